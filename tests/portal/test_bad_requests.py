"""Requests no page expects still get a clear answer, never a 500."""

import pytest

from tests.factories import create_shop, translate_everything


@pytest.mark.parametrize(
    "url",
    [
        "/fr/commerces/?category=%00",
        "/fr/commerces/?district=x%00y",
        "/fr/?q=%00",
        "/admin/api/main/pages/?search=%00",
    ],
)
def test_nul_bytes_are_refused_with_400(client, shop_index, url):
    assert client.get(url).status_code == 400


def test_nul_bytes_in_a_form_post_are_refused_with_400(client, home_pages):
    assert client.post("/fr/", {"name": "a\x00b"}).status_code == 400


# One character that Unicode decomposes into four words: 60 of them made a 240-word query.
LIGATURES = "\ufdfa" * 60


@pytest.mark.parametrize(
    "path", ["/fr/trouver-un-commerce/", "/fr/commerces/", "/nl/winkel-zoeken/"]
)  # noqa: E501
@pytest.mark.parametrize(
    "query",
    [LIGATURES, "fleur " * 150, '"a" ' * 100 + "OR " * 50],
    ids=["ligatures", "repeated-word", "quotes-and-operators"],
)
def test_searches_that_expand_into_hundreds_of_words_answer_normally(
    client, shop_index, path, query
):
    translate_everything(create_shop(shop_index), languages=("nl",))

    response = client.get(path, {"q": query})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
