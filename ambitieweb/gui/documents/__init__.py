"""Exporting documents: ambitiedocument, bestekteksten, ambitiekaart."""
