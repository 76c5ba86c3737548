"""Searching as residents type: word forms and other languages' words, a prefix while
typing, typos with "did you mean", accessibility and language facets, the order of names,
labelled suggestions, and odd input — in French, Dutch, German and English."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from portal.demo.content import read
from search.spelling import rebuild
from shops.models import ShopPage
from tests.conftest import SharedData, the_shop_index
from tests.factories import CategoryFactory, DistrictFactory, create_shop


def finder_url(lang="fr"):
    with translation.override(lang):
        return reverse("finder")


def suggestions_url(lang="fr"):
    with translation.override(lang):
        return reverse("finder_suggestions")


def titles(html):
    found = re.findall(r'<h2 class="shop-card__title"><a href="[^"]+">([^<]+)</a>', html)
    return [unescape(title) for title in found]


def found(client, query, lang="fr", **params):
    return titles(client.get(finder_url(lang), {"q": query, **params}).content.decode())


def count_of(html, name, value):
    pattern = rf'name="{name}" value="{value}"[^>]*>[^<]*<span class="count">\((\d+)\)</span>'
    return int(re.search(pattern, html).group(1))


def demo_category(slug):
    """A category of the demo data, with its names and synonyms in the four languages:
    {language code: category}."""
    row = next(row for row in read("shops")["categories"] if row["slug"] == slug)
    french = CategoryFactory(
        name=row["name"]["fr"],
        slug=slug,
        schema_type=row["schema_type"],
        synonyms=row["synonyms"]["fr"],
    )
    categories = {"fr": french}
    for lang in ("nl", "de", "en"):
        categories[lang] = CategoryFactory(
            name=row["name"][lang],
            slug=slug,
            schema_type=row["schema_type"],
            synonyms=row["synonyms"][lang],
            locale=Locale.objects.get(language_code=lang),
            translation_key=french.translation_key,
        )
    return categories


def in_other_languages(shop, categories, districts):
    """The shop's nl, de and en pages, copying its French text (the merchant wrote no
    other), each with the category and district of its language."""
    for lang in ("nl", "de", "en"):
        copy = shop.copy_for_translation(Locale.objects.get(language_code=lang))
        copy.title = f"{shop.title} [{lang}]"
        copy.category = categories[lang]
        copy.district = districts[lang]
        copy.save_revision().publish()


# What four of the town's premises offer, in every language.
PREMISES = {
    "fleuriste": {"step_free_entrance": True, "wheelchair_access": "full"},
    "boulangerie": {"step_free_entrance": True, "languages_spoken": ["fr", "en"]},
    "velos": {"hearing_loop": True, "accessible_toilet": True, "languages_spoken": ["nl"]},
    "epicerie": {"wheelchair_access": "partial", "languages_spoken": ["de", "en"]},
}


def build_town(shop_index):
    """Five shops written in French only, and their nl, de and en pages: {slug: pk}."""
    districts = {}
    for name, postcode in (("Jemappes", "7012"), ("Cuesmes", "7033")):
        french = DistrictFactory(name=name, postcode=postcode)
        districts[name] = {"fr": french}
        for lang in ("nl", "de", "en"):
            districts[name][lang] = DistrictFactory(
                name=name,
                postcode=postcode,
                locale=Locale.objects.get(language_code=lang),
                translation_key=french.translation_key,
            )
    rows = [
        ("Au Jardin d'Hélène", "fleuriste", "Jemappes", "Compositions et plantes d'intérieur."),
        ("Institut Fleur de Peau", "institut-de-beaute", "Cuesmes", "Soins du visage."),
        ("Boulangerie Dufour", "boulangerie", "Jemappes", "Pains au levain et croissants."),
        ("Cycles Legrand", "velos", "Cuesmes", "Vente et entretien, depuis 1962."),
        ("Épicerie Verte", "epicerie", "Jemappes", "Produits en vrac."),
    ]
    shops = {}
    for title, slug, district, description in rows:
        categories = demo_category(slug)
        shop = create_shop(
            shop_index,
            title=title,
            category=categories["fr"],
            district=districts[district]["fr"],
            short_description=description,
            description="",
            **PREMISES.get(slug, {}),
        )
        in_other_languages(shop, categories, districts[district])
        shops[slug] = shop.pk
    return shops


@SharedData.piece("town")
def town_pks(below):
    return build_town(the_shop_index(below))


@pytest.fixture
def town(shop_index):
    """The five shops (French pages), shared by this module's tests: {category slug: page}."""
    return {slug: ShopPage.objects.get(pk=pk) for slug, pk in SharedData.built("town").items()}


