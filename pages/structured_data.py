"""schema.org JSON-LD and OpenGraph descriptions of the public pages (see pages.registry)."""

from django.conf import settings
from django.utils.translation import gettext, override

from .models import NewsPage, WebinarPage
from .models.webinars import EventFormat

# The renditions the JSON-LD and the social cards link to.
CARD_SPEC = "fill-1200x630"
LOGO_SPEC = "max-400x400"
RENDITION_SPECS = (CARD_SPEC, LOGO_SPEC)

ATTENDANCE_MODES = {
    EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventFormat.ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
    EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def site_name(language):
    """The helpdesk's name in a language: the Japanese pages and calendar say it in Japanese."""
    with override(language):
        return gettext(settings.WAGTAIL_SITE_NAME)


def helpdesk_organization():
    """The helpdesk as the publisher and organiser of its content."""
    return {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": "https://www.ejrc-helpdesk.eu/",
    }


def site_objects(page, language, request, trail):
    """The page's WebSite on a language's home page, else its BreadcrumbList of trail()'s pairs."""
    if page.depth <= 2:
        return [web_site(language, request)]
    # A callable: a home page has no trail, and reading one costs a query.
    return [breadcrumb_list(trail(), request)]


def breadcrumb_list(trail, request):
    """A BreadcrumbList of (name, path) pairs, from the home page to the page itself."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }


def web_site(language, request):
    """The site in one language, published by the helpdesk, with its search."""
    home = request.build_absolute_uri(f"/{language}/")
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site_name(language),
        "url": home,
        "inLanguage": language,
        "publisher": helpdesk_organization(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{home}search/?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }


def image_url(image, request, spec=CARD_SPEC):
    """Absolute URL of a rendition, for social cards."""
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(spec).url)


def news_article(page, request, url, language):
    """A NewsArticle published by the helpdesk."""
    data = {
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        "datePublished": page.date.isoformat(),
        "publisher": helpdesk_organization(),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.image:
        data["image"] = [image_url(page.image, request)]
    return data


def organization(page, request, url, language):
    """A partner as an Organization with its address."""
    data = {
        "@type": "Organization",
        "name": page.title,
        "legalName": page.official_name,
        "address": {"@type": "PostalAddress", "addressCountry": page.country},
    }
    if page.acronym:
        data["alternateName"] = page.acronym
    if page.website:
        data["sameAs"] = [page.website]
    if page.city:
        data["address"]["addressLocality"] = page.city
    if page.region_id:
        data["address"]["addressRegion"] = page.region.localized_name(language)
    if page.logo:
        data["logo"] = image_url(page.logo, request, LOGO_SPEC)
    return data


def event(page, request, url, language):
    """A webinar or an event as a schema.org Event, online, on site or both."""
    cancelled = isinstance(page, WebinarPage) and page.is_cancelled
    online = {"@type": "VirtualLocation", "url": page.registration_url or url}
    on_site = {"@type": "Place", "name": page.venue or page.title}
    locations = {
        EventFormat.ONLINE: online,
        EventFormat.ON_SITE: on_site,
        EventFormat.HYBRID: [on_site, online],
    }
    return {
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "startDate": page.start.isoformat(),
        "endDate": page.end.isoformat(),
        "eventAttendanceMode": ATTENDANCE_MODES[page.format],
        "eventStatus": "https://schema.org/EventCancelled"
        if cancelled
        else "https://schema.org/EventScheduled",
        "location": locations[page.format],
        "organizer": helpdesk_organization(),
    }


def open_graph(page, request):
    """OpenGraph properties of a page as (property, content) pairs."""
    page = page.specific
    description = getattr(page, "summary", "") or page.search_description
    image = getattr(page, "image", None) or getattr(page, "logo", None)
    og_type = "article" if isinstance(page, NewsPage) else "website"
    language = page.locale.language_code
    locale = {"en": "en_GB", "ja": "ja_JP"}.get(language, "en_GB")
    pairs = [
        ("og:type", og_type),
        ("og:title", page.seo_title or page.title),
        ("og:url", request.build_absolute_uri(page.get_url(request))),
        ("og:site_name", site_name(language)),
        ("og:locale", locale),
    ]
    if description:
        pairs.append(("og:description", description))
    if image:
        pairs.append(("og:image", image_url(image, request)))
        pairs.append(("og:image:alt", image.alt_text(language) or image.title))
    return pairs
