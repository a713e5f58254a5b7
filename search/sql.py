"""The search's SQL composed safely: fixed text, quoted names, and every value a parameter.

The statements the search runs (counting terms, grouping by document, a window and its counts
in one query) are beyond the ORM, and their cost is measured statement by statement. They are
written here as templates of fixed text whose `{fields}` take only `Sql` pieces: a quoted table
or column name, placeholders with their values, or another composed statement. A string cannot
be put in a template, so no text from a query or a page can become SQL.
"""

import functools
from dataclasses import dataclass
from string import Formatter

from django.db import connection


@dataclass(frozen=True)
class Sql:
    """A piece of SQL and the parameters of its placeholders, in order."""

    text: str
    params: tuple = ()

    def __str__(self):
        return self.text


def compose(template, **parts):
    """The template with each `{field}` replaced by the `Sql` piece of that name.

    Parameters follow the order in which the fields appear, so a statement's values cannot be
    passed in the wrong order. The template itself holds no placeholder of its own.
    """
    text, params = [], []
    for literal, name in _parsed(template):
        text.append(literal)
        if name is None:
            continue
        part = parts[name]
        if not isinstance(part, Sql):
            raise TypeError(f"The field {name!r} takes SQL, not {type(part).__name__}.")
        text.append(part.text)
        params.extend(part.params)
    return Sql("".join(text), tuple(params))


@functools.cache
def _parsed(template):
    """The template's fixed texts and the fields after them, checked; parsed once per template."""
    if "%" in template:
        raise ValueError("A template takes its values as fields, not as placeholders.")
    parsed = []
    for literal, name, spec, conversion in Formatter().parse(template):
        if spec or conversion:
            raise ValueError(f"The field {name!r} of a template takes no format.")
        parsed.append((literal, name))
    return tuple(parsed)


def join(separator, pieces):
    """The pieces of SQL joined by the fixed separator (" AND ", " UNION ")."""
    pieces = list(pieces)
    if not all(isinstance(piece, Sql) for piece in pieces):
        raise TypeError("Only pieces of SQL are joined.")
    return Sql(
        separator.join(piece.text for piece in pieces),
        tuple(param for piece in pieces for param in piece.params),
    )


def value(param):
    """One placeholder and its value."""
    return Sql("%s", (param,))


def integer(number):
    """An integer written in the statement, as a constant of the code is."""
    return Sql(str(int(number)))


def values(params):
    """Placeholders for a list of values, as `IN (...)` takes them; the list must not be empty."""
    params = tuple(params)
    if not params:
        raise ValueError("An empty list of values has no SQL: test for it before.")
    return Sql(", ".join(["%s"] * len(params)), params)


# A process's default database does not change, nor its quoting: names are quoted once.
@functools.cache
def table(model):
    """The quoted name of the model's table."""
    return Sql(connection.ops.quote_name(model._meta.db_table))


@functools.cache
def column(model, field_name):
    """The quoted name of the column of the model's field."""
    return Sql(connection.ops.quote_name(model._meta.get_field(field_name).column))


def queryset(rows):
    """The SQL of a queryset, as a subquery."""
    text, params = rows.query.sql_with_params()
    return Sql(text, tuple(params))


def run(statement):
    """Run a composed statement that returns no rows."""
    with connection.cursor() as cursor:
        cursor.execute(statement.text, statement.params)


def fetch(statement):
    """Run a composed statement and return its rows."""
    with connection.cursor() as cursor:
        cursor.execute(statement.text, statement.params)
        return cursor.fetchall()
