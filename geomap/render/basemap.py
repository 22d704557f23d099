"""A light offline basemap: country outlines (Natural Earth) under the tile layer.

Tiles need the network; when they cannot load, these outlines still show where things are.
OpenStreetMap's tiles load only on a page served over http(s): a page opened from a file sends
no Referer, and OpenStreetMap's servers answer such requests with an "Access blocked" tile (their
usage policy), which would cover the outlines; a file opened by double-click stays offline.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Template
from shapely.geometry import mapping

from geomap import boundaries
from geomap.render.raw import RawMacroElement
from geomap.render.safe_json import script_json

__all__ = ["CountryOutlines", "OnlineTiles"]


@lru_cache(maxsize=1)
def _outlines_json() -> str:
    features = []
    for iso2, name, geom in boundaries.countries():
        simple = geom.simplify(0.08, preserve_topology=True)
        if simple.is_empty:
            continue
        g = mapping(simple)
        features.append({"type": "Feature", "properties": {"name": name},
                         "geometry": {"type": g["type"], "coordinates": _round(g["coordinates"])}})
    features.sort(key=lambda f: f["properties"]["name"])
    return script_json({"type": "FeatureCollection", "features": features})


def _round(coords):
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(c, 2) for c in coords]
    return [_round(c) for c in coords]


class CountryOutlines(RawMacroElement):
    _template = Template("""
{% macro script(this, kwargs) %}
    {{ this._parent.get_name() }}.createPane("basemap");
    {{ this._parent.get_name() }}.getPane("basemap").style.zIndex = 150;
    var {{ this.get_name() }} = L.geoJSON({{ this.data }}, {
        pane: "basemap", interactive: false,
        style: {color: "#9aa5b1", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1}
    }).addTo({{ this._parent.get_name() }});
    {{ this._parent.get_name() }}.getContainer().style.background = "#dfe9f2";
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "CountryOutlines"
        self.data = _outlines_json()


class OnlineTiles(RawMacroElement):
    """OpenStreetMap's tile layer, on a page served over http(s) only (see the module's docstring),
    sending the page's origin as the Referer that OpenStreetMap's usage policy asks for."""

    _template = Template("""
{% macro script(this, kwargs) %}
    if (/^https?:$/.test(window.location.protocol)) {
        L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
            maxZoom: {{ this.max_zoom }}, referrerPolicy: "strict-origin-when-cross-origin",
            attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
        }).addTo({{ this._parent.get_name() }});
    }
{% endmacro %}
""")

    def __init__(self, max_zoom: int):
        super().__init__()
        self._name = "OnlineTiles"
        self.max_zoom = int(max_zoom)
