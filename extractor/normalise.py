"""Normalisation: a Simplified, punctuation-normalised analysis copy of the input, character for character.

Every edit here maps one input character to one output character, so the offset map between the
input and the analysis text is the identity: a span found in the analysis text is the same span
of the input, and `input[start:end]` gives the string as the article writes it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional


from extractor import regex_cache
from extractor.lexicon.locales import VARIANT_FOLD
from extractor.lexicon.numerals import FULLWIDTH_FOLD
from extractor.patterns import HAN

_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
                        "\u3000": " ", "\u00a0": " ", "\t": " ", "\r": " ",
                        "\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n",
                        "＂": '"', "〝": "“", "〞": "”", "〟": "”", "﹁": "「", "﹂": "」", "﹃": "『", "﹄": "』"})
"""CR of a CRLF pair becomes a space; every other line break (form feed, U+2028, ...) a newline. The other quotation
marks of scraped text fold to the ones the quote scanner pairs: the full-width straight mark ＂ to ", the prime marks
〝…〞 (〟) to “…”, the vertical corner marks ﹁…﹂ ﹃…﹄ to 「…」 『…』."""
_LONE_CR = regex_cache.compile(r"\r(?!\n)")
_SURROGATE = regex_cache.compile(r"\p{Cs}")
"""A lone surrogate cannot be encoded for OpenCC; it stands for no character, so U+FFFD replaces it."""
_FULLWIDTH = str.maketrans(FULLWIDTH_FOLD)
_VARIANTS = str.maketrans(VARIANT_FOLD)
_DIGIT_COMMA = regex_cache.compile(r"(?<=\d)，(?=\d{3})")


@lru_cache(maxsize=None)
def _converter(config: str):
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ImportError("Traditional/Simplified conversion needs OpenCC: pip install OpenCC") from exc
    return opencc.OpenCC(config)


def to_simplified(text: str, *, by_phrase: bool = True) -> str:
    """Simplified copy of the same length (OpenCC t2s; character by character where a phrase rule would change the length).

    `by_phrase=False` converts each character alone: for a text already in Simplified script, whose phrases t2s would
    misread as Traditional ones (沈思远, a name, is not 沉思 + 远), only the stray Traditional characters change.

    >>> to_simplified("蘇州市人民政府"), to_simplified("記者沈思遠", by_phrase=False)
    ('苏州市人民政府', '记者沈思远')
    """
    text = _SURROGATE.sub("\ufffd", text)
    if not by_phrase:
        return text.translate(_CHARACTERS)
    converted = _converter("t2s.json").convert(text)
    if len(converted) == len(text):
        return converted
    convert = _converter("t2s.json").convert
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


def to_traditional(text: str) -> str:
    """Traditional spelling of a word the text does not write (a province or country worked out for a Traditional article).

    >>> to_traditional("江苏"), to_traditional("中国")
    ('江蘇', '中國')
    """
    return _converter("s2t.json").convert(text)


class _CharacterTable(dict):
    """str.translate's table of t2s one character at a time, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        converted = _converter("t2s.json").convert(character)
        self[code] = value = converted if len(converted) == 1 else character
        return value


_CHARACTERS = _CharacterTable()


def detect_script(text: str) -> str:
    """'traditional', 'simplified', 'mixed' or 'unknown' from the characters that differ between the scripts.

    >>> detect_script("蘇州市人民政府舉辦大會"), detect_script("苏州市人民政府举办大会"), detect_script("hello")
    ('traditional', 'simplified', 'unknown')
    """
    if not HAN.search(text):
        return "unknown"
    text = _SURROGATE.sub("\ufffd", text)
    simplified = to_simplified(text)
    traditional = _converter("s2t.json").convert(text)
    trad_only = sum(1 for a, b in zip(text, simplified) if a != b)
    simp_only = sum(1 for a, b in zip(text, traditional) if a != b) if len(traditional) == len(text) else 0
    if trad_only == simp_only == 0:
        return "unknown" if len(HAN.findall(text)) < 4 else "simplified"
    minority = min(trad_only, simp_only) / (trad_only + simp_only)
    if minority > 0.2:
        return "mixed"
    return "traditional" if trad_only > simp_only else "simplified"


def analysis_text(text: str, *, script: Optional[str] = None) -> str:
    """Simplified, full-width CJK punctuation, ASCII digits and letters, plain spaces, `\\n` line breaks;
    same length as `text`. A text whose `script` is already simplified is converted a character at a time.

    >>> analysis_text("總投資達3,907億元(人民幣)")
    '总投资达3,907亿元（人民币）'
    >>> analysis_text("衞生署")
    '卫生署'
    >>> analysis_text("標題\\r正文\\r\\n")
    '标题\\n正文 \\n'
    """
    out = to_simplified(_LONE_CR.sub("\n", text.translate(_FULLWIDTH).translate(_VARIANTS)), by_phrase=script != "simplified").translate(_PUNCT)
    return _DIGIT_COMMA.sub(",", out)
