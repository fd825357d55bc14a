"""The record id of an article: the one definition used by extraction, the batch runner and `check`."""
from __future__ import annotations

import hashlib


def record_id(text: str) -> str:
    """The sha256 of the text's UTF-8 bytes (lone surrogates passed through, so any str has an id).

    >>> record_id("大會")[:20]
    'sha256:b5833223b6ec8'
    """
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
