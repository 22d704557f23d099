import sys, json
HERE = __import__('pathlib').Path(__file__).resolve().parent; sys.path.insert(0, str(HERE.parents[2])); sys.path.insert(0, str(HERE))
from geomap.index import load_index
from geomap.pipeline import geoparse
from cases import CASES, OPTIONAL
idx = load_index()
tot = dict(paras=0, expected=0, correct=0, missed=0, spurious=0, wrong=0, span=0)
rows = []
for ci, (text, exp) in enumerate(CASES):
    tot['paras'] += 1
    res = list(geoparse(text, index=idx))
    found = []
    for r in res:
        c = r.candidate; e = r.entry
        found.append(dict(text=c.text, start=c.start, end=c.start+len(c.text), role=c.role,
            e=e and (e.name, e.kind, e.country, e.admin1, e.population),
            alts=[(round(s,2), a.name, a.kind, a.country, a.admin1, a.population) for s, a in (r.alternatives or [])[:4]]))
    # expected spans
    pos = {}
    espans = []
    for surf, cc, kind in exp:
        import re
        rx = re.compile(r'(?<!\w)'+re.escape(surf)+r"(?!\w)")
        st = pos.get(surf, 0)
        while True:
            mm = rx.search(text, st)
            assert mm, (ci, surf)
            if any(a < mm.end() and mm.start() < b for a, b, *_ in espans): st = mm.start()+1; continue
            break
        p = mm.start()
        pos[surf] = p + len(surf)
        espans.append((p, p+len(surf), surf, cc, kind))
    used = set()
    print(f"\n=== [{ci}] {text[:90]}")
    for (s, e_, surf, cc, kind) in espans:
        tot['expected'] += 1
        m = [i for i, f in enumerate(found) if i not in used and f['start'] < e_ and s < f['end']]
        if not m:
            tot['missed'] += 1; print(f"  MISSED  {surf!r} ({cc},{kind})"); continue
        i = m[0]; used.add(i); f = found[i]
        ft = f['text']; ok_span = (f['start'] == s and (f['end'] == e_ or (surf.endswith("'") and ft == surf[:-1]) or surf.endswith("'s") and ft == surf[:-2]
                 or re.fullmatch(re.escape(surf)+r" (state|states|province|provinces|region|prefecture|prefectures|district)", ft)))
        if not ok_span:
            tot['span'] += 1; print(f"  SPAN    expected {surf!r} got {f['text']!r} -> {f['e']}"); continue
        en = f['e']
        if en is None:
            if cc is None and kind is None:
                tot['correct'] += 1; print(f"  ok?     {surf!r} unresolved"); continue
            tot['wrong'] += 1; print(f"  UNRES   {surf!r} expected ({cc},{kind})"); continue
        ok = (en[2] or None) == cc and (kind is None or en[1] == kind or (kind=='admin1' and en[1] in ('admin1','region')))
        if ok:
            tot['correct'] += 1; print(f"  ok      {surf!r} -> {en} [{f['role']}]")
        else:
            tot['wrong'] += 1; print(f"  WRONG   {surf!r} expected ({cc},{kind}) got {en} [{f['role']}] alts={f['alts']}")
    for i, f in enumerate(found):
        if i in used: continue
        if f['text'] in OPTIONAL:
            print(f"  (opt)   {f['text']!r} -> {f['e']}"); continue
        tot['spurious'] += 1; print(f"  SPURIOUS {f['text']!r}@{f['start']} -> {f['e']} [{f['role']}]")
print(json.dumps(tot))
