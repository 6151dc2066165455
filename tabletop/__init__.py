"""tabletop: run crisis tabletop exercises in a classroom."""

__version__ = "0.1.0"
