"""An edit as the before and after of only the parts it touched, as plain data.

A `Part` names one field of a document (a plan, a session), or one item of a list field by its key.
An undo step keeps `read` of each part before and after the edit (a tender, not the whole plan), and
`apply` puts such values back into a new, validated document: a document that would be invalid is
refused whole (pydantic's ValidationError) and the old one stays as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

Document = TypeVar("Document", bound=BaseModel)


@dataclass(frozen=True)
class Part:
    field: str
    item: str | None = None  # the key of one item in the list `field`; None for the whole field


# A part's plain value: the field's dump; for an item (its position, its dump), or None when absent.
Value = Any


def _key(item: Any, key_field: str) -> str:
    return str(item[key_field] if isinstance(item, dict) else getattr(item, key_field))


def read(document: BaseModel, part: Part, keys: Mapping[str, str]) -> Value:
    """The part's current value as plain data (`keys`: list field -> the field that keys its items)."""
    value = getattr(document, part.field)
    if part.item is None:
        if isinstance(value, list):
            return [v.model_dump() if isinstance(v, BaseModel) else v for v in value]
        return value.model_dump() if isinstance(value, BaseModel) else value
    key_field = keys[part.field]
    for position, item in enumerate(value):
        if _key(item, key_field) == part.item:
            return (position, item.model_dump() if isinstance(item, BaseModel) else item)
    return None


def apply(document: Document, values: Mapping[Part, Value], keys: Mapping[str, str]) -> Document:
    """A new document with each part set to its value (an item's None removes it; an item not there
    yet is inserted at its position). Unchanged parts are shared, not copied or validated again."""
    data: dict[str, Any] = {name: getattr(document, name) for name in type(document).model_fields}
    for part, value in values.items():
        if part.item is None:
            data[part.field] = value
            continue
        key_field = keys[part.field]
        items = [i for i in data[part.field] if _key(i, key_field) != part.item]
        if value is not None:
            position, item = value
            items.insert(min(position, len(items)), item)
        data[part.field] = items
    return type(document).model_validate(data)
