"""Coding stage: events from parsed sentences."""

from .coder import RuleCoder
from .lexicon import Lexicon, lexicon, load_lexicon

__all__ = ["Lexicon", "RuleCoder", "lexicon", "load_lexicon"]
