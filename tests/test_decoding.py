"""Decoding real articles from every supported encoding and from HTML, and refusing what is not an article."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import decoding
from extractor.decoding import (
    Article,
    BinaryInput,
    DecodingError,
    EmptyInput,
    NoArticleText,
    NotChinese,
    TooLarge,
    UndecodableInput,
    decode_bytes,
    read_article,
    read_stream,
)
from tests.helpers import SHARED_CORPUS, needs_shared

SIMPLIFIED = SHARED_CORPUS / "dev-001.txt"
TRADITIONAL = SHARED_CORPUS / "dev-030.txt"

ENCODINGS = [
    # (article, how it is written to disk, the encoding it is read as: GB18030 is a superset of GBK, Big5-HKSCS
    # of Big5, and a UTF-16 BOM gives the byte order)
    (SIMPLIFIED, "utf-8", "utf-8"),
    (SIMPLIFIED, "utf-8-sig", "utf-8"),
    (SIMPLIFIED, "utf-16", "utf-16-le"),
    (SIMPLIFIED, "utf-16-le", "utf-16-le"),
    (SIMPLIFIED, "utf-16-be", "utf-16-be"),
    (SIMPLIFIED, "gb18030", "gb18030"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (TRADITIONAL, "utf-8", "utf-8"),
    (TRADITIONAL, "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
    (TRADITIONAL, "big5hkscs", "big5"),
    (TRADITIONAL, "utf-16", "utf-16-le"),
]


@needs_shared
@pytest.mark.parametrize("article, encoding, read_as", ENCODINGS, ids=[f"{a.stem}-{e}" for a, e, _ in ENCODINGS])
def test_real_articles_decode_to_the_same_text(tmp_path, article, encoding, read_as):
    text = article.read_text("utf-8")
    path = tmp_path / f"{article.stem}.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path) == Article(text=text, source=str(path), encoding=read_as)


def _page(paragraphs: list[str], *, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>低碳大會在鎮江開幕 - 新聞網</title>'
            '<meta property="article:published_time" content="2017-09-26"></head><body>'
            '<div class="nav"><a href="/">首頁</a> | <a href="/news">新聞中心</a> | <a href="/about">關於我們</a></div>'
            f'<article><h1>低碳大會在鎮江開幕</h1>{body}</article>'
            '<div class="footer">版權所有 新聞網 聯繫我們 廣告服務</div></body></html>')


@needs_shared
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_html_is_reduced_to_the_article_keeping_title_and_date(tmp_path, encoding):
    paragraphs = [line for line in TRADITIONAL.read_text("utf-8").splitlines() if len(line) > 30][:6]
    path = tmp_path / "page.html"
    path.write_bytes(_page(paragraphs, charset=encoding).encode(encoding))
    article = read_article(path)
    assert article.title == "低碳大會在鎮江開幕"
    assert article.published == "2017-09-26"
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert "版權所有" not in article.text and "<p>" not in article.text


def test_a_page_date_comes_from_markup_not_from_years_in_the_text():
    paragraph = "二〇一七年，國際低碳大會在鎮江市體育會展中心開幕，來自三十多個國家和地區的近四百人出席了二〇一七年的大會。" * 3
    page = _page([paragraph]).replace('<meta property="article:published_time" content="2017-09-26">', "")
    assert decode_bytes(page.encode("utf-8"), source="page.html").published is None


def test_html_is_recognised_without_an_html_suffix():
    paragraph = "二十六日上午，二〇一七國際低碳大會在鎮江市體育會展中心開幕，來自三十多個國家和地區的近四百人出席。" * 3
    article = decode_bytes(_page([paragraph]).encode("utf-8"), source="page.txt")
    assert paragraph in article.text and article.title == "低碳大會在鎮江開幕"


_rng = random.Random(0)
REFUSED = [
    # (name, bytes, error type, words the message must contain)
    ("empty", b"", EmptyInput, "empty"),
    ("whitespace", b" \n\t\r\n", EmptyInput, "empty"),
    ("random bytes", bytes(_rng.randrange(256) for _ in range(4096)), BinaryInput, "binary"),
    ("NULs in UTF-8", "鎮江市舉辦國際低碳大會，來自多國代表出席".encode("utf-8") + b"\x00" * 40, BinaryInput, "binary"),
    ("high bytes", bytes(_rng.randrange(0x81, 0xFF) for _ in range(3000)), UndecodableInput, "UTF-8"),
    ("English", b"The International Low Carbon Conference opened in Zhenjiang on Tuesday. " * 20, NotChinese, "Chinese"),
    ("a Chinese name in English", "Mayor 張葉飛 spoke at the opening of the conference in Zhenjiang. ".encode() * 5,
     NotChinese, "Chinese"),
    ("HTML without an article", b"<html><body><div></div></body></html>", NoArticleText, "no article text"),
]


@pytest.mark.parametrize("data, error, says", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refusals_name_the_input_and_the_problem(data, error, says):
    with pytest.raises(error, match=says) as caught:
        decode_bytes(data, source="input-7.txt")
    assert str(caught.value).startswith("input-7.txt: ")
    assert caught.value.source == "input-7.txt"
    assert isinstance(caught.value, (DecodingError, ValueError))


def test_an_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("中文新聞".encode("utf-8") * (5 * 2**20 // 12))
    with pytest.raises(TooLarge, match=r"5\.0 MiB.*split it"):
        read_article(path)


def test_a_huge_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as stream:
        stream.truncate(64 * 2**30)  # 64 GiB, sparse: reading it would exhaust memory and time
    with pytest.raises(TooLarge, match="65536.0 MiB"):
        read_article(path)


def test_an_endless_stream_is_read_only_to_the_limit():
    class Endless:
        read_sizes: list[int] = []

        def read(self, size: int) -> bytes:
            self.read_sizes.append(size)
            return b"\xe4\xb8\xad" * (size // 3 + 1)

    stream = Endless()
    with pytest.raises(TooLarge):
        read_stream(stream, source="<stdin>")
    assert stream.read_sizes == [decoding.MAX_BYTES + 1]


def test_oversized_text_is_refused():
    with pytest.raises(TooLarge):
        decoding.article_from_text("中" * (decoding.MAX_BYTES // 3 + 1), source="line 3")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_give_an_article_or_a_decoding_error(data):
    try:
        article = decode_bytes(data, source="fuzz")
    except DecodingError:
        return
    assert decoding.article_from_text(article.text, source="fuzz").text == article.text


@needs_shared
def test_every_corpus_article_decodes_unchanged():
    for path in sorted(SHARED_CORPUS.glob("*.txt")):
        assert read_article(path).text == path.read_text("utf-8"), path.name


def test_article_is_immutable():
    article = Article(text="文", source=None)
    with pytest.raises(AttributeError):
        article.text = "改"  # type: ignore[misc]


# -- classification agrees with extract(): what it can read is read, with a warning for what was repaired ----

BILINGUAL = ("The second Guangdong-Hong Kong Smart City Forum opened in Guangzhou on Monday, drawing officials, "
             "engineers and investors from both sides of the border. Organisers said the event would focus on data "
             "sharing, transport and health care. The Chinese report follows. "
             "5月8日，第三屆粵港智慧城市論壇在廣州開幕，廣州市副市長林海濤出席開幕式並致辭，簽約項目達到28個。")


def test_a_bilingual_page_with_a_chinese_article_is_read_with_a_warning():
    article = decode_bytes(BILINGUAL.encode("utf-8"), source="bilingual.txt")
    assert article.text == BILINGUAL
    assert [w for w in article.warnings if w.startswith("mostly not Chinese")]


@pytest.mark.parametrize("stray", ["\x00", "\x1b", "\x07"], ids=["NUL", "ESC", "BEL"])
def test_a_stray_control_character_is_dropped_with_a_warning(stray):
    text = "鎮江市舉辦國際低碳大會，來自三十多個國家的代表出席開幕式。"
    article = decode_bytes((text[:5] + stray + text[5:]).encode("utf-8"), source="stray.txt")
    assert article.text == text
    assert article.warnings == ("dropped 1 control character (NUL, escape, ...) that no article has",)


def test_a_lone_surrogate_in_given_text_is_replaced_with_a_warning():
    article = decoding.article_from_text("\ud800鎮江市舉辦國際低碳大會，來自三十多個國家的代表出席。", source="line 1")
    assert article.text.startswith("\ufffd鎮江市") and "lone surrogate" in article.warnings[0]
    article.text.encode("utf-8")


def test_a_page_of_menus_only_has_no_article_text():
    page = ("<html><head><meta charset='utf-8'><title>新聞網</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a> | <a href='/n'>新聞</a> | <a href='/f'>財經</a></div>"
            "<p>首頁 新聞 財經 體育</p></body></html>")
    with pytest.raises(NoArticleText, match="no Chinese article text"):
        decode_bytes(page.encode("utf-8"), source="nav.html")
    english = "<html><body><article><p>" + "The conference opened in Zhenjiang on Tuesday. " * 20 + "</p></article></body></html>"
    with pytest.raises(NotChinese):
        decode_bytes(english.encode("utf-8"), source="english.html")
