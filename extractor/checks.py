"""Figure validation: which figures of a record hold together, each check naming the figures it used."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from decimal import Context, Decimal, localcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator, Optional

from extractor.record_id import record_id
from models import ArticleRecord, Check, Figure, Span

if TYPE_CHECKING:
    from extractor.decoding import Article

_GREATER = ("gt", "ge")


def run_checks(record: ArticleRecord, text: Optional[str] = None) -> list[Check]:
    """All checks for a record; `text` is the article, when the spans are to be checked against it."""
    checks: list[Check] = []
    checks += count_matches_list(record.figures)
    checks += part_le_total(record.figures)
    checks += sum_matches_total(record.figures, text)
    checks += date_order(record)
    checks += unit_consistency(record.figures)
    checks += percent_bounds(record.figures)
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


MAX_PARTS = 50
"""Most parts read after a total: a longer run of figures is no breakdown, and a bound keeps the check linear."""


def sum_matches_total(figures: list[Figure], text: Optional[str] = None) -> list[Check]:
    """Parts introduced right after a total (其中 A…、B…) add up to it when all are exact."""
    out = []
    for i, total in enumerate(figures):
        following = figures[i + 1 : i + 2]
        if text is None or not following or not re.search(r"其中|包括|包含|含|分别", text[total.span.end : following[0].span.start]):
            continue
        parts = []
        for f in figures[i + 1 : i + 1 + MAX_PARTS]:
            if f.kind != total.kind or f.unit != total.unit or f.span.start - (parts[-1].span.end if parts else total.span.end) > 40:
                break
            parts.append(f)
        if len(parts) < 2 or not total.subject or any(p.value > total.value for p in parts):
            continue
        parts_sum = _exact_sum([p.value for p in parts])
        exact = all(p.qualifier == "eq" for p in parts + [total])
        names = " + ".join(_name(p) for p in parts)
        if parts_sum == total.value:
            out.append(Check(rule="sum_matches_total", status="pass", message=f"{names} = {parts_sum} equals total {_name(total)}", spans=[total.span] + [p.span for p in parts]))
        elif exact and parts_sum > total.value:
            out.append(Check(rule="sum_matches_total", status="fail", message=f"{names} = {parts_sum} exceeds total {_name(total)} ({total.value})", spans=[total.span] + [p.span for p in parts]))
    return out


def _exact_sum(values: list[Decimal]) -> Decimal:
    """The sum with every digit: the default context would round a 30-digit total to 28 digits."""
    top = max(v.adjusted() for v in values) + 1
    bottom = min(v.as_tuple().exponent for v in values)
    with localcontext(Context(prec=max(top - bottom, 1) + len(values) + 1)):
        return sum(values, Decimal(0))


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


_SHARE = re.compile(r"占|比重|份额|份額|比例|覆盖率|覆蓋率|普及率|达标率|達標率|合格率|完成率|出勤率|投票率")
_FALL = re.compile(r"下降|下跌|减少|減少|降低|回落|萎缩|萎縮|下滑|缩减|縮減|跌")


def percent_bounds(figures: list[Figure]) -> list[Check]:
    """A share of a whole (占比, 覆盖率) cannot pass 100%, nor can a fall (下降, 减少): a figure that does was misread,
    or the article is wrong. Growth (增长150%) can."""
    out = []
    for f in figures:
        if f.kind != "percent" or f.unit != "%" or not f.subject:
            continue
        bound = f.upper if f.upper is not None else f.value
        what = "a share" if _SHARE.search(f.subject) else "a fall" if _FALL.search(f.subject) else None
        if what is None:
            continue
        ok = bound <= 100
        out.append(Check(rule="percent_bounds", status="pass" if ok else "fail",
                         message=f"{_name(f)} is {what} ({f.subject}): {bound}% {'is within' if ok else 'is over'} 100%", spans=[f.span]))
    return out


def record_spans(record: ArticleRecord) -> list[Span]:
    """Every span the record carries (its checks' spans aside, which copy these): each must hold in the text."""
    spans = [f.span for f in record.figures] + [d.span for d in record.dates] + [q.span for q in record.quotes]
    spans += [m for p in record.people for m in p.mentions] + [m for o in record.organizations for m in o.mentions]
    spans += [m for loc in record.locations for m in loc.mentions] + [d.span for d in record.documents]
    if record.event is not None:
        spans += [record.event.name_span] if record.event.name_span else []
        spans += [record.event.attendance.span] if record.event.attendance else []
    return spans


def span_text(record: ArticleRecord, text: str) -> list[Check]:
    """Every span's text is what the article has at its offsets, and every figure re-parses to its value."""
    from extractor.numbers import find_figures

    out = []
    spans = record_spans(record)
    bad = [s for s in spans if text[s.start : s.end] != s.text]
    alone = [f for f in record.figures if not any(m.value == f.value for m in find_figures(f.span.text, currency=f.unit if f.kind == "money" else "CNY"))]
    # a figure read from its context (a subject makes 逾六點八億 money) is looked for where the whole text has it
    in_text = {(m.start, m.end, m.value) for m in find_figures(text)} if alone else set()
    for f in alone:
        if (f.span.start, f.span.end, f.value) not in in_text:
            out.append(Check(rule="span_text", status="fail", message=f"figure {_name(f)} does not re-parse to {f.value}", spans=[f.span]))
    if bad:
        out.append(Check(rule="span_text", status="fail", message=f"{len(bad)} span(s) do not match the text at their offsets, first {bad[0].text!r} at {bad[0].start}", spans=bad[:5]))
    else:
        out.append(Check(rule="span_text", status="pass", message=f"all {len(spans)} spans match the article text"))
    return out


def consistency(record: ArticleRecord) -> list[Check]:
    """What the record says twice must agree: a string and its span, a name and its mentions, a speaker and the people."""
    problems: list[tuple[str, list[Span]]] = []
    for f in record.figures + ([record.event.attendance] if record.event and record.event.attendance else []):
        if f.text != f.span.text:
            problems.append((f"figure text {f.text!r} is not its span's text {f.span.text!r}", [f.span]))
    for item in [*record.dates, *record.documents]:
        if item.text != item.span.text:
            problems.append((f"{item.text!r} is not its span's text {item.span.text!r}", [item.span]))
    for q in record.quotes:
        if q.text != q.span.text:
            problems.append((f"quote text {q.text[:20]!r} is not its span's text {q.span.text[:20]!r}", [q.span]))
    event = record.event
    if event is not None and event.name_span is not None and event.name != event.name_span.text:
        problems.append((f"event name {event.name!r} is not its span's text {event.name_span.text!r}", [event.name_span]))
    for kind, items in (("person", record.people), ("organization", record.organizations), ("location", record.locations)):
        for item in items:
            named = {_simplified(item.name), *map(_simplified, getattr(item, "aliases", []))}
            wrong = [m for m in item.mentions if _simplified(m.text) not in named]
            if wrong:
                problems.append((f"{kind} {item.name!r} is mentioned as {wrong[0].text!r}", wrong[:5]))
    people = {p.name for p in record.people}
    for q in record.quotes:
        if q.speaker is not None and q.speaker not in people:
            problems.append((f"quote speaker {q.speaker!r} is none of the record's people", [q.span]))
    if not problems:
        return [Check(rule="consistency", status="pass", message="names, texts and speakers agree with their spans and mentions")]
    return [Check(rule="consistency", status="fail", message=message, spans=spans) for message, spans in problems]


@lru_cache(maxsize=65536)
def _simplified(text: str) -> str:
    from extractor.normalise import analysis_text

    return analysis_text(text)


def stored_checks(record: ArticleRecord, recomputed: list[Check]) -> list[Check]:
    """The record's own checks are what the checks give on its figures now: a flipped status or message is an edit."""
    if [c.model_dump() for c in record.checks] == [c.model_dump() for c in recomputed]:
        return [Check(rule="stored_checks", status="pass", message=f"the {len(record.checks)} stored checks are what the checks give now")]
    fresh = {(c.rule, c.message): c for c in recomputed}
    out = []
    for i, check in enumerate(record.checks):
        if (check.rule, check.message) not in fresh or fresh[(check.rule, check.message)] != check:
            out.append(Check(rule="stored_checks", status="fail", spans=check.spans,
                             message=f"checks[{i}] ({check.rule}, {check.status}: {check.message[:60]}) is not what the checks give now"))
    stored = {(c.rule, c.message) for c in record.checks}
    out += [Check(rule="stored_checks", status="fail", spans=c.spans, message=f"the record lacks the check {c.rule} ({c.status}: {c.message[:60]})")
            for key, c in fresh.items() if key not in stored]
    return out


def rederived(record: ArticleRecord, again: ArticleRecord) -> list[Check]:
    """Every field against the record the text gives now (`again`), each difference named by its path."""
    ours = record.model_dump(mode="json", exclude={"source"})
    theirs = again.model_dump(mode="json", exclude={"source"})
    out = [Check(rule="rederived", status="fail", message=message, spans=[Span(**s) for s in spans])
           for message, spans in _differences(ours, theirs, "")]
    return out or [Check(rule="rederived", status="pass", message="every field is what the text gives")]


def _differences(ours: Any, theirs: Any, path: str, span: Optional[dict] = None) -> Iterator[tuple[str, list[dict]]]:
    """(message, spans) for each place where two JSON values differ; lists of unequal length compare by their items."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        span = ours.get("span") if isinstance(ours.get("span"), dict) else span
        for key in ours.keys() | theirs.keys():
            if ours.get(key) != theirs.get(key):
                yield from _differences(ours.get(key), theirs.get(key), f"{path}.{key}" if path else key, span)
    elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        for i, (a, b) in enumerate(zip(ours, theirs)):
            if a != b:
                yield from _differences(a, b, f"{path}[{i}]", span)
    elif isinstance(ours, list) and isinstance(theirs, list):
        for i, item in enumerate(ours):
            if item not in theirs:
                yield f"{path}[{i}] = {_short(item)} is in the record but not from the text", _spans_in(item)
        for item in theirs:
            if item not in ours:
                yield f"{path} lacks {_short(item)}, which the text gives", _spans_in(item)
    else:
        yield f"{path} is {_short(ours)} in the record but {_short(theirs)} from the text", [span] if span else []


def _spans_in(item: Any) -> list[dict]:
    return [item["span"]] if isinstance(item, dict) and isinstance(item.get("span"), dict) else []


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def rederive(record: ArticleRecord, article: "Article", *, published: Optional[str] = None) -> ArticleRecord:
    """The record the article gives now, made as `zhextract run` makes it; a publication date the text does not
    state (a JSONL line's `published`) is taken from `published`, else from the record."""
    from extractor.api import default_extractor
    from extractor.batch import record_for

    again = record_for(default_extractor(), article, source=record.source, published=published)
    if again.published is None and record.published is not None and published is None:
        again = record_for(default_extractor(), article, source=record.source, published=record.published)
    return again


def verify_record(record: ArticleRecord, text: Optional[str] = None, *, again: Optional[ArticleRecord] = None) -> list[Check]:
    """Re-validate a stored or edited record: its id against the text, every span, string and name against the
    text, the figure checks and the stored checks, and, given `again` (the record the text gives now), every field."""
    checks: list[Check] = []
    if text is not None:
        expected = record_id(text)
        ok = record.id == expected
        checks.append(Check(rule="record_id", status="pass" if ok else "fail",
                            message="the record id is the text's hash" if ok else f"the record id {record.id} is not the text's hash {expected}: the record belongs to another text"))
    fresh = run_checks(record, text)
    checks += fresh + consistency(record)
    if text is not None:
        checks += stored_checks(record, fresh)
    if again is not None:
        checks += rederived(record, again)
    return checks
