"""Ambitieweb: facilitated ambition-web sessions for socially responsible public procurement."""

__version__ = "0.2.0"
APP_NAME = "Ambitieweb"
APP_ID = "nl.ambitieweb.Ambitieweb"
ORGANISATION = "Ambitieweb"
