"""Printed papers: a certificate for an award line, the recipient list of a decision. Filled in by the printing work."""
