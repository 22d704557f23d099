"""The data the map page draws: one GeoJSON FeatureCollection, one feature per place on the map.

A place reported by several articles (the same gazetteer entry, or the same spot when the
user placed it) is one feature holding all their events, each event naming its article, so
five articles about Kyiv give one marker, not five stacked ones. Only what the page shows is
kept (the full record is in map.geojson): per event its type, date, actors (an acronym and its
name once), figures' text, toll (``killed``, the highest any report gives) and source
sentences. Articles are listed once, in the collection's ``articles`` member, and events
refer to them by index: ``a`` for the document the event is in and, on a map of many articles
whose events merge reports from several of them, ``sa`` for each source sentence's own article. Region and country outlines are simplified to ~100 m, the precision of
their 3-decimal coordinates. Everything is sorted, so the same data gives the same bytes.
"""

from __future__ import annotations


import numpy as np
import shapely
from shapely.geometry import mapping

from geomap.article import mentions_text
from geomap.events import actor_names, event_fatalities, fatalities, figure_label
from geomap.export import is_default_summary, mapped_places, place_geometry, resolved_as
from geomap.model import Document, Place, own_spot, spellings_of

__all__ = ["page_data", "page_view", "date_stops", "actor_names", "DEFAULT_BOUNDS"]

DEFAULT_BOUNDS = [[35.0, -10.0], [60.0, 40.0]]  # Europe, for a map with nothing on it
BOUNDS_PAD = 0.5  # degrees: a lone place is not shown at street level


def _place_key(place: Place) -> tuple:
    if place.gazetteer_id and not own_spot(place):
        return ("gazetteer", place.precision, place.gazetteer_id)
    return ("spot", place.precision, round(place.lat, 5), round(place.lon, 5), place.name)


def _article_key(article) -> tuple:
    return tuple(v or "" for v in (article.id, article.title, article.url, article.published, article.source))


def _source_article_key(source, articles: dict) -> tuple | None:
    """The article a source sentence names (corpus maps), keyed like ``_article_key``; its date and
    outlet from ``articles`` (by id), which a source does not carry."""
    if not source.article_id:
        return None
    article = articles.get(source.article_id)
    return (source.article_id, source.title or "", source.url or "",
            (article and article.published) or "", (article and article.source) or "")


def _killed(event) -> tuple[int, bool, int | None]:
    """The most deaths the event's reports give (its type's: an arrest after a killing has none of
    its own, as in the CSV's ``fatalities``); whether it is the highest of several: more than
    one report (an article's sentences about the event) gives a toll, and they differ; and the
    toll it is a share of, when one toll was told for several places."""
    killed = event_fatalities(event.type, event.figures)
    varies = killed > 0 and len(set(_tolls_by_report(event).values())) > 1
    shared = next((int(f.value) for f in event.figures if f.share is not None and fatalities([f]) == killed), None)
    return killed, varies, shared if killed else None


def _tolls_by_report(event) -> dict:
    """The toll each of the event's reports gives, by article (one article's two tolls in one
    sentence, "48,500 killed since the 7 October attack, which killed 1,200", are one report's).
    A figure is its article's whose sentence holds its text; one no sentence holds (the user's)
    is its own report, unless the event has one article: then it is that article's."""
    articles = {s.article_id for s in event.sources}
    tolls: dict = {}
    for i, figure in enumerate(event.figures):
        toll = fatalities([figure])
        if not toll:
            continue
        report = next((s.article_id for s in event.sources if figure.text in s.text),
                      next(iter(articles), None) if len(articles) <= 1 else ("figure", i))
        tolls[report] = max(tolls.get(report, 0), toll)
    return tolls


def _other_spellings(name: str, spellings) -> list[str]:
    """The spellings that are not the place's name, one per case-insensitive form, sorted: a
    dateline's "GAZA" is Gaza, and "Idleb" is kept rather than "IDLEB"."""
    out = {name.casefold(): None}
    for spelling in sorted(spellings, key=lambda s: (s.isupper(), s)):
        out.setdefault(spelling.casefold(), spelling)
    return sorted(s for s in out.values() if s)


_AREAS: dict[int, tuple] = {}  # id of a boundaries geometry (kept for the process) -> (geometry, result)


def _area(geometry) -> tuple[dict, tuple[float, float, float, float]]:
    """A region's or country's outline for the page (GeoJSON, 3 decimals) and its bounds."""
    cached = _AREAS.get(id(geometry))
    if cached is None or cached[0] is not geometry:
        simple = shapely.transform(geometry.simplify(0.001, preserve_topology=True), lambda xy: np.round(xy, 3))
        g = mapping(simple)
        # np.round leaves the doubles nearest to the 3-decimal values: JSON writes them short
        cached = _AREAS[id(geometry)] = (geometry, ({"type": g["type"], "coordinates": g["coordinates"]},
                                                    geometry.bounds))
    return cached[1]


