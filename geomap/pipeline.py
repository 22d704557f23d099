"""The extraction pipeline: recognize -> resolve -> annotate, over one article."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from geomap.index import REGION_SUFFIXES, GazetteerIndex, load_index
from geomap.model import PRECISIONS, Article, Document, Mention, Place
from geomap.recognize import recognize
from geomap.resolve import Resolution, resolve
from geomap.text import normalize

__all__ = ["geoparse", "extract", "mentions_line", "parse_lines", "parse_batch", "slug", "unresolved_kind"]


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "place"


def _mention(r: Resolution) -> Mention:
    c, e = r.candidate, r.entry
    if e is None:
        return Mention(c.text, c.start, c.end, c.role, kind=unresolved_kind(c.text))
    return Mention(c.text, c.start, c.end, c.role, e.id, e.name, e.lat, e.lon, e.kind, e.country,
                   round(r.confidence, 3), tuple(_alternative(s, a) for s, a in r.alternatives))


def _as_admin1(entry, index: GazetteerIndex):
    """A well-known region that is one admin-1 region of its name is that region ("northern Gaza"
    and "the Gaza Strip" in one story are one place, not two)."""
    if entry is None or entry.kind != "region" or not entry.admin1 or ";" in entry.admin1:
        return entry
    region = index.by_id(f"ne:{entry.admin1}")
    return region if region is not None and region.name == entry.name else entry


def _alternative(score: float, e) -> dict:
    return {"id": e.id, "name": e.name, "country": e.country, "kind": e.kind, "lat": e.lat, "lon": e.lon,
            "score": round(score, 2)}


_PLURAL_REGION_AFTER = re.compile(r"[ \t]+([A-Za-z]+s)\b")


def _display_name(entry, surface: str, after: str = "") -> str:
    """ "Rostov Oblast" as the article writes it, rather than Natural Earth's bare "Rostov", and
    "Rafah" rather than GeoNames' "Rafaḩ" (the name without its marks);
    ``after``, the text that follows the name, may end a list with the region word: "Sumy and
    Dnipropetrovsk oblasts" name "Dnipropetrovsk Oblast" (Natural Earth's "Dnipropetrovs'k")."""
    plural = _PLURAL_REGION_AFTER.match(after)
    if entry.kind == "admin1" and plural and surface.lower() != entry.name.lower():
        word = plural.group(1)
        word = word[:-3] + "y" if word.endswith("ies") else word[:-1]  # "counties", "oblasts"
        if word.lower() in REGION_SUFFIXES:
            surface = f"{surface} {word}"
    words = surface.split()
    if entry.kind == "admin1" and len(words) > 1 and (normalize(surface).startswith(normalize(entry.name) + " ")
                                                       or normalize(words[-1]) in REGION_SUFFIXES) \
            and not _BODY_NAME_GOES_ON.match(after) \
            and not (words[-1] in ("Department", "State") and _AGENCY_OF.match(after)):
        # "Zaporizhzhia Oblast" as written, not Natural Earth's "Zaporizhzhya"
        suffix = words[-1].rstrip("s") if words[-1].lower().endswith("ts") else words[-1]  # "oblasts"
        return " ".join(words[:-1] + [suffix[:1].upper() + suffix[1:]])
    if words and words[-1].islower() and surface.casefold() == entry.name.casefold():
        return entry.name  # "the Po valley", "the Aras river": the feature's name, as the gazetteer capitalizes it
    if surface != entry.name and not surface.isupper() and normalize(surface) == normalize(entry.name):
        return surface  # "Rafah" as the article writes it, not GeoNames' "Rafaḩ": the same name, unmarked
    return entry.name


# A region word that goes on into a body's name is the body's: "the Texas Department of Transportation",
# "Michigan State University", "New York State Police" name Texas, Michigan and New York.
_BODY_NAME_GOES_ON = re.compile(r"[ \t]+(?:University|College|Police|Patrol|Troopers?|Highway|Penitentiary|Prison|Fair|"
                                r"Parks?)\b")
