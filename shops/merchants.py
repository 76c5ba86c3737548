"""Merchant onboarding: one call gives a merchant everything, and only, they need.

A merchant is a user in the Merchants group (admin access) and in a personal group
that may edit their shop pages (every translation) and manage images in their own
collection. Without publish rights, their changes go through the city's workflow.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    PageSubscription,
)
from wagtail.users.models import UserProfile

from portal.roles import MERCHANT_COLLECTION_PERMISSIONS, MERCHANTS, ensure_roles, permissions
from shops.models import ShopPage


logger = logging.getLogger(__name__)


def personal_group_name(user):
    return f"Merchant #{user.pk}"


def merchant_shops(user):
    """The shop pages a merchant owns, in the source language."""
    return ShopPage.objects.filter(owner=user, locale__language_code=settings.LANGUAGE_CODE)


def admin_language(user):
    """The language a user reads the admin in: their emails come in it too."""
    try:
        language = user.wagtail_userprofile.preferred_language
    except UserProfile.DoesNotExist:
        language = ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def merchant_collection(shop):
    """The shop's own image collection (created on first use)."""
    root = Collection.get_first_root_node()
    key = f"({shop.translation_key.hex[:8]})"  # the title may change, the key does not
    existing = root.get_children().filter(name__endswith=key).first()
    return existing or root.add_child(instance=Collection(name=f"{shop.title} {key}"))


def set_password_url(user):
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
@transaction.atomic
def invite_merchant(email, shop, language="fr", first_name="", last_name=""):
    """Create or reuse the user, give them ``shop`` and send the invitation email (it goes
    to the outbox in the same transaction: no invitation without the rights, nor the
    reverse). Returns ``(user, created)``.
    """
    email = get_user_model().objects.normalize_email(email).strip()
    user, created = get_user_model().objects.get_or_create(
        email__iexact=email,
        defaults={
            "username": email.lower(),
            "email": email,
            "first_name": first_name,
            "last_name": last_name,
        },
    )
    if created:
        user.set_unusable_password()
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    shop = grant_shop(user, shop)
    send_invitation(user, shop, language)
    return user, created


@transaction.atomic
def grant_shop(user, shop):
    """Make ``user`` the merchant of ``shop``: edit rights on the French page, ownership of
    every translation, and a personal image collection. Returns the French page.

    A previous merchant of the shop loses their rights on it (``revoke_shop``).
    Translations are the city's: merchants change the French page, an editor approves
    it and the translations follow. Rights on a translation would open wagtail-localize's
    translation editor, whose changes skip the approval workflow.
    """
    ensure_roles()
    translations = ShopPage.objects.filter(translation_key=shop.translation_key)
    shop = translations.filter(locale__language_code=settings.LANGUAGE_CODE).first() or shop
    if shop.owner_id and shop.owner_id != user.pk:
        revoke_shop(shop.owner, shop)
    user.groups.add(Group.objects.get(name=MERCHANTS))
    personal, _ = Group.objects.get_or_create(name=personal_group_name(user))
    user.groups.add(personal)

    (change_page,) = permissions("wagtailcore.change_page")
    GroupPagePermission.objects.get_or_create(group=personal, page=shop, permission=change_page)
    translations.update(owner=user)

    collection = merchant_collection(shop)
    for permission in permissions(*MERCHANT_COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=personal, collection=collection, permission=permission
        )
    return shop


def revoke_shop(user, shop):
    """Take ``shop`` away from its merchant: the page's owner is the one source of truth
    of who the merchant is, so the previous owner keeps no right on its page or photos."""
    personal = Group.objects.filter(name=personal_group_name(user)).first()
    if personal is None:
        return
    GroupPagePermission.objects.filter(group=personal, page=shop).delete()
    GroupCollectionPermission.objects.filter(
        group=personal, collection=merchant_collection(shop)
    ).delete()
    # No more comment notifications, and no change of theirs still awaiting approval.
    pages = ShopPage.objects.filter(translation_key=shop.translation_key)
    PageSubscription.objects.filter(user=user, page__in=pages).delete()
    workflow_state = shop.current_workflow_state
    if workflow_state is not None and workflow_state.requested_by_id == user.pk:
        workflow_state.cancel()
    logger.info("Merchant %s no longer edits shop page %s", user.pk, shop.pk)


def send_invitation(user, shop, language):
    context = {
        "user": user,
        "shop": shop,
        "set_password_url": set_password_url(user),
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
    }
    with translation.override(language):
        subject = render_to_string("shops/emails/invitation_subject.txt", context).strip()
        body = render_to_string("shops/emails/invitation.txt", context)
    send_mail(subject, body, None, [user.email])
    logger.info("Invited merchant %s to edit shop page %s", user.pk, shop.pk)
