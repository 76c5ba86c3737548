"""The shop finder and full-text search.

These tests use the shared home_pages, legal_notice and shop_index of tests/conftest.py.
"""
