"""Building blocks of the stages' regular expressions, written once."""
from __future__ import annotations

from typing import Iterable

import regex

HAN = regex.compile(r"\p{Han}")
"""One Chinese character (a Han ideograph of any block)."""


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first, so that a longer word wins over its own prefix.

    >>> alternation(["市", "市长", "a.b"])
    'a\\\\.b|市长|市'
    """
    return "|".join(sorted(map(regex.escape, words), key=len, reverse=True))


def in_order(words: Iterable[str]) -> str:
    """The words as one regex alternation in the order given, where the first word that fits must win.

    >>> in_order(["市", "市长"])
    '市|市长'
    """
    return "|".join(map(regex.escape, words))
