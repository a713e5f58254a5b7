"""The floor of each measured read: a hand-written view that builds the same JSON.

Each floor reads what the GraphQL answer holds with the fewest queries it can: plain column
values instead of model instances, one query per relation, the facts every read needs (locales,
view restrictions, site roots) in one query each. The benchmark checks that a floor's JSON equals
the API's before it times either, so a ratio to the floor compares the same work.
"""

import json
from collections import defaultdict
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone

from wagtail.images.views.serve import generate_signature
from wagtail.models import Locale, Page, Site

from graphql_api.common.references import References
from graphql_api.common.richtext import render_rich_text
from graphql_api.common.scope import RequestFacts, Scope
from pages import models
from pages.visibility import private_q

SRCSET_WIDTHS = (320, 640, 960, 1280, 1920)


class Facts:
    """What every floor needs once per request: time, locales, restrictions, site roots."""

    def __init__(self, request, language):
        self.request = request
        self.now = timezone.now()
        self.locale_objects = list(Locale.objects.all())
        self.locales = {locale.language_code: locale.pk for locale in self.locale_objects}
        self.languages = {pk: code for code, pk in self.locales.items()}
        self.locale_id = self.locales[language]
        self.origin = f"{request.scheme}://{request.get_host()}"

    @cached_property
    def public(self):
        """The visibility rule as one filter: live, not expired, outside every restriction."""
        live = Q(live=True, depth__gt=1) & (Q(expire_at__isnull=True) | Q(expire_at__gt=self.now))
        return live & ~self.private

    @cached_property
    def private(self):
        """The restricted sections, read once."""
        return private_q()

    @cached_property
    def roots(self):
        """Site root paths by language."""
        return {root.language_code: root.root_path for root in Site.get_site_root_paths()}

    def url(self, url_path, locale_id):
        """Relative URL of a page from its url_path, as Wagtail builds it."""
        language = self.languages[locale_id]
        root = self.roots.get(language)
        if root is None or not url_path.startswith(root):
            return None
        return f"/{language}/{url_path[len(root) :]}"

    @cached_property
    def image_url_template(self):
        """The serve view's URL with placeholders, reversed once."""
        return self.origin + reverse("wagtailimages_serve", args=("SIG", 0, "SPEC")).replace(
            "/0/", "/{id}/"
        ).replace("SIG", "{signature}").replace("SPEC", "{spec}")

    def image_url(self, image_id, file_name, spec):
        """A signed rendition URL, as wagtailimages' serve view expects it."""
        return (
            self.image_url_template.format(
                signature=generate_signature(image_id, spec), id=image_id, spec=spec
            )
            + file_name[len("original_images/") :]
        )

    def translations(self, keys):
        """{translation key: [(id, locale id, title, url_path)]} of public pages, by locale."""
        rows = (
            Page.objects.filter(self.public, translation_key__in=keys)
            .order_by("locale_id")
            .values_list("translation_key", "pk", "locale_id", "title", "url_path")
        )
        found = defaultdict(list)
        for key, pk, locale_id, title, url_path in rows:
            found[key].append((pk, locale_id, title, url_path))
        return found

    def translation_json(self, found, key, pk):
        """The `translations` field of one page."""
        return [
            {
                "locale": self.languages[locale_id].upper(),
                "title": title,
                "url": self.url(url_path, locale_id),
            }
            for other, locale_id, title, url_path in found.get(key, [])
            if other != pk
        ]

    def pages_by_key(self, keys, model=Page):
        """{translation key: (id, title, url_path, content type id)} of public pages in the language."""
        rows = model.objects.filter(
            self.public, translation_key__in=keys, locale_id=self.locale_id
        ).values_list("translation_key", "pk", "title", "url_path", "content_type_id")
        return {key: rest for key, *rest in rows}

    def served_id(self, pk):
        """A page's id as the API serves it in this language (no fallback, no preview)."""
        return f"{pk}:{self.languages[self.locale_id]}"

    def page_json(self, found, typename=False):
        """{__typename?, id, title, url} of a page found by pages_by_key."""
        pk, title, url_path, content_type_id = found
        data = {"id": self.served_id(pk), "title": title, "url": self.url(url_path, self.locale_id)}
        if typename:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            data = {"__typename": model.__name__, **data}
        return data


def answer(data):
    """The JSON response, as the GraphQL view would send it."""
    return HttpResponse(json.dumps({"data": data}), content_type="application/json")


def window(queryset, limit):
    """(total, first `limit` rows) of a values queryset: two queries."""
    return queryset.count(), list(queryset[:limit])


