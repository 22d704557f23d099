"""Exports of the extracted data: a GeoJSON FeatureCollection, one feature per mapped place."""

from __future__ import annotations

import json
from functools import lru_cache

from shapely.geometry import Point, mapping

from geomap import boundaries
from geomap.model import Document, Event, Place
from geomap.taxonomy import EVENT_TYPES

__all__ = ["mapped_places", "place_geometry", "feature_collection", "geojson_text"]


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


@lru_cache(maxsize=512)
def _shape(gazetteer_id: str | None, precision: str, country: str | None):
    if precision == "admin1" and gazetteer_id and gazetteer_id.startswith("ne:"):
        region = next((r for r in boundaries.admin1_regions(country) if r.id == gazetteer_id[3:]), None)
        return region.geometry if region else None
    if precision == "country" and country:
        return boundaries.country_shape(country)
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


def _event_properties(ev: Event) -> dict:
    t = EVENT_TYPES[ev.type]
    return {"id": ev.id, "type": ev.type, "type_label": t.label, "acled_event_type": t.acled_event_type,
            "acled_sub_event_type": t.acled_sub_event_type, "date": ev.date, "approximate": ev.approximate,
            "summary": ev.summary, "actors": ev.actors,
            "figures": [{"text": f.text, "value": f.value, "unit": f.unit} for f in ev.figures],
            "sources": [{"text": s.text, "start": s.start, "end": s.end} for s in ev.sources]}


def feature_collection(docs: list[Document]) -> dict:
    features = []
    for doc, place, events in mapped_places(docs):
        geometry = mapping(place_geometry(place))
        a = doc.article
        features.append({
            "type": "Feature",
            "id": f"{a.id}/{place.id}",
            "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])},
            "properties": {
                "place_id": place.id, "name": place.name, "kind": place.kind, "precision": place.precision,
                "lat": place.lat, "lon": place.lon, "country": place.country, "gazetteer_id": place.gazetteer_id,
                "coord_source": place.coord_source, "score": place.score,
                "resolved_as": _resolved_as(place),
                "article": {"id": a.id, "title": a.title, "url": a.url, "published": a.published,
                            "source": a.source},
                "events": [_event_properties(ev) for ev in events],
            },
        })
    features.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": features}


def _resolved_as(place: Place) -> str:
    alt = next((a for a in place.alternatives if a.get("id") == place.gazetteer_id), None)
    label = {"city": "populated place", "admin1": "region", "country": "country", "continent": "continent"}
    text = f"{place.name} ({label.get(place.kind, place.kind)}{', ' + place.country if place.country else ''})"
    if place.coord_source == "user":
        return text + ", placed by the user"
    if place.score is not None:
        text += f", confidence {place.score:.0%}"
    if alt is None and place.alternatives:
        text += ", chosen by the user"
    return text


def geojson_text(docs: list[Document]) -> str:
    return json.dumps(feature_collection(docs), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
