"""The project web a promising tender starts (step 5): the tender's themes and levels as its first
ambitions, the plan's generic web as its reference."""

from __future__ import annotations

from collections.abc import Mapping

from ambitieweb.model.framework import Framework
from ambitieweb.model.plan.parts import PlannedTender
from ambitieweb.model.plan.plan import ActionPlan
from ambitieweb.model.plan.webs import WebFacts
from ambitieweb.model.session import Session, SessionKind, SessionScope, ThemeEntry


def generic_web(plan: ActionPlan, webs: Mapping[str, WebFacts]) -> str | None:
    """The plan's web for the whole organisation (the first one, if it has several), else None."""
    for web_id in plan.web_ids:
        web = webs.get(web_id)
        if (
            web is not None
            and web.kind is SessionKind.ORGANISATION
            and web.scope is SessionScope.ORGANISATION
        ):
            return web_id
    return None


def project_web(
    plan: ActionPlan, tender: PlannedTender, framework: Framework, generic_id: str | None
) -> Session:
    """A draft project web for the tender, in the plan's framework; the plan's focus themes are its
    focus themes too."""
    themes = [t.id for t in framework.default_themes]
    themes += [
        t.theme_id
        for t in tender.themes
        if t.theme_id not in themes and t.theme_id in framework.theme_names()
    ]
    focus = set(plan.focus_ids())
    return Session.new(
        framework,
        tender.title,
        kind=SessionKind.PROJECT,
        organisation=plan.organisation,
        subject=tender.category or tender.department,
        generic_session_id=generic_id,
        themes=[
            ThemeEntry(theme_id=theme_id, ambition=tender.level(theme_id), focus=theme_id in focus)
            for theme_id in themes
        ],
    )
