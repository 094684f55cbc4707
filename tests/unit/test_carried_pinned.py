"""Pinned behaviour of `exchange/carried.py` and `exchange/carried_contract.py` (tests/mutation-survivors.md):
the new id an own framework gets when its id is taken (the next free number, a long id cut without a
dash at the end), the generic web's levels a file carries (agreed or draft) and the web made from
them, the follow-up's refusals in full, and a copied contract starting again at revision 0."""

from __future__ import annotations

import datetime as dt

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange.carried import generic_levels, generic_session, settle_frameworks
from ambitieweb.exchange.carried_contract import contract_copy, contract_problem
from ambitieweb.model.framework import check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, SessionKind, new_id
from tests.contract_data import agreed, cleaning_web, two_reviews
from tests.unit.test_framework_model import own

WHEN = dt.datetime(2027, 3, 4, 9, 30, tzinfo=dt.UTC)


def test_a_clashing_own_framework_takes_the_first_free_number(catalogue: Catalogue) -> None:
    here = catalogue.with_own([check_framework(own(3)), check_framework(own(3, id="zuiderhaven-beleid-2"))])
    carried = check_framework(own(4))  # same id and version as this database's, other content
    frameworks, moved, notes = settle_frameworks([carried], here)
    assert [(f.id, f.version, len(f.themes)) for f in frameworks] == [("zuiderhaven-beleid-3", "1.0", 4)]
    assert moved == {("zuiderhaven-beleid", "1.0"): "zuiderhaven-beleid-3"}
    assert notes == [
        (
            "Kader 'zuiderhaven-beleid' in het bestand wijkt af van het kader met die naam en versie in "
            "deze database; het is opgenomen als kader 'zuiderhaven-beleid-3'.",
            "Framework 'zuiderhaven-beleid' in the file differs from the one with that id and version "
            "in this database; it was taken in as framework 'zuiderhaven-beleid-3'.",
        )
    ]


def test_a_long_id_that_clashes_is_cut_to_56_characters_without_a_dash_at_the_end(
    catalogue: Catalogue,
) -> None:
    long_id = "a" * 55 + "-" + "b" * 8  # 64 characters, the most a framework id may have
    here = catalogue.with_own([check_framework(own(3, id=long_id))])
    frameworks, moved, _notes = settle_frameworks([check_framework(own(4, id=long_id))], here)
    assert [f.id for f in frameworks] == ["a" * 55]
    assert moved == {(long_id, "1.0"): "a" * 55}


def generic_web() -> Session:
    generic = Session.new(
        check_framework(own(3)),
        "Beleidsweb 2027",
        kind=SessionKind.ORGANISATION,
        organisation="Gemeente Zuiderhaven",
    )
    generic.themes[0].current, generic.themes[0].ambition = Level.BASIS, Level.AMBITIOUS
    return generic


def test_a_file_carries_the_generic_webs_agreed_levels_or_its_drafts(catalogue: Catalogue) -> None:
    generic = generic_web()
    snapshot = generic.model_copy(deep=True).agree(1, WHEN)
    generic.title, generic.organisation = "Beleidsweb 2027 (nieuw)", "Gemeente Zuiderhaven-Noord"
    generic.themes[0].ambition = Level.SIGNIFICANT  # a draft after the agreed version

    carried = generic_levels(generic, snapshot)
    assert (carried.id, carried.title, carried.organisation, carried.agreed_at) == (
        generic.id,
        "Beleidsweb 2027",
        "Gemeente Zuiderhaven",
        WHEN,
    )
    assert (carried.framework_id, carried.framework_version) == ("zuiderhaven-beleid", "1.0")
    first = carried.themes[0]
    assert (first.theme_id, first.current, first.ambition) == (
        "thema-1",
        Level.BASIS,
        Level.AMBITIOUS,
    )

    draft = generic_levels(generic, None)  # never agreed: the draft's levels, no time
    assert (draft.title, draft.organisation, draft.agreed_at) == (
        "Beleidsweb 2027 (nieuw)",
        "Gemeente Zuiderhaven-Noord",
        None,
    )
    assert draft.themes[0].ambition is Level.SIGNIFICANT


