"""resumefit: explainable resume-to-role fit."""

__version__ = "0.1.0"
