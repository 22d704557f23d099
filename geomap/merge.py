"""Re-extraction without losing the user's fixes: a three-way merge of data files.

The three versions of a data file are

- base: what the extractor wrote last time, kept beside the data file in the hidden
  ``.NAME.geomap.base.yaml`` (``store.base_path_for``);
- theirs: the data file as the user left it (their edits, comments and additions);
- new: a fresh extraction of the article.

Places and events are matched by id (place slug, event ``place-type-date``), and each field
is merged on its own: a field the user changed since the base keeps the user's value; a field
only the extractor changed takes the new value; a field both changed is a conflict, and the
user's value is kept. A place's location fields (lat, lon, kind, precision, country, admin1,
gazetteer_id, coord_source) and an event's date with its approximate flag merge as one unit,
so a user's move is never mixed with the extractor's. Places and events the user added are
kept; the ones the user deleted from the file are recorded in the file's ``deleted`` list and
never come back; the ones the extractor no longer finds are dropped unless the user edited
them. An event the user edited whose id the extractor no longer gives (the article changed its
date) is paired with the one new event at its place, of its type, and merged into it: one event,
the user's id. ``theirs`` is updated in place, so its comments and key order survive.

A place whose id the user changed (``el-fasher`` to ``fasher``) is recognised by its gazetteer
entry: the extraction's place and its events are merged into the user's. Fields geomap writes and
users do not type (``DERIVED``: a place's score, alternatives and mentions) are never conflicts.

Without a base file (data files from before geomap kept one), every difference is kept as the
user's value and reported as a conflict; what the user deleted cannot be told from what is new,
so it comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from geomap.model import Document
from geomap.store import (base_header, canonical_tree, load_tree, parse_tree, plain, read_base, read_document, same,
                          save_tree, text_file_for, write_base)

__all__ = ["MergeReport", "Conflict", "merge_tree", "merge_file"]

GROUPS = {
    "place": (("lat", "lon", "kind", "precision", "country", "admin1", "gazetteer_id", "coord_source"),),
    "event": (("date", "approximate"),),
    "article": (),
}


# Place fields geomap writes and a user never types: the resolver's confidence and candidates, and
# the offsets of the name in the article. Their differences are no conflicts (audit 15: `fix` blanks
# a score, and a hand-added place the article later names has no mentions): mentions follow the
# article as it now reads; score and alternatives follow the gazetteer entry the place is resolved as.
DERIVED = {"place": ("score", "alternatives", "mentions")}


class _Missing:
    def __repr__(self):
        return "(absent)"


MISSING = _Missing()


@dataclass
class Conflict:
    where: str  # "places[istanbul].lat"
    yours: object
    extracted: object

    def describe(self) -> str:
        return f"{self.where}: kept yours {_show(self.yours)} (extraction: {_show(self.extracted)})"


def _show(value) -> str:
    if isinstance(value, tuple) and len(value) == 1:
        value = value[0]
    text = repr(plain(value)) if not isinstance(value, _Missing) else "(absent)"
    return text if len(text) <= 70 else text[:67] + "..."


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)  # items the new extraction brought in
    kept: list[str] = field(default_factory=list)  # items holding the user's edits or additions, kept
    updated: list[str] = field(default_factory=list)  # fields taken from the new extraction
    conflicts: list[Conflict] = field(default_factory=list)  # fields both changed: the user's value kept
    deleted: list[str] = field(default_factory=list)  # items the user deleted, now recorded in `deleted`
    stays_deleted: list[str] = field(default_factory=list)  # extracted again, but listed in `deleted`
    removed: list[str] = field(default_factory=list)  # no longer extracted and never edited: dropped
    # extracted places the user keeps under an id of their own (the same gazetteer entry): "el-fasher -> fasher"
    renamed: list[str] = field(default_factory=list)
    base_missing: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.kept)} kept", f"{len(self.updated)} updated",
                 f"{len(self.conflicts)} conflict" + ("" if len(self.conflicts) == 1 else "s")]
        deleted = len(self.deleted) + len(self.stays_deleted)
        if deleted:
            parts.append(f"{deleted} deleted stay deleted")
        if self.removed:
            parts.append(f"{len(self.removed)} no longer in the article removed")
        return ", ".join(parts)


def _index(items) -> dict:
    out = {}
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and item.get("id") is not None:
                out.setdefault(str(item["id"]), item)
    return out


def _group_of(kind: str, key: str) -> tuple:
    return next((g for g in GROUPS[kind] if key in g), (key,))


def _set(node: CommentedMap, key: str, value, order: list) -> None:
    """Set ``node[key]``, or insert it where ``order`` (the new item's key order) puts it."""
    if value is MISSING:
        if key in node:
            del node[key]
        return
    if key in node:
        node[key] = value
        return
    position = 0
    for k in order[: order.index(key)] if key in order else order:
        if k in node:
            position = list(node.keys()).index(k) + 1
    node.insert(position, key, value)


def _merge_item(kind: str, label: str, b, t: CommentedMap, n, report: MergeReport) -> None:
    order = list(n.keys())
    keys = [k for k in t if k != "id"] + [k for k in order if k not in t and k != "id"]
    if b is not None:
        keys += [k for k in b if k not in keys and k != "id"]
    derived = DERIVED.get(kind, ())
    keys = [k for k in keys if k not in derived] + [k for k in keys if k in derived]  # after the location
    done: set[tuple] = set()
    kept = False
    for key in keys:
        group = _group_of(kind, key)
        if group in done:
            continue
        done.add(group)
        tv = tuple(t.get(k, MISSING) for k in group)
        nv = tuple(n.get(k, MISSING) for k in group)
        if same(tv, nv):
            continue
        where = f"{label}.{key}" if len(group) == 1 else f"{label}.{'/'.join(group)}"
        if b is not None:
            bv = tuple(b.get(k, MISSING) for k in group)
            if same(tv, bv):
                for k, v in zip(group, nv):
                    _set(t, k, v, order)
                report.updated.append(where)
                continue
            if same(nv, bv):
                kept = True
                continue
        if key in derived:
            _merge_derived(key, where, t, n, order, report)
            continue
        report.conflicts.append(Conflict(where, tv, nv))
        kept = True
    if kept and label not in report.kept:
        report.kept.append(label)


def _merge_derived(key: str, where: str, t: CommentedMap, n, order: list, report: MergeReport) -> None:
    """A field geomap wrote (``DERIVED``) that both sides changed, or that has no base: mentions
    take the new extraction's; score and alternatives too when the place is still resolved as the
    extraction resolves it, else the user's resolution keeps its own, silently."""
    if key == "mentions" or same(t.get("gazetteer_id"), n.get("gazetteer_id")):
        _set(t, key, n.get(key, MISSING), order)
        report.updated.append(where)


def _merge_list(kind: str, name: str, base_root, theirs: CommentedMap, new: CommentedMap, deleted: list,
                report: MergeReport, keep_if=None) -> list[str]:
    """Merge ``theirs[name]`` in place; returns the ids that would be removed (not yet removed)."""
    B = _index(base_root.get(name)) if base_root is not None else None
    seq = theirs.get(name)
    if not isinstance(seq, list):
        seq = theirs[name] = CommentedSeq()
    T = _index(seq)
    N = _index(new.get(name))
    removable = []
    renamed = _renamed(kind, B, T, N)
    for tid, t in T.items():
        label = f"{name}[{tid}]"
        if tid in renamed:  # the user's event, re-dated by the article: one event still, the user's id
            _merge_item(kind, label, B[tid], t, N[renamed[tid]], report)
        elif tid in N:
            _merge_item(kind, label, None if B is None else B.get(tid), t, N[tid], report)
        elif B is not None and tid in B:
            if same(t, B[tid]):
                removable.append(tid)  # the extractor no longer finds it and the user never touched it
            else:
                report.kept.append(label)
        else:
            report.kept.append(label)  # the user's own addition
    gone = set(deleted)
    new_ids = list(N)
    taken = set(renamed.values())
    for i, nid in enumerate(new_ids):
        if nid in T or nid in taken:
            continue
        label = f"{name}[{nid}]"
        if nid in gone:
            report.stays_deleted.append(label)
            continue
        if B is not None and nid in B:  # extracted before, and the user deleted it from the file
            deleted.append(nid)
            gone.add(nid)
            report.deleted.append(label)
            continue
        if keep_if is not None and not keep_if(N[nid]):
            report.stays_deleted.append(label)  # an event at a place the user deleted
            continue
        position = 0
        for prev in reversed(new_ids[:i]):
            j = next((k for k, item in enumerate(seq) if isinstance(item, dict) and str(item.get("id")) == prev), None)
            if j is not None:
                position = j + 1
                break
        seq.insert(position, N[nid])
        report.added.append(label)
    return removable


def _renamed(kind: str, B, T, N) -> dict[str, str]:
    """Events the user edited whose id the extractor no longer gives, each paired with the one new
    event at the same place, of the same type, as it was extracted: the article changed its date
    ("Dec. 31" corrected to "Dec. 30"), and the event is the same. Unpaired, the user's event stayed
    and a copy came back at the extractor's place and date."""
    if kind != "event" or B is None:
        return {}
    gone = [tid for tid in T if tid in B and tid not in N and not same(T[tid], B[tid])]
    fresh = [nid for nid in N if nid not in T and nid not in B]
    pairs = {}
    for tid in gone:
        was = B[tid]
        matches = [nid for nid in fresh if str(N[nid].get("place")) == str(was.get("place"))
                   and N[nid].get("type") == was.get("type") and nid not in pairs.values()]
        if len(matches) == 1:
            pairs[tid] = matches[0]
    return pairs


def _places_kept_as_yours(base, theirs: CommentedMap, new: CommentedMap) -> dict[str, str]:
    """Extracted place ids the user's file lacks, each paired with the one place of the user's own id
    (never extracted) resolved as the same gazetteer entry: the user renamed the place's id. Unpaired,
    the extracted id counted as deleted, and new events at the place were dropped (audit 15)."""
    T, N = _index(theirs.get("places")), _index(new.get("places"))
    B = _index(base.get("places")) if base is not None else {}
    yours = {tid: t.get("gazetteer_id") for tid, t in T.items() if tid not in N and tid not in B}
    pairs: dict[str, str] = {}
    for nid, n in N.items():
        gid = n.get("gazetteer_id")
        if nid in T or not gid:
            continue
        matches = [tid for tid, g in yours.items() if same(g, gid) and tid not in pairs.values()]
        if len(matches) == 1:
            pairs[nid] = matches[0]
    return pairs


def _rename_place(root: CommentedMap, was: str, now: str) -> None:
    """Give the place ``was`` of a tree (a new extraction, or its base) the id ``now``, its events too."""
    for name, key in (("places", "id"), ("events", "place")):
        for item in root.get(name) or []:
            if isinstance(item, dict) and str(item.get(key)) == was:
                item[key] = now


def _remove(seq, ids) -> None:
    for i in reversed(range(len(seq))):
        if isinstance(seq[i], dict) and str(seq[i].get("id")) in ids:
            del seq[i]


def merge_tree(base: CommentedMap | None, theirs: CommentedMap, new: CommentedMap) -> MergeReport:
    """Three-way merge ``new`` into ``theirs`` (updated in place) over ``base``; see the module doc."""
    report = MergeReport(base_missing=base is None)
    deleted_seq = theirs.get("deleted")
    deleted = [str(d) for d in deleted_seq] if isinstance(deleted_seq, list) else []
    before = list(deleted)

    art_b = base.get("article") if base is not None else None
    art_t, art_n = theirs.get("article"), new.get("article")
    if isinstance(art_t, dict) and isinstance(art_n, dict):
        _merge_item("article", "article", art_b if isinstance(art_b, dict) else None, art_t, art_n, report)

    for was, now in _places_kept_as_yours(base, theirs, new).items():
        _rename_place(new, was, now)
        if base is not None:
            _rename_place(base, was, now)
        report.renamed.append(f"{was} -> {now}")
    places_gone = _merge_list("place", "places", base, theirs, new, deleted, report)
    place_ids = {str(p.get("id")) for p in theirs["places"] if isinstance(p, dict)} - set(places_gone)
    events_gone = _merge_list("event", "events", base, theirs, new, deleted, report,
                              keep_if=lambda e: str(e.get("place")) in place_ids)
    _remove(theirs["events"], set(events_gone))
    report.removed += [f"events[{i}]" for i in events_gone]
    # A place the extractor no longer finds stays while a kept event is still at it.
    still_used = {str(e.get("place")) for e in theirs["events"] if isinstance(e, dict)}
    places_gone = [p for p in places_gone if p not in still_used]
    _remove(theirs["places"], set(places_gone))
    report.removed += [f"places[{i}]" for i in places_gone]

    if deleted != before:
        if isinstance(deleted_seq, list):
            deleted_seq.extend(deleted[len(before):])
        else:
            seq = CommentedSeq(deleted)
            seq.fa.set_flow_style()
            theirs["deleted"] = seq
    return report


def drop_stale_offsets(base: CommentedMap | None, theirs: CommentedMap, length: int) -> None:
    """Drop the offsets past ``length`` (the changed article's) that geomap wrote and the merge kept:
    those of an item the user edited that the new extraction no longer finds. Offsets the user
    changed since the base stay, for validation to report.
    """
    if base is None:
        return
    for name, key in (("places", "mentions"), ("events", "sources")):
        extracted = _index(base.get(name))
        for item in _index(theirs.get(name)).values():
            spans = item.get(key)
            was = extracted.get(str(item.get("id")), {}).get(key)
            if isinstance(spans, list) and same(spans, was):
                if key == "mentions":
                    _keep_spans(spans, lambda m: _ends_within(m, length))
                else:  # a source keeps its text, which quotes the article, without the offsets
                    for source in spans:
                        if isinstance(source, dict) and not _ends_within([source.get("start"), source.get("end")],
                                                                          length):
                            source.pop("start", None)
                            source.pop("end", None)


def _ends_within(span, length: int) -> bool:
    end = span[-1] if isinstance(span, list) and span else None
    return not isinstance(end, int) or end <= length


def _keep_spans(spans: list, keep) -> None:
    for i in reversed(range(len(spans))):
        if not keep(spans[i]):
            del spans[i]


def merge_file(new_doc: Document, data_path: Path) -> tuple[Document, bool, MergeReport]:
    """Merge a fresh extraction into an existing data file; keep the extraction as the next base.

    The data file must be valid (a ``StoreFormatError`` lists its problems otherwise) and is
    rewritten only when the merge changes it. Returns the merged document, whether the file
    changed, and the report.
    """
    data_path = Path(data_path)
    theirs = load_tree(data_path)
    # The user's file must be valid before anything is merged into it; its offsets may point past
    # the end of a shortened article: the merge takes the new extraction's.
    parse_tree(theirs, data_path, check_offsets=False)
    new = canonical_tree(new_doc, text_file_for(new_doc, data_path))
    base = read_base(data_path)
    report = merge_tree(base, theirs, new)
    drop_stale_offsets(base, theirs, len(new_doc.article.text))
    changed = save_tree(theirs, data_path, stale_header=base_header(data_path))
    write_base(new_doc, data_path)
    return read_document(data_path), changed, report
