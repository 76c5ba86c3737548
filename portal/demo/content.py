"""Reads the demo content: one YAML file per subject in content/, shipped with the package.

Every translatable text is a mapping with the keys fr, nl, de and en; French is the
source language. Values are shared between callers: read them, never change them.
"""

from functools import cache
from pathlib import Path

import yaml


FOLDER = Path(__file__).with_name("content")


@cache
def read(name):
    """The data of content/<name>.yaml (home, shops, bookings, stories or campaign)."""
    with (FOLDER / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)
