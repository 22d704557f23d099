"""Hostile or odd data files and front matter: each gives one line naming the file, line and
field (exit 2), never an internal error, and nothing invalid reaches the map."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.article import parse_article
from geomap.cli import cli
from geomap.errors import InputError, StoreFormatError
from geomap.store import read_document, write_document


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def _error(path: Path) -> str:
    with pytest.raises(StoreFormatError) as info:
        read_document(path)
    return info.value.one_line()


@pytest.fixture
def data_file(sample_doc, tmp_path):
    path = tmp_path / "s.geomap.yaml"
    write_document(sample_doc, path)
    return path


# ---------------------------------------------------------------- impossible dates, unquoted


@pytest.mark.parametrize("old, new, field", [
    ("date: '2025-07-22'", "date: 2025-02-30", "events[2].date"),
    ("published: '2025-07-23'", "published: 2025-02-30", "article.published"),
    ("date: '2025-07-22'", "date: 2025-07-22 25:00:00", "events[2].date"),
])
def test_an_unquoted_impossible_date_is_a_field_error(data_file, old, new, field):
    _edit(data_file, old, new)
    text = _error(data_file)
    assert text.startswith(f"{data_file}:{_line_of(data_file, new)}: {field}: "), text
    quoted = new.replace(": ", ": '", 1) + "'"
    _edit(data_file, new, quoted)
    assert _error(data_file).split("; ")[0] == text.split("; ")[0]  # as the quoted date
    result = run("check", data_file)
    assert result.exit_code == 2 and "internal error" not in result.output


def test_an_impossible_date_in_front_matter_is_a_field_error():
    with pytest.raises(InputError, match=r"a\.txt:3: published: '2025-02-30' is not a date"):  # with its line
        parse_article("---\ntitle: T\npublished: 2025-02-30\n---\nKyiv.\n", path="a.txt")
    article = parse_article("---\ntitle: 2025-02-30\npublished: 2025-02-03\n---\nKyiv.\n", path="a.txt")
    assert (article.title, article.published) == ("2025-02-30", "2025-02-03")


def test_a_folder_build_skips_an_article_and_a_data_file_with_an_impossible_date(tmp_path):
    # An article with an impossible date is skipped; a data file with one is reported, and its
    # article mapped as extracted (it had been dropped from the map).
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Protesters rallied in Kyiv on March 3, 2025.\n", encoding="utf-8")
    (folder / "bad.txt").write_text("---\npublished: 2025-02-30\n---\nA drone hit Kharkiv.\n", encoding="utf-8")
    (folder / "edited.txt").write_text("Shelling hit Odesa on May 2, 2025.\n", encoding="utf-8")
    assert run("extract", folder / "edited.txt").exit_code == 0
    data = folder / "edited.geomap.yaml"
    _edit(data, "  published:\n", "  published: 2025-02-30\n")
    result = run("build", folder, "-o", tmp_path / "out", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "2 articles (2 extracted), 1 skipped" in result.stdout
    problems = result.stderr.strip().splitlines()
    assert any("bad.txt:2: published: '2025-02-30' is not a date" in p for p in problems), problems
    assert any(f"edited.geomap.yaml:{_line_of(data, 'published:')}: article.published: '2025-02-30'" in p
               for p in problems), problems


# ---------------------------------------------------------------- duplicate keys


def test_a_duplicate_key_is_reported_with_its_line(data_file):
    _edit(data_file, "    lat: 41.01384\n", "    lat: 41.01384\n    lat: 51\n")
    text = _error(data_file)
    assert text.startswith(f"{data_file}:{_line_of(data_file, 'lat: 51')}: duplicate key \"lat\""), text
    assert "delete one of the two" in text


# ---------------------------------------------------------------- ids


@pytest.mark.parametrize("new, message", [
    ("  - id:\n", "is required; add id:"),
    ("  - id: [a]\n", "['a'] is not text"),
    ("  - id: ''\n", "'' is empty; give it a short unique id"),
    ("  - id: '  '\n", "'  ' is empty"),
])
def test_a_missing_or_odd_place_id_is_a_field_error_while_events_name_places(data_file, new, message):
    line = _line_of(data_file, "  - id: kyiv")
    _edit(data_file, "  - id: kyiv\n", new)
    with pytest.raises(StoreFormatError) as info:
        read_document(data_file)
    lines = [p.one_line() for p in info.value.problems]
    assert any(p.startswith(f"{data_file}:{line}: places[") and ".id: " + message in p for p in lines), lines


def test_empty_event_ids_and_place_references_are_field_errors(data_file):
    _edit(data_file, "  - id: istanbul-talks-2025-07-23\n", "  - id: ''\n")
    _edit(data_file, "    place: istanbul\n", "    place: ''\n")
    lines = [p.one_line() for p in pytest.raises(StoreFormatError, read_document, data_file).value.problems]
    line = _line_of(data_file, "- id: ''")
    assert (f"{data_file}:{line}: events[0].id: '' is empty; give it a unique id in the form place-type-date, "
            "such as 'PLACE-talks-2025-07-23'") in lines
    assert f"{data_file}:{line + 1}: events[0].place: '' is empty; write the id of one of the places" in lines


# ---------------------------------------------------------------- aliases, nesting, lone surrogates


@pytest.mark.parametrize("value", [
    "&r [*r]",  # an alias inside the value it names
    "&r {a: [b, *r]}",
    "{a: " * 3000 + "b" + "}" * 3000,  # deeper than ruamel's recursive composer can go
    "[" * 3000 + "]" * 3000,
    "\n" + "".join("    " + "  " * i + f"- x{i}:\n" for i in range(400)) + "    " + "  " * 400 + "- end",
], ids=["alias-in-list", "alias-in-map", "flow-maps", "flow-lists", "block"])
def test_recursive_aliases_and_deep_nesting_are_one_line_errors(data_file, value):
    line = _line_of(data_file, "actors: [Ukraine, Russia]")
    _edit(data_file, "actors: [Ukraine, Russia]", "actors: " + value)
    text = _error(data_file)
    assert text.startswith(f"{data_file}:"), text
    assert int(text.split(":")[1]) in range(line, line + 30), text
    assert "never ends" in text or "nests more than 24 levels deep" in text, text
    result = run("check", data_file)
    assert result.exit_code == 2 and "internal error" not in result.output and len(result.output) < 300


def test_a_shared_value_aliased_many_times_is_walked_once(data_file):
    bomb = "".join(f"x-{c}: &{c} [" + ", ".join([f"*{p}"] * 10) + "]\n"
                   for p, c in zip("abcdefghi", "bcdefghij"))
    _edit(data_file, "schema: 1\n", "schema: 1\nx-a: &a [lol]\n" + bomb)
    assert len(read_document(data_file).places) > 1  # 10^9 leaves, each container walked once


def test_a_lone_surrogate_is_refused_by_check_and_build(data_file, tmp_path):
    _edit(data_file, "name: Istanbul", 'name: "Istan\\ud800bul"')
    _edit(data_file, "actors: [Ukraine, Russia]", 'actors: [Ukraine, "\\udc9f"]')
    with pytest.raises(StoreFormatError) as info:
        read_document(data_file)
    lines = [p.one_line() for p in info.value.problems]
    name = next(p for p in lines if ".name: " in p)
    line = _line_of(data_file, 'name: "Istan')
    assert name.startswith(f"{data_file}:{line}: places[") and \
        r"a lone surrogate (\ud800) at character 6" in name, lines
    assert any(r"events[0].actors[1]: a lone surrogate (\udc9f) at character 1" in p for p in lines), lines
    result = run("build", data_file, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "lone surrogate" in result.output and not (tmp_path / "out").exists()


# ---------------------------------------------------------------- NaN and infinity


@pytest.mark.parametrize("old, new, field, message", [
    ("score: 1.0\n", "score: .nan\n", ".score", ".nan is not a number"),
    ("score: 1.0\n", "score: -.inf\n", ".score", "is infinite or too large"),
    ("lat: 41.01384", "lat: .NaN", ".lat", ".nan is not a number; write decimal degrees"),
    ("lat: 41.01384", "lat: " + "9" * 400, ".lat", "is infinite or too large"),
    ("figures: []", "figures: [{text: x, value: .nan, unit: people}]", ".figures[0].value", ".nan is not a number"),
    ("figures: []", "figures: [{text: x, value: .inf, unit: people}]", ".figures[0].value", "infinite or too large"),
    ("figures: []", "figures: [{text: x, value: 1e309, unit: people}]", ".figures[0].value", "infinite or too large"),
], ids=["score-nan", "score-inf", "lat-nan", "lat-huge-int", "figure-nan", "figure-inf", "figure-1e309"])
def test_nan_and_infinity_are_refused(data_file, tmp_path, old, new, field, message):
    _edit(data_file, old, new)
    text = _error(data_file)
    assert text.startswith(f"{data_file}:{_line_of(data_file, new.strip())}: ") and f"{field}: " in text, text
    assert message in text, text
    result = run("build", data_file, "-o", tmp_path / "out")
    assert result.exit_code == 2 and not (tmp_path / "out").exists()


def test_nan_in_an_alternatives_score_is_refused(data_file):
    text = data_file.read_text(encoding="utf-8")
    start = text.index("score: ", text.index("alternatives:"))
    data_file.write_text(text[:start] + "score: .nan" + text[text.index("}", start):], encoding="utf-8")
    assert ".alternatives[0].score: .nan is not a number" in _error(data_file)


# ---------------------------------------------------------------- messages in the user's terms, not Python's


@pytest.mark.parametrize("old, new, field, message", [
    ("lat: 41.01384", "lat: !foo 41.01384", ".lat", "!foo 41.01384: the YAML tag !foo means nothing to geomap; "
                                                    "delete the tag"),
    ("lat: 41.01384", "lat: 2025-01-01", ".lat", "2025-01-01 is not a number; write decimal degrees"),
    ("lat: 41.01384", "lat: true", ".lat", "true is not a number"),
    ("actors: [Ukraine, Russia]", "actors: !!set {Ukraine, Russia}", ".actors",
     "expected a list, found a set {Ukraine, Russia}; write [] for none"),
    ("actors: [Ukraine, Russia]", "actors: [Ukraine, null]", ".actors[1]", "null is not a name"),
    ("schema: 1\n", "x-schema: 1\n", "schema", "is missing; add schema: 1 as the first line"),
], ids=["tag", "date", "bool", "set", "null", "no-schema"])
def test_messages_show_values_as_yaml_writes_them(data_file, old, new, field, message):
    _edit(data_file, old, new)
    with pytest.raises(StoreFormatError) as info:
        read_document(data_file)
    lines = [p.one_line() for p in info.value.problems]
    assert any(p.startswith(f"{data_file}:") and f"{field}: {message}" in p for p in lines), lines
    for python in ("TaggedScalar", "datetime", "odict", "None", "True"):
        assert not any(python in p for p in lines), lines


def test_an_empty_data_file_says_what_it_should_hold(tmp_path):
    path = tmp_path / "x.geomap.yaml"
    path.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.geomap\.yaml: empty file, expected a geomap data file"):
        read_document(path)


# ---------------------------------------------------------------- a shortened article after an edit


def test_shortening_an_edited_article_merges_instead_of_locking_the_user_out(tmp_path):
    article = tmp_path / "s.txt"
    article.write_text("Protesters rallied in Kyiv on March 3, 2025. A drone strike hit Kharkiv on March 4, 2025. "
                       "Shelling hit Odesa on March 5, 2025.\n", encoding="utf-8")
    data = tmp_path / "s.geomap.yaml"
    assert run("extract", article).exit_code == 0
    _edit(data, "summary: Shelling or missile attack in Odesa", "summary: My Odesa note")
    _edit(data, "summary: Protest in Kyiv", "summary: My Kyiv note")
    article.write_text("A drone strike hit Kharkiv on March 4, 2025.\n", encoding="utf-8")
    # build reads the data file as it is: its offsets point past the end, and it says what to do
    result = run("build", article, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "`geomap extract` it (your edits stay)" in result.output, result.output
    result = run("extract", article)
    assert result.exit_code == 0, result.output
    doc = read_document(data)
    assert {e.summary for e in doc.events} >= {"My Odesa note", "My Kyiv note"}  # the edits survive
    kharkiv = next(p for p in doc.places if p.id == "kharkiv")
    assert kharkiv.mentions == [(19, 26)]  # the new extraction's offsets
    odesa = next(e for e in doc.events if e.summary == "My Odesa note")  # no longer in the article
    assert [(s.text, s.start, s.end) for s in odesa.sources] == [("Shelling hit Odesa on March 5, 2025.", 0, 0)]
    assert run("build", article, "-o", tmp_path / "out").exit_code == 0


def test_offsets_the_user_wrote_past_the_end_still_stop_the_merge(tmp_path):
    article = tmp_path / "s.txt"
    article.write_text("Protesters rallied in Kyiv on March 3, 2025. Shelling hit Odesa on March 5, 2025.\n",
                       encoding="utf-8")
    data = tmp_path / "s.geomap.yaml"
    assert run("extract", article).exit_code == 0
    _edit(data, "summary: Shelling or missile attack in Odesa", "summary: My Odesa note")
    _edit(data, "mentions: [[58, 63]]", "mentions: [[58, 64]]")  # the user's own offsets
    article.write_text("Protesters rallied in Kyiv on March 3, 2025.\n", encoding="utf-8")
    result = run("extract", article)
    assert result.exit_code == 2 and "mentions: [58, 64] is out of range" in result.output, result.output
    assert "My Odesa note" in data.read_text(encoding="utf-8")


# ---------------------------------------------------------------- front matter fields


@pytest.mark.parametrize("field, message", [
    ("title: " + "[" * 3000 + "]" * 3000, "a.txt:2: front matter nests values too deeply"),
    ("title: &r [*r]", "a.txt:3: title: is not text"),
    ("id: {a: 1}", "a.txt:3: id: is not text"),
    ('source: "Ky\\ud800iv"', r"a.txt:3: source: a lone surrogate (\ud800) at character 3"),
], ids=["deep", "recursive-alias", "mapping", "lone-surrogate"])
def test_front_matter_fields_that_are_not_text_are_field_errors(field, message):
    with pytest.raises(InputError) as info:
        parse_article(f"---\npublished: 2025-03-03\n{field}\n---\nKyiv.\n", path="a.txt")
    assert info.value.one_line().startswith(message), info.value.one_line()


def test_front_matter_numbers_are_text():
    article = parse_article("---\ntitle: 1984\nsource: 7\n---\nKyiv.\n", path="a.txt")
    assert (article.title, article.source) == ("1984", "7")


def test_a_folder_build_skips_an_article_with_deep_front_matter(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Protesters rallied in Kyiv on March 3, 2025.\n", encoding="utf-8")
    (folder / "deep.txt").write_text("---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nA drone hit Kharkiv.\n",
                                     encoding="utf-8")
    result = run("build", folder, "-o", tmp_path / "out", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "1 article (1 extracted), 1 skipped" in result.stdout
    assert "deep.txt:2: front matter nests values too deeply" in result.stderr


@pytest.mark.parametrize("old, new", [
    ("    name: Novocherkassk\n", "    name: 'Novocherkassk\n"),  # closed by chance by a later quote
    ("    name: Novocherkassk\n", '    name: "Novocherkassk\n'),  # never closed: the file's end
    ("    summary: Talks or diplomacy in Istanbul\n", '    summary: "Talks or diplomacy in Istanbul\n'),
])
def test_an_unclosed_quote_is_reported_where_it_opens(data_file, old, new):
    # The parser had named the line where it stumbled: hundreds of lines on, or the file's end.
    _edit(data_file, old, new)
    line = _line_of(data_file, new.strip())
    assert _error(data_file) == (f"{data_file}:{line}: YAML syntax error: this value opens a quote that the line "
                                 "does not close; add the closing quote (or drop the opening one)")


def test_quotes_that_close_are_no_unclosed_quote(data_file):
    # Doubled and escaped quotes close nothing early; a later mistake is reported where it is.
    _edit(data_file, "    name: Novocherkassk\n", "    name: 'Novo''cherkassk'\n")
    _edit(data_file, "    summary: Talks or diplomacy in Istanbul\n", '    summary: "Talks \\"in\\" Istanbul"\n')
    assert read_document(data_file).places
    _edit(data_file, "    approximate: false\n", "    approximate: [false\n")
    assert "expected ',' or ']'" in _error(data_file) or "YAML syntax error" in _error(data_file)
    assert "opens a quote" not in _error(data_file)


def test_an_event_added_after_the_deleted_list_is_pointed_up_to_events(data_file):
    # geomap writes `deleted:` last: an event appended at the file's end had given "expected
    # <block end>, but found '<block sequence start>'" and no way on.
    text = data_file.read_text(encoding="utf-8").rstrip("\n")
    if "\ndeleted:" not in text:
        text += "\ndeleted: [old-event]"
    data_file.write_text(text + "\n  - id: new-event\n    place: kyiv\n    type: protest\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    assert _error(data_file) == (f"{data_file}:{line}: YAML syntax error: this list item comes after `deleted:`, "
                                 "which holds no such items; move it up under `events:` (or `places:`)")


def test_a_mistake_at_the_files_very_end_is_reported_not_an_internal_error(tmp_path):
    # The check for an item added after `deleted:` read the line past the file's end.
    path = tmp_path / "x.geomap.yaml"
    path.write_text("schema: 1\narticle: {id: a}\nplaces: []\nevents: []\ndeleted: [\n", encoding="utf-8")
    assert _error(path).startswith(f"{path}:6: YAML syntax error: ")
