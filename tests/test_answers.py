"""Answers from the real model and index: citation invariants, shared facts, abstention, bad questions."""

import re

import pytest

from rag.answer_types import TIME, _main_event, _stated, question_type
from rag.questions import asked_part, asked_parts, spelled_out
from rag.retrieval import _compound_halves, _misspelt_generic

import rag
from eval.dataset import load_jsonl
from index.errors import QuestionError

CASES = load_jsonl()
OUT_OF_CORPUS = [
    "What is the capital of Australia?",
    "Who won the 2018 football World Cup?",
    "What did Vladimir Putin say about the embassy attack?",
    "How much did the damage to the embassy cost?",
    "What is the recipe for chocolate cake?",
    "How many rockets were fired at the military base?",
]


def assert_answers(assistant, question, expected):
    ans = assistant.answer(question)
    assert ans.answered and expected in ans.text, ans.text
    return ans


def assert_refused(assistant, *questions):
    for question in questions:
        ans = assistant.answer(question)
        assert not ans.answered, (question, ans.text)


def check_invariants(ans, data):
    marks = [int(m) for m in re.findall(r"\[(\d+)\]", ans.text)]
    assert sorted(set(marks)) == list(range(1, len(ans.citations) + 1)), "markers <-> citations"
    for i, c in enumerate(ans.citations, 1):
        assert c.n == i
        art = data.articles[data.by_id[c.article_id]]
        assert c.quote == art.text[c.start:c.end] and c.quote
        assert (c.title, c.date, c.url) == (art.title, art.date, art.url)
    # Extractive: each quoted segment is, verbatim, the quote of its first citation; the other
    # citations after it are other articles' sentences stating the same fact.
    for seg in ans.segments:
        if seg.refs:
            assert seg.text == ans.citations[seg.refs[0] - 1].quote
            arts = [ans.citations[n - 1].article_id for n in seg.refs]
            assert len(arts) == len(set(arts)), "one citation per article for a fact"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_citation_invariants(assistant, case):
    ans = assistant.answer(case.question)
    check_invariants(ans, assistant.data)
    assert ans.question == case.question
    d = ans.to_dict()
    assert d["text"] == ans.text and len(d["citations"]) == len(ans.citations)


def test_answer_text_is_verbatim_quotes(assistant):
    ans = assistant.answer("How many soldiers is the US deploying to Iraq?")
    assert ans.answered
    body = re.sub(r"\s*(\[\d+\])+", "\n", ans.text).strip().split("\n")
    quotes = {c.quote for c in ans.citations}
    assert all(s.strip() in quotes for s in body)


def test_shared_fact_cites_both_articles(assistant):
    ans = assistant.answer("How many soldiers are being deployed after the embassy attack?")
    assert ans.answered and "750" in ans.text
    assert re.search(r"\[1\]\[2\]", ans.text), ans.text
    assert len({c.article_id for c in ans.citations[:2]}) == 2
    assert all("750" in c.quote for c in ans.citations[:2])


def test_each_articles_own_details_of_one_event_are_quoted(assistant):
    # One article has the main door smashed, the other the reception area trashed and windows smashed:
    # the same break-in, each account with details the other lacks, so both are quoted, not one only cited.
    ans = assistant.answer("What did the militia supporters break to get into the embassy compound, according to "
                           "the photo caption?")
    assert ans.answered and "a main door" in ans.text and "smashing windows" in ans.text, ans.text
    assert len({c.article_id for c in ans.citations}) == 2


@pytest.mark.parametrize("question", ["Did Iran admit it was behind the embassy attack?",
                                      "did iran admit it was behind the embassy attack"])
def test_owning_up_is_answered_by_a_denial(assistant, question):
    ans = assistant.answer(question)
    assert ans.answered and "denied any involvement" in ans.text, ans.text


def test_spelling_variants_find_each_other(assistant):
    for q in ("Who is Khataeb Hizbollah?", "What is Kataib Hezbollah?", "Tell me about Kataib Hizbollah"):
        r = assistant.retrieve(q)
        top = [assistant.data.sentence_text(c.sentence) for c in r.candidates[:6]]
        assert any("Kataib Hezbollah" in t for t in top), q
        assert any("Khataeb Hizbollah" in t or "Kataib Hizbollah" in t for t in top), q


@pytest.mark.parametrize("question", OUT_OF_CORPUS)
def test_abstains_out_of_corpus(assistant, question):
    ans = assistant.answer(question)
    assert not ans.answered, ans.text
    assert ans.text.startswith("The articles don't say.")
    check_invariants(ans, assistant.data)


@pytest.mark.parametrize("question,closest", [
    # "an American civilian contractor" names no one.
    ("What name was given to the American contractor killed in the rocket attack on Friday?", "contractor"),
    ("What was the name of the American contractor killed in the rocket attack?", "civilian contractor"),
    ("What kind of ammunition did the embassy guards use?", "without specifying"),
    ("How many rockets were fired at the military base?", "rocket fire"),
    ("Who is the US ambassador to Iraq?", None),
    ("How many protesters were arrested after storming the embassy?", None),   # 75 were wounded
    ("Which military base in northern Iraq did the rockets hit?", "military base in northern Iraq"),
    ("How many additional troops are prepared to deploy in the coming days?", None),
    ("When did the 750 US soldiers arrive in Iraq?", None),
    ("Which US division or base are the 750 soldiers being deployed from?", None),
    ("Which hardline groups refused to leave the embassy?", "hardline groups"),
    # Presidents in the articles, none of them Iraq's.
    ("Who is Iraq's president?", None),
    ("How did Iraq's president respond to the storming of the embassy?", None),
    ("Where in Syria did the US weekend strikes hit?", None),
    ("The infantry battalion heading to Iraq - which army division is it drawn from?", None),
    ("Did the embassy guards use rubber bullets or live rounds?", "without specifying"),
    # What the question adds to its own context is in no article.
    ("The Pentagon is sending an infantry battalion of about 750 soldiers. Which division does that battalion "
     "belong to?", None),
    ("When did the last protesters finally withdraw from the US embassy gates?", None),
    ("Which of the embassy gates was set on fire?", "one of the gates"),
    ("where are the 750 soldiers being flown in from?", None),
    # They refused to leave: no time of their leaving.
    ("When did the hardline groups that refused to leave finally clear out from the embassy gates?", None),
    # An event no article speaks of ("end", "breach") has no time or count in them.
    ("Some hardline groups refused to leave the embassy on Wednesday. When did they finally end the sit-in?", None),
    ("What time of day did the protesters first breach the outer wall of the embassy compound on Tuesday?", None),
    # A bare "how many" counts the people of the question before it: diplomats, not protesters.
    ("Were any American diplomats or embassy staff injured during the attack? How many?", None),
    # The post asked about is held by the one spoken to: what the White House said Trump told him.
    ("Trump spoke with Abdel-Mahdi by phone. What did the Iraqi prime minister tell him?", None),
    # A count for each of two places: the articles give one for both.
    ("How many militiamen were killed in the US strikes in Syria, as opposed to Iraq?", None),
    ("How many of the militiamen killed in the US strikes died in Syria rather than in Iraq?", None),
    # The count is the militia's: nobody is said to confirm it.
    ("Did the Pentagon confirm how many protesters were wounded by the embassy guards?", None),
    # Speakers and countries no article has, typed in lower case.
    ("what did the uk government say about the embassy attack", None),
    # A body whose name is made of the language's words ("united", "nations"), named in no article.
    ("What did the United Nations say about the embassy attack?", None),
    ("What did the Red Cross say about the wounded protesters?", None),
    # Choices offered, none of which the articles give.
    ("Did the US strikes hit three sites or five sites?", None),
    ("how did other countries like the uk or russia react", None),
    # A count that shares no word with the question is of something else; "Death to America" is no death.
    ("how many people died in the embassy attack", None),
    ("In what year did Saddam Hussein's government fall?", None),
    # An actor no article has; a figure the question gives to someone who did not give it.
    ("Did the Iraqi parliament vote to expel US forces after the embassy attack?", None),
    ("What happened in the Iraqi parliament on Wednesday?", None),
    ("What happened to oil prices after the storming of the US embassy?", None),
    # A name typed first, as keywords: no word of the language, so a name no article has.
    ("Pompeo, embassy attack, reaction?", None),
    ("How many militia fighters did the Pentagon say were killed in the weekend strikes?", None),
    # Chat shorthand: "whos" asks who.
    ("whos the us ambassador to iraq", None),
    # The base is "a military base in northern Iraq", named nowhere; the clause after it has no "that".
    ("whats the name of the base the rockets hit on friday", None),
    # A cost typed as keywords asks for an amount, which no article gives.
    ("cost of damage to baghdad embassy", None),
    # The one American killed died at a base on Friday, not at the embassy nor in the weekend's strikes.
    ("How many Americans were killed at the US embassy in Baghdad?", None),
    ("How many Americans were killed at the embassy in Iraq?", None),
    ("In the embassy attack in Baghdad, how many Americans were killed?", None),
    ("How many Americans were killed in the US strikes over the weekend?", None),
    # Esper's words, quoted, are not the Iraqi government's; nor is Khamenei's response.
    ("What did the Iraqi government say in response to Esper's call for it to \"fulfil its international "
     "responsibilities\"?", None),
    # The premier named by his post, asked what he said or did that no article tells.
    ("What did Iran's prime minister say?", None),
    ("How did Iraqi Prime Minister Adel Abdel-Mahdi describe the US airstrikes?", None),
    ("Did Iraqi Prime Minister Abdel-Mahdi condemn the US airstrikes?", None),
    ("What did Iraqi Prime Minister Adel Abdel-Mahdi say to Trump during their phone call?", None),
    ("According to Iraqi Prime Minister Adel Abdel-Mahdi, how many protesters were wounded?", None),
    ("What did Trump say about Москва?", None),   # a word the tokenizer keeps nothing of
    ("Trump phoned Iraqi premier Adel Abdel-Mahdi and, according to the White House, stressed protecting US personnel "
     "and facilities, so how did Abdel-Mahdi respond to Trump during that call, and what did he promise?", None),
    # Words quoted are only the tweet asked about, whose time no article gives.
    ("What time was Trump's \"This is not a warning, it is a threat. Happy New Year!\" tweet posted?", None),
    # A count no sentence about the safe room gives; a date, where the articles give only a weekend and a weekday.
    ("Did more than 50 American diplomats shelter in the embassy's safe room during the siege?", "safe room"),
    ("On what exact date did the US carry out the weekend strikes on Kataib Hezbollah?", None),
    # Iraq's president is named nowhere; the US president is someone else.
    ("Did Iraqi President Barham Salih appeal to the demonstrators to leave the embassy?", None),
    # "published" frames a question about an article only; the first article has no dateline. "died" is known
    # through "dead", but no one is told dead at the embassy.
    ("When was the militia's statement published?", None),
    ("What date was the report about the Pentagon deployment published?", None),
    ("How many died in the embassy attack?", None),
    # A base or official asked for by name, where the articles name none; helicopters whose landing no article
    # dates; remarks no sentence dates; how long a sit-in lasted, which "a second wall" does not tell.
    ("At which named military base was the American contractor killed?", "military base"),
    ("Which specific PMU official asked the crowds to leave the embassy?", "umbrella group"),
    ("When did the extra attack helicopters sent to guard the embassy land in Baghdad?", "attack helicopters"),
    ("On what day did Abbas Mousavi make his remarks about an occupying power?", "occupying power"),
    # The phone call is dated nowhere: not by the day of the war of words, nor by "later" beside the premier.
    ("On what day did Trump speak by phone with Iraqi premier Adel Abdel-Mahdi?", "Trump spoke with Abdel-Mahdi"),
    ("When did Trump speak with Abdel-Mahdi?", "Trump spoke with Abdel-Mahdi"),
    # The helicopters' sending is told; no one is said to have confirmed it.
    ("Which US official confirmed that attack helicopters had been sent to protect the embassy?", "attack helicopters"),
    # "Dozens of … militiamen" counts no sites; "Iraq and Syria" names no town, and "Baghdad, Iraq" none in Syria.
    ("How many militia sites did the US strike in Iraq and Syria over the weekend?", None),
    ("Which town or city in Syria was hit by the weekend US strikes?", None),
    # "airstrikes left 25 militiamen dead" counts the dead, not the airstrikes.
    ("Did the US carry out five separate airstrikes on militia sites over the weekend?", None),
    # "The United States" is no unit; no unit is named.
    ("750 soldiers which division unit name", None),
    # The leaving is asked, which "asking crowds to leave" and "refused to leave" do not tell.
    ("On what day did the hardline groups that refused the PMU's call finally leave the embassy?", None),
    # A contractor spoken of, his name given nowhere.
    ("Have US officials publicly named the American contractor killed in Friday's rocket attack?", None),
    ("Was the American civilian contractor killed in the rocket attack publicly named?", None),
    ("Has the American contractor been identified?", None),
    # A gap between two events whose later one no article dates: troops are "prepared to deploy in the coming
    # days", and the 750 are sent "immediately", their arrival told nowhere.
    ("How many days after the Pentagon announcement did the additional troops Esper mentioned actually deploy?",
     "prepared to deploy"),
    ("How many hours after the embassy attack did the 750 US soldiers actually arrive in Iraq?", None),
    # What the base was called, asked with the clause after "called".
    ("what was the base called where the contractor died", "military base"),
    # The embassy "has not been evacuated", and nothing says why.
    ("Why did the US decide not to evacuate the embassy in Baghdad?", None),
    ("Why hasn't the embassy been evacuated?", "not been evacuated"),
])
def test_abstains_on_near_misses(assistant, question, closest):
    """Questions on the story whose asked-for detail the articles do not give."""
    ans = assistant.answer(question)
    assert not ans.answered, ans.text
    if closest:
        assert closest in ans.citations[0].quote
    check_invariants(ans, assistant.data)


