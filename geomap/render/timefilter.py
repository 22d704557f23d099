"""A date filter: two sliders (from, to) over the events' distinct dates, and a switch for undated ones.

The slider stops are the dates as written in the data (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
in string order, which is date order for every year 0000-9999, so 1944 and 2025 sit on the same
scale with no epoch arithmetic. An event shows while its date overlaps the range (see
``events_layer``): "2025-07" is in a range that ends on 2025-07-10.

Undated events show while the range is the whole scale. Once the user narrows it they are
hidden, since nothing says they happened in it ("what happened on 9 March" must not show a
shelling of 4 March that one report left undated), and the panel says how many are hidden;
ticking the box shows them again. Once the user ticks or unticks it, the box keeps their choice.
"""

from __future__ import annotations

from jinja2 import Template

from geomap.render.data import date_stops
from geomap.render.raw import RawMacroElement
from geomap.render.safe_json import script_json

__all__ = ["TimeFilter"]


class TimeFilter(RawMacroElement):
    _template = Template(r"""
{% macro header(this, kwargs) %}
<style>
  .geomap-dates { background: rgba(255,255,255,0.95); padding: 6px 10px; border-radius: 4px; width: 250px;
                  font: 12px/1.5 system-ui, sans-serif; color: #222; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
  .geomap-dates h4 { margin: 0 0 2px; font-size: 13px; }
  .geomap-dates button.toggle { all: unset; cursor: pointer; display: flex; width: 100%; gap: 6px;
                                align-items: baseline; }
  .geomap-dates button.toggle:focus-visible { outline: 2px solid #111; }
  .geomap-dates button.toggle .chevron { margin-left: auto; color: #555; }
  .geomap-dates.collapsed { width: auto; }
  .geomap-dates.collapsed .body { display: none; }
  .geomap-dates .range { font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .geomap-dates label { display: flex; align-items: center; gap: 6px; }
  .geomap-dates label span.name { width: 30px; color: #555; }
  .geomap-dates input[type=range] { flex: 1; min-width: 0; margin: 2px 0; accent-color: #37474f; }
  .geomap-dates input[type=checkbox] { margin: 0 2px 0 0; }
  .geomap-dates .summary { color: #555; margin-top: 2px; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var stops = {{ this.stops }};
    var undated = {{ this.undated }};
    var geomap = map.geomap;
    var control = L.control({position: "topright"});
    control.onAdd = function () {
        var div = L.DomUtil.create("div", "geomap-dates");
        div.setAttribute("role", "group");
        div.setAttribute("aria-label", "Filter events by date");
        function add(tag, cls, text, parent) {
            var node = document.createElement(tag);
            if (cls) { node.className = cls; }
            if (text) { node.textContent = text; }
            (parent || div).appendChild(node);
            return node;
        }
        var head = add("h4");
        var toggle = add("button", "toggle", null, head);
        toggle.type = "button";
        add("span", null, "Dates", toggle);
        var range = add("span", "range", null, toggle);
        var chevron = add("span", "chevron", null, toggle);
        var body = add("div", "body");
        var collapse = geomap.foldable(div, toggle, chevron, "the date filter");
        var size = map.getSize();
        collapse(size.y < 560 || size.x < 640);  // small (embedded) maps start with the filter folded
        var from = null, to = null, box = null;
        var undatedChosen = false;  // whether the user ticked or unticked the undated box
        function slider(name, value) {
            var label = add("label", null, null, body);
            add("span", "name", name, label);
            var input = add("input", null, null, label);
            input.type = "range"; input.min = "0"; input.max = String(stops.length - 1); input.step = "1";
            input.value = String(value);
            input.setAttribute("aria-label", name + " date");
            input.setAttribute("data-role", name.toLowerCase());
            return input;
        }
        function show() {
            var a = stops[+from.value], b = stops[+to.value];
            range.textContent = a === b ? a : a + " \u2013 " + b;
            from.setAttribute("aria-valuetext", a);
            to.setAttribute("aria-valuetext", b);
        }
        function apply() {
            show();
            var full = +from.value === 0 && +to.value === stops.length - 1;
            if (box && !undatedChosen) { box.checked = full; }  // a narrowed range hides undated events
            geomap.setDates(full ? null : stops[+from.value], full ? null : stops[+to.value],
                            box ? box.checked : undefined);
        }
        if (stops.length > 1) {
            from = slider("From", 0);
            to = slider("To", stops.length - 1);
            from.addEventListener("input", function () {
                if (+from.value > +to.value) { to.value = from.value; }
                apply();
            });
            to.addEventListener("input", function () {
                if (+to.value < +from.value) { from.value = to.value; }
                apply();
            });
            show();
        } else {
            range.textContent = stops.length ? stops[0] : "no dated events";
        }
        if (undated) {
            var label = add("label", null, null, body);
            box = add("input", null, null, label);
            box.type = "checkbox"; box.checked = true;
            box.setAttribute("data-role", "undated");
            box.addEventListener("change", function () { undatedChosen = true; geomap.setUndated(box.checked); });
            add("span", null, "undated events (" + undated + ")", label);
        }
        var summary = add("div", "summary", null, body);
        summary.setAttribute("aria-live", "polite");
        geomap.onChange(function (s) {
            summary.textContent = "Showing " + geomap.number(s.events) + " of " + geomap.number(s.total) +
                (s.total === 1 ? " event" : " events") + " at " + geomap.number(s.places) +
                (s.places === 1 ? " place" : " places") +
                (s.undatedHidden ? "; " + geomap.number(s.undatedHidden) + " undated hidden" : "");
        });
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    control.addTo(map);
})();
{% endmacro %}
""")

    def __init__(self, collection: dict):
        super().__init__()
        self._name = "TimeFilter"
        stops, undated = date_stops(collection)
        self.stops = script_json(stops)
        self.undated = script_json(undated)
