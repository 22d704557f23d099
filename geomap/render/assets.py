"""Leaflet's JS and CSS, read from the xstatic-leaflet package and inlined: the page works offline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from branca.element import Element

__all__ = ["InlineAssets", "leaflet_js", "leaflet_css"]


@lru_cache(maxsize=1)
def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def leaflet_js() -> str:
    return (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8").replace("//# sourceMappingURL=leaflet.js.map", "")


def leaflet_css() -> str:
    return (_leaflet_dir() / "leaflet.css").read_text(encoding="utf-8")


class InlineAssets(Element):
    """Leaflet inlined into the page header, in place of folium's CDN links."""

    def __init__(self):
        super().__init__()
        self._name = "InlineAssets"

    def render(self, **kwargs):
        figure = self.get_root()
        figure.header.add_child(Element(f"<style>{leaflet_css()}</style>"), name="leaflet_css")
        figure.header.add_child(Element(f"<script>{leaflet_js()}</script>"), name="leaflet_js")
