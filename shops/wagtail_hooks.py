from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from shops.models import Category, District


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    list_display = ["name", "slug", "schema_type"]
    search_fields = ["name"]
    list_export = ["name", "slug", "schema_type"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    list_display = ["name", "postcode", "slug"]
    search_fields = ["name"]
    list_export = ["name", "postcode", "slug"]


class ShopTaxonomyGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, DistrictViewSet)
    menu_icon = "list-ul"
    menu_label = _("Shop lists")
    menu_name = "shop-lists"


register_snippet(ShopTaxonomyGroup)
