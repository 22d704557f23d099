"""The editable data file: one YAML file per article holding its places and events.

Reading validates every field and reports all problems, each as one line naming the file,
line and field, with a hint on how to fix it ("data/x.yaml:41: places[3].lat: 123 is out of
range -90..90; ..."). Writing is atomic (temporary file, then rename) and skipped when the
content would not change. A data file geomap rewrites (merge on re-extract, ``geomap fix``,
geocoding) is loaded with ruamel's round-trip loader and updated in place, so the comments
and key order the user wrote survive.

The format is documented in ``schema/geomap-data.schema.json`` (JSON Schema) and README.md.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import io
import itertools
import math
import os
import re
from collections.abc import Set as AbstractSet
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import ConstructorError, DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarfloat import ScalarFloat
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from geomap.article import LONE_SURROGATE, lone_surrogate
from geomap.atomic import write_atomic  # noqa: F401 - part of this module's API
from geomap.dates import parse_iso
from geomap.errors import GeomapError, StoreFormatError
from geomap.model import KINDS, PRECISIONS, Article, Document, Event, Figure, Place, Source
from geomap.taxonomy import EVENT_TYPES, closest_type

__all__ = ["SCHEMA_VERSION", "DATA_SUFFIX", "COORD_SOURCES", "KEYS", "dump", "write_document", "read_document",
           "write_atomic", "data_path_for", "base_path_for", "load_tree", "parse_tree", "dump_tree", "save_tree",
           "canonical_tree", "save_document", "write_base", "read_base", "apply_choice", "plain", "same",
           "text_file_for", "sync_tree", "named_article", "country_codes"]

SCHEMA_VERSION = 1
DATA_SUFFIX = ".geomap.yaml"
BASE_SUFFIX = ".geomap.base.yaml"
COORD_SOURCES = ("gazetteer", "geocoder", "user", "text")
PRECISION_VALUES = ("point", "admin2", "admin1", "country")
# Every key the format knows, per kind of mapping. Keys starting with "x-" are free for the
# user's own notes, as is "note" on places and events; geomap keeps them and ignores them.
KEYS = {
    "root": ("schema", "article", "places", "events", "deleted"),
    "article": ("id", "title", "published", "source", "url", "text_file"),
    "place": ("id", "name", "kind", "precision", "lat", "lon", "country", "admin1", "gazetteer_id", "coord_source",
              "score", "mentions", "hidden", "alternatives", "note"),
    "alternative": ("id", "name", "country", "kind", "lat", "lon", "score"),
    "event": ("id", "place", "type", "date", "approximate", "summary", "actors", "figures", "sources", "hidden",
              "note"),
    "figure": ("text", "value", "unit", "share"),
    "source": ("text", "start", "end"),
}
HEADER = """\
# geomap data file (schema 1): the places and events read from one article.
# Edit any value and rebuild with `geomap build {name}`; geomap never rewrites your edits:
# `geomap extract` merges a fresh extraction into this file and keeps what you changed.
#   places[].kind: city | admin2 | admin1 | region | country | continent | point   precision: point | admin2 | admin1 | country
#   places[].lat/lon: decimal degrees; coord_source: gazetteer | geocoder | user | text (set user when you move a place;
#     text: coordinates the article writes)
#   places[].gazetteer_id: pick another of the place's alternatives (`geomap fix FILE PLACE --use ID`, or
#     set the id here and leave lat/lon: the build takes the alternative's coordinates)
#   events[].type: {types}
#   events[].date: YYYY, YYYY-MM or YYYY-MM-DD (approximate: true for "mid-September")
#   hidden: true on a place or event leaves it off the map; deleting it from this file deletes it
#   for good (its id goes to `deleted`, so re-extracting does not bring it back)
#   note: on a place or event, and any key starting with x-, is yours: geomap keeps and ignores it
"""


def data_path_for(article_path: Path) -> Path:
    """Where the data file of an article lives: beside it, ``<stem>.geomap.yaml``."""
    return article_path.with_name(article_path.stem + DATA_SUFFIX)


def base_path_for(data_path: Path) -> Path:
    """The hidden copy of the last extraction beside a data file: ``.<stem>.geomap.base.yaml``.

    It is the common ancestor of the three-way merge that ``geomap extract`` does.
    """
    data_path = Path(data_path)
    name = data_path.name
    stem = name[: -len(DATA_SUFFIX)] if name.endswith(DATA_SUFFIX) else data_path.stem
    return data_path.with_name("." + stem + BASE_SUFFIX)


class _Representer(RoundTripRepresenter):
    """Writes text holding NEL, LINE or PARAGRAPH SEPARATOR double-quoted and escaped: ruamel
    would write them raw, and YAML readers take them for line breaks (a space on reading)."""


def _represent_str(representer, data):
    if any(c in data for c in "\x85\u2028\u2029"):
        return representer.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    if data[:1] in ("?", ":", "-"):
        # "?x" or "? x" plain in a flow list ([?x]) reads back as a mapping: quote it
        return representer.represent_scalar("tag:yaml.org,2002:str", data, style="'")
    return representer.represent_str(data)


def _represent_scalar_float(representer, data):
    # ruamel re-formats a loaded float from its digits and exponent and can lose the last
    # digit (5.435557227541277e+16 -> ...276e+16): keep its formatting only when exact.
    node = RoundTripRepresenter.represent_scalar_float(representer, data)
    try:
        exact = float(str(node.value).replace("_", "")) == float(data)
    except ValueError:
        exact = True  # .inf, .nan
    return node if exact else representer.represent_float(float(data))


_Representer.add_representer(str, _represent_str)
_Representer.add_representer(ScalarFloat, _represent_scalar_float)


class _RecursiveAlias(ConstructorError):
    """An alias inside the value it names (``actors: &r [*r]``)."""


class _Constructor(RoundTripConstructor):
    """Reads a plain scalar that looks like a date but is none (2025-02-30) as its text, so
    validation reports it with its line and field as it does the quoted '2025-02-30'; refuses
    an alias inside the value it names, which ruamel would silently read as null."""

    def construct_object(self, node, deep=False):
        if node in self.recursive_objects and node not in self.constructed_objects:
            raise _RecursiveAlias(None, None, "an alias (*name) inside the value it names", node.start_mark)
        return super().construct_object(node, deep)


def _construct_timestamp_or_text(constructor, node):
    try:
        return RoundTripConstructor.construct_yaml_timestamp(constructor, node)
    except ValueError:  # "day is out of range for month", "hour must be in 0..23"
        return constructor.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_or_text)


def _yaml() -> YAML:
    y = YAML()
    y.Representer = _Representer
    y.Constructor = _Constructor
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096  # one line per value: long sentences stay whole, diffs stay small
    y.allow_unicode = True
    return y


def _flow(items) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _flow_map(pairs) -> CommentedMap:
    m = CommentedMap(pairs)
    m.fa.set_flow_style()
    return m


def place_value(p: Place, key: str):
    """The YAML value of one key of a place, styled as geomap writes it."""
    if key == "mentions":
        return _flow([_flow(list(s)) for s in p.mentions])
    if key == "alternatives":
        return CommentedSeq([_flow_map((k, alt.get(k)) for k in KEYS["alternative"]) for alt in p.alternatives])
    return getattr(p, key)


def event_value(e: Event, key: str):
    """The YAML value of one key of an event, styled as geomap writes it."""
    if key == "actors":
        return _flow(e.actors)
    if key == "figures":
        return CommentedSeq(_flow_map([("text", f.text), ("value", f.value), ("unit", f.unit)]
                                      + ([("share", f.share)] if f.share is not None else [])) for f in e.figures)
    if key == "sources":
        return CommentedSeq(CommentedMap([("text", s.text), ("start", s.start), ("end", s.end)]) for s in e.sources)
    return getattr(e, key)


_PLACE_KEYS = ("id", "name", "kind", "precision", "lat", "lon", "country", "admin1", "gazetteer_id", "coord_source",
               "score", "mentions")
_EVENT_KEYS = ("id", "place", "type", "date", "approximate", "summary", "actors", "figures", "sources")


def place_node(p: Place) -> CommentedMap:
    m = CommentedMap((k, place_value(p, k)) for k in _PLACE_KEYS)
    if p.hidden:
        m["hidden"] = True
    m["alternatives"] = place_value(p, "alternatives")
    return m


def event_node(e: Event) -> CommentedMap:
    m = CommentedMap((k, event_value(e, k)) for k in _EVENT_KEYS)
    if e.hidden:
        m["hidden"] = True
    return m


def canonical_tree(doc: Document, text_file: str | None) -> CommentedMap:
    """The YAML tree geomap writes for ``doc`` (key order and styles of a fresh file)."""
    a = doc.article
    root = CommentedMap()
    root["schema"] = SCHEMA_VERSION
    root["article"] = CommentedMap([("id", a.id), ("title", a.title), ("published", a.published),
                                    ("source", a.source), ("url", a.url), ("text_file", text_file)])
    root["places"] = CommentedSeq(place_node(p) for p in doc.places)
    root["events"] = CommentedSeq(event_node(e) for e in doc.events)
    return root


def text_file_for(doc: Document, path: Path) -> str | None:
    if doc.article.path:
        return Path(os.path.relpath(doc.article.path, Path(path).parent)).as_posix()
    return None


def dump(doc: Document, path: Path, text_file: str | None = None) -> str:
    """The data file's text for ``doc``."""
    buf = io.StringIO()
    buf.write(header_for(path))
    _yaml().dump(canonical_tree(doc, text_file), buf)
    return buf.getvalue()


