"""Exports that city staff and merchants open in a spreadsheet."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text a visitor typed, made inert for spreadsheets: a leading = + - @ would make
    Excel or LibreOffice run it as a formula when the export is opened."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
