"""The places and their events, drawn by JS from one GeoJSON object, with filters.

Each place is one marker whose shape and colour are those of its most violent visible event:
the one with the most killed, then of the most violent type (``taxonomy.VIOLENCE_ORDER``:
an attack or a strike before a protest, talks or a statement), then the latest. A region or
country gets the same symbol hollow and dashed, over its outlined area, so an oblast is never
mistaken for a city. A map of up to LABEL_UNTIL
places draws every marker and names each; on a bigger one, markers cluster while places crowd,
below a configurable zoom (leaflet.markercluster, inlined): up to 1,000 places only markers
that would overlap are grouped; beyond, wider groups keep the number of icons down. Markers
are keyboard-focusable buttons titled with their place and events; Enter opens the popup.

Filters (the type checkboxes in the legend, the date range) act on events: a place shows
while at least one of its events passes them, its popup lists those events, and its marker
takes the type of the most violent of those events. So a place with a protest and a strike is
drawn as a strike, and stays on the map, as a strike, when protests are switched off; a strike
that killed 12 this week outranks a siege reported as last year's background.

Dates are compared as ISO strings, never as epoch times: an event's date (a day, a month or a
year) overlaps the selected range when ``date <= to`` and ``end(date) >= from``, where
``end("2025-07")`` is ``"2025-07-99"`` and ``end("2025")`` is ``"2025-99-99"``; this holds for
any year 0000-9999. Undated events have their own switch (see ``timefilter``).

Popups are built with DOM text nodes, never HTML strings, so article text shows as text
whatever it contains. The only markup set as HTML is the symbols' SVG, built in Python from
constants. All the page state lives in ``map.geomap``, which the legend and the date filter
drive.
"""

from __future__ import annotations

from jinja2 import Template

from geomap.render.raw import RawMacroElement
from geomap.render.safe_json import script_json
from geomap.render.symbols import type_table

__all__ = ["EventsLayer", "DEFAULT_CLUSTER_UNTIL"]

DEFAULT_CLUSTER_UNTIL = 8


LABEL_UNTIL = 30  # places: a map of this many or fewer names each beside its marker


