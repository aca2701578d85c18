"""The name check and the whole check set on the labelled set (tests/fixtures/names/), the demo
clip's planted errors, and which phonetic key finds transliterations best.

    .venv/bin/python bench/names.py [--json] [--verbose]

Prints: the name check's recall and precision (each misspelt name in a sentence of its own, as
a page copy without source text; the correct news text as one transcript); the false alarms of
every check on correctly spelt news text, per 100 segments; the demo clip's planted errors found
and anything else found; and, for each phonetic key on offer (jellyfish's Metaphone, NYSIIS,
Soundex and Match Rating codex, raw and after Reviewer's transliteration folds), how many of the
labelled misspellings share the key of their name and how many innocent pairs (a capitalised
word of the news text and a glossary name at least 70% alike in spelling) share one too.
Figures, not a test: tests/text/test_name_set.py asserts the targets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "text"))

import jellyfish
import name_set
from rapidfuzz import fuzz

from bench.common import Row, emit
from reviewer.text.checks import SUBTITLE_CHECKS, SUBTITLES, TRANSCRIPT
from reviewer.text.names import folded_letters, plain, same_word, sound_key, words_of

KEYS: dict[str, Callable[[str], str]] = {
    "Metaphone": lambda w: jellyfish.metaphone(plain(w)),
    "NYSIIS": lambda w: jellyfish.nysiis(plain(w)),
    "Soundex": lambda w: jellyfish.soundex(plain(w)),
    "Match Rating": lambda w: jellyfish.match_rating_codex(plain(w)),
    "NYSIIS, folded": lambda w: jellyfish.nysiis(folded_letters(w)),
    "Soundex, folded": lambda w: jellyfish.soundex(folded_letters(w)),
    "Metaphone, folded (Reviewer)": sound_key,
}


def phrase(key: Callable[[str], str], text: str) -> str:
    return " ".join(key(w) for w in text.split())


def compare_keys() -> list[Row]:
    """Each key's share of misspellings found, and of innocent near pairs it would confuse."""
    positives = [(p.wrong, p.right) for p in name_set.positives()]
    renderings = {t.translation for t in name_set.glossary().terms if " " not in t.translation}
    words = {w.text for text in name_set.negatives() for w in words_of(text) if w.capitalised}
    # Two different names, or a name and another word, alike in spelling (60% or more):
    # a key they share would make the one look like a misspelling of the other.
    innocent = {
        tuple(sorted((w, r)))
        for w in words | renderings
        for r in renderings
        if len(w) > 2
        and plain(w) != plain(r)
        and fuzz.ratio(plain(w), plain(r)) >= 60
        and not same_word(w, r)  # Russian, Israeli: forms of the name, not other words
    }
    rows = []
    for name, key in KEYS.items():
        found = sum(1 for wrong, right in positives if phrase(key, wrong) == phrase(key, right))
        confused = sum(1 for w, r in innocent if key(w) == key(r))
        rows.append(
            Row(
                f"phonetic key {name}: misspellings with their name's key",
                "-",
                100.0 * found / len(positives),
                "%",
                note=f"innocent pairs sharing a key: {confused} of {len(innocent)}",
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    score = name_set.name_check()
    segments = len(name_set.negatives())
    rows = [
        Row(
            f"name check recall ({score.positives} misspelt names)",
            ">= 95 %",
            100 * score.recall,
            "%",
            absolute=None,
        ),
        Row(
            "name check precision",
            ">= 95 %",
            100 * score.precision,
            "%",
            note=f"{score.false_alarms} false alarms",
        ),
    ]
    rows[0].absolute = None
    later = name_set.name_check(positive_file="heldout.tsv")
    rows.append(
        Row(
            f"name check recall on {later.positives} variants written after the tuning",
            "-",
            100 * later.recall,
            "%",
            note=f"missed: {', '.join(m.split(' ->')[0] for m in later.missed) or 'none'}",
        )
    )
    for kind in (TRANSCRIPT, SUBTITLES):
        alarms = name_set.false_alarms_on_news(kind=kind)
        text_alarms = [p for p in alarms if p.check not in SUBTITLE_CHECKS]
        rows.append(
            Row(
                f"false alarms, every check, correct news text as {kind}, per 100 segments",
                "<= 1",
                100 * len(text_alarms) / segments,
                "",
                absolute=1.0,
                note=f"{len(text_alarms)} in {segments} segments"
                + (
                    f"; and {len(alarms) - len(text_alarms)} layout findings (true: long lines)"
                    if len(alarms) != len(text_alarms)
                    else ""
                ),
            )
        )
        if args.verbose:
            for p in text_alarms:
                print(f"  false alarm ({kind}): #{p.segment_id} {p.check}: {p.message}")
    with tempfile.TemporaryDirectory() as tmp:
        found, planted, other = name_set.demo_findings(Path(tmp))
    rows.append(
        Row(
            "demo clip: planted errors found",
            "all",
            len(planted & found),
            f"of {len(planted)}",
            absolute=None,
            note="other findings: "
            + (
                "; ".join(f"#{s} {c}" + (f" {w}" if w else "") for s, c, w in sorted(other))
                or "none"
            ),
        )
    )
    rows += compare_keys()
    if args.verbose:
        for miss in score.missed:
            print(f"  missed: {miss}")
        for wrong in score.wrong:
            print(f"  false alarm: {wrong}")
    emit(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
