"""Figure validation: which figures of a record hold together, each check naming the figures it used."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Optional

from models import ArticleRecord, Check, Figure

_GREATER = ("gt", "ge")


def run_checks(record: ArticleRecord, text: Optional[str] = None) -> list[Check]:
    """All checks for a record; `text` is the article, when the spans are to be checked against it."""
    checks: list[Check] = []
    checks += count_matches_list(record.figures)
    checks += part_le_total(record.figures)
    checks += sum_matches_total(record.figures, text)
    checks += date_order(record)
    checks += unit_consistency(record.figures)
    if text is not None:
        checks += span_text(record, text)
    return checks


def _name(f: Figure) -> str:
    return f"“{f.span.text}”"


def count_matches_list(figures: list[Figure]) -> list[Check]:
    out = []
    for f in figures:
        if f.kind != "count" or not f.items:
            continue
        n = len(f.items)
        if Decimal(n) == f.value:
            out.append(Check(rule="count_matches_list", status="pass", message=f"{_name(f)} states {f.value} and the text lists {n}: {'、'.join(f.items)}", spans=[f.span]))
        else:
            out.append(Check(rule="count_matches_list", status="fail", message=f"{_name(f)} states {f.value} but the text lists {n}: {'、'.join(f.items)}", spans=[f.span]))
    return out


def _is_total(f: Figure) -> bool:
    return bool(f.subject) and ("总" in f.subject or "合计" in f.subject or "累计" in f.subject)


def part_le_total(figures: list[Figure]) -> list[Check]:
    """A part stated after its total (same kind and unit, within a few figures) must not exceed it."""
    out = []
    for i, total in enumerate(figures):
        if not _is_total(total):
            continue
        for part in figures[i + 1 : i + 4]:
            if part.kind != total.kind or part.unit != total.unit or _is_total(part) or part.span.start - total.span.end > 60:
                continue
            if part.value <= total.value:
                status, verb = "pass", "does not exceed"
            elif part.qualifier in _GREATER or total.qualifier in _GREATER:
                status, verb = "warn", "may exceed"
            else:
                status, verb = "fail", "exceeds"
            out.append(Check(rule="part_le_total", status=status, message=f"part {_name(part)} ({part.value}) {verb} total {_name(total)} ({total.value})", spans=[part.span, total.span]))
    return out


def sum_matches_total(figures: list[Figure], text: Optional[str] = None) -> list[Check]:
    """Parts introduced right after a total (其中 A…、B…) add up to it when all are exact."""
    out = []
    for i, total in enumerate(figures):
        following = figures[i + 1 : i + 2]
        if text is None or not following or not re.search(r"其中|包括|包含|含|分别", text[total.span.end : following[0].span.start]):
            continue
        parts = []
        for f in figures[i + 1 :]:
            if f.kind != total.kind or f.unit != total.unit or f.span.start - (parts[-1].span.end if parts else total.span.end) > 40:
                break
            parts.append(f)
        if len(parts) < 2 or not total.subject or any(p.value > total.value for p in parts):
            continue
        parts_sum = sum(p.value for p in parts)
        exact = all(p.qualifier == "eq" for p in parts + [total])
        names = " + ".join(_name(p) for p in parts)
        if parts_sum == total.value:
            out.append(Check(rule="sum_matches_total", status="pass", message=f"{names} = {parts_sum} equals total {_name(total)}", spans=[total.span] + [p.span for p in parts]))
        elif exact and parts_sum > total.value:
            out.append(Check(rule="sum_matches_total", status="fail", message=f"{names} = {parts_sum} exceeds total {_name(total)} ({total.value})", spans=[total.span] + [p.span for p in parts]))
    return out


def date_order(record: ArticleRecord) -> list[Check]:
    event = record.event
    if event is None or not event.start:
        return []
    out = []
    if event.end:
        comparable = event.start.startswith("--") == event.end.startswith("--")
        if comparable:
            ok = event.end >= event.start
            out.append(Check(rule="date_order", status="pass" if ok else "fail",
                             message=f"event end {event.end} {'is not before' if ok else 'is before'} its start {event.start}"))
    if record.published and not event.start.startswith("--") and len(event.start) == 10 and event.start > record.published[:10]:
        out.append(Check(rule="date_order", status="warn", message=f"event start {event.start} is after the publication date {record.published}: an announced event"))
    return out


def unit_consistency(figures: list[Figure]) -> list[Check]:
    by_subject: dict[str, set[str]] = defaultdict(set)
    spans = defaultdict(list)
    for f in figures:
        if f.kind == "money" and f.subject:
            by_subject[f.subject].add(f.unit)
            spans[f.subject].append(f.span)
    out = []
    for subject, units in by_subject.items():
        if len(units) > 1:
            out.append(Check(rule="unit_consistency", status="warn", message=f"“{subject}” is stated in several currencies: {', '.join(sorted(units))}", spans=spans[subject]))
    return out


def span_text(record: ArticleRecord, text: str) -> list[Check]:
    """Every span's text is what the article has at its offsets, and every figure re-parses to its value."""
    from extractor.numbers import find_figures

    out = []
    spans = [f.span for f in record.figures] + [d.span for d in record.dates] + [q.span for q in record.quotes]
    spans += [m for p in record.people for m in p.mentions] + [m for o in record.organizations for m in o.mentions]
    bad = [s for s in spans if text[s.start : s.end] != s.text]
    for f in record.figures:
        again = find_figures(f.span.text, currency=f.unit if f.kind == "money" else "CNY")
        if not any(m.value == f.value for m in again):
            out.append(Check(rule="span_text", status="fail", message=f"figure {_name(f)} does not re-parse to {f.value}", spans=[f.span]))
    if bad:
        out.append(Check(rule="span_text", status="fail", message=f"{len(bad)} span(s) do not match the text at their offsets, first {bad[0].text!r} at {bad[0].start}", spans=bad[:5]))
    else:
        out.append(Check(rule="span_text", status="pass", message=f"all {len(spans)} spans match the article text"))
    return out


def verify_record(record: ArticleRecord, text: Optional[str] = None) -> list[Check]:
    """Re-validate a stored or edited record: its id against the text, every span and figure value, and the figure checks."""
    import hashlib

    checks: list[Check] = []
    if text is not None:
        expected = "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        ok = record.id == expected
        checks.append(Check(rule="record_id", status="pass" if ok else "fail",
                            message="the record id is the text's hash" if ok else f"the record id {record.id} is not the text's hash {expected}: the record belongs to another text"))
    return checks + run_checks(record, text)
