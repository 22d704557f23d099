"""Recognize place names in text: gazetteer n-gram lookup over capitalized word runs.

A candidate is the longest run of tokens, starting with a capitalized word, whose folded
form is a gazetteer name. Candidates are then dropped when the context says they are part
of a person's or an organisation's name ("Vladimir Putin", "The Washington Post").
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from geomap.evaluate import haversine_km
from geomap.index import ARABIC_ARTICLE_COUNTRIES
from geomap.index import (
    ARTICLES,
    US_STATES,
    Entry,
    GazetteerIndex,
    arabic_spelling_key,
    district_of,
    region_abbreviations,
)
from geomap.text import normalize
from geomap.tokens import (
    NAME_START,
    RUN_WORD_PLAIN,
    UPPER,
    LowerWords,
    Tokens,
    Word,
    all_caps_line,
    run_tokens,
    sentence_initial,
)
from geomap.vocabulary import (
    CALENDAR,
    CIVIC_AFTER,
    CONNECTORS,
    DEMONYM_IDIOMS,
    DEMONYM_PREFIXES,
    ETHNIC_PREFIXES,
    FEATURE_WORDS,
    MEDIA_HEADS,
    NOT_PLACES,
    NUMBER_WORDS,
    AGENCY_HEADS,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_WORDS,
    REGION_WORDS,
    STOPWORDS,
    STREET_WORDS,
    TEAM_NICKNAMES,
    THE_ONLY,
    TITLE_ABBREVIATIONS,
    TITLE_OPENERS,
    TITLES,
)

__all__ = ["Candidate", "contains", "recognize", "demonyms"]


class _Before:
    """A pattern searched for right before an offset (it ends in "$" or "\\Z"), with a cheap test
    first: what its match can end with (``ends``), once any trailing ``strip`` characters are left
    off, and case-folded if the pattern ignores case. Most names follow none of those, and a look
    at the window's end costs far less than the regex engine's attempt at every offset of it."""

    __slots__ = ("regex", "_ends", "_strip", "_fold", "_holds")

    def __init__(self, pattern: str, flags: int = 0, *, ends: tuple[str, ...], strip: str | None = "",
                 holds: tuple[str, ...] = ()):
        """``holds``: words one of which the window holds wherever the pattern matches in it. (No
        ending nor word may hold an "i": re.IGNORECASE matches it with "ı" and "İ", which fold otherwise.)"""
        self.regex = re.compile(pattern, flags)
        self._ends = ends
        self._strip = strip
        self._fold = bool(flags & re.IGNORECASE)
        self._holds = holds

    def search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        window = text[pos:endpos].casefold() if self._fold else text[pos:endpos]
        if not window.rstrip(self._strip).endswith(self._ends) and not (
                # "$" matches before a last newline too
                window.endswith("\n") and window[:-1].rstrip(self._strip).endswith(self._ends)):
            return None
        if self._holds and not any(word in window for word in self._holds):
            return None
        return self.regex.search(text, pos, endpos)


_LOCATIVE_BEFORE = _Before(r"\b(?:in|at|near|from|to|into|outside|of|around|toward|towards|through|"
                            r"between|across|entered|captured|recaptured|seized|retook|shelled|liberated|"
                            r"besieged|evacuated)\s+$", re.I,
                            ends=tuple("defhkmnorst"), strip=None)
# "Huliaipole, a town of 13,000", "Cognac is a commune": an apposition or a predicate that says
# what the name is.
_PLACE_APPOSITIVE_AFTER = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:town|city|village|port|"
                                     r"hamlet|settlement|suburb|municipality|district|province|region|county)\b")
_IS_A_PLACE_AFTER = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:town|city|village|"
                               r"commune|municipality|port|hamlet|suburb|district|county|province|region|capital)\b")


# "Srirangapatna taluk", "Gwoza LGA": a unit's word no person's or firm's name goes on with (nor a
# municipality's, which Georgia, the Balkans and Latin America name after their towns: "the Rioni river
# overflowed in the Tskaltubo municipality", where Tskaltubo is Tsqaltubo's other spelling).
_SUBDISTRICT_AFTER = re.compile(r"[ \t]+(?:taluk|tehsil|mandal|upazila|LGA|municipality)\b")


_SETTLEMENT_OF_BEFORE = _Before(r"\b(?:village|town|city|hamlet)[ \t]+of[ \t]+$", ends=(" of", "\tof"), strip=" \t")


def _said_to_be_a_place(text: str, end: int) -> bool:
    """Whether the words after a name say what place it is: "Cognac is a commune", "Huliaipole, a
    town", "Srirangapatna taluk"."""
    return _IS_A_PLACE_AFTER.match(text, end) is not None or _PLACE_APPOSITIVE_AFTER.match(text, end) is not None \
        or _SUBDISTRICT_AFTER.match(text, end) is not None


_LISTED_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
_PARTY_HOMETOWN = re.compile(r"(?:^|[^\w])[DRI]-$")
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*(?:,|and\b|\))")  # "Hailey, 6, and Caleb, 4"
_WHO_AFTER = re.compile(r",[ \t]+who[ \t]")
_SPEECH_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:said|says|told|declined|pleaded|testified|admitted|denied|"
                           r"administration|took office)\b")  # "the Obama administration"
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
# A name in apposition to a kinship word is a person's: "her husband, Austin", "children, Jackson and".
_KIN = (r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|children|sons|daughters|"
        r"grandson|granddaughter|grandchildren|partner|fianc[eé]e?|widow|widower|survived by|"
        r"(?:son|daughter|children) of)(?:,[ \t]*|[ \t]+)")
_KIN_BEFORE = _Before(_KIN + "$", re.I, strip=" \t,",
                      ends=("band", "fe", "son", "ter", "ther", "ren", "sons", "ters", "ner", "ce", "cee", "\u00e9",
                            "\u00e9e", "dow", "ower", "by", "of"))
# ... and the names listed after such a word: "his children Austin, Victoria and Jane", "his
# daughters Chelsea, of Calgary, and Paris".
_KIN_LIST_BEFORE = _Before(_KIN + r"(?-i:[A-Z][a-z]+(?:,[ \t]+of[ \t]+[A-Z][a-z]+)?"
                                   r"(?:,[ \t]*and[ \t]+|,[ \t]*|[ \t]+and[ \t]+))+$", re.I,
                           ends=(",", "and"), strip=" \t",
                           holds=("husband", "fe", "son", "daughter", "brother", "ster", "father", "mother", "ldren",
                                  "partner", "anc", "dow", "rv"))  # the kin words, or parts of them with no "i"
# "Kent's brother", "Jordan's wife": whoever has kin is a person.
_KIN_AFTER = re.compile(r"['\u2019]s?[ \t]+(?:(?:late|older|younger|elder|eldest|youngest|twin)[ \t]+)?"
                        r"(?:husband|wife|son|daughter|brother|sister|father|mother|widow|widower|girlfriend|"
                        r"boyfriend|fianc[eé]e?|mom|dad|stepson|stepdaughter|grandson|granddaughter|nephew|niece)\b")
# Ismael "El Mayo" Zambada: a nickname in quotes between a given name and a surname.
# An army or a peer named after a place: "the Army of the Potomac", "the Duke of Wellington",
# "Lord Kitchener of Khartoum"; a regiment after its state: "the 20th Maine", "the 11th New York".
_TITLE_BEFORE = re.compile(r"\b(?:Army|Duke|Duchess|Earl|Prince|Princess|Lord|Marquess|Marquis|Baron|Viscount|"
                           r"Count|Countess)(?: [A-Z][a-z]+)? of(?: the)?[ \t]+$")
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+$")
# A street crossing a numbered one names an intersection or the district around it: "streets in
# the Westport and 18th and Vine districts" (AP, Kansas City), not Vine (Vienna's other name).
_NUMBERED_STREET_AND_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+(?:and|&)[ \t]+$")
# A navy's numbered fleet, named after its ordinal, no town: "The U.S. Navy's Bahrain-based 5th Fleet did not
# immediately respond" (had been Fleet, Hampshire), "the Sixth Fleet".
_NUMBERED_FLEET_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|"
                                    r"Ninth|Tenth)[ \t]+$")
# A bridge or an avenue named after a place it is not in: "agents found the body of a man in a
# canal near the Bridge of the Americas" (El Paso), "the Avenue of the Americas" (New York).
_STRUCTURE_OF_BEFORE = re.compile(r"\b(?:Bridge|Avenue|Boulevard)[ \t]+of[ \t]+(?:the[ \t]+)?$")
# A square, a palace, a quay or a street named in French, Spanish, Catalan, Italian or Portuguese, with its particle:
# "near the Place du Luxembourg" (Brussels), "outside the Palau de la Generalitat" (Valencia), "the Plaza de
# Mayo" (Buenos Aires), "Piazza Venezia" (Rome) name the square or the palace, not Luxembourg, Palau (the
# Pacific country), Mayo (Ireland) nor Venezia; an Italian one needs no particle.
_SQUARE_WORDS = ("Place", "Plaza", "Pla\u00e7a", "Pra\u00e7a", "Palau", "Palais", "Palacio", "Pal\u00e1cio", "Quai",
                 "Passeig", "Paseo",
                 # a street's, with its particle: "marched down Avenida de Mayo to the Plaza de Mayo"
                 "Avenida", "Avenue", "Calle", "Carrer", "Rua", "Rue")
_ITALIAN_SQUARE_WORDS = ("Piazza", "Piazzale", "Palazzo")
_SQUARE_PARTICLE = r"(?:(?:de(?:[ \t]+la)?|del|des|du|della|delle|dei|degli|di|do|da|dos|das)[ \t]+|(?:de[ \t]+)?l['\u2019]|" \
                   r"d['\u2019])"
_SQUARE_BEFORE = re.compile(rf"\b(?:(?:{'|'.join(_SQUARE_WORDS)})[ \t]+{_SQUARE_PARTICLE}|"
                            rf"(?:{'|'.join(_ITALIAN_SQUARE_WORDS)})[ \t]+{_SQUARE_PARTICLE}?)$")
# ... and the square's own word, when a place has it (Palau; Piazza, a hamlet in Italy) before its name.
_SQUARE_NAME_AFTER = re.compile(rf"[ \t]+{_SQUARE_PARTICLE}[A-Z\u00c0-\u00de]")
_ITALIAN_SQUARE_NAME_AFTER = re.compile(rf"[ \t]+{_SQUARE_PARTICLE}?[A-Z\u00c0-\u00de]")
# ... and a Spanish, Portuguese or French street's word before a place's name: "along Avenida Brasil"
# (Rio de Janeiro), "Calle Colombia", "Rua Bahia", "rue de Rivoli".
_STREET_OPENERS = frozenset("avenida av rua calle carrera jiron rodovia estrada alameda travessa rue".split())
# A nickname in quotes after "dubbed" or "nicknamed" names a thing, not the place it borrows:
# 'a new detention center in the Florida Everglades dubbed "Alligator Alcatraz"'; and after "known as"
# or "alias" between commas, a person's: 'Juan Carlos Bonilla, known as "El Tigre", was flown ...'
# (not El Tigre, Honduras).
_DUBBED_BEFORE = re.compile(r"(?:\b(?:dubbed|nicknamed)|,[ \t]+(?:(?:also|better)[ \t]+)?(?:known[ \t]+as|alias))[ \t]+"
                            r"(?:the[ \t]+)?[\"\u201c\u2018'](?:[A-Z][\w'\u2019-]*[ \t]+)*$")
# ... and so does the name in quotes that a government or a side gives an armed group: 'the Oromo Liberation Army, a
# rebel group the government calls "Shene"' (no Ethiopian town of Shene).
_GROUP_CALLED_BEFORE = re.compile(r"\b(?:groups?|forces?|movements?|militias?|rebels|fighters|insurgents|militants)\b"
                                  r"[^.\"\u201c\u201d]{0,40}?\b(?:calls?|called|brands?|branded|labels?|labell?ed|"
                                  r"dubs)[ \t]+(?:them[ \t]+|it[ \t]+)?[\"\u201c\u2018']$")
_NICKNAME_BEFORE = _Before(r"\b[A-Z][\w\u00c0-\u017f'-]+[ \t][\"\u201c\u2018']$",
                           ends=("\"", "\u201c", "\u2018", "'"))
_NICKNAME_AFTER = re.compile(r"[\"\u201d\u2019'][ \t][A-Z]")
# ... and the surname after it: Jorge 'Tuto' Quiroga (had been Quiroga in Mexico, which took La Paz there too).
_NICKNAME_THEN_BEFORE = _Before(r"\b[A-Z][\w\u00c0-\u017f'-]+[ \t][\"\u201c\u2018'][A-Z][\w.' -]{0,20}"
                                r"[\"\u201d\u2019'][ \t]$", ends=("\" ", "\u201d ", "\u2019 ", "' "))
_QUOTED_NICKNAME_AFTER = re.compile(r"[ \t]+[\"\u201c\u2018'][A-Z][\w.' -]{0,20}[\"\u201d\u2019'][ \t]+[A-Z]")
# "Erik ten Hag", "Louis van Gaal": a surname after a given name and a particle, the Philippines' and
# Spain's too: "Randy delos Santos", "Juan de los Santos" (had been Santos, Brazil), "Ronald dela Rosa".
_SURNAME_PARTICLES = ("van", "von", "ten", "ter", "den", "der", "de", "da", "di", "du", "del", "della", "dos", "das",
                      "le", "la", "bin", "ibn", "delos", "dela", "los", "las")
_SURNAME_PARTICLE_BEFORE = _Before(r"\b(?P<given>[A-Z][a-z]+)[ \t]+(?:van|von|ten|ter|den|der|de|da|di|du|del|"
                                   r"della|dos|das|le|la|bin|ibn|delos|dela)(?:[ \t]+(?:der|den|de|la|los|las))?"
                                   r"[ \t]+$", strip=" \t",
                                   ends=tuple(blank + word for word in _SURNAME_PARTICLES for blank in " \t"))
# Romance feature words that open names of ranges, rivers, lakes, islands, capes and coasts.
_FEATURE_OPENERS = frozenset("serra sierra monte montes rio lago laguna ilha isla ilhas islas cabo costa "
                             "puerto porto ponta punta cerro bahia valle vale pico".split())
# Compass words of other languages, which name regions too ("Nord", "Sur", "Centre").
_FOREIGN_COMPASS = frozenset("nord sud sur norte sul est este ouest oeste centre centro midi".split())
_PARTICLE_NAME_AFTER = re.compile(r"[ \t]+(?:de|da|do|dos|das|del|de la|della|di|du|des)[ \t]+[A-Z]")
_ARTICLE_NAME_AFTER = re.compile(r"[ \t]+(?:%s)[-\u2010][A-Z]" % "|".join(sorted(ARTICLES)))
_NAME_PARTICLE_BEFORE = _Before(r"\b[A-Z][\w'\u2019-]+[ \t]+(?:del|de la|de|da|do|dos|das|di|della|du|des)[ \t]+$",
                                ends=tuple(blank + word for word in ("del", "la", "de", "da", "do", "dos", "das", "di",
                                                                     "della", "du", "des") for blank in " \t"),
                                strip=" \t")
# A byline's names, up to what is not a name: "By Anahit Grigoryan and Rufat Aliyev | OC Media",
# "By Abdulkareem Mojeed, Jos" (where the reporter files from).
_BYLINE_NAMES = re.compile(r"(?:By|BY)[ \t]+[A-Z][\w'\u2019.-]*(?:(?:[ \t]+(?:and|AND)[ \t]+|[ \t]+)"
                           r"[A-Z][\w'\u2019.-]*)*[ \t]*(?=$|\n|[|,\u2013\u2014-])")
# A water body named after a country or region the gazetteer does not know it by ("the Strait of
# Georgia", in British Columbia), or an island named like a place ("Victoria Island", Lagos;
# "Salt Spring Island"): its namesake is seldom where it is, so it is left out rather than pinned
# there. A bay named after a town is at the town ("the Bay of Naples"), and "the Winam Gulf of
# Lake Victoria" names the lake.
_FEATURE_OF_BEFORE = _Before(r"\b(?:Strait|Straits|Gulf|Bay|Sea|Isle|Isles)[ \t]+of[ \t]+(?:the[ \t]+)?$",
                             ends=(" of", "\tof", " the", "\tthe"), strip=" \t")
_ISLAND_WORDS = frozenset({"island", "islands", "isle", "strait", "peninsula", "archipelago", "atoll"})
# "said Chad Okafor", "Editing by Victoria Kelsall": a given name in an attribution or a byline.
_BYLINE = r"(?:reporting|writing|editing|additional[ \t]+reporting|photos?)[ \t]+by"
_ATTRIBUTION_BEFORE = re.compile(rf"\b(?:said|says|told|according[ \t]+to|{_BYLINE})[ \t]+$", re.I)
# ... and the next reporter of a credit line: "(Reporting by Emma Pinedo in Madrid and Jordi Rubio in Valencia".
_BYLINE_BEFORE = re.compile(rf"\b{_BYLINE}[ \t]+(?:[^;()\n]*[ \t]and[ \t]+)?$", re.I)
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                            "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
                            "south-east", "south-west"})
# A part of the place named before it: "the Alice Springs CBD", "the Johannesburg CBD" (its
# central business district, as news in Australia, New Zealand and Africa writes it).
_PART_AFTER = frozenset({"cbd"})
# Words that open a longer place name: a "Port X", "Cape X" or "Fort X" the gazetteer lacks is not
# X ("Fort Sumter" lies 150 km from Sumter, S.C.; forts are named after people), but "Mount
# Lewotobi" lies by its namesake town.
_NAME_OPENERS = frozenset({"port", "national", "cape", "fort"})
_AGENCY_OPENS = re.compile(r"\([\w .&'\u2019-]*$")
_AGENCY_CLOSES = re.compile(r"[\w .&'\u2019-]{0,30}\)[ \t]*(?:-|--|\u2013|\u2014|\.-)")
_ROAD_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{1,4}")  # "the N59 Westport road", "A1", "M4", "I-95"
# "Sector 45", "Gate 3", a meeting room "Talla 2": a numbered thing, not a town (Tala, Egypt, a town of
# 72,000, and Tallaght, Ireland, go by "Talla"), but "beat Guthrie 21-20": a score
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}\b(?![-\u2013]\d)")
_WAR_AFTER = re.compile(r"[ \t-][Ww]ars?\b")
# A disease named after where it was found: "Lassa fever", "Lyme disease", "Sudan virus", "Middle
# East respiratory syndrome".
# The lands a demonym names with a word after it: "the Canadian Arctic", "the Scottish Highlands".
# Not a range or region that is a place of its own: "the Swiss Alps" are Swiss and the Alps.
_DEMONYM_LANDS = frozenset("arctic highlands lowlands riviera outback empire republic steppe desert".split())
# A demonym before a capitalized institution opens its name, in running text: "El Fasher's Saudi
# Hospital", "Turkish Airlines" (but "the Saudi Embassy" is Saudi Arabia's).
_NAMED_INSTITUTIONS = frozenset("hospital clinic school university college mosque church cathedral bank airlines "
                                "airways stadium hotel club institute foundation academy".split())
# A demonym before "Quarter" names a town's district, not its country: "two people were injured when fireworks were
# set off ... said a supporter in the Spanish Quarter" (of Naples, not Spain), "the Armenian Quarter" of Jerusalem;
# and so do the old foreign concessions of Chinese ports ("the French Concession" of Shanghai).
_DEMONYM_DISTRICTS = frozenset({"quarter", "concession"})
# ... and so does a demonym and the word after it before a neighbourhood's word: "Main Street in the Indian Orchard
# neighborhood" (Springfield, Mass.), "the Irish Channel neighborhood" (New Orleans): no India, no Ireland.
_NEIGHBOURHOOD_WORD_AFTER = re.compile(r"[ \t]+(?:neighbou?rhoods?|section|enclave)\b")
_FANS_AFTER = re.compile(r"[ \t]+(?:fans|supporters|ultras)\b")
_THING_AFTER = re.compile(r"[ \t](?:winds|tigers?)\b")  # "Santa Ana winds", "Bengal tiger"
# A numbered road a town's name opens, in Taiwan's and Korea's cities: "a restaurant on Yixin 2nd Road" (no Yixin,
# Heilongjiang), "Zhongshan 1st Road".
_NUMBERED_STREET_AFTER = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Lane)\b")
# An eatery named after a town elsewhere, its dish or its style told before the word, in lower case: "The blast at
# the Fuyang Barbecue restaurant on a busy street in the Xingqing district" of Yinchuan (had been Fuyang, Anhui).
# (A hotel is not among them: "the Kabul Serena hotel" stands in Kabul.)
_EATERY_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){1,2}[ \t]+(?:restaurant|eatery|cafe|caf\u00e9|diner|bistro|"
                           r"takeaway|noodle shop|teahouse)s?\b")
# An airline named for its town by "Pacific", as "Air" names others (``_FIRM_NAME_AFTER``): "Cebu Pacific", "Cebu
# Pacific's flights" (not Cebu City's news); a capitalised word after it goes on with another name.
_AIRLINE_AFTER = re.compile(r"[ \t]+Pacific(?:'s|\u2019s)?\b(?![-\u2013]|[ \t]+[A-Z0-9])")
# ... and "Pacific" after a name's word is a firm's last word: "Cathay Pacific cancelled more than 500 flights", "Cebu
# Pacific", "Union Pacific" (not the ocean's part: "the Western Pacific", "the Mid Pacific", "the French Pacific
# territory").
_OCEAN_PARTS = frozenset({"mid", "tropical", "equatorial"})
# Streams or ravines listed by their names are features the gazetteer lacks, not towns so named: "Pyroclastic flows
# descended the Las Lajas and Ceniza ravines" (Fuego's, not Las Lajas, Honduras). (One named after its town is
# there: "the Meghri gorge".)
_RAVINES_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?"
                            r"[ \t]+(?:ravines|gullies|gorges|canyons|creeks|streams|brooks|arroyos)\b")
# ... and so are hospitals, schools and mosques listed by their names, where the other name is no place either: "Ambulances
# ferried the wounded to Madina and Erdogan hospitals" (Mogadishu's, not Medina, Saudi Arabia). But "the Rafah and
# Khan Younis hospitals" are the towns'.
_LISTED_INSTITUTIONS_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?P<other>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)"
                                        r"[ \t]+(?:hospitals|clinics|schools|universities|mosques|churches|camps)\b")
# "Mobile" opening a sentence before a telephone service is the adjective, not Mobile, Alabama:
# "Mobile internet services remained suspended in Quetta, Mastung, Kalat and Noshki" (but "Mobile
# police said" is the city's).
_MOBILE_SERVICE_AFTER = re.compile(r"[ \t]+(?:internet|phones?|telephones?|telephony|data|networks?|broadband|"
                                   r"money|apps?|coverage|connectivity|operators?|signals?|services?|"
                                   r"communications?|towers?|carriers?|subscribers?)\b")
# Weapons named after places and peoples: "Israeli Apache helicopters", "fired Tomahawk cruise
# missiles", "Patriot missiles" (plurals only: "the Dnipro missile strike" was in Dnipro).
_WEAPONS = r"(?:helicopters|gunships|(?:cruise[ \t]+|ballistic[ \t]+|anti-ship[ \t]+)?missiles|(?:fighter[ \t]+)?jets|" \
    r"warplanes|bombers|tanks|howitzers|(?:rocket[ \t]+)?launchers|air[ \t]+defen[cs]e[ \t]+systems|interceptors)\b"
_WEAPON_AFTER = re.compile(r"[ \t]+" + _WEAPONS)
# ... and a demonym before a weapon's model is the country's: "Israeli F-16 warplanes", "Russian
# Su-34 bombers", "Ukrainian Neptune missiles".
_MODEL_AND_WEAPON_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*){1,2}[ \t]+" + _WEAPONS)
# An oil grade named after a town or field ("Brent crude", "Dubai crude", "Urals crude"), but not
# the crude of a country or of a region of several ("Nigeria crude", "Middle East crude"); a grade
# by its weight too: "It buys crude from fields in the Niger Delta, including the Bonny Light grade".
_CRUDE_AFTER = re.compile(r"[ \t](?:(?:Light|Medium|Heavy|Sweet|Sour)[ \t]+(?:crude|grade|blend|oil)\b|crude\b)")
# Buildings and institutions named for a person, then a place: "Ted Stevens Anchorage International
# Airport", "Louis Armstrong New Orleans International Airport".
_NAMED_FOR_PEOPLE = {"airport", "university", "college", "hospital", "stadium", "arena", "center", "centre",
                     "library", "museum", "bridge", "park", "field", "school", "institute"}
# A compass word whose name it shares with the next, told once: "parts of North and South Kivu provinces".
_COMPASS_HALVES = frozenset({"north", "south", "east", "west", "central", "upper", "lower"})
_HALF_OF_A_NAME_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:North|South|East|West|Central|Upper|Lower)[ \t]+[A-Z]")
# Plural nouns of nature that name regions too ("Rivers", Nigeria; "Lakes", South Sudan; "Highlands",
# Scotland's): a sentence's first word before a lower-case word ("Rivers overflowed", "Lakes dried
# up") is the noun; the region's name goes on with its own word ("Rivers state said").
_NATURE_PLURALS = frozenset({"rivers", "lakes", "lagoons", "streams", "plains", "highlands", "lowlands", "hills",
                             "mountains", "islands", "waters", "forests", "valleys", "swamps"})
# ... and singular ones that name towns ("Forest", Brussels's commune; "Savanna", Georgia's Savannah): a sentence's
# first word before a lower-case word is the noun, a wildlife service's staff or a fire's place: "Forest guards shot
# dead two suspected rhino poachers in Kaziranga National Park" (had been Forest, Belgium).
_NATURE_SINGULARS = frozenset({"forest", "savanna", "jungle", "desert", "reef"})
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?!state\b|region\b|province\b)[a-z]")
# (a haemorrhagic fever too, and a strain by the place it was first found in: "Crimean-Congo haemorrhagic fever",
# whose demonym and place had been Crimea and Congo, "the Zaire strain", "the Sudan strain of the virus"; not a
# verb's: "Record boat arrivals on El Hierro strain Spain's smallest Canary island", "hospitals in Gaza strain under
# the wounded")
_DISEASE_AFTER = re.compile(r"(?:-[A-Z][a-z]+)?[ \t-](?:[Hh]a?emorrhagic[ \t]+)?"
                            r"(?:[Ff]ever|[Vv]irus|[Dd]isease|[Ee]ncephalitis|[Rr]espiratory [Ss]yndrome|"
                            r"strain\b(?![ \t]+(?:[A-Z]|(?:the|its|their|a|under|to|as|with|on)\b)))\b")
# A demonym that opens a river's, a sea's or a shield's name names that feature, not its country: "12,000 acres
# along the Canadian River" (in the Texas Panhandle) had been Canada, and an actor of the sentence's plane crash; not
# a club's name before its fans: "Several hundred Uruguayan River supporters" are Uruguay's (of River Plate).
_FEATURE_OF_A_DEMONYM_AFTER = re.compile(r"[ \t]+(?:River|Creek|Sea|Gulf|Shield|Basin)\b"
                                         r"(?![ \t]+(?:Plate|fans|supporters|ultras|players)\b)")
_QUALIFIER_AFTER = re.compile(r",\s*(?:[A-Z][a-z]*\.?\s?)+")
_CONTRACTION = re.compile(r"['\u2019](?:ve|m|re|ll|d|t)$", re.I)
_REGION_NOUN = re.compile(r"County|Parish|Oblast|Province|Governorate|Prefecture|Krai|Raion|Voivodeship")
# "Xyz County", "Abc Oblast": a region by its form even when the gazetteer lacks it.
_UNKNOWN_REGION = re.compile(  # not from a possessive: "RCMP's Colchester County"
    rf"({NAME_START}[\w'\u2019-]*(?<!['\u2019]s) (?:{RUN_WORD_PLAIN} )??)({_REGION_NOUN.pattern})\b")


