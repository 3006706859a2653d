"""The audit log page. Filled in by the curation work."""
