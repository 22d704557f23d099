"""The editable data file: one YAML file per article holding its places and events.

Reading validates every field and reports all problems, each as one line naming the file,
line and field ("data/x.yaml:41: places[3].lat: 123 is out of range -90..90"). Writing is
atomic (temporary file, then rename) and skipped when the content would not change.
"""

from __future__ import annotations

import difflib
import io
import os
import tempfile
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from geomap.dates import parse_iso
from geomap.errors import StoreFormatError
from geomap.model import KINDS, Article, Document, Event, Figure, Place, Source
from geomap.taxonomy import EVENT_TYPES, closest_type

__all__ = ["SCHEMA_VERSION", "dump", "write_document", "read_document", "write_atomic", "data_path_for"]

SCHEMA_VERSION = 1
DATA_SUFFIX = ".geomap.yaml"
HEADER = """\
# geomap data file (schema 1): the places and events read from one article.
# Edit any value and rebuild with `geomap build {name}`; geomap never rewrites your edits.
#   places[].kind: city | admin1 | country | continent      precision: point | admin1 | country
#   places[].lat/lon: decimal degrees; set coord_source: user when you move a place
#   events[].type: {types}
#   events[].date: YYYY, YYYY-MM or YYYY-MM-DD (approximate: true for "mid-September")
#   hidden: true on a place or event leaves it off the map without deleting it
"""


def data_path_for(article_path: Path) -> Path:
    """Where the data file of an article lives: beside it, ``<stem>.geomap.yaml``."""
    return article_path.with_name(article_path.stem + DATA_SUFFIX)


def _yaml() -> YAML:
    y = YAML()
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096  # one line per value: long sentences stay whole, diffs stay small
    y.allow_unicode = True
    return y


def _flow(items) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _to_yaml(doc: Document, text_file: str | None) -> CommentedMap:
    a = doc.article
    root = CommentedMap()
    root["schema"] = SCHEMA_VERSION
    root["article"] = CommentedMap([("id", a.id), ("title", a.title), ("published", a.published),
                                    ("source", a.source), ("url", a.url), ("text_file", text_file)])
    places = CommentedSeq()
    for p in doc.places:
        m = CommentedMap([("id", p.id), ("name", p.name), ("kind", p.kind), ("precision", p.precision),
                          ("lat", p.lat), ("lon", p.lon), ("country", p.country), ("admin1", p.admin1),
                          ("gazetteer_id", p.gazetteer_id), ("coord_source", p.coord_source), ("score", p.score),
                          ("mentions", _flow([_flow(list(s)) for s in p.mentions]))])
        if p.hidden:
            m["hidden"] = True
        m["alternatives"] = CommentedSeq(
            [CommentedMap((k, alt.get(k)) for k in ("id", "name", "country", "kind", "lat", "lon", "score"))
             for alt in p.alternatives])
        for alt in m["alternatives"]:
            alt.fa.set_flow_style()
        places.append(m)
    root["places"] = places
    events = CommentedSeq()
    for e in doc.events:
        m = CommentedMap([("id", e.id), ("place", e.place), ("type", e.type), ("date", e.date),
                          ("approximate", e.approximate), ("summary", e.summary), ("actors", _flow(e.actors))])
        figures = CommentedSeq()
        for f in e.figures:
            fm = CommentedMap([("text", f.text), ("value", f.value), ("unit", f.unit)])
            fm.fa.set_flow_style()
            figures.append(fm)
        m["figures"] = figures
        m["sources"] = CommentedSeq(CommentedMap([("text", s.text), ("start", s.start), ("end", s.end)])
                                    for s in e.sources)
        if e.hidden:
            m["hidden"] = True
        events.append(m)
    root["events"] = events
    return root


def dump(doc: Document, path: Path, text_file: str | None = None) -> str:
    """The data file's text for ``doc``."""
    buf = io.StringIO()
    buf.write(HEADER.format(name=path.name, types=", ".join(EVENT_TYPES)))
    _yaml().dump(_to_yaml(doc, text_file), buf)
    return buf.getvalue()


