"""Figure parsing and normalisation: money, counts, percentages and quantities as ../shared/ANNOTATION.md defines them.

One grammar, compiled once from the lexicon tables (`extractor.lexicon.numerals`,
`extractor.lexicon.units`), scans the text once, left to right. Each match is a candidate;
pure functions then normalise it (`parse_number`) or reject it (ordinals, dates, durations,
names, the rhetorical 一個). The grammar also recognises currency declarations such as
`(人民币,下同)`, and skips short quoted names and 《titles》 whose numbers are names (“三个名城”); a quote
that holds the marks of a figure (a sign, a currency, 成, a qualifier, an Arabic number with its unit: “4%左右”,
「逾三成」) is read as text, not as a name.

Matching runs on a copy of the text with full-width digits and signs folded to ASCII one
character for one, so offsets are those of the text passed in, in either script.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Context, Decimal, localcontext
from typing import Optional

import regex

from extractor import regex_cache
from extractor.patterns import alternation
from extractor.lexicon.dates import TIME_WORDS
from extractor.lexicon.numerals import (
    ADJACENT_PAIRS,
    ARABIC_DECIMAL_POINTS,
    BARE_SCALE_BLOCKERS,
    CAPPED_AMOUNT_NOUNS,
    CLAUSE_ADVERBS,
    CLAUSE_BOUND_VERBS,
    CLAUSE_BOUNDS,
    BIG_UNITS,
    DECIMAL_POINTS,
    DIGITS,
    RANGE_LOWER_BOUNDS,
    RANGE_UPPER_BOUNDS,
    WEEKDAY_BEFORE,
    WEEKDAY_NUMERALS,
    ZERO_WORDS,
    FINANCIAL_NUMERALS,
    FULLWIDTH_FOLD,
    LATIN_SCALES,
    LIST_JOINERS,
    MEASURE_BEFORE_BIG,
    MORE_MARKERS,
    NOT_FIGURE_BEFORE,
    NOT_RANKING_QIAN,
    NOT_RANKING_SHOU,
    ORDINAL_TWO,
    ORDINAL_TWO_UNITS_EXCEPT,
    PERCENT_PREFIX,
    PREFIX_IN_NOUNS,
    PREFIX_QUALIFIERS,
    REFERENCE_NOUNS,
    RANGE_OPENERS,
    RANGE_SEPARATORS,
    SCALE_PREFIXES,
    ROUGHLY_MARKERS,
    SHARE_SUFFIX_QUALIFIERS,
    SMALL_UNITS,
    ROAD_DIRECTIONS,
    SPORT_DISTANCE_UNITS,
    SPORT_EVENT_AFTER,
    SPORT_EVENT_BEFORE,
    SPORT_EVENT_NOUNS,
    SUFFIX_QUALIFIERS,
    TENS,
)
from extractor.lexicon.units import (
    GOAL_VERBS,
    POINT_STANDING_AFTER,
    POINT_VERBS,
    POINT_MODIFIERS,
    POINT_HIGHS,
    RESULT_FORMAT_AFTER,
    SPORTS_FRAME_WORDS,
    SPORTS_RESULTS,
    SWEEP_AFTER,
    AMOUNT_CHANGE_VERBS,
    SELF_COUNTED_MEASURES,
    LANE_CLASS_NOUNS,
    BARE_SCALE_MEASURES,
    BASIS_POINTS,
    BIG_COUNT_HEAD_NOUNS,
    BIG_COUNT_MERIT,
    BIG_COUNT_NOT_AFTER,
    BIG_COUNT_SELECTED_BEFORE,
    BIG_COUNT_STOPS,
    CALENDAR_WORDS,
    CENT_NOT_BEFORE,
    CENT_CURRENCIES,
    CENT_ELSEWHERE,
    CENT_WORDS,
    SHARE_CENT_WORDS,
    FARE_CENT_WORDS,
    CHENG_NOT_BEFORE,
    CHENG_NOUNS_AFTER,
    PEOPLE_NOUNS_AFTER_SCALE,
    CHENG_TENTH_NOT_BEFORE,
    CHENG_TENTHS,
    COUNTED_NOUNS,
    CURRENCIES,
    CURRENCY_NOT_BEFORE,
    DAY_CURRENCIES,
    INTEREST_NOUNS,
    INTEREST_WORDS,
    RANK_MOVES,
    RANK_WORDS,
    BELOW_ZERO,
    CLASS_SUFFIXES,
    CLOCK_AFTER_POINT,
    INDEX_POINT_UNITS,
    INDEX_WORDS,
    KILOWATT_HOUR_WORD,
    LOCALE_CURRENCIES,
    MEASURE_WORDS,
    MONEY_NOUNS,
    MONEY_SUBJECTS,
    MONEY_TAIL,
    NOT_COUNTED,
    ORDINAL_AFTER,
    PERCENT_UNITS,
    PEOPLE_BY_SEX,
    PERCENTAGE_POINT,
    PER_UNITS,
    PLACE_ABBREVIATIONS,
    PRICE_PER_UNITS,
    QUANTITY_UNITS,
    SET_PHRASES,
    SITTING_MEASURES,
    TERM_BODY_ENDINGS,
    TERM_MEASURES,
    SUBJECT_UNITS,
    TEMPERATURE_WORDS,
    CHANGE_SIZE_NOUNS,
    SUBUNIT_NOT_BEFORE,
    SUBUNITS,
    YUAN_NOT_BEFORE,
    YUAN_WORDS,
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
    open_noun   the unit is a noun outside the lexicon (94金, 67銀): a count only where a tagger reads it as a
                noun; `find_figures` returns such figures only when asked (`open_nouns=True`).
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
    open_noun: bool = False
    names: Optional[tuple[str, str]] = None
    """What a sports result counts, (Simplified, Traditional), where its measure word is itself the thing (7胜 -> 胜场)."""


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
    return alternation(set(words))


def _not_followed(blocked) -> str:
    """A lookahead refusing the blocked words; single characters go in one class, which compiles far faster
    than an alternation repeated after every currency word."""
    chars = sorted({w for w in blocked if len(w) == 1})
    words = [w for w in blocked if len(w) > 1]
    options = ([_alt(words)] if words else []) + ([_class(chars)] if chars else [])
    return f"(?!{'|'.join(options)})" if options else ""


_DIG = _class(DIGITS)
_BIG = _class(BIG_UNITS)

_TOKEN = regex_cache.compile(
    rf"(?P<arabic>\d+(?:[,，]\d{{3}})*(?:\.\d+)?)|(?P<digit>{_DIG})|(?P<tens>{_class(TENS)})"
    rf"|(?P<small>{_class(SMALL_UNITS)})|(?P<big>{_BIG})|(?P<latin>{_class(LATIN_SCALES)})"
    rf"|(?P<measure>{_class(MEASURE_BEFORE_BIG)})|(?P<bad>.)",
    regex.S,
)
_CN_DECIMAL = regex_cache.compile(rf"(?:({_DIG}+)|(?<={_class(SMALL_UNITS)}|{_BIG})){_class(DECIMAL_POINTS)}({_DIG}+)")
"""A Chinese decimal point: after digits (八點七), or after a place or scale word (二十點五 = 二十 + 0.5)."""
_ARABIC_POINT = regex_cache.compile(rf"(?<=\d){_class(ARABIC_DECIMAL_POINTS)}(?=\d)")
_DIGIT_SEQUENCE = regex_cache.compile(rf"(?:{_DIG}|\d)+")
_SCALED_SEQUENCE = regex_cache.compile(rf"({_DIG}{{2,}})({_BIG}+)")
"""Chinese digits read one by one before a scale word: 一〇五万 is 105万."""
_FOLD = str.maketrans(FULLWIDTH_FOLD)


def _exact(length: int) -> Context:
    """A context in which the arithmetic on a number written in `length` characters never rounds.

    Each character adds at most 16 digits to the value (亿亿 stacks two 亿), so the precision
    grows with the text instead of cutting a 200-digit amount to 28 digits.
    """
    digits = 16 * length + 32
    return Context(prec=digits, Emax=max(digits, 999_999), Emin=-max(digits, 999_999))


def _normal(value: Decimal) -> Decimal:
    """Integral values without exponent or trailing zeros (12000, not 1.2E+4 or 12000.0), every digit kept."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize(Context(prec=len(value.as_tuple().digits)))


def _digits(chinese: str) -> str:
    return "".join(str(DIGITS.get(c, c)) for c in chinese)


def _digit_sequence(s: str) -> Optional[Decimal]:
    """二〇一九 -> 2019: digits read one by one need a zero or three digits; 三五 is an estimate, 两 never a place digit."""
    if len(s) == 1:
        return Decimal(DIGITS.get(s, s))
    if "两" in s or "兩" in s or (len(s) < 3 and not any(DIGITS.get(c) == 0 or c == "0" for c in s)):
        return None
    return Decimal(_digits(s))


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
    s = _ARABIC_POINT.sub(".", _CN_DECIMAL.sub(lambda m: _digits(m[1] or "0") + "." + _digits(m[2]), s))
    if _DIGIT_SEQUENCE.fullmatch(s) and not s.isascii():
        return _digit_sequence(s)
    if (scaled := _SCALED_SEQUENCE.fullmatch(s)) and (head := _digit_sequence(scaled[1])) is not None:
        with localcontext(_exact(len(s))):
            return _normal(head * _sections(list(_TOKEN.finditer("一" + scaled[2]))))  # 一〇五万 = 105万
    with localcontext(_exact(len(s))):
        return _sections(list(_TOKEN.finditer(s)))


def _sections(tokens: list) -> Optional[Decimal]:
    """Sum the sections of a tokenised number; a scale word takes in the smaller sections before it
    (5万3千亿 = 5.3万亿), and scale words written together multiply (万亿 = 10^12, 亿亿 = 10^16)."""
    parts: list[tuple[Decimal, int]] = []  # (value, scale) of each finished section, scales falling
    section = Decimal(0)
    pending: Optional[Decimal] = None
    pending_is_digit = False
    last_unit: Optional[int] = None
    for i, tok in enumerate(tokens):
        kind, piece = tok.lastgroup, tok.group()
        stacked = i > 0 and tokens[i - 1].lastgroup in ("big", "latin")
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
            if stacked:
                value, scale = parts.pop()
                parts.append((value * unit, scale * unit))
            else:
                current = section + (pending or 0)
                if current == 0 and not parts:
                    current = Decimal(1)
                while parts and parts[-1][1] < unit:
                    current += parts.pop()[0]
                parts.append((current * unit, unit))
            section, pending, last_unit = Decimal(0), None, parts[-1][1]
        elif kind == "measure":
            if i + 1 >= len(tokens) or tokens[i + 1].lastgroup != "big" or pending is None:
                return None
        else:
            return None
    if pending is not None and pending_is_digit and last_unit and last_unit >= 100 and pending < 10:
        pending *= last_unit // 10
    return _normal(sum((value for value, _ in parts), Decimal(0)) + section + (pending or 0))


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


