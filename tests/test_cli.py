"""The CLI end to end, through click's CliRunner, on real files."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.api import SAMPLE_ARTICLE
from geomap.cli import cli

DATA_FILE = SAMPLE_ARTICLE.with_name(SAMPLE_ARTICLE.stem + ".geomap.yaml")

REPO_ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_no_arguments_maps_the_sample(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run()
    assert result.exit_code == 0, result.output
    html = (tmp_path / "output" / "map.html").read_text(encoding="utf-8")
    geo = json.loads((tmp_path / "output" / "map.geojson").read_text(encoding="utf-8"))
    assert "Novocherkassk" in html and "cdn." not in html
    names = {f["properties"]["name"] for f in geo["features"]}
    assert {"Istanbul", "Novocherkassk", "Kursk Oblast", "Odessa"} <= names  # "Odessa", as the article spells it
    assert all(f["properties"]["country"] != "US" for f in geo["features"])


def test_build_article_creates_data_file_then_uses_it(sample_copy, tmp_path):
    out = tmp_path / "out"
    result = run("build", sample_copy, "-o", out)
    assert result.exit_code == 0, result.output
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    assert data_file.exists() and data_file.name in result.output
    first = (out / "map.html").read_bytes()
    # Rebuilding with no change gives a byte-identical map.
    again = run("build", sample_copy, "-o", out)
    assert "unchanged" in again.output and (out / "map.html").read_bytes() == first
    # A user's fix in the data file shows in the next build.
    text = data_file.read_text(encoding="utf-8").replace("lat: 41.01384", "lat: 41.5")
    data_file.write_text(text, encoding="utf-8")
    fixed = run("build", data_file, "-o", out)
    assert fixed.exit_code == 0
    geo = json.loads((out / "map.geojson").read_text(encoding="utf-8"))
    istanbul = next(f for f in geo["features"] if f["properties"]["name"] == "Istanbul")
    assert istanbul["geometry"]["coordinates"] == [28.9497, 41.5]


def test_build_counts_what_the_map_shows_and_names_places_it_cannot_draw(tmp_path):
    # A place added by hand without coordinates had its event dropped without a word, and the
    # counts had included it and the hidden events.
    data_file = tmp_path / "talks.geomap.yaml"
    text = DATA_FILE.read_text(encoding="utf-8")
    text = text.replace("\nevents:\n", "\n  - id: mellit\n    name: Mellit\n    country: SD\nevents:\n"
                        "  - id: mellit-strike\n    place: mellit\n    type: strike\n    date: '2025-03'\n", 1)
    text = text.replace("    summary: Talks or diplomacy in Istanbul\n",
                        "    summary: Talks or diplomacy in Istanbul\n    hidden: true\n", 1)
    data_file.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(data_file), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "13 places with events (26 named), 14 events on the map" in result.output  # 14 and 15 before
    assert (f"note: {data_file}: place 'mellit' (Mellit) has 1 event but no coordinates, so the map leaves it out"
            in result.output) and "--geocoder" in result.output
    check = CliRunner().invoke(cli, ["check", str(data_file)])
    assert check.exit_code == 0 and "place 'mellit' (Mellit) has 1 event but no coordinates" in check.output


def test_extract_never_overwrites_edits(sample_copy, tmp_path):
    # Issue 5: re-extracting merges into the data file (tests/test_merge.py); --force overwrites.
    target = tmp_path / "a.geomap.yaml"
    assert run("extract", sample_copy, "-o", target).exit_code == 0
    target.write_text(target.read_text(encoding="utf-8") + "# my note\n", encoding="utf-8")
    again = CliRunner().invoke(cli, ["extract", str(sample_copy), "-o", str(target)])
    assert again.exit_code == 0 and "0 conflicts" in again.output
    assert target.read_text(encoding="utf-8").endswith("# my note\n")


def test_parse_docs_contract(tmp_path):
    docs = tmp_path / "docs.jsonl"
    texts = {"a": "Shelling hit Kharkiv and Odessa.", "b": "Nothing here\u2028at all."}
    docs.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    result = run("parse", "--docs", docs)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["id"] for d in lines] == ["a", "b"]
    for m in lines[0]["mentions"]:
        assert texts["a"][m["start"]:m["end"]] == m["text"]
        assert {"text", "start", "end", "name", "lat", "lon", "kind", "country"} <= set(m)
    assert [m["name"] for m in lines[0]["mentions"]] == ["Kharkiv", "Odesa"]
    assert lines[1]["mentions"] == []


def test_parse_docs_starts_without_the_extraction_only_modules(tmp_path, index):
    """``geomap parse --docs`` imports the geoparser alone: not the event rules, YAML, the map
    renderer or numpy, which only ``extract`` and ``build`` need (start-up time, not asserted).
    With the index built (``index``), as every start after the first finds it: building it reads
    the boundaries, with numpy."""
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": 1, "text": "Flooding closed roads in Pineville, Louisiana."}) + "\n",
                    encoding="utf-8")
    code = ("import sys\nfrom geomap.cli import main\nheavy = set(sys.argv[2:])\n"
            "sys.argv = ['geomap', 'parse', '--docs', sys.argv[1]]\n"
            "try:\n    main()\nfinally:\n    print(sorted(heavy & set(sys.modules)), file=sys.stderr)\n")
    heavy = ["yaml", "geomap.events", "geomap.dates", "geomap.taxonomy", "geomap.render", "folium", "numpy",
             "statistics"]  # not geomap.api: the CLI registers it as a lazy module, loaded on first use
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", code, str(docs), *heavy], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["mentions"]
    assert proc.stderr.strip().splitlines()[-1] == "[]"


def test_parse_article_file():
    result = run("parse", SAMPLE_ARTICLE)
    (doc,) = [json.loads(line) for line in result.output.splitlines()]
    assert any(m["name"] == "Novocherkassk" for m in doc["mentions"])


def test_check(tmp_path, sample_copy):
    run("extract", sample_copy)
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    result = run("check", data_file)
    assert result.exit_code == 0 and "ok" in result.output


@pytest.mark.parametrize("make, expected", [
    (lambda d: d / "missing.txt", "missing.txt: no such file"),
    (lambda d: _write(d / "empty.txt", b"  \n"), "empty.txt: empty file"),
    (lambda d: _write(d / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary.txt: binary file"),
    (lambda d: _write(d / "latin1.txt", "Kyiv\nCôte d'Ivoire".encode("latin-1")), "latin1.txt:2: not UTF-8 text (byte 0xf4 at offset 6); save it as UTF-8, e.g. iconv -f windows-1252 -t utf-8 "
     "latin1.txt > utf8-latin1.txt"),
    (lambda d: _write(d / "bad.geomap.yaml", b"schema: 1\nplaces: [\n"), "bad.geomap.yaml:3: YAML syntax error"),
])
def test_bad_inputs_one_line_exit_2_nothing_overwritten(tmp_path, make, expected):
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("previous map", encoding="utf-8")
    path = make(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.output
    assert "Traceback" not in result.output
    assert (out / "map.html").read_text(encoding="utf-8") == "previous map"


def test_bad_value_in_data_file_keeps_previous_map(sample_copy, tmp_path):
    out = tmp_path / "out"
    run("build", sample_copy, "-o", out)
    before = (out / "map.html").read_bytes()
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("type: strike", "type: stike", 1),
                         encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(data_file), "-o", str(out)])
    assert result.exit_code == 2
    assert "did you mean 'strike'?" in result.output and ".type" in result.output
    assert (out / "map.html").read_bytes() == before


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_sample_is_installed_where_the_cli_expects_it():
    assert SAMPLE_ARTICLE.exists() and shutil.which("geomap") is not None


def test_ner_without_spacy_says_which_extra_to_install(sample_copy, monkeypatch):
    import sys

    from geomap.ner import load_pipeline

    monkeypatch.setitem(sys.modules, "spacy", None)  # as if spaCy were not installed
    load_pipeline.cache_clear()
    result = CliRunner().invoke(cli, ["parse", str(sample_copy), "--ner", "en_core_web_sm"])
    assert result.exit_code == 2
    assert result.output.strip() == "error: --ner: the NER stage needs spaCy: pip install 'geomap[ner]'"


@pytest.mark.parametrize("near, expected", [
    ("XX", "'XX' is not a country code"),
    ("a,b,c,d", "'a,b,c,d' is not a box"),
    ("10,20,30", "'10,20,30' is not a box"),
    ("10,nan,20,inf", "not nan or inf"),
    ("100,0,-100,0", "need -90 <= south <= north <= 90"),
    ("10,200,20,30", "west and east must be longitudes"),
])
def test_near_is_validated(sample_copy, tmp_path, near, expected):
    for command in (["parse", str(sample_copy)], ["build", str(sample_copy), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(cli, [*command, "--near", near])
        assert result.exit_code == 2, result.output
        assert "Invalid value for '--near'" in result.output and expected in result.output, result.output
    assert not (tmp_path / "out").exists()


def test_near_takes_a_country_code_or_a_box(sample_copy):
    for near in ("ua", "UA", "XK", "44,22,53,41", "-10,170,10,-170"):  # the last box crosses the antimeridian
        result = run("parse", sample_copy, "--near", near)
        assert result.exit_code == 0, result.output


def test_parse_a_jsonl_file_or_a_folder(tmp_path):
    # "geomap parse news.jsonl" had parsed the JSONL text itself (offsets into its JSON lines, one
    # document named "news"): a .jsonl file is --docs input, and a folder is read as build reads it.
    docs = tmp_path / "news.jsonl"
    texts = {"a": "Shelling hit Kharkiv and Odessa.", "b": "Talks were held in Istanbul."}
    docs.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    result = run("parse", docs)
    assert result.exit_code == 0 and result.output == run("parse", "--docs", docs).output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["a", "b"]
    folder = tmp_path / "feed"
    (folder / "ukraine").mkdir(parents=True)
    (folder / "ukraine" / "strikes.txt").write_text(texts["a"], encoding="utf-8")
    (folder / "talks.md").write_text(texts["b"], encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x00\x01binary")
    result = run("parse", folder)
    assert result.exit_code == 0 and "scan.txt: binary file" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["talks", "ukraine/strikes"]
    assert [m["name"] for m in lines[1]["mentions"]] == ["Kharkiv", "Odesa"]
    for m in lines[1]["mentions"]:
        assert texts["a"][m["start"]:m["end"]] == m["text"]


def test_parse_on_several_processes_gives_the_same_lines_in_order(tmp_path, lgl_docs, monkeypatch):
    """parse --workers 2 parses LGL's articles on two processes, batch by batch, and prints what one
    process prints, in the input's order, bad lines reported as they come."""
    import geomap.pipeline

    monkeypatch.setattr(geomap.pipeline, "PARSE_BATCH_CHARS", 20_000)  # several batches, finishing out of order
    docs = tmp_path / "lgl.jsonl"
    lines = [json.dumps({"id": d["id"], "text": d["text"]}) for d in lgl_docs[:60]]
    lines.insert(7, "not json")
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = run("parse", docs), run("parse", docs, "--workers", "2")
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == 60
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == [d["id"] for d in lgl_docs[:60]]
    assert two.stderr.count("lgl.jsonl:8:") == 1
    refused = run("parse", docs, "--workers", "2", "--ner", "en_core_web_sm")
    assert refused.exit_code == 2 and "--ner runs in one process" in refused.output


