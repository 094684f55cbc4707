"""The award model: price, other quality and MVI criteria to 100%, fictieve korting, contradictions;
stored with the session (database and file) and upgraded from schema 0006."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import parse
from ambitieweb.exchange.sessionfile import dumps
from ambitieweb.model.award import (
    award_findings,
    scheme_lines,
    scheme_total,
    set_award_model,
    set_scoring,
    suggested_method,
)
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.session import (
    ChosenCriterion,
    QualityCriterion,
    ScoringMethod,
    Session,
    WeightUnit,
)
from ambitieweb.store import Repository, open_database
from ambitieweb.store.engines import make_engine
from ambitieweb.store.migrator import alembic_config
from tests.schema_0001 import make_0001_database


def award(title: str, weight: float | None = None, scoring: str = "", **fields: object) -> ChosenCriterion:
    return ChosenCriterion.model_validate(
        {
            "theme_id": "klimaat",
            "kind": CriterionKind.AWARD,
            "title": title,
            "text": "Tekst",
            "weight": weight,
            "scoring": scoring,
            **fields,
        }
    )


@pytest.fixture
def session(catalogue: Catalogue) -> Session:
    return Session.new(catalogue.framework("mvi-nationaal-plan"), "Tender")


def codes(session: Session) -> list[str]:
    return [f.code for f in award_findings(session)]


def test_price_quality_and_mvi_together_make_100_percent(session: Session) -> None:
    session.criteria = [award("CO2", 20.0)]
    assert codes(session) == ["award-without-price"]  # no 'adds up to 20%': the price is missing
    set_award_model(session, 60.0, [QualityCriterion(name="Plan van aanpak", weight=10.0)])
    [finding] = award_findings(session)
    assert finding.code == "weights-not-100"
    assert "90%" in finding.nl and "prijs 60%, overige kwaliteit 10%, MVI 20%" in finding.nl
    session.award_model.quality[0].weight = 20.0
    assert scheme_total(session) == 100 and codes(session) == []
    session.award_model.price_weight = 60.004  # within the tolerance
    assert codes(session) == []


def test_a_fixed_price_is_a_price_weight_of_zero(session: Session) -> None:
    session.criteria = [award("CO2", 40.0)]
    set_award_model(session, 0.0, [QualityCriterion(name="Plan van aanpak", weight=60.0)])
    assert codes(session) == []


def test_fictieve_korting_needs_no_percentage_but_a_maximum_in_euro(session: Session) -> None:
    scoring = "Per ton minder CO2 een fictieve korting van 1.000 euro, tot ten hoogste 25.000 euro."
    chosen = award("CO2", None, scoring, scoring_method=ScoringMethod.NOTIONAL_DISCOUNT)
    session.criteria = [chosen]
    assert codes(session) == ["discount-without-maximum"]  # no weight asked, no 'adds up to'
    set_scoring(session, chosen.id, ScoringMethod.NOTIONAL_DISCOUNT, 30.0, 25_000.0)
    assert (session.criteria[0].weight, session.criteria[0].max_discount) == (None, 25_000.0)
    assert codes(session) == []
    set_award_model(session, 100.0, [])  # price only, MVI as a discount on it
    assert codes(session) == []
    set_scoring(session, chosen.id, ScoringMethod.NOTIONAL_DISCOUNT, None, 20_000.0)
    [finding] = award_findings(session)
    assert finding.code == "scoring-contradicts-discount" and "25.000 euro" in finding.nl


def test_a_scoring_text_naming_another_weight_is_flagged(session: Session) -> None:
    set_award_model(session, 80.0, [])
    session.criteria = [
        award("Social return", 20.0, "De beste aanpak krijgt 30 punten; geen aanpak 0 punten.")
    ]
    [finding] = award_findings(session)
    assert finding.code == "scoring-contradicts-weight"
    assert "30 punten" in finding.nl and "20%" in finding.nl
    session.criteria[0].scoring = "De beste aanpak krijgt 20 punten; geen aanpak 0 punten."
    assert codes(session) == []
    session.criteria[0].scoring = "Dit criterium heeft een weging van 25% in de totale score."
    assert codes(session) == ["scoring-contradicts-weight"]
    session.criteria[0].scoring = "De beste krijgt {{punten}} punten."
    session.criteria[0].values = {"punten": "20"}
    assert codes(session) == []  # the filled-in value is what counts
    session.criteria[0].values = {}
    assert codes(session) == []  # nothing named yet


def test_scoring_text_and_method_must_agree(session: Session) -> None:
    set_award_model(session, 80.0, [])
    session.criteria = [award("CO2", 20.0, "Per niveau een fictieve korting van 2% op de prijs.")]
    assert codes(session) == ["scoring-says-discount"]
    session.criteria = [
        award(
            "CO2",
            None,
            "De beste krijgt 15 punten.",
            scoring_method=ScoringMethod.NOTIONAL_DISCOUNT,
            max_discount=5000.0,
        )
    ]
    set_award_model(session, 100.0, [])
    assert codes(session) == ["scoring-says-points"]


def test_points_are_not_checked_against_100(session: Session) -> None:
    session.weight_unit = WeightUnit.POINTS
    set_award_model(session, 600.0, [QualityCriterion(name="Plan", weight=200.0)])
    session.criteria = [award("CO2", 200.0)]
    assert codes(session) == []


def test_catalogue_criteria_scored_as_a_discount_are_chosen_as_one() -> None:
    assert suggested_method("Per niveau een Fictieve korting van 3%.") is ScoringMethod.NOTIONAL_DISCOUNT
    assert suggested_method("De beste krijgt 10 punten.") is ScoringMethod.WEIGHT


def test_the_scheme_lists_price_quality_then_mvi(session: Session) -> None:
    discount = award("Emissieloos", None, scoring_method=ScoringMethod.NOTIONAL_DISCOUNT, max_discount=9e3)
    session.criteria = [award("CO2", 15.0), discount]
    set_award_model(session, 70.0, [QualityCriterion(name="Plan", weight=15.0)])
    lines = scheme_lines(session)
    assert [(line.part, line.title, line.weight) for line in lines] == [
        ("price", "Prijs", 70.0),
        ("quality", "Plan", 15.0),
        ("mvi", "CO2", 15.0),
        ("mvi", "Emissieloos", None),
    ]
    assert lines[-1].max_discount == 9e3


def test_a_quality_criterion_needs_a_name_without_control_characters() -> None:
    with pytest.raises(ValueError, match=r"string_too_short|at least 1"):
        QualityCriterion(name="  ", weight=10.0)
    with pytest.raises(ValueError, match="control"):
        QualityCriterion(name="Plan\x1b[31m", weight=10.0)


def test_the_award_model_survives_the_database_and_the_file(
    session: Session, repository: Repository, catalogue: Catalogue
) -> None:
    discount = award(
        "Emissieloos", None, scoring_method=ScoringMethod.NOTIONAL_DISCOUNT, max_discount=12_500.0
    )
    session.criteria = [award("CO2", 15.0), discount]
    set_award_model(session, 70.0, [QualityCriterion(name="Plan <van> aanpak", weight=15.0)])
    repository.create(session)
    stored = repository.get(session.id)
    assert stored.award_model == session.award_model and stored.criteria == session.criteria
    stored.award_model.price_weight = 65.0
    set_scoring(stored, discount.id, ScoringMethod.WEIGHT, 5.0, None)
    repository.save(stored)
    again = repository.get(session.id)
    assert again.award_model.price_weight == 65.0
    assert (again.criteria[1].scoring_method, again.criteria[1].weight) == (ScoringMethod.WEIGHT, 5.0)
    document = parse(dumps(again).encode(), catalogue)
    assert document.session.award_model == again.award_model and document.session.criteria == again.criteria


def test_a_0006_database_upgrades_to_no_award_model_and_weights(tmp_path: Path) -> None:
    path = make_0001_database(tmp_path / "ambitieweb.sqlite")
    engine = make_engine(make_url(f"sqlite:///{path}"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
        before = conn.execute(text("SELECT id, weight FROM criteria ORDER BY id")).all()
    engine.dispose()
    database = open_database(f"sqlite:///{path}")
    repository = Repository(database.engine)
    sessions = [repository.get(s.id) for s in repository.list_sessions()]
    assert sessions and all(
        s.award_model.price_weight is None and not s.award_model.quality for s in sessions
    )
    chosen = [c for s in sessions for c in s.criteria]
    assert chosen and all(c.scoring_method is ScoringMethod.WEIGHT and c.max_discount is None for c in chosen)
    assert sorted((c.id, c.weight) for c in chosen) == sorted((i, w) for i, w in before)
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
        assert conn.execute(text("SELECT count(*) FROM criteria")).scalar_one() == len(before)
        command.upgrade(alembic_config(conn), "head")
    database.engine.dispose()


def test_the_bestekteksten_show_the_whole_award_scheme(session: Session, catalogue: Catalogue) -> None:
    from ambitieweb.reports.tender_text import bestekteksten_html, bestekteksten_markdown, bestekteksten_text

    framework = catalogue.framework("mvi-nationaal-plan")
    discount = award(
        "Emissieloos\nvervoer", None, scoring_method=ScoringMethod.NOTIONAL_DISCOUNT, max_discount=25_000.0
    )
    session.criteria = [award("CO2", 15.0), discount]
    set_award_model(session, 70.0, [QualityCriterion(name="Plan | van <b>aanpak</b>", weight=15.0)])
    markdown = bestekteksten_markdown(session, framework)
    assert "|  | Prijs | prijs | 70% |" in markdown
    assert r"|  | Plan \| van \<b\>aanpak\</b\> | overige kwaliteit | 15% |" in markdown
    assert "| W1 | CO2 | Klimaat | 15% |" in markdown
    assert "| W2 | Emissieloos vervoer | Klimaat | fictieve korting, ten hoogste € 25.000 |" in markdown
    assert "| | **Totaal** | | **100%** |" in markdown
    text = bestekteksten_text(session, framework)
    assert "Weging: fictieve korting, ten hoogste € 25.000" in text and "Controleer" not in text
    html = bestekteksten_html(session, framework)
    assert "<td>Plan | van &lt;b&gt;aanpak&lt;/b&gt;</td>" in html and "width='100%'" in html
