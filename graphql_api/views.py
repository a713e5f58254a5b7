"""The GraphQL endpoint: persisted queries, and cached, ETagged anonymous reads."""

import dataclasses
import json

from cross_web import HTTPException
from graphql import GraphQLError
from graphql.execution import ExecutionResult
from strawberry.django.views import GraphQLView
from strawberry.http import GraphQLRequestData
from strawberry.schema.exceptions import InvalidOperationTypeError

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, HttpResponseNotModified
from django.templatetags.static import static
from django.views.decorators.csrf import csrf_exempt

from .common.limits import TimeLimit, document_too_large
from .http import caching, responses
from .http.persisted import (
    PersistedQueryError,
    register,
    registration,
    resolve_document,
    trusted_documents,
)
from .http.responses import Refusal
from .schema import schema

PREVIEW_ARGUMENT = "previewToken"
UNSUPPORTED_MEDIA_TYPE = "Send the operation as application/json (Content-Type header)."
# An operation's JSON (body, variables, extensions) needs a few levels; deeper JSON is refused
# before anything walks it recursively (the parser, the string checks, variable coercion).
MAX_JSON_DEPTH = 32
JSON_TOO_DEEP = f"The request's JSON nests arrays and objects more than {MAX_JSON_DEPTH} deep."
BODY_TOO_LARGE = "The request body is larger than this server's limit of %d bytes."
NO_GRAPHIQL = "No GraphQL query found in the request, and this server has no in-browser IDE."

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
        """The answer; a refusal, ours or strawberry's, as a GraphQL error in the negotiated type."""
        try:
            return self.limited_dispatch(request, *args, **kwargs)
        except HTTPException as error:
            status, body, headers = responses.refused(error)
            # A client that accepts neither JSON type (406) gets the default one.
            media_type = getattr(self, "media_type", None) or responses.JSON
            return HttpResponse(
                self.encode_json(body),
                status=status,
                content_type=responses.content_type(media_type),
                headers=headers,
            )

    def limited_dispatch(self, request, *args, **kwargs):
        """Refuses what GraphQL cannot read, then runs within the time limit."""
        self.media_type = responses.media_type_for(request.headers.get("Accept"))
        if self.media_type is None:
            raise Refusal(406, responses.NOT_ACCEPTABLE)
        if request.method == "POST" and request.content_type != "application/json":
            raise Refusal(415, UNSUPPORTED_MEDIA_TYPE)
        try:
            request.body.decode()
        except RequestDataTooBig as error:
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            raise Refusal(400, BODY_TOO_LARGE % limit, "BODY_TOO_LARGE", limit=limit) from error
        except UnicodeDecodeError as error:
            raise Refusal(400, "The request body is not valid UTF-8.") from error
        with TimeLimit():
            return self.cached_dispatch(request, *args, **kwargs)

    def cached_dispatch(self, request, *args, **kwargs):
        """Anonymous reads from the response cache; the rest run."""
        operation = cacheable_operation(request)
        # self.run, not strawberry's dispatch, which answers a refusal in plain text: refusals
        # reach dispatch, which answers them all alike.
        # Every request but an answer from the cache counts against the client's rate limit.
        request.ran_uncached = True
        if operation is None:
            # Signed-in and preview reads, and anything else the cache skips, stay private.
            response = self.run(request)
            response["Cache-Control"] = "private, no-store"
            return response
        slot = caching.CacheSlot(operation) if settings.GRAPHQL_RESPONSE_CACHE_SECONDS else None
        found = slot.get() if slot else None
        if found is None:
            response = self.run(request)
            if response.status_code != 200 or b'"errors"' in response.content:
                response["Cache-Control"] = "no-store"  # the next try may well succeed
                return response
            body, etag = response.content, caching.etag_for(response.content)
            language = response.get("Content-Language")
            if slot:
                slot.store(body, etag, language)
        else:
            body, etag, language = found
            request.ran_uncached = False
        seconds_left = slot.seconds_left() if slot else settings.GRAPHQL_HTTP_S_MAXAGE
        return cached_response(request, body, etag, seconds_left, self.media_type, language)

    def decode_json(self, data):
        """The JSON body: one operation, as an object, of storable text."""
        decoded = load_json(data)
        if isinstance(decoded, list):
            raise Refusal(400, "Batching is not supported: send one operation per request.")
        if not isinstance(decoded, dict):
            raise Refusal(400, "The request body must be a JSON object.")
        check_strings(decoded)
        self.decoded_body = decoded  # read again for `documentId`, which strawberry drops
        return decoded

    def parse_query_params(self, params):
        """GET parameters, held to the rules of a JSON body."""
        params = dict(params)
        check_strings(params)
        # Not strawberry's parse_json: its errors and decode_json's speak of a request body.
        for name in ("variables", "extensions"):
            if params.get(name):
                try:
                    params[name] = load_json(params[name])
                except ValueError as error:
                    raise Refusal(400, f"The `{name}` parameter is not valid JSON.") from error
                check_strings(params[name])
        return params

    def should_render_graphql_ide(self, request):
        """GraphiQL for a browser's bare GET, never for a persisted operation without `query`."""
        # fetch() sends Accept: */*, which strawberry reads as a browser asking for the IDE.
        params = request.query_params
        wanted = (
            "documentId" not in params
            and "extensions" not in params
            and super().should_render_graphql_ide(request)
        )
        if wanted and not self.graphql_ide:
            raise Refusal(404, NO_GRAPHIQL)
        return wanted

    def parse_http_body(self, request):
        """Strawberry's reading of the request, with the `documentId` of a persisted document."""
        request_data = super().parse_http_body(request)
        # Strawberry keeps only query, variables, operationName and extensions; the body it has
        # just parsed (and found to be an object) is kept by decode_json, not parsed again.
        fields = request.query_params if request.method == "GET" else self.decoded_body
        return PersistedRequestData(**vars(request_data), document_id=fields.get("documentId"))

    def execute_single(
        self, request, request_adapter, sub_response, context, root_value, request_data
    ):
        try:
            document = resolve_document(
                request_data.query, request_data.extensions, request_data.document_id
            )
        except PersistedQueryError as error:
            return ExecutionResult(
                data=None, errors=[GraphQLError(str(error), extensions={"code": error.code})]
            )
        if too_large := document_too_large(document):
            return ExecutionResult(data=None, errors=[too_large])
        try:
            result = super().execute_single(
                request,
                request_adapter,
                sub_response,
                context,
                root_value,
                dataclasses.replace(request_data, query=document),
            )
        except HTTPException as error:
            if isinstance(error.__cause__, InvalidOperationTypeError):
                raise Refusal(405, "Only queries may be sent by GET.") from error
            raise
        sha = registration(request_data.query, request_data.extensions)
        if sha and result.data is not None:
            # The address the rate limits count (behind trusted proxies), set by their middleware.
            client = getattr(request, "client_address", request.META.get("REMOTE_ADDR", ""))
            register(sha, document, client)
        return result

    def process_result(self, request, result):
        """The answer's body, faults masked; the status follows from what failed."""
        self.status, body = responses.answer(result, self.media_type, request.request_id)
        return body

    def create_response(self, response_data, sub_response):
        response = super().create_response(response_data, sub_response)
        response["Content-Type"] = responses.content_type(self.media_type)
        response.status_code = self.status
        # The languages the root fields were asked in (locale:), not the reader's Accept-Language.
        languages = getattr(getattr(self.request, "_api_facts", None), "languages", None)
        if languages:
            response["Content-Language"] = ", ".join(sorted(languages))
        return response


