"""What a question asks for, and whether a sentence supplies it: the checks behind abstaining on near misses."""

import pytest

from rag.answer_types import (KIND, NAME, NUMBER, TIME, UNSURE, asked_about, asked_event, asked_word, asks_what_said,
                               asks_why, before_scene, bodies_asked, deed_doer, deed_words, happened_at, holds_asked_quote,
                               holds_numbered_point, holds_said_claim,
                               holds_owned_role, holds_type, kinds_asked, kinds_claimed,
                               mentions_unnamed, names_asked, names_holder, names_threat, narrated_only,
                               offered_choices, placed_thing,
                               only_addressed,
                               owned_role, positions, post_holders, question_type, quotes_tweet, said_by, speaker_words,
                               spellings, states_cause, states_response, states_unknown, tells_day_of, tells_done_to,
                               tells_when_deed, unnamed_post,
                               verb_slots, yes_no_actor)
from rag.answer_types import _WHICH_COUNTRY_DOES, _named_speakers, _why_doer
from rag.countries import is_country_word
from rag.event_verbs import events_in, events_missing
from rag.word_forms import irregular_forms

CONTRACTOR = ("Over the weekend, the US carried out strikes in retaliation for rocket fire that killed "
              "an American civilian contractor at a military base in northern Iraq on Friday.")
AMMUNITION = ("The militia said that 75 protesters were wounded after the guards fired tear gas and bullets, "
              "without specifying what kind of ammunition was used.")


@pytest.mark.parametrize("question,kind,focus", [
    ("How many soldiers is the US sending?", NUMBER, ("soldiers",)),
    ("How many militia fighters were killed?", NUMBER, ("militia", "fighters")),
    ("Who is the US ambassador to Iraq?", NAME, ("ambassador",)),
    ("What was the name of the contractor killed in the attack?", NAME, ("contractor",)),
    ("Who is Iraq's prime minister, who appealed for calm?", NAME, ("minister",)),
    ("Who is Abbas Mousavi?", NAME, ()),            # asks for a role, not for a name
    ("Who is the Hashd Saabi?", NAME, ()),          # "the" before a group's name, as without it
    ("Who is the PMU?", NAME, ()),
    ("Who is the Defense Secretary?", NAME, ("Secretary",)),   # but before a post
    ("Who fired tear gas on Wednesday?", NAME, ()),
    ("When did the soldiers arrive?", TIME, ()),
    ("Which base in northern Iraq was hit?", None, ("base",)),
    ("Which country besides Iraq did he mention?", None, ()),
    ("What kind of ammunition was used?", KIND, ("ammunition",)),
    ("What type of aircraft carried out the strikes?", KIND, ("aircraft",)),   # the kind's thing ends at its verb
    ("What is the estimated dollar cost of the damage?", NUMBER, ()),
    ("Who was killed in the attack?", NAME, ()),     # an event, not a role
    ("Who was firing tear gas at the crowds?", NAME, ()),  # an activity, not a role
    ("How many fighters died in the US air raids?", NUMBER, ("fighters",)),  # the counted thing ends at its verb
    ("How many people does the militia say were hurt?", NUMBER, ()),       # people: any count answers
    ("Since when has Baghdad balanced its ties?", TIME, ()),
    ("When the group told people to go home, did everyone leave?", None, ()),  # a when-clause, then yes/no
    ("when trump called the iraqi premier what did he emphasize", None, ()),  # spoken, without the comma
    ("Protesters were asked to leave by Iraq's prime minister. What is his name?", NAME, ("minister",)),
    ("Who heads the Hashd Shaabi umbrella group?", NAME, ("leader",)),
    ("Did Iraq's prime minister try to calm things down? Who is he?", NAME, ("minister",)),   # asks a name last
    ("Who actually leads Kataib Hezbollah - is there a commander named anywhere?", NAME, ("leader",)),
    ("who's the iranian leader that got into a war of words with trump", NAME, ("leader",)),
    ("Which of the embassy gates was set on fire?", None, ("gates",)),
    ("Who does the US president hold responsible?", NAME, ()),     # whom he blames, not who he is
    ("What is the killed contractor's name?", NAME, ("contractor",)),
    ("name of killed US contractor", NAME, ("contractor",)),   # "killed" is the contractor's adjective
    ("How many US embassy staff were inside?", NUMBER, ("embassy", "staff")),
    ("The militia said its commander was killed in the strikes. What was his name?", NAME, ("commander",)),
    ("Who has been Iraq's prime minister since 2018?", NAME, ("minister",)),
    ("What is Khamenei's full name?", NAME, ()),
    ("When did Trump learn what had happened?", TIME, ()),
    ("I read the American contractor killed in the attack was identified. What was his name?", NAME, ("contractor",)),
    ("Which news outlet's reporter asked Trump about war?", None, ("reporter",)),   # a reporter, and whose
    ("Who set a deadline for the withdrawal?", NAME, ()),        # who, not when
    ("Where are they coming from —which division were they in?", None, ("division",)),  # a question after a dash
    ("iraq pm name", NAME, ("pm",)),                  # typed as keywords
    ("what is the iraqi pm name", NAME, ("pm",)),
    ("Did Trump name the leader?", None, ()),         # "name" the verb
    ("Which Iranian leader did Trump get into a war of words with?", NAME, ("leader",)),  # who leads Iran
    ("Which president's tweet was quoted?", None, ("tweet",)),
    ("What did President Trump say about the embassy?", None, ()),   # the post is his title
    ("What is the militia leader's last name?", NAME, ("leader",)),
    ("Victims identified by name?", None, ()),
    ("When was the contractor's name released?", TIME, ("contractor",)),   # a time, of the contractor's name
    ("On what dates did the strikes happen?", TIME, ()),
    # "guy" says only that it is a person; the word before it says which.
    ("who is the defense guy that announced the troops?", NAME, ("defense",)),
    ("who is the Iran guy who got into a twitter fight with trump?", NAME, ("Iran",)),
    ("Who is the young man who stormed the embassy?", NAME, ("man",)),   # an adjective says not which one
    ("Who were the two men arrested?", NAME, ("men",)),
    ("What name was given to the American contractor killed in the rocket attack?", NAME, ("contractor",)),
    # The kind asked of ends before an irregular past or an adverb.
    ("What kind of unit made up the deployment of about 750 soldiers?", KIND, ("unit",)),
    ("What type of unit specifically was announced for deployment?", KIND, ("unit",)),
    ("How many Iraqi assembly members voted?", NUMBER, ("Iraqi", "assembly", "members")),   # no adverb
    # Those somewhere are asked for, not the place: "Who was at the gates overnight?".
    ("Who was at the gates of the embassy overnight?", NAME, ()),
    ("What is the name of the military base hit by rockets on Friday?", NAME, ("base",)),   # ends before "by"
    ("Who is behind the attack?", NAME, ("attack",)),
])
def test_what_is_asked(question, kind, focus):
    assert question_type(question) == kind
    assert asked_about(question) == focus


def test_a_count_must_stand_beside_the_thing_counted():
    q = "How many rockets were fired at the base?"
    assert holds_type(CONTRACTOR, NUMBER, q) == 0.0     # no number at all
    assert holds_type("Militants fired rockets, wounding 3 soldiers.", NUMBER, q) == 0.0  # a number of something else
    assert holds_type("Militants fired 12 rockets at the base.", NUMBER, q) == 1.0
    assert 0.0 < holds_type("Two barrages came down on the base.", NUMBER, q) < 1.0  # rockets not mentioned: unsure
    assert holds_type("Thousands of supporters of the militia converged.", NUMBER,
                      "How many supporters of the militia protested?") == 1.0
    assert holds_type("75 protesters were wounded.", NUMBER, "How many people were hurt?") == 1.0


def test_a_count_said_by_someone_is_said_by_them():
    q = "How many militiamen does Hashd Shaabi say were killed by the US airstrikes?"
    toll = "The group said airstrikes left 25 militiamen dead and 50 others wounded."
    assert holds_type(toll, NUMBER, q) == UNSURE   # which group, the sentence alone does not say
    assert holds_type(toll, NUMBER, q, speaker="Hashd Shaabi") == 1.0
    assert holds_type(toll, NUMBER, q.replace("Hashd Shaabi", "the Pentagon"), speaker="Hashd Shaabi") == UNSURE


def test_countries_counted_are_told_by_a_list_of_them():
    q = "In how many countries did the weekend US strikes hit?"
    assert holds_type("The US strikes over the weekend in Iraq and Syria targeted the militia.", NUMBER, q) == 1.0
    assert holds_type("Your crimes in Iraq, Afghanistan… have made nations hate you.", NUMBER,
                      "How many countries does Khamenei name?") == 1.0
    assert holds_type("The US strikes over the weekend in Iraq targeted the militia.", NUMBER, q) == 0.0   # one named
    assert holds_type("Iran's supreme leader and US President Donald Trump traded words.", NUMBER, q) == 0.0
    assert holds_type("Tensions between the US and Iran rose.", NUMBER, q) == 0.0   # two countries, no places


def test_things_counted_are_told_by_which_one_each_is():
    q = "How many walls of the embassy compound did the protesters manage to cross?"
    walls = "Protesters crossed the outside wall of the compound and attempted to climb a second wall."
    assert holds_type(walls, NUMBER, q) == 1.0
    assert holds_type("Protesters crossed the outside wall of the compound.", NUMBER, q) == 0.0   # one told, no count


def test_a_participle_after_the_events_noun_says_which_event():
    q = "How many Americans were killed in the attack blamed on Kataib Hezbollah?"
    told = "Rocket fire killed an American civilian contractor at a military base in northern Iraq."
    assert holds_type(told, NUMBER, q) == 1.0   # the militia says which attack, not where it killed
    assert holds_type("The attack killed an Iraqi soldier.", NUMBER, q) == 0.0


def test_one_counted_is_told_by_an_article_after_the_event():
    q = "How many Americans were killed in the rocket attack?"
    assert holds_type("Rocket fire killed an American civilian contractor at a base.", NUMBER, q) == 1.0
    assert holds_type("Rocket fire killed an Iraqi soldier at a base.", NUMBER, q) == 0.0   # no American
    # The killing asked about is at the embassy: one at a base is another.
    assert holds_type("Rocket fire killed an American civilian contractor at a base.", NUMBER,
                      "How many Americans were killed at the US embassy in Baghdad?") == 0.0
    # Many, or none, is no count of one.
    assert holds_type("Rocket fire killed a number of Americans at a base.", NUMBER, q) == 0.0
    assert holds_type("Rocket fire did not kill an American at the base.", NUMBER, q) == 0.0
    # The details must stand near the killing: the weekend here is the strikes', not the killing's.
    assert holds_type("Over the weekend, the US carried out strikes on positions of the militia in western Iraq in "
                      "retaliation for rocket fire that killed an American civilian contractor at a military base.",
                      NUMBER, "How many Americans were killed in the US strikes over the weekend?") == 0.0
    # "How old" counts no one.
    assert holds_type("Rocket fire killed an American civilian contractor at a base.", NUMBER,
                      "How old was the American contractor killed in the rocket attack?") == 0.0


def test_evidence_asked_for_must_be_spoken_of():
    q = "What evidence did the US present linking the militia to the rocket attack?"
    assert holds_type("Trump accused Tehran of orchestrating the storming.", None, q) == 0.0
    assert holds_type("US intelligence showed that the militia fired the rockets.", None, q) == 1.0
    assert holds_type("Trump said the militia showed up.", None, "Is there evidence Iran was behind it?") == 0.0
    assert holds_type("Trump accused Tehran of orchestrating the storming.", None,
                      "What did Trump accuse Tehran of?") == 1.0
    # "proven ties" asks which militia, not for evidence.
    assert holds_type("Kataib Hezbollah is backed by Iran.", None, "Which militia has proven ties to Iran?") == 1.0


def test_an_exact_date_asked_is_a_calendar_date_and_a_day_a_day_named():
    q = "On what exact date did the strikes take place?"
    assert question_type(q) == TIME
    assert holds_type("The strikes over the weekend targeted the militia.", TIME, q) == 0.0
    # A weekday is the closest the articles come, not the date asked for.
    assert holds_type("The strikes on Sunday targeted the militia.", TIME, q) == 0.0
    assert holds_type("date 2020-01-01 The strikes targeted the militia.", TIME, q) == 1.0
    assert holds_type("The strikes on 29 December targeted the militia.", TIME, q) == 1.0
    assert holds_type("Iran may retaliate for the strikes.", TIME, q) == 0.0   # the verb, not the month
    day = "On what exact day did the strikes take place?"
    assert holds_type("The strikes on Sunday targeted the militia.", TIME, day) == 1.0
    assert holds_type("The strikes over the weekend targeted the militia.", TIME, day) == 0.0
    assert holds_type("The strikes over the weekend hit.", TIME, "At what exact time did the rockets hit?") == 0.0
    assert holds_type("Saddam fell a day later.", TIME, "In what specific year did Saddam fall?") == 0.0


def test_how_much_asks_for_an_amount():
    q = "How much did the damage to the embassy cost?"
    assert holds_type("Dozens of supporters broke into the compound.", NUMBER, q) == 0.0
    assert holds_type("Repairs will cost $2.5 million, officials said.", NUMBER, q) == 1.0


def test_a_name_must_stand_beside_the_role_asked_about():
    q = "What was the name of the American contractor killed in the rocket attack?"
    assert holds_type(CONTRACTOR, NAME, q) == 0.0       # "American" is a nationality, not a name
    assert holds_type("The contractor, John Smith, was 42.", NAME, q) == 1.0
    assert holds_type('"This deployment is appropriate," US Defense Secretary Mark Esper said.', NAME,
                      "Who is the US Defense Secretary?") == 1.0


def test_which_thing_wants_it_named_where_the_sentence_mentions_it():
    q = "Which base in northern Iraq was hit by the rocket fire?"
    assert holds_type(CONTRACTOR, None, q) == 0.0       # "a military base", unnamed
    assert holds_type("Rockets hit the K1 base near Kirkuk.", None, q) == 1.0
    # No base here, and no hitting: the sentence may not be about the base at all.
    assert holds_type("The US blamed Kataib Hezbollah.", None, q) == UNSURE


def test_a_sentence_that_says_the_detail_is_not_given():
    assert states_unknown(AMMUNITION, "What kind of ammunition did the guards use?")
    assert states_unknown(AMMUNITION, "Were those live rounds or rubber bullets?")   # kinds of ammunition
    assert not states_unknown(AMMUNITION, "How many were hurt when the guards fired bullets?")
    # The same sentence does answer what else was fired, and how many were wounded.
    assert not states_unknown(AMMUNITION, "What did the guards fire besides tear gas?")
    assert not states_unknown(AMMUNITION, "What were the protesters shouting?")


