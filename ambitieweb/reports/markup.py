"""The one place where user text becomes reportlab Paragraph markup.

reportlab parses Paragraph text as XML-ish markup: unescaped user text can crash a build
(``waarde<hoog``), lose text (``Jan <jan@x.nl>``), restyle (``<font size=40>``), embed a local file
(``<img src=...>``) or add a link (``<a href=...>``). Everything a user typed goes through ``escape``.
Plain strings in Table cells are not parsed and need no escaping.
"""

from __future__ import annotations

from xml.sax.saxutils import escape as _xml_escape

from ambitieweb.model.criteria import PLACEHOLDER

MISSING_BACKGROUND = "#ffe08a"  # an unfilled placeholder stands out on paper


def escape(text: str) -> str:
    """User text as markup that prints literally; newlines become line breaks."""
    return _xml_escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def filled(text: str, values: dict[str, str]) -> str:
    """A criterion text as markup, each {{name}} replaced by its (escaped) value.

    An unfilled placeholder prints as a highlighted ``[name]``, the same words ``tender.fill`` uses.
    """
    parts: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(escape(text[position : match.start()]))
        value = values.get(match.group(1), "").strip()
        if value:
            parts.append(escape(value))
        else:
            parts.append(f'<font backColor="{MISSING_BACKGROUND}">[{escape(match.group(1))}]</font>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)
