"""A light offline basemap: country outlines (Natural Earth) under the tile layer.

Tiles need the network; when they cannot load, these outlines still show where things are.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Template
from shapely.geometry import mapping

from geomap import boundaries
from geomap.render.raw import RawMacroElement
from geomap.render.safe_json import script_json

__all__ = ["CountryOutlines"]


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
