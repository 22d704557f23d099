"""A place finder: a search box under the zoom buttons that suggests the places the filters show
and, on Enter or a pick, zooms to one and opens its popup. A corpus map has hundreds of places;
the reader looking for one should not have to hunt through clusters.

Names go into ``<option>`` values and ``textContent`` only, never into markup. Two places of the
same name (Alexandria, Louisiana and Alexandria, Virginia) are told apart by how each was resolved.
"""

from __future__ import annotations

from jinja2 import Template

from geomap.render.raw import RawMacroElement

__all__ = ["PlaceFinder"]


class PlaceFinder(RawMacroElement):
    _template = Template(r"""
{% macro header(this, kwargs) %}
<style>
  .geomap-finder { background: #fff; padding: 4px; border-radius: 4px; }
  .geomap-finder input { width: 170px; font: 13px system-ui, sans-serif; padding: 3px 5px;
                         border: 1px solid #bbb; border-radius: 3px; }
  .geomap-finder input[aria-invalid="true"] { border-color: #c62828; outline-color: #c62828; }
  .geomap-finder .status { max-width: 176px; font: 12px/1.3 system-ui, sans-serif; color: #b71c1c; }
  .geomap-finder .status:empty { display: none; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var geomap = map.geomap;
    if (!geomap) { return; }
    var control = L.control({position: "topleft"});
    control.onAdd = function () {
        var div = L.DomUtil.create("div", "leaflet-control geomap-finder");
        var input = L.DomUtil.create("input", "", div);
        var list = L.DomUtil.create("datalist", "", div);
        var status = L.DomUtil.create("div", "status", div);  // why Enter went nowhere
        status.setAttribute("aria-live", "polite");
        list.id = "geomap-places";
        input.type = "search";
        input.placeholder = "Find a place";
        input.title = "Find a place: type its name, then Enter";
        input.setAttribute("aria-label", "Find a place");
        input.setAttribute("list", list.id);
        input.autocomplete = "off";
        var byLabel = {}, stale = true;
        var collator = new Intl.Collator();  // localeCompare's order, without a collator per comparison
        function labels() {  // a label a place: its name, or its name and how it was resolved when shared
            var places = geomap.places(), seen = {}, out = [];
            places.forEach(function (p) { var k = p.name.toLowerCase(); seen[k] = (seen[k] || 0) + 1; });
            places.forEach(function (p) {
                out.push([seen[p.name.toLowerCase()] > 1 ? p.name + " \u2014 " + p.resolvedAs : p.name, p.id]);
            });
            return out.sort(function (a, b) { return collator.compare(a[0], b[0]); });
        }
        // The list is made when the box is used, not at each filter change: a corpus map's tens
        // of thousands of options made every tick of the date slider slow.
        function fill() {
            if (!stale) { return; }
            stale = false;
            byLabel = {};
            list.textContent = "";
            labels().forEach(function (pair) {
                byLabel[pair[0].toLowerCase()] = pair[1];
                var option = document.createElement("option");
                option.value = pair[0];
                list.appendChild(option);
            });
        }
        // The exact label, else the one label that starts with the text, else the one place resolved
        // from that name ("Odessa" for Odesa); or, when none is, why: {id} or {why}.
        function find(text) {
            var key = text.trim().toLowerCase();
            if (!key) { return {}; }
            if (byLabel[key]) { return {id: byLabel[key]}; }
            var hits = Object.keys(byLabel).filter(function (l) { return l.indexOf(key) === 0; });
            if (hits.length === 1) { return {id: byLabel[hits[0]]}; }
            if (hits.length > 1) { return {why: hits.length + " places match: pick one from the list"}; }
            var known = geomap.places().filter(function (p) { return p.resolvedAs.toLowerCase().indexOf(key) >= 0; });
            if (known.length === 1) { return {id: known[0].id}; }
            if (known.length > 1) { return {why: known.length + " places match: pick one from the list"}; }
            var hidden = geomap.places(true).some(function (p) { return p.name.toLowerCase().indexOf(key) === 0; });
            return {why: hidden ? "Hidden by the filters (dates or event types)" : "No place on the map is so named"};
        }
        function go() {
            fill();
            var found = find(input.value);
            var ok = !!found.id && geomap.show(found.id);
            status.textContent = ok ? "" : (found.why || "");
            input.setAttribute("aria-invalid", ok || !input.value.trim() ? "false" : "true");
        }
        L.DomEvent.on(input, "keydown", function (e) {
            if (e.key === "Enter") { L.DomEvent.preventDefault(e); go(); }
        });
        // A pick from the list (no keystroke: no inputType, or a replacement) goes there at once;
        // typing goes nowhere until Enter ("Kursk" on the way to "Kursk Oblast").
        L.DomEvent.on(input, "input", function (e) {
            input.setAttribute("aria-invalid", "false");
            status.textContent = "";
            var picked = !e.inputType || e.inputType === "insertReplacementText";
            if (picked && byLabel[input.value.toLowerCase()]) { go(); }
        });
        geomap.onChange(function () {
            stale = true;
            if (document.activeElement === input) { fill(); }
        });
        L.DomEvent.on(input, "focus", fill);
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    control.addTo(map);
})();
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "PlaceFinder"