@pytest.mark.parametrize("question,event", [
    ("How many protesters were arrested after storming the embassy?", "arrest"),
    ("How many militiamen did those strikes kill?", "kill"),     # "those strikes" is a noun
    ("When did the soldiers arrive?", "arrive"),
    ("How many soldiers make up a battalion?", None),
    ("How many fighters died in the air raids?", "kill"),
    ("How many wounded protesters were arrested?", "arrest"),  # "wounded" describes the counted
    ("How many people does the militia say were hurt?", "wound"),  # saying frames the event
    ("When did the militia ask the crowds to leave?", "say"),    # the asking is asked about, not a leaving
    ("How many supporters showed up to protest at the embassy?", "protest"),  # no other event: the purpose
    # Those present, not those sent: "already", "in total", "does it have".
    ("how many us troops were already in iraq before this", "station"),
    ("How many troops does the US have in Iraq?", "station"),
    ("What is the total number of US troops in Iraq?", "station"),
    ("How many troops were sent before the attack?", "send"),
    ("How many soldiers were already in Iraq before the new ones were sent?", "station"),  # the clause sets the scene
    ("how many people were actually inside the embassy when it got stormed?", "station"),  # those there
    ("What year did Saddam Hussein's government fall?", "fall"),
    ("How many US Marines were guarding the embassy?", "guard"),
    ("How many died altogether?", None),   # a total of deaths, no stock of those present
    ("How many died in the strikes?", "kill"),   # the deed counted, no thing named: not a noun "died"
    # A relative clause tells which strikes; a clause after a verb of saying is what was said.
    ("When did the US carry out the strikes on the militia that preceded the embassy protests?", None),
    ("How many did the militia say that the strikes killed?", "kill"),
    # After a word of amount a deed's word is a noun; after "did", a participle before the plain verb tells which.
    ("When did the additional attack helicopters sent to protect the embassy land in Baghdad?", "arrive"),
    ("When did Trump say the soldiers were sent?", "send"),
    ("How many rockets were fired, and where did they land?", "shoot"),   # a participle before "did" is asked
    ("When were there first reports of protesters shot?", "shoot"),   # a past form is no report's topic
    # A verb whose object is the deed: "make his comments" is saying.
    ("On what day did Abbas Mousavi make his comments about the protests?", "say"),
    # What a report is about, ending the question, is not asked of it.
    ("What date is given at the top of the report on the embassy protests?", None),
    # Speaking with someone is the deed asked; speaking to reporters or about something is saying.
    ("On what day did Trump speak by phone with Iraqi premier Adel Abdel-Mahdi?", "talk"),
    ("When did Esper speak to reporters?", "say"),
    ("How many troops did Esper talk about sending?", "send"),
    # After a relative clause, the deed "did" asks in its plain form; a participle there tells which strikes.
    ("On what day did the hardline groups that refused the PMU's call finally leave the embassy?", "leave"),
    ("When did the soldiers that the Pentagon said it would send arrive?", "arrive"),
    ("When did the strikes that killed 25 militiamen happen?", None),
    ("When did the groups that protested leave?", "leave"),   # "that" is no determiner
    ("When did the US carry out the strikes on the Iranian-backed militia that preceded the embassy protest?", None),
])
def test_the_event_asked_about(question, event):
    assert asked_event(question) == event


def test_a_deed_counted_alone_names_no_thing_counted():
    assert asked_about("How many died in the strikes?") == ()
    assert asked_about("How many wounded protesters were arrested?") == ("wounded", "protesters")


def test_a_count_or_time_of_another_event_does_not_answer():
    wounded = "The militia said that 75 protesters were wounded after the guards fired tear gas."
    assert holds_type(wounded, NUMBER, "How many protesters were arrested?") == 0.0
    assert holds_type(wounded, NUMBER, "How many protesters were injured?") == 1.0   # same event, other word
    assert holds_type(wounded, NUMBER, "How many protesters took part?") == 1.0      # no known verb: no opinion
    said = "The US will deploy 750 soldiers to Iraq, the Pentagon said on Tuesday."
    assert holds_type(said, TIME, "When did the soldiers arrive?") == 0.0
    assert holds_type(said, TIME, "When did the Pentagon announce the deployment?") == 1.0
    assert holds_type(said, NUMBER, "How many US troops were already in Iraq?") == 0.0   # sent, not there


def test_owning_up_is_asked_whatever_was_owned_up_to():
    denial = "Tehran blasted Washington's response to the protests, and denied any involvement."
    assert holds_type(denial, None, "Did Iran admit it was behind the embassy attack?") == 1.0
    assert holds_type("Protesters broke into the compound.", None,
                      "Did Iran admit it was behind the embassy attack?") == UNSURE


def test_a_time_of_day_a_duration_a_town():
    camped = "Militiamen had camped out at the gates overnight, a day after they broke into the compound on Tuesday."
    assert holds_type(camped, TIME, "At what time on Tuesday did the protesters get over the outer wall?") == 0.0
    assert holds_type("The crowd arrived at 10:30 on Tuesday.", TIME, "At what time did the crowd arrive?") == 1.0
    call = "Trump spoke with Abdel-Mahdi by phone and emphasized the need to protect US personnel."
    assert holds_type(call, None, "how long did trump's phone call with the iraqi prime minister last?") == UNSURE
    war = "\"I don't think that would be a good idea for Iran, it wouldn't last very long,\" Trump asserted."
    assert holds_type(war, None, "How long did Trump say a war with Iran would last?") == 1.0
    assert holds_type(CONTRACTOR, None, "Which town or province was the base in?") == 0.0   # "northern Iraq" only
    assert holds_type("Rockets hit a base near Kirkuk.", None, "Which town was the base near?") == 1.0
    assert holds_type("Four amphibious ships arrived on 4 January.", TIME, "At what time did they arrive?") == 0.0
    assert holds_type("Rockets hit a base in March.", None, "Which town was the base in?") == 0.0   # a month
    assert holds_type("The crowd left.", None, "Where did the protesters go after withdrawing from the embassy?") \
        == 1.0   # asks where to, not where from
    assert holds_type("Trump's statement was long.", None, "What parts of Trump's statement were false?") == 1.0
    zone = "Thousands converged on Baghdad's heavily fortified Green Zone on Tuesday."
    assert holds_type(zone, None, "Which fortified district of Baghdad did thousands converge on?") == 1.0


def test_a_slogan_reports_no_event():
    chant = 'Trump ordered troops to the region after supporters chanting "Death to America" stormed the embassy.'
    assert holds_type(chant, None, "Was anyone at the embassy killed?") == UNSURE
    assert holds_type("Militants killed a contractor.", None, "Was anyone killed?") == 1.0
    assert holds_type('The group said fighters were "killed in cold blood".', None, "Were any fighters killed?") == 1.0


def test_the_doer_of_a_question():
    assert yes_no_actor("Did US troops leave?") == ("troops",)
    assert yes_no_actor("When did the Iraqi parliament vote on expelling US troops?") == ("parliament",)
    assert yes_no_actor("Why did the US bomb the militia?") == ()   # the US does it; "bomb" is the verb
    assert yes_no_actor("How has the Iranian side responded?") == ()
    assert yes_no_actor("why did the US hit them in the first place?") == ()   # "hit" is the verb
    # The doer is a minister, whom an article may call premier; "prime" is only part of the post's name.
    assert yes_no_actor("How did Iraq's prime minister try to deal with the demonstrators?") == ("minister",)
    # The articles themselves are no doer the articles must name.
    assert yes_no_actor("Does either article say more troops could follow?") == ()
    assert yes_no_actor("Did either militia claim responsibility?") == ("militia",)


def test_any_of_whom_a_yes_no_question_asks_must_be_spoken_of():
    wounded = "The militia said that 75 protesters were wounded after the guards fired tear gas."
    assert holds_type(wounded, None, "were any embassy staff hurt?") == UNSURE
    assert holds_type(wounded, None, "Were any Americans injured?") == UNSURE
    assert holds_type(wounded, None, "Were any protesters injured?") == 1.0
    assert holds_type(wounded, None, "Were any demonstrators injured?") == 1.0   # another word for them
    assert holds_type(wounded, None, "Were any people hurt?") == 1.0   # anyone counts
    # "any other countries" are countries: a sentence of a zone's foreign embassies speaks of none.
    zone = "Supporters converged on the Green Zone, home to government offices and foreign embassies."
    assert holds_type(zone, None, "Did any other countries close their embassies in the Green Zone?") == UNSURE
    assert holds_type("Two other countries closed their embassies in the Green Zone.", None,
                      "Did any other countries close their embassies in the Green Zone?") == 1.0
    # The thing ends at its plural: "close" after "countries" is no part of it.
    assert holds_type("Police closed the road to the Green Zone embassies.", None,
                      "Did any of the other countries close their embassies?") == UNSURE


def test_a_qualified_count_needs_its_qualifier():
    q = "How many additional troops will be sent?"
    assert holds_type("Trump ordered hundreds of US troops to the region.", NUMBER, q) == UNSURE
    assert holds_type("Trump ordered 200 additional troops to the region.", NUMBER, q) == 1.0
    # A nationality is no qualifier that the sentence must repeat.
    assert holds_type("Trump ordered 200 troops to the region.", NUMBER, "How many American troops were sent?") == 1.0


def test_the_subject_of_is_a_names_the_thing():
    q = "Which umbrella group includes Kataib Hezbollah?"
    assert holds_type("Hashd Saabi - whose supporters attacked the embassy - is an umbrella group which "
                      "includes Kataib Hezbollah.", None, q) == 1.0
    assert holds_type("The militia belongs to an umbrella group.", None, q) == 0.0


def test_another_word_for_the_same_post():
    assert holds_type("Demonstrators set fire to a gate, despite appeals from Iraq's premier Adel Abdel-Mahdi.",
                      NAME, "Who is Iraq's prime minister?") == 1.0
    assert holds_type("US Defense Secretary Mark Esper said in a statement.", NAME,
                      "Who is the American defense chief?") == 1.0


def test_where_from_wants_a_from():
    q = "Which division are the 750 soldiers being deployed from?"
    assert holds_type("The US will immediately deploy 750 soldiers to Iraq.", None, q) == 0.0
    assert holds_type("The 750 soldiers come from the 82nd Airborne Division.", None, q) == 1.0
    q = "Where are the 750 soldiers being flown in from?"
    assert holds_type("The US will immediately deploy 750 soldiers to Iraq.", None, q) == 0.0
    assert holds_type("The 750 soldiers are flown in from Kuwait.", None, q) == 1.0
    # A group's people are its members, "from" it or not.
    assert holds_type("Hashd Saabi - whose supporters attacked the US embassy - is an umbrella group.", None,
                      "Which umbrella group were the embassy attackers from?") == 1.0
    assert holds_type("Hashd Saabi - whose supporters attacked the US embassy - is an umbrella group.", None,
                      "Which division were the embassy attackers from?") == 0.0   # not a group: where from


def test_of_several_mentions_the_qualified_one_is_meant():
    s = ("The Population Mobilisation Forces (PMU) umbrella group asked crowds to leave, "
         "however some hardline groups refused to leave.")
    assert mentions_unnamed(s, "Which hardline groups refused to leave the embassy?")
    assert not mentions_unnamed(s, "Which umbrella group asked the crowds to leave?")


def test_a_saying_is_picked_out_by_its_words():
    s = "“That guy has tweeted that we see Iran responsible for the events in Baghdad,” he said."
    assert not mentions_unnamed(s, "Which Trump tweet about Iran is quoted?")
    # A tweet mentioned, with none of its words, is still unnamed.
    assert mentions_unnamed("Trump later posted an angry tweet.", "Which tweet did Trump post?")
    assert mentions_unnamed("Troops flew from a military base.", "Which base did the troops fly from?")


def test_the_kinds_of_the_thing_a_which_question_asks_for():
    assert "dpa" in kinds_asked("In the article that cites witnesses, which news agency did they speak to?")
    assert "reuters" in kinds_asked("Eyewitnesses described the breach to which news agency?")
    assert "dpa" in kinds_asked("Which news agency reported the deaths?")
    assert "battalion" in kinds_asked("Which unit was sent?")
    assert "airbase" in kinds_asked("Which base did the troops fly from?")
    assert "happy" in kinds_asked("What greeting did Trump end his tweet with?")   # "Happy New Year!"
    # The word asked is no kind of itself: "What type of base …" is not answered by "the base".
    assert holds_type("The Ain al-Asad base was hit by rockets.", KIND, "What type of base is Ain al-Asad?") == UNSURE
    # A base is asked for: a sentence with none in it tells none, though it names a place the troops go to.
    q = "Which base in Iraq are the 750 new soldiers going to?"
    assert holds_type("The United States will deploy 750 soldiers to Iraq, the Pentagon said in Baghdad.", None,
                      q) == UNSURE
    assert holds_type("The soldiers will go to the Ain al-Asad airbase in Iraq.", None, q) == 1.0
    assert kinds_asked("What did the agency report?") == frozenset()   # "what did": no thing asked
    assert "battalion" in kinds_asked("Which Iraqi security forces unit was sent?")   # the fourth word


def test_a_which_question_with_kinds_listed_wants_one_of_them_named():
    q = "Which US military unit guarding the embassy fired tear gas on Wednesday?"
    assert holds_type("US Marines guarding the mission fired tear gas on Wednesday.", None, q) == 1.0
    assert holds_type("The US sent attack helicopters to protect the embassy.", None,
                      "Which US military unit flew the attack helicopters?") == UNSURE
    assert holds_type("A Marine unit fired tear gas.", None, q) == 1.0


def test_where_someone_named_was_is_a_place_outside_quotes():
    q = "Where was Defense Secretary Mark Esper when he issued his statement?"
    assert holds_type('"Such as we witnessed in Baghdad today," Esper said in a statement.', None, q) == 0.0
    assert holds_type("Later, reporters outside his Mar-a-Lago resort in Florida asked Trump.", None,
                      "Where was Trump when reporters asked him about war?") == 1.0
    assert holds_type("Esper said in a statement.", None, "Where was the contractor killed?") == 1.0   # no one named
    assert holds_type("Esper said in December that troops would go.", None, q) == 0.0   # a month is no place
    # A people or country is no one named: "US troops" may be sent anywhere, said any way.
    assert holds_type("The Pentagon sent 750 troops to Kuwait.", None, "Where were US troops sent?") == 1.0


