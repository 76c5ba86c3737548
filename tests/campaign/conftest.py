"""Campaign: stories, coaching sign-up, partner offers and navigation.

These tests use the shared home_pages, legal_notice and shop_index of tests/conftest.py.
"""
