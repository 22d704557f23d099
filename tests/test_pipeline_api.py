"""What a data desk wiring geomap into its pipeline met (audit 10): the Python API given a feed,
commands given no input or "-", stable CSV ids, feed dates, bad API input, a retyped event's
summary, and the CSV read back."""

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap import api
from geomap.api import SAMPLE_ARTICLE
from geomap.cli import cli
from geomap.errors import InputError
from geomap.export import csv_text, documents_from_csv, geojson_text
from geomap.model import Article
from geomap.pipeline import extract, geoparse
from geomap.store import read_document

DATA_FILE = SAMPLE_ARTICLE.with_name(SAMPLE_ARTICLE.stem + ".geomap.yaml")

FEED = [{"id": "k1", "text": "Russian drones struck Kharkiv on Tuesday, killing three people.",
         "published": "2025-03-05", "title": "Kharkiv"},
        {"id": "o1", "text": "Russian forces shelled Odesa on Monday, wounding four people.",
         "published": "2025-03-04", "title": "Odesa"}]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def write_jsonl(path: Path, items) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- event_id_cnty ---------------------------------------------------------------------------


def _ids(rows) -> dict[str, str]:
    return {r["geomap_event_id"]: r["event_id_cnty"] for r in rows}


def test_event_id_cnty_stays_the_same_when_an_export_grows(tmp_path):
    # A running number: the Donetsk shelling was UKR4, then UKR5 once a new article's event came first.
    feed = write_jsonl(tmp_path / "day1.jsonl", FEED)
    first = run("export", feed, "-o", tmp_path / "day1.csv", "--workers", "1", "--cache", tmp_path / "c.sqlite")
    assert first.exit_code == 0, first.output
    earlier = {"id": "z0", "text": "Russian forces shelled Zaporizhzhia on Sunday, killing two people.",
               "published": "2025-03-03"}
    feed2 = write_jsonl(tmp_path / "day2.jsonl", [earlier] + FEED)
    second = run("export", feed2, "-o", tmp_path / "day2.csv", "--workers", "1", "--cache", tmp_path / "c.sqlite")
    assert second.exit_code == 0, second.output
    before, after = _ids(csv_rows((tmp_path / "day1.csv").read_text())), \
        _ids(csv_rows((tmp_path / "day2.csv").read_text()))
    assert len(after) == 3 and all(after[k] == v for k, v in before.items())
    assert all(v.startswith("UKR") for v in after.values()) and len(set(after.values())) == 3


def test_event_id_cnty_of_an_article_does_not_depend_on_the_other_articles_exported(tmp_path):
    talks = read_document(DATA_FILE)
    alone = _ids(csv_rows(csv_text([talks])))
    other = extract(Article("Russian forces shelled Kherson on Monday, killing two people.", id="a-kherson",
                            published="2025-03-04"))
    together = _ids(r for r in csv_rows(csv_text([talks, other])) if r["article_id"] == talks.article.id)
    assert together == alone


def test_colliding_event_numbers_take_the_next_free_one(monkeypatch):
    from geomap import export

    monkeypatch.setattr(export, "_event_number", lambda key: 7)
    ids = [r["event_id_cnty"] for r in csv_rows(csv_text([read_document(DATA_FILE)]))]
    assert len(set(ids)) == len(ids) and "UKR7" in ids and "UKR8" in ids


# --- bad input to the Python API -------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [(b"Drones struck Kharkiv.", "not bytes: decode it first"),
                                             (None, "not None"), (123, "not int")])
def test_geoparse_says_it_wants_a_str(value, expected):
    with pytest.raises(TypeError, match=f"geoparse\\(text\\) expects the text as a str, {expected}"):
        geoparse(value)


def test_extract_says_it_wants_an_article():
    with pytest.raises(TypeError, match="expects a geomap.model.Article, not str: extract\\(Article\\(text\\)\\)"):
        extract("Drones struck Kharkiv on Monday.")
    with pytest.raises(TypeError, match="article.text expects the text as a str, not None"):
        extract(Article(None))


@pytest.mark.parametrize("published", ["2025-03-04T10:00:00+05:00", "2025-03-04 10:00", "Tue, 04 Mar 2025 10:00:00 GMT"])
def test_an_article_takes_the_dates_a_feed_gives(published):
    # A date-time, which the CLI accepts in JSONL, raised "Invalid isoformat string" in article.py.
    doc = extract(Article("Drones struck Kharkiv on Monday, killing two people.", published=published))
    assert [e.date for e in doc.events] == ["2025-03-03"]


