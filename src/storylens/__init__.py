"""storylens: news narrative intelligence.

Reads the same story from many outlets and shows, traceably to each sentence, who says what, which claims agree,
conflict or stand alone, and how each outlet sources and frames it.
"""

from storylens.api import Engine
from storylens.errors import StorylensError
from storylens.records import (
    Actor,
    Alignment,
    Article,
    ArticleAnalysis,
    Claim,
    Quantity,
    Quote,
    Segment,
    SegmentKind,
    Sourcing,
    Speaker,
    SpeakerKind,
    Stance,
    Story,
)
from storylens.settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Alignment",
    "Article",
    "ArticleAnalysis",
    "Claim",
    "Engine",
    "Quantity",
    "Quote",
    "Segment",
    "SegmentKind",
    "Settings",
    "Sourcing",
    "Speaker",
    "SpeakerKind",
    "Stance",
    "Story",
    "StorylensError",
    "load_settings",
]
