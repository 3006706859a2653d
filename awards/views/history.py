"""Achievement history (hồ sơ thành tích) of a member or a base union. Filled in by the history work."""
