"""jieba's dictionary and part-of-speech table read from their caches are what jieba itself loads."""
import os
import subprocess
import sys
import textwrap

import jieba

from extractor.word_tags import pos_tokenizer, word_tag


def _dictionary_lines(n: int) -> list[tuple[str, str]]:
    path = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    with open(path, encoding="utf-8") as f:
        rows = [line.split() for _, line in zip(range(n), f)]
    return [(word, tag) for word, _, tag in rows]


def test_tags_are_the_dictionary_s():
    for word, tag in _dictionary_lines(2000):
        assert word_tag(word) == tag, word
    assert word_tag("不在词典里的词语串", "x") == "x"


def test_cut_tags_places():
    flags = {w.word: w.flag for w in pos_tokenizer().cut("我们在北京开会")}
    assert flags["北京"] == "ns"


_CHILD = textwrap.dedent("""
    import glob, os, sys, jieba
    jieba.dt.tmp_dir = sys.argv[1]
    for path in glob.glob(os.path.join(sys.argv[1], "zhextract.word_tags.*")):
        open(path, "wb").write(b"not a marshal file")
    from extractor.word_tags import word_tag
    print(word_tag("北京"), len(glob.glob(os.path.join(sys.argv[1], "zhextract.word_tags.*.marshal"))))
""")


def test_a_missing_or_broken_cache_is_rebuilt(tmp_path):
    """First run: no cache, the table is parsed and written. Second: the cache is garbage, parsed again and rewritten."""
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path)], capture_output=True, text=True, check=True)
        assert done.stdout.split() == ["ns", "1"]
    assert not list(tmp_path.glob("*.tmp"))


_DICTIONARY_CHILD = textwrap.dedent("""
    import sys, jieba
    if sys.argv[1] == "ours":
        from extractor.tokenizer import _jieba_dictionary
        _jieba_dictionary(jieba)
        assert jieba.dt.initialized
    else:
        jieba.initialize()
    print(len(jieba.dt.FREQ), jieba.dt.total, jieba.dt.FREQ["北京"], jieba.lcut("滨江市市长周立新出席开幕式"))
""")


def test_the_dictionary_read_whole_is_jieba_s_own():
    """The tokenizer reads jieba's cache in one go (jieba's marshal.load on the open file is 3x slower): the same
    frequencies, total and words."""
    subprocess.run([sys.executable, "-c", "import jieba; jieba.initialize()"], check=True, capture_output=True)  # a cache
    runs = [subprocess.run([sys.executable, "-c", _DICTIONARY_CHILD, how], capture_output=True, text=True, check=True).stdout
            for how in ("ours", "jieba")]
    assert runs[0] == runs[1] and int(runs[0].split()[0]) > 300_000


_IMPORT_CHILD = textwrap.dedent("""
    import sys
    from extractor.tokenizer import import_jieba
    jieba = import_jieba()
    loaded = "pkg_resources" in sys.modules
    with jieba.dt.get_dict_file() as f:
        first = f.readline().decode("utf-8").split()[0]
    import pkg_resources  # noqa: F401  (still importable afterwards)
    print(loaded, first)
""")


def test_jieba_is_imported_without_pkg_resources():
    """Building the pipeline does not pay for `pkg_resources` (0.4 s of a cold start): jieba opens its dictionary by path,
    the same file, and `pkg_resources` can still be imported afterwards."""
    done = subprocess.run([sys.executable, "-c", _IMPORT_CHILD], capture_output=True, text=True, check=True)
    with open(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME), encoding="utf-8") as f:
        first = f.readline().split()[0]
    assert done.stdout.split() == ["False", first]
