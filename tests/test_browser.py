"""The map as a user sees it: headless Debian Chromium with the network off."""

import json
import os
import shutil
import struct
import zlib

import pytest

from geomap.api import build
from geomap.model import Article, Document, Event, Figure, Place, Source
from geomap.render import DEFAULT_CLUSTER_UNTIL, map_html
from geomap.snapshot import snapshot

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


def open_offline(browser, html_path, viewport=(1200, 800)):
    """The page with every http(s) request refused; page errors and console errors are collected
    (the refused tile requests excepted)."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    context.route("**/*", lambda route: route.abort() if route.request.url.startswith("http") else route.continue_())
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error"
            and not msg.text.startswith("Failed to load resource") else None)
    page.goto(html_path.as_uri())
    page.wait_for_selector("[data-geomap-ready]", state="attached")
    page.wait_for_selector(".geomap-marker, .marker-cluster")
    return page, errors


def shown_place_ids(page):
    return sorted(page.eval_on_selector_all(".geomap-marker", "els => els.map(e => e.dataset.placeId)"))


def place(pid, name, lat, lon, **kw):
    return Place(id=pid, name=name, lat=lat, lon=lon, gazetteer_id=f"test:{pid}", **kw)


def event(eid, pid, kind, date, **kw):
    text = f"Something ({kind}) happened, {eid}."
    return Event(id=eid, place=pid, type=kind, date=date, summary=text, sources=[Source(text, 0, len(text))], **kw)


def dated_doc():
    """Six places, one event each, dated with every precision, across centuries, one undated."""
    places = [place("caen", "Caen", 49.18, -0.37), place("prague", "Prague", 50.09, 14.42),
              place("berlin", "Berlin", 52.52, 13.40), place("new-york", "New York", 40.71, -74.01),
              place("kyiv", "Kyiv", 50.45, 30.52), place("nowhere", "Nowhere", 45.0, 5.0),
              place("aachen", "Aachen", 50.78, 6.08)]
    events = [event("d-day", "caen", "ground_operation", "1944-06-06"),
              event("spring", "prague", "protest", "1968"),
              event("wall", "berlin", "protest", "1989-11", approximate=True),
              event("attack", "new-york", "attack", "2001-09-11"),
              event("strike", "kyiv", "strike", "2025-07-22"),
              event("undated", "nowhere", "statement", None),
              event("charlemagne", "aachen", "other", "0800-12-25")]
    return Document(Article(text="", id="dated", title="Dates across the centuries"), places, events)


def test_markers_legend_and_popup_offline(browser, tmp_path, sample_copy):
    result = build([sample_copy], tmp_path / "out", cluster_until=0)
    features = json.loads(result.geojson_path.read_text(encoding="utf-8"))["features"]
    page, errors = open_offline(browser, result.html_path)
    assert page.locator(".geomap-marker").count() == len(features) >= 13
    assert shown_place_ids(page) == sorted(f["id"] for f in features)
    legend = page.locator(".geomap-legend").inner_text()
    events = [e for f in features for e in f["properties"]["events"]]
    for kind, label in (("strike", "Air or drone strike"), ("protest", "Protest")):
        assert f"{label} ({sum(e['type'] == kind for e in events)})" in legend
    # The legend folds to its heading and unfolds again, saying so to screen readers.
    fold = page.locator(".geomap-legend button.toggle")
    assert fold.get_attribute("aria-expanded") == "true"
    fold.click()
    assert page.locator(".geomap-legend.collapsed").count() == 1 and fold.get_attribute("aria-expanded") == "false"
    assert fold.get_attribute("title") == "Show the legend"
    fold.click()
    assert page.locator(".geomap-legend.collapsed").count() == 0
    istanbul = next(f for f in features if f["properties"]["name"] == "Istanbul")
    marker = page.locator(f'[data-place-id="{istanbul["id"]}"]')
    assert "Istanbul" in marker.get_attribute("aria-label") and marker.get_attribute("role") == "button"
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Istanbul" in text and "2025-07-23" in text and "Talks or diplomacy" in text
    assert "met in Istanbul on July 23" in text
    assert "Ukraine and Russia hold third round of peace talks" in text  # the article it came from
    page.locator(".leaflet-popup-close-button").click()
    novo = next(f for f in features if f["properties"]["name"] == "Novocherkassk")
    page.locator(f'[data-place-id="{novo["id"]}"]').click()
    novo_popup = page.locator(".leaflet-popup-content:has(h3:text-is('Novocherkassk'))")
    novo_popup.wait_for()
    assert "2025-07-22" in novo_popup.inner_text() and "Air or drone strike" in novo_popup.inner_text()
    assert errors == []


def test_a_summary_the_user_wrote_shows_in_the_popup(browser, tmp_path):
    # An event added by hand has no source sentence: its summary, the user's description of it,
    # had been left out of the popup. The extractor's own ("Protest in Obeid") says nothing more.
    words = "Clashes on the western outskirts <img src=x onerror=alert(1)>"
    doc = Document(Article(text="", id="sd", title="Sudan"), [place("obeid", "Obeid", 13.18, 30.22)],
                   [Event(id="by-hand", place="obeid", type="ground_operation", date="2025-03-12", summary=words),
                    Event(id="found", place="obeid", type="protest", date="2025-03-11", summary="Protest in Obeid",
                          sources=[Source("Hundreds protested in Obeid.", 0, 28)])])
    (tmp_path / "map.html").write_text(map_html([doc], tiles=False, cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    page.locator('[data-place-id="sd/obeid"]').click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert page.locator(".geomap-popup .event[data-event-id='by-hand'] .summary").inner_text() == words
    assert page.locator(".geomap-popup .event[data-event-id='found'] .summary").count() == 0
    assert "Hundreds protested in Obeid." in popup.inner_text() and page.locator(".geomap-popup img").count() == 0
    assert errors == []


def test_markers_have_a_shape_per_type_and_open_from_the_keyboard(browser, tmp_path):
    (tmp_path / "map.html").write_text(map_html([dated_doc()], tiles=False, cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    shapes = page.eval_on_selector_all(".geomap-marker", "els => els.map(e => e.dataset.type + ' ' + "
                                                         "e.querySelector('svg g').firstElementChild.outerHTML)")
    assert len(shapes) == 7 and len(set(s.split(" ", 1)[1] for s in shapes)) == 6  # both protests alike
    page.locator('[data-place-id="dated/kyiv"]').focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Kyiv" in popup.inner_text() and "Air or drone strike" in popup.inner_text()
    assert errors == []


def test_a_merged_event_lists_the_article_of_each_source(browser, tmp_path):
    sources = [Source("Drones struck the depot.", 0, 24, "wire/1", "Depot hit <overnight>", "https://wire.example/1"),
               Source("The depot burned.", 0, 17, "paper/7", "Fire at the depot", "javascript:alert(1)")]
    merged = Event("strike", "kyiv", "strike", "2025-07-22", sources=sources)
    corpus = Document(Article(text="", id="corpus", title="corpus (2 articles)"),
                      [place("kyiv", "Kyiv", 50.45, 30.52)], [merged])
    (tmp_path / "map.html").write_text(map_html([corpus], tiles=False, cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    page.locator('[data-place-id="corpus/kyiv"]').click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    lines = popup.locator(".event .article").all_inner_texts()
    assert lines == ["Source: Depot hit <overnight>", "Source: Fire at the depot"]
    links = popup.locator(".event .article a")
    assert links.count() == 1 and links.get_attribute("href") == "https://wire.example/1"  # no javascript: link
    assert errors == []


def test_layer_toggle_hides_a_type(browser, tmp_path, sample_copy):
    result = build([sample_copy], tmp_path / "out", cluster_until=0)
    features = json.loads(result.geojson_path.read_text(encoding="utf-8"))["features"]
    protest_only = {f["id"] for f in features if {e["type"] for e in f["properties"]["events"]} == {"protest"}}
    assert protest_only
    page, errors = open_offline(browser, result.html_path)
    before = set(shown_place_ids(page))
    page.locator('.geomap-legend input[data-type="protest"]').uncheck()
    after = set(shown_place_ids(page))
    assert after == before - protest_only
    events = [e for f in features for e in f["properties"]["events"]]
    others = sum(e["type"] != "protest" for e in events)
    assert f"Showing {others} of {len(events)} events" in page.locator(".geomap-dates").inner_text()
    page.locator('.geomap-legend input[data-type="protest"]').check()
    assert set(shown_place_ids(page)) == before
    assert errors == []


def test_a_place_with_several_types_stays_while_one_of_them_shows(browser, tmp_path):
    doc = Document(Article(text="", id="multi", title="Two types"),
                   [place("x", "Xville", 48.0, 10.0), place("y", "Yburg", 49.0, 12.0)],
                   [event("p1", "x", "protest", "2025-01-01"), event("s1", "x", "strike", "2025-01-02"),
                    event("p2", "x", "protest", "2025-01-03"), event("p3", "y", "protest", "2025-01-04")])
    (tmp_path / "map.html").write_text(map_html([doc], cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    x = page.locator('[data-place-id="multi/x"]')
    assert x.get_attribute("data-type") == "strike"  # the most violent type draws the marker, not the most frequent
    page.locator('.geomap-legend input[data-type="protest"]').uncheck()
    assert shown_place_ids(page) == ["multi/x"] and x.get_attribute("data-type") == "strike"
    x.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "2025-01-02" in popup.inner_text() and "2025-01-01" not in popup.inner_text()
    assert "2 more events are hidden by the filters" in popup.inner_text()
    assert errors == []


SUDAN_OUTLETS = [Article("", "wire/1", "Drone strike on El Fasher market kills seven", "2025-03-03", "Sahel Wire"),
                 Article("", "live/2", "Sudan live: El Fasher toll reaches 12", "2025-03-06", "Global Post Live"),
                 Article("", "hrn/3", "Situation update: Darfur", "2025-03-07", "Humanitarian Response Network")]


def sourced(eid, pid, kind, date, article_ids, **kw):
    """An event as a corpus map merges it: one source sentence from each article."""
    sources = [Source(f"Report of {eid} in {a}.", 0, 20, a, next(x.title for x in SUDAN_OUTLETS if x.id == a))
               for a in article_ids]
    return Event(id=eid, place=pid, type=kind, date=date, sources=sources, **kw)


def sudan_week():
    """A week of Sudan coverage as the corpus map has it (audit 6): El Fasher's siege of last year,
    reported as background, listed first and twice a ground operation, beside this week's strike
    that killed 12 (three outlets, three tolls); Zamzam's shelling left undated by one report;
    Nyala's strike with no toll beside two protests."""
    places = [place("el-fasher", "El Fasher", 13.63, 25.35), place("zamzam", "Zamzam", 12.0, 22.0),
              place("nyala", "Nyala", 12.05, 28.0)]
    toll = [Figure("killing at least seven people", 7, "people"), Figure("12 killed", 12, "killed"),
            Figure("43 injured", 43, "injured")]
    events = [sourced("siege", "el-fasher", "ground_operation", "2024-05", ["wire/1"], actors=["RSF"]),
              sourced("market", "el-fasher", "strike", "2025-03-03", ["wire/1", "live/2", "hrn/3"],
                      actors=["Rapid Support Forces", "RSF"], figures=toll),
              sourced("repelled", "el-fasher", "ground_operation", "2025-03-09", ["live/2"]),
              sourced("shelled", "zamzam", "shelling", None, ["live/2"],
                      figures=[Figure("killing five people", 5, "people")]),
              sourced("aid-talks", "zamzam", "talks", "2025-03-04", ["live/2"]),
              sourced("march-1", "nyala", "protest", "2025-03-05", ["hrn/3"]),
              sourced("march-2", "nyala", "protest", "2025-03-05", ["live/2"]),
              sourced("raid", "nyala", "strike", "2025-03-05", ["hrn/3"])]
    return Document(Article(text="", id="corpus", title="Sudan, one week"), places, events)