def page_view(docs: list[Document], articles=()) -> tuple[dict, list[list[float]]]:
    """The page's FeatureCollection and the view's bounds, [[south, west], [north, east]].
    ``articles``: those a corpus map's sources name, for their dates and outlets.

    The bounds hold every place but countries, which count only when there is nothing else
    (a country named beside a city should not zoom the map out to the whole country).
    """
    by_doc, texts = {}, {}  # each article's key, and its text to read its places' spellings in
    rows = []
    for doc, place, events in mapped_places(docs):
        if id(doc) not in by_doc:
            by_doc[id(doc)] = _article_key(doc.article)
            texts.setdefault(by_doc[id(doc)], mentions_text(doc))
        rows.append((by_doc[id(doc)], place, events))
    rows.sort(key=lambda row: (row[0][0], row[1].id))
    by_id = {a.id: a for a in articles}
    source_keys = {_source_article_key(s, by_id) for _, _, events in rows for ev in events for s in ev.sources}
    source_keys.discard(None)
    article_index = {key: i for i, key in enumerate(sorted(set(by_doc.values()) | source_keys))}
    articles = [{"id": k[0], "title": k[1] or None, "url": k[2] or None, "published": k[3] or None,
                 "source": k[4] or None} for k in sorted(article_index)]
    groups: dict[tuple, list] = {}
    for row in rows:
        groups.setdefault(_place_key(row[1]), []).append(row)
    features = []
    precise, countries = [], []
    for members in groups.values():
        article_key, place, _ = members[0]
        events = []
        spellings = {}  # the articles' own spellings, for the place finder ("Khan Younis" for Khān Yūnis)
        for member_key, member, member_events in members:
            spellings.update(dict.fromkeys(spellings_of(member, texts[member_key])))
            a = article_index[member_key]
            for ev in member_events:
                event = {"id": ev.id, "type": ev.type, "date": ev.date, "approximate": ev.approximate,
                         "actors": actor_names(ev.actors), "figures": [figure_label(f) for f in ev.figures],
                         "sources": [s.text for s in ev.sources], "a": a}
                killed, varies, shared = _killed(ev)
                if killed:  # the marker shows a place's deadliest event; the popup says its toll
                    event["killed"] = killed
                    if varies:
                        event["killed_varies"] = True
                    if shared is not None:
                        event["killed_of"] = shared
                if ev.summary and not is_default_summary(ev.summary, place.name):
                    event["summary"] = ev.summary  # the user's words (the extractor's, of any type, say what the
                    # popup says, and an event retyped in the data file keeps the old type's)
                if any(s.article_id for s in ev.sources):
                    event["sa"] = [article_index.get(_source_article_key(s, by_id), a) for s in ev.sources]
                events.append(event)
        events.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["a"], e["id"]))
        lat, lon = round(place.lat, 5), round(place.lon, 5)
        properties = {"name": place.name, "precision": place.precision, "lat": lat, "lon": lon,
                      "resolved_as": resolved_as(place), "events": events}
        chosen = next((a for a in place.alternatives if a.get("id") == place.gazetteer_id and a.get("name")), None)
        # the gazetteer's name ("Khān Yūnis") finds the place too, though an article spelled it otherwise
        spellings = _other_spellings(place.name, [*spellings, *([chosen["name"]] if chosen else [])])
        if spellings:
            properties["spellings"] = spellings
        if len(members) > 1:
            properties["ids"] = [f"{k[0]}/{p.id}" for k, p, _ in members]
        bounds = (lon, lat, lon, lat)
        geometry = {"type": "Point", "coordinates": [lon, lat]}
        if place.precision != "point":
            shape = place_geometry(place)
            if shape.geom_type in ("Polygon", "MultiPolygon"):
                geometry, bounds = _area(shape)
        (countries if place.precision == "country" else precise).append(bounds)
        features.append({"type": "Feature", "id": f"{article_key[0]}/{place.id}", "geometry": geometry,
                         "properties": properties})
    features.sort(key=lambda f: f["id"])
    if not features:  # no event to show: the places named frame the map, not Europe (a travel story)
        for doc in docs:
            for place in doc.places:
                if not place.hidden and place.lat is not None and place.lon is not None:
                    spot = (place.lon, place.lat, place.lon, place.lat)
                    (countries if place.precision == "country" else precise).append(spot)
    boxes = np.array(precise or countries, dtype=float).reshape(-1, 4)
    if len(boxes):
        minx, miny = boxes[:, 0].min(), boxes[:, 1].min()
        maxx, maxy = boxes[:, 2].max(), boxes[:, 3].max()
        view = [[round(float(miny) - BOUNDS_PAD, 4), round(float(minx) - BOUNDS_PAD, 4)],
                [round(float(maxy) + BOUNDS_PAD, 4), round(float(maxx) + BOUNDS_PAD, 4)]]
    else:
        view = DEFAULT_BOUNDS
    return {"type": "FeatureCollection", "articles": articles, "features": features}, view


def page_data(docs: list[Document]) -> dict:
    """The page's FeatureCollection (see the module's docstring)."""
    return page_view(docs)[0]


def date_stops(collection: dict) -> tuple[list[str], int]:
    """The distinct event dates (YYYY, YYYY-MM or YYYY-MM-DD) in string order, and the undated count.

    ISO dates of any precision sort as strings: "1944" < "1944-06" < "1944-06-06" < "1945", for
    any year 0000-9999, with no epoch arithmetic.
    """
    dates, undated = set(), 0
    for f in collection["features"]:
        for ev in f["properties"]["events"]:
            if ev["date"]:
                dates.add(ev["date"])
            else:
                undated += 1
    return sorted(dates), undated
