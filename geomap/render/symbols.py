"""Marker symbols: one shape and one colour per event type, so types differ without colour.

Each symbol is a small SVG built here from constants (never from article data), used for the
markers on the map and for the legend beside them. Places known only as a region or a country
get the same shape hollow and dashed, like their outline on the map.
"""

from __future__ import annotations

import math

from geomap.taxonomy import EVENT_TYPES, VIOLENCE_ORDER

__all__ = ["TYPE_SHAPES", "symbol_svg", "type_table"]


def _star(points: int = 5, outer: float = 9.2, inner: float = 3.9) -> str:
    coords = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        angle = math.pi * i / points - math.pi / 2
        coords.append(f"{10 + r * math.cos(angle):.2f} {10.6 + r * math.sin(angle):.2f}")
    return f'<path d="M{"L".join(coords)}Z"/>'


# Shapes drawn in a 20x20 box (the SVG's viewBox leaves a margin for the outline).
SHAPES = {
    "circle": '<circle cx="10" cy="10" r="8"/>',
    "square": '<rect x="2.5" y="2.5" width="15" height="15"/>',
    "triangle": '<path d="M10 1.2L19 17.6H1Z"/>',
    "triangle_down": '<path d="M1 2.4H19L10 18.8Z"/>',
    "diamond": '<path d="M10 0.6L19.4 10L10 19.4L0.6 10Z"/>',
    "hexagon": '<path d="M5.4 2H14.6L19.2 10L14.6 18H5.4L0.8 10Z"/>',
    "pentagon": '<path d="M10 1L19.2 7.7L15.7 18.6H4.3L0.8 7.7Z"/>',
    "star": _star(),
    "plus": '<path d="M6.8 1.5H13.2V6.8H18.5V13.2H13.2V18.5H6.8V13.2H1.5V6.8H6.8Z"/>',
    "cross": '<path d="M10 5.6L14.4 1.2L18.8 5.6L14.4 10L18.8 14.4L14.4 18.8L10 14.4L5.6 18.8L1.2 14.4L5.6 10'
             'L1.2 5.6L5.6 1.2Z"/>',
    "bar": '<rect x="0.8" y="5.5" width="18.4" height="9" rx="2"/>',
    "hourglass": '<path d="M2 1.5H18L10 10L18 18.5H2L10 10Z"/>',
    "octagon": '<path d="M6.3 1H13.7L19 6.3V13.7L13.7 19H6.3L1 13.7V6.3Z"/>',
    "drop": '<path d="M10 0.8C10 0.8 2.8 9.4 2.8 13.2A7.2 7.2 0 0 0 17.2 13.2C17.2 9.4 10 0.8 10 0.8Z"/>',
}

TYPE_SHAPES = {
    "prisoner_exchange": "hexagon",
    "strike": "triangle_down",
    "shelling": "triangle",
    "ground_operation": "diamond",
    "protest": "circle",
    "riot": "star",
    "exercise": "pentagon",
    "talks": "square",
    "arrest": "plus",
    "attack": "cross",
    "disaster": "drop",
    "accident": "octagon",
    "statement": "bar",
    "other": "hourglass",
}


def symbol_svg(type_id: str, hollow: bool = False) -> str:
    """The SVG markup of an event type's symbol; hollow and dashed for regions and countries."""
    color = EVENT_TYPES[type_id].color
    shape = SHAPES[TYPE_SHAPES.get(type_id, "circle")]
    if hollow:
        paint = (f'fill="{color}" fill-opacity="0.3" stroke="{color}" stroke-width="2.2" '
                 f'stroke-dasharray="3.2 2" stroke-linejoin="round"')
    else:
        paint = f'fill="{color}" stroke="#ffffff" stroke-width="1.6" stroke-linejoin="round"'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1.2 -1.2 22.4 22.4" width="100%" height="100%" '
            f'aria-hidden="true" focusable="false"><g {paint}>{shape}</g></svg>')


def type_table() -> dict:
    """Everything the page's scripts know about each event type, in the taxonomy's order."""
    return {t.id: {"label": t.label, "color": t.color, "order": i, "shape": TYPE_SHAPES.get(t.id, "circle"),
                   "violence": VIOLENCE_ORDER.index(t.id),
                   "solid": symbol_svg(t.id), "hollow": symbol_svg(t.id, hollow=True)}
            for i, t in enumerate(EVENT_TYPES.values())}
