"""jieba's part-of-speech dictionary, read once per process from a cache instead of parsed from its text file.

`import jieba.posseg` parses jieba's 349,000-line dict.txt into a word -> tag table in every process, a tenth of a
cold start. The table is the same each time, so it is kept as a marshal file beside jieba's own cache
(`tempfile.gettempdir()`, or `jieba.dt.tmp_dir`), keyed by the dictionary's size and time, and read back.
"""
from __future__ import annotations

import io
import marshal
import os
import sys
import tempfile
from functools import lru_cache


def word_tag(word: str, unknown: str = "") -> str:
    """jieba's dictionary tag of a word (n, nr, ns, nt, ...): a second opinion where the tagger's is doubtful."""
    return pos_tokenizer().word_tag_tab.get(word, unknown)


@lru_cache(maxsize=None)
def pos_tokenizer():
    """jieba's part-of-speech tokenizer (`jieba.posseg.dt`), its table loaded from the cache when one is there."""
    import jieba

    if "jieba.posseg" in sys.modules or jieba.dt.dictionary != jieba.DEFAULT_DICT:
        import jieba.posseg

        return jieba.posseg.dt
    source = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    stat = os.stat(source)
    cache = os.path.join(
        jieba.dt.tmp_dir or tempfile.gettempdir(), f"zhextract.word_tags.{stat.st_size}.{stat.st_mtime_ns}.marshal"
    )
    jieba.dt.get_dict_file = io.BytesIO  # the module's own table, parsed at import, starts empty
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file
    tokenizer = jieba.posseg.dt
    try:
        with open(cache, "rb") as f:
            tokenizer.word_tag_tab = marshal.loads(f.read())  # marshal.load(f) reads a file piece by piece, 3x slower
    except (OSError, EOFError, ValueError, TypeError):
        tokenizer.load_word_tag(jieba.dt.get_dict_file())
        _write(cache, tokenizer.word_tag_tab)
    return tokenizer


def _write(path: str, table: dict) -> None:
    """Write the cache whole or not at all: processes starting together may each write it."""
    partial = f"{path}.{os.getpid()}.tmp"
    try:
        with open(partial, "wb") as f:
            marshal.dump(table, f)
        os.replace(partial, path)
    except OSError:
        try:
            os.remove(partial)
        except OSError:
            pass
