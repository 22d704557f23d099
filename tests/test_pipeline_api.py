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