def test_an_empty_place_name_and_a_file_as_output_folder_are_named(tmp_path):
    # A place with `name: ''` had passed `check` and drawn an unnamed marker; `-o` naming a file
    # had said only "cannot write: File exists".
    data_file = tmp_path / "talks.geomap.yaml"
    data_file.write_text(DATA_FILE.read_text(encoding="utf-8").replace("name: Istanbul", "name: ''", 1),
                         encoding="utf-8")
    rows = data_file.read_text(encoding="utf-8").splitlines()
    line = next(i for i, row in enumerate(rows, 1) if row.strip() == "name: ''")
    result = CliRunner().invoke(cli, ["check", str(data_file)])
    assert result.exit_code == 2 and f"{data_file}:{line}: places[" in result.output
    assert ".name: is empty" in result.output
    (tmp_path / "afile").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(DATA_FILE), "-o", str(tmp_path / "afile")])
    assert result.exit_code == 2 and "afile: is a file, not a folder" in result.output, result.output
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "mine"


def test_parse_reads_standard_input(tmp_path):
    # "echo ... | geomap parse" had printed nothing (exit 0), and "geomap parse -" said "-: no such file".
    for args in ([], ["-"]):
        result = CliRunner().invoke(cli, ["parse", *args], input="Drones struck Kharkiv overnight.\n")
        assert result.exit_code == 0, result.output
        line = json.loads(result.output)
        assert line["id"] == "-" and [(m["text"], m["start"], m["end"]) for m in line["mentions"]] == [
            ("Kharkiv", 14, 21)]


