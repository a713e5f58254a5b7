"""GraphQL over HTTP: the media type a client accepts, and the status and body of each answer."""

import re

from cross_web import HTTPException

from django.conf import settings

from graphql_api.common.errors import TOO_DEEP, is_bad_input, is_internal

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"
NOT_ACCEPTABLE = (
    f"This endpoint answers in {GRAPHQL_RESPONSE} or {JSON}; the Accept header allows neither."
)
ALLOWED_METHODS = "GET, POST"
# The code of a refusal that names none of its own, by its status.
REFUSAL_CODES = {
    400: "BAD_REQUEST",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    415: "UNSUPPORTED_MEDIA_TYPE",
}
# graphql-core's hints ("Did you mean 'news'?") describe the schema to whoever probes it.
SUGGESTION = re.compile(r" Did you mean [^?]*\?")

# What each Accept entry gets; browsers (text/html) get JSON, or GraphiQL where it is enabled.
ANSWERS = {
    GRAPHQL_RESPONSE: GRAPHQL_RESPONSE,
    JSON: JSON,
    "application/*": JSON,
    "*/*": JSON,
    "text/html": JSON,
}


def media_type_for(accept):
    """The media type to answer in for an Accept header, or None when it allows neither.

    A missing header or a wildcard means application/json, as the specification says for
    clients that predate application/graphql-response+json; that type wins a tie.
    """
    if not accept or not accept.strip():
        return JSON
    best, best_quality = None, 0.0
    for entry in accept.split(","):
        kind, *parameters = (part.strip() for part in entry.split(";"))
        answer = ANSWERS.get(kind.lower())
        if answer is None:
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > best_quality or (
            quality == best_quality and quality > 0 and answer == GRAPHQL_RESPONSE
        ):
            best, best_quality = answer, quality
    return best


def content_type(media_type):
    """The Content-Type header of an answer."""
    return f"{media_type}; charset=utf-8"


def refusal(message, code, **details):
    """The body of a request refused before GraphQL could read it: one error, no data."""
    return {"errors": [{"message": message, "extensions": {"code": code, **details}}]}


class Refusal(HTTPException):
    """A request refused before GraphQL could run it: status, message, code and details."""

    def __init__(self, status, message, code=None, **details):
        super().__init__(status, message)
        self.code, self.details = code, details


def refused(error):
    """(status, body, headers) of a refused request, strawberry's refusals included."""
    status = error.status_code
    code = getattr(error, "code", None) or REFUSAL_CODES.get(status, "BAD_REQUEST")
    body = refusal(error.reason, code, **getattr(error, "details", {}))
    # The next try of a refused request may well succeed; no cache keeps a refusal.
    headers = {"Cache-Control": "no-store"}
    if status == 405:
        headers["Allow"] = ALLOWED_METHODS  # RFC 9110 requires it with every 405
    return status, body, headers


def answer(result, media_type, request_id):
    """(status, body) of an execution result.

    - A request refused before execution (unreadable or invalid document, variables that do not
      fit, a limit): no `data`; 400 in application/graphql-response+json, 200 in application/json.
    - An executed request: `data`, with the errors of the fields that failed; 200, or 400 in
      application/graphql-response+json when arguments the API refuses left no data at all.
    - A fault of the server anywhere: 500, its message replaced by one that quotes the request id
      (the log has the error under the same id).
    """
    errors = result.errors or []
    executed = result.data is not None or any(error.path for error in errors)
    body = {"data": result.data} if executed else {}
    if errors:
        body["errors"] = [described(error, request_id) for error in errors]
    if result.extensions:
        body["extensions"] = result.extensions
    codes = {(error.extensions or {}).get("code") for error in errors}
    if any(is_internal(error) for error in errors):
        status = 500
    elif media_type == JSON or codes == {"PERSISTED_QUERY_NOT_FOUND"}:
        # An unknown persisted query is the normal first step of that protocol, not a fault.
        status = 200
    elif not executed or (result.data is None and all(is_bad_input(e) for e in errors)):
        status = 400
    else:
        status = 200
    return status, body


def described(error, request_id):
    """An error as the client reads it."""
    formatted = error.formatted
    if is_internal(error):
        formatted["message"] = (
            f"Internal server error; quote request id {request_id} when reporting it."
        )
        formatted["extensions"] = {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id}
    elif is_bad_input(error):
        # The code Apollo's and other clients' error handling reads for a refused argument.
        formatted["extensions"] = {**formatted.get("extensions", {}), "code": "BAD_USER_INPUT"}
    elif isinstance(error.original_error, RecursionError):
        formatted["message"] = TOO_DEEP
    elif not settings.GRAPHQL_SUGGESTIONS:
        formatted["message"] = SUGGESTION.sub("", formatted["message"])
    return formatted
