"""Automatic persisted queries (the Apollo/urql protocol) and a trusted-documents mode.

APQ: a client sends `extensions.persistedQuery.sha256Hash` alone; an unknown hash answers
`PersistedQueryNotFound`, and the client sends the document once more with its hash to register
it. A document is kept only once it has run (so it parsed, validated and kept within the
limits), and at most GRAPHQL_APQ_MAX_DOCUMENTS are registered per GRAPHQL_APQ_SECONDS, at most
GRAPHQL_APQ_MAX_DOCUMENTS_PER_CLIENT of them by one client address. Trusted
documents: with GRAPHQL_TRUSTED_DOCUMENTS pointing at a committed manifest
({sha256: document}), only the documents in it run, by hash or by text, and nothing registers.
"""

import hashlib
import json
import logging
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache as django_cache

APQ_KEY = "graphql:apq:{}"
APQ_COUNT_KEY = "graphql:apq:registered"
APQ_CLIENT_COUNT_KEY = "graphql:apq:registered:{}"
SHA256 = re.compile(r"[0-9a-f]{64}")
log = logging.getLogger(__name__)


class PersistedQueryError(Exception):
    """A persisted-query request that cannot run; `code` is the GraphQL error code."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def document_hash(document):
    """The sha256 hex digest clients compute for a document."""
    return hashlib.sha256(document.encode()).hexdigest()


@cache
def _manifest(path, mtime):
    with Path(path).open(encoding="utf-8") as handle:
        documents = json.load(handle)
    if not isinstance(documents, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in documents.items()
    ):
        raise ValueError(f"{path} must map sha256 hashes to GraphQL documents")
    return documents


def trusted_documents():
    """The manifest of trusted documents, or None when any document may run."""
    path = getattr(settings, "GRAPHQL_TRUSTED_DOCUMENTS", None)
    if not path:
        return None
    return _manifest(str(path), Path(path).stat().st_mtime)


def resolve_document(query, extensions):
    """The document to execute for a request's `query` and `extensions`.

    A registration (a document with its hash) is kept by `register` once the document has run.
    """
    persisted = (extensions or {}).get("persistedQuery")
    manifest = trusted_documents()
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
    sha = persisted.get("sha256Hash")
    if not isinstance(sha, str) or not SHA256.fullmatch(sha):
        raise PersistedQueryError(
            "persistedQuery.sha256Hash must be 64 lowercase hexadecimal characters.",
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


def registration(query, extensions):
    """The hash a request asks to register its document under, or None."""
    persisted = (extensions or {}).get("persistedQuery")
    if query is None or not isinstance(persisted, dict) or trusted_documents() is not None:
        return None
    return persisted.get("sha256Hash")


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
