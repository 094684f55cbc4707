"""The examples in `sessions/` follow the catalogue; the frozen fixtures of older formats do not.

Issue 15 moved two criteria of the cleaning example (zero-emission transport, social return) from
minimumeis to contractbepaling, with a new text. The example took the new text over the way a user
does ('Catalogustekst overnemen'); a fixture upgraded to the current format equals the example after
the same step.
"""

from __future__ import annotations

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.session import Session
from ambitieweb.model.tender import catalogue_wording, revise


def newer_texts_taken_over(session: Session, catalogue: Catalogue) -> Session:
    """A copy with every unedited catalogue criterion that has a newer text brought up to date."""
    copy = session.model_copy(deep=True)
    for i, chosen in enumerate(copy.criteria):
        found = catalogue.criterion(chosen.catalogue_id) if chosen.catalogue_id else None
        if found is None or chosen.edited or found[1].revision <= (chosen.catalogue_revision or 0):
            continue
        title, text, verification, scoring = catalogue_wording(found[1])
        copy.criteria[i] = revise(
            chosen,
            title=title,
            text=text,
            verification=verification,
            scoring=scoring,
            weight=chosen.weight,
            values=chosen.values,
            source=found,
        )
    return copy
