"""A claim with one wrong name or number is answered by the sentence that tells it otherwise, or refused."""

import pytest

from rag.corrections import corrects, count_unsaid, numbered_claim, premise_of, quotes_unknown, restates_uncounted
from rag.extractive import TOLD_OTHERWISE

LEAD = ("Baghdad/Washington - The United States will immediately deploy 750 soldiers to Iraq, the Pentagon said on "
        "Tuesday, after a crowd of protesters attacked the US embassy in Baghdad.")
ESPER = ('"This deployment is an appropriate and precautionary action taken in response to increased threat levels '
         'against US personnel and facilities, such as we witnessed in Baghdad today," US Defense Secretary Mark '
         'Esper said in a statement.')


def test_a_claims_one_unknown_detail_told_otherwise_by_a_sentence():
    claim = "Did Defense Secretary Mike Pompeo describe the deployment as an appropriate and precautionary action?"
    assert corrects(claim, ESPER, ["Mike", "Pompeo"])
    assert corrects("Did the US deploy 1,000 soldiers to Iraq?", LEAD, ["1", "000"])  # as the index splits it
    # A place for a place: Syria stands in for Lebanon; Friday would not.
    assert corrects("Were the weekend US strikes carried out in Iraq and Lebanon?",
                    "The US strikes over the weekend in Iraq and Syria targeted the militia group.", ["Lebanon"])
    claim = "Did the Lebanon strikes kill an American contractor?"
    assert corrects(claim, "Syria strikes killed an American contractor.", ["Lebanon"])
    assert not corrects(claim, "Friday strikes killed an American contractor.", ["Lebanon"])


def test_no_correction_without_the_claim_or_with_two_unknown_details():
    # The sentence says something else: only "said" stands beside the detail.
    assert not corrects("Did Javad Zarif comment on the embassy attack?", ESPER, ["Javad", "Zarif"])
    assert not corrects("Did Mike Pompeo say Javad Zarif was wrong?", ESPER, ["Mike", "Pompeo", "Javad", "Zarif"])
    # A choice offered, and a vague amount, are no wrong detail.
    assert not corrects("Was it 750 or 7,500 soldiers that the US would deploy to Iraq?", LEAD, ["7", "500"])
    assert not corrects("Were several protesters shot dead by the embassy guards?", LEAD, ["several"])
    # The same number written otherwise, and the same name mistyped, are no other detail.
    assert not corrects("Did the US deploy 750 soldiers to Iraq?", LEAD.replace("750", "7,50"), ["750"])
    assert corrects("Did the US deploy 7,500 soldiers to Iraq?", LEAD, ["7", "500"]) == "number"
    claim = "Did Defense Secretary Mark Epser describe the deployment as an appropriate and precautionary action?"
    assert not corrects(claim, ESPER, ["Epser"])


def test_a_wrong_day_is_told_by_another_day_beside_the_deed():
    claim = "Did the protesters storm the embassy on Monday?"
    assert corrects(claim, "Protesters stormed the embassy on Tuesday.", ["Monday"]) == "day"
    assert not corrects(claim, "Protesters stormed the embassy in Baghdad.", ["Monday"])
    # Days are a closed set: Tuesday is no mistyped Thursday.
    assert corrects(claim.replace("Monday", "Thursday"), "Protesters stormed the embassy on Tuesday.",
                    ["Thursday"]) == "day"
    # A day after a verb of saying dates the saying.
    assert not corrects(claim, "The embassy said on Tuesday that protesters had left.", ["Monday"])
    # The day closes the deed's clause, some words after the words the claim shares.
    assert corrects("True or false: the rocket attack that killed the American contractor happened on a Saturday.",
                    "Rocket fire killed an American civilian contractor at a military base in northern Iraq on Friday.",
                    ["Saturday"]) == "day"
    # The deed's last four words: "contractor killed … rocket attack" reaches back to "contractor", eight words
    # before the day.
    assert corrects("Was the American contractor killed in the rocket attack on Thursday?",
                    "Rocket fire killed an American civilian contractor at a military base in northern Iraq on Friday.",
                    ["Thursday"]) == "day"


