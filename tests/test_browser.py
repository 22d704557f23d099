"""The map as a user sees it: headless Debian Chromium with the network off."""

import json
import os
import shutil

import pytest

from geomap.api import build

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND"])
        yield b
        b.close()


def open_offline(browser, html_path):
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    context.route("**/*", lambda route: route.abort() if route.request.url.startswith("http") else route.continue_())
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(html_path.as_uri())
    page.wait_for_selector(".geomap-marker")
    return page, errors


def test_markers_legend_and_popup_offline(browser, tmp_path, sample_copy):
    result = build([sample_copy], tmp_path / "out")
    features = json.loads(result.geojson_path.read_text(encoding="utf-8"))["features"]
    page, errors = open_offline(browser, result.html_path)
    assert page.locator(".geomap-marker").count() == len(features) >= 13
    legend = page.locator(".geomap-legend").inner_text()
    assert "Air or drone strike (2)" in legend and "Protest (5)" in legend
    istanbul = next(f for f in features if f["properties"]["name"] == "Istanbul")
    page.locator(f'[data-place-id="{istanbul["id"]}"]').click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Istanbul" in text and "2025-07-23" in text and "Talks or diplomacy" in text
    assert "met in Istanbul on July 23" in text
    page.locator(".leaflet-popup-close-button").click()
    novo = next(f for f in features if f["properties"]["name"] == "Novocherkassk")
    page.locator(f'[data-place-id="{novo["id"]}"]').click()
    novo_popup = page.locator(".leaflet-popup-content:has(h3:text-is('Novocherkassk'))")
    novo_popup.wait_for()
    assert "2025-07-22" in novo_popup.inner_text() and "Air or drone strike" in novo_popup.inner_text()
    assert errors == []


HOSTILE = """---
title: "Hostile <script>window.__pwned = 1</script> title"
published: 2025-07-23
---
Protesters shouted "<script>window.__pwned = 2</script>" and <img src=x onerror="window.__pwned = 3"> in Abidjan, Côte d'Ivoire, on July 20, with `backticks` and it's ${window.__pwned = 4} fine.
"""


def test_article_text_cannot_run_in_the_page(browser, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = build([article], tmp_path / "out")
    page, errors = open_offline(browser, result.html_path)
    page.locator(".geomap-marker").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert '<img src=x onerror="window.__pwned = 3">' in text and "Côte d'Ivoire" in text
    assert "`backticks`" in text
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".leaflet-popup-content img").count() == 0
    assert page.title() == "Hostile <script>window.__pwned = 1</script> title"
    assert errors == []
