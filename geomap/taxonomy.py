"""Event types, compatible with ACLED's event types and sub-event types.

Each geomap type maps to one ACLED (event_type, sub_event_type) pair so exports line up
with ACLED data; "statement" has no ACLED counterpart and maps to Strategic developments /
Other. The keywords decide the type of a sentence, first matching type wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.cues import LeadingWords

__all__ = ["EventType", "EVENT_TYPES", "classify", "closest_type", "default_summary"]


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
              r"drone (?:strike|attack)s?|air raids?|bomb(?:ed|ing)|\buavs?\b|downed .* drones|"
              r"(?:aircraft|warplanes?|jets?|helicopters?) (?:struck|bombed|hit|attacked)|"
              r"\b(?:strikes?|drones?|missiles?)\b[^.;]{0,80}\bkill(?:ed|ing|s)?\b"),
    EventType("shelling", "Shelling or missile attack", "Explosions/Remote violence",
              "Shelling/artillery/missile attack", "#d35400",
              r"shell(?:ed|ing)|artillery|missiles? (?:strike|attack|hit)|rocket (?:attack|fire)|mortar"),
    EventType("ground_operation", "Ground operation", "Battles", "Armed clash", "#7f4f24",
              r"offensive|incursion|invasion|assault|advance[ds]?\b|clash(?:es)?|fighting|battles?\b|recaptur|"
              r"captur(?:e|ed)|seiz(?:e|ed)|cross-border operation|ground operation|push\b|penetrate|"
              r"counteroffensive|troops? (?:entered|moved)"),
    EventType("protest", "Protest", "Protests", "Peaceful protest", "#1f6fb2",
              r"protest|demonstrat|rall(?:y|ies|ied|ying)|marche[ds]|took to the streets|to the streets|sit-in"),
    EventType("riot", "Riot", "Riots", "Violent demonstration", "#b03a8c", r"\briot"),
    EventType("exercise", "Military exercise", "Strategic developments", "Change to group/activity", "#2e7d32",
              r"drills?\b|military exercises?|exercises\b|maneuvers|manoeuvres|war games"),
    EventType("talks", "Talks or diplomacy", "Strategic developments", "Agreement", "#00838f",
              r"talks\b|negotiat|summit|\bmet\b|meeting|delegation|diplomat|ceasefire agreement|signed .* agreement"),
    EventType("arrest", "Arrest", "Strategic developments", "Arrests", "#5d4037",
              r"arrest(?:ed|s)?\b|detain(?:ed)?|charged with"),
    EventType("attack", "Attack on civilians", "Violence against civilians", "Attack", "#8e0000",
              r"killed .*civilians|massacre|execut(?:ed|ion)|abduct"),
    EventType("statement", "Statement", "Strategic developments", "Other", "#546e7a",
              r"\bsaid\b|stated|announced|warned|claimed|told\b|according to"),
    # Matches no sentence; "^$" rather than "$^" as re then tries it at the start only.
    EventType("other", "Other", "Strategic developments", "Other", "#455a64", r"^$"),
]}
_COMPILED = [(t.id, re.compile(t.keywords, re.I)) for t in EVENT_TYPES.values()]
_COMPILED_BY_ID = dict(_COMPILED)
# A type that yields to another the same sentence reports, whatever lies nearer the place.
_OUTRANKED = {"protest": "arrest"}
# Most sentences contain no keyword: skip the patterns that cannot match, and the text before
# the first place where one can.
_LEADING_WORDS = LeadingWords([t.keywords for t in EVENT_TYPES.values()])


def classify(sentence: str, near: int | None = None) -> str | None:
    """The event type a sentence reports, or None when it reports none of them.

    With ``near`` (an offset in the sentence, where a place is named), the type whose wording
    is closest to it wins: "protests have erupted across Ukraine ... since the invasion" is a
    protest in Ukraine. A mere statement ("said") counts only when nothing else matches.
    """
    starts = _LEADING_WORDS.starts(sentence)
    best: tuple[int, int, str] | None = None
    for rank, (type_id, pattern) in enumerate(_COMPILED):
        if type_id == "statement" and best is not None:
            break
        if rank not in starts:
            continue
        for m in pattern.finditer(sentence, starts[rank]):
            distance = 0 if near is None else min(abs(m.start() - near), abs(m.end() - near))
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, type_id)
            if near is None:
                break
        if near is None and best is not None:
            break
    if best is not None and best[2] in _OUTRANKED and _COMPILED_BY_ID[_OUTRANKED[best[2]]].search(sentence):
        return _OUTRANKED[best[2]]  # "Police arrested 12 demonstrators": an arrest, of protesters
    return best[2] if best else None


def closest_type(word: str) -> str | None:
    """The known type id closest to a misspelt one ("stike" -> "strike"), for error hints."""
    import difflib

    match = difflib.get_close_matches(word, list(EVENT_TYPES), n=1, cutoff=0.6)
    return match[0] if match else None


def default_summary(type_id: str, place_name: str) -> str:
    """The summary the extractor gives an event: "Protest in Port Sudan"."""
    return f"{EVENT_TYPES[type_id].label} in {place_name}"
