"""The site tree built once per test database looks, to each test, as if built for it."""

from wagtail.models import Locale, Page, Site

from home.models import HomePage
from shops.models import ShopIndexPage


def test_a_test_without_home_pages_sees_a_freshly_migrated_tree(db):
    pages = Page.objects.order_by("path")
    assert [(p.depth, p.title, p.specific_class) for p in pages] == [
        (1, "Root", Page),
        (2, "Welcome to your new Wagtail site!", Page),
    ]
    site = Site.objects.get()
    assert (site.hostname, site.port, site.is_default_site) == ("localhost", 80, True)
    assert site.root_page_id == pages[1].pk
    assert list(Locale.objects.values_list("language_code", flat=True)) == ["fr"]


def test_home_pages_alone_come_without_the_directory(home_pages):
    assert sorted(home_pages) == ["de", "en", "fr", "nl"]
    assert {p.locale.language_code for p in HomePage.objects.all()} == set(home_pages)
    assert not ShopIndexPage.objects.exists()
    assert Site.objects.get(is_default_site=True).root_page_id == home_pages["fr"].pk


def test_the_directory_is_translated_and_fresh_in_each_test(shop_index):
    copies = ShopIndexPage.objects.filter(translation_key=shop_index.translation_key)
    assert {p.locale.language_code: p.url for p in copies} == {
        "fr": "/fr/commerces/",
        "nl": "/nl/winkels/",
        "de": "/de/geschaefte/",
        "en": "/en/shops/",
    }
    shop_index.title = "Changed by a test"
    shop_index.save()  # rolled back: the next test sees "Commerces" again


def test_a_change_made_by_an_earlier_test_is_rolled_back(shop_index):
    assert ShopIndexPage.objects.get(pk=shop_index.pk).title == "Commerces"
