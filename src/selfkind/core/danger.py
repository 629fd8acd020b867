"""Noticing words that suggest danger to self, so support can be offered. It never blocks.

Keyword screens miss indirect wording and fire on idioms, so this one reads text the way
people write it: normalised first (case, accents, curly apostrophes, look-alike letters,
letters written as digits or symbols, slang), then matched against first-person
constructions in five languages (`danger_words`), with guards for negation ("I'm not
suicidal"), other people ("my friend says she wants to die"), idioms ("die of
embarrassment"), accidents ("cut myself shaving") and recovery long past. Where a wording
is ambiguous it errs towards support: the panel it brings never blocks anything.
selfkind never claims to assess risk. The corpus in tests/data checks both directions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from selfkind.core import danger_words as words

if TYPE_CHECKING:
    from selfkind.core.exercise import Answer, Exercise

# Letters from other scripts that look like Latin ones, and invisible characters.
SAFETY_PLAN = "safety-plan"  # the built-in whose words name hard times on purpose

_LOOKALIKES = str.maketrans(
    {
        **dict.fromkeys("аɑα", "a"),
        **dict.fromkeys("еєε", "e"),
        **dict.fromkeys("оοσ", "o"),
        **dict.fromkeys("іїιı", "i"),
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "ј": "j",
        "ԁ": "d",
        "ɡ": "g",
        "κ": "k",
        "ν": "v",
        "τ": "t",
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    }
)
_APOSTROPHES = r"[\u2018\u2019\u02bc\u0060\u00b4\u2032]"
_CONTRACTION = r"(\w)'(t|m|re|ve|ll|d|s)\b"
# Digits and symbols standing for letters inside a word: "su1c1dal", "k*ll", "d!e".
_LEET = str.maketrans(
    {"1": "i", "0": "o", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s", "!": "i", "*": "i"}
)
_INSIDE_WORD = r"(?<=[a-z])[10345@$!*]+(?=[a-z])"
# Sentences end at . ! ? ; or a blank line, but not inside a word ("d!e", "k.m.s").
_SENTENCE = r"\n\s*\n|[.!?;]+(?![^\W\d_])|(?<![^\W\d_])[.!?;]+"
_NOT_WORD = r"[^\w,]+"
_REPEATS = r"([aeiouy])\1{2,}|([a-z])\2{2,}"
_SUICIDE_WORDS = ("suicidal", "suicide")


def suggests_danger(texts: Iterable[str]) -> bool:
    """Whether any of these words suggest the person may be in danger (self-harm, suicide)."""
    return any(_sentence_in_danger(sentence) for text in texts for sentence in _sentences(text))


def calls_for_support(
    exercise: Exercise,
    answers: Mapping[str, Answer],
    *,
    given: str | None = None,
    words: bool = True,
) -> bool:
    """Whether these answers call for the support panel: words that suggest danger, or one of
    the exercise's `support:` conditions. With `given`, only what that answer could change
    is looked at (its words, and the conditions that name it); without, everything (but the
    words, without `words`: read already, one answer at a time)."""
    if given is not None:
        value = answers.get(given)
        conditions = [c for c in exercise.support if given in c.names()]
        texts = [value] if isinstance(value, str) else []
    else:
        conditions = list(exercise.support)
        texts = [value for value in answers.values() if isinstance(value, str)] if words else []
    return any(condition.holds(answers) for condition in conditions) or suggests_danger(texts)


def normalise(text: str) -> str:
    """Lower case, plain letters and spelt-out slang, with commas kept as clause marks."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LOOKALIKES)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(_CONTRACTION, r"\1\2", re.sub(_APOSTROPHES, "'", text))
    text = re.sub(_INSIDE_WORD, lambda m: m.group().translate(_LEET), text)
    text = re.sub(_REPEATS, lambda m: m.group(1) or m.group(2) * 2, text)
    tokens = re.sub(_NOT_WORD, " ", text.replace(",", " , ")).split()
    spelt = " ".join(
        words.SPELT_OUT.get(token) or _suicide_word(token) or token for token in tokens
    )
    return _compiled().spelt_out.sub(lambda m: words.SPELT_OUT[m.group()], spelt)


