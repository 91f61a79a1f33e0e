"""Names of countries and their peoples, known as names however a question is cased ("uk", "russia")."""

from __future__ import annotations

import re

# Sovereign states by their common English short names, some other names for them, and blocs news speaks of.
_NAMES = """
afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina botswana brazil brunei
bulgaria burkina faso burundi cambodia cameroon canada cape verde chad chile china colombia comoros congo
costa rica croatia cuba cyprus czechia czech denmark djibouti dominica dominican ecuador egypt el salvador
equatorial guinea eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea-bissau guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
italy ivory coast jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia
lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
marshall mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar
burma namibia nauru nepal netherlands holland zealand nicaragua niger nigeria macedonia norway oman pakistan palau
palestine panama papua paraguay peru philippines poland portugal qatar romania russia rwanda kitts lucia
grenadines samoa marino tome principe saudi arabia senegal serbia seychelles sierra leone singapore slovakia
slovenia solomon somalia sudan spain sri lanka suriname sweden switzerland syria taiwan tajikistan tanzania
thailand timor togo tonga trinidad tobago tunisia turkey turkiye turkmenistan tuvalu uganda ukraine emirates uae
britain england scotland wales uk usa uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
eu nato un
"""
# Peoples, for "what did the russians say": the nationality is who is asked about.
_PEOPLES = """
afghan afghans american americans arab arabs australian australians british briton britons canadian canadians
chinese egyptian egyptians emirati emiratis european europeans french german germans indian indians iranian
iranians iraqi iraqis israeli israelis italian italians japanese jordanian jordanians kurd kurds kurdish
kuwaiti kuwaitis lebanese pakistani pakistanis palestinian palestinians qatari qataris russian russians saudi
saudis spanish syrian syrians turk turks turkish ukrainian ukrainians yemeni yemenis
"""
COUNTRY_WORDS = frozenset(re.findall(r"[a-z-]+", _NAMES + _PEOPLES))


def is_country_word(word: str) -> bool:
    """A word of a country's or a people's name: a name even when the question is typed in lower case."""
    return word.lower() in COUNTRY_WORDS
