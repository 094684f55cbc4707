"""Domain models and pure rules; no Qt, no database.

Import from the modules themselves (`ambitieweb.model.session`, `.levels`, ...): the package
loads nothing, so a light module such as `levels` does not pull in pydantic before the main
window has painted.
"""
