"""Render documents as a self-contained Leaflet map (folium), byte-identical for the same data."""

from __future__ import annotations

import html
import itertools
from contextlib import contextmanager

import folium
from branca.element import Element
from jinja2 import Template

from geomap import boundaries
from geomap.gcpause import cyclic_gc_paused
from geomap.model import Document
from geomap.render.assets import InlineAssets
from geomap.render.basemap import CountryOutlines, OnlineTiles
from geomap.render.data import page_view
from geomap.render.embed import embed_html
from geomap.render.events_layer import DEFAULT_CLUSTER_UNTIL, EventsLayer
from geomap.render.finder import PlaceFinder
from geomap.render.fullscreen import FullscreenButton
from geomap.render.legend import Legend
from geomap.render.printing import PrintStyle
from geomap.render.raw import Raw, RawMacroElement
from geomap.render.safe_json import script_json
from geomap.render.timefilter import TimeFilter

__all__ = ["render_map", "map_html", "embed_html", "page_title", "DEFAULT_CLUSTER_UNTIL", "MAX_ZOOM"]

MAX_ZOOM = 18
OFFLINE_VIEW_ZOOM = 6  # with no tiles, the view of a lone place shows the countries around it

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


def render_map(docs: list[Document], *, title: str | None = None, tiles: bool = True,
               cluster_until: int | None = DEFAULT_CLUSTER_UNTIL, articles=()) -> folium.Map:
    """A folium map of the documents' places and events (displays in Jupyter).

    ``cluster_until``: the zoom level from which markers are no longer clustered (0 or None:
    never cluster). ``articles``: the articles a corpus map's sources name (their dates, outlets).
    """
    collection, bounds = page_view(docs, articles)
    with _stable_ids():
        m = OfflineMap(location=None, tiles=None, zoom_start=4, control_scale=True, prefer_canvas=False)
        m.options["max_zoom"] = MAX_ZOOM  # markercluster needs it, with or without a tile layer
        m.add_child(InlineAssets(cluster=bool(cluster_until)))
        m.add_child(InitialView(bounds, tiles=bool(tiles)))  # the view first: markers are then placed once
        m.add_child(CountryOutlines())
        if tiles:
            m.add_child(OnlineTiles(MAX_ZOOM))
        m.add_child(EventsLayer(collection, cluster_until=cluster_until))
        m.add_child(Legend(collection))
        m.add_child(TimeFilter(collection))
        m.add_child(FullscreenButton())
        if not collection["features"]:
            m.add_child(NothingToMap(nothing_to_map(docs)))
        m.add_child(PlaceFinder())
        m.add_child(ClearOfControls(bounds, tiles=bool(tiles)))  # the controls are drawn: measure them
        m.add_child(PrintStyle())
        m.get_root().header.add_child(Raw(f"<title>{html.escape(title or page_title(docs))}</title>"),
                                      name="title")
        m.get_root().header.add_child(Raw(
            '<meta name="generator" content="geomap">'), name="generator")
        m.get_root().html.add_child(Raw(
            f'<div style="display:none" id="geomap-credits">{GEONAMES_CREDIT}; '
            f'{html.escape(boundaries.ATTRIBUTION)}</div>'), name="credits")
        m.add_child(Credits())
    return m


class InitialView(RawMacroElement):
    """Fit the map to the places at once, with no zoom animation (markers are placed in the final view).

    The padding keeps markers clear of the edges and their names (right of them) in view.
    Without tiles (a page opened from a file, or built without them), the view zooms in no
    further than OFFLINE_VIEW_ZOOM: closer, the country outlines leave a lone place on a blank
    canvas, with nothing around it to say where it is."""

    _template = Template("""
{% macro script(this, kwargs) %}
    var online = {{ this.tiles }} && /^https?:$/.test(window.location.protocol);
    {{ this._parent.get_name() }}.fitBounds({{ this.bounds }}, {animate: false,
        paddingTopLeft: [40, 40], paddingBottomRight: [100, 30],
        maxZoom: online ? {{ this.max_zoom }} : {{ this.offline_zoom }}});
{% endmacro %}
""")

    def __init__(self, bounds, tiles: bool = True):
        super().__init__()
        self._name = "InitialView"
        self.bounds = script_json(bounds)
        self.tiles = "true" if tiles else "false"
        self.max_zoom, self.offline_zoom = MAX_ZOOM, OFFLINE_VIEW_ZOOM


