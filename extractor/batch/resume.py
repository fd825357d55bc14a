"""A run's outputs together: what earlier runs wrote (read back for `--resume`), then each new line to the JSONL, the errors file and the database ledger."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from extractor.batch.outcomes import BatchError, Input, Outcome, Summary
from extractor.batch.writers import JsonlWriter, error_line, numbered_lines, read_jsonl
from models import ArticleRecord

if TYPE_CHECKING:
    from extractor.sinks import DatabaseSink, LedgerEntry


class Outputs:
    """The run's writers: records and errors JSONL, then the database (records by text, a ledger row per input);
    with `done`, the sources an earlier run wrote (-> record id, None for an error) and where each id's line is."""

    def __init__(self, records: JsonlWriter, failures: JsonlWriter, sink: Optional["DatabaseSink"]) -> None:
        self.records, self.failures, self.sink = records, failures, sink
        self.done: dict[str, Optional[str]] = {}
        self.lines: dict[str, int] = {}
        self.known: frozenset[str] = frozenset()

    @classmethod
    def open(cls, out: Path, errors: Path, sink: Optional["DatabaseSink"], *, resume: bool, overwrite: bool) -> "Outputs":
        """Both files opened (or neither: a file this call created is removed again), the earlier run read back."""
        created = not out.exists()
        records = JsonlWriter(out, option="--out", truncate=overwrite)
        try:
            failures = JsonlWriter(errors, option="--errors", truncate=overwrite)
        except BatchError:
            records.close()
            if created:
                out.unlink()
            raise
        outputs = cls(records, failures, sink)
        if resume:
            try:
                outputs._read_back()
            except BaseException:
                outputs.close()
                raise
        return outputs

    def _read_back(self) -> None:
        """What the earlier run wrote; records and ledger rows that reached the JSONL but not the database (a
        run killed between the two writes) are written to the database now."""
        for offset, entry in numbered_lines(self.records.path):
            self.done[entry["source"]] = entry["id"]
            self.lines.setdefault(entry["id"], offset)
        failed = {entry["source"]: entry["error"] for entry in read_jsonl(self.failures.path)}
        for source in failed:
            self.done.setdefault(source, None)
        if self.sink is None:
            self.known = frozenset(self.lines)
            return
        stored, logged = self.sink.ids(), self.sink.sources()
        for entry in read_jsonl(self.records.path):
            ledger = _ledger_entry(Outcome(entry["source"], "record", id=entry["id"]))
            if entry["id"] not in stored:
                _to_db(self.sink.write, ArticleRecord.model_validate(entry), ledger)
                stored.add(entry["id"])
            elif entry["source"] not in logged:
                _to_db(self.sink.log, ledger)
        for source, error in failed.items():
            if source not in logged and self.done[source] is None:
                _to_db(self.sink.log, _ledger_entry(Outcome(source, "error", error=error)))
        self.known = frozenset(set(self.lines) | stored)

    def skip_done(self, item: Union[Input, Outcome]) -> Union[Input, Outcome]:
        """An input whose source already has a line is done: it is counted, not processed again."""
        if item.source in self.done:
            return Outcome(item.source, "skipped", id=self.done[item.source])
        return item

    def account(self, outcome: Outcome, summary: Summary) -> None:
        """Write one outcome: the JSONL line first, then the database rows."""
        if outcome.kind == "fatal":
            raise BatchError(f"the extractor cannot be built ({outcome.error['type']}: {outcome.error['message']}); "
                             "fix it, then rerun with --resume")
        summary.inputs += 1
        if outcome.kind == "skipped":
            summary.already += 1
            if outcome.id is None:
                summary.errors += 1
            else:
                summary.records += 1
            return
        if outcome.kind == "error":
            self.failures.write(error_line(outcome))
            summary.errors += 1
            if self.sink:
                _to_db(self.sink.log, _ledger_entry(outcome))
            return
        summary.records += 1
        if outcome.kind == "known":
            summary.already += 1
            record = ArticleRecord.model_validate({**self._stored(outcome), "source": outcome.source})
            self.records.write(record.model_dump_json())
            if self.sink:
                _to_db(self.sink.log, _ledger_entry(outcome))
            return
        self.records.write(outcome.line)
        if self.sink:
            _to_db(self.sink.write, ArticleRecord.model_validate_json(outcome.line), _ledger_entry(outcome))

    def _stored(self, outcome: Outcome) -> dict[str, Any]:
        """The record of a text already done, from the database or from its line in the output."""
        stored = self.sink.record(outcome.id) if self.sink else None
        if stored is None and outcome.id in self.lines:
            with open(self.records.path, "rb") as stream:
                stream.seek(self.lines[outcome.id])
                stored = json.loads(stream.readline())
        if stored is None:
            raise BatchError(f"{outcome.source}: record {outcome.id} vanished from the database during the run; "
                             "rerun with --resume")
        return stored

    def close(self) -> None:
        self.records.close()
        self.failures.close()


def _ledger_entry(outcome: Outcome) -> "LedgerEntry":
    from extractor.sinks import LedgerEntry

    error = outcome.error or {}
    return LedgerEntry(outcome.source, article_id=outcome.id if outcome.kind != "error" else None,
                       error_type=error.get("type"), error_message=error.get("message"), encoding=outcome.encoding)


def _to_db(write: Any, *args: Any) -> None:
    """A database write; its failure stops the run, with what --resume will do about it."""
    from extractor.sinks import SinkError

    try:
        write(*args)
    except SinkError as exc:
        raise BatchError(f"{exc}; the JSONL has the line, and --resume will add it to the database") from exc
