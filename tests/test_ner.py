"""The optional NER stage (geomap.ner) with a real spaCy pipeline: a blank English pipeline and
an entity_ruler, so the tests need no trained model, on real news text (LGL article 281 and the
sample article)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

spacy = pytest.importorskip("spacy")

from geomap.cli import cli  # noqa: E402
from geomap.ner import NerError, apply_ner, load_pipeline  # noqa: E402
from geomap.pipeline import geoparse  # noqa: E402
from geomap.recognize import recognize  # noqa: E402

CRASH = Path(__file__).parent / "data" / "lgl-281-montana-crash.txt"
# What a trained English model tags in that article: the people, and the state the recognizer
# misses (it takes "Montana" for a given name).
PATTERNS = [{"label": "GPE", "pattern": "Montana"}, {"label": "GPE", "pattern": "London"},
            {"label": "PERSON", "pattern": "Chu"}, {"label": "PERSON", "pattern": "Priscilla Chu"},
            {"label": "PERSON", "pattern": "Caleb Chu"}, {"label": "PERSON", "pattern": "Brent Ching"},
            {"label": "ORG", "pattern": "Oneida Mountain Hospital"}]


def ruler_pipeline(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


@pytest.fixture(scope="module")
def crash_text():
    return CRASH.read_text(encoding="utf-8").strip()


@pytest.fixture(scope="module")
def nlp():
    return ruler_pipeline(PATTERNS)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, nlp):
    """The pipeline saved to a folder, as ``--ner PATH`` loads it."""
    path = tmp_path_factory.mktemp("ner") / "crash-ruler"
    nlp.to_disk(path)
    return path


def test_person_tagged_candidate_is_dropped(crash_text, index, nlp):
    before = recognize(crash_text, index)
    assert [c.text for c in before if c.text == "Chu"] == ["Chu", "Chu"]  # "Chu’s grandson": Chũ, Vietnam
    after = apply_ner(crash_text, before, index, nlp)
    assert "Chu" not in [c.text for c in after]


def test_gpe_missed_by_recognizer_is_added_with_exact_offsets(crash_text, index, nlp):
    before = recognize(crash_text, index)
    assert "Montana" not in [c.text for c in before]
    added = [c for c in apply_ner(crash_text, before, index, nlp) if c.text == "Montana"]
    # The third comes after curly apostrophes: offsets are Python string offsets, not bytes.
    assert [c.start for c in added] == [0, 106, 565]
    assert all(crash_text[c.start:c.end] == "Montana" and c.role == "place" for c in added)


def test_added_gpe_resolves_and_qualifiers_stay_linked(crash_text, index, nlp):
    resolved = {r.candidate.text: r for r in geoparse(crash_text, index=index, ner=nlp)}
    assert resolved["Montana"].entry.kind == "admin1" and resolved["Montana"].entry.country == "US"
    oroville = resolved["Oroville"]
    assert oroville.candidate.qualifier is not None and oroville.candidate.qualifier.text == "Calif."
    assert oroville.entry.admin1 == "US.CA"


def test_place_inside_an_organisation_name_is_kept(crash_text, index, nlp):
    # ORG is no drop label: the place in an institution's name is a place (LGL counts it too).
    texts = [c.text for c in apply_ner(crash_text, recognize(crash_text, index), index, nlp)]
    assert "Oneida" in texts


def test_demonyms_tagged_norp_are_kept(sample_article, index):
    text = sample_article.text
    nlp = ruler_pipeline([{"label": "NORP", "pattern": "Ukrainian"}, {"label": "NORP", "pattern": "Russian"}])
    before = recognize(text, index)
    after = apply_ner(text, before, index, nlp)
    assert after == before
    assert next(c.role for c in after if c.text == "Ukrainian") == "demonym"


def test_norp_that_is_no_demonym_is_dropped_and_the_demonym_kept(index):
    # LGL article 323; en_core_web_sm tags both "Turkish" and "Kolin" NORP here.
    text = ("Thus, the Turkish company Kolin, which won the tender for constructing the sea port cargo zone, "
            "will have to equip yachting in the harbor waters now.")
    before = recognize(text, index)
    assert [(c.text, c.role) for c in before] == [("Turkish", "demonym"), ("Kolin", "place")]  # Kolín, Czechia
    nlp = ruler_pipeline([{"label": "NORP", "pattern": "Turkish"}, {"label": "NORP", "pattern": "Kolin"}])
    assert [(c.text, c.role) for c in apply_ner(text, before, index, nlp)] == [("Turkish", "demonym")]


def _picks(resolutions):
    return [(r.candidate, r.entry, r.score) for r in resolutions]


def test_no_entities_leaves_the_output_unchanged(sample_article, index):
    text = sample_article.text
    plain = _picks(geoparse(text, index=index))
    empty = ruler_pipeline([{"label": "GPE", "pattern": "Atlantis"}])
    assert _picks(geoparse(text, index=index, ner=empty)) == plain


def test_pipeline_is_loaded_once_by_path(model_dir):
    assert load_pipeline(str(model_dir)) is load_pipeline(str(model_dir))


def test_pipeline_without_entity_component_is_refused(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(NerError, match="no component that finds entities"):
        load_pipeline(str(tmp_path / "blank"))


def test_cli_parse_with_ner_model_folder(model_dir):
    result = CliRunner().invoke(cli, ["parse", str(CRASH), "--ner", str(model_dir)])
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.output)["mentions"]
    montana = [m for m in mentions if m["text"] == "Montana"]
    assert [m["start"] for m in montana] == [0, 106, 565] and montana[0]["country"] == "US"
    assert "Chu" not in [m["text"] for m in mentions]
    plain = json.loads(CliRunner().invoke(cli, ["parse", str(CRASH)]).output)["mentions"]
    assert "Montana" not in [m["text"] for m in plain]


def test_cli_extract_with_ner_writes_the_added_place(model_dir, tmp_path):
    out = tmp_path / "crash.geomap.yaml"
    result = CliRunner().invoke(cli, ["extract", str(CRASH), "-o", str(out), "--ner", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert "name: Montana" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["parse", "extract", "build"])
def test_cli_missing_model_is_one_line_error(command, tmp_path):
    article = tmp_path / "crash.txt"
    article.write_text(CRASH.read_text(encoding="utf-8"), encoding="utf-8")
    args = [command, str(article), "--ner", str(tmp_path / "no-such-model")]
    if command == "build":
        args += ["-o", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "error: --ner: cannot load the spaCy pipeline" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crash.txt"]  # nothing written


def test_cli_ner_refuses_a_corpus(model_dir, tmp_path):
    (tmp_path / "a.txt").write_text("Flooding closed roads in Alexandria.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rain fell on Pineville, Louisiana.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--ner", str(model_dir)])
    assert result.exit_code == 2 and "--ner works on articles" in result.output
