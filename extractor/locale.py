"""Locale detection: which press region an article comes from, which decides what a bare 元 means.

Each region is recognised by general signs of its press (its currency, its places, its institutions), counted in
the Simplified analysis copy. Singapore and Malaysia need two signs, because mainland reports name those countries
as partners (与马来西亚企业签约) far more often than the Chinese press there is met.
"""
from __future__ import annotations

import regex

from extractor.lexicon.locales import LOCALE_SIGNS

_SIGNS = {name: regex.compile("|".join(signs)) for name, signs in LOCALE_SIGNS.items()}
_MAINLAND = _SIGNS.pop("mainland")
_MIN_SIGNS = {"singapore": 2, "malaysia": 2}


def detect_locale(text: str) -> str:
    """'taiwan', 'hongkong', 'macau', 'singapore', 'malaysia' or 'mainland', from the vocabulary the (Simplified) text
    uses most.

    >>> detect_locale("县长出席台中市政府记者会"), detect_locale("香港特区政府港元"), detect_locale("市委书记出席")
    ('taiwan', 'hongkong', 'mainland')
    >>> detect_locale("狮城组屋价格上涨"), detect_locale("州务大臣宣布拨款五百万令吉"), detect_locale("与马来西亚企业签约")
    ('singapore', 'malaysia', 'mainland')
    """
    scores = {name: len(pattern.findall(text)) for name, pattern in _SIGNS.items()}
    mainland = len(_MAINLAND.findall(text))
    best = max(scores, key=scores.get)
    return best if scores[best] > mainland and scores[best] >= _MIN_SIGNS.get(best, 1) else "mainland"