def _yuan_lookahead(word: str) -> tuple:
    """What must not follow a currency word: after a bare 元, or a 日元 that may be a day and 元 (26日元首), the words
    that begin with 元 (元旦, 元首); a longer word ending in 元 (美元, 港元, 澳门元) is the currency whole, so
    2亿美元首轮融资 is money; after a one-character currency word, the words it begins (盾牌, 盾构)."""
    if word in CURRENCY_NOT_BEFORE:
        return CURRENCY_NOT_BEFORE[word]
    return YUAN_NOT_BEFORE if word in _YUAN_ENDINGS or word in DAY_CURRENCIES else ()


_CHENG_LOOKAHEAD = f"(?:(?={_alt(CHENG_NOUNS_AFTER)})|{_not_followed(CHENG_NOT_BEFORE)})"
"""After 成: a noun a share counts (七成员工), or anything but what makes 成 a verb or a word (三成员, 一成都)."""


def _unit_entries() -> dict[str, tuple | str]:
    """Every unit word with what must not follow it, from all the unit tables (a ready lookahead where it is a
    string)."""
    entries: dict[str, tuple | str] = {}
    for word in [*CURRENCIES, *YUAN_WORDS]:
        entries[word] = _yuan_lookahead(word)
    for table in (MEASURE_WORDS, COUNTED_NOUNS, PEOPLE_BY_SEX, QUANTITY_UNITS, INDEX_POINT_UNITS):
        entries.update(table)
    entries.update({word: () for word in PERCENTAGE_POINT})
    entries.update({word: CENT_NOT_BEFORE for word in CENT_WORDS})
    entries.update({"%": (), "‰": (), "成": _CHENG_LOOKAHEAD, "厘": ("米",)})
    return entries


def _grouped(entries: dict[str, tuple | str]) -> str:
    """The words longest first, each with its lookahead, written once per group of one length and one lookahead: two
    words of one length never match at one place, so only the order of lengths counts, and the grammar compiles in a
    fraction of the time of one lookahead per word."""
    groups: dict[tuple[int, str], list[str]] = {}
    for word in sorted(entries, key=len, reverse=True):
        look = entries[word] if isinstance(entries[word], str) else _not_followed(entries[word])
        groups.setdefault((len(word), look), []).append(regex.escape(word))
    return "|".join(f"(?:{'|'.join(words)}){look}" if look and len(words) > 1 else "|".join(w + look for w in words)
                    for (_, look), words in groups.items())


_UNITS = _unit_entries()
_UNIT_ALT = _grouped(_UNITS)
_SP = r"[^\S\n]?"
_SMALL_START = _scale_pattern("百佰千仟十拾") + "|" + _class(TENS)
# 大写 numerals are written for amounts in words only: an Arabic digit after one starts another token (队伍64队);
# thousands are set off by a comma, or by a thin or narrow space (12\u2009345), never by a plain space
_NUM_CHAR = (
    rf"(?:(?<!{_class(FINANCIAL_NUMERALS)})\d|{_DIG}|{_SMALL_START}|{_scale_pattern(BIG_UNITS)}"
    rf"|(?<=\d)[,，\u2009\u202f](?=\d{{3}}(?!\d))|(?<=\d){_class(ARABIC_DECIMAL_POINTS)}(?=\d)"
    rf"|(?<={_DIG}|十){_class(DECIMAL_POINTS)}(?={_DIG})"
    rf"|{_class(MEASURE_BEFORE_BIG)}(?={_BIG})|(?<=\d){_class(LATIN_SCALES)}(?![A-Za-z]))"
)
_LATIN_SIGNS = [w for w in CURRENCIES if w[-1].isascii() and w[-1].isalpha()]
_NUMBER = (
    rf"(?:(?:(?<={_alt(_LATIN_SIGNS)})|(?<![A-Za-z\d.]))\d|{_DIG}|{_SMALL_START}|{_scale_pattern(BIG_UNITS)})"
    rf"{_NUM_CHAR}*(?:{_SP}(?={_BIG}){_NUM_CHAR}+)?"
)
_CURRENCY_ALT = "|".join(
    ("(?<![A-Za-z])" if w[0].isascii() and w[0].isalpha() else "")
    + regex.escape(w) + _not_followed(_yuan_lookahead(w))
    for w in sorted(CURRENCIES, key=len, reverse=True)
)
_SUB_BLOCK = _not_followed(SUBUNIT_NOT_BEFORE)
_TENTHS = _class(w for w, v in SUBUNITS.items() if v == "0.1")
_CENTS = _class(w for w, v in SUBUNITS.items() if v == "0.01")
_RINGGIT_WORDS = [w for w, code in CURRENCIES.items() if code == "MYR" and not w.isascii()]
_DOLLARS = "(?:" + _class(YUAN_WORDS) + "|" + _alt(_RINGGIT_WORDS) + ")"
"""What cents and tenths follow: 元 and its spoken forms, and the ringgit, whose sen are written so (4令吉62仙 = 4.62 MYR)."""
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
        noun = PREFIX_IN_NOUNS.get(word)
        in_noun = rf"(?<!(?:^|[^\p{{Han}}]|{_class(noun[1])}){_class(noun[0])})" if noun else ""
        parts.append((f"(?<!{_class(blocked)})" if blocked else "") + in_noun + regex.escape(word))
    return "|".join(parts)


def _suffix_alt() -> str:
    return "|".join(
        regex.escape(w) + _not_followed(SUFFIX_QUALIFIERS[w][1])
        for w in sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
    )


_ONE_CHARACTER_MEASURES = [w for w in [*MEASURE_WORDS, *COUNTED_NOUNS] if len(w) == 1]


def _open_noun() -> str:
    """One character after a number that may be a noun it counts (94金): never one that goes on with the figure
    (至, 多, 以上, 左右), one of the closed classes that follow numbers without being counted (年, 岁, 倍, 号), nor a
    measure word where what follows makes it none (30人论坛)."""
    return (
        rf"(?!{_alt(RANGE_SEPARATORS)}|{_alt(SUFFIX_QUALIFIERS)}|{_alt(PREFIX_QUALIFIERS)}|{_class(MORE_MARKERS)}"
        rf"|{_class(NOT_COUNTED)}|{_class(_ONE_CHARACTER_MEASURES)}"
        rf"|{_class(BIG_UNITS)}|{_class(SMALL_UNITS)}|{_class(DIGITS)}|{_class(DECIMAL_POINTS)})\p{{Han}}"
    )


_OPEN_NOUN = _open_noun()


def _side(n: int) -> str:
    """One end of a figure: [百分之][currency] number [多 [scale]] [unit [角分] [钱/整] [currency]]."""
    return (
        rf"(?:(?P<pct{n}>{PERCENT_PREFIX}){_SP})?"
        rf"(?:(?P<cur{n}>{_CURRENCY_ALT}){_SP})?"
        rf"(?P<num{n}>{_NUMBER})"
        rf"(?:{_SP}(?P<more{n}>{_class(MORE_MARKERS)})(?:{_SP}(?P<moresc{n}>{_scale_pattern(BIG_UNITS)}+))?)?"
        rf"(?:{_SP}(?:(?P<unit{n}>{_UNIT_ALT})|(?P<big{n}>大)(?=(?P<bigx{n}>\p{{Han}}{{1,8}}))"
        rf"|(?P<noun{n}>{_OPEN_NOUN}))"
        rf"(?:(?<=成)(?P<tenth{n}>{_class(CHENG_TENTHS)}|(?<=\d成)\d{{1,2}})"
        rf"(?!{_UNIT_ALT}|\d|{_DIG}|{_class(CHENG_TENTH_NOT_BEFORE)}|[A-Za-z]|[.,，．]\d)"
        rf"|(?<=成)(?P<cmore{n}>多))?"
        rf"(?:(?<={_class(_ONE_CHARACTER_MEASURES)})[（(]{_class(_ONE_CHARACTER_MEASURES)}[）)])?"  # 220件(套)
        rf"(?P<sub{n}>{_SUB})?"
        rf"(?:(?<={_DOLLARS}|{_TENTHS}|{_CENTS}){_SP}(?P<tail{n}>{_class(MONEY_TAIL)}))?"
        rf"(?:(?<={_DOLLARS}|{_TENTHS}|{_CENTS}|{_class(MONEY_TAIL)}){_SP}(?P<curpost{n}>{_CURRENCY_ALT}))?"
        rf")?"
    )


_INCLUSIVE = rf"{_SP}[（(]含[）)]"
# A range whose lower end has a unit needs one at its upper end too: 3亿元至2020年 is no range.
def _figure_pattern(ranges: bool = True) -> str:
    """A figure; without `ranges`, its upper end never matches (the groups stay, unmatched)."""
    never = "" if ranges else "(?!)"
    return (
        rf"(?P<fig>(?:(?:(?P<cur0>{_CURRENCY_ALT}){_SP}(?=(?:{_prefix_alt()})))?(?P<pre>{_prefix_alt()}){_SP})?"
        rf"(?:(?P<from>{_class(RANGE_OPENERS)}){_SP})?"
        rf"{_side(1)}(?P<incl1>{_INCLUSIVE})?"
        rf"(?:{never}(?P<per1>(?<=[元圆圓币幣镑鎊吉])/(?:{_alt(PRICE_PER_UNITS)}))?"  # 20.13元/股至35.60元/股
        rf"{_SP}(?P<sep>{_alt(RANGE_SEPARATORS)}){_SP}{_side(2)}(?(unit1)(?(unit2)|(?!))|))?"
        rf"(?P<incl2>{_INCLUSIVE})?"
        rf"(?:{_SP}(?P<post>{_suffix_alt()}))?)"
    )