@pytest.mark.parametrize("question,expected", [
    ("Who is the US Defense Secretary?", "Mark Esper"),
    ("How many soldiers is the US sending to Iraq?", "750 soldiers"),
    ("What did the Hashd Shaabi say the guards fired besides tear gas?", "bullets"),
    ("How many militiamen were killed in the airstrikes?", "25 militiamen"),
    ("How many militiamen did those strikes kill, according to the militia?", "25 militiamen"),
    ("How many protesters were wounded at the embassy?", "75 protesters"),
    ("Who was killed in the attack that the weekend US strikes answered?", "US citizen"),
    ("Which umbrella group includes Khataeb Hizbollah?", "Hashd Saabi"),
    ("Who is the American defense chief?", "Mark Esper"),
    ("What is the name of Iran's supreme leader?", "Khamenei"),
    # Context before the question: what is asked is judged on the question itself.
    ("The militia says 75 protesters were wounded when the embassy's guards fired tear gas. "
     "Which US force was guarding the mission?", "Marines"),
    # Facts late in long sentences, found through the clause's own vector.
    ("Where did American diplomats take shelter?", "safe room"),
    ("What kind of unit are the roughly 750 soldiers being deployed as?", "infantry battalion"),
    # Who said a quotation whose own sentence has only "he continued": the speaker named before it.
    ('Who declared "We\'re not after wars"?', "Khamenei"),
    ("Who said Iran would challenge and fight unequivocally if it decided to?", "Khamenei"),
    ("Who wrote 'This is not a Warning, it is a Threat'?", "Trump"),
    ("Which Iranian leader quote-tweeted the US president?", "Khamenei"),
    # Other words for the people counted, and a verb of saying before the event asked about.
    ("How many fighters died in the US air raids, per the militia's own count?", "25 militiamen"),
    ("The militia claims the guards shot at the crowd. How many people does it say were hurt?", "75 protesters"),
    ("Who is Iran's supreme leader?", "Khamenei"),
    ("What did Kataib Hezbollah call the embassy attack?", "first message"),
    ("Where in Baghdad did the militia supporters gather?", "Green Zone"),
    # "prime minister" in the question, "premier" in the article.
    ("Who was Iraq's prime minister at the time, the one who asked the crowd to go home?", "Abdel-Mahdi"),
    # A kind of the thing asked about, found by its kind's own word.
    ("What type of military unit was deployed?", "infantry battalion"),
    # A news agency named by its name alone: "Witnesses told dpa …".
    ("In the article that cites witnesses, which news agency did the witnesses speak to?", "dpa"),
    # The articles asked about, not a doer they must name; "the protest groups" are groups, no protest asked.
    ("Does either article say more troops could follow the initial deployment?", "additional troops"),
    ("Did all the protest groups leave the embassy when asked to?", "refused to leave"),
    # The doer of the deed asked, not of another one near it.
    ("Who was guarding the US mission in Baghdad?", "Marines"),
    ("Which troops were guarding the mission?", "US Marines guarding the mission"),
    # A tweet is picked out by its words, not by a name.
    ("Which Trump tweet about Iran paying a price is quoted in both articles?", "BIG PRICE"),
    ("What kind of aircraft did the US send to protect the embassy complex?", "attack helicopters"),
    # The post named in the context is the one whose name is asked.
    ("Protesters were asked to leave the embassy by Iraq's prime minister. What is his name?", "Abdel-Mahdi"),
    ("Did the protesters get into the main embassy buildings? Which wall did they get over?", "outside wall"),
    ("When the umbrella group told people to go home, did everyone leave?", "refused to leave"),
    ("roughly how many militia supporters showed up to protest at the embassy - dozens, hundreds or thousands?",
     "Thousands"),
    ("who's the iranian leader that got into a war of words with trump over the embassy siege", "Khamenei"),
    # "Which Iranian leader" asks who the leader is; asked that way, Iraq's leader is found as its premier.
    ("Which Iranian leader did Trump get into a war of words with?", "Khamenei"),
    ("Which Iraqi leader appealed to the demonstrators to leave?", "Abdel-Mahdi"),
    # The deed asked, as a noun: "despite appeals from Iraq's premier".
    ("Who appealed to the protesters to leave the embassy?", "Abdel-Mahdi"),
    # A unit goes by its kind's name, here "US Marines".
    ("Which US military unit guarding the embassy fired tear gas on Wednesday?", "Marines"),
    ("Where was Trump when reporters asked him about going to war with Iran?", "Mar-a-Lago"),
    # A kind of the thing asked about, in a long sentence whose whole meaning is further from the question.
    ("what kind of military unit is being sent", "infantry battalion"),
    # The closest sentence by meaning sits in a chunk the keywords rank low.
    ("Did Khamenei say Iran is seeking war with the US?", "not after wars"),
    # A quotation whose own sentence names no speaker is found by its speaker's name, said sentences before.
    ("What did Khamenei say Iran is not after?", "not after wars"),
    ("Did Khamenei say Iran wants a war with the US?", "not after wars"),
    # The closest sentence is the reporters' question; the reply follows it.
    ("What was the president's answer when asked if he foresees going to war with Tehran?", "Do I want to? No."),
    # The country's post found beyond the candidates, the post first, and a head of government as its leader.
    ("Who is the prime minister of Iraq?", "Abdel-Mahdi"),
    ("who is iraq's prime minister", "Abdel-Mahdi"),
    ("did trump talk to the iraqi leader", "by phone"),
    # The sentence closest to the question mentions militiamen; the next names the militia.
    ("Which militia did the US hit with airstrikes over the weekend?", "Kataib Hezbollah"),
    # "What …" is answered by saying what it was.
    ("What additional forces had the US already sent to protect the embassy complex?", "attack helicopters"),
    ("What attack were the weekend US strikes meant to retaliate for?", "rocket fire"),
    # British spelling; "rushing" troops is sending them.
    ("How did the US defence secretary characterise the troop deployment?", "precautionary"),
    ("How many soldiers is Washington rushing to Iraq after the embassy siege?", "750"),
    ('When Khamenei referred to "that guy" in his response, whom did he mean?', "Trump"),
    ("Was tear gas used on the protesters at the embassy?", "tear gas"),
    ("whats the iraq pm's name", "Abdel-Mahdi"),
    ("How did Kataib Hizbollah frame the embassy assault, and what did it say comes next?", "first message"),
    # The sentence holding the word asked about ("threat", "pay") shares little else with the question.
    ("What did Trump say Iran would pay for the embassy attack?", "BIG PRICE"),
    ("What threat did Trump make on Twitter against Iran after the embassy was stormed?", "BIG PRICE"),
    ("What did Trump warn Iran in his tweet?", "BIG PRICE"),
    ("How did Trump threaten Iran on Twitter after the embassy was attacked?", "BIG PRICE"),
    # A person asked about loosely; the doer's verb before a pronoun.
    ("who's the defense guy that announced the troops after the embassy thing?", "Mark Esper"),
    ("who's the Iran guy who got into a twitter fight with trump?", "Khamenei"),
    ("why did the US hit them in the first place?", "killed a US citizen"),
    # Posts as a news desk shortens them.
    ("US def sec name?", "Mark Esper"),
    ("Who is the Iranian FM spokesman quoted?", "Abbas Mousavi"),
    # A clause of time before the question; "intentions" frames what was said, no article need have it.
    ("When reporters asked Trump whether he wanted war with Iran, how did he describe his intentions?",
     "I want to have peace"),
    ("What is Donald Trump's title?", "President"),
    ("How did Ayatollah Ali Khamenei respond to Trump's claim that Iran was behind the embassy storming?",
     "ultimately responsible"),
    ("What year did the protest at the US embassy in Baghdad take place?", "2020"),
    # "Located" only says where: a context, then what is in the place the context named.
    ("Thousands of militia supporters converged on the Green Zone on Tuesday. What is located in the Green Zone?",
     "government offices and foreign embassies"),
    # The article itself asked about: its dateline, though no article says "article".
    ("What date is given at the top of the second article?", "2020-01-01"),
    # "asked the US president: “Do you foresee …”": "Do" names no one; "US President Donald Trump" does.
    ("Who is the US president in this story?", "Donald Trump"),
    # Words that set aside what is not asked; "died" is told by "dead"; an article's publishing by its dateline.
    ("How many militiamen did the group say were wounded, as opposed to killed, by the US airstrikes?",
     "50 others wounded"),
    ("How many militiamen were wounded, apart from those killed?", "50 others wounded"),
    ("On what date was the article about Khamenei's war of words with Trump published?", "2020-01-01"),
    ("I gather the whole chain of events started with a rocket attack that killed an American; where and on what "
     "day did that fatal rocket fire happen?", "Friday"),
    # What the report is about is not asked of it; "overnight" tells how long.
    ("What is the date given at the top of the report on the Baghdad protests?", "2020-01-01"),
    ("How long had the protesters camped out at the embassy gates?", "overnight"),
    # "behind the protests" says which group, no protest asked: its statement asking the crowds to leave answers.
    ("Did the group behind the protests ask the crowds to leave the embassy?", "asking crowds to leave"),
    # Counts of people, asked with the words of a group: "militia supporters" are "militiamen and their supporters".
    ("About how many militia supporters actually broke into the embassy compound?", "Dozens"),
    # "Iran's supreme leader" entered the war of words; the report's sentence naming him comes with it.
    ("Who entered into a war of words with Trump over events in Iraq?", "Ali Khamenei"),
    ("Was it Iran's President Hassan Rouhani who entered a war of words with Trump over Iraq?", "Ali Khamenei"),
    # Whether a name was given, answered by the sentence saying it was not.
    ("Did the Hashd Shaabi name the ammunition the guards used?", "without specifying"),
    # Long context before ", so what …?".
    ("When the crowds pushed up against the embassy, the people guarding it responded with some kind of "
     "crowd-control measure that both articles mention, so what did the embassy guards, or the Marines, fire at "
     "the protesters?", "tear gas"),
    # "The group said …" reports the group the sentence before names.
    ("How many militiamen does Hashd Shaabi say were killed by the US airstrikes?", "25 militiamen"),
    # A post capitalised before a name is no name the articles lack.
    ("What did Trump stress in his phone call with Iraqi Prime Minister Adel Abdel-Mahdi?", "need to protect"),
])
def test_answers_what_the_near_misses_resemble(assistant, question, expected):
    assert_answers(assistant, question, expected)


def test_quality_on_own_set(assistant):
    """The project's own set: most answerable questions right and cited, unanswerables mostly abstaining."""
    right = 0
    for c in CASES:
        ans = assistant.answer(c.question)
        if c.answerable:
            right += ans.answered and any(e.lower() in ans.text.lower() for e in c.expected)
        else:
            right += not ans.answered
    assert right / len(CASES) >= 0.8, right


@pytest.mark.parametrize("bad,match", [("", "empty"), ("   \n\t", "empty"), ("x" * 2001, "2,000"),
                                       (None, "must be text")])
def test_bad_questions(assistant, bad, match):
    with pytest.raises(QuestionError, match=match):
        assistant.answer(bad)


def test_follow_up_uses_history(assistant):
    plain = assistant.answer("What did he threaten?")
    follow = assistant.answer("What did he threaten?", history=["What did Trump say about Iran?"])
    assert follow.query != follow.question and "Trump" in follow.query
    assert follow.answered and "PRICE" in follow.text.upper(), follow.text
    assert plain.query == plain.question


