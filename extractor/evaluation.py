"""Evaluation: score records against gold files by the rules of ../shared/tools/score.py (ANNOTATION.md,
"Borderline calls and how they are scored") and list each article's misses and spurious items.

Twelve fields; gold items under `optional` count neither as missed nor as spurious; organisations are
compared without one leading country or region word; event names and themes without quotation marks; an
event reported for an article whose gold has none is one spurious event field.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Optional

from extractor.lexicon.regions import REGION_PREFIXES

FIELDS = ("people", "titles", "organizations", "figures", "qualifiers", "subjects", "dates", "quotes", "event", "organizers",
          "authors", "published")
_QUOTE_MARKS = {ord(c): None for c in "「」『』“”‘’\"'"}


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty prediction against an empty gold is perfect.

    >>> prf(3, 4, 6)
    (0.75, 0.5, 0.6)
    """
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else (1.0 if not npred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _norm(s) -> str:
    return "".join(str(s or "").split())


def _dec(x) -> Optional[Decimal]:
    try:
        return Decimal(str(x)).normalize()
    except (InvalidOperation, ValueError):
        return None


def org_key(name: str) -> str:
    """An organisation's name without one leading country or region word, when a name is left after it.

    >>> org_key("瑞士艾德集團"), org_key("香港大學"), org_key("中国")
    ('艾德集團', '香港大學', '中国')
    """
    s = _norm(name)
    for prefix in REGION_PREFIXES:
        if s.startswith(prefix) and len(s) >= len(prefix) + 3:
            return s[len(prefix):]
    return s


def subject_close(pred: Optional[str], gold: Optional[str]) -> bool:
    """A figure's subject agrees when one contains the other or they share two adjacent characters.

    >>> subject_close("签约项目", "项目"), subject_close("游客人次", "接待游客"), subject_close("投资", "人数")
    (True, True, False)
    """
    a, b = _norm(pred), _norm(gold)
    if not a or not b:
        return a == b
    if a in b or b in a:
        return True
    pairs = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in pairs for i in range(len(b) - 1))


@dataclass
class FieldResult:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)


def _sets(pred: set, gold: set, optional: set = frozenset()) -> FieldResult:
    """Set comparison; predicted items that only an optional gold item accounts for are not counted."""
    pred = pred - (optional - gold)
    return FieldResult(len(pred & gold), len(pred), len(gold), sorted(gold - pred), sorted(pred - gold))


def _item(x, key: str):
    """Optional items are strings, or objects written like their gold counterparts ({"name"}, {"value"})."""
    return x.get(key) if isinstance(x, dict) else x


def score_record(rec: dict, gold: dict) -> dict[str, FieldResult]:
    """One article's results per field: counts plus what was missed and what was spurious."""
    out: dict[str, FieldResult] = {}
    optional = gold.get("optional") or {}
    out["people"] = _sets({_norm(p["name"]) for p in rec.get("people", [])}, {_norm(p["name"]) for p in gold.get("people", [])},
                          {_norm(_item(x, "name")) for x in optional.get("people", [])})
    out["titles"] = _titles(rec, gold)
    out["organizations"] = _sets({org_key(o["name"]) for o in rec.get("organizations", [])}, {org_key(o) for o in gold.get("organizations", [])},
                                 {org_key(_item(x, "name")) for x in optional.get("organizations", [])})
    out.update(_figures(rec.get("figures", []), gold.get("figures", []), optional.get("figures", [])))
    pred_dates = set()
    for d in rec.get("dates", []):
        if d.get("precision") == "range":
            pred_dates.update(x for x in (d.get("start"), d.get("end")) if x)
        elif d.get("value"):
            pred_dates.add(d["value"])
    out["dates"] = _sets(pred_dates, {d["value"] for d in gold.get("dates", [])}, {_item(x, "value") for x in optional.get("dates", [])})
    out["quotes"] = _quotes(rec, gold)
    out["event"], out["organizers"] = _event(rec.get("event") or {}, gold.get("event") or {})
    if "authors" in gold:
        out["authors"] = _sets({_norm(a) for a in rec.get("authors", [])}, {_norm(a) for a in gold["authors"]},
                               {_norm(_item(x, "name")) for x in optional.get("authors", [])})
    if gold.get("published"):
        got = rec.get("published")
        hit = str(got)[:10] == gold["published"]
        out["published"] = FieldResult(int(hit), int(bool(got)), 1, [] if hit else [gold["published"]], [str(got)] if got and not hit else [])
    return out


