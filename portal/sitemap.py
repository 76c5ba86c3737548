from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class LocalizedSitemap(Sitemap):
    """Every live page of the site in every language, each with its translations as
    hreflang alternates (Wagtail's own sitemap only walks the default-language tree)."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots.only("path"):
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live().public().filter(in_a_tree).select_related("locale").order_by("path")
        )

    def location(self, page):
        # Absolute on the host that was asked, whatever hostname the Site record holds.
        return self.request.build_absolute_uri(page.get_url(self.request))

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        # Translations may sit on another sitemap page, so they are fetched by key.
        translations = self.items().filter(translation_key__in={p.translation_key for p in pages})
        default_lang = Locale.get_default().language_code
        alternates = defaultdict(list)
        for translation in translations:
            lang = translation.locale.language_code
            location = self.location(translation)
            alternates[translation.translation_key].append(
                {"lang_code": lang, "location": location}
            )
            if lang == default_lang:
                alternates[translation.translation_key].append(
                    {"lang_code": "x-default", "location": location}
                )

        urls = []
        for item in pages:
            urls.append(
                {
                    "item": item,
                    "location": self.location(item),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates[item.translation_key],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
