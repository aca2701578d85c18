"""The fuzzer: a real project's values, schema and pages mutated (seeded, a fixed count), each
result opened through the store and the command line. Every open ends in a sentence naming
the file or a correct open; never a traceback, a signal or a hang; a refused file is left byte
for byte as it was.

    REVIEWER_FUZZ_CASES=5000 pytest tests/fuzz -q -s     # a longer run than CI's
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_files import digest, make_project
from mutations import make_case

from reviewer.core.errors import ReviewerError
from reviewer.store import Project

SEED = 19
STORE_CASES = int(os.environ.get("REVIEWER_FUZZ_CASES", "300"))
CLI_CASES = max(1, STORE_CASES // 8)
TIMEOUT_S = 20


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("fuzz") / "base.review", edits=5)


def _one_line(message: str, path: Path) -> bool:
    return "\n" not in message and message.startswith(f"{path}: ") and len(message) < 1200


@pytest.mark.timeout(300)
def test_store_opens_or_refuses_every_mutated_project(
    base: Path, tmp_path: Path, fuzz_count
) -> None:
    rng = random.Random(SEED)
    opened = refused = 0
    for case in range(STORE_CASES):
        path = tmp_path / f"case{case}.review"
        what = make_case(base, path, rng)
        before = digest(path)
        try:
            project = Project.open(path, author="fuzz")
        except ReviewerError as exc:
            refused += 1
            assert _one_line(str(exc), path), (case, what, str(exc))
            assert digest(path) == before, (case, what, "a refused file was changed")
            continue
        except Exception as exc:
            pytest.fail(f"case {case} {what}: {type(exc).__name__}: {exc}")
        opened += 1
        try:  # an opened project works: it edits, undoes and reopens
            if project.ids:
                project.set_translation(project.ids[0], f"fuzz {case}")
                project.undo()
        except ReviewerError:
            pass  # a save refused with a sentence (read-only, a full disk) is an answer too
        finally:
            project.close()
        with Project.open(path, read_only=True):
            pass
        for leftover in tmp_path.glob(f"case{case}.*"):
            leftover.unlink()
    fuzz_count(f"store: {STORE_CASES} cases, seed {SEED}: {opened} opened, {refused} refused")
    assert opened + refused == STORE_CASES
    assert refused > STORE_CASES // 4  # the mutations do reach the checks


@pytest.mark.timeout(300)
def test_command_line_answers_every_mutated_project(base: Path, tmp_path: Path, fuzz_count) -> None:
    rng = random.Random(SEED + 1)
    answers = {0: 0, 2: 0}
    for case in range(CLI_CASES):
        path = tmp_path / f"case{case}.review"
        what = make_case(base, path, rng)
        before = digest(path)
        try:
            result = subprocess.run(
                [sys.executable, "-m", "reviewer", "info", str(path)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"case {case} {what}: reviewer info hung for {TIMEOUT_S} s")
        assert result.returncode in (0, 2), (case, what, result.returncode, result.stderr)
        assert "Traceback" not in result.stderr, (case, what, result.stderr)
        if result.returncode == 2:
            assert _one_line(result.stderr.strip().removeprefix("reviewer: "), path), (
                case,
                what,
                result.stderr,
            )
        assert digest(path) == before, (case, what, "reviewer info changed the file")
        answers[result.returncode] += 1
    fuzz_count(f"command line: {CLI_CASES} cases, seed {SEED + 1}, exit codes {answers}")
    assert sum(answers.values()) == CLI_CASES
