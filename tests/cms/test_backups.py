"""Backups to a directory, and the clear refusals of a restore that cannot go on."""

import datetime
import json
import sqlite3

import pytest

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from cms.backups import BackupError, backup
from tests import factories

NOW = datetime.datetime(2026, 11, 22, 10, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    default_storage.save("documents/agenda.txt", ContentFile(b"09:00 Opening"))
    default_storage.save("original_images/logo.png", ContentFile(b"not really a png"))


# A backup reads the database from outside any transaction, as the command does.
@pytest.mark.django_db(transaction=True)
def test_a_backup_folder_holds_the_database_the_media_and_a_manifest(site_tree, media, tmp_path):
    factories.NewsPageFactory(parent=site_tree.news, title="Kept in the backup")
    folder = tmp_path / "backups" / "20261122-101500"
    assert backup(str(tmp_path / "backups"), now=NOW) == str(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    database = "database.dump" if connection.vendor == "postgresql" else "database.sqlite3"
    assert manifest == {"created": "20261122-101500", "database": database, "media_files": 2}
    assert (folder / "media/documents/agenda.txt").read_bytes() == b"09:00 Opening"
    assert (folder / "media/original_images/logo.png").read_bytes() == b"not really a png"
    if database == "database.sqlite3":
        with sqlite3.connect(folder / database) as copy:
            titles = [row[0] for row in copy.execute("SELECT title FROM wagtailcore_page")]
        assert "Kept in the backup" in titles


@pytest.mark.django_db(transaction=True)
def test_a_second_backup_in_the_same_second_is_refused(site_tree, media, tmp_path):
    backup(str(tmp_path), now=NOW)
    with pytest.raises(BackupError, match="20261122-101500 exists already"):
        backup(str(tmp_path), now=NOW)


@pytest.mark.django_db
def test_restoring_a_folder_that_is_no_backup_changes_nothing(site_tree, tmp_path):
    with pytest.raises(CommandError, match=r"has no manifest\.json"):
        call_command("restore", str(tmp_path), "--no-input")


@pytest.mark.django_db
def test_a_restore_is_cancelled_unless_confirmed(site_tree, tmp_path, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match=r"Restore cancelled; nothing was changed\."):
        call_command("restore", str(tmp_path))