def test_an_or_away_from_the_detail_offers_no_choice():
    claim = "Did Trump say Qatar would be held responsible for lives lost or damage at the embassy?"
    said = "President Donald Trump vowed that Iran would be held responsible for lives lost and damage incurred."
    assert corrects(claim, said, ["Qatar"]) == "country"
    assert not corrects("Did Trump say Qatar or Iran would be held responsible for lives lost?", said, ["Qatar"])
    # "or not" beside the detail offers none either.
    assert corrects("Did Trump say Qatar, or not, would be held responsible for lives lost?", said, ["Qatar"])


def test_the_claims_scene_and_own_wording_count_neither_way():
    chant = "Demonstrators chanting \"Death to America\" later set fire to one of the gates in the US compound."
    claim = "Is it true that the protesters at the US embassy in Baghdad were chanting Death to Israel?"
    assert not corrects(claim, chant, ["Israel"])
    # Its article tells of the embassy elsewhere: the sentence need not repeat it.
    assert corrects(claim, chant, ["Israel"], setting=chant + " The embassy was stormed.") == "country"
    # But not of a name: the claim is Abdel-Mahdi's, and the sentence does not have him.
    assert not corrects("Did Prime Minister Abdel-Mahdi order Iraqi troops to defend the US embassy?",
                        "Defense Secretary Mark Esper called on Iraq to defend US citizens.", ["Prime"],
                        setting="Abdel-Mahdi appealed to them to leave. Troops defend the embassy.")
    # "extra" is in no article: the number stands beside "soldiers" all the same.
    assert corrects("Is it true that the US is sending 1,000 extra soldiers to Iraq?", LEAD,
                    ["sending", "1", "000", "extra"]) == "number"


def test_a_quote_with_one_word_the_articles_never_use():
    said = 'Kataib Hizbollah said that this was only the "first message to the US", and that the next step will be.'
    assert corrects('Did Kataib Hizbollah call it the "final message to the US"?', said, ["final"]) == "quote"
    # Two words differ, the word that differs is used elsewhere, or the quote is too short to tell.
    assert not corrects('Did Kataib Hizbollah call it the "final warning to the US"?', said, ["final", "warning"])
    assert not corrects('Did Kataib Hizbollah call it the "next message to the US"?', said, [])
    assert not corrects('Did Kataib Hizbollah call it a "final message"?', said, ["final"])
    # The quote alone does not make the claim the sentence's: nothing else of it is there.
    assert not corrects('Did Khamenei call it the "final message to the US"?', said, ["final"])
    # Nor with another word no article uses outside the quote.
    assert not corrects('Did Kataib Hizbollah call it the "final message to the US" on Thursday?', said,
                        ["final", "Thursday"])
    # The quote tells the claim, so its scene need not be in the sentence (compare the unquoted claim above).
    chant = "Demonstrators chanting \"Death to America\" later set fire to one of the gates in the US compound."
    assert corrects('Were the protesters at the US embassy in Baghdad chanting "Death to Israel"?', chant,
                    ["Israel"]) == "quote"
    # Every word of it otherwise, after the same word: the chant was another.
    assert corrects('Were the protesters at the US embassy chanting "Down with Israel"?', chant,
                    ["Down", "Israel"]) == "quote"
    # Not after another word ("carrying" a banner is no chant), nor with every word one the articles use.
    assert corrects('Were the protesters carrying and chanting "Down with Israel"?', chant,
                    ["Down", "Israel"]) == "quote"
    assert not corrects('Were the protesters chanting and carrying "Down with Israel"?', chant,
                        ["Down", "Israel"])
    assert not corrects('Were the protesters at the US embassy chanting "Death to the US"?', chant, [])


def test_a_number_is_told_otherwise_only_for_the_thing_it_counts():
    said = "The group said airstrikes left 25 militiamen dead and 50 others wounded."
    assert not corrects("Did the US strike five militia sites in the airstrikes?", said, ["five"])
    # A number after the thing counted counts something else: the airstrikes left 25 dead, not 25 airstrikes.
    assert not corrects("Did the US carry out five separate airstrikes on militia sites over the weekend?", said,
                        ["five", "separate"])
    assert corrects("Did the airstrikes leave 30 militiamen dead?", said, ["30"]) == "number"
    # The number before its verb: the rockets are counted, not the hitting.
    assert corrects("Did 40 rockets hit the K1 base?", "More than 30 rockets struck the K1 base.", ["40"]) == "number"