def _sentences(text: str) -> list[str]:
    return [normalise(part) for part in re.split(_SENTENCE, text) if part.strip()]


def _suicide_word(token: str) -> str | None:
    """'suicidal' or 'suicide' for a misspelling of either ("sucidal", "suicidial")."""
    if not token.startswith("s") or not 5 <= len(token) <= 12 or token in _SUICIDE_WORDS:
        return None
    for word in _SUICIDE_WORDS:
        if _within_two_edits(token, word):
            return word
    return None


def _within_two_edits(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


@dataclass(frozen=True)
class _Compiled:
    phrases: tuple[tuple[re.Pattern[str], str], ...]  # each with its kind: the guards that apply
    idiom_after: re.Pattern[str]
    trifle: re.Pattern[str]
    accident: re.Pattern[str]
    recovery: re.Pattern[str]
    on_purpose: re.Pattern[str]
    spelt_out: re.Pattern[str]  # slang of several words


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    """Compiled on first use (about 50 ms), so commands that check no words never pay it."""
    kinds = (
        ("personal", words.PERSONAL),
        ("reflexive", words.REFLEXIVE),
        ("harm", words.HARM),
        ("plain", words.PLAIN),
    )
    return _Compiled(
        phrases=tuple(
            (re.compile(rf"(?<!\w)(?:{phrase})(?!\w)"), kind)
            for kind, phrases in kinds
            for phrase in phrases
        ),
        idiom_after=re.compile(words.IDIOM_AFTER),
        trifle=re.compile(words.TRIFLE),
        accident=re.compile(words.ACCIDENT),
        recovery=re.compile(words.RECOVERY),
        on_purpose=re.compile(words.ON_PURPOSE),
        spelt_out=re.compile(
            r"\b(" + "|".join(phrase for phrase in words.SPELT_OUT if " " in phrase) + r")\b"
        ),
    )


REACH = 12  # words before a match that may say who speaks, or deny it
NEAR = 40  # characters either side of a match where an accident or a past is told


def _sentence_in_danger(sentence: str) -> bool:
    tokens: list[str] = []
    after_comma: set[int] = set()
    starts: list[int] = []
    for token in sentence.split():
        if token == ",":
            after_comma.add(len(tokens))
        else:
            tokens.append(token)
    plain = " ".join(tokens)
    for index in range(len(tokens)):  # where each word starts in `plain`
        starts.append(starts[-1] + len(tokens[index - 1]) + 1 if index else 0)
    compiled = _compiled()
    if compiled.trifle.search(plain):
        return False
    on_purpose = compiled.on_purpose.search(plain) is not None
    for pattern, kind in compiled.phrases:
        for match in pattern.finditer(plain):
            if compiled.idiom_after.match(plain, match.end()):
                continue
            at = bisect.bisect_left(starts, match.start())
            first = max(0, at - REACH)
            before = tokens[first:at]
            commas = {index - first for index in after_comma}
            if kind != "plain" and not _about_oneself(before, commas, kind != "reflexive"):
                continue
            if kind == "harm" and not on_purpose:
                near = plain[max(0, match.start() - NEAR) : match.end() + NEAR]
                if compiled.accident.search(near) or compiled.recovery.search(plain):
                    continue
            return True
    return False


def _about_oneself(before: list[str], after_comma: set[int], subject: bool) -> bool:
    """Whether the words leading up to a match leave it said of oneself, now: no negation
    between its subject and it, in its clause ("I don't know why I want to die" is not
    denied), and (with `subject`) no one else as the nearest subject."""
    clause: list[str] = []
    for index in range(len(before) - 1, -1, -1):
        if before[index] in words.CLAUSE_BREAKS or index + 1 in after_comma:
            break
        clause.append(before[index])
        if subject and before[index] in words.FIRST_PERSON:
            break
    # Other languages put the negation right before the verb ("no quiero morir").
    if any(token in words.NEGATIONS for token in clause[: 5 if subject else 2]):
        return False
    for token in reversed(before) if subject else ():
        if token in words.FIRST_PERSON:
            return True
        if token in words.OTHER_PEOPLE:
            return False
    return True