@dataclasses.dataclass
class PersistedRequestData(GraphQLRequestData):
    """A request's operation, with the `documentId` it names its document by (or None)."""

    document_id: object = None


class NestedTooDeeply(Refusal):
    """JSON in a request whose arrays and objects nest deeper than MAX_JSON_DEPTH."""

    def __init__(self):
        super().__init__(400, JSON_TOO_DEEP, "JSON_TOO_DEEP", limit=MAX_JSON_DEPTH)


def load_json(text):
    """The value of JSON text from a request, refused when it nests deeper than MAX_JSON_DEPTH."""
    try:
        value = json.loads(text)
    except RecursionError as error:
        raise NestedTooDeeply from error
    depth, level = 0, [value]
    while containers := [item for item in level if isinstance(item, dict | list)]:
        depth += 1
        if depth > MAX_JSON_DEPTH:
            raise NestedTooDeeply
        level = [
            child
            for container in containers
            for child in (container.values() if isinstance(container, dict) else container)
        ]
    return value


def check_strings(value):
    """Refuse strings no column can store: NUL characters and lone surrogates (\\ud800)."""
    if isinstance(value, dict):
        value = [*value, *value.values()]
    if isinstance(value, list):
        for item in value:
            check_strings(item)
    elif isinstance(value, str):
        if "\x00" in value:
            raise Refusal(400, "The request contains a NUL character (\\u0000).")
        try:
            value.encode()
        except UnicodeEncodeError as error:
            raise Refusal(400, "The request contains an unpaired surrogate.") from error


