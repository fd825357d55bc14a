"""Sinks: records into normalised SQL tables through SQLAlchemy Core (SQLite embedded, PostgreSQL for deployments).

All table definitions live in `METADATA`. Every child row carries `article_id`; writing a
record deletes its article's rows and inserts them again in one transaction, so rerunning
an input leaves the database as one run would. Records are stored once per text; the
`inputs` ledger has one row per input (record or error), keyed by its source.
"""
from __future__ import annotations

import importlib.util
import json
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Optional

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    Table,
    Text,
    create_engine,
    delete,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.types import TypeDecorator, UserDefinedType

from models import ArticleRecord, Span


class SinkError(RuntimeError):
    """The database cannot be opened or written; the message names the URL (password hidden)."""


class _SqliteNumeric(UserDefinedType):
    """A column declared NUMERIC, bound as text: SQLite then stores integers exactly instead of going through a float."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "NUMERIC"


class ExactDecimal(TypeDecorator):
    """NUMERIC that gives back the Decimal it was given: exactly on PostgreSQL; on SQLite integers
    exactly and fractions to 15 significant digits (SQLite's REAL). The record JSON keeps every digit."""

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_SqliteNumeric())
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value: Optional[Decimal], dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return format(value, "f")

    def process_result_value(self, value: Any, dialect) -> Optional[Decimal]:
        return None if value is None else Decimal(str(value))


_JSON = JSON().with_variant(JSONB(), "postgresql")
METADATA = MetaData()


def _article_id() -> Column:
    return Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


def _idx() -> Column:
    return Column("idx", Integer, primary_key=True, autoincrement=False, comment="position in the record's list")


def _span(prefix: str = "span") -> list[Column]:
    return [Column(f"{prefix}_start", Integer), Column(f"{prefix}_end", Integer)]


