"""Site plumbing, languages, settings, bad requests, the demo and load-data commands.

A test here that asks for no home page sees the page tree as a freshly migrated
database has it (see tests/conftest.py), which the demo loader test relies on.
"""
