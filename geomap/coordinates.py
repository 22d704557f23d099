"""Coordinates written in an article: an OSINT write-up's "We geolocated it to 29.3544, 71.6911"
or "31°38'N 74°52'E".

``find_coordinates`` reads the pairs a text writes (decimal degrees, signed or with hemisphere
letters; degrees, minutes and seconds with ° ' " or ′ ″), strictly: a date ("2025, 05"), a
score ("3-2"), a price or a list of figures ("1.5, 2.0 percent") is no pair. ``place_coordinates``
puts them on the map: at the place its sentence names near the point (that place is drawn at
the stated point, ``coord_source: text``, its gazetteer entry kept), or as a place of its own,
named as written, when no place named is near.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.evaluate import haversine_km  # the one great-circle distance the scorer and resolver use
from geomap.model import Event, Place

__all__ = ["Coordinates", "find_coordinates", "place_coordinates", "NEAR_KM"]

# A named place this near the stated point is where the point is (Bahawalpur's gazetteer point is
# 5 km from the seminary a geolocation put at 29.3544, 71.6911); a point farther off is a spot of its own.
NEAR_KM = 50.0


@dataclass(frozen=True)
class Coordinates:
    """A coordinate pair as written, at ``text[start:end]``, in decimal degrees."""

    text: str
    start: int
    end: int
    lat: float
    lon: float


_NUM = r"\d{1,3}(?:\.\d+)?"
_MIN = r"[\'\u2032\u2019]"  # ' ′ ’
_SEC = r"(?:\"|\u2033|\u201d|'')"  # " ″ ” ''
# One angle with its hemisphere: 31°38'N, 31°38′12″N, 29.35°N, 29.35N (without a degree sign, a
# decimal with the letter right after it: "the 3 S 4 E", "Flight 5N 20E" are no angles).
_ANGLE = (rf"(?P<degI>{_NUM})(?P<markI>\s*°\s*(?:(?P<minI>\d{{1,2}}(?:\.\d+)?)\s*{_MIN}\s*"
          rf"(?:(?P<secI>\d{{1,2}}(?:\.\d+)?)\s*{_SEC}\s*)?)?)?[ \t]?(?P<hemI>[NSEW])\b")
# "31°38'N 74°52'E", "29.35N, 71.69E", "31°38′12″N / 74°52′05″E": two angles with hemisphere letters.
_HEMISPHERE_PAIR = re.compile(r"(?<![\w.])" + _ANGLE.replace("I>", "1>") + r"\s*[,;/]?\s*"
                              + _ANGLE.replace("I>", "2>"))
# Words that make the figures before them amounts, not degrees ("1.234, 5.678 million", "45.500,
# 46.250 shillings a kilo").
_UNITS = (r"(?:million|billion|trillion|thousand|points?|pts|kilo\w*|km|miles?|met(?:er|re)s?|tons?|tonnes?|"
          r"seconds?|minutes?|hours?|days?|years?|dollars?|euros?|pounds?|rupees?|yen|barrels?|kg|mm|cm|"
          r"shillings?|naira|cedis?|rand|pesos?|reais|rubles?|roubles?|yuan|rupiah|ringgit|baht|dirhams?|riyals?|"
          r"francs?|lira|hryvnias?|zlotys?|krona|kronor|kroner|usd|eur|gbp)\b")
# A list of figures ("12.345, 13.456, 14.567"): a pair inside it is no pair.
_FIGURE_BEFORE = re.compile(r"\d\s*,\s*$")
# "29.3544, 71.6911", "(47.0957, 37.5433)", "-33.8688, 151.2093": signed decimal degrees, the
# latitude first, as map services copy them. Four decimals at least (about 10 m) unless a word
# before says what they are ("coordinates 48.59, 38.00"): "1.5, 2.0", "3.10, 3.11", prices
# "45.500, 46.250" and scores "45.123, 51.234" are figures, as are four decimals said to be
# prices, rates, versions or scores ("the euro traded at 1.0850, 1.0875").
_DECIMAL_PAIR = re.compile(r"(?<![\w.$€£¥%-])(?P<lat>[-−]?\d{1,2}\.(?P<latd>\d+))°?\s*,\s*"
                           r"(?P<lon>[-−]?\d{1,3}\.(?P<lond>\d+))°?(?![\w%°]|\.\d|,\s*\d|\s*(?:%|percent\b|per\b|" + _UNITS + r"))")
# Words that say the figures before or after them are coordinates.
_COORDINATE_CUE = re.compile(r"\b(?:geolocat\w*|coordinates?|located|lat(?:itude)?|gps|grid|position)\b", re.I)
_FIGURES_CUE = re.compile(r"\b(?:prices?|priced|rates?|traded|trading|exchange|versions?|releases?|scores?|scored|"
                          r"index|indices|yields?|odds|shares?|stocks?|bonds?|figures?|attendance|results?|ratings?|"
                          r"averages?|readings?)\b", re.I)
_DECIMALS_UNCUED = 4


def _angle(m: re.Match, i: int) -> float | None:
    deg, minutes, sec = m.group(f"deg{i}"), m.group(f"min{i}"), m.group(f"sec{i}")
    if m.group(f"mark{i}") is None and "." not in deg:
        return None
    if (minutes is not None or sec is not None) and "." in deg:
        return None  # "29.5°30'N" is no angle
    if minutes is not None and float(minutes) >= 60 or sec is not None and float(sec) >= 60:
        return None
    value = float(deg) + float(minutes or 0) / 60 + float(sec or 0) / 3600
    return -value if m.group(f"hem{i}") in "SW" else value


def _hemisphere_pair(m: re.Match) -> tuple[float, float] | None:
    first, second = m.group("hem1"), m.group("hem2")
    a, b = _angle(m, 1), _angle(m, 2)
    if a is None or b is None:
        return None
    if first in "NS" and second in "EW":
        return _valid(a, b)
    if first in "EW" and second in "NS":  # "74°52'E 31°38'N": longitude first
        return _valid(b, a)
    return None  # "31N 12S": not a pair


def _valid(lat: float, lon: float) -> tuple[float, float] | None:
    return (round(lat, 6), round(lon, 6)) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def _decimal_pair(text: str, m: re.Match) -> tuple[float, float] | None:
    if _FIGURE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return None
    decimals = min(len(m.group("latd")), len(m.group("lond")))
    if not _COORDINATE_CUE.search(text, max(0, m.start() - 40), m.start()) and (
            decimals < _DECIMALS_UNCUED or _FIGURES_CUE.search(text, max(0, m.start() - 40), m.start())):
        return None
    lat, lon = (float(m.group(k).replace("\u2212", "-")) for k in ("lat", "lon"))
    return _valid(lat, lon)


# What every pair holds, sought first (each opens with a plain character, found fast): the full
# patterns, which try every digit of the text, would add a third to the geoparser's time on LGL.
_DECIMAL_HEMISPHERE = re.compile(r"\.\d+ ?[NSEW]\b")  # 29.35N, 12.5 N
_DECIMALS_PAIRED = re.compile(r"\.\d+°?\s*,\s*[-−]?\d{1,3}\.\d")  # 29.3544, 71.6911


def find_coordinates(text: str) -> list[Coordinates]:
    """The coordinate pairs ``text`` writes, in order, with their offsets."""
    found: list[Coordinates] = []
    taken: list[tuple[int, int]] = []
    hemispheres = "°" in text or _DECIMAL_HEMISPHERE.search(text) is not None
    for m in _HEMISPHERE_PAIR.finditer(text) if hemispheres else ():
        point = _hemisphere_pair(m)
        if point is not None:
            found.append(Coordinates(m.group(), m.start(), m.end(), *point))
            taken.append((m.start(), m.end()))
    for m in _DECIMAL_PAIR.finditer(text) if _DECIMALS_PAIRED.search(text) else ():
        point = _decimal_pair(text, m)
        if point is not None and not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(Coordinates(m.group(), m.start(), m.end(), *point))
    return sorted(found, key=lambda c: c.start)


def _sentence_of(spans: list[tuple[int, int]], at: int) -> int | None:
    return next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)


def _named_in(places: dict[str, Place], s: int, e: int) -> list[Place]:
    return [p for p in places.values() if any(s <= ms < e for ms, _ in p.mentions)]


def _near_place(text: str, spans: list[tuple[int, int]], places: dict[str, Place], c: Coordinates) -> Place | None:
    """The named place nearest the point, within ``NEAR_KM``, that its sentence names; or, when
    it names none, the sentence before it in its paragraph ("... the compound in Bahawalpur. We
    geolocated it to 29.3544, 71.6911": "it" is there)."""
    si = _sentence_of(spans, c.start)
    if si is None:
        return None
    s, e = spans[si]
    named = _named_in(places, s, e)
    if not named and si > 0 and "\n\n" not in text[spans[si - 1][1]:s]:
        named = _named_in(places, *spans[si - 1])
    near = [(haversine_km(c.lat, c.lon, p.lat, p.lon), p.id, p) for p in named
            if p.lat is not None and p.lon is not None and p.coord_source != "user"]
    near = [t for t in near if t[0] <= NEAR_KM]
    return min(near)[2] if near else None


def _own_place(c: Coordinates, places: dict[str, Place]) -> Place:
    from geomap.pipeline import slug

    pid = slug(c.text)
    return places.setdefault(pid, Place(id=pid, name=c.text, lat=c.lat, lon=c.lon,
                                        kind="point", precision="point", coord_source="text", score=None))


def _move_events(events: list[Event], c: Coordinates, place: Place, broader: set[str]) -> None:
    """The events told in the coordinates' sentence at a place the point is not near (the
    country or region it names, "in Ukraine we geolocated a strike to 48°35'N 38°00'E") happen
    at the point."""
    for ev in events:
        if ev.place in broader and any(s.start <= c.start < s.end for s in ev.sources):
            ev.id = place.id + ev.id[len(ev.place):] if ev.id.startswith(ev.place) else ev.id
            ev.place = place.id


def _event_at_point(text: str, span: tuple[int, int], place: Place, events: list[Event], published) -> None:
    """The event of a sentence that names no place but writes coordinates ("Satellite images show
    a strike on an airbase at 31.6340, 65.7372"), which the events' stage, reading places named,
    has not seen: its type and date as the sentence tells them."""
    from geomap.events import sentence_dates
    from geomap.model import Source
    from geomap.taxonomy import classify, default_summary

    s, e = span
    type_id = classify(text[s:e])
    if type_id is None or type_id == "statement" or any(ev.place == place.id for ev in events):
        return
    date = next(iter(sentence_dates(text, published, s, e, True)), None)
    value = date.value if date else None
    events.append(Event(id=f"{place.id}-{type_id}-{value or 'undated'}", place=place.id, type=type_id, date=value,
                        approximate=bool(date and date.approximate), summary=default_summary(type_id, place.name),
                        sources=[Source(text[s:e], s, e)]))


def place_coordinates(text: str, places: dict[str, Place], events: list[Event],
                      published=None) -> list[Coordinates]:
    """Put ``text``'s coordinates on the map (``places`` and ``events`` changed in place): a
    place named near a pair is drawn at it, with ``coord_source: text`` and its gazetteer entry
    kept (the first pair near it, when several are); any other pair is a place of its own, and
    its sentence's events move there (or, when it names no place, its event is read there:
    ``published``, a date, dates it). Each pair's offsets join its place's mentions."""
    from geomap.text import sentences

    found = find_coordinates(text)
    if not found:
        return []
    spans = sentences(text)
    for c in found:
        place = _near_place(text, spans, places, c)
        if place is not None and place.coord_source != "text":
            place.lat, place.lon = c.lat, c.lon
            place.precision, place.coord_source = "point", "text"
        elif place is None or (place.lat, place.lon) != (c.lat, c.lon):
            si = _sentence_of(spans, c.start)
            broader = {p.id for p in _named_in(places, *spans[si])} if si is not None else set()
            place = _own_place(c, places)
            _move_events(events, c, place, broader - {place.id})
            if si is not None:
                _event_at_point(text, spans[si], place, events, published)
        place.mentions.append((c.start, c.end))
        place.mentions.sort()
    return found
