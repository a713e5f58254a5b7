"""Backups: a dump and the media to a bucket, restored into a fresh database and bucket."""

import re

import requests

from .stack import graphql, recreate_database

# Answers made of every kind of content, with the image URLs they link to.
QUERIES = [
    "{ news(locale: EN, limit: 100) { totalCount items { title fullUrl date image { url(width: 320) alt } } } }",
    "{ news(locale: JA, limit: 100) { totalCount items { title summary } } }",
    "{ webinars(locale: EN, limit: 100) { totalCount items { title start euPartners { items { title } } } } }",
    "{ partners(locale: JA, limit: 100) { totalCount items { title country logo { url(width: 160) } } } }",
    "{ partnerships(locale: EN, limit: 100) { totalCount items { title since } } }",
    "{ calls(locale: EN, limit: 100) { totalCount items { title deadline } } }",
    "{ events(locale: EN, limit: 100) { totalCount items { title } } }",
    "{ sectors(locale: JA, limit: 100) { totalCount items { name } } }",
]


def answers(base_url):
    """The fixed queries' answers, read under one public host name."""
    return [graphql(base_url, query, headers={"Host": "helpdesk.test"}) for query in QUERIES]


def test_a_backup_restored_into_a_fresh_database_and_bucket_answers_the_same(stack):
    original = answers(stack.server_b.base_url)
    assert original[0]["news"]["totalCount"] >= 5

    stack.create_bucket("backups")
    location = stack.manage("backup", "s3://backups/nightly").strip()
    # Named after the time it was made: s3://backups/nightly/YYYYmmdd-HHMMSS.
    assert re.fullmatch(r"s3://backups/nightly/\d{8}-\d{6}", location) is not None
    backup_keys = stack.bucket_keys("backups")
    assert f"{location.removeprefix('s3://backups/')}/database.dump" in backup_keys

    restored_database = f"{stack.database}_restored"
    recreate_database(restored_database)
    stack.databases.append(restored_database)
    stack.create_bucket("restored-media")
    # A deployment of its own: its own database, bucket and cache.
    restored_environment = stack.environment(
        database=restored_database,
        bucket="restored-media",
        cache_prefix=f"{stack.key_prefix}-restored",
    )
    report = stack.manage("restore", location, "--no-input", environment=restored_environment)
    media_count = len(stack.bucket_keys("media"))
    assert report.strip() == f"Restored database.dump and {media_count} media files."
    assert stack.bucket_keys("restored-media") == stack.bucket_keys("media")

    restored = stack.start_server("server-restored", restored_environment)
    assert answers(restored.base_url) == original

    image_url = original[0]["news"]["items"][0]["image"]["url"]
    path = image_url.removeprefix("http://helpdesk.test")
    before = requests.get(stack.server_b.base_url + path, timeout=30)
    after = requests.get(restored.base_url + path, timeout=30)
    assert (after.status_code, after.content) == (200, before.content)
    assert before.status_code == 200 and len(before.content) > 1000
