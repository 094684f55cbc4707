"""Widgets and models shared by the rooms: the radar, table models."""
