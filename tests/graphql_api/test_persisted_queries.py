"""Automatic persisted queries, persisted and trusted documents, with Apollo Client and codegen."""

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from graphql_api.common.embeds import embeds
from graphql_api.http.persisted import trusted_documents
from graphql_api.views import graphql_view
from tests import factories
from tests.graphql_api.conftest import run_node_test

pytestmark = pytest.mark.usefixtures("each_cache_backend")

MODERN = {"HTTP_ACCEPT": "application/graphql-response+json"}
QUERY = "query SectorNames { sectors(locale: EN) { items { name } } }"
HASH = hashlib.sha256(QUERY.encode()).hexdigest()
OTHER = "query OfficeCount { offices { totalCount } }"
OTHER_HASH = hashlib.sha256(OTHER.encode()).hexdigest()
SECTOR_NAMES = {"data": {"sectors": {"items": [{"name": "Agri-food"}, {"name": "Digital"}]}}}


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

    @pytest.mark.parametrize("kind", sorted(embeds()))
    def test_the_embeds_documents_run_though_the_manifest_does_not_name_them(
        self, client, sectors, trusted, kind
    ):
        variables = json.dumps({"locale": "EN", "limit": 3})
        document = embeds()[kind].document
        response = client.get("/graphql/", {"query": document, "variables": variables})
        assert (response.status_code, response.json()) == (
            200,
            {"data": {"items": {"totalCount": 0, "items": []}}},
        )

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
    run_node_test(
        "persisted_queries.test.js",
        live_server,
        EXPECTED_SECTORS=json.dumps(["Agri-food", "Digital"]),
    )


@pytest.fixture
def prefixed(tmp_path, settings):
    """A manifest keyed as graphql-codegen's client-preset writes it: sha256:<hex>."""
    manifest = tmp_path / "persisted-documents.json"
    manifest.write_text(json.dumps({f"sha256:{HASH}": QUERY, f"sha256:{OTHER_HASH}": OTHER}))
    settings.GRAPHQL_TRUSTED_DOCUMENTS = str(manifest)


def send(client, method, data, accept="application/graphql-response+json"):
    """A request by GET (parameters) or POST (a JSON body)."""
    if method == "get":
        return client.get("/graphql/", data, HTTP_ACCEPT=accept)
    return client.post("/graphql/", data, content_type="application/json", HTTP_ACCEPT=accept)


def refusal(message, code):
    return {"errors": [{"message": message, "extensions": {"code": code}}]}


INVALID_ID = refusal(
    "documentId must be sha256: followed by 64 lowercase hexadecimal characters "
    "(the prefix may be left out).",
    "PERSISTED_QUERY_INVALID",
)