def test_a_claim_resting_on_an_unknown_number():
    # "hit" is in no article either, but a verb is no part of the number.
    assert numbered_claim("Did the weekend US strikes hit five Kataib Hezbollah facilities?", ["hit", "five"])
    assert numbered_claim("True or false: more than 30 rockets were fired in the attack.", ["30"])
    assert not numbered_claim("Did Mike Pompeo speak?", ["Mike", "Pompeo"])
    assert not numbered_claim("Was it 57 or 75 protesters?", ["57"])
    # A choice anywhere in the claim, with only part of a number unknown.
    assert not numbered_claim("Was it 750 or 7,500 soldiers that the US would deploy?", ["500"])
    assert not numbered_claim("Did the US deploy 7,500 soldiers or 750?", ["7", "500"])


@pytest.mark.parametrize("question,expected", [
    ('Did the protesters at the embassy chant "Death to Israel"?', "Death to America"),
    # Every word of the chant otherwise: the same verb before another quote.
    ('Were the protesters at the embassy chanting "Down with Israel"?', "Death to America"),
    ('Is it true that the protesters at the US embassy in Baghdad were chanting "Death to Israel"?',
     "Death to America"),
    ("True or false: Iraq's prime minister Haider al-Abadi appealed to the demonstrators to leave.", "Abdel-Mahdi"),
    ("Did Defense Secretary Mike Pompeo describe the deployment as an appropriate and precautionary action?",
     "Mark Esper"),
    ("Were the Iranian spokesman's remarks reported by the Fars news agency?", "Mehr"),
    ("Did the US deploy 1,000 soldiers to Iraq?", "750 soldiers"),
    ('Did Kataib Hizbollah call the embassy protest its "final message to the US"?', "first message to the US"),
    ("Did the war of words between Khamenei and Trump over Iraq take place on Thursday?", "on Wednesday"),
    ("True or false: the rocket attack that killed the American contractor happened on a Saturday.", "on Friday"),
    # Eleven words from "American" to "on Friday".
    ("Did the rocket fire that killed the American happen on Thursday?", "on Friday"),
    # Three words from "held": "Iran would be held responsible".
    ("Did Trump say Saudi Arabia would be held responsible for lives lost and damage at the embassy?",
     "Iran would be held responsible"),
])
def test_a_wrong_detail_is_answered_with_the_articles_own(assistant, question, expected):
    ans = assistant.answer(question)
    assert ans.answered and ans.text.startswith(TOLD_OTHERWISE.split("{")[0]), ans.text
    # The sentence cited is the one that gives the articles' own detail.
    assert expected in ans.citations[0].quote, ans.text


@pytest.mark.parametrize("question", [
    "True or false: more than 30 rockets were fired in the attack that killed the American contractor.",
    "Did Javad Zarif comment on the embassy attack?",
    "Did the weekend US strikes hit five Kataib Hezbollah facilities?",
    # 25 militiamen is no count of sites.
    "Is it true that the US struck five militia sites in the weekend airstrikes?",
])
def test_a_detail_the_articles_neither_give_nor_correct_is_refused(assistant, question):
    assert not assistant.answer(question).answered


def test_a_count_is_told_by_the_thing_counted_not_a_country_beside_it():
    # "US" before "soldiers" is no plural: the count is of soldiers, which the sentence counts otherwise.
    assert corrects("Did the Pentagon say 1,500 US soldiers would be deployed to Iraq?", LEAD, ["1", "500"]) == "number"


def test_a_quote_the_sentence_has_word_for_word_is_its_speakers():
    claim = 'Did Secretary of State Mike Pompeo call the deployment "an appropriate and precautionary action"?'
    assert corrects(claim, ESPER, ["Mike", "Pompeo"]) == "name"
    # Only a name saying the words: not a place, nor someone the speaker speaks of.
    asked = ('Later, reporters outside his Mar-a-Lago resort in Florida asked the US president: "Do you foresee '
             'going to war with Iran?"')
    assert not corrects('Did Jim Acosta ask the US president "Do you foresee going to war with Iran?"', asked,
                        ["Jim", "Acosta"])
    that_guy = ("“That guy has tweeted that we see Iran responsible for the events in Baghdad & we will respond to "
                "Iran,” he said, referring to Mr Trump.")
    assert not corrects('Did Hassan Rouhani say "we see Iran responsible for the events in Baghdad"?', that_guy,
                        ["Hassan", "Rouhani"])
    # Without the quote, nothing beside the claim's post and verb tells another name.
    assert not corrects("Did Secretary of State Mike Pompeo call the deployment a precaution?", ESPER,
                        ["Mike", "Pompeo"])


