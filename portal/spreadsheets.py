"""Exports that city staff and merchants open in a spreadsheet."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text a visitor typed, made inert for spreadsheets: a leading = + - @ would make
    Excel or LibreOffice run it as a formula when the export is opened."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def make_csv_exports_safe():
    """Wagtail writes the admin's CSV exports (bookings, form submissions, snippets, its
    own reports) cell by cell as they are and without a byte order mark, so Excel runs
    a page title like =HYPERLINK(…) and shows "Ã©" for "é". Every export goes through
    Wagtail's SpreadsheetExportMixin: it is made safe here once, not view by view."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.stream_csv, "made_safe", False):
        return
    stream = SpreadsheetExportMixin.stream_csv

    def write_csv_row(self, writer, row_dict):  # Wagtail's own, plus spreadsheet_safe
        return writer.writerow(
            {
                field: spreadsheet_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def stream_csv(self, queryset):
        yield "\ufeff"  # UTF-8 BOM: spreadsheets then read the accents right
        yield from stream(self, queryset)

    stream_csv.made_safe = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
    SpreadsheetExportMixin.stream_csv = stream_csv
