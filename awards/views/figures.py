"""The leaders' figures on emulation and awards (staff only). Filled in by the figures work."""