_FIGURE = _figure_pattern()
_FRACTION = (
    rf"(?P<frac>(?:(?P<fpre>{_prefix_alt()}){_SP})?"
    rf"(?:(?!{_class('百佰')}分之)(?P<fden>{_NUMBER})分之(?P<fnum>{_NUMBER})"
    rf"|(?<![\d/.])(?P<anum>\d{{1,3}})/(?P<aden>\d{{1,3}})(?![\d/]))"
    rf"(?:{_SP}(?P<fpost>{_suffix_alt()}))?)"
)
_DECLARATION = (
    rf"(?P<decl>[（(]{_SP}(?P<declcur>{_CURRENCY_ALT}){_SP}"
    rf"(?:[，,、]{_SP}(?P<same>下同){_SP})?[）)]"
    rf"|(?<=[^\W\d_]){_SP}[（(]{_SP}(?P<samealone>下同){_SP}[）)])"
)
"""(人民币，下同) after an amount, or (下同) alone after an amount with its currency written (320亿港元（下同）): the bare
amounts after it are in that currency."""
_NAMED = rf"(?P<skip>(?<![：:]{_SP})[“「『][^“”「」『』。！？；，,!?;\n]{{1,20}}[”」』]|‘[^‘’\n]{{1,20}}’|《[^《》\n]{{1,40}}》|{_alt(SET_PHRASES)})"
_RECKONING = (
    rf"(?P<reckon>[（(]?{_SP}以{_SP}(?P<reckoncur>{_CURRENCY_ALT}){_SP}(?:计值|計值|计算|計算|计|計)[）)]?)"
)
"""以人民币计 / （以港元計）: the bare amounts of the rest of the sentence are in that currency."""
_SENTENCE_END = regex_cache.compile(r"[。！？!?\n]")
_QUOTE_OPENERS = ("“", "「", "『", "‘")
_ARABIC = regex_cache.compile(r"\d")
_GRAMMAR = regex_cache.compile(f"{_DECLARATION}|{_RECKONING}|{_NAMED}|{_FRACTION}|{_FIGURE}")


_ONE_END = regex_cache.compile(_figure_pattern(ranges=False))
"""The first end alone, when two figures joined by 至 make no range (下跌12%至8.6亿港元). Its parse takes a third of a
second, so it is made at import like every pattern and kept by the regex cache: compiled on first use it was parsed
again in every process that met such a pair, after the cache had been written."""


_PLACE_LIST = regex_cache.compile(r"\p{Han}{2,6}(?:、\p{Han}{2,6}){1,8}(?:及|和|与|與)?(?:…+|等)?$")
_ADJACENT = regex_cache.compile(rf"({_DIG})({_DIG})((?:{_class(SMALL_UNITS)}|{_BIG}|{_class(MEASURE_BEFORE_BIG)})*)")
_LEADING = regex_cache.compile(rf"\d+(?:\.\d+)?|{_DIG}+")
_SCALE_TAIL = regex_cache.compile(rf"(?:{_BIG}|{_class(LATIN_SCALES)})+$")
_HAS_BIG = regex_cache.compile(rf"{_BIG}|(?<=\d){_class(LATIN_SCALES)}")
_SUBJECT_WORDS = _alt(list(MONEY_SUBJECTS) + list(SUBJECT_UNITS))
_SUBJECT = regex_cache.compile(
    rf"(?P<subject>{_SUBJECT_WORDS})[^\s，,。；;：:、！？!?（）()\d]{{0,4}}(?:[：:][^\S\n]?)?$"
)
_FROM_SUBJECT = regex_cache.compile(
    rf"(?P<subject>{_SUBJECT_WORDS})[^\s，,。；;：:、！？!?（）()\d]{{0,2}}[由从從][^\s，,。；;：:、！？!?（）()\d]{{0,8}}$"
)
"""The first end of a from-to of a money subject (興建費用由最初估算的42億…): the subject gives it its kind."""
_FROM_BEFORE = regex_cache.compile(r"[由从從][^\s，,。；;：:、！？!?（）()\d]{0,8}$")
_TO_AFTER_FROM = regex_cache.compile(r"[，,]?[^\S\n]?(?:[^。！？!?；;\n]{0,20}?)?[到至]")
"""What may stand between the two ends of a from-to of amounts (由42億，到2017年底時已追加到164億)."""
_MONEY_NOUN_AFTER = regex_cache.compile(rf"[^\S\n]?(?P<subject>{_alt(MONEY_NOUNS)})")
"""A money noun right after a unitless amount (718億預算)."""
_LISTED_UNDER_SUBJECT = regex_cache.compile(
    rf"(?P<subject>{_SUBJECT_WORDS})[^。！？!?\n\d]{{0,6}}[：:](?:[^。！？!?\n]{{0,80}}[；;，,、])?[^\S\n]?\p{{Han}}{{1,10}}[：:][^\S\n]?$"
)
"""An item of a list headed by a money word (各部會預算如下：交通部：1,320億；教育部：2,518億)."""
_REACHED_BY_CHANGE = regex_cache.compile(
    rf"(?P<subject>{_SUBJECT_WORDS})[^\s，,。；;：:、！？!?（）()\d]{{0,6}}\d+(?:\.\d+)?%[^\S\n]?[至到]$"
)
"""The level a change of the subject reaches (旅客人次按年增加25%至340萬): the subject gives it its kind."""
_CLAUSE_APPROX = regex_cache.compile(r"(?:约|約|大约|大約)(?:占|佔)[^，,。；;！？!?\n]{0,24}$")
_COMPARED_WITH = frozenset({"低于", "低於", "高于", "高於", "超过", "超過", "超出", "大于", "大於", "小于", "小於", "少于", "少於", "多于", "多於"})
_REFERENCE_AFTER = regex_cache.compile(r"的[^\S\n]?\p{Han}{0,4}?(?:" + "|".join(REFERENCE_NOUNS) + r")(?!\p{Han})")
"""A comparison with a stated mark (低于2%的通胀目标, 高於3%的警戒線): the figure is the mark's value, not a bound on what is
compared."""
_SHARE_BOUND = regex_cache.compile(
    r"(?P<bound>不到|不足|超过|超過|接近|将近|將近)(?:占|佔)?(?P<whole>[^，,。；;！？!?\n\d]{1,12})的[^\S\n]?$"
)
"""A bound before the whole a share is taken of (不到矽晶的三分之一): the share is bounded, the whole stands between."""
_TIME_WHOLE = regex_cache.compile(r"[年月日季期]|去|上|前")
"""A time or a period as the 'whole' (超过去年同期的5%): the figure is that time's value, compared, not a share bounded."""
_CLAUSE_BOUND = regex_cache.compile(
    rf"(?P<bound>{_alt(CLAUSE_BOUNDS)})(?:{_alt(CLAUSE_BOUND_VERBS)})[^，,。；;！？!?\n\d]{{0,10}}$"
)
_CAPPED_AMOUNT = regex_cache.compile(
    rf"(?P<bound>最高|最多)[^，,。；;！？!?\n\d]{{0,3}}?(?:{_alt(CAPPED_AMOUNT_NOUNS)})[^，,。；;！？!?\n\d]{{0,3}}?"
    rf"(?:(?:为|為|是|可达|可達|可被判|可判|可处|可處)[^，,。；;！？!?\n\d]{{0,10}})?$"
)
"""最高 before an amount a rule caps and the verb that states it (最高刑罚为监禁及罚款, 最高月薪达): the figure ending the
clause is bounded."""
_CHANGE_FROM = regex_cache.compile(r"[由从從自]$")
"""A cap whose value changes (最高贷款额度由60万元提高至80万元): the figure after 由/从 is the cap's old value, not bounded."""
_CODE_DIGITS = regex_cache.compile(r"0\d")
_CHANGE_ENDINGS = tuple(AMOUNT_CHANGE_VERBS) + ("涨", "漲", "跌", "降", "调高", "調高", "提高")
_HEDGED_CHANGE = regex_cache.compile(
    rf"(?<!{_class(PREFIX_QUALIFIERS['约'][1])})(?:约|約|大约|大約)(?:{_alt(_CHANGE_ENDINGS)})了?[^\S\n]?$"
)
"""约 before a change verb right before the figure hedges the change (約增加21.43%); 合约|增加 is no hedge."""
_LEVEL_SEPARATORS = ("至", "到")
_ADJUSTMENTS = ("下调", "下調", "上调", "上調", "调低", "調低", "调高", "調高", "调升", "調升", "调降", "調降")
"""Verbs that adjust a rate: a percent after one and another after 至 are the step and the level reached."""
_SCORE_BEFORE = regex_cache.compile(r"\d[^\S\n]?[:：比][^\S\n]?$")
"""A number and a colon or 比 right before a number: it is the other side of a score or ratio (3比1, 88:79)."""
_CLAUSE_ADVERB = regex_cache.compile(
    rf"(?P<bound>{_alt(CLAUSE_ADVERBS)})[^，,。；;！？!?\n\d{''.join(DIGITS)}]{{1,8}}$"
)
_PER_UNIT = regex_cache.compile(rf"/(?:{_alt(PER_UNITS)})(?![A-Za-z])")
_PER_UNIT_BEFORE = regex_cache.compile(
    rf"(?P<pre>{_prefix_alt()})?[^\S\n]*每[^\S\n]*(?:个|個)?(?:{_alt([*QUANTITY_UNITS, *MEASURE_WORDS, *PER_UNITS])})[^\S\n]*$"
)
_CLASS_COUNTED = regex_cache.compile(rf"\p{{Han}}{{1,4}}(?:\d|{_DIG})")
_CLAUSE_BREAK = regex_cache.compile(r"[，,。；;！？!?\n]")
_COUNT = rf"(?:\d+|{_DIG}+|{_class(SMALL_UNITS)}{{1,3}})(?:{_alt(MEASURE_WORDS)})"
_LIST_JOINER = _class(LIST_JOINERS)
_REAL_COUNT = rf"(?:\d+|(?![一壹弌](?:{_alt(MEASURE_WORDS)})){_DIG}+|{_class(SMALL_UNITS)}{{1,3}})(?:{_alt(MEASURE_WORDS)})"
"""A count other than the lone 一 of a measure word: 一辆A与一辆B are two indefinites, not a list of counts."""
_COUNT_LISTED_BEFORE = regex_cache.compile(
    rf"(?:{_REAL_COUNT}[^\s，,。；;！？!?、\n]{{0,10}}{_LIST_JOINER}|{_COUNT}[^\s，,。；;！？!?、\n]{{0,10}}、)$"
)
_COUNT_LISTED_AFTER = regex_cache.compile(
    rf"[^\s，,。；;！？!?、\n]{{0,10}}(?:{_LIST_JOINER}{_REAL_COUNT}|、{_COUNT})"
)
_AMOUNT_CHANGE = regex_cache.compile(
    rf"[，,]?[^\S\n]?(?:(?:较|較|比|与|與)[^\s，,。；;！？!?\d]{{1,8}}?|同比|环比|環比|按年|年|季|月)?"
    rf"(?:{_alt(AMOUNT_CHANGE_VERBS)})了?[^\S\n]?"
)
"""What may stand between an amount and a change of it: a comparison and a verb of change (，較去年增加)."""
_PART_OF = regex_cache.compile(r"[，,；;]?[^\S\n]?其中[，,：:]?[^\s，,。；;！？!?\d]{1,12}?(?:占|佔|为|為|有)(?:约|約)?[^\S\n]?")
"""What may stand between a count and a unitless part of it: 其中, the part, and a verb that states it (，其中內地旅客佔)."""
_PARTY_CONGRESS = ("党的", "黨的", "中共")
_SITTING_AFTER = regex_cache.compile(rf"\p{{Han}}{{0,8}}?第?(?:\d+|(?:{_DIG}|[十拾百]|{_class(TENS)})+)(?:{_alt(SITTING_MEASURES)})")
_BOUNDS = ("gt", "ge", "lt", "le")