def open_sudan_week(browser, tmp_path):
    html = map_html([sudan_week()], tiles=False, cluster_until=0, articles=SUDAN_OUTLETS)
    (tmp_path / "map.html").write_text(html, encoding="utf-8")
    return open_offline(browser, tmp_path / "map.html")


def set_dates(page, first, last):
    """Both sliders on the stops ``first`` and ``last`` (indexes), as a user drags them."""
    page.locator('input[data-role="from"]').fill(str(first))
    page.locator('input[data-role="to"]').fill(str(last))


def marker_types(page):
    return dict(page.eval_on_selector_all(".geomap-marker", "els => els.map(e => [e.dataset.placeId, e.dataset.type])"))


def test_a_place_is_drawn_as_its_deadliest_event_that_the_filters_show(browser, tmp_path):
    # El Fasher was drawn as a ground operation (its first, and most frequent, type: last year's
    # siege) although a strike killed 12 there this week; Nyala as a protest beside a strike.
    page, errors = open_sudan_week(browser, tmp_path)
    assert marker_types(page) == {"corpus/el-fasher": "strike", "corpus/zamzam": "shelling",
                                  "corpus/nyala": "strike"}
    # stops: 2024-05, 2025-03-03, 2025-03-04, 2025-03-05, 2025-03-09: 9 March shows the repelled assault
    set_dates(page, 4, 4)
    page.locator('input[data-role="undated"]').uncheck()  # Zamzam's undated shelling: not this test's
    assert marker_types(page) == {"corpus/el-fasher": "ground_operation"}
    set_dates(page, 0, 4)
    page.locator('.geomap-legend input[data-type="strike"]').uncheck()
    assert marker_types(page)["corpus/el-fasher"] == "ground_operation"
    assert marker_types(page)["corpus/nyala"] == "protest"
    assert errors == []


def test_a_narrowed_date_range_hides_undated_events_and_says_how_many(browser, tmp_path):
    # With both sliders on 9 March, the 4 March Zamzam shelling one report left undated still
    # showed, with its 5 dead: the undated box stayed ticked.
    page, errors = open_sudan_week(browser, tmp_path)
    dates, undated = page.locator(".geomap-dates"), page.locator('input[data-role="undated"]')
    assert undated.is_checked() and "corpus/zamzam" in shown_place_ids(page)  # the whole range: everything
    set_dates(page, 4, 4)
    assert not undated.is_checked() and shown_place_ids(page) == ["corpus/el-fasher"]
    assert "Showing 1 of 8 events at 1 place; 1 undated hidden" in dates.inner_text()
    undated.check()  # the user's choice then holds, whatever the range
    assert shown_place_ids(page) == ["corpus/el-fasher", "corpus/zamzam"]
    assert "undated hidden" not in dates.inner_text()
    set_dates(page, 3, 4)
    assert undated.is_checked() and "corpus/zamzam" in shown_place_ids(page)
    set_dates(page, 0, 4)  # back to the whole range, unticked by the user: still hidden
    undated.uncheck()
    set_dates(page, 4, 4)
    set_dates(page, 0, 4)
    assert not undated.is_checked() and "Showing 7 of 8 events at 3 places; 1 undated hidden" in dates.inner_text()
    assert errors == []


