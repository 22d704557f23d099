"""An article copied from a web page with no front matter: its own date line ("Published June 12,
2025", a Guardian trailer's "— By Kate Lamb, The Guardian, Aug 30, 2025") gives the year and the
day that "on Wednesday" counts from. Without it, every event of such an article was undated."""

import json

import pytest
from click.testing import CliRunner

from geomap.article import parse_article, published_in_text
from geomap.cli import cli
from geomap.store import read_document


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("text, iso", [
    ("Floods kill 12 in Kerala\n\nBy Jane Doe, Reuters\nPublished June 12, 2025\n\nKOCHI - Floods.", "2025-06-12"),
    # a first publication before an update
    ("Headline\nUpdated: Aug 30, 2025 10:15 a.m. ET\nPublished Aug 29, 2025\nText.", "2025-08-29"),
    ("Headline\nThu 12 Jun 2025 10.15 BST\nText here.", "2025-06-12"),
    ("Headline\nJune 12, 2025 at 3:04 PM EDT\nText", "2025-06-12"),
    ("BY JOHN SMITH\n12 June 2025\nText", "2025-06-12"),
    ("By Staff | 12 June 2025\nText", "2025-06-12"),
    ("Published: 12 June 2025, 10:15 IST | Source: PTI\nText", "2025-06-12"),
    ("Published 2025-06-12\nText", "2025-06-12"),
    ("Headline\nText.\n\nMore text.\n\nAnd more.\n\n\u2014 By Kate Lamb, The Guardian, Aug 30, 2025", "2025-08-30"),
])
def test_a_pages_date_line(text, iso):
    assert published_in_text(text) == iso


@pytest.mark.parametrize("text", [
    "Remembering the June 12, 2016 Pulse shooting\nText.",  # a headline's date is news
    "On June 12, 2016, a gunman killed 49 people.\nText.",
    "By June 12, 2025, more than 300 people had died.\nText",  # a sentence, not a byline
    "12 June 2025 marked the anniversary.\nText",
    "Posted: February 30, 2025\nText",  # no such day
    "Headline\n" + "Text.\n" * 20 + "It happened on June 12, 2016.\nMore.\nEnd.",  # a date deep in the body
])
def test_no_date_line(text):
    assert published_in_text(text) is None


ARTICLE = ("Floods kill 12 in Kerala\n\nBy Jane Doe, Reuters\nPublished June 12, 2025\n\n"
           "KOCHI, June 12 (Reuters) - Floods killed 12 people in Kerala on Wednesday, officials said.\n")


def test_a_copied_article_is_dated_by_its_date_line_and_the_data_file_records_it(tmp_path):
    article = tmp_path / "kerala.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("build", article, "-o", tmp_path / "out").exit_code == 0
    doc = read_document(tmp_path / "kerala.geomap.yaml")
    assert doc.article.published == "2025-06-12"  # there to see and correct
    assert [(e.place, e.type, e.date) for e in doc.events] == [("kerala", "disaster", "2025-06-11")]


def test_front_matter_and_a_feeds_published_come_first(tmp_path):
    assert parse_article("---\npublished: 2025-07-01\n---\n" + ARTICLE).published == "2025-07-01"
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(item) for item in [
        {"id": "dated", "text": ARTICLE, "published": "2025-07-01"}, {"id": "own-line", "text": ARTICLE}]) + "\n",
        encoding="utf-8")
    assert run("build", feed, "-o", tmp_path / "out", "--workers", "1").exit_code == 0
    geo = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))
    assert {a["id"]: a["published"] for a in geo["articles"]} == {"dated": "2025-07-01", "own-line": "2025-06-12"}


def test_an_html_page_with_no_date_in_its_head_is_dated_by_its_date_line(tmp_path):
    page = tmp_path / "kerala.html"
    page.write_text("<html><head><title>Floods kill 12 in Kerala</title></head><body><article>"
                    "<h1>Floods kill 12 in Kerala</h1><p class='byline'>By Jane Doe</p><p>Published June 12, 2025</p>"
                    "<p>Floods killed 12 people in Kerala on Wednesday, officials said.</p></article></body></html>",
                    encoding="utf-8")
    assert run("build", page, "-o", tmp_path / "out").exit_code == 0
    geo = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))
    assert [e["date"] for f in geo["features"] for e in f["properties"]["events"]] == ["2025-06-11"]
