"""NLP stage: spaCy tokenisation, tagging and dependency parse of article bodies."""

from .dateline import find_dateline
from .pipeline import Parser, load_nlp

__all__ = ["Parser", "find_dateline", "load_nlp"]
