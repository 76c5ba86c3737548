import logging
from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.mail import send_mail
from django.core.paginator import Paginator
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, FormSubmission
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaign.blocks import StoryBodyBlock
from campaign.forms import CoachingSignupForm
from campaign.models.snippets import PartnerOffer, Topic
from portal.antispam import over_rate_limit
from portal.blocks import collect
from portal.localization import localized_pages
from portal.routing import ViewRestrictionsIfAny


logger = logging.getLogger(__name__)

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class StoryIndexPage(ViewRestrictionsIfAny, RoutablePageMixin, Page):
    """The campaign's stories, newest first, filterable by topic, with a feed per language."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaign.StoryPage"]
    page_size = 9

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def stories(self):
        return (
            StoryPage.objects.child_of(self)
            .live()
            .public()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-date", "-pk")
        )

    @path("")
    def index(self, request):
        stories = self.stories()
        topic = request.GET.get("topic", "")
        if topic:
            stories = stories.filter(topic_links__topic__slug=topic).distinct()
        used = Topic.objects.filter(
            pk__in=StoryTopic.objects.filter(page__in=self.stories()).values("topic")
        ).values("translation_key")
        return self.render(
            request,
            context_overrides={
                "stories": Paginator(stories, self.page_size).get_page(request.GET.get("page")),
                "topics": Topic.objects.filter(locale=self.locale, translation_key__in=used),
                "selected_topic": topic,
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        return StoryFeed(self)(request)


class StoryFeed(Feed):
    """RSS 2.0 feed of the latest stories in one language."""

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code

    def title(self):
        return self.index.title

    def link(self):
        return self.index.url

    def description(self):
        return self.index.intro

    def items(self):
        return self.index.stories()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9)))


class StoryPage(ViewRestrictionsIfAny, Page):
    """A merchant's story: how going digital changed their shop."""

    date = models.DateField(_("publication date"), default=timezone.localdate)
    hero_image = models.ForeignKey(
        "portal.VitrineImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Alt text per use, translated with the story (the image library's is in one language).
    hero_alt = models.CharField(
        _("main image alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    intro = models.TextField(_("introduction"), max_length=400)
    body = StreamField(StoryBodyBlock(), verbose_name=_("story"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("hero_image")]),
        FieldPanel("hero_alt"),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("topic_links", heading=_("Topics"), label=_("Topic")),
        InlinePanel("related_shops", heading=_("Shops in this story"), label=_("Shop")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["campaign.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def hero_alt_text(self):
        if self.hero_image is None:
            return ""
        return self.hero_alt or self.hero_image.default_alt_text

    @property
    def share_image(self):
        """The picture a shared link shows: the story's main image."""
        return self.hero_image

    def pictures(self):
        """Every picture the public pages show of this story, as (image, kind of
        portal.images.PICTURES): the renditions the task worker makes on publish."""
        shown = []
        if self.hero_image:
            shown += [(self.hero_image, kind) for kind in ("story_hero", "story_card", "share")]
        return shown + collect(self.body, "pictures")

    def siblings(self):
        return StoryPage.objects.sibling_of(self, inclusive=False).live().public()

    def topics(self):
        keys = [link.topic.translation_key for link in self.topic_links.select_related("topic")]
        return Topic.objects.filter(translation_key__in=keys, locale=self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = self.siblings()
        topics = list(self.topics())
        related = (
            siblings.filter(topic_links__topic__slug__in=[t.slug for t in topics])
            .distinct()
            .order_by("-date")[:3]
        )
        shops_in_blocks = collect(self.body, "shops")
        shop_links = list(self.related_shops.select_related("shop"))
        context.update(
            topics=topics,
            previous_story=siblings.filter(date__lt=self.date).order_by("-date", "-pk").first(),
            next_story=siblings.filter(date__gt=self.date).order_by("date", "pk").first(),
            related_stories=related,
            localized=localized_pages(shops_in_blocks + [link.shop for link in shop_links]),
            related_shops=[link.shop for link in shop_links],
        )
        return context


class StoryTopic(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE)

    panels = [FieldPanel("topic")]


class StoryRelatedShop(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_shops")
    shop = models.ForeignKey(
        "shops.ShopPage", verbose_name=_("shop"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("shop")]


class CoachingSignupPage(ViewRestrictionsIfAny, AbstractEmailForm):
    """Merchants ask for the free coaching here.

    Built on Wagtail's form builder for storage, the city team's email and the admin's
    submissions list and CSV export, with a fixed, validated form whose labels are
    translated like the rest of the interface. Submissions from every language are
    kept on the French page, so the city team has one list.
    """

    intro = RichTextField(_("introduction"), features=TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you message"), features=TEXT_FEATURES)
    ack_subject = models.CharField(_("acknowledgement subject"), max_length=160)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ack_body = models.TextField(
        _("acknowledgement email"),
        max_length=2000,
        help_text=_("Sent to the merchant. {contact} is replaced by the contact person's name."),
    )

    def get_submissions_list_view_class(self):
        # Wagtail's form views read models when imported, so they cannot load with these.
        from campaign.views import CoachingSubmissionsListView

        return CoachingSubmissionsListView

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("privacy_page"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email to the city team"),
        ),
        MultiFieldPanel(
            [FieldPanel("ack_subject"), FieldPanel("ack_body")],
            heading=_("Acknowledgement to the merchant"),
        ),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    landing_page_template = "campaign/coaching_signup_page_landing.html"

    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    # Submissions per address and hour before the form answers 429.
    rate_limit = (5, 3600)

    class Meta:
        verbose_name = _("coaching sign-up page")
        verbose_name_plural = _("coaching sign-up pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        privacy = localized_pages([self.privacy_page], self.locale).get(self.privacy_page_id)
        context["privacy_url"] = privacy.url if privacy else ""
        return context

    def get_form_fields(self):
        return []

    def get_form_class(self):
        return CoachingSignupForm

    def get_data_fields(self):
        return [("submit_time", _("Submission date")), *CoachingSignupForm.data_fields()]

    def source_page(self):
        return (
            self.get_translations(inclusive=True)
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .first()
            or self
        )

    @transaction.atomic  # the request and its emails are stored together, or not at all
    def process_form_submission(self, form):
        submission = FormSubmission.objects.create(
            form_data=form.submission_data(translation.get_language()), page=self.source_page()
        )
        if self.to_address:
            self.send_mail(form)
        self.send_acknowledgement(form.cleaned_data)
        return submission

    def send_acknowledgement(self, data):
        body = self.ack_body.replace("{contact}", data["contact"])
        send_mail(self.ack_subject, body, self.from_address or None, [data["email"]])

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            limit, period = self.rate_limit
            if over_rate_limit(request, "coaching", limit, period):
                return TemplateResponse(
                    request, "429.html", {"page": self, "self": self}, status=429
                )
            form = self.get_form(request.POST, page=self, user=request.user)
            if form.is_bot():
                logger.info("Coaching sign-up honeypot filled; nothing stored")
                return self.render_landing_page(request)
        return super().serve(request, *args, **kwargs)


class PartnerOffersPage(ViewRestrictionsIfAny, Page):
    """The partners' tools side by side, with what they cost once the free period ends."""

    intro = RichTextField(_("introduction"), features=TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner offers page")
        verbose_name_plural = _("partner offers pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = PartnerOffer.objects.filter(locale=self.locale)
        return context