def news(request):
    """`news(limit)` with images, sectors, related pages and translations."""
    limit = int(request.GET.get("limit", 20))
    facts = Facts(request, request.GET.get("locale", "en"))
    queryset = (
        models.NewsPage.objects.filter(facts.public, locale_id=facts.locale_id)
        .order_by("-date", "-pk")
        .values_list(
            "pk", "title", "url_path", "date", "summary", "translation_key",
            "image_id", "image__description", "image__width", "image__file",
        )
    )  # fmt: skip
    total, rows = window(queryset, limit)
    ids = [row[0] for row in rows]

    sectors = defaultdict(list)
    through = models.NewsPage.sectors.through.objects.filter(newspage_id__in=ids)
    names = dict(
        models.Sector.objects.filter(locale_id=facts.locale_id).values_list(
            "translation_key", "name"
        )
    )
    for news_id, slug, key in through.values_list(
        "newspage_id", "sector__slug", "sector__translation_key"
    ):
        if key in names:
            sectors[news_id].append({"slug": slug, "name": names[key]})
    for found in sectors.values():
        found.sort(key=lambda sector: sector["name"])

    links = list(
        models.NewsRelatedPage.objects.filter(news_id__in=ids)
        .order_by("news_id", "sort_order", "pk")
        .values_list("news_id", "page__translation_key")
    )
    related_pages = facts.pages_by_key({key for _, key in links})
    related = defaultdict(list)
    for news_id, key in links:
        page = related_pages.get(key)
        if page is not None and page not in related[news_id]:
            related[news_id].append(page)

    translations = facts.translations([row[5] for row in rows])
    items = []
    for pk, title, url_path, date, summary, key, image_id, alt, width, file_name in rows:
        image = None
        if image_id is not None:
            widths = [size for size in SRCSET_WIDTHS if size <= width] or [SRCSET_WIDTHS[0]]
            image = {
                "alt": alt or "",
                "url": facts.image_url(image_id, file_name, "width-640"),
                "srcset": ", ".join(
                    f"{facts.image_url(image_id, file_name, f'width-{size}')} {size}w"
                    for size in widths
                ),
            }
        items.append(
            {
                "id": facts.served_id(pk),
                "title": title,
                "url": facts.url(url_path, facts.locale_id),
                "date": date.isoformat(),
                "summary": summary,
                "image": image,
                "sectors": {"items": sectors.get(pk, [])},
                "relatedPages": {
                    "items": [facts.page_json(page, typename=True) for page in related[pk]]
                },
                "translations": facts.translation_json(translations, key, pk),
            }
        )
    return answer({"news": {"totalCount": total, "items": items}})


def _status(start, end, now):
    if now < start:
        return "UPCOMING"
    return "LIVE" if now < end else "PAST"


def webinars(request):
    """`webinars(limit)` with series, partners on both sides, programme and translations."""
    limit = int(request.GET.get("limit", 20))
    facts = Facts(request, request.GET.get("locale", "en"))
    queryset = (
        models.WebinarPage.objects.filter(facts.public, locale_id=facts.locale_id)
        .order_by("-start", "-pk")
        .values_list(
            "pk", "title", "url_path", "start", "end", "summary", "translation_key",
            "series__translation_key", "programme",
        )
    )  # fmt: skip
    total, rows = window(queryset, limit)
    ids = [row[0] for row in rows]
    series = {
        key: {"slug": slug, "name": name}
        for key, slug, name in models.WebinarSeries.objects.filter(
            locale_id=facts.locale_id
        ).values_list("translation_key", "slug", "name")
    }
    sides = {}
    keys = set()
    for name, link_model in (
        ("euPartners", models.WebinarEUPartner),
        ("jpPartners", models.WebinarJPPartner),
    ):
        sides[name] = list(
            link_model.objects.filter(page_id__in=ids)
            .order_by("page_id", "sort_order", "pk")
            .values_list("page_id", "partner__translation_key")
        )
        keys.update(key for _, key in sides[name])
    partners = facts.pages_by_key(keys, models.PartnerPage)
    linked = {name: defaultdict(list) for name in sides}
    for name, links in sides.items():
        for page_id, key in links:
            page = partners.get(key)
            if page is not None and page not in linked[name][page_id]:
                linked[name][page_id].append(page)
    translations = facts.translations([row[6] for row in rows])
    items = []
    for pk, title, url_path, start, end, summary, key, series_key, programme in rows:
        item = {
            "id": facts.served_id(pk),
            "title": title,
            "url": facts.url(url_path, facts.locale_id),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "status": _status(start, end, facts.now),
            "summary": summary,
            "series": series.get(series_key),
        }
        for name in sides:
            item[name] = {"items": [facts.page_json(page) for page in linked[name][pk]]}
        item["programme"] = {
            "items": [
                _programme_item(block, f"{facts.served_id(pk)}/programme/")
                for block in programme.raw_data
                if block["type"] == "item"
            ]
        }
        item["translations"] = facts.translation_json(translations, key, pk)
        items.append(item)
    return answer({"webinars": {"totalCount": total, "items": items}})


