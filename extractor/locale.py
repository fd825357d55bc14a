"""Locale detection: which press region an article comes from, which decides what a bare 元 means.

Each region is recognised by signs of its press counted in the Simplified analysis copy. A region needs strong
evidence: one of its strong signs (its currency, institutions, press), or its places named again and again, because
a mainland report names partner countries, subsidiaries' cities and visitors' home regions in passing. Hong Kong's and
Macau's own names (香港, 澳门) weigh less still: a mainland page about a partner there names it three or four times, and a
stated 港元 is the currency of one figure (a listing, a bond), not the press's own (LOCALE_NAMES). Singapore and
Malaysia need a second sign beside the strong one, being met as partners far more often than as the press's home.
A news lead from a region's own city ((吉隆坡13日讯)) settles it before any count: only that region's press writes one.

The press's own masthead or source line (联合早报, 星洲日报, 明報, 聯合報; LOCALE_MASTHEADS) counts as two strong signs, read
in the source text as given since a cleaner blanks the nav line that carries it. A page in Simplified script is not
Taiwan's press by its places alone: Taiwan's press writes Traditional only (Hong Kong's and Macau's sites offer Simplified
editions), and the mainland press names Taiwan as a topic (台湾企业, 台湾展区), so Taiwan needs one of its strong signs
there; nor is a page under one region's masthead another region's press by that region's places alone.

A sign counts only where it stands as a word of its sentence. One whose characters the text holds across two words, as
jieba segments the clause around it, is no sign: 投入|超过 holds Taiwan's 入超, 三十岁|出头 its 岁出, 成立|委员会 its 立委,
全国|中小企业 its 国中, 日本|港口 Hong Kong's 本港, 创新|元素 Singapore's 新元. A sign is split that way when a word
boundary falls inside it and both its ends fall inside words running past it (or one falls inside a long dictionary
word, 全|澳大利亚); a sign that is one word, the head of a longer one (副议长), a run of whole words (岁入|岁出), or
has a lone character glued to a neighbour at one end (由省|商务厅, 被判|监, 台中市|府), stands.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from extractor import regex_cache
from extractor.lexicon.locales import LOCALE_LEADS, LOCALE_MASTHEADS, LOCALE_NAMES, LOCALE_PLACES, LOCALE_SIGNS
from extractor.normalise import to_simplified

_SIGNS = {name: regex_cache.compile("|".join(signs)) for name, signs in LOCALE_SIGNS.items()}
_PLACES = {name: regex_cache.compile("|".join(places)) for name, places in LOCALE_PLACES.items()}
_NAMES = {name: regex_cache.compile("|".join(names)) for name, names in LOCALE_NAMES.items()}
_MAINLAND = _SIGNS.pop("mainland")
_LEADS = regex_cache.compile("|".join(f"(?P<{name}>{lead})" for name, lead in LOCALE_LEADS.items()))
_BRACKETED_LEAD = regex_cache.compile(r"[（(【][^（()）【】\s]{2,16}[讯訊][）)】]")
"""A bracketed news lead in the source text, in either script: where the overseas press's lead is read when a cleaner blanked
it with the paper's name before it (【世界日報/紐約訊】)."""
_MASTHEADS = {name: regex_cache.compile("|".join(heads)) for name, heads in LOCALE_MASTHEADS.items()}
_MASTHEAD_WEIGHT = 2
_TRADITIONAL_ONLY = {"taiwan"}
_OVERSEAS = {"us", "canada", "australia", "newzealand"}
"""Regions whose places (纽约, 悉尼) are world cities every press names: they show the region only beside a strong sign."""
_MIN_SIGNS = {"singapore": 2, "malaysia": 2, **{name: 2 for name in _OVERSEAS}}
_MIN_PLACES = 3
_NAMES_PER_PLACE = 2
"""How many mentions of a territory's own name (香港, 澳门) show its press as much as one of its places: every press names
the territories as a topic, a partnership or delegation report three or four times."""
_CONTEXT = 8
"""How many characters on each side of a sign jieba segments to find the words it stands among."""
_LONG_WORD = 4
"""A dictionary word this long (澳大利亚, 中小企业) is a word whatever stands beside it: a sign ending inside it straddles."""
_BREAK = regex_cache.compile(r"[^\p{Han}A-Za-z0-9]")


