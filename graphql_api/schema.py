"""The GraphQL schema, assembled from the domains."""

import functools
import logging

import strawberry
import strawberry.schema.name_converter
from strawberry.extensions import ParserCache
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.utils.logging import StrawberryLogger
from strawberry.utils.str_converters import to_camel_case

from graphql_api.blocks.types import (
    CallToActionBlock,
    DocumentBlock,
    EmbedBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
)
from graphql_api.common.discovery import import_declarations
from graphql_api.common.errors import is_internal
from graphql_api.common.limits import (
    BoundedValidationCache,
    CostLimit,
    LimitRules,
    token_limit,
)
from graphql_api.common.lists import root_list_queries
from graphql_api.common.page_types import all_api_types
from graphql_api.pages.queries import PageQueries
from graphql_api.search.queries import SearchQueries
from graphql_api.taxonomy.queries import TaxonomyQueries

# Each package of the API declares its page types (`@page_type`) and root list (`root_list`) in
# its `queries`, an app with kinds in its `api`: found without an edit here.
import_declarations("queries", "api")

Query = merge_types("Query", (root_list_queries(), TaxonomyQueries, PageQueries, SearchQueries))
Query.__strawberry_definition__.description = "Published content of the helpdesk, read-only."

# Block types are reached only through the Block interface: listed so the schema has them.
BLOCK_TYPES = [ParagraphBlock, ImageBlock, QuoteBlock, EmbedBlock, DocumentBlock, CallToActionBlock]

request_log = logging.getLogger("graphql_api.requests")

# Parsed and validated documents are kept by their text: clients repeat a few documents.
DOCUMENT_CACHE_SIZE = 256


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


class Schema(strawberry.Schema):
    """The schema, logging faults of the server as errors and clients' mistakes as information."""

    def process_errors(self, errors, execution_context=None):
        for error in errors:
            if is_internal(error):
                StrawberryLogger.error(error, execution_context)
            else:
                request_log.info("GraphQL request error: %s", error.message)


schema = Schema(
    query=Query,
    config=StrawberryConfig(name_converter=NameConverter()),
    # Every page kind of pages.registry, each with its API type (a missing one fails here).
    types=[*all_api_types(), *BLOCK_TYPES],
    extensions=[
        LimitRules,
        token_limit,
        lambda: ParserCache(maxsize=DOCUMENT_CACHE_SIZE),
        lambda: BoundedValidationCache(maxsize=DOCUMENT_CACHE_SIZE),
        CostLimit,
    ],
)
