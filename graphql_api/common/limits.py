"""Limits on what one GraphQL request may ask: depth, aliases, tokens, size, cost and time.

Each limit is a setting (GRAPHQL_MAX_*, GRAPHQL_TIME_LIMIT_SECONDS); a request over a limit is
refused before anything runs, with an error that names the limit.
"""

import functools
import threading
import time
from collections import Counter, defaultdict
from typing import NamedTuple

from graphql import (
    ExecutableDefinitionNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    NoSchemaIntrospectionCustomRule,
    OperationDefinitionNode,
    ValidationRule,
    get_named_type,
    get_nullable_type,
    get_operation_ast,
    is_list_type,
    value_from_ast,
)
from graphql.execution import ExecutionResult
from graphql.execution.values import get_variable_values
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as strawberry_depth_rule

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections

from .errors import TimeLimitExceeded


class NoNulCharacters(ValidationRule):
    """String literals a column can hold: PostgreSQL refuses NUL characters.

    (The parser already refuses a lone surrogate escape such as \\ud800.)
    """

    def enter_string_value(self, node, *_args):
        if "\x00" in node.value:
            self.report_error(GraphQLError("A string contains a NUL character (\\u0000).", node))


def depth_rule(max_depth):
    """Strawberry's depth rule, checked only where every fragment spread has its definition."""
    strawberry_rule = strawberry_depth_rule(max_depth, None, None)

    class DepthLimit(ValidationRule):
        def __init__(self, context):
            super().__init__(context)
            # Strawberry's rule fails on a spread of an undefined fragment; graphql-core's
            # KnownFragmentNamesRule refuses such a document with the usual validation error.
            if all(
                context.get_fragment(spread.name.value)
                for definition in context.document.definitions
                if isinstance(definition, ExecutableDefinitionNode)
                for spread in context.get_fragment_spreads(definition.selection_set)
            ):
                strawberry_rule(context)  # it reports what it finds while it is built

    return DepthLimit


# The rules are built once per set of limits: the validation cache is keyed by the rules too, so
# rules built per request (as QueryDepthLimiter and MaxAliasesLimiter do) would never hit it.
@functools.cache
def validation_rules(max_depth, max_aliases, introspection):
    """The limit rules for the given settings, the same objects on every call."""
    rules = [depth_rule(max_depth), aliases_rule(max_aliases), NoNulCharacters]
    if not introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


class LimitRules(AddValidationRules):
    """Depth, aliases, NUL characters and (where GRAPHQL_INTROSPECTION is off) introspection."""

    def __init__(self):
        super().__init__(
            validation_rules(
                settings.GRAPHQL_MAX_DEPTH,
                settings.GRAPHQL_MAX_ALIASES,
                settings.GRAPHQL_INTROSPECTION,
            )
        )


def token_limit():
    """The parser's token limit, from GRAPHQL_MAX_TOKENS."""
    return MaxTokensLimiter(max_token_count=settings.GRAPHQL_MAX_TOKENS)


def document_too_large(document):
    """An error when a document is over GRAPHQL_MAX_DOCUMENT_BYTES, else None."""
    size = len(document.encode()) if isinstance(document, str) else 0
    budget = settings.GRAPHQL_MAX_DOCUMENT_BYTES
    if size <= budget:
        return None
    return GraphQLError(
        f"The document is {size} bytes long; this server accepts at most {budget}.",
        extensions={"code": "DOCUMENT_TOO_LARGE", "size": size, "limit": budget},
    )


class Width(NamedTuple):
    """How wide a document's selection sets are, as validation meets them."""

    fields: int  # the most fields one selection set merges
    repeats: int  # the most times one response name occurs in a merged selection set


