"""Re-extraction merges into the data file: the user's edits, additions and deletions survive."""

import io

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from geomap import api
from geomap.cli import cli
from geomap.errors import StoreFormatError
from geomap.merge import merge_tree
from geomap.store import _yaml, base_path_for, data_path_for, dump_tree, read_document


def _edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _block(text, start_marker, *, next_marker="  - id: "):
    start = text.index(start_marker)
    end = text.find(next_marker, start + len(start_marker))
    return start, (end if end != -1 else len(text))


def _delete_item(path, item_id):
    text = path.read_text(encoding="utf-8")
    start, end = _block(text, f"  - id: {item_id}\n")
    if text.find("\nevents:\n", start) != -1 and end > text.index("\nevents:\n", start):
        end = text.index("\nevents:\n", start) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")


@pytest.fixture
def extracted(sample_copy):
    """The sample extracted into its data file (and base copy) in a scratch folder."""
    result = api.extract_into(sample_copy)
    assert result.merge is None and result.written
    return result.data_path


def test_re_extract_keeps_every_user_change(extracted, sample_copy):
    data = extracted
    # 1. a coordinate, with a comment; 2. an event type; 3. delete a place and its event;
    # 4. add an event; 5. a note of the user's own.
    _edit(data, "    lat: 41.01384\n", "    lat: 41.5  # the venue, not the city centre\n")
    _edit(data, "    coord_source: gazetteer\n    score: 0.", "    coord_source: user\n    score: 0.", 1)
    _edit(data, "    type: strike\n", "    type: shelling\n")
    _delete_item(data, "ankara")
    _delete_item(data, "ankara-talks-undated")
    text = data.read_text(encoding="utf-8")
    data.write_text(text + "  - id: istanbul-protest-2025-07-24\n    place: istanbul\n    type: protest\n"
                           "    date: '2025-07-24'\n    note: from a second source\n", encoding="utf-8")
    assert read_document(data)  # the edited file is valid

    result = api.extract_into(sample_copy)
    doc = read_document(data)
    text = data.read_text(encoding="utf-8")
    assert "    lat: 41.5  # the venue, not the city centre\n" in text
    assert doc.place("istanbul").lat == 41.5
    strike = next(e for e in doc.events if e.id == "novocherkassk-strike-2025-07-22")
    assert strike.type == "shelling"
    assert doc.place("ankara") is None and "ankara-talks-undated" not in [e.id for e in doc.events]
    assert "deleted: [ankara, ankara-talks-undated]" in text
    added = next(e for e in doc.events if e.id == "istanbul-protest-2025-07-24")
    assert added.type == "protest" and "    note: from a second source\n" in text
    r = result.merge
    assert r.added == [] and r.conflicts == [] and r.updated == []
    assert sorted(r.deleted) == ["events[ankara-talks-undated]", "places[ankara]"]
    assert {"places[istanbul]", "events[novocherkassk-strike-2025-07-22]",
            "events[istanbul-protest-2025-07-24]"} <= set(r.kept)

    # Again: nothing changes, nothing is rewritten, the deleted stay deleted.
    mtime = data.stat().st_mtime_ns
    again = api.extract_into(sample_copy)
    assert again.written is False and data.stat().st_mtime_ns == mtime
    assert sorted(again.merge.stays_deleted) == ["events[ankara-talks-undated]", "places[ankara]"]


def test_article_changes_flow_in_and_conflicts_keep_yours(extracted, sample_copy):
    data = extracted
    _edit(data, "    summary: Talks or diplomacy in Istanbul\n", "    summary: Third round of talks\n")
    # The article changes: the talks now happen on July 24 (a new event id) and a sentence
    # before the strike grows, moving every later offset.
    _edit(sample_copy, "met in Istanbul on July 23", "met in Istanbul on July 24")
    _edit(sample_copy, "Novocherkassk, a key city", "Novocherkassk, a key industrial city")
    result = api.extract_into(sample_copy)
    r = result.merge
    doc = read_document(data)
    ids = [e.id for e in doc.events]
    # The user's edited event stays (they changed it) and takes the article's new date: one event,
    # not a second copy beside it.
    assert "istanbul-talks-2025-07-23" in ids and "istanbul-talks-2025-07-24" not in ids
    talks = next(e for e in doc.events if e.id == "istanbul-talks-2025-07-23")
    # (Kursk's event, told after the lead "In a separate development", had the lead's day; a
    # lead dated after the article's publication gives none.)
    assert (talks.date, talks.summary) == ("2025-07-24", "Third round of talks")
    assert r.added == ["events[kursk-oblast-ground_operation-undated]"]
    assert "events[istanbul-talks-2025-07-23].date/approximate" in r.updated
    assert any(u.startswith("events[novocherkassk-strike-2025-07-22].sources") for u in r.updated)
    strike = next(e for e in doc.events if e.id == "novocherkassk-strike-2025-07-22")
    assert "key industrial city" in strike.sources[0].text

    # Both sides change one field: the user's value is kept and the conflict reported.
    _edit(data, "tied to the Russian military-industrial complex.", "tied to the military-industrial complex.")
    _edit(sample_copy, "reportedly damaging infrastructure", "reportedly damaging infrastructure and depots")
    r = api.extract_into(sample_copy).merge
    where = "events[novocherkassk-strike-2025-07-22].sources"
    assert [c.where for c in r.conflicts] == [where]
    assert "kept yours" in r.conflicts[0].describe()
    strike = next(e for e in read_document(data).events if e.id == "novocherkassk-strike-2025-07-22")
    assert strike.sources[0].text.endswith("tied to the military-industrial complex.")
    assert "and depots" not in strike.sources[0].text


