"""The review page: one self-contained HTML file, the template with its style, script and data inlined.

The index is one JSON block read when the page opens; each article is its own JSON block, parsed only
when the analyst opens it, so 5,000 articles open as fast as their index. Data goes into
`<script type="application/json">` with `<`, `>` and `&` escaped, so no article can end the block, and
the page's Content-Security-Policy allows its own script and style only (by hash): nothing is fetched,
and nothing an article says can run.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from extractor.review.items import KINDS, blanked, items_of
from extractor.review.sources import Article

_STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2}
_SLOTS = re.compile(r"<!--(index|articles)-->")


def render(articles: Iterable[Article]) -> str:
    """The page for these articles, as HTML text."""
    names: set[str] = set()
    blocks, index = [], []
    for n, article in enumerate(articles):
        data = article_data(article, _unique_name(article, names))
        index.append(index_row(n, data))
        blocks.append(f'<script type="application/json" id="a{n}">{_embed(data)}</script>')
    template = _asset("template.html")
    style, script = _asset("review.css"), _asset("review.js")
    policy = (f"default-src 'none'; script-src '{_hash(script)}'; style-src '{_hash(style)}'; "
              "base-uri 'none'; form-action 'none'")
    page = template.replace("{{policy}}", policy).replace("{{style}}", style).replace("{{script}}", script)
    slots = {"index": f'<script type="application/json" id="index">{_embed(index)}</script>', "articles": "\n".join(blocks)}
    return _SLOTS.sub(lambda m: slots[m.group(1)], page)


def article_data(article: Article, name: str) -> dict[str, Any]:
    """What the page needs of one article: its text, the chrome, the items and checks, the gold's other fields."""
    record, text = article.record, article.text
    chrome = blanked(text) if text is not None else []
    items = items_of(record, text, chrome)
    event = record.event
    return {
        "id": record.id, "name": name, "source": record.source, "title": record.title, "script": record.script,
        "published": record.published, "warnings": record.warnings, "problem": article.problem, "text": text,
        "chrome": chrome, "items": items, "checks": _checks(record, items),
        "event": event and {"kind": event.kind, "edition": event.edition, "start": event.start, "end": event.end},
    }


def index_row(n: int, data: dict[str, Any]) -> dict[str, Any]:
    """One line of the index: what an analyst sorts and filters the articles by."""
    counts = Counter(item["k"] for item in data["items"])
    statuses = Counter(check["status"] for check in data["checks"])
    event = next((item["t"] for item in data["items"] if item["key"] == "event:name"), None)
    return {"n": n, "id": data["id"], "title": data["title"], "source": data["source"], "event": event,
            "counts": [counts[kind] for kind in KINDS], "fail": statuses["fail"],
            "warn": statuses["warn"] + len(data["warnings"]) + bool(data["problem"]), "problem": data["problem"]}


def _checks(record, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Checks, failed and warned first, each with the keys of the items at its spans."""
    by_span: dict[tuple[int, int], list[str]] = {}
    for item in items:
        for start, end in item["m"]:
            by_span.setdefault((start, end), []).append(item["key"])
    checks = sorted(record.checks, key=lambda c: _STATUS_ORDER[c.status])
    return [{"rule": c.rule, "status": c.status, "message": c.message, "m": [[s.start, s.end] for s in c.spans],
             "keys": [key for s in c.spans for key in by_span.get((s.start, s.end), [])]} for c in checks]


def _unique_name(article: Article, taken: set[str]) -> str:
    """The file stem of the article's gold export: its source's name, else its id, made unique."""
    source = article.record.source
    stem = re.sub(r"[^\w.-]+", "_", Path(source).stem if source else "") or article.record.id.replace("sha256:", "")[:16]
    name, n = stem, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}"
    taken.add(name)
    return name


def _embed(data: Any) -> str:
    """JSON that cannot close its <script> block nor open a comment: <, > and & as \\u escapes.

    >>> _embed({"t": "</script><img onerror=x>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg onerror=x\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _asset(name: str) -> str:
    return resources.files("extractor.review").joinpath(name).read_text(encoding="utf-8")

