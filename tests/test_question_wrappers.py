"""Questions wrapped in a message, an indirect ask, brackets, a label, an instruction or a tag are read as the
question inside (real model and index)."""

import pytest

from rag.questions import spelled_out
from rag.word_forms import present_of_past


@pytest.mark.parametrize("question,written", [
    # A message's greeting, brief and sign-off.
    ("Hi team, for tomorrow's piece: how many protesters were arrested? Thanks, J", "how many protesters were arrested?"),
    ("Dear desk - quick one for the live blog: who is Esper?", "who is Esper?"),
    ("What did Esper say? Cheers!", "What did Esper say?"),
    ("Who stormed the embassy, thanks", "Who stormed the embassy"),
    # Whether the answer is known, asked for it; a clause in a statement's order asked in a question's.
    ("Can you tell me who the leader of Kataib Hezbollah is?", "who is the leader of Kataib Hezbollah?"),
    ("Is it known what Trump said Iran would pay?", "what did Trump say Iran would pay?"),
    ("Do you know who Trump got into a war of words with?", "who did Trump get into a war of words with?"),
    ("Any idea how many soldiers there are?", "how many soldiers are there?"),
    ("Is it known roughly how many supporters came?", "roughly how many supporters came?"),
    ("Do you know the name of the US ambassador?", "what is the name of the US ambassador?"),
    # A guess or a question to oneself in brackets; a clarification is kept.
    ("Which news agency (the German one?) did witnesses speak to?", "Which news agency did witnesses speak to?"),
    ("What slogan (what were they chanting?) did the protesters [at the embassy] shout?",
     "What slogan did the protesters [at the embassy] shout?"),
    ("Does Iran (per Khamenei) want war with the US?", "Does Iran (per Khamenei) want war with the US?"),
    # A label saying what kind of answer is wanted.
    ("Place: where was Trump when reporters asked him?", "where was Trump when reporters asked him?"),
    ("Name: the leader of Kataib Hezbollah?", "What is the name of the leader of Kataib Hezbollah?"),
    ("Number: soldiers deployed?", "How many soldiers deployed?"),
    # An instruction on how to answer, before the question.
    ("Don't guess: who was killed in the attack?", "who was killed in the attack?"),
    ("Using only the articles, how did Trump sign off his tweet?", "how did Trump sign off his tweet?"),
    ("Answer in one line: how many staff were inside?", "how many staff were inside?"),
    # A tag's auxiliary is the statement's, put first.
    ("The embassy wasn't evacuated, was it?", "Was the embassy evacuated?"),
    ("Trump has blamed Iran, hasn't he?", "Has Trump blamed Iran?"),
    # What the question is about named first, then pointed at; the one asked addressed first.
    ("The embassy — who stormed it?", "who stormed the embassy?"),
    ("Kataib Hezbollah. Who leads it?", "Who leads Kataib Hezbollah?"),
    ("Soleimani: who was he?", "who was Soleimani?"),
    ("The killed contractor - what was his name?", "what was the killed contractor's name?"),
    ("The strikes: who ordered them, and what did they hit?", "who ordered the strikes, and what did the strikes hit?"),
    ("Mr Esper, how many soldiers are you sending?", "how many soldiers is Mr Esper sending?"),
    ("Ayatollah, what do you say Mr Trump can do about Iran?", "what does Ayatollah say Mr Trump can do about Iran?"),
    # Capitals for emphasis, the abbreviations kept.
    ("WHAT DID THE PMU SAY ABOUT THE US?!", "what did the PMU say about the US?!"),
    # Notes' symbols and shorthand.
    ("# of soldiers sent to Iraq?", "number of soldiers sent to Iraq?"),
    ("Tear gas & bullets fired, w/o specifying what?", "Tear gas and bullets fired, without specifying what?"),
    ("Protesters @ the embassy: approx. how many?", "Protesters at the embassy: approximately how many?"),
    ("Deployed unit = what type?", "Deployed unit is what type?"),
    ("Wed. tear gas fired by whom?", "Wednesday tear gas fired by whom?"),
    # Another language's question word and courtesy.
    ("Combien de rockets were fired at the base?", "how many rockets were fired at the base?"),
    ("¿Quién es the US Defense Secretary?", "who is the US Defense Secretary?"),
    ("Was hat Khamenei tweeted?", "what has Khamenei tweeted?"),
    ("Which part of the embassy did they set on fire, por favor?", "Which part of the embassy did they set on fire?"),
    # Names in full, as protocol writes them.
    ("What price did President of the United States Donald J. Trump say the Islamic Republic of Iran would pay?",
     "What price did US President Donald Trump say Iran would pay?"),
    ("How did Dr. Mark T. Esper describe the deployment?", "How did Mark Esper describe the deployment?"),
    # What the answer is set against; the one who did it; the asker's side; the former and the latter.
    ("Rather than the Red Zone, which area did the crowds converge on?", "which area did the crowds converge on?"),
    ("Who, if not the Iraqi president, appealed to the demonstrators?", "Who appealed to the demonstrators?"),
    ("Was it on Monday, or on which day, that the embassy was attacked?", "on which day the embassy was attacked?"),
    ("Who was the man who appealed to the crowd to leave?", "Who appealed to the crowd to leave?"),
    ("What did our president say Iran would pay?", "What did the president say Iran would pay?"),
    ("Esper and Trump both spoke — how did the former describe it?",
     "Esper and Trump both spoke — how did Esper describe it?"),
    # Two questions listed in one message, asked as one.
    ("1) Who was killed in the attack? 2) When did it happen?", "Who was killed in the attack, and when did it happen?"),
    ("- How many soldiers? - From which unit?", "How many soldiers, and from which unit?"),
    ("(a) What did Trump tweet (b) and how did Khamenei reply?", "What did Trump tweet, and how did Khamenei reply?"),
    ("1) What did Esper call on Iraq to do? 2) To protect whom?", "What did Esper call on Iraq to do, and to protect whom?"),
    # The assistant's view asked for: what the articles report.
    ("Who do you think was behind it?", "Who was behind it?"),
    ("Would you say oil prices jumped after the attack?", "Is it true that oil prices jumped after the attack?"),
    ("What's your take on what Khamenei told Trump?", "what did Khamenei tell Trump?"),
    ("In your view, how big was the deployment?", "how big was the deployment?"),
    # An echo question, its question word where the answer goes.
    ("The leader of Kataib Hezbollah is who?", "Who is the leader of Kataib Hezbollah?"),
    ("The contractor who was killed was named what?", "What was the name of the contractor who was killed?"),
    ("Kataib Hezbollah is led by whom?", "Who leads Kataib Hezbollah?"),
    ("The tear gas was fired by whom?", "Who fired the tear gas?"),
    # Whose account the question goes by.
    ("By the militia's account, how many militiamen died?", "According to the militia, how many militiamen died?"),
    # A sentence to complete asks for its open end.
    ("Complete this: the American contractor killed in the rocket attack was named ...",
     "What was the name of the American contractor killed in the rocket attack?"),
    ("Fill in: the base that was hit is called ___.", "What is the name of the base that was hit?"),
    ("Finish the sentence: the PMU asked crowds to ...", "the PMU asked crowds to what?"),
    # A person asked for by "which person"; a question word stressed by "-ever".
    ("Which person is the US Defense Secretary?", "Who is the US Defense Secretary?"),
    ("Whatever were the protesters chanting?", "What were the protesters chanting?"),
    ("Wherever did the diplomats hide?", "Where did the diplomats hide?"),
    ("However many rockets were fired?", "How many rockets were fired?"),
    ("Where ever in Syria did the US strikes hit?", "Where in Syria did the US strikes hit?"),
    ("How many people on earth descended on the embassy?", "How many people converged on the embassy?"),
    ("Who the heck is the US ambassador?", "Who is the US ambassador?"),
    ("Which militia did Uncle Sam bomb?", "Which militia did the US bomb?"),
    # A question and another asked on its answer; a count asked after its noun; the day on which; the leader who.
    ("Did the umbrella group ask the crowds to leave? If so, did everyone comply?",
     "Did the umbrella group ask the crowds to leave, and did everyone comply?"),
    ("The wounded protesters numbered how many?", "How many wounded protesters were there?"),
    ("Which was the day on which the embassy was stormed?", "on which day the embassy was stormed?"),
    ("Who is the official that announced the deployment?", "Who announced the deployment?"),
    # What the asker has read so far, and what happened later, ask nothing of the articles.
    ("Haven't read past the headline: who is Abbas Mousavi?", "who is Abbas Mousavi?"),
    ("I only read the top — were any protesters arrested?", "were any protesters arrested?"),
    ("Where in Baghdad did the crowds gather, the same area later hit by rockets in January?",
     "Where in Baghdad did the crowds gather?"),
    ("I know the crowds chanted at the funeral later, but what were the protesters chanting back then?",
     "what were the protesters chanting back then?"),
    # What is known about a thing asks about it.
    ("What do we know about the contractor?", "What about the contractor?"),
    ("What is known about the Iraqi parliament's response?", "What was the Iraqi parliament's response?"),
    ("What's the story on how Khamenei replied?", "how did Khamenei reply?"),
    # The one a pronoun points at, named after the question or recalled before it.
    ("What was his name, the American contractor killed in the rocket attack?",
     "What was the name of the American contractor killed in the rocket attack?"),
    ("Who did he blame, Trump?", "Who did Trump blame?"),
    ("What did he say Iran was not after, Ayatollah Ali Khamenei, when quote-tweeting the US president?",
     "What did Ayatollah Ali Khamenei say Iran was not after, when quote-tweeting the US president?"),
    ("How many of them were there, the diplomats who huddled in the safe room?",
     "How many of the diplomats who huddled in the safe room were there?"),
    ("You know Kataib Hezbollah? Who is its leader?", "Who is Kataib Hezbollah's leader?"),
    ("Remember the rocket attack on Friday? Who died in it?", "Who died in the rocket attack on Friday?"),
    ("You know the crowd that stormed the embassy? How many protesters were arrested?",
     "How many protesters were arrested?"),
    # A post's tags: labels and sources set aside, names inside read as words.
    ("@Reuters what part of the #USEmbassy compound got torched in #Baghdad",
     "what part of the US Embassy compound was torched in Baghdad"),
    ("did the protesters get into the main buildings?? #USEmbassy @dpa", "did the protesters get into the main buildings??"),
    ("what did #Khamenei tweet back at @realDonaldTrump", "what did Khamenei tweet back at Donald Trump"),
    ("#KataibHezbollah what's their next step?", "what's Kataib Hezbollah's next step?"),
    # A form's field or a sheet's row to fill.
    ("Field: leader of Kataib Hezbollah. Value: ?", "Who is the leader of Kataib Hezbollah?"),
    ("Field: slogan chanted by protesters at the embassy. Value: ?",
     "What is the slogan chanted by protesters at the embassy?"),
    ("Field: where American diplomats sheltered. Value: ?", "Where American diplomats sheltered?"),
    ("Row: rockets fired in the Friday attack; count: ?", "How many rockets fired in the Friday attack?"),
    # A half-remembered answer hinted at: a guess, set aside.
    ("What was the militia the US struck over the weekend - Kataib something, starts with K?",
     "What was the militia the US struck over the weekend?"),
    ("Which news agency, just three lowercase letters, did witnesses talk to?", "Which news agency did witnesses talk to?"),
    # A newsroom's "we".
    ("Do we have a name for the Iraqi PM?", "What is the name of the Iraqi PM?"),
    ("Have we got a figure for the wounded protesters?", "How many wounded protesters?"),
    ("Are we sure the embassy wasn't evacuated?", "Is it true that the embassy wasn't evacuated?"),
    ("Which part of the embassy compound do we know was set on fire?", "Which part of the embassy compound was set on fire?"),
    # A question relayed from someone else; a reporting passive.
    ("My producer wants to know who leads Kataib Hezbollah.", "who leads Kataib Hezbollah?"),
    ("My editor wants to know the name of the US ambassador to Iraq.", "What is the name of the US ambassador to Iraq?"),
    ("A reader asks whether more troops could follow.", "Is it true that more troops could follow?"),
    ("Who is said to be the leader of Kataib Hezbollah?", "Who is the leader of Kataib Hezbollah?"),
    ("Which militia is said to have been targeted by the strikes?", "Which militia was targeted by the strikes?"),
    # The bare question word first, then what it asks about.
    ("Who? The leader of Kataib Hezbollah.", "Who is the leader of Kataib Hezbollah?"),
    ("How many? Rockets fired at the base on Friday.", "How many rockets fired at the base on Friday?"),
    ("When? The PMU's call to leave the embassy.", "When was the PMU's call to leave the embassy?"),
    # A dare, asked as the request or claim it holds.
    ("Bet you can't tell me who stormed the embassy.", "who stormed the embassy?"),
    ("I dare you to name the US ambassador to Iraq.", "What is the name of the US ambassador to Iraq?"),
    ("Prove me wrong: nobody was wounded.", "Is it true that nobody was wounded?"),
    ("Go on then, what were the crowds chanting?", "what were the crowds chanting?"),
    # The answer's kind in brackets after the question word.
    ("What (greeting) did Trump end his threat to Iran with?", "What greeting did Trump end his threat to Iran with?"),
    ("What (name) is the umbrella group behind the protest?", "What is the name of the umbrella group behind the protest?"),
    ("When (day) did the crowd attack the US embassy?", "When did the crowd attack the US embassy?"),
    ("What (exact words) did Khamenei say Iran is not after?", "What did Khamenei say Iran is not after?"),
    # A demand for the source after the question.
    ("Where did the American diplomats shelter during the protest? Source?",
     "Where did the American diplomats shelter during the protest?"),
    ("How many soldiers were sent - cite?", "How many soldiers were sent?"),
    # The asker's hedges.
    ("Who kind of announced the troop deployment?", "Who announced the troop deployment?"),
    ("How many rockets, roughly speaking, were fired at the base?", "How many rockets were fired at the base?"),
    ("Where was the base where the American was killed, more or less?", "Where was the base where the American was killed?"),
    # A vague tail, and the guess before it.
    ("Was the embassy evacuated or something?", "Was the embassy evacuated?"),
    ("What kind of unit was sent, like a battalion or something?", "What kind of unit was sent?"),   # a guess, set aside
    ("What did Khamenei tweet back at Trump and stuff?", "What did Khamenei tweet back at Trump?"),
    # How a name is spelt asks for the name.
    ("How do you spell the Iraqi PM's name?", "What is the Iraqi PM's name?"),
    ("How is the name of Trump's Florida resort written?", "What is the name of Trump's Florida resort?"),
    ("What's the full spelling of the Iranian spokesman's name?", "What is the Iranian spokesman's name?"),
    # A draft's placeholder to fill.
    ("Draft: 'Embassy guards fired XX at the protesters' - what did they fire, XX = ?",
     "Embassy guards fired what at the protesters?"),
    ("Kataib Hezbollah called it its TK message to the US: TK = ?", "Kataib Hezbollah called it its what message to the US?"),
    ("Draft: 'The US already has about TK troops stationed in Iraq' - TK = ?",
     "The US already has about how many troops stationed in Iraq?"),
    # Another's word for a thing, marked as such.
    ("Who leads the so-called Kataib Hezbollah militia?", "Who leads the Kataib Hezbollah militia?"),
    ("What was this safe room thing they mention?", "What was the safe room?"),
    ("What did Trump say Iran would pay in what they call his Happy New Year tweet?",
     "What did Trump say Iran would pay in his Happy New Year tweet?"),
    # A category noun before its verb asks who did it.
    ("Which actor fired tear gas at the protesters?", "Who fired tear gas at the protesters?"),
    ("Which camp refused to leave the embassy?", "Who refused to leave the embassy?"),
    # A programmer's notation: the words of a comment or an arrow, a count, a dotted field, a select.
    ("militia.leader -> ?  // who leads Kataib Hezbollah", "who leads Kataib Hezbollah?"),
    ("trump.tweet.threat -> what did Trump say Iran will pay?", "what did Trump say Iran will pay?"),
    ("count(protesters_arrested)?", "How many protesters arrested?"),
    ("khamenei.title -> ?", "khamenei title is what?"),
    ("SELECT name FROM officials WHERE role = 'Iraq premier'", "What is the name of the Iraq premier?"),
    ("SELECT who FROM story WHERE action = 'stormed the embassy'", "Who stormed the embassy?"),
    # A reader's own story around the question, and a remark after it.
    ("My grandfather was in the Navy and he said the embassy is huge, so is the Baghdad embassy really the biggest "
     "US embassy? He tells a lot of tall tales.", "is the Baghdad embassy really the biggest US embassy?"),
    ("Sorry if this is a silly question, I'm still on my first coffee, but what part of the embassy was set on "
     "fire?", "what part of the embassy was set on fire?"),
    ("Who stormed the embassy? I just hope nobody was hurt.", "Who stormed the embassy?"),
    # A reader's slant on people and deeds.
    ("How many innocent protesters did the Americans wound?", "How many protesters did the Americans wound?"),
    ("Why did Trump's reckless strikes happen?", "Why did Trump's strikes happen?"),
    # A part of an article named by its topic, the question asked of it.
    ("In the part introducing Khamenei, how is he described?", "how is Khamenei described?"),
    # Dotted abbreviations: letters, initials before a name, a weekday, the weekend.
    ("Which militia did the U.S. strike over the w/e?", "Which militia did the US strike over the weekend?"),
    ("What did Pres. D. J. Trump say Iran would pay?", "What did president Trump say Iran would pay?"),
    ("Where was the rocket fire that killed the American contractor on Fri.?",
     "Where was the rocket fire that killed the American contractor on Friday?"),
    # Whether there is an answer, asked beside it; a length asked for; a bureaucrat's noun.
    ("What, if anything, did Iran admit?", "What did Iran admit?"),
    ("How many protesters (if any) were arrested?", "How many protesters were arrested?"),
    ("TL;DR how many soldiers is the US sending to Iraq?", "how many soldiers is the US sending to Iraq?"),
    ("Quick version - where did the diplomats hide?", "where did the diplomats hide?"),
    ("What was the quantity of rockets fired in the attack?", "How many rockets fired in the attack?"),
    ("What is the identity of the American contractor killed?", "What is the name of the American contractor killed?"),
    ("How did the warmonger Esper try to justify sending more troops?",
     "How did Esper try to justify sending more troops?"),
    # What the asker is working on, before the question; the one a lead names is whom "he" means.
    ("For the explainer box: who leads Kataib Hezbollah?", "who leads Kataib Hezbollah?"),
    ("Night desk query: what additional forces had the US already sent?",
     "what additional forces had the US already sent?"),
    ("Subbing the Esper quote: what exactly did he call on Iraq's government to do?",
     "what exactly did Esper call on Iraq's government to do?"),
    # A belief the question sets right: what it points back to is the belief's subject, or what was said.
    ("Someone said the US strikes were retaliation for an attack that killed a British soldier - who was actually "
     "killed?", "who was killed?"),
    ("Wasn't the umbrella group for these militias the Quds Force? What is it actually called?",
     "What is the umbrella group for these militias called?"),
    ("I thought it was Javad Zarif who said Iraqis see the US as an occupying power - who said it?",
     "who said Iraqis see the US as an occupying power?"),
    ("I read the American diplomats were flown out to the airport - where were they actually sheltering?",
     "where were the American diplomats sheltering?"),
    # Stating is saying, after an auxiliary and its subject.
    ("What did President Trump state Iran would pay?", "What did President Trump say Iran would pay?"),
    # What a yes/no question or a claim is set against asks nothing of its own.
    ("Did the US strike Iraq, not Iran?", "Did the US strike Iraq?"),
    ("True or false: the embassy was attacked by supporters of a militia, rather than by ISIS supporters?",
     "True or false: the embassy was attacked by supporters of a militia?"),
    # Fire set "alight" is set on fire, as the articles word it; "Describe" opens a request as "Explain" does.
    ("What did the crowds set alight on Wednesday?", "What did the crowds set on fire on Wednesday?"),
    ("Which part of the reception area was set alight?", "Which part of the reception area was set on fire?"),
    ("Describe how Iran responded to the strikes.", "how did Iran respond to the strikes?"),
    ("Describe what happened at the embassy.", "what happened at the embassy?"),
    ("Describe the embassy.", "Describe the embassy."),   # no question inside
    # Crowds that turned out for a protest gathered.
    ("How many people turned out for the protest?", "How many people gathered for the protest?"),
    ("Did they turn out for the better in the end?", "Did they turn out for the better in the end?"),
    ("How did they turn out for the militia?", "How did they turn out for the militia?"),   # how it went
    ("Did they descend on ropes from the Ospreys?", "Did they descend on ropes from the Ospreys?"),
    # The one named first, then his name asked; not a statement before the question, nor another question.
    ("That American contractor who got killed, what was his name?",
     "What was the name of the American contractor who was killed?"),
    ("The contractor who was killed — what was his name?", "What was the name of the contractor who was killed?"),
    ("The Pentagon said 750 soldiers, what is its name?", "The Pentagon said 750 soldiers, what is its name?"),
    ("The group behind it: what was its full name?", "The group behind it: what was its full name?"),
])
def test_the_question_inside_is_read(question, written):
    assert spelled_out(question) == written


