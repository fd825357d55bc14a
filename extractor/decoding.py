"""Decoding: input bytes to the article text that `extract()` reads (encodings, HTML, refusals).

Every refusal is a `DecodingError` subclass whose name is the error type the batch layer
reports and whose message names the input and what to do about it.
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Optional

import regex
from extractor import regex_cache
from extractor.patterns import HAN

MAX_BYTES = 2 * 1024 * 1024
"""Largest input taken as one article (2 MiB of file, or of UTF-8 text); larger is refused unread."""

MIN_HAN_CHARS = 10
MIN_HAN_SHARE = 0.3
"""An article needs a passage (no Latin letters, spaces or bars) of this many Han characters; below this share
of its letters it is read with a warning (a bilingual page)."""

_ENCODINGS = ["utf_8", "utf_16", "utf_16_le", "utf_16_be", "gb18030", "big5", "big5hkscs"]
"""What charset-normalizer may choose from: GB18030 covers GBK and GB2312; Big5-HKSCS adds Hong Kong characters."""

_PAGE_DATE = {"extensive_search": False, "original_date": True}
"""A page's date from its markup only (meta tags, <time>, URL): htmldate's guess from the body text would
turn a bare year into January 1st and override the dateline the extractor reads."""

_BOMS = [(b"\xef\xbb\xbf", "utf_8"), (b"\xff\xfe", "utf_16_le"), (b"\xfe\xff", "utf_16_be")]
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_HTML_START = regex_cache.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                            regex.IGNORECASE | regex.DOTALL)
_PUBLISHED = regex_cache.compile(r"(?P<date>(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?)(?P<time>[T ].+)?")
_CONTROL = regex_cache.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_PASSAGE = regex_cache.compile(r"[^\p{Latin}\s|｜]+")
"""A stretch of prose: no Latin letters, no spaces or bars (which separate the items of a menu)."""
_SURROGATE = regex_cache.compile(r"\p{Cs}")
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"


class DecodingError(ValueError):
    """An input that cannot be read as one Chinese article; the message names it and what to do."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


class EmptyInput(DecodingError):
    """No text at all (or only whitespace)."""


class BinaryInput(DecodingError):
    """NUL or control bytes: an image, archive or other non-text file."""


class UndecodableInput(DecodingError):
    """Text in none of UTF-8, UTF-16, GB18030/GBK or Big5."""


class NotChinese(DecodingError):
    """Readable text with too few Chinese characters to be a Chinese article."""


class TooLarge(DecodingError):
    """Over MAX_BYTES: refused before it is read."""


class NoArticleText(DecodingError):
    """An HTML page in which trafilatura finds no article body."""


@dataclass(frozen=True)
class Article:
    """Decoded article text, with the headline and date an HTML page gave (None for plain text), the encoding
    it was read from, and what was repaired on the way (stray control characters, lone surrogates)."""

    text: str
    source: Optional[str]
    title: Optional[str] = None
    published: Optional[str] = None
    encoding: Optional[str] = None
    warnings: tuple[str, ...] = ()


def read_article(path: Path) -> Article:
    """Read and decode one article file; its size is checked before any of it is read."""
    return decode_bytes(read_bytes(path), source=str(path))


