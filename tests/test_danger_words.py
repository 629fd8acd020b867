"""The danger check, both ways, on journal-like sentences kept in tests/data.

danger_corpus.tsv is what the phrases were tuned on; danger_holdout.tsv and danger_blind.tsv
were written by others without seeing the phrases (their figures before tuning are in the
closing note of the safety-net issue). Run this file as a script for the table per category.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfkind.core.danger import normalise, suggests_danger

DATA = Path(__file__).parent / "data"
CORPORA = ("danger_corpus.tsv", "danger_holdout.tsv", "danger_blind.tsv")
MOST_MISSED = 0.05  # of crisis sentences
MOST_FLAGGED = 0.15  # of quiet sentences


def sentences(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, category, sentence = line.split("\t")
            rows.append((expected, category, sentence))
    return rows


def confusion(rows: list[tuple[str, str, str]]) -> dict[tuple[str, str], tuple[int, int]]:
    """Per (expected, category): how many sentences, and how many the check got wrong."""
    total: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for expected, category, sentence in rows:
        total[expected, category] += 1
        wrong[expected, category] += suggests_danger([sentence]) != (expected == "crisis")
    return {key: (total[key], wrong[key]) for key in sorted(total)}


def rate(table: dict[tuple[str, str], tuple[int, int]], expected: str) -> float:
    counts = [value for key, value in table.items() if key[0] == expected]
    return sum(wrong for _, wrong in counts) / sum(total for total, _ in counts)


@pytest.mark.parametrize("name", CORPORA)
def test_a_corpus_is_large_enough_and_well_formed(name: str) -> None:
    rows = sentences(name)
    assert len({sentence for _, _, sentence in rows}) == len(rows), "a sentence is there twice"
    assert {expected for expected, _, _ in rows} == {"crisis", "quiet"}


def test_the_corpus_holds_150_crisis_and_100_quiet_sentences() -> None:
    rows = sentences("danger_corpus.tsv")
    assert sum(expected == "crisis" for expected, _, _ in rows) >= 150
    assert sum(expected == "quiet" for expected, _, _ in rows) >= 100


@pytest.mark.parametrize("name", CORPORA)
def test_few_crisis_sentences_are_missed_and_few_quiet_ones_flagged(name: str) -> None:
    table = confusion(sentences(name))
    report = "\n".join(f"{e:6} {c:10} {w:3} wrong of {t}" for (e, c), (t, w) in table.items())
    assert rate(table, "crisis") <= MOST_MISSED, report
    assert rate(table, "quiet") <= MOST_FLAGGED, report


ISSUE_CRISIS = [
    "honestly I want to die",
    "Everything feels pointless tonight and I don't want to be here.",
    "I want to disappear",
    "I just want it all to stop",
    "I wish I didn't exist",
    "I'm a burden to everyone",
    "I've been thinking of ending it",
    "planning to take all my pills",
    "I've written my goodbye letters",
    "self-harming",
    "I burned myself on purpose",
    "I relapsed and cut my arms",
    "unalive myself",
    "kms",
    "sucidal",
    "want 2 die",
    "I don\u2019t want to be here anymore",  # a curly apostrophe
    "quiero morirme",
    "je veux mourir",
    "ich will nicht mehr leben",
    "quero morrer",
]
ISSUE_QUIET = [
    "wanted to die of embarrassment",
    "cut myself a slice of cake",
    "hurt myself at the gym",
    "nearly killed myself laughing",
    "going to kill myself if I eat one more biscuit",
    "I'm not suicidal",
    "my uncle died by suicide",
    "Suicide Squad",
    "this deadline is killing me",
]


# Kept from the first danger check's tests.
MUST_TRIGGER = [
    "I want to die",
    "honestly i just wanna die",
    "Sometimes I wish I was dead.",
    "I keep thinking I should kill myself",
    "I hurt myself again last night",
    "thinking about self-harm",
    "I want to end my life",
    "maybe I should just end it all",
    "I have no reason to live",
    "there is nothing left to live for",
    "everyone would be better off without me",
    "I don't want to be here anymore",
    "I feel suicidal",
    "I can't go on like this",
    "I cut myself",
    "I WANT TO DIE",
    "I want\nto die",
]
MUST_NOT_TRIGGER = [
    "this deadline is killing me",
    "I could kill for a coffee",
    "I'm dying to see the new film",
    "that cake was to die for",
    "she is killing it at work",
    "I was dead tired after the run",
    "the battery died",
    "I laughed so hard I nearly died",
    "My grandmother died last year and I miss her",
    "I'm proud of myself today",
    "I treated myself to a walk",
]


# The inner critic says "you" to the person who writes it down (found in a new-user trial).
CRITIC_VOICE = [
    "You should just kill yourself.",
    "You don't deserve to live",
    "nobody would miss you if you were gone",
    "why are you even alive",
    "kys",
    "i'm done. goodbye everyone",
]


# Found in a code review: a denial, a trifle, an accident or an idiom elsewhere in the
# sentence must not silence it.
REVIEW_CRISIS = [
    "I don't know why I want to die",
    "I'm not okay I want to die",
    "no one understands me I want to die",
    "I'm not sure why I keep hurting myself",
    "If I have another panic attack I will kill myself",
    "I want to die if I have another day like this",
    "I cut myself on purpose with a kitchen knife",
    "I want to end my life for my family",
    "I just want to die for a while",
    "I want to die with her gone",
    "Suicide feels like the only way out",
    "suicide is on my mind",
]


# Found by the German second reader: German puts the verb second, after a word of time or
# manner, and the subject after the verb.
GERMAN_ORDER = [
    "Heute will ich einfach sterben.",
    "Manchmal denke ich an Suizid.",
    "Ich denke oft an Suizid.",
    "am liebsten würde ich sterben",
    "ich hab schon oft an Selbstmord gedacht",
]


@pytest.mark.parametrize("text", GERMAN_ORDER)
def test_german_word_order_is_read(text: str) -> None:
    assert suggests_danger([text])


@pytest.mark.parametrize("text", REVIEW_CRISIS)
def test_words_elsewhere_in_the_sentence_do_not_silence_it(text: str) -> None:
    assert suggests_danger([text])


@pytest.mark.parametrize("text", CRITIC_VOICE)
def test_the_critic_s_voice_is_heard_as_the_writer_s(text: str) -> None:
    assert suggests_danger([text])


def test_ending_it_with_someone_is_a_break_up() -> None:
    assert not suggests_danger(["I'm going to end it with my boyfriend"])
    assert suggests_danger(["I want to end it with pills"])


@pytest.mark.parametrize("text", ISSUE_CRISIS + MUST_TRIGGER)
def test_every_crisis_example_in_the_issue_is_noticed(text: str) -> None:
    assert suggests_danger([text])


@pytest.mark.parametrize("text", ISSUE_QUIET + MUST_NOT_TRIGGER)
def test_every_quiet_example_in_the_issue_stays_quiet(text: str) -> None:
    assert not suggests_danger([text])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("I don\u2019t", "i dont"),
        ("\uff29\uff57\uff41\uff4e\uff54", "iwant"),  # fullwidth letters
        ("\u0455uicidal", "suicidal"),  # a Cyrillic look-alike
        ("su1c1dal", "suicidal"),
        ("k*ll", "kill"),
        ("dieeeee", "die"),
        ("sucidal", "suicidal"),
        ("sewer slide", "suicide"),
        ("wanna", "want to"),
        ("d\u00e9j\u00e0", "deja"),
        ("kill\u200bmyself", "killmyself"),  # a zero-width space hides nothing
    ],
)
def test_text_is_normalised_before_it_is_read(written: str, read: str) -> None:
    assert normalise(written) == read


def test_a_negation_quiets_only_its_own_clause() -> None:
    assert not suggests_danger(["I don't want to die"])
    assert suggests_danger(["I don't want to die, but I want to kill myself"])
    assert suggests_danger(["I'm not sure why, I want to die"])


def test_someone_else_is_not_the_writer_but_part_of_me_is() -> None:
    assert not suggests_danger(["my dad says he wants to die when his team loses"])
    assert suggests_danger(["part of me wants to die"])


def test_words_split_across_lines_of_one_sentence_are_read_together() -> None:
    assert suggests_danger(["I want\nto die"])


@given(st.text(max_size=300))
def test_any_text_is_read_without_error(text: str) -> None:
    assert suggests_danger([text]) in (True, False)


if __name__ == "__main__":  # the table for a closing note
    for name in sys.argv[1:] or CORPORA:
        table = confusion(sentences(name))
        print(f"\n{name}")
        for (expected, category), (total, wrong) in table.items():
            what = "missed" if expected == "crisis" else "flagged"
            print(f"  {expected:6} {category:10} {wrong:3} {what} of {total}")
        print(
            f"  crisis missed {rate(table, 'crisis'):.1%}, quiet flagged {rate(table, 'quiet'):.1%}"
        )