_AGENCY_OF = re.compile(r"[ \t]+(?:of|for)\b")  # ... after "Department" or "State": "Texas Department of"
_PLAIN_NAME = re.compile(r"[A-Z][A-Za-z'-]*(?:[ -][A-Za-z][A-Za-z'-]*)*")


def _press_spelling(entry, cand, name: str) -> str:
    """The article's spelling of a place the gazetteer names in a scholarly transliteration:
    "Khan Younis", not "Khān Yūnis"; "Hodeidah", not "Al Ḩudaydah"; or by another name than the
    English press's: "Seville", "Cologne", "Bavaria", "North Kivu", "Tibet", not GeoNames' and
    Natural Earth's "Sevilla", "Köln", "Bayern", "Nord-Kivu", "Xizang". A name in capitals, an
    abbreviation, a demonym's or an accented one keeps the gazetteer's ("São Paulo", "B.C."), and
    so does a short form of it ("Gulf", "Frankfurt", "New York" for the city, "Loudon Co") or a
    longer one ("Ituri province"). A reader who doubts the spelling sees the gazetteer's name in
    the popup (``export.resolved_as``)."""
    if entry.kind == "country" or cand.role != "place" or cand.text.isupper() or not _PLAIN_NAME.fullmatch(cand.text):
        return name
    if _TRANSLITERATED.search(name):
        return cand.text
    written, listed = set(normalize(cand.text).split()), set(normalize(name).split())
    if written <= listed or listed <= written:
        return name
    # an abbreviation's words: "Phila" for Philadelphia, "Loudon Co" for Loudon County
    short = all(w in listed or any(n.startswith(w) and len(n) >= len(w) + 3 for n in listed) for w in written)
    return name if short else cand.text


def _spelled_as_listed(place: Place, entry, cand, text: str) -> None:
    """A place first written in another spelling ("Kharkov", ``_press_spelling``) takes the gazetteer's
    where a later mention writes it so ("Kharkiv"): the story uses both, and the map the standard one."""
    shown, listed = set(normalize(place.name).split()), set(normalize(entry.name).split())
    if cand.role != "place" or shown <= listed or listed <= shown or normalize(cand.text) != normalize(entry.name):
        return  # (a region written in full, "Kaduna State", stays so where "Kaduna" follows)
    place.name = _display_name(entry, cand.text, text[cand.end:cand.end + 20])


# Letters of GeoNames' transliterations of Arabic, Persian, Pashto, Hebrew and Kurdish names,
# which news never prints: dotted and macron letters, ayn and hamza marks ("Khān Yūnis", "Dayr al
# Balaḩ", "Sa`dah"); not the accents of a language that writes them ("São Paulo", "Bogotá").
_TRANSLITERATED = re.compile("[\u0100\u0101\u012a\u012b\u016a\u016b\u1e24\u1e25\u1e28\u1e29\u1e0c\u1e0d"
                             "\u1e6c\u1e6d\u1e92\u1e93\u1e62\u1e63\u015e\u015f\u2018\u2019\u02bf\u02be`"
                             "\u00ee\u00e9\u00ef]")


def unresolved_kind(name: str) -> str:
    """The kind a name's form tells when the gazetteer does not know it ("Xyz County": admin2)."""
    last = name.split()[-1].lower() if name.split() else ""
    return "admin2" if last in ("county", "parish", "raion") else "admin1" if last in (
        "oblast", "province", "governorate", "prefecture", "krai", "voivodeship") else "city"


def _require_text(text, what: str) -> None:
    """A TypeError at the entry point, saying what was expected, for what is not text: bytes, None
    or a number would fail deep inside the recognizer with a message that names none of them."""
    if isinstance(text, str):
        return
    hint = ": decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{what} expects the text as a str, not {_type_name(text)}{hint}")


