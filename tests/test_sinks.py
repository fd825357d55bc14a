"""The database sink on SQLite and PostgreSQL: tables on first use, exact decimals, integer spans, idempotent upserts."""
from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy
from sqlalchemy import func, select

from extractor.record_id import record_id
from extractor.sinks import CHILD_TABLES, METADATA, SinkError, articles, events, figures, open_sink, people, titles
from models import (
    ArticleRecord,
    Check,
    DateMention,
    Event,
    Figure,
    Organization,
    Organizer,
    Person,
    Place,
    Quote,
    Span,
    Title,
)

TEXT = "26日上午，2017國際低碳（鎮江）大會在鎮江開幕，簽約總投資額突破429.16億元，鎮江市人民政府市長張葉飛致辭說：“歡迎各位。”"


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


def make_record(text: str = TEXT, *, people_count: int = 2) -> ArticleRecord:
    """A record with every kind of row, built by hand so the sink is tested apart from the extractor."""
    money = Figure(text="突破429.16億元", span=span(text, "突破429.16億元"), kind="money",
                   value=Decimal("42916000000"), unit="CNY", qualifier="gt", subject="簽約總投資額")
    persons = [Person(name="張葉飛", titles=[Title(text="鎮江市人民政府市長", organization="鎮江市人民政府", position="市長")],
                      roles=["speaker"], mentions=[span(text, "張葉飛")]),
               Person(name="鎮江", mentions=[span(text, "鎮江")])][:people_count]
    return ArticleRecord(
        id=record_id(text), source="test", script="traditional", title="低碳大會開幕", published="2017-09-26",
        authors=["記者"],
        event=Event(name="2017國際低碳（鎮江）大會", name_span=span(text, "2017國際低碳（鎮江）大會"), kind="conference",
                    edition=5, start="2017-09-26", location=Place(text="鎮江", city="鎮江", province="江蘇", country="中國"),
                    organizers=[Organizer(name="鎮江市人民政府", role="host")], attendance=money),
        people=persons,
        organizations=[Organization(name="鎮江市人民政府", aliases=["市政府"], mentions=[span(text, "鎮江市人民政府")])],
        dates=[DateMention(text="26日", span=span(text, "26日"), value="2017-09-26", start="2017-09-26",
                           end="2017-09-26", precision="day")],
        figures=[money, Figure(text="0.125%", span=span(text, "2017"), kind="percent", value=Decimal("0.125"),
                               upper=Decimal("1234567890.12345"), unit="%")],
        quotes=[Quote(speaker="張葉飛", text="歡迎各位。", span=span(text, "歡迎各位。"))],
        checks=[Check(rule="span_text", status="pass", message="all spans match", spans=[span(text, "26日")])],
        warnings=["test record"],
    )


def test_tables_are_created_on_first_use(database_url):
    with open_sink(database_url) as sink:
        names = set(sqlalchemy.inspect(sink.engine).get_table_names())
        assert {"articles", "events", "people", "titles", "organizations", "figures", "dates", "quotes", "checks"} <= names
        assert sink.ids() == set()
    with open_sink(database_url) as sink:  # a second open finds them and keeps going
        assert sink.ids() == set()


def test_rows_keep_decimals_exact_and_spans_as_integers(database_url):
    record = make_record()
    with open_sink(database_url) as sink:
        sink.write(record)
        with sink.engine.connect() as connection:
            values = connection.execute(select(figures.c.value, figures.c.upper, figures.c.span_start, figures.c.span_end)
                                        .order_by(figures.c.idx)).all()
            event = connection.execute(select(events)).one()
            title = connection.execute(select(titles)).one()
            stored = connection.scalar(select(articles.c.record))
    assert values[0] == (Decimal("42916000000"), None, record.figures[0].span.start, record.figures[0].span.end)
    assert values[1][:2] == (Decimal("0.125"), Decimal("1234567890.12345"))
    assert all(isinstance(v, int) for row in values for v in row[2:])
    assert (event.name, event.name_start, event.attendance_value, event.city) == (
        "2017國際低碳（鎮江）大會", record.event.name_span.start, Decimal("42916000000"), "鎮江")
    assert event.organizers == [{"name": "鎮江市人民政府", "role": "host"}]
    assert (title.person, title.organization, title.position) == ("張葉飛", "鎮江市人民政府", "市長")
    assert stored == record.model_dump(mode="json")
    assert TEXT[values[0][2]:values[0][3]] == "突破429.16億元"


