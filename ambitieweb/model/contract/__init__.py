"""Contract follow-up (contractopvolging, issue 18): what was agreed in a project web against what the
supplier realised, review by review. No Qt, no database.

- `parts`: the records of a review (criterion checks, goal measurements, realised levels, actions);
- `contract`: `Contract` (contract data, review rhythm, the reviews) and its checks;
- `rules`: due dates, shares met, themes realised below their agreed level, a review from a snapshot;
- `problems`: validation errors as Dutch and English sentences that name the field.
"""
