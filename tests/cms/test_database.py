"""Timestamps read from PostgreSQL with psycopg's compiled parser: the values Django's give."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from psycopg.pq import Format

from django.db import connection
from django.db.backends.postgresql.psycopg_any import BaseTzLoader

from wagtail.models import Page

from cms.database import COMPILED_LOADER, TIMESTAMPTZ_OID, UtcTimestampLoader


class DjangosUtcLoader(BaseTzLoader):
    timezone = datetime.UTC


def as_postgresql_writes_it(moment):
    """A UTC timestamp as PostgreSQL's text output spells it (DateStyle ISO)."""
    text = (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    )
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return (text + "+00").encode()


def test_the_installed_psycopg_has_its_compiled_parser():
    # requirements.lock pins psycopg-binary: without it the loader would not be replaced.
    assert COMPILED_LOADER.__module__ == "psycopg_binary._psycopg"


@settings(max_examples=300, deadline=None)
@given(moment=st.datetimes(timezones=st.just(datetime.UTC)))
def test_the_compiled_loader_reads_what_django_s_loader_reads(moment):
    text = as_postgresql_writes_it(moment)
    ours = UtcTimestampLoader(TIMESTAMPTZ_OID).load(text)
    djangos = DjangosUtcLoader(TIMESTAMPTZ_OID).load(text)
    assert (ours, ours.tzinfo) == (djangos, datetime.UTC)
    assert ours == moment


def test_a_timestamp_comes_back_from_the_database_as_written(db):
    moment = datetime.datetime(2026, 11, 22, 10, 15, 0, 123456, tzinfo=datetime.UTC)
    root = Page.objects.get(depth=1)
    Page.objects.filter(pk=root.pk).update(first_published_at=moment)
    read = Page.objects.values_list("first_published_at", flat=True).get(pk=root.pk)
    assert (read, read.tzinfo) == (moment, datetime.UTC)
    if connection.vendor == "postgresql":
        loader = connection.connection.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
        assert loader is UtcTimestampLoader