def test_where_someone_named_was_is_not_where_another_was():
    q = "Where was Khamenei when he posted his reply to Trump?"
    # A place in a sentence naming neither him nor a post or "his" that may be his is someone else's.
    assert holds_type("While Trump is holding Iran responsible for the incident at the US mission in Baghdad, "
                      "Tehran blasted Washington.", None, q) == 0.0
    assert holds_type("In another tweet, Mr Trump accused Tehran over the storming of the embassy in Baghdad.",
                      None, q) == 0.0   # a title before another's name
    assert holds_type("Khamenei spoke in Tehran.", None, q) == 1.0
    # Named, but far from the place, which is the gates': the premier is not placed by it.
    assert holds_type("Demonstrators later set fire to one of the gates in the US compound, witnesses said, despite "
                      "appeals from Iraq's premier Adel Abdel-Mahdi for them to leave.", None,
                      "Where was Abdel-Mahdi when Trump spoke to him by phone?") == 0.0
    assert holds_type("The historic embassy in Baghdad was attacked.", None, q) == 0.0   # "historic" is no "his"
    assert holds_type("Ali spoke in Baghdad.", None, "Where was Ali when he spoke?") == 1.0   # too short to look for
    assert holds_type("Later, reporters outside his Mar-a-Lago resort in Florida asked the US president.", None,
                      "Where was Ayatollah Khamenei when he replied?") == 1.0   # "his" may be his



def test_the_city_of_someones_deed_is_near_his_name_and_a_named_place_is_no_one():
    q = "In which city did Iran's Foreign Ministry spokesman Abbas Mousavi make his remarks?"
    # Baghdad is only in the quotation of another's words.
    assert holds_type("“We see Iran responsible for the events in Baghdad,” he said, referring to Mr Trump.", None,
                      q) == 0.0
    assert holds_type("Mousavi spoke to reporters in Tehran.", None, q) == 1.0
    # A people or group named before its noun is no one placed: their city is any the sentence names.
    assert holds_type("Thousands of protesters gathered in Baghdad on Tuesday.", None,
                      "In which city did Iraqi protesters gather?") == 1.0
    assert holds_type("Shiite militiamen set fire to the gates in Baghdad, witnesses said.", None,
                      "In which city did Shiite militiamen set fire to the gates?") == 1.0
    # "Where is the Green Zone" asks where a place is, told by a possessive.
    assert holds_type("Thousands converged on Baghdad's heavily fortified Green Zone on Tuesday.", None,
                      "Where is the Green Zone that the militia supporters converged on?") == 1.0


def test_who_a_name_is_doing_something_to_asks_of_no_one_named():
    assert asked_about("Who is the US sending to Iraq after the embassy was stormed?") == ()
    assert asked_about("Who is the US ambassador?") == ("ambassador",)   # a post, no deed
    assert asked_about("Who is the Kataib Hezbollah wing?") == ("wing",)   # a noun in -ing, no deed


def test_a_who_question_asks_its_deed_as_written():
    assert deed_words("Who warned the protesters to leave the embassy?") == ("warned",)
    assert deed_words("Who has been arrested over the storming of the embassy?") == ("arrested",)   # after "been"
    assert deed_words("Who has been guarding the embassy?") == ("guarding",)
    assert deed_words("Who said the deployment was precautionary?") == ()   # nearly every sentence says
    assert deed_words("Who sent the troops?") == ()   # irregular: may be a noun as well
    # Urging, appealing and pleading are one deed: each finds the others.
    assert "appealed" in deed_words("Who urged the crowd to go home?")
    assert "urged" in deed_words("Who appealed to the protesters to leave the embassy?")
    assert "asked" not in deed_words("Who urged the crowd to go home?")   # asking is much else besides
    # After "was", an "-ing" form is the verb; without it, an "-ing" word is no deed asked.
    assert deed_words("Who was guarding the US embassy in Baghdad?") == ("guarding",)
    # Asked of a kind of doer: "which troops were guarding"; not "which troops did the US send".
    assert deed_words("Which troops were guarding the mission?") == ("guarding",)
    assert deed_words("Which US force was guarding the embassy in Baghdad?") == ("guarding",)
    assert deed_words("Which troops did the US send?") == ()
    assert deed_words("Who leading the militia?") == ()
    assert deed_words("Who was being blamed for the attack?") == ()   # an "-ing" word of no known deed


def test_a_who_question_is_not_answered_by_a_sentence_of_no_deed():
    q = "Who was guarding the US embassy in Baghdad?"
    assert question_type(q) == NAME
    assert holds_type("Iran's supreme leader and US President Donald Trump entered into a war of words over events in "
                      "Iraq on Wednesday.", NAME, q) == UNSURE
    assert holds_type("US Marines guarding the mission fired tear gas on Wednesday.", NAME, q) == 1.0


def test_a_which_question_may_name_its_thing_with_two_words():
    q = "Which White House spokesperson issued the statement about Trump's call with Abdel-Mahdi?"
    assert asked_about(q) == ("spokesperson",)
    assert question_type(q) == NAME
    assert asked_about("Which US Army unit was sent to Kuwait?") == ("unit",)
    assert asked_about("Which hardline groups refused to leave?") == ("groups",)   # one word before, as before
    assert asked_about("Which US Senators criticized the strike?") == ()   # a verb after the name, no thing
    assert question_type("What happened to president Trump's plan?") is None   # no post asked for


def test_bodies_known_by_their_names_are_what_a_which_question_asks_for():
    assert bodies_asked("To which hospital were the wounded protesters taken?") == ("hospital",)
    assert bodies_asked("Which US military command or air unit carried out the strikes?") == ("command",)
    assert bodies_asked("Which company employed the contractor?") == ("company",)
    assert bodies_asked("Which unit was sent?") == ()   # a unit goes by a kind ("an infantry battalion") too
    assert bodies_asked("Who commands the militia?") == ()


def test_a_yes_no_question_about_a_post_wants_the_post_or_its_country_spoken_of():
    q = "Did Iraq's premier condemn the US airstrikes on the militia?"
    tehran = "Tehran blasted Washington's \"irrational response\" to the protests, and denied any involvement."
    assert holds_type(tehran, None, q) == UNSURE   # Iran's capital, not Iraq's premier
    assert holds_type("Iraq's premier Adel Abdel-Mahdi denounced the strikes.", None, q) == 1.0
    assert holds_type("The Iraqi government condemned the strikes.", None, q) == 1.0
    assert holds_type("Defense Secretary Esper condemned the strikes.", None, q) == UNSURE   # another's post
    # The post is no doer here: the protesters are.
    q2 = "Did the protesters demand the resignation of Iraq's prime minister?"
    assert holds_type("Protesters demanded that Abdel-Mahdi resign.", None, q2) == 1.0


def test_who_did_a_deed_is_not_answered_by_who_did_another():
    q = "Who was guarding the US mission in Baghdad?"
    camped = "Dozens of militiamen had camped out at the gates of the embassy a day after they broke into it."
    assert holds_type(camped, NAME, q) == 0.0
    assert holds_type("US Marines guarding the mission fired tear gas on Wednesday.", NAME, q) == 1.0
    # Saying is not judged so: a quotation's speaker may be named in the sentence before it.
    quoted = "“Militiamen stormed the compound,” according to Esper."
    assert holds_type(quoted, NAME, "Who said the militia attacked?") == 1.0
    # Nor ordering: "Who ordered the strikes?" asks who gave the order, not who was sent.
    assert holds_type("President Trump authorized the strikes, Esper said.", NAME, "Who ordered the strikes?") == 1.0


def test_speaking_against_a_deed_must_be_reported():
    q = "Did Abdel-Mahdi condemn the US airstrikes?"
    assert holds_type("The US launched strikes on a militia, Abdel-Mahdi said.", None, q) == UNSURE
    assert holds_type("Abdel-Mahdi denounced the US strikes.", None, q) == 1.0


def test_a_noun_before_a_plural_noun_reports_no_event():
    refused = "The PMU asked crowds to leave the embassy, however some hardline groups refused to leave."
    # "protest groups" names groups; the leaving is what is asked, and the refusal to leave answers it.
    assert holds_type(refused, None, "Did all the protest groups leave the embassy when asked to?") == 1.0
    assert events_in("Did all the protest groups leave?", False, asked=True) == {"leave"}
    assert events_in("Did the protest continue on Wednesday?", False, asked=True) == {"protest"}
    # In a sentence the word after may be a verb: "the protest continues", "the attack sparks fears".
    assert events_in("The protest continues outside the embassy.", False) == {"protest"}


def test_another_word_for_the_same_people():
    dead = "The group said airstrikes left 25 militiamen dead and 50 others wounded."
    assert holds_type(dead, NUMBER, "How many fighters died in the air raids?") == 1.0
    assert holds_type(dead, NUMBER, "How many civilians died in the air raids?") == UNSURE
    assert holds_type(dead, NUMBER, "How many soldiers were arrested?") == 0.0


def test_a_noun_before_the_thing_says_which_one():
    q = "Which area of the embassy compound did the crowd set alight?"
    assert not mentions_unnamed("Supporters smashed a main door and set fire to a reception area.", q)
    assert mentions_unnamed("Supporters set fire to a nearby area.", q)
    # An adjective does not: "a military base" is still no answer to "which base".
    assert mentions_unnamed(CONTRACTOR, "Which base in northern Iraq was hit?")


def test_what_a_thing_is_called_wants_it_named():
    assert asked_about("What is called the military base where the contractor was killed?") == ("base",)
    assert asked_about("Kataib Hezbollah is in an umbrella group. What is that group called?") == ("group",)
    assert mentions_unnamed(CONTRACTOR, "What is the base where the contractor died called?")
    assert not mentions_unnamed("Hashd Saabi is an umbrella group which includes Kataib Hezbollah.",
                                "What is the umbrella group called?")
    assert not mentions_unnamed(CONTRACTOR, "What did the contractor's family say the base was called by locals?")
    # "called" before the clause that says which: the base is still to be named.
    assert mentions_unnamed(CONTRACTOR, "what was the base called where the contractor died")
    assert not mentions_unnamed(CONTRACTOR, "What was the contractor called on to do at the base?")
    # "called" as summoned or phoned, not named.
    assert asked_about("What was the meeting the premier called that evening about?") != ("premier",)
    assert asked_about("What is the name of the man Trump called that night?") != ("name",)


def test_a_photo_credit_names_the_photographer():
    caption = "Protesters burn property in front of the US embassy compound. Picture: Khalid Mohammed/AP"
    assert holds_type(caption, NAME, "Who is the photographer of the picture?") == 1.0


def test_trying_to_do_something_asks_what_was_done():
    assert deed_doer("How did Iraq's prime minister try to calm the situation?") == ("Iraq's", "prime", "minister")
    assert deed_doer("What did the PMU attempt to do?") == ("the", "PMU")
    # Asking others to do something is a deed of one's own.
    assert deed_doer("What did Iraq's prime minister ask the demonstrators to do?") == ("Iraq's", "prime", "minister")
    assert deed_doer("What did Esper call on Iraq to do?") == ("Esper",)
    assert deed_doer("How did the crowd get in?") == ()
    # Past a clause, those trying are not the doer asked about.
    assert deed_doer("What did the guards do when protesters tried to enter?") == ("the", "guards")
    assert deed_doer("How did the US react when militias tried to storm the embassy?") == ()


def test_since_when_wants_a_starting_point():
    q = "Since when has Iraq tried to balance its ties with the two foes?"
    assert holds_type("Iraq has tried since the fall of Saddam Hussein's government to balance ties.", TIME, q) == 1.0
    assert holds_type("Iraq has tried to balance ties between the foes.", TIME, q) == 0.0


def test_what_someone_said_wants_them_speaking():
    q = "What did Kataib Hezbollah call the embassy attack?"
    assert holds_type("The US strikes targeted the Kataib Hezbollah militia group.", None, q) == UNSURE
    assert holds_type('Kataib Hizbollah said that this was only the "first message to the US".', None, q) == 1.0
    # Not named, and nobody speaking: the report's own words.
    assert holds_type("The protesters chanted slogans.", None, q) == UNSURE
    assert holds_type("Esper, the defence secretary, called it precautionary.", None,
                      "How did the defence secretary describe the deployment?") == 1.0


def test_where_in_a_place_wants_a_part_of_it():
    assert holds_type(CONTRACTOR, None, "Where in Iraq was the contractor killed?") == 1.0   # northern Iraq
    assert holds_type("The US strikes in Iraq and Syria targeted the militia.", None,
                      "Where in Syria did the strikes hit?") == 0.0
    assert holds_type("Supporters gathered in the Green Zone in Baghdad.", None,
                      "Where in Baghdad did supporters gather?") == 1.0
    assert holds_type("Supporters converged on Baghdad's heavily fortified Green Zone.", None,
                      "Where in Baghdad did supporters gather?") == 1.0
    # A city or town inside a country, asked for however the country is named.
    strikes = "The US strikes over the weekend in Iraq and Syria targeted the Kataib Hezbollah militia group."
    assert holds_type(strikes, None, "Which Syrian towns were hit by the strikes?") == 0.0
    assert holds_type(strikes, None, "In which city of Syria the US strikes hit the militia?") == 0.0
    # A town is asked for: "northern Iraq" is a part of the country, no town; "Kirkuk, Iraq" is one.
    assert holds_type(CONTRACTOR, None, "which town in iraq was the contractor killed in") == 0.0
    assert holds_type(CONTRACTOR, None, "In which Iraqi city was the military base?") == 0.0
    assert holds_type(CONTRACTOR.replace("in northern Iraq", "outside Kirkuk, Iraq"), None,
                      "which town in iraq was the contractor killed in") == 1.0
    assert holds_type("A contractor was killed at a base near Kirkuk in northern Iraq.", None,
                      "which town in iraq was the contractor killed in") == 1.0
    assert holds_type("The US struck the militia Khataeb Hizbollah in western Iraq.", None,
                      "In which Iraqi city was the military base?") == 0.0    # a militia, no town
    # The place of an event: a town named beside no killing is the place of something else.
    caption = "Protesters burn property in front of the US embassy compound, in Baghdad, Iraq."
    killed_where = "Near which Iraqi city is the base where the contractor was killed?"
    assert holds_type(caption, None, killed_where) == UNSURE
    assert holds_type("A contractor was killed at a base near Kirkuk in northern Iraq.", None, killed_where) == 1.0
    assert holds_type("Militia supporters broke into the US embassy compound, in Baghdad, Iraq.", None,
                      "In which Iraqi city did the militia supporters break into the embassy?") == 1.0
    assert holds_type(caption, None, "In which Iraqi city did the militia supporters break into the embassy?") == UNSURE
    # One of the events asked of is enough: the rocket fire is no attack word, the killing is there.
    assert holds_type("Rocket fire killed an American contractor at a base near Kirkuk, Iraq.", None,
                      "Where in Iraq was the rocket attack that killed the contractor?") == 1.0
    assert holds_type(strikes, None, "Which part of the militia was targeted?") == 1.0   # no country's part
    assert holds_type(strikes, None, "where exactly in syria were the us strikes") == 0.0
    assert holds_type("The US will deploy 750 soldiers to Iraq.", None,
                      "where are the 750 soldiers being sent from, like which base?") == 0.0


