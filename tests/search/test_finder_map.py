"""The finder's map: the points of every shop the list finds, with its filters, in a
fixed number of queries, shared by anonymous readers and fresh after a publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.factories import CategoryFactory, create_shop, translate_everything


def points_url(lang="fr"):
    with translation.override(lang):
        return reverse("finder_points")


def names(response):
    return sorted(point[2] for point in response.json()["points"])


@pytest.fixture
def shops(shop_index):
    bakery = CategoryFactory(name="Boulangerie", schema_type="Bakery")
    florist = create_shop(shop_index, title="Fleurs du Beffroi", offers_delivery=True)
    translate_everything(florist, languages=("nl",))
    return {
        "florist": florist,
        "bakery": create_shop(
            shop_index, title="Pain de Jemappes", category=bakery, description="Pains au levain."
        ),
        "unplaced": create_shop(
            shop_index, title="Café sans adresse", latitude=None, longitude=None
        ),
    }


def test_the_map_has_every_placed_shop_with_its_position_name_and_address(client, shops):
    response = client.get(points_url())

    assert response.status_code == 200
    florist = shops["florist"]
    assert [50.45401, 3.95204, "Fleurs du Beffroi", florist.url] in response.json()["points"]
    # A shop without a position is in the list only.
    assert names(response) == ["Fleurs du Beffroi", "Pain de Jemappes"]


def test_the_map_follows_the_finders_filters_and_text(client, shops):
    assert names(client.get(points_url(), {"category": "boulangerie"})) == ["Pain de Jemappes"]
    assert names(client.get(points_url(), {"service": "delivery"})) == ["Fleurs du Beffroi"]
    assert names(client.get(points_url(), {"q": "levain"})) == ["Pain de Jemappes"]
    # A misspelt word is corrected as in the list.
    assert names(client.get(points_url(), {"q": "jemapes"})) == ["Pain de Jemappes"]
    assert names(client.get(points_url(), {"q": "zzzzqqq"})) == []


def test_each_language_maps_its_own_pages(client, shops):
    dutch = client.get(points_url("nl")).json()["points"]

    assert len(dutch) == 1
    assert dutch[0][2] == "Fleurs du Beffroi [nl]"
    assert dutch[0][3].startswith("/nl/")


def test_query_count_does_not_grow_with_the_number_of_shops(client, shop_index):
    for n in range(2):
        create_shop(shop_index, title=f"Fleurs {n}", offers_delivery=True)

    def queries():
        counts = {}
        for params in ({}, {"q": "fleurs"}, {"category": "fleuriste", "service": "delivery"}):
            client.get(points_url(), params)  # warm the caches (site root paths)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(points_url(), params)
            counts[str(params)] = (len(captured), len(response.json()["points"]))
        return counts

    few = queries()
    for n in range(2, 25):
        create_shop(shop_index, title=f"Fleurs {n}", offers_delivery=True)
    many = queries()
    assert {key: count for key, (count, _) in many.items()} == {
        key: count for key, (count, _) in few.items()
    }
    assert all(many[key][1] > few[key][1] for key in few)  # more shops were found


@pytest.mark.parametrize(
    "params", [{"q": "x" * 5000}, {"category": "\u00e9" * 90}, {"page": "-1"}, {"open": "yes"}]
)
def test_odd_parameters_get_an_answer_not_an_error(client, shops, params):
    assert client.get(points_url(), params).status_code == 200


def test_anonymous_readers_share_the_points_and_a_publish_refreshes_them(
    client, settings, shops, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(points_url())
    with CaptureQueriesContext(connection) as queries:
        again = client.get(points_url())

    assert "public" in again["Cache-Control"] and len(queries) == 0
    assert again.content == first.content

    bakery = shops["bakery"]
    bakery.title = "Pain de Jemappes et Cie"
    with django_capture_on_commit_callbacks(execute=True):
        bakery.save_revision().publish()
    assert "Pain de Jemappes et Cie" in names(client.get(points_url()))


def test_open_now_points_are_never_kept(client, settings, shops):
    settings.PAGE_CACHE_ENABLED = True

    response = client.get(points_url(), {"open": "1"})

    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
