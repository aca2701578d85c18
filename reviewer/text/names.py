"""Names by spelling and by sound: phonetic keys, the glossary's name index, and one name
spelt two ways in a transcript.

Machine translation transliterates a name the way a speech recogniser heard it: Lavrof for
Lavrov, Selensky for Zelenskiy, Ardogan for Erdogan, Shoygu for Shoigu. The letters differ but
the sound agrees, so a near miss is found by a phonetic key (jellyfish's Metaphone, after the
letters transliteration swaps are folded together) and confirmed by spelling (rapidfuzz).
bench/names.py compares Metaphone with NYSIIS, Soundex and the Match Rating codex on the labelled
set in tests/fixtures/names/.

>>> sound_key("Lavrof") == sound_key("Lavrov"), sound_key("Ardogan") == sound_key("Erdogan")
(True, True)
>>> similar("Selensky", "Zelenskiy")
'sound'
>>> similar("Chinese", "China") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import jellyfish
from rapidfuzz import fuzz, process

# Letter groups that transliterations of one sound write differently, folded before the key:
# German/Polish w for v, sch/sh, kh/h, j/y before a vowel, ie/iy/ee/y for i, q for k.
_FOLDS = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("dzh", "j"),
    ("zh", "sh"),
    ("shsh", "sh"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
    ("tz", "z"),
    ("ts", "z"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("iy", "i"),
    ("ii", "i"),
    ("yy", "i"),
    ("ie", "i"),
    ("ey", "ei"),
)
_J_BEFORE_VOWEL = re.compile(r"j(?=[aeiou])")
_YJ_END = re.compile(r"[iy]j$")
_Y = re.compile(r"y")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = "aeiou"

# Endings that make another word of a name, not a misspelling of it: Lavrov's, Russian,
# Ukrainians, Chinese, Israeli, Lavrova, Georgia for George.
ENDINGS = (
    *("'s", "’s", "s", "es", "n", "ns", "an", "ans", "ian", "ians"),
    *("ese", "i", "is", "a", "ia", "y"),
)
# Words a news translation capitalises that are titles and bodies, not names: their variants
# (Minister, Ministry) are two words, not one name spelt two ways.
_COMMON = """minister ministry ministers president presidency presidential premier prime secretary
    general council counsel chancellor chancellery committee commission commissioner government
    governor parliament parliamentary senate senator congress congressman state states united
    nations national national republic republican democrat democratic party army navy forces
    force defence defense foreign affairs security spokesman spokeswoman spokesperson ambassador
    embassy office mayor minister's president's monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    the this that then than there these those they their when where while with what which after
    before since during today tomorrow yesterday evening morning news agency press central
    international world north south east west northern southern eastern western new"""
COMMON_CAPITALISED = frozenset(_COMMON.split())
_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|ar|an|at|az|ibn|bin)[-‐]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def plain(word: str) -> str:
    """Return ``word`` casefolded without accents ("Erdoğan" -> "erdogan")."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def folded_letters(word: str) -> str:
    """Return ``word`` with the letters transliterations swap folded together."""
    text = plain(word).replace("'", "").replace("’", "").replace("-", "")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _J_BEFORE_VOWEL.sub("y", text)
    text = _YJ_END.sub("i", text)  # Selenskyj, Zelenskyi
    text = _Y.sub("i", text)
    return _DOUBLE.sub(r"\1", text)


@lru_cache(maxsize=200_000)
def sound_key(word: str) -> str:
    """Return the phonetic key of one word: Metaphone of its folded letters, any first vowel
    written as A (Erdogan and Ardogan sound alike to a listener who never saw them)."""
    letters = folded_letters(word)
    if not letters.isascii() or not letters.isalpha():
        return letters  # Metaphone knows only Latin letters: other scripts match as written
    key = jellyfish.metaphone(letters)
    if letters[:1] in _VOWELS:
        key = "A" + key[1:] if key[:1] in ("A", "E", "I", "O", "U") else "A" + key
    return key


def phrase_key(phrase: str) -> str:
    """Return the phonetic keys of the words of ``phrase``, space-separated."""
    return " ".join(sound_key(w) for w in phrase.split())