class ClearOfControls(InitialView):
    """Fit the view again now that the controls are drawn, so that no marker sits under one.

    Each corner's controls (zoom buttons and finder, dates, legend and credits, scale) are kept
    clear either sideways or vertically: of the 16 ways, the one that allows the closest zoom
    wins. The first of them (all four kept clear vertically) on a tie."""

    _template = Template("""
{% macro script(this, kwargs) %}
    (function () {
        var map = {{ this._parent.get_name() }}, container = map.getContainer();
        var online = {{ this.tiles }} && /^https?:$/.test(window.location.protocol);
        var maxZoom = online ? {{ this.max_zoom }} : {{ this.offline_zoom }};
        var bounds = L.latLngBounds({{ this.bounds }}), view = container.getBoundingClientRect();
        var MARGIN = 16;  // half a marker, and a little air
        var base = {left: 40, top: 40, right: 100, bottom: 30};  // InitialView's (room for the names)
        // The space each corner's controls take from the map's edges.
        function controlCorners() {
            return [["top", "left"], ["top", "right"], ["bottom", "left"], ["bottom", "right"]].map(function (c) {
                var extent = {x: 0, y: 0, v: c[0], h: c[1]};
                var controls = container.querySelectorAll(".leaflet-" + c[0] + ".leaflet-" + c[1] + " .leaflet-control");
                Array.prototype.forEach.call(controls, function (node) {
                    var r = node.getBoundingClientRect();
                    if (!r.width || !r.height) { return; }
                    extent.x = Math.max(extent.x, c[1] === "left" ? r.right - view.left : view.right - r.left);
                    extent.y = Math.max(extent.y, c[0] === "top" ? r.bottom - view.top : view.bottom - r.top);
                });
                return extent;
            }).filter(function (e) { return e.x && e.y; });
        }
        var size = map.getSize();
        function bestView() {
            var corners = controlCorners(), best = null;
            for (var way = 0; way < (1 << corners.length); way++) {
                var pad = L.extend({}, base);
                corners.forEach(function (e, i) {
                    if (way & (1 << i)) { pad[e.h] = Math.max(pad[e.h], e.x + MARGIN); }
                    else { pad[e.v] = Math.max(pad[e.v], e.y + MARGIN); }
                });
                if (size.x - pad.left - pad.right < 60 || size.y - pad.top - pad.bottom < 60) { continue; }
                var zoom = Math.min(maxZoom, map.getBoundsZoom(bounds, false, L.point(pad.left + pad.right,
                                                                                  pad.top + pad.bottom)));
                if (!best || zoom > best.zoom) { best = {zoom: zoom, pad: pad}; }
            }
            return best;
        }
        var best = bestView();
        // A small map's legend, open, stays open when the places fit as close as with it folded.
        if (map.geomap && map.geomap.foldLegendIfCrowded) {
            var open = best;
            map.geomap.foldLegendIfCrowded(function () {
                var legend = container.querySelector(".geomap-legend");
                legend.classList.add("collapsed");
                var folded = bestView();
                legend.classList.remove("collapsed");
                return !open || (folded && folded.zoom > open.zoom);
            });
            best = bestView();
        }
        if (best) {
            map.fitBounds(bounds, {animate: false, maxZoom: maxZoom, paddingTopLeft: [best.pad.left, best.pad.top],
                                   paddingBottomRight: [best.pad.right, best.pad.bottom]});
        }
    })();
{% endmacro %}
""")

    def __init__(self, bounds, tiles: bool = True):
        super().__init__(bounds, tiles)
        self._name = "ClearOfControls"


class Credits(RawMacroElement):
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


def page_title(docs: list[Document]) -> str:
    titles = [d.article.title or d.article.id for d in docs]
    return titles[0] if len(titles) == 1 else f"geomap: {len(titles)} articles"


def map_html(docs: list[Document], **kwargs) -> str:
    """The map page as one self-contained HTML string."""
    with _stable_ids(), cyclic_gc_paused():
        return render_map(docs, **kwargs).get_root().render()


class NothingToMap(RawMacroElement):
    """A note across a map with no place to show, so that an empty map is not taken for a broken one."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .geomap-nothing { position: absolute; top: 40%; left: 50%; transform: translate(-50%, -50%); z-index: 800;
                    max-width: 340px; padding: 10px 14px; background: rgba(255,255,255,0.94); border-radius: 6px;
                    box-shadow: 0 1px 5px rgba(0,0,0,0.3); font: 13px/1.4 system-ui, sans-serif; text-align: center;
                    pointer-events: none; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
    (function () {
        var note = L.DomUtil.create("div", "geomap-nothing", {{ this._parent.get_name() }}.getContainer());
        note.setAttribute("role", "status");
        L.DomUtil.create("b", "", note).textContent = "No places with events to show.";
        L.DomUtil.create("br", "", note);
        note.appendChild(document.createTextNode({{ this.why }}));
    })();
{% endmacro %}
""")

    def __init__(self, why: str):
        super().__init__()
        self._name = "NothingToMap"
        self.why = script_json(why)


def nothing_to_map(docs: list[Document]) -> str:
    """Why a map shows no place, and what to do: a travel story names 26 places and reports no
    event at any of them, which is not "no place found"."""
    named = [p for d in docs for p in d.places if not p.hidden]
    at = {(id(d), e.place) for d in docs for e in d.events if not e.hidden}
    with_events = [p for d in docs for p in d.places if not p.hidden and (id(d), p.id) in at]
    if with_events:
        return ("Every place with an event is hidden or has no coordinates: correct them in the data file "
                "and build again.")
    if named:
        n = len({p.gazetteer_id or p.id for p in named})
        return (f"{n} place{'s were' if n != 1 else ' was'} named in the text, but none has an event to map (a "
                "strike, a protest, talks...): add one to the data file's events, with place: the id of one "
                "of its places, and build again.")
    return "No place was found in the text: add places and events to the data file and build again."