@pytest.mark.parametrize("question,owned", [
    ("Who is Iraq's president?", ("iraq", "president", "")),
    ("What did the Iraqi prime minister say?", ("iraq", "minister", "")),   # "prime" is the post itself
    ("Who is the US Defense Secretary?", ("us", "secretary", "defense")),
    ("How did the Pentagon chief justify the deployment?", None),   # no country
    ("Who is the president?", None),
    # The post first, a question typed in lower case, "U.S." with its dots.
    ("Who is the prime minister of Iraq?", ("iraq", "minister", "")),
    ("who is iraq's prime minister", ("iraq", "minister", "")),
    ("Which Iraqi leader urged the demonstrators to leave?", ("iraq", "leader", "")),
    ("Iran's supreme leader said what?", ("iran", "leader", "")),   # a leader's adjective is the reporter's
    ("Who is the U.S. ambassador?", ("us", "ambassador", "")),
    ("what did the president tell us", None),   # "us", the pronoun
    ("was the us ambassador in the embassy during the attack?", ("us", "ambassador", "")),   # the country, typed low
    ("us president?", ("us", "president", "")),
    ("where was us president trump during the attack", ("us", "president", "")),
    ("Can you tell us who the president is?", None),
    # The portfolio, before the post or after its "of".
    ("Who is Iran's foreign minister?", ("iran", "minister", "foreign")),
    ("Who is the US secretary of state?", ("us", "secretary", "state")),
    ("Did Iraq's own prime minister try to calm things down? Who is he?", ("iraq", "minister", "")),
    ("Who is Iraq's deputy prime minister?", ("iraq", "minister", "deputy")),   # past "prime" to its portfolio
    ("Who is Iraq's caretaker prime minister?", ("iraq", "minister", "")),   # a rank only, not any adjective
])
def test_a_countrys_post(question, owned):
    assert owned_role(question) == owned


def test_the_portfolio_must_stand_beside_the_post():
    mousavi = "Iran's Foreign Ministry spokesman Abbas Mousavi said the US was an occupying power."
    esper = "US Defense Secretary Mark Esper said in a statement."
    assert not holds_owned_role(mousavi, "iran", "minister", "foreign")   # a ministry is no minister
    assert holds_owned_role(mousavi, "iran", "spokesman", "ministry")
    assert holds_owned_role(esper, "us", "minister", "defence")   # a defence minister is the defense secretary
    assert not holds_owned_role(esper, "us", "secretary", "state")


def test_a_post_spoken_of_and_the_sentence_naming_its_holder():
    war = ("Iran's supreme leader and US President Donald Trump entered into a war of words over events in Iraq on "
           "Wednesday.")
    khamenei = ("Ayatollah Ali Khamenei, Iran’s highest religious and spiritual authority, blamed the US for the "
                "recent unrest.")
    assert unnamed_post(war) == ("iran", "leader", "")
    assert unnamed_post(khamenei) is None   # named right after the post
    assert unnamed_post("Iraq's premier Adel Abdel-Mahdi appealed for calm.") is None
    assert names_holder(khamenei, ("iran", "leader", ""))
    # "President Donald Trump" names the US president, not Iran's leader spoken of beside him.
    assert not names_holder(war, ("iran", "leader", ""))
    assert names_holder(war, ("us", "president", ""))
    # A country after the post is its owner only as a possessive, and not when its own post follows.
    assert not names_holder("President Trump blamed Iran for the attack.", ("iran", "leader", ""))
    assert unnamed_post("President Trump accused Iran's supreme leader of stoking the protests.") == \
        ("iran", "leader", "")


def test_whether_a_name_was_given():
    question = "Have US officials publicly named the American contractor killed in Friday's rocket attack?"
    strikes = ("Over the weekend, the US carried out strikes in retaliation for rocket fire that killed an American "
               "civilian contractor at a military base in northern Iraq on Friday.")
    assert holds_type(strikes, None, question) == 0.0   # spoken of, named nowhere
    assert holds_type("The contractor, John Smith, was killed on Friday.", None, question) > 0.0
    assert holds_type("Officials did not name the contractor killed on Friday.", None, question) > 0.0
    # A sentence telling of naming may name him otherwise.
    assert holds_type("The Pentagon identified the victim as Nawres Hamid, an interpreter.", None, question) > 0.0
    # Asked in the passive: the same.
    passive = "Was the American civilian contractor killed in the rocket attack publicly named?"
    assert holds_type(strikes, None, passive) == 0.0
    assert holds_type("The contractor, John Smith, was killed on Friday.", None, passive) > 0.0
    assert holds_type(strikes, None, "Was the contractor killed on Friday?") > 0.0   # no naming asked


def test_a_short_word_asked_about_is_no_longer_words_prefix():
    question = "750 soldiers which division unit name"
    united = "The United States will immediately deploy 750 soldiers to Iraq, the Pentagon said."
    assert holds_type(united, NAME, question) < 1.0   # "United" is no unit
    assert holds_type("The 750 soldiers are of the unit Task Force Spartan.", NAME, question) == 1.0
    # A name of four letters still finds its other forms: the Iran guy is Iranian.
    assert asked_about("who's the Iran guy who got into a twitter fight with trump?") == ("Iran",)
    assert holds_type("Ayatollah Ali Khamenei, Iran’s highest authority, blamed the US.", NAME,
                      "who's the Iran guy who got into a twitter fight with trump?") == 1.0
    # Only a capitalised longer word is kept apart: a verb's other forms, a country typed in lower case.
    assert positions(("rockets", "killed", "him"), ("kill",)) == [1]
    assert positions(("Iranian", "militia"), ("iran",)) == [0]
    assert positions(("United", "States"), ("unit",)) == []


def test_a_thing_counted_ends_at_a_verb_in_ing():
    assert asked_about("Number of additional troops coming days?") == ("additional", "troops")
    assert asked_about("How many militia training camps were hit?") == ("militia", "training", "camps")
    hundreds = "President Donald Trump ordered hundreds of US troops to the region."
    assert holds_type(hundreds, NUMBER, "Number of additional troops coming days?") == UNSURE


def test_a_count_of_sites_is_of_sites():
    question = "How many militia sites did the US strike in Iraq and Syria over the weekend?"
    camped = ("Dozens of Iran-allied militiamen and their supporters had camped out at the gates of the embassy, a "
              "day after they broke into the compound in one of the worst attacks on a US diplomatic mission.")
    assert holds_type(camped, NUMBER, question) == 0.0
    assert holds_type("The US struck five militia sites in Iraq and Syria.", NUMBER, question) == 1.0
    # People counted may be named by the question's other words: "militia supporters".
    assert holds_type("Dozens of Iran-allied militiamen and their supporters broke into the compound.", NUMBER,
                      "About how many militia supporters broke into the embassy compound?") > 0.0


def test_the_post_must_be_that_countrys():
    trump = "Iran's supreme leader and US President Donald Trump entered into a war of words."
    assert not holds_owned_role(trump, "iraq", "president")
    assert holds_owned_role(trump, "us", "president")
    assert holds_owned_role(trump, "iran", "leader")
    khamenei = "Ayatollah Ali Khamenei, Iran's highest religious authority, blamed the US."
    assert holds_owned_role(khamenei, "iran", "leader")
    assert holds_owned_role("despite appeals from Iraq's premier Adel Abdel-Mahdi", "iraq", "minister")
    assert holds_owned_role("the president of Iraq said", "iraq", "president")
    # A country's leader is whoever heads it.
    assert holds_owned_role("despite appeals from Iraq's premier Adel Abdel-Mahdi", "iraq", "leader")
    assert not holds_owned_role("Iraq's Foreign Ministry spokesman said", "iraq", "leader")
    # A name beside someone else's post does not answer.
    assert holds_type(trump, NAME, "Who is Iraq's president?") < 1.0
    assert holds_type(trump, NAME, "Who is the US president?") == 1.0


def test_what_kind_wants_a_kind_named():
    q = "What kind of military unit was deployed?"
    assert asked_about(q) == ("unit",) and question_type(q) == KIND
    assert holds_type("The US will deploy an infantry battalion of about 750 soldiers.", KIND, q) == 1.0
    assert holds_type("The US will immediately deploy 750 soldiers to Iraq.", KIND, q) == UNSURE
    # A thing with no kinds listed: no opinion.
    assert holds_type("Crowds chanted slogans.", KIND, "What kind of slogans did they chant?") == 1.0


def test_a_to_infinitive_reports_no_event():
    appeal = "Demonstrators later set fire to a gate, despite appeals from Iraq's premier for them to leave."
    q = "When did the last protesters finally withdraw from the embassy gates?"
    assert holds_type(appeal, TIME, q) == 0.0       # fire, and no leaving: the time of something else
    refused = ("The umbrella group issued a statement asking crowds to leave on Wednesday, however some groups "
               "refused to leave.")
    assert holds_type(refused, TIME, q) == 0.0      # only a statement happened on Wednesday
    assert holds_type("The crowds withdrew from the gates on Wednesday.", TIME, q) == 1.0


def test_a_time_beside_no_known_event_is_unsure():
    q = "When did the protesters withdraw from the embassy?"
    assert holds_type("Diplomats huddled in a safe room on Wednesday.", TIME, q) == UNSURE
    assert holds_type("The protesters departed on Wednesday.", TIME, q) == 1.0
    # No known verb in the question: no opinion.
    assert holds_type("Diplomats huddled in a safe room on Wednesday.", TIME, "When did the siege end?") == 1.0


def test_what_day_wants_a_day_named():
    q = "On what day of the week did the crowd break into the compound?"
    assert holds_type("They camped out overnight, a day after they broke into the compound.", TIME, q) == 0.0
    assert holds_type("date 2020-01-01 Protesters broke into the compound.", TIME, q) == 0.0  # a date, no weekday
    assert holds_type("The crowd broke into the compound on Tuesday.", TIME, q) == 1.0
    assert holds_type("The crowd broke into the compound on 31 December 2019.", TIME,
                      "On what day did the crowd break into the compound?") == 1.0


def test_a_word_of_place_or_order_says_which_one():
    q = "Which wall did the protesters get over?"
    assert not mentions_unnamed("Protesters crossed the outside wall and tried to climb a second wall.", q)
    assert mentions_unnamed("Protesters climbed a high wall.", q)


def test_a_yes_no_question_wants_its_event_spoken_of():
    q = "Did any of the 75 protesters wounded by the embassy guards later die of their injuries?"
    assert holds_type("The militia said that 75 protesters were wounded by the guards.", None, q) == UNSURE
    assert holds_type("Two of the wounded protesters later died in hospital.", None, q) == 1.0
    # A refusal to leave answers whether everyone left.
    assert holds_type("Some hardline groups refused to leave.", None, "Did every group leave the embassy?") == 1.0


def test_choices_offered_are_still_answers():
    q = "roughly how many supporters showed up to protest at the embassy - dozens, hundreds or thousands?"
    assert holds_type("Thousands of supporters of the militia converged on the Green Zone to protest.", NUMBER, q) == 1.0
    assert holds_type("Supporters of the militia converged on the Green Zone to protest.", NUMBER, q) == 0.0


def test_a_bare_how_many_counts_what_the_question_asked_about():
    assert asked_about("Were any American diplomats or embassy staff injured? How many?") == ("diplomats",)
    assert asked_about("Were any US service members wounded, and if so how many?") == ("service", "members")
    assert asked_about("Did any of the protesters die? How many?") == ()


def test_verb_slots_leave_out_infinitives_nouns_and_adverbs():
    assert "end" in verb_slots("When did they finally end the sit-in?")
    assert "finally" not in verb_slots("When did they finally end the sit-in?")
    slots = verb_slots("Since when has Iraq been trying to keep a balance in its relations?")
    assert "keep" not in slots and "balance" not in slots and "relations" not in slots
    assert "fly" in verb_slots("When did Trump fly back to Washington?")   # a verb, no adverb


@pytest.mark.parametrize("question,main", [
    ("When did Trump fly back to Washington from Mar-a-Lago after the embassy attack?",
     "When did Trump fly back to Washington from Mar-a-Lago"),
    ("How many walls did protesters get past before being stopped?", "How many walls did protesters get past"),
    ("How many people were inside the embassy when it was stormed?",   # no "did": the clause is what is asked
     "How many people were inside the embassy when it was stormed?"),
    ("When did they finally end the sit-in?", "When did they finally end the sit-in?"),
    # Not past a comma, and not a bound of the time asked.
    ("When did the militia leaders, who had camped outside since Tuesday, finally withdraw after the talks?",
     "When did the militia leaders, who had camped outside since Tuesday, finally withdraw after the talks?"),
    ("How many hours did it take until the embassy was reopened?",
     "How many hours did it take until the embassy was reopened?"),
])
def test_a_clause_of_time_after_the_deed_only_dates_it(question, main):
    assert before_scene(question) == main


def test_the_names_a_post_is_given_count_as_the_speaker():
    question = "Trump spoke with Abdel-Mahdi by phone. What did the Iraqi prime minister tell him?"
    sentences = ["Demonstrators set fire to a gate despite appeals from Iraq's premier Adel Abdel-Mahdi.",
                 "US President Donald Trump said Iran would pay a big price."]
    holders = post_holders(question, sentences)
    assert holders == ("Adel", "Abdel-Mahdi")
    assert only_addressed("Trump spoke with Abdel-Mahdi by phone and emphasized the need to protect US staff.",
                          question, holders)
    assert not only_addressed("Abdel-Mahdi told Trump the embassy would be protected.", question, holders)


def test_someones_name_asks_for_a_name():
    assert question_type("what is the iraq pm's name") == NAME
    assert owned_role("what is the iraq pm's name") == ("iraq", "pm", "")


def test_what_year_wants_a_year_named():
    q = "In what year did Saddam Hussein's government fall?"
    assert question_type(q) == TIME
    assert holds_type("Iraq has tried since the fall of Saddam Hussein's government to balance ties.", TIME, q) == 0.0
    assert holds_type("Saddam Hussein's government fell in 2003.", TIME, q) == 1.0
    # A full date names its year: the dateline "date 2020-01-01 …" answers "What year did the protest …?".
    assert holds_type("date 2020-01-01 Militiamen set a fire outside the embassy.", TIME,
                      "What year did the protest at the embassy take place?") == 1.0


def test_a_clause_before_a_wh_question_is_no_time_asked():
    assert question_type('When Khamenei referred to "that guy" in his response, whom did he mean?') is None
    assert question_type("When the umbrella group told people to go home, did everyone leave?") is None
    assert question_type("When did the protest start, and who led it?") == TIME


def test_the_speaker_of_a_what_did_x_say_question():
    assert speaker_words("what did the uk government say about the embassy attack") == ("the", "uk", "government")
    assert speaker_words("How did the US defence secretary characterise the deployment?")[-1] == "secretary"
    # "call" here is a phone call, and what comes before it no speaker.
    assert speaker_words("What did Trump stress in his phone call with the Iraqi prime minister?") == ()
    assert speaker_words("Who is the US ambassador?") == ()
    assert speaker_words("How did Kataib Hizbollah frame the embassy assault, and what did it say comes next?") == ()
    # A body or place after one "in" is the speaker's still; a second clause word ends it again.
    assert speaker_words("what did democrats in congress say") == ("democrats", "in", "congress")
    assert speaker_words("What did Trump in his tweet say?") == ()
    assert speaker_words("What did Esper in an interview say?") == ()   # where it was said, not where he is
    # A reaction asked in a hurry, with no possessive.
    assert speaker_words("Iraqi parliament reaction?") == ("Iraqi", "parliament")
    assert speaker_words("Iran response to the strikes?") == ("Iran",)
    assert speaker_words("What was the reaction?") == ()


