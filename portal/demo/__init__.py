"""The demo site: small idempotent loaders (code) and their content (YAML in content/).

Only management commands, tests and benchmarks import this package; no app module does.
"""

from portal.demo.site import ensure_translated_home_pages


__all__ = ["ensure_translated_home_pages"]
