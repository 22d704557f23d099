"""The places and their events, drawn by JS from one GeoJSON object.

Points are filled circles; regions and countries are outlined areas with a hollow, dashed
marker at their centre, so an oblast is never mistaken for a city. Popups are built with
DOM text nodes, never HTML strings, so article text shows as text whatever it contains.
"""

from __future__ import annotations

from branca.element import MacroElement
from jinja2 import Template

from geomap.render.safe_json import script_json
from geomap.taxonomy import EVENT_TYPES

__all__ = ["EventsLayer"]


class EventsLayer(MacroElement):
    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .geomap-popup { font: 13px/1.4 system-ui, sans-serif; max-width: 340px; }
  .geomap-popup h3 { margin: 0 0 2px; font-size: 15px; }
  .geomap-popup .resolved { color: #555; font-size: 11px; margin-bottom: 6px; }
  .geomap-popup .event { border-top: 1px solid #ddd; padding: 5px 0; }
  .geomap-popup .meta { font-weight: 600; }
  .geomap-popup .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
                          margin-right: 4px; vertical-align: baseline; }
  .geomap-popup .row { margin-top: 2px; }
  .geomap-popup .label { color: #555; }
  .geomap-popup blockquote { margin: 4px 0 0; padding-left: 6px; border-left: 3px solid #ccc; color: #333; }
  .geomap-popup .article { margin-top: 6px; font-size: 11px; color: #555; }
  .geomap-popup .events { max-height: 260px; overflow-y: auto; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var data = {{ this.data }};
    var types = {{ this.types }};
    function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) { node.className = cls; }
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        return node;
    }
    function row(parent, label, value) {
        if (!value) { return; }
        var r = el("div", "row");
        r.appendChild(el("span", "label", label + ": "));
        r.appendChild(el("span", null, value));
        parent.appendChild(r);
    }
    function dateText(ev) {
        if (!ev.date) { return "undated"; }
        return (ev.approximate ? "about " : "") + ev.date;
    }
    function popup(p) {
        var root = el("div", "geomap-popup");
        root.appendChild(el("h3", null, p.name));
        root.appendChild(el("div", "resolved", "Resolved as " + p.resolved_as));
        var list = el("div", "events");
        p.events.forEach(function (ev) {
            var box = el("div", "event");
            box.setAttribute("data-event-id", ev.id);
            var meta = el("div", "meta");
            var sw = el("span", "swatch");
            sw.style.background = types[ev.type].color;
            meta.appendChild(sw);
            meta.appendChild(document.createTextNode(dateText(ev) + " \\u2014 " + types[ev.type].label));
            box.appendChild(meta);
            row(box, "Who", ev.actors.join(", "));
            row(box, "Figures", ev.figures.map(function (f) { return f.text; }).join("; "));
            ev.sources.forEach(function (s) { box.appendChild(el("blockquote", null, s.text)); });
            list.appendChild(box);
        });
        root.appendChild(list);
        var a = p.article;
        if (a && (a.title || a.url)) {
            var art = el("div", "article");
            art.appendChild(document.createTextNode("Source: "));
            if (a.url && /^https?:\\/\\//i.test(a.url)) {
                var link = el("a", null, a.title || a.url);
                link.href = a.url; link.target = "_blank"; link.rel = "noopener noreferrer";
                art.appendChild(link);
            } else {
                art.appendChild(document.createTextNode(a.title));
            }
            if (a.published) { art.appendChild(document.createTextNode(" (" + a.published + ")")); }
            root.appendChild(art);
        }
        return root;
    }
    // Areas sit in a pane below the markers, so a region never hides the pins inside it.
    map.createPane("geomap-areas");
    map.getPane("geomap-areas").style.zIndex = 390;
    var group = L.featureGroup();
    data.features.forEach(function (f) {
        var p = f.properties;
        var color = types[p.events[0].type].color;
        var precise = p.precision === "point";
        var title = p.name + ": " + p.events.length + (p.events.length === 1 ? " event" : " events");
        if (!precise && f.geometry.type !== "Point") {
            L.geoJSON(f.geometry, {
                pane: "geomap-areas",
                style: {color: color, weight: 2, dashArray: "6 4", fillColor: color,
                        fillOpacity: p.precision === "country" ? 0.06 : 0.15}
            }).bindPopup(function () { return popup(p); }, {maxWidth: 360})
              .bindTooltip(p.name + (p.precision === "country" ? " (country)" : " (region)"), {sticky: true})
              .addTo(group);
        }
        var marker = L.circleMarker([p.lat, p.lon], {
            radius: precise ? 7 + Math.min(p.events.length, 5) : 9,
            color: precise ? "#ffffff" : color, weight: precise ? 2 : 3, dashArray: precise ? null : "3 3",
            fillColor: color, fillOpacity: precise ? 0.95 : 0.25, className: "geomap-marker"
        });
        marker.bindPopup(function () { return popup(p); }, {maxWidth: 360});
        marker.bindTooltip(p.name, {direction: "top", offset: [0, -8]});
        marker.on("add", function () {
            var node = marker.getElement();
            if (node) {
                node.setAttribute("data-place-id", f.id);
                node.setAttribute("aria-label", title);
                var t = document.createElementNS("http://www.w3.org/2000/svg", "title");
                t.textContent = title;
                node.appendChild(t);
            }
        });
        marker.addTo(group);
    });
    group.addTo(map);
    window.geomapEvents = group;
})();
{% endmacro %}
""")

    def __init__(self, feature_collection: dict):
        super().__init__()
        self._name = "EventsLayer"
        self.data = script_json(feature_collection)
        self.types = script_json({t.id: {"label": t.label, "color": t.color} for t in EVENT_TYPES.values()})