def test_fix_tells_namesakes_of_one_country_apart_by_their_region(tmp_path):
    # From a third audit: five alternatives all read "Pishchane (city, UA)". The README's listing,
    # as the command prints it.
    data = tmp_path / "talks.geomap.yaml"
    shutil.copy(SAMPLE_ARTICLE.with_name(SAMPLE_ARTICLE.stem + ".geomap.yaml"), data)
    result = CliRunner().invoke(cli, ["fix", str(data), "moscow"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "moscow: Moscow (city, Moskva, RU) 55.75204, 37.61781"
    assert lines[2] == "  gn:5601538     Moscow (city, Idaho, US) 46.73239, -117.00017  score 6.17"
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "\n".join(lines[:-1]) in readme
    result = CliRunner().invoke(cli, ["fix", str(data), "moscow", "--use", "gn:5601538"])
    assert result.output.splitlines()[0] == ("moscow: Moscow (city, Moskva, RU) 55.75204, 37.61781 -> "
                                             "Moscow (city, Idaho, US) 46.73239, -117.00017")


def test_a_single_article_edited_after_its_data_file_gets_the_corpus_note(tmp_path, sample_copy):
    # From a third audit: a folder build said so, a build of the article itself said nothing.
    data_file = sample_copy.with_name(sample_copy.stem + ".geomap.yaml")
    assert CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(tmp_path / "out")]).exit_code == 0
    result = CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(tmp_path / "out")])
    assert "changed after its data file" not in result.output
    later = data_file.stat().st_mtime + 5
    os.utime(sample_copy, (later, later))
    result = CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert (f"note: {sample_copy}: changed after its data file {data_file.name}, which the map still shows: run "
            f"geomap extract {sample_copy} to merge the change (your edits are kept)") in result.output


