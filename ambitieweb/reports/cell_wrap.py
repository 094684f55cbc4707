"""Plain-text table cells wrapped to their column, long words included.

reportlab's `simpleSplit` breaks lines at spaces only: a word wider than a narrow column
("Ketenverantwoordelijkheid", "inspanningsdoel") ran over the cell's border. Such a word is broken
here, with a hyphen: after a hyphen or slash it already has, else before the last consonant-vowel pair
that fits (Dutch syllables start so: "Ketenverantwoor-delijkheid", "inspannings-doel"), else at the
last character that fits. No hyphenation dictionary (pyphen): a new dependency with data files for the
frozen build, for words that are rare in the tables; this reads well enough and never overflows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth  # type: ignore[import-untyped]

WIDEST = 1.05  # no DejaVu Sans glyph a table prints is wider than this share of the font size
MIN_PIECE = 2  # characters at least on each side of a break
WORDS_REMEMBERED = 20_000  # per font and size


def wrap_cell(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` in a column `width` points wide (padding already taken off)."""
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        limit = width / (size * WIDEST)  # a word of fewer characters cannot be too wide: not measured
        words = part.split(" ")
        if any(len(w) > limit for w in words):
            words = [p for w in words for p in (_pieces(w, font, size, width) if len(w) > limit else [w])]
        lines += split_lines(" ".join(words), font, size, width) or [""]
    return lines


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """reportlab's `simpleSplit` of one line of text, with the same sums in the same order (so the same
    lines), but each word measured once per font and size: a plan's tables hold thousands of cells
    with the same few hundred words, and measuring was most of the wrapping."""
    measure = _word_width(font, size)
    space = measure(" ")
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in text.split():
        word_width = measure(word)
        if used + space + word_width <= width or not line:
            line.append(word)
            used = used + space + word_width
        else:
            lines.append(" ".join(line))
            line = [word]
            used = word_width
    if line:
        lines.append(" ".join(line))
    return lines


@cache
def _word_width(font: str, size: float) -> Callable[[str], float]:
    """A measure of words in `font` at `size` that remembers (a bounded number of) the words."""
    face = getFont(font)

    @lru_cache(maxsize=WORDS_REMEMBERED)
    def measure(word: str) -> float:
        return float(face.stringWidth(word, size))

    return measure


def _pieces(word: str, font: str, size: float, width: float) -> list[str]:
    """`word` as pieces that each fit `width`: the first ones end in a hyphen (or its own - or /)."""
    pieces: list[str] = []
    while stringWidth(word, font, size) > width and len(word) > 2 * MIN_PIECE:
        fits = MIN_PIECE
        while fits < len(word) - MIN_PIECE and stringWidth(word[: fits + 1] + "-", font, size) <= width:
            fits += 1
        own = max(word.rfind("-", 0, fits), word.rfind("/", 0, fits))
        if own >= MIN_PIECE - 1 and own + 1 >= fits // 2:  # its own hyphen, not too far back
            pieces.append(word[: own + 1])
            word = word[own + 1 :]
        else:
            at = _syllable_break(word, fits)
            pieces.append(word[:at] + "-")
            word = word[at:]
    return [*pieces, word]


VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")


def _syllable_break(word: str, fits: int) -> int:
    """Where to break `word` at or before `fits`: before a consonant followed by a vowel, not far back
    (at most a third of the piece), not inside "ch" nor "pl", "tr" ...; else at `fits`."""
    lower = word.lower()
    for at in range(fits, max(MIN_PIECE, fits * 2 // 3) - 1, -1):
        consonant = lower[at].isalpha() and lower[at] not in VOWELS
        if (
            consonant
            and lower[at + 1] in VOWELS
            and lower[at - 1].isalpha()
            and lower[at - 1 : at + 1] != "ch"
        ):
            if lower[at] in "lr" and lower[at - 1] in "bdfgkptvw" and at - 1 >= MIN_PIECE:
                return at - 1  # a syllable may start with "pl", "kl", "tr" ...: keep them together
            return at
    return fits
