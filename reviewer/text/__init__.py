"""Text tools: scripts, Chinese conversion (OpenCC), fuzzy matching, glossary, checks."""

from __future__ import annotations
