"""The ambitiekaart's second part, for the contract manager: the contract's data and every binding
criterion as a checklist (a box to tick, what was agreed, room for a remark). It starts on a page of its
own after the one-page card and runs over as many pages as the criteria need."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.reports.checklist import BOX, ChecklistItem, agreed_text, checklist, contract_facts
from ambitieweb.reports.fonts import REGULAR
from ambitieweb.reports.markup import escape
from ambitieweb.reports.pdf_layout import MUTED, Heading, data_table, facts_table, styles
from ambitieweb.text.labels import label

ROOM_TO_WRITE = 15 * mm  # every row at least this tall: room for a tick and a handwritten remark
# Column shares of the text width: box, number, criterion with kind and basis, agreement, remark.
SHARES = (0.05, 0.06, 0.35, 0.32, 0.22)


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    return {
        "cell": ParagraphStyle("check_cell", parent=s.cell, fontSize=8.5, leading=10.5),
        "bold": ParagraphStyle("check_bold", parent=s.cell_bold, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("check_small", parent=s.cell, fontSize=7.5, leading=9.5, textColor=MUTED),
        "box": ParagraphStyle("check_box", parent=s.cell, fontName=REGULAR, fontSize=13, leading=14),
        "muted": ParagraphStyle("check_muted", parent=s.cell, fontSize=8.5, leading=10.5, textColor=MUTED),
    }


def checklist_story(
    session: Session, framework: Framework, contract: Contract | None, language: str, width: float
) -> list[Flowable]:
    """The contract block and the checklist table (or a sentence when there is nothing to tick)."""
    s = styles()
    title = label("checklist", language)
    story: list[Flowable] = [Heading(escape(title), s.h1, title, 0)]
    contract_title = label("contract", language)
    story.append(Heading(escape(contract_title), s.h2, contract_title, 1))
    facts = contract_facts(contract, language)
    if facts is None:
        story.append(Paragraph(f"<b>{escape(label('no_contract', language))}</b>", s.body))
    else:
        missing = label("not_recorded", language)
        shown = [
            (escape(name), f"<i>{escape(value)}</i>" if value == missing else escape(value))
            for name, value in facts
        ]
        story.append(facts_table(shown, (width * 0.28, width * 0.72)))
    story.append(Spacer(1, 4 * mm))
    binding = label("binding_criteria", language)
    story.append(Heading(escape(binding), s.h2, binding, 1))
    story.append(Paragraph(escape(label("checklist_intro", language)), s.small))
    items = checklist(session, framework, contract, language)
    if not items:
        story.append(Paragraph(escape(label("no_binding", language)), s.body))
        return story
    story.append(checklist_table(items, language, width))
    return story


def checklist_table(items: list[ChecklistItem], language: str, width: float) -> Table:
    """One row per binding criterion; a row taller than a page splits inside (hostile long texts)."""
    st = _styles()
    widths = [width * share for share in SHARES]
    header = [
        label("check_box", language),
        label("number", language),
        label("criterion", language),
        label("agreement", language),
        label("remark", language),
    ]
    rows = [_row(item, language, st) for item in items]
    table = data_table(header, rows, widths, padding=3, split_in_row=True)
    table.setStyle(
        TableStyle(
            [
                ("LINEAFTER", (3, 1), (3, -1), 0.3, MUTED),  # the remark column: a box to write in
            ]
        )
    )
    return table


def _row(item: ChecklistItem, language: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    kind = f"{escape(item.kind_text)} · {escape(item.basis)}"
    criterion = [Paragraph(escape(item.title), st["bold"]), Paragraph(kind, st["small"])]
    agreed = [Paragraph(f"<b>{escape(item.agreed_label)}:</b>", st["small"])]
    text = agreed_text(item, language)
    agreed.append(Paragraph(escape(text), st["cell"] if item.agreed else st["muted"]))
    if item.counts:
        agreed.append(Paragraph(f"{escape(label('weight', language))}: {escape(item.counts)}", st["small"]))
    room = Spacer(1, ROOM_TO_WRITE)  # the remark column is left empty, tall enough to write in
    return [Paragraph(BOX, st["box"]), Paragraph(escape(item.number), st["bold"]), criterion, agreed, room]
