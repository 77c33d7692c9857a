"""Ingest stage: read sources into Article records, recording what cannot be read."""

from .readers import read_sources

__all__ = ["read_sources"]
