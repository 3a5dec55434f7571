"""sitrep: news reports in; who did what to whom, where, when, and who says so out."""

__version__ = "0.1.0"
