"""Geoparsing benchmark: run geomap's CLI on the LGL corpus, score it beside nine published systems.

    python benchmarks/geoparse.py [--corpus PATH] [--errors] [--json] [--ner MODEL]

geomap runs as a subprocess through its CLI contract (`python -m geomap parse --docs DOCS.jsonl`),
so the timings include interpreter start and gazetteer load, as a user would see them.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script: make the repo's geomap importable

from geomap.evaluate import error_analysis, load_jsonl, score  # noqa: E402

DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "eval" / "lgl.jsonl"
# lgl_systems/ file stem -> name in the README's table, in that table's order.
SYSTEM_NAMES = {
    "DBpedia": "DBpedia Spotlight",
    "StanfordNER": "Stanford NER (+ gazetteer)",
    "TopoCluster": "TopoCluster",
    "Yahoo": "Yahoo PlaceSpotter",
    "CamCoder": "CamCoder",
    "GeoTxt": "GeoTxt",
    "CLAVIN": "CLAVIN",
    "Edinburgh": "Edinburgh Geoparser",
    "SpaCyNER": "spaCy NER (+ gazetteer)",
}
COLD_START_TEXT = "Flooding closed roads between Alexandria and Pineville, Louisiana."


class ParserFailed(RuntimeError):
    pass


def parser_env() -> dict:
    # Append (not prepend) the repo so that a PYTHONPATH set by the caller still wins.
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(REPO_ROOT)) if p)
    return env


def run_parser(parser_cmd: list[str], docs: list[dict], workdir: Path) -> tuple[list[dict], float]:
    """Write id+text docs, run `PARSER_CMD --docs FILE`; return its output docs and wall seconds."""
    docs_path = workdir / f"docs-{len(docs)}.jsonl"
    with open(docs_path, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps({"id": doc["id"], "text": doc["text"]}, ensure_ascii=False) + "\n")
    cmd = [*parser_cmd, "--docs", str(docs_path)]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=parser_env())
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        stderr_tail = proc.stderr.decode("utf-8", "replace").strip()[-2000:]
        raise ParserFailed(f"`{shlex.join(cmd)}` exited with status {proc.returncode}\n{stderr_tail}")
    try:
        output = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ParserFailed(f"`{shlex.join(cmd)}` printed something that is not JSON lines: {e}")
    return output, seconds


# Runs a command and prints its peak RSS (KiB; bytes on macOS), so that one child's peak is read apart
# from the others'.
_PEAK_OF = "import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; " \
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)"


def first_run(parser_cmd: list[str], workdir: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a parse with an empty cache: the gazetteer index compiled, as on
    a new install (``GEOMAP_CACHE_DIR`` points at an empty folder)."""
    cache = workdir / "empty-cache"
    cache.mkdir()
    docs = workdir / "first-run.jsonl"
    docs.write_text(json.dumps({"id": 0, "text": COLD_START_TEXT}) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-c", _PEAK_OF, *parser_cmd, "--docs", str(docs)]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env={**parser_env(), "GEOMAP_CACHE_DIR": str(cache)})
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise ParserFailed(f"first run exited with status {proc.returncode}\n"
                           f"{proc.stderr.decode('utf-8', 'replace').strip()[-2000:]}")
    maxrss = int(proc.stderr.decode().strip().splitlines()[-1])
    return seconds, maxrss / 2**20 if sys.platform == "darwin" else maxrss / 2**10


def peak_child_rss_mb() -> float:
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 2**10  # bytes vs KiB


def check_output(gold_docs: list[dict], output_docs: list[dict]) -> list[str]:
    """Warnings about output that would silently distort the scores."""
    warnings = []
    text_by_id = {doc["id"]: doc["text"] for doc in gold_docs}
    missing = len(text_by_id.keys() - {doc.get("id") for doc in output_docs})
    if missing:
        warnings.append(f"{missing} docs missing from the parser's output (scored as no mentions)")
    bad_offsets = sum(
        1 for doc in output_docs for m in doc.get("mentions") or []
        if doc.get("id") in text_by_id and {"text", "start", "end"} <= m.keys()
        and text_by_id[doc["id"]][m["start"]:m["end"]] != m["text"]
    )
    if bad_offsets:
        warnings.append(f"{bad_offsets} mentions whose text[start:end] differs from their text")
    return warnings


def fmt(value: float, digits: int) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def _nan_to_none(value):
    """NaN (no matched pairs) is not valid JSON: emit null instead."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _nan_to_none(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nan_to_none(v) for v in value]
    return value


def cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown_report(figures: dict) -> str:
    lines = ["| system | P | R | F1 | Acc@161 | median km | AUC |", "|---|---|---|---|---|---|---|"]
    for name, s in figures["scores"].items():
        lines.append(f"| {name} | {fmt(s['precision'], 3)} | {fmt(s['recall'], 3)} | {fmt(s['f1'], 3)}"
                     f" | {fmt(s['acc161'], 3)} | {fmt(s['median_km'], 1)} | {fmt(s['auc'], 3)} |")
    lines += [
        "",
        f"- throughput: {figures['throughput_mb_s']:.3f} MB/s "
        f"({figures['corpus_mb']:.2f} MB in {figures['parse_seconds']:.2f} s, gazetteer load included)",
        f"- cold start: {figures['cold_start_s']:.2f} s (one one-line doc)",
        *([f"- throughput on the corpus repeated {figures['scale']} times: "
           f"{figures['scaled_throughput_mb_s']:.2f} MB/s (one process, one core)"]
          if figures.get("scaled_throughput_mb_s") else []),
        f"- peak RSS: {figures['peak_rss_mb']:.0f} MB",
        *([f"- first run, the gazetteer index compiled into an empty cache: {figures['first_run_s']:.1f} s, "
           f"peak RSS {figures['first_run_peak_rss_mb']:.0f} MB"] if figures.get("first_run_s") else []),
    ]
    errors = figures.get("errors")
    if errors:
        lines += ["", "### Top false positives", "| text | count |", "|---|---|"]
        lines += [f"| {cell(text)} | {count} |" for text, count in errors["false_positives"]]
        lines += ["", "### Top misses", "| gold text | count |", "|---|---|"]
        lines += [f"| {cell(text)} | {count} |" for text, count in errors["misses"]]
        lines += ["", "### Largest errors", "| doc | text | gold text | predicted | gold | km |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {e['id']} | {cell(e['text'])} | {cell(e['gold_text'])} | {e['predicted'][0]:.4f}, "
                  f"{e['predicted'][1]:.4f} | {e['gold'][0]:.4f}, {e['gold'][1]:.4f} | {e['km']:.0f} |"
                  for e in errors["largest_errors"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="gold JSONL (default: ../shared/eval/lgl.jsonl from the repo root)")
    ap.add_argument("--systems", type=Path, default=None,
                    help="folder of reference systems' JSONL (default: lgl_systems/ beside the corpus)")
    ap.add_argument("--errors", action="store_true", help="add geomap's error analysis")
    ap.add_argument("--top", type=int, default=20, help="rows per error-analysis list")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--repeat", type=int, default=3,
                    help="time the runs this many times and keep the fastest (default 3)")
    ap.add_argument("--scale", type=int, default=10,
                    help="also time a corpus of the texts repeated this many times, so the gazetteer "
                         "load is amortized (default 10; 0 to skip)")
    ap.add_argument("--ner", metavar="MODEL",
                    help="run geomap with its NER stage: `parse --ner MODEL` (a spaCy pipeline's name or folder)")
    ap.add_argument("--no-first-run", dest="first_run", action="store_false",
                    help="skip the first-run figure (a parse into an empty cache, which compiles the "
                         "gazetteer index: about 20 s)")
    # Substitute the parser command (e.g. a fake, or an installed build); `--docs FILE` is appended.
    ap.add_argument("--parser-cmd", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if not args.corpus.is_file():
        print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    systems_dir = args.systems or args.corpus.parent / "lgl_systems"
    parser_cmd = (shlex.split(args.parser_cmd) if args.parser_cmd
                  else [sys.executable, "-m", "geomap", "parse"]) + (["--ner", args.ner] if args.ner else [])
    gold_docs = load_jsonl(args.corpus)

    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        try:
            # Full run first, so the children's peak RSS read next is this run's.
            output_docs, parse_seconds = run_parser(parser_cmd, gold_docs, Path(tmp))
            peak_rss_mb = peak_child_rss_mb()
            for _ in range(args.repeat - 1):  # timings on a shared machine: keep the fastest
                parse_seconds = min(parse_seconds, run_parser(parser_cmd, gold_docs, Path(tmp))[1])
            cold_start_s = min(run_parser(parser_cmd, [{"id": 0, "text": COLD_START_TEXT}], Path(tmp))[1]
                               for _ in range(max(1, args.repeat)))
            first_run_s = first_run_mb = None
            if args.first_run:
                first_run_s, first_run_mb = first_run(parser_cmd, Path(tmp))
            scaled_seconds = None
            if args.scale > 1:
                scaled = [{"id": f"{k}-{d['id']}", "text": d["text"]} for k in range(args.scale) for d in gold_docs]
                scaled_seconds = run_parser(parser_cmd, scaled, Path(tmp))[1]
        except ParserFailed as e:
            print(f"error: geomap parser failed: {e}", file=sys.stderr)
            return 1
    for warning in check_output(gold_docs, output_docs):
        print(f"warning: {warning}", file=sys.stderr)

    corpus_mb = sum(len(doc["text"].encode("utf-8")) for doc in gold_docs) / 1e6
    try:
        scores = {"geomap": asdict(score(gold_docs, output_docs))}
    except (KeyError, TypeError, ValueError) as e:
        print(f"error: cannot score the parser's output: {e!r}", file=sys.stderr)
        return 1
    for stem, name in SYSTEM_NAMES.items():
        path = systems_dir / f"{stem}.jsonl"
        if path.is_file():
            scores[name] = asdict(score(gold_docs, load_jsonl(path)))
        else:
            print(f"warning: reference system output not found: {path}", file=sys.stderr)
    figures = {
        "corpus": str(args.corpus),
        "scores": scores,
        "corpus_mb": corpus_mb,
        "parse_seconds": parse_seconds,
        "throughput_mb_s": corpus_mb / parse_seconds,
        "cold_start_s": cold_start_s,
        "peak_rss_mb": peak_rss_mb,
        "first_run_s": first_run_s,
        "first_run_peak_rss_mb": first_run_mb,
        "scale": args.scale,
        "scaled_throughput_mb_s": (corpus_mb * args.scale / scaled_seconds) if scaled_seconds else None,
    }
    if args.errors:
        figures["errors"] = asdict(error_analysis(gold_docs, output_docs, top=args.top))

    if args.json:
        print(json.dumps(_nan_to_none(figures), indent=2, ensure_ascii=False))
    else:
        print(markdown_report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