articles = Table(
    "articles", METADATA,
    Column("id", Text, primary_key=True, comment="sha256:<hex> of the article text"),
    Column("source", Text),
    Column("schema_version", Text, nullable=False),
    Column("script", Text, nullable=False),
    Column("title", Text),
    Column("published", Text, comment="ISO 8601 at its precision"),
    Column("authors", _JSON, nullable=False),
    Column("warnings", _JSON, nullable=False),
    Column("record", _JSON, nullable=False, comment="the whole ArticleRecord as JSON"),
)
events = Table(
    "events", METADATA,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("name", Text), *_span("name"),
    Column("kind", Text, nullable=False),
    Column("edition", Integer),
    Column("theme", Text),
    Column("start_date", Text), Column("end_date", Text),
    Column("location_text", Text), Column("city", Text), Column("province", Text), Column("country", Text),
    Column("venue", Text),
    Column("organizers", _JSON, nullable=False, comment='[{"name", "role"}]'),
    Column("segments", _JSON, nullable=False),
    Column("attendance_text", Text), Column("attendance_value", ExactDecimal),
    Column("attendance_unit", Text), Column("attendance_qualifier", Text),
)
people = Table(
    "people", METADATA, _article_id(), _idx(),
    Column("name", Text, nullable=False),
    Column("roles", _JSON, nullable=False),
    Column("mentions", _JSON, nullable=False, comment='[{"start", "end", "text"}]'),
)
titles = Table(
    "titles", METADATA, _article_id(),
    Column("person_idx", Integer, primary_key=True, autoincrement=False, comment="people.idx"),
    _idx(),
    Column("person", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("organization", Text),
    Column("position", Text, nullable=False),
)
organizations = Table(
    "organizations", METADATA, _article_id(), _idx(),
    Column("name", Text, nullable=False),
    Column("aliases", _JSON, nullable=False),
    Column("mentions", _JSON, nullable=False),
)
figures = Table(
    "figures", METADATA, _article_id(), _idx(),
    Column("text", Text, nullable=False), *_span(),
    Column("kind", Text, nullable=False),
    Column("value", ExactDecimal, nullable=False),
    Column("upper", ExactDecimal),
    Column("unit", Text, nullable=False),
    Column("qualifier", Text, nullable=False),
    Column("subject", Text),
    Column("items", _JSON, nullable=False),
)
dates = Table(
    "dates", METADATA, _article_id(), _idx(),
    Column("text", Text, nullable=False), *_span(),
    Column("value", Text), Column("start_date", Text), Column("end_date", Text),
    Column("precision", Text, nullable=False),
)
quotes = Table(
    "quotes", METADATA, _article_id(), _idx(),
    Column("speaker", Text),
    Column("text", Text, nullable=False), *_span(),
)
checks = Table(
    "checks", METADATA, _article_id(), _idx(),
    Column("rule", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("spans", _JSON, nullable=False),
)
CHILD_TABLES = (events, people, titles, organizations, figures, dates, quotes, checks)
inputs = Table(
    "inputs", METADATA,
    Column("source", Text, primary_key=True, comment="the input: file path, NAME:LINE of a JSONL line, or its source/id"),
    Column("article_id", Text, index=True, comment="articles.id of its record (inputs of the same text share it); null for an error"),
    Column("error_type", Text, comment="EmptyInput, NotChinese, ...; null for a record"),
    Column("error_message", Text),
    Column("encoding", Text, comment="what the input was read as: utf-8, gb18030, big5, utf-16-le, jsonl, ..."),
    Column("processed_at", DateTime(timezone=True), nullable=False),
)
"""The ledger: one row per input, record or error, so that its rows are the run's JSONL lines plus its error lines."""


@dataclass(frozen=True)
class LedgerEntry:
    """What became of one input (`inputs` row): its record's id, or its error."""

    source: str
    article_id: Optional[str] = None
    error_type: Optional[str] = None
    error_message: Optional[str] = None
    encoding: Optional[str] = None

    def row(self) -> dict[str, Any]:
        return {**asdict(self), "processed_at": datetime.now(timezone.utc)}


def rows(record: ArticleRecord) -> dict[Table, list[dict[str, Any]]]:
    """The rows a record becomes, table by table (decimals stay Decimal, spans become integer columns)."""
    aid = record.id
    out: dict[Table, list[dict[str, Any]]] = {
        articles: [{
            "id": aid, "source": record.source, "schema_version": record.schema_version, "script": record.script,
            "title": record.title, "published": record.published, "authors": record.authors,
            "warnings": record.warnings, "record": record.model_dump(mode="json"),
        }],
        events: [],
        people: [{"article_id": aid, "idx": i, "name": p.name, "roles": p.roles, "mentions": _spans(p.mentions)}
                 for i, p in enumerate(record.people)],
        titles: [{"article_id": aid, "person_idx": i, "idx": j, "person": p.name, "text": t.text,
                  "organization": t.organization, "position": t.position}
                 for i, p in enumerate(record.people) for j, t in enumerate(p.titles)],
        organizations: [{"article_id": aid, "idx": i, "name": o.name, "aliases": o.aliases,
                         "mentions": _spans(o.mentions)} for i, o in enumerate(record.organizations)],
        figures: [{"article_id": aid, "idx": i, "text": f.text, **_span_columns(f.span), "kind": f.kind,
                   "value": f.value, "upper": f.upper, "unit": f.unit, "qualifier": f.qualifier,
                   "subject": f.subject, "items": f.items} for i, f in enumerate(record.figures)],
        dates: [{"article_id": aid, "idx": i, "text": d.text, **_span_columns(d.span), "value": d.value,
                 "start_date": d.start, "end_date": d.end, "precision": d.precision}
                for i, d in enumerate(record.dates)],
        quotes: [{"article_id": aid, "idx": i, "speaker": q.speaker, "text": q.text, **_span_columns(q.span)}
                 for i, q in enumerate(record.quotes)],
        checks: [{"article_id": aid, "idx": i, "rule": c.rule, "status": c.status, "message": c.message,
                  "spans": _spans(c.spans)} for i, c in enumerate(record.checks)],
    }
    event = record.event
    if event is not None:
        place, attendance = event.location, event.attendance
        out[events].append({
            "article_id": aid, "name": event.name, **_span_columns(event.name_span, "name"), "kind": event.kind,
            "edition": event.edition, "theme": event.theme, "start_date": event.start, "end_date": event.end,
            "location_text": place and place.text, "city": place and place.city,
            "province": place and place.province, "country": place and place.country, "venue": event.venue,
            "organizers": [o.model_dump(mode="json") for o in event.organizers], "segments": event.segments,
            "attendance_text": attendance and attendance.text, "attendance_value": attendance and attendance.value,
            "attendance_unit": attendance and attendance.unit,
            "attendance_qualifier": attendance and attendance.qualifier,
        })
    return out


def _spans(spans: Iterable[Span]) -> list[dict[str, Any]]:
    return [s.model_dump() for s in spans]


def _span_columns(span: Optional[Span], prefix: str = "span") -> dict[str, Optional[int]]:
    return {f"{prefix}_start": span and span.start, f"{prefix}_end": span and span.end}


class DatabaseSink:
    """Upserts records by article id into the tables of `METADATA`, created on first use, and keeps the ledger
    of inputs (`inputs`) by source."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        try:
            _create_tables(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise SinkError(f"cannot create the tables in {self.url}: {_reason(exc)}") from exc

    def write(self, record: ArticleRecord, entry: Optional[LedgerEntry] = None) -> None:
        """Replace the article's rows with this record's, and the input's ledger row with `entry`, in one transaction."""
        try:
            with self.engine.begin() as connection:
                self._replace(connection, record)
                if entry is not None:
                    self._log(connection, entry)
        except SQLAlchemyError as exc:
            raise SinkError(f"cannot write {record.id} ({record.source}) to {self.url}: {_reason(exc)}") from exc

    def log(self, entry: LedgerEntry) -> None:
        """Record what became of an input that gave no record (an error), or one whose record is already stored."""
        try:
            with self.engine.begin() as connection:
                self._log(connection, entry)
        except SQLAlchemyError as exc:
            raise SinkError(f"cannot write the ledger row of {entry.source} to {self.url}: {_reason(exc)}") from exc

    def ids(self) -> set[str]:
        """The ids of the articles already stored (for --resume)."""
        with self.engine.connect() as connection:
            return set(connection.scalars(select(articles.c.id)))

    def sources(self) -> set[str]:
        """The sources the ledger accounts for (for --resume)."""
        with self.engine.connect() as connection:
            return set(connection.scalars(select(inputs.c.source)))

    def record(self, article_id: str) -> Optional[dict[str, Any]]:
        """The stored record JSON of an article, or None."""
        with self.engine.connect() as connection:
            return connection.scalar(select(articles.c.record).where(articles.c.id == article_id))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "DatabaseSink":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def _log(connection: Connection, entry: LedgerEntry) -> None:
        connection.execute(delete(inputs).where(inputs.c.source == entry.source))
        connection.execute(inputs.insert(), [entry.row()])

    @staticmethod
    def _replace(connection: Connection, record: ArticleRecord) -> None:
        for table in CHILD_TABLES:
            connection.execute(delete(table).where(table.c.article_id == record.id))
        connection.execute(delete(articles).where(articles.c.id == record.id))
        for table, table_rows in rows(record).items():
            if table_rows:
                connection.execute(table.insert(), table_rows)


def _create_tables(engine: Engine) -> None:
    """Create the tables that are missing, safely when several runs start on a fresh database at once: on
    PostgreSQL under a transaction-scoped advisory lock (two CREATE TABLE would race on the type catalogue);
    elsewhere (SQLite) again after a short wait when another run created a table between the check and the create."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            METADATA.create_all(connection, checkfirst=True)
        return
    for attempt in range(5):
        try:
            METADATA.create_all(engine, checkfirst=True)
            return
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))


_LOCK_KEY = 0x7A68_7874  # "zhxt": the advisory lock that serialises table creation


def open_sink(url: str) -> DatabaseSink:
    """A sink for an SQLAlchemy URL (`sqlite:///records.db`, `postgresql://user@host/db`); a bare path means SQLite."""
    return DatabaseSink(_engine(url))


def read_records(url: str) -> list[dict[str, Any]]:
    """Every stored record's JSON, by source, read without creating or changing anything (`zhextract review`)."""
    engine = _engine(url)
    shown = engine.url.render_as_string(hide_password=True)
    try:
        if engine.url.get_backend_name() == "sqlite" and not Path(engine.url.database or "").is_file():
            raise SinkError(f"{shown}: no such database file: give the --db of a `zhextract run`")
        if not inspect(engine).has_table("articles"):
            raise SinkError(f"{shown} has no articles table: give a database written by `zhextract run --db`")
        with engine.connect() as connection:
            return list(connection.scalars(select(articles.c.record).order_by(articles.c.source, articles.c.id)))
    except SQLAlchemyError as exc:
        raise SinkError(f"cannot read the records in {shown}: {_reason(exc)}") from exc
    finally:
        engine.dispose()


def _engine(url: str) -> Engine:
    if "://" not in url:
        url = f"sqlite:///{url}"
    try:
        parsed = _with_installed_driver(make_url(url))
        return create_engine(parsed, json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False))
    except ArgumentError as exc:
        raise SinkError(f"{url!r} is not a database URL: use sqlite:///path.db or postgresql://user@host/db") from exc
    except ImportError as exc:
        raise SinkError(f"{parsed.drivername} needs its driver ({exc.name}): "
                        "for PostgreSQL, pip install 'zhextract[postgres]'") from exc


def _with_installed_driver(url: URL) -> URL:
    """A bare postgresql:// gets psycopg2 when psycopg 3 (SQLAlchemy 2.1's default) is not installed."""
    if url.drivername != "postgresql" or importlib.util.find_spec("psycopg") is not None:
        return url
    if importlib.util.find_spec("psycopg2") is not None:
        return url.set(drivername="postgresql+psycopg2")
    return url


def _reason(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
