"""Merchant A attacks merchant B's shop and everything else they must not touch.

Every request is what a logged-in merchant could forge by hand: a changed id in a URL,
a POST without the button that would show it. Each must be refused and change nothing.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    Collection,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import streamfield
from wagtail_localize.models import Translation

from portal.models import VitrineImage
from shops.models import Category, ShopPage
from tests.admin_forms import product_data, shop_form_data
from tests.factories import ImageFactory, create_shop


def assert_refused(response, label="", to=None):
    """Wagtail refuses a merchant with a redirect to the dashboard ("permission denied").

    ``to`` names another admin URL for a view that redirects there first; that URL is
    then checked on its own. No view here answers 403 or 404 to a logged-in merchant.
    """
    expected = to or reverse("wagtailadmin_home")
    location = response.get("Location")
    assert (response.status_code, location) == (302, expected), (
        f"{label} answered {response.status_code} {location or ''}, not a redirect to {expected}"
    )


def site_state():
    """Everything a refused admin view could have changed, for a before/after comparison."""
    user_model = get_user_model()
    return {
        "pages": {
            p.pk: (
                p.title,
                p.slug,
                p.path,
                p.url_path,
                p.live,
                p.has_unpublished_changes,
                p.latest_revision_id,
                p.locked,
                p.locked_by_id,
                p.alias_of_id,
                p.owner_id,
            )
            for p in Page.objects.all()
        },
        "revisions": set(Revision.objects.values_list("pk", flat=True)),
        "workflow states": set(WorkflowState.objects.values_list("pk", "status")),
        "task states": set(TaskState.objects.values_list("pk", "status")),
        "page log": PageLogEntry.objects.count(),
        "model log": ModelLogEntry.objects.count(),
        "privacy": PageViewRestriction.objects.count(),
        "translations": set(Translation.objects.values_list("pk", "enabled")),
        "images": set(VitrineImage.objects.values_list("pk", "title", "file", "collection_id")),
        "collections": set(Collection.objects.values_list("pk", "name")),
        "users": set(user_model.objects.values_list("pk", "email", "is_active", "is_superuser")),
        "groups": set(Group.objects.values_list("pk", "name")),
        "memberships": set(user_model.groups.through.objects.values_list("pk", flat=True)),
        "mails": len(mail.outbox),
    }


@pytest.fixture
def shop_b(two_merchants):
    return two_merchants["b"][1]


@pytest.fixture
def dutch_shop_b(shop_b):
    return ShopPage.objects.get(translation_key=shop_b.translation_key, locale__language_code="nl")


@pytest.fixture
def b_submitted(two_merchants):
    """Merchant B has a change waiting for approval."""
    merchant_b, shop = two_merchants["b"]
    client = Client()
    client.force_login(merchant_b)
    data = shop_form_data(shop, phone="+32 65 00 09 09", **{"action-submit": "submit"})
    client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)
    client.logout()
    return Page.objects.get(pk=shop.pk).current_workflow_state.current_task_state


def page_urls(page_id, revision_id, parent_id):
    """Every admin URL of one page (the revisions index first redirects to the history)."""
    return [
        ("get", reverse("wagtailadmin_pages:edit", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:delete", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:delete", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:unpublish", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:unpublish", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:move", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:move_confirm", args=[page_id, parent_id])),
        ("get", reverse("wagtailadmin_pages:copy", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:copy", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:history", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:revisions_index", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:revisions_view", args=[page_id, revision_id])),
        ("post", reverse("wagtailadmin_pages:revisions_revert", args=[page_id, revision_id])),
        ("get", reverse("wagtailadmin_pages:view_draft", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:preview_on_edit", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:lock", args=[page_id])),
        ("post", reverse("wagtailadmin_pages:unlock", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:set_privacy", args=[page_id])),
        ("get", reverse("wagtailadmin_pages:workflow_history", args=[page_id])),
        ("get", reverse("shops_add_public_holidays", args=[page_id])),
        ("post", reverse("shops_add_public_holidays", args=[page_id])),
    ]


def test_every_admin_url_of_another_merchants_shop_is_refused(
    merchant_client, shop_b, dutch_shop_b
):
    before = {p.pk: (p.title, p.live, p.path, p.latest_revision_id) for p in ShopPage.objects.all()}
    revisions = Revision.objects.count()
    state = site_state()
    for page in (shop_b, dutch_shop_b):
        revision = page.get_latest_revision()
        revisions_index = reverse("wagtailadmin_pages:revisions_index", args=[page.pk])
        history = reverse("wagtailadmin_pages:history", args=[page.pk])  # refused in its turn
        for method, url in page_urls(page.pk, revision.pk, page.get_parent().pk):
            response = getattr(merchant_client, method)(url)
            to = history if url == revisions_index else None
            assert_refused(response, f"{method.upper()} {url}", to)

    assert {
        p.pk: (p.title, p.live, p.path, p.latest_revision_id) for p in ShopPage.objects.all()
    } == before
    assert Revision.objects.count() == revisions
    assert site_state() == state


def test_posting_another_merchants_edit_form_changes_nothing(merchant_client, shop_b):
    data = shop_form_data(shop_b, title="Hacked", **{"action-publish": "publish"})
    state = site_state()

    response = merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop_b.pk]), data)

    assert_refused(response)
    assert ShopPage.objects.get(pk=shop_b.pk).get_latest_revision_as_object().title != "Hacked"
    assert site_state() == state


def test_merchant_cannot_act_on_another_merchants_workflow(merchant_client, shop_b, b_submitted):
    state = site_state()
    for action in ("approve", "reject"):
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[shop_b.pk, action, b_submitted.pk]
        )
        response = merchant_client.post(url, {"comment": "ok"})
        assert_refused(response, action)

    assert site_state() == state
    b_submitted.refresh_from_db()
    assert b_submitted.status == "in_progress"
    assert ShopPage.objects.get(pk=shop_b.pk).phone == "+32 65 00 01 23"


def test_merchant_cannot_create_shops_or_pages(merchant_client, shop_index, home_pages):
    state = site_state()
    for parent in (shop_index, home_pages["fr"]):
        url = reverse("wagtailadmin_pages:add_subpage", args=[parent.pk])
        assert_refused(merchant_client.get(url), url)
        url = reverse("wagtailadmin_pages:add", args=["shops", "shoppage", parent.pk])
        assert_refused(merchant_client.get(url), url)
        assert_refused(merchant_client.post(url, {"title": "Fake shop", "slug": "fake"}), url)
    assert not ShopPage.objects.filter(title="Fake shop").exists()
    assert site_state() == state


def test_merchant_cannot_edit_the_home_page_snippets_users_or_invite(
    merchant_client, home_pages, two_merchants
):

    category = Category.objects.first()
    urls = [
        reverse("wagtailadmin_pages:edit", args=[home_pages["fr"].pk]),
        reverse("wagtailsnippets_shops_category:list"),
        reverse("wagtailsnippets_shops_category:edit", args=[category.pk]),
        reverse("wagtailsnippets_shops_district:list"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:edit", args=[two_merchants["b"][0].pk]),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailsites:index"),
        reverse("wagtailadmin_workflows:index"),
        reverse("shops_invite_merchant", args=[two_merchants["a"][1].pk]),
    ]
    state = site_state()
    for url in urls:
        assert_refused(merchant_client.get(url), url)
    assert site_state() == state


def test_merchant_cannot_publish_their_own_page(merchant_client, two_merchants):
    shop = two_merchants["a"][1]
    data = shop_form_data(shop, phone="+32 65 00 06 66", **{"action-publish": "publish"})

    merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    assert ShopPage.objects.get(pk=shop.pk).phone == "+32 65 00 01 23"


def test_merchant_edits_the_french_page_and_leaves_translations_to_the_city(
    merchant_client, two_merchants
):
    shop = two_merchants["a"][1]
    dutch = ShopPage.objects.get(translation_key=shop.translation_key, locale__language_code="nl")
    assert (
        merchant_client.get(reverse("wagtailadmin_pages:edit", args=[shop.pk])).status_code == 200
    )

    # wagtail-localize's translation editor would publish unreviewed text on the next sync.
    state = site_state()
    for method, url in [
        ("get", reverse("wagtailadmin_pages:edit", args=[dutch.pk])),
        ("post", reverse("wagtailadmin_pages:edit", args=[dutch.pk])),
        ("post", reverse("wagtail_localize:convert_to_alias", args=[dutch.pk])),
    ]:
        assert_refused(getattr(merchant_client, method)(url), f"{method} {url}")
    assert site_state() == state


def test_forged_image_ids_from_another_collection_are_refused(
    merchant_client, two_merchants, images
):
    shop = two_merchants["a"][1]
    city_image = ImageFactory(title="Image de la Ville")
    data = shop_form_data(
        shop,
        products=[product_data(image=images["b"].pk)],
        logo=city_image.pk,
        gallery=streamfield(
            [("photo", {"image": images["b"].pk, "alt_text": "Vitrine", "decorative": ""})]
        ),
    )

    response = merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    assert response.status_code == 200
    assert "Vous ne pouvez utiliser que les images de votre propre collection de photos." in (
        response.content.decode()
    )
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    assert draft.logo_id is None and not draft.gallery


def test_own_images_can_be_used(merchant_client, two_merchants, images):
    shop = two_merchants["a"][1]
    data = shop_form_data(shop, products=[product_data(image=images["a"].pk)], logo=images["a"].pk)

    response = merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    assert response.status_code == 302
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    assert draft.logo_id == images["a"].pk


def test_admin_api_lists_only_chooseable_images(merchant_client, images):
    response = merchant_client.get("/admin/api/main/images/?fields=title")

    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Vitrine A"]
    detail = merchant_client.get(f"/admin/api/main/images/{images['b'].pk}/", follow=True)
    assert detail.status_code == 404 and b"Vitrine B" not in detail.content


def test_public_holidays_added_during_approval_restart_the_review_on_them(
    merchant_client, two_merchants
):
    shop = two_merchants["a"][1]
    data = shop_form_data(shop, **{"action-submit": "submit"})
    merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    response = merchant_client.post(reverse("shops_add_public_holidays", args=[shop.pk]))

    assert response.status_code == 302
    shop.refresh_from_db()
    state = shop.current_workflow_state
    # Nothing went live; the city reviews the draft with the holidays, not the older one.
    assert not ShopPage.objects.get(pk=shop.pk).opening_exceptions.exists()
    assert state.current_task_state.revision == shop.get_latest_revision()
    assert shop.get_latest_revision_as_object().opening_exceptions.exists()


def test_another_merchants_city_date_click_is_refused(merchant_client, two_merchants, city_dates):
    other = two_merchants["b"][1]
    before = site_state()

    response = merchant_client.post(
        reverse("shops_add_public_holidays", args=[other.pk]),
        {"city_date": city_dates["fr"].pk},
    )

    assert_refused(response)
    assert site_state() == before


def test_reports_menu_is_hidden_from_merchants(merchant_client):
    html = merchant_client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("wagtailadmin_reports:workflow") not in html


@pytest.fixture
def images(two_merchants):
    """One image in each merchant's personal collection."""

    def collection_of(shop):
        return Collection.objects.get(name__startswith=shop.title)

    return {
        "a": ImageFactory(title="Vitrine A", collection=collection_of(two_merchants["a"][1])),
        "b": ImageFactory(title="Vitrine B", collection=collection_of(two_merchants["b"][1])),
    }


