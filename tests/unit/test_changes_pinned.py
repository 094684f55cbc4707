"""Edits as the before and after of the parts they touched, pinned: a part is read as plain data (a
record, a list of records, a text, a list of ids, an item that is plain data itself), and one undo
step may put back several items of the same list, each at its place."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model.changes import Part, apply, read
from ambitieweb.model.plan.parts import PlanGoal
from ambitieweb.model.plan.plan import ActionPlan

KEYS = {"tenders": "id", "goals": "id", "focus": "theme_id"}


def plan() -> ActionPlan:
    mvi = default_catalogue().framework("mvi-nationaal-plan")
    return ActionPlan.new(mvi, "Actieplan", 2027, 2029, organisation="Gemeente Zuiderhaven")


def test_a_list_of_records_a_text_and_a_list_of_ids_are_read_as_plain_data() -> None:
    goals = [PlanGoal(theme_id="klimaat", indicator="CO2"), PlanGoal(theme_id="water", indicator="m3")]
    actieplan = apply(
        plan(), {Part("goals"): [g.model_dump() for g in goals], Part("web_ids"): ["a" * 32]}, KEYS
    )
    assert read(actieplan, Part("goals"), KEYS) == [goals[0].model_dump(), goals[1].model_dump()]
    assert read(actieplan, Part("title"), KEYS) == "Actieplan"
    assert read(actieplan, Part("web_ids"), KEYS) == ["a" * 32]
    assert read(actieplan, Part("goals", goals[1].id), KEYS) == (1, goals[1].model_dump())


def test_one_step_puts_back_several_items_of_one_list_at_their_places() -> None:
    first, second, third = (PlanGoal(theme_id="klimaat", indicator=name) for name in ("A", "B", "C"))
    actieplan = apply(
        plan(), {Part("goals"): [first.model_dump(), second.model_dump(), third.model_dump()]}, KEYS
    )
    before = {Part("goals", g.id): read(actieplan, Part("goals", g.id), KEYS) for g in (first, third)}
    removed = apply(actieplan, dict.fromkeys(before), KEYS)
    assert [g.indicator for g in removed.goals] == ["B"]
    restored = apply(removed, before, KEYS)
    assert [g.indicator for g in restored.goals] == ["A", "B", "C"]
    assert restored.goals == actieplan.goals


class Address(BaseModel):
    street: str = ""


class Document(BaseModel):
    address: Address = Address()
    rows: list[dict[str, Any]] = []


def test_a_record_field_and_an_item_that_is_plain_data_are_read_as_plain_data() -> None:
    document = Document(
        address=Address(street="Dorpsstraat 1"), rows=[{"key": "a", "n": 1}, {"key": "b", "n": 2}]
    )
    assert read(document, Part("address"), {}) == {"street": "Dorpsstraat 1"}
    assert read(document, Part("rows", "b"), {"rows": "key"}) == (1, {"key": "b", "n": 2})
    assert read(document, Part("rows", "c"), {"rows": "key"}) is None
    moved = apply(document, {Part("address"): {"street": "Kerkstraat 2"}}, {})
    assert (moved.address.street, document.address.street) == ("Kerkstraat 2", "Dorpsstraat 1")
