"""A PostgreSQL database of a benchmark's own: created, migrated and set up for Django on entry,
dropped on exit, so a benchmark never touches real data and leaves nothing behind."""
import os
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def scratch_database(name: str, *, eager: bool = True):
    """Within the block Django runs on database `name` of the server DATABASE_URL names.
    `eager` runs Celery tasks inline, as in the first-run mode."""
    import psycopg

    server = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    if not server.startswith("postgres"):
        sys.exit("set DATABASE_URL to a PostgreSQL server")
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    os.environ["DATABASE_URL"] = server.rsplit("/", 1)[0] + "/" + name
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    if eager:
        os.environ.pop("CELERY_BROKER_URL", None)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        yield
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
