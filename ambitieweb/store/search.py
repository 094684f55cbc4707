"""What the session list's search matches: words folded for case and diacritics.

A search finds the sessions where every word typed is the start of a word in the title, the
organisation or the subject, whatever its capitals and accents: "ë", "Ë" and "e" find each other,
"über" finds "ÜBER", "straße" finds "STRASSE". Words are runs of letters and digits, so "2031" finds
"2027-2031" and "100" finds "100%"; a search without letters or digits finds nothing.

The store keeps the folded words of each session in `sessions.search_text` (for walking the list in
order) and one row per word in `session_words` (an index for words that few sessions have), both
filled here, in Python, so SQLite and PostgreSQL search alike.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
MAX_WORD = 64  # longer "words" (a pasted hash) are cut: nobody types that much of one
# Letters whose capital lowers to another letter: Turkish dotless ı is upper-cased to I.
_SAME_LETTER = str.maketrans({"ı": "i"})
SEARCHED_FIELDS = ("title", "organisation", "subject")


def fold(text: str) -> str:
    """Lower case without diacritics: "Éën ÜBER Straße" -> "een uber strasse"."""
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_SAME_LETTER)
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of `text`, in order, each once."""
    return list(dict.fromkeys(w[:MAX_WORD] for w in _WORD.findall(fold(text))))


def search_text(*fields: str) -> str:
    """The folded words of a session's searched fields, each after a space (" een uber strasse"), so
    that "a word starts with t" is the substring " t"."""
    return "".join(" " + w for w in words(" ".join(fields)))


def terms(search: str) -> list[str]:
    """The folded words of what the user typed; longest first (the most selective, usually)."""
    return sorted(words(search), key=len, reverse=True)
