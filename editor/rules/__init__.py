"""Drafting checks: lettering, numbering, punctuation, dates, proposals, cross-references."""