def test_the_generic_web_made_from_carried_levels_is_agreed_once_at_their_time() -> None:
    generic = generic_web()
    carried = generic_levels(generic, generic.model_copy(deep=True).agree(1, WHEN))
    session, [snapshot] = generic_session(carried)
    assert (session.id, session.kind, session.title, session.organisation) == (
        generic.id,
        SessionKind.ORGANISATION,
        "Beleidsweb 2027",
        "Gemeente Zuiderhaven",
    )
    assert (snapshot.number, snapshot.agreed_at, snapshot.session_id) == (1, WHEN, generic.id)
    assert snapshot.session.organisation == "Gemeente Zuiderhaven"
    assert [(e.theme_id, e.current, e.ambition) for e in snapshot.session.themes] == [
        (e.theme_id, e.current, e.ambition) for e in generic.themes
    ]
    draft, none = generic_session(generic_levels(generic, None))
    assert none == [] and draft.organisation == "Gemeente Zuiderhaven"


def test_a_review_of_a_criterion_the_agreed_version_lacks_is_refused_in_full() -> None:
    snapshot = agreed()
    contract = two_reviews(snapshot)
    missing = "0" * 32
    contract.reviews[0].checks[2] = contract.reviews[0].checks[2].model_copy(update={"criterion_id": missing})
    assert contract_problem(contract, cleaning_web(), [snapshot]) == (
        f"contract.reviews[0].checks[2].criterion_id: criterium '{missing}' staat niet in "
        "de vastgestelde versie die het gesprek beoordeelt.",
        f"contract.reviews[0].checks[2].criterion_id: criterion '{missing}' is not in the "
        "agreed version the review checks.",
    )


def test_a_copied_contract_starts_again_at_revision_0() -> None:
    snapshot = agreed()
    contract = two_reviews(snapshot).model_copy(update={"revision": 3})
    copied_version = new_id()
    copy = contract_copy(contract, new_id(), {snapshot.id: copied_version})
    assert copy.revision == 0 and contract.revision == 3
    assert [r.snapshot_id for r in copy.reviews] == [copied_version] * 2


def test_every_framework_a_file_carries_is_settled_whatever_comes_before_it(catalogue: Catalogue) -> None:
    """A preset as shipped is left out, a changed preset becomes an own framework, an own framework
    that clashes moves with all its versions, and each of these goes on to the next one."""
    shipped = catalogue.framework("duurzaam-gww")
    changed = catalogue.framework("mvi-nationaal-plan").model_copy(update={"title": "MVI, bij ons"})
    here = catalogue.with_own([check_framework(own(3)), check_framework(own(3, id="buurkader"))])
    carried = [
        shipped,
        changed,
        check_framework(own(4, version="1.1")),
        check_framework(own(4)),
        check_framework(own(4, id="buurkader")),
    ]
    frameworks, moved, notes = settle_frameworks(carried, here)
    assert [(f.id, f.version, f.title) for f in frameworks] == [
        ("mvi-nationaal-plan-eigen", "1.0", "MVI, bij ons"),
        ("zuiderhaven-beleid-2", "1.1", "Beleidsweb Zuiderhaven"),
        ("zuiderhaven-beleid-2", "1.0", "Beleidsweb Zuiderhaven"),
        ("buurkader-2", "1.0", "Beleidsweb Zuiderhaven"),
    ]
    assert moved == {
        ("mvi-nationaal-plan", "1.0"): "mvi-nationaal-plan-eigen",
        ("zuiderhaven-beleid", "1.1"): "zuiderhaven-beleid-2",
        ("zuiderhaven-beleid", "1.0"): "zuiderhaven-beleid-2",
        ("buurkader", "1.0"): "buurkader-2",
    }
    assert [en for _nl, en in notes] == [
        "Framework 'mvi-nationaal-plan' in the file differs from the shipped framework with that id; "
        "it was taken in as own framework 'mvi-nationaal-plan-eigen'.",
        "Framework 'zuiderhaven-beleid' in the file differs from the one with that id and version in "
        "this database; it was taken in as framework 'zuiderhaven-beleid-2'.",
        "Framework 'buurkader' in the file differs from the one with that id and version in this "
        "database; it was taken in as framework 'buurkader-2'.",
    ]
    assert notes[0][0] == (
        "Kader 'mvi-nationaal-plan' in het bestand wijkt af van het meegeleverde kader met dat id; "
        "het is opgenomen als eigen kader 'mvi-nationaal-plan-eigen'."
    )
    # nothing to settle: an own framework new here is taken as it is, after a preset too
    new = check_framework(own(3, id="nieuw-kader"))
    assert settle_frameworks([shipped, new], catalogue) == ([new], {}, [])


