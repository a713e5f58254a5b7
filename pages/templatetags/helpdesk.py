"""Template helpers: times in two zones, navigation, and machine-readable page data."""

import functools
import html
import json
import re

import budoux

from django import template
from django.utils.html import conditional_escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext

from .. import calendar_links, navigation, visibility
from .. import partnership_map as partnership_maps
from ..japanese import JAPANESE_RUN
from ..models.partners import initials
from ..registry import kind_of
from ..structured_data import open_graph, site_objects
from ..timezones import brussels_instant, dual_clock, in_display_zones, in_every_display_zone

register = template.Library()

# Characters that would let JSON close the <script> element it sits in.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@functools.cache
def japanese_phrases():
    """BudouX's phrase segmenter for Japanese (loaded once)."""
    return budoux.load_default_japanese_parser()


# Where a katakana word meets a kanji word, either way round (ー and ・ start no word).
COMPOUND_WORD_BOUNDARY = re.compile(r"(?<=[ァ-ヿ])(?=[一-鿿々])|(?<=[一-鿿々])(?=[ァ-ヺ])")


@register.filter
def phrases(text):
    """Japanese text with break opportunities (<wbr>) between phrases only.

    Headings are set with `word-break: keep-all` in Japanese, so lines break at these points
    and never inside a word ("ヘルプデ" and "スク"), in every browser; other text is left as it is.
    """
    text = str(text or "")
    if not JAPANESE_RUN.search(text):
        return text
    # A middle dot joins words of a compound name (地域・クラスター): a line may break after it.
    # A long compound noun is one phrase to BudouX (クラスター協力ヘルプデスク): it may break
    # where katakana and kanji meet, which is between its words.
    parts = [
        word
        for phrase in japanese_phrases().parse(text)
        for piece in phrase.replace("・", "・\0").split("\0")
        for word in (COMPOUND_WORD_BOUNDARY.split(piece) if len(piece) > 8 else [piece])
        if word
    ]
    return mark_safe("<wbr>".join(conditional_escape(part) for part in parts))


@register.filter
def with_partner_pairs(webinars):
    """The webinars with their public partners' titles, for the cards (three queries)."""
    from ..models.related import with_partner_pairs

    return with_partner_pairs(webinars)


@register.filter
def pairing(sides):
    """Each side's partners in a list, the sides joined by a multiplication sign, as in titles."""
    separator = pgettext("between items of a list", ", ")
    return " \N{MULTIPLICATION SIGN} ".join(separator.join(names) for names in sides if names)


@register.filter
def monogram(partner):
    """What stands for a partner without a logo: its acronym, the initials of its name's words
    (up to three), or the first character of a Japanese name."""
    if partner.acronym:
        return partner.acronym[:4]
    title = str(partner.title)
    if JAPANESE_RUN.match(title):
        return title[0]
    return initials(title)


