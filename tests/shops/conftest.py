"""Shop pages, the directory, the admin editor and merchants.

The shop tests use the shared fixtures of tests/conftest.py (shop_index, two_merchants,
merchant_client, editor); each module builds its own shops.
"""