def dump_tree(root: CommentedMap) -> str:
    """The text of a (round-trip loaded, possibly updated) tree, its comments included."""
    buf = io.StringIO()
    _yaml().dump(root, buf)
    return buf.getvalue()


def write_document(doc: Document, path: Path) -> bool:
    """Write ``doc`` as a fresh data file (a new file, or ``--force``: the old content is replaced,
    in the old file's line ends and BOM)."""
    refuse_read_only(Path(path))
    return write_atomic(path, in_file_style(dump(doc, Path(path), text_file_for(doc, path)), Path(path)))


def refuse_read_only(path: Path) -> None:
    """A data file with no write permission (``chmod 444``) is the user's lock on a reviewed file:
    never written over, even by root, whom the system would let."""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # missing: a new file
        return
    if not mode & 0o222:
        raise GeomapError(f"is read-only, so geomap leaves it as it is; to let geomap change it, make it "
                          f"writable (chmod u+w {path}) and run the command again", path=path)


UTF8_BOM = "\ufeff"


def in_file_style(text: str, path: Path) -> str:
    """``text`` (LF line ends, no BOM) with the line ends and the BOM of the file now at ``path``,
    so that a rewrite does not change every line of a CRLF file in a diff, nor drop a BOM."""
    if not os.path.isfile(path):  # new, or a device or FIFO, which reading could block on
        return text
    try:
        with open(path, "rb") as f:
            head = f.read(64 * 1024)
    except OSError:
        return text
    first_line = head.split(b"\n", 1)[0]
    if b"\n" in head and first_line.endswith(b"\r"):
        text = text.replace("\n", "\r\n")
    if head.startswith(UTF8_BOM.encode("utf-8")):
        text = UTF8_BOM + text
    return text


def write_base(doc: Document, data_path: Path) -> bool:
    """Keep the extraction ``doc`` as the base of the next merge (the hidden sidecar file)."""
    data_path = Path(data_path)
    return write_atomic(base_path_for(data_path), dump(doc, data_path, text_file_for(doc, data_path)))


def read_base(data_path: Path) -> CommentedMap | None:
    """The last extraction of a data file, or None when its base file is missing or unreadable."""
    try:
        root = _yaml().load(base_path_for(data_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return None
    return root if isinstance(root, CommentedMap) else None


def plain(value):
    """``value`` with ruamel's types replaced by plain ones, for comparisons."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def same(a, b) -> bool:
    """Deep equality of YAML values, ignoring ruamel's scalar subclasses and styles."""
    return plain(a) == plain(b)


def sync_tree(old, new) -> None:
    """Update the round-trip mapping ``old`` in place to hold ``new``'s values.

    Unchanged values are not touched (so their comments and formatting stay), keys keep
    their position, new keys go where geomap would put them, and keys the model does not
    know ("note", "x-...") are kept. Lists of mappings with ids (places, events) are matched
    by id, so an item's comments follow it.
    """
    position = 0
    for key, value in new.items():
        if key in old:
            cur = old[key]
            if same(cur, value):
                pass
            elif isinstance(cur, dict) and isinstance(value, dict) and not _is_flow(value):
                sync_tree(cur, value)
            elif _id_list(cur) and _id_list(value):
                _sync_items(cur, value)
            else:
                old[key] = _styled_as_it_can_be(value)
            position = list(old.keys()).index(key) + 1
        else:
            old.insert(position, key, value)
            position += 1
    for key in [k for k in old if k not in new and not _users_key(k)]:
        del old[key]


def _styled_as_it_can_be(value):
    """``value``, double-quoted when it holds a character only an escape keeps (NEL, LINE or
    PARAGRAPH SEPARATOR): ruamel gives a replaced string the old one's quotes, and a URL written
    over a single-quoted '' had lost its final NEL on reading."""
    if isinstance(value, str) and any(c in value for c in "\x85\u2028\u2029"):
        return DoubleQuotedScalarString(value)
    return value


def _users_key(key) -> bool:
    return str(key).startswith("x-") or key in ("note", "deleted")


def _is_flow(node) -> bool:
    fa = getattr(node, "fa", None)
    return bool(fa and fa.flow_style())


def _id_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) and "id" in v for v in value) \
        and not any(_is_flow(v) for v in value)


def _sync_items(old: CommentedSeq, new: list) -> None:
    by_id = {item.get("id"): item for item in old}
    wanted = [item.get("id") for item in new]
    for i in reversed(range(len(old))):
        if old[i].get("id") not in wanted:
            del old[i]
    for i, item in enumerate(new):
        cur = by_id.get(item.get("id"))
        if cur is None:
            old.insert(i, item)
            continue
        sync_tree(cur, item)
        j = next(k for k, v in enumerate(old) if v is cur)
        if j != i:
            old.insert(i, old.pop(j))


