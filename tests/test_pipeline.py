"""The spaCy pipeline: registered components, their configs, and what each assigns."""
import inspect
import json

import pytest
from spacy import registry
from spacy.language import Language

from extractor.pipeline import COMPONENTS, build_pipeline


@pytest.mark.parametrize("name", COMPONENTS)
def test_factory_config_matches_its_signature(name):
    meta = Language.get_factory_meta(name)
    factory = registry.factories.get(name)
    params = set(inspect.signature(factory).parameters) - {"nlp", "name"}
    assert set(meta.default_config) == params
    assert meta.assigns, f"{name} declares what it assigns"


def test_pipeline_order_and_spans():
    nlp = build_pipeline()
    assert nlp.pipe_names == list(COMPONENTS)
    doc = nlp("9月8日，第三届滨江数字经济论坛在杭州开幕，市长周立新致辞。")
    assert {"lac", "people", "orgs", "titles", "quotes", "figures", "dates", "event"} <= set(doc.spans)
    assert [s.text for s in doc.spans["people"]] == ["周立新"]
    assert doc._.event.name == "第三届滨江数字经济论坛"


def test_each_spans_key_has_one_writer():
    """Run the components one by one: a key set by one component is never replaced or changed by a later one."""
    nlp = build_pipeline()
    doc = nlp.make_doc("9月8日，滨江数字经济论坛在杭州开幕。滨江市农业处长王建国、滨江市科技局局长李明出席。"
                       "王建国说：“论坛签约项目12个。”")
    owner: dict[str, tuple[str, list]] = {}
    for name, component in nlp.pipeline:
        doc = component(doc)
        for key, group in doc.spans.items():
            state = [(s.start, s.end, s.label_) for s in group]
            if key not in owner:
                owner[key] = (name, state)
            assert owner[key] == (owner[key][0], state), f"{name} changed doc.spans[{key!r}] set by {owner[key][0]}"
    assert owner["title_orgs"][0] == "zh_titles" and owner["orgs"][0] == "zh_entities"


def test_organizations_inside_titles_come_from_titles():
    """A body the entities component does not find, named inside a title with the ending it shares with the position
    (农业|处长 -> 农业处), is added by the titles component under its own key and read with the others."""
    from extractor import to_record
    from extractor.components import organizations

    doc = build_pipeline()("滨江市农业处长王建国介绍了情况。滨江大学校长周立新致辞。")
    assert [s.text for s in doc.spans["orgs"]] == ["滨江大学"]
    assert len(doc.spans["title_orgs"]) == 1 and len(organizations(doc)) == 2
    assert sorted(o.name for o in to_record(doc).organizations) == ["滨江大学", "滨江市农业处"]


def test_span_values_are_read_by_name():
    from decimal import Decimal

    from extractor import load
    from extractor.extensions import SPAN_VALUES

    doc = load()("2024年3月5日，滨江市市长周立新说：“全市签约项目逾120个，总投资约3.5亿元。”")
    money = next(s for s in doc.spans["figures"] if s._.kind == "money")
    assert (money._.value, money._.unit, money._.qualifier) == (Decimal("350000000"), "CNY", "approx")
    assert "投资" in money._.subject and money._.speaker is None
    count = next(s for s in doc.spans["figures"] if s._.kind == "count")
    assert (count._.value, count._.qualifier) == (120, "gt")
    assert [(d._.value, d._.precision) for d in doc.spans["dates"]] == [("2024-03-05", "day")]
    assert [q._.speaker for q in doc.spans["quotes"]] == ["周立新"]
    assert [(t._.person, t._.position) for t in doc.spans["titles"]] == [("周立新", "市长")]
    assert all(doc.text[slice(*s._.offsets)] for s in doc.spans["figures"])
    assert {"value", "unit", "qualifier", "subject", "speaker", "person", "position"} <= set(SPAN_VALUES)


def test_a_known_region_is_a_setting_of_the_figures_component(tmp_path):
    """A site's region, when the user knows it, decides a bare 元 even where the text gives no sign of it."""
    import spacy

    from extractor import load, to_record

    text = "该县今年编列预算新增补助3,200万元，用于改善偏乡学校设备。"
    assert [f.unit for f in to_record(load()(text)).figures] == ["CNY"]
    nlp = load({"zh_figures": {"locale": "taiwan"}})
    assert nlp.config["components"]["zh_figures"]["locale"] == "taiwan"
    assert [(f.unit, f.value) for f in to_record(nlp(text)).figures] == [("TWD", 32000000)]
    nlp.to_disk(tmp_path / "taiwan")
    assert spacy.load(tmp_path / "taiwan").config["components"]["zh_figures"]["locale"] == "taiwan"
    with pytest.raises(ValueError, match="unknown locale 'tw'.*taiwan"):
        load({"zh_figures": {"locale": "tw"}})
    with pytest.raises(ValueError, match="no component named zh_money"):
        load({"zh_money": {}})


def test_building_another_pipeline_leaves_the_segmentation_of_the_first_alone():
    """jieba's dictionary is global to the process: the project's words go in once, not once per pipeline."""
    import jieba

    from extractor import load

    load()
    total, words = jieba.dt.total, len(jieba.dt.FREQ)
    load()
    assert (jieba.dt.total, len(jieba.dt.FREQ)) == (total, words)
    assert jieba.dt.FREQ["常务副市长"] > 0


