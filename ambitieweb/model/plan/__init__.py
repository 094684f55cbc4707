"""The MVOI action plan (actieplan): an organisation's webs brought together and walked through
PIANOo's seven steps — inventarisatie, thema's kiezen, ambities en doelen, kansrijke aanbestedingen,
MVI in het inkoopproces, jaarplanning, evalueren. No Qt, no database.

- `parts`: the plan's records (spend categories, focus themes, goals, tenders, rules, actions);
- `plan`: `ActionPlan`, its checks across records, and a new plan with the central government's rules;
- `policy`: which policy rules apply to a tender, and the inspanningsdoelen over the plan's tenders;
- `webs`: what the plan reads of a web (`WebFacts`) and the webs combined per theme;
- `project_web`: the project web a tender starts;
- `realised`: what the contracts of the plan's tenders realised (levels, goal values per year);
- `problems`: validation errors as Dutch and English sentences that name the field.
"""
