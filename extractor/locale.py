"""Locale detection: which press region an article comes from, which decides what a bare 元 means.

Each region is recognised by signs of its press counted in the Simplified analysis copy. A region needs strong
evidence: one of its strong signs (its currency, institutions, press), or its places named again and again, because
a mainland report names partner countries, subsidiaries' cities and visitors' home regions in passing. Singapore and
Malaysia need a second sign beside the strong one, being met as partners far more often than as the press's home.
A news lead from a region's own city ((吉隆坡13日讯)) settles it before any count: only that region's press writes one.
"""
from __future__ import annotations

import regex

from extractor.lexicon.locales import LOCALE_LEADS, LOCALE_PLACES, LOCALE_SIGNS

_SIGNS = {name: regex.compile("|".join(signs)) for name, signs in LOCALE_SIGNS.items()}
_PLACES = {name: regex.compile("|".join(places)) for name, places in LOCALE_PLACES.items()}
_MAINLAND = _SIGNS.pop("mainland")
_LEADS = regex.compile("|".join(f"(?P<{name}>{lead})" for name, lead in LOCALE_LEADS.items()))
_MIN_SIGNS = {"singapore": 2, "malaysia": 2}
_MIN_PLACES = 3


def detect_locale(text: str) -> str:
    """'taiwan', 'hongkong', 'macau', 'singapore', 'malaysia' or 'mainland', from the vocabulary the (Simplified) text
    uses most.

    >>> detect_locale("县长出席台中市府记者会"), detect_locale("香港特区政府港元"), detect_locale("市委书记出席")
    ('taiwan', 'hongkong', 'mainland')
    >>> detect_locale("狮城组屋价格上涨"), detect_locale("州务大臣宣布拨款五百万令吉"), detect_locale("与马来西亚企业签约")
    ('singapore', 'malaysia', 'mainland')
    >>> detect_locale("公司营收10亿元，其马来西亚子公司在槟城建厂"), detect_locale("香港代表团参观，签约5亿元")
    ('mainland', 'mainland')
    >>> detect_locale("（美里13日讯）美里市议会通过预算案，市议员建议拨款1500万元。")
    'malaysia'
    """
    lead = _LEADS.search(text)
    if lead:
        return lead.lastgroup
    mainland = len(_MAINLAND.findall(text))
    best, best_score = "mainland", mainland
    for name, pattern in _SIGNS.items():
        strong, places = len(pattern.findall(text)), len(_PLACES[name].findall(text))
        evident = (strong and strong + places >= _MIN_SIGNS.get(name, 1)) or places >= _MIN_PLACES
        if evident and strong + places > best_score:
            best, best_score = name, strong + places
    return best
