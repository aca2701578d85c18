"""Kill -9 a process editing a project through the store's operations, 30 times: every edit
acknowledged before the kill is in the file, and the file passes integrity_check each time.

The worker and the checks are bench/crash.py's (which runs many more trials)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "crash.py"


@pytest.fixture(scope="module")
def crash():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_crash", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_crash"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(180)
def test_sigkill_at_random_moments_loses_no_acknowledged_edit(crash, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = crash.run(tmp_path, trials=30, seed=5, max_delay=0.4)
    assert result.trials == 30
    assert result.edits > 300  # the kills came in the middle of a stream of edits
    assert result.problems == []
    assert (result.lost, result.damaged) == (0, 0)


def test_the_check_notices_a_lost_edit(crash, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.review"
    crash.make_project(path)
    result = crash.Result(trials=1)
    crash.check(path, [(5, "0000")], result)  # acknowledged 5 operations; the file has 1
    assert result.lost == 1
