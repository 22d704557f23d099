"""Exports of what the map shows (visible places with visible events), from one or more documents.

- GeoJSON: one feature per place, its events and its article in the properties (``map.geojson``).
- CSV: one row per event in ACLED-style columns (``event_id_cnty``, ``event_date``, ``event_type``,
  ``sub_event_type``, ``actor1`` ... ``geo_precision``, ``source``, ``notes``, ``fatalities``), then geomap's own
  columns, which let the file be read back (``documents_from_csv``). An event of a corpus map merges
  the reports of several articles (``geomap.corpus.merge_documents``): its row names them all.
- KML for Google Earth: a folder per event type with one placemark per event (dated with
  ``TimeStamp``, so Google Earth's time slider works), and a folder of region and country outlines.

All three are deterministic: sorted, no timestamps. Text is escaped by the csv, json and
xml.etree modules, never pasted into markup; a CSV cell that a spreadsheet would run as a formula
("=HYPERLINK(...)") starts with an apostrophe.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from shapely.geometry import Point, mapping

from geomap import boundaries
from geomap.events import actor_names, event_fatalities, fatalities, figure_label, find_figures
from geomap.model import Article, Document, Event, Figure, Place, Source, figure_dict
from geomap.taxonomy import DEADLY_TYPES, EVENT_TYPES, default_summary

__all__ = ["mapped_places", "exported_events", "exported_reports", "report_articles", "unplaced_places",
           "place_geometry", "place_geometry_json", "feature_collection", "geojson_text",
           "geojson_chunks", "geojson_lines", "csv_text", "event_summary", "is_default_summary", "kml_chunks",
           "kml_text", "export_text", "export_chunks",
           "FORMATS", "CSV_COLUMNS", "GEO_PRECISION", "documents_from_geojson", "documents_from_csv", "resolved_as",
           "shown_only"]

FORMATS = ("geojson", "csv", "kml")


def shown_only(doc: Document) -> Document:
    """What an export holds of a document: its visible places that have visible events, those
    events, and its article without the text. A corpus export keeps every article's document
    at once; this is a fraction of each."""
    events = [e for e in doc.events if not e.hidden]
    at = {e.place for e in events}
    return Document(article=replace(doc.article, text=""), places=[p for p in doc.places if p.id in at],
                    events=events)


def mapped_places(docs: list[Document]) -> list[tuple[Document, Place, list[Event]]]:
    """Places the documents report something at, with their visible events sorted by date."""
    out = []
    for doc in docs:
        by_place: dict[str, list[Event]] = {}
        for ev in doc.events:
            if not ev.hidden:
                by_place.setdefault(ev.place, []).append(ev)
        for place in doc.places:
            events = by_place.get(place.id)
            if events and not place.hidden and place.lat is not None and place.lon is not None:
                events.sort(key=lambda e: (e.date is None, e.date or "", e.id))
                out.append((doc, place, events))
    return out


def exported_events(docs: list[Document]) -> int:
    """How many events an export of ``docs`` holds: those the map shows (visible, at a visible place
    with coordinates)."""
    return sum(len(events) for _, _, events in mapped_places(docs))


def exported_reports(docs: list[Document]) -> int:
    """How many rows ``export --per report`` writes of the events the map shows: an event once per
    article that reports it (a live blog's two sentences about the same talks are one report)."""
    return sum(len(report_articles(ev, doc)) for doc, _, events in mapped_places(docs) for ev in events)


def report_articles(ev: Event, doc: Document, articles: dict[str, Article] | None = None) -> list[Article]:
    """The articles that report ``ev``: on a corpus map, its sources' own articles (``articles`` by
    id gives their outlets and dates, which a source does not carry), else its document's."""
    articles = articles or {}
    first: dict[str, Source] = {}  # each article's first report, in the sources' order
    for s in ev.sources:
        if s.article_id:
            first.setdefault(s.article_id, s)
    out = [articles.get(i) or Article(text="", id=i, title=s.title, url=s.url) for i, s in first.items()]
    return out or [doc.article]


def _joined(values, sep: str = "; ") -> str:
    """The distinct values, in order, joined as ACLED joins an event's sources."""
    return sep.join(dict.fromkeys(v for v in values if v))


def unplaced_places(doc: Document) -> list[tuple[Place, list[Event]]]:
    """Places of ``doc`` with visible events but no coordinates: the map cannot draw them."""
    events = [ev for ev in doc.events if not ev.hidden]
    out = []
    for place in doc.places:
        if not place.hidden and (place.lat is None or place.lon is None):
            its = [ev for ev in events if ev.place == place.id]
            if its:
                out.append((place, its))
    return out


@lru_cache(maxsize=1)
def _regions_by_id() -> dict:
    return {r.id: r for r in boundaries.admin1_regions()}


@lru_cache(maxsize=1)
def _countries_by_code() -> dict:
    return {iso2: geometry for iso2, _, geometry in boundaries.countries()}


def _shape(gazetteer_id: str | None, precision: str, country: str | None):
    if precision == "admin1" and gazetteer_id and gazetteer_id.startswith("ne:"):
        region = _regions_by_id().get(gazetteer_id[3:])
        return region.geometry if region and (not country or region.country == country.upper()) else None
    if precision == "country" and country:
        return _countries_by_code().get(country.upper())
    return None


def place_geometry(place: Place):
    """A shapely geometry for a place: its region's or country's outline when it has one, else a point.

    A place the user moved (coord_source: user) is drawn where they put it.
    """
    if place.coord_source != "user":
        shape = _shape(place.gazetteer_id, place.precision, place.country)
        if shape is not None:
            return shape
    return Point(place.lon, place.lat)


def _round(coords, digits=4):
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(c, digits) for c in coords]
    return [_round(c, digits) for c in coords]