@pytest.mark.parametrize("question,written", [
    ("Who did Trump thank?", "Who did Trump thank?"),   # a thanking asked about, not a sign-off
    # Not the one named after the question: a time, a choice, a statement.
    ("When did it happen, the day after Christmas?", "When did it happen, the day after Christmas?"),
    ("Who did it, Iran or the militia?", "Who did it, Iran or the militia?"),
    ("What did he say, Trump was angry?", "What did he say, Trump was angry?"),
    # A clause recalled is context for its pronoun; "#1" is no tag.
    ("You know how big the US embassy in Baghdad is? How is it described?",
     "You know how big the US embassy in Baghdad is? How is it described?"),
    ("Was the embassy story #1 on the site?", "Was the embassy story #1 on the site?"),
    # A draft left unfinished is read as typed; so is a placeholder with no line to fill.
    ("Draft: 'Kataib Hezbollah, led by TK, ...' - who leads the militia?",
     "Draft: 'Kataib Hezbollah, led by TK, ...' - who leads the militia?"),
    ("What does TK mean?", "What does TK mean?"),
    ("How was the line written in the second article?", "How was the line written in the second article?"),
    ("Was it a warning or a threat?", "Was it a warning or a threat?"),   # a choice, no vague tail
    ("What kind of unit was sent?", "What kind of unit was sent?"),   # the kind asked, no hedge
    ("Was it a sort of protest?", "Was it a sort of protest?"),
    ("What? How the US embassy in Baghdad is described.", "What? How the US embassy in Baghdad is described."),
    # Not the one named after: a guess at the answer, a day, a place asked for; a placeholder with no draft.
    ("What did they attack, the US base?", "What did they attack, the US base?"),
    ("What did it hit, the embassy?", "What did it hit, the embassy?"),
    ("Where was he, Baghdad?", "Where was he, Baghdad?"),
    ("Did Trump mention TK - a company?", "Did Trump mention TK - a company?"),
    ("Do we have troops in Iraq?", "Do we have troops in Iraq?"),
    ("How do you spell Khamenei?", "How do you spell Khamenei?"),
    ("Go on strike, did they?", "Go on strike, did they?"),
    ("Did it happen in a way that surprised the US?", "Did it happen in a way that surprised the US?"),
    ("The Iraqi government asked the US to withdraw troops?", "The Iraqi government asked the US to withdraw troops?"),
    ("Remember Trump's tweet? What did he say in it?", "Remember Trump's tweet? What did he say in it?"),
    ("Email press@example.com - who is the spokesman?", "Email press@example.com - who is the spokesman?"),
    ("wat kind of planes did the us use?", "wat kind of planes did the us use?"),
    ("What did the guards fire, rubber bullets or what?", "What did the guards fire?"),   # a guess, set aside
    ("What did Trump say about Iran and that?", "What did Trump say about Iran?"),
    ("Who said something about a price?", "Who said something about a price?"),   # no hint after it
    ("When the crowd pushed in, the guards had to do something. What did they fire?",
     "When the crowd pushed in, the guards had to do something. What did they fire?"),
    ("Thanks", "Thanks"),   # nothing but a sign-off: kept, to be answered as typed
    ("Hi", "Hi"),
    ("(who?)", "(who?)"),   # nothing asked outside the brackets
    ("Claim: Iran planned it.", "Claim: Iran planned it."),   # a claim's label: what is checked
    ("Context: the embassy was stormed. Who did it?", "Context: the embassy was stormed. Who did it?"),
    ("Weapon: tear gas?", "Weapon: tear gas?"),   # a label asking nothing of itself
    ("Right?", "Right?"),
    # What the review found misread: a clause with its own question word, a narrowing
    # source, a second question in brackets, a prefix or a clause before a tag.
    ("Can you tell me how old Soleimani was?", "how old was Soleimani?"),
    ("Do you know how many of them there were?", "how many of them were there?"),
    ("Going by Trump's tweet, who does he blame?", "Going by Trump's tweet, who does he blame?"),
    ("Using the first article, who took the photo?", "Using the first article, who took the photo?"),
    ("For the Reuters report, who was quoted?", "For the Reuters report, who was quoted?"),
    # Not a topic named first: a time, an opener, a statement, or a name in the question for its pronoun; nor the
    # assistant addressed.
    ("On Tuesday, who stormed it?", "On Tuesday, who stormed it?"),
    ("The 50 - who were they?", "The 50 - who were they?"),
    ("So, what did he say?", "what did he say?"),
    ("Trump blamed Iran. Why did he?", "Trump blamed Iran. Why did he?"),
    ("Quick detail: where was Trump when reporters asked him?",
     "Quick detail: where was Trump when reporters asked him?"),
    ("Mr Esper, can you tell me how many troops?", "Mr Esper, how many troops?"),
    ("Who did the US strike in Iraq?", "Who did the US strike in Iraq?"),   # capitals of a name, not shouting
    ("Did KH do it?", "Did KH do it?"),
    # What the review found misread: an opener, a statement, an empty "it", the asker's "you", letters that match
    # "i" and "s" without being them, "Was war", a hashtag, a condition, a former post, an object clause, courtesy
    # alone, a quiz's lettered choices.
    ("Hello, what did he tweet?", "what did he tweet?"),
    ("Trump threatens Iran, what did he tweet?", "Trump threatens Iran, what did he tweet?"),
    ("Kataib Hezbollah: is it true they were hit?", "Kataib Hezbollah: is it true they were hit?"),
    ("The embassy: what do you think they did?", "The embassy: what do you think they did?"),
    ("Kataib Hezbollah, what are theır aims?", "Kataib Hezbollah, what are theır aims?"),
    ("Quİ stormed the embassy?", "Quİ stormed the embassy?"),
    ("Was war declared on Iran?", "Was war declared on Iran?"),
    ("What did Trump say about #Iran?", "What did Trump say about Iran?"),   # a hashtag, no "number of"
    ("Not counting the 750, how many troops were sent?", "Not counting the 750, how many troops were sent?"),
    ("Trump and Khamenei aside, what did the former Iraqi prime minister say?",
     "Trump and Khamenei aside, what did the former Iraqi prime minister say?"),
    ("Who was the man that Trump blamed?", "Who was the man that Trump blamed?"),
    ("Gracias!", "Gracias!"),
    ("Who tweeted? A. Trump B. Khamenei C. Esper", "Who tweeted? A. Trump B. Khamenei C. Esper"),
    # An @handle, a "#1" and a "4" that is a number.
    ("What did @realDonaldTrump tweet?", "What did Donald Trump tweet?"),
    ("Who is #1?", "Who is #1?"),
    ("Did 4 people die?", "Did 4 people die?"),
    # English words that another language asks with; a quotation's "our"; two named for "the latter" but not as two.
    ("Was the embassy evacuated?", "Was the embassy evacuated?"),
    ("Comment: who did it?", "Comment: who did it?"),
    ("Did Trump say \"our facilities\"?", "Did Trump say \"our facilities\"?"),
    ("What did the Islamic Republic say it would do?", "What did the Islamic Republic say it would do?"),
    ("Trump, Esper and Khamenei spoke; what did the latter say?",
     "Trump, Esper and Khamenei spoke; what did the latter say?"),
    ("Who attacked the embassy (and why?)", "Who attacked the embassy (and why?)"),
    ("Morning protests, how many were arrested?", "Morning protests, how many were arrested?"),
    ("Did Trump's tweet end with: Thank you!", "Did Trump's tweet end with: Thank you!"),
    ("Claim: the embassy wasn't evacuated, was it?", "Claim: the embassy wasn't evacuated, was it?"),
    ("The protesters who were arrested were released, weren't they?",
     "The protesters who were arrested were released, were they?"),
    ("Iran can't win a war, can it?", "Iran can't win a war, can it?"),
    ("Only Esper spoke, who else?", "Only Esper spoke, who else?"),   # a statement, no instruction
    ("Be careful, the embassy was attacked.", "Be careful, the embassy was attacked."),   # no question after it
    # After "didn't it" or "right" the statement is checked as stated, as a claim is.
    ("The Iraqi parliament voted to expel US troops, didn't it?",
     "The Iraqi parliament voted to expel US troops, did it?"),
    ("Esper announced it, right?", "Esper announced it, right?"),
    ("Who did it?", "Who did it?"),   # no tag without a comma or a dash before it
    ("Is that right?", "Is that right?"),
    ("Is it known for sure?", "Is it known for sure?"),   # "known" not before a question word
    ("Do you know who was killed?", "who was killed?"),   # already in a question's order
    ("By the way, who attacked the embassy?", "By the way, who attacked the embassy?"),   # no account
    ("What did you say?", "What did you say?"),   # the assistant's words asked, no view
    ("Who is who?", "Who is who?"),   # no echo: a question word opens it
    ("The strikes were where?", "The strikes were where?"),   # an echo of no "be … who/what", asked as typed
    ("Who - and why - stormed it?", "Who - and why - stormed it?"),   # dashes, no list
    ("Whatever Trump said, did Iran respond?", "Whatever Trump said, did Iran respond?"),   # a clause, no question word
    ("However, who stormed it?", "However, who stormed it?"),   # an opener, no topic
    ("Which person's government fell?", "Which person's government fell?"),   # whose, not who
    # Words of the new shapes in ordinary questions.
    ("Was anyone arrested? If no one was, why not?", "Was anyone arrested? If no one was, why not?"),
    ("Do you believe Trump?", "Do you believe Trump?"),
    ("Do you think Trump or Khamenei won?", "Do you think Trump or Khamenei won?"),
    ("In Trump's account of the attack, who was responsible?", "In Trump's account of the attack, who was responsible?"),
    ("- Was it Monday - or Tuesday?", "- Was it Monday - or Tuesday?"),
    ("1) Who stormed it? 2) When? 3) How many were there?", "1) Who stormed it? 2) When? 3) How many were there?"),
    ("Iran is ruled by whom?", "Iran is ruled by whom?"),   # a regular verb's present is not guessed
    ("There was a protest. The wounded numbered how many?", "There was a protest. The wounded numbered how many?"),
    ("Who attacked the base, later claimed by Kataib Hezbollah?",
     "Who attacked the base, later claimed by Kataib Hezbollah?"),
    ("However you look at it who won?", "However you look at it who won?"),
    # No category noun before a verb; no code before an arrow; no story before a second question; no work lead.
    ("Which side of the embassy was attacked?", "Which side of the embassy was attacked?"),
    ("Which party leaders said that?", "Which party leaders said that?"),
    ("Esper said -> who did what?", "Esper said, who did what?"),
    ("Who stormed the embassy? // just curious", "Who stormed the embassy? // just curious"),
    ("For my fact-check: who is the Iranian spokesman quoted, and which agency carried it?",
     "who is the Iranian spokesman quoted, and which agency carried it?"),
    ("For the strikes, who was blamed?", "For the strikes, who was blamed?"),
    # A story the question points back to, or tells what the asker heard, is the question's premise.
    ("I thought the American contractor was killed in Baghdad, so where was he killed?",
     "I thought the American contractor was killed in Baghdad, so where was he killed?"),
    ("Suppose I need the Iraqi prime minister's name for my piece - who was it?",
     "Suppose I need the Iraqi prime minister's name for my piece - who was it?"),
    ("Which outfit was struck by the US over the weekend?", "Which outfit was struck by the US over the weekend?"),
    ("Which side did Iraq take in the dispute?", "Which side did Iraq take in the dispute?"),
    ("Did Khamenei call the US strikes brutal and unprovoked?", "Did Khamenei call the US strikes brutal and unprovoked?"),
    ("Did Trump call Iran a rogue state?", "Did Trump call Iran a rogue state?"),
    ("For the Pentagon briefing: what did he announce?", "For the Pentagon briefing: what did he announce?"),
    ("For the 750 soldiers graphic: where were they sent?", "For the 750 soldiers graphic: where were they sent?"),
    ("Checking the embassy attack in Baghdad, who was responsible?",
     "Checking the embassy attack in Baghdad, who was responsible?"),
    ("I'm asking about the 2012 attack, not Baghdad: who was the ambassador killed?",
     "I'm asking about the 2012 attack, not Baghdad: who was the ambassador killed?"),
    ("Who fired the rockets? I don't mean the 2019 ones.", "Who fired the rockets? I don't mean the 2019 ones."),
    ("The U.S. embassy // who attacked it?", "The US embassy // who attacked it?"),   # no code, "U.S." as written
    ("In the part about the PMU statement, who refused?", "In the part about the PMU statement, who refused?"),
    ("In the part about Trump's other tweet, what did he accuse Tehran of?",
     "In the part about Trump's other tweet, what did he accuse Tehran of?"),
    ("What did Mr. D.J. Trump say?", "What did Mr. Trump say?"),   # initials after a title
    ("Did the U.A.E. Foreign Ministry comment?", "Did the UAE Foreign Ministry comment?"),
    ("Who tweeted?\nA. Trump\nB. Khamenei", "Who tweeted?\nA. Trump\nB. Khamenei"),
    ("In the part about the embassy attack, what did he tweet?",
     "In the part about the embassy attack, what did he tweet?"),
    ("In the part on Tuesday, what did he say?", "In the part on Tuesday, what did he say?"),
    ("What was the quantity of ammunition sent?", "What was the quantity of ammunition sent?"),
    ("As a result of the strikes, how many died?", "As a result of the strikes, how many died?"),
    ("Was the attack unprovoked?", "Was the attack unprovoked?"),
    ("What did the PMU do, and what happened later?", "What did the PMU do, and what happened later?"),   # asked
    # A follow-on pointing back leans on the question before it: asked after it, not beside it.
    ("Did the US strike first? If so, which militia did it target?",
     "Did the US strike first? If so, which militia did it target?"),
    ("Read the second article. Who stormed the embassy?", "Read the second article. Who stormed the embassy?"),
    # An echo whose subject has a clause of its own is asked well as it stands.
    ("The person whose killing led to the strikes was who?", "The person whose killing led to the strikes was who?"),
    # A belief a question leans on with nothing named to point back to; a contrast a wh-question asks about.
    ("I thought it was 500 soldiers - how many was it really?",
     "I thought it was 500 soldiers - how many was it really?"),
    ("Why did the crowd stay, rather than leave?", "Why did the crowd stay, rather than leave?"),
    ("What did the state media say?", "What did the state media say?"),
    ("Did the State Department comment on the attack?", "Did the State Department comment on the attack?"),
    ("What did Secretary of State Mike Pompeo say?", "What did Secretary of State Mike Pompeo say?"),
    # A belief the question does not set right is its premise; a condition on a yes/no question is kept.
    ("I thought the US sent troops - how many?", "I thought the US sent troops - how many?"),
    ("I heard the crowd withdrew on Wednesday - what happened then?",
     "I heard the crowd withdrew on Wednesday - what happened then?"),
    ("Did anyone die, not counting the attackers?", "Did anyone die, not counting the attackers?"),
    ("Verify: number of troops deployed?", "Verify: number of troops deployed?"),
    ("Does the state of the embassy matter?", "Does the state of the embassy matter?"),
    # A regular verb's past is left as typed.
    ("Any idea how many militiamen the strikes killed?", "how many militiamen the strikes killed?"),
])
def test_what_is_no_wrapper_is_kept(question, written):
    assert spelled_out(question) == written


