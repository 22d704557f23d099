"""A fullscreen button (the browser's Fullscreen API; no plugin), shown only where it can work.

In an iframe that lacks ``allowfullscreen`` the browser disallows it, and the button is left out.
"""

from __future__ import annotations

from jinja2 import Template

from geomap.render.raw import RawMacroElement

__all__ = ["FullscreenButton"]


class FullscreenButton(RawMacroElement):
    _template = Template(r"""
{% macro header(this, kwargs) %}
<style>
  .geomap-fullscreen a { display: flex !important; align-items: center; justify-content: center; }
  .geomap-fullscreen svg { width: 16px; height: 16px; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var container = map.getContainer();
    if (!document.fullscreenEnabled || !container.requestFullscreen) { return; }
    function icon(d) {  // constant markup
        return '<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="' + d +
               '" fill="none" stroke="#333" stroke-width="2"/></svg>';
    }
    var ENTER = icon("M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"), EXIT = icon("M6 1v5H1M15 6h-5V1M10 15v-5h5M1 10h5v5");
    var control = L.control({position: "topleft"});
    control.onAdd = function () {
        var div = L.DomUtil.create("div", "leaflet-bar geomap-fullscreen");
        var button = L.DomUtil.create("a", "", div);
        button.href = "#";
        button.setAttribute("role", "button");
        function label() {
            var on = document.fullscreenElement === container;
            button.innerHTML = on ? EXIT : ENTER;  // constant markup
            button.title = on ? "Exit fullscreen" : "View fullscreen";
            button.setAttribute("aria-label", button.title);
            button.setAttribute("aria-pressed", on ? "true" : "false");
        }
        label();
        L.DomEvent.on(button, "click", function (e) {
            L.DomEvent.preventDefault(e);
            if (document.fullscreenElement) { document.exitFullscreen(); } else { container.requestFullscreen(); }
        });
        document.addEventListener("fullscreenchange", function () { label(); map.invalidateSize(); });
        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    control.addTo(map);
})();
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "FullscreenButton"
