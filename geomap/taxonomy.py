"""Event types, compatible with ACLED's event types and sub-event types.

Each geomap type maps to one ACLED (event_type, sub_event_type) pair so exports line up
with ACLED data; "statement" has no ACLED counterpart and maps to Strategic developments /
Other. The keywords decide the type of a sentence, first matching type wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geomap.cues import LeadingWords

__all__ = ["CLAUSE_BREAK", "OTHER_CLAUSE", "DEADLY_TYPES", "EventType", "EVENT_TYPES", "VIOLENCE_ORDER", "classify",
           "classify_match",
           "closest_type",
           "default_summary", "settle"]


# Who kills in attacks on civilians ("Gunmen killed 17 people in Gusau"), unless fighting ("clashes
# between gunmen and the army", "fighting with militants"), and how places are
# attacked: what is stormed, torched or set fire to (not a pitch, a server or the Lakers).
_ASSAILANTS = ("gunmen", "gunman", "militants", "attackers", "bandits", "jihadists", "insurgents", "assailants",
               # "Heavily armed gang members attacked communities in the mountain commune of Kenscoff ..."
               "gang members", "gangs", "gangsters")
# ... of them, those who raid where civilians live, not forces: "gangs attacked Kenscoff".
# Where aid is kept or handed out, which raiders loot: "looted WFP warehouses", "looted aid supplies".
_AID_STORES = (r"(?:(?:aid|food|relief|humanitarian|WFP|UN|U\.N\.) (?:warehouses?|stores|supplies)|"
               r"(?:aid |food )?distribution (?:sites?|points?|centres?|centers?))")
_RAIDERS = ("gangs", "gang members", "gangsters", "bandits", "gunmen")
# Those who rob with weapons, whose robbery is an attack on those they rob: "An armed gang of around 15 men attacked two
# security vans", "Three armed men robbed a jewellery shop" (not "robbery suspects", whom the police arrest).
_ROBBERS = ("robbers", "armed men", "armed gang", "armed suspects", "masked men", "gunmen")
# The day raiders struck, told between them and their verb: "Gunmen on Tuesday night attacked ...".
_RAIDED_ON_A_DAY = r"(?:(?:late |early )?on \w+day (?:night |morning |evening |afternoon )?)?"
# ... or an aside on them: "The gunmen, who arrived on dozens of motorcycles, attacked Kuta and two neighbouring
# communities" (had been the community leader's statement).
_RAIDERS_ASIDE = r"(?:, who [^,;.]{1,80},)?"
_ATTACK_VERBS = ("stormed", "torched", r"set(?:ting)? fire to", r"burn(?:ed|t) down", "blew up", "blowing up",
                 # "Armed men set ablaze 30 houses in Plateau state's Bokkos area" (had made no event)
                 "set ablaze", "set alight",
                 # "In the Jenin camp, the army detonated a cluster of homes on Sunday"
                 "detonated")
_FORCES = r"(?:soldiers|troops|servicemen|policemen|police officers|officers|militiamen|security forces)\b"  # in battle
_BATTLES_NOT_FOUGHT = ("legal", "court", "courtroom", "custody", "political", "separate", "uphill", "takeover",
                       "bidding", "boardroom", "regulatory", "tax")
_FILMED_WORKS = ("film", "movie", "series", "video", "footage", "documentary", "scene", "episode", "season")
_FORCE_NOUNS = ("soldier", "officer", "policeman", "serviceman", "trooper", "guard")
_VEHICLES = ("plane", "car", "bus", "train", "helicopter", "truck", "road", "traffic", "vehicle", "motorcycle", "boat",
             "ferry", "air", "jet",
             # "All lanes of Interstate 64 East at Cross Lanes were closed because of an automobile accident" (had
             # been a statement)
             "automobile", "auto", "vehicular", "motor vehicle")
# What runs on a road and crashes into things there (``accident``): "his scooter hit a bus", "her car struck a tree".
_ROAD_VEHICLES = ("car", "scooter", "motorcycle", "motorbike", "moped", "bicycle", "bike", "bus", "minibus", "truck",
                  "lorry", "van", "pickup", "SUV", "vehicle", "tractor", "sedan", "tram")
_BUILDINGS = ("house", "home", "apartment", "building", "factory", "warehouse", "hotel", "three-alarm", "two-alarm",
              "four-alarm", "five-alarm", "residential")
# Where crowds gather and a blaze kills many: "A fire at a nightclub", "a nightclub fire".
# What collapses and harms, as a structure told by its word (the accident's wording; events' what a quake or a storm
# brought down).
FALLEN_STRUCTURES = ("canopy", "roof", "balcony", "ceiling", "bridge", "footbridge", "flyover", "overpass",
                     "building", "tower")
_CROWDED_VENUES = ("market", "shop", "mall", "nightclub", "club", "bar", "restaurant", "plant", "refinery", "hospital",
                   "school")
# A storey told by its place in the building: "the upper floor of a beach restaurant collapsed".
_STOREYS = ("upper", "top", "ground", "first", "second", "third", "fourth", "fifth", "mezzanine", "upstairs")
# A side of a city told before its name, in lower case: "the fire in west London", "in northern Gaza".
_SIDES_OF_A_PLACE = r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?(?:east|west)|" \
                    r"south-?(?:east|west)|(?:north|south)(?:east|west)ern|downtown|suburban|rural)"
# A blaze's word and what opens it, a size or a toll between: "a fire broke out", "a massive fire broke out at a
# hotel in central Kolkata" (had been a statement), "a deadly fire at a garment factory"; or a clause's opening
# word, with no article: "A state of emergency was declared in Zabaykalsky Krai after fire destroyed 12 houses in
# the village of Novoberezovka" (had been a statement).
_A_FIRE = "|".join(rf"(?<=\b{opener} fire)" for opener in (
    "a", "the", "a massive", "a huge", "a major", "a big", "a deadly", "a devastating", "a raging",
    "a fierce", "a minor", "a small", "a large", "after", "when")) + (
    # (or the sentence's first word, a dateline's dash before it: "KANO, Nigeria \u2014 Fire on Sunday destroyed more
    # than 300 shops at the Kantin Kwari textile market in Kano" had been the traders' statement)
    r"|(?<=^fire)|(?<=\u2014 fire)|(?<=\u2013 fire)|(?<= - fire)"
    # (or a time's possessive, a weapon's fire never so told: "a bar in the ski resort of Crans-Montana where a New
    # Year's fire killed 40 people" had made no event; "Sunday's fire", "last week's fire")
    + "".join(rf"|(?<={time}{apostrophe}s fire)" for time in ("year", "eve", "day", "week", "night", "month")
              for apostrophe in ("'", "\u2019")))
# A temperature a heat wave reaches, 40 C or 100 F and above, with what may come before it ("above", "a record high
# of"): "recording 50 C", "hit 43C", "registered 46.6 degrees Celsius", "reached 108 F".
_HEAT_READING = (r"(?:to |above |past |over |nearly |almost |about |around |highs? of |"
                 r"(?:a |an )?(?:record |new |all-time |national |june |july |august )*(?:high |temperature |peak )?of )?"
                 r"(?:[45]\d(?:\.\d)?\s?(?:\u00b0\s?C|degrees (?:Celsius|C)|C)|"
                 r"1[0-2]\d(?:\.\d)?\s?(?:\u00b0\s?F|degrees(?: Fahrenheit| F)?|F))\b")
# A fire's name before "Fire" (a lookbehind for each length of its one capitalised word, a year before it or not): "the
# Palisades Fire", "the 2018 Camp Fire"; with "the" before it, so no headline's "House Fire" nor "Ring of Fire".
_NAMED_FIRE_AFTER = "(?:" + "|".join(rf"(?<=(?-i:[Tt]he {year}[A-Z][a-z]{{{length}}} Fire))"
                                     for year in ("", r"\d{4} ") for length in range(2, 14)) + ")"
# What falls in, an accident's (not a government nor talks): "a three-storey residential building collapsed".
_STRUCTURES = ("building", "buildings", "roof", "pit", "mine", "shaft", "tunnel", "bridge", "wall", "ceiling", "house",
               "structure", "scaffolding", "stand", "block", "storey", "floor",
               # a building still being built: "after a three-storey building under construction collapsed in the
               # Garki area of Abuja" (had made no event)
               "under construction",
               # a crane that fell: "A crane collapsed onto a train in Thailand's Nakhon Ratchasima province, killing
               # 22" (had made no event)
               "crane", "tower")
# What explodes by mishap: "a petrol tanker overturned and exploded", "a reactor exploded at a pharmaceutical factory".
# Blackouts that are no grid's failure: those a grid operator schedules or imposes, a news or a communications
# blackout (``accident``).
_NO_FAILED_GRID = ("rolling", "scheduled", "planned", "emergency", "media", "news", "information", "communications",
                   "communication", "internet", "phone", "telecoms", "election", "simulated a", "simulated")
# The sizes of a grid's failure, and what it did (``accident``): "a massive blackout", "A blackout hit all of Puerto
# Rico", "one of Europe's worst blackouts left tens of millions of people without power".
_OUTAGE_SIZES = ("massive", "nationwide", "countrywide", "island-wide", "islandwide", "region-wide", "citywide",
                 "city-wide", "widespread", "major", "huge", "large-scale", "total")
_OUTAGE_DID = (r"(?:hit|hits|struck|strikes|left|leaves|leaving|plunged|plunges|plunging|knocked out|knocks out|cut off|"
               r"cuts off|affected|affects|swept|sweeps|paralysed|paralyzed|paralyses|paralyzes|crippled|cripples|"
               r"halted|halts|stranded|strands)\b")
_MACHINES = ("tanker", "reactor", "boiler", "cylinder", "cylinders", "furnace", "compressor")
# Working craft that hit a ship by mishap, a collision in port or at anchor, no assailant's (``accident``): "Oil spilled
# from a bunker tanker after it was hit by a dredger at a Singapore port terminal" (had been an attack).
_COLLIDING_CRAFT = (r"(?:dredgers?|barges?|tugs?|tugboats?|container ships?|cargo ships?|bulk carriers?|ferry|ferries|"
                    r"fishing (?:boats?|vessels?)|another (?:ship|vessel|tanker))\b")
# Wild animals that kill or maul people, no assailant's attack nor a battle but a mishap (``accident``): "An elephant
# trampled a 52-year-old farmer to death", "A shark killed a man surfing off a beach south of Perth" (had been
# statements or no event).
_WILD_ANIMALS = ("elephant", "shark", "crocodile", "alligator", "tiger", "leopard", "bear", "lion", "hippo",
                 "hippopotamus", "buffalo", "jaguar", "cougar", "hyena", "rhino")
# What a wild animal does to its victim (``_WILD_ANIMALS``), told actively or in the passive.
_MAULED = (r"(?:killed|kills|killing|trampled|tramples|trampling|mauled|mauls|mauling|attacked|attacks|attacking|"
           r"gored|gores|goring|bit|bites|biting|savaged|savages|dragged|drags|injured|injures|charged at)\b")
_MAULED_BY = ("killed", "trampled", "mauled", "attacked", "gored", "bitten", "savaged", "injured", "taken", "dragged")
# What spills or leaks from a pipeline, a tanker or a works, an industrial mishap (``accident``): "A ruptured pipeline
# spilled crude oil into creeks and farmland in Rivers State's Ogoniland", "a leak of sulfuric acid turned a stretch of
# the Sonora River red" (had been a statement and no event).
_POLLUTANTS = (r"(?:crude|oil|fuel|diesel|petrol|gasoline|chemicals?|acid|sulfuric acid|sulphuric acid|ammonia|"
               r"chlorine|cyanide|sewage|tailings|toxic waste|waste ?water)\b")
# What a military says it struck ("said it struck Hezbollah targets in Nabatieh"): from the air or afar.
_STRUCK = ("struck", "hit", "targeted", "pounded")
# ("Israel said it struck several tanks moving toward Sweida on Monday")
_MILITARY_TARGETS = r"(?:targets?|positions|sites?|infrastructure|facilities|depots?|launchers?|command posts?|tanks|" \
                    r"strongholds?|hideouts?)"
_STRUCK_FROM_AFAR = r"(?:headquarters|ports?|airports?|air ?bases?|power (?:stations?|plants?)|oil ?fields?|" \
                    r"refiner(?:y|ies)|fuel depots?|" \
                    r"reactors?|(?:nuclear|enrichment|atomic) (?:sites?|plants?|facilit(?:y|ies)|complex(?:es)?))"
# (a nuclear site's, too: "Israel also struck the heavy water reactor under construction at Arak, known as Khondab, on
# Thursday" had made no event, and a statement with the military's "said" after it)
_TARGETS = ("towns?|villages?|city|camp|buildings?|parliament|compound|prison|base|church|mosque|school|hospital|"
            "embassy|market|police stations?|police posts?|office|palace|capitol|homes?|houses?|shops?|cars?|vehicles?|bus(?:es)?|convoys?|"
            # ("Al-Shabaab militants stormed a hotel near the presidential palace in Somalia's capital")
            "hotels?|"
            # a shop robbed: "he and two others stormed the Papatoetoe dairy on the evening of 3 February, armed with a
            # machete and a hammer" (had made no event)
            "stores?|dair(?:y|ies)|supermarkets?|(?:petrol|gas|service) stations?|"
            # places of worship: "Separately, unidentified arsonists set fire to a Hindu temple in Chattogram overnight"
            # (had been the police's statement)
            "churches|mosques|temples?|synagogues?|shrines?|pagodas?|"
            # what militants blow up ("blew up an oil pipeline in Rivers State"), ACLED's remote explosives
            "trucks?|tankers?|pipelines?|bridges?|pylons?|(?:power|railway|rail) lines?|railway tracks?|dams?|"
            # a railway's or a network's works, sabotage's targets: "Saboteurs set fire to signalling cables at
            # junctions on the Atlantic, northern and eastern lines, near Courtalain ..." (had made no event)
            "cables|signal(?:l)?ing (?:boxes|cabinets|installations|equipment)|relay (?:boxes|cabinets|stations)|"
            "substations?|(?:phone |mobile phone |telecoms? |telecommunications? |5G )masts?")


# Whom armed men fire on in a battle (ACLED's armed clash), not civilians: "Thai troops opened fire on
# Cambodian soldiers", "accused Armenian forces of shooting at Azerbaijani positions".
_FORCE_TARGETS = r"(?:soldiers?|troops|servicemen|policemen|police|officers|forces|positions|outposts?|checkpoints?|" \
                 r"patrols?|border guards?|guards)\b"
# "targeted", after an attack's noun and its day: "The attack on Sunday targeted", "The attacks targeted".
_TARGETED = r"(?:(?:late |early )?on \w+day (?:night |morning |evening )?)?targeted"
# An army's or police's ground, whose attack is a battle's (ACLED's armed clash): "the army post at Boulkessi".
_ARMED_SITES = (r"(?:army|military|police|security|gendarmerie|posts?|bases?|barracks|garrisons?|camps? of|"
                r"outposts?|checkpoints?|positions|soldiers?|troops|patrols?|convoys? of)\b")
# Where civilians live or gather, whose attack (or assault) is one on civilians: "The attack on the village of
# Intazayene", "The assault on the village of Um Kadada" (an army's base or post is a battle's).
_CIVILIAN_SITES = (r"(?:villages?|communities|church|mosque|market|school|hospital|displacement camp|camp for|hotel|"
                   r"worshippers|civilians|villagers)")
# Whom a killing with no weapon named kills, ACLED's attack on civilians: "A man killed a 69-year-old woman".
_PEOPLE = (r"(?:people|persons|civilians|villagers|residents|m[ae]n|wom[ae]n|girls?|boys?|child(?:ren)?|bab(?:y|ies)|"
           r"toddlers?|teenagers?|teens|pensioners?|students?|wife|husband|mother|father|sons?|daughters?|"
           r"neighbou?rs?|farmers?|fishermen|herders?|worshippers|passengers|journalists?|priests?|hostages|"
           r"shoppers|pedestrians|tourists|workers|teachers?|doctors?|nurses?|miners|traders|migrants|refugees|"
           r"pilgrims|mourners|"
           # those whom Colombia's and Mexico's armed groups kill for what they lead or defend: "In the town of Tame,
           # dissidents of the 10th Front killed two community leaders on Tuesday" (had made no event)
           r"(?:community|social|indigenous|village|tribal|union|religious) leaders?|activists?|"
           # peoples named by their nationality: "Israeli troops killed three Palestinians in Jenin on Monday"
           r"palestinians|israelis|ukrainians|russians|syrians|lebanese|sudanese|somalis|yemenis|afghans|iraqis|"
           r"iranians|kurds|druze|alawites|rohingya|haitians|congolese|nigerians|pakistanis|indians|mexicans)\b")
# What kills and is no assailant ("a bus killed a pedestrian", "lightning killed two farmers", "An explosion
# killed four people at a fireworks factory"), or was named before ("sectarian violence that killed more than
# 130 people last year").
_BLAMELESS_KILLERS = _VEHICLES + ("driver", "bear", "shark", "elephant", "tiger", "crocodile", "leopard", "lion", "dog",
                                  "dogs", "snake", "lightning", "heat", "cold", "avalanche", "waves", "current",
                                  "explosion", "explosions", "blast", "blasts", "collapse", "stampede", "outbreak",
                                  "virus", "disease", "that", "which",
                                  # "A mine fire killed 46 workers" (an accident; "gunfire" too is no attack on
                                  # its own: see the battles)
                                  "fire", "fires", "blaze", "flames")
# The words after "killed" that are no victim yet: "killed in", "killed on Tuesday".
_NOT_VICTIM = r"(?!(?:in|on|at|by|when|after|as|while|during|and|or|with|near|for|over|from|last|this|since|" \
              r"because|before|himself|herself|themselves|itself)\b)"
# Crowds whose clash is a riot (ACLED's violent demonstration or mob violence), not a battle: "supporters
# of rival parties clashed in Chittagong", "protesters clashed with police", "witnesses said protesters blocked roads
# with burning tyres and clashed with riot police" (up to eight words between: had been a protest in Beira).
# A person, whom a crime assaults: "a serious assault on a woman in Mallow, Co Cork".
_A_PERSON = (r"(?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}?(?:wom[ae]n|m[ae]n|girls?|boys?|teenagers?|teens?|"
             r"child(?:ren)?|pensioners?|students?|gardai|garda|officers?|constables?|nurses?|doctors?|drivers?|"
             r"partner|wife|husband|mother|father|neighbou?rs?|victims?|youths?|person|people|"
             # (one at work: "shot a convenience store clerk")
             r"clerks?|cashiers?|shopkeepers?|security guards?)\b")
# Power seized, a coup's, or martial law a ruler declares (``statement``): "Soldiers seize power in Guinea-Bissau",
# "the army took power", "declared emergency martial law", "martial law was declared".
# (each alternative opening with its literal verb, as ``cues`` reads them)
_POWER_SEIZED = ("|".join(rf"{verb} power\b" for verb in (
                     "seize", "seized", "seizes", "seizing", "took", "taken", "taking", "takes", "grabbed", "grabs",
                     "usurped", "usurps"))
                 + "".join(rf"|{verb} (?:an? )?(?:emergency |nationwide )?martial law\b"
                           for verb in ("declared", "declares", "declaring", "declare"))
                 + r"|martial law (?:was |has been |had been )?(?:declared|imposed)\b")
# What the police seize in a raid, not a town an army seizes: "seized cocaine worth an estimated EUR2.1 million".
_HAUL = (r"(?: (?:[\w\u20ac$\u00a3.,'\u2019-]+ ){0,6}?(?:drugs|cocaine|heroin|cannabis|marijuana|methamphetamine|"
         r"meth|crystal meth|ketamine|mdma|ecstasy|fentanyl|narcotics|contraband|counterfeit|cigarettes|firearms|"
         # (the chemicals the drugs are made of: "Mexico's navy seized more than 2 tonnes of chemical precursors used
         # to make fentanyl in a shipment from China at the Pacific port of Manzanillo" had been a ground operation)
         r"precursors?|precursor chemicals|hashish|opium|"
         r"guns|weapons|ammunition|cash|stolen|"
         # (a trafficker's wildlife, the customs' or the rangers' haul: "Mozambican police arrested three men and
         # seized 120 kilograms of elephant ivory and 11 rhino horns at a warehouse in the port city of Beira" had
         # been a ground operation)
         r"ivory|tusks|rhino horns?|horns|pangolin scales|pangolins|scales|skins|pelts|wildlife products)\b)")
_HAUL_NAMED_BEFORE = ("drugs", "cocaine", "guns", "rifles", "weapons", "firearms", "ammunition", "cash", "explosives",
                      # ("Fentanyl precursors seized at Manzanillo port, Mexico navy says")
                      "precursors",
                      # "Pangolin scales seized at Lagos port" (had been a ground operation)
                      "ivory", "tusks", "horns", "scales")
# (and in the passive: "more than £5 million of drugs had been seized under the operation")
_PASSIVE_VERBS = ("", " were", " was", " had been", " have been", " has been")
# How many the police hold, counted ("at least 15", "dozens of"), and whom: people, not cattle nor votes.
_COUNT_OF_PEOPLE = (r"(?:at least |about |some |more than |nearly |over |around |up to )?(?:[\d,]+|dozens|hundreds|"
                    r"scores|thousands|two|three|four|five|six|seven|eight|nine|ten|several)(?: of)? ")
_HELD_PEOPLE = rf"(?:suspects|protesters|demonstrators|supporters|members|opponents|critics|{_PEOPLE})"
# Civilians seized or captured, counted or not: "seized at least 20 passengers", "captured two aid workers" (not
# soldiers, a town or a haul).
_SEIZED_PEOPLE = (rf"(?:{_COUNT_OF_PEOPLE})?(?:an? |the |\d+ )?(?:[\w-]+ ){{0,2}}?(?:passengers|travell?ers|villagers|"
                  r"residents|farmers|worshippers|students|schoolchildren|pupils|schoolgirls|women|children|civilians|"
                  r"aid workers|motorists|commuters|tourists|hostages|"
                  # one of a town's notables, a kidnapping's usual prey: "Kidnappers seized a Catholic priest in Enugu
                  # state and demanded a ransom" (had been a ground operation)
                  r"priests?|pastors?|imams?|clerics?|monks?|nuns?|businessm[ae]n|teachers?|doctors?|nurses?|"
                  r"journalists?|engineers?|monarchs?|traditional rulers?|aid worker|tourist)\b")
# Whom a gang seizes, told in the passive, an abduction (not a town the army took): "A Swiss woman was seized in Agadez
# in April", "The women were seized on Thursday and Friday in two groups a few kilometres outside Arbinda" (both had
# been ground operations; the active "seized 20 passengers" is ``_SEIZED_PEOPLE``'s).
_PEOPLE_SEIZED_PASSIVE = ("woman", "women", "man", "men", "girl", "girls", "boy", "boys", "child", "children",
                          "worker", "workers", "visitor", "visitors", "national", "nationals", "passengers",
                          "travellers", "travelers", "villagers", "residents", "farmers", "worshippers", "student",
                          "students", "schoolchildren", "pupils", "schoolgirls", "civilians", "tourist", "tourists",
                          "hostages", "priest", "priests", "pastor", "missionary", "missionaries", "businessman",
                          "businessmen", "teacher", "teachers", "doctor", "journalist", "journalists", "engineer",
                          "engineers", "traders", "motorists", "commuters", "family")
_PEOPLE_WERE_SEIZED = tuple(f"{who}{verb} seized" for who in _PEOPLE_SEIZED_PASSIVE for verb in _PASSIVE_VERBS if verb)
# Migrants whose bodies were found, the sea's or the desert's dead, no killer's (the accident's): "Authorities recovered
# the bodies of 20 migrants from the Mediterranean off Tunisia's Sfax" (had made no event).
_MIGRANTS_DEAD = (r"(?:(?:at least|about|some|more than|nearly|over|another) )?(?:[\d,]+ |dozens of |several |two |three |"
                  r"four |five |six |seven |eight |nine |ten )?(?:[\w-]+ )?(?:migrants|refugees|asylum[ -]seekers)\b")
_NOT_MIGRANTS = rf"(?! {_MIGRANTS_DEAD})"
# Where a bomb left, not dropped, names its bombing, an attack: "the 2023 mosque bombing", "the Boston marathon bombing"
# (not a market's or a school's, which jets bomb too: "In Nyala, a market bombing deepens Darfur's despair").
_BOMBED_SITES = ("mosque", "church", "bus", "hotel", "shrine", "temple", "cafe", "restaurant", "stadium", "rally",
                 "wedding", "funeral", "marathon", "embassy", "checkpoint")
# A ship seized, no town: a navy's or a coastguard's seizure (ACLED's arrest of its crew), or pirates' or rebels'
# hijacking, not a battle: "Iran's Revolutionary Guard seized a foreign oil tanker in the Strait of Hormuz",
# "The Greek coastguard has seized a cargo ship carrying undeclared explosives off the island of Crete" (both had been
# ground operations).
_SHIP_SEIZED = (r"(?= (?:an? |the |another |two |three |a second )?(?:(?!of\b|in\b|at\b|near\b|off\b)[\w'\u2019.-]+ ){0,3}?"
                r"(?:tankers?|ships?|vessels?|freighters?|carriers?|trawlers?|dhows?|cargo boats?)\b"
                # (or by its name, then what it is: "In 2023 the Guards seized the Advantage Sweet, a tanker chartered by
                # Chevron, in the Gulf of Oman")
                r"| (?:the )?(?:(?!of\b|in\b|at\b|near\b|off\b)[\w'\u2019.-]+ ){0,3}?[\w'\u2019.-]+, an? (?:[\w-]+ ){0,2}?"
                r"(?:tankers?|ships?|vessels?|freighters?|carriers?|trawlers?|dhows?|cargo boats?)\b"
                # (or by its flag, then its name: "In 2023 it seized the Marshall Islands-flagged Advantage Sweet,
                # which was carrying crude oil for Chevron, in the Gulf of Oman", had been a ground operation)
                r"| (?:an? |the )?(?:(?!of\b|in\b|at\b|near\b|off\b)[\w'\u2019.-]+ ){0,2}?[\w'\u2019.]+-flagged\b)")
_SEIZED_A_SHIP = re.compile(rf"seiz(?:e|ed|es|ing)\b{_SHIP_SEIZED}", re.I)
# Those whose seizure of a ship is a hijacking, an attack (``_SHIP_SEIZED``): "Somali pirates seize bulk carrier".
_HIJACKERS = ("pirates", "houthis", "rebels", "militants", "gunmen", "armed men")
# Those whose boarding of a ship is a raid at sea, an attack, not a navy's or a coastguard's inspection.
_BOARDERS = ("pirates", "robbers", "gunmen", "armed men", "men armed", "attackers", "assailants", "hijackers",
             "intruders")
# The diseases whose outbreaks are disasters, as patterns (a space for any run of them): "the city of Foshan
# in Guangdong province reported 2,659 new cases of chikungunya"; "The H5N1 bird flu virus has been detected in
# a dairy herd in Maricopa County"; "Lassa fever has killed 112 people in Nigeria since January" (an attack, had
# been). Also the events' figures' (``events._EPIDEMIC``).
DISEASES = ("cholera", "ebola", "mpox", "measles", "dengue", "marburg", "diphtheria", "chikungunya", "bird flu",
            r"avian (?:flu|influenza)", "h5n1", "lassa fever", "yellow fever", "meningitis", "anthrax",
            # ("Iraq has recorded 94 cases of Crimean-Congo haemorrhagic fever and 17 deaths since the start of the
            # year", which had been the health ministry's statement)
            "haemorrhagic fever", "hemorrhagic fever",
            # viruses named after where they were found, told as the virus ("Five people have died of West Nile virus
            # in Italy's Lazio region", "has reported 66 Zika virus cases since June", which had been a statement and
            # no event); not the place ("Uganda's West Nile district", "Uganda's Zika forest")
            r"zika(?= (?:virus|fever|infections?|cases?|outbreaks?))",
            r"west nile(?= (?:virus|fever|infections?|cases?|outbreaks?))",
            # the animals' and the crops' plagues, which farm desks map as the others: "Hungary has confirmed its first
            # outbreak of foot-and-mouth disease in more than 50 years on a cattle farm", "Bluetongue has been confirmed
            # in a flock of sheep near Dereham" (had been no event, or the ministry's statement)
            "foot-and-mouth", "swine fever", "bluetongue", "lumpy skin disease", "screwworm", "xylella",
            "newcastle disease", "sheep pox", "goat pox", "peste des petits ruminants")
# A weapon's fire, not a blaze's, by the ends of the words that name it ("Israeli fire", "Russian fire",
# "sniper fire"): what a lookbehind after "fire" checks.
# A crowd that surged, rushed or pushed, as fans or pilgrims do at a gate: what hurts those crushed (``accident``).
_SURGING_CROWD = (r"(?:fans|supporters|crowds?|spectators|pilgrims|worshippers|people|mourners)\b (?:surged|rushed|pushed|"
                  r"stampeded|tried to force)\b")
_WEAPON_FIRES = ("gunfire", "sniper fire", "tank fire", "machine-gun fire", "small-arms fire", "army fire",
                 "police fire", "troops' fire", "eli fire", "ian fire", "ese fire", "ish fire", "ani fire", "ali fire")
_CROWDS = r"(?:protesters|demonstrators|supporters|fans|students|rioters|mobs?|crowds)"
CROWDS_CLASH = re.compile(rf"\b{_CROWDS}\b(?: [\w'-]+){{0,8}}? clash(?:ed|es|ing)?\b|"
                          rf"\bclash(?:ed|es)? (?:between|with|involving) (?:[\w-]+ ){{0,3}}?{_CROWDS}\b|"
                          # two communities' mobs, as South Asian papers tell a riot: "Three killed in communal clash
                          # in Bihar's Nawada", "in a clash between two communities over a religious procession at
                          # Hisua" (had been battles)
                          r"\bcommunal clash(?:es)?\b|\bclash(?:ed|es)? between (?:two |rival )?communities\b|"
                          # ... and told by what the crowds fought over, a holy site or a procession: "four people
                          # were killed in Sambhal during clashes over a court-ordered survey of the Shahi Jama
                          # Masjid" (had been a battle)
                          r"\bclash(?:ed|es)? over (?:an? |the )?(?:[\w-]+ ){0,2}?(?:survey|procession|idols?|mosque|"
                          r"masjid|temple|mandir|shrine|dargah|church|religious|loudspeakers?|cow slaughter|beef)\b",
                          re.I)
# Clashes the police fought, in a sentence naming no armed side nor gunfire, are a crowd's riot, not a battle:
# "22 police officers had been injured in the clashes in Novi Sad, Kraljevo and Valjevo", "Demonstrators also
# torched police posts in Jakarta and clashed with police in Surabaya" (a gang's or militants' with the police
# stays a battle: "gunmen clashed with police"); the police that only tell of them fought none ("two days after
# clashes in neighbouring Bishnupur district, police said").
_POLICE_NAMED = re.compile(r"(?<!according to )\bpolice\b(?! (?:said|say|says|told|reported|added|spokes))", re.I)
_ARMED_SIDES = re.compile(rf"\b(?:{'|'.join(_ASSAILANTS)}|gang|rebels?|troops|soldiers|army|militias?|militiamen|"
                          r"fighters|terrorists|separatists|armed|forces|shot|shooting|gunfire|firefight|"
                          r"exchange of fire|exchanged fire|"
                          # a police raid that kills is fought against an armed gang, no crowd: "Clashes in Rio
                          # favelas: police raid leaves 64 dead" (had been a riot)
                          r"police (?:raids?|operations?)(?=[^.;]{0,40}\b(?:dead|killed|kills|killing)\b))\b", re.I)


# Sides of a feud fought with arms, not a crowd's riot (``unarmed_clash``).
_FEUDING_SIDES = re.compile(r"\b(?:herders|herdsmen|pastoralists|clans?|tribes|tribal|ethnic)\b", re.I)


def unarmed_clash(sentence: str, start: int) -> bool:
    """Whether the wording at ``start`` is a clash in a sentence naming no armed side nor gunfire ("at least four
    people were killed in clashes on Sunday"): a crowd's, when the story is of crowds (``events``); not a verb's
    quarrel ("Governor Martín Llaryora, who has clashed repeatedly with President Javier Milei"), nor herders'
    and clans' feuds, fought armed ("renewed clashes between farmers and herders left at least eight people dead")."""
    return re.match(r"[Cc]lash(?:es)?\b", sentence[start:]) is not None and not _ARMED_SIDES.search(sentence) \
        and not _FEUDING_SIDES.search(sentence)

# A quake that sent a crowd into the streets, told after it: "poured into the streets on Tuesday night after a magnitude
# 4.8 earthquake shook the country's north" (people who fled their homes, no protest).
# The trades a walkout is told of: "About 33,000 machinists in Washington state, Oregon and Kansas walked out"
_TRADES_ON_STRIKE = ("workers", "dockworkers", "dockers", "drivers", "staff", "employees", "teachers", "doctors",
                     "nurses", "miners", "machinists", "pilots", "controllers", "crews?", "members", "strikers")
_NOT_FLEEING_A_QUAKE = r"(?![^.;]{0,60}?\b(?:after|as|when|following)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:earthquakes?|quakes?|" \
                       r"tremors?|aftershocks?)\b)"  # (a magnitude's point is no sentence's end)


# An outbreak told before the fighting it spreads amid (``settle``): "Mpox spreads in eastern Congo as fighting shuts
# clinics"; the clause that tells the fighting as its setting, just before its word.
_AN_OUTBREAK = re.compile(rf"\b(?:{'|'.join(DISEASES)}|outbreaks?|epidemics?)\b", re.I)
_AMID_IT_BEFORE = re.compile(r"\b(?:as|where|amid|while|with)\s+(?:(?:the|heavy|renewed|fierce|ongoing)\s+)?$", re.I)


# A battle's word that is what talks or a deal would end (``settle``): "a step towards ending years of fighting in
# eastern Congo", "to end the war"; or its noun's, an end put to it: "host a joint summit ... in Dar es Salaam to seek an
# end to fighting in eastern Democratic Republic of Congo" (had been a ground operation in Dar es Salaam).
_TO_END_BEFORE = re.compile(r"\b(?:end(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|"
                            r"(?:an?\s+)?(?:end|halt|stop)\s+to)\s+(?:the\s+|a\s+|an\s+|"
                            r"(?:years|months|decades|weeks)\s+of\s+|(?:[\w-]+-year|[\w-]+-month)\s+)*$", re.I)


# What rain did that makes it a disaster, not a forecast nor a match rained off.
# (and a storm's felled trees and cut power: "A line of severe thunderstorms knocked down trees and power lines across
# northern Door County on Sunday afternoon" had been a statement)
# A disease's naming, where it was first found long ago, told as background: "Lassa fever is named after the town of
# Lassa in Borno state, where the disease was first described in 1969", "West Nile virus, first isolated in Uganda's
# West Nile district in 1937, is spread by Culex mosquitoes" (had been disasters there, in 1969 and 1937).
_ITS_DISCOVERY_AFTER = (r"(?![^.;]{0,40}?\b(?:(?:was|were)\s+)?first\s+(?:identified|isolated|described|discovered)\b"
                        r"(?![^.;]{0,60}?\b(?:this|last)\s+(?:week|month|year)\b)|"
                        r"[^.;]{0,20}?\b(?:takes|took|gets|got)\s+its\s+name\b|[^.;]{0,20}?\b(?:is|was)\s+named\s+(?:after|for)\b)")
# (not the works or the warnings against floods: "Heavy rain is also expected to push up levels on the River Severn,
# with flood barriers already in place in Shrewsbury and Bewdley" had been a flood there)
_DID_HARM = (r"(?=[^.;]{0,80}\b(?:kill|flood(?! (?:barriers?|defen[cs]es|walls?|warnings?|watch|alerts?)\b)|landslide|destroy|damag|swept|collaps|displac|strand|inundat|submerg|"
             r"knock(?:ed|s)? (?:down|out)\b|uproot|toppl))")


@dataclass(frozen=True)
class EventType:
    id: str
    label: str
    acled_event_type: str
    acled_sub_event_type: str
    color: str  # marker colour; all pass 3:1 contrast against the light basemap
    keywords: str  # regular expression, matched case-insensitively


EVENT_TYPES: dict[str, EventType] = {t.id: t for t in [
    EventType("prisoner_exchange", "Prisoner exchange", "Strategic developments", "Agreement", "#6a3d9a",
              r"prisoner (?:swap|exchange)s?|humanitarian exchange|exchange of (?:prisoners|bodies|pows)|pows?\b"
              # the swap told by its verb, counted: "Russia and Ukraine exchanged 84 prisoners of war each on Thursday",
              # "Russia and Ukraine swap 84 prisoners each in UAE-brokered exchange" (had made no event; not
              # "traded accusations over prisoners")
              + "".join(rf"|{verb} (?:{_COUNT_OF_PEOPLE})?(?:[\w-]+ )?(?:prisoners|pows|captives|detainees)\b"
                        for verb in ("exchanged", "exchanging", "exchange", "swapped", "swapping", "swaps", "swap",
                                     "traded", "trading"))
              # captives a side hands over, named by their side (not those the police free from kidnappers, nor an
              # amnesty's): "Hamas militants released three Israeli hostages in the central Gaza town of Deir
              # al-Balah on Saturday", "Hours later, Israel freed 183 Palestinian prisoners."
              + "".join(rf"|{verb} (?:[\w,-]+ ){{0,2}}?(?-i:[A-Z][\w-]+) (?:hostages|prisoners|captives|detainees|"
                        rf"pows)\b(?! (?:in|under) (?:an? |the )?(?:[\w-]+ )?(?:amnesty|pardon))"
                        for verb in ("released(?<!the released)", "releases", "releasing", "freed(?<!the freed)",
                                     "frees", "freeing", "handed over"))),
    EventType("strike", "Air or drone strike", "Explosions/Remote violence", "Air/drone strike", "#c0392b",
              r"drones?\b.*\b(?:struck|strike|attack|hit|downed|shot down|intercept)|air ?strikes?|"
              # (the attack told first, its drones after: "Ukraine attacked Russia overnight with more than 150
              # drones, Russia's Defence Ministry said" had been the ministry's statement)
              r"attacked (?:[\w-]+ ){0,3}?with (?:(?:more than|at least|about|nearly|over|some) )?[\d,]* ?(?:[\w-]+ )?"
              r"drones\b|"
              r"drone (?:strike|attack)s?|"
              # a drone that targeted a site: "An explosive-laden drone targeted Erbil international airport in Iraq's
              # autonomous Kurdistan region late Wednesday" (had been a statement)
              r"drones? (?:[\w'\u2019-]+ ){0,2}?targeted\b|"
              # strikes that hit a place, not a walkout's: "Hezbollah told reporters that Israeli strikes hit Tyre"
              # (and a headline's present: "Israeli army strike hits building in Gaza City")
              r"strike(?<!general strike)(?<!labour strike)(?<!labor strike)(?<!hunger strike)(?<!rail strike)"
              # (and with an adverb between: "said strikes also hit the outskirts of Aleppo and the town of Saraqeb")
              # (or targeted one: "Strikes targeted the outskirts of Bint Jbeil and the village of Aitaroun, as well
              # as a house in Kfar Kila near Marjayoun, the agency said" had been the agency's statement; not what a
              # walkout targets, "the strike targeted ports", told of a place's works)
              r"(?<!transport strike)s? (?:(?:also|again|reportedly|later) )?(?:hits?|pounded|pounds|slam(?:med|s) into|"
              r"targeted (?:the )?(?:outskirts|village|town|city|house|home|building|area|vicinity|"
              r"positions?|suburbs?|neighbou?rhood|camp)s?\b)\b|"
              # the places a strike hit told in a relative clause: "Pakistan said 26 civilians were killed and 46
              # injured in the strikes, which hit the eastern city of Bahawalpur, Muridke near Lahore, and Muzaffarabad"
              + "".join(rf"{means}, which (?:hit|struck|targeted)\b|"  # (not one walkout's)
                        for means in ("air ?strikes?", "airstrikes?", "missile strikes?", "drone strikes?", "strikes"))
              + r"air raids?(?! (?:sirens?|alerts?|alarms?|warnings?|shelters?))|"
              # (a suicide bomber's or a car bomb's is an attack: "Suicide bombing at Mogadishu recruitment centre
              # kills at least 10")
              r"bomb(?:ed|ing)(?<!suicide bombing)(?<!suicide bombed)(?<!car bombing)"
              # (nor firefighting planes: "Firefighters backed by water-bombing planes battled a large wildfire in the
              # hills above Split" had been a strike)
              r"(?<!water-bombing)(?<!water bombing)(?<!water-bombed)"
              # (nor a bombing named by the place a bomb was left at, an attack's: "Nine sentenced over 2023 mosque
              # bombing in Peshawar" had been a strike)
              + "".join(rf"(?<!{site} bombing)" for site in _BOMBED_SITES) + r"|\buavs?\b|downed .* drones|"
              # air defence, the drones shot down named after the verb: "India's army said on Friday it had shot
              # down dozens of Pakistani drones over Jammu and Amritsar overnight", "The Houthis said they shot
              # down another U.S. MQ-9 Reaper drone over Marib province"
              # (not a ministry's tally over whole regions, where nothing is said to have hit: "Russia's Defence
              # Ministry said it had shot down 216 Ukrainian drones overnight over Krasnodar region, Crimea and the
              # Black Sea", its statement, as its drones "destroyed" or "intercepted" over them are)
              r"shot down (?:[\w.'\u2019-]+ ){0,5}?drones?\b"
              r"(?!(?: overnight)? over (?:the )?(?:[\w'\u2019-]+ ){0,3}?(?:regions?|oblasts?)\b)|"
              # "U.S. B-2 bombers dropped bunker-busting bombs on Iran's Fordow enrichment plant"
              r"dropped (?:[\w-]+ ){0,3}bombs? on\b|"
              # "a guided aerial bomb hit an industrial enterprise" (dropped from the air)
              + "".join(rf"{kind} (?:aerial )?bombs? (?:hit|struck|slammed|landed|fell|exploded)|"
                        for kind in ("guided", "glide", "aerial"))
              + "".join(rf"{craft} (?:struck|bombed|hit|attacked)|" for craft in ("aircraft", "warplanes?", "jets?",
                                                                               "helicopters?", "bombers"))
              # (a clause between, a truce told with its month and year: "Israeli strikes in southern Lebanon have
              # continued despite a ceasefire agreed in November 2024, killing dozens in the town of Nabatieh" had
              # been no event)
              + "".join(rf"\b{means}\b[^.;]{{0,100}}\bkill(?:ed|ing|s)?\b|"
                        for means in ("strikes?", "drones?"))
              # the dead told first, then the strike that killed them (a walkout kills no one; a lightning strike is
              # a disaster's): "Five people were killed in an Israeli strike on a house in Khan Younis", "at least
              # 40 people had been killed across the territory since dawn, including 12 in strikes on the Sheikh
              # Radwan neighbourhood" (both had been statements)
              + "".join(rf"{harmed}\b[^.;]{{0,60}}? in (?:an? |the |two |three |several |separate |overnight )?"
                        r"(?:[\w'\u2019-]+ ){0,2}?strikes?\b(?<!lightning strike)(?<!lightning strikes)"
                        r"(?<!hunger strike)(?<!general strike)(?<!labour strike)(?<!labor strike)|"
                        for harmed in ("killed", "wounded", "injured"))
              + r"\btoll (?:[\w'\u2019-]+ ){0,4}(?:air ?strikes?|strikes?|drones?|missiles?)\b|"
              r"drones? (?:crashed|slammed) into\b|"
              # (or crashed near what it hurt, told by the harm: "A drone crashed near a military facility in
              # Rawalpindi, wounding four soldiers" had been an accident; not one lost on a training flight)
              r"drones? crashed (?:near|onto|on|in)\b(?=[^.;]{0,80}\b(?:killing|wounding|injuring|killed|wounded|"
              r"injured)\b)|"
              # a building a strike brought down: "Israeli army strike flattens Gaza City high-rise after evacuation
              # order" (had been no event; not a walkout's: "general strike paralyses")
              r"strikes?(?<!general strike)(?<!general strikes)(?<!hunger strike)(?<!labour strike)(?<!labor strike) "
              r"(?:flatten(?:s|ed)?|destroy(?:s|ed)?|level(?:s|led|ed)?|raze[sd]?|demolish(?:es|ed)?|collapse[sd]?)\b|"
              # what a drone's wreckage hit, the drone's strike there: "Governor Roman Busargin said debris from a
              # downed drone had damaged several houses in Engels" (had been the governor's statement)
              r"debris (?:from|of) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:drones?|uavs?)\b|"
              # aircraft destroyed where they stood, from afar: "Ukraine's security service said it had destroyed dozens
              # of Russian strategic bombers at air bases deep inside Russia"
              r"destroyed (?:[\w-]+ ){0,4}?(?:bombers|warplanes|fighter jets|aircraft|helicopters) (?:at|on) (?:an? |the |"
              r"several |two |three |four |five )?(?:[\w-]+ ){0,2}?(?:air ?bases?|airfields?|air ?fields?|airports?)\b|"
              # a barrage of drones launched, the air force's count: "Overnight, Russia launched 85 drones and a
              # ballistic missile at Ukraine, the Ukrainian air force said."
              # (to the word its target follows, as the shelling's "launched ... missiles at" ends)
              # (or over the land they swept: "Russia launched 440 drones and 32 missiles across Ukraine overnight,
              # the Ukrainian air force said", which had been its statement)
              r"launched (?:[\w,-]+ ){0,3}?drones\b[^.;]{0,60}? (?:at|on|against|towards?|into|across|over)\b|"
              # strikes launched on a target, a military's ("Washington launched strikes on Houthi targets in Sanaa
              # on Saturday" had made no event; a walkout is launched, on no one)
              r"launched (?:(?:new|fresh|more|further|retaliatory|precision|overnight|a\s+wave\s+of) )?strikes "
              r"(?:on|against)\b|"
              # a force that strikes a place from afar: "Israeli forces struck Rafah", "the military pounded
              # Kharkiv" (a storm, a quake or a car strikes too: only an armed force's); told as reported, too: "The
              # Pentagon said on Wednesday that U.S. forces had struck another boat ... in the Caribbean, killing six
              # people" (had been a statement)
              + "".join(rf"{force} (?:had |have |has )?(?:struck|pounded)\b|"
                        for force in ("forces", "military", "army", "troops", "navy"))
              # ("Israel struck Iran's Natanz enrichment site"; but "a Russian missile struck an industrial site
              # in Dnipro" is a missile attack)
              + "|".join(rf"\b{verb}(?<!missile {verb})(?<!missiles {verb})(?<!rocket {verb})(?<!rockets {verb}) "
                         rf"(?:[\w'\u2019-]+ ){{0,3}}{_MILITARY_TARGETS}\b" for verb in _STRUCK)
              # what a military strikes from afar that no ground force takes: "Israel struck the ports of
              # Hodeidah, Ras Isa and Salif", "Israel struck the headquarters of the Syrian army in central
              # Damascus" (not "hit", a storm's as often: "the cyclone hit the port of Beira"; see settle)
              # (nor the sea's: "On the Atlantic coast of Morocco the waves struck ports such as Tangier")
              + "".join(rf"|\b{verb}(?<!waves {verb}) (?:the |an? |two |three |several )?(?:[\w-]+ ){{0,2}}?"
                        rf"{_STRUCK_FROM_AFAR}\b(?! (?:city|town))" for verb in ("struck", "strikes", "pounded", "bombarded"))
              # ... a bridge it targeted, and the blasts heard where the strikes fell: "Explosions were heard in
              # Sevastopol, Crimea, overnight, Russian-installed officials said, after Ukraine targeted the Kerch
              # bridge" (had been three statements)
              + r"|targeted (?:the |an? )?(?:[\w-]+ ){0,2}?bridges?\b|"
              # (not with the gunfire of a battle: "Gunfire and explosions were heard across the Abu Salim
              # neighborhood ... as armed groups ... battled the Stability Support Apparatus")
              + "|".join(rf"{blasts}(?<!gunfire and {blasts})(?<!gunshots and {blasts})(?<!shooting and {blasts})"
                         r" (?:were |could be )?heard\b"
                         r"(?! (?:from|during) (?:the )?(?:[\w-]+ )?(?:fireworks|celebrations?|quarry|quarries|"
                         r"demolitions?|exercises?|drills?))(?![^.;]{0,160}\b(?:battl|clash|fight|gunfight))"
                         for blasts in ("explosions", "blasts"))
              # ... or by those who heard them: "Residents of Lahore heard loud explosions Thursday morning near the
              # Walton airport area", "Witnesses in Jammu ... heard at least 10 loud blasts near the airport" (had
              # made no event)
              + r"|heard (?:at least |about |several |multiple |a series of |a number of |an? |\d+ |two |three |four |"
              r"five |ten |dozens of )*(?:loud |huge |powerful |heavy |big |massive |deafening )*(?:explosions|blasts)\b"
              r"(?! (?:from|during) (?:the )?(?:[\w-]+ )?(?:fireworks|celebrations?|quarry|quarries|demolitions?|"
              r"exercises?|drills?))(?![^.;]{0,160}\b(?:battl|clash|fight|gunfight))"),
    EventType("shelling", "Shelling or missile attack", "Explosions/Remote violence",
              "Shelling/artillery/missile attack", "#d35400",
              # (not a unit so named: "visit the Gori-based first infantry brigade and the first artillery brigade")
              r"shell(?:ed|ing)|artillery(?! (?:brigades?|regiments?|battalions?|divisions?|units?|school|museum|"
              r"academy|corps)\b)|bombard(?:ed|ment)\b(?! of (?:questions|criticism|messages|calls|complaints|"
              r"abuse))|missiles? (?:strikes?|attacks?|hit|struck|slammed)|"
              r"rocket (?:attack|fire)|"
              # what missiles hit, told in the passive: "The Mushtaha Tower, a 12-storey residential building in
              # western Gaza City, collapsed in a cloud of dust after it was hit by several missiles" (had been a
              # statement)
              # (drones and missiles both are the drones' strike: "Abqaiq was hit by drone and missile attacks")
              + "".join(rf"{verb} by (?:an? |the |two |three |four |several |multiple )?(?:(?!drones?\b)[\w-]+ ){{0,2}}?"
                        r"(?:missiles?|rockets?|artillery shells?|shells)\b|" for verb in ("hit", "struck"))
              # (not a weapon's test, an exercise: "Iran's navy test-fired a cruise missile during a naval exercise
              # in the Gulf of Oman", which had been a shelling at sea)
              + r"mortar|\bfired(?<!test-fired)(?<!test fired) (?:[\w-]+ ){0,4}(?:rockets?|missiles?|shells)\b|"
              # "Iranian ballistic missiles hit buildings in central Tel Aviv and the port city of Haifa, killing"
              r"\bmissiles?\b[^.;]{0,80}\bkill(?:ed|ing|s)?\b|"
              # at a target, not a test's into the sea: "Iran launched missiles at Al Udeid Air Base in Qatar"
              r"launched (?:[\w-]+ ){0,4}(?:rockets?|missiles?) (?:at|on|against|toward|towards)\b|"
              # where the sirens warned of them (not where they were launched, a test's as often): "Sirens sounded in
              # Jerusalem and across central Israel after two missiles were launched from Yemen early on Monday"
              r"sirens (?:sounded|wailed|blared|went off)\b(?=[^.;]{0,80}?\b(?:rockets?|missiles?)\b)|"
              r"rockets? (?:[\w-]+ ){0,3}?(?:hit|struck|landed|slammed)|"
              # rockets that fell near a base (a lower-case rocket's, not a firm's shares: "Rocket fell 4%"): "On
              # Monday, two rockets fell near Ain al-Asad air base in western Anbar province" (had been a statement)
              # (not a launcher's, named by its model's number: "In 2022, pieces of a Chinese Long March 5B rocket
              # fell into the Indian Ocean near the Maldives" had been a shelling there)
              r"rockets fell\b(?<=(?-i:r)ockets fell)|rocket fell\b(?<=(?-i:r)ocket fell)(?<!\d rocket fell)"
              r"(?<!\d[A-Za-z] rocket fell)|"
              r"shells (?:fell|hit|struck|landed|slammed|rained)|"
              # one shell (a lowercase one, not the oil company's: "Shell hit by ..."): "Raj Kumar Thapa, was killed
              # when a Pakistani shell hit his residence on Saturday morning"
              + "|".join(rf"shell {verb}(?<=(?-i:s)hell {verb})\b(?! by\b)" for verb in ("hit", "struck", "landed",
                                                                                       "slammed", "exploded"))),
    EventType("ground_operation", "Ground operation", "Battles", "Armed clash", "#7f4f24",
              # (an incursion by land, not into airspace or waters, nor a "similar" one a sentence before told of:
              # "A similar incursion near Matsu" by coast-guard ships)
              # an attack fought off, a battle (ACLED's armed clash): "The army said in a statement that it had
              # repelled an RSF attack on El Fasher" (had been the army's statement)
              r"repel(?:led|s)? (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:attacks?|assaults?|offensives?|advances?|"
              r"incursions?|raids?)\b|repuls(?:ed|es) (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:attacks?|assaults?|"
              r"offensives?|advances?|incursions?|raids?)\b|"
              r"offensive|incursion\b(?<!air incursion)(?<!drone incursion)(?<!airspace incursion)"
              r"(?<!maritime incursion)(?<!naval incursion)(?<!similar incursion)"
              r"(?! (?:in)?to (?:\w+ ){0,2}(?:airspace|waters|territorial waters|exclusive economic zone))|"
              # an army's assault, not a crime's ("convicted of aggravated assault")
              # (not pests' or a species': "Pink salmon invasion threatens Atlantic salmon rivers in Arctic Norway")
              # (nor a robber's: "a home invasion robbery in Newberry", an attack on those at home)
              + r"invasion" + "".join(rf"(?<!{kind} invasion)" for kind in ("salmon", "locust", "locusts", "species",
                                                                            "pest", "insect", "weed", "algae", "home"))
              + r"|assault\b(?<!aggravated assault)(?<!sexual assault)"
              r"(?<!indecent assault)(?<!common assault)(?<!of assault)(?! (?:rifles?|weapons?|charges?))"
              # (nor the felony a US court lists: "found guilty ... of two counts of murder, four counts of felonious
              # assault", which had been a ground operation at the court's county)
              r"(?<!felonious assault)"
              # (nor a charge listed: "was being held at the Jackson County Jail on charges including assault with
              # intent to murder", which had been a ground operation)
              r"(?<!including assault)(?<!include assault)(?<!includes assault)(?<!with assault)"
              # (nor one on a person, a crime: "charged in connection with a serious assault on a woman in Mallow")
              r"(?<!serious assault)(?<!violent assault)(?<!physical assault)(?<!alleged assault)"
              rf"(?! (?:on|of) {_A_PERSON})(?! on (?:an? |the )?(?:[\w-]+ ){{0,2}}?{_CIVILIAN_SITES}\b)|"
              # (an army's advance, not an adjective's: "Japan Advanced Semiconductor Manufacturing", "its advanced
              # packaging capacity at plants in Chiayi and Taichung" had been ground operations)
              # (nor a team's: "Hagerstown advances to state meet")
              r"advances?\b(?! to (?:the |a )?(?:[\w-]+ ){0,2}?(?:next|finals?|semi|quarter|state|play|round|knockout|last|"
              r"title|tournament|championships?|meet)\b)"
              # (nor a team's that needs a result to go on: "Malaysia now need a draw in their final group match against
              # Vietnam in Phu Tho to advance.")
              r"(?!(?<=to advance)\s*[.,;!])"
              # (nor what is done ahead of time: "Resorts in Hakuba and Nozawa Onsen reported strong advance bookings
              # from Australian and Taiwanese skiers" had been a ground operation)
              r"(?! (?:bookings?|sales?|tickets?|notice|payments?|voting|votes?|warnings?|orders?|purchases?|copies|"
              r"copy|screenings?|registrations?|polls?|fees?|deposits?|reservations?|directives?))|"
              # (not what is further along than elsewhere: "Work is most advanced in Estonia, where track is being laid")
              r"advanced\b(?<!most advanced)(?<!more advanced)(?<!less advanced)(?<!least advanced)(?<!well advanced)"
              r"(?<!far advanced)(?<!is advanced)(?<!are advanced)"
              r"(?= (?:toward|towards|on|into|in|inland|near|along|across|from|through|deeper|further|north|"
              r"south|east|west)\b)|"
              # troops on the move, not a cause or a date moved: "Russian troops are advancing toward the town of
              # Huliaipole in southeastern Ukraine" (had been the officials' statement)
              r"advancing\b(?= (?:toward|towards|on|into|in|near|along|across|from|through|deeper|further|north|"
              r"south|east|west)\b)|"
              # (each wording opens with its rarest word, which the classifier looks for first: "shot")
              + r"shot\b(?:" + "|".join(rf"(?<={who} was shot)|(?<={who}s were shot)" for who in _FORCE_NOUNS)
              + r"|(?<=troops were shot))(?! down)|"
              # (not a timetable's: "roadworks ... would be timed to avoid clashes with the construction")
              r"clash(?:es)?(?<!avoid clash)(?<!avoid clashes)(?<!avoiding clashes)(?<!scheduling clash)"
              r"(?<!scheduling clashes)(?<!fixture clash)(?<!fixture clashes)"
              # (nor a derby so named: 'A second-half header from Kotoko's Ivorian defender settled the "Super Clash"
              # in front of a sell-out crowd of 40,000 supporters' had been a battle)
              r"(?<!super clash)(?<!title clash)(?<!cup clash)(?<!derby clash)(?<!league clash)(?<!final clash)"
              # (nor a politician's quarrel with a government over an issue: "Governor Martín Llaryora, who has clashed
              # repeatedly with President Javier Milei over the withdrawal of federal transfers" had been a battle at
              # Buenos Aires; "The Republican governor has clashed repeatedly with Washington over who controls the
              # border")
              r"(?!ed (?:\w+ly )?with (?:the )?(?:President|Prime Minister|Premier|Chancellor|Governor|Mayor|"
              r"Minister|Congress|Parliament|lawmakers|legislators|(?:federal |central |national )?government|"
              r"Washington|Beijing|Moscow|Brussels|White House|Kremlin)\b(?:[\w'.\u2019-]+ |\s+){0,5}?over\b)"
              # (nor one between a church, a court or a party and lawmakers: "the latest clash between the state's
              # bishops and lawmakers in Jefferson City" had been a battle there)
              r"(?! between (?:the )?(?:[\w'\u2019-]+ ){0,3}?(?:bishops|clergy|church|lawmakers|legislators|"
              r"politicians|parties|ministers|governors|government|judges|courts?|judiciary|parliament|congress|senate|"
              r"unions|regulators)\b(?:,? (?:and|or) (?:the )?(?:[\w'\u2019-]+ ){0,3}?(?:bishops|clergy|church|"
              r"lawmakers|legislators|politicians|parties|ministers|governors|government|judges|courts?|judiciary|"
              r"parliament|congress|senate|unions|regulators|opposition|president)\b))|"
              # (not the fighting a place is kept out of: "Beijing has pressed both sides to keep the port and pipeline
              # terminal out of the fighting" had been a battle at Beijing)
              r"\bfighting(?<!out of the fighting)(?<!out of fighting)"
              # (nor a campaign against a plan: "residents are still fighting substations for offshore wind farms")
              r"(?! (?:the |a |an )?(?:plans?|proposals?|decisions?|closures?|bans?|charges?|cases?|bills?|laws?|"
              r"rules?|substations?|developments?|expansions?|evictions?|deportations?|extraditions?|cuts?|fees?|"
              r"taxe?s?|"
              # (nor a court's: "where secessionist leader Milorad Dodik has been fighting a conviction handed down by
              # the state court in Sarajevo" had been a battle in Republika Srpska)
              r"convictions?|verdicts?|rulings?|sentences?|lawsuits?|indictments?|allegations?|accusations?)\b)"
              # (nor a fire's: "A helicopter crashed in Uiseong on Wednesday while fighting the fire, killing its
              # 73-year-old pilot" had been a ground operation)
              r"(?! (?:a |the |an )?(?:\w+ )?(?:blazes?|fires?|wildfires?|bushfires?|flames)\b)|"
              r"\bfought\b(?! (?:a |the )?(?:\w+ )?(?:blazes?|fires?|wildfires?|flames))"
              # (nor a campaign's or a lawsuit's: "fought to save the White City of Tel Aviv", "has fought state rules
              # on yeshiva education")
              # (but armed men's fight for a place is a battle: "as rival gangs fought for control of the seaside slum")
              r"(?! to\b| for\b(?! control\b)| (?:the |state |federal |new )?(?:rules?|laws?|bans?|plans?|charges?|"
              r"cases?|convictions?|verdicts?|rulings?|lawsuits?|indictments?)\b)|"
              # (nor a court's or a boardroom's: "The company lost a separate battle last year when the EU's top
              # court, also in Luxembourg, ordered it to pay")
              r"battles?\b(?! (?:the )?(?:flames|fires?|blazes?|wildfires?|cancer|illness))"
              + "".join(rf"(?<!{kind} battle)(?<!{kind} battles)" for kind in _BATTLES_NOT_FOUGHT) +
              # (not a disease's: "as they battle China's largest outbreak of chikungunya")
              r"(?!(?: [\w'\u2019-]+){0,3} (?:outbreaks?|epidemics?|disease|virus|cholera|ebola|mpox|measles|dengue))|recaptur|"
              # (not the police's haul: "Gardai seize EUR2.1m of cocaine in Finglas raid", an arrest)
              # (nor people seized, an abduction: see the attacks; nor a ship, ``_SHIP_SEIZED``)
              # (nor a haul named before: "several of the high-powered rifles seized this year had been smuggled")
              # (nor carbon captured, nor what else is caught: "signed a bill to expand carbon-capture projects near
              # Lake Charles", "a pilot plant to capture carbon dioxide from the flue gas at Dow's coal-fired power
              # plant in South Charleston", "captured the attention of")
              rf"captur(?:e|ed)\b(?<!carbon-capture)(?<!carbon capture)(?<!carbon-captured)(?! {_SEIZED_PEOPLE})"
              r"(?!(?: [\w,.-]+){0,5}? (?:carbon|CO2|emissions|methane|dioxide|sulfur|sulphur|attention|imagination|"
              rf"images?|footage|moment|market share)\b)|seiz(?:es|ed|e)\b(?!{_HAUL})(?! {_SEIZED_PEOPLE})(?!{_SHIP_SEIZED})"
              # (nor power seized, a coup's, with no fighting told: "Soldiers seize power in Guinea-Bissau, say
              # president arrested" had been a ground operation; ``_POWER_SEIZED``)
              r"(?! power\b)"
              + "".join(rf"(?<!{haul}{verb} seized)" for haul in _HAUL_NAMED_BEFORE for verb in _PASSIVE_VERBS)
              + "".join(rf"(?<!{seized})" for seized in _PEOPLE_WERE_SEIZED) + "|"
              r"cross-border operation|ground operation|"
              # (a push into a place, not a campaign's: "part of a push to turn the Western Australian capital into a
              # hub", '"Every few years we push the map another 50 kilometres north"')
              r"push\b(?= (?:toward|towards|into|on|deeper|further|through|across|in)\b)|penetrate|"
              # (not a town's adjective: "shelled a market and a mosque in the besieged Sudanese city of El Fasher"
              # is a shelling)
              r"counteroffensive|troops? (?:entered|moved)|"
              # ("The interior ministry said government troops had entered several villages in the western
              # countryside of Sweida")
              r"troops? (?:had|have|has) (?:entered|moved into)\b|"
              # "Israeli tanks pushed into the southern and eastern parts of Deir el-Balah for the first time on Monday"
              r"pushed\b(?:" + "|".join(rf"(?<={force} pushed)" for force in (
                  "tanks", "troops", "forces", "soldiers", "army", "military", "rebels", "fighters"))
              + r") (?:deeper |further )?into\b|"
              # an army's operation begun or widened, and the troops it sends in: "Israeli forces expanded a major
              # military operation in the occupied West Bank on Tuesday, sending troops and armoured bulldozers
              # into the Tulkarm and Nur Shams refugee camps"
              + "".join(rf"{verb} (?:an? |the |its |their )?(?:[\w-]+ ){{0,2}}?(?:military|army|ground) operations?\b|"
                        for verb in ("launched", "launches", "expanded", "expands", "widened", "extended", "began",
                                     "intensified", "stepped up"))
              # ... or pressed on with: "Israeli forces pressed on with a large-scale military operation in the
              # northern West Bank on Monday", "Israeli forces pressed on Monday with a military operation in the
              # Nur Shams refugee camp" (both had been statements)
              + r"press(?:ed|es|ing) on (?:\w+day )?with (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?"
                r"(?:military|army|ground) operations?\b|"
              + r"sen(?:t|ds|ding) (?:in )?(?:more |additional |extra )?(?:troops|soldiers|tanks)\b[^.;]{0,50}? into\b|"
              # (a place's adjective after a preposition too: "signed a deal on Thursday to allow aid into El Fasher and
              # other besieged areas of Darfur", "food for besieged families", had been ground operations)
              r"besieg(?<!the besieg)(?<!a besieg)(?<!other besieg)(?<!into besieg)(?<!to besieg)(?<!in besieg)"
              r"(?<!of besieg)(?<!for besieg)|siege\b(?! mentality)|"
              # a town taken: "M23 rebels walked into the centre of Bukavu on Sunday, taking control of eastern
              # Congo's second-largest city" (not of a company, a budget or the situation, nor a port a company
              # runs: "A Chinese company took control of the port of Darwin")
              r"control(?:" + "|".join(rf"(?<={verb} control)" for verb in (
                  "took", "taken", "taking", "takes", "take", "seized", "seizing", "gained", "wrested", "assumed",
                  "regained", "regaining"))
              + r") of (?:the |an? )?(?:[\w'\u2019-]+ ){0,3}?(?:city|town|village|military base|army base|base|"
              # (and an army's last ground there: "The Kachin Independence Army said its fighters took control of
              # the last military positions in Bhamo on Tuesday")
              r"garrison|camp|district|territory|province|capital|military positions|army positions|"
              r"military posts|outposts)\b(?!['\u2019])|"
              r"\braided\b|"
              # a town taken back or overrun: "The junta regained control of Lashio", "The army retook Lashio",
              # "The militia overran Lashio" (not a party's majority: "regained control of the Senate")
              r"regained control of (?-i:[A-Z])(?!(?:ongress|enate|ouse|arliament|ssembly)\b)|"
              r"\bretook\b|\bretaken\b|\boverran\b|"
              # a village an army has taken, named (a ministry's claim): "The ministry also said Russian troops had
              # taken control of Petropavlivka in Kharkiv region and Dronivka in Donetsk region" (had been the
              # ministry's statement; a company's port is none: "took control of the port of Darwin")
              r"control(?:" + "|".join(rf"(?<={force} {verb} control)"
                                       for force in ("troops", "forces", "army", "soldiers", "units", "rebels",
                                                     "fighters")
                                       for verb in ("took", "takes", "taking", "had taken", "have taken", "has taken"))
              + r") of (?-i:[A-Z])|"
              # ... or a village it says it has taken, named: "Russia's Defence Ministry said its troops had taken the
              # village of Rivne, east of Pokrovsk" (had been the ministry's statement)
              + "".join(rf"{verb} (?:the )?(?:[\w-]+ )?(?:village|villages|town|settlement|settlements|hamlet) of "
                        r"(?-i:[A-Z])|" for verb in ("taken", "took", "taking", "takes"))
              # what is caught between two armed sides' fire: "Crossfire killed two children in Port-au-Prince"
              # (ACLED counts those it kills in the armed clash)
              + r"crossfire\b|cross-fire\b|"
              # two armed sides' fire, ACLED's armed clash: "Thai and Cambodian troops exchanged fire", "an exchange
              # of fire", "fired warning shots at North Korean soldiers" (not over a crowd, a protest's dispersal),
              # "fired small arms at Khnatsakh"
              r"exchang(?:ed?|es|ing)\b(?: of)? (?:[\w-]+ ){0,2}?(?:fire|gunfire|shots)\b|"
              # (not players who "traded shots" in the fourth quarter)
              r"traded (?:[\w-]+ )?(?:fire|gunfire)\b|trading (?:[\w-]+ )?(?:fire|gunfire)\b|"
              r"fired (?:several |two |three )?warning shots\b(?! [^.;]{0,40}\b(?:protesters|demonstrators|crowds?|"
              r"rioters)\b)|"
              r"fired (?:small arms|small-arms fire|machine guns?|automatic weapons)\b|"
              # troops firing across a front line, a ceasefire broken: "officials said Indian troops fired across the
              # LoC at the Neelum Valley on Wednesday morning" (had been their statement)
              + "".join(rf"{verb} (?:across|along) (?:the )?(?:LoC|Line of Control|border|frontier)\b|"
                        for verb in ("fired", "firing"))
              + "".join(rf"{verb} (?:on|at|towards?) (?:an? |the )?(?:[\w-]+ ){{0,3}}?{_FORCE_TARGETS}|"
                        for verb in ("opened fire", "shooting", "fired", "firing"))
              # a police raid that kills, which ACLED most often codes as an armed clash with a gang: "Eight
              # people were killed on Tuesday during a police operation in the Complexo do Alemao", "A police
              # raid in the Complexo do Alemao and Penha on 13 March left six suspects dead"
              + "".join(rf"{word}(?<=police {word})s?\b(?=[^.;]{{0,80}}\b(?:killed|killing|dead|died|deaths)\b)|"
                        for word in ("operation", "raid"))
              # (and one whose target and ground are told before its toll: "A massive police operation against the
              # Comando Vermelho drug gang in the Alemão and Penha favela complexes in northern Rio de Janeiro on
              # Tuesday left at least 64 people dead" had been a statement)
              + "".join(rf"{word}(?<=police {word})s?\b(?=[^.;]{{0,200}}\bleft (?:at least |more than |over )?"
                        r"(?:\d[\d,]*|[a-z]+) (?:[\w-]+ )?(?:dead|killed)\b)|"
                        for word in ("operation", "raid"))
              + "".join(rf"{dead}\b[^.;]{{0,60}}?\b(?:during|in) (?:an? |the )?police (?:operation|raid)s?\b|"
                        for dead in ("killed", "died"))
              # a gunfight that kills, armed men against armed men (ACLED's armed clash): "police said two members of
              # the Tren de Aragua gang were killed in a shootout in the town of Cabimas on Wednesday" (had made no
              # event), "Two men died in a gunfight in Culiacan"; not a match's penalty shootout, which kills no one
              + "".join(rf"{harm}\b[^.;]{{0,60}}?\b(?:in|during|after) (?:an? |the )?(?:[\w-]+ ){{0,2}}?"
                        r"(?:shoot-?outs?|gun-?fights?|firefights?)\b|"
                        for harm in ("killed", "died", "dead", "wounded", "injured"))
              # (and South Asia's word for one, the police's or the army's: "Two militants killed in encounter in
              # Kupwara", which had been an attack on civilians; not a bear's)
              + "".join(rf"{harm}\b[^.;]{{0,60}}?\b(?:in|during) (?:an? |the )?(?:[\w-]+ )?encounters?\b(?! with "
                        r"(?:an? |the )?(?:[\w-]+ )?(?:bears?|sharks?|elephants?|tigers?|leopards?|lions?|snakes?|"
                        r"animals?|wildlife)\b)|" for harm in ("killed", "died", "dead", "wounded", "injured"))
              # (and the Philippine army's verb for one: "Soldiers ... were conducting combat operations in Sitio
              # Kangkiling, Barangay Buenavista in Himamaylan City when they encountered about 15 armed rebels", which
              # had been a statement)
              + r"encountered (?:about |some |around |at least |more than |an estimated )?(?:[\w-]+ )?"
              r"(?:heavily )?armed (?:rebels|men|militants|insurgents|fighters|gunmen|bandits|members|group)\b|"
              + "".join(rf"{fight}\b(?=[^.;]{{0,80}}\b(?:killed|killing|dead|died|wounded|injured)\b)|"
                        for fight in ("shootouts?", "shoot-outs?", "gunfights?", "firefights?"))
              # ("police killed three people during an operation in Guaruja", not a patient's operation; and the
              # force's own word for it: "In Port-au-Prince, police said they killed 12 gang members in an
              # operation in the Delmas 30 neighborhood on Sunday")
              + r"killed\b(?:(?<=police killed)|(?<=said they killed)|(?<=say they killed)|(?<=said it killed)|"
              r"(?<=says it killed))[^.;]{0,60}?\b(?:during|in) (?:an? |the )?(?:[\w-]+ )?operations?\b|"
              + r"ambush(?:ed)? (?:an? |the )?(?:\w+ ){0,2}(?:convoy|patrol|soldiers|troops|police|vehicles?|bus|army|"
              r"forces)|"
              # (not a taxi's, the taxi wars' killing of commuters and drivers: see attack)
              r"\bin an ambush\b(?! on (?:an? |the )?(?:minibus )?taxis?\b)|ambush\b(?<!taxi ambush) (?:on|near|in)\b"
              r"(?! (?:an? |the )?(?:minibus )?taxis?\b)|"
              r"ambushed\b(?:(?<=were ambushed)|(?<=was ambushed))|"
              # (the force named by its kind: "Gunmen attacked a traffic police post in Russia's southern Republic
              # of Dagestan on Monday, killing two officers", which had made no event; not any word before, "an
              # attack on national security")
              r"attack(?:ed|s)? (?:on )?(?:an? |the )?(?:(?:traffic|border|riot|highway|frontier|paramilitary) )?"
              r"(?:army|military|police|security) |"
              # (or a patrol, the rangers' or the troops', as they ambush one: "Two rangers were killed and a third
              # wounded when gunmen attacked their patrol in Virunga National Park", which had been a statement)
              r"attack(?:ed|s)? (?:on )?(?:an? |the |their |its )?(?:[\w-]+ ){0,2}(?:positions|outposts?|checkpoints?|"
              r"bases?|patrols?)\b|"
              # armed men an army says it "neutralised", Nigeria's and the Sahel's armies' word for killing them:
              # "Troops of Operation Hadin Kai neutralised 12 terrorists in Bama LGA, Borno State, on Monday, the
              # Defence Headquarters said" (had been its statement)
              r"neutrali[sz](?:ed|es|e|ing)\b(?= (?:[\w-]+ ){0,4}?(?:terrorists|bandits|insurgents|militants|jihadists|"
              r"assailants|attackers|fighters|gunmen|kidnappers|rebels|criminals)\b)|"
              # the attack told, then the army's post it targeted: "The attack on Sunday targeted the army post at
              # Boulkessi, in the Douentza cercle of the Mopti region, a security source said" (had been a statement)
              + "".join(rf"{noun} {_TARGETED} (?:an? |the )?(?:[\w'\u2019-]+ ){{0,2}}?{_ARMED_SITES}|"
                        for noun in ("attack", "attacks"))
              # soldiers killed, told in the passive: "Thirty-four Nigerien soldiers were killed and 14 wounded in an
              # attack by "several hundred terrorists" on Thursday in the Tillaberi region" (had been a statement);
              # not by a strike's means, a strike's ("Two soldiers were killed in a drone attack by FARC dissidents")
              # (or martyred, as Pakistan's and India's press write it: "two soldiers were martyred in an improvised
              # explosive device blast in North Waziristan's Mir Ali area")
              + "".join(rf"{force} (?:were|have been|had been) (?:killed|martyred)\b(?![^.;]{{0,40}}\b(?:drones?|air|airstrikes?|"
                        r"missiles?|rockets?|artillery|mortars?|shelling)\b)|"
                        for force in ("soldiers", "troops", "servicemen", "policemen", "police officers", "gendarmes"))
              +
              # (one soldier too: "Sniper fire killed an Israeli soldier in Jenin"; not "a soldier's wife"; and armed men
              # of any side: "JNIM fighters and Tuareg separatists killed dozens of Wagner mercenaries and Malian soldiers
              # near Tinzaouaten on the Algerian border" had made no event)
              r"kill(?:ed|ing|s)? (?:\w+ ){0,5}(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police officers?|militants|"
              r"insurgents|jihadists|security forces|gendarmes|mercenaries|paramilitaries|militiamen)\b(?!['\u2019])|"
              # (and "terrorists", as Pakistan's and India's armies name those they kill: "security forces killed
              # eight terrorists during an operation in the Daraban area of Dera Ismail Khan district, the
              # Inter-Services Public Relations (ISPR) said" had been its statement; not those killed by them)
              r"kill(?:ed|ing|s)? (?:(?!by\b)\w+ ){0,5}terrorists\b(?!['\u2019])|"
              # ... or the word those armies use for it: "In the ensuing gunfight, three terrorists were eliminated"
              r"eliminat(?:ed|es|e|ing)\b(?= (?:[\w-]+ ){0,4}?(?:terrorists|militants|insurgents|infiltrators|"
              r"jihadists|rebels)\b)|"
              r"terrorists (?:were|have been|had been) eliminated\b|"
              # an attempt to cross a front line by stealth, fought off, as South Asia's armies tell it: "In the Uri
              # sector of Baramulla district, another infiltration attempt was foiled on Tuesday, the army said" (had
              # been its statement)
              r"infiltration (?:bids?|attempts?)\b"),
    EventType("protest", "Protest", "Protests", "Peaceful protest", "#1f6fb2",
              # (not a team's comeback: "No. 8 Alabama rallied past No. 12 Tennessee 27-24"; nor a church: "The
              # convention, the largest Protestant denomination in the United States, reported 12.7 million members";
              # nor a showing: "the test demonstrated that")
              r"protest(?!ant)|demonstrat(?!(?:ions?|ed|es|ing) (?:of|that|how)\b)|rall(?:y|ies|ied|ying)(?! (?:past|to (?:beat|win|victory|defeat|a \d)|from (?:behind|\d)))|"
              # (not captives marched off: "Most of the rank and file were marched north to Mosul and on across the
              # Taurus Mountains into Anatolia"; nor a death march: "the SS forced some 58,000 others on death marches
              # towards Wodzislaw Slaski and Gliwice" had been two protests)
              # (nor captives gunmen marched away: "The gunmen ... attacked Kuta and two neighbouring communities and
              # marched the victims into the forest" had been a protest)
              r"marche[ds](?<!were marched)(?<!was marched)(?<!been marched)(?<!death marche[ds])"
              r"(?! (?:them|him|her|hostages|captives|prisoners|(?:the|their) (?:[\w-]+ )?(?:victims|hostages|captives|"
              r"prisoners|abductees|villagers|men|women|children))\b)|took to the streets|"
              # (not those a quake sent into them: "sending thousands of residents of Pozzuoli and Bagnoli into the
              # streets in their nightclothes"; a crowd that poured into them is one, unless fleeing a quake: "Residents
              # of Gumri, Armenia's second-largest city, poured into the streets on Tuesday night after a magnitude 4.8
              # earthquake shook the country's north" had been a protest)
              r"to the streets(?<!into the streets)|"
              + "".join(rf"to the streets(?<={verb} into the streets){_NOT_FLEEING_A_QUAKE}|"
                        for verb in ("poured", "pouring", "spilled", "flooded", "surged"))
              + r"sit-in|"
              # a walkout, ACLED's protest (a labour strike, not a military one): "Train drivers in Catalonia went on
              # strike on Monday, halting most commuter services around Barcelona" (had been a statement)
              + "".join(rf"{verb} on (?:an? )?(?:[\w-]+ ){{0,2}}?strike\b|" for verb in ("went", "go", "goes", "gone",
                                                                                     "going"))
              + "".join(rf"{verb} (?:an? |their )?(?:[\w-]+ ){{0,2}}?(?:strike|walkout|stoppage)\b"
                        r"(?<!air strike)(?<!drone strike)(?<!missile strike)|"
                        for verb in ("staged", "held", "began", "launched", "joined"))
              # ... or told by who struck: "A national strike by Belgian unions halted most activity at the port of
              # Antwerp-Bruges on Monday" (had been the port officials' statement)
              # (a trade's crew too: "Finnair cancelled more than 300 flights on Wednesday as a strike by cabin crew
              # and other staff ... halted operations at Helsinki Airport" had made no event)
              # (called by them: "Train services across Italy were severely disrupted on Friday by a 21-hour
              # nationwide rail strike called by the USB and CUB unions" had made no event)
              + r"strikes?\b(?= (?:called |organi[sz]ed )?by (?:[\w-]+ ){0,4}?(?:unions?|workers|dockworkers|dockers|drivers|staff|"
              r"employees|teachers|doctors|nurses|miners|seafarers|crews?|pilots|controllers|machinists)\b)|"
              # ... or kept up: "Workers at TotalEnergies' refinery in Donges ... extended their strike on Tuesday for
              # a sixth day", "extending a walkout that has halted production ... at factories in Renton and Everett"
              # (had made no event)
              + "".join(rf"{verb} (?:an? |the |their |its )?(?:[\w-]+ ){{0,2}}?(?:strike|walkout|stoppage)\b"
                        r"(?<!air strike)(?<!drone strike)(?<!missile strike)|"
                        for verb in ("extended", "extending", "extends", "prolonged"))
              + r"walked off the job|"
              # ... or told by its picket lines: "The British Medical Association (BMA) said picket lines were set
              # up outside hospitals including St Thomas' in London ... and the Queen Elizabeth Hospital in
              # Birmingham" (had been a statement), "Pickets have stood outside the Renton plant around the clock
              # since then" (had made no event)
              r"picket lines? (?:were|was|have been|had been|has been) (?:set up|formed|mounted|put up)\b|"
              r"pickets (?:have |had )?(?:stood|gathered|formed|massed)\b|picketed\b|"
              # ... or walked out, told of the trade (not out of talks): "About 33,000 machinists in Washington
              # state, Oregon and Kansas walked out on Sept. 13" (had made no event)
              + "".join(rf"{who}\b[^.;]{{0,60}}?\bwalked out\b(?! of\b)|"
                        for who in _TRADES_ON_STRIKE)
              # ... or laid down their tools: "workers at the Ulsan plant ... laid down tools for four hours on each
              # of the day and night shifts" (had been a statement)
              + "".join(rf"{verb} down (?:their )?tools\b|" for verb in ("laid", "laying"))
              # ... or downed tools: "its members in 30 of the country's 47 counties had downed tools, including in
              # Nakuru, Kisumu, Kakamega and Uasin Gishu" (had been a statement)
              + r"downed tools\b|"
              # a shutdown of shops, South Asia's strike: "Traders in Latifabad and Qasimabad downed shutters from early
              # morning" (had been told as the marchers' protest in the clause after)
              r"downed (?:their )?shutters|shutter-?down\b|"
              # a crowd told by what it did there, not by the word: "Residents of Tangi ... staged a sit-down on the
              # Charsadda-Mardan road", "In Chittagong, students sat on the main highway for three hours", "In Batumi,
              # hundreds of people gathered outside the city council on Friday evening waving EU flags" (had made
              # no event)
              r"staged (?:a |an )?(?:[\w-]+ )?sit-?downs?\b|"
              + "".join(rf"{verb} (?:down )?(?:on|across) (?:the |a )?(?:[\w-]+ ){{0,2}}?(?:highways?|roads?|motorways?|"
                        r"railway (?:tracks|lines?)|tracks)\b|" for verb in ("sat", "sitting", "sit"))
              + "".join(rf"{verb}\b(?=[^.;]{{0,80}}?\b(?:waving (?:[\w-]+ )?(?:flags|banners|placards)|"
                        r"chanting (?:slogans|anti-|against)|"
                        r"holding (?:up )?(?:placards|banners|signs)|carrying (?:placards|banners|signs)|"
                        r"to (?:demand|denounce|condemn|oppose|decry)\b))|"
                        for verb in ("gathered", "gathering", "converged", "massed", "assembled"))
              # police weapons used on a crowd: "In Ankara, police used water cannon and pepper spray on students who
              # tried to march towards the Ataturk mausoleum" (not on vessels: see the attacks)
              + "".join(rf"{verb} (?:[\w-]+ ){{0,2}}?(?:water cannons?|pepper spray|rubber bullets|stun grenades)\b"
                        r"(?=[^.;]{0,40}?\b(?:on|at|against) (?:the |a )?(?:[\w-]+ ){0,2}?(?:crowds?|students|supporters|"
                        r"marchers|residents|people|youths|mourners|fans|activists)\b)|"
                        for verb in ("used", "fired", "turned", "using", "firing"))
              # a crowd the police broke up, told by their tear gas or their dispersal alone (ACLED's protest with
              # intervention): "Police in Kampala fired tear gas on Thursday to disperse supporters of opposition
              # leader Bobi Wine", "Police lobbed teargas canisters to scatter the crowd" (had made no event)
              + "".join(rf"{verb} (?:[\w-]+ ){{0,2}}?(?:tear ?gas|teargas)\b|"
                        for verb in ("fired", "firing", "fires", "lobbed", "lobbing", "hurled", "used", "using"))
              + "".join(rf"{verb} (?:the |a |an |large |hundreds of |thousands of |dozens of )?(?:[\w-]+ ){{0,2}}?"
                        r"(?:crowds?|supporters|marchers|gatherings?|assembl(?:y|ies)|sit-ins?|vigils?)\b|"
                        for verb in ("disperse", "dispersed", "dispersing", "scatter", "scattered", "break up",
                                     "broke up"))
              # a crowd that blocks the roads, ACLED's protest: "Tens of thousands of people blocked three bridges
              # over the Danube", "Students in the southern city of Nis blocked a highway junction" (not a
              # landslide's or the police's)
              # ... told as the crowd's blockade: "prompting angry scenes and a blockade of the railway line by local
              # residents" (had made no event; not a navy's blockade of a port)
              + r"blockades? of (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:bridges?|roads?|highways?|motorways?|streets?|"
              r"railways?|rail lines?|railway lines?|tracks) by (?:local |angry |hundreds of |thousands of )?"
              r"(?:people|protesters|demonstrators|students|farmers|residents|villagers|truckers|activists|locals|"
              r"workers|drivers|miners)\b|"
              # ... or its blockades reported or set up at towns, or a road's: "Blockades were also reported in
              # Cochabamba and Potosí" (had been statements; not a navy's blockade of a port)
              r"blockades (?:were|have been|had been|are) (?:also |again |now )?(?:reported|set up|erected|mounted|"
              r"maintained|staged)\b|road ?blockades?\b|"
              + "".join(rf"{who}\b[^.;]{{0,50}}?\bblock(?:ed|ing|aded) (?:the |a |an |three |two |several |main )?"
                        r"(?:[\w-]+ ){0,2}?(?:bridges?|roads?|highways?|motorways?|freeways?|junctions?|intersections?|"
                        r"streets?|railways?|rail lines?|railway lines?|railway tracks?|"
                        # the tracks alone: "Residents of the town ... blocked the tracks used by PeruRail"
                        r"tracks)\b|"
                        for who in ("people", "protesters", "demonstrators", "students", "farmers", "residents",
                                    "villagers", "truckers", "activists",
                                    # the jobless young of a mining town: "In the southern mining town of Redeyef in
                                    # Gafsa governorate, unemployed youths blocked railway lines used to transport
                                    # phosphate for a third day, demanding jobs" (had made no event)
                                    "youths",
                                    # the mining towns' protest: "Indigenous communities in southern Peru have blocked
                                    # the road used to truck copper concentrate" (had been the company's statement)
                                    "communities", "locals",
                                    # a trade on strike: "Thousands of transport workers blocked roads in the
                                    # districts of Ate, Comas and Villa El Salvador on Monday" (had been an arrest)
                                    # (not those who clear up: "Rescue workers blocked the road after the landslide")
                                    "workers(?<!rescue workers)(?<!emergency workers)(?<!road workers)"
                                    "(?<!aid workers)(?<!relief workers)",
                                    "drivers", "miners", "teachers", "strikers"))[:-1]),
    EventType("riot", "Riot", "Riots", "Violent demonstration", "#b03a8c",
              r"\briot|"
              # British and Irish news's word for a riot, told by its start or spread: "Disorder spread on Tuesday to
              # Larne, where a leisure centre used to shelter displaced families was set on fire" (had made no event);
              # not an illness nor a charge of violent disorder
              r"disorder (?:spread|erupted|broke out|flared)\b|"
              # a jailbreak, ACLED's mob violence: "Eight inmates escaped from a prison in Esmeraldas" (not one
              # man's escape, years ago, before he "was rearrested in Madrid")
              + "".join(rf"{who}\b[^.;]{{0,40}}?\b(?:escaped|broke out)\b(?: from| of)? (?:an? |the )?(?:[\w-]+ ){{0,2}}?"
                        r"(?:prisons?|jails?|penitentiary|detention cent(?:re|er)|"
                        # (Nigeria's word for its prisons: "119 inmates escaped from the Suleja custodial centre near
                        # Abuja after heavy rain damaged the facility" had been the rain's disaster alone)
                        r"custodial cent(?:re|er)|correctional (?:cent(?:re|er)|facility))\b|"
                        for who in ("inmates", "prisoners", "detainees", "convicts"))
              # ... or told as a mass escape, tried or done: "At least 129 people were killed during an attempted mass
              # escape from Makala, the largest prison in the Democratic Republic of Congo's capital Kinshasa" (had
              # been the minister's statement)
              + r"mass (?:prison |jail )?escapes?\b(?= (?:attempt |bid )?from\b)|"
              + r"jailbreaks?\b|prison ?breaks?\b(?! (?:drama|series|show|film|movie|season))|"
              # a mob's looting of shops, ACLED's mob violence: "In Nakuru, a crowd looted shops", "Looters
              # ransacked supermarkets" (not insurgents "looting food stores", nor looted antiquities)
              + "|".join(rf"{who}\b[^.;]{{0,40}}?\b(?:looted|ransacked) (?:the |several |dozens of |many )?(?:[\w-]+ ){{0,2}}?"
                         r"(?:shops|stores|supermarkets|businesses|malls?|markets?)\b"
                         for who in ("crowds?", "mobs?", "looters", "rioters", "protesters", "demonstrators", "youths"))
              # a mob's killing, ACLED's mob violence: "A mob beat two men to death in Lalmonirhat district on
              # Saturday after accusing them of stealing cattle, police said" (had been a statement)
              + "".join(rf"|{who}\b[^.;]{{0,40}}?\b(?:lynched\b|(?:beat|stoned|clubbed|bludgeoned)\b[^.;]{{0,40}}?\bto death\b)"
                        for who in ("crowds?", "mobs?", "villagers", "residents"))
              # (the mob told after, in the passive: "A man was beaten to death by a mob in Sialkot over blasphemy
              # allegations", which had made no event; "Two suspected thieves were lynched in Mbale")
              # (or after the others it hurt: "A 35-year-old man was beaten to death and two others were injured by a
              # mob on suspicion of smuggling cattle in Odisha's Balasore district", which had been the police's
              # statement)
              + "".join(rf"|{verb} to death (?:and [^.;]{{0,50}}? )?by (?:an? |the )?(?:[\w-]+ )?(?:mobs?|crowds?)\b"
                        for verb in ("beaten", "stoned", "burned", "burnt", "clubbed", "lynched"))
              + r"|lynched\b(?:(?<=was lynched)|(?<=were lynched)|(?<=been lynched))"
              # what a crowd or a mob itself burned or stormed, told in its own clause after a protest's: "Police
              # fired tear gas and water cannon at protesters in Nairobi's central business district, and crowds set
              # fire to the Kikuyu law courts and a police station in Kikuyu town" (had been a protest in Kikuyu)
              + "".join(rf"|{who}\b(?: [\w'-]+){{0,3}}?(?:,[^.;,]{{0,40}},)? (?:stormed|torched|set(?:ting)? fire to|"
                        r"set ablaze|burn(?:ed|t)|looted|ransacked)\b" for who in ("crowds?", "mobs?", "rioters"))
              # a police post or station a crowd of locals stormed or burned, ACLED's mob violence (a headline's
              # present too): "Pakistan: villagers torch police post after youth dies in custody" (had made no event)
              + "".join(rf"|{who}\b[^.;]{{0,40}}?\b(?:stormed|storms?|torched|torch(?:es)?|set fire to|sets? fire to|"
                        r"set ablaze|ransacked) (?:an? |the |a local )?(?:[\w-]+ ){0,2}?police "
                        r"(?:posts?|stations?|outposts?|checkposts?|vehicles?)\b"
                        for who in ("villagers", "residents", "crowds?", "mobs?"))
              # a crowd's missiles thrown at the police, ACLED's violent demonstration: "Farmers hurled eggs and
              # firecrackers at police in Brussels on Thursday" (had been talks, for the leaders who met), "Youths set
              # fire to cars and bins and threw fireworks at police in Aulnay-sous-Bois" (had been an attack)
              + "".join(rf"|{who}\b[^.;]{{0,60}}?\b(?:hurled|hurling|threw|throwing|pelted|pelting)\b[^.;]{{0,50}}?"
                        r"\b(?:at|on) (?:the )?(?:riot )?(?:police|officers|gendarmes)\b"
                        for who in ("farmers", "protesters", "demonstrators", "youths", "crowds?", "rioters", "fans",
                                    "students", "strikers"))
              # stones thrown at a procession, a rally or a convoy, South Asia's stone pelting: "stones were thrown at
              # a victory procession in Mokama on Friday evening and three people were injured" (had been a statement)
              + r"|stones were thrown at (?:an? |the )?(?:[\w-]+ ){0,2}?(?:procession|rally|convoy|march|crowd|motorcade|"
                r"vehicles?)\b|stone[- ]pelting\b"),
    EventType("exercise", "Military exercise", "Strategic developments", "Change to group/activity", "#2e7d32",
              # (not the drilling of oil: "plans by a British company to drill for oil in the Sea Lion field")
              r"drills?\b(?<!to drill)(?! for\b)(?! (?:wells?|holes?|rigs?|bits?|ships?)\b)|military exercises?|exercises\b|"
              r"maneuvers|manoeuvres|war games|"
              # a weapon test-fired or test-launched, the way a drill fires them: "Iran's navy test-fired a cruise
              # missile during a naval exercise in the Gulf of Oman and the northern Indian Ocean on Thursday"
              r"test-(?:fired?|fires|firing|launch(?:ed|es|ing)?)\b"
              # one exercise, named, begun or held (not a right exercised): "Japan's Self-Defense Forces and the U.S.
              # Marines started the Resolute Dragon exercise on the southern island of Okinawa", "Poland and its
              # allies were holding their own exercise, Iron Defender-25"
              + "".join(rf"|{verb} (?:[\w'\u2019-]+ ){{0,4}}?exercise\b(?! (?:of|in|its|their|his|her)\b)"
                        for verb in ("began", "begun", "begins", "started", "starts", "launched", "launches",
                                     "holding", "held", "holds", "conducted", "conducting", "staged", "staging",
                                     "kicked off"))),
    EventType("talks", "Talks or diplomacy", "Strategic developments", "Agreement", "#00838f",
              # (not a sports meeting: "The next Diamond League meeting is in Monaco on July 11"; nor Ireland's weather
              # service, Met Éireann)
              # (nor a mountain's top: "trails near the summit of Mount Ontake ... reopened"; nor a race's climb: "The
              # race reaches the Alps next week with summit finishes above Grenoble and at Alpe d'Huez, and ends on the
              # Champs-Elysees in Paris on July 27" had been talks at Paris)
              # (nor one who talks: 'warned against "a church that talks only to itself."')
              r"talks\b(?<!\bwho talks)(?<!\bit talks)(?<!\bhe talks)(?<!\bshe talks)"
              r"(?! (?:only |just )?(?:to|about|with|of) (?:itself|himself|herself|themselves|me|us|you)\b)"
              # (nor a debtor's with its lenders: "China Vanke, based in Shenzhen, is negotiating with creditors" had
              # been talks at Shenzhen)
              r"|negotiat(?!\w* (?:with|over) (?:its |their |the )?(?:[\w-]+ )?(?:creditors|bondholders|lenders|"
              r"landlords|debt|loans?)\b)"
              r"|summit(?! of (?:mount|mt\b|the (?:mountain|volcano|peak|hill)))"
              r"(?! (?:crater|ridge|trail|finish|stage|climb|attempt|push))(?!ed\b|ing\b)"
              r"(?<!on the summit)(?<!to the summit)(?<!near the summit)"
              # (nor how news was received: "In Hammerfest and Vardø ... the deal was met with relief" had been talks;
              # nor a couple who met: "his wife, Maria Fatima, whom he met at a festa in Gustine")
              r"|\bmet\b(?! office)(?! police)(?! [e\u00e9]ireann)(?<!whom he met)(?<!whom she met)(?<!whom they met)"
              r"(?<!couple met)(?<!couple first met)(?! (?:his|her) (?:future )?(?:wife|husband|partner)\b)"
              # (nor one who met a stranger, or at a dance: "Florence, Caldwell's grandmother, had met an American
              # airman at a dance in Kingston upon Thames in 1944" had been talks)
              r"(?! an? (?:[\w-]+ ){0,2}?(?:man|woman|girl|boy|airman|sailor|soldier|nurse|student|stranger|GI|widow|"
              r"widower|fellow)\b)(?![^.;]{0,60}? at a (?:dance|party|wedding|ball|bar|pub|nightclub|disco)\b)"
              # (nor an enemy met in battle: "The enemy was met at Port Gibson on May 1 and driven across Bayou Pierre")
              r"(?<!enemy was met)(?<!enemy were met)(?<!enemy met)"
              # (nor a boat that met a ship at sea, to load or unload: "the vessel had sailed from South America and
              # met a larger ship at sea off the Pacific island of Vanuatu to collect the drugs" had been talks)
              r"(?! (?:an? |the |another )?(?:[\w-]+ )?(?:ships?|vessels?|boats?|yachts?|tankers?|trawlers?|"
              r"motherships?|freighters?)\b)"
              r"(?! with (?:[\w-]+ ){0,2}?(?:relief|criticism|anger|scepticism|skepticism|dismay|outrage|resistance|"
              r"silence|applause|cheers|derision|suspicion|caution|concern|alarm|fury|opposition|approval|enthusiasm|"
              r"hostility|indifference|disbelief|disappointment|protests?|condemnation|praise|jubilation)\b)"
              # (not teams that played: "The teams first met in spring training in Fort Myers, Florida, and in Tampa")
              + "".join(rf"(?<!{side} met)(?<!{side} first met)(?<!{side} last met)"
                        for side in ("teams", "sides", "clubs", "two teams")) +
              r"|meeting"
              # (nor rivers that meet: "The reservoir on the Naryn River, which becomes the Syr Darya after meeting the
              # Kara Darya in the Fergana Valley" had been talks there)
              r"(?! (?:the )?(?:[A-Z][\w'\u2019-]* ){1,2}(?:River|Darya|Creek|Nile)\b)"
              # (nor where people meet: "The corridor to the Sikh shrine in Pakistan has become a meeting place for
              # families split in 1947")
              r"(?! (?:place|point|ground|hall|room|house)s?\b)"
              # (nor a gathering to worship: "121 people died in a crush at a prayer meeting held by a self-styled
              # godman in Hathras district" had been talks)
              + "".join(rf"(?<!{rite} meeting)" for rite in ("prayer", "religious", "revival", "worship", "camp",
                                                              "spiritual"))
              + "".join(rf"(?<!{sport} meeting)" for sport in ("league", "athletics", "race", "racing", "track", "swimming",
                                                                 # ("when Portland hosts an invitational meeting")
                                                                 "invitational", "indoor", "outdoor", "grand prix"))
              # (nor a series of games: "had won two of the last three meetings, including a 2022 upset in Knoxville")
              + "".join(rf"(?<!last {count} meeting)(?<!previous {count} meeting)" for count in (
                  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
              # (nor Spain's office of the central government in a region: "the Spanish government delegation in the
              # autonomous city said")
              + r"|delegation(?<!government delegation)|"
              # (not diplomats who only tell the news: "Diplomats said New Delhi and Beijing, which have competed for
              # influence over ports in Colombo and Hambantota, were watching", which had been talks in both)
              # (nor where they sit: "Diplomats in Canberra and Jakarta said membership would bring Timor-Leste
              # investment")
              r"diplomat(?!s?,? (?:in (?:[\w'\u2019-]+ ){1,4}?)?(?:said|say|says|told|noted|warned|added|familiar|"
              r"briefed|who spoke|speaking)\b)"
              r"(?<!according to diplomat)"
              # (nor what is only diplomatic: "Kiribati, which switched diplomatic recognition from Taiwan to China in
              # 2019" had been talks at Wellington, where MPs spoke of it)
              r"(?!ic (?:recognition|row|spat|status|immunity|passports?|quarter|enclave|corps|cables?|pouch|"
              r"sources?)\b)|ceasefire agreement|"
              r"signed .* agreement|"
              # ... or told by what was signed: "Under a framework signed in Doha this month, Kinshasa and the rebels
              # agreed to work towards a ceasefire, but fighting has continued" (had been a battle in Doha)
              + "".join(rf"{noun} (?:was |were |had been |has been )?signed\b|"
                        for noun in ("framework", "agreement", "accord", "truce", "pact", "treaty", "declaration"))
              # a peace deal signed or initialled, not a business's deal: "The leaders of Armenia and Azerbaijan
              # initialed a peace agreement at the White House on Friday" (had made no event)
              + "".join(rf"{verb} (?:[\w'\u2019-]+ ){{0,3}}?(?:peace|ceasefire|cease-fire|truce|framework)(?: [\w-]+)? "
                        r"(?:agreements?|deals?|accords?|pacts?|treaty|declaration)\b|"
                        for verb in ("signed", "signs", "initialed", "initialled", "initials", "inked", "sealed")) +
              # an envoy summoned, diplomacy's protest: "Ukraine's foreign ministry summoned Hungary's ambassador in Kyiv
              # on Friday", "Japan's foreign ministry summoned a Chinese embassy official in Tokyo"
              r"summon(?:ed|s|ing)? (?:[\w'\u2019.-]+ ){0,4}?(?:ambassadors?|envoys?|charg[e\u00e9]s? d|"
              r"diplomats?|embassy officials?|consuls?)\b"),
    EventType("arrest", "Arrest", "Strategic developments", "Arrests", "#5d4037",
              # (not those held, whose lawyers act: "Lawyers for detained migrants on Thursday sued the Trump
              # administration over conditions at a new detention center")
              # (not the power to arrest a law gives: "giving police powers to search and arrest without warrants")
              # (and told by what the police did as they went: "Border Patrol agents fanned out across Charlotte on
              # Saturday, arresting people at a church parking lot", had made no event; not the officer who did it)
              # (nor a heart that stopped: "Two men died of cardiac arrest while shoveling snow in Cheektowaga and
              # Lancaster", which had been arrests there)
              # (nor a warrant issued, no one held: "Netanyahu is also the subject of an arrest warrant issued by
              # the International Criminal Court in November over alleged war crimes in Gaza", which had been an
              # arrest in Gaza; one served or executed is an arrest, below)
              r"arrest(?:ed|s|ing(?! officers?\b))?\b(?! warrants?\b)(?<!powers to arrest)(?<!power to arrest)(?<!powers to search and arrest)"
              r"(?<!cardiac arrest)(?<!cardiac arrests)(?<!cardiopulmonary arrest)(?<!respiratory arrest)(?<!heart arrest)"
              r"(?<!power to search and arrest)|detain(?:ed\b(?<!for detained)(?<!of detained)(?<!with detained)|"
              r"s\b|ing\b|\b)|charged with|"
              # (a warrant served or executed is: "Officers executed more than 200 search warrants and 60 arrest
              # warrants in the states of São Paulo, Paraná ...")
              r"served (?:[\w,-]+ ){0,8}?arrest warrants?\b|"
              r"executed (?:[\w,-]+ ){0,8}?arrest warrants?\b|"
              # (the day between, as AP tells it: "He was charged Monday with six counts of first-degree murder at
              # the courthouse in Quebec City", which had been an attack there; not "charged on Thursday with 17
              # offences ..., after a car ploughed into crowds", whose dateline is the ramming's)
              r"charged (?:mon|tues|wednes|thurs|fri|satur|sun)day with|"
              # (or charged in what they did: "A Hoover man has been charged in a string of 23 overnight pharmacy
              # burglaries across Jefferson, Shelby, Tuscaloosa and Walker counties", which had been a statement)
              r"charged\b(?:(?<=been charged)|(?<=was charged)|(?<=were charged)|(?<=is charged)) (?:in|over) "
              r"(?:connection with |the |a |an )|"
              # the police's raids, told by who carried them out: "The raids in Dunkirk, Calais and the village of
              # Loon-Plage ... were carried out by about 200 officers, the Lille prosecutor's office said"
              r"raids?\b(?<!air raid)(?<!air raids)(?=[^.;]{0,120}?\b(?:carried out|conducted|led) by (?:about |some |around "
              r"|more than |nearly |over )?(?:[\d,]+ )?(?:police|officers|policemen|gendarmes|agents|investigators|"
              r"carabinieri)\b)|"
              # ... or by those who took part: "About 2,000 officers took part in pre-dawn raids in Calabria,
              # Lombardy, Piedmont and Emilia-Romagna" (had been told as the German police's detentions after)
              + "".join(rf"{who} (?:took part in|carried out|conducted|staged) (?:[\w-]+ ){{0,2}}?raids\b|"
                        for who in ("officers", "police", "policemen", "gendarmes", "agents", "carabinieri"))
              +
              # boats stopped at sea by those who police it: "Another boat with 54 people was intercepted by the
              # Moroccan navy off Dakhla in Western Sahara on Tuesday" (not a missile by air defences)
              r"intercepted\b(?= by (?:the )?(?:[\w-]+ ){0,2}?(?:navy|coast ?guards?|coastguards?|police|border guards?|"
              r"gendarmerie|border patrol|marine police)\b)|"
              # ... or told with those it stopped: "The Libyan coast guard intercepted 180 migrants off the western
              # town of Sabratha" (had been a statement), not a missile or a drone
              rf"intercepted (?:{_COUNT_OF_PEOPLE})?(?:[\w-]+ ){{0,2}}?(?:migrants|refugees|asylum[ -]seekers|"
              r"people|passengers)\b"
              # (not a year's tally: "the coastguard intercepted about 11,000 people off Zuwara and Sabratha in the
              # first half of the year", "said it had intercepted 12,000 people this year")
              r"(?![^.;]{0,80}?\b(?:this year|so far|since (?:January|the start)|in the first (?:half|six months|"
              r"quarter)|last year|in \d{4})\b)|"
              # the police's haul, a raid's: "Gardai seize EUR2.1m of cocaine in Finglas raid", "Gardai have seized
              # cocaine worth an estimated EUR2.1 million"
              rf"seiz(?:e|ed|es|ing)\b(?={_HAUL})|"
              # ... or named before, seized in the police's operation: "Police Scotland said more than £5 million of
              # drugs had been seized under the operation, with searches carried out in Edinburgh, Stirling and Perth"
              # (had been a battle)
              r"seized\b(?:" + "|".join(rf"(?<={haul}{verb} seized)" for haul in _HAUL_NAMED_BEFORE
                                        for verb in _PASSIVE_VERBS if verb) + ")|"
              # a ship a state's forces seized (``_SHIP_SEIZED``)
              rf"seiz(?:e|ed|es|ing)\b{_SHIP_SEIZED}|"
              # India's and the tabloids' word: "were nabbed from Sonipat in Haryana after a brief exchange of fire"
              r"nabbed\b|"
              # arrests told in plain words: "Police rounded up at least 15 people in Rajshahi overnight", "At least
              # 107 people were taken into custody", "27 people were picked up by police", "Three people were taken
              # in for questioning" (had been statements or nothing; not cattle rounded up, nor a parcel picked up)
              rf"rounded up (?:{_COUNT_OF_PEOPLE})?(?:[\w-]+ ){{0,2}}?{_HELD_PEOPLE}|"
              r"taken into (?:police |military |army |state |federal )?custody\b|"
              r"picked up (?:by (?:the )?(?:[\w-]+ )?(?:police|officers|policemen|security (?:forces|agents|officers)|"
              r"soldiers|agents|gendarmes)\b|"
              # ... or in their raids: "Nine of his associates were picked up in raids in Jamtara, Madhupur and
              # Dumka, police said" (had been three statements)
              r"in (?:[\w-]+ ){0,2}?raids?\b)|"
              r"taken in for questioning\b|"
              # South Asia's word for those charged by the police: "Police said 12 people were booked under
              # anti-terrorism laws" (not a flight booked for the holidays)
              r"booked\b(?:(?<=were booked)|(?<=was booked)|(?<=been booked))(?= (?:under|for (?:murder|rioting|"
              r"attempt|assault|theft|sedition|blasphemy|violating|vandalism|arson))\b)"),
    EventType("attack", "Attack on civilians", "Violence against civilians", "Attack", "#8e0000",
              r"killed .*civilians|massacre|toll (?:[\w'\u2019-]+ ){0,4}attacks?\b|"
              # (not a warrant served: "Officers later executed search warrants at a warehouse in Richmond")
              # (nor counted so: "Officers executed more than 200 search warrants and 60 arrest warrants in ...")
              r"execut(?:ed|ion)(?! (?:of )?(?:more than |about |some |over |nearly |around )?"
              r"(?:an? |the |several |two |three |[\d,]+ )?(?:search |arrest )?warrants?\b)"
              # (nor told of the warrants first: "Search warrants were also executed at homes in Blacktown")
              + "".join(rf"(?<!warrants{verb} executed)(?<!warrant{verb} executed)"
                        for verb in _PASSIVE_VERBS + (" were also", " was also"))
              + r"|abduct|"
              r"opened fire|suicide bomb|home invasions?\b|"
              # (told in a headline's present: "26 killed as militants open fire on tourists near Pahalgam" had been a
              # battle; not a threat or an order to: "ordered troops to open fire on protesters")
              + "".join(rf"{verb}(?<!to {verb}) fire on (?:an? |the )?(?:[\w-]+ ){{0,2}}?{_PEOPLE}|"
                        for verb in ("open", "opens")) +
              # a killing with no weapon named ("A man killed a 69-year-old woman in Mulhouse", "the killing of six
              # farmers in Guma"); a strike's, a crash's or a flood's is theirs (see settle)
              r"killed" + "".join(rf"(?<!{what} killed)" for what in _BLAMELESS_KILLERS)
              # (a count's "at least" or "over" is no "killed at" nor "killed over the weekend": "Rebels from the
              # Allied Democratic Forces (ADF) killed at least 43 people in an attack on a Catholic church in Komanda")
              + rf" (?:at least |over (?=\d))?(?:{_NOT_VICTIM}[\w'-]+ ){{0,3}}?{_PEOPLE}|killings? of (?:[\w'-]+ ){{0,3}}?{_PEOPLE}|"
              # an abduction (ACLED's abduction/forced disappearance): "Gunmen kidnapped a businessman", "A
              # businessman was kidnapped in Quevedo", "the kidnapping of"; not "12 kidnapped travellers" (who were
              # freed) nor the charge or the trial
              r"kidnapp(?:ed|ing)\b(?:(?<=was kidnapped)|(?<=were kidnapped)|(?<=been kidnapped)|"
              # (or those kidnapped somewhere or sometime, told as they are freed: "An Austrian woman kidnapped in
              # January in the central Niger city of Agadez has been released", "rescued a Chinese student kidnapped
              # in Parañaque City last week", which had been statements)
              r"(?<=kidnapped)(?= (?:in|on|from|last|near|outside|during|earlier)\b)|"
              r"(?= (?:an? |the |his |her |their |at least |about |more than |\d|one|two|three|four|five|six|seven|"
              r"eight|nine|ten|dozens|scores|hundreds)))(?! (?:case|charges?|trial|suspects?|ring|gang)\b)|"
              # people seized or captured by those who raid, an abduction as the wires tell it: "Gunmen seized at
              # least 20 passengers travelling on the Lokoja-Abuja highway near Koton Karfe on Saturday evening" (had
              # been a ground operation; an army's captured soldiers stay its battle's)
              + "".join(rf"{verb} {_SEIZED_PEOPLE}|" for verb in ("seized", "seizes", "seize", "captured"))
              # (or seized in the passive: "A Swiss woman was seized in Agadez in April", ``_PEOPLE_WERE_SEIZED``)
              + "seized(?:" + "|".join(rf"(?<={seized})" for seized in _PEOPLE_WERE_SEIZED) + r")\b|"
              +
              # people taken away by those who raid: "checked passengers' identity cards and took away men from the
              # eastern province of Punjab" (had been a statement)
              "".join(rf"{verb} away (?:{_COUNT_OF_PEOPLE})?(?:[\w-]+ )?(?:men|women|people|children|boys|girls|"
                      r"passengers|villagers|residents|students|workers)\b|"
                      for verb in ("took", "taken", "taking", "led", "marched")) +
              # a hijacking, a hostage-taking: "Militants hijacked a passenger train near the Bolan Pass"
              # (a ship of any kind: "Armed pirates hijacked a Yemeni-flagged fishing dhow off the coast of Somalia's
              # semi-autonomous Puntland region on Saturday", which had been the navy's statement)
              r"hijack(?:ed|ing|ers)? (?:of )?(?:an? |the )?(?:[\w-]+ ){0,2}?(?:trains?|bus(?:es)?|planes?|aircraft|"
              r"airliners?|flights?|ships?|vessels?|boats?|tankers?|dhows?|trawlers?|freighters?|carriers?|yachts?|"
              r"trucks?|lorr(?:y|ies)|vehicles?|convoys?|express)\b|"
              # ... or a train or bus of passengers attacked, those aboard its victims: "Separatist militants attacked a
              # train carrying more than 400 passengers in Pakistan's southwestern Balochistan province on Tuesday,
              # taking hostages after blowing up the track, officials said" (had been a statement); "gunmen ambushed a
              # convoy of passenger vehicles near Parachinar" (had been a battle); not an army's or a police bus
              + "".join(rf"{verb} (?:an? |the )?(?:[\w-]+ )?(?:(?:trains?|bus(?:es)?|coach(?:es)?|minibus(?:es)?|"
                        r"vans?|vehicles?) carrying (?:[\w,-]+ ){0,3}?(?:passengers|commuters|pilgrims|tourists|"
                        r"travell?ers|civilians)|(?:convoys? of )?passenger (?:trains?|bus(?:es)?|coach(?:es)?|"
                        r"vehicles|vans|cars))\b|"
                        for verb in ("attacked", "ambushed", "attacks", "ambush", "attack"))
              # a ship pirates or rebels seized, their hijacking: "Somali pirates seize bulk carrier" (had been a ground
              # operation)
              + "".join(rf"{who}\b[^.;]{{0,40}}?\bseiz(?:e|ed|es|ing)\b{_SHIP_SEIZED}|" for who in _HIJACKERS)
              # a ship armed men or pirates boarded, their raid at sea: "Five robbers armed with knives boarded a bulk
              # carrier in the eastbound lane of the Singapore Strait", "six men armed with M16 rifles climbed aboard
              # about 12 nautical miles south of Jolo" (had made no event, or a statement); not the navy's boarding
              + "".join(rf"{who}\b[^.;]{{0,60}}?\b(?:boarded|climbed aboard|clambered aboard)\b|" for who in _BOARDERS)
              # (or told in the passive: "The dhow ... was boarded by at least seven armed men on Sunday about 40
              # nautical miles east of Eyl", "The trawler was boarded on September 2 about 60 nautical miles southwest
              # of Sao Tome island by gunmen who arrived in a skiff")
              + r"boarded\b(?:(?<=was boarded)|(?<=were boarded))[^.;]{0,100}?\bby (?:[\w-]+ ){0,3}?(?:"
              + "|".join(_BOARDERS) + r")\b|"
              # ... or fired on: "Pirates in a skiff fired on a Malta-flagged tanker in the Gulf of Aden on Thursday"
              # (had been a ground operation), "pirates fired on a tanker about 25 nautical miles west of Bioko
              # island" (had made no event)
              + "".join(rf"{who}\b[^.;]{{0,40}}?\b(?:fired|opened fire) (?:on|at)\b{_SHIP_SEIZED}|" for who in _BOARDERS)
              # a ship hijacked, told in the passive: "when it was hijacked on April 2 about 380 nautical miles east of
              # Mogadishu" (had made no event)
              + r"hijacked\b(?:(?<=was hijacked)|(?<=were hijacked)|(?<=been hijacked))|" +
              # the killing's marks: "beheading one man", "police found five bodies dumped on a road"
              r"behead(?:ed|ing|ings|s)?\b|decapitated|"
              r"bod(?:y|ies) (?:[\w-]+ ){0,6}?(?:dumped (?:on|in|at|along|near|beside|by|outside|under)|mutilated|dismembered|decapitated|riddled with bullets|"
              r"with (?:gunshot|bullet|stab) wounds|(?:showing|bearing|with) signs of torture)\b|"
              r"mutilated bod|dismembered bod|bullet-riddled bod|decapitated bod|headless bod|"
              # a lone shooter's fire, a mass shooting, unless aimed at the forces (a battle's): "A shooter fired
              # through the windows of a church during a Mass for students at Annunciation Catholic School in
              # Minneapolis on Wednesday morning, killing two children" (had been the police's statement)
              + "".join(rf"{who} (?:fired|shot)\b(?! (?:on|at|towards?) (?:an? |the )?(?:[\w-]+ ){{0,3}}?{_FORCE_TARGETS})|"
                        for who in ("shooter", "gunman", "gunmen", "sniper"))
              # a vehicle driven into people: "A man drove a car into a crowd of demonstrators in Munich", or into
              # the market or festival they throng, someone's hand on the wheel: "A driver slammed a car into a busy
              # outdoor Christmas market in the eastern German city of Magdeburg" (had been the officials' statement;
              # a truck that only "slammed into a market" may have lost its brakes, an accident)
              + "".join(rf"{verb} (?:an? |his |her |the )?(?:[\w-]+ ){{0,2}}?(?:car|vehicle|truck|van|lorry|suv|bus)s? "
                        r"into (?:an? |the )?(?:[\w-]+ ){0,3}?(?:crowds?|people|pedestrians|protesters|demonstrators|"
                        r"shoppers|(?:christmas )?markets?|festival-?goers|revell?ers|worshippers|parades?)\b|"
                        for verb in ("drove", "slammed", "rammed", "ploughed", "plowed", "steered"))
              + "".join(rf"{verb} into (?:an? |the )?(?:[\w-]+ ){{0,2}}?(?:crowds?|pedestrians|protesters|demonstrators|"
                        r"shoppers|people)\b|" for verb in ("ploughed", "plowed", "rammed", "slammed"))
              # the vehicle itself the subject: "a car drove into a group of students blocking a road in
              # Belgrade, injuring one young woman"
              + r"drove\b(?:" + "|".join(rf"(?<={vehicle} drove)" for vehicle in ("car", "vehicle", "truck", "van",
                                                                              "lorry", "suv"))
              + r") into (?:an? |the )?(?:group of |crowd of |line of )?(?:[\w-]+ ){0,2}?(?:crowds?|pedestrians|"
              r"protesters|demonstrators|students|marchers|people|"
              # ... or a family or the fans out in the street: "In Grenoble, a car drove into a family celebrating
              # the victory, injuring four people" (had been the prosecutors' statement)
              r"famil(?:y|ies)|fans|supporters)\b|"
              # a roadside bomb's or a mine's blast (ACLED's remote explosive, coded as other bombs are here):
              # "their vehicle hit an improvised explosive device in Mandera county"
              # (each opens with the device, rarer than "hit")
              + "".join(rf"{last}\b(?:" + "|".join(rf"(?<={verb} {article}{device})"
                                                   # (and their -ing forms: "a Thai soldier lost his leg after
                                                   # stepping on a land mine in Si Sa Ket province", had been no
                                                   # event)
                                                   for verb in ("hit", "struck", "stepped on", "ran over", "triggered",
                                                                "detonated", "hitting", "striking", "stepping on",
                                                                "running over", "triggering")
                                                   for article in ("an ", "a ", "the ")
                                                   for device in devices) + ")|"
                        for last, devices in (("device", ("improvised explosive device", "explosive device")),
                                              ("bomb", ("roadside bomb",)), ("ied", ("ied",)),
                                              ("mine", ("landmine", "land mine", "roadside mine", "mine"))))
              # a fire set on purpose, an arson attack: "A fire was started at a former hotel ... in Rotherham ...
              # in what it described as a deliberate attack"
              + r"fires? (?:was |were )?(?:started|set|lit)\b(?=[^.]{0,160}\b(?:deliberate|arson|on purpose|"
              r"intentional))|deliberately (?:started|set|lit)\b|"
              # maritime force on unarmed vessels, one-sided as ACLED's attacks are (no battle: a water cannon is
              # no weapon, and the other side does not fire back): "Chinese coast guard ships fired water cannon at
              # two Philippine government vessels", "rammed a Philippine supply boat"
              r"cannon(?<=water cannon)s?\b(?= (?:\w+ ){0,2}?(?:at|on|against) (?:[\w-]+ ){0,4}?(?:vessels?|boats?|ships?|"
              r"trawlers?|fishermen|crews?)\b)|water-cannon(?:ed|ing)|"
              r"rammed (?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:vessels?|boats?|ships?|trawlers?)\b|"
              # a merchant ship struck at sea, told in the passive, its attacker untold: "The tanker, carrying about one
              # million barrels of crude oil, was struck on August 21 off the Yemeni port of Hodeidah" (had made no
              # event); not by the sea itself ("was hit by a wave")
              + "".join(rf"{craft}s?\b[^.;]{{0,80}}?\b(?:was|were|had been|has been) (?:struck|hit)\b"
                        r"(?! by (?:an? |the )?(?:[\w-]+ )?(?:waves?|storms?|lightning|typhoon|cyclone|hurricane|rocks?|"
                        r"reefs?|ice|wind|weather)\b)"
                        # (nor by a working craft, a collision's: see ``_COLLIDING_CRAFT``)
                        rf"(?! by (?:an? |the )?(?:[\w-]+ )?{_COLLIDING_CRAFT})|"
                        for craft in ("tanker", "vessel", "freighter", "bulk carrier", "cargo ship", "container ship",
                                      "merchant ship"))
              +
              r"rammed\b(?:(?<=was rammed)|(?<=were rammed))(?= by (?:an? |the )?(?:[\w-]+ ){0,3}?(?:vessels?|ships?|"
              r"boats?|trawlers?|cutters?|coast guard))|"
              # a ship sunk by those who attacked it (not one that sank: "a migrant boat sank off Lampedusa"):
              # "Yemen's Houthis said on Thursday they had sunk the Liberian-flagged bulk carrier Eternity C"
              + "".join(rf"{verb}\b(?<!ship {verb})(?<!boat {verb})(?<!vessel {verb})(?<!ferry {verb})(?<!storm {verb})"
                        r" (?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:ships?|vessels?|carriers?|tankers?|freighters?)\b|"
                        for verb in ("sunk", "sank")) +
              # live fire on a crowd, not tear gas: "troops fired at crowds in Mandalay, killing 20"
              # (and fired at random at a bar's or a rank's patrons, a mass shooting: "The attackers arrived in a
              # minibus and fired indiscriminately at patrons in Orlando East", which had been the police's statement)
              r"fired (?:live (?:rounds|ammunition|bullets) )?(?:indiscriminately |randomly |at random )?"
              r"(?:at|on|into) (?:the |a )?(?:crowds?|protesters|"
              r"demonstrators|civilians|worshippers|mourners|villagers|students|patrons|customers|revell?ers|"
              r"commuters|passengers|shoppers|diners|guests|drinkers|partygoers)\b|"
              # a weapon's fire that killed, not a blaze's ("Gunfire killed three at a wedding",
              # "Israeli fire killed five"; "the fire killed" is an accident)
              r"fire(?:" + "|".join(rf"(?<={weapon})" for weapon in _WEAPON_FIRES)
              + r") (?:killed|kills|killing|wounded|wounding|injured)\b"
              r"(?! (?:\w+ ){0,4}(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police officers?)\b)|"
              # the same fire told in the passive: "Elsewhere, at least 19 people were killed by Israeli fire while
              # waiting for aid trucks near the Zikim crossing" (had been a statement); not a blaze's ("killed by
              # the fire"), nor soldiers' (a battle's: "two soldiers were killed by Hamas fire")
              + "".join(rf"{harmed}\b" + "".join(rf"(?<!{who} was {harmed})(?<!{who}s were {harmed})"
                                                 for who in _FORCE_NOUNS + ("troop",))
                        + r" by (?:[\w'\u2019-]+ ){0,2}?(?:gun)?fire\b(?:"
                        + "|".join(rf"(?<={weapon})" for weapon in _WEAPON_FIRES) + ")|"
                        for harmed in ("killed", "wounded", "injured"))
              + r"car bomb|shot dead|shot and killed|gunned down|stabbed|hacked to death|"
              # a grenade's: "A grenade attack on a bar in Cartagena injured six people" (had made no event)
              r"grenade attacks?\b|"
              # migrants smugglers drove into the sea: "Smugglers threw migrants overboard off Djibouti, killing at
              # least 45" (had made no event)
              + "".join(rf"{verb} (?:[\w-]+ ){{0,4}}?overboard\b|" for verb in ("threw", "forced", "pushed")) +
              # captives fired on: "Prison guards fired on inmates trying to escape from Makala prison in Kinshasa,
              # killing 129" (had made no event)
              r"fired (?:on|at) (?:the )?(?:[\w-]+ )?(?:inmates|prisoners|detainees)\b|"
              # the victim told between: "Unknown assailants hacked a farmer to death in Benue" (had made no event)
              r"hacked (?:an? |the |two |three |four |five |\d+ )?(?:[\w-]+ ){1,2}?to death\b|"
              # a bomb left at a building, that went off ("In the northern city of Trujillo, an explosive device
              # damaged the facade of a prosecutor's office on Saturday" had made no event), not one defused
              r"device(?<=explosive device)s? (?:(?:was|were|had been) )?(?:exploded|detonated|went off|damaged|"
              r"destroyed|blew)\b|"
              # gunfire where people gather, not a battle's: "Two people were killed and five others were wounded
              # when gunfire erupted at a Fourth of July gathering in the city's Englewood neighborhood"
              r"gunfire (?:erupted|rang out|broke out) (?:at|inside|outside|in|near) (?:an? |the )?(?:[\w'\u2019-]+ ){0,4}?"
              r"(?:gathering|party|parties|cookout|barbecue|bar|pub|club|nightclub|school|mall|store|shop|restaurant|"
              r"church|celebration|festival|parade|concert|wedding|funeral|vigil|home|house|park)\b|"
              # local news' crimes against people: "was shot in the leg", "a stabbing", "was assaulted"
              # (not of soldiers or police, which is battle: "a soldier was shot near Bakhmut")
              r"shot\b(?:(?<=was shot)|(?<=were shot))(?! down)"
              + "".join(rf"(?<!{who} was shot)(?<!{who}s were shot)" for who in _FORCE_NOUNS)
              # (nor a film's: "The film was shot over 28 days in Lagos and in Ibadan and Ijebu-Ode")
              + "".join(rf"(?<!{work} was shot)(?<!{work}s were shot)" for work in _FILMED_WORKS) +
              # (nor a work named by its title: 'whose "Lingui" was shot in N'Djamena')
              r"(?<![\"\u201d] was shot)"
              r"|shot and (?:wounded|injured)|"
              # (not a trial, a case, a memorial, a film or a sport: "the shooting trial", "victims of the
              # shooting", "shooting of the film", "the shooting event")
              r"shootings?\b(?! down)(?! (?:range|star|guard|club|practice|film|season|schedule|trial|case|event|"
              r"competition|victims?|suspect|inquiry|investigation|hearing|sports?)\b)"
              r"(?! of (?:the |a )?(?:film|movie|series|video|scenes?))(?<!victims of the shooting)|stabbings?\b|"
              # (not a charge, a verdict or a trial: "convicted of aggravated assault", "the murder trial")
              r"assaulted|aggravated assault\b(?<!of aggravated assault)(?<!with aggravated assault)"
              r"(?! (?:charges?|counts?|trial|case|conviction)\b)|"  # ("indicted on aggravated assault charges")
              # an assault on a person ("charged in connection with a serious assault on a woman in Mallow"), not
              # the charge ("charged with assault causing serious harm")
              rf"assault\b(?<!of assault)(?<!with assault)(?= (?:on|of) {_A_PERSON})|"
              r"assault\b(?:(?<=serious assault)|(?<=violent assault))(?<!of serious assault)(?<!with serious assault)"
              r"(?! (?:charges?|trial|case|conviction)\b)|"
              r"sexual(?:ly)? assault(?:ed)?\b(?<!of sexual assault)(?<!with sexual assault)|"
              # the crime a court tells, by its victim: "pleaded guilty ... to murdering Daniel Nguyen, 38, in Dandenong
              # in August 2023", "sentenced a 41-year-old man to death for killing his wife and two children at their
              # home in Yelahanka in 2021", "jailed for the manslaughter of his wife in Caerleon" (had made no event)
              rf"killing\b(?:(?<=for killing)|(?<=of killing)) {_A_PERSON}|manslaughter of {_A_PERSON}|"
              # (one's own kin, a crime's wherever it is told, as the past a court's "for" turns to is: "killing his
              # wife and two children")
              r"killing (?:his|her|their) (?:own )?(?:wife|husband|partner|girlfriend|boyfriend|mother|father|"
              r"parents|sons?|daughters?|child(?:ren)?|baby|brother|sister)\b|"
              # a blow or a blade on a person: "after he was punched outside a nightclub in Ennis in 2023", "Dunn
              # attacked the 44-year-old woman with a kitchen knife at the school in North Parramatta" (had made none)
              r"punched\b(?:(?<=was punched)|(?<=were punched))|"
              # a person shot, told in the active: "A man who shot a convenience store clerk during a robbery in
              # Savannah was sentenced Wednesday" (had made no event); an assault alleged where it happened: "charged
              # a 15-year-old boy over an alleged assault at a school in Campbelltown on Monday" (had been a statement)
              rf"shot {_A_PERSON}|"
              r"assault\b(?<=alleged assault)(?= (?:at|in|outside|near|inside) )|"
              rf"attacked {_A_PERSON}(?:,? (?:aged )?\d+,)? with (?:an? |his |her |their )?(?:[\w-]+ ){{0,2}}?"
              r"(?:knife|knives|machetes?|hammers?|axes?|bats?|iron rods?|rods?|sticks?|swords?|bottles?|acid)\b|"
              r"murder(?:ed|s|ing)?\b(?<!of murder)(?<!with murder)(?<!intent to murder)(?<!conspiracy to murder)"
              # (a charge's degree: "six counts of first-degree murder")
              r"(?<!degree murder)(?<!degree murders)"
              r"(?<!attempt to murder)(?<!solicitation to murder)(?! (?:trial|case|charges?|inquiry|investigation|"
              r"suspect|conviction|hearing|probe)\b)(?! (?:\w+ ){0,5}" + _FORCES + ")|"
              # (a word of its own: "Toronto's Pearson airport", "Carson City" had been arson attacks)
              r"arson\b(?<!\warson)(?<!of arson)(?<!with arson)(?! (?:charges?|trial|case|suspect|investigation|inquiry)\b)|"
              # (each alternative opens with a word, which cues.LeadingWords looks for first)
              r"explosions? (?:in|of) an? (?:car|vehicle|parked car|motorcycle)\b|"
              r"blasts? (?:in|of) an? (?:car|vehicle|parked car|motorcycle)\b|"
              r"roadside (?:explosions?|blasts?)\b|ied (?:explosions?|blasts?)\b|"
              # a blast that damaged a pipeline or a railway, sabotage's (ACLED's remote explosive): "An explosion
              # damaged a section of gas pipeline in the Myrhorod district of Poltava Oblast overnight on May 12",
              # "an explosion that damaged a railway line used to carry aid to Ukraine" (had made no event)
              + "".join(rf"{noun}s? (?:that |which )?(?:damaged|destroyed|ruptured|severed) (?:an? |the )?(?:section "
                        r"of (?:the |an? )?)?(?:[\w-]+ ){0,2}?(?:pipelines?|railway lines?|rail lines?|railway tracks?|"
                        r"tracks|power lines?|pylons?)\b|" for noun in ("explosion", "blast"))
              + "".join(rf"{site} bombings?\b|" for site in _BOMBED_SITES) +
              # (several as one: "Several crude bombs exploded in Dhaka on the eve of the verdict, police said." had been
              # a statement)
              r"bombs? (?:blast|attack|exploded|went off)|bombs?\b[^.;]{0,40}\bkill(?:ed|ing|s)?\b|"
              # (not a wild animal's, a mishap: "The Environment Ministry says bear attacks have killed at least seven
              # people nationwide", ``accident``)
              r"\battack(?:s|ed)?\b" + "".join(rf"(?<!{animal} attack)(?<!{animal} attacks)(?<!{animal}s attack)"
                                              rf"(?<!{animal} attacked)(?<!{animal}s attacked)"
                                              for animal in _WILD_ANIMALS)
              + r"[^.;]{0,60}\bkill(?:ed|ing|s)?\b(?! (?:\w+ ){0,5}" + _FORCES + ")|"
              # the places attacked listed before the toll: "RSF fighters attacked El Fasher, the capital of North Darfur,
              # and the nearby Zamzam and Abu Shouk displacement camps, killing at least 62 people" (had been a
              # statement in El Fasher), and what else they did before it: "Gang members armed with assault rifles
              # attacked the town of Petite-Riviere-de-l'Artibonite before dawn on Sunday, burning homes and killing at
              # least 15 people, local officials said" (had been the officials' statement)
              r"\battacked\b[^.;:\"\u201c\u201d]{1,160}?,(?: [\w-]+){0,3}? (?:and )?killing\b(?! (?:\w+ ){0,5}"
              + _FORCES + ")|"
              + "".join(rf"\b{who}\b(?<!between {who})(?<!with {who})(?<!rival {who})[^.;]{{0,60}}\bkill(?:ed|ing|s)?\b"
                        rf"(?! (?:\w+ ){{0,5}}{_FORCES})|"
                        for who in _ASSAILANTS)
              # (a count before: "a day after they blew up more than a dozen buildings in the Jenin camp")
              + "".join(rf"{verb} (?:(?:more than|at least|about|nearly|some) )?(?:the |an? )?(?:\w+ ){{0,3}}"
                        rf"(?:{_TARGETS})\b|" for verb in _ATTACK_VERBS) +
              # a place that gangs or bandits attacked, by its name, not forces: "On Monday gangs attacked Kenscoff,
              # a hillside community above the wealthier suburb of Pétion-Ville, forcing hundreds of families to
              # flee" (had made no event)
              # (the day told between: "Gunmen on Tuesday night attacked the custodial centre in Koton Karfe, Kogi
              # State, freeing 12 inmates" had been the prison service's statement)
              "".join(rf"{who}{_RAIDERS_ASIDE} {_RAIDED_ON_A_DAY}(?:[\w-]+ ){{0,2}}?attacked\b"
                      rf"(?! (?:[\w-]+ ){{0,5}}?{_FORCE_TARGETS})|"
                        for who in _RAIDERS) +
              # ... or freed a prison's inmates, the raid on it: "In March 2024, gangs freed more than 4,000 inmates
              # from the National Penitentiary in Port-au-Prince" (had made no event; not prisoners a court freed)
              "".join(rf"{who} (?:[\w-]+ ){{0,2}}?freed (?:more than |at least |about |some |over |nearly )?"
                      r"(?:[\d,]+|hundreds of|thousands of|dozens of) (?:inmates|prisoners|detainees)\b|"
                      for who in _RAIDERS + ("militants", "attackers", "insurgents", "jihadists")) +
              # ... or stormed, the town by its name or told before: "Aid groups have evacuated staff from the central
              # town of Mirebalais after gangs stormed it on Monday" (had been a statement)
              "".join(rf"{who} (?:[\w-]+ ){{0,2}}?stormed\b(?! (?:[\w-]+ ){{0,5}}?{_FORCE_TARGETS})|"
                        for who in _RAIDERS) +
              # homes that gangs or bandits burned, an attack on civilians: "On Monday gangs burned homes in
              # Mirebalais, a town in the Centre department" (had made no event; "burned down" is any attacker's)
              "".join(rf"{who} (?:[\w-]+ ){{0,2}}?(?:burned|burnt) (?:(?:more than|at least|about|nearly|some|dozens of|"
                      rf"hundreds of|scores of) )?(?:the |an? )?(?:[\w-]+ ){{0,2}}?(?:{_TARGETS})\b|"
                      for who in _RAIDERS) +
              # where civilians live: "gang members attacked communities in the mountain commune of Kenscoff"
              r"attacked (?:the |an? |several |two |three )?(?:[\w-]+ ){0,2}?(?:communities|villages?|"
              r"neighbou?rhoods|settlements|homes|hamlets|"
              # ... or those who live and work there: "The raiders, believed to be from the Pokot community, attacked
              # herders at Kagir in Baringo North sub-county" (had been the police commander's statement)
              r"villagers|herders|herdsmen|farmers|fishermen)\b|"
              # a taxi ambushed, South Africa's taxi wars, gunmen's killing of drivers and commuters (ACLED's attack on
              # civilians), not an armed clash: "four people were killed in a taxi ambush on the N2 near Umlazi" (had
              # been a ground operation)
              r"taxi ambush(?:es)?\b|ambush(?:ed|es)? (?:on )?(?:an? |the )?(?:minibus )?taxis?\b|"
              # an armed robbery, the robbers' violence against those they rob (an attack on civilians): "Three armed
              # men robbed a jewellery shop in Antwerp's diamond district on Thursday afternoon", "Armed robbers looted
              # around Rs 5 crore in cash and jewellery from a private bank branch in Bihar's Arrah town on Monday"
              # (had been the police's statements); not the charge ("charged with armed robbery"); what they storm is
              # a raid's, the raiders' (``_RAIDERS``), not told beside other news ("Explosions were reported in Quito,
              # Cuenca and Esmeraldas, and armed men stormed a television studio")
              + "".join(rf"{who}\b[^.;]{{0,40}}?\b(?:robbed|looted|raided|attacked|ambushed|rammed|held up)\b|"
                        for who in _ROBBERS)
              # ... or those it robs held or forced at gunpoint: "A gang held staff at gunpoint at a bank branch in
              # Tallaght on Friday morning" (had been the gardai's statement)
              + "".join(rf"{verb} (?:[\w'-]+ ){{0,6}}?at gunpoint\b|"
                        for verb in ("held", "holding", "robbed", "threatened", "forced", "ordered"))
              # a local official or a journalist killed in an ambush, a killing of a civilian, not an armed clash:
              # "On Sunday, a barangay chairman was also killed in an ambush in Santa Cruz, Laguna" (had been a ground
              # operation)
              + "".join(rf"{victim}s? (?:was |were )?(?:also )?(?:shot dead|killed|shot and killed) in an? ambush\b|"
                        for victim in ("chairman", "chairwoman", "mayor", "councilor", "councillor", "village chief",
                                       "village head", "journalist", "broadcaster", "candidate", "politician",
                                       "lawmaker",
                                       # ... or a civilian of the taxi wars, or on the road: "The shooting came two
                                       # days after two taxi owners were killed in an ambush on the R61 between Qumbu
                                       # and Tsolo" (had been a ground operation)
                                       "taxi owner", "taxi boss", "taxi driver", "taxi operator", "commuter",
                                       "passenger", "businessman", "trader", "farmer", "villager", "civilian"))
              # what was burned, told in the passive with no burner named: "In Matuu, Machakos County, shops were
              # looted and a police station was torched on Wednesday afternoon" (had made no event), "trucks were
              # torched near Ressano Garcia" (had been the authority's statement)
              + "".join(rf"{verb}\b(?:(?<=was {verb})|(?<=were {verb})|(?<=been {verb}))|"
                        for verb in ("torched", "set on fire", "set alight", "set ablaze")) +
              # ... or the fires set, an arson's: "Fires were set at signalling installations on the Atlantic, Northern
              # and Eastern lines near Courtalain, Croisilles and Vald'Yerres in the early hours, SNCF said" (had been
              # SNCF's statement); not a fire set to clear land
              r"fires (?:were|had been|have been) (?:deliberately )?set\b(?! to clear)|"
              r"fire (?:was|had been|has been) (?:deliberately )?set\b(?! to clear)|" +
              r"attacked\b(?:(?<=was attacked)|(?<=were attacked))"
              r"(?! (?:on|in|by|over|for|as) (?:social|the press|critics|"
              r"the opposition|opposition|cyber|hackers|ransomware|a bear|a dog|dogs|a shark|lawmakers|rivals))|"
              # a ship attacked at sea: "On Sunday, the Houthis attacked the Liberia-flagged bulk carrier Magic Seas
              # in the Red Sea, forcing its crew to abandon ship"
              # (not a war's tally: "the Houthis have attacked more than 100 merchant ships in the Red Sea")
              # bodies the police found, the cartels' and the death squads' killings (ACLED's attack): "Earlier on
              # Saturday, police found the bodies of four men in a ravine near Celaya" (had made no event); not the
              # rescuers' in the rubble or at sea, a disaster's or a wreck's
              + "".join(rf"{who} (?:[\w-]+ ){{0,2}}?(?:found|discovered) (?:the )?bodies of\b{_NOT_MIGRANTS}|"
                        for who in ("police", "authorities", "prosecutors", "investigators", "soldiers", "officers"))
              # ... or counted: "Mexican authorities found 12 bodies in the state of Guerrero, near the resort city of
              # Acapulco, prosecutors said" (had been a statement); not those a disaster or a wreck left
              + "".join(rf"{who} (?:[\w-]+ ){{0,2}}?(?:found|discovered) (?:[\d,]+|two|three|four|five|six|seven|eight|"
                        r"nine|ten|eleven|twelve|dozens of|several|more) (?:more )?bodies\b"
                        r"(?![^.;]{0,60}?\b(?:rubble|mud|debris|wreck|wreckage|water|waters|river|sea|beach|shore|flood|"
                        r"landslide|collapsed|buried|crash|fire|burned|charred)\b)|"
                        for who in ("police", "authorities", "prosecutors", "investigators"))
              + r"bodies\b[^.;]{0,60}?\b(?:dumped|with gunshot wounds|riddled with bullets|bound and|bearing signs of "
              r"torture|showing signs of torture)\b|"
              r"attacked\b(?<!have attacked)(?<!has attacked)(?<!had attacked) (?!(?:more|over|at least|about|nearly|"
              r"dozens|hundreds|scores|\d)\b)(?:the |an? |two |three )?(?:[\w-]+ ){0,3}?(?:ships?|vessels?|carriers?|"
              r"tankers?|freighters?|"
              r"merchant ships?)\b|"
              # a ship hit at sea, the maritime agencies' words: "A ship was hit by an unknown projectile in the
              # Red Sea, 10 nautical miles west of the Yemeni port of Mokha", "a second vessel reported an
              # explosion in its vicinity 24 nautical miles west of the port of Mokha" (both had been statements)
              + "".join(rf"{ship}s? (?:was |were |had been |has been )?(?:hit|struck) by (?:an? |the |two |three )?"
                        r"(?:[\w-]+ ){0,2}?(?:projectiles?|missiles?|drones?|rockets?|explosives?|skiffs?|"
                        r"unmanned surface vessels?)\b|"
                        for ship in ("ship", "vessel", "tanker", "carrier", "freighter"))
              + r"explosions? in (?:its|the ship's|the vessel's) (?:vicinity|proximity|close proximity)\b|"
              r"attacked (?:the |an? )?(?:\w+ ){0,3}(?:village|civilians|students|worshippers|church|mosque|bus|convoy|"
              r"school|hospital|market|displacement camp|camp for)|"
              # an aid convoy or aid stores looted, an aid convoy ambushed or raided: an attack on what feeds civilians
              # (ACLED's looting), no disaster nor statement: "Armed youths looted a convoy of barges carrying food aid
              # on the Nile near Nasir" (had been the cholera's disaster); not an army's convoy ambushed, a battle
              + "".join(rf"{verb} (?:an? |the |two |three |several )?(?:[\w-]+ ){{0,3}}?(?:convoys?|{_AID_STORES})\b|"
                        for verb in ("looted", "plundered"))
              + "".join(rf"{verb} (?:an? |the |two |three |several )?(?:[\w-]+ ){{0,2}}?(?:aid|food|relief|"
                        r"humanitarian|WFP|UN|U\.N\.) (?:[\w-]+ )?(?:convoys?|trucks?|lorries|warehouses?|"
                        r"distribution (?:sites?|points?|centres?|centers?))\b|"
                        for verb in ("ambushed", "raided", "attacked", "hijacked"))
              # people killed or shot where aid is handed out: "At least 31 Palestinians were killed and more than 170
              # wounded on Sunday as crowds gathered near an aid distribution site run by the Gaza Humanitarian
              # Foundation in Rafah" (had been a statement)
              + "".join(rf"{verb}\b[^.;]{{0,80}}?\b(?:near|at|around|outside|close to|on (?:the|their) way to) "
                        r"(?:an? |the )?(?:[\w-]+ ){0,2}?(?:aid|food) distribution (?:sites?|points?|centres?|centers?|"
                        r"hubs?)\b|"
                        for verb in ("killed", "shot"))
              # the attack named as a noun, on where civilians live or gather: "The attack on the village of
              # Intazayene in the Tillia department on Monday was carried out by "armed bandits"" (had been a
              # statement); an army's base or post is a battle's (see the ground operations)
              # the attack told, then where it happened: "The attack took place near Banibangou, close to the border
              # with Mali, the ministry said in a statement" (had been a statement)
              # (its attackers named between: "The attack by the Allied Democratic Forces took place early Sunday in
              # Komanda, a town in Ituri province, said Dieudonne Duranthabo", which had been his statement)
              + "".join(rf"{noun} (?:by (?:the )?[^.;,]{{1,60}}? )?(?:took place|occurred|happened)\b|"
                        for noun in ("attack", "attacks"))
              # ... or by the armed men who carried it out, its day and place between: "The attack on Monday morning in
              # Djibo, a town in the Soum province, was carried out by dozens of fighters on motorbikes, the army said"
              # (had been the army's statement)
              + "".join(rf"{noun}\b(?=[^.;]{{0,100}}?\b(?:was|were) carried out by (?:[\w-]+ ){{0,3}}?(?:fighters|gunmen|"
                        r"militants|jihadists|assailants|attackers|insurgents|bandits|terrorists|rebels)\b)|"
                        for noun in ("attack", "attacks"))
              # ... or what it targeted, a village, not an army's post (a battle's: see the ground operations): "The
              # attacks targeted Zike village in the Bassa local government area late on Monday, said Joseph Chudu"
              # (had been his statement)
              + "".join(rf"{noun} {_TARGETED}(?! (?:an? |the )?(?:[\w'\u2019-]+ ){{0,2}}?{_ARMED_SITES})|"
                        for noun in ("attack", "attacks"))
              # ("The assault on the village of Um Kadada began Sunday afternoon" had been a battle)
              + "|".join(rf"{noun} on (?:an? |the )?(?:[\w-]+ ){{0,2}}?{_CIVILIAN_SITES}\b"
                         for noun in ("attack", "attacks", "assault", "assaults"))),
    # Floods, earthquakes and fires, which report writers map beside conflict: ACLED has no type
    # for them. "flooded" is left out: protesters flood streets.
    EventType("disaster", "Disaster", "Strategic developments", "Other", "#827717",
              # (not what guards against floods: "another $100 million for flood protection at Havelock North",
              # "because they stood in the newly drawn flood zone")
              # (nor the works built against them: "the money would be better spent on flood defences for Jakarta"; but
              # see the water over them below)
              # (nor a place liable to them: "flood-prone areas in Secunderabad ... would be covered in the second phase")
              r"\bfloods?\b(?! of)(?!-(?:prone|risk|resistant|resilient|proof|plains?|zones?|control|defen[cs]es?)\b)"
              r"(?! (?:protection|zones?|risk|plains?|insurance|maps?|prevention|mitigation|"
              r"management|defen[cs]es?|barriers?|walls?|levees?|infrastructure|resilience)\b)"
              # (nor what a dam does: "Officials in Port Sudan ... say the Ethiopian dam regulates floods")
              + "".join(rf"(?<!{verb} flood)(?<!{verb} floods)" for verb in (
                  "regulate", "regulates", "control", "controls", "prevent", "prevents", "tame", "tames", "reduce",
                  "reduces", "mitigate", "mitigates", "absorb", "absorbs")) +
              r"|flooding|deluges?\b|floodwaters?|flood waters|flash floods?\b(?! of)|"
              # water over the works built against it: "Further upstream the river spilled over flood defences in
              # Ramsbottom", "the Guaiba rose to a record 5.35 metres, overwhelming the city's flood defences"
              + "".join(rf"{verb} (?:the |its |their )?(?:[\w'\u2019-]+ )?flood (?:defen[cs]es|barriers?|walls?|"
                        r"levees?)\b|"
                        for verb in ("spilled over", "spilt over", "poured over", "overwhelmed", "overwhelming",
                                     "overtopped", "overtopping", "breached", "breaching", "burst through"))
              # a volcano's ash where it fell, reported (not one feared: see the forecasts): "Ashfall was reported in
              # La Castellana, Moises Padilla, La Carlota City and Bago City in Negros Occidental" (had been a statement),
              # "Ash fell on the towns of Zafferana Etnea and Milo"
              + r"ashfall (?:was |were |has been |had been )?(?:also )?reported\b|ash ?fall (?:blanketed|covered|coated)\b|"
              r"ash (?:also )?fell (?:on|in|over)\b|"
              + r"earthquakes?(?<!political earthquake)(?<!political earthquakes)|\bquakes?\b|"
              # (not a team so named: "In Wellington, the Hurricanes were beaten 31-20 by the ACT Brumbies")
              # where a quake was centred: "The epicentre was in Pütürge district, about 25 km south-east of the city
              # of Malatya" (had been a statement)
              # a disaster declared, or a tree a storm felled: "Austria's Lower Austria province was declared a disaster
              # zone, with a firefighter killed in Tulln" (had made no event), "One person was killed by a falling tree
              # in Benguet province" (had been a statement)
              r"disaster (?:zone|area)s?\b|state of (?:disaster|calamity)\b|falling (?:trees?|branch(?:es)?)\b|"
              r"aftershocks?|epicent(?:re|er)s?\b|wildfires?|bushfires?|forest fires?|hurricane(?:s(?<!(?-i:Hurricanes)))?\b|typhoons?|cyclones?|"
              # weather that did harm, told by its winds and waves: "Seventeen fishermen were missing on Thursday after
              # strong winds and high waves battered the coast of Eastern Samar" (had been the coast guard's statement)
              + "".join(rf"{strong} (?:winds|waves|seas|swells?|gusts)\b[^.;]{{0,30}}?\b(?:battered|lashed|pounded|"
                        r"ripped through|tore through|swept|flattened|destroyed|damaged|wrecked)\b|"
                        for strong in ("strong", "high", "gale-force", "powerful", "fierce", "heavy", "violent",
                                       "hurricane-force", "huge"))
              +
              # a quake told by its shaking: "The shaking killed more than 500 people across Ishikawa Prefecture" (had
              # been an attack)
              r"shaking (?:killed|injured|damaged|destroyed|toppled|collapsed|flattened|brought down)\b|"
              # disasters counted by their dead, named by the weather that caused them: "Monsoon-related disasters
              # have killed 38 people in Nepal since late May" (had been an attack), "51 people have died in
              # rain-related incidents in the state"
              + "".join(rf"{cause}-related (?:disasters|incidents|accidents) (?:have |has |had )?(?:killed|claimed)\b|"
                        rf"{cause}-related deaths\b|died in {cause}-related (?:disasters|incidents|accidents)\b|"
                        # (the winter's too: "At least seven people died in snow-related accidents in Gilan and
                        # Mazandaran provinces", which had made no event)
                        for cause in ("monsoon", "rain", "weather", "flood", "storm", "snow", "cold", "ice"))
              + r"natural disasters (?:have |has |had )?(?:killed|claimed)\b|"
              r"landslides?\b(?! (?:victory|win|defeat|election|majority|vote))|mudslides?|tornado(?:es)?|"
              # a mudslide as Central Asia's and Russia's reports name it: "The mudflows hit the Boysun and Sariosiyo
              # districts on Saturday evening, damaging about 120 houses" (had been a statement)
              r"mudflows?|"
              r"droughts?\b(?! of)|\bstorms?\b(?! of)"
              # (nor the pipes that drain a street's rain: "The tunnel ... started in a residence in Nogales, Sonora,
              # and ended below a storm drain on the U.S. side" had been a disaster; but drains that overflowed are a
              # flood's: "In Makhachkala ... storm drains overflowed and streets turned into rivers")
              r"(?! (?:drains?|sewers?|drainage|culverts?)\b(?! (?:\w+ )?(?:overflow|flood|burst|back(?:ed)? up|"
              r"clogged|blocked|failed|were overwhelmed|overwhelmed)))"
              # (nor a team so named, that won or lost: "Melbourne Storm have beaten Penrith Panthers 24-18")
              r"(?!(?<=(?-i:Storm)) (?:have |has |had |were |was )?(?:beat|beaten|defeated|won|lost|drew|edged|"
              r"thrashed|clinched|routed|overcame|rallied)\b)"
              # (not a headline's verb: "Protesters storm parliament in Nepal as curfew imposed", had been a disaster)
              + "".join(rf"(?<!{who} storm)" for who in ("protesters", "demonstrators", "rioters", "crowds", "mobs",
                                                       "students", "supporters", "gunmen", "militants", "troops",
                                                       "soldiers", "police", "rebels", "fighters", "gangs", "youths",
                                                       # "Sudan: dozens dead as paramilitaries storm village in
                                                       # Gezira" (had been a disaster)
                                                       "paramilitaries", "jihadists", "insurgents", "bandits",
                                                       "attackers", "militiamen", "terrorists", "settlers", "forces"))
              # (nor the verb an attempt tells: "Militants rammed two explosive-laden vehicles into the wall of a
              # military compound ..., then tried to storm it" had been a disaster)
              + "".join(rf"(?<!{attempt} to storm)" for attempt in ("tried", "tries", "try", "trying", "attempted",
                                                                    "attempting", "sought", "seeking"))
              + r"|windstorms?|sandstorms?|dust ?storms?|hailstorms?|"
              r"volcanic eruptions?|"
              # (not what is built or planned against one: "the Clatsop County commission voted to delay funding for a
              # new tsunami evacuation tower in Warrenton" had been a disaster there)
              r"tsunamis?\b(?! (?:evacuation|preparedness|drills?|exercises?|sirens?|towers?|walls?|barriers?|"
              r"shelters?|routes?|signs?|maps?|hazard zones?|inundation zones?)\b)|heatwaves?|heat waves?|heat domes?|"
              # a heat wave told by its readings, a heat wave's (40 C and above, 100 F and above): "Temperatures soared
              # above 50 degrees Celsius in parts of northwestern India and southern Pakistan on Monday, with the desert
              # town of Phalodi in Rajasthan recording 50 C" (had been a statement)
              + "".join(rf"{verb} {_HEAT_READING}|" for verb in (
                  "soared", "soaring", "hit", "hitting", "topped", "topping", "reached", "reaching", "climbed",
                  "peaked", "surpassed", "exceeded", "recorded", "recording", "registered", "registering", "touched"))
              +
              r"blizzards?|avalanches?|cloudbursts?|landfall|"
              # ... and the cold's, told by its readings (minus 15 and below): "Temperatures in Kabul fell to minus 18
              # degrees Celsius overnight, and in Ghor province to minus 28", "Wind chills dropped to minus 45 in
              # Minneapolis" (had been statements)
              + "".join(rf"{verb} (?:to |below |as low as )?(?:a low of )?minus (?:1[5-9]|[2-9]\d)(?!\d)"
                        # (not a river's gauge: "The level at the Asunción port gauge dropped below minus 50
                        # centimetres this week")
                        r"(?!\s?(?:cm|mm|m|centimet(?:re|er)s|millimet(?:re|er)s|met(?:re|er)s|inch(?:es)?|feet|foot|"
                        r"per|%)(?!\w))|" for verb in (
                  "plunged", "plunging", "plummeted", "fell", "falling", "dropped", "dropping", "dipped", "sank",
                  "hit", "reached", "touched", "recorded", "registered"))
              +
              # the cold that does harm, as the heat's waves do: "In January 2023, a cold wave killed more than 160
              # people in Afghanistan", "Heavy snow and freezing temperatures have killed at least 12 people across
              # Afghanistan" (had been attacks), "An arctic blast driven by a stretched polar vortex sent temperatures
              # in Chicago to minus 20" (had made no event), "two men were found frozen to death outdoors" (had been a
              # statement)
              r"cold (?:waves?|snaps?|spells?)\b|cold-waves?\b|polar vortex\b|arctic blasts?\b|snowstorms?\b|"
              r"heavy snow(?:falls?|s)?\b|frozen to death\b|froze to death\b|"
              # (the heaviest of it, and the squall's whiteout, not its warning: "the heaviest snowfall in a decade
              # paralysed the capital", "A sudden snow squall caused a pileup of about 60 vehicles on Interstate 80",
              # which had made no event and a statement)
              r"heaviest snow(?:falls?|s)?\b|"
              r"snow squalls?\b(?! (?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?)\b)|"
              # (the snow a lake sheds, and the hearts that gave out clearing it: "Lake-effect snow buried the
              # Southtowns under more than four feet on Sunday", "Two men died of cardiac arrest while shoveling snow
              # in Cheektowaga and Lancaster", which had made no event and arrests)
              r"lake-effect snow\b(?! (?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?)\b)|"
              r"died [^.;]{0,40}?\bwhile (?:shoveling|shovelling|clearing) snow\b|"
              r"died (?:[\w-]+ ){0,2}?(?:of|from) (?:hypothermia|exposure|the cold)\b|"
              # a storm told by its name alone, hitting land with its winds (a clock's "p.m." between): "Ragasa slammed
              # into Calayan island in Cagayan province at about 3 p.m. with sustained winds of up to 215 kph (133 mph)"
              # (had been a statement)
              + "".join(rf"{verb} (?:into|onto|across|through) [^;]{{0,100}}?\bwith (?:maximum |peak |top )?"
                        r"(?:sustained )?winds\b|" for verb in ("slammed", "smashed", "crashed", "plowed", "ploughed",
                                                                "barreled", "barrelled", "tore", "swept"))
              # ... or coming ashore with them, or crossing the coast (a cyclone's words): "Erick came ashore about 10
              # miles west of Puerto Escondido, ..., with maximum sustained winds of 125 mph", "Ditwah crossed the coast
              # near Trincomalee on Friday" (had made no event; not a boat's "came ashore")
              + "".join(rf"{verb} ashore [^;]{{0,100}}?\bwith (?:maximum |peak |top )?(?:sustained )?winds\b|"
                        for verb in ("came", "comes", "coming"))
              # (not a crossing of the sea from a coast: "crossing the Atlantic from the coast of Mauritania")
              + "".join(rf"{verb} (?:the )?(?:(?!(?:from|to|of|off|along|towards?|into|the)\b)[\w-]+ ){{0,2}}?"
                        r"coast(?:line)?\b|"
                        for verb in ("crossed", "crosses", "crossing"))
              +
              # the heat's dead, counted: "The health ministry said 15 deaths in Andalusia had been linked to the heat
              # so far this month" (had been its statement), "heat-related deaths"
              # (not hedged: "though not all deaths could be attributed to the heat")
              r"deaths\b(?:(?!\b(?:could|can|may|might)\b)[^.;]){0,60}?\b(?:linked|attributed|related) to (?:the )?(?:extreme |intense )?(?:heat|heatwaves?|"
              r"heat waves?|high temperatures)\b|heat-related (?:deaths|illness(?:es)?)\b|"
              # a heatwave's dead: "In Odisha, at least 10 people died of suspected heatstroke on Thursday"
              # (not the aid against it: "Authorities have opened heatstroke centers in Thatta")
              + "".join(rf"{heat}\b(?! (?:centres?|centers?|clinics?|wards?|units?|camps?|beds?|kits?|prevention|"
                        r"awareness))|" for heat in ("heatstrokes?", "heat strokes?", "sunstrokes?")) +
              # an earthquake felt afar, where it did harm: "The tremor was also felt in Thailand, where a 30-story
              # building under construction collapsed in Bangkok, killing at least 18 people" (not markets' "sent
              # tremors", nor "Tremors were felt across the Zagros mountains")
              rf"tremors? (?:was |were )?(?:also )?(?:felt|struck|hit|jolted|shook|rocked)\b{_DID_HARM}|"
              # a volcano's eruption, not violence's or a protest's ("protests erupted in Nairobi"); the eruption of a
              # volcano named after it is one: "An eruption of Lewotobi Laki-laki in November 2024 killed nine people"
              # (had been no event), "the eruption of the Taal volcano"
              r"eruptions?\b(?! of\b(?! (?-i:[A-Z])| (?:the |a )?(?:[\w-]+ ){0,3}?volcano))|erupt(?:ed|s|ing)\b(?=[^.;]{0,80}\b(?:ash|lava|plumes?|crater|pyroclastic|volcan))|"
              r"\bmount [^.;]{0,40}?\berupt(?:ed|s|ing)\b|\bvolcano(?:es)?\b[^.;]{0,60}?\berupt(?:ed|s|ing)\b|"
              r"lava flows?|ash (?:columns?|clouds?|plumes?)|lahars?|"
              # a flood's toll told by its water: "a 70-year-old man drowned when his car was swept away by the
              # Magro river"
              # (or in the water, or carried off by it: "Two children were swept away in a stream in Pinetown on
              # Sunday afternoon as heavy rain lashed parts of KwaZulu-Natal", "a man died when his car was carried
              # off by a flooded river", which had been a statement and nothing)
              + "".join(rf"{verb} (?:by|in|into) (?:the |a |an )?(?:[\w-]+ ){{0,2}}?(?:floods?|floodwaters?|flood waters|"
                        r"rivers?|torrents?|waters|mudslides?|landslides?|streams?|creeks?|drains?|storm drains?|"
                        # (or by the snow that slid: "The two men, aged 35 and 42, were swept away by a slide in the
                        # Tignes-Val d'Isère area at about 2,800 metres", which had been a statement)
                        r"avalanches?|slides?|snowslides?|snow slides?)\b|"
                        for verb in ("swept away", "washed away", "carried away", "carried off"))
              +
              r"burned (?:more than |about |nearly |over |some )?[\d,.]+ (?:hectares|acres)|"
              # fires, plural, that broke out across provinces or forests: a wildfire season's, not a building's ("a
              # fire broke out"): "Fires also broke out in Jijel, Skikda and El Tarf provinces, near the border with
              # Tunisia" (had made no event)
              r"fires (?:also |later |have |had )?broke out (?:in|across) [^.;]{0,60}?\b(?:provinces?|forests?|"
              r"woodlands?|hills|mountains|countryside|national parks?)\b|"
              # (told as what the fire went on to do: "the largest of which started in Piodao on Wednesday and spread
              # to Arganil and Pampilhosa da Serra, burning more than 15,000 hectares" had been an accident there)
              r"burning (?:more than |about |nearly |over |some )?[\d,.]+ (?:hectares|acres)|"
              # (or scorched them: "has destroyed more than 5,000 structures and scorched 23,000 acres, according to
              # Cal Fire", which had been Cal Fire's statement)
              r"scorch(?:ed|ing) (?:more than |about |nearly |over |some )?[\d,.]+ (?:hectares|acres)|"
              # a fire that spread across the land, a wildfire (not one from a house to the next): "the fire in
              # Seferihisar had spread to the Doganbey area and crossed into the Menderes district overnight, damaging
              # dozens of homes" (had been the minister's statement)
              + "".join(rf"{fire}\b[^.;]{{0,60}}?\b(?:spread|spreading|crossed|jumped) (?:to|into|across) (?:the )?"
                        r"(?:[\w-]+ ){0,3}?(?:area|district|province|county|forests?|woodland|hills|mountains?|"
                        r"countryside|national park)\b|"
                        # (or leapt what a wildfire leaps: "the fire jumped a ridge overnight and destroyed at least
                        # 80 homes, local officials said" had been the officials' statement)
                        rf"{fire}\b[^.;]{{0,30}}?\b(?:jumped|leapt|crossed) (?:an? |the )?(?:[\w-]+ )?(?:ridges?|"
                        r"containment lines?|fire ?breaks?|canyons?|ravines?)\b|"
                        for fire in ("fire", "fires", "blaze", "blazes", "flames"))
              +
              # fires counted by the score, a fire season's: "In Buryatia, firefighters and paratroopers of the Aerial
              # Forest Protection Service were battling 38 fires, mostly in the Kurumkansky and Barguzinsky districts"
              # (had been a statement)
              r"battl(?:ed|ing|e) (?:more than |about |nearly |over |some |at least )?[\d,]+ (?:fires|blazes)\b|"
              # ... or told burning across a land, many at once: "More than 150 fires were burning in Quebec, where about
              # 10,000 people had been evacuated" (had been the officials' statement)
              r"fires (?:were|are|remained|remain) (?:still )?(?:burning|raging|out of control) (?:in|across|around|"
              r"throughout)\b|"
              # fires that swept a land or a town, not a building, told with the killing they did: "in 2017, fires in
              # Pedrogao Grande and surrounding areas killed 66 people", "a fire at the seaside town of Mati killed 104
              # people" (had been attacks; not a weapon's: "opened fire in the village of Kafr Malik, killing two")
              r"fires\b(?<!opened fires)(?= (?:in|across|around|near) [^.;]{0,60}?\bkill(?:ed|ing)\b)|"
              r"fire\b(?:(?<=\ba fire)|(?<=\bthe fire))(?= (?:in|at|near) (?:the |a )?(?:[\w-]+ ){0,2}?"
              r"(?:towns?|villages?|resorts?|regions?|areas?|hills|forests?|countryside)\b[^.;]{0,50}?\bkill(?:ed|ing)\b)|"
              # (or near a town, out in the open, not in a building of it: "A fire near Torrefarrera killed two farmers
              # on Tuesday", in a heatwave's Catalonia, had been an attack)
              r"fire\b(?:(?<=\ba fire)|(?<=\bthe fire))(?= near (?-i:[A-Z])[\w'\u2019-]*(?: (?-i:[A-Z])[\w'\u2019-]*){0,2} "
              r"(?:has |had )?kill(?:ed|ing)\b)|"
              # a wildfire named by its area, as fire services name them: "The Palisades Fire burned through another
              # 1,000 acres overnight", "the 2018 Camp Fire destroyed the town of Paradise" (had been a statement and
              # nothing; not "Cal Fire", a fire service's chief, "Ring of Fire", a headline's "Apartment Fire")
              r"fire\b" + _NAMED_FIRE_AFTER + r"(?! (?:department|dept|service|brigade|chief|station|authority|"
              r"district|protection|rescue|marshal|officials?|crews?|captain|commissioner|and|&)\b)|"
              # a river over its banks, a glacier fallen: "at least 25 people were killed when a river burst its banks
              # in the town of Petit-Goave", "A huge part of the Birch glacier in the Swiss Alps collapsed on Wednesday,
              # burying most of the village of Blatten" (had been statements)
              r"burst (?:its|their) banks|overflowed (?:its|their) banks|"
              # homes under water, counted ("flooded" alone is left out: protesters flood streets): "Rising waters on
              # the Lena River have flooded more than 400 homes in Russia's Sakha Republic" (had been a statement)
              r"flooded (?:(?:more than|about|nearly|over|some|at least|around|almost) )?[\d,]+ (?:homes|houses)\b|"
              # ... or above its danger mark, or a stream overflowed: "The Brahmaputra was flowing above the danger
              # mark at Nimatighat in Jorhat and at Dhubri" (had been statements), "after the Nullah Leh stream
              # overflowed following heavy rain"
              + "".join(rf"{verb} above (?:the |its |their )?danger (?:mark|level)s?\b|"
                        for verb in ("flowing", "flowed", "flows", "rose", "rising", "running", "ran", "remained")) +
              "".join(rf"{stream} overflowed\b|" for stream in ("river", "rivers", "stream", "streams", "nullah",
                                                               "creek", "canal"))
              # ... or flooded a town, the river its subject (not protesters): "The Niger River also flooded parts of
              # Bamako in Mali and Malanville in northern Benin, officials there said" (had been their statement)
              + "".join(rf"{stream} (?:also |then |again |has |have |had )?(?:flooded|inundated|submerged)\b|"
                        for stream in ("river", "rivers", "stream", "streams", "creek", "canal", "lake", "dam",
                                       "rains", "rainwater", "waters",
                                       # a breached dam's water: "Water from the Oskil reservoir inundated homes in
                                       # the villages of Kurylivka and Senkove" (had been a statement)
                                       "reservoir", "reservoirs",
                                       # and the sea's: "king tides had flooded homes in Betio and Bikenibeu on South
                                       # Tarawa twice this year" (had been the president's statement)
                                       "tide", "tides", "surge", "seawater", "sea"))
              # land under a flood's water: "Large parts of the Kaziranga National Park were under water, and forest
              # officials said ..." (had been statements)
              + "".join(rf"{verb} (?:still |partly |largely |mostly |completely |entirely )?(?:under ?water|submerged|"
                        r"inundated(?! (?:with|by) (?:calls|requests|applications|complaints|messages|letters)))\b|"
                        for verb in ("were", "was", "remained", "remains", "remain", "lay", "lie", "went")) +
              # a dam that gave way, and the flood it let go: "Last year, a dam burst near Mai Mahiu killed more than
              # 60 people" (had been an attack)
              # (or its collapse: "In 2015, the collapse of the Fundao dam at Samarco ... killed 19 people in Mariana",
              # which had been an attack; a mine's tailings dam is its mishap, an accident)
              r"dams?\b(?<!tailings dam)(?<!tailings dams)(?<!mining dam)(?<!mining dams)(?<!mine dam)(?<!mine dams) "
              r"(?:burst|breach|collapse|failure)s?\b|"
              r"collapse of (?:an? |the )(?:[\w-]+ ){0,3}?dams?\b(?<!tailings dam)(?<!tailings dams)|"
              # a drought told by the rains that failed: "Nearly 4.4 million people in Somalia face crisis levels of
              # hunger after poor rains in the Gu season left crops withered" (had been the UN's statement)
              r"poor rains|"
              # ... or by the crops it dried up: "In Gwembe district, farmers said their crops had dried up in the
              # fields after no rain fell for five weeks" (had been the farmers' statement)
              r"crops (?:had |have |have all |had all )?(?:dried up|withered|wilted|shrivell?ed)\b|"
              # (or that failed: "About 4.4 million Somalis face crisis levels of hunger or worse after failed rains in
              # the Gu season", which had been the UN's statement)
              r"failed rains\b|"
              # lightning that kills: "Lightning killed four people in Uganda's Arua district" (had made no event)
              r"lightning (?:(?:strikes?|bolts?) )?(?:killed|kills|struck|strikes)\b|"
              r"struck by lightning\b|killed by lightning\b|"
              # hunger that kills, a famine's toll (no one's statement): "At least 38 people, most of them children,
              # have died of hunger in the past week in the besieged city of El Fasher" (had been a statement)
              r"died (?:[\w-]+ ){0,2}?(?:of|from) (?:hunger|starvation|malnutrition|famine)\b|"
              r"starved to death\b|"
              r"deaths? (?:from|of|due to) (?:hunger|starvation|malnutrition|famine)\b|"
              r"famine (?:has |had )?(?:spread|was declared|has been declared|was confirmed|has been confirmed)\b|"
              # a famine told as under way, or its conditions confirmed: "Famine is occurring in Gaza City and is
              # projected to spread to Deir al-Balah", "famine conditions were confirmed in Um Kadada", "IPC confirms
              # famine in Gaza City" (had been statements)
              r"famine (?:is|was) (?:now )?(?:occurring|under way|underway|taking hold)\b|"
              r"famine conditions (?:were|have been|had been|are) (?:confirmed|declared|found|occurring)\b|"
              r"famine\b(?:(?<=confirms famine)|(?<=confirmed famine)|(?<=declares famine)|(?<=declared famine))"
              r"(?= in\b)|"
              # (a headline's, its verb left out: "Famine confirmed in parts of North Darfur as fighting blocks aid,
              # IPC says", which had been a ground operation)
              r"famine (?:confirmed|declared) in\b|"
              # a frost that hit crops: "Frost hit farms in the Cerrado Mineiro and Sul de Minas regions on Aug. 11,
              # with temperatures falling to minus 2 degrees Celsius in Patrocinio" (had been the agency's statement)
              r"frosts? (?:hit|struck|damaged|destroyed|killed|ravaged|devastated|wiped out|burned|scorched)\b|"
              # (or told with the harm after: "after a dry spell and frost in August damaged plantations in Minas
              # Gerais"; not a frost feared or warned of, nor one that did little: "growers around Houlton and Hodgdon
              # reported less frost damage")
              r"frosts?\b(?<!less frost)(?<!little frost)(?<!no frost)(?<!minor frost)(?<!minimal frost)"
              rf"(?![\s-](?:free|fears?|warnings?|risks?|alerts?)\b){_DID_HARM}|"
              r"glaciers?\b[^.;]{0,40}?\bcollaps(?:ed|es|ing)\b|glacier collapses?\b|"
              # a plague of locusts on the crops, told by its swarms: "Swarms of desert locusts have invaded parts of
              # northern Ethiopia's Afar and Amhara regions, destroying crops and pasture" (had been the FAO's
              # statement); not a swarm feared or warned of ("warning that more swarms could arrive")
              r"swarms of (?:desert |migratory |red |brown )?locusts\b(?! (?:could|may|might|would|threaten)\b)|"
              r"locusts? (?:swarms?|invasions?|outbreaks?|plagues?|infestations?|upsurges?)\b"
              r"(?! (?:could|may|might|would|threaten|warnings?|risks?)\b)|"
              # epidemics, which humanitarian desks map beside floods (not the aid against them:
              # "14 cholera treatment centres in Hajjah")
              + "".join(rf"{disease}\b(?! (?:treatment|vaccin\w*|kits?|response|centres?|centers?|beds?|supplies|"
                        rf"prevention|awareness)){_ITS_DISCOVERY_AFTER}|" for disease in (
                            *DISEASES, "epidemics?",
                            # (not "the virus takes its name from Sungai Nipah, a village in Malaysia")
                            r"nipah(?= (?:virus|infections?|outbreaks?|cases?|deaths?))"))
              # a disease's outbreak, not violence's ("since the outbreak of war"): "In 2007, an outbreak in
              # Mweka killed 187 people"; and the cases it counts: "More than 1,200 suspected cases have been
              # recorded in Tawila", "the Ministry of Health has reported 64,000 cases, including 1,160 deaths"
              # (not a court's "charged in 37 cases")
              # (nor a risk of one: "have left the Western Pacific exposed to outbreaks of diseases")
              # (wordings open with a word: see test_cues)
              + r"outbreaks?\b(?<!political outbreak)(?<!political outbreaks)(?<!exposed to outbreaks)"
              r"(?<!risk of outbreak)(?<!risk of outbreaks)(?<!prevent outbreaks)(?<!future outbreaks)"
              # (its kind told too: "the latest outbreak of tribal violence in the highlands", which had made Enga's clan
              # clash a disaster)
              r"(?! of (?:the )?(?:[\w-]+ )?(?:war|violence|fighting|hostilities|clashes|unrest|protests?|conflict|"
              r"riots?|fires?|hostility|anger|rage)\b)|"
              # (cases suspected or confirmed, however counted: "nine suspected cases, including eight deaths, had
              # been reported in the Biharamulo and Muleba districts of Kagera")
              r"cases\b(?:(?:(?<=suspected cases)|(?<=confirmed cases)|(?<=probable cases)|(?<=\d new cases))"
              r"(?! (?:against|under|of (?:fraud|corruption|abuse|theft|rape|murder|cheating|assault)|"
              r"(?:were|have been|had been|was) (?:filed|registered|lodged)))|"
              r"(?<=\d cases)(?=,? (?:including|and) (?:[\d,]+|\w+) deaths\b))|"
              + "|".join(rf"{rain}{_DID_HARM}" for rain in (
                  r"rain(?:(?<=heavy rain)|(?<=torrential rain)|(?<=monsoon rain)|(?<=incessant rain)|(?<=record rain))"
                  r"(?:s|fall)?", "downpours?", "rainstorms?", "thunderstorms?"))),
    # Fires, crashes and the like, which local news reports most: no disaster, and no one's attack.
    EventType("accident", "Accident or fire", "Strategic developments", "Other", "#b26a00",
              # (each wording opens with its rarest word, which the classifier looks for first: "crash",
              # not "car", "fire", not "house")
              "|".join(noun + "(?:" + "|".join(rf"(?<={what} {noun})" for what in _VEHICLES) + r")(?:es|s)?\b"
                       for noun in ("crash", "accident", "collision")) +
              r"|crashed (?:into|onto|shortly|near|off)\b(?<!drone crashed into)(?<!drones crashed into)"
              # a driver who crashed the car: "Cherish Sawa ... suffered serious head injuries when she crashed her car
              # while traveling on east on the turnpike" (had been a statement)
              + "".join(rf"|crashed (?:his|her|their|a|the) (?:[\w-]+ )?{vehicle}s?\b" for vehicle in _ROAD_VEHICLES)
              # an aircraft that crashed, told with its mission between: "A Philippine Air Force helicopter on a
              # relief mission crashed in Loreto town in Agusan del Sur province on Tuesday, killing all six crew
              # members" (not a drone's, which may be an attack)
              # (or that went down: "The helicopter, operated by a private company, went down in a forested area
              # near Gangnani in Uttarkashi district", which had been the disaster force's statement)
              # (a jet or a flight too: "Air India Boeing 787 crashes after takeoff in Ahmedabad, killing 241 on
              # board", "An Air India flight bound for London with 242 people aboard crashed into a medical college
              # hostel", which had been a headline of no event and a lead without its wording)
              + "".join(rf"|{craft}s?\b[^.;]{{0,60}}?\b(?:crash(?:ed|es)|went down)\b"
                        for craft in ("helicopter", "plane", "aircraft", "airliner", "airplane", "chopper", "jet",
                                      "jetliner", "flight", "seaplane", r"boeing \d{3}(?:-\w+)?",
                                      r"airbus a?\d{3}(?:-\w+)?"))
              # ... or its crash told by the noun, the craft after it: "The airline ... is still recovering from the
              # crash of a Boeing 787 in Ahmedabad in June that killed 260 people" (had made no event; a market's
              # "crash of 1929" is none)
              + r"|crash(?= of (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:helicopter|plane|aircraft|airliner|"
              r"airplane|chopper|jet|jetliner|flight|seaplane|boeing|airbus)s?\b)"
              +
              # (a headline's present too: "Nearly 50 dead after boat capsizes off Canary Islands, NGO says" had
              # made no event)
              r"|collided|derail(?:ed|ment)|capsized|capsizes\b|caught fire|"
              # a chain crash of cars on a road (not a pile-up of work): "Two people were killed in a 30-vehicle
              # pileup on Interstate 65 near Elizabethtown" (had been a statement)
              r"pile-?ups?\b(?=[^.;]{0,80}\b(?:vehicles?|cars|trucks|lorries|interstate|highway|motorway|freeway|"
              r"expressway|road|killed|killing|injured|injuring|dead)\b)|"
              # a landing gone wrong: "A Delta Air Lines jet flipped upside down while landing at Toronto Pearson
              # International Airport on Monday, injuring 21 people", "was arriving from Minneapolis when it crashed
              # on landing" (had made no event)
              r"flipped (?:over|upside down|on(?:to)? (?:its|their) (?:roof|side|back)s?)\b|"
              r"crash[- ]land(?:ed|s|ing)\b|"
              r"crashed (?:on|during|while|after) (?:landing|takeoff|take-off|approach|touchdown)\b|"
              # a ship aground or on the rocks: "A cargo ship ran aground off the Isle of Harris in the Outer
              # Hebrides early on Friday", "struck rocks in the Sound of Harris near Leverburgh" (had been the
              # coastguard's statement)
              r"aground\b(?:(?<=ran aground)|(?<=runs aground)|(?<=run aground)|(?<=went aground))|"
              r"rocks\b(?:(?<=struck rocks)|(?<=hit rocks)|(?<=strikes rocks)|(?<=hits rocks))|"
              r"reef\b(?:(?<=struck a reef)|(?<=hit a reef))|"
              # a train off its rails: "The double-decker train ... came off the rails near the village of Farchant"
              # (had been a statement); not a campaign that came off the rails
              + "".join(rf"{train}s?\b[^.;]{{0,120}}?\b(?:came|comes|went|goes) off the (?:rails|tracks)\b|"
                        for train in ("train", "tram", "locomotive", "carriage", "wagon"))
              # boats lost at sea, migrants' most of all: "It sank in rough seas about 20 nautical miles south of
              # Lampedusa", "427 Rohingya refugees are feared to have died in two boat sinkings off Myanmar", "Two
              # migrants drowned in the Rio Grande near Del Rio", "Four migrants died on Saturday while trying to
              # cross the English Channel" (not shares that sank; a floods' drowned are the disaster's: see settle)
              + "".join(rf"{verb}\b(?=[^.;]{{0,80}}\b(?:off|coasts?|seas?|nautical|waters|shores?|rivers?|lakes?|gulf|"
                        r"strait|channel|bay|harbou?r|port)\b)|" for verb in ("sank", "sinks"))
              # ... or the boat that sank, told before it, with no water named: "The wooden boat was carrying more
              # than 200 passengers when it sank on Friday near Malale village in the Borgu local government area of
              # Niger state, said Ibrahim Audu Husseini" (had been his statement)
              # (or overturned, or in difficulty: "a pirogue carrying migrants bound for Spain's Canary Islands
              # overturned off the coastal town of Mbour", "Seven migrants ... died on Thursday when an overcrowded
              # dinghy got into difficulty shortly after leaving a beach near Wimereux", which had been statements)
              + "".join(rf"{craft}s? [^.;]{{0,80}}?\b(?:sank|capsized|overturned|got into difficulty)\b|"
                        for craft in ("boat", "ferry", "canoe", "pirogue", "vessel", "dinghy"))
              + "sinking(?:" + "|".join(rf"(?<={what} sinking)" for what in ("boat", "ship", "ferry", "vessel")) + r")s?\b|"
              r"shipwrecks?\b|drowned\b(?! out\b| in debt\b)|"
              r"died (?:[\w,]+ ){0,4}?(?:(?:while|when|as) )?(?:trying|attempting) to cross\b|"
              # (the boat's plight told between: "Four migrants died on Thursday when an overcrowded inflatable boat
              # got into difficulty while trying to cross the English Channel to Britain", which had been a statement)
              r"died\b[^.;]{0,90}?\b(?:boat|dinghy|vessel)\b[^.;]{0,60}?\b(?:while|when|as) (?:trying|attempting) "
              r"to cross\b|"
              + "".join(rf"{verb} (?:into|off) (?:a |the )?(?:gorge|ravine|river|canal|cliff)|"
                        for verb in ("fell", "plunged", "veered"))
              # (the drop measured between: "A bus carrying miners' families plunged about 200 metres (650 feet) into
              # a ravine in Peru's southern Ayacucho region on Wednesday, killing 18 people", which had been the
              # police's statement)
              + "".join(rf"{verb} (?:(?:about|some|nearly|almost|around|more than|over|at least) )?[\d,.]+[ -]?"
                        r"(?:metres|meters|feet|foot|ft|m)\b(?: \([^()]{0,30}\))? (?:into|off|down) (?:a |the )?"
                        r"(?:[\w-]+ )?(?:gorge|ravine|river|canal|cliff|valley|abyss|precipice|chasm|gully)|"
                        for verb in ("fell", "plunged", "veered", "tumbled", "rolled"))
              # a crash told by where it happened, a road's, not a market's ("the 2008 crash"): "The crash happened
              # near the town of Uyuni, on the road between Uyuni and Colchani, the Potosi departmental police
              # command said in a statement" (had been the police's statement)
              + "".join(rf"{noun} (?:happened|occurred|took place) (?:near|on (?:the |a )?(?:[\w-]+ ){{0,2}}?"
                        r"(?:road|highway|motorway|freeway|expressway|interstate|route|runway|tracks?|line)\b|"
                        r"at (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:junction|intersection|crossing|level crossing|"
                        r"roundabout|bend|curve))|"
                        for noun in ("crash", "accident", "collision", "derailment"))
              # (or at a mine's site or a town, the lead's accident told again: "The accident occurred at a site in the
              # Bilali Koto area, near the town of Kenieba", "The collapse happened on Friday afternoon at Nsuta, a
              # mining community a few kilometres from Tarkwa", which had been statements; not a blast's, a bomb's too)
              + "".join(rf"{noun} (?:happened|occurred|took place)\b(?:[^.;]|\b[ap]\.m\.){{0,40}}? (?:at|in|near) "
                        rf"(?:an? |the )?(?:[\w-]+ ){{0,2}}?(?:(?-i:[A-Z])|site|mine|pit|shaft|factory|plant|warehouse)|"
                        for noun in ("accident", "collapse", "cave-in"))
              # (and its hurt, the dead told first: "Three workers were killed and five injured in a fire at a
              # chemical plant in Kazan", which had been a statement)
              + r"fire\b(?:(?<=killed in a fire)|(?<=died in a fire)|(?<=injured in a fire))|blaze\b(?:"
              r"(?<=killed in a blaze)|(?<=died in a blaze)|(?<=injured in a blaze))|"
              + "fire(?:" + "|".join(rf"(?<={what} fire)" for what in _BUILDINGS) + r")s?\b|"
              # (a crowded venue's: "the funerals of some of the 59 people killed in a nightclub fire" had made no
              # event; not its safety gear: "the club's fire exits")
              + "fire(?:" + "|".join(rf"(?<=\b{what} fire)" for what in _CROWDED_VENUES) + r")s?\b"
              r"(?! (?:drills?|exits?|doors?|alarms?|safety|codes?|escapes?|inspections?|inspectors?|regulations?|"
              r"department|station|chief|marshal|services?|brigade))|"
              # (a blaze, not a weapon's: "a fire broke out", "the fire killed"; not "Israeli fire killed")
              # (or those it caught, in a car or at work: "Three firefighters died when their truck was caught by
              # flames near Tabua, in the Coimbra district, officials said" had been the officials' statement)
              + r"flames\b(?:" + "|".join(rf"(?<={verb} by flames)|(?<={verb} by the flames)"
                                         for verb in ("caught", "trapped", "engulfed", "overcome", "overtaken")) + ")|"
              + r"\bblazes?\b|\bfire(?:" + _A_FIRE + ") "
              # (or told as the one that did it, a toll's update or a year's: "The death toll from the fire that tore
              # through the Wang Fuk Court housing estate in Hong Kong's Tai Po district rose to 146 on Sunday" had been
              # the arrest told after it)
              r"(?:(?:that|which) (?:has |had )?)?"
              # (its day between: "Fire on Sunday destroyed more than 300 shops")
              r"(?:(?:late |early )?on \w+day (?:night |morning |evening |afternoon )?|overnight )?"
              r"(?:destroyed|gutted|broke out|killed|tore through|"
              r"engulfed|swept through|ripped through|"
              # (or where it started, what was going on when it did: "The KM Barcelona V was sailing from Melonguane
              # ... to Manado when the fire started around midday near Talise island", which had been the rescuer's
              # statement; not a wildfire's start told by those who fight it, "said the fire started about 1.30pm
              # near Sawyers Valley", which the wildfire's story tells as a disaster)
              r"started(?<=\bwhen the fire started)|began(?<=\bwhen the fire began))"
              # a blaze in a building, told with the killing it did: "A fire at a garment factory in Dhaka killed
              # 10 people" (had been an attack)
              + r"|fire\b(?:" + _A_FIRE + r")(?= (?:at|in) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:"
              + "|".join(_BUILDINGS + _CROWDED_VENUES) + r")s?\b"
              # (the killing told after a long place: "A fire at a garment factory and adjacent chemical warehouse in
              # the Mirpur area of Dhaka killed at least 16 workers", which had been an attack)
              # (or the hurt it did: "A fire at a gas processing plant in Atyrau injured four workers" had made no
              # event)
              r"[^.;]{0,90}?\b(?:kill|injur)(?:ed|ing)\b)"
              # ... or at a chemical works, whose blaze is a mishap with no one hurt: "A large fire at a chemical
              # warehouse in the port of Hamburg sent a plume of smoke over the northern German city on Thursday" (had
              # made no event)
              + r"|fire\b(?:" + _A_FIRE + r")(?= (?:at|in) (?:an? |the )(?:[\w-]+ ){0,2}?(?:chemicals?|petrochemicals?|"
              r"industrial|plastics?|paint|fertili[sz]er|solvents?) (?:warehouses?|factory|factories|plants?|works|"
              r"depots?|storage (?:facility|site|tanks?))\b)"
              # ... or at a place named, the killing after it (a blaze with "a" or "the", not a weapon's: "The fire near
              # Altadena has killed at least five people" had been an attack)
              # (a side of it told first: "bereaved families marked eight years since the fire in west London that
              # killed 72 people" had been the government's statement)
              + r"|fire\b(?:(?<=\ba fire)|(?<=\bthe fire))(?= (?:in|at|near|outside) (?:" + _SIDES_OF_A_PLACE
              + r" )?(?-i:[A-Z])[^.;]{0,60}?"
              r"\b(?:(?:has|have|had) )?(?:killed|injured)\b)"
              # ... or told with the harm it did to a home after its place: "On Friday, a fire in Spring Hill damaged
              # a townhouse on Kedron Parkway" (had made no event; a weapon's fire damages no townhouse)
              # (or its time, and the part it harmed: "The fire in the early hours of Saturday destroyed part of a
              # warehouse in Daugavpils's industrial zone", "A fire early on Saturday gutted a warehouse"; had been
              # the service's statement)
              + r"|fire\b(?:" + _A_FIRE + r")(?= (?:(?:early|late) )?(?:in|at|near|on|overnight) [^.;]{0,60}?"
              r"\b(?:damaged|destroyed|gutted|razed) (?:(?:part|parts|much|most|all|some) of )?"
              r"(?:an? |the |two |three |several |[\d]+ )?(?:[\w-]+ ){0,2}?(?:" + "|".join(_BUILDINGS) +
              r"|townhouses?|duplex|mobile homes?|trailer|garage|barn|business|store|church|school)s?\b)"
              r"|explosion(?<=gas explosion)s?\b|leak(?<=gas leak)s?\b"
              # a fumes' killing at home: "A carbon monoxide leak killed a family of four in Gdansk" (no event, had been)
              r"|leak(?<=monoxide leak)s?\b|poisoning(?<=monoxide poisoning)\b"
              # (not those found in mass graves, a trafficking camp's: "authorities found the bodies of 28 migrants in
              # mass graves in the southeastern desert near Kufra, after a raid on a trafficking camp" had been an
              # accident)
              rf"|bodies of {_MIGRANTS_DEAD}(?! (?:buried )?in (?:a |two |several |\d+ )?mass graves?\b)"
              # one a vehicle struck, told in the passive: "A pedestrian was struck and killed by a train in Ashford"
              # (had made no event)
              r"|struck (?:and killed )?by (?:an? |the )?(?:[\w-]+ )?(?:train|car|vehicle|truck|lorry|bus|van|tram|"
              r"motorcycle|SUV|pickup)s?\b"
              # (or hit by one: "two youths were killed when their motorcycle was hit by a bus near Gurugram's Manesar"
              # had made no event; not a truck bomb)
              r"|hit\b(?:(?<=was hit)|(?<=were hit)) (?:and killed )?by (?:an? |the )?(?:[\w-]+ )?(?:train|car|vehicle|"
              r"truck|lorry|bus|van|tram|motorcycle|SUV|pickup|tractor|trailer)s?\b(?! bombs?\b)"
              # ... or by what the victim was doing: "Kevin Johnson, 34, was struck while walking near Red Bank Road"
              # (had been a statement)
              r"|struck\b(?:(?<=was struck)|(?<=were struck)) (?:and killed )?while (?:walking|crossing|jogging|"
              r"running|cycling|riding|standing|changing a tire)\b"
              r"|fire(?<=mine fire)s?\b"  # "a mine fire in 2023 killed 46 miners"
              # a mine's pit or shaft flooded, a mining accident (no storm's flood of a town): "At least 22 illegal
              # miners were killed when a disused open pit flooded and collapsed at a copper mine in Chingola" (had
              # been the ministry's statement)
              + "".join(rf"|flooded\b(?<={what} flooded)" for what in ("pit", "pits", "mine", "mines", "shaft",
                                                                        "shafts")) +
              # a structure that fell in: "a three-storey residential building collapsed in Bhiwandi town", "A roof
              # collapse at a coal mine in northern China's Shanxi province killed 11 miners", "after a mining pit
              # collapsed at Nsuta" (a strike's or a quake's is theirs: see settle)
              r"|collaps(?:" + "|".join(rf"(?<={what} collaps)" for what in _STRUCTURES) + r")(?:e|es|ed)\b"
              # (where it stood told between: "the concrete canopy at the railway station in Novi Sad collapsed on
              # Nov. 1, 2024, killing 16 people", which had made no event; a bridge's and a building's too: "a
              # pedestrian bridge over the Indrayani river near Pune collapsed, killing four people", "the Phong Chau
              # bridge over the Red River in Phu Tho collapsed", which had made none)
              + "".join(rf"|{what}\b[^.;]{{0,60}}?\bcollapsed\b" for what in FALLEN_STRUCTURES)
              # (and a storey of it, by the floor's place in it, not a market's nor a price's floor: "Four people were
              # killed and 16 injured when the upper floor of a beach restaurant collapsed in the Playa de Palma area
              # of Mallorca" had been the authorities' statement)
              + r"|floor\b(?:" + "|".join(rf"(?<={which} floor)" for which in _STOREYS) + r")[^.;]{0,60}?\bcollapsed\b"
              # ... or told with what fell in after it, as a toll's update tells it: "The death toll from the
              # collapse of a five-storey garment factory on the outskirts of Dhaka rose to 18" (had been a statement)
              + r"|collapse of (?:an? |the )(?:[\w-]+ ){0,3}?(?:" + "|".join(_STRUCTURES + _BUILDINGS) + r")s?\b"
              # a crash told with what collided after it: "The death toll from a collision between a bus and a
              # minibus in northern Tanzania rose to 38" (had been a statement)
              # (or a ship hit by a working craft, told in the passive: ``_COLLIDING_CRAFT``)
              + "".join(rf"|{verb}\b(?:(?<=was {verb})|(?<=were {verb})|(?<=been {verb})) by (?:an? |the )?(?:[\w-]+ )?"
                        rf"{_COLLIDING_CRAFT}" for verb in ("hit", "struck", "rammed"))
              + r"|collision (?:between|involving) (?:an? |two |the )(?:[\w-]+ ){0,2}?(?:" + "|".join(_VEHICLES)
              + r"|minibus|lorry|tanker|ship|vessel)(?:es|s)?\b"
              # a craft's fire: "The death toll from a boat fire on the Congo River has risen to 148" (no event, had
              # been)
              r"|fire(?:" + "|".join(rf"(?<={craft} fire)" for craft in ("boat", "ferry", "ship", "vessel", "bus",
                                                                        "train")) + r")s?\b"
              # a crowd's crush: "At least 22 people were killed in a stampede on Saturday at a charity event in
              # the town of Okija", "killed in a crush at a church in the capital Abuja" (not one's crush on)
              r"|stampedes?\b(?! of)|crush(?:(?<=\ba crush)|(?<=crowd crush))(?:es)?\b(?! on\b)"
              # ... told by the crowd's surge that hurt people: "Eleven people were injured on Sunday when fans surged
              # through a gate at the Nyayo National Stadium in Nairobi" (had been the police's statement); not a
              # surge that hurt no one ("fans surged onto the pitch to celebrate")
              # (a crowd told of whom it was too: "Eleven people were killed and dozens injured on Wednesday when a huge
              # crowd of cricket fans surged outside the M. Chinnaswamy Stadium in Bengaluru" had been a statement)
              + "".join(rf"|{harm}\b(?= (?:[\w-]+ ){{0,4}}?(?:when|as|after) (?:the |a )?(?:[\w-]+ )?"
                        rf"(?:crowds? of (?:[\w-]+ )?)?{_SURGING_CROWD})"
                        for harm in ("killed", "injured", "hurt", "trampled", "crushed"))
              # a vehicle off the road: "A passenger bus skidded off a highway and plunged into the swollen Trishuli
              # River in central Nepal", "went off the Prithvi Highway near Simaltal"
              + "".join(rf"|{verb} (?:into|off|down) (?:an? |the )?(?:[\w'\u2019-]+ ){{1,3}}?(?:gorge|ravine|river|"
                        r"canal|cliff|valley|gully|gorge|lake|reservoir|ditch|precipice|embankment|mountainside|"
                        r"hillside)s?\b" for verb in ("fell", "plunged", "veered", "skidded", "tumbled", "careered"))
              # a vehicle's fall told by its height: "The bus fell about 150 meters near Benighat in Dhading district,
              # police official Madhav Paudel said" (had been a statement, after the lead's plunge into the river)
              + "".join(rf"|{what} (?:fell|plunged|tumbled|rolled|plummeted) (?:about |some |nearly |around |almost |"
                        r"more than |over |roughly )?[\d,.]+ ?(?:meters|metres|feet|ft|m)\b"
                        for what in ("bus", "minibus", "truck", "lorry", "car", "jeep", "van", "vehicle", "tractor"))
              + "".join(rf"|{verb} off (?:an? |the )?(?:[\w'\u2019-]+ ){{0,2}}?(?:road|highway|bridge|runway|"
                        r"expressway|motorway|rails|tracks)\b" for verb in ("skidded", "veered", "careered", "plunged",
                                                                           "went", "ran",
                                                                           # on ice: "a 67-year-old man died after his
                                                                           # pickup truck slid off Highway 102 near
                                                                           # Enfield"
                                                                           "slid"))
              # ... or that left it: "The bus ... was travelling from the city of Ayacucho to Lima when it left the
              # road in the early hours near the village of Chumpe in Lucanas province, the regional health
              # directorate said" (had been the directorate's statement)
              + r"|left the (?:road|highway|carriageway|motorway|expressway)\b(?= (?:in|at|near|on|and|after|"
              r"before|while|as|early|late|overnight|during)\b)"
              # a crash told with no vehicle before it, by what it did or what ended in it: "a police chase through
              # Hamilton's east end ended in a crash that injured two people Tuesday afternoon" (had made no event);
              # not a market's ("the 2008 crash")
              + r"|crash(?:(?<=ended in a crash)|(?<=killed in a crash)|(?<=died in a crash)|(?<=injured in a crash)|"
              r"(?<=hurt in a crash)|"
              # a road closed after one: "the A69 towards Hexham and Carlisle was closed at Corbridge after a
              # crash" (had been three statements); not a market's ("after a crash in oil prices")
              r"(?<=after a crash)(?! in (?:[\w-]+ )?(?:prices?|markets?|shares|stocks?)\b))(?:es)?\b|crash (?:that|which) (?:killed|injured|left|hurt|claimed)\b"
              # ... or told by the road it happened on, as local news names roads: "Deputies responded to a crash on
              # U.S. 301 near Statesboro", "a man was killed Tuesday in a crash on Route 40" (had been nothing, a
              # statement)
              r"|crash(?:es)?\b(?= on (?:the )?(?:(?-i:U\.S\. \d|US \d|Interstate|I-\d|Highway|Hwy|Route|State Route|SR \d|"
              r"County Road|(?:[A-Z][\w.-]* ){1,2}(?:Highway|Freeway|Expressway|Turnpike|Parkway))|"
              r"(?:highway|interstate|freeway|motorway|expressway)\b))"
              # a drowning told by the rescue that came too late: "A 58-year-old man from Sandusky died Sunday after
              # he was pulled from Lake Erie near Catawba Island" (had made no event); not the rubble's
              + "".join(rf"|pulled\b(?<={was} pulled) from (?:the )?(?:[\w-]+ ){{0,2}}?(?:lake|river|water|waters|pond|"
                        r"pool|sea|ocean|surf|creek|bay|canal|reservoir|quarry)\b"
                        for was in ("was", "were", "being", "been"))
              # "a petrol tanker overturned and exploded at Dikko junction", "a reactor exploded at a
              # pharmaceutical factory in the Pashamylaram industrial area", "Two carriages overturned"
              + r"|overturned\b(?:" + "|".join(rf"(?<={what} overturned)" for what in (
                  "tanker", "truck", "lorry", "bus", "minibus", "car", "van", "train", "carriages", "coaches",
                  "wagons", "boat", "canoe", "ferry", "vessel", "trailer")) + ")"
              # (told with what it carried between: "Three people died on Sunday when a bus carrying tourists
              # overturned near Huedin, officials said", which had been their statement)
              + "".join(rf"|{what}\b[^.;]{{1,50}}?\boverturned\b" for what in (
                  "tanker", "truck", "lorry", "bus", "minibus", "van", "train", "boat", "canoe", "ferry", "vessel",
                  "trailer"))
              # a road vehicle that hit something, the way local news tells a crash: "A TEENAGER died after his
              # scooter hit a bus in Leeds on Friday evening" (had been the police's statement), "A Columbia woman was
              # killed when her car struck a tree on Route K"; not a bus that hit a mine, which is a bomb's, nor a truck
              # that struck a family or a crowd, which may be a ramming ("charged a man with terrorism offences on
              # Friday after a truck struck a family")
              # (or rammed one, as Indian papers tell it: "killed when a speeding truck rammed into their car on the
              # NH-44 near Panipat", which had been the police's statement)
              # (a headline's present too: "Amish girl, 9, killed when car strikes buggy on Route 340 in Lancaster County")
              + "".join(rf"|{what}s? (?:hit|hits|struck|strikes|slammed into|slams into|smashed into|rammed into|rams into|"
                        r"rammed)\b(?! (?:an? |the |their |his |her )?(?:[\w-]+ )?"
                        r"(?:mines?|landmines?|ieds?|explosive|bombs?|family|families|crowds?|people|worshippers|"
                        r"protesters|demonstrators|shoppers|pedestrians|marchers)\b)"
                        for what in _ROAD_VEHICLES)
              # (one told by its make and its driver: "A westbound Honda Accord driven by a 23-year-old Gap man hit the
              # back of the buggy", which had been the police's statement)
              + r"|driven by (?:an? |the |his |her )?(?:[\w'\u2019-]+ ){1,5}?(?:hit|struck|slammed into|smashed into|"
              r"rammed into|crashed into)\b(?! (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:family|families|crowds?|"
              r"people|worshippers|protesters|demonstrators|shoppers|pedestrians|marchers)\b)"
              # ... or that left the road, as British police tell it: "a Harrogate woman was seriously injured when
              # her car left the A61 near Ripley on Saturday morning" (had made no event)
              + "".join(rf"|{what}s? left (?:the )?(?:road|carriageway|roadway|highway|motorway|(?-i:[ABM]\d+))\b"
                        for what in _ROAD_VEHICLES)
              + r"|exploded\b(?:" + "|".join(rf"(?<={what} exploded)" for what in _MACHINES) + ")"
              # (a tanker with what it carried between, as an overturned one: "A tanker carrying petrol exploded in
              # Essa, Katcha LGA of Niger State, on Saturday, killing 86 people" had made no event)
              + "".join(rf"|{what}\b[^.;]{{1,50}}?\b(?:exploded|caught fire|burst into flames)\b"
                        for what in ("tanker", "tankers"))
              + "".join(rf"|{noun}(?:" + "|".join(rf"(?<={what} {noun})" for what in _MACHINES + (
                  "factory", "plant", "mine", "dust")) + r")s?\b" for noun in ("explosion", "blast"))
              # a blast in a works, told before it: "An explosion ripped through a fireworks factory near Sivakasi
              # in Tamil Nadu's Virudhunagar district on Tuesday, killing eight workers" (had been a statement);
              # not a bomb's in a mosque or a market, which are no works; a port's docks are works too, named
              # with no article: "A massive explosion ripped through Shahid Rajaee port near the southern Iranian
              # city of Bandar Abbas on Saturday, killing at least 25 people", "Blast at Bandar Abbas port kills
              # dozens" (both had made no event)
              # (with the fire it set told beside it, and an oil or gas works' processing unit or field: "An
              # explosion and fire at a gas processing unit at the Tengiz oil field in western Kazakhstan injured four
              # workers on Wednesday, operator Tengizchevroil said", which had been its statement)
              + "".join(rf"|{noun}s?(?: and (?:a )?fire)? (?:ripped through|tore through|at|in) (?:an? |the )?"
                        # (mines told as a series: "In March 2023, an explosion in a series of interconnected coal
                        # mines in the same municipality of Sutatausa killed 21 workers", which had been an attack)
                        # (three words of what it makes: "In 2004, an explosion at a liquefied natural gas plant in
                        # Skikda, in the east of the country, killed 27 people" had been an attack)
                        r"(?:(?:series|string|network|complex|cluster) of )?(?:[\w-]+ ){0,3}?"
                        r"(?:factory|factories|plants?|mines?|refinery|warehouse|workshop|port|docks|"
                        # ("An explosion at a nickel smelter in Indonesia's Morowali industrial park killed 11
                        # workers" had been an attack)
                        r"smelter|steelworks|steel mill|mill|foundry|chemical works|"
                        r"processing units?|oil ?fields?|gas ?fields?|"
                        # (an arsenal's: "In 2011, a series of explosions at an arms depot in the town of Abadan near
                        # Ashgabat killed dozens of people", which had been an attack; a drone's that set it off is
                        # the strike's)
                        r"(?:arms|ammunition|munitions|weapons) depots?|arsenal|armou?ry)\b"
                        for noun in ("explosion", "blast"))
              # ... or told by when it happened, before the works: "The blast struck on Friday evening at the mine operated
              # by the state-owned Turkish Hard Coal Enterprises (TTK) in the Black Sea coastal town of Amasra", "The
              # blast occurred at about 10 a.m. at the Shanjiao coal mine in Panzhou" (had made no event)
              + "".join(rf"|{noun}s? (?:struck|occurred|happened|took place|hit)\b(?:[^.;]|\b[ap]\.m\.){{0,40}}? (?:at|in) (?:an? |the )"
                        r"(?:[\w-]+ ){0,2}?(?:factory|plant|mine|pit|colliery|refinery|warehouse|smelter|steelworks|"
                        r"foundry)s?\b" for noun in ("explosion", "blast"))
              # miners killed by a blast, a mine's (not a bomb's): "In March 2023, 21 miners were killed in a series of
              # explosions in Sutatausa" (had made no event)
              + r"|miners\b[^.;]{0,30}?\b(?:killed|died|dead|trapped)\b[^.;]{0,30}?(?<!bomb )(?<!roadside )(?<!suicide )"
              r"(?<!IED )\b(?:explosions?|blasts?)\b"
              # a mine's own mishaps, told by what they did underground (each had been the company's statement, or no
              # event): a cage that fell down its shaft ("Nine workers died and 75 were injured when a conveyance
              # carrying miners plunged down a shaft at an Impala Platinum mine near Rustenburg"), its gas that ignited
              # ("after a methane ignition injured five workers", "when gas ignited about 3pm"), a rush of mud that
              # trapped its miners ("a rush of wet material trapped seven workers underground"), and a tailings dam
              # that failed ("A tailings dam at an iron ore mine in Brazil's Minas Gerais state partially failed on
              # Wednesday"), or overflowed ("A tailings dam at an iron ore mine in Brazil's Minas Gerais state
              # overflowed after heavy rain on Saturday, sending a torrent of mud into a rural district" had been the
              # authorities' statement)
              + "".join(rf"|{verb} (?:about |some |nearly |more than )?(?:[\d,.]+ ?(?:metres|meters|feet|m) )?down "
                        r"(?:an? |the )?(?:[\w-]+ ){0,2}?shafts?\b" for verb in ("plunged", "fell", "dropped", "plummeted"))
              + "".join(rf"|{word}\b(?<={gas} {word})" for gas in ("gas", "methane", "firedamp")
                        for word in ("ignition", "ignitions", "ignited"))
              + r"|trapped (?:(?:about |at least |some )?[\w-]+ )?(?:workers|miners|employees) underground\b"
              r"|tailings (?:dams?|ponds?|facilit(?:y|ies))\b[^.;]{0,80}?\b(?:failed|collapsed|burst|breached|gave way|"
              r"overflowed|overtopped)\b"
              + "".join(rf"|{works} (?:dams?|ponds?) (?:failure|collapse|burst|breach)(?:es|s)?\b"
                        for works in ("tailings", "mining", "mine"))
              + r"|collapse of (?:an? |the )(?:[\w-]+ ){0,3}?tailings (?:dams?|ponds?)\b"
              # the site of a crash: "The wreckage was found in Shivapuri, near the village of Suryachaur in
              # Nuwakot district"
              + r"|wreckage (?:of (?:the |an? )?(?:[\w-]+ ){0,3}?(?:plane|aircraft|helicopter|chopper|airliner|jet|"
              r"boat|ferry|bus|train) )?(?:was|were|has been|had been) (?:found|located|spotted|discovered)\b"
              # a grid that failed, told as what the outage did or by its size (a storm's or a strike's outage is
              # theirs: they outrank a mishap): "a massive blackout left about 90% of the country, including the
              # capital Santiago, without electricity", "A blackout hit all of Puerto Rico on Wednesday", "grid failure
              # plunges Tashkent, Almaty and Bishkek into darkness" (had made no event); not the blackouts a grid
              # operator schedules, a news blackout, nor one told as a war's toll ("Russian attacks on Ukraine's
              # energy system have also caused blackouts in Kyiv and Odesa this winter")
              + "".join(rf"|{size} (?:power )?blackouts?\b" for size in _OUTAGE_SIZES)
              + "".join(rf"|{what}" + "".join(rf"(?<!{other} {what})" for other in _NO_FAILED_GRID)
                        + rf"s? {_OUTAGE_DID}" for what in ("blackout", "power outage", "power failure"))
              + r"|grid (?:failure|collapse)s?\b"
              # a water main that burst: "The utility said a 24-inch main burst on Monday night near Shalford,
              # disrupting supplies to about 10,000 properties in Guildford, Shalford and Bramley" (had been a statement)
              + r"|mains? burst\b|pipes? burst\b|pipeline burst\b|burst (?:water )?(?:mains?|pipes?|pipelines?)\b"
              # a wild animal's killing or mauling of people, told with what it did, or in the passive: "A crocodile
              # killed a 12-year-old boy who was swimming with friends in a creek in far north Queensland", "A grizzly
              # bear attacked and injured a hiker on a trail near Canyon Village" (had been statements or no event)
              + "".join(rf"|{animal}s?\b(?= (?:(?:have|has|had|reportedly|allegedly|then) )?{_MAULED})"
                        for animal in _WILD_ANIMALS)
              + "".join(rf"|{harm} (?:to death )?by (?:an? |the |two |three )?(?:[\w-]+ ){{0,2}}?(?:"
                        + "|".join(_WILD_ANIMALS) + r")s?\b" for harm in _MAULED_BY)
              # a spill or a leak, named by what spilled, or told with it (``_POLLUTANTS``): "A ruptured pipeline
              # spilled crude oil into creeks", "a leak of sulfuric acid turned a stretch of the Sonora River red",
              # "a copper mine ... leaked 40,000 cubic metres of acid into the Sonora River" (not a leaked memo)
              + "".join(rf"|{noun}(?:" + "|".join(rf"(?<={what} {noun})" for what in (
                  "oil", "fuel", "diesel", "chemical", "acid", "toxic", "ammonia", "chlorine", "cyanide", "sewage"))
                        + r")s?\b" for noun in ("spill", "leak"))
              + "".join(rf"|{verb}\b(?= (?:about |some |more than |nearly |up to |an estimated )?(?:[\d,.]+ "
                        rf"(?:[\w-]+ ){{0,3}}?of )?(?:[\w-]+ )?{_POLLUTANTS})"
                        for verb in ("spilled", "spilt", "spilling", "leaked", "leaking"))
              + rf"|leaks? of (?:[\w-]+ ){{0,2}}?{_POLLUTANTS}"
              # (or by the pipeline or the well it came from, the pollutant untold: "The leak on the Trans-Niger
              # Pipeline near Bodo in the Gokana local government area of Rivers State was first noticed on Sunday"
              # had been a statement)
              + "".join(rf"|{noun}s?\b(?= (?:on|from|in|at) (?:an? |the |its )?(?:[\w-]+ ){{0,3}}?(?:pipelines?|"
                        r"wellheads?|oil ?wells?|storage tanks?|flow ?lines?)\b)" for noun in ("leak", "rupture"))),
    EventType("statement", "Statement", "Strategic developments", "Other", "#546e7a",
              # (not what was said before, the speaker's record: "a group that has previously claimed attacks in
              # Poland and the United States" had been statements in both)
              r"\bsaid\b(?<!previously said)|"
              # power seized or martial law declared, a coup's or a ruler's act with no fighting told (ACLED's
              # strategic development): "Soldiers seize power in Guinea-Bissau", "Yoon Suk Yeol declared emergency
              # martial law late on Tuesday" (had been a ground operation and no event)
              + _POWER_SEIZED + "|"
              # (whole words: "its council was reinstated in 2020" and "an unannounced visit" tell nothing)
              + "".join(rf"\b{verb}(?<!previously {verb})|" for verb in ("stated", "announced", "warned", "claimed"))
              + r"told\b|according to|"
              # a curfew or an emergency imposed on a town, the authorities' act: "Authorities imposed a curfew in
              # parts of the capital", "Curfews were also declared in Pokhara, Butwal and Itahari"
              r"curfews? (?:was |were |has been |have been )?(?:also )?(?:imposed|declared|ordered)\b|"
              + "".join(rf"{verb} (?:an? |the )?(?:[\w-]+ ){{0,2}}?curfews?\b|"
                        for verb in ("imposed", "declared", "ordered", "imposes", "declares"))
              + r"state of emergency\b(?<=declared a state of emergency)|"
              r"state of emergency (?:was |has been )?declared\b"),
    # Matches no sentence; "^$" rather than "$^" as re then tries it at the start only.
    EventType("other", "Other", "Strategic developments", "Other", "#455a64", r"^$"),
]}
# The types whose figures of the dead are the event's: an arrest "two days after 3 officers were
# killed" has no fatalities of its own.
DEADLY_TYPES = frozenset({"strike", "shelling", "ground_operation", "riot", "attack", "disaster", "accident"})
# The types from the most violent to the least: a place's marker shows its most violent event
# (after the number killed), so a week of strikes is never drawn as a statement or a siege of last year.
VIOLENCE_ORDER = ("attack", "strike", "shelling", "ground_operation", "riot", "disaster", "accident", "arrest",
                  "prisoner_exchange", "exercise", "protest", "talks", "statement", "other")
_COMPILED = [(t.id, re.compile(t.keywords, re.I)) for t in EVENT_TYPES.values()]
_TYPE_IDS = tuple(type_id for type_id, _ in _COMPILED)
_RANKS = {type_id: rank for rank, type_id in enumerate(_TYPE_IDS)}
_STATEMENT_RANK = _RANKS["statement"]
# A type that yields to another the same sentence reports, whatever lies nearer the place.
# ACLED codes a strike or shelling that kills civilians as remote violence, by its means: "a drone
# strike on the market of El Fasher town killed 9 civilians" is a strike.
REMOTE_MEANS = ("strike", "shelling")
FORCE_ON_PROTESTERS = re.compile(r"\b(?:shot dead|shot and killed|opened fire|gunned down|drove [^.;]{0,40}\binto|"
                                 r"ploughed into|plowed into|rammed into)\b", re.I)
# What a crowd of protesters itself burns, storms, loots or attacks: a riot ("In Biratnagar and Pokhara, protesters
# attacked the homes of ministers and offices of political parties" had been a protest; not protesters attacked, who
# are its victims: "protesters were attacked by plainclothes men").
# (a deed of theirs told after another, "and" between: "hundreds of thousands of protesters defied a curfew and stormed
# her official residence in Dhaka" had been a protest)
# (and young men or youths who burn, the way protesters do: "In Inezgane, south of Agadir, young men set fire to cars
# and a bank branch on Tuesday night" had been an attack; a deed told after a comma and "and", the crowd's second
# predicate: "Protesters threw stones and flares at the offices of the ruling Serbian Progressive Party, and set fire to
# the party's office in Valjevo" had been a protest)
# (not armed ones, whose raid is an attack: "Armed youths looted a convoy of barges carrying food aid on the Nile near
# Nasir")
CROWD_VIOLENCE = re.compile(r"\b(?:protesters|demonstrators|rioters|crowds?|mobs?|(?<!armed )(?:youths|young men))\b"
                            r"(?:(?: [\w'-]+){0,3}?|(?: [\w'-]+){1,4}? and|[^.;]{0,80}?, and)(?:,[^.;,]{0,40},)? "
                            r"(?:stormed|torched|set(?:ting)? fire to|set ablaze|burn(?:ed|t)|looted|ransacked|"
                            r"attacked(?<!were attacked)(?<!was attacked)(?<!been attacked)(?<!being attacked)"
                            r"(?<!got attacked))\b", re.I)
# A vehicle whose driver lost control hits a crowd by accident, as ACLED (which has no such event) and the
# police say: "A truck lost control and ploughed into a crowd at a market in Londiani".
_LOST_CONTROL = re.compile(r"\b(?:lost|losing|loses)\s+control\b(?!\s+of\s+(?:the\s+)?(?:crowd|situation|city|town|"
                           r"area|territory|region|province|country|party|parliament|senate|house)\b)|"
                           r"\bbrakes?\s+(?:failed|failure)|\bbrake\s+failure\b", re.I)
# An accident that a strike, a shelling, an attack or a natural hazard caused is that event: "a fire
# broke out at a refinery in Tuapse after a drone attack", "a landslide crashed into houses".
_ASSAILANTS_KILLED = re.compile(rf"\b(?:{'|'.join(_ASSAILANTS)})\s+(?:[\w-]+\s+)?kill(?:ed|ing|s)?$", re.I)
# The help sent after a hazard, named by it: "a flood relief mission", "earthquake rescue teams".
_RELIEF_AFTER = re.compile(r"(?:[\s-]+(?:relief|rescue|aid|response|recovery|evacuation|survey))+"
                           r"(?:\s+(?:mission|flight|operations?|efforts?|work|teams?|supplies|goods|materials))?\b", re.I)
# What a source adds in a clause of its own: "..., the group said, adding that 14 people had been arrested".
_ADDING_THAT = re.compile(r",\s+adding\s+that\b|;", re.I)
# The arrest a crowd protests against is what it protests, not what happened there: "Several hundred Serbs protested
# on Sunday in Gracanica ... against the arrest of a former Serbian police officer", "Serbs in Kosovo's Gracanica
# protest arrest of former police officer" (both had been arrests in Gracanica).
_ARREST_PROTESTED_BEFORE = re.compile(r"\b(?:against|over|protest(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
                                      r"condemn(?:s|ed|ing)?)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                                      r"(?:[\w-]+\s+){0,2}?$", re.I)
# ... nor the arrest a crowd rose after, what set it off, told of the one held: "Deadly protests erupted in Lahore,
# Peshawar and other cities after he was arrested in Islamabad in May 2023" (Lahore's and Peshawar's had been arrests;
# not the police's after it, "after police arrested 20 people", whose arrests they are).
_ARREST_SET_IT_OFF = re.compile(r"\bafter\s+(?:(?:the|his|her|their)\s+|(?:[\w'\u2019.-]+\s+){1,4}?"
                                r"(?:was|were|had\s+been|has\s+been)\s+)$", re.I)
# ... nor the arrests that came after a protest a "when" clause tells: "many of the prisoners were arrested after the
# 2020 protests, when tens of thousands marched in Minsk, Grodno, Brest and Gomel" (had been arrests in the four).
_WHEN_IT_WAS = re.compile(r",\s+when\b", re.I)
# ... or in a report of another source, joined after the protest, of arrests at a place of their own: "Thousands of
# people protested against the AfD outside its headquarters in Berlin on Sunday night, and police said they detained
# several people in Leipzig" (Berlin's protest had been an arrest).
_ANOTHER_SOURCE = re.compile(r",\s+(?:and|while|but)\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:said|says|say|told|added)\b")
_PLACED_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:in|at|near)\s+(?-i:[A-Z])", re.I)
_OUTRANKED = {"protest": ("arrest",), "attack": REMOTE_MEANS,
              "accident": ("strike", "shelling", "attack", "ground_operation", "disaster")}
# An assault that is a crime, told with its charge or its victim: "Man charged after woman seriously injured in
# Mallow assault".
_CRIME_TOLD = re.compile(r"\b(?:charged|arrested|accused|suspected|sentenced|jailed|remanded)\b|"
                         r"\b(?:wom[ae]n|m[ae]n|girl|boy|teenager|pensioner)\b[^.;]{0,30}\b(?:injured|hurt)\b", re.I)
_CHARGE_BEFORE = re.compile(r"\b(?:charged\s+with|accused\s+of|convicted\s+of|guilty\s+of|charges?\s+of)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
# A bomb, a mine or a device that killed, just before the killing: "a roadside bomb killed two soldiers".
_BOMB_KILLED = re.compile(r"\b(?:bombs?|improvised explosive devices?|explosive devices?|ieds?|landmines?|land mines?|"
                          r"roadside mines?)\s+(?:[\w-]+\s+){0,3}?kill", re.I)
# A strike whose means is a missile or a rocket, ACLED's missile attack (a shelling), not an air or
# drone strike: "A Russian ballistic missile strike on the Ukrainian port city of Odesa killed at least
# 12", "Odessa: death toll climbs to 14 after missile hits apartment block" (but not "drone and missile
# strikes", both means at once).
_MISSILE_BEFORE = re.compile(r"\b(?<!drones and )(?<!drone and )(?:missiles?|rockets?)[ \t]+$", re.I)
_TOLL_OF_MISSILES = re.compile(r"toll (?:[\w'\u2019-]+ ){0,4}(?:missiles?|rockets?)\b", re.I)
# A wording in another clause than the place's is farther from it than any in its own.
# (an "after" told with its lapse too: "the Houthi movement said ... it had fired a ballistic missile at Ben Gurion airport
# near Tel Aviv, hours after U.S. warplanes struck the Red Sea port of Hodeidah" had given both strikes both sides)
CLAUSE_BREAK = re.compile(r";|,\s+(?:(?:hours|days|minutes|weeks|shortly|moments|soon|just|a\s+day|a\s+week)\s+)?"
                          r"(?:as|while|and|but|whereas|when|after|before)\b")
OTHER_CLAUSE = 1000
# A wording after "since" names the start of a period, not what the sentence reports; any other wording is nearer:
# "Yet the army has carried out airstrikes since the quake, including one on a village near Naungcho in northern Shan
# State" (had been a quake in Shan State).
A_PERIODS_START_BEFORE = re.compile(r"\bsince\s+(?:the\s+|a\s+|last\s+\w+['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# What an event set off, told in a clause of its own after it, lies in another clause than the event's place: "militants
# abducted and killed six women and children from relief camps in Jiribam, triggering protests across Imphal valley"
# (Jiribam's killings had been a protest).
_WHAT_IT_SET_OFF = re.compile(r",\s+(?:triggering|sparking|prompting|provoking|setting off)\b")
# Most sentences contain no keyword: skip the patterns that cannot match, and the text before
# the first place where one can.
_LEADING_WORDS = LeadingWords([t.keywords for t in EVENT_TYPES.values()])


def classify(sentence: str, near: int | None = None) -> str | None:
    """The event type a sentence reports, or None (see ``classify_match``)."""
    found = classify_match(sentence, near)
    return found[0] if found else None


def classify_match(sentence: str, near: int | None = None) -> tuple[str, int] | None:
    """The event type a sentence reports and where its wording starts, or None when it reports
    none of them.

    With ``near`` (an offset in the sentence, where a place is named), the type whose wording
    is closest to it wins: "protests have erupted across Ukraine ... since the invasion" is a
    protest in Ukraine. A mere statement ("said") counts only when nothing else matches.
    """
    wordings = _wordings(sentence)
    best: tuple[int, int, str, int] | None = None
    for rank in wordings.ranks:
        if rank >= _STATEMENT_RANK and best is not None:
            break
        type_id = _TYPE_IDS[rank]
        for start, end in wordings.of(rank):
            distance = 0 if near is None else min(abs(start - near), abs(end - near))
            if distance and CLAUSE_BREAK.search(sentence, min(end, near), max(start, near)):
                distance += OTHER_CLAUSE  # "strikes killed 31 across Gaza, as tanks advanced into Rafah"
            if distance and _WHAT_IT_SET_OFF.search(sentence, min(end, near), max(start, near)):
                distance += OTHER_CLAUSE
            if distance and A_PERIODS_START_BEFORE.search(sentence, max(0, start - 40), start):
                distance += OTHER_CLAUSE
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, type_id, start)
            if near is None:
                break
        if near is None and best is not None:
            break
    if best is None:
        return None
    return settle(sentence, best[2], best[3])


class _Wordings:
    """The spans of each type's wordings in one sentence, each type's found when first asked for:
    a sentence is classified once, then once for each place it names, and ``settle`` looks
    again for other types' wordings."""

    __slots__ = ("sentence", "_offsets", "_spans", "ranks")

    def __init__(self, sentence: str):
        self.sentence = sentence
        self._offsets = _LEADING_WORDS.offsets(sentence)
        self._spans: dict[int, tuple[tuple[int, int], ...]] = {}
        self.ranks = sorted(self._offsets)  # of the types that may match, in order

    def of(self, rank: int) -> tuple[tuple[int, int], ...]:
        """The spans of the matches of the type at ``rank`` (of ``_COMPILED``), in order: those
        ``finditer`` gives."""
        spans = self._spans.get(rank)
        if spans is None:
            spans = self._spans[rank] = self._find(rank)
        return spans

    def _find(self, rank: int) -> tuple[tuple[int, int], ...]:
        pattern = _COMPILED[rank][1]
        if rank not in self._offsets:
            return ()
        offsets = self._offsets[rank]
        if offsets is None:
            return tuple(m.span() for m in pattern.finditer(self.sentence))
        # Tried only where one of its words starts, no match overlapping the one before: finditer's
        # matches, without the cost of trying each alternative at every offset between them.
        spans: list[tuple[int, int]] = []
        end = 0
        for at in offsets:
            if at >= end:
                m = pattern.match(self.sentence, at)
                if m:
                    spans.append(m.span())
                    end = m.end()
        return tuple(spans)


@lru_cache(maxsize=64)  # the sentences of the moment: classify_match and settle ask of each several times
def _wordings(sentence: str) -> _Wordings:
    return _Wordings(sentence)


# Outlaws whose attack on the police or soldiers is a crime's violence, no armed group's battle (``settle``): "Illegal
# miners armed with machetes and shotguns attacked a police patrol near the mining town of Prestea" (had been a
# ground operation); the subject of the attack, told before it with no full stop between.
_OUTLAWS_BEFORE = re.compile(r"\b(?:illegal\s+miners|(?:zama\s+zamas|galamseyers)|smugglers|poachers|(?:illegal\s+)?loggers|"
                             r"robbers|thieves|drug\s+(?:dealers|traffickers)|traffickers|looters|squatters|burglars?|"
                             # one who raided alone, a burglar: "A man who raided more than 20 homes and businesses
                             # across County Durham in a six-week spree has been jailed" (had been a battle)
                             r"(?:a|one|the)\s+(?:\d{2}-year-old\s+)?(?:man|woman|teenager|youth|thief|burglar))\b"
                             r"(?:\s+[\w,'\u2019-]+){0,10}?\s+$", re.I)


# Those who escaped, recaptured: an arrest, no town taken back (``settle``). "Macías, who escaped from a prison in the
# port city of Guayaquil in January 2024, was recaptured in June in the city of Manta" (had been a ground operation
# in Manta); "Police recaptured 14 of the escaped inmates in Machala".
_FUGITIVES = r"(?:inmates|prisoners|escapees|fugitives|convicts|detainees)"
_ESCAPED_THEN_RECAPTURED = re.compile(rf"\b(?:escaped|escapees?|fugitives?|on\s+the\s+run|broke\s+out|{_FUGITIVES})\b"
                                      r"[^.;]{0,160}?\b(?:was|were|been|being)\s+recaptured$", re.I)
_RECAPTURED_FUGITIVES = re.compile(r"recaptured\s+(?:(?:more\s+than\s+|at\s+least\s+|about\s+)?[\w,]+\s+)?"
                                   rf"(?:of\s+)?(?:the\s+|those\s+)?(?:escaped\s+)?{_FUGITIVES}\b", re.I)
# Pictures told before the verb that captured them (``settle``).
# (captured from a perch, on film, with a lens, no town by its captors: "Video shows the town captured by rebels")
_CAPTURED_WITH = re.compile(r"captured\s+(?:from|on|with|using|through)\b", re.I)
_PICTURES_BEFORE = re.compile(r"\b(?:images?|photos?|photographs?|pictures?|footage|video|videos|snapshots?|scans?)\b"
                              r"[^.;]*$", re.I)


# Those who enforce the law, the subject of a raid (``settle``): "Federal immigration agents raided a meatpacking
# plant", "Police raided a house"; told before it with no full stop between.
_ENFORCERS_BEFORE = re.compile(r"\b(?:police|policemen|officers|agents|detectives|investigators|gendarmes|"
                               r"troopers|deputies)\b(?:\s+[\w,'\u2019-]+){0,6}?\s+$", re.I)


# The rain a structure fell in, whose disaster its collapse is (``settle``).
_RAIN_AFTER = re.compile(r"[^.;]{0,40}?\b(?:after|during|amid|following|as)\s+(?:days\s+of\s+|hours\s+of\s+)?"
                         r"(?:heavy|torrential|incessant|monsoon|record|overnight)\s+(?:rains?|rainfall|downpours?)\b",
                         re.I)
# A strike lightning made, the weather's, no air force's (``settle``).
_LIGHTNING_BEFORE = re.compile(r"\blightning\s+$", re.I)


# A suicide bomber or bombing, before the killing it did (``settle``).
_SUICIDE_BOMB = re.compile(r"\bsuicide\s+(?:car\s+)?bomb(?:er|ers|ing|ings|s)?\b", re.I)


# What rallies in business news: "Markets in Buenos Aires rallied on the news, with the Merval index rising 4%".
_MARKETS_BEFORE = re.compile(r"\b(?:markets?|stocks?|shares|bonds?|equities|index|indices|futures)\b[^.;]{0,60}$",
                             re.I)  # (not prices, which crowds rally against: "angry at rising fuel prices")


# ... or after the rally: '"Until Beijing acts, every rally in Hong Kong is a selling opportunity," said a strategist'.
_MARKETS_AFTER = re.compile(r"[^.;]{0,60}\b(?:selling|buying)\s+opportunit|[^.;]{0,40}\b(?:stocks?|shares|index|bonds?)\b",
                            re.I)
# A crowd that celebrates, a victory's or a feast's, protests nothing (``settle``): "Celebrations spilled into the
# streets of Medellín and the nearby towns of Bello and Envigado", "Supporters of the DPP poured onto the streets of
# Blantyre and Mangochi on Wednesday afternoon, singing and waving blue flags" (had been protests); unless it
# protests as well (``_CROWD_PROTESTS``), or is told as protesters ("protesters waving EU flags and singing the
# national anthem").
_CROWD_CELEBRATES = re.compile(r"\b(?:celebrat(?:e|ed|es|ing|ions?)|jubilant|jubilation|rejoic(?:e|ed|ing)|danc(?:e|ed|ing)|"
                               r"revellers|revelers|merrymaking|singing)\b", re.I)


# A massacre someone condemns, told for the words said where they spoke (``settle``): "Pope Leo XIV denounced the
# "terrible massacre" during the Angelus in St. Peter's Square" (had been an attack in the Vatican); but one told with
# its place or its dead stays the massacre's ("condemned the massacre of 20 villagers in Yelwata").
_CONDEMNED_BEFORE = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|"
                               r"lament(?:s|ed|ing)?|mourn(?:s|ed|ing)?)\s+(?:the\s+|this\s+|a\s+|that\s+)?"
                               r"(?:[\"\u201c'\u2018]\s*)?(?:[\w-]+\s+){0,2}$", re.I)
_ITS_PLACE_OR_VICTIMS_AFTER = re.compile(r"massacres?[\"\u201d'\u2019]?\s+(?:(?:in|at|near|on|outside)\s+(?:the\s+)?(?-i:[A-Z])|"
                                         r"(?:of|against)\b)", re.I)


# A crowd gathered at a house of worship, with flags but no grievance (``settle``): the faithful's, no protest.
_GATHERED_AT_WORSHIP = re.compile(r"(?:gathered|gathering|converged|massed|assembled)\s+(?:outside|at|in\s+front\s+of|"
                                  r"around|near)\s+(?:the\s+|a\s+)?(?:[\w'\u2019.-]+\s+){0,4}?(?:cathedral|church|"
                                  r"basilica|mosque|temple|shrine|synagogue|chapel|monastery|gurdwara)\b", re.I)


# A campaign's rally, where a candidate speaks to supporters, protests nothing (``settle``): "Biya ... held only one
# campaign rally, in Maroua, on Oct. 7", "Wecht told supporters at a rally in Pittsburgh", "Nate Morris, the third
# Republican in the race, ... held a rally in Paducah last week" (had been protests); the rally named by its campaign
# just before it, or a sentence that tells a campaign or a speech to the rally ...
_CAMPAIGN_BEFORE_RALLY = re.compile(r"\b(?:campaign|election|electoral|pre-election|re-election|victory|kick-?off)\s+"
                                    r"(?:[\w-]+\s+)?$", re.I)
_CAMPAIGN_TOLD = re.compile(r"\b(?:campaign(?:s|ed|ing)?|candidates?|in\s+the\s+race|running\s+for|"
                            r"seeking\s+(?:re-?election|an?\s+[\w-]+\s+term)|"
                            # (a party leader who told a rally, no campaign named, may have led a protest: "The CHP
                            # leader told a rally in Bursa ... that the party would take the law to the Constitutional
                            # Court")
                            r"(?:told|addressed|addressing|addresses)\s+(?:his\s+|her\s+|their\s+)?supporters|"
                            r"(?:said|speaking|spoke|speaks)\s+(?:to\s+supporters\s+)?at\s+(?:an?|the)\s+(?:[\w-]+\s+)?rally)\b",
                            re.I)
# ... unless the rally, or the crowd at it, protests something: "an opposition rally against the election results"; a
# crowd that celebrates, likewise ("protesters waving EU flags and singing the national anthem").
_CROWD_PROTESTS = re.compile(r"\b(?:against|protest|demonstrat|demand|denounc|condemn|anti-|outrage|solidarity|"
                             r"calling\s+for|call\s+for|to\s+press\s+for|boycott|rigg|fraud|"
                             r"chant(?:ed|ing)?\s+(?:slogans|against)|angry|anger|furious)", re.I)


def _campaign_rally(sentence: str, start: int) -> bool:
    """Whether the rally (noun) at ``start`` is a campaign's, a candidate's speech to supporters, no protest."""
    if not re.match(r"rall(?:y|ies)\b", sentence[start:], re.I) or _CROWD_PROTESTS.search(sentence):
        return False
    return bool(_CAMPAIGN_BEFORE_RALLY.search(sentence, max(0, start - 40), start) or _CAMPAIGN_TOLD.search(sentence))


# A government's protest is a note it sends, no crowd's: "Tokyo lodged a protest through its embassy in Beijing",
# "despite protests from Beijing"; its words quoted ("summoned Japan's ambassador on Thursday to lodge a "stern
# protest" over comments by Japanese Prime Minister Sanae Takaichi" had been a protest), or sent to an envoy: "Tokyo in
# turn protested to the Chinese embassy about a social media post by China's consul general in Osaka" (had been a
# protest in Osaka).
_A_GOVERNMENTS_PROTEST = re.compile(r"\b(?:lodged|lodges|lodge|filed|files|registered|sent|delivered)\s+(?:an?\s+)?"
                                    r"[\"\u201c]?(?:(?:formal|strong|stern|strongest|solemn|vigorous|diplomatic|official)"
                                    r"\s+)?protests?\b|"
                                    r"\bprotest(?:ed|s)?\s+to\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
                                    r"(?:embass|ambassador|envoy|foreign\s+minist)|"
                                    r"\bdiplomatic\s+protests?\b|"
                                    # (officials who protested in words: "Officials in Buenos Aires have protested against
                                    # plans by a British company to drill for oil in the Sea Lion field")
                                    r"\b(?:officials|government|ministry|ministers?|embassy)\b[^.;,]{0,30}?\s+"
                                    r"(?:have|has|had)\s+protested\b|"
                                    # (one drawn or defied, not a crowd's from a city: "Protests from Dhaka spread")
                                    r"\b(?:despite|drew|drawn|drawing|prompt(?:ed|ing)|spark(?:ed|ing)|trigger(?:ed|ing)|"
                                    r"amid)\s+(?:[\w-]+\s+)?protests?\s+from\s+(?-i:[A-Z])[\w'\u2019-]*+(?!\s+to\b)",
                                    re.I)


# A gathering told as where something happened: "stabbed by an Afghan man at an anti-Islam rally" (``settle``).
_AT_A_GATHERING_BEFORE = re.compile(r"\b(?:at|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def settle(sentence: str, type_id: str, start: int) -> tuple[str, int]:
    """The type a sentence reports, given the wording nearest its place (``type_id`` at ``start``):
    that wording's, unless another of the sentence's wordings tells better what happened."""
    wording = sentence[start:start + 6].lower()
    if type_id in ("protest", "ground_operation") and wording[:5] in ("prote", "demon", "suppo", "stude", "clash") \
            and any(m.start() <= start < m.end() for m in CROWDS_CLASH.finditer(sentence)):
        return "riot", start  # "supporters of rival parties clashed in Chittagong": a riot, not a battle
    if type_id == "ground_operation" and wording[:5] == "clash" and _POLICE_NAMED.search(sentence) \
            and not _ARMED_SIDES.search(sentence) and not _FEUDING_SIDES.search(sentence):
        # "police officers had been injured in the clashes in Novi Sad": a riot; but clans' clashes are a feud
        # fought armed, whoever tells them ("after clashes between rival clans over the weekend, acting provincial
        # police commander George Kakas said", in Enga, had been a riot)
        return "riot", start
    if type_id == "protest" and wording[:4] == "rall" and (_MARKETS_BEFORE.search(sentence, max(0, start - 80), start)
                                                          or _MARKETS_AFTER.match(sentence, start)):
        return "statement", start  # "Markets in Paris and Milan rallied": a market's rally, no crowd's
    if type_id == "attack" and wording[:5] == "massa" and _CONDEMNED_BEFORE.search(sentence, max(0, start - 40), start) \
            and not _ITS_PLACE_OR_VICTIMS_AFTER.match(sentence, start):
        return "statement", start  # "Pope Leo XIV denounced the "terrible massacre" during the Angelus in St. Peter's
        # Square": the pope's words where he spoke, no massacre in the Vatican
    if type_id == "protest" and _GATHERED_AT_WORSHIP.match(sentence, start) and not _CROWD_PROTESTS.search(sentence):
        return "statement", start  # "Hundreds of people gathered outside the Cathedral of Santa Maria in Chiclayo,
        # waving Peruvian flags and photographs of the new pontiff": the faithful's, no protest
    if type_id == "protest" and _CROWD_CELEBRATES.search(sentence) and not _CROWD_PROTESTS.search(sentence):
        return "statement", start  # "Celebrations spilled into the streets of Medellín": a feast, no protest
    if type_id == "protest" and wording[:4] == "rall" and _campaign_rally(sentence, start):
        return "statement", start  # "Wecht told supporters at a rally in Pittsburgh": a campaign's speech, no protest
    if type_id == "protest" and wording[:5] == "prote" and _A_GOVERNMENTS_PROTEST.search(sentence, max(0, start - 40),
                                                                                        start + 50):
        return "statement", start  # "Tokyo lodged a protest through its embassy in Beijing": a note, no crowd
    if type_id == "ground_operation" and _CAPTURED_WITH.match(sentence, start) \
            and _PICTURES_BEFORE.search(sentence, max(0, start - 160), start):
        return "statement", start  # pictures captured, no town: "The Vera C. Rubin Observatory released its first
        # images on Monday, showing millions of galaxies ..., captured from its perch on Cerro Pachon"
    if type_id == "ground_operation" and wording[:5] == "recap" \
            and (_RECAPTURED_FUGITIVES.match(sentence, start)
                 or _ESCAPED_THEN_RECAPTURED.search(sentence, max(0, start - 200), start + len("recaptured"))):
        return "arrest", start  # fugitives caught again, no town taken back (``_ESCAPED_THEN_RECAPTURED``)
    outranked_by = _OUTRANKED.get(type_id, ())
    if type_id == "ground_operation" and wording[:4] == "kill":
        bomb = _BOMB_KILLED.search(sentence, max(0, start - 60), start + 4)
        if bomb and bomb.end() == start + 4:
            # "a roadside bomb killed two soldiers and wounded three on Monday near the town of Tarmiyah": ACLED's
            # remote explosive, coded as other bombs are here (an attack), not a battle
            return "attack", bomb.start()
        suicide = _SUICIDE_BOMB.search(sentence, 0, start)
        if suicide:
            # "A suicide bomber rammed an explosives-laden vehicle into a police post in Bannu district ..., killing
            # nine policemen": the bomber's attack, as "suicide bomb" names it, not a battle
            return "attack", suicide.start()
        outranked_by = REMOTE_MEANS  # "a strike on Khiam killed 3 soldiers": a strike, that killed soldiers
    elif type_id == "ground_operation" and wording[:5] == "assau" and _CRIME_TOLD.search(sentence):
        # "Man charged after woman seriously injured in Mallow assault": a crime's; but the charge is the arrest's
        # ("Both were charged with felonious assault and held in the Hamilton County jail")
        charged = _wordings(sentence).of(_RANKS["arrest"])
        if charged and _CHARGE_BEFORE.search(sentence, max(0, start - 40), start):
            return "arrest", charged[0][0]
        return "attack", start
    elif type_id == "ground_operation" and wording[:4] in ("atta", "raid") \
            and _OUTLAWS_BEFORE.search(sentence, max(0, start - 80), start):
        return "attack", start  # "Illegal miners armed with machetes and shotguns attacked a police patrol near ...
        # Prestea": outlaws who turn on the police, no armed group's battle with them
    elif type_id == "riot" and wording[:5] in ("inmat", "priso", "detai", "convi", "jailb"):
        outranked_by = ("disaster",)  # "Nearly 300 inmates escaped from a prison in ... Maiduguri after floodwaters
        # destroyed its walls": the flood's breach, no mob's jailbreak
    elif type_id == "strike" and _LIGHTNING_BEFORE.search(sentence, max(0, start - 12), start):
        return "disaster", start  # "A lightning strike killed three farmers in Bihar's Gaya district": the storm's
    elif type_id == "accident" and wording[:5] == "colla" and _RAIN_AFTER.match(sentence, start):
        return "disaster", start  # "Five people died when their house collapsed after heavy rain in Kampala": the
        # rain's
    elif type_id == "ground_operation" and (wording == "ambush" or wording == "in an ") \
            and (victim := [at for at, end in _wordings(sentence).of(_RANKS["attack"]) if at <= start < end]):
        # "a barangay chairman was also killed in an ambush in Santa Cruz, Laguna": a local official's killing
        # (attack's wording around the ambush), not an armed clash
        return "attack", victim[0]
    elif type_id == "ground_operation" and wording == "raided" \
            and _ENFORCERS_BEFORE.search(sentence, max(0, start - 60), start) \
            and (detained := _wordings(sentence).of(_RANKS["arrest"])):
        # "Federal immigration agents raided a meatpacking plant in Omaha on Tuesday morning, detaining about 70
        # workers": the police's raid and the arrests it made, no army's operation
        return "arrest", detained[0][0]
    elif type_id == "ground_operation" and wording == "raided":
        outranked_by = ("attack",)  # "raided the village of Mbau and killed two fishermen": an attack on them
    elif type_id == "attack" and wording[:4] == "kill":
        # what killed is named nearest the killing: "the earthquake killed 300 people" is no assailant's,
        # "Shelling in northern Gaza killed eight people, and a strike on Gaza City killed four" a shelling, "The
        # fighting ... killed 30 people in El Fasher" a battle; but a raid's killing is an attack (see above)
        nearest = _nearest(sentence, start, REMOTE_MEANS + ("ground_operation", "accident", "disaster"))
        if nearest and nearest[0] == "strike" and _missile_strike(sentence, nearest[1]):
            return "shelling", nearest[1]  # "a Russian ballistic missile strike on ... Odesa killed at least 12"
        if nearest and nearest[0] == "strike" and _LIGHTNING_BEFORE.search(sentence, max(0, nearest[1] - 12),
                                                                           nearest[1]):
            return "disaster", nearest[1]  # "A lightning strike killed three farmers in Bihar's Gaya district"
        return nearest or (type_id, start)
    elif type_id == "attack" and wording[:5] in ("ploug", "plowe", "rammi", "slamm", "drove") \
            and _LOST_CONTROL.search(sentence):
        return "accident", start  # "A truck lost control and ploughed into a crowd": no one drove it there
    elif type_id == "attack" and wording[:4] in ("sank", "sunk"):
        outranked_by = ("disaster",)  # "after Typhoon Yagi sank dozens of vessels": a storm's, no attack
    elif type_id == "strike" and _missile_strike(sentence, start):
        return "shelling", start  # "a Russian ballistic missile strike on ... Odesa killed at least 12"
    elif type_id == "strike" and wording[:5] in ("struc", "strik", "pound", "bomba"):
        outranked_by = ("disaster",)  # "An earthquake struck the port of Beira": no military's strike
    elif type_id in ("protest", "attack") and (violence := CROWD_VIOLENCE.search(sentence)) \
            and (type_id == "protest" and not CLAUSE_BREAK.search(sentence, min(violence.end(), start),
                                                                  max(violence.start(), start))
                 or violence.start() <= start < violence.end()):
        # what the crowd itself burned or stormed, a violent demonstration (ACLED's riot), not an attack on
        # civilians: "Protesters in Kitengela, south of the capital, set fire to a police station", "Three people
        # were killed after protesters set fire to a regional parliament building in the city of Makassar"; not a
        # protest another clause tells ("..., as demonstrations over lawmakers' perks spread across Indonesia")
        return "riot", start
    elif type_id == "protest" and _AT_A_GATHERING_BEFORE.search(sentence, max(0, start - 40), start) \
            and (attacks := [span for span in _wordings(sentence).of(_RANKS["attack"]) if span[1] <= start]):
        # the rally where someone was stabbed or shot is the attack's site, no protest of its own: "a police officer
        # was fatally stabbed by an Afghan man at an anti-Islam rally in the city of Mannheim on May 31"
        return "attack", attacks[-1][0]
    elif type_id == "ground_operation" and wording[:5] in ("fight", "clash") \
            and _AMID_IT_BEFORE.search(sentence, max(0, start - 30), start) \
            and (outbreak := _AN_OUTBREAK.search(sentence, 0, start)):
        # an outbreak's news, the fighting what it spreads amid: "Mpox infections are rising in eastern Congo, where
        # fighting has forced health workers to abandon clinics" (had been a ground operation in Goma)
        return "disaster", outbreak.start()
    elif type_id == "ground_operation" and _TO_END_BEFORE.search(sentence, max(0, start - 40), start) \
            and (talks := [span for span in _wordings(sentence).of(_RANKS["talks"]) if span[1] <= start]):
        # "signed a framework agreement in Doha on Saturday, a step towards ending years of fighting in eastern
        # Congo": the fighting the talks told before would end, no battle of the day (but a withdrawal's end is
        # one: "Ukraine pulled out of the Russian town of Sudzha in March, ending a seven-month incursion into the
        # Kursk region that Kyiv had hoped to trade in eventual peace talks")
        return "talks", talks[0][0]
    elif type_id == "arrest" and wording[:4] == "seiz" and _SEIZED_A_SHIP.match(sentence, start):
        outranked_by = ("attack",)  # "Somali pirates seize bulk carrier": their hijacking, no navy's seizure (but
        # the police's haul stays theirs: "police seized $320,000 in cash")
    elif type_id == "protest" and FORCE_ON_PROTESTERS.search(sentence):
        outranked_by = ("attack",)  # "police shot dead three protesters": an attack on them
    wordings = _wordings(sentence)
    for outranking_id in outranked_by:
        outranking = wordings.of(_RANKS[outranking_id])
        if type_id == "accident" and outranking_id == "attack":
            # a killing told with no killer is no attack beside a mishap: "Floods killed 12 people in Kerala
            # on Monday, and two children drowned in Kochi" (the floods' drowned)
            outranking = [span for span in outranking if sentence[span[0]:span[0] + 4].lower() != "kill"]
        if type_id == "accident" and outranking_id == "disaster":
            # a hazard named for the help sent after it is no cause of the mishap: "A rescue helicopter crashed in
            # Mohmand district on Friday while on a flood relief mission, killing all five crew members" (had been a
            # disaster)
            outranking = [span for span in outranking if not _RELIEF_AFTER.match(sentence, span[1])]
        if type_id == "attack" and outranking_id in REMOTE_MEANS:
            # a strike's word whose killing is the gunmen's: "The strikes follow the April 22 attack in Pahalgam in
            # which gunmen killed 26 men" (a strike on Pahalgam had been made)
            outranking = [span for span in outranking
                          if not _ASSAILANTS_KILLED.search(sentence, span[0], span[1])]
        if type_id == "protest" and outranking_id == "arrest":
            # arrests another clause adds, after the protest's: "Protests over water also took place in the towns
            # of Shadegan and Hamidiyeh, the Hengaw rights group said, adding that 14 people had been arrested in
            # Susangerd" (Shadegan's and Hamidiyeh's had been arrests)
            outranking = [span for span in outranking if (span[0] < start
                          or not _ADDING_THAT.search(sentence, start, span[0])
                          and not (_ANOTHER_SOURCE.search(sentence, start, span[0])
                                   and _PLACED_AFTER.match(sentence, span[1])))
                          and not _ARREST_PROTESTED_BEFORE.search(sentence, max(0, span[0] - 40), span[0])
                          and not (span[0] > start and _ARREST_SET_IT_OFF.search(sentence, max(0, span[0] - 60),
                                                                                  span[0]))
                          and not (span[1] <= start and _WHEN_IT_WAS.search(sentence, span[1], start))]
        if outranking:  # "Police arrested 12 demonstrators": an arrest, of protesters
            return outranking_id, outranking[0][0]
    return type_id, start


def _missile_strike(sentence: str, start: int) -> bool:
    """Whether the strike's wording at ``start`` tells of a missile's or a rocket's strike (a shelling)."""
    wording = sentence[start:start + 5].lower()
    return (wording == "strik" and _MISSILE_BEFORE.search(sentence, max(0, start - 40), start) is not None) \
        or (wording[:4] == "toll" and _TOLL_OF_MISSILES.match(sentence, start) is not None)


def _nearest(sentence: str, offset: int, type_ids: tuple[str, ...]) -> tuple[str, int] | None:
    """Which of ``type_ids`` has a wording in ``sentence`` nearest ``offset``, and where, or None."""
    wordings = _wordings(sentence)
    found = [(min(abs(start - offset), abs(end - offset)), rank, type_id, start)
             for rank, type_id in enumerate(type_ids) for start, end in wordings.of(_RANKS[type_id])
             if sentence[start:end].lower() != "raided"]
    return min(found)[2:] if found else None


def closest_type(word: str) -> str | None:
    """The known type id closest to a misspelt one ("stike" -> "strike"), for error hints."""
    import difflib

    match = difflib.get_close_matches(word, list(EVENT_TYPES), n=1, cutoff=0.6)
    return match[0] if match else None


def default_summary(type_id: str, place_name: str) -> str:
    """The summary the extractor gives an event: "Protest in Port Sudan"."""
    return f"{EVENT_TYPES[type_id].label} in {place_name}"
