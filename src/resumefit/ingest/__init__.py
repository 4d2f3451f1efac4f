"""Ingest: read a resume file (PDF, DOCX, TXT, Markdown) into a normalised Document."""

from resumefit.ingest.read import read_document
from resumefit.ingest.settings import DEFAULT_SETTINGS, IngestSettings

__all__ = ["DEFAULT_SETTINGS", "IngestSettings", "read_document"]