class EventsLayer(RawMacroElement):
    _template = Template(r"""
{% macro header(this, kwargs) %}
<style>
  .geomap-marker { background: none; border: none; }
  .geomap-marker svg { display: block; overflow: visible; filter: drop-shadow(0 0 1px rgba(0,0,0,0.55)); }
  .geomap-marker:focus-visible { outline: 2px solid #111; outline-offset: 2px; border-radius: 3px; }
  .geomap-cluster { background: none; border: none; }
  .geomap-cluster div { box-sizing: border-box; width: 100%; height: 100%; border-radius: 50%;
                        background: rgba(38,50,56,0.85); border: 3px solid rgba(255,255,255,0.9);
                        box-shadow: 0 0 0 1px rgba(38,50,56,0.6), 0 1px 4px rgba(0,0,0,0.35);
                        color: #fff; font: 600 12px/1 system-ui, sans-serif;
                        display: flex; align-items: center; justify-content: center; }
  .leaflet-tooltip.geomap-label { padding: 0 3px; border: none; border-radius: 3px; box-shadow: none;
                                  background: rgba(255,255,255,0.8); color: #263238;
                                  font: 600 11px/15px system-ui, sans-serif; }
  .leaflet-tooltip.geomap-label:before { display: none; }
  .geomap-popup { font: 13px/1.4 system-ui, sans-serif; overflow-wrap: anywhere; }
  .geomap-popup h3 { margin: 0 0 2px; font-size: 15px; }
  .geomap-popup .resolved { color: #555; font-size: 11px; margin-bottom: 6px; }
  .geomap-popup .event { border-top: 1px solid #ddd; padding: 5px 0; }
  .geomap-popup .meta { font-weight: 600; }
  .geomap-popup .symbol { display: inline-block; width: 11px; height: 11px; margin-right: 5px;
                          vertical-align: -1px; }
  .geomap-popup .summary { margin-top: 2px; }
  .geomap-popup .row { margin-top: 2px; }
  .geomap-popup .label { color: #555; }
  .geomap-popup blockquote { margin: 4px 0 0; padding-left: 6px; border-left: 3px solid #ccc; color: #333; }
  .geomap-popup .article { margin-top: 6px; font-size: 11px; color: #555; }
  .geomap-popup .hidden-note { margin-top: 4px; font-size: 11px; color: #555; font-style: italic; }
  .geomap-popup .events { max-height: 260px; overflow-y: auto; }
  .leaflet-control.geomap-under-popup { visibility: hidden; }
</style>
{% endmacro %}
{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}_data">{{ this.data }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    // JSON.parse of a data block is much faster than parsing the same object as script
    var data = JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent);
    var types = {{ this.types }};
    var options = {{ this.options }};
    var articles = data.articles || [];
    var typeIds = Object.keys(types).sort(function (a, b) { return types[a].order - types[b].order; });

    function endOf(date) {  // the last key inside a day, month or year, for string comparison
        return date.length === 4 ? date + "-99-99" : (date.length === 7 ? date + "-99" : date);
    }
    function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) { node.className = cls; }
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        return node;
    }
    function symbol(type, hollow) {  // our own SVG constants, never article text
        var span = el("span", "symbol");
        span.innerHTML = hollow ? types[type].hollow : types[type].solid;
        return span;
    }
    function row(parent, label, value) {
        if (!value) { return; }
        var r = el("div", "row");
        r.appendChild(el("span", "label", label + ": "));
        r.appendChild(el("span", null, value));
        parent.appendChild(r);
    }
    function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }  // 12,345 in any locale
    function dateText(ev) {
        if (!ev.date) { return "undated"; }
        return (ev.approximate ? "about " : "") + ev.date;
    }
    // "Source: Outlet - Title, date" (an em dash): who published the report, then which report.
    function articleLine(a) {
        var art = el("div", "article");
        art.appendChild(document.createTextNode("Source: " + (a.source ? a.source + " \u2014 " : "")));
        if (a.url && /^https?:\/\//i.test(a.url)) {
            var link = el("a", null, a.title || a.url);
            link.href = a.url; link.target = "_blank"; link.rel = "noopener noreferrer";
            art.appendChild(link);
        } else {
            art.appendChild(document.createTextNode(a.title || a.id));
        }
        if (a.published) { art.appendChild(document.createTextNode(", " + a.published)); }
        return art;
    }

    // A map of a few places names them beside their markers: the offline basemap has no labels,
    // and a report's snapshot should say where things are without a click.
    // Such a map is never clustered: a group of two would hide the names the README promises.
    var labelled = data.features.length <= {{ this.label_until }};
    var state = {types: {}, from: null, to: null, undated: true};
    typeIds.forEach(function (t) { state.types[t] = true; });
    var entries = data.features.map(function (f) {
        f.properties.events.forEach(function (ev) { ev.end = ev.date ? endOf(ev.date) : null; });
        return {id: f.id, f: f, p: f.properties, hollow: f.properties.precision !== "point",
                visible: [], key: "", marker: null, area: null};
    });

    function popupContent(en) {
        var p = en.p, root = el("div", "geomap-popup");
        root.appendChild(el("h3", null, p.name));
        root.appendChild(el("div", "resolved", "Resolved as " + p.resolved_as));
        // An event's articles: its sources' own (a corpus map merges reports) or its document's.
        var list = el("div", "events"), sources = {};
        en.visible.forEach(function (ev) { (ev.sa || [ev.a]).forEach(function (a) { sources[a] = true; }); });
        var keys = Object.keys(sources), single = keys.length === 1;
        en.visible.forEach(function (ev) {
            var box = el("div", "event");
            box.setAttribute("data-event-id", ev.id);
            var meta = el("div", "meta");
            meta.appendChild(symbol(ev.type, false));
            meta.appendChild(document.createTextNode(dateText(ev) + " \u2014 " + types[ev.type].label));
            box.appendChild(meta);
            if (ev.summary) { box.appendChild(el("div", "summary", ev.summary)); }
            row(box, "Who", ev.actors.join(", "));
            // one toll above the reports' phrases, which a merged event runs together
            if (ev.killed) {
                row(box, "Killed", number(ev.killed) + (ev.killed_of ? " (its share of " + number(ev.killed_of)
                    + " told for several places)" : "") + (ev.killed_varies ? " (highest reported)" : ""));
            }
            row(box, "Figures", ev.figures.join("; "));
            ev.sources.forEach(function (s, i) {
                box.appendChild(el("blockquote", null, s));
                if (!single && ev.sa && articles[ev.sa[i]]) { box.appendChild(articleLine(articles[ev.sa[i]])); }
            });
            if (!single && !ev.sa && articles[ev.a]) { box.appendChild(articleLine(articles[ev.a])); }
            list.appendChild(box);
        });
        root.appendChild(list);
        if (single) {  // the events' one article, under the last of them
            var a = articles[keys[0]];
            if (a && (a.title || a.url)) { root.appendChild(articleLine(a)); }
        }
        // last: between an event and its source, the note read as part of that event
        var hidden = p.events.length - en.visible.length;
        if (hidden) {
            root.appendChild(el("div", "hidden-note",
                hidden + (hidden === 1 ? " more event is" : " more events are") + " hidden by the filters"));
        }
        return root;
    }

    var popup = L.popup({maxWidth: 360, autoPanPadding: [24, 24]});
    var openEntry = null;
    // The popup fits the map as it is now (a phone, an iframe, fullscreen): at most as wide and
    // as high as the map less a margin, so that autopan can bring all of it, close button
    // included, into view.
    var POPUP_CHROME = {x: 44, y: 60};  // Leaflet's padding around the content; the tip and the close button
    function fitPopupToMap() {
        var size = map.getSize(), margin = size.x < 640 || size.y < 560 ? 8 : 24;
        popup.options.maxWidth = Math.max(120, Math.min(360, size.x - 2 * margin - POPUP_CHROME.x));
        popup.options.maxHeight = Math.max(100, size.y - 2 * margin - POPUP_CHROME.y);
        popup.options.autoPanPadding = [margin, margin];
    }
    // Leaflet draws its controls above every pane: a control the open popup overlaps steps aside
    // while it is open (on a phone, the zoom buttons and the finder had covered the popup's text
    // and its close button). The control being used (the finder's box) stays.
    function clearControlsOffPopup(e) {
        var open = e.type !== "popupclose" && map.hasLayer(popup) && popup.getElement();  // still on the map then
        var box = open ? popup.getElement().getBoundingClientRect() : null;
        var controls = map.getContainer().querySelectorAll(".leaflet-control");
        Array.prototype.forEach.call(controls, function (c) {
            var r = c.getBoundingClientRect();
            var under = !!box && r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom &&
                !c.contains(document.activeElement);
            c.classList.toggle("geomap-under-popup", under);
        });
    }
    map.on("popupopen popupclose moveend zoomend resize", clearControlsOffPopup);
    function openPopup(en, latlng) {
        if (!en.visible.length) { return; }
        openEntry = en;
        fitPopupToMap();
        var size = en.marker ? en.marker.options.icon.options.iconSize[1] : 0;
        popup.options.offset = latlng ? [0, 7] : [0, 7 - Math.round(size / 2)];
        // at the marker, which may be set apart from its place's spot (spreadMarkers)
        var at = latlng || (en.marker && map.hasLayer(en.marker) ? en.marker.getLatLng() : [en.p.lat, en.p.lon]);
        popup.setLatLng(at).setContent(popupContent(en)).openOn(map);
    }
    map.on("popupclose", function (e) { if (e.popup === popup) { openEntry = null; } });

    var icons = {};
    function icon(type, hollow, n) {
        var size = hollow ? 24 : 20 + 2 * Math.min(n - 1, 4);
        var key = type + (hollow ? "/area/" : "/point/") + size;
        if (!icons[key]) {
            icons[key] = L.divIcon({
                className: "geomap-marker geomap-type-" + type + (hollow ? " geomap-area-marker" : ""),
                html: hollow ? types[type].hollow : types[type].solid,
                iconSize: [size, size], iconAnchor: [size / 2, size / 2]
            });
        }
        return icons[key];
    }
    function titleOf(en, tally) {
        var n = en.visible.length, parts = [];
        typeIds.forEach(function (t) { if (tally[t]) { parts.push(types[t].label + " " + tally[t]); } });
        var kind = en.p.precision === "country" ? " (country)" : (en.hollow ? " (region)" : "");
        return en.p.name + kind + ": " + n + (n === 1 ? " event" : " events") + " \u2014 " + parts.join(", ");
    }
    // A marker that labels its element when drawn (a subclass: no listener per marker).
    var PlaceMarker = L.Marker.extend({
        onAdd: function (m) {
            L.Marker.prototype.onAdd.call(this, m);
            var node = this.getElement();
            if (node) {
                node.setAttribute("data-place-id", this._geomap.id);
                node.setAttribute("aria-label", this.options.title);
                node.setAttribute("data-type", this._geomap.type);
            }
        }
    });

    map.createPane("geomap-areas");  // below the markers: a region never hides the pins inside it
    map.getPane("geomap-areas").style.zIndex = 390;
    var areas = L.featureGroup().addTo(map);
    function areaStyle(type, precision) {
        var color = types[type].color;
        return {color: color, weight: 2, dashArray: "6 4", fillColor: color,
                fillOpacity: precision === "country" ? 0.06 : 0.15};
    }

    // A cluster's icon is the element the keyboard reaches (Tab): it says what it holds, and Enter
    // zooms in on it as a click does.
    var ClusterIcon = L.DivIcon.extend({
        createIcon: function (old) {
            var node = L.DivIcon.prototype.createIcon.call(this, old);
            node.setAttribute("role", "button");
            node.setAttribute("aria-label", this.options.places + " places: press Enter to zoom in");
            return node;
        }
    });
    // Told of each change of the view or the markers (from the first chunk markercluster loads).
    var viewListeners = [];
    function viewChanged() { viewListeners.forEach(function (fn) { fn(); }); }
    var clusterUntil = labelled ? 0 : options.clusterUntil;
    var group;
    if (clusterUntil) {
        group = L.markerClusterGroup({
            disableClusteringAtZoom: clusterUntil, chunkedLoading: true,
            // a few places: group only markers that would overlap; many: wider groups, fewer icons
            maxClusterRadius: entries.length > 1000 ? 40 : 22,
            showCoverageOnHover: false, removeOutsideVisibleBounds: true,
            iconCreateFunction: function (cluster) {
                var n = cluster.getChildCount();  // a number: safe in markup
                var size = n < 10 ? 26 : (n < 100 ? 32 : (n < 1000 ? 38 : 44));
                return new ClusterIcon({
                    html: '<div title="' + n + ' places: click to zoom in">' + n + "</div>",
                    className: "geomap-cluster marker-cluster", iconSize: [size, size], places: n
                });
            },
            chunkProgress: function (done, total) { if (done >= total) { loaded(); } }
        });
    } else {
        group = L.featureGroup();
    }
    group.addTo(map);
    group.on("click keypress", function (e) {
        var marker = e.propagatedFrom || e.layer;
        if (e.type === "keypress" && e.originalEvent.keyCode !== 13) { return; }  // Enter opens, like a click
        if (marker && marker._geomap) { openPopup(marker._geomap.entry); }
    });
    group.on("clusterkeypress", function (e) {
        if (e.originalEvent.keyCode === 13) { e.layer.zoomToBounds({padding: [24, 24]}); }
    });
    // Escape closes a popup opened from the keyboard, and the focus goes back to its marker.
    L.DomEvent.on(document, "keydown", function (e) {
        if (e.key !== "Escape" || !map.hasLayer(popup)) { return; }
        var back = openEntry && openEntry.marker && openEntry.marker.getElement();
        map.closePopup(popup);
        if (back) { back.focus(); }
    });

    // Each name goes right of its marker, or left where it would run off the map or over a name
    // already placed (then above, then below); a side that covers no other marker is preferred.
    // A name is hidden only when every side is taken. The places with most events are placed
    // first, then in the data's order: the same layout at each build.
    var LABEL_SIDES = {right: [6, 0], left: [-6, 0], top: [0, -10], bottom: [0, 10]};
    function boxesOverlap(a, b) {
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    }
    function boxInside(inner, outer) {
        return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top &&
            inner.bottom <= outer.bottom;
    }
    function labelOnSide(tip, side) {
        tip.options.direction = side;
        tip.options.offset = LABEL_SIDES[side];
        tip.update();
        return tip.getElement().getBoundingClientRect();
    }
    function labelSide(tip, mapBox, placed, markers) {  // the best free side, or null
        var free = null, clear = null;
        Object.keys(LABEL_SIDES).some(function (side) {
            var box = labelOnSide(tip, side);
            if (!boxInside(box, mapBox) || placed.some(function (p) { return boxesOverlap(box, p); })) { return false; }
            free = free || side;
            if (!markers.some(function (m) { return boxesOverlap(box, m); })) { clear = side; }
            return clear;
        });
        return clear || free;
    }
    // Markers of nearby places (El Fasher and Abu Shouk, 5 km apart) had hidden each other, and a
    // name sat beside the other place's marker. On a named map, markers that would touch are set
    // apart around their common centre, in their geographic order, each tied to its true spot by
    // a leader line ending in a dot; where they still meet, the deadlier is drawn on top. Redone
    // at each zoom: zoomed in, places far enough apart go back to their own spot.
    var SPREAD_GAP = 4, LEADER_MIN = 7;  // px between spread markers; px of leader line left visible
    var leaders = L.layerGroup().addTo(map);
    function markerRadius(en) { return en.marker.options.icon.options.iconSize[0] / 2; }
    function touchingGroups(shown, points) {  // the indices of markers that touch, transitively
        var parent = shown.map(function (en, i) { return i; });
        function root(i) { while (parent[i] !== i) { i = parent[i] = parent[parent[i]]; } return i; }
        shown.forEach(function (a, i) {
            shown.forEach(function (b, j) {
                if (j > i && points[i].distanceTo(points[j]) < markerRadius(a) + markerRadius(b) + SPREAD_GAP) {
                    parent[root(j)] = root(i);
                }
            });
        });
        var groups = {};
        shown.forEach(function (en, i) { (groups[root(i)] = groups[root(i)] || []).push(i); });
        return Object.keys(groups).map(function (k) { return groups[k]; });
    }
    function spreadGroup(members, points, shown) {  // members: indices; returns {index: layer point}
        var n = members.length, centre = L.point(0, 0), widest = 0;
        members.forEach(function (i) { centre = centre.add(points[i]); widest = Math.max(widest, markerRadius(shown[i])); });
        centre = centre.divideBy(n);
        var chord = 2 * widest + SPREAD_GAP;
        var radius = Math.max(n === 2 ? chord / 2 : chord / (2 * Math.sin(Math.PI / n)), widest + LEADER_MIN);
        function angle(i) {
            var d = points[i].subtract(centre);
            return d.x || d.y ? Math.atan2(d.y, d.x) : Math.PI;
        }
        var order = members.slice().sort(function (a, b) { return angle(a) - angle(b) || a - b; });
        var start = angle(order[0]), spots = {};
        order.forEach(function (i, k) {
            var a = start + 2 * Math.PI * k / n;
            spots[i] = centre.add(L.point(Math.cos(a) * radius, Math.sin(a) * radius));
        });
        return spots;
    }
    function spreadMarkers() {
        if (!labelled) { return; }
        leaders.clearLayers();
        var shown = entries.filter(function (en) { return en.visible.length && en.marker && map.hasLayer(en.marker); });
        var points = shown.map(function (en) { return map.latLngToLayerPoint([en.p.lat, en.p.lon]); });
        shown.forEach(function (en) { en.marker.setLatLng([en.p.lat, en.p.lon]); });
        touchingGroups(shown, points).forEach(function (members) {
            if (members.length < 2) { return; }
            var spots = spreadGroup(members, points, shown);
            members.forEach(function (i) {
                var home = L.latLng(shown[i].p.lat, shown[i].p.lon), spot = map.layerPointToLatLng(spots[i]);
                shown[i].marker.setLatLng(spot);
                leaders.addLayer(L.polyline([home, spot], {color: "#37474f", weight: 1.5, opacity: 0.9,
                                                           interactive: false, className: "geomap-leader"}));
                leaders.addLayer(L.circleMarker(home, {radius: 2.5, stroke: false, fillColor: "#37474f",
                                                       fillOpacity: 1, interactive: false,
                                                       className: "geomap-leader-dot"}));
            });
        });
        // the deadlier on top wherever markers still meet
        shown.slice().sort(function (a, b) { return moreViolent(a.top, b.top) ? 1 : (moreViolent(b.top, a.top) ? -1 : 0); })
            .forEach(function (en, rank) { en.marker.setZIndexOffset(1000 * rank); });
    }
    function layOut() {
        spreadMarkers();
        placeLabels();
    }
    function placeLabels() {
        if (!labelled) { return; }
        var mapBox = map.getContainer().getBoundingClientRect(), placed = [];
        var shown = entries.filter(function (en) {
            return en.visible.length && map.hasLayer(en.marker) && en.marker.getTooltip() &&
                en.marker.getTooltip().getElement();
        });
        shown.sort(function (a, b) {
            return b.visible.length - a.visible.length || entries.indexOf(a) - entries.indexOf(b);
        });
        var marks = shown.map(function (en) { return en.marker.getElement().getBoundingClientRect(); });
        shown.forEach(function (en, i) {
            var tip = en.marker.getTooltip();
            var markers = marks.filter(function (m, j) { return j !== i; });  // the others'
            var side = labelSide(tip, mapBox, placed, markers);
            if (side) { placed.push(labelOnSide(tip, side)); }
            tip.getElement().style.visibility = side ? "" : "hidden";
        });
    }
    map.on("zoomend", spreadMarkers);
    map.on("moveend resize", placeLabels);

    // Whether a cluster is in view, for the legend's line about them: asked after each change of
    // the view or of the markers (markercluster redraws its clusters after its animations).
    function clustersInView() {
        var view = map.getContainer().getBoundingClientRect();
        return Array.prototype.some.call(map.getContainer().querySelectorAll(".geomap-cluster"), function (c) {
            return boxesOverlap(c.getBoundingClientRect(), view);
        });
    }
    map.on("moveend zoomend", viewChanged);
    group.on("animationend", viewChanged);

    var listeners = [], loading = false, pending = false;
    function loaded() {
        loading = false;
        document.documentElement.setAttribute("data-geomap-ready", "true");
        layOut();
        viewChanged();
        if (pending) { pending = false; refresh(); }
    }
    // Whether event a outranks event b for the marker: more killed, a more violent type, later.
    // (Dates compare as strings; an undated event is the earliest.)
    function moreViolent(a, b) {
        var killed = (a.killed || 0) - (b.killed || 0);
        if (killed) { return killed > 0; }
        var violence = types[b.type].violence - types[a.type].violence;
        if (violence) { return violence > 0; }
        return (a.date || "") > (b.date || "");
    }
    function dateOk(ev) {
        if (!ev.date) { return state.undated; }
        return !(state.from && ev.end < state.from) && !(state.to && ev.date > state.to);
    }
    function refresh() {
        if (loading) { pending = true; return; }
        var counts = {}, add = [], remove = [], shown = [], places = 0, events = 0, total = 0, undatedHidden = 0;
        typeIds.forEach(function (t) { counts[t] = 0; });
        entries.forEach(function (en) {
            var vis = [], tally = {}, top = null;
            en.p.events.forEach(function (ev) {
                total += 1;
                if (!dateOk(ev)) {
                    if (!ev.date && state.types[ev.type]) { undatedHidden += 1; }  // the date panel says so
                    return;
                }
                counts[ev.type] += 1;
                if (!state.types[ev.type]) { return; }
                vis.push(ev);
                tally[ev.type] = (tally[ev.type] || 0) + 1;
                if (!top || moreViolent(ev, top)) { top = ev; }
            });
            var main = top && top.type;
            en.visible = vis;
            en.top = top;
            events += vis.length;
            var key = vis.length ? main + "|" + vis.length : "";
            if (vis.length) { places += 1; }
            if (key !== en.key) {
                if (en.key) { remove.push(en.marker); }
                en.key = key;
                if (key) {
                    var title = titleOf(en, tally);
                    if (!en.marker) {
                        en.marker = new PlaceMarker([en.p.lat, en.p.lon], {icon: icon(main, en.hollow, vis.length),
                                                                           title: title, riseOnHover: true});
                        en.marker._geomap = {id: en.id, entry: en, type: main};
                        if (labelled) {  // a text node: a place's name is never markup
                            en.marker.bindTooltip(el("span", null, en.p.name), {permanent: true, direction: "right",
                                offset: [6, 0], className: "geomap-label", interactive: false});
                        }
                    } else {
                        en.marker.options.icon = icon(main, en.hollow, vis.length);
                        en.marker.options.title = title;
                        en.marker._geomap.type = main;
                    }
                    add.push(en.marker);
                }
                if (en.hollow && en.f.geometry.type !== "Point") {
                    if (key && !en.area) {
                        en.area = L.geoJSON(en.f.geometry, {pane: "geomap-areas",
                                                            style: areaStyle(main, en.p.precision)});
                        en.area.on("click", function (e) { openPopup(en, e.latlng); });
                        en.area.bindTooltip(en.p.name + (en.p.precision === "country" ? " (country)" : " (region)"),
                                            {sticky: true});
                    }
                    if (key) { en.area.setStyle(areaStyle(main, en.p.precision)); areas.addLayer(en.area); }
                    else if (en.area) { areas.removeLayer(en.area); }
                }
            }
            if (vis.length) { shown.push(en.marker); }
        });
        if (remove.length > 500 && remove.length * 3 > shown.length) {
            group.clearLayers();
            add = shown;
        } else if (remove.length) {
            group.removeLayers ? group.removeLayers(remove) : remove.forEach(function (m) { group.removeLayer(m); });
        }
        if (add.length && group.addLayers) {
            loading = true;
            group.addLayers(add);
            if (!group._map || !group.options.chunkedLoading) { loaded(); }
        } else {
            add.forEach(function (m) { group.addLayer(m); });
            loaded();
        }
        if (openEntry) {
            if (openEntry.visible.length) { popup.setContent(popupContent(openEntry)); } else { map.closePopup(popup); }
        }
        var summary = {counts: counts, places: places, events: events, total: total, undatedHidden: undatedHidden};
        controller.summary = summary;
        listeners.forEach(function (fn) { fn(summary); });
    }

    var controller = map.geomap = {
        types: types, typeIds: typeIds, state: state, options: options, group: group,
        summary: null, endOf: endOf, clustered: !!clusterUntil, clustersInView: clustersInView,
        onView: function (fn) { viewListeners.push(fn); fn(); },
        number: number,
        onChange: function (fn) { listeners.push(fn); if (controller.summary) { fn(controller.summary); } },
        setType: function (type, on) { state.types[type] = !!on; refresh(); },
        // ``undated`` (optional): whether undated events show, set with the range in one refresh
        setDates: function (from, to, undated) {
            state.from = from || null; state.to = to ? endOf(to) : null;
            if (undated !== undefined) { state.undated = !!undated; }
            refresh();
        },
        setUndated: function (on) { state.undated = !!on; refresh(); },
        refresh: refresh,
        // The places the filters show, for the place finder: id, name, how they were resolved, how
        // precise they are and the articles' other spellings. (With ``all``, those hidden too.)
        places: function (all) {
            return entries.filter(function (en) { return all || en.visible.length; }).map(function (en) {
                return {id: en.id, name: en.p.name, resolvedAs: en.p.resolved_as, precision: en.p.precision,
                        spellings: en.p.spellings || []};
            });
        },
        // Bring a place into view and open its popup (a clustered marker is zoomed to first).
        show: function (id) {
            var en = null;
            entries.forEach(function (e) { if (e.id === id) { en = e; } });
            if (!en || !en.visible.length) { return false; }
            if (en.marker && group.zoomToShowLayer && group.hasLayer(en.marker)) {
                group.zoomToShowLayer(en.marker, function () { openPopup(en); });
            } else {
                map.setView([en.p.lat, en.p.lon], Math.max(map.getZoom(), en.hollow ? 5 : 8));
                openPopup(en);
            }
            return true;
        },
        // A panel (legend, date filter) that folds to its heading: returns collapse(on). Only the
        // "collapsed" class changes: Leaflet's own classes (leaflet-control) must stay.
        foldable: function (div, toggle, chevron, what) {
            function collapse(on) {
                div.classList.toggle("collapsed", !!on);
                toggle.setAttribute("aria-expanded", on ? "false" : "true");
                toggle.title = (on ? "Show " : "Hide ") + what;
                chevron.textContent = on ? "\u25b8" : "\u25be";
            }
            toggle.addEventListener("click", function () { collapse(!div.classList.contains("collapsed")); });
            return collapse;
        }
    };
    window.geomap = controller;
    window.geomapEvents = group;
    refresh();
})();
{% endmacro %}
""")

    def __init__(self, collection: dict, *, cluster_until: int | None = DEFAULT_CLUSTER_UNTIL):
        super().__init__()
        self._name = "EventsLayer"
        self.data = script_json(collection)
        self.types = script_json(type_table())
        self.options = script_json({"clusterUntil": cluster_until or 0})
        self.label_until = LABEL_UNTIL
