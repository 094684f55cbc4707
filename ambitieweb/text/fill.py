"""Put values into a translated message's %1, %2, ... (Qt's numbered placeholders)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Fill %1, %2, ... in one pass, so a value that itself contains '%2' (a participant's name, a
    file name) stays literal. A placeholder without a value stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
