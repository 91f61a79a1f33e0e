"""Irregular verb forms of news reports: "send" is known to the articles through "sent"."""

from __future__ import annotations

# A verb's forms whose stems differ, one verb per ";". Only the irregular ones: the stemmer joins the rest. Some
# forms are other words too ("left", "found"): they only make a question word count as known. "How many died"
# is told by "25 militiamen dead": the adjective and noun of dying stand for the verb, and so does perishing;
# bombing is striking ("when America bombed them").
_IRREGULAR = """
send sent; break broke broken; fly flew flown; hold held; lead led; leave left; fight fought; shoot shot;
take took taken; give gave given; tell told; say said; bring brought; meet met; speak spoke spoken; keep kept;
seek sought; throw threw thrown; burn burnt; build built; begin began begun; run ran; come came; go went gone;
get got gotten; see saw seen; know knew known; make made; stand stood; spend spent; win won; lose lost;
rise rose risen; fall fell fallen; catch caught; think thought; find found; hear heard; feel felt;
write wrote written; drive drove driven; choose chose chosen; steal stole stolen; hide hid hidden; flee fled;
light lit; lay laid; pay paid; strike struck bomb bombed bombing; withdraw withdrew withdrawn;
overthrow overthrew overthrown;
buy bought; sell sold; teach taught; wake woke woken; grow grew grown; draw drew drawn; wear wore worn;
tear tore torn; forbid forbade forbidden; forgive forgave forgiven; hang hung; dig dug; stick stuck;
swear swore sworn; bear bore borne; beat beaten; bite bit bitten; blow blew blown; shake shook shaken;
die died dying dead death perish perished perishing
"""
_FORMS = {w: tuple(forms.split()) for forms in _IRREGULAR.replace("\n", " ").split(";") for w in forms.split()}
_PAST = {w: forms.split()[0] for forms in _IRREGULAR.replace("\n", " ").split(";") for w in forms.split()[1:2]}


def irregular_forms(word: str) -> tuple[str, ...]:
    """The other forms of an irregular verb ("send" -> sent; "flew" -> fly, flown; "sending" -> send, sent); none
    for any other word."""
    w = word.lower()
    if w not in _FORMS and w.endswith("ing"):
        # The present participle, its base spelt back: "taking" (take), "getting" (get).
        w = next((b for b in (w[:-3], w[:-3] + "e", w[:-4]) if b in _FORMS), w)
    return tuple(f for f in _FORMS.get(w, ()) if f != word.lower())


def present_of_past(word: str) -> str | None:
    """The present of an irregular verb's past ("said" -> say); None for any other word."""
    return _PAST.get(word.lower())
