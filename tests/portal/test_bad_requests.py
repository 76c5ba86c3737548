"""Requests no page expects still get a clear answer, never a 500."""

import pytest


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
