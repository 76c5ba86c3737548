from django.db import migrations, models


# As shops.models.pages.FACTS was when this migration was written: the bits must not
# move with a later change of that list (a later migration recomputes them then).
FACTS = [
    "delivery",
    "click_and_collect",
    "booking",
    "online_shop",
    "step_free",
    "wheelchair",
    "accessible_toilet",
    "hearing_loop",
    *(f"speaks_{code}" for code in ("fr", "nl", "de", "en", "it", "es", "pt", "ar", "tr", "pl")),
    "digitalised",
]


def fill_facts(apps, schema_editor):
    ShopPage = apps.get_model("shops", "ShopPage")
    changed = []
    for shop in ShopPage.objects.only(
        "offers_delivery",
        "offers_click_and_collect",
        "takes_bookings",
        "has_online_shop",
        "step_free_entrance",
        "wheelchair_access",
        "accessible_toilet",
        "hearing_loop",
        "languages_spoken",
        "is_digitalised",
    ).iterator(chunk_size=2000):
        spoken = shop.languages_spoken or []
        values = [
            shop.offers_delivery,
            shop.offers_click_and_collect,
            shop.takes_bookings,
            shop.has_online_shop,
            shop.step_free_entrance,
            shop.wheelchair_access == "full",
            shop.accessible_toilet,
            shop.hearing_loop,
            *(name.removeprefix("speaks_") in spoken for name in FACTS[8:-1]),
            shop.is_digitalised,
        ]
        shop.facts = sum(1 << i for i, value in enumerate(values) if value)
        changed.append(shop)
    ShopPage.objects.bulk_update(changed, ["facts"], batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [
        ("shops", "0015_product_lines"),
    ]

    operations = [
        migrations.AddField(
            model_name="shoppage",
            name="facts",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(fill_facts, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="shoppage",
            index=models.Index(fields=["name_key"], name="shoppage_name_key"),
        ),
        migrations.AddIndex(
            model_name="openinghours",
            index=models.Index(
                fields=["weekday", "opens", "closes", "page"], name="openinghours_open_at"
            ),
        ),
    ]
