"""Text tools: scripts, Chinese conversion (OpenCC), fuzzy matching (rapidfuzz), glossary, checks."""

from __future__ import annotations
