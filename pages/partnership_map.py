"""The map of the partnerships: where each one's partners are, in Europe and in Japan.

Drawn on the server from `data/partnership_map.json` (built by `manage.py
build_partnership_map`): a shared base map of land as a static SVG, with the partners'
countries and prefectures tinted and a numbered marker per partnership on each side. The same
numbers lead the list under the map, which says everything the map shows.

European partners are placed by country: no package ships NUTS outlines for offline use.
Japanese partners are placed by prefecture.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.utils import translation
from django.utils.translation import pgettext

from pages.visibility import private_q, public_pages

DATA = Path(__file__).resolve().parent / "data" / "partnership_map.json"
MARKER_SPACING = 22  # map units between markers that share a place


@cache
def outlines():
    """The map's projected outlines, anchors and the sources they were derived from."""
    return json.loads(DATA.read_text(encoding="utf-8"))


@dataclass
class Partner:
    """A partner as the map's list names it: its title in the reader's language and its place."""

    title: str
    place: str


@dataclass
class MappedPartnership:
    """One partnership with its number on the map and its partners on each side."""

    number: int
    page: object
    eu_partners: list = field(default_factory=list)
    jp_partners: list = field(default_factory=list)


@dataclass
class Marker:
    """A numbered disc on one side of the map."""

    number: int
    side: str
    x: float
    y: float


def _country_names():
    from pages.models.snippets import COUNTRY_CHOICES

    return dict(COUNTRY_CHOICES)


def _place(language, link):
    """A partner's place as a reader of the language writes it: region, country."""
    from pages.models.snippets import Region

    country = str(_country_names().get(link["partner__country"], link["partner__country"]))
    if link["partner__region__kind"] == Region.Kind.PREFECTURE:
        # A prefecture's national name is its Japanese one (福岡県).
        national = link["partner__region__name_national"]
        return (national if language == "ja" else link["partner__region__name"]) or country
    region = link["partner__region__name"] or ""
    if language == "ja" and link["partner__region__name_ja"]:
        region = link["partner__region__name_ja"]
    if not region:
        return country
    return region + pgettext("between items of a list", ", ") + country


def partnership_map(language=None):
    """The partnerships public in the language, numbered, with their markers; None if none.

    Five queries whatever the number of partnerships: the view restrictions, the partnerships,
    each side's partner links with their places, and the titles of the partners' public
    translations.
    """
    language = language or translation.get_language()
    with translation.override(language):
        return _partnership_map(language)


def _partnership_map(language):
    from pages.models import (
        PartnershipEUPartner,
        PartnershipIndexPage,
        PartnershipJPPartner,
        PartnershipPage,
    )
    from pages.models.partners import EU_SIDE, JP_SIDE
    from pages.models.snippets import Region

    private = private_q()
    pages = list(
        public_pages(PartnershipPage, private=private)
        .filter(locale__language_code=language)
        .order_by(*PartnershipIndexPage.listing_order)
    )
    if not pages:
        return None
    mapped = [MappedPartnership(number, page) for number, page in enumerate(pages, start=1)]
    by_page = {item.page.pk: item for item in mapped}
    fields = (
        "page_id",
        "partner__translation_key",
        "partner__country",
        "partner__region__code",
        "partner__region__kind",
        "partner__region__name",
        "partner__region__name_national",
        "partner__region__name_ja",
    )
    links = {}
    for side, link_model in ((EU_SIDE, PartnershipEUPartner), (JP_SIDE, PartnershipJPPartner)):
        rows = link_model.objects.filter(page_id__in=by_page).order_by("sort_order", "pk")
        links[side] = list(rows.values(*fields))
    wanted = {link["partner__translation_key"] for rows in links.values() for link in rows}
    titles = dict(
        public_pages(private=private)
        .filter(translation_key__in=wanted, locale__language_code=language)
        .values_list("translation_key", "title")
    )
    geometry = outlines()
    country_anchors = {c["code"]: c["anchor"] for c in geometry["europe"]["countries"] if c["code"]}
    prefecture_anchors = {p["code"]: p["anchor"] for p in geometry["japan"]["prefectures"]}
    places = {EU_SIDE: {}, JP_SIDE: {}}
    for side, rows in links.items():
        for link in rows:
            title = titles.get(link["partner__translation_key"])
            if title is None:
                continue  # not public in this language: neither listed nor marked
            item = by_page[link["page_id"]]
            partners = item.eu_partners if side == EU_SIDE else item.jp_partners
            place = _place(language, link)
            # "Mie Prefecture (Mie)" says the place twice: the title alone names it.
            partners.append(Partner(title, "" if title.startswith(place) else place))
            if side == EU_SIDE:
                spot = link["partner__country"]
                spot = spot if spot in country_anchors else None
            else:
                is_prefecture = link["partner__region__kind"] == Region.Kind.PREFECTURE
                spot = link["partner__region__code"] if is_prefecture else None
            if spot:
                numbers = places[side].setdefault(spot, [])
                if item.number not in numbers:
                    numbers.append(item.number)
    markers = []
    for side, anchors in ((EU_SIDE, country_anchors), (JP_SIDE, prefecture_anchors)):
        for spot, numbers in places[side].items():
            x, y = anchors[spot]
            first = x - MARKER_SPACING * (len(numbers) - 1) / 2
            markers += [
                Marker(number, side, round(first + MARKER_SPACING * index, 1), y)
                for index, number in enumerate(numbers)
            ]
    return {
        "width": geometry["width"],
        "height": geometry["height"],
        "partnerships": mapped,
        "markers": sorted(markers, key=lambda marker: (marker.number, marker.side)),
        "countries": [c for c in geometry["europe"]["countries"] if c["code"] in places[EU_SIDE]],
        "prefectures": [
            p for p in geometry["japan"]["prefectures"] if p["code"] in places[JP_SIDE]
        ],
    }
