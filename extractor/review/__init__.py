"""`zhextract review`: one HTML page on which analysts check every extracted value against the words it
came from, and whose corrections export as gold files that `zhextract eval` scores.

sources.py pairs records with their texts, items.py places every item on the text, page.py writes the
self-contained page from template.html, review.css and review.js (the page's own code: the index, the
article view, corrections in the browser's storage, the gold export).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from extractor.review.page import render
from extractor.review.sources import Article, Loaded, ReviewInputError, load

__all__ = ["Article", "ReviewInputError", "Summary", "build", "load", "render"]


@dataclass(frozen=True)
class Summary:
    """What a written page holds, for the command's closing line."""

    articles: int
    without_text: int
    skipped: list[str]
    size: int

    def __str__(self) -> str:
        text = f"{self.articles} articles ({self.size / 1e6:.1f} MB)"
        if self.without_text:
            text += f", {self.without_text} without their text (listed with the reason)"
        if self.skipped:
            text += f", {len(self.skipped)} inputs skipped"
        return text


def build(specs: Sequence[str], out: Path, *, texts: Optional[Path] = None,
          extract: Optional[Callable] = None) -> Summary:
    """Load the inputs, write the review page to `out`, and say what it holds."""
    loaded: Loaded = load(specs, texts=texts, extract=extract)
    if not loaded.articles:
        reasons = "; ".join(loaded.skipped[:3])
        raise ReviewInputError(f"no article to review in {' '.join(specs)}" + (f" ({reasons})" if reasons else "")
                               + ": give records (JSONL or database) or article files")
    data = render(loaded.articles).encode("utf-8")
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise ReviewInputError(f"{out}: cannot write the page ({exc.strerror or exc}): choose another -o") from exc
    return Summary(len(loaded.articles), sum(1 for a in loaded.articles if a.problem), loaded.skipped, len(data))