def test_module_answer_builds_default_index(tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_INDEX_DIR", str(tmp_path / "fresh"))
    ans = rag.answer("How many soldiers will the US deploy?")
    assert ans.answered and "750" in ans.text
    assert (tmp_path / "fresh" / "CURRENT").exists()
    again = rag.answer("How many soldiers will the US deploy?")
    assert again == ans


@pytest.mark.parametrize("question", ["How many soldiers will the US deploy?", "What is the capital of Australia?",
                                      "What did Russia say about the attack?"])
def test_segments_render_the_text(assistant, question):
    ans = assistant.answer(question)
    assert " ".join(s.render() for s in ans.segments) == ans.text
    assert sorted({n for s in ans.segments for n in s.refs}) == [c.n for c in ans.citations]


@pytest.mark.parametrize("question,part", [
    ("Esper called the deployment precautionary. What kind of unit was being sent?", "What kind of unit was being sent?"),
    ("How many soldiers will the US deploy?", "How many soldiers will the US deploy?"),
    ("Trump blamed Iran. Why?", "Trump blamed Iran. Why?"),      # too short to stand alone
    ("Mr. Trump said what, exactly?", "Mr. Trump said what, exactly?"),
    ("The battalion heading to Iraq - which army division is it drawn from?", "which army division is it drawn from?"),
    ("Kataib Hezbollah - who leads it?", "Kataib Hezbollah - who leads it?"),   # too short to stand alone
    ("Iran's foreign ministry spokesman - what's his name?", "Iran's foreign ministry spokesman - what's his name?"),
    # A claim to check is asked as the yes/no question it is.
    ("Claim: Iraq's parliament has voted to expel US troops. Is that true?", "Has Iraq's parliament voted to expel US troops?"),
    ("Claim: several protesters were shot dead. Can this be confirmed?", "Were several protesters shot dead?"),
    ("A post claims Iraqi police arrested dozens of protesters. Is that right?",
     "Did Iraqi police arrested dozens of protesters?"),
    ("Is it true that attack helicopters were sent?", "Were attack helicopters sent?"),
    ("A post says 1,000 soldiers were sent. How many were actually announced?", "How many were actually announced?"),
    ("Fact check: the embassy was evacuated. Correct?", "Was the embassy evacuated?"),
    ("True or false: about 5,000 US troops were already stationed in Iraq.",
     "Were about 5,000 US troops already stationed in Iraq?"),
    ("Is it accurate to say the embassy was evacuated?", "Was the embassy evacuated?"),
    # A question to the articles themselves asks about the question before it; one that only mentions them
    # is asked itself, and a question before "Is that confirmed?" is no claim.
    ("Where did the US strikes hit? Do both articles say the same places?", "Where did the US strikes hit?"),
    ("Where did the strikes hit? How many casualties do the reports give?", "How many casualties do the reports give?"),
    ("Who attacked the embassy? Is that confirmed?", "Who attacked the embassy? Is that confirmed?"),
    ("The militia gave its own figures (without saying what ammunition was used), so how many protesters did they "
     "say were wounded?", "how many protesters did they say were wounded?"),
    # The question after "so" may hold commas of its own, or open with a preposition; a second question set off
    # by commas is asked of the whole.
    ("The guards responded with some measure both articles mention, so what did the embassy guards, or the Marines, "
     "fire at the protesters?", "what did the embassy guards, or the Marines, fire at the protesters?"),
    ("The rocket attack is described in one report, so on what day was the American contractor killed?",
     "on what day was the American contractor killed?"),
    ("One report narrows it down, so in which countries, and which part of Iraq, did the US strike the militia?",
     "One report narrows it down, so in which countries, and which part of Iraq, did the US strike the militia?"),
    # A question whose subject is the one asked about just before asks with it.
    ("What were the American diplomats inside doing? Where did they take shelter?",
     "What were the American diplomats inside doing? Where did they take shelter?"),
    # … unless the two ask for different kinds of answer: a time here, not a name.
    ("Who attacked the embassy? When did they leave the compound?", "When did they leave the compound?"),
    # "that argument" is told in the context: its words are what a sentence answering must share.
    ("Iraqis see the US as an occupying power, Tehran says. Who made that argument?",
     "Iraqis see the US as an occupying power, Tehran says. Who made that argument?"),
    # Context set off by a semicolon; a yes/no question after one leans on the context for its subject.
    ("The protests went on for days; on which day did the crowd storm the compound?",
     "on which day did the crowd storm the compound?"),
    ("Trump was asked about war; did he say he wanted one?", "Trump was asked about war; did he say he wanted one?"),
    # A semicolon inside a quotation sets off nothing.
    ("Did Khamenei tweet \"Trump cannot do a thing; who is he to threaten us\"?",
     "Did Khamenei tweet \"Trump cannot do a thing; who is he to threaten us\"?"),
])
def test_the_asked_part_of_a_question(question, part):
    assert asked_part(question) == part


@pytest.mark.parametrize("question,asked", [
    # A yes/no guess, then the question asked instead.
    ("Did Kataib Hizbollah say the protest was the end of it, or what did it say comes next?",
     "what did it say comes next?"),
    # A draft's claim, checked when its detail is asked for; not when something else is.
    ("My notes say 570 soldiers were sent. What number do the articles give?", "Were 570 soldiers sent?"),
    ("The draft says 750 soldiers were sent. Who do the articles say sent them?", "Who do the articles say sent them?"),
    ("The draft says 750 soldiers were sent. Why do the articles say they were sent?",
     "Why do the articles say they were sent?"),
    # What the articles say is what is asked; not a copula of a clause, nor a report in the news.
    ("Who do the articles say the ambassador is?", "Who is the ambassador?"),
    ("What do the articles say about where the ambassador was?",
     "What do the articles say about where the ambassador was?"),
    ("What did the UN say in the report?", "What did the UN say in the report?"),
    # "he" as the one person the context names: not a day, a body or a news agency, nor where the question names one.
    ("The embassy was attacked on Tuesday. What did he stress on that call?", "What did he stress on that call?"),
    ("The Pentagon sent 750 troops. Who did he say would lead the troops?", "Who did he say would lead the troops?"),
    ("I read the Reuters story. How do the articles describe him?", "How do the articles describe him?"),
    ("The draft mentions Esper. When did Trump say he would send troops?", "When did Trump say he would send troops?"),
    # A cleft of a count asks whether so many did; not one of a time, nor of one person.
    ("Was it only a small group of militia supporters who stormed the embassy?",
     "Did only a small group of militia supporters stormed the embassy?"),
    ("Was it a few days later that the troops arrived?", "Was it a few days later that the troops arrived?"),
    ("Was it just Trump who tweeted about it?", "Who tweeted about it?"),
    # A request asks what it asks for, with or without a mark, and a yes/no question inside it as one; not a request
    # of someone else.
    ("Give me the estimated cost of the damage to the embassy compound",
     "what is the estimated cost of the damage to the embassy compound?"),
    ("Summarise what Esper asked of the Iraqi government.", "what Esper asked of the Iraqi government?"),
    ("Give the guards credit: who fired first?", "Give the guards credit: who fired first?"),
    ("Find out whether more troops could follow", "Could more troops follow?"),
    ("Summarise the articles.", "Summarise the articles."),
    ("Tell me the truth: did Iran plan it?", "Tell me the truth: did Iran plan it?"),
    ("According to the article: who stormed the embassy?", "who stormed the embassy?"),
    # A reading test's passage is the articles; a person's account is not ("According to Khamenei, …").
    ("According to the passage, from which US military base were the 750 soldiers sent?",
     "from which US military base were the 750 soldiers sent?"),
    ("What does Khamenei say the US president can do, according to the article?",
     "What does Khamenei say the US president can do?"),
    ("According to Khamenei, what can Trump do?", "According to Khamenei, what can Trump do?"),
    # An aside after the question asks nothing; a second question without its mark still asks.
    ("How many troops went? Asking for a friend.", "How many troops went?"),
    ("Where was Trump when reporters asked him about war with Iran? Golfing, probably, haha.",
     "Where was Trump when reporters asked him about war with Iran?"),
    ("Who stormed the embassy? And when did they leave", "Who stormed the embassy? And when did they leave"),
])
def test_what_a_question_asks_after_its_framing(question, asked):
    assert asked_part(spelled_out(question)) == asked


def test_a_spaced_hyphen_sets_off_no_guess():
    assert spelled_out("How many soldiers - 750 - were sent?", lambda words: False) == \
        "How many soldiers - 750 - were sent?"


@pytest.mark.parametrize("question", ["Claim: Iraqi security forces arrested dozens of protesters at the embassy. "
                                      "Is that true?",
                                      "Claim: Iraq's parliament has already voted to expel American troops. Is that true?",
                                      "Claim: several protesters were shot dead by embassy guards. Can this be confirmed?"])
def test_a_claim_the_articles_do_not_bear_out_is_not_confirmed(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question", ["When was the US embassy in Baghdad built?",
                                      "What year did Saddam Hussein's government fall?",
                                      # the attack dates the flight asked of, and no article has a flight
                                      "When did Trump fly back to Washington from Mar-a-Lago after the embassy "
                                      "attack?"])
def test_no_time_for_an_event_the_articles_give_none(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question", ["Which news organisation's reporter asked Trump whether he foresaw war with Iran?",
                                      "When did the Iraqi parliament vote on expelling US troops after the attack?",
                                      "Did any of the 75 protesters wounded by the guards later die of their injuries?",
                                      # Tehran blasted Washington; nobody is said to condemn the strikes.
                                      "Did Iraq's premier condemn the US airstrikes on the militia?",
                                      "did abdel-mahdi condemn the us airstrikes?",
    "At which base in Iraq will the 750 soldiers be stationed?",
    "Which towns in western Iraq and Syria were hit by the US strikes?",
    # "the White House said in a statement": no spokesperson is named.
    "Which White House spokesperson issued the statement about Trump's call with Abdel-Mahdi?"])
def test_no_answer_about_whom_the_articles_do_not_speak_of(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question,expected", [("Why did the US bomb the militia in the first place?",
                                                "killed a US citizen"),
                                               ("Trump blames Iran. How has the Iranian side responded to that "
                                                "charge?", "denied any involvement")])
def test_a_doer_the_articles_name_otherwise(assistant, question, expected):
    assert_answers(assistant, question, expected)


def test_what_someone_tweeted_is_their_own_tweet(assistant):
    # Khamenei's "That guy has tweeted …" mentions Trump's tweet; it is not one.
    ans = assistant.answer("what did trump tweet about iran")
    assert ans.answered and ans.text.startswith("“Iran will be held fully responsible"), ans.text
    # His tweet's words, not only the reporter's account of another tweet ("accused Tehran of “orchestrating”").
    ans = assistant.answer("What did Trump tweet after the embassy was attacked?")
    assert ans.answered and "BIG PRICE" in ans.text, ans.text


def test_people_counted_by_what_they_did(assistant):
    # No article says "people" or "showed up": "Thousands of supporters … converged" counts them.
    ans = assistant.answer("How many people showed up to protest?")
    assert ans.answered and "Thousands of supporters" in ans.text, ans.text
    # A rough count of people doing something else counts no dead.
    assert not assistant.answer("how many people died in the embassy attack").answered


def test_whom_someone_blames_is_told_by_his_blame(assistant):
    # Trump's own blame: "holding Iran responsible", "Iran would be held responsible", not Khamenei's words
    # "we see Iran responsible" that only refer to him.
    ans = assistant.answer("Which country does Trump blame for the attack on the US embassy?")
    assert ans.answered and "holding Iran responsible" in ans.text, ans.text
    ans = assistant.answer("Who does Trump hold responsible for the embassy attack, and for what exactly?")
    assert ans.answered and "Iran would be held responsible" in ans.text, ans.text


@pytest.mark.parametrize("question", [
    "What did Khamenei say the US can do?",
    "What did Khamenei say the US can do in response to Iran?",
    "What does Khamenei tell Trump he can do about it?",
    "According to Khamenei, what can Trump do against Iran?",
    "Didn't Khamenei tell Trump he can't do anything?",
])
def test_what_someone_can_do_is_told_by_what_he_cannot(assistant, question):
    # Khamenei's "1st: You can’t do anything." has no other word of the question; its "can’t do" is the answer.
    ans = assistant.answer(question)
    assert ans.answered and "You can’t do anything" in ans.text, ans.text


def test_what_someone_tweeted_goes_on_to_his_next_quote(assistant):
    # "“That guy has tweeted …,” he said" is followed by the rest of Khamenei's tweet, with no speaker of its own.
    ans = assistant.answer("What did Khamenei tweet back at Trump?")
    assert ans.answered and "You can’t do anything" in ans.text, ans.text


def test_what_happened_as_a_dated_deed_did_is_of_that_day(assistant):
    ans = assistant.answer("What day did more crowds arrive?")
    assert ans.answered and "on Wednesday as more crowds arrived" in ans.text, ans.text


def test_where_something_took_place(assistant):
    ans = assistant.answer("Posts say the strikes hit Iran. Where did the strikes actually take place?")
    assert ans.answered and "Syria" in ans.text


def test_a_claim_the_articles_bear_out_is_confirmed_with_its_source(assistant):
    ans = assistant.answer("Is it true that attack helicopters were among the extra forces sent to the embassy?")
    assert ans.answered and "attack helicopters" in ans.text


def test_courtesy_is_set_aside():
    assert spelled_out("Could you remind me of his name?") == "what is his name?"
    assert spelled_out("Could you tell me which base the soldiers come from, please?") == \
        "which base the soldiers come from?"
    assert spelled_out("I'd like to know what the militia plans next.") == "what the militia plans next."


def test_a_polite_question_is_answered_as_asked(assistant):
    ans = assistant.answer("I understand Iraq's prime minister asked the demonstrators to go home. Could you remind "
                           "me of his name?")
    assert ans.answered and "Abdel-Mahdi" in ans.text, ans.text
    assert not assistant.answer("Could you tell me which base or army division those 750 soldiers are being sent "
                                "from, please?").answered


@pytest.mark.parametrize("question,written", [
    ("What did the embassy guards fire at the crowd, rubber bullets or what?",
     "What did the embassy guards fire at the crowd?"),
    ("What did Iran's supreme leader, Rouhani I think, warn Trump about?",
     "What did Iran's supreme leader warn Trump about?"),
    ("The defense secretary, Esper or was it Pompeo, how did he describe sending the troops?",
     "The defense secretary, how did he describe sending the troops?"),
    ("Which Iranian official said the US is seen as an occupier, was it the foreign minister Zarif?",
     "Which Iranian official said the US is seen as an occupier?"),
    ("What did Esper ask the Iraqi government to do after the attack in Erbil, sorry, Baghdad?",
     "What did Esper ask the Iraqi government to do after the attack in Baghdad?"),
    # A second question, another choice, a claim's tag and an apology are no guesses.
    ("What additional forces had the US sent, and was it evacuated?", None),
    ("What does Khamenei say Iran wants: war, or something else?", None),
    ("The guards fired tear gas at the crowd, or what?", None),
    ("I'm sorry to ask, but what was the contractor's name?", None),
    ("When the protesters broke in, which part was it that they burned?", None),
    ("It was Kataib Hezbollah, was it, who attacked the embassy?", None),   # a bare tag
    # An apology, a filler, or a longer name put right is no name put right.
    ("How many troops were sent, sorry if you told me already?", None),
    ("What did Trump say, I mean, about Iran?", None),
    ("Did protesters gather in the Green Zone, sorry, Erbil?", None),
])
def test_a_guess_set_off_in_the_question_is_set_aside(question, written):
    assert spelled_out(question) == (written or question)