@dataclass
class _Side:
    value: Decimal
    upper: Optional[Decimal]
    number: str
    chinese: bool


def _side_value(m, n: int) -> Optional[_Side]:
    number = "".join(m.group(f"num{n}").split())
    if number[0] in BIG_UNITS and any(c.isascii() and c.isdigit() for c in number):
        return None  # 破亿01:29: a scale word and the digits of a time after it
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


def _subunits(sub: str) -> Decimal:
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
        elif word == "首":
            if not before.endswith(NOT_RANKING_SHOU):
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
    """A bound before the number beats everything; then 'approx' (约…余 is approx), then 多 (gt), then a bound after
    the number, then 'eq'."""
    before = PREFIX_QUALIFIERS[pre][0] if pre else "eq"
    after = SUFFIX_QUALIFIERS[post][0] if post else "eq"
    if before in _BOUNDS:
        return before
    if "approx" in (before, after) or approx_range:
        return "approx"
    if more:
        return "gt"
    if after in _BOUNDS:
        return after
    return "eq"


def _spoken_dollar_is_money(m, folded: str, n: int) -> bool:
    """块 is money in 十块钱, 三块四分, 7块 and 3块以上, a measure word in 三块金牌 and 石碑120余块: 余 is written
    register, and the spoken 块 of money does not take it."""
    if m.group(f"sub{n}") or m.group(f"tail{n}"):
        return True
    if m.group(f"more{n}") in ("余", "餘"):
        return False
    rest = folded[m.end(f"unit{n}"):m.end(f"unit{n}") + 2]
    return not rest or not regex.match(r"\p{Han}", rest) or rest.startswith(("以上", "以下", "左右", "到", "至"))


@dataclass
class _Reading:
    """What the words around the number make of it."""

    kind: str
    unit: str
    scale: Decimal = Decimal(1)
    counted: Optional[str] = None
    end: Optional[int] = None
    from_locale: bool = False
    open_noun: bool = False


_CENT_BEFORE = regex_cache.compile(r"\d分(?![钟鐘])")
_MOVE_PERCENT_AFTER = regex_cache.compile(r"[^\S\n]?或[^\S\n]?\d+(?:\.\d+)?[^\S\n]?[%％]")
_RESTATING_CLAUSE = regex_cache.compile(r"[^\d]{0,8}(?:为|為|是|达|達|录得|錄得)[^\S\n]?")
"""A clause that only restates a value for another period or body (上年同期为, 去年同期則為)."""


def _is_cent(folded: str, start: int, end: int) -> bool:
    """Whether 分 after the number at `start` is a cent: of a per-share amount or a share price, with a share word
    earlier in its clause (每股盈利从43.2分…, 股价涨3分) or right after it (3分中期股息), or restated after such a cent
    in the same sentence by a clause that only restates (每股盈利为10.4分，上年同期为[8.9分]); of a fare or a bill, with a fare word earlier in its
    clause (每程多付10分); written 分钱; or a move given in cents and in percent (涨3分或1.6%)."""
    before = _CLAUSE_BREAK.split(folded[max(0, start - 20):start])[-1]
    after = _CLAUSE_BREAK.split(folded[end:end + 12])[0]
    if any(w in before for w in (*SHARE_CENT_WORDS, *FARE_CENT_WORDS)) or after.startswith(("钱", "錢")) \
            or any(w in after for w in ("股息", "股利")) or _MOVE_PERCENT_AFTER.match(folded, end):
        return True
    if not _RESTATING_CLAUSE.fullmatch(before):
        return False
    sentence = _SENTENCE_END.split(folded[max(0, start - 60):start])[-1]
    return any(w in sentence for w in SHARE_CENT_WORDS) and _CENT_BEFORE.search(sentence) is not None


def _rank_move(folded: str, start: int) -> bool:
    """Whether N名 at `start` counts places moved in a ranking (排名第62名，较去年进步[6名]), not people."""
    if not _before(folded, start).endswith(RANK_MOVES):
        return False
    sentence = _SENTENCE_END.split(folded[max(0, start - 60):start])[-1]
    return any(w in sentence for w in RANK_WORDS) or regex.search(r"第[\d一二三四五六七八九十百]+[名位]", sentence) is not None


def _rate_context(folded: str, start: int) -> bool:
    """Whether 厘 after the number at `start` is a rate: an interest word just before it in its clause (年息8厘), or a rate
    word (INTEREST_NOUNS: 利率, 拆息, 按息) or another rate in 厘 earlier in its sentence (基本利率由4.75厘下调至[4.5厘];
    另一银行则由[5.5厘]下调至5.375厘; 同业拆息（HIBOR）昨日升至[4.2厘])."""
    if any(w in _CLAUSE_BREAK.split(folded[max(0, start - 8):start])[-1] for w in INTEREST_WORDS):
        return True
    sentence = _SENTENCE_END.split(folded[max(0, start - 60):start])[-1]
    return any(w in sentence for w in INTEREST_NOUNS) or regex.search(r"\d厘", sentence) is not None


_ONCE_AFTER = regex_cache.compile(r"[^\d，,。；;！？\n]{0,3}\d|(?!以上|以下|左右)\p{Han}")
"""What follows 一度 when it is the adverb "at one time": a verb (一度达32.5度, 一度下滑) or a figure of the clause's own;
a degree stands alone or before its bound (下降一度, 一度以上)."""


def _unit_reading(m, folded: str, sides: list[_Side], currency: str) -> Optional[_Reading]:
    """Kind and unit from the unit word, or None when the word does not make a figure here."""
    n = 2 if m.group("unit2") else 1
    word = m.group(f"unit{n}")
    if word in DAY_CURRENCIES and _before(folded, m.start("num1")).endswith(("月", "月份")):
        return None
    if word in CURRENCIES:
        return _Reading("money", CURRENCIES[word])
    if word in CENT_WORDS:
        if not all(side.number.replace(".", "").isdigit() for side in sides):
            return None  # 八仙: a cent is written after Arabic digits
        if word == "分" and not _is_cent(folded, m.start("fig"), m.end(f"unit{n}")):
            return None  # 95分, 3分15秒: a score or a minute
        named = CENT_WORDS[word]
        dollar = currency if currency in CENT_CURRENCIES else CENT_ELSEWHERE.get(word, currency)  # 3仙 is no 人民币
        return _Reading("money", named or dollar, scale=Decimal("0.01"), from_locale=named is None)
    if word == "厘" and not _rate_context(folded, m.start("fig")):
        return None
    if word in ("名", "位") and _rank_move(folded, m.start("fig")):
        return None
    if word in YUAN_WORDS:
        if word in ("块", "塊") and not _spoken_dollar_is_money(m, folded, n):
            return _Reading("count", word)
        explicit = m.group(f"curpost{n}") or m.group("cur2") or m.group("cur1") or m.group("cur0")
        return _Reading("money", CURRENCIES[explicit] if explicit else currency, from_locale=explicit is None)
    if word in MEASURE_WORDS:
        return _Reading("count", word, counted=word if word in SELF_COUNTED_MEASURES else None)
    if word in PEOPLE_BY_SEX:
        return _Reading("count", word, counted=word)
    if word in COUNTED_NOUNS:
        if _names_a_counted_group(m, folded, sides):
            return None
        return _Reading("count", word, counted=word)
    if word == KILOWATT_HOUR_WORD and m.group("num1") == "一" and _ONCE_AFTER.match(folded, m.end(f"unit{n}")):
        return None  # 水温一度达32.5度: 一度 is "at one time" before a verb or the clause's own figure
    if word == KILOWATT_HOUR_WORD and not all(_HAS_BIG.search(side.number) for side in sides):
        clauses = _CLAUSE_BREAK.split(folded[max(0, m.start("fig") - 30):m.start("fig")])
        clause = clauses[-1][-12:]
        # 气温跌至7度，[较]市区低约5度; 温度平均降低2.7度，个别地点[降幅]更达4.2度: the clause compares or measures a change
        compared = len(clauses) > 1 and (clauses[-1].startswith(("较", "較", "比")) or any(w in clause for w in CHANGE_SIZE_NOUNS))
        if not any(w in clause or (compared and w in clauses[-2]) for w in TEMPERATURE_WORDS):
            return None  # 一度, 三度获奖: a time; 680亿度 is electricity, 气温37度 a temperature
    if word in QUANTITY_UNITS:
        return _Reading("quantity", word.lstrip("个個"))  # 1430万个标准箱: 个 counts the unit
    if word in INDEX_POINT_UNITS:
        return _Reading("quantity", word) if _index_points(m, folded, sides, n) else None
    if word in PERCENTAGE_POINT:
        return _Reading("percent", PERCENTAGE_POINT[word])
    if word == "成" and any(s.value > 10 for s in sides):
        return None
    if word == "成" and folded[m.end(f"unit{n}") : m.end(f"unit{n}") + 1] in ("为", "為") and not m.group("pre"):
        return None
    return _Reading("percent", "%", scale=Decimal(PERCENT_UNITS[word]))


