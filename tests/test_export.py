"""Exports: GeoJSON, ACLED-style CSV and KML, read back, escaped, deterministic; the export command."""

import csv
import dataclasses
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.export import (CSV_COLUMNS, FORMATS, csv_text, documents_from_csv, documents_from_geojson, export_chunks,
                           export_text, geojson_text, kml_text)
from geomap.model import Article, Document, Event, Figure, Place, Source

KML = "{http://www.opengis.net/kml/2.2}"
NASTY = 'He said "no, never"; <script>alert(1)</script> & {{ 7*7 }}\nnew line, \u2028 and \x0b'


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def docs():
    """Two articles: every precision, every date form, actors beyond two, hostile text, a hidden event."""
    a = Document(Article(text="", id="a", title="First, \"quoted\" title", published="2025-07-23", source="Wire",
                         url="https://example.org/a?x=1&y=2"),
                 [Place("kyiv", "Kyiv", 50.45466, 30.5238, country="UA", admin1="UA.KIEVCITY", gazetteer_id="gn:703448"),
                  Place("kursk", "Kursk Oblast", 51.5, 36.0, kind="admin1", precision="admin1", country="RU",
                        gazetteer_id="ne:RU.KS"),
                  Place("ua", "Ukraine", 49.0, 31.0, kind="country", precision="country", country="UA",
                        gazetteer_id="gn:690791"),
                  Place("unused", "Unused", 1.0, 1.0)],
                 [Event("e1", "kyiv", "strike", "2025-07-22", actors=["Russia", "Ukraine", "Police", "NATO"],
                        figures=[Figure("three people", 3.0, "people")], summary="Strike in Kyiv",
                        sources=[Source(NASTY, 10, 20)]),
                  Event("e2", "kursk", "ground_operation", "2024-08", approximate=True, actors=["Ukraine"],
                        summary="Incursion", sources=[Source("Troops entered Kursk Oblast.", 30, 58)]),
                  Event("e3", "ua", "protest", None, summary="Protests", sources=[]),
                  Event("e4", "ua", "talks", "1944", summary="Old talks", sources=[]),
                  Event("e5", "kyiv", "riot", "2025-07-01", hidden=True)])
    b = Document(Article(text="", id="b", title=None, published=None, source=None),
                 [Place("p", "Abidjan", 5.35, -4.0, country="CI", gazetteer_id="gn:2293538")],
                 [Event("x1", "p", "protest", "0800-12-25", actors=[], summary=NASTY)])
    return [a, b]


def mapped(documents):
    """The places with events and the visible events, as comparable tuples."""
    places, events = set(), set()
    for d in documents:
        used = {e.place for e in d.events if not e.hidden}
        for p in d.places:
            if p.id in used and not p.hidden:
                places.add((d.article.id, p.id, p.name, round(p.lat, 5), round(p.lon, 5), p.precision, p.country))
        for e in d.events:
            if not e.hidden:
                events.add((d.article.id, e.id, e.place, e.type, e.date, e.approximate, tuple(e.actors), e.summary))
    return places, events


def test_geojson_round_trip(docs):
    back = documents_from_geojson(geojson_text(docs))
    assert mapped(back) == mapped(docs)
    e1 = next(e for d in back for e in d.events if e.id == "e1")
    assert e1.sources == [Source(NASTY, 10, 20)] and e1.figures == [Figure("three people", 3.0, "people")]
    assert back[0].article.url == "https://example.org/a?x=1&y=2"


def test_csv_round_trip(docs):
    text = csv_text(docs)
    back = documents_from_csv(text)
    assert mapped(back) == mapped(docs)
    assert {d.article.id: (d.article.title, d.article.source, d.article.url) for d in back} == \
        {"a": ("First, \"quoted\" title", "Wire", "https://example.org/a?x=1&y=2"), "b": (None, None, None)}
    kyiv = next(p for d in back for p in d.places if p.id == "kyiv")
    assert kyiv.admin1 == "UA.KIEVCITY" and kyiv.gazetteer_id == "gn:703448"