@pytest.mark.parametrize("question,expected", [
    ("What did the embassy guards fire at the crowd, rubber bullets or what?", "tear gas"),
    ("What did Iran's supreme leader, Rouhani I think, warn Trump about?", "not afraid to defend its interests"),
    ("Which Iranian official said the US is seen as an occupier, was it the foreign minister Zarif?", "Mousavi"),
    # A guess whose words the articles all have is kept: a cue to what is asked.
    ("what did trump tweet, something about a big price?", "BIG PRICE"),
])
def test_a_wrong_guess_does_not_turn_the_question_away(assistant, question, expected):
    assert assert_answers(assistant, question, expected).question == question   # shown as typed


def test_a_bare_guess_after_the_question_is_set_aside_if_the_articles_lack_it(assistant):
    knows = assistant.retriever.knows_all
    assert spelled_out("Since whose government fell has Iraq been trying to balance between the US and Iran, "
                       "Gaddafi's?", knows) == ("Since whose government fell has Iraq been trying to balance between "
                                                "the US and Iran?")
    for kept in ("Which official called the troop dispatch a fitting, cautionary step?",
                 "When the PMU asked the crowds to leave, did everyone go home?",   # the question itself
                 "how big is the embassy compound, like in acres?",   # the measure asked
                 "Where did the crowds gather, the Green Zone?",   # the articles have it: a cue
                 "When was the embassy attacked, the one in Benghazi?"):   # which one is meant
        assert spelled_out(kept, knows) == kept
    ans = assistant.answer("Since whose government fell has Iraq been trying to balance between the US and Iran, "
                           "Gaddafi's?")
    assert ans.answered and "Saddam Huseein" in ans.text, ans.text


def test_chat_shorthand_is_written_out():
    assert spelled_out("whos the us ambassador to iraq") == "who is the us ambassador to iraq"
    assert spelled_out("Whats the govt saying, ppl?") == "what is the government saying, people?"
    # Letters for words, in lower case only ("U.S." is a country, its dots joined, not "you"), and
    # "again" asking to be reminded.
    assert spelled_out("what kind of unit r they sending") == "what kind of unit are they sending"
    assert spelled_out("did u see the U.S. statement") == "did you see the US statement"
    assert spelled_out("whos the iranian supreme leader again?") == "who is the iranian supreme leader?"
    assert spelled_out("So who is Iran's supreme leader here?") == "who is Iran's supreme leader?"
    for kept in ("When will they strike again?", "Where did they strike again?",
                 "Where is the nearest base from here?", "Who is here?", "how many u s troops", "r&d",
                 "embassy phone number?"):
        assert spelled_out(kept) == kept
    # A request is what it asks for, not keywords: "casualty count" is not "Number of give me the casualty".
    assert spelled_out("give me the casualty count") == "what is the casualty count?"
    assert spelled_out("Who is Mark Esper?") == "Who is Mark Esper?"
    assert spelled_out("US def sec name?") == "US defense secretary name?"
    # A possessive typed without its apostrophe; not "his name", nor "name" as a verb.
    assert spelled_out("whats the iraqi prime ministers name") == "what is the iraqi prime minister's name"
    # Keywords with the question word last, or the thing named before a doer.
    assert spelled_out("iraq prime minister who") == "Who iraq prime minister"
    assert spelled_out("contractor killed when?") == "When contractor killed?"
    assert spelled_out("Tear gas Wednesday, who?") == "Tear gas Wednesday, who?"
    for kept in ("Tell me about the man who", "Any idea who?", "Remind me when", "Pompeo said who"):
        assert spelled_out(kept) == kept
    assert spelled_out("whats the iraqi prime ministers name, the one backed by iran") == \
        "what is the iraqi prime minister's name, the one backed by iran"
    assert spelled_out("militia targeted by US weekend strikes name") == "Name of militia targeted by US weekend strikes?"
    for kept in ("whats his name", "What group do the articles name as behind the protesters?",
                 "Who do the reports name?", "what are the victims names", "whats the hamas name"):
        assert spelled_out(kept) == kept.replace("whats", "what is")
    # A spokesman speaks for a ministry; "Iran's FM" is its minister.
    assert spelled_out("the Iranian FM spokesman") == "the Iranian foreign ministry spokesman"
    assert spelled_out("who is iran's fm?") == "who is iran's foreign minister?"
    # News names the US defence department by its building; "dod" in lower case may be a word.
    assert spelled_out("Will the DoD send more troops?") == "Will the Pentagon send more troops?"
    assert spelled_out("what did the defence department say") == "what did the Pentagon say"
    assert spelled_out("what did dod say") == "what did dod say"
    assert spelled_out("What did the US def dept say?") == "What did the US Pentagon say?"
    assert spelled_out("What did Iraq's defence department say?") == "What did Iraq's defence department say?"
    assert spelled_out("Sec. Pompeo said what?") == "secretary Pompeo said what?"
    # A named person's post asked for is who they are; a stance ("position on") or no name is kept.
    assert spelled_out("What is Donald Trump's title?") == "Who is Donald Trump?"
    assert spelled_out("What position does Abbas Mousavi hold?") == "Who is Abbas Mousavi?"
    assert spelled_out("whats Mark Esper's job??") == "Who is Mark Esper?"
    assert spelled_out("What is Abbas Mousavi's role?") == "Who is Abbas Mousavi?"
    for kept in ("What is Trump's position on Iran?", "What is US's role?", "What is Iraq's role?",
                 "What is the militia's role?",
                 "What is Iran's position?", "What was Khamenei's post?", "What role did Iraq have?",
                 "What title does Iraq hold?"):
        assert spelled_out(kept) == kept
    # Not the SEC, a duration or a radio station.
    for kept in ("What did the SEC say?", "within 30 sec?", "Which FM radio station reported it?"):
        assert spelled_out(kept) == kept


@pytest.mark.parametrize("question,parts", [
    ("How many US troops are being sent, and what kind of unit are they?",
     ["How many US troops are being sent?", "what kind of unit are they?"]),
    # Asked about the one named before the dash.
    ("Iran's supreme leader - who is he, and who does he blame for the unrest?",
     ["who is Iran's supreme leader?", "who does Iran's supreme leader blame for the unrest?"]),
    ("What did Trump say and why?", ["What did Trump say and why?"]),     # "why" leans on the rest
    # A second question may open with its preposition.
    ("Which gate did the protesters set on fire, and on which street is it?",
     ["Which gate did the protesters set on fire?", "on which street is it?"]),
    ("Khamenei accused the US of crimes in Iraq and which other country?",
     ["Khamenei accused the US of crimes in Iraq and which other country?"]),   # one question
    # The part pointing back at "that claim" is asked with the context that tells it; the other on its own.
    ("Trump blamed Iran for the embassy attack. Who made that claim, and on what day did protesters storm it?",
     ["Trump blamed Iran for the embassy attack. Who made that claim?", "on what day did protesters storm it?"]),
    # A hedge before the question word still starts a question.
    ("Roughly how many people converged on the embassy on Tuesday, and what kind of militia did they support?",
     ["Roughly how many people converged on the embassy on Tuesday?", "what kind of militia did they support?"]),
    ("Exactly how many soldiers were sent, and from which unit were they?",
     ["Exactly how many soldiers were sent?", "from which unit were they?"]),
    # "and how many" starts a second question, comma or none.
    ("What kind of unit was deployed and how many soldiers were in it?",
     ["What kind of unit was deployed?", "how many soldiers were in it?"]),
    ("Who was killed and how many?", ["Who was killed and how many?"]),   # a part too short to ask alone
])
def test_the_questions_a_question_asks(question, parts):
    assert asked_parts(question) == parts


def test_a_hedged_count_asked_with_a_second_question_is_answered(assistant):
    # Asked whole, the count was judged against the militia of the second question, and nothing was answered.
    ans = assistant.answer("Roughly how many people converged on the embassy on Tuesday, and what kind of militia "
                           "did they support?")
    assert ans.answered and "Thousands of supporters of the militia converged" in ans.text, ans.text


def test_which_country_backs_is_answered_by_the_country_fused_to_the_deed(assistant):
    ans = assistant.answer("Which country backs the militia whose supporters attacked the embassy?")
    assert ans.answered and ("Iranian-backed" in ans.text or "Iran-backed" in ans.text), ans.text


@pytest.mark.parametrize("question,expected", [
    ("What was the first point Khamenei made in reply to Trump's tweet?", "You can’t do anything"),
    ("In Khamenei's numbered reply to Trump, what was his first point?", "You can’t do anything"),
    ("What was Khamenei's '2nd' point in his reply to Trump?", "made nations hate you"),
    ("What were Khamenei's first and second points in his reply to Trump?", "You can’t do anything"),
    ("What was the first thing Khamenei told Trump?", "You can’t do anything"),
])
def test_a_numbered_point_is_quoted_from_the_list(assistant, question, expected):
    # "1st: …" is far from the question in meaning; that it holds the point asked for is closeness enough.
    assert_answers(assistant, question, expected)


def test_the_day_of_a_deed_told_once_is_found(assistant):
    # "stormed entrances to the embassy on Tuesday" sits in a chunk the question's words rank third for days.
    ans = assistant.answer("Which day of the week did the protesters first attack the embassy?")
    assert ans.answered and "stormed entrances to the embassy on Tuesday" in ans.text, ans.text
    # Worded far from its answer, it is led by a sentence telling the attack and its day, not the weekend strikes.
    ans = assistant.answer("Which day of week the protesters attacked embassy first time?")
    assert ans.answered and "attacked the US embassy on Tuesday" in ans.text, ans.text
    assert "Over the weekend" not in ans.text, ans.text


def test_a_street_no_article_names_is_not_answered_by_other_places(assistant):
    # A street's name carries "Street": no article has one, so Baghdad or the Green Zone answers nothing.
    assert not assistant.answer("On which street is the embassy gate located?").answered
    ans = assistant.answer("Which embassy gate did the protesters set on fire, and on which street is it located?")
    assert ans.text.endswith("The articles don't say: on which street is it located?"), ans.text


def test_each_part_of_a_question_is_answered(assistant):
    ans = assistant.answer("Iran's foreign ministry spokesman - who is he, and what did he call the US in Iraq?")
    assert ans.answered and "Mousavi" in ans.text and "occupying power" in ans.text, ans.text
    check_invariants(ans, assistant.data)
    # A part the articles do not cover is said so, in its place; the other part is still answered.
    ans = assistant.answer("How many soldiers is the US deploying, and when was the embassy built?")
    assert ans.answered and "750" in ans.text and "The articles don't say: when was the embassy built?" in ans.text
    check_invariants(ans, assistant.data)
    # When the first part is not covered, the rest leans on it: no answer.
    assert not assistant.answer("Who is the US ambassador to Iraq, and was he inside the embassy during the "
                                "attack?").answered
    assert_answers(assistant, "While the crowds were surrounding the building, what were the American diplomats "
                              "inside doing? Where did they take shelter?", "safe room")


def test_a_vague_word_after_a_number_is_read_as_what_the_articles_count(assistant):
    fix = assistant.retriever.spelled_as_articles
    assert fix("what kind of unit are the 750 guys") == "what kind of unit are the 750 soldiers"
    assert fix("were 75 people hurt") == "were 75 protesters wounded"
    # A number the articles do not count anything by keeps the noun after it.
    assert fix("were 300 people hurt") == "were 300 people wounded"
    assert_answers(assistant, "what kind of unit are the 750 guys", "infantry battalion")