@pytest.mark.django_db
class TestPersistedDocuments:
    @pytest.mark.parametrize(
        ("method", "data"),
        [
            ("post", {"documentId": f"sha256:{HASH}"}),
            ("post", {"documentId": HASH}),
            ("get", {"documentId": f"sha256:{HASH}"}),
            ("get", {"documentId": HASH}),
            ("get", {"extensions": persisted()}),
            ("get", {"extensions": persisted(f"sha256:{HASH}")}),
            ("post", {"query": QUERY}),
        ],
    )
    def test_a_prefixed_manifest_runs_by_id_hash_or_text(
        self, client, sectors, prefixed, method, data
    ):
        response = send(client, method, data)
        assert (response.status_code, response.json()) == (200, SECTOR_NAMES)

    @pytest.mark.parametrize(
        ("data", "answer"),
        [
            (
                {"documentId": "sha256:" + "0" * 64},
                refusal(
                    "This server only runs trusted documents; this documentId is not in its "
                    "manifest.",
                    "TRUSTED_DOCUMENT_REQUIRED",
                ),
            ),
            ({"documentId": "sha1:" + "a" * 40}, INVALID_ID),
            ({"documentId": "x-app:sector-names"}, INVALID_ID),
            ({"documentId": f"sha256:{HASH.upper()}"}, INVALID_ID),
            ({"documentId": ""}, INVALID_ID),
            ({"documentId": 42}, INVALID_ID),
            (
                {"documentId": f"sha256:{HASH}", "query": QUERY},
                refusal("Send either query or documentId, not both.", "PERSISTED_QUERY_INVALID"),
            ),
            (
                {"documentId": f"sha256:{HASH}", "extensions": json.loads(persisted())},
                refusal(
                    "Send either documentId or extensions.persistedQuery, not both.",
                    "PERSISTED_QUERY_INVALID",
                ),
            ),
        ],
    )
    @pytest.mark.parametrize(
        ("accept", "status"),
        [("application/graphql-response+json", 400), ("application/json", 200)],
    )
    def test_every_refusal_is_json_in_the_accepted_type(
        self, client, sectors, prefixed, data, answer, accept, status
    ):
        response = send(client, "post", data, accept)
        assert (response.status_code, response["Content-Type"], response.json()) == (
            status,
            f"{accept}; charset=utf-8",
            answer,
        )

    @pytest.mark.parametrize("accept", ["*/*", "text/html"])
    def test_a_get_by_document_id_is_an_operation_not_graphiql(
        self, client, sectors, prefixed, settings, accept
    ):
        settings.GRAPHIQL_ENABLED = True
        known = send(client, "get", {"documentId": f"sha256:{HASH}"}, accept)
        unknown = send(client, "get", {"documentId": "nope"}, accept)
        assert [(r.status_code, r["Content-Type"], r.json()) for r in (known, unknown)] == [
            (200, "application/json; charset=utf-8", SECTOR_NAMES),
            (200, "application/json; charset=utf-8", INVALID_ID),
        ]

    def test_each_document_id_has_its_own_cached_answer(self, client, sectors, prefixed, settings):
        settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 3600
        factories.OfficeFactory()
        answers = [
            send(client, "post", {"documentId": f"sha256:{sha}"}).json()
            for sha in (HASH, OTHER_HASH, HASH, OTHER_HASH)
        ]
        office_count = {"data": {"offices": {"totalCount": 1}}}
        assert answers == [SECTOR_NAMES, office_count, SECTOR_NAMES, office_count]

    def test_without_a_manifest_a_registered_document_runs_by_id(self, client, sectors):
        unknown = send(client, "post", {"documentId": f"sha256:{HASH}"})
        client.post(
            "/graphql/",
            {"query": QUERY, "extensions": json.loads(persisted(f"sha256:{HASH}"))},
            content_type="application/json",
        )
        known = send(client, "post", {"documentId": f"sha256:{HASH}"})
        assert [(r.status_code, r.json()) for r in (unknown, known)] == [
            (
                400,
                refusal(
                    "No document is persisted under this documentId.",
                    "PERSISTED_DOCUMENT_NOT_FOUND",
                ),
            ),
            (200, SECTOR_NAMES),
        ]


# The bare sha1 an older client-preset wrote by default.
SHA1 = hashlib.sha1(QUERY.encode()).hexdigest()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            json.dumps({"0" * 64: QUERY}),
            "the key '{zeros}' in {path} does not match its document, whose SHA-256 is {sha}.",
        ),
        (
            json.dumps({f"sha256:{OTHER_HASH}": QUERY}),
            "the key 'sha256:{other}' in {path} does not match its document, whose SHA-256 "
            "is {sha}.",
        ),
        (
            json.dumps({SHA1: QUERY}),
            "the key '{sha1}' in {path} is not a SHA-256 hash (64 lowercase hexadecimal "
            "characters, bare or after sha256:).",
        ),
        (json.dumps({HASH: 42}), "{path} must map sha256 hashes to GraphQL documents."),
        (json.dumps([QUERY]), "{path} must map sha256 hashes to GraphQL documents."),
        (
            "{",
            "{path} is not JSON (Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1)).",
        ),
        (None, "cannot read {path} ([Errno 2] No such file or directory: '{path}')."),
    ],
)
def test_a_manifest_that_does_not_hold_is_refused_at_start(tmp_path, settings, content, message):
    manifest = tmp_path / "persisted-documents.json"
    if content is not None:
        manifest.write_text(content)
    settings.GRAPHQL_TRUSTED_DOCUMENTS = str(manifest)
    expected = "GRAPHQL_TRUSTED_DOCUMENTS: " + message.format(
        path=manifest, zeros="0" * 64, other=OTHER_HASH, sha=HASH, sha1=SHA1
    )
    # The URLconf builds the view at start: a bad manifest stops it, and `manage.py check`.
    for start in (graphql_view, trusted_documents):
        with pytest.raises(ImproperlyConfigured) as refused:
            start()
        assert str(refused.value) == expected


