"""Lexicons: general vocabulary (title words, organisation suffixes, measure words, currencies, chrome markers) kept apart from rule code."""