def test_misspelt_words_are_read_as_the_articles_spell_them(assistant):
    fix = assistant.retriever.spelled_as_articles
    assert fix("who is the us defence secratary") == "who is the us defence secretary"
    assert fix("what did Khamenie tweet") == "what did Khamenei tweet"
    assert fix("whats the name of iraqs prime minster") == "whats the name of iraqs prime minister"
    # Other words, not slips: left as they are.
    assert fix("What were the protesters shouting?") == "What were the protesters shouting?"
    assert fix("When did they break in?") == "When did they break in?"
    # A slip that shares a stem's first letters with the articles' word ("evacut-" with "evacu-").
    assert fix("Has the embassy been evacuted?") == "Has the embassy been evacuated?"
    assert fix("who took the photos") == "who took the photos"   # another form, spelt right, is kept
    assert_answers(assistant, "Has the US embassy in baghdad been evacuted?", "has not been evacuated")
    ans = assistant.answer("who is the us defence secratary")
    assert ans.answered and "Esper" in ans.text, ans.text
    # A name a letter off, which the consonant skeleton keeps apart; capitals standing for a run of names.
    assert fix("How did Mark Esber describe the deployment?") == "How did Mark Esper describe the deployment?"
    assert fix("Did the crowd leave when the PMF asked?") == \
        "Did the crowd leave when the Population Mobilisation Forces asked?"
    # Initials no run of the articles has, and a word a letter off that starts the question, are kept.
    assert fix("Did the IRGC, the USA, NATO or CNN say so?") == "Did the IRGC, the USA, NATO or CNN say so?"
    assert fix("Esber said what?") == "Esber said what?"
    # A name typed as it sounds: other vowels, a voiced consonant for an unvoiced one.
    assert fix("how did Esbur describe the deployment") == "how did Esper describe the deployment"
    assert fix("how did Ezbur describe the deployment") == "how did Esper describe the deployment"
    assert fix("how did Ispur describe the deployment") == "how did Ispur describe the deployment"   # first letter
    # Capitals that are no initials are still read for slips.
    assert fix("WHAT DID MARK ESBER SAY") == "WHAT DID MARK Esper SAY"
    assert_answers(assistant, "How did Defence Secretary Mark Esber describe the deployment?",
                   "appropriate and precautionary action")
    assert_answers(assistant, "how did Esbur describe the deployment of the troops", "appropriate and precautionary")
    assert_answers(assistant, "Did all the protesters leave when the PMF asked them to?", "hardline groups refused")


def test_negated_and_cleft_questions_ask_what_they_suppose():
    assert spelled_out("Didn't Khamenei say Iran wanted war?") == "Did Khamenei say Iran wanted war?"
    assert spelled_out("Was it Mike Pompeo who called the deployment precautionary?") == \
        "Who called the deployment precautionary?"
    assert spelled_out("Is it true that attack helicopters were sent?") == "Is it true that attack helicopters were sent?"


@pytest.mark.parametrize("question,expected", [
    ("Was it Mike Pompeo who called the deployment an appropriate and precautionary action?", "Esper"),
    ("Was the US embassy in Baghdad stormed on Monday or Tuesday?", "Tuesday"),
    ("Did the weekend US strikes target Kataib Hezbollah or Asaib Ahl al-Haq?", "Kataib Hezbollah"),
    ("Which Iranian news agency carried the remarks - was it IRNA or Mehr?", "Mehr"),
    ("Who does the US president hold responsible?", "Iran"),
    # Another kind of unit: the sentence naming the unit sent tells it.
    ("Were the soldiers being deployed an armored brigade?", "infantry battalion"),
    # An "or" away from the wrong detail offers no choice; a day four words of the deed on.
    ("Did Trump say Qatar would be held responsible for lives lost or damage incurred?", "Iran would be held"),
    ("Was the US civilian contractor killed by the rocket fire on Sunday?", "on Friday"),
    ("Did the Pentagon say 1,500 US soldiers would be deployed to Iraq after the embassy attack?", "750 soldiers"),
    # The words quoted are Esper's, word for word.
    ("Did Secretary of State Mike Pompeo call the deployment \"an appropriate and precautionary action\"? If not, "
     "who did?", "Mark Esper"),
])
def test_a_wrong_guess_in_the_question_is_corrected(assistant, question, expected):
    assert_answers(assistant, question, expected)


def test_a_named_president_brings_in_no_other_countrys_leader(assistant):
    """The US president is named beside his post: Iran's leader, unnamed in the same sentence, is not asked."""
    ans = assistant.answer("Who is the US president?")
    assert ans.answered and "Donald Trump" in ans.text
    assert not any("Khamenei" in c.quote for c in ans.citations), ans.text


@pytest.mark.parametrize("question", ["Was the US embassy in Baghdad built in 2005 or 2009?",
                                      "Did the UK or France condemn the storming of the embassy?",
                                      "were the strikes on saturday or sunday?"])
def test_choices_the_articles_have_neither_of_are_not_answered(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question", [
    "True or false: Iraqi security forces arrested dozens of protesters at the embassy.",
    "How old was the American civilian contractor killed in the rocket attack?",
    "How did the Iraqi parliament respond to the US strikes on Kataib Hezbollah?",
])
def test_no_answer_from_what_the_articles_report_of_something_else(assistant, question):
    assert not assistant.answer(question).answered


def test_a_leading_please_is_courtesy():
    assert spelled_out("Please, which base are they from?") == "which base are they from?"
    assert spelled_out("Please explain the deployment.") == "Please explain the deployment."
    assert spelled_out("Please do tell me why the troops were sent.") == "Please do tell me why the troops were sent."
    assert spelled_out("Please, did Iran deny it?") == "did Iran deny it?"


@pytest.mark.parametrize("question,written", [
    ("Any protesters arrested?", "Were any protesters arrested?"),
    ("Deployed unit type?", "What type of deployed unit?"),
    ("Killed contractor's name?", "What is killed contractor's name?"),
    ("Khamenei's official role?", "What is Khamenei's official role?"),
    ("More troops coming?", "More troops coming?"),      # no telling what it asks: left as it is
    ("US troops already in Iraq count", "Number of US troops already in Iraq?"),   # a count, "?" or not
    # A name or number asked amid keywords; the words after it say where to look.
    ("protesters arrested number embassy", "Number of protesters arrested, embassy?"),
    ("marines guarding embassy number", "Number of marines guarding embassy?"),
    ("military base name northern iraq", "Name of military base, northern iraq?"),
    ("iraq pm name", "iraq pm name"),                     # "name" last is read as it stands
    ("embassy phone number", "embassy phone number"),     # a phone's number counts nothing
    ("embassy number two official", "embassy number two official"),
    ("embassy attack number of dead", "embassy attack number of dead"),
    ("a number of protesters hurt", "a number of protesters hurt"),
    ("deployed unit type", "What type of deployed unit?"),
    # A count before the thing whose type is asked: those counted have it.
    ("750 soldiers unit type", "What type of unit are 750 soldiers?"),
    # What someone is, asked by keyword; not a country's "title", nor "position", often a stance.
    ("khamenei title", "Who is khamenei?"),
    ("esper job", "Who is esper?"),
    ("iran title", "iran title"),
    ("saudi arabia title", "saudi arabia title"),
    ("article title", "article title"),                  # a thing's own title
    ("750 soldiers type", "What type of 750 soldiers?"),  # nothing after the count to ask the type of
    ("flight 752 plane type", "What type of flight 752 plane?"),   # a number that names counts nothing
])
def test_telegraphic_questions_are_written_out(question, written):
    assert spelled_out(question) == written


@pytest.mark.parametrize("question,expected", [("Deployed unit type?", "infantry battalion"),
                                               ("Khamenei's official role?", "highest religious and spiritual"),
                                               ("iraq pm name", "Adel Abdel-Mahdi"),
                                               ("whats the iraqi prime ministers name", "Abdel-Mahdi"),
                                               ("protesters wounded count", "75 protesters"),
                                               ("militiamen killed number", "25 militiamen"),
                                               ("deployed unit type", "infantry battalion"),
                                               ("750 soldiers unit type", "infantry battalion"),
                                               ("khamenei title", "highest religious and spiritual"),
                                               ("mousavi title", "Foreign Ministry spokesman Abbas Mousavi"),
                                               ("defense secretary name deployment statement", "Esper"),
                                               ("whos irans supreme leader again", "Khamenei"),
                                               ("So who is Iran's supreme leader here?", "Khamenei"),
                                               ("which umbrella group were the embassy attackers from",
                                                "Hashd Saabi")])
def test_telegraphic_questions_are_answered(assistant, question, expected):
    assert_answers(assistant, question, expected)


@pytest.mark.parametrize("question", ["Killed contractor's name?", "Any protesters arrested?",
                                      "Iraqi parliament's reaction?", "name of killed US contractor",
                                      "US troops already in Iraq count", "protesters arrested number embassy",
                                      "military base name northern iraq rocket attack",
                                      "attack helicopters number sent embassy"])
def test_telegraphic_questions_the_articles_do_not_answer(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question,written", [
    ("How soon could more troops follow the first seven hundred and fifty?",
     "How soon could more troops follow the first 750?"),
    ("Besides the twenty-five dead, how many were hurt?", "Besides the 25 dead, how many were hurt?"),
    ("Did they send three thousand five hundred troops?", "Did they send 3,500 troops?"),
    # Not one number: a lone small one, vague amounts, plurals, two numbers side by side.
    ("Did they climb one or two walls?", "Did they climb one or two walls?"),
    ("Did seventy-five or ninety come?", "Did 75 or 90 come?"),      # "seventy", not "seven" and a "ty"
    ("Did several thousand or two thousands come?", "Did several thousand or two thousands come?"),
    ("Was it decided at the eleventh hour in two thousand and nineteen?",
     "Was it decided at the eleventh hour in 2019?"),              # a year, printed without its comma
    ("Was it fifty-fifty?", "Was it fifty-fifty?"),
])
def test_numbers_in_words_are_read_as_digits(question, written):
    assert spelled_out(question) == written


def test_a_number_in_words_finds_the_sentence_with_its_digits(assistant):
    assert_answers(assistant, "How soon could more troops follow the first seven hundred and fifty?", "coming days")


@pytest.mark.parametrize("question", ["What did Trump threaten Iran would pay over the embassy attack?"])
def test_a_rare_question_word_finds_its_sentence(assistant, question):
    # "pay" is in two sentences, "Trump" and "Iran" in most: the one holding "pay" answers.
    assert_answers(assistant, question, "BIG PRICE")


@pytest.mark.parametrize("question", [
    # The sentence says "additional troops are prepared to deploy" and gives no number.
    "How many additional troops did Esper say are prepared to deploy in the coming days?",
    # A leading "Please," is courtesy: the question still asks for a division, which no article names.
    "Please, which US division or base are the 750 soldiers being deployed from?",
    # The sentence restates the request to leave; it gives no reason for it.
    "Why did the PMU umbrella group ask the crowds to leave the embassy on Wednesday?",
    # No article speaks of Iraqi security forces: what they did is not reported.
    "What did Iraqi security forces do while the protesters were breaking into the embassy compound?",
    "where were iraqi security forces when the crowd went into the green zone? did they try to stop them",
    # A time is asked for; the sentence on the next step gives none.
    "Kataib Hezbollah called this the 'first message to the US'. What timeline has it given for expelling US troops?",
    # "specific" is no thing asked; the base is mentioned, never named.
    "Which specific military base in northern Iraq was hit by the rocket fire on Friday?",
    # A deputy's post: the premier is named, no deputy of his.
    "Who is Iraq's deputy prime minister?",
    # A base asked for: the troops sent "to Iraq" name none.
    "Which base in Iraq are the 750 new soldiers going to?",
    # A second question after a dash; "out of" asks where from as "from" does.
    "Where are the 750 soldiers coming from — which division or base were they deployed out of?",
    # The articles say "attack helicopters" and nothing more of their type.
    "What type of attack helicopters were sent to protect the embassy complex in Baghdad?",
    # Evidence asked for: the accusation is reported, nothing shown for it.
    "What evidence has the Trump administration produced that Iran orchestrated the storming of the embassy?",
    "Iran denied any involvement in the embassy attack. Did Tehran offer any evidence to back that denial?",
    # Those inside are counted, not the thousands who stormed the entrances.
    "how many people were actually inside the embassy when it got stormed?",
    # The refusal is reported, no reason for it; a reason given elsewhere is for another event.
    "Why did some hardline groups refuse to leave the embassy when the PMU asked them to?",
    # "didn't" hides no doer: no article speaks of Iraqi security forces.
    "Why didn't Iraqi security forces stop the protesters from breaking into the embassy compound?",
    # The call is reported; the government of Iraq is only the one called on.
    "How did the Iraqi government respond to Esper's call to protect US citizens?",
    # A leading "and" is set aside: "in Iraq and Syria" names no place inside Syria.
    "and where exactly in syria did the US strikes hit",
    # No article speaks of any founding: "on Tuesday" in the closest sentence is the attack's time.
    "When was the Hashd Shaabi (Popular Mobilisation Forces) umbrella group first founded?",
    # Iraq's premier appealed to the crowd; no militia leader is named leading it.
    "Which militia leader led the protesters at the embassy gates?",
    "Which militia commanders led the crowds that stormed the embassy?",
])
def test_no_answer_from_a_sentence_without_the_detail_asked(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question,expected", [
    ("Why did the US deploy 750 soldiers to Iraq?", "attacked the US embassy"),
    ("Where were the American diplomats sheltering while protesters surrounded the embassy?", "safe room"),
    ("Are more US troops expected to follow the initial deployment, and on what timeline?", "coming days"),
    ("Which kind of aircraft America sent for protecting the embassy?", "attack helicopters"),
    ("Why did the US carry out the weekend strikes that led to the embassy protests?", "killed"),
    ("How did the President answer the question about going to war with Tehran?", "Do I want to? No."),
    ("Which district of Baghdad did thousands of militia supporters converge on?", "Green Zone"),
    ("How was the US embassy in Baghdad described?", "biggest and most heavily fortified"),
    ("Did Trump speak with the Iraqi prime minister about the attack?", "Trump spoke with Abdel-Mahdi"),
    ("How is Ayatollah Khamenei's position in Iran described?", "highest religious and spiritual authority"),
    ("How is Baghdad's Green Zone described?", "heavily fortified"),   # after a possessive
    ("What kind of unit was deployed and how many soldiers were in it?", "infantry battalion"),
    ("What kind of unit made up the deployment of about 750 soldiers?", "infantry battalion"),
    ("Who was at the gates of the embassy overnight after the break-in?", "Iran-allied militiamen"),
    ("Did the protesters chant \"Death to America\" or \"Down with Israel\"?", "Death to America"),
    ("Did Khamenei tell Trump \"You can't do anything\" or \"We will strike first\"?", "You can’t do anything"),
    # No article says "urged": "despite appeals from Iraq's premier", not the PMU asking crowds to leave next day.
    ("Who urged the protesters to leave the embassy on Tuesday?", "Abdel-Mahdi"),
    # Not "additional troops are prepared to deploy", which restates the deployment as its own reason.
    ("Why did Esper say the extra troops were being deployed?", "increased threat levels"),
    # Not the war of words between Khamenei and Trump, in which nobody guards anything.
    ("Who was guarding the US embassy in Baghdad?", "Marines"),
    # "“That guy has tweeted …,” he said" goes on in a quote of its own, with no speaker named.
    ("What did Khamenei tell Trump he could do about Iran?", "You can’t do anything"),
    # Two questions typed as one, split at the comma.
    ("how did khamenei respond to trumps threat, what did he say trump could do", "You can’t do anything"),
    ("what got set on fire on wednesday", "roof of the reception area"),
    ("what did trump tweet abt iran", "BIG PRICE"),   # chat shorthand written out
    # "the second report" is one of the articles, no reporting asked about: its dateline dates it.
    ("What date is the second report dated?", "2020-01-01"),
])
def test_the_detail_asked_where_the_articles_give_it(assistant, question, expected):
    assert_answers(assistant, question, expected)


