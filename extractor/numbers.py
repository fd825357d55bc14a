"""Figure parsing and normalisation: money, counts, percentages and quantities as ../shared/ANNOTATION.md defines them.

One grammar, compiled once from the lexicon tables (`extractor.lexicon.numerals`,
`extractor.lexicon.units`), scans the text once, left to right. Each match is a candidate;
pure functions then normalise it (`parse_number`) or reject it (ordinals, dates, durations,
names, the rhetorical 一個). The grammar also recognises currency declarations such as
`(人民币,下同)`, and skips short quoted names and 《titles》 whose numbers are names (“三个名城”).

Matching runs on a copy of the text with full-width digits and signs folded to ASCII one
character for one, so offsets are those of the text passed in, in either script.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

import regex

from extractor.lexicon.numerals import (
    ADJACENT_PAIRS, ARABIC_DECIMAL_POINTS, BARE_SCALE_BLOCKERS, BIG_UNITS, DECIMAL_POINTS, DIGITS,
    FINANCIAL_NUMERALS, FULLWIDTH_FOLD, LATIN_SCALES, MEASURE_BEFORE_BIG, MORE_MARKERS,
    NOT_FIGURE_BEFORE, NOT_RANKING_QIAN, ORDINAL_TWO, ORDINAL_TWO_UNITS_EXCEPT, PERCENT_PREFIX,
    PREFIX_QUALIFIERS, RANGE_OPENERS, RANGE_SEPARATORS, SMALL_UNITS, SUFFIX_QUALIFIERS, TENS,
)
from extractor.lexicon.units import (
    BARE_SCALE_MEASURES, BIG_COUNT_HEAD_NOUNS, BIG_COUNT_NOT_AFTER, BIG_COUNT_STOPS,
    CHENG_NOT_BEFORE, COUNTED_NOUNS, CURRENCIES, DAY_CURRENCIES, LOCALE_CURRENCIES, MEASURE_WORDS,
    MONEY_SUBJECTS, MONEY_TAIL, ORDINAL_AFTER, PERCENT_UNITS, PERCENTAGE_POINT, QUANTITY_UNITS,
    SET_PHRASES, SUBJECT_UNITS, SUBUNIT_NOT_BEFORE, SUBUNITS, YUAN_NOT_BEFORE, YUAN_WORDS,
)

__all__ = ["FigureMatch", "currency_for_locale", "find_figures", "parse_number"]


@dataclass(frozen=True)
class FigureMatch:
    """One figure mention.

    start, end  offsets into the text given to `find_figures`, end exclusive.
    text        the whole expression as written, qualifier and unit included: '突破300億元'.
    kind        'money' | 'count' | 'percent' | 'quantity'.
    value       normalised: money in the currency's base unit, counts as integers, percent as the
                number (三成 -> 30), quantities in the written unit with 萬/億 applied.
    upper       the upper end of a range (3至5億元), else None.
    unit        ISO 4217 for money; the measure word as written for counts ('個', '家'; '大' for
                四大板塊); '%' for percent; the unit as written for quantities ('人次', '平方米').
    qualifier   'eq' | 'gt' | 'ge' | 'lt' | 'le' | 'approx'.
    counted     the counted noun when it is part of the expression (四大板塊 -> '板塊', 9省 -> '省').
    """

    start: int
    end: int
    text: str
    kind: str
    value: Decimal
    upper: Optional[Decimal]
    unit: str
    qualifier: str
    counted: Optional[str] = None


def currency_for_locale(locale: str) -> str:
    """The currency of a bare 元 in an article from `locale`.

    >>> currency_for_locale("taiwan")
    'TWD'
    """
    try:
        return LOCALE_CURRENCIES[locale]
    except KeyError:
        raise ValueError(f"unknown locale {locale!r}; expected one of {sorted(LOCALE_CURRENCIES)}") from None


# --- numbers -----------------------------------------------------------------------------

def _class(chars) -> str:
    return "[" + "".join(regex.escape(c) for c in chars) + "]"


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _not_followed(blocked) -> str:
    return f"(?!{_alt(blocked)})" if blocked else ""


_DIG = _class(DIGITS)
_BIG = _class(BIG_UNITS)
_SCALE_CHARS = {**SMALL_UNITS, **BIG_UNITS}

_TOKEN = regex.compile(
    rf"(?P<arabic>\d+(?:[,，]\d{{3}})*(?:\.\d+)?)|(?P<digit>{_DIG})|(?P<tens>{_class(TENS)})"
    rf"|(?P<small>{_class(SMALL_UNITS)})|(?P<big>{_BIG})|(?P<latin>{_class(LATIN_SCALES)})"
    rf"|(?P<measure>{_class(MEASURE_BEFORE_BIG)})|(?P<bad>.)",
    regex.S,
)
_CN_DECIMAL = regex.compile(rf"({_DIG}+){_class(DECIMAL_POINTS)}({_DIG}+)")
_ARABIC_POINT = regex.compile(rf"(?<=\d){_class(ARABIC_DECIMAL_POINTS)}(?=\d)")
_DIGIT_SEQUENCE = regex.compile(rf"(?:{_DIG}|\d)+")
_FOLD = str.maketrans(FULLWIDTH_FOLD)


def _normal(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _digits(chinese: str) -> str:
    return "".join(str(DIGITS.get(c, c)) for c in chinese)


def parse_number(text: str) -> Optional[Decimal]:
    """The value of a written number: Arabic, Chinese, financial or mixed; None if it is not one.

    >>> parse_number("3,907"), parse_number("2萬9,646"), parse_number("一千二百五十")
    (Decimal('3907'), Decimal('29646'), Decimal('1250'))
    >>> parse_number("二千二百五十一億七千九百萬"), parse_number("八點七萬"), parse_number("429.16億")
    (Decimal('225179000000'), Decimal('87000'), Decimal('42916000000'))
    >>> parse_number("二〇一九"), parse_number("廿九"), parse_number("壹万贰仟叁佰肆拾伍")
    (Decimal('2019'), Decimal('29'), Decimal('12345'))
    >>> parse_number("六十四万零一百四十三"), parse_number("一万二"), parse_number("3千万亿")
    (Decimal('640143'), Decimal('12000'), Decimal('3000000000000000'))
    >>> parse_number("１２ 万"), parse_number("两个亿"), parse_number("15k")
    (Decimal('120000'), Decimal('200000000'), Decimal('15000'))
    >>> parse_number("十三五") is None, parse_number("五大") is None, parse_number("") is None
    (True, True, True)
    """
    s = "".join(text.translate(_FOLD).split())
    if not s:
        return None
    s = _ARABIC_POINT.sub(".", _CN_DECIMAL.sub(lambda m: _digits(m[1]) + "." + _digits(m[2]), s))
    if _DIGIT_SEQUENCE.fullmatch(s) and not s.isascii():
        return None if len(s) > 1 and ("两" in s or "兩" in s) else Decimal(_digits(s))
    total = section = Decimal(0)
    pending: Optional[Decimal] = None
    pending_is_digit = False
    last_big: Optional[int] = None
    last_unit: Optional[int] = None
    tokens = list(_TOKEN.finditer(s))
    for i, tok in enumerate(tokens):
        kind, piece = tok.lastgroup, tok.group()
        if kind in ("arabic", "digit"):
            if pending is not None:
                return None
            value = Decimal(piece.replace(",", "").replace("，", "")) if kind == "arabic" else Decimal(DIGITS[piece])
            if kind == "digit" and value == 0:
                last_unit = None
                continue
            pending, pending_is_digit = value, kind == "digit" or len(piece) == 1
        elif kind == "tens":
            if pending is not None:
                return None
            section += TENS[piece]
            last_unit = 10
        elif kind == "small":
            section += (1 if pending is None else pending) * SMALL_UNITS[piece]
            pending, last_unit = None, SMALL_UNITS[piece]
        elif kind in ("big", "latin"):
            unit = BIG_UNITS[piece] if kind == "big" else LATIN_SCALES[piece]
            if kind == "latin" and (i == 0 or tokens[i - 1].lastgroup != "arabic"):
                return None
            current = section + (pending or 0)
            if current == 0 and total == 0:
                current = Decimal(1)
            if last_big is None or unit > last_big:
                total = (total + current) * unit
            else:
                total += current * unit
            section, pending, last_big, last_unit = Decimal(0), None, unit, unit
        elif kind == "measure":
            if i + 1 >= len(tokens) or tokens[i + 1].lastgroup != "big" or pending is None:
                return None
        else:
            return None
    if pending is not None and pending_is_digit and last_unit and last_unit >= 100 and pending < 10:
        pending *= last_unit // 10
    return _normal(total + section + (pending or 0))


# --- the grammar ---------------------------------------------------------------------------

def _scale_pattern(chars) -> str:
    """Scale characters, except where they start a unit (千瓦, 兆瓦, 百分点 are units, not 千/兆/百)."""
    words = list(QUANTITY_UNITS) + list(PERCENTAGE_POINT) + [PERCENT_PREFIX]
    parts = []
    for c in chars:
        rests = [w[1:] for w in words if w.startswith(c) and len(w) > 1]
        parts.append(regex.escape(c) + _not_followed(rests))
    return "(?:" + "|".join(parts) + ")"


_YUAN_ENDINGS = ("元", "圆", "圓")


def _unit_entries() -> dict[str, tuple]:
    entries: dict[str, tuple] = {}
    for word, iso in CURRENCIES.items():
        entries[word] = YUAN_NOT_BEFORE if word.endswith(_YUAN_ENDINGS) else ()
    for word in YUAN_WORDS:
        entries[word] = YUAN_NOT_BEFORE if word.endswith(_YUAN_ENDINGS) else ()
    for table in (MEASURE_WORDS, COUNTED_NOUNS, QUANTITY_UNITS):
        entries.update(table)
    entries.update({word: () for word in PERCENTAGE_POINT})
    entries.update({"%": (), "成": CHENG_NOT_BEFORE})
    return entries


_UNITS = _unit_entries()
_UNIT_ALT = "|".join(
    regex.escape(w) + _not_followed(_UNITS[w]) for w in sorted(_UNITS, key=len, reverse=True)
)
_SP = r"[^\S\n]?"
_SMALL_START = _scale_pattern("百佰千仟十拾") + "|" + _class(TENS)
_NUM_CHAR = (
    rf"(?:\d|{_DIG}|{_SMALL_START}|{_scale_pattern(BIG_UNITS)}"
    rf"|(?<=\d)[,，](?=\d{{3}}(?!\d))|(?<=\d){_class(ARABIC_DECIMAL_POINTS)}(?=\d)"
    rf"|(?<={_DIG}|十){_class(DECIMAL_POINTS)}(?={_DIG})"
    rf"|{_class(MEASURE_BEFORE_BIG)}(?={_BIG})|(?<=\d){_class(LATIN_SCALES)}(?![A-Za-z]))"
)
_NUMBER = rf"(?:(?<![A-Za-z\d.])\d|{_DIG}|{_SMALL_START}){_NUM_CHAR}*(?:{_SP}(?={_BIG}){_NUM_CHAR}+)?"
_CURRENCY_ALT = "|".join(
    regex.escape(w) + _not_followed(YUAN_NOT_BEFORE if w.endswith(_YUAN_ENDINGS) else ())
    for w in sorted(CURRENCIES, key=len, reverse=True)
)
_SUB_BLOCK = _not_followed(SUBUNIT_NOT_BEFORE)
_TENTHS = _class(w for w, v in SUBUNITS.items() if v == "0.1")
_CENTS = _class(w for w, v in SUBUNITS.items() if v == "0.01")
_DOLLARS = _class(YUAN_WORDS)
_SPOKEN_DOLLARS = _class(("块", "塊", "蚊"))
_SUB = (
    rf"(?<={_DOLLARS}){_SP}(?:"
    rf"(?:{_DIG}|\d){{1,2}}{_TENTHS}{_SUB_BLOCK}(?:(?:{_DIG}|\d)(?:{_CENTS}{_SUB_BLOCK})?)?"
    rf"|[零〇]?(?:{_DIG}|\d){{1,2}}{_CENTS}{_SUB_BLOCK}"
    rf"|(?<={_SPOKEN_DOLLARS})[零〇]?{_DIG}(?=$|[^\p{{Han}}\d]|[到至以左钱錢]))"
)


def _prefix_alt() -> str:
    parts = []
    for word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
        blocked = PREFIX_QUALIFIERS[word][1]
        parts.append((f"(?<!{_class(blocked)})" if blocked else "") + regex.escape(word))
    return "|".join(parts)


def _suffix_alt() -> str:
    return "|".join(
        regex.escape(w) + _not_followed(SUFFIX_QUALIFIERS[w][1])
        for w in sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
    )


def _side(n: int) -> str:
    return (
        rf"(?:(?P<pct{n}>{PERCENT_PREFIX}){_SP})?"
        rf"(?:(?P<cur{n}>{_CURRENCY_ALT}){_SP})?"
        rf"(?P<num{n}>{_NUMBER})"
        rf"(?:{_SP}(?P<more{n}>{_class(MORE_MARKERS)})(?:{_SP}(?P<moresc{n}>{_scale_pattern(BIG_UNITS)}+))?)?"
        rf"(?:{_SP}(?:(?P<unit{n}>{_UNIT_ALT})|(?P<big{n}>大)(?=(?P<bigx{n}>\p{{Han}}{{1,8}})))"
        rf"(?P<sub{n}>{_SUB})?"
        rf"(?:(?<={_DOLLARS}|{_TENTHS}|{_CENTS}){_SP}(?P<tail{n}>{_class(MONEY_TAIL)}))?"
        rf"(?:(?<={_DOLLARS}|{_TENTHS}|{_CENTS}|{_class(MONEY_TAIL)}){_SP}(?P<curpost{n}>{_CURRENCY_ALT}))?"
        rf")?"
    )


_INCLUSIVE = rf"{_SP}[（(]含[）)]"
_FIGURE = (
    rf"(?P<fig>(?:(?P<pre>{_prefix_alt()}){_SP})?"
    rf"(?:(?P<from>{_class(RANGE_OPENERS)}){_SP})?"
    rf"{_side(1)}(?P<incl1>{_INCLUSIVE})?"
    rf"(?:{_SP}(?P<sep>{_alt(RANGE_SEPARATORS)}){_SP}{_side(2)}(?(unit1)(?(unit2)|(?!))|))?"
    rf"(?P<incl2>{_INCLUSIVE})?"
    rf"(?:{_SP}(?P<post>{_suffix_alt()}))?)"
)
_DECLARATION = (
    rf"(?P<decl>[（(]{_SP}(?P<declcur>{_CURRENCY_ALT}){_SP}"
    rf"(?:[，,、]{_SP}(?P<same>下同){_SP})?[）)])"
)
_NAMED = rf"(?P<skip>[“「『][^“”「」『』\n]{{1,20}}[”」』]|‘[^‘’\n]{{1,20}}’|《[^《》\n]{{1,40}}》|{_alt(SET_PHRASES)})"
_GRAMMAR = regex.compile(f"{_DECLARATION}|{_NAMED}|{_FIGURE}")

_ADJACENT = regex.compile(rf"({_DIG})({_DIG})((?:{_class(SMALL_UNITS)}|{_BIG}|{_class(MEASURE_BEFORE_BIG)})*)")
_LEADING = regex.compile(rf"\d+(?:\.\d+)?|{_DIG}+")
_SCALE_TAIL = regex.compile(rf"(?:{_BIG}|{_class(LATIN_SCALES)})+$")
_HAS_BIG = regex.compile(rf"{_BIG}|(?<=\d){_class(LATIN_SCALES)}")
_SUBJECT = regex.compile(
    rf"(?P<subject>{_alt(list(MONEY_SUBJECTS) + list(SUBJECT_UNITS))})[^\s，,。；;：:、！？!?（）()\d]{{0,4}}$"
)
_CLAUSE_APPROX = regex.compile(r"(?:约|約|大约|大約)(?:占|佔)[^，,。；;！？!?\n]{0,24}$")
_CLAUSE_BREAK = regex.compile(r"[，,。；;！？!?\n]")
_PARTY_CONGRESS = ("党的", "黨的", "中共")
_BOUNDS = ("gt", "ge", "lt", "le")


@dataclass
class _Side:
    value: Decimal
    upper: Optional[Decimal]
    number: str
    chinese: bool


def _side_value(m, n: int) -> Optional[_Side]:
    number = "".join(m.group(f"num{n}").split())
    adjacent = _ADJACENT.fullmatch(number)
    if adjacent and (adjacent[1], adjacent[2]) in ADJACENT_PAIRS:
        scale = parse_number("一" + adjacent[3]) if adjacent[3] else Decimal(1)
        value = Decimal(DIGITS[adjacent[1]]) * scale
        upper: Optional[Decimal] = Decimal(DIGITS[adjacent[2]]) * scale
    else:
        parsed = parse_number(number)
        if parsed is None:
            return None
        value, upper = parsed, None
    if m.group(f"moresc{n}"):
        scale = parse_number("一" + m.group(f"moresc{n}"))
        value = value * scale
    return _Side(value, upper, number, not number[0].isascii())


def _subunits(sub: str) -> Optional[Decimal]:
    """角/分 after a 元 amount: '1角1分' -> 0.11, '二' after 块 -> 0.2, '零四' after 块 -> 0.04."""
    sub = "".join(sub.split())
    tenths = cents = Decimal(0)
    head, sep, rest = sub.partition(next((c for c in sub if SUBUNITS.get(c) == "0.1"), "\0"))
    if not sep:
        head, rest = "", sub
    if head:
        tenths = parse_number(head) or Decimal(0)
    if rest:
        digits = rest.rstrip("分仙").lstrip("零〇") or "0"
        amount = parse_number(digits) or Decimal(0)
        if head or rest[-1] in "分仙" or rest[0] in "零〇":
            cents = amount
        else:
            tenths = amount
    return tenths / 10 + cents / 100


def _before(folded: str, start: int) -> str:
    """The text just before `start`, across at most one space."""
    end = start - 1 if start > 0 and folded[start - 1] in " \u3000\t" else start
    return folded[max(0, end - 4):end]


def _ordinal_or_vague(folded: str, start: int, chinese: bool) -> bool:
    before = _before(folded, start)
    for word in NOT_FIGURE_BEFORE:
        if not before.endswith(word):
            continue
        if word == "前":
            if not before.endswith(NOT_RANKING_QIAN):
                return True
        elif word in ("数", "數", "几", "幾", "好几", "好幾"):
            if chinese:
                return True
        else:
            return True
    return False


def _counted_noun(run: str) -> str:
    """The noun after N大: cut at a particle, end on the last head noun (四大板塊構成 -> 板塊)."""
    cut = next((i for i, c in enumerate(run) if c in BIG_COUNT_STOPS), len(run))
    run = run[:cut]
    ends = [run.rfind(h) + len(h) for h in BIG_COUNT_HEAD_NOUNS if h in run]
    return run[:max(ends)] if ends else run[:2]


def _borrow_scale(lower: _Side, upper: _Side, upper_value: Decimal) -> Decimal:
    """3至5億 -> 3億, 两~3百 -> 两百, 一千到两千万 -> 一千万, 8500到3万 -> 8500 (a range never inverts)."""
    if _HAS_BIG.search(lower.number):
        return lower.value
    lead = _LEADING.match(upper.number)
    units = upper.number[lead.end():] if lead else ""
    bare_lower = _LEADING.fullmatch(lower.number) is not None
    if bare_lower and units and not _DIGIT_SEQUENCE.search(units):
        scale = parse_number("1" + units if units[0] in LATIN_SCALES else "一" + units)
    else:
        tail = _SCALE_TAIL.search(upper.number)
        scale = parse_number("1" + tail[0] if tail[0][0] in LATIN_SCALES else "一" + tail[0]) if tail else None
    if scale is None:
        return lower.value
    borrowed = lower.value * scale
    return borrowed if borrowed <= upper_value else lower.value


def _qualifier(pre: Optional[str], more: bool, post: Optional[str], approx_range: bool) -> str:
    """A bound beats 'approx', which beats 'eq'; a bound before the number beats 多 and 以上 after it."""
    before = PREFIX_QUALIFIERS[pre][0] if pre else "eq"
    after = SUFFIX_QUALIFIERS[post][0] if post else "eq"
    if before in _BOUNDS:
        return before
    if more:
        return "gt"
    if after in _BOUNDS:
        return after
    if "approx" in (before, after) or approx_range:
        return "approx"
    return "eq"


def _spoken_dollar_is_money(m, folded: str, n: int) -> bool:
    """块 is money in 十块钱, 三块四分, 7块 and 3块以上, a measure word in 三块金牌."""
    if m.group(f"sub{n}") or m.group(f"tail{n}"):
        return True
    rest = folded[m.end(f"unit{n}"):m.end(f"unit{n}") + 2]
    return not rest or not regex.match(r"\p{Han}", rest) or rest.startswith(("以上", "以下", "左右", "到", "至"))


def _figure(m, text: str, folded: str, currency: str) -> tuple[Optional[FigureMatch], bool]:
    """The figure a grammar match denotes, or None; the flag says the currency came from the locale."""
    ranged = m.group("num2") is not None
    last = 2 if ranged else 1
    sides = [_side_value(m, n) for n in (1, 2) if m.group(f"num{n}")]
    if any(s is None for s in sides):
        return None, False
    number_start = m.start("num1")
    first = sides[0]
    if m.group("num1")[0].isascii() and number_start > 0 and folded[number_start - 1].isascii() and folded[number_start - 1].isalpha():
        return None, False
    start = m.start("fig")
    if _ordinal_or_vague(folded, start, first.chinese) or _ordinal_or_vague(folded, number_start, first.chinese):
        return None, False
    if len(first.number) == 1 and first.number in FINANCIAL_NUMERALS:
        return None, False
    unit_word = m.group(f"unit{last}") or m.group(f"unit1")
    unit_side = last if m.group(f"unit{last}") else 1
    big = m.group("big1") if not ranged else None
    percent_prefix = m.group("pct1") or m.group(f"pct{last}")
    prefix_currency = m.group(f"cur{last}") or m.group("cur1")
    end = m.end("fig")
    counted = None
    from_locale = False
    kind: Optional[str] = None
    unit = ""
    scale = Decimal(1)
    if percent_prefix:
        kind, unit = "percent", "%"
        if unit_word and unit_word != "%":
            end = m.start(f"unit{unit_side}")
    elif unit_word:
        if unit_word in DAY_CURRENCIES and _before(folded, number_start).endswith(("月", "月份")):
            return None, False
        if unit_word in CURRENCIES:
            kind, unit = "money", CURRENCIES[unit_word]
        elif unit_word in YUAN_WORDS:
            if unit_word in ("块", "塊") and not _spoken_dollar_is_money(m, folded, unit_side):
                kind, unit = "count", unit_word
            else:
                kind = "money"
                explicit = m.group(f"curpost{unit_side}") or prefix_currency
                unit = CURRENCIES[explicit] if explicit else currency
                from_locale = explicit is None
        elif unit_word in MEASURE_WORDS:
            kind, unit = "count", unit_word
        elif unit_word in COUNTED_NOUNS:
            if not all(s.number.replace(",", "").isdigit() for s in sides):
                return None, False
            kind, unit, counted = "count", unit_word, unit_word
        elif unit_word in QUANTITY_UNITS:
            kind, unit = "quantity", unit_word
        elif unit_word in PERCENTAGE_POINT:
            kind, unit = "quantity", PERCENTAGE_POINT[unit_word]
        elif unit_word in PERCENT_UNITS:
            kind, unit, scale = "percent", "%", Decimal(PERCENT_UNITS[unit_word])
            if unit_word == "成" and any(s.value > 10 for s in sides):
                return None, False
    elif big:
        run = m.group("bigx1")
        if run.startswith(BIG_COUNT_NOT_AFTER) or _before(folded, number_start).endswith(_PARTY_CONGRESS):
            return None, False
        limit = 10 if first.chinese else 99
        if not (2 <= first.value <= limit) or first.value != first.value.to_integral_value():
            return None, False
        counted = _counted_noun(run)
        kind, unit = "count", "大"
        end = m.end("big1") + len(counted)
    elif prefix_currency:
        kind, unit = "money", CURRENCIES[prefix_currency]
    else:
        subject = _SUBJECT.search(folded, max(0, start - 16), start)
        has_scale = _HAS_BIG.search(m.group("num1")) or m.group("moresc1") or (
            ranged and (_HAS_BIG.search(m.group("num2")) or m.group("moresc2")))
        if not (subject and has_scale):
            return None, False
        word = subject["subject"]
        if word in SUBJECT_UNITS:
            kind, unit = SUBJECT_UNITS[word]
        else:
            kind, unit, from_locale = "money", currency, True
    if kind is None:
        return None, False
    if kind == "count" and not ranged:
        if first.number in ("一", "壹", "弌"):
            return None, False
        if first.number in ORDINAL_TWO and unit not in ORDINAL_TWO_UNITS_EXCEPT:
            return None, False
        if _before(folded, start).endswith(ORDINAL_AFTER.get(unit, ())):
            return None, False
    if first.number[0] in "百佰千仟" and not ranged:
        single = len(first.number) == 1
        allowed = kind in ("money", "quantity") or (kind == "count" and single and unit in BARE_SCALE_MEASURES)
        if not allowed or _before(folded, number_start)[-1:] in tuple(BARE_SCALE_BLOCKERS):
            return None, False
    if kind == "count" and unit in ("届", "屆", "级", "級") and regex.fullmatch(r"(?:19|20)\d\d", first.number):
        return None, False
    if kind != "money" and m.group("cur1"):
        start = m.start("pct1") if m.group("pct1") else number_start
    values = []
    for n, side in enumerate(sides, start=1):
        value = side.value
        if kind == "money" and m.group(f"sub{n}"):
            value += _subunits(m.group(f"sub{n}"))
        values.append((value, side.upper))
    if ranged:
        lower_value, upper_value = values[0][0], values[1][1] or values[1][0]
        lower_value = _borrow_scale(sides[0], sides[1], values[1][0]) if not m.group("unit1") else lower_value
        if lower_value > upper_value:
            return None, False
        value, upper = lower_value, upper_value
    else:
        value, upper = values[0]
    if m.group("from") and not ranged:
        start = m.start("num1") if not m.group("pct1") else m.start("pct1")
    value, upper = value * scale, (upper * scale if upper is not None else None)
    more = bool(m.group("more1") or m.group(f"more{last}"))
    post = m.group("post") if end == m.end("fig") else None
    qualifier = _qualifier(m.group("pre"), more and not ranged, post, first.upper is not None)
    if kind == "percent" and qualifier == "eq":
        clause = _CLAUSE_BREAK.split(folded[max(0, start - 40):start])[-1]
        if _CLAUSE_APPROX.search(clause):
            qualifier = "approx"
    while end > start and folded[end - 1].isspace():
        end -= 1
    return FigureMatch(
        start=start, end=end, text=text[start:end], kind=kind, value=_normal(value),
        upper=_normal(upper) if upper is not None else None, unit=unit, qualifier=qualifier,
        counted=counted,
    ), from_locale


def find_figures(text: str, *, currency: str = "CNY") -> list[FigureMatch]:
    """Every figure mention in article order; `currency` is the locale's currency for a bare 元.

    >>> [(f.text, f.kind, f.value, f.unit, f.qualifier) for f in find_figures("總投資突破300億元,簽約項目51個")]
    [('突破300億元', 'money', Decimal('30000000000'), 'CNY', 'gt'), ('51個', 'count', Decimal('51'), '個', 'eq')]
    >>> [(f.text, f.value, f.unit) for f in find_figures("現場成交金額逾六點八億", currency="TWD")]
    [('逾六點八億', Decimal('680000000'), 'TWD')]
    >>> [(f.text, f.value, f.upper) for f in find_figures("总投资3至5亿元")]
    [('3至5亿元', Decimal('300000000'), Decimal('500000000'))]
    >>> [f.text for f in find_figures("第五届大会为期三天,共吸引一场盛宴")]
    []
    """
    folded = text.translate(_FOLD)
    figures: list[FigureMatch] = []
    locale_currency: list[bool] = []
    pos = 0
    while (m := _GRAMMAR.search(folded, pos)) is not None:
        if m.group("decl"):
            declared = CURRENCIES[m.group("declcur")]
            if figures and locale_currency[-1] and not folded[figures[-1].end:m.start()].strip():
                last = figures[-1]
                figures[-1] = FigureMatch(last.start, last.end, last.text, last.kind, last.value,
                                          last.upper, declared, last.qualifier, last.counted)
                locale_currency[-1] = False
            if m.group("same"):
                currency = declared
            pos = m.end()
            continue
        if m.group("skip"):
            pos = m.end()
            continue
        figure, from_locale = _figure(m, text, folded, currency)
        if figure is not None:
            figures.append(figure)
            locale_currency.append(from_locale)
            pos = max(m.end(), figure.end)
        else:
            pos = max(m.end(), pos + 1)
    return figures