def test_a_merged_event_names_each_outlet_its_actors_once_and_its_highest_toll(browser, tmp_path):
    page, errors = open_sudan_week(browser, tmp_path)
    page.locator('[data-place-id="corpus/el-fasher"]').click()
    market = page.locator(".geomap-popup .event[data-event-id='market']")
    market.wait_for()
    assert market.locator(".article").all_inner_texts() == [
        "Source: Sahel Wire \u2014 Drone strike on El Fasher market kills seven, 2025-03-03",
        "Source: Global Post Live \u2014 Sudan live: El Fasher toll reaches 12, 2025-03-06",
        "Source: Humanitarian Response Network \u2014 Situation update: Darfur, 2025-03-07"]
    rows = market.locator(".row").all_inner_texts()
    assert rows == ["Who: Rapid Support Forces (RSF)", "Killed: 12 (highest reported)",
                    "Figures: killing at least seven people; 12 killed; 43 injured"]
    assert errors == []


def test_the_note_of_hidden_events_follows_the_last_event_and_its_source(browser, tmp_path):
    # It had come between the last event's sentence and the "Source:" line of the popup's one article.
    page, errors = open_sudan_week(browser, tmp_path)
    set_dates(page, 2, 2)  # 4 March: Zamzam's talks; its undated shelling hidden
    page.locator('input[data-role="undated"]').uncheck()
    page.locator('[data-place-id="corpus/zamzam"]').click()
    page.locator(".leaflet-popup-content").wait_for()
    parts = page.eval_on_selector_all(".geomap-popup > *", "els => els.map(e => e.className || e.tagName)")
    assert parts[-3:] == ["events", "article", "hidden-note"]
    assert page.locator(".geomap-popup > .hidden-note").inner_text() == "1 more event is hidden by the filters"
    assert errors == []


