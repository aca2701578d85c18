"""Time codes and the order of segments: small rules every format and the store rely on."""

from __future__ import annotations

import pytest

from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import timing_ms


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (("01", "02", "03", "004", "1", "02", "03", "5"), (3_723_004, 3_723_500)),
        ((None, "0", "3", "05", None, "0", "4", None), (3_050, 4_000)),
        (("0", "0", "1", "1234", "0", "0", "2", "999"), (1_123, 2_999)),  # a 4th digit dropped
        (("0", "60", "0", None, "0", "0", "1", None), None),  # minute out of range
        (("0", "0", "1", None, "0", "0", "60", None), None),  # second out of range
        (("0", "0", "1", None, "0", "0", "2", None, "align:start", "x"), (1_000, 2_000)),
    ],
)
def test_timing_groups_to_milliseconds(
    groups: tuple[str | None, ...], expected: tuple[int, int] | None
) -> None:
    assert timing_ms(groups) == expected


def test_sort_puts_equal_times_in_id_order_and_leaves_ordered_lists_alone() -> None:
    a, b, c = Segment(0, 1000, id=5), Segment(0, 1000, id=3), Segment(500, 900, id=1)
    transcript = Transcript(segments=[c, a, b])
    transcript.sort()
    assert [s.id for s in transcript.segments] == [3, 5, 1]
    ordered = [Segment(i * 10, i * 10 + 5) for i in range(5)]
    transcript = Transcript(segments=list(ordered))
    transcript.sort()
    assert transcript.segments == ordered
    transcript = Transcript(segments=[Segment(0, 1000, id=2), Segment(0, 1000, id=1)])
    transcript.sort()  # same times: not "in order already", sorted by id
    assert [s.id for s in transcript.segments] == [1, 2]