def test_present_of_an_irregular_past():
    assert present_of_past("said") == "say" and present_of_past("Told") == "tell"
    assert present_of_past("say") is None and present_of_past("called") is None


def _answered_as_plain(assistant, refused, answered):
    """Each of `refused` is refused; each (question, words) of `answered` is answered with those words."""
    for question in refused:
        ans = assistant.answer(question)
        assert not ans.answered, (question, ans.text)
    for question, said in answered:
        ans = assistant.answer(question)
        assert ans.answered and said in ans.text, (question, ans.text)


def test_a_message_to_a_colleague_is_answered(assistant):
    _answered_as_plain(assistant,
                       ("Hello all, for tomorrow's piece: how many protesters were arrested by Iraqi security "
                        "forces? Thanks, J",),
                       (("Hi team, for tomorrow's piece: who took the AP photo of protesters burning property "
                         "outside the embassy? Need it for the credit line. Thanks, J", "Khalid Mohammed"),))


def test_an_indirect_ask_is_answered(assistant):
    _answered_as_plain(assistant,
                       ("Can you tell me who the leader of Kataib Hezbollah is?",),
                       (("Is it known what Trump said Iran would pay for the embassy attack?", "BIG PRICE"),))


def test_a_question_with_a_bracketed_guess_is_answered_as_without_it(assistant):
    _answered_as_plain(assistant, (),
                       (("Which news agency (the German one?) did witnesses speak to about the protesters crossing "
                         "the wall?", "dpa"),))


