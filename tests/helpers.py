"""Shared test helpers: where the shared corpus lives, and one extractor per test session."""
from __future__ import annotations

from decimal import Decimal
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


def F(text, kind, value, unit, qualifier="eq", subject=None, upper=None) -> tuple:
    """One expected figure of the figure banks: (text, kind, value, unit, qualifier, subject, upper)."""
    return (text, kind, Decimal(str(value)), unit, qualifier, subject, None if upper is None else Decimal(str(upper)))


def figure_differences(sentence: str, expected: list) -> list:
    """What extract() gets wrong about a sentence's figures: each expected figure it misses, each figure it adds.
    Texts match when one holds the other, subjects by the scorer's own comparison."""
    from extractor import extract
    from extractor.evaluation import subject_close

    pool = [(f.text, f.kind, f.value, f.unit, f.qualifier, f.subject, f.upper) for f in extract(sentence).figures]
    missing = []
    for e in expected:
        hit = next((p for p in pool if p[1:5] == e[1:5] and p[6] == e[6] and (e[0] in p[0] or p[0] in e[0])
                    and subject_close(p[5], e[5])), None)
        if hit is None:
            missing.append(e)
        else:
            pool.remove(hit)
    return [("missing", m) for m in missing] + [("spurious", p) for p in pool]


ANY = object()
"""An event bank's field left unchecked."""


def event_page(headline: str, date: str, body: str) -> str:
    """A short page of the event banks: headline, date line, body."""
    return f"{headline}\n{date} 09:30 来源：本地新闻网\n\n{body}\n"


def event_case(headline, date, body, *, kind=ANY, name=ANY, edition=ANY, theme=ANY, start=ANY, end=ANY, city=ANY,
               organizers=ANY, id, marks=()):
    """One row of the event banks: the page and the frame expected of it."""
    expected = {"kind": kind, "name": name, "edition": edition, "theme": theme, "start": start, "end": end, "city": city,
                "organizers": organizers}
    return pytest.param(event_page(headline, date, body), expected, id=id, marks=marks)


def no_event_case(headline, date, body, *, id, marks=()):
    """One row of the event banks for a page that reports no event."""
    return pytest.param(event_page(headline, date, body), id=id, marks=marks)


def _city(location, wanted):
    """The event's city as the scorer reads it: the wanted city when the place's city or text contains it."""
    if isinstance(wanted, str) and location and wanted in (location.city or "") + (location.text or ""):
        return wanted
    return location.city if location else None


def _unquoted(name):
    return name.translate({ord(c): None for c in "「」『』“”‘’\"'"}) if name else name


def event_frame(text: str, expected: dict, *, sort_organizers: bool = True, unquote: bool = False) -> tuple[dict, dict]:
    """The fields of the page's event that a bank row states, as the scorer reads them, and the row's values: (got,
    wanted). Organisers compare as a set unless their order is the point; names without quotation marks if `unquote`."""
    from extractor import extract

    event = extract(text).event
    assert event is not None, "no event found"
    organizers = [organizer.name for organizer in event.organizers]
    got = {
        "kind": event.kind, "name": _unquoted(event.name) if unquote else event.name, "edition": event.edition,
        "theme": event.theme, "start": str(event.start) if event.start else None,
        "end": str(event.end) if event.end else None, "city": _city(event.location, expected["city"]),
        "organizers": sorted(organizers) if sort_organizers else organizers,
    }
    wanted = {field: sorted(value) if field == "organizers" and sort_organizers else _unquoted(value) if field == "name" and unquote
              else value for field, value in expected.items() if value is not ANY}
    return {field: got[field] for field in wanted}, wanted


def strict_case(row: tuple, xfail: dict[str, str]):
    """A bank row (id, *values) as a pytest param, a strict xfail where `xfail` gives a reason for its id."""
    reason = xfail.get(row[0])
    return pytest.param(*row[1:], id=row[0], marks=pytest.mark.xfail(strict=True, reason=reason) if reason else ())


def check_bank_coverage(bank: list, xfail: dict[str, str], *, minimum: int = 140, traditional: int = 50) -> None:
    """A bank's ids are unique, its xfails name its rows and stay under 15%, and it holds enough rows in Traditional."""
    ids = [row[0] for row in bank]
    assert len(ids) == len(set(ids)) and set(xfail) <= set(ids)
    assert len(xfail) <= 0.15 * len(bank)
    assert len(bank) >= minimum
    assert len([i for i in ids if "-trad" in i]) >= traditional


def marked(rows: list, xfail: dict[str, str]) -> list:
    """Bank rows (pytest params) with a strict xfail added to those `xfail` gives a reason for."""
    return [pytest.param(*row.values, id=row.id, marks=(*row.marks, pytest.mark.xfail(strict=True, reason=xfail[row.id])))
            if row.id in xfail else row for row in rows]


def page_values(text: str) -> set:
    """The date values of a page's record as the scorer reads them: a range gives both its ends."""
    from extractor import extract

    found = set()
    for d in extract(text).dates:
        found.update((d.start, d.end) if d.precision == "range" else (d.value,))
    found.discard(None)
    return found