def test_a_quote_going_on_keeps_to_the_length_asked(assistant):
    q = "What did Khamenei tell Trump he could do about Iran?"
    assert len(assistant.answer(q, k=1).citations) == 1
    assert "You can’t do anything" in assistant.answer(q, k=2).text


def test_spoken_fillers_are_set_aside():
    assert spelled_out("um who is the iranian supreme leader") == "who is the iranian supreme leader"
    assert spelled_out("okay so where are they coming from like which base") == \
        "where are they coming from which base"
    assert spelled_out("Right now who leads the militia?") == "Right now who leads the militia?"
    assert spelled_out("which unit are they from? like what division") == "which unit are they from? what division"
    assert spelled_out("and where exactly in syria did they hit") == "where exactly in syria did they hit"
    assert spelled_out("quick q: who is the US defense secretary") == "who is the US defense secretary"
    assert spelled_out("wait, how many were sent?") == "how many were sent?"
    assert spelled_out("Also known as what?") == "Also known as what?"   # only before what they open
    # A passive said with "got" is worded as the articles word it.
    assert spelled_out("what got set on fire on wednesday") == "what was set on fire on wednesday"
    assert spelled_out("they got hit by tear gas?") == "they were hit by tear gas?"
    assert spelled_out("what got them angry") == "what got them angry"
    assert spelled_out("what has Iran got planned next") == "what has Iran got planned next"   # have got


@pytest.mark.parametrize("question", ["okay where are the seven hundred fifty troops coming from like which base are "
                                      "they deploying from",
                                      "Which specific sites in Syria were hit by the weekend US strikes?",
                                      "Near which Iraqi city is the base where the contractor was killed?",
                                      # bodies known by name that the articles never name
                                      "To which hospital were the wounded protesters taken?",
                                      "Which company employed the American civilian contractor who was killed?",
                                      "Which Iraqi security forces unit was sent to disperse the protesters?",
                                      "which division are the 750 soldiers coming from, 82nd airborne?",
                                      # where from, with an example offered after it: a battalion is no origin
                                      "which unit are the 750 soldiers from, like 82nd airborne?",
                                      # the militia's count, which nobody is said to confirm
                                      "Did the Pentagon confirm the militia's claim that 25 fighters were killed "
                                      "in the airstrikes?",
                                      # the militia blamed by others, which says nothing of its owning up
                                      "Did Kataib Hezbollah admit carrying out the rocket attack that killed the US "
                                      "contractor?",
                                      "Did Kataib Hezbollah admit responsibility for the rocket attack that killed "
                                      "the American contractor?",
                                      # Iraq's premier appealed to the crowd; nobody is said to have led it
                                      "Who led the protesters who stormed the US embassy?",
                                      # the embassy's city is not the base's
                                      "In which city is the military base that was hit by rocket fire on Friday?",
                                      # the only place beside Esper is in what he said
                                      "Where was Defense Secretary Mark Esper when he issued his statement on "
                                      "the deployment?",
                                      # no article has a US ambassador, so none says where he was
                                      "Where was the US ambassador to Iraq when the protesters broke into the "
                                      "compound?",
                                      "was the us ambassador in the embassy during the attack? who is the "
                                      "ambassador",
                                      # the US deploys them; Iraq is in the question: no country they wait in
                                      "Which country will the newly deployed troops be based in before moving "
                                      "into Iraq?",
                                      # the caption's fire was set, not fired, and its anger is the crowd's
                                      "Why did Kataib Hezbollah fire the rockets at the base in northern Iraq in "
                                      "the first place?",
                                      # no article says how Iraq's government saw them: not the report's words
                                      "How did the Iraqi government characterise the US airstrikes on Kataib "
                                      "Hezbollah over the weekend?"])
def test_spoken_and_place_questions_the_articles_do_not_answer(assistant, question):
    assert not assistant.answer(question).answered


@pytest.mark.parametrize("question,written", [
    ("Who wasn't injured?", "Who wasn't injured?"),          # only a leading "Didn't" asks the same
    ("Is it true that the protesters who stormed the embassy were arrested?",
     "Is it true that the protesters who stormed the embassy were arrested?"),   # a claim, not "was it X who"
    ("What was it like when they arrived?", "What was it like when they arrived?"),
    ("Right wing groups involved?", "Right wing groups involved?"),
    ("Iran's supporters stormed the embassy?", "Iran's supporters stormed the embassy?"),   # a statement
    ("?", "?"),
])
def test_rewriting_leaves_other_questions_alone(question, written):
    assert spelled_out(question) == written


def test_a_second_question_after_a_first_opening_with_a_preposition_is_split(assistant):
    question = "In which countries did the US strike the militia over the weekend, and in what part of Iraq?"
    assert asked_parts(question) == ["In which countries did the US strike the militia over the weekend?",
                                     "in what part of Iraq?"]
    ans = assistant.answer(question)
    assert ans.answered and "Iraq and Syria" in ans.text and "western Iraq" in ans.text, ans.text
    check_invariants(ans, assistant.data)


@pytest.mark.parametrize("question", [
    "How many days after the initial break-in were US Marines firing tear gas at fresh crowds at the embassy?",
    "How much time passed between the break-in at the embassy and the Marines firing tear gas at new crowds?",
    # The earlier event told with a verb the articles use for the storming: its day is not the one asked.
    "How many days after the embassy was stormed did the Marines fire tear gas?",
    "How many days passed between the protesters storming the compound and the Marines firing tear gas?",
])
def test_the_time_between_two_events_is_told_by_the_day_of_the_later(assistant, question):
    assert question_type(question) == TIME
    ans = assistant.answer(question)
    assert ans.answered and "fired tear gas on Wednesday" in ans.text, ans.text
    check_invariants(ans, assistant.data)


def test_the_event_of_a_gap_question_is_its_main_clauses():
    assert _main_event("How many days after the embassy was stormed did the Marines fire tear gas?") == \
        "When did the Marines fire tear gas?"
    assert _main_event("How much time passed between the break-in and the Marines firing tear gas?") == \
        "When did the Marines firing tear gas?"
    # How long something lasted is a duration, no gap between two events.
    question = "How many days did the sit-in last before the crowds left?"
    assert question_type(question) != TIME and _main_event(question) == question


@pytest.mark.parametrize("question", ["Did Iran say when and where it would retaliate?",
                                      "What is the difference between what Trump said and what Pompeo said?",
                                      "Who fired, and what, and when, and where, and why did they fire?"])
def test_one_question_is_not_split(question):
    assert len(asked_parts(question)) == 1


@pytest.mark.parametrize("question,parts", [
    ("how did khamenei respond to trumps threat, what did he say trump could do",
     ["how did khamenei respond to trumps threat?", "what did he say trump could do?"]),
    ("Who stormed the embassy, what did they chant?", ["Who stormed the embassy?", "what did they chant?"]),
])
def test_two_questions_joined_by_a_comma_are_split(question, parts):
    assert asked_parts(question) == parts


@pytest.mark.parametrize("question", ["When Khamenei referred to that guy, whom did he mean?",
                                      "According to Khamenei, what can Trump do?",
                                      # a relative clause after the comma
                                      "Who leads Kataib Hezbollah, which was hit by US strikes on Sunday?"])
def test_a_clause_before_a_comma_is_no_question(question):
    assert len(asked_parts(question)) == 1


def test_odd_questions_get_an_answer_not_a_crash(assistant):
    for q in ["?", "??", "um ?", "Check: how many troops were sent."]:
        assert isinstance(assistant.answer(q).text, str)


def test_a_part_not_covered_is_named_in_the_users_words(assistant):
    ans = assistant.answer("How many soldiers is the US deploying, and when was the whole embassy built?")
    assert "The articles don't say: when was the whole embassy built?" in ans.text, ans.text



@pytest.mark.parametrize("question,expected", [
    # "send" is in no article; "sent" is.
    ("Did the US send attack helicopters to protect the embassy?", "attack helicopters"),
    # The embassy's security forces are its guards; "security" is in no article.
    ("Did the embassy's security forces use tear gas against the protesters?", "tear gas"),
    # The bullets set the scene; the ammunition left unsaid is not what is asked.
    ("Which group said 75 protesters were wounded when embassy guards fired tear gas and bullets?", "Hashd Shaabi"),
    # A role asked of a named person is the post beside the name.
    ("What is Abbas Mousavi's role?", "Foreign Ministry spokesman"),
    # Only the name is shared: "Mar-a-Lago resort in Florida".
    ("What is Mar-a-Lago?", "resort in Florida"),
    # The guarding is told of "the mission", which the embassy's many passages crowd out.
    ("Who guards the US embassy in Baghdad?", "US Marines guarding"),
    # A reason asked for as "what reason": the cause said outright.
    ("What reason did Esper give for sending the extra troops?", "increased threat levels"),
    # The protests date the fire: "Protesters burn property …" speaks of them.
    ("Was the embassy's reception area set on fire during the protests?", "setting fire to a reception area"),
    # A tweet's words asked by how it ended.
    ("How did Trump end his tweet saying Iran's actions were 'not a warning'?", "Happy New Year"),
    # A photo is credited "Picture: …", however it is asked for.
    ("who took the pic of the fire", "Khalid Mohammed"),
    ("whos the photographer", "Khalid Mohammed"),
    ("who took the photo", "Khalid Mohammed"),
    ("who took the photos of the fire", "Khalid Mohammed"),
    # The articles call him "Iraq's premier"; what he tried is what he did.
    ("How did Iraq's prime minister try to calm the situation at the embassy, and did it work?", "for them to leave"),
    # Of the sentences on the crowds, the one naming an umbrella group says which.
    ("Which umbrella group of Iraqi militias was behind the crowds at the embassy?", "Population Mobilisation"),
    # "the ministry guy" is the one of the ministry, not whoever is called "that guy".
    ("who's the iranian foreign ministry guy quoted", "Abbas Mousavi"),
    # The name is asked with the title: the sentence naming him, not the one giving only his title.
    ("What is the name and title of the Iranian leader who traded words with Trump?", "Ali Khamenei"),
    # "the initial contingent" is what more troops are measured against, not a unit they are claimed to be.
    ("Were further US troop deployments expected beyond the initial contingent?",
     "additional troops are prepared to deploy"),
    # The words "that argument" points back to are in the context before the question.
    ("Tehran pushed back by arguing that Iraqis see the US as an occupying power. Who was the Iranian official "
     "quoted making that argument?", "Abbas Mousavi"),
    # One killed is counted by "killed an American …", with no number.
    ("How many Americans were killed in the rocket attack?", "killed an American civilian contractor"),
    # The articles call the prime minister "Iraq's premier"; the sentence naming him tells what he did.
    ("What did Iraq's prime minister do as the demonstrators attacked the compound?", "despite appeals from"),
    # Keywords with the question word last.
    ("iraq prime minister who", "Adel Abdel-Mahdi"),
    # The name is the militia's, that the strikes targeted.
    ("militia targeted by US weekend strikes name", "Kataib Hezbollah"),
    # The words quoted are in a quote that does not say whose it is; the answer says.
    ("Who said \"You can't do anything\" in response to Trump's accusations?", "Khamenei"),
])
def test_a_question_worded_otherwise_than_its_sentence_is_answered(assistant, question, expected):
    assert_answers(assistant, question, expected)


def test_a_why_answer_brings_in_the_cause_said_outright(assistant):
    # The lead gives only a time ("after … attacked"); Esper's "in response to" gives the cause.
    ans = assistant.answer("Why did the Pentagon say it was deploying 750 soldiers to Iraq?")
    assert ans.answered and "increased threat levels" in ans.text, ans.text