def save_document(doc: Document, path: Path) -> bool:
    """Save ``doc`` to ``path``, updating an existing data file in place (comments, order and the
    user's own keys survive), or writing a fresh one. False when the file did not change."""
    path = Path(path)
    try:
        root = load_tree(path)
    except (GeomapError, OSError):  # missing or unreadable: replaced whole
        root = None
    if not isinstance(root, CommentedMap):
        return write_document(doc, path)
    sync_tree(root, canonical_tree(doc, text_file_for(doc, path)))
    return save_tree(root, path)


def header_for(path: Path) -> str:
    """The comment block geomap writes at the top of the data file ``path``."""
    return HEADER.format(name=Path(path).name, types=", ".join(EVENT_TYPES))


def base_header(data_path: Path) -> str | None:
    """The comment block at the top of a data file's base (the header geomap wrote with the last
    extraction), or None when the base is missing or unreadable."""
    try:
        lines = base_path_for(data_path).read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return None
    head = "".join(itertools.takewhile(lambda line: line.startswith("#"), lines))
    return head or None


def save_tree(root: CommentedMap, path: Path, stale_header: str | None = None) -> bool:
    """Validate and atomically write an updated tree; the old file stays whole if it is invalid.
    The file keeps its line ends, its BOM and (``load_tree``) the quotes the user wrote. A file that
    opens with ``stale_header`` (the help an older geomap wrote, which the user left as it was) gets
    the current one: a new event type is listed there once the file is merged."""
    path = Path(path)
    refuse_read_only(path)
    text = dump_tree(root)
    if stale_header and text.startswith(stale_header):
        text = header_for(path) + text[len(stale_header):]
    check = _yaml().load(text)
    parse_tree(check, path)
    return write_atomic(path, in_file_style(text, path))


# ---------------------------------------------------------------- reading and validation


class _Problems:
    def __init__(self, path: Path):
        self.path = path
        self.items: list[StoreFormatError] = []

    def add(self, line: int | None, field: str, message: str) -> None:
        self.items.append(StoreFormatError(message, path=self.path, line=line, field=field))

    def raise_any(self, error=StoreFormatError) -> None:
        """Raise one ``StoreFormatError`` listing every problem found, if any."""
        if self.items:
            first = self.items[0]
            more = f" (and {len(self.items) - 1} more problems)" if len(self.items) > 1 else ""
            raise error(first.message + more, path=first.path, line=first.line, field=first.field,
                        problems=self.items)


class _TooDeep(StoreFormatError):
    """Nesting deeper than ``_MAX_DEPTH``."""


# A data file nests 6 levels (places[0].alternatives[0].lat); far deeper is a mistake, and
# walking it (or an alias that contains itself) would exhaust Python's stack.
_MAX_DEPTH = 24
_TOO_DEEP = f"nests more than {_MAX_DEPTH} levels deep (a data file needs 6); take the nested values out"


def _check_tree(root, problems: _Problems) -> None:
    """Check what the field-by-field validation cannot see or would not survive: raises at
    an alias that contains itself (``&r [*r]``) or nesting deeper than ``_MAX_DEPTH``; adds a
    problem for each text holding a lone surrogate (a YAML escape such as "\\ud800", half of a
    UTF-16 pair: no UTF-8 file, the map's included, can hold it).

    Containers reached twice through aliases are walked once, so alias bombs cost no time.
    """
    heights: dict[int, int] = {}  # id of each container walked -> the levels it nests below it
    walking: set[int] = set()  # the containers on the current path: meeting one again is a cycle

    def too_deep(parent, key, field):
        problems.items = [StoreFormatError(_TOO_DEEP, path=problems.path, line=_line(parent, key), field=field)]
        problems.raise_any(_TooDeep)

    def walk(node, parent, key, field, depth, top) -> int:
        # top: the field holding the value, named in errors about its nesting (events[0].actors)
        top = field if depth <= 3 else top
        if isinstance(node, str):
            _check_text(node, parent, key, field, problems)
            return 0
        if not isinstance(node, (dict, list)):
            return 0
        if id(node) in walking:
            problems.add(_line(parent, key), field, "an alias (*name) here repeats the value that holds it, so "
                                                    "the value never ends; write the value out instead")
            problems.raise_any()
        height = heights.get(id(node))
        if height is None:
            if depth > _MAX_DEPTH:
                too_deep(parent, key, top)
            walking.add(id(node))
            is_map = isinstance(node, dict)
            height = 1 if node else 0
            for k, value in (node.items() if is_map else enumerate(node)):
                if is_map:
                    _check_text(k, node, k, field, problems)
                # only containers and faulty text are walked: most values are neither
                if isinstance(value, (dict, list)) or (isinstance(value, str) and LONE_SURROGATE.search(value)):
                    sub = (f"{field}.{_printable(k)}" if field else _printable(k)) if is_map else f"{field}[{k}]"
                    height = max(height, 1 + walk(value, node, k, sub, depth + 1, top))
            walking.discard(id(node))
            heights[id(node)] = height
        if depth + height > _MAX_DEPTH:  # a shallow container aliased deep down
            too_deep(parent, key, top)
        return height

    walk(root, None, None, "", 0, "")


def _check_text(value, node, key, field, problems: _Problems) -> None:
    problem = lone_surrogate(value) if isinstance(value, str) else None
    if problem:
        problems.add(_line(node, key), field, f"{problem} is half of a character: write the whole character, "
                                              "or delete the escape")


def _printable(key) -> str:
    """A key as a field name, lone surrogates escaped (the terminal could not print them)."""
    return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(key))


