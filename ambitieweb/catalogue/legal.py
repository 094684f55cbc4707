"""The legal basis of each kind of criterion (Aanbestedingswet 2012), read from the catalogue's
legal-basis.toml: data, not code, so a lawyer can correct an article without a new program."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Line, Slug, Text
from ambitieweb.resources import catalogue_dir

LEGAL_BASIS_FILE = "legal-basis.toml"


class KindBasis(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: CriterionKind
    articles: Line
    text: Text


class TopicBasis(BaseModel):
    """An extra basis for criteria of one nature (a keurmerk, life-cycle costs), found by its words."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    articles: Line
    words: Annotated[tuple[Line, ...], Field(min_length=1)]
    text: Text


class LegalBasis(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Line
    law: Line
    version: Annotated[str, Field(pattern=r"^[0-9]+(\.[0-9]+){0,2}$")]
    date: dt.date
    kinds: tuple[KindBasis, ...]
    topics: tuple[TopicBasis, ...] = ()

    @model_validator(mode="after")
    def _every_kind_once(self) -> LegalBasis:
        kinds = [k.kind for k in self.kinds]
        if sorted(kinds) != sorted(CriterionKind):
            raise ValueError("every kind of criterion needs exactly one legal basis")
        return self

    def of_kind(self, kind: CriterionKind) -> KindBasis:
        return next(k for k in self.kinds if k.kind == kind)

    def citation(self, kind: CriterionKind, *texts: str) -> str:
        """Short, for under a criterion: 'artikel 2.80 Aanbestedingswet 2012; keurmerk: artikel 2.78 ...'."""
        folded = " ".join(texts).casefold()
        parts = [f"{self.of_kind(kind).articles} {self.law}"]
        parts += [
            f"{t.id}: {t.articles} {self.law}"
            for t in self.topics
            if any(w.casefold() in folded for w in t.words)
        ]
        return "; ".join(parts)


def load_legal_basis(path: Path) -> LegalBasis:
    from ambitieweb.catalogue.loader import load_toml  # the loader's errors name file and field

    return load_toml(path, LegalBasis, ("kinds", "topics"))


@cache
def default_legal_basis() -> LegalBasis:
    """The shipped legal basis, read once per process."""
    return load_legal_basis(catalogue_dir() / LEGAL_BASIS_FILE)
