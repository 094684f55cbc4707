"""A session's radar data: the generic web, an earlier agreed version, votes and lowered themes."""

from __future__ import annotations

from ambitieweb.catalogue import Catalogue
from ambitieweb.charts.session_data import radar_data
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Participant, Session
from ambitieweb.model.votes import Distribution


def webs(catalogue: Catalogue) -> tuple[Session, Session, Session]:
    """A project web (ambitions 2, 1, 3, 0, ...), a generic web at 2 and an earlier version at 3."""
    framework = catalogue.framework("mvi-nationaal-plan")
    session = Session.new(framework, "Schoonmaak 2027")
    generic = Session.new(framework, "Generiek")
    earlier = Session.new(framework, "Schoonmaak 2027")
    for index, entry in enumerate(session.themes):
        entry.ambition = Level((2, 1, 3, 0)[index % 4])
        generic.themes[index].ambition = Level.SIGNIFICANT
        earlier.themes[index].ambition = Level.AMBITIOUS
    return session, generic, earlier


def test_plain_data_has_no_extra_layers(catalogue: Catalogue) -> None:
    session, _generic, _earlier = webs(catalogue)
    data = radar_data(session, catalogue.framework("mvi-nationaal-plan"))
    assert (data.reference, data.earlier, data.flagged, data.votes) == (None, None, None, None)
    assert data.ambition[:4] == (2, 1, 3, 0)


def test_themes_below_the_generic_web_are_flagged(catalogue: Catalogue) -> None:
    session, generic, _earlier = webs(catalogue)
    data = radar_data(session, catalogue.framework("mvi-nationaal-plan"), generic)
    assert data.reference == (2,) * len(session.themes)
    # Only a set ambition below 2 is lowered; "not set" is not.
    assert data.flagged is not None and data.flagged[:4] == (False, True, False, False)


def test_an_earlier_version_is_drawn_and_flags_what_was_lowered(catalogue: Catalogue) -> None:
    session, generic, earlier = webs(catalogue)
    framework = catalogue.framework("mvi-nationaal-plan")
    data = radar_data(session, framework, earlier=earlier)
    assert data.earlier == (3,) * len(session.themes) and data.reference is None
    assert data.flagged is not None and data.flagged[:4] == (True, True, False, False)
    both = radar_data(session, framework, generic, earlier=earlier)
    assert both.flagged == data.flagged and both.reference is not None


def test_a_theme_the_earlier_version_lacks_counts_as_not_set(catalogue: Catalogue) -> None:
    session, _generic, earlier = webs(catalogue)
    earlier.themes = earlier.themes[1:]
    data = radar_data(session, catalogue.framework("mvi-nationaal-plan"), earlier=earlier)
    assert data.earlier is not None and data.earlier[0] == 0
    assert data.flagged is not None and not data.flagged[0]


def test_votes_show_only_when_asked(catalogue: Catalogue) -> None:
    session, _generic, _earlier = webs(catalogue)
    ann, bob, gone = Participant(name="Ann"), Participant(name="Bob"), Participant(name="Gone")
    session.participants = [ann, bob]
    session.themes[0].votes = {ann.id: Level.BASIS, bob.id: Level.AMBITIOUS, gone.id: Level.BASIS}
    session.themes[1].tally = (0, 3, 1)
    framework = catalogue.framework("mvi-nationaal-plan")
    assert radar_data(session, framework).votes is None  # hidden until revealed
    data = radar_data(session, framework, show_votes=True)
    assert data.votes is not None
    assert data.votes[:3] == (Distribution((1, 0, 1)), Distribution((0, 3, 1)), None)  # Gone left
    assert data.votes[0] is not None and data.votes[0].median == 2.0
    assert data.legend_entries()[-1] == "Stemmen: mediaan en spreiding"