_SENTENCE_BREAK = regex_cache.compile(r"[。！？!?；;\n]")
_CLOCK_BEFORE = regex_cache.compile(rf"(?:{_alt(TIME_WORDS)})[^\S\n]*$")


def _index_points(m, folded: str, sides: list[_Side], n: int) -> bool:
    """点/點 after an Arabic number is the level or move of a stock index when the sentence names an index or the market
    before it (恒指收報25,930點，升326點; 沪指收盘报3296.42点; 大市全日波幅約300點); not a clock time in such a sentence
    (下午4點收市), and never after a Chinese numeral (三点建议, 兩點意見)."""
    if not all(any(c.isdigit() for c in side.number) for side in sides):
        return False
    start = m.start("fig")
    sentence = _SENTENCE_BREAK.split(folded[max(0, start - 60):start])[-1]
    if not any(w in sentence for w in INDEX_WORDS):
        return False
    value = sides[0].value
    small = value == value.to_integral_value() and value <= 24 and len(sides) == 1
    return not (small and (_CLOCK_BEFORE.search(folded, max(0, start - 6), start)
                           or folded.startswith(CLOCK_AFTER_POINT, m.end(f"unit{n}"))))


def _names_a_counted_group(m, folded: str, sides: list[_Side]) -> bool:
    """A number with a place noun counts the places that take part or are listed (苗栗、南投、彰化3县; 中彰投苗四县市).
    Chinese numerals need the places listed right before them: alone (四县市, 两岸) they are labels."""
    start = m.start("fig")
    before = folded[max(0, start - 24) : start]
    if all(s.number.replace(",", "").isdigit() for s in sides):
        return False
    count = sides[0].value
    abbreviations = before[-int(count):] if count == count.to_integral_value() and 2 <= count <= 10 else ""
    listed = bool(_PLACE_LIST.search(before))
    return not (listed or (len(abbreviations) == count and all(c in PLACE_ABBREVIATIONS for c in abbreviations)))


def _big_count_reading(m, folded: str, first: _Side) -> Optional[_Reading]:
    """四大板塊: a count of 2..10 (2..99 in Arabic digits), not 十九大精神 or 一大批."""
    run = m.group("bigx1")
    if run.startswith(BIG_COUNT_NOT_AFTER) or _before(folded, m.start("num1")).endswith(_PARTY_CONGRESS):
        return None
    if run.startswith(BIG_COUNT_MERIT) or _before(folded, m.start("fig")).endswith(BIG_COUNT_SELECTED_BEFORE):
        return None  # 十大杰出青年, 年度十大新闻: the name of a ranking list or award
    if not (2 <= first.value <= (10 if first.chinese else 99)) or first.value != first.value.to_integral_value():
        return None
    counted = _counted_noun(run)
    return _Reading("count", "大", counted=counted, end=m.end("big1") + len(counted))


_STATING = regex_cache.compile(r"(?:约|約|大约|大約|达|達|为|為|逾|近|超过|超過|共|计|計|共计|共計|合共)*")


def _unit_word_states(subject, folded: str, m) -> bool:
    """Whether a unitless number without 万/亿 is stated of a subject that is itself a unit (人次, 人數): written
    right after it, with nothing between but words that state or approximate it, and not a date."""
    return (subject.re is _SUBJECT and subject["subject"] in SUBJECT_UNITS
            and _STATING.fullmatch(folded, subject.end("subject"), m.start("fig")) is not None
            and not m.group("num2") and not folded.startswith(CALENDAR_WORDS, m.end("fig")))


def _subject_reading(m, folded: str, currency: str) -> Optional[_Reading]:
    """A unitless 万/亿 amount after a subject that names money or visits (成交金額逾六點八億), after it and a colon
    (國防預算：4,250億), as an item of a list it heads (預算如下：交通部：1,320億), as the level a change of it
    reaches (人次按年增加25%至340萬), or right before a noun that is a sum of money (718億預算)."""
    start = m.start("fig")
    subject = (_SUBJECT.search(folded, max(0, start - 16), start)
               or _LISTED_UNDER_SUBJECT.search(folded, max(0, start - 120), start)
               or _REACHED_BY_CHANGE.search(folded, max(0, start - 24), start)
               or _FROM_SUBJECT.search(folded, max(0, start - 24), start)
               or _MONEY_NOUN_AFTER.match(folded, max(m.end(g) for g in ("num1", "moresc1", "num2", "moresc2") if m.group(g))))
    scaled = any(
        m.group(f"num{n}") and (_HAS_BIG.search(m.group(f"num{n}")) or m.group(f"moresc{n}")) for n in (1, 2)
    )
    if subject and not scaled and _unit_word_states(subject, folded, m):
        return _Reading(*SUBJECT_UNITS[subject["subject"]])  # 求診人次約5,600: a subject that is a unit lends it
    if not (subject and scaled):
        return None
    word = subject["subject"]
    if word in SUBJECT_UNITS:
        return _Reading(*SUBJECT_UNITS[word])
    return _Reading("money", currency, from_locale=True)


def _reading(m, folded: str, sides: list[_Side], currency: str, carried: Optional[tuple[str, str]] = None) -> Optional[_Reading]:
    if m.group("pct1") or m.group("pct2"):
        unit_start = m.start("unit2") if m.group("unit2") else m.start("unit1") if m.group("unit1") else None
        extra = m.group("unit2") or m.group("unit1")
        return _Reading("percent", "%", end=unit_start if extra and extra != "%" else None)
    prefix_currency = m.group("cur2") or m.group("cur1") or m.group("cur0")
    if (prefix_currency and prefix_currency.isascii() and m.group("unit1") and not m.group("num2")
            and _unit_kind(m.group("unit1")) == "count"):
        return _Reading("money", CURRENCIES[prefix_currency], end=m.start("unit1"))  # 以HK$52億[批出]: a sign makes it money
    if m.group("unit1") or m.group("unit2"):
        return _unit_reading(m, folded, sides, currency)
    if m.group("big1") and not m.group("num2"):
        return _big_count_reading(m, folded, sides[0])
    if prefix_currency and not folded.startswith(CALENDAR_WORDS, m.end("fig")):  # 美元2019年 is a year
        return _Reading("money", CURRENCIES[prefix_currency])
    return (_people_reading(m, folded) or _subject_reading(m, folded, currency) or _carried_reading(m, carried)
            or _open_noun_reading(m, sides))


_PEOPLE_AFTER_SCALE = regex_cache.compile(rf"(?:{_alt(PEOPLE_NOUNS_AFTER_SCALE)})(?![币幣])")


def _people_reading(m, folded: str) -> Optional[_Reading]:
    """全县32万人民, 逾10萬市民, 约1.2万居民: a number with 万/亿 right before a word for a people counts them (unit 人);
    the word is the subject, and 32万人民币 is money."""
    if m.group("num2") or not (_HAS_BIG.search(m.group("num1")) or m.group("moresc1")):
        return None
    at = max(m.end(g) for g in ("num1", "more1", "moresc1") if m.group(g))  # 10萬|市民: the grammar may take 市 as a noun
    return _Reading("count", "人", end=at) if _PEOPLE_AFTER_SCALE.match(folded, at) else None


def _carried_reading(m, carried: Optional[tuple[str, str]]) -> Optional[_Reading]:
    """A unitless 万/亿 change of the amount before it keeps that amount's currency (歲出318億，較去年增加12億), and a
    unitless part of a count or quantity keeps its unit (旅客2,700萬人次，其中內地旅客佔2,100萬)."""
    if carried is None or m.group("num2") or not (_HAS_BIG.search(m.group("num1")) or m.group("moresc1")):
        return None
    return _Reading(*carried)


def _carried_unit(m, folded: str, figures: list[FigureMatch]) -> Optional[tuple[str, str]]:
    """The kind and unit of the figure just before: a money amount's, when only a comparison and a verb of change stand
    between; a count's or quantity's, when the words between name a part of it after 其中 (其中內地旅客佔)."""
    if not figures or m.start() - figures[-1].end > 30:
        return None
    last = figures[-1]
    if last.kind == "money":
        from_to = (_FROM_BEFORE.search(folded, max(0, last.start - 12), last.start) is not None
                   and _TO_AFTER_FROM.fullmatch(folded, last.end, m.start()) is not None)
        return ("money", last.unit) if from_to or _AMOUNT_CHANGE.fullmatch(folded, last.end, m.start()) else None
    return (last.kind, last.unit) if last.kind in ("count", "quantity") and _PART_OF.fullmatch(folded, last.end, m.start()) else None


_OPEN_NOUN_NUMBER = regex_cache.compile(r"\d+|\d+(?:\.\d+)?[万萬亿億]|\d+[亿億](?:\d{1,4}[万萬])?\d{0,4}|\d+[万萬]\d{1,4}")


_YEAR_OPENING_NAME = regex_cache.compile(r"(?:19|20)\d\d")


def _open_noun_reading(m, sides: list[_Side]) -> Optional[_Reading]:
    """94金, 67銀, 558萬票, 12萬3,456票: an Arabic number (with 萬/億, or Arabic groups between them) and a noun
    outside the lexicon, to be confirmed by the tagger. A year (1900-2099) with no qualifier before it, whose
    character goes on into a longer word (2025維園中秋綵燈會, 2024海港美食节), opens a name: no count."""
    noun = m.group("noun1")
    number = sides[0].number.replace(",", "")
    if not noun or m.group("num2") or not _OPEN_NOUN_NUMBER.fullmatch(number) or m.group("more1") in ROUGHLY_MARKERS:
        return None
    if _YEAR_OPENING_NAME.fullmatch(number) and not m.group("pre") and regex.match(r"\p{Han}", m.string[m.end("noun1"):]):
        return None  # 「2025維園中秋綵燈會」: a year written onto a name that goes on, not a count of its first character
    return _Reading("count", noun, counted=noun, open_noun=True)


def _without_open_noun(m, reading: Optional[_Reading]) -> Optional[_Reading]:
    """A reading that does not use the character after the number ends before it."""
    n = 2 if m.group("noun2") else 1
    if reading is None or reading.open_noun or not m.group(f"noun{n}"):
        return reading
    at = m.start(f"noun{n}")
    while at > 0 and m.string[at - 1] in " \u3000\t":
        at -= 1
    return replace(reading, end=min(reading.end, at) if reading.end is not None else at)


