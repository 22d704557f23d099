"""A text legend of the event types on the map, each with its colour and count (folium has none)."""

from __future__ import annotations

from collections import Counter

from branca.element import MacroElement
from jinja2 import Template

from geomap.render.safe_json import script_json
from geomap.taxonomy import EVENT_TYPES

__all__ = ["Legend"]


class Legend(MacroElement):
    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .geomap-legend { background: rgba(255,255,255,0.95); padding: 6px 10px; border-radius: 4px;
                   font: 12px/1.5 system-ui, sans-serif; color: #222; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
  .geomap-legend h4 { margin: 0 0 4px; font-size: 13px; }
  .geomap-legend .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
                           margin-right: 6px; vertical-align: -1px; border: 1px solid #fff; }
  .geomap-legend .ring { display: inline-block; width: 9px; height: 9px; border-radius: 50%;
                         margin-right: 6px; border: 2px dashed #555; vertical-align: -2px; }
  .geomap-legend .note { margin-top: 4px; color: #555; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var rows = {{ this.rows }};
    var legend = L.control({position: "bottomright"});
    legend.onAdd = function () {
        var div = L.DomUtil.create("div", "geomap-legend");
        div.setAttribute("role", "list");
        var h = document.createElement("h4");
        h.textContent = "Events by type";
        div.appendChild(h);
        rows.forEach(function (r) {
            var line = document.createElement("div");
            line.setAttribute("role", "listitem");
            line.setAttribute("data-type", r.id);
            var sw = document.createElement("span");
            sw.className = "swatch";
            sw.style.background = r.color;
            line.appendChild(sw);
            line.appendChild(document.createTextNode(r.label + " (" + r.count + ")"));
            div.appendChild(line);
        });
        var note = document.createElement("div");
        note.className = "note";
        var ring = document.createElement("span");
        ring.className = "ring";
        note.appendChild(ring);
        note.appendChild(document.createTextNode("region or country (approximate area)"));
        div.appendChild(note);
        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    legend.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

    def __init__(self, feature_collection: dict):
        super().__init__()
        self._name = "Legend"
        counts = Counter(ev["type"] for f in feature_collection["features"] for ev in f["properties"]["events"])
        self.rows = script_json([{"id": t.id, "label": t.label, "color": t.color, "count": counts[t.id]}
                                 for t in EVENT_TYPES.values() if counts[t.id]])
