"""The storage of collected static files in production."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


def without_source_maps(patterns):
    """Django's reference patterns minus the source-map comments."""
    return tuple(
        (extension, tuple(p for p in found if "sourceMappingURL" not in str(p)))
        for extension, found in patterns
    )


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's compressed files with hashed names, leaving source-map comments as they are.

    GraphiQL's files (graphql_api/static/graphiql) name source maps the project does not ship
    (6 MB); rewriting such a comment fails on the missing map, and changing the file would break
    its Subresource Integrity hash. Browsers fetch source maps only with developer tools open.
    """

    patterns = without_source_maps(CompressedManifestStaticFilesStorage.patterns)
