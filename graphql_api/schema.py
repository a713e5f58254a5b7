"""The GraphQL schema, assembled from the domains."""

import functools

import strawberry
import strawberry.schema.name_converter
from graphql import GraphQLError, NoSchemaIntrospectionCustomRule, ValidationRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.utils.str_converters import to_camel_case

from django.conf import settings

from graphql_api.blocks.types import (
    CallToActionBlock,
    DocumentBlock,
    EmbedBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
)

# Each domain's types module declares its page types with @page_type; importing the queries
# imports the types.
from graphql_api.calls.queries import CallQueries
from graphql_api.common.errors import BadInput
from graphql_api.common.page_types import all_api_types
from graphql_api.events.queries import EventQueries
from graphql_api.news.queries import NewsQueries
from graphql_api.pages import types as home_and_index_types  # noqa: F401 (declares them)
from graphql_api.pages.queries import PageQueries
from graphql_api.partners.queries import PartnerQueries
from graphql_api.partnerships.queries import PartnershipQueries
from graphql_api.search.queries import SearchQueries
from graphql_api.taxonomy.queries import TaxonomyQueries
from graphql_api.webinars.queries import WebinarQueries

Query = merge_types(
    "Query",
    (
        NewsQueries,
        WebinarQueries,
        EventQueries,
        CallQueries,
        PartnerQueries,
        PartnershipQueries,
        TaxonomyQueries,
        PageQueries,
        SearchQueries,
    ),
)
Query.__strawberry_definition__.description = "Published content of the helpdesk, read-only."

# Block types are reached only through the Block interface: listed so the schema has them.
BLOCK_TYPES = [ParagraphBlock, ImageBlock, QuoteBlock, EmbedBlock, DocumentBlock, CallToActionBlock]

# Limits against abusive documents: nesting, aliases and tokens.
MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 5000


# The limits as validation rules built once: the validation cache is keyed by the rules too, so
# rules built per request (as QueryDepthLimiter and MaxAliasesLimiter do) would never hit it.
class NoNulCharacters(ValidationRule):
    """String literals a column can hold: PostgreSQL refuses NUL characters.

    (The parser already refuses a lone surrogate escape such as \\ud800.)
    """

    def enter_string_value(self, node, *_args):
        if "\x00" in node.value:
            self.report_error(GraphQLError("A string contains a NUL character (\\u0000).", node))


LIMIT_RULES = [depth_rule(MAX_DEPTH, None, None), aliases_rule(MAX_ALIASES), NoNulCharacters]
# Parsed and validated documents are kept by their text: clients repeat a few documents.
DOCUMENT_CACHE_SIZE = 256


def is_internal(error):
    """Whether an error comes from a fault of the server rather than from the request."""
    original = error.original_error
    return original is not None and not isinstance(original, (BadInput, GraphQLError))


class IntrospectionSetting(AddValidationRules):
    """Introspection (__schema, __type) where GRAPHQL_INTROSPECTION allows it."""

    def __init__(self):
        rules = [] if settings.GRAPHQL_INTROSPECTION else [NoSchemaIntrospectionCustomRule]
        super().__init__(rules)


class NameConverter(strawberry.schema.name_converter.NameConverter):
    """Strawberry's camel-case names, each computed once.

    Strawberry renames every argument of a resolver on every call (a list of 100 articles with
    paginated nested lists renames thousands of times per read, 3% of it).
    """

    def apply_naming_config(self, name):
        return camel_case(name)


@functools.cache
def camel_case(name):
    """A Python name as GraphQL spells it."""
    return to_camel_case(name)


schema = strawberry.Schema(
    query=Query,
    config=StrawberryConfig(name_converter=NameConverter()),
    # Every page kind of pages.registry, each with its API type (a missing one fails here).
    types=[*all_api_types(), *BLOCK_TYPES],
    extensions=[
        lambda: AddValidationRules(LIMIT_RULES),
        IntrospectionSetting,
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=DOCUMENT_CACHE_SIZE),
        lambda: ValidationCache(maxsize=DOCUMENT_CACHE_SIZE),
        # Clients read what they did wrong; a fault of the server stays in the server's logs.
        lambda: MaskErrors(should_mask_error=is_internal),
    ],
)
