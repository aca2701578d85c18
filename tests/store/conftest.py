from __future__ import annotations

from pathlib import Path

import pytest
from helpers import sample_transcript, snapshot

from reviewer.store import Project


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "news.review"


@pytest.fixture
def project(project_path: Path):  # type: ignore[no-untyped-def]
    p = Project.create(project_path, sample_transcript(), author="tester")
    yield p
    p.close()


@pytest.fixture(name="snapshot")
def snapshot_fixture():  # type: ignore[no-untyped-def]
    return snapshot
