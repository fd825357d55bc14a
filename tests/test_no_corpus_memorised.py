"""The extractor holds no name of the articles it is scored on: a person or an event of the shared corpus's gold written
into a rule or lexicon would score on those pages and nowhere else (the product is judged on pages nobody here sees).

Docstrings and comments may cite an example; code constants (lexicon entries, patterns, exceptions) may not. A name that
is also a common word of jieba's own dictionary (a person called 方向) is a word the rules may know as a word."""
import ast
import json

import pytest

from tests.helpers import ROOT, SHARED_CORPUS

_COMMON_WORD = 1000
"""jieba's count above which a name is an ordinary word of the language too."""


def _code_strings() -> list[tuple[str, str]]:
    """Every string constant of the extractor's code, without docstrings (and attribute docstrings)."""
    found = []
    for path in sorted((ROOT / "extractor").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        documentation = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
        found += [(str(path.relative_to(ROOT)), node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documentation]
    return found


def _gold_names() -> list[tuple[str, str]]:
    names = []
    for path in sorted(SHARED_CORPUS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        event = gold.get("event") or {}
        names += [(path.name, person["name"]) for person in gold.get("people", [])]
        names += [(path.name, event["name"])] if event.get("name") else []
    return [(file, name) for file, name in names if len(name) >= 2]


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
def test_no_person_or_event_of_the_scored_corpus_is_written_into_the_code():
    import jieba

    strings = _code_strings()
    assert len(strings) > 1000  # the lexicons are read
    jieba.dt.check_initialized()
    common = jieba.dt.FREQ
    memorised = [(file, name, where) for file, name in _gold_names() if common.get(name, 0) < _COMMON_WORD
                 for where, value in strings if name in value]
    assert not memorised
