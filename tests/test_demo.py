"""The demo loader builds a complete multilingual site and is safe to run twice."""

from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.models import HomePage


def test_load_demo_twice_leaves_the_same_content(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    first = (Page.objects.count(), HomePage.objects.count(), Group.objects.count())

    call_command("load_demo", stdout=open("/dev/null", "w"))

    assert (Page.objects.count(), HomePage.objects.count(), Group.objects.count()) == first
    assert HomePage.objects.count() == 4


def test_load_demo_translates_the_home_page_through_wagtail_localize(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))

    titles = {p.locale.language_code: p.title for p in HomePage.objects.live()}
    assert titles == {
        "fr": "Vitrine : les commerces de Mons en ligne",
        "nl": "Vitrine: de winkels van Bergen online",
        "de": "Vitrine: die Geschäfte von Mons online",
        "en": "Vitrine: the shops of Mons, online",
    }
    french = HomePage.objects.get(locale__language_code="fr")
    assert Site.objects.get(is_default_site=True).root_page_id == french.pk
    # Translations are managed by wagtail-localize, so later French edits can be synced.
    dutch = HomePage.objects.get(locale__language_code="nl")
    assert dutch.translation_key == french.translation_key
    assert Translation.objects.filter(
        source__object_id=french.translation_key, target_locale=dutch.locale, enabled=True
    ).exists()


def test_load_demo_creates_the_groups_and_a_working_admin_login(db, capsys):
    call_command("load_demo", admin_password="s3cret-demo")

    assert set(Group.objects.values_list("name", flat=True)) >= {"City editors", "Merchants"}
    assert authenticate(username="admin", password="s3cret-demo").is_superuser
    assert "user 'admin', password 's3cret-demo'" in capsys.readouterr().out