def _line(node, key) -> int | None:
    try:
        if isinstance(node, CommentedMap):
            return node.lc.key(key)[0] + 1 if key in node else node.lc.line + 1
        if isinstance(node, CommentedSeq):
            return node.lc.item(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        pass
    line = getattr(getattr(node, "lc", None), "line", None)
    return line + 1 if isinstance(line, int) else None


_REQUIRED_HINTS = {
    "id": "give it a short unique id such as 'kyiv'",
    "name": "the name shown on the map",
    "place": "the id of one of the places",
    "type": f"one of {', '.join(EVENT_TYPES)}",
}


def _get(node, key, field, problems, kind, *, required=False, default=None, hint="", required_hint=""):
    if not isinstance(node, dict) or key not in node or node[key] is None:
        if required:
            problems.add(_line(node, key), field,
                         f"is required; add {key}: ({required_hint or _REQUIRED_HINTS.get(key, 'a value')})")
        return default
    value = node[key]
    where = _line(node, key)
    if isinstance(value, TaggedScalar):  # "lat: !foo 50.4": ruamel keeps the tag and the text
        problems.add(where, field, f"{_tagged(value)}: the YAML tag {value.tag.value} means nothing to geomap; "
                                   "delete the tag")
        return default
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            if isinstance(value, str) and _is_number(value):
                problems.add(where, field, f"{value!r} is text, not a number; remove the quotes")
            else:
                problems.add(where, field, f"{_short(value)} is not a number; "
                                           f"{hint or 'write a number such as 3 or 2.5'}")
            return default
        number = _finite(value)
        if number is None:  # NaN or infinity: not JSON, and no place, score or count
            what = ".nan is not a number" if value != value else "is infinite or too large (over 1.8e308)"
            problems.add(where, field, f"{what}; {hint or 'write a number such as 3 or 2.5'}")
            return default
        return number
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            problems.add(where, field, f"{_short(value)} is not a whole number; {hint or 'write a number such as 12'}")
            return default
        return int(value)
    if kind is str:
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            problems.add(where, field, f"{_short(value)} is not text; write a single value, quoted if in doubt")
            return default
        return str(value)
    if kind is bool:
        if not isinstance(value, bool):
            problems.add(where, field, f"{_short(value)} is not true or false; write true or false")
            return default
        return value
    if kind is list:
        if not isinstance(value, list):
            problems.add(where, field, f"expected a list, found {_short(value)}; {hint or 'write [] for none'}")
            return default
        return value
    return value


def _event_id_hint(node, taken: AbstractSet[str]) -> str:
    """How to name an event the user added without an id: place-type-date, as the extractor's ids
    (``kassala-protest-2025-03-04``), made from the event's own fields where they are filled in."""
    def part(key, default):
        value = node.get(key)
        return str(value).strip() if isinstance(value, (str, dt.date)) and str(value).strip() else default

    suggestion = f"{part('place', 'PLACE')}-{part('type', 'TYPE')}-{part('date', 'undated')}"
    if suggestion in taken:
        suggestion += "-2"
    return f"give it a unique id in the form place-type-date, such as '{suggestion}'"


def _get_id(node, key, field, problems, hint="") -> str | None:
    """A required id (or a reference to one): text that is not blank."""
    value = _get(node, key, field, problems, str, required=True, required_hint=hint)
    if value is not None and not value.strip():
        hint = "write the id of one of the places" if key == "place" else (hint or _REQUIRED_HINTS[key])
        problems.add(_line(node, key), field, f"{value!r} is empty; {hint}")
        return None
    return value


def _finite(value: int | float) -> float | None:
    """``value`` as a float, or None when it is NaN, infinite or too large for one."""
    try:
        number = float(value)
    except OverflowError:  # an integer of 309 digits or more
        return None
    return number if math.isfinite(number) else None


def _short(value) -> str:
    """``value`` as a message shows it: as YAML writes null, booleans, dates and sets."""
    if value is None or isinstance(value, bool):
        text = {None: "null", True: "true", False: "false"}[value]
    elif isinstance(value, (dt.date, TaggedScalar)):
        text = _tagged(value) if isinstance(value, TaggedScalar) else plain(value)
    elif isinstance(value, AbstractSet):  # !!set {a, b}
        text = "a set {" + ", ".join(str(plain(v)) for v in value) + "}"
    else:
        text = repr(plain(value))
    return text if len(text) <= 60 else text[:57] + "..."


def _tagged(value: TaggedScalar) -> str:
    return f"{value.tag.value} {value.value}"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _check_range(node, key, field, value, lo, hi, problems, hint=""):
    if value is not None and not lo <= value <= hi:
        problems.add(_line(node, key), field, f"{value:g} is out of range {lo}..{hi}" + (f"; {hint}" if hint else ""))


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes a place's country may be: today's, the historic ones the
    gazetteer still uses (AN), and XK (Kosovo, as GeoNames codes it)."""
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries}
    codes |= {c.alpha_2 for c in pycountry.historic_countries if len(getattr(c, "alpha_2", "")) == 2}
    return frozenset(codes | {"XK"})


def _check_country(node, field, value, problems) -> None:
    """A country is an ISO alpha-2 code: the CSV's event ids (ISO alpha-3 and a number) are made from it."""
    if value is None or value in country_codes():
        return
    close = _country_code_for(value)
    problems.add(_line(node, "country"), field, f"{value!r} is not a country code (ISO 3166-1 alpha-2, such as SD)"
                 + (f", did you mean {close!r}?" if close else "; write the country's two-letter code, or null"))


def _country_code_for(text: str) -> str | None:
    """The code of the country ``text`` names ("Sudan", "sdn", "sd"), or None."""
    import pycountry

    if text.upper() in country_codes():
        return text.upper()
    special = {"UK": "GB", "KOSOVO": "XK"}  # UK is reserved (GB is the United Kingdom's); Kosovo as GeoNames codes it
    if text.strip().upper() in special:
        return special[text.strip().upper()]
    try:
        return pycountry.countries.lookup(text.strip()).alpha_2
    except LookupError:
        pass
    if len(text.strip()) < 4:
        return None  # a fuzzy search finds some country for any two letters
    try:
        return pycountry.countries.search_fuzzy(text.strip())[0].alpha_2
    except LookupError:
        return None


def _one_of(node, key, field, value, allowed, what, problems):
    if value is not None and value not in allowed:
        close = difflib.get_close_matches(str(value), list(allowed), n=1, cutoff=0.6)
        problems.add(_line(node, key), field, f"unknown {what} {value!r}"
                     + (f", did you mean {close[0]!r}?" if close else f" (one of {', '.join(allowed)})"))


_KEY_ALIASES = {"latitude": "lat", "longitude": "lon", "lng": "lon", "long": "lon", "geonames_id": "gazetteer_id",
                "category": "type", "event_type": "type", "location": "place", "notes": "note", "comment": "note"}


def _suggest_key(key, allowed) -> list[str]:
    alias = _KEY_ALIASES.get(str(key).lower())
    return [alias] if alias in allowed else difflib.get_close_matches(str(key), list(allowed), n=1, cutoff=0.5)


def _misspelt(node, key: str, kind: str) -> bool:
    """Whether ``node`` has an unknown key that is ``key`` misspelt ("lng" for "lon")."""
    allowed = KEYS[kind]
    return any(k not in allowed and _suggest_key(k, allowed) == [key] for k in node)


def _check_keys(node, kind, field, problems):
    if not isinstance(node, dict):
        return
    allowed = KEYS[kind]
    for key in node:
        if key in allowed or str(key).startswith("x-"):
            continue
        close = _suggest_key(key, allowed)
        sub = f"{field}.{key}" if field else str(key)
        problems.add(_line(node, key), sub, f"unknown key {str(key)!r}"
                     + (f", did you mean {close[0]!r}?" if close else
                        f"; known keys: {', '.join(allowed)} (start your own keys with x-)"))


def _date(node, key, field, problems):
    value = _get(node, key, field, problems, str)
    if value is None:
        return None
    try:
        return parse_iso(value)
    except ValueError as exc:
        message = str(exc)
        if "ISO 8601" not in message:  # dt.date's own message: "month must be in 1..12"
            message = f"{value!r} is not a real date ({message})"
        problems.add(_line(node, key), field, message + "; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2025-07-22'")
        return None


# Outlines are simplified, and a coastal town may sit just offshore: a point this far (in
# degrees, about 50 km) outside its country is a typo rather than a border case.
OUTSIDE_COUNTRY_DEGREES = 0.5


def _outside_country_note(place: Place) -> str | None:
    """A note when coordinates typed by hand fall outside the place's own country: lat and lon
    swapped while both stay in range (El Fasher at 25.4, 13.7 is in Libya) pass every range
    check. Coordinates that are one of the place's alternatives are the gazetteer's: not looked at."""
    if not place.country or any(_has_coords(a) and (a["lat"], a["lon"]) == (place.lat, place.lon)
                                for a in place.alternatives):
        return None
    from shapely.geometry import Point

    from geomap.boundaries import country_shape

    outline = country_shape(place.country) if len(place.country) == 2 else None
    if outline is None or outline.distance(Point(place.lon, place.lat)) <= OUTSIDE_COUNTRY_DEGREES:
        return None
    note = f"{place.lat:g}, {place.lon:g} is outside {place.country.upper()}, the country of {place.name}"
    if -90 <= place.lon <= 90 and outline.distance(Point(place.lat, place.lon)) <= OUTSIDE_COUNTRY_DEGREES:
        return note + f"; are lat and lon swapped? ({place.lon:g}, {place.lat:g} is inside it)"
    return note + "; check the coordinates, or the country"


def _first_day(date: str) -> dt.date:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    return dt.date.fromisoformat((date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10])


def _after_article_note(date: str | None, published: str | None) -> str | None:
    """A note for an event dated more than a year after its article was published (a typed 2035
    for 2025): an article may announce what is planned, not what happened years later."""
    if not date or not published:
        return None
    years = (_first_day(date) - _first_day(published)).days // 365
    if years < 1:
        return None
    return (f"{date} is {years} year{'s' if years > 1 else ''} after the article was published ({published}); "
            "a typo for the year?")


def _article_length(text_file: str | None, base: Path) -> int | None:
    """The length of the article body, to check offsets against; None when it cannot be read."""
    if not text_file:
        return None
    from geomap.article import read_article

    try:
        return len(read_article(base / text_file).text)
    except (GeomapError, OSError):
        return None


def apply_choice(place: Place) -> Place | None:
    """How the build treats a changed ``gazetteer_id`` (see README "Editing the data").

    When ``gazetteer_id`` names one of the place's ``alternatives`` but ``lat``/``lon`` are still
    the coordinates of another alternative (the one picked before), the user changed the id
    and left the coordinates: the build takes the chosen alternative's coordinates, and its
    kind, precision, country and name where those were the old alternative's too. Coordinates
    matching no alternative were typed by the user and win; ``coord_source: user`` always wins.
    Returns the alternative that now gives the coordinates, or None when nothing changed.
    """
    if place.coord_source == "user" or not place.alternatives or place.gazetteer_id is None:
        return None
    chosen = next((a for a in place.alternatives if a.get("id") == place.gazetteer_id), None)
    if chosen is None or not _has_coords(chosen) or (chosen["lat"], chosen["lon"]) == (place.lat, place.lon):
        return None
    stale = next((a for a in place.alternatives if a is not chosen and _has_coords(a)
                  and (a["lat"], a["lon"]) == (place.lat, place.lon)), None)
    if stale is None:
        return None
    place.lat, place.lon = float(chosen["lat"]), float(chosen["lon"])
    if place.kind == stale.get("kind") and chosen.get("kind") in KINDS:
        if place.precision == PRECISIONS.get(place.kind):
            place.precision = PRECISIONS[chosen["kind"]]
        place.kind = chosen["kind"]
    if place.country == stale.get("country"):
        place.country = chosen.get("country")
    if place.name == stale.get("name") and chosen.get("name"):
        place.name = str(chosen["name"])
    if str(place.gazetteer_id).startswith("ne:"):
        place.admin1 = str(place.gazetteer_id)[3:]
    else:
        # The old entry's region is not the new one's, even in one country (Alexandria, Louisiana
        # for Alexandria, Virginia), and alternatives do not say theirs: none beats a wrong one.
        place.admin1 = None
    if chosen is not place.alternatives[0]:
        place.score = None  # the resolver's confidence was in its own pick, not in this one
    return chosen


def _confidence(alternatives) -> float | None:
    """The resolver's confidence in the first alternative: its softmax share of the scores."""
    scores = [a.get("score") for a in alternatives]
    if not scores or not all(isinstance(s, (int, float)) for s in scores):
        return None
    return round(1.0 / sum(math.exp(s - scores[0]) for s in scores), 3)


def _has_coords(alt) -> bool:
    return all(isinstance(alt.get(k), (int, float)) and not isinstance(alt.get(k), bool) for k in ("lat", "lon"))


_EXPECTED = "a geomap data file (schema, article, places, events; `geomap extract ARTICLE` writes one)"


def load_tree(path: Path) -> CommentedMap:
    """A data file's round-trip YAML tree (comments kept); a syntax error is one ``StoreFormatError``."""
    from geomap.article import read_text

    path = Path(path)
    text = read_text(path, expected=_EXPECTED)
    yaml = _yaml()
    yaml.preserve_quotes = True  # a value the user quoted stays quoted when the file is rewritten
    try:
        return yaml.load(text)
    except RecursionError:  # ruamel composes nested values recursively
        raise StoreFormatError(_TOO_DEEP, path=path, line=_too_deep_line(text)) from None
    except _RecursiveAlias as exc:
        raise StoreFormatError("the value anchored here (&name) holds an alias to itself (*name), so it never "
                               "ends; write the value out instead", path=path,
                               line=exc.problem_mark.line + 1 if exc.problem_mark else None) from None
    except DuplicateKeyError as exc:
        problem = str(exc.problem).replace("found duplicate key", "duplicate key")
        raise StoreFormatError(f"{problem}; a key may appear once in a mapping: delete one of the two",
                               path=path, line=exc.problem_mark.line + 1 if exc.problem_mark else None) from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else None
        opened = _unclosed_quote_line(text, line)
        if opened is not None:
            # The parser stumbles where the quoted value ends by chance (a later quote, the file's
            # end), often hundreds of lines on: the mistake is where the quote opened.
            raise StoreFormatError("YAML syntax error: this value opens a quote that the line does not close; "
                                   "add the closing quote (or drop the opening one)", path=path, line=opened) from None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        rows = text.splitlines()
        section = _section_above(rows, line)
        if section not in (None, "places", "events") and line <= len(rows) and _LIST_ITEM.match(rows[line - 1]):
            # An event added at the end of the file lands under "deleted:", which geomap writes last.
            raise StoreFormatError(f"YAML syntax error: this list item comes after `{section}:`, which holds no "
                                   "such items; move it up under `events:` (or `places:`)", path=path,
                                   line=line) from None
        raise StoreFormatError(f"YAML syntax error: {problem}; check the indentation and brackets near this line",
                               path=path, line=line) from None


_LIST_ITEM = re.compile(r"\s+-\s")
_TOP_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:")


def _section_above(rows: list[str], line: int | None) -> str | None:
    """The top-level key whose block holds line ``line`` (1-based) of a file's ``rows``."""
    if not line:
        return None
    for row in reversed(rows[:line - 1]):
        m = _TOP_KEY.match(row)
        if m:
            return m.group(1)
    return None


# A value that opens a quote: "name: 'El Fasher", "- text: \"He said".
_QUOTED_VALUE = re.compile(r"""\s*(?:-\s+)?[^\s#'"{}\[\]][^:#]*:\s+(['"])(.*)""")


def _unclosed_quote_line(text: str, before: int | None) -> int | None:
    """The first line before line ``before`` (1-based) whose value opens a quote it does not close
    (geomap writes every quoted value on one line)."""
    for number, line in enumerate(text.splitlines()[:before], 1):
        m = _QUOTED_VALUE.fullmatch(line.rstrip())
        if m is None:
            continue
        quote, rest = m.groups()
        rest = rest.replace("''", "") if quote == "'" else re.sub(r'\\.', "", rest)
        if quote not in rest:
            return number if before is None or number < before else None
    return None


def _too_deep_line(text: str) -> int | None:
    """The line where ``text`` first nests deeper than ``_MAX_DEPTH``, from the parser's events
    (which, unlike building the tree, take no recursion)."""
    import yaml

    depth = 0
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > _MAX_DEPTH:
                    return event.start_mark.line + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        # libyaml's scanner may read a line of brackets ahead and stop at its own limit (1,000
        # levels, PyYAML 6.0.4's) before the parser yields the 25th: that line is the one.
        mark = getattr(exc, "problem_mark", None)
        return mark.line + 1 if mark is not None else None
    return None


def named_article(data_path: Path) -> Path | None:
    """The article a data file names (``article.text_file``, beside the data file), or None when
    it names none or cannot be read: reading it reports why."""
    from geomap.article import read_text

    try:
        text = read_text(Path(data_path), expected=_EXPECTED)
    except (GeomapError, OSError):
        return None
    root = _fast_tree(text)
    if root is None:  # no libyaml, or a syntax error that reading the file reports with its line
        try:
            root = _yaml().load(text)
        except (YAMLError, RecursionError):
            return None
    article = root.get("article") if isinstance(root, dict) else None
    text_file = article.get("text_file") if isinstance(article, dict) else None
    return Path(data_path).parent / text_file if isinstance(text_file, str) and text_file.strip() else None


def read_document(path: Path, notes: list[str] | None = None) -> Document:
    """Load and validate a data file; raises ``StoreFormatError`` listing every problem.

    ``notes``, when given, receives one line per value the build derives rather than reads
    (a gazetteer choice whose coordinates come from the alternative).
    """
    from geomap.article import read_text

    path = Path(path)
    text = read_text(path, expected=_EXPECTED)
    fast = _fast_tree(text)
    if fast is not None:
        try:
            fast_notes: list[str] = []
            doc = parse_tree(fast, path, notes=fast_notes)
            if notes is None or not fast_notes:
                return doc
        except _TooDeep as exc:  # the round-trip loader would take seconds to fail on it
            raise StoreFormatError(exc.message, path=path, line=_too_deep_line(text), field=exc.field) from None
        except StoreFormatError:
            pass
    # Problems and notes name their lines: only the round-trip loader knows them.
    return parse_tree(load_tree(path), path, notes=notes)


def _fast_tree(text: str):
    """The data as plain Python values through libyaml (C), ten times faster than the round-trip
    loader; None on any YAML error (the round-trip loader then reports it with its line)."""
    import yaml

    loader = _yaml12_loader()
    if loader is None:
        return None
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError:
        return None


@functools.lru_cache(maxsize=1)
def _yaml12_loader():
    """libyaml's safe loader resolving plain scalars as ruamel does (YAML 1.2): "NO" (Norway) and
    "yes" stay text, "1e-05" is a number. Forms the two could read differently ("010") stay
    text here; in a numeric field that fails validation and the round-trip loader decides."""
    import re

    import yaml

    base = getattr(yaml, "CSafeLoader", None)
    if base is None:
        return None
    loader = type("Yaml12Loader", (base,), {"construct_mapping": _construct_mapping_once})
    loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
    replaced = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in replaced]
        for first, resolvers in base.yaml_implicit_resolvers.items()}
    loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))
    loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"),
                                 list("-+0123456789"))
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
                   r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
        list("-+.0123456789"))
    return loader


