"""The API reference's examples are named operations, and each returns data on the demo content."""

import re

import pytest
from graphql import OperationDefinitionNode, parse

from tests.graphql_api.test_readme_examples import examples

pytestmark = pytest.mark.django_db


def returned_nothing(data):
    """The root fields of an answer that found nothing: null, or a list with no items."""
    return sorted(
        name
        for name, value in data.items()
        if value is None or (isinstance(value, dict) and value.get("items") == [])
    )


@pytest.mark.parametrize("number", range(len(examples())))
def test_each_api_reference_example_is_named_and_finds_demo_content(client, demo, number):
    document = examples()[number]
    operations = [d for d in parse(document).definitions if isinstance(d, OperationDefinitionNode)]
    # One operation, named in PascalCase (as code generators and server logs expect).
    names = [op.name.value if op.name else None for op in operations]
    assert len(names) == 1 and re.fullmatch(r"[A-Z][A-Za-z]+", names[0] or ""), names
    response = client.post("/graphql/", {"query": document}, content_type="application/json")
    body = response.json()
    assert "errors" not in body, body["errors"]
    assert returned_nothing(body["data"]) == []
