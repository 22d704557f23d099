"""The data file: round trip, validation with file/line/field, atomic writes."""

import os
from pathlib import Path

import pytest

from geomap.errors import StoreFormatError
from geomap.store import read_document, write_atomic, write_document


def test_round_trip_keeps_everything(sample_doc, tmp_path):
    path = tmp_path / "sample.geomap.yaml"
    assert write_document(sample_doc, path) is True
    back = read_document(path)
    assert [(p.id, p.lat, p.lon, p.kind, p.precision, p.mentions) for p in back.places] == \
        [(p.id, p.lat, p.lon, p.kind, p.precision, p.mentions) for p in sample_doc.places]
    assert [(e.id, e.place, e.type, e.date, e.approximate, e.actors, e.figures, e.sources) for e in back.events] == \
        [(e.id, e.place, e.type, e.date, e.approximate, e.actors, e.figures, e.sources) for e in sample_doc.events]
    assert back.article.published == "2025-07-23"
    # Writing the same content again does not touch the file.
    mtime = path.stat().st_mtime_ns
    assert write_document(back if False else sample_doc, path) is False
    assert path.stat().st_mtime_ns == mtime


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.mark.parametrize("old, new, field, message", [
    ("lat: 41.01384", "lat: 123", "places[2].lat", "123 is out of range -90..90"),
    ("type: strike", "type: stike", ".type", "unknown event type 'stike', did you mean 'strike'?"),
    ("date: '2025-07-22'", "date: July 45", ".date", "'July 45' is not ISO 8601"),
    ("lon: 28.94966", "lon: east", "places[2].lon", "'east' is not a number"),
])
def test_bad_values_name_file_line_and_field(sample_doc, tmp_path, old, new, field, message):
    path = tmp_path / "s.geomap.yaml"
    write_document(sample_doc, path)
    _edit(path, old, new)
    line = _line_of(path, new)
    with pytest.raises(StoreFormatError) as info:
        read_document(path)
    text = info.value.one_line()
    assert text.startswith(f"{path}:{line}: ") and field in text and message in text, text
    assert "\n" not in text


def test_all_problems_reported_at_once(sample_doc, tmp_path):
    path = tmp_path / "s.geomap.yaml"
    write_document(sample_doc, path)
    _edit(path, "lat: 41.01384", "lat: 123")
    _edit(path, "type: strike", "type: stike")
    with pytest.raises(StoreFormatError) as info:
        read_document(path)
    assert len(info.value.problems) == 2


def test_syntax_error_and_truncation(sample_doc, tmp_path):
    path = tmp_path / "s.geomap.yaml"
    write_document(sample_doc, path)
    _edit(path, "places:\n", "places: [\n")
    with pytest.raises(StoreFormatError, match=r"s\.geomap\.yaml:\d+: YAML syntax error"):
        read_document(path)
    write_document(sample_doc, path)
    text = path.read_text(encoding="utf-8")
    # Cut in the middle of an event, as an interrupted copy would.
    cut = text.index("\n", text.index("- id: istanbul-talks-2025-07-23")) + 1
    path.write_text(text[:cut], encoding="utf-8")
    with pytest.raises(StoreFormatError, match=r"events\[0\]\.place: is required"):
        read_document(path)


def test_interrupted_write_leaves_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "f.txt"
    path.write_text("old content", encoding="utf-8")

    def crash(src, dst):
        raise KeyboardInterrupt  # the process is stopped between writing and renaming

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new content")
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]  # no temporary file left behind
