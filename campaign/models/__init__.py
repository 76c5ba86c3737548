from campaign.models.pages import (
    CoachingSignupPage,
    PartnerOffersPage,
    StoryIndexPage,
    StoryPage,
    StoryRelatedShop,
    StoryTopic,
)
from campaign.models.snippets import PartnerOffer, Testimonial, Topic


__all__ = [
    "CoachingSignupPage",
    "PartnerOffer",
    "PartnerOffersPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryRelatedShop",
    "StoryTopic",
    "Testimonial",
    "Topic",
]
