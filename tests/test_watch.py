"""geomap watch: rebuilds after a save, survives an invalid save."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from geomap.store import write_document
from geomap.watch import watch

TIMEOUT = 30  # seconds to wait for one rebuild (a cold first build takes a few)


@pytest.fixture
def watched(sample_doc, tmp_path):
    data = tmp_path / "data" / "s.geomap.yaml"
    data.parent.mkdir()
    write_document(sample_doc, data)
    out = tmp_path / "out"
    events: queue.Queue = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([data], out),
                              kwargs={"on_event": events.put, "stop_event": stop, "debounce_ms": 50}, daemon=True)
    thread.start()
    first = events.get(timeout=TIMEOUT)
    assert first.ok, first.errors
    yield data, out, events, thread
    stop.set()
    thread.join(timeout=10)
    assert not thread.is_alive()


def _save(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    tmp = path.with_name(path.name + ".swp")
    tmp.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.replace(tmp, path)  # as editors save: a new file renamed over the old one


def test_rebuilds_after_a_save_and_survives_an_invalid_one(watched):
    data, out, events, thread = watched
    geojson = out / "map.geojson"
    assert '"coordinates":[28.9497,41.0138]' in geojson.read_text(encoding="utf-8")

    _save(data, "lat: 41.01384", "lat: 41.5")
    event = events.get(timeout=TIMEOUT)
    assert event.ok and event.changed == [data], event.errors
    assert geojson in event.result.written
    assert '"coordinates":[28.9497,41.5]' in geojson.read_text(encoding="utf-8")
    good_map = (out / "map.html").read_bytes()

    _save(data, "type: strike", "type: stike")
    event = events.get(timeout=TIMEOUT)
    assert not event.ok and len(event.errors) == 1
    assert "did you mean 'strike'?" in event.errors[0] and event.errors[0].startswith(f"{data}:")
    assert thread.is_alive() and (out / "map.html").read_bytes() == good_map  # the previous map stays

    _save(data, "type: stike", "type: strike")
    event = events.get(timeout=TIMEOUT)
    assert event.ok and thread.is_alive()


def test_a_truncated_save_is_an_error_too(watched):
    data, out, events, thread = watched
    text = data.read_text(encoding="utf-8")
    data.write_text(text[: text.index("events:") + 40], encoding="utf-8")
    event = events.get(timeout=TIMEOUT)
    assert not event.ok and thread.is_alive()


def test_cli_watch_runs_until_interrupted(sample_doc, tmp_path):
    data = tmp_path / "s.geomap.yaml"
    write_document(sample_doc, data)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "watch", str(data), "-o", str(out), "--no-tiles"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()

    def wait_for(word):
        deadline = time.monotonic() + TIMEOUT
        seen = []
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            seen.append(line)
            if word in line:
                return line
        raise AssertionError(f"no {word!r} in {seen}")

    try:
        assert "start: rebuilt" in wait_for("start")
        _save(data, "type: strike", "type: stike")
        wait_for("not rebuilt: the previous map stays")
        _save(data, "type: stike", "type: shelling")
        assert "s.geomap.yaml: rebuilt" in wait_for("rebuilt")
        proc.send_signal(signal.SIGINT)  # Ctrl-C is how a watch ends: said, with exit status 0
        wait_for("stopped watching")
        assert proc.wait(timeout=10) == 0
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode in (0, 1, -signal.SIGINT)


def test_watch_a_growing_folder_of_articles(tmp_path):
    # A corpus folder had been read as one article: watch now rebuilds its one map as articles land
    # in it, extracting only the new ones; the map's own folder inside it is no article.
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "a.txt").write_text("Shelling hit Kharkiv on July 2, officials said.", encoding="utf-8")
    out = folder / "map"
    events: queue.Queue = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([folder], out),
                              kwargs={"on_event": events.put, "stop_event": stop, "debounce_ms": 50}, daemon=True)
    thread.start()
    try:
        first = events.get(timeout=TIMEOUT)
        assert first.ok, first.errors
        assert "Kharkiv" in (out / "map.geojson").read_text(encoding="utf-8")
        time.sleep(0.3)  # let the watcher start
        (folder / "b.txt").write_text("Protesters marched in Odesa on July 3.", encoding="utf-8")
        event = events.get(timeout=TIMEOUT)
        assert event.ok and event.changed == [folder / "b.txt"], event.errors
        assert event.result.corpus.summary().startswith("2 articles (1 extracted")
        assert "Odesa" in (out / "map.geojson").read_text(encoding="utf-8")
        (folder / "c.txt").write_bytes(b"\x00\x01binary")  # reported and skipped, the map rebuilt
        event = events.get(timeout=TIMEOUT)
        assert event.ok and event.problems and "c.txt" in event.problems[0]
        with pytest.raises(queue.Empty):  # writing map.html and map.geojson in feed/map triggers nothing
            events.get(timeout=1.0)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_an_article_that_lands_during_the_first_build_of_a_folder_is_mapped(tmp_path):
    # The CI's loaded machine missed an article written just after the first build, before the
    # watcher was live: the folder's articles are compared with those seen before that build.
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "a.txt").write_text("Shelling hit Kharkiv on July 2, officials said.", encoding="utf-8")
    out = folder / "map"
    events: queue.Queue = queue.Queue()

    def on_event(event):
        if events.empty() and not (folder / "b.txt").exists():  # before watchfiles has started
            (folder / "b.txt").write_text("Protesters marched in Odesa on July 3.", encoding="utf-8")
        events.put(event)

    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([folder], out),
                              kwargs={"on_event": on_event, "stop_event": stop, "debounce_ms": 50}, daemon=True)
    thread.start()
    try:
        assert events.get(timeout=TIMEOUT).ok
        event = events.get(timeout=TIMEOUT)
        assert event.ok and event.changed == [folder / "b.txt"], event.errors
        assert "Odesa" in (out / "map.geojson").read_text(encoding="utf-8")
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_a_watched_data_file_notes_a_save_of_its_article(tmp_path):
    # Audit 15: `geomap watch x.geomap.yaml` had ignored saves of x.txt, which `geomap watch x.txt`
    # notes; the map still shows the data file until `geomap extract` merges the change.
    from geomap.api import extract_into

    article = tmp_path / "kyiv.txt"
    article.write_text("A drone strike hit Kyiv on 2025-03-04, killing 5 people.\n", encoding="utf-8")
    data = extract_into(article).data_path
    events: queue.Queue = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([data], tmp_path / "out"),
                              kwargs={"on_event": events.put, "stop_event": stop, "debounce_ms": 50}, daemon=True)
    thread.start()
    try:
        assert events.get(timeout=TIMEOUT).ok
        time.sleep(0.5)  # the watcher is live
        _save(article, "5 people.", "5 people. Officials in Lviv said the city was calm.")
        event = events.get(timeout=TIMEOUT)
        assert event.note == (f"{article}: changed after its data file kyiv.geomap.yaml, which the map still "
                              f"shows: run geomap extract {article} to merge the change (your edits are kept)")
        assert event.changed == [article] and event.result is None  # a note, no rebuild
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