def test_two_clashing_long_ids_cut_to_the_same_56_characters_get_different_new_ids(
    catalogue: Catalogue,
) -> None:
    first, second = "a" * 55 + "-" + "b" * 8, "a" * 55 + "-" + "c" * 8
    here = catalogue.with_own([check_framework(own(3, id=first)), check_framework(own(3, id=second))])
    carried = [check_framework(own(4, id=first)), check_framework(own(4, id=second))]
    frameworks, moved, _notes = settle_frameworks(carried, here)
    assert [f.id for f in frameworks] == ["a" * 55, "a" * 55 + "-2"]
    assert moved == {(first, "1.0"): "a" * 55, (second, "1.0"): "a" * 55 + "-2"}


def test_the_changed_versions_of_a_shipped_frameworks_id_stay_one_framework(catalogue: Catalogue) -> None:
    """Two versions made elsewhere under an id that is shipped here (the file came from where it was an
    own framework): both become the one own framework `<id>-eigen`, said once (they became
    `-eigen` and `-eigen-2`, two frameworks, the history split)."""
    shipped = catalogue.framework("mvi-nationaal-plan")
    first = shipped.model_copy(update={"title": "MVI, bij ons"})
    second = shipped.model_copy(update={"title": "MVI, bij ons", "version": "1.1"})
    frameworks, moved, notes = settle_frameworks([first, second], catalogue)
    assert [(f.id, f.version) for f in frameworks] == [
        ("mvi-nationaal-plan-eigen", "1.0"),
        ("mvi-nationaal-plan-eigen", "1.1"),
    ]
    assert moved == {
        ("mvi-nationaal-plan", "1.0"): "mvi-nationaal-plan-eigen",
        ("mvi-nationaal-plan", "1.1"): "mvi-nationaal-plan-eigen",
    }
    assert [nl for nl, _en in notes] == [
        "Kader 'mvi-nationaal-plan' in het bestand wijkt af van het meegeleverde kader met dat id; "
        "het is opgenomen als eigen kader 'mvi-nationaal-plan-eigen'."
    ]
    # the same version carried twice is taken once; the shipped version as it is, not at all
    assert settle_frameworks([first, first, shipped], catalogue)[:2] == (
        [frameworks[0]],
        {("mvi-nationaal-plan", "1.0"): "mvi-nationaal-plan-eigen"},
    )


def test_a_new_id_given_to_a_changed_preset_is_not_given_again(catalogue: Catalogue) -> None:
    changed = catalogue.framework("mvi-nationaal-plan").model_copy(update={"title": "MVI, bij ons"})
    dashes = "mvi-nationaal-plan-eigen" + "-" * 40  # 64 characters: cut to 56, it is the preset's new id
    here = catalogue.with_own([check_framework(own(3, id=dashes))])
    frameworks, _moved, _notes = settle_frameworks([changed, check_framework(own(4, id=dashes))], here)
    assert [f.id for f in frameworks] == ["mvi-nationaal-plan-eigen", "mvi-nationaal-plan-eigen-2"]