def test_a_question_about_which_article_says_it_asks_the_question_before(assistant):
    _answered_as_plain(assistant, (),
                       (("What New Year greeting closed Trump's tweet? Which article quotes it, the first or the "
                         "second?", "Happy New Year"),
                        ("What slogan were the protesters chanting? Do the first and second articles agree on it?",
                         "Death to America")))


def test_a_labelled_question_is_answered_as_asked(assistant):
    _answered_as_plain(assistant,
                       ("Name: the American contractor killed in the rocket attack?",),
                       (("Name: the US Defense Secretary?", "Esper"),))


def test_a_tag_question_is_answered_as_asked(assistant):
    _answered_as_plain(assistant, (),
                       (("The embassy wasn't evacuated, was it?", "has not been evacuated"),
                        ("Kataib Hizbollah called the embassy attack its \"final message\" to the US, didn't it?",
                         "first message"),
                        # The guess before the tag is set aside as any guess is.
                        ("What's the name of the Iraqi premier who appealed to the protesters to leave, Haider "
                         "al-Abadi, isn't it?", "Abdel-Mahdi")))


def test_an_instruction_before_the_question_is_set_aside(assistant):
    _answered_as_plain(assistant,
                       ("Cite your source: what was the name of the American contractor killed in the rocket "
                        "attack?",),
                       (("Don't guess: who was killed in the attack that the US strikes were a response to?",
                         "contractor"),))


