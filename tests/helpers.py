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
    spans = [f.span for f in record.figures] + [d.span for d in record.dates] + [q.span for q in record.quotes]
    spans += [m for p in record.people for m in p.mentions] + [m for o in record.organizations for m in o.mentions]
    spans += [m for loc in record.locations for m in loc.mentions] + [d.span for d in record.documents]
    if record.event and record.event.name_span:
        spans.append(record.event.name_span)
    return spans