def test_another_countrys_post_holder_is_no_other_name():
    claim = "Did Iraqi President Barham Salih appeal to the demonstrators to leave the embassy?"
    sentence = "US President Donald Trump appealed to the demonstrators to leave the embassy."
    assert not corrects(claim, sentence, ["Barham", "Salih"])
    assert corrects(claim, "Iraqi President Fuad Masum appealed to the demonstrators to leave the embassy.",
                    ["Barham", "Salih"]) == "name"
    # A post of several words: the country stands further back.
    claim = ("Did Iraqi Defense Secretary Najah al-Shammari say the deployment was a precautionary action taken in "
             "response to increased threat levels?")
    assert not corrects(claim, ESPER, ["Najah", "al-Shammari"])
    # The country nearest the post is its own: "… against the US, Iran's Foreign Ministry spokesman".
    mousavi = ("That is why there are protests against the US, Iran's Foreign Ministry spokesman Abbas Mousavi said.")
    assert corrects("Did Iran's Foreign Minister Javad Zarif say there are protests against the US?", mousavi,
                    ["Javad", "Zarif"]) == "name"


def test_a_count_in_digits_is_not_borne_out_by_a_sentence_without_a_number():
    claim = "Did more than 50 American diplomats shelter in the embassy's safe room?"
    assert count_unsaid(claim, "American diplomats huddled in a safe room.")
    assert not count_unsaid(claim, "Dozens of American diplomats huddled in a safe room.")
    assert not count_unsaid(claim, "75 American diplomats huddled in a safe room.")
    assert not count_unsaid("Did American diplomats shelter in a safe room?", "American diplomats huddled there.")
    # A count the claim takes as known, or a digit standing for a word, counts nothing new.
    more = "Additional troops are prepared to deploy in the coming days."
    assert not count_unsaid("Are more troops going to be sent after the 750?", more)
    assert not count_unsaid("Did Esper say more troops could be sent after the first 750?", more)
    assert not count_unsaid("Had the embassy been evacuated before the 750-soldier deployment?", more)
    assert not count_unsaid("did trump talk 2 the iraqi pm?", more)
    # A date or a time of day is no count.
    assert not count_unsaid("On 31 December, did protesters storm the US embassy?", "Protesters stormed it.")
    assert not count_unsaid("Did Trump tweet at 5 pm that Iran would pay?", "Trump tweeted that Iran would pay.")


def test_troops_already_there_are_not_those_sent():
    claim = "True or false: about 5,000 US troops were already stationed in Iraq before this deployment."
    assert not corrects(claim, LEAD, ["5", "000", "stationed"])


def test_a_count_of_another_deed_corrects_no_claimed_count():
    assert not corrects("Did Iraqi security forces arrest 20 protesters at the embassy?", LEAD, ["20", "arrest"])
    # The same deed in other words is the count told otherwise: deployed soldiers are sent, "left dead" killed.
    assert corrects("Is the Pentagon sending 570 soldiers to Iraq?", LEAD, ["570"]) == "number"
    assert corrects("Did the US airstrikes leave 25 militiamen dead and 55 wounded?",
                    "The group said airstrikes left 25 militiamen dead and 50 others wounded.", ["55"]) == "number"


