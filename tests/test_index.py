"""The compiled index's in-place format: names, word prefixes, rows, kinds and ids."""

import pytest

from geomap.index import Entry, GazetteerIndex

ROWS = [
    tuple(Entry("gn:1", "New York", 40.7, -74.0, "US", "city", 8_000_000, "US.NY", "new york")),
    tuple(Entry("ne:US.NY", "New York", 43.0, -75.0, "US", "admin1", 19_000_000, "US.NY", "new york")),
    tuple(Entry("gn:2", "Rostov-on-Don", 47.2, 39.7, "RU", "city", 1_100_000, None, "rostov on don")),
    tuple(Entry("gn:3", "Ukraine", 49.0, 32.0, "UA", "country", 41_000_000, None, "ukraine")),
]
NAMES = {"new york": (0, 1), "new york city": (0,), "rostov on don": (2,), "ukraine": (3,)}


@pytest.fixture(scope="module")
def small_index():
    return GazetteerIndex(ROWS, NAMES, 3, frozenset({"mary"}))


def test_names_and_word_prefixes(small_index):
    find = small_index.names.find
    assert find("new york") == (0, 1) and find("ukraine") == (3,)
    assert find("new") == () and find("rostov on") == ()  # only the start of longer names
    assert find("york") is None and find("kyiv") is None and find("\ud800") is None
    assert small_index.names.get("new") is None and small_index.names.get("new york city") == (0,)


def test_rows_become_entries(small_index):
    assert [e.id for e in small_index.lookup("new york")] == ["gn:1", "ne:US.NY"]
    assert small_index.lookup("new") == [] and small_index.lookup("nowhere") == []
    assert small_index.lookup("ukraine")[0] == Entry(*ROWS[3])
    assert small_index.entry(2) is small_index.lookup("rostov on don")[0]
    assert [e.id for e in small_index.entries_of_kind("city")] == ["gn:1", "gn:2"]
    assert small_index.entries_of_kind("continent") == []
    assert small_index.by_id("ne:US.NY").kind == "admin1" and small_index.by_id("gn:9") is None
    assert small_index.max_tokens == 3 and small_index.person_names == frozenset({"mary"})


def test_round_trip_through_bytes(small_index):
    again = GazetteerIndex.from_bytes(small_index.to_bytes())
    assert again.names.find("new york city") == (0,) and again.lookup("ukraine") == small_index.lookup("ukraine")


def test_truncated_data_is_refused(small_index):
    with pytest.raises(ValueError):
        GazetteerIndex.from_bytes(small_index.to_bytes()[:-200])


def test_an_index_of_another_version_is_removed_when_a_new_one_is_built(tmp_path):
    from geomap.index import _remove_stale_indexes

    current = tmp_path / "gazetteer-cities1000-v15-gnc3.0.2.marshal"
    stale = [tmp_path / "gazetteer-cities1000-v14-gnc3.0.2.marshal",
             tmp_path / "gazetteer-cities1000-v15-gnc3.0.1.marshal"]
    kept = [current, tmp_path / "gazetteer-cities500-v15-gnc3.0.2.marshal", tmp_path / "admin1-99ea88df.wkb.marshal"]
    for path in stale + kept:
        path.write_bytes(b"x")
    _remove_stale_indexes(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in kept)


def test_by_id_finds_every_entry_by_its_id(index):
    """by_id keeps one table a source prefix: every id of every source is found, and only it."""
    ids = str(index._ids, "utf-8").split("\n")
    for i in range(0, len(ids), 997):
        assert index.by_id(ids[i]) == index.entry(i)
    assert index.by_id("ne:US.NY").name == "New York" and index.by_id("gn:2988507").name == "Paris"
    assert index.by_id("nope") is None and index.by_id("ne:XX.NOPE") is None and index.by_id("gn:") is None


def test_the_cli_says_once_that_it_compiles_the_gazetteer_index(tmp_path, monkeypatch, capsys):
    """The first run of a new install compiles the index (about 20 s, in silence before): the CLI
    says so on stderr, and where; the next run reads the compiled index and says nothing."""
    import logging

    import geomap.index
    from geomap.cli import main

    article = tmp_path / "article.txt"
    article.write_text("Talks were held in Ukraine.", encoding="utf-8")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(geomap.index, "compile_index", lambda city_set: GazetteerIndex(ROWS, NAMES, 3))
    monkeypatch.setattr("sys.argv", ["geomap", "parse", str(article)])
    logger = logging.getLogger("geomap")
    handlers = list(logger.handlers)
    geomap.index.load_index.cache_clear()
    try:
        said = []
        for _ in range(2):
            geomap.index.load_index.cache_clear()
            with pytest.raises(SystemExit) as exit_:
                main()
            assert exit_.value.code == 0
            out, err = capsys.readouterr()
            assert '"name": "Ukraine"' in out
            said.append(err)
    finally:
        logger.handlers[:] = handlers
        geomap.index.load_index.cache_clear()  # the real index again, for the tests after this one
    compiled = list((tmp_path / "cache").glob("gazetteer-*.marshal"))
    assert len(compiled) == 1
    assert said[0] == f"geomap: compiling the gazetteer index into {compiled[0]} (once per install: about 20 s)\n"
    assert said[1] == ""
