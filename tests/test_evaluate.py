import math
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # so plain `pytest` finds geomap without an install

from geomap.evaluate import error_analysis, haversine_km, load_jsonl, score  # noqa: E402

EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
needs_corpus = pytest.mark.skipif(
    not (EVAL_DIR / "lgl.jsonl").is_file(),
    reason=f"LGL evaluation corpus not found at {EVAL_DIR} (read-only shared data, not in the repo)",
)

# The README's table: file stem -> (P, R, F1, Acc@161, median km, AUC).
PUBLISHED = {
    "DBpedia": (0.851, 0.665, 0.747, 0.650, 7.5, 0.357),
    "StanfordNER": (0.804, 0.672, 0.732, 0.574, 20.5, 0.381),
    "TopoCluster": (0.815, 0.616, 0.702, 0.613, 24.5, 0.392),
    "Yahoo": (0.745, 0.665, 0.702, 0.711, 23.8, 0.339),
    "CamCoder": (0.826, 0.559, 0.667, 0.711, 0.0, 0.254),
    "GeoTxt": (0.789, 0.531, 0.635, 0.623, 0.6, 0.321),
    "CLAVIN": (0.838, 0.460, 0.594, 0.687, 0.0, 0.274),
    "Edinburgh": (0.770, 0.408, 0.534, 0.802, 0.0, 0.185),
    "SpaCyNER": (0.553, 0.416, 0.475, 0.538, 26.0, 0.399),
}


@pytest.fixture(scope="module")
def gold_docs():
    return load_jsonl(EVAL_DIR / "lgl.jsonl")


@needs_corpus
@pytest.mark.parametrize("system", sorted(PUBLISHED))
def test_reproduces_published_table(gold_docs, system):
    p, r, f1, acc161, median_km, auc = PUBLISHED[system]
    s = score(gold_docs, load_jsonl(EVAL_DIR / "lgl_systems" / f"{system}.jsonl"))
    assert s.precision == pytest.approx(p, abs=0.01)
    assert s.recall == pytest.approx(r, abs=0.01)
    assert s.f1 == pytest.approx(f1, abs=0.01)
    assert s.acc161 == pytest.approx(acc161, abs=0.01)
    assert s.auc == pytest.approx(auc, abs=0.01)
    # The median is sensitive to which of two overlapping gold spans a prediction pairs with
    # (largest-overlap matching is off by ~0.45 km on DBpedia); the published one is to 0.1 km.
    assert s.median_km == pytest.approx(median_km, abs=0.1)


@needs_corpus
def test_gold_against_itself_is_perfect(gold_docs):
    s = score(gold_docs, gold_docs)
    assert (s.precision, s.recall, s.f1, s.acc161, s.auc) == (1.0, 1.0, 1.0, 1.0, 0.0)
    assert s.median_km == 0.0
    assert s.tp == s.n_matched == 4462 and s.fp == s.fn == 0


def doc(*spans, doc_id=0, key="toponyms"):
    return {"id": doc_id, key: list(spans)}


def span(start, end, lat=10.0, lon=20.0, text=None):
    return {"start": start, "end": end, "lat": lat, "lon": lon, "text": text}


def test_prediction_without_coordinates_is_false_positive():
    gold = [doc(span(0, 5))]
    predicted = [doc(span(0, 5, lat=None, lon=None), key="mentions")]  # geomap's output shape
    s = score(gold, predicted)
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert s.n_matched == 0 and math.isnan(s.acc161)


def test_unplaced_prediction_does_not_block_a_placed_one():
    gold = [doc(span(0, 5))]
    predicted = [doc(span(0, 5, lat=None, lon=None), span(0, 5), key="mentions")]
    s = score(gold, predicted)
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_overlapping_spans_match_once_only():
    # One prediction overlapping two gold spans: it matches one, the other gold is missed.
    gold = [doc(span(0, 5, text="Paris"), span(7, 16, text="Tennessee"))]
    predicted = [doc(span(0, 16, text="Paris, Tennessee"))]
    s = score(gold, predicted)
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
    # Two predictions overlapping one gold span: one matches, the other is a false positive.
    gold = [doc(span(0, 16))]
    predicted = [doc(span(0, 5), span(3, 16))]
    s = score(gold, predicted)
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_city_state_prediction_pairs_with_the_city():
    greer, south_carolina = (34.94, -82.23), (33.92, -80.90)
    gold = [doc(span(0, 5, *greer), span(7, 21, *south_carolina))]
    predicted = [doc(span(0, 21, *greer))]  # "Greer, South Carolina", resolved to Greer
    s = score(gold, predicted)
    assert s.tp == 1 and s.median_km == 0.0


def test_prediction_order_does_not_change_scores():
    gold = [doc(span(0, 5, 1.0, 1.0), span(7, 16, 5.0, 5.0))]
    spans = [span(0, 16, 5.0, 5.0), span(0, 5, 1.0, 1.0), span(7, 16, 9.0, 9.0)]
    assert score(gold, [doc(*spans)]) == score(gold, [doc(*reversed(spans))])


def test_haversine_one_degree_of_latitude():
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.195, abs=0.001)


def test_resolution_metrics():
    gold = [doc(span(0, 5, 0.0, 0.0), span(10, 15, 0.0, 0.0))]
    predicted = [doc(span(0, 5, 0.0, 0.0), span(10, 15, 2.0, 0.0))]  # 0 km and ~222 km off
    s = score(gold, predicted)
    assert s.acc161 == 0.5
    assert s.median_km == pytest.approx(111.195, abs=0.01)
    assert s.auc == pytest.approx(math.log1p(haversine_km(0, 0, 2, 0)) / 2 / math.log(20039))


def test_unknown_predicted_doc_id_is_an_error():
    with pytest.raises(ValueError, match="not in gold"):
        score([doc(span(0, 5), doc_id=0)], [doc(span(0, 5), doc_id="0")])


def test_missing_predicted_doc_counts_as_misses():
    s = score([doc(span(0, 5), doc_id=0), doc(span(0, 5), doc_id=1)], [doc(span(0, 5), doc_id=0)])
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)


def test_error_analysis():
    gold = [{"id": 0, "text": "Paris and Rome and Oslo",
             "toponyms": [span(0, 5, 48.86, 2.35), span(10, 14, 41.9, 12.5), span(19, 23, 59.9, 10.7)]}]
    predicted = [doc(span(0, 5, 33.66, -95.56), span(10, 14, 41.9, 12.5), span(6, 9, 1.0, 1.0),
                     key="mentions")]  # Paris, Texas; Rome; "and"; Oslo missed
    analysis = error_analysis(gold, predicted, top=5)
    assert analysis.false_positives == [("and", 1)]
    assert analysis.misses == [("Oslo", 1)]
    worst = analysis.largest_errors[0]
    assert worst["text"] == "Paris" and worst["km"] > 7000
    assert worst["predicted"] == [33.66, -95.56] and worst["gold"] == [48.86, 2.35]
    assert [e["text"] for e in analysis.largest_errors] == ["Paris", "Rome"]
