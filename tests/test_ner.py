"""The optional NER stage (geomap.ner) with a real spaCy pipeline: a blank English pipeline and
an entity_ruler, so the tests need no trained model, on real news text (LGL articles and the
sample article). The ruler's patterns are what en_core_web_sm 3.8.0 tags in those texts."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

spacy = pytest.importorskip("spacy")

from geomap.cli import cli  # noqa: E402
from geomap.ner import NerError, apply_ner, load_pipeline  # noqa: E402
from geomap.pipeline import geoparse  # noqa: E402
from geomap.recognize import recognize  # noqa: E402

DATA = Path(__file__).parent / "data"
DEKALB = DATA / "lgl-158-dekalb.txt"  # LGL article 158
AVOYELLES = DATA / "lgl-001-avoyelles.txt"  # LGL article 1
PATTERNS = [{"label": "GPE", "pattern": "North Druid Hills"}, {"label": "GPE", "pattern": "Decatur"},
            {"label": "ORG", "pattern": "the DeKalb County Commission"},
            {"label": "PERSON", "pattern": "Anderson"}, {"label": "GPE", "pattern": "Cottonport"}]


def ruler_pipeline(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


@pytest.fixture(scope="module")
def dekalb():
    return DEKALB.read_text(encoding="utf-8").strip()


@pytest.fixture(scope="module")
def nlp():
    return ruler_pipeline(PATTERNS)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, nlp):
    """The pipeline saved to a folder, as ``--ner PATH`` loads it."""
    path = tmp_path_factory.mktemp("ner") / "lgl-ruler"
    nlp.to_disk(path)
    return path


@pytest.mark.parametrize(("text", "name", "entity"), [
    (AVOYELLES.read_text(encoding="utf-8"), "Anderson", "Anderson"),  # the sheriff, not Anderson, Indiana
    # LGL article 49
    ("The horrific nature of the lynching of Roger and Dorothy Malcom and George and Mae Murray Dorsey, and the "
     "national attention it received in the summer of 1946, caused federal officials to put an \"unprecedented "
     "amount of pressure\" on FBI agents to solve the case back then, Jones said.", "George", "George"),
    # LGL article 54: the entity covers the whole shop's name
    ("During the night, someone spraypainted Dunn’s Automotive and Norman’s Welding on West Tyler Street.",
     "Norman", "Norman’s Welding"),
])
def test_person_tagged_candidate_is_dropped(text, name, entity, index):
    before = recognize(text, index)
    assert name in [c.text for c in before]
    after = apply_ner(text, before, index, ruler_pipeline([{"label": "PERSON", "pattern": entity}]))
    assert name not in [c.text for c in after]
    assert len(after) == len(before) - 1


def test_gpe_missed_by_recognizer_is_added_with_exact_offsets(dekalb, index, nlp):
    before = recognize(dekalb, index)
    assert "North Druid Hills" not in [c.text for c in before]
    added = [c for c in apply_ner(dekalb, before, index, nlp) if c.text == "North Druid Hills"]
    # After "developer’s": Python string offsets, not UTF-8 byte offsets (293).
    assert [(c.start, c.end, c.role) for c in added] == [(291, 308, "place")]
    assert dekalb[291:308] == "North Druid Hills"


def test_added_gpe_resolves_in_the_document_context(dekalb, index, nlp):
    resolved = {r.candidate.text: r.entry for r in geoparse(dekalb, index=index, ner=nlp)}
    assert resolved["North Druid Hills"].country == "US" and resolved["North Druid Hills"].admin1 == "US.GA"


def test_place_inside_an_organisation_name_is_kept(dekalb, index, nlp):
    # ORG is no drop label: the place in an institution's name is a place (LGL counts it too).
    texts = [c.text for c in apply_ner(dekalb, recognize(dekalb, index), index, nlp)]
    assert "DeKalb County" in texts


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
    result = CliRunner().invoke(cli, ["parse", str(DEKALB), "--ner", str(model_dir)])
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.output)["mentions"]
    added = [m for m in mentions if m["text"] == "North Druid Hills"]
    assert [(m["start"], m["end"], m["country"]) for m in added] == [(291, 308, "US")]
    plain = json.loads(CliRunner().invoke(cli, ["parse", str(DEKALB)]).output)["mentions"]
    assert "North Druid Hills" not in [m["text"] for m in plain]
    assert len(mentions) == len(plain) + 1


def test_cli_extract_with_ner_writes_the_added_place(model_dir, tmp_path):
    out = tmp_path / "dekalb.geomap.yaml"
    result = CliRunner().invoke(cli, ["extract", str(DEKALB), "-o", str(out), "--ner", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert "name: North Druid Hills" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["parse", "extract", "build"])
def test_cli_missing_model_is_one_line_error(command, tmp_path):
    article = tmp_path / "dekalb.txt"
    article.write_text(DEKALB.read_text(encoding="utf-8"), encoding="utf-8")
    args = [command, str(article), "--ner", str(tmp_path / "no-such-model")]
    if command == "build":
        args += ["-o", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "error: --ner: cannot load the spaCy pipeline" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dekalb.txt"]  # nothing written


def test_cli_ner_refuses_a_corpus(model_dir, tmp_path):
    (tmp_path / "a.txt").write_text("Flooding closed roads in Alexandria.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rain fell on Pineville, Louisiana.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--ner", str(model_dir)])
    assert result.exit_code == 2 and "--ner works on articles" in result.output