def is_default_summary(summary: str, place_name: str) -> bool:
    """Whether ``summary`` is what the extractor writes for some event type at the place ("Air or
    drone strike in Novocherkassk"), rather than the user's words."""
    return any(summary == default_summary(type_id, place_name) for type_id in EVENT_TYPES)


def event_summary(ev: Event, place_name: str) -> str:
    """An event's summary as the exports and the map give it: the extractor's summary follows the
    type, so an event retyped in the data file from strike to shelling is "Shelling in X", not the
    stale "Air or drone strike in X"; a summary the user wrote stays as written."""
    if ev.summary and is_default_summary(ev.summary, place_name):
        return default_summary(ev.type, place_name)
    return ev.summary


def _event_properties(ev: Event, place: Place) -> dict:
    t = EVENT_TYPES[ev.type]
    return {"id": ev.id, "type": ev.type, "type_label": t.label, "acled_event_type": t.acled_event_type,
            "acled_sub_event_type": t.acled_sub_event_type, "date": ev.date, "approximate": ev.approximate,
            "summary": event_summary(ev, place.name), "actors": ev.actors,
            "figures": [figure_dict(f) for f in ev.figures],
            "sources": [{"text": s.text, "start": s.start, "end": s.end} for s in ev.sources]}


def place_geometry_json(place: Place) -> dict:
    """``place_geometry`` as GeoJSON, coordinates rounded to 4 decimals (about 10 m)."""
    outline = _outline_json(place.gazetteer_id, place.precision, place.country) if place.coord_source != "user" \
        else None
    return outline or _geometry_json(Point(place.lon, place.lat))


@lru_cache(maxsize=1024)  # a worldwide corpus names a few hundred regions and countries
def _outline_json(gazetteer_id: str | None, precision: str, country: str | None) -> dict | None:
    """A region's or country's outline as GeoJSON, made once and shared by every feature drawn
    with it: a corpus names Canada in thousands of articles, each a feature of its own."""
    shape = _shape(gazetteer_id, precision, country)
    return None if shape is None else _geometry_json(shape)


def _geometry_json(shape) -> dict:
    geometry = mapping(shape)
    return {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])}


def feature_collection(docs: list[Document]) -> dict:
    features = []
    for doc, place, events in mapped_places(docs):
        a = doc.article
        features.append({
            "type": "Feature",
            "id": f"{a.id}/{place.id}",
            "geometry": place_geometry_json(place),
            "properties": {
                "place_id": place.id, "name": place.name, "kind": place.kind, "precision": place.precision,
                "lat": place.lat, "lon": place.lon, "country": place.country, "gazetteer_id": place.gazetteer_id,
                "coord_source": place.coord_source, "score": place.score,
                "resolved_as": resolved_as(place),
                "article": {"id": a.id, "title": a.title, "url": a.url, "published": a.published,
                            "source": a.source},
                "events": [_event_properties(ev, place) for ev in events],
            },
        })
    features.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": features}


