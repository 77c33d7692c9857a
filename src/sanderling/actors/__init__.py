"""Actors stage: dictionaries of states, organisations, groups, people and roles, and
resolution of parsed noun phrases to coded actors."""

from .dictionary import ActorDictionary, actor_dictionary, load_dictionary
from .matcher import ActorMatcher, Mentions
from .resolve import ArticleActors

__all__ = ["ActorDictionary", "ActorMatcher", "ArticleActors", "Mentions", "actor_dictionary", "load_dictionary"]