_RACE_EVENTS_AFTER = regex_cache.compile(
    rf"(?:{_class(LIST_JOINERS)}\d+(?:{_alt(SPORT_DISTANCE_UNITS)}))*"
    rf"(?:[两兩二三四五六七八九\d]{{1,2}}[个個项項])?(?:{_alt(SPORT_EVENT_NOUNS)})"
)
"""After a distance: other distances listed, their count, then a word naming races (100米和200米两个项目)."""


def _not_a_figure(m, folded: str, first: _Side, reading: _Reading) -> bool:
    """Ordinals, names and prose that look like figures: 一個, 国安二队, 一届二次会议, 2019届, 千家, 男子400米."""
    number_start = m.start("num1")
    before = folded[number_start - 1:number_start]
    if reading.kind in ("quantity", "money") and not m.group("post") and folded.startswith(CLASS_SUFFIXES, m.end("fig")):
        return True  # 10万吨级码头, 百亿元级产业集群: a class named by its size
    if reading.kind == "quantity" and (_before(folded, m.start("fig")).endswith(SPORT_EVENT_BEFORE)
                                       or folded.startswith(SPORT_EVENT_AFTER, m.end("fig"))):
        return True
    if reading.kind == "quantity" and reading.unit in SPORT_DISTANCE_UNITS and not m.group("pre") \
            and _RACE_EVENTS_AFTER.match(folded, m.end("fig")):
        return True  # 在100米和200米两个项目上: distances named as races
    if reading.kind == "quantity" and reading.unit in SPORT_DISTANCE_UNITS and not m.group("pre") \
            and _before(folded, m.start("fig")).endswith(ROAD_DIRECTIONS) and folded.startswith(("处", "處"), m.end("fig")):
        return True  # 国道3号北上95.2公里处: a kilometre marker, a place on the road
    if reading.kind == "count" and reading.unit in SELF_COUNTED_MEASURES and not m.group("pre") \
            and folded.startswith(LANE_CLASS_NOUNS, m.end("fig")):
        return True  # 双向六车道一级公路标准, 四车道高速公路: the kind of road the lanes make, no count
    if _SCORE_BEFORE.search(folded, max(0, number_start - 8), number_start):
        return True  # 以88:79[力]退對手, 战成2比2: the second side of a score or ratio counts nothing
    if not m.group("num2") and all(c in ZERO_WORDS for c in first.number):
        return True  # 零件, 零組件: a written zero alone before a measure word is a word, no count of nothing
    if m.group("num1")[0].isascii() and before.isascii() and before.isalpha() and not m.group("cur1"):
        return True
    # 数 and 几 make a number vague only right before it (数十亿), not before a qualifier (人数逾万)
    if (_ordinal_or_vague(folded, m.start("fig"), first.chinese and not m.group("pre"))
            or _ordinal_or_vague(folded, number_start, first.chinese)):
        return True
    if len(first.number) == 1 and first.number in FINANCIAL_NUMERALS:
        return True
    if first.number in WEEKDAY_NUMERALS and len(first.number) == 1 and _before(folded, number_start).endswith(WEEKDAY_BEFORE):
        return True  # 上週三起, 星期五: a day of the week
    if _CODE_DIGITS.match(first.number):
        return True  # 粤03刑初123号, 007: an amount is never written with a leading zero; a code is
    if m.group("num2"):
        return False
    if reading.unit in BASIS_POINTS and first.number in ("一", "壹", "弌"):
        return True  # 定下一个基点: a basis, not a basis point
    if reading.kind == "count":
        if first.number in ("一", "壹", "弌"):
            return not _in_list_of_counts(folded, m.start("fig"), m.end("fig"))
        if first.number in ORDINAL_TWO and reading.unit not in ORDINAL_TWO_UNITS_EXCEPT:
            return True
        if _before(folded, m.start("fig")).endswith(ORDINAL_AFTER.get(reading.unit, ())):
            return True
        if reading.unit in TERM_MEASURES and _term_of_a_body(folded, m):
            return True
        if reading.unit in ("届", "屆", "级", "級") and regex.fullmatch(r"(?:19|20)\d\d", first.number):
            return True
    if first.number[0] in BIG_UNITS or first.number[0] in "百佰千仟":
        pre = m.group("pre")
        described = pre is not None and PREFIX_QUALIFIERS[pre][0] != "eq" and folded[m.end("fig"):m.end("fig") + 1] in "的之"
        if (_before(folded, number_start)[-1:] in tuple(BARE_SCALE_BLOCKERS) or folded.startswith(("级", "級"), m.end("fig"))
                or (_CLASS_COUNTED.match(folded, m.end("fig")) and not described)):
            return True  # 上千, 数百; 千吨级 and 过亿元项目14个 name a class; 营收超百亿元的企业9家 states each one's revenue
        bounded = (pre is not None and PREFIX_QUALIFIERS[pre][0] != "eq") or bool(m.group("more1"))
        if first.number[0] in BIG_UNITS:
            return not bounded
        countable = reading.kind == "count" and len(first.number) == 1 and reading.unit in BARE_SCALE_MEASURES
        return not (countable or bounded or reading.kind in ("money", "quantity") or m.group("pct1"))  # 百分之百
    return False


def _term_of_a_body(folded: str, m) -> bool:
    """A term number in the session shorthand, an ordinal written without 第: right after the body whose term it is
    (市政协九届委员, 全国政协十四届), or before a sitting (九届二次会议, 十四届全国人大三次会议, 二十届三中全会).
    After a verb it counts editions held (已举办12届, 连任三届)."""
    return (_before(folded, m.start("fig")).endswith(TERM_BODY_ENDINGS)
            or _SITTING_AFTER.match(folded, m.end("fig")) is not None)


def _clause_bound(folded: str, start: int, qualifier: str) -> str:
    """A bound that opens a modal clause ending in the figure qualifies it (最高可被罰款3萬元, 每人最多可領取價值200元),
    unless the clause gives the cap's old value (最高补贴从3000新元提高到5000新元)."""
    if qualifier != "eq":
        return qualifier
    if (bound := _CLAUSE_BOUND.search(folded, max(0, start - 16), start)) and not _CHANGE_FROM.search(bound[0]):
        return CLAUSE_BOUNDS[bound["bound"]]
    if (bound := _CAPPED_AMOUNT.search(folded, max(0, start - 24), start)) and not _CHANGE_FROM.search(bound[0]):
        return CLAUSE_BOUNDS[bound["bound"]]
    adverb = _CLAUSE_ADVERB.search(folded, max(0, start - 12), start)
    return CLAUSE_ADVERBS[adverb["bound"]] if adverb else qualifier


def per_unit_before(text: str, start: int) -> Optional[int]:
    """Where the 每 of a rate's unit written right before a figure starts (电价为[每千瓦时]0.56元, 约为[每亩]15万元), else None."""
    lo = max(0, start - 12)
    at = max(0, lo - 8)  # folded from a little before the window: the lookbehinds of the qualifiers see what they saw
    m = _PER_UNIT_BEFORE.search(text[at:start].translate(_FOLD), lo - at)
    return at + m.start() + (len(m["pre"]) if m["pre"] else 0) if m else None


def _share_suffix(folded: str, end: int) -> Optional[str]:
    """二分之一强, 三成弱: 强/弱 right after a share bound it, unless a word goes on (三成强调, 四成弱势)."""
    word = SHARE_SUFFIX_QUALIFIERS.get(folded[end : end + 1])
    follower = folded[end + 1 : end + 2]
    return word if word and not (regex.match(r"\p{Han}", follower) and follower not in "的之") else None


def _in_list_of_counts(folded: str, start: int, end: int) -> bool:
    """一个 is a count beside other counts of a list (建成3个园区、一个中心), the rhetorical 一個 of prose elsewhere."""
    return bool(_COUNT_LISTED_BEFORE.search(folded, max(0, start - 24), start) or _COUNT_LISTED_AFTER.match(folded, end, end + 30))


def _share_qualifier(folded: str, start: int, qualifier: str) -> str:
    """A share stated with 约占 earlier in its clause is approximate (约占全市用电量的31.7%); one of a whole that something
    does not reach or exceeds is bounded (成本不到矽晶的三分之一, 超过全市人口的一半)."""
    if qualifier != "eq":
        return qualifier
    clause = _CLAUSE_BREAK.split(folded[max(0, start - 40):start])[-1]
    if _CLAUSE_APPROX.search(clause):
        return "approx"
    if (bound := _SHARE_BOUND.search(clause)) and not _TIME_WHOLE.search(bound["whole"]):
        return PREFIX_QUALIFIERS[bound["bound"]][0]
    return qualifier


def _amounts(m, sides: list[_Side], reading: _Reading) -> Optional[tuple[Decimal, Optional[Decimal]]]:
    """Value and upper, with 角/分 added and a range's shared scale lent to its lower end."""
    values = []
    for n, side in enumerate(sides, start=1):
        value = side.value
        if reading.kind == "money" and m.group(f"sub{n}"):
            value += _subunits(m.group(f"sub{n}"))
        if tenth := m.group(f"tenth{n}"):  # 九成一, 一成半; 9成5, and the batting average 5成33 (= 53.3 %)
            value += Decimal(CHENG_TENTHS[tenth]) / 10 if tenth in CHENG_TENTHS else Decimal("0." + tenth)
        values.append((value, side.upper))
    if len(sides) == 1:
        value, upper = values[0]
    else:
        value = values[0][0] if m.group("unit1") else _borrow_scale(sides[0], sides[1], values[1][0])
        upper = values[1][1] or values[1][0]
        if value > upper:
            return None
    return value * reading.scale, (upper * reading.scale if upper is not None else None)


def _unit_kind(word: str) -> str:
    """What a unit word measures: the two ends of a range must agree on it. Percentage points are a change of a
    rate, not a rate (上修0.35個百分點至3.8% is a change and the level it reaches)."""
    if word in CURRENCIES or word in YUAN_WORDS:
        return "money"
    if word in PERCENTAGE_POINT:
        return "points"
    if word in INDEX_POINT_UNITS:
        return "quantity"
    if word in PERCENT_UNITS:
        return "percent"
    return "quantity" if word in QUANTITY_UNITS else "count"


