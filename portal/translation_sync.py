"""Translations follow their French source as soon as it is published.

wagtail-localize copies synchronised fields (hours, prices, coordinates, contact
details, images …) from the source when a translation is saved, but only when an editor
asks for it ("Sync translated pages"). Here every publish of a French page, and every
save of a French snippet, does it at once for every translation, so a Dutch, German or
English reader never sees an older fact than the French page shows.

Texts stay translated. When a French text changed, its segment has no translation yet:
the previous translation of that place in the page is kept, marked out of date
(``tool_name`` = ``OUT_OF_DATE``) so the "Translations to review" report lists it; a
translator's edit in wagtail-localize's editor clears the mark.
"""

import logging

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import DraftStateMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


logger = logging.getLogger(__name__)

OUT_OF_DATE = "Vitrine: French text changed"


def is_french_source(instance):
    return (
        isinstance(instance, TranslatableMixin)
        and instance.locale.language_code == settings.LANGUAGE_CODE
    )


def _segment_places(source):
    """{(string id, context id)} of the source's text segments."""
    return set(StringSegment.objects.filter(source=source).values_list("string_id", "context_id"))


def _translations_of(places, locales):
    return StringTranslation.objects.filter(
        locale__in=locales, translation_of_id__in={string for string, _ in places}
    )


def _translations_by_place(source, locales):
    """{(locale id, context id): (translated text, translation type)} of the source's
    current segments."""
    places = _segment_places(source)
    rows = _translations_of(places, locales).values_list(
        "translation_of_id", "context_id", "locale_id", "data", "translation_type"
    )
    return {
        (loc, ctx): (data, kind) for string, ctx, loc, data, kind in rows if (string, ctx) in places
    }


def _keep_previous_translations(source, previous, locales):
    """Segments whose French text changed get the translation their place had before,
    marked out of date."""
    places = _segment_places(source)
    done = set(
        _translations_of(places, locales).values_list(
            "translation_of_id", "context_id", "locale_id"
        )
    )
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=string,
                context_id=context,
                locale=locale,
                data=previous[(locale.pk, context)][0],
                translation_type=previous[(locale.pk, context)][1],  # a machine's stays one
                tool_name=OUT_OF_DATE,
            )
            for string, context in places
            for locale in locales
            if (locale.pk, context) in previous and (string, context, locale.pk) not in done
        ],
        ignore_conflicts=True,
    )


def _update_target(translation, target, user):
    """Rebuild the translation from its source; republish it if it was live.

    wagtail-localize would publish in an on-commit callback, after any error could be
    handled here; so it saves a draft and the publish happens now, in this savepoint.
    """
    if not isinstance(target, DraftStateMixin):
        translation.save_target(user=user)  # saved at once: nothing to publish later
        return
    was_live = target.live
    translation.save_target(user=user, publish=False)
    if was_live:
        target.refresh_from_db()
        # The sync acts for the French publish, already allowed: no user to check again.
        target.get_latest_revision().publish()


@transaction.atomic
def sync_translations(instance, user=None):
    """Bring every translation of a French page or snippet up to its current content.

    Live translations are republished, drafts get a new draft; returns the language
    codes updated. A translation that cannot be updated is logged and left as it was:
    the French publish never fails because of a translation.
    """
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return []
    # Two editors publishing the same page at once: their syncs run one after the other.
    source = TranslationSource.objects.select_for_update().get(pk=source.pk)
    translations = list(
        Translation.objects.filter(source=source, enabled=True).select_related("target_locale")
    )
    if not translations:
        return []
    locales = [t.target_locale for t in translations]
    previous = _translations_by_place(source, locales)
    source.update_from_db()
    _keep_previous_translations(source, previous, locales)
    updated = []
    for translation in translations:
        try:
            target = source.get_translated_instance(translation.target_locale)
        except ObjectDoesNotExist:
            continue  # translation not created yet, or deleted: nothing to update
        if getattr(target, "workflow_in_progress", False):
            # A translation awaiting approval is the reviewer's to publish, not ours.
            logger.info("%r is in moderation: not updated from French", target)
            continue
        try:
            with transaction.atomic():
                _update_target(translation, target, user)
        except Exception:  # logged; the French publish stands
            logger.exception(
                "Could not update the %s translation of %r",
                translation.target_locale.language_code,
                instance,
            )
            continue
        updated.append(translation.target_locale.language_code)
    return updated


def sync_after_page_publish(sender, instance, revision=None, **kwargs):
    # Wagtail also sends page_published for a publish scheduled for later, with the page
    # not live yet: its translations follow when it goes live, not before.
    if instance.live and is_french_source(instance):
        sync_translations(instance)


def sync_after_snippet_save(sender, instance, created=False, raw=False, **kwargs):
    if raw or created or sender not in get_snippet_models() or not is_french_source(instance):
        return
    if isinstance(instance, DraftStateMixin) and not instance.live:
        return
    sync_translations(instance)


def _segments_of_translation(**translation_filter):
    """The source's segments with (or without) a translation in the target language."""
    translated = StringTranslation.objects.filter(
        translation_of=OuterRef("string"),
        context=OuterRef("context"),
        locale=OuterRef(OuterRef("target_locale")),
        **translation_filter,
    )
    return StringSegment.objects.filter(source=OuterRef("source")), Exists(translated)


def _count(segments):
    counted = segments.order_by().values("source").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def translations_to_review():
    """Translations of French content with texts to translate: ``missing`` segments (no
    translation: the French text shows) and ``out_of_date`` ones (the French text changed
    since it was translated), in one query, by language then title."""
    segments, has_translation = _segments_of_translation()
    stale_segments, is_stale = _segments_of_translation(tool_name=OUT_OF_DATE)
    return (
        Translation.objects.filter(
            enabled=True, source__locale__language_code=settings.LANGUAGE_CODE
        )
        .annotate(
            missing=_count(segments.filter(~has_translation)),
            out_of_date=_count(stale_segments.filter(is_stale)),
        )
        .filter(Q(missing__gt=0) | Q(out_of_date__gt=0))
        .select_related("source", "target_locale")
        .order_by("target_locale__language_code", "source__object_repr", "pk")
    )
