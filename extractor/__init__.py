"""Chinese press articles to structured, source-grounded event records.

`extract(text)` is the public API; the pipeline is built on first use, once per process.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from models import ArticleRecord

__all__ = ["extract"]


def extract(text: str, *, source: Optional[str] = None, published: Optional[str] = None) -> "ArticleRecord":
    """Extract the event record of one article (see ../shared/SCHEMA.md)."""
    from extractor.api import default_extractor

    return default_extractor().extract(text, source=source, published=published)