def test_csv_cells_that_a_spreadsheet_would_run_are_text(docs):
    # An article's sentence or a typed actor starting with "=", "+", "-" or "@" had been written
    # as it was: a spreadsheet opening the export runs it as a formula. Numbers stay numbers.
    formula = '=HYPERLINK("http://evil.example/","click")'
    a = docs[0]
    a.events[0].sources[0] = Source(formula, 10, 20)
    a.events[0].actors[:2] = ["@SUM(1+1)", "-Russia"]
    a.article = dataclasses.replace(a.article, title="+1 day")
    b = docs[1]
    b.places[0].lon, b.places[0].lat = -4.0, -5.35
    rows = {r["geomap_event_id"]: r for r in csv.DictReader(io.StringIO(csv_text(docs)))}
    e1 = rows["e1"]
    assert (e1["notes"], e1["actor1"], e1["actor2"], e1["article_title"]) == \
        ("'" + formula, "'@SUM(1+1)", "'-Russia", "'+1 day")
    assert (rows["x1"]["latitude"], rows["x1"]["longitude"]) == ("-5.35000", "-4.00000")
    assert mapped(documents_from_csv(csv_text(docs))) == mapped(docs)  # read back as written


def test_csv_has_acled_columns(docs):
    rows = list(csv.DictReader(io.StringIO(csv_text(docs))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert list(CSV_COLUMNS[:18]) == ["event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1",
                                      "actor2", "assoc_actor_1", "country", "admin1", "location", "latitude",
                                      "longitude", "geo_precision", "source", "source_url", "notes", "fatalities"]
    assert len(rows) == 5  # the hidden event is left out
    by_id = {r["geomap_event_id"]: r for r in rows}
    e1 = by_id["e1"]
    assert (e1["event_type"], e1["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (e1["actor1"], e1["actor2"], e1["assoc_actor_1"]) == ("Russia", "Ukraine", "Police; NATO")
    assert (e1["country"], e1["admin1"], e1["location"]) == ("Ukraine", "Kiev City", "Kyiv")
    # (a line break as a space: one row a line, for tools that read a CSV line by line)
    assert e1["notes"] == NASTY.replace("\n", " ") and e1["source"] == "Wire" and e1["year"] == "2025"
    assert {r["geomap_event_id"]: r["geo_precision"] for r in rows} == \
        {"e1": "1", "e2": "2", "e3": "3", "e4": "3", "x1": "1"}
    assert by_id["e2"]["admin1"] == "Kursk Oblast" and by_id["e2"]["event_date"] == "2024-08"
    assert by_id["e3"]["event_date"] == "" and by_id["x1"]["event_date"] == "0800-12-25"
    # ACLED's source is the outlet: an article with none leaves it empty, not its title or id.
    assert by_id["x1"]["source"] == "" and by_id["x1"]["fatalities"] == "0"
    assert [r["geomap_event_id"] for r in rows] == ["x1", "e4", "e2", "e1", "e3"]  # by date, undated last
    # ISO alpha-3 and a number from the event's id: distinct, and stable as exports grow (test_pipeline_api.py)
    assert sorted(re.sub(r"\d+$", "", r["event_id_cnty"]) for r in rows) == ["CIV", "RUS", "UKR", "UKR", "UKR"]
    assert len({r["event_id_cnty"] for r in rows}) == 5


def test_kml_opens_as_xml_with_escaped_text(docs):
    text = kml_text(docs, title="Map <of> & things")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == KML + "kml"
    document = root.find(KML + "Document")
    assert document.find(KML + "name").text == "Map <of> & things"
    marks = [m for folder in document.findall(KML + "Folder") for m in folder.findall(KML + "Placemark")
             if m.find(KML + "Point") is not None]
    assert len(marks) == 5
    e1 = next(m for m in marks if m.find(f"{KML}ExtendedData/{KML}Data[@name='event_id']/{KML}value").text == "e1")
    assert e1.find(f"{KML}TimeStamp/{KML}when").text == "2025-07-22"
    assert e1.find(f"{KML}Point/{KML}coordinates").text == "30.52380,50.45466"
    description = e1.find(KML + "description").text
    # Google Earth renders descriptions as HTML: the article's markup arrives escaped, shown as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{ 7*7 }}" in description and "<script" not in description
    assert "\x0b" not in text  # not allowed in XML 1.0
    undated = next(m for m in marks if m.find(f"{KML}ExtendedData/{KML}Data[@name='event_id']/{KML}value").text == "e3")
    assert undated.find(KML + "TimeStamp") is None
    areas = document.findall(f"{KML}Folder/{KML}Placemark/{KML}MultiGeometry")
    assert len(areas) == 2  # Kursk Oblast and Ukraine, outlined


def test_kml_is_written_a_placemark_at_a_time_as_one_indented_tree(docs):
    # A corpus's 26,000 placemarks were one ElementTree in memory (534 MB); now each is serialized
    # as it comes, and the file is what indenting the whole tree would give.
    chunks = list(export_chunks(docs, "kml", title="t"))
    assert [chunk.count("<Placemark>") for chunk in chunks if "<Placemark>" in chunk] == [1] * 7
    text = "".join(chunks)
    ET.register_namespace("", KML[1:-1])
    tree = ET.fromstring(text.encode("utf-8"))
    ET.indent(tree, space=" ")
    assert text == '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode") + "\n"


def test_exports_are_deterministic(docs):
    for fmt in FORMATS:
        assert export_text(docs, fmt) == export_text(list(reversed(docs)), fmt) or fmt == "geojson"
        assert export_text(docs, fmt) == export_text(docs, fmt)
    with pytest.raises(ValueError):
        export_text(docs, "xlsx")


def test_export_command(tmp_path, sample_copy):
    out = tmp_path / "out"
    result = run("export", sample_copy, "-o", out / "events.csv")
    assert result.exit_code == 0, result.output
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    assert data_file.exists()  # an article is read through its data file, as build does
    rows = list(csv.DictReader(io.StringIO((out / "events.csv").read_text(encoding="utf-8"))))
    assert "(csv, " in result.output and f"{len(rows)} events)" in result.output
    assert "unchanged" in run("export", sample_copy, "-o", out / "events.csv").output
    # An edit in the data file shows in the next export.
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("name: Istanbul", "name: Constantinople"),
                         encoding="utf-8")
    assert run("export", data_file, "-o", out / "events.csv").exit_code == 0
    assert "Constantinople" in (out / "events.csv").read_text(encoding="utf-8")
    assert run("export", data_file, "-o", out / "map.kml").exit_code == 0
    ET.fromstring((out / "map.kml").read_bytes())
    assert run("export", data_file, "--format", "geojson", "-o", out / "places.json").exit_code == 0
    geo = json.loads((out / "places.json").read_text(encoding="utf-8"))
    assert any(f["properties"]["name"] == "Constantinople" for f in geo["features"])
    assert sorted(p.name for p in out.iterdir()) == ["events.csv", "map.kml", "places.json"]  # no temporary files


def test_export_for_excel_marks_its_csv_as_utf8(tmp_path, sample_copy):
    # Excel reads a CSV without a byte-order mark in the machine's code page: "Khān Yūnis" had
    # shown as "KhÄn YÅ«nis" (a tenth audit).
    plain, excel = tmp_path / "events.csv", tmp_path / "events-excel.csv"
    assert run("export", sample_copy, "-o", plain).exit_code == 0
    result = run("export", sample_copy, "-o", excel, "--excel")
    assert result.exit_code == 0, result.output
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")  # other readers keep a plain UTF-8 CSV
    bad = run("export", sample_copy, "-o", tmp_path / "map.kml", "--excel")
    assert bad.exit_code == 2 and "--excel is for CSV, not kml" in bad.output
    assert not (tmp_path / "map.kml").exists()


def test_export_command_errors(tmp_path, sample_copy):
    bad = CliRunner().invoke(cli, ["export", str(sample_copy), "-o", str(tmp_path / "events.xlsx")])
    assert bad.exit_code == 2 and "unknown export format" in bad.output and "Traceback" not in bad.output
    assert not (tmp_path / "events.xlsx").exists()
    missing = CliRunner().invoke(cli, ["export", str(tmp_path / "nope.geomap.yaml"), "-o", str(tmp_path / "x.csv")])
    assert missing.exit_code == 2 and not (tmp_path / "x.csv").exists()
    assert re.search(r"error: .*nope", missing.output)


def test_export_refuses_to_overwrite_an_input(tmp_path, sample_copy, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("extract", sample_copy).exit_code == 0
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    data_file.write_text(data_file.read_text(encoding="utf-8") + "# my hand edit\n", encoding="utf-8")
    (tmp_path / "link.geojson").symlink_to(data_file)
    article_bytes, data_bytes = sample_copy.read_bytes(), data_file.read_bytes()
    for inputs, out in [([data_file], data_file),  # the data file itself
                        ([data_file], tmp_path / "sub" / ".." / data_file.name),  # another spelling
                        ([data_file], tmp_path / "link.geojson"),  # a symlink to it
                        ([data_file], sample_copy),  # the article the data file names
                        ([sample_copy], data_file.name)]:  # an article's data file, relative
        result = CliRunner().invoke(cli, ["export", *map(str, inputs), "-o", str(out), "--format", "geojson"])
        assert result.exit_code == 2, (out, result.output)
        assert "is also an input" in result.output and "Traceback" not in result.output
    assert sample_copy.read_bytes() == article_bytes and data_file.read_bytes() == data_bytes


def test_a_corpus_export_draws_each_outline_once(docs):
    """Every article that names Ukraine is a feature with Ukraine's outline: one outline object,
    shared, so that a corpus naming it in thousands of articles holds it once (a 51,000-article
    GeoJSON export had peaked at 3.4 GB); a place the user moved stays a point."""
    from dataclasses import replace

    from geomap.export import feature_collection, geojson_lines, shown_only

    copies = [replace(docs[0], article=replace(docs[0].article, id=f"a{i}")) for i in range(3)]
    moved = replace(docs[0], article=replace(docs[0].article, id="moved"),
                    places=[replace(p, coord_source="user") if p.id == "ua" else p for p in docs[0].places])
    features = {f["id"]: f for f in feature_collection([*copies, moved])["features"]}
    outlines = [features[f"a{i}/ua"]["geometry"] for i in range(3)]
    assert outlines[0]["type"] == "MultiPolygon" and all(o is outlines[0] for o in outlines)
    assert features["moved/ua"]["geometry"] == {"type": "Point", "coordinates": [31.0, 49.0]}
    # Written one feature a line, each line the feature's own compact JSON (the outline encoded once).
    collection = feature_collection([*copies, moved])
    text = "".join(geojson_lines(collection))
    lines = text.split("\n")  # not splitlines: a source sentence may hold U+2028, which JSON leaves as it is
    compact = [json.dumps(f, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for f in collection["features"]]
    assert lines[0] == '{"features":[' and [ln.rstrip(",") for ln in lines[1:-3]] == compact
    assert lines[-3:] == ["],", '"type":"FeatureCollection"}', ""] and json.loads(text) == collection
    # What an export keeps of each article: the places and events it shows, not the text.
    kept = shown_only(replace(docs[0], article=replace(docs[0].article, text="A long article.")))
    assert kept.article.text == "" and {p.id for p in kept.places} == {"kyiv", "kursk", "ua"}
    assert "e5" not in {e.id for e in kept.events} and geojson_text([kept]) == geojson_text([docs[0]])


def test_csv_notes_part_the_reports_and_fatalities_count_the_dead(docs):
    a = docs[0]
    e1 = next(e for e in a.events if e.id == "e1")
    e1.sources = [Source("Drones struck Kyiv, killing four people.", 0, 40), Source("Kyiv was hit again.", 50, 69)]
    e1.figures = [Figure("killing four people", 4.0, "people"), Figure("wounding 19", 19.0, "people")]
    row = next(r for r in csv.DictReader(io.StringIO(csv_text(docs))) if r["geomap_event_id"] == "e1")
    assert row["notes"] == "Drones struck Kyiv, killing four people. | Kyiv was hit again."
    assert (row["fatalities"], row["figures"]) == ("4", "killing four people; wounding 19")
