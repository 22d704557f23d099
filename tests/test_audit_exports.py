"""A week of Sudan coverage (22 articles, 5 outlets: tests/data/sudan-week, from a user audit) and a
travel story (tests/data/perth-travel-colon-title.txt): the corpus CSV has one row per map event,
export counts what it wrote, check takes a folder, and an empty map says why."""

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli

DATA = Path(__file__).parent / "data"
SUDAN_WEEK = DATA / "sudan-week"
PERTH = DATA / "perth-travel-colon-title.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    """The corpus built once: (its folder, the build's output folder, the map's events by id)."""
    root = tmp_path_factory.mktemp("week")
    corpus, out = root / "corpus", root / "out"
    shutil.copytree(SUDAN_WEEK, corpus)
    result = run("build", corpus, "-o", out, "--executor", "serial", "--no-progress")
    assert result.exit_code == 0, result.output
    features = [json.loads(line.rstrip(",")) for line in (out / "map.geojson").read_text(encoding="utf-8")
                .split("\n") if line.startswith('{"geometry"')]
    events = {ev["id"]: ev for f in features for ev in f["properties"]["events"]}
    return corpus, out, events


def export(week, *args, name="events.csv"):
    corpus, out, _ = week
    result = run("export", corpus, "-o", out / name, "--cache", out / ".geomap-corpus.sqlite",
                 "--executor", "serial", *args)
    assert result.exit_code == 0, result.output
    return result


def test_a_corpus_csv_has_one_row_per_event_of_its_map(week):
    # The CSV had a row per article's report (43) for the map's 23 events, each with its own
    # event_id_cnty: summing fatalities counted the El Fasher market's dead five times (323 for a
    # week of about 86).
    _, out, events = week
    result = export(week)
    exported = rows(out / "events.csv")
    assert sorted(r["geomap_event_id"] for r in exported) == sorted(events)
    assert f"(csv, {len(events)} events)" in result.output
    assert len({r["event_id_cnty"] for r in exported}) == len(exported)
    market = next(r for r in exported if r["geomap_event_id"] == "el-fasher-strike-2025-03-03")
    reports = events["el-fasher-strike-2025-03-03"]["sources"]
    # the highest toll one report gives (7, 9, then 12), not their sum
    assert market["fatalities"] == "12"
    assert set(market["source"].split("; ")) >= {"Sahel Wire", "Global Post Live", "Humanitarian Response Network"}
    assert market["notes"].split(" | ") == [s["text"] for s in reports]
    assert set(market["article_id"].split("; ")) == {s["article_id"] for s in reports}
    assert "killing at least seven people" in market["figures"] and "12" in market["figures"]
    # The RSF is the party, once: not actor1 and actor2 by its name and its acronym.
    assert (market["actor1"], market["actor2"]) == ("Rapid Support Forces (RSF)", "")
    # summed, the week's dead are counted once a map event (323 before; the map still splits a few
    # undated reports from their events)
    assert sum(int(r["fatalities"]) for r in exported) < 150


def test_per_report_keeps_each_articles_rows_and_the_geojson_and_kml_are_the_maps(week):
    corpus, out, events = week
    result = export(week, "--per", "report", name="reports.csv")
    reports = rows(out / "reports.csv")
    # a row per event and article: a toll told in the sentence after its event is one more source
    assert len(reports) == len({(event_id, s["article_id"]) for event_id, ev in events.items()
                                for s in ev["sources"]}) > len(events)
    assert all("; " not in r["article_id"] for r in reports)
    assert f"(csv, {len(reports)} events)" in result.output
    # GeoJSON per event is the map's own map.geojson; KML a placemark per map event, naming its outlets.
    export(week, name="events.geojson")
    assert (out / "events.geojson").read_bytes() == (out / "map.geojson").read_bytes()
    export(week, name="events.kml")
    kml = (out / "events.kml").read_text(encoding="utf-8")
    # (and a folder of the outlines of the regions with events: "Gezira", beside "Gezira: Ground operation")
    event_marks = re.findall(r"<Placemark>\s*<name>[^<]*: [^<]*</name>", kml)
    assert len(event_marks) == len(events) and kml.count("<Placemark>") >= len(events)
    assert "Source: Sahel Wire: Drone strike on El Fasher market kills seven (2025-03-03)" in \
        kml.replace("&lt;", "<").replace("&gt;", ">")
    assert "--per [event|report]" in run("export", "--help").output


def test_export_counts_the_events_it_wrote_not_those_of_a_hidden_place(tmp_path):
    # Hiding a place (the audit's was Al-Tabqa, Omdurman's Al-Thawra market misread as a town in
    # Syria) left export saying "(csv, 3 events)" for 2 rows.
    article = tmp_path / "live.txt"
    shutil.copy(SUDAN_WEEK / "live" / "2025-03-06-live.txt", article)
    assert run("extract", article).exit_code == 0
    data = tmp_path / "live.geomap.yaml"
    text = data.read_text(encoding="utf-8")
    assert "  - id: omdurman\n" in text and text.count("place: omdurman") == 1 and text.count("place: ") == 3
    data.write_text(text.replace("  - id: omdurman\n", "  - id: omdurman\n    hidden: true\n"), encoding="utf-8")
    for suffix in ("csv", "geojson", "kml"):
        result = run("export", data, "-o", tmp_path / f"events.{suffix}")
        assert result.exit_code == 0, result.output
        written = (tmp_path / f"events.{suffix}").read_text(encoding="utf-8")
        count = {"csv": lambda: len(rows(tmp_path / "events.csv")),
                 "geojson": lambda: sum(len(f["properties"]["events"]) for f in json.loads(written)["features"]),
                 "kml": lambda: written.count('<Data name="event_id">')}[suffix]()
        assert "omdurman-ground_operation" not in written and count == 2
        assert f"({suffix}, {count} events)" in result.output, (suffix, count, result.output)


def test_check_takes_a_folder_and_names_every_bad_files_lines(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SUDAN_WEEK, corpus)
    for name in ("khartoumstar/2025-03-07-karari", "live/2025-03-04-live"):
        assert run("extract", corpus / f"{name}.txt").exit_code == 0
    result = run("check", corpus)
    assert result.exit_code == 0, result.output
    assert "2 data files checked in" in result.output and ": 2 ok, 0 with problems" in result.output
    assert f"{corpus}/live/2025-03-04-live.geomap.yaml: ok (" in result.output
    bad = corpus / "live" / "2025-03-04-live.geomap.yaml"
    text = bad.read_text(encoding="utf-8")
    line = text[:text.index("    lat: ")].count("\n") + 1
    bad.write_text(text.replace("    lat: ", "    lng: ", 1), encoding="utf-8")
    result = run("check", corpus)
    assert result.exit_code == 1
    assert f"error: {bad}:{line}: places[0].lng: unknown key 'lng', did you mean 'lon'?" in result.output
    assert "karari.geomap.yaml: ok (" in result.output and ": 1 ok, 1 with problems" in result.output
    assert "Traceback" not in result.output


def test_a_map_of_places_without_events_says_so(tmp_path):
    # A travel story names 26 places and reports no event: the page said "None was found in the text".
    article = tmp_path / "perth.txt"
    title = "Slow road north: from Perth to the Kimberley"
    article.write_text(PERTH.read_text(encoding="utf-8").replace(f"title: {title}", f'title: "{title}"'),
                       encoding="utf-8")
    result = run("build", article, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    named = int(re.search(r"0 places with events \((\d+) named\)", result.output).group(1))
    assert named > 10
    assert f"note: {named} places named, but none has an event" in result.output
    page = (tmp_path / "out" / "map.html").read_text(encoding="utf-8")
    assert "None was found in the text" not in page
    assert re.search(r"\d+ places were named in the text, but none has an event to map", page)
    # framed on the places named (Perth, Western Australia), not on Europe
    assert "fitBounds([[35.0,-10.0],[60.0,40.0]]" not in page.replace(" ", "")


def test_the_builds_report_count_is_what_export_per_report_writes(tmp_path):
    # Audit 9: build said "76 events from 80 reports" where export --per report wrote 77 events: it
    # counted sentences, and a live blog's two sentences about Cairo's talks are one report. The
    # map also keeps each article's spellings of a place, read back from the build's cache.
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "live.txt").write_text(
        "---\ntitle: Gaza live\npublished: 2025-03-19\n---\n13:00 GMT - Egypt hosts talks in Cairo on Wednesday.\n\n"
        "Egyptian mediators met a Hamas delegation in Cairo on Wednesday to discuss extending the ceasefire, an "
        "official told reporters.\n\nAn Israeli air strike on a house in Khan Younis killed nine people on "
        "Wednesday, medics said.\n", encoding="utf-8")
    (corpus / "wire.txt").write_text(
        "---\ntitle: Strikes in Gaza\npublished: 2025-03-19\n---\nAn Israeli air strike in Khan Yunis killed 12 "
        "people on Wednesday, health officials said.\n\nTalks were held in Cairo on Wednesday, Egyptian officials "
        "said.\n", encoding="utf-8")
    built = run("build", corpus, "-o", out, "--executor", "serial", "--no-progress")
    assert built.exit_code == 0, built.output
    assert "2 events from 4 reports" in built.output  # 5 sentences
    exported = run("export", corpus, "--per", "report", "-o", out / "reports.csv", "--cache",
                   out / ".geomap-corpus.sqlite", "--executor", "serial")
    assert "(csv, 4 events)" in exported.output and len(rows(out / "reports.csv")) == 4
    page = (out / "map.html").read_text(encoding="utf-8")
    # named as the first article spells it, and known by the other's spelling and the gazetteer's too
    assert '"name":"Khan Younis"' in page and '"spellings":["Khan Yunis","Kh\u0101n Y\u016bnis"]' in page
    again = run("build", corpus, "-o", out, "--executor", "serial", "--no-progress")
    assert "unchanged" in again.output and "2 events from 4 reports" in again.output
    assert (out / "map.html").read_text(encoding="utf-8") == page
