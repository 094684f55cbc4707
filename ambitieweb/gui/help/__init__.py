"""Help: the method in short and the keys (F1)."""