def _type_name(value) -> str:
    return "None" if value is None else type(value).__name__


def geoparse(text: str, *, index: GazetteerIndex | None = None, bias: str | None = None,
             ner=None) -> list[Resolution]:
    """Recognize and resolve the place names of ``text``.

    ``ner``: a spaCy pipeline (its package name, its folder, or a loaded ``Language``) whose
    entities correct recognition (``geomap.ner``); None (default) leaves spaCy out entirely.
    """
    _require_text(text, "geoparse(text)")
    index = index or load_index()
    candidates = recognize(text, index)
    if ner is not None:  # spaCy is an optional extra: geomap.ner is imported only when asked
        from geomap.ner import apply_ner

        candidates = apply_ner(text, candidates, index, ner)
    # A doubtful name (a small foreign town's namesake, "Heathrow" in a London story) is left out.
    return [r for r in resolve(candidates, bias=bias, text=text) if not r.doubtful]


def mentions_line(id_json: str, text: str, *, index: GazetteerIndex | None = None, bias: str | None = None,
                  ner=None, demonyms: bool = True) -> str:
    """``geomap parse``'s JSON line for one document: its id (already JSON) and its mentions, each
    with its offsets (Python string indices), entry and score; a name the gazetteer lacks with no
    coordinates."""
    import json

    from geomap.coordinates import find_coordinates

    mentions = []
    for r in geoparse(text, index=index, bias=bias, ner=ner):
        c, e = r.candidate, r.entry
        if c.role == "demonym" and not demonyms:
            continue
        if e is None:  # recognized but not in the gazetteer: reported without coordinates
            mentions.append({"text": c.text, "start": c.start, "end": c.end, "name": c.text, "lat": None,
                             "lon": None, "kind": unresolved_kind(c.text), "country": None, "role": c.role,
                             "gazetteer_id": None, "score": 0.0})
            continue
        mentions.append({"text": c.text, "start": c.start, "end": c.end, "name": e.name, "lat": e.lat,
                         "lon": e.lon, "kind": e.kind, "country": e.country, "role": c.role,
                         "gazetteer_id": e.id, "score": round(r.confidence, 3)})
    # Coordinates written in the text ("geolocated to 29.3544, 71.6911"): a point of their own.
    points = [{"text": c.text, "start": c.start, "end": c.end, "name": c.text, "lat": c.lat, "lon": c.lon,
               "kind": "point", "country": None, "role": "coordinates", "gazetteer_id": None, "score": None}
              for c in find_coordinates(text)]
    if points:
        mentions = sorted(mentions + points, key=lambda m: m["start"])
    return '{"id": ' + id_json + ', "mentions": ' + json.dumps(mentions, ensure_ascii=False) + "}\n"


PARSE_BATCH_CHARS = 200_000  # text a worker parses at a time: a few hundred articles, fractions of a second


def parse_lines(documents: Iterable[tuple[str, str]], *, index: GazetteerIndex | None = None,
                bias: str | None = None, ner=None, demonyms: bool = True, workers: int = 1) -> Iterator[str]:
    """``mentions_line`` of each ``(id_json, text)`` document, in order. With ``workers`` > 1, a
    pool of processes (forked, sharing this process's index, where it can) parses them a batch at
    a time; a batch done early waits for the ones before it. ``ner`` runs in this process only."""
    if workers <= 1:
        for id_json, text in documents:
            yield mentions_line(id_json, text, index=index, bias=bias, ner=ner, demonyms=demonyms)
        return
    if ner is not None:
        raise ValueError("the NER stage runs in one process: workers must be 1")
    from geomap.executors import open_executor

    def batches():
        batch, chars = [], 0
        for tag in itertools.count():
            for doc in documents:
                batch.append(doc)
                chars += len(doc[1])
                if chars >= PARSE_BATCH_CHARS:
                    break
            if not batch:
                return
            yield tag, (batch, bias, demonyms)
            batch, chars = [], 0

    done: dict[int, str] = {}
    following = 0
    with open_executor("process", workers, initializer=load_index, preload=load_index) as executor:
        for tag, lines in executor.map_unordered(parse_batch, batches()):
            done[tag] = lines
            while following in done:
                yield done.pop(following)
                following += 1