def test_another_merchants_images_are_not_listed_chooseable_or_editable(merchant_client, images):
    listing = merchant_client.get(reverse("wagtailimages:index")).content.decode()
    chooser = merchant_client.get(reverse("wagtailimages_chooser:choose")).content.decode()

    assert "Vitrine A" in listing and "Vitrine B" not in listing
    assert "Vitrine A" in chooser and "Vitrine B" not in chooser
    image_b = images["b"].pk
    state = site_state()
    for method, url in [
        ("get", reverse("wagtailimages:edit", args=[image_b])),
        ("post", reverse("wagtailimages:edit", args=[image_b])),
        ("get", reverse("wagtailimages:delete", args=[image_b])),
        ("post", reverse("wagtailimages:delete", args=[image_b])),
        ("get", reverse("wagtailimages_chooser:chosen", args=[image_b])),
    ]:
        assert_refused(getattr(merchant_client, method)(url), f"{method} {url}")
    assert images["b"].__class__.objects.filter(pk=image_b, title="Vitrine B").exists()
    assert site_state() == state


def test_merchant_cannot_upload_into_another_merchants_collection(merchant_client, images):
    from wagtail.images.tests.utils import get_test_image_file

    collection_b = images["b"].collection
    response = merchant_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sneaky",
            "file": get_test_image_file(),
            "description": "x",
            "collection": collection_b.pk,
        },
    )

    assert response.status_code == 200  # the form refuses the collection
    assert not images["b"].__class__.objects.filter(title="Sneaky").exists()


