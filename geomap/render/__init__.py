"""Render documents as a self-contained Leaflet map (folium), byte-identical for the same data."""

from __future__ import annotations

import html
import itertools
from contextlib import contextmanager

import folium
from branca.element import Element, MacroElement
from jinja2 import Template
from shapely.geometry import GeometryCollection

from geomap import boundaries
from geomap.export import feature_collection, mapped_places, place_geometry
from geomap.model import Document
from geomap.render.assets import InlineAssets
from geomap.render.basemap import CountryOutlines
from geomap.render.events_layer import EventsLayer
from geomap.render.legend import Legend
from geomap.render.safe_json import script_json

__all__ = ["render_map", "map_html"]

GEONAMES_CREDIT = 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'


class OfflineMap(folium.Map):
    """A folium Map whose Leaflet is inlined instead of loaded from CDNs."""

    default_js: list = []
    default_css: list = []


@contextmanager
def _stable_ids():
    """folium names elements with random ids; number them instead so rebuilds are identical."""
    counter = itertools.count()
    original = Element._generate_id
    Element._generate_id = classmethod(lambda cls: f"{next(counter):08x}")
    try:
        yield
    finally:
        Element._generate_id = original


def _bounds(docs: list[Document]):
    """[[south, west], [north, east]] around the mapped places; countries count only when alone."""
    precise, all_shapes = [], []
    for _, place, _ in mapped_places(docs):
        geom = place_geometry(place)
        all_shapes.append(geom)
        if place.precision != "country":
            precise.append(geom)
    shapes = precise or all_shapes
    if not shapes:
        return [[35.0, -10.0], [60.0, 40.0]]
    minx, miny, maxx, maxy = GeometryCollection(shapes).bounds
    pad = 0.5  # degrees: a lone place is not shown at street level
    return [[round(miny - pad, 4), round(minx - pad, 4)], [round(maxy + pad, 4), round(maxx + pad, 4)]]


def render_map(docs: list[Document], *, title: str | None = None, tiles: bool = True) -> folium.Map:
    """A folium map of the documents' places and events (displays in Jupyter)."""
    collection = feature_collection(docs)
    with _stable_ids():
        m = OfflineMap(location=None, tiles=None, zoom_start=4, max_zoom=18, control_scale=True,
                       prefer_canvas=False)
        m.add_child(InlineAssets())
        m.add_child(CountryOutlines())
        if tiles:
            folium.TileLayer("OpenStreetMap", name="OpenStreetMap", max_zoom=18).add_to(m)
        m.add_child(EventsLayer(collection))
        m.add_child(Legend(collection))
        m.fit_bounds(_bounds(docs))
        page_title = title or _title(docs)
        m.get_root().header.add_child(Element(f"<title>{html.escape(page_title)}</title>"), name="title")
        m.get_root().header.add_child(Element(
            f'<meta name="generator" content="geomap">'), name="generator")
        m.get_root().html.add_child(Element(
            f'<div style="display:none" id="geomap-credits">{GEONAMES_CREDIT}; '
            f'{html.escape(boundaries.ATTRIBUTION)}</div>'), name="credits")
        m.add_child(Credits())
    return m


class Credits(MacroElement):
    """Credit the data sources in the map's attribution line (GeoNames' licence requires it)."""

    _template = Template("""
{% macro script(this, kwargs) %}
    {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.geonames }});
    {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.boundaries }});
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "Credits"
        self.geonames = script_json(GEONAMES_CREDIT)
        self.boundaries = script_json(boundaries.ATTRIBUTION)


def _title(docs: list[Document]) -> str:
    titles = [d.article.title or d.article.id for d in docs]
    return titles[0] if len(titles) == 1 else f"geomap: {len(titles)} articles"


def map_html(docs: list[Document], **kwargs) -> str:
    """The map page as one self-contained HTML string."""
    with _stable_ids():
        return render_map(docs, **kwargs).get_root().render()
