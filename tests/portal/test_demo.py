"""The demo loader builds a complete multilingual site and is safe to run twice."""

from django.apps import apps
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import RequestFactory
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, ReferenceIndex, Site
from wagtail_localize.models import Translation

from campaign.models import CoachingSignupPage, PartnerOffer, StoryPage
from campaign.models import Testimonial as TestimonialSnippet
from home.models import ContentPage, HomePage
from portal.models import Navigation
from portal.renditions import make_renditions
from shops.models import Category, District, ShopPage


# authenticate() as the sign-in form calls it: django-axes needs the request.
SIGN_IN = RequestFactory().post("/admin/login/")


def snapshot():
    return (
        Page.objects.count(),
        Group.objects.count(),
        Category.objects.count(),
        District.objects.count(),
    )


# History that every run adds to: a new revision of the home pages, its log entries and
# the tasks they queue.
HISTORY = {
    "wagtailcore.Revision",
    "wagtailcore.PageLogEntry",
    "wagtailcore.ModelLogEntry",
    "wagtail_localize.TranslationLog",
    "django_tasks_database.DBTaskResult",  # the task queue: Wagtail's work after each save
}

# Every table the demo writes rows to (pages of each type, images, snippets, bookings,
# accounts, permissions, wagtail-localize's translations).
WRITTEN = [
    "wagtailcore.Page",
    "home.HomePage",
    "home.ContentPage",
    "shops.ShopIndexPage",
    "shops.ShopPage",
    "campaign.StoryIndexPage",
    "campaign.StoryPage",
    "campaign.CoachingSignupPage",
    "campaign.PartnerOffersPage",
    "wagtailcore.Locale",
    "portal.VitrineImage",
    "wagtailcore.Collection",
    "shops.Category",
    "shops.District",
    "shops.OpeningHours",
    "shops.OpeningException",
    "shops.CityDate",
    "shops.BookableService",
    "shops.Booking",
    "campaign.Topic",
    "campaign.StoryTopic",
    "campaign.StoryRelatedShop",
    "campaign.Testimonial",
    "campaign.PartnerOffer",
    "portal.Navigation",
    "auth.User",
    "auth.User_groups",
    "auth.Group",
    "wagtailusers.UserProfile",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.GroupCollectionPermission",
    "wagtail_localize.TranslatableObject",
    "wagtail_localize.TranslationSource",
    "wagtail_localize.Translation",
    "wagtail_localize.String",
    "wagtail_localize.StringTranslation",
]


def row_counts():
    """{model label: rows} for every table of the project and its libraries but history."""
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and model._meta.label not in HISTORY
    }


def queued_task_paths():
    return set(DBTaskResult.objects.values_list("task_path", flat=True))


# What a resident of each language types to find the demo's florist, Fleurs du Beffroi.
FLORIST_SEARCHES = {
    "/fr/trouver-un-commerce/": "fleuriste beffroi",
    "/nl/winkel-zoeken/": "bloemist",
    "/de/geschaeft-finden/": "Blumen",
    "/en/find-a-shop/": "florist",
}


def rendition_tasks():
    return DBTaskResult.objects.filter(task_path=make_renditions.module_path).count()