def test_a_question_after_the_question_about_an_article_still_asks():
    from rag.questions import asked_part
    assert asked_part("Who attacked the embassy? Does the first article mention who ordered it?") == \
        "Does the first article mention who ordered it?"
    assert asked_part("Where did the strikes hit? Do both articles say the same places?") == "Where did the strikes hit?"


def test_a_topic_named_first_is_what_is_asked_about(assistant):
    _answered_as_plain(assistant,
                       ("Kataib Hezbollah. Who leads it?", "The killed contractor — what was his name?"),
                       (("Trump's tweet about Iran — what did he say they would pay?", "BIG PRICE"),))


def test_a_shouted_question_is_read_as_typed_in_lower_case(assistant):
    _answered_as_plain(assistant,
                       ("WHO IS THE US AMBASSADOR TO IRAQ???", "WHEN WAS SOLEIMANI KILLED?"),
                       (("WHERE WERE THE AMERICAN DIPLOMATS HIDING DURING THE SIEGE?!", "safe room"),))
    # A word no article has keeps a capital, as a name would.
    assert spelled_out("WHEN WAS SOLEIMANI KILLED?", assistant.retriever.knows_all, assistant.retriever.ordinary) == \
        "when was Soleimani killed?"


def test_a_question_in_other_words_is_answered_as_in_plain_ones(assistant):
    _answered_as_plain(assistant,
                       ("Combien de rockets were fired at the base in northern Iraq?",),
                       (("What price did President of the United States Donald J. Trump say the Islamic Republic of "
                         "Iran would pay?", "BIG PRICE"),
                        ("Who, if not the Iraqi president, appealed to the demonstrators to leave?", "Abdel-Mahdi"),
                        ("Esper and Trump both spoke — how did the former describe the troop deployment?",
                         "precautionary")))