def is_private(request):
    """Requests that are someone's: signed in (a valid session) or sent with credentials."""
    # Credentials mark a read as someone's: a shared cache must never keep or serve it, even
    # though the API answers it as an anonymous read.
    if "Authorization" in request.headers:
        return True
    # A session cookie alone proves nothing: anyone can send one to skip the cache.
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


def cacheable_operation(request):
    """The operation of an anonymous read, as a dict to key the cache with, or None."""
    if is_private(request):
        return None
    if request.method == "GET":
        params = request.GET
        if not {"query", "extensions", "documentId"} & params.keys():
            return None  # GraphiQL or an empty request
        operation = {name: params.get(name) for name in ("query", "variables", "operationName")}
        extensions, document_id = params.get("extensions"), params.get("documentId")
    elif request.method == "POST" and request.content_type == "application/json":
        try:
            body = load_json(request.body)
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        operation = {name: body.get(name) for name in ("query", "variables", "operationName")}
        extensions, document_id = body.get("extensions"), body.get("documentId")
    else:
        return None
    if isinstance(extensions, str):
        try:
            extensions = load_json(extensions)
        except ValueError:
            return None
    if not isinstance(extensions, dict | None):
        return None  # refused by the view
    persisted = (extensions or {}).get("persistedQuery")
    if persisted or document_id is not None:
        operation["hash"] = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if document_id is not None:
            operation["documentId"] = document_id
        if operation["query"] is None:
            # A hash or document id alone is cacheable only once the server knows its document.
            try:
                operation["query"] = resolve_document(None, extensions, document_id)
            except PersistedQueryError:
                return None
    text = json.dumps(operation, default=str)
    if PREVIEW_ARGUMENT in text:
        return None
    # Answers hold absolute URLs built from the address the client reached.
    operation["origin"] = f"{request.scheme}://{request.get_host()}"
    return operation


def cached_response(request, body, etag, seconds_left, media_type, language=None):
    """A successful answer with its ETag; 304 when the client has it already."""
    if request.method == "GET" and caching.etag_matches(request.headers.get("If-None-Match"), etag):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type=responses.content_type(media_type))
    response["ETag"] = etag
    if language:
        response["Content-Language"] = language
    if request.method == "GET":
        response["Cache-Control"] = caching.cache_control_header(seconds_left)
    return response


def graphql_view():
    """The endpoint: queries by GET or POST.

    CSRF protection is off because the API is read-only (the schema has no mutations) and
    public, so a forged cross-site request can neither change data nor read private content.
    """
    # A trusted-documents manifest that cannot be read, or whose keys do not match their
    # documents, stops the URLconf (and so `manage.py check`) instead of a request later.
    trusted_documents()
    return csrf_exempt(HelpdeskGraphQLView.as_view(schema=schema, allow_queries_via_get=True))
