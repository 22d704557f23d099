"""A place finder: a search box under the zoom buttons that suggests the places the filters show
and, on Enter or a pick, zooms to one and opens its popup. A corpus map has hundreds of places;
the reader looking for one should not have to hunt through clusters.

A place is found by its name (the gazetteer's: "Khān Yūnis") or by any spelling of its articles
(the page data's ``spellings``: "Khan Younis"), whole or by its start, compared without case,
diacritics, apostrophes or hyphens, and with or without an Arabic article ("An Nuşayrāt",
"Nusayrat"). When places of different kinds match alike, a town is meant before its region and
a region before its country ("Daraa": the city, not Daraa Province); namesakes of one kind are
the reader's to pick.

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
        var byLabel = {}, offered = {}, targets = [], stale = true;
        var collator = new Intl.Collator();  // localeCompare's order, without a collator per comparison
        // Letters NFD does not take apart, as a reader would type them.
        var PLAIN = {"\u0131": "i", "\u00f8": "o", "\u0142": "l", "\u0111": "d", "\u00df": "ss", "\u00e6": "ae",
                     "\u0153": "oe", "\u00f0": "d", "\u00fe": "th"};
        // A name as the finder compares it: without case, diacritics ("Khān Yūnis", "Dayr al Balaḩ"),
        // apostrophes or ayns ("Dar‘ā", "Sana'a", "Sa`dah"), and with hyphens and dots as spaces
        // ("Deir al-Balah", "Deir al Balah").
        function fold(text) {
            return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
                .replace(/[\u0131\u00f8\u0142\u0111\u00df\u00e6\u0153\u00f0\u00fe]/g, function (c) { return PLAIN[c]; })
                .replace(/['`\u00b4\u2018\u2019\u02bb\u02bc\u02be\u02bf]/g, "")
                .replace(/[\s\-\u2010-\u2015_.,]+/g, " ").trim();
        }
        // A folded name and, when it has one, the same without its Arabic article ("al-", "el-",
        // "an-"...: "An Nuşayrāt", "Al Mayadin"), which the press spells with or without.
        var ARTICLE = /^(?:a|e)(?:l|n|d|r|s|sh|t|th|z) (?=\S)/;
        function forms(text) {
            var folded = fold(text), bare = folded.replace(ARTICLE, "");
            return bare === folded ? [folded] : [folded, bare];
        }
        function keysOf(names) {
            return names.reduce(function (keys, name) { return keys.concat(forms(name)); }, []);
        }
        function labels() {  // a label a place: its name, or its name and how it was resolved when shared
            var places = geomap.places(), seen = {}, out = [];
            places.forEach(function (p) { var k = p.name.toLowerCase(); seen[k] = (seen[k] || 0) + 1; });
            places.forEach(function (p) {
                out.push([seen[p.name.toLowerCase()] > 1 ? p.name + " \u2014 " + p.resolvedAs : p.name, p]);
            });
            return out.sort(function (a, b) { return collator.compare(a[0], b[0]); });
        }
        function option(value, label) {
            var node = document.createElement("option");
            node.value = value;  // a property: article text is never markup
            if (label) { node.label = label; }
            list.appendChild(node);
            offered[value.toLowerCase()] = true;
        }
        // The list is made when the box is used, not at each filter change: a corpus map's tens
        // of thousands of options made every tick of the date slider slow. A place is offered by
        // its label, then by each other spelling its articles used ("Khan Younis", beside the
        // label "Khān Yūnis").
        function fill() {
            if (!stale) { return; }
            stale = false;
            byLabel = {}; offered = {}; targets = [];
            list.textContent = "";
            labels().forEach(function (pair) {
                var p = pair[1];
                byLabel[pair[0].toLowerCase()] = p.id;
                option(pair[0]);
                p.spellings.forEach(function (s) { option(s, pair[0]); });
                targets.push({place: p, keys: keysOf([pair[0], p.name].concat(p.spellings))});
            });
        }
        // Where a name is ambiguous, a town is meant before its region, a region before its country
        // ("Daraa": the city Dar‘ā, not Daraa Province); two of the same rank (Alexandria, Louisiana
        // and Alexandria, Virginia) are the reader's to pick.
        var RANK = {point: 0, admin2: 1, admin1: 2, country: 3};
        function choose(hits) {
            if (!hits.length) { return null; }
            var best = Math.min.apply(null, hits.map(function (t) { return RANK[t.place.precision] || 0; }));
            var first = hits.filter(function (t) { return (RANK[t.place.precision] || 0) === best; });
            return first.length === 1 ? {id: first[0].place.id} :
                {why: hits.length + " places match: pick one from the list"};
        }
        function named(keys, query) {  // whether a name is the text
            return keys.some(function (k) { return query.indexOf(k) >= 0; });
        }
        function begun(keys, query) {  // whether a name starts with the text
            return keys.some(function (k) { return query.some(function (q) { return k.indexOf(q) === 0; }); });
        }
        function matching(query, test) {
            return targets.filter(function (t) { return test(t.keys, query); });
        }
        // The exact label; else the places one of whose names (the label, or a spelling of the
        // articles) is the text folded, else starts with it; else the one place resolved from that
        // name ("Odessa" for Odesa); or, when none is, why: {id} or {why}.
        function find(text) {
            var key = text.trim().toLowerCase();
            if (!key) { return {}; }
            if (byLabel[key]) { return {id: byLabel[key]}; }
            var query = forms(text);
            if (!query[0]) { return {why: "No place on the map is so named"}; }
            var found = choose(matching(query, named)) || choose(matching(query, begun));
            if (found) { return found; }
            var known = targets.filter(function (t) { return fold(t.place.resolvedAs).indexOf(query[0]) >= 0; });
            if (known.length === 1) { return {id: known[0].place.id}; }
            if (known.length > 1) { return {why: known.length + " places match: pick one from the list"}; }
            var hidden = geomap.places(true).some(function (p) {
                return begun(keysOf([p.name].concat(p.spellings)), query);
            });
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
            if (picked && offered[input.value.toLowerCase()]) { go(); }
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
