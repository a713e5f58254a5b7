"""Errors the API reports to clients, and how a fault of the server is told apart."""

from graphql import GraphQLError


class BadInput(Exception):
    """An argument a client sent that the API cannot honour; the message says why."""


class TimeLimitExceeded(Exception):
    """The request ran past GRAPHQL_TIME_LIMIT_SECONDS."""


# A document whose fragments nest deeper than Python's recursion limit stops a validation rule.
TOO_DEEP = "The document nests fragments too deeply to be checked."


def is_internal(error):
    """Whether a GraphQL error comes from a fault of the server rather than from the request."""
    original = error.original_error
    return original is not None and not isinstance(
        original, BadInput | GraphQLError | TimeLimitExceeded | RecursionError
    )


def is_bad_input(error):
    """Whether a GraphQL error is an argument the API refused (BadInput)."""
    return isinstance(error.original_error, BadInput)
