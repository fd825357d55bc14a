"""Batch runs: many inputs to a records JSONL, an errors JSONL and optionally a database ledger, in parallel and resumable.

One module a job: `inputs` (specs to inputs), `engines` (local process pool or dask cluster), `writers` (JSONL
lines), `resume` (a run's outputs, read back for `--resume`), `progress` (progress lines), `runner` (`run`,
which ties them together); `outcomes` holds what flows between them.
"""
from extractor.batch.engines import DEFAULT_EXTRACTOR, record_for
from extractor.batch.inputs import JSONL_SUFFIXES, STDIN, count_inputs, iter_inputs, resolve
from extractor.batch.outcomes import BatchError, Input, Interrupted, Outcome, Summary
from extractor.batch.progress import LogProgress, Progress, RichProgress, progress_for
from extractor.batch.runner import run
from extractor.batch.writers import JsonlWriter, default_errors_path, read_jsonl

__all__ = [
    "DEFAULT_EXTRACTOR", "JSONL_SUFFIXES", "STDIN", "BatchError", "Input", "Interrupted", "JsonlWriter", "LogProgress",
    "Outcome", "Progress", "RichProgress", "Summary", "count_inputs", "default_errors_path", "iter_inputs",
    "progress_for", "read_jsonl", "record_for", "resolve", "run",
]