def quotes_of(text: str) -> list[tuple[str, str]]:
    """The quotes extract() finds in `text`: (speaker, words), in order."""
    from extractor import extract

    return [(q.speaker, q.text) for q in extract(text).quotes]


def opening(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The quotes found, their words cut to the length of the opening words expected at the same place (eight
    characters past the expected ones)."""
    return [(s, t[: len(expected[i][1])] if i < len(expected) else t[:8]) for i, (s, t) in enumerate(found)]


def credited_and_quoted(record, authors: list[str], quotes: list[tuple[str, str]]) -> tuple:
    """What a byline-and-quote bank row compares: the record's authors and its quotes cut to the expected openings, beside
    the row's (sorted authors first)."""
    found = opening([(q.speaker, q.text) for q in record.quotes], quotes)
    return (sorted(record.authors), found), (sorted(authors), quotes)


def credited_people(record, authors: list[str]) -> set[str]:
    """Names credited in a byline that still reach the record's people: none is right."""
    return {person.name for person in record.people} & set(authors)


def lined_page(region: str, day: int, headline: str, *lines: str) -> str:
    """A short page of June 2025: a headline, the time line of the region's press on that day, then the lines as given
    (bylines, captions, paragraphs)."""
    time_line = {"tw": f"2025/06/{day:02d} 10:20", "cn": f"2025-06-{day:02d} 10:20 来源：东川日报"}.get(region, f"2025年6月{day}日 10:20")
    return headline + "\n" + time_line + "\n" + "\n".join(lines) + "\n"


def stamped_page(stamps: dict, locale: str, date: str | None, body: str) -> str:
    """A short page of the date banks: the locale's headline, its stamp line (none when `date` is None), a blank line, the
    body; `stamps` maps a locale to (headline, stamp line with {y} {m} {d} {roc})."""
    headline, stamp = stamps[locale]
    if date is None:
        return f"{headline}\n\n{body}\n"
    y, m, d = (int(p) for p in date.split("-"))
    return f"{headline}\n{stamp.format(y=y, m=m, d=d, roc=y - 1911)}\n\n{body}\n"


def unspaced(text: str) -> str:
    return "".join(text.split())


def titles_by_person(record, expected: dict) -> dict[str, list[str]]:
    """Each person's titles, each as the expected form when its text or its organisation + position is that form (the
    scorer takes either), else its text; spaces dropped."""
    found = {}
    for p in record.people:
        wanted = [unspaced(t) for t in expected.get(p.name) or []]
        titles = []
        for t in p.titles:
            forms = [unspaced(t.text), unspaced((t.organization or "") + t.position)]
            titles.append(next((f for f in forms if f in wanted), forms[0]))
        found[p.name] = list(dict.fromkeys(titles))
    return found


def mirrored(value, convert):
    """A bank row's expected value in the other script: strings converted inside lists, sets, tuples and dicts (keys too),
    anything else as is."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, (list, set, tuple)):
        return type(value)(mirrored(v, convert) for v in value)
    if isinstance(value, dict):
        return {mirrored(k, convert): mirrored(v, convert) for k, v in value.items()}
    return value


def both(rid: str, *values, trad: bool = False) -> list[tuple]:
    """A bank row in its own script and mirrored into the other (the Traditional one's id ends in -trad)."""
    from extractor.normalise import to_simplified, to_traditional

    convert = to_simplified if trad else to_traditional
    own, other = (rid + "-trad", rid) if trad else (rid, rid + "-trad")
    return [(own, *values), (other, *(mirrored(v, convert) for v in values))]


def event_cases_both(row_id: str, headline: str, body: str, *, date: str, **expected) -> list:
    """An event bank row in Simplified and its mirror in Traditional ("-trad")."""
    from extractor.normalise import to_traditional

    trad = {k: mirrored(v, to_traditional) for k, v in expected.items()}
    return [event_case(headline, date, body, id=row_id, **expected),
            event_case(to_traditional(headline), date, to_traditional(body), id=row_id + "-trad", **trad)]


def no_event_cases_both(row_id: str, headline: str, body: str, *, date: str) -> list:
    """A no-event bank row in Simplified and its mirror in Traditional ("-trad")."""
    from extractor.normalise import to_traditional

    return [no_event_case(headline, date, body, id=row_id),
            no_event_case(to_traditional(headline), date, to_traditional(body), id=row_id + "-trad")]


def people_missed_and_wrong(text: str, listed: set, not_listed: set) -> tuple[set, set]:
    """The names a bank row wants listed that the record misses, and those it must not list that it lists."""
    from extractor import extract

    names = {person.name for person in extract(text).people}
    return listed - names, not_listed & names


def titles_of(text: str, expected: dict) -> dict:
    """The titles the record gives each person a bank row names (None for a person not found)."""
    from extractor import extract

    found = titles_by_person(extract(text), expected)
    return {name: found.get(name) for name in expected}


def quote_openings(text: str, expected: list) -> list[tuple[str, str]]:
    """The record's quotes as (speaker, opening words) in the length of the expected openings."""
    return opening(quotes_of(text), [tuple(e) for e in expected])
