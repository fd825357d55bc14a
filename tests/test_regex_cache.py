"""Compiled patterns read from the cache behave as freshly parsed ones, and a bad cache file only costs a parse."""
import json
import os
import subprocess
import sys

import pytest
import regex

from extractor import regex_cache
from tests.helpers import OWN_CORPUS

PATTERNS = [
    (r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号])?", 0),
    (r"(?<![\p{Han}])(?:首席执行官|执行官|官)(?=[\p{Han}]{2,3})", 0),
    (r"(?:约|逾|近)?[0-9.]+\s*(?:亿|万)?(?:元|美元|港元)", regex.IGNORECASE),
    (r"「[^」]{1,40}」|“[^”]{1,40}”", regex.DOTALL),
]
TEXT = "2023年5月12日，首席执行官王小明表示，公司营收约3.5亿元，“增长明显”。Ａ 2024年6月「下半年」逾12万港元"


def _matches(pattern):
    return [(m.span(), m.groupdict(), m.group()) for m in pattern.finditer(TEXT)]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path))
    _new_process(monkeypatch)
    return tmp_path


def _new_process(monkeypatch):
    """What a later process starts with: nothing read, nothing parsed."""
    for name, value in (("_stored", None), ("_used", {}), ("_parsed_here", False), ("_compiled", {})):
        monkeypatch.setattr(regex_cache, name, value)


def test_patterns_read_back_from_the_cache_match_as_parsed_ones(fresh_cache, monkeypatch):
    parsed = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert regex_cache.save()
    _new_process(monkeypatch)
    cached = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert not regex_cache._parsed_here and not regex_cache.save()
    for (p, f), one, other in zip(PATTERNS, parsed, cached):
        plain = regex.compile(p, f)
        assert _matches(one) == _matches(other) == _matches(plain)
        assert other.pattern == p and other.flags == plain.flags and other.groupindex == plain.groupindex


@pytest.mark.parametrize("damage", ["truncated", "foreign", "garbage"])
def test_a_damaged_cache_file_means_the_patterns_are_parsed_again(fresh_cache, monkeypatch, damage):
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    (path,) = fresh_cache.glob("regex-*.marshal")
    data = path.read_bytes()
    path.write_bytes({"truncated": data[: len(data) // 2], "foreign": b"2000.1.1-0-0" + data[data.index(b"\n"):],
                      "garbage": os.urandom(len(data))}[damage])
    _new_process(monkeypatch)
    again = regex_cache.compile(*PATTERNS[0])
    assert regex_cache._parsed_here
    assert _matches(again) == _matches(regex.compile(*PATTERNS[0]))


def test_an_unwritable_cache_directory_still_compiles(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(blocked / "cache"))
    _new_process(monkeypatch)
    pattern = regex_cache.compile(*PATTERNS[1])
    assert not regex_cache.save()
    assert _matches(pattern) == _matches(regex.compile(*PATTERNS[1]))


def test_a_second_cold_start_parses_no_pattern_and_gives_the_same_record(tmp_path):
    """The first process parses and keeps every pattern the pipeline compiles as it loads; the next parses none of them."""
    env = {**os.environ, "ZHEXTRACT_CACHE": str(tmp_path)}
    probe = ("import sys, json; from extractor import regex_cache; from extractor.api import Extractor; "
             "e = Extractor(); parsed = regex_cache._parsed_here; r = e.extract(open(sys.argv[1], encoding='utf-8').read()); "
             "print(json.dumps([parsed, len(regex_cache._used), r.model_dump_json()]))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe, str(OWN_CORPUS / "zh-001.txt")], env=env, capture_output=True,
                                      text=True, check=True).stdout) for _ in range(2)]
    assert runs[0][0] is True and runs[1][0] is False
    assert runs[1][1] >= runs[0][1] > 500
    assert runs[0][2] == runs[1][2]


def test_a_pattern_built_again_in_one_process_is_parsed_once(fresh_cache, monkeypatch):
    """A stage that builds its pattern per call gets the compiled one back, not a new parse."""
    parses = []
    parse = regex_cache._parse
    monkeypatch.setattr(regex_cache, "_parse", lambda *args: parses.append(args) or parse(*args))
    first = regex_cache.compile("[，。；]| {3,}")
    again = regex_cache.compile("[，。；]| {3,}")
    assert again is first and len(parses) == 1
    assert [m.group() for m in again.finditer("甲，乙。   丙")] == ["，", "。", "   "]
