"""The search's SQL composition: values only as parameters, text only from templates."""

import ast
import pathlib
import re

import pytest

from django.db import connection

from search import sql
from search.models import SearchTerm

SEARCH_PACKAGE = pathlib.Path(sql.__file__).parent
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|DELETE|UPDATE|COPY|WITH|FROM|WHERE|JOIN)\b")
COMPOSERS = {"compose", "Sql", "join"}


def test_parameters_follow_the_fields_in_order_repeats_included():
    statement = sql.compose(
        "SELECT {a} WHERE {b} OR {a}", a=sql.value("first"), b=sql.values([2, 3])
    )

    assert statement == sql.Sql("SELECT %s WHERE %s, %s OR %s", ("first", 2, 3, "first"))


def test_nested_statements_keep_their_parameters_in_place():
    inner = sql.compose("x = {x}", x=sql.value(1))
    outer = sql.compose(
        "{head} AND ({inner}) AND {tail}", head=sql.value(0), inner=inner, tail=sql.value(2)
    )

    assert outer == sql.Sql("%s AND (x = %s) AND %s", (0, 1, 2))


def test_a_string_cannot_be_put_in_a_template():
    with pytest.raises(TypeError, match=re.escape("The field 'term' takes SQL, not str.")):
        sql.compose("WHERE term = {term}", term="'; DROP TABLE x; --")


def test_a_template_cannot_hold_its_own_placeholders():
    with pytest.raises(ValueError, match="takes its values as fields"):
        sql.compose("WHERE term = %s")


def test_a_field_takes_no_format():
    with pytest.raises(ValueError, match=re.escape("The field 'a' of a template takes no format.")):
        sql.compose("{a!r}", a=sql.value(1))


def test_join_takes_only_sql():
    with pytest.raises(TypeError, match=re.escape("Only pieces of SQL are joined.")):
        sql.join(" AND ", [sql.value(1), "1 = 1"])
    assert sql.join(" AND ", [sql.value(1), sql.value(2)]) == sql.Sql("%s AND %s", (1, 2))


def test_an_empty_list_of_values_is_refused():
    with pytest.raises(ValueError, match="An empty list of values has no SQL"):
        sql.values([])


def test_an_integer_is_written_only_from_an_integer():
    assert sql.integer(1) == sql.Sql("1")
    with pytest.raises(ValueError):
        sql.integer("1; DROP TABLE x")


def test_names_are_quoted_by_the_database():
    assert sql.table(SearchTerm).text == connection.ops.quote_name("pages_searchterm")
    assert sql.column(SearchTerm, "document").text == connection.ops.quote_name("document_id")


def _parents(tree):
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _called_name(call):
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)


def sql_outside_templates(source):
    """Lines of the source where SQL text is written other than as a template's fixed text."""
    tree = ast.parse(source)
    parents = _parents(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            literal = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
            if SQL_WORDS.search(literal):
                found.append(node.lineno)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            parent = parents.get(node)
            if isinstance(parent, ast.Expr) or not SQL_WORDS.search(node.value):
                continue  # a docstring, or no SQL
            if isinstance(parent, ast.BinOp) or not (
                isinstance(parent, ast.Call) and _called_name(parent) in COMPOSERS
            ):
                found.append(node.lineno)
    return sorted(set(found))


def test_the_scan_finds_sql_written_outside_templates():
    offender = (
        'cursor.execute(f"SELECT id FROM {table}")\n'
        'cursor.execute("DELETE FROM x WHERE id = " + value)\n'
        'statement = "SELECT 1"\n'
        'sql.compose("SELECT {a}", a=sql.value(1))\n'
    )

    assert sql_outside_templates(offender) == [1, 2, 3]


@pytest.mark.parametrize("module", sorted(SEARCH_PACKAGE.rglob("*.py")), ids=lambda path: path.name)
def test_search_writes_sql_only_as_templates(module):
    assert sql_outside_templates(module.read_text()) == []
