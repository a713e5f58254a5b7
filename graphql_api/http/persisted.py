"""Persisted queries (the Apollo/urql protocol), persisted documents and trusted documents.

APQ: a client sends `extensions.persistedQuery.sha256Hash` alone; an unknown hash answers
`PersistedQueryNotFound`, and the client sends the document once more with its hash to register
it. A document is kept only once it has run (so it parsed, validated and kept within the
limits), and at most GRAPHQL_APQ_MAX_DOCUMENTS are registered per GRAPHQL_APQ_SECONDS, at most
GRAPHQL_APQ_MAX_DOCUMENTS_PER_CLIENT of them by one client address. Persisted documents (the
GraphQL-over-HTTP appendix, graphql-codegen's client-preset): a client sends `documentId`
(`sha256:<hex>` or the bare hex) instead of `query`. Trusted documents: with
GRAPHQL_TRUSTED_DOCUMENTS pointing at a committed manifest ({sha256: document}, the keys bare or
`sha256:`-prefixed), only the documents in it run, by id, hash or text, and nothing registers.
"""

import hashlib
import json
import logging
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache as django_cache
from django.core.exceptions import ImproperlyConfigured

from graphql_api.common.embeds import embeds

APQ_KEY = "graphql:apq:{}"
APQ_COUNT_KEY = "graphql:apq:registered"
APQ_CLIENT_COUNT_KEY = "graphql:apq:registered:{}"
# A SHA-256 document id: the bare hex digest (Apollo, urql) or prefixed as the GraphQL-over-HTTP
# persisted-documents appendix writes it (graphql-codegen's client-preset).
DOCUMENT_ID = re.compile(r"(?:sha256:)?([0-9a-f]{64})")
log = logging.getLogger(__name__)


class PersistedQueryError(Exception):
    """A persisted-query request that cannot run; `code` is the GraphQL error code."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def document_hash(document):
    """The sha256 hex digest clients compute for a document."""
    return hashlib.sha256(document.encode()).hexdigest()


def parse_id(value):
    """The hex digest a document id or sha256Hash names (bare or `sha256:`), or None."""
    match = DOCUMENT_ID.fullmatch(value) if isinstance(value, str) else None
    return match[1] if match else None


@cache
def _manifest(path, mtime):
    try:
        with Path(path).open(encoding="utf-8") as handle:
            documents = json.load(handle)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"GRAPHQL_TRUSTED_DOCUMENTS: {path} is not JSON ({error})."
        ) from error
    if not isinstance(documents, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in documents.items()
    ):
        raise ImproperlyConfigured(
            f"GRAPHQL_TRUSTED_DOCUMENTS: {path} must map sha256 hashes to GraphQL documents."
        )
    manifest = {}
    for key, document in documents.items():
        sha = parse_id(key)
        if sha is None:
            raise ImproperlyConfigured(
                f"GRAPHQL_TRUSTED_DOCUMENTS: the key {key!r} in {path} is not a SHA-256 hash "
                "(64 lowercase hexadecimal characters, bare or after sha256:)."
            )
        # A key that is not the document's hash would let a request by hash run another
        # document than the one the same text names: the manifest was edited or miswritten.
        if sha != document_hash(document):
            raise ImproperlyConfigured(
                f"GRAPHQL_TRUSTED_DOCUMENTS: the key {key!r} in {path} does not match its "
                f"document, whose SHA-256 is {document_hash(document)}."
            )
        manifest[sha] = document
    return own_documents() | manifest


def trusted_documents():
    """The manifest of trusted documents by hex digest, or None when any document may run.

    The project's own documents (the embeds') are always in it: partner sites' <ejrc-feed>
    elements keep working when an operator trusts only the front-end's manifest.
    """
    path = getattr(settings, "GRAPHQL_TRUSTED_DOCUMENTS", None)
    if not path:
        return None
    try:
        mtime = Path(path).stat().st_mtime
    except OSError as error:
        raise ImproperlyConfigured(
            f"GRAPHQL_TRUSTED_DOCUMENTS: cannot read {path} ({error})."
        ) from error
    return _manifest(str(path), mtime)


def own_documents():
    """{hex digest: document} of the documents the project's embeds send."""
    return {document_hash(embed.document): embed.document for embed in embeds().values()}


