"""POST data for the Wagtail page editor, built like the browser builds it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def list_block(items):
    return {
        "count": len(items),
        **{
            str(i): {"value": item, "deleted": "", "order": str(i), "id": ""}
            for i, item in enumerate(items)
        },
    }


def product_data(name="Bouquet de saison", price="12.50", **extra):
    return {
        "name": name,
        "description": extra.get("description", ""),
        "price": price,
        "image": extra.get("image", ""),
        "availability": extra.get("availability", "in_stock"),
        "buy_url": extra.get("buy_url", ""),
    }


def service_data(name="Consultation mariage", **extra):
    return {
        "name": name,
        "description": extra.get("description", ""),
        "duration_minutes": extra.get("duration_minutes", 30),
        "buffer_minutes": extra.get("buffer_minutes", 0),
        "capacity": extra.get("capacity", 1),
        "is_active": "on" if extra.get("is_active", True) else "",
        "min_notice_hours": extra.get("min_notice_hours", 2),
        "horizon_days": extra.get("horizon_days", 60),
        "reminder": extra.get("reminder", "day_before"),
        "change_notice_hours": extra.get("change_notice_hours", 24),
    }


def week_data(hours, closed=()):
    """The week grid's fields: ``hours`` as (weekday, opens, closes), two ranges per day
    shown like the browser shows them, ``closed`` the weekdays ticked "closed"."""
    data = {"week_hours-grid": "1"}
    for weekday in range(7):
        ranges = [(o, c) for d, o, c in hours if d == weekday]
        ranges += [("", "")] * max(2 - len(ranges), 0)
        for n, (opens, closes) in enumerate(ranges):
            data[f"week_hours-{weekday}-{n}-opens"] = opens
            data[f"week_hours-{weekday}-{n}-closes"] = closes
        if weekday in closed:
            data[f"week_hours-{weekday}-closed"] = "on"
    return data


def exception_row(date, closed=True, opens="", closes="", end_date="", reason=""):
    return {
        "date": date,
        "end_date": end_date,
        "closed": "on" if closed else "",
        "opens": opens,
        "closes": closes,
        "reason": reason,
    }


def shop_form_data(
    shop, products=None, hours=None, exceptions=(), services=(), closed=(), **fields
):
    """The editor's form for ``shop`` with its current values, then ``fields`` changed.

    ``exceptions`` are tuples (date, closed, opens, closes) or dicts of exception_row().
    """
    products = [product_data()] if products is None else products
    hours = hours if hours is not None else [(2, "09:00", "18:00")]
    data = {
        "title": shop.title,
        "slug": shop.slug,
        "category": shop.category_id,
        "district": shop.district_id,
        "short_description": shop.short_description,
        "description": shop.description,
        "street": shop.street,
        "postcode": shop.postcode,
        "city": shop.city,
        "latitude": shop.latitude,
        "longitude": shop.longitude,
        "phone": shop.phone,
        "email": shop.email,
        "website": shop.website,
        "online_shop_url": shop.online_shop_url,
        "facebook_url": "",
        "instagram_url": "",
        "joined_campaign": "2026-01-15",
        "languages_spoken": ["fr"],
        "wheelchair_access": "",
        "opening_exceptions": inline_formset(
            [e if isinstance(e, dict) else exception_row(*e) for e in exceptions]
        ),
        "gallery": streamfield([]),
        "services": inline_formset(
            list(services), initial=sum(1 for service in services if service.get("id"))
        ),
        "body": streamfield(
            [
                (
                    "catalogue",
                    {"heading": "Nos bouquets", "intro": "", "products": list_block(products)},
                )
            ]
            if products
            else []
        ),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return {**nested_form_data(data), **week_data(hours, closed)}
