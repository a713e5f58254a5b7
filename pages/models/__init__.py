"""The helpdesk's content model, re-exported so callers import from `pages.models`."""

from .calls import CallIndexPage, CallPage
from .events import EventIndexPage, EventPage
from .generation import ContentGeneration
from .home import HomePage
from .images import LibraryImage, LibraryImageRendition
from .information import InformationPage
from .news import NewsIndexPage, NewsPage, NewsRelatedPage
from .partners import PartnerIndexPage, PartnerPage
from .partnerships import (
    PartnershipEUPartner,
    PartnershipIndexPage,
    PartnershipJPPartner,
    PartnershipPage,
    PartnershipWebinar,
)
from .snippets import HelpdeskSettings, Office, Region, Sector, Side, WebinarSeries
from .webinars import (
    EventFormat,
    WebinarEUPartner,
    WebinarIndexPage,
    WebinarJPPartner,
    WebinarPage,
)

__all__ = [
    "CallIndexPage",
    "CallPage",
    "ContentGeneration",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "HelpdeskSettings",
    "HomePage",
    "InformationPage",
    "LibraryImage",
    "LibraryImageRendition",
    "NewsIndexPage",
    "NewsPage",
    "NewsRelatedPage",
    "Office",
    "PartnerIndexPage",
    "PartnerPage",
    "PartnershipEUPartner",
    "PartnershipIndexPage",
    "PartnershipJPPartner",
    "PartnershipPage",
    "PartnershipWebinar",
    "Region",
    "Sector",
    "Side",
    "WebinarEUPartner",
    "WebinarIndexPage",
    "WebinarJPPartner",
    "WebinarPage",
    "WebinarSeries",
]
