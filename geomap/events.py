"""Annotate places with the events the text reports there.

A sentence reports an event when its wording matches an event type (see ``taxonomy``).
The event is tied to the places the sentence names as locations: after a locative word
("in Istanbul", "over Rostov Oblast", "the streets of Kyiv, Lviv, Dnipro, and Odessa") or
as the object of an action ("penetrate Sumy"). Metonyms ("Moscow dismissed"), possessives
("Russia's war") and demonyms ("Ukrainian drones") stay mentions: they name actors, not
locations. When a sentence names a place and the region or country containing it, the
event goes to the most precise one.
"""

from __future__ import annotations

import bisect
import math
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from geomap.cues import FoldedSearch, fold
from geomap.dates import FUTURE_GRACE_DAYS, LIVE_ENTRY_TIME, DateMention, find_dates
from geomap.model import Event, Figure, Place, Source
from geomap.recognize import Candidate, demonyms
from geomap.index import Entry
from geomap.resolve import LARGE_CITY_POPULATION, Resolution, capitals_country, is_capital
from geomap.taxonomy import (CLAUSE_BREAK, CROWD_VIOLENCE, DEADLY_TYPES, DISEASES, FALLEN_STRUCTURES, OTHER_CLAUSE,
                              REMOTE_MEANS, classify, classify_match, default_summary, unarmed_clash)
from geomap.text import normalize, sentences, title_case

__all__ = ["annotate", "find_figures", "find_actors", "actor_names", "figure_label", "fatalities", "event_fatalities"]

# Words that make the name after them a location: "in", "over the occupied", "streets of".
_LOCATIVE_WORDS = (
    "in at near over across into outside inside around toward towards throughout within outskirts_of streets_of "
    "city_of town_of village_of region_of province_of invasion_of shelling_of bombing_of attack_on attacks_on "
    "strike_on strikes_on airstrike_on airstrikes_on raid_on raids_on assault_on residents_of penetrate struck hit "
    # (a barrage's participle: "Ukraine's air force said in Kyiv that Russia launched 120 drones overnight, hitting
    # Kharkiv and Dnipro" had made no event)
    "hitting striking "
    # what a flood's water or a march went down, a valley, a river or a street: "sending a torrent down the Wadi Derna
    # that swept entire neighbourhoods into the Mediterranean", "Protesters marched down Avenida Paulista on Tuesday"
    # (had made no event); not a ship's way down a river ("sailing down the Mekong"), nor "shut down"
    "torrent_down torrents_down floodwater_down floodwaters_down swept_down sweeping_down pouring_down poured_down "
    "marched_down marching_down "
    "attacked shelled bombed bombarded captured seized recaptured liberated entered visited reached besieged "
    # a town taken, or taken back, told in other forms of the verb: "But with the RSF seizing El Fasher in Darfur in
    # October after an 18-month siege" (had been placed in Darfur), "as the army has retaken Khartoum and Wad Madani"
    # (had made no event)
    "seizing capturing recapturing retook retaken retaking overran overrunning "
    "ambushed raided stormed through siege_of fell_on landed_on pounded targeted market_of port_of ports_of airport_of "
    "hospital_of suburbs_of centre_of center_of heart_of area_of areas_of district_of bombardment_of flooded battered "
    "parts_of state_of county_of department_of governorate_of municipality_of prefecture_of parish_of island_of "
    "chiefdom_of "
    "islands_of "
    # where a storm's rain fell: "Remnants of Tropical Storm Chantal dumped nearly a foot of rain on central North
    # Carolina, ... killing at least six people" (had made no event)
    "rain_on rains_on rainfall_on downpours_on "
    # Russia's republics: "Gunmen attacked a traffic police post in Russia's southern Republic of Dagestan on Monday"
    # (had made no event)
    "republic_of "
    # a volcano erupted, named after its eruption: "An eruption of Lewotobi Laki-laki in November 2024 killed nine
    # people and damaged thousands of houses" (had made no event)
    "eruption_of eruptions_of "
    # several regions of one word: "floods worsened in the east coast states of Kelantan and Terengganu", "Floods hit
    # the provinces of Pattani and Yala" (had made no event)
    "states_of provinces_of regions_of counties_of "
    # ... and several towns of one region: "Clashes broke out overnight in several towns of Seine-Saint-Denis, north of
    # Paris" (had made no riot)
    "towns_of villages_of cities_of communes_of "
    # Syria's press: "government troops had entered several villages in the western countryside of Sweida"
    "countryside_of "
    # the wilds of a region where a fugitive hid or was caught: "Caro Quintero was arrested in July 2022 in the
    # mountains of Sinaloa state, after years on the run" (had made no event)
    "mountains_of hills_of jungles_of jungle_of "
    # a local government area the gazetteer lacks, then its state: "Gunmen killed 12 people in Yelwata, a farming
    # community in Guma LGA of Benue State, on Friday night" (had made no event)
    "lga_of local_government_area_of "
    # ... or a commune the gazetteer lacks, then its region, as Niger's and Mali's are told: "gunmen killed 44 civilians
    # during Friday prayers at a mosque in Fambita, in the Kokorou commune of the Tillabéri region" (had made no event)
    "commune_of "
    # a named quarter of a city: "a strike hit a school ... in the Tuffah neighbourhood of Gaza City" (had made no event)
    "neighbourhood_of neighborhood_of suburb_of "
    # ... or several: "The death toll from wildfires that swept through hillside neighborhoods of Viña del Mar rose to
    # 131 on Tuesday" (had made no event)
    "neighbourhoods_of neighborhoods_of suburbs_of "
    # the town's fringe: "Gunmen killed seven people at a car wash on the southern edge of Culiacán on Sunday" (had
    # made no event)
    "edge_of edges_of "
    # a town's industrial or free-trade zone: "a fire broke out on Tuesday night at a paint warehouse in the industrial
    # zone of Vilvoorde, north of Brussels" (had made no event)
    "zone_of zones_of "
    # ... or a town told as a trade's or a country's hub: "More than 50 garment factories in Bangladesh's industrial
    # hub of Gazipur shut on Sunday after thousands of workers went on strike" (had made no event)
    "hub_of "
    # at sea: "sank off the coast of Libya" (and "off Lampedusa": ``_OFF_BEFORE``)
    "coast_of "
    # ... or a strait's shipping lane: "Five robbers armed with knives boarded a bulk carrier in the eastbound lane of
    # the Singapore Strait early on Thursday" (had made no event); not "the waters of", a lake's or a river's shared
    # or rising ("to discuss how to share the shrinking waters of the Amu Darya")
    "lane_of lanes_of "
    # on the crossing where a boat was lost: "Four migrants died ... while trying to cross the English Channel"
    "cross crossing "
    # "B-2 bombers dropped bunker-busting bombs on Iran's Fordow enrichment plant"
    "bombs_on "
    "lashed ravaged devastated "
    # what the cold's ice or snow covered or held: "A crippling ice storm coated Oklahoma and Arkansas in up to an inch
    # of ice on Saturday" (had made no event)
    "coated glazed "
    # what a flood's water covered: "Heavy flooding after the collapse of the Alau dam on the outskirts of the city
    # submerged half of Maiduguri, the capital of Borno state, killing at least 30 people" (had made no event)
    "submerged inundated submerging inundating half_of "
    # ... or much of it: "a magnitude-7.6 earthquake devastated much of Ishikawa Prefecture" (the quake had been put
    # at Nagatacho, where speculation grew after)
    # (not "most of", a subject's as often: "The storm spared most of southern Ontario")
    "much_of swathes_of swaths_of "
    # what a quake or a blast shook: "A magnitude 4.5 earthquake shook Armenia's Shirak province on Tuesday",
    # "Explosions rocked Kabul" (had made no event)
    "shook rocked jolted "
    # India's press, where the arrest was made: "were nabbed from Sonipat in Haryana after a brief exchange of fire"
    "arrested_from nabbed_from apprehended_from "
    # a town taken, named: "Russian troops had taken control of Petropavlivka in Kharkiv region" (had been placed
    # in the region only)
    "control_of "
    ).split() + [
    # a village left unnamed, placed by its bearing from the nearest town, the place ACLED codes: "killed at least 40
    # people in an attack on a village west of El Fasher" (had made no event); not any bearing ("Star Lake, north of
    # Perham") nor a named one's ("Kronstadt, an island town west of St Petersburg", "the Zamzam displacement camp
    # south of El Fasher")
    f"a_{settlement}_{bearing}_of" for settlement in ("village", "town", "camp", "hamlet", "settlement")
    for bearing in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                    "north-east", "north-west", "south-east", "south-west")] + [
    # ... and the woods or hills a wildfire burns, placed by their bearing from the town: "A wildfire fanned by strong
    # winds tore through pine forests northeast of Athens on Monday" (had made no event)
    f"{land}_{bearing}_of" for land in ("forests", "forest", "woodland", "woods", "hills", "hillsides")
    for bearing in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                    "north-east", "north-west", "south-east", "south-west")] + [
    # a city's numbered zone or sector, as Guatemala City, Bucharest or Tegucigalpa number theirs: "a bus was attacked
    # in zone 18 of Guatemala City on Tuesday, killing the driver" (had made no event)
    f"{part}_{number}_of" for part in ("zone", "zona", "sector", "ward") for number in range(1, 26)] + [
    # ... and Nepal's municipal wards, numbered after a hyphen: "a landslide buried three houses in Bhotekoshi Rural
    # Municipality-2 of Sindhupalchowk district early on Sunday" (had made no event)
    f"municipality-{number}_of" for number in range(1, 36)]
# "in El Fasher's market", "near Port Sudan's southern port": a possessive that locates a part of the town.
_PART_OF_TOWN = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:market|port|airport|hospital|outskirts|suburbs?|"
                           r"centre|center|camps?|district|neighbou?rhood|streets?|refinery|depot|station|university|"
                           r"prison|square|harbou?r|bridge|old city|downtown|city centre|industrial zone|outpost|"
                           r"mosque|church|school|bazaar|souq|"
                           # an informal settlement or a slum of the town, where South Africa's and Kenya's press place
                           # its shootings: "four people were shot dead in Khayelitsha's Site C informal settlement"
                           # (had made no event)
                           r"informal\s+settlements?|squatter\s+camps?|slums?|shanty\s*towns?|favelas?|"
                           # the seat of a town's power, where its protests gather: "outside Istanbul's city hall
                           # in the Sarachane district", "entered the parliament complex in Kathmandu's New
                           # Baneshwor area"
                           r"city\s+hall|town\s+hall|"
                           # a named avenue or street: "outside parliament on Tbilisi's Rustaveli Avenue"
                           r"Avenue|Street|Boulevard|"
                           # a named square or market ("Tehran's Enghelab Square"), not a named hospital's
                           # possessive ("St. Michael's Hospital in Toronto")
                           r"Square|Market|Bazaar|Souq|Old City|Downtown|District|Camp)\b|"
                           # a named area of the town (not "Chengdu's urban area"): "entered the parliament complex in
                           # Kathmandu's New Baneshwor area"
                           r"['\u2019]s\s+(?:[A-Z][\w-]*\s+){1,2}area\b")
# "at Israel's Ben Gurion airport", "on Yemen's Ras Isa fuel port": a possessive that locates a site the
# gazetteer lacks, in the country or region (the "at"/"on" before it is looked for as any place's is).
# (its coast at sea, not its coast guard: "a rubber boat capsized off Libya's coast" had made no event)
_SITE_OF_A_COUNTRY = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:airport|port|harbou?r|air\s+base|naval\s+base|"
                                r"oil\s*field|refinery|power\s+(?:station|plant)|dam|coast(?:line)?(?!\s+guard))\b"
                                r"(?!\s+(?:city|town)\b)")
# A country's waters, airspace or zone, where another's missile, ship or plane went: its owner watches, no actor ("The
# missile ... splashed down in waters northeast of the port city of Wonsan, outside Japan's exclusive economic zone"
# had made Japan the launch's actor; "entered Taiwan's southwestern air defense identification zone"). Not a place
# either: "outside" it, or only near.
# A country's or a state's harvest, crops or herds, where the drought or frost that hit them was: "Drought slashes
# Morocco's wheat harvest for third straight year" (had made no event); only in a disaster's sentence
# (``_a_disasters``): "Morocco's cereal harvest will fall to 3.1 million tonnes, the ministry said" is no one's
# statement there.
_HARVEST_OF_A_PLACE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:harvests?|crops?|farms|farmland|farmlands|"
                                 r"pastures?|herds|livestock|plantations|orchards|vineyards|grain\s+belt|"
                                 r"breadbasket|farming\s+(?:regions?|areas?|heartland))\b")


def _a_disasters(text: str, sent_start: int, at: int) -> bool:
    """Whether the sentence holding offset ``at`` tells a disaster (``classify_match``)."""
    found = classify_match(text[sent_start:_sentence_end(text, at)])
    return found is not None and found[0] == "disaster"


# A country's airspace or territorial waters, entered or violated, are its own ground: what happened in them happened
# in it ("Polish and allied aircraft shot down several Russian drones that entered Poland's airspace overnight during a
# Russian attack on western Ukraine", "A Russian drone violated Romania's airspace during an overnight attack on
# Ukraine" had been strikes in Ukraine; "Three Russian MiG-31 fighter jets entered Estonian airspace" had no place of
# its own). Not an economic or identification zone, which lie beyond them, nor what lies "outside" or "near" them.
_SOVEREIGN_SPACE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:airspace|territorial\s+waters)\b")
_SOVEREIGN_SPACE_ENTERED_BEFORE = re.compile(r"\b(?:entered|entering|enters|enter|violated|violating|violates|"
                                             r"violate|breached|breaching|into|in|over|crossed\s+into|intruded\s+into|"
                                             r"incursions?\s+into)\s+$", re.I)


def _enters_a_countrys_space(text: str, cand: Candidate) -> bool:
    """Whether ``cand``, a country's possessive or demonym, names the airspace or territorial waters something
    entered or was in ("entered Poland's airspace", "violated Estonian airspace")."""
    return cand.role in ("possessive", "demonym") and _SOVEREIGN_SPACE_AFTER.match(text, cand.end) is not None \
        and _SOVEREIGN_SPACE_ENTERED_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None


# A country's coast or waters named by its demonym, where a ship was attacked, seized or sank: "was seized on March 12
# about 600 nautical miles off the Somali coast", "damaged by an explosion off the Libyan coast on Friday" (had made no
# place, or the ship's destination told after it). Not its coast guard, nor its waters, which a ship is steered into
# or a crew accused of fishing in ("accusing them of catching crab illegally in Russian waters").
_COAST_OF_A_DEMONYM_AFTER = re.compile(r"\s+coast(?:line)?\b(?!\s+guard)")
_AT_SEA_OFF_BEFORE = re.compile(r"\b(?:off|along)\s+(?:the\s+)?$", re.I)


def _off_a_countrys_coast(text: str, cand: Candidate) -> bool:
    """Whether ``cand``, a country's demonym, names the coast off which something happened
    (``_COAST_OF_A_DEMONYM_AFTER``)."""
    return cand.role == "demonym" and _COAST_OF_A_DEMONYM_AFTER.match(text, cand.end) is not None \
        and _AT_SEA_OFF_BEFORE.search(text, max(0, cand.start - 12), cand.start) is not None


# ... and the attack on a neighbour during which it was entered is the incursion's background, not its place: "shot
# down several Russian drones that entered Poland's airspace overnight during a Russian attack on western Ukraine".
_DURING_AN_ATTACK_ON_BEFORE = re.compile(r"\bduring\s+(?:an?|the|its|last\s+night['\u2019]s)\s+(?:[\w-]+\s+){0,3}?"
                                         r"(?:attacks?|strikes?|assault|barrage|bombardment|raids?)\s+(?:on|against)\s+"
                                         r"(?:[\w-]+\s+){0,2}?$", re.I)


def _attacked_beyond_an_entered_space(text: str, sent_start: int, cand: Candidate) -> bool:
    """Whether ``cand`` is the target of an attack "during" which the sentence's craft entered a country's airspace
    or waters named before it (``_DURING_AN_ATTACK_ON_BEFORE``)."""
    during = _DURING_AN_ATTACK_ON_BEFORE.search(text, max(sent_start, cand.start - 80), cand.start)
    return during is not None and any(
        _SOVEREIGN_SPACE_ENTERED_BEFORE.search(text, max(sent_start, space.start() - 30), space.start())
        for space in _SOVEREIGN_SPACE_NAMED.finditer(text, sent_start, during.start()))


_SOVEREIGN_SPACE_NAMED = re.compile(r"\b(?:[A-Z][\w-]+(?:['\u2019]s)?\s+(?:airspace|territorial\s+waters)|"
                                    r"(?:its|their)\s+(?:airspace|territorial\s+waters))\b")


_ZONE_OF_A_COUNTRY = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:(?:economic|identification|exclusion)\s+zone|"
                                r"EEZ|ADIZ|(?:territorial\s+)?waters|airspace)\b")
# A country named by its border, near which something happened on the other side: "Myanmar rebels seize town near
# China border" (Bhamo, in Myanmar; a battle in China, had been).
_UNIVERSITY_AFTER = re.compile(r"(?:\s+State)?\s+(?:University|College)\b")
_BORDER_AFTER = re.compile(r"\s+border\b")
_NEAR_ITS_BORDER_BEFORE = re.compile(r"\b(?:near|along|close\s+to)\s+(?:the\s+)?$", re.I)
_EMBASSY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:embassy|embassies|consulate|consulates)\b", re.I)
# A place that is the subject of what happened there: "Kharkiv came under heavy shelling",
# "Goma has seen fierce fighting", "Karachi was hit by heavy rain". "saw" only with its event
# after it: "Moscow saw the talks as a failure" is Russia's view, not a meeting in Moscow.
# A river over its banks, where its flood was (``_UNDERGOES``, ``_BURST_ITS_BANKS_AFTER``).
_BURST_ITS_BANKS = r"(?:(?:had|has|have)\s+)?(?:burst|broke|overflowed|overtopped)\s+(?:its|their)\s+banks"
_UNDERGOES = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:again\s+|also\s+|repeatedly\s+|heavily\s+)?"
    r"(?:hit|struck|shelled|bombed|bombarded|attacked|targeted|pounded|rocked|shaken|flooded|battered|lashed|"
    r"captured|seized|recaptured|retaken|besieged|stormed|raided|ravaged|devastated|overrun|"
    # the place a disaster hit most: "Ilam district was the worst hit, with 37 deaths in landslides" (had been none;
    # not a list's "Dhemaji, ... and Barpeta are the worst-hit districts")
    r"(?:the\s+)?(?:worst|hardest|badly|severely)[\s-]+(?:hit|affected)(?![\s-]+(?:districts?|provinces?|regions?|"
    r"areas?|states?|count(?:y|ies)|towns?|villages?|cit(?:y|ies)|parts?)\b))|(?:came|comes|has\s+come)\s+under|"
    r"(?:saw|sees|has\s+seen|have\s+seen|had\s+seen|witnessed)\s+(?:[\w-]+\s+){0,3}?(?:fighting|clash(?:es)?|protests?|"
    r"demonstrations?|riots?|shelling|airstrikes?|air\s+strikes?|attacks?|flooding|floods?|bombing|bombardment|"
    r"battles?|unrest|violence|rall(?:y|ies)|march(?:es)?)|"
    r"(?:erupted|erupts|has\s+erupted|began\s+erupting)|"  # "Mount Kanlaon erupted on Monday"
    # a river over its banks, where its flood was, when the sentence names no town it flooded (``_locations``)
    rf"{_BURST_ITS_BANKS}|"
    # a place that had the reading a heatwave is told by: "Phoenix reached 118 degrees Fahrenheit on Thursday" (had
    # made no event there), "Isesaki hits record 41.8C"
    r"(?:reached|reaches|hit|hits|recorded|records|registered|touched|topped|sweltered\s+at|swelters\s+at|"
    r"baked\s+at|bakes\s+at|sizzled\s+at)\s+(?:an?\s+)?(?:(?:record|new|all-time|high|temperature)\s+)*(?:of\s+)?"
    r"\d{2,3}(?:\.\d)?\s?(?:\u00b0\s?[CF]|degrees|C\b|F\b)|"
    # a place that counted an outbreak's dead or sick: "Bangladesh recorded four more dengue deaths in the 24 hours to
    # 8 a.m. on Monday" (had made no event); counted, not a habit's ("Kerala has reported Nipah cases in most years");
    # and the outbreaks it counted, on its farms too: "Poland has reported four outbreaks of highly pathogenic bird flu
    # on poultry farms in the west of the country", "Hungary has confirmed its first outbreak of foot-and-mouth
    # disease in more than 50 years" (had made no event)
    r"(?:recorded|reported|registered|confirmed|has\s+recorded|has\s+reported|has\s+registered|has\s+confirmed)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|about|almost|some)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[\w,.-]+\s+){0,4}?"
    r"(?:deaths|cases|infections|fatalities|outbreaks)|"
    r"(?:reported|confirmed|has\s+reported|has\s+confirmed)\s+(?:an|its\s+(?:first|second|third|latest))\s+"
    r"outbreak\s+of)\b", re.I)
_BURST_ITS_BANKS_AFTER = re.compile(rf"\s+{_BURST_ITS_BANKS}\b", re.I)
# ... past the apposition that says what the place is: "Mount Etna, Europe's most active volcano, erupted on Monday"
# (had made no event), "Kanlaon, one of 24 active volcanoes in the Philippines, last erupted in December 2024" (had
# been the Philippines' eruption); a noun phrase opened by an article, "one of" or a possessive, with the adverb
# that may follow it.
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|an?|one\s+of|(?-i:[A-Z])[\w.-]*['\u2019]s)\s+[^,;.()\"\u201c\u201d]{1,60}?,"
                              r"(?:\s+(?:last|first|again|also|briefly|then))?(?=\s)")
# At sea near a place: "capsized off Lampedusa", "It sank in rough seas about 20 nautical miles south of
# Lampedusa"; not "off the Pacific coast", a storm's ocean (nor "30 km north of Goma" on land, where the
# town meant is another, unnamed; nor "600 nautical miles east of Mogadishu", no one's neighbourhood).
_OFF_BEFORE = re.compile(r"\b(?:off|(?<![\d,])\d{1,2}\s+nautical\s+miles\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
                         r"\s+of)\s+$", re.I)
# ... and off land named with "the" that reaches into the sea, islands, a peninsula or a cape: "a boat carrying
# migrants capsized off the Canary Islands", "A magnitude 6.8 earthquake struck off the Noto Peninsula" (had made no
# event); not "off the Pacific coast", a storm's ocean, "humid air off the Gulf" or "an exit ramp off the
# Massachusetts Turnpike"
_OFF_THE_BEFORE = re.compile(r"\boff\s+the\s+$", re.I)
# ... and off a region a country's possessive names: "A magnitude 6.1 earthquake struck off Japan's northeastern Iwate
# prefecture on Tuesday morning" (had made no event).
_OFF_A_COUNTRYS_BEFORE = re.compile(r"\boff\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}['\u2019]s\s+"
                                    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}$", re.I)
_REACHES_INTO_THE_SEA = re.compile(r"(?:Islands|Isles|Islets|Keys|Archipelago|Peninsula|Cape|Shoals?|Reefs?|Atoll)$")
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$", re.I)
# "across the Nile from Khartoum" says where something lies, not where it happened.
_ACROSS_FROM = re.compile(r"\s*(?:,\s*)?from\b")
_ACROSS_BEFORE_REVERSED = re.compile(r"(?:\s+eht)?\s+ssorca\b", re.I)
# A Markdown heading's marks, a quotation's or a list item's: no part of a source sentence.
_MARKUP_START = re.compile(r"(?:#{1,6}|>|[*+-])[ \t]+")
# Armed groups and organisations that act in conflict news, named as their reports name them.
_KNOWN_ACTORS = re.compile(r"\b(?:RSF|SAF|SDF|YPG|PKK|M23|ISIS|ISIL|HTS|AQAP|Hamas|Hezbollah|Houthis?|"
                           # (AFP spells them Huthis: "Yemen's Huthi rebels said Tuesday they had attacked a
                           # Liberia-flagged bulk carrier", no actor had been)
                           r"Huthis?|"
                           # (al-Shabaab as the wires spell it too: "Al Shabaab gunmen stormed a hotel", "Al-Shabab")
                           r"Taliban|Wagner|[Aa]l[- ][Ss]haba?ab|Boko Haram|Rapid Support Forces|"
                           # "The fighters, from the al-Qaida-linked group JNIM", "CODECO militiamen attacked a camp"
                           r"JNIM|CODECO|ISWAP|"
                           # "ADF fighters killed nine people in the village of Mangodomu", "The Fano militia said on
                           # Thursday it had captured the town of Debre Tabor" (not Fano, the town on the Adriatic);
                           # bare as well when it says it did the deed: "Fano said it had captured the town of Debre
                           # Tabor in South Gondar zone on Saturday" (had been no actor)
                           r"ADF|Fano(?= (?:militias?|militiam[ae]n|fighters|forces|insurgents|rebels|groups?)\b"
                           r"|,? (?:said|says|claimed) (?:that )?(?:it|they) (?:had |has |have )?[a-z]+ed\b)|"
                           # Latin America's guerrillas and gangs, by the names the wires give them: "fighters of the
                           # National Liberation Army (ELN) attacked a military base" (the Spanish acronym is no
                           # initials of the English name, and had made no actor), "FARC dissidents", "the CJNG",
                           # "two members of the Tren de Aragua gang", "the Comando Vermelho drug gang"
                           r"ELN|FARC(?: dissidents)?|CJNG|MS-13|Tren de Aragua|Comando Vermelho|Los Choneros|"
                           # India's insurgents, by the name its papers give them: "Maoists killed two villagers in
                           # Chhattisgarh's Bijapur district" (had been no actor)
                           r"Maoists|Naxal(?:ite)?s)\b")
# Any armed group by its acronym, told by the fighters after it: "fighters of the UPC armed group attacked positions
# near Bambari", "FDLR rebels", "CPC militiamen" (the attack had no actor); capitals only, so no word of the sentence
# ("US forces", "UN peacekeepers" and an army's soldiers are no such words after it).
_ACRONYM_OF_FIGHTERS = re.compile(r"(?<![\w/-])(?-i:[A-Z][A-Z0-9]{1,6})(?![\w/-])(?= (?:armed groups?|rebel groups?|"
                                  r"rebels|militias?|militiam[ae]n|fighters|gunmen|insurgents|combatants|"
                                  r"jihadists)\b)")
# The bearings of a country's or a region's part, two of which "and" or "or" may join ("across northern and central
# Portugal", ``_LOCATIVE_BEFORE_REVERSED``).
_BEARING_WORDS = ("northern southern eastern western central northeastern northwestern southeastern southwestern "
                  "north-eastern north-western south-eastern south-western").split()
_LOCATIVE_ADJECTIVES = ("northern southern eastern western central northeastern northwestern southeastern "
                        "southwestern north south east west northeast northwest southeast southwest occupied "
                        # hyphened bearings: "Wildfires in Chile's south-central Biobío region killed three people"
                        # (had made no event)
                        "north-eastern north-western south-eastern south-western north-central south-central "
                        "east-central west-central "
                        "frontline border nearby besieged embattled strategic key coastal "
                        # "In neighbouring Katsina state, the air force said its jets bombed a bandit camp"
                        "neighbouring neighboring "
                        # "in Iraq's semi-autonomous Kurdistan region"
                        "semi-autonomous autonomous restive breakaway war-torn "
                        # a region by its language: "in Cameroon's restive English-speaking Northwest region" (with
                        # "-speaking" below; had made no event)
                        "anglophone francophone "
                        "capital state_capital provincial_capital regional_capital downtown "
                        # a city's other centres, as US papers name them: "About 200 demonstrators marched through
                        # uptown Charlotte on Sunday afternoon" (had made no event)
                        "uptown midtown "
                        # ... and its suburbs: "Federal agents arrested at least 13 protesters outside an immigration
                        # processing facility in suburban Broadview on Friday" (had been placed at the dateline's Chicago)
                        "suburban "
                        # a country's island by its rank: "struck off the coast of Vanuatu's main island Efate on
                        # Tuesday, killing at least 14" (had been placed at the dateline's Port Vila)
                        "main_island largest_island biggest_island "
                        # (or the next in rank: "Hundreds of residents of Greece's second-largest island Evia fled by
                        # ferry on Sunday as a wildfire ... ravaged forests and villages" had made no event)
                        "second-largest_island second-biggest_island "
                        # a remote one, or a far-off part of a country: "A passenger plane carrying 49 people crashed in
                        # Russia's far eastern Amur region on Thursday" (had made no event)
                        "far far-eastern far-western remote").split()
# Where those who report an event sit ("Officials in Dnipro region said a missile struck
# Zaporizhzhia"), not where it happened; unlike witnesses ("residents of El Obeid reported clashes").
# (one official too: "Afghan border forces and Pakistani troops exchanged fire near Torkham on Sunday night, wounding
# two Afghan guards, a Taliban official in Nangarhar said" had made a battle in Nangarhar)
_SPEAKERS_IN = re.compile(r"\b(?:officials?|authorities|police|governor|administration|government|ministry|spokesman|"
                          r"spokeswoman|spokesperson|sources|correspondents?|reporters|journalists|diplomats|analysts|"
                          r"forecasters|meteorologists|scientists|experts|health|center|centre|office|agency|service|"
                          # ("Firefighters in Tarragona said on Sunday they had brought under control a blaze that
                          # burned 3,000 hectares near the town of Paüls": the blaze's at Paüls, not at Tarragona)
                          r"institute|bureau|firefighters|rescuers|"
                          # (and those whose trade is to watch or judge from afar, and institutions by their names:
                          # "Volcanologists in Rome said the eruptions were not connected", "prosecutors in Karlsruhe
                          # said", "the prefecture in Ajaccio said"; "China's Ministry of Emergency Management in
                          # Beijing said 17 people had died in floods and landslides across the south", "The U.S.
                          # Centers for Disease Control and Prevention in Atlanta said": no disaster at Beijing nor
                          # Atlanta)
                          r"volcanologists|seismologists|researchers|prosecutors|prefecture|department|delegation|"
                          r"centers|centres|institution|"
                          # (and a country's mission abroad: "The consulate in Erbil said two staff members were
                          # wounded in a drone attack in Kirkuk on Monday" had been a strike at Erbil, with the toll)
                          r"embassy|embassies|consulate|consulates|mission|"
                          # (and the surveys and observatories that measure a quake from afar: "The U.S. Geological
                          # Survey in Golden, Colorado, said the quake had a magnitude of 6.9" had been a quake at
                          # Golden; the name's words set off by commas too: "The Indonesian Agency for Meteorology,
                          # Climatology and Geophysics in Jakarta said", a quake at Jakarta)
                          r"survey|observatory|observatories)"
                          r"(?:\s+(?:of|for)(?:\s+(?-i:[A-Z])[\w'\u2019-]*,?(?:\s+(?:and|of|for|on))?){1,5}"
                          r"(?:\s+\([A-Z]{2,8}\))?)?"
                          # (or "at" a university the place names: "the Iranian Seismological Center at Tehran
                          # University said", which had made a quake at Tehran; ``_SPEAKERS_AFTER`` sees it)
                          r"\s+(?:in\s+(?:the\s+)?|at\s+)$", re.I)
SPEAKERS_REACH = 90  # characters before a place that ``_SPEAKERS_IN`` looks through
# (or who deny, or accuse: "Azerbaijan's Defence Ministry in Baku denied the report, ... and accused Armenian units
# of firing at its positions in the Kalbajar district" had been a battle at Baku)
_SPEAKERS_AFTER = re.compile(r"(?:\s+(?:region|oblast|province|city|state|county|district|University|College))?"
                             # (its state or country after the town: "The U.S. Geological Survey in Golden, Colorado,
                             # said")
                             r"(?:,\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)?,(?=\s+(?-i:[a-z])))?,?\s+"
                             # (the speaker named after the post: "A spokesman for the Congolese army in Ituri, Lt.
                             # Jules Ngongo, confirmed the attack and put the death toll at 21" had made a second
                             # attack, at Ituri)
                             r"(?:(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}?(?-i:[A-Z])[\w'\u2019-]*,\s+)?"
                             # ("officials in Washington have warned that the Interior Department could impose one")
                             r"(?:(?:have|has|had)\s+(?:also\s+)?)?"
                             r"(?:said|say|says|told|reported|announced|confirmed|added|wrote|warned|warns|forecast|"
                             r"denied|denies|deny|accused|accuses|claimed|claims|insisted)\b",
                             re.I)
# ... nor where someone spoke from ("Speaking in Kyiv, Zelensky said"); and witnesses who tell of
# another place's event are not where it happened ("Doctors in Khan Younis said a strike on Rafah").
_SPEAKING_IN = re.compile(r"\b(?:speaking|(?:news|press)\s+conference|briefing)\s+(?:in|from|at)\s+$|"
                          # ... at a named place of a town: "Prime Minister Andrew Holness, speaking at the National
                          # Emergency Operations Centre in Kingston, declared the entire island a disaster area"
                          r"\bspeaking\s+(?:at|from)\s+(?:the\s+|an?\s+)?(?:[\w'\u2019.-]+\s+){1,5}?(?:in|at)\s+$|"
                          # ("Speaking to reporters in Ankara, Erdogan said Turkish jets had struck PKK targets in
                          # northern Iraq" had been a strike at Ankara)
                          r"\bspeaking\s+(?:to|with)\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:in|from|at)\s+$|"
                          # "The European Union's foreign policy chief said in Brussels that the bloc was
                          # concerned by the arrests" (an arrest in Brussels), "said a former diplomat in
                          # Islamabad" (talks there)
                          r"\b(?:said|says|told\s+reporters|announced|added)\s+(?:in|from)\s+$|"
                          # ... or where a statement was read or issued: "Venezuelan Foreign Minister Yvan Gil said in
                          # a statement read in Caracas that the attacks amounted to extrajudicial executions" (had
                          # made an attack at Caracas)
                          r"\b(?:said|says|announced|added|warned|denied)\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|"
                          r"message|communiqu\u00e9|communique|letter)\s+(?:read(?:\s+out)?|issued|released|published|"
                          r"posted|sent)\s+(?:in|from)\s+$|"
                          # where a body that speaks sits: '"This is the largest outbreak we've seen in more than 30
                          # years," said Zach Holbrooks, executive director of the South Plains Public Health
                          # District, which is based in Brownfield' (no outbreak in Brownfield)
                          r"\b(?:which|that|who)\s+(?:is|are|was|were)\s+(?:based|headquartered)\s+in\s+$|"
                          # ... and where those whom the news names are based, told after them: "arrested several army
                          # officers, accusing them of working with \"foreign sponsors\" based in Ivory Coast" (had made an
                          # arrest in Ivory Coast)
                          r"[\w\"\u201d\u2019]\s+(?:based|headquartered)\s+in\s+$|"
                          # ... or where a group began: "The ADF, which originated in Uganda, has killed thousands of
                          # civilians in Ituri and North Kivu since 2013" (had made an attack in Uganda)
                          r"\b(?:which|that|who)\s+(?:originated|emerged|was\s+(?:founded|formed|born))\s+in\s+$|"
                          r"\b(?:said|says|according\s+to)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:diplomats?|officials?|spokes(?:man|woman|person)|sources?|analysts?|experts?|residents?|"
                          # ("The outbreak has also spread to Jebel Marra and to the South Darfur capital Nyala,
                          # ... according to the health ministry in Port Sudan" had made an outbreak in Port Sudan)
                          # (and the police: "A westbound Honda Accord driven by a 23-year-old Gap man hit the back
                          # of the buggy ..., according to state police in Lancaster" had been a crash at Lancaster)
                          r"witness(?:es)?|ministers?|envoys?|ambassadors?|commanders?|observers?|ministry|police|"
                          r"troopers)\s+in\s+"
                          r"(?:the\s+)?$|"
                          # ... or the trade and agency of one quoted, set off after the name: "said Matt Girard, a
                          # meteorologist with the National Weather Service in Dodge City" (had been a blizzard at
                          # Dodge City, where the office sits)
                          r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:meteorologists?|forecasters?|hydrologists?|"
                          r"climatologists?|seismologists?|volcanologists?|scientists?|spokes(?:man|woman|person))\s+"
                          r"(?:with|at|for)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,4}?(?:service|office|cent(?:er|re)|"
                          r"agency|bureau|institute|survey|observatory)\s+in\s+(?:the\s+)?$|"
                          # ... or an agency by its name: "according to the National Weather Service in State College,
                          # which issued a rare flash flood emergency" (had been a disaster at State College)
                          # (its name's tail too: "a human case of H9N2 avian influenza in a child in Nanning ...,
                          # according to the Centre for Health Protection in Hong Kong", no case in Hong Kong)
                          r"\baccording\s+to\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){0,3}?(?:service|cent(?:er|re)|institute|"
                          r"agency|bureau|office|observatory|survey)(?:\s+(?:for|of|on)(?:\s+[\w-]+){1,4}?)?\s+in\s+"
                          r"(?:the\s+)?$",
                          re.I)
# (and an office that declares what happened elsewhere: "the governor's office in Helena declared a state of disaster
# for eight counties", which had made a disaster at Helena)
_SEAT_IN_BEFORE = re.compile(r"\b(?:ministry|ministries|government|administration|prefecture|embassy|delegation|office)"
                             r"\s+in\s+(?:the\s+)?$", re.I)
_A_SEAT_ACTS_AFTER = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|plans?|planned|wants?|wanted|can|could|"
                                r"declared|declares|imposed|ordered)\b")
_SPOKE_IN_BEFORE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
                              r"(?:said|says|told|reported|announced|warned)\b")
_WITNESSES_IN = re.compile(r"\b(?:doctors|medics|witnesses|residents|a journalist|a reporter|a correspondent|"
                           r"a spokesman|a spokeswoman|an official|a resident|a doctor)\s+in\s+(?:the\s+)?$", re.I)
# (and what a place is rich in or produces, as ``_HELD_BY_REVERSED``: "Nigeria's oil-rich Niger Delta")
_ADJECTIVES = "|".join(w.replace("_", " ") for w in _LOCATIVE_ADJECTIVES) + \
    r"|[\w]+-(?:occupied|held|controlled|speaking|rich|producing)"
# "In Deir al-Balah, in central Gaza,"; "Another hit Tamra, an Arab town in the Galilee, killing four"
_NAMED_SPEAKERS_POST_IN = re.compile(r"\b(?:said|says|according\s+to)\s+(?:[\w'\u2019.-]+\s+){1,3}?[\w'\u2019.-]+,\s+"
                                     r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:head|director|chief|spokes(?:man|woman|"
                                     r"person)|official|officer|commander|coordinator|manager)\s+(?:(?:of|for)\s+"
                                     r"(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}?)?in\s+(?:the\s+)?"
                                     rf"(?:(?:{_ADJECTIVES})\s+)?$", re.I)
_POST_ENDS = re.compile(r"\s*(?:[.!?;]|$)")
_IN_REGION = re.compile(r",?\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|port|suburb|settlement|"
                        # ("Rafah, on the southern edge of the Gaza Strip": the town, not the strip)
                        rf"community)\s+)?(?:in|on\s+the\s+(?:(?:{_ADJECTIVES})\s+)?(?:edges?|outskirts)\s+of)\s+"
                        rf"(?:the\s+)?(?:(?:{_ADJECTIVES})\s+)?")
# A suburb, then the city it is part of: "stabbed in Moss Side, Manchester", "a house in Finglas, north Dublin"
# (its distance tells it from a list of towns: "Kyiv, Kharkiv").
_THEN_ITS_CITY = re.compile(rf",\s+(?:(?:{_ADJECTIVES}|north|south|east|west|inner|greater)\s+)?", re.I)
# (nor a clause's subject after a frame: '"For people in Ungheni, Iasi is closer than Chisinau," the minister said')
_SUBJECT_OF = re.compile(r"\s+(?:is|was|are|were|has|had|have|will|would|can|could|said|says)\b")
# A city's part named after the city's name: "found the bodies of eight men inside a house in the Guadalajara suburb
# of Tlaquepaque" (had been placed at Guadalajara); or the city's name after its part's ("after a three-storey
# building under construction collapsed in the Garki area of Abuja", which had been placed at both).
_PART_OF_THE_CITY = re.compile(r"\s+(?:suburb|neighbou?rhood|district|borough|township|municipality|barrio|favela|"
                               r"commune|comuna|area)\s+of\s+")
# "Abu Shouk camp near El Fasher", "Karari district in Omdurman": the second town says where the first is.
# (an airport or a port outside its city: "a flight that arrived at Maiquetia airport outside Caracas on Monday")
# ("Abu Shouk displacement camp on the northern edge of El Fasher", the camp, not the city, where shells fell)
_NEAR_TOWN = re.compile(r"(?:\s+(?:(?:refugee|displacement)\s+camp|camp|district|village|neighbou?rhood|area|suburb|"
                        r"(?:international\s+)?airport|port))?,?\s+"
                        rf"(?:near|outside|in|on\s+the\s+(?:(?:{_ADJECTIVES})\s+)?(?:edges?|outskirts)\s+of)\s+"
                        r"(?:the\s+(?:town|city)\s+of\s+)?"
                        # "in southern Gaza"; "the village of Bafut, near the regional capital Bamenda" (had been a
                        # second attack, at Bamenda)
                        rf"(?:(?:the\s+)?(?:{_ADJECTIVES})\s+)?")
# What a sentence says did not happen, or has not happened yet, is no event: the words just before
# its wording ("will hold talks", "did not strike", "vowed to retake", "has not stopped the
# fighting"), a denial before it ("denied that its troops were fighting"), or a future between
# it and the place ("negotiators will meet in Cairo"). A plot is no deed either: "jailed two men for eight
# years each for planning an attack on a police station in the town of Beslan" (had been battles in
# Vladikavkaz and Beslan); but a planning committee's meeting is one. Nor a threat: "investigators in Jackson County
# questioned him about online threats to commit a school shooting" (had been an attack there).
_MODAL = r"not\s+involved\s+in|no\s+(?:part|role)\s+in|" \
         r"will|would|could|might|shall|not|never|n't|no|hopes?|hoped|hoping|(?:is|are|was|were)\s+to|" \
         r"can\s+(?:only\s+|no\s+longer\s+)?be|" \
         r"(?:should|must|ought\s+to)(?:\s+(?:return|go\s+back|come\s+back)\s+to)?|" \
         r"(?:refused|refuses|declined|declines)\s+to\s+(?:[\w-]+\s+){0,2}?(?:in|to|part\s+in)|" \
         r"(?:plans?|planned|planning|preparing|set|due|scheduled|expected|" \
         r"agreed|threaten(?:s|ed)?|threats?|vow(?:s|ed)?|promised|promising|intends?|hopes?|wants?|seeks?|sought|seeking|ready|" \
         r"prepared) to|" \
         r"(?:risks?|dangers?|threats?|fears?|(?:increased\s+|higher\s+|greater\s+)?chances?|likelihood|" \
         r"probability)\s+of|(?:the\s+)?next\s+round\s+of|" \
         r"expects?|predicts?|forecasts?|" \
         r"planning(?!\s+(?:committees?|commissions?|boards?|permission|applications?|authorit(?:y|ies)|departments?|" \
         r"officials?|officers?|inspectors?|ministers?|ministry|process|system|rules|laws?|meetings?))|plotting|plotted|" \
         r"aim(?:s|ed|ing)?\s+at\s+(?:ending|halting|stopping)|" \
         r"(?:banned|bans|banning|prohibited|outlawed)|" \
         r"(?:a|an|the|its|their)\s+(?:planned|proposed|upcoming|mooted|possible|potential)|" \
         r"next\s+(?:year|month|week)['\u2019]s|to\s+(?:bring|host)"
# (a risk of it is none: '"The risk of avalanches was at level 4 out of 5," said Captain Pierre Martin of the
# high-mountain gendarmerie platoon in Bourg-Saint-Maurice' had been an avalanche there; nor is the fighting a deal
# is aimed at ending: "signed a framework agreement in Doha on Saturday aimed at ending fighting in eastern Congo" had
# been a ground operation in Congo; nor the rallies a government banned: "Authorities had banned opposition rallies in
# Abidjan for two months" had been a protest there; nor what an opinion column says leaders should do: "Leaders in
# Moscow, Beijing and Washington should return to arms control talks in Geneva before our luck runs out" had been
# talks in all four; nor a summit planned: "watching Japanese politics closely ahead of a planned summit, with ...
# tensions in the East China Sea" had been talks there (and see ``_AHEAD_OF_BEFORE``), nor the next round ("hold the
# next round of talks in Dhaka in March"), nor a chance of it ("with an increased chance of flooding in the
# Kimberley"); nor next year's: "Brazil, which hosts next year's summit in the
# Amazon city of Belém", "promising to work with Pacific nations to bring a UN climate summit to the region"; nor what
# a rule says can be done: "U.S. District Judge Dolly Gee in Los Angeles, who oversees the Flores settlement that
# limits how long children can be detained, ordered the government" had been an arrest there; nor what a side is
# accused of seeking to do: "Eritrea accused Ethiopia on Wednesday of seeking to seize its Red Sea port of Assab" had
# been a ground operation at Assab)
_HEDGED_BEFORE = re.compile(rf"\b(?:{_MODAL})\s+(?:[\w-]+\s+){{0,3}}$", re.I)
# ... nor any that lies ahead, unless told as held: "strengthen President Lee Jae-myung ... ahead of negotiations with
# Washington over trade" had been talks in South Korea, but "ahead of the COP30 climate summit held last year in Belem"
# was held there.
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)
_HELD_AFTER = re.compile(r"[\w-]*(?:\s+[\w-]+){0,3}?\s+(?:(?:that|which)\s+)?(?:was\s+)?(?:held|took\s+place)\b", re.I)
# Where the clause of an event's wording starts: a denial or a "would" before it is another
# assertion's ("Russia said it would respond after drones struck Belgorod"; "Hamas denied
# involvement, but police arrested two men").
_CLAUSE_OPENER = re.compile(r"[,;:]|\b(?:but|and|yet|after|before|when|while|as|because|since|although)\b", re.I)
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|because|following)$", re.I)
_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.I)
_SCHEDULED_TYPES = frozenset({"talks", "protest", "exercise"})
# A forecast: what a storm, a river or a volcano may do ("could make landfall", "is expected to
# hit", "could see up to 20 inches of rain"), and harm done, which ends a forecast's reach.
_FORECAST = re.compile(r"\b(?:could|may|might|(?:is|are|was|were)\s+(?:expected|forecast|predicted|likely)\s+to|"
                       # a famine's projection: "Famine is occurring in Gaza City and is projected to spread to Deir
                       # al-Balah and Khan Younis by the end of September" (had been famines there, in September)
                       r"(?:is|are|was|were)\s+projected\s+to|"
                       # a headline's, without its verb: "Cyclone Alfred forecast to cross Queensland coast near
                       # Brisbane" (had been a disaster in Brisbane)
                       r"(?:forecast|predicted)\s+to|"
                       # ("Forecasters expected the storm to weaken over Belize and Mexico's Yucatan Peninsula")
                       r"(?:expect|expects|expected|predict|predicts|predicted)\s+(?:[\w-]+\s+){1,2}?to|"
                       r"threatens?\s+to)\s+(?!have\b)(?:[\w-]+\s+){0,2}?(?:make\s+landfall|hit|strike|bring|see|reach|dump|"
                       r"slam|batter|lash|intensify|cause|trigger|threaten|sweep|move|head|approach|affect|fall|continue|"
                       r"persist|spread|worsen|rise|follow|come|happen|occur|push\s+up|raise|swell|"
                       # a storm's track: "Melissa was forecast to cross eastern Cuba on Wednesday morning"
                       r"cross|pass|skirt|brush|weaken|strengthen)\b|"
                       # ... or the weather they expect, told as a noun: "Forecasters expect moderate flooding at Cedar
                       # Falls and Waterloo this weekend and minor flooding downstream at Vinton" (had been floods)
                       r"\b(?:expect|expects|predict|predicts)\s+(?:[\w-]+\s+){0,2}?(?:flooding|floods|rain|rains|"
                       r"rainfall|snow|snowfall|storms|winds|gusts|hail|heat)\b|"
                       # a warning or a watch for what may come ("issued a tornado watch ... warning of
                       # large hail in Oklahoma City", "a yellow warning for rain across North Yorkshire")
                       r"\b(?:warnings?|watch(?:es)?|alerts?)\s+(?:of|for)\b|\bwarning\s+that\b|"
                       # ... and one that stands: "Further flood warnings remained in place along the River Severn
                       # in Shrewsbury and Bewdley" (had been two disasters)
                       r"\b(?:warnings?|watch(?:es)?|alerts?)\s+(?:(?:remain(?:ed|s)?|stayed|(?:is|are|was|were)(?:\s+still)?)"
                       r"\s+)?in\s+(?:place|effect|force)\b|"
                       # ... or issued: "Flood warnings were issued on Wednesday for parts of Catalonia and Andalusia"
                       r"\b(?:warnings?|watch(?:es)?|alerts?)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:also\s+)?"
                       r"issued\b|"
                       # ... or spread over the places it names: "Phoenix reached 118 degrees Fahrenheit on Thursday
                       # ..., as an extreme heat warning blanketed much of Arizona, southern Nevada and the California
                       # deserts" (had been three disasters)
                       r"\b(?:warnings?|watch(?:es)?|alerts?)\s+(?:blanketed|blankets|blanketing|covered|covers|"
                       r"covering|stretched\s+across|stretches\s+across|extended\s+across)\b|"
                       # ... and the weather a forecaster warned of: "The Malaysian Meteorological Department warned
                       # of continuous heavy rain in Kelantan, Terengganu and Pahang until Tuesday" (had made three
                       # statements of last Tuesday)
                       # (and when they warned, first: "NiMet had warned last week of heavy rainfall in Niger, Kwara,
                       # Kogi and Benue states" had made four statements)
                       # (a headline's present too: "Forecasters warn of failed rains across the Horn of Africa")
                       r"\bwarn(?:ed|s)?\s+(?:(?:last|this|on|earlier|in|early|late|weeks?|days?|month|[A-Z]\w+day)\s+){0,3}"
                       # (and how much may fall: "warned of up to 800 mm of rain in the Northern Rivers region")
                       r"of\s+(?:(?:up\s+to\s+|as\s+much\s+as\s+)?[\d.]+\s*(?:mm|cm|millimet(?:re|er)s|"
                       r"centimet(?:re|er)s|inches|feet)\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:rain|rains|rainfall|downpours?|storms?|floods?|"
                       r"flooding|winds?|snow|snowfall|heatwaves?|aftershocks?|"
                       # ("while the Bureau of Meteorology warned of dry lightning across the Central Tablelands
                       # around Lithgow and Bathurst", after the day's heat readings elsewhere)
                       r"lightning|hail|thunderstorms?)\b|"
                       # ... and the quake's aftershocks it warned may come: "The agency warned that aftershocks were
                       # likely and said residents of Miyazaki and Kochi should remain cautious for a week" (had been
                       # two disasters)
                       r"\bwarn(?:ed|s)\s+(?:that\s+)?(?:more\s+|further\s+|strong\s+|powerful\s+)?aftershocks?\b|"
                       r"\b(?:is|are)\s+forecast\b|"
                       # what may yet come: "flooding was possible near Thamesville and in low-lying parts of
                       # Chatham-Kent" (had been two disasters)
                       r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:possible|likely)\b(?!\s+(?:that|after))|"
                       # a storm on its way, not yet there: "officials said Wednesday, as the storm blew toward
                       # Vietnam" (a disaster in Vietnam, had been)
                       # ("as it crawled toward Jamaica, threatening catastrophic flooding")
                       r"\b(?:blew|blowing|blows|head(?:ed|ing|s)|mov(?:ed|ing|es)|track(?:ed|ing|s)|churn(?:ed|ing|s)|"
                       r"crawl(?:ed|ing|s)|creep(?:ing|s)?|crept|inch(?:ed|ing|es)|edg(?:ed|ing|es)|"
                       r"barrel(?:l?ed|l?ing|s))\s+(?:[\w-]+\s+){0,2}?(?:toward|towards|for)\b|"
                       # ... a fire too, pushing on its own (not troops "pushing toward Hsipaw", nor flames pushed
                       # by the wind "towards villages in the districts of Castelo Branco"): "The Palisades Fire
                       # burned through another 1,000 acres overnight, pushing toward the neighborhoods of Brentwood"
                       r"\b(?:fires?|blazes?)\b[^.;]{0,80}?,\s+push(?:ed|ing|es)\s+(?:[\w-]+\s+){0,2}?(?:toward|towards)\b|"
                       # a forecaster's "would": "The weather department forecast that the heatwave would ease in
                       # the northwest from Sunday ..., but warned temperatures in Delhi would stay above 44 degrees"
                       r"\b(?:forecast|predicted|warned)\s+(?:that\s+)?[^.;]{0,80}?\bwould\b|"
                       # a danger warned of, and what is expected where: "The National Weather Service warned of
                       # extreme fire danger through Wednesday, with gusts of up to 70 mph expected in Ventura County"
                       r"\b(?:warned|warning|warnings)\s+of\s+(?:[\w-]+\s+){0,3}?(?:dangers?|risks?|threats?)\b|"
                       r"\bexpected\s+(?:in|over|across)\b", re.I)
_HARM_DONE = re.compile(r"\b(?:killed|killing|died|destroyed|damaged|flooded|injured|wounded|displaced|collapsed|"
                        r"swept|struck|lashed|battered|devastated|"
                        # "It warned of high risk through March ... where fires burned more than 400,000 hectares
                        # around Concepción in 2023"
                        r"burned|burnt|"
                        # a fire's or a storm's passage: "pushing flames toward Brentwood and the Encino hills a day
                        # after the blaze tore through Pacific Palisades" (had made no event)
                        r"tore\s+through|ripped\s+through|ravaged|razed|gutted|scorched)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|is to|are to|(?:is|are) (?:due|scheduled|set|expected|planning|preparing) to|"
                     r"plans? to|"
                     # the passive, a plan told after the event's noun: "A large rally is planned in Kragujevac on
                     # Friday, organisers said"
                     r"(?:is|are) (?:planned|scheduled|slated)|"
                     r"to (?:resume|begin|start|be held|hold|meet|open|convene)|"
                     # a meeting that may yet be held somewhere: "Putin suggested their next meeting could be in
                     # Moscow", "the next round of talks could be held in Geneva" (had been talks there)
                     r"(?:would|could|might|may)\s+(?:be\s+(?:held\s+|hosted\s+)?|take\s+place\s+)(?:in|at))\b", re.I)


def _reversed_words(words) -> str:
    return "|".join(w.replace("_", " ")[::-1] for w in words)


# The words before a name, read backwards from it in the reversed text, as one match at the name
# instead of a search from every position before it (for "$"): a locative word, then "the" and
# an adjective, optionally, and whitespace; and first, past a possessive ("in Russia's Rostov
# Oblast"): the words of r"\b(?:in|at|...)\s+(?:the\s+)?(?:(?:northern|...)\s+)?$" once
# r"\b[A-Z][\w-]*['\u2019]s\s+$" is cut off.
# "Houthi-held", "RSF-controlled"; and a region by its language, "in Cameroon's restive English-speaking Northwest
# region" (had made no event)
# (and what it is rich in or produces: "An oil leak from a pipeline ... has polluted farmland and fishing creeks in a
# community in Nigeria's oil-rich Niger Delta" had made no event)
_HELD_BY_REVERSED = r"(?:dleh|dellortnoc|deipucco|nur|gnikaeps|hcir|gnicudorp)-[\w]+"
_LOCATIVE_BEFORE_REVERSED = re.compile(
    # "in Pakistan's southwestern Balochistan"
    # (two bearings joined by "and" or "or": "Wildfires raging across northern and central Portugal have killed seven
    # people" had made no event)
    rf"(?:\s+(?:{_reversed_words(_BEARING_WORDS)})\s+(?:dna|ro)\s+(?:{_reversed_words(_BEARING_WORDS)})|"
    rf"(?:\s+(?:{_reversed_words(_LOCATIVE_ADJECTIVES)}|{_HELD_BY_REVERSED})){{0,2}})"
    # ("in the city's Englewood neighborhood")
    # (a name of several words too: "A landslide buried at least 20 homes in a remote village in Papua New Guinea's
    # Enga province on Sunday" had made no event; "in the Democratic Republic of the Congo's North Kivu")
    # (and "and" or "&" inside it: "in Jammu and Kashmir's Kupwara district", "in J&K's Kupwara district")
    # (but not a body's: "said a lieutenant at the Los Angeles Police Department's Newton Station")
    r"(?-i:\s+s['\u2019](?:(?!(?:tnemtrapeD|ecilop|yrtsiniM|eciffO|ycnegA|ynapmoC|ytisrevinU|ecivreS|ecroF|ymrA|"
    r"dnammoC|lioncuC|ytirohtuA|puorG|knaB|noitaroproC|tinU)\b)[\w&-]*[A-Z](?:\s+(?:[\w&-]*[A-Z]|eht|fo|dna)\b){0,5}|"
    r"ytic|nwot|latipac|egalliv|ytnuoc|"
    # (a named province's or state's: "after stepping on a land mine in Si Sa Ket province's Kantharalak district",
    # "near the Ta Muen Thom temple in Surin province's Phanom Dong Rak district" had been placed in the province)
    r"(?:ecnivorp|etats|noiger|ycneger|erutceferp)(?:\s+[\w&-]*[A-Z]){1,4})\b)?"
    rf"(?:\s+(?:{_reversed_words(_LOCATIVE_ADJECTIVES)}|{_HELD_BY_REVERSED})){{0,2}}"
    # (the whole of it: "A blackout hit all of Puerto Rico on Wednesday" had made no event)
    r"(?:\s+fo\s+(?:lla|elohw\s+eht))?"
    rf"(?:(?:\s+eht)?\s+(?:{_reversed_words(_LOCATIVE_WORDS)})|"
    # (or "in" its side's own, a border's side told by "its" or "their": "Kyrgyzstan said Tajik forces attacked villages
    # in its Batken region with tanks, drones and artillery" had made no event; not a route "across its" province)
    r"\s+(?:sti|rieht)\s+ni)\b",
    re.I)
# A list goes on: "Kyiv, Lviv, Dnipro, and Odessa", "Balochistan province and southern Sindh"; its items with "the"
# too: "arrested in Gauteng, the North West and the Free State", "struck the city of Sumy and the Dnipropetrovsk
# region" (had placed the arrests, the strike, at the first one only).
_LIST_JOIN = re.compile(rf"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:(?:{_ADJECTIVES})\s+)?$")
# ... but not a clause's subject after "and the" ("drones struck Kyiv and the United States said"), nor a name in
# apposition after ", the" unless the list goes on after it: "freight companies in Klaip\u0117da, the Baltic seaport",
# "the key farming provinces of C\u00f3rdoba, Santa Fe and Buenos Aires, the Rosario grains exchange said"
# (``_located``).
_THE_ITEM = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$")
_APPOSITION_JOIN = re.compile(r"^,\s*the\s+(?:[\w-]+\s+)?$")
_CLAUSE_SUBJECT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:is|was|are|were|has|had|have|will|would|can|could|said|says|"
                                   r"told|reported|announced)\b")
# ", and" after a list's first item (``_LISTED_BEFORE`` finds none before it) may join a clause: ``_told_apart``
_CLAUSE_AND = re.compile(r",\s*and\s+")
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$")
_ATTRIBUTED_BY_AFTER = re.compile(r"(?:\s+(?:Police|Constabulary|Fire\s+and\s+Rescue(?:\s+Service)?|Ambulance\s+Service|"
                                  r"Coastguard|"
                                  # (or its force or navy: "Somali pirates hijack fishing dhow off Eyl, EU force says",
                                  # "40 nautical miles east of Eyl, a fishing town in Somalia's Nugaal region, EU Naval
                                  # Force Operation Atalanta said", which had been attacks in the European Union)
                                  r"(?:[Nn]aval\s+)?[Ff]orces?(?:\s+[A-Z][\w-]*){0,2}|[Nn]avy|[Cc]oast\s+[Gg]uard))?"
                                  r"\s+(?:said|says|claimed|claims|reported|reports)\b")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {**{w: k + 1 for k, w in enumerate(_UNIT_WORDS)},
                 **{w: k + 10 for k, w in enumerate(("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                     "sixteen", "seventeen", "eighteen", "nineteen"))},
                 **{w: 10 * (k + 2) for k, w in enumerate(_TENS_WORDS)},
                 # the vague ones as ACLED counts them: the least they can mean ("the 2020-2022 war that killed
                 # hundreds of thousands of people" had counted 100)
                 "a dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1000,
                 "tens of thousands": 10_000, "hundreds of thousands": 100_000}
# A number in words, as news writes one that opens a sentence: "Seventeen people", "Twenty-three
# people" (which had counted 3), "a dozen"; the longest first, "seventeen" before "seven". "No one" counts
# none: "No one was injured" (had been a toll of one injured, and a disaster of its own).
_NUMBER_IN_WORDS = rf"(?:{'|'.join(_TENS_WORDS)})(?:[- ](?:{'|'.join(_UNIT_WORDS)}))?|" + \
    "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)).replace(" ", r"\s+").replace(
        "|one|", r"|(?<!\bno[\s-])one|")
# How many a word after a number counts: "4.2 lakh people" are 420,000, "2 crore" 20 million.
_SCALES = {"thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7, "crores": 1e7}
_SCALE_WORDS = r"\s+(?:" + "|".join(_SCALES) + r")\b"
_SCALE = r"(?:\s+(?P<scale>" + "|".join(_SCALES) + r")\b)"
# "1,200", Indian "4,20,000", "1.5" (then only with a scale when no noun follows), or a word.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!,?\d)|\d{1,2}(?:,\d\d)+,\d{3}"
# A length, depth, height, speed, amount of rain or a quake's magnitude measures, and counts no one:
# "an ash column 10 km into the sky", "at a depth of 28 km", "a wave 3 metres high hit homes".
_MEASURE_AFTER = re.compile(r"\s*-?\s*(?:km|kms|kilomet(?:er|re)s?|miles?|metres?|meters?|ft|feet|foot|"
                            r"inch(?:es)?|cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?|mph|kph|km/h|knots|"
                            r"degrees?|magnitude|richter|(?:earth)?quakes?|tremors?|aftershocks?)\b", re.I)
_MEASURE_BEFORE = re.compile(r"\b(?:magnitude|(?-i:M|Mw))\s*[-:]?\s*(?:of\s+)?$", re.I)
_FIGURE = re.compile(
    r"\b(?P<num>" + _DIGITS + r"|\d+(?:\.\d+)?|" + _NUMBER_IN_WORDS + r")" + _SCALE + "?"
    # (not a clause's "as": "Police detain 13 as Serbian protesters clash with ruling party supporters"; nor
    # "before" or "when": "killing two people and wounding six others before police shot and wounded him" counted
    # six police)
    r"(?P<words>(?:\s+(?!of\b|and\b|in\b|to\b|on\b|for\b|from\b|as\b|before\b|after\b|when\b|while\b|until\b)"
    # (a country's initials among the words: "Bird flu has killed more than 130 million U.S. poultry since 2022" had
    # been 130 million people)
    r"(?:[A-Za-z][\w-]*|(?:[A-Z]\.){2,3}(?!\w))){0,3}?)\s*?(?P<unit>\b(?:people|"
    r"individuals|civilians|soldiers|troops|casualties|deaths|fatalities|killed|dead|injured|wounded|drones|missiles|rockets|shells|"
    # the held, counted with no noun as the dead are: "Police said 25 arrested after the violence" (no figure, had been)
    r"arrested|detained|"
    # ... and the arrests made, each one held: "Police in Northern Ireland made 15 arrests on Wednesday" (no figure, had
    # been)
    r"arrests|"
    r"prisoners|children|residents|protesters|homes|buildings|tanks|aircraft|jets|"
    # homes counted as houses, and what a fire razes: "Some 5,400 houses were destroyed", "120 houses were damaged in
    # Buner", "destroyed more than 16,000 structures" (had been no figure)
    r"houses|structures|"
    # craft at sea, counted as drones are: "destroyed 15 uncrewed boats in the Black Sea" (had been no figure)
    r"boats|ships|vessels|"
    # (the officers are those counted, so that what happened to them is theirs: "21 police officers were injured and
    # five protesters were detained" had given the arrest "21 police")
    # the land a fire burned: "Wildfires in Castile and Leon have burned more than 20,000 hectares", "had burned more
    # than 2,500 acres" (had been no figure)
    r"acres|hectares|"
    r"square kilometers|square kilometres|percent|dollars|families|persons|police(?!\s+officers\b)|officers|"
    r"fighters|militants|refugees|POWs|bodies|vehicles|units|demonstrators|activists|journalists|workers|migrants|"
    r"students|patients|worshippers|passengers|person|civilian|soldier|child|members|men|women|boys|girls|"
    r"hostages|attackers|gunmen|villagers|tourists|"
    # those who come to help, or to camp and hike, counted only as harmed (``_HARMED_ONLY``): "two volunteer
    # firefighters died on Tuesday night near Tabuyo del Monte" (had been no figure)
    r"firefighters|rescuers|paramedics|medics|campers|hikers|"
    # ... and the parks' rangers, whom poachers and militias kill: "Three rangers and a soldier were killed in a clash
    # with elephant poachers in Garamba National Park" (had been no figure of them)
    r"rangers|"
    # a ship's or a plane's crew, counted as who they were: "killing three crew members" (had been "3 members")
    r"crew\s+members|crewmembers|crewmen|sailors|seafarers|"
    # forces counted by their men: "Three policemen were martyred when terrorists attacked a checkpost in Bannu"
    r"policemen|policeman|servicemen|serviceman|gendarmes|militiamen|security personnel|personnel|"
    # whom raids on schools and farms kill and abduct: "Gunmen abducted 25 schoolgirls from a boarding school in
    # northwest Nigeria's Kebbi state" (had counted none)
    r"schoolgirls|schoolboys|schoolchildren|pupils|farmers|herders|traders|miners|fishermen|loggers|"
    # animals, counted as animals and no toll of people: "Wolves killed more than 1,400 farm animals" (had been
    # 1,400 people), "38 sheep were killed"; a farm's flock by its birds and a herd by its kind: "Bird flu kills 2,000
    # turkeys in Stanislaus County" (had been 2,000 people), "1.8 million hens to be culled"
    r"animals|livestock|sheep|goats|cattle|cows|camels|donkeys|horses|pigs|chickens|poultry|birds|dogs|"
    r"hens|turkeys|ducks|geese|hogs|swine|buffalo|buffaloes|bison|"
    # ... and the wild animals poachers kill and traffickers smuggle: "Poachers killed 42 rhinos in Kruger National
    # Park" (had been 42 people), "nine rhinos were found dead in Etosha National Park" (had been 9 dead)
    r"rhinos|rhinoceroses|elephants|lions|tigers|leopards|cheetahs|gorillas|chimpanzees|pangolins|bears|wolves|"
    r"giraffes|zebras|hippos|antelopes|deer|tortoises|turtles|parrots|crocodiles|"
    # ... and a crop's trees, which a blight kills: "Xylella, spread by insects, has killed more than 21 million olive
    # trees in Apulia" (had been 21 million people)
    r"trees|"
    # ... and counted by the head: "temperatures below minus 40 degrees Celsius killed more than 2 million head of
    # livestock" (had been 2 people) (``_HEAD_OF``)
    r"head\s+of\s+(?:livestock|cattle|sheep|goats|camels|animals))\b)", re.I)
_HEAD_OF = re.compile(r"^head\s+of\s+")
# A unit that counts what the other counts: "15 arrests" are 15 arrested.
_UNIT_READS = {"arrests": "arrested"}
# What happened to those counted, said before the number ("killing four people", "wounding 19") or
# after it ("12 people were killed"): part of the figure, so that "four people" does not read as dead.
# (a headline's present of the hurt too, as of the killed: "Explosion at Texas chemical plant injures 9, prompts
# shelter-in-place order" had counted no one)
_HARM = r"killing|killed|kills|shot\s+dead|shooting\s+dead|wounding|wounded|injuring|injured|injures|displacing|" \
        r"displaced|" \
        r"detaining|detained|" \
        r"beheading|beheaded|martyred|" \
        r"(?:stabbed|beaten|hacked|burned|burnt)\s+to\s+death|" \
        r"arresting|arrested|abducting|abducted|kidnapping|kidnapped|evacuating|evacuated"
_APPROX = r"(?:(?:at least|about|some|nearly|almost|more than|over|up to|around|another|a further)\s+)?"
# "arrests" before a count is the verb, not "15 arrests" (``_UNIT_READS``), and the number before it a unit's name:
# "Densus 88 arrests 5 in Central Java" (Indonesia's counterterrorism squad; had been 88 arrested).
_ARRESTS_VERB_AFTER = re.compile(r"(?<=\barrests)\s+" + _APPROX + r"(?:\d|(?:" + _NUMBER_IN_WORDS + r")\b)", re.I)
_HARM_BEFORE = re.compile(rf"\b(?:{_HARM})\s+{_APPROX}$", re.I)
# ("four soldiers of the Frontier Corps died")
# The hurt told by where they were treated: "Forty people were treated at the Ruia government hospital" (after a
# stampede; had been no toll), "12 people were hospitalised".
_HOSPITALISED = r"hospitali[sz]ed|(?:treated|admitted)\s+(?:at|in|to)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?hospitals?"
# (or of a thing, said in lower case: "three crew members of a vessel were injured", had been no toll)
_HARM_AFTER = re.compile(r"(?:\s+of\s+the(?:\s+(?-i:[A-Z][\w-]*)){1,4}|\s+of\s+(?:an?|the|its|their)(?:\s+(?-i:[a-z][\w-]*)){1,2})?"
                         rf"(?:\s+(?:were|was|had been|have been|has been|have|has|had))?\s+"
                         # ("nine people were still missing", after "Rescuers recovered seven more bodies")
                         r"(?:still\s+(?=missing))?"
                         rf"(?:{_HARM}|dead|died|missing|{_HOSPITALISED}|"
                         # "At least 34 people lost their lives in the province" (had been 34 people, unharmed)
                         r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|"
                         # the missing still sought: "Eleven workers are still missing", "Five passengers remain
                         # missing" (after a blast's and a bus plunge's lead; had been no toll)
                         r"(?:are|is|remain|remains|remained)\s+(?:still\s+)?missing|"
                         # "Three children were among the dead" (had been three children, unharmed)
                         r"among\s+the\s+(?:dead|killed|injured|wounded|missing)|"
                         # "At least seven people were found dead after three days of protests in Togo's capital Lome"
                         r"(?:found|reported|confirmed)\s+dead)\b", re.I)  # "15 people died" are dead
_BARE_COUNT = re.compile(rf"\b(?:{_HARM})\s+{_APPROX}(?P<num>{_DIGITS}|\d+\.\d+(?={_SCALE_WORDS})|\d+|" +
                         _NUMBER_IN_WORDS + r")\b" + _SCALE + "?"
                         # (nor a time: "Hayes was arrested three weeks later at a house in Shannon")
                         r"(?!\s*(?:%|percent|hours|days|weeks|months|years|minutes|[\w-]+\s+(?:of|from)\b))"
                         r"(?:\s+(?!(?:in|at|on|near|and|or|of|from|with|as|by|during|after|before|while|when|who|"
                         r"that|including|inside|outside|across|throughout|into|over|since)\b)[a-z][\w-]*){0,3}", re.I)
# One victim named by who they were ("killing a 9-year-old girl", "wounding a journalist").
_KIN = r"mother|father|son|daughter|brother|sister|husband|wife|grandmother|grandfather|grandson|granddaughter"
# One of a victim's kin, or several: "her mother", "their three children" (``_ONE_VICTIM``).
_HIS_KIN = (r"(?:her|his|their)\s+(?:(?:two|three|four|five|six|\d)\s+)?"
            rf"(?:{_KIN}|children|sons|daughters|brothers|sisters|parents)\b")
_ONE_VICTIM = re.compile(rf"\b(?:{_HARM})\s+(?P<num>an?|one)\s+(?:[\w-]+\s+){{0,2}}?(?:girl|boy|man|woman|child|baby|"
                         r"infant|teenager|civilian|soldier|journalist|reporter|policeman|policewoman|officer|person|"
                         r"resident|worker|farmer|student|doctor|nurse|paramedic|fighter|commander|teacher|priest|imam|"
                         # (and a park's ranger, whom poachers shoot: "On Saturday, suspected poachers shot dead a
                         # ranger in Laikipia county" had been no figure)
                         rf"shepherd|fisherman|driver|volunteer|ranger|{_KIN})\b"
                         # "a 9-year-old girl and her mother", "a mother and her two children", and a list of them:
                         # "killing a man, his wife and their three children" (had been one dead and three children)
                         rf"(?P<kin_list>(?:,\s+{_HIS_KIN}(?=(?:,\s+{_HIS_KIN})*,?\s+and\s+))*"
                         rf",?\s+and\s+{_HIS_KIN})?", re.I)
# A victim's kin harmed, told by whose they were: "a Ukrainian drone attack on a car killed a woman and injured her
# husband" (the husband had been lost), "killing his wife".
_HARMED_KIN = re.compile(rf"\b(?:{_HARM})\s+(?P<num>(?:her|his|their)\s+(?:(?P<kin>two|three|four|five|six|\d)\s+)?"
                         rf"(?P<kin_of>{_KIN}|children|sons|daughters|brothers|sisters|parents)\b)", re.I)
# ... or with what happened to them after ("A 16-year-old boy was shot dead"), whoever they were
# ("a lime grower was shot dead", "A third man was wounded"): a noun in lower case.
# (and one shot in a limb is one wounded, whose post may be a possessive: "A sheriff's deputy was shot in the leg
# during a confrontation" had been no figure)
# (not one who speaks of them, nor "nobody": "A spokesman said nobody was injured" had been one injured)
_ONE_VICTIM_AFTER = re.compile(r"\b(?P<num>an?|one)\s+(?:(?!(?:said|says|told)\b)[\w'\u2019-]+\s+){0,2}?"
                               r"(?!(?:nobody|none|no-one)\b)(?-i:[a-z][\w-]*)\s+"
                               r"(?:(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|shot\s+and\s+killed|"
                               r"(?:stabbed|beaten|hacked|burned|burnt)\s+to\s+death|beheaded|wounded|injured|"
                               r"shot\s+in\s+the\s+(?:leg|legs|arm|arms|hand|foot|shoulder|thigh|knee|hip|buttocks))|"
                               # "One man died after his vehicle was swept away by floodwaters near Dorrigo"
                               r"(?<!\bwho\s)(?:died|drowned))\b", re.I)
# A toll counted since a war or a year began is no one event's: "48,500 Palestinians have been
# killed since the war began" (a toll "since Monday" is this week's, and stays).
# What a count since the start of a week of protests follows: "since the start of the blockades".
_SINCE_THE_PROTESTS_BEGAN = (r"the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:week|weekend|protests?|"
                             r"demonstrations?|blockades?|unrest|riots?|rallies|marches|strikes?)\b")
# (nor one counted since a week's protests began, that are the news: "Police said 31 people had been arrested since
# the start of the blockades", had been lost)
# (not "since" the adverb, after its verb's auxiliary: "killing at least 115 people, and farmers have since fled their
# fields around Liancourt", had lost its toll)
_CUMULATIVE_AFTER = re.compile(r"[^.;]{0,30}?\b(?:since(?<!\bhave\ssince)(?<!\bhas\ssince)(?<!\bhad\ssince)"
                               r"(?<!\bhaving\ssince)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                               r"Sunday|yesterday|last\s+night|dawn|morning)\b)"
                               rf"(?!{_SINCE_THE_PROTESTS_BEGAN})|"
                               r"so\s+far\b|to\s+date\b|in\s+total\b|"
                               # a war's whole toll: "More than 4,000 people were killed in Lebanon during the war
                               # between Israel and Hezbollah" (had joined that day's strikes on Lebanon)
                               r"during\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency)\b)")
# ... or the year's so far, told at the clause's end, a route's or a border's tally and no event's: "At least 20 people
# have drowned in the Rio Grande near Eagle Pass this year, according to the Maverick County Sheriff's Office" (had
# joined the lead's three drowned); not "earlier this year", a past event's day.
_THIS_YEAR_AFTER = re.compile(r"[^.;,]{0,60}?(?<!earlier\s)(?<!later\s)\bthis\s+year\b", re.I)
# Those counted who are people, whose counts add up when a sentence joins them ("killed 3 soldiers
# and 2 civilians": 5 dead).
_PEOPLE = frozenset("people individuals civilians soldiers troops prisoners children residents protesters persons "
                    "police officers fighters militants refugees pows bodies demonstrators activists journalists "
                    "workers migrants students patients worshippers passengers person civilian soldier child members "
                    "men women boys girls hostages attackers gunmen villagers tourists crewmembers crewmen sailors "
                    "seafarers firefighters rescuers paramedics medics campers hikers rangers".split()) | {"crew members"}
# Units of people who are news only as harmed (``_FIGURE``): not "More than 1,500 firefighters were battling the blaze".
_HARMED_ONLY = frozenset("firefighters rescuers paramedics medics campers hikers rangers".split())
# Animals counted (``_FIGURE``): a herd's loss, never dead people.
_ANIMALS = frozenset("animals livestock sheep goats cattle cows camels donkeys horses pigs chickens poultry birds "
                     "dogs hens turkeys ducks geese hogs swine buffalo buffaloes bison rhinos rhinoceroses elephants "
                     "lions tigers leopards cheetahs gorillas chimpanzees pangolins bears wolves giraffes zebras hippos "
                     "antelopes deer tortoises turtles parrots crocodiles".split())
# Plants counted (``_FIGURE``), as animals are: a crop's loss.
_PLANTS = frozenset({"trees"})
# Animals and plants killed to stop a disease, culled or put down: a loss, counted as the dead are: "Dutch authorities
# will cull around 36,000 chickens at a poultry farm in Kootwijkerbroek", "the remaining 287,000 birds on the farms
# were culled", "1.8 million hens to be culled" (had been no figure); before the count or after it.
_CULL = r"cull(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|destroy(?:s|ed|ing)?|euthani[sz](?:e|es|ed|ing)|put\s+down"
_CULLED = re.compile(rf"\b(?:{_CULL})\b", re.I)
_CULLED_BEFORE = re.compile(rf"\b(?:{_CULL})\s+(?:of\s+)?{_APPROX}$", re.I)
_CULLED_AFTER = re.compile(r"(?:\s+on\s+(?:the|its|their)\s+(?:[\w-]+\s+)?farms?)?"
                           r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|are\s+to\s+be|"
                           r"is\s+to\s+be|to\s+be|are\s+being|must\s+be)\s+)?"
                           rf"(?:{_CULL}|killed)\b", re.I)
# Units that count people, as a toll counts them; only those are shared among places.
_PEOPLE_COUNTED = _PEOPLE | {"casualties", "deaths", "fatalities", "killed", "dead", "injured", "wounded", "families"}
_HARM_WORD = re.compile(rf"\b(?:{_HARM})\b", re.I)
# The units that say what happened to those counted, with no noun: "12 injured", "25 arrested".
_UNITS_OF_HARM = ("killed", "dead", "injured", "wounded", "arrested", "detained")
_JOINED = re.compile(rf"(?:(?:\s*,)?\s+(?:and|as well as)\s+|\s*,\s*){_APPROX}")
_NAMES_THE_EVENT = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}")  # "Thursday's battle", "Monday's drone strike"
# ... or follows its word at once: "the state government said on Sunday that a windstorm on Saturday had killed
# two people" is Saturday's windstorm.
# (or a verb's, in its month or year: "after arriving in Germany in 2015 and was arrested in June 2020" is 2020's
# arrest; not a noun's, "Christmas Eve attacks in December 2023" are of the holiday's day)
_DATED_AFTER_IT = re.compile(r"[a-z-]+\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?|[a-z-]+ed\s+in\s+")
_TOLL_UPDATE = re.compile(r"\btoll\b[^.;]{0,160}?\b(?P<verb>rose|risen|rises|climbed|reached|stands|stood|jumped|"
                          r"increased|grew)\b", re.I)
# (and the dead told as lives lost: "Two taxi drivers lost their lives in Philippi last week")
_KILLED = re.compile(r"\b(?:killing|killed|kills|dead|deaths?|died|bodies|beheading|beheaded|martyred|"
                     r"lost\s+(?:their|his|her)\s+li(?:ves|fe))\b", re.I)
_DEAD_OR_HURT = re.compile(r"\b(?:kill|dead|death|died|bodies|wound|injur|behead|martyred|"
                           r"lost\s+(?:their|his|her)\s+li(?:ves|fe)\b)", re.I)
# "the death toll rose to 45", "bringing the death toll to 45": a count of the dead with no noun; so is
# "the toll" that rises ("The toll from a landslide in Kalehe territory rose to 40"), and the words between
# may hold a date's day ("The death toll from the July 4 floods in central Texas rose to 135", had been no figure);
# a toll that passes a mark is that count too ("The death toll in Gaza has passed 60,000", had been none).
_TOLL_WORDS_BEFORE_COUNT = (r"(?:[^.;\d]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
                            r"{0,160}?")
_DEATH_TOLL = re.compile(r"(?:\bdeath toll\b" + _TOLL_WORDS_BEFORE_COUNT +
                         r"\b(?:to|of|at|is|was|reached|stood at|rose to|passed|surpassed|topped|exceeded|crossed)|"
                         r"(?<=[Tt]he )toll\b" + _TOLL_WORDS_BEFORE_COUNT +
                         r"\b(?:rose|risen|climbed|jumped|increased|reached|passed|surpassed|topped|exceeded|crossed)"
                         r"(?:\s+to)?|"
                         # a toll brought up by what a sentence told first: "Divers recovered 13 more bodies on
                         # Wednesday, bringing the toll to 40", "raising the toll to 38" (had been no figure)
                         r"\b(?:bringing|raising|taking|pushing|putting|lifting)\s+the\s+(?:overall\s+|total\s+)?toll\s+"
                         r"(?:to|at)|"
                         # a toll the authorities put at a count, told of what it is: "The government put the official
                         # toll at 56" (had been no figure; the crush's lead told only "dozens of people were killed")
                         r"\b(?:put|puts|placed|places|set|sets)\s+the\s+(?:official|overall|total|provisional|"
                         r"preliminary|latest|confirmed)\s+toll\s+at|"
                         # a toll told as the number of the dead: "The number of people killed in landslides that
                         # buried villages in eastern Uganda's Bulambuli district rose to 27 on Sunday" (no figure, had been)
                         r"\bnumber\s+of\s+(?:people\s+|those\s+|persons\s+)?(?:killed|dead|deaths|who\s+(?:have\s+|had\s+)?died)\b"
                         + _TOLL_WORDS_BEFORE_COUNT +
                         r"\b(?:rose|risen|rises|climbed|jumped|increased|reached|stood\s+at|stands\s+at|passed|surpassed|"
                         r"topped|exceeded)(?:\s+to)?)\s+"
                         r"(?:(?:at least|about|some|nearly|more than|over|around)\s+)?"
                         r"(?P<num>" + _DIGITS + r"|\d+\.\d+(?=" + _SCALE_WORDS + r")|\d+|" + _NUMBER_IN_WORDS +
                         r")\b" + _SCALE + "?", re.I)
# Two or three capitalized words: a person's name when none of them is a place, title or common word.
# (A hyphen joins capitalized parts, "Jean-Paul", not an adjective: "Houthi-run", "Hamas-led".)
_NAME_WORD = r"[A-Z][a-z\u00c0-\u017f]+(?:-[A-Z][a-z\u00c0-\u017f]+)*"
# An Arab name goes on past "bin" and a lower-case article: "Crown Prince Mohammed bin Salman", "President Abdel
# Fattah el-Sissi" (had been cut to "Crown Prince Mohammed", "Abdel Fattah"); not a place's name that a gate, a
# monastery, a cape or a hill opens: "the city's Bab al-Tabbaneh and Jabal Mohsen districts".
_ARABIC_PLACE_HEADS = ("Bab", "Deir", "Dair", "Ras", "Beit", "Bayt", "Jabal", "Jebel", "Wadi", "Kafr", "Bir", "Tell",
                       "Tal", "Tall", "Ain", "Khan", "Souk", "Suq", "Qasr", "Marj", "Jisr", "Maarat", "Hay", "Sheikh")
_PERSON_RUN = re.compile(rf"(?<![\w-])(?!(?:{'|'.join(_ARABIC_PLACE_HEADS)})\s(?:al|el|ad|ash|as|az|at|an|ar)-)"
                         rf"{_NAME_WORD}(?:\s(?:(?:bin|bint|ibn)\s)?{_NAME_WORD}|\s(?:al|el)-{_NAME_WORD})"
                         # (up to eight words, a title's before the name's, which ``find_actors`` takes off: "South
                         # Korean President Yoon Suk Yeol" had been cut to "Yoon Suk")
                         rf"{{1,7}}\b(?![-'\u2019])")
# Who says what happened reports it, and is no party to it ("..., regional governor Oleh Syniehubov
# said"; "according to Jean-Paul Bahati"); nor is the tail of an organisation's name ("Committee to
# Protect Journalists").
# (the body it names after the name too: "..., the Magen David Adom ambulance service said")
# (a refugee or migration agency too: "Hundreds of Rohingya refugees are feared dead after two boats capsized in the
# Andaman Sea this month, the United Nations refugee agency said Friday" had made the UN the capsizing's actor)
_SAYS_AFTER = re.compile(r",?\s+(?:(?:ambulance|rescue|emergency|medical|news|refugee|migration)\s+"
                         r"(?:service|services|agency)\s+)?"
                         # (or warns of what is to come: "A fire tore through a Rohingya refugee camp ..., as the UN
                         # warned that food rations for a million refugees would be cut" had made the UN the fire's actor)
                         r"(?:said|says|say\b(?=\s*$)|told|wrote|added|reported|posted|confirmed|announced|warned|warns|"
                         # (or has counted them: "Human Rights Watch has documented at least five drone strikes in Mali
                         # and Burkina Faso that killed dozens of civilians" had made the rights group the strikes' actor)
                         r"(?:has\s+|have\s+|had\s+)?documented)\b")
# A person a news story quotes as one of many, "Victoria Wanjiku, a trader in Nakuru, said ...", only
# speaks, and makes no statement of a side's either.
_QUOTED_AS_ONE_OF_MANY = re.compile(r",\s+(?:a|an)\s+[^,;.]{1,60},\s+(?:said|says|told|added)\b")
# ... and one told by the post they hold, between the name and the verb, reports it as well: "Oleh Syniehubov, head of
# the Kharkiv regional administration, said the drones hit the Kyivskyi district" (had been the strike's actor); with
# ``speakers``, a statement's actor. (Not a clause that tells what they did: "Serbian President Aleksandar Vucic, who
# met Dodik in Belgrade on Thursday, said", "Prime Minister Shehbaz Sharif, chairing a meeting of the apex committee
# in Islamabad, said" are the meeting's.)
_SAYS_AFTER_THE_POST = re.compile(r",\s+(?!(?:who|which|whose|[\w-]+ing)\s)(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,8}?"
                                  r"[\w'\u2019.-]+,\s+"
                                  r"(?:said|says|told|added|wrote|reported)\b")
# A country named to say where a place is, not who acted: "in Pakistan's southwestern Balochistan
# province", "the Chilean capital", "Russian-occupied Donetsk".
# A flag or an owner says whose a ship or a firm is ("a Liberian-flagged tanker"), not who acted;
# nor are a country's rebels or Taliban the country ("Syrian rebels seized Hama").
# ("Mozambique's northern province of Cabo Delgado"; "the worst mass shooting in Sweden's history")
_DESCRIBES_A_PLACE = re.compile(r"\s+(?:rebels|opposition|Taliban|insurgents|jihadists|dissidents|exiles|refugees)\b|"
                                r"(?:['\u2019]s)?(?:\s+[\w]+-(?:held|controlled|occupied|run))?"
                                rf"(?:\s+(?:{_ADJECTIVES}))?"
                                # ("In Rosario, Argentina's third-largest city, health workers staged a separate
                                # stoppage" had made Argentina the protest's actor)
                                r"(?:\s+(?:(?:second|third|fourth|fifth)[\s-])?(?:largest|biggest|most\s+populous|main|"
                                r"\w+ernmost|"
                                # (a rank alone: "a crush at a football match in Nzerekore, Guinea's second city" had
                                # made Guinea the crush's actor)
                                r"second|third|fourth|fifth))?"
                                # (and what the place lives by: "as criminal groups extend their control from the capital
                                # into Haiti's central farming region" had made Haiti the gangs' actor)
                                # ("the Artibonite, Haiti's rice-growing heartland")
                                r"(?:\s+(?:farming|mining|industrial|agricultural|\w+-(?:growing|producing|mining|rich|"
                                r"speaking)))?"
                                # ("in Russia's southern Republic of Dagestan", no act of Russia's; "Finnmark, Norway's
                                # northernmost county")
                                r"\s+(?:capital|city|town|village|province|region|republic|border|coast(?!\s+guard)|side|"
                                r"territory|port|county|"
                                # (its water: "has polluted the Kafue river, Zambia's main waterway" had made Zambia
                                # the spill's actor)
                                r"waterway|river|lake|"
                                # (a trade's hub: "More than 50 garment factories in Bangladesh's industrial hub of
                                # Gazipur shut on Sunday after thousands of workers went on strike" had made Bangladesh
                                # the strike's actor)
                                r"(?:[\w-]+\s+)?hub|"
                                # ("have expanded into the Artibonite department, Haiti's breadbasket, where they have
                                # massacred villagers in Pont-Sonde" had made Haiti the gangs' attack's actor)
                                r"(?:breadbasket|heartland|hinterland|interior|countryside|highlands|lowlands|mainland|"
                                r"(?:north|south)(?:east|west)?|east|west)(?!-|\s+(?:minist|secretar|department))|"
                                # ("near the Point Triple, where Benin's borders meet those of Niger and Burkina Faso"
                                # had made Benin the jihadists' attack's actor)
                                r"borders|frontiers|"
                                # ("the coastal province hit hardest by the February 2023 earthquake along with
                                # Turkiye's southern provinces" had made Turkey the talks' actor)
                                # ("fires in the Indian districts of Amritsar, Tarn Taran and Ferozepur")
                                r"provinces|regions|towns|villages|cities|districts|states|counties|territories|"
                                # ... nor a firm a country's possessive describes: "A one-day strike by Lufthansa ground
                                # staff forced Germany's biggest airline to cancel more than 800 flights" (had made
                                # Germany the strike's actor)
                                r"airlines?|carriers?|lenders?|banks?(?<!central\sbank)(?<!central\sbanks)|carmakers?|automakers?|compan(?:y|ies)|firms?|"
                                r"utilit(?:y|ies)|retailers?|insurers?|miners?|steelmakers?|chipmakers?|"
                                # ... nor its works, named by what they make: "halting production at one of Congo's
                                # biggest copper and cobalt mines" (had made Congo the miners' strike's actor)
                                r"(?:[\w-]+\s+){0,3}?(?:mines|refineries|smelters|factories|plants)(?=\s*[,.;])|"
                                # ("debris from drones has fallen on Romanian soil across the river in Tulcea county")
                                r"soil)\b|"
                                r"['\u2019]s\s+(?:(?:modern|recent)\s+)?history\b|"
                                r"\s+(?:state|county|district|islands?|department|governorate|municipality|prefecture|"
                                r"parish)\s+of\b|"
                                r"-(?:occupied|controlled|held|annexed|administered|flagged|registered|owned|based|"
                                r"made|built|supplied|manufactured|designed|"  # "25 Israeli-made Harop drones"
                                # ("processing plants depend on Russian-caught raw fish")
                                r"caught|grown|produced|mined|sourced|"
                                # who put in the officials who report it: "a drone strike on an oil depot in the
                                # Crimean town of Feodosia caused a fire, Russian-installed officials in Crimea said"
                                r"installed|appointed)\b",
                                re.I)
_POSSESSIVE_OF_A_PLACE = re.compile(rf"['\u2019]s\s+(?:(?:{_ADJECTIVES})\s+)*", re.I)
# ... nor one whose ministry or officials only report it ("the Lebanese health ministry said").
# ("Pakistani military spokesman Lieutenant General Ahmed Sharif Chaudhry said missiles hit a mosque")
# (three words before it: "A ferry carrying 65 people sank in the Bali Strait late Wednesday, ..., Indonesia's search
# and rescue agency said Thursday" had made Indonesia the accident's actor)
# (one official too: "two rockets fell near Ain al-Asad air base ..., an Iraqi security official told AFP", which had
# made Iraq the attack's actor)
_REPORTING_BODY = re.compile(r"(?:['\u2019]s)?\s+(?:[A-Za-z]+\s+){0,3}(?:[Mm]inistry|officials?|authorities|media|army|"
                             # "Four police officers were killed in clashes with supporters of former president Evo
                             # Morales in the central town of Llallagua, Bolivia's government said on Thursday"
                             r"government|"
                             # ("..., injuring two officers, the Ghana Police Service said": no Ghana's act)
                             r"military|[Pp]olice|spokes(?:man|woman|person)|sources|[Cc]oast\s+[Gg]uard|"
                             # (a navy that only rescues or finds the dead, not one that tells of its drones: "Ukraine's
                             # navy said sea drones had targeted a Russian landing ship"; and one maritime rescue
                             # service: "Spain's maritime rescue service recovered the bodies of nine people ... after
                             # a fishing boat ... capsized" had made Spain the capsizing's actor)
                             r"navy(?=\s+(?:(?:have|has)\s+)?(?:rescued|recovered|found|discovered)\b)|"
                             # "..., Israeli emergency services said"
                             r"emergency\s+services|rescuers|rescue\s+services?|medics|paramedics|hospital\s+officials|"
                             # "the Palestinian Red Crescent said two people were killed and 14 wounded in an Israeli
                             # shelling of Bureij refugee camp"
                             r"Red\s+Crescent|"
                             # "Settlers set fire to a mosque in the village of Deir Dibwan, east of Ramallah, on
                             # Tuesday, the Palestinian Authority said."
                             r"(?-i:Authority)|"
                             # "Ukraine's General Staff reported 170 clashes", "the Ukrainian air force said"
                             r"[Gg]eneral\s+[Ss]taff|air\s+force|"
                             # "UK navy agency says vessel hit by projectile near Bab el-Mandeb"
                             r"agency|"
                             # "Ukrainian prosecutors said Thursday that the missile which killed 15 people in the
                             # southern port city of Odessa on Tuesday was a North Korean-made KN-23 ballistic missile"
                             r"prosecutors|investigators|"
                             # a state's railway or airline reports its crash: "A train travelling from Ismailia to
                             # Zagazig crashed into the back of a stationary train ..., the Egyptian National Railways
                             # said in a statement" (no Egypt's act); a society counting prisoners too
                             r"(?-i:Railways?|Airlines?|Airways|Society)|"
                             # a state's prisons report a riot or a break in them: "Two inmates were killed ... in a
                             # riot on Saturday at La Victoria prison, ..., the Dominican Republic's prison service said"
                             r"[Pp]risons?\s+(?:[Ss]ervices?|[Aa]dministration|[Aa]uthorit(?:y|ies)|[Ss]ystem|[Dd]irectorate))"
                             r"(?:\s+[A-Z][\w.-]*){0,6}?"
                             # (and where it sits: "The Palestinian health ministry in Ramallah said Israeli fire
                             # killed a 16-year-old boy in the town of Qabatiya")
                             r"(?:\s+in(?:\s+the)?(?:\s+[A-Z][\w.'\u2019-]*){1,3})?\s+(?:said|says|reported|told|announced|"
                             # ... or only finds the dead: "Mexican authorities found 12 bodies in the state of
                             # Guerrero" (had made Mexico the killings' actor)
                             # ("Senegalese authorities have recovered at least 25 bodies after a pirogue ...
                             # overturned")
                             r"(?:(?:have|has)\s+)?(?:found|discovered|recovered)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?"
                             r"bod(?:y|ies)|"
                             # ... or only rescues the survivors: "Mexico's navy rescued 37 migrants from Cuba, Haiti
                             # and Honduras whose boat ran aground off the coast of Chiapas state" (had made Mexico the
                             # accident's actor)
                             r"(?:(?:have|has)\s+)?rescued\s+(?:[\w,-]+\s+){0,3}?(?:migrants|refugees|people|"
                             r"passengers|survivors|crew))\b"
                             # ("Ukraine's military said on Thursday its drones had struck ...")
                             r"(?!\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?(?:it|its|they|their)\b)"
                             # but one that speaks for the forces that acted names their side: "An Israeli army
                             # spokesman said troops killed five militants in Tulkarm"
                             r"(?!\s+(?:that\s+)?(?:(?:the|our)\s+)?(?:troops|soldiers|forces|security\s+forces)\b)")
# A country's forces or weapons named by the country itself act: "US air strikes on Sanaa".
# (and a craft's model between: "U.S. B-2 bombers dropped bunker-busting bombs", "Israeli F-35 jets")
_ATTRIBUTIVE_FORCE = re.compile(r"(?:-led)?(?-i:\s+[A-Z]{1,3}-?\d{1,3}[A-Z]?)?\s+(?:air\s*strikes?|strikes?|forces|troops|soldiers|military|army|navy|"
                                r"warplanes|jets|aircraft|drones?|missiles?|bombers|warships?|coalition)\b")
# ... nor forces said to be stationed where the event was, its target: "An explosive-laden drone targeted Erbil
# international airport ... late Wednesday, where US-led coalition troops are stationed" (had made the United
# States the strike's actor).
_STATIONED_THERE = re.compile(r"(?:-led)?(?:\s+[\w-]+){1,3}?\s+(?:are|were|is|was|have\s+been|had\s+been)\s+"
                              r"(?:stationed|based|deployed|housed)\b")
# Victims counted by their nationality are no party: "killed 31 Palestinians".
# (or by a tally's words: "bringing to at least 70 the number of Palestinians killed in the northern West Bank")
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                             # ("Tens of thousands of Afghans have crossed back into Afghanistan")
                             r"many|several|more|number\s+of|toll\s+of|(?:dozens|hundreds|thousands|millions)\s+of|"
                             # ("more than 1.4 million Haitians are displaced" had made Haiti the actor of the gangs
                             # that overran Mirebalais; "bookings ... were down 15%, with fewer Americans and
                             # Brazilians", the actors of the operators' statement)
                             r"thousand|million|billion|fewer))"
                             r"\s+$", re.I)
# ... nor a people counted whose plural is its adjective, told as the subject of what they did: "Aid agencies said more
# than 600,000 Sudanese had fled across the border into Chad" (had made Sudan the actor; "three Sudanese soldiers" are
# soldiers counted).
_A_PEOPLE_ACTS_AFTER = re.compile(r"\s+(?:(?:now|still|also)\s+)?(?:had|have|has|were|are|who|fled|crossed|arrived|"
                                  r"returned|remain|remained|live|lived|died|"
                                  # ("the sprawling transit site outside Adré, where more than 200,000 Sudanese now
                                  # shelter in plastic-sheet shelters" had made Sudan the speaker's actor)
                                  r"shelter|sheltered|stay|stayed|wait|waited|work|worked)\b")
# ... nor those a toll describes: "killed 26 people, mostly Indian men".
# ... nor whom a force is used on, "fired water cannon at two Philippine supply boats", "rammed a
# Philippine vessel" (unless they are a side's fighters, who fight back: "opened fire on Cambodian soldiers").
# (and what a crowd protests against: "Thousands of Houthi supporters rallied in Sanaa on Friday to protest against
# the American strikes")
# (or fired on: "he opened fire on a U.S. Immigration and Customs Enforcement field office in Dallas on Wednesday" had
# made the United States the attack's actor)
_TARGETED_BEFORE = re.compile(r"\b(?:at|against|rammed|boarded|seized|sank|intercepted|attacked|targeted|torched|hijacked|"
                              r"fire\s+on|fired\s+on|firing\s+on|attacks?\s+on|assaults?\s+on)\s+"
                              r"(?:(?:the|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?$",
                              re.I)
_FIGHTERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:positions|soldiers?|troops|forces|fighters|outposts?|posts|"
                             r"checkpoints?|patrols?|units?|bases?|warships?|jets|aircraft|drones?)\b")
# ... and the killed or wounded are a side only beside one that acted: "Russian fire killed two Ukrainian
# soldiers" is Russia's and Ukraine's battle, "Sniper fire killed an Israeli soldier" no Israeli act.
# (with their age between: "a boat carrying 21 migrants capsized off Playa Chiquita, killing an 8-year-old Venezuelan
# girl": no Venezuelan act)
_HARMED_BEFORE = re.compile(rf"\b(?:{_HARM})\s+{_APPROX}(?:an?|one|\d[\d,]*|{_NUMBER_IN_WORDS})\s+"
                            r"(?:[\w-]+-(?:year|month)-old\s+)?$", re.I)
# ... nor those a crashed bus or a sunk boat carried: "A bus carrying Indian pilgrims plunged into a gorge in western
# Nepal on Friday" (had made India the accident's actor).
_VICTIMS_DESCRIBED_BEFORE = re.compile(r"\b(?:mostly|mainly|largely|including|among\s+them|all|carrying|carried|"
                                       r"transporting|ferrying|full\s+of|packed\s+with|crammed\s+with)\s+$", re.I)
# (the nationalities listed before the noun too, each of them: "A group of about 30 Syrian and Afghan migrants has been
# stranded for four days on an islet in the Evros River" had made Syria and Afghanistan the statement's actors)
_DEMONYMS_LISTED_AFTER = r"(?:,?\s+(?:and\s+|or\s+)?[A-Z][\w-]+)*"  # ("Syrian[ and Afghan] migrants")
_NOT_FIGHTERS_AFTER = re.compile(_DEMONYMS_LISTED_AFTER + r"\s+(?:men|women|children|boys|girls|nationals|citizens|"
                                 r"tourists|civilians|pilgrims|"
                                 r"workers|people|passengers|students|villagers|migrants|hostages|devotees|worshippers|"
                                 r"fishermen|sailors|seafarers|crew|"
                                 # (and those counted by their trade: "Officials in Seoul said about 500 Korean
                                 # researchers had applied in the first round" had made South Korea an actor)
                                 r"researchers|scientists|doctors|nurses|engineers|experts|academics|scholars|teachers|"
                                 r"athletes|artists|investors|families|residents|farmers|traders|businessmen|"
                                 r"executives)\b")
# A country that does what the event is: "India launched missile strikes on nine sites in Pakistan".
# (not "Rockets fired from Lebanon hit Kiryat Shmona")
_AFTER_A_PREPOSITION = re.compile(r"\b(?:from|in|on|at|into|over|near|across|of|to|towards?|inside)\s+(?:the\s+)?$",
                                  re.I)
# (not "Israel launched its offensive after Hamas-led militants killed 1,200 people in southern Israel")
_EXERCISE_NAMED_AFTER = re.compile(r"(?:[- ]\d{2,4}[A-Z]?)?\s+(?:joint\s+|military\s+|naval\s+)*(?:exercises?|drills?|"
                                   r"war\s+games|manoeuvres|maneuvers)\b", re.I)
_ACTS_AFTER = re.compile(r"\s+(?:(?:launched|carried\s+out|conducted)\s+(?:[\w-]+\s+){0,3}?(?:(?:air\s*)?strikes?|"
                         r"attacks?|raids?|bombings?|missiles|drones|rockets)|fired\s+(?:[\w-]+\s+){0,4}?(?:missiles|"
                         r"rockets|drones|shells)|bombed|shelled|attacked|struck|pounded|invaded|"
                         # ("Azerbaijan retook Nagorno-Karabakh in a lightning offensive" had made no actor)
                         r"retook|recaptured|"
                         # "Iran responded by firing waves of ballistic missiles at Israel"
                         r"(?:responded|retaliated|hit\s+back)\s+(?:[\w-]+\s+){0,3}?by\s+(?:firing|launching)\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:missiles|rockets|drones))\b(?!\s+by\b)")
_ITS_MEDIA_AFTER = re.compile(r"-(?:run|owned|affiliated|controlled|backed)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                              r"(?:news\s+agency|agency|television|tv|channel|radio|newspaper|media|outlet|"
                              r"broadcaster|station|website)\b", re.I)
# A newspaper's or a channel's name, told by what it is: "the Daily Star newspaper reported".
_MEDIUM_AFTER = re.compile(r"\s+(?:newspaper|daily|news\s+(?:agency|website|portal|channel)|broadcaster|television|"
                           r"tv|radio|channel|website)\b", re.I)
_TRUCE_BETWEEN_BEFORE = re.compile(r"\b(?:ceasefire|cease-fire|truce|peace\s+deal|peace\s+agreement)\s+between\s+"
                                   r"(?:[\w'\u2019-]+\s+){0,3}?(?:and\s+)?(?:the\s+)?$", re.I)
# A group whose spokesman or officials only report the event, not a party to it: "Taliban spokesman Zabihullah
# Mujahid said 12 Afghan civilians were killed ... in Spin Boldak when Pakistani forces fired mortars into the town",
# "Later on Wednesday, Pakistani jets struck targets in Kabul, two Taliban officials said" (but one that claims its
# own deed acts: "Houthi military spokesman Yahya Saree said the group fired missiles")
_SPEAKS_FOR_IT_AFTER = re.compile(r"\s+(?:(?-i:[a-z]+)\s+)?(?:spokes(?:man|woman|person)|officials?|sources?)"
                                  r"(?:\s+in\s+(?-i:[A-Z])[\w'\u2019-]*)?(?:,?\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4},?\s+"
                                  r"(?:said|says|told|reported)\b(?![^.;]{0,40}?\b(?:it|its|they|their|our|the\s+group|"
                                  r"the\s+movement|the\s+rebels|the\s+militants|the\s+militia)\b)", re.I)
# ("Houthi military spokesman Yahya Saree said in a televised statement that the rebels had fired two ballistic
# missiles at the vessel": a claim)
_CLAIMS_AFTER = re.compile(r",?\s+(?:said|says|claimed|announced|confirmed)\s+"
                           # "Yemen's Houthis said on Thursday they had sunk the ... Eternity C"
                           # (and where it said it: "Al Shabaab said in a statement it had carried out the attack" had
                           # made no actor)
                           r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|video|post|message|communiqu\u00e9|broadcast)\s+"
                           r"(?:(?:on|posted\s+on|published\s+on)\s+(?:[\w-]+\s+){0,2}?(?:Telegram|X|website|channel|"
                           r"media|Facebook)\s+)?)?"
                           r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
                           r"(?:that\s+)?(?:it|they|its|their)\b")
# ... and a country that says it did the deed is its side: "Israel said on Tuesday it struck several tanks
# belonging to Syrian government forces advancing toward Sweida" (had given Syria alone).
_CLAIMS_ITS_ACT_AFTER = re.compile(r"(?:,\s+(?:which|who|whose)\b[^,;.]{1,80}(?=,))?" + _CLAIMS_AFTER.pattern +
                                   # (or its forces': "Moscow said on Saturday its forces had taken full control of
                                   # Pokrovsk" had made no actor)
                                   r"(?:\s+(?:forces|troops|army|military|units|soldiers))?"
                                   r"\s+(?:had\s+|has\s+|have\s+)?(?:struck|hit|attacked|"
                                   r"targeted|launched|fired|bombed|shelled|killed|destroyed|shot\s+down|"
                                   r"carried\s+out|conducted|captured|seized|(?:taken|took)\s+(?:full\s+)?control)\b")
# Someone quoted by name and age, as reporters quote residents, not officials: "said Umm Ahmed, 41,",
# "Mohammed Abu Ali, 52, said".
_VOX_POP = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,\s+\d{1,2},|"
                      r"\b[A-Z][\w'\u2019-]*,\s+\d{1,2},\s+(?:said|says|told)\b|"
                      # or unnamed: '"We are angry. The police killed our brother," said one driver in Jakarta.'
                      r"[\"\u201d]\s+(?:said|says)\s+(?:one|a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:drivers?|residents?|"
                      r"protesters?|demonstrators?|students?|m[ae]n|wom[ae]n|shopkeepers?|vendors?|traders?|"
                      r"passers?-by|mothers?|fathers?|workers?|villagers?|farmers?|youths?|marchers?)\b|"
                      # or named, and told by who they are: '"We have been told to stay indoors," said K. Ramaiah, a
                      # farmer in Ongole', '"We have lost 60 of our 80 goats," said Halima Abdi, a mother of six who
                      # walked to a displacement camp in Baidoa' (had been statements in Ongole and Baidoa)
                      r"[\"\u201d]\s+(?:said|says)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,\s+(?:an?|another)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:drivers?|residents?|students?|shopkeepers?|vendors?|traders?|mothers?|"
                      r"fathers?|grandmothers?|grandfathers?|workers?|villagers?|farmers?|fisherm[ae]n|herders?|"
                      r"survivors?|teachers?)\b")
# What an arrest was over, named between it and a date: "arrested four suspects over a rocket attack on
# Baghdad airport last week".
_CAUSE_BEFORE = re.compile(r"\b(?:over|for|in connection with|accused of|suspected of)\s+(?:an?|the|last)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|killings?|murders?|shootings?|assault|ambush|"
                           r"explosions?|blasts?|strikes?|riots?|protests?|raids?)\b|"
                           # ... or "in" the killing of someone: "police in Victoria, Tarlac, arrested two suspects in
                           # the killing of a radio broadcaster last month" (the arrest had been last month's); not
                           # "in the raids on Monday", where the arrests were made
                           r"\bin\s+the\s+(?:[\w-]+\s+){0,2}?(?:killings?|murders?|deaths?|shootings?|stabbings?|"
                           r"assassination)\s+of\b", re.I)
# ... and the warrant it was made on, whose date is the warrant's: "was arrested in Brussels on an international
# warrant issued by Rwanda in 2019" (the arrest had been 2019's)
_WARRANT_BEFORE = re.compile(r"\b(?:on|under)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?warrants?\b", re.I)
_LISTED_AFTER = re.compile(r"([\w'\u2019-]+),\s+$")
_LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")
# ... with another name: "Irpin, Bucha, Hostomel", "Perth, Scone, and the A93", not a day or a clause ("in
# Nyanga, Cape Town, on Tuesday morning")
_ANOTHER_NAME_AFTER = re.compile(r"\s*,\s*(?:(?:and|or)\s|[A-Z])|\s+(?:and|or)\s")
# ("according to Minova's civil society coordinator, Jean-Paul Bahati")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
# ... and a country whose body it cites, or whose body's statement: "The prison break in Mirebalais freed 529 inmates,
# according to a statement from Haiti's prison administration" (no Haitian act).
_ACCORDING_TO_A_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:(?:[\w-]+\s+)?(?:statement|report|"
                                           r"figures|data|count|tally)\s+(?:from|by|of)\s+)?(?:the\s+)?$", re.I)
# (a title's abbreviation too: '"Patients fled the treatment centers when the shooting started," said Dr.
# Pacifique Karinganire' had made the doctor the shooting's actor)
_SAYS_BEFORE = re.compile(r"(?:according to|said|told|quoted)\s+(?:[\w'\u2019-]+,?\s+){0,4}$|"
                          r"(?:according to|said|told|quoted)\s+(?:[\w'\u2019-]+,?\s+){0,2}"
                          # (a rank of two words: "according to Lt. Col. Jerry Gamboa")
                          r"(?:(?-i:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Rev)\.\s+){1,2}$")
# A name that is a fire's or a storm's ("the Eaton Fire"), or one a wind or a building has ("Santa Ana
# winds", "the Sky Villa apartment complex"): no one who acts.
# (and a pipeline's, a works named as a hazard's is: "The leak on the Trans-Niger Pipeline near Bodo ... was first
# noticed on Sunday" had made the pipeline the leak's actor)
_NAMED_HAZARD = re.compile(r"\s(?:Fire|Complex|Storm|Hurricane|Typhoon|Cyclone|Tropical|Pipeline)$")
# The wordings of a burst main or pipe (taxonomy's ``accident``), a quake's or a storm's after its lead.
_BURST_WORDINGS = ("main", "Main", "pipe", "Pipe", "burst", "Burst")
# The structures whose collapse taxonomy's ``accident`` tells with where they stood between ("a bridge over the
# Indrayani river near Pune collapsed"), a quake's or a storm's after its lead.
_FALLEN_STRUCTURES = tuple(what for structure in FALLEN_STRUCTURES
                           for what in (structure, structure.capitalize()))
# A blaze's word (taxonomy's ``accident``), and what tells a fire on the land, a wildfire's (its kind, its name, the
# land it burned): a blaze told beside one, or after a wildfire's story, is the wildfire's ("Firefighters struggled ...
# against the Palisades Fire ..., a day after the blaze tore through Pacific Palisades", "The blaze, which broke out on
# Sunday near the village of Varnavas, ... burned through pine forest", after "A wildfire ... swept into the northern
# suburbs of Athens", had been accidents).
# How far past a headline its lead tells what the headline named: its first 300 characters.
_LEAD_AFTER_HEADLINE = 300
# A fire a ship or a building caught, told after the strike on it there (``annotate``).
_CAUGHT_FIRE = re.compile(r"\b(?:caught\s+(?:fire|ablaze)|burst\s+into\s+flames)\b")
_STRIKES_THAT_SET_ABLAZE = ("strike", "attack", "shelling")
_BLAZE_WORD = re.compile(r"(?:blazes?|fires?|flames|infernos?)\b", re.I)
_A_WILDFIRE = re.compile(r"\b(?:wild ?fires?|bush ?fires?|forest fires?|brush ?fires?|grass ?fires?|wildland fires?|"
                         r"hectares|acres)\b|(?-i:\b[Tt]he (?:\d{4} )?[A-Z][a-z]+ Fire\b)"
                         # (not a fire service's name: "firefighters from the state and the Federal Fire Service")
                         r"(?! (?:department|dept|service|brigade|chief|station|authority|district|protection|rescue|"
                         r"marshal|officials?|crews?|captain|commissioner|and|&)\b)", re.I)
# A utility's name, whose outage or burst main is no doing of a party: "Thousands of homes in Guildford were left
# without running water ... after a burst main, with residents queueing at bottle stations as Thames Water struggled to
# restore supplies" (had made Thames Water the accident's actor); who speaks for it stays a statement's.
_UTILITY_NAME = re.compile(r"\s(?:Water|Power|Electric|Electricity|Energy|Gas|(?:Power\s+(?:&|and)\s+)?Light)$")
_HAZARD_OR_BUILDING_AFTER = re.compile(r"\s+(?:winds?|gusts|fires?|blaze|wildfires?|apartments?|apartment\s+(?:complex|"
                                       r"block|building|tower)s?|condominiums?|tower|towers|mall|building|complex|"
                                       # "crowds set fire to ... the Singha Durbar government complex"
                                       r"(?:government|administrative|office|palace)\s+(?:complex|building|compound)|"
                                       # "a stop on the Tren Maya railway"
                                       r"railway|railroad|rail\s+line|"
                                       # a mine's or a plant's: "copper concentrate from MMG's Las Bambas mine" (had
                                       # made "Las Bambas" the blockade's actor)
                                       r"(?:copper\s+|gold\s+|coal\s+|lithium\s+)?mines?|smelter|refinery|oil\s*field|"
                                       # a hospital's name in two parts: "The injured were shifted to SCB Medical
                                       # College and Hospital in Cuttack, where doctors said the condition of three
                                       # was critical" (had made "Medical College" the statement's actor)
                                       r"and\s+Hospital)\b")
# Who says it, named after a title: "said OCHA's head of office in Somalia, George Conway."
_TITLED_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+[^.;,\"\u201c\u201d]{1,80},\s+$")
# (its title as long as the pattern allows: "..., according to the president of the displaced persons' committee at
# the site, Jean-Pierre Ngabu." had made him the CODECO attack's actor)
TITLED_SPEAKER_REACH = 100
_ENDS_SENTENCE = re.compile(r"\s*[.!?]?[\"\u201d']?\s*$")
# Who is no party to a crime: the venue it was in, its victim, a statute ("opened fire inside the Rebel Lounge in
# Odessa", "for the murder of Liam Doyle, 34", "Mr Doyle was stabbed three times", "detained ... under Section 2 of
# the Criminal Justice (Drug Trafficking) Act 1996").
_NO_PARTY_BEFORE = re.compile(r"\b(?:inside|(?:murder|killing|death|stabbing|shooting|manslaughter)\s+of|"
                              r"stabbed|murdered|assaulted|attacking|stabbing|murdering|assaulting|"
                              # (the one shot or killed: "Patrick O'Connor, 39, is accused of shooting dead Kevin
                              # Murphy, 35, at a house in Mayfield" had made the victim the attack's actor)
                              r"(?:shooting|shot|gunning|gunned)\s+(?:dead|down)|shot\s+and\s+killed|killing|"
                              r"strangling|strangled)\s+"
                              # (an age before the name: "He had pleaded guilty to murdering 41-year-old Sean Fox")
                              r"(?:the\s+)?(?:\d{1,3}-year-old\s+)?$", re.I)
# A church named by its saint, a building, no party: "Father Sylvester Okechukwu was taken from St. Mary's Catholic
# Church in Tachira village" (had made "Catholic Church" a party).
_SAINTS_POSSESSIVE_BEFORE = re.compile(r"\b(?:St|Saint|Ste|San|Santa|Sts)\.?\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
                                       r"['\u2019]s?\s+$", re.I)
# A vehicle told by its colour, then its make and model, no party: "Gunmen in a white Toyota Quantum opened fire on
# queuing commuters" (had made "Toyota Quantum" the attack's actor); the colour in lower case, not a party's name
# ("the Green Party", "the Red Crescent").
_COLOURED_VEHICLE_BEFORE = re.compile(r"\b(?:an?|the|their|his|her|its)\s+(?:(?:dark|light|metallic)[\s-]+)?"
                                      r"(?:white|black|silver|grey|gray|red|blue|green|maroon|beige|gold|golden|"
                                      r"yellow|brown|orange|navy)(?:-coloured|-colored)?\s+$")
# Whom a crowd protests against or over, no party to the protest: "three days of protests in Togo's capital against
# President Faure Gnassingbe", "demonstrations over the death in custody of blogger Albert Ojwang", "a post critical
# of deputy police chief Eliud Lagat", "the biggest in Serbia since the fall of Slobodan Milosevic in 2000" (a title
# or a trade in lower case may come between); an operation against a group fights it, a party ("an operation
# against the Comando Vermelho drug faction").
# (nor whom one arrested had criticised, a title of any case between: "Magomed Dzhabrailov was detained in Gudermes in
# February after he criticised Chechen leader Ramzan Kadyrov" had made Kadyrov the arrest's actor)
_PROTESTED_BEFORE = re.compile(r"\b(?:critici[sz](?:ed|es|ing)|(?:insult|mock)(?:ed|ing|s))\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,3}?$|"
                               r"(?:\b(?:protest|demonstrat|rall(?:y|ies)|march|chant)[^.;]{0,50}?\bagainst|"
                               r"\bcritical\s+of|\b(?:death|killing|jailing|detention|ouster|removal|fall|downfall|"
                               r"overthrow|toppling|resignation)\s+(?:in\s+(?:police\s+)?custody\s+)?of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?$")
# (a victim named in apposition, then killed: "In Rajouri, a senior government official, Raj Kumar Thapa, was killed
# when a Pakistani shell hit his residence" had made him an actor of the shelling)
# (or in a relative clause, run over: "the death on Thursday of a 21-year-old motorcycle taxi driver, Affan Kurniawan,
# who was run over by a police armoured vehicle during a protest near the parliament in Jakarta")
# (or one detained: "Magomed Dzhabrailov was detained in Gudermes in February" had been the arrest's actor)
# (and one told by age and trade first: "Dmitry Sokolov, 41, a former editor at the regional news site Novy Ural, was
# detained in March 2024 over Telegram posts about Russian strikes" had been the Mariupol strike's actor)
# (or two named with their ages: "Ramesh Karki, 19, and Suman Rai, 21, were shot during demonstrations" had made Karki
# the Itahari shooting's actor; or one who died, told by age: "Affan Kurniawan, 21, a delivery driver for ride-hailing
# firm Gojek, died on Thursday night after the vehicle struck him"; or one of a list of them by age, semicolons between:
# "Nathan Skaggs, 2; Patrick Snelling, 8; Breonna Snelling, 10; and Cassandra Karg, 10, died in a fire")
_VICTIM_AFTER = re.compile(r",\s+\d{1,3},(?:\s+an?\s+[^,;.()]{1,80},)?\s+died\b|,\s+\d{1,3};|"
                           r",\s+\d{1,3},\s+and\s+(?:[A-Z][\w'-]*\s+){1,3}?[A-Z][\w'-]*,\s+\d{1,3},\s+were\s+"
                           r"(?:fatally\s+)?"
                           r"(?:stabbed|shot|murdered|killed|injured|wounded|detained|arrested|abducted|kidnapped)\b|"
                           r"(?:,\s+\d{1,3},|,)?(?:\s+an?\s+[^,;.()]{1,80},)?\s+(?:who\s+)?(?:was|were)\s+(?:fatally\s+)?"
                           r"(?:stabbed|shot|murdered|"
                           r"killed|assaulted|attacked|injured|wounded|found\s+dead|run\s+over|beaten|"
                           r"detained|arrested|abducted|kidnapped|"
                           # ("Kevin Johnson, 34, was struck while walking near Red Bank Road")
                           r"struck|hit|drowned|burned|hurt)\b|"
                           # a victim named, then described: "Silverio Villegas Gonzalez, a Mexican immigrant, was
                           # shot and killed by an ICE officer during a traffic stop in Franklin Park"
                           r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:man|woman|immigrant|migrant|national|citizen|father|"
                           r"mother|worker|teenager|resident|refugee|asylum\s+seeker),\s+(?:was|were)\s+"
                           r"(?:fatally\s+)?(?:stabbed|shot|murdered|killed|assaulted|attacked|injured|wounded|"
                           r"found\s+dead)\b")
# A demonym that says whose nationality the one who died, was killed or was detained had, not who acted: "A
# Honduran man died on Monday in ICE custody ... in Lumpkin", "a 30-year-old Tunisian man was killed and two
# others were wounded in a shooting ... in Agrigento", "Silverio Villegas Gonzalez, a Mexican immigrant, was shot".
# A gang's nationality names no country as a party: "raids ... targeting a Kurdish-Iraqi network that smuggled
# migrants", "police in Sicily arrested 12 suspected members of an Egyptian and Libyan smuggling ring".
_GANG_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]+|-[A-Z][\w-]+)*\s+(?:(?:people[\s-])?(?:smuggling|trafficking|drugs?|"
                         r"crime|criminal|organi[sz]ed[\s-]crime)\s+)?(?:networks?|rings?|gangs?|cartels?|syndicates?|"
                         r"mafias?|clans?|smugglers|traffickers)\b")
# A charity's nationality names no party either: "Sea-Watch, a German charity that operates rescue ships, said its vessel
# was detained in the Sicilian port of Pozzallo last week" (had made Germany the detention's actor).
_CHARITY_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:charity|charities|NGOs?|aid\s+(?:groups?|agency|agencies)|"
                            r"non-governmental\s+organi[sz]ations?|humanitarian\s+(?:groups?|organi[sz]ations?))\b")
# A flag a crowd waves or burns names no party: "Protesters gathered in the eastern Chacao municipality waving
# Venezuelan flags and chanting" (had made Venezuela the protest's actor).
_FLAG_AFTER = re.compile(r"\s+(?:national\s+)?flags?\b")
# A produce named by its country is no party to what its market did: "the price of Irish potatoes, which the area
# supplies to markets in Kano, Lagos and Port Harcourt, had risen sharply" (had made Ireland the traders' actor).
_PRODUCE_AFTER = re.compile(r"\s+(?:potatoes|wheat|rice|maize|corn|barley|coffee|tea|cocoa|beef|pork|lamb|cheese|"
                            r"wine|whisky|whiskey|vodka|beer|salmon|grain|crude|oil|gas|coal|steel|cotton)\b")
# ... nor are a country's places of learning or care, however many countries the list names: "Agents in Ho Chi Minh City
# and Manila said students were increasingly applying to Malaysian and Japanese universities" (had made Malaysia and
# Japan the statement's actors).
_INSTITUTIONS_AFTER = re.compile(r"(?:,?\s+(?:and\s+|or\s+)?(?-i:[A-Z])[\w-]*)*\s+(?:universities|university|schools?|"
                                 # (and what they award: '"The model of teaching a UK or Australian degree at
                                 # two-thirds of the price worked"' had made Australia the consultant's actor)
                                 r"colleges?|hospitals?|clinics?|museums?|degrees?|diplomas?|qualifications?)\b")
# A civil craft's nationality names no party to its wreck: "Indonesian ferry sinks off Bali, dozens missing" (had made
# Indonesia the accident's actor); a warship, a drone or a jet is a side's (``_ATTRIBUTIVE_FORCE``).
_CIVIL_CRAFT_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:ferry|ferries|bus|buses|coach|minibus|train|trains|airliner|"
                                r"passenger\s+(?:plane|jet|ship|boat|train)s?|fishing\s+(?:boat|vessel|trawler|fleet)s?|"
                                r"trawlers?|cargo\s+(?:ships?|vessels?)|freighters?|cruise\s+ships?|tourist\s+boats?|"
                                # "A Liberian-flagged oil tanker and a Malaysian bulk carrier collided in the Singapore
                                # Strait" (had made Malaysia the accident's actor)
                                r"bulk\s+carriers?|container\s+ships?|(?:oil\s+|fuel\s+|chemical\s+|gas\s+)?tankers?|"
                                r"merchant\s+(?:ships?|vessels?))\b")
# (and those a gang took, however told: "An Austrian woman kidnapped in January in the central Niger city of Agadez has
# been released", "A Swiss woman was seized in Agadez in April", "Two nationals of the United Arab Emirates and an
# Iranian who were kidnapped in western Mali", which had made Austria, Switzerland and Iran the abductions' actors)
_VICTIM_NATIONALITY_AFTER = re.compile(
    r"(?:\s+(?:man|woman|men|women|boy|girl|boys|girls|teenagers?|immigrants?|migrants?|nationals?|citizens?|"
    r"asylum[\s-]seekers?|refugees?|detainees?|workers?|father|mother|students?|tourists?|priests?|missionar(?:y|ies)|"
    r"engineers?|businessm[ae]n|aid\s+workers?)\b,?\s+(?:died|"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:fatally\s+|later\s+)?(?:shot|killed|stabbed|beaten|"
    r"murdered|wounded|injured|found\s+dead|detained|arrested|deported|kidnapped|abducted|seized|taken\s+hostage)|"
    r"(?:kidnapped|abducted)(?=\s+(?:in|on|from|last|near|outside|during|earlier)\b))|"
    r",?\s+who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:kidnapped|abducted|seized|taken\s+hostage))\b")
_NAMED_NO_PARTY_BEFORE = re.compile(r"(?:\b(?:dubbed|called|calls|named|nicknamed|known\s+as|so-called|codenamed|"
                                    r"code-named)\s+[\"\u201c]|[\"\u201c](?=Operation\s)|"
                                    r"\b(?:ship|vessel|boat|tanker|trawler|ferry|yacht|frigate|freighter|"
                                    # "the Houthis attacked the Liberia-flagged bulk carrier Magic Seas"
                                    # (or set off by a comma: "Small boats fired on the vessel, the Magic Seas, before
                                    # it was hit by at least three projectiles", the ship had been the attack's actor)
                                    r"carrier),?\s+(?:the\s+)?|"
                                    # ... or by its flag: "In 2023 it seized the Marshall Islands-flagged Advantage
                                    # Sweet" (had been the seizure's actor)
                                    r"-flagged\s+|"
                                    # a ship by its prefix: "The KMP Tunu Pratama Jaya sank about half an hour after
                                    # departing Ketapang port" (had been the accident's actor); a navy's too: "by the
                                    # patrol ship GNS Yaa Asantewaa"
                                    r"(?-i:\b(?:MV|MT|MS|KMP|KM|HMS|USS|RMS|FV|INS|GNS|NNS|PNS|BNS|HMAS|HMCS|ESPS|"
                                    r"HNLMS|FGS|ITS|KRI)\s+)|"
                                    # (a home address too: "Cherish Sawa, of 17 Guy Place in West Springfield,
                                    # suffered serious head injuries")
                                    r"\b(?:at|on|in|to|from|outside|of)\s+\d{1,5}(?:-\d{1,5})?\s+)$", re.I)
# (a prison too, where inmates rioted: "after a riot at the city's Litoral Penitentiary left 14 inmates dead")
_SITE_NAME = re.compile(r"(?:^Operation\s|\s(?:Side|End|Plaza|Square|Street|Avenue|Boulevard|Road|Lane|Drive|"
                        # US and Canadian streets' other words: "a fire in Spring Hill damaged a townhouse on Kedron
                        # Parkway" (had been a party to the fire)
                        r"Parkway|Pkwy|Circle|Trail|Terrace|Pike|Turnpike|Way|Place|"
                        # ... and their short forms: "at the Manuel Maloof auditorium, 1300 Commerce Dr., in downtown
                        # Decatur" (had been the meeting's party)
                        r"Dr|St|Ave|Rd|Blvd|Ln|Hwy|"
                        r"Penitentiary|Prison|Jail|Gaol|"
                        # a building a strike brings down, no party to it: "The Mushtaha Tower, a 12-storey
                        # residential building in western Gaza City, collapsed ... after it was hit by several missiles"
                        r"Tower|Towers|Building|Hospital|Mosque|Hotel|Stadium|Bridge|"
                        # a market: "Police in Ajmer said traffic was closed around Dargah Bazaar" (had been a party)
                        r"Bazaar|Bazar|Market|Souk|"
                        # a road or a mountain by its name: "at a blockade on the Carretera Central in Ate", "The
                        # slide came down from Mount Mungalo onto homes beside the Lai River" (had been parties)
                        r"Highway|Motorway|Expressway|"
                        # a train by its name: "Eleven coaches of the Bengaluru-Kamakhya Superfast Express derailed
                        # near Manguli", "the Coromandel Express collided with a goods train" (had been parties)
                        r"Express|Mail|"
                        # an accord by its town, no party: "officials said the United States would formally leave the
                        # Paris Agreement on climate change in January" (had been the statement's actor); not a
                        # convention, which may be a body that acts ("the Southern Baptist Convention")
                        r"Agreements?|Accords?|Protocol|Treaty|Declaration|Pact|"
                        # a border or a front line by its name, no party to the fire across it: 'it had targeted
                        # "several points" beyond the "hypothetical line", as the Taliban call the Durand Line' (had
                        # been the strike's actor), "the Blue Line"
                        r"Line|Frontier)$|"
                        r"^(?:Avenida|Rua|Calle|Carrera|Rue|Via|Praça|Plaza|Paseo|"
                        r"Carretera|Autopista|Autoroute|Rodovia|Mount|Mt\.?|"
                        # a building by its kind first: "The militants detonated a car bomb at the gate of the Hotel
                        # Sahafi before fighters entered the building" (had been the attack's actor)
                        r"Hotel|Hospital|Stadium)\s)")  # "along Avenida Brasil"
# A statute named whole, no party to what goes on over it: "clashes between supporters and opponents of the
# Citizenship Amendment Act" (had been the riot's actor); nor a court to what it judges, "a European arrest warrant
# issued by the High Court in Dublin" (the arrest's actor, had been); but a court that rules is a statement's party:
# "the state Supreme Court in Madison allowed drop boxes to be reinstated".
# Nor is any other document's: "the government's repatriation plan targeting holders of Afghan Citizen Cards" (had
# made "Citizen Cards" the crossing's actor).
_A_LAWS_NAME = re.compile(r"\s(?:Act|Bill|Code|Ordinance|Cards?|Passports?|Visas?|Permits?|Certificates?|"
                          r"Licen[cs]es?)$")
_COURT_NAMED = re.compile(r"\sCourt$")
_LAW_AFTER = re.compile(r"(?:\s+\([^()]{1,40}\))?\s+(?:Act|Bill|Law|Code|Ordinance|Regulations?)\b")
_PLACE_AROUND = re.compile(r"\b(?:in|near|at|outside|around|towards?|into)\s+(?:the\s+)?$|"
                           # (a route's, by its bare name: "ship the coal through Dalrymple Bay near Mackay"; not
                           # a body's, "contact their families through the Red Cross")
                           r"\b(?:through|via)\s+$|"
                           # (what people fled: "Local officials said more than 6,000 people had fled Gwer West and
                           # were sheltering in camps in Naka and Aondona", which had made Gwer West an actor)
                           r"\b(?:fled|flee|flees|fleeing)(?:\s+from)?\s+$|"
                           # "in a night raid on the village of Kakin Dawa in Zamfara state"
                           r"\b(?:village|town|city|hamlet|settlement|district|camp)\s+of\s+$")
_PLACE_NOUN_AFTER = re.compile(r"(?:\s+(?-i:I{1,3}|IV|VI{0,3}))?"  # a king's numeral: "the King Abdullah II air base"
                               r"\s+(?:village|town|district|regency|province|county|parish|camp|pass|valley|"
                               # ("police fired tear gas to clear the Panamericana Sur highway")
                               r"highway|motorway|expressway|"
                               r"(?:air\s+)?base|airbase|airfield|barracks|cantonment|checkpoint|outpost|"  # "its Nur Khan air base"
                               r"mountain|island|neighbou?rhood|suburb|area|river|"
                               # "at Israel's Ben Gurion airport", "on Yemen's Ras Isa fuel port"
                               r"(?:fuel\s+|oil\s+|sea\s+)?(?:airport|port|oil\s*field|field|refinery|power\s+station)|"
                               # (a works by its name: "in protest at Southern Copper's Tía María project in the Tambo
                               # valley" had made Tía María the protest's actor)
                               r"(?:copper\s+|gold\s+|coal\s+|mining\s+|hydro(?:power|electric)?\s+)?(?:project|mine|dam|"
                               r"pipeline))\b",
                               re.I)
# A shrine's, a festival's or a rite's name, where a crowd gathers, no party to what befalls it: "in a stampede during
# the annual Shree Lairai Devi jatra at Shirgao village", "a stampede on the steps leading to the Mansa Devi temple in
# Haridwar", "a stampede at the Maha Kumbh festival", "tokens for Vaikunta Ekadasi darshan" (all had been actors).
_SHRINE_OR_RITE_AFTER = re.compile(r"\s+(?:temples?|shrines?|dargah|gurdwara|basilica|cathedral|pagoda|monastery|"
                                   r"festival|fair|mela|jatra|yatra|utsav|darshan|procession|pilgrimage|"
                                   # ("at the entrance of the Sholakia Eid ground in Kishoreganj district")
                                   r"grounds?(?!\s+(?:forces?|troops|operations?|offensive|assault|invasion|war)\b)|"
                                   r"prayers|congregation)\b", re.I)
# A name that goes on is an organisation's, cut short: "the International Organization for Migration".
_NAME_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")
# Who is told, or whom an attack or an arrest targets, is no party: "residents told the Kashmir
# Times", "attacked the Holiday Inn Express", "a siege of the Jaffar Express", "the arrest in the
# United States of Ismael "El Mayo" Zambada", "protests demanding a ban on the Awami League".
_TOLD_OR_TARGETED_BEFORE = re.compile(r"\b(?:told|attacked|stormed|raided|targeted|hijacked|besieged|bombed|torched|"
                                      r"arrested|detained|captured|kidnapped|abducted|siege\s+of|attacks?\s+on|"
                                      r"raids?\s+on|bans?\s+on|arrest\s+(?:[\w-]+\s+){0,4}?of)\s+"
                                      # ("Police arrested five members of the Awami League")
                                      r"(?:(?:[\w-]+\s+){0,2}?(?:members|supporters|leaders|activists|followers)\s+of\s+)?"
                                      r"(?:the\s+)?"
                                      r"(?:[A-Z][\w-]*\s+)?[\"\u201c']?$")
# A body named as the owner of what was hit, taken or attacked (its convoy, its staff, its aircraft, its premises) is
# its victim, no party: "a drone struck a World Food Programme convoy near Al Koma", "A UN helicopter evacuating
# soldiers from Nasir was attacked", "Houthi rebels have detained seven more United Nations staff members in the
# capital Sanaa" (had made WFP and the UN the strike's, the attack's and the arrest's actors).
_ITS_STAFF_OR_CONVOY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:aid|humanitarian|food|relief|medical|local|"
                                        r"international|national|[\w-]+-truck)\s+)?"
                                        r"(?:convoys?|trucks?|lorries|barges?|staff(?:ers)?|workers?|employees|"
                                        r"personnel|helicopters?|aircraft|planes?|vehicles?|compounds?|warehouses?|"
                                        r"premises|offices?|clinics?|guesthouses?|teams?|drivers?)\b")
# An armed group's name: capitalized words up to its head ("the Jalisco New Generation Cartel"), or
# any name with its acronym after it ("the Islamic State West Africa Province (ISWAP)").
_GROUP_HEADS = r"Army|Front|Cartel|Brigades?|Forces|Militia|Movement|Mujahideen|Legion|Battalion"
# A country's own forces, named after its possessive ("Sudan's Armed Forces", "Israel's Defense Forces"):
# the country acts; any other group so named is the country's rebels ("Myanmar's Arakan Army", "Sudan's
# Rapid Support Forces"), who act against it.
_STATE_FORCES = frozenset({"army", "armed forces", "defence forces", "defense forces", "national army", "navy",
                           "security forces", "special forces", "border forces", "ground forces", "land forces",
                           "naval forces", "air forces", "military forces", "national guard", "border guard",
                           "defense force", "defence force", "national defense force", "national defence force"})
_OWNS_A_GROUP = re.compile(rf"['\u2019]s\s+(?P<name>(?:[A-Z][\w'\u2019-]*\s+){{0,4}}(?:{_GROUP_HEADS}))\b")


def _owns_a_rebel_group(sentence: str, end: int) -> bool:
    """Whether the possessive country ending at ``end`` names a group its own forces fight, by its head
    ("Myanmar's Arakan Army") or as news names it (``_KNOWN_ACTORS``): "Yemen's Houthi movement said on Thursday it
    had fired a ballistic missile at Ben Gurion airport" (had made Yemen the strike's actor beside the Houthis)."""
    m = _OWNS_A_GROUP.match(sentence, end)
    if m is not None and m.group("name").lower() not in _STATE_FORCES:
        return True
    owner = _OWNERS_POSSESSIVE.match(sentence, end)
    known = owner and _KNOWN_ACTORS.match(sentence, owner.end())
    return bool(known) and known.group() not in _STATE_ACRONYMS


_OWNERS_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:the\s+)?")
_STATE_ACRONYMS = frozenset({"SAF"})  # "Sudan's SAF", the Sudanese Armed Forces: the country acts
# (a unit's number is its name's: "The Ukrainian 3rd Assault Brigade said", not an "Assault Brigade")
_GROUP_NAME = re.compile(r"(?<![\w-])(?P<name>(?:\d{1,3}(?:st|nd|rd|th)\s+)?"
                         r"(?:(?:(?<=\s)(?:al|wal|el|ul)-)?[A-Z][\w'\u2019-]*\s+"
                         r"(?:(?:of|for|the|al|de|del|and)\s+)?){1,6}"
                         rf"(?:(?P<head>{_GROUP_HEADS})\b|(?:(?:al|wal|el|ul)-)?[A-Z][\w-]*(?=\s+\([A-Z]{{2,8}}\))))"
                         r"(?:\s+\((?P<acronym>[A-Z]{2,8})\))?")
_NAME_OF_ORGANISATION = re.compile(r"[A-Z][\w-]*\s+(?:to|of|for|and|on|against|in)\s+(?:the\s+)?$")
_NOT_NAMES = {"The", "In", "On", "During", "While", "After", "Before", "President", "Governor", "Minister", "Deputy",
              "Armed",  # ("Sudan's Armed Forces" are Sudan's)
              "Prime", "Secretary", "Chief", "Commander", "Foreign", "Defense", "Defence", "Affairs", "First",
              "Presidential", "Office", "Ministry", "General", "National", "Security", "Council", "Local",
              "Telegram", "Military", "District", "Support", "Center", "Material", "Technical", "Southern", "Central",
              "Northern", "Eastern", "Western", "Independent", "Post", "Guardian", "Kremlin", "Open", "Iron",
              "Wolf", "Anti", "Corruption", "Bureau", "Special", "Prosecutor", "Union", "European", "Party",
              "Servant", "People", "Air", "Force", "Army", "Navy", "Head", "Spokesperson", "Some", "But", "If",
              "Late", "Early", "Last", "Overnight", "That", "This", "Day", "Monday", "Tuesday", "Wednesday",
              "Thursday", "Friday", "Saturday", "Sunday", "Souq", "Souk", "Market", "Storm", "Hurricane", "Typhoon",
              "Cyclone", "Tropical",
              # a hedge, no part of the group's name: "Suspected Islamic State militants killed at least 40 civilians"
              # (had made "Suspected Islamic State" the actor)
              "Suspected", "Alleged", "Presumed",
              # a standing, no part of a name: "Veteran Ugandan opposition leader Kizza Besigye was abducted in
              # Nairobi" (had made "Veteran Ugandan" an actor)
              "Veteran",
              # ... nor a walkout's: "Striking Boeing machinists voted to reject the company's latest contract offer"
              # (had made "Striking Boeing" an actor)
              "Striking",
              # agencies that report (the "Disaster Management Authority", the "Weather Service") and places
              # that are not parties ("Citi Field", "Home Depot", "Grand River", "Fort Moore")
              "Authority", "Service", "Survey", "Agency", "Administration", "Department", "Institute",
              "Commission", "Centre", "Hospital", "Airport", "Field", "Park", "Stadium", "Street", "Square",
              "River", "Valley", "Depot", "Station", "Fort", "Avenue", "Road", "Lane", "Boulevard", "Hill",
              "Bridge", "Highway", "Interstate", "Lake", "Harbor", "Harbour",
              # a site or a prize, no party: "the Great Mosque ..., a World Heritage site", "the Rugby League
              # World Cup"
              "Heritage", "Mosque", "Cathedral", "Temple", "Museum", "Cup", "Rugby", "Olympics",
              # ... and the houses of worship South Asia's papers name by their own words: "clashes over a
              # court-ordered survey of the Shahi Jama Masjid" (had been the clashes' party)
              "Masjid", "Mandir", "Gurdwara", "Dargah", "Synagogue", "Shrine", "Monastery", "Abbey",
              # places, things and times the gazetteer lacks, no parties: "Deer Creek", "Sunny Beach", "the
              # Pennine Way", "Severn Tunnel Junction", "the Yukon-Kuskokwim Delta", "Ras Jedir", "Jebel Irhoud",
              # "the Giant Magellan Telescope", "Lunar New Year", "An Amber Alert was
              # issued", "Since October, ..."
              "Creek", "Beach", "Trail", "Way", "Junction", "Tunnel", "Delta", "Point", "Ras", "Jebel", "Sierra",
              "Telescope", "Scholarship", "Year", "Alert", "Since", "An", "Lot", "At", "Every", "Most",
              "Dam", "Island", "Islands", "Marshes", "Freeway", "Rail", "Corridor", "Site", "Observatory", "Chapel",
              "Basilica", "Home",  # ("the Karakaya Dam", "the Rubin Observatory", "Brown's Funeral Home")
              # a military base, no party, as a fort is none: "The U.S. military will ... move its remaining personnel
              # to Camp Humphreys in Pyeongtaek" (had made "Camp Humphreys" an actor), "to Camp Kengun in Kumamoto"
              "Camp", "Garrison", "Barracks",
              # seasons, wars, games and weather, no parties: "Christmas Eve", "Golden Week", "the Civil War",
              # "the Asian Winter Games", "El Niño"; nor a car: "a stolen Dodge Charger", "a Chevrolet Impala"
              # (nor a bowl game or a holy day: "hours before the Sugar Bowl college football game", "killing two
              # people on Yom Kippur")
              "Eve", "Week", "War", "Games", "Niño", "Niña", "Nina", "Chevrolet", "Dodge", "Explorer", "Bowl",
              "Kippur",
              # more places and sites the gazetteer lacks, by the word that says so: "Lough Derg", "Baoshan
              # Township", "the North Zone", "Ronler Acres", "Campi Flegrei", "Sveti Stefan", "Demänovská Dolina",
              # "Boundary Trails", "Tel Abyad"
              "Lough", "Loch", "Township", "Zone", "Acres", "Campi", "Sveti", "Dolina", "Trails", "Tel",
              # Southeast Asia's villages and their parts by the word before their names: "conducting combat
              # operations in Sitio Kangkiling, Barangay Buenavista in Himamaylan City" (had made "Barangay
              # Buenavista" an actor), Indonesia's "Desa", "Kampung", "Dusun", "Kelurahan" and "Kecamatan"
              "Barangay", "Brgy", "Sitio", "Purok", "Desa", "Kampung", "Dusun", "Kelurahan", "Kecamatan"}
# (not "Bay" nor "Stone", surnames as often: "Michael Bay", "Emma Stone")
# Titles before a name, dropped where a name of two words or more is left: "Judge Ian Carlisle" is Ian
# Carlisle, "Detective Superintendent Renee Dolan" Renee Dolan, "Premier François Legault" François
# Legault; "Mayor Horton" stays as the story names him. (A calling, that opens a sentence, is one too: "Businessman
# Nate Morris, the third Republican in the race, ... held a rally in Paducah" had named "Businessman Nate Morris".)
_TITLES = frozenset({"Premier", "Judge", "Justice", "Coun", "Cllr", "Councillor", "Councilman", "Councilwoman",
                     "Selectman", "Prof", "Professor", "Dr", "Cardinal", "Senator", "Sen", "Mayor", "Sheriff",
                     "Vice-President", "Officer", "Inspector", "Superintendent", "Commissioner", "Detective",
                     "Sergeant", "Lieutenant", "Colonel", "Businessman", "Businesswoman", "Lawmaker", "Legislator"})
# The words that may end an office's title, which the person's name follows (``find_actors``): the titles
# and the last words of longer ones.
_OFFICE_WORDS = _TITLES | frozenset({"Director", "Minister", "Secretary", "Chief", "Manager", "Coordinator",
                                     "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman",
                                     "Administrator", "Commander", "President", "Governor", "Mayor", "Ambassador",
                                     "Attorney",
                                     # ("Chief Executive Rohan Iyer told Reuters", "Attorney General Pam Bondi said")
                                     "Executive", "General", "Editor", "Adviser", "Advisor", "Prosecutor", "Envoy"})
# Not inside a hyphenated name: "PORT-AU-PRINCE" names no African Union.
_ACRONYM = re.compile(r"(?<![\w-])(?:NATO|EU|UN|OSCE|IAEA|ICC|NABU|SAPO|SBU|FSB|IDF|ISW|AU|ECOWAS|WHO|OPEC|G7|G20)"
                      r"(?![\w-])")


# A number after a month is a day or a year, and a year is no count of the dead.
_YEAR = re.compile(r"(?:19|20)\d\d\b")
# ... as is one after "in": "In 2019 Indian jets bombed a site near Balakot" (2019 jets, had been).
_IN_A_YEAR = re.compile(r"\b(?:in|since|by|until|till|during|early|late|mid)\s+$", re.I)
# The saved are no toll: "rescuing more than 300 passengers" (a hijack's only figure, had been).
# (and the survivors the dead are told by: "An Air India flight ... crashed into a medical college hostel moments after
# takeoff ..., killing all but one person on the plane" had been a toll of one)
_SPARED_BEFORE = re.compile(rf"\b(?:rescuing|rescued|freeing|freed|saving|saved)\s+{_APPROX}$|"
                            r"\ball\s+(?:but|except(?:\s+for)?|save)\s+$", re.I)
# ... nor those a court judged: "The Delhi High Court on Wednesday upheld the conviction of three men for the murder of
# a shopkeeper" (the 3 men had been the riots' figure); the arrested are an arrest's count.
_JUDGED_BEFORE = re.compile(rf"\b(?:(?:conviction|convictions|acquittal|sentencing|sentences|trial|appeals?)\s+of|"
                            rf"convicted|acquitted|sentenced|jailed|cleared)\s+{_APPROX}$", re.I)
# ... or the people investigated: "A Greek naval court is investigating 17 coast guard officers over the Pylos
# shipwreck" had counted the 17 among the shipwreck's figures (not the deaths or the cases investigated)
_INVESTIGATED_BEFORE = re.compile(rf"\b(?:investigating|investigated|investigates)\s+{_APPROX}$", re.I)
# ... and those who go on trial for it: "Seventeen Greek coastguard officers went on trial in Kalamata on Wednesday over
# the sinking of a fishing boat off Pylos in June 2023" (the 17 had been the shipwreck's figure).
_ON_TRIAL_AFTER = re.compile(r"\s+(?:went|go|goes|are\s+going|were|are|stand|stood|stands)\s+on\s+trial\b", re.I)
# ... told in the passive too: "Sixteen migrants were rescued and at least 42 others are missing after their rubber
# boat sank" (the 16 had been the sinking's figure)
# ... and the patients sent home, who recovered: "The health directorate in Minya said 212 patients had been discharged,
# while 88 remained in hospital" (the 212 had been the food poisoning's figure)
_SPARED_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:rescued|saved|freed|pulled\s+(?:out\s+)?alive|"
                           r"discharged|released\s+from\s+(?:the\s+)?hospitals?)\b", re.I)
# Those a place is home to are no toll of what happened there: "In Bilopillia, a town of about 15,000 people before the
# full-scale invasion, a bomb struck a school gymnasium" (had been the strike's 15,000 people).
_INHABITED_BEFORE = re.compile(rf"\b(?:town|city|village|hamlet|community|island|country|nation|region|district|"
                               rf"municipality|province)\s+of\s+{_APPROX}(?:(?:roughly|just|fewer\s+than|less\s+than)\s+)?$",
                               re.I)
# Those on board are no toll, beside the dead: "At least 50 people were killed ... after a wooden boat carrying about
# 400 passengers caught fire and capsized on the Congo River".
# (and so are the rest of a list of them, and those a craft set out with: "a ferry carrying 53 passengers and 12 crew
# members sank" had counted the crew, "The boat, with 26 passengers and four crew, hit a large wave and sank" the 26)
# ... nor is those a firm or a trade employs: "Bangladesh's garment sector, which employs about 4 million people and
# accounts for more than 80% of exports, has faced weeks of protests over wages" (had been a protest of 4,000,000).
_WORKFORCE_BEFORE = re.compile(rf"\b(?:employs|employing|employed|(?:work\s*force|payroll|staff)\s+of)\s+{_APPROX}"
                               rf"(?:(?:roughly|just|fewer\s+than|less\s+than)\s+)?$", re.I)
_ON_BOARD_BEFORE = re.compile(r"\b(?:(?:carrying|carried|to\s+carry|capacity\s+of)|"
                              r"(?:boat|ship|ferry|vessel|speedboat|canoe|barge|trawler|dhow|bus|minibus|plane|aircraft|"
                              r"helicopter|train),?\s+with)\s+"
                              rf"(?:{_APPROX}(?:{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+(?:[\w-]+\s+){{1,2}}?"
                              rf",?\s*and\s+)?{_APPROX}$", re.I)
_ON_BOARD_AFTER = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b", re.I)
# ... but those on board that the crash killed, all of them, are its toll: "A Twin Otter aircraft ... crashed into a
# mountainside in Nepal's remote Mustang district on Saturday, killing all 14 people on board" (had been no toll)
_HARMED_ALL_BEFORE = re.compile(rf"\b(?:{_HARM})\s+(?:all\s+(?:of\s+the\s+)?|{_APPROX})$", re.I)
# ... nor beside a craft lost with them, when the sentence tells no dead: "The boat, carrying 310 passengers, mostly
# Ethiopians, overturned in rough seas near Obock", "a speedboat carrying 30 people sank off Phuket" (had been the
# accident's 310 passengers and 30 people).
# (or crashed, or off its rails: "A passenger plane carrying 49 people crashed in Russia's far eastern Amur region",
# "The regional express ... was travelling from Sigmaringen to Ulm with around 100 passengers on board when two
# carriages came off the tracks" had been the accident's 49 people and 100 passengers)
_CRAFT_LOST = re.compile(r"\b(?:capsiz\w*|sank|sunk|sinks|sinking|overturn\w*|ran\s+aground|caught\s+fire|"
                         r"crash(?:ed|es)|derail(?:ed|s)|came\s+off\s+the\s+(?:tracks|rails)|collided|"
                         r"went\s+down)\b", re.I)
# The feared dead are no count of the dead: "Dozens feared dead after ferry sinks off Bali", "with at least 100 more
# feared dead" (had been 12 and 100 dead), "At least 20 people are feared dead".
_FEARED = re.compile(r"\b(?:feared|presumed)\b", re.I)
_FEARED_AFTER = re.compile(r"\s+(?:(?:are|is|were|was|now|still|also)\s+)*(?:feared|presumed)\s+"
                           r"(?:to\s+(?:be|have)\s+)?(?:dead|killed|died|drowned|lost)\b", re.I)
# Those a place sheltered are no toll of what hit it, unless told as harmed: "A drone struck a mosque in El Fasher,
# where more than 150 people fleeing fighting in nearby areas had been sheltering, killing 12" (the strike's 150
# people, had been), but "300 people who had been sheltering in the school were killed".
_SHELTERED_AFTER = re.compile(r"[^.;,]{0,50}?\b(?:(?:had\s+been|have\s+been|has\s+been|were|are|was|is)\s+"
                              r"(?:sheltering|taking\s+(?:shelter|refuge)|staying)|(?:sheltering|took\s+(?:shelter|refuge)|"
                              r"taking\s+(?:shelter|refuge)|sought\s+refuge|seeking\s+refuge)\s+(?:at|in|inside)\b)"
                              r"(?![^.;,]{0,60}?\b(?:kill|died|dead|wound|injur|hurt))", re.I)
# Who those counted were, said before what happened to them: "At least 18 people, including five
# soldiers, were killed" (0 dead, had been).
_ASIDE = re.compile(r",\s+(?:including|among\s+them|mostly|most\s+of\s+them|many\s+of\s+them)\b[^,;.]{1,60},")
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


# (searched for case-sensitively in the folded sentence: cheaper, see ``FoldedSearch``)
_FOLDED_FIGURE, _FOLDED_BARE_COUNT, _FOLDED_ONE_VICTIM = (FoldedSearch(p) for p in (_FIGURE, _BARE_COUNT, _ONE_VICTIM))


# An epidemic's words, and the cases it counts (see taxonomy's disaster wordings).
_EPIDEMIC = re.compile(r"\b(?:" + "|".join(disease.replace(" ", r"\s+") for disease in DISEASES) +
                       r"|nipah|epidemics?|outbreaks?|(?:suspected|confirmed|probable)\s+cases|"
                       r"(?<=\d)\s+new\s+cases(?!\s+(?:against|under))|"
                       r"cases,?\s+(?:including|and)\s+(?:[\d,]+|[a-z]+)\s+deaths)\b"
                       r"(?!\s+of\s+(?:the\s+)?(?:war|violence|fighting|hostilities|clashes|unrest|protests?|conflict))", re.I)
# (the disease named between the count and its cases: "2,310 suspected mpox cases", "10 human H5N1 cases", "more
# than 50,000 dengue cases and 221 deaths", which had kept only the deaths)
_CASES = re.compile(r"\b(?P<num>\d{1,3}(?:,\d{3})+(?!,?\d)|\d+|" + _NUMBER_IN_WORDS + r")\s+"
                    r"(?:new\s+|additional\s+|more\s+)?(?:(?:suspected|confirmed|probable|human|imported)\s+)?"
                    r"(?:(?:" + "|".join(disease.replace(" ", r"\s+") for disease in DISEASES) +
                    r"|nipah)(?:\s+virus)?\s+)?cases\b", re.I)


# A number word opening a proper name, in a sentence not in title case: "Six Nations Police said", "Two
# Sisters Police Station" (a headline's "Two Israeli Soldiers Killed in Gaza" is in title case).
# A toll told once and then by its number alone, for each of a list of places: "Another 38 people died in
# Shangla, 22 in Mansehra and 21 in Swat", "Five deaths were reported in Prakasam district, four in Nellore
# and three in Kurnool" (Mansehra's 22 and Nellore's four had been no figure): the count the toll before it
# counts. (Not a year nor a day: "on May 28, 2025 in Geneva".)
# ... and a part of a count, told for the place it fell in: "intercepted 54 Ukrainian drones over seven Russian
# regions, including 21 over the Bryansk region", "shot down 93 drones over Russia overnight, 32 of them over the
# Krasnodar region" (Bryansk had taken the 54, and Krasnodar nothing); and the first part of a tally: "212 people had
# died ... since June 26, including 87 in Punjab and 61 in Khyber Pakhtunkhwa" had given Punjab none.
_ELIDED_COUNT = re.compile(rf"(?:,|\band)\s+(?:including\s+|among\s+them\s+)?{_APPROX}"
                           rf"(?P<num>{_DIGITS}|\d+|{_NUMBER_IN_WORDS})(?:\s+of\s+them)?"
                           # (at sea too: "including 300 off Libya" had given Libya the route's 1,200)
                           r"(?=\s+(?:in|at|over|off)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
# Others harmed, counted with no noun: "Four people drowned in Mombasa County, ..., while three others died in
# Kilifi County when a house collapsed in Mtwapa" (Kilifi's three had been no figure).
_OTHERS_HARMED = re.compile(rf"\b(?P<num>{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+others\s+(?:(?:were|have\s+been|had\s+been)\s+"
                            r"(?:killed|injured|wounded|hurt)|died|drowned|were\s+found\s+dead)\b", re.I)
# A clause that opens with a count and no noun, and says what happened to those counted: "In the town of Dhankuta,
# two were swept away when a river burst its banks", "17 people were swept away by the river last week, and four
# are still missing" (both had been no figure).
# (or approximate: "Sixteen migrants were rescued and at least 42 others are missing", the 42 had been lost)
# (or after a place's "where": "killed at least 45 people in Khyber Pakhtunkhwa on Friday, most of them in Buner
# district, where 32 died", the 32 had been lost)
_COUNT_ALONE_HARMED = re.compile(rf"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bbut\s)|(?<=,\swhere\s))"
                                 r"(?:(?:another|a\s+further|at\s+least|about|some|nearly|more\s+than)\s+)?"
                                 rf"(?P<num>{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+(?:more\s+|others\s+)?"
                                 r"(?:(?:(?:were|was|have\s+been|had\s+been|are|is|remain|remained)\s+(?:still\s+)?"
                                 # (the missing told bare, as headlines count them: "Boat carrying migrants capsizes
                                 # off Yemen, 68 dead and 74 missing", whose 74 had been lost)
                                 r"|(?=missing\b))"
                                 # (the missing counted as missing: "27 people died and dozens more were missing")
                                 r"(?:killed|injured|wounded|hurt|(?P<missing>missing|unaccounted\s+for)|swept\s+away)|"
                                 r"died|drowned)\b", re.I)
_NAMED_BY_A_NUMBER = re.compile(r"[A-Z][a-z]+ [A-Z]")
# Craft at sea (``_FIGURE``), a figure only as struck, told before or after: "destroyed 15 uncrewed boats in the
# Black Sea", "Russia had lost three ships", "two ships were hit".
_CRAFT = frozenset({"boats", "ships", "vessels"})
# A vote's share or turnout, no count of what happened (``_FIGURE``'s percent): "President Alassane Ouattara was
# declared the winner of Saturday's presidential election with nearly 90 percent of the vote" (had been the
# protest's figure).
_OF_THE_VOTE_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:popular\s+|valid\s+|cast\s+)?(?:votes?|ballots)|"
                                r"turnout)\b", re.I)
_TURNOUT_BEFORE = re.compile(r"\bturnout\s+(?:was|of|at|stood\s+at|reached|rose\s+to|fell\s+to)\s+"
                             r"(?:about\s+|nearly\s+|almost\s+|around\s+|just\s+)?$", re.I)
# Land (``_FIGURE``), a figure only as a fire, a flood or a storm took it, told before or after: "Wildfires ... have
# burned more than 20,000 hectares", "A fire near Stanley has grown to 40,000 acres", "more than 60,000 hectares
# burned"; not land owned, built on or farmed ("the plant will be built on 160 acres", "who farms 900 acres").
_LAND = frozenset({"acres", "hectares"})
# (a headline's present tense too: "Wildfires in Spain burn 20,000 hectares", "Wildfire grows to 2,500 acres")
_LAND_LOST = r"(?:burned|burnt|burning|burns?|scorched|scorch(?:es)?|charred|consumed|destroyed|flooded|inundated|" \
             r"submerged|damaged|flattened|razed|ravaged|blackened|engulfed|grown\s+to|grew\s+to|grows?\s+to|" \
             r"spread\s+(?:over|across|to))"
_LAND_LOST_BEFORE = re.compile(rf"\b{_LAND_LOST}\s+(?:through\s+)?(?:an\s+estimated\s+)?{_APPROX}$", re.I)
_LAND_LOST_AFTER = re.compile(rf"(?:[^.;,()]{{0,60}}?\b(?:had|have|has|were|was)\s+(?:been\s+)?|\s+){_LAND_LOST}\b", re.I)
# Houses and structures likewise (``_FIGURE``), only as wrecked: "Some 5,400 houses were destroyed", "flooding more than
# 600 houses"; not "14 design houses had set up offices".
_BUILDINGS = frozenset({"houses", "structures"})
_WRECKED = r"(?:destroyed|destroying|damaged|damaging|flooded|flooding|burned|burnt|razed|collapsed|demolished|" \
           r"flattened|levell?ed|gutted|torched|swept\s+away|washed\s+away|submerged|inundated)"
_WRECKED_BEFORE = re.compile(rf"\b{_WRECKED}\s+(?:[^.;]{{0,40}}?\s+and\s+)?{_APPROX}$", re.I)  # ("burned 260 acres and
# five structures")
_WRECKED_AFTER = re.compile(rf"(?:[^.;,()]{{0,60}}?\b(?:had|have|has|were|was)\s+(?:been\s+)?(?:completely\s+|partly\s+|"
                            rf"partially\s+)?|\s+){_WRECKED}\b", re.I)
# ... once, not again as its conversion in brackets: "had burned about 11,000 hectares (27,000 acres)".
_LAND_CONVERTED_BEFORE = re.compile(r"\b(?:acres|hectares)\s*\($", re.I)
_CRAFT_HIT = r"(?:destroyed|sank|sunk|hit|struck|attacked|seized|damaged|lost|targeted|disabled)"
_CRAFT_HIT_BEFORE = re.compile(rf"\b{_CRAFT_HIT}\s+{_APPROX}$", re.I)
_CRAFT_HIT_AFTER = re.compile(rf"\s+(?:were|was|have\s+been|had\s+been)\s+{_CRAFT_HIT}\b", re.I)
# A part of the toll told for a place: "Four of the deaths were in the town of Sancheong" (had been no figure).
_PART_OF_THE_DEAD = re.compile(rf"\b(?P<num>{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+of\s+the\s+(?:deaths|dead|fatalities|"
                               r"victims)(?=\s+(?:were|was|occurred|happened)\s+(?:in|at)\b)", re.I)
# The missing a disaster leaves, counted with no noun: "Torrential rains have killed 14 people and left 12 missing in
# South Korea" (the 12 had been lost), "leaving 30 missing", "with 12 others missing".
_LEFT_MISSING = re.compile(rf"\b(?:left|leaving|with)\s+{_APPROX}(?P<num>{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+"
                           r"(?:others\s+|more\s+)?(?:still\s+)?missing\b", re.I)
# One more person after a count, who shares its harm: "two soldiers and a civilian were killed", "killing three
# police officers and a child" (had counted two and three).
_ONE_PERSON = (r"(?:civilian|soldier|child|man|woman|boy|girl|teenager|person|resident|policeman|policewoman|"
               r"police\s+officer|officer|journalist|worker|farmer|driver|passenger)")
_AND_ONE_MORE = re.compile(rf",?\s+and\s+(?:an?|one)\s+(?:[\w-]+\s+)?{_ONE_PERSON}\b", re.I)
# ... or before it, who shares the harm told after the count: "A woman and two children drowned while trying to cross
# the Rio Grande near Eagle Pass" (had counted the two children only).
_ONE_MORE_BEFORE = re.compile(rf"\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:{_ONE_PERSON}|migrant)\s+and\s+$", re.I)
_DROWNED_AFTER = re.compile(r"\s+drowned\b", re.I)
# Others after a count, uncounted, who share its harm: the count is of them all, people ("killing at least 50
# soldiers and civilians" had been 50 soldiers; "killed 26 soldiers and volunteers"); not after a comma, a clause of its
# own ("killing two officers, and residents of Buea said gunfire could be heard").
_AND_OTHERS_UNCOUNTED = re.compile(r"\s+and\s+(?:civilians|soldiers|troops|volunteers|auxiliaries|gendarmes|"
                                   r"police(?:men)?|police\s+officers|militiamen|villagers|residents|children|women|"
                                   r"fighters|militants|workers|farmers|herders|passengers)\b(?!\s*\d)", re.I)
# A clause of its own after the one more ("killing two soldiers, and a civilian was wounded"): not among the killed.
_TOLD_OF_AFTER = re.compile(r"\s+(?:was|were|is|has|had|died)\b", re.I)

# Searched case-sensitively in the folded sentence, as ``_FOLDED_FIGURE`` is: each sentence's figures are looked for
# with all of these, and most sentences hold none.
# A count told as added to one before (``_figures_at``): "13 more bodies", "another 12 people".
_MORE_OF_THE_TOLL = re.compile(r"\b(?:more|another|a\s+further|additional)\b", re.I)
_HURT_OR_MISSING = re.compile(r"\b(?:wound|injur|hurt|missing|hospitali|treated|rescued|arrest|detain)", re.I)

_FOLDED_DEATH_TOLL, _FOLDED_HARMED_KIN, _FOLDED_OTHERS_HARMED, _FOLDED_COUNT_ALONE_HARMED, _FOLDED_LEFT_MISSING, \
    _FOLDED_PART_OF_THE_DEAD, _FOLDED_EPIDEMIC = (FoldedSearch(p) for p in (
        _DEATH_TOLL, _HARMED_KIN, _OTHERS_HARMED, _COUNT_ALONE_HARMED, _LEFT_MISSING, _PART_OF_THE_DEAD, _EPIDEMIC))

def find_figures(sentence: str) -> list[Figure]:
    """Counts the sentence reports: "33 Ukrainian fixed-wing drones", "over 1,200 individuals"."""
    return [figure for _, figure in _figures_at(sentence)]


# A count of people who then speak counts the news's sources (``_figures_at``).
# ... and with another teller before the verb: "killed at least 27 people on Tuesday, two residents and a health worker
# told Reuters" (had been a toll of two residents).
_TOLD_BY_THEM_AFTER = re.compile(r"(?:\s+and\s+(?:an?|one|two|three|another|other)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
                                 r"\s+(?:told|said|say|says|recounted|described)\b", re.I)


def _figures_at(sentence: str) -> list[tuple[int, Figure]]:
    """The sentence's figures, each with its offset in the sentence."""
    out = []
    folded = fold(sentence)
    for m in _FOLDED_FIGURE.finditer(sentence, folded):
        if m.group("num")[:1].isdigit() and _MONTH_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) or \
                _YEAR.fullmatch(m.group("num")) and (
                    m.group("unit").lower() in _UNITS_OF_HARM
                    or _IN_A_YEAR.search(sentence, max(0, m.start() - 8), m.start())):
            continue  # a day or a year: "on Dec. 28 gunmen killed four", "in October 2017 killed 500"
        if _measured(sentence, m) or _SPARED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) \
                or _JUDGED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) \
                or _SPARED_AFTER.match(sentence, m.end()) or _ON_TRIAL_AFTER.match(sentence, m.end()) \
                or _INVESTIGATED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) \
                and " ".join(m.group("unit").lower().split()) in _PEOPLE \
                or _INHABITED_BEFORE.search(sentence, max(0, m.start("num") - 50), m.start("num")) \
                or _WORKFORCE_BEFORE.search(sentence, max(0, m.start("num") - 40), m.start("num")):
            continue
        if _NAMED_BY_A_NUMBER.match(sentence, m.start("num")) and sentence[m.start("unit")].isupper() \
                and not title_case(sentence):
            continue  # a body's name: "Six Nations Police said officers were called to a home" (not 6 police)
        if _SHELTERED_AFTER.match(sentence, m.end()) and not _HARM_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        if (_ON_BOARD_BEFORE.search(sentence, max(0, m.start() - 70), m.start()) or _ON_BOARD_AFTER.match(sentence, m.end())) \
                and (_DEAD_OR_HURT.search(sentence) or _CRAFT_LOST.search(sentence)) \
                and not _HARMED_ALL_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # (but those a boat carried ashore are the news: "A wooden fishing boat carrying 198 people ...
            # reached the small port of La Restinga")
        if _FEARED_AFTER.match(sentence, m.end()) or \
                m.group("unit").lower() in ("dead", "killed") and _FEARED.search(m.group("words")):
            continue  # "Dozens feared dead", "20 people are feared dead": no toll
        if m.group("unit").lower() == "arrests" and _ARRESTS_VERB_AFTER.match(sentence, m.end()):
            continue  # "Densus 88 arrests 5": a squad's number, not a count of arrests
        if _TOLD_BY_THEM_AFTER.match(sentence, m.end()) \
                and not _HARM_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # those who told it: "two residents told The Associated Press by phone" (had been a toll)
        value, unit = _count(m), " ".join(m.group("unit").lower().split())  # ("crew  members")
        unit = _HEAD_OF.sub("", unit)  # "2 million head of livestock" are 2 million livestock
        unit = _UNIT_READS.get(unit, unit)
        start, end = m.start("num"), m.end()
        before = _HARM_BEFORE.search(sentence, max(0, start - 40), start) or \
            (_CULLED_BEFORE.search(sentence, max(0, start - 40), start) if unit in _ANIMALS | _PLANTS else None)
        one_more = _AND_ONE_MORE.match(sentence, end) if unit in _PEOPLE else None
        others = _AND_OTHERS_UNCOUNTED.match(sentence, end) if unit in _PEOPLE and not one_more else None
        if others and others.group().split()[-1].lower() == unit.split()[-1]:
            others = None  # (no others: "soldiers and soldiers")
        if before:
            start = before.start()
            if one_more and not _TOLD_OF_AFTER.match(sentence, one_more.end()):
                end, value, unit = one_more.end(), value + 1, "people"  # "killing two soldiers and a civilian"
            elif others and not _TOLD_OF_AFTER.match(sentence, others.end()):
                end, unit = others.end(), "people"  # "killing at least 50 soldiers and civilians"
        else:
            if one_more and _HARM_AFTER.match(sentence, one_more.end()):
                end, value, unit = one_more.end(), value + 1, "people"  # "two soldiers and a civilian were killed"
            elif others and _HARM_AFTER.match(sentence, others.end()):
                end, unit = others.end(), "people"  # "12 soldiers and civilians were killed"
            aside = _ASIDE.match(sentence, end)
            after = _HARM_AFTER.match(sentence, aside.end() if aside else end) or _HARM_AFTER.match(sentence, end) or \
                (_CULLED_AFTER.match(sentence, end) if unit in _ANIMALS | _PLANTS else None)
            one_before = _ONE_MORE_BEFORE.search(sentence, max(0, start - 40), start) \
                if unit in _PEOPLE and not one_more else None
            if (after or _DROWNED_AFTER.match(sentence, end)) and one_before:
                start, value, unit = one_before.start(), value + 1, "people"  # "A woman and two children drowned"
            end = after.end() if after and unit not in _UNITS_OF_HARM \
                else end
        out.append((start, Figure(sentence[start:end], value, unit)))
    # The aside's count is among those of the figure around it: "five soldiers" of the 18.
    out = [(at, f) for at, f in out
           if not any(o_at <= at and at + len(f.text) <= o_at + len(o.text) and o is not f for o_at, o in out)]
    # Counts with no noun after them, unless a figure above holds their number already.
    # "death toll rose to 45", "wounding 19", "killing a 9-year-old girl"
    for matches, unit in ((_FOLDED_DEATH_TOLL.finditer(sentence, folded), "dead"),
                          (_FOLDED_BARE_COUNT.finditer(sentence, folded), "people"),
                          (_FOLDED_ONE_VICTIM.finditer(sentence, folded), "people"),
                          (_ONE_VICTIM_AFTER.finditer(sentence), "people"),
                          (_FOLDED_HARMED_KIN.finditer(sentence, folded), "people"),
                          (_FOLDED_OTHERS_HARMED.finditer(sentence, folded), "people"),
                          (_FOLDED_COUNT_ALONE_HARMED.finditer(sentence, folded), "people"),
                          (_FOLDED_LEFT_MISSING.finditer(sentence, folded), "missing"),
                          (_FOLDED_PART_OF_THE_DEAD.finditer(sentence, folded), "dead")):
        for m in matches:
            if not any(at <= m.start("num") < at + len(f.text) for at, f in out) and not _measured(sentence, m):
                # "killed a mother and her two children" holds "two children": one figure of three
                out = [(at, f) for at, f in out if not m.start() <= at < at + len(f.text) <= m.end()]
                out.append((m.start(), Figure(m.group(), _victims(m),
                                              "missing" if m.groupdict().get("missing") else unit)))
    out = sorted(out + _elided_counts(sentence, out), key=lambda af: af[0])
    if _FOLDED_DEATH_TOLL.search(sentence, folded):
        # The dead found since the last count are among the toll the sentence tells: "Divers recovered 13 more bodies
        # on Wednesday, bringing the toll to 40" (had been 13 bodies beside the 40 dead), "Three more people
        # succumbed to their injuries overnight, raising the toll to 38" (not "12 more were injured").
        out = [(at, f) for at, f in out if not (_MORE_OF_THE_TOLL.search(f.text) and f.unit in _PEOPLE_COUNTED
                                                and not _HURT_OR_MISSING.search(f.text))]
    # Animals are a figure only as a loss: "Wolves killed more than 1,400 farm animals" (not "fled her home in
    # Paradise with two dogs", "a study of more than 2,500 animals").
    # (nor plants: "planted 2,000 trees"; but culled animals are a loss: ``_CULLED``)
    out = [(at, f) for at, f in out if f.unit not in _ANIMALS | _PLANTS or _KILLED.search(f.text)
           or _HARM_WORD.search(f.text) or _CULLED.search(f.text)]
    out = [(at, f) for at, f in out if f.unit != "percent" or not (_OF_THE_VOTE_AFTER.match(sentence, at + len(f.text))
                                                                  or _TURNOUT_BEFORE.search(sentence, max(0, at - 40), at))]
    out = [(at, f) for at, f in out if f.unit not in _LAND
           or (_LAND_LOST_BEFORE.search(sentence, max(0, at - 40), at) or _LAND_LOST_AFTER.match(sentence, at + len(f.text)))
           and not _LAND_CONVERTED_BEFORE.search(sentence, max(0, at - 12), at)]
    out = [(at, f) for at, f in out
           if f.unit not in _HARMED_ONLY or _KILLED.search(f.text) or _HARMED_OR_MISSING.search(f.text)]
    out = [(at, f) for at, f in out if f.unit not in _BUILDINGS
           or _WRECKED_BEFORE.search(sentence, max(0, at - 40), at) or _WRECKED_AFTER.match(sentence, at + len(f.text))]
    # Craft at sea likewise, only as struck: "destroyed 15 uncrewed boats" (not "480 tourist boats licensed").
    out = [(at, f) for at, f in out if f.unit not in _CRAFT or _CRAFT_HIT_BEFORE.search(sentence, max(0, at - 40), at)
           or _CRAFT_HIT_AFTER.match(sentence, at + len(f.text))]
    epidemic = _FOLDED_EPIDEMIC.search(sentence, folded)
    if epidemic:
        # The cases an outbreak counts: "More than 1,200 suspected cases have been recorded in Tawila", "The ministry
        # said 37 cases, including four deaths, had been confirmed"
        for m in _CASES.finditer(sentence):
            if not any(at <= m.start("num") < at + len(f.text) for at, f in out):
                out.append((m.start("num"), Figure(sentence[m.start("num"):m.end()], _number(m.group("num")),
                                                   "cases")))
    # (an outbreak's toll is counted since it began, and is the outbreak's: "A cholera outbreak in Sudan's North
    # Darfur state has killed at least 40 people in the town of Tawila since late July")
    out = [(at, f) for at, f in out if epidemic or not (_CUMULATIVE_AFTER.match(sentence, at + len(f.text))
                                                        or _THIS_YEAR_AFTER.match(sentence, at + len(f.text))
                                                        and not _SEASONAL.search(sentence))
           or _season_so_far(sentence, at + len(f.text))]
    return _joined(sentence, sorted(out, key=lambda af: af[0]))


# A rainy season's or a heatwave's toll since it began this year, the season's own: "Monsoon rains have killed 144
# people across Pakistan since late June" (no figure, had been); not since a day ("since October 7") or a year.
_SEASONAL = re.compile(r"\b(?:monsoon|rains|rainfall|rainy\s+season|heatwaves?|heat\s+waves?|wildfires?|bushfires?)\b",
                       re.I)
_SINCE_A_MONTH = re.compile(r"[^.;]{0,40}?\bsince\s+(?:(?:late|early|mid)[\s-]+)?(?:January|February|March|April|May|June|"
                            r"July|August|September|October|November|December)\b(?!\s*\d)")


def _season_so_far(sentence: str, end: int) -> bool:
    """Whether a figure ending at ``end`` is a season's toll since a month began (``_SEASONAL``)."""
    return _SEASONAL.search(sentence) is not None and _SINCE_A_MONTH.match(sentence, end) is not None


def _elided_counts(sentence: str, figures: list[tuple[int, Figure]]) -> list[tuple[int, Figure]]:
    """The counts of a list of places told by their number alone after a toll (``_ELIDED_COUNT``):
    each counts what the figure before it counts, the dead where it told the dead."""
    out = []
    for m in _ELIDED_COUNT.finditer(sentence):
        start = m.start("num")
        before = [f for at, f in figures if at + len(f.text) <= start]
        if not before or before[-1].unit not in _PEOPLE_COUNTED | _WEAPON_UNITS or _YEAR.fullmatch(m.group("num")) \
                or _MONTH_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) \
                or any(at <= start < at + len(f.text) for at, f in figures):
            continue
        unit = "dead" if _KILLED.search(before[-1].text) or before[-1].unit in ("killed", "dead", "bodies") \
            else before[-1].unit
        out.append((start, Figure(sentence[start:m.end()], _number(m.group("num")), unit)))  # ("32 of them")
    return out


def figure_label(figure: Figure) -> str:
    """A figure as a popup lists it: its text, with its unit where the text is a number alone, a part told
    for a place ("11" of "33 drones ..., including 11 over Rostov Oblast" is "11 drones"; "22 in Mansehra"
    after a toll, "22 dead")."""
    return f"{figure.text} {figure.unit}" if _NUMBER_ALONE.fullmatch(figure.text) and figure.unit else figure.text


def _victims(m: re.Match) -> float:
    """The count a match of _DEATH_TOLL, _BARE_COUNT or _ONE_VICTIM gives: "a girl and her mother" 2,
    "a mother and her two children" 3."""
    if m.re is _HARMED_KIN:
        return _kin_count(m)
    count = 1.0 if m.group("num").lower() in ("a", "an") else _count(m)
    return count + sum(_kin_count(kin) for kin in _KIN_COUNTED.finditer(m.groupdict().get("kin_list") or ""))


# Each of the kin a victim is counted with: "his wife", "their three children", "her parents".
_KIN_COUNTED = re.compile(rf"\b(?:her|his|their)\s+(?:(?P<kin>two|three|four|five|six|\d)\s+)?"
                          rf"(?P<kin_of>{_KIN}|children|sons|daughters|brothers|sisters|parents)\b", re.I)


def _kin_count(m: re.Match) -> float:
    """How many one of a victim's kin counts: "their three children" 3, "her parents" 2, "his wife" 1."""
    return _number(m.group("kin")) if m.group("kin") else 2.0 if m.group("kin_of").lower() == "parents" else 1.0


def _joined(sentence: str, figures: list[tuple[int, Figure]]) -> list[tuple[int, Figure]]:
    """Counts of people that share the harm said before the first ("killed 3 soldiers and 2
    civilians") or after the last ("20 Indian soldiers and at least four Chinese troops were
    killed": 4, had been) as one figure of their sum, so that the dead add up; a count with a harm
    of its own ("and wounding 2") or of no people stays apart."""
    out: list[tuple[int, Figure]] = []
    for at, figure in figures:
        if out:
            prev_at, prev = out[-1]
            gap = sentence[prev_at + len(prev.text):at]
            harm_before = _HARM_WORD.match(prev.text) and not _HARM_WORD.search(figure.text)
            # (not when the first tells its own harm after it: "At least 27 people died and dozens more were
            # missing" had been 39 people)
            harm_after = not _HARM_WORD.search(prev.text) and not _HARM_AFTER.search(prev.text) \
                and _HARM_AFTER.search(figure.text)
            if _JOINED.fullmatch(gap) and prev.unit in _PEOPLE and figure.unit in _PEOPLE \
                    and (harm_before or harm_after):
                unit = prev.unit if prev.unit == figure.unit else "people"
                out[-1] = (prev_at, Figure(sentence[prev_at:at + len(figure.text)], prev.value + figure.value, unit))
                continue
        out.append((at, figure))
    return out


# A craft's or a weapon's model: "Israeli F-35 jets", "Su-34 bombers", "S-300 missiles".
_MODEL_BEFORE = re.compile(r"(?-i:\b[A-Z][A-Za-z]{0,2})-$")


def _measured(sentence: str, m: re.Match) -> bool:
    """Whether the number of a figure's match measures something ("10 km", "magnitude 6.3") or
    names a model ("F-35 jets"): no count."""
    return _MEASURE_AFTER.match(sentence, m.end("num")) is not None \
        or _MEASURE_BEFORE.search(sentence, max(0, m.start("num") - 14), m.start("num")) is not None \
        or _MODEL_BEFORE.search(sentence, max(0, m.start("num") - 4), m.start("num")) is not None


def _count(m: re.Match) -> float:
    """The number a figure's match counts, with its scale: "4.2 lakh" is 420,000."""
    scale = m.groupdict().get("scale")
    return _number(m.group("num")) * (_SCALES[scale.lower()] if scale else 1)


def _number(num: str) -> float:
    """ "1,200" -> 1200.0; "four" -> 4.0; "dozens" -> 12.0."""
    num = " ".join(num.lower().split())
    if num[:1].isdigit():
        return float(num.replace(",", ""))
    if num in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[num])
    tens, units = re.split(r"[- ]", num)  # "twenty-three"
    return float(_NUMBER_WORDS[tens] + _NUMBER_WORDS[units])


def fatalities(figures: list[Figure]) -> int:
    """The most deaths any of ``figures`` tells of ("killing 11 people, including three children": 11),
    counting of a figure shared by several places only this event's share."""
    return int(max((f.value if f.share is None else f.share for f in figures
                    if (_KILLED.search(f.text) or f.unit in ("killed", "dead", "bodies"))
                    and f.unit not in _ANIMALS | _PLANTS),
                   default=0))


def event_fatalities(event_type: str, figures: list[Figure]) -> int:
    """An event's dead: the most any of its figures tells of, for the types whose figures of the
    dead are the event's own (``taxonomy.DEADLY_TYPES``); an arrest after a killing has none."""
    return fatalities(figures) if event_type in DEADLY_TYPES else 0


def _figures_by_place(text: str, sent_start: int, sent_end: int, located: list[Resolution],
                      history: int) -> dict[int, list[Figure]]:
    """Each located mention's figures (by its start): a figure goes to the nearest place, or list
    of places, the sentence names ("riots in Lagos, and 50 people were arrested in Abuja": the 50
    are Abuja's); a list of places shares them ("drones struck Kyiv and Lviv, killing 3 people":
    2 in Kyiv, 1 in Lviv, see ``_shares``); a figure told after ``history``, where the sentence
    turns to the past (``_HISTORY_TURN``), is no place's named before it."""
    figures = _figures_at(text[sent_start:sent_end])
    groups: list[list[Resolution]] = []
    for r in sorted(located, key=lambda r: r.candidate.start):
        if groups and _LIST_JOIN.match(text[groups[-1][-1].candidate.end:r.candidate.start]):
            groups[-1].append(r)
        else:
            groups.append([r])
    out: dict[int, list[Figure]] = {r.candidate.start: [] for r in located}
    if not groups:  # every place named is the past's ("Ten months after the offensive in Catatumbo, ...")
        return out
    for at, figure in figures:
        start, end = sent_start + at, sent_start + at + len(figure.text)
        # The gap between the figure and a place, whichever comes first; farther across a clause's
        # end ("drones attacked Kharkiv, wounding five, and Odesa came under shelling").
        distances = [min((0 if _LOCATIVE_GAP.fullmatch(text, end, r.candidate.start) else
                          max(r.candidate.start - end, start - r.candidate.end, 0))
                         + (OTHER_CLAUSE if _clauses_apart(text, (start, end), (r.candidate.start, r.candidate.end))
                            else 0)
                         for r in group) for group in groups]
        if _NUMBER_ALONE.fullmatch(figure.text) \
                and not any(_LOCATIVE_GAP.fullmatch(text, end, r.candidate.start) for r in located):
            continue  # a count told by its number alone is the place's it was told in, or none's: "The July 2021
            # floods killed 39 people in Wallonia and more than 180 in Germany" (the 180 had gone to Wallonia)
        if _told_for_the_nation(text, end, sent_end, located):
            # a nation's total is no town's: "144 people had been killed and 732 injured in the country, including 52
            # in Punjab" (Punjab had taken the 144)
            distances = [d if all(r.entry.kind == "country" for r in group) else _NEVER
                         for d, group in zip(distances, groups)]
        if _INCLUDING_BEFORE.search(text, max(sent_start, start - 30), start) \
                and any(g[0].candidate.start >= end and not _CLAUSE_BREAK.search(text, end, g[0].candidate.start)
                        for g in groups):
            # a part of a toll, told with the place it fell in after it: "killed at least 34 Palestinians across the
            # Gaza Strip on Thursday, including 12 people waiting for aid near a distribution site in Rafah" (the
            # strip had taken the 12)
            distances = [d if group[0].candidate.start >= end else _NEVER for d, group in zip(distances, groups)]
        # a whole whose part is told for a place after it is not that place's: "intercepted 54 Ukrainian drones over
        # seven Russian regions, including 21 over the Bryansk region" (Bryansk's are the 21)
        distances = [_NEVER if _part_told_before(figure, at, figures, group[0].candidate.start - sent_start) else d
                     for d, group in zip(distances, groups)]
        if (part := _A_PART_AFTER.search(text, end, sent_end)) is not None:
            # a total whose part a place's count tells after it is not that place's: "more than 1,200 migrants have
            # died or gone missing on the central Mediterranean route, ..., including 300 off Libya" (Libya had taken
            # the 1,200)
            distances = [_NEVER if group[0].candidate.start >= part.end() else d for d, group in zip(distances, groups)]
        if start >= history:  # the past's toll: only places named in the past's clause take it
            distances = [d if group[0].candidate.start >= history else _NEVER for d, group in zip(distances, groups)]
        # (a count told in a clause set against another that tells its own is none of the other clause's places)
        distances = [_NEVER if _contrasted(text, (start, end), span := (group[0].candidate.start,
                                                                        group[-1].candidate.end))
                     and any(other != at and not _contrasted(text, (sent_start + other, sent_start + other + 1), span)
                             for other, _ in figures)
                     else d for d, group in zip(distances, groups)]
        nearest = min(distances)
        for group, distance in zip(groups, distances):
            if distance < _NEVER and (len(groups) == 1 or distance == nearest):
                for r, share in zip(group, _shares(figure, group)):
                    out[r.candidate.start].append(share)
    return out


_NEVER = 10 ** 9  # a distance no figure reaches
# A clause that sets another side's claim against the one before: "Pakistan said 40 civilians were killed in Indian
# strikes, while India said 16 people had died in Pakistani shelling in Poonch and Rajouri" (Poonch had taken the 40);
# not one that tells no count of its own ("About 12,000 people have crossed into Chad through Tine ..., UNHCR said,
# while others continue west to Adre, the main crossing point into eastern Chad" keeps Chad's 12,000).
_CONTRAST_BREAK = re.compile(r",\s+(?:while|whereas)\b")


def _contrasted(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of ``text`` lie in clauses set against each other (``_CONTRAST_BREAK``)."""
    (_, first_end), (second_start, _) = sorted((a, b))
    return _CONTRAST_BREAK.search(text, first_end, second_start) is not None


def _part_told_before(figure: Figure, at: int, figures: list[tuple[int, Figure]], place_at: int) -> bool:
    """Whether a part of ``figure`` (at ``at`` in the sentence), told by its number alone (``_ELIDED_COUNT``)
    and counting the same, comes between it and a place named after it at ``place_at``."""
    return any(at < other_at < place_at and other.unit == figure.unit and other.value < figure.value
               and _PART_ALONE.fullmatch(other.text) for other_at, other in figures)


_PART_ALONE = re.compile(rf"(?:{_DIGITS}|\d+|{_NUMBER_IN_WORDS})(?:\s+of\s+them)?", re.I)  # "21", "32 of them"
# (the part told in words too: "17 people had died across the south, including nine in Guangxi and Guizhou" had given
# each province a share of the 17 besides the nine)
_A_PART_AFTER = re.compile(rf",\s+(?:including|among\s+them)\s+{_APPROX}(?:{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+"
                           r"(?:in|at|over|off)\s+(?:the\s+)?", re.I)
_INCLUDING_BEFORE = re.compile(rf",\s+(?:including|among\s+them)\s+{_APPROX}$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]")
# A count said of the whole country: "killed and 400 injured in protests across the country", "13,500 prisoners
# escaped from jails across the country", "186 people were injured nationwide".
_NATIONWIDE = re.compile(r"(?:\b(?:in|across|throughout|around|all\s+over)\s+the\s+(?:country|nation)|"
                         r"\b(?:nationwide|countrywide|nationally))\b", re.I)
_NATIONWIDE_AFTER = re.compile(r"[^.;:]{0,60}?" + _NATIONWIDE.pattern, re.I)


def _nationwide_in(sentence: str) -> re.Match | None:
    """``_NATIONWIDE_AFTER`` searched in the sentence, where the words are in it at all: its lazy run before them,
    tried from every character, had been a fifth of the time of finding events."""
    return _NATIONWIDE_AFTER.search(sentence) if _NATIONWIDE.search(sentence) else None


def _told_for_the_nation(text: str, end: int, sent_end: int, located: list[Resolution]) -> bool:
    """Whether the figure ending at ``end`` counts the whole country (``_NATIONWIDE_AFTER``), with no
    place named between it and the words that say so."""
    m = _NATIONWIDE_AFTER.match(text, end, sent_end)
    if m is not None and (_RANKED_IN_THE_NATION.search(text, end, m.end()) or text.startswith(("'s", "\u2019s"), m.end())):
        return False  # the rank of the disaster in the nation, no count of it (``_RANKED_IN_THE_NATION``)
    return m is not None and not any(end <= r.candidate.start < m.end() for r in located)


# A disaster ranked among the nation's, not a count of the nation: "floods in KwaZulu-Natal killed more than 400 people
# in one of the deadliest natural disasters in the country's history" (KwaZulu-Natal had lost the 400).
_RANKED_IN_THE_NATION = re.compile(r"\b(?:one\s+of\s+the|deadliest|worst|largest|biggest|bloodiest|most|highest|"
                                   r"heaviest|first|second|third)\b", re.I)
# A figure told in a place is that place's, whatever was named just before it: "Another 38 people died
# in Shangla, 22 in Mansehra" (the 22 had gone to Shangla, two characters before it).
# ... and one told in a town named by its kind first: "killing four people in Kyiv and injuring at least 31 in the
# northeastern city of Kharkiv" (the 31 had gone to Kyiv, named nearer).
# (drones are counted "over" where they were downed: "including 21 over the Bryansk region"; at sea "off" a coast)
_LOCATIVE_GAP = re.compile(r"\s+(?:in|at|over|off)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|port|capital|"
                           r"region|province|district)\s+of\s+)?")
_NUMBER_ALONE = re.compile(rf"{_DIGITS}|\d+|{_NUMBER_IN_WORDS}", re.I)  # a figure's text with no noun (``_ELIDED_COUNT``)


def _shares(figure: Figure, group: list[Resolution]) -> list[Figure]:
    """``figure`` for each of a list of places, each with its part of it, split as ACLED splits a
    toll told for several places at once: evenly, the remainder to the first named (10 for three
    places: 4, 3, 3). A place named twice in the list has one part. Counts of things (missiles,
    drones) are no toll, and each place keeps the whole count."""
    places = list(dict.fromkeys(r.entry.id for r in group))
    if len(places) == 1 or figure.unit not in _PEOPLE_COUNTED:
        return [figure] * len(group)  # "eight Pakistani missiles aimed at Jammu, Pathankot and Udhampur"
    if figure.value != int(figure.value):
        parts = [figure.value / len(places)] * len(places)
    else:
        each, left = divmod(int(figure.value), len(places))
        parts = [float(each + (i < left)) for i in range(len(places))]
    by_place = {place: replace(figure, share=part) for place, part in zip(places, parts)}
    return [by_place[r.entry.id] for r in group]


# The force attacked, not the one that acts: "Militants kill more than 30 soldiers in attack on Mali army base".
_ON_A_TARGET = re.compile(r"\b(?:on|against)\s+(?:an?\s+|the\s+)?$", re.I)


# A firm's home country, in a list of firms, is no party: "drones struck oil fields in Duhok and Sulaimaniyah provinces,
# forcing foreign companies including Norway's DNO and Hunt Oil to halt production" (Norway had been the strike's actor).
_FIRMS_LISTED_BEFORE = re.compile(r"\b(?:companies|firms|operators|producers|carriers|airlines|lenders|banks|insurers)"
                                  r"\s+(?:including|such\s+as|like|among\s+them)\s+(?:[\w'\u2019&.-]+,?\s+"
                                  r"(?:and\s+)?){0,4}?$", re.I)


# A demonym that says whose country a firm, its unit or its works belong to, no side that acts: "Freeport-McMoRan's
# Indonesian unit has suspended operations at its Grasberg copper and gold mine in Papua after a rush of wet material
# trapped seven workers underground", "the mine operated by the state-owned Turkish Hard Coal Enterprises (TTK)",
# "Colombian coal mine explosion kills 11 in Cundinamarca" (had made Indonesia, Turkey and Colombia the accidents'
# actors); a mine told by what it yields, not a landmine.
_FIRM_OR_WORKS_AFTER = re.compile(
    r"\s+(?:state-(?:owned|run)\s+)?(?:(?:mining|oil)\s+(?:company|companies|firms?|giant|group)|"
    r"(?:(?:coal|gold|copper|silver|iron\s+ore|tin|lithium|cobalt|diamond|jade|platinum|uranium|zinc|nickel|bauxite|"
    r"salt|potash|coltan)\s+(?:and\s+)?)+(?:mines?|pits?)|collier(?:y|ies)|steelworks)\b"
    r"|\s+(?-i:[A-Z][\w&-]*\s+){0,3}(?-i:Enterprises?|Corporation|Corp|Company|Industries|Mining|Resources|Holdings|"
    r"Minerals|Metals|Chemicals?|Petroleum|Steel)\b")
# ... and one after a firm's possessive, its unit there: "Freeport-McMoRan's Indonesian unit".
_A_FIRMS_UNIT = re.compile(r"(?<=['\u2019]s\s)(?:[A-Z][\w-]*)\s+(?:unit|subsidiary|affiliate|arm|branch)\b")

# A firm named with its trade before it or with its firm's word at its end, a mine's or a plant's operator, no party to
# what befell its works (but the speaker of its statement): "Mining giant Anglo American has suspended operations at its
# Grosvenor underground coal mine near Moranbah in central Queensland after a methane ignition injured five workers",
# "the mine operated by the state-owned Turkish Hard Coal Enterprises (TTK)" (had been the accidents' actors).
_FIRM_BEFORE = re.compile(r"\b(?:(?:mining|oil|energy|chemicals?|steel|metals?|commodities|resources|gas|coal|"
                          r"petrochemicals?)\s+(?:giant|company|firm|group|major|producer|miner|operator)|"
                          r"(?:operated|owned)\s+by)\s+(?:the\s+)?(?:state-(?:owned|run)\s+)?$", re.I)
_FIRM_NAME_END = re.compile(r"\s(?:Enterprises?|Corporation|Corp|Company|Inc|Ltd|Limited|Industries|Mining|Resources|"
                            r"Holdings|Minerals|Metals|Chemicals?|Petroleum|Steel|PLC|plc)$")


# A demonym after "ethnic" names a people wherever it lives, not its country's side: "the killing of ethnic Albanian
# civilians in the village of Qyshk near Peja" (had made Albania the killers), "prompting more than 100,000 ethnic
# Armenians to flee to Armenia". (The mention stays its country's, as the geoparsing benchmarks mark it.)
_ETHNICITY_BEFORE = re.compile(r"\bethnic(?:ally)?\s+$", re.I)

# A demonym after "pro-" or "anti-" names whose side a group takes or opposes, not that country acting: "Pro-Russian
# hackers took control of a dam in western Norway in April" (had made Russia the actor), "anti-French protests".
_FOR_OR_AGAINST_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.I)

# A demonym that says whose nationals a crowd of protesters or students are names no side that acts: "Serbian students
# clash with police in Novi Sad", "Hundreds of young Moroccans rallied peacefully in Casablanca", "Thousands of young
# Malagasy took to the streets of Antananarivo" (had made Serbia, Morocco and Madagascar the protests' actors).
_PROTESTERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:students|protesters|protestors|demonstrators|youths?|activists|"
                               r"marchers|rioters|teenagers)\b")
_YOUNG_BEFORE = re.compile(r"\byoung\s+$", re.I)


# The base or the mission a place is home to is no party of what the sentence tells: "Local officials in Iwakuni, home
# to a U.S. Marine Corps air station, said land had been set aside near the port" (had made the United States and the
# Marine Corps the officials' actors).
_HOSTED_BEFORE = re.compile(r"\b(?:home\s+to|hosts|hosting)\s+(?:an?\s+|the\s+)?(?:[\w.'\u2019-]+\s+){0,2}$", re.I)


def find_actors(sentence: str, resolutions: list[Resolution], places: set[str], *, speakers: bool = False,
                offset: int = 0) -> list[str]:
    """Who acts in a sentence: countries named as demonyms or possessives, organisations, people;
    those who only report it ("..., Governor Oleh Syniehubov said") with ``speakers``, for a
    statement, whose actors they are. ``offset``: where the sentence starts in the text the
    resolutions were found in."""
    actors: list[str] = []
    harmed_sides: list[str] = []
    for r, nxt in zip(resolutions, [*resolutions[1:], None]):
        if r.entry is not None and r.entry.kind == "city" and r.candidate.role == "place" \
                and _acts_for_its_country(sentence, r.candidate.start - offset, r.candidate.end - offset) \
                and (country := capitals_country(r.entry)):
            actors.append(country)  # a capital that acts is its government: "Moscow said its forces had taken"
            continue
        if r.entry is None or r.entry.kind != "country":
            continue
        start, end = r.candidate.start - offset, r.candidate.end - offset
        of_a_place = nxt is not None and _POSSESSIVE_OF_A_PLACE.fullmatch(sentence, end, nxt.candidate.start - offset) \
            or r.candidate.role == "possessive" and _SITE_OF_A_COUNTRY.match(sentence, end) \
            or r.candidate.role == "possessive" and _ZONE_OF_A_COUNTRY.match(sentence, end) \
            or r.candidate.role == "demonym" and nxt is not None and nxt.candidate.role == "place" \
            and nxt.entry is not None and nxt.entry.kind != "country" \
            and sentence[end:nxt.candidate.start - offset] == " "  # "Yemen's Ras Isa port"; whose part of a region
        # ("... and Muzaffarabad, the capital of Pakistani Kashmir" had made Pakistan the strikes' actor)
        if r.candidate.role in ("demonym", "possessive") and not _DESCRIBES_A_PLACE.match(sentence, end) \
                and not of_a_place and not _owns_a_rebel_group(sentence, end) and (speakers or not _REPORTING_BODY.match(sentence, end)) \
                and not (r.candidate.text.endswith("s") and _counted_before(sentence, start)) \
                and not (_COUNTED_BEFORE.search(sentence, 0, start) and _A_PEOPLE_ACTS_AFTER.match(sentence, end)) \
                and (speakers or not _ACCORDING_TO_A_SOURCE_BEFORE.search(sentence, max(0, start - 60), start)) \
                and not _victims_named_by_nationality(sentence, start, end) \
                and not _ON_THE_MOVE_AFTER.match(sentence, end) \
                and not _ETHNICITY_BEFORE.search(sentence, max(0, start - 14), start) \
                and not _FOR_OR_AGAINST_BEFORE.search(sentence, max(0, start - 5), start) \
                and not _PROTESTERS_AFTER.match(sentence, end) \
                and not _YOUNG_BEFORE.search(sentence, max(0, start - 7), start) \
                and not _HOSTED_BEFORE.search(sentence, max(0, start - 40), start) \
                and not _VICTIM_NATIONALITY_AFTER.match(sentence, end) and not _GANG_AFTER.match(sentence, end) \
                and not _FLAG_AFTER.match(sentence, end) and not _CIVIL_CRAFT_AFTER.match(sentence, end) \
                and not _PRODUCE_AFTER.match(sentence, end) and not _INSTITUTIONS_AFTER.match(sentence, end) \
                and not _FIRM_OR_WORKS_AFTER.match(sentence, end) and not _A_FIRMS_UNIT.match(sentence, start) \
                and not _CHARITY_AFTER.match(sentence, end) \
                and not _targeted(sentence, start, end) and not _opens_a_groups_name(sentence, start) \
                and not _FIRMS_LISTED_BEFORE.search(sentence, max(0, start - 40), start):
            if _HARMED_BEFORE.search(sentence, max(0, start - 40), start):
                harmed_sides.append(r.entry.name)
            else:
                actors.append(r.entry.name)
        elif r.candidate.role == "place" and (_CLAIMS_ITS_ACT_AFTER.match(sentence, end)
                                              and not _AFTER_A_PREPOSITION.search(sentence, 0, start)
                                              or _ATTRIBUTIVE_FORCE.match(sentence, end)
                                              and not _ON_A_TARGET.search(sentence, max(0, start - 12), start)
                                              and not _STATIONED_THERE.match(sentence, end)
                                              # (not one's agency that reports it: "UK navy agency says vessel hit
                                              # by projectile near Bab el-Mandeb")
                                              and (speakers or not _REPORTING_BODY.match(sentence, end))
                                              or _ACTS_AFTER.match(sentence, end)
                                              and not _AFTER_A_PREPOSITION.search(sentence, 0, start)):
            actors.append(r.entry.name)
    if actors:
        actors += harmed_sides
    actors += _armed_groups(sentence, speakers, places)
    for pattern in (_ACRONYM, _KNOWN_ACTORS, _ACRONYM_OF_FIGHTERS):
        for m in pattern.finditer(sentence):
            # "Hamas said Israeli strikes killed 20" reports; "Hezbollah said it fired rockets" claims.
            if _ITS_MEDIA_AFTER.match(sentence, m.end()):
                continue  # "the Houthi-run Saba news agency said": who runs who reports is no party
            if _HOSTED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # a base a town hosts (``_HOSTED_BEFORE``)
            if _TRUCE_BETWEEN_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # a truce's party, not the event's: "Israeli air strikes on Lebanon's eastern Bekaa valley
                # killed 12 people ..., in the deadliest attack since a ceasefire between Israel and Hezbollah took
                # effect in November"
            if not speakers and _ACCORDING_TO_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
                continue  # who reports it: "as M23 fighters advanced on the city, according to the WHO"
            if not speakers and _SPEAKS_FOR_IT_AFTER.match(sentence, m.end()):
                continue
            if not speakers and _ITS_STAFF_OR_CONVOY_AFTER.match(sentence, m.end()):
                continue  # whose convoy or staff was hit: "A UN helicopter ... was attacked"
            # (an acronym in brackets after the name it stands for says as the name does: "Russian police in
            # Makhachkala arrested three men on Monday ..., the Federal Security Service (FSB) said in a statement")
            said_at = m.end() + (sentence[m.end():m.end() + 1] == ")")
            if speakers or not _SAYS_AFTER.match(sentence, said_at) or _CLAIMS_AFTER.match(sentence, said_at):
                actors.append(_spelled_as_news_does(m.group()))
    for m in _PERSON_RUN.finditer(sentence):
        if sentence[m.start() - 1:m.start()] == "(" and sentence[m.end():m.end() + 1] == ")":
            continue  # a credit ("GAZA CITY, May 6 (Example Wire) -") or an aside, not a party
        if _KNOWN_ACTORS.fullmatch(m.group()):
            continue  # a known group, which the loop above gives as news spells it: "Al Shabaab gunmen stormed"
        before = max(0, m.start() - 60)
        if _QUOTED_AS_ONE_OF_MANY.match(sentence, m.end()):
            continue
        if _NAME_OF_ORGANISATION.search(sentence, before, m.start()) or _NAME_GOES_ON.match(sentence, m.end()) \
                or _TOLD_OR_TARGETED_BEFORE.search(sentence, before, m.start()) \
                or _HOSTED_BEFORE.search(sentence, before, m.start()) or not speakers and (
                _SAYS_AFTER.match(sentence, _end_past_its_acronym(sentence, m.end()))
                or _SAYS_BEFORE.search(sentence, before, m.start())
                # a body whose official tells of it: "gangs attacked the neighborhoods of Solino and Delmas on
                # Saturday, killing at least six people, a United Nations official said" (had been the attack's actor)
                or _SPEAKS_FOR_IT_AFTER.match(sentence, m.end()) or _SAYS_AFTER_THE_POST.match(sentence, m.end())):
            continue
        if not speakers and _ITS_STAFF_OR_CONVOY_AFTER.match(sentence, m.end()):
            continue  # whose convoy or staff was hit: "a drone struck a World Food Programme convoy"
        if _COLOURED_VEHICLE_BEFORE.search(sentence, before, m.start()):
            continue  # a vehicle, no party (``_COLOURED_VEHICLE_BEFORE``)
        if _NO_PARTY_BEFORE.search(sentence, before, m.start()) or _VICTIM_AFTER.match(sentence, m.end()) \
                or _LAW_AFTER.match(sentence, m.end()) or _A_LAWS_NAME.search(m.group()) \
                or not speakers and _COURT_NAMED.search(m.group()) \
                or _PROTESTED_BEFORE.search(sentence, before, m.start()) \
                or _SAINTS_POSSESSIVE_BEFORE.search(sentence, before, m.start()):
            continue  # a venue, a victim, a statute or whom a crowd protests against, no party: "opened fire inside the
            # Rebel Lounge in Odessa", "for the murder of Liam Doyle, 34", "under Section 2 of the Criminal Justice
            # (Drug Trafficking) Act", "protests in Togo's capital against President Faure Gnassingbe"
        if _NAMED_NO_PARTY_BEFORE.search(sentence, before, m.start()) or _SITE_NAME.search(m.group()):
            continue  # a nickname, an operation's name, a ship, an address or a part of a town, no party: 'a new
            # detention center in the Florida Everglades dubbed "Alligator Alcatraz"', 'an operation ... that the
            # Department of Homeland Security calls "Operation Midway Blitz."', "the rescue ship Ocean Viking ...
            # said it had disembarked 68 people", "At 26 Federal Plaza in Manhattan", "a Border Patrol agent shot
            # and wounded a woman in the Brighton Park neighborhood on Chicago's Southwest Side"
        if _PLACE_AROUND.search(sentence, before, m.start()) or _PLACE_NOUN_AFTER.match(sentence, m.end()):
            continue  # a place the gazetteer lacks: "landfall near New Hope", "in Pir Baba village"
        if _SHRINE_OR_RITE_AFTER.match(sentence, m.end()):
            continue  # a shrine's or a festival's name (``_SHRINE_OR_RITE_AFTER``)
        if _MEDIUM_AFTER.match(sentence, m.end()):
            continue  # a newspaper or a channel that reports it, no party: "In Chittagong, students sat on the main
            # highway for three hours, the Daily Star newspaper reported"
        if _EXERCISE_NAMED_AFTER.match(sentence, m.end()):
            continue  # an exercise's name, no party: "started the Resolute Dragon exercise on the southern island of
            # Okinawa"
        if not speakers and _UTILITY_NAME.search(m.group()):
            continue  # a utility, no party (``_UTILITY_NAME``)
        if not speakers and _BLAMES_AFTER.match(sentence, m.end()):
            continue  # one who lays the blame, no party (``_BLAMES_AFTER``)
        if not speakers and (_FIRM_NAME_END.search(m.group()) or _FIRM_BEFORE.search(sentence, before, m.start())):
            continue  # a firm, its works' operator, no party (``_FIRM_BEFORE``)
        if _NAMED_HAZARD.search(m.group()) or _HAZARD_OR_BUILDING_AFTER.match(sentence, m.end()):
            continue  # a fire's, a wind's or a building's name: "The Eaton Fire near Altadena and Pasadena has
            # burned 14,100 acres", "the return of powerful Santa Ana winds", "the Sky Villa apartment complex"
        if not speakers and _TITLED_SPEAKER_BEFORE.search(sentence, max(0, m.start() - TITLED_SPEAKER_REACH),
                                                          m.start()) \
                and _ENDS_SENTENCE.match(sentence, m.end()):
            continue  # a speaker named after the title: '"Families who lost everything in the drought have now
            # lost their shelters to the floods," said OCHA's head of office in Somalia, George Conway.'
        listed = _LISTED_AFTER.search(sentence, before, m.start())
        if listed and listed.group(1) in places and _LIST_GOES_ON.match(sentence, m.end()):
            continue  # ... or listed after one: "struck the ports of Hodeidah, Ras Isa and Salif"
        words = m.group().split()
        if normalize(words[0]) in demonyms() and _opens_a_groups_name(sentence, m.start()):
            continue  # a group's whole name, which ``_armed_groups`` gives: "the Syrian Democratic Forces (SDF)"
        # (a firm's whole name keeps its first words: "the National Iranian Gas Company said" had been the actor
        # "Gas Company")
        while words and not _FIRM_NAME_END.search(m.group()) and (
                words[0] in _NOT_NAMES or normalize(words[0]) in demonyms() or words[0] in _TITLES and len(words) > 2):
            words.pop(0)
        # ... and the whole title, however many words name the office: "Emergency Management Commissioner Tim
        # Wiebusch said" (had been the actor's name)
        post = max((k for k, w in enumerate(words[:-2]) if w in _OFFICE_WORDS), default=None)
        if post is not None:
            words = words[post + 1:]
        if len(words) >= 2 and not any(w in places or w in _NOT_NAMES for w in words) \
                and words[-1] not in _OFFICE_WORDS:  # (a title's tail, no one)
            actors.append(_SKY_ENDING.sub("y", " ".join(words)))
    seen, out = set(), []
    for a in _tails_named_once(_units_named_once(actors)):  # (a unit's name without its number read as a person's
        # too; a group's name's last words after a possessive, too)
        if a not in seen:
            seen.add(a)
            out.append(a)
    return out


# One named before the blame he lays is the accuser, no party to what he blames on others: "An explosion destroyed a
# section of railway track ..., an act of sabotage that Prime Minister Donald Tusk blamed on two Ukrainians working for
# Russian intelligence" (had made Tusk the attack's actor). A statement's speaker still.
_BLAMES_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|publicly\s+)?(?:blamed|blames|blaming|"
                           r"attributed|attributes)\b")


# A body's name, then its acronym in brackets, says as the name alone does: "The British Medical Association (BMA) said
# picket lines were set up outside hospitals" (had made "Medical Association" the pickets' actor).
_ITS_ACRONYM_AFTER = re.compile(r"\s*\((?-i:[A-Z][A-Za-z&-]{1,7})\)")


def _end_past_its_acronym(sentence: str, end: int) -> int:
    """Where a name ending at ``end`` ends with its acronym in brackets after it (``_ITS_ACRONYM_AFTER``)."""
    acronym = _ITS_ACRONYM_AFTER.match(sentence, end)
    return acronym.end() if acronym else end


def _acts_for_its_country(sentence: str, start: int, end: int) -> bool:
    """Whether a city's name at ``start``:``end`` is the subject that claims or does the deed, as a capital that
    stands for its government is: "Moscow said on Saturday its forces had taken full control of Pokrovsk"."""
    return bool((_CLAIMS_ITS_ACT_AFTER.match(sentence, end) or _ACTS_AFTER.match(sentence, end))
                and not _AFTER_A_PREPOSITION.search(sentence, 0, start))


# A Slavic surname's ending, transliterated three ways: "President Volodymyr Zelenskyy" (AP), "Zelenskiy" (Reuters) and
# "Zelensky" are one actor, had been two.
_SKY_ENDING = re.compile(r"(?<=sk)(?:iy|yy|yi|ii)\b")


def _first_of_its_list(sentence: str, start: int) -> int:
    """Where the list of nationalities a demonym at ``start`` ends begins: "Syrian and " in "about 30 Syrian and
    Afghan migrants" (``start`` itself, if none)."""
    listed = _NATIONALITIES_LISTED_BEFORE.search(sentence, max(0, start - 60), start)
    return start if listed is None else listed.start()


def _counted_before(sentence: str, start: int) -> bool:
    """Whether a people named by its plural at ``start`` is counted (``_COUNTED_BEFORE``), before it or before the
    list of peoples it ends ("with fewer Americans and Brazilians")."""
    return _COUNTED_BEFORE.search(sentence, 0, _first_of_its_list(sentence, start)) is not None


def _victims_named_by_nationality(sentence: str, start: int, end: int) -> bool:
    """Whether a demonym at ``start``:``end`` says who the victims counted were ("killed 26 people,
    mostly Indian men"; "three Chinese tourists"), not who acted; soldiers counted are a side."""
    start = _first_of_its_list(sentence, start)  # "about 30 Syrian and Afghan migrants" counts the Afghans too
    return _NOT_FIGHTERS_AFTER.match(sentence, end) is not None and (
        _COUNTED_BEFORE.search(sentence, max(0, start - 30), start) is not None
        or _VICTIMS_DESCRIBED_BEFORE.search(sentence, max(0, start - 30), start) is not None)


# People on the move named by their nationality, counted or not, are no side of their country: "Venezuelan migrants
# crossing the Darién Gap into Panama fell sharply this year" (had made Venezuela the statement's actor).
_ON_THE_MOVE_AFTER = re.compile(_DEMONYMS_LISTED_AFTER + r"\s+(?:migrants|immigrants|refugees|"
                                r"asylum[\s-]seekers|pilgrims|tourists|holidaymakers|travell?ers|evacuees|"
                                # (and those settled abroad: "whose state is home to a sizeable Georgian diaspora in
                                # Atlanta and Savannah" had made Georgia the senator's actor)
                                r"diasporas?|expatriates|expats|emigres|\u00e9migr\u00e9s|"
                                # (and fans who travelled: "Several Indian fans who travelled from Mumbai and
                                # Bengaluru ... said they would follow the team" had made India the fans' actor)
                                r"fans|"
                                # (and those who work or play there: "Mayors in Zahle and Baalbek have imposed curfews
                                # on Syrian workers", "Kotoko's Ivorian defender" had made Syria and Ivory Coast actors)
                                r"workers|labou?rers|players|defenders?|strikers?|midfielders?|goalkeepers?|forwards?|"
                                # (and a flock or a quarter told by its people: "St. Patrick's in Lawrence, a largely
                                # Dominican and Puerto Rican congregation" had made both the parishioners' actors)
                                r"congregations?|parishes|parishioners|communit(?:y|ies)|neighbou?rhoods?|enclaves?)\b")


# The nationalities listed before a demonym: "Syrian and " in "about 30 Syrian and Afghan migrants".
_NATIONALITIES_LISTED_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][\w-]+(?:,\s+|\s+and\s+|\s+or\s+))+$")


def _targeted(sentence: str, start: int, end: int) -> bool:
    """Whether a demonym at ``start``:``end`` says whose vessel, village or convoy a force was used on
    ("rammed a Philippine vessel"), not whose fighters were fought ("opened fire on Cambodian soldiers")."""
    return _TARGETED_BEFORE.search(sentence, max(0, start - 40), start) is not None \
        and not _FIGHTERS_AFTER.match(sentence, end)


def _spelled_as_news_does(name: str) -> str:
    """A known group's name as mid-sentence news spells it: "Al-Shabaab fighters" is al-Shabaab, and
    "Houthi rebels" the Houthis, as "the Houthis" are (one actor, not two, in a story that says both)."""
    if name in ("Houthi", "Huthi", "Huthis"):
        return "Houthis"
    if _AL_SHABAAB.fullmatch(name):  # "Al Shabaab claimed responsibility", "al-Shabab fighters": one group
        return "al-Shabaab"
    return "al-" + name[3:] if name.startswith("Al-") else name


_AL_SHABAAB = re.compile(r"[Aa]l[- ][Ss]haba?ab")


def _armed_groups(sentence: str, speakers: bool, places: set[str]) -> list[str]:
    """Armed groups named in full ("the Jalisco New Generation Cartel") or with their acronym
    ("the Balochistan Liberation Army (BLA)", "the Islamic State West Africa Province (ISWAP)"):
    both names, which ``actor_names`` gives as one. Not a country's army ("the Indian Army": the
    demonym names the actor), nor a group that only reports. ``places``: the words of the places
    named, whose possessive before a group says whose rebels they are ("Myanmar's Arakan Army")."""
    out = []
    for m in _GROUP_NAME.finditer(sentence):
        words = m.group("name").split()
        if words[0] == "The":
            words.pop(0)
        owned = bool(words) and words[0].endswith(("'s", "\u2019s")) and words[0][:-2] in places
        if owned:  # "Myanmar's Arakan Army" is the Arakan Army, "Colombia's National Liberation Army" the ELN
            words.pop(0)
            if " ".join(words).lower() in _STATE_FORCES:
                continue  # "Sudan's Armed Forces": the country, a demonym's actor
        acronym = m.group("acronym")
        if not words or normalize(words[0]) in demonyms() and not _demonym_in_name(words, acronym) \
                or words[0] in _NOT_NAMES and not owned or (
                m.group("head") is None and not (acronym and acronym in _initials(" ".join(words)))):
            continue
        if not speakers and _SAYS_AFTER.match(sentence, m.end()) and not _CLAIMS_AFTER.match(sentence, m.end()):
            continue
        out.append(" ".join(words))
        if acronym:
            out.append(acronym)
    return out


def _opens_a_groups_name(sentence: str, start: int) -> bool:
    """Whether the demonym at ``start`` opens a group's name its acronym spells ("the Syrian
    Democratic Forces (SDF)" are no Syrian side)."""
    m = _GROUP_NAME.match(sentence, start)
    return m is not None and _demonym_in_name(m.group("name").split(), m.group("acronym"))


def _demonym_in_name(words: list[str], acronym: str | None) -> bool:
    """Whether a group's name opens with a demonym its acronym spells: "Syrian Democratic Forces
    (SDF)" is a group, not Syria's "Democratic Forces"; a state's forces are its country's
    ("Sudanese Armed Forces (SAF)": Sudan)."""
    return acronym is not None and acronym in _initials(" ".join(words)) \
        and " ".join(words[1:]).lower() not in _STATE_FORCES


_UNIT_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)\s+")


def _units_named_once(actors: list[str]) -> list[str]:
    """The actors without a unit's name read again without its number, beside it with it: "the 68th Jaeger
    Brigade" is no "Jaeger Brigade" too (a person's name, to ``find_actors``'s runs of capitalized words)."""
    numbered = {_UNIT_NUMBER.sub("", a, count=1) for a in actors if _UNIT_NUMBER.match(a)}
    return [a for a in actors if a not in numbered]


def _tails_named_once(actors: list[str]) -> list[str]:
    """The actors without the last words of another's name read again alone: "the Tigray People's Liberation
    Front" is no "Liberation Front" too (the words after its possessive, a person's name to ``find_actors``'s runs
    of capitalized words); but a group known by that name keeps it: "Fighters of Sudan's Rapid Support Forces killed
    at least 40 civilians" are the Rapid Support Forces'."""
    return [a for a in actors if _KNOWN_ACTORS.fullmatch(a) or " " not in a  # (a word alone is no run's tail:
            # "when Pakistan carried out air strikes in Kabul ..., saying it had targeted leaders of the banned
            # Tehreek-e-Taliban Pakistan (TTP)" keeps Pakistan)
            or not any(b != a and b.endswith(" " + a) for b in actors)]


# Words an acronym leaves out: "Islamic State of Iraq and the Levant" is ISIL.
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "wal", "el",
                            "ul"})  # ("Jama'at Nusrat al-Islam wal-Muslimin" is JNIM)


def _acronym_of(name: str) -> str | None:
    """The acronym a name is written as (upper-case letters, dots dropped: "R.S.F." is RSF), or None."""
    letters = name.replace(".", "")
    return letters if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() else None


def _initials(name: str) -> set[str]:
    """The acronyms a spelled-out name may have: its words' initials, with and without the small
    words ("Democratic Republic of the Congo": DROTC and DRC), and its capitals' alone."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).upper()
    kept = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIPS).upper()
    # (South Asia's parties and groups, named in Urdu with their small joining words hyphened in, spell only their
    # capitals: "Pakistan Tehreek-i-Insaf (PTI)", "Tehreek-e-Taliban Pakistan (TTP)", which had made Pakistan an actor)
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return {every, kept, capitals}


def actor_names(actors: list[str]) -> list[str]:
    """The actors with an acronym and the name it stands for given once, as "Rapid Support Forces
    (RSF)" where the name is listed (reports of one event name a group both ways, and merging them
    listed "Rapid Support Forces, RSF"). Matched by the words' initials: no list of groups."""
    return list(_actor_names(tuple(actors))) if len(actors) > 1 else list(actors)


@lru_cache(maxsize=4096)  # a map's events share a few lists of actors: 100,000 events, a few hundred lists
def _actor_names(actors: tuple[str, ...]) -> tuple[str, ...]:
    names = list(dict.fromkeys(actors))
    for acronym in [a for a in names if _acronym_of(a)]:
        spelled = next((n for n in names if n != acronym and _acronym_of(acronym) in _initials(n)), None)
        if spelled is None:
            continue
        names[names.index(spelled)] = f"{spelled} ({acronym})"
        names.remove(acronym)
    return tuple(names)


# (searched for case-sensitively in the folded sentence: cheaper, see ``FoldedSearch``)
_FOLDED_HEDGED_BEFORE, _FOLDED_FORECAST = FoldedSearch(_HEDGED_BEFORE), FoldedSearch(_FORECAST)


# A protest (or talks) called for, not held ("Student groups have called for a general strike next week and a rally in
# Kragujevac on Feb. 15"), and the protests elsewhere that inspired one ("The movement, inspired by youth
# protests in Nepal and Indonesia, has said it will march again on Monday").
_CALLED_FOR_BEFORE = re.compile(r"\b(?:call(?:ed|s|ing)|urg(?:ed|es|ing))\s+for\s+"
                                r"(?:(?!\b(?:as|while|when|after|who|where|which)\b)[^.;,:]){0,60}$|"
                                r"\binspired\s+by\s+(?:[\w-]+\s+){0,3}$", re.I)


# What someone was asked or told to do, not done: "called on security agencies to arrest financiers, not only the young
# men working the pits" (had been an arrest in Kumasi).
_ASKED_TO_BEFORE = re.compile(r"\b(?:call(?:ed|s|ing)\s+on|urg(?:ed|es|ing)|ask(?:ed|s|ing)|press(?:ed|es|ing)|"
                              r"order(?:ed|s|ing)|direct(?:ed|s|ing)|instruct(?:ed|s|ing))\s+(?:[\w'\u2019-]+\s+){0,4}?"
                              r"to\s+$", re.I)


# A plot named by the deed it plotted is no deed: "Turkey says it detained 47 suspects over Istanbul bombing plot" (had
# been a strike at Istanbul).
_A_PLOT_AFTER = re.compile(r"[\w-]+\s+(?:plots?|conspirac(?:y|ies))\b", re.I)
# A film's, a book's or a play's plot, told after its title or its kind: what happens in it did not happen: 'In 1969 he
# starred opposite Paul Newman in "Butch Cassidy and the Sundance Kid," in which the two outlaws flee to Bolivia and
# are killed in a shootout with soldiers in San Vicente' (had been a battle there).
_PLOT_BEFORE = re.compile(r"(?:[\"\u201d]\s*(?:\(\d{4}\)\s*)?,?|\b(?:film|movie|novel|book|series|documentary|opera|"
                          r"musical|thriller|western|comedy|memoir|miniseries|sitcom)s?,?)\s+"
                          r"(?:in\s+which|which\s+(?:tells|follows|depicts|portrays|imagines)|about\s+(?:how|an?|the)\b)",
                          re.I)


_FROM_BEFORE = re.compile(r"\b(?:ferry|flights?|ship|vessel|boat|train|bus|lorry|truck|plane|container|shipments?|"
                          r"cargo|sailed|sailing|arrived|arriving|departed|flown|flew|travell?ed|shipped|imported)\b"
                          r"[^.;]{0,40}?\bfrom\s+(?:the\s+)?(?:(?:port|town|city|village|island)\s+of\s+)?$", re.I)
# A sentence that opens with the start of its period: "Since Russia's full-scale invasion, ...".
_SINCE_OPENS = re.compile(r"[\s\"\u201c]*Since\b[^,;]*,")
# What a statement told, after its place.
_THAT_TOLD = re.compile(r"\bthat\b")
# An event told as what may come: "But in Rocinha, the city's largest favela, residents said they feared the fighting
# would spread" (had been a battle in Rocinha); or as what looms, a headline's: "ASEAN leaders meet in Kuala Lumpur as
# Myanmar crisis, Thai-Cambodia clash loom" (had been a ground operation in Kuala Lumpur).
_FEARED_TO_COME_AFTER = re.compile(r"[\w-]+\s+(?:would|could|might|may|will)\s+(?:soon\s+|also\s+)?(?:spread|reach|"
                                   r"return|resume|escalate|engulf|erupt|break\s+out)\b|"
                                   r"[\w-]+\s+(?:looms?|loomed|looming)\b", re.I)


# A sentence that opens on a condition tells what would happen, not what did: an analysis's scenario, "If fighting
# spread to Egypt itself, you would be looking at a closure longer than the Ever Given blockage in 2021" (had been a
# ground operation in Egypt, of 2021), '"If a Melissa tracks 50 miles further east, you are looking at the worst
# disaster in Jamaica since Hurricane Gilbert in 1988," said meteorologist Evan Thompson.' (not a report held back
# for its confirmation, "If confirmed, it would be the deadliest attack on Kyiv this year", nor "If convicted, ...").
_CONDITIONAL_OPENING = re.compile(r"[\s\"\u201c\u2018']*(?:but\s+|and\s+)?if\s+"
                                  r"(?!(?:confirmed|true|so|not|any|anything|\w+ed\s*,))", re.I)
# An event supposed, the subject of a "would" or a "could": "Critics say a major quake in Niigata would be the worst
# nuclear accident since Chernobyl", "Scientists say a similar storm striking Kingston directly would be far more
# catastrophic", "Any clash could draw in the US Seventh Fleet, based in Yokosuka, Japan" (had been a disaster in
# Niigata, one in Kingston and ground operations in the United States and Yokosuka).
_SUPPOSED_BEFORE = re.compile(r"\b(?:any|another|an?\s+(?:similar|major|big|large|future|possible|potential|"
                              r"hypothetical|full-scale|wider|prolonged|direct))\s+(?:[\w-]+\s+){0,2}$", re.I)
_SUPPOSED_SUBJECT_AFTER = re.compile(r"(?:(?!\b(?:is|are|was|were|has|have|had|that|which|who|when|said|says)\b)"
                                     r"[^.;:,\"\u201d]){0,60}?\b(?:would|could|might)\b(?!\s+have\b)", re.I)


def _supposed(sentence: str, wording: int) -> bool:
    """Whether the event named at ``wording`` is only supposed: in a sentence opening on a condition
    (``_CONDITIONAL_OPENING``), or what a "would" says of one (``_SUPPOSED_BEFORE``)."""
    return _CONDITIONAL_OPENING.match(sentence) is not None \
        or _SUPPOSED_BEFORE.search(sentence, max(0, wording - 40), wording) is not None \
        and _SUPPOSED_SUBJECT_AFTER.match(sentence, wording) is not None


def _hedged(sentence: str, wording: int, place: int) -> bool:
    """Whether the sentence says that the event its wording (at ``wording``) names at the place
    (at ``place``) did not happen, or is yet to happen."""
    if _A_PLOT_AFTER.match(sentence, wording) or _FEARED_TO_COME_AFTER.match(sentence, wording):
        return True
    folded = fold(sentence)
    clause = _clause_start(sentence, wording)
    if _AHEAD_OF_BEFORE.search(sentence, max(clause, wording - 50), wording) and not _HELD_AFTER.match(sentence, wording):
        return True
    if _FOLDED_HEDGED_BEFORE.search(sentence, folded, max(clause, wording - 50), wording) \
            or _DENIAL.search(sentence, clause, wording) or _PLOT_BEFORE.search(sentence, max(0, wording - 150), wording):
        return True
    # A future between the wording and the place, unless it is the main clause's and the event the
    # subordinate's: "Schools in Kharkiv will stay closed after Sunday's missile strike on the city".
    start = min(wording, place)
    if place < clause and _SUBORDINATE_BEFORE.search(sentence, max(0, clause - 10), clause):
        start = clause
    return _FUTURE.search(sentence, start, max(wording, place)) is not None or _forecast_for(sentence, place, folded) \
        or _forecast_of(sentence, wording, place) \
        or wording < place and _NAME_THEN_A_TIME_TO_COME.match(sentence, place) is not None


# A place named, then a time to come: "a regional summit in Bishkek next year will review the programme" (had been
# talks in Bishkek).
_NAME_THEN_A_TIME_TO_COME = re.compile(r"(?-i:[A-Z][\w'\u2019.-]*\s+){1,4}?(?:next\s+(?:week|month|year|spring|summer|"
                                       r"autumn|fall|winter)|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+"
                                       r"(?:days|weeks|months))\b", re.I)


# A place in the forecast's subject, its list's names up to the forecast's verb (no clause, no verb of its own, no
# second verb of another subject): "temperatures in Seville and Cordoba could reach"; not "swarms ... are moving into
# eastern Ethiopia and northern Somalia and could reach Kenya", "as the Wilsons River rises in Lismore, with the
# Bureau of Meteorology warning of major flooding".
# (a forecast's own verb, not a ship "heading for Fujairah")
_FORECAST_VERBS = ("could ", "may ", "might ", "is ", "are ", "was ", "were ")
_FORECAST_SUBJECT = re.compile(r"(?:(?!\b(?:are|is|was|were|have|has|had)\b)[^,;.:()\u2014]){0,40}?(?<!\band )", re.I)
# What caused the harm, told after a forecast: "Farmers in Punjab could see losses after floods hit the state".
_CAUSE_BETWEEN = re.compile(r"\b(?:after|since|because|following|when)\b", re.I)


def _forecast_of(sentence: str, wording: int, place: int) -> bool:
    """Whether the place is the subject of a forecast told before the event's wording: "AEMET said temperatures in
    Seville and Cordoba could reach 46 C on Monday, as the country's second heatwave of the summer takes hold" (no
    heatwave's harm in Seville yet; had been a disaster there)."""
    if place >= wording:
        return False
    forecast = _FORECAST.search(sentence, place, wording)
    return forecast is not None and forecast.group().lower().startswith(_FORECAST_VERBS) \
        and _FORECAST_SUBJECT.fullmatch(sentence, place, forecast.start()) is not None \
        and not _CAUSE_BETWEEN.search(sentence, forecast.end(), wording)


# What someone said would happen ("said the fighting would spread to Highland Papua"), not what a
# later hand did ("an attack that would later be claimed by ISIS").
_WOULD = re.compile(r"\bwould\b(?!\s+(?:later|eventually|soon|go\s+on\s+to)\b)", re.I)


def _reported_future(sentence: str, wording: int, place: int) -> bool:
    """Whether a "would" stands between a violent event's wording and the place after it (not another
    action's before the wording: "told reporters in Akron that the department would investigate
    Saturday's shooting")."""
    return wording < place and _WOULD.search(sentence, wording, place) is not None


def _forecast_for(sentence: str, place: int, folded: str) -> bool:
    """Whether the place is where a forecast says something may happen: "Erick could make landfall
    between Puerto Escondido in Oaxaca and Punta Maldonado in Guerrero on Thursday", not where
    a storm "which killed 20 in Haiti" did harm before it "could hit Jamaica". ``folded``: the
    sentence, folded (``cues.fold``)."""
    forecast = None
    for forecast in _FOLDED_FORECAST.finditer(sentence, folded, 0, place):
        pass
    return forecast is not None and not _HARM_DONE.search(sentence, forecast.end(), place)


# A storm's track over open water, told just before the sea's name: "Kalmaegi moved into the South China Sea on
# Wednesday", "the typhoon had moved into the South China Sea and was heading toward southern China" (had been
# disasters at sea; the harm is where it made landfall).
_TRACK_OVER_WATER_BEFORE = re.compile(r"\b(?:mov(?:ed|es|ing)|pass(?:ed|es|ing)|drift(?:ed|s|ing)|churn(?:ed|s|ing)|"
                                      r"track(?:ed|s|ing)|emerg(?:ed|es|ing)|spun|spinning)\s+(?:back\s+|out\s+)?"
                                      r"(?:into|over|across|through|to)\s+(?:the\s+)?(?:open\s+|warm\s+|warmer\s+)?$",
                                      re.I)


# What a flood's water swept out to sea, told just before the sea's name: "sending a torrent down the Wadi Derna
# that swept entire neighbourhoods into the Mediterranean" (had been a disaster in the Mediterranean; the harm is
# where the water came from).
_SWEPT_OUT_TO_SEA_BEFORE = re.compile(r"\b(?:swept|sweeping|sweeps|washed|washing|carried|carrying|dragged|dragging)\s+"
                                      r"(?:[\w'\u2019-]+\s+){0,4}?(?:out\s+)?(?:into|to)\s+(?:the\s+)?(?:open\s+)?$",
                                      re.I)


# A storm's course toward a place, told just before its name: "brushed Catanduanes before turning northwest toward
# Luzon", "The storm exited toward the South China Sea", "moved north along the coast towards Jaffna" (where it goes,
# not where it struck; had been disasters there).
_HEADED_TOWARD_BEFORE = re.compile(r"\b(?:(?:head(?:ed|s|ing)?|bound)\s+(?:[\w-]+\s+)?(?:towards?|for)|"
                                   r"(?:turn(?:ed|s|ing)?|veer(?:ed|s|ing)?|exit(?:ed|s|ing)?|curv(?:ed|es|ing)|"
                                   r"mov(?:ed|es|ing)|track(?:ed|s|ing)|swung|swing(?:s|ing)?|churn(?:ed|s|ing)|"
                                   r"spinning|spun|drift(?:ed|s|ing))\s+(?:[\w-]+\s+){0,4}?towards?)"
                                   r"\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+)?"
                                   # (and the names listed after the first: "towards Jaffna and the Indian state of")
                                   r"(?:(?-i:[A-Z])[\w'\u2019-]*\s+(?:and|or)\s+(?:the\s+)?"
                                   r"(?:(?:(?-i:[A-Z])[\w'\u2019-]*|state|province|region|island|of)\s+){0,4})?$", re.I)


def _tracked_over_open_water(sentence: str, place: int, entry) -> bool:
    """Whether the place (at ``place``) is a sea or an ocean (a region of no country) a storm only moved over,
    or one its water swept things into; or any place a storm is told heading toward (``_HEADED_TOWARD_BEFORE``)."""
    return _HEADED_TOWARD_BEFORE.search(sentence, max(0, place - 90), place) is not None \
        or entry.kind == "region" and entry.country is None \
        and (_TRACK_OVER_WATER_BEFORE.search(sentence, max(0, place - 40), place) is not None
             or _SWEPT_OUT_TO_SEA_BEFORE.search(sentence, max(0, place - 60), place) is not None)


def _scheduled(sentence: str, place: int) -> bool:
    """Whether the clause naming the place speaks of a future: talks, protests and drills are
    scheduled ("Leaders will meet at the summit in September in Geneva, diplomats said")."""
    return _FUTURE.search(sentence, _clause_start(sentence, place), place) is not None


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last comma, "but", "after" ... before it."""
    return max((m.end() for m in _CLAUSE_OPENER.finditer(sentence, 0, at)), default=0)


# A court named after its town or county, where a crime is tried, not where it was: "was sentenced at Leeds
# Crown Court on Wednesday", "appeared before a special sitting of Mallow District Court".
_COURT_AFTER = re.compile(r"(?-i:(?:\s+(?:Crown|Magistrates['\u2019]?|District|Circuit|Superior|Supreme|High|County|"
                          r"Sheriff|Youth|Criminal|Family|Municipal|Justice|Local|Sessions|Special|Juvenile|"
                          r"Coroner['\u2019]?s|Coroners['\u2019]?|Judicial)){1,3}\s+Courts?\b)")
# (a kind of court before "Court": "in the St. Paris Court West mobile home park" is a place)
# A prison, a stadium or an airport named after a city but placed in another town: "Yoon, who has been held at the
# Seoul Detention Center in Uiwang since his arrest on Jan. 15" (had made an arrest in Seoul too).
_FACILITY_PLACED_ELSEWHERE_AFTER = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*){0,3}?\s+(?:Detention\s+Cent(?:er|re)|Prison|Jail|"
                                              r"Gaol|Penitentiary|Correctional\s+(?:Facility|Institution|Cent(?:er|re))|"
                                              r"Stadium|Arena|Airport),?\s+in\s+(?:the\s+)?"
                                              r"(?!(?:January|February|March|April|May|June|July|August|September|"
                                              r"October|November|December)\b)[A-Z]")


# A country named after an international organisation is its national chapter's name, no place of the news: "At
# least 16 people were killed and 400 injured in the protests, Amnesty International Kenya said" (the dateline's).
_CHAPTER_OF_BEFORE = re.compile(r"(?-i:\b(?:Amnesty International|Human Rights Watch|Transparency International|"
                                r"Red Cross|Red Crescent|Save the Children|Oxfam|Caritas|World Vision|Plan International|"
                                r"Doctors Without Borders|M[e\u00e9]decins Sans Fronti[e\u00e8]res|Greenpeace|UNICEF|UNHCR|"
                                r"WFP|WHO|OCHA|UNDP)\s+)$")


def _a_chapters_country(text: str, sent_start: int, res: Resolution) -> bool:
    """Whether ``res`` is a country that names an organisation's chapter ("Amnesty International Kenya")."""
    return res.entry is not None and res.entry.kind == "country" \
        and _CHAPTER_OF_BEFORE.search(text, max(sent_start, res.candidate.start - 40), res.candidate.start) is not None


def _located(text: str, sent_start: int, res: Resolution, previous: Resolution | None, prev_located: bool,
             speakers_too: bool = False, placed: dict[tuple[int, int], bool] | None = None) -> bool:
    """Whether the sentence at ``sent_start`` names ``res`` as a location. ``placed``: the document's
    ``_placed_by_its_words``, by sentence start and mention start, found once."""
    cand = res.candidate
    if res.entry is not None and cand.role == "possessive" and res.entry.kind in ("country", "admin1") \
            and _HARVEST_OF_A_PLACE.match(text, cand.end) and _a_disasters(text, sent_start, cand.end):
        return True  # the harvest's country, see ``_HARVEST_OF_A_PLACE``
    if res.entry is None or res.entry.kind == "continent" or cand.role != "place" and not (
            cand.role == "possessive" and res.entry.kind == "city" and _PART_OF_TOWN.match(text, cand.end)
            or cand.role == "possessive" and res.entry.kind in ("country", "admin1")
            and _SITE_OF_A_COUNTRY.match(text, cand.end)
            or res.entry.kind == "country" and (_enters_a_countrys_space(text, cand)
                                                or _off_a_countrys_coast(text, cand))):
        return False
    if _attacked_beyond_an_entered_space(text, sent_start, cand):
        return False  # see ``_DURING_AN_ATTACK_ON_BEFORE``
    if _FLAGGED_AFTER.match(text, cand.end):
        return False  # a ship's flag, not where it was: "the Houthis attacked the Liberia-flagged bulk carrier Magic
        # Seas in the Red Sea"
    if _BROKERED_AFTER.match(text, cand.end):
        return False  # the mediator, not the place (``_BROKERED_AFTER``)
    if _HOME_REGION_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start):
        return False  # whence those picked out came (``_HOME_REGION_BEFORE``)
    if _STATIONED_IN_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start) \
            and _FIRED_ELSEWHERE_AFTER.match(text, cand.end):
        return False  # where those who fired were, not where their fire hit (``_STATIONED_IN_BEFORE``)
    if _ACROSS_OPENS_BEFORE.fullmatch(text, sent_start, cand.start) and _A_WATERS_NAME.search(cand.text) \
            and text.startswith(",", cand.end):
        return False  # the far side of the water from the news (``_ACROSS_OPENS_BEFORE``)
    if _LIFE_PLACE_BEFORE.search(text, max(sent_start, cand.start - 90), cand.start) \
            or _LIVED_FOR_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start):
        return False  # where someone was born or grew up, told of him, not where the news happened: '"We fought till
        # the last ball," said Rodrigues, who grew up in Bandra' (a battle at Bandra), '"Another flawless mission,"
        # said CEO Peter Beck, who was born in Invercargill' (a statement at Invercargill); nor where he lived for a
        # while after it: "After Hurricane Katrina flooded his home in 2005, he lived for two years in Houston before
        # returning to Gentilly" (a disaster at Houston)
    if _EARLIER_DEEDS_BEFORE.search(text, max(sent_start, cand.start - 120), cand.start):
        return False  # what someone did before, told of him: "Gregory Bovino, the Border Patrol commander who led
        # earlier crackdowns in Los Angeles and Chicago, posted videos of arrests" (had been arrests at both)
    if _EVACUATION_FOR_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start) \
            and _A_BLAZE_TOLD.search(text, sent_start, _sentence_end(text, cand.end)):
        return False  # a town a fire's evacuation is ordered for, not yet burned (``_EVACUATION_FOR_BEFORE``)
    if _OLD_RECORDS_PLACE_BEFORE.search(text, max(sent_start, cand.start - 90), cand.start):
        return False  # where an old record was set (``_OLD_RECORDS_PLACE_BEFORE``)
    if _FORMER_POST_BEFORE.search(text, max(sent_start, cand.start - 90), cand.start):
        return False  # where someone once held office (``_FORMER_POST_BEFORE``)
    if _TAKEN_TO_HOSPITAL_BEFORE.search(text, max(sent_start, cand.start - 100), cand.start):
        return False  # where the wounded were treated, not hurt: "The wounded were taken to the Red Cross field
        # hospital and Nasser Hospital in Khan Younis, health officials said."
    if _COURT_IN_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start):
        return False  # a court's seat, not where what it will hear happened: "accused Venezuela on Wednesday of sending
        # troops ... into the disputed Essequibo region, weeks before the International Court of Justice in The Hague
        # is due to hear final arguments"
    if _COURT_DISTRICT_BEFORE.search(text, max(sent_start, cand.start - 30), cand.start):
        return False  # a federal court's district, not where what it rules on happened: "U.S. District Judge Sara
        # Ellis of the Northern District of Illinois issued a temporary restraining order barring federal agents
        # from using tear gas and pepper balls against peaceful protesters" (had been a protest in Illinois)
    if _COURT_AFTER.match(text, cand.end):
        return False  # a court's name, not where the crime was: "was sentenced at Leeds Crown Court on Wednesday"
    if _FACILITY_PLACED_ELSEWHERE_AFTER.match(text, cand.end):
        return False
    if _a_chapters_country(text, sent_start, res):
        return False  # "Amnesty International Kenya said": an organisation's chapter
    if res.entry.kind == "country" and _EMBASSY_AFTER.match(text, cand.end):
        return False  # "rallied outside the U.S. embassy" in Baghdad: the embassy's country is elsewhere
    if res.entry.kind == "admin1" and _UNIVERSITY_AFTER.match(text, cand.end):
        return False  # a university a state names is in one of its towns, the dateline's as often: "TALLAHASSEE,
        # Fla. (AP) \u2014 A gunman opened fire near the student union at Florida State University on Thursday"
    if res.entry.kind == "country" and _BORDER_AFTER.match(text, cand.end) \
            and _NEAR_ITS_BORDER_BEFORE.search(text, max(sent_start, cand.start - 20), cand.start):
        return False  # near a country's border, on this side of it: "Myanmar rebels seize town near China border"
    if res.entry.kind == "region" and _A_COUNTRY_OF_THE_REGION.match(text, cand.end) \
            and text[max(sent_start, cand.start - 4):cand.start].lower() == "the ":
        return False  # a country the region describes: "the biggest protests in the Balkan country" (Serbia's)
    if _ACCUSED_BASED_IN_BEFORE.search(text, max(sent_start, cand.start - 160), cand.start):
        return False  # where those accused are based, no place of the accusation either (``_ACCUSED_BASED_IN_BEFORE``)
    if _SEAT_SET_OFF_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start) \
            and _SEAT_SET_OFF_ENDS.match(text, cand.end):
        return False  # a firm's seat told in passing, no place of what it says or does (``_SEAT_SET_OFF_BEFORE``)
    before = max(sent_start, cand.start - SPEAKERS_REACH)
    if not speakers_too and _where_they_spoke(text, sent_start, cand):
        return False  # where those who report an event spoke, unless what they said is the event
    if not speakers_too and _A_SEAT_ACTS_AFTER.match(text, cand.end) \
            and _SEAT_IN_BEFORE.search(text, before, cand.start):
        return False  # a seat of power that acts, not where it acts on: "growers in the Dobrich and Silistra regions
        # ... reported similar damage, and the agriculture ministry in Sofia is preparing drought aid" (had been a
        # disaster at Sofia); but "a suicide bomber struck the foreign ministry in Kabul on Monday" is there
    if not speakers_too and _NAMED_SPEAKERS_POST_IN.search(text, max(sent_start, cand.start - 100), cand.start) \
            and _POST_ENDS.match(text, cand.end):
        return False  # ... a speaker named, then his post's place, as the sentence ends: "The strike on the Fahmi
        # al-Jarjawi school in the Daraj neighbourhood set fire to classrooms ..., said Fares Afana, head of ambulance
        # services in northern Gaza." (a statement in the Gaza Strip had been made)
    if _SMUGGLING_ROUTE_BEFORE.search(text, max(sent_start, cand.start - 90), cand.start):
        return False  # where the smuggled were taken, not where the gang was caught: "French police arrested 19
        # people ... targeting a Kurdish-Iraqi network suspected of smuggling migrants across the English Channel",
        # "a ... smuggling ring that organised crossings from eastern Libya to Calabria and the island of Lampedusa"
    if _A_ROADS_FAR_END_BEFORE.search(text, max(sent_start, cand.start - 120), cand.start):
        return False  # a road's far end, see its comment
    if _DESTINATIONS_REGION_BEFORE.search(text, max(sent_start, cand.start - 160), cand.start) \
            or _INSTEAD_AFTER.match(text, cand.end) \
            and _CALLED_AT_BEFORE.search(text, max(sent_start, cand.start - 30), cand.start):
        return False  # where travellers were bound, see their comments
    if res.entry.kind != "city" and _DETOUR_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start):
        return False  # the way round, see its comment (a town a river was diverted around is where it flooded:
        # "the Turia river, which was diverted around Valencia after a catastrophic flood in 1957")
    if previous is not None and prev_located and _LIST_JOIN.match(text[previous.candidate.end:cand.start]) \
            and not _told_apart(text, previous.candidate, cand):
        if _BETWEEN_BEFORE.search(text, max(sent_start, previous.candidate.start - 10), previous.candidate.start):
            return False  # a road's far end, the first one ACLED's place: "a roadside bomb hit a military convoy
            # travelling between Balcad and Mogadishu, killing four soldiers" (its toll had been counted twice)
        return True  # "Kyiv, Lviv, Dnipro, and Odessa" share the first one's locative
    if res.entry.kind in _HAZARDS_PLACE_KINDS and not _A_RIVERS_NAME.search(cand.text) \
            and (hazard := _HAZARD_NAMED_BY_ITS_PLACE_AFTER.match(text, cand.end)) \
            and not _YEARS_AFTER_THE_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start) \
            and not (hazard.group().lstrip().startswith("flood")
                     and _THE_RIVER_TOLD.search(text, hazard.end(), _sentence_end(text, hazard.end()))):
        return True  # see its comment
    if (res.entry.kind in _HAZARDS_PLACE_KINDS or res.entry.kind == "region" and res.entry.country) \
            and _DECLARED_A_DISASTER_AFTER.match(text, cand.end):
        return True  # see its comment (a country's region too: Catalonia)
    if res.entry.kind == "country" and _enters_a_countrys_space(text, cand):
        return True  # its airspace or waters entered, see ``_SOVEREIGN_SPACE_AFTER``
    if res.entry.kind == "country" and _off_a_countrys_coast(text, cand):
        return True  # off its coast, see ``_COAST_OF_A_DEMONYM_AFTER``
    if placed is None:
        return _placed_by_its_words(text, sent_start, cand)
    key = (sent_start, cand.start)
    if key not in placed:
        placed[key] = _placed_by_its_words(text, sent_start, cand)
    return placed[key]


# Where those a side accuses are based, told after them: no place of the accusation, a statement's, either (``_located``;
# ``_SPEAKING_IN`` keeps it from the other events): "Burkina Faso's junta said on Monday it had foiled a "major plot"
# ..., accusing soldiers and "terrorist leaders" based in Ivory Coast of planning to attack the presidency" (had been a
# statement in Ivory Coast).
_ACCUSED_BASED_IN_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\b[^.;]{0,120}?"
                                      r"[\w\"\u201d\u2019]\s+(?:based|headquartered)\s+in\s+$")


# The place a crowd's word names right after it, where the crowd was: a place told before it, in another clause, is what
# the crowd rose over, not where it marched: "In April 2024, Armenia agreed to hand back four abandoned villages in the
# Tavush region to Azerbaijan, sparking weeks of protests in Yerevan" (had been a protest in the Tavush region too).
# (the crowd's own word, not another deed's: "In May a mob in Sargodha attacked an elderly Christian man ..., and in 2021
# a Sri Lankan factory manager was lynched in Sialkot" is a riot at both)
_CROWD_PLACED_AFTER = re.compile(r"(?:protest|demonstrat|rall|march|sit-in)[\w-]*(?:\s+[\w-]+){0,3}?\s+(?:in|across|outside|at)\s+(?:the\s+)?(?:streets\s+of\s+)?$",
                                 re.I)


def _crowd_placed_after(text: str, wording: int, res: Resolution, located: list[Resolution]) -> bool:
    """Whether the crowd's word at ``wording`` names another of the ``located`` places right after it
    (``_CROWD_PLACED_AFTER``), ``res`` being told before the word, a clause apart."""
    if res.candidate.end > wording or "," not in text[res.candidate.end:wording]:
        return False
    return any(o is not res and o.candidate.start > wording and o.entry.id != res.entry.id
               and _CROWD_PLACED_AFTER.fullmatch(text, wording, o.candidate.start) for o in located)


# Where a firm or body has its seat, told in an aside between commas: no place of what it says or does, which the rest
# of the sentence tells ("The company, headquartered in Hsinchu, also produces chips at its first Arizona plant in
# Phoenix, where it said in March it would invest", "Samsung, headquartered in Suwon, said in a statement that
# production had not been affected", "AngloGold Ashanti, which ... has its headquarters in Denver, said output at
# Obuasi had been cut" had each been a statement at the seat).
_SEAT_SET_OFF_BEFORE = re.compile(r"(?:,\s+(?:(?:which|that)\s+is\s+)?(?:based|headquartered)|"
                                  r"\b(?:has|have|had|with)\s+(?:its|their)\s+(?:global\s+)?(?:headquarters|head\s+office))"
                                  r"\s+in\s+$")
# ... the aside closed by a comma (its state or country may come first: "headquartered in Austin, Texas,")
_SEAT_SET_OFF_ENDS = re.compile(r"(?:,\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*)?)?,")


def _where_they_spoke(text: str, sent_start: int, cand: Candidate) -> bool:
    """Whether ``cand`` names where those who report an event sit or spoke ("the interior ministry in Ankara
    announced", "speaking in Kyiv", ``_SPEAKERS_IN``, ``_SPEAKING_IN``)."""
    before = max(sent_start, cand.start - SPEAKERS_REACH)
    return bool(_SPEAKERS_AFTER.match(text, cand.end) and _SPEAKERS_IN.search(text, before, cand.start)
                or _SPEAKING_IN.search(text, before, cand.start))


# An aid or UN agency that speaks, by its name or its initials (in their case: "WHO", not "who"), before where it
# spoke: its seat or office is no place of a statement's news ("UNHCR said in Geneva that it had received only 30
# percent of the money it needs for Chad this year", "a UN spokesman, Stephane Dujarric, told reporters in New
# York", "The World Health Organization, in Geneva, said the strip was on the brink of mass starvation": no
# statement at Geneva nor New York).
_AID_AGENCY_SPEAKS_BEFORE = re.compile(
    r"(?:\b(?:United\s+Nations|UN|WFP|UNHCR|UNICEF|UNRWA|OCHA|WHO|IOM|ICRC|MSF|FAO|IFRC|IAEA)\b|\bU\.N\.|"
    r"\b(?:[Ww]orld\s+(?:[Ff]ood\s+[Pp]rogram(?:me)?|[Hh]ealth\s+[Oo]rgani[sz]ation)|"
    r"[Ii]nternational\s+(?:[Oo]rgani[sz]ation\s+for\s+[Mm]igration|[Cc]ommittee\s+of\s+the\s+Red\s+Cross|"
    # (the UN's nuclear watchdog too, in Vienna: "IAEA Director General Rafael Grossi said in New York, where he was
    # attending the U.N. General Assembly", "Rafael Grossi, director general of the International Atomic Energy
    # Agency, told the agency's board in Vienna that the building was similar ..." had been statements there)
    r"[Aa]tomic\s+[Ee]nergy\s+[Aa]gency)|"
    r"Doctors\s+Without\s+Borders|M[\u00e9e]decins\s+[Ss]ans\s+[Ff]ronti[\u00e8e]res|"
    r"Norwegian\s+Refugee\s+Council|Save\s+the\s+Children|[Rr]efugee\s+agency|[Hh]umanitarian\s+office)\b)"
    r"[^.;\"\u201c\u201d]{0,80}$")
# Where it spoke or sits, in the words that place its speech (not its official's post: '"...," said a UNHCR official
# in Amman', a country office's news, stays a statement there) ...
_AGENCY_SPOKE_IN_BEFORE = re.compile(r"\b(?:(?:said|says|announced|added|warned|speaking|told\s+reporters|"
                                     # (its governing board, where its head reports)
                                     r"told\s+(?:the\s+agency['\u2019]s|its|the)\s+(?:board|governors))\s+|"
                                     r"(?:said|says|announced)\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|message|"
                                     r"communiqu\u00e9|communique|letter)\s+(?:issued|released|published|posted|sent)\s+|"
                                     r"(?:based|headquartered)\s+)(?:in|from)\s+$")
# ... and its seat set off by commas before its verb: "The World Health Organization, in Geneva, said".
_SET_OFF_IN_BEFORE = re.compile(r",\s+(?:in|from)\s+$")
_SET_OFF_SAYS_AFTER = re.compile(r",\s+(?:said|says|told|reported|announced|warned|added)\b")


def _where_an_aid_agency_spoke(text: str, sent_start: int, cand: Candidate) -> bool:
    """Whether ``cand`` names where an aid or UN agency spoke (``_AID_AGENCY_SPEAKS_BEFORE``), its seat."""
    before = max(sent_start, cand.start - SPEAKERS_REACH - 40)
    spoke_there = _AGENCY_SPOKE_IN_BEFORE.search(text, before, cand.start) is not None \
        or _SET_OFF_IN_BEFORE.search(text, before, cand.start) is not None \
        and _SET_OFF_SAYS_AFTER.match(text, cand.end) is not None
    return spoke_there and _AID_AGENCY_SPEAKS_BEFORE.search(text, before, cand.start) is not None


def _told_apart(text: str, previous: Candidate, cand: Candidate) -> bool:
    """Whether a name joined to a list after ``previous`` is no item of it: after a bare comma, as the one who tells
    the news (``_ATTRIBUTED_BY_AFTER``); after "the" (``_APPOSITION_JOIN``, ``_CLAUSE_SUBJECT_AFTER``); or after
    ", and" that joins no list before it, as a clause's subject: "A drone strike hit a fuel depot in Sochi, and Moscow
    said it would respond" (had been a strike at Moscow too)."""
    join = text[previous.end:cand.start]
    if join.strip() == "," and _ATTRIBUTED_BY_AFTER.match(text, cand.end):
        return True  # the one who tells it: "fired water cannon at a Philippine supply boat near Second Thomas Shoal in
        # the South China Sea, Manila said on Saturday" (had been an attack at Manila)
    if not _THE_ITEM.search(join):
        return _CLAUSE_AND.fullmatch(join) is not None and not _LISTED_BEFORE.search(text, max(0, previous.start - 6),
                                                                                     previous.start) \
            and _CLAUSE_SUBJECT_AFTER.match(text, cand.end) is not None
    if _APPOSITION_JOIN.match(join):
        return not _LIST_GOES_ON.match(text, cand.end)
    return _CLAUSE_SUBJECT_AFTER.match(text, cand.end) is not None


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
# A person's birthplace or the town he grew up in, told in a clause about him: "who was born in Invercargill", "who grew
# up in Bandra, a Mumbai suburb"; and the region or city that places that town: "who grew up in Sombor in northern
# Serbia", "who grew up in Sarcelles, outside Paris".
_LIVED_FOR_BEFORE = re.compile(r"\b(?:lived|spent|stayed)\s+(?:for\s+)?(?:[\w-]+\s+){1,3}?(?:years?|months?|decades?)\s+"
                               r"in\s+$|"
                               # ... or at all: "McDonald is wanted on 11 felony charges and also has lived in Atlanta
                               # and Florida, police said" (had been statements there)
                               r"\b(?:has|have|had)\s+(?:also\s+)?lived\s+in\s+$|"
                               # ... or grew up: "Rangi's counsel said his client had grown up in poverty in Otara"
                               r"\b(?:has|have|had)\s+(?:grown\s+up|been\s+(?:born|raised))\s+(?:in\s+poverty\s+)?"
                               r"in\s+$|"
                               # ... or still lives, after the news that moved him: "prompting more than 100,000
                               # ethnic Armenians to flee to Armenia; many still live in temporary housing in Masis,
                               # Abovyan and Vanadzor" (no offensive there)
                               r"\bstill\s+lives?\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?in\s+$", re.I)
# The capitalised names a place starts a list of, up to the one being looked at: "in Serbia and Bosnia", "in Los
# Angeles and Chicago".
_NAMES_LISTED_BEFORE = r"(?:(?-i:[A-Z][\w'\u2019.-]*)(?:[\s,]+|\s+(?:and|or)\s+)){0,4}?"
_LIFE_PLACE_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:was\s+(?:born|raised|brought\s+up)|grew\s+up|"
                                # ... or trained, studied or worked: "Police ... detained 74 people suspected of
                                # organising mass unrest on Moscow's orders, some of whom had trained in Serbia and
                                # Bosnia" (had made arrests in Serbia and Bosnia; the places listed after the first too)
                                r"[^,;.]{0,30}?\b(?:trained|studied|worked|educated|lived|born|raised)|"
                                # ... or lives now: "allies of fugitive businessman Ilan Shor, a former mayor of Orhei
                                # who was convicted of fraud and now lives in Russia" (had been a protest in Russia)
                                r"(?:(?:was\s+)?[\w\s,]{0,40}?\b(?:and|but)\s+)?(?:now\s+|currently\s+)?(?:lives|resides))\s+(?:\w+\s+){0,2}?(?:in|at|near)\s+"
                                r"(?:the\s+)?" + _NAMES_LISTED_BEFORE +
                                r"(?:(?:in|outside|near)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?)?$", re.I)
# A relative clause on someone's earlier deeds, before the places it names (``_located``): "the Border Patrol
# commander who led earlier crackdowns in Los Angeles and Chicago", "who previously oversaw raids in Denver".
# Where an old record was set, which the news is measured against, not where the news is: "Mohenjo-daro ... recorded
# 53C, close to the national record of 53.7C set at Turbat in Balochistan in 2017" (had been a heatwave at Turbat
# and Balochistan); not a record set now ("a new record was set in Mora on Sunday").
# Where someone once held office, told in an aside on who tells or does the news today: "Tourism Secretary Christina
# Frasco, a former mayor of Liloan in Cebu, said the government aimed to attract 10 million foreign visitors this year"
# (had been a statement in Cebu; not "The former mayor of Kharkiv said Russian drones struck the city overnight").
_FORMER_POST_BEFORE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:former|ex-|onetime|one-time)\s*(?:[\w-]+\s+){0,2}?(?:mayor|governor|senator|"
                                 r"MP|minister|premier|president|chief\s+minister|councillor|head|chief|leader)\s+"
                                 r"(?:of|for)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+(?:in|,)\s+)?$", re.I)
_OLD_RECORDS_PLACE_BEFORE = re.compile(r"\brecords?\b(?<!new record)(?<!new records)"
                                       r"(?:(?!\b(?:was|were|is|are|has|have|had|been)\b)[^,;]){0,40}?\bset\s+(?:at|in)\s+"
                                       r"(?:the\s+)?(?:[\w'\u2019-]+\s+(?:in|,)\s+)?$", re.I)
_EARLIER_DEEDS_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:earlier|previously|similar|prior)\s+"
                                   r"(?:[\w'\u2019-]+\s+){0,4}?(?:in|at)\s+"
                                   + _NAMES_LISTED_BEFORE + r"$", re.I)
# A US federal court's district, named by a compass word before the state (``_located``).
_COURT_DISTRICT_BEFORE = re.compile(r"(?-i:\b(?:North|South|East|West|Central|Middle)\w*\s+District)\s+of\s+$")
_COURT_IN_BEFORE = re.compile(r"(?-i:\b(?:Court|Tribunal)(?:\s+of\s+(?:Justice|Human\s+Rights|Arbitration))?)\s+"
                              r"(?:in|at)\s+$")
_FLAGGED_AFTER = re.compile(r"-(?:flagged|registered)\b")
# The home province of people picked out, not where they were: "checked passengers' identity cards and took away men
# from the eastern province of Punjab" (the abduction was near Kalat, in Balochistan; had made an attack in Punjab).
_HOME_REGION_BEFORE = re.compile(r"\b(?:men|women|people|passengers|workers|labou?rers|travell?ers|settlers|natives)\s+"
                                 r"from\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:province|state|"
                                 r"region|district)\s+of\s+$", re.I)
# Where the forces that fired across a border or a front line are, told before their fire and what it hit: no place
# of the shooting, which is where it hit: "The ministry said Armenian units stationed in the Yeraskh area of the Ararat
# region fired small arms at Azerbaijani positions in the Sadarak district of Nakhchivan" (had been a battle at Yeraskh
# too). Only where the fire is aimed at something ("at", "on", "into"): "troops stationed in Erbil came under fire"
# is there.
_STATIONED_IN_BEFORE = re.compile(r"\b(?:units?|troops|forces|soldiers|servicemen|batteries|positions|posts?)\s+"
                                  r"(?:stationed|based|deployed|positioned|entrenched)\s+(?:in|at|near)\s+"
                                  # (and the region that says where: "in the Yeraskh area of the Ararat region")
                                  r"(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.I)
_FIRED_ELSEWHERE_AFTER = re.compile(r"[^.;]{0,80}?\b(?:fired|opened\s+fire|shelled|launched|targeted)\b"
                                    r"[^.;]{0,40}?\b(?:at|on|into|towards?)\b", re.I)
# A mediator named before the deal it brokered, not where the deal was done: "Russia and Ukraine swap 84 prisoners each
# in UAE-brokered exchange" (had made a prisoner exchange in the UAE).
_BROKERED_AFTER = re.compile(r"-(?:brokered|mediated)\b")
# A river, a strait or a border the sentence opens across, to tell which side the news is on: "Across the Dnipro
# River, the Ukrainian-held city of Nikopol has been shelled almost daily." (not "Across Ukraine, sirens sounded").
_ACROSS_OPENS_BEFORE = re.compile(r"[\s\"\u201c]*(?:On\s+the\s+other\s+side\s+of|Across)\s+(?:the\s+)?$")
_A_WATERS_NAME = re.compile(r"\b(?:River|Strait|Straits|Channel|Sound|Lake|Bay|Gulf|Sea)$")
_TAKEN_TO_HOSPITAL_BEFORE = re.compile(r"\b(?:taken|rushed|brought|transferred|evacuated|admitted|airlifted|flown|"
                                       r"treated)\s+(?:to|at|in)\s+[^.;]{0,80}?\b(?:hospitals?|clinics?|medical\s+"
                                       r"(?:cent(?:re|er)s?|complex)|infirmary|"
                                       # (South Asia's teaching hospitals: "A third protester was being treated at BP
                                       # Koirala Institute of Health Sciences in Dharan" had been a protest in Dharan)
                                       r"institutes?\s+of\s+(?:medical|health)\s+sciences|medical\s+college)"
                                       r"\s+(?:in|at|near)\s+(?:the\s+)?$", re.I)


# What a well-known region's name describes after it, one country of it: "in the Balkan country", "the Caribbean
# nation"; not all of them, which lie in it ("2,163 cases reported across the Darfur states").
_A_COUNTRY_OF_THE_REGION = re.compile(r"\s+(?:country|nation|state|kingdom|republic|emirate|island\s+(?:nation|state))"
                                      r"\b(?!-)")
_SMUGGLING_ROUTE_BEFORE = re.compile(r"\b(?:(?:smuggl(?:e|es|ed|ing)|traffick(?:ed|ing))\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:migrants|people|refugees|asylum\s+seekers|persons|women|children)|"
                                     r"organi[sz](?:ed|es|ing)\s+(?:the\s+)?crossings)\s+(?:across|from|to|into)\s+"
                                     r"[^.;,]{0,60}$", re.I)
# The way round a place that ships or flights take instead, no place of what made them take it: "renewed Houthi missile
# attacks in the southern Red Sea pushed the last carriers still using the Suez Canal to divert around the Cape of Good
# Hope" (had been a shelling at the Cape too).
_DETOUR_BEFORE = re.compile(r"\b(?:divert(?:s|ed|ing)?|re-?rout(?:e|es|ed|ing)|detour(?:s|ed|ing)?|longer\s+routes?|"
                            r"(?:the\s+)?long\s+way)\s+(?:[\w-]+\s+){0,3}?(?:around|round|via)\s+(?:the\s+)?$", re.I)
# The far end of a road that links a place to it, no place of what closed or cut the road: "The road linking the city
# to the port of Matadi was cut, and the N'djili international airport road was under water" (after Kinshasa's
# floods; had made floods at Matadi).
_A_ROADS_FAR_END_BEFORE = re.compile(r"\b(?:roads?|highways?|motorways?|routes?|railways?|rail\s+lines?|bridges?)\s+"
                                     r"(?:(?:that|which)\s+(?:links?|connects?)|linking|connecting)\s+[^.;,]{1,60}?"
                                     r"\b(?:to|with)\s+(?:the\s+)?(?:(?:port|city|town|border\s+town)\s+of\s+)?$", re.I)

# The region of the towns that flights or sailings go to, no place of what cancelled them: "The airline said flights to
# Stockholm, Copenhagen, Oslo and Tallinn were among those cancelled, as well as domestic connections to Oulu, Rovaniemi
# and Kittila in Lapland" (a strike at Helsinki's airport; had been a statement in Lapland). Only the names listed
# between, so that where it happened, told after a verb, stays: "cancelled flights to Oulu as staff walked out in
# Helsinki".
_TOWNS_LISTED = r"(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}"
# (each one told with its own region too: "will launch flights to Victoria Falls in Zimbabwe and Lubumbashi in the
# Democratic Republic of Congo next month" had been statements in Zimbabwe and Lubumbashi)
_TOWN_AND_REGION = rf"{_TOWNS_LISTED}(?:\s+in\s+(?:the\s+)?{_TOWNS_LISTED})?"
_DESTINATIONS_REGION_BEFORE = re.compile(rf"\b(?:flights?|connections?|services|routes?|sailings?|trains?)\s+"
                                         rf"(?:to|from)\s+(?:{_TOWN_AND_REGION}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
                                         rf"{_TOWNS_LISTED}\s+(?:in|on)\s+(?:the\s+)?$", re.I)
# The port a ship calls at instead of the one a strike shut, no place of the strike: "Maersk said two of its ships
# bound for Antwerp would call at Rotterdam instead" (had been a statement at Rotterdam).
_CALLED_AT_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dock(?:s|ed|ing)?|berth(?:s|ed|ing)?|unload(?:s|ed|ing)?)\s+"
                               r"at\s+(?:the\s+)?(?:ports?\s+of\s+)?$", re.I)
_INSTEAD_AFTER = re.compile(r"\s+instead\b", re.I)

# A town named after the place-noun it is, past a locative: "marched in the capital, Nairobi, and in other
# towns including Mombasa, Nakuru, Nyeri and Kitengela" (the list after the first shares its locative).
# (and what flew over towns listed, not a capital's control: "Its spokesman said Pakistani troops had shot down 25 Indian drones over cities including
# Lahore and Rawalpindi on Thursday" had made no event)
_LOCATIVE_APPOSITION = re.compile(r"\bover\s+(?:[\w-]+\s+){0,2}?(?:cities|towns)\s+including\s+$|"
                                  r"\b(?:in|at|near|across|off)\s+(?:the\s+|other\s+|several\s+|many\s+|two\s+|three\s+)?"
                                  # (a country's capital too: "U.S. airstrikes hit a market and residential
                                  # neighborhood in Yemen's capital, Sanaa, late Sunday, killing at least 12 people";
                                  # or its island or city by its rank: "A powerful earthquake struck off Vanuatu's
                                  # main island, Efate, on Tuesday, killing at least 14 people")
                                  r"(?:[\w-]+['\u2019]s\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?(?:capital|cities|towns|(?:main|largest|biggest|second-largest)\s+"
                                  r"(?:island|city))(?:,\s+|\s+including\s+)$|"
                                  # ... or the parts of a region named, those it includes: "Heavy rain also triggered
                                  # floods in other districts of Khyber Pakhtunkhwa, including Buner and Shangla"
                                  # (had made no event)
                                  r"\b(?:in|at|near|across)\s+(?:the\s+|other\s+|several\s+|many\s+)?(?:[\w-]+\s+){0,2}?"
                                  r"(?:districts|provinces|regions|states|counties|towns|villages|cities|areas)\s+of\s+"
                                  r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3},?\s+including\s+$|"
                                  # ... or the towns and bases a strike hit, listed after their kind: "Pakistan said
                                  # ... it had launched military retaliation against India, striking several airbases
                                  # including Adampur in Punjab" (had been a strike in Punjab), "26 civilians were
                                  # killed ... in the strikes on six locations, including Muzaffarabad and Kotli"
                                  r"\b(?:strik(?:e|es|ing)|struck|hit(?:s|ting)?|target(?:s|ed|ing)?|"
                                  r"(?:strikes?|attacks?|raids?)\s+on)\s+(?:the\s+|several\s+|[\w-]+\s+)?(?:[\w-]+\s+)?"
                                  r"(?:air\s*bases|airfields|bases|cities|towns|villages|sites|locations|targets)"
                                  r"(?:,\s+|,?\s+including\s+)$",
                                  re.I)


_NAMED_STREET_OF = re.compile(r"['\u2019]s\s+(?:[A-Z][\w-]*\s+){1,3}(?:Avenue|Street|Boulevard|Road|Square)\b")


# A side of a city, which news names with "on": "on the city's South Side", "on Chicago's West Side", "on the
# Upper East Side" (no locative before it, had made the lead's shooting no event).
_ON_A_SIDE_BEFORE = re.compile(r"\bon\s+(?:the\s+)?(?:[\w.-]+['\u2019]s\s+)?$", re.I)
# A river or a lake named with "on", where what happened on its water or its line was: "Gunmen fired on a Guyanese
# military patrol on the Cuyuni River near the border with Venezuela on Sunday, wounding three soldiers" (had made no
# event).
# Only what is on the water or on its line, a craft, a patrol or the forces there: not a town on the river, which the
# river says where it is ("a refinery in Saratov, on the Volga River"), nor the ice people were told to stay off.
_ON_THE_WATER_BEFORE = re.compile(r"\b(?:patrols?|boats?|vessels?|ships?|ferry|ferries|barges?|canoes?|rafts?|"
                                  r"bridges?|crossings?|positions|troops|forces|soldiers)\s+on\s+the\s+$", re.I)


# The places of a kind listed by name after "the": "blocked roads in the districts of Ate, Comas and Villa El
# Salvador", "gangs attacked the neighborhoods of Solino and Delmas" (the first one unknown; had made no event);
# only in a list, not the region they are parts of ("other districts of Khyber Pakhtunkhwa", "the towns of Gaza").
_LISTED_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|del|la|el|do|da|al))*"
# (their words before them too: "Flash floods killed at least 12 people in the eastern Libyan towns of Al Bayda and
# Shahat on Thursday" had made no event)
_KINDS_LISTED_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:towns|villages|cities|districts|neighbou?rhoods|communes|"
                                  r"municipalities|suburbs|settlements|localities|barangays|townships)\s+of\s+"
                                  rf"(?P<listed>(?:{_LISTED_NAME}(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))*)$")
# The places a story's event hit worst, listed after their kind: "The hardest-hit towns included Freehold, Howell and
# Toms River, where falling trees brought down power lines" (after the storm's lead: had made no event); the story's
# deadly event, told again there (``_WORST_HIT_OPENS``).
_WORST_HIT_LIST_BEFORE = re.compile(r"\b(?:worst|hardest|badly|severely)[ \t-]+(?:hit|affected)[ \t]+(?:[\w-]+[ \t]+)?"
                                    r"(?:towns|villages|cities|districts|areas|communities|counties|provinces|regions|"
                                    r"neighbou?rhoods|suburbs|places|states)[ \t]+(?:included|include|were|are)[ \t]+"
                                    rf"(?P<listed>(?:{_LISTED_NAME}(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))*)$")
_LIST_PLACED_IN_AFTER = re.compile(rf"(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_LISTED_NAME})*[ \t]+in[ \t]+")
_WORST_HIT_OPENS = re.compile(r"The[ \t]+(?:worst|hardest|badly|severely)[ \t-]+(?:hit|affected)[ \t]+")
# ... but not where those who acted come from, are based or rule: "The protesters, from the towns of Ubari and
# Ghat", "the clans, based in the towns of San Luca, Platì and Rosarno, smuggled", "The CHP, which controls the
# municipalities of Istanbul, Ankara and Izmir, said".
_KINDS_LISTED_NOT_AFTER = re.compile(r"\b(?:from|based\s+in|controls?|controlled|governs?|governed|runs?)\s+$", re.I)


# A place named in an apposition to a name that tells where what it names lies, a landmark of it: "gangs attacked
# Kenscoff, a hillside community above the wealthier suburb of Pétion-Ville" (had made an attack at Pétion-Ville),
# "Martos, a town south-west of the city of Jaén"; not a clause's ("Last year, a quake near Khoy ... killed three").
_LANDMARK_IN_APPOSITION = re.compile(r"\b(?-i:[A-Z])[\w'\u2019.-]*,\s+an?\s+(?:(?!(?:on|in|of|at|to)\s)[\w-]+\s+){0,2}?(?:community|town|village|"
                                     r"city|suburb|hamlet|hill|district|neighbou?rhood|settlement|commune|"
                                     r"municipality)\s+(?:above|below|overlooking|beside|near|outside|"
                                     r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+[^,;()]*$", re.I)


def _placed_by_its_words(text: str, sent_start: int, cand: Candidate) -> bool:
    """Whether the words around a mention say that something is or happened there: a locative
    before it ("in", "near"), an event it undergoes after it ("came under shelling"), "off" it at
    sea; not "across the Nile from" it."""
    prefix = text[max(sent_start, cand.start - 60):cand.start][::-1]
    if _ACROSS_BEFORE_REVERSED.match(prefix) and _ACROSS_FROM.match(text, cand.end):
        return False
    if _FLED_INTO_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start):
        return False
    if _BRIDGE_OVER_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start) \
            or _GRIEVANCE_OVER_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start) \
            or _STIRRED_IN_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start) \
            or _SUMMONED_OVER_BEFORE.search(text, max(sent_start, cand.start - 160), cand.start):
        return False
    if _FROM_REGIONS_OF_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start):
        return False
    if _FELT_IN_BEFORE.search(text, max(sent_start, cand.start - 140), cand.start):
        return False
    if _LANDMARK_IN_APPOSITION.search(text, max(sent_start, cand.start - 100), cand.start):
        return False
    if _LOCATIVE_APPOSITION.search(text, max(sent_start, cand.start - 100), cand.start):
        return True
    spread = _SPREAD_TO_BEFORE.search(text, max(sent_start, cand.start - 90), cand.start)
    if spread and not _SPREAD_FEARED_BEFORE.search(text, max(sent_start, spread.start() - 30), spread.start()):
        return True
    if _WORST_HIT_OPENS.match(text, sent_start) \
            and _WORST_HIT_LIST_BEFORE.search(text, max(sent_start, cand.start - 160), cand.start) \
            and not _LIST_PLACED_IN_AFTER.match(text, cand.end) \
            and not _YEAR.search(text, cand.end, _sentence_end(text, cand.end)):
        return True  # "The hardest-hit towns included Freehold, Howell and Toms River" (not a speaker's list: "ESB
        # Networks said the worst-affected areas were Connemara, north Mayo and west Clare" is no statement there;
        # nor one whose region is named after it, the place it tells: "The worst affected districts are Ratnapura,
        # Kalutara, Gampaha, Colombo and Kegalle in the Western Province and Sabaragamuwa"; nor one told beside another
        # year's event: "The hardest-hit communities were Saddle Ridge, Taradale and Skyview Ranch, the same area that
        # was devastated by a hailstorm in June 2020")
    listed = _KINDS_LISTED_BEFORE.search(text, max(sent_start, cand.start - 120), cand.start)
    if listed and (listed.group("listed") or _LIST_GOES_ON.match(text, cand.end)) \
            and not _KINDS_LISTED_NOT_AFTER.search(text, max(sent_start, listed.start() - 20), listed.start()):
        return True
    if text[max(sent_start, cand.start - 3):cand.start].lower() == "on " and _NAMED_STREET_OF.match(text, cand.end):
        return True  # "demonstrators outside parliament on Tbilisi's Rustaveli Avenue"
    if _ROAD_BETWEEN_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start):
        return _HARM_ON_THE_ROAD.search(text, sent_start, _sentence_end(text, cand.end)) is not None
    if _HAZARD_BY_ITS_BEARING_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start):
        return True
    if _PARTS_COUNTED_IN_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start) \
            and _ITS_PARTS_AFTER.match(text, cand.end):
        return True  # see its comment
    if _ANOTHER_TOWN_TAKEN_BEFORE.search(text, max(sent_start, cand.start - 160), cand.start):
        return True  # see its comment
    if (_HOMETOWN_ADJECTIVE.match(text, cand.end) or _TOWNS_FORCE_SHOT.match(text, cand.end)) \
            and _A_BEFORE.search(text, max(sent_start, cand.start - 20), cand.start) \
            and not _LOCATIVE_NAME_AFTER.search(text, cand.end, _sentence_end(text, cand.end)):
        return True  # "A Columbia woman was killed when her car struck a tree on Route K" (had made no event)
    if _WORKS_AFTER_ITS_TOWN.match(text, cand.end) \
            and _AT_A_BEFORE.search(text, max(sent_start, cand.start - 12), cand.start) \
            and not _LOCATIVE_NAME_AFTER.search(text, cand.end, _sentence_end(text, cand.end)):
        return True  # see ``_AT_A_BEFORE``
    if _HAZARD_NAMED_BY_ITS_PLACE.match(text, cand.end) \
            and _THE_YEARS_BEFORE.search(text, max(sent_start, cand.start - 12), cand.start):
        return True  # see its comment
    if cand.text.endswith(" Side") and _ON_A_SIDE_BEFORE.search(text, max(sent_start, cand.start - 30), cand.start):
        return True  # "when gunfire erupted at a block party on the city's South Side late Saturday"
    if _A_RIVERS_NAME.search(cand.text) and _ON_THE_WATER_BEFORE.search(text, max(sent_start, cand.start - 30),
                                                                         cand.start):
        return True  # see its comment
    described = _DESCRIBED_AFTER.match(text, cand.end)
    return _LOCATIVE_BEFORE_REVERSED.match(prefix) is not None or _UNDERGOES.match(text, cand.end) is not None \
        or described is not None and _UNDERGOES.match(text, described.end()) is not None \
        or _ITS_AIRPORT_CLOSED_AFTER.match(text, cand.end) is not None \
        or _OFF_BEFORE.search(text, max(sent_start, cand.start - 40), cand.start) is not None \
        or _OFF_A_COUNTRYS_BEFORE.search(text, max(sent_start, cand.start - 60), cand.start) is not None \
        or _OFF_THE_BEFORE.search(text, max(sent_start, cand.start - 10), cand.start) is not None \
        and _REACHES_INTO_THE_SEA.search(cand.text) is not None


# A town's airport named by it that was closed or stopped its flights, where what closed it happened: "Copenhagen
# Airport, the busiest in the Nordic countries, was closed for nearly four hours overnight after two to three large
# drones were spotted", "Munich airport suspended flights on Thursday night after several drone sightings" (had made
# no event); past an apposition that says what the airport is, or the country it lies in.
_ITS_AIRPORT_CLOSED_AFTER = re.compile(
    r"\s+(?:International\s+)?(?i:airport)(?:,\s+(?:the|an?|one\s+of)\s+[^,;.()]{1,60}?,|"
    # (or past the country it lies in: "Oslo Airport in neighboring Norway was also closed for several hours")
    r"\s+in\s+(?:(?i:neighbou?ring)\s+)?[A-Z][\w-]+)?\s+"
    r"(?:(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+|again\s+|briefly\s+|temporarily\s+)?"
    r"(?:closed|shut|shut\s+down)\b|"
    r"(?:(?:also|again|briefly|temporarily)\s+)?(?:closed|shut|suspended|halted|stopped|grounded|"
    r"(?:has|had)\s+(?:closed|shut|suspended|halted|stopped))\s+(?:its\s+)?(?:all\s+)?(?:airspace|flights|"
    r"operations|air\s+traffic|departures|arrivals|take-?offs|landings)\b)")


# A place named before its hazard, as headlines name a disaster: "Somalia drought pushes 4.4 million into crisis
# hunger", "Kenya floods kill 20" (had made no event); the hazard in lower case, not a fund's or team's name ("Kenya
# Flood Relief"). Not a river's flood, whose towns are the places ("Yangtze floods force 200,000 from homes in Hubei"),
# nor a country or town that floods something, a verb: "Israel floods Lebanese farmlands", '"Dublin floods for an
# afternoon and it's on the news for a week."' (``_HAZARDS_PLACE_KINDS``, ``_A_RIVERS_NAME``).
_HAZARD_NAMED_BY_ITS_PLACE_AFTER = re.compile(r"(?-i:\s+(?:drought|droughts|famine|floods(?!\s+(?:(?:the|a|an|its|their|"
                                             r"his|her|for|when|whenever|every|after|again|downtown|parts|homes|"
                                             r"streets|fields|farmlands?)\b|[A-Z]))|flooding|earthquake|quake|wildfires?|"
                                             r"bushfires?|landslides?|mudslides?|heatwave|cyclone|"
                                             r"locust\s+(?:swarms|invasion|outbreak|plague)))\b"
                                             # (not those it left behind, whose hazard is an old one: "Winter tents and
                                             # warm meals for Gansu quake survivors", a year on)
                                             r"(?!\s+(?:survivors|victims|anniversary)\b)")
# ... nor one the news is years after: "Two years after the Cianjur quake, relocated families wait for jobs and water"
# (had dated the quake two years before the story).
_YEARS_AFTER_THE_BEFORE = re.compile(r"\b(?:after|since|anniversary\s+of)\s+the\s+(?:\d{4}\s+)?$", re.I)
_HAZARDS_PLACE_KINDS = frozenset({"country", "admin1", "admin2", "city"})
_A_RIVERS_NAME = re.compile(r"\b(?:River|Creek|Lake)$")
# ... nor a river a département or a town shares the name of, called the river after: "Meuse floods: Liège and Limburg
# brace as river nears 2021 levels" (had been a flood in France's Meuse).
_THE_RIVER_TOLD = re.compile(r"(?-i:\briver\b)")
# A place that declared its own disaster, where the disaster is: "Zambia declared a national disaster on Thursday after
# a drought destroyed about one million of the 2.2 million hectares planted with maize", "Catalonia declared a drought
# emergency Thursday for Barcelona and 200 surrounding towns" (had made no event).
_DECLARED_A_DISASTER_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:declared|declares|declaring)\s+(?:(?:a|an|the)\s+)?"
                                        r"(?:[\w-]+\s+){0,2}?(?:national\s+disaster|state\s+of\s+(?:disaster|calamity)|"
                                        r"(?:drought|flood|famine|food)\s+(?:emergency|disaster|crisis))\b", re.I)


# A town told as the hometown of the one harmed, the way local news places a crash or a killing: "A Columbia woman was
# killed when her car struck a tree on Route K south of the city" (had made no event); only where no other place is
# named by a locative after it ("a Harrogate woman was seriously injured when her car left the A61 near Ripley" is
# Ripley's), and not one sentenced or charged, which harms no one there.
_HOMETOWN_ADJECTIVE = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:man|woman|men|women|boy|girl|teen|teenager|couple|"
                                 r"resident|driver|motorist|cyclist|pedestrian|child|toddler)s?)\s+(?:was|were|has\s+been|"
                                 r"had\s+been)\s+(?:(?:critically|seriously|fatally|badly)\s+)?(?:killed|injured|hurt|"
                                 r"wounded|shot|stabbed)\b")
# A disaster named after the place it struck, as history names it: "Gyumri ... was largely destroyed in the 1988
# Spitak earthquake, which killed about 25,000 people" (had made no event); "the", or "the" and its year, before the
# place (not a firm's or a team's name: "the Spitak Earthquake Fund"; nor a word the hazard's name describes: "protecting
# the South Dunedin flood zone", "the East Flores disaster mitigation agency").
_HAZARD_NAMED_BY_ITS_PLACE = re.compile(r"\s+(?-i:earthquake|quake|floods?|flooding|tsunami|eruption|landslides?|"
                                        r"mudslides?|avalanche)\b(?!\s+(?:zones?|plains?|risks?|defen[cs]es|barriers?|"
                                        r"walls?|protection|insurance|mitigation|management|warnings?|agency|relief|"
                                        r"victims?|survivors?|funds?|memorial|museum|maps?|season|control|levees?|"
                                        r"gauges?|watch|alerts?|response|preparedness|drills?)\b)")
_THE_YEARS_BEFORE = re.compile(r"\bthe\s+(?:(?:1[89]|20)\d\d\s+)?$", re.I)
# ... or of its police officer who shot someone, in his town: "A Jackson police officer shot and killed a man during a
# traffic stop Sunday night" (had made no event).
_TOWNS_FORCE_SHOT = re.compile(r"\s+(?:police\s+(?:officer|detective|sergeant)|officer|policeman|sheriff['\u2019]s\s+deputy|"
                               r"deputy)\s+(?:fatally\s+)?(?:shot|killed|opened\s+fire)\b")
_A_BEFORE = re.compile(r"\b(?:an?|two|three|four)\s+(?:\d{1,3}-year-old\s+)?$", re.I)
# A works named by its town, the town before it, and "at a" before both, where a mishap happened: "Oil spilled from a
# bunker tanker after it was hit by a dredger at a Singapore port terminal" (had made no event); the town where no
# other place is told after it (``_LOCATIVE_NAME_AFTER``).
_AT_A_BEFORE = re.compile(r"\b(?:at|in|inside|near|outside)\s+an?\s+$", re.I)
_WORKS_AFTER_ITS_TOWN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:port|terminal|refinery|plant|factory|warehouse|mine|"
                                   r"smelter|depot|pipeline|oil\s*field|gas\s*field|shipyard|dockyard)s?\b")
_LOCATIVE_NAME_AFTER = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


# Where what is told spread to, from a place named or not: "Youth-led protests over water and power cuts spread from
# the capital to Toamasina, Mahajanga and Antsirabe on Friday" (had made no protest in the three); its day told
# between: "Disorder spread on Tuesday to Larne, where a leisure centre ... was set on fire" (had made no riot).
_SPREAD_TO_BEFORE = re.compile(r"\b(?:spread|spreads|spreading|has\s+spread|have\s+spread)\s+"
                               r"(?:(?:on\s+)?(?:[A-Z]\w+day|overnight|later)\s+(?:(?:night|evening|morning)\s+)?)?"
                               r"(?:(?:from|beyond|out\s+of)\s+(?:[^.;,()]{1,40}?\s+))?to\s+(?:the\s+)?"
                               r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|port|capital|region|province|district|state)"
                               r"\s+of\s+)?$", re.I)
# ... not where it could spread to: "Jordan's foreign minister, speaking in Amman, said the violence risked spreading
# to the Jordan Valley" (the statement is Amman's).
_SPREAD_FEARED_BEFORE = re.compile(r"\b(?:risk(?:s|ed|ing)?|threat(?:en(?:s|ed|ing)?)?|could|may|might|would|will|"
                                   r"fears?|feared|prevent(?:s|ed)?|stop(?:s|ped)?|before\s+it)\s+(?:[\w-]+\s+)?"
                                   r"(?:to\s+)?$", re.I)
# The river a bridge spans, not where anything happened on it: "In Novi Sad, protesters briefly blocked the Liberty
# Bridge over the Danube" (had made a protest on the Danube).
_BRIDGE_OVER_BEFORE = re.compile(r"\bbridges?\s+(?:over|across|spanning)\s+(?:the\s+)?$", re.I)
# ... and what a crowd protests over, not where: "French farmers block motorways around Paris as protests over EU
# trade deal spread" (had made a protest in the European Union).
_GRIEVANCE_OVER_BEFORE = re.compile(r"\b(?:protests?|demonstrations?|rall(?:y|ies)|marches|strikes?|walkouts?|anger|"
                                    r"outrage|fury|row|dispute|uproar)\s+over\s+(?:the\s+|an?\s+)?$", re.I)
# ... and where an event stirred talk or alarm, not where it happened: "The killing of Mehdi Kessaci in Marseille on
# Thursday, shot dead in broad daylight near the Frais-Vallon housing estate, has prompted talk in Paris of a
# "Mexicanisation" of France" (had been an attack in Paris as well).
_STIRRED_IN_BEFORE = re.compile(r"\b(?:prompt(?:ed|s|ing)?|spark(?:ed|s|ing)?|trigger(?:ed|s|ing)?|stirr?(?:ed|s|ing)?|"
                                r"provok(?:ed|es|ing)|fuel(?:l?ed|s|l?ing)|drew|draws|drawn|caus(?:ed|es|ing))\s+"
                                r"(?:(?:fresh|new|renewed|much|widespread|some|growing|a|an)\s+)?(?:talk|debate|outrage|"
                                r"calls?|alarm|concern|fears?|anger|criticism|condemnation|soul-searching|questions)\s+"
                                r"(?:in|across|throughout|from)\s+(?:the\s+)?$", re.I)
# What an envoy was summoned over, not where the summons was: "the foreign ministry in Ankara summoned the Swedish
# ambassador over a Koran burning in Stockholm" (had been talks at Stockholm as well as Ankara); the place itself
# the row's subject: "China summons Japanese ambassador over Taiwan remarks" (had been talks in Taiwan).
_SUMMONED_OVER_BEFORE = re.compile(r"\bsummon(?:ed|s|ing)?\s+(?:[\w'\u2019.-]+\s+){0,4}?(?:ambassadors?|envoys?|"
                                   r"charg[e\u00e9]s?\s+d['\u2019]affaires|diplomats?|officials?)\b[^.;]{0,40}?\s+over\s+"
                                   r"(?:[^.;,]{0,60}?\b(?:in|at|near)\s+)?(?:the\s+)?$", re.I)
# Where people come from, not where anything happened: "Many of the passengers are Egyptians from the Nile Delta
# provinces of Kafr El-Sheikh and Dakahlia", "most of them from the Lower Juba and Gedo regions of Somalia".
# ("The protesters, from the towns of Ubari and Ghat in the Fezzan region, demand jobs")
_FROM_REGIONS_OF_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:states|provinces|regions|counties|"
                                     r"towns|villages|cities|communes)\s+"
                                     r"of\s+$", re.I)
# Where a quake was felt, not where it struck: "was felt in the neighboring provinces of Elazig, Adiyaman, Diyarbakir
# and Kahramanmaras, AFAD said".
_FELT_IN_BEFORE = re.compile(r"(?:\b(?:was|were|been|be)\s+|"
                             # (a headline's, with no verb before it: "Earthquake of magnitude 5.8 jolts Myanmar's
                             # Sagaing region, tremors felt in Bangkok" had been a disaster in Bangkok)
                             r"\b(?:tremors?|quakes?|shaking)\s+)(?:also\s+|strongly\s+|widely\s+)?felt\s+"
                             # ("was felt strongly in Wellington and Blenheim")
                             r"(?:(?:strongly|widely|clearly|too)\s+)?(?:as\s+far\s+(?:away\s+)?"
                             # (past a country's possessive too: "The quake was felt in Nepal's capital Kathmandu,
                             # about 400 km away" had been a disaster in Kathmandu)
                             r"as|in|across|throughout)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                             r"(?:(?:states|provinces|regions|counties)\s+of\s+)?$|"
                             # ... and the rest of where it was felt: "was felt as far away as Kathmandu, Nepal, and
                             # parts of northern India, including Bihar" (had been a disaster in India), "and in parts
                             # of northern India"
                             r"\bfelt\s+(?:(?:strongly|widely|clearly|too)\s+)?(?:as\s+far\s+(?:away\s+)?as|in|across|"
                             r"throughout)\s+(?:(?!\b(?:killed|killing|destroyed|damaged|hit|struck|injured|flattened|"
                             r"toppled)\b)[^.;]){1,80}?\b(?:and|including)\s+(?:(?:in|across)\s+)?"
                             r"(?:(?:parts|much|most)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# Where those who fled went, not where what they fled happened: "protesters looted shops and set fire to a customs
# post, and about 1,500 people crossed into South Africa" (a riot in South Africa, with the 1,500, had been).
# (but not a storm's path or an army's: "crossing into Alabama", "Russian forces crossed into Ukraine")
_FLED_INTO_BEFORE = re.compile(r"(?:\b(?:fled|flee|flees|fleeing|escaped)|\b(?:people|refugees|migrants|civilians|"
                               r"residents|families|villagers|others)\s+(?:(?:have|had|were)\s+)?(?:crossed|crossing))\s+"
                               r"(?:(?:the\s+)?border\s+)?(?:in)?to\s+(?:neighbou?ring\s+)?$", re.I)


# A road's or a convoy's first end, where ACLED places what hit it there, when the sentence tells of violence: "a
# roadside bomb hit a military convoy travelling between Balcad and Mogadishu, killing four soldiers" (had made no
# event; the far end shares nothing, see _located); not a road closed or a ferry route ("the Captain Cook Highway
# between Cairns and Port Douglas was open"), nor "clashes between Israel and Hamas".
_ROAD_BETWEEN_BEFORE = re.compile(r"\b(?:convoys?|road|highway|motorway|expressway|trucks|vehicles|bus(?:es)?)"
                                  r"(?:\s+(?:travel(?:l)?ing|heading|moving|driving))?\s+between\s+$|"
                                  # ... or a road named by its number alone: "two taxi owners were killed in an
                                  # ambush on the R61 between Qumbu and Tsolo" (had made no event)
                                  r"\b(?:on|along)\s+the\s+(?-i:[A-Z]{1,3}-?\d{1,4})\s+between\s+$", re.I)
# A second town taken, told with "took" after the first's capture: "The rebels seized Goma, the largest city in the
# east, in late January and took Bukavu, the capital of South Kivu province, in mid-February" (Bukavu's had been lost);
# not "took" alone, which takes much besides towns ("He took Kut in September 1915 and marched on to Ctesiphon").
_ANOTHER_TOWN_TAKEN_BEFORE = re.compile(r"\b(?:seized|captured|overran|overrun|recaptured|retook)\s+[^.;]{1,120}?"
                                        r"\band\s+(?:then\s+|later\s+|also\s+)?took\s+$", re.I)
_HARM_ON_THE_ROAD = re.compile(r"\b(?:kill(?:ed|ing|s)?|ambush(?:ed|es)?|abduct(?:ed|ing|s)?|kidnapp(?:ed|ing)|"
                               r"attack(?:ed|ing|s)?|bombs?|explosives?|ieds?|mines?|shot|gunmen|wounded|torched|"
                               r"looted|struck|strikes?)\b", re.I)


# The towns a fire's evacuation orders or warnings are issued for, which it threatens and has not yet burned (not a
# flood's, whose orders follow the water): "The Kenneth Fire burned 1,000 acres near the Ventura County line on
# Thursday, prompting evacuation orders for parts of West Hills and Hidden Hills" (had been disasters in both).
_EVACUATION_FOR_BEFORE = re.compile(r"\bevacuation\s+(?:orders?|warnings?|alerts?|notices?|watch(?:es)?|advisories)\s+"
                                    r"(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:issued|expanded|extended)\s+)?"
                                    r"(?:for|in|to)\s+(?:(?:parts?|portions?|areas?|residents?|much|all|most)\s+of\s+)?"
                                    r"(?:the\s+)?$", re.I)
_A_BLAZE_TOLD = re.compile(r"\b(?:(?:wild|bush)?fires?|blazes?|flames)\b", re.I)
# A town's parts, counted, the town's name their modifier: "Residents of four Fort McMurray neighbourhoods were ordered
# to evacuate Tuesday afternoon as a wildfire ... moved to within 5.5 kilometres of the community" (had made no event).
_PARTS_COUNTED_IN_BEFORE = re.compile(r"\b(?:in|at|across|of|through|into|near)\s+(?:the\s+)?(?:\d+|two|three|four|"
                                      r"five|six|seven|eight|nine|ten|several|some|many|dozens\s+of)\s+$", re.I)
_ITS_PARTS_AFTER = re.compile(r"\s+(?:neighbou?rhoods|suburbs|districts|communities|subdivisions|wards|villages|"
                              r"streets)\b", re.I)
# A fire, a tornado or a crash told by its bearing from the nearest town, the place local news and ACLED give it
# when the spot has no name: "A wildfire burning in the hills north of Omak grew to about 12,000 acres", "An
# out-of-control wildfire burning west of Kamloops grew to 1,800 hectares overnight" (had made no event); the bearing
# right after the hazard's words, not any bearing ("Star Lake, north of Perham"; see _LOCATIVE_WORDS).
_HAZARD_BY_ITS_BEARING_BEFORE = re.compile(r"\b(?:wildfires?|bushfires?|fires?|blazes?|burning|raging|tornado(?:es)?|"
                                           r"crash(?:ed)?|collision|wreck)\s+(?:(?:in|on|along)\s+(?:the\s+)?"
                                           r"(?:[\w-]+\s+){1,2}?)?(?:just\s+)?(?:north|south|east|west)"
                                           r"(?:-?(?:east|west))?\s+of\s+$", re.I)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that goes on at ``start`` ends (its full stop, or the text's end)."""
    end = text.find(". ", start)
    return len(text) if end < 0 else end


_ANOTHER_STORY = re.compile(r"\b(?:separately|separate|meanwhile|elsewhere|in another)\b", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|told|reported|announced|warned|confirmed)\b[^,;.]{0,40}?\bthat\b", re.I)
_PLACE_IN_WORDS = re.compile(
    r"\b(?:country|nation|region|state|province)['\u2019]s\s+\w+|"
    r"\b(?:an?|the)\s+(?:(?:remote|rural|mountainous|northern|southern|eastern|western|central|coastal|"
    r"neighbouring|neighboring|nearby)\s+)+(?:\w+\s+)?(?:region|area|state|province|district|county|village|town|"
    r"city|island|country)\b|"
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:country|nation|region|state|province)\b|"
    # a border, not the city the story is filed from: "PESHAWAR, Pakistan, Oct 15 (Reuters) - Pakistani and Afghan
    # Taliban forces clashed at several points along their border on Wednesday" (a battle in Peshawar had been made)
    r"\b(?:along|across|on)\s+(?:the|their|its|our)\s+(?:(?:shared|common|disputed|porous|\w+-\w+)\s+)?"
    r"(?:border|frontier)\b", re.I)
# What happens where a story is filed, when it names no other place: not talks or statements,
# which are as often of elsewhere ("KYIV (AP) — Ukraine's president said talks would go on").
_DATELINED_TYPES = DEADLY_TYPES | {"arrest", "protest"}
# Forces and gear named for riots are no riot: "Riot police detained at least 21 people overnight" is
# an arrest (in a capital's dateline, it had made a riot, or no event at all).
_RIOT_GEAR = re.compile(r"\briot(?=[\s-]+(?:police|policemen|policewomen|officers|squads?|units?|troops|gear|"
                        r"shields?|control)\b)", re.I)


_TOLD_EVENT_CAME = re.compile(r"(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?P<noun>clash(?:es)?|protests?|demonstrations?|"
                              r"attacks?|raids?|strikes?|arrests?|fighting|violence|unrest|shooting|killings?)\s+"
                              r"(?:came|come|comes|followed|follows)\s+(?:as|after|amid|while|just|days?|weeks?|"
                              r"hours?|a\s+(?:day|week|month)|one|two|three|less|more)\b")


def _without_riot_gear(sentence: str, folded: str) -> str:
    """``sentence`` with the "riot" of riot police and riot gear blanked, its offsets kept.
    ``folded``: the sentence, folded (``cues.fold``); and the story's event named again as the sentence
    opens ("The clashes came as ...") blanked too."""
    if sentence[:2] == "Th" and (told := _TOLD_EVENT_CAME.match(sentence)):
        # what it came as, after or amid is the sentence's news, not the clashes told before: "The clashes came
        # as hundreds of Border Patrol agents continued an operation in the Chicago area" (a battle in Chicago)
        sentence = sentence[:told.start("noun")] + " " * len(told.group("noun")) + sentence[told.end("noun"):]
    if "riot" not in folded:
        return sentence  # (as most sentences: cheaper than the case-insensitive pattern's search)
    return _RIOT_GEAR.sub(lambda m: " " * len(m.group()), sentence)

# A country that strikes a place: "Israel struck Rafah on Monday", "Pakistan struck Kabul and Kandahar",
# "Israel pounded Khan Younis", "Russia struck the Ukrainian city of Kharkiv" (not "Israel struck a deal
# with Hamas in Doha", "Ukraine struck back", nor a storm's or a car's "struck", which no country is).
_STRUCK_A_PLACE = re.compile(r"\s+(?:struck|pounded)\s+(?:(?:the|targets\s+in|sites\s+in)\s+)?"
                             r"(?:(?:[\w'\u2019-]+\s+){0,2}?(?:city|town|port|village|region|province|capital)\s+of\s+)?")


def _countries_as_forces(worded: str, s: int, in_sentence: list[Resolution]) -> str:
    """``worded`` with each country that strikes a place named in the sentence written as the armed
    force the type wordings know ("Israel struck Rafah": "forces struck Rafah"), its offsets kept;
    the actors are read in the sentence itself."""
    starts = {r.candidate.start - s for r in in_sentence}
    for r in in_sentence:
        cand = r.candidate
        if r.entry is None or r.entry.kind != "country" or cand.role != "place":
            continue
        start, end = cand.start - s, cand.end - s
        verb = _STRUCK_A_PLACE.match(worded, end)
        if verb is None or verb.end() not in starts or end - start < 4:
            continue
        force = "forces" if end - start >= 6 else "army"
        worded = worded[:start] + force.rjust(end - start) + worded[end:]
    return worded


# ... and in a capital, whose wires tell of the whole country, only what happens in its streets:
# "TBILISI, Georgia - Riot police used water cannon ... to disperse thousands of protesters outside
# parliament on Sunday night, detaining at least 21 people" (the story's lead had made no event); a riot as well:
# "BUENOS AIRES, Argentina (AP) - Thousands of retirees and union members marched on Congress on Wednesday to demand
# higher pensions, clashing with riot police who fired tear gas and rubber bullets" (had made no event).
_CAPITAL_DATELINED_TYPES = frozenset({"arrest", "protest", "riot"})
# A bulletin's item that opens with its place: "- Guayaquil: On 11 March, gunmen killed 22 people",
# "- Jamundi (Cauca/Valle del Cauca): Two soldiers were killed in a drone attack".
_ITEM_MARK = re.compile(r"(?:[-*+\u2022\u2013]\s+|\d{1,2}[.)]\s+)?")
_ITEM_PLACE_END = re.compile(r"(?:\s*\([^()\n]{0,60}\))?\s*:\s")


def _dateline_types(dateline: Resolution) -> frozenset[str]:
    """The types of event a sentence may place at its dateline alone."""
    return _CAPITAL_DATELINED_TYPES if dateline.candidate.dateline and is_capital(dateline.entry) \
        else _DATELINED_TYPES


# The dateline's town, told again by the county or the region it lies in: "TROY, N.C. (AP) — Two men were killed
# and a woman was wounded in a shooting outside a convenience store in this small Montgomery County town early
# Saturday" (had made no event: the county seemed another place than the dateline's).
_THIS_BEFORE = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,2}$", re.I)
_TOWN_AFTER = re.compile(r"\s+(?:town|city|community|village|borough|township|suburb|county\s+seat)\b", re.I)


# ... nor by the local force that tells of it, nor the hometown of those it befell: "PORT CLINTON, Ohio — A
# 58-year-old man from Sandusky died Sunday after he was pulled from Lake Erie near Catawba Island, the Ottawa County
# Sheriff's Office said", "JACKSON, Mich. — A Jackson County sheriff's deputy was shot in the leg during a traffic
# stop" (neither is where it happened).
_LOCAL_AGENCY_AFTER = re.compile(r"(?:\s+County)?\s+(?:[Ss]heriff['\u2019]s\s+(?:[Oo]ffice|[Dd]epartment|[Dd]eput(?:y|ies))|"
                                 r"[Ss]heriff\b|[Pp]olice\s+(?:[Dd]epartment|[Cc]hief|[Oo]fficers?)|[Ff]ire\s+(?:[Dd]epartment|"
                                 r"[Cc]hief|[Rr]escue)|(?:District|Circuit|Superior|Municipal)\s+Court|[Cc]oroner\b|"
                                 r"[Mm]edical\s+[Ee]xaminer|"
                                 # a state's road police: "the Missouri State Highway Patrol said"
                                 r"(?:State\s+)?Highway\s+Patrol|State\s+(?:Police|Troopers?)|"
                                 # "the Mississippi Bureau of Investigation said", which looks into police shootings
                                 r"Bureau\s+of\s+Investigation)")
_COUNTY_REACH_KM = 50.0  # a county's point to its towns' (``_around_the_dateline``)
_HOMETOWN_BEFORE = re.compile(r"\b(?:\d{1,3}-year-old|man|woman|men|women|boy|girl|teen(?:ager)?s?|residents?|drivers?|"
                              r"motorists?|passengers?|suspects?|victims?|couple|family)\s+(?:[\w-]+\s+){0,2}?from\s+$",
                              re.I)


def _around_the_dateline(area, town) -> bool:
    """Whether ``area`` is the dateline's ``town`` or the county or region around it (whose force polices it; another
    town's police is that town's: "SAN FRANCISCO — A fourth Oakland police officer who was shot")."""
    return area.id == town.id or _contains(area, town) or area.kind == "admin2" and area.admin1 == town.admin1 \
        and _km(area, town) < _COUNTY_REACH_KM


# The dateline's country as those who tell the news: "NEWARK, N.J. (Reuters) - Newark Mayor Ras Baraka was arrested
# on Friday outside Delaney Hall, ..., U.S. officials said" (the arrest is the dateline's; had made no event).
_COUNTRYS_TELLERS_AFTER = re.compile(r"\s+(?:officials|authorities|sources|prosecutors|police)\s+"
                                     r"(?:said|say|says|told|reported|announced)\b")


def _datelined(text: str, s: int, e: int, in_sentence: list[Resolution]) -> list[Resolution]:
    """The dateline of a sentence that names no other place: its place ("PORTLAND, Maine — A
    three-alarm fire destroyed an apartment building early Wednesday"), or the place a bulletin's
    item opens with ("- Guayaquil: On 11 March, ..."). Not when the sentence names another, as no
    location ("made landfall in Dinalungan, Aurora"), or says in words where ("in the country's
    north", "a remote mountainous region"); a capital's only for some types (``_dateline_types``):
    its wires tell of the whole country ("BEIJING (Reuters) - A magnitude 6.8 earthquake struck")."""
    dateline = next((r for r in in_sentence if r.candidate.dateline and r.entry is not None), None)
    heading_end = None
    if dateline is None:
        mark = _ITEM_MARK.match(text, s, e)
        dateline = next((r for r in in_sentence if r.candidate.start == mark.end() and r.entry is not None), None)
        heading = dateline and _ITEM_PLACE_END.match(text, dateline.candidate.end, e)
        if not heading:
            return []
        heading_end = heading.end()
    if _PLACE_IN_WORDS.search(text, s, e) or _SAID_THAT.search(text, s, e) or _BACKGROUND.search(text, s, e):
        return []  # nor what someone said of somewhere ("GENEVA - The WHO said that cholera has killed 400")
    if any(r is not dateline and r.entry is not None and r.entry.id == dateline.entry.id
           and _where_they_spoke(text, s, r.candidate) for r in in_sentence):
        return []  # nor when the sentence names the dateline's town again as where its tellers sit: "ANKARA (Reuters)
        # — Turkish police detained 47 people ... in raids across 12 provinces, the interior ministry in Ankara
        # announced on Friday" (had made an arrest at Ankara)
    qualifier = dateline.candidate.qualifier
    others = [r for r in in_sentence if r is not dateline and r.entry is not None and r.entry.id != dateline.entry.id
              and r.candidate.role == "place"  # not "U.S." in "the U.S. Immigration and Customs Enforcement"
              and not (qualifier is not None and r.candidate.start == qualifier.start)
              and (heading_end is None or r.candidate.start >= heading_end)  # "Jamundi (Cauca/Valle del Cauca):"
              and not (r.entry.kind == "admin1" and _UNIVERSITY_AFTER.match(text, r.candidate.end))  # (``_located``)
              and not _a_chapters_country(text, s, r)  # "Amnesty International Kenya said" (``_located``)
              and not (_THIS_BEFORE.search(text, max(s, r.candidate.start - 30), r.candidate.start)
                       and _TOWN_AFTER.match(text, r.candidate.end))  # the dateline's town itself
              and not (_LOCAL_AGENCY_AFTER.match(text, r.candidate.end) and _around_the_dateline(r.entry, dateline.entry))
              and not _HOMETOWN_BEFORE.search(text, max(s, r.candidate.start - 50), r.candidate.start)
              and not (r.entry.kind == "country" and r.entry.country == dateline.entry.country
                       and _COUNTRYS_TELLERS_AFTER.match(text, r.candidate.end))
              and not _marks_the_datelines_site(text, s, r, dateline)]
    return [] if others else [dateline]


# A bigger city the dateline's site lies outside or near, a landmark for readers from afar: "WINDER, Ga. (AP) — A
# 14-year-old student opened fire at Apalachee High School outside Atlanta on Wednesday morning" (Winder is 72 km from
# Atlanta; the shooting had been Atlanta's); within this reach of the dateline.
_LANDMARK_CITY_REACH_KM = 100.0
# ... a city big enough to be one, and well bigger than the dateline's town: "COMMERCE, Ga. — ... a crash on Interstate
# 85 near Braselton" is Braselton's, a town of 14,000 beside Commerce's 7,000.
_LANDMARK_CITY_POPULATION = 100_000
# ... or the state or country a single site of the dateline's town lies in: "GRAND BLANC TOWNSHIP, Mich. (AP) — A
# gunman crashed his pickup truck into a Mormon church in Michigan during Sunday services" (had been Michigan's);
# not "HOUSTON — Floods across Texas killed 20", the state's.
_A_SITE_IN_BEFORE = re.compile(r"\b(?:an?|the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:church|school|"
                               r"mosque|synagogue|temple|mall|store|supermarket|restaurant|bar|nightclub|club|home|"
                               r"house|hospital|factory|plant|park|market|festival|concert|campus|university|college|"
                               r"office|warehouse|hotel|stadium|station)\s+in\s+"
                               # (the country's part told by a compass word: "PRAYAGRAJ, India (AP) — A stampede broke
                               # out early Wednesday at the Maha Kumbh festival in northern India" had been India's)
                               r"(?P<compass>(?:north|south)(?:-?(?:east|west))?(?:ern)?\s+|(?:east|west|central)(?:ern)?\s+)?$",
                               re.I)


def _landmarks_of_the_dateline(text: str, s: int, in_sentence: list[Resolution], located: list[Resolution]
                               ) -> list[Resolution]:
    """``located``, or the sentence's dateline instead when every place located only shows where the dateline's
    site is (``_marks_the_datelines_site``)."""
    dateline = next((r for r in in_sentence if r.candidate.dateline and r.entry is not None), None)
    if dateline is None or not located or any(r is dateline for r in located) \
            or not all(r.entry is not None and _marks_the_datelines_site(text, s, r, dateline) for r in located):
        return located
    return [dateline]


def _marks_the_datelines_site(text: str, s: int, r: Resolution, dateline: Resolution) -> bool:
    """Whether the place at ``r`` only shows readers where the dateline's site is: a nearby city it lies outside
    of, or the state or country of a site in the dateline's town (``_LANDMARK_CITY_REACH_KM``,
    ``_A_SITE_IN_BEFORE``)."""
    start = r.candidate.start
    if _NEAR_A_LANDMARK_BEFORE.search(text, max(s, start - 12), start):
        # (a bigger city than the dateline's, another: a smaller one near it is where it happened, "LONDON, Ont. — ...
        # after a crash on Highway 401 near Woodstock")
        return r.entry.kind == "city" and r.entry.id != dateline.entry.id \
            and r.entry.population >= max(_LANDMARK_CITY_POPULATION, 3 * dateline.entry.population) \
            and _km(r.entry, dateline.entry) < _LANDMARK_CITY_REACH_KM
    site = _A_SITE_IN_BEFORE.search(text, max(s, start - 80), start) \
        if r.entry.kind in ("admin1", "country") and _contains(r.entry, dateline.entry) else None
    return site is not None and (not site.group("compass") or _on_the_side_told(site.group("compass"), r.entry,
                                                                                dateline.entry))


def _on_the_side_told(compass: str, area, town) -> bool:
    """Whether ``town`` lies on the side of ``area`` its compass word tells ("northern India" holds Prayagraj), and is
    no capital, whose wires tell of the whole country ("OUAGADOUGOU ... at a Catholic church in eastern Burkina Faso"
    is far from the capital)."""
    if is_capital(town):
        return False
    word = compass.strip().lower()
    return ("north" not in word or town.lat > area.lat) and ("south" not in word or town.lat < area.lat) \
        and ("east" not in word or town.lon > area.lon) and ("west" not in word or town.lon < area.lon)


def _contains(outer, inner) -> bool:
    if outer is inner or outer.id == inner.id:
        return False
    if outer.kind == "country":  # (a county the gazetteer has as a region: "In neighbouring Kenya, four police
        # officers were killed when their vehicle hit an improvised explosive device in Mandera county")
        return inner.country == outer.country and inner.kind in ("admin1", "city", "admin2", "region")
    if outer.kind == "region" and outer.admin1:  # "Darfur" covers North, South and West Darfur
        return inner.kind in ("admin1", "city") and inner.admin1 in outer.admin1.split(";")
    # (and a district of its own: "the flood disaster that occurred in Mokwa Local Government Area of Niger State")
    return outer.kind == "admin1" and inner.kind in ("city", "admin2") and inner.admin1 == outer.admin1


def _by_sentence(resolutions: list[Resolution], spans: list[tuple[int, int]]) -> list[list[Resolution]]:
    """The resolutions that start in each sentence (those between sentences in none)."""
    out, k = [], 0
    for s, e in spans:
        in_sentence = []
        while k < len(resolutions) and resolutions[k].candidate.start < e:
            if resolutions[k].candidate.start >= s:
                in_sentence.append(resolutions[k])
            k += 1
        out.append(in_sentence)
    return out


_ISLAND_OF_BEFORE = re.compile(r"\bislands?\s+of\s+$", re.I)
_REGION_OF = re.compile(r"\s+(?:region|area|district|valley|zone)\s+of\s+(?:the\s+)?", re.I)
# A region or a sea that names the kind of town after it: "Protests were also held in the Black Sea city of
# Batumi and in Kutaisi", "the Donetsk region town of Pokrovsk" (the town is the place).
_QUALIFIES_A_TOWN = re.compile(r"\s+(?:region\s+|coastal\s+|border\s+|port\s+)?(?:city|town|port|village|resort|"
                               r"capital)\s+of\s+", re.I)
_OPENING_FRAME = re.compile(r"(?:[-*+\u2022]\s+)?(?:(?:Meanwhile|Separately|Elsewhere|Also),?\s+)?[Ii]n\s+(?:the\s+)?")
# ("Separately, in Ituri province to the north, CODECO militiamen attacked a camp ... in Djugu territory")
_FRAME_AFTER = re.compile(r"(?:\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ounty))?"
                          r"(?:\s+(?:to|in)\s+the\s+(?:north|south|east|west|northeast|northwest|southeast|southwest))?"
                          r"\s*,")


def _locations(text: str, sent_start: int, in_sentence: list[Resolution],
               speakers_too: bool = False, placed: dict[tuple[int, int], bool] | None = None) -> list[Resolution]:
    """The places a sentence names as locations, the most precise ones where it names a place and
    the region or country containing it; with ``speakers_too``, for a statement, where those who
    make it spoke ("President Zelenskyy, speaking in Kyiv, said"). ``placed``: as for ``_located``."""
    located, prev, prev_ok = [], None, False
    for r in in_sentence:
        ok = _located(text, sent_start, r, prev, prev_ok, speakers_too, placed)
        if ok and prev is not None and not prev_ok and prev.entry is not None and prev.entry.kind == "city" \
                and r.entry.kind in ("admin1", "admin2", "country", "region") \
                and _IN_REGION.fullmatch(text, prev.candidate.end, r.candidate.start) \
                and _FROM_BEFORE.search(text, max(sent_start, prev.candidate.start - 80), prev.candidate.start):
            ok = False  # the region of a town something came from, that says where the town is: "a lorry that
            # arrived at Warrenpoint Harbour on an overnight ferry from Heysham in Lancashire" (no seizure there)
        if ok:
            located.append(r)
        if r.candidate.role == "place":
            prev, prev_ok = r, ok
    # "Minova in South Kivu province": the region says where the town is, though the gazetteer's
    # border may put the town in the next one.
    qualifying = {id(r) for town, r in zip(located, located[1:]) if town.entry.kind == "city" and (
                  r.entry.kind in ("admin1", "admin2", "country", "region")
                  and _IN_REGION.fullmatch(text, town.candidate.end, r.candidate.start)
                  or r.entry.kind == "city" and _NEAR_TOWN.fullmatch(text, town.candidate.end, r.candidate.start)
                  or r.entry.kind == "city" and _THEN_ITS_CITY.fullmatch(text, town.candidate.end, r.candidate.start)
                  and not _ANOTHER_NAME_AFTER.match(text, r.candidate.end) and not _SUBJECT_OF.match(text, r.candidate.end)
                  and r.entry.country == town.entry.country
                  and _km(town.entry, r.entry) < _city_reach_km(r.entry))}
    # "two men were shot in Scarborough, Tobago": the island the town's qualifier names (recognize's "Paris,
    # Texas") says where the town is, though it is a region of no admin-1 code that ``_contains`` cannot tell.
    qualifying |= {id(r) for town, r in zip(located, located[1:]) if town.entry.kind == "city"
                   and town.candidate.qualifier is not None and town.candidate.qualifier.start == r.candidate.start
                   # (not a list that goes on: "150,000 homes in Bagerhat, Khulna and Patuakhali")
                   and not _ANOTHER_NAME_AFTER.match(text, r.candidate.end)}
    # "the Catatumbo region of Norte de Santander": the state says where the region is; "In North
    # Waziristan, security forces killed eight militants ... in Mir Ali", "Meanwhile, in Niger State,
    # a mining site in Shiroro was attacked": a frame the sentence opens with, around its town.
    qualifying |= {id(r) for part, r in zip(located, located[1:]) if r.entry.kind in ("admin1", "country", "region")
                   and _REGION_OF.fullmatch(text, part.candidate.end, r.candidate.start)}
    qualifying |= {id(r) for r, town in zip(located, located[1:]) if r.entry.kind in ("admin1", "region")
                   and town.entry.kind == "city" and _QUALIFIES_A_TOWN.fullmatch(text, r.candidate.end, town.candidate.start)}
    # "the Guadalajara suburb of Tlaquepaque", "the Rinkeby suburb of Stockholm": the bigger city, named before or
    # after its part, says where the part is
    qualifying |= {id(max((r, part), key=lambda c: c.entry.population or 0))
                   for r, part in zip(located, located[1:]) if r.entry.kind == "city" and part.entry.kind == "city"
                   and _PART_OF_THE_CITY.fullmatch(text, r.candidate.end, part.candidate.start)}
    # "in Seoul's Yongsan district": a town whose part, a place of its own, its possessive names says where the part is
    # (the arrest had been made in Seoul too)
    qualifying |= {id(r) for r, part in zip(located, located[1:]) if r.candidate.role == "possessive"
                   and r.entry.kind == "city" and part.entry.kind == "city" and r.entry.id != part.entry.id
                   and _POSSESSIVE_OF_A_PLACE.fullmatch(text, r.candidate.end, part.candidate.start)}
    # "strikes on the Houthi-held island of Kamaran in the Red Sea killed two people": the sea says where the island is
    qualifying |= {id(r) for isle, r in zip(located, located[1:]) if r.entry.kind == "region"
                   and _ISLAND_OF_BEFORE.search(text, max(sent_start, isle.candidate.start - 20), isle.candidate.start)
                   and _IN_REGION.fullmatch(text, isle.candidate.end, r.candidate.start)}
    # ... and of a shoal, a reef or a town on its shore named before it: "A Chinese coast guard ship fired a water
    # cannon at a Philippine government vessel near Scarborough Shoal in the South China Sea" (had been two attacks,
    # at the shoal and at the sea); a sea is a region of no country
    qualifying |= {id(r) for part, r in zip(located, located[1:]) if r.entry.kind == "region" and r.entry.country is None
                   and part.entry.kind in ("region", "city") and part.entry.id != r.entry.id
                   and _IN_REGION.fullmatch(text, part.candidate.end, r.candidate.start)}
    qualifying |= {id(r) for r in located[:1] if r.entry.kind in ("admin1", "admin2", "region")
                   and _OPENING_FRAME.fullmatch(text, sent_start, r.candidate.start)
                   and _FRAME_AFTER.match(text, r.candidate.end)
                   and any(o.entry.country == r.entry.country and o.entry.kind in ("city", "region", "admin2")
                           and o.entry.id != r.entry.id and not _clauses_apart(
                               text, (r.candidate.start, r.candidate.end), (o.candidate.start, o.candidate.end))
                           for o in located[1:])}
    # "In Khartoum, the army said RSF drones struck a power station in Omdurman": where they spoke.
    witnesses = {id(r) for r in located if not speakers_too and r.candidate.start - 3 <= sent_start
                 and text[max(sent_start, r.candidate.start - 3):r.candidate.start].lower() == "in "
                 and _SPOKE_IN_BEFORE.match(text, r.candidate.end)
                 and any(o.candidate.start > r.candidate.end for o in located)}
    witnesses |= {id(r) for r in located if not speakers_too and _SPEAKERS_AFTER.match(text, r.candidate.end)
                 and _WITNESSES_IN.search(text, max(sent_start, r.candidate.start - 40), r.candidate.start)
                 and any(o.candidate.start > r.candidate.end for o in located)}
    # A river over its banks is its flood's place only where the sentence names no other: "four people had drowned
    # and two were still missing after the Phalombe River burst its banks on Saturday night" (had made no event),
    # not "Parts of York were under water on Thursday after the River Ouse burst its banks" (York's).
    if len(located) > 1:
        located = [r for r in located if not _BURST_ITS_BANKS_AFTER.match(text, r.candidate.end)]
    # A region "across" or "throughout" which something happened is its place, whatever towns
    # the sentence also names ("strikes killed 31 across the Gaza Strip, as tanks advanced into Rafah").
    return [r for r in located if id(r) not in qualifying | witnesses
            and (_ACROSS_BEFORE.search(text, max(sent_start, r.candidate.start - 20), r.candidate.start)
                 or not any(_contains(r.entry, o.entry) and not _clauses_apart(
                     text, (r.candidate.start, r.candidate.end), (o.candidate.start, o.candidate.end))
                            and not _since_apart(text, (r.candidate.start, r.candidate.end),
                                                 (o.candidate.start, o.candidate.end))
                            for o in located))]


_WHILE = re.compile(r",\s+while\b", re.I)
# ", as" what grew or mounted, a clause of the mood the news met: "a magnitude-7.6 earthquake devastated much of
# Ishikawa Prefecture, as speculation grew in Nagatacho that the prime minister would dissolve the lower house" (had put
# the quake at Nagatacho too)
_AS_IT_GREW = re.compile(r",\s+as\s+(?:(?:[\w-]+\s+){1,3}?(?:grew|grows|mounted|mounts|swirled|rose|deepened|"
                         r"intensified|simmered|loomed|"
                         # ("as smog continued to blanket much of Punjab")
                         r"continued\s+to\s+(?:blanket|shroud|cover|grip))|"
                         # (or what waited, stuck, to bring relief: "Famine has spread to the besieged city of El Fasher
                         # ..., as a convoy of 40 trucks carrying flour and medicine remained stuck at the Adre border
                         # crossing from Chad", no famine at Adre)
                         r"(?:[\w-]+\s+){1,10}?(?:remained|remains|remain|were|was|sat|lay)\s+(?:stuck|stranded|"
                         r"blocked|held\s+up|idle))\b", re.I)
# "since" that opens a clause of what began a period (not "since January", "since 2015", "has since", "since then")
_SINCE_CLAUSE = re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bever )\bsince\b(?!\s+(?:then\b|(?:early|late|mid|last|this|"
                           r"the\s+(?:start|beginning|end|middle)\s+of)\b|(?-i:[A-Z][a-z]+day|January|February|March|April|"
                           r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                           r"Oct|Nov|Dec)\b|\d|dawn\b|midnight\b|yesterday\b|records?\b))", re.I)
_SINCE_CLAUSE_ENDS = re.compile(r"[,;]")  # "based in Port Sudan since war broke out in Khartoum in April 2023, said"
# (or ", where": "outpacing Sri Lanka, whose auctions in Colombo have also seen weaker prices, and India, where flooding
# in Assam disrupted plucking" had made a flood in Colombo too)
_OWN_CLAUSE_OPENS = re.compile(rf",\s+(?:while|where)\b|{_SINCE_CLAUSE.pattern}", re.I)
# ... but floods and fires spread, told in few words: "while parts of Terengganu and Kelantan ... were also under
# water", "while a third, in Arouca in the north of Aveiro district, spread into the Serra da Freita"
_SPREADING_TYPES = frozenset({"statement", "disaster", "accident"})


def _in_a_quiet_while_clause(sentence: str, wording: int, place: int) -> bool:
    """Whether the place lies in a clause opened by ", while" (or "since", ``_since_clause_around``) after the event's
    wording, a clause that tells of no event and no harm of its own: "At least 12 people were killed in clashes ... in
    Syria's southern Deraa province, ..., the worst violence in the area since the new authorities took power in
    Damascus" (no battle in Damascus)."""
    if wording >= place:
        return False
    opened = _last_opener(_WHILE, sentence, wording, place)
    since = _since_clause_around(sentence, wording, place)
    if since is not None and (opened is None or since.start() > opened.start()):
        end = _SINCE_CLAUSE_ENDS.search(sentence, place)
        return _tells_no_event(sentence[since.end():end.start() if end else len(sentence)])
    return opened is not None and _quiet_from(sentence, opened.end(), place)


def _in_a_quiet_as_clause(sentence: str, wording: int, place: int) -> bool:
    """Whether the place lies in a clause opened by ", as" what grew (``_AS_IT_GREW``) after the event's wording, a
    clause that tells of no event and no harm of its own; a flood's or a quake's too, which spread in no such clause."""
    opened = _last_opener(_AS_IT_GREW, sentence, wording, place) if wording < place else None
    return opened is not None and _quiet_from(sentence, opened.end(), place)


def _in_a_quiet_who_aside(sentence: str, wording: int, place: int) -> bool:
    """Whether the place lies in an aside on a person between commas (", who ... ,") that tells of no event of its
    own, while the event's wording lies outside it: "Hilton, who has described abuse she suffered at a facility in
    Utah, also met Gov. Wes Moore" (had been talks in Utah)."""
    opens = sentence.rfind(", who ", 0, place)
    closes = sentence.find(",", place)
    return opens >= 0 and closes >= 0 and not opens < wording < closes \
        and not any(mark in _REGION_APPOSITION.sub("", sentence[opens + 1:place]) for mark in ",;()") \
        and _tells_no_event(sentence[opens + 6:closes])


# A town's region between commas, no break of the aside it is in: "Axel Rudakubana, who was born in Cardiff, Wales, to
# Rwandan parents and lived in the village of Banks in Lancashire, was also charged with 10 counts of attempted
# murder" (the charge had been Banks's, the suspect's home).
_REGION_APPOSITION = re.compile(r",\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},")


def _last_opener(opener: re.Pattern, sentence: str, start: int, end: int) -> re.Match | None:
    """The last match of ``opener`` in ``sentence[start:end]``: the clause opener nearest ``end``."""
    opened = None
    for m in opener.finditer(sentence, start, end):
        opened = m
    return opened


def _quiet_from(sentence: str, start: int, place: int) -> bool:
    """Whether the clause from ``start`` to the first break after the place tells of no event (``_tells_no_event``)."""
    end = CLAUSE_BREAK.search(sentence, place)
    return _tells_no_event(sentence[start:end.start() if end else len(sentence)])


def _tells_no_event(clause: str) -> bool:
    """Whether a clause tells of no event and no harm: none, or only a statement."""
    found = classify(clause)
    return (found is None or found == "statement") and not _DEAD_OR_HURT.search(clause) \
        and not _HARM_WORD.search(clause)


# A clause that tells the same event of more places.
_TOLD_ALIKE = re.compile(r"\b(?:also|too|likewise|similarly)\b", re.I)


def _told_in_a_while_clause_of_its_own(sentence: str, type_id: str, wording: int, place: int,
                                       others: list[int], named: list[int]) -> bool:
    """Whether the event's wording lies in a clause opened by ", while", ", where" or "since" after the place, a
    clause that names another place of its own, whose event it tells: "Last month a woman was killed by an elephant in
    Mwatate, while in Laikipia, herders have clashed with rangers" (no clash in Mwatate); "pilgrims gathered in Gondar
    on Sunday ... for the first time since fighting broke out in the Amhara region in 2023" (no battle in Gondar).
    ``others``: where the sentence's other located places start; ``named``: where all its places do."""
    if wording <= place:
        return False
    opened = _last_opener(_OWN_CLAUSE_OPENS, sentence, place, wording)
    if opened is None:
        return False
    if opened.group().endswith("where"):
        # the event is the place's when a "where" clause is told of it ("agents in Vermont, where a 45-year-old man from
        # Burlington was arrested Tuesday") or beside an event of its own before it ("Helene killed more than 100
        # people in North Carolina and over 230 across six states, from Florida's Big Bend, where it made landfall"),
        # or when the clause names no place of its own, unless it lies in a "while" clause that does ("400,000 people
        # are displaced in Niger's Diffa region, while in Chad's Lac province, where the town of Bol sits on the lake
        # shore, floods last year destroyed fields and homes")
        return any(place < other < opened.start() for other in named) \
            and classify(sentence[:opened.start()]) in (None, "statement") \
            and _names_a_place_of_its_own(sentence, type_id, opened, wording, others) \
            or _told_in_a_while_clause_of_its_own(sentence, type_id, opened.start(), place, others, named)
    if opened.group().lower() == "since" and type_id == "statement":
        return False  # who speaks, where they have been since: "Sudan's army-led government, based in Port Sudan since
        # war broke out in Khartoum in April 2023, said"
    return _names_a_place_of_its_own(sentence, type_id, opened, wording, others)


def _names_a_place_of_its_own(sentence: str, type_id: str, opened: re.Match, wording: int, others: list[int]) -> bool:
    """Whether the clause ``opened`` opens, up to the end of the event's wording's clause, names another place
    (``others``) whose event it tells, not the same event told on of more places."""
    end = (_SINCE_CLAUSE_ENDS if opened.group().lower() == "since" else CLAUSE_BREAK).search(sentence, wording)
    end = end.start() if end else len(sentence)
    if type_id == "exercise" or _TOLD_ALIKE.search(sentence, opened.end(), end):
        return False  # the same event told on: "The worst affected districts are ... in the Western Province and
        # Sabaragamuwa, while parts of Galle and Matara ... were also inundated"; an exercise's ranges and seas
    return any(opened.end() <= other < end for other in others)


def _city_reach_km(city) -> float:
    """How far from its centre a city's own parts lie: a city of a million people spreads farther than a
    town ("a taxi rank in Nyanga, Cape Town", 17 km from the centre)."""
    return 25 if (city.population or 0) >= LARGE_CITY_POPULATION else 15


def _km(a, b) -> float:
    """The distance between two entries, in kilometres (near enough at a town's scale)."""
    dlat = (a.lat - b.lat) * 111.2
    dlon = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dlat, dlon)


def _clauses_apart(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of ``text`` lie in different clauses: "Shelling in northern Gaza killed
    eight, and a strike on Gaza City killed four" tells of the Strip and of the city."""
    (_, first_end), (second_start, _) = sorted((a, b))
    return CLAUSE_BREAK.search(text, first_end, second_start) is not None


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_FOR_A_PERIOD_BEFORE = re.compile(r"\bfor\s+$", re.I)
# ... nor a day to come that a "which" clause after the place gives another noun: "The attack happened at about 3:15
# a.m. ... in the city's French Quarter, hours before the Sugar Bowl college football game, which was postponed to
# Thursday" is the game's Thursday, not the attack's
_WHICH_CLAUSE_BETWEEN = re.compile(r",\s+(?:which|who|whose)\b")
# A year that closes a "which" aside, read back from the year: it dates the aside's event, not one told after the aside
# ("In Malawi, which suffered its deadliest outbreak on record in 2023, cases have been confirmed in 14 districts,
# including ... Mangochi" is no outbreak of 2023 in Mangochi).
# (an aside on a name, not on the event's noun: "The quake, which struck late on September 8, 2023, killed nearly 3,000
# people ... in Al Haouz" is of that day, and so is a storm's name: "Cyclone Chido, which struck in December,
# destroyed much of the water network around Mamoudzou")
_ANOTHER_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and)\b|;")
_WHICH_ASIDE_BEFORE = re.compile(r"(?P<head>(?:[\w'\u2019-]+\s+){0,2}(?-i:[A-Z])[\w'\u2019-]*),\s+(?:which|who|whose)\b"
                                 r"[^,;.()]{0,100}$")
# (but the year that names an event's noun is no deadline after "through": "had also lived through the 2018 shooting
# at Marjory Stoneman Douglas High School in Parkland, Florida, that killed 17 people" is 2018's, not the Thursday the
# sentence's students were on campus)
_YEAR_BEFORE_ITS_NOUN = re.compile(r"[Tt]he\s+(?:19|20)\d\d\s*")
# ... or a deadline's, what is projected by then: "Famine is occurring in Gaza City and is projected to spread to Deir
# al-Balah and Khan Younis by the end of September" (the famine in Gaza City had been September's)
_BY_THE_END_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# ... and so is any day or month by which something will be done: "said work on a gas-gathering project in Khuzestan
# province, around Ahvaz, would be completed by March" (the minister's statement had been March's)
_TO_BE_DONE_BEFORE = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|(?:expected|due|set|aims?|plans?)\s+to)\b"
                                r"[^.;]*$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
# A court's act between a crime and a day after it: the day is the sentence's or the verdict's, not the crime's: "A
# man who shot dead a father of two outside a pub in Merseyside was jailed for life on Tuesday" (the shooting had
# been Tuesday's, over a year after it happened).
_COURT_ACT_BETWEEN = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been|is|are)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:jailed|sentenced|convicted|acquitted|cleared|imprisoned|"
                                r"found\s+(?:not\s+)?guilty)\b", re.I)


def _names_aside_before(text: str, lo: int, date: DateMention) -> re.Match | None:
    """The "which" aside on a name (``_WHICH_ASIDE_BEFORE``), from ``lo`` on, that the year at ``date`` closes; none
    when the aside's head names an event ("Cyclone Chido, which struck in December, destroyed ...")."""
    aside = _WHICH_ASIDE_BEFORE.search(text, max(lo, date.start - 130), date.start)
    return aside if aside is not None and classify(aside.group("head")) is None else None


def _since_apart(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether the second of two spans of ``text`` lies in a "since" clause after the first: it tells what began a
    period the first is in ("pilgrims gathered in Gondar ... since fighting broke out in the Amhara region")."""
    (_, first_end), (second_start, _) = sorted((a, b))
    return _since_clause_around(text, first_end, second_start) is not None


def _since_clause_around(text: str, start: int, at: int) -> re.Match | None:
    """The "since" (``_SINCE_CLAUSE``) between ``start`` and ``at`` whose clause is still open at ``at``: no comma or
    semicolon closes it before ("... for the first time since the catastrophic floods of 2024, testing repairs that
    cost the state of Rio Grande do Sul" is open no more at the state)."""
    opened = _last_opener(_SINCE_CLAUSE, text, start, at)
    return opened if opened is not None and not _SINCE_CLAUSE_ENDS.search(text, opened.end(), at) else None


# A second report the sentence joins after its event, with a speaker of its own or as a second "that": its places
# are that report's, not the event's: "Police said they had detained 74 people in raids before the vote ..., and
# Moldovan officials said polling stations abroad had received bomb threats in Brussels, Rome and several U.S.
# cities", "Interior Minister Vagondo Diomande said 27 people had been arrested since Saturday ... and that a gendarme
# was wounded in Daloa" (had been arrests in Brussels, Rome and Daloa; that report's own wording, had it one, would
# be nearer its places); a violent event's toll may go on in the second ("a drone had struck an industrial
# enterprise in the city and that a woman had been injured in neighbouring Engels"), and its places stay.
_ANOTHER_REPORT = re.compile(r"(?:,\s+|\s)(?:and|while|but)\s+(?:that\b|(?:[\w'\u2019.-]+\s+){1,4}?"
                             r"(?<!was )(?<!were )(?<!been )(?:said|says|say|told|added)\b)")


def _told_in_another_report(sentence: str, wording: int, place: int) -> bool:
    """Whether a second report (``_ANOTHER_REPORT``) opens between the event's wording at ``wording`` and the place
    named after it at ``place`` (offsets in the sentence)."""
    return wording < place and _ANOTHER_REPORT.search(sentence, wording, place) is not None


# A sentence that tells of one more of what the sentence before told, by its verb alone.
_ANOTHER_HIT = re.compile(r"(?:another|a\s+second|a\s+third|a\s+fourth|one|others)(?:\s+[\w-]+){0,2}?\s+"
                          r"(?:hit|struck|slammed\s+into|crashed\s+into|landed\s+(?:in|on|near)|exploded\s+(?:in|over|near))\b",
                          re.I)
_TOLD_AGAIN_TYPES = frozenset({"strike", "shelling", "attack"})
# Words that tell a story goes on with the lead's news: "Another strike", "Drones also struck".
_GOES_ON = re.compile(r"\b(?:another|also|separately|separate|meanwhile|elsewhere|further|later)\b", re.I)
# What has gone on up to the news' day, told in the present perfect (``_events``): "has intensified in recent weeks",
# "have continued around Masisi and Walikale".
_GOES_ON_TO_NOW = re.compile(r"\b(?:has|have)\s+(?:also\s+)?(?:continued|intensified|escalated|persisted|raged|resumed|"
                             r"worsened)\b|\bin\s+recent\s+(?:days|weeks)\b|"
                             # ... or again and again: "Across the Dnipro River, the Ukrainian-held city of Nikopol has
                             # been shelled almost daily." (after the dam "destroyed in June 2023", had been June 2023's)
                             r"\b(?:has|have)\s+been\s+\w+ed\s+(?:(?:almost|nearly|virtually)\s+)?(?:daily|nightly|"
                             r"regularly|routinely|repeatedly|every\s+(?:day|night))\b", re.I)
# The story's quake or storm named again as it struck (``_events``): "the quake struck at 10:42 p.m.".
_THE_HAZARD_STRUCK = re.compile(r"\bthe\s+(?:quake|earthquake|tremor|storm|typhoon|cyclone|hurricane|tornado)\s+"
                                r"(?:struck|hit|made\s+landfall)\b", re.I)
# What a strike hit, told in the simple past (not "Russia has struck Izmail at least a dozen times").
_HIT_THEN = re.compile(r"(?<!has )(?<!have )(?<!had )(?<!been )\b(?:struck|hit|damaged)\b")
# A crowd that gathered, told in the simple past (not "Protesters have gathered every Friday since March", nor
# captives marched off: "The victims ... were marched into the forest towards Kajuru").
_GATHERED_THEN = re.compile(r"(?<!has )(?<!have )(?<!had )(?<!was )(?<!were )\b(?:gathered|rallied|demonstrated|"
                            r"marched(?!\s+(?:the|them|him|her|their|his|its)\b)|took\s+to\s+the\s+streets)\b")
# Background, history and war tolls, which the lead's day does not date: "The 2020 explosion at
# the Beirut port killed 200", "the deadliest attack since", "the invasion has killed 12,000".
# ("More than 2 million people have been displaced by the violence in Burkina Faso")
_PAST_OR_CUMULATIVE = (r"(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|wounded|injured)|"
                       rf"(?:has|have|had)\s+(?:now\s+)?been\s+displaced|since(?!\s+{_SINCE_THE_PROTESTS_BEGAN})|"
                       r"so\s+far|"
                       r"to\s+date|in\s+total|overall|last\s+(?:year|month|week)|(?:19|20)\d\d|deadliest|worst|ago|"
                       r"previous|invasion")
# ("43 people were arrested during riots that summer": 2024's, dated by this week's lead)
_BACKGROUND = re.compile(rf"\b(?:{_PAST_OR_CUMULATIVE}|this\s+(?:year|month)|recalled|remembered|anniversary|"
                         r"that\s+(?:summer|winter|spring|autumn|year)|"
                         r"in\s+the\s+war|sentenced|convicted|trial|followed|recent\s+(?:years|months)|"
                         r"(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier))\b", re.I)
# ... nor is a toll of a war, a year or another event, told after an event, the event's: "The
# invasion has killed 12,000 civilians", "Last year 2,400 were killed", "a day after 11 people
# were killed".
# The dead found since, by which a toll rose, are no other toll: "the toll had risen to 23 after six more bodies were
# found in the bush near the village" (``_ANOTHER_TOLL``'s "after" had lost the 23).
_MORE_FOUND_AFTER = re.compile(rf"\bafter\s+(?:{_DIGITS}|\d+|{_NUMBER_IN_WORDS})\s+(?:more|further|additional|other)\s+"
                               r"(?:bodies|people|victims)\s+(?:were|had\s+been|have\s+been)\s+(?:found|recovered|"
                               r"retrieved|discovered|pulled)\b", re.I)
_ANOTHER_TOLL = re.compile(rf"\b(?:{_PAST_OR_CUMULATIVE}|alone|this\s+(?:year|month|week)|"
                           r"in\s+the\s+(?:war|conflict|fighting|region|country)|over\s+the\s+(?:past|last)|after|"
                           r"before|earlier|war|conflict|similar|recent|province|"
                           # the toll of other places, or of all: "In the Sviatoshynskyi district, 14 people died ...
                           # Another nine people were killed elsewhere in the city." (had been the district's 9)
                           r"elsewhere|nationwide|countrywide|across\s+the\s+(?:country|nation)|"
                           r"January|February|March|April|May|June|July|August|September|October|November|December)\b",
                           re.I)
# Where a sentence turns from the news to history: "17 people were killed in Wayanad on Tuesday,
# a little over a year after landslides ... killed more than 230"; "... recorded in May 2024, when
# floods killed 183 people". What it tells after that is the past's, not the places' before it.
# "two weeks after a deadly attack on Hindu tourists in Pahalgam" (India's strikes of that day had
# put a shelling and half of Pakistan's toll on Pahalgam) turns as "a year after" does.
# "eleven years after the 2014 Chibok kidnapping, when Boko Haram abducted 276 schoolgirls", "the
# latest in six months of protests led by students since a railway station canopy collapsed in Novi
# Sad, killing 16 people" (a protest in Novi Sad that Friday had taken the 16). What went on those months or days
# ("during") is the news, not the past: "At least 21 people were killed in two days of rioting in Mozambique after
# the country's top court confirmed the ruling Frelimo party's win" (the court's statement in Mozambique, had been).
# (a count in two words too, whose units alone would count: "Forty-three years after the massacre at Pacoxom, a
# Guatemalan court on Thursday sentenced ..." had been three years before)
_TURN_COUNT = rf"(?:{'|'.join(_TENS_WORDS)})(?:[- ](?:{'|'.join(_UNIT_WORDS)}))?|an?|one|two|three|four|five|six|" \
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+"
_HISTORY_TURN = re.compile(
    rf"\b(?:(?:{_TURN_COUNT})\s+(?:little\s+)?(?:(?:over|more\s+than|less\s+than)\s+)?"
    r"(?:years?|months?|decades?|weeks?|days?)\s+(?P<during>of\s+(?:[\w-]+\s+){1,4}?)?(?:after|since)|"
    r"(?:in|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+)?(?:19|20)\d\d\s*,\s*when|"
    # "The floods are Spain's deadliest since 1973, when at least 150 people died in flooding in Granada, Murcia
    # and Almeria" (three undated floods of the week, had been)
    r"since\s+(?:19|20)\d\d\s*,\s*when|"
    # "Floods killed 12 people in Kathmandu on Sunday, after floods last year killed more than 200" (the 200
    # had been Sunday's)
    r"after\s+(?=(?:[\w-]+\s+){0,4}?last\s+(?:year|month|week)\b)|"
    # what began the investigation that led to an arrest: "The suspects were detained in Catania, Syracuse and
    # Ragusa after a two-year investigation that began when a fishing boat carrying 600 migrants was intercepted
    # off Pozzallo in 2023." (the arrests had been dated 2023)
    r"(?:investigation|probe|inquiry)\s+(?:that|which)\s+(?:began|started|was\s+opened|opened)\s+(?:when|after|in)\b|"
    # what a court judged, the past of its verdict: "A court in western Kazakhstan has sentenced three activists to
    # five years in prison for organizing a protest in the oil town of Zhanaozen" (a protest that day, had been),
    # "An anti-terrorism court in Peshawar on Saturday sentenced nine men to life in prison for their role in the
    # January 2023 suicide bombing" (an attack of that Saturday, had been), "Kazakh court jails activists over
    # Zhanaozen protest"
    r"(?P<court>\b(?:sentenc(?:ed|es|ing)|jail(?:ed|s|ing)|imprison(?:ed|s|ing)|convict(?:ed|s|ing)|"
    r"acquit(?:ted|s|ting))\s+(?:[\w'\u2019-]+\s+){0,8}?(?:for|over|accused\s+of)\b"
    # (the crime's "for", not the term's: "Axel Rudakubana, 18, was jailed for a minimum of 52 years in January for the
    # murders of the three girls in Southport" had been January's murders; "acquitted five men accused of involvement
    # in the 2006 bomb blasts in Malegaon" had been the verdict's Thursday)
    r"(?!\s+(?:life|a\s+minimum|a\s+maximum|at\s+least|up\s+to|a\s+(?:total|term)|(?:\w+|\d+)\s+(?:years?|months?|"
    r"weeks?|days?)\b)))|"
    # "days after" with no count: "appeared before a military court in Kampala on Wednesday, days after his wife
    # said he was abducted in Nairobi" (an attack in Kampala that Wednesday, had been)
    r"(?<![\w-]\s)\b(?:days|weeks|months)\s+after\b)",
    re.I)
_INVESTIGATION_BEGAN = re.compile(r"(?:investigation|probe|inquiry)\s", re.I)
_TURN_SPAN = re.compile(rf"(?P<num>{_TURN_COUNT})\s+(?:little\s+)?(?:(?:over|more\s+than|"
                        r"less\s+than)\s+)?(?P<unit>year|month|week|day)s?\b", re.I)
# Where the past's clause ends and the news goes on: "two weeks after a deadly attack on Hindu
# tourists in Pahalgam, and Pakistan said 26 civilians were killed" (the 26 are the strikes').
_HISTORY_END = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?!(?:\w+ing|killed|injured|wounded|left)\b)", re.I)


def _turn_date(turn: re.Match, published: dt.date | None, news: DateMention | None, text: str,
               end: int) -> DateMention | None:
    """About when the past a sentence turns to happened: "... a year after a missile hit a hospital
    in Kyiv, killing 30" is about a year before the article (its month, approximate); "strikes ...
    on Wednesday, two weeks after a deadly attack" two weeks before the news' day ``news`` (its day);
    a year the past names (up to ``end``) is its date."""
    year = _YEAR.search(text, turn.end(), end) or (
        _YEAR.search(text, turn.start(), turn.end()) if turn.group()[:5].lower() == "since" else None)
    if year is not None:  # "eleven years after the 2014 Chibok kidnapping": 2014
        return DateMention(year.group(), year.start(), year.end(), year.group())
    span = _TURN_SPAN.match(turn.group())
    if span is None or published is None:
        return None  # "decades after", "in May 2024, when": the sentence's own dates tell
    num = span.group("num").lower()
    count = 1 if num in ("a", "an") else int(_number(num))
    if span.group("unit").lower() in ("week", "day"):
        since = dt.date.fromisoformat(news.value) if news is not None and len(news.value) == 10 else published
        days = count * (7 if span.group("unit").lower() == "week" else 1)
        return DateMention(turn.group(), turn.start(), turn.end(), (since - dt.timedelta(days=days)).isoformat(), True)
    months = published.year * 12 + published.month - 1 - count * (12 if span.group("unit").lower() == "year" else 1)
    if months < 0:
        return None
    return DateMention(turn.group(), turn.start(), turn.end(), f"{months // 12:04d}-{months % 12 + 1:02d}", True)


_OVER_YEARS = re.compile(r"\b(?:in\s+recent\s+(?:years|months)|"
                         r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|for\s+(?:years|decades)|"
                         # ("Protests against mining have killed dozens of people in Peru's southern Andes in the past
                         # decade"; not a comparison, "More girls are enrolling ... than at any time in the past decade")
                         r"(?<!any\stime\s)in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|"
                         # ... or months of attempts: "Russian forces have tried for months to push into Sumy Oblast from
                         # the Kursk region of Russia, where Ukraine held territory until March" (had made ground
                         # operations in Sumy and in Russia, of March)
                         r"(?:has|have|had)\s+(?:tried|sought|attempted|been\s+trying|been\s+seeking|been\s+attempting)"
                         r"\s+for\s+months)\b", re.I)
# ... or every year, in a sentence that names no year of its own: "The Philippines is struck by about 20 typhoons and
# storms each year" (no one storm, had been the headline typhoon's source; but "Madagascar reports hundreds of
# cases each year, ... and in 2017 an urban outbreak of pneumonic plague in Antananarivo" tells 2017's)
# (or every season: "Assam is hit by floods every monsoon." had been a source of the day's flood in Assam)
_EACH_YEAR = re.compile(r"\b(?:(?:each|every)\s+(?:year|monsoon|summer|winter|spring|autumn|(?:rainy|wet|dry|typhoon|"
                        r"hurricane|monsoon)\s+season)|annually)\b", re.I)
# ... or for a span of years: "The RSF has besieged El Fasher ... for more than a year".
_FOR_YEARS = re.compile(r"\bfor\s+(?:more\s+than|over|nearly|almost|about)\s+(?:a|an|one|two|three|\d+)\s+"
                        r"(?:years?|decades?)\b", re.I)
# ... or a war's months, a trend or a tally since it began (not the worst of them, the day's news): "Violence has
# surged across the West Bank since the start of the Gaza war in October 2023, with at least 870 Palestinians
# killed by Israeli troops or settlers"
_SINCE_THE_WAR = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:war|conflict)\b|"
                            # "More than 1,200 people have been killed in Sinaloa since the fighting began, according
                            # to state figures"
                            # (and "More than 7,000 people have been killed since a separatist insurgency flared in
                            # the Muslim-majority provinces of Pattani, Yala and Narathiwat ... in 2004")
                            r"\bsince\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting|violence|insurgency|"
                            r"rebellion|uprising)\s+"
                            # (not the day it began, told: "since the war began on Oct. 7, 2023, when Hamas-led
                            # gunmen attacked southern Israel")
                            r"(?:began|started|broke\s+out|erupted|flared)\b(?![^;]{0,40}?\bwhen\b)|"
                            # ... or since one launched its invasion: "Kyiv has said 13,000 civilians have been killed
                            # since Russia launched its full-scale invasion of Ukraine in February 2022" (had made a
                            # ground operation in Ukraine, as "since Russia invaded Ukraine" does not)
                            r"\bsince\s+(?:[\w'\u2019.-]+\s+){1,3}?(?:launched|began|started)\s+(?:its|their|his|the|a)\s+"
                            r"(?:[\w-]+\s+){0,2}?invasion\b|"
                            # ... or told by its invader's possessive: "has been played in western cities far from the
                            # front line since Russia's full-scale invasion in 2022" (had been a ground operation)
                            r"\bsince\s+(?-i:[A-Z])[\w-]*['\u2019]s\s+(?:[\w-]+\s+){0,2}?invasion\b", re.I)
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|largest|biggest|heaviest|bloodiest|most|first|highest)\b", re.I)
# What is common or frequent, no event of a day: "Tanker explosions are frequent in Nigeria, where many people live
# in poverty", "Fatal boat accidents are common on Congo's rivers and lakes" (said of the kind, in its opening clause);
# ... or have grown so: "Mass shootings have become common in townships such as Khayelitsha in Cape Town and Umlazi in
# Durban" (had been two attacks, dated by the sentence before).
_HABITUAL = re.compile(r"^[^,;:]{0,80}?\b(?:are|is|remain|remains|(?:have|has|had)\s+become|became)\s+"
                       r"(?:(?:very|all\s+too|fairly|relatively|still|"
                       r"increasingly|especially|particularly)\s+)?(?:common|frequent|commonplace|rife|routine|"
                       r"not\s+uncommon|a\s+(?:common|frequent|regular)\s+occurrence)\b", re.I)
# What a hazard or a season does again and again, in the present: "Seasonal rains often cause floods and landslides in
# Indonesia between October and April." (had been a disaster in Indonesia, dated October), "Cyclones frequently hit
# the coast of Bangladesh".
_DOES_HABITUALLY = re.compile(r"\b(?:often|usually|regularly|frequently|typically|routinely|commonly|generally)\s+"
                              r"(?:cause|causes|trigger|triggers|bring|brings|hit|hits|strike|strikes|lash|lashes|"
                              r"batter|batters|flood|floods|lead\s+to|leads\s+to|result\s+in|results\s+in)\b", re.I)
# What has been done again and again, told with no day of its own, no event of one: "Russia has repeatedly targeted
# Odessa's port infrastructure." (had been an undated strike in Odesa); but "has repeatedly shelled the town, most
# recently on Sunday" tells Sunday's.
# ... or what a cause has made of a hazard over the years: "Scientists say heatwaves and drought have made wildfires
# more frequent along the Dalmatian coast and across the Balkans" (a trend, had been a disaster there); not one that
# names a year's: "making such events more frequent in southern Brazil, where a 2023 cyclone and the 2024 floods killed
# more than 230 people".
_MADE_MORE_LIKELY = re.compile(r"\b(?:made|make|makes|making)\s+(?:[\w-]+\s+){1,3}?(?:more|less)\s+(?:frequent|common|"
                               r"likely|intense|severe|destructive|deadly|extreme)\b", re.I)
_REPEATEDLY = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?(?:repeatedly|regularly|frequently|routinely|often|"
                         r"persistently|periodically|long)\s+(?!been\b)[a-z]+ed\b", re.I)

# A siege or a hold kept since a month or a year, the setting of the news, no event of a day: "The RSF has besieged El
# Fasher, the last major city in Darfur held by the army, since May 2024." (had been an undated ground operation).
_HELD_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|effectively|largely)\s+)?(?:besieged|blockaded|encircled|"
                         r"occupied|controlled|held)\b[^.;]{0,80}?\bsince\b", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom|where)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)


def _held_since(sentence: str) -> bool:
    """Whether the sentence's own clause tells a hold kept since a past time (``_HELD_SINCE``), not an aside on a
    place the news is in: "In Goma, which M23 has controlled since January, residents reported night-time
    abductions" tells the abductions."""
    held = _HELD_SINCE.search(sentence)
    return held is not None and not _RELATIVE_BEFORE.search(sentence, max(0, held.start() - 60), held.start())


def _done_repeatedly(sentence: str) -> bool:
    """Whether the sentence's event is worded as done again and again (``_REPEATEDLY``): its wording lies in
    that verb's phrase, not in another clause ("JNIM fighters killed dozens of soldiers in an attack on an army
    base in Djibo in May, while in Niger, an Islamic State affiliate has repeatedly ambushed troops")."""
    habit = _REPEATEDLY.search(sentence)
    found = habit and classify_match(sentence)
    return bool(found) and habit.start() <= found[1] < habit.end()


_LEAD_PARAGRAPHS = 3  # a headline, a dateline, then the lead: where a news story gives its day
# A year that closes its clause dates the clause's event ("killed 6,300 people in Tacloban in 2013.",
# "which struck Jamaica in 1988,"), unless it is a thing's ("a hospital built in 1963").
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+and\b")
_OF_A_THING = re.compile(r"\b(?:built|founded|established|opened|completed|constructed|erected|born|created|"
                         r"set\s+up|renovated|restored|inaugurated|formed|launched|elected|appointed)\s+$|"
                         # (a record the news broke, set long before: "Phoenix reached 118 degrees Fahrenheit on
                         # Thursday, breaking the record for the date set in 2013, as an extreme heat warning blanketed
                         # much of Arizona" had been 2013's heat; and where it was set, a reading's decimals between:
                         # "Mohenjo-daro ... recorded 53C, close to the national record of 53.7C set at Turbat in
                         # Balochistan in 2017")
                         r"\brecords?\b[^,;]{0,40}?\bset\s+(?:(?:at|in)\s+[^,;]{0,30}?\s+)?$|"
                         # (a war's outbreak, not a disease's: "An outbreak occurred in Seoul in 2015" is 2015's)
                         r"\b(?:since|began|begun|started|outbreak(?=\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:war|conflict|fighting|hostilities|violence)\b)|invasion|war)\b[^,;.]*$", re.I)
# Events whose toll's update day dates them: the report of the toll itself, and a disaster (floods,
# a storm) that goes on while its toll rises; not one attack ("the attack on Abu Shouk").
_DATED_BY_THEIR_TOLL = frozenset({"statement", "disaster"})


# A count of times, not a date: "attacked the town of Macomia ... for the second time this year".
_TIMES_BEFORE = re.compile(r"\btimes?\s+$", re.I)
# A year the news is compared with, which dates no event: "Floodwaters have cut off Fitzroy Crossing ..., with the
# Fitzroy River expected to peak higher than in 2023, authorities said on Tuesday" (had been 2023's flood).
_COMPARED_WITH_BEFORE = re.compile(r"\bthan\s+$", re.I)
# ... nor the span a weather's superlative is measured over: "after a heatwave pushed temperatures to 43 degrees Celsius
# in the western district of Chuadanga, the hottest reading in the country this year" is Sunday's (had been this
# year's).
_WEATHERS_SUPERLATIVE_BEFORE = re.compile(r"\b(?:hottest|coldest|warmest|wettest|driest|snowiest|windiest)\b"
                                          r"[^,;]{0,40}?\s+$", re.I)


def carried(date: DateMention, s: int, names_places: bool) -> bool:
    """Whether a date of the sentence at ``s`` dates later sentences too: not a bare year in a
    sentence naming a place, unless it opens it ("In 2023, ...")."""
    return len(date.value) > 4 or not names_places or date.start == s


def sentence_dates(text: str, published: dt.date | None, s: int, e: int, names_places: bool) -> list[DateMention]:
    """The dates of the sentence at ``s:e`` that date its events: a bare year only in a sentence
    naming no place, opening it ("In 2023, ...") or closing a clause ("killed 6,300 people in
    Tacloban in 2013.", or "police killed 56 people in the Baixada Santista last year," about 2024,
    which had been undated, shown as this week's; "riots that summer"; "has recaptured several towns in the
    Middle Shabelle region this year, including Moqokori"), or naming its disaster ("the 2022 floods, which killed
    four people in Lismore"); "a hospital in Kharkiv built in 1963" dates no strike."""
    return [d if carried(d, s, names_places) or d.text[:3].lower() == "in " or _names_its_year(text, d, s)
            else replace(d, approximate=True)
            for d in find_dates(text, published, s, e)
            if carried(d, s, names_places)
            or d.text[:3].lower() in ("in ", "las", "tha", "thi") and _CLOSES_CLAUSE.match(text, d.end, e)
            and not _TIMES_BEFORE.search(text, max(s, d.start - 6), d.start)
            and not _COMPARED_WITH_BEFORE.search(text, max(s, d.start - 5), d.start)
            and not _WEATHERS_SUPERLATIVE_BEFORE.search(text, max(s, d.start - 50), d.start)
            and not _OF_A_THING.search(text, max(s, d.start - 60), d.start)
            or d.text[:3].lower() == "in " and _A_YEARS_EVENT.search(text, max(s, d.start - 20), d.start)
            or d.text[:3].lower() == "in " and _A_TOLLS_YEAR_BEFORE.search(text, max(s, d.start - 80), d.start)
            and _PLACE_AFTER_THE_YEAR.match(text, d.end, e)
            or d.text[:3].lower() == "in " and _OPENS_A_CLAUSE_BEFORE.search(text, max(s, d.start - 8), d.start)
            or d.text[:3].lower() == "of " and _SEASON_BEFORE.search(text, max(s, d.start - 8), d.start)
            or _names_its_year(text, d, s) or _NAMES_ITS_EVENT_AFTER.match(text, d.end)]


# A year told between a toll and the places it fell in, which dates it as one closing the clause does: "Cyclone
# Freddy, which killed more than 1,000 people in 2023 in Blantyre, Mulanje and Phalombe" (had been undated).
_A_TOLLS_YEAR_BEFORE = re.compile(r"\b(?:killed|killing|claimed|left)\s+(?:[^.;,]|,(?=\d)){0,40}?\b(?:people|persons|civilians|"
                                  r"lives|residents|villagers|dead)\s+$", re.I)
_PLACE_AFTER_THE_YEAR = re.compile(r"\s+(?:in|across|near|around)\s+(?:the\s+)?(?-i:[A-Z])")


# A season's year, which dates what happened in it: "for the murder and unlawful detention of Bosniak civilians in
# Visegrad in the summer of 1992" (had taken the court's Friday).
_SEASON_BEFORE = re.compile(r"\b(?:summer|spring|autumn|fall|winter)\s+$", re.I)


# A year's time whose event the possessive names: "A man who threw bricks at police officers during last summer's riot
# in Southport was jailed" (the riot had been undated).
_NAMES_ITS_EVENT_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:riots?|rioting|disorder|unrest|violence|"
                                    r"attacks?|bombings?|shootings?|stabbings?|massacre|floods?|flooding|wildfires?|"
                                    r"fires?|storms?|earthquake|quake|protests?|clashes)\b", re.I)


# A year that opens a clause of its own, as one opening the sentence does: "carrying messages between Port Elizabeth
# and Johannesburg ..., and in 1963 she was detained for 90 days in Pretoria" (had been undated).
_OPENS_A_CLAUSE_BEFORE = re.compile(r"[,;]\s+(?:and\s+|but\s+|then\s+)?$", re.I)


def _names_its_year(text: str, date: DateMention, s: int) -> bool:
    """Whether ``date`` is a year before the noun of the event it names: "the 2022 floods"; not a record's, which
    the news is measured against ("the Herbert River peaked at 15.2 metres overnight, above the record set during
    the 1967 flood" is this flood's news), nor an anniversary's ("Thousands gathered ... in Nice on Sunday to mark
    the anniversary of the 2016 attack")."""
    return date.text[:4].lower() == "the " and date.text[4:8].isdigit() \
        and not _RECORD_OR_ANNIVERSARY_BEFORE.search(text, max(s, date.start - 40), date.start)


# (a record set, not record volumes handled since: "The port, which handled record volumes after the 2020 explosion at
# Beirut port" dates the explosion)
_RECORD_OR_ANNIVERSARY_BEFORE = re.compile(r"\b(?:records?(?!\s+(?:volumes?|numbers?|levels\s+of|sales|profits?|"
                                           r"revenues?|exports?|imports?|demand|crowds?|turnout)\b)\b[^,.;]*|"
                                           r"anniversary\s+of\s+)$", re.I)


# The event an anniversary remembers, so many years before the day it is marked on: "Tens of thousands of people
# gathered on Friday at a memorial cemetery outside Srebrenica to mark the 30th anniversary of the massacre of more
# than 8,000 Bosnian Muslim men and boys" is 1995's massacre (had been Friday's).
_NTH_ANNIVERSARY_OF_BEFORE = re.compile(r"\b(?P<years>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"
                                        r"(?:[\w'\u2019.-]+\s+){0,4}$", re.I)


def _anniversarys_date(text: str, s: int, wording: int, date: DateMention | None, published: dt.date | None
                       ) -> DateMention | None:
    """The date of the event whose wording (at ``wording``, in the sentence from ``s``) an "Nth anniversary of"
    names: the year so many years before the day the anniversary is marked on (``date``, else the article's); a date
    told between the two is the event's own ("the 30th anniversary of the July 1995 massacre")."""
    nth = _NTH_ANNIVERSARY_OF_BEFORE.search(text, max(s, wording - 80), wording)
    if nth is None or date is not None and nth.end() <= date.start and (
            date.start < wording or published is None or int(date.value[:4]) < published.year):
        return date  # (or told after it, of a year gone: "the 80th anniversary of the liberation of the camp on
        # Jan. 27, 1945", not "marked the 30th anniversary of the massacre on Friday")
    marked = int(date.value[:4]) if date is not None else published.year if published is not None else None
    if marked is None:
        return None
    return DateMention(nth.group().strip(), nth.start(), nth.end(), str(marked - int(nth.group("years"))))


# A year that names the disaster before it: "A drought in 2011 killed about 260,000 people in Somalia", "Floods in
# 2022 killed more than 1,700 people" (had been undated).
_A_YEARS_EVENT = re.compile(r"\b(?:droughts?|floods?|flooding|quakes?|earthquakes?|storms?|hurricanes?|typhoons?|"
                            r"cyclones?|landslides?|mudslides?|wildfires?|fires?|heatwaves?|heat\s+waves?|eruptions?|"
                            r"avalanches?|tsunamis?|"
                            # ... or the attack (an assassination's or a coup's attempt too): "Lissu survived an
                            # assassination attempt in 2017 in Dodoma" (had been undated, on the news week)
                            r"attacks?|bombings?|shootings?|massacres?|coups?|attempts?)\s+$|"
                            # ... or the arrest or the abduction told in the passive: "Kholiqnazarov ... was arrested
                            # in 2022 after protests in Khorugh" (had been undated)
                            r"\b(?:was|were|been|being)\s+(?:arrested|detained|jailed|abducted|kidnapped)\s+$", re.I)


# A "since" between a place and a date after it: the date starts a period the place's event goes on in.
_SINCE_BETWEEN = re.compile(r"\bsince\b", re.I)
# ... unless a comma closed its clause before the day the news was told on: "an outbreak of chikungunya in the southern
# region of Mtwara, with 87 cases recorded since late September, the health ministry said on Tuesday" is Tuesday's
# news (had been undated); not a day to come after it ("held ... in Kent since his arrest, will be sentenced in February")
_SINCE_CLOSED_BETWEEN = re.compile(r"\bsince\b[^,;]*[,;][^;]*$", re.I)
_SINCE_DAY = re.compile(r"\bsince\s+(?:early\s+|late\s+|last\s+)?$", re.I)
# ... and one before the place, where a tally counts its part: "212 people had died in rain-related incidents since
# June 26, including 87 in Punjab" (Punjab's toll had been June 26's); but not a weekday's, when the news began ("since
# Monday").
_A_PERIODS_START = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid[\s-]+)?$", re.I)
# (a year's mention holds its "since": "Since 2003, Cambodia has reported 79 human cases of A(H5N1), including 48
# deaths", a tally, had been 2003's)
_SINCE_IN_IT = re.compile(r"since\b", re.I)
# (but a date that names what began the period, and which a "when" tells, is that event's: "since September 2023, when
# Serb gunmen clashed with Kosovo police near the village of Banjska, near Zvecan"; "since the 2010 earthquake in
# Concepción")
_A_DAY_NAMED_AFTER = re.compile(r",?\s*(?:when|after|as|(?:[\w-]+\s+){0,2}?(?:earthquake|quake|floods?|attacks?|war|"
                                r"offensive|invasion|storm|hurricane|typhoon|cyclone|tsunami|fire|blast|explosion|"
                                r"clash(?:es)?|coup|uprising|protests?|elections?))\b", re.I)
_WEEKDAY_OR_YESTERDAY = re.compile(r"(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b",
                                   re.I)


# A day that qualifies a noun, the date of what it names: "The protests began after the November 1 collapse at the
# Novi Sad railway station" (the collapse's day, not the protests'); "the Oct. 7 attack" names the attack
# (``_Dates.naming``).
_THE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.I)
# The nouns of violence that name an event with no verb the classifier needs ("the 7 March attack").
_EVENT_NOUN = re.compile(r"attacks?|raids?|strikes?|blasts?|explosions?|bombings?|fires?|crash(?:es)?|violence|unrest|"
                         r"uprising|crackdown|massacre|war|fighting", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|of|for|from|with|by|as|when|after|before|that|which|while|"
                         r"this|last|next|local|time)\b)[a-z][a-z-]{2,}\b")


# "overnight" as an adjective, with no article: after one ("heavy overnight rain"), a number ("23 overnight pharmacy
# burglaries") or a preposition ("warned of overnight roadworks"); not the adverb after a verb ("tripped overnight
# due to a boiler tube leak", "and overnight hit what it called a weapons depot"), nor after a place's name that
# ends as an adjective does ("a Russian drone attack on the northeastern city of Sumy overnight injured three
# people": a capital opens an adjective only where it opens the sentence).
_OVERNIGHT_AS_ADJECTIVE = re.compile(r"(?:\b(?:of|after|during|with|amid|by|from)|\d|(?:(?<![\w'\u2019-])(?-i:[a-z])|"
                                     r"(?:^|(?<=[.!?\n]))\s*(?-i:[A-Z]))(?-i:[a-z]*)(?:y|ful|al|ous|ive|ent|ic))\s+$",
                                     re.I)


# A day told of the truce or the deal a clause names, not of the event: "Israeli strikes in southern Lebanon have
# continued despite a ceasefire agreed in November 2024, killing dozens in the town of Nabatieh" (had been November
# 2024's strikes).
_A_DEALS_DAY_BEFORE = re.compile(r"\b(?:ceasefire|cease-fire|truce|deal|accord|agreement|pact)\s+(?:that\s+was\s+|"
                                 r"which\s+was\s+|first\s+)?(?:agreed|signed|reached|brokered|struck)\s+"
                                 r"(?:(?:in|on)\s+)?$", re.I)


def _of_another_noun(text: str, date: DateMention, wording: int) -> bool:
    """Whether ``date`` qualifies a noun ("the November 1 collapse") that is not the event's wording
    (at ``wording``): it dates that noun's event only; "overnight" too, an adjective with no article
    (``_OVERNIGHT_AS_ADJECTIVE``): "The floods struck on Friday morning near the town of Mingora after heavy
    overnight rain" are Friday's."""
    deal = _A_DEALS_DAY_BEFORE.search(text, max(0, date.start - 60), date.start)
    if deal is not None and not deal.start() <= wording < date.end:  # (the deal's own news keeps it)
        return True
    noun = _NOUN_AFTER.match(text, date.end)
    return noun is not None and (_THE_BEFORE.search(text, max(0, date.start - 5), date.start) is not None
                                 or date.text.lower() == "overnight"
                                 and _OVERNIGHT_AS_ADJECTIVE.search(text, max(0, date.start - 20), date.start)) \
        and not noun.end() - len(noun.group().lstrip()) <= wording < noun.end() \
        and classify(noun.group().strip()) is None and not _EVENT_NOUN.fullmatch(noun.group().strip())
    # (an event's own noun may name it again: "The January 2022 eruption, ..., sent a tsunami across the Kingdom,
    # destroying homes on the western coast of Tongatapu", "The toll of the 7 March attack on a village near Wad
    # Madani has risen to 33 killed")


# A day told after the one before it, as a sentence opens: "On Sept. 8, police opened fire on protesters in
# Kathmandu, killing 19 people. A day later, protesters torched a police station in Butwal" (had taken Sept. 8).
# ... or after the verb, as the sentence goes on: "The suspect was arrested two days later in neighbouring Zamboanga
# del Norte" (had taken the Nov. 5 shooting's day); and the same day as the one told before: "Floods hit neighbouring
# Batang district the same day" (had been undated)
_DAYS_LATER = re.compile(r"(?:^|(?<=[\s\"\u201c]))(?P<phrase>(?:the|on\s+the)\s+(?:next|following)\s+day|"
                         r"(?P<count>a|one|two|three)\s+days?\s+later|(?P<same>(?:on\s+)?(?:the|that)\s+same\s+day|"
                         r"later\s+(?:that|the\s+same)\s+day))\b(?!\s+(?:that|than|as)\b)", re.I)
_LATER_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_TOLD_BEFORE_SENTENCES = 6  # how far back the day a "day later" counts from is looked for
# A place's apposition, then a date: the date is the place's as if it followed the name at once: "The rebels seized Goma
# in late January and took Bukavu, the capital of South Kivu province, in mid-February" (Bukavu's had been January's,
# the nearer).
_ITS_APPOSITION_THEN = re.compile(r",\s+(?:the|an?|its)\s+[^,;:()\"\u201c\u201d]{1,80},\s*(?:(?:in|on|at|by)\s+)?")


class _Dates:
    """The date each event takes: the nearest of its sentence's dates, or else the first date of
    the latest sentence before it, in its paragraph, that gives one. Looked up only for the
    sentences that report events, walking back; each sentence's dates are found once at most,
    and most sentences never need theirs."""

    def __init__(self, text: str, published: dt.date | None, spans: list[tuple[int, int]],
                 in_sentences: list[list[Resolution]]):
        self.text, self.published, self.spans, self.in_sentences = text, published, spans, in_sentences
        self._in_force: dict[int, DateMention | None] = {}
        self._found: dict[int, list[DateMention]] = {}
        self._entry_times: list[tuple[int, int]] | None = None  # found when an event has no date
        self._lead: DateMention | None | bool = False  # False: not looked for yet

    def in_sentence(self, si: int) -> list[DateMention]:
        """The sentence's dates (``sentence_dates``)."""
        found = self._found.get(si)
        if found is None:
            s, e = self.spans[si]
            found = self._found[si] = sentence_dates(self.text, self.published, s, e, bool(self.in_sentences[si])) \
                or self._day_later(si)
        return found

    def _day_later(self, si: int) -> list[DateMention]:
        """The day a sentence that says "The next day", "two days later" or "the same day" tells: that many days
        after the day the sentences before it told last (none when they told none)."""
        s, e = self.spans[si]
        later = _DAYS_LATER.search(self.text, s, e)
        if later is None:
            return []
        # (told after the verb, the day counts from the sentence just before only: "He travelled to Malmö ... on the
        # day of the killing and was arrested two days later in Helsingborg" is no count from the lead's charge day)
        # (but "the same day" after the verb is the day the story told last, a few sentences back maybe: "Similar
        # protests were held the same day in Palma de Mallorca" after the lead's Sunday march and two quotes)
        back = _TOLD_BEFORE_SENTENCES if self.text[s:later.start()].strip(" \t\n\"\u201c") == "" \
            or later.group("same") else 1
        told = next((d for j in range(si - 1, max(-1, si - 1 - back), -1)
                     if (d := self._first(j)) is not None), None)
        if told is None or len(told.value) != 10:
            return []
        days = 0 if later.group("same") else _LATER_COUNTS[later.group("count").lower()] if later.group("count") else 1
        day = dt.date.fromisoformat(told.value) + dt.timedelta(days=days)
        if self.published is not None and day > self.published:
            return []
        return [DateMention(later.group("phrase"), later.start("phrase"), later.end("phrase"), day.isoformat(),
                            told.approximate)]

    def _first(self, si: int) -> DateMention | None:
        """The sentence's first date that later sentences may take: not a year that closes a clause
        in a sentence naming a place, which dates that clause's event only ("Born in Albany, Ga., in
        1933, she ... She was arrested at a sit-in in Atlanta in 1960"), nor a day a "since" clause tells."""
        s, _ = self.spans[si]
        named = bool(self.in_sentences[si])
        return next((d for d in self.in_sentence(si) if carried(d, s, named) and not self._to_come(d)
                     # nor the day in a clause of what began a period, which dates that beginning only: "More than
                     # 1,200 cases have been recorded since the outbreak began on Jan. 20" then "Most patients were
                     # displaced people who fled fighting in Khartoum and Omdurman" (had been Jan. 20's fighting)
                     and _since_clause_around(self.text, s, d.end) is None), None)

    def _to_come(self, date: DateMention) -> bool:
        """Whether a day is after the article's: a plan's ("would hold a rally in Izmir on Saturday"),
        which dates no later sentence ("Ozel told supporters in Ankara" had taken last Saturday)."""
        return self.published is not None and len(date.value) == 10 and date.value > self.published.isoformat()

    def at(self, si: int, start: int, end: int, before: int | None = None, wording: int | None = None
           ) -> DateMention | None:
        """The date of an event named at ``start:end`` in sentence ``si``: of the sentence's dates
        (those before ``before``, when given), the nearest ("In 2023, the city hosted a summit, and
        on Saturday shelling hit Kharkiv"); else the one in force. ``wording``: where the event's
        wording is, when a date that qualifies another noun is not the event's (``_of_another_noun``)."""
        dates = self.in_sentence(si)
        if wording is not None:
            dates = [d for d in dates if not _of_another_noun(self.text, d, wording)]
            if not dates and self.in_sentence(si):  # its dates are all other events': the one in force before it
                return None if self.opens_paragraph(si) else self.in_force(si - 1)
        if before is not None:
            dates = [d for d in dates if d.start < before]
            if not dates:  # the sentence's dates are all the update's: the one in force before it
                return None if self.opens_paragraph(si) else self.in_force(si - 1)
        if not dates:
            return self.in_force(si) or self._live_entry(start)
        own = [d for d in dates if not (d.start >= end and _SINCE_BETWEEN.search(self.text, end, d.start)
                                        and not (len(d.value) == 10 and _SINCE_DAY.search(self.text, end, d.start))
                                        and not (_SINCE_CLOSED_BETWEEN.search(self.text, end, d.start)
                                                 and _SAID_ON_BEFORE.search(self.text, max(end, d.start - 40),
                                                                            d.start)))
               and not (d.end <= start and (_A_PERIODS_START.search(self.text, max(0, d.start - 20), d.start)
                                            or _SINCE_IN_IT.match(d.text))
                        and not _WEEKDAY_OR_YESTERDAY.match(d.text) and not _A_DAY_NAMED_AFTER.match(self.text, d.end))
               # (nor the day of the clause a "since" before the place follows: "pilgrims gathered in Gondar on Sunday,
               # ... the first time since fighting broke out in the Amhara region in 2023" is no battle of Sunday's)
               and not (d.end <= start and _since_clause_around(self.text, d.end, start))
               # (nor the day of a "since" clause that closed before the place: "The ministry, which has worked from Port
               # Sudan since the war began in April 2023, said Omdurman accounted for nearly a third of new infections,
               # followed by Kosti and Rabak in White Nile state" is no outbreak of April 2023)
               and not (d.end <= start and _since_clause_around(self.text, max(0, d.start - 80), d.start)
                        and _SINCE_CLAUSE_ENDS.search(self.text, d.end, start)
                        and not _A_DAY_NAMED_AFTER.match(self.text, d.end))
               # (nor a deadline's: "the A6 ... would remain closed until Friday after a lorry overturned near
               # Garstang" is no accident of next Friday; but "said nothing publicly until 28 April, when workers
               # arriving at the Forsmark nuclear plant ... set off radiation alarms" is the day of the when)
               # (nor the period something is for: "Hotels in Seogwipo ... said rooms for August were sold out" is
               # no statement of last August)
               and not _FOR_A_PERIOD_BEFORE.search(self.text, max(0, d.start - 5), d.start)
               and not (_UNTIL_BEFORE.search(self.text, max(0, d.start - 8), d.start)
                        and not _WHEN_AFTER.match(self.text, d.end) and not _YEAR_BEFORE_ITS_NOUN.fullmatch(d.text))
               and not (d.start >= end and self._to_come(d) and _WHICH_CLAUSE_BETWEEN.search(self.text, end, d.start))
               and not (d.end < start and self.text.startswith(",", d.end)
                        and _names_aside_before(self.text, 0, d) is not None)
               # (nor one in an aside on a name of a later clause: "the Islamic State Sahel Province has besieged
               # Menaka, while Tuareg-led rebels ... remain active in the desert around Kidal, which the army and
               # Russian mercenaries of the Wagner group took in November 2023" is no siege of November 2023)
               and not (d.start >= end and (aside := _names_aside_before(self.text, end, d)) is not None
                        and _ANOTHER_CLAUSE.search(self.text, end, aside.end("head")))
               and not ((d.text.lower().startswith(("end of", "the end of"))
                         or _TO_BE_DONE_BEFORE.search(self.text, max(0, d.start - 80), d.start))
                        and _BY_THE_END_BEFORE.search(self.text, max(0, d.start - 8), d.start))
               # (nor the day a court judged the crime told before it, see ``_COURT_ACT_BETWEEN``)
               and not (d.start >= end and _COURT_ACT_BETWEEN.search(self.text, end, d.start))
               # (nor a year that opens a later clause: "mostly bubonic plague in the central highlands around Ankazobe
               # and Ambositra, and in 2017 an urban outbreak of pneumonic plague in Antananarivo" is no 2017 plague
               # at Ankazobe)
               and not (d.start >= end and len(d.value) == 4 and d.text[:3].lower() == "in "
                        and _OPENS_A_CLAUSE_BEFORE.search(self.text, max(0, d.start - 8), d.start)
                        # (one that closes its clause closes the clause before it instead: "the documents had been
                        # moved to Mar-a-Lago in Palm Beach, Florida, in 2021.")
                        and not _CLOSES_CLAUSE.match(self.text, d.end))]
        if not own:  # a period's start, no date of what goes on in it: "Fighting has intensified in the Kordofan
            # region since the army recaptured Khartoum in March" (the fighting in Kordofan had been March's); but
            # a day's ("Goma has seen heavy fighting since Monday") is when it began
            return None
        # the day the sentence says the news was told on, after the place, is no day of the event when the sentence
        # gives an earlier day too: "At least 12 civilians were killed on Monday night when CODECO militiamen attacked
        # a camp for displaced people at Lala, in ... Djugu territory, Ituri province, local sources said on Tuesday"
        # (had been Tuesday's, the nearer)
        dates = [d for d in own if not self._told_on_after(d, end, own)] or own
        # the clause's own date first: "Militants blew up an oil pipeline in Rivers State on Monday,
        # while in Delta State, police arrested nine suspected kidnappers on Tuesday" (both had been Monday)
        nearest = min(dates, key=lambda d: (max(d.start - end, start - d.end, 0)
                                            * (not _ITS_APPOSITION_THEN.fullmatch(self.text, end, d.start))
                                            + (OTHER_CLAUSE if _clauses_apart(self.text, (d.start, d.end), (start, end))
                                               else 0), d.start))
        # the year's month or day the sentence gives too: "Last year, a landslide killed 39 people in Carmen de Atrato,
        # in Chocó, when a hillside collapsed onto a highway in January" (had been 2024 alone); not a month to come ("had
        # bought medicines worth 140 billion pesos this year, ... would be fully stocked by December"), nor the day
        # a year's tally was told ("has reported 112 cases ... so far this year, health officials said Thursday")
        # (and the month's day: "coordinated Christmas Eve attacks in December 2023")
        return next((d for d in dates if len(nearest.value) in (4, 7) and len(d.value) == len(nearest.value) + 3
                     and d.value.startswith(nearest.value + "-")
                     and (self.published is None or d.value <= self.published.isoformat()[:7])), nearest)

    def _told_on_after(self, date: DateMention, end: int, dates: list[DateMention]) -> bool:
        """Whether ``date``, after the place ending at ``end``, is the day the news was told on ("...,
        local sources said on Tuesday") and another of ``dates`` is a day before it or the same."""
        return len(date.value) == 10 and date.start >= end \
            and _SAID_ON_BEFORE.search(self.text, max(end, date.start - 40), date.start) is not None \
            and any(d is not date and len(d.value) == 10 and d.value <= date.value
                    and _SAID_ON_BEFORE.search(self.text, max(0, d.start - 40), d.start) is None for d in dates)

    def naming(self, si: int, wording: int) -> DateMention | None:
        """The date that names the event's wording at ``wording``: "burying their dead on Friday
        after Thursday's battle" is Thursday's, whatever lies nearer the place."""
        return next((d for d in self.in_sentence(si) if d.end <= wording
                     and _NAMES_THE_EVENT.fullmatch(self.text, d.end, wording)
                     or d.start > wording and _DATED_AFTER_IT.fullmatch(self.text, wording, d.start)), None)

    def _live_entry(self, at: int) -> DateMention | None:
        """The publication date, for text in a live blog's entry ("09:40 GMT - A separate drone
        strike hit ..."): the entry runs from its time to the next entry's."""
        if self.published is None:
            return None
        if self._entry_times is None:
            self._entry_times = [(m.start(), m.end()) for m in LIVE_ENTRY_TIME.finditer(self.text)]
        k = bisect.bisect_right(self._entry_times, (at, at)) - 1
        if k < 0:
            return None
        s, e = self._entry_times[k]
        return DateMention(self.text[s:e], s, e, self.published.isoformat())

    def lead(self) -> DateMention | None:
        """The day the article's lead gives, within a week before publication, as an approximate
        date for the events told after it with none of their own: "BEIRUT (AP) - Israeli warplanes
        struck southern Lebanon on Saturday. [...] Another strike in Tyre killed two people."."""
        if self._lead is False:
            self._lead = None
            paragraphs = 0
            for si in range(len(self.spans)):
                paragraphs += self.opens_paragraph(si)
                if paragraphs > _LEAD_PARAGRAPHS:
                    break
                date = self._first(si)
                if date is not None:
                    if len(date.value) == 10 and self.published is not None and \
                            0 <= (self.published - dt.date.fromisoformat(date.value)).days <= 7 \
                            and not _a_courts_day(self.text, self.spans[si][0], date):
                        self._lead = replace(date, approximate=True)
                    break
        return self._lead

    def opening_day(self, si: int) -> DateMention | None:
        """For an undated event of an article's opening (its headline or lead, no date told before it),
        the day the next sentences of the opening give, within a week before publication, about:
        "A 17-year-old boy is in hospital with serious injuries after being stabbed in Moss Side,
        Manchester." then "Greater Manchester Police said officers were called to Princess Road at
        around 8.40pm on Tuesday"."""
        if self.published is None or any(self.in_sentence(j) for j in range(si)):
            return None
        paragraphs = sum(self.opens_paragraph(j) for j in range(si + 1))
        for j in range(si + 1, len(self.spans)):
            paragraphs += self.opens_paragraph(j)
            if paragraphs > _LEAD_PARAGRAPHS + 1:
                return None
            found = self.in_sentence(j)
            if found:
                if _COURT_DAY.search(self.text, self.spans[j][0], self.spans[j][1]):
                    return None  # the court's day, not the crime's: "was sentenced at Leeds Crown Court on Wednesday"
                day = next((d for d in found if len(d.value) == 10), None)
                if day is None or not 0 <= (self.published - dt.date.fromisoformat(day.value)).days <= 7:
                    return None
                return replace(day, approximate=True)
        return None

    def opens_paragraph(self, si: int) -> bool:
        """A newline since the previous sentence ended (found locally: counting the newlines
        before each sentence from the start of the text is quadratic in a long article)."""
        return si == 0 or self.text.find("\n", self.spans[si - 1][1], self.spans[si][0]) >= 0

    def in_force(self, si: int) -> DateMention | None:
        # Back to a sentence with a date, the paragraph's first one, or one already looked up.
        walked, j, date = [], si, None
        while j not in self._in_force:
            walked.append(j)
            date = self._first(j)
            if date is not None or self.opens_paragraph(j):
                break
            j -= 1
        else:
            date = self._in_force[j]
        for w in walked:
            self._in_force[w] = date
        return date


# The searches made of each sentence that reports an event, over its folded text: cheaper.
_FOLDED_BACKGROUND, _FOLDED_ANOTHER_STORY, _FOLDED_OVER_YEARS, _FOLDED_HISTORY_TURN, _FOLDED_TOLL_UPDATE, \
    _FOLDED_GOES_ON, _FOLDED_FOR_YEARS = (FoldedSearch(p) for p in (
        _BACKGROUND, _ANOTHER_STORY, _OVER_YEARS, _HISTORY_TURN, _TOLL_UPDATE, _GOES_ON, _FOR_YEARS))


# The local news whose day the lead leaves to the sentence after it: "Gardai have seized cocaine ... and
# arrested three men following a search of a house in Finglas" then "The search was carried out on
# Wednesday evening".
_OPENING_DATED_TYPES = frozenset({"attack", "arrest", "accident"})
# The story's event named again as a sentence opens, to tell when and where it happened: its kind is the
# story's, whatever the clauses after it tell of ("The attack happened at about 1 a.m. Friday in Lin Ta Lu
# village in Sagaing township, where more than 150 people fleeing fighting in nearby areas had been sheltering",
# after the lead's airstrike, had been a ground operation).
_THE_EVENT_HAPPENED = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|air\s*strike|airstrike|"
                                 r"bombing|raid|shooting|stabbing|explosion|blast|massacre|ambush|shelling|gunfire|"
                                 # ("The firefight erupted at around 6 a.m. in a mountain village in Himamaylan City",
                                 # after the lead's clash in Negros Occidental)
                                 r"firefight|gunfight|gunbattle|clash|clashes|"
                                 # ("The fire broke out near the village of Varnavas ... and spread quickly toward
                                 # Marathon", after the lead's wildfire, had been three accidents of no day; only a
                                 # blaze's kind: ``_A_BLAZES_TYPES``)
                                 r"(?P<blaze>fire|blaze|wildfire))"
                                 # (with what caused it between commas: "The blast, probably caused by an accumulation
                                 # of methane gas, happened late on Wednesday at a mine in the municipality of
                                 # Sutatausa", which had been a statement)
                                 r"(?:,[^,.;]{1,80},)?\s+"
                                 r"(?:happened|occurred|took\s+place|unfolded|erupted|broke\s+out)\b")
# The kinds of event a blaze named again may be: a wildfire's or a house fire's, not the lead's strike.
_A_BLAZES_TYPES = frozenset({"disaster", "accident"})
# The lead's event, named again as a sentence opens, with what it did.
_THE_EVENT_AGAIN = re.compile(r"(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:strikes|air\s*strikes|airstrikes|attacks?|"
                              r"raids?|shelling|bombardment|bombing|blasts?|explosions?)\s+(?:also\s+)?(?:hit|struck|"
                              r"targeted|killed|destroyed|damaged|pounded|levell?ed|flattened|"
                              # ("The attack took place near Banibangou, close to the border with Mali")
                              r"took\s+place|occurred|happened)\b")
# ... and the lead's disaster named again: "The quake's epicentre was 16 km (10 miles) northwest of the city of
# Sagaing", "The storm came ashore near New Hope in Westmoreland parish" (had been undated).
# (or the volcano that erupted, and the tsunami, named again: "The volcano, on the island of Flores in East Nusa
# Tenggara province, erupted at 11:05 a.m. local time" had been undated)
_THE_DISASTER_AGAIN = re.compile(r"(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:quake|earthquake|tremor|storm|hurricane|typhoon|"
                                 r"cyclone|floods?|flooding|landslide|mudslide|wildfire|fire|blaze|eruption|avalanche|"
                                 r"volcano|tsunami)(?:['\u2019]s)?(?:\s|,\s)")
# A court's act just after its day: "The Delhi High Court on Wednesday upheld the conviction of three men".
_A_COURTS_DAY_AFTER = re.compile(r",?\s+(?:upheld|sentenced|jailed|convicted|acquitted|dismissed|ruled|ordered|quashed|"
                                 r"overturned|refused|granted|remanded|adjourned)\b")


def _a_courts_day(text: str, s: int, date: DateMention) -> bool:
    """Whether ``date``, in the sentence from ``s``, is the day a court judged, not a day of the news it told of:
    "The Delhi High Court on Wednesday upheld the conviction of three men for the murder of a shopkeeper during the
    communal riots in northeast Delhi in February 2020" dates no riot told after it ("More than 50 people were killed
    ... in the violence that broke out in Jaffrabad", had been about that Wednesday's)."""
    return _COURT_DAY.search(text, max(s, date.start - 40), date.start) is not None \
        or _A_COURTS_DAY_AFTER.match(text, date.end) is not None


_COURT_DAY = re.compile(r"\b(?:sentenced|jailed|convicted|acquitted|court|trial|jury|jurors|verdict|appeared|"
                        r"pleaded|remanded|inquest)\b", re.I)
# A tally the statistics keep, no event of its own: "At least 55 people were shot in Chicago between Thursday
# evening and Saturday morning, according to police statistics."
_STATISTICS = re.compile(r"\baccording\s+to\s+(?:[\w'\u2019-]+\s+){0,4}?(?:statistics|data)\b|"
                         r"\b(?:statistics|data)\s+(?:show|shows|showed|released|compiled|published)\b|"
                         # a year's tally: "At least 78 people died trying to cross the Channel last year, the
                         # deadliest year on record, according to the International Organization for Migration."
                         r"\b(?:deadliest|bloodiest|worst|busiest|highest|record)\s+year(?:\s+(?:yet|ever|since))?\b|"
                         r"\byear\s+on\s+record\b", re.I)


# A semicolon joins items of their own, as a headline or a summary lists its news: "Russian drones hit Odesa;
# Zelenskiy in Brussels" tells of no strike on Brussels. A place past a semicolon from its event's wording is not that
# event's, unless its item counts a toll of the event's ("killed five in Gaza City; three in Khan Younis").
_COUNT_IN_AN_ITEM = re.compile(rf"\d|\b(?:{_NUMBER_IN_WORDS})\b", re.I)


def _past_a_semicolon(sentence: str, wording: int, at: int) -> bool:
    """Whether the place at ``at`` (in ``sentence``) stands past a semicolon from its event's wording at
    ``wording``, in an item that counts nothing: see the pattern above."""
    if ";" not in sentence[min(wording, at):max(wording, at)]:
        return False
    item_start = sentence.rfind(";", 0, at) + 1
    item_end = sentence.find(";", at)
    return _COUNT_IN_AN_ITEM.search(sentence, item_start, len(sentence) if item_end < 0 else item_end) is None


def annotate(text: str, resolutions: list[Resolution], places: dict[str, Place], published: dt.date | None,
             entry_place: dict[str, str]) -> list[Event]:
    """Events in ``text`` tied to ``places`` (keyed by place id; ``entry_place`` maps entry id -> place id)."""
    spans = sentences(text)
    in_sentences = _by_sentence(resolutions, spans)
    dates = _Dates(text, published, spans, in_sentences)
    folded_text = fold(text)
    placed: dict[tuple[int, int], bool] = {}  # (``_located``)
    # The words of places, as the gazetteer and the text spell them ("Khān Yūnis", "Khan Younis"):
    # never a person's name.
    place_words = {w for p in places.values() for w in p.name.split()}
    place_words |= {w for name in {r.candidate.text for r in resolutions if r.entry is not None} for w in name.split()}
    events: list[Event] = []
    # The story the latest sentence naming places told (its index, and its place), which the sentences
    # after it that name none go on telling (``_carried_event``); that sentence's, until it is known.
    story: tuple[int, Event] | None = None
    told_by: tuple[int, int] | None = None  # (that sentence's index, the count of events before it)
    told_before: list[Event] = []  # the events of the sentence before, for a toll told after them
    stories: list[tuple[str, Entry]] = []  # the deadly events told, type and place: for a toll told as said
    for si, (s, e) in enumerate(spans):
        in_sentence = in_sentences[si]
        # Cheaper than classify, and most sentences name no location.
        located = _landmarks_of_the_dateline(text, s, in_sentence, _locations(
            text, s, in_sentence, speakers_too=True, placed=placed)) if in_sentence else []
        datelined = not located and _datelined(text, s, e, in_sentence)
        located = located or datelined
        if told_by is not None:  # the story the sentence before that named places told, if one
            story = _story_told(events[told_by[1]:], told_by[0])
            told_by = None
        # A sentence whose only places are where people fled to names none of its own, and goes on telling the
        # story: "The Viv Ansanm gang coalition, which controls most of the capital, launched the attack before
        # dawn, ... as residents fled toward the nearby town of Lascahobas" (the Mirebalais attack's actor; an
        # attack at Lascahobas, had been).
        fled_to_only = story is not None and bool(located) and not datelined and all(
            _FLED_TO_BEFORE.search(text, max(s, r.candidate.start - 70), r.candidate.start) for r in located)
        if fled_to_only:
            located = []
        if in_sentence and not fled_to_only:
            story, told_by = None, (si, len(events))
        if not located:
            absorbed = _toll_of_the_event_before(told_before, text, s, e, si, dates)
            told_before = []
            claimed = next((ev for ev in reversed(events) if ev.type in _CONFLICT_TYPES), None) \
                if not absorbed and not any(r.candidate.role == "place" for r in in_sentence) else None
            claimants = _claimants(text[s:e], place_words) if claimed is not None else []
            if claimants:  # (the claim is the attack's, not an event of its own)
                claimed.actors += [a for a in claimants if a not in claimed.actors]
                continue
            event = None if absorbed or in_sentence and not fled_to_only or story is None \
                or si - story[0] > _STORY_SENTENCES \
                else _carried_event(text, s, e, si, story[1], dates, places, place_words)
            if event is None and not absorbed and story is None \
                    and not any(r.candidate.role == "place" for r in in_sentence):  # (a demonym's flags may wave)
                event = _carried_count(text, s, e, si, events, dates, places, place_words)
            if event is None and not absorbed and not any(r.candidate.role == "place" and not _taken_to_hospital(text, s, r)
                                                          and not _FLED_TO_BEFORE.search(text, max(s, r.candidate.start - 70),
                                                                                         r.candidate.start)
                                                          for r in in_sentence):
                event = _national_event(text, s, e, si, events, dates, places, place_words)
            if event is None and not absorbed and not any(r.candidate.role == "place" and not _taken_to_hospital(text, s, r)
                                                          for r in in_sentence):
                event = _toll_of_the_story(text, s, e, events, places, place_words)
            if event is None and not absorbed:
                event = _barrage_of_the_nation(text, s, e, si, in_sentence, events, dates, places, place_words)
            if event is None and not absorbed and in_sentence and not fled_to_only:
                event = _held_after_the_incident(text, s, e, si, in_sentence, events, dates, places, place_words)
            if event:
                events.append(event)
                told_before = [event]
            continue
        previous, told_before = told_before, []
        markup = _MARKUP_START.match(text, s, e)
        s = markup.end() if markup else s
        sentence = text[s:e]
        folded = fold(sentence)  # for the searches below (``FoldedSearch``)
        worded = _countries_as_forces(_without_riot_gear(sentence, folded), s, in_sentence)  # where the event's
        # wording is looked for
        sentence_type = classify(worded)
        # "A missile struck a residential building in Rishon LeZion ... Another hit Tamra": the kind of
        # the sentence before's event, told again.
        again = None
        if sentence_type is None and previous and previous[-1].type in _TOLD_AGAIN_TYPES \
                and _ANOTHER_HIT.match(sentence):
            sentence_type = again = previous[-1].type
        if sentence_type is None and _WORST_HIT_OPENS.match(sentence) and not dates.in_sentence(si):
            # the places the story's deadly event hit worst: "The hardest-hit towns included Freehold, Howell and
            # Toms River" (``_WORST_HIT_LIST_BEFORE``); not with a day of another event's: "The hardest-hit
            # communities were Saddle Ridge, Taradale and Skyview Ranch, the same area that was devastated by a
            # hailstorm in June 2020"
            sentence_type = again = next((ev.type for ev in reversed(events) if ev.type in DEADLY_TYPES), None)
        # "The attack happened at about 1 a.m. Friday in Lin Ta Lu village": the story's latest deadly event (in a
        # sentence that tells of one: not "The blast happened late on Monday at a furnace in the Indonesia Morowali
        # Industrial Park", whose park is no place of the news)
        happened = _THE_EVENT_HAPPENED.match(sentence) if sentence_type is not None and sentence[:2] == "Th" else None
        retold_event = happened is not None and next(
            (ev for ev in reversed(events)
             if ev.type in (_A_BLAZES_TYPES if happened.group("blaze") else DEADLY_TYPES)), None) or None
        retold = retold_event.type if retold_event else None
        if retold:
            sentence_type = again = retold
        # A toll that may be the story's: not history, nor another story's ("Separately, ...").
        background = _background(sentence, folded)
        storys_toll = sentence_type in (None, "statement") and bool(stories) \
            and not background and not _FOLDED_ANOTHER_STORY.search(sentence, folded)
        if sentence_type is None and storys_toll and (any(_DEAD_OR_HURT.search(f.text) for f in find_figures(sentence))
                                                      or _DEATHS_PLACED.search(sentence)
                                                      or _HOMES_WRECKED.search(sentence)
                                                      and any(told == "disaster" for told, _ in stories)):
            sentence_type = "statement"  # a flash update's "In Panchthar, 5 deaths; in Dolakha, 3 deaths."
        dated_clause = _last_dated_clause(sentence)
        if sentence_type is None or _over_years(dated_clause, fold(dated_clause)) or _HABITUAL.search(sentence) \
                or _DOES_HABITUALLY.search(sentence) \
                or _MADE_MORE_LIKELY.search(sentence) and _YEAR.search(sentence) is None \
                or _done_repeatedly(worded) and not any(len(d.value) == 10 for d in dates.in_sentence(si)) \
                or _held_since(worded) and not any(len(d.value) == 10 for d in dates.in_sentence(si)) \
                or sentence_type != "disaster" and _STATISTICS.search(sentence) \
                or datelined and sentence_type not in _dateline_types(datelined[0]):
            continue  # none, or years of them: "Bandits have killed thousands in recent years"
        news = None  # the places of the news, not where those who report it spoke (``_locations``)
        if sentence_type != "statement":  # where those who report it spoke is not where it happened
            news = _landmarks_of_the_dateline(text, s, in_sentence, _locations(text, s, in_sentence, placed=placed))
            located = news or _datelined(text, s, e, in_sentence) \
                or (located if _news_of_its_own_day(worded, dates, si, s, events)
                    and not _names_a_town_elsewhere(in_sentence, located)
                    or len(located) == 1 and _news_where_they_sit(sentence, sentence_type) else [])
            if not located:
                if _toll_of_the_event_before(previous, text, s, e, si, dates):
                    # (a sentence whose only place is its speaker's post counts the toll as well: "At least 12
                    # civilians were killed and 20 wounded in the strikes, Nasir county commissioner James Gatluak
                    # Lew told Reuters by phone", after the strikes on Nasir; had been lost)
                    told_before = previous
                    continue
                held = _held_after_the_incident(text, s, e, si, in_sentence, events, dates, places, place_words)
                if held is not None:
                    events.append(held)
                    told_before.append(held)
                continue  # "Police in Lagos said gunmen shot dead two men": no place of the event
        history = _FOLDED_HISTORY_TURN.search(text, folded_text, s, e)
        past = _past_span(text, history, s, e) if history else (e, e)
        actors, past_actors = _actors_of_news_and_past(sentence, s, past, in_sentence, place_words)
        by_clause: dict[tuple[int, int], list[str]] | None = {} if past[0] >= past[1] and len(actors) > 1 else None
        # "The death toll from the attack on Abu Shouk rose to 40 on Wednesday": Wednesday is the
        # update's; the attack's date is one before the toll's verb, or the one in force.
        update = _FOLDED_TOLL_UPDATE.search(sentence, folded)
        toll_told = s + update.start("verb") if update else None
        speakers = None  # the actors of a statement: those who make it as well
        refuges = _refuges(text, s, located) if sentence_type != "statement" and len(located) > 1 else ()
        # (where people fled to counts none of the toll: "killing at least 12 people and forcing hundreds of families
        # to flee toward Delmas and Pétion-Ville" is Cité Soleil's)
        figures = _figures_split(text, s, e, [r for r in located if r not in refuges], past)
        passed_through = _passed_through(text, s, located)
        deadly_told = {told for told, _ in stories}  # the deadly events' types the sentences before told
        for r in located:
            if _RIVER_COURSE_BEFORE.search(text, max(s, r.candidate.start - 110), r.candidate.start):
                continue  # "which flows ... through Liwonde": the river's course
            if _SEEN_FROM_BEFORE.search(text, max(s, r.candidate.start - 60), r.candidate.start):
                continue  # "smoke ... visible from the port of Kangan": where it was seen from
            if len(located) > 1 and _WANTED_IN_BEFORE.search(text, max(s, r.candidate.start - 40), r.candidate.start):
                continue  # "arrested a man wanted in the United States for human smuggling in the town of Cuilapa"
            if r in refuges:
                continue  # "forcing thousands to flee toward Saint-Marc and Gonaives": where they went
            place_id = entry_place[r.entry.id]
            type_id, wording = (retold, 0) if retold else classify_match(worded, r.candidate.start - s) \
                or ((again, 0) if again else (None, r.candidate.start - s))
            in_the_past = past[0] <= r.candidate.start < past[1]
            if in_the_past:  # the past's own wording, not the news' ("India launched missile strikes ... two
                # weeks after a deadly attack on Hindu tourists in Pahalgam": no strike on Pahalgam)
                then = _past_type(text[history.end():past[1]], r.candidate.start - history.end())
                type_id, wording = (then[0], history.end() - s + then[1]) if then else (None, wording)
                if then and _PAST_CLAUSE_ENDED.search(text, s + wording, r.candidate.start) \
                        and _DESTINATION_BEFORE.search(text, max(s, r.candidate.start - 12), r.candidate.start):
                    type_id = None  # where people went, in another clause than the past's: "about 3,400 people
                    # fled the camp in the two days after the attack, most toward Tawila" (no attack on Tawila)
            if r in passed_through and (len(passed_through) < len(located) or (
                    type_id in (None, "statement") or _taken_to_hospital(text, s, r) or type_id in deadly_told)
                    and not any(_KILLED.search(f.text) for f in figures[r.candidate.start])):
                continue  # "taken to hospitals in Suleja and Minna", "travelling from Kathmandu to ... Birgunj" (but
                # the dead counted there are the story's: "Navy divers and volunteers had recovered 38 bodies by
                # evening, and 61 survivors were taken to hospitals in Goma", after the boat sank off Goma); a route
                # told after its accident is no second one: "A ferry carrying 65 people sank late Wednesday in the
                # Bali Strait, ..." then "The KMP Tunu Pratama Jaya was sailing from Ketapang port in East Java to
                # Gilimanuk port in Bali when it capsized" (had made accidents in East Java and in Bali)
            if type_id not in (None, "statement") and type_id not in DEADLY_TYPES and not in_the_past \
                    and _told_in_another_report(worded, wording, r.candidate.start - s):
                continue  # "..., and Moldovan officials said polling stations abroad had received bomb threats in
                # Brussels": the second report's place, no place of the detentions told before it
            if type_id in ("protest", "riot") and _crowd_placed_after(text, s + wording, r, located):
                continue  # see ``_CROWD_PLACED_AFTER``
            if type_id == "attack" and _killed_by_a_mishap(sentence, wording):
                type_id = "accident"
            elif type_id == "accident" and worded.startswith(("drowned", "collaps", "Collaps") + _BURST_WORDINGS
                                                             + _FALLEN_STRUCTURES, wording) \
                    and (any(told == "disaster" for told, _ in stories)
                         or worded.startswith(("collaps", "Collaps") + _BURST_WORDINGS + _FALLEN_STRUCTURES, wording)
                         and any(told.type == "disaster" for told in events)):
                type_id = "disaster"  # a flood's drowned: "A 71-year-old man drowned when his pickup was swept off a
                # road near Rainelle" (after the floods' lead); a quake's or a storm's collapse: "Buildings collapsed
                # across Hatay, Adiyaman, Malatya and Gaziantep", "Santa Cruz in Zambales was cut off after a bridge
                # collapsed" (after the earthquake's, the typhoon's lead), "the century-old Ava Bridge linking Sagaing
                # to Mandalay Region partially collapsed into the river"; and its burst pipes: "In Nanao and
                # Anamizu, water pipes burst and some 20,000 households lost supply" (after the earthquake's lead)
            elif type_id == "accident" and _BLAZE_WORD.match(worded, wording) \
                    and (_A_WILDFIRE.search(worded) or any(
                        told.type == "disaster" and any(_A_WILDFIRE.search(source.text) for source in told.sources)
                        for told in events) or si == 0 and _A_WILDFIRE.search(text, e, e + _LEAD_AFTER_HEADLINE)):
                type_id = "disaster"  # the wildfire's blaze (``_A_WILDFIRE``); a headline's, the lead's wildfire
                # told after it: "What drove the fire that killed 60 around Viña del Mar", then "The wildfire that
                # killed 60 people in the hills around Viña del Mar ..." (had been an accident beside the disaster)
            elif type_id == "accident" and _CAUGHT_FIRE.search(worded, wording, r.candidate.start - s) \
                    and (struck := next((told.type for told in events if told.place == place_id
                                         and told.type in _STRIKES_THAT_SET_ABLAZE), None)):
                type_id = struck  # the fire a strike told there before set, its own: "Ukrainian naval drones struck
                # two tankers ... off Turkey's Black Sea coast", then "The Gambia-flagged tankers ... caught fire about
                # 28 nautical miles off the Turkish coast" (had been an accident beside the strike)
            elif type_id == "ground_operation" and unarmed_clash(worded, wording) \
                    and any(told.type in ("protest", "riot") for told in events):
                type_id = "riot"  # clashes no armed side fought, in a story of crowds: "In Douala, the economic
                # capital, at least four people were killed in clashes on Sunday, the regional governor said" (after
                # the protests in Garoua over the election's result; had been a ground operation)
            beside = None  # the story's event, when this place tells what followed it beside its own
            if type_id == "statement" and events and not in_the_past and _AFTERMATH_TOLD.search(sentence) \
                    and not _FOLDED_ANOTHER_STORY.search(sentence, folded) and not _ANOTHER_VESSEL.search(sentence) \
                    and (not background or _TOLD_SO_FAR.search(sentence) and not _YEAR.search(sentence)):
                news = _locations(text, s, in_sentence, placed=placed) if news is None else news
                followed = _aftermath_of(events, places, place_id) if r in news and not _SPEAKERS_IN.search(
                    text, max(s, r.candidate.start - SPEAKERS_REACH), r.candidate.start) else None
                finer = followed is not None and (_contains(places[followed.place], places[place_id])
                                                  and places[followed.place].kind != "country"
                                                  or places[followed.place].country is None)  # (a country's event
                # stays the country's, and the town's is its own: "The Singapore Civil Defence Force said it rescued
                # two people from a vehicle in Ang Mo Kio", after flash floods struck several parts of Singapore)
                if followed is not None and not finer and followed.place != place_id:
                    type_id, beside = followed.type, followed  # the story's, at a town beside its event's: "The
                    # coast guard rescued 12 people ... after the makeshift metal boat went down on Sunday near the
                    # Kerkennah Islands" (after the boat sank off Sfax)
                elif followed is not None:
                    # what followed the story's event, told at its place or a finer one: the event's, not a
                    # statement there ("The fire at the depot near the town of Valuyki was extinguished by the
                    # morning, he said", after drones struck a fuel depot in the Belgorod region)
                    if finer:
                        for ev in events:  # (the headline's too: "Houthis attack cargo ship in Red Sea")
                            if ev.place == followed.place and ev.type == followed.type and ev is not followed:
                                ev.place = place_id
                                ev.summary = default_summary(ev.type, places[place_id].name)
                        followed.place = place_id
                        followed.summary = default_summary(followed.type, places[place_id].name)
                    if not any(src.start == s for src in followed.sources):
                        followed.sources.append(Source(sentence, s, e))
                    _join_figures(followed.figures, _without_the_held(followed.type, figures[r.candidate.start]))
                    continue
            if (type_id in DEADLY_TYPES or _deadly_protest(type_id, figures[r.candidate.start])) \
                    and not background:  # (not 1988's hurricane)
                stories.append((type_id, r.entry))
            elif type_id in (None, "statement") and storys_toll and ((counted := any(
                    _DEAD_OR_HURT.search(f.text) or f.unit == "dead" for f in figures[r.candidate.start]))
                    or _dead_told(sentence) or _DEATHS_PLACED.search(sentence) is not None
                    or _HOMES_WRECKED.search(sentence) is not None):
                # "At least 19 people were killed in Jamaica, the prime minister said": the story's there.
                # Not where those who count sit, when the story is elsewhere: "Doctors at Nasser Hospital in
                # Khan Younis said 20 wounded were brought in" (from Rafah; an attack at Khan Younis, had been).
                # (or those named before it: "An army spokesman in Ituri, Lieutenant Jules Ngongo, put the toll at
                # 10 dead", of the attack on Komanda, in Ituri, had been an attack in Ituri)
                speakers_sit = _SPEAKERS_AFTER.match(text, r.candidate.end) is not None \
                    or _SPEAKERS_IN.search(text, max(s, r.candidate.start - SPEAKERS_REACH), r.candidate.start) is not None
                # (the dead told by their number alone: "four in Nellore", see ``_ELIDED_COUNT``)
                # (the dead told with no count at the place, a disaster's only: "In the town of Sagaing, closest
                # to the epicenter, residents said at least 50 mosques were damaged and hundreds of worshippers
                # died" is the earthquake's, at Sagaing, a statement had been; a war's stay a statement)
                type_id = next((t for t, where in reversed(stories) if (_in_the_story(where, r.entry)
                                                                         or _in_a_storms_country(t, where, r.entry, text))
                                and not (speakers_sit and where.id != r.entry.id)
                                and (counted or t == "disaster" or _DEATHS_PLACED.search(sentence))
                                and not (t == "disaster" and _WEAPONS_TOLD.search(sentence))), type_id)
            if type_id is None or not retold and not again and _past_a_semicolon(worded, wording, r.candidate.start - s):
                continue
            if _summed_up_by_its_towns(text, s, r, located, figures):
                continue
            if _told_in_a_while_clause_of_its_own(sentence, type_id, wording, r.candidate.start - s,
                                                  [o.candidate.start - s for o in located if o is not r],
                                                  [o.candidate.start - s for o in in_sentence if o is not r]):
                continue  # "a woman was killed by an elephant in Mwatate, while in Laikipia, herders have clashed
                # with rangers" (no clash in Mwatate: the clash is Laikipia's)
            if type_id not in _SPREADING_TYPES and _in_a_quiet_while_clause(sentence, wording, r.candidate.start - s):
                continue  # "Kenyan police fired tear gas at protesters in Nairobi and Mombasa on Tuesday ..., while
                # Kenyan troops remained deployed in Haiti's capital, Port-au-Prince" (no protest in Port-au-Prince)
            if _in_a_quiet_as_clause(sentence, wording, r.candidate.start - s) \
                    or _in_a_quiet_who_aside(sentence, wording, r.candidate.start - s) \
                    or (since := _SINCE_OPENS.match(sentence)) is not None \
                    and wording < since.end() <= r.candidate.start - s:
                continue  # (the period's start a sentence opens with is no event of its places: "Since Russia's
                # full-scale invasion, much of that grain has reached Romania by barge along the Danube, through the
                # ports of Galati and Izmail" had been a ground operation at both)
            if not in_the_past and past[0] <= s + wording < past[1] and not _opens_sentence(text, s, history):
                continue  # "Porto Alegre's lake rose on Saturday, ... in May 2024, when floods killed 183"
            # (but the news after a past that opens the sentence is its aftermath, of the news' day: "A week after
            # the earthquake, rescuers pulled a survivor from the rubble in Mandalay on Thursday")
            if type_id == "talks" and _TALKS_HALTED.search(sentence, wording) \
                    or type_id == "talks" and _TALKS_OFFERED_BEFORE.search(sentence, max(0, wording - 30), wording) \
                    or type_id == "prisoner_exchange" and _AGREED_BEFORE.search(sentence, max(0, wording - 40), wording) \
                    or _LAST_TIME.search(sentence, 0, max(wording, r.candidate.start - s)) \
                    or type_id == "talks" and _TALKS_TOPIC_BEFORE.search(text, max(s, r.candidate.start - 40),
                                                                       r.candidate.start) \
                    or type_id in ("talks", "statement") \
                    and _A_WAR_DISCUSSED_BEFORE.search(text, max(s, r.candidate.start - 120), r.candidate.start) \
                    or type_id == "talks" and r.candidate.start - s < wording \
                    and _EMBASSIES_IN_BEFORE.search(text, max(s, r.candidate.start - 60), r.candidate.start) \
                    or type_id == "talks" and wording < r.candidate.start - s \
                    and _SAID_AT_THE_TALKS.search(sentence, wording, r.candidate.start - s) \
                    or type_id == "exercise" and r.candidate.start - s < wording \
                    and _CITED_BEFORE.search(sentence, max(0, wording - 30), wording):
                continue  # talks that did not meet, an exchange agreed, the last time (see their comments)
            if type_id == "statement" and _where_an_aid_agency_spoke(text, s, r.candidate):
                continue  # an aid agency's seat or office, where it spoke (``_AID_AGENCY_SPEAKS_BEFORE``)
            if _hedged(sentence, wording, r.candidate.start - s) \
                    or type_id != "statement" and _supposed(sentence, wording) \
                    or type_id == "disaster" and _tracked_over_open_water(sentence, r.candidate.start - s, r.entry) \
                    or _ASKED_TO_BEFORE.search(sentence, max(0, wording - 60), wording) or (
                    type_id in DEADLY_TYPES and _reported_future(sentence, wording, r.candidate.start - s)) or (
                    type_id in _SCHEDULED_TYPES and (_scheduled(sentence, r.candidate.start - s) or
                                                     _CALLED_FOR_BEFORE.search(sentence, max(0, wording - 80),
                                                                               wording))):
                continue
            # (a dateline's place is as far from every date; the wording's nearest is the event's)
            anchor = (s + wording, s + wording + 1) if _in_the_dateline(text, s, r.candidate) \
                else (r.candidate.start, r.candidate.end)
            date = dates.naming(si, s + wording) or dates.at(si, *anchor, toll_told, s + wording)
            if type_id == "statement" and date is not None and s + wording < r.candidate.end <= date.start \
                    and _THAT_TOLD.search(text, r.candidate.end, date.start):
                date = None  # what was told's day, not the telling's: "Lawyers for the former president told a
                # federal judge in Washington that the documents had been moved to Mar-a-Lago ... in 2021."
            date = _anniversarys_date(text, s, s + wording, date, published)
            if date is not None and not dates.in_sentence(si) and _GOES_ON_TO_NOW.search(sentence):
                # what has gone on up to the news' day, not on the day the sentence before told of: "Fighting around
                # El Fasher ... has intensified in recent weeks." (after "The war ..., which erupted in April 2023"),
                # "Clashes between the rebels and pro-government militias ... have continued around Masisi and
                # Walikale." (after "M23 rebels took control of Goma in January.")
                lead = dates.lead()
                date = lead and replace(lead, approximate=True)
            if not in_the_past and date is not None and past[0] <= date.start < past[1] \
                    and _INVESTIGATION_BEGAN.match(text, history.start()):
                date = None  # the investigation's start, not the arrests': "The suspects were detained in Catania
                # ... after a two-year investigation that began when a fishing boat ... was intercepted ... in 2023."
            elif not in_the_past and date is not None and past[0] <= date.start < past[1] and history.group("during"):
                # the past's date, not the news' told in its own months or days: "At least 21 people were killed in
                # two days of rioting in Mozambique after the country's top court confirmed the ruling Frelimo
                # party's win in disputed October elections, police said on Wednesday" (Wednesday's, not October's)
                date = _news_date_outside(text, dates.in_sentence(si), past, r.candidate.start) or date
            if in_the_past and (date is None or not past[0] <= date.start < past[1]
                                or _SAID_ON_BEFORE.search(text, max(s, date.start - 40), date.start)):
                # (the day the news was told is no day of the past: "..., their lawyer said Tuesday")
                # the past's, not the news' day before the turn
                date = _turn_date(history, published, dates.at(si, s, history.start(), history.start()), text,
                                  past[1])
            if type_id == "arrest" and date is not None and date.start > s + wording \
                    and (_CAUSE_BEFORE.search(text, s + wording, date.start)
                         or _WARRANT_BEFORE.search(text, s + wording, date.start)):
                # the date of what the arrest was over, not the arrest's: "Iraqi security forces arrested four
                # suspects over a rocket attack on Baghdad airport last week" (the lead's day, about)
                lead = dates.lead()
                date = lead and replace(lead, approximate=True)
            if date is None and toll_told is not None and type_id in _DATED_BY_THEIR_TOLL:
                # A report of the toll is of the update's day; a disaster going on, about that day.
                told = dates.at(si, r.candidate.start, r.candidate.end)
                date = told and replace(told, approximate=told.approximate or type_id != "statement")
            if date is None and toll_told is None and (_FOLDED_GOES_ON.search(sentence, folded) or any(
                    _HARM_WORD.search(f.text) or _DEAD_OR_HURT.search(f.text) or f.unit == "dead"
                    for f in figures[r.candidate.start]) or _DEATHS_PLACED.search(sentence)
                    # (or a crowd's own violence: "Police fired tear gas and water cannon at crowds near parliament,
                    # and protesters set fire to a police post in Kitengela", after Monday's clashes in Nairobi)
                    or type_id == "riot" and CROWD_VIOLENCE.search(sentence)
                    # (or what a strike hit, told in the past: "In the western city of Lutsk, a drone struck an
                    # industrial facility, regional governor Ivan Rudnytskyi said", under an overnight attack's lead)
                    or type_id in REMOTE_MEANS and _HIT_THEN.search(sentence)
                    # (or a crowd that gathered: "Protesters gathered in the eastern Chacao municipality, a traditional
                    # opposition stronghold", under the lead of Thursday's rally in Caracas, had been undated)
                    or type_id == "protest" and _GATHERED_THEN.search(sentence)
                    # (or the story's quake or storm, told again: "The Emergency Situations Ministry said the quake
                    # struck at 10:42 p.m. at a depth of 10 kilometers, about 20 kilometers north of Gumri, in Shirak
                    # province", under the lead of Tuesday's quake, had been undated)
                    or type_id == "disaster" and _THE_HAZARD_STRUCK.search(sentence)) \
                    and not background \
                    and not find_dates(text, published, s, e):  # "killed in Haiti last year": no news of the day
                date = dates.lead()  # "Another strike in Tyre killed two people", under a dated lead
                # (and the dead counted as died: "The Provincial Disaster Management Authority (PDMA) of Khyber
                # Pakhtunkhwa said 28 people died in Buner", under the lead of Friday's floods, had been undated; so had
                # the dead told by their number alone, "four in Nellore and three in Kurnool", see ``_ELIDED_COUNT``)
                # (and the dead placed with no count: "Most of the deaths were in Nairobi, Nakuru and Nyeri, the rights
                # group said", under the lead of Monday's protests)
            if date is None and type_id in _OPENING_DATED_TYPES and not background:
                date = dates.opening_day(si)
            elif date is not None and date.text.lower() == "overnight" and type_id in _OPENING_DATED_TYPES \
                    and not background and (day := dates.opening_day(si)) is not None and day.value < date.value:
                # "overnight" reckoned from the article's day, the lead's night told the day after it: "Bandits have
                # abducted at least 43 people ... in an overnight attack on Kairu village ..., residents said on
                # Saturday." then "The gunmen ... stormed the community at about 11pm on Thursday" (had been Saturday)
                date = day
            if date is None and type_id in DEADLY_TYPES and not background and (
                    _THE_EVENT_AGAIN.match(sentence) or retold  # (or "The attack took place in a rural area of the
                    # municipality of Amalfi", after the lead's drone strike on Sunday)
                    or type_id == "disaster" and _THE_DISASTER_AGAIN.match(sentence)):
                date = dates.lead()  # the lead's strikes, named again: "The strikes hit the outskirts of the town of
                # Baalbek and an area near Wadi Faara, a security source said." (after "Israeli air strikes on
                # Lebanon's eastern Bekaa valley killed 12 people on Tuesday")
            if date is None and beside is not None and beside.date is not None and not background:
                date = dates.lead()  # the day of the event it followed, told at a town beside it: "deputies in
                # Terrebonne Parish said they had pulled at least 60 people from flooded homes by nightfall"
            if date is None and type_id == "accident" and toll_told is None and not background and not in_the_past \
                    and (lead := dates.lead()) is not None \
                    and any(ev.type == "accident" and ev.date == lead.value and not _COURT_DAY.search(ev.sources[0].text)
                            for ev in events) \
                    and not find_dates(text, published, s, e):
                # the crash the lead told, told on: "The wreckage was found in Shivapuri, near the village of
                # Suryachaur in Nuwakot district", under "A helicopter crashed in a forested hillside in central Nepal
                # on Wednesday" (had been undated)
                date = lead
            if date is None and type_id == "exercise" and not background and not in_the_past \
                    and (lead := dates.lead()) is not None \
                    and any(ev.type == "exercise" and ev.date == lead.value for ev in events) \
                    and not find_dates(text, published, s, e):
                # the drills the lead told, told on: "The Eastern Theater Command said the drills, code-named
                # \"Strait Thunder-2025A\", were focused on the middle and southern parts of the Taiwan Strait" (under
                # "China's military held a second day of war games around Taiwan on Wednesday"; had been undated)
                date = lead
            if type_id == "statement":
                news = _locations(text, s, in_sentence, placed=placed) if news is None else news
                if _plans_there(sentence, wording, r.candidate.start - s) and not figures[r.candidate.start] \
                        or _forecast_told_before(sentence, wording, r.candidate.start - s) \
                        or _no_statement_there(text, s, r, located, news) or _VOX_POP.search(sentence) \
                        or _quoted(sentence, r.candidate.start - s) \
                        or _NEIGHBOURING_BEFORE.search(text, max(s, r.candidate.start - 14), r.candidate.start) \
                        and not _SPEAKERS_IN.search(text, max(s, r.candidate.start - SPEAKERS_REACH), r.candidate.start) \
                        or _SHELTERED_OR_LANDED_IN_BEFORE.search(text, max(s, r.candidate.start - 80),
                                                                 r.candidate.start) \
                        or _SET_OUT_FROM_BEFORE.search(text, max(s, r.candidate.start - 60), r.candidate.start) \
                        or _FROM_BEFORE.search(text, max(s, r.candidate.start - 80), r.candidate.start):
                    # (nor where a cargo came from: "The drugs were found in boxes inside a container that arrived
                    # from the port of Guayaquil, police said" had been the police's statement there)
                    continue  # (a passer-by quoted is no actor's statement: '"We go to get flour and we
                    # come back as corpses," said Umm Ahmed, 41, in Deir al-Balah.')
            if retold_event and len(located) == 1 and retold_event.place != place_id \
                    and _one_place(places[retold_event.place], places[place_id]) \
                    and not _contains(places[place_id], places[retold_event.place]):
                # where the story's event happened, told more precisely: "The shooting happened just before 11 p.m.
                # in the Englewood neighborhood" (after the lead's shooting "on the city's South Side late
                # Saturday"), "The attack happened at about 1 a.m. Friday in Lin Ta Lu village in Sagaing
                # township" (after the lead's airstrike "in the central Sagaing region ..., residents said Saturday")
                retold_event.place = place_id
                if date is not None and not date.approximate:
                    retold_event.date, retold_event.approximate = date.value, False
                retold_event.sources.append(Source(sentence, s, e))
                retold_event.actors += [a for a in actors if a not in retold_event.actors]
                retold_event.figures += [f for f in figures[r.candidate.start] if f not in retold_event.figures]
                retold_event.summary = default_summary(retold_event.type, places[place_id].name)
                continue
            if type_id == "statement" and speakers is None:
                speakers = find_actors(sentence, in_sentence, place_words, speakers=True, offset=s)
            if type_id == "statement":
                event_actors = speakers
            elif in_the_past:
                event_actors = past_actors
            elif by_clause is not None and type_id in _SIDES_BY_CLAUSE:
                event_actors = _clause_actors(sentence, s, r.candidate.start - s, in_sentence, place_words,
                                              by_clause) or actors
            else:
                event_actors = actors
            if type_id in ("protest", "riot") and event_actors:
                # the country whose police, army or government faced the crowd is not the crowd: "Kenyan police
                # fired tear gas and water cannon at thousands of protesters in Nairobi" (Kenya had been its actor);
                # nor, a riot's, the president whose win it rose against: "Cameroon's Constitutional Council declared
                # 92-year-old President Paul Biya the winner ... as ... his supporters clashed with police" (Paul Biya
                # had been the riot's actor)
                facing = _states_facing_crowds(sentence, in_sentence, s)
                event_actors = [a for a in event_actors if a not in facing and not _in_office(sentence, a)]
            if type_id == "disaster":
                # A flood or an epidemic is no one's doing, and who reports it no party: "Chad's health ministry
                # declared a cholera outbreak on Monday in the eastern province of Ouaddai" (not Chad's)
                event_actors = []
            events.append(Event(
                id="", place=place_id, type=type_id, date=date.value if date else None,
                approximate=bool(date and date.approximate),
                actors=list(event_actors),
                figures=_without_the_cause(type_id, sentence, _without_the_held(
                    type_id, _held_only(type_id, figures[r.candidate.start]))),
                summary=default_summary(type_id, places[place_id].name),
                sources=[Source(sentence, s, e)]))
            told_before.append(events[-1])
    headline_start = spans[0][0] if _has_headline(text, spans) else -1
    events = _headline_told_again(_merge(events, headline_start, published), text, spans, places)
    merged = _merge(_quarter_told_precisely(_lead_told_again(events, text, spans, places, published), text, places),
                    headline_start, published)
    return [_said_by_its_day(_without_vague_beside_precise(_without_shares_told_apart(ev)), published) for ev in merged]


def _said_by_its_day(event: Event, published: dt.date | None) -> Event:
    """The event without a date after the article's (FUTURE_GRACE_DAYS on) if it is a statement, which was made by the
    article's day: "The ministry said 14 new dams ... would be completed in Khuzestan ... by March 2026" (had been a
    statement of March 2026); the plan's date is the plan's."""
    if event.type == "statement" and event.date and published is not None:
        year, month, day = (int(part) for part in (event.date.split("-") + ["1", "1"])[:3])
        if (dt.date(year, month, day) - published).days > FUTURE_GRACE_DAYS:
            event.date, event.approximate = None, False
    return event


# A count of the dead in a vague word (``_NUMBER_WORDS``' least it can mean): "kills dozens".
_VAGUE_COUNT = re.compile(r"\b(?:a\s+dozen|dozens|hundreds|thousands)\b", re.I)


def _without_vague_beside_precise(event: Event) -> Event:
    """The event without a vague count of its dead where it counts them precisely, at least as many: "Sudan: RSF
    attack on El Fasher camp kills dozens" is the lead's "killing at least 40 people" (the headline's dozens had
    stood beside the 40 as 12 more dead)."""
    precise = max((fatalities([f]) for f in event.figures if not _VAGUE_COUNT.search(f.text)), default=0)
    event.figures = [f for f in event.figures
                     if not (_VAGUE_COUNT.search(f.text) and 0 < fatalities([f]) <= precise)]
    # ... and so of its missing: "68 dead and 74 missing" is the lead's "leaving dozens missing" (had stood beside
    # the 74 as 12 more missing)
    missing = max((f.value for f in event.figures if f.unit == "missing" and not _VAGUE_COUNT.search(f.text)),
                  default=0)
    event.figures = [f for f in event.figures
                     if not (f.unit == "missing" and _VAGUE_COUNT.search(f.text) and f.value <= missing)]
    return event


def _without_shares_told_apart(event: Event) -> Event:
    """The event without its share of a toll told for a list of places (``_shares``), where the story tells the
    place's own dead too: "Pakistan: 45 dead as flash floods hit Swat and Buner", then "In Swat, nine people were
    killed" (Swat's dead are the nine, not 23 of the headline's 45 beside them)."""
    if any(f.share is None and fatalities([f]) for f in event.figures):
        event.figures = [f for f in event.figures if f.share is None or not fatalities([f])]
    return event




# A country's organs that face a crowd, not march in it: "Kenyan police", "Nepal's army", "Peru's government".
_STATE_ORGAN_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:riot\s+|security\s+|interior\s+)?(?:police|army|military|"
                                r"troops|soldiers|forces|government|authorities|ministry|president|prime\s+minister)\b",
                                re.I)


# A head of state or government, a minister, a governor or a mayor in office, named by the title: whom a crowd faces,
# not who marches in it ("Madagascar's President Andry Rajoelina dismissed his government on Monday following days of
# youth-led protests"); a former one may lead a march ("former president Evo Morales"), and one campaigning holds
# his own rallies ("President Yoweri Museveni ... campaigned in his western heartland, addressing rallies in Mbarara").
_OFFICE_TITLE = r"(?<!former )(?<!ex-)\b(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Governor|Mayor)\s+"
_HOLDS_RALLIES = re.compile(r"\b(?:campaign(?:ed|ing|s)?|address(?:ed|es|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                            r"(?:rall(?:y|ies)|crowds?|supporters)|(?:held|holds|led|leads)\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w-]+\s+)?(?:rall(?:y|ies)|march(?:es)?))\b", re.I)


def _in_office(sentence: str, actor: str) -> bool:
    """Whether the sentence names ``actor`` (a person's name) after an office title, as one in office
    whom a protest faces (not one who holds a rally of his own)."""
    return " " in actor and re.search(_OFFICE_TITLE + re.escape(actor) + r"\b", sentence) is not None \
        and not _HOLDS_RALLIES.search(sentence)


def _states_facing_crowds(sentence: str, in_sentence: list[Resolution], s: int) -> set[str]:
    """The countries a sentence names only by their police, army or government ("Kenyan police
    fired tear gas ... at thousands of protesters"), which face a protest and are none of its crowd;
    a country named as a side otherwise too ("Serbian students") stays."""
    organs, others = set(), set()
    for r in in_sentence:
        if r.entry is None or r.entry.kind != "country":
            continue
        if r.candidate.role not in ("demonym", "possessive"):
            continue  # the country a place lies in, a dateline's ("NAIROBI, Kenya (AP) -"), is no one's side
        (organs if _STATE_ORGAN_AFTER.match(sentence, r.candidate.end - s) else others).add(r.entry.name)
    return organs - others


# A neighbouring place, named beside the story's, where no one who speaks sits: "which it said would cost
# more than the Amaravati capital in neighbouring Andhra Pradesh" (no statement there; "Authorities in
# neighbouring Nicaragua said" is one).
_NEIGHBOURING_BEFORE = re.compile(r"\bneighbou?ring\s+(?:the\s+)?$", re.I)
_WHO_AFTER_CLAUSE = re.compile(r"[,;(][^,;()]*\b(?:which|who|that)\b[^,;()]*$", re.I)


# The dead a sentence tells with no count of its own: "hundreds of worshippers died", "28 were found"
# after "35 bodies were recovered".
# ("155 people were killed in the region, two in Castilla-La Mancha and one in Andalusia")
# The dead of a weapon, which no flood's or epidemic's story takes: "In Khan Younis, a strike on 10 September hit
# a tent encampment in Al Mawasi, ..., killing 19 people" (after "UNICEF reported 41 new cases of acute watery
# diarrhoea among children in Maghazi and Bureij camps")
_WEAPONS_TOLD = re.compile(r"\b(?:(?:air\s*)?strikes?|shelling|shells?|bomb(?:s|ing|ed)?|missiles?|drones?|rockets?|"
                           r"gunmen|gunfire|shot|shooting|mortars?|artillery)\b", re.I)
_DEAD_TOLD = re.compile(r"\b(?:died|dead|killed|bodies|drowned|perished|buried alive|"
                        r"lost\s+(?:their|his|her)\s+li(?:ves|fe))\b", re.I)
# ... not a herd's dead, a drought's loss told by a herder: '"Our last camels died on the way," said Halima Abdi, a
# mother of seven at a camp outside Baidoa' (had been the drought at Baidoa), "thousands of cattle have died".
_ANIMALS_DIED_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_ANIMALS))})\s+(?:(?:have|has|had)\s+)?(?:also\s+)?$",
                                  re.I)


def _dead_told(sentence: str) -> bool:
    """Whether the sentence tells of people dead, with no count (``_DEAD_TOLD``), not of animals only."""
    return any(not _ANIMALS_DIED_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
               for m in _DEAD_TOLD.finditer(sentence))
# Where the story's dead were, told with no count: "Most of the deaths were in Kunar province, where entire villages
# of mud-brick homes collapsed", "Other deaths were reported in Travis, Burnet, Kendall, Tom Green and Williamson
# counties" (after the earthquake's, the floods' toll; had been no event).
_DEATHS_PLACED = re.compile(r"\b(?:deaths|dead|victims|fatalities)\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?"
                            r"(?:(?:reported|recorded|confirmed)\s+)?(?:in|from)\b", re.I)


# Homes a hazard wrecked, told with no hazard named: "In Mecufi district, nearly every home was destroyed, according
# to the National Institute for Disaster Risk Management" (after the cyclone's lead; had been its statement), "Roofs
# were torn off schools and clinics in Metuge", "more than 200 homes were left under water".
_HOMES_WRECKED = re.compile(r"\b(?:homes?|houses?|dwellings?|huts?|buildings?|shelters?|roofs?|neighbou?rhoods?)\s+"
                            r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:all|also|completely|entirely|"
                            r"partly|badly|totally)\s+)?(?:destroyed|flattened|razed|damaged|washed\s+away|swept\s+away|"
                            r"torn\s+off|blown\s+away|left\s+under\s*water|submerged|inundated|flooded)\b", re.I)


def _deadly_protest(type_id: str | None, figures: list[Figure]) -> bool:
    """Whether a protest counts its dead, a story whose toll is told on as said: "At least 31 people were killed
    during anti-government protests across Kenya on Monday", then "Most of the deaths were in Nairobi, Nakuru and
    Nyeri, the rights group said" (the protest's dead there, which had been the rights group's statements)."""
    return type_id == "protest" and any(_KILLED.search(f.text) or f.unit == "dead" for f in figures)


# Talks that have not met, stalled or put off, are no talks: "Ceasefire talks mediated by Qatar and Egypt in Doha
# have stalled, officials said on Sunday."
_TALKS_HALTED = re.compile(r"[^.;]{0,80}?\b(?:(?:have|has|had)\s+(?:been\s+)?|remain(?:s|ed)?\s+)(?:stalled|deadlocked|"
                           r"postponed|delayed|suspended|put\s+on\s+hold|broken\s+down)\b", re.I)
# Talks only offered have not met: "In Kansas City, Kansas, the Unified Government of Wyandotte County said it was still
# open to talks with the team" (AP; had been talks in Kansas City), "ready for talks", "willing to hold talks".
_TALKS_OFFERED_BEFORE = re.compile(r"\b(?:open|ready|willing|prepared)\s+(?:to|for)\s+(?:(?:hold|resume|new|further|"
                                   r"fresh|direct)\s+)?$", re.I)
# An exchange agreed is yet to come: "Russia and Ukraine agree new prisoner swap at Istanbul talks".
_AGREED_BEFORE = re.compile(r"\bagree[sd]?\s+(?:on\s+|to\s+)?(?:(?:an?|the|new|another|fresh|further|more)\s+)*$", re.I)
# The last time it happened, history: "Trump and Putin last met in person in Helsinki in 2018.", "China last held
# major drills around Taiwan in December and in October" (not one last seen somewhere).
_LAST_TIME = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\blast\s+(?:met|held|hosted|staged|conducted|carried\s+out|"
                        r"launched|struck|fought|clashed|visited|exchanged|swapped|signed)\b", re.I)
# What talks are about, not where they are: "met ... in Anchorage on Friday but failed to agree on a ceasefire in
# Ukraine" (no talks in Ukraine).
_TALKS_TOPIC_BEFORE = re.compile(r"\b(?:ceasefire|cease-fire|truce|peace|war|conflict|fighting|settlement|hostilities)\s+"
                                 r"(?:in|over|for)\s+(?:the\s+)?"
                                 # ("ending years of fighting in eastern Congo")
                                 r"(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|"
                                 r"south-?eastern|south-?western)\s+)?$", re.I)
# A war that was talked about, what talks or a speech were about, not where they were: "The two ministers discussed
# trade, climate change and the war in Ukraine, according to a readout" (a phone call, had been a statement in
# Ukraine), "Lourenco said in his acceptance speech, pointing to the wars in Sudan and eastern Congo" (given in Addis
# Ababa, had been statements in Sudan and Congo).
_A_WAR_DISCUSSED_BEFORE = re.compile(r"\b(?:discuss(?:ed|es|ing)?|pointing\s+to|pointed\s+to|points\s+to|referring\s+to|"
                                     r"referred\s+to|refers\s+to|mention(?:ed|ing|s)?)\s+(?:[^.;:]{0,60}?\s)?"
                                     r"(?:the\s+)?(?:wars?|conflicts?|crisis|crises|fighting)\s+in\s+(?:the\s+)?"
                                     # ... and the list's next names ("the wars in Sudan and eastern Congo")
                                     r"(?:(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2},?\s+(?:and|or)\s+)?"
                                     r"(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|"
                                     r"south-?eastern|south-?western)\s+)?$", re.I)
# What a speaker at the talks said of other places, after the saying: "Speaking at a meeting of the Greater Manchester
# Combined Authority in Salford, Burnham said the network had already increased passenger numbers by 5 per cent in Bolton
# and Wigan" (Reuters; had been talks in Bolton and Wigan too).
_SAID_AT_THE_TALKS = re.compile(r"\b(?:said|says|told|added|announced)\b")
# Where embassies stand, told before the talks' word, no venue of them: "The two sides agreed to restore staff at their
# embassies in Washington and Moscow and to set up high-level teams to negotiate an end to the conflict" (had been
# talks in Washington and Moscow; but "talks at the U.S. embassy in Baghdad" were held there).
_EMBASSIES_IN_BEFORE = re.compile(r"\bembass(?:y|ies)\s+in\s+"
                                  # ... and the list's next names
                                  r"(?:(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2},?\s+(?:and|or)\s+)?$",
                                  re.I)
# Drills named as the cause of something else, no drills there: "Poland closed its border with Belarus at midnight on
# Thursday, including the rail crossing at Terespol, citing the drills." (the place before them: but "Muraveika
# cited recent NATO maneuvers near Grodno" names where they were)
_CITED_BEFORE = re.compile(r"\b(?:citing|cited|blaming|blamed|because\s+of|in\s+response\s+to|ahead\s+of)\s+"
                           r"(?:the\s+|its\s+|their\s+|these\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# A statement of what is yet to be done, a plan, is no event: "In Brussels, the European Commission said it would
# propose a 19th package of sanctions against Russia next month", "civic officials said they would evacuate other
# dangerous buildings", "officials said on Tuesday that the line through Sharqia was due to receive a new
# electronic signal system next year"; a forecast too: "Meteorologists in Honolulu said El Nino conditions could
# bring a drier than normal winter to all of Hawaii's main islands", "AEMET said temperatures in Seville and Cordoba
# could reach 46 C on Monday" (an "and" only between names, a list's).
_PLANS_SAID = re.compile(r"(?:said|says|announced|told\s+[\w-]+)(?:\s+on\s+[A-Z]\w+)?,?\s+(?:that\s+)?"
                         r"(?:(?!(?:but|while|as)\b)(?!and\s+(?![A-Z]))[\w'\u2019-]+,?\s+){0,6}?"
                         r"(?:would|will|could|may|might(?!\s+have\b)|(?:is|are|was|were)\s+(?:due|set|scheduled|"
                         r"expected|going)\s+to|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to)\b")

_PLANS_APART = re.compile(r",\s+(?:and|but|while)\b|;")
_SAID_IN_BEFORE = re.compile(r"\b(?:in|at|from)\s+(?:the\s+)?$", re.I)
# The saying's own place, between it and the place: "said in Brussels", "said on Monday in Kyiv", "told supporters in
# Ankara", "said at a news conference in Lima"; not the subject of what is to come, "AEMET said temperatures in
# Seville and Cordoba could reach 46 C on Monday" (a forecast, which had been a statement in Seville).
_SAID_WHERE = re.compile(r"(?:said|says|announced|added|told\s+(?:[\w'\u2019-]+\s+){1,3}?)(?:\s*,?\s*on\s+[A-Z]\w+)?"
                         r"(?:\s+(?:at|during|after)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,4}?)?"
                         r"\s*,?\s*(?:in|at|from)\s+(?:the\s+)?$", re.I)


def _plans_there(sentence: str, wording: int, place: int) -> bool:
    """Whether the statement at ``wording`` only says what is to come (``_PLANS_SAID``) and the place at ``place``
    is the plan's or the forecast's, not where it was said: after the plan's verb ("said it would add gas-fired
    capacity at its plant in Moin"), between the saying and it as no place spoken in ("that the line through
    Sharqia was due to"), or in a clause of its own before it ("has forecast heavy rain in Thane district this week,
    and civic officials said they would evacuate"); not "Police in Southport said they would increase patrols",
    nor "told supporters in Ankara that the party would"."""
    plan = _PLANS_SAID.match(sentence, wording)
    if plan is None:
        return False
    if place >= plan.end():
        return True
    if place > wording:
        return not _SAID_IN_BEFORE.search(sentence, max(wording, place - 10), place) \
            or not _SAID_WHERE.match(sentence[:place], wording)
    return _PLANS_APART.search(sentence, place, wording) is not None


# A forecast told before its teller is none of the teller's statements there: "Ash falls of more than 3 centimetres
# would make roads impassable in central Tokyo, and as much as 30 cm could pile up in parts of Kanagawa prefecture near
# the volcano, the Cabinet Office panel said", "A similar event hitting Murcia or Málaga could be worse, they warned",
# "a halt to deliveries at the Taichung terminal could force rolling blackouts, according to a report" (had been
# statements in Tokyo, Kanagawa, Murcia and Taichung); the teller, after the forecast's last comma.
_WHAT_MAY_COME = re.compile(r"\b(?:would|could|might)\b(?!\s+(?:have|not)\b)", re.I)
_TELLER_AFTER_A_COMMA = re.compile(r",\s+(?:[\w'\u2019.-]+\s+){0,6}$")


def _forecast_told_before(sentence: str, wording: int, place: int) -> bool:
    """Whether the place at ``place`` is in a forecast (``_WHAT_MAY_COME``, after it or just before it) that the
    statement at ``wording``, after it and a comma, tells."""
    comma = sentence.rfind(",", place, wording)
    return place < comma and _TELLER_AFTER_A_COMMA.match(sentence, comma, wording) is not None \
        and (_WHAT_MAY_COME.search(sentence, place, comma) is not None
             or _WHAT_MAY_COME_IN_ITS_CLAUSE_BEFORE.search(sentence, max(0, place - 60), place) is not None)


# ... and just before it, in its clause: "could pile up in parts of Kanagawa prefecture" (not another clause's, "said
# Nigerian applicants ... would be seen as planned, but consulates in Beijing, Shanghai and Guangzhou have told Chinese
# students to expect delays", where the consulates spoke).
_WHAT_MAY_COME_IN_ITS_CLAUSE_BEFORE = re.compile(r"\b(?:would|could|might)\s+(?!(?:have|not)\b)"
                                                 r"(?:(?!\b(?:but|and|while|as)\b)[^,;:\"\u201c\u201d]){0,50}$", re.I)


# A toll counted over the last few days, the news' own: "At least 42 people have died in floods and landslides
# triggered by torrential rain across eastern Nepal since Friday" is no background (its districts' tolls after
# it, "Three people died in Udayapur", had been no one's statements).
_THESE_DAYS = re.compile(r"\b(?:since\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
                         r"last\s+night)|(?:in|over)\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|[2-6])\s+days|"
                         r"over\s+the\s+weekend)\b", re.I)


# A rank among the year's, no background: "Typhoon Fung-wong, one of the largest storms to hit the Philippines this
# year, made landfall in Dinalungan town" (the news; but "the deadliest ... this year" stays, by its own word).
_RANKED_BEFORE = re.compile(r"\b(?:(?:strong|larg|bigg|heavi|power|fierc|intens|wett|high|great)est|first|"
                            r"most\s+[\w-]+)\s+(?:[\w'\u2019-]+\s+){0,8}$", re.I)


def _background(sentence: str, folded: str) -> bool:
    """Whether the sentence tells background (``_BACKGROUND``): a toll that has risen over the last few days
    (``_THESE_DAYS``) is no background for that alone, nor a rank among this year's (``_RANKED_BEFORE``)."""
    recent = _THESE_DAYS.search(sentence)
    return any((recent is None or not (m.group().lower().startswith(("has", "have", "had")) or m.start() == recent.start()))
               and not (m.group().lower().startswith("this") and _RANKED_BEFORE.search(sentence, 0, m.start()))
               for m in _FOLDED_BACKGROUND.finditer(sentence, folded))


def _last_dated_clause(sentence: str) -> str:
    """The clause after the sentence's last semicolon when it names a year, one event told after the years of them
    before it: "Greece has suffered a series of deadly fires in recent years; in 2018, a blaze in the seaside town of
    Mati killed 104 people" (had made no event); else the whole sentence."""
    _, semicolon, clause = sentence.rpartition(";")
    return clause if semicolon and _YEAR.search(clause) else sentence


def _over_years(sentence: str, folded: str) -> bool:
    """Whether the sentence tells of years of events (``_OVER_YEARS``), or of a span of years
    (``_FOR_YEARS``) not in an aside on one who acts in it or on the story's setting: "Al Shabaab, which
    has been fighting for more than 15 years to topple the central government, has recaptured several
    towns in the Middle Shabelle region this year" is this year's news, as is "reported heavy fighting on
    Sunday ..., the latest flare-up in a conflict that has disrupted life across the northern region for
    more than a year" (and "The ministry, which has worked from Port Sudan since the war began in April 2023, said
    Omdurman accounted for nearly a third of new infections")."""
    return _FOLDED_OVER_YEARS.search(sentence, folded) is not None \
        or _EACH_YEAR.search(sentence) is not None and _YEAR.search(sentence) is None \
        or (war := _SINCE_THE_WAR.search(sentence)) is not None and not _SUPERLATIVE.search(sentence, 0, war.start()) \
        and not _WHO_AFTER_CLAUSE.search(sentence, 0, war.start()) \
        or any(not _WHO_AFTER_CLAUSE.search(sentence, 0, m.start())
               for m in _FOLDED_FOR_YEARS.finditer(sentence, folded))


def _news_of_its_own_day(sentence: str, dates: _Dates, si: int, s: int, told: list[Event]) -> bool:
    """Whether the sentence's news, placed nowhere but where its speakers sit, is named by its own
    day and was not told before: news of theirs, there ("told reporters in Akron that the department
    would investigate Saturday's shooting" had lost Akron's shooting), not another place's ("said in
    Brussels that the bloc was concerned by Sunday's arrests", Tbilisi's, told before)."""
    found = classify_match(sentence)
    day = found and dates.naming(si, s + found[1])
    return bool(day) and not any(event.type == found[0] and event.date == day.value for event in told)


def _names_a_town_elsewhere(in_sentence: list[Resolution], seats: list[Resolution]) -> bool:
    """Whether the sentence names a town or a region besides where its speakers sit (``seats``), though in no words
    that place it: then its news is that place's, not theirs ("Ukraine's air force said in Kyiv that Russia launched
    120 drones overnight, hitting Kharkiv and Dnipro" had made a strike at Kyiv)."""
    return any(r.candidate.role == "place" and r.entry is not None and r.entry.kind not in ("country", "continent")
               and all(r.entry.id != seat.entry.id for seat in seats) for r in in_sentence)


# News the speakers place where they sit: "Officials in Kherson said Russian shelling killed two
# people in the city", "... killed two people there"; local police's arrests ("Police in Lahore
# said they had arrested 12 people").
_IN_THAT_PLACE = re.compile(r"\b(?:in|across|around|near|outside|inside)\s+the\s+(?:city|town|village|region|province|"
                            r"district|area|oblast|county|state|capital|camp|port)\b(?!\s+of\b)|"
                            r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might)\b)", re.I)
# (after an opener that turns to another story: "Separately, police in Szeged said on Sunday they had detained four
# people", "In a separate incident, police in Kosice said ... they had arrested a man"; had made no arrest)
_LOCAL_POLICE = re.compile(r"(?:(?:separately|meanwhile|elsewhere|also|in\s+(?:a\s+separate|another)\s+"
                           r"(?:incident|case|development|operation)),?\s+)?"
                           r"(?:the\s+)?(?:police|authorities)\s+in\s+", re.I)


def _news_where_they_sit(sentence: str, sentence_type: str) -> bool:
    return _IN_THAT_PLACE.search(sentence) is not None \
        or sentence_type == "arrest" and _LOCAL_POLICE.match(sentence) is not None


# Whom a statement addresses, and what someone will do, are not where it was made: "a warning to
# warmongers in Seoul and Washington", "its leaders in Kolkata would challenge it".
# (A message's: "a former hotel used to house asylum seekers in Rotherham" is where the arson was.)
_ADDRESSEES_IN = re.compile(r"\b(?:warnings?|messages?|threats?|appeals?|calls?|letters?|signals?|ultimatums?)\s+"
                            r"(?:to|for|against)\s+(?:the\s+)?[\"\u201c]?(?:[\w-]+\s+){0,2}?[\w-]+s[\"\u201d]?\s+in\s+"
                            r"(?:the\s+)?$", re.I)  # (a warning to "warmongers" in Seoul)
_WILL_AFTER = re.compile(r"(?:\s+(?:region|province|state|city))?\s+(?:would|will|could|might)\b", re.I)
# What the sea, the ice or the air measured in a place is a finding about it, no statement there: "Scientists said warm
# conditions in the Barents Sea, the Sea of Okhotsk and Hudson Bay kept ice from forming" (had been three statements).
_MEASURED_IN_BEFORE = re.compile(r"\b(?:(?:warm|warmer|cold|colder|dry|drier|wet|ice|sea|ocean|weather)\s+conditions|"
                                 r"(?:air\s+|sea\s+|water\s+|surface\s+|ocean\s+)?temperatures|sea\s+ice|"
                                 r"ice\s+(?:extent|cover|sheets?|shelf|shelves)|snow\s+cover|permafrost|"
                                 r"sea\s+levels?)\s+(?:in|around|off|across|over|near|at)\s+(?:the\s+)?$", re.I)


# What those spoken of are accused of doing there is no statement there: "He said hundreds of people accused of
# looting shops in Thika and Matuu would be prosecuted" (had been a statement in Thika).
# (not the clause's own verb after: "suspects accused of crimes in Foca and Rudo are under way in Sarajevo")
_ACCUSED_OF_BEFORE = re.compile(r"\b(?:accused|suspected|charged|convicted)\s+(?:of|with)\s+"
                                r"(?:(?!\b(?:are|is|was|were|have|has|had|will|would)\b)[^.;,]){0,50}?"
                                r"\b(?:in|at|near|from)\s+(?:the\s+)?$", re.I)


# A route's ends, where what travelled it was going or came from: "The train, carrying iron ore from Vares to the port
# of Ploce in Croatia, left the tracks in a tunnel, spokesman Edin Hodzic said" (had been a statement in Ploce).
_TRAVELLED_TO_BEFORE = re.compile(r"\b(?:carrying|ferrying|transporting|hauling|travel(?:l)?ing|bound|heading|en\s+route)\b"
                                  r"[^.;]{0,40}?\b(?:from\s+[^.;]{1,40}?\bto|for|toward|towards)\s+(?:the\s+)?"
                                  r"(?:(?:port|city|town|village|capital)\s+of\s+)?$", re.I)


# ... nor where walkers or pilgrims set out from: "More than 500,000 people walked the Camino de Santiago in 2025, a
# record, according to the pilgrims' office, with many starting in Sarria in Galicia or Saint-Jean-Pied-de-Port in
# France" (had been statements in Sarria and Saint-Jean-Pied-de-Port).
_WALKERS_STARTED_IN_BEFORE = re.compile(r"\b(?:starting|setting\s+(?:off|out)|set\s+(?:off|out)|departing|departed)\s+"
                                        r"(?:in|from)\s+[^.;]{0,40}$", re.I)


# Where those spoken of come from, or went before, is no statement there: "Most of the passengers were from
# Maharashtra state in western India and had visited the Muktinath temple in Mustang district, officials said" (had
# made three statements, in India, Muktinath and Mustang).
_ORIGIN_OR_VISIT_BEFORE = re.compile(r"\b(?:(?:were|was|are|is|came|come|hailed)\s+(?:(?:all|mostly|originally)\s+)?"
                                     r"from|natives?\s+of|had\s+(?:earlier\s+|just\s+)?visited)\b[^.;,]{0,50}$", re.I)
# ... nor where one spoken of or speaking comes from, named right after: "said Manoj Kumar, a devotee from Rampur in Uttar
# Pradesh", "A woman from Salem in Tamil Nadu was among the dead, police said" (had been statements in Uttar Pradesh and
# Tamil Nadu); not what befell them elsewhere ("One 14-year-old boy from Wigan was found by officers in Barrow").
# (a town named after "from", up to the place looked at: "from Rampur in ", "from the village of ")
_FROM_A_NAMED_PLACE = r"from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}(?:(?:in|(?:city|town|village|district)\s+of)\s+)?$"
_ONE_FROM_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:pilgrim|devotee|worshipper|mourner|man|woman|boy|"
                              r"girl|teenager|fan|spectator|passenger|tourist|visitor|student|survivor)\s+"
                              + _FROM_A_NAMED_PLACE, re.I)


# ... nor a speaker's home, told after their name: '"People fell on top of each other," said Saroj Devi, from Jhunjhunu
# in Rajasthan' (had been a statement in Rajasthan), "said Janet Chavez, 54, from Lambayeque".
_SPEAKER_FROM_BEFORE = re.compile(r"\b(?:said|says|added|recalled)\s+(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){0,3}"
                                  r"(?-i:[A-Z])[\w'\u2019.-]*,\s+(?:\d{1,3},\s+)?(?:originally\s+)?"
                                  + _FROM_A_NAMED_PLACE, re.I)


_QUOTE_OPENING = re.compile(r"\s*[\"\u201c]")
_QUOTE_CLOSED_SAID = re.compile(r"[\"\u201d]\s*(?:,\s*)?(?:[\w'\u2019.-]+\s+){0,6}?(?:said|says|told|added|wrote)\b")


def _quoted(sentence: str, at: int) -> bool:
    """Whether ``at`` lies in the quote a sentence opens with, said by someone after it: what they said, not
    where ('"We will not allow harm to the Druze in Syria," Prime Minister Benjamin Netanyahu's office said.')."""
    opening = _QUOTE_OPENING.match(sentence)
    if opening is None:
        return False
    closing = _QUOTE_CLOSED_SAID.search(sentence, opening.end())
    return closing is not None and opening.end() <= at < closing.start()


def _no_statement_there(text: str, s: int, r: Resolution, located: list[Resolution],
                        news: list[Resolution]) -> bool:
    """Whether a statement at ``r`` is none: ``r`` names whom it addresses or who will act, or is
    where those who report the news sit while the sentence places the news elsewhere ("border
    forces exchanged fire near the Torkham border crossing ..., officials in Khyber Pakhtunkhwa said").
    ``news``: the places the sentence names as those of its news (``_locations``)."""
    first = r  # of a list ("warmongers in Seoul and Washington"), the first place says what the list is
    for o in reversed([o for o in located if o.candidate.start < r.candidate.start]):
        if not _LIST_JOIN.match(text[o.candidate.end:first.candidate.start]):
            break
        first = o
    before = max(s, first.candidate.start - 60)
    if _ADDRESSEES_IN.search(text, before, first.candidate.start) or _WILL_AFTER.match(text, r.candidate.end) \
            or _ACCUSED_OF_BEFORE.search(text, before, first.candidate.start) \
            or _ORIGIN_OR_VISIT_BEFORE.search(text, before, first.candidate.start) \
            or _ONE_FROM_BEFORE.search(text, before, first.candidate.start) \
            or _SPEAKER_FROM_BEFORE.search(text, before, first.candidate.start) \
            or _TRAVELLED_TO_BEFORE.search(text, before, first.candidate.start) \
            or _WALKERS_STARTED_IN_BEFORE.search(text, before, first.candidate.start) \
            or _MEASURED_IN_BEFORE.search(text, before, first.candidate.start) \
            or _ROAD_BETWEEN_BEFORE.search(text, before, first.candidate.start):  # a road's ends: "cutting the
        # highway between Wabag and Porgera, provincial administrator Sandis Tsaka said" (had been a statement in Wabag)
        return True
    return bool(news) and all(n is not r for n in news) and any(o is not r for o in located)


def _summed_up_by_its_towns(text: str, s: int, r: Resolution, located: list[Resolution],
                            figures: dict[int, list[Figure]]) -> bool:
    """Whether ``r`` is a country that a clause of the sentence only sums up, with no figure of its
    own, while another names its towns: "the latest in a string of attacks in Germany, after a knife
    attack in Aschaffenburg" (the whole of Germany had been outlined as an attack on civilians)."""
    return r.entry.kind == "country" and not figures[r.candidate.start] \
        and not _ACROSS_BEFORE.search(text, max(s, r.candidate.start - 20), r.candidate.start) \
        and any(_contains(r.entry, o.entry) for o in located)


# The past named by its noun alone: "Two weeks after a deadly attack in Pahalgam, India struck" (the
# news' strike had been put on Pahalgam).
_AN_ATTACK = re.compile(r"\battacks?\b", re.I)


# A mishap that killed, named before the place it happened in: "a railway canopy collapse in Novi Sad
# killed 16 people" is no one's attack (it had been one).
# ("a mine fire in 2023 killed 46 miners")
_MISHAP_BEFORE = re.compile(r"\b(?:collapse|stampede|derailment|crash|collision|mine\s+fire|blaze)\b[^,;.]{0,50}$",
                            re.I)


def _killed_by_a_mishap(sentence: str, wording: int) -> bool:
    """Whether the killing at ``wording`` (an attack's "killed") is a mishap's, named before it."""
    return sentence[wording:wording + 4].lower() == "kill" and \
        _MISHAP_BEFORE.search(sentence, max(0, wording - 60), wording) is not None


# Where people fled to, from the event's place: "Armed gangs overran the town of Petite-Riviere de
# l'Artibonite on Sunday, killing at least 20 people ..., forcing thousands to flee toward Saint-Marc and
# Gonaives".
_FLED_TO_BEFORE = re.compile(r"\b(?:fle[de]|fleeing|escaped|evacuated|sought\s+refuge|took\s+refuge|"
                             r"pour(?:ed|ing|s)?)\b[^.;,]{0,40}?"  # ("as displaced pour into Tawila")
                             # (and where most of those who fled went: "more than 2,400 people had fled the camp since
                             # Thursday, most of them toward Tawila", which had been a statement at Tawila)
                             r"(?:,\s+(?:most|many|some|all|half|the\s+rest)\s+of\s+them\s+(?:[\w-]+\s+)?)?"
                             r"\b(?:to|toward|towards|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$|"
                             # ... or where a war drove them: "fighting between the army, Russian mercenaries and
                             # jihadist groups has driven tens of thousands into the Mbera refugee camp near
                             # Bassikounou" (had been a ground operation at Mbera; not a car driven into a crowd)
                             r"\b(?:driven|drove|driving)\s+(?:[\w,-]+\s+){0,4}?(?:people|residents|civilians|families|"
                             r"villagers|refugees|thousands|hundreds|millions)\s+(?:to|toward|towards|into)\s+(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,3}?$|"
                             # ... or to safety somewhere: "forest officials said several rhinos and deer had moved to
                             # higher ground in the Karbi Anglong hills" (had been a flood there)
                             r"\b(?:moved|moving|shifted|relocated|evacuated|taken|fled|headed)\s+to\s+(?:higher\s+ground|"
                             r"safety|safer\s+(?:places?|areas?|ground))\s+(?:in|at|on|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
                             re.I)


# Where those an incident left homeless were housed, or the rescued brought ashore, is no place of a statement:
# "Residents were housed in dormitories in Urla, officials said", "temporary shelters were set up in schools in
# Olyokminsk", "The navy said it had rescued 93 people ... and brought them to the port of Dakar".
_SHELTERED_OR_LANDED_IN_BEFORE = re.compile(
    r"\b(?:(?:housed|sheltered|accommodated|lodged)\s+(?:[\w-]+\s+){0,4}?(?:in|at)"
    r"|shelters?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:set\s+up|opened)\s+(?:[\w-]+\s+){0,4}?(?:in|at)"
    r"|(?:brought|took|taken|ferried|towed)\s+(?:them\s+|the\s+(?:survivors|rescued|migrants)\s+)?(?:ashore\s+)?"
    r"(?:to|into)\s+(?:the\s+)?(?:port|harbou?r|island)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


# Where a boat set out from is no place of a statement: "The boat, which had left from the southern region of
# Casamance with about 150 people on board, overturned in rough seas late Sunday, according to a navy statement",
# "... when it left the Libyan port of Zuwara on Tuesday night", "The boat had set off from a beach near Sfax".
_SET_OUT_FROM_BEFORE = re.compile(r"\b(?:left|set\s+off|set\s+out|departed|sailed)\s+(?:from\s+)?(?:the\s+|an?\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?(?:(?:port|harbou?r|region|city|town|coast)\s+of|"
                                  r"(?:beach|shore|coast)\s+(?:near|of|at))\s+$|\b(?:left|set\s+off|set\s+out|"
                                  r"departed|sailed)\s+from\s+$|"
                                  # ... nor the country or region that place is in: "The boat ... had left Nouadhibou
                                  # in Mauritania around a week earlier, survivors told Red Cross workers", "The group
                                  # had left from Teknaf in southern Bangladesh bound for Indonesia" (had been
                                  # statements in Mauritania and Bangladesh)
                                  r"\b(?:left|set\s+off|set\s+out|departed|sailed)\s+(?:from\s+)?"
                                  r"(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,2}\s+in\s+(?:the\s+)?"
                                  r"(?:(?:north|south|east|west|central)\w*\s+)?$", re.I)


# Where one who fled settled, in a life's story: "Taj al-Sir fled Khartoum in 2023 after fighting broke out between the
# army and the paramilitary Rapid Support Forces, settling first in Wadi Halfa and then in Cairo" (had been ground
# operations at Wadi Halfa and Cairo): no event's place, even where the sentence names no other.
_SETTLED_IN_BEFORE = re.compile(r"\b(?:fle[de]|fleeing)\b[^.;]{0,120}?\b(?:settl(?:ed|ing)|resettl(?:ed|ing))\s+"
                                r"(?:first\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?:(?:and\s+)?(?:then|later)\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?$", re.I)


def _refuges(text: str, s: int, located: list[Resolution]) -> list[Resolution]:
    """The places among ``located`` that people fled to (and those listed after one), when the
    sentence names another place: no event happened there; and where one who fled settled
    (``_SETTLED_IN_BEFORE``), whatever else the sentence names."""
    out: list[Resolution] = []
    for prev, r in zip([None, *located], located):
        if _FLED_TO_BEFORE.search(text, max(s, r.candidate.start - 70), r.candidate.start) or (
                prev is not None and prev in out and _LIST_JOIN.match(text[prev.candidate.end:r.candidate.start])):
            out.append(r)
    settled = [r for r in located if _SETTLED_IN_BEFORE.search(text, max(s, r.candidate.start - 200), r.candidate.start)]
    fled_to = out if len(out) < len(located) else []
    return fled_to + [r for r in settled if r not in fled_to]


# Where the injured were taken, not where they were hurt: "Ambulances took the injured to hospitals in Zagazig and
# Abu Hammad, ministry spokesman Hossam Abdel Ghaffar said", "several others were injured and taken to hospitals in
# Okija and the nearby city of Onitsha" (after the crash near Abu Hammad, the stampede at Okija).
_TAKEN_TO_HOSPITALS_IN_BEFORE = re.compile(
    r"\b(?:taken|took|rushed|admitted|evacuated|transferred|transported|brought|ferried|airlifted|shifted|treated)\b"
    # (a hospital named a medical centre too: "Eight people were wounded and taken to the Federal Medical Centre in
    # Gusau", the eight had been lost with the town)
    r"[^.;]{0,40}?\b(?:to|at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|"
    r"(?:medical|health)\s+cent(?:re|er)s?)\s+in\s+"
    r"(?:(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:and|or)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|"
    # ("taken to hospitals in Kafr El Dawwar, Damanhour and Alexandria")
    r"(?:(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+,\s+){1,4}(?:(?:[\w'\u2019-]+\s+){0,3}?(?:and|or)\s+)?)?$", re.I)
# A journey's ends, not where it stopped short: "The bus, which was travelling from Kathmandu to the southern city
# of Birgunj, went off the Prithvi Highway near Simaltal in Chitwan district", "The Air Dynasty helicopter took
# off from Kathmandu ... bound for Syaphrubesi in Rasuwa district".
_JOURNEY_END_BEFORE = re.compile(
    r"\b(?:travell?ing|travell?ed|bound|en\s+route|took\s+off|departed|departing|sailing|set\s+sail|"
    r"on\s+(?:its|their)\s+way|"
    # a flight's too, and where it turned away from: "An Azerbaijan Airlines passenger jet crashed near the city of
    # Aktau in Kazakhstan ..., after diverting from an area of Russia that Moscow had recently said was under attack"
    # (had been a second crash, in Russia), "was flying from Khabarovsk to the town of Tynda via Blagoveshchensk"
    r"flying|flew|diverting|diverted|heading|headed|returning|arriving|"
    # a journey those hurt had yet to make: "killed in a stampede at New Delhi railway station late on Saturday as
    # thousands of passengers tried to board trains to the Maha Kumbh festival in Prayagraj" (had been a second
    # stampede, in Prayagraj)
    r"(?:board|boarding|catch|catching|take|taking)\s+(?:[\w-]+\s+)?(?:trains?|buses|bus|flights?|ferr(?:y|ies)|boats?))"
    # (the journey's own words between, not a clause of what happened after: "checks on trains and cars arriving
    # from Sweden after a string of explosions in Copenhagen")
    r"\s+(?:from|to|for|toward|towards)\s+(?:(?:(?!\b(?:after|when|while|as|following|amid|because|since|before)\b)"
    r"[^.;,()]){0,50}?\s+(?:to|for|toward|towards|in|via)\s+)?"
    r"(?:(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:city|town|village|port|capital|region|province|district|state|"
    r"area)\s+of\s+|"
    # (a country named with its article: "while sailing from Maputo in Mozambique to Hamriyah in the United Arab
    # Emirates", the ship seized off the Somali coast, had been a ground operation in the Emirates)
    r"the\s+)?$|"
    # ... or where the flights cancelled or diverted fly: "forcing the cancellation of dozens of flights to and from
    # the resort island of Bali" (after "Mount Lewotobi Laki-Laki erupted on Tuesday", had been an eruption in Bali)
    r"\bflights\s+(?:to\s+and\s+from|from\s+and\s+to|in\s+and\s+out\s+of|to|from|into|out\s+of)\s+"
    r"(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|island|port|capital|region|province|state)\s+of\s+)?$|"
    # ... or where a road leads: "the A69 towards Hexham and Carlisle was closed at Corbridge after a crash"
    r"(?-i:\b[AMN]\d{1,4}|\bI-\d{1,3})\s+(?:(?:north|south|east|west)bound\s+)?(?:towards?|to)\s+"
    r"(?:[\w'\u2019-]+\s+(?:and|or)\s+)?$", re.I)


# A river's course, told in a clause of its own, is no place of the news, even where the sentence names no other:
# "The Shire River, which flows out of Lake Malawi through Liwonde and past Blantyre's western edge to join the
# Zambezi in Mozambique, burst its banks near Makhanga last week" (the flood had been in Liwonde and Mozambique).
_RIVER_COURSE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:flows|rises|drains|meanders)\b[^,;.()]{0,100}$",
                                  re.I)
# Where someone held is wanted, not where they were held: "police arrested a man wanted in the United States for
# human smuggling in the town of Cuilapa" (an arrest in Cuilapa only), "a fugitive sought by courts in Peru".
_WANTED_IN_BEFORE = re.compile(r"\b(?:wanted|sought)\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:in|by)\s+(?:the\s+)?$",
                               re.I)
# Where a blast's smoke or flames were seen from afar is no place of the news: "sending a column of black
# smoke into the sky that was visible from the port of Kangan, 50 kilometers away" (of the refinery at Asaluyeh)
_SEEN_FROM_BEFORE = re.compile(r"\b(?:visible|seen|watched)\s+(?:from|as far (?:away )?as)\s+(?:the\s+)?"
                               r"(?:(?:port|city|town|village|island|coast)\s+of\s+)?$", re.I)


def _passed_through(text: str, s: int, located: list[Resolution]) -> list[Resolution]:
    """The places among ``located`` where the injured were taken to hospital, where a journey
    began or was to end, where the rescued were brought ashore, or where samples were tested: no
    place of the news, unless the sentence names no other."""
    return [r for r in located if _taken_to_hospital(text, s, r)
            or _JOURNEY_END_BEFORE.search(text, max(s, r.candidate.start - 110), r.candidate.start)
            or _LANDED_AT_BEFORE.search(text, max(s, r.candidate.start - 80), r.candidate.start)
            or _a_labs_town(text, s, r)]


# Where the samples of an outbreak were tested is no place of it: "samples from the farm near Hudson tested positive
# for H5N1 on Monday at the National Veterinary Services Laboratories in Ames, Iowa" (had made a second outbreak, at
# Ames), "samples were tested at the Pong-Tamale veterinary laboratory" (the outbreak "at Gumyoko, a farming community
# near Bawku", had been at Pong).
_A_LABS_TOWN_BEFORE = re.compile(r"\b(?:laborator(?:y|ies)|labs?)\s+(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
_A_LABS_NAME_AFTER = re.compile(r"(?:-[A-Z][\w-]*)?\s+(?:(?:regional|national|central|state|veterinary|diagnostic|"
                                r"reference|research)\s+){1,2}(?:laborator(?:y|ies)|labs?)\b", re.I)
# ... where the sentence tells of samples tested, not of a lab's people or its work: "said Churchill Grimes, director
# of a federal fisheries science laboratory in Santa Cruz", "idled labs in Cambridge" (the news is there).
_SAMPLES_TESTED = re.compile(r"\b(?:tested|testing|tests?|samples?|confirmed|identified|analy[sz]ed|sequenced)\b", re.I)


def _a_labs_town(text: str, s: int, r: Resolution) -> bool:
    """Whether ``r`` names the lab where the sentence's samples were tested (``_A_LABS_TOWN_BEFORE``)."""
    return (_A_LABS_TOWN_BEFORE.search(text, max(s, r.candidate.start - 40), r.candidate.start) is not None
            or _A_LABS_NAME_AFTER.match(text, r.candidate.end) is not None) \
        and _SAMPLES_TESTED.search(text, s, r.candidate.start) is not None


# Where the rescued were brought ashore, no place of the wreck the sentences before told: "French coastguard vessels
# and a helicopter rescued 51 people from the water and took them to the port of Boulogne-sur-Mer", after "Seven
# migrants ... died on Thursday when an overcrowded dinghy got into difficulty shortly after leaving a beach near
# Wimereux" (had made a second accident, at Boulogne-sur-Mer).
_LANDED_AT_BEFORE = re.compile(
    r"\b(?:brought|took|taken|ferried|towed)\s+(?:them\s+|the\s+(?:survivors|rescued|migrants)\s+)?(?:ashore\s+)?"
    r"(?:to|into)\s+(?:the\s+)?(?:port|harbou?r|island)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def _taken_to_hospital(text: str, s: int, r: Resolution) -> bool:
    """Whether ``r`` is where the injured were taken to hospital (``_TAKEN_TO_HOSPITALS_IN_BEFORE``)."""
    return _TAKEN_TO_HOSPITALS_IN_BEFORE.search(text, max(s, r.candidate.start - 110), r.candidate.start) is not None


_PAST_CLAUSE_ENDED = re.compile(r"[,;:(]")
_DESTINATION_BEFORE = re.compile(r"\b(?:towards?|to)\s+(?:the\s+)?$", re.I)


def _past_type(past: str, near: int) -> tuple[str, int] | None:
    """The type of the past a sentence turns to, by its own wording (``classify_match``), or an
    attack, where it is named so; and where its wording starts in ``past``."""
    found = classify_match(past, near)
    if found is None:
        attack = _AN_ATTACK.search(past)
        found = attack and ("attack", attack.start())
    return found


def _actors_of_news_and_past(sentence: str, s: int, past: tuple[int, int], in_sentence: list[Resolution],
                             place_words: set[str]) -> tuple[list[str], list[str]]:
    """The actors of the sentence's news and those of the past it turns to, each found in its own
    part: "India launched missile strikes ..., two weeks after a deadly attack on Hindu tourists in
    Pahalgam" names no attacker of Pahalgam (India had been)."""
    if past[0] >= past[1]:
        return find_actors(sentence, in_sentence, place_words, offset=s), []
    a, b = past[0] - s, past[1] - s
    in_past = [r for r in in_sentence if past[0] <= r.candidate.start < past[1]]
    in_news = [r for r in in_sentence if not past[0] <= r.candidate.start < past[1]]
    news = sentence[:a] + " " * (b - a) + sentence[b:]  # the past blanked: the offsets hold
    return (find_actors(news, in_news, place_words, offset=s),
            find_actors(sentence[a:b], in_past, place_words, offset=past[0]))


# Violence has its sides clause by clause; talks and protests are of the sentence's parties ("India and
# Canada agreed to resume talks, and ...").
_SIDES_BY_CLAUSE = DEADLY_TYPES | {"arrest"}


def _clause_actors(sentence: str, s: int, at: int, in_sentence: list[Resolution], place_words: set[str],
                   found: dict[tuple[int, int], list[str]]) -> list[str]:
    """The actors of the clause holding offset ``at`` of a sentence of several clauses, or none:
    "Israel struck Iran's Natanz enrichment site ..., while Iranian ballistic missiles hit buildings
    in central Tel Aviv" has Israel strike Natanz and Iran Tel Aviv. ``found``: by clause, found once."""
    start, end = 0, len(sentence)
    for m in CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    if (start, end) == (0, len(sentence)):
        return []
    if (start, end) not in found:
        clause = " " * start + sentence[start:end] + " " * (len(sentence) - end)  # the offsets hold
        in_clause = [r for r in in_sentence if start <= r.candidate.start - s < end]
        found[(start, end)] = find_actors(clause, in_clause, place_words, offset=s)
    return found[(start, end)]


# A lead's dateline, before its first words: "DERNA, Libya (Reuters) - ", "KHARTOUM, Sudan (AP) \u2014 ".
_DATELINE_OPENING = re.compile(r"\s*[A-Z][A-Z'\u2019.\- ]+(?:,[ \t]*[\w'\u2019.\- ]{1,30}?)*(?:[ \t]*\([^()\n]{1,40}\))?"
                               r"[ \t]*[-\u2013\u2014][ \t]*")


def _in_the_dateline(text: str, s: int, cand: Candidate) -> bool:
    """Whether the place at ``cand`` is the dateline's of the sentence at ``s``, whose date is then the one nearest
    the event's words: "LIVERPOOL, England (Reuters) - A 53-year-old British man was charged on Thursday with 17
    offences, ..., after a car ploughed into crowds celebrating Liverpool's Premier League title on Monday" (the
    ramming had been Thursday's, the charge's day, the nearer the dateline)."""
    opening = _DATELINE_OPENING.match(text, s)
    return opening is not None and cand.end <= opening.end()


# Where a past that opens the sentence ends: at its comma, past the toll it tells ("A year after a flash flood
# buried most of Lang Nu village in Lao Cai province, killing 67 people, the 40 surviving families have moved").
_OPENING_PAST_END = re.compile(r",(?!\s+(?:\w+ing|killed|injured|wounded|left)\b)")


def _opens_sentence(text: str, s: int, history: re.Match | None) -> bool:
    """Whether the turn to the past (``history``) opens the sentence at ``s``, or the lead after its
    dateline ("DERNA, Libya (Reuters) - Two years after floods devastated Derna, many survivors still
    live in temporary housing, residents said on Wednesday." had dated the floods Wednesday)."""
    return history is not None and (not text[s:history.start()].strip()
                                    or _DATELINE_OPENING.fullmatch(text, s, history.start()) is not None)


def _news_date_outside(text: str, sentence_dates: list[DateMention], past: tuple[int, int], at: int
                       ) -> DateMention | None:
    """Of a sentence's dates, the one nearest ``at`` told outside the past it turns to (``past``), or the day
    the news was told ("police said on Wednesday", closing the past's clause)."""
    outside = [d for d in sentence_dates if not past[0] <= d.start < past[1]
               or _SAID_ON_BEFORE.search(text, max(0, d.start - 40), d.start)]
    return min(outside, key=lambda d: abs(d.start - at), default=None)


def _past_span(text: str, history: re.Match, s: int, e: int) -> tuple[int, int]:
    """Where the past a sentence turns to (``history``) is told: to the end of the sentence, or
    where the news goes on (``_HISTORY_END``); a turn that opens the sentence, to its comma ("Two
    days after the attack, police in Srinagar arrested 12 suspects": the arrest had been dated
    two days back, "Two weeks after a deadly attack in Pahalgam, India struck" put on Pahalgam)."""
    start = history.end("during") if history.group("during") else history.start()  # (the news' own months)
    if history.group("court"):  # (the court's own words, its day and term: "was jailed for a minimum of 52 years in
        # January for the murders of the three girls in Southport" is no murder of January's)
        start = history.end("court")
    if _opens_sentence(text, s, history):
        comma = _OPENING_PAST_END.search(text, history.end(), e)
        return start, comma.start() if comma else e
    end = _HISTORY_END.search(text, history.end(), e)
    return start, end.start() if end else e


def _figures_split(text: str, s: int, e: int, located: list[Resolution],
                   past: tuple[int, int]) -> dict[int, list[Figure]]:
    """Each located mention's figures (``_figures_by_place``), the past's (told within ``past``)
    to the places named there, the news' to the others."""
    if past[1] >= e:
        return _figures_by_place(text, s, e, located, past[0])
    then = [r for r in located if past[0] <= r.candidate.start < past[1]]
    now = [r for r in located if not past[0] <= r.candidate.start < past[1]]
    past_texts = {f.text for at, f in _figures_at(text[s:e]) if past[0] <= s + at < past[1]}
    out = {start: [f for f in figures if f.text not in past_texts]
           for start, figures in _figures_by_place(text, s, e, now, e).items()}
    return {**out, **(_figures_by_place(text, past[0], past[1], then, past[0]) if then else {})}


def _in_the_story(story_place, place) -> bool:
    """Whether a toll told at ``place`` may be that of the story whose event was at ``story_place``:
    the same place, one inside the other, or one region where both regions are known (a cholera
    toll in Darfur tells nothing of the army's dead in Omdurman); else one country."""
    if story_place.id == place.id or _contains(story_place, place) or _contains(place, story_place):
        return True
    if story_place.admin1 and place.admin1:
        return bool(set(story_place.admin1.split(";")) & set(place.admin1.split(";")))
    return story_place.country == place.country


# The hazards whose dead fall across a country's regions: storms, floods, their rain and landslides (not an
# outbreak's, counted where it is).
_SWEEPING_HAZARD = re.compile(r"\b(?:storms?|typhoons?|hurricanes?|cyclones?|floods?|flooding|floodwaters?|rains?|"
                              r"rainfall|downpours?|landslides?|mudslides?|monsoon)\b", re.I)


def _in_a_storms_country(story_type: str, story_place, place, text: str) -> bool:
    """Whether a toll told at ``place`` may be that of a disaster at ``story_place`` in another region of its
    country: a storm's or a flood's dead fall far from where it struck ("At least two people were killed, one in
    Catarman in Northern Samar and one in Catanduanes, officials said", after the typhoon's landfall in Aurora
    province), where a war's toll in one region tells nothing of another's."""
    return story_type == "disaster" and story_place.country is not None and story_place.country == place.country \
        and _SWEEPING_HAZARD.search(text) is not None


_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")
_CONFLICT_TYPES = frozenset({"strike", "shelling", "ground_operation", "attack"})
# A demand, not news: "The U.N. Security Council has demanded that the RSF lift the siege".
_DEMANDED = re.compile(r"\b(?:demand|call|urg|appeal|press)(?:s|ed|ing)?\b", re.I)
# A capture names the place taken: "They seized weapons and vehicles" took none.
_TAKEN = re.compile(r"(?:seiz|captur|recaptur)", re.I)
# A place the gazetteer lacks, which may be another than the story's: "who advanced from the Alambagh
# and stormed the Sikandar Bagh" (in Lucknow, not the Kanpur of the sentence before).
_NAMES_AN_UNKNOWN_PLACE = re.compile(r"\b(?:in|at|near|from|into|outside|inside|towards?|stormed|entered)\s+"
                                     r"(?:the\s+)?(?-i:[A-Z][a-z])", re.I)
_STORY_SENTENCES = 4  # how many sentences after its place was named a story goes on without naming one
# An event named as the one told already: "He was fired after the shooting".
_TOLD_BEFORE = re.compile(r"\b(?:after|following|since|before|during|over|from|in|of|by|for)\s+"
                          r"(?:the|this|that|these|those|an?|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


# What follows an incident, told after its lead: the rescued, the bodies recovered or washed ashore, the fire put out,
# the vessel that went down or was hit ("Rescuers pulled 60 survivors from the water about 14 nautical miles south
# of Lampedusa, the coast guard said", "The fire at the depot near the town of Valuyki was extinguished by the
# morning, he said"): the story's event, at the place the sentence names, not a statement there.
_AFTERMATH_TOLD = re.compile(r"\b(?:rescued|rescuers\s+pulled|pulled\s+(?:[\w,-]+\s+){0,3}?(?:survivors|bodies|people)"
                             r"|recovered\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?bodies|bodies\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:washed\s+(?:up|ashore)|(?:were|have\s+been|had\s+been)\s+(?:found|recovered|retrieved))"
                             r"|(?:was|were|had\s+been|has\s+been)\s+(?:extinguished|put\s+out|brought\s+under\s+control)"
                             r"|(?:extinguished|put\s+out|doused)\s+the\s+(?:fire|blaze|flames)"
                             r"|(?:boat|vessel|ship|ferry|pirogue|dinghy)\s+(?:[\w-]+\s+){0,3}?(?:went\s+down|sank|capsized)"
                             r"|(?:ship|vessel|tanker|boat)\s+(?:was|had\s+been)\s+(?:hit|struck|attacked))\b", re.I)
# ... but not that of another one: "The navy said it had rescued 93 people from another pirogue off Mbour".
_ANOTHER_VESSEL = re.compile(r"\b(?:another|second|other)\s+(?:[\w-]+\s+)?(?:boat|vessel|ship|pirogue|dinghy|ferry|"
                             r"fire|blaze|incident)s?\b", re.I)
# (a toll counted so far is the news' own, no background: "adding that ten bodies had been recovered so far")
_TOLD_SO_FAR = re.compile(r"\bso\s+far\b", re.I)
_AFTERMATH_NEAR_KM = 60  # an aftermath's place beside its event's: the Kerkennah Islands, off Sfax (38 km)


def _aftermath_of(events: list[Event], places: dict[str, Place], place_id: str) -> Event | None:
    """The story's deadly event that what a sentence tells at ``place_id`` followed: the latest, at a place
    containing it or at a sea (a region of no country), which the sentence's place tells more precisely (the
    Mediterranean, south of Lampedusa); else one of the latest's type at that place; else the latest, near it in
    its country (``_AFTERMATH_NEAR_KM``), whose story it tells at a place of its own (the Kerkennah Islands, off
    Sfax)."""
    deadly = [ev for ev in events if ev.type in DEADLY_TYPES]
    if not deadly:
        return None
    place, latest = places[place_id], deadly[-1]
    there = places[latest.place]
    if _contains(there, place) or there.kind == "region" and there.country is None and place.kind == "city":
        return latest
    same = next((ev for ev in reversed(deadly) if ev.type == latest.type and ev.place == place.id), None)
    if same is not None:
        return same  # ("rescuers pulled the last body from the debris in Bhiwandi": the collapse there, not the
        # headline's at Thane told after it)
    near = there.country == place.country and there.lat is not None and place.lat is not None \
        and _km(there, place) <= _AFTERMATH_NEAR_KM
    return latest if near else None


def _story_told(told: list[Event], si: int) -> tuple[int, Event] | None:
    """The story a sentence told, as (its index, its event): one place's armed violence; none when
    the sentence told of several places, or of no violence."""
    places = {event.place for event in told}
    if len(places) != 1 or not all(event.type in _CONFLICT_TYPES for event in told):
        return None
    return si, told[0]


def _carried_event(text: str, s: int, e: int, si: int, story: Event, dates: "_Dates", places: dict[str, Place],
                   place_words: set[str]) -> Event | None:
    """The event of a sentence that names no place, in a story of armed violence at one place told
    just before (``_story_told``): its place. "PORT SUDAN, May 6 (Reuters) - Drones struck the main
    fuel depots and the international airport in Port Sudan on Tuesday ... On Sunday, drones struck a
    military air base at the airport and a goods warehouse, the army said." (Sunday's strike had been
    lost). Only armed violence told as news: not a quote, another story, history, a forecast, nor the
    story's own event named again ("after the attack"), nor a demand. A sentence with no date of its
    own, nor its paragraph, goes on telling the story's event: "The attackers stormed the base before
    dawn and battled soldiers for several hours" is the lead's attack on a Malian army camp."""
    sentence = text[s:e].rstrip()
    if not sentence[:1].isupper() or not sentence.endswith((".", "!")):
        return None  # prose only: not a list's item, a table's row, a data file's line
    if _QUOTE_MARKS.search(sentence) or sentence.rstrip().endswith("?") or _ANOTHER_STORY.search(sentence) \
            or _BACKGROUND.search(sentence) or _over_years(sentence, fold(sentence)) or _HISTORY_TURN.search(sentence) \
            or _FORECAST.search(sentence):
        return None
    found = classify_match(_without_riot_gear(sentence, fold(sentence)))
    if found is None or found[0] not in _CONFLICT_TYPES or _hedged(sentence, found[1], found[1]) \
            or _TOLD_BEFORE.search(sentence, max(0, found[1] - 40), found[1]) \
            or _DEMANDED.search(sentence, 0, found[1]) or _TAKEN.match(sentence, found[1]) \
            or _NAMES_AN_UNKNOWN_PLACE.search(sentence):
        return None
    type_id, wording = found
    if type_id == "attack" and _killed_by_a_mishap(sentence, wording):
        return None
    date = dates.naming(si, s + wording) or dates.at(si, s + wording, s + wording + 1)
    if date is None:
        story.sources.append(Source(sentence, s, s + len(sentence)))
        story.actors += [a for a in find_actors(sentence, [], place_words, offset=s) if a not in story.actors]
        story.figures += [f for f in find_figures(sentence) if f not in story.figures]
        return None
    place_id = story.place
    return Event(id="", place=place_id, type=type_id, date=date.value if date else None,
                 approximate=bool(date and date.approximate),
                 actors=find_actors(sentence, [], place_words, offset=s), figures=find_figures(sentence),
                 summary=default_summary(type_id, places[place_id].name),
                 sources=[Source(sentence, s, s + len(sentence))])


_COUNTED_TYPES = frozenset({"arrest", "protest"})
# A crowd counted in words, opening the sentence: "Thousands of people took to the streets outside city hall that
# evening" (no figure).
_CROWD_IN_WORDS = re.compile(r"(?:tens\s+of\s+|many\s+)?(?:hundreds|thousands)\s+(?:more\s+)?of\s+(?:[\w-]+\s+)?"
                             r"(?:people|protesters|demonstrators|supporters|students|residents|marchers)\b", re.I)
# (or told by what the crowd did: "Thousands of people took to the streets outside city hall that evening, defying a
# ban on gatherings", after Istanbul's mayor's arrest, had been lost)
_PROTEST_HELD = re.compile(r"(?:protest(?!ers)|demonstrat(?!ors)|rall|took\s+to\s+the\s+streets|to\s+the\s+streets|"
                           r"sit-in|staged|gathered|converged|massed|assembled|sat\b|downed)", re.I)


# One person held, named by what they are, not counted: "Police detained the driver of the moving train" (after a
# crash at Abu Hammad), "A 19-year-old man was arrested on suspicion of wounding with intent" (after a stabbing).
_HELD_ONE = (r"(?:man|woman|boy|girl|teenager|teen|youth|suspect|driver|gunman|attacker|assailant|pilot|captain|"
             r"motorist|owner|manager|operator|person)")
_ONE_HELD = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_HELD_ONE}\b[^.;,]{{0,40}}?\b(?:was|has\s+been|had\s+been)"
                       rf"\s+(?:arrested|detained)\b|\b(?:arrested|detained)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
                       rf"{_HELD_ONE}\b", re.I)


# An armed group that claims the story's attack, in a sentence naming no place: "JNIM claimed responsibility for the
# attack in a statement on its Az-Zallaqa media platform on Sunday" (after the lead's attack on Djibo, which had had
# no actor), "The al-Qaida-linked group JNIM claimed the attack"; or the attack claimed by it ("The attack was claimed
# by ISWAP"). Not one denied or still unclaimed ("No group has claimed the attack", "JNIM has not claimed it").
_CLAIMED_THE_ATTACK = re.compile(r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:the|this|that|both|Saturday's|"
                                 r"Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|last\s+week's)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|killings?|"
                                 r"massacre|strikes?)\b")
_ATTACK_CLAIMED_BY = re.compile(r"\b(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|killings?|massacre)\s+"
                                r"(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?claimed\s+by\s+")
_NOT_CLAIMED = re.compile(r"\b(?:no|not|never|yet|nobody|none|neither|denied|denies)\b", re.I)


def _claimants(sentence: str, place_words: set[str]) -> list[str]:
    """The armed groups the sentence says claimed the story's attack (``_CLAIMED_THE_ATTACK``, before the
    claim; ``_ATTACK_CLAIMED_BY``, after it); none unless told as news, not as a quote."""
    if _QUOTE_MARKS.search(sentence):
        return []
    claim = _CLAIMED_THE_ATTACK.search(sentence)
    if claim is not None and not _NOT_CLAIMED.search(sentence, 0, claim.start()):
        return [a for a in find_actors(sentence[:claim.start()], [], place_words)]
    claim = _ATTACK_CLAIMED_BY.search(sentence)
    if claim is not None and not _NOT_CLAIMED.search(sentence, 0, claim.start()):
        return [a for a in find_actors(sentence[claim.end():], [], place_words)]
    return []


def _carried_count(text: str, s: int, e: int, si: int, events: list[Event], dates: "_Dates",
                   places: dict[str, Place], place_words: set[str]) -> Event | None:
    """The arrests or the protest a sentence naming no place counts, in a story whose events were all at
    one place so far: that place's. "TBILISI, Dec 1 (AFP) - Georgian riot police fired water cannon and tear
    gas at thousands of pro-EU demonstrators outside parliament on Tbilisi's Rustaveli Avenue overnight ...
    The interior ministry said 107 people had been detained on Saturday night", "... detained about 76 workers
    on Tuesday in a raid on a meat processing plant in south Omaha ... About 200 people gathered outside the
    plant on Tuesday afternoon to protest the raid" (both had been lost). Counted only (a figure, or one person
    held: ``_ONE_HELD``), as news: not a quote, another story, history, a year's tally, a forecast, a call."""
    # (a town and the district named after it are the story's one place: "Bangladesh imposes curfew in Gopalganj
    # after deadly clashes", then "the southern district of Gopalganj"; the latest event's is taken)
    # (a headline's event at the country the others lie in is no wider area: "Pakistan: villagers torch police post
    # after youth dies in custody", then Charsadda district's riot and Tangi's protest, then "Police said 12 people
    # were booked under anti-terrorism laws", Charsadda's arrests, had been Pakistan's)
    finer = [event for event in events if places[event.place].kind != "country"]
    story = finer if finer and all(places[event.place].country == places[finer[0].place].country
                                   for event in events) else events
    where = {places[event.place].name for event in story}
    area = story[-1].place if len(where) == 1 else _area_of_the_story(story, places)
    if area is None:
        return None  # no story yet, or one of several places ("485 people were arrested" across Kenya)
    sentence = text[s:e].rstrip()
    if not sentence[:1].isupper() or not sentence.rstrip("\"\u201d'").endswith((".", "!")):
        return None
    folded = fold(sentence)
    if _ANOTHER_STORY.search(sentence) or _BACKGROUND.search(sentence) \
            or _over_years(sentence, folded) or _HISTORY_TURN.search(sentence) or _FORECAST.search(sentence) \
            or _STATISTICS.search(sentence) or _YEAR.search(sentence):
        return None
    found = classify_match(_without_riot_gear(sentence, folded))
    if found is None or found[0] not in _COUNTED_TYPES or _QUOTE_MARKS.search(sentence, 0, found[1]) \
            or _hedged(sentence, found[1], found[1]) \
            or _DEMANDED.search(sentence, 0, found[1]) or _CALLED_FOR_BEFORE.search(sentence, 0, found[1]):
        return None
    type_id, wording = found
    if type_id == "protest" and not _PROTEST_HELD.match(sentence, wording):
        return None  # a march's or the protesters' count, no protest held: "Sherman's 62,000 men marched
        # south-east in two wings", "at least six protesters and three police officers were injured"
    figures = find_figures(sentence)
    if not figures and not (type_id == "arrest" and _ONE_HELD.search(sentence)) \
            and not (type_id == "protest" and _CROWD_IN_WORDS.match(sentence)):
        return None
    date = dates.naming(si, s + wording) or dates.at(si, s + wording, s + wording + 1)
    place_id = area
    if date is None and type_id == "arrest" and (lead := dates.lead()) is not None \
            and any(ev.type in ("protest", "riot") and ev.date == lead.value for ev in events):
        # the arrests of the protest the lead told: "Police used water cannon and tear gas when a small group threw
        # objects at officers near the Gare du Nord, and 14 people were arrested" (under "A nationwide general strike
        # in Belgium on Tuesday ..." and a march through Brussels; had been undated)
        date = replace(lead, approximate=True)
    return Event(id="", place=place_id, type=type_id, date=date.value if date else None,
                 approximate=bool(date and date.approximate),
                 actors=find_actors(sentence, [], place_words, offset=s), figures=figures,
                 summary=default_summary(type_id, places[place_id].name),
                 sources=[Source(sentence, s, s + len(sentence))])


def _held_after_the_incident(text: str, s: int, e: int, si: int, in_sentence: list[Resolution], events: list[Event],
                             dates: "_Dates", places: dict[str, Place], place_words: set[str]) -> Event | None:
    """The arrest a sentence whose only places are where those who report it sit tells after the story's deadly
    event, at that event's place, when they sit in its story (``_in_the_story``): "Police arrested the owner of the
    factory late on Tuesday, a police official in Savar said" (after the factory fire in Ashulia, near Dhaka), "The
    driver was detained by police for questioning, the Arequipa regional police chief said" (both had been lost)."""
    incident = next((ev for ev in reversed(events) if ev.type in DEADLY_TYPES), None)
    if incident is None or not in_sentence \
            or not all(r.entry is not None and _in_the_story(places[incident.place], r.entry) for r in in_sentence):
        return None
    held = _carried_count(text, s, e, si, [incident], dates, places, place_words)
    if held is None or held.type != "arrest":
        return None
    if held.date is None and incident.date is not None:  # (about the incident's day, as the arrests of a protest)
        held.date, held.approximate = incident.date, True
    return held


def _area_of_the_story(events: list[Event], places: dict[str, Place]) -> str | None:
    """The place of a story's first event when every event after it lies within it (in its country, for a
    country; else in its province): the place a count told with no place of its own is of. "Gunmen killed 27
    people in an overnight attack on a village in central Nigeria's Plateau state ... The attackers stormed Zike
    village in Bassa local government area ... Police said 11 suspects had been arrested" (had been lost)."""
    if not events:
        return None
    first = places[events[0].place]
    if first.country is None or first.kind != "country" and first.admin1 is None:
        return None
    return first.id if all(places[ev.place].country == first.country
                           and (first.kind == "country" or places[ev.place].admin1 == first.admin1)
                           for ev in events) else None


# Those arrested after a deadly event are no toll of it: "Police arrested eight people, including the organisers,
# over that incident", after "35 children died in a stampede at a funfair in ... Ibadan".
_ARRESTED_COUNT = re.compile(r"\b(?:arresting|arrested|detaining|detained)\b", re.I)


# The harmed, and the missing, whom a toll told after an event's sentence counts: "In Cebu province, 21 people died
# ... Five others were missing." (the five had been lost)
# The event of the sentence before named again, so that a toll told in the next paragraph, as the wires give each
# sentence its own, is still its: "Typhoon Wipha swept past Hong Kong on Sunday ... / The Hong Kong Observatory said
# 26 people were injured during the storm" (had been lost).
_THE_TOLLED_EVENT = re.compile(r"\b(?:in|during|by)\s+the\s+(?:[\w-]+\s+)?(?:storm|typhoon|cyclone|hurricane|floods?|"
                              r"flooding|quake|earthquake|blast|explosion|attack|assault|strike|airstrike|fire|blaze|"
                              r"crash|collision|stampede|landslide|shelling|bombing|shooting|accident|collapse|raid|"
                              # (in the plural too: "At least 12 civilians were killed and 20 wounded in the strikes";
                              # but not one named by places of its own: "at least 24 children were killed in the
                              # attacks on Shag Alnom and Hilat Hamid", after a strike on Babanusa)
                              r"ambush)(?:s|es)?\b(?!\s+(?:on|in|at|near)\s+(?-i:[A-Z]))", re.I)
_HARMED_OR_MISSING = re.compile(rf"\b(?:{_HARM}|missing|{_HOSPITALISED})\b", re.I)


def _toll_of_the_event_before(told_before: list[Event], text: str, s: int, e: int, si: int, dates: "_Dates") -> bool:
    """Whether the sentence at ``s`` counts the dead and wounded of the one event the sentence before told, in
    its paragraph or naming it (``_add_toll_told_after``, which adds them)."""
    return len(told_before) == 1 and (not dates.opens_paragraph(si) or _THE_TOLLED_EVENT.search(text, s, e)
                                      # (or told as what followed it, in a paragraph of its own:
                                      # "Rescuers recovered seven more bodies on Wednesday, and nine
                                      # people were still missing", after the landslide's lead)
                                      or _AFTERMATH_TOLD.search(text, s, e)) is not None \
        and _add_toll_told_after(told_before[0], text, s, e)


def _add_toll_told_after(event: Event, text: str, s: int, e: int) -> bool:
    """The dead and wounded a sentence naming no place counts just after an event's sentence, in
    its paragraph, are the event's: "Gang members stormed Mirebalais on Monday. At least 10 people
    were killed in the assault." """
    if event.type not in DEADLY_TYPES or not _HARMED_OR_MISSING.search(text, s, e) or _ANOTHER_TOLL.search(text, s, e):
        return False
    mishap = classify_match(text[s:e])
    if mishap and mishap[0] == "accident" and event.type != "accident" \
            and not text.startswith(("drowned", "collaps", "Collaps"), s + mishap[1]):
        return False  # the harm of a mishap of its own: "Thirteen soldiers were injured when two army trucks crashed
        # near Woodenbong while on their way to help with the response" (not the floods' toll told before it;
        # a flood's drowned, a quake's collapse are the disaster's)
    harmed = [f for f in find_figures(text[s:e]) if _HARMED_OR_MISSING.search(f.text) and f not in event.figures
              and not _YEAR.match(f.text)  # "A man injured in 2014 was among the wounded"
              and not _ARRESTED_COUNT.search(f.text)]
    if harmed:
        event.figures += harmed
        event.sources.append(Source(text[s:e], s, e))
    return bool(harmed)


# The units of a toll whose words say no harm: "The death toll from the protests rose to 72" (``_DEATH_TOLL``).
_TOLL_UNITS = frozenset({"dead", "killed", "injured", "wounded", "missing"})


def _counts_people(figure: Figure) -> bool:
    """Whether ``figure`` ends with the people it counts or what befell them: "Two soldiers were wounded",
    "4,000 people displaced", "Forty people were treated at the Ruia government hospital"; not a harm said before a count of things ("evacuated two daycares")."""
    last = figure.text.split()[-1].lower()
    return last in _PEOPLE_COUNTED or any(m.end() == len(figure.text) for m in _HARMED_OR_MISSING.finditer(figure.text))


# A tally since a start, no event of a day: "Jihadist violence has killed more than 26,000 people in Burkina Faso
# since 2015".
_SINCE_OR_SO_FAR = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|overall)\b", re.I)


def _national_event(text: str, s: int, e: int, si: int, events: list[Event], dates: "_Dates",
                    places: dict[str, Place], place_words: set[str]) -> Event | None:
    """The event of its own day a sentence naming no place of its own tells across the story's one country, with
    its toll: the country's. "At least 16 people were killed and 400 injured in protests across the country in the
    days after Hasina fled to India last August, according to the United Nations" (after clashes in Gopalganj;
    had been no event). Only with a date of its own (the story's day's national toll is the story's:
    ``_toll_of_the_story``), as news: not a quote, another story, a forecast, a tally since a start."""
    sentence = text[s:e].rstrip()
    if not events or not dates.in_sentence(si) or not sentence[:1].isupper() \
            or not sentence.rstrip("\"\u201d'").endswith((".", "!")):
        return None
    national = _nationwide_in(sentence)
    if national is None or _QUOTE_MARKS.search(sentence) or _ANOTHER_STORY.search(sentence) \
            or _FORECAST.search(sentence) or _STATISTICS.search(sentence) or _SINCE_OR_SO_FAR.search(sentence) \
            or _over_years(sentence, fold(sentence)):
        return None
    found = classify_match(_without_riot_gear(sentence, fold(sentence)))
    if found is None or found[0] not in DEADLY_TYPES | {"protest"} or found[1] > national.end() \
            or _hedged(sentence, found[1], found[1]):
        return None
    harmed = [f for f in find_figures(sentence) if f.unit in _TOLL_UNITS or (
              _HARMED_OR_MISSING.search(f.text) and not _ARRESTED_COUNT.search(f.text) and _counts_people(f))]
    countries = {places[ev.place].country for ev in events}
    nation = next((p for p in places.values() if p.kind == "country" and countries == {p.country}), None)
    type_id, wording = found
    date = dates.naming(si, s + wording) or dates.at(si, s + wording, s + wording + 1)
    if not harmed or nation is None or date is None:
        return None
    return Event(id="", place=nation.id, type=type_id, date=date.value, approximate=date.approximate,
                 actors=find_actors(sentence, [], place_words, offset=s), figures=harmed,
                 summary=default_summary(type_id, nation.name), sources=[Source(sentence, s, s + len(sentence))])


# A night's barrage of drones and missiles counted for the whole country it targeted, in a sentence naming no place
# of its own: "Russia fired 426 drones and 24 missiles overnight, the Ukrainian air force said. Air defenses shot
# down 386 drones and 19 missiles, it said." (both counts had been lost).
_BARRAGE = re.compile(r"\b(?:fired|launched|shot\s+down|intercepted|downed)\b", re.I)
_WEAPON_UNITS = frozenset({"drones", "missiles", "rockets"})


def _barrage_of_the_nation(text: str, s: int, e: int, si: int, in_sentence: list[Resolution], events: list[Event],
                           dates: "_Dates", places: dict[str, Place], place_words: set[str]) -> Event | None:
    """The barrage a sentence naming no place of its own counts (``_BARRAGE``), in a story whose events were
    all in one country: that country's, the target's. Not the country's own weapons ("41 Ukrainian drones"), nor
    those it fired ("Ukraine launched 100 drones overnight"), and only as news of its day: not a quote, another
    story, history, a forecast, a tally since a start."""
    sentence = text[s:e].rstrip()
    if not events or not sentence[:1].isupper() or not sentence.rstrip("\"\u201d'").endswith((".", "!")):
        return None
    barrage = _BARRAGE.search(sentence)  # (first: few sentences have one, and the checks below cost)
    if barrage is None:
        return None
    if _QUOTE_MARKS.search(sentence) or _ANOTHER_STORY.search(sentence) or _BACKGROUND.search(sentence) \
            or _HISTORY_TURN.search(sentence) or _FORECAST.search(sentence) or _YEAR.search(sentence) \
            or _SINCE_OR_SO_FAR.search(sentence) or _over_years(sentence, fold(sentence)):
        return None
    counted = [(at, f) for at, f in _figures_at(sentence) if f.unit in _WEAPON_UNITS]
    countries = {places[ev.place].country for ev in events}
    nation = next((p for p in places.values() if p.kind == "country" and countries == {p.country}), None)
    found = classify_match(sentence)
    if not counted or nation is None or found is None or found[0] not in _CONFLICT_TYPES:
        return None
    named = [r.candidate.start - s for r in in_sentence if r.entry is not None and r.entry.country == nation.country]
    if any(n < barrage.start() or any(at <= n < at + len(f.text) for at, f in counted) for n in named):
        return None
    date = dates.naming(si, s + barrage.start()) or dates.at(si, s + barrage.start(), s + barrage.end())
    if date is None:
        return None
    return Event(id="", place=nation.id, type=found[0], date=date.value, approximate=date.approximate,
                 actors=find_actors(sentence, in_sentence, place_words, offset=s), figures=[f for _, f in counted],
                 summary=default_summary(found[0], nation.name), sources=[Source(sentence, s, s + len(sentence))])


# A quoted passage, whose words are the speaker's and not the news told around it.
_QUOTED_PASSAGE = re.compile("[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def _outside_quotes(sentence: str) -> str:
    """The sentence with its quoted passages blanked (``_QUOTED_PASSAGE``), offsets kept."""
    return _QUOTED_PASSAGE.sub(lambda m: " " * len(m.group()), sentence)


def _event_of_the_risen_toll(deadly: list[Event], harmed: list[Figure]) -> Event | None:
    """The event whose toll a sentence naming no place says rose (``_TOLL_UPDATE``): the story's deadliest of the
    lead's year that the new toll does not fall below, not the last one told. "By Tuesday, the toll had risen to
    1,400, with 3,124 injured." is the quake's that killed "more than 800 people" across eastern Afghanistan, not the
    12 dead of the province told just before it (nor the 1,500 of an earlier quake in Herat)."""
    toll = max((f.value for f in harmed if f.unit in ("dead", "killed") or _KILLED.search(f.text)), default=0)
    year = next((ev.date[:4] for ev in deadly if ev.date), None)
    tolled = [ev for ev in deadly if 0 < fatalities(ev.figures) <= toll
              and (ev.date is None or year is None or ev.date[:4] == year)]
    return max(tolled, key=lambda ev: fatalities(ev.figures), default=None)


def _toll_of_the_story(text: str, s: int, e: int, events: list[Event], places: dict[str, Place],
                       place_words: set[str]) -> Event | None:
    """The dead, hurt and missing a sentence naming no place counts, with no event of its own, some sentences
    after the story's events (``_add_toll_told_after`` takes the sentence just after one): the story's deadly
    event's, where all its events were at one place (``_carried_count``'s area), and the country's where the
    count is said of the whole nation or the story's places lie in several of its provinces. "Clashes ... in
    the central district of Gopalganj left four people dead ... Nine police officers were injured, district
    police chief Mizanur Rahman said" (the nine had been lost); "Kenyan police clashed with protesters in
    Nairobi and several other towns ... More than 2,100 people were injured, the commission said" (Kenya's).
    Returns the country's event when it is new; adds to the event otherwise. Only as news: not a quote,
    another story, history, a year's tally, a forecast, nor another event's toll (a crash's after a flood)."""
    sentence = text[s:e].rstrip()
    if not events or not sentence.lstrip("\"\u201c'")[:1].isupper() \
            or not sentence.rstrip("\"\u201d'").endswith((".", "!")):
        return None
    deadly = [ev for ev in events if ev.type in DEADLY_TYPES]
    if not deadly:
        return None
    folded = fold(sentence)
    national = _nationwide_in(sentence)
    unquoted = _outside_quotes(sentence)  # (a toll told after a quote: ' "Two more bodies were pulled out this morning,"
    # Fedorov wrote on Telegram, raising the death toll to seven', had been lost)
    if _QUOTE_MARKS.search(unquoted) or _ANOTHER_STORY.search(sentence) or _BACKGROUND.search(sentence) \
            or _over_years(sentence, folded) or _HISTORY_TURN.search(sentence) or _FORECAST.search(sentence) \
            or _STATISTICS.search(sentence) or _YEAR.search(sentence) \
            or _ANOTHER_TOLL.search(_MORE_FOUND_AFTER.sub(
                lambda m: " " * len(m.group()),
                sentence[:national.start()] + sentence[national.end():] if national else sentence)):
        return None
    harmed = [f for f in find_figures(unquoted) if f.unit in _TOLL_UNITS or (
              _HARMED_OR_MISSING.search(f.text) and not _ARRESTED_COUNT.search(f.text) and _counts_people(f))]
    if unquoted != sentence:  # beside a quote, only the dead and hurt: not a speaker's "school now houses 300
        harmed = [f for f in harmed if _DEAD_OR_HURT.search(f.text)]  # displaced families"
    if not harmed:
        return None
    # (where the story's news was only told, a minister's news conference in the capital, spreads no story over the
    # country: "Police said six people were wounded, including the gunman." after the shooting in Orebro and the
    # prime minister's words in Stockholm is Orebro's, not Sweden's)
    scene = [ev for ev in events if ev.type != "statement"] or events
    countries = {places[ev.place].country for ev in scene}
    where = {places[ev.place].name for ev in scene}
    area = scene[-1].place if len(where) == 1 else _area_of_the_story(scene, places)
    regions = {places[ev.place].admin1 for ev in scene if places[ev.place].kind != "country"}
    if national or area is None and None not in regions and len(regions) > 1:
        nation = next((p for p in places.values() if p.kind == "country" and countries == {p.country}), None)
        if nation is None:
            return None  # the story's places lie in several countries, or its country is not named
        told = next((ev for ev in deadly if ev.place == nation.id), None)
        story = told or deadly[-1]
    else:
        if area is None:
            return None  # a story of places whose provinces are not all known ("the Indonesian island of Flores")
        nation, told = None, None
        # The latest event that counts its harmed ("Floods sweep through northern Nigeria town", then the dam that
        # burst at Mokwa "killing at least 115 people" takes the displaced, not the headline's country); else the
        # area's own ("A cyclone ... destroyed up to a third of the vanilla crop in the Sava region", not the last
        # of the towns it moved over); a headline's country is no area's own ("Wildfire in southern France forces
        # thousands to flee", then the fire "in southern France's Aude department" takes "One firefighter was
        # seriously injured").
        story = next((ev for ev in reversed(deadly) if any(_HARMED_OR_MISSING.search(f.text) for f in ev.figures)),
                     next((ev for ev in deadly if ev.place == area and places[area].kind != "country"),
                          next((ev for ev in deadly if places[ev.place].kind != "country"), deadly[-1])))
        if _TOLL_UPDATE.search(unquoted):
            story = _event_of_the_risen_toll(deadly, harmed) or story
    found = classify_match(_without_riot_gear(unquoted, fold(unquoted)))
    if found and found[0] != "statement" and not (story.type == "riot" and found[0] == "protest"):
        return None  # an event of its own, or one told again that may be another's: "Thirteen soldiers were injured
        # when two army trucks crashed", "The fighting destroyed much of the city's commercial center and displaced
        # more than 350,000 people" (the Marawi siege of 2017, after a clash in Lanao del Sur); a riot's toll is
        # told as its protests' ("The death toll from the protests rose to 72")
    if nation is not None and told is None:
        date = next((ev.date for ev in deadly if ev.date), None)  # the story's day: the lead's, as a rule
        return Event(id="", place=nation.id, type=story.type, date=date, approximate=date is not None,
                     actors=find_actors(sentence, [], place_words, offset=s), figures=harmed,
                     summary=default_summary(story.type, nation.name),
                     sources=[Source(sentence, s, s + len(sentence))])
    if any(source.start == s for source in story.sources):
        return None  # told already as the story's (``_carried_event``)
    _join_figures(story.figures, harmed)
    story.sources.append(Source(sentence, s, s + len(sentence)))
    return None


def _held_only(type_id: str, figures: list[Figure]) -> list[Figure]:
    """An arrest's figures: those held, when the sentence counts them, and not the dead or wounded it
    counts beside them ("The interior ministry said 21 police officers were injured and five protesters
    were detained in Nampula": five held, not 21 injured; "Kenyan police said they had arrested 485
    people after protests on Monday in which at least 31 people were killed": 485, not 31)."""
    if type_id != "arrest" or not any(_ARRESTED_COUNT.search(f.text) for f in figures):
        return list(figures)
    return [f for f in figures if _ARRESTED_COUNT.search(f.text) or not _DEAD_OR_HURT.search(f.text)]


# The types whose figures never count those held, as a raid's, a riot's or a protest's may.
_NOT_HELD_TYPES = frozenset({"attack", "strike", "shelling", "disaster", "accident"})


def _without_the_held(type_id: str, figures: list[Figure]) -> list[Figure]:
    """A killing's, a strike's or a disaster's figures, without those held for it: "police in Kaduna said they had
    arrested five suspects over the killing of a priest in Kauru" (the killing had counted the five)."""
    if type_id not in _NOT_HELD_TYPES:
        return list(figures)
    return [f for f in figures if not _ARRESTED_COUNT.search(f.text)]


# Those whose killing a crowd protests, no toll of the protest: "Thousands of students poured onto the streets of
# Dhaka on Sunday, demanding justice for a classmate who was beaten to death by ruling party activists" (the protest
# had counted the classmate dead).
_PROTESTED_FOR_BEFORE = re.compile(r"\b(?:justice\s+for|(?:killings?|murders?|lynching|shooting)\s+of|"
                                   r"mourn(?:ing|ed)?|in\s+memory\s+of)\s+$", re.I)


# ... and the death that set off a riot or a protest, told after it: "Clashes broke out overnight in several towns of
# Seine-Saint-Denis, north of Paris, after a 17-year-old boy died when his scooter crashed during a police chase" (the
# riot had counted the boy dead).
_SET_OFF_BY_BEFORE = re.compile(r"\b(?:after|following|over)\s+$", re.I)


def _without_the_cause(type_id: str, sentence: str, figures: list[Figure]) -> list[Figure]:
    """A protest's figures, without those whose killing it protests (``_PROTESTED_FOR_BEFORE``; the protesters
    killed are its own: "the 21st anniversary of the deaths of 85 Muslim protesters in Tak Bai"); a protest's or a
    riot's, without one death that set it off (``_SET_OFF_BY_BEFORE``)."""
    if type_id not in ("protest", "riot"):
        return figures
    return [f for f in figures if (at := sentence.find(f.text)) < 0 or f.unit in ("protesters", "demonstrators")
            or not (type_id == "protest" and _PROTESTED_FOR_BEFORE.search(sentence, max(0, at - 40), at)
                    or f.value == 1 and _SET_OFF_BY_BEFORE.search(sentence, max(0, at - 12), at))]


_HEADLINE_NEAR_KM = 30  # a headline's neighbourhood and its lead's ("South Side" and Englewood: 9 km)


def _headline_told_again(events: list[Event], text: str, spans: list[tuple[int, int]],
                         places: dict[str, Place]) -> list[Event]:
    """A headline's events that its lead tells again, joined to the lead's: "2 killed, 5 wounded in South
    Side shooting" then "CHICAGO (AP) — Two people were killed and five others were wounded when gunfire
    erupted at a Fourth of July gathering in the city's Englewood neighborhood late Friday" is one shooting,
    not an undated one on the South Side beside the lead's. The lead is the first sentence of the
    paragraphs after the headline (one of a dateline or byline alone skipped); the two must be of one
    type and on one day (or the headline's undated), at one place, one inside the other, or towns
    within ``_HEADLINE_NEAR_KM`` (``_told_as``). The lead's place is kept, unless the headline's is more precise (``_more_precise``)."""
    if len(spans) < 2 or text.find("\n", spans[0][1], spans[1][0]) < 0 or text[spans[0][0]:spans[0][1]].endswith("."):
        return events  # no headline: its own paragraph, with no full stop
    lead = next(((s, e) for s, e in spans[1:4] if e - s > 60 and text.find("\n", s, e) < 0), (-1, -1))
    # (and one that a later sentence told on, when its place says better where than the lead's: "Teenager charged
    # with murder after stabbing in Croydon", then "Officers were called to London Road in Croydon at about 9.40pm
    # on Saturday", after the lead's "in south London")
    headline = [ev for ev in events if ev.sources[0].start == spans[0][0]
                and not any(src.start == lead[0] for src in ev.sources)]
    told_days: dict[str, Event] = {}  # the lead's event that told a headline's of each type again
    for ev in headline:
        told = next((other for other in events if other is not ev and _told_as(ev.type, other.type)
                     and any(src.start == lead[0] for src in other.sources)
                     and (ev.date is None or ev.date == other.date)
                     and _one_place(places[ev.place], places[other.place])), None)
        if told is None:
            continue
        told_days.setdefault(ev.type, told)
        more_precise = _more_precise(places[ev.place], places[told.place], text, lead)
        if any(src.start != spans[0][0] for src in ev.sources) and (not more_precise or any(
                src.start == spans[0][0] for src in told.sources)):
            continue  # (the sentence that told it on may tell of another day's: "Floods in 2022 ... in Sindh"; and
            # a lead that took one headline's place keeps it: "Flash floods hit Bukit Timah, Tampines")
        if more_precise:
            told.place = ev.place
        _take_in(told, ev, first=True)  # the headline first
        ev.place = ""  # dropped below
    for ev in headline:
        # the headline's other places of that news, which the lead does not name, its day, about: "Storm Amy knocks
        # out power to thousands in Ireland and Scotland", then "Storm Amy left 180,000 homes without power across
        # Ireland on Saturday" (Scotland's had been undated)
        told = told_days.get(ev.type) or next((other for other in events if other is not ev and other.place
                                               and other.type == ev.type
                                               and any(src.start == lead[0] for src in other.sources)
                                               and any(src.start == spans[0][0] for src in other.sources)), None)
        if ev.place and ev.date is None and told is not None and told.date is not None and len(told.date) == 10:
            ev.date, ev.approximate = told.date, True
    return [ev for ev in events if ev.place]


# A day the lead gives only as the one its news was told on: "..., police and residents said on Tuesday."
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){1,2}?|reported|announced|confirmed)\s+(?:on\s+)?$")
# ... or as the one rescuers searched on, for those the event left missing: "Rescuers were searching on Thursday for 12
# people missing after a landslide buried houses in a village in Indonesia's Central Java province" (the landslide
# had been Thursday's, before "The landslide struck the village of Kasimpar in Pekalongan district on Monday evening")
_SEARCHED_ON_BEFORE = re.compile(r"\b(?:search(?:ed|ing)|dug|digging|comb(?:ed|ing)|scour(?:ed|ing)|"
                                 r"look(?:ed|ing)\s+for\s+survivors)\s+(?:on\s+)?$")


def _lead_span(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The article's lead: the first sentence after its headline (one of a dateline or byline alone
    skipped), or its first sentence when it has no headline (its own paragraph, with no full stop)."""
    if len(spans) < 2 or text.find("\n", spans[0][1], spans[1][0]) < 0 or text[spans[0][0]:spans[0][1]].endswith("."):
        return spans[0] if spans else (-1, -1)
    return next(((s, e) for s, e in spans[1:4] if e - s > 60 and text.find("\n", s, e) < 0), (-1, -1))


def _retold_as(lead_type: str, retold_type: str, again_named: bool) -> bool:
    """Whether a sentence's event of ``retold_type`` may tell a lead's of ``lead_type`` again: of its type, or
    as the attack any fighting is ("Suspected jihadists killed around 50 soldiers in an attack on an army post in
    Djibo", then "The attack happened at about 5 a.m. Sunday"); not the means of a lead's attack, as a headline's
    (``_told_as``): "Israel struck the ports of Hodeidah ... on Monday" is no retelling of "Yemen's Houthis said
    on Thursday they had sunk the Liberian-flagged bulk carrier Eternity C off the port of Hodeidah". Named again
    as the sentence opens, the lead's fighting is the lead's whatever words the sentence goes on with: "The attack
    hit the monastery in Lin Ta Lu village in Sagaing's Sagaing township at about 1 a.m. on Friday, where more than
    150 people from nearby villages had been sheltering to escape fighting" (the lead's airstrike)."""
    return retold_type == lead_type or retold_type == "attack" and lead_type in _CONFLICT_TYPES \
        or again_named and lead_type in _CONFLICT_TYPES and retold_type in _CONFLICT_TYPES


# A lead's strike named again, in the singular a labour strike shares, by what it did: "The strike hit the
# town of Gerba in the North Wollo zone on Wednesday" (``_THE_EVENT_AGAIN`` has only the plural).
_THE_STRIKE_AGAIN = re.compile(r"The\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|airstrike|strike)\s+(?:also\s+)?(?:hit|struck|"
                               r"targeted|killed|destroyed|took\s+place|happened|occurred)\b")


def _retold_there(lead: Place, retold: Place, again_named: bool) -> bool:
    """Whether a retelling's place may be the lead's event's: the lead's, or one inside it, or, when the
    sentence names the lead's event again as it opens ("The strike hit the town of Gerba in the North Wollo
    zone on Wednesday", after "A drone strike killed at least 20 civilians in Ethiopia's Amhara region"),
    any of its country; or one beside the lead's town (``_AFTERMATH_NEAR_KM``): "the makeshift metal boat went
    down on Sunday near the Kerkennah Islands", after "their boat sank off the Tunisian city of Sfax"."""
    return retold.id == lead.id or _contains(lead, retold) \
        or again_named and lead.country is not None and retold.country == lead.country \
        or lead.kind == "city" and lead.country is not None and retold.country == lead.country \
        and lead.lat is not None and retold.lat is not None and _km(lead, retold) <= _AFTERMATH_NEAR_KM


def _town_in_a_wider_retelling(lead: Place, retold: Place) -> bool:
    """Whether a lead's town is more precise than the region a retelling names, which the gazetteer does not know
    to hold it: "At least 35 people were killed when a landslide buried miners at the Rubaya coltan mine", then "The
    landslide struck on Wednesday after heavy rains in Masisi territory, ..., where the M23 rebel group has
    controlled the mining town of Rubaya" is Wednesday's landslide at Rubaya (had been moved to Masisi, beside
    another at Rubaya). (Only when the retelling names the town too: a boat sunk "off the Tunisian city of Sfax"
    went down "near the Kerkennah Islands".)"""
    return lead.kind == "city" and retold.kind in ("region", "admin1", "admin2", "country")


def _dated_by_its_telling(event: Event, text: str, lead: tuple[int, int], published: dt.date | None) -> bool:
    """Whether a lead's event has for its day only the one its news was told on: "Gunmen killed at least
    23 people in an overnight raid on a village in northwest Nigeria's Zamfara state, police and residents
    said on Tuesday." (every day of the sentence after a word of saying; "overnight", of the night before
    whichever day, aside)."""
    found = [d for d in find_dates(text, published, lead[0], lead[1]) if d.text.lower() != "overnight"]
    return bool(found) and event.date == found[0].value \
        and all(_SAID_ON_BEFORE.search(text, max(lead[0], d.start - 40), d.start)
                or _SEARCHED_ON_BEFORE.search(text, max(lead[0], d.start - 40), d.start) for d in found)


def _lead_told_again(events: list[Event], text: str, spans: list[tuple[int, int]], places: dict[str, Place],
                     published: dt.date | None) -> list[Event]:
    """A lead's event that the next sentence tells again, at a place inside the lead's and on the day it
    took place, is one event there and then: "Gunmen killed at least 23 people in an overnight raid on a
    village in northwest Nigeria's Zamfara state, police and residents said on Tuesday." then "The attackers
    stormed Kairu village in Maru district on motorcycles at about 11 p.m. on Sunday, ..." is Sunday's raid in
    Maru, not one in Zamfara on Tuesday beside it. The lead's day must be only the one its news was told on
    (``_dated_by_its_telling``), the retelling's within the week before it, of the lead's type
    (``_retold_as``), at its place or one inside it (``_retold_there``), with no other toll of its own and no word
    of another story (``_GOES_ON``)."""
    lead = _lead_span(text, spans)
    k = spans.index(lead) if lead in spans else -1
    if k < 0 or k + 1 >= len(spans):
        return events
    after = spans[k + 1]
    again_named = any(p.match(text, after[0]) for p in (_THE_EVENT_AGAIN, _THE_DISASTER_AGAIN, _THE_STRIKE_AGAIN))
    # (or a lead that tells a toll risen, dated about the event's day: "The death toll from a boat accident on the
    # Niger River in central Nigeria has risen to 40, emergency officials said on Thursday." then "The boat ...
    # capsized on Tuesday near the town of Mokwa in Niger State" is Tuesday's capsizing at Mokwa, with its 40 dead)
    toll_risen = _TOLL_UPDATE.search(text, lead[0], lead[1]) is not None
    for ev in events:
        if not ev.place or not any(src.start == lead[0] for src in ev.sources) or ev.date is None \
                or len(ev.date) != 10 or not (ev.approximate or _dated_by_its_telling(ev, text, lead, published)):
            continue  # (a day only guessed for the lead's event too: "Tundu Lissu was charged with treason on
            # Thursday, a day after he was arrested at a rally in southern Tanzania", then "Police arrested Lissu
            # ... on Wednesday evening in Mbinga, in the Ruvuma region" is one arrest, in Mbinga; so is a toll risen)
        # an event already taken into another lead's (its place emptied) is no retelling of this one's
        again = next((other for other in events if other is not ev and other.place and other.sources[0].start == after[0]
                      and _retold_as(ev.type, other.type, again_named) and other.date is not None and len(other.date) == 10
                      and not other.approximate
                      and (0 if toll_risen and ev.approximate else 1)
                      <= (dt.date.fromisoformat(ev.date) - dt.date.fromisoformat(other.date)).days <= 7
                      and _retold_there(places[ev.place], places[other.place], again_named)
                      and not _GOES_ON.search(text, after[0], after[1])
                      and fatalities(other.figures) in (0, fatalities(ev.figures))), None)
        if again is None:
            continue
        if not _contains(places[again.place], places[ev.place]) \
                and not (_town_in_a_wider_retelling(places[ev.place], places[again.place])
                         and any(other.place == ev.place and other.sources[0].start == after[0] for other in events)):
            ev.place = again.place
        ev.date, ev.approximate = again.date, False
        _take_in(ev, again)
        again.place = ""  # dropped below
    return [ev for ev in events if ev.place]


_HURT_WORD = re.compile(r"\b(?:wound|injur|hurt)", re.I)  # a count of the wounded, not of the dead or the whole


def _counted_again(figure: Figure, figures: list[Figure]) -> Figure | None:
    """The one of ``figures`` of an event that counts its ``figure`` again: one of the same number, of the
    wounded as it is or not, in another sentence's words ("Landslide buries homes in Indonesia's Central
    Java, 16 dead", then "killing 16 people"; "Gunmen kill 23 villagers", then "killed at least 23 people"),
    not a second toll ("killing five people" and "five others were wounded" are two)."""
    hurt = bool(_HURT_WORD.search(figure.text))
    return next((f for f in figures if f == figure
                 or f.value == figure.value and bool(_HURT_WORD.search(f.text)) == hurt), None)


def _take_in(event: Event, other: Event, *, first: bool = False) -> None:
    """Adds to ``event`` what ``other``, which tells it again, gives: its sources (before ``event``'s own
    with ``first``), its actors, and its figures, each count once (``_join_figures``)."""
    sources = [src for src in other.sources if src not in event.sources]
    if first:
        event.sources[:0] = sources
    else:
        event.sources += sources
    event.actors += [a for a in other.actors if a not in event.actors]
    _join_figures(event.figures, other.figures)


def _join_figures(figures: list[Figure], more: list[Figure]) -> None:
    """Adds to an event's ``figures`` another sentence's, each count once: of two that tell one count, the
    one that says they died ("killed at least 23 people", not the headline's "23 villagers")."""
    for figure in more:
        again = _counted_again(figure, figures)
        if again is None:
            figures.append(figure)
        elif fatalities([figure]) > fatalities([again]):
            figures[figures.index(again)] = figure


def _told_as(headline_type: str, lead_type: str) -> bool:
    """Whether a lead's event of ``lead_type`` may tell a headline's of ``headline_type`` again: the same
    type, or the means of a headline's attacks ("Israeli attacks across Gaza kill at least 60", then
    "Israeli strikes across the Gaza Strip killed at least 60 people"), the lead's type kept."""
    return lead_type == headline_type or headline_type == "attack" and lead_type in REMOTE_MEANS


def _more_precise(headline: Place, lead: Place, text: str, lead_span: tuple[int, int]) -> bool:
    """Whether the headline's place says better where than the lead's: one inside it by another name
    ("Bokkos" in the lead's "Plateau"; the same "Akita" read as the city in the headline and the
    prefecture in the lead is the lead's, as "Bokkos" is the lead's "Bokkos local government area"), or a
    neighbourhood of a town that the lead names too, or whose town only the lead's dateline names
    ("Dartmouth man charged with second-degree murder in Spryfield shooting", then "HALIFAX — A Dartmouth
    man has been charged ... in the Halifax community of Spryfield")."""
    if _contains(lead, headline):
        return not lead.name.startswith(headline.name)
    if _contains(headline, lead):
        return False
    start, end = lead_span
    if any(m0 < start for m0, _ in headline.mentions) and all(
            _NEAR_A_LANDMARK_BEFORE.search(text, max(0, m0 - 12), m0) for m0, _ in headline.mentions if m0 < start):
        return False  # (a town the headline names only as a landmark near where it happened: "Russia claims capture
        # of village near Pokrovsk", then "its forces had captured the village of Udachne in Ukraine's eastern
        # Donetsk region, just west of the embattled logistics hub of Pokrovsk", a capture at Pokrovsk, had been)
    # (the lead's place named there: not one a later sentence told more precisely, "The shooting happened just
    # before 11 p.m. in the Englewood neighborhood", under "Three killed in shooting at Chicago block party")
    in_lead = [(m0, m1) for m0, m1 in lead.mentions if start <= m0 < end]
    return any(start <= m0 < end and not text[m0:m1].isupper() for m0, m1 in headline.mentions) \
        or bool(in_lead) and all(text[m0:m1].isupper() for m0, m1 in in_lead) \
        or headline.kind == "city" and bool(in_lead) and (lead.name.endswith(" Side") or all(
            _A_QUARTER_OF_BEFORE.search(text, max(start, m0 - 12), m0) for m0, _ in in_lead))


_NEAR_A_LANDMARK_BEFORE = re.compile(r"\b(?:near|outside|close\s+to)\s+$", re.I)
# A quarter of a city, told by its compass point, is vaguer than a town a headline names there: "A 17-year-old
# boy has been charged with murder after a man was stabbed to death in south London", under "Teenager charged
# with murder after stabbing in Croydon" (an attack in London, had been); so is a city's side by its name: "on
# Chicago's South Side", under "Teen charged as adult in Englewood party shooting that killed 2".
_A_QUARTER_OF_BEFORE = re.compile(r"\b(?:north|south|east|west|north-east|north-west|south-east|south-west|"
                                  r"northeast|northwest|southeast|southwest|central|inner|outer)\s+$")


def _quarter_told_precisely(events: list[Event], text: str, places: dict[str, Place]) -> list[Event]:
    """An event at a city its sentences name only by a quarter (``_A_QUARTER_OF_BEFORE``) joins the one of its type
    the story tells at a place there (``_one_place``), on a day that fits: "A man has been jailed for life for the
    murder of a father-of-two in north Belfast last year" is the murder of "Sean Fox, who was shot dead outside his
    home in the Ardoyne area in March 2024" (two murders, at Belfast and at Ardoyne, had been)."""
    for ev in events:
        place = places.get(ev.place)
        if place is None or place.kind != "city" or ev.type not in DEADLY_TYPES:
            continue  # (a statement's places are no event's: "data centres ... at Clonee in Co Meath, Grange Castle
            # in west Dublin and Blanchardstown")
        named = [m0 for m0, _ in place.mentions if any(src.start <= m0 < src.end for src in ev.sources)]
        if not named or not all(_A_QUARTER_OF_BEFORE.search(text, max(0, m0 - 12), m0) for m0 in named):
            continue
        there = next((other for other in events if other is not ev and other.place and other.place != ev.place
                      and other.type == ev.type and places[other.place].kind == "city"
                      and _one_place(place, places[other.place])
                      and (not ev.date or not other.date or other.date.startswith(ev.date)
                           or ev.date.startswith(other.date))), None)
        if there is None:
            continue
        there.sources += [src for src in ev.sources if src not in there.sources]
        there.actors += [a for a in ev.actors if a not in there.actors]
        there.figures += [f for f in ev.figures if f not in there.figures]
        ev.place = ""  # dropped below
    return [ev for ev in events if ev.place]


def _one_place(a: Place, b: Place) -> bool:
    if a.id == b.id or _contains(a, b) or _contains(b, a):
        return True
    wide = ("country", "admin1", "region")
    return a.kind not in wide and b.kind not in wide and a.lat is not None and b.lat is not None \
        and _km(a, b) <= _HEADLINE_NEAR_KM


_HEADLINE_NEWS_DAYS = 31  # a headline tells news of this month: "Solomon Islands protesters clash with police in Honiara"


def _has_headline(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text opens with a headline: its own paragraph, with no full stop."""
    return len(spans) >= 2 and text.find("\n", spans[0][1], spans[1][0]) >= 0 \
        and not text[spans[0][0]:spans[0][1]].endswith(".")


def _ended_long_before(date: str, published: dt.date) -> bool:
    """Whether the day, month or year ``date`` ended more than ``_HEADLINE_NEWS_DAYS`` before ``published``."""
    year = int(date[:4])
    if len(date) == 4:
        end = dt.date(year, 12, 31)
    elif len(date) == 7:
        month = int(date[5:7])
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        end = dt.date.fromisoformat(date[:10])
    return (published - end).days > _HEADLINE_NEWS_DAYS


def _history_of_headline(one: Event, other: Event, headline: int, published: dt.date | None) -> bool:
    """Whether one of two events is an undated headline's (its first source at ``headline``) and the
    other's date ended long before ``published`` (``_ended_long_before``)."""
    if published is None or headline < 0:
        return False
    return any(a.date is None and a.sources[0].start == headline and b.date is not None
               and _ended_long_before(b.date, published) for a, b in ((one, other), (other, one)))


# An event told as another of the kind, one of the past: "A similar attack on a tavern in Orlando East in July 2022".
_ANOTHER_OF_ITS_KIND = re.compile(r"\b(?:similar|previous|earlier|prior)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|shootings?|"
                                  r"massacres?|raids?|bombings?|blasts?|explosions?|incidents?|ambush(?:es)?|"
                                  r"floods?|storms?|cyclones?|earthquakes?|quakes?|fires?|protests?|riots?|"
                                  r"crash(?:es)?|collapses?)\b", re.I)


def _told_before_history(one: Event, other: Event, published: dt.date | None) -> bool:
    """Whether one of two events is undated and told before the other, which its sentence tells as another of
    the kind (``_ANOTHER_OF_ITS_KIND``) and whose date ended long before ``published`` (``_ended_long_before``):
    the news's own report, not the history told after it ("The attackers arrived in a minibus and fired
    indiscriminately at patrons in Orlando East" is Saturday's shooting, not "A similar attack on a tavern in Orlando
    East in July 2022 killed 16 people", whose date and toll it had taken)."""
    if published is None:
        return False
    return any(a.date is None and b.date is not None and a.sources[0].start < b.sources[0].start
               and _ANOTHER_OF_ITS_KIND.search(b.sources[0].text) and _ended_long_before(b.date, published)
               for a, b in ((one, other), (other, one)))


# How far apart two days may be, one of them approximate, to be one event's: a week, as a lead's told again
# (``_lead_told_again``).
_APPROXIMATE_DAY_REACH = 7


def _of_one_time(one: str, other: str) -> bool:
    """Whether two dates, one of them approximate, may be one event's: of one year, and, both days, within
    ``_APPROXIMATE_DAY_REACH`` of each other; "Fighting ... flared again on the northern outskirts of Goma overnight,
    residents said on Friday" (Feb. 7, about) is not "The rebels captured Goma on Jan. 27" (had been joined to it,
    and taken its day)."""
    if one[:4] != other[:4]:
        return False
    if len(one) == 10 and len(other) == 10:
        return abs((dt.date.fromisoformat(one) - dt.date.fromisoformat(other)).days) <= _APPROXIMATE_DAY_REACH
    return True


def _merge(events: list[Event], headline: int = -1, published: dt.date | None = None) -> list[Event]:
    """One event per place, type and date; an undated report, or one only approximately dated,
    joins the dated one it continues. Not an undated headline's (its first source at ``headline``) one
    dated long before ``published``: the headline is the news, "Solomon Islands protesters clash with
    police in Honiara", not the background's "In November 2021, riots in Honiara left three people dead"."""
    merged: list[Event] = []
    for ev in events:
        same = next((m for m in merged if m.place == ev.place and m.type == ev.type
                     and not _history_of_headline(m, ev, headline, published)
                     and not _told_before_history(m, ev, published)
                     and (m.date == ev.date or m.date is None and (len(ev.date) > 4 or ev.approximate)
                          or ev.date is None and (len(m.date) > 4 or m.approximate)
                          or m.date and ev.date and (m.approximate or ev.approximate) and _of_one_time(m.date, ev.date))),
                    None)  # (an approximate day is of its year: no update of this week's toll joins 1988's;
    # nor an undated one history of a year named: "In 2023, floods in Somalia displaced over 1.2 million people"
    # had dated an undated sitrep's floods of 19 May 2023, with its 1.2 million; "this year" is about the news')
        if same is None:
            merged.append(ev)
            continue
        if same.date is None and ev.date is not None or same.approximate and ev.date and not ev.approximate:
            same.date, same.approximate = ev.date, ev.approximate
        _take_in(same, ev)
    counts: dict[str, int] = {}
    for ev in merged:
        base = f"{ev.place}-{ev.type}-{ev.date or 'undated'}"
        counts[base] = counts.get(base, 0) + 1
        ev.id = base if counts[base] == 1 else f"{base}-{counts[base]}"
    return merged
