"""Regular expressions parsed once per installation, not once per process.

The stages compile about 850 patterns at import, many of them long alternations of lexicon words; the regex module
parses and optimises each in Python, which was the largest part of a cold start (about a second). What the parser
hands to the regex engine is plain data (the pattern's code as integers, its group names), so it is kept in the
cache directory and handed straight to the engine in later processes. The file is keyed by the regex module's
version and engine magic, so an upgrade starts a new file; a missing, unreadable or foreign file only means the
patterns are parsed again. `compile` gives the same pattern object `regex.compile` gives.
"""
from __future__ import annotations

import hashlib
import marshal
import threading
from typing import Optional

import regex

from extractor.caches import cache_dir, write_atomic

_regex_main = getattr(regex, "_main", None)
_ENGINE = getattr(_regex_main, "_regex", None)
_KEY = f"{regex.__version__}-{getattr(_ENGINE, 'MAGIC', '')}-{getattr(_ENGINE, 'CODE_SIZE', '')}"
_FILE_NAME = f"regex-{hashlib.sha1(_KEY.encode()).hexdigest()[:12]}.marshal"

_lock = threading.Lock()
_stored: Optional[dict[tuple[str, int], tuple]] = None
_used: dict[tuple[str, int], tuple] = {}
_parsed_here = False
_compiled: dict[tuple[str, int], regex.Pattern] = {}
_MAX_COMPILED = 4000
"""Patterns kept compiled in this process: a stage that builds one per call (a clause's break characters) would
otherwise have it parsed at every call. Dropped all at once past this many, as the regex module does with its own."""


def compile(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, with the parse read from the cache when an earlier process made it."""
    if _ENGINE is None or not isinstance(pattern, str) or flags & regex.LOCALE:
        return regex.compile(pattern, flags)
    key = (pattern, int(flags))
    with _lock:
        compiled = _compiled.get(key)
        if compiled is None:
            compiled = _compiled[key] = _compile(key)
            if len(_compiled) > _MAX_COMPILED:
                _compiled.clear()
        return compiled


def _compile(key: tuple[str, int]) -> regex.Pattern:
    """The pattern from the stored parse, else parsed here (and kept for `save`); called under the lock."""
    pattern, flags = key
    args = _stored_patterns().get(key)
    if args is not None:
        try:
            compiled = _ENGINE.compile(pattern, regex.RegexFlag(args[0]), *args[1:])
        except (TypeError, ValueError, OverflowError):
            compiled = None
        if compiled is not None:
            _used[key] = args
            return compiled
    compiled, args = _parse(pattern, flags)
    if args is not None:
        global _parsed_here
        _used[key] = args
        _parsed_here = True
    return compiled


def save() -> bool:
    """Keep this process's parses for the next one; only written when something had to be parsed here."""
    with _lock:
        if not _parsed_here:
            return False
        payload = marshal.dumps(_used)
        return write_atomic(cache_dir() / _FILE_NAME, _KEY.encode() + b"\n" + hashlib.sha256(payload).digest() + payload)


def _stored_patterns() -> dict[tuple[str, int], tuple]:
    global _stored
    if _stored is None:
        _stored = _read(cache_dir() / _FILE_NAME)
    return _stored


def _read(path) -> dict[tuple[str, int], tuple]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    header, _, rest = data.partition(b"\n")
    digest, payload = rest[:32], rest[32:]
    if header != _KEY.encode() or hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        stored = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


class _Recorder:
    """Stands in for the regex engine while one pattern is parsed, to keep what the parser hands it."""

    def __init__(self):
        self.args: dict[str, tuple] = {}

    def __getattr__(self, name):
        return getattr(_ENGINE, name)

    def compile(self, pattern, flags, *rest):
        self.args[pattern] = (int(flags), *rest)
        return _ENGINE.compile(pattern, flags, *rest)


def _parse(pattern: str, flags: int) -> tuple[regex.Pattern, Optional[tuple]]:
    """Parse with the regex module itself (not from its own cache, so that the engine call is seen); patterns
    that depend on the locale are not kept, and a regex module whose internals differ is simply used as it is."""
    recorder = _Recorder()
    _regex_main._regex = recorder
    try:
        compiled = _regex_main._compile(pattern, flags, False, {}, False)
    except TypeError:
        return regex.compile(pattern, flags), None
    finally:
        _regex_main._regex = _ENGINE
    args = recorder.args.get(pattern)
    if args is None or compiled.flags & regex.LOCALE:
        return compiled, None
    try:
        marshal.dumps(args)
    except ValueError:
        return compiled, None
    return compiled, args
