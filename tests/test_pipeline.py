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