def test_a_mistyped_framing_word_is_no_subject_the_articles_lack(assistant):
    ans = assistant.answer("khamenei said iran is after wars? what did he actualy say about that")
    assert ans.answered and "not after wars" in ans.text, ans.text
    # "planes" is a word of its own, not "places" mistyped: the articles name no planes.
    assert not assistant.answer("wat kind of planes did the us use for the strikes on kataib hezbollah").answered


def test_only_a_letter_dropped_or_added_is_a_mistyped_framing_word():
    assert _misspelt_generic("actualy") and _misspelt_generic("mentionned")
    assert not _misspelt_generic("altitude") and not _misspelt_generic("planes")


def test_a_day_asked_of_brings_in_the_sentence_naming_it(assistant):
    # Of the fires told, only the one on Wednesday was on the roof; its sentence is not close in meaning alone.
    for question in ("What did the crowds that arrived on Wednesday set on fire?",
                     "And what got set on fire on Wednesday?"):
        ans = assistant.answer(question)
        assert ans.answered and "roof of the reception area" in ans.text, ans.text
    # A day in a question asking when dates nothing: the day is what it asks for.
    r = assistant.retrieve("When did the crowds set fire on Wednesday?")
    assert not any(c.dated for c in r.candidates)


def test_a_day_does_not_answer_why(assistant):
    # The asking on Wednesday is told; why the PMU asked is not.
    ans = assistant.answer("Why did the PMU umbrella group ask the crowds to leave the embassy on Wednesday?")
    assert not ans.answered, ans.text
    assert not any(c.dated for c in assistant.retrieve(
        "Why did the PMU umbrella group ask the crowds to leave the embassy on Wednesday?").candidates)


def test_an_emphasis_word_is_no_subject_the_articles_lack(assistant):
    # "even" and "roughly" colour the question; no article needs them.
    ans = assistant.answer("why did the us even do those airstrikes")
    assert ans.answered and "rocket fire that killed an American civilian contractor" in ans.text, ans.text
    assert "even" not in assistant.retrieve("why did the us even do those airstrikes").unknown_terms
    unknown = assistant.retrieve("roughly or approximately how many soldiers is the US deploying").unknown_terms
    assert "roughly" not in unknown and "approximately" not in unknown, unknown


@pytest.mark.parametrize("question,written", [
    ("Roughly how many supporters turned out on Tuesday?", "Roughly how many supporters gathered on Tuesday?"),
    ("who showed up in the green zone", "who gathered in the green zone"),
    ("It turned out that the embassy was not evacuated?", "It turned out that the embassy was not evacuated?"),
    ("Has the embassy turned out to be safe?", "Has the embassy turned out to be safe?"),
    ("how did the protest turn out", "how did the protest turn out"),   # only people come to a protest
    ("what showed up on the radar", "what showed up on the radar"),
])
def test_turning_out_for_a_protest_is_gathering(question, written):
    assert spelled_out(question) == written


def test_choices_offered_at_the_end_are_asked_not_stated(assistant):
    # "thousands" is a choice offered, "tens of thousands" another: the sentence with "Thousands" answers.
    assert_answers(assistant, "Roughly how many militia supporters came on Tuesday: hundreds, thousands or "
                              "tens of thousands?", "Thousands of supporters")


def test_of_ends_a_choice_only_after_an_amount():
    assert _stated("Was he a member or head of state?") == "was he a member or head of state?"
    assert _stated("How many came: hundreds, thousands or tens of thousands?") == "how many came"


def test_a_word_split_in_two_is_the_articles_one_word(assistant):
    # "air strikes" is the articles' "airstrikes": "air" is no detail they lack.
    assert "air" not in assistant.retrieve("Where did the US air strikes over the weekend take place?").unknown_terms
    assert_answers(assistant, "Where did the US air strikes over the weekend take place?", "western Iraq")
    # Joined, a pair the articles never write as one word stays unknown: "air base" is no "airbase".
    assert "air" in assistant.retrieve("Which air base was hit?").unknown_terms
    # Not across punctuation: "air. Strikes" is two words.
    kw = assistant.data.keyword
    assert _compound_halves("air strikes", kw) == {"air", "strikes"}
    assert _compound_halves("in Syria, air. Strikes", kw) == set()


def test_an_area_is_named_by_a_name_ending_in_its_kind(assistant):
    assert_answers(assistant, "The embassy sits in a special, heavily guarded district in Baghdad that also houses "
                              "government buildings and other countries' missions. What is the name of that area "
                              "where the protesters converged?", "Green Zone")
    # A base is not an area: its name is still not given.
    assert not assistant.answer("What is the name of the base where the contractor was killed?").answered


def test_a_groups_leader_is_not_named_by_the_group(assistant):
    ans = assistant.answer('Which Kataib Hizbollah leader made the statement calling the attack a "first message '
                           'to the US"?')
    assert not ans.answered and "first message to the US" in ans.text, ans.text
    assert not assistant.answer("Which Kataib Hizbollah spokesman called the protest a \"first message to the "
                                "US\"?").answered
    # A country's leader is still found: "Which Iraqi leader" is its premier.
    assert_answers(assistant, "Which Iraqi leader appealed to the demonstrators to leave the embassy?", "Abdel-Mahdi")


def test_a_guess_asked_yes_or_no_then_what_instead(assistant):
    # The yes/no before ", or what …" is the user's guess; the question after it is what is asked.
    assert_answers(assistant, "Did Kataib Hizbollah say the embassy protest was the end of it, or what did it say "
                              "comes next?", "expel US troops")
    # A yes/no saying what was said is matched against the words written.
    assert_answers(assistant, "Did Khamenei really tell Trump that he can't do anything?", "You can’t do anything")


def test_a_draft_checked_against_the_articles(assistant):
    # "The draft says X. What figure do the articles give?" checks X: the articles' own figure, day or thing.
    draft = "The draft says the Hashd Shaabi reported 57 protesters wounded by embassy guards."
    assert asked_part(f"{draft} What figure do the articles give?") == \
        "Did the Hashd Shaabi reported 57 protesters wounded by embassy guards?"
    ans = assert_answers(assistant, f"{draft} What figure do the articles give?", "75 protesters")
    assert ans.text.startswith("The articles give another number"), ans.text
    assert_answers(assistant, "The draft says the rocket fire that killed the American happened on Thursday. What "
                              "day do the articles give?", "on Friday")
    # A count the articles do not give is still not given.
    assert not assistant.answer("The draft says 40 American diplomats sheltered in the embassy safe room. How many "
                                "do the articles say were inside?").answered
    # Asked what was done instead, the question itself is answered.
    deed = "What do the articles say the diplomats did?"
    assert asked_part(f"The draft says American diplomats were evacuated by helicopter. {deed}") == deed
    assert_answers(assistant, "The draft says American diplomats were evacuated by helicopter while the embassy was "
                              f"surrounded. {deed}", "huddled in a safe room")


def test_what_the_articles_say_is_what_is_asked(assistant):
    assert spelled_out("How many do the articles say were inside?") == "How many were inside?"
    # Left as asked where the words after it do not make a question of their own.
    assert spelled_out("When do the articles say the strikes took place?") == \
        "When do the articles say the strikes took place?"
    assert not assistant.answer("Our draft names the US ambassador to Iraq as being at the embassy during the "
                                "attack. Who do the articles say the ambassador is?").answered
    assert spelled_out("Where was he, according to the articles?") == "Where was he?"


def test_a_remark_a_draft_attributes_is_checked_against_its_speaker(assistant):
    q = ('The draft attributes the "occupying power" remark to Foreign Minister Javad Zarif. Who made it, per the '
         'articles?')
    assert asked_part(spelled_out(q)) == 'Was the "occupying power" remark made by Foreign Minister Javad Zarif?'
    ans = assert_answers(assistant, q, "Abbas Mousavi")
    assert ans.text.startswith("The articles give another name"), ans.text
    # A name a draft gives a post: who holds it is asked.
    named = ("The draft names Iraq's prime minister, who appealed to the demonstrators to leave, as Haider al-Abadi. "
             "Who do the articles name?")
    assert asked_part(spelled_out(named)) == "Who is Iraq's prime minister, who appealed to the demonstrators to leave?"
    assert_answers(assistant, named, "Abdel-Mahdi")


def test_a_cleft_of_a_count_asks_whether_so_many_did(assistant):
    # "Was it only a small group … who …?" asks whether so few did; "Was it Pompeo who …?" still asks who.
    assert spelled_out("Was it Mike Pompeo who called the deployment precautionary?") == \
        "Who called the deployment precautionary?"
    assert_answers(assistant, "Was it only a small group of militia supporters who turned out against the US "
                              "embassy?", "housands of")


def test_he_in_the_question_is_the_one_person_the_context_names(assistant):
    assert asked_part("The draft describes Ayatollah Ali Khamenei as Iran's president. How do the articles describe "
                      "him?") == "How do the articles describe Ayatollah Ali Khamenei?"
    assert asked_part("Trump apparently called the Iraqi prime minister after the attack. What did he stress on "
                      "that call?") == "What did Trump stress on that call?"
    # Two people named: "he" is left as asked.
    assert "What did he say" in asked_part("Trump and Esper spoke after the attack. What did he say about the "
                                           "deployment?")
    assert_answers(assistant, "The draft describes Ayatollah Ali Khamenei as Iran's president. How do the articles "
                              "describe him?", "highest religious and spiritual authority")


def test_a_guess_after_a_dash_and_a_name_with_an_apostrophe(assistant):
    knows = assistant.retriever.knows_all
    asked = "Which Iraqi prime minister appealed to the demonstrators to leave the compound?"
    assert spelled_out(asked[:-1] + " — was it Adil Abdul-Mehdi?", knows) == asked
    # A choice offered is what is asked, after a dash or a comma.
    for q in ("When exactly did the US airstrikes happen - Saturday or Sunday?",
              "When exactly did the US airstrikes happen, Saturday or Sunday?"):
        assert spelled_out(q, knows) == q
    assert assistant.retriever.spelled_as_articles("Which umbrella group includes Kata'ib Hizballah?") == \
        "Which umbrella group includes Kataib Hizbollah?"
    assert assistant.retriever.spelled_as_articles("They're angry, aren't they?") == "They're angry, aren't they?"
    said = "Did Khamenei say we'll respond?"
    assert assistant.retriever.spelled_as_articles(said) == said
    assert_answers(assistant, "Which umbrella group includes Kata'ib Hizballah, and whose supporters attacked the "
                              "embassy?", "Hashd Saabi")
    assert_answers(assistant, asked[:-1] + " — was it Adil Abdul-Mehdi?", "Adel Abdel-Mahdi")


@pytest.mark.parametrize("question,written", [
    ('Trump tweeted that Iran "will pay a very ___". What goes in the blank?',
     'Trump tweeted that Iran "will pay a very" what?'),
    ("Guards fired ___ at the protesters. What goes in the blank: water cannon, tear gas or rubber bullets?",
     "Guards fired what at the protesters: water cannon, tear gas or rubber bullets?"),
    ('Tehran blasted Washington\'s "___ response". Was it "irrational" or "criminal"?',
     'Tehran blasted Washington\'s what "response": "irrational" or "criminal"?'),
    ('Trump accused Tehran of "___" the storming. What goes in the blank?', "Trump accused Tehran of what the storming?"),
    ('Khamenei tweeted: "We’re not after ___, but we defend our interests".',
     'Khamenei tweeted: "We’re not after" what "but we defend our interests"?'),
    ("Fill in the blank: the Population ___ Forces.", "the Population what Forces?"),
    ("Who fired the tear gas?", "Who fired the tear gas?"),   # no blank, as asked
    # A sentence after the blank asking something else keeps the question as asked; so does a blank in a word.
    ("___ stormed the US embassy. Who?", "___ stormed the US embassy. Who?"),
    ("The US sent ___ soldiers. Is it mentioned in both articles?",
     "The US sent ___ soldiers. Is it mentioned in both articles?"),
    ("What does the PMF__KH mean?", "What does the PMF__KH mean?"),
])
def test_a_quiz_blank_is_the_what_asked(question, written):
    assert spelled_out(question) == written


def test_a_quiz_is_answered_by_the_choice_or_blank_the_articles_give(assistant):
    # The other choices, which no article names, do not turn the question away; the one they give answers it.
    assert_answers(assistant, "Which militia group did the weekend US strikes target: Asaib Ahl al-Haq, Kataib "
                              "Hezbollah or the Badr Organisation?", "Kataib Hezbollah")
    assert_answers(assistant, "Guards at the embassy fired ___ at the protesters. What goes in the blank: water "
                              "cannon, tear gas or rubber bullets?", "tear gas")
    assert_answers(assistant, "Iraq has tried to balance ties between the US and Iran since the fall of whose "
                              "government: Saddam Hussein's, Nouri al-Maliki's or the monarchy's?", "Saddam Huseein")
    # The words round the blank, quoted, lead to the sentence that has them.
    ans = assert_answers(assistant, 'Trump tweeted that Iran "will pay a very ___". What goes in the blank?',
                         "BIG PRICE")
    assert "BIG PRICE" in ans.citations[0].quote
    # Choices none of which the articles give are refused.
    ans = assistant.answer("Which military base in northern Iraq was hit by the rocket fire: K-1, Al Asad or Balad?")
    assert not ans.answered, ans.text


def test_a_request_is_asked_as_a_question(assistant):
    # "Give me …" without a question mark is refused as "What is …?" is, for a cost no article gives.
    ans = assistant.answer("Give me the estimated cost of the damage to the embassy compound")
    assert not ans.answered, ans.text
    assert_answers(assistant, "Remind me who Iran's supreme leader is — the one trading words with Trump?",
                   "Ayatollah Ali Khamenei")


