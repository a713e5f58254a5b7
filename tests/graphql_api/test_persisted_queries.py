"""Automatic persisted queries, trusted documents, and a round trip with Apollo Client."""

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.test import Client

from tests import factories

pytestmark = pytest.mark.usefixtures("each_cache_backend")

MODERN = {"HTTP_ACCEPT": "application/graphql-response+json"}
QUERY = "query SectorNames { sectors(locale: EN) { items { name } } }"
HASH = hashlib.sha256(QUERY.encode()).hexdigest()


def persisted(sha=HASH):
    return json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})


@pytest.fixture
def sectors(locales):
    return [factories.SectorFactory(name=name) for name in ("Agri-food", "Digital")]


@pytest.mark.django_db
class TestAutomaticPersistedQueries:
    def test_unknown_hash_then_register_then_hash_alone(self, client, sectors):
        unknown = client.get("/graphql/", {"extensions": persisted()})
        assert unknown.status_code == 200
        assert unknown.json() == {
            "errors": [
                {
                    "message": "PersistedQueryNotFound",
                    "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
                }
            ],
        }
        registered = client.post(
            "/graphql/",
            {"query": QUERY, "extensions": json.loads(persisted())},
            content_type="application/json",
        )
        expected = {"data": {"sectors": {"items": [{"name": "Agri-food"}, {"name": "Digital"}]}}}
        assert registered.json() == expected
        assert client.get("/graphql/", {"extensions": persisted()}).json() == expected

    def test_hash_that_does_not_match_the_document(self, client, sectors):
        response = client.post(
            "/graphql/",
            {"query": QUERY, "extensions": json.loads(persisted("0" * 64))},
            content_type="application/json",
            **MODERN,
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["message"] == "provided sha does not match query"

    def test_malformed_hash(self, client, sectors):
        response = client.get("/graphql/", {"extensions": persisted("not-a-hash")}, **MODERN)
        assert response.status_code == 400
        assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_INVALID"

    def register(self, client, document):
        """Send a document with its hash, as a client does after PersistedQueryNotFound."""
        sha = hashlib.sha256(document.encode()).hexdigest()
        client.post(
            "/graphql/",
            {"query": document, "extensions": json.loads(persisted(sha))},
            content_type="application/json",
        )
        return client.get("/graphql/", {"extensions": persisted(sha)}).json()

    @pytest.mark.parametrize(
        "document",
        [
            "{ sectors { ",  # does not parse
            "{ secrets }",  # does not validate
            "{ " + " ".join(f"a{i}: sectors {{ totalCount }}" for i in range(16)) + " }",
        ],
    )
    def test_a_document_that_cannot_run_is_not_kept(self, client, sectors, document):
        assert self.register(client, document) == {
            "errors": [
                {
                    "message": "PersistedQueryNotFound",
                    "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
                }
            ],
        }

    def test_a_document_over_the_size_limit_is_neither_run_nor_kept(
        self, client, sectors, settings
    ):
        settings.GRAPHQL_MAX_DOCUMENT_BYTES = len(QUERY) - 1
        response = client.post(
            "/graphql/",
            {"query": QUERY, "extensions": json.loads(persisted())},
            content_type="application/json",
            **MODERN,
        )
        assert (response.status_code, response.json()) == (
            400,
            {
                "errors": [
                    {
                        "message": f"The document is {len(QUERY)} bytes long; this server "
                        f"accepts at most {len(QUERY) - 1}.",
                        "extensions": {
                            "code": "DOCUMENT_TOO_LARGE",
                            "size": len(QUERY),
                            "limit": len(QUERY) - 1,
                        },
                    }
                ]
            },
        )
        assert client.get("/graphql/", {"extensions": persisted()}).json()["errors"][0][
            "extensions"
        ] == {"code": "PERSISTED_QUERY_NOT_FOUND"}

    def test_registrations_stop_at_the_budget_and_known_documents_still_run(
        self, client, sectors, settings
    ):
        settings.GRAPHQL_APQ_MAX_DOCUMENTS = 2
        documents = [f"{{ sectors(limit: {n}) {{ totalCount }} }}" for n in (1, 2, 3)]
        kept = [self.register(client, document) for document in documents]
        assert kept == [
            {"data": {"sectors": {"totalCount": 2}}},
            {"data": {"sectors": {"totalCount": 2}}},
            {
                "errors": [
                    {
                        "message": "PersistedQueryNotFound",
                        "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
                    }
                ],
            },
        ]
        # Registering a kept document again spends nothing.
        assert self.register(client, documents[0]) == {"data": {"sectors": {"totalCount": 2}}}

    def test_one_client_cannot_spend_the_budget_of_others(self, sectors, settings):
        settings.GRAPHQL_APQ_MAX_DOCUMENTS_PER_CLIENT = 2
        greedy, other = Client(REMOTE_ADDR="203.0.113.7"), Client(REMOTE_ADDR="198.51.100.9")
        documents = [f"{{ sectors(limit: {n}) {{ totalCount }} }}" for n in (1, 2, 3, 4)]
        kept = [
            "data" in self.register(client, document)
            for client, document in zip([greedy, greedy, greedy, other], documents, strict=True)
        ]
        assert kept == [True, True, False, True]


@pytest.fixture
def trusted(tmp_path, settings):
    manifest = tmp_path / "trusted-documents.json"
    manifest.write_text(json.dumps({HASH: QUERY}))
    settings.GRAPHQL_TRUSTED_DOCUMENTS = str(manifest)


@pytest.mark.django_db
class TestTrustedDocuments:
    def test_a_document_from_the_manifest_runs_by_hash_or_text(self, client, sectors, trusted):
        by_hash = client.get("/graphql/", {"extensions": persisted()})
        by_text = client.get("/graphql/", {"query": QUERY})
        assert by_hash.json() == by_text.json()
        assert by_hash.json()["data"]["sectors"]["items"][0] == {"name": "Agri-food"}

    def test_an_unknown_document_is_refused(self, client, sectors, trusted):
        response = client.get("/graphql/", {"query": "{ sectors { totalCount } }"}, **MODERN)
        assert response.status_code == 400
        assert response.json() == {
            "errors": [
                {
                    "message": "This server only runs trusted documents; "
                    "this one is not in its manifest.",
                    "extensions": {"code": "TRUSTED_DOCUMENT_REQUIRED"},
                }
            ],
        }

    def test_nothing_can_be_registered(self, client, sectors, trusted):
        other = "{ offices { totalCount } }"
        sha = hashlib.sha256(other.encode()).hexdigest()
        response = client.post(
            "/graphql/",
            {"query": other, "extensions": json.loads(persisted(sha))},
            content_type="application/json",
            **MODERN,
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["extensions"]["code"] == "TRUSTED_DOCUMENT_REQUIRED"


@pytest.mark.django_db(transaction=True)
def test_round_trip_with_apollo_client(live_server, locales):
    for name in ("Agri-food", "Digital"):
        factories.SectorFactory(name=name)
    script = Path(django_settings.BASE_DIR) / "tests" / "node" / "persisted_queries.test.js"
    result = subprocess.run(
        ["node", "--test", str(script)],
        env={
            **os.environ,
            "GRAPHQL_URL": f"{live_server.url}/graphql/",
            "EXPECTED_SECTORS": json.dumps(["Agri-food", "Digital"]),
        },
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# pass 1" in result.stdout