def write_atomic(path: Path, content: str | bytes) -> bool:
    """Write ``content`` to ``path`` via a temporary file and rename; False when unchanged."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        os.chmod(tmp, mode)  # mkstemp makes 0600 files; keep the usual or the existing permissions
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return True


def write_document(doc: Document, path: Path) -> bool:
    text_file = None
    if doc.article.path:
        text_file = os.path.relpath(doc.article.path, Path(path).parent)
    return write_atomic(path, dump(doc, Path(path), text_file))


# ---------------------------------------------------------------- reading and validation


class _Problems:
    def __init__(self, path: Path):
        self.path = path
        self.items: list[StoreFormatError] = []

    def add(self, line: int | None, field: str, message: str) -> None:
        self.items.append(StoreFormatError(message, path=self.path, line=line, field=field))


def _line(node, key) -> int | None:
    try:
        if isinstance(node, CommentedMap):
            return node.lc.key(key)[0] + 1 if key in node else node.lc.line + 1
        if isinstance(node, CommentedSeq):
            return node.lc.item(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        pass
    return getattr(getattr(node, "lc", None), "line", -1) + 1 or None


def _get(node, key, field, problems, kind, *, required=False, default=None):
    if not isinstance(node, dict) or key not in node or node[key] is None:
        if required:
            problems.add(_line(node, key), field, f"is required")
        return default
    value = node[key]
    if kind is float and isinstance(value, bool) or (kind is float and not isinstance(value, (int, float))):
        problems.add(_line(node, key), field, f"{value!r} is not a number")
        return default
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        problems.add(_line(node, key), field, f"{value!r} is not a whole number")
        return default
    if kind is str and not isinstance(value, (str, int, float)) or kind is str and isinstance(value, bool):
        problems.add(_line(node, key), field, f"{value!r} is not text")
        return default
    if kind is bool and not isinstance(value, bool):
        problems.add(_line(node, key), field, f"{value!r} is not true or false")
        return default
    if kind is list and not isinstance(value, list):
        problems.add(_line(node, key), field, f"expected a list")
        return default
    return str(value) if kind is str else float(value) if kind is float else value


def _check_range(node, key, field, value, lo, hi, problems):
    if value is not None and not lo <= value <= hi:
        problems.add(_line(node, key), field, f"{value:g} is out of range {lo}..{hi}")


def read_document(path: Path) -> Document:
    """Load and validate a data file; raises ``StoreFormatError`` listing every problem."""
    from geomap.article import read_text

    path = Path(path)
    text = read_text(path)
    try:
        root = _yaml().load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise StoreFormatError(f"YAML syntax error: {problem}", path=path,
                               line=mark.line + 1 if mark else None) from None
    problems = _Problems(path)
    if not isinstance(root, dict):
        raise StoreFormatError("not a geomap data file (expected a mapping with article, places, events)",
                               path=path, line=1)
    schema = root.get("schema")
    if schema != SCHEMA_VERSION:
        problems.add(_line(root, "schema"), "schema", f"{schema!r} is not a supported schema version "
                                                      f"(expected {SCHEMA_VERSION})")
    art = root.get("article")
    if not isinstance(art, dict):
        problems.add(_line(root, "article"), "article", "is required: a mapping with id, title, published")
        art = CommentedMap()
    published = _get(art, "published", "article.published", problems, str)
    if published is not None:
        try:
            parse_iso(published)
        except ValueError as exc:
            problems.add(_line(art, "published"), "article.published", str(exc))
            published = None
    text_file = _get(art, "text_file", "article.text_file", problems, str)
    article = Article(text="", id=_get(art, "id", "article.id", problems, str, default=path.stem),
                      title=_get(art, "title", "article.title", problems, str),
                      published=published, source=_get(art, "source", "article.source", problems, str),
                      url=_get(art, "url", "article.url", problems, str),
                      path=str(path.parent / text_file) if text_file else None)

    places: list[Place] = []
    seen: set[str] = set()
    raw_places = root.get("places") or []
    if not isinstance(raw_places, list):
        problems.add(_line(root, "places"), "places", "expected a list of places")
        raw_places = []
    for i, node in enumerate(raw_places):
        f = f"places[{i}]"
        if not isinstance(node, dict):
            problems.add(_line(raw_places, i), f, "expected a mapping (id, name, lat, lon, ...)")
            continue
        pid = _get(node, "id", f + ".id", problems, str, required=True)
        if pid in seen:
            problems.add(_line(node, "id"), f + ".id", f"duplicate place id {pid!r}")
        seen.add(pid)
        lat = _get(node, "lat", f + ".lat", problems, float)
        lon = _get(node, "lon", f + ".lon", problems, float)
        _check_range(node, "lat", f + ".lat", lat, -90, 90, problems)
        _check_range(node, "lon", f + ".lon", lon, -180, 180, problems)
        kind = _get(node, "kind", f + ".kind", problems, str, default="city")
        if kind not in KINDS:
            problems.add(_line(node, "kind"), f + ".kind", f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
        precision = _get(node, "precision", f + ".precision", problems, str, default="point")
        if precision not in ("point", "admin1", "country"):
            problems.add(_line(node, "precision"), f + ".precision",
                         f"unknown precision {precision!r} (one of point, admin1, country)")
        mentions = []
        for m in _get(node, "mentions", f + ".mentions", problems, list, default=[]):
            if isinstance(m, list) and len(m) == 2 and all(isinstance(v, int) for v in m):
                mentions.append((m[0], m[1]))
            else:
                problems.add(_line(node, "mentions"), f + ".mentions", f"{m!r} is not a [start, end] pair")
        alternatives = [dict(a) for a in _get(node, "alternatives", f + ".alternatives", problems, list, default=[])
                        if isinstance(a, dict)]
        places.append(Place(
            id=pid or f"place-{i}", name=_get(node, "name", f + ".name", problems, str, required=True) or "",
            lat=lat, lon=lon, kind=kind, precision=precision,
            country=_get(node, "country", f + ".country", problems, str),
            admin1=_get(node, "admin1", f + ".admin1", problems, str),
            gazetteer_id=_get(node, "gazetteer_id", f + ".gazetteer_id", problems, str),
            coord_source=_get(node, "coord_source", f + ".coord_source", problems, str, default="gazetteer"),
            score=_get(node, "score", f + ".score", problems, float),
            mentions=mentions, alternatives=alternatives,
            hidden=_get(node, "hidden", f + ".hidden", problems, bool, default=False)))

    events: list[Event] = []
    event_ids: set[str] = set()
    raw_events = root.get("events") or []
    if not isinstance(raw_events, list):
        problems.add(_line(root, "events"), "events", "expected a list of events")
        raw_events = []
    for i, node in enumerate(raw_events):
        f = f"events[{i}]"
        if not isinstance(node, dict):
            problems.add(_line(raw_events, i), f, "expected a mapping (id, place, type, date, ...)")
            continue
        eid = _get(node, "id", f + ".id", problems, str, required=True)
        if eid in event_ids:
            problems.add(_line(node, "id"), f + ".id", f"duplicate event id {eid!r}")
        event_ids.add(eid)
        place = _get(node, "place", f + ".place", problems, str, required=True)
        if place is not None and place not in seen:
            hint = difflib.get_close_matches(place, sorted(seen), n=1)
            problems.add(_line(node, "place"), f + ".place", f"no place with id {place!r}"
                         + (f", did you mean {hint[0]!r}?" if hint else ""))
        etype = _get(node, "type", f + ".type", problems, str, required=True)
        if etype is not None and etype not in EVENT_TYPES:
            hint = closest_type(etype)
            problems.add(_line(node, "type"), f + ".type", f"unknown event type {etype!r}"
                         + (f", did you mean {hint!r}?" if hint else f" (one of {', '.join(EVENT_TYPES)})"))
        date = _get(node, "date", f + ".date", problems, str)
        if date is not None:
            try:
                date = parse_iso(date)
            except ValueError as exc:
                problems.add(_line(node, "date"), f + ".date", str(exc))
        figures = []
        for j, fig in enumerate(_get(node, "figures", f + ".figures", problems, list, default=[])):
            ff = f"{f}.figures[{j}]"
            if not isinstance(fig, dict):
                problems.add(_line(node, "figures"), ff, "expected {text, value, unit}")
                continue
            figures.append(Figure(_get(fig, "text", ff + ".text", problems, str, default=""),
                                  _get(fig, "value", ff + ".value", problems, float, default=0.0),
                                  _get(fig, "unit", ff + ".unit", problems, str, default="")))
        sources = []
        for j, src in enumerate(_get(node, "sources", f + ".sources", problems, list, default=[])):
            sf = f"{f}.sources[{j}]"
            if not isinstance(src, dict):
                problems.add(_line(node, "sources"), sf, "expected {text, start, end}")
                continue
            sources.append(Source(_get(src, "text", sf + ".text", problems, str, default=""),
                                  _get(src, "start", sf + ".start", problems, int, default=0),
                                  _get(src, "end", sf + ".end", problems, int, default=0)))
        actors = _get(node, "actors", f + ".actors", problems, list, default=[])
        events.append(Event(
            id=eid or f"event-{i}", place=place or "", type=etype or "other", date=date,
            approximate=_get(node, "approximate", f + ".approximate", problems, bool, default=False),
            actors=[str(a) for a in actors], figures=figures,
            summary=_get(node, "summary", f + ".summary", problems, str, default=""), sources=sources,
            hidden=_get(node, "hidden", f + ".hidden", problems, bool, default=False)))

    if problems.items:
        first = problems.items[0]
        more = f" (and {len(problems.items) - 1} more problems)" if len(problems.items) > 1 else ""
        raise StoreFormatError(first.message + more, path=first.path, line=first.line, field=first.field,
                               problems=problems.items)
    return Document(article=article, places=places, events=events)
