"""The GraphQL endpoint: persisted queries, and cached, ETagged anonymous reads."""

import dataclasses
import json

from cross_web import HTTPException
from graphql import GraphQLError
from graphql.execution import ExecutionResult
from strawberry.django.views import GraphQLView

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.templatetags.static import static
from django.views.decorators.csrf import csrf_exempt

from .http import caching
from .http.persisted import PersistedQueryError, resolve_document
from .schema import schema

PREVIEW_ARGUMENT = "previewToken"

# GraphiQL's files as strawberry's page names them on a CDN, and the copies the project serves
# (graphql_api/static/graphiql): the IDE makes no outside request.
GRAPHIQL_ASSETS = {
    "https://unpkg.com/react@18.2.0/umd/react.production.min.js": "react.production.min.js",
    "https://unpkg.com/react-dom@18.2.0/umd/react-dom.production.min.js": (
        "react-dom.production.min.js"
    ),
    "https://unpkg.com/js-cookie@3.0.5/dist/js.cookie.min.js": "js.cookie.min.js",
    "https://unpkg.com/graphiql@3.8.3/graphiql.min.css": "graphiql.min.css",
    "https://unpkg.com/@graphiql/plugin-explorer@1.0.2/dist/style.css": "plugin-explorer.css",
    "https://unpkg.com/graphiql@3.8.3/graphiql.min.js": "graphiql.min.js",
    "https://unpkg.com/@graphiql/plugin-explorer@1.0.2/dist/index.umd.js": (
        "plugin-explorer.umd.js"
    ),
}


class HelpdeskGraphQLView(GraphQLView):
    """Strawberry's view, with GraphiQL only where the settings enable it."""

    @property
    def graphql_ide(self):
        return "graphiql" if getattr(settings, "GRAPHIQL_ENABLED", False) else None

    @graphql_ide.setter
    def graphql_ide(self, value):
        """The settings decide; the value given to the constructor is ignored."""

    @property
    def graphql_ide_html(self):
        """Strawberry's GraphiQL page, loading its files from the project (same integrity)."""
        html = super().graphql_ide_html
        for remote, name in GRAPHIQL_ASSETS.items():
            html = html.replace(remote, static(f"graphiql/{name}"))
        return html

    def dispatch(self, request, *args, **kwargs):
        try:
            request.body.decode()
        except UnicodeDecodeError:
            return HttpResponse(
                "The request body is not valid UTF-8.", status=400, content_type="text/plain"
            )
        operation = cacheable_operation(request)
        if operation is None:
            # Signed-in and preview reads, and anything else the cache skips, stay private.
            response = super().dispatch(request, *args, **kwargs)
            response["Cache-Control"] = "private, no-store"
            return response
        slot = caching.CacheSlot(operation) if settings.GRAPHQL_RESPONSE_CACHE_SECONDS else None
        found = slot.get() if slot else None
        if found is None:
            response = super().dispatch(request, *args, **kwargs)
            if response.status_code != 200 or b'"errors"' in response.content:
                return response
            body, etag = response.content, caching.etag_for(response.content)
            if slot:
                slot.store(body, etag)
        else:
            body, etag = found
        seconds_left = slot.seconds_left() if slot else settings.GRAPHQL_HTTP_S_MAXAGE
        return cached_response(request, body, etag, seconds_left)

    def decode_json(self, data):
        """The JSON body: an object (or a list, which batching refuses) of storable text."""
        decoded = json.loads(data)
        if not isinstance(decoded, dict | list):
            raise HTTPException(400, "The request body must be a JSON object.")
        check_strings(decoded)
        return decoded

    def parse_query_params(self, params):
        """GET parameters, held to the rules of a JSON body."""
        check_strings(dict(params))
        return super().parse_query_params(params)

    def execute_single(
        self, request, request_adapter, sub_response, context, root_value, request_data
    ):
        try:
            document = resolve_document(request_data.query, request_data.extensions)
        except PersistedQueryError as error:
            return ExecutionResult(
                data=None, errors=[GraphQLError(str(error), extensions={"code": error.code})]
            )
        return super().execute_single(
            request,
            request_adapter,
            sub_response,
            context,
            root_value,
            dataclasses.replace(request_data, query=document),
        )

    def create_response(self, response_data, sub_response):
        """Answer 400 when a request failed as a whole (malformed, invalid or bad input)."""
        response = super().create_response(response_data, sub_response)
        errors = response_data.get("errors") if isinstance(response_data, dict) else None
        if errors and response_data.get("data") is None:
            # An unknown persisted query is the normal first step of the protocol, not a fault.
            codes = {(error.get("extensions") or {}).get("code") for error in errors}
            if codes != {"PERSISTED_QUERY_NOT_FOUND"}:
                response.status_code = 400
        return response


def check_strings(value):
    """Refuse strings no column can store: NUL characters and lone surrogates (\\ud800)."""
    if isinstance(value, dict):
        value = [*value, *value.values()]
    if isinstance(value, list):
        for item in value:
            check_strings(item)
    elif isinstance(value, str):
        if "\x00" in value:
            raise HTTPException(400, "The request contains a NUL character (\\u0000).")
        try:
            value.encode()
        except UnicodeEncodeError as error:
            raise HTTPException(400, "The request contains an unpaired surrogate.") from error


def is_private(request):
    """Requests that may see what others may not: signed-in users and previews."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META


def cacheable_operation(request):
    """The operation of an anonymous read, as a dict to key the cache with, or None."""
    if is_private(request):
        return None
    if request.method == "GET":
        params = request.GET
        if "query" not in params and "extensions" not in params:
            return None  # GraphiQL or an empty request
        operation = {name: params.get(name) for name in ("query", "variables", "operationName")}
        extensions = params.get("extensions")
    elif request.method == "POST" and request.content_type == "application/json":
        try:
            body = json.loads(request.body)
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        operation = {name: body.get(name) for name in ("query", "variables", "operationName")}
        extensions = body.get("extensions")
    else:
        return None
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except ValueError:
            return None
    persisted = (extensions or {}).get("persistedQuery") if isinstance(extensions, dict) else None
    if persisted:
        operation["hash"] = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if operation["query"] is None:
            # A hash alone is cacheable only once the server knows its document.
            try:
                operation["query"] = resolve_document(None, extensions)
            except PersistedQueryError:
                return None
    text = json.dumps(operation, default=str)
    if PREVIEW_ARGUMENT in text:
        return None
    operation["language"] = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    # Answers hold absolute URLs built from the address the client reached.
    operation["origin"] = f"{request.scheme}://{request.get_host()}"
    return operation


def cached_response(request, body, etag, seconds_left):
    """A JSON response with its ETag; 304 when the client has it already."""
    if request.method == "GET" and caching.etag_matches(request.headers.get("If-None-Match"), etag):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    if request.method == "GET":
        response["Cache-Control"] = caching.cache_control_header(seconds_left)
    return response


def graphql_view():
    """The endpoint: queries by GET or POST.

    CSRF protection is off because the API is read-only (the schema has no mutations) and
    public, so a forged cross-site request can neither change data nor read private content.
    """
    return csrf_exempt(HelpdeskGraphQLView.as_view(schema=schema, allow_queries_via_get=True))
