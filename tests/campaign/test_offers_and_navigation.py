"""Partner offers show their real cost; menu and footer follow the visitor's language."""

import re
import uuid
from decimal import Decimal

from campaign.models import PartnerOffer, PartnerOffersPage
from portal.models import Navigation
from portal.translation import translate_from_french
from tests.factories import PartnerOfferFactory, TestimonialFactory, create_shop


def test_offer_costs_count_the_free_months():
    monthly = PartnerOffer(free_months=6, price_after=Decimal("19.00"), price_period="month")
    yearly = PartnerOffer(free_months=3, price_after=Decimal("120"), price_period="year")
    long_free = PartnerOffer(free_months=18, price_after=Decimal("10"), price_period="month")

    assert monthly.cost_first_year() == Decimal("114.00")
    assert monthly.cost_per_year_after() == Decimal("228.00")
    assert yearly.cost_first_year() == Decimal("120") and yearly.cost_per_year_after() == Decimal(
        "120"
    )
    assert long_free.cost_first_year() == 0


def test_offers_page_lists_offers_side_by_side_with_prices(client, home_pages):
    PartnerOfferFactory(partner="Boutiko", free_months=6, price_after=Decimal("19.00"))
    PartnerOfferFactory(partner="Agendo", tool_type="booking", price_after=Decimal("9.90"))
    page = home_pages["fr"].add_child(
        instance=PartnerOffersPage(title="Offres", slug="offres", locale=home_pages["fr"].locale)
    )
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert re.findall(r'<p class="offer__partner">([^ ]+) ·', html) == ["Agendo", "Boutiko"]
    assert "19,00\xa0€ par mois" in html and "114,00\xa0€" in html
    assert 'href="https://boutiko.example/donnees/"' in html


def link(label, page=None, url=""):
    return {
        "type": "link",
        "id": str(uuid.uuid4()),
        "value": {"label": label, "page": page.pk if page else None, "url": url},
    }


def test_menu_and_footer_are_translated_and_link_pages_in_the_visitors_language(
    client, legal_notice, home_pages
):
    navigation = Navigation.objects.create(
        locale=home_pages["fr"].locale,
        menu=[link("Mentions", legal_notice["fr"])],
        footer_links=[link("Contact", url="https://www.mons.example/contact")],
        footer_text="Une campagne de la Ville de Mons.",
        contact="vitrine@mons.example",
    )
    translate_from_french(
        navigation,
        {
            "Mentions": {"nl": "Vermeldingen", "de": "Impressum", "en": "Legal"},
            "Contact": {"nl": "Contact", "de": "Kontakt", "en": "Contact"},
            "Une campagne de la Ville de Mons.": {
                "nl": "Een campagne van de stad Bergen.",
                "de": "Eine Kampagne der Stadt Mons.",
                "en": "A campaign of the City of Mons.",
            },
            "vitrine@mons.example": dict.fromkeys(("nl", "de", "en"), "vitrine@mons.example"),
        },
    )

    dutch = client.get("/nl/").content.decode()
    german = client.get("/de/").content.decode()

    assert '<a href="/nl/wettelijke-vermelding/">Vermeldingen</a>' in dutch
    assert "Een campagne van de stad Bergen." in dutch
    # No German translation of the legal notice: the link keeps the French page.
    assert '<a href="/fr/mentions-legales/">Impressum</a>' in german
    assert '<a href="https://www.mons.example/contact">Kontakt</a>' in german


def test_navigation_falls_back_to_french_until_translated(client, home_pages):
    Navigation.objects.create(
        locale=home_pages["fr"].locale, menu=[link("Accueil", home_pages["fr"])]
    )

    html = client.get("/en/").content.decode()

    assert '<a href="/en/" aria-current="page">Accueil</a>' in html


def test_shop_page_shows_its_own_testimonials(client, shop_index):
    shop = create_shop(shop_index)
    other = create_shop(shop_index, title="Autre")
    TestimonialFactory(quote="Mes clients réservent le soir.", shop=shop)
    TestimonialFactory(quote="Pas ce commerce-ci.", shop=other)

    html = client.get(shop.url).content.decode()

    assert "Mes clients réservent le soir." in html and "Pas ce commerce-ci." not in html
