"""Demo campaign content for ``load_demo``: home page sections, stories, testimonials,
the coaching sign-up page, partner offers, legal pages and the navigation.

Text comes from content/home.yaml, stories.yaml and campaign.yaml (French with its
translations) and is translated through wagtail-localize. Every step is idempotent.
"""

import uuid
from datetime import date
from decimal import Decimal

from wagtail.models import Locale, Page

from campaign.models import (
    CoachingSignupPage,
    PartnerOffer,
    PartnerOffersPage,
    StoryIndexPage,
    StoryPage,
    StoryRelatedShop,
    StoryTopic,
    Testimonial,
    Topic,
)
from home.models import ContentPage
from portal.demo import pictures
from portal.demo.content import read
from portal.demo.shops import alt_texts, save_picture
from portal.demo.site import home_translations
from portal.models import Navigation
from portal.translation import (
    rich_text_translations,
    translate_from_french,
    translations,
    unchanged,
)
from shops.models import ShopIndexPage


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def publish(page):
    page.save_revision().publish()
    return page


def ensure_child(parent, model, slug, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = publish(parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields)))
    return page


def translated_everywhere(instance):
    return instance.__class__.objects.filter(translation_key=instance.translation_key).count() == 4


def ensure_topics():
    french = Locale.get_default()
    topics = {}
    for row in read("stories")["topics"]:
        topic, _ = Topic.objects.get_or_create(
            slug=row["slug"], locale=french, defaults={"name": row["name"]["fr"]}
        )
        if not translated_everywhere(topic):
            translate_from_french(topic, {**translations(row["name"]), **unchanged(row["slug"])})
        topics[row["slug"]] = topic
    return topics


def ensure_testimonials(shops):
    french = Locale.get_default()
    testimonials = {}
    for row in read("campaign")["testimonials"]:
        testimonial, _ = Testimonial.objects.get_or_create(
            person_name=row["person"],
            locale=french,
            defaults={
                "quote": row["quote"]["fr"],
                "role": row["role"]["fr"],
                "shop": shops.get(row["shop"]),
                "publish_date": date.fromisoformat(row["date"]),
            },
        )
        if not translated_everywhere(testimonial):
            translate_from_french(
                testimonial, {**translations(row["quote"], row["role"]), **unchanged(row["person"])}
            )
        testimonials[row["key"]] = testimonial
    return testimonials


def _blocks(row):
    """A story's body as (kind, value) pairs; in YAML each block is {kind: value}."""
    return [next(iter(item.items())) for item in row["body"]]


def _story_body(row, shops, testimonials):
    body, texts, rich = [], [], []
    for kind, value in _blocks(row):
        if kind == "paragraph":
            body.append(block("paragraph", value["fr"]))
            rich.append(value)
        elif kind == "quote":
            body.append(
                block("quote", {"text": value["text"]["fr"], "attribution": value["attribution"]})
            )
            texts.append(value["text"])
        elif kind == "shop_teaser":
            body.append(
                block("shop_teaser", {"shop": shops[value["shop"]].pk, "text": value["text"]["fr"]})
            )
            texts.append(value["text"])
        elif kind == "testimonial":
            body.append(block("testimonial", {"testimonial": testimonials[value].pk}))
    attributions = [v["attribution"] for k, v in _blocks(row) if k == "quote"]
    return body, {
        **translations(*texts),
        **rich_text_translations(*rich),
        **unchanged(*attributions),
    }


def story_hero(row):
    """The story's main image, its shop in the street under the belfry, with its alt
    texts in the four languages: (image or None, {lang: alt text})."""
    rows = read("shops")["shops"]
    number, shop = next((n, r) for n, r in enumerate(rows) if r["slug"] == row["shop"])
    alts = alt_texts(read("pictures")["alt"]["story"], name=shop["name"])
    return alts, lambda: save_picture(
        pictures.draw_story_hero(
            shop["name"],
            number,
            [thing["kind"] for thing in read("pictures")["categories"][shop["category"]]],
        ),
        row["title"]["fr"],
        alts["fr"],
    )


def ensure_stories(home, shops, topics, testimonials):
    page = read("stories")["index"]
    fields = {"title": page["title"]["fr"], "intro": page["intro"]["fr"]}
    index = ensure_child(home, StoryIndexPage, page["slug"]["fr"], **fields)
    if not translated_everywhere(index):
        translate_from_french(
            index,
            {
                **translations(page["title"], page["intro"]),
                **translations(page["slug"]),
            },
        )
    for row in read("stories")["stories"]:
        story = StoryPage.objects.child_of(index).filter(slug=row["slug"]).first()
        body, body_strings = _story_body(row, shops, testimonials)
        hero_alts, draw_hero = story_hero(row)
        if story is None:
            story = StoryPage(
                hero_image=draw_hero(),
                hero_alt=hero_alts["fr"],
                title=row["title"]["fr"],
                slug=row["slug"],
                date=date.fromisoformat(row["date"]),
                intro=row["intro"]["fr"],
                body=body,
                locale=index.locale,
            )
            story.topic_links = [StoryTopic(topic=topics[slug]) for slug in row["topics"]]
            story.related_shops = [
                StoryRelatedShop(shop=shops[slug]) for slug in [row["shop"], *row["related_shops"]]
            ]
            publish(index.add_child(instance=story))
        if not translated_everywhere(story):
            slug = {"fr": row["slug"], **row["slug_translations"]}
            translate_from_french(
                story,
                {
                    **translations(row["title"], row["intro"], hero_alts),
                    **translations(slug),
                    **body_strings,
                },
            )
    return index


