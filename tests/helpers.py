"""Shared test helpers: where the shared corpus lives, and one extractor per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
OWN_CORPUS = ROOT / "corpus"

needs_shared = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason=f"the shared corpus is not beside the project ({SHARED_CORPUS})")


def spans_of(record) -> list:
    """Every span a record carries, for the offset invariant."""
    from extractor.checks import record_spans

    return record_spans(record)
