"""The portable *.ambitieweb.json session file."""

from ambitieweb.exchange.sessionfile import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    SUFFIX,
    SessionFile,
    SessionFileError,
    dumps,
    json_schema,
    parse,
    read_file,
    write_file,
)

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "SUFFIX",
    "SessionFile",
    "SessionFileError",
    "dumps",
    "json_schema",
    "parse",
    "read_file",
    "write_file",
]
