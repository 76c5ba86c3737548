"""The shop's position set by dragging a pin on a map in the editor (issue #13).

The latitude and longitude stay two typed fields (a keyboard or screen-reader user types
them); the pin and the fields follow each other. The map is the public pages' one, with
the same tiles and the same "Show the map" click when the city has no tile server.
"""

from django import forms
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from portal.templatetags.map_tags import map_tiles


class MapPinInput(forms.NumberInput):
    """The longitude's input, followed by the map whose pin also sets the latitude."""

    map_template = "shops/admin/map_pin.html"

    def __init__(self, latitude_field="latitude", attrs=None):
        super().__init__(attrs)
        self.latitude_field = latitude_field

    class Media:
        js = ["js/map.js", "js/map-pin.js"]
        css = {"all": ["css/map-pin.css"]}

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        longitude_id = (attrs or {}).get("id") or self.attrs.get("id") or f"id_{name}"
        pin = render_to_string(
            self.map_template,
            {
                "tiles": map_tiles(),
                "longitude_id": longitude_id,
                "latitude_field": self.latitude_field,
            },
        )
        return mark_safe(field + pin)  # noqa: S308 - both rendered and escaped by templates
