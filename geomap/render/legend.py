"""The legend, which is also the layer control: one checkbox per event type on the map.

Each row shows the type's symbol, its name and how many of its events are in the selected
dates ("Protest (5)", or "Protest (2 of 5)" when the dates leave some out); unticking a row
hides that type's events (see ``events_layer`` for how a place with several types behaves).
"""

from __future__ import annotations

from collections import Counter

from jinja2 import Template

from geomap.render.raw import RawMacroElement
from geomap.render.safe_json import script_json
from geomap.render.symbols import symbol_svg
from geomap.taxonomy import EVENT_TYPES

__all__ = ["Legend"]


class Legend(RawMacroElement):
    _template = Template(r"""
{% macro header(this, kwargs) %}
<style>
  .geomap-legend { background: rgba(255,255,255,0.95); padding: 6px 10px; border-radius: 4px;
                   font: 12px/1.5 system-ui, sans-serif; color: #222; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
  .geomap-legend h4 { margin: 0 0 4px; font-size: 13px; }
  .geomap-legend button.toggle { all: unset; cursor: pointer; display: flex; width: 100%; gap: 6px; }
  .geomap-legend button.toggle:focus-visible { outline: 2px solid #111; }
  .geomap-legend button.toggle .chevron { margin-left: auto; color: #555; font-weight: normal; }
  .geomap-legend.collapsed h4 { margin: 0; }
  .geomap-legend.collapsed .body { display: none; }
  .geomap-legend label { display: flex; align-items: center; cursor: pointer; white-space: nowrap; }
  .geomap-legend input { margin: 0 6px 0 0; }
  .geomap-legend .symbol { display: inline-block; width: 13px; height: 13px; margin-right: 6px; flex: none; }
  .geomap-legend label.off { color: #888; }
  .geomap-legend label.off .symbol { opacity: 0.35; }
  .geomap-legend .note { margin-top: 4px; color: #555; display: flex; align-items: center; }
  .geomap-legend .ring { display: inline-block; width: 9px; height: 9px; border-radius: 50%; flex: none;
                         margin: 0 6px 0 2px; border: 2px dashed #555; }
  .geomap-legend .cluster { display: inline-block; width: 15px; height: 15px; border-radius: 50%; flex: none;
                            margin: 0 5px 0 0; background: rgba(38,50,56,0.85); color: #fff;
                            font: 600 9px/15px system-ui, sans-serif; text-align: center; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var rows = {{ this.rows }};
    var geomap = map.geomap;
    var legend = L.control({position: "bottomright"});
    legend.onAdd = function () {
        var div = L.DomUtil.create("div", "geomap-legend");
        div.setAttribute("role", "group");
        div.setAttribute("aria-label", "Event types shown on the map");
        var h = document.createElement("h4");
        var toggle = document.createElement("button");
        toggle.type = "button";
        toggle.className = "toggle";
        toggle.appendChild(document.createTextNode("Events by type"));
        var chevron = document.createElement("span");
        chevron.className = "chevron";
        toggle.appendChild(chevron);
        h.appendChild(toggle);
        div.appendChild(h);
        var body = document.createElement("div");
        body.className = "body";
        div.appendChild(body);
        // A small map (a phone, the 480 px iframe of --embed, a snapshot) starts with the legend
        // open where it fits: a report's reader saw unexplained symbols under a folded one. The
        // map's view is fitted clear of it (ClearOfControls), which folds it where, open, it
        // would take over half the map's height or width, or cost the places a zoom level.
        var size = map.getSize(), collapse = geomap.foldable(div, toggle, chevron, "the legend");
        collapse(false);
        if (size.y < 560 || size.x < 640) {
            geomap.foldLegendIfCrowded = function (crowded) {
                var box = div.getBoundingClientRect();
                collapse(box.height > size.y / 2 || box.width > size.x / 2 || crowded());
            };
        }
        var counters = {};
        rows.forEach(function (r) {
            var line = document.createElement("label");
            line.setAttribute("data-type", r.id);
            var box = document.createElement("input");
            box.type = "checkbox";
            box.checked = true;
            box.setAttribute("data-type", r.id);
            box.addEventListener("change", function () {
                line.className = box.checked ? "" : "off";
                geomap.setType(r.id, box.checked);
            });
            line.appendChild(box);
            var sym = document.createElement("span");
            sym.className = "symbol";
            sym.innerHTML = r.svg;  // our own SVG constant
            line.appendChild(sym);
            var text = document.createElement("span");
            line.appendChild(text);
            counters[r.id] = text;
            body.appendChild(line);
        });
        if ({{ this.areas }}) {
            var note = document.createElement("div");
            note.className = "note";
            var ring = document.createElement("span");
            ring.className = "ring";
            note.appendChild(ring);
            note.appendChild(document.createTextNode("hollow, dashed: a region or country"));
            body.appendChild(note);
        }
        if (geomap.clustered) {  // said only while a cluster is in view: a map of one place has none
            var cnote = document.createElement("div");
            cnote.className = "note cluster-note";
            var c = document.createElement("span");
            c.className = "cluster";
            c.textContent = "3";
            cnote.appendChild(c);
            cnote.appendChild(document.createTextNode("places grouped: zoom in"));
            body.appendChild(cnote);
            geomap.onView(function () { cnote.style.display = geomap.clustersInView() ? "" : "none"; });
        }
        geomap.onChange(function (summary) {
            rows.forEach(function (r) {
                var n = summary.counts[r.id] || 0;
                counters[r.id].textContent = r.label + " (" + geomap.number(n) +
                    (n === r.count ? "" : " of " + geomap.number(r.count)) + ")";
            });
        });
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    legend.addTo(map);
})();
{% endmacro %}
""")

    def __init__(self, collection: dict):
        super().__init__()
        self._name = "Legend"
        counts = Counter(ev["type"] for f in collection["features"] for ev in f["properties"]["events"])
        self.rows = script_json([{"id": t.id, "label": t.label, "count": counts[t.id], "svg": symbol_svg(t.id)}
                                 for t in EVENT_TYPES.values() if counts[t.id]])
        self.areas = script_json(any(f["properties"]["precision"] != "point" for f in collection["features"]))
