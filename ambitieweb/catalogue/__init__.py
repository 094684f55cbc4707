"""Frameworks and criteria shipped in resources/catalogue, validated at load."""

from ambitieweb.catalogue.loader import (
    Catalogue,
    CatalogueError,
    UnknownFrameworkError,
    default_catalogue,
    load_criteria_set,
    load_framework,
    load_product_groups,
)

__all__ = [
    "Catalogue",
    "CatalogueError",
    "UnknownFrameworkError",
    "default_catalogue",
    "load_criteria_set",
    "load_framework",
    "load_product_groups",
]
