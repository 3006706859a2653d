"""Importing a decision's award lines from a spreadsheet. Filled in by the import work."""
