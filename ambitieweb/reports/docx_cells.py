"""Word table cells written with lxml directly, as python-docx's cell and run objects write them.

`cell.width = ...` and `cell.paragraphs[0].add_run(text).bold = ...` through python-docx's objects took a
third of a second for a plan's thousands of cells; the XML here is the same (tests/unit/test_docx_table).
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.oxml.xmlchemy import BaseOxmlElement


def fill_cell(tc: CT_Tc, text: str, twips: int, bold: bool) -> None:
    """The width of a new cell (`twips`) and one run of `text` in it, bold or not."""
    tc.tcPr.tcW.set(_TYPE, "dxa")  # type: ignore[union-attr]  # every new cell has its tcPr and tcW
    tc.tcPr.tcW.set(_W, str(twips))  # type: ignore[union-attr]
    run = _child(tc.p_lst[0], _RUN)
    _child(_child(run, _RUN_PROPERTIES), _BOLD, {} if bold else {_VAL: "0"})
    # As python-docx's run.text: a tab is <w:tab/>, a line break (\n or \r) <w:br/>, the rest <w:t>
    for piece in _BREAKS.split(text):
        if piece == "\t":
            _child(run, _TAB)
        elif piece in ("\n", "\r"):
            _child(run, _BREAK)
        elif piece:
            element = _child(run, _TEXT)
            element.text = piece
            if len(piece.strip()) < len(piece):
                element.set(_SPACE, "preserve")


def _child(parent: BaseOxmlElement, tag: str, attributes: dict[str, str] | None = None) -> BaseOxmlElement:
    child: BaseOxmlElement = parent.makeelement(tag, attributes or {})
    parent.append(child)
    return child


_BREAKS = re.compile("([\t\n\r])")
_TYPE, _W, _VAL, _SPACE = qn("w:type"), qn("w:w"), qn("w:val"), qn("xml:space")
_RUN, _RUN_PROPERTIES, _BOLD = qn("w:r"), qn("w:rPr"), qn("w:b")
_TAB, _BREAK, _TEXT = qn("w:tab"), qn("w:br"), qn("w:t")
