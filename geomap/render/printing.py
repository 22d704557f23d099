"""The map on paper and in pictures: the controls one clicks are left out, the legend stays as a key.

The same rules serve a printed page (``@media print``) and ``geomap snapshot``'s PNG.
"""

from __future__ import annotations

from jinja2 import Template

from geomap.render.raw import RawMacroElement

__all__ = ["PrintStyle", "STATIC_RULES"]

# The zoom and fullscreen buttons, the finder, the date sliders and switches and the legend's
# checkboxes hidden; the legend and the date filter unfolded (a folded panel says nothing on paper).
STATIC_RULES = """
  .leaflet-control-zoom, .geomap-fullscreen, .geomap-finder, .geomap-dates label:has(input[type=range]),
  .geomap-dates label:has(input[type=checkbox]), .geomap-legend input, .chevron { display: none !important; }
  .geomap-dates .body, .geomap-legend .body { display: block !important; }
"""


class PrintStyle(RawMacroElement):
    """``@media print``: the static rules, and the map as wide as the page. Leaflet places its panes
    in pixels for the screen's size: the map is measured again for the page, and back after."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
@media print {
{{ this.rules }}
  .folium-map { width: 100% !important; }
  .leaflet-control.geomap-under-popup { visibility: visible; }
}
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
    (function () {
        var map = {{ this._parent.get_name() }};
        function measure() { map.invalidateSize({pan: false}); }
        window.addEventListener("beforeprint", measure);
        window.addEventListener("afterprint", measure);
        if (window.matchMedia) { window.matchMedia("print").addEventListener("change", measure); }
    })();
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "PrintStyle"
        self.rules = STATIC_RULES