def _straddles(text: str, start: int, end: int) -> bool:
    """Whether the sign at text[start:end] is held across two words of the clause around it: a word boundary falls inside
    it and both its ends, each between two Han characters, fall inside words, or one falls inside a long dictionary word.

    >>> _straddles("投入超过120亿元", 1, 3), _straddles("今年岁入岁出", 2, 4), _straddles("三十岁出头", 2, 4)
    (True, False, True)
    """
    lo = max(0, start - _CONTEXT)
    hi = min(len(text), end + _CONTEXT)
    before = [m.end() for m in _BREAK.finditer(text, lo, start)]
    after = _BREAK.search(text, end, hi)
    lo = before[-1] if before else lo
    hi = after.start() if after else hi
    from extractor.tokenizer import import_jieba  # the tokenizer's jieba, with the words it adds

    jieba = import_jieba()
    cuts, at, crossing = {lo}, lo, []
    for word in jieba.cut(text[lo:hi]):
        if at < start < at + len(word) or at < end < at + len(word):
            crossing.append(word)
        at += len(word)
        cuts.add(at)
    if not any(start < cut < end for cut in cuts):
        return False  # one word, or the head of a longer one
    starts_inside = start not in cuts and _han(text, start - 1) and _han(text, start)
    ends_inside = end not in cuts and _han(text, end - 1) and _han(text, end)
    # jieba glues a lone character to its neighbour (由省|商务厅, 被判|监, 对|台湾): one end inside a short word is no
    # straddle; both ends inside words, or one inside a long dictionary word (全|澳大利亚), is
    return (starts_inside and ends_inside) or (
        (starts_inside or ends_inside) and any(len(w) >= _LONG_WORD and w in jieba.dt.FREQ for w in crossing))


def _han(text: str, at: int) -> bool:
    return 0 <= at < len(text) and "\u4e00" <= text[at] <= "\u9fff"


def _count(pattern, text: str) -> int:
    """How many times `pattern` matches `text` as a word (`_straddles`)."""
    return sum(1 for m in pattern.finditer(text) if not _straddles(text, m.start(), m.end()))


_OVERSEAS_LEADS = regex_cache.compile("|".join(f"(?P<{name}>{LOCALE_LEADS[name]})" for name in sorted(_OVERSEAS)))


def _overseas_lead(source: str):
    """The overseas press's news lead in the source text as given (【世界日報/紐約訊】), which a cleaner blanks in the
    analysis copy with the paper's name it carries; None when there is none."""
    return next((found for m in _BRACKETED_LEAD.finditer(source) if (found := _OVERSEAS_LEADS.fullmatch(to_simplified(m.group())))),
                None)


@lru_cache(maxsize=8)  # the date, figure and organisation stages each ask of the same article
def detect_locale(text: str, source: Optional[str] = None, script: Optional[str] = None) -> str:
    """'taiwan', 'hongkong', 'macau', 'singapore', 'malaysia', 'mainland', or the overseas press's 'us', 'canada',
    'australia', 'newzealand', from the vocabulary the (Simplified) text uses most. `source` is the text as given (its mastheads are read there, else in `text`), `script` its script.

    >>> detect_locale("县长出席台中市府记者会"), detect_locale("香港特区政府港元"), detect_locale("市委书记出席")
    ('taiwan', 'hongkong', 'mainland')
    >>> detect_locale("狮城组屋价格上涨"), detect_locale("州务大臣宣布拨款五百万令吉"), detect_locale("与马来西亚企业签约")
    ('singapore', 'malaysia', 'mainland')
    >>> detect_locale("公司营收10亿元，其马来西亚子公司在槟城建厂"), detect_locale("香港代表团参观，签约5亿元")
    ('mainland', 'mainland')
    >>> detect_locale("（美里13日讯）美里市议会通过预算案，市议员建议拨款1500万元。")
    'malaysia'
    >>> detect_locale("        一家公司投资5000万元", source="星洲日报 首页 一家公司投资5000万元")
    'malaysia'
    >>> detect_locale("【世界日报/纽约讯】市议会拨款5000万元"), detect_locale("（温哥华讯）市府拨款300万元")
    ('us', 'canada')
    >>> detect_locale("县府拨款3000万元，县长曾赴纽约、洛杉矶、旧金山考察")
    'taiwan'
    >>> detect_locale("海峡两岸茶博会由省农业农村厅主办，台湾企业、台湾茶品展区、台湾地区客商参加", script="simplified")
    'mainland'
    """
    lead = _LEADS.search(text) or (_overseas_lead(source) if source is not None else None)
    if lead:
        return lead.lastgroup
    press = text if source is None else source
    mainland = _count(_MAINLAND, text)
    best, best_score = "mainland", mainland
    mastheads = {name: len(pattern.findall(press)) for name, pattern in _MASTHEADS.items()}
    for name, pattern in _SIGNS.items():
        strong = _count(pattern, text) + _MASTHEAD_WEIGHT * mastheads[name]
        places = _count(_PLACES[name], text)
        names = _count(_NAMES[name], text) if name in _NAMES else 0
        # places alone show no region on a page in Simplified script (for a press that writes Traditional only) or under
        # another region's masthead: that press names the region as a topic
        # a territory's name weighs as a place beside one of its places (香港仔街坊会在香港); alone, two count as one
        by_places = (places + (names if places else names / _NAMES_PER_PLACE) >= _MIN_PLACES and name not in _OVERSEAS and not (script == "simplified" and name in _TRADITIONAL_ONLY)
                     and not any(count for other, count in mastheads.items() if other != name))
        evident = (strong and strong + places >= _MIN_SIGNS.get(name, 1)) or by_places
        places += names
        if evident and strong + places > best_score:
            best, best_score = name, strong + places
    return best
