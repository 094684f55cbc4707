"""The action plan room: PIANOo's seven steps for an organisation's MVOI plan, on one page with a tab
per step (inventarisatie, thema's kiezen, ambities en doelen, kansrijke aanbestedingen, MVI in het
inkoopproces, jaarplanning, evalueren)."""