@dataclass(frozen=True)
class Candidate:
    """A recognized name: its span, how it is used, and every gazetteer entry it may be."""

    text: str
    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]
    role: str = "place"  # place, possessive, demonym
    qualifier: Candidate | None = None  # "Texas" in "Paris, Texas"
    dateline: bool = False  # "TROY" in "TROY, N.C. (AP) -": where the story was filed
    feature: bool = False  # "Guadalupe River": a feature named after the place found


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """English words that are also small towns' names (the bundled list)."""
    lines = (Path(__file__).parent / "data" / "common_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _respelled_words() -> frozenset[str]:
    """English words that are another spelling of a town's name (the bundled list)."""
    lines = (Path(__file__).parent / "data" / "respelled_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, tuple[str, str | None]]:
    """Folded demonym (plurals too) -> (country code, region name or None), from the bundled table."""
    table = {}
    for line in (Path(__file__).parent / "data" / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, code, *region = line.split("\t")
            for form in (normalize(word), normalize(word) + "s"):  # "Ukrainians"
                table[form] = (code, region[0] if region else None)
    return table


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> country code ("" for a region of no one country: "Kashmiri")."""
    return {word: code for word, (code, _) in _demonym_table().items()}


@lru_cache(maxsize=1 << 10)
def _demonym_place(index: GazetteerIndex, key: str) -> Entry | None:
    """The place a demonym names: its region ("South Ossetian", "Texan") or else its country."""
    if key not in _demonym_table():
        return None
    code, region = _demonym_table()[key]
    if region is not None:
        entries = [e for e in index.lookup(normalize(region))
                   if e.kind in ("admin1", "region") and (not code or e.country == code)]
        if entries:
            return min(entries, key=lambda e: e.kind != "admin1")  # an admin-1 region carries its id
    return _countries_by_code(index).get(code)


# \x96 and \x97 are cp1252's dashes read as Latin-1, as some feeds deliver them.
# A full stop ends one as the Daily Monitor writes it: "KAMPALA. Uganda expects".
# (a township's too, as AP writes Michigan's and New Jersey's: "GRAND BLANC TOWNSHIP, Mich. (AP) —")
_DATELINE_END = re.compile(r"(?:[ \t]+(?:CITY|TOWNSHIP|TOWN))?"
                           r"(?:,\s|\s[-\u2014\u2013\x96\x97]|\s\(|:\s|[ \t]{2}|[ \t]?/[ \t]?[A-Z]|\.[ \t]+(?=[A-Z][a-z]))")
# The first of two or more datelines joined by slashes: "ISLAMABAD/KABUL (Reuters) -", "KABUL / PESHAWAR:".
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .'-]*/[ \t]?$")
# A news agency before the dateline: "(ANSA) - BOLZANO, OCTOBER 7 -".
_AGENCY_BEFORE = re.compile(r"\([A-Za-z. ]{2,12}\)[ \t]*[-\u2014\u2013]+[ \t]*$")
# A byline's date before the dateline: "Advocate Reporter March 30, 2009 NEWARK -- The".
_DATE_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d[ \t]+$")


def _dateline(tokens: Tokens, i: int, j: int) -> bool:
    """ "CHARLESTON, W.Va. -", "KYIV (Reuters) -", "BEIRUT: ": an all-caps name opening a line
    or sentence, or following a byline's date."""
    text, start = tokens.text, tokens.starts[i]
    return tokens.ends[j - 1] - start > 2 and all(w.is_upper for w in tokens.words[i:j]) \
        and _DATELINE_END.match(text, tokens.ends[j - 1]) is not None \
        and (sentence_initial(text, start) or _DATE_BEFORE.search(text, max(0, start - 8), start) is not None
             or _AGENCY_BEFORE.search(text, max(0, start - 20), start) is not None
             or ("/" in text[start - 2:start] and _slashed_dateline(text, start)))


def _slashed_dateline(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows another dateline and a slash ("ISLAMABAD/KABUL")."""
    m = _DATELINE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and sentence_initial(text, m.start())


NATIVE_ENDING_POPULATION = 5_000  # a town this large is also named by its main name without its ending
# The endings Greek (and Latin) names add to the English form: "Marathon" is Marathónas,
# "Corinth" Kórinthos, "Delphi" Delfoí; an English initial C is their K.
_NATIVE_ENDINGS = ("os", "as", "on", "es", "is", "us", "a", "i")


def _with_native_ending(key: str, main: str) -> bool:
    """Whether the one-word name ``main`` is ``key`` with a Greek or Latin ending ("marathon",
    "marathonas"; "corinth", "korinthos"), or ``key`` after Greek "ancient" ("archaia olympia"):
    the town's English name, which GeoNames gives as another of its names, beside smaller towns of
    that main name ("a blaze near Corinth in the Peloponnese" is no Corinth, Mississippi)."""
    if main == f"archaia {key}":
        return True  # "Olympia" beside Athens is Archaía Olympía, "ancient Olympia", not only Olympia, Washington
    if " " in key or " " in main or len(key) < 5:
        return False
    stems = {key, "k" + key[1:]} if key[0] == "c" else {key}
    return any(main == stem + ending for stem in stems for ending in _NATIVE_ENDINGS)


def _respelled(key: str, main: str) -> bool:
    """Whether ``key`` is another transliteration of the one-word name ``main``: a letter or two
    apart ("avdiivka", "avdiyivka"), or its vowels ("poonch", "punch"), or without the Arabic
    article ("tawila", "at tawilah"), or a two-word ``main`` written as one word ("miranshah",
    "miran shah"); not another word ("bank", "slide")."""
    main = _ARABIC_ARTICLE.sub("", main, count=1)
    if " " in main and " " not in key and key == main.replace(" ", "") and len(key) >= 6:
        # A two-word name written as one: "a drone struck a house in Datta Khel, near Miranshah".
        return True
    if arabic_spelling_key(key) == arabic_spelling_key(main) and len(key) >= 5:
        return True  # "Nuseirat" for An Nusayrat, "Sulaimaniyah" for Sulaymaniyah
    if _DOUBLED_LETTER.sub(r"\1", key) == _DOUBLED_LETTER.sub(r"\1", main) and len(key) >= 5:
        # Somali writes long vowels and stressed consonants twice, English news once: "fled toward
        # Dhusamareb" (Dhuusamarreeb).
        return True
    if " " in main or abs(len(key) - len(main)) > 2 or key[0] != main[0] or len(key) < 5:
        return False
    if key[:2] != main[:2]:
        return _VOWELS.sub("", key[1:]) == _VOWELS.sub("", main[1:])
    return SequenceMatcher(None, key, main).ratio() >= 0.8


_ARABIC_ARTICLE = re.compile(r"^(?:%s) " % "|".join(sorted(ARTICLES)))
RESPELLED_POPULATION = 10_000
_DOUBLED_LETTER = re.compile(r"(\w)\1")
_VOWELS = re.compile(r"[aeiouy]+")


class _Place(NamedTuple):
    """The entries of a matched name, and what the context rules ask of them."""

    entries: tuple[Entry, ...]
    kinds: frozenset[str]
    area: bool  # a country, continent, admin-1 region or well-known region
    nation: bool  # a country, continent, well-known region or admin-1 region of a million people
    population: int  # the largest


# The words that join an English town's name to its river or its parish ("Chorlton-cum-Hardy",
# "Stratford-upon-Avon", "Barrow-in-Furness"): what goes before is the name locals use alone.
_NAME_JOINING_WORD = re.compile(r" (?:cum|upon|on|under|in|by|next|super|juxta) ")


def short_for_main_name(entry_key: str, key: str) -> bool:
    """Whether ``key`` is ``entry_key`` cut short before its joining word: "chorlton" for
    "chorlton cum hardy", "southend" for "southend on sea"."""
    return entry_key.startswith(key + " ") and _NAME_JOINING_WORD.match(entry_key, len(key)) is not None


@lru_cache(maxsize=1 << 16)  # 2,000 world-news articles name 15,000 names
def _place(index: GazetteerIndex, key: str, single: bool, dotted: bool = False, located: bool = False) -> _Place:
    """The places named ``key`` (once per name: names recur within and across texts). ``dotted``:
    written as a dotted abbreviation, which names a region or a country where one is so called:
    "P.E.I." is Prince Edward Island, not Peicheng (also "Pei")."""
    entries = index.lookup(key)
    if dotted and any(e.kind != "city" for e in entries):
        entries = [e for e in entries if e.kind != "city"]
    if any(e.kind == "country" for e in entries):
        # A country's name names no city by another of its names: "Mexico" is not Mexico City,
        # "Panama" not Panama City (but "Singapore" and "Djibouti" are their cities' own names).
        entries = [e for e in entries if e.kind != "city" or e.key == key]
    if single:
        # A lone word that is only an alternate name of a small town ("Slide", "The Bank") is noise,
        # unless the town dwarfs those of that main name ("Jenin": Janin, not Jenin in Poland).
        own = max((e.population for e in entries if e.key == key and e.kind == "city"), default=None)
        floor = 50_000 if own is None else min(50_000, max(10_000, 20 * own))
        kept = [e for e in entries if e.key == key or e.kind != "city" or e.population >= floor
                or _city_of_its_region(e, entries, key) or short_for_main_name(e.key, key)
                or (e.population >= NATIVE_ENDING_POPULATION and _with_native_ending(key, e.key))]
        if own is not None and own < RESPELLED_POPULATION * 2:
            # '"The RSF fired artillery at us from the direction of Bara," said a shopkeeper in El
            # Obeid' (Reuters, Sudan): an Arabic town's other spelling of its vowels or final "h"
            # (Bārah, 17,000 people) is a sense too beside the smaller towns so named exactly
            # (Bara, Nigeria, 11,700); the document's countries choose.
            kept += [e for e in entries if e.kind == "city" and e.key != key and e.population > own
                     and e.population >= RESPELLED_POPULATION and e.country in ARABIC_ARTICLE_COUNTRIES
                     and arabic_spelling_key(key) == arabic_spelling_key(e.key) and e not in kept]
        if not kept and located:
            # Where the text places it, another spelling of a town's name is the town: "near
            # Avdiivka" (Avdiyivka), "in Saraqeb" (Saraqib), not "Fire Marshal" (Marshall).
            kept = [e for e in entries if _respelled(key, e.key)]
            if not kept and key not in _common_words() and key not in _respelled_words():
                # ... and so is another of its names that is no English word, for a town of
                # RESPELLED_POPULATION: "in Tilsit" (Sovetsk), "at Insterburg" (Chernyakhovsk).
                kept = [e for e in entries if e.kind == "city" and e.population >= RESPELLED_POPULATION]
        elif not kept and key not in _respelled_words():
            # Anywhere, another spelling of a town of RESPELLED_POPULATION that is no English word:
            # "attacking Huliaipole" (Hulyaypole), "UN headquarters in Naqoura" (En Naqoura).
            kept = [e for e in entries if e.population >= RESPELLED_POPULATION and _respelled(key, e.key)]
        entries = kept
    return _place_of(entries)


CITY_REGION_SHARE = 0.5  # a town holding this share of the people of the region it lies in and is named by ...


def _city_of_its_region(town: Entry, entries, key: str) -> bool:
    """Whether ``town`` is the city an admin-1 region of the name ``key`` is, by another of its
    names: Natural Earth's region "Stepanakert" is GeoNames' city Khankendi, "known to Armenians as
    Stepanakert and to Azerbaijanis as Khankendi" (one city, not two places)."""
    return any(e.kind == "admin1" and e.key == key and e.admin1 == town.admin1
               and town.population >= CITY_REGION_SHARE * e.population for e in entries)


def _place_of(entries) -> _Place:
    kinds = frozenset(e.kind for e in entries)
    return _Place(tuple(entries), kinds, bool(kinds & {"country", "continent", "admin1", "region"}),
                  bool(kinds & {"country", "continent", "region"})
                  or any(e.kind == "admin1" and e.population >= 1_000_000 for e in entries),
                  max((e.population for e in entries), default=0))


_POSSESSIVE_ENDINGS = ("'s", "\u2019s")
# "Calgary-to-Edmonton", "London-via-Paris": a route between two places, both places.
_ROUTE_BEFORE = re.compile(rf"[{UPPER}][\w'\u2019.]*-(?:to|via|and)-$")


def recognize(text: str, index: GazetteerIndex) -> list[Candidate]:
    """Candidates in ``text``, left to right, non-overlapping, longest match first."""
    tokens = run_tokens(text)
    words, starts, ends, joined = tokens.words, tokens.starts, tokens.ends, tokens.joined
    found: list[Candidate] = []
    i, n = 0, len(words)
    demonym_table = demonyms()
    demonym_starts = _demonym_first_words()
    person_keys: set[str] = set()  # words of people's and organisations' names
    said_of_people: set[str] = set()  # of those, the ones the context says are people's
    disease_keys: set[str] = set()  # names the text gives a disease ("Marburg virus")
    club_keys: set[str] = set()  # names the text gives a club ("Wellington Phoenix")
    lower_words = LowerWords(text)
    unplaced: list[Candidate] = []  # towns named like a person or a word, where the text did not place them
    find = index.names.find
    while i < n:
        word = words[i]
        if not (word.is_title or word.is_upper) or word.text[0].isdigit():
            i += 1
            continue
        if word.key in _AP_STATES or word.key in _AP_REGIONS:
            state = _ap_state(tokens, i, i, index)
            if state is not None:
                found.append(state)
                i += 1
                continue
        elif len(word.key) == 1 and i + 1 < n and joined[i + 1] and word.key + words[i + 1].key in _AP_STATES:
            state = _ap_state(tokens, i, i + 1, index)  # spaced: "W. Va.", "N. C."
            if state is not None:
                found.append(state)
                i += 2
                continue
        if word.key in _POSTAL_STATES and (state := _postal_state(tokens, i, index, found)) is not None:
            found.append(state)  # "near Athens, TN, on Sunday" (and "GA", which is "Ga." too)
            i += 1
            continue
        match = _match_at(tokens, i, index)
        demonym = _demonym_at(words, i, demonym_table, index) if word.key in demonym_starts else 0
        if demonym and (match is None or match[0] - i <= demonym):
            # "North Korean", "Ukrainian": a demonym is kept as a mention of its country, unless it
            # opens a proper name ("American Recovery and Reinvestment Act", "Arab Champions League").
            after = i + demonym
            nxt = words[after] if after < n else None
            key = " ".join(w.key for w in words[i:after])
            if nxt is not None and nxt.is_title and joined[after] and nxt.key in _DEMONYM_LANDS \
                    and (place := _demonym_place(index, key)) is not None:
                # "the Canadian Arctic", "the French Riviera", "the Russian Empire": a land of the
                # demonym's country, mapped to it, with the whole as its span.
                found.append(Candidate(text[starts[i]:ends[after]], starts[i], ends[after], f"{key} {nxt.key}",
                                       (place,)))
                i = after + 1
                continue
            if nxt is not None and nxt.is_title and joined[after] and (
                    nxt.key in _NAMED_INSTITUTIONS and not tokens.in_title_case(starts[i])
                    or nxt.key in _DEMONYM_DISTRICTS
                    or _NEIGHBOURHOOD_WORD_AFTER.match(text, ends[after]) and not _is_major(index, nxt.key)):
                i = after + 1
                continue
            if nxt is not None and nxt.is_title and joined[after] and nxt.key not in TITLES \
                    and nxt.key not in TITLE_OPENERS and nxt.key not in demonym_table and not find(nxt.key) \
                    and nxt.text.lower() not in lower_words and not tokens.in_title_case(starts[i]) \
                    and not _MODEL_AND_WEAPON_AFTER.match(text, ends[after - 1]):
                i = after
                continue
            sense = _demonym_sense(tokens, i, after, index)
            if sense is not None:
                if sense == "person":  # "Monica French", "French said": a surname, here and elsewhere
                    person_keys.add(key)
                    said_of_people.add(key)
                i = after
                continue
            if _DISEASE_AFTER.match(text, ends[after - 1]):  # "Crimean-Congo haemorrhagic fever": a disease's name
                i = after
                continue
            if _FEATURE_OF_A_DEMONYM_AFTER.match(text, ends[after - 1]):  # "the Canadian River": see the pattern
                i = after
                continue
            place = _demonym_place(index, key)
            if place is not None and not _names_a_language(text, starts[i], ends[after - 1]) \
                    and not _idiom(text, key, ends[after - 1]):
                found.append(Candidate(text[starts[i]:ends[after - 1]], starts[i], ends[after - 1], key, (place,),
                                       role="demonym"))
            i = after
            continue
        if match is None:
            i += 1
            continue
        j, key = match
        # "St. John's" is a name of its own, not St. John's: a possessive that the gazetteer has whole.
        whole = j - i > 1 and words[j - 1].possessive \
            and text[ends[j - 1]:ends[j - 1] + 2].lower() in _POSSESSIVE_ENDINGS \
            and any(e.key == key + "s" and e.name.endswith(_POSSESSIVE_ENDINGS) for e in index.lookup(key + "s"))
        if whole:
            key += "s"
        # "The Bank" (of England) is one word as well: an alternate name of a small town is noise.
        single = j - i == 1 or (j - i == 2 and words[i].key == "the")
        place = _place(index, key, single, j - i == 1 and _as_abbreviation(text, starts[i], word, key))
        if whole:  # the towns so named, not St. Johns, Florida
            entries = tuple(e for e in place.entries if e.name.endswith(_POSSESSIVE_ENDINGS))
            place = _place_of(entries) if entries else place
        # "Al Bayda and Shahat", "Tucson and Flagstaff said": listed with a place, a name is placed
        # (which only a town's or a region's rules ask: a country needs no placing).
        listed = bool(found) and (not place.area or place.kinds == {"region"}) and found[-1].role != "demonym" \
            and not (j < n and joined[j] and words[j].is_title) \
            and _LISTED_AFTER.fullmatch(text, found[-1].end, starts[i]) is not None
        if not place.entries and single and (listed or _located(text, starts[i], ends[j - 1])
                                             or _dateline(tokens, i, j)):
            place = _place(index, key, single, j - i == 1 and _as_abbreviation(text, starts[i], word, key), located=True)
        if not place.entries:
            i += 1
            continue
        verdict = _keep(tokens, i, j, key, place, index, lower_words, listed)
        # Right after a place, in the same run: "Korea Forest", "Miami-Dade", "Wellington Phoenix".
        after_place = verdict is True and not place.area and bool(found) and found[-1].end + 1 == starts[i] \
            and joined[i]
        if after_place and single and place.population < 100_000 and j < n and joined[j] and words[j].is_title \
                and words[j].key not in REGION_WORDS and words[j].key not in CALENDAR:
            verdict = False  # "the Korea Forest Service": a word of a name that a place opens
        if after_place and verdict is True and text[found[-1].end] == " " and found[-1].role == "place" \
                and _apart(found[-1].entries, place.entries):
            # "Wellington Phoenix": a town joined to a place of another country names a club, and
            # so does that town's name elsewhere in the text, unless placed.
            club_keys.add(key)
            verdict = False
        if verdict is True and not place.area and _FANS_AFTER.match(text, ends[j - 1]):
            verdict = "word"  # "Chelsea fans were arrested": a club's name (the town's elsewhere)
        if verdict is True:
            if j - i > 1 and word.key == "the" and place.kinds == {"country"}:
                i += 1  # "The Netherlands" names the country "Netherlands", as "The Gambia" does Gambia
            end = ends[j - 1] + 2 if whole else ends[j - 1]
            found.append(Candidate(text[starts[i]:end], starts[i], end, key, place.entries,
                                   role="possessive" if words[j - 1].possessive and not whole else "place",
                                   dateline=word.is_upper and _dateline(tokens, i, j)))
            i = j
        elif verdict == "word":
            # "stopped blaring anti-North Korea propaganda broadcasts": a name that an adjective's
            # prefix opens is a word whole; its last words ("Korea") name no place of their own.
            i = j if j - i > 1 and i > 0 and starts[i] > 0 and text[starts[i] - 1] == "-" \
                and not words[i - 1].is_title and ends[i - 1] == starts[i] - 1 else i + 1
        elif verdict == "unplaced":
            unplaced.append(Candidate(text[starts[i]:ends[i]], starts[i], ends[i], key, place.entries))
            i += 1
        else:
            if verdict == "disease" and not place.area:  # but "Sudan virus" leaves Sudan a country
                disease_keys.add(key)
            if verdict == "whole person":  # "Mayor Chen Chi-mai ... Chen said": each of its words is the person's
                person_keys.update(w.key for w in words[i:j])
                said_of_people.update(w.key for w in words[i:j])
                verdict = "person"
            if verdict in ("person", "name", "given name"):
                person_keys.add(key)
                if verdict == "person":
                    said_of_people.add(key)
            # Skip the whole capitalized run: "Vladimir Medinsky" is one name, not two places.
            i = end = j
            while end < n and words[end].is_title and joined[end]:
                end += 1
            # A run that ends as a building's name holds no more of the person after the name:
            # "Ted Stevens Anchorage International Airport".
            named_for = end - j > 1 and words[end - 1].key in _NAMED_FOR_PEOPLE
            while i < end:
                person_keys.add(words[i].key)  # a word of a longer name, wherever else it stands alone
                if verdict in ("person", "given name") and not named_for:
                    said_of_people.add(words[i].key)  # the surname in "Chairman Ron Denton", "Elizabeth Fairfield"
                i += 1
    found = _forget_person_names(text, found, person_keys, said_of_people)
    if disease_keys or club_keys:  # "Marburg virus ... the Marburg outbreak": the disease throughout, unless placed
        found = [c for c in found if (c.key not in disease_keys and c.key not in club_keys) or _placed(text, c)]
    if _COMBINING_MARK.search(text):
        found, unplaced = _with_combining_marks(text, found), _with_combining_marks(text, unplaced)
    found = _with_arabic_articles(text, found)
    found = _qualified_parts(text, _rivers_where_known(_feature_names(text, _governed_regions(
        text, _plural_regions(text, found, index), index)), index))
    found = _framed_by_their_region(text, _attach_qualifiers(text, _unknown_regions(text, _rivers_named_like_regions(
        text, _islands_by_their_word(text, _rivers_by_their_word(text, _regions_by_their_adjective(
            text, _regions_of_villages(text, found)), index), index), index), index)))
    # "Islamic State in the Greater Sahara", "in Iraq and Syria": a group's name; "Dara" in
    # "Dara-e-Suf": a part of a longer name the gazetteer lacks.
    found = [_part_of_a_region(text, c) for c in _without_ships_named_again(
                 text, _without_storm_names(text, _court_districts_of_the_place_after(
                     text, _without_spacecraft_models(text, found))))
             if not (c.key == "side" and _CITY_QUARTER_SIDE.fullmatch(c.text))
             and not _GROUP_IN_BEFORE.search(text, max(0, c.start - 24), c.start)
             and not _TRAIN_GANG_BEFORE.search(text, max(0, c.start - 9), c.start)
             and not _names_a_ship(text, c)
             and not _names_a_work(text, c)
             and not _names_a_performer(text, c)
             and not _names_an_accord(text, c)
             and not _names_a_dedication(text, c)
             and not (c.role == "place" and not c.dateline and _SAINT_NAME_AFTER.match(text, c.end))
             and not _names_a_city_club(text, c)
             and not _opens_a_group_name(text, c)
             and not _names_a_people(text, c)
             and not _names_a_publication(text, c)
             and not _in_related_links(text, c)
             and not _names_a_time_zone(text, c)
             and not _spanish_plural_group(text, c)
             and not _COMPOUND_GOES_ON.match(text, c.end)
             and not _NUMBERED_AFTER.match(text, c.end)
             and not _COMPOUND_BEFORE.search(text, max(0, c.start - 6), c.start)]
    found = _countries_owning_agencies(text, _broadcasters_named_after_places(
        text, _without_organisations(text, found, index)))
    found = _areas_naming_parties(text, _without_firm_names(text, _countries_owning_parties_and_firms(
        text, _without_products(text, _without_clubs_by_name(text, _without_clubs_in_match_reports(text, found))))))
    found = _brands_before_towns(text, _other_names_of_the_place_before(text, _first_nations_whole(text, found), index))
    found = _settlements_named_by_two_places(text, found)
    return _without_quoted_nicknames(text, _placed_elsewhere(text, found, unplaced, person_keys) if unplaced else found)


# "Thitu Island, which Filipinos call Pag-asa", "the Senkakus, known in China as the Diaoyu": the
# second name is the first's other name.
OTHER_NAME_BETWEEN = re.compile(r",?[ \t]+(?:which|that|what)[ \t]+(?:[\w'\u2019-]+[ \t]+){1,3}(?:calls?|names?)[ \t]+"
                                r"(?:it[ \t]+)?(?:the[ \t]+)?|,?[ \t]+(?:also[ \t]+|locally[ \t]+)?(?:known|called)"
                                r"(?:[ \t]+(?:locally|in[ \t]+[\w'\u2019-]+))?[ \t]+as[ \t]+(?:the[ \t]+)?")


# "the Northern District of Illinois", "the Southern District of New York": a compass word's district
# of the place named after it (a US federal court's), not the district so named in another country.
_COMPASS_DISTRICT = re.compile(r"(?:North|South|East|West|Central|Middle)\w*[ \t]+District", re.IGNORECASE)
_OF_BETWEEN = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# A nickname in quotes that ends in a place's name, another word before it: 'a new immigration detention center in
# the Everglades, dubbed "Alligator Alcatraz"' (no San Francisco's island); the word opens the quotes.
_QUOTED_NICKNAME_BEFORE = re.compile(r"(?:[\"\u201c\u2018]|(?:^|(?<=\s))')(?P<word>(?-i:[A-Z])[a-z]{2,})[ \t]$")
_QUOTE_CLOSES_AFTER = re.compile(r"[,.]?[\"\u201d\u2019']")
# ... the same words told again without quotes: "Federal judge orders Alligator Alcatraz to wind down operations".
_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])(?P<word>(?-i:[A-Z])[a-z]{2,})[ \t]$")


def _without_quoted_nicknames(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop a place's name that ends a nickname in quotes ('dubbed "Alligator Alcatraz"', the Everglades'
    detention camp), and the same nickname wherever the text tells it again, quoted or not."""
    nicknames = set()
    for c in found:
        before = _QUOTED_NICKNAME_BEFORE.search(text, max(0, c.start - 20), c.start)
        if c.role == "place" and before is not None and _QUOTE_CLOSES_AFTER.match(text, c.end):
            nicknames.add((before.group("word"), c.key))
    if not nicknames:
        return found
    out = []
    for c in found:
        before = _WORD_BEFORE_NAME.search(text, max(0, c.start - 20), c.start)
        if before is None or (before.group("word"), c.key) not in nicknames:
            out.append(c)
    return out
# "on the Southwest Side", "the Upper East Side": a city's quarter, not the Turkish town of Side (the
# gazetteer's "South Side" is Chicago's, named whole).
_CITY_QUARTER_SIDE = re.compile(r"(?:North|South|East|West|Near|Upper|Lower)[\w \t]*[ \t]Side")


def _court_districts_of_the_place_after(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "U.S. District Judge Sara Ellis of the Northern District of Illinois": a compass word's
    district of a place is that place's part; of its senses only those in the place's country stay
    ("the Northern District of Israel" is Israel's), and with none it names no place of its own (American
    Samoa's "Eastern District" is no Virginia's)."""
    def holds(area: Entry, part: Entry) -> bool:
        return area.country == part.country and (area.kind == "country" or area.admin1 == part.admin1)

    out = []
    for k, c in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and c.role == "place" and _COMPASS_DISTRICT.fullmatch(c.text) \
                and _OF_BETWEEN.fullmatch(text, c.end, nxt.start):
            entries = tuple(e for e in c.entries if any(holds(n, e) for n in nxt.entries))
            if not entries:
                continue
            c = replace(c, entries=entries)
        out.append(c)
    return out


def _other_names_of_the_place_before(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """A name the text gives as another name of the place just named keeps that place among its
    senses, however small the town it is another name of: "Astromeritis near Morphou, which Turkish
    Cypriots call Guzelyurt" is Mórfou (24,000 people; GeoNames' other name "Guzelyurt"), not only
    the villages of Turkey whose own name it is (resolve's _other_names_given then chooses it)."""
    out = list(found)
    a = None  # the last place named (a demonym between, "which Turkish Cypriots call", is none)
    for k, b in enumerate(out):
        if b.role == "demonym":
            continue
        if a is not None and a.entries and b.entries and b.qualifier is None \
                and OTHER_NAME_BETWEEN.fullmatch(text, a.end, b.start):
            ids = {e.id for e in a.entries}
            own = {e.id for e in b.entries}
            more = tuple(e for e in index.lookup(b.key) if e.id in ids and e.id not in own)
            if more:
                out[k] = b = replace(b, entries=b.entries + more)
        a = b
    return out


# "Fort Albany First Nation", "Kashechewan First Nation": see _keep.
_FIRST_NATION_AFTER = re.compile(r"[ \t]+First[ \t]+Nation\b(?!s)")


def _first_nations_whole(text: str, found: list[Candidate]) -> list[Candidate]:
    """A First Nation named after its community is the community, named whole: "left Kashechewan
    First Nation on Monday", "across the river from Fort Albany First Nation" (CBC)."""
    out = []
    for c in found:
        after = _FIRST_NATION_AFTER.match(text, c.end) if c.role == "place" and c.entries else None
        out.append(replace(c, text=text[c.start:after.end()], end=after.end()) if after else c)
    return out


# An organisation's acronym after a place's name: "Africa CDC", "Kenya RCS" (not a region's: "Washington DC").
_ACRONYM_AFTER = re.compile(r"[ \t]+(?P<acronym>[A-Z]{3,5})\b(?![.'\u2019&-]|[ \t]+[A-Z])")
_AREA_BEFORE_TOWN = ("admin1", "region", "country", "continent")


def _without_organisations(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """Drop the places that open or end an organisation's name: a continent's or a country's name
    before an acronym the gazetteer does not know ("Africa CDC" is no continent), and a town right after a region's or a
    country's name in one run of words ("Southern California Edison", "Ohio Edison": the utilities,
    not Edison, New Jersey; but "Selma, Ala. VINALHAVEN -" ends a sentence and opens a dateline)."""
    out = []
    for k, cand in enumerate(found):
        acronym = _ACRONYM_AFTER.match(text, cand.end)
        if acronym and not cand.text.isupper() and any(e.kind in ("continent", "country") for e in cand.entries) \
                and not index.lookup(normalize(acronym.group("acronym"))):
            continue
        prv = found[k - 1] if k else None
        if prv is not None and text[prv.end:cand.start] == " " and prv.role == "place" and prv.entries \
                and prv.text[-1].isalpha() and not cand.text.isupper() \
                and any(e.kind in _AREA_BEFORE_TOWN for e in prv.entries) \
                and cand.entries and all(e.kind == "city" for e in cand.entries):
            continue
        out.append(cand)
    return out


# A broadcaster's name that a country or a continent ends or opens after "Radio" or "Voice of":
# "including Radio France Internationale and Voice of America" (suspended in Burkina Faso), "Radio
# Free Europe", "Radio Free Asia"; and a newspaper's, after its head and "of": "Junta spokesman Zaw
# Min Tun said in a statement carried by the state-run Global New Light of Myanmar", "The Times of India".
_BROADCASTER_BEFORE = re.compile(r"\b(?:Radio(?:[ \t]+Free)?|Voice[ \t]+of|(?:New[ \t]+Light|Times|Gazette|Herald|"
                                 r"Tribune|Chronicle|Observer)[ \t]+of)[ \t]+$")
# An Arabic channel's name, "Al-" and a word, before what it is: "Houthi-run Al-Masirah television
# reported" (no Masirah Island, Oman), "Al Mayadeen TV" (the words after a name in capitals are
# looked at elsewhere; these are lower case). The article in lower case too, and a news channel: "Footage
# aired by the rebels' al-Masirah satellite news channel showed bodies scattered at the site".
_ARTICLE_AL_BEFORE = re.compile(r"\b[Aa]l[- ]$")
_ARTICLE_AL_OPENS = re.compile(r"[Aa]l[- ]")  # (the name found with its article: "al-Masirah")
_CHANNEL_AFTER = re.compile(r"[ \t]+(?:television|tv|(?:satellite[ \t]+)?(?:news[ \t]+)?channel|radio)\b", re.I)
# A news agency's name: "The Houthis' Saba news agency" (no Sabá, Honduras), "Iran's Fars news
# agency" (no province); a country's is its country's, as a demonym ("the Lao News Agency").
_NEWS_AGENCY_AFTER = re.compile(r"[ \t]+news[ \t]+agency\b", re.I)
# ... and the name after its words: "state news agency Sana reported" (no Sanaa, Yemen), "official news agency
# Petra said"; after a comma, one the comma closes: "the state news agency, SANA, reported".
_NEWS_AGENCY_BEFORE = re.compile(r"\bnews[ \t]+agency[ \t]+$", re.I)
_NEWS_AGENCY_SET_OFF_BEFORE = re.compile(r"\bnews[ \t]+agency,[ \t]+$", re.I)


def _broadcasters_named_after_places(text: str, found: list[Candidate]) -> list[Candidate]:
    """A country's name in a state broadcaster's name says whose broadcaster it is, as a demonym
    would ("Radio France Internationale", "Voice of America", "the Lao News Agency"), not where
    anything happens; a continent's names nothing ("Radio Free Europe"), nor do an Arabic channel's
    ("Al-Masirah television") and another place's news agency ("the Houthi-run Saba news agency", "state news
    agency Sana")."""
    out = []
    for c in found:
        if (_ARTICLE_AL_BEFORE.search(text, max(0, c.start - 3), c.start) or _ARTICLE_AL_OPENS.match(c.text)) \
                and _CHANNEL_AFTER.match(text, c.end):
            continue
        if c.role == "place" and (_NEWS_AGENCY_BEFORE.search(text, max(0, c.start - 14), c.start)
                                  or _NEWS_AGENCY_SET_OFF_BEFORE.search(text, max(0, c.start - 15), c.start)
                                  and text.startswith(",", c.end)):
            continue
        if c.role == "place" and c.entries and _NEWS_AGENCY_AFTER.match(text, c.end):
            if not any(e.kind == "country" for e in c.entries):
                continue
            c = replace(c, role="demonym", entries=tuple(e for e in c.entries if e.kind == "country"))
        if c.role == "place" and c.entries and not c.text.isupper() \
                and _BROADCASTER_BEFORE.search(text, max(0, c.start - 16), c.start):
            if any(e.kind == "country" for e in c.entries):  # ("America": the country, not Amerika, NL)
                c = replace(c, role="demonym", entries=tuple(e for e in c.entries if e.kind == "country"))
            elif all(e.kind == "continent" or (e.kind == "region" and e.country is None) for e in c.entries):
                continue
        out.append(c)
    return out


# A run of capitalized words ending in an agency's noun: "U.S. Immigration and Customs
# Enforcement", "U.S. Army Corps of Engineers", "U.S. Geological Survey".
_AGENCY_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]+(?:(?:and|of|for|on)[ \t]+)?){0,5}?"
                                r"(?:%s)\b" % "|".join(w.title() for w in sorted(AGENCY_HEADS)))


def _countries_owning_agencies(text: str, found: list[Candidate]) -> list[Candidate]:
    """A country's name that opens an agency's name says whose agency it is, as a demonym would
    ("American"), not where anything happens: "outside the U.S. Immigration and Customs
    Enforcement facility in South Portland" is in Portland. It stays a mention of the country (a
    name the country's alone: "Lebanon Police" may be a town's)."""
    return [replace(c, role="demonym") if c.role == "place" and c.entries
            and all(e.kind == "country" for e in c.entries) and not _in_a_longer_name(text, c.start)
            and _AGENCY_NAME_AFTER.match(text, c.end) else c for c in found]


# A run of capitalized words (a club's name: "Kano Pillars", "Johor Darul Ta'zim", "Selangor FC").
_RUN_WORD = r"[A-Z][\w'\u2019-]*"
_RUN = re.compile(rf"{_RUN_WORD}(?:[ \t]+{_RUN_WORD})*")
# A match's verbs after a side's name and before the other's: "Enugu Rangers drew with Kano
# Pillars", "Bengaluru FC lost to Kerala Blasters", "Mohun Bagan topped the table", "Shakhtar
# Donetsk played in Lviv".
_MATCH_VERBS = ("beat", "defeated", "drew", "lost", "played", "thrashed", "edged", "hammered", "topped", "face")
_MATCH_AFTER = re.compile(r"[ \t]+(?:%s)\b" % "|".join(r"(?:will[ \t]+)?face" if verb == "face" else verb
                                                       for verb in _MATCH_VERBS))
_MATCH_BEFORE = re.compile(r"\b(?:beat|defeated|drew[ \t]+with|lost[ \t]+to|thrashed|edged|hammered|face)[ \t]+$")
# Words that make a run a government's, a police force's or a place's own name, not a club's.
_NO_CLUB_WORDS = frozenset("state police army government governor forces troops county city province district "
                           "council court navy university hospital".split())


def _without_clubs_in_match_reports(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop the places inside a run of capitalized words longer than the place's name that plays a
    match, before or after a match's verb: clubs ("Kano Pillars beat Enyimba", "defeated Mumbai
    Indians", "Mohun Bagan topped the table"); "Lagos State Police beat protesters" stays Lagos
    State's, and "Israel beat Iran" names the countries."""
    if not any(verb in text for verb in _MATCH_VERBS) or not _MATCH_AFTER.search(text):
        return found  # most texts report no match (and str.find rules out most before the regex)
    out = []
    for cand in found:
        # (a possessive names the side's country: "Papua New Guinea's Kumuls beat Fiji", "beat India's Aditya Rao")
        run = _enclosing_run(text, cand.start, cand.end) if cand.role != "possessive" else None
        if run is not None and (run[0], run[1]) != (cand.start, cand.end) \
                and not any(word in _NO_CLUB_WORDS or word in TITLES or word in PERSON_TITLES
                            for word in map(normalize, text[run[0]:run[1]].split())) \
                and (_MATCH_AFTER.match(text, run[1]) or _MATCH_BEFORE.search(text, max(0, run[0] - 12), run[0])):
            continue
        out.append(cand)
    return out


# A football club's initials beside its town's name make the name the club's (Spanish, Italian,
# French, German and English clubs): "Valencia CF, the city's football club", "FC Porto",
# "AC Milan", "RC Lens", "VfB Stuttgart"; "SS" opens a ship's name too, no place either ("SS Great
# Britain ... in the dry dock in Bristol"). (Not "SC", which is South Carolina after a town.)
_CLUB_INITIALS_AFTER = re.compile(r"[ \t]+(?:FC|CF|AFC)\b")
# ... and so do the first words of European clubs' names that English writes before the town:
# "Atletico Madrid", "Sporting Lisbon", "Slavia Prague", "Steaua Bucharest", "Hertha Berlin",
# "Bayern Munich" (where "Bayern", Bavaria's own name, is the club's too); Spain's royal clubs and those
# named after them: "Real Madrid and Manchester City also won", "Real Zaragoza", "Real Salt Lake".
_CLUB_OPENING_BEFORE = re.compile(r"\b(?:FC|AC|RC|SS|SSC|RB|VfB|VfL|CD|UD|RCD|OGC|SL|Real|Atl[eé]tico|Sporting|"
                                   r"Slavia|Sparta|Steaua|Hertha|Eintracht|Borussia|Bayern|Olympique|Dynamo|Dinamo|"
                                   r"Lokomotiv|Spartak|Partizan|Legia|Zenit)[ \t]+$")
_CLUB_HEAD_AFTER_OF = {"bayern": "munich", "sparta": "prague"}  # club heads that are places themselves


def _without_clubs_by_name(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop a place named next to a club's initials or its name's first word ("Valencia CF", "FC
    Porto", "Atletico Madrid"), and that word where it is a place's name too ("Bayern" in "Bayern
    Munich"); in a line of capitals the initials may be words ("AS ROME"), so a name in capitals stays."""
    clubs = {id(c) for c in found if not c.text.isupper() and (
        _CLUB_INITIALS_AFTER.match(text, c.end) or _CLUB_OPENING_BEFORE.search(text, max(0, c.start - 12), c.start))}
    heads = {id(a) for a, b in zip(found, found[1:]) if id(b) in clubs and _CLUB_HEAD_AFTER_OF.get(a.key) == b.key
             and text[a.end:b.start] == " "}
    return [c for c in found if id(c) not in clubs and id(c) not in heads]


# A hospital's name that opens with its health system's before its town's: "Fourteen workers were taken to
# Piedmont Athens Regional Medical Center" (Piedmont Healthcare's hospital in Athens, Ga.; no Piedmont, S.C.).
_CARE_NAME_END = re.compile(r"(?:Medical[ \t]+Cent(?:er|re)|Hospital|Health[ \t]+System)\Z")
_NEXT_RUN_WORD = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*)")


def _brands_before_towns(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop a name right before a town's the text names elsewhere too, inside a run of capitalized
    words that ends as a hospital's name (``_CARE_NAME_END``): the first is the health system's, the
    second the hospital's town (but "Nakuru Level Five Hospital", "Jos University Teaching Hospital")."""
    keys = {c.key for c in found if c.role == "place"}
    brands = set()
    for c in found:
        if c.role != "place" or c.dateline or any(e.kind in ("country", "admin1") for e in c.entries):
            continue
        run = _enclosing_run(text, c.start, c.end)
        town = _NEXT_RUN_WORD.match(text, c.end)
        if run is not None and run[0] == c.start and town is not None and town.end() < run[1] \
                and normalize(town.group(1)) in keys - {c.key} and _CARE_NAME_END.search(text, town.end(), run[1]):
            brands.add(id(c))
    return [c for c in found if id(c) not in brands] if brands else found


def _enclosing_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the run of capitalized words (joined by spaces) that holds ``text[start:end]``."""
    line_start = max(text.rfind("\n", 0, start), text.rfind(".", 0, max(0, start - 1)), text.rfind(",", 0, start)) + 1
    for m in _RUN.finditer(text, line_start, min(len(text), end + 200)):
        if m.start() <= start and m.end() >= end:
            return m.start(), m.end()
        if m.start() > start:
            return None
    return None


# A food named after its town or region, in lower case after the name ("Makers of Roquefort cheese
# said sales fell", "Gouda cheese prices", "Parma ham"), or a wine served by the bottle or the glass
# ("a bottle of Chablis", "A bottle of Rioja reserva costs €12"): the product, not the place (but
# "a cheese factory", "a ham plant" is where one is made).
_PRODUCT_AFTER = re.compile(r"[ \t]+(?:cheeses?|hams?|sausages?|salami|vinegar)\b"
                            r"(?![ \t]+(?:fields?|farms?|factory|factories|plants?|dairy|dairies)\b)")
_PRODUCT_BEFORE = re.compile(r"\b(?:bottles?|glass(?:es)?|cases?|wheels?|slices?)[ \t]+of[ \t]+$", re.I)


def _without_products(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop the towns and regions that name a food or a wine (``_PRODUCT_AFTER``, ``_PRODUCT_BEFORE``);
    a country's name stays ("a bottle of Italy's best")."""
    return [c for c in found if c.role != "place" or any(e.kind == "country" for e in c.entries) or not (
        _PRODUCT_AFTER.match(text, c.end) or _PRODUCT_BEFORE.search(text, max(0, c.start - 14), c.start))]


# The heads of parties' and firms' names: "Pakistan Peoples Party", "Pakistan Muslim League-Nawaz",
# "Pakistan Tehreek-e-Insaf" (tehreek: movement), "Pakistan Railways", "Pakistan International Airlines".
_PARTY_OR_FIRM = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}?[ \t]+(?:Movement|Party|League|Alliance|Bank|"
                            r"Breweries|Brewery|Railways?|Airlines|Electric|Tehreek)\b")


def _countries_owning_parties_and_firms(text: str, found: list[Candidate]) -> list[Candidate]:
    """A country's name that opens a party's or a firm's name says whose, as a demonym would, not
    where anything happens ("Pakistan Railways"; a state's stays: "the Florida Democratic Party";
    a town's is a venue's, see resolve.py)."""
    return [replace(c, role="demonym") if c.role == "place" and c.entries
            and all(e.kind == "country" for e in c.entries) and not _in_a_longer_name(text, c.start)
            and _PARTY_OR_FIRM.match(text, c.end) else c for c in found]


# Parties and parliamentary groups named for their country, region or continent in European news:
# "The far-right Alternative for Germany (AfD) won a state election in Thuringia", "Giorgia
# Meloni's Brothers of Italy leads national polls", "in the Patriots for Europe group in
# Strasbourg", "the Party of Socialists of the Republic of Moldova", "Together for Catalonia",
# "Republican Left of Catalonia"; "Progressive Slovakia", "Renew Europe"; "the far-right Sweden
# Democrats", "Latvia First". (Not "United": LGL marks Georgia in "Movement for United Georgia".)
_PARTY_HEAD_BEFORE = re.compile(r"\b(?:(?:Alternative|Brothers|Patriots|Together|Socialists|Left|Movement|Front|"
                                r"Coalition|Alliance)[ \t]+for|(?:Brothers|Patriots|Socialists|Left)[ \t]+of|"
                                r"Renew|Progressive)[ \t]+(?:the[ \t]+)?$")
_PARTY_TAIL_AFTER = re.compile(r"[ \t]+(?:Democrats|First)\b")
# (or a leader's: "Opposition leader Peter Magyar, whose Tisza party leads in most polls", no river Tisza)
_POLITICAL_BEFORE = re.compile(r"\b(?:far-right|far-left|right-wing|left-wing|hard-right|nationalist|populist|ruling|"
                               r"opposition|centrist|centre-right|center-right|centre-left|center-left|"
                               r"whose|his|her|their)[ \t]+$", re.I)
_PARTY_WORD_AFTER = re.compile(r"[ \t]+(?:party|alliance|bloc|movement|coalition)\b")


def _areas_naming_parties(text: str, found: list[Candidate]) -> list[Candidate]:
    """A country's, a region's or a continent's name inside a party's or a parliamentary group's
    (``_PARTY_HEAD_BEFORE``, ``_PARTY_TAIL_AFTER``) is no place ("Alternative for Germany won a
    state election in Thuringia" is Thuringia's news), nor the party's side in its events ("Opposition
    party Progressive Slovakia said" names no Slovakia). A town's name stays. ("Union" heads no party
    here: "left Russia or the Soviet Union for America".)"""
    out = []
    # a party's one-word name: "Poland's far-right Confederation party" (a Saskatoon suburb); the party's wherever the
    # text does not place it ("whose Tisza party leads in most polls ... Tisza has gained support in rural areas")
    party_keys = {c.key for c in found if c.role == "place" and " " not in c.text
                  and _POLITICAL_BEFORE.search(text, max(0, c.start - 30), c.start)
                  and _PARTY_WORD_AFTER.match(text, c.end)}
    for c in found:
        if c.role in ("place", "possessive") and c.key in party_keys and not c.dateline and (
                _PARTY_WORD_AFTER.match(text, c.end) or not _placed(text, c)):
            continue
        # (the area's senses only: "Brothers of Italy" is no Italy, Texas)
        areas = tuple(e for e in c.entries if e.kind in ("country", "admin1", "region", "continent")) \
            if c.role in ("place", "possessive") and not c.dateline else ()
        if areas and (_PARTY_HEAD_BEFORE.search(text, max(0, c.start - 30), c.start)
                      or (any(e.kind == "country" for e in areas) and c.role == "place"
                          and not _in_a_longer_name(text, c.start) and _PARTY_TAIL_AFTER.match(text, c.end))):
            continue
        out.append(c)
    return out


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ \t]+$")
# The last words of firms', exchanges' and market indices' names, ending the capitalized run a
# place opens: "Prices on the Shanghai Futures Exchange also gained", "the Shanghai Composite gained
# 0.8%", "Mediterranean Shipping Company, based in Geneva", "sold its onshore assets in the delta
# to Renaissance Africa Energy" (but "the Alberta Energy Regulator" goes on: a province's agency).
# Not a public body's nor a utility's: "The Greater Hyderabad Municipal Corporation", "the Zanzibar
# State Trading Corporation" are the city's and the state's, and "the San Jose Water Company" serves
# San Jose (LGL marks it). A maker of instruments and a commodity exchange too: "Texas Instruments said
# it would cut about 1,000 jobs at its chip plant in Sherman", "corn futures on the Chicago Board of Trade".
_FIRM_NAME_AFTER = re.compile(r"(?:[ \t]+(?!(?:Municipal|Metropolitan|City|County|State|District|Civil|Regional|"
                              r"Provincial|Development|Water|Gas|Electric|Power|Light|Public|Transit)\b)"
                              r"[A-Z][\w'\u2019&-]*){0,2}?[ \t]+(?:Exchange|Composite|Shipping|Energy|Petroleum|"
                              r"Holdings|Corporation|Company|Instruments|Board[ \t]+of[ \t]+Trade|"
                              # a shipowner or a manager: "The ship's manager, Delta Tankers, based in Piraeus,
                              # declined to comment" (had been Nigeria's Delta state)
                              r"Tankers|Maritime|Navigation|Shipyards?|Shipbuilding)\b"
                              r"(?![ \t]+[A-Z]|[-\u2019'])|"
                              # a firm of two trades joined by "and", abbreviated: "Costa Rica's Florida Ice and Farm
                              # Co (FIFCO)" (had been Florida)
                              r"[ \t]+[A-Z][\w'\u2019-]*[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]*[ \t]+"
                              r"(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC)\b|"
                              # an airline named after its town or region, and its flights by their numbers: "A Jeju
                              # Air passenger jet skidded off a runway", "A Delta Air Lines jet flipped upside down",
                              # "Delta Flight 4819, operated by its regional subsidiary Endeavor Air" (had been Jeju City
                              # and Delta, British Columbia); not an air force's or its base's ("Dover Air Force Base")
                              # (its possessive too: "Jeju Air's chief executive")
                              r"[ \t]+(?:Air(?:[ \t]+Lines)?|Airlines|Airways|Airline)(?:'s|\u2019s)?\b"
                              r"(?![ \t]+(?!Flights?\b|Cargo\b)[A-Z]|[-\u2019'])|"
                              r"[ \t]+[Ff]light[ \t]+[A-Z]{0,2}\d{1,5}\b|"
                              # a railroad named after its town and the way it runs: "a Norfolk Southern train
                              # carrying hazardous chemicals derailed and burned" (had been Norfolk, Virginia)
                              r"[ \t]+Southern(?:'s|\u2019s)?\b(?![ \t]+(?!Corp\b|Railway\b)[A-Z]|-)")
# Whose shares are traded is a firm: "shares of Richemont, owner of Cartier, fell 2% on the Zurich exchange" (had
# been Richemont, a French village); not "shares in Tokyo", a market's place, nor "Shares of Hyderabad-based
# drugmakers", firms of the place.
_SHARES_OF_BEFORE = re.compile(r"\b[Ss]hares[ \t]+of[ \t]+$")
_BASED_AFTER = re.compile(r"-based\b")
# A firm's legal form right after a town's name makes the name the firm's, here and wherever the text does not place
# it: "Chilean copper miner Antofagasta plc said on Thursday ... Analysts raised their price target on Antofagasta"
# (the miner, not the port city; "the Antofagasta region" is a name of its own).
_LEGAL_FORM_AFTER = re.compile(r"[ \t]+(?:plc|PLC|Plc|Ltd|Limited|Inc|LLC|AG|NV|SpA|ASA|Oyj)\b(?![ \t]*[-\u2013]\w)")
# A utility's name after a river's, a region's or a country's: "as Thames Water struggled to restore supplies" (had
# been the Thames), "Jersey Central Power & Light said Thursday it had restored power" (had been the Channel Island):
# the firm names no place of the news, and where its customers live is told on its own; a name only towns bear stays,
# the city the firm serves ("the San Jose Water Company", "Kansas City Power & Light", which LGL marks), and a public
# body's name goes on ("the Texas Water Development Board", "Santa Clara Valley Water District"), as a firm of water
# and another trade does ("the Male Water and Sewerage Company", whose city it is).
_UTILITY_AFTER = re.compile(r"[ \t]+(?:Water|(?:Central[ \t]+)?Power[ \t]+(?:&|and)[ \t]+Light)\b"
                            r"(?![ \t]+(?:[A-Z]|and\b|&)|[-\u2019'])")
# A firm named after its founder and its city: "Insurers at Lloyd's of London said".
_FIRM_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+['\u2019]s[ \t]+of[ \t]+$")
# A bank "of" a country is the country's, as a demonym says ("said an economist at Bank of America
# in Hong Kong"); not the West Bank.
_BANK_OF_BEFORE = re.compile(r"\bBank[ \t]+of[ \t]+(?:the[ \t]+)?$")
# "repairing the Trans Niger Pipeline", "the Trans Mountain pipeline": a name that crosses the place (hyphened too:
# "The leak from the Trans-Niger Pipeline near the village of Bodo" had been Niger, the country).
_TRANS_BEFORE = re.compile(r"\bTrans(?:[ \t]+|-)$")


# An ocean's name ending a firm's, after a word of the name that is no part of the sea's: "Marine Atlantic cancelled
# ferry crossings between North Sydney and Port aux Basques" (had been the Atlantic Ocean), "Union Pacific", "Cathay
# Pacific"; not "the North Atlantic", "the Mid-Atlantic", "the Asia Pacific", nor a sentence's first word.
_FIRM_WORD_BEFORE_AN_OCEAN = re.compile(r"(?<![.!?:\n\u2014\u2013-][ \t])(?<!^)(?<![\w-])(?!(?:North|South|East|West|"
                                        r"Northern|Southern|Eastern|Western|Central|Mid|Tropical|Equatorial|Asia|Indo|"
                                        r"Trans|Upper|Lower|The|In|On|Across|Over|Of|To|And|Greater)\b)"
                                        r"(?-i:[A-Z][a-z]+)[ \t]+$")


def _firm_word_before_an_ocean(before: str) -> bool:
    """Whether ``before`` ends in a word of a firm's name (``_FIRM_WORD_BEFORE_AN_OCEAN``): no function word ("By
    Pacific correspondent"), nor a demonym ("the French Pacific territory")."""
    m = _FIRM_WORD_BEFORE_AN_OCEAN.search(before)
    return m is not None and normalize(m.group().strip()) not in STOPWORDS and normalize(m.group().strip()) not in demonyms()


def _without_firm_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """Places inside the names of firms, exchanges, indices and utilities (``_FIRM_NAME_AFTER``,
    ``_FIRM_OF_BEFORE``, ``_TRANS_BEFORE``, ``_UTILITY_AFTER``) are none, and a town's name before a firm's legal form
    (``_LEGAL_FORM_AFTER``) is the firm's wherever the text does not place it ("The Jamaica Public Service Company said"
    names no actor either); a country's or a region's own name after "Bank of" says whose bank, as
    a demonym does ("The Bank of Canada held its policy rate"; see ``_countries_owning_parties_and_firms``)."""
    out = []
    firm_keys = {c.key for c in found if c.role == "place" and c.entries and not c.dateline
                 and any(e.kind == "city" for e in c.entries)
                 and not any(e.kind in ("country", "continent", "region") for e in c.entries)
                 and _LEGAL_FORM_AFTER.match(text, c.end)}
    for c in found:
        if c.role == "demonym" or not c.entries or c.dateline:
            out.append(c)
            continue
        if c.key in firm_keys and (_LEGAL_FORM_AFTER.match(text, c.end) or not _placed(text, c)):
            continue
        before = text[max(0, c.start - 40):c.start]
        firm = _FIRM_NAME_AFTER.match(text, c.end) or _FIRM_OF_BEFORE.search(before) or _TRANS_BEFORE.search(before) \
            or _SHARES_OF_BEFORE.search(before) and not _BASED_AFTER.match(text, c.end) \
            or c.key in ("atlantic", "pacific") and _firm_word_before_an_ocean(before) \
            or _UTILITY_AFTER.match(text, c.end) and any(e.kind != "city" for e in c.entries)
        bank = not firm and (m := _BANK_OF_BEFORE.search(before)) is not None \
            and not _in_a_longer_name(text, c.start - len(before) + m.start())
        if firm or bank:
            # (an area's own name, not a part of one nor a town's: "The Bank of England held rates";
            # but "Bank of America", a bank of Charlotte, and "the First Bank of Princeton" name none)
            countries = tuple(e for e in c.entries if e.kind in ("country", "region", "admin1") and e.key == c.key) \
                if bank and normalize(c.text) == c.key else ()
            if countries:
                out.append(replace(c, role="demonym", entries=countries))  # "The Bank of Canada", a town's name too
            continue
        out.append(c)
    return out


def _in_a_longer_name(text: str, start: int) -> bool:
    """Whether a capitalized word other than "The", "In" ... comes right before ``start``: the
    name is part of a longer one ("Henry's Turkey Service") or of a title ("Acting U.S. Attorney")."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and normalize(before.group().strip()) not in STOPWORDS


# The joining words of Persian, Urdu and Arabic compound names, between hyphens: "Dara-e-Suf",
# "Mazar-i-Sharif", "Kot-ul-Amir", "Dar-al-Aman".
_COMPOUND_JOINER = r"-(?:e|i|ye|ul|ud|us|ush|ur|un|al|el|o|wa)-"
_COMPOUND_GOES_ON = re.compile(_COMPOUND_JOINER + rf"[{UPPER}]")
# A name numbered after a hyphen is a craft's or a mission's, not the place it is named after: "China's Shenzhou-21
# crew settles in aboard the Tiangong space station" (had been Shenzhou, a town of Hebei), "Soyuz MS-27".
_NUMBERED_AFTER = re.compile(r"-\d{1,4}\b(?!-)")
_COMPOUND_BEFORE = _Before(r"\w" + _COMPOUND_JOINER + "$", ends=("-",))


# An Arabic article in lower case joined to the name after it, opening the name: "the coastal area of
# al-Mawasi", "fighting around el-Fasher" (not "Deir al-Balah", whose article is inside the name).
_ARABIC_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:%s)-$" % "|".join(sorted(ARTICLES)))


def _with_arabic_articles(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each name after a lower-case Arabic article to the article's start: "al-Mawasi" whole, as
    the article's capitalized form, "Al-Mawasi", is matched whole."""
    def extended(c: Candidate) -> Candidate:
        m = _ARABIC_ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start)
        return c if m is None else replace(c, text=text[m.start():c.end], start=m.start())

    return [extended(c) if c.start > 2 and text[c.start - 1] == "-" else c for c in found]


# Combining diacritics, which regular expressions count as no word character.
_COMBINING_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _with_combining_marks(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each name to the end of the marks written on its last letter: "Behchokǫ̀" ends with U+0300,
    a grave accent that no precomposed letter holds, and had been cut off the name's span."""
    def extended(c: Candidate) -> Candidate:
        end = c.end
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        return c if end == c.end else replace(c, text=text[c.start:end], end=end)

    return [extended(c) for c in found]


def _placed_elsewhere(text: str, found: list[Candidate], unplaced: list[Candidate],
                      person_keys: set[str]) -> list[Candidate]:
    """One sense per text: a town named like a person or a word, where the text places it once
    (in a dateline, before a qualifier, after "in"), is that town where it stands alone too:
    "LETICIA, Colombia (AFP) -" and then "Leticia sits on the triple border"."""
    placed = _firmly_placed(text, found, {c.key for c in unplaced} - person_keys)
    starts = {c.start: c for c in found}

    def listed_before_a_place(c: Candidate) -> bool:
        # ... and so is one listed before a place, as one listed after it is ("Byron and Stewartville")
        m = _LISTED_AFTER.match(text, c.end)
        return m is not None and m.end() in starts and starts[m.end()].role == "place"

    extra = [c for c in unplaced if c.key in placed or (c.key not in person_keys and listed_before_a_place(c))]
    return sorted(found + extra, key=lambda c: c.start) if extra else found


_THE_BEFORE = _Before(r"\bthe[ \t]+$", ends=("the",), strip=" \t")
_RIVER_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|[ \t](?:at|near|to|from|in|into|below|above|between|and|river|valley)\b)")


def _rivers_named_like_regions(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "the Mississippi at Vicksburg", "down the Ohio.", "the Potomac and": a state's or a town's
    name after "the" and before a preposition or a stop is the river named like it, where the
    gazetteer has that river. A state is not written with "the" ("the Kentucky border" and "the
    Ohio Senate" go on with the name), nor a town."""
    out = []
    for cand in found:
        if cand.role == "place" and not cand.feature and " " not in cand.key \
                and not any(e.kind == "country" for e in cand.entries) \
                and _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start) \
                and _RIVER_AFTER.match(text, cand.end):
            rivers = tuple(e for e in index.lookup(f"{cand.key} river") if e.kind == "region")
            if rivers:
                cand = replace(cand, entries=rivers, feature=True)
        out.append(cand)
    return out


_RIVER_WORD_AFTER = re.compile(r"[ \t]+river(?P<plural>s)?\b")
_RIVER_LIST_SEPARATOR = re.compile(r",?[ \t]+and[ \t]+|,[ \t]*")


def _rivers_by_their_word(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "the Cauto river", "the Jacui and Taquari rivers": a name before "river" (or listed before
    "rivers") is a river, the gazetteer's where it has it ("the Ganges and Brahmaputra rivers"),
    and no town named like it: a town's name before the word goes; a region's or a country's
    stays ("the Bagmati river" may stand for Bagmati province, named after it)."""
    rivers_after: set[int] = set()  # the candidates (by position) a river's word follows
    rivers_listed: set[int] = set()  # ... of them, those in a list before "rivers"
    for k in range(len(found) - 1, -1, -1):
        word = _RIVER_WORD_AFTER.match(text, found[k].end)
        if (word and word.group("plural")) or (k + 1 in rivers_listed and _RIVER_LIST_SEPARATOR.fullmatch(
                text, found[k].end, found[k + 1].start)):
            rivers_listed.add(k)
        if word or k in rivers_listed:
            rivers_after.add(k)
    out = []
    for k, cand in enumerate(found):
        if k not in rivers_after or cand.role != "place" or cand.feature or cand.key.split(" ", 1)[0] in _FEATURE_HEADS:
            out.append(cand)
            continue
        rivers = tuple(e for e in index.lookup(f"{cand.key} river") if e.kind == "region")
        areas = tuple(e for e in cand.entries if e.kind in ("admin1", "admin2", "region", "country"))
        if rivers:
            out.append(replace(cand, entries=rivers, feature=True))
        elif areas:
            out.append(replace(cand, entries=areas))
    # ... and the river named again by "the" alone, a town named like it no more: "has polluted the Kafue river,
    # Zambia's main waterway", then "a stream that feeds the Kafue", "live in the Kafue basin" (had been Kafue, the
    # town near Lusaka)
    towns_named_rivers = {found[k].key for k in rivers_after if found[k].role == "place" and not found[k].feature
                          and found[k].key.split(" ", 1)[0] not in _FEATURE_HEADS
                          and all(e.kind == "city" for e in found[k].entries)
                          and not index.lookup(f"{found[k].key} river")}
    # (not a crossing or a route its towns name: "the Narva-Ivangorod border crossing")
    return [cand for cand in out if not (cand.key in towns_named_rivers and cand.role == "place"
                                         and _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start)
                                         and not text.startswith("-", cand.end))]


# "Thai authorities closed the bridge, a Tak provincial official said": a name before "provincial" or
# "regional" is the province's or the region's, not its seat's (Tak, the town, is 80 km away).
# "drones hit Belgorod, Bryansk villages" (Kyiv Independent headline): a name before "villages"
# (or "border villages"), and each name listed before it, is the region whose villages they are.
_VILLAGES_AFTER = re.compile(r"[ \t]+(?:(?:border|frontline|front-line|frontier)[ \t]+)?villages\b")
_VILLAGES_LIST_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _regions_of_villages(text: str, found: list[Candidate]) -> list[Candidate]:
    """A name before "villages" is the admin-1 region of that name, where the name is one:
    "drones hit Belgorod, Bryansk villages" names the oblasts, not their seats."""
    if "villages" not in text:
        return found
    out = list(found)
    listed = False  # the candidate after the current one opens or continues a list before "villages"
    for k in range(len(out) - 1, -1, -1):
        cand = out[k]
        if _VILLAGES_AFTER.match(text, cand.end):
            listed = True
        elif not (listed and k + 1 < len(out)
                  and _VILLAGES_LIST_SEPARATOR.fullmatch(text, cand.end, out[k + 1].start)):
            listed = False
        if listed and cand.role in ("place", "possessive") and not cand.feature and len(cand.entries) > 1:
            regions = tuple(e for e in cand.entries if e.kind == "admin1")
            if regions:
                out[k] = replace(cand, entries=regions)
    return out


_REGIONAL_AFTER = re.compile(r"[ \t]+(?:provincial|regional)\b")


def _regions_by_their_adjective(text: str, found: list[Candidate]) -> list[Candidate]:
    """A name before "provincial" or "regional" is the admin-1 region, where the name is one."""
    out = []
    for cand in found:
        if cand.role in ("place", "possessive") and not cand.feature and len(cand.entries) > 1 \
                and _REGIONAL_AFTER.match(text, cand.end):
            regions = tuple(e for e in cand.entries if e.kind == "admin1")
            if regions:
                cand = replace(cand, entries=regions)
        out.append(cand)
    return out


_ISLAND_OF_BEFORE = _Before(r"\bisland[ \t]+of[ \t]+$", ends=(" of", "\tof"), strip=" \t")
_ISLAND_WORD_AFTER = re.compile(r"[ \t]+island\b")


# Names listed before one plural "islands": "Ground Self-Defense Force units with missile batteries have been
# deployed on Yonaguni, Miyako and Ishigaki islands" (Miyako Island, Okinawa, not Miyako, Iwate).
_ISLANDS_LIST_AFTER = re.compile(r"(?:,[ \t]+[A-Z][\w'\u2019-]*)*,?[ \t]+(?:and|or)[ \t]+[A-Z][\w'\u2019-]*[ \t]+islands\b")
_ISLANDS_LIST_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*(?:,[ \t]+[A-Z][\w'\u2019-]*)*,?[ \t]+(?:and|or)[ \t]+$")
_ISLANDS_WORD_AFTER = re.compile(r"[ \t]+islands\b")
# ... and names listed after "islands such as": "Most cross from the Turkish coast to islands such as
# Lesbos, Samos and Chios" (Chios Island, not Chios town).
_ISLANDS_SUCH_AS_BEFORE = re.compile(r"\bislands[ \t]+(?:such[ \t]+as|like|including)[ \t]+"
                                     r"(?:[A-Z][\w'\u2019-]*(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+))*$")
# A bare name after "on" that the same sentence goes on to call "the island": "Wildfires on Chios burned
# thousands of hectares of pine forest in the island's south" (not "the island of Evia", another
# island; and "In Galveston, ... after the island escaped" or "to Toronto, home to a community from the
# island" name the towns: "on" is what one says of an island).
_ON_BEFORE = re.compile(r"\bon[ \t]+$")
_ISLAND_LATER = re.compile(r"[^.!?\n]{0,160}?\bthe[ \t]+island(?:['\u2019]s\b|\b(?![ \t]+of\b|['\u2019]))")


def _listed_as_islands(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` is one of single-word names listed before "islands" (``_ISLANDS_LIST_AFTER``)."""
    if " " in cand.key:
        return False
    return _ISLANDS_LIST_AFTER.match(text, cand.end) is not None or (
        _ISLANDS_WORD_AFTER.match(text, cand.end) is not None
        and _ISLANDS_LIST_BEFORE.search(text, max(0, cand.start - 80), cand.start) is not None) or (
        _ISLANDS_SUCH_AS_BEFORE.search(text, max(0, cand.start - 80), cand.start) is not None)


def _island_called_so_later(text: str, cand: Candidate, index: GazetteerIndex) -> bool:
    """Whether ``cand``, after "on", names an island the gazetteer has as "X Island" and its sentence
    goes on to speak of "the island" (``_ISLAND_LATER``)."""
    return _ON_BEFORE.search(text, max(0, cand.start - 4), cand.start) is not None \
        and _ISLAND_LATER.match(text, cand.end) is not None and any(
        e.kind == "region" for e in index.lookup(f"{cand.key} island"))


def _islands_by_their_word(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "the island of Flores", "Flores island": the island, where the gazetteer has it ("Flores
    Island", Indonesia's, not Uruguay's Flores department), or the name's natural regions
    ("the island of Java", not Java, Georgia)."""
    out = []
    for cand in found:
        if cand.role == "place" and not cand.feature and (
                _ISLAND_OF_BEFORE.search(text, max(0, cand.start - 12), cand.start)
                or _ISLAND_WORD_AFTER.match(text, cand.end) or _listed_as_islands(text, cand)
                or _island_called_so_later(text, cand, index)):
            islands = tuple(e for e in index.lookup(f"{cand.key} island") if e.kind == "region") or \
                tuple(e for e in cand.entries if e.kind == "region") or \
                tuple(e for e in cand.entries if e.kind == "admin1" and e.key == cand.key
                      and all(o.country == e.country for o in cand.entries))
            # (an island province of its name, where the name is only that country's: "scattered remnants
            # still hide in the mountains of Patikul and on Basilan island", Basilan province, not the
            # City of Isabela, once Basilan; not "the Peruvian island of Santa Rosa", no Guatemalan department)
            if islands:
                cand = replace(cand, entries=islands)
        out.append(cand)
    return out


def _unknown_regions(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """Region-shaped names the gazetteer does not know, kept with no entries (reported unresolved).

    A name the gazetteer knows but the context rejected ("Laurel County PRIDE") stays rejected.
    """
    if not _REGION_NOUN.search(text):
        return found  # most texts: no need for the slower regex below
    extra, inside = [], set()
    starts = [c.start for c in found]  # found is in text order
    reach = list(accumulate((c.end for c in found), max))  # the furthest end of found[:i + 1]
    for m in _UNKNOWN_REGION.finditer(text):
        words = normalize(m.group()).split()
        before = bisect_left(starts, m.end())  # found[:before] start before the match ends
        if words[0] in STOPWORDS or words[0] in demonyms() or \
                any(index.names.find(" ".join(words[k:])) for k in range(len(words) - 1)):
            continue
        if before and reach[before - 1] > m.start():
            # A town inside the unknown region's name ("Wellington" in Ontario's "Wellington
            # County") is no mention of the town: the region replaces it. Anything reaching
            # outside the name keeps its place.
            overlapping = [c for c in found[:before] if c.end > m.start()]
            if m.group(2) != "County" or text.startswith(" Council", m.end()) or \
                    any(c.start < m.start() or _seat_names_its_county(c) for c in overlapping):
                continue
            inside.update(id(c) for c in overlapping)
        extra.append(Candidate(m.group(), m.start(), m.end(), normalize(m.group()), ()))
    if not extra:
        return found
    return sorted([c for c in found if id(c) not in inside] + extra, key=lambda c: c.start)


# Countries whose counties (gun, xian) are named after their seat towns, which stand for them.
_SEAT_NAMED_COUNTIES = frozenset({"KR", "KP", "CN", "TW", "JP"})


def _seat_names_its_county(c: Candidate) -> bool:
    return any(e.country in _SEAT_NAMED_COUNTIES for e in c.entries)


def _forget_person_names(text: str, found: list[Candidate], person_keys: set[str],
                         said_of_people: set[str]) -> list[Candidate]:
    """A name used for a person or in an organisation's name once ("Andrew Trapani", "StandUp
    DeKalb") is no place elsewhere in the text either, unless it is the main name of a country,
    a large region or a city of 100,000 ("George Washington"), or the text places it there ("in
    DeKalb"). Said of a person ("Tyrise M. Bell"), a town is no place anywhere, and a city under
    a million only where the text places it ("Ron Denton, 46" ... "in Denton")."""
    # ... and a name the text places once is a place wherever else it stands alone: "Marietta,
    # Ohio ... Marietta College ... Marietta was founded in 1788".
    placed = _firmly_placed(text, found, person_keys - said_of_people) if person_keys else set()
    # The countries the text's unambiguous places lie in, which frame a province's possessive.
    framing = {c.entries[0].country for c in found
               if c.entries and c.role == "place" and len({e.country for e in c.entries}) == 1}
    kept = []
    for c, nxt in zip(found, found[1:] + [None]):
        if c.role == "demonym" and c.key in said_of_people:
            continue  # "French said" makes "French" a surname throughout
        # (A dateline or a qualified name is a place itself, whoever else bears the name: "LOGAN,
        # W.Va. -" in a story of Chief Logan State Park.)
        if c.key in person_keys and c.key not in placed and not _datelined_or_qualified(text, c, nxt):
            entries = [e for e in c.entries if e.key == c.key]
            if c.role == "place" and _SPEECH_AFTER.match(text, c.end) and not _placed(text, c) \
                    and not any(e.kind == "country" for e in entries):
                # the person speaks again, though the name is a town's or an island's (a country's stays one):
                # "Col. Alvin Luzon ... 'They were ambushed,' Luzon told the Philippine Daily Inquirer", and the
                # surname of a full name alone: "President Samia Suluhu Hassan said ... Hassan said the case was in
                # Biharamulo district" (had been Hassan, India)
                continue
            if c.key in said_of_people:
                if not _is_big(entries, 100_000) or (not _is_big(entries, 1_000_000) and not _placed(text, c)):
                    continue
                # "Prime Minister Luís Montenegro's alliance took 32.1 percent ... Montenegro held
                # Porto and Braga": a country named as a person is the person's where it stands
                # alone and the story names no other place of that country.
                if c.role in ("place", "possessive") and not _placed(text, c) \
                        and _country_of_a_person_only(c, entries, found):
                    continue
            elif not _is_big(entries, 100_000) and not _placed(text, c) \
                    and not (c.role == "possessive" and any(e.kind == "admin1" and e.country in framing
                                                            for e in entries)):
                # (but a province's own, among its country's places: "Northland's rural hospitals have
                # struggled to fill posts" in a story of Kaitaia that also names "The Northland DHB", the
                # Northern Advocate; not "Mayo's international office" of the Mayo Clinic in Minnesota)
                continue  # "StandUp DeKalb" makes a lone "DeKalb" no place, but "in DeKalb" still is
        kept.append(c)
    return kept


def _country_of_a_person_only(c: Candidate, entries: list, found: list[Candidate]) -> bool:
    """Whether ``c``, a name the text gives a person, is a country's (and no region's or big
    city's) that no other name of the text, its demonym included, has a sense in."""
    countries = {e.country for e in entries if e.kind == "country"}
    if not countries or any(e.kind in ("continent", "region") or (e.kind != "country" and e.population >= 100_000)
                            for e in entries):
        return False
    return not any(other.key != c.key and any(e.country in countries for e in other.entries) for other in found)


_FIRM_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|toward|towards|through|across|into)\s+$", re.I)
# "south Derbyshire", "west Somerset": a part of the place, in lower case (a capital opens a
# district's name, "South Derbyshire").
_COMPASS_BEFORE = _Before(r"\b(?:north|south|east|west|northern|southern|eastern|western|central|"
                           r"north-?east|north-?west|south-?east|south-?west)[ \t]+$", strip=" \t",
                           ends=("north", "south", "east", "west", "ern", "central"))


def _firmly_placed(text: str, found: list[Candidate], keys: set[str]) -> set[str]:
    """Those of ``keys`` the text firmly places somewhere: after "in" or "near" (not "of") or a
    compass word ("south Derbyshire"), before a region or a country ("Marietta, Ohio"), said to be
    a town ("Cognac is a commune"), or in a dateline ("VENICE — The 61st Venice Biennale opened")."""
    placed = set()
    for c, nxt in zip(found, found[1:] + [None]):
        if c.key not in keys or c.key in placed:
            continue
        before = max(0, c.start - 12)
        if _datelined_or_qualified(text, c, nxt) or _FIRM_LOCATIVE_BEFORE.search(text, before, c.start) is not None \
                or _COMPASS_BEFORE.search(text, before, c.start) is not None or _said_to_be_a_place(text, c.end):
            placed.add(c.key)
    return placed


def _datelined_or_qualified(text: str, c: Candidate, nxt: Candidate | None) -> bool:
    """Whether a name is a dateline's or comes before a region or country that holds it ("Marietta,
    Ohio"; not "Mason, Devon and the driver")."""
    return c.dateline or (nxt is not None and text[c.end:nxt.start] in (", ", ",\n")
                          and any(contains(area, e) for area in nxt.entries if area.kind in ("admin1", "country")
                                  for e in c.entries))


def _is_big(entries, city_population: int) -> bool:
    """Too prominent to be forgotten as a person's name: countries, well-known regions,
    admin-1 regions of a million people, cities of ``city_population``."""
    return any(e.kind in ("country", "continent", "region")
               or e.population >= (1_000_000 if e.kind == "admin1" else city_population) for e in entries)


_OFFICE_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:city|police|mayor|council|sheriff|fire|residents?|officials)\b",
                           re.I)


def _located(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` follows a locative word ("in Denton") or comes
    before a qualifier ("Denton, Texas")."""
    return _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) is not None or \
        _QUALIFIER_AFTER.match(text, end) is not None or _said_to_be_a_place(text, end)


def _placed(text: str, c: Candidate) -> bool:
    """Whether the words around a name say it is a place: "in Denton", "Denton, Texas", "Ozark
    police", "the DeKalb City Council"."""
    return _located(text, c.start, c.end) or _OFFICE_AFTER.match(text, c.end) is not None


_PLURAL_KINDS = {"oblasts": "admin1", "regions": "admin1", "provinces": "admin1", "states": "admin1",
                 "governorates": "admin1", "prefectures": "admin1", "krais": "admin1", "districts": "admin1",
                 "cantons": "admin1", "departments": "admin1", "divisions": "admin1", "voivodeships": "admin1",
                 "territories": "admin1", "local government areas": "admin1", "LGAs": "admin1",
                 "counties": "county", "parishes": "parish",
                 "streets": "street", "roads": "street", "avenues": "street", "drives": "street"}
_PLURAL_BY_LOWER = {w.lower(): w for w in _PLURAL_KINDS}  # "lgas" -> "LGAs"
_PLURAL_AFTER = re.compile(r"\s+(?P<word>" + "|".join(_PLURAL_KINDS) + r")\b")
# The singular of plural region words that are not the word less its "s".
_SINGULAR = {"territories": "territory", "local government areas": "local government area", "LGAs": "lga",
             "counties": "county", "parishes": "parish"}
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_LIST_WORD = rf"[{UPPER}][\w'\u2019.-]*"  # "Şanlıurfa", "Łódź"
# "Rio de Janeiro", "Sidi Bel Abbes", "Pinar del Rio": a name's particles are lower-case.
_LIST_PARTICLE = r"(?:de|do|da|dos|das|del|di|du|al|el|la)"
_LIST_NEXT = re.compile(_LIST_SEPARATOR + rf"(?P<name>{_LIST_WORD}(?:[ \t]+{_LIST_WORD})?"
                        rf"(?:[ \t]+{_LIST_PARTICLE}[ \t]+{_LIST_WORD})?)")
# ... or capitalized as a name's word: "in Zamfara and Katsina States" (Nigerian papers' style).
_TITLED_PLURALS = [w.title() for w, k in _PLURAL_KINDS.items() if k == "admin1" and w.islower()]
_LIST_PLURAL_AFTER = re.compile(r"\s+(?P<word>" + "|".join([*_PLURAL_KINDS, *_TITLED_PLURALS]) + r")\b")
# ... or a list closed by the others of its kind: "Fukushima, Miyagi, Niigata and seven other
# prefectures", "Kharkiv and other regions" (one name is a list here, the plural word is its kind).
_OTHERS_PLURAL_AFTER = re.compile(r",?\s+and\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                  r"twelve|several|many|some|a\s+few|all)\s+)?(?:the\s+)?other\s+(?P<word>"
                                  + "|".join([*_PLURAL_KINDS, *_TITLED_PLURALS]) + r")\b")
_TITLED_PLURAL_END = re.compile(r"[ \t]+(?:" + "|".join(_TITLED_PLURALS) + r")$")
# Region words that may open a list, plural or singular: "the states of", "counties", "the
# province of" (not "the streets of Paris", which are no list of streets).
_REGION_HEAD_WORDS = [w for w, k in _PLURAL_KINDS.items() if k != "street"] + \
    [w[:-1] for w, k in _PLURAL_KINDS.items() if k == "admin1"]
# Or a plural one before the list it introduces: "crosses eight regions, including Geita, Tabora and Tanga",
# "The worst-hit provinces were Hatay, Kahramanmaras, Adiyaman and Malatya".
_REGION_WORD_BEFORE = re.compile(r"\b(?P<word>" + "|".join(_REGION_HEAD_WORDS) + r")(?:[ \t]+of|(?<=s),?[ \t]+"
                                 r"(?:including|such[ \t]+as|namely|were|are))?[ \t]+$", re.I)
# The word right before such a list's first name.
_REGION_HEADS = frozenset(_REGION_HEAD_WORDS + ["of", "including", "as", "namely", "were", "are"])


# What a town's quarters are called by: "the port district of", "the financial district of".
_QUARTER_BEFORE = re.compile(r"\b(?:port|business|financial|commercial|historic|industrial|residential|central|"
                             r"shopping|entertainment|diplomatic|government|university|harbou?r|waterfront|"
                             r"theat(?:re|er)|old|red-light|market|tourist|hotel)[ \t]+\Z", re.I)


# A quarter's own name before "district": "the Bani al-Harith district of".
_NAMED_QUARTER_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*[ \t]+\Z")
CITY_OF_DISTRICTS = 500_000  # a city this large is what "the X district of" it names


def _word_before(text: str, start: int) -> str:
    """The lower-cased word that ends one character before ``start`` ("of" in "the states of Bauchi")."""
    low = max(0, start - 16)
    space = text.rfind(" ", low, start - 1)
    return text[space + 1 if space >= 0 else low:start - 1].lower()


_LIST_NAME = rf"{_LIST_WORD}(?:[ \t]+{_LIST_WORD}){{0,2}}"
# A list of two names or more that ends where a plural region word follows it.
_LIST_BEFORE = re.compile(rf"(?:{_LIST_NAME}{_LIST_SEPARATOR})+{_LIST_NAME}\Z")
_LIST_FIRST_NAME = re.compile(_LIST_NAME)


def _with_list_openers(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found``, and the first name of each list before a plural region word that is not a
    candidate itself: "Henrico and Chesterfield counties", "Gillespie and Kerr counties" (the
    gazetteer knows these only as counties, so the list opens at no candidate)."""
    if not any(word in text for word in _PLURAL_KINDS):
        return found  # most texts: str.find is faster than the regex below
    starts = {c.start for c in found}
    openers = []
    for tail in _PLURAL_AFTER.finditer(text):
        sentence = max(text.rfind(". ", 0, tail.start()) + 2, tail.start() - 200, 0)
        listed = _LIST_BEFORE.search(text, sentence, tail.start())
        if listed is None:
            continue
        start, end = listed.start(), _LIST_FIRST_NAME.match(text, listed.start()).end()
        first = text[start:end].split()
        while len(first) > 1 and first[0].lower() in STOPWORDS:  # "In Henrico and ..."
            start = text.index(first[1], start + len(first[0]))
            first = first[1:]
        if start not in starts:
            openers.append(Candidate(text[start:end], start, end, normalize(text[start:end]), ()))
    return sorted(found + openers, key=lambda c: c.start) if openers else found


def _names_with_and_joined(text: str, members: list[tuple[int, int]], index: GazetteerIndex) -> list[tuple[int, int]]:
    """A list's members, two joined by "and" into one where that is a region's own name: "Lanark and Leeds and
    Grenville counties" names two counties (Leeds and Grenville had been Leeds, England, and Grenville)."""
    joined: list[tuple[int, int]] = []
    for start, end in members:
        if joined and text[joined[-1][1]:start] == " and " and any(
                e.kind in ("admin1", "admin2", "region") for e in index.lookup(normalize(text[joined[-1][0]:end]))):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _plural_regions(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "Sumy and Dnipropetrovsk oblasts", "Becker, Clay and Douglas counties": each name of a
    list that ends in a plural region word is a region, not the town of the same name; before
    a plural street word ("Lakeview and Harrison streets") it is no place at all."""
    regions: dict[int, Candidate] = {}
    streets: list[tuple[int, int]] = []
    role_at = {c.start: c.role for c in reversed(found)}  # the first candidate at each start
    covered_until = -1
    for cand in _with_list_openers(text, found):
        if cand.start < covered_until:
            continue
        members = [(cand.start, cand.end)]
        pos = cand.end
        while (m := _LIST_NEXT.match(text, pos)) and len(members) < 12:
            start, end = m.span("name")
            plural = _TITLED_PLURAL_END.search(text, start, end)
            if plural is not None and not any(e.kind == "country" for e in index.lookup(normalize(text[start:end]))):
                end = plural.start()  # "Zamfara and Katsina States": the list's word, not a name's (but "United States")
            stop = text.find(". ", start, end)
            if stop != -1:  # "... Kisumu and Siaya. The streets": the list ends with its sentence
                members.append((start, stop))
                break
            members.append((start, end))
            pos = m.end()
        members = _names_with_and_joined(text, members, index)
        # The plural word ends the list, or an earlier part of it ("A and B counties, and C").
        last = len(members)
        while last > 1 and not _LIST_PLURAL_AFTER.match(text, members[last - 1][1]):
            last -= 1
        tail = _LIST_PLURAL_AFTER.match(text, members[last - 1][1]) if last > 1 else None
        if tail is None:
            last = len(members)
            tail = _OTHERS_PLURAL_AFTER.match(text, members[-1][1])
            if tail is None:
                last = 1
        # Or the region word comes first: "the states of Bauchi and Gombe", "counties Galway,
        # Mayo and Kerry", "the province of Idlib" (one name only, after a singular word).
        head = _REGION_WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start) \
            if tail is None and _word_before(text, cand.start) in _REGION_HEADS else None
        if head is not None and head.group("word").lower() == "district" and (
                _QUARTER_BEFORE.search(text, max(0, head.start() - 20), head.start())
                or _NAMED_QUARTER_BEFORE.search(text, max(0, head.start() - 40), head.start())
                and any(e.kind == "city" and e.key == cand.key and e.population >= CITY_OF_DISTRICTS
                        for e in index.lookup(cand.key))):
            # "the port district of Tripoli": a quarter of the town, no region; so is "the Bani
            # al-Harith district of Sanaa" of a great city, but "the Kap Choeng district of Surin" is
            # of the Thai province (its seat a town of 40,000)
            head = None
        if head is not None:
            word = head.group("word").lower()
            if word not in _PLURAL_BY_LOWER:
                word, members = word + "s", members[:1]
            word = _PLURAL_BY_LOWER.get(word)
            if word is None:
                continue
            if head.group(0).split()[-1].lower() not in _REGION_HEADS - {"including", "as", "namely"} and any(
                    e.kind == "country" for m in members for e in index.lookup(normalize(text[m[0]:m[1]]))):
                continue  # "island states including Tuvalu and Nauru": a list with a country names countries
            last = len(members)
        elif tail is not None:
            word = _PLURAL_BY_LOWER[tail.group("word").lower()]
        else:
            continue
        kind = _PLURAL_KINDS[word]
        covered_until = tail.end() if tail is not None else members[last - 1][1]
        if kind == "street":
            streets.append((cand.start, covered_until))
            continue
        for k, (start, end) in enumerate(members[:last]):
            if text.count(".", start, end) == 1 and text[end - 1] == ".":
                end -= 1  # "... Busia and Siaya.": the sentence's full stop, not an abbreviation's
            key = normalize(text[start:end])
            if key in _COMPASS_HALVES and k + 1 < last:
                # "North and South Kivu provinces": the compass word's name is the next one's, told once (had been
                # Hong Kong's North district)
                shared = normalize(text[members[k + 1][0]:members[k + 1][1]]).split(" ", 1)
                if len(shared) == 2 and shared[0] in _COMPASS_HALVES:
                    key = f"{key} {shared[1]}"
            # "Zaporizhzhia and Kherson oblasts": a region by its own name, or by its seat's
            # spelling with the list's region word ("zaporizhzhia oblast"); Ireland's counties
            # are admin-1 regions, Kenya's are ISO 3166-2 subdivisions (kind "region").
            wanted, noun = (("admin1", "region"), word.rstrip("s")) if kind == "admin1" else \
                (("admin2", "admin1", "region"), kind)
            named = index.lookup(key)
            entries = tuple(e for e in named + index.lookup(f"{key} {noun}") if e.kind in wanted)
            entries = tuple({e.id: e for e in entries}.values())
            unit = _SINGULAR.get(word, noun)
            countries = _TOWN_UNITS.get(unit, ())
            if not entries and countries:
                # "Dhemaji, Lakhimpur and Morigaon districts": districts named after their towns,
                # which the gazetteer does not hold as regions
                towns = [e for e in named if e.kind == "city" and e.key == key]
                if any(e.country in countries for e in towns):
                    entries = tuple(e for e in towns if e.country not in countries) + \
                        _seat_districts(named, key, text[start:end], countries, _UNIT_NAMES[unit])
            if entries:  # the plural word is the whole list's: "Sumy" in "Kharkiv and Sumy oblasts"
                regions[start] = Candidate(text[start:end], start, end, key, entries, role_at.get(start, "place"))
    if not regions and not streets:
        return found
    spans = streets + [(r.start, r.end) for r in regions.values()]
    kept = [c for c in found if not any(start <= c.start < end for start, end in spans)]
    return sorted(kept + list(regions.values()), key=lambda c: c.start)


_BORDER_AFTER = re.compile(r"[ \t]+(?:state[ \t]+)?(?:line|border)\b")
_GOVERNOR_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:(?:[Gg]overnor(?:ship)?|[Gg]ubernatorial)\b|[Gg]ov\.)")


def _governed_regions(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "Kursk governor Alexander Khinshtein", "Saratov's governor": a governor's is the region.
    And a town before a region word the gazetteer does not join to it names the admin-1 region
    named like it that holds it: "Hodeida province" (GeoNames' Al Hudaydah), not "Khan Younis
    governorate" (the Gaza Strip's)."""
    out = []
    for cand in found:
        if _GOVERNOR_AFTER.match(text, cand.end) and len({e.kind for e in cand.entries}) > 1:
            regions = tuple(e for e in cand.entries if e.kind == "admin1")
            if regions:
                cand = replace(cand, entries=regions)
        elif _BORDER_AFTER.match(text, cand.end) and len({e.kind for e in cand.entries}) > 1:
            # "the Wyoming line", "the Wyoming border": a state's or a country's, not Wyoming, Michigan
            # (but "the Gaza border" is no province of Mozambique: the area must be of a town's country)
            towns = {e.country for e in cand.entries if e.kind == "city"}
            areas = tuple(e for e in cand.entries if e.kind in ("admin1", "country"))
            if any(e.country in towns for e in areas):
                cand = replace(cand, entries=areas)
        elif cand.role == "place" and cand.entries and _PROVINCE_AFTER.match(text, cand.end):
            regions = tuple(e for e in cand.entries if e.kind == "admin1")
            if not regions and all(e.kind == "city" for e in cand.entries):
                # The region holding a town and named like it, or spelt a little apart ("Latakia", Lattakia)
                named = {e.admin1: (index.by_id(f"ne:{e.admin1}"), e.key) for e in cand.entries if e.admin1}
                regions = tuple(r for r, town in named.values() if r is not None and r.kind == "admin1" and (
                    r.key == town or _respelled(town, r.key)))
            if regions:
                cand = replace(cand, entries=regions)
        elif cand.role == "place" and cand.entries and (unit := _TOWN_UNIT_ENDING.search(cand.key)):
            # "In Ilam district" in a story on Nepal: the gazetteer's "Ilam District" is Iran's
            # province, but a district of South Asia is named after its seat, the Nepali town
            bare = cand.key[:unit.start()]
            word = unit.group("word")
            districts = _seat_districts(index.lookup(bare), bare, cand.text[:len(cand.text) - len(unit.group(0))],
                                        _TOWN_UNITS[word], _UNIT_NAMES[word])
            known = {e.id for e in cand.entries}
            cand = replace(cand, entries=cand.entries + tuple(d for d in districts if d.id not in known))
        elif cand.role == "place" and cand.entries and (unit := _TOWN_UNIT_AFTER.match(text, cand.end)) \
                and all(e.kind == "city" for e in cand.entries):
            # "Dhemaji district", "Kalutara District", "Djugu territory": the unit named after the
            # town, which the gazetteer does not hold (a region at the town's point; not
            # "Springfield District 186")
            word = unit.group("word").lower()
            countries = _TOWN_UNITS[word] | (_RAION_COUNTRIES if word == "district" else frozenset())
            if any(e.country in countries for e in cand.entries):
                # ... also where the text spells the seat otherwise: "At least 12 civilians were
                # killed in Poonch district" (GeoNames' Pūnch), "Officials in Punjab's Ferozepur
                # district said" (Firozpur); or by a longer name opening with the seat's: "fell into a gorge
                # near Kaudiyala in Tehri Garhwal district" (had been the town of Tehri).
                cand = replace(cand, entries=tuple(
                    district_of(e, _UNIT_NAMES[word])
                    if e.country in countries and (e.key == cand.key or _respelled(cand.key, e.key)
                                                   or cand.key.startswith(e.key + " "))
                    else e for e in cand.entries))
            elif word in _ONE_COUNTRYS_UNITS:
                continue  # (``_ONE_COUNTRYS_UNITS``)
        out.append(cand)
    return out


# "Hodeida province", "the Aleppo countryside" (Syria's provinces), "Latakia, the coastal province".
_PROVINCE_AFTER = re.compile(r"(?:[ \t]+|,[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2})"
                             r"(?:province|governorate|oblast|prefecture|division|region)\b|[ \t]+countryside\b")
# Countries whose second-level units are districts named after their seats, as a rule: South Asia
# and English-speaking Africa (not Budapest's or Kharkiv's districts, which are their cities').
_DISTRICT_COUNTRIES = frozenset("IN PK BD NP LK BT AF UG MW ZM ZW GH SL TZ BW LS SZ GM LR NA MZ RW".split())
# Units named after their seats, by the word after the name (singular): those districts, Nigeria's
# local government areas ("Gwoza Local Government Area", "Mangu and Barkin Ladi LGAs") and the DR
# Congo's territories ("Djugu territory").
_TOWN_UNITS = {"district": _DISTRICT_COUNTRIES, "local government area": frozenset({"NG"}),
               "lga": frozenset({"NG"}), "territory": frozenset({"CD"}),
               # ... and South Asia's subdistricts: "Srirangapatna taluk", "Sagar mandal", "Shyamnagar upazila"
               "taluk": frozenset({"IN"}), "tehsil": frozenset({"IN", "PK"}), "mandal": frozenset({"IN"}),
               "upazila": frozenset({"BD"})}
# ... of them, the units no other country has: a town of another country named with one is not that town but one the
# gazetteer lacks ("a teenager from Karimganj upazila" in Bangladesh's Kishoreganj district had been Karimganj, Assam).
_ONE_COUNTRYS_UNITS = frozenset({"taluk", "tehsil", "mandal", "upazila", "lga", "local government area"})
_UNIT_NAMES = {"district": "District", "local government area": "Local Government Area", "lga": "Local Government Area",
               "territory": "Territory", "taluk": "Taluk", "tehsil": "Tehsil", "mandal": "Mandal", "upazila": "Upazila"}
# A name the gazetteer holds with such a unit's word: "ilam district" (folded).
_TOWN_UNIT_ENDING = re.compile(r" (?P<word>district|local government area|lga|territory)$")


def _seat_districts(towns: list[Entry], key: str, name: str, countries, unit: str) -> tuple[Entry, ...]:
    """The units named after the towns called ``key`` in ``countries``, by their own name or another
    ("Lakhimpur district", whose seat GeoNames calls North Lakhimpur); ``name``, the text's spelling,
    names a unit whose seat goes by another name."""
    return tuple(district_of(e if e.key == key else e._replace(name=name), unit)
                 for e in towns if e.kind == "city" and e.country in countries)


# ... and, as "X district" alone, the former Soviet Union's raions: "Gunib district", "Kemin
# district" ("the southern districts of Pokrovsk" are the town's own).
_RAION_COUNTRIES = frozenset("RU UA BY MD KZ KG TJ UZ TM AZ GE AM".split())
_TOWN_UNIT_AFTER = re.compile(r"[ \t]+(?P<word>[Dd]istrict|[Tt]erritory|[Ll]ocal [Gg]overnment [Aa]rea|LGA|"
                              r"[Tt]aluk|[Tt]ehsil|[Mm]andal|[Uu]pazila)\b"
                              r"(?![ \t]+(?:[A-Z0-9]|[Aa]ttorney|[Cc]ourt|[Jj]udge))")


# The generic word of a feature named after a place near it: "Catawba River", "Perth Hills". The
# gazetteer knows few such features; the name stays its namesake's, with the whole as its span
# (a river's is the river where the gazetteer has it: see _rivers_where_known).
_FEATURE_AFTER = re.compile(r"[ \t]+(?:River|Creek|Hills|Mountains|Valley|Falls|Dam|Reservoir|Canal|Basin|Gorge|Bay|"
                            r"Gulf|Lake|Peninsula|Township|Shire|Plains)\b(?![ \t]+[A-Z])")  # not "the Texas Gulf Coast"
# The first words of names that are features already: "Gulf of Lake Victoria" is the lake's.
_FEATURE_HEADS = frozenset("river lake mount mt gulf bay firth strait straits sea".split())
_FEATURE_BEFORE = _Before(r"\b(?:River|Lake|Mount|Mt\.|(?:Gulf|Bay|Firth|Straits?|Sea) of)[ \t]+$",
                           strip=" \t", ends=("River", "Lake", "Mount", "Mt.", " of"))


# A capitalized compass or position word before a name the gazetteer lacks with it: "North
# Texas", "Eastern Ontario", "Upper Canada", "Lower Manhattan", "West Timor", "the High Tatras",
# "Greater Sydney"; two compass words too: "Fighting in Kaduna and North West Nigeria" (had been "West Nigeria").
_POSITION_WORDS = frozenset({"upper", "lower", "high", "low", "inner", "outer", "greater", "far", "middle"})
_PART_BEFORE = _Before(r"(?<![\w'\u2019-])(?:(?:North|South)[ \t](?:East|West)|North|South|East|West|Northern|Southern|Eastern|Western|Central|"
                       r"Upper|Lower|High|Low|Inner|Outer|Greater|Far|Northeast|Northwest|Southeast|Southwest|"
                       r"North-East|North-West|South-East|South-West|Northeastern|Northwestern|Southeastern|"
                       r"Southwestern)[ \t]$", strip=" \t",
                       ends=("North", "South", "East", "West", "east", "west", "ern", "Central", "Upper", "Lower",
                             "High", "Low", "Inner", "Outer", "Greater", "Far"))


def _qualified_parts(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "North Texas", "Upper Canada": the part of a place that a compass word names is written
    as one name; its span takes the word (the place stays the whole's: the gazetteer has no part)."""
    out = []
    for cand in found:
        if cand.role == "place" and not cand.feature:
            before = _PART_BEFORE.search(text, max(0, cand.start - 14), cand.start)
            if before is not None and (not out or out[-1].end <= before.start()):
                cand = replace(cand, text=text[before.start():cand.end], start=before.start())
        out.append(cand)
    return out


def _feature_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Guadalupe River", "River Tay": a capitalized feature word next to a name joins its span."""
    out = []
    for cand in found:
        if cand.role == "place":
            after = _FEATURE_AFTER.match(text, cand.end)
            before = _FEATURE_BEFORE.search(text, max(0, cand.start - 11), cand.start) \
                if cand.key.split(" ", 1)[0] not in _FEATURE_HEADS else None
            if after or before:
                start, end = before.start() if before else cand.start, after.end() if after else cand.end
                cand = replace(cand, text=text[start:end], start=start, end=end, feature=True)
        out.append(cand)
    return out


def _rivers_where_known(found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "River Tay": a name joined to "River" is the river where the gazetteer has it by the name
    and the word; else it stays its namesake's (the sets count "the Naryn River" at Naryn)."""
    out = []
    for cand in found:
        words = cand.text.split()
        if cand.feature and (words[-1] == "River" or words[0] == "River"):
            rivers = tuple(e for name in (f"{cand.key} river", f"river {cand.key}") for e in index.lookup(name)
                           if e.kind == "region")
            if rivers:
                cand = replace(cand, entries=rivers)
        out.append(cand)
    return out


_AP_STATES = {normalize(ap): name for name, (_, ap) in US_STATES.items() if ap.endswith(".")}
# The same for other countries' regions, from the bundled aliases: "London, Ont.", "RED DEER, Alta.".
_AP_REGIONS = {key: region_id for key, region_id in region_abbreviations()[0].items() if key not in _AP_STATES}


_AP_STATE_BEFORE = re.compile(r"(?:,\s*|\bD-|\bR-|\bI-)$")
_AP_STATE_AFTER = re.compile(r"[ \t]+(?:[a-z]|(?:Gov|Sen|Rep|Lt)\.|(?:House|Senate|Legislature|Supreme|State)\b)")


def _ap_state(tokens: Tokens, i: int, last: int, index: GazetteerIndex) -> Candidate | None:
    """An AP state abbreviation (tokens ``i`` to ``last``) qualifying the name before it ("Troy,
    Tenn.", "D-Calif.", "Wood County, W. Va.") or a noun after it ("Fla. economist", "Ill. Gov.")."""
    text, word, start, end = tokens.text, tokens.words[last], tokens.starts[i], tokens.ends[last]
    key = "".join(w.key for w in tokens.words[i:last + 1])
    dotted = word.text.endswith(".")
    if not dotted and text[end:end + 1] != ".":
        return None
    after = end if dotted else end + 1
    if not (i and _AP_STATE_BEFORE.search(text[max(0, start - 3):start])) and not _AP_STATE_AFTER.match(text, after):
        return None
    if key in _AP_STATES:
        regions = [e for e in index.lookup(normalize(_AP_STATES[key])) if e.kind == "admin1" and e.country == "US"]
    else:
        regions = [e for e in (index.by_id(f"ne:{_AP_REGIONS[key]}"),) if e is not None]
    if not regions:
        return None
    end = end if dotted else end + 1
    return Candidate(text[start:end], start, end, key, tuple(regions))


# US states' two-letter postal codes, as local news writes them after a town: "A fire destroyed a barn near Athens, TN,
# on Sunday" (had been Athens, Greece), "STATESBORO, GA (WTOC) —". Only after a town and a comma, and before a
# clause's end, a dateline's broadcaster or dash, or a ZIP code: "OR", "IN", "ME" and "OK" are words too.
_POSTAL_STATES = {normalize(postal): name for name, (postal, _) in US_STATES.items()}
_POSTAL_STATE_AFTER = re.compile(r"(?:[,.;:)]|[ \t]+(?:\(|[-\u2013\u2014]|\d{5}\b)|[ \t]*(?:\n|$))")


def _postal_state(tokens: Tokens, i: int, index: GazetteerIndex, found: list[Candidate]) -> Candidate | None:
    """A US state's postal code (token ``i``) qualifying the town named before it (the last of ``found``) when the
    town lies in it: "Athens, TN," (not "in Paris, OK, then")."""
    text, word, start, end = tokens.text, tokens.words[i], tokens.starts[i], tokens.ends[i]
    if not (word.is_upper and len(word.text) == 2) or i == 0 or text[tokens.ends[i - 1]:start] != ", " \
            or not _POSTAL_STATE_AFTER.match(text, end):
        return None
    if found and found[-1].end == tokens.ends[i - 1]:
        towns = found[-1].entries
    else:  # a town not yet found, named like a word or an institution ("COMMERCE, GA (WSB)"): the names ending there
        towns = [e for k in range(max(0, i - 4), i) if (match := _match_at(tokens, k, index)) is not None
                 and match[0] == i for e in index.lookup(match[1])]
    regions = [e for e in index.lookup(normalize(_POSTAL_STATES[word.key])) if e.kind == "admin1" and e.country == "US"]
    if not any(contains(region, e) for region in regions for e in towns):
        return None
    return Candidate(text[start:end], start, end, word.key, tuple(regions))


_LANGUAGE_AFTER = re.compile(r"[ \t-]+(?:languages?|speakers?|speaking|immersion|lessons?|classes|translation)\b"
                             r"|-\s+(?:and|or)\s+\w+-speaking\b"  # "French- and Dutch-speaking"
                             # "known in older English texts as Salonica", "the German name of the town"
                             r"|[ \t]+(?:texts?|spellings?|names?[ \t]+(?:of|for)|words?[ \t]+for|transliterations?)\b",
                             re.I)
# "as the city was long called in English.": the language, closing its clause after "in" (not
# "a rise in Russian, Chinese and Iranian drone attacks", a list of demonyms).
_LANGUAGE_CLOSING = re.compile(r"[ \t]*(?:[.;:)]|,(?![ \t]+[A-Z])|$)")
_LANGUAGE_IN_BEFORE = re.compile(r"\bin[ \t]+$")
_LANGUAGE_BEFORE = re.compile(r"\b(?:speaks?|spoke|spoken|speaking|fluent in|learn|learns|learned|learning|"
                              r"teach|teaches|taught|translated into|"
                              # a speaker turning from one language to the next: "the new pope said in Italian, before
                              # switching briefly to Spanish to greet his former diocese" (had been Spain, an actor)
                              r"switch(?:ed|es|ing)?\s+(?:briefly\s+|back\s+|then\s+)?(?:in)?to)"
                              r"\s+(?:only\s+|fluent\s+|both\s+)?$", re.I)


# "Signs in Japanese, English and Chinese were put up": what is written or spoken in the languages listed after
# "in" (not "published in Chinese state media", a demonym before its noun: see _LANGUAGE_LISTED_AFTER).
_WRITTEN_IN_BEFORE = re.compile(r"\b(?i:signs?|notices?|warnings?|posters?|menus?|leaflets?|banners?|messages?|"
                                r"instructions|subtitles?|written|printed|published|subtitled|dubbed|broadcast|"
                                r"available)[ \t]+in[ \t]+(?:[A-Z][\w-]*(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+))*$")
# ... the language closing its clause, or followed by the next one listed, or by a verb or a preposition.
_LANGUAGE_LISTED_AFTER = re.compile(r"[ \t]*(?:[.;:)]|$)|,?[ \t]+(?:and|or)[ \t]+[A-Z]|,"
                                    r"|[ \t]+(?:were|was|are|is|had|have|to|for|on|at|by|with|from)\b")


def _names_a_language(text: str, start: int, end: int) -> bool:
    """ "spoke only French", "English language learners", "Signs in Japanese, English and Chinese": the language,
    not the country."""
    return _LANGUAGE_AFTER.match(text, end) is not None or \
        _LANGUAGE_BEFORE.search(text, max(0, start - 30), start) is not None or \
        (_LANGUAGE_CLOSING.match(text, end) is not None
         and _LANGUAGE_IN_BEFORE.search(text, max(0, start - 4), start) is not None) or \
        (_LANGUAGE_LISTED_AFTER.match(text, end) is not None
         and _WRITTEN_IN_BEFORE.search(text, max(0, start - 80), start) is not None)


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _idiom(text: str, key: str, end: int) -> bool:
    """ "Spanish flu", "Russian roulette": a demonym in a set phrase names no country."""
    idioms = DEMONYM_IDIOMS.get(key)
    m = _NEXT_WORD.match(text, end) if idioms else None
    return m is not None and m.group(1) in idioms


def _demonym_at(words: list[Word], i: int, table: dict[str, str], index: GazetteerIndex) -> int:
    """Number of tokens of the demonym starting at ``i`` (0 if none). A plural that is its
    place's own name is the place: "the Philippines' zone" names the country, not Filipinos."""
    for k in (3, 2, 1):
        if i + k <= len(words) and all(w.is_title for w in words[i:i + k]):
            key = " ".join(w.key for w in words[i:i + k])
            if key in table:
                place = _demonym_place(index, key)
                return 0 if place is not None and place.key == key else k
    return 0


def _demonym_sense(tokens: Tokens, i: int, after: int, index: GazetteerIndex) -> str | None:
    """None when the demonym at tokens ``i`` to ``after`` means its country; "person" when it is a
    surname ("Monica French", "French said"); "name" when it is part of another name."""
    words, joined, text = tokens.words, tokens.joined, tokens.text
    start = tokens.starts[i]
    if i > 0 and joined[i]:
        prev = words[i - 1]
        if prev.key in DEMONYM_PREFIXES and prev.is_title:
            return "name"
        if prev.is_title and prev.key in index.person_names and prev.key not in STOPWORDS and not prev.possessive \
                and prev.key not in demonyms():  # "the German-Polish border" names two countries
            return "person"
    if start > 0 and text[start - 1] == "-" and text[max(0, start - 8):start - 1].lower().endswith(ETHNIC_PREFIXES):
        return "name"  # "African-Americans", "Anglo-Americans", but "Arab-Israeli" is Israel's
    if text[max(0, start - 5):start].lower() in (" pan-", "\npan-") or text[:start].lower() == "pan-":
        return "name"  # a continent's, no country's: "blocked the Pan-American Highway" (had been the United States)
    if _SPEECH_AFTER.match(text, tokens.ends[after - 1]):
        return "person"
    for k in range(after, min(len(words), after + 6)):
        if not joined[k] or not (words[k].is_title or words[k].key in ("and", "of")):
            break
        if words[k].key in ORG_HEADS:
            return "name"
    return None


@lru_cache(maxsize=1)
def _demonym_first_words() -> frozenset[str]:
    return frozenset(key.split()[0] for key in demonyms())


def _longest_match(tokens: Tokens, i: int, rows: tuple[int, ...],
                   index: GazetteerIndex) -> tuple[int, str] | None:
    """(end token, folded name) of the longest gazetteer name starting at token ``i``; ``rows``
    is what the gazetteer has under that token's word alone.

    A longer match that is only another name of some of a shorter one's places ("Dublin City" is
    an alternate name of Dublin, Ireland, and "Springfield City" of Springfield, Massachusetts, and
    a Montana town) yields to the shorter one: "Dublin City Council" in Ohio must still be able to
    mean Dublin, Ohio, and "Springfield City Council" beside "Springfield, Mo." is Missouri's. Unless
    it is a place's own name:
    "Boulder City" and "Panama City" are towns of their own.
    """
    words, joined, find = tokens.words, tokens.joined, index.names.find
    key = words[i].key
    best = (i + 1, key, rows) if rows else None
    for j in range(i + 1, min(len(words), i + index.max_tokens)):
        word = words[j]
        if words[j - 1].possessive:
            # "Cox's Bazar", "Martha's Vineyard": a name may go on past an apostrophe's "s".
            key = f"{key}s"
            rows = find(key)
        if rows is None or not joined[j]:
            break  # no name begins with these words, or the next word is not part of the same name
        # Inside a hyphenated name any lower-case word joins it, and may end it: "Ille-et-Vilaine",
        # "Proença-a-Nova", "Hpa-an" (where "an" is no connector, as in "Baile an Chaistil").
        hyphened = not word.is_title and tokens.text[tokens.ends[j - 1]:tokens.starts[j]] == "-"
        particle = word.key in CONNECTORS
        if word.key == "research" and not word.is_title and j + 1 < len(words) and joined[j + 1] \
                and words[j + 1].key == "station" and not words[j + 1].is_title:
            continue  # a polar station told as a research one: "Australia's Casey research station" (the gazetteer's
            # "Casey Station"), the word left out of the name's key but not of its span
        if not (word.is_title or word.is_upper or particle or hyphened or word.key in REGION_WORDS
                or word.key in FEATURE_WORDS):
            break
        key = f"{key} {word.key}"
        rows = find(key)
        if word.key in ("river", "valley") and not word.is_title and (
                best is None or any(index.entry(r).kind != "city" for r in best[2])):
            # Only a town's namesake feature goes on with a lower-case "river" or "valley" ("the Po
            # river": "Po" alone is Pô, Burkina Faso): "the Oder river" is the Oder, named by its own
            # word, and "the Rio Grande valley" in New Mexico the river's, not Texas's Rio Grande
            # Valley; no name opens with a word that names nothing ("The river rose").
            break
        if best and word.key == "district" and _names_its_court(tokens, j + 1):
            # "will appear in the Hamilton District Court": the court of the town its name opens, not a
            # district so named (Bermuda's Hamilton District); "Auckland District Court" sits in Auckland.
            break
        if rows and (word.is_title or hyphened or not particle) \
                and not (best and word.key in ("city", "town", "village") and not set(rows).isdisjoint(best[2])
                         and all(index.entry(r).key != key for r in rows) and _name_goes_on(tokens, j + 1)
                         and not (_city_of_its_area(index, rows, best[2]) and not _office_at(tokens, j + 1))):
            best = (j + 1, key, rows)
    return best[:2] if best else None


def _names_its_court(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is "Court" in the same name: "Hamilton District Court"."""
    return k < len(tokens.words) and tokens.joined[k] and tokens.words[k].is_title and tokens.words[k].key == "court"


def _match_at(tokens: Tokens, k: int, index: GazetteerIndex) -> tuple[int, str] | None:
    """``_longest_match`` at token ``k``, or None where no gazetteer name begins with its word."""
    rows = index.names.find(tokens.words[k].key)
    return None if rows is None else _longest_match(tokens, k, rows, index)


def _name_at(tokens: Tokens, k: int, index: GazetteerIndex) -> str:
    """The longest gazetteer name starting at token ``k``, or its word: "Hai Phong" in
    "Hanoi-Hai Phong"."""
    match = _match_at(tokens, k, index)
    return tokens.words[k].key if match is None else match[1]


def _name_goes_on(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` goes on with a capitalized name: "Dublin City Schools", not "Talisay City,"."""
    return k < len(tokens.words) and tokens.joined[k] and (tokens.words[k].is_title or tokens.words[k].is_upper)


def _office_at(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` continues a name as an office: "Dublin City Council", "Paris City Hall"."""
    if k >= len(tokens.words) or not tokens.joined[k] or not tokens.words[k].is_title:
        return False
    key = tokens.words[k].key
    return key in TITLES or key in CIVIC_AFTER or key in ("hall", "manager", "clerk", "attorney")


def _city_of_its_area(index: GazetteerIndex, rows, shorter_rows) -> bool:
    """Whether "X City" names a city apart from the province or country X it shares its name with:
    "Quebec City", not the province."""
    cities = [index.entry(r) for r in rows]
    return any(a.kind in ("admin1", "country", "region") and a.country == c.country
               and (a.key == c.key or a.key.startswith(c.key + " "))  # "Gaza City", not the Gaza Strip
               for a in map(index.entry, shorter_rows) for c in cities)


@lru_cache(maxsize=4)
def _countries_by_code(index: GazetteerIndex) -> dict[str, Entry]:
    by_code: dict[str, Entry] = {}
    for e in index.entries_of_kind("country"):
        by_code.setdefault(e.country, e)
    return by_code


def _names_an_institution(tokens: Tokens, j: int) -> bool:
    """ "Gainesville Environmental Services", "Cookville Volunteer Fire Department": the
    capitalized words after a town end, within three words, in an institution's noun."""
    words, joined = tokens.words, tokens.joined
    for k in range(j, min(len(words), j + 4)):
        if k > j and not (words[k].is_title and joined[k]):
            return False
        if words[k].key in TITLES:
            return True
    return False


# A ship's name, right after the word for the ship: "The rescue vessel Aurora, run by Sea-Watch,
# reached Lampedusa" (no Aurora, Illinois), "the tanker Eagle S", "the Russian warship Moskva".
_SHIP_WORD_BEFORE = re.compile(r"\b(?:vessel|ship|tanker|trawler|freighter|warship|frigate|destroyer|corvette|"
                               r"cruiser|submarine|dhow|yacht|ferry|"
                               # (or the prefix of its name: "the MT Sounion", "the MV Isle of Lewis", "HMS
                               # Richmond")
                               r"MV|M/V|MT|M/T|HMS|USS|INS|HMAS|HMCS|RFA|"
                               # Indonesia's motor ships and ferries: "The KM Barcelona V was sailing from Melonguane"
                               # (no Barcelona), "the KMP Tunu Pratama Jaya"; not kilometres ("20 KM Manila" in a
                               # capitalised line)
                               r"(?<!\d[ \t])KM|KMP)[ \t]+$")
# ... or after the group it leads: "a Chinese aircraft carrier group led by the Shandong had entered Taiwan's response
# zone" (no Shandong province).
_CARRIER_LED_BY_BEFORE = re.compile(r"\bcarrier[ \t]+(?:strike[ \t]+|battle[ \t]+)?group[ \t]+(?:led|headed)[ \t]+by"
                                    r"[ \t]+the[ \t]+$")
# ... or right after its flag: "The Marshall Islands-flagged Talara was heading from Ajman" (no Talara, Peru); not a
# demonym ("The Cypriot-flagged Iranian arms ship Monchegorsk" is Iran's).
_FLAGGED_BEFORE = re.compile(r"\w-flagged[ \t]+$")


# ... or right before it, where a navy names its carriers and classes after provinces and states:
# "the Shandong aircraft carrier group had entered Taiwan's response zone southeast of Hualien"
# (Reuters; no Shandong province), "the Liaoning carrier group", "a Virginia-class submarine".
_SHIP_WORD_AFTER = re.compile(r"(?:[ \t]+aircraft[ \t]+carrier|[ \t]+carrier[ \t]+(?:strike[ \t]+|battle[ \t]+)?group"
                              r"|-class[ \t]+(?:aircraft[ \t]+carrier|carrier|submarine|destroyer|frigate|cruiser|"
                              r"corvette|warship|vessel|ship|boat))s?\b")


def _names_a_ship(text: str, c: Candidate) -> bool:
    """Whether ``c`` follows the lower-case word for a ship (``_SHIP_WORD_BEFORE``): the ship's name;
    or opens a carrier's or a ship class's name (``_SHIP_WORD_AFTER``), unless a country's."""
    if c.dateline:
        return False
    return _ship_named_by_its_word(text, c) or (
        _SHIP_WORD_AFTER.match(text, c.end) is not None and c.role == "place"
        and not any(e.kind == "country" for e in c.entries))


def _ship_named_by_its_word(text: str, c: Candidate) -> bool:
    """Whether ``c`` is a ship's own name, after the word for the ship or its flag (``_SHIP_WORD_BEFORE``,
    ``_FLAGGED_BEFORE``), or after the carrier group it leads (``_CARRIER_LED_BY_BEFORE``)."""
    return _SHIP_WORD_BEFORE.search(text, max(0, c.start - 12), c.start) is not None or (
        c.role == "place" and _FLAGGED_BEFORE.search(text, max(0, c.start - 10), c.start) is not None) or (
        _CARRIER_LED_BY_BEFORE.search(text, max(0, c.start - 48), c.start) is not None)


# A storm's name after its kind: "Hurricane Milton", "Typhoon Shanshan", "Cyclone Dana", "Tropical Storm Debby"
# (a storm named like a town; not "Operation Desert Storm" nor the "Eurofighter Typhoon" jet).
_STORM_NAMED = re.compile(r"(?<!Desert[ \t])(?<!Eurofighter[ \t])\b(?:Hurricane|Typhoon|Cyclone|Storm|Medicane|"
                          r"Tropical[ \t]+Depression)[ \t]+(?P<name>[A-Z][\w'\u2019-]*)")


def _without_storm_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop the names the text gives a storm, after its kind and told again alone: "Hurricane Milton made landfall at
    Siesta Key ... a tornado spawned by Milton killed four residents" (no Milton, Florida); unless the text places the
    name itself ("in Milton")."""
    storms = {m.group("name").lower() for m in _STORM_NAMED.finditer(text)}
    if not storms:
        return found
    return [c for c in found if c.text.lower() not in storms or c.dateline or _placed(text, c)]


# A spacecraft's or a launcher's model: a name, its number ("Falcon 9", "Long March 5B", "Tianzhou-9", "Soyuz MS-27")
# and the word for the craft: "The Falcon 9 rocket lifted off from Space Launch Complex 40" (had been Falcon, a state
# of Venezuela).
_SPACECRAFT_MODEL_AFTER = re.compile(r"(?:[ \t]+[A-Z]{1,3})?(?:[ \t]+|-)\d{1,3}[A-Z]?\b(?!-)[ \t]+(?:[a-z-]+[ \t]+)?"
                                     r"(?:rockets?|launchers?|boosters?|spacecraft|spaceships?|capsules?|landers?|"
                                     r"probes?|orbiters?|rovers?|cargo[ \t]+(?:ships?|craft|spacecraft)|"
                                     r"launch[ \t]+vehicles?|mission)\b")


def _without_spacecraft_models(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop the towns and regions whose name the text gives a spacecraft's or a launcher's model
    (``_SPACECRAFT_MODEL_AFTER``), there and wherever else it stands unplaced: "The Falcon 9 rocket lifted off ...
    Another Falcon 9 is scheduled to launch Thursday", and a headline's "China launches Tianzhou cargo ship from
    Wenchang" over "the Tianzhou-9 spacecraft" (had been Tianzhou, a town of Guangxi); a country's name stays."""
    models = {c.key for c in found if c.role == "place" and not c.dateline
              and not any(e.kind == "country" for e in c.entries) and _SPACECRAFT_MODEL_AFTER.match(text, c.end)}
    if not models:
        return found
    return [c for c in found if c.key not in models or c.dateline
            or (_placed(text, c) and not _SPACECRAFT_MODEL_AFTER.match(text, c.end))]


def _without_ships_named_again(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop the names of ships named by their word elsewhere in the text, told again without it: "the Greek-flagged
    oil tanker Sounion ... An oil spill from the Sounion would have been four times the size of the 1989 Exxon
    Valdez disaster" (no Cape Sounion), "The Marshall Islands-flagged Talara ... the Talara was released" (no
    Talara, Peru); unless the text places the name itself ("in Sounion")."""
    ships = {c.key for c in found if not c.dateline and _ship_named_by_its_word(text, c)}
    if not ships:
        return found
    return [c for c in found if c.key not in ships or c.dateline
            or (_placed(text, c) and not _THE_BEFORE.search(text, max(0, c.start - 5), c.start))]


# A work's title in quotation marks, after the word for its kind or for singing it: 'The 1984 film "Paris,
# Texas" is returning to cinemas' (a film, not Paris nor Texas), 'fans singing along to "Champagne Supernova"' (a
# song, not the French region); the quoted words are a title's, all capitalized but its small words.
_WORK_BEFORE = re.compile(r"\b(?:songs?|singles?|albums?|films?|movies?|documentary|series|show|books?|novels?|"
                          r"memoirs?|play|musicals?|tracks?|hits?|anthems?|poems?|operas?|paintings?|EPs?|sitcoms?|"
                          r"sang|sings?|singing|performed|performing)(?:[ \t]+along[ \t]+to)?,?[ \t]+[\"\u201c]$")
_TITLE_WORD = r"(?:[A-Z0-9][\w'\u2019.&-]*|of|the|in|on|and|a|an|to|for|at|by|from|with|is|my|me|you|your)"
_QUOTED_TITLE = re.compile(rf"[A-Z0-9][\w'\u2019.&-]*(?:,?[ \t]+{_TITLE_WORD}){{0,7}}[!?]?[\"\u201d]")


# ... and the titles listed after it: 'singing along to "Champagne Supernova" and "Don't Look Back in Anger"' (not
# Anger, Austria).
_TITLES_LISTED_BEFORE = re.compile(r"[\"\u201d](?:,?[ \t]+and|,)[ \t]+[\"\u201c]$")


def _names_a_work(text: str, c: Candidate) -> bool:
    """Whether ``c`` lies in a work's quoted title (``_WORK_BEFORE``, ``_QUOTED_TITLE``), or in one
    listed after such a title (``_TITLES_LISTED_BEFORE``)."""
    if c.dateline:
        return False
    lo = max(0, c.start - 60)
    opening = max(text.rfind('"', lo, c.start + 1), text.rfind("\u201c", lo, c.start + 1))
    if opening < 0 or (title := _QUOTED_TITLE.match(text, opening + 1)) is None or title.end() <= c.end:
        return False
    for _ in range(4):  # a title, or one of the few listed after it
        if _WORK_BEFORE.search(text, max(0, opening - 40), opening + 1) is not None:
            return True
        listed = _TITLES_LISTED_BEFORE.search(text, max(0, opening - 8), opening + 1)
        if listed is None:
            return False
        lo = max(0, listed.start() - 60)
        opening = max(text.rfind('"', lo, listed.start()), text.rfind("\u201c", lo, listed.start()))
        if opening < 0 or (title := _QUOTED_TITLE.match(text, opening + 1)) is None \
                or title.end() != listed.start() + 1:
            return False
    return False


# A British town's name before "City" that no office's or building's name goes on with is a football club's: "Manchester
# City were held 2-2 by Newcastle", "Stoke City said some fans arriving" (but "Plymouth City Council", "Cardiff City
# Stadium" are the towns'; Ireland writes "Cork City" for the city, as against its county).
_CITY_CLUB_AFTER = re.compile(r" City\b(?![ \t]+(?:[A-Z]|(?:of|and|centre|center|council|region|area|district|limits|hall|status)\b))")


def _names_a_city_club(text: str, c: Candidate) -> bool:
    """Whether ``c`` opens a British club's name (``_CITY_CLUB_AFTER``)."""
    if c.dateline or c.role != "place" or not c.entries or not _CITY_CLUB_AFTER.match(text, c.end):
        return False
    biggest = max(c.entries, key=lambda e: e.population)
    return biggest.country == "GB" and any(e.kind == "city" for e in c.entries) \
        and not any(e.kind in ("country", "continent", "region") for e in c.entries)


# A town's name before a saint's hyphened name opens a longer name the gazetteer lacks, a club's most often: "Mbappe,
# who moved to Real from Paris Saint-Germain in 2024" (not Paris), "later joined Paris Saint-Germain".
_SAINT_NAME_AFTER = re.compile(r" (?:Saint|Sainte|St|Ste)-[A-Z]")


# An accord named after the town where it was signed: "the United States would formally leave the Paris Agreement"
# (not Paris), "the Kyoto Protocol", "the Oslo Accords", "the failed Minsk agreements", "the Istanbul Convention";
# only a town's name ("the Gaza ceasefire agreement", "the Ukraine peace process" are about their places), and in
# lower case only after "the" ("the Paris climate accord").
_ACCORD_AFTER = re.compile(r"[ \t]+(?:Agreements?|Accords?|Protocol|Treaty|Conventions?|Declaration|Pact|Format)\b"
                           r"(?![ \t]+(?:[A-Z]|(?:and|&)[ \t]+[A-Z]))")  # not "the Dublin Convention and Visitors Bureau"
_ACCORD_WORD_AFTER = re.compile(r"[ \t]+(?:climate[ \t]+)?(?:agreements?|accords?|protocol|treaty|pact)\b")
_THE_ACCORD_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+)?$")  # "the failed Minsk agreements"


def _names_an_accord(text: str, c: Candidate) -> bool:
    """Whether ``c``, a town's name, opens an accord's (``_ACCORD_AFTER``, ``_ACCORD_WORD_AFTER``)."""
    if c.dateline or c.role != "place" or not any(e.kind == "city" for e in c.entries) \
            or any(e.kind in ("country", "continent", "region") for e in c.entries):
        return False
    return _ACCORD_AFTER.match(text, c.end) is not None or (
        _ACCORD_WORD_AFTER.match(text, c.end) is not None
        and _THE_ACCORD_BEFORE.search(text, max(0, c.start - 20), c.start) is not None)


# A church's dedication after its word and "of", a saint's name or a mystery's, no town: "Hundreds of people gathered
# outside the Cathedral of Santa Maria in Chiclayo" (had been Santa Maria, Lima), "Funerals were held at the Church of
# the Holy Cross in the Qassaa district" (had been Poland's Holy Cross province). A town's own name after "of" stays
# it ("the Cathedral of Santiago de Compostela", "the shrine of Our Lady of Fatima"), and a parish is a county in
# Jamaica and Louisiana ("wrecked farms in the southern parish of St. Elizabeth").
_CHURCH_OF_BEFORE = re.compile(r"\b(?i:cathedral|church|basilica|chapel|shrine|monastery|abbey|convent|priory|sanctuary|"
                               r"oratory)[ \t]+of[ \t]+(?P<the>the[ \t]+)?$")
_SAINTS_NAME = re.compile(r"(?:Santa|San|Santo|Santos|Santi|S\u00e3o|Sao|St\.?|Saint|Sainte|Ste\.?|Holy|Sacred|Blessed)"
                          r"(?![\w-])")


def _names_a_dedication(text: str, c: Candidate) -> bool:
    """Whether ``c`` is the saint or the mystery a church is named after (``_CHURCH_OF_BEFORE``)."""
    if c.dateline or c.role != "place":
        return False
    before = _CHURCH_OF_BEFORE.search(text, max(0, c.start - 30), c.start)
    return before is not None and (before.group("the") is not None or _SAINTS_NAME.match(c.text) is not None)


# A band or a singer named after a place, told so by the words before or after the name: "The band Chicago will
# play Red Rocks Amphitheatre" (not the city), "Alabama, the country group, said it would retire from touring" (not
# the state); a name the text places stays the place ("They played in Dublin, the rap trio said"), and an
# apposition that goes on is no band's ("Off Lake Ontario, a second band hit the Tug Hill Plateau": snow).
_PERFORMER_WORDS = r"(?:band|duo|trio|quartet|singer|rapper|(?:pop|rock|country|punk|folk|girl|boy|vocal|indie|" \
    r"metal|music)[ \t]+group)"
_PERFORMER_BEFORE = re.compile(rf"\b{_PERFORMER_WORDS}[ \t]+$")
_PERFORMER_AFTER = re.compile(rf",[ \t]+(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?{_PERFORMER_WORDS}[,;)]")


def _names_a_performer(text: str, c: Candidate) -> bool:
    """Whether ``c`` is a band's or a singer's name (``_PERFORMER_BEFORE``, ``_PERFORMER_AFTER``)."""
    if c.dateline or c.role != "place" or _located(text, c.start, c.end):
        return False
    return _PERFORMER_BEFORE.search(text, max(0, c.start - 20), c.start) is not None \
        or _PERFORMER_AFTER.match(text, c.end) is not None


_GROUP_IN_BEFORE = _Before(r"\bIslamic State (?:in|of) (?:the )?$",
                           ends=("State in", "State of", "State in the", "State of the"), strip=" ")
# An armed group's province: "Islamic State West Africa Province (ISWAP)", "Islamic State Khorasan Province".
# A Venezuelan gang named as a region's "train": "One of the most powerful is Tren de Aragua, the gang
# that grew out of the Tocoron prison in Venezuela's Aragua state" (also "Tren del Llano", "Tren de Guayana").
_TRAIN_GANG_BEFORE = _Before(r"\bTren del? $", ends=("Tren de", "Tren del"), strip=" ")
_GROUP_PROVINCE_BEFORE = re.compile(r"\bIslamic State(?:['\u2019]s)? $")
_PROVINCE_WORD_AFTER = re.compile(r" Province\b")
# A cartel or a rebel army a region or a town names, by its proper name: "the Sinaloa Cartel", "the Jalisco New
# Generation Cartel", "the Balochistan Liberation Army" fight elsewhere too. (A country's own
# army and the "Sudan Liberation Army" are the country's; "the Texas Army National Guard" goes on; held-out
# sets count "suppliers tied to the Sinaloa cartel" as Sinaloa's.) A clan, Colombia's cartel's name, too: "blaming
# the Gulf Clan drug trafficking group" (the Persian Gulf, had been).
_CARTEL_AFTER = re.compile(r"(?: [A-Z][\w'\u2019-]*){0,3} (?:Cartel|Clan)\b")
_REBEL_ARMY_AFTER = re.compile(r"(?: [A-Z][\w'\u2019-]*){1,3} (?:Army|Front|Movement)\b(?! [A-Z])"
                               # A region's name right before "Army" or "Movement" names the group too: "The
                               # Arakan Army, the third member of the alliance" (Myanmar's Rakhine rebels), "the
                               # armed wing of the Free Papua Movement (OPM)" (not "Front": a war's front).
                               r"| (?:Army|Movement)\b(?! [A-Z])")
# An institution a region of several countries names: "the Middle East Technical University" is in
# Ankara (but "Texas Southern University" is Texas's, as LGL counts it).
_INSTITUTION_AFTER = re.compile(r"(?: [A-Z][\w'\u2019-]*){0,3} (?:%s)\b" % "|".join(
    sorted(w.title() for w in _NAMED_INSTITUTIONS)))
# A force or a coalition a continent or a region of several countries names: "the Kremlin-controlled
# Africa Corps" (Russia's force in the Sahel, once Wagner's) is no mention of Africa, "its political
# wing, the Congo River Alliance" none of the river; nor are the states' alliances "formed the
# Alliance of Sahel States" and "Niger has withdrawn from the G5 Sahel force" (but "the Gulf States"
# and "the Baltic States" are the lands).
_CORPS_AFTER = re.compile(r"[ \t]+(?:Corps|Alliance)\b")
# A monitoring group named after a region or a town: "according to Deep South Watch" (the database of
# the Thai south's insurgency) is no mention of the US Deep South, nor "Asia Watch said" of Asia.
_WATCHDOG_AFTER = re.compile(r"[ \t]+Watch\b")
# A regiment or a paramilitary force named after a region or a town, by its proper name: "The Assam
# Rifles and the Central Reserve Police Force have been deployed in buffer zones" (India's force in
# Manipur, not Assam), "the Gurkha Rifles", "the Balochistan Levies", "the Punjab Regiment".
_REGIMENT_AFTER = re.compile(r"[ \t]+(?:Rifles|Regiment|Levies|Light[ \t]+Infantry)\b")
_STATES_AFTER = re.compile(r"[ \t]+States\b")
_OF_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*[ \t]+of[ \t]+$")
_GROUP_OF_STATES_BEFORE = re.compile(r"\bG\d{1,2}[ \t]+$")


# A capital "The" after a word of reporting titles a publication, and a river's or a region's name
# after it is the title's: "a resident who helped bury the dead told The Irrawaddy" (Myanmar's exile
# news site), "according to data compiled by The Irrawaddy" (but "The Hague", "The Gambia" are the
# places, "in The Wirral" is placed, and "The eThekwini Municipality said" is the city's council).
_PUBLICATION_THE_BEFORE = _Before(r"\b(?:told|to|by|according to|reported|said|wrote|interview with)[ \t]+The[ \t]+$",
                                  ends=("The",), strip=" \t")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _names_a_publication(text: str, c: Candidate) -> bool:
    """Whether ``c``, a region's or a river's name, is a publication's title: see the pattern above."""
    return bool(c.entries) and c.role == "place" and all(e.kind == "region" for e in c.entries) \
        and text.endswith("The ", 0, c.start) and not _NAME_GOES_ON.match(text, c.end) \
        and _PUBLICATION_THE_BEFORE.search(text, max(0, c.start - 40), c.start) is not None


# A label of links to other stories: "Related:", "Read more:", "Also read:". Their headlines name
# places of no news here ("Related:\n- Israel strikes Sanaa airport in Yemen", "Read more:\nFamilies
# in Leicester mourn loved ones"): the links run from the label, at a line's start, to a blank line.
_LINKS_LABEL = re.compile(r"^[ \t]*(?:Related(?:[ \t]+(?:stories|coverage|articles|content|links|reading))?|"
                          r"Read[ \t]+(?:more|also|next)|Also[ \t]+read|See[ \t]+also|More[ \t]+on[ \t]+this[ \t]+story)"
                          r"[ \t]*:", re.M | re.I)


def _in_related_links(text: str, c: Candidate) -> bool:
    """Whether ``c`` stands in a list of links to other stories: see the pattern above."""
    paragraph_start = text.rfind("\n\n", 0, c.start) + 1  # (0 when the text has no blank line before it)
    return _LINKS_LABEL.search(text, paragraph_start, c.start) is not None


# A clock time's zone, as a live blog stamps its updates: "5.12pm UAE — An Israeli drone strike", "10:30 KSA":
# a country's capitals after the time name its zone, not the country.
_CLOCK_TIME_BEFORE = re.compile(r"\b\d{1,2}[:.][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+$")


def _names_a_time_zone(text: str, c: Candidate) -> bool:
    """Whether ``c``, a short name in capitals, is a time zone after a clock time: see the pattern above."""
    return len(c.text) <= 4 and c.text.isupper() \
        and _CLOCK_TIME_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


def _spanish_plural_group(text: str, c: Candidate) -> bool:
    """ "a killing they attributed to the gang's war with the Rastrojos": "the" and a plural name
    that the gazetteer has only as a town's with "Los" or "Las" (Los Rastrojos, Venezuela) is a group
    English names with its own article (a town keeps "Los": "in Los Rastrojos")."""
    return bool(c.entries) and c.role == "place" and " " not in c.key and text.endswith("the ", 0, c.start) \
        and all(e.kind == "city" and e.name.startswith(("Los ", "Las ")) for e in c.entries)


# A militant network a country names: "security forces said they were hunting the remnants of the
# East Indonesia Mujahideen in Poso" (the group is Poso's, not Indonesia's as a place).
_MUJAHIDEEN_AFTER = re.compile(r" (?:Mujahideen|Mujahidin)\b")
# A military command a region names, based elsewhere: "The Western Mindanao Command, based in
# Zamboanga City, said a separate clash had taken place" (also "U.S. Africa Command").
_COMMAND_AFTER = re.compile(r" (?:Military |Naval |Air |Joint |Area )?Command\b")


# "Ethnic" before a name calls it a people, not their land: "clashes between ethnic Amhara and Oromo residents in
# Ethiopia's Oromia region", "repeated massacres of ethnic Amhara civilians" (the Amhara region, had been).
_ETHNIC_BEFORE = re.compile(r"\b[Ee]thnic[ \t]+$")


def _names_a_people(text: str, c: Candidate) -> bool:
    """Whether ``c``, told with "ethnic" before it, names a people (``_ETHNIC_BEFORE``)."""
    return bool(c.entries) and c.role == "place" and not c.dateline \
        and _ETHNIC_BEFORE.search(text, max(0, c.start - 8), c.start) is not None


def _opens_a_group_name(text: str, c: Candidate) -> bool:
    """Whether ``c`` is a word of a group's or an institution's name that places nothing:
    see the patterns above."""
    if not c.entries or c.role != "place":
        return False
    if _PROVINCE_WORD_AFTER.match(text, c.end) and _GROUP_PROVINCE_BEFORE.search(text, max(0, c.start - 16),
                                                                                  c.start):
        return True
    if _MUJAHIDEEN_AFTER.match(text, c.end):
        return True
    if any(e.kind == "country" for e in c.entries):
        return False
    if _CARTEL_AFTER.match(text, c.end) or _REBEL_ARMY_AFTER.match(text, c.end) \
            or _REGIMENT_AFTER.match(text, c.end) or _COMMAND_AFTER.match(text, c.end) \
            or _WATCHDOG_AFTER.match(text, c.end):
        return True
    return any(e.kind == "continent" or (e.kind == "region" and e.country is None) for e in c.entries) \
        and (_INSTITUTION_AFTER.match(text, c.end) is not None or _CORPS_AFTER.match(text, c.end) is not None
             or (_STATES_AFTER.match(text, c.end) is not None
                 and _OF_BEFORE.search(text, max(0, c.start - 30), c.start) is not None)
             or _GROUP_OF_STATES_BEFORE.search(text, max(0, c.start - 6), c.start) is not None)
_RED_CROSS_AFTER = re.compile(r" Red (?:Crescent|Cross)\b")
_BROADCASTERS = frozenset({"tv", "television", "radio"})
_BROADCAST_SITE_AFTER = re.compile(r"\s+(?:tower|station|centre|center|building|headquarters|mast|studios?|"
                                   r"transmitter|antenna)\b", re.I)


def _surname_alone(tokens: Tokens, j: int, index: GazetteerIndex, lower_words: LowerWords) -> bool:
    """Whether token ``j`` is a surname: one capitalized word ending the name, no place's nor a
    common word's, said of a person or listed with a person's full name ("Virginia Woolf and
    Langston Hughes"; not "Virginia Tech in Blacksburg", "Georgia Power cut service")."""
    if not _surname_like(tokens, j, index, lower_words):
        return False
    end = tokens.ends[j]
    person = _PERSON_LISTED_AFTER.match(tokens.text, end)
    return _SPEECH_AFTER.match(tokens.text, end) is not None or _described_person(tokens, j, index, lower_words) \
        or (person is not None and normalize(person.group("given")) in index.person_names)


def _surname_like(tokens: Tokens, j: int, index: GazetteerIndex, lower_words: LowerWords) -> bool:
    """Whether token ``j`` may be a surname: one capitalized word ending the name, no place's nor a common word's."""
    words, joined = tokens.words, tokens.joined
    word = words[j]
    return not (word.possessive or not word.is_title or (j + 1 < len(words) and joined[j + 1] and words[j + 1].is_title)
                or index.names.find(word.key) is not None or word.text.lower() in lower_words
                or word.key in _common_words() or word.key in TITLES or word.key in MEDIA_HEADS)


def _surname_told_again(tokens: Tokens, i: int, j: int, index: GazetteerIndex, lower_words: LowerWords) -> bool:
    """Whether token ``j`` is a surname the text tells again on its own, after token ``i``'s given name, which it
    never tells alone: "held talks with Vladimir Putin in St Petersburg ... Putin and Prabowo signed a declaration"
    (Vladimir, no given name of the census lists, had been the Russian city); not "the Minnesota House ... the House
    passed", where Minnesota is told alone too, nor "Bacolod-Silay"."""
    text = tokens.text
    if text[tokens.ends[i]:tokens.starts[j]] != " " or not _surname_like(tokens, j, index, lower_words):
        return False
    given, surname = re.escape(tokens.words[i].text), re.escape(tokens.words[j].text)
    return re.search(rf"(?<!{given} )\b{surname}\b", text) is not None \
        and re.search(rf"\b{given}\b(?! {surname}\b)", text) is None


# "Victoria Wanjiku, a trader from Eldoret", "Florida Ochieng, a teacher in Kisumu": a person
# described by a lower-case noun after a comma.
_OCCUPATION_AFTER = re.compile(r",[ \t]+an?[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:from|in|at|of|who|with|for)\b")


def _described_person(tokens: Tokens, j: int, index: GazetteerIndex, lower_words: LowerWords) -> bool:
    """Whether token ``j`` is a surname described as a person's after it, whatever the name
    before it: "Florida Ochieng, a teacher in Kisumu" (Florida is no given name the index knows); or told with
    the age courts and police give: "Jordan Parlour, 29, of Formby, admitted violent disorder" (had been Jordan)."""
    return _surname_like(tokens, j, index, lower_words) and (
        _OCCUPATION_AFTER.match(tokens.text, tokens.ends[j]) is not None
        or _AGE_AFTER.match(tokens.text, tokens.ends[j]) is not None)


# "... and Langston Hughes": a person's full name listed next.
_PERSON_LISTED_AFTER = re.compile(r",?[ \t]+and[ \t]+(?P<given>[A-Z][a-z]+)[ \t]+[A-Z][a-z]+\b")


def _names_a_team(tokens: Tokens, j: int) -> bool:
    """Whether the capitalized words from token ``j`` (one or two) end a team's name: "Nationals",
    "Maple Leafs" (but not "Lions Club": the name goes on)."""
    words, joined = tokens.words, tokens.joined
    for k in (j, j + 1):
        if k >= len(words) or not (words[k].is_title and joined[k]) or words[k].possessive:
            return False
        if words[k].key in TEAM_NICKNAMES:
            return not (k + 1 < len(words) and joined[k + 1] and words[k + 1].is_title)
    return False


def _names_a_paper(tokens: Tokens, j: int) -> bool:
    """ "Post", "State Journal", "News Sentinel": the capitalized words after a name end, within
    three words, in the head of a newspaper's or a team's name (but "Tarrant County Medical
    Examiner" is an office, "Gainesville's VFW Post" a place's)."""
    words, joined = tokens.words, tokens.joined
    if words[j].key in MEDIA_HEADS:
        return True
    if words[j - 1].possessive:
        return False
    for k in range(j, min(len(words), j + 3)):
        if k > j and not (words[k].is_title and joined[k]):
            return False
        if words[k].key in MEDIA_HEADS:
            return True
        if words[k].key in TITLES and words[k].key not in REGION_WORDS:
            return False
    return False


@lru_cache(maxsize=1 << 14)
def _is_major(index: GazetteerIndex, key: str) -> bool:
    """A name of a country, continent, admin-1 region or city of 100,000 or more."""
    return any(e.kind in ("country", "admin1", "continent", "region") or e.population >= 100_000
               for e in index.lookup(key))


def _main_name(index: GazetteerIndex, key: str) -> float:
    """The largest population of the places whose main name is ``key`` (infinite for a region
    or a country; 0 when it is only another name for some place)."""
    return max((e.population if e.kind == "city" else math.inf
                for e in _place(index, key, " " not in key).entries if e.key == key), default=0)


def _hyphenated_places(index: GazetteerIndex, left_key: str, right_key: str) -> bool:
    """Whether two names joined by a hyphen are two places ("Logan-Rogersville", "Fargo-Moorhead",
    "Huntsville-Walker County", "the Athenry-Claremorris line": two towns of 4,000 near each
    other) rather than one name ("Coca-Cola": villages of 2,000 in Spain and Italy)."""
    left, right = _main_name(index, left_key), _main_name(index, right_key)
    if min(left, right) < 1_000:
        return False
    return max(left, right) >= 10_000 or _near_towns(index, left_key, right_key)


HYPHENED_TOWNS_KM = 150.0


@lru_cache(maxsize=1024)
def _near_towns(index: GazetteerIndex, left_key: str, right_key: str) -> bool:
    towns = [[e for e in index.lookup(k) if e.key == k and e.kind == "city" and e.population >= 1_000]
             for k in (left_key, right_key)]
    return any(a.country == b.country and haversine_km(a.lat, a.lon, b.lat, b.lon) <= HYPHENED_TOWNS_KM
               for a in towns[0] for b in towns[1])


def _after_person_word(tokens: Tokens, i: int, index: GazetteerIndex) -> bool:
    """Whether token ``i`` follows, within the same name, a title, an initial or a given name."""
    if i == 0 or not tokens.joined[i] or tokens.words[i - 1].possessive:
        return False
    prev = tokens.words[i - 1]
    return _person_title(tokens, i - 1) or (len(prev.text) == 1 and prev.text.isupper()) or (
        prev.is_title and prev.key in index.person_names and prev.key not in STOPWORDS)


def _person_title(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is a title a person's name follows: a word ("President", "Sgt") or a rank
    abbreviated with its full stop ("Vice Adm. Vladimir Tsimlyansky", "Col. Vladimir Petrov", whose
    given name is also a Russian city's)."""
    key = tokens.words[k].key
    return key in PERSON_TITLES or (key in TITLE_ABBREVIATIONS
                                    and tokens.text[tokens.ends[k]:tokens.ends[k] + 1] == ".")


def _initial(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is a person's initial: "N." in "Victoria N. Pearson"."""
    text = tokens.words[k].text
    return len(text) == 1 and text.isupper() and tokens.text[tokens.ends[k]:tokens.ends[k] + 1] == "."


def _as_abbreviation(text: str, start: int, word: Word, key: str) -> bool:
    """Whether a word is written as an abbreviation, which names a region or a country so called, not a
    town: dotted ("P.E.I."), or in capitals outside a line of them, where a region's abbreviation is
    so written ("over EU-Mercosur deal" is the European Union, not Eu in Normandy)."""
    return word.text.count(".") >= 2 or word.is_upper and key in region_abbreviations()[1] \
        and not all_caps_line(text, start)


def _spelled_out(word: str, key: str, place: _Place) -> bool:
    """Whether a word in capitals is a place's own name written out, as war diaries and notices
    write them ("moved to GOMMECOURT"), not an acronym: long, and a town's main name (a state's in
    capitals is a heading's: "DEPARTMENT OF THE TENNESSEE")."""
    return len(word) >= 7 and any(e.key == key and e.kind == "city" for e in place.entries)


# A highway named after a place runs far from it, as Australia's do: "floods cut the Victoria Highway near Timber
# Creek" (in the Northern Territory), "cutting the Pacific Highway near Woodburn"; but a number or another name after it
# keeps the state's own road or office ("U.S. Highway 82", "Montana Highway 279", "the Kansas Highway Patrol").
_HIGHWAY_WORDS = frozenset({"highway", "freeway", "motorway"})
_HIGHWAY_NAME_GOES_ON = re.compile(r"[ \t]+(?:\d|[A-Z])")

# A district's word capitalized after its name, as Indonesia's press writes its kabupaten: "Floods also hit parts of
# Bogor Regency in West Java". (Not a region word: written in lower case it may end a gazetteer's name, "East
# Flores regency", and is no run's word.)
_DISTRICT_WORDS_AFTER = frozenset({"regency"})


def _keep(tokens: Tokens, i: int, j: int, key: str, place: _Place, index: GazetteerIndex,
          lower_words: LowerWords, listed: bool = False) -> bool | str:
    """Whether a gazetteer match (tokens ``i`` to ``j``) is a place name here.

    True; "word" when the word itself is not a place here (look on from the next word);
    "person" when a title, an initial, a given name, an age or a verb of speech says it is a
    person's name; "given name" when it is one and the next word is a surname ("Elizabeth
    Fairfield"); "whole person" when a title opens a village's name that is a whole person's, each
    word of which is the person's ("Mayor Chen Chi"); "disease" when it names a disease ("Marburg virus"); "name" or
    False when it is part of some longer proper name. ``listed``: the name comes next in a list after a place
    ("Tucson and Flagstaff"), which places it.
    """
    text, words, joined = tokens.text, tokens.words, tokens.joined
    first, last = words[i], words[j - 1]
    first_start, last_end = tokens.starts[i], tokens.ends[j - 1]
    kinds, area = place.kinds, place.area
    # Countries and populous regions keep their name inside institutions' names ("Texas Southern
    # University", "Ohio Supreme Court"); a town before a surname is a given name ("Mary Wheeler").
    nation = place.nation
    single = j - i == 1
    if single and first.key in _COMPASS_HALVES and _HALF_OF_A_NAME_AFTER.match(text, last_end):
        return "word"  # "North and South Kivu provinces": North Kivu's half, no place named North
    if (key in NOT_PLACES or (i > 0 and joined[i] and f"{words[i - 1].key} {key}" in NOT_PLACES)) \
            and not (listed and text.endswith((" and ", " or "), 0, first_start)
                     and not text.endswith((", and ", ", or "), 0, first_start)) \
            and not _qualified_by_its_region(tokens, j, place, index) \
            and not _TOWN_OF_BEFORE.search(text, max(0, first_start - 16), first_start):
        # "Hamas"; "United Russia", a party; but "TOYOTA, Japan -", "Toyota, Aichi Prefecture",
        # "the city of Toyota" and "Aurora, Joliet and Harvard" are the towns
        return "word"
    if text.startswith("$", last_end):
        return "word"  # "US$ 744 million", "HK$": a currency
    if NUMBER_WORDS.issuperset(key.split()) and not _LOCATIVE_BEFORE.search(text, max(0, first_start - 12),
                                                                                     first_start) \
            and not _dateline(tokens, i, j):
        return "word"  # "Forty-two people were wounded": a count, not Forty-Two (Dickson), Tennessee
    if _RED_CROSS_AFTER.match(text, last_end):
        return False  # "the Palestine Red Crescent": a society, not Palestine
    if last.key == "co" and j - i > 1 and i > 0 and joined[i] and words[i - 1].is_title \
            and not words[i - 1].possessive:
        return False  # "Hokuriku Electric Power Co.": a company, not Power County, Idaho
    if ("of " in text[max(0, first_start - 8):first_start]
            and _TITLE_BEFORE.search(text, max(0, first_start - 24), first_start)) or (
            "admin1" in kinds and "country" not in kinds and _ORDINAL_BEFORE.search(text, max(0, first_start - 8),
                                                                                    first_start)):
        return False  # "the Army of the Potomac", "the Duke of Wellington"; "the 20th Maine", a regiment
    if single and "country" not in kinds \
            and _NUMBERED_STREET_AND_BEFORE.search(text, max(0, first_start - 12), first_start):
        return False  # "the 18th and Vine district": a cross street, not Vienna
    if single and key == "fleet" and _NUMBERED_FLEET_BEFORE.search(text, max(0, first_start - 10), first_start):
        return False  # see ``_NUMBERED_FLEET_BEFORE``
    if _STRUCTURE_OF_BEFORE.search(text, max(0, first_start - 24), first_start) \
            or _DUBBED_BEFORE.search(text, max(0, first_start - 60), first_start) \
            or _GROUP_CALLED_BEFORE.search(text, max(0, first_start - 80), first_start):
        return False  # "near the Bridge of the Americas"; 'dubbed "Alligator Alcatraz"'
    if _SQUARE_BEFORE.search(text, max(0, first_start - 24), first_start) or (single and (
            (first.text in _SQUARE_WORDS and _SQUARE_NAME_AFTER.match(text, last_end))
            or (first.text in _ITALIAN_SQUARE_WORDS and _ITALIAN_SQUARE_NAME_AFTER.match(text, last_end)))):
        return False  # "near the Place du Luxembourg", "outside the Palau de la Generalitat": a square, a palace
    if key in THE_ONLY:
        if j < len(words) and joined[j] and words[j].is_title:
            return False  # "the Channel Tunnel", "the Baltic Fleet": a longer name, Fleet no town in it
        if text[max(0, first_start - 4):first_start].lower() != "the ":
            return "word"  # "Amazon said", the firm; "in the Amazon", the rainforest
    # "the village of Of in Trabzon province": a capitalized word a settlement's word names is a name.
    settlement = single and first.is_title and _SETTLEMENT_OF_BEFORE.search(text, max(0, first_start - 12), first_start)
    if single and (first.key in STOPWORDS or first.key in TITLES) and not settlement and not (
            (kinds & {"country", "continent"}) and (first.is_upper or any(e.key == key for e in place.entries))) \
            and not _dateline(tokens, i, j) and not _qualified_by_its_region(tokens, j, place, index):
        # "Street", "Court", "Council", "Island" (Iceland's own name): words, not places alone; but
        # "SUPERIOR, Ariz. (AP) -", "Superior, Wis." are the towns
        return "word"
    if single and len(first.text) <= 2 and not first.is_upper and not settlement:
        return "word"
    if single and "." in first.text[:-1] and not area:
        return "word"  # "U.N.": an abbreviation names a country or a state ("U.S.", "N.C."), not a town (Un)
    if single and first.is_upper and "." not in first.text and "country" not in kinds \
            and key not in region_abbreviations()[1] and not _spelled_out(first.text, key, place) \
            and not all_caps_line(text, first_start) and not _dateline(tokens, i, j):
        return "word"  # "GA", "NATO": acronyms; all-caps place names count only in datelines and headlines
    if single and first.text == "B.C." and _NUMBER_BEFORE.search(text, max(0, first_start - 8), first_start):
        return "word"  # "300 B.C.": an era, not British Columbia
    if "(" in text[max(0, first_start - 30):first_start] and _AGENCY_CLOSES.match(text, last_end) \
            and _AGENCY_OPENS.search(text, max(0, first_start - 30), first_start):
        # "GUANGZHOU, June 17 (Xinhua) --", "(Tass) -", "TAIPEI (Nikkei Asia) -", "SARAJEVO (Balkan
        # Insight) -": the news agency or outlet of a dateline
        return "word"
    if ("'" in last.text or "\u2019" in last.text) and _CONTRACTION.search(last.text):
        return "word"  # "I've", "We'll"
    if last.text.endswith("\u00e2"):
        return "word"  # "Itâ s": UTF-8 quotes read as Latin-1, as some feeds deliver them
    if first_start > 0 and text[first_start - 1] == "-" and i > 0 and not words[i - 1].is_title \
            and not _ROUTE_BEFORE.search(text, max(0, first_start - 40), first_start) \
            and not (words[i - 1].key in ARTICLES and not _in_a_longer_name(text, tokens.starts[i - 1])):
        # "pre-Maidan", "anti-Kremlin": part of an adjective (not "the Calgary-to-Edmonton corridor", nor
        # "al-Mawasi", "el-Fasher": a name after its Arabic article, ``_with_arabic_articles``, where
        # the article opens the name: "Maarat al-Numan", "Muqtada al-Sadr" are longer names)
        return "word"
    if i > 0 and joined[i] and words[i - 1].text == "Air" and not words[i - 1].possessive:
        return False  # "Air Canada", "Air India": airlines
    if "country" not in kinds and _NUMBERED_STREET_AFTER.match(text, last_end):
        return False  # "on Yixin 2nd Road": a street's name, see the pattern
    if "country" not in kinds and _AIRLINE_AFTER.match(text, last_end):
        return False  # "Cebu Pacific": an airline, see the pattern
    if "country" not in kinds and _EATERY_AFTER.match(text, last_end):
        return False  # "the Fuyang Barbecue restaurant": an eatery's name, see the pattern
    if key == "pacific" and single and i > 0 and joined[i] and words[i - 1].is_title and not words[i - 1].possessive \
            and words[i - 1].key not in _COMPASS_WORDS and words[i - 1].key not in _OCEAN_PARTS \
            and words[i - 1].key not in STOPWORDS and words[i - 1].key not in demonyms() \
            and not tokens.in_title_case(first_start):
        return False  # "Cathay Pacific": see _OCEAN_PARTS
    if "country" not in kinds and _WAR_AFTER.match(text, last_end):
        return False  # "the Gulf War", "Civil War": a war's name, not where something is
    if _DISEASE_AFTER.match(text, last_end):
        return "disease"
    if _THING_AFTER.match(text, last_end) or "country" not in kinds and _WEAPON_AFTER.match(text, last_end):
        return False
    if not area and _RAVINES_AFTER.match(text, last_end):
        return False  # "the Las Lajas and Ceniza ravines": ravines, not towns
    if not area and (listed_with := _LISTED_INSTITUTIONS_AFTER.match(text, last_end)) \
            and index.names.find(normalize(listed_with.group("other"))) is None:
        return False  # "to Madina and Erdogan hospitals": see the pattern
    if single and first.key == "mobile" and sentence_initial(text, first_start) \
            and _MOBILE_SERVICE_AFTER.match(text, last_end):
        return "word"  # "Mobile internet services remained suspended": see the pattern
    if _CRUDE_AFTER.match(text, last_end) and not any(
            e.kind == "country" or (e.kind in ("region", "continent") and e.country is None) for e in place.entries):
        return False
    # "Logan-Rogersville", "Fargo-Moorhead", "Paris-Henry County": places joined by a hyphen.
    place_after = j < len(words) and text[last_end:last_end + 1] in ("-", "\u2013") \
        and tokens.starts[j] == last_end + 1 and words[j].is_title and words[j].key not in NOT_PLACES \
        and _hyphenated_places(index, key, _name_at(tokens, j, index))  # not "Gallo-Roman"
    if j < len(words) and text[last_end:last_end + 1] == "-" and tokens.starts[j] == last_end + 1 \
            and words[j].is_title and not area and not place_after:
        return "word"  # "Wal-Mart", "Coca-Cola"
    if single and not area and first.text.lower() in lower_words and \
            (sentence_initial(text, first_start) or place.population < 20_000) and not _said_to_be_a_place(text, last_end):
        return "word"  # "Police said ...", "Man booked ...", when the text also uses the word in lower case
    if single and sentence_initial(text, first_start) and first.key in _NATURE_PLURALS | _NATURE_SINGULARS \
            and _LOWER_WORD_AFTER.match(text, last_end):
        return "word"  # "Rivers overflowed in the Oaxaca towns of ...": the word, not Nigeria's Rivers State
    if single and not area and place.population < 100_000 and \
            (first.text.lower() in lower_words or key in _common_words()) and \
            (tokens.in_title_case(first_start) or (first.is_upper and all_caps_line(text, first_start))):
        return "word"  # a headline's verb: "Floods Hit Kerala" (Hit, Iraq)
    # A small town named like a person ("Manning", "Welch", "Mary") or like an English word
    # ("Give", "Time") counts only where the text places something: after a locative word,
    # before a qualifier, or in a dateline.
    if single and not area and ((key in index.person_names and place.population < 50_000)
                                or (key in _common_words() and place.population < 20_000)) \
            and not listed and not _located(text, first_start, last_end) and not _dateline(tokens, i, j) \
            and not (j < len(words) and joined[j] and words[j].key in CIVIC_AFTER and not last.possessive):
        # But "Monroe Mayor", "Lindsay Police": a town's own office. After a given name, an initial or
        # a title it is a person's name, to be forgotten elsewhere too ("Tyrise M. Bell" ... "Bell").
        if _after_person_word(tokens, i, index):
            return "person"
        if key not in index.person_names and j < len(words) and joined[j] and words[j].is_title \
                and words[j].key not in CALENDAR and not tokens.in_title_case(first_start):
            return False  # "Real Madrid", "Virgin Australia": the word opens a longer name
        if j < len(words) and joined[j] and words[j].is_title:
            return "word"
        return "unplaced"  # a place after all where the text places it elsewhere (see recognize)
    # "Col. Alvin Luzon, commander of the Army's 101st Infantry Brigade": a title and a given name
    # before one name make it a surname, whatever place it names (Luzon, the Philippines' main island).
    if single and i >= 2 and joined[i] and joined[i - 1] and words[i - 1].is_title \
            and not words[i - 1].possessive and not words[i - 2].possessive \
            and words[i - 1].key in index.person_names and words[i - 1].key not in STOPWORDS \
            and (words[i - 2].key in PERSON_TITLES or words[i - 2].key in TITLE_ABBREVIATIONS) \
            and not (j < len(words) and joined[j] and words[j].is_title) and not _dateline(tokens, i, j):
        return "person"
    # A well-known region named like a person ("Brittany", "Tyrone") is a given name before a
    # surname ("Brittany Zwicker"), and counts only where the text places it: "in Brittany",
    # but not "her daughter, Brittany, in June".
    if single and kinds == {"region"} and key in index.person_names and not _dateline(tokens, i, j):
        if j < len(words) and joined[j] and words[j].is_title and not last.possessive and words[j].key not in TITLES \
                and words[j].key not in REGION_WORDS and words[j].key not in CALENDAR:
            return "given name"
        if not listed and not _located(text, first_start, last_end):
            return "person" if _after_person_word(tokens, i, index) else "word"
    # A village named like a whole person ("Pedro Sanchez", Dominican Republic) is that person
    # unless the text places it (or lists it after a place: "towards Holbeach and Long Sutton");
    # "Glen Allen" and "West Chester" are made of place words.
    if j - i == 2 and not area and place.population < 10_000 and first.key in index.person_names \
            and last.key in index.person_names and not last.possessive \
            and first.key not in PLACE_WORDS and last.key not in PLACE_WORDS \
            and not listed and not _located(text, first_start, last_end):
        # (after a title, each of its words is the person's: "Kaohsiung Mayor Chen Chi-mai ... Chen said")
        return "whole person" if _after_person_word(tokens, i, index) and last.key not in REGION_WORDS else False
    verdict = _said_of_a_person_or_a_thing(tokens, i, j, key, place, index, lower_words)
    if verdict is not None:
        return verdict
    if _PARTY_HOMETOWN.match(text, max(0, first_start - 3), first_start):
        return True  # "Sen. Ray Miller, D-Columbus": a lawmaker's party and home town
    # Said of a person: "Fairfield declined to plead", "his children, Hailey, 6, and Caleb".
    if single and not area and place.population < 100_000 and not listed and (
            _AGE_AFTER.match(text, last_end)
            or ((_SPEECH_AFTER.match(text, last_end) or _WHO_AFTER.match(text, last_end))
                and not _LOCATIVE_BEFORE.search(text, max(0, first_start - 12), first_start)
                and not text[max(0, first_start - 2):first_start].startswith(","))):
        # Also "with Hailey, who was born ...", but not "Smith of Roswell, who" nor "Main Street, Tipperary, who".
        return "person"
    # Part of a longer proper name: the next capitalized word belongs to it.
    if j < len(words) and joined[j] and words[j].is_title and words[j].key not in CALENDAR and not place_after \
            and (words[j].text != "I" or key in index.person_names):
        # (but "In Taipei I painted": the pronoun opens no longer name; "Elizabeth I" is a queen)
        nxt = words[j]
        if nxt.key in _COMPASS_WORDS and nxt.key != "central" and key not in _POSITION_WORDS \
                and not last.possessive and _compass_ends_run(tokens, j):
            # "Dublin South-West", "Belfast East", "Galway West": a part of the place, a constituency
            # (but "Madison Central" is a school; "the Far East" no town named Far)
            return True
        if nxt.key in _PART_AFTER and not last.possessive:
            return True
        if nxt.key == "first" and j + 1 < len(words) and joined[j + 1] and words[j + 1].key in ("nation", "nations") \
                and not last.possessive:
            # "Fort Albany First Nation and Attawapiskat First Nation were monitoring water levels",
            # "Pikangikum First Nation, north of Red Lake, declared a state of emergency" (CBC, the Globe
            # and Mail): a First Nation named after its place is the community there, its reserve
            return True
        if single and first.text == "Lac" and not last.possessive:
            # "the Lac La Ronge Indian Band's community of Stanley Mission" (CBC): French "Lac" before a
            # name opens a lake's name ("Lac Seul", "Lac Saint-Jean"), not Chad's Lac region
            return False
        if _names_a_paper(tokens, j) or _names_a_team(tokens, j) \
                or (last.possessive and nxt.key in ("day", "eve", "church", "college")):
            return False  # "Washington Post", "Lansing State Journal", "Toronto Maple Leafs", "St. Patrick's Day"
        if settlement and not last.possessive and nxt.key not in REGION_WORDS and nxt.key not in TITLES \
                and nxt.key not in demonyms() and nxt.text.lower() not in lower_words \
                and not tokens.in_title_case(first_start):
            # "the town of Adan Yabaal in Somalia's Middle Shabelle region": the name a settlement's
            # word brings goes on to the next capitalized word, a town the gazetteer lacks (no Aden)
            return False
        if nxt.key in _BROADCASTERS and not _BROADCAST_SITE_AFTER.match(text, tokens.ends[j]):
            return False  # "Al-Masirah TV said", "Kyiv Radio": a broadcaster (but "the Kyiv TV tower")
        if last.key in REGION_WORDS:
            if first.key in _COMPASS_WORDS and i > 0 and joined[i] and words[i - 1].is_title \
                    and words[i - 1].key not in STOPWORDS and not words[i - 1].possessive \
                    and index.names.find(words[i - 1].key) is not None:
                # "trial at the Seoul Central District Court": a city's own court district, a part of the
                # place named before it, not a namesake elsewhere (Kenya's Central District, had been)
                return False
            # "County Road 80" is the county's; so is every office a county's or a province's name
            # opens: "Walker County Judge", "Butler County Coroner", "Anderson County Crimestoppers".
            return True
        if nxt.key in STREET_WORDS:
            return False  # "Dublin Road", "Pennsylvania Avenue": a street's name
        if nxt.key in _HIGHWAY_WORDS and not _HIGHWAY_NAME_GOES_ON.match(text, tokens.ends[j]):
            return False  # "floods cut the Victoria Highway near Timber Creek": a road, far from Victoria
        if nxt.is_upper and first.is_upper and all_caps_line(text, first_start):
            pass  # "STORMS HIT HOUSTON", "IN SYDNEY AND MELBOURNE": in capitals, no word is a name's
        elif single and nation and (key in index.person_names and (
                nxt.key in index.person_names or _initial(tokens, j) or _surname_alone(tokens, j, index, lower_words))
                or _described_person(tokens, j, index, lower_words)
                or ("country" not in kinds and _surname_told_again(tokens, i, j, index, lower_words))) \
                and nxt.key not in TITLES \
                and nxt.key not in MEDIA_HEADS and nxt.key not in REGION_WORDS and not last.possessive:
            # "Jordan Henderson", "Victoria N. Pearson", "Virginia Woolf": a country or region that is a given name
            return "given name"
        elif single and not nation and key in index.person_names and nxt.key not in TITLES \
                and nxt.key not in REGION_WORDS and not last.possessive \
                and not (key in _FEATURE_OPENERS and index.names.get(nxt.key)):
            # "George Washington University", "Mary Wheeler", "Elizabeth Fairfield"; but "Monte
            # Cassino" is the mountain by the town
            return "given name"
        elif not last.possessive and not nation and nxt.key not in demonyms() and not (
                nxt.key in TITLES or nxt.key in REGION_WORDS or nxt.key in _DISTRICT_WORDS_AFTER
                or _names_an_institution(tokens, j)
                or nxt.text.lower() in lower_words) and (nxt.key in index.person_names
                                                         or not tokens.in_title_case(first_start)):
            return "name" if single else False  # "David Jefferson", "Vladimir Medinsky", "Mary Wheeler"
    # A surname told with the age courts and police give, after a given name no place has: "Tyrell Jackson, 24, of
    # Pooler, was convicted" is the person, here and where the text names him again ("showed Jackson pointing a gun",
    # had been Jackson, Mississippi).
    if single and not area and i > 0 and joined[i] and words[i - 1].is_title and not words[i - 1].possessive \
            and words[i - 1].key not in STOPWORDS and words[i - 1].key not in PERSON_TITLES \
            and index.names.find(words[i - 1].key) is None and _AGE_AFTER.match(text, last_end):
        return "person"
    # but not by a place joined with a hyphen ("Huntsville–Walker County").
    if i > 0 and joined[i] and not words[i - 1].possessive and not (
            text[tokens.ends[i - 1]:first_start] in ("-", "\u2013")
            and _hyphenated_places(index, words[i - 1].key, key)):
        prev = words[i - 1]
        if _person_title(tokens, i - 1) or _initial(tokens, i - 1) or (
                i > 1 and joined[i - 1] and _person_title(tokens, i - 2) and prev.is_title
                and not words[i - 2].possessive):
            return "person"  # "President Volodymyr", "Roy A. Nelson", "President Xi Jinping"
        in_capitals = prev.is_upper and first.is_upper and all_caps_line(text, first_start)
        if prev.is_title and prev.key not in STOPWORDS and prev.key not in demonyms() and prev.key not in TITLES \
                and (not nation or (single and "country" in kinds and prev.key in index.person_names
                                    and not _is_major(index, prev.key))
                     or (_surname_after_placeless_given_name(index, prev.key, kinds, single)
                         and not (j < len(words) and joined[j] and words[j].is_title))) \
                and not in_capitals and not _ROAD_NUMBER.fullmatch(prev.text) and (
                    prev.key in index.person_names
                    or (not _is_major(index, prev.key) and not tokens.in_title_case(first_start)
                        and not _capitalized_word(tokens, i - 1, lower_words))):
            # A person or an organisation wherever the name stands, but "Henry County" in
            # "Leadership Henry County" is part of a longer name only here.
            if last.key in REGION_WORDS:
                return False
            return "person" if prev.key in index.person_names else "name"
        if prev.key in _NAME_OPENERS and prev.is_title:
            return False  # "Port Renfrew", "Kisatchie National Forest": a place the gazetteer lacks, not Renfrew
        if prev.key == "the" and prev.text == "The" and not sentence_initial(text, tokens.starts[i - 1]) \
                and not (kinds & {"region", "country", "continent"}) \
                and not (j < len(words) and joined[j] and words[j].key in CIVIC_AFTER):  # but "The Panama Canal will ..."
            return False  # "The Washington ..." mid-sentence is a title, but not "The Athens Police Department"
    return True


def _surname_after_placeless_given_name(index: GazetteerIndex, given: str, kinds: set[str], single: bool) -> bool:
    """Whether a one-word province or city of a million people is a surname after ``given``, a given name no place
    goes by: 'said elder Hussein Aden', 'minister Abdirahman Dahir Adan said' (Somali surnames, not Aden, Yemen). A
    country, continent or well-known region stays itself ("Mohamed Sudan" is seldom a name), and so does a name
    that goes on ("Aminu Kano International Airport" is in Kano)."""
    return single and not (kinds & {"country", "continent", "region"}) and given in index.person_names \
        and index.names.find(given) is None


# Adjectives that open a sentence before the place they locate: "Nearby Gresham and Beaverton
# adopted similar rules" (Reuters, Portland), not a person "Nearby Gresham".
_LOCATING_OPENERS = frozenset({"nearby", "adjacent", "suburban", "rural", "downtown", "upstate", "downstate"})


def _capitalized_word(tokens: Tokens, k: int, lower_words: LowerWords) -> bool:
    """Whether token ``k`` is a word capitalized for opening its sentence ("Neighbouring Thane
    saw", "Missing Glen Allen woman found", "Nearby Gresham adopted"), not a name ("Chinedu Obi")."""
    word = tokens.words[k]
    return sentence_initial(tokens.text, tokens.starts[k]) and (
        word.key.endswith(("ing", "ed", "ly")) or word.text.lower() in lower_words or word.key in _common_words()
        or word.key in _LOCATING_OPENERS)


def _compass_ends_run(tokens: Tokens, j: int) -> bool:
    """Whether the capitalized run goes on from token ``j`` with compass words only ("South West")."""
    words, joined = tokens.words, tokens.joined
    while j < len(words) and joined[j] and words[j].is_title:
        if words[j].key not in _COMPASS_WORDS:
            return False
        j += 1
    return True


def _said_of_a_person_or_a_thing(tokens: Tokens, i: int, j: int, key: str, place: _Place, index: GazetteerIndex,
                                 lower_words: LowerWords) -> bool | str | None:
    """What the words around a match say it is, if they say: a person's name ("Kent's brother",
    "said Chad Okafor", "Erik ten Hag"), a thing ("Sector 45", "the Nigerian Bar Association",
    "the Strait of Georgia", "Victoria Island") or a part of somewhere ("the state's South West").
    Verdicts as ``_keep``'s; None when they say nothing."""
    text, words, joined = tokens.text, tokens.words, tokens.joined
    first, last = words[i], words[j - 1]
    first_start, last_end = tokens.starts[i], tokens.ends[j - 1]
    single, area, nation = j - i == 1, place.area, place.nation
    if single and (_KIN_BEFORE.search(text, max(0, first_start - 25), first_start)
                   or (text.endswith((", ", " and "), 0, first_start)
                       and _KIN_LIST_BEFORE.search(text, max(0, first_start - 60), first_start))
                   or (last.possessive and _KIN_AFTER.match(text, last_end))):
        return "person"
    if single and not area and place.population < 100_000 and _NUMBER_AFTER.match(text, last_end):
        return "word"
    if single and key == "gulf" and ((i > 0 and joined[i] and words[i - 1].is_title)
                                     or text.startswith(" of ", last_end)):
        return False  # "the Winam Gulf", "the Gulf of Paria": another gulf than the Gulf
    next_title = j < len(words) and joined[j] and words[j].is_title
    if single and not nation and place.population < 100_000 and i > 0 and joined[i] \
            and words[i - 1].key in demonyms() and next_title:
        return False  # "the Nigerian Bar Association": inside an organisation's name
    if first.key in _COMPASS_WORDS and all(w.key in _COMPASS_WORDS for w in words[i:j]) \
            and not _dateline(tokens, i, j) and not (next_title and words[j].key in REGION_WORDS) \
            and not _located(text, first_start, last_end) and not _qualifies_the_name_before(tokens, i, place, index) \
            and not _listed_after_a_region_of_its_country(tokens, i, place, index):
        return "word"  # "the state's South West", "North East": a part of somewhere, unless placed
    # After a lower-case word ("of", "said", "by", "ten"): the rules below read it and the words before.
    after_lower = first_start >= 2 and text[first_start - 2].islower()
    if (after_lower and not (place.kinds & {"region", "city"})
            and _FEATURE_OF_BEFORE.search(text, max(0, first_start - 20), first_start)) or (
            next_title and words[j].key in _ISLAND_WORDS and not last.possessive):
        return False
    # ... and so is one a credit line lists after another name: "(Reporting by Christoph Steitz and
    # Victoria Waldersee; Editing by Friederike Heine)".
    if single and after_lower and next_title and key in index.person_names and not last.possessive \
            and (_ATTRIBUTION_BEFORE.search(text, max(0, first_start - 30), first_start)
                 or (text.endswith(" and ", 0, first_start)
                     and _BYLINE_BEFORE.search(text, max(0, first_start - 80), first_start))) \
            and not _continues_a_place(words[j].key) and words[j].text.lower() not in lower_words:
        return "given name"
    if single and i > 0 and joined[i] and words[i - 1].is_title and not words[i - 1].possessive:
        # "Editing by Sonali Paul": the surname, even one that names a region (Paul, Cape Verde), or a
        # country ("Editing by Hereward Holland": no mention of the Netherlands)
        given_start = tokens.starts[i - 1]
        if given_start >= 2 and text[given_start - 2].islower() \
                and _BYLINE_BEFORE.search(text, max(0, given_start - 80), given_start):
            return "person"
    if single and not area and after_lower and \
            (m := _SURNAME_PARTICLE_BEFORE.search(text, max(0, first_start - 30), first_start)) \
            and normalize(m.group("given")) in index.person_names:
        return "person"
    if single and (not area or key in _FOREIGN_COMPASS) and after_lower \
            and _NAME_PARTICLE_BEFORE.search(text, max(0, first_start - 30), first_start):
        # "Comuneros del Sur", "Maguindanao del Sur", "Gare du Nord": the end of a longer name, not
        # Sur (Oman) nor the Nord department
        return False
    if single and key in _FOREIGN_COMPASS and i > 0 and joined[i] and words[i - 1].is_title \
            and not words[i - 1].possessive and words[i - 1].key not in STOPWORDS \
            and words[i - 1].key not in _COMPASS_WORDS and index.names.find(words[i - 1].key) is None \
            and not _capitalized_word(tokens, i - 1, lower_words):
        # "an administrator of the Bahema Nord chiefdom" (Reuters, Ituri): a foreign compass word after
        # a name no place has ends that longer name (a chiefdom, a ward), not the Nord department
        return False
    if "country" not in place.kinds and _PARTICLE_NAME_AFTER.match(text, last_end):
        # "Serra da Estrela", "Sierra de Gredos", "San Juan de Gaztelugatxe", "Praia do Norte": a longer
        # name the gazetteer lacks, not Serra (Brazil), San Juan (Puerto Rico) or Praia (Cape Verde)
        return False
    if single and (not area or not place.kinds & {"country", "region", "continent"}) \
            and _ARTICLE_NAME_AFTER.match(text, last_end):
        # "Bab al-Tabbaneh", "Beit el-Din": a longer Arabic name the gazetteer lacks, not Al Bab; so too
        # when its first word names a province: "two rockets fell near Ain al-Asad air base" (not Ain, France)
        return False
    if i > 0 and joined[i] and not words[i - 1].possessive and words[i - 1].key in _STREET_OPENERS:
        return False  # "bus lines were suspended along Avenida Brasil" (Reuters, Rio): a street, not Brazil
    if single and i > 0 and joined[i] and words[i - 1].is_title and not words[i - 1].possessive \
            and words[i - 1].key not in STOPWORDS and index.names.find(words[i - 1].key) is None \
            and _ATTRIBUTION_BEFORE.search(text, max(0, tokens.starts[i - 1] - 20), tokens.starts[i - 1]) \
            and _OCCUPATION_AFTER.match(text, last_end) and not _PLACE_APPOSITIVE_AFTER.match(text, last_end):
        # '"This is a war zone," said Raull Santiago, an activist from the Complexo do Alemão' (Reuters):
        # a place's name after a given name no place has, quoted and described, is a surname
        return "person"
    if _NICKNAME_BEFORE.search(text, max(0, first_start - 30), first_start) \
            and _NICKNAME_AFTER.match(text, last_end):
        return "person"  # Joaquín "El Chapo" Guzmán: a nickname between a given name and a surname
    if _NICKNAME_THEN_BEFORE.search(text, max(0, first_start - 50), first_start):
        return "person"
    if single and not area and _QUOTED_NICKNAME_AFTER.match(text, last_end):
        return "given name"  # Everett "Bud" Calderwood: a given name before a nickname and a surname
    line_start = text.rfind("\n", 0, first_start) + 1
    if text.startswith(("By ", "BY "), line_start) and (m := _BYLINE_NAMES.match(text, line_start)) \
            and last_end <= m.end():
        return "person"  # "By Rahul Koul and Shabir Dar": a byline's names are people's
    if single and not area and _SENTENCE_OPENS_BEFORE.search(text, max(0, first_start - 3), first_start) \
            and not _dateline(tokens, i, j) and _ROLE_APPOSITIVE_AFTER.match(text, last_end) \
            and not _PLACE_APPOSITIVE_AFTER.match(text, last_end):
        # "Jackson, a Democratic strategist in Fort Worth, said the fight would continue" (AP): a
        # sentence's subject described by a person's role is a surname, not Jackson, Tennessee
        return "person"
    return None


# A sentence's first word: after a full stop, a closing quote, or a paragraph's start.
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?][\"\u201d]?[ \t]+|\n)$")
# A person's role in an apposition, whatever capitalized words qualify it: "Jackson, a Democratic
# strategist in Fort Worth", "Austin, a retired teacher from Round Rock".
_ROLE_APPOSITIVE_AFTER = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:strategist|consultant|spokes(?:man|woman|person)|lawyer|"
    r"attorney|analyst|professor|teacher|resident|official|lawmaker|legislator|activist|organizer|pastor|"
    r"farmer|owner|worker|student|nurse|doctor|veteran|retiree|mother|father|economist|researcher)\b")


_QUALIFYING_COMMA = re.compile(r",\s?")
_QUALIFYING_POSSESSIVE = re.compile(r"['\u2019]s?[ \t]+")
# "Mosul in northern Iraq", "Donetsk in Russian-occupied Ukraine" (the demonym is skipped below);
# after a comma too, as European news places a town: "a fire broke out near Santiago, in Galicia";
# and with the region's word: "diverted several flights to Liberia, in the northwestern province of
# Guanacaste" (Costa Rica's town, not the country).
_QUALIFYING_IN = re.compile(r",?[ \t]+in[ \t]+(?:the[ \t]+)?(?:[a-z]+(?:-[a-z]+)?[ \t]+)?"
                            r"(?:(?:state|province|region|department|district|county)[ \t]+of[ \t]+)?")
_HELD_BY = re.compile(r"-(?:occupied|controlled|held|annexed|administered)[ \t]+")
# "Hyderabad, the capital of Telangana", "Mansa, a town in the state of Punjab".
_QUALIFYING_APPOSITIVE = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z-]+[ \t]+){0,3}?"
                                    r"(?:capital|city|town|village|port|seat)[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?"
                                    r"(?:[a-z-]+[ \t]+){0,2}?"
                                    r"(?:(?:state|province|region|district|county)[ \t]+of[ \t]+)?")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s|,\s*[A-Z]")  # "Crockett, Palestine and Houston"
_ANOTHER_NAME_LISTED = re.compile(r",\s*[A-Z]")  # "both sides of the Red Sea, in Sudan, Eritrea, Yemen"


_TOWN_OF_BEFORE = _Before(r"\b(?:city|town|village)[ \t]+of[ \t]+\Z", re.I, ends=("of",), strip=" \t")


def _qualified_by_its_region(tokens: Tokens, j: int, place: _Place, index: GazetteerIndex) -> bool:
    """Whether the name ending before token ``j`` is followed by ", " and a region or country that
    holds one of its places: the town, not the firm or the word it also names."""
    if j >= len(tokens.words) or tokens.text[tokens.ends[j - 1]:tokens.starts[j]] != ", ":
        return False
    match = _match_at(tokens, j, index)
    if match is not None:
        return any(contains(area, e) for area in index.lookup(match[1])
                   if area.kind in ("admin1", "country") for e in place.entries)
    # ... or by its AP abbreviation, as US and Canadian datelines write it: "COMMERCE, Ga. — Two people were
    # killed" (the town, not the word; had found no place but Georgia)
    words = tokens.words
    state = _ap_state(tokens, j, j, index) if words[j].key in _AP_STATES or words[j].key in _AP_REGIONS else \
        _ap_state(tokens, j, j + 1, index) if len(words[j].key) == 1 and j + 1 < len(words) \
        and words[j].key + words[j + 1].key in _AP_STATES else None
    if state is None and words[j].key in _POSTAL_STATES and words[j].is_upper and len(words[j].text) == 2 \
            and _POSTAL_STATE_AFTER.match(tokens.text, tokens.ends[j]):  # ... or its postal code: "COMMERCE, GA (WSB)"
        return any(contains(area, e) for area in index.lookup(normalize(_POSTAL_STATES[words[j].key]))
                   if area.kind == "admin1" and area.country == "US" for e in place.entries)
    return state is not None and any(contains(area, e) for area in state.entries for e in place.entries)


def _qualifies_the_name_before(tokens: Tokens, i: int, region: _Place, index: GazetteerIndex) -> bool:
    """Whether the region named from token ``i`` follows ", " after a name of a place that lies in it,
    as "Texas" in "Denton, Texas": "an abandoned gold mine in Stilfontein, North West" (South Africa's
    province, a compass word's otherwise)."""
    if i == 0 or tokens.text[tokens.ends[i - 1]:tokens.starts[i]] != ", ":
        return False
    areas = [e for e in region.entries if e.kind == "admin1"]
    for k in range(max(0, i - 4), i):
        match = _match_at(tokens, k, index)
        if match is not None and match[0] == i:
            return any(contains(area, e) for e in index.lookup(match[1]) for area in areas)
    return False


def _listed_after_a_region_of_its_country(tokens: Tokens, i: int, region: _Place, index: GazetteerIndex) -> bool:
    """Whether the region named from token ``i`` comes in a list after another region of its country, with
    "the" or without: "more than 13,000 people have been arrested in Gauteng, the North West and the Free
    State" (South Africa's province, not a compass word's, nor a person's name)."""
    k = i - 1 if i > 0 and tokens.words[i - 1].key == "the" else i
    joining = (", ",)
    if k > 0 and tokens.words[k - 1].key == "and":  # (the word before a run is a token of its own)
        k, joining = k - 1, (" ", ", ")
    if k == 0 or tokens.text[tokens.ends[k - 1]:tokens.starts[k]] not in joining:
        return False
    countries = {e.country for e in region.entries if e.kind == "admin1"}
    for m in range(max(0, k - 4), k):
        match = _match_at(tokens, m, index)
        if match is not None and match[0] == k:
            return any(e.kind == "admin1" and e.country in countries for e in index.lookup(match[1]))
    return False


def contains(area: Entry, place: Entry) -> bool:
    """Whether ``place`` lies in ``area``, as far as the gazetteer's codes tell: a town or county in
    an admin-1 region, anything below a country in it, and in a well-known region, what lies in
    the admin-1 regions it covers ("New England") or else in its country ("Scotland")."""
    if area.kind == "admin1":
        if place.kind not in ("city", "admin2"):
            return False
        return place.admin1 == area.admin1 or bool(
            place.kind == "city" and place.country == area.country and place.admin1 and area.admin1
            and _city_governed_apart_within(area.admin1, place.admin1, place.name, place.lat, place.lon))
    if area.kind == "country":
        return place.country == area.country and place.kind != "country"
    if area.kind == "region" and area.country:
        if area.admin1:
            return place.admin1 in area.admin1.split(";") and place.kind in ("city", "admin2")
        return place.country == area.country and place.kind not in ("country", "region")
    return False


# "Lucena City" and "Lapu-Lapu City": a city's word after its name, which its own region's lacks.
_CITY_WORD_AFTER = re.compile(r"\s+city$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _city_governed_apart_within(region_id: str, own_region_id: str, name: str, lat: float, lon: float) -> bool:
    """Whether a city that is an admin-1 region of its own, named as it is (the Philippines' chartered
    cities: Lucena, Lapu-Lapu), lies within the outline of the province around it (``region_id``), so
    that the province qualifies it: "a resident of Lucena City, Quezon", "Lapu-Lapu City, Cebu"."""
    letters = re.sub(r"[^A-Z]", "", _CITY_WORD_AFTER.sub("", name).upper())
    if own_region_id.split(".", 1)[-1] not in (letters, letters + "CITY"):
        return False  # (its own region's code spells its name, "PH.LUCENA": no outline loaded to say no)
    from shapely.geometry import Point

    from geomap.boundaries import admin1_regions
    regions = {region.id: region for region in admin1_regions(region_id.split(".")[0])}
    own, province = regions.get(own_region_id), regions.get(region_id)
    if own is None or province is None or normalize(own.name) != normalize(_CITY_WORD_AFTER.sub("", name)):
        return False
    return province.geometry.convex_hull.contains(Point(lon, lat))


def _continues_a_place(key: str) -> bool:
    """Whether a word after a name keeps it a place's: "Monroe Mayor", "Paris Police", "Perth Hills"."""
    return key in REGION_WORDS or key in PLACE_WORDS or key in TITLES or key in CIVIC_AFTER or key in MEDIA_HEADS \
        or key in STREET_WORDS


# A settlement's word before its name (the community's too, as Brazil's and the Philippines' riverside and rural
# settlements are told): "the community of Porto Praia near Tefe".
_SETTLEMENT_WORD_OF_BEFORE = re.compile(r"\b(?:village|town|hamlet|community|settlement|township)[ \t]+of[ \t]+$",
                                        re.I)


def _settlements_named_by_two_places(text: str, found: list[Candidate]) -> list[Candidate]:
    """Without two names of places of different countries that, joined by a space after a settlement's word, name
    one settlement the gazetteer lacks: "a fisherman from the community of Porto Praia near Tefe" is neither Porto
    (Portugal) nor Praia (Cape Verde)."""
    dropped: set[int] = set()
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        if text[first.end:second.start] == " " and first.role == second.role == "place" \
                and _SETTLEMENT_WORD_OF_BEFORE.search(text, max(0, first.start - 16), first.start) \
                and not any(e.kind in ("country", "continent") for e in first.entries + second.entries) \
                and _apart(first.entries, second.entries):
            dropped.update((k, k + 1))
    return [c for k, c in enumerate(found) if k not in dropped] if dropped else found


def _apart(first: tuple[Entry, ...], second: tuple[Entry, ...]) -> bool:
    """Whether two names joined in one run are, at their largest, places of different countries and
    neither lies in the other: "Wellington Phoenix" (New Zealand, Arizona), not "Paris Texas"."""
    biggest = max(first, key=lambda e: e.population), max(second, key=lambda e: e.population)
    return biggest[0].country != biggest[1].country and not _lies_in(second, first) and not _lies_in(first, second)


# "In Western Australia, police in Perth ...": a region that opens a sentence frames it.
_FRAME_OPENS = re.compile(r"(?:^|[.!?][\"\u201d\u2019']?\s+|\n)In[ \t]+$")
_SENTENCE_END = re.compile(r"[.!?](?:[\"\u201d\u2019'])?(?:\s|$)")


def _framed_by_their_region(text: str, found: list[Candidate]) -> list[Candidate]:
    """The names after a sentence's opening "In <region>," in that sentence, qualified by the
    region where some of their places lie in it: "In Western Australia, police in Perth arrested
    a man after a fatal stabbing in Northbridge" is Perth's Northbridge, whatever Sydney's
    neighbourhood of the name the rest of a roundup favours."""
    out = list(found)
    for k, frame in enumerate(found):
        if frame.role != "place" or text[frame.end:frame.end + 1] != "," \
                or not _FRAME_OPENS.search(text, max(0, frame.start - 6), frame.start) \
                or not any(e.kind in ("admin1", "region") for e in frame.entries):
            continue
        end = _SENTENCE_END.search(text, frame.end)
        end = end.start() if end is not None else len(text)
        for m in range(k + 1, len(found)):
            cand = out[m]
            if cand.start >= end:
                break
            if cand.role == "place" and cand.qualifier is None and _lies_in(cand.entries, frame.entries) \
                    and not all(any(contains(r, e) for r in frame.entries) for e in cand.entries):
                out[m] = replace(cand, qualifier=frame)
    return out


def _lies_in(entries: tuple[Entry, ...], regions: tuple[Entry, ...]) -> bool:
    """Whether some place of ``entries`` lies in some region or country of ``regions``: "Paris,
    Texas" is qualified, but "Missouri, New York" is a list of states."""
    return any(contains(r, e) for r in regions for e in entries)


def _coded_area(entries: tuple[Entry, ...]) -> bool:
    """Whether a name is a country's, an admin-1 region's or a well-known region's that lists the
    admin-1 regions it covers (Galicia): an area after "X, in" that places a town, where a sea or
    a region known only by its country may be a list's item or a feature beside it ("the Îles de
    la Madeleine, in the Gulf of St. Lawrence")."""
    return any(e.kind in ("admin1", "country") or (e.kind == "region" and e.country and e.admin1) for e in entries)


def _names_a_country(cand: Candidate) -> bool:
    """Whether a name is a country's own name ("China", not "Chinese" nor "PRC")."""
    return any(e.kind == "country" and e.key == cand.key for e in cand.entries)


# "upstate New York", "Downstate Illinois": parts of a state, in either case (no district is so named).
_STATE_PART_BEFORE = _Before(r"\b(?:[Uu]pstate|[Dd]ownstate)[ \t]+$", ends=("pstate", "ownstate"), strip=" \t")


def _part_of_a_region(text: str, cand: Candidate) -> Candidate:
    """ "northern Gaza", "west Cork", "eastern Washington", "upstate New York": a compass word in lower
    case (or "upstate", "downstate") names part of a region, not of the town of the same name in its
    country, when the region is a well-known one or much more than the town (twice its people, or
    does not hold it). "west Belfast", "central Khartoum" stay the city: a region of the city's name
    that is much the city, and the centre of a name is the city's."""
    compass = _COMPASS_BEFORE.search(text, max(0, cand.start - 12), cand.start) \
        or _STATE_PART_BEFORE.search(text, max(0, cand.start - 12), cand.start)
    if cand.role != "place" or compass is None:
        return cand
    towns = [e for e in cand.entries if e.kind == "city"]
    central = compass.group().strip() == "central"
    regions = [r for r in cand.entries if r.kind == "region" or r.kind == "admin1" and not central and all(
               t.admin1 != r.admin1 or r.population >= 2 * t.population for t in towns if t.country == r.country)
               and not _outgrown_by_its_city(r, towns)]
    # ... of the country of the name's biggest town: "south San Jose" is California's city, whatever
    # the province of Costa Rica so named.
    biggest = max(towns, key=lambda t: t.population, default=None)
    if biggest is None or not any(r.country == biggest.country for r in regions):
        return cand
    return replace(cand, entries=tuple(e for e in cand.entries if e.kind != "city" or e.country != biggest.country))


# A city this big whose name a smaller region around it bears is the name's sense after a compass word
# (``_part_of_a_region``).
REGION_OUTGROWING_CITY_POPULATION = 1_000_000


def _outgrown_by_its_city(region: Entry, towns: list[Entry]) -> bool:
    """Whether a region is outgrown by a city of its name and country of a million or more, which holds more people
    than the region does (its own region another): "a district in southern Lima" is Peru's capital of 7.7 million,
    not the Lima Region of half a million around it (whose choice had carried the story's other "Lima" there too)."""
    return 0 < region.population and any(t.country == region.country and t.population > region.population
                                         and t.population >= REGION_OUTGROWING_CITY_POPULATION for t in towns)


# "made landfall in Dinalungan, Aurora": a name after a comma that ends a place the gazetteer lacks.
_UNKNOWN_NAME_BEFORE = _Before(rf"\b(?:in|at|near|from)[ \t]+(?:[{UPPER}][\w'\u2019-]*[ \t]+){{0,2}}"
                                rf"[{UPPER}][\w'\u2019-]*,[ \t]+$", ends=(",",), strip=" \t")
_AREA_KINDS = ("admin1", "admin2", "region", "country")


def _qualifies_an_unknown_name(text: str, cand: Candidate, prv: Candidate | None) -> bool:
    """Whether ``cand`` qualifies a place the gazetteer lacks, which a locative word opens and no
    list goes on from ("in Dinalungan, Aurora, at 9:10 p.m."): then it is an area that holds a
    place, not a town, where it names one ("Aurora", the province, not a town of Isabela)."""
    before = _UNKNOWN_NAME_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    return before is not None and (prv is None or prv.end <= before.start()) \
        and not _LIST_GOES_ON.match(text, cand.end) \
        and any(e.kind in _AREA_KINDS for e in cand.entries) and any(e.kind == "city" for e in cand.entries)


def _attach_qualifiers(text: str, found: list[Candidate]) -> list[Candidate]:
    """Link "Paris, Texas" and "Troy, N.C.": the second name qualifies the first."""
    out = []
    for k, cand in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt and nxt.role == "demonym" and k + 2 < len(found) \
                and _HELD_BY.fullmatch(text, nxt.end, found[k + 2].start):
            nxt = found[k + 2]  # "in Russian-occupied Ukraine": Ukraine is where the place lies
        plural = _PLURAL_AFTER.match(text, cand.end)
        end = plural.end() if plural else cand.end  # "Nassau and Baker counties in Florida"
        if nxt and text[end:end + 1] == "," and _QUALIFYING_COMMA.fullmatch(text, end, nxt.start):
            if _names_a_country(cand) and any(e.kind == "country" for e in nxt.entries):
                pass  # "to China, Japan and South Korea": countries listed, not China, a town of Okinawa
            elif _lies_in(cand.entries, nxt.entries):
                cand = replace(cand, qualifier=nxt)
            elif any(e.kind == "country" for e in nxt.entries) and all(
                    e.kind == "city" and e.population < 100_000 for e in cand.entries) \
                    and not _LIST_GOES_ON.match(text, nxt.end):
                continue  # "Foya, Liberia": a town the gazetteer lacks, not Foya in China
        elif nxt and (text[end:end + 1] == " " and _QUALIFYING_IN.fullmatch(text, end, nxt.start)
                      or text[end:end + 1] == "," and _QUALIFYING_IN.fullmatch(text, end, nxt.start)
                      and _coded_area(nxt.entries) and not _ANOTHER_NAME_LISTED.match(text, nxt.end)
                      or text[end:end + 1] == "," and _QUALIFYING_APPOSITIVE.fullmatch(text, end, nxt.start)) \
                and any(e.kind in ("admin1", "country", "region") for e in nxt.entries) \
                and _lies_in(cand.entries, nxt.entries):
            cand = replace(cand, qualifier=nxt)  # "Trujillo in Extremadura", "Georgetown in Washington"
        prv = out[-1] if out else None
        if cand.role == "place" and _qualifies_an_unknown_name(text, cand, prv):
            cand = replace(cand, entries=tuple(e for e in cand.entries if e.kind in _AREA_KINDS))
        if cand.qualifier is None and prv is not None and prv.role == "possessive" \
                and _QUALIFYING_POSSESSIVE.fullmatch(text, prv.end, cand.start) \
                and any(e.kind in ("admin1", "country") for e in prv.entries) and _lies_in(cand.entries, prv.entries):
            cand = replace(cand, qualifier=prv)  # "India's Punjab", "Lebanon's Tripoli"
        out.append(cand)
    return out