def test_embed_src_says_where_a_report_finds_each_map(tmp_path, sample_copy):
    # From a fourth audit: two maps in one report took hand edits of each snippet's src.
    out = tmp_path / "report" / "maps" / "talks"
    result = CliRunner().invoke(cli, ["build", str(sample_copy), "-o", str(out), "--embed-src", "maps/talks/map.html"])
    assert result.exit_code == 0, result.output
    snippet = (out / "embed.html").read_text(encoding="utf-8")
    assert '<iframe src="maps/talks/map.html"' in snippet and 'href="maps/talks/map.html"' in snippet


def test_the_readmes_python_example_runs(tmp_path, monkeypatch):
    import re
    import textwrap

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    (code,) = [c for c in re.findall(r"```python\n(.*?)```", readme, re.S) if "render_map" in c]
    monkeypatch.chdir(Path(__file__).parent.parent)
    code = textwrap.dedent(code).replace('"talks.html"', repr(str(tmp_path / "talks.html")))
    exec(compile(code, "README.md", "exec"), {})
    assert "Novocherkassk" in (tmp_path / "talks.html").read_text(encoding="utf-8")


def test_lookup_finds_the_id_that_places_a_missed_place(tmp_path):
    # "any gazetteer id" had no way to find one; a place added by hand is then placed by fix.
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["lookup", "Odessa", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == ("  gn:5527554     Odessa (city, Texas, US) 31.84568, -102.36764  "
                                             "population 114,428")
    assert "$ geomap lookup Odessa --limit 3\n" + result.output in readme
    result = CliRunner().invoke(cli, ["lookup", "sake", "--country", "cd"])  # case aside
    assert result.output.splitlines()[0].split()[0] == "gn:205970"
    result = CliRunner().invoke(cli, ["lookup", "Sake", "--country", "UA"])
    assert result.exit_code == 1 and 'no gazetteer entry is named "Sake" in UA' in result.output
    data_file = tmp_path / "talks.geomap.yaml"
    text = DATA_FILE.read_text(encoding="utf-8").replace(
        "\nevents:\n", "\n  - id: sake\n    name: Sake\nevents:\n"
        "  - id: sake-ground-operation\n    place: sake\n    type: ground_operation\n    date: '2025-07-22'\n", 1)
    data_file.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(data_file), "-o", str(tmp_path / "out")])
    assert f"`geomap lookup Sake` and place it with `geomap fix {data_file} sake --use GAZETTEER_ID`" in result.output
    result = CliRunner().invoke(cli, ["fix", str(data_file), "sake", "--use", "gn:205970"])
    assert result.output.splitlines()[0] == "sake: Sake (no coordinates) -> Sake (city, Nord-Kivu, CD) -1.57386, 29.04339"
    result = CliRunner().invoke(cli, ["build", str(data_file), "-o", str(tmp_path / "out")])
    assert "15 places with events (26 named), 16 events on the map" in result.output
    assert "Sake" in (tmp_path / "out" / "map.geojson").read_text(encoding="utf-8")
