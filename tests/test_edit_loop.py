"""The edit loop and bad input, as audit 15 found them: data files shared by two articles, exports
read as articles, writes over data files, and what the messages say."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli

FLOOD = ("Floods hit Faenza on 2025-05-16, killing three people. Rescuers reached Forli the next day.\n")
KYIV = ("A drone strike hit Kyiv on 2025-03-04, killing 5 people. Officials in Lviv said the city "
        "was calm.\n")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


# --- 1. two articles with one stem share NAME.geomap.yaml ------------------------------


def test_an_article_never_reads_or_merges_into_the_data_file_of_another(tmp_path):
    (tmp_path / "report.txt").write_text(FLOOD, encoding="utf-8")
    (tmp_path / "report.md").write_text(KYIV, encoding="utf-8")
    built = run("build", tmp_path / "report.txt", "-o", tmp_path / "out")
    assert built.exit_code == 0, built.output
    data_file = tmp_path / "report.geomap.yaml"
    before = data_file.read_bytes()

    for args in (("build", tmp_path / "report.md", "-o", tmp_path / "out-md"),
                 ("extract", tmp_path / "report.md"), ("extract", tmp_path / "report.md", "--force"),
                 ("extract", tmp_path / "report.md", "-o", data_file)):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert f"{data_file}: article.text_file: is the data file of " in result.output
        assert "report.txt, not of " in result.output and "report.md.geomap.yaml" in result.output
        assert "Traceback" not in result.output
        assert data_file.read_bytes() == before
    assert not (tmp_path / "out-md").exists()

    # The way out the message gives works, and leaves the flood article's data file alone.
    own = run("extract", tmp_path / "report.md", "-o", tmp_path / "report.md.geomap.yaml")
    assert own.exit_code == 0, own.output
    assert run("build", tmp_path / "report.md.geomap.yaml", "-o", tmp_path / "out-md").exit_code == 0
    assert data_file.read_bytes() == before

    # A data file whose article was renamed (converted to Markdown) is still that article's.
    (tmp_path / "report.md").unlink()
    (tmp_path / "report.txt").rename(tmp_path / "report.md")
    assert run("build", tmp_path / "report.md", "-o", tmp_path / "out").exit_code == 0


# --- 2. exports and unknown files are no articles ---------------------------------------


@pytest.mark.parametrize("name, what", [("events.csv", "a CSV file (geomap export writes these)"),
                                        ("sudan.geojson", "a GeoJSON file"), ("sudan.kml", "a KML file"),
                                        ("notes.rtf", "a .rtf file, not an article"),
                                        ("README", "a file without a suffix, not an article")])
def test_build_and_extract_refuse_exports_and_unknown_files(tmp_path, name, what):
    path = tmp_path / name
    path.write_text("event_id_cnty,event_date,country\nSDN1,2025-03-04,SD\n", encoding="utf-8")
    for args in (("build", path, "-o", tmp_path / "out"), ("extract", path), ("export", path, "-o", tmp_path / "x.csv")):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert f"{path}: is {what}" in result.output, result.output
        assert "(.txt, .md, .markdown, .html, .htm)" in result.output
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob("*.geomap.yaml"))
    if "export" in what:
        checked = run("check", path)
        assert checked.exit_code == 2 and "not a data file (NAME.geomap.yaml): check or fix the data file it was " \
            "exported from" in checked.output, checked.output


# --- 4, 9. the merge: renamed place ids, and fields geomap writes -----------------------


def _tree(text):
    from geomap.store import _yaml

    return _yaml().load(text)


PLACES = """\
schema: 1
article: {id: a, title: T}
places:
  - {id: el-fasher, name: El Fasher, lat: 13.6, lon: 25.3, gazetteer_id: 'gn:1', score: 0.5, mentions: [[0, 9]],
     alternatives: [{id: 'gn:1', name: El Fasher}, {id: 'gn:2', name: Al Fashir}]}
  - {id: kassala, name: Kassala, lat: 15.4, lon: 36.4, gazetteer_id: 'gn:9'}
events:
  - {id: el-fasher-strike-2025-03-04, place: el-fasher, type: strike, date: '2025-03-04'}
