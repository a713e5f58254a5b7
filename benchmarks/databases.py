"""The benchmark databases: seeding them, and the environment of the processes that read them."""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
# Redis is shared by everything on the machine: the benchmark keeps to a database and prefix.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")


def environment(database, work, cache_seconds=3600):
    """The environment of every child process: production settings on the bench database."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"{POSTGRES}/{database}",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"ejrc-bench-{database}",
        "SECRET_KEY": "benchmark-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "LOG_LEVEL": "WARNING",
        "ACCESS_LOG_LEVEL": "WARNING",
        "GRAPHQL_RESPONSE_CACHE_SECONDS": str(cache_seconds),
        # One address sends every request: the load generator, not a client to slow down.
        "GRAPHQL_RATE_LIMIT": "0",
    }


def run(command, env, what):
    """Run a child process, failing with its output when it fails."""
    started = time.monotonic()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{what} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done.stdout, time.monotonic() - started


def seed(database, english_pages, work, now, long_article=True):
    """Recreate the database with the demo content and the generated pages.

    With long_article, one demo article becomes the long article the `page(path)` read takes.
    """
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{database}"')
    env = environment(database, work)
    manage = [str(BIN / "python"), "manage.py"]
    run([*manage, "migrate", "--no-input", "-v", "0"], env, "migrate")
    run([*manage, "collectstatic", "--no-input", "-v", "0"], env, "collectstatic")
    run([*manage, "load_demo_content"], env, "load_demo_content")
    command = [str(BIN / "python"), "-m", "benchmarks.prepare", str(english_pages), now]
    if not long_article:
        command.append("--keep-demo")
    output, seconds = run(command, env, "seeding")
    # A live database has statistics (autovacuum); without them the planner guesses a few rows
    # per table and picks plans that grow with the tree.
    with psycopg.connect(f"{POSTGRES}/{database}", autocommit=True) as connection:
        connection.execute("ANALYZE")
    print(f"  seeded {database} in {seconds:.0f} s: {output.strip()}")