def test_questions_in_other_shapes_are_answered_as_plain_ones(assistant):
    ans = assistant.answer("1) Who was killed in the attack the US blamed on the militia? 2) When did it happen?")
    assert ans.answered and ("US citizen" in ans.text or "contractor" in ans.text), ans.text
    _answered_as_plain(assistant,
                       ("The leader of Kataib Hezbollah is who?",
                        "Would you say oil prices jumped after the embassy attack?"),
                       (("By the militia's account, how many militiamen perished in the airstrikes?", "25 militiamen"),
                        ("What did Kataib Hizbollah supposedly say its next step would be?", "expel US troops"),
                        ("Did the US also send attack helicopters to protect the embassy?", "attack helicopters")))


def test_completions_names_and_what_is_known_are_answered_as_asked(assistant):
    _answered_as_plain(assistant,
                       ("Complete this: the American contractor killed in the rocket attack was named ...",
                        "What is known about the Iraqi parliament's response to the US strikes?",
                        "What is the name of the military base hit by rockets on Friday?"),
                       (("Which person is the US Defense Secretary?", "Mark Esper"),
                        ("Did the umbrella group ask the crowds to leave the embassy on Wednesday? If so, did "
                         "everyone comply?", "hardline groups refused"),
                        ("The wounded protesters numbered how many?", "75 protesters"),
                        ("What did the aforementioned Esper call on the government of Iraq to do?",
                         "fulfil its international responsibilities"),
                        ("Whatever were the protesters chanting outside the embassy?", "Death to America"),
                        ("What did the Pentagon boss call the deployment?", "precautionary"),
                        ("What do we know about the contractor?", "contractor")))


