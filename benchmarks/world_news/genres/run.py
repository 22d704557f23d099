"""Run geomap over hunt4 cases; print every error, then the counts as one JSON line."""
import json, re, sys
from collections import defaultdict
HERE = __import__('pathlib').Path(__file__).resolve().parent; sys.path.insert(0, str(HERE.parents[2])); sys.path.insert(0, str(HERE))
from geomap.index import load_index
from geomap.pipeline import geoparse
from cases import CASES, GENRES

KINDS = {"country": {"country"}, "admin1": {"admin1", "admin2", "region"}, "city": {"city"}}
VERBOSE = "-q" not in sys.argv


def occurrences(text, items):
    occ = []  # (start, end, item)
    for it in items:
        surf = it[0]
        nth = None
        if "#" in surf:
            surf, nth = surf.split("#"); nth = int(nth)
        ms = list(re.finditer(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", text))
        if not ms:
            raise SystemExit(f"surface not in text: {surf!r} in {text[:60]!r}")
        if nth:
            ms = [ms[nth - 1]]
        occ += [(m.start(), m.end(), it) for m in ms]
    # drop occurrences inside a longer listed surface
    return [o for o in occ if not any(p is not o and p[0] <= o[0] and o[1] <= p[1] and (p[1] - p[0]) > (o[1] - o[0]) for p in occ)]


def desc(e):
    return e and f"{e.name} [{e.kind}, {e.country}, {e.admin1}, pop {e.population}]"


GENERIC = r"(?:\s+(?:county|counties|province|provinces|region|state|states|district|districts|prefecture|tehsil|upazila|lga))?"


def core(text, s, t):
    """The span of a name without a possessive "'s" and a trailing generic word ("Amhara region",
    "Imo State's", "Kenya's" all count as the name geomap reports)."""
    m = re.match(r"(.*?)" + GENERIC + r"(?:['’]s?)?$", text[s:t], re.I | re.S)
    return (s, s + len(m.group(1))) if m and m.group(1) else (s, t)


def same_span(text, a, b):
    return a == b or core(text, *a) == core(text, *b)


def ok_country(exp, e):
    return exp == "*" or (e is not None and e.country in exp.split("|"))


def evaluate(idx, verbose=VERBOSE):
    tot = defaultdict(lambda: defaultdict(int))
    errors = []
    for ci, ((text, items), g) in enumerate(zip(CASES, GENRES)):
        res = geoparse(text, index=idx)
        occ = occurrences(text, items)
        used = set()
        for g_ in (g, "all"):
            tot[g_]["paragraphs"] += 1
        def rec(kind, msg):
            for g_ in (g, "all"):
                tot[g_][kind] += 1
            errors.append((ci, g, kind, msg))
        for s, t, it in sorted(occ, key=lambda o: o[0]):
            surf, cc, kind = it[0], it[1], it[2]
            hint = it[3] if len(it) > 3 else None
            over = [i for i, r in enumerate(res) if r.candidate.start < t and s < r.candidate.end]
            if kind == "?" or cc == "-":
                for i in over:
                    used.add(i); r = res[i]
                    if cc == "-" or not ok_country(cc, r.entry):
                        rec("spurious", f"{r.candidate.text!r}@{r.candidate.start} -> {desc(r.entry)} (there: {surf!r}, {'non-place' if cc == '-' else 'debatable, expected ' + cc})")
                continue
            for g_ in (g, "all"):
                tot[g_]["expected"] += 1
            exact = [i for i in over if same_span(text, (res[i].candidate.start, res[i].candidate.end), (s, t))]
            if exact:
                i = exact[0]; used.update(over); r = res[i]; e = r.entry
                good = e is not None and ok_country(cc, e) and (kind is None or e.kind in KINDS[kind]) and (
                    hint is None or e.admin1 == hint or hint.lower() in e.name.lower())
                if good:
                    for g_ in (g, "all"):
                        tot[g_]["correct"] += 1
                else:
                    alts = [(round(sc, 2), a.name, a.kind, a.country, a.admin1) for sc, a in (r.alternatives or [])[:3]]
                    rec("wrong_entry", f"{surf!r} -> {desc(e)}; expected {cc} {kind or ''} {hint or ''}; alts {alts}")
            elif over:
                used.update(over)
                rec("wrong_span", f"{surf!r} -> " + "; ".join(f"{res[i].candidate.text!r} -> {desc(res[i].entry)}" for i in over) + f"; expected {cc} {kind or ''}")
            else:
                rec("missed", f"{surf!r} (expected {cc} {kind or ''})")
        for i, r in enumerate(res):
            if i not in used:
                rec("spurious", f"{r.candidate.text!r}@{r.candidate.start} ({r.candidate.role}) -> {desc(r.entry)}")
    if verbose:
        for ci, g, kind, msg in errors:
            print(f"[{g}{ci:02d}] {kind:12s} {msg}")
    keys = ["paragraphs", "expected", "correct", "missed", "spurious", "wrong_entry", "wrong_span"]
    out = {g: {k: tot[g][k] for k in keys} for g in ["all"] + sorted(set(GENRES))}
    for g in out:
        n = out[g]["expected"]
        out[g]["recall_correct"] = round(out[g]["correct"] / n, 3) if n else None
    return out, errors


if __name__ == "__main__":
    idx = load_index()
    out, _ = evaluate(idx)
    print(json.dumps(out))
