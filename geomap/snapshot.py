"""A PNG of the map for reports and slides, taken in headless Chromium with the network off.

The page is the same as ``map.html`` without the tile layer (tiles would need the network; the
offline country outlines are the basemap), its zoom and fullscreen buttons and date sliders
hidden, framed to fit all places. Playwright drives Chromium when it is importable; otherwise
Chromium's own ``--headless --screenshot`` is run. Chromium is Debian's (``apt-get install
chromium``) or the one named by ``GEOMAP_CHROMIUM``.
"""

from __future__ import annotations

import html
import os
import shutil
import struct
import subprocess
import tempfile
import threading
from pathlib import Path

from geomap.errors import RenderError
from geomap.model import Document
from geomap.render.printing import STATIC_RULES
from geomap.store import write_atomic

__all__ = ["snapshot", "snapshot_page", "png_size", "find_chromium", "DEFAULT_WIDTH", "DEFAULT_HEIGHT"]

DEFAULT_WIDTH, DEFAULT_HEIGHT = 1200, 800
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND"]
READY_TIMEOUT_S = 120  # 100,000 events take a while to cluster
# The printed page's rules (geomap.render.printing), and no "places grouped" line: a picture
# cannot be zoomed into.
STATIC_CSS = f"""<style>{STATIC_RULES}  .geomap-legend .cluster-note {{ display: none !important; }}
</style>
"""


def find_chromium() -> str:
    for candidate in (os.environ.get("GEOMAP_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium",
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and os.path.exists(candidate):
            return candidate
    raise RenderError("Chromium not found: install it (apt-get install chromium) or set GEOMAP_CHROMIUM")


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG, from its header; ValueError when ``data`` is not a PNG."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", data[16:24])


# A picture in a report or a slide carries its title on it (``--title``): the map page has none, its
# title is the browser tab's. Top left, where the page's zoom buttons are, which a picture hides.
TITLE_CSS = """<style>
  .geomap-snapshot-title { position: absolute; top: 10px; left: 10px; z-index: 1000; max-width: 60%;
    background: rgba(255,255,255,0.95); padding: 6px 12px; border-radius: 4px; color: #111;
    font: 600 16px/1.35 system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
</style>
"""


def _static_page(docs: list[Document], cluster_until, title: str | None = None) -> str:
    from geomap.render import map_html

    return _as_picture(map_html(docs, tiles=False, cluster_until=cluster_until, **({"title": title} if title else {})),
                       title)


def _as_picture(page: str, title: str | None) -> str:
    """A map page with the rules of a picture (``STATIC_CSS``) and its ``title`` written on it."""
    page = page.replace("</head>", STATIC_CSS + (TITLE_CSS if title else "") + "</head>", 1)
    if title:  # (the article's words, escaped as everywhere they reach HTML)
        heading = f'<div class="geomap-snapshot-title" role="heading" aria-level="1">{html.escape(title)}</div>'
        page = page.replace("</body>", heading + "\n</body>", 1)
    return page


def _with_playwright(page_path: Path, chromium: str, width: int, height: int, scale: float) -> bytes | None:
    """The screenshot through Playwright, in a thread of its own: its sync API refuses to run where an
    asyncio loop is running (Jupyter, or a caller that already drives Playwright)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return None
    result: dict = {}

    def work():
        try:
            result["png"] = _playwright_screenshot(page_path, chromium, width, height, scale)
        except BaseException as exc:  # handed to the caller's thread
            result["error"] = exc

    thread = threading.Thread(target=work, name="geomap-snapshot")
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result["png"]


def _playwright_screenshot(page_path: Path, chromium: str, width: int, height: int, scale: float) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=BROWSER_ARGS)
            try:
                context = browser.new_context(viewport={"width": width, "height": height},
                                              device_scale_factor=scale)
                context.route("**/*", lambda route: route.abort() if route.request.url.startswith(("http:", "https:"))
                              else route.continue_())
                page = context.new_page()
                page.goto(page_path.as_uri())
                page.wait_for_selector("[data-geomap-ready]", state="attached", timeout=READY_TIMEOUT_S * 1000)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                return page.screenshot(type="png")
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise RenderError(f"headless Chromium failed: {str(exc).splitlines()[0]}") from None


def _with_cli(page_path: Path, chromium: str, width: int, height: int, scale: float) -> bytes:
    out = page_path.with_name("snapshot.png")
    command = [chromium, "--headless", *BROWSER_ARGS, f"--window-size={width},{height}",
               f"--force-device-scale-factor={scale}", "--virtual-time-budget=15000",
               f"--screenshot={out}", page_path.as_uri()]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=READY_TIMEOUT_S)
        return out.read_bytes()
    except (OSError, subprocess.SubprocessError) as exc:
        raise RenderError(f"headless Chromium failed: {exc}") from None


def snapshot(docs: list[Document], out_path: Path, *, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
             scale: float = 1.0, cluster_until: int | None = None, use_playwright: bool = True,
             title: str | None = None) -> bool:
    """Write a PNG of the map of ``docs`` to ``out_path`` (atomically); False when unchanged. ``title``:
    written on the picture, top left."""
    from geomap.render import DEFAULT_CLUSTER_UNTIL

    cluster = DEFAULT_CLUSTER_UNTIL if cluster_until is None else cluster_until
    return _take(_static_page(docs, cluster, title), out_path, width, height, scale, use_playwright)


def snapshot_page(page: str, out_path: Path, *, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
                  scale: float = 1.0, use_playwright: bool = True, title: str | None = None) -> bool:
    """Write a PNG of a map page geomap wrote (``map.html``, opened from a file: no tiles) to ``out_path``;
    False when unchanged."""
    return _take(_as_picture(page, title), out_path, width, height, scale, use_playwright)


def _take(page: str, out_path: Path, width: int, height: int, scale: float, use_playwright: bool) -> bool:
    if width < 100 or height < 100:
        raise RenderError(f"the image must be at least 100x100 pixels, not {width}x{height}")
    chromium = find_chromium()
    with tempfile.TemporaryDirectory(prefix="geomap-snapshot-") as tmp:
        page_path = Path(tmp) / "map.html"
        page_path.write_text(page, encoding="utf-8")
        data = _with_playwright(page_path, chromium, width, height, scale) if use_playwright else None
        if data is None:
            data = _with_cli(page_path, chromium, width, height, scale)
    try:
        size = png_size(data)
    except ValueError:
        raise RenderError("headless Chromium did not return a PNG image") from None
    expected = (round(width * scale), round(height * scale))
    if size != expected:
        raise RenderError(f"headless Chromium returned a {size[0]}x{size[1]} image, not {expected[0]}x{expected[1]}")
    try:
        return write_atomic(out_path, data)
    except OSError as exc:
        raise RenderError(f"cannot write: {exc.strerror}", path=exc.filename or out_path) from None
