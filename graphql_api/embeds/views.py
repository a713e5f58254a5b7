"""Embeds for other sites: the <ejrc-feed> script, and an iframe page for sites without scripts."""

import json
from datetime import datetime

from strawberry.django.context import StrawberryDjangoContext

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from graphql_api.common.embeds import MAX_EMBED_ITEMS, embeds
from graphql_api.schema import schema
from pages.timezones import in_every_display_zone

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def embed_texts():
    """Each embed's heading and empty-list text in each language: {language: {name: texts}}."""
    texts = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            texts[language] = {
                embed.name: {"heading": str(embed.heading), "empty": str(embed.empty)}
                for embed in embeds().values()
            }
    return texts


@require_GET
@cache_control(public=True, max_age=3600)
def feed_script(request):
    """The web component, with the embeds' documents, texts and lines and the API path written in."""
    declared = embeds()
    script = render_to_string(
        "embeds/ejrc-feed.js",
        {
            "documents": json.dumps({embed.name: embed.document for embed in declared.values()}),
            "texts": json.dumps(embed_texts()),
            "embeds": declared.values(),
            "max_items": MAX_EMBED_ITEMS,
            "api_path": reverse("graphql"),
        },
    )
    return HttpResponse(script, content_type="text/javascript; charset=utf-8")


def when(local_times, language):
    """The instant as the visitor site writes it, with the date on each side where it differs."""
    if not local_times:
        return ""
    return in_every_display_zone(datetime.fromisoformat(local_times[0]["dateTime"]), language)


def frame_ancestors():
    """The Content-Security-Policy that lets the allowed sites frame the embed."""
    return " ".join(["'self'", *settings.EMBED_FRAME_ANCESTORS])


@require_GET
@xframe_options_exempt
def feed_frame(request, kind):
    """A server-rendered list for an iframe, read through the same GraphQL documents."""
    declared = embeds()
    if kind not in declared:
        return HttpResponseBadRequest(f"Unknown embed {kind!r}: use {', '.join(declared)}.")
    embed = declared[kind]
    language = request.GET.get("locale", "en").lower()
    if language not in LANGUAGE_CODES:
        return HttpResponseBadRequest(f"Unknown locale {language!r}: use en or ja.")
    try:
        limit = int(request.GET.get("limit", "5"))
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_EMBED_ITEMS:
        return HttpResponseBadRequest(f"limit must be a whole number from 1 to {MAX_EMBED_ITEMS}.")
    result = schema.execute_sync(
        embed.document,
        variable_values={"locale": language.upper(), "limit": limit},
        context_value=StrawberryDjangoContext(request=request, response=None),
    )
    if result.errors:
        raise result.errors[0]
    items = result.data["items"]["items"]
    if embed.local_time:
        for item in items:
            item["when"] = when(item[embed.local_time], language)
    with translation.override(language):
        response = render(
            request,
            "embeds/frame.html",
            {"embed": embed, "items": items, "language": language},
        )
    response["Content-Security-Policy"] = f"frame-ancestors {frame_ancestors()}"
    response["Cache-Control"] = f"public, max-age={settings.GRAPHQL_HTTP_MAX_AGE}"
    return response
