"""Building blocks of the stages' regular expressions, written once."""
from __future__ import annotations

from typing import Iterable

import regex

from extractor import regex_cache

HAN = regex_cache.compile(r"\p{Han}")
"""One Chinese character (a Han ideograph of any block)."""


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first, so that a longer word wins over its own prefix; words of
    one length in a fixed order, so that the pattern is the same in every process (and its parse can be cached).

    >>> alternation({"市", "市长", "a.b", "县长"})
    'a\\\\.b|县长|市长|市'
    """
    return "|".join(sorted(map(regex.escape, words), key=lambda word: (-len(word), word)))


def in_order(words: Iterable[str]) -> str:
    """The words as one regex alternation in the order given, where the first word that fits must win.

    >>> in_order(["市", "市长"])
    '市|市长'
    """
    return "|".join(map(regex.escape, words))
