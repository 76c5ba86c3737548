# Booking's models live in shops.booking.models; importing them here registers them.
from shops.booking.models import BookableService, Booking
from shops.models.pages import (
    CityDate,
    OpeningException,
    OpeningHours,
    ShopIndexPage,
    ShopPage,
)
from shops.models.taxonomy import Category, District
from shops.models.upkeep import ShopUpkeep


__all__ = [
    "BookableService",
    "Booking",
    "Category",
    "CityDate",
    "District",
    "OpeningException",
    "OpeningHours",
    "ShopIndexPage",
    "ShopPage",
    "ShopUpkeep",
]
