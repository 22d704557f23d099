"""Corpus throughput: extract a synthetic corpus serially, on all cores, and on a Dask LocalCluster.

    python benchmarks/corpus.py [--size-mb 100] [--workers N] [--no-dask] [--build] [--repeat N] [--json]

The corpus is the LGL articles (``../shared/eval/lgl.jsonl``) repeated to ``--size-mb`` as one
JSONL file, each copy with its own id and a last line ("ref 00012") that makes its text, and so
its cache key, unique: every article is extracted, none is served by the in-run deduplication.

Each configuration runs in a fresh Python process, from an empty cache file, and its time
includes its start-up (loading the gazetteer index, forking the pool, starting the Dask
cluster), as a user would wait for it. Memory, in MB: the parent's peak RSS, and per worker its
peak RSS and, on Linux, PSS (shared pages divided among the processes sharing them) and USS
(private pages) at its last batch. A forked worker's peak RSS counts the pages it shares with
the parent; its USS is what it costs on top. ``--build`` then times ``build_corpus`` from the
warm cache: reading every extraction back, merging, writing map.html and map.geojson (its CPU
time too: on a machine shared with other work the wall-clock time varies by half).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script: make the repo's geomap importable

from geomap.executors import default_workers  # noqa: E402

DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "eval" / "lgl.jsonl"


def make_corpus(source: Path, target: Path, size_mb: float) -> tuple[int, int]:
    """Write LGL texts repeated to ``size_mb`` MB; returns (articles, bytes)."""
    docs = [json.loads(line) for line in source.read_text(encoding="utf-8").split("\n") if line.strip()]
    limit = int(size_mb * 1_000_000)
    n = written = 0
    with open(target, "w", encoding="utf-8") as f:
        copy = 0
        while written < limit:
            for d in docs:
                line = json.dumps({"id": f"{d['id']}-r{copy}", "text": f"{d['text']}\n\nref {copy:05d}"},
                                  ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                n += 1
                if written >= limit:
                    break
            copy += 1
    return n, written


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def one_run(corpus: Path, cache: Path, executor: str, workers: int) -> dict:
    """One configuration, in this (fresh) process."""
    from geomap.corpus import extract_corpus

    t = time.perf_counter()
    r = extract_corpus([corpus], cache_path=cache, progress=False, executor=executor, workers=workers)
    seconds = time.perf_counter() - t
    assert not r.problems, [p.one_line() for p in r.problems[:3]]
    mb = r.bytes_extracted / 1e6
    return {"ran_on": r.ran_on, "articles": r.extracted, "mb": round(mb, 2), "seconds": round(seconds, 2),
            "mb_per_s": round(mb / seconds, 3), "articles_per_s": round(r.extracted / seconds, 1),
            "parent_peak_rss": _peak_mb(),
            "workers": [{k: w.get(k) for k in ("pid", "peak_rss", "rss", "pss", "uss")}
                        for w in r.worker_memory.values()]}


def build_run(corpus: Path, out: Path, workers: int) -> dict:
    from geomap.corpus import build_corpus

    t, cpu = time.perf_counter(), time.process_time()
    b = build_corpus([corpus], out, cache_path=out / ".geomap-corpus.sqlite", workers=workers, progress=False)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    assert b.corpus.extracted == 0, b.corpus.counts
    return {"warm_build_s": round(seconds, 2), "warm_build_cpu_s": round(cpu, 2), "warm_build_peak_rss": _peak_mb(),
            "map_html_mb": round(b.html_path.stat().st_size / 1e6, 1),
            "map_geojson_mb": round(b.geojson_path.stat().st_size / 1e6, 1),
            "cache_mb": round((out / ".geomap-corpus.sqlite").stat().st_size / 1e6, 1),
            "merged_places": len(b.document.places), "merged_events": len(b.document.events),
            "reports": sum(len(e.sources) for e in b.document.events)}


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="LGL-style JSONL to repeat")
    ap.add_argument("--size-mb", type=float, default=100.0, help="size of the synthetic corpus (default 100)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="workers for the parallel runs")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--build", action="store_true", help="also time a map build from the warm cache")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each configuration; the fastest is kept")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--one", nargs=4, metavar=("CORPUS", "CACHE", "EXECUTOR", "WORKERS"), help=argparse.SUPPRESS)
    ap.add_argument("--build-one", nargs=3, metavar=("CORPUS", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_run(Path(args.one[0]), Path(args.one[1]), args.one[2], int(args.one[3]))))
        return
    if args.build_one:
        print(json.dumps(build_run(Path(args.build_one[0]), Path(args.build_one[1]), int(args.build_one[2]))))
        return
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    rows, extra = [], {}
    with tempfile.TemporaryDirectory(prefix="geomap-corpus-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, size = make_corpus(args.corpus, corpus, args.size_mb)
        print(f"synthetic corpus: {n} articles, {size / 1e6:.1f} MB; {args.workers} cores", file=sys.stderr)
        configs = [("1 worker", "serial", 1), (f"all cores ({args.workers} processes)", "process", args.workers)]
        if not args.no_dask:
            configs.append((f"Dask LocalCluster ({args.workers} workers)", "dask", args.workers))
        for i, (name, executor, workers) in enumerate(configs):
            runs = []
            for r in range(max(1, args.repeat)):
                cache = Path(tmp) / f"out-{i}" / (".geomap-corpus.sqlite" if r == 0 else f"run-{r}.sqlite")
                runs.append(_child("--one", str(corpus), str(cache), executor, str(workers)))
                print(f"  {name}: {runs[-1]['seconds']} s", file=sys.stderr)
            rows.append({"run": name, **min(runs, key=lambda run: run["seconds"])})
        if args.build:
            extra = _child("--build-one", str(corpus), str(Path(tmp) / "out-0"), str(args.workers))
    if args.json:
        print(json.dumps({"corpus_articles": n, "corpus_mb": round(size / 1e6, 2), "runs": rows, **extra}, indent=1))
        return
    print("| run | articles | MB | s | MB/s | articles/s | parent peak RSS | per worker: peak RSS / PSS / USS |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        mem = "; ".join(f"{w['peak_rss']} / {w.get('pss')} / {w.get('uss')}" for w in r["workers"])
        if r["run"] == "1 worker":
            mem = "(the parent)"
        print(f"| {r['run']} | {r['articles']} | {r['mb']} | {r['seconds']} | {r['mb_per_s']} | "
              f"{r['articles_per_s']} | {r['parent_peak_rss']} | {mem} |")
    for k, v in extra.items():
        print(f"- {k}: {v}")


if __name__ == "__main__":
    main()
