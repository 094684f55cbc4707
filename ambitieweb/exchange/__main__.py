"""Regenerate the shipped JSON Schemas (session file, plan file): python -m ambitieweb.exchange"""

import json

from ambitieweb.exchange import planfile
from ambitieweb.exchange.sessionfile import json_schema
from ambitieweb.resources import resource

for name, schema in (
    ("ambitieweb-session.schema.json", json_schema()),
    ("ambitieweb-plan.schema.json", planfile.json_schema()),
):
    path = resource("schema", name)
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(path)