def test_load_demo_builds_the_site_and_running_it_again_duplicates_nothing(
    db, client, capsys, queued_mail
):
    empty = row_counts()
    call_command("load_demo", admin_password="s3cret-demo")
    # Searchable as soon as the command returns, before the task worker ran: the command
    # updated the search and reference indexes itself; only pictures wait for the worker.
    assert queued_task_paths() == {make_renditions.module_path}
    for finder, typed in FLORIST_SEARCHES.items():
        assert "Fleurs du Beffroi" in client.get(finder, {"q": typed}).content.decode(), finder
    florist = ShopPage.objects.get(slug="fleurs-du-beffroi", locale__language_code="fr")
    assert ReferenceIndex.get_references_to(florist.logo).exists()
    first = snapshot()
    first_rows = row_counts()
    # The pictures' renditions wait for the task worker (`make run` starts it), one task
    # per page showing pictures, not one per publish of the load.
    queued = rendition_tasks()
    assert 24 <= queued <= first_rows["wagtailcore.Page"]
    call_command("load_demo", admin_password="s3cret-demo")
    assert rendition_tasks() == queued

    assert snapshot() == first
    assert {label for label in WRITTEN if first_rows[label] <= empty[label]} == set()
    second_rows = row_counts()
    assert {k: (v, second_rows[k]) for k, v in first_rows.items() if second_rows[k] != v} == {}
    output = capsys.readouterr().out
    assert "user 'admin', password 's3cret-demo'" in output
    assert authenticate(SIGN_IN, username="admin", password="s3cret-demo").is_superuser
    assert {"City editors", "Merchants"} <= set(Group.objects.values_list("name", flat=True))

    # Home page: French source and its translations, managed by wagtail-localize.
    titles = {p.locale.language_code: p.title for p in HomePage.objects.live()}
    assert titles == {
        "fr": "Vitrine : les commerces de Mons en ligne",
        "nl": "Vitrine: de winkels van Bergen online",
        "de": "Vitrine: die Geschäfte von Mons online",
        "en": "Vitrine: the shops of Mons, online",
    }
    french = HomePage.objects.get(locale__language_code="fr")
    assert Site.objects.get(is_default_site=True).root_page_id == french.pk
    assert Translation.objects.filter(source__object_id=french.translation_key).count() == 3

    # Shops: 24 in French, each translated, with districts of Mons and real content.
    assert ShopPage.objects.live().filter(locale__language_code="fr").count() == 24
    assert ShopPage.objects.live().count() == 96
    assert District.objects.filter(locale__language_code="fr").count() == 18
    dutch_florist = ShopPage.objects.get(slug="fleurs-du-beffroi", locale__language_code="nl")
    assert dutch_florist.category.name == "Bloemist"
    assert "Grote Markt" in dutch_florist.short_description
    assert dutch_florist.product_count > 0 and dutch_florist.is_digitalised
    assert dutch_florist.opening_exceptions.filter(reason="public_holiday").exists()

    # Campaign: stories, testimonials, coaching, offers, legal pages, all translated.
    assert StoryPage.objects.live().count() == 6 * 4
    assert TestimonialSnippet.objects.count() == 8 * 4
    assert PartnerOffer.objects.count() == 3 * 4
    assert CoachingSignupPage.objects.live().count() == 4
    assert ContentPage.objects.live().count() == 3 * 4
    assert Navigation.objects.count() == 4
    german_story = StoryPage.objects.filter(locale__language_code="de").first()
    french_story = StoryPage.objects.get(
        translation_key=german_story.translation_key, locale__language_code="fr"
    )
    assert german_story.title != french_story.title and german_story.intro != french_story.intro

    # Two demo merchants, each owning one shop.
    florist = ShopPage.objects.get(slug="fleurs-du-beffroi", locale__language_code="fr")
    assert florist.owner.username == "merchant-fleurs"
    assert authenticate(SIGN_IN, username="merchant-velos", password="vitrine-merchant") is not None

    # Pictures: drawn when the demo loads, each use with its alt text in every language.
    assert_every_shop_and_story_has_pictures_described_in_its_language()


def assert_every_shop_and_story_has_pictures_described_in_its_language():
    from portal.blocks import collect

    shops = ShopPage.objects.live().select_related("locale", "logo", "storefront")
    alts_by_language = {}
    for shop in shops:
        language = shop.locale.language_code
        assert shop.logo and shop.storefront and shop.share_image == shop.storefront, shop.url
        assert shop.storefront_alt and shop.title in shop.storefront_alt
        products = collect(shop.body, "products")
        photos = collect(shop.gallery, "images")
        assert len([p for p in products if p["image"]]) >= 3 or len(photos) >= 3, shop.url
        assert all(p["image"] and p["image_alt"] for p in products)
        assert len(photos) >= 3 and all(photo.contextual_alt_text for photo in photos)
        alts_by_language.setdefault(language, set()).update(
            [shop.storefront_alt, *(p.contextual_alt_text for p in photos)]
        )
    assert alts_by_language.keys() == {"fr", "nl", "de", "en"}
    starts = {"fr": "Illustration : ", "nl": "Illustratie: ", "de": "Illustration: "}
    for language, start in starts.items():
        assert all(alt.startswith(start) for alt in alts_by_language[language]), language
    # No language shows another's alt text: translations, not copies.
    assert not alts_by_language["nl"] & alts_by_language["fr"]
    assert not alts_by_language["de"] & alts_by_language["en"]

    stories = StoryPage.objects.live().select_related("hero_image", "locale")
    assert all(story.hero_image and story.share_image == story.hero_image for story in stories)
    story_alts = {story.locale.language_code: story.hero_alt for story in stories}
    assert len(set(story_alts.values())) == 4 and "Bergen" in story_alts["nl"]