@register.filter
def shorten(text, length):
    """The text in at most `length` characters with an ellipsis, cut between words where the
    language puts spaces between them (Japanese is cut between characters)."""
    text = " ".join(str(text or "").split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    space = cut.rfind(" ")
    # A space far back means a long unspaced run (Japanese): cutting there would lose too much.
    if space > length * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:、。") + "…"


@register.simple_tag
def meta_description(page=None):
    """The editor's description, else the summary or introduction, else the helpdesk's own."""
    for text in (
        getattr(page, "search_description", ""),
        getattr(page, "summary", ""),
        html.unescape(strip_tags(str(getattr(page, "intro", "") or ""))),
        getattr(page, "tagline", ""),
    ):
        if text and text.strip():
            return shorten(text, 160)
    return gettext(
        "News, webinars, calls and partner profiles for cooperation between European and "
        "Japanese regions and clusters."
    )


@register.filter
def when(moment):
    """The instant in both zones with its date, led by the reader's zone (see timezones)."""
    return in_every_display_zone(moment) if moment else ""


@register.filter
def display_zones(moment):
    """The instant as read in each display time zone (for a <time> per zone)."""
    return in_display_zones(moment)


@register.filter
def public_translation(obj):
    """What a reader of the active language may see of a page or snippet, or None."""
    return visibility.public_translation(obj)


@register.filter
def public_translations(objects):
    """The pages and snippets a reader of the active language may see, in their language."""
    return [obj for obj in visibility.public_translations(objects) if obj is not None]


@register.filter
def public_document(document):
    """The document, or None when its collection is restricted."""
    if document is None:
        return None
    return visibility.public_documents().filter(pk=document.pk).first()


@register.simple_tag(takes_context=True)
def language_switcher(context, page):
    """Links to the page in every language (or to the nearest translated section)."""
    return navigation.language_links(page, context["request"])


@register.simple_tag
def sections(page):
    """The public section indexes of the page's language."""
    return navigation.main_sections(page.locale)


@register.inclusion_tag("pages/includes/add_to_calendar.html", takes_context=True)
def add_to_calendar(context, page):
    """Links adding a webinar or an event to Google's or Outlook's calendar, or an .ics file."""
    request = context["request"]
    url = page.get_full_url(request)
    language = page.locale.language_code
    return {
        "google": calendar_links.google_calendar_url(page, url),
        "outlook": calendar_links.outlook_calendar_url(page, url),
        "ics": f"/feeds/{language}/calendar/{page.pk}.ics",
    }


@register.simple_tag
def partnership_map():
    """The map of the public partnerships in the active language, with its list; None if none."""
    return partnership_maps.partnership_map()


@register.simple_tag
def information_pages(page):
    """The public information pages of the page's language (About, Contact, Privacy, ...)."""
    return navigation.information_pages(page.locale)


@register.simple_tag
def breadcrumbs(page):
    """The page's public ancestors from its language's home."""
    return navigation.breadcrumbs(page)


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """A <script type="application/ld+json"> element describing the page, if it has a type."""
    page = page.specific
    data = kind_of(type(page)).describe(page, context["request"])
    if data is None:
        return ""
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def site_json_ld(context, page):
    """The page's breadcrumbs (BreadcrumbList), and on a home page the WebSite, as JSON-LD."""
    request = context["request"]

    def trail():
        crumbs = [(crumb.title, crumb.url) for crumb in navigation.breadcrumbs(page)]
        return [*crumbs, (page.title, page.url)]

    objects = site_objects(page, page.locale.language_code, request, trail)
    return mark_safe("\n".join(json_ld_script(data) for data in objects))


def json_ld_script(data):
    """A <script type="application/ld+json"> element whose text cannot close it."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag(takes_context=True)
def open_graph_tags(context, page):
    """<meta property="og:..."> elements for social cards."""
    # Each element is escaped by format_html, so the joined markup is safe.
    return mark_safe(
        "\n".join(
            format_html('<meta property="{}" content="{}">', prop, value)
            for prop, value in open_graph(page, context["request"])
        )
    )


@register.filter
def speaker_line(speaker):
    """A speaker with role and organisation, each said once: 'Name, Role (Organisation)'."""
    name, role, organisation = (speaker.get(key) or "" for key in ("name", "role", "organisation"))
    # Japanese programmes often name a speaker by role at an organisation ("…の担当者").
    if organisation and (organisation in name or organisation in role):
        organisation = ""
    if role and role in name:
        role = ""
    parts = {"name": name, "role": role, "organisation": organisation}
    if role and organisation:
        return gettext("%(name)s, %(role)s (%(organisation)s)") % parts
    if role:
        return gettext("%(name)s, %(role)s") % parts
    if organisation:
        return gettext("%(name)s (%(organisation)s)") % parts
    return name


@register.filter
def slot_time(clock, day):
    """A programme slot's Brussels wall-clock time on a day, shown in both zones."""
    if clock is None or day is None:
        return ""
    return dual_clock(brussels_instant(day, clock))
