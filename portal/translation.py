"""Filling in wagtail-localize translations from code (demo content, tests).

Editors translate in the admin; code that ships content goes through the very same
machinery: a TranslationSource for the French object, one Translation per target
locale, the strings imported as a PO file, then the target saved and published.
"""

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings


class MissingTranslation(ValueError):
    """Raised when shipped content has a French string without its translations."""


def _fill_in(translation, strings):
    lang = translation.target_locale.language_code
    po = translation.export_po()
    missing = []
    # Segments of plain-text fields are stored HTML-escaped ("Lin &amp; Laine"), so the
    # shipped plain text is looked up, and its translation stored, the same way.
    as_segment = {StringValue.from_plaintext(k).data: v for k, v in strings.items()}
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid].get(lang) or ""
        elif entry.msgid in as_segment and lang in as_segment[entry.msgid]:
            entry.msgstr = StringValue.from_plaintext(as_segment[entry.msgid][lang]).data
        if not entry.msgstr:
            missing.append(entry.msgid)
    if missing:
        raise MissingTranslation(f"No {lang} translation for: {missing!r}")
    translation.import_po(po, tool_name="Vitrine")


@transaction.atomic
def translate_from_french(instance, strings, user=None, exclude_locales=()):
    """Translate a French page or snippet into the other locales and publish it.

    ``strings`` maps each French source string to ``{language code: translation}``.
    Every translatable segment of the object must be covered, so that no French
    text ever shows on a Dutch, German or English page. Related snippets must be
    translated first. Returns ``{language code: translated instance}``.
    """
    excluded = [locale.pk for locale in exclude_locales]
    targets = Locale.objects.exclude(pk=instance.locale_id).exclude(pk__in=excluded)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()  # pick up changes made to the French object since

    # wagtail-localize publishes drafts in on_commit callbacks; publishing here instead
    # keeps the result the same inside an outer transaction (a test, a bigger import).
    draftable = isinstance(instance, DraftStateMixin)
    translated = {}
    for locale in targets:
        translation, _ = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        _fill_in(translation, strings)
        translation.save_target(user=user, publish=not draftable)
        target = source.get_translated_instance(locale)
        if draftable:
            target.get_latest_revision().publish(user=user)
            target.refresh_from_db()
        translated[locale.language_code] = target
    return translated


# Building the ``strings`` table from shipped content, where each text is a dict holding
# all four languages ({"fr": …, "nl": …, "de": …, "en": …}).
OTHER_LANGUAGES = ("nl", "de", "en")


def translations(*texts):
    """{French: {lang: translation}} for plain texts; empty texts are skipped."""
    return {t["fr"]: {lang: t[lang] for lang in OTHER_LANGUAGES} for t in texts if t}


def rich_text_translations(*texts):
    """The same for rich text, segment by segment, as wagtail-localize splits it."""
    table = {}
    for text in texts:
        french = [s.data for s, _attrs in extract_strings(text["fr"])[1]]
        for lang in OTHER_LANGUAGES:
            other = [s.data for s, _attrs in extract_strings(text[lang])[1]]
            if len(other) != len(french):
                raise ValueError(f"{lang} text does not have the French paragraphs: {french[0]}")
            for source, translated in zip(french, other, strict=True):
                table.setdefault(source, {})[lang] = translated
    return table


def unchanged(*values):
    """Texts that stay the same in every language (names, slugs, addresses)."""
    return {value: dict.fromkeys(OTHER_LANGUAGES, value) for value in values}
