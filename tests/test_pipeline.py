"""The spaCy pipeline: registered components, their configs, and what each assigns."""
import inspect

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
    assert doc.user_data["event"].name == "第三届滨江数字经济论坛"


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
