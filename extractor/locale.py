"""Locale detection: which press region an article comes from, which decides what a bare 元 means."""
from __future__ import annotations

import regex

_SIGNS = {
    "taiwan": regex.compile(r"新台币|台币|民国|立委|立法院|行政院|县长|县府|市府|中央社|台湾|台北|台中|高雄|桃园|苗栗|云林|彰化|南投|新北|\b1[01]\d年|今\(\d{1,2}\)日|今（\d{1,2}）日"),
    "hongkong": regex.compile(r"港元|港币|香港|特区政府|立法会|港府|特首|湾仔|九龙|新界"),
    "macau": regex.compile(r"澳门元|澳门币|澳门|葡币|特区政府|立法会|司长|氹仔"),
}
_MAINLAND = regex.compile(r"人民币|市委|省委|县委|书记|国务院|新华社|人民网|中新社|自治区|全国人大|全国政协")


def detect_locale(text: str) -> str:
    """'taiwan', 'hongkong', 'macau' or 'mainland', from the vocabulary the (Simplified) text uses most.

    >>> detect_locale("县长出席台中市政府记者会"), detect_locale("香港特区政府港元"), detect_locale("市委书记出席")
    ('taiwan', 'hongkong', 'mainland')
    """
    scores = {name: len(pattern.findall(text)) for name, pattern in _SIGNS.items()}
    mainland = len(_MAINLAND.findall(text))
    best = max(scores, key=scores.get)
    return best if scores[best] > mainland else "mainland"