def _titles(rec: dict, gold: dict) -> FieldResult:
    """(name, title) pairs; a predicted title matches by its text as written or by organisation + position, each gold title once."""
    gold_titles = {(_norm(p["name"]), _norm(t)) for p in gold.get("people", []) for t in p.get("titles", [])}
    predicted: dict[tuple, set] = {}
    for p in rec.get("people", []):
        for t in p.get("titles", []):
            key = (_norm(p["name"]), _norm(t.get("text")))
            forms = predicted.setdefault(key, {key})
            if t.get("position"):
                forms.add((key[0], _norm((t.get("organization") or "") + t["position"])))
    used, spurious = set(), []
    for key, forms in predicted.items():
        hit = next((f for f in forms if f in gold_titles and f not in used), None)
        if hit:
            used.add(hit)
        else:
            spurious.append("/".join(key))
    return FieldResult(len(used), len(predicted), len(gold_titles), sorted("/".join(k) for k in gold_titles - used), sorted(spurious))


def _fkey(f: dict) -> tuple:
    return (f.get("kind"), _dec(f.get("value")), f.get("unit") if f.get("kind") == "money" else "")


def _figures(pred: list, gold: list, optional: list) -> dict[str, FieldResult]:
    """Figures by (kind, value, currency), then with their qualifier, then with a subject that agrees."""
    pf, gf = [_fkey(f) for f in pred], [_fkey(f) for f in gold]
    spare = Counter(pf) - Counter(gf)
    n_optional = sum((spare & Counter(_fkey(f) for f in optional)).values())

    def multiset(p: list, g: list) -> FieldResult:
        both = Counter(p) & Counter(g)
        return FieldResult(sum(both.values()), len(p) - n_optional, len(g), sorted(map(str, (Counter(g) - both).elements())),
                           sorted(map(str, (Counter(p) - both).elements())))

    def qualified(f):
        return _fkey(f) + (f.get("qualifier") or "eq",)
    pool, tp, missed = list(pred), 0, []
    for g in gold:
        match = next((p for p in pool if _fkey(p) == _fkey(g) and subject_close(p.get("subject"), g.get("subject"))), None)
        if match is None:
            missed.append(f"{g.get('text')}: {g.get('subject')}")
        else:
            pool.remove(match)
            tp += 1
    subjects = FieldResult(tp, len(pf) - n_optional, len(gf), missed, [f"{p.get('text')}: {p.get('subject')}" for p in pool])
    return {"figures": multiset(pf, gf), "qualifiers": multiset([qualified(f) for f in pred], [qualified(f) for f in gold]), "subjects": subjects}


def _quotes(rec: dict, gold: dict) -> FieldResult:
    def strip(s):
        return _norm(s).lstrip("“”‘’\"'「」『』")

    wanted = [(_norm(q["speaker"]), strip(q["starts"])) for q in gold.get("quotes", [])]
    used, spurious = set(), []
    for q in rec.get("quotes", []):
        speaker, words = _norm(q.get("speaker")), strip(q.get("text"))
        for i, (gs, gstart) in enumerate(wanted):
            if i not in used and speaker == gs and words.startswith(gstart[:8]):
                used.add(i)
                break
        else:
            spurious.append(f"{speaker}:{words[:12]}")
    missed = [f"{s}:{w[:12]}" for i, (s, w) in enumerate(wanted) if i not in used]
    return FieldResult(len(used), len(rec.get("quotes", [])), len(wanted), missed, spurious)


