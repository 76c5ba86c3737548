"""Rendering what an editor picked (a page, in any language) in the visitor's language."""

from wagtail.models import Locale, Page


def localized_pages(pages, locale=None):
    """{pk of each given page: its live translation in ``locale``, or the page itself}.

    One query for any number of pages, where ``page.localized`` costs one each.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    locale = locale or Locale.get_active()
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in={p.translation_key for p in pages}, locale=locale)
        .specific()
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}