@pytest.mark.parametrize("value", ["42916000000", "0.1", "3.14159265358979", "-7", "9223372036854775807", "1E+20"])
def test_decimal_round_trip(database_url, value):
    record = make_record()
    record.figures[1] = record.figures[1].model_copy(update={"value": Decimal(value)})
    with open_sink(database_url) as sink:
        sink.write(record)
        with sink.engine.connect() as connection:
            assert connection.scalar(select(figures.c.value).where(figures.c.idx == 1)) == Decimal(value)


def test_upsert_replaces_an_articles_rows(database_url):
    with open_sink(database_url) as sink:
        sink.write(make_record())
        sink.write(make_record())
        sink.write(make_record(people_count=1))
        other = make_record("另一篇文章：" + TEXT)
        sink.write(other)
        with sink.engine.connect() as connection:
            counts = {t.name: connection.scalar(select(func.count()).select_from(t)) for t in (articles, *CHILD_TABLES)}
            names = connection.scalars(select(people.c.name).where(people.c.article_id == record_id(TEXT))).all()
        assert sink.ids() == {record_id(TEXT), other.id}
        assert sink.record(other.id)["id"] == other.id
        assert sink.record("sha256:" + "0" * 64) is None
    assert names == ["張葉飛"]
    assert counts == {"articles": 2, "events": 2, "people": 3, "titles": 2, "organizations": 2, "figures": 4,
                      "dates": 2, "quotes": 2, "checks": 2}


def test_a_record_without_event_or_lists_is_one_article_row(database_url):
    bare = ArticleRecord(id=record_id("空"), source=None)
    with open_sink(database_url) as sink:
        sink.write(bare)
        with sink.engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(events)) == 0
            assert connection.execute(select(articles.c.script, articles.c.authors)).one() == ("unknown", [])


def test_every_child_table_is_keyed_by_article_id():
    for table in CHILD_TABLES:
        assert "article_id" in table.c and table.c.article_id.primary_key, table.name
        assert [fk.column.table.name for fk in table.c.article_id.foreign_keys] == ["articles"], table.name
    assert set(METADATA.tables) == {"articles", "inputs", *(t.name for t in CHILD_TABLES)}


def test_a_bare_path_means_sqlite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_sink("records.db") as sink:
        assert sink.engine.dialect.name == "sqlite"
    assert (tmp_path / "records.db").exists()


@pytest.mark.parametrize("url, says", [
    ("nonsense://x", "nonsense"),
    ("postgresql://nobody:secret@127.0.0.1:1/none", "cannot create the tables"),
    ("sqlite:////nonexistent-dir/x/records.db", "cannot create the tables"),
])
def test_unusable_databases_are_a_clear_error(url, says):
    with pytest.raises(SinkError, match=says) as caught:
        open_sink(url)
    assert "secret" not in str(caught.value)


def test_the_ledger_has_one_row_per_input_and_records_one_per_text(database_url):
    from extractor.sinks import LedgerEntry, inputs

    record = make_record()
    with open_sink(database_url) as sink:
        sink.write(record, LedgerEntry("a.txt", article_id=record.id, encoding="utf-8"))
        sink.write(record.model_copy(update={"source": "a.gb18030.txt"}),
                   LedgerEntry("a.gb18030.txt", article_id=record.id, encoding="gb18030"))
        sink.log(LedgerEntry("empty.txt", error_type="EmptyInput", error_message="empty.txt: the input is empty"))
        sink.log(LedgerEntry("empty.txt", error_type="EmptyInput", error_message="empty.txt: the input is empty"))
        with sink.engine.connect() as connection:
            rows = connection.execute(select(inputs.c.source, inputs.c.article_id, inputs.c.error_type, inputs.c.encoding)
                                      .order_by(inputs.c.source)).all()
            stamps = connection.scalars(select(inputs.c.processed_at)).all()
            stored = connection.scalar(select(func.count()).select_from(articles))
        assert sink.sources() == {"a.txt", "a.gb18030.txt", "empty.txt"}
    assert rows == [("a.gb18030.txt", record.id, None, "gb18030"), ("a.txt", record.id, None, "utf-8"),
                    ("empty.txt", None, "EmptyInput", None)]
    assert stored == 1 and all(stamps)


def test_runs_starting_together_on_a_fresh_database_all_get_the_tables(database_url):
    """Several runs open the same empty database at once: none fails on creating the tables (PostgreSQL raced
    on its type catalogue, SQLite on "table already exists")."""
    from concurrent.futures import ThreadPoolExecutor

    def open_and_write(n):
        with open_sink(database_url) as sink:
            sink.write(make_record(f"第{n}篇：" + TEXT))
            return sink.ids()

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(open_and_write, range(6)))
    assert len(results[-1] | set().union(*results)) == 6