def test_the_actor_of_a_yes_no_question():
    assert yes_no_actor("Did the Iraqi parliament vote to expel US forces?") == ("parliament",)
    assert yes_no_actor("Did Iraq's parliament vote on expelling them?") == ("parliament",)
    assert yes_no_actor("Did Khamenei say Iran is seeking war?") == ()          # a name: judged as one
    assert yes_no_actor("Did everyone leave the embassy when they were told to?") == ()
    assert yes_no_actor("Was tear gas used on the protesters?") == ()          # what was done
    assert yes_no_actor("Have staff been pulled out of the embassy?") == ()    # done to them
    # "What happened in X" has its place as a yes/no question has its doer; not what was done to it.
    assert happened_at("What happened in the Iraqi parliament on Wednesday?") == ("Iraqi", "parliament")
    assert happened_at("What happened to oil prices after the storming?") == ("oil", "prices")
    assert happened_at("What happened to the militiamen hit in the airstrikes?") == ("militiamen",)
    assert happened_at("What happened on Friday?") == ()
    assert happened_at("What happened in Baghdad yesterday?") == ("Baghdad",)
    assert happened_at("What happened in the end?") == ()


def test_who_a_count_is_attributed_to():
    q = "How many militia fighters did the Pentagon say were killed in the weekend strikes?"
    assert said_by(q) == ("Pentagon",)
    assert holds_type("The group said airstrikes left 25 militiamen dead.", NUMBER, q) == UNSURE
    assert holds_type("The Pentagon said strikes killed 25 militia fighters.", NUMBER, q) == 1.0
    assert said_by("How many were hurt, according to the Hashd Shaabi?") == ("Hashd", "Shaabi")
    assert said_by("How many troops did the US say it would send?") == ()      # a country, named many ways


def test_what_is_left_unsaid_ends_at_its_verb():
    q = "Was tear gas used on the protesters at the embassy?"
    assert not states_unknown(AMMUNITION, q)
    assert states_unknown(AMMUNITION, "What kind of ammunition did the embassy guards use?")


def test_british_and_american_spellings():
    assert spellings("defence") == ("defense",)
    assert spellings("offense") == ("offence",)
    assert spellings("secretary") == ()


def test_country_names_in_any_case():
    assert is_country_word("uk") and is_country_word("Russia") and is_country_word("russians")
    assert not is_country_word("us") and not is_country_word("embassy")


def test_which_wants_the_one_meant_named_what_a_description():
    which = "Which militia did the US hit with airstrikes over the weekend?"
    assert names_asked("The US strikes targeted the Kataib Hezbollah militia group.", which)
    assert not names_asked("The group said airstrikes left 25 militiamen dead.", which)
    forces = "The United States already sent additional forces, including attack helicopters."
    assert mentions_unnamed(forces, "Which additional forces had the US already sent?")
    assert not mentions_unnamed(forces, "What additional forces had the US already sent?")


def test_a_count_for_each_of_two_things_wants_both_named():
    question = "How many militiamen were killed in Syria, as opposed to Iraq?"
    assert holds_type("The group said airstrikes left 25 militiamen dead.", NUMBER, question) == 0.0
    assert holds_type("Strikes killed 19 militiamen in Iraq and 6 in Syria.", NUMBER, question) == 1.0
    question = "How many of the militiamen killed in the US strikes died in Syria rather than in Iraq?"
    assert holds_type("The group said airstrikes left 25 militiamen dead.", NUMBER, question) == 0.0
    assert holds_type("Strikes killed 19 militiamen in Iraq and 6 in Syria.", NUMBER, question) == 1.0
    # "Rather than" between deeds contrasts no two things counted.
    assert holds_type("25 were arrested.", NUMBER, "How many were arrested rather than released?") == 1.0
    # Two deeds contrasted are told by any word of each: "dead" for "killed".
    question = "How many militiamen were wounded, as opposed to killed?"
    assert holds_type("Airstrikes left 25 militiamen dead and 50 others wounded.", NUMBER, question) == 1.0
    assert holds_type("The militia said 75 protesters were wounded.", NUMBER, question) == 0.0
    question = "Of the 25 militiamen killed, how many died in Syria and how many in Iraq?"
    assert holds_type("Airstrikes left 25 militiamen dead and 50 others wounded.", NUMBER, question) == 0.0
    assert holds_type("Strikes killed 19 militiamen in Iraq and 6 in Syria.", NUMBER, question) == 1.0
    assert holds_type("Airstrikes left 25 militiamen dead.", NUMBER, question.lower()) == 0.0   # places in any case
    # Two words of one deed: the sentence's one word stands for neither side.
    question = "How many militiamen were killed in the strikes, as opposed to the attacks?"
    assert holds_type("The rocket attacks killed 25 militiamen.", NUMBER, question) == 0.0


@pytest.mark.parametrize("question,choices", [
    ("Was the embassy stormed on Monday or Tuesday?", [(("Monday",), ("Tuesday",))]),
    ("Did the strikes target Kataib Hezbollah or Asaib Ahl al-Haq?",
     [(("Kataib", "Hezbollah"), ("Asaib", "Ahl", "al", "Haq"))]),
    ("Did they converge on Tahrir Square or on the Green Zone?", [(("Tahrir", "Square"), ("Green", "Zone"))]),
    # Not the answers offered: both are asked about.
    ("Did the UK or any other country say anything about the attack?", []),
    ("Were the strikes on Saturday or Sunday?", [(("Saturday",), ("Sunday",))]),
    ("what kind of unit is being deployed, like a brigade or wat", []),   # "… or what?" offers no choice
    # A quiz's list after a colon or "Was it", whole names and quotes among its answers.
    ("On which day did they storm it: Monday, Tuesday or Thursday?", [(("Monday",), ("Tuesday",), ("Thursday",))]),
    ("Which group did the strikes target: Asaib Ahl al-Haq, Kataib Hezbollah or the Badr Organisation?",
     [(("Asaib", "Ahl", "al", "Haq"), ("Kataib", "Hezbollah"), ("Badr", "Organisation"))]),
    ('What did they chant: "Down with Trump", "Death to America" or "Yankee go home"?',
     [(("Down", "with", "Trump"), ("Death", "to", "America"), ("Yankee", "go", "home"))]),
    ("Since whose fall: Saddam Hussein's, Nouri al-Maliki's or the monarchy's?",
     [(("Saddam", "Hussein"), ("Nouri", "al", "Maliki"), ("monarchy",))]),
    ('Tehran blasted the response. Was it "irrational", "aggressive" or "criminal"?',
     [(("irrational",), ("aggressive",), ("criminal",))]),
    ("Was it on Monday, Tuesday or Thursday?", [(("Monday",), ("Tuesday",), ("Thursday",))]),
    # Not a list: a question after the colon, a choice that does not end the question, a quote with ", or" in it.
    ("Quick question: did the US or Iran start it?", []),
    ("Was it Iran or the US that started it?", []),
    # Quotes offered at the end, whatever their words.
    ('Did they chant "Death to America" or "Down with Israel"?', [(("Death", "to", "America"), ("Down", "with", "Israel"))]),
    ('Did he say “first message”, “last warning” or “final message”?',
     [(("first", "message"), ("last", "warning"), ("final", "message"))]),
    ('Did he say "a" and "b"?', []),
    ('Did he call it "an attack" or "a protest"?', [(("attack",), ("protest",))]),
    ('Who tweeted: "lives lost, or damage incurred"?', []),
])
def test_the_choices_a_question_offers(question, choices):
    assert offered_choices(question) == choices


@pytest.mark.parametrize("sentence,named", [
    ("Thousands of supporters of an Iranian-backed militia stormed entrances to the embassy.", True),
    ("The US struck positions of a militia backed by Iran in western Iraq.", True),
    ("A U.S.-backed militia held the town.", True),
    ("Dozens of angry Iraqi militia supporters broke into the US Embassy compound.", False),   # no backing told
    ("An Iranian-led crowd stormed the gate.", False),   # another deed
    ("The US-backed Iraqi government condemned the militia.", False),   # the US backs another thing
])
def test_which_country_does_a_deed_wants_the_country_doing_it(sentence, named):
    assert names_asked(sentence, "Which country backs the militia whose supporters attacked the embassy?") is named


def test_which_country_does_a_deed_knows_irregular_verbs_and_not_sayings():
    assert names_asked("A US-led coalition struck the militia.", "Which country leads the coalition?")
    # "said" is a stopword: no deed to look for, so no stopword before "by" stands for it.
    assert not names_asked("The strikes were condemned by Iraq and by Iran.",
                           "Which country said the strikes were illegal?")
    # "Which country did the US back?" asks whom the US backed, not who backs.
    assert not _WHICH_COUNTRY_DOES.match("Which country did the US back?")


KHAMENEI_POINTS = ("“1st: You can’t do anything. 2nd: If you were logical —which you’re not— you’d see that your crimes "
                   "in Iraq, Afghanistan… have made nations hate you.")


@pytest.mark.parametrize("question,held", [
    ("What was Khamenei's first point in his reply to Trump?", True),
    ("What was Khamenei's '2nd' point in his reply to Trump?", True),
    ("What was the first of Khamenei's numbered points?", True),
    ("What was Khamenei's third point?", False),   # the list has two
    ("What was Kataib Hizbollah's first message to the US?", False),   # no point asked
    ("What was the first thing Khamenei told Trump?", True),
    ("Khamenei say to Trump, what first thing he tell him?", True),
    ("What was the first thing the protesters did at the embassy?", False),   # no saying asked
    ("What was the first thing the militia said it would do?", False),   # no person's words
    ("What was the first thing to be set on fire, the protesters said?", False),
])
def test_a_numbered_point_asked_is_found_in_the_list(question, held):
    assert holds_numbered_point(KHAMENEI_POINTS, question) is held
    assert not holds_numbered_point("Khamenei responded by saying the US was ultimately responsible.", question)


def test_a_name_offered_as_a_choice_is_still_an_answer():
    sentence = ("Washington should accept the fact, Iran's Foreign Ministry spokesman Abbas Mousavi said, according to "
                "the Iranian news agency Mehr.")
    assert names_asked(sentence, "Which Iranian news agency carried the remarks - was it IRNA or Mehr?")
    assert not mentions_unnamed(sentence, "Which Iranian news agency carried the remarks - was it IRNA or Mehr?")


def test_whose_reaction_is_asked():
    assert speaker_words("What is the Iraqi parliament's reaction?") == ("the", "Iraqi", "parliament")
    assert speaker_words("Iraqi parliament's reaction to the embassy attack?") == ("Iraqi", "parliament")
    assert speaker_words("Summarize Iran's response.") == ()
    assert speaker_words("How did Tehran characterise Washington's reaction?") == ("Tehran",)   # Tehran speaks


def test_asked_whether_a_detail_was_given():
    sentence = ("For its part, the Hashd Shaabi militia said that 75 protesters were wounded after the guards fired tear "
                "gas and bullets, without specifying what kind of ammunition was used.")
    assert states_unknown(sentence, "What kind of ammunition did the guards use?")
    assert not states_unknown(sentence, "Did Hashd Shaabi specify what kind of ammunition the guards used?")


@pytest.mark.parametrize("question", ["what did abdel mahdi tell trump on the phone call",
                                      "What did Adel Abdel-Mahdi tell Trump?",
                                      "What did Adel Abdel Mahdi say to Trump during their phone call?"])
def test_a_name_of_several_words_or_in_lower_case_is_one_speaker(question):
    assert only_addressed("Trump spoke with Abdel-Mahdi by phone and emphasized the need to protect US staff.", question)
    assert not only_addressed("Abdel-Mahdi told Trump the embassy would be protected.", question)


def test_a_bare_dash_is_no_part_of_a_name():
    # Taken as one, it would match every gap between words.
    assert not only_addressed("Abdel-Mahdi told Trump the embassy would be protected.",
                              "what did the pm - abdel mahdi - tell trump")


def test_a_kind_not_listed_must_be_said_beyond_the_question():
    q = "What type of attack helicopters were sent?"
    assert holds_type("Two Apache attack helicopters were sent.", KIND, q) == 1.0
    assert holds_type("The US already sent forces, including attack helicopters to protect it.", KIND, q) == 0.0


@pytest.mark.parametrize("question,word", [
    ("What threat did Trump make on Twitter against Iran?", ("threat",)),
    ("What did Trump say Iran would pay for the embassy attack?", ("pay",)),
    # After a clause that sets the scene.
    ("In his tweet blaming Iran for the embassy incident, what did Trump say Iran would pay?", ("pay",)),
    ("After the storming, how did Trump threaten Iran?", ("threaten",)),
    ("What did Khamenei warn the US would face?", ("face",)),
    ("What did Trump warn Iran in his tweet?", ("warn",)),
    ("What exactly did Trump threaten Iran with?", ("threaten",)),
    ("What exactly did Trump say Iran would pay?", ("pay",)),
    ("What did Trump say Iran would soon pay?", ("pay",)),            # the verb, not its adverb
    # "set" is the verb here, not a thing asked for; "exactly" is no thing.
    ("What set off the escalation that led to the embassy attack?", ()),
    ("What exactly did the militia want?", ()),
    ("What did Trump say?", ()),
    # Whom it was said to, and a name after a modal, are not what is asked.
    ("What did Trump say to reporters?", ()),
    ("What did Trump say, and how will Iran respond?", ()),
    # "to do" asks nothing of its own: the threat is what the answer holds.
    ("What did Trump threaten to do?", ("threaten",)),
])
def test_the_word_an_open_answer_holds(question, word):
    assert asked_word(question) == word


def test_a_reason_must_be_for_the_event_asked():
    q = "Why did some hardline groups refuse to leave the embassy when the PMU asked them to?"
    # The question's own purpose ("to leave") is no reason.
    assert holds_type("The PMU asked crowds to leave the embassy, however some hardline groups refused to leave.",
                      None, q) == 0.0
    # A reason, but for another event: no leaving in it.
    assert holds_type("Protesters attempted to climb a second wall but were unable to penetrate further.",
                      None, q) == UNSURE
    assert holds_type("Some groups refused to leave because they wanted the US out.", None, q) == 1.0
    # A purpose of other words is a reason ("to protest" for "the protesters"; "to the" is no purpose).
    assert holds_type("Militia supporters stormed the embassy to protest against US air strikes.", None,
                      "Why did the protesters storm the embassy?") == 1.0
    assert holds_type("Thousands marched to the embassy, enraged by the US air strikes.", None,
                      "Why did thousands march to the embassy?") == 1.0
    # "that" after "did" is a determiner, no clause: the leaving is still asked.
    assert holds_type("Protesters attempted to climb a second wall but were unable to penetrate further.", None,
                      "Why did that group refuse to leave the embassy?") == UNSURE
    # Only the main clause's events are asked: "that led to the protests" asks why the strikes.
    assert holds_type(CONTRACTOR, None,
                      "Why did the US carry out the weekend strikes that led to the embassy protests?") == 1.0


