"""How long a rebuild of the sample takes after a one-field edit of its data file.

    python benchmarks/rebuild.py [--runs N]

Copies the sample article and data file into a scratch folder, then measures

- cold: `geomap build DATAFILE` as a new process, after changing one event's type (what a
  user does from the shell): wall time, process start and imports included;
- warm: the same rebuild inside a running process (what `geomap watch` does on a save);
- save-to-map: `geomap watch` running in a thread, from the save to the rebuilt map;

and prints where the time of a cold rebuild goes (imports, reading the data file, boundaries,
rendering, writing). Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "ukraine-russia-talks-2025-07-23.txt"
TARGET = 1.0  # seconds


def _edit(data: Path, i: int) -> None:
    """One field: the first event's type, alternating so each rebuild has something to do."""
    text = data.read_text(encoding="utf-8")
    old, new = ("type: talks", "type: statement") if i % 2 == 0 else ("type: statement", "type: talks")
    data.write_text(text.replace(old, new, 1), encoding="utf-8")


def _cold(data: Path, out: Path, runs: int) -> list[float]:
    times = []
    for i in range(runs):
        _edit(data, i)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "geomap", "build", str(data), "-o", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def _breakdown(data: Path, out: Path) -> list[tuple[str, float]]:
    """Stages of one cold rebuild, in a fresh process (so nothing is cached yet)."""
    code = f"""
import time
t0 = time.perf_counter()
from geomap import api, boundaries, export, store
from geomap.render import map_html
t1 = time.perf_counter()
doc = store.read_document({str(data)!r})
t2 = time.perf_counter()
for _, place, _ in export.mapped_places([doc]):
    export.place_geometry(place)
t3 = time.perf_counter()
page = map_html([doc])
t4 = time.perf_counter()
geo = export.geojson_text([doc])
t5 = time.perf_counter()
store.write_atomic({str(out / 'map.html')!r}, page); store.write_atomic({str(out / 'map.geojson')!r}, geo)
t6 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)
"""
    start = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    total = time.perf_counter() - start
    parts = [float(x) for x in res.stdout.split()]
    names = ["imports (geomap, folium, shapely, ruamel)", "read + validate the data file",
             "place outlines (boundaries)", "render map.html", "map.geojson", "write (atomic)"]
    rows = list(zip(names, parts))
    rows.insert(0, ("python start-up", total - sum(parts)))
    return rows


def _warm(data: Path, out: Path, runs: int) -> list[float]:
    from geomap import api

    api.build([data], out)  # the first build of a process pays for imports and boundaries
    times = []
    for i in range(runs):
        _edit(data, i)
        start = time.perf_counter()
        api.build([data], out)
        times.append(time.perf_counter() - start)
    return times


def _watch(data: Path, out: Path, runs: int) -> list[float]:
    from geomap.watch import watch

    events: queue.Queue = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([data], out), kwargs={"on_event": events.put, "stop_event": stop},
                              daemon=True)
    thread.start()
    events.get(timeout=60)
    time.sleep(0.5)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        _edit(data, i)
        event = events.get(timeout=60)
        assert event.ok, event.errors
        times.append(time.perf_counter() - start)
        time.sleep(0.3)
    stop.set()
    thread.join(timeout=10)
    return times


def _fmt(times: list[float]) -> str:
    return (f"median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s "
            f"({len(times)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        article = tmp / SAMPLE.name
        shutil.copy(SAMPLE, article)
        data = article.with_name(article.stem + ".geomap.yaml")
        shutil.copy(SAMPLE.with_name(SAMPLE.stem + ".geomap.yaml"), data)
        out = tmp / "out"
        subprocess.run([sys.executable, "-m", "geomap", "build", str(data), "-o", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        cold = _cold(data, out, args.runs)
        rows = _breakdown(data, out)
        warm = _warm(data, out, args.runs)
        saved = _watch(data, out, args.runs)
    print(f"rebuild of the sample after a one-field edit (target: under {TARGET:.0f} s)")
    print(f"  cold, `geomap build DATAFILE` in a new process: {_fmt(cold)}")
    print(f"  warm, inside a running process (geomap watch):  {_fmt(warm)}")
    print(f"  save to rebuilt map under `geomap watch`:        {_fmt(saved)}")
    print("where a cold rebuild's time goes:")
    for name, seconds in rows:
        print(f"  {name:<44} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
