"""Review inputs: the records to review, each with the article text its spans point into, or why it has none.

A record is shown on a text only when the text's sha256 is the record's id, so a file that changed since
it was extracted, or one that cannot be found, leaves its record listed with that problem instead of
shown on the wrong words. Texts are read as `zhextract run` reads them (extractor/decoding.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from pydantic import ValidationError

from extractor import batch, decoding
from extractor.record_id import record_id
from models import ArticleRecord

DATABASE_SUFFIXES = {".db", ".sqlite", ".sqlite3"}


class ReviewInputError(ValueError):
    """An input that cannot be reviewed; the message names it and what to do."""


@dataclass(frozen=True)
class Article:
    """A record with its article text, or with the reason the text is not shown."""

    record: ArticleRecord
    text: Optional[str]
    problem: Optional[str] = None


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Article inputs that could not be read (binary, not Chinese, ...), each with its reason."""


def load(specs: Sequence[str], *, texts: Optional[Path] = None,
         extract: Optional[Callable[..., ArticleRecord]] = None) -> Loaded:
    """Records from records JSONL files and databases, and records extracted from article inputs
    (files, directories, globs, JSONL of texts); each article once, in input order."""
    if texts is not None and not texts.exists():
        raise ReviewInputError(f"--texts {texts}: no such directory or file: give the directory of the article files "
                               "or the JSONL of texts that `zhextract run` read")
    finder = TextFinder(texts)
    loaded, seen = Loaded(), set()
    article_specs: list[str] = []

    def add(article: Article) -> None:
        if article.record.id not in seen:
            seen.add(article.record.id)
            loaded.articles.append(article)

    for spec in specs:
        if _is_database(spec):
            for record in _database_records(spec):
                add(finder.article(record))
        elif _is_records_jsonl(spec):
            for record in _jsonl_records(Path(spec)):
                add(finder.article(record))
        else:
            article_specs.append(spec)
    if article_specs:
        for item in _extracted(article_specs, extract, loaded.skipped):
            add(item)
    return loaded


def _is_database(spec: str) -> bool:
    return "://" in spec or Path(spec).suffix.lower() in DATABASE_SUFFIXES


def _is_records_jsonl(spec: str) -> bool:
    """A JSONL file whose first line is a record (`zhextract run` output), not an article with a "text"."""
    path = Path(spec)
    if path.suffix.lower() not in batch.JSONL_SUFFIXES or not path.is_file():
        return False
    try:
        with open(path, "rb") as stream:
            first = next((line for line in stream if line.strip()), b"")
        entry = json.loads(first) if first else {}
    except (OSError, ValueError):
        return False
    return isinstance(entry, dict) and "schema_version" in entry and "text" not in entry


def _jsonl_records(path: Path) -> Iterator[ArticleRecord]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewInputError(f"{path}: cannot read it ({exc}): give the --out file of `zhextract run`") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield ArticleRecord.model_validate_json(line)
            except ValidationError as exc:
                raise ReviewInputError(f"{path}:{number}: not a record ({exc.errors()[0]['msg']}): fix or remove the line") from exc


def _database_records(url: str) -> Iterator[ArticleRecord]:
    from extractor.sinks import SinkError, read_records

    try:
        stored = read_records(url)
    except SinkError as exc:
        raise ReviewInputError(str(exc)) from exc
    for entry in stored:
        record = entry if isinstance(entry, dict) else json.loads(entry)
        yield ArticleRecord.model_validate(record)


def _extracted(specs: list[str], extract: Optional[Callable[..., ArticleRecord]], skipped: list[str]) -> Iterator[Article]:
    """Article inputs decoded and extracted here, one by one; for thousands, `zhextract run` first is faster."""
    if extract is None:
        from extractor import extract
    try:
        paths = batch.resolve(specs)
    except batch.BatchError as exc:
        raise ReviewInputError(str(exc)) from exc
    for item in batch.iter_inputs(paths):
        if isinstance(item, batch.Outcome):
            skipped.append(item.error["message"])
            continue
        try:
            article = item.load()
        except decoding.DecodingError as exc:
            skipped.append(str(exc))
            continue
        except OSError as exc:
            skipped.append(f"{item.source}: cannot read it ({exc.strerror or exc})")
            continue
        record = extract(article.text, source=item.source, published=article.published)
        if record.title is None and article.title:  # as `zhextract run` does: an HTML page's headline
            record = record.model_copy(update={"title": article.title})
        yield Article(record, article.text)


class TextFinder:
    """The text of a record: its source file, or a file in the texts directory with the same path, name
    or content (the record id is the sha256 of the text, so any file name will do), or a text of a JSONL
    there (or given as `texts`) with the same content."""

    def __init__(self, texts: Optional[Path]) -> None:
        self.texts = texts
        self._by_id: Optional[dict[str, str]] = None

    def article(self, record: ArticleRecord) -> Article:
        changed = []
        for path in self._candidates(record.source):
            text = _read(path)
            if text is not None and record_id(text) == record.id:
                return Article(record, text)
            changed.append(path)
        if self.texts is not None and record.id in self.by_id():
            return Article(record, self.by_id()[record.id])
        if changed:
            return Article(record, None, f"{changed[0]} no longer holds the text this record was extracted from "
                                         "(its sha256 is not the record id): extract it again with `zhextract run`")
        where = f" {record.source}" if record.source else " (the record has no source)"
        inside = f", nor any file in {self.texts} with its content" if self.texts else ""
        return Article(record, None, f"text not found:{where}{inside}: give --texts DIR with the article files")

    def _candidates(self, source: Optional[str]) -> list[Path]:
        if not source:
            return []
        paths = [Path(source)]
        if self.texts is not None and self.texts.is_dir():
            paths += [self.texts / source, self.texts / Path(source).name]
        unique = []
        for path in paths:
            if path.is_file() and path.resolve() not in {p.resolve() for p in unique}:
                unique.append(path)
        return unique

    def by_id(self) -> dict[str, str]:
        """Every article text under `texts` (files, and the lines of JSONL files) by its record id, read once
        when first needed; what cannot be read as an article is passed over."""
        if self._by_id is None:
            self._by_id = {}
            for item in batch.iter_inputs(batch.resolve([str(self.texts)])):
                if isinstance(item, batch.Input):
                    try:
                        text = item.load().text
                    except (decoding.DecodingError, OSError):
                        continue
                    self._by_id.setdefault(record_id(text), text)
        return self._by_id


def _read(path: Path) -> Optional[str]:
    try:
        return decoding.read_article(path).text
    except (decoding.DecodingError, OSError):
        return None