def ensure_legal_pages(home):
    pages = {}
    for row in read("campaign")["legal_pages"]:
        page = ensure_child(
            home, ContentPage, row["slug"]["fr"], title=row["title"]["fr"], body=row["body"]["fr"]
        )
        if not translated_everywhere(page):
            translate_from_french(
                page,
                {
                    **translations(row["title"]),
                    **translations(row["slug"]),
                    **rich_text_translations(row["body"]),
                },
            )
        pages[row["key"]] = page
    return pages


def ensure_coaching_page(home, privacy_page):
    row = read("campaign")["coaching_page"]
    page = ensure_child(
        home,
        CoachingSignupPage,
        row["slug"]["fr"],
        title=row["title"]["fr"],
        intro=row["intro"]["fr"],
        thank_you_text=row["thank_you"]["fr"],
        ack_subject=row["ack_subject"]["fr"],
        ack_body=row["ack_body"]["fr"],
        privacy_page=privacy_page,
        to_address=row["to_address"],
        from_address=row["from_address"],
        subject=row["subject"],
    )
    if not translated_everywhere(page):
        translate_from_french(
            page,
            {
                **translations(row["title"], row["ack_subject"], row["ack_body"]),
                **rich_text_translations(row["intro"], row["thank_you"]),
                **translations(row["slug"]),
                **unchanged(row["subject"]),
            },
        )
    return page


def ensure_offers(home):
    french = Locale.get_default()
    for order, row in enumerate(read("campaign")["partner_offers"]):
        offer, _ = PartnerOffer.objects.get_or_create(
            partner=row["partner"],
            locale=french,
            defaults={
                "tool_type": row["tool_type"],
                "title": row["title"]["fr"],
                "free_part": row["free_part"]["fr"],
                "free_months": row["free_months"],
                "price_after": Decimal(row["price_after"]),
                "price_period": row["price_period"],
                "conditions": row["conditions"]["fr"],
                "data_terms_url": row["data_terms_url"],
                "signup_url": row["signup_url"],
                "sort_order": order,
            },
        )
        if not translated_everywhere(offer):
            translate_from_french(
                offer,
                {
                    **translations(row["title"], row["free_part"], row["conditions"]),
                    **unchanged(row["partner"]),
                },
            )
    row = read("campaign")["offers_page"]
    page = ensure_child(
        home,
        PartnerOffersPage,
        row["slug"]["fr"],
        title=row["title"]["fr"],
        intro=row["intro"]["fr"],
    )
    if not translated_everywhere(page):
        translate_from_french(
            page,
            {
                **translations(row["title"]),
                **translations(row["slug"]),
                **rich_text_translations(row["intro"]),
            },
        )
    return page


def ensure_navigation(targets, legal_pages):
    french = Locale.get_default()
    nav = read("campaign")["navigation"]
    navigation = Navigation.objects.filter(locale=french).first()
    if navigation is None:
        menu = [
            block(
                "link",
                {"label": item["label"]["fr"], "page": targets[item["target"]].pk, "url": ""},
            )
            for item in nav["menu"]
        ]
        footer = [
            block("link", {"label": page.title, "page": page.pk, "url": ""})
            for page in legal_pages.values()
        ]
        navigation = Navigation.objects.create(
            locale=french,
            menu=menu,
            footer_links=footer,
            footer_text=nav["footer_text"]["fr"],
            contact=nav["contact"]["fr"],
        )
    if not translated_everywhere(navigation):
        legal_titles = translations(*(row["title"] for row in read("campaign")["legal_pages"]))
        translate_from_french(
            navigation,
            {
                **translations(*(item["label"] for item in nav["menu"])),
                **translations(nav["footer_text"], nav["contact"]),
                **legal_titles,
            },
        )
    return navigation


def update_home(home, coaching_page):
    row = read("home")["sections"]
    if not home.steps:
        home.hero_cta_label = row["hero_cta"]["fr"]
        home.steps_heading = row["steps_heading"]["fr"]
        home.steps = [
            block("step", {"title": step["title"]["fr"], "text": step["text"]["fr"]})
            for step in row["steps"]
        ]
        home.figures_heading = row["figures_heading"]["fr"]
        home.coaching_heading = row["coaching_heading"]["fr"]
        home.coaching_text = row["coaching_text"]["fr"]
        home.coaching_cta_label = row["coaching_cta"]["fr"]
        home.coaching_page = coaching_page
        publish(home)
        step_texts = [text for step in row["steps"] for text in (step["title"], step["text"])]
        translate_from_french(
            home,
            {
                **home_translations(),
                **translations(
                    row["hero_cta"],
                    row["steps_heading"],
                    row["figures_heading"],
                    row["coaching_heading"],
                    row["coaching_text"],
                    row["coaching_cta"],
                    *step_texts,
                ),
            },
        )


def link_privacy_notice(shop_index, privacy_page):
    """The booking forms of every shop link to the city's privacy notice."""
    if shop_index is not None and shop_index.privacy_page_id is None:
        shop_index.privacy_page = privacy_page
        shop_index.save_revision().publish()


def load(home, shops):
    """Build the campaign around ``home`` (the French home page) and the demo ``shops``."""
    home = home.specific
    topics = ensure_topics()
    testimonials = ensure_testimonials(shops)
    stories = ensure_stories(home, shops, topics, testimonials)
    legal_pages = ensure_legal_pages(home)
    coaching = ensure_coaching_page(home, legal_pages["privacy"])
    offers = ensure_offers(home)
    targets = {
        "shops": ShopIndexPage.objects.child_of(home).first(),
        "stories": stories,
        "coaching": coaching,
        "offers": offers,
    }
    ensure_navigation(targets, legal_pages)
    link_privacy_notice(targets["shops"], legal_pages["privacy"])
    update_home(Page.objects.get(pk=home.pk).specific, coaching)
    return {"stories": StoryPage.objects.filter(locale=home.locale).count()}
