"""Speaker labels are taken only where they look like names: not a note, a time or a word."""

from __future__ import annotations

import pytest

from reviewer.formats.base import sound_tags, split_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("王毅: 我们呼吁各方保持克制。", "王毅"),
        ("Sergey Lavrov: We will respond.", "Sergey Lavrov"),
        ("SPEAKER_01: hello", "SPEAKER_01"),
        ("Speaker 2: hello", "Speaker 2"),
        ("Unknown Speaker: hello", "Unknown Speaker"),
        ("注: 以上内容据新华社报道", None),  # a note, one letter
        ("编者按: 本文有删节", None),  # an editor's note
        ("Note: according to Xinhua", None),
        ("NB: the figures are provisional", None),
        ("N.B.: provisional", None),
        ("10:30: the meeting began", None),  # a time
        ("Примечание: по данным ТАСС", None),
    ],
)
def test_a_label_is_a_speaker_only_when_it_looks_like_a_name(
    text: str, speaker: str | None
) -> None:
    found, rest = split_speaker(text)
    assert found == speaker
    assert rest == (text if speaker is None else text[len(speaker) + 2 :])


@pytest.mark.parametrize(
    ("text", "tags", "rest"),
    [
        ("[Music]", ["Music"], ""),
        ("[Music] good evening [Applause]", ["Music", "Applause"], "good evening"),
        ("【音乐】", ["音乐"], ""),
        ("（掌声）谢谢大家", ["掌声"], "谢谢大家"),
        ("he said [inaudible] and left", [], "he said [inaudible] and left"),
        ("(laughs) no", [], "(laughs) no"),  # round brackets only for the known sounds
    ],
)
def test_sound_tags_at_the_start_or_end_become_tags(text: str, tags: list[str], rest: str) -> None:
    assert sound_tags(text) == (tags, rest)