def _one_line(text: str) -> str:
    return re.sub(r"\s*[\r\n]+\s*", " ", text)


def resolved_as(place: Place) -> str:
    """How the place was resolved, for a reader choosing between namesakes: "Alexandria
    (populated place, Louisiana, US), confidence 95%"."""
    alt = next((a for a in place.alternatives if a.get("id") == place.gazetteer_id), None)
    label = {"city": "populated place", "admin1": "region", "country": "country", "continent": "continent"}
    region = _admin1_names().get(place.admin1) if place.kind in ("city", "admin2") and place.admin1 else None
    where = "".join(f", {part}" for part in (region, place.country) if part)
    # The gazetteer's own name, which the place's (the article's spelling, "Khan Younis") may not be.
    name = alt.get("name") if alt is not None and alt.get("name") and place.coord_source != "user" else place.name
    text = f"{name} ({label.get(place.kind, place.kind)}{where})"
    if place.coord_source == "user":
        return text + ", placed by the user"
    if place.coord_source == "text":  # the popup says the point is the article's own
        at = f"{place.lat:.5f}, {place.lon:.5f}"
        given = f"the coordinates the article gives ({at})"
        return given if place.kind == "point" else f"{text}, drawn at {given}"
    if place.score is not None:
        text += f", confidence {place.score:.0%}"
    if alt is None and place.alternatives:
        text += ", chosen by the user"
    return text


def geojson_text(docs: list[Document]) -> str:
    return "".join(geojson_chunks(docs))


def geojson_chunks(docs: list[Document]) -> Iterator[str]:
    """``geojson_text`` line by line, as ``geojson_lines`` writes it."""
    return geojson_lines(feature_collection(docs))


def geojson_lines(collection: dict) -> Iterator[str]:
    """A GeoJSON object with one feature (and one article) a line, keys sorted, so that a diff
    between two builds shows the places that changed. Each line is a compact ``json.dumps``, which
    runs in the C encoder (an ``indent`` makes Python use its own, ten times slower: a corpus's
    300 MB export took 34 s), and is yielded as it is made, never joined into one string."""
    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    outlines: dict[int, str] = {}  # id of a shared outline (``place_geometry_json``'s) -> its JSON

    def line(item) -> str:
        # A feature's outline is encoded once, however many features share it: "geometry" is
        # the first of a feature's sorted keys, so the line is its JSON, then the other keys'.
        geometry = item.get("geometry") if isinstance(item, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") == "Point" or min(item) != "geometry":
            return dumps(item)
        encoded = outlines.get(id(geometry))
        if encoded is None:
            encoded = outlines[id(geometry)] = dumps(geometry)
        rest = dumps({k: v for k, v in item.items() if k != "geometry"})
        return '{"geometry":' + encoded + ("," + rest[1:] if rest != "{}" else "}")

    yield "{"
    for n, key in enumerate(sorted(collection)):
        value, comma = collection[key], ",\n" if n else ""
        if isinstance(value, list) and value:
            yield f"{comma}{dumps(key)}:[\n"
            for i, item in enumerate(value):
                yield ",\n" + line(item) if i else line(item)
            yield "\n]"
        else:
            yield f"{comma}{dumps(key)}:{dumps(value)}"
    yield "}\n"


# --- GeoJSON read back ----------------------------------------------------------------


def documents_from_geojson(text: str) -> list[Document]:
    """The documents a ``geojson_text`` export holds: its places and events, grouped by article."""
    docs: dict[str, Document] = {}
    for f in json.loads(text)["features"]:
        p = f["properties"]
        a = p["article"]
        doc = docs.get(a["id"])
        if doc is None:
            doc = docs[a["id"]] = Document(Article(text="", id=a["id"], title=a.get("title"), url=a.get("url"),
                                                   published=a.get("published"), source=a.get("source")))
        doc.places.append(Place(id=p["place_id"], name=p["name"], lat=p["lat"], lon=p["lon"], kind=p["kind"],
                                precision=p["precision"], country=p.get("country"),
                                gazetteer_id=p.get("gazetteer_id"), coord_source=p.get("coord_source", "gazetteer"),
                                score=p.get("score")))
        for ev in p["events"]:
            doc.events.append(Event(
                id=ev["id"], place=p["place_id"], type=ev["type"], date=ev.get("date"),
                approximate=bool(ev.get("approximate")), actors=list(ev.get("actors") or []),
                figures=[Figure(x["text"], x["value"], x["unit"], x.get("share")) for x in ev.get("figures") or []],
                summary=ev.get("summary") or "",
                sources=[Source(x["text"], x["start"], x["end"]) for x in ev.get("sources") or []]))
    return list(docs.values())


# --- CSV, ACLED-style -----------------------------------------------------------------

# ACLED's geo_precision: 1 the place itself, 2 a region around it, 3 only a wide area. geomap's own
# precision is in the geomap_precision column (admin2, a county, is 2 as well).
GEO_PRECISION = {"point": 1, "admin2": 2, "admin1": 2, "country": 3}
_KIND_OF = {"point": "city", "admin2": "admin2", "admin1": "admin1", "country": "country"}

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2",
                 "assoc_actor_1", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                 "source", "source_url", "notes", "fatalities")