# --- 1. word forms, 4. other languages' words --------------------------------------


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        # "fleur" meets the florist (category "Fleuriste", synonym "fleurs") and a name.
        ("fr", "fleur", ["Institut Fleur de Peau", "Au Jardin d'Hélène"]),
        ("fr", "fleurs", ["Institut Fleur de Peau", "Au Jardin d'Hélène"]),
        ("fr", "boulangeries", ["Boulangerie Dufour"]),  # plural: only the stem meets
        ("fr", "croissant levain", ["Boulangerie Dufour"]),
        ("nl", "bakkerijen", ["Boulangerie Dufour"]),
        ("nl", "fietsen", ["Cycles Legrand"]),
        ("de", "Bäckereien", ["Boulangerie Dufour"]),
        ("de", "Fahrräder", ["Cycles Legrand"]),
        ("en", "bakeries", ["Boulangerie Dufour"]),
        ("en", "flowers", ["Au Jardin d'Hélène"]),
    ],
)
def test_singular_plural_and_trade_words_meet(client, town, lang, query, expected):
    result = found(client, query, lang)

    assert sorted(result) == sorted(
        f"{title} [{lang}]" if lang != "fr" else title for title in expected
    )


@pytest.mark.parametrize(
    ("lang", "query"),
    [("de", "Fahrrad"), ("fr", "Fahrrad"), ("fr", "fiets"), ("en", "vélo"), ("nl", "bike")],
)
def test_a_word_of_another_language_finds_the_bike_shop(client, town, lang, query):
    suffix = "" if lang == "fr" else f" [{lang}]"

    assert found(client, query, lang) == [f"Cycles Legrand{suffix}"]


def test_every_demo_category_has_names_and_synonyms_in_the_four_languages():
    for row in read("shops")["categories"]:
        for field in ("name", "synonyms"):
            assert set(row[field]) == {"fr", "nl", "de", "en"}, row["slug"]
            assert all(text.strip() for text in row[field].values()), row["slug"]


# --- 2. prefixes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("fr", "boulang", "Boulangerie Dufour"),
        ("fr", "cyc", "Cycles Legrand"),
        ("fr", "duf", "Boulangerie Dufour"),  # three letters are enough
        ("fr", "pains au lev", "Boulangerie Dufour"),
        ("nl", "fietsenma", "Cycles Legrand [nl]"),
        ("de", "Fahrradw", "Cycles Legrand [de]"),
        ("en", "bicyc", "Cycles Legrand [en]"),
    ],
)
def test_the_last_word_matches_as_it_is_being_typed(client, town, lang, query, expected):
    assert found(client, query, lang) == [expected]


def test_two_letters_match_as_a_word_not_as_the_start_of_every_word(client, town):
    # "cy" starts a third of all words somewhere: it tells nothing apart yet.
    assert found(client, "cy") == []
    assert found(client, "cyc") == ["Cycles Legrand"]
    assert found(client, "dufour le") == ["Boulangerie Dufour"]  # "le" is left out


def test_suggestions_say_category_or_shop_and_where(client, town):
    suggestions = client.get(suggestions_url(), {"q": "boulang"}).json()["suggestions"]

    assert [(s["label"], s["kind_label"], s["district"]) for s in suggestions] == [
        ("Boulangerie-pâtisserie", "Catégorie", ""),
        ("Boulangerie Dufour", "Commerce", "Jemappes"),
    ]
    assert suggestions[0]["url"] == f"{finder_url()}?category=boulangerie"
    assert suggestions[1]["url"] == town["boulangerie"].url


def test_suggestions_follow_the_finders_rule_in_the_visitors_language(client, town):
    german = client.get(suggestions_url("de"), {"q": "fahrr"}).json()["suggestions"]
    two_words = client.get(suggestions_url(), {"q": "cycles leg"}).json()["suggestions"]
    english = client.get(suggestions_url("en"), {"q": "flow"}).json()["suggestions"]

    assert [(s["label"], s["kind_label"]) for s in german] == [
        ("Fahrräder und Werkstatt", "Kategorie")
    ]
    assert [s["label"] for s in two_words] == ["Cycles Legrand"]
    assert [s["label"] for s in english] == ["Florist"]  # by its synonym "flowers"


# --- 3. typos ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "corrected", "expected"),
    [
        ("fr", "boulanegrie", "boulangerie", "Boulangerie Dufour"),  # swapped letters
        ("fr", "Legrnd", "legrand", "Cycles Legrand"),  # a missing letter
        ("fr", "dufuor", "dufour", "Boulangerie Dufour"),
        ("de", "Fahrad", "fahrrad", "Cycles Legrand [de]"),
        ("nl", "fietsenmakker", "fietsenmaker", "Cycles Legrand [nl]"),
        ("en", "bycicle", "bicycle", "Cycles Legrand [en]"),  # two wrong letters
    ],
)
def test_a_typo_still_finds_the_shop_and_says_what_was_searched(
    client, town, lang, typed, corrected, expected
):
    rebuild()  # the vocabulary of names, categories and districts
    html = client.get(finder_url(lang), {"q": typed}).content.decode()

    assert titles(html) == [expected]
    notice = html.split('class="finder__correction">')[1].split("</p>")[0]
    assert corrected in notice and typed in notice
    assert f'value="{corrected}"' in html  # the box shows what was searched


