"""Scoring for geoparsing output against gold toponyms (recognition + resolution).

Implements the rules of ../shared/eval/README.md:
- a prediction matches a gold toponym when their character spans overlap; each gold and each
  predicted span is used at most once (greedy in text order, see match_spans);
- predictions without lat/lon are false positives and never match;
- resolution metrics (Acc@161, median km, AUC) are computed on matched pairs only.

Docs are dicts ``{"id": ..., "toponyms": [...]}``; predictions may use ``"mentions"`` instead
(geomap's own output). Spans are ``{"start", "end", "lat", "lon", "text"?}`` with Python string
offsets.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field

EARTH_RADIUS_KM = 6371.0088
ACCURACY_RADIUS_KM = 161.0  # 100 miles
# Denominator of the AUC: ln of the largest possible error, per the README's formula.
MAX_ERROR_KM = 20039.0


@dataclass
class Scores:
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    acc161: float  # nan when nothing matched
    median_km: float  # nan when nothing matched
    auc: float  # nan when nothing matched
    n_matched: int  # matched pairs with coordinates on both sides (the resolution sample)


@dataclass
class ErrorAnalysis:
    false_positives: list[tuple[str, int]] = field(default_factory=list)  # (surface, count)
    misses: list[tuple[str, int]] = field(default_factory=list)  # (gold surface, count)
    # {"id", "text", "gold_text", "predicted": [lat, lon], "gold": [lat, lon], "km"}
    largest_errors: list[dict] = field(default_factory=list)


@dataclass
class _DocAlignment:
    gold_doc: dict
    pairs: list[tuple[dict, dict]]  # (gold, predicted) matched one-to-one
    missed: list[dict]  # gold toponyms left unmatched
    spurious: list[dict]  # predictions left unmatched, including those without coordinates


def load_jsonl(path) -> list[dict]:
    """Read one JSON object a line (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def has_coordinates(span: dict) -> bool:
    return span.get("lat") is not None and span.get("lon") is not None


def doc_spans(doc: dict) -> list[dict]:
    """A doc's spans, whether it keys them as "toponyms" (gold, systems) or "mentions" (geomap)."""
    spans = doc.get("toponyms")
    if spans is None:
        spans = doc.get("mentions")
    return list(spans or [])


def match_spans(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one overlap matching; returns (gold index, predicted index) pairs.

    Gold spans in reading order each claim the earliest-starting unused prediction that
    overlaps them. Position order (rather than largest overlap) pairs "Greer, South Carolina"
    with gold "Greer", whose place the system resolved, not with gold "South Carolina"; it is
    also the rule that reproduces the README's published table.
    """
    def by_position(spans):
        return sorted(range(len(spans)), key=lambda i: (spans[i]["start"], spans[i]["end"]))

    pred_order = by_position(predicted)
    used_pred, pairs = set(), []
    for gi in by_position(gold):
        g = gold[gi]
        for pi in pred_order:
            p = predicted[pi]
            if p["start"] >= g["end"]:
                break  # every later prediction starts after this gold span ends
            if pi not in used_pred and p["end"] > g["start"]:
                used_pred.add(pi)
                pairs.append((gi, pi))
                break
    return sorted(pairs)


def _align(gold_docs: list[dict], predicted_docs: list[dict]) -> list[_DocAlignment]:
    predicted_by_id = {doc["id"]: doc_spans(doc) for doc in predicted_docs}
    gold_ids = {doc["id"] for doc in gold_docs}
    unknown = [doc_id for doc_id in predicted_by_id if doc_id not in gold_ids]
    if unknown:
        # Almost always a bug (e.g. ids turned into strings); scoring them silently would hide it.
        raise ValueError(f"{len(unknown)} predicted doc ids not in gold, e.g. {unknown[:5]!r}")

    alignments = []
    for gold_doc in gold_docs:
        gold = doc_spans(gold_doc)
        predicted = predicted_by_id.get(gold_doc["id"], [])
        placed = [p for p in predicted if has_coordinates(p)]
        unplaced = [p for p in predicted if not has_coordinates(p)]
        pairs = match_spans(gold, placed)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        alignments.append(_DocAlignment(
            gold_doc=gold_doc,
            pairs=[(gold[gi], placed[pi]) for gi, pi in pairs],
            missed=[g for gi, g in enumerate(gold) if gi not in matched_gold],
            spurious=[p for pi, p in enumerate(placed) if pi not in matched_pred] + unplaced,
        ))
    return alignments


def _pair_error_km(gold: dict, predicted: dict) -> float | None:
    if not has_coordinates(gold):
        return None
    return haversine_km(gold["lat"], gold["lon"], predicted["lat"], predicted["lon"])


def score(gold_docs: list[dict], predicted_docs: list[dict]) -> Scores:
    """Precision/recall/F1 of recognition and Acc@161/median/AUC of resolution, micro-averaged."""
    alignments = _align(gold_docs, predicted_docs)
    tp = sum(len(a.pairs) for a in alignments)
    fp = sum(len(a.spurious) for a in alignments)
    fn = sum(len(a.missed) for a in alignments)
    errors = [km for a in alignments for g, p in a.pairs
              if (km := _pair_error_km(g, p)) is not None]

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if errors:
        acc161 = sum(km <= ACCURACY_RADIUS_KM for km in errors) / len(errors)
        import statistics  # here: the geoparser imports this module for haversine_km alone

        median_km = statistics.median(errors)
        auc = statistics.fmean(math.log1p(km) for km in errors) / math.log(MAX_ERROR_KM)
    else:
        acc161 = median_km = auc = math.nan
    return Scores(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1,
                  acc161=acc161, median_km=median_km, auc=auc, n_matched=len(errors))


def _surface(span: dict, doc_text: str) -> str:
    return span.get("text") or doc_text[span["start"]:span["end"]]


def error_analysis(gold_docs: list[dict], predicted_docs: list[dict], top: int = 20) -> ErrorAnalysis:
    """Most frequent false-positive and missed surface strings, and the worst-placed matches."""
    false_positives, misses, placed_pairs = Counter(), Counter(), []
    for a in _align(gold_docs, predicted_docs):
        doc_text = a.gold_doc.get("text", "")
        false_positives.update(_surface(p, doc_text) for p in a.spurious)
        misses.update(_surface(g, doc_text) for g in a.missed)
        for g, p in a.pairs:
            km = _pair_error_km(g, p)
            if km is not None:
                placed_pairs.append({
                    "id": a.gold_doc["id"],
                    "text": _surface(p, doc_text),
                    "gold_text": _surface(g, doc_text),
                    "predicted": [p["lat"], p["lon"]],
                    "gold": [g["lat"], g["lon"]],
                    "km": km,
                })
    placed_pairs.sort(key=lambda pair: -pair["km"])
    return ErrorAnalysis(
        false_positives=false_positives.most_common(top),
        misses=misses.most_common(top),
        largest_errors=placed_pairs[:top],
    )
