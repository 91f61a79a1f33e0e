"""Finding who said a quotation that its own sentence leaves unattributed."""

import pytest

from rag.attribution import group_in, group_named, needs_speaker, speaker_sentence


@pytest.mark.parametrize("sentence,unattributed", [
    ("“We’re not after wars, but we defend the nation’s interests.”", True),
    ("“If the Republic decides to fight, it will do so,” he continued, quote-tweeting the president.", True),
    ("“1st: You can’t do anything. 2nd: If you were logical you’d see.", True),   # closes in a later sentence
    ("“They will pay a very BIG PRICE!,” Mr Trump said.", False),
    ('"I want peace," Trump said.', False),
    ("Khamenei responded by saying the US was ultimately responsible.", False),  # no quotation
])
def test_needs_speaker(sentence, unattributed):
    assert needs_speaker(sentence) is unattributed


def test_speaker_is_found_back_through_a_run_of_quotes(assistant):
    data = assistant.data
    rows = {data.sentence_text(i): i for i in range(len(data.sent_art))}
    wars = next(i for t, i in rows.items() if t.startswith("“We’re not after wars"))
    found = speaker_sentence(data, wars)
    assert data.sentence_text(found).startswith("Khamenei responded")
    assert data.sent_art[found] == data.sent_art[wars]
    # A sentence that names its speaker needs no other.
    assert speaker_sentence(data, found) is None


def test_the_group_said_is_the_group_named_before(assistant):
    data = assistant.data
    rows = {data.sentence_text(i): i for i in range(len(data.sent_art))}
    toll = next(i for t, i in rows.items() if t.startswith("The group said airstrikes"))
    assert group_named(data, toll) == "Hashd Shaabi"
    # A sentence that names its own speaker refers back to none.
    named = next(i for t, i in rows.items() if t.startswith("For its part, the Hashd Shaabi"))
    assert group_named(data, named) == ""


@pytest.mark.parametrize("text,name", [
    ("For its part, the Hashd Shaabi militia said that 75 protesters were wounded.", "Hashd Shaabi"),
    ("The Iranian-backed Kataib Hezbollah militia said it would respond.", "Kataib Hezbollah"),
    ("The US struck positions of the Iran-backed militia Khataeb Hizbollah.", ""),   # described, named after it
    ("Dozens of angry Iraqi Shi'a militia supporters broke into the US Embassy compound.", ""),
    ("The Hashd Shaabi militia and the Kataib Hezbollah group both spoke.", "Kataib Hezbollah"),   # the last
])
def test_the_group_a_sentence_names(text, name):
    assert group_in(text) == name
