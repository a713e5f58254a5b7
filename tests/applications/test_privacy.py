"""Applications hold personal data: no reader reaches them through the site's other doors."""

import pytest

from graphql_api.schema import schema
from search.matching import search, searchable
from tests.applications.helpers import form_data


def test_the_api_has_no_type_or_field_of_applications():
    types = [name for name in schema._schema.type_map if "pplication" in name]
    fields = [
        f"{type_name}.{field}"
        for type_name, graphql_type in schema._schema.type_map.items()
        for field in getattr(graphql_type, "fields", {})
        if field in {"applications", "application", "applicants"}
    ]
    assert (types, fields) == ([], [])


@pytest.mark.django_db
def test_an_applicant_is_found_nowhere_a_reader_looks(client, call, site_tree):
    data = form_data(name="Zyxwvut Applicant", organisation="Qwertyuiop Cluster")
    assert client.post("/en/calls/mobility/apply/", data).status_code == 302
    pages = searchable([site_tree.en, site_tree.ja])
    assert search("Zyxwvut", pages, 20, 0).total == 0
    assert search("Qwertyuiop", pages, 20, 0).total == 0
    for path in ("/sitemap.xml", "/sitemap-1.xml", "/feeds/en/calls.rss", "/en/calls/mobility/"):
        body = client.get(path).content.decode()
        assert "Zyxwvut" not in body and "Qwertyuiop" not in body, path
