"""An HTML snippet that puts the map in a report page: a responsive iframe of ``map.html``.

Paste the snippet into the report's HTML and publish ``map.html`` beside it (or change
``src``). The iframe is full width and 480 px high, lazily loaded, titled for screen readers,
and allowed to go fullscreen. ``embed.html`` opened on its own shows the map framed that way.
"""

from __future__ import annotations

import html

__all__ = ["embed_html", "EMBED_HEIGHT"]

EMBED_HEIGHT = "480px"


def embed_html(title: str, src: str = "map.html", height: str = EMBED_HEIGHT) -> str:
    t, s, h = html.escape(title), html.escape(src), html.escape(height)
    return (f'<!-- geomap: "{t}". Paste into a report page; publish {s} beside it. -->\n'
            f'<figure class="geomap-embed" style="margin:0">\n'
            f'  <iframe src="{s}" title="Map: {t}" loading="lazy" allowfullscreen\n'
            f'          style="display:block;width:100%;height:{h};border:1px solid #ccc;border-radius:4px"></iframe>\n'
            f'  <figcaption style="font:12px/1.4 system-ui,sans-serif;color:#555;margin-top:4px">'
            f'Map: {t} (<a href="{s}" target="_blank" rel="noopener">open full page</a>)</figcaption>\n'
            f'</figure>\n')