def _programme_item(block, prefix):
    value = block["value"]
    speakers = [
        # ListBlock children are stored as {"type": "item", "value": ...} since Wagtail 2.16.
        speaker.get("value", speaker)
        for speaker in value.get("speakers") or []
    ]
    return {
        "id": prefix + block["id"],
        "startTime": _clock(value.get("start_time")),
        "endTime": _clock(value.get("end_time")) or None,
        "title": value.get("title") or "",
        "speakers": {
            "items": [
                {
                    "name": speaker.get("name") or "",
                    "organisation": speaker.get("organisation") or None,
                }
                for speaker in speakers
            ]
        },
    }


def _clock(value):
    """HH:MM from a stored time value (HH:MM:SS)."""
    return value[:5] if value else ""


PAGE_TYPES = (models.NewsPage, models.WebinarPage, models.EventPage, models.CallPage)


def pages(request):
    """`pages(limit, types: [NEWS, WEBINAR, EVENT, CALL])`, newest first."""
    limit = int(request.GET.get("limit", 20))
    facts = Facts(request, request.GET.get("locale", "en"))
    content_types = ContentType.objects.get_for_models(*PAGE_TYPES)
    names = {content_type.pk: model.__name__ for model, content_type in content_types.items()}
    queryset = (
        Page.objects.filter(
            facts.public, locale_id=facts.locale_id, content_type_id__in=list(names)
        )
        .order_by("-first_published_at", "-pk")
        .values_list("pk", "title", "slug", "url_path", "first_published_at", "content_type_id")
    )
    total, rows = window(queryset, limit)
    language = facts.languages[facts.locale_id].upper()
    items = [
        {
            "__typename": names[content_type_id],
            "id": facts.served_id(pk),
            "title": title,
            "slug": slug,
            "url": facts.url(url_path, facts.locale_id),
            "firstPublishedAt": first_published_at.isoformat() if first_published_at else None,
            "locale": language,
        }
        for pk, title, slug, url_path, first_published_at, content_type_id in rows
    ]
    return answer({"pages": {"totalCount": total, "items": items}})


def page_by_path(request):
    """`page(path)` of a news article with its body's paragraphs and quotes."""
    path = request.GET["path"]
    language = path.strip("/").split("/")[0]
    facts = Facts(request, language)
    url_path = facts.roots[language] + path.strip("/").split("/", 1)[1] + "/"
    row = (
        models.NewsPage.objects.filter(facts.public, url_path=url_path)
        .values_list("pk", "title", "url_path", "locale_id", "date", "body")
        .first()
    )
    if row is None:
        return answer({"page": None})
    pk, title, url_path, locale_id, date, body = row
    blocks = list(body.raw_data)
    # The API's loaders, given what this view has read already.
    request_facts = RequestFacts(request, locales=facts.locale_objects)
    request_facts.private = facts.private
    scope = Scope(
        locale=request_facts.locales_by_id[locale_id], fallback=False, facts=request_facts
    )
    references = References(scope)
    for block in blocks:
        if block["type"] == "paragraph":
            references.collect_html(block["value"])
    references.resolve()
    prefix = f"{pk}:{language}/body/"
    items = []
    for block in blocks:
        if block["type"] == "paragraph":
            html = render_rich_text(block["value"], references)
            items.append({"__typename": "ParagraphBlock", "id": prefix + block["id"], "html": html})
        elif block["type"] == "quote":
            value = block["value"]
            items.append(
                {
                    "__typename": "QuoteBlock",
                    "id": prefix + block["id"],
                    "quote": value["quote"],
                    "attribution": value.get("attribution") or None,
                }
            )
        else:
            raise ValueError(f"The floor reads paragraphs and quotes only; got {block['type']}.")
    return answer(
        {
            "page": {
                "__typename": "NewsPage",
                "id": facts.served_id(pk),
                "title": title,
                "url": facts.url(url_path, locale_id),
                "date": date.isoformat(),
                "body": {"totalCount": len(blocks), "items": items},
            }
        }
    )