GEOMAP_COLUMNS = ("geomap_type", "approximate", "geomap_event_id", "geomap_place_id", "geomap_precision",
                  "country_code",
                  "admin1_code", "gazetteer_id", "article_id", "article_title", "published", "summary", "figures")
CSV_COLUMNS = ACLED_COLUMNS + GEOMAP_COLUMNS


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {iso2: name for iso2, name, _ in boundaries.countries()}


@lru_cache(maxsize=1)
def _admin1_names() -> dict[str, str]:
    return {r.id: r.name for r in boundaries.admin1_regions()}


def _iso3(iso2: str | None) -> str:
    if not iso2:
        return "XXX"
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2.upper())
    return country.alpha_3 if country else iso2.upper()


def _admin1_code(place: Place) -> str | None:
    if place.precision == "admin1" and place.gazetteer_id and place.gazetteer_id.startswith("ne:"):
        return place.gazetteer_id[3:]
    return place.admin1


def _csv_rows(docs: list[Document], articles: dict[str, Article] | None = None) -> list[dict]:
    rows = []
    for doc, place, events in sorted(mapped_places(docs), key=lambda r: (r[0].article.id, r[1].id)):
        code = _admin1_code(place)
        for ev in events:
            t = EVENT_TYPES[ev.type]
            summary = event_summary(ev, place.name)
            # the reports of one event, a hard-wrapped sentence's line breaks as spaces: one row a line
            notes = " | ".join(_one_line(s.text) for s in ev.sources) or summary
            reports = report_articles(ev, doc, articles)
            actors = actor_names(ev.actors)  # "Rapid Support Forces (RSF)" once, not as actor1 and actor2
            rows.append({
                "event_date": ev.date or "", "year": ev.date[:4] if ev.date else "",
                "event_type": t.acled_event_type, "sub_event_type": t.acled_sub_event_type,
                "actor1": actors[0] if actors else "", "actor2": actors[1] if len(actors) > 1 else "",
                "assoc_actor_1": "; ".join(actors[2:]),
                "country": _country_names().get(place.country or "", place.country or ""),
                "admin1": (place.name if place.precision == "admin1" else _admin1_names().get(code or "", "")),
                "location": place.name, "latitude": f"{place.lat:.5f}", "longitude": f"{place.lon:.5f}",
                "geo_precision": GEO_PRECISION.get(place.precision, 2),
                "source": _joined(a.source for a in reports), "source_url": _joined(a.url for a in reports),
                "notes": notes,
                # the highest toll any one report gives (a merged event's figures are all its reports'):
                # the reports of one event tell of the same dead, never to be added up
                "fatalities": event_fatalities(ev.type, ev.figures),
                "geomap_type": ev.type, "approximate": "true" if ev.approximate else "false",
                "geomap_event_id": ev.id, "geomap_place_id": place.id,
                "geomap_precision": place.precision, "country_code": place.country or "",
                "admin1_code": code or "", "gazetteer_id": place.gazetteer_id or "",
                "article_id": _joined(a.id for a in reports), "article_title": _joined(a.title for a in reports),
                "published": _joined(a.published for a in reports), "summary": summary,
                "figures": "; ".join(_one_line(figure_label(f)) for f in ev.figures),
            })
    rows.sort(key=lambda r: (r["event_date"] == "", r["event_date"], r["article_id"], r["geomap_event_id"]))
    _number_events(rows, merged=articles is not None)
    return rows


