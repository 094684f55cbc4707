"""Regenerate the shipped JSON Schema: python -m ambitieweb.exchange"""

import json

from ambitieweb.exchange.sessionfile import json_schema
from ambitieweb.resources import resource

path = resource("schema", "ambitieweb-session.schema.json")
path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(path)