def test_the_correction_notice_is_translated(client, town):
    html = client.get(finder_url(), {"q": "dufuor"}).content.decode()

    assert "Vouliez-vous dire « dufour » ? Résultats pour « dufour »" in html


def test_a_word_with_no_near_name_gives_the_plain_empty_state(client, town):
    html = client.get(finder_url(), {"q": "xylophone"}).content.decode()

    assert titles(html) == [] and "finder__correction" not in html
    assert "Aucun commerce ne correspond à votre recherche." in html


def test_a_query_with_results_is_not_corrected(client, town):
    html = client.get(finder_url(), {"q": "fleur"}).content.decode()

    assert "finder__correction" not in html


# --- 5. accessibility, languages, bookings ----------------------------------------


def test_accessibility_facets_filter_and_count(client, town):
    html = client.get(finder_url(), {"access": "step_free"}).content.decode()

    assert sorted(titles(html)) == ["Au Jardin d'Hélène", "Boulangerie Dufour"]
    assert count_of(html, "access", "step_free") == 2  # own facet ignores itself
    assert count_of(html, "access", "wheelchair") == 1  # "partial" is not wheelchair access
    # Like services, a fact counts the shops that have it whatever facts are ticked.
    assert count_of(html, "access", "hearing_loop") == 1
    both = client.get(finder_url(), {"access": ["step_free", "wheelchair"]}).content.decode()
    assert titles(both) == ["Au Jardin d'Hélène"]
    assert "Entrée de plain-pied" in html and "Boucle magnétique" in html


def test_languages_spoken_facet_offers_any_of_the_ticked_languages(client, town):
    html = client.get(finder_url(), {"speaks": ["en", "nl"]}).content.decode()

    assert titles(html) == ["Boulangerie Dufour", "Cycles Legrand", "Épicerie Verte"]
    assert count_of(html, "speaks", "en") == 2 and count_of(html, "speaks", "de") == 1
    assert 'value="it"' not in html  # nobody speaks Italian: not offered
    german = client.get(finder_url("de"), {"speaks": "en"}).content.decode()
    assert "Sprachen" in german and count_of(german, "speaks", "en") == 2


def test_facets_combine_with_text_and_each_other(client, town):
    params = {"q": "boulangerie", "access": "step_free", "speaks": "en"}
    html = client.get(finder_url(), params).content.decode()

    assert titles(html) == ["Boulangerie Dufour"]
    assert count_of(html, "speaks", "en") == 1 and count_of(html, "access", "step_free") == 1


def test_the_shop_page_tells_search_engines_its_access_and_languages(client, town):
    html = client.get(town["boulangerie"].url).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.+?)</script>', html).group(1))

    assert data["knowsLanguage"] == ["fr", "en"]
    assert data["amenityFeature"] == [
        {"@type": "LocationFeatureSpecification", "name": "entrée de plain-pied", "value": True}
    ]
    florist = client.get(town["fleuriste"].url).content.decode()
    assert '"name": "accès en fauteuil roulant", "value": true' in florist


# --- 6. order of names -------------------------------------------------------------


def test_names_sort_with_accented_letters_among_their_letter(client, town):
    html = client.get(finder_url(), {"sort": "name"}).content.decode()
    categories = re.findall(r'name="category" value="[^"]+"[^>]*>\s*([^<]+?) <span', html)

    assert titles(html) == [
        "Au Jardin d'Hélène",
        "Boulangerie Dufour",
        "Cycles Legrand",
        "Épicerie Verte",
        "Institut Fleur de Peau",
    ]
    assert categories == [
        "Boulangerie-pâtisserie",
        "Épicerie",
        "Fleuriste",
        "Institut de beauté",
        "Vélos et réparations",
    ]


# --- bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["a", "de la les", "!!! ??? ...", "e" * 200, "Мons boulangerie", "🌷🥖", "fleur🌷", "日本"],
)
def test_odd_queries_give_a_page_and_suggestions_not_an_error(client, town, query):
    page = client.get(finder_url(), {"q": query})
    suggest = client.get(suggestions_url(), {"q": query})

    assert page.status_code == 200 and suggest.status_code == 200
    assert isinstance(suggest.json()["suggestions"], list)


@pytest.mark.parametrize(("lang", "query"), [("fr", "de la les"), ("en", "the and"), ("de", "🌷")])
def test_a_query_of_only_stop_words_or_symbols_explains_what_to_type(client, town, lang, query):
    html = client.get(finder_url(lang), {"q": query}).content.decode()

    assert titles(html) == []
    assert "finder__correction" not in html
    with translation.override(lang):
        expected = gettext(
            "Your search has no word to look for. Type a shop’s name, what it sells or the "
            "kind of shop, for example “bakery”."
        )
    assert expected in html.replace("&#x27;", "'").replace("&rsquo;", "’")
