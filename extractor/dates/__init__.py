"""Dates, one module a job: date mentions (mentions.py), the page's own date (page.py), stated durations
(durations.py), the year of a date written without one (years.py), and what they share (grammar.py)."""
from extractor.dates.durations import Duration, find_durations
from extractor.dates.mentions import DateMatch, find_dates
from extractor.dates.page import Published, find_published, page_reference

__all__ = ["DateMatch", "Duration", "Published", "find_dates", "find_durations", "find_published", "page_reference"]
