"""Merchants confirm, every few months, that their hours and catalogue are still right.

Every ``MERCHANT_CONFIRM_MONTHS`` after the last confirmation (or after the city started
following the shop), the merchant gets one email in their admin language with a signed
link: its page shows a button, and only that POST confirms (mail scanners open links).
A shop left unconfirmed twice that long drops out of the finder's "open now": its hours
may be wrong. Confirming changes no content, so it needs no approval; it is recorded on
the shop's ShopUpkeep and in the page's history.
"""

import logging
from datetime import datetime, time

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal import outbox
from portal.cache_invalidation import purge_translations_of
from shops.hours import BRUSSELS, brussels_today
from shops.merchants import admin_language
from shops.models import ShopPage, ShopUpkeep


logger = logging.getLogger(__name__)

CONFIRM_SALT = "shops.confirm_hours"
LOG_ACTION = "shops.confirm_hours"


def period_months():
    return settings.MERCHANT_CONFIRM_MONTHS


def add_months(day, months):
    """The same day ``months`` later (or earlier), the month's last day if it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_month = (year + month // 12, month % 12 + 1)
    last_day = (datetime(*next_month, 1) - datetime(year, month, 1)).days
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def full_months_between(start, end):
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def stale_since(today=None):
    """Shops whose clock started before this moment, unconfirmed since, are stale."""
    cutoff = add_months(today or brussels_today(), -2 * period_months())
    return datetime.combine(cutoff, time(0), tzinfo=BRUSSELS)


def stale_upkeep(today=None):
    cutoff = stale_since(today)
    return ShopUpkeep.objects.filter(since__lt=cutoff).filter(
        Q(confirmed_at__isnull=True) | Q(confirmed_at__lt=cutoff)
    )


def hours_trusted(today=None):
    """Q for shop pages (any language) whose hours were confirmed recently enough."""
    return ~Q(translation_key__in=stale_upkeep(today).values("shop__translation_key"))


def is_stale(upkeep, today=None):
    return upkeep is not None and upkeep.clock_start < stale_since(today)


def upkeep_of(shop):
    """The French page's ShopUpkeep, or None before the city follows the shop."""
    return ShopUpkeep.objects.filter(shop__translation_key=shop.translation_key).first()


# --- the link -------------------------------------------------------------------------


def confirm_token(shop, user):
    return signing.dumps({"shop": shop.pk, "user": user.pk}, salt=CONFIRM_SALT)


def link_max_age():
    """A link lasts one period: by then a newer reminder has brought a newer link."""
    return period_months() * 31 * 24 * 3600


class LinkRefused(Exception):
    """A confirmation link that is forged, expired, or not the shop's merchant's."""


def shop_from_token(token):
    """(French shop page, its merchant) that a link names; LinkRefused otherwise."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=link_max_age())
    except signing.SignatureExpired as error:
        raise LinkRefused(
            _("This link has expired. Sign in to your dashboard to confirm your shop.")
        ) from error
    except signing.BadSignature as error:
        raise LinkRefused(
            _("This link is not valid. Use the link of the latest email, or your dashboard.")
        ) from error
    shop = (
        ShopPage.objects.filter(pk=data.get("shop"), locale__language_code=settings.LANGUAGE_CODE)
        .select_related("owner")
        .first()
    )
    if shop is None or shop.owner is None or shop.owner_id != data.get("user"):
        raise LinkRefused(
            _("This link was sent to another merchant of this shop: nothing was changed.")
        )
    return shop, shop.owner


# --- confirming -------------------------------------------------------------------------


@transaction.atomic
def confirm(shop, user, now=None):
    """Record that ``user`` found the shop's hours and catalogue still right."""
    now = now or timezone.now()
    upkeep, _created = ShopUpkeep.objects.select_for_update().get_or_create(shop=shop)
    upkeep.confirmed_at = now
    upkeep.confirmed_by = user
    upkeep.save(update_fields=["confirmed_at", "confirmed_by"])
    log(instance=shop, action=LOG_ACTION, user=user)
    purge_translations_of(shop)  # its public pages say "hours confirmed on …"
    logger.info("Merchant %s confirmed shop page %s", user.pk, shop.pk)
    return upkeep


# --- reminders ---------------------------------------------------------------------------


def due_period(upkeep, today):
    """The period a reminder is due for, as a key, or "" when none is due."""
    start = upkeep.clock_start.astimezone(BRUSSELS).date()
    elapsed = full_months_between(start, today) // period_months()
    return f"{start.isoformat()}/{elapsed}" if elapsed >= 1 else ""


def shops_to_follow():
    return (
        ShopPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, owner__isnull=False)
        .filter(owner__is_active=True)
        .select_related("owner", "owner__wagtail_userprofile")
    )


def send_reminders(today=None):
    """Owe each merchant due a reminder its email, once per period; returns how many."""
    today = today or brussels_today()
    shops = list(shops_to_follow())
    upkeeps = {u.shop_id: u for u in ShopUpkeep.objects.filter(shop__in=shops)}
    missing = [ShopUpkeep(shop=shop) for shop in shops if shop.pk not in upkeeps]
    ShopUpkeep.objects.bulk_create(missing, ignore_conflicts=True)  # the clock starts now
    sent = 0
    for shop in shops:
        upkeep = upkeeps.get(shop.pk)
        period = due_period(upkeep, today) if upkeep else ""
        if not period or upkeep.reminded_for == period:
            continue
        with transaction.atomic():
            claimed = (
                ShopUpkeep.objects.filter(pk=upkeep.pk)
                .exclude(reminded_for=period)
                .update(reminded_for=period, reminded_at=timezone.now())
            )
            if claimed:  # not by a concurrent run
                outbox.enqueue(reminder(shop, upkeep), topic=f"shops:confirm:{shop.pk}:{period}")
                sent += 1
    return sent


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def reminder(shop, upkeep):
    user = shop.owner
    with translation.override(admin_language(user)), timezone.override(BRUSSELS):
        context = {
            "shop": shop,
            "user": user,
            "confirmed_at": upkeep.confirmed_at,
            "confirm_url": absolute(
                reverse("shops_confirm_hours", args=[confirm_token(shop, user)])
            ),
            "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[shop.pk])),
            "months": period_months(),
            "dropped_after": 2 * period_months(),
        }
        subject = render_to_string("shops/emails/confirm_reminder_subject.txt", context).strip()
        body = render_to_string("shops/emails/confirm_reminder.txt", context)
    return EmailMessage(subject, body, None, [user.email])
