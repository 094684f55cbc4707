"""Long user texts (evidence, notes) as paragraphs of a few thousand characters: reportlab wraps a
paragraph again on every page it runs over, so one of 100,000 characters took seconds."""

from __future__ import annotations

from ambitieweb.reports.actieplan_content import Text

PIECE = 3000  # characters per paragraph of a long text: reportlab wraps a paragraph again at every page


def pieces(text: str) -> list[str]:
    """A long text as paragraphs of at most PIECE characters, split at line ends, else at a space (which
    the break replaces), else anywhere: nothing is lost, and 100,000 characters print in a second."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines():
        while len(line) > PIECE:
            cut = line.rfind(" ", 0, PIECE)
            cut = cut if cut > PIECE // 2 else PIECE
            head, line = line[:cut], line[cut + 1 :] if line[cut : cut + 1] == " " else line[cut:]
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + len(line) + 1 > PIECE:
            pieces.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces


def long_text(name: str, text: str) -> list[Text]:
    first, *rest = pieces(text) or [""]
    return [Text(f"{name}: {first}"), *(Text(piece) for piece in rest)]