def test_one_only_called_on_has_not_responded():
    q = "How did the Iraqi government respond to Esper's call to protect US citizens?"
    assert only_addressed('Esper called on the government of Iraq to "fulfil its international responsibilities".',
                          q)
    assert not only_addressed("The government of Iraq said it would protect the embassy.", q)
    assert not only_addressed("The deployment was announced on Tuesday.", q)   # not named: no opinion
    assert only_addressed('Esper called on the government of Iraq to "fulfil its international responsibilities".',
                          "How has the Iraqi government responded to Esper's call?")


def test_a_response_asked_is_one_the_responder_made():
    q = "How did Ayatollah Ali Khamenei respond to Trump's claim that Iran was behind the embassy storming?"
    assert states_response("Khamenei responded by saying the US was ultimately responsible.", q)
    assert states_response("Khamenei quickly reacted, saying the US was to blame.", q)
    assert not states_response("“We will respond to Iran,” Trump tweeted, referring to Khamenei.", q)
    assert not states_response("Khamenei never responded to the tweet.", q)
    assert not states_response("If Khamenei responded, the US would strike.", q)
    assert not states_response("Khamenei responded by saying the US was ultimately responsible.",
                               "What did Khamenei say?")   # not asked how he responded


def test_a_description_asked_wants_words_put_on_the_thing():
    q = "How was the US embassy in Baghdad described?"
    assert holds_type("Protesters attacked the US embassy in Baghdad on Tuesday.", None, q) == UNSURE
    assert holds_type("The biggest and most heavily fortified US embassy in the world came under attack.",
                      None, q) == 1.0
    assert holds_type("Helicopters were sent to protect the large embassy complex.", None, q) == 1.0
    q = "How is Ayatollah Ali Khamenei described?"
    assert holds_type("Ayatollah Ali Khamenei, Iran's highest religious and spiritual authority, blamed the US.",
                      None, q) == 1.0
    assert holds_type("Trump warned Khamenei on Twitter.", None, q) == UNSURE
    # A possessive opens the phrase as an article would.
    assert holds_type("Crowds converged on Baghdad's heavily fortified Green Zone on Tuesday.", None,
                      "How is Baghdad's Green Zone described?") == 1.0
    assert holds_type("Crowds converged on Baghdad's Green Zone on Tuesday.", None,
                      "How is Baghdad's Green Zone described?") == UNSURE
    # A reporting clause is no apposition; "the attack on the embassy" is an attack described.
    assert holds_type("Protesters attacked the US embassy, a militia leader said.", None,
                      "How was the US embassy described?") == UNSURE
    assert holds_type("The brazen attack on the US embassy was condemned.", None,
                      "How was the attack on the US embassy described?") == 1.0
    # Described in terms the question names is asked otherwise: the check stays out of it.
    assert holds_type("Protesters attacked the US embassy in Baghdad on Tuesday.", None,
                      "How is the US embassy in Baghdad described in terms of size?") == 1.0


def test_what_a_talk_was_about_is_no_deed_asked():
    q = "Did Trump speak with the Iraqi prime minister about the attack?"
    assert not events_missing("Trump spoke with Abdel-Mahdi by phone, the White House said.", q)
    assert not events_missing("Trump spoke with Abdel-Mahdi by phone.",
                              "Did Trump speak with the premier about the embassy attack?")
    # The topic is the noun phrase only: a deed after it is still asked for.
    assert events_missing("Trump spoke with Abdel-Mahdi by phone.",
                          "Did Trump speak with the premier about the attack and order troops?")
    assert events_missing("Trump spoke about the embassy.", "Did Trump speak about the protesters being killed?")


def test_a_deed_that_only_names_who_led_it_is_not_asked():
    pmu = "The PMU umbrella group issued a statement asking crowds to leave the embassy on Wednesday."
    assert not events_missing(pmu, "Did the group behind the protests ask the crowds to leave the embassy?")
    assert not events_missing(pmu, "Did the militia behind the embassy attack ask the crowds to leave?")
    # What was left behind is asked; so are deeds read as burning, however written.
    assert events_missing("The protesters withdrew from the embassy.", "Did the protesters leave behind anyone injured?")
    assert not events_missing("Ten protesters were arrested.",
                              "Were those behind setting fire to the reception area arrested?")
    # With no other deed, the one led is what is asked.
    assert events_missing("Kataib Hezbollah is part of the Hashd Shaabi.", "Was Kataib Hezbollah behind the protests?")
    # The deed asked is still checked: the group's statement is no firing.
    assert events_missing(pmu, "Did the group behind the protests fire rockets at the base?")


def test_speaking_with_someone_is_dated_only_by_a_sentence_that_tells_of_it():
    q = "On what day did Trump speak by phone with Iraqi premier Adel Abdel-Mahdi?"
    words = "Iran's supreme leader and Trump entered into a war of words over events in Iraq on Wednesday."
    assert holds_type(words, TIME, q) < 1.0
    assert holds_type("The Pentagon said on Tuesday that 750 soldiers would deploy.", TIME, q) == 0.0
    assert holds_type("Trump spoke with Abdel-Mahdi by phone on Tuesday.", TIME, q) == 1.0
    # Speaking is saying, not the other way round; a phone call or peace talks named are neither.
    assert "say" in events_in("Trump spoke with Abdel-Mahdi by phone.")
    assert "talk" not in events_in("Trump said Iran would pay a big price.")
    assert not events_in("The phone call came before the peace talks.")
    # As saying is, speaking is set aside in a yes/no question: what was said answers it.
    assert not events_missing("Trump said Iran would pay.", "Did Trump speak about Iran paying a price?")


def test_vouching_for_a_report_is_a_deed_of_its_own():
    q = "Did the Pentagon confirm the militia's claim that 25 fighters were killed?"
    assert events_missing("The group said airstrikes left 25 militiamen dead.", q)
    assert not events_missing("The Pentagon confirmed that 25 militiamen were killed.", q)
    # The user asking the assistant to vouch for it, no confirming by anyone in the story.
    assert not events_missing("An American civilian contractor was killed.",
                              "Can you confirm that an American contractor was killed?")
    assert not events_missing("An American civilian contractor was killed.",
                              "Has it been confirmed that an American contractor was killed?")
    # Whatever else the question asks for, a sentence with no confirming does not answer it.
    q = "Did the Pentagon confirm how many protesters were wounded by the embassy guards?"
    militia = "For its part, the Hashd Shaabi militia said that 75 protesters were wounded."
    assert question_type(q) == NUMBER and holds_type(militia, NUMBER, q) == 0.0
    assert holds_type("The Pentagon confirmed that 75 protesters were wounded.", NUMBER, q) == 1.0
    # Nor does the deed tell which one vouched for it.
    q = "Which US official confirmed that attack helicopters had been sent to protect the embassy?"
    assert holds_type("The US already sent attack helicopters to protect the embassy.", None, q) == 0.0
    assert holds_type("A Pentagon official confirmed that attack helicopters had been sent.", None, q) == 1.0
    # A "which" of a relative clause asks no one which: the rockets' firers are asked.
    q = "Who fired the rockets at the base, which US officials confirmed killed a contractor?"
    assert holds_type("US officials blamed Kataib Hezbollah for the rocket fire on the base.", None, q) != 0.0
    # "Is there any confirmation that …" asks whether it is reported at all.
    assert not events_missing("Trump spoke with Abdel-Mahdi by phone, the White House said.",
                              "Is there any confirmation that Trump spoke with the Iraqi prime minister?")


def test_a_part_of_a_country_asked_is_named():
    q = "Which towns in western Iraq and Syria were hit by the US strikes?"
    assert holds_type("Protesters burn property in front of the US embassy compound, in Baghdad, Iraq.", None, q) == 0.0
    assert holds_type("US jets struck targets near Mosul in northern Iraq.", None, q) == 0.0
    assert holds_type("US jets struck targets near Qaim in western Iraq.", None, q) == 1.0
    assert holds_type("US jets struck targets near Abu Kamal in eastern Syria.", None, q) == 1.0   # Syria's part
    assert holds_type("Protesters burn property in front of the US embassy compound, in Baghdad, Iraq.", None,
                      "which towns in western iraq were hit") == 0.0   # typed in lower case
    assert holds_type("Jets struck near Qaim in north-western Iraq.", None,
                      "Which towns in northwestern Iraq were hit?") == 1.0


def test_a_site_asked_is_the_site_of_the_events_asked():
    q = "At which base in Iraq will the 750 soldiers be stationed?"
    assert holds_type("The United States will immediately deploy 750 soldiers to Iraq, the Pentagon said.", None,
                      q) == UNSURE   # their sending says nothing of where they will be
    assert holds_type("The 750 soldiers will be stationed at Ain al-Asad base in Iraq.", None, q) == 1.0


def test_what_was_tweeted_is_quoted_from_a_tweet():
    q = "What did Trump tweet after the embassy was attacked?"
    assert quotes_tweet('"They will pay a very BIG PRICE! This is not a warning," Trump said on Twitter.', q)
    # The reporter's words about a tweet; another's words mentioning Trump's tweet.
    assert not quotes_tweet('In another tweet, Mr Trump accused Tehran of "orchestrating" the storming.', q)
    assert not quotes_tweet("“That guy has tweeted that we see Iran responsible,” he said, referring to Mr Trump.",
                            q)
    assert not quotes_tweet('In a tweet, Trump accused Tehran of "orchestrating" it and called it "disgraceful".', q)
    assert not quotes_tweet('"We will respond to it, all of it," Khamenei tweeted.', q)   # someone else's tweet
    assert quotes_tweet('"They will pay a very BIG PRICE!" Trump said on Twitter.',
                        "What did Trump write on Twitter?")
    assert not quotes_tweet('"They will pay a very BIG PRICE!" Trump said on Twitter.', "What did Trump say?")
    # How a tweet ended asks for its words; how someone responded to one does not.
    tweet = '"This is not a warning, it is a threat. Happy New Year!" Trump said on Twitter.'
    assert quotes_tweet(tweet, "How did Trump end his tweet saying Iran's actions were 'not a warning'?")
    assert not quotes_tweet(tweet, "How did Iran respond to Trump's tweet?")


def test_owning_up_is_not_answered_by_blame_laid_by_others():
    blamed = ("The US strikes targeted the Kataib Hezbollah militia group, which was blamed for an attack earlier "
              "this week that killed a US citizen.")
    for q in ("Did Kataib Hezbollah admit carrying out the rocket attack?",
              "Did Kataib Hezbollah deny carrying out the rocket attack?",
              "Did Kataib Hezbollah admit responsibility for the rocket attack?"):
        assert events_missing(blamed, q) == {"admit"}, q
    assert events_missing(blamed, "Did Kataib Hezbollah claim responsibility for the attack?") == {"admit"}
    # "Held responsible" is blame too; a denial, or a claim of responsibility, is owning up.
    assert events_missing("Khamenei responded by saying the US was ultimately responsible.",
                          "Did Kataib Hezbollah admit responsibility for the attack?") == {"admit"}
    assert not events_missing("Tehran denied any involvement.", "Did Iran admit it was behind the attack?")
    assert not events_missing("The group claimed responsibility for the attack.",
                              "Did the group admit the attack?")
    # Blame asked is answered by blame.
    assert not events_missing(blamed, "Did the US blame Kataib Hezbollah for the attack?")


def test_a_reason_is_more_than_the_deed_in_another_form():
    q = "Why did Esper say the extra troops were being deployed?"
    assert holds_type("Esper added that additional troops are prepared to deploy in the coming days.", None, q) == 0.0
    assert holds_type('"This deployment is an appropriate and precautionary action taken in response to increased '
                      'threat levels," Esper said.', None, q) == 1.0
    # A purpose of another verb of the same group is still a reason.
    assert holds_type("The protesters gathered to protest the US strikes.", None,
                      "Why did the protesters gather outside the embassy?") == 1.0


def test_a_thing_described_is_not_its_deed_restated():
    q = "How did Esper describe the deployment of troops?"
    assert holds_type("Esper added that additional troops are prepared to deploy in the coming days.", None,
                      q) == UNSURE
    assert holds_type('"This deployment is an appropriate and precautionary action," Esper said.', None, q) == 1.0
    # A thing worded otherwise is judged as before: "this was only the first message" describes the protest.
    assert holds_type('Kataib Hizbollah said that this was only the "first message to the US".', None,
                      "How did Kataib Hizbollah describe the protest at the embassy?") == 1.0
    # Only the deed as a verb: "United States" is no "statement".
    assert holds_type("Iran called the remarks by the United States reckless.", None,
                      "How did Iran describe the US statement?") == 1.0


def test_what_someone_named_said_is_not_anothers_words():
    q = "What did Khamenei say in response to the deployment of 750 US soldiers?"
    esper = ('"This deployment is an appropriate and precautionary action," US Defense Secretary Mark Esper said in '
             'a statement.')
    assert holds_type(esper, None, q) == UNSURE
    assert holds_type("Khamenei responded by saying the US was ultimately responsible.", None, q) == 1.0
    # "he said" may be Khamenei; a post asked ("the Pentagon chief") may be held by the one named.
    assert holds_type("“That guy has tweeted that we see Iran responsible,” he said, referring to Mr Trump.", None,
                      q) == 1.0
    assert holds_type(esper, None, "How did the Pentagon chief describe the deployment?") == 1.0
    # No other speaker named: a pronoun, a day before it, a post; a country speaks through its capital.
    for sentence in ["He said America cannot do anything.", "On Tuesday he said US troops would leave.",
                     "The Supreme Leader said no."]:
        assert holds_type(sentence, None, q) == 1.0, sentence
    assert holds_type("Tehran said it was not involved.", None, "What did Iran say about the attack?") == 1.0


def test_a_time_span_is_no_reason():
    q = "Why did Kataib Hezbollah fire the rockets at the base in northern Iraq in the first place?"
    # "Over the weekend" is when the strikes were; "in retaliation for rocket fire" restates the deed asked.
    assert holds_type("Over the weekend, the US carried out strikes on positions of Iran-backed militia Khataeb "
                      "Hizbollah in western Iraq in retaliation for rocket fire.", None, q) == 0.0
    for span in ["for two days", "for a week", "since Tuesday", "over the past few days"]:
        assert holds_type(f"Protesters stayed {span}.", None, "Why did the protesters stay?") == 0.0, span
    assert holds_type("Protesters stayed for the funeral.", None, "Why did the protesters stay?") == 1.0
    assert holds_type("Protesters were angry over the killing.", None, "Why were the protesters angry?") == 1.0


