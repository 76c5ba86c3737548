from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaign.models import PartnerOffer, Testimonial, Topic


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    list_display = ["person_name", "role", "shop", "publish_date"]
    list_filter = ["publish_date"]
    search_fields = ["person_name", "quote"]
    list_export = ["person_name", "role", "quote", "publish_date"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class PartnerOfferViewSet(SnippetViewSet):
    model = PartnerOffer
    icon = "pick"
    list_display = ["partner", "title", "tool_type", "free_months", "price_after"]
    list_filter = ["tool_type"]
    list_export = ["partner", "title", "tool_type", "free_months", "price_after", "price_period"]


class CampaignGroup(SnippetViewSetGroup):
    items = (TestimonialViewSet, TopicViewSet, PartnerOfferViewSet)
    menu_icon = "doc-full"
    menu_label = _("Campaign")
    menu_name = "campaign"


register_snippet(CampaignGroup)