def test_names_run_together_and_others_words_are_answered_as_plain_ones(assistant):
    assert assistant.retriever.spelled_as_articles("who is kataibhezbollah, near the usembassy?") == \
        "who is Kataib Hezbollah, near the US embassy?"
    # A word broken across a line is joined where the articles have it whole; "Iran- backed" is two words.
    assert assistant.retriever.spelled_as_articles("How many sol- diers did the Iran- backed militia face?") == \
        "How many soldiers did the Iran- backed militia face?"
    _answered_as_plain(assistant,
                       ("What was his name, the American contractor killed in the rocket attack?",
                        "You know Kataib Hezbollah? Who is its leader?",
                        "Row: rockets fired in the Friday attack; count: ?",
                        "How many diplomats were inside the saferoom?"),
                       (("What did markesper call the deployment?", "precautionary"),
                        ("Who is the boss of Iran?", "Khamenei"),
                        ("Which militia did America bomb over the weekend?", "Kataib Hezbollah"),
                        ("Draft: 'The US will deploy TK soldiers to Iraq' - what's TK?", "750 soldiers"),
                        ("Who is the Foreign Ministry spokesman?", "Abbas Mousavi"),
                        ("Field: slogan chanted by protesters at the embassy. Value: ?", "Death to America"),
                        ("What was his name, the Iraqi premier who appealed to the demonstrators to leave?",
                         "Abdel-Mahdi"),
                        ("What is the so-called Green Zone?", "government offices")))


