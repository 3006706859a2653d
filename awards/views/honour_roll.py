"""The public honour roll per campaign and per period. Filled in by the honour roll work."""
