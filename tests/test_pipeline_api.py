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
from geomap.article import published_iso
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


# --- the API's build given a feed or a folder ------------------------------------------------


def test_api_build_maps_a_jsonl_feed_as_the_cli_does_and_writes_nothing_beside_it(tmp_path):
    # It read the whole feed as one article (every event undated: "published" never read) and
    # wrote feed.geomap.yaml beside it; a folder failed with "is a directory".
    (tmp_path / "feed").mkdir()
    feed = write_jsonl(tmp_path / "feed" / "news.jsonl", FEED)
    result = api.build([feed], tmp_path / "api", workers=1, progress=False)
    assert sorted(p.name for p in feed.parent.iterdir()) == ["news.jsonl"]
    assert sorted(e.date for e in result.document.events) == ["2025-03-03", "2025-03-04"]  # "published" read
    assert len(result.documents) == 1 and len(result.corpus) == 2
    cli_run = run("build", feed, "-o", tmp_path / "cli", "--workers", "1")
    assert cli_run.exit_code == 0, cli_run.output
    assert (tmp_path / "api" / "map.geojson").read_bytes() == (tmp_path / "cli" / "map.geojson").read_bytes()
    folder = api.build([feed.parent], tmp_path / "folder", workers=1, progress=False)
    assert len(folder.corpus) == 2 and sorted(p.name for p in feed.parent.iterdir()) == ["news.jsonl"]


def test_api_build_refuses_what_only_works_on_articles_and_no_input_at_all(tmp_path):
    feed = write_jsonl(tmp_path / "news.jsonl", FEED)
    with pytest.raises(InputError, match="geocoder works on articles"):
        api.build([feed], tmp_path / "out", geocoder="nominatim")
    with pytest.raises(InputError, match="no input given"):  # an empty file list is not the sample
        api.build([], tmp_path / "out")
    with pytest.raises(TypeError, match="list of paths"):  # a lone path, which was read letter by letter
        api.build(str(feed), tmp_path / "out")
    assert not (tmp_path / "out").exists()


# --- commands with no input, or "-" ----------------------------------------------------------


@pytest.mark.parametrize("command", [["build"], ["export", "-o", "ev.csv"], ["snapshot"], ["watch"]])
def test_a_command_given_no_path_is_a_usage_error_not_the_sample_map(tmp_path, monkeypatch, command):
    # An empty file list in a cron job published the July 2025 sample map, exit 0.
    monkeypatch.chdir(tmp_path)
    result = run(*command)
    assert result.exit_code == 2
    assert "no PATH given" in result.output and "geomap with no command maps the sample article" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["build", "extract"])
def test_dash_says_standard_input_is_not_read(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [command, "-"], input="Drones struck Kharkiv on Monday.")
    assert result.exit_code == 2
    assert f"geomap {command} does not read standard input (-)" in result.output
    assert "no such file" not in result.output


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
    # RSS's RFC 2822 dates and 20250301 had the whole article skipped; Unix time and GDELT's
    # YYYYMMDDHHMMSS had been warned about and the article mapped undated.
    items = [{"id": "rss", "text": "Drones struck Sumy on Saturday, killing two.",
              "published": "Sat, 01 Mar 2025 10:00:00 GMT"},
             {"id": "compact", "text": "Drones struck Dnipro on Saturday, killing two.", "published": "20250301"},
             {"id": "epoch", "text": "Drones struck Kherson on Saturday, killing two.", "published": 1740823200},
             {"id": "gdelt", "text": "Drones struck Odesa on Saturday, killing two.", "published": 20250301101500},
             {"id": "ms", "text": "Drones struck Kharkiv on Saturday, killing two.", "published": 1740823200000},
             {"id": "odd", "text": "Drones struck Poltava on Saturday, killing two.", "published": 17408232001}]
    feed = write_jsonl(tmp_path / "dates.jsonl", items)
    result = run("build", feed, "-o", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert f"{feed}:6: published: 17408232001 is not a date" in result.stderr
    assert "mapped without a publication date" in result.stderr
    assert f"{feed}:3" not in result.stderr and f"{feed}:4" not in result.stderr
    assert "6 articles (6 extracted), 0 skipped" in result.output
    geo = json.loads((tmp_path / "out" / "map.geojson").read_text(encoding="utf-8"))
    dates = {f["properties"]["name"]: [e["date"] for e in f["properties"]["events"]] for f in geo["features"]}
    assert dates == {"Sumy": ["2025-03-01"], "Dnipro": ["2025-03-01"], "Kherson": ["2025-03-01"],
                     "Odesa": ["2025-03-01"], "Kharkiv": ["2025-03-01"], "Poltava": [None]}


@pytest.mark.parametrize("value, iso", [
    (1740823200, "2025-03-01"), ("1740823200", "2025-03-01"), (1740823200.75, "2025-03-01"),
    (1740873599, "2025-03-01"), (1740873600, "2025-03-02"),  # midnight UTC, whatever this machine's zone
    (1740823200123, "2025-03-01"), (599529600, "1988-12-31"), ("20250301235959", "2025-03-01")])
def test_unix_time_and_gdelt_dates(value, iso):
    assert published_iso(value) == iso


@pytest.mark.parametrize("value", [17408232001, 12345678, "20250301246000", -1740823200, 1e20, float("nan"), True])
def test_digits_that_are_no_date_are_refused(value):
    # 11 digits are seconds after 2286 or milliseconds of 1973: no telling which
    with pytest.raises(ValueError):
        published_iso(value)


# --- --near on an article that has a data file -----------------------------------------------


def test_near_says_it_is_not_used_once_the_data_file_exists(tmp_path):
    article = tmp_path / "od.txt"
    article.write_text("Drones struck Odessa on Monday.\n", encoding="utf-8")
    assert run("build", article, "-o", tmp_path / "out", "--near", "US").exit_code == 0
    again = run("build", article, "-o", tmp_path / "out", "--near", "UA")
    assert again.exit_code == 0
    assert "--near UA was not used" in again.stderr and f"geomap extract {article} --near UA" in again.stderr
    assert "--force" in again.stderr
    quiet = run("build", article, "-o", tmp_path / "out")
    assert "--near" not in quiet.output


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


# --- counts and the CSV read back ------------------------------------------------------------


def test_one_event_is_one_event_in_messages(tmp_path):
    article = tmp_path / "k.txt"
    article.write_text("Drones struck Kharkiv on Monday, killing two people.\n", encoding="utf-8")
    extracted = run("extract", article)
    assert extracted.exit_code == 0 and ": 1 place, 1 event" in extracted.output, extracted.output
    exported = run("export", article, "-o", tmp_path / "k.csv")
    assert "(csv, 1 event)" in exported.output
    checked = run("check", tmp_path / "k.geomap.yaml")
    assert "ok (1 place, 1 event)" in checked.output


def test_documents_from_csv_reads_the_figures_back():
    # Every figure was dropped, and with them the tolls.
    doc = read_document(DATA_FILE)
    back = documents_from_csv(csv_text([doc]))[0]
    figures = {e.id: e.figures for e in doc.events}
    assert sum(1 for e in back.events if e.figures) == 4
    # (a figure told by its number alone, "including 11 over Rostov Oblast", is written with its unit, "11 drones",
    # and comes back so: the same count of the same things)
    assert all([(f.value, f.unit, f.share) for f in e.figures] == [(f.value, f.unit, f.share) for f in figures[e.id]]
               for e in back.events)