def test_an_article_with_no_readable_date_names_the_field():
    with pytest.raises(InputError, match="published: 'last Tuesday' is not a date"):
        extract(Article("Drones struck Kharkiv on Monday.", published="last Tuesday"))


def test_front_matter_takes_an_rss_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: Tue, 04 Mar 2025 10:00:00 GMT\n---\nDrones struck Kharkiv on Monday.\n",
                       encoding="utf-8")
    assert api.read_article_file(article).published == "2025-03-04"


# --- dates in a feed -------------------------------------------------------------------------


def test_rss_and_compact_dates_are_read_and_an_unreadable_one_maps_the_article_undated(tmp_path):
    # RSS's RFC 2822 dates and 20250301 had the whole article skipped.
    items = [{"id": "rss", "text": "Drones struck Sumy on Saturday, killing two.",
              "published": "Sat, 01 Mar 2025 10:00:00 GMT"},
             {"id": "compact", "text": "Drones struck Dnipro on Saturday, killing two.", "published": "20250301"},
             {"id": "epoch", "text": "Drones struck Kherson on Saturday, killing two.", "published": 1740823200}]
    feed = write_jsonl(tmp_path / "dates.jsonl", items)
    result = run("build", feed, "-o", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert f"{feed}:3: published: 1740823200 is not a date" in result.stderr
    assert "mapped without a publication date" in result.stderr
    assert "3 articles (3 extracted), 0 skipped" in result.output
    geo = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))
    dates = {f["properties"]["name"]: [e["date"] for e in f["properties"]["events"]] for f in geo["features"]}
    assert dates == {"Sumy": ["2025-03-01"], "Dnipro": ["2025-03-01"], "Kherson": [None]}


# --- a retyped event's summary ---------------------------------------------------------------


def _retyped(tmp_path) -> Path:
    """The sample's data file with the Novocherkassk strike retyped as shelling, and the Rostov one
    given a summary of the user's own."""
    text = DATA_FILE.read_text(encoding="utf-8")
    start = text.index("- id: novocherkassk-strike-2025-07-22")
    end = text.index("\n  - id:", start + 1)
    event = text[start:end].replace("type: strike", "type: shelling", 1)
    assert "summary: Air or drone strike in Novocherkassk" in event
    text = text[:start] + event + text[end:]
    text = text.replace("summary: Air or drone strike in Rostov Oblast", "summary: Air or drone strike on the depot")
    out = tmp_path / "talks.geomap.yaml"
    out.write_text(text, encoding="utf-8")
    return out


def test_a_retyped_events_default_summary_follows_its_type(tmp_path):
    doc = read_document(_retyped(tmp_path))
    rows = {r["geomap_event_id"]: r for r in csv_rows(csv_text([doc]))}
    shelling = rows["novocherkassk-strike-2025-07-22"]
    assert shelling["geomap_type"] == "shelling" and shelling["summary"] == "Shelling or missile attack in Novocherkassk"
    assert rows["rostov-oblast-strike-2025-07-23"]["summary"] == "Air or drone strike on the depot"  # the user's words
    geo = json.loads(geojson_text([doc]))
    summaries = {e["id"]: e["summary"] for f in geo["features"] for e in f["properties"]["events"]}
    assert summaries["novocherkassk-strike-2025-07-22"] == "Shelling or missile attack in Novocherkassk"


def test_a_retyped_events_popup_leaves_out_the_old_types_summary(tmp_path):
    from geomap.render.data import page_data

    data = json.dumps(page_data([read_document(_retyped(tmp_path))]), ensure_ascii=False)
    assert "Air or drone strike in Novocherkassk" not in data
    assert "Air or drone strike on the depot" in data


# --- the CSV read back -------------------------------------------------------------------


def test_documents_from_csv_reads_the_figures_back():
    # Every figure was dropped, and with them the tolls.
    doc = read_document(DATA_FILE)
    back = documents_from_csv(csv_text([doc]))[0]
    figures = {e.id: e.figures for e in doc.events}
    assert sum(1 for e in back.events if e.figures) == 4
    assert all(e.figures == figures[e.id] for e in back.events)