def _figure(m, text: str, folded: str, currency: str, carried: Optional[tuple[str, str]] = None) -> Optional[tuple[FigureMatch, bool]]:
    """The figure a grammar match denotes, with whether its currency came from the locale; None if none."""
    sides = [_side_value(m, n) for n in (1, 2) if m.group(f"num{n}")]
    if any(side is None for side in sides):
        return None
    reading = _without_open_noun(m, _reading(m, folded, sides, currency, carried))
    if reading is None or _not_a_figure(m, folded, sides[0], reading):
        return None
    if m.group("unit1") and m.group("unit2") and _unit_kind(m.group("unit1")) != _unit_kind(m.group("unit2")):
        return None
    if (m.group("unit1") and m.group("unit2") and _unit_kind(m.group("unit1")) in ("money", "count", "quantity")
            and m.group("sep") in _LEVEL_SEPARATORS and _before(folded, m.start("fig")).endswith(_CHANGE_ENDINGS)):
        return None  # 每公升調漲0.2元至31.5元, 失業人數增加約3,200人至12.1萬人: a change and the level it reaches, each with
        # its unit, are no range
    if (m.group("unit1") and m.group("unit2") and _unit_kind(m.group("unit1")) == "percent" and m.group("sep") in _LEVEL_SEPARATORS
            and _before(folded, m.start("fig")).endswith(_ADJUSTMENTS)):
        return None  # 最优惠利率下调0.125厘至5.25厘: a rate adjusted by a step to a level, each with its unit, is no range
    amounts = _amounts(m, sides, reading)
    if amounts is None:
        return None
    value, upper = amounts
    ranged = len(sides) > 1
    start, end = m.start("fig"), reading.end or m.end("fig")
    if (m.group("from") and not ranged) or (m.group("cur1") and reading.kind != "money"):
        start = m.start("pct1") if m.group("pct1") else m.start("num1")
    elif m.group("cur0") and reading.kind != "money":
        start = m.start("pre")
    marker = m.group("more1") or m.group("more2") or m.group("cmore1") or m.group("cmore2")  # 三成多
    roughly = marker in ROUGHLY_MARKERS  # 二十来人 is about twenty
    more = bool(marker) and not ranged and not roughly
    post = m.group("post") if end == m.end("fig") else None
    pre = m.group("pre")
    if pre in SCALE_PREFIXES and not (_HAS_BIG.search(sides[0].number) or sides[0].number[0] in SMALL_UNITS):
        pre, start = None, max(start, m.end("pre"))  # 破億 and 过万 are bounds; 破3项纪录 counts records
        while folded[start].isspace():
            start += 1
    if pre in _COMPARED_WITH and _REFERENCE_AFTER.match(folded, end):
        pre, start = None, max(start, m.end("pre"))  # 均低於|2%的通膨目標: the figure is the target's own value, compared with
        while folded[start].isspace():
            start += 1
    if ranged and pre and PREFIX_QUALIFIERS[pre][0] in _BOUNDS:
        pre = None  # 限20至30人: a range states both its ends, the word before it bounds nothing more
    qualifier = _qualifier(pre, more, post, sides[0].upper is not None or roughly)
    if reading.kind == "quantity" and end == m.end("fig") and (per := _PER_UNIT.match(folded, end)):
        end, reading = per.end(), replace(reading, unit=reading.unit + text[per.start():per.end()])
    if reading.kind == "percent":
        qualifier = _share_qualifier(folded, start, qualifier)
        if qualifier == "eq" and end == m.end("fig") and not post and (bound := _share_suffix(folded, end)):
            qualifier, end = bound, end + 1
    qualifier = _clause_bound(folded, start, qualifier)
    if qualifier == "eq" and _HEDGED_CHANGE.search(folded, max(0, start - 8), start):
        qualifier = "approx"
    if qualifier == "eq" and not pre and (per := _PER_UNIT_BEFORE.search(folded, max(0, start - 12), start)) and per["pre"]:
        qualifier = PREFIX_QUALIFIERS[per["pre"]][0]  # 约为每亩15万元: the bound before the rate's 每亩
    if reading.kind == "quantity" and not ranged and start == m.start("num1") and _signed(folded, start):
        start, value = start - 1, -value  # 降至-8℃: a level below zero; a change or an amount keeps its magnitude
    elif reading.kind == "quantity" and not ranged and start == m.start("num1") and folded.endswith(BELOW_ZERO, 0, start):
        start, value = start - len(next(w for w in BELOW_ZERO if folded.endswith(w, 0, start))), -value  # 零下35℃
    while end > start and folded[end - 1].isspace():
        end -= 1
    figure = FigureMatch(
        start=start, end=end, text=text[start:end], kind=reading.kind, value=_normal(value),
        upper=_normal(upper) if upper is not None else None, unit=reading.unit, qualifier=qualifier,
        counted=reading.counted, open_noun=reading.open_noun,
    )
    return figure, reading.from_locale


_NOT_BEFORE_SIGN = frozenset(
    {*DIGITS, *TENS, *SMALL_UNITS, *BIG_UNITS, *MORE_MARKERS, *(w[-1] for w in _UNITS), *(w[-1] for w in SUFFIX_QUALIFIERS)}
)


def _signed(folded: str, start: int) -> bool:
    """A minus sign before an Arabic number (气温降至-8℃, 水位：-1.5米): a '-' after a word, a colon or an opening
    bracket. After a digit, a letter or the end of another amount it joins (3-5万, 0755-1234, COVID-19, 3万-5万)."""
    if start < 1 or folded[start - 1] not in "-−" or not folded[start].isdigit():
        return False
    before = folded[start - 2] if start >= 2 else " "
    if before in _NOT_BEFORE_SIGN:
        return False
    return before.isspace() or before in "：:（(，,、=" or regex.match(r"\p{Han}", before) is not None


_SHARE_BEFORE = regex_cache.compile(r"[占佔][^\S\n]?$|[占佔][^，,。；;！？!?\n\d/]{1,16}的[^\S\n]?$")
"""A share's verb right before a slash fraction, or before the whole it is taken of (占全市总量的1/4)."""
_CENTS_PLACES = Decimal("0.01")


def _fraction(m, text: str, folded: str) -> Optional[FigureMatch]:
    """五分之一 (and 1/5 after 占 or a qualifier) is the percent 20; a fraction that does not end is given to the cent."""
    if m.group("anum"):
        if not (m.group("fpre") or _SHARE_BEFORE.search(folded, max(0, m.start() - 20), m.start())):
            return None
        numerator, denominator = Decimal(m.group("anum")), Decimal(m.group("aden"))
    else:
        numerator, denominator = parse_number(m.group("fnum")), parse_number(m.group("fden"))
    if numerator is None or denominator is None or not 0 < numerator <= denominator:
        return None
    value = numerator * 100 / denominator
    if value != value.quantize(Decimal("0.0001")):
        value = value.quantize(_CENTS_PLACES)
    start, end = m.start("frac"), m.end("frac")
    qualifier = _share_qualifier(folded, start, _qualifier(m.group("fpre"), False, m.group("fpost"), False))
    if qualifier == "eq" and not m.group("fpost") and (bound := _share_suffix(folded, end)):
        qualifier, end = bound, end + 1
    return FigureMatch(start=start, end=end, text=text[start:end], kind="percent", value=_normal(value), upper=None,
                       unit="%", qualifier=qualifier)


