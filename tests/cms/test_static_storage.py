"""Collected static files in production: hashed names, and vendored files left byte for byte."""

from django.conf import settings
from django.core.files.base import ContentFile

from cms.static_storage import StaticFilesStorage

GRAPHIQL = settings.BASE_DIR / "graphql_api" / "static" / "graphiql"


def test_graphiql_files_are_hashed_and_left_unchanged(tmp_path):
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    names = [f"graphiql/{path.name}" for path in sorted(GRAPHIQL.glob("*.[jc]s*"))]
    for name in names:
        storage.save(name, ContentFile((GRAPHIQL / name.split("/")[1]).read_bytes()))
    processed = list(storage.post_process({name: (storage, name) for name in names}))
    assert [error for _name, _hashed, error in processed if isinstance(error, Exception)] == []
    for name in names:
        original = (GRAPHIQL / name.split("/")[1]).read_bytes()
        hashed = storage.stored_name(name)
        assert hashed != name
        assert (tmp_path / hashed).read_bytes() == original, name