def test_anonymous_visitor_cannot_reach_drafts_or_previews(client, shop_index):
    draft = create_shop(shop_index, title="Pas encore ouvert")
    draft.unpublish()

    assert client.get(f"/fr/commerces/{draft.slug}/").status_code == 404
    for url in (
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[draft.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("notes.txt", b"not an image at all", "Upload a valid image."),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, "This file is damaged or is not an image."),
    ],
)
def test_non_image_uploads_are_refused_with_a_message(
    merchant_client, two_merchants, filename, content, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(two_merchants["a"][0])
    profile.preferred_language = "en"
    profile.save()
    collection = Collection.objects.get(name__startswith=two_merchants["a"][1].title)

    response = merchant_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(filename, content),
            "description": "x",
            "collection": collection.pk,
        },
    )

    assert response.status_code == 200
    assert message in response.content.decode()

    assert not VitrineImage.objects.filter(title="Upload").exists()


def test_oversized_uploads_are_refused_with_a_message(merchant_client, two_merchants, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.users.models import UserProfile

    photo = get_test_image_file(size=(800, 600)).file.getvalue()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(photo) - 1
    profile = UserProfile.get_for_user(two_merchants["a"][0])
    profile.preferred_language = "en"
    profile.save()
    collection = Collection.objects.get(name__startswith=two_merchants["a"][1].title)

    response = merchant_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Huge",
            "file": SimpleUploadedFile("huge.png", photo),
            "description": "x",
            "collection": collection.pk,
        },
    )

    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()


