"""What flows through a batch run: an input, its outcome (a record line or an error line), the run's summary and errors."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from extractor import decoding


class BatchError(RuntimeError):
    """A run that cannot start or go on; the message says what to do."""


class Interrupted(BatchError):
    """Ctrl-C or SIGTERM: what was written stays, and --resume finishes the run."""

    def __init__(self, summary: "Summary") -> None:
        super().__init__(f"{summary}; rerun with --resume to finish")
        self.summary = summary


@dataclass(frozen=True)
class Input:
    """One article to process: a file, the bytes of one (stdin, or a file shipped to a dask worker), or a JSONL text."""

    source: str
    path: Optional[Path] = None
    data: Optional[bytes] = None
    text: Optional[str] = None
    published: Optional[str] = None

    def load(self) -> decoding.Article:
        if self.text is not None:
            return decoding.article_from_text(self.text, source=self.source, published=self.published, encoding="jsonl")
        if self.data is not None:
            return decoding.decode_bytes(self.data, source=self.source)
        return decoding.read_article(self.path)


@dataclass(frozen=True)
class Outcome:
    """What became of one input: "record" (`line`), "error" (`error`), "known" (`id` already stored),
    "skipped" (its source already has a line: a record when `id` is set) or "fatal" (no pipeline: the run stops).
    `encoding` is what the input was read as, when it was read."""

    source: str
    kind: str
    id: Optional[str] = None
    line: Optional[str] = None
    error: Optional[dict[str, str]] = None
    encoding: Optional[str] = None


def failure(source: str, kind: str, message: str) -> Outcome:
    return Outcome(source, "error", error={"type": kind, "message": message})


def unreadable(source: str, exc: OSError) -> Outcome:
    return failure(source, "UnreadableInput", f"{source}: cannot read it ({exc.strerror or exc}): "
                                               "check that it exists and is readable")


@dataclass
class Summary:
    """Counts of a run; inputs already done by an earlier run count as records or errors, and as `already`."""

    inputs: int = 0
    records: int = 0
    errors: int = 0
    already: int = 0

    def __str__(self) -> str:
        text = f"{self.inputs} inputs: {self.records} records, {self.errors} errors"
        return text + (f" ({self.already} already done)" if self.already else "")

    @property
    def accounted(self) -> bool:
        return self.records + self.errors == self.inputs
