"""The record models; field names and meanings follow ../shared/SCHEMA.md exactly."""
from __future__ import annotations

from decimal import Context, Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_serializer

SCHEMA_VERSION = "1"

Script = Literal["traditional", "simplified", "mixed", "unknown"]
EventKind = Literal[
    "conference", "forum", "summit", "expo", "fair", "ceremony", "meeting", "launch", "press", "other"
]
OrganizerRole = Literal["organizer", "co-organizer", "host", "sponsor", "supporter"]
FigureKind = Literal["money", "count", "percent", "quantity"]
Qualifier = Literal["eq", "gt", "ge", "lt", "le", "approx"]
Precision = Literal["day", "month", "year", "range", "season", "duration", "relative"]
CheckStatus = Literal["pass", "fail", "warn"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Character offsets into the input text, end exclusive: input[start:end] == text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(_Model):
    text: str
    span: Span


class Title(_Model):
    text: str = Field(description="As written next to the name: 鎮江市人民政府市長")
    organization: Optional[str] = None
    position: str


class Person(_Model):
    name: str
    titles: list[Title] = []
    roles: list[str] = []
    mentions: list[Span] = []


class Organization(_Model):
    name: str
    aliases: list[str] = []
    mentions: list[Span] = []


class Location(_Model):
    name: str
    mentions: list[Span] = []


class Place(_Model):
    text: Optional[str] = None
    city: Optional[str] = None
    province: Optional[str] = None
    country: Optional[str] = None


class Organizer(_Model):
    name: str
    role: OrganizerRole = "organizer"


class DateMention(_Model):
    text: str
    span: Span
    value: Optional[str] = Field(None, description="ISO 8601 at its precision; a range's start")
    start: Optional[str] = None
    end: Optional[str] = None
    precision: Precision


class Figure(_Model):
    text: str
    span: Span
    kind: FigureKind
    value: Decimal
    upper: Optional[Decimal] = None
    unit: str
    qualifier: Qualifier = "eq"
    subject: Optional[str] = None
    items: list[str] = []

    @field_serializer("value", "upper", when_used="json")
    def _exact(self, value: Optional[Decimal]) -> Optional[str]:
        """Decimals go out as strings so no JSON reader rounds them through a float; every digit is kept."""
        if value is None:
            return None
        if value == value.to_integral_value():
            return str(int(value))
        return format(value.normalize(Context(prec=len(value.as_tuple().digits))), "f")


class Event(_Model):
    name: Optional[str] = None
    name_span: Optional[Span] = None
    kind: EventKind = "other"
    edition: Optional[int] = None
    theme: Optional[str] = None
    start: Optional[str] = None
    end: Optional[str] = None
    location: Optional[Place] = None
    venue: Optional[str] = None
    organizers: list[Organizer] = []
    segments: list[str] = []
    attendance: Optional[Figure] = None


class Quote(_Model):
    speaker: Optional[str] = None
    text: str
    span: Span


class Check(_Model):
    rule: str
    status: CheckStatus
    message: str
    spans: list[Span] = []


class ArticleRecord(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    source: Optional[str] = None
    script: Script = "unknown"
    title: Optional[str] = None
    published: Optional[str] = None
    authors: list[str] = []
    event: Optional[Event] = None
    people: list[Person] = []
    organizations: list[Organization] = []
    locations: list[Location] = []
    dates: list[DateMention] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    documents: list[Mention] = []
    checks: list[Check] = []
    warnings: list[str] = []
