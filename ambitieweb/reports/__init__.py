"""Documents made from a session: the PDFs (reportlab) and the bestekteksten as text.

Kept light on purpose: reportlab loads only when a PDF is built (`ambitieweb.reports.export`).
- `export.build_pdf` / `export.write_pdf`: ambitiedocument, bestekteksten, ambitiekaart (the card, then
  `checklist`: the contract's data and every binding criterion for the contract manager);
- `options.DocumentOptions`: snapshot, generic web, catalogue revisions, language, appendix and contract,
  one frozen set for `export.write_document`, `build_pdf`, `write_pdf`, `write_docx` and `build_docx`;
- `tender_text`: bestekteksten as Markdown, plain text and HTML (no reportlab);
- `placeholders.missing_placeholders`: what to ask the user before an export.
"""

from typing import Final

DOCUMENTS: Final = ("ambitiedocument", "bestekteksten", "ambitiekaart")