def selection_width(document):
    """The width of the document's selection sets, their fragments' fields included.

    Validation compares the fields of a merged selection set that share a response name
    pairwise, and their selections in turn: its cost grows with the square of the repeats.
    """
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    merged_fragments = {}
    widest = Width(0, 0)

    def merged(selection_set, visiting):
        """The response names the set merges, counted; records the widest set met."""
        nonlocal widest
        names = Counter()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                names[(selection.alias or selection.name).value] += 1
                if selection.selection_set:
                    merged(selection.selection_set, visiting)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                # A spread of an unknown fragment, or a cycle, is refused by validation.
                if name in visiting or name not in fragments:
                    continue
                if name not in merged_fragments:
                    merged_fragments[name] = merged(
                        fragments[name].selection_set, visiting | {name}
                    )
                names.update(merged_fragments[name])
            else:  # an inline fragment
                names.update(merged(selection.selection_set, visiting))
        width = Width(names.total(), max(names.values(), default=0))
        widest = Width(max(widest.fields, width.fields), max(widest.repeats, width.repeats))
        return names

    for definition in document.definitions:
        if isinstance(definition, ExecutableDefinitionNode):
            merged(definition.selection_set, frozenset())
    return widest


class BoundedValidationCache(ValidationCache):
    """Strawberry's validation cache, refusing first the documents over GRAPHQL_MAX_FIELDS."""

    def on_validate(self):
        error = width_error(selection_width(self.execution_context.graphql_document))
        if error is None:
            yield from super().on_validate()
            return
        # Errors set before validation stop strawberry from validating.
        self.execution_context.pre_execution_errors = [error]
        yield


def width_error(width):
    """The error of a document over GRAPHQL_MAX_FIELDS or GRAPHQL_MAX_FIELD_REPEATS, or None."""
    if width.fields > settings.GRAPHQL_MAX_FIELDS:
        limit = settings.GRAPHQL_MAX_FIELDS
        message = (
            f"A selection set asks for {width.fields} fields (its fragments' included); this "
            f"server accepts at most {limit} in one."
        )
        return GraphQLError(
            message, extensions={"code": "TOO_MANY_FIELDS", "fields": width.fields, "limit": limit}
        )
    if width.repeats > settings.GRAPHQL_MAX_FIELD_REPEATS:
        limit = settings.GRAPHQL_MAX_FIELD_REPEATS
        message = (
            f"A selection set asks for one field {width.repeats} times (its fragments' "
            f"included); this server accepts at most {limit}."
        )
        extensions = {"code": "TOO_MANY_FIELDS", "repeats": width.repeats, "limit": limit}
        return GraphQLError(message, extensions=extensions)
    return None


class CostLimit(SchemaExtension):
    """Refuses an operation whose cost is over GRAPHQL_MAX_COST before it runs."""

    def on_execute(self):
        context = self.execution_context
        # The name the request gave: strawberry's `operation_name` falls back on the first
        # operation's, and runs it, where the specification asks for a request error.
        given = getattr(context, "_provided_operation_name", context.operation_name)
        if given is None and len(operations(context.graphql_document)) > 1:
            error = GraphQLError(
                "This document has several operations: name the one to run (operationName).",
                extensions={"code": "OPERATION_NAME_REQUIRED"},
            )
            context.result = ExecutionResult(data=None, errors=[error])
            yield
            return
        cost = operation_cost(
            context.schema._schema,
            context.graphql_document,
            context.operation_name,
            context.variables,
        )
        budget = settings.GRAPHQL_MAX_COST
        if cost > budget:
            message = (
                f"The query costs {cost}, over this server's budget of {budget}: ask for fewer "
                "items (limit arguments) or fewer fields."
            )
            error = GraphQLError(
                message, extensions={"code": "QUERY_TOO_COSTLY", "cost": cost, "budget": budget}
            )
            # A result set before execution stops strawberry from executing.
            context.result = ExecutionResult(data=None, errors=[error])
        yield


def operations(document):
    """The operation definitions of a document."""
    return [node for node in document.definitions if isinstance(node, OperationDefinitionNode)]