def resolve_document(query, extensions, document_id=None):
    """The document to execute for a request's `query`, `extensions` and `documentId`.

    A registration (a document with its hash) is kept by `register` once the document has run.
    """
    persisted = (extensions or {}).get("persistedQuery")
    manifest = trusted_documents()
    if document_id is not None:
        return persisted_document(query, persisted, document_id, manifest)
    if persisted is None:
        if manifest is not None and query is not None and document_hash(query) not in manifest:
            raise PersistedQueryError(
                "This server only runs trusted documents; this one is not in its manifest.",
                "TRUSTED_DOCUMENT_REQUIRED",
            )
        return query
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise PersistedQueryError(
            "Unsupported persistedQuery version: use version 1.", "PERSISTED_QUERY_INVALID"
        )
    sha = parse_id(persisted.get("sha256Hash"))
    if sha is None:
        raise PersistedQueryError(
            "persistedQuery.sha256Hash must be 64 lowercase hexadecimal characters, "
            "bare or after sha256:.",
            "PERSISTED_QUERY_INVALID",
        )
    if query is not None and document_hash(query) != sha:
        raise PersistedQueryError(
            "provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH"
        )
    if manifest is not None:
        if sha not in manifest:
            raise PersistedQueryError(
                "This server only runs trusted documents; this hash is not in its manifest.",
                "TRUSTED_DOCUMENT_REQUIRED",
            )
        return manifest[sha]
    if query is not None:
        return query
    document = django_cache.get(APQ_KEY.format(sha))
    if document is None:
        raise PersistedQueryError("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")
    return document


def persisted_document(query, persisted, document_id, manifest):
    """The document a persisted-document request (`documentId`) names."""
    # One request names its document one way: with two, which one runs would be a guess.
    if query is not None:
        raise PersistedQueryError(
            "Send either query or documentId, not both.", "PERSISTED_QUERY_INVALID"
        )
    if persisted is not None:
        raise PersistedQueryError(
            "Send either documentId or extensions.persistedQuery, not both.",
            "PERSISTED_QUERY_INVALID",
        )
    sha = parse_id(document_id)
    if sha is None:
        raise PersistedQueryError(
            "documentId must be sha256: followed by 64 lowercase hexadecimal characters "
            "(the prefix may be left out).",
            "PERSISTED_QUERY_INVALID",
        )
    if manifest is not None:
        if sha not in manifest:
            raise PersistedQueryError(
                "This server only runs trusted documents; this documentId is not in its manifest.",
                "TRUSTED_DOCUMENT_REQUIRED",
            )
        return manifest[sha]
    # Without a manifest, the documents automatic persisted queries registered are known.
    document = django_cache.get(APQ_KEY.format(sha))
    if document is None:
        raise PersistedQueryError(
            "No document is persisted under this documentId.", "PERSISTED_DOCUMENT_NOT_FOUND"
        )
    return document


def registration(query, extensions):
    """The hash a request asks to register its document under, or None."""
    persisted = (extensions or {}).get("persistedQuery")
    if query is None or not isinstance(persisted, dict) or trusted_documents() is not None:
        return None
    return parse_id(persisted.get("sha256Hash"))


def register(sha, document, client=""):
    """Keep a document under its hash, within the registration budgets; whether it is kept."""
    key = APQ_KEY.format(sha)
    if django_cache.get(key) is not None:
        return True
    # One client may spend only its share, so that it cannot keep others from registering.
    client_key = APQ_CLIENT_COUNT_KEY.format(hashlib.sha256(client.encode()).hexdigest()[:32])
    if counted(client_key) > settings.GRAPHQL_APQ_MAX_DOCUMENTS_PER_CLIENT:
        log.warning("Persisted query %s not kept: the client's registration budget is spent.", sha)
        return False
    if counted(APQ_COUNT_KEY) > settings.GRAPHQL_APQ_MAX_DOCUMENTS:
        log.warning("Persisted query %s not kept: the registration budget is spent.", sha)
        return False
    django_cache.set(key, document, timeout=settings.GRAPHQL_APQ_SECONDS)
    return True


def counted(key):
    """One more registration in the window counted under the key; the count so far."""
    # The count starts with the window's first registration and expires with it: at most twice
    # the budget of documents is alive at any time.
    django_cache.add(key, 0, timeout=settings.GRAPHQL_APQ_SECONDS)
    try:
        return django_cache.incr(key) or 0  # None: the cache is unreachable
    except ValueError:  # the window ended between the two calls
        return 1
