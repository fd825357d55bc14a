"""What an organisation's name looks like: its endings, a foreign country before it, and what is no organisation.

Shared by the components that meet organisation names (entities, titles, the event's organisers), so that none of
them reads another's private names.
"""
from __future__ import annotations

import regex

from extractor.lexicon.organizations import (
    COUNTRIES,
    EVENT_ABBREVIATION_ENDINGS,
    FUNCTION_NAMED_BODIES,
    GENERIC_BODIES,
    NOT_ORG_ENDINGS,
    SPOT_ENDINGS,
    SUFFIXES,
    VENUE_ENDINGS,
)
from extractor.patterns import alternation

NOT_ORG = regex.compile("(?:" + alternation(NOT_ORG_ENDINGS) + ")$")
ORG_SUFFIX = regex.compile("(?:" + alternation(SUFFIXES) + ")$")
_FOREIGN_COUNTRIES = [c for c in COUNTRIES if c not in ("中国", "台湾", "香港", "澳门")]
COUNTRY_PREFIX = regex.compile("^(?:" + alternation(_FOREIGN_COUNTRIES) + ")(?=[A-Za-z]|\\p{Han}{2,}(?:集团|公司|银行|股份|学院|大学)$)")
VENUE = regex.compile("(?:" + alternation(VENUE_ENDINGS + SPOT_ENDINGS) + ")$")
MEDIA_END = regex.compile(r"(?:社|网|报|日报|晚报|电视台|新闻)$")
PUBLISHER_END = regex.compile(r"(?:合作社|出版社)$")
GENERIC_WITH_LEVEL = regex.compile(r"^(?:自治区|特区|市|省|县|区|州|镇|乡)(?:党委|委|政府|人大|人大常委会|政协|纪委)$")
LEVEL_ONLY = regex.compile(r"^(?:自治区|特区|市|省|县|区|州|镇|乡|本|该|各|我|贵)(?:" + alternation(SUFFIXES) + ")$")
LEVEL_AND_FUNCTION = regex.compile(r"^(?:自治区|市|省|县|区|州)(?:" + "|".join(map(regex.escape, FUNCTION_NAMED_BODIES)) + ")$")
EVENT_ABBREVIATION = regex.compile(r"^\p{Han}{1,3}(?:" + "|".join(map(regex.escape, EVENT_ABBREVIATION_ENDINGS)) + ")$")


def is_organization(name: str) -> bool:
    """Not a generic body without its place (市委, 特区政府, 市局), a venue, an event's short name (东博会), or a medium."""
    if len(name) < 2 or name in GENERIC_BODIES or VENUE.search(name) or GENERIC_WITH_LEVEL.match(name):
        return False
    if LEVEL_ONLY.match(name) and not LEVEL_AND_FUNCTION.match(name) or EVENT_ABBREVIATION.match(name):
        return False
    if NOT_ORG.search(name) and not ORG_SUFFIX.search(name):
        return False
    return not MEDIA_END.search(name) or bool(PUBLISHER_END.search(name))