"""


def test_a_new_event_at_a_place_whose_id_the_user_changed_is_kept_there():
    from geomap.merge import merge_tree

    base = _tree(PLACES)
    theirs = _tree(PLACES.replace("id: el-fasher,", "id: fasher,").replace("place: el-fasher,", "place: fasher,"))
    new = _tree(PLACES + "  - {id: el-fasher-strike-2025-03-05, place: el-fasher, type: strike, date: '2025-03-05'}\n")
    r = merge_tree(base, theirs, new)
    assert [p["id"] for p in theirs["places"]] == ["fasher", "kassala"]
    assert [(e["id"], e["place"]) for e in theirs["events"]] == [
        ("el-fasher-strike-2025-03-04", "fasher"), ("el-fasher-strike-2025-03-05", "fasher")]
    assert r.added == ["events[el-fasher-strike-2025-03-05]"] and r.renamed == ["el-fasher -> fasher"]
    assert "deleted" not in theirs and r.conflicts == [] and r.stays_deleted == []


def test_fields_geomap_wrote_are_no_conflicts():
    from geomap.merge import merge_tree

    # `geomap fix el-fasher --use gn:2` blanked the score; the article changed and so did the score.
    base = _tree(PLACES)
    theirs = _tree(PLACES.replace("lat: 13.6, lon: 25.3, gazetteer_id: 'gn:1', score: 0.5",
                                  "lat: 13.7, lon: 25.4, gazetteer_id: 'gn:2', score: null"))
    new = _tree(PLACES.replace("score: 0.5, mentions: [[0, 9]]", "score: 0.9, mentions: [[4, 13]]"))
    r = merge_tree(base, theirs, new)
    fasher = theirs["places"][0]
    assert r.conflicts == [] and fasher["score"] is None and fasher["gazetteer_id"] == "gn:2"
    assert fasher["mentions"] == [[4, 13]]  # the name's offsets in the article as it now reads

    # A place added by hand and placed with `geomap fix`, which the article then names.
    hand = PLACES.replace("gazetteer_id: 'gn:9'}", "gazetteer_id: 'gn:9', score: null,\n"
                                                   "     alternatives: [{id: 'gn:9', name: Kassala}]}")
    base = _tree(PLACES.replace("  - {id: kassala, name: Kassala, lat: 15.4, lon: 36.4, gazetteer_id: 'gn:9'}\n", ""))
    theirs = _tree(hand)
    new = _tree(PLACES.replace("gazetteer_id: 'gn:9'}", "gazetteer_id: 'gn:9', score: 0.99, mentions: [[20, 27]],\n"
                                                        "     alternatives: [{id: 'gn:9', name: Kassala, score: 7.0}]}"))
    r = merge_tree(base, theirs, new)
    kassala = theirs["places"][1]
    assert r.conflicts == [], [c.describe() for c in r.conflicts]
    assert (kassala["score"], kassala["mentions"]) == (0.99, [[20, 27]])


# --- 5-8, 10, 17. messages, outputs and exit statuses -----------------------------------


@pytest.fixture
def kyiv(tmp_path):
    """A short article extracted into its data file."""
    article = tmp_path / "kyiv.txt"
    article.write_text(KYIV, encoding="utf-8")
    assert run("extract", article).exit_code == 0
    return article, tmp_path / "kyiv.geomap.yaml"


def test_fix_on_a_folder_it_cannot_write_is_a_clean_error(kyiv, monkeypatch):
    import errno

    import geomap.store

    _, data_file = kyiv
    before = data_file.read_bytes()

    def read_only(path, content):
        raise OSError(errno.EPERM, f"Operation not permitted (in {path.parent})", str(path))

    monkeypatch.setattr(geomap.store, "write_atomic", read_only)
    result = run("fix", data_file, "kyiv", "--use", "gn:703448")
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: {data_file}: cannot write: Operation not permitted (in ")
    assert "internal error" not in result.output and data_file.read_bytes() == before


@pytest.mark.parametrize("name", ["other.geomap.yaml", ".other.geomap.base.yaml",
                                  "OTHER.GEOMAP.YAML",  # one file on macOS and Windows
                                  "keep.geomap.yml"])  # a data file to build and check too
def test_export_and_snapshot_never_write_over_a_data_file(kyiv, name):
    article, _ = kyiv
    other = article.with_name(name)
    other.write_text("# someone's hand-edited data file\n", encoding="utf-8")
    for args in (("export", article, "-o", other, "--format", "csv"), ("snapshot", article, "-o", other)):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert f"{other}: is named as a data file" in result.output
    assert other.read_text(encoding="utf-8") == "# someone's hand-edited data file\n"
    assert run("export", article, "-o", article.with_name("fresh.geomap.yaml"), "--format", "csv").exit_code == 2
    # Without --format too, it says why (it had said "unknown export format").
    refused = run("export", article, "-o", article.with_name("OTHER.GEOMAP.YAML"))
    assert refused.exit_code == 2 and "is named as a data file" in refused.output


def test_without_a_base_copy_the_message_says_a_deletion_comes_back(kyiv):
    article, data_file = kyiv
    text = data_file.read_text(encoding="utf-8")
    start = text.index("  - id: lviv-")
    data_file.write_text(text[:start] + text[text.index("\n  - id: ", start + 1) + 1:] if "\n  - id: " in
                         text[start + 1:] else text[:start], encoding="utf-8")
    deleted_event = text[start:].split("\n")[0].split("id: ")[1]
    data_file.with_name(".kyiv.geomap.base.yaml").unlink()
    result = run("extract", article)
    assert result.exit_code == 0, result.output
    assert "what you deleted cannot be told from what is new, so it is back" in result.output
    assert f"events[{deleted_event}]" in result.output
    assert "every difference was kept as yours\n" not in result.output


def test_build_and_check_of_a_data_file_say_its_article_changed(kyiv):
    import os

    article, data_file = kyiv
    later = data_file.stat().st_mtime + 60
    os.utime(article, (later, later))
    note = f"note: {article}: changed after its data file kyiv.geomap.yaml"
    for args in (("build", data_file, "-o", article.parent / "out"), ("check", data_file),
                 ("check", article.parent), ("build", article, "-o", article.parent / "out")):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert note in result.output, (args, result.output)


def test_build_title_names_the_page_and_the_embed(kyiv, tmp_path):
    article, _ = kyiv
    flood = tmp_path / "flood.txt"
    flood.write_text(FLOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", article, flood, "-o", out, "--embed", "--title", "Strikes & floods <2025>")
    assert result.exit_code == 0, result.output
    assert "<title>Strikes &amp; floods &lt;2025&gt;</title>" in (out / "map.html").read_text(encoding="utf-8")
    embed = (out / "embed.html").read_text(encoding="utf-8")
    assert 'title="Map: Strikes &amp; floods &lt;2025&gt;"' in embed and "geomap: 2 articles" not in embed
    corpus = run("build", tmp_path, "-o", tmp_path / "corpus-out", "--embed", "--title", "A week of news")
    assert corpus.exit_code == 0, corpus.output
    assert "<title>A week of news</title>" in (tmp_path / "corpus-out" / "map.html").read_text(encoding="utf-8")
    assert "Map: A week of news" in (tmp_path / "corpus-out" / "embed.html").read_text(encoding="utf-8")


def test_check_of_a_folder_without_data_files_fails(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "dir.geomap.yaml").mkdir()
    for folder in (tmp_path / "empty", tmp_path / "dir.geomap.yaml"):
        result = run("check", folder)
        assert result.exit_code == 2, result.output
        assert "is a folder with no data files (*.geomap.yaml) to check" in result.output


# --- 11. plausible but wrong hand values ------------------------------------------------


def _line_of(text, fragment):
    return text[:text.index(fragment)].count("\n") + 1


def test_swapped_coordinates_and_an_event_years_after_the_article_get_a_note(kyiv):
    article, data_file = kyiv
    text = data_file.read_text(encoding="utf-8")
    text = text.replace("lat: 50.45466\n    lon: 30.5238", "lat: 30.5238\n    lon: 50.45466")  # in Iran
    text = text.replace("published:\n", "published: '2025-03-05'\n")
    text = text.replace("date:\n", "date: '2035-03-04'\n", 1)
    data_file.write_text(text, encoding="utf-8")
    date_line = _line_of(text, "date: '2035")
    for args in (("check", data_file), ("build", data_file, "-o", article.parent / "out")):
        result = run(*args)
        assert result.exit_code == 0, result.output  # notes, not errors: the user may mean it
        assert (f"note: {data_file}:{_line_of(text, 'lat: 30.5238')}: places[0].lat: 30.5238, 50.4547 is outside "
                "UA, the country of Kyiv; are lat and lon swapped? (50.4547, 30.5238 is inside it)") in result.output
        assert (f"note: {data_file}:{date_line}: events[0].date: 2035-03-04 is 10 years after the "
                "article was published (2025-03-05); a typo for the year?") in result.output

    # A place moved by hand inside its country, and an event the week after the article: no note.
    text = text.replace("lat: 30.5238\n    lon: 50.45466", "lat: 50.1\n    lon: 30.2")
    data_file.write_text(text.replace("'2035-03-04'", "'2025-03-11'"), encoding="utf-8")
    result = run("check", data_file)
    assert result.exit_code == 0 and "note:" not in result.output, result.output


# --- 14. rewrites keep the user's file as they wrote it ---------------------------------


def test_fix_and_extract_keep_line_ends_bom_and_quotes(kyiv):
    import re

    article, data_file = kyiv
    text = data_file.read_text(encoding="utf-8").replace(
        "summary: Statement in Lviv", 'summary: "Statement in Lviv"  # quoted on purpose')
    data_file.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    article.write_text(KYIV + "Shelling hit Kharkiv on 2025-03-05.\n", encoding="utf-8")
    for args in (("fix", data_file, "lviv", "--use", "ne:UA.LV"), ("extract", article)):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        data = data_file.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), args
        assert re.search(rb"(?<!\r)\n", data) is None, args  # every line still ends CRLF
        assert b'summary: "Statement in Lviv"  # quoted on purpose\r\n' in data, args
    assert b"Kharkiv" in data and b"gazetteer_id: ne:UA.LV" in data
    # Starting afresh replaces the content, not the file's line ends and BOM.
    assert run("extract", article, "--force").exit_code == 0
    data = data_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and re.search(rb"(?<!\r)\n", data) is None
    assert b"Kharkiv" in data and b"quoted on purpose" not in data


def test_a_read_only_data_file_is_never_rewritten(kyiv):
    import os
    import stat

    article, data_file = kyiv
    data_file.chmod(0o444)
    before = data_file.read_bytes()
    article.write_text(KYIV + "Shelling hit Kharkiv on 2025-03-05.\n", encoding="utf-8")
    for args in (("fix", data_file, "lviv", "--use", "ne:UA.LV"), ("extract", article), ("extract", article, "--force")):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.output == (f"error: {data_file}: is read-only, so geomap leaves it as it is; to let geomap "
                                 f"change it, make it writable (chmod u+w {data_file}) and run the command again\n")
        assert data_file.read_bytes() == before and stat.S_IMODE(os.stat(data_file).st_mode) == 0o444


# --- 15. hints for common hand edits ----------------------------------------------------


def test_hints_for_an_event_added_without_id_and_for_events_of_a_deleted_place(kyiv):
    _, data_file = kyiv
    text = data_file.read_text(encoding="utf-8")
    start = text.index("  - id: lviv\n")
    text = text[:start] + text[text.index("events:\n"):]  # the place deleted, its statement left
    text = text.replace("events:\n", "events:\n  - place: kyiv\n    type: protest\n    date: '2025-03-04'\n", 1)
    data_file.write_text(text, encoding="utf-8")
    result = run("check", data_file)
    assert result.exit_code == 2
    line = _line_of(text, "  - place: kyiv")
    assert (f"error: {data_file}:{line}: events[0].id: is required; add id: (give it a unique id in the form "
            "place-type-date, such as 'kyiv-protest-2025-03-04')") in result.output, result.output
    line = _line_of(text, "    place: lviv")
    assert (f"error: {data_file}:{line}: events[2].place: no place with id 'lviv'; if you deleted that place, "
            "delete events[2] too (to keep the place off the map but its events in the file, put the place back "
            "with hidden: true), else use the id of one of the places") in result.output, result.output


# --- 7. build --strict ------------------------------------------------------------------


def test_build_strict_fails_on_a_data_file_with_errors_and_writes_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kyiv.txt").write_text(KYIV, encoding="utf-8")
    (corpus / "flood.txt").write_text(FLOOD, encoding="utf-8")
    assert run("extract", corpus / "kyiv.txt").exit_code == 0
    data_file = corpus / "kyiv.geomap.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("type: strike", "type: stike"),
                         encoding="utf-8")
    lenient = run("build", corpus, "-o", tmp_path / "lenient")
    assert lenient.exit_code == 0 and (tmp_path / "lenient" / "map.html").exists()  # documented: the rest is mapped
    strict = run("build", corpus, "-o", tmp_path / "strict", "--strict")
    assert strict.exit_code == 2, strict.output
    assert "events[0].type: unknown event type 'stike'" in strict.output
    assert strict.output.rstrip().endswith(f"error: {corpus}: --strict: 1 article skipped or mapped without the "
                                           "corrections of its data file (above); nothing written")
    assert not (tmp_path / "strict" / "map.html").exists() and not (tmp_path / "strict" / "map.geojson").exists()
    # Fixed, the strict build maps it; a single article with --strict builds as without it.
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("type: stike", "type: strike"),
                         encoding="utf-8")
    assert run("build", corpus, "-o", tmp_path / "strict", "--strict").exit_code == 0
    assert run("build", corpus / "kyiv.txt", "-o", tmp_path / "one", "--strict").exit_code == 0