def find_figures(text: str, *, currency: str = "CNY", open_nouns: bool = False) -> list[FigureMatch]:
    """Every figure mention in article order; `currency` is the locale's currency for a bare 元. With `open_nouns`,
    also the counts whose noun is outside the lexicon (94金), marked `open_noun` for a tagger to confirm.

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
    places: set[tuple[Decimal, str]] = set()
    reckoned: Optional[tuple[str, int]] = None  # (currency, end of its sentence) of a 以人民币计
    pos = 0
    while (m := _GRAMMAR.search(folded, pos)) is not None:
        if m.group("reckon"):
            end = _SENTENCE_END.search(folded, m.end())
            reckoned = (CURRENCIES[m.group("reckoncur")], end.start() if end else len(folded))
            pos = m.end()
            continue
        if m.group("samealone"):
            if (figures and figures[-1].kind == "money" and not locale_currency[-1]
                    and not folded[figures[-1].end:m.start()].strip()):
                currency = figures[-1].unit
            pos = m.end()
            continue
        if m.group("decl"):
            declared = CURRENCIES[m.group("declcur")]
            if figures and locale_currency[-1] and not folded[figures[-1].end:m.start()].strip():
                figures[-1] = replace(figures[-1], unit=declared)
                locale_currency[-1] = False
            if m.group("same"):
                currency = declared
            pos = m.end()
            continue
        if m.group("skip"):
            pos = m.start() + 1 if _quote_holds_figure(folded, m) else m.end()
            continue
        if m.group("frac"):
            with localcontext(_exact(m.end() - m.start())):
                fraction = _fraction(m, text, folded)
            if fraction is not None:
                figures.append(fraction)
                locale_currency.append(False)
            pos = m.end()
            continue
        with localcontext(_exact(m.end() - m.start())):
            found = _figure(m, text, folded, currency, _carried_unit(m, folded, figures))
        if found is None and m.group("num2"):
            m = _ONE_END.match(folded, m.start("fig"))
            if m is None:
                pos += 1
                continue
            with localcontext(_exact(m.end() - m.start())):
                found = _figure(m, text, folded, currency)
        if found is not None and found[0].open_noun and not open_nouns:
            found = None
        if found is not None and found[0].counted in COUNTED_NOUNS:
            # a group of places counted before, named again or after 的 (联合举办的4县市), is no new count
            group = (found[0].value, found[0].counted)
            named = group in places or folded[max(0, found[0].start - 1) : found[0].start] == "的"
            places.add(group)
            found = None if named else found
        if found is None:
            pos = max(m.end(), pos + 1)
            continue
        if found[1] and reckoned is not None and found[0].start < reckoned[1]:
            found = (replace(found[0], unit=reckoned[0]), False)
        if found[1] and found[0].text.endswith(tuple(CENT_WORDS)):
            named = next((f.unit for f, local in zip(reversed(figures), reversed(locale_currency))
                          if f.kind == "money" and not local), None)
            if named in CENT_CURRENCIES:  # 215亿令吉 … 每股12仙: the cent of the dollar the article names
                found = (replace(found[0], unit=named), False)
        figures.append(found[0])
        locale_currency.append(found[1])
        pos = max(m.end(), found[0].end)
    _cents_of_dollar_named_after(figures, locale_currency, folded)
    return _with_sports_results(_respective_bounds(_bounded_ranges(figures, text, locale_currency), folded), text, folded)


def _cents_of_dollar_named_after(figures: list[FigureMatch], locale_currency: list[bool], folded: str) -> None:
    """A cent with no dollar named before it takes the dollar named next in its sentence (股价涨3分或1.6%，以1.89新元
    收盘): a cent of the locale's money is only a guess, the dollar written beside it is the page's own word."""
    for i, figure in enumerate(figures):
        if not (locale_currency[i] and figure.kind == "money" and figure.text.endswith(tuple(CENT_WORDS))):
            continue
        later = next((f for f, local in zip(figures[i + 1:], locale_currency[i + 1:]) if f.kind == "money" and not local), None)
        if later is not None and later.unit in CENT_CURRENCIES and not _SENTENCE_END.search(folded, figure.end, later.start):
            figures[i] = replace(figure, unit=later.unit)
            locale_currency[i] = False


_RESPECTIVE_BEFORE = regex_cache.compile(r"(?:分别|分別|各自)(?:为|為|是|达|達)?[^\S\n]?$")
_LIST_JOINS = frozenset({"、", "和", "及", "与", "與", "以及"})


def _respective_bounds(figures: list[FigureMatch], folded: str) -> list[FigureMatch]:
    """A bound written once before figures listed after 分别 bounds each of them (净利润分别不低于3.1亿元、3.6亿元、
    4.2亿元): a figure of the same kind joined to a bounded one by 、 or 和 only takes up its qualifier.

    >>> [(f.text, f.qualifier) for f in find_figures("净利润分别不低于3.1亿元、3.6亿元、4.2亿元")]
    [('不低于3.1亿元', 'ge'), ('3.6亿元', 'ge'), ('4.2亿元', 'ge')]
    >>> [(f.text, f.qualifier) for f in find_figures("净利润不低于3.1亿元、营收3.6亿元")]
    [('不低于3.1亿元', 'ge'), ('3.6亿元', 'eq')]
    """
    out: list[FigureMatch] = []
    bound: Optional[str] = None
    for figure in figures:
        previous = out[-1] if out else None
        joined = previous is not None and folded[previous.end : figure.start].strip() in _LIST_JOINS
        if not joined:
            bound = None
        if joined and bound and figure.qualifier == "eq" and figure.kind == previous.kind:
            figure = replace(figure, qualifier=bound)
        elif figure.qualifier in ("ge", "le", "gt", "lt") and _RESPECTIVE_BEFORE.search(folded, max(0, figure.start - 6), figure.start):
            bound = figure.qualifier
        out.append(figure)
    return out


def _quote_holds_figure(folded: str, m) -> bool:
    """A quoted phrase that names nothing but states a figure (上调至“4%左右”, 目标定为「逾三成」, 维持在「2,160億澳門元」):
    a figure inside it has a qualifier, a percent sign, 成, percentage points or a currency with an Arabic number or
    a 万/亿 scale, or an Arabic number with its unit. Names count in Chinese numerals without those marks (“十四五”,
    “二十四节令鼓”, 「一國兩制」, “三个名城”), a quote that opens on a figure without a qualifier and goes on names a
    package or a scheme (“20条措施”, “两个100%”, 「5%回贈計劃」; 『逾九成市民』 is a figure), and a bare number (a hotline,
    “12345”) is none."""
    if not m.group("skip").startswith(_QUOTE_OPENERS):
        return False
    pos, end = m.start() + 1, m.end() - 1
    while (f := _GRAMMAR.search(folded, pos, end)) is not None:
        if not f.group("fig"):
            pos = max(f.end(), pos + 1)
            continue
        number, unit = f.group("num1") or "", f.group("unit1") or ""
        percent = f.group("pct1") or unit in ("%", "‰", "成") or unit in PERCENTAGE_POINT
        money = f.group("cur0") or f.group("cur1") or f.group("curpost1") or unit in CURRENCIES or unit in YUAN_WORDS
        if (f.start() == m.start() + 1 and f.end() < end and (unit in MEASURE_WORDS or percent or money)
                and not f.group("num2") and not (f.group("pre") or f.group("post"))):
            return False  # “20条措施”, 「5%回贈計劃」: a quote that opens on a plain figure and goes on is a name
        pos = max(f.end(), pos + 1)
        arabic = bool(_ARABIC.search(number))
        if f.group("pre") or f.group("post") or percent:
            return True
        if money and (arabic or _HAS_BIG.search(number)):
            return True
        if arabic and (unit or f.group("noun1")):
            return True
    return False


def _bounded_ranges(figures: list[FigureMatch], text: str, locale_currency: Optional[list[bool]] = None) -> list[FigureMatch]:
    """A lower bound right before an upper bound of the same kind and unit is one range, as laws write a span of
    fines or terms (处五千元以上五万元以下罚款). A currency written before the lower bound is the upper bound's too, whose
    bare 元 would otherwise follow the page's locale (港幣1萬元以上5萬元以下).

    >>> [(f.text, f.value, f.upper, f.qualifier) for f in find_figures("处5000元以上5万元以下罚款")]
    [('5000元以上5万元以下', Decimal('5000'), Decimal('50000'), 'eq')]
    >>> [(f.text, f.qualifier) for f in find_figures("5万元以上的项目有8个，1万元以下的有3个")]
    [('5万元以上', 'ge'), ('8个', 'eq'), ('1万元以下', 'le'), ('3个', 'eq')]
    """
    out: list[FigureMatch] = []
    local = locale_currency or [False] * len(figures)
    out_local: list[bool] = []
    for figure, figure_local in zip(figures, local):
        lower = out[-1] if out else None
        same_unit = lower is not None and (lower.kind == figure.kind and (
            lower.unit == figure.unit or lower.kind == "money" and figure_local and not out_local[-1]))
        if (lower is not None and lower.qualifier == "ge" and lower.text.endswith(RANGE_LOWER_BOUNDS)
                and figure.qualifier == "le" and figure.text.endswith(RANGE_UPPER_BOUNDS)
                and same_unit and lower.upper is None
                and figure.upper is None and not text[lower.end : figure.start].strip() and figure.value > lower.value):
            out[-1] = replace(lower, end=figure.end, text=text[lower.start : figure.end], upper=figure.value, qualifier="eq")
        else:
            out.append(figure)
            out_local.append(figure_local)
    return out


_RESULT_NUMBER = r"(?:\d{1,3}|[一二两兩三四五六七八九十]{1,3})"
_RESULT_RUN = regex_cache.compile(
    rf"(?<![\d.第比:\-一二两兩三四五六七八九十])(?:{_RESULT_NUMBER}[{''.join(SPORTS_RESULTS)}])+")
_RESULT_PART = regex_cache.compile(rf"(?P<n>{_RESULT_NUMBER})(?P<u>[{''.join(SPORTS_RESULTS)}])")
_GOALS = regex_cache.compile(
    rf"(?P<verb>[{''.join(GOAL_VERBS)}])了?(?P<n>(?<![\d.]){_RESULT_NUMBER})球(?![\d场队员迷赛衣鞋拍类门])")
_POINTS = regex_cache.compile(
    rf"(?:(?<![面体容堆沉])累?(?P<table>积)(?:获得|取得|拿到|拿下|得)?|(?P<verb>{alternation(POINT_VERBS)})了?"
    rf"(?:(?:{alternation(POINT_MODIFIERS)}){{1,3}}(?:{alternation(POINT_HIGHS)})的)?|(?P<by>以))"
    rf"(?P<n>(?<![\d.]){_RESULT_NUMBER})分(?![\d钟之贝率数制])")
_SENTENCE_EDGE = regex_cache.compile(r"[。！？!?\n]")


def _sports_sentence(folded: str, start: int, end: int) -> str:
    """The sentence around a figure, for the words of a game."""
    before = max((m.end() for m in _SENTENCE_EDGE.finditer(folded, max(0, start - 200), start)), default=max(0, start - 200))
    after = _SENTENCE_EDGE.search(folded, end)
    return folded[before : after.start() if after else min(len(folded), end + 200)]


def _sports_results(text: str, folded: str) -> list[FigureMatch]:
    """Sports results written as counts, whose measure word is itself what is counted: games played, won, drawn and lost in
    a run (9战7胜2和1负; 7战全胜), goals after a verb of scoring or conceding (攻入两球, 失2球) and points in a game or a
    table (积18分, 以22分排第二, 拿下30分, 仅失1分) where the sentence is about a game. Never minutes (3分钟), a format
    (七战四胜制), a score (2比1) or a grade out of marks (考试得95分)."""
    found: list[FigureMatch] = []

    def add(start: int, end: int, unit_at: int, names: tuple[str, str]) -> None:
        number = folded[start:unit_at]
        value = parse_number(number)
        if value is None:
            return
        found.append(FigureMatch(start, end, text[start:end], "count", value, None, text[unit_at:end], "eq",
                                 counted=text[unit_at:end], names=names))

    for run in _RESULT_RUN.finditer(folded):
        parts = list(_RESULT_PART.finditer(folded, run.start(), run.end()))
        units = [p.group("u") for p in parts]
        if "战" in units[1:] or folded.startswith(RESULT_FORMAT_AFTER, run.end()):
            continue
        if len(parts) == 1 and not (units[0] == "战" and folded.startswith(SWEEP_AFTER, run.end())):
            continue
        for p in parts:
            add(p.start(), p.end(), p.start("u"), SPORTS_RESULTS[p.group("u")])
    for goal in _GOALS.finditer(folded):
        add(goal.start("n"), goal.end(), goal.end() - 1, GOAL_VERBS[goal.group("verb")])
    for point in _POINTS.finditer(folded):
        if point.group("by") and not folded.startswith(POINT_STANDING_AFTER, point.end()):
            continue
        sentence = _sports_sentence(folded, point.start(), point.end())
        if not any(word in sentence for word in SPORTS_FRAME_WORDS):
            continue
        names = POINT_VERBS[point.group("verb")] if point.group("verb") else POINT_VERBS["积"]
        add(point.start("n"), point.end(), point.end() - 1, names)
    return found


def _with_sports_results(figures: list[FigureMatch], text: str, folded: str) -> list[FigureMatch]:
    """The figures with the sports results in place of any reading of the same characters (7战 as an open noun)."""
    results = _sports_results(text, folded)
    if not results:
        return figures
    kept = [f for f in figures if not any(f.start < r.end and r.start < f.end for r in results)]
    return sorted(kept + results, key=lambda f: f.start)
