"""storylens: news narrative intelligence.

Reads the same story from many outlets and shows, traceably to each sentence, who says what, which claims agree,
conflict or stand alone, and how each outlet sources and frames it.
"""

__version__ = "0.1.0"
