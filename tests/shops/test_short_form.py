"""The shop editor opens on what changes every week, and a merchant who sent a change to
the city lands on their dashboard, and can still add to that change."""

import re

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from shops.models import ShopPage
from tests.admin_forms import exception_row, shop_form_data


def edit_url(shop):
    return reverse("wagtailadmin_pages:edit", args=[shop.pk])


def tabs(html):
    """{tab heading: its panel's HTML}, in order."""
    headings = re.findall(r'role="tab"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+?)\s*<', html)
    panels = re.split(r'<section[^>]+role="tabpanel"', html)[1:]
    return dict(zip(headings, panels, strict=False))


def submit(client, shop, **changes):
    data = shop_form_data(shop, **{"action-submit": "submit", **changes})
    return client.post(edit_url(shop), data)


def test_the_first_tab_holds_hours_closures_and_catalogue_only(merchant_client, two_merchants):
    shop = two_merchants["a"][1]

    sections = tabs(merchant_client.get(edit_url(shop)).content.decode())

    first_heading, first = next(iter(sections.items()))
    assert first_heading == "Horaires et catalogue"
    assert 'name="week_hours-grid"' in first
    assert 'id="id_opening_exceptions-TOTAL_FORMS"' in first
    assert re.search(r'id="panel-child-\w+-body-section"', first)  # the catalogue
    for later in ('name="phone"', 'name="street"', 'name="wheelchair_access"', 'name="title"'):
        assert later not in first
        assert any(later in html for html in list(sections.values())[1:])


def test_a_submitted_change_lands_on_the_dashboard_with_what_happens_next(
    merchant_client, two_merchants
):
    shop = two_merchants["a"][1]

    response = submit(merchant_client, shop)

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    dashboard = merchant_client.get(response["Location"]).content.decode()
    assert "Envoyé à la Ville pour validation" in dashboard
    assert "soumise pour modération" not in dashboard  # Wagtail's vaguer message is replaced
    assert "Fleurs du Beffroi" in dashboard


def test_a_merchant_adds_to_a_change_awaiting_approval_and_the_review_restarts(
    merchant_client, two_merchants, editor, client
):
    shop = two_merchants["a"][1]
    submit(merchant_client, shop, phone="+32 65 00 07 77")
    first_state = ShopPage.objects.get(pk=shop.pk).current_workflow_state

    page = merchant_client.get(edit_url(shop)).content.decode()
    assert 'class="button action-save' in page  # the merchant can save, not locked out
    assert "Vous pouvez encore compléter cette modification" in page
    assert "Verrouillé(e) par un workflow" not in page
    closure = exception_row("2026-08-01", end_date="2026-08-21", reason="holidays")
    data = shop_form_data(shop, phone="+32 65 00 07 77", exceptions=[closure])
    response = merchant_client.post(edit_url(shop), data)

    assert response["Location"] == reverse("wagtailadmin_home")
    dashboard = merchant_client.get(response["Location"]).content.decode()
    assert "Ajouté à votre modification en attente de validation" in dashboard
    shop = ShopPage.objects.get(pk=shop.pk)
    assert not shop.opening_exceptions.exists() and shop.phone == "+32 65 00 01 23"
    first_state.refresh_from_db()
    assert first_state.status == WorkflowState.STATUS_CANCELLED
    state = shop.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision == shop.get_latest_revision()

    client.force_login(editor)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[shop.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    shop = ShopPage.objects.get(pk=shop.pk)
    assert shop.phone == "+32 65 00 07 77"
    assert [(e.date.day, e.end_date.day) for e in shop.opening_exceptions.all()] == [(1, 21)]


def test_the_editors_stale_approval_cannot_publish_the_unseen_addition(
    merchant_client, two_merchants, editor, client
):
    shop = two_merchants["a"][1]
    submit(merchant_client, shop)
    stale_task = ShopPage.objects.get(pk=shop.pk).current_workflow_state.current_task_state
    merchant_client.post(edit_url(shop), shop_form_data(shop, phone="+32 65 00 09 99"))

    client.force_login(editor)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[shop.pk, "approve", stale_task.pk]),
        {"comment": ""},
    )

    assert ShopPage.objects.get(pk=shop.pk).phone == "+32 65 00 01 23"


@pytest.mark.parametrize("action", [{}, {"action-submit": "submit"}])
def test_another_merchant_cannot_add_to_a_change_awaiting_approval(
    client, merchant_client, two_merchants, action
):
    shop = two_merchants["a"][1]
    submit(merchant_client, shop)
    revision = ShopPage.objects.get(pk=shop.pk).latest_revision_id
    client.force_login(two_merchants["b"][0])

    response = client.post(edit_url(shop), shop_form_data(shop, phone="+32 65 66 66 66", **action))

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    shop = ShopPage.objects.get(pk=shop.pk)
    assert shop.latest_revision_id == revision
    assert shop.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_json_save_during_review_cannot_slip_a_change_past_the_city(
    merchant_client, two_merchants
):
    """Autosave is off, but a hand-made JSON save (what autosave would send) still
    restarts the review on the new draft: an older approval cannot publish it unseen."""
    shop = two_merchants["a"][1]
    submit(merchant_client, shop)
    state = ShopPage.objects.get(pk=shop.pk).current_workflow_state
    data = shop_form_data(shop, phone="+32 65 00 09 99")

    response = merchant_client.post(edit_url(shop), data, headers={"Accept": "application/json"})

    assert response.status_code == 200
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED
    current = ShopPage.objects.get(pk=shop.pk).current_workflow_state
    assert current.status == WorkflowState.STATUS_IN_PROGRESS and current.pk != state.pk


def test_sending_the_change_to_the_city_is_the_main_button(merchant_client, two_merchants):
    html = merchant_client.get(edit_url(two_merchants["a"][1])).content.decode()

    footer = html[html.index('<footer class="footer') :]
    first_button = re.search(r"<button[^>]*>", footer).group(0)
    assert 'name="action-submit"' in first_button
    assert "Enregistrer le brouillon" in footer  # still there, in the menu


def test_an_editor_keeps_publish_as_the_main_button(admin_client, two_merchants):
    html = admin_client.get(edit_url(two_merchants["a"][1])).content.decode()

    footer = html[html.index('<footer class="footer') :]
    assert 'name="action-submit"' not in re.search(r"<button[^>]*>", footer).group(0)
