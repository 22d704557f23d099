import sys, json
HERE = __import__('pathlib').Path(__file__).resolve().parent; sys.path.insert(0, str(HERE.parents[2])); sys.path.insert(0, str(HERE))
from geomap.index import load_index
from geomap.pipeline import geoparse
from cases import CASES, OPTIONAL, ADMIN1, OCCURRENCE
idx = load_index()

def spans(text, surface, nth):
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(surface, pos + 1)
        if pos < 0: return None
    return (pos, pos + len(surface))

def fmt(e):
    return None if e is None else f"{e.name}|{e.kind}|{e.country}|{e.admin1}|{e.population}"

stats = dict(paragraphs=0, expected=0, correct=0, missed=0, spurious=0, wrong=0, unresolved=0, span=0)
log = []
only = set(int(a) for a in sys.argv[1:])
for i, (text, exp) in enumerate(CASES):
    if only and i not in only: continue
    stats['paragraphs'] += 1
    seen = {}
    E = []
    for s, cc, kind in exp:
        n = seen.get(s, 0); seen[s] = n + 1
        sp = spans(text, s, OCCURRENCE.get((i, s), n)); assert sp, (i, s)
        E.append([sp, s, cc, kind, False, ADMIN1.get((i, s, n))])
    opt = []
    for s, cc in OPTIONAL.get(i, {}).items():
        p = -1
        while True:
            p = text.find(s, p + 1)
            if p < 0: break
            opt.append(((p, p + len(s)), s, cc))
    res = list(geoparse(text, index=idx))
    lines = [f"=== {i}: {text}"]
    for r in res:
        c = r.candidate; e = r.entry
        a, b = c.start, c.start + len(c.text)
        tag = None
        m = [x for x in E if x[0][0] < b and a < x[0][1]]
        if m:
            x = m[0]; x[4] = True
            if (a, b) != x[0]:
                tag = 'SPAN'; stats['span'] += 1
            if e is None:
                tag = (tag + '+' if tag else '') + 'UNRESOLVED'; stats['unresolved'] += 1
            elif e.country != x[2] or (x[3] and e.kind != x[3]) or (x[5] and e.admin1 != x[5]):
                tag = (tag + '+' if tag else '') + f'WRONG(want {x[2]} {x[3]} {x[5] or ""})'; stats['wrong'] += 1
            else:
                if tag is None: tag = 'ok'
                stats['correct'] += 1
        else:
            o = [x for x in opt if x[0][0] < b and a < x[0][1]]
            if o:
                cc = o[0][2]
                if cc and (e is None or e.country != cc):
                    tag = f'OPT-WRONG(want {cc})'; stats['wrong'] += 1
                else:
                    tag = 'opt-ok'
            else:
                tag = 'SPURIOUS'; stats['spurious'] += 1
        lines.append(f"  {tag:28s} {c.text!r}@{c.start} {c.role} -> {fmt(e)}  alts={[ (round(s,2), fmt(x)) for s,x in (r.alternatives or [])[:3]]}")
    for x in E:
        stats['expected'] += 1
        if not x[4]:
            stats['missed'] += 1
            lines.append(f"  MISSED                       {x[1]!r} want {x[2]} {x[3]}")
    print('\n'.join(lines))
print(json.dumps(stats))