def _timestamp_or_text(loader, node):
    """A date, or the text of a plain scalar that looks like one but is none (2025-02-30)."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


def _construct_mapping_once(loader, node, deep=False):
    """libyaml keeps the last of two equal keys silently: refuse them, so that the round-trip
    loader reports the duplicate with its line."""
    import yaml

    keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
    if len(keys) != len(set(keys)):
        raise yaml.constructor.ConstructorError(None, None, "duplicate key", node.start_mark)
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)


def parse_tree(root, path: Path, *, notes: list[str] | None = None, check_offsets: bool = True) -> Document:
    """Validate a loaded tree into a ``Document``; raises ``StoreFormatError`` listing every problem.

    ``check_offsets=False`` leaves out the check of mentions and sources against the article's
    length: a merge takes new offsets from the new extraction of a changed article.
    """
    path = Path(path)
    problems = _Problems(path)
    if not isinstance(root, dict):
        raise StoreFormatError("not a geomap data file (expected a mapping with schema, article, places, events)",
                               path=path, line=1)
    _check_tree(root, problems)
    _check_keys(root, "root", "", problems)
    schema = root.get("schema")
    if "schema" not in root:
        problems.add(_line(root, "schema"), "schema", f"is missing; add schema: {SCHEMA_VERSION} as the first line")
    elif schema != SCHEMA_VERSION:
        problems.add(_line(root, "schema"), "schema", f"{_short(schema)} is not a supported schema version; "
                                                      f"write schema: {SCHEMA_VERSION}")
    art = root.get("article")
    if not isinstance(art, dict):
        problems.add(_line(root, "article"), "article", "is required: a mapping with id, title, published")
        art = CommentedMap()
    _check_keys(art, "article", "article", problems)
    published = _date(art, "published", "article.published", problems)
    text_file = _get(art, "text_file", "article.text_file", problems, str)
    article = Article(text="", id=_get(art, "id", "article.id", problems, str, default=path.stem),
                      title=_get(art, "title", "article.title", problems, str),
                      published=published, source=_get(art, "source", "article.source", problems, str),
                      url=_get(art, "url", "article.url", problems, str),
                      path=str(path.parent / text_file) if text_file else None)
    length = _article_length(text_file, path.parent) if check_offsets else None

    def check_span(node, key, field, start, end):
        if start is None or end is None:
            return
        if not 0 <= start < end:
            problems.add(_line(node, key), field, f"[{start}, {end}] is not a span (need 0 <= start < end)")
        elif length is not None and end > length:
            problems.add(_line(node, key), field, f"[{start}, {end}] is out of range: the article {text_file} has "
                                                  f"{length} characters; if it changed, `geomap extract` it (your edits "
                                                  "stay), else fix the offsets or delete them")

    deleted_raw = _get(root, "deleted", "deleted", problems, list, default=[],
                       hint="write a list of ids, e.g. [odessa]")
    deleted: set[str] = set()
    for j, d in enumerate(deleted_raw):
        if isinstance(d, (str, int)) and not isinstance(d, bool):
            deleted.add(str(d))
        else:
            problems.add(_line(deleted_raw, j), f"deleted[{j}]", f"{_short(d)} is not an id")

    places: list[Place] = []
    seen: set[str] = set()
    raw_places = root.get("places") or []
    if not isinstance(raw_places, list):
        problems.add(_line(root, "places"), "places", "expected a list of places (each line starting with '- ')")
        raw_places = []
    for i, node in enumerate(raw_places):
        f = f"places[{i}]"
        if not isinstance(node, dict):
            problems.add(_line(raw_places, i), f, "expected a mapping (id, name, lat, lon, ...)")
            continue
        _check_keys(node, "place", f, problems)
        pid = _get_id(node, "id", f + ".id", problems)
        if pid in seen:
            problems.add(_line(node, "id"), f + ".id", f"duplicate place id {pid!r}; give each place its own id")
        if pid in deleted:
            problems.add(_line(node, "id"), f + ".id", f"{pid!r} is also listed in deleted; "
                                                       f"take it out of deleted to keep the place, or delete the place")
        if pid is not None:  # a missing id is reported; it must not reach the "did you mean" below
            seen.add(pid)
        deg = "write decimal degrees such as 30.52"
        lat = _get(node, "lat", f + ".lat", problems, float, hint=deg)
        lon = _get(node, "lon", f + ".lon", problems, float, hint=deg)
        swapped = lat is not None and lon is not None and abs(lat) > 90 and abs(lon) <= 90
        _check_range(node, "lat", f + ".lat", lat, -90, 90, problems,
                     "latitude runs from -90 (south) to 90 (north)" + (", are lat and lon swapped?" if swapped else ""))
        _check_range(node, "lon", f + ".lon", lon, -180, 180, problems, "longitude runs from -180 (west) to 180 (east)")
        for key, other in (("lat", "lon"), ("lon", "lat")):
            if node.get(key) is not None and node.get(other) is None and not _misspelt(node, other, "place"):
                problems.add(_line(node, key), f"{f}.{other}", f"is empty while {key} is set; give both or neither "
                                                               "(neither: the place is not drawn)")
        kind = _get(node, "kind", f + ".kind", problems, str, default="city")
        _one_of(node, "kind", f + ".kind", kind, KINDS, "kind", problems)
        precision = _get(node, "precision", f + ".precision", problems, str, default=PRECISIONS.get(kind, "point"))
        _one_of(node, "precision", f + ".precision", precision, PRECISION_VALUES, "precision", problems)
        coord_source = _get(node, "coord_source", f + ".coord_source", problems, str, default="gazetteer")
        _one_of(node, "coord_source", f + ".coord_source", coord_source, COORD_SOURCES, "coord_source", problems)
        mentions = []
        for m in _get(node, "mentions", f + ".mentions", problems, list, default=[]):
            if isinstance(m, list) and len(m) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in m):
                mentions.append((int(m[0]), int(m[1])))
                check_span(node, "mentions", f + ".mentions", int(m[0]), int(m[1]))
            else:
                problems.add(_line(node, "mentions"), f + ".mentions",
                             f"{_short(m)} is not a [start, end] pair; write offsets into the article, e.g. [41, 49]")
        alternatives = []
        for j, a in enumerate(_get(node, "alternatives", f + ".alternatives", problems, list, default=[])):
            af = f"{f}.alternatives[{j}]"
            if not isinstance(a, dict):
                problems.add(_line(node, "alternatives"), af, "expected {id, name, country, kind, lat, lon, score}")
                continue
            _check_keys(a, "alternative", af, problems)
            alt = {k: plain(v) for k, v in a.items()}
            _get(a, "score", f"{af}.score", problems, float)
            for key, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
                value = _get(a, key, f"{af}.{key}", problems, float, hint="write decimal degrees")
                _check_range(a, key, f"{af}.{key}", value, lo, hi, problems)
            alternatives.append(alt)
        name = _get(node, "name", f + ".name", problems, str, required=True)
        if name is not None and not name.strip():
            problems.add(_line(node, "name"), f + ".name", "is empty; give the place a name (it labels the place "
                                                          "on the map)")
        country = _get(node, "country", f + ".country", problems, str)
        _check_country(node, f + ".country", country, problems)
        place = Place(
            id=pid or f"place-{i}", name=name or "",
            lat=lat, lon=lon, kind=kind, precision=precision,
            country=country,
            admin1=_get(node, "admin1", f + ".admin1", problems, str),
            gazetteer_id=_get(node, "gazetteer_id", f + ".gazetteer_id", problems, str),
            coord_source=coord_source,
            score=_get(node, "score", f + ".score", problems, float),
            mentions=mentions, alternatives=alternatives,
            hidden=_get(node, "hidden", f + ".hidden", problems, bool, default=False))
        if lat is not None and lon is not None and not swapped and -90 <= lat <= 90 and -180 <= lon <= 180:
            chosen = apply_choice(place)
            if chosen is not None and notes is not None:
                notes.append(f"{path}:{_line(node, 'gazetteer_id')}: {f}.gazetteer_id: {place.gazetteer_id} is the "
                             f"alternative {chosen.get('name')} ({chosen.get('country')}); the build uses its "
                             f"coordinates {place.lat}, {place.lon}")
            elif notes is not None and (note := _outside_country_note(place)):
                notes.append(f"{path}:{_line(node, 'lat')}: {f}.lat: {note}")
        places.append(place)

    events: list[Event] = []
    event_ids: set[str] = set()
    raw_events = root.get("events") or []
    if not isinstance(raw_events, list):
        problems.add(_line(root, "events"), "events", "expected a list of events (each line starting with '- ')")
        raw_events = []
    for i, node in enumerate(raw_events):
        f = f"events[{i}]"
        if not isinstance(node, dict):
            problems.add(_line(raw_events, i), f, "expected a mapping (id, place, type, date, ...)")
            continue
        _check_keys(node, "event", f, problems)
        eid = _get_id(node, "id", f + ".id", problems, hint=_event_id_hint(node, event_ids))
        if eid in event_ids:
            problems.add(_line(node, "id"), f + ".id", f"duplicate event id {eid!r}; give each event its own id")
        if eid in deleted:
            problems.add(_line(node, "id"), f + ".id", f"{eid!r} is also listed in deleted; "
                                                       f"take it out of deleted to keep the event, or delete the event")
        if eid is not None:
            event_ids.add(eid)
        place = _get_id(node, "place", f + ".place", problems)
        if place is not None and place not in seen:
            if place in deleted:
                problems.add(_line(node, "place"), f + ".place", f"place {place!r} was deleted; delete this event "
                                                                 f"too, or take {place!r} out of deleted and restore it")
            else:
                hint = difflib.get_close_matches(place, sorted(seen), n=1)
                # No close id: most often the user deleted the place and expects its events to go too.
                problems.add(_line(node, "place"), f + ".place", f"no place with id {place!r}"
                             + (f", did you mean {hint[0]!r}?" if hint else
                                f"; if you deleted that place, delete {f} too (to keep the place off the map but "
                                "its events in the file, put the place back with hidden: true), else use the id "
                                "of one of the places"))
        etype = _get(node, "type", f + ".type", problems, str, required=True)
        if etype is not None and etype not in EVENT_TYPES:
            hint = closest_type(etype)
            problems.add(_line(node, "type"), f + ".type", f"unknown event type {etype!r}"
                         + (f", did you mean {hint!r}?" if hint else f" (one of {', '.join(EVENT_TYPES)})"))
        date = _date(node, "date", f + ".date", problems)
        if notes is not None and (note := _after_article_note(date, published)):
            notes.append(f"{path}:{_line(node, 'date')}: {f}.date: {note}")
        figures = []
        for j, fig in enumerate(_get(node, "figures", f + ".figures", problems, list, default=[])):
            ff = f"{f}.figures[{j}]"
            if not isinstance(fig, dict):
                problems.add(_line(node, "figures"), ff, "expected {text, value, unit}")
                continue
            _check_keys(fig, "figure", ff, problems)
            value = _get(fig, "value", ff + ".value", problems, float, default=0.0)
            if value < 0:  # a stray minus sign would publish "Killed: -17" and a negative toll in the CSV
                problems.add(_line(fig, "value"), ff + ".value", f"{value:g} is negative; a figure counts "
                                                                 f"people or things: write {-value:g}")
                value = 0.0
            share = _get(fig, "share", ff + ".share", problems, float)
            if share is not None and not 0 <= share <= value:
                problems.add(_line(fig, "share"), ff + ".share",
                             f"{share:g} is not a part of the value {value:g}; write a number from 0 to {value:g}, "
                             "or delete the share to give this event all of it")
                share = None
            figures.append(Figure(_get(fig, "text", ff + ".text", problems, str, default=""), value,
                                  _get(fig, "unit", ff + ".unit", problems, str, default=""), share))
        sources = []
        for j, src in enumerate(_get(node, "sources", f + ".sources", problems, list, default=[])):
            sf = f"{f}.sources[{j}]"
            if not isinstance(src, dict):
                problems.add(_line(node, "sources"), sf, "expected {text, start, end}")
                continue
            _check_keys(src, "source", sf, problems)
            start = _get(src, "start", sf + ".start", problems, int, default=0)
            end = _get(src, "end", sf + ".end", problems, int, default=0)
            if "start" in src and "end" in src:
                check_span(src, "start", sf, start, end)
            sources.append(Source(_get(src, "text", sf + ".text", problems, str, default=""), start, end))
        actors = []
        for j, a in enumerate(_get(node, "actors", f + ".actors", problems, list, default=[])):
            if isinstance(a, (dict, list)) or a is None:
                problems.add(_line(node, "actors"), f"{f}.actors[{j}]", f"{_short(a)} is not a name")
            else:
                actors.append(str(a))
        events.append(Event(
            id=eid or f"event-{i}", place=place or "", type=etype or "other", date=date,
            approximate=_get(node, "approximate", f + ".approximate", problems, bool, default=False),
            actors=actors, figures=figures,
            summary=_get(node, "summary", f + ".summary", problems, str, default=""), sources=sources,
            hidden=_get(node, "hidden", f + ".hidden", problems, bool, default=False)))

    problems.raise_any()
    return Document(article=article, places=places, events=events)


# ---------------------------------------------------------------- geomap fix


def _set_value(node: CommentedMap, key: str, value, after: str | None = None) -> None:
    if key in node:
        if not same(node[key], value):
            node[key] = value
    else:
        keys = list(node.keys())
        node.insert(keys.index(after) + 1 if after in keys else len(keys), key, value)


def find_place_node(tree, place_id: str, path: Path) -> CommentedMap:
    places = tree.get("places") or []
    node = next((p for p in places if isinstance(p, dict) and str(p.get("id")) == place_id), None)
    if node is None:
        ids = [str(p.get("id")) for p in places if isinstance(p, dict)]
        close = difflib.get_close_matches(place_id, ids, n=1)
        raise StoreFormatError(f"no place with id {place_id!r}" + (f", did you mean {close[0]!r}?" if close else
                               f"; the places are: {', '.join(ids)}"), path=path, field="places")
    return node


def fix_place(data_path: Path, place_id: str, gazetteer_id: str) -> tuple[dict, dict, bool]:
    """``geomap fix``: resolve a place as another gazetteer entry, one of its alternatives (or any
    gazetteer id, then added to the alternatives). Sets gazetteer_id, lat, lon, kind, precision,
    country and admin1 (and name, when it was the old entry's name) in place; comments survive.

    Returns the place's (before, after) summaries and whether the file changed.
    """
    data_path = Path(data_path)
    tree = load_tree(data_path)
    parse_tree(tree, data_path)
    node = find_place_node(tree, place_id, data_path)
    before = {k: plain(node.get(k)) for k in ("name", "kind", "country", "lat", "lon", "gazetteer_id")}
    from geomap.index import load_index

    alts = node.get("alternatives")
    alt = next((a for a in alts or [] if str(a.get("id")) == gazetteer_id), None)
    entry = load_index().by_id(gazetteer_id)  # its admin-1 region, which the alternatives do not list
    admin1 = entry.admin1 if entry is not None and entry.kind != "country" else None
    if alt is None:
        if entry is None:
            ids = [str(a.get("id")) for a in alts or []]
            raise StoreFormatError(f"{gazetteer_id!r} is not one of the place's alternatives ({', '.join(ids)}) "
                                   "nor a gazetteer id", path=data_path, line=_line(node, "alternatives"),
                                   field=f"places[{place_id}].alternatives")
        alt = _flow_map([("id", entry.id), ("name", entry.name), ("country", entry.country), ("kind", entry.kind),
                         ("lat", entry.lat), ("lon", entry.lon), ("score", None)])
        if not isinstance(alts, list):
            alts = CommentedSeq()
            _set_value(node, "alternatives", alts)
        alts.append(alt)
    old = next((a for a in alts if str(a.get("id")) == str(node.get("gazetteer_id"))), None)
    kind = str(alt.get("kind") or node.get("kind") or "city")
    if gazetteer_id.startswith("ne:"):
        admin1 = gazetteer_id[3:]
    if old is not None and str(node.get("name")) == str(old.get("name")) and alt.get("name"):
        _set_value(node, "name", alt["name"])
    _set_value(node, "kind", kind, after="name")
    _set_value(node, "precision", PRECISIONS.get(kind, "point"), after="kind")
    _set_value(node, "lat", alt.get("lat"), after="precision")
    _set_value(node, "lon", alt.get("lon"), after="lat")
    _set_value(node, "country", alt.get("country"), after="lon")
    _set_value(node, "admin1", admin1, after="country")
    _set_value(node, "gazetteer_id", gazetteer_id, after="admin1")
    _set_value(node, "coord_source", "gazetteer", after="gazetteer_id")
    # score is the resolver's confidence in its own pick (the first alternative): it says
    # nothing about another choice, so the popup shows no confidence for a user's choice.
    _set_value(node, "score", _confidence(alts) if alts and alts[0] is alt else None, after="coord_source")
    after = {k: plain(node.get(k)) for k in ("name", "kind", "country", "lat", "lon", "gazetteer_id")}
    return before, after, save_tree(tree, data_path)