def test_a_sentence_restating_a_count_without_its_number_tells_it_no_otherwise():
    more = "Esper added that additional troops are prepared to deploy in the coming days."
    claim = "Did Esper say about 4,000 additional troops were prepared to deploy in the coming days?"
    assert restates_uncounted(claim, more, ["4", "000"])
    # A number in the sentence, the thing counted missing, or a claim with no unknown number: not restated.
    assert not restates_uncounted(claim, "Esper added that 300 additional troops are prepared to deploy in the "
                                         "coming days.", ["4", "000"])
    assert not restates_uncounted("Did Esper say 40 additional helicopters were prepared to deploy in the coming "
                                  "days?", more, ["40"])
    assert not restates_uncounted("Did Esper say additional troops were prepared to deploy in the coming days?",
                                  more, [])
    # One telling word of the claim missing ("Kuwait") and it is not restated, though close enough to state it.
    assert not restates_uncounted("Did Esper say about 4,000 additional troops were prepared to deploy to Kuwait "
                                  "in the coming days?", more, ["4", "000"])
    # Words the sentence's article holds elsewhere set the scene, as in `corrects` (a name never does).
    setting = "Esper spoke of the embassy in Baghdad. " + more
    assert restates_uncounted("Did Esper say about 4,000 additional troops were prepared to deploy to the embassy "
                              "in the coming days?", more, ["4", "000"], setting)
    assert not restates_uncounted("Did Esper say about 4,000 additional troops were prepared to deploy to Baghdad "
                                  "in the coming days?", more, ["4", "000"], setting)
    # A sentence with only some of the claim's words restates nothing: the 750 may still tell the count otherwise.
    assert not restates_uncounted("Did the US deploy 1,000 soldiers to Iraq after the embassy attack?", more,
                                  ["1", "000"])


def test_a_count_the_articles_leave_out_is_not_corrected_by_another(assistant):
    ans = assistant.answer("Did Esper say about 4,000 additional troops were prepared to deploy in the coming days?")
    assert not ans.answered and "additional troops are prepared" in ans.text, ans.text
    # Where no sentence restates the claim without a number, the number told otherwise still answers.
    ans = assistant.answer("Did the US say it would immediately deploy 1,500 soldiers to Iraq?")
    assert ans.answered and ans.text.startswith(TOLD_OTHERWISE.format("number")) and "750" in ans.text, ans.text


def test_a_misquote_is_corrected_before_close_sentences_answer(assistant):
    claim = 'Did Kataib Hizbollah call the embassy attack its "final message to the US"?'
    assert quotes_unknown(claim, ["final"])
    assert not quotes_unknown(claim, [])
    assert not quotes_unknown('Was it called a "final" message?', ["final"])   # one word: a scare quote
    ans = assistant.answer(claim)
    assert ans.answered and ans.text.startswith(TOLD_OTHERWISE.format("quote")), ans.text
    assert "first message to the US" in ans.text, ans.text


@pytest.mark.parametrize("question,premise", [
    ("Why did the protesters storm the US embassy on Monday?", "Did the protesters storm the US embassy on Monday?"),
    ("When was the embassy stormed?", "Was the embassy stormed?"),
    ("Where did the militia supporters gather on Tuesday?", "Did the militia supporters gather on Tuesday?"),
    # What was said is asked, not taken for granted; a count or a yes/no question has no premise to tell.
    ("What did Mike Pompeo say about the attack?", ""),
    ("How did Barham Salih characterise the storming?", ""),
    ("How many soldiers were sent?", ""),
    ("Did the protesters storm the embassy?", ""),
    ("Where is the embassy?", ""),   # nothing taken for granted but the embassy
    ("Why did the protesters leave? Was it Monday?", ""),   # another question after it
])
def test_the_premise_a_question_takes_for_granted(question, premise):
    assert premise_of(question) == premise


def test_a_premise_told_otherwise_is_answered_with_what_the_articles_tell(assistant):
    ans = assistant.answer("Why did the protesters storm the US embassy on Monday?")
    assert ans.answered and ans.text.startswith(TOLD_OTHERWISE.format("day")) and "on Tuesday" in ans.text, ans.text
    ans = assistant.answer("Why did the militia supporters gather in Baghdad's Red Zone on Tuesday?")
    assert ans.answered and ans.text.startswith(TOLD_OTHERWISE.format("name")) and "Green Zone" in ans.text, ans.text
    # Another's saying is no answer to what someone the articles never quote said.
    ans = assistant.answer("What did Secretary of State Mike Pompeo say in response to the attack on the US embassy "
                           "in Baghdad?")
    assert not ans.answered, ans.text