def read_bytes(path: Path) -> bytes:
    """The bytes of a file of at most MAX_BYTES; larger files are refused without being read."""
    with open(path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > MAX_BYTES:
            raise _too_large(str(path), size)
        return read_stream(stream, source=str(path))


def read_stream(stream: BinaryIO, *, source: str) -> bytes:
    """At most MAX_BYTES from a stream (stdin, a pipe); a longer stream is refused, not read to its end."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large(source, None)
    return data


def decode_bytes(data: bytes, *, source: str) -> Article:
    """Decode bytes of a text or HTML article; HTML is reduced to its body by trafilatura.

    >>> decode_bytes("鎮江市舉辦國際低碳大會，來自三十多個國家的代表出席".encode("big5"), source="a.txt")
    Article(text='鎮江市舉辦國際低碳大會，來自三十多個國家的代表出席', source='a.txt', title=None, published=None, encoding='big5', warnings=())
    """
    if len(data) > MAX_BYTES:
        raise _too_large(source, len(data))
    if not data.strip():
        raise EmptyInput(source, "the input is empty: remove it or give the article text")
    text, encoding = _decode(data, source)
    if _is_html(text, source):
        return _from_html(text, source, encoding)
    return article_from_text(text, source=source, encoding=encoding)


def article_from_text(text: str, *, source: str, title: Optional[str] = None, published: Optional[str] = None,
                      encoding: Optional[str] = None) -> Article:
    """The article of a decoded text: refused when empty, binary, oversized or without a Chinese passage;
    a few stray control characters are dropped and lone surrogates replaced, each with a warning.

    >>> article_from_text("2023國際綠能（蘇州）大會在蘇州開幕" + chr(0), source="t").warnings
    ('dropped 1 control character (NUL, escape, ...) that no article has',)
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise _too_large(source, size)
    if not text.strip():
        raise EmptyInput(source, "the text is empty: remove the input or give the article text")
    warnings = []
    controls = len(_CONTROL.findall(text))
    if controls > max(len(text) / 100, 1):
        raise BinaryInput(source, f"{controls} control characters: this looks like a binary file, "
                                  "not an article; give the article as text or HTML")
    if controls:
        text = _CONTROL.sub("", text)
        warnings.append(f"dropped {controls} control character{'s' if controls > 1 else ''} (NUL, escape, ...) that no article has")
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"replaced {surrogates} lone surrogate{'s' if surrogates > 1 else ''}, which no encoding can "
                        "write, with U+FFFD")
    han = len(HAN.findall(text))
    letters = sum(1 for ch in text if ch.isalpha())
    passage = max((len(HAN.findall(run)) for run in _PASSAGE.findall(text)), default=0)
    if passage < MIN_HAN_CHARS:
        raise NotChinese(source, f"not Chinese: {han} Chinese characters among {letters} letters, and no passage of "
                                 f"{MIN_HAN_CHARS} Chinese characters; this tool reads Chinese articles only")
    if han < MIN_HAN_SHARE * letters:
        warnings.append(f"mostly not Chinese ({han} Chinese characters among {letters} letters): "
                        "only its Chinese passages give the record")
    return Article(text, source, title=title, published=published, encoding=encoding, warnings=tuple(warnings))


def check_published(value: Optional[str]) -> Optional[str]:
    """A publication date as ISO 8601 at its precision (a time after the day is dropped); ValueError otherwise.

    >>> check_published("2017-09-26"), check_published("2017-09"), check_published("2017-09-26T10:20:00+08:00")
    ('2017-09-26', '2017-09', '2017-09-26')
    >>> check_published("2099-13-45")
    Traceback (most recent call last):
    ValueError: published='2099-13-45' is not a date: give an ISO 8601 date such as 2017-09-26, 2017-09 or 2017
    """
    if value is None or not value.strip():
        return None
    m = _PUBLISHED.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError(value)
        year, month, day = (int(g) if g else None for g in m.group("year", "month", "day"))
        date(year, month or 1, day or 1)
        if m["time"]:
            datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"published={value!r} is not a date: give an ISO 8601 date such as 2017-09-26, 2017-09 "
                         "or 2017") from None
    return m["date"]


def _decode(data: bytes, source: str) -> tuple[str, str]:
    """Strict decoding, giving the text and its encoding: a byte-order mark, then UTF-8, then charset-normalizer
    among the Chinese encodings."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codecs.lookup(codec).name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_ENCODINGS).best()
    if best is not None:
        return str(best), codecs.lookup(best.encoding).name
    head = data[:65536]
    if b"\x00" in head or sum(head.count(b) for b in _CONTROL_BYTES) > len(head) / 100:
        raise BinaryInput(source, "NUL or control bytes: this looks like a binary file, not an article; "
                                  "give the article as text or HTML")
    raise UndecodableInput(source, "not valid UTF-8, UTF-16, GB18030/GBK or Big5 text: "
                                   "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)")


def _is_html(text: str, source: str) -> bool:
    return Path(source).suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(text[:4096]))


def _from_html(html: str, source: str, encoding: str) -> Article:
    """The article body, headline and date of a page, by trafilatura (boilerplate and comments dropped); a page
    whose text has Chinese but no Chinese passage (its menus only) has no article text."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(f"reading HTML needs trafilatura and lxml_html_clean: "
                          f"pip install trafilatura lxml_html_clean ({exc})") from exc
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           date_extraction_params=_PAGE_DATE)
    if document is None or not (document.text or "").strip():
        raise NoArticleText(source, "trafilatura found no article text in this HTML page: "
                                    "give the article's own page or its text")
    try:
        return article_from_text(document.text, source=source, title=document.title or None,
                                 published=document.date or None, encoding=encoding)
    except NotChinese:
        if not HAN.search(document.text):
            raise
        raise NoArticleText(source, "this HTML page has menus or captions but no Chinese article text: "
                                    "give the article's own page or its text") from None


def _too_large(source: str, size: Optional[int]) -> TooLarge:
    stated = f"{size / 2**20:.1f} MiB" if size is not None else "more than that"
    return TooLarge(source, f"too large for one article ({stated}; the limit is {MAX_BYTES / 2**20:g} MiB): "
                            "split it into articles, e.g. a JSONL file with one article per line")
