"""Shared fixtures: a fresh database per test, on SQLite and on the local PostgreSQL server."""
from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest

POSTGRES_SERVER = os.environ.get("ZHEXTRACT_TEST_POSTGRES", "host=127.0.0.1 port=5432 connect_timeout=3")
"""libpq connection settings of the server the PostgreSQL tests use (ZHEXTRACT_TEST_POSTGRES overrides)."""


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A uniquely named database on the local server for this test session, dropped at its end."""
    psycopg2 = pytest.importorskip("psycopg2", reason="PostgreSQL tests need psycopg2: pip install -e '.[test]'")
    admin, problems = None, []
    for user in ("postgres", os.environ.get("USER") or "root"):
        try:
            admin = psycopg2.connect(f"{POSTGRES_SERVER} user={user} dbname=postgres")
            break
        except psycopg2.Error as exc:
            problems.append(f"{user}: {str(exc).strip()}")
    if admin is None:
        pytest.skip(f"no PostgreSQL server answers ({POSTGRES_SERVER}; {'; '.join(problems)}); "
                    "start one or set ZHEXTRACT_TEST_POSTGRES")
    admin.autocommit = True
    name = f"zhextract_test_{uuid.uuid4().hex[:12]}"
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    params = admin.get_dsn_parameters()
    try:
        yield f"postgresql+psycopg2://{params['user']}@{params['host']}:{params['port']}/{name}"
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> Iterator[str]:
    """An empty database: an SQLite file, or a fresh schema (as search_path) in the session's PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'records.db'}"
        return
    import sqlalchemy

    base = request.getfixturevalue("postgres_database")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sqlalchemy.create_engine(base)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