def test_concurrent_extracts_give_the_records_of_sequential_ones():
    """The model threads are shared by every document of the process: callers on several threads must not mix them up."""
    from concurrent.futures import ThreadPoolExecutor

    from extractor import extract
    from tests.helpers import OWN_CORPUS

    texts = [path.read_text(encoding="utf-8") for path in sorted(OWN_CORPUS.glob("*.txt"))[:8]]
    alone = [extract(text).model_dump_json() for text in texts]
    with ThreadPoolExecutor(4) as callers:
        together = list(callers.map(lambda text: extract(text).model_dump_json(), texts * 2))
    assert together == alone * 2


TRADITIONAL = "【記者林美玲／台中報導】第五屆中台灣智慧農業博覽會今（9）日在台中國際展覽館開幕，市長盧秀燕致詞表示，今年參展廠商達230家。"


def test_nlp_of_a_text_is_the_product():
    """`nlp(text)` cleans, tags and finds everything `extract()` does: on a Traditional page with a byline too."""
    from extractor import extract, load, to_record

    nlp = load()
    doc = nlp(TRADITIONAL)
    assert doc._.source_text == TRADITIONAL and doc.text != TRADITIONAL  # the byline is blanked in the analysis copy
    record = to_record(doc)
    assert record.model_dump_json() == extract(TRADITIONAL).model_dump_json()
    assert record.event is not None and record.event.name and any(p.titles for p in record.people)
    assert doc._.event == record.event and doc._.locale == "taiwan"  # the components' typed extensions


def test_to_record_refuses_a_doc_the_pipeline_did_not_make():
    from spacy.tokens import Doc

    from extractor import load, to_record

    nlp = load()
    with pytest.raises(ValueError, match="needs a Doc made by extractor.load"):
        to_record(Doc(nlp.vocab, words=["北京"]))


def _corpus_texts() -> list[str]:
    from tests.helpers import OWN_CORPUS, SHARED_CORPUS

    paths = sorted(OWN_CORPUS.glob("*.txt")) + (sorted(SHARED_CORPUS.glob("*.txt")) if SHARED_CORPUS.is_dir() else [])
    return [path.read_text(encoding="utf-8") for path in paths]


def test_nlp_pipe_and_extract_give_the_same_records_on_every_corpus_article():
    from extractor import extract, load, to_record

    texts = _corpus_texts()
    nlp = load()
    piped = [to_record(doc).model_dump_json() for doc in nlp.pipe(texts, batch_size=8)]
    assert piped == [extract(text).model_dump_json() for text in texts]


def test_a_doc_serialised_with_to_bytes_gives_the_same_record_on_every_corpus_article():
    """Everything a component leaves on the Doc (decimals, the cleaning, the event frame) survives msgpack."""
    from spacy.tokens import Doc

    from extractor import load, to_record

    nlp = load()
    for text in _corpus_texts():
        doc = nlp(text)
        copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert to_record(copy).model_dump_json() == to_record(doc).model_dump_json()


def test_nlp_pipe_with_two_processes_gives_the_records_of_one():
    from extractor import load, to_record

    texts = _corpus_texts()[:10] + [TRADITIONAL, "", "no Chinese here"]
    nlp = load()
    alone = [to_record(doc).model_dump_json() for doc in nlp.pipe(texts)]
    assert [to_record(doc).model_dump_json() for doc in nlp.pipe(texts, n_process=2, batch_size=3)] == alone


def test_a_saved_pipeline_loads_in_a_fresh_process_and_gives_the_same_records(tmp_path):
    """`nlp.to_disk` then `spacy.load` in another interpreter: the entry points find the tokenizer and components."""
    import subprocess
    import sys

    from extractor import extract, load

    nlp = load()
    assert all(name in nlp.config["components"] for name in COMPONENTS)
    assert nlp.config["components"]["zh_lac"]["max_batch"] > 0
    nlp.to_disk(tmp_path / "pipeline")
    texts = _corpus_texts()[:4] + [TRADITIONAL]
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    child = ("import json, sys, spacy; from extractor import to_record; nlp = spacy.load(sys.argv[1]); "
             "print(json.dumps([to_record(nlp(t)).model_dump_json() for t in json.load(open(sys.argv[2], encoding='utf-8'))]))")
    done = subprocess.run([sys.executable, "-c", child, str(tmp_path / "pipeline"), str(tmp_path / "texts.json")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [extract(text).model_dump_json() for text in texts]


def test_words_by_end_reads_as_the_dict_of_the_docs_words():
    """The event component's word table (arrays searched by bisection) answers as a dict of (start, tag) by end would."""
    from extractor import load
    from extractor.components import WordsByEnd

    doc = load()(TRADITIONAL)
    table = {t.idx + len(t.text): (t.idx, t.tag_) for t in doc}
    words = WordsByEnd(doc)
    for end in range(len(doc.text) + 2):
        assert words.get(end) == table.get(end) and words.get(end, (-1, "")) == table.get(end, (-1, ""))
        if end in table:
            assert words[end] == table[end]
        else:
            with pytest.raises(KeyError):
                words[end]


def test_no_component_imports_another_components_module():
    """Components share code through shared modules (extractor/organization_names.py, components/__init__.py), never
    through each other's private names."""
    import ast

    from tests.helpers import ROOT

    modules = {path.stem for path in (ROOT / "extractor" / "components").glob("*.py")} - {"__init__"}
    for path in (ROOT / "extractor" / "components").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        others = {f"extractor.components.{name}" for name in modules - {path.stem}}
        assert not imported & others, f"{path.name} imports {sorted(imported & others)}"