def test_a_part_of_a_city_by_another_word(assistant):
    # The articles' "heavily fortified Green Zone" is the fortified district, quarter or area asked about.
    assert_answers(assistant, "What's the name of the fortified district in Baghdad where the embassy sits?",
                   "Green Zone")


def test_news_desk_shorthand_and_two_letter_initials(assistant):
    assert spelled_out("How did the SecDef describe the deployment?") == \
        "How did the defense secretary describe the deployment?"
    assert spelled_out("Where was POTUS when reporters asked him?") == "Where was US president when reporters asked him?"
    # Two letters for one two-word name, however the articles spell it ("Kataib Hezbollah", "Khataeb Hizbollah");
    # none for a word the articles know ("US") or a sentence's opening word ("While Trump …").
    spelled = assistant.retriever.spelled_as_articles
    assert spelled("What does KH say its next step will be?") == "What does Kataib Hezbollah say its next step will be?"
    assert spelled("Did the US say WT?") == "Did the US say WT?"
    # Nor a function word in capitals, nor any word of a question typed in capitals.
    assert spelled("Did IS claim the attack?") == "Did IS claim the attack?"
    assert spelled("IS IT TRUE THAT KH DID IT?") == "IS IT TRUE THAT KH DID IT?"
    assert_answers(assistant, "What does KH say its next step will be?", "expel US troops")
    assert_answers(assistant, "What did SecDef Esper call on the government of Iraq to do?",
                   "fulfil its international responsibilities")


def test_a_channel_or_newspaper_is_known_by_its_name(assistant):
    # No article names a channel or a newspaper: the photo agency credited is no answer to which channel.
    for question in ("Which Iraqi television channel first broadcast footage of the embassy being stormed?",
                     "Which newspaper first reported the storming of the embassy?"):
        ans = assistant.answer(question)
        assert not ans.answered, ans.text


def test_according_to_the_passage_asks_the_articles(assistant):
    ans = assistant.answer("According to the passage, from which US military base were the 750 soldiers sent?")
    assert not ans.answered, ans.text


def test_an_aside_after_the_question_is_set_aside(assistant):
    assert_answers(assistant, "Where was Trump when reporters asked him about war with Iran? Golfing, probably, haha.",
                   "Mar-a-Lago")
    assert_answers(assistant, "Who spoke for Iran's Foreign Ministry on this? Someone has to field those calls.",
                   "Abbas Mousavi")


def test_a_count_of_the_dead_asked_in_other_words(assistant):
    # "airstrikes" are strikes, and what leaves people dead kills them; the embassy attack left no one dead.
    assert_answers(assistant, "How many fighters died in the US strikes?", "25 militiamen dead")
    assert_answers(assistant, "How many militiamen did the weekend airstrikes leave dead?", "25 militiamen dead")
    ans = assistant.answer("How many people died in the embassy attack?")
    assert not ans.answered, ans.text


def test_where_from_asked_before_a_clause_of_time(assistant):
    # The articles say where the soldiers go, never where they come from.
    assert_refused(assistant, "Where were the 750 soldiers flown in from before they arrived in Iraq?",
                   "Where were the 750 soldiers stationed before they were sent to Iraq?",
                   "Where were the soldiers based before the battalion was deployed to Iraq?")


def test_a_five_letter_name_typed_a_letter_short(assistant):
    fix = assistant.retriever.spelled_as_articles
    assert fix("what did espr say about sending the troops") == "what did esper say about sending the troops"
    # Four letters that are no name a letter short are left as typed.
    assert fix("what does the bomb do") == "what does the bomb do"
    assert fix("Did the rebs leave?") == "Did the rebs leave?"
    assert_answers(assistant, "what did espr say about sending the troops", "appropriate and precautionary action")


def test_a_deed_in_the_articles_word_for_it(assistant):
    fix = assistant.retriever.spelled_as_articles
    assert fix("Did anyone get hurt?") == "Did anyone get wounded?"
    assert fix("Were there any injuries?") == "Were there any wounded?"
    assert fix("Injuries?") == "Wounded?"
    # Hurting done, not suffered, is no wounding.
    assert fix("Did the sanctions hurt Iran's economy?") == "Did the sanctions hurt Iran's economy?"
    for question in ("Did anyone get hurt?", "Injuries?", "How many people were injured at the embassy?"):
        assert_answers(assistant, question, "75 protesters were wounded")
    # Going home is leaving: the militia's umbrella group asked the crowds to leave.
    assert_answers(assistant, "Did the militia's leadership tell people to go home?", "asking crowds to leave")


def test_what_happened_to_someone_is_a_deed_done_to_him(assistant):
    assert_answers(assistant, "What happened to the contractor?", "killed an American civilian contractor")
    assert_answers(assistant, "What happened to the protesters?", "75 protesters were wounded")


def test_who_leads_a_country_is_that_countrys_leader(assistant):
    assert_answers(assistant, "Who leads Iraq's government?", "Adel Abdel-Mahdi")
    assert_answers(assistant, "Who leads Iran?", "Ayatollah Ali Khamenei")


def test_a_word_the_articles_never_capitalise_is_no_name(assistant):
    # "Contractor's name?" is read as "What is Contractor's name?": the capital is the question's, not a name's.
    assert assistant.retriever.spelled_as_articles("What is Contractor's name?") == "What is contractor's name?"
    assert assistant.retriever.spelled_as_articles("What is Khamenei's role?") == "What is Khamenei's role?"
    # A capital beside another's is a name's ("United Nations", "State Department"), and one opening a sentence is
    # the sentence's.
    for kept in ("What did the United Nations say about it, habibi?", "Was it the State Department that said so?",
                 "Did everyone leave? Protests rarely end that neatly."):
        assert assistant.retriever.spelled_as_articles(kept) == kept
    ans = assistant.answer("Contractor's name?")
    assert not ans.answered, ans.text


def test_everyone_after_a_context_asks_of_those_it_spoke_of(assistant):
    # "everyone" is no detail the question adds to its context: the crowds told to leave are those asked of.
    for context in ("told the crowds to go home", "told the crowds to leave"):
        assert_answers(assistant, f"The militia umbrella group {context} on Wednesday. Did everyone actually leave?",
                       "some hardline groups refused to leave")


def test_a_reason_no_article_gives_is_refused(assistant):
    # A doing no article tells of has no reason there; nor has a named group's deed told of no sentence naming it
    # (the guards, not Kataib Hezbollah, fired).
    assert_refused(assistant, "Why was Trump spending the holiday at his Mar-a-Lago resort?",
                   "Why was the American contractor working at the base in northern Iraq?",
                   "Why was the American contractor who was killed working at the base in northern Iraq?",
                   "Why did Kataib Hezbollah fire rockets at the base in northern Iraq?")
    # A doing of a kind the articles word otherwise still has its reason; a deed in other words is not read as
    # untold, and supporters named by their group are the supporters, not the group.
    assert_answers(assistant, "Why were thousands of militia supporters gathering in the Green Zone?",
                   "to denounce the US strikes")
    assert_answers(assistant, "Why did the militia supporters invade the embassy?", "angry supporters")
    assert_answers(assistant, "Why did the Hashd Shaabi supporters attack the embassy?", "militia supporters")
    # A doing told in other words by a sentence as close as a paraphrase ("huddled in a safe room"), and one of two
    # doers to each other, the story's conflict, are answered.
    assert_answers(assistant, "Why were American diplomats hiding in a safe room on Wednesday?",
                   "huddled in a safe room")
    assert assistant.answer("Why are the US and Iran clashing inside Iraq?").answered


def test_the_place_of_a_thing_no_article_has_is_refused(assistant):
    assert_refused(assistant, "Where is Kataib Hezbollah's headquarters?",
                   "Where is the Kataib Hezbollah militia headquartered?",
                   "Where were the funerals held for the militiamen killed in the US strikes?",
                   "Where is the nearest US military base to the embassy in Baghdad?")
    assert_answers(assistant, "Where is the base where the contractor was killed?", "northern Iraq")


def test_the_name_of_an_american_is_no_slogan(assistant):
    ans = assistant.answer("What was the name of the American who was killed?")
    assert not ans.answered, ans.text
    # Who he was, his name not asked for, is the role the articles give him.
    assert_answers(assistant, "Who was the American killed?", "American civilian contractor")


def test_a_premises_prime_minister_is_the_premier(assistant):
    # The articles call him Iraq's premier: no other name for him, and where he was, they do not say.
    ans = assistant.answer("Where was Iraqi Prime Minister Abdel-Mahdi when Trump phoned him?")
    assert not ans.answered, ans.text


def test_questions_of_this_session_answered(assistant):
    assert_answers(assistant, "What did Trump threaten Iran with?", "pay a very BIG PRICE")
    assert_answers(assistant, "Did the protesters shout Death to America?", "Death to America")
    assert_answers(assistant, "How much should Iran want peace, according to Trump?", "want peace more than anybody")
    assert_answers(assistant, "How did this whole escalation get started?", "began after the US launched strikes")
    assert_answers(assistant, "How has the US reinforced protection of the embassy complex?",
                   "including attack helicopters")
    assert_answers(assistant, "I want to know what Khamenei said directly to Trump in his tweet.",
                   "You can’t do anything")
    ans = assistant.answer("Tell me how oil prices reacted to the embassy attack.")
    assert not ans.answered, ans.text


def test_an_arrest_a_whereabouts_and_a_fire_asked_in_other_words(assistant):
    # A deed after "has been", a where-was of someone no article places, and a request opened by "Describe".
    assert_refused(assistant, "Who has been arrested over the storming of the embassy?",
                   "Where was Ayatollah Khamenei when he made his remarks about Trump?",
                   "Describe how oil prices reacted to the storming of the embassy.")
    assert_answers(assistant, "What did the crowds that arrived on Wednesday set alight?",
                   "roof of the reception area")
    assert_answers(assistant, "Where was Trump when he was asked about war with Iran?", "Mar-a-Lago")
    # Countries counted by the list the articles give; other countries' embassies, of which they tell nothing.
    assert_answers(assistant, "In how many countries did the weekend US strikes hit?", "in Iraq and Syria")
    # Walls counted by which one each is; the attack "blamed on" the militia says which, not where it killed.
    assert_answers(assistant, "How many walls of the embassy compound did the protesters manage to cross?",
                   "crossed the outside wall")
    assert_answers(assistant, "How many Americans were killed in the attack blamed on Kataib Hezbollah?",
                   "killed an American civilian contractor")
    # "the" before a group's name asks who the group is.
    assert_answers(assistant, "Who is the Hashd Saabi?", "umbrella group which includes Kataib Hezbollah")
    # What the premier asked others to do is his deed, which the articles tell of him as premier.
    assert_answers(assistant, "What did Iraq's prime minister ask the demonstrators to do?",
                   "Adel Abdel-Mahdi for them to leave")
    # What the crowds did is told beside the arriving the when-clause asks of, not the day's other news.
    assert_answers(assistant, "Tell me what the crowds did when more of them arrived on Wednesday.",
                   "lit a fire on the roof")
    assert_refused(assistant, "Did any other countries close their embassies in the Green Zone?")


def test_speakers_placed_crowds_descending_and_someone_sent(assistant):
    # A speaker placed "in" somewhere is still a speaker the articles lack; "people in Baghdad" names no one.
    assert_refused(assistant, "what did democrats in congress say about trumps response",
                   "In which city did Iran's Foreign Ministry spokesman Abbas Mousavi make his remarks?",
                   "Why was the US embassy not evacuated during the attack?")
    # Crowds that "descended on" or "turned out for" are the supporters who converged, counted.
    assert_answers(assistant, "How many militia supporters descended on the embassy area?", "Thousands of supporters")
    assert_answers(assistant, "How many people turned out for the protest?", "Thousands of supporters")
    # "Who is the US sending" asks whom the US sends, not who the US is; "sending" is known through "sent".
    assert_answers(assistant, "Who is the US sending to Iraq after the embassy was stormed?", "750 soldiers")
    # A request opened by a word the model's list lacks; a threat told as the militia's next step.
    assert_answers(assistant, "Summarise Trump's phone call with the Iraqi prime minister.",
                   "need to protect United States personnel")
    assert_answers(assistant, "What did Kataib Hezbollah threaten?", "expel US troops from the country")
    # A place named like a person: where the Green Zone is, not where someone stood.
    assert_answers(assistant, "Where is the Green Zone that the militia supporters converged on?",
                   "Baghdad's heavily fortified Green Zone")


def test_a_name_asked_after_the_one_named_and_places_said(assistant):
    # The contractor goes unnamed however his name is asked for.
    assert_refused(assistant, "That American contractor who got killed, what was his name?",
                   "The contractor who was killed — what was his name?", "Iraqi parliament reaction?")
    # Asked what Khamenei said, the countries he named in his quotation are the places asked.
    assert_answers(assistant, "In which countries did Khamenei say US crimes had made nations hate America?",
                   "Iraq, Afghanistan")


def test_a_deed_placed_in_time_by_a_clause_after_a_comma(assistant):
    # The protests only date the deed asked: the weekend strikes answer, not the protests' own sentences.
    assert_answers(assistant, "What did the US do over the weekend, before the protests at the embassy?",
                   "launched strikes over the weekend")