def test_code_stories_slants_and_work_leads_are_answered_as_plain_ones(assistant):
    _answered_as_plain(assistant,
                       ("militia.leader -> ?  // who leads Kataib Hezbollah",
                        "count(protesters_arrested)?",
                        "us_ambassador_to_iraq.name -> ?",
                        "For the explainer box: who leads Kataib Hezbollah?"),
                       (("SELECT name FROM officials WHERE role = 'Iraq premier'", "Abdel-Mahdi"),
                        ("Which actor fired tear gas at the protesters at the embassy?", "tear gas"),
                        ("What were the protesters at the embassy chanting on NYE?", "Death to America"),
                        ("I worry about my son who's stationed in Kuwait, so anything about war makes me anxious - "
                         "did Khamenei say Iran wants a war with the US? Please tell me it's good news.",
                         "not after wars"),
                        ("How many innocent protesters did the Americans wound?", "75 protesters"),
                        ("Subbing the dpa copy: which body announced the deployment on Tuesday?", "Pentagon"),
                        ("What did Def. Sec. M. T. Esper call on the Iraqi government to do?",
                         "fulfil its international responsibilities")))


def test_beliefs_set_right_and_claims_to_check_are_answered_as_plain_ones(assistant):
    _answered_as_plain(assistant,
                       # The contractor is named nowhere, whatever the asker thought.
                       ("I thought the contractor killed on Friday had been named - what was his name?",),
                       (("I thought it was Javad Zarif who said Iraqis see the US as an occupying power - who said "
                         "it?", "Abbas Mousavi"),
                        ("I read the American diplomats were flown out to the airport - where were they actually "
                         "sheltering?", "safe room"),
                        ("Wasn't the umbrella group for these militias the Quds Force? What is it actually called?",
                         "Hashd"),
                        ("True or false: the embassy was attacked by supporters of an Iranian-backed militia, rather "
                         "than by ISIS supporters?", "Iranian-backed militia"),
                        ('Did Iran\'s spokesman say Iraqis see the US as an "occupying power", a "partner" or a '
                         '"guest"?', "occupying power"),
                        # A top leader is the supreme one; a misspelt name and one among choices are still known.
                        ("What did Iran's top leader say Trump can do about it?", "You can’t do anything"),
                        ("What did Khamenei say the Islamic Republican would do if it decides to fight?",
                         "do so unequivocally"),
                        ("Did the thousands of militia supporters converge on Tahrir Square or on the Green Zone?",
                         "Green Zone"),
                        # People named by what they do are those who do it, though no article says "people".
                        ("How did the people guarding the embassy respond to the crowd?", "tear gas")))
    assert not assistant.answer("What did the Iraqi people say about the attack?").answered


@pytest.mark.parametrize("question,written", [
    ("Did the militia tell people to go home?", "Did the militia tell people to leave?"),
    ("When did the crowds start heading back home?", "When did the crowds start leaving?"),
    ("Did the supporters go home overnight, or stay?", "Did the supporters go home overnight, or stay?"),
    ("Did the protesters went home to Sadr City?", "Did the protesters went home to Sadr City?"),  # a place named
    # Chat shorthand with no auxiliary of its own: "leave" there would read as a statement.
    ("When the PMU asked the crowds to leave, everybody go home?",
     "When the PMU asked the crowds to leave, everybody go home?"),
])
def test_going_home_is_leaving(question, written):
    assert spelled_out(question) == written


@pytest.mark.parametrize("question,written", [
    ("I want to know what Khamenei said directly to Trump in his tweet.",
     "what did Khamenei say directly to Trump in his tweet?"),
    ("I need to know who stormed the embassy.", "who stormed the embassy?"),
    # Answering back, asked in a statement's order, is asked as a question: its regular past spells its present.
    ("Tell me how oil prices reacted to the embassy attack.", "how did oil prices react to the embassy attack?"),
    ("Explain how Iran responded to being blamed.", "how did Iran respond to being blamed?"),
    # A count, a manner or a tense of its own stays as asked.
    ("Tell me how many protesters responded.", "how many protesters responded?"),
    ("Tell me how quickly the US responded.", "how quickly the US responded?"),
    ("Tell me how Washington has responded.", "how Washington has responded?"),
    ("I need to know the cost of the damage.", "what is the cost of the damage?"),
    # A yes/no question inside a request is asked as one; without an auxiliary it stays as asked.
    ("I want to know whether any protesters were arrested.", "Were any protesters arrested?"),
    ("Tell me if the embassy has been evacuated", "Has the embassy been evacuated?"),
    ("Tell me whether or not the embassy was evacuated.", "Was the embassy evacuated?"),
    ("Tell me whether Iran admitted it.", "whether Iran admitted it?"),
])
def test_a_question_wanted_is_asked(question, written):
    assert spelled_out(question) == written
