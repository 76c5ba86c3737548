"""Admin views of the campaign app."""

from wagtail.contrib.forms.views import SubmissionsListView

from portal.spreadsheets import spreadsheet_safe


class CoachingSubmissionsListView(SubmissionsListView):
    """The coaching requests list; its CSV and XLSX exports keep typed text inert."""

    def to_row_dict(self, item):
        return {
            field: spreadsheet_safe(value) for field, value in super().to_row_dict(item).items()
        }