def test_a_part_of_a_city_asked_is_named():
    q = "In which part of Baghdad is the US embassy located?"
    assert holds_type("Protesters burn property in front of the US embassy compound, in Baghdad, Iraq.", None,
                      q) == 0.0
    assert holds_type("Thousands converged on Baghdad's heavily fortified Green Zone, home to foreign embassies.",
                      None, q) == 1.0
    # A part of something other than a place is no place asked, nor of a title or an acronym.
    assert holds_type("Protesters set fire to a reception area of the embassy.", None,
                      "Which part of the embassy was set on fire?") == 1.0
    tweet = "“Iran will be held fully responsible for lives lost,” Mr Trump tweeted."
    assert holds_type(tweet, None, "Which part of Mr Trump's tweet threatened Iran?") == 1.0
    assert holds_type(tweet, None, "Which part of US policy did Khamenei criticise?") == 1.0


def test_the_town_of_a_thing_named_is_where_it_is_spoken_of():
    q = "In which city is the military base that was hit by rocket fire on Friday?"
    assert holds_type("Protesters burn property in front of the US embassy compound, in Baghdad, Iraq.", None,
                      q) == UNSURE   # where the embassy is, no base
    assert holds_type("Rockets hit a military base near Kirkuk on Friday.", None, q) == 1.0
    assert holds_type("Rockets hit a base near Kirkuk.", None, "Which town was the base near?") == 1.0


def test_the_leader_of_a_crowd_is_no_countrys_leader():
    q = "Who led the protesters who stormed the US embassy?"
    premier = "Demonstrators set fire to a gate, despite appeals from Iraq's premier Adel Abdel-Mahdi."
    assert holds_type(premier, NAME, q) == 0.0
    assert holds_type("Ayatollah Ali Khamenei blamed the US for the unrest.", NAME, q) == 0.0
    # A country's leader may be its premier, however the country is named.
    assert holds_type(premier, NAME, "Who leads Iraq?") == 1.0
    assert holds_type(premier, NAME, "Who heads Iraq's government?") == 1.0
    # "Which militia leader" asks for a crowd's leader as "who led the protesters" does.
    assert holds_type(premier, NAME, "Which militia leader led the protesters at the embassy gates?") == UNSURE
    assert holds_type(premier, NAME, "Which Iraqi leader appealed to the protesters?") == 1.0
    assert question_type("Which militia commanders led the crowds that stormed the embassy?") == NAME
    assert holds_type(premier, NAME, "Which militia commanders led the crowds that stormed the embassy?") == UNSURE


def test_a_deed_asked_in_the_present_is_a_deed():
    assert deed_words("Who guards the US embassy in Baghdad?") == ("guards",)
    assert deed_words("Who strikes the bases?") == ("strikes",) and deed_words("Who fires the rockets?") == ("fires",)
    assert deed_words("Who is leading?") == () and deed_words("Who says this?") == ()
    # A definition asked of a name: the name is what the answering sentence holds.
    assert asked_word("What is Mar-a-Lago?") == ("Mar-a-Lago",)
    assert asked_word("What is the threat?") == ()
    assert asked_word("What is The Hague?") == ("Hague",)


def test_fire_set_is_burning_not_shooting():
    assert events_in("broke into the compound, setting fire to a reception area") == {"attack", "burn"}
    assert events_in("Did protesters set anything on fire?") == {"burn"}
    assert events_in("the guards fired tear gas") == {"shoot"}
    assert events_in("in retaliation for rocket fire") == {"shoot"}
    assert events_in("the convoy came under light fire") == {"shoot"}
    assert events_in("the reception area caught fire") == {"burn"}
    q = "Did protesters set anything on fire at the embassy compound?"
    assert holds_type(AMMUNITION, None, q) == UNSURE   # tear gas fired is no fire set
    assert holds_type("Demonstrators later set fire to one of the gates.", None, q) == 1.0
    count = "How many of the compound's gates did demonstrators set on fire?"
    assert asked_event(count) == "burn"
    assert holds_type("Demonstrators later set fire to one of the gates.", NUMBER, count) == 1.0


def test_a_claim_naming_a_kind_is_told_by_a_sentence_naming_a_kind():
    q = "Were the soldiers being deployed an armored brigade?"
    assert holds_type("Trump announced the deployment of an infantry battalion of about 750 soldiers.", None, q) == 1.0
    assert holds_type("The United States will deploy 750 soldiers to Iraq.", None, q) == UNSURE
    # A slogan's words name no kind: "live" is no ammunition in "Long live Iran".
    assert holds_type("Demonstrators chanting \"Death to America\" set fire to a gate.", None,
                      'Did the protesters chant "Long live Iran"?') == 1.0
    # Only the thing the claim says something was: the Marines are its subject, and guarding is told without
    # naming a unit.
    assert holds_type("US troops guarded the embassy compound.", None, "Did the Marines guard the embassy?") == 1.0
    # Not for open questions, whose kinds are asked for by "which" alone.
    assert holds_type("The United States will deploy 750 soldiers to Iraq.", None,
                      "Where were the battalion's soldiers sent?") == 1.0


def test_a_deed_that_dates_another_is_told_by_its_doers():
    q = "Was the embassy's reception area set on fire during the protests?"
    assert not events_missing("Protesters burn property, setting fire to a reception area.", q)
    assert events_missing("Militiamen set fire to a reception area.", q) == {"protest"}
    # The deed asked of needs its own words: protesters named do not protest.
    assert events_missing("Protesters were seen at the gate.", "Did the crowd protest at the gate?") == {"protest"}
    # Only the deed that dates is waived; the fire asked of is still missing.
    assert events_missing("Protesters were seen at the gate.", q) == {"burn"}
    assert events_missing("75 protesters were wounded.", "Were staff injured during the attack on the compound?") \
        == {"attack"}


def test_an_owned_field_before_people_is_no_body_of_its_own():
    # The embassy's security forces are its guards; Iraq's security forces are a body no article names.
    assert yes_no_actor("Did the embassy's security forces use tear gas?") == ("forces",)
    assert yes_no_actor("Did Iraqi security forces arrest anyone?") == ("security",)
    assert yes_no_actor("Did Iraq's security forces arrest anyone?") == ("security",)
    assert yes_no_actor("Did Kuwait's security forces arrest anyone?") == ("security",)


def test_a_country_asked_as_a_place_is_named_as_one():
    q = "Which country will the newly deployed troops be based in before moving into Iraq?"
    lead = "The United States will immediately deploy 750 soldiers to Iraq, the Pentagon said on Tuesday."
    assert holds_type(lead, None, q) == UNSURE   # the US deploys; Iraq is in the question
    assert holds_type("The troops will first be based in Kuwait.", None, q) == 1.0
    assert holds_type("The troops will first be based in northern Kuwait.", None, q) == 1.0
    assert holds_type("Protesters stormed the US embassy compound, in Baghdad, Iraq.", None,
                      "What country is the US embassy located in?") == 1.0
    assert holds_type(lead, None, "To which country will the 750 soldiers be deployed?") == 1.0
    assert holds_type(lead, None, "Which country is deploying 750 soldiers?") == 1.0   # a doer asked, no place


def test_irregular_verbs_know_their_other_forms():
    assert irregular_forms("send") == ("sent",)
    assert irregular_forms("Flew") == ("fly", "flown")
    assert irregular_forms("deploy") == ()   # the stemmer joins regular forms
    assert "dead" in irregular_forms("died")   # "how many died" is told by "25 militiamen dead"
    # A present participle, its base spelt back: "sending" is known through "sent".
    assert irregular_forms("sending") == ("send", "sent") and "took" in irregular_forms("taking")
    assert "got" in irregular_forms("getting") and irregular_forms("thing") == ()


def test_a_kind_left_unsaid_in_a_scene_clause_is_not_asked():
    q = "Which group said 75 protesters were wounded when embassy guards fired tear gas and bullets?"
    assert not states_unknown(AMMUNITION, q)
    assert states_unknown(AMMUNITION, "Did the embassy guards use rubber bullets or live rounds?")


def test_how_someone_put_it_is_not_the_reports_words_nor_anothers():
    q = "How did the Iraqi government describe the US airstrikes on Kataib Hezbollah?"
    for sentence in ["The US strikes over the weekend in Iraq and Syria targeted the Kataib Hezbollah militia group.",
                     "In another tweet, Mr Trump accused Tehran of \"orchestrating\" the storming of the embassy.",
                     "The group said airstrikes left 25 militiamen dead."]:
        assert holds_type(sentence, None, q) == UNSURE, sentence
    # Iraq owning something else is not Iraq speaking.
    assert holds_type("Iraq's Kataib Hezbollah militia was targeted by the US strikes.", None, q) == UNSURE
    # Iraq's own officials may speak for its government; a pronoun may be them, whatever the verb of saying.
    assert holds_type("Iraq's premier said the strikes were a violation.", None, q) == 1.0
    assert holds_type("He said the strikes were a violation of sovereignty.", None, q) == 1.0
    assert holds_type("He claimed the strikes were a violation of sovereignty.", None, q) == 1.0
    assert holds_type("The attack was said to be a violation.", None, q) == 1.0   # no speaker named
    # A post asked may be held by whoever is named; "the group" may be the one named before.
    esper = '"This deployment is appropriate," US Defense Secretary Mark Esper said in a statement.'
    assert holds_type(esper, None, "How did the Pentagon chief describe the decision to send troops?") == 1.0
    assert holds_type("Kataib Hizbollah said the next step will be to expel US troops.", None,
                      "What did the group say the next step would be?") == 1.0


def test_a_deed_dated_a_few_words_on_tells_its_day():
    assert tells_day_of("Hashd Saabi - whose supporters attacked the US embassy on Tuesday - is a group.", "attack")
    assert tells_day_of("Thousands stormed entrances to the embassy on Tuesday.", "attack")
    # The day of the saying, the attack told after it.
    assert not tells_day_of("The US will deploy troops, the Pentagon said on Tuesday, after a crowd attacked the "
                            "US embassy in Baghdad.", "attack")
    assert not tells_day_of("Protesters attacked the embassy on Tuesday.", "kill")
    # Another clause's day, another deed's, and a deed only asked for.
    assert not tells_day_of("The crowd attacked the embassy; Trump tweeted on Tuesday.", "attack")
    assert not tells_day_of("The militia that attacked the embassy said on Wednesday it would leave.", "attack")
    assert not tells_day_of("The PMU issued a statement asking crowds to leave the embassy on Wednesday.", "leave")
    assert not tells_day_of("Protesters attacked the embassy on Tuesday.", None)


def test_a_cause_said_outright_is_told_from_a_time():
    assert asks_why("Why did the Pentagon deploy troops?") and not asks_why("When did the Pentagon deploy troops?")
    assert asks_why("What reason did Esper give for sending the extra troops?")
    assert asks_why("What's the reason for the deployment?") and asks_why("What were the reasons given?")
    assert not asks_why("What did Esper say about the deployment?")
    assert states_cause("an action taken in response to increased threat levels")
    assert states_cause("They left because the group asked them to.")
    assert not states_cause("The US will deploy 750 soldiers after protesters attacked the embassy.")
    assert not states_cause("The report is due tomorrow.")


@pytest.mark.parametrize("question", ["Why did the US decide not to evacuate the embassy?",
                                      "Why hasn't the embassy been evacuated?"])
def test_a_deed_told_undone_with_no_reason_after_it_explains_nothing(question):
    # Its "to protect" is why forces were sent, not why the embassy stays: it visibly gives no reason.
    sent = "The US sent attack helicopters to protect the large embassy complex, which has not been evacuated."
    assert holds_type(sent, None, question) == 0.0
    assert holds_type("The embassy has not been evacuated because the guards held the gates.", None, question) == 1.0
    # Its own subject leaving it undone may give the reason first.
    assert holds_type("Citing the strength of its defences, the US has not evacuated the embassy.", None,
                      question) == 1.0
    assert holds_type(sent, None, "Why was the US embassy not evacuated during the attack?") == 0.0


def test_a_quotation_running_on_from_its_speakers_sentence_is_spoken():
    q = "What did Khamenei say was his first point in response to Trump?"
    assert not narrated_only("“1st: You can’t do anything. 2nd: If you were logical you’d see it.", q)
    assert not narrated_only("Khamenei tweeted: “1st: You can’t do anything.", q)
    assert narrated_only("The crowd left the compound on Wednesday.", q)
    assert narrated_only("“We will respond,” Esper said.", q)   # another named speaker


@pytest.mark.parametrize("question,thing", [
    ("whats the name of the base the rockets hit on friday", "base"),   # a clause without "that"
    ("What is the name of the base hit on Friday?", "base"),            # not the day, nor the hitting
    ("What is the name and title of the Iranian leader who traded words with Trump?", "leader"),
    ("who's the iranian foreign ministry guy quoted", "ministry"),      # "guy" says only "a person"
])
def test_the_thing_whose_name_is_asked(question, thing):
    assert asked_about(question) == (thing,)
    assert question_type(question) == NAME


@pytest.mark.parametrize("question,thing", [
    ("who is the revolutionary guard commander", "commander"),   # only a verb at the end is cut
    ("who is behind the attack", "attack"),                      # no preposition is the thing
    ("who was in the crowd", "crowd"),
])
def test_the_thing_named_is_a_noun(question, thing):
    assert asked_about(question) == (thing,)


def test_a_thing_measured_against_is_not_claimed():
    assert "battalion" in kinds_claimed("Were the soldiers being deployed an armored brigade?")
    assert not kinds_claimed("Were further US troop deployments expected beyond the initial contingent?")
    assert not kinds_claimed("Were more soldiers sent after the battalion?")


def test_a_cost_typed_as_keywords_asks_for_an_amount():
    assert question_type("cost of damage to baghdad embassy") == NUMBER
    assert question_type("what was the cost of the damage") == NUMBER
    assert question_type("who will pay the cost of the damage") == NAME
    assert question_type("why did the cost of oil rise") is None


def test_quoted_words_beside_the_one_asked_about_are_not_theirs():
    q = "What did the Iraqi government say in response to Esper's call?"
    assert holds_type('Esper called on the government of Iraq to "fulfil its international responsibilities".',
                      None, q) == 0.0
    assert holds_type("Esper called on the government of Iraq to act.", None, q) == UNSURE
    # The one asked about as the sentence's subject may be quoted.
    assert holds_type('The Iraqi government condemned the "aggression".', None, q) == UNSURE
    # A named speaker who responded is someone else speaking; responding with strikes is no speaking.
    assert holds_type("Khamenei responded by saying the US was ultimately responsible.", None, q) == UNSURE
    assert _named_speakers("Khamenei responded by saying the US was ultimately responsible.") == ["Khamenei"]
    assert _named_speakers("Trump responded with airstrikes.") == []