def test_date_filter_handles_every_precision_and_century(browser, tmp_path):
    (tmp_path / "map.html").write_text(map_html([dated_doc()], cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    everything = shown_place_ids(page)
    assert len(everything) == 7
    dates = page.locator(".geomap-dates")
    assert "0800-12-25 \u2013 2025-07-22" in dates.inner_text()
    stops = ["0800-12-25", "1944-06-06", "1968", "1989-11", "2001-09-11", "2025-07-22"]
    frm, to = page.locator('input[data-role="from"]'), page.locator('input[data-role="to"]')
    assert frm.get_attribute("max") == str(len(stops) - 1)
    frm.fill("1")  # from 1944-06-06
    to.fill("3")  # to 1989-11
    assert "1944-06-06 \u2013 1989-11" in dates.inner_text()
    # a narrowed range hides the undated event (see the Sudan week below); ticked, it shows
    assert shown_place_ids(page) == ["dated/berlin", "dated/caen", "dated/prague"]
    assert "Showing 3 of 7 events at 3 places; 1 undated hidden" in dates.inner_text()
    page.locator('input[data-role="undated"]').check()
    assert shown_place_ids(page) == ["dated/berlin", "dated/caen", "dated/nowhere", "dated/prague"]
    page.locator('input[data-role="undated"]').uncheck()
    frm.fill("0")
    to.fill("0")  # the year 800 alone
    assert shown_place_ids(page) == ["dated/aachen"]
    frm.fill("5")  # moving "from" past "to" drags "to" along
    assert to.input_value() == "5" and shown_place_ids(page) == ["dated/kyiv"]
    assert "Air or drone strike (1)" in page.locator(".geomap-legend").inner_text()
    assert "Protest (0 of 2)" in page.locator(".geomap-legend").inner_text()
    assert errors == []


def test_a_month_or_a_year_overlaps_the_days_inside_it(browser, tmp_path):
    doc = Document(Article(text="", id="overlap", title="Overlaps"),
                   [place("a", "A", 10.0, 10.0), place("b", "B", 11.0, 11.0), place("c", "C", 12.0, 12.0),
                    place("d", "D", 13.0, 13.0)],
                   [event("year", "a", "protest", "2024"), event("month", "b", "protest", "2024-03"),
                    event("day", "c", "protest", "2024-03-15"), event("later", "d", "protest", "2024-04-02")])
    (tmp_path / "map.html").write_text(map_html([doc], cluster_until=0), encoding="utf-8")
    page, _ = open_offline(browser, tmp_path / "map.html")
    page.locator('input[data-role="from"]').fill("2")  # stops: 2024, 2024-03, 2024-03-15, 2024-04-02
    page.locator('input[data-role="to"]').fill("2")
    assert shown_place_ids(page) == ["overlap/a", "overlap/b", "overlap/c"]


def test_crowded_places_cluster_until_the_configured_zoom(browser, tmp_path):
    crowd = [place(f"p{i:02d}", f"Village {i}", 50.0 + (i % 8) * 0.02, 30.0 + (i // 8) * 0.02) for i in range(64)]
    doc = Document(Article(text="", id="crowd", title="Crowd"), crowd + [place("far", "Far", 40.0, 10.0)],
                   [event(f"e{p.id}", p.id, "protest", "2025-01-01") for p in crowd + [place("far", "", 0, 0)]])
    (tmp_path / "map.html").write_text(map_html([doc], cluster_until=9), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    counts = page.eval_on_selector_all(".marker-cluster", "els => els.map(e => +e.textContent)")
    assert counts and max(counts) > 10
    assert sum(counts) + page.locator(".geomap-marker").count() == 65
    assert page.evaluate("geomap.options.clusterUntil") == 9
    page.evaluate("geomap.group._map.setView([50.07, 30.07], 9, {animate: false})")
    page.wait_for_function("document.querySelectorAll('.geomap-marker').length >= 64")
    assert page.locator(".marker-cluster").count() == 0
    assert errors == []


def test_the_place_finder_opens_a_clustered_place_and_tells_namesakes_apart(browser, tmp_path):
    """Type part of a name and Enter: the map zooms into its cluster and opens its popup. Two places
    of one name are listed with how each was resolved; a place the filters hide is not offered; a
    name is text, never markup."""
    crowd = [place(f"p{i:02d}", f"Village {i}", 50.0 + (i % 8) * 0.02, 30.0 + (i // 8) * 0.02) for i in range(64)]
    namesakes = [place("alex-la", "Alexandria", 31.31, -92.45, country="US", admin1="US.LA"),
                 place("alex-va", "Alexandria", 38.80, -77.05, country="US", admin1="US.VA"),
                 place("evil", "<img src=x onerror=window.pwned=1>", 10.0, 10.0)]
    events = [event(f"e{p.id}", p.id, "protest", "2025-01-01") for p in crowd + namesakes[:2]]
    events.append(event("e-evil", "evil", "strike", "2025-01-02"))
    doc = Document(Article(text="", id="crowd", title="Crowd"), crowd + namesakes, events)
    (tmp_path / "map.html").write_text(map_html([doc], cluster_until=9), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    box = page.get_by_label("Find a place")
    # The list is made when the box is used (a corpus map's 49,000 names slowed every filter change).
    assert page.locator("#geomap-places option").count() == 0
    box.focus()
    options = page.eval_on_selector_all("#geomap-places option", "os => os.map(o => o.value)")
    assert len(options) == 67 and options.count("Village 37") == 1
    assert [o for o in options if o.startswith("Alexandria")] == [
        "Alexandria \u2014 Alexandria (populated place, Louisiana, US)",
        "Alexandria \u2014 Alexandria (populated place, Virginia, US)"]
    assert page.locator('.geomap-marker[data-place-id="crowd/p37"]').count() == 0  # in a cluster
    box.fill("village 37")
    box.press("Enter")
    page.wait_for_selector(".geomap-popup h3")
    assert page.locator(".geomap-popup h3").text_content() == "Village 37"
    assert page.evaluate("geomap.group._map.getZoom()") >= 9  # out of its cluster
    assert page.locator('.geomap-marker[data-place-id="crowd/p37"]').count() == 1
    box.fill("Atlantis")
    box.press("Enter")
    assert box.get_attribute("aria-invalid") == "true"
    # Why Enter went nowhere is said, not only shown in red (a user's audit).
    status = page.locator(".geomap-finder .status")
    assert status.text_content() == "No place on the map is so named"
    box.fill("Alexandria")
    box.press("Enter")
    assert status.text_content() == "2 places match: pick one from the list"
    box.fill("Louisiana")  # a place by how it was resolved, when that is one place's
    box.press("Enter")
    page.wait_for_function("document.querySelector('.geomap-popup h3') && "
                           "document.querySelector('.geomap-popup .resolved').textContent.includes('Louisiana')")
    assert status.text_content() == ""
    # The strikes switched off: the finder no longer offers the place that only they showed.
    box.blur()
    page.evaluate("geomap.setType('strike', false)")
    box.fill("<img")
    box.press("Enter")
    assert status.text_content() == "Hidden by the filters (dates or event types)"
    box.fill("")
    box.blur()
    box.focus()
    options = page.eval_on_selector_all("#geomap-places option", "os => os.map(o => o.value)")
    assert len(options) == 66 and not any(o.startswith("<img") for o in options)
    page.evaluate("geomap.setType('strike', true)")  # with the box in use, the list follows at once
    assert page.locator("#geomap-places option").count() == 67
    box.fill("<img src=x onerror=window.pwned=1>")
    box.press("Enter")
    page.wait_for_function("document.querySelector('.geomap-popup h3') && "
                           "document.querySelector('.geomap-popup h3').textContent.startsWith('<img')")
    assert page.evaluate("window.pwned === undefined") and page.locator(".geomap-finder img").count() == 0
    # A snapshot is a picture: no search box in it, as no zoom buttons.
    from geomap.snapshot import STATIC_CSS

    page.add_style_tag(content=STATIC_CSS.replace("<style>", "").replace("</style>", ""))
    assert not page.locator(".geomap-finder").is_visible() and not page.locator(".leaflet-control-zoom").is_visible()
    assert errors == []


def levant_doc():
    """An article that spells its places as the press does ("Khan Younis", "Daraa"), on a map that
    names them as the gazetteer does ("Khān Yūnis", "Dar‘ā"); two tolls in one sentence, and a
    toll two articles give differently (audit 9)."""
    text = ("The Gaza Health Ministry says 48500 Palestinians have been killed since Oct. 7, 2023, when gunmen "
            "attacked southern Israel, killing about 1,200 people. Residents of Khan Younis fled. Gunmen killed two "
            "in Daraa, in Daraa province. A strike hit Nuseirat.")
    spans = {}
    for word in ("Israel", "Khan Younis", "Daraa", "Nuseirat"):
        at = text.index(word)
        spans.setdefault(word, []).append((at, at + len(word)))
    at = text.index("Daraa province")
    spans["province"] = [(at, at + len("Daraa"))]
    places = [place("israel", "Israel", 31.5, 34.75, precision="country", kind="country", country="IL",
                    mentions=spans["Israel"]),
              place("khan", "Kh\u0101n Y\u016bnis", 31.34, 34.31, mentions=spans["Khan Younis"]),
              place("daraa-city", "Dar\u2018\u0101", 32.62, 36.10, mentions=spans["Daraa"]),
              place("daraa-region", "Daraa Province", 32.75, 36.20, kind="admin1", precision="admin1",
                    mentions=spans["province"]),
              place("nuseirat", "An Nu\u015fayr\u0101t", 31.45, 34.39, mentions=spans["Nuseirat"]),
              place("balah", "Dayr al Bala\u1e29", 31.42, 34.35)]
    sentence = text[:text.index(" Residents")]
    toll = [Figure("48500 Palestinians have been killed", 48500, "killed"), Figure("killing about 1,200 people",
                                                                                     1200, "people")]
    camp = [Figure("killing at least nine people", 9, "people"), Figure("death toll rose to 14", 14, "dead")]
    events = [Event("background", "israel", "attack", "2023-10-07", figures=toll,
                    sources=[Source(sentence, 0, len(sentence))]),
              event("fled", "khan", "ground_operation", "2025-03-18"),
              event("checkpoint", "daraa-city", "attack", "2025-03-11"),
              event("raids", "daraa-region", "arrest", "2025-03-12"),
              Event("nuseirat", "nuseirat", "strike", "2025-03-18",
                    figures=[Figure("killing 41 people", 41, "people", share=21.0)]),
              Event("camp", "balah", "attack", "2025-03-12", figures=camp,
                    sources=[Source("Gunmen attacked the camp, killing at least nine people.", 0, 54, "wire/1"),
                             Source("The death toll rose to 14.", 0, 26, "update/2")])]
    return Document(Article(text=text, id="levant", title="Levant"), places, events)


def test_the_place_finder_knows_the_articles_spellings_and_the_popup_writes_tolls_plainly(browser, tmp_path):
    # Audit 9: "Khan Younis", "Jenin", "Deir al-Balah"... got "No place on the map is so named": the
    # finder knew only the gazetteer's "Khān Yūnis"; "Daraa" opened Daraa Province, not the city
    # Dar‘ā whose attack it was; the popup said "Killed: 48500 (highest reported)" of one report.
    (tmp_path / "map.html").write_text(map_html([levant_doc()], tiles=False, cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    box, status = page.get_by_label("Find a place"), page.locator(".geomap-finder .status")
    box.focus()
    options = page.eval_on_selector_all("#geomap-places option", "os => os.map(o => [o.value, o.label])")
    assert ["Khan Younis", "Kh\u0101n Y\u016bnis"] in options  # the article's spelling, and whose it is

    def found(text):
        box.fill(text)
        box.press("Enter")
        page.wait_for_function("t => document.querySelector('.geomap-finder .status').textContent || "
                               "(document.querySelector('.geomap-popup h3') || {}).textContent", arg=text)
        heading = page.locator(".geomap-popup h3")
        name = heading.text_content() if not status.text_content() and heading.count() else status.text_content()
        page.keyboard.press("Escape")
        page.evaluate("document.querySelector('.leaflet-popup-close-button') && "
                      "document.querySelector('.leaflet-popup-close-button').click()")
        return name

    assert found("Khan Younis") == "Kh\u0101n Y\u016bnis"  # as the article spelled it
    assert found("khan you") == "Kh\u0101n Y\u016bnis"  # the start of it
    assert found("Khan Yunis") == "Kh\u0101n Y\u016bnis"  # diacritics ignored
    assert found("Deir al-Balah") == "No place on the map is so named"  # no article spelled it so
    assert found("Dayr al-Balah") == "Dayr al Bala\u1e29"  # hyphen as space, \u1e29 as h
    assert found("nusayrat") == "An Nu\u015fayr\u0101t"  # "An " optional
    assert found("an-Nusayrat") == "An Nu\u015fayr\u0101t"
    assert found("Nuseirat") == "An Nu\u015fayr\u0101t"
    assert found("dar'a") == "Dar\u2018\u0101"  # apostrophes ignored
    assert found("Daraa") == "Dar\u2018\u0101"  # the city before the region named so
    assert found("Daraa Province") == "Daraa Province"
    # The tolls: thousands separated; "highest reported" only when several reports give one.
    # (dispatched: a marker set apart from its neighbours may still be moving under the pointer)
    page.locator('[data-place-id="levant/israel"]').dispatch_event("click")
    page.locator(".geomap-popup .event[data-event-id='background']").wait_for()
    rows = page.locator(".geomap-popup .event[data-event-id='background'] .row").all_inner_texts()
    assert rows[0] == "Killed: 48,500"
    page.locator('[data-place-id="levant/balah"]').dispatch_event("click")
    page.locator(".geomap-popup .event[data-event-id='camp']").wait_for()
    rows = page.locator(".geomap-popup .event[data-event-id='camp'] .row").all_inner_texts()
    assert rows[0] == "Killed: 14 (highest reported)"
    page.locator('[data-place-id="levant/nuseirat"]').dispatch_event("click")  # one toll for a list of places
    page.locator(".geomap-popup .event[data-event-id='nuseirat']").wait_for()
    rows = page.locator(".geomap-popup .event[data-event-id='nuseirat'] .row").all_inner_texts()
    assert rows[0] == "Killed: 21 (its share of 41 told for several places)"
    assert errors == []


def test_fullscreen_button(browser, tmp_path, sample_copy):
    result = build([sample_copy], tmp_path / "out")
    page, errors = open_offline(browser, result.html_path)
    button = page.locator(".geomap-fullscreen a")
    assert button.get_attribute("aria-label") == "View fullscreen"
    button.click()
    page.wait_for_function("document.fullscreenElement !== null")
    assert page.evaluate("document.fullscreenElement.classList.contains('leaflet-container')")
    # The label follows the "fullscreenchange" event, which fires after fullscreenElement is set.
    page.wait_for_function("document.querySelector('.geomap-fullscreen a').getAttribute('aria-label')"
                           " === 'Exit fullscreen'", timeout=5000)
    assert button.get_attribute("aria-label") == "Exit fullscreen"
    button.click()
    page.wait_for_function("document.fullscreenElement === null")
    assert errors == []


def test_embed_snippet_shows_the_map(browser, tmp_path, sample_copy):
    result = build([sample_copy], tmp_path / "out", embed=True)
    report = tmp_path / "out" / "report.html"
    report.write_text("<!doctype html><title>Report</title><h1>Report</h1>" +
                      result.embed_path.read_text(encoding="utf-8"), encoding="utf-8")
    context = browser.new_context(viewport={"width": 900, "height": 700})
    context.route("**/*", lambda route: route.abort() if route.request.url.startswith("http") else route.continue_())
    page = context.new_page()
    page.goto(report.as_uri())
    frame = page.frame_locator("iframe")
    frame.locator("[data-geomap-ready]").wait_for(state="attached")
    assert frame.locator(".geomap-marker, .marker-cluster").count() > 5
    box = page.locator("iframe").bounding_box()
    assert box["height"] == 480 + 2 and box["width"] > 800  # 100% wide (and its 1px border)
    assert frame.locator(".geomap-dates.collapsed").count() == 1  # small: the date filter starts folded


HOSTILE = """---
title: "Hostile <script>window.__pwned = 1</script> title {{ 7*7 }}"
published: 2025-07-23
---
Protesters shouted "<script>window.__pwned = 2</script>" and <img src=x onerror="window.__pwned = 3"> in Abidjan, Côte d'Ivoire, on July 20, with `backticks` and it's ${window.__pwned = 4} fine, {{ 7*7 }} {% raw %} {# #}.
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
    assert "`backticks`" in text and "{{ 7*7 }} {% raw %} {# #}" in text
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".leaflet-popup-content img").count() == 0
    assert page.title() == "Hostile <script>window.__pwned = 1</script> title {{ 7*7 }}"
    assert errors == []


# --- snapshot ---------------------------------------------------------------------------


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunks.setdefault(kind, []).append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"][0])
    assert depth == 8 and color in (2, 6) and interlace == 0
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
    stride, rows, prev = width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def colours(rows: list[bytes], bpp: int) -> dict[bytes, int]:
    seen: dict[bytes, int] = {}
    for r in rows:
        for i in range(0, len(r), bpp):
            key = r[i:i + 3]
            seen[key] = seen.get(key, 0) + 1
    return seen


@pytest.mark.parametrize("use_playwright", [True, False], ids=["playwright", "chromium-cli"])
def test_snapshot_is_a_real_picture_of_the_map(browser, tmp_path, sample_copy, use_playwright):
    from geomap.api import load

    doc = load(sample_copy)[0]
    out = tmp_path / "shots" / "map.png"
    assert snapshot([doc], out, width=640, height=400, use_playwright=use_playwright)
    width, height, rows = decode_png(out.read_bytes())
    assert (width, height) == (640, 400)
    seen = colours(rows, len(rows[0]) // width)
    assert len(seen) > 50  # not one flat colour: outlines, markers, legend text
    land, sea = bytes((0xf4, 0xf1, 0xea)), bytes((0xdf, 0xe9, 0xf2))  # the basemap's own colours
    assert seen.get(land, 0) > 640 * 400 * 0.1 and seen.get(sea, 0) > 640 * 400 * 0.02
    strike_red = bytes((0xc0, 0x39, 0x2b))
    assert seen.get(strike_red, 0) > 10  # the strike marker (or its legend symbol) is drawn
    assert [p.name for p in out.parent.iterdir()] == ["map.png"]  # written atomically, nothing left over


def test_snapshot_command(browser, tmp_path, sample_copy):
    from click.testing import CliRunner

    from geomap.cli import cli
    from geomap.snapshot import png_size

    out = tmp_path / "shots" / "map.png"
    result = CliRunner().invoke(cli, ["snapshot", str(sample_copy), "-o", str(out), "--width", "500", "--height", "300",
                                      "--scale", "2"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "(1000x600 PNG)" in result.output and png_size(out.read_bytes()) == (1000, 600)
    bad = CliRunner().invoke(cli, ["snapshot", str(sample_copy), "-o", str(out), "--width", "10"])
    assert bad.exit_code == 2 and "--width" in bad.output


def test_a_snapshot_carries_its_title_on_the_picture(browser, tmp_path, sample_copy):
    # A PNG in a report had no title: the page's is the browser tab's, which a picture does not show.
    from click.testing import CliRunner

    from geomap.api import load
    from geomap.cli import cli
    from geomap.snapshot import _static_page

    title = "Ukraine & Russia <script>window.pwned = 1</script>, July 2025"
    (tmp_path / "static.html").write_text(_static_page([load(sample_copy)[0]], DEFAULT_CLUSTER_UNTIL, title),
                                          encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "static.html", viewport=(1000, 640))
    heading = page.locator(".geomap-snapshot-title")
    assert heading.is_visible() and heading.inner_text() == title  # shown as text, never run
    assert page.evaluate("window.pwned") is None and errors == []
    box = heading.bounding_box()
    assert box["x"] < 20 and box["y"] < 20  # top left, where a picture hides the zoom buttons
    plain, titled = tmp_path / "plain.png", tmp_path / "titled.png"
    for out, extra in ((plain, []), (titled, ["--title", "Ukraine and Russia, July 2025"])):
        result = CliRunner().invoke(cli, ["snapshot", str(sample_copy), "-o", str(out), "--width", "640",
                                          "--height", "400", *extra], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert plain.read_bytes() != titled.read_bytes()
    assert "geomap-snapshot-title" not in _static_page([load(sample_copy)[0]], DEFAULT_CLUSTER_UNTIL)


def test_snapshot_of_a_corpus_is_its_merged_map(browser, tmp_path):
    # snapshot had read a JSONL corpus as one article: it now draws the corpus's one map, as build does.
    from click.testing import CliRunner

    from geomap.api import SAMPLE_ARTICLE
    from geomap.cli import cli

    talks = SAMPLE_ARTICLE.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    corpus = tmp_path / "week.jsonl"
    corpus.write_text(json.dumps({"id": "talks", "text": talks, "published": "2025-07-23"}) + "\n"
                      + json.dumps({"id": "strike", "text": "A drone strike hit Kharkiv on July 24, officials said.",
                                    "published": "2025-07-24"}) + "\n", encoding="utf-8")
    out = tmp_path / "week.png"
    result = CliRunner().invoke(cli, ["snapshot", str(corpus), "-o", str(out), "--width", "640", "--height", "400"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.glob("*.geomap.yaml"))  # no data file of the JSONL "article"
    width, height, rows = decode_png(out.read_bytes())
    seen = colours(rows, len(rows[0]) // width)
    assert (width, height) == (640, 400) and len(seen) > 50
    assert seen.get(bytes((0xc0, 0x39, 0x2b)), 0) > 10  # the strike marker (or its legend symbol) is drawn


def test_tiles_load_on_a_served_page_with_a_referer_and_never_from_a_file(browser, tmp_path):
    # Opened from a file, a page sends no Referer, and OpenStreetMap's servers answer with an
    # "Access blocked" tile (their usage policy since 2026): a double-clicked map stays offline.
    # Served over http(s), it loads the tiles and sends its origin as the Referer.
    (tmp_path / "map.html").write_text(map_html([dated_doc()], cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.evaluate("geomap.group._map.setZoom(6)")
    page.wait_for_timeout(300)
    assert not [u for u in asked if "openstreetmap" in u] and errors == []
    assert page.locator(".leaflet-tile").count() == 0
    context = browser.new_context(viewport={"width": 800, "height": 600})
    tiles = []
    page_bytes = (tmp_path / "map.html").read_bytes()
    context.route("http://geomap.test/map.html",
                  lambda route: route.fulfill(status=200, body=page_bytes, content_type="text/html"))
    context.route("https://tile.openstreetmap.org/**", lambda route: (
        tiles.append(route.request.headers.get("referer")), route.fulfill(status=404))[1])
    served = context.new_page()
    served.goto("http://geomap.test/map.html")
    served.wait_for_selector("[data-geomap-ready]", state="attached")
    served.wait_for_function("document.querySelectorAll('.leaflet-tile').length > 0")
    assert tiles and set(tiles) == {"http://geomap.test/"}
    assert "OpenStreetMap" in served.locator(".leaflet-control-attribution").inner_text()
    context.close()


def test_an_empty_map_says_so_a_lone_place_keeps_its_surroundings_and_a_small_map_keeps_a_short_legend_open(browser, tmp_path):
    # An article with no place had given a bare map of Europe; a lone place a blank canvas at
    # street level (no tiles offline, nothing around it); a small map a legend over half of it.
    empty = Document(Article(text="", id="none", title="Nothing"), [], [])
    (tmp_path / "empty.html").write_text(map_html([empty], cluster_until=0), encoding="utf-8")
    context = browser.new_context(viewport={"width": 900, "height": 600})
    page = context.new_page()
    page.goto((tmp_path / "empty.html").as_uri())
    page.wait_for_selector("[data-geomap-ready]", state="attached")
    assert "No places with events to show" in page.locator(".geomap-nothing").inner_text()
    context.close()
    lone = Document(Article(text="", id="lone", title="One"), [place("obeid", "El Obeid", 13.18, 30.22)],
                    [event("clash", "obeid", "ground_operation", "2025-03-12")])
    (tmp_path / "lone.html").write_text(map_html([lone], cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "lone.html")
    assert page.evaluate("geomap.group._map.getZoom()") == 6 and page.locator(".geomap-nothing").count() == 0
    assert page.locator(".geomap-legend.collapsed").count() == 0  # 1200 x 800: room for it
    small, _ = open_offline(browser, tmp_path / "lone.html", viewport=(600, 400))
    # a legend of one row fits a small map: open, and clear of the place (audit 15)
    assert small.locator(".geomap-legend.collapsed").count() == 0 and markers_under_open_overlays(small) == []
    assert errors == []


def test_a_map_of_a_few_places_names_them_and_a_crowded_one_does_not(browser, tmp_path):
    # The offline basemap has no labels: a snapshot of a few places had said nowhere which was which.
    doc = dated_doc()
    doc.places[0] = place("caen", "Caen <b>x</b>", 49.18, -0.37)
    (tmp_path / "few.html").write_text(map_html([doc], cluster_until=0), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "few.html")
    labels = page.eval_on_selector_all(".geomap-label", "els => els.map(e => e.textContent)")
    assert sorted(labels) == sorted(p.name for p in doc.places) and page.locator(".geomap-label b").count() == 0
    crowd = [place(f"p{i:02d}", f"Village {i}", 40.0 + i * 0.3, 10.0) for i in range(31)]
    many = Document(Article(text="", id="crowd", title="Crowd"), crowd,
                    [event(f"e{p.id}", p.id, "protest", "2025-01-01") for p in crowd])
    (tmp_path / "many.html").write_text(map_html([many], cluster_until=0), encoding="utf-8")
    page, _ = open_offline(browser, tmp_path / "many.html")
    assert page.locator(".geomap-marker").count() == 31 and page.locator(".geomap-label").count() == 0
    assert errors == []


def test_the_keyboard_reaches_clustered_places_and_escape_closes_a_popup(browser, tmp_path):
    # From a second audit: a cluster had no accessible name and Enter on it did nothing, so the
    # places inside were out of the keyboard's reach; Escape left a popup open.
    crowd = [place(f"p{i:02d}", f"Village {i}", 50.0 + (i % 8) * 0.02, 30.0 + (i // 8) * 0.02) for i in range(64)]
    doc = Document(Article(text="", id="crowd", title="Crowd"), crowd,
                   [event(f"e{p.id}", p.id, "protest", "2025-01-01") for p in crowd])
    (tmp_path / "map.html").write_text(map_html([doc], cluster_until=9), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html")
    cluster = page.locator(".geomap-cluster").first
    assert cluster.get_attribute("role") == "button"
    assert cluster.get_attribute("aria-label").endswith("places: press Enter to zoom in")
    before = page.evaluate("geomap.group._map.getZoom()")
    cluster.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"geomap.group._map.getZoom() > {before}")
    page.evaluate("geomap.group._map.setView([50.07, 30.07], 10, {animate: false})")
    marker = page.locator(".geomap-marker").first
    marker.wait_for()
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup-content").wait_for()
    page.keyboard.press("Escape")
    page.wait_for_function("!document.querySelector('.leaflet-popup')")
    assert page.evaluate("document.activeElement.classList.contains('geomap-marker')")
    assert errors == []


# --- a fourth audit: phones, small maps, print, small frames ------------------------------


def test_a_popup_fits_a_phone_and_no_control_covers_it(browser, tmp_path, sample_copy):
    # At 375x667 the popup had spanned x = 24..411, its close button off-screen, and the zoom
    # buttons, the finder and the date filter were drawn over it.
    result = build([sample_copy], tmp_path / "out")
    features = json.loads(result.geojson_path.read_text(encoding="utf-8"))["features"]
    lviv = next(f for f in features if f["properties"]["name"] == "Lviv")
    page, errors = open_offline(browser, result.html_path, viewport=(375, 667))
    page.locator(f'[data-place-id="{lviv["id"]}"]').click()
    page.locator(".leaflet-popup-content").wait_for()
    page.wait_for_timeout(400)  # autopan
    box = page.locator(".leaflet-popup").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 375 and box["y"] + box["height"] <= 667
    assert page.evaluate("""() => {
        const r = document.querySelector('.leaflet-popup-close-button').getBoundingClientRect();
        const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
        return !!hit && !!hit.closest('.leaflet-popup-close-button');
    }""")
    for control in (".leaflet-control-zoom", ".geomap-finder", ".geomap-dates"):
        assert not page.locator(control).is_visible()  # stepped aside while the popup is open
    page.locator(".leaflet-popup-close-button").click()
    page.wait_for_function("!document.querySelector('.leaflet-popup')")
    assert page.locator(".leaflet-control-zoom").is_visible() and page.locator(".geomap-finder").is_visible()
    assert errors == []


def spread_doc(n=30):
    """``n`` places in pairs, each pair a little apart east-west: close enough to cluster, or for
    two names on the right to overlap."""
    places = []
    for i in range(n):
        pair, second = divmod(i, 2)
        lat, lon = 30.0 + (pair // 5) * 9.0, (pair % 5) * 12.0
        places.append(place(f"p{i:02d}", f"Town {i:02d}", lat, lon + (1.5 if pair % 2 else 2.5) * second))
    return Document(Article(text="", id="spread", title="Spread"), places,
                    [event(f"e{p.id}", p.id, "protest", "2025-01-01") for p in places])


LABEL_LAYOUT = """() => {
    const view = {left: 0, top: 0, right: innerWidth, bottom: innerHeight};
    const shown = [...document.querySelectorAll('.geomap-label')].filter(
        l => getComputedStyle(l).visibility !== 'hidden').map(l => l.getBoundingClientRect());
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    let overlaps = 0;
    shown.forEach((a, i) => shown.slice(i + 1).forEach(b => { if (overlap(a, b)) { overlaps += 1; } }));
    const outside = shown.filter(r => r.left < view.left || r.top < view.top || r.right > view.right
                                      || r.bottom > view.bottom).length;
    return {shown: shown.length, overlaps, outside, clusters: document.querySelectorAll('.marker-cluster').length};
}"""


def test_a_map_of_thirty_places_names_every_one_and_no_name_covers_another(browser, tmp_path):
    # The README promises names beside markers up to 30 places; clustering (default zoom 8) had
    # grouped close places, and a name on the right of each marker ran over its neighbour's.
    (tmp_path / "map.html").write_text(map_html([spread_doc()], tiles=False), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "map.html", viewport=(1280, 900))
    assert page.locator(".geomap-marker").count() == 30
    assert page.evaluate(LABEL_LAYOUT) == {"shown": 30, "overlaps": 0, "outside": 0, "clusters": 0}
    assert page.locator(".leaflet-tooltip-left.geomap-label").count() > 0  # some names moved aside
    # A snapshot of it names them all too.
    from geomap.snapshot import _static_page

    (tmp_path / "static.html").write_text(_static_page([spread_doc()], DEFAULT_CLUSTER_UNTIL), encoding="utf-8")
    page, _ = open_offline(browser, tmp_path / "static.html", viewport=(1280, 900))
    assert page.evaluate(LABEL_LAYOUT) == {"shown": 30, "overlaps": 0, "outside": 0, "clusters": 0}
    assert errors == []


GROUPED = "places grouped: zoom in"


def test_the_legend_speaks_of_grouped_places_only_while_a_group_is_in_view(browser, tmp_path):
    # "N places grouped: zoom in" had shown on a map of one place, an empty map and in snapshots.
    lone = Document(Article(text="", id="lone", title="One"), [place("obeid", "El Obeid", 13.18, 30.22)],
                    [event("clash", "obeid", "ground_operation", "2025-03-12")])
    (tmp_path / "lone.html").write_text(map_html([lone]), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "lone.html")
    assert not page.get_by_text(GROUPED).is_visible()
    empty = Document(Article(text="", id="none", title="Nothing"), [], [])
    (tmp_path / "empty.html").write_text(map_html([empty]), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    blank = context.new_page()
    blank.goto((tmp_path / "empty.html").as_uri())
    blank.wait_for_selector("[data-geomap-ready]", state="attached")
    assert not blank.get_by_text(GROUPED).is_visible()
    context.close()
    crowd = [place(f"p{i:02d}", f"Village {i}", 50.0 + (i % 8) * 0.02, 30.0 + (i // 8) * 0.02) for i in range(64)]
    doc = Document(Article(text="", id="crowd", title="Crowd"), crowd,
                   [event(f"e{p.id}", p.id, "protest", "2025-01-01") for p in crowd])
    (tmp_path / "crowd.html").write_text(map_html([doc], cluster_until=9), encoding="utf-8")
    page, _ = open_offline(browser, tmp_path / "crowd.html")
    assert page.get_by_text(GROUPED).is_visible()
    page.evaluate("geomap.group._map.setView([50.07, 30.07], 10, {animate: false})")
    page.wait_for_function("document.querySelectorAll('.geomap-marker').length >= 40")
    page.wait_for_function(f"!document.querySelector('.geomap-legend').innerText.includes({GROUPED!r})")
    page.evaluate("geomap.group._map.setView([50.07, 30.07], 5, {animate: false})")
    page.wait_for_function(f"document.querySelector('.geomap-legend').innerText.includes({GROUPED!r})")
    from geomap.snapshot import STATIC_CSS  # a picture cannot be zoomed into

    page.add_style_tag(content=STATIC_CSS.replace("<style>", "").replace("</style>", ""))
    assert page.locator(".marker-cluster").count() and not page.get_by_text(GROUPED).is_visible()
    assert errors == []


def test_a_printed_map_leaves_out_the_controls_and_keeps_a_plain_key(browser, tmp_path, sample_copy):
    # Printing had put the zoom buttons, the fullscreen button, an empty search box, the folded
    # "Dates" toggle and the legend's checkboxes on paper.
    result = build([sample_copy], tmp_path / "out")
    page, errors = open_offline(browser, result.html_path, viewport=(800, 500))
    page.emulate_media(media="print")
    display = """sel => [...document.querySelectorAll(sel)].map(e => getComputedStyle(e).display)"""
    for hidden in (".leaflet-control-zoom", ".geomap-fullscreen", ".geomap-finder", ".geomap-legend input",
                   ".geomap-dates label:has(input[type=range])"):
        shown = page.evaluate(display, hidden)
        assert shown and set(shown) == {"none"}, hidden
    assert page.locator(".geomap-legend .body").is_visible()  # folded on this small map: unfolded on paper
    assert "Protest (" in page.locator(".geomap-legend").inner_text()
    width = page.evaluate("document.querySelector('.folium-map').getBoundingClientRect().width")
    assert width == page.evaluate("document.documentElement.clientWidth")
    page.emulate_media(media="screen")
    assert page.locator(".leaflet-control-zoom").is_visible() and page.locator(".geomap-finder").is_visible()
    assert errors == []


def markers_under_open_overlays(page_or_frame):
    return page_or_frame.evaluate("""() => {
        const controls = [...document.querySelectorAll('.leaflet-control')].map(c => c.getBoundingClientRect())
            .filter(r => r.width && r.height);
        return [...document.querySelectorAll('.geomap-marker, .marker-cluster')].filter(m => {
            const r = m.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
            return controls.some(c => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom);
        }).map(m => m.getAttribute('aria-label'));
    }""")


def test_in_a_small_frame_the_legend_starts_open_where_it_fits_and_no_marker_sits_under_a_panel(
        browser, tmp_path, sample_copy):
    # In the 480 px iframe of --embed and on a phone, the open legend had covered markers: it
    # folded only under 480x420. Then it started folded in every small map, and a report's
    # reader saw unexplained symbols (audit 15): open where the places fit as close beside it.
    result = build([sample_copy], tmp_path / "out", embed=True)
    report = tmp_path / "out" / "report.html"
    report.write_text("<!doctype html><title>Report</title>" + result.embed_path.read_text(encoding="utf-8"),
                      encoding="utf-8")
    context = browser.new_context(viewport={"width": 900, "height": 700})
    context.route("**/*", lambda route: route.abort() if route.request.url.startswith("http") else route.continue_())
    page = context.new_page()
    page.goto(report.as_uri())
    page.frame_locator("iframe").locator("[data-geomap-ready]").wait_for(state="attached")
    frame = page.frames[1]
    frame.wait_for_selector(".geomap-marker")
    assert frame.locator(".geomap-legend.collapsed").count() == 0
    assert "Protest (5)" in frame.locator(".geomap-legend").inner_text()
    assert markers_under_open_overlays(frame) == []
    context.close()
    for viewport in ((375, 667), (1200, 800)):
        page, errors = open_offline(browser, result.html_path, viewport=viewport)
        assert markers_under_open_overlays(page) == [], viewport
        assert errors == []
    page, _ = open_offline(browser, result.html_path, viewport=(375, 667))
    assert page.locator(".geomap-legend.collapsed").count() == 1


# --- audit 15: nearby places in a snapshot or on paper -----------------------------------

MARKER_LAYOUT = """() => {
    const centre = r => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
    const markers = {};
    document.querySelectorAll('.geomap-marker').forEach(m => {
        markers[m.dataset.placeId] = {box: m.getBoundingClientRect(), z: Number(getComputedStyle(m).zIndex)};
    });
    const labels = {};
    document.querySelectorAll('.geomap-marker').forEach(m => {
        const id = m.dataset.placeId;
        const tip = [...document.querySelectorAll('.geomap-label')].find(
            l => l.textContent === m.getAttribute('aria-label').split(':')[0]);
        const t = tip.getBoundingClientRect();
        // the marker nearest to the name's box: its own, or the name points at the wrong place
        let best = null, bestD = Infinity;
        Object.entries(markers).forEach(([other, {box}]) => {
            const [mx, my] = centre(box);
            const d = Math.hypot(Math.max(t.left - mx, 0, mx - t.right), Math.max(t.top - my, 0, my - t.bottom));
            if (d < bestD) { best = other; bestD = d; }
        });
        labels[id] = best;
    });
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const ids = Object.keys(markers), touching = [];
    ids.forEach((a, i) => ids.slice(i + 1).forEach(b => {
        if (overlap(markers[a].box, markers[b].box)) { touching.push([a, b]); }
    }));
    return {touching, labels, z: Object.fromEntries(ids.map(i => [i, markers[i].z])),
            leaders: document.querySelectorAll('.geomap-leader').length};
}"""


def darfur_doc():
    """El Fasher (a strike, 14 killed) and Abu Shouk (an attack, 6 killed) 5 km apart; Omdurman and
    Khartoum across the Nile; Kadugli far from both."""
    places = [place("el-fasher", "El Fasher", 13.628, 25.349), place("abu-shouk", "Abu Shouk", 13.66, 25.32),
              place("omdurman", "Omdurman", 15.645, 32.478), place("khartoum", "Khartoum", 15.552, 32.532),
              place("kadugli", "Kadugli", 11.011, 29.718)]
    events = [event("strike", "el-fasher", "strike", "2025-03-03", figures=[Figure("14 killed", 14, "killed")]),
              event("attack", "abu-shouk", "attack", "2025-03-04", figures=[Figure("6 killed", 6, "killed")]),
              event("rally", "omdurman", "protest", "2025-03-01"), event("march", "khartoum", "protest", "2025-03-02"),
              event("clash", "kadugli", "ground_operation", "2025-03-05")]
    return Document(Article(text="", id="darfur", title="Darfur"), places, events)


def test_nearby_markers_are_set_apart_each_named_beside_its_own_and_the_deadlier_on_top(browser, tmp_path):
    # Audit 15: in a snapshot, Abu Shouk's attack was hidden under El Fasher's strike, the name
    # "Abu Shouk" sat beside the strike's triangle; Omdurman and Khartoum overlapped the same way.
    from geomap.snapshot import _static_page

    (tmp_path / "static.html").write_text(_static_page([darfur_doc()], DEFAULT_CLUSTER_UNTIL), encoding="utf-8")
    page, errors = open_offline(browser, tmp_path / "static.html", viewport=(1000, 640))
    layout = page.evaluate(MARKER_LAYOUT)
    assert layout["touching"] == []
    ids = [f"darfur/{p}" for p in ("el-fasher", "abu-shouk", "omdurman", "khartoum", "kadugli")]
    assert layout["labels"] == {p: p for p in ids}
    assert layout["leaders"] == 4  # each set-apart marker tied to its true spot; Kadugli stays put
    assert layout["z"]["darfur/el-fasher"] > layout["z"]["darfur/abu-shouk"]  # 14 killed over 6
    # Abu Shouk's popup points at its own marker
    page.locator('[data-place-id="darfur/abu-shouk"]').click(force=True)
    page.locator(".leaflet-popup-content:has(h3:text-is('Abu Shouk'))").wait_for()
    tip, marker = (page.locator(sel).bounding_box() for sel in (".leaflet-popup-tip",
                                                                '[data-place-id="darfur/abu-shouk"]'))
    assert abs((tip["x"] + tip["width"] / 2) - (marker["x"] + marker["width"] / 2)) < 2
    page.locator(".leaflet-popup-close-button").click()
    # Zoomed in far enough, the places are apart: every marker back on its spot, no leader.
    page.evaluate("geomap.group._map.setView([13.64, 25.33], 13, {animate: false})")
    assert page.evaluate(MARKER_LAYOUT)["leaders"] == 0
    el_fasher = page.evaluate("geomap.group.getLayers().find(m => m._geomap.id === 'darfur/el-fasher').getLatLng()")
    assert (el_fasher["lat"], el_fasher["lng"]) == (13.628, 25.349)
    assert errors == []
