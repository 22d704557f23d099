"""The scorer of the full-length article sets (articles, articles2, outbreaks, regional): each
set's run.py runs geomap over the cases.py beside it and prints every error, then the counts as
one JSON line.

CASES: list of (text, [(surface, expected_country_iso2, expected_kind_or_None[, hint]), ...]).
  - every occurrence of `surface` (word-bounded, case-sensitive) in the text is expected,
    except occurrences inside a longer listed surface; "Name#2" = only the 2nd occurrence,
    "Name#1,3" = only the 1st and 3rd.
  - country "*" = any country accepted (rivers, seas, ranges, continents); "A|B" = either.
  - kind "?" = debatable (club, stadium, street, airport, organisation named after a place):
    not counted as expected, and a result there is ignored if its country matches (or country
    is "*"); a result in another country is spurious.
  - kind "admin1" accepts admin1/admin2/region; "city" city only; "country" country only;
    None = any kind.
  - optional hint: the entry's admin1 code ("US.TX"), a substring of its name, or (lat, lon):
    the entry must lie within 40 km of that point.
  - a surface with country "-" is a NON-place (person, ship, storm, song named like a place):
    any result there is spurious. Listed only to document the trap; not counted as expected.
GENRES: a genre letter for each case (the set's cases.py says what its letters are); a set's
cases.py also says its own conventions (demonyms, for one).

Adapted from genres/run.py: "Name#1,3" selects occurrences, a (lat, lon) hint means within 40 km,
kind "region" accepts region only, and a span may differ from the expected one by a trailing generic
word ("Nakuru County", "Ormoc City"), a possessive or a trailing period ("Ont." / "Ont").
"""
import json, math, re, sys
from collections import defaultdict
import importlib.util
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from geomap.index import load_index
from geomap.pipeline import geoparse

KINDS = {"country": {"country"}, "admin1": {"admin1", "admin2", "region"}, "city": {"city"}, "region": {"region"}}
VERBOSE = "-q" not in sys.argv


def occurrences(text, items):
    occ = []  # (start, end, item)
    for it in items:
        surf = it[0]
        nth = None
        if "#" in surf:
            surf, nth = surf.split("#"); nth = [int(x) for x in nth.split(",")]
        ms = list(re.finditer(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", text))
        if not ms:
            raise SystemExit(f"surface not in text: {surf!r} in {text[:60]!r}")
        if nth:
            ms = [ms[k - 1] for k in nth]
        occ += [(m.start(), m.end(), it) for m in ms]
    # drop occurrences inside a longer listed surface
    return [o for o in occ if not any(p is not o and p[0] <= o[0] and o[1] <= p[1] and (p[1] - p[0]) > (o[1] - o[0]) for p in occ)]


def desc(e):
    return e and f"{e.name} [{e.kind}, {e.country}, {e.admin1}, pop {e.population}]"


GENERIC = r"(?:\s+(?:county|counties|province|provinces|region|regions|state|states|district|districts|prefecture|tehsil|upazila|lga|city|governorate|oblast|department))?"


def core(text, s, t):
    """The span of a name without a possessive "'s", a trailing period and a trailing generic word
    ("Amhara region", "Imo State's", "Kenya's", "Ont." all count as the name geomap reports)."""
    m = re.match(r"(.*?)" + GENERIC + r"(?:['’]s?)?\.?$", text[s:t], re.I | re.S)
    return (s, s + len(m.group(1))) if m and m.group(1) else (s, t)


def same_span(text, a, b):
    return a == b or core(text, *a) == core(text, *b)


def ok_country(exp, e):
    return exp == "*" or (e is not None and e.country in exp.split("|"))


def km(e, ll):
    la1, lo1, la2, lo2 = map(math.radians, (e.lat, e.lon, ll[0], ll[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def ok_hint(hint, e):
    if hint is None:
        return True
    if isinstance(hint, tuple):
        return km(e, hint) <= 40
    return e.admin1 == hint or hint.lower() in e.name.lower()


def context(text, s, t, width=90):
    a = max(0, s - width); b = min(len(text), t + width)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def evaluate(idx, cases, genres, verbose=VERBOSE):
    tot = defaultdict(lambda: defaultdict(int))
    errors = []
    for ci, ((text, items), g) in enumerate(zip(cases, genres)):
        res = geoparse(text, index=idx)
        occ = occurrences(text, items)
        used = set()
        for g_ in (g, "all"):
            tot[g_]["articles"] += 1
        def rec(kind, msg, s, t):
            for g_ in (g, "all"):
                tot[g_][kind] += 1
            errors.append((ci, g, kind, msg, context(text, s, t)))
        for s, t, it in sorted(occ, key=lambda o: o[0]):
            surf, cc, kind = it[0], it[1], it[2]
            hint = it[3] if len(it) > 3 else None
            over = [i for i, r in enumerate(res) if r.candidate.start < t and s < r.candidate.end]
            if kind == "?" or cc == "-":
                for i in over:
                    used.add(i); r = res[i]
                    if cc == "-" or not ok_country(cc, r.entry):
                        rec("spurious", f"{r.candidate.text!r}@{r.candidate.start} -> {desc(r.entry)} (there: {surf!r}, {'non-place' if cc == '-' else 'debatable, expected ' + cc})", s, t)
                continue
            for g_ in (g, "all"):
                tot[g_]["expected"] += 1
            exact = [i for i in over if same_span(text, (res[i].candidate.start, res[i].candidate.end), (s, t))]
            if exact:
                i = exact[0]; used.update(over); r = res[i]; e = r.entry
                good = e is not None and ok_country(cc, e) and (kind is None or e.kind in KINDS[kind]) and ok_hint(hint, e)
                if good:
                    for g_ in (g, "all"):
                        tot[g_]["correct"] += 1
                else:
                    alts = [(round(sc, 2), a.name, a.kind, a.country, a.admin1) for sc, a in (r.alternatives or [])[:3]]
                    rec("wrong_entry", f"{surf!r}@{s} -> {desc(e)}; expected {cc} {kind or ''} {hint or ''}; alts {alts}", s, t)
            elif over:
                used.update(over)
                rec("wrong_span", f"{surf!r}@{s} -> " + "; ".join(f"{res[i].candidate.text!r} -> {desc(res[i].entry)}" for i in over) + f"; expected {cc} {kind or ''}", s, t)
            else:
                rec("missed", f"{surf!r}@{s} (expected {cc} {kind or ''} {hint or ''})", s, t)
        for i, r in enumerate(res):
            if i not in used:
                c = r.candidate
                rec("spurious", f"{c.text!r}@{c.start} ({c.role}) -> {desc(r.entry)}", c.start, c.end)
    if verbose:
        for ci, g, kind, msg, ctx in errors:
            print(f"[{g}{ci:02d}] {kind:12s} {msg}\n        | {ctx}")
    keys = ["articles", "expected", "correct", "missed", "spurious", "wrong_entry", "wrong_span"]
    out = {g: {k: tot[g][k] for k in keys} for g in ["all"] + sorted(set(genres))}
    for g in out:
        n = out[g]["expected"]
        out[g]["recall_correct"] = round(out[g]["correct"] / n, 3) if n else None
    return out, errors


def main(folder):
    """Score the cases.py in ``folder`` (a set's own folder) and print the counts."""
    spec = importlib.util.spec_from_file_location("cases", Path(folder) / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out, _ = evaluate(load_index(), module.CASES, module.GENRES)
    print(json.dumps(out))
