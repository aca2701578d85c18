"""Reviewer: review machine-made transcripts of video."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Reviewer"