def operation_cost(schema, document, operation_name, variables):
    """The most fields the operation can answer: each field counts once per item of every list
    around it, a list holding as many items as the `limit` argument (or its default) of the
    field that returns it or of the connection it is the `items` of.

    Lists without a `limit` (languages, time zones) count as one item. Fragments on different
    types of an interface or union are alternatives: the dearest counts.
    """
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    values = get_variable_values(schema, operation.variable_definitions or (), variables or {})
    # Variables that do not fit are refused by execution, with its own errors.
    coerced = {} if isinstance(values, list) else values.coerced
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }

    def limit_of(field, node):
        """The field's `limit` argument as asked (or its default), else None."""
        argument = field.args.get("limit")
        if argument is None:
            return None
        value = argument.default_value
        for given in node.arguments or ():
            if given.name.value == "limit":
                value = value_from_ast(given.value, argument.type, coerced)
        return value if isinstance(value, int) and value > 0 else 1

    def selection_cost(parent, selection_set, spread, size):
        own = 0
        alternatives = defaultdict(int)
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                field = getattr(parent, "fields", {}).get(selection.name.value)
                if field is None:  # __typename, or a field validation refused
                    own += 1
                    continue
                limit = limit_of(field, selection)
                is_list = is_list_type(get_nullable_type(field.type))
                items = (limit or size) if is_list else 1
                inner = 0
                if selection.selection_set:
                    inner = selection_cost(
                        get_named_type(field.type),
                        selection.selection_set,
                        spread,
                        1 if is_list else (limit or 1),
                    )
                own += 1 + items * inner
                continue
            if isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in spread or name not in fragments:
                    continue
                fragment, inside = fragments[name], spread | {name}
            else:
                fragment, inside = selection, spread
            condition = fragment.type_condition
            target = schema.get_type(condition.name.value) if condition else parent
            if target is None:
                continue
            cost = selection_cost(target, fragment.selection_set, inside, size)
            if target is parent:
                own += cost
            else:
                alternatives[target.name] += cost
        return own + max(alternatives.values(), default=0)

    root = schema.get_root_type(operation.operation)
    return selection_cost(root, operation.selection_set, frozenset(), 1) if root else 0


clock = time.monotonic


def interrupt(database):
    """Interrupt the statement a database connection is running; called from another thread."""
    raw = database.connection
    if raw is None:  # never connected: nothing runs
        return
    if database.vendor == "postgresql":
        # Sends the server a cancel request; the statement ends with QueryCanceled.
        raw.cancel_safe()
    else:
        raw.interrupt()


class TimeLimit:
    """Stops a request's database work once GRAPHQL_TIME_LIMIT_SECONDS have passed.

    Reads spend their time in queries and in building answers from what the queries return; the
    cost limit bounds the second, and this the first: checked before each query, and inside a
    query still running at the deadline, which the database is asked to interrupt.
    """

    def __init__(self):
        self.seconds = settings.GRAPHQL_TIME_LIMIT_SECONDS
        self.deadline = clock() + self.seconds

    def exceeded(self):
        return TimeLimitExceeded(
            f"The request took longer than this server's limit of {self.seconds:g} s and "
            "was stopped: ask for fewer items."
        )

    def __call__(self, execute, sql, params, many, context):
        if clock() > self.deadline or self.interrupted.is_set():
            raise self.exceeded()
        try:
            return execute(sql, params, many, context)
        except DatabaseError as error:
            if self.interrupted.is_set():
                raise self.exceeded() from error
            raise

    def stop(self):
        # Set before interrupting: the statement may fail before the interruption returns.
        self.interrupted.set()
        interrupt(self.database)

    def __enter__(self):
        # One alarm per request, for whichever statement runs at the deadline. The request's
        # connection is taken here: `connection` resolves per thread, and the alarm has its own.
        self.database, self.interrupted = connections[DEFAULT_DB_ALIAS], threading.Event()
        self.alarm = threading.Timer(self.seconds, self.stop)
        self.alarm.start()
        self.wrapper = connection.execute_wrapper(self)
        self.wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self.alarm.cancel()
        return self.wrapper.__exit__(*exc)