@pytest.fixture
def draft_of_b(two_merchants, shop_index):
    """A shop page merchant B has not published yet (a draft only the city may see)."""
    _, merchant_b = two_merchants["a"], two_merchants["b"][0]
    draft = create_shop(shop_index, title="Projet secret de Lotte")
    draft.unpublish()
    ShopPage.objects.filter(pk=draft.pk).update(owner=merchant_b)
    return draft


REPORTS = ["page_types_usage", "site_history", "locked_pages", "workflow", "aging_pages"]


@pytest.mark.parametrize("report", REPORTS)
def test_merchants_cannot_open_the_citys_reports(merchant_client, draft_of_b, report):
    path = reverse(f"wagtailadmin_reports:{report}")
    before = site_state()
    response = merchant_client.get(path)
    assert_refused(response, path)
    assert draft_of_b.title not in merchant_client.get(response["Location"]).content.decode()
    assert site_state() == before


def test_merchants_cannot_trigger_wagtails_error_test(merchant_client):
    path = reverse("wagtailadmin_error_test")
    response = merchant_client.get(path)
    assert_refused(response, path)


def test_bulk_action_and_move_screens_do_not_show_other_pages_titles(
    merchant_client, two_merchants, draft_of_b
):
    _, shop_a = two_merchants["a"]
    before = site_state()
    for url in (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={draft_of_b.pk}",
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={draft_of_b.pk}",
        f"/admin/pages/{shop_a.pk}/move/",
        f"/admin/pages/{shop_a.pk}/move/{draft_of_b.pk}/",
    ):
        response = merchant_client.get(url)
        assert_refused(response, url)
        assert draft_of_b.title not in response.content.decode()
    assert site_state() == before


def test_the_page_chooser_offers_published_pages_and_ones_own_only(
    merchant_client, two_merchants, draft_of_b
):
    _, shop_a = two_merchants["a"]
    response = merchant_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Projet"})
    assert response.status_code == 200
    assert "Projet secret de Lotte" not in response.content.decode()

    response = merchant_client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": shop_a.title.split()[0]}
    )
    assert shop_a.title in response.content.decode()


def test_the_city_still_reaches_reports_and_chooses_any_page(client, editor, draft_of_b):
    client.force_login(editor)
    for report in REPORTS:
        assert client.get(reverse(f"wagtailadmin_reports:{report}")).status_code == 200, report
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Projet"})
    assert "Projet secret de Lotte" in response.content.decode()


def test_merchants_keep_bulk_actions_on_their_own_photos(merchant_client, images):
    own = images["a"]
    url = reverse("wagtail_bulk_action", args=["portal", "vitrineimage", "delete"])

    response = merchant_client.get(url, {"id": own.pk})

    assert response.status_code == 200
    assert own.title in response.content.decode()
