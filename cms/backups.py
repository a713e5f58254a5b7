"""Backups: the database (pg_dump, or SQLite's online backup) and every media file.

A backup is a folder: `database.dump` (PostgreSQL custom format) or `database.sqlite3`,
`media/` (originals, renditions and documents, under their storage names) and `manifest.json`.
The folder is local or in a bucket (`s3://bucket/prefix`, written through a local copy).
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection

MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def walk(storage, folder=""):
    """Every file name in the storage, below the folder."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for name in folders:
        yield from walk(storage, f"{folder}/{name}" if folder else name)


def postgres_environment(database):
    """libpq's environment variables for the database settings."""
    variables = {
        "PGHOST": database.get("HOST") or "",
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER") or "",
        "PGPASSWORD": database.get("PASSWORD") or "",
        "PGDATABASE": database["NAME"],
    }
    return {**os.environ, **{key: value for key, value in variables.items() if value}}


def run(command, database):
    """Run a PostgreSQL client tool, raising BackupError with its message when it fails."""
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client).")
    result = subprocess.run(
        command, env=postgres_environment(database), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(folder):
    """Write the database into the folder; return the file name."""
    database = settings.DATABASES["default"]
    if connection.vendor == "postgresql":
        run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(folder / "database.dump")],
            database,
        )
        return "database.dump"
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(folder / "database.sqlite3") as copy:
            connection.connection.backup(copy)
        return "database.sqlite3"
    raise BackupError(f"Backups of {connection.vendor} databases are not supported.")


def load_database(folder, manifest):
    """Replace the database's content with the dump in the folder."""
    database = settings.DATABASES["default"]
    name = manifest["database"]
    if name == "database.dump":
        if connection.vendor != "postgresql":
            raise BackupError(
                "This backup is of PostgreSQL: set DATABASE_URL to a PostgreSQL database."
            )
        connection.close()
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--dbname",
                database["NAME"],
                str(folder / name),
            ],
            database,
        )
    elif name == "database.sqlite3":
        if connection.vendor != "sqlite":
            raise BackupError("This backup is of SQLite: set DATABASE_URL to a SQLite file.")
        connection.ensure_connection()
        with sqlite3.connect(folder / name) as source:
            source.backup(connection.connection)
    else:
        raise BackupError(f"Unknown database file {name!r} in the manifest.")


def copy_media_out(folder):
    """Copy every media file into folder/media; return how many."""
    count = 0
    for name in walk(default_storage):
        target = folder / "media" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, target.open("wb") as copy:
            shutil.copyfileobj(source, copy)
        count += 1
    return count


def copy_media_in(folder):
    """Write every file of folder/media into the media storage, under the same name."""
    count = 0
    root = folder / "media"
    for path in sorted(root.rglob("*")) if root.exists() else ():
        if path.is_file():
            name = path.relative_to(root).as_posix()
            if default_storage.exists(name):
                default_storage.delete(name)
            with path.open("rb") as source:
                saved = default_storage.save(name, File(source))
            if saved != name:
                raise BackupError(f"The storage renamed {name!r} to {saved!r}.")
            count += 1
    return count


def s3_location(target):
    """(bucket, prefix) of an s3:// URL, or None for a local path."""
    if not target.startswith("s3://"):
        return None
    bucket, _, prefix = target.removeprefix("s3://").partition("/")
    return bucket, prefix.strip("/")


def s3_client():
    """A client of the S3-compatible server named in the environment."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=os.environ.get("S3_ENDPOINT_URL") or None,
        region_name=os.environ.get("S3_REGION") or None,
        aws_access_key_id=os.environ.get("S3_ACCESS_KEY_ID") or None,
        aws_secret_access_key=os.environ.get("S3_SECRET_ACCESS_KEY") or None,
    )


def backup(target, now=None):
    """Back up into a new timestamped folder under the target; return where it went."""
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%d-%H%M%S")
    location = s3_location(target)
    with tempfile.TemporaryDirectory(prefix="ejrc-backup-") as scratch:
        folder = Path(scratch) / stamp if location else Path(target) / stamp
        if folder.exists():
            raise BackupError(f"{folder} exists already.")
        folder.mkdir(parents=True)
        manifest = {
            "created": stamp,
            "database": dump_database(folder),
            "media_files": copy_media_out(folder),
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2))
        if location is None:
            return str(folder)
        bucket, prefix = location
        key_root = f"{prefix}/{stamp}" if prefix else stamp
        client = s3_client()
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                client.upload_file(
                    str(path), bucket, f"{key_root}/{path.relative_to(folder).as_posix()}"
                )
        return f"s3://{bucket}/{key_root}"


def restore(source):
    """Restore the database and the media from a backup folder (local or s3://)."""
    location = s3_location(source)
    with tempfile.TemporaryDirectory(prefix="ejrc-restore-") as scratch:
        folder = Path(source)
        if location:
            folder = Path(scratch)
            bucket, prefix = location
            client = s3_client()
            pages = client.get_paginator("list_objects_v2").paginate(
                Bucket=bucket, Prefix=f"{prefix}/"
            )
            for page in pages:
                for item in page.get("Contents", []):
                    path = folder / item["Key"].removeprefix(f"{prefix}/")
                    path.parent.mkdir(parents=True, exist_ok=True)
                    client.download_file(bucket, item["Key"], str(path))
        if not (folder / MANIFEST).exists():
            raise BackupError(f"{source} is not a backup: it has no {MANIFEST}.")
        manifest = json.loads((folder / MANIFEST).read_text())
        load_database(folder, manifest)
        return {"database": manifest["database"], "media_files": copy_media_in(folder)}