def test_without_a_base_copy_every_difference_is_kept_as_yours(extracted, sample_copy):
    data = extracted
    base_path_for(data).unlink()
    _edit(data, "    lat: 41.01384\n", "    lat: 41.5\n")
    result = api.extract_into(sample_copy)
    assert result.merge.base_missing
    assert [c.where for c in result.merge.conflicts] == [
        "places[istanbul].lat/lon/kind/precision/country/admin1/gazetteer_id/coord_source"]
    assert read_document(data).place("istanbul").lat == 41.5
    assert base_path_for(data).exists()  # and the next merge has one


def test_force_overwrites(extracted, sample_copy):
    _edit(extracted, "    lat: 41.01384\n", "    lat: 41.5\n")
    result = api.extract_into(sample_copy, force=True)
    assert result.merge is None and read_document(extracted).place("istanbul").lat == 41.01384


def test_an_invalid_data_file_is_not_merged_into(extracted, sample_copy):
    _edit(extracted, "    type: strike\n", "    type: stike\n")
    before = extracted.read_bytes()
    with pytest.raises(StoreFormatError, match="did you mean 'strike'"):
        api.extract_into(sample_copy)
    assert extracted.read_bytes() == before


def test_cli_prints_a_short_summary(extracted, sample_copy):
    _edit(extracted, "    type: strike\n", "    type: shelling\n")
    _delete_item(extracted, "ankara")
    _delete_item(extracted, "ankara-talks-undated")
    result = CliRunner().invoke(cli, ["extract", str(sample_copy)])
    assert result.exit_code == 0, result.output
    name = data_path_for(sample_copy).name
    assert "merged into" in result.output and name in result.output
    assert "0 added, 1 kept, 0 updated, 0 conflicts, 2 deleted stay deleted" in result.output
    again = CliRunner().invoke(cli, ["extract", str(sample_copy)])
    assert again.output.startswith("unchanged ")


# ------------------------------------------------------- the merge itself, on small trees


def _tree(text):
    return _yaml().load(text)


BASE = """\
schema: 1
article: {id: a, title: T}
places:
  - {id: p, name: P, lat: 1.0, lon: 2.0, score: 0.5}
  - {id: q, name: Q, lat: 3.0, lon: 4.0}
events:
  - {id: e, place: p, type: strike, date: '2025-07-01'}
  - {id: f, place: q, type: talks}
"""


def test_merge_rules_field_by_field():
    base = _tree(BASE)
    theirs = _tree(BASE.replace("lat: 1.0, lon: 2.0", "lat: 1.5, lon: 2.0").replace("type: talks", "type: protest"))
    new = _tree(BASE.replace("score: 0.5", "score: 0.7").replace("title: T", "title: New title")
                .replace("type: talks", "type: arrest")
                + "  - {id: g, place: p, type: riot}\n")
    r = merge_tree(base, theirs, new)
    places = {p["id"]: p for p in theirs["places"]}
    events = {e["id"]: e for e in theirs["events"]}
    assert (places["p"]["lat"], places["p"]["score"]) == (1.5, 0.7)  # yours kept, theirs updated
    assert theirs["article"]["title"] == "New title"
    assert events["f"]["type"] == "protest" and [c.where for c in r.conflicts] == ["events[f].type"]
    assert [e["id"] for e in theirs["events"]] == ["e", "f", "g"] and r.added == ["events[g]"]
    assert sorted(r.updated) == ["article.title", "places[p].score"]