def test_the_words_a_question_quotes_are_found_as_written():
    sentence = "“1st: You can’t do anything. 2nd: If you were logical —which you’re not— you’d see …"
    assert holds_asked_quote(sentence, 'Who said "You can\'t do anything" in response to Trump?')
    assert holds_asked_quote(sentence, "Who said 'You can't do anything'?")   # an apostrophe ends no quote
    assert not holds_asked_quote(sentence, "Who said 'You can't do everything'?")
    # Two words quoted are too few to tell a sentence by; unquoted words are no quote.
    assert not holds_asked_quote(sentence, "Who said 'You can't'?")
    assert not holds_asked_quote(sentence, "Who said you can't do anything?")
    # A decade is no quote's start.
    assert not holds_asked_quote(sentence, "Who, in '80s Beirut, said 'You can't do everything'?")


def test_the_doer_of_a_what_did_x_do_question():
    assert deed_doer("What did Iraq's prime minister do as the demonstrators attacked?") == \
        ("Iraq's", "prime", "minister")
    # Asked what was said, not done.
    assert deed_doer("what did that militia say they'd do next?") == ()
    assert deed_doer("What did the Pentagon announce it would do?") == ()


def test_how_long_a_thing_lasted_is_no_time_between_two():
    camped = "Militiamen camped out at the gates of the embassy a day after they broke into the compound."
    assert holds_type(camped, question_type(q := "How long did the sit-in at the embassy last?"), q) == UNSURE
    assert holds_type(camped, None, "How long after they broke in did the militiamen camp out at the gates?") == 1.0
    assert holds_type("The sit-in lasted two days.", None, "How long did the sit-in at the embassy last?") == 1.0
    assert holds_type(camped.replace(" a day after", " overnight, a day after"), None,
                      "How long had the militiamen camped out at the gates?") == 1.0
    assert holds_type("It was one of the worst attacks on a US mission in years.", None,
                      "How long had it been since an attack this bad?") == 1.0
    # "a second wall", "a second day" are the next ones, no second of time; "for two days before" is how long.
    assert holds_type("Protesters attempted to climb a second wall.", None, "How long did the protesters stay?") \
        == UNSURE
    assert holds_type("Protesters gathered for a second day.", None, "How long did the protesters stay?") == UNSURE
    assert holds_type("They stayed for two days before withdrawing.", None, "How long did they stay?") == 1.0
    # A gap asked otherwise than "how long after"; "in years" only for how long since.
    assert holds_type("The US struck two days after the attack.", None,
                      "How long did it take the US to respond after the rocket attack?") == 1.0
    assert holds_type("It is the first such deployment in years.", None, "How long will the troops stay?") == UNSURE


def test_a_named_person_asked_for_is_not_told_by_a_group():
    group = "The Population Mobilisation Forces (PMU) umbrella group issued a statement asking crowds to leave."
    assert holds_type(group, None, "Which named PMU official issued the statement asking crowds to leave?") == 0.0
    assert holds_type(group, None, "Which specific Iraqi official issued the statement?") == 0.0
    assert holds_type("PMU spokesman Ahmed al-Asadi issued a statement asking crowds to leave.", None,
                      "Which named PMU official issued the statement asking crowds to leave?") == 1.0
    # A person named without a post ("Abdel-Mahdi") may be the one meant; so, without "named" or "specific", may
    # a group.
    assert holds_type("Trump spoke with Abdel-Mahdi by phone.", None,
                      "Which specific Iraqi official did Trump speak with?") == 1.0
    assert holds_type(group, None, "Which PMU official issued the statement?") != 0.0


def test_a_name_ending_in_the_kind_of_area_names_the_area():
    q = "What is the name of the area where the protesters converged?"
    assert holds_type("Supporters converged on Baghdad's heavily fortified Green Zone on Tuesday.", NAME, q) == 1.0
    # A name of no area kind, beside no "area", stays unsure.
    assert holds_type("Supporters converged on Baghdad's Tahrir on Tuesday.", NAME, q) < 1.0
    # Nor a title, nor the name the question itself gives.
    assert holds_type("Supporters met US District Judge Smith on Tuesday.", NAME, q) < 1.0
    near = "What is the name of the area near the Green Zone where the protesters converged?"
    assert holds_type("Supporters converged on Baghdad's heavily fortified Green Zone on Tuesday.", NAME, near) < 1.0


def test_what_kind_unsaid_is_of_the_thing_after_kind_of():
    hurt = ("For its part, the Hashd Shaabi militia said that 75 protesters were wounded after the guards at the "
            "embassy fired tear gas and bullets, without specifying what kind of ammunition was used.")
    assert not states_unknown(hurt, "What kind of militia were the embassy protesters supporting?")
    assert states_unknown(hurt, "What kind of ammunition did the guards use?")
    assert states_unknown(hurt, "What kind of bullets did the guards fire?")


def test_a_yes_no_question_checks_the_words_it_says_were_said():
    point = "“1st: You can’t do anything. 2nd: If you were logical you’d see that your crimes made them hate you."
    assert holds_said_claim(point, "Did Khamenei really tell Trump that he can't do anything?")
    assert holds_said_claim(point, "Did Khamenei say that you can’t do anything?")
    assert holds_said_claim(point, "Has Khamenei told Trump that he can't do anything?")
    # Not a sentence with the words apart, nor a question that asks what was said, nor too few words to tell.
    assert not holds_said_claim("He said Trump can do nothing at all.", "Did Khamenei say that he can't do anything?")
    assert not holds_said_claim(point, "What did Khamenei say Trump can't do?")
    assert not holds_said_claim(point, "Did Khamenei say that you can?")
    # Or quoted, among others offered: one of them is said.
    assert holds_said_claim(point, 'Did Khamenei tell Trump "You can\'t do anything" or "We will strike first"?')
    assert not holds_said_claim(point, 'Did Khamenei tell Trump "We will strike first"?')
    assert not holds_said_claim(point, 'Who said "You can\'t do anything"?')   # asks who, not whether


def test_a_posts_holder_is_no_function_word_after_it():
    asked = 'Later, reporters asked the US president: "Do you foresee going to war with Iran?"'
    named = "Iran's supreme leader and US President Donald Trump entered into a war of words."
    assert post_holders("What did the US president say Iran would pay?", [asked]) == ()
    assert post_holders("What did the US president say Iran would pay?", [asked, named]) == ("Donald", "Trump")


def test_a_quiz_list_leaves_said_what_comes_before_it():
    from rag.answer_types import _stated
    assert _stated("Was it in Baghdad on Monday or Tuesday?") == "was it in baghdad on "
    assert _stated("On which day did they storm it: Monday, Tuesday or Thursday?") == "on which day did they storm it"


@pytest.mark.parametrize("question,blank", [
    ('Trump tweeted that Iran "will pay a very" what?', True),
    ('Esper called the deployment "an appropriate and" what "action"?', True),
    ('What "appropriate and precautionary action" did Esper announce?', False),   # a quote asked about
    ('Trump tweeted "They will pay a very BIG PRICE!" what did Khamenei reply?', False),   # asked after a quote
])
def test_a_quiz_blank_asked_beside_a_quote(question, blank):
    from rag.answer_types import asks_blank
    assert asks_blank(question) is blank


@pytest.mark.parametrize("question,asked", [
    ("What did Khamenei tweet back at Trump?", True),
    ("What did Khamenei tell Trump?", True),
    ("What did the US president's tweet's message call itself?", False),   # the tweet's, not its author's
    ("What did the protesters burn?", False),
])
def test_what_someone_wrote_is_asked_as_what_he_said(question, asked):
    assert asks_what_said(question) is asked


def test_a_deed_done_to_what_a_what_happened_to_question_asks_of():
    q = "What happened to the contractor?"
    assert tells_done_to("Rocket fire killed an American civilian contractor at a base.", q)
    assert tells_done_to("The contractor was killed on Friday.", q)
    # Words said to or about him, or a deed he did, are nothing that happened to him.
    assert not tells_done_to("Officials told the contractor to leave.", q)
    assert not tells_done_to("The contractor attacked the base.", q)
    assert not tells_done_to("Rocket fire killed an American civilian contractor.", "What did the contractor do?")
    # Nor a deed of another clause, a gathering beside it, or a deed the thing itself was doing.
    assert not tells_done_to("After the strikes killed 25 fighters, the contractor left.", q)
    assert not tells_done_to("Protesters gathered outside the embassy.", "What happened to the embassy?")
    assert not tells_done_to("The protesters were storming the embassy.", "What happened to the protesters?")


def test_what_leaves_people_dead_kills_them():
    assert asked_event("How many militiamen did the strikes leave dead?") == "kill"
    assert asked_event("How many protesters did the clashes leave wounded?") == "wound"
    assert asked_event("How many protesters did leave the embassy?") == "leave"
    # Leaving before others were hurt is a leaving; so is leaving the wounded behind.
    assert asked_event("How many protesters did leave before anyone was hurt?") == "leave"
    assert asked_event("How many protesters did leave behind anyone injured?") == "leave"


def test_who_leads_a_country_asks_for_its_leader():
    assert owned_role("Who leads Iraq?") == ("iraq", "leader", "")
    assert owned_role("Who runs the Iraqi government?") == ("iraq", "leader", "")
    assert owned_role("Who leads the protesters?") is None
    assert owned_role("who leads us into war?") is None
    assert owned_role("Who led the Iraqi protesters who stormed the embassy?") is None
    assert owned_role("Who runs the US embassy?") is None


def test_a_where_question_asks_the_place_of_its_thing():
    assert placed_thing("Where is Kataib Hezbollah's headquarters?") == ("headquarters",)
    assert placed_thing("Where is the Kataib Hezbollah militia headquartered?") == ("headquartered",)
    assert placed_thing("Where were the funerals held for the militiamen killed in the US strikes?") == ("funerals",)
    assert placed_thing("Where is the nearest US military base to the embassy in Baghdad?") == ("base", "nearest")
    # A participle is what was done there, by whom the place is asked of; a when-question asks no place.
    assert placed_thing("Where were the diplomats sheltering?") == ()
    assert placed_thing("When was the embassy attacked?") == ()


def test_how_much_of_a_feeling_asks_no_amount():
    assert question_type("How much should Iran want peace, according to Trump?") is None
    assert question_type("How much does Trump like peace?") is None
    assert question_type("How much did the strikes cost?") == NUMBER
    assert question_type("How much damage did the protesters do?") == NUMBER


def test_a_slogan_named_in_a_question_is_no_deed():
    assert events_in("Did the protesters shout Death to America?", False, asked=True) == frozenset()
    assert events_in("did the protesters chant death to america", False, asked=True) == frozenset()
    assert events_in("Did the protesters shout that the US caused the deaths?", False, asked=True) == {"kill"}
    # Title case is no slogan.
    assert events_in("Who Was Killed to Protect the Embassy?", False, asked=True) == {"kill", "guard"}


def test_a_people_asked_for_is_not_its_country():
    question = "What was the name of the American who was killed?"
    assert holds_type('Demonstrators chanting "Death to America" later set fire to one of the gates.', NAME,
                      question) < 1.0
    assert holds_type("Americans named John Smith and Jane Doe were killed.", NAME, question) == 1.0
    # One of a people is one of them when they are asked of: "Iraqi" for "Iraqis".
    assert holds_type("Iraqi protesters Ali Hassan and Omar Saleh were killed.", NAME, "Who were the Iraqis killed?") \
        == 1.0


def test_a_why_question_of_a_named_group():
    assert _why_doer("Why did Kataib Hezbollah fire rockets at the base?") == ("Kataib", "Hezbollah")
    # A country is spoken for by its capital or government; a name before a noun is no doer.
    assert _why_doer("Why did the United States deploy troops?") == ()
    assert _why_doer("Why did the US send troops?") == ()
    assert _why_doer("Why did the Hashd Shaabi supporters attack the embassy?") == ()
    question = "Why did Kataib Hezbollah fire rockets at the base in northern Iraq?"
    guards = ("For its part, the Hashd Shaabi militia said that 75 protesters were wounded after the guards at the "
              "embassy fired tear gas and bullets.")
    assert holds_type(guards, None, question) == UNSURE
    assert holds_type(guards, None, "Why did the guards fire tear gas?") == 1.0


def test_a_threat_asked_is_told_by_its_speakers_words_of_threat():
    question = "What did Trump threaten Iran with?"
    assert names_threat('"They will pay a very BIG PRICE! This is not a warning, it is a threat." Trump said.',
                        question)
    # Not Iran's, threatened; nor words of Trump's that threaten nothing.
    assert not names_threat('"It is a threat," Iran said.', question)
    assert not names_threat('"I want to have peace," Trump said.', question)
    # A name spelt the other article's way, its threat told as its next step.
    told = ('Kataib Hizbollah said that this was only the "first message to the US", and that the next step will '
            'be to expel US troops from the country.')
    assert names_threat(told, "What did Kataib Hezbollah threaten?")
    assert not names_threat("Kataib Hizbollah said the strikes killed 25 fighters.",
                            "What did Kataib Hezbollah threaten?")
    assert not names_threat("Pompeo said the next step would be talks with Baghdad.", "What did Pompeo threaten?")
    assert names_threat("Abdul-Mahdi threatened to resign.", "What did Mahdi threaten?")   # part of a hyphened name


def test_a_perfects_participle_is_no_doer():
    assert yes_no_actor("How has the US reinforced protection of the embassy complex?") == ()
    assert yes_no_actor("How did this whole escalation get started?") == ("escalation",)
    assert yes_no_actor("Did the Iraqi parliament vote on it?") == ("parliament",)


def test_where_a_thing_was_done_asks_no_place_of_the_deed():
    # "hit" is what was done there, not a thing with a place of its own; nor is chat shorthand after a deed.
    assert placed_thing("Where was the American contractor hit?") == ()
    assert placed_thing("where was the contractor killed exactly n when") == ()
    # A quantity of people doing something, and people able to do it, ask the place of the doing.
    assert placed_thing("Where were the handful of American diplomats hiding while protesters surrounded it?") == ()
    assert placed_thing("Where were the American diplomats able to take shelter?") == ()
    assert yes_no_actor("Has the US struck back?") == ()


def test_what_happened_when_is_told_beside_the_when_clauses_deed():
    q = "what the crowds did when more of them arrived on Wednesday?"
    marines = "US Marines guarding the mission fired tear gas on Wednesday as more crowds arrived and lit a fire."
    assert tells_when_deed(marines, q)
    assert not tells_when_deed("The PMU issued a statement asking crowds to leave the embassy on Wednesday.", q)
    assert not tells_when_deed(marines, "What did the crowds do on Wednesday?")   # no when-clause
    assert not tells_when_deed(marines, "When did more crowds arrive?")   # no what-question
    assert not tells_when_deed(marines, "What happened as a result of the crowds arriving?")   # "as" is no time
