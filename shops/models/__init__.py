from shops.models.pages import (
    OpeningException,
    OpeningHours,
    ShopGalleryImage,
    ShopIndexPage,
    ShopPage,
)
from shops.models.taxonomy import Category, District


__all__ = [
    "Category",
    "District",
    "OpeningException",
    "OpeningHours",
    "ShopGalleryImage",
    "ShopIndexPage",
    "ShopPage",
]
