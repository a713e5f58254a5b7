"""The committed SDL matches the schema, and every type and field is described."""

from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLUnionType,
)
from strawberry.printer import print_schema

from graphql_api.schema import schema

SDL = Path(__file__).resolve().parents[2] / "graphql_api" / "schema.graphql"


def test_committed_sdl_matches_the_schema():
    assert SDL.read_text(encoding="utf-8") == print_schema(schema), (
        "graphql_api/schema.graphql is out of date: run `make schema` and commit the result."
    )


def test_every_type_field_and_argument_is_described():
    missing = []
    for name, graphql_type in schema._schema.type_map.items():
        if name.startswith("__"):
            continue
        kinds = (
            GraphQLObjectType,
            GraphQLInterfaceType,
            GraphQLUnionType,
            GraphQLEnumType,
            GraphQLInputObjectType,
        )
        if isinstance(graphql_type, kinds) and not graphql_type.description:
            missing.append(name)
        for field_name, field in getattr(graphql_type, "fields", {}).items():
            if not field.description:
                missing.append(f"{name}.{field_name}")
            for arg_name, arg in getattr(field, "args", {}).items():
                if not arg.description:
                    missing.append(f"{name}.{field_name}({arg_name})")
    assert missing == []
