"""Leaflet and leaflet.markercluster, read from their xstatic packages and inlined: the page works offline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from branca.element import Element

from geomap.render.raw import Raw

__all__ = ["InlineAssets", "leaflet_js", "leaflet_css", "markercluster_js", "markercluster_css"]


@lru_cache(maxsize=1)
def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


@lru_cache(maxsize=1)
def _markercluster_dir() -> Path:
    import xstatic.pkg.leaflet_markercluster as markercluster

    return Path(markercluster.BASE_DIR)


def _without_source_map(text: str) -> str:
    """The script without its ``//# sourceMappingURL`` line (the map file is not inlined)."""
    return "\n".join(line for line in text.split("\n") if not line.startswith("//# sourceMappingURL="))


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    return _without_source_map((_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    return (_leaflet_dir() / "leaflet.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def markercluster_js() -> str:
    return _without_source_map((_markercluster_dir() / "leaflet.markercluster.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def markercluster_css() -> str:
    # Only the animations: the cluster icons are styled by events_layer.
    return (_markercluster_dir() / "MarkerCluster.css").read_text(encoding="utf-8")


class InlineAssets(Element):
    """Leaflet (and markercluster when clustering) inlined into the page header, in place of CDN links."""

    def __init__(self, cluster: bool = True):
        super().__init__()
        self._name = "InlineAssets"
        self.cluster = cluster

    def render(self, **kwargs):
        figure = self.get_root()
        figure.header.add_child(Raw(f"<style>{leaflet_css()}</style>"), name="leaflet_css")
        figure.header.add_child(Raw(f"<script>{leaflet_js()}</script>"), name="leaflet_js")
        if self.cluster:
            figure.header.add_child(Raw(f"<style>{markercluster_css()}</style>"), name="markercluster_css")
            figure.header.add_child(Raw(f"<script>{markercluster_js()}</script>"), name="markercluster_js")
