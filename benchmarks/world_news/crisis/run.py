"""Evaluate geomap on cases.py beside this file. Prints per-error details, then counts as one JSON line."""
import sys, re, json
HERE = __import__('pathlib').Path(__file__).resolve().parent; sys.path.insert(0, str(HERE.parents[2])); sys.path.insert(0, str(HERE))
from geomap.index import load_index
from geomap.pipeline import geoparse
from cases import CASES, GENRE, DEBATABLE

GENERIC = {"district", "districts", "province", "provinces", "state", "states", "region", "governorate",
           "governorates", "department", "prefecture", "township", "territory", "territories", "sub-prefecture",
           "city", "town", "camp", "island", "the", "county", "panchayats", "local", "government", "area"}

def norm(s):
    toks = re.findall(r"[\w'’.\-]+", s)
    while toks and toks[0].lower() in GENERIC: toks.pop(0)
    while toks and toks[-1].lower() in GENERIC: toks.pop()
    return " ".join(toks).rstrip(".,").lower()

def occurrences(text, surface):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text)]

def km(e, ll):
    import math
    la1, lo1, la2, lo2 = map(math.radians, (e.lat, e.lon, ll[0], ll[1]))
    h = math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 6371*2*math.asin(math.sqrt(h))

def fmt(e):
    return None if e is None else f"{e.name} [{e.kind} {e.country} {e.admin1} pop={e.population}]"

def main(verbose=True):
    idx = load_index()
    keys = ["paragraphs", "expected", "correct", "missed", "spurious", "wrong_entry", "wrong_span", "unresolved"]
    tot = {k: 0 for k in keys}; per = {g: {k: 0 for k in keys} for g in "abcde"}
    errors = []
    for i, (text, exp) in enumerate(CASES):
        g = GENRE[i]
        for c in (tot, per[g]): c["paragraphs"] += 1
        preds = []
        for r in geoparse(text, index=idx):
            c = r.candidate
            end = getattr(c, "end", None) or c.start + len(c.text)
            preds.append((c.start, end, c.text, c.role, r.entry))
        # expected occurrences
        occ = []
        for e in exp:
            alts = e[0].split("|")
            for (s, t) in occurrences(text, alts[0]):
                occ.append((s, t, e, alts))
        occ = [o for o in occ if not any(p[0] <= o[0] and o[1] <= p[1] and (p[1]-p[0]) > (o[1]-o[0]) for p in occ)]
        ign = [so for d in DEBATABLE.get(i, []) for so in occurrences(text, d)]
        used = set()
        for (s, t, e, alts) in sorted(occ):
            for c in (tot, per[g]): c["expected"] += 1
            ov = [(min(t, p[1]) - max(s, p[0]), j) for j, p in enumerate(preds) if min(t, p[1]) > max(s, p[0])]
            surf = alts[0]
            if not ov:
                status = "missed"; detail = f"not found (gazetteer has: {[fmt(x) for x in idx.lookup(surf.lower())][:3]})"
            else:
                _, j = max(ov); used.add(j); p = preds[j]; ent = p[4]
                cc, kind = e[1], e[2]; adm = e[3] if len(e) > 3 else None
                if norm(p[2]) not in {norm(a) for a in alts}:
                    status = "wrong_span"; detail = f"span {p[2]!r} -> {fmt(ent)}"
                elif ent is None:
                    cands = [x for x in idx.lookup(surf.lower()) if cc is None or x.country == cc]
                    status = "unresolved"; detail = f"unresolved; gazetteer candidates matching: {[fmt(x) for x in cands][:3]}"
                elif (cc and ent.country != cc) or (kind and ent.kind != kind) or (isinstance(adm, str) and ent.admin1 != adm) or (isinstance(adm, tuple) and km(ent, adm) > 40):
                    status = "wrong_entry"; detail = f"-> {fmt(ent)}; alts={[(round(sc,2), fmt(x)) for sc, x in (getattr(p,'alternatives',None) or [])][:0]}"
                else:
                    status = "correct"; detail = fmt(ent)
                    if verbose and (cc is None or kind is None): print("OK?", i, surf, "->", detail)
            for c in (tot, per[g]): c[status] += 1
            if status != "correct":
                errors.append((i, g, status, surf, e[1:], detail))
        for j, p in enumerate(preds):
            if j in used: continue
            if any(min(p[1], o[1]) > max(p[0], o[0]) for o in occ): continue  # extra pred on already-matched occurrence
            if any(min(p[1], o[1]) > max(p[0], o[0]) for o in ign): continue
            for c in (tot, per[g]): c["spurious"] += 1
            errors.append((i, g, "spurious", p[2], p[3], fmt(p[4])))
    if verbose:
        for e in errors: print(*e, sep=" | ")
        for g in "abcde": print(g, json.dumps(per[g]))
    out = dict(tot); out["per_genre"] = per
    print(json.dumps(out))

if __name__ == "__main__":
    main(verbose="-q" not in sys.argv)
