"""Choosing and editing the tender criteria of a session."""