def _is_form_of(long: str, short: str) -> bool:
    """Return True when ``long`` is ``short`` with an ending (its last vowel, or for -ese and
    -ese two last letters, dropped first: Ukraine, Ukrainian; Lebanon, Lebanese)."""
    for ending in ENDINGS:
        if not long.endswith(ending) or len(long) - len(ending) < 3:
            continue
        stem = long[: -len(ending)]
        if ending in ("n", "ns") and short[-1:] not in "aeiou":
            continue  # Russian, Korean; but Fidann is not a form of Fidan
        if ending in ("i", "is") and short[-1:] in "aeiouy":
            continue  # Israeli, Iraqi; but Syrskyi is not a form of Syrsky, nor Navalni
        if stem == short or (
            ending not in ("a", "i", "is", "y") and short[-1:] in "aeiouy" and stem == short[:-1]
        ):
            return True
        if ending == "ese" and short.startswith(stem) and len(short) - len(stem) <= 2:
            return True
    return False


def same_word(a: str, b: str) -> bool:
    """Return True when ``a`` and ``b`` are forms of one word (Russia, Russian; Ukraine,
    Ukrainians; China, Chinese; Lavrov, Lavrov's), not two spellings of a name."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        x, y = plain(x), plain(y)
        if x != y and not _is_form_of(x, y) and not _is_form_of(y, x):
            return False
    return True


# A spelling alone (the sound differs) makes a near miss from this similarity on, with the
# first letter (or one a transliteration swaps for it: Cherson, Kherson) and the length (give
# or take a letter) the same: a swapped or dropped letter of a long name ("Lavorv", "Putn",
# "Kremlim"), not another word ("Austria" for Australia, 88).
SPELLING_CUTOFF = 85.0
_FIRST_LETTERS = ("ckq", "sz", "vw", "iy")
# With the sound agreeing, this much of the spelling must agree too: "Ardogan" (86),
# "Lavroff" (77), "Kiev" (75) are in, "Rush" for Russia (60) is not; one-letter keys
# ("Li", "Lu") need more.
SOUND_CUTOFF = 70.0
SHORT_KEY_CUTOFF = 80.0


def similar(candidate: str, rendering: str) -> str | None:
    """Return how ``candidate`` misspells ``rendering`` ("sound" or "spelling"), or None
    when it is the same word, another form of it, or another word."""
    if candidate.casefold() == rendering.casefold() or same_word(candidate, rendering):
        return None
    words, target = candidate.split(), rendering.split()
    if len(words) != len(target):
        return None
    score = fuzz.ratio(plain(candidate), plain(rendering))
    if all(sound_key(a) == sound_key(b) for a, b in zip(words, target, strict=True)):
        short = any(len(sound_key(b)) < 2 for b in target)
        # The letters compared once the transliteration swaps are folded too: Lawrow is Lavrov
        # written the German way (67 as written, 100 folded).
        folded_score = fuzz.ratio(
            " ".join(map(folded_letters, words)), " ".join(map(folded_letters, target))
        )
        if max(score, folded_score) >= (SHORT_KEY_CUTOFF if short else SOUND_CUTOFF):
            return "sound"
    if (
        score >= SPELLING_CUTOFF
        and _first_letters_agree(plain(candidate)[:1], plain(rendering)[:1])
        and abs(len(candidate) - len(rendering)) <= 1
        and len(rendering) >= 5
    ):
        return "spelling"
    return None


def _near_keys(key: str) -> set[str]:
    """Return ``key`` whole and with each of its sounds left out in turn: two keys one sound
    apart (a sound changed, added or dropped) share one of these."""
    near = {key[:i] + key[i + 1 :] for i in range(len(key)) if key[i] != " "}
    return {key} | {k for k in near if len(k.replace(" ", "")) >= 2}


def _first_letters_agree(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _FIRST_LETTERS)


def rank(candidate: str, rendering: str) -> float:
    """Return how close ``candidate`` is to ``rendering``, for ranking (sound counts first)."""
    bonus = 100.0 if similar(candidate, rendering) == "sound" else 0.0
    return bonus + fuzz.ratio(plain(candidate), plain(rendering))


# -- the words of a text ------------------------------------------------------------------


class Word(NamedTuple):
    start: int
    end: int
    text: str
    capitalised: bool


@lru_cache(maxsize=8192)
def words_of(text: str) -> tuple[Word, ...]:
    """Return the words of ``text`` (a possessive 's left off the word; the glossary check
    reads one translation several times, so the last texts' words are kept)."""
    found = []
    for m in _WORD.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word[-2:] in ("'s", "’s") and len(word) > 2:
            end -= 2
            word = word[:-2]
        particle = _PARTICLE.match(word)
        if particle and len(word) > particle.end() + 2:
            start += particle.end()  # al-Assad: the name is Assad
            word = word[particle.end() :]
        found.append(Word(start, end, word, word[:1].isupper()))
    return tuple(found)


def runs(words: tuple[Word, ...], size: int) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, phrase) for each run of ``size`` words starting with a capital."""
    for i in range(len(words) - size + 1):
        if words[i].capitalised:
            chunk = words[i : i + size]
            yield chunk[0].start, chunk[-1].end, " ".join(w.text for w in chunk)


# -- the glossary's names, indexed ------------------------------------------------------


@dataclass(frozen=True)
class NameMatch:
    """Words ``start``:``end`` of a text misspell ``rendering`` (of glossary entry ``entry``);
    ``others`` are the next-best renderings, best first."""

    start: int
    end: int
    text: str
    rendering: str
    entry: int  # the index of the term in the list the index was built from
    how: str  # "sound" or "spelling"
    others: tuple[str, ...] = ()


class NameIndex:
    """Renderings indexed by phonetic key (and by that key one sound apart), so a text is
    compared with the few names that could be meant, not with every term of a 100,000-term glossary.

    ``renderings`` are (phrase, entry) pairs; ``accepted`` phrases are never a near miss.
    """

    def __init__(self, renderings: Iterable[tuple[str, int]], accepted: Iterable[str] = ()):
        self._by_key: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._phrases: dict[str, str] = {}  # plain spelling: the rendering as written
        # plain spellings by their sound key with one letter of it left out: a slip of the
        # keyboard changes one sound (Kremlim, Bachmut, Cherson) and keeps the rest
        self._by_near_key: dict[str, list[str]] = defaultdict(list)
        self._entries: dict[str, int] = {}
        self.accepted = {plain(a) for a in accepted}
        sizes = set()
        for phrase, entry in renderings:
            words = phrase.split()
            phrase = " ".join(words)
            spelling = plain(phrase)
            if not phrase or not phrase[:1].isalpha() or spelling in self._entries:
                continue
            self.accepted.add(spelling)
            self._entries[spelling] = entry
            self._phrases[spelling] = phrase
            sizes.add(len(words))
            key = phrase_key(phrase)
            self._by_key[f"{len(words)}:{key}"].append((phrase, entry))
            for near in _near_keys(key):
                self._by_near_key[near].append(spelling)
        self.sizes = sorted(sizes)
        self._memo: dict[str, NameMatch | None] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def is_accepted(self, phrase: str) -> bool:
        if plain(phrase) in self.accepted:
            return True
        return plain(phrase) in self.accepted

    def lookup(self, phrase: str) -> NameMatch | None:
        """Return the best rendering ``phrase`` misspells (span 0..len), or None."""
        if phrase in self._memo:
            return self._memo[phrase]
        found = None if self.is_accepted(phrase) else self._lookup(phrase)
        if len(self._memo) < 500_000:
            self._memo[phrase] = found
        return found

    def _lookup(self, phrase: str) -> NameMatch | None:
        size = len(phrase.split())
        candidates = {p: e for p, e in self._by_key.get(f"{size}:{phrase_key(phrase)}", [])}
        bucket = list(
            {p for near in _near_keys(phrase_key(phrase)) for p in self._by_near_key.get(near, ())}
        )
        for p, _score, _i in process.extract(
            plain(phrase), bucket, score_cutoff=SPELLING_CUTOFF, limit=5
        ):
            candidates.setdefault(self._phrases[p], self._entries[p])
        scored = []
        for rendering, entry in candidates.items():
            how = similar(phrase, rendering)
            if how is not None:
                scored.append((rank(phrase, rendering), rendering, entry, how))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], s[1]))
        _score, rendering, entry, how = scored[0]
        others = tuple(s[1] for s in scored[1:4])
        return NameMatch(0, len(phrase), phrase, rendering, entry, how, others)

    def scan(self, text: str) -> list[NameMatch]:
        """Return the near misses in ``text``: capitalised runs of words, longest first, none
        overlapping, none an accepted rendering."""
        words = words_of(text)
        found: list[NameMatch] = []
        taken: list[tuple[int, int]] = []
        for size in sorted(self.sizes, reverse=True):
            for start, end, phrase in runs(words, size):
                if any(a < end and start < b for a, b in taken):
                    continue
                if size > 1 and self.is_accepted(phrase):
                    taken.append((start, end))  # "Sergei Lavrov": its "Lavrov" is right too
                    continue
                match = self.lookup(phrase)
                if match is not None:
                    found.append(
                        NameMatch(
                            start,
                            end,
                            text[start:end],
                            match.rendering,
                            match.entry,
                            match.how,
                            match.others,
                        )
                    )
                    taken.append((start, end))
        found.sort(key=lambda m: m.start)
        return found


# -- one name spelt two ways ---------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """Word ``start``:``end`` of segment ``index``'s text spells a name as ``text``; the
    transcript spells it ``majority`` ``count`` times."""

    index: int
    start: int
    end: int
    text: str
    majority: str
    count: int
    own_count: int


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\"“'‘(—–-"


@lru_cache(maxsize=100_000)
def _name_words(text: str) -> tuple[tuple[Word, bool, frozenset[str]], ...]:
    """Return the name-like words of ``text``: (word, inside a sentence, the capitalised words
    next to it: "Sergei" and "Lavrov" are each other's neighbours)."""
    words = words_of(text)
    found = []
    for n, word in enumerate(words):
        if not word.capitalised or len(word.text) < 4 or word.text.isupper():
            continue
        if plain(word.text) in COMMON_CAPITALISED:
            continue
        neighbours = frozenset(
            words[m].text
            for m in (n - 1, n + 1)
            if 0 <= m < len(words)
            and words[m].capitalised
            and plain(words[m].text) not in COMMON_CAPITALISED
            and not text[min(words[m].end, word.end) : max(words[m].start, word.start)].strip()
        )
        found.append((word, not _sentence_start(text, word.start), neighbours))
    return tuple(found)


def prime_names(text: str) -> None:
    """Read the name-like words of ``text`` now (kept for :func:`inconsistent_names`), so a
    pass over a long transcript after its rows were checked one by one is quick."""
    _name_words(text)


def inconsistent_names(texts: list[str], known: Iterable[str] = ()) -> list[Variant]:
    """Return each occurrence of a name spelt a second way in ``texts`` (one text a segment),
    with the form the transcript uses most as its fix.

    A capitalised word counts as a name when it is four letters or more and not a title word
    (Minister, Ministry); two forms are one name when they sound alike, most of their letters
    agree, one of them is capitalised inside a sentence (sentence-initial "Then" and "Than" are
    not names), and they do not stand in two different full names (Antony Blinken, Antonio
    Guterres). ``known`` words (the glossary's renderings) are left to the glossary check.
    """
    counts: Counter[str] = Counter()
    mid_sentence: set[str] = set()
    neighbours: dict[str, set[str]] = defaultdict(set)
    places: list[tuple[int, Word]] = []
    for index, text in enumerate(texts):
        for word, inside, beside in _name_words(text):
            counts[word.text] += 1
            places.append((index, word))
            if inside:
                mid_sentence.add(word.text)
            neighbours[word.text] |= beside
    known_plain = {plain(w) for k in known for w in k.split()}
    names = [w for w in counts if plain(w) not in known_plain]
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_key[sound_key(name)].append(name)
    fix: dict[str, tuple[str, int]] = {}
    first_seen = {w.text: n for n, (_i, w) in reversed(list(enumerate(places)))}

    def one_name(a: str, b: str) -> bool:
        # The cheap tests first: a long transcript's groups are compared pair by pair.
        if fuzz.ratio(plain(a), plain(b)) < 70 or not (a in mid_sentence or b in mid_sentence):
            return False
        if neighbours[a] and neighbours[b] and not neighbours[a] & neighbours[b]:
            return False
        return not same_word(a, b)

    for group in by_key.values():
        if len(group) < 2:
            continue
        for form in group:
            peers = [other for other in group if other != form and one_name(form, other)]
            if not peers:
                continue
            best = max([form, *peers], key=lambda w: (counts[w], -first_seen.get(w, 0), len(w)))
            if best != form:
                fix[form] = (best, counts[best])
    variants = []
    for index, word in places:
        if word.text in fix:
            majority, count = fix[word.text]
            variants.append(
                Variant(index, word.start, word.end, word.text, majority, count, counts[word.text])
            )
    return variants