def parse_batch(docs: list[tuple[str, str]], bias: str | None = None, demonyms: bool = True) -> str:
    """``mentions_line`` of each ``(id_json, text)``, joined: a worker's share of ``parse_lines``."""
    index = load_index()
    return "".join(mentions_line(id_json, text, index=index, bias=bias, demonyms=demonyms) for id_json, text in docs)


def extract(article: Article, *, index: GazetteerIndex | None = None, bias: str | None = None,
            mentions: bool = True, ner=None) -> Document:
    """An article's places and events, ready to store and render; and, unless ``mentions`` is
    False (a corpus keeps only places and events), every place name as written. ``ner``: as
    for ``geoparse``."""
    from geomap.article import published_date  # here, not above: ``geoparse`` alone (``geomap parse``)
    from geomap.coordinates import place_coordinates
    from geomap.events import annotate  # starts without the event rules and YAML

    if not isinstance(article, Article):
        raise TypeError(f"extract(article) expects a geomap.model.Article, not {_type_name(article)}: "
                        "extract(Article(text)) (read a file with geomap.api.read_article_file)")
    _require_text(article.text, "extract(article): article.text")
    resolutions = geoparse(article.text, index=index, bias=bias, ner=ner)
    index = index or load_index()
    places: dict[str, Place] = {}
    entry_place: dict[str, str] = {}
    for r in resolutions:
        e = _as_admin1(r.entry, index)
        if e is None:
            # Not in the gazetteer: kept without coordinates (a geocoder or the user can place it).
            pid = slug(r.candidate.text)
            if pid not in places:
                kind = unresolved_kind(r.candidate.text)
                places[pid] = Place(id=pid, name=r.candidate.text, lat=None, lon=None, kind=kind,
                                    precision=PRECISIONS[kind], score=0.0)
            places[pid].mentions.append((r.candidate.start, r.candidate.end))
            continue
        if e.id not in entry_place:
            name = _display_name(e, r.candidate.text, article.text[r.candidate.end:r.candidate.end + 20])
            pid = slug(name)  # from the gazetteer's name: stable whichever spelling an article uses
            name = _press_spelling(e, r.candidate, name)
            if pid in places:
                pid = f"{pid}-{(e.country or e.kind).lower()}"
            entry_place[e.id] = pid
            places[pid] = Place(
                id=pid, name=name, lat=e.lat, lon=e.lon, kind=e.kind, precision=PRECISIONS[e.kind],
                country=e.country, admin1=e.admin1 if e.kind != "country" else None, gazetteer_id=e.id,
                score=round(r.confidence, 3),
                alternatives=[_alternative(s, _as_admin1(a, index)) for s, a in r.alternatives])
        else:
            _spelled_as_listed(places[entry_place[e.id]], e, r.candidate, article.text)
        entry_place[r.entry.id] = entry_place[e.id]  # the events' stage knows the resolved entry
        places[entry_place[e.id]].mentions.append((r.candidate.start, r.candidate.end))
    published = published_date(article)
    events = annotate(article.text, resolutions, places, published, entry_place)
    # An OSINT write-up's "geolocated to 34.3712, 73.4709": its places at the stated points.
    coordinates = place_coordinates(article.text, places, events, published)
    found = [_mention(r) for r in resolutions] if mentions else []
    if mentions and coordinates:
        found = sorted(found + [_coordinate_mention(c) for c in coordinates], key=lambda m: m.start)
    return Document(article=article, places=list(places.values()), events=events, mentions=found)


def _coordinate_mention(c) -> Mention:
    return Mention(c.text, c.start, c.end, "coordinates", lat=c.lat, lon=c.lon, kind="point")
