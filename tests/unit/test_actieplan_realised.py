"""The actieplan's evaluation from the contracts: realised levels per tender theme and the goals' values
per year, as literal text, in Dutch and English; nothing without a contract follow-up."""

from __future__ import annotations

from ambitieweb.model.levels import Level
from ambitieweb.model.plan.parts import PlanGoal, PlannedTender, TenderTheme
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.realised import FollowedContract
from ambitieweb.reports.actieplan_content import Table, Text
from ambitieweb.reports.actieplan_realised import realised_blocks
from tests.contract_data import agreed, two_reviews

NAMES = {"klimaat": "Klimaat", "ketenverantwoordelijkheid": "Keten"}


def plan_and_contract(start_year: int = 2027) -> tuple[ActionPlan, FollowedContract]:
    snapshot = agreed()
    tender = PlannedTender(
        title="Schoonmaak <b>stadhuis</b>",
        web_id=snapshot.session_id,
        themes=[
            TenderTheme(theme_id="klimaat", level=Level.SIGNIFICANT),
            TenderTheme(theme_id="ketenverantwoordelijkheid", level=Level.AMBITIOUS),
        ],
    )
    goal = PlanGoal(
        theme_id="klimaat",
        indicator="Aandeel zero-emissievoertuigen van de opdrachtnemer ingezet op dit contract",
        unit="%",
        realised={2027: 55.0},
    )
    plan = ActionPlan(
        title="Plan",
        start_year=start_year,
        end_year=start_year + 2,
        framework_id=snapshot.session.framework_id,
        framework_version=snapshot.session.framework_version,
        goals=[goal],
        tenders=[tender, PlannedTender(title="Zonder contract")],
    )
    followed = FollowedContract(
        tender.id, snapshot.session_id, two_reviews(snapshot), {snapshot.id: snapshot.session}
    )
    return plan, followed


def tables(blocks: tuple[object, ...]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def test_realised_levels_and_contract_values_are_printed_as_typed() -> None:
    plan, followed = plan_and_contract()
    blocks = realised_blocks(plan, {}, {followed.tender_id: followed}, NAMES, "nl")
    levels, values = tables(blocks)
    assert levels.rows == (
        (
            "Schoonmaak <b>stadhuis</b> (Schoon & Zo <B.V.> ZH-2027-014)",
            "Klimaat",
            "2",
            "–",
            "2",
            "20 januari 2028",
        ),
        (
            "Schoonmaak <b>stadhuis</b> (Schoon & Zo <B.V.> ZH-2027-014)",
            "Keten",
            "3",
            "–",
            "2 ▼ lager dan gepland",
            "20 januari 2028",
        ),
    )
    assert [r[1:4] for r in values.rows] == [("2027", "60", "55"), ("2028", "72,5", "–")]
    assert all(abs(sum(t.widths) - 1) < 1e-9 for t in (levels, values))
    assert any(isinstance(b, Text) and "▼ = lager dan gepland" in b.text for b in blocks)


def test_in_english_and_only_the_plan_years() -> None:
    plan, followed = plan_and_contract(start_year=2028)
    levels, values = tables(realised_blocks(plan, {}, {followed.tender_id: followed}, NAMES, "en"))
    assert levels.header[4] == "Realised" and levels.rows[1][4] == "2 ▼ below plan"
    assert [r[1] for r in values.rows] == ["2028"]  # 2027 lies before the plan


def test_nothing_without_a_contract_follow_up() -> None:
    plan, _followed = plan_and_contract()
    assert realised_blocks(plan, {}, {}, NAMES, "nl") == ()
