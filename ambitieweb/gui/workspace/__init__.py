"""The workspace of one open session: its controller (undoable edits, saves), themes, goals, measures."""
