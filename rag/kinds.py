"""Kinds of things news about conflict names, under the general word a question uses ("what kind of unit")."""

from __future__ import annotations

# "What kind of military unit was sent?" is answered by "an infantry battalion": a sentence naming a kind
# of the thing. The general words a question uses, and the words naming their kinds; a word not listed
# decides nothing.
_KINDS = {
    "unit formation": "battalion battalions brigade brigades division divisions regiment regiments company "
                      "platoon platoons squad squads squadron squadrons corps detachment contingent marine marines",
    "aircraft plane planes": "helicopter helicopters jet jets plane planes aircraft drone drones bomber "
                             "bombers gunship gunships",
    "hardware equipment weaponry weapons weapon": "helicopter helicopters jet jets drone drones tank tanks "
                                                  "missile missiles rocket rockets artillery gun guns rifles "
                                                  "warship warships vehicles",
    "ammunition munitions rounds": "bullets bullet rounds shells gas grenades grenade rubber live",
    # "Which base are the soldiers going to?" is answered by a sentence with a base in it, named or not (the
    # unnamed are refused on their own); "deploy 750 soldiers to Iraq" tells none.
    "base bases camp camps": "base bases airbase airbases airfield airfields camp camps garrison garrisons "
                             "outpost outposts",
    # "What greeting did Trump end his tweet with?": "Happy New Year!" names none by the word.
    "greeting greetings": "happy merry congratulations greetings hello farewell goodbye",
    # News agencies go by their names alone ("Witnesses told dpa …"): the name is the only sign of the kind.
    "agency agencies wire": "dpa afp agence ap reuters xinhua tass ria mehr irna isna tasnim fars anadolu "
                            "ansa efe kyodo yonhap upi",
}
_KINDS_OF = {general: frozenset(kinds.split()) for generals, kinds in _KINDS.items() for general in generals.split()}

# Each kind word with the kinds listed beside it under any general word: "brigade" -> battalion, division ….
_SIBLINGS = {word: frozenset().union(*(set(kinds.split()) for kinds in _KINDS.values() if word in kinds.split()))
             for kinds in _KINDS.values() for word in kinds.split()}


# Bodies known by their names: "which hospital", "which company", "which television channel" asks for one named,
# and articles that never use the word name none (a word the articles do use may still be answered by a name alone).
BODIES = frozenset("hospital hospitals clinic clinics company companies firm firms corporation corporations employer "
                   "employers command commands division divisions brigade brigades regiment regiments channel "
                   "channels broadcaster broadcasters newspaper newspapers".split())


def kinds_of(word: str) -> frozenset[str] | None:
    """The words naming kinds of `word` ("unit" -> battalion, brigade …), or None if it is not listed."""
    return _KINDS_OF.get(word.lower())


def kinds_beside(word: str) -> frozenset[str] | None:
    """The kinds listed with `word` when it names a kind itself ("brigade" -> battalion, regiment …), or None."""
    return _SIBLINGS.get(word.lower())
