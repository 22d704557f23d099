"""Corpus throughput: extract a synthetic corpus serially, on all cores, and on a Dask LocalCluster.

    python benchmarks/corpus.py [--size-mb 100] [--workers N] [--no-dask] [--build] [--json]

The corpus is the LGL articles (``../shared/eval/lgl.jsonl``) repeated to ``--size-mb`` as one
JSONL file, each copy with its own id and a last line ("ref 00012") that makes its text, and so
its cache key, unique: every article is extracted, none is served by the in-run deduplication.
Each run starts from an empty cache and includes its start-up (forking the pool, starting the
Dask cluster, loading the gazetteer index), as a user would wait for it. Per worker it reports
the peak RSS and, on Linux, PSS (shared pages divided among the processes sharing them) and
USS (private pages) at the worker's last batch. The all-cores run keeps its extractions in an
SQLite cache file (the others in memory); ``--build`` then times ``build_corpus`` from that warm
cache: reading every extraction back, merging, writing map.html and map.geojson.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script: make the repo's geomap importable

from geomap.corpus import build_corpus, extract_corpus  # noqa: E402
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


def run(name: str, corpus: Path, cache_path: Path | None = None, **options) -> dict:
    t = time.perf_counter()
    r = extract_corpus([corpus], cache_path=cache_path, progress=False, **options)
    seconds = time.perf_counter() - t
    mb = r.bytes_extracted / 1e6
    workers = list(r.worker_memory.values())
    row = {"run": name, "ran_on": r.ran_on, "articles": r.extracted, "mb": round(mb, 2), "seconds": round(seconds, 2),
           "mb_per_s": round(mb / seconds, 3), "articles_per_s": round(r.extracted / seconds, 1),
           "workers": [{k: w.get(k) for k in ("pid", "peak_rss", "rss", "pss", "uss")} for w in workers]}
    assert not r.problems, r.problems[:3]
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="LGL-style JSONL to repeat")
    ap.add_argument("--size-mb", type=float, default=100.0, help="size of the synthetic corpus (default 100)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="workers for the parallel runs")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--build", action="store_true", help="also time a full map build from the warm cache")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="geomap-corpus-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, size = make_corpus(args.corpus, corpus, args.size_mb)
        print(f"synthetic corpus: {n} articles, {size / 1e6:.1f} MB; {args.workers} cores", file=sys.stderr)
        configs = [("1 worker", dict(executor="serial", workers=1)),
                   (f"all cores ({args.workers} processes)", dict(executor="process", workers=args.workers))]
        if not args.no_dask:
            configs.append((f"Dask LocalCluster ({args.workers} workers)",
                            dict(executor="dask", workers=args.workers)))
        out = Path(tmp) / "out"
        cache = out / ".geomap-corpus.sqlite"
        for name, options in configs:
            rows.append(run(name, corpus, cache_path=cache if options["executor"] == "process" else None,
                            **options))
            print(f"  {name}: {rows[-1]['seconds']} s", file=sys.stderr)
        extra = {}
        if args.build:
            t = time.perf_counter()
            b = build_corpus([corpus], out, cache_path=cache, executor="process", workers=args.workers,
                             progress=False)
            extra["warm_build_s"] = round(time.perf_counter() - t, 2)
            assert b.corpus.counts["cached"] == n, b.corpus.counts
            extra["map_html_mb"] = round(b.html_path.stat().st_size / 1e6, 1)
            extra["cache_mb"] = round(cache.stat().st_size / 1e6, 1)
            extra["merged_places"] = len(b.document.places)
            extra["merged_events"] = len(b.document.events)
        extra["parent_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps({"corpus_articles": n, "corpus_mb": round(size / 1e6, 2), "runs": rows, **extra}, indent=1))
        return
    print(f"| run | articles | MB | s | MB/s | articles/s | per worker: peak RSS / PSS / USS (MB) |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        mem = "; ".join(f"{w['peak_rss']} / {w.get('pss')} / {w.get('uss')}" for w in r["workers"])
        print(f"| {r['run']} | {r['articles']} | {r['mb']} | {r['seconds']} | {r['mb_per_s']} | "
              f"{r['articles_per_s']} | {mem} |")
    for k, v in extra.items():
        print(f"- {k}: {v}")


if __name__ == "__main__":
    main()