def _event(pe: dict, ge: dict) -> tuple[FieldResult, FieldResult]:
    ev = FieldResult()
    def unquote(v):
        return _norm(v).translate(_QUOTE_MARKS)
    for k in ("name", "kind", "theme", "start", "end"):
        if ge.get(k) is not None:
            ev.gold += 1
            ev.pred += 1
            if unquote(pe.get(k)) == unquote(ge[k]):
                ev.tp += 1
            else:
                ev.missed.append(f"{k}={ge[k]}")
                ev.spurious.append(f"{k}={pe.get(k)}")
    city = (ge.get("location") or {}).get("city")
    if city:
        ev.gold += 1
        ev.pred += 1
        loc = pe.get("location") or {}
        if _norm(city) in _norm((loc.get("city") or "") + (loc.get("text") or "")):
            ev.tp += 1
        else:
            ev.missed.append(f"city={city}")
            ev.spurious.append(f"city={loc.get('city')}")
    if not ge and (pe.get("name") or pe.get("kind")):
        ev.pred += 1
        ev.spurious.append(f"event={pe.get('name') or pe.get('kind')}")
    orgs = _sets({_norm(o["name"] if isinstance(o, dict) else o) for o in pe.get("organizers", [])}, {_norm(o) for o in ge.get("organizers", [])})
    return ev, orgs


@dataclass
class Report:
    totals: dict[str, FieldResult]
    per_article: dict[str, dict[str, FieldResult]]

    @property
    def macro(self) -> float:
        f1s = [prf(r.tp, r.pred, r.gold)[2] for r in self.totals.values()]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def table(self) -> str:
        """The table ../shared/tools/score.py prints, row for row."""
        lines = [f"{'field':14} {'P':>6} {'R':>6} {'F1':>6}  (tp/pred/gold)"]
        for name in FIELDS:
            if name in self.totals:
                r = self.totals[name]
                p, rc, f = prf(r.tp, r.pred, r.gold)
                lines.append(f"{name:14} {p:6.3f} {rc:6.3f} {f:6.3f}  ({r.tp}/{r.pred}/{r.gold})")
        lines.append(f"macro F1 {self.macro:.3f} over {len(self.per_article)} articles")
        return "\n".join(lines)

    def errors(self) -> str:
        lines = []
        for article, fields in self.per_article.items():
            rows = [f"  {name}: missed {r.missed} spurious {r.spurious}" for name, r in fields.items() if r.missed or r.spurious]
            if rows:
                lines.append(article)
                lines.extend(rows)
        return "\n".join(lines)

    def as_json(self) -> dict:
        def one(r: FieldResult) -> dict:
            p, rc, f = prf(r.tp, r.pred, r.gold)
            return {"tp": r.tp, "pred": r.pred, "gold": r.gold, "precision": p, "recall": rc, "f1": f, "missed": r.missed, "spurious": r.spurious}

        return {"macro_f1": self.macro, "fields": {k: one(v) for k, v in self.totals.items()},
                "articles": {a: {k: one(v) for k, v in fs.items()} for a, fs in self.per_article.items()}}


def evaluate(gold_dir: Path, text_dir: Optional[Path], extract: Callable[[str], object]) -> Report:
    """Score `extract` on every *.gold.json in gold_dir (texts named by their `text_file`, looked up in text_dir)."""
    totals: dict[str, FieldResult] = {}
    per_article: dict[str, dict[str, FieldResult]] = {}
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = Path(text_dir or gold_dir) / gold["text_file"]
        record = extract(text_path.read_text(encoding="utf-8"))
        rec = record.model_dump(mode="json") if hasattr(record, "model_dump") else record
        results = score_record(rec, gold)
        per_article[gold.get("id", path.stem)] = results
        for name, r in results.items():
            t = totals.setdefault(name, FieldResult())
            t.tp, t.pred, t.gold = t.tp + r.tp, t.pred + r.pred, t.gold + r.gold
    return Report({name: totals[name] for name in FIELDS if name in totals}, per_article)
