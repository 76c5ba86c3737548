"""The closures of the shop editor, each saved period one line until the merchant opens it.

A shop collects closures over the years (holidays, works, the public holidays added in
one click); shown as full forms they pushed the catalogue screens down the first tab. A
saved, unchanged period shows as its summary ("1–21 August 2026 · closed · Holidays");
a new row, a changed one or one with an error stays open.
"""

from wagtail.admin.panels import InlinePanel

from shops.hours import brussels_today


class ClosuresPanel(InlinePanel):
    """Wagtail's InlinePanel with collapsed summary rows (templates/shops/admin/)."""

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "shops/admin/closures_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is None:
                return
            today = brussels_today()
            saved = set(map(id, self.formset.initial_forms))
            for child in self.children:
                form = child.form
                unchanged = not form.is_bound or not (form.errors or form.has_changed())
                child.collapsed = bool(id(form) in saved and unchanged and form.instance.date)
                child.is_past = child.collapsed and form.instance.last_day < today
                # Wagtail's panels script starts a panel with the "collapsed" class closed.
                child.panel_classname = "collapsed closure-row" if child.collapsed else ""
