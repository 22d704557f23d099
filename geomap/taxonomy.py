"""Event types, compatible with ACLED's event types and sub-event types.

Each geomap type maps to one ACLED (event_type, sub_event_type) pair so exports line up
with ACLED data; "statement" has no ACLED counterpart and maps to Strategic developments /
Other. The keywords decide the type of a sentence, first matching type wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.cues import LeadingWords

__all__ = ["CLAUSE_BREAK", "OTHER_CLAUSE", "DEADLY_TYPES", "EventType", "EVENT_TYPES", "VIOLENCE_ORDER", "classify",
           "classify_match",
           "closest_type",
           "default_summary"]


# Who kills in attacks on civilians ("Gunmen killed 17 people in Gusau"), unless fighting ("clashes
# between gunmen and the army", "fighting with militants"), and how places are
# attacked: what is stormed, torched or set fire to (not a pitch, a server or the Lakers).
_ASSAILANTS = ("gunmen", "gunman", "militants", "attackers", "bandits", "jihadists", "insurgents", "assailants")
_ATTACK_VERBS = ("stormed", "torched", r"set(?:ting)? fire to", r"burn(?:ed|t) down")
_FORCES = r"(?:soldiers|troops|servicemen|policemen|police officers|officers|militiamen|security forces)\b"  # in battle
_FORCE_NOUNS = ("soldier", "officer", "policeman", "serviceman", "trooper", "guard")
_VEHICLES = ("plane", "car", "bus", "train", "helicopter", "truck", "road", "traffic", "vehicle", "motorcycle", "boat",
             "ferry", "air", "jet")
_BUILDINGS = ("house", "home", "apartment", "building", "factory", "warehouse", "hotel", "three-alarm", "two-alarm",
              "four-alarm", "five-alarm", "residential")
# What a military says it struck ("said it struck Hezbollah targets in Nabatieh"): from the air or afar.
_STRUCK = ("struck", "hit", "targeted", "pounded")
_MILITARY_TARGETS = r"(?:targets?|positions|sites|infrastructure|facilities|depots?|launchers?|command posts?|" \
                    r"strongholds?|hideouts?)"
_TARGETS = ("towns?|villages?|city|camp|buildings?|parliament|compound|prison|base|church|mosque|school|hospital|"
            "embassy|market|police station|office|palace|capitol|homes?|houses?|shops?|cars|vehicles|bus|convoy")


# What rain did that makes it a disaster, not a forecast nor a match rained off.
_DID_HARM = r"(?=[^.;]{0,80}\b(?:kill|flood|landslide|destroy|damag|swept|collaps|displac|strand|inundat|submerg))"


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
              r"prisoner (?:swap|exchange)s?|humanitarian exchange|exchange of (?:prisoners|bodies|pows)|pows?\b"),
    EventType("strike", "Air or drone strike", "Explosions/Remote violence", "Air/drone strike", "#c0392b",
              r"drones?\b.*\b(?:struck|strike|attack|hit|downed|shot down|intercept)|air ?strikes?|"
              r"drone (?:strike|attack)s?|air raids?(?! (?:sirens?|alerts?|alarms?|warnings?|shelters?))|"
              r"bomb(?:ed|ing)|\buavs?\b|downed .* drones|"
              + "".join(rf"{craft} (?:struck|bombed|hit|attacked)|" for craft in ("aircraft", "warplanes?", "jets?",
                                                                               "helicopters?"))
              + "".join(rf"\b{means}\b[^.;]{{0,80}}\bkill(?:ed|ing|s)?\b|"
                        for means in ("strikes?", "drones?", "missiles?"))
              + r"\btoll (?:[\w'\u2019-]+ ){0,4}(?:air ?strikes?|strikes?|drones?|missiles?)\b|"
              r"drones? (?:crashed|slammed) into\b|"
              + "|".join(rf"\b{verb} (?:[\w-]+ ){{0,3}}{_MILITARY_TARGETS}\b" for verb in _STRUCK)),
    EventType("shelling", "Shelling or missile attack", "Explosions/Remote violence",
              "Shelling/artillery/missile attack", "#d35400",
              r"shell(?:ed|ing)|artillery|bombard(?:ed|ment)\b(?! of (?:questions|criticism|messages|calls|complaints|"
              r"abuse))|missiles? (?:strikes?|attacks?|hit|struck|slammed)|"
              r"rocket (?:attack|fire)|"
              r"mortar|\bfired (?:\w+ ){0,4}(?:rockets?|missiles?|shells)\b|"
              r"rockets? (?:[\w-]+ ){0,3}?(?:hit|struck|landed|slammed)|"
              r"shells (?:fell|hit|struck|landed|slammed|rained)"),
    EventType("ground_operation", "Ground operation", "Battles", "Armed clash", "#7f4f24",
              # an army's assault, not a crime's ("convicted of aggravated assault")
              r"offensive|incursion|invasion|assault\b(?<!aggravated assault)(?<!sexual assault)"
              r"(?<!indecent assault)(?<!common assault)(?<!of assault)(?! (?:rifles?|weapons?|charges?))|"
              r"advance[ds]?\b|"
              # (each wording opens with its rarest word, which the classifier looks for first: "shot")
              + r"shot\b(?:" + "|".join(rf"(?<={who} was shot)|(?<={who}s were shot)" for who in _FORCE_NOUNS)
              + r"|(?<=troops were shot))(?! down)|clash(?:es)?|\bfighting|"
              r"\bfought\b(?! (?:a |the )?(?:\w+ )?(?:blazes?|fires?|wildfires?|flames))|"
              r"battles?\b(?! (?:the )?(?:flames|fires?|blazes?|wildfires?|cancer|illness))|recaptur|"
              r"captur(?:e|ed)|seiz(?:e|ed)|cross-border operation|ground operation|push\b|penetrate|"
              r"counteroffensive|troops? (?:entered|moved)|besieg|siege\b(?! mentality)|"
              r"\braided\b|"
              r"ambush(?:ed)? (?:an? |the )?(?:\w+ ){0,2}(?:convoy|patrol|soldiers|troops|police|vehicles?|bus|army|"
              r"forces)|"
              r"\bin an ambush|ambush (?:on|near|in)\b|"
              r"ambushed\b(?:(?<=were ambushed)|(?<=was ambushed))|"
              r"attack(?:ed|s)? (?:on )?(?:an? |the )?(?:army|military|police|security) |"
              r"attack(?:ed|s)? (?:on )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:positions|outposts?|checkpoints?|bases?)\b|"
              r"kill(?:ed|ing|s)? (?:\w+ ){0,5}(?:soldiers|troops|servicemen|policemen|police officers|militants|"
              r"insurgents|jihadists|security forces)\b"),
    EventType("protest", "Protest", "Protests", "Peaceful protest", "#1f6fb2",
              r"protest|demonstrat|rall(?:y|ies|ied|ying)|marche[ds]|took to the streets|to the streets|sit-in"),
    EventType("riot", "Riot", "Riots", "Violent demonstration", "#b03a8c", r"\briot"),
    EventType("exercise", "Military exercise", "Strategic developments", "Change to group/activity", "#2e7d32",
              r"drills?\b|military exercises?|exercises\b|maneuvers|manoeuvres|war games"),
    EventType("talks", "Talks or diplomacy", "Strategic developments", "Agreement", "#00838f",
              r"talks\b|negotiat|summit|\bmet\b(?! office)(?! police)|meeting|delegation|diplomat|ceasefire agreement|"
              r"signed .* agreement"),
    EventType("arrest", "Arrest", "Strategic developments", "Arrests", "#5d4037",
              r"arrest(?:ed|s)?\b|detain(?:ed|s|ing)?\b|charged with"),
    EventType("attack", "Attack on civilians", "Violence against civilians", "Attack", "#8e0000",
              r"killed .*civilians|massacre|toll (?:[\w'\u2019-]+ ){0,4}attacks?\b|execut(?:ed|ion)|abduct|"
              r"opened fire|suicide bomb|"
              # live fire on a crowd, not tear gas: "troops fired at crowds in Mandalay, killing 20"
              r"fired (?:live (?:rounds|ammunition|bullets) )?(?:at|on|into) (?:the |a )?(?:crowds?|protesters|"
              r"demonstrators|civilians|worshippers|mourners|villagers|students)\b|"
              # a weapon's fire that killed, not a blaze's ("Gunfire killed three at a wedding",
              # "Israeli fire killed five"; "the fire killed" is an accident)
              r"fire(?:" + "|".join(rf"(?<={weapon})" for weapon in (
                  "gunfire", "sniper fire", "tank fire", "machine-gun fire", "small-arms fire", "army fire",
                  "police fire", "troops' fire", "eli fire", "ian fire", "ese fire", "ish fire", "ani fire", "ali fire"))
              + r") (?:killed|kills|killing|wounded|wounding|injured)\b|"
              r"car bomb|shot dead|shot and killed|gunned down|stabbed|hacked to death|"
              # local news' crimes against people: "was shot in the leg", "a stabbing", "was assaulted"
              # (not of soldiers or police, which is battle: "a soldier was shot near Bakhmut")
              r"shot\b(?:(?<=was shot)|(?<=were shot))(?! down)"
              + "".join(rf"(?<!{who} was shot)(?<!{who}s were shot)" for who in _FORCE_NOUNS) +
              r"|shot and (?:wounded|injured)|"
              # (not a trial, a case, a memorial, a film or a sport: "the shooting trial", "victims of the
              # shooting", "shooting of the film", "the shooting event")
              r"shootings?\b(?! down)(?! (?:range|star|guard|club|practice|film|season|schedule|trial|case|event|"
              r"competition|victims?|suspect|inquiry|investigation|hearing|sports?)\b)"
              r"(?! of (?:the |a )?(?:film|movie|series|video|scenes?))(?<!victims of the shooting)|stabbings?\b|"
              # (not a charge, a verdict or a trial: "convicted of aggravated assault", "the murder trial")
              r"assaulted|aggravated assault\b(?<!of aggravated assault)(?<!with aggravated assault)|"
              r"sexual(?:ly)? assault(?:ed)?\b(?<!of sexual assault)(?<!with sexual assault)|"
              r"murder(?:ed|s)?\b(?<!of murder)(?<!with murder)(?! (?:trial|case|charges?|inquiry|investigation|"
              r"suspect|conviction|hearing|probe)\b)(?! (?:\w+ ){0,5}" + _FORCES + ")|"
              r"arson\b(?<!of arson)(?<!with arson)(?! (?:charges?|trial|case|suspect|investigation|inquiry)\b)|"
              # (each alternative opens with a word, which cues.LeadingWords looks for first)
              r"explosions? (?:in|of) an? (?:car|vehicle|parked car|motorcycle)\b|"
              r"blasts? (?:in|of) an? (?:car|vehicle|parked car|motorcycle)\b|"
              r"roadside (?:explosions?|blasts?)\b|ied (?:explosions?|blasts?)\b|"
              r"bomb (?:blast|attack|exploded|went off)|bombs?\b[^.;]{0,40}\bkill(?:ed|ing|s)?\b|"
              r"\battack(?:s|ed)?\b[^.;]{0,60}\bkill(?:ed|ing|s)?\b(?! (?:\w+ ){0,5}" + _FORCES + ")|"
              + "".join(rf"\b{who}\b(?<!between {who})(?<!with {who})[^.;]{{0,60}}\bkill(?:ed|ing|s)?\b"
                        rf"(?! (?:\w+ ){{0,5}}{_FORCES})|"
                        for who in _ASSAILANTS)
              + "".join(rf"{verb} (?:the |an? )?(?:\w+ ){{0,3}}(?:{_TARGETS})\b|" for verb in _ATTACK_VERBS) +
              r"attacked\b(?:(?<=was attacked)|(?<=were attacked))"
              r"(?! (?:on|in|by|over|for|as) (?:social|the press|critics|"
              r"the opposition|opposition|cyber|hackers|ransomware|a bear|a dog|dogs|a shark|lawmakers|rivals))|"
              r"attacked (?:the |an? )?(?:\w+ ){0,3}(?:village|civilians|students|worshippers|church|mosque|bus|convoy|"
              r"school|hospital|market|displacement camp|camp for)"),
    # Floods, earthquakes and fires, which report writers map beside conflict: ACLED has no type
    # for them. "flooded" is left out: protesters flood streets.
    EventType("disaster", "Disaster", "Strategic developments", "Other", "#827717",
              r"\bfloods?\b(?! of)|flooding|floodwaters?|flood waters|flash floods?\b(?! of)|"
              r"earthquakes?(?<!political earthquake)(?<!political earthquakes)|\bquakes?\b|"
              r"aftershocks?|wildfires?|bushfires?|forest fires?|hurricanes?|typhoons?|cyclones?|"
              r"landslides?\b(?! (?:victory|win|defeat|election|majority|vote))|mudslides?|tornado(?:es)?|"
              r"droughts?\b(?! of)|\bstorms?\b(?! of)|volcanic eruptions?|tsunamis?|heatwaves?|heat waves?|"
              r"blizzards?|avalanches?|cloudbursts?|landfall|"
              # a volcano's eruption, not violence's or a protest's ("protests erupted in Nairobi")
              r"eruptions?\b(?! of)|erupt(?:ed|s|ing)\b(?=[^.;]{0,80}\b(?:ash|lava|plumes?|crater|pyroclastic|volcan))|"
              r"\bmount [^.;]{0,40}?\berupt(?:ed|s|ing)\b|\bvolcano(?:es)?\b[^.;]{0,60}?\berupt(?:ed|s|ing)\b|"
              r"lava flows?|ash (?:columns?|clouds?|plumes?)|lahars?|"
              r"burned (?:more than |about |nearly |over |some )?[\d,.]+ (?:hectares|acres)|"
              # epidemics, which humanitarian desks map beside floods (not the aid against them:
              # "14 cholera treatment centres in Hajjah")
              + "".join(rf"{disease}\b(?! (?:treatment|vaccin\w*|kits?|response|centres?|centers?|beds?|supplies|"
                        r"prevention|awareness))|" for disease in (
                            "cholera", "ebola", "mpox", "measles", "dengue", "marburg", "diphtheria", "epidemics?"))
              + "|".join(rf"{rain}{_DID_HARM}" for rain in (
                  r"rain(?:(?<=heavy rain)|(?<=torrential rain)|(?<=monsoon rain)|(?<=incessant rain)|(?<=record rain))"
                  r"(?:s|fall)?", "downpours?", "rainstorms?"))),
    # Fires, crashes and the like, which local news reports most: no disaster, and no one's attack.
    EventType("accident", "Accident or fire", "Strategic developments", "Other", "#b26a00",
              # (each wording opens with its rarest word, which the classifier looks for first: "crash",
              # not "car", "fire", not "house")
              "|".join(noun + "(?:" + "|".join(rf"(?<={what} {noun})" for what in _VEHICLES) + r")(?:es|s)?\b"
                       for noun in ("crash", "accident", "collision")) +
              r"|crashed (?:into|onto|shortly|near|off)\b(?<!drone crashed into)(?<!drones crashed into)"
              r"|collided|derail(?:ed|ment)|capsized|caught fire|"
              + "".join(rf"{verb} (?:into|off) (?:a |the )?(?:gorge|ravine|river|canal|cliff)|"
                        for verb in ("fell", "plunged", "veered"))
              + r"fire\b(?:(?<=killed in a fire)|(?<=died in a fire))|blaze\b(?:(?<=killed in a blaze)|"
              r"(?<=died in a blaze))|"
              + "fire(?:" + "|".join(rf"(?<={what} fire)" for what in _BUILDINGS) + r")s?\b|"
              # (a blaze, not a weapon's: "a fire broke out", "the fire killed"; not "Israeli fire killed")
              + r"\bblazes?\b|\bfire(?:(?<=\ba fire)|(?<=\bthe fire)) "
              r"(?:destroyed|gutted|broke out|killed|tore through|"
              r"engulfed|swept through|ripped through)"
              r"|explosion(?<=gas explosion)s?\b|leak(?<=gas leak)s?\b"),
    EventType("statement", "Statement", "Strategic developments", "Other", "#546e7a",
              r"\bsaid\b|stated|announced|warned|claimed|told\b|according to"),
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
_COMPILED_BY_ID = dict(_COMPILED)
# A type that yields to another the same sentence reports, whatever lies nearer the place.
# ACLED codes a strike or shelling that kills civilians as remote violence, by its means: "a drone
# strike on the market of El Fasher town killed 9 civilians" is a strike.
_MEANS = ("strike", "shelling")
FORCE_ON_PROTESTERS = re.compile(r"\b(?:shot dead|shot and killed|opened fire|gunned down)\b", re.I)
# An accident that a strike, a shelling, an attack or a natural hazard caused is that event: "a fire
# broke out at a refinery in Tuapse after a drone attack", "a landslide crashed into houses".
_OUTRANKED = {"protest": ("arrest",), "attack": _MEANS,
              "accident": ("strike", "shelling", "attack", "ground_operation", "disaster")}
# A wording in another clause than the place's is farther from it than any in its own. A toll's
# breakdown is another clause: "killed 20 in Cebu province, most of them in Liloan" is Cebu's 20.
CLAUSE_BREAK = re.compile(r";|,\s+(?:as|while|and|but|whereas|when|after|before|among\s+them|"
                          r"(?:most|many|all|some|half|several|one|two|three|four|five|\d+)\s+of\s+(?:them|whom)|"
                          r"including(?=\s+(?:at\s+least\s+|about\s+|some\s+)?(?:\d|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|a\s+dozen|dozens|hundreds)))\b", re.I)
OTHER_CLAUSE = 1000
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
    starts = _LEADING_WORDS.starts(sentence)
    best: tuple[int, int, str, int] | None = None
    for rank, (type_id, pattern) in enumerate(_COMPILED):
        if type_id == "statement" and best is not None:
            break
        if rank not in starts:
            continue
        for m in pattern.finditer(sentence, starts[rank]):
            distance = 0 if near is None else min(abs(m.start() - near), abs(m.end() - near))
            if distance and CLAUSE_BREAK.search(sentence, min(m.end(), near), max(m.start(), near)):
                distance += OTHER_CLAUSE  # "strikes killed 31 across Gaza, as tanks advanced into Rafah"
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, type_id, m.start())
            if near is None:
                break
        if near is None and best is not None:
            break
    if best is None:
        return None
    outranked_by = _OUTRANKED.get(best[2], ())
    if best[2] == "ground_operation" and sentence[best[3]:best[3] + 4].lower() == "kill":
        outranked_by = _MEANS  # "a strike on Khiam killed 3 soldiers": a strike, that killed soldiers
    elif best[2] == "protest" and FORCE_ON_PROTESTERS.search(sentence):
        outranked_by = ("attack",)  # "police shot dead three protesters": an attack on them
    for outranking_id in outranked_by:
        outranking = _COMPILED_BY_ID[outranking_id].search(sentence)
        if outranking:  # "Police arrested 12 demonstrators": an arrest, of protesters
            return outranking_id, outranking.start()
    return best[2], best[3]


def closest_type(word: str) -> str | None:
    """The known type id closest to a misspelt one ("stike" -> "strike"), for error hints."""
    import difflib

    match = difflib.get_close_matches(word, list(EVENT_TYPES), n=1, cutoff=0.6)
    return match[0] if match else None


def default_summary(type_id: str, place_name: str) -> str:
    """The summary the extractor gives an event: "Protest in Port Sudan"."""
    return f"{EVENT_TYPES[type_id].label} in {place_name}"