EVENT_NUMBERS = 10_000_000  # event_id_cnty's numbers are 1 to this: a collision in one country is rare


def _number_events(rows: list[dict], *, merged: bool) -> None:
    """Set each row's ACLED-like ``event_id_cnty``: the country's ISO alpha-3 code and a number from
    a hash of the stable ``geomap_event_id`` (not a running number, which a new article shifts: a
    desk appends daily exports and joins on the column). A row of one article's events (per report,
    or an article's export) hashes ``article_id/geomap_event_id``, since several articles report
    one event; a corpus map's merged event (``merged``) names all its articles, so it hashes its
    id alone. Rows whose numbers collide take the next free one, in the order of what they hash."""
    def key(r: dict) -> str:
        return r["geomap_event_id"] if merged else f"{r['article_id']}/{r['geomap_event_id']}"

    taken: set[str] = set()
    for r in sorted(rows, key=lambda r: (_event_number(key(r)), key(r))):
        iso3, number = _iso3(r["country_code"]), _event_number(key(r))
        while f"{iso3}{number}" in taken:  # a collision (or the same key twice): the next free number
            number = number % EVENT_NUMBERS + 1
        taken.add(f"{iso3}{number}")
        r["event_id_cnty"] = f"{iso3}{number}"


def _event_number(key: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % EVENT_NUMBERS + 1


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" in an
# article's sentence, "@SUM(...)" typed as an actor): such a text cell is written with a leading
# apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_COLUMNS = frozenset({"latitude", "longitude", "geo_precision", "year", "event_date", "fatalities"})




def _as_text(value):
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def _as_written(value: str) -> str:
    """A cell's text as it was before ``_as_text``."""
    return value[1:] if value[:1] == "'" and value[1:].startswith(_FORMULA_START) else value


def csv_text(docs: list[Document], articles: dict[str, Article] | None = None) -> str:
    """One row per event, ACLED-style columns first; ``event_date`` is YYYY-MM-DD, YYYY-MM or YYYY as
    known. A text cell that a spreadsheet would run as a formula starts with an apostrophe.

    An event that merges several articles' reports (a corpus map's) is one row: ``source``,
    ``source_url``, ``article_id``, ``article_title`` and ``published`` name each of its articles
    ("; " between them, ``articles`` by id giving their outlets and dates), ``notes`` holds every
    report's sentence, ``figures`` every figure, and ``fatalities`` the highest single toll."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: v if k in _NUMBER_COLUMNS else _as_text(v) for k, v in row.items()}
                     for row in _csv_rows(docs, articles))
    return buf.getvalue()


def _figures_from_csv(cell: str, fatalities_cell: str = "") -> list[Figure]:
    """A row's ``figures`` ("killing four people; wounding 19") as the figures they were: each text
    read again as the extractor reads a sentence's figures, for its value and unit (a text it
    does not read as one figure, a user's own, comes back with value 0). A row's ``fatalities``
    under its figures' toll is the row's share of it, a toll told for several places."""
    figures = []
    for text in filter(None, cell.split("; ")):
        found = find_figures(text)
        figures.append(found[0] if len(found) == 1 and found[0].text == text else Figure(text, 0.0, ""))
    told = fatalities(figures)
    if fatalities_cell.isdigit() and int(fatalities_cell) < told:
        figures = [replace(f, share=float(fatalities_cell)) if fatalities([f]) == told else f for f in figures]
    return figures


def documents_from_csv(text: str) -> list[Document]:
    """The documents a ``csv_text`` export holds, figures included (source sentences come back only
    as ``notes``)."""
    docs: dict[str, Document] = {}
    places: dict[tuple[str, str], Place] = {}
    for r in csv.DictReader(io.StringIO(text)):
        r = {k: _as_written(v) if isinstance(v, str) else v for k, v in r.items()}
        article_id = r["article_id"]
        doc = docs.get(article_id)
        if doc is None:
            source = r["source"] or None
            doc = docs[article_id] = Document(Article(text="", id=article_id, title=r["article_title"] or None,
                                                      url=r["source_url"] or None, published=r["published"] or None,
                                                      source=source))
        key = (article_id, r["geomap_place_id"])
        if key not in places:
            precision = r["geomap_precision"]
            admin1 = r["admin1_code"] or None
            if precision == "admin1" and r["gazetteer_id"] == f"ne:{admin1}":
                admin1 = None
            places[key] = Place(id=r["geomap_place_id"], name=r["location"], lat=float(r["latitude"]),
                                lon=float(r["longitude"]), kind=_KIND_OF.get(precision, "city"), precision=precision,
                                country=r["country_code"] or None, admin1=admin1,
                                gazetteer_id=r["gazetteer_id"] or None)
            doc.places.append(places[key])
        actors = [x for x in (r["actor1"], r["actor2"]) if x]
        actors += [x for x in r["assoc_actor_1"].split("; ") if x]
        doc.events.append(Event(id=r["geomap_event_id"], place=r["geomap_place_id"], type=r["geomap_type"],
                                date=r["event_date"] or None, approximate=r["approximate"] == "true",
                                actors=actors, figures=_figures_from_csv(r.get("figures") or "", r["fatalities"]
                                                          if r["geomap_type"] in DEADLY_TYPES else ""),
                                summary=r["summary"]))
    return list(docs.values())


# --- KML ------------------------------------------------------------------------------

KML_NS = "http://www.opengis.net/kml/2.2"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def _x(text) -> str:
    return _NOT_XML.sub("", str(text))


def _kml_color(hex_color: str, alpha: str = "ff") -> str:
    r, g, b = hex_color[1:3], hex_color[3:5], hex_color[5:7]
    return f"{alpha}{b}{g}{r}".lower()  # KML colours are aabbggrr


def _sub(parent, tag: str, text=None, **attrs):
    """A KML element under ``parent``, or a tree of its own if ``parent`` is None."""
    node = ET.Element(tag, attrs) if parent is None else ET.SubElement(parent, tag, attrs)
    if text is not None:
        node.text = _x(text)
    return node


def _description(place: Place, ev: Event, reports: list[Article]) -> str:
    """The balloon's HTML, a Source line for each article that reports the event. Google Earth
    renders descriptions as HTML, so every piece of text is HTML-escaped here (and XML-escaped
    again by ElementTree): article text shows as text."""
    e = html.escape
    lines = [f"<b>{e(('about ' if ev.approximate else '') + (ev.date or 'undated'))}: "
             f"{e(EVENT_TYPES[ev.type].label)} in {e(place.name)}</b>"]
    if ev.actors:
        lines.append("Who: " + e(", ".join(actor_names(ev.actors))))
    if ev.figures:
        lines.append("Figures: " + e("; ".join(f.text for f in ev.figures)))
    lines += [f"\u201c{e(s.text)}\u201d" for s in ev.sources]
    for article in reports:
        source = e(article.title or article.id)
        if article.url and re.match(r"https?://", article.url, re.I):
            source = f'<a href="{e(article.url)}">{source}</a>'
        outlet = f"{e(article.source)}: " if article.source and len(reports) > 1 else ""
        lines.append("Source: " + outlet + source + (f" ({e(article.published)})" if article.published else ""))
    return "<br/>".join(lines)


def _kml_rings(parent, polygon_coords):
    outer, *inner = polygon_coords
    for tag, rings in (("outerBoundaryIs", [outer]), ("innerBoundaryIs", inner)):
        for ring in rings:
            boundary = _sub(parent, tag)
            _sub(_sub(boundary, "LinearRing"), "coordinates",
                 " ".join(f"{x:.4f},{y:.4f}" for x, y in ring))


def _kml_element(element, level: int) -> str:
    """One element of the KML tree, indented as ``ET.indent`` would indent it at ``level``."""
    ET.indent(element, space=" ", level=level)
    return " " * level + ET.tostring(element, encoding="unicode") + "\n"


def kml_chunks(docs: list[Document], title: str = "geomap", articles: dict[str, Article] | None = None
               ) -> Iterator[str]:
    """The KML file in parts, a placemark at a time: a corpus's tens of thousands of placemarks
    are never one tree in memory. ``articles`` (by id): those a corpus map's events name."""
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="{KML_NS}">\n <Document>\n'
    yield _kml_element(_sub(None, "name", title), 2)
    yield _kml_element(_sub(None, "description", "Places and events mapped by geomap. Places: GeoNames "
                                                 "(CC BY 4.0); " + boundaries.ATTRIBUTION + "."), 2)
    rows = sorted(mapped_places(docs), key=lambda r: (r[0].article.id, r[1].id))
    used = sorted({ev.type for _, _, events in rows for ev in events}, key=list(EVENT_TYPES).index)
    for type_id in used:
        t = EVENT_TYPES[type_id]
        style = _sub(None, "Style", id=f"type-{type_id}")
        icon_style = _sub(style, "IconStyle")
        _sub(icon_style, "color", _kml_color(t.color))
        _sub(_sub(icon_style, "Icon"), "href", "http://maps.google.com/mapfiles/kml/shapes/shaded_dot.png")
        _sub(_sub(style, "BalloonStyle"), "text", "$[description]")  # not the raw ExtendedData
        yield _kml_element(style, 2)
    area_style = _sub(None, "Style", id="area")
    line = _sub(area_style, "LineStyle")
    _sub(line, "color", "ff555555")
    _sub(line, "width", "2")
    _sub(_sub(area_style, "PolyStyle"), "color", "33555555")
    yield _kml_element(area_style, 2)
    for type_id in used:
        yield "  <Folder>\n" + _kml_element(_sub(None, "name", EVENT_TYPES[type_id].label), 3)
        placed = [(doc, place, ev) for doc, place, events in rows for ev in events if ev.type == type_id]
        placed.sort(key=lambda r: (r[2].date is None, r[2].date or "", r[0].article.id, r[2].id))
        for doc, place, ev in placed:
            mark = _sub(None, "Placemark")
            _sub(mark, "name", f"{place.name}: {EVENT_TYPES[type_id].label}")
            if ev.date:
                _sub(_sub(mark, "TimeStamp"), "when", ev.date)
            _sub(mark, "styleUrl", f"#type-{type_id}")
            reports = report_articles(ev, doc, articles)
            _sub(mark, "description", _description(place, ev, reports))
            extended = _sub(mark, "ExtendedData")
            for name, value in (("event_id", ev.id), ("type", ev.type), ("date", ev.date or ""),
                                ("approximate", "true" if ev.approximate else "false"),
                                ("actors", "; ".join(ev.actors)), ("place_id", place.id),
                                ("precision", place.precision), ("country", place.country or ""),
                                ("article_id", _joined(a.id for a in reports))):
                _sub(_sub(extended, "Data", name=name), "value", value)
            _sub(_sub(mark, "Point"), "coordinates", f"{place.lon:.5f},{place.lat:.5f}")
            yield _kml_element(mark, 3)
        yield "  </Folder>\n"
    areas = {}
    for doc, place, _ in rows:
        if place.precision != "point":
            geom = place_geometry(place)
            if geom.geom_type in ("Polygon", "MultiPolygon"):
                areas.setdefault((place.gazetteer_id or place.id, place.name), geom)
    if areas:
        yield "  <Folder>\n" + _kml_element(_sub(None, "name", "Regions and countries (approximate areas)"), 3)
        for (_, name), geom in sorted(areas.items(), key=lambda kv: kv[0][1]):
            mark = _sub(None, "Placemark")
            _sub(mark, "name", name)
            _sub(mark, "styleUrl", "#area")
            multi = _sub(mark, "MultiGeometry")
            g = mapping(geom.simplify(0.01, preserve_topology=True))
            polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            for poly in polygons:
                _kml_rings(_sub(multi, "Polygon"), poly)
            yield _kml_element(mark, 3)
        yield "  </Folder>\n"
    yield " </Document>\n</kml>\n"


def kml_text(docs: list[Document], title: str = "geomap", articles: dict[str, Article] | None = None) -> str:
    return "".join(kml_chunks(docs, title=title, articles=articles))


def export_text(docs: list[Document], fmt: str, *, title: str = "geomap",
                articles: dict[str, Article] | None = None) -> str:
    """The export of ``docs`` in one of ``FORMATS``."""
    return "".join(export_chunks(docs, fmt, title=title, articles=articles))


def export_chunks(docs: list[Document], fmt: str, *, title: str = "geomap",
                  articles: dict[str, Article] | None = None) -> Iterable[str]:
    """``export_text`` in parts, to be written as they come (``geomap.atomic.write_atomic``).
    ``articles`` (by id): the articles a corpus map's merged events name, for their outlets and
    dates; a corpus map's GeoJSON is ``geomap.corpus.corpus_geojson``'s."""
    if fmt == "geojson":
        return geojson_chunks(docs)
    if fmt == "csv":
        return [csv_text(docs, articles)]
    if fmt == "kml":
        return kml_chunks(docs, title=title, articles=articles)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