def test_merge_drops_what_the_extractor_no_longer_finds_unless_edited():
    base = _tree(BASE)
    theirs = _tree(BASE.replace("{id: f, place: q, type: talks}", "{id: f, place: q, type: talks, hidden: true}"))
    new = _tree(BASE.replace("  - {id: q, name: Q, lat: 3.0, lon: 4.0}\n", "")
                .replace("  - {id: f, place: q, type: talks}\n", "")
                .replace("  - {id: e, place: p, type: strike, date: '2025-07-01'}\n", ""))
    r = merge_tree(base, theirs, new)
    # e was never touched: removed. f was (hidden: true): kept, and so is its place q.
    assert [e["id"] for e in theirs["events"]] == ["f"] and [p["id"] for p in theirs["places"]] == ["p", "q"]
    assert r.removed == ["events[e]"]


def test_an_edited_event_the_article_re_dates_stays_one_event():
    # From a third audit: the user moved and dated an event; the wire then corrected "Dec. 31" to
    # "Dec. 30", and re-extracting brought a second copy back, at the old place, counted twice.
    base = _tree(BASE)
    theirs = _tree(BASE.replace("{id: e, place: p, type: strike, date: '2025-07-01'}",
                                "{id: e, place: q, type: strike, date: '2024-07-01', summary: mine}"))
    new = _tree(BASE.replace("{id: e, place: p, type: strike, date: '2025-07-01'}",
                             "{id: e2, place: p, type: strike, date: '2025-06-30', summary: new}"))
    r = merge_tree(base, theirs, new)
    events = [(e["id"], e["place"], e.get("date"), e.get("summary")) for e in theirs["events"]]
    assert events == [("e", "q", "2024-07-01", "mine"), ("f", "q", None, None)]
    assert r.added == [] and [c.where for c in r.conflicts] == ["events[e].date/approximate", "events[e].summary"]
    # An event the user never touched is simply replaced.
    theirs = _tree(BASE)
    merge_tree(base, theirs, _tree(BASE.replace("id: e, place: p, type: strike, date: '2025-07-01'",
                                                "id: e2, place: p, type: strike, date: '2025-06-30'")))
    assert [e["id"] for e in theirs["events"]] == ["e2", "f"]


def test_new_events_at_a_deleted_place_stay_out():
    base = _tree(BASE)
    theirs = _tree(BASE.replace("  - {id: q, name: Q, lat: 3.0, lon: 4.0}\n", "")
                   .replace("  - {id: f, place: q, type: talks}\n", ""))
    new = _tree(BASE + "  - {id: h, place: q, type: riot}\n")
    merge_tree(base, theirs, new)
    assert [e["id"] for e in theirs["events"]] == ["e"]
    assert list(theirs["deleted"]) == ["q", "f"]


# Property: with no user edits the extraction wins; with no extractor change the user's file stays.

_values = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from(["a", "b", "c"]))
_fields = st.dictionaries(st.sampled_from(["name", "lat", "lon", "type", "summary", "score"]), _values, max_size=4)


@st.composite
def _trees(draw):
    places = CommentedSeq()
    for pid in ["p"] + draw(st.lists(st.sampled_from("qrs"), unique=True, max_size=3)):  # events are at p
        m = CommentedMap([("id", pid)])
        m.update(draw(_fields))
        places.append(m)
    events = CommentedSeq()
    for eid in draw(st.lists(st.sampled_from(["e1", "e2", "e3"]), unique=True, max_size=3)):
        m = CommentedMap([("id", eid), ("place", "p")])
        m.update(draw(_fields))
        events.append(m)
    return CommentedMap([("schema", 1), ("article", CommentedMap([("id", "a"), ("title", draw(_values))])),
                         ("places", places), ("events", events)])


def _plain(tree):
    """The tree as plain data, items by id: the merge keeps the user's order of items."""
    data = _yaml().load(dump_tree(tree))
    for key in ("places", "events"):
        data[key] = {item["id"]: dict(item) for item in data.get(key) or []}
    return data


def _copy(tree):
    buf = io.StringIO()
    _yaml().dump(tree, buf)
    return _yaml().load(buf.getvalue())


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=_trees(), new=_trees())
def test_untouched_file_takes_the_new_extraction(base, new):
    theirs = _copy(base)
    merge_tree(base, theirs, _copy(new))
    assert _plain(theirs) == _plain(new)


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=_trees(), theirs=_trees())
def test_unchanged_extraction_leaves_the_users_file(base, theirs):
    expected = _plain(theirs)
    r = merge_tree(base, theirs, _copy(base))
    assert _plain({k: v for k, v in theirs.items() if k != "deleted"}) == expected
    assert r.added == [] and r.updated == [] and r.conflicts == []
