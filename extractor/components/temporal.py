"""Component `zh_dates`: calendar date mentions, resolved against the article's own years and its page date; a
Taiwan article (by its page stamp or its vocabulary) counts three-digit years in the ROC calendar.

Sets `doc.spans["dates"]`; attrs: start/end, value, start_value, end_value, precision.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.components import text_of
from extractor.dates.mentions import find_dates
from extractor.dates.years import uses_roc_calendar
from extractor.locale import detect_locale

_FOUND = "zh_dates.found"

DAY_FIRST_LOCALES = {"singapore", "malaysia"}
"""Where a slashed day is written day first (3/12 is 3 December); Taiwan writes the month first, and elsewhere the
page date decides (mentions._slashed_raw)."""


class DateComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def prepare(self, doc: Doc) -> None:
        """Find the dates in the text before the tokens are final (the Extractor runs this beside the model calls)."""
        text = text_of(doc)
        locale = detect_locale(text, doc._.source_text, doc._.cleaned and doc._.cleaned.script)
        roc = uses_roc_calendar(doc._.source_text or "") or locale == "taiwan"  # Taiwan's press counts ROC years
        source_locale = detect_locale(doc._.source_text or "")
        day_first = (True if DAY_FIRST_LOCALES & {locale, source_locale} else False if locale == "taiwan" else None)
        doc.user_data[_FOUND] = find_dates(text, published=doc._.reference_date, roc_calendar=roc, day_first=day_first)

    def __call__(self, doc: Doc) -> Doc:
        if _FOUND not in doc.user_data:
            self.prepare(doc)
        spans = []
        for match in doc.user_data.pop(_FOUND):
            span = doc.char_span(match.start, match.end, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            span._.attrs = {"start": match.start, "end": match.end, "value": match.value, "start_value": match.start_value,
                            "end_value": match.end_value, "precision": match.precision}
            spans.append(span)
        doc.spans["dates"] = spans
        return doc


@Language.factory("zh_dates", assigns=["doc.spans"], default_config={})
def make_dates(nlp: Language, name: str) -> DateComponent:
    return DateComponent(nlp, name)
