"""What the monitoring report of a contract says, as the actieplan's plain blocks (so the same PDF and
Word renderers draw it): the contract data, the radar agreed against realised, per criterion its status
and evidence at the latest review and its course over the reviews, the goals with their measured values,
the open follow-up actions and the reviews held.

Long texts (evidence, notes, promises) are paragraphs, not table cells: a paragraph runs on over pages,
a table row cannot. Every text is the user's own, printed literally (the renderers escape it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from ambitieweb.charts.contract_data import contract_radar
from ambitieweb.charts.plan_data import money
from ambitieweb.model.contract.contract import Contract
from ambitieweb.model.contract.parts import CriterionStatus, Review
from ambitieweb.model.contract.rules import (
    FOLLOWED_KINDS,
    agreed_against_realised,
    is_overdue,
    next_review_due,
    share_met,
)
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Snapshot
from ambitieweb.reports.actieplan_content import Block, Bullets, Chart, PlanDocument, Section, Table, Text
from ambitieweb.reports.long_text import long_text
from ambitieweb.text.labels import format_date, format_number, level_text

TREND_REVIEWS = 5  # the course over the reviews shows the last so many (a column each)
GOAL_REVIEWS = 2  # the goals' measured values: the last two reviews (a date column needs the room)


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _day(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def _realised(level: Level | None, language: str) -> str:
    if level is None:
        return _t(language, "niet beoordeeld", "not judged")
    return level_text(level, language) if level else _t(language, "0 niets", "0 nothing")


def _facts(
    contract: Contract, latest: Snapshot, language: str, today: dt.date
) -> tuple[tuple[str, str], ...]:
    due = next_review_due(contract)
    due_text = format_date(due, language)
    if due is not None and is_overdue(contract, today):
        due_text = "⚠ " + _t(language, f"te laat: was {due_text}", f"overdue: was {due_text}")
    last = contract.last_review
    period = f"{format_date(contract.start, language)} – {format_date(contract.end, language)}"
    return (
        (_t(language, "Leverancier", "Supplier"), contract.supplier or "–"),
        (_t(language, "Contractnummer", "Contract number"), contract.number or "–"),
        (_t(language, "Looptijd", "Period"), period),
        (
            _t(language, "Waarde (excl. btw)", "Value (excl. VAT)"),
            "–" if contract.value is None else money(contract.value, language),
        ),
        (_t(language, "Contractmanager", "Contract manager"), contract.manager or "–"),
        (
            _t(language, "Ritme", "Rhythm"),
            _t(language, f"elke {contract.rhythm_months} maanden", f"every {contract.rhythm_months} months"),
        ),
        (
            _t(language, "Vastgestelde versie", "Agreed version"),
            f"{latest.number} ({format_date(latest.agreed_at.date(), language)})",
        ),
        (
            _t(language, "Gesprekken", "Reviews"),
            f"{len(contract.reviews)}"
            + (
                ""
                if last is None
                else _t(language, f", laatste {_day(last.date)}", f", last {_day(last.date)}")
            ),
        ),
        (
            _t(language, "Criteria nagekomen", "Criteria met"),
            _percent(None if last is None else share_met(last)),
        ),
        (_t(language, "Volgend voortgangsgesprek", "Next review"), due_text),
    )


def _summary(contract: Contract, latest: Snapshot, names: Mapping[str, str], language: str) -> Section:
    last = contract.last_review
    title = _t(language, "Samenvatting", "Summary")
    if last is None:
        return Section(
            title,
            (
                Text(
                    _t(language, "Er is nog geen voortgangsgesprek gehouden.", "No review has been held yet.")
                ),
            ),
        )
    below = [
        names.get(row.theme_id, row.theme_id)
        for row in agreed_against_realised(contract, latest)
        if row.below
    ]
    open_actions = len(last.open_actions())
    items = (
        _t(
            language,
            f"Criteria nagekomen: {_percent(share_met(last))} van de beoordeelde criteria.",
            f"Criteria met: {_percent(share_met(last))} of those judged.",
        ),
        _t(language, "Thema's onder het vastgestelde niveau: ", "Themes below the agreed level: ")
        + (", ".join(below) or _t(language, "geen", "none"))
        + ".",
        _t(
            language,
            f"Openstaande vervolgacties: {open_actions}.",
            f"Open follow-up actions: {open_actions}.",
        ),
    )
    return Section(title, (Bullets(items),))


def _comparison(contract: Contract, latest: Snapshot, names: Mapping[str, str], language: str) -> Section:
    reviews = contract.by_date()[-TREND_REVIEWS:]
    rows = agreed_against_realised(contract, latest)
    header = (
        _t(language, "Thema", "Theme"),
        _t(language, "Vastgesteld", "Agreed"),
        *(_day(r.date) for r in reviews),
        _t(language, "Signaal", "Flag"),
    )
    shown = len(reviews)
    table_rows = tuple(
        (
            names.get(row.theme_id, row.theme_id),
            level_text(row.agreed, language),
            *(_realised(level, language) for level in row.realised[len(row.realised) - shown :]),
            ("⚠ " + _t(language, "onder vastgesteld", "below agreed")) if row.below else "",
        )
        for row in rows
    )
    rest = 1 - 0.3 - 0.16 - 0.18
    widths = (0.3, 0.16, *((rest / shown,) * shown), 0.18) if shown else (0.5, 0.25, 0.25)
    blocks: list[Block] = []
    radar = contract_radar(contract, latest, names, language)  # the title heads the document
    if radar is not None:
        caption = _t(
            language,
            "Vastgesteld (vlak) tegenover gerealiseerd bij het laatste voortgangsgesprek "
            "(streep-punt, ruiten)",
            "Agreed (area) against realised at the latest review (dash-dot, diamonds)",
        )
        blocks.append(Chart(radar, caption))
    if not reviews:
        blocks.append(
            Text(_t(language, "Er is nog geen voortgangsgesprek gehouden.", "No review has been held yet."))
        )
    blocks.append(Table(header, table_rows, widths))
    return Section(
        _t(language, "Vastgesteld tegenover gerealiseerd", "Agreed against realised"), tuple(blocks)
    )


def _criteria(contract: Contract, snapshots: Mapping[str, Snapshot], language: str) -> list[Section]:
    last = contract.last_review
    if last is None or last.snapshot_id not in snapshots:
        return []
    session = snapshots[last.snapshot_id].session
    criteria = [c for c in session.criteria if c.kind in FOLLOWED_KINDS]
    reviews = [r for r in contract.by_date() if r.snapshot_id in snapshots][-TREND_REVIEWS:]

    def status(review: Review, criterion_id: str) -> str:
        check = review.check(criterion_id)
        return "–" if check is None else check.status.label(language)

    def what(index: int, kind_label: str, title: str) -> str:
        return f"{index}. {kind_label}: {title}"

    latest_rows = []
    details: list[Block] = []
    for index, criterion in enumerate(criteria, 1):
        check = last.check(criterion.id)
        label = what(index, criterion.kind.label(language), criterion.title)
        latest_rows.append((label, status(last, criterion.id)))
        if check is None:
            continue
        parts = (
            (_t(language, "Toegezegd in de inschrijving", "Promised in the bid"), check.promised),
            (_t(language, "Bewijs ontvangen", "Evidence received"), check.evidence),
            (_t(language, "Notitie", "Note"), check.note),
        )
        written = [(name, text) for name, text in parts if text.strip()]
        if written:
            details.append(Text(f"{label} — {check.status.label(language)}", "lead"))
            details += [block for name, text in written for block in long_text(name, text)]
    statuses = [check.status for c in criteria if (check := last.check(c.id)) is not None]
    counts = {s: statuses.count(s) for s in CriterionStatus}
    summary = ", ".join(f"{s.label(language)} {n}" for s, n in counts.items())
    heading = _t(
        language,
        f"Stand bij het voortgangsgesprek van {_day(last.date)}",
        f"State at the review of {_day(last.date)}",
    )
    latest = Section(
        _t(language, "Criteria", "Criteria"),
        (
            Text(f"{heading}: {summary}."),
            Table(
                (_t(language, "Criterium", "Criterion"), _t(language, "Status", "Status")),
                tuple(latest_rows),
                (0.75, 0.25),
            ),
            *(
                details
                or [
                    Text(
                        _t(language, "Geen bewijs of notities vastgelegd.", "No evidence or notes recorded.")
                    )
                ]
            ),
        ),
    )
    if len(reviews) < 2:
        return [latest]
    share = 0.55 / len(reviews)
    trend = Table(
        (_t(language, "Criterium", "Criterion"), *(_day(r.date) for r in reviews)),
        tuple(
            (
                what(index, criterion.kind.label(language), criterion.title),
                *(status(r, criterion.id) for r in reviews),
            )
            for index, criterion in enumerate(criteria, 1)
        ),
        (0.45, *((share,) * len(reviews))),
    )
    course = Section(
        _t(language, "Criteria: verloop over de voortgangsgesprekken", "Criteria: course over the reviews"),
        (trend,),
    )
    return [latest, course]


def _goals(contract: Contract, latest: Snapshot, names: Mapping[str, str], language: str) -> Section:
    reviews = contract.by_date()[-GOAL_REVIEWS:]
    rows = []
    for entry in latest.session.themes:
        for index, goal in enumerate(entry.goals):
            target = format_number(goal.target, language)
            if goal.year is not None:
                target += f" ({goal.year})"
            measured = []
            for review in reviews:
                found = review.measurement(entry.theme_id, index)
                value = None if found is None else found.value
                measured.append(format_number(value, language))
            rows.append(
                (
                    f"{names.get(entry.theme_id, entry.theme_id)}: {goal.indicator}",
                    goal.unit or "–",
                    format_number(goal.baseline, language),
                    target,
                    *measured,
                )
            )
    title = _t(language, "Doelen en gemeten waarden", "Goals and measured values")
    if not rows:
        return Section(
            title,
            (
                Text(
                    _t(
                        language,
                        "De vastgestelde versie heeft geen doelen.",
                        "The agreed version has no goals.",
                    )
                ),
            ),
        )
    header = (
        _t(language, "Thema: indicator", "Theme: indicator"),
        _t(language, "Eenheid", "Unit"),
        _t(language, "Nulmeting", "Baseline"),
        _t(language, "Doel", "Target"),
        *(_day(r.date) for r in reviews),
    )
    fixed = (0.36, 0.1, 0.12, 0.14)
    rest = (1 - sum(fixed)) / len(reviews) if reviews else 0
    widths = (*fixed, *((rest,) * len(reviews))) if reviews else (0.58, 0.14, 0.14, 0.14)
    return Section(title, (Table(header, tuple(rows), widths),))


def _actions(contract: Contract, language: str, today: dt.date) -> Section:
    title = _t(language, "Openstaande vervolgacties", "Open follow-up actions")
    last = contract.last_review
    actions = [] if last is None else last.open_actions()
    if not actions:
        return Section(
            title, (Text(_t(language, "Geen openstaande vervolgacties.", "No open follow-up actions.")),)
        )
    rows = []
    for action in actions:
        due = format_date(action.due, language)
        if action.due is not None and action.due < today:
            due = "⚠ " + _t(language, f"te laat: {due}", f"overdue: {due}")
        rows.append((action.what, action.owner or "–", due))
    header = (
        _t(language, "Actie", "Action"),
        _t(language, "Eigenaar", "Owner"),
        _t(language, "Uiterlijk", "Due"),
    )
    return Section(title, (Table(header, tuple(rows), (0.55, 0.22, 0.23)),))


def _reviews(contract: Contract, snapshots: Mapping[str, Snapshot], language: str) -> Section:
    blocks: list[Block] = []
    for review in reversed(contract.by_date()):
        snapshot = snapshots.get(review.snapshot_id)
        version = "?" if snapshot is None else str(snapshot.number)
        blocks.append(
            Text(
                _t(
                    language,
                    f"{_day(review.date)} — toetst vastgestelde versie {version}",
                    f"{_day(review.date)} — checks agreed version {version}",
                ),
                "lead",
            )
        )
        lines = [
            f"{_t(language, 'Aanwezig', 'Present')}: {review.participants or '–'}",
            f"{_t(language, 'Criteria nagekomen', 'Criteria met')}: {_percent(share_met(review))}",
        ]
        blocks.append(Bullets(tuple(lines)))
        if review.note.strip():
            blocks += long_text(_t(language, "Notitie", "Note"), review.note)
    if not blocks:
        blocks.append(
            Text(_t(language, "Er is nog geen voortgangsgesprek gehouden.", "No review has been held yet."))
        )
    return Section(_t(language, "Gehouden voortgangsgesprekken", "Reviews held"), tuple(blocks))


def contract_content(
    contract: Contract,
    snapshots: Sequence[Snapshot],
    title: str,
    theme_names: Mapping[str, str],
    language: str = "nl",
    today: dt.date | None = None,
) -> PlanDocument:
    """The monitoring report of `contract` (of the web `title`), checked against its agreed versions."""
    today = today or dt.date.today()
    by_id = {s.id: s for s in snapshots}
    latest = max(snapshots, key=lambda s: s.number)
    last = contract.last_review
    subtitle = (
        _t(language, "Nog geen voortgangsgesprek gehouden", "No review held yet")
        if last is None
        else _t(
            language,
            f"Stand na het voortgangsgesprek van {_day(last.date)}",
            f"State after the review of {_day(last.date)}",
        )
    )
    sections = [
        _summary(contract, latest, theme_names, language),
        _comparison(contract, latest, theme_names, language),
        *_criteria(contract, by_id, language),
        _goals(contract, latest, theme_names, language),
        _actions(contract, language, today),
        _reviews(contract, by_id, language),
    ]
    return PlanDocument(
        kicker=_t(language, "Monitoringsrapportage contract", "Contract monitoring report"),
        title=title,
        subtitle=subtitle,
        facts=_facts(contract, latest, language, today),
        sections=tuple(sections),
        footer=_t(
            language, f"Ambitieweb — opgesteld op {_day(today)}", f"Ambitieweb — made on {_day(today)}"
        ),
    )