CODEGEN_DOCUMENTS = {
    "sectors.ts": """import { graphql } from "./gql";

export const SectorFields = graphql(`
  fragment SectorFields on Sector {
    name
    slug
  }
`);

export const SectorNames = graphql(`
  query SectorNames($locale: Locale!) {
    sectors(locale: $locale) {
      totalCount
      items {
        ...SectorFields
      }
    }
  }
`);
""",
    "offices.ts": """import { graphql } from "./gql";

export const OfficeCount = graphql(`
  query OfficeCount {
    offices {
      totalCount
    }
  }
`);
""",
}
# The documents as the client-preset prints them into its manifest: fragments first, fields in
# its order.
CODEGEN_MANIFEST_DOCUMENTS = [
    "query OfficeCount { offices { totalCount } }",
    "fragment SectorFields on Sector { name slug } query SectorNames($locale: Locale!) "
    "{ sectors(locale: $locale) { items { ...SectorFields } totalCount } }",
]


@pytest.fixture(scope="module")
def codegen_project(tmp_path_factory):
    """An application's sources and what graphql-codegen's client-preset generates from them."""
    project = tmp_path_factory.mktemp("codegen")
    # The generated modules import graphql and its typings as the application would.
    (project / "node_modules").symlink_to(Path(django_settings.BASE_DIR) / "node_modules")
    (project / "src").mkdir()
    for name, source in CODEGEN_DOCUMENTS.items():
        (project / "src" / name).write_text(source)
    config = {
        "schema": str(Path(django_settings.BASE_DIR) / "graphql_api" / "schema.graphql"),
        "documents": ["src/**/*.ts", "!src/gql/**/*"],
        "generates": {
            "src/gql/": {"preset": "client", "presetConfig": {"persistedDocuments": True}}
        },
    }
    (project / "codegen.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(project / "node_modules" / ".bin" / "graphql-codegen"), "--config", "codegen.json"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.mark.django_db(transaction=True)
def test_codegen_client_preset_manifest_is_served_as_is(
    live_server, locales, settings, codegen_project
):
    for name in ("Agri-food", "Digital"):
        factories.SectorFactory(name=name, slug=name.lower())
    factories.OfficeFactory()
    manifest = codegen_project / "src" / "gql" / "persisted-documents.json"
    assert json.loads(manifest.read_text()) == {
        f"sha256:{hashlib.sha256(document.encode()).hexdigest()}": document
        for document in CODEGEN_MANIFEST_DOCUMENTS
    }
    settings.GRAPHQL_TRUSTED_DOCUMENTS = str(manifest)
    expected = {
        "SectorNames": {
            "sectors": {
                "items": [
                    {"name": "Agri-food", "slug": "agri-food"},
                    {"name": "Digital", "slug": "digital"},
                ],
                "totalCount": 2,
            }
        },
        "OfficeCount": {"offices": {"totalCount": 1}},
    }
    run_node_test(
        "codegen_persisted_documents.test.js",
        live_server,
        passes=3,
        CODEGEN_PROJECT=str(codegen_project),
        EXPECTED_DATA=json.dumps(expected),
    )
