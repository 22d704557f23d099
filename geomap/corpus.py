"""Many articles at once: a folder or JSONL corpus in, one map out.

- Input (``iter_corpus``): folders of ``.txt``, ``.md`` and ``.html`` articles and ``.jsonl``
  files (searched recursively; hidden files, ``*.geomap.yaml`` data files and
  ``*.geomap.jsonl`` extractions are not articles), JSONL files
  with one ``{"id", "text", "title", "url", "published", "source"}`` object a line, and single
  article or data files. HTML is reduced to its main text with the standard library's
  ``html.parser``: script, style, navigation, header, footer, aside and form content is
  dropped; paragraph, heading, list item and quotation text is kept, preferring what is inside
  ``<article>`` or ``<main>``; title, canonical URL and publication date come from the head.
- Bad articles (missing, binary, empty, not UTF-8, a line of more than ``MAX_LINE_CHARS``
  characters, more than ``MAX_ARTICLE_CHARS`` in all, bad JSON, a duplicate id) are reported,
  one ``file: problem`` line each, and skipped; the rest of the corpus goes on.
- Incremental (``CorpusCache``): extractions are kept in an SQLite database keyed by the SHA-256
  of the article's text (and the extraction's settings: published date, ``--near``, and a hash
  of the extractor's own code), so a re-run extracts only new or changed articles. A data file
  beside an article (``NAME.geomap.yaml``, the user's corrections) is used instead. After each
  full run the cache is pruned (``CorpusCache.prune``): the entries of this corpus's articles
  that were edited or removed go, and so do those made by other extractor code; the entries
  other corpora (or other ``--near`` runs) sharing the cache file use stay.
- Parallel (``geomap.executors``): batches of articles are extracted on a local process pool or
  on Dask; the results do not depend on how they were computed.
- One map (``merge_documents``): places are merged across articles (the same gazetteer entry is
  one place), and events that different articles report at the same place, on the same date,
  of the same type are one event listing all its sources, each naming its article. The users'
  corrections in data files hold whichever article comes first: a hidden place or event hides
  only that article's; a place placed by the user (``coord_source: user``) is its own spot;
  coordinates typed for a gazetteer entry move the merged place, and when two data files type
  different ones, each keeps its own and the conflict is reported; any other value a user edited
  (``user_edits``: what differs from the data file's base) is the merged place's or event's, the
  first article's by id when two users disagree, and that conflict is reported too.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import json
import re
import sqlite3
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import orjson

from geomap.article import (PUBLISHED_FORMS, lone_surrogate, mentions_text, parse_article, published_in_text,
                            published_iso, read_article, read_text)
from geomap.errors import GeomapError, InputError, RenderError
from geomap.gcpause import cyclic_gc_paused
from geomap.model import Article, Document, Event, Figure, Place, Source, figure_dict, own_spot, spellings_of

__all__ = ["ARTICLE_SUFFIXES", "JSONL_SUFFIXES", "CACHE_NAME", "MAX_LINE_CHARS", "MAX_ARTICLE_CHARS",
           "is_corpus", "is_geomap_page", "iter_corpus", "html_article", "CorpusCache", "CorpusResult", "CorpusBuild", "CorpusError",
           "extract_corpus", "merge_documents", "corpus_geojson", "corpus_geojson_chunks", "build_corpus",
           "write_extractions",
           "extract_batch", "document_dict", "document_from_dict", "typed_coordinates", "Placement",
           "PlaceConflict", "ValueConflict", "UserValue", "user_edits", "describe_conflict", "corpus_identity"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DATA_SUFFIX = ".geomap.yaml"
CACHE_NAME = ".geomap-corpus.sqlite"
# An article is prose: a line this long is minified code, a data dump or a mislabelled file,
# and would only slow the sentence splitter down. News paragraphs are a few thousand characters.
MAX_LINE_CHARS = 100_000
MAX_ARTICLE_CHARS = 5_000_000
BATCH_CHARS = 256_000  # text per batch sent to a worker: about half a second of extraction
BATCH_ARTICLES = 256
MEMORY_STATS_AGE = 2.0  # s a worker may report the same PSS/USS for (each reading costs a few ms)
# Extractions are committed to the cache at most this often (s): with a commit a batch (each
# journaling the pages it touches and syncing the file twice), writing the cache took 6% of a
# 1-worker run; 3% so. A killed run loses at most this much work, never the file.
FETCH_CHUNK = 256  # cached extractions read with one query
COMMIT_SECONDS = 5.0


class CorpusError(InputError):
    """Nothing in the corpus could be mapped; ``problems`` lists why, one article a line."""

    def __init__(self, message: str, *, problems: list[GeomapError], **kwargs):
        super().__init__(message, **kwargs)
        self.problems = problems + [InputError(message, **kwargs)]


def is_corpus(path) -> bool:
    """A folder of articles or a JSONL file of them (rather than one article or data file)."""
    path = Path(path)
    return path.is_dir() or path.suffix.lower() in JSONL_SUFFIXES


# --- HTML to text ----------------------------------------------------------------------

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg", "template", "iframe",
         "button", "select", "textarea", "object", "canvas", "menu", "dialog"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dd", "dt"}
_BLOCK = _PARAGRAPH | {"div", "section", "article", "main", "td", "th", "tr", "table", "ul", "ol", "dl", "br",
                       "hr", "body", "figure", "address", "details", "summary"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param",
         "track"}
# Boxes a page puts around its story: teasers of other stories, sidebars, sharing and cookie banners.
# Their words are in the class, id or role of the element (which may be an <article> card, or a
# <div> where a page has no <aside>).
_BOILERPLATE = re.compile(
    r"related|sidebar|most-?read|most-?viewed|most-?popular|more-?news|more-?stories|more-?on|read-?next|"
    r"recommend|newsletter|promo|teaser|cookie|consent|social|share-?bar|sharing|comments?\b|advert|"
    r"subscribe|trending|outbrain|taboola|breadcrumb|complementary|navigation|contentinfo", re.I)
# Blocks that hold a story's paragraphs in pages that write them as <div>s ("paragraph-0", "article-body").
_PARAGRAPH_BOX = re.compile(r"paragraph|article-?body|articlebody|story-?body|body-?text|text-?block", re.I)
# Characters that hide inside words and stop their names from being read: soft hyphens, zero-width
# spaces, word joiners and stray byte-order marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
LINKED_CHARS = 200  # a block this short, half of it a link's words, is a teaser; longer, four fifths
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                   "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date")


def _boilerplate(attrs: dict[str, str]) -> bool:
    """Whether an element's class, id, role or label says it is a box around the story; a layout
    class ("has-sidebar", "with-related") says nothing of the element itself."""
    words = attrs.get("class", "").split() + [attrs.get(k, "") for k in ("id", "role", "aria-label", "data-testid",
                                                                      "data-component")]
    return any(_BOILERPLATE.search(w) for w in words if w and not w.lower().startswith(("has-", "with-", "no-")))


class _MainText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0  # depth inside dropped elements
        self.main = 0  # depth inside <article> or <main>
        self.kind = "other"
        self.buf: list[str] = []
        self.blocks: list[tuple[str, bool, str, int | None]] = []  # (kind, inside main, text, box)
        # Blocks whose words are mostly a link's: lists of other stories ("Related coverage", "Most read")
        # that a page marks with no class saying so, and "Read more: ..." lines.
        self.linked_blocks: list[tuple[str, bool, str, int | None]] = []
        self.link = 0  # depth inside <a>
        self.link_chars = 0  # letters of the block being read that were a link's
        self.title: list[str] | None = None
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.time: str | None = None
        # The boilerplate box being read (its tag, nesting and number): its text is left out unless it
        # holds most of the page's, as a wrapper named "story-body related-links-enabled" does.
        self.boxed: tuple[str, int, int] | None = None
        self.boxes = 0
        self.json_ld: list[str] | None = None  # the text of a JSON-LD script being read
        self.linked_data: list[str] = []

    def _flush(self):
        text = " ".join("".join(self.buf).split())
        if text:
            letters = len(text) - text.count(" ")
            # (a story's long paragraph may link most of its places: "Clashes in Kharkiv, Sumy and Dnipro")
            linked = 5 * self.link_chars > 4 * letters or 2 * self.link_chars > letters and len(text) < LINKED_CHARS
            (self.linked_blocks if linked else self.blocks).append(
                (self.kind, self.main > 0, text, self.boxed[2] if self.boxed else None))
        self.buf = []
        self.link_chars = 0

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name and a.get("content") and name not in self.meta:
                self.meta[name] = a["content"].strip()
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"].strip()
            return
        if tag == "a":
            self.link += 1
        if tag == "time" and a.get("datetime") and self.time is None:
            self.time = a["datetime"].strip()
        if tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.json_ld = []
        if self.boxed is not None and tag == self.boxed[0] and tag not in _VOID:
            self.boxed = (tag, self.boxed[1] + 1, self.boxed[2])
        if tag == "br":  # a line break inside a paragraph: the paragraph goes on, on a new line after a
            # sentence's end, and in the same line inside a sentence ("struck Kharkiv<br>on Saturday")
            line = "".join(self.buf).rstrip()
            if not line or line.endswith((".", "!", "?", ":", "\u201d", '"')):
                self._flush()
            else:
                self.buf.append(" ")
            return
        if tag in _VOID and tag not in _BLOCK:
            return
        if self.boxed is None and (tag in _BLOCK or tag in _SKIP) and tag not in ("body", "main") and _boilerplate(a):
            self._flush()
            self.boxes += 1
            self.boxed = (tag, 1, self.boxes)
        if tag == "title" and self.title is None:
            self.title = []
            return
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in _BLOCK:
            self._flush()
            if tag in ("article", "main"):
                self.main += 1
            paragraph = tag in _PARAGRAPH or (tag in ("div", "section") and _PARAGRAPH_BOX.search(
                " ".join((a.get("class", ""), a.get("id", ""), a.get("data-testid", ""), a.get("itemprop", "")))))
            self.kind = "paragraph" if paragraph else "other"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "a":
            self.link = max(0, self.link - 1)
        if tag == "script" and self.json_ld is not None:
            self.linked_data.append("".join(self.json_ld))
            self.json_ld = None
        if self.boxed is not None and tag == self.boxed[0]:
            if self.boxed[1] > 1:
                self.boxed = (tag, self.boxed[1] - 1, self.boxed[2])
            else:
                self._flush()  # the box's last words are the box's
                self.boxed = None
        if tag == "title" and isinstance(self.title, list) and not isinstance(self.title, tuple):
            self.title = tuple(self.title)  # closed: later titles (in SVGs) do not count
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK:
            self._flush()
            if tag in ("article", "main"):
                self.main = max(0, self.main - 1)
            self.kind = "other"

    def handle_data(self, data):
        if self.json_ld is not None:
            self.json_ld.append(data)
        elif isinstance(self.title, list):
            self.title.append(data)
        elif not self.skip:
            self.buf.append(data.translate(_INVISIBLE))
            if self.link:
                self.link_chars += len(data) - sum(map(data.count, " \t\n\r\f\v"))

    def linked(self, key: str) -> str | None:
        """A news article's ``datePublished`` or its ``publisher``'s name in the page's JSON-LD
        (schema.org), where many pages give them and nowhere else."""
        for raw in self.linked_data:
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            stack = [data]
            while stack:
                node = stack.pop(0)
                if isinstance(node, list):
                    stack.extend(node)
                elif isinstance(node, dict):
                    value = node.get(key)
                    if key == "publisher" and isinstance(value, dict):
                        value = value.get("name")
                    if isinstance(value, str) and value.strip():
                        return value.strip()
                    stack.extend(v for v in node.values() if isinstance(v, (list, dict)))
        return None

    def text(self) -> str:
        self._flush()
        self.blocks = self.blocks or self.linked_blocks  # (a page of links only: its links)
        # A box holding less than half of the page's paragraph text is a box beside the story.
        weighed = [b for b in self.blocks if b[0] == "paragraph"] or self.blocks
        total, in_box = sum(len(b[2]) for b in weighed), {}
        for b in weighed:
            if b[3] is not None:
                in_box[b[3]] = in_box.get(b[3], 0) + len(b[2])
        beside = {box for box, chars in in_box.items() if 2 * chars < total}
        blocks = [b for b in self.blocks if b[3] not in beside]
        for wanted in (lambda k, m: k == "paragraph" and m, lambda k, m: k == "paragraph", lambda k, m: True):
            chosen = [t for k, m, t, _ in blocks if wanted(k, m)]
            if chosen:
                return "\n".join(chosen)
        return ""


def html_article(markup: str, *, path: str | None = None, default_id: str = "article") -> Article:
    """An article from an HTML page: its main text, title, canonical URL and publication date."""
    parser = _MainText()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser is lenient; this is a last resort
        raise InputError(f"cannot parse the HTML: {exc}", path=path) from None
    body = parser.text()
    if not body.strip():
        raise InputError("no text in the HTML page (no paragraphs outside scripts and navigation)", path=path)
    meta = parser.meta
    title = meta.get("og:title") or meta.get("twitter:title") or " ".join("".join(parser.title or ()).split())
    published = None
    for candidate in [meta.get(k) for k in _PUBLISHED_META] + [parser.linked("datePublished"), parser.time]:
        try:
            published = published_iso(candidate)
        except ValueError:
            continue
        if published:
            break
    published = published or published_in_text(body)  # a page with no date in its head but "Published ..."
    url = parser.canonical or meta.get("og:url")
    source = meta.get("og:site_name") or parser.linked("publisher")
    return Article(text=body, id=default_id, title=html.unescape(title) or None, published=published,
                   source=source or None, url=url or None, path=path)


# --- reading a corpus --------------------------------------------------------------------


@dataclass
class _Item:
    article: Article  # its text is dropped once the extraction is queued
    origin: str  # where it came from, as messages name it: a path, or path:line for JSONL
    size: int  # bytes, for the progress bar and throughput
    data_file: Path | None = None
    doc: Document | None = None  # read from the data file
    key: tuple[str, str] | None = None  # (sha256 of the text, extraction settings)
    status: str = ""  # "extracted", "shared", "cached", "data file"
    edits: dict | None = None  # the values the user edited in the data file (``user_edits``)
    note: str | None = None  # what the user should know of it, the article still mapped


def _check_text(text: str, where, line: int | None = None) -> str:
    """The article's text with CRLF as LF, or InputError: empty, binary, a huge line, too long."""
    if "\x00" in text:
        raise InputError("binary data (NUL bytes), expected UTF-8 text", path=where, line=line)
    check_unicode(text, where, line, "text")
    if not text.strip():
        raise InputError("empty text", path=where, line=line)
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an article may have",
                         path=where, line=line)
    text = text.replace("\r\n", "\n")
    longest = max(map(len, text.split("\n")))
    if longest > MAX_LINE_CHARS:
        raise InputError(f"a line of {longest:,} characters (more than {MAX_LINE_CHARS:,}): "
                         "not an article's text", path=where, line=line)
    return text


def check_unicode(value: str, where, line: int | None, name: str) -> None:
    """InputError for a lone surrogate (a JSON escape such as \\ud800 with no pair): no UTF-8
    file, the map's included, can hold it."""
    problem = lone_surrogate(value)
    if problem:
        raise InputError(f"{problem}: not Unicode text", path=where, line=line, field=name)


_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                  "iso-ir-100", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"}
_AS_LATIN1 = "geomap-as-latin1"
codecs.register_error(_AS_LATIN1, lambda exc: (exc.object[exc.start:exc.end].decode("latin-1"), exc.end))


def _decode_html(path: Path) -> str:
    """An HTML file's text: UTF-8, else the charset its head declares."""
    try:
        return read_text(path)
    except InputError as exc:
        if "not UTF-8" not in exc.message:
            raise
        data = path.read_bytes()
        m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096])
        if not m:
            raise
        label = m.group(1).decode("ascii").lower()
        if label in _LATIN1_LABELS:
            # As browsers do (the WHATWG Encoding standard): a page labelled Latin-1 is read as
            # windows-1252, whose dashes and quotes such pages hold; its five unassigned bytes as Latin-1.
            return data.decode("cp1252", errors=_AS_LATIN1).replace("\r\n", "\n")
        try:
            return data.decode(label).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            raise exc from None


def _read_file(path: Path, article_id: str) -> Article:
    if path.stat().st_size > 4 * MAX_ARTICLE_CHARS:
        raise InputError(f"{path.stat().st_size:,} bytes, more than an article may have", path=path)
    if path.suffix.lower() in (".html", ".htm"):
        if is_geomap_page(path):  # (whose text is a map's legend and buttons, no news)
            raise InputError(MAP_PAGE_REFUSED, path=path)
        article = html_article(_decode_html(path), path=str(path), default_id=article_id)
        return replace(article, text=_check_text(article.text, path))
    text = _check_text(read_text(path), path)
    return parse_article(text, path=str(path), default_id=article_id)


def read_article_file(path: Path) -> Article:
    """An article file read as a folder build reads it: an HTML page reduced to its main text,
    title and date, decoded by the charset it declares; any file refused when it is larger than
    an article may be, or is a device or a pipe (which may never end)."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is None or stat.S_ISDIR(st.st_mode):
        return read_article(path)  # missing, unreadable or a folder: read_article says which, in one line
    if not stat.S_ISREG(st.st_mode):
        raise InputError("not a regular file (a device or a pipe): save the article to a file and pass that",
                         path=path)
    return _read_file(path, path.stem)


def _folder_files(folder: Path, exclude: tuple[Path, ...] = ()) -> list[Path]:
    # An output folder inside the corpus holds no articles; the corpus folder itself (or one
    # around it) given as the output folder still does: its maps are skipped as geomap's pages.
    exclude = tuple(x for x in exclude if not folder.resolve().is_relative_to(x))
    files = []
    for p in folder.rglob("*"):
        if exclude and any(p.resolve().is_relative_to(x) for x in exclude):
            continue  # the map's own output folder
        if folder_article(folder, p):
            files.append(p)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def folder_article(folder: Path, p: Path) -> bool:
    """Whether reading ``folder`` reads the file ``p`` (a path inside it) as articles."""
    rel = p.relative_to(folder)
    if any(part.startswith(".") for part in rel.parts) or p.name.endswith(DATA_SUFFIX):
        return False
    # Not only regular files: a broken link or a pipe named like an article is reported, not
    # passed over in silence (and never opened: a pipe may never end).
    return p.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES and not p.is_dir() \
        and not p.name.endswith(".geomap.jsonl") and not (p.is_file() and is_geomap_page(p))


_GENERATOR_META = b'<meta name="generator" content="geomap">'


# A map page given as an article: its text is the map's legend and buttons, no news.
MAP_PAGE_REFUSED = ("is a map geomap wrote, not an article: give the articles or data files it was built from "
                    "(geomap snapshot takes the map page itself)")


def is_geomap_page(path: Path) -> bool:
    """Whether an HTML file is a map geomap wrote (an older build's output folder inside the corpus)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with open(path, "rb") as f:
            return _GENERATOR_META in f.read(2048)
    except OSError:
        return False


def _jsonl_items(path: Path) -> Iterator[_Item | InputError]:
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", path=path)
        return
    with f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            if lineno == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                obj = json_line(raw, path, lineno)
            except InputError as exc:
                yield exc
                continue
            if not isinstance(obj, dict):
                yield InputError('expected a JSON object with a "text" string', path=path, line=lineno)
                continue
            text = obj.get("text")
            if not isinstance(text, str):
                yield InputError('expected a "text" string', path=path, line=lineno, field="text")
                continue
            try:
                text = _check_text(text, path, lineno)
                fields = {k: _jsonl_string(obj.get(k), path, lineno, k) for k in ("id", "title", "url", "source")}
            except InputError as exc:
                yield exc
                continue
            published, undated = _jsonl_published(obj.get("published"), path, lineno)
            if undated is not None:
                yield undated
            elif published is None:
                published = published_in_text(text)  # a scraped page's own "Published June 12, 2025"
            article_id = fields.pop("id") or f"{path.stem}-{lineno}"
            yield _Item(Article(text=text, id=article_id, published=published, path=f"{path}:{lineno}", **fields),
                        origin=f"{path}:{lineno}", size=len(raw))


def _jsonl_published(value, path: Path, line: int) -> tuple[str | None, InputError | None]:
    """A JSONL article's ``published`` as ``YYYY-MM-DD`` (``published_iso``), or None and the
    warning to report when it is none of the forms read: a feed's odd date costs the article its
    publication date (its "on Monday" stays undated), not its events."""
    try:
        return published_iso(value), None
    except ValueError:
        shown = json.dumps(value, ensure_ascii=False)[:60] if not isinstance(value, str) else repr(value[:60])
        warning = InputError(f"{shown} is not a date ({PUBLISHED_FORMS}); the article is mapped without a "
                             "publication date, so dates such as \"on Monday\" stay undated",
                             path=path, line=line, field="published")
        warning.skipped = False  # a warning: the article is still mapped
        return None, warning


def json_line(raw: bytes, path: Path, line: int):
    """The value of one JSONL line, read by orjson, which checks the UTF-8 as it reads; what it
    refuses, json may take (NaN, a lone surrogate) or says what is wrong: InputError then."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                         path=path, line=line) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc)).removesuffix(" at")
        raise InputError(f"not JSON ({msg}, column {getattr(exc, 'colno', '?')})", path=path, line=line) from None
    except RecursionError:
        raise InputError("not JSON that can be read: nested too deeply", path=path, line=line) from None


def _jsonl_string(value, path: Path, line: int, name: str) -> str | None:
    """A JSONL article's id, title, url or source as text (a number is written as one), or None;
    InputError for a list, an object or a boolean, which no tool means as one."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        try:
            shown = json.dumps(value)[:40]
        except RecursionError:
            shown = "a value nested too deeply"
        raise InputError(f"expected a string, not {shown}", path=path, line=line, field=name)
    value = str(value)
    check_unicode(value, path, line, name)
    return value


def _sources(paths: list[Path], exclude=()) -> tuple[list[tuple[str, Path, Path | None]], int]:
    """What to read: ("file", path, folder or None) and ("jsonl", path, None), and their total bytes.
    Files under the folders ``exclude`` (the output folder) are left out of folders."""
    units, total = [], 0
    exclude = tuple(Path(x).resolve() for x in exclude)
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for f in _folder_files(path, exclude):
                jsonl = f.suffix.lower() in JSONL_SUFFIXES and f.is_file()  # else reported as a file
                units.append(("jsonl", f, None) if jsonl else ("file", f, path))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            units.append(("jsonl", path, None))
        else:
            units.append(("file", path, None))
    for _, path, _ in units:
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return units, total


def iter_corpus(paths: list[Path], *, data_files: bool = True, exclude=()) -> Iterator[_Item | InputError]:
    """The corpus's articles in a stable order (folders sorted by path, JSONL by line), or the
    problem that made one unreadable. A data file beside an article (``NAME.geomap.yaml``) is
    read instead of the article when ``data_files``."""
    from geomap.store import read_document

    seen: dict[str, str] = {}
    for kind, path, folder in _sources(paths, exclude)[0]:
        if kind == "jsonl":
            items = _jsonl_items(path)
        else:
            items = iter(_file_items(path, folder, data_files, read_document))
        for item in items:
            if isinstance(item, _Item):
                first = seen.setdefault(item.article.id, item.origin)
                if first != item.origin:
                    item = InputError(f"duplicate article id {item.article.id!r} (first in {first}); skipped",
                                      path=item.origin)
            yield item


def folder_articles(folder: Path) -> Iterator[Article | InputError]:
    """A folder's articles as a corpus build reads them (ids, order, checks; no data files), or
    the problem that made one unreadable."""
    for item in iter_corpus([Path(folder)], data_files=False):
        yield item.article if isinstance(item, _Item) else item


def _file_items(path: Path, folder: Path | None, data_files: bool, read_document) -> list[_Item | InputError]:
    """A file's article (from its data file when there is one, under the corpus's id for it), or
    the problem that makes it unreadable. A data file that cannot be read costs its corrections,
    not the article: the problem, then the article as extracted."""
    rel = path.relative_to(folder).with_suffix("").as_posix() if folder else path.stem
    try:
        st = path.stat()
    except OSError as exc:  # a broken link
        link = " (a link to a missing file)" if path.is_symlink() else ""
        return [InputError(f"cannot read: {exc.strerror}{link}", path=path)]
    if not stat.S_ISREG(st.st_mode):
        return [InputError("not a regular file (a device or a pipe): save the article to a file", path=path)]
    try:
        if path.name.endswith((DATA_SUFFIX, ".yaml", ".yml")):
            doc = read_document(path)
            return [_Item(doc.article, str(path), st.st_size, data_file=path, doc=doc,
                          edits=user_edits(doc, path))]
        data_path = path.with_name(path.stem + DATA_SUFFIX)
        if data_files and data_path.exists():
            try:
                doc = read_document(data_path)
            except GeomapError as exc:
                problem = InputError(_one_line(exc) + "; until it is fixed, the map shows the article as "
                                     "extracted, without the corrections")
                problem.skipped = False
                return [problem, _Item(_read_file(path, rel), str(path), st.st_size)]
            # The corpus's id, whatever the data file says ("kharkiv-strike" in two folders).
            doc.article = replace(doc.article, id=rel) if folder else doc.article
            changed = edited_after(st.st_mtime, data_path)
            return [_Item(doc.article, str(path), st.st_size, data_file=data_path, doc=doc,
                          edits=user_edits(doc, data_path),
                          note=stale_note(path, data_path) if changed else None)]
        return [_Item(_read_file(path, rel), str(path), st.st_size)]
    except GeomapError as exc:
        return [InputError(_one_line(exc))]  # names its file (the article or its data file)
    except OSError as exc:
        return [InputError(f"cannot read: {exc.strerror}", path=path)]


def edited_after(article_mtime: float, data_path: Path) -> bool:
    """Whether an article was saved after its data file: by more than the seconds a checkout or a
    copy takes to write both (a fresh clone writes the data file first, then its article)."""
    return article_mtime > data_path.stat().st_mtime + 2


def stale_note(article: Path, data_path: Path) -> str:
    """The note for an article edited after its data file, which the map still shows."""
    return (f"{article}: changed after its data file {data_path.name}, which the map still shows: run "
            f"geomap extract {article} to merge the change (your edits are kept)")


def _one_line(exc: GeomapError) -> str:
    """A problem as one line, pointing to ``geomap check`` for the rest of a data file's problems."""
    problems = getattr(exc, "problems", None) or [exc]
    more = f" (and {len(problems) - 1} more: geomap check {exc.path})" if len(problems) > 1 else ""
    return problems[0].one_line() + more


# --- the cache -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code and data the extraction depends on: a cached extraction made by other
    code is not reused (no version number to forget to bump)."""
    from geomap import index

    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in ("pipeline.py", "recognize.py", "resolve.py", "events.py", "dates.py", "taxonomy.py", "cues.py",
                 "text.py", "vocabulary.py", "index.py", "model.py", "data/demonyms.tsv", "data/us_counties.tsv",
                 "data/common_words.txt", "data/regions.tsv", "data/admin1_aliases.tsv"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    h.update(index._cache_path(index.CITY_SET).name.encode())
    return h.hexdigest()[:16]


def _key(text: str, published: str | None, bias: str | None) -> tuple[str, str]:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return digest, f"{extractor_version()}|{published or ''}|{(bias or '').upper()}"


def corpus_identity(paths: list[Path], bias: str | None) -> str:
    """What a run's claims on cache entries are filed under: its inputs and its ``--near``."""
    return json.dumps({"paths": sorted(str(Path(p).resolve()) for p in paths), "near": (bias or "").upper()})


class CorpusCache:
    """Extractions by (SHA-256 of the text, settings), in an SQLite file (or in memory).

    A cache that cannot be read is started afresh; one that cannot be written is kept in
    memory for the run, with a note in ``notes``. Several corpora may share the file: each
    claims the entries its last full run used (``prune``), and an entry goes when no corpus
    claims it any more.
    """

    def __init__(self, path: Path | None):
        self.path = path
        self.notes: list[str] = []
        self.db = self._open(path)
        self._unsaved: list[tuple[tuple[str, str], bytes]] = []  # stored, not yet committed
        self._committed = time.monotonic()

    def _open(self, path):
        if path is None:
            return self._init(sqlite3.connect(":memory:"))
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            return self._init(sqlite3.connect(str(path)))
        except sqlite3.DatabaseError as exc:
            damaged = "not a database" in str(exc) or "malformed" in str(exc)
            if damaged and not self._ours(path):
                self.notes.append(f"{path}: not a corpus cache (not an SQLite database), left as it is; "
                                  "keeping the cache in memory for this run (--cache names another file)")
            else:
                if damaged:
                    try:
                        Path(path).unlink()
                        self.notes.append(f"{path}: unreadable corpus cache ({exc}), started afresh")
                        return self._init(sqlite3.connect(str(path)))
                    except (OSError, sqlite3.DatabaseError):
                        pass
                self.notes.append(f"{path}: cannot use the corpus cache ({exc}); keeping it in memory for this run")
        except OSError as exc:
            self.notes.append(f"{path}: cannot use the corpus cache ({exc.strerror}); "
                              "keeping it in memory for this run")
        self.path = None
        return self._init(sqlite3.connect(":memory:"))

    @staticmethod
    def _ours(path) -> bool:
        """Whether an unreadable file is a damaged cache, which may be started afresh: a damaged SQLite
        file, or one with the default cache's name; not a file --cache named by mistake (an article)."""
        try:
            with open(path, "rb") as f:
                header = f.read(16)
        except OSError:
            return False
        return header == b"SQLite format 3\x00" or Path(path).name == CACHE_NAME

    @staticmethod
    def _init(db):
        db.execute("PRAGMA synchronous=NORMAL")
        CorpusCache._drop_without_rowid(db)
        # A rowid table: its rows, kilobytes of JSON each, are written three times faster and take
        # a third less room than in a WITHOUT ROWID table, which is for small rows.
        db.execute("CREATE TABLE IF NOT EXISTS extraction (digest TEXT NOT NULL, params TEXT NOT NULL, "
                   "doc NOT NULL, PRIMARY KEY (digest, params))")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS corpus (id INTEGER PRIMARY KEY, identity TEXT NOT NULL UNIQUE)")
            db.execute("CREATE TABLE IF NOT EXISTS claim (corpus INTEGER NOT NULL, digest TEXT NOT NULL, "
                       "params TEXT NOT NULL, PRIMARY KEY (corpus, digest, params)) WITHOUT ROWID")
            db.execute("CREATE INDEX IF NOT EXISTS claim_entry ON claim (digest, params)")
        except sqlite3.OperationalError:
            pass  # a read-only cache from before claims were kept: still read, never pruned
        db.commit()
        return db

    @staticmethod
    def _drop_without_rowid(db) -> None:
        """Drop the extractions of a cache written by geomap before its rows had rowids, and the
        claims on them: it is only a cache, and their extractor code is older anyway."""
        row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'extraction'").fetchone()
        if row is None or "WITHOUT ROWID" not in row[0].upper():
            return
        try:
            with db:
                db.execute("DROP TABLE extraction")
                db.execute("DROP TABLE IF EXISTS claim")
        except sqlite3.OperationalError:
            pass  # read-only: still read as it is

    def get(self, key: tuple[str, str]) -> bytes | str | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], bytes | str]:
        """The stored extractions of ``keys`` (those it has), read FETCH_CHUNK to a query: one
        query a key cost a rebuild of 50,000 articles seconds."""
        found = {}
        by_params: dict[str, list[str]] = {}
        for digest, params in keys:
            by_params.setdefault(params, []).append(digest)
        for params, digests in by_params.items():  # one set of settings in a run, as a rule
            for lo in range(0, len(digests), FETCH_CHUNK):
                chunk = digests[lo:lo + FETCH_CHUNK]
                rows = self.db.execute("SELECT digest, doc FROM extraction WHERE digest IN "
                                       f"({', '.join('?' * len(chunk))}) AND params = ?", [*chunk, params])
                found.update(((digest, params), doc) for digest, doc in rows)
        return found

    def current_keys(self) -> set[tuple[str, str]]:
        """The keys of the extractions this code made (``extractor_version``), read in one pass over
        the primary key's index: a query an article cost seconds a corpus, most of all after an
        upgrade, when none is found."""
        version = extractor_version() + "|"
        return set(self.db.execute("SELECT digest, params FROM extraction WHERE substr(params, 1, ?) = ?",
                                   (len(version), version)))

    def claimed(self, corpus: str) -> set[tuple[str, str]]:
        """The entries ``corpus`` (``corpus_identity``) claimed after its last full run, all still
        in the cache (``prune`` deletes a claim with its entry): read in one pass over the claims'
        index, where a lookup a key would fetch each entry's page (a warm rebuild spent seconds so)."""
        try:
            return set(self.db.execute("SELECT claim.digest, claim.params FROM claim JOIN corpus "
                                       "ON corpus.id = claim.corpus WHERE corpus.identity = ?", (corpus,)))
        except sqlite3.DatabaseError:
            return set()  # a cache from before claims were kept

    def put_many(self, rows: list[tuple[tuple[str, str], bytes]]) -> list[tuple[tuple[str, str], bytes]]:
        """Store extractions, committed once ``COMMIT_SECONDS`` have passed since the last commit
        (``flush`` commits the rest; until then a killed run leaves the cache as it was at the last
        commit: SQLite's journal keeps it whole). Returns the rows the cache could not take, with a
        note (disk full, say): when a commit fails, every row since the last one."""
        self._unsaved.extend(rows)
        try:
            self.db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)",
                                sorted((k[0], k[1], doc) for k, doc in rows))  # in key order: fewer pages
        except sqlite3.DatabaseError as exc:
            return self._lost(exc)
        return self.flush() if time.monotonic() - self._committed >= COMMIT_SECONDS else []

    def flush(self) -> list[tuple[tuple[str, str], bytes]]:
        """Commit what ``put_many`` stored; returns the rows lost when the commit fails."""
        try:
            self.db.commit()
        except sqlite3.DatabaseError as exc:
            return self._lost(exc)
        self._unsaved, self._committed = [], time.monotonic()
        return []

    def _lost(self, exc: sqlite3.DatabaseError) -> list[tuple[tuple[str, str], bytes]]:
        try:
            self.db.rollback()
        except sqlite3.DatabaseError:
            pass
        lost, self._unsaved, self._committed = self._unsaved, [], time.monotonic()
        note = f"{self.path}: cannot write the corpus cache ({exc}); the run goes on without it"
        if note not in self.notes:
            self.notes.append(note)
        return lost

    def prune(self, corpus: str, used: set[tuple[str, str]], claimed: set | None = None) -> int:
        """After a full run of ``corpus`` (``corpus_identity``) that used the entries ``used``:
        make them the corpus's claims, and delete the entries it claimed before and no corpus
        claims now (its articles edited or removed since) and those made by other extractor code.
        Entries no corpus ever claimed (from before claims were kept) stay unless of other code:
        another corpus may use them. Returns how many entries were deleted (0, with a note, when
        the cache cannot be written). ``claimed``: the corpus's claims as ``claimed`` read them at
        the start of the run; when the run used just those (a rebuild of an unchanged corpus),
        they are not written again."""
        db = self.db
        before = len(self)
        try:
            with db:
                if claimed is None or claimed != used:
                    self._claim(corpus, used)
                version = extractor_version() + "|"
                db.execute("DELETE FROM extraction WHERE substr(params, 1, ?) != ?", (len(version), version))
                db.execute("DELETE FROM claim WHERE NOT EXISTS (SELECT 1 FROM extraction WHERE extraction.digest "
                           "= claim.digest AND extraction.params = claim.params)")
                db.execute("DELETE FROM corpus WHERE id NOT IN (SELECT DISTINCT corpus FROM claim)")
        except sqlite3.DatabaseError as exc:
            self.notes.append(f"{self.path}: cannot prune the corpus cache ({exc}); it is kept as it was")
            return 0
        self._vacuum_when_sparse()
        return before - len(self)

    def _claim(self, corpus: str, used: set[tuple[str, str]]) -> None:
        """Make ``used`` the claims of ``corpus``; delete the entries it claimed before that no
        corpus claims now (in the caller's transaction)."""
        db = self.db
        cid = self._corpus_id(corpus)
        db.execute("CREATE TEMP TABLE IF NOT EXISTS used (digest TEXT, params TEXT, "
                   "PRIMARY KEY (digest, params)) WITHOUT ROWID")
        db.execute("DELETE FROM temp.used")
        db.executemany("INSERT OR IGNORE INTO temp.used VALUES (?, ?)", used)
        db.execute("DROP TABLE IF EXISTS temp.released")
        db.execute("CREATE TEMP TABLE released AS SELECT digest, params FROM claim WHERE corpus = ? "
                   "EXCEPT SELECT digest, params FROM temp.used", (cid,))
        db.execute("DELETE FROM claim WHERE corpus = ?", (cid,))
        db.execute("INSERT INTO claim SELECT ?, digest, params FROM temp.used", (cid,))
        db.execute("DELETE FROM extraction WHERE (digest, params) IN (SELECT digest, params FROM "
                   "temp.released) AND NOT EXISTS (SELECT 1 FROM claim WHERE claim.digest = "
                   "extraction.digest AND claim.params = extraction.params)")

    def _corpus_id(self, identity: str) -> int:
        self.db.execute("INSERT OR IGNORE INTO corpus (identity) VALUES (?)", (identity,))
        return self.db.execute("SELECT id FROM corpus WHERE identity = ?", (identity,)).fetchone()[0]

    def _vacuum_when_sparse(self) -> None:
        """Give the pages of deleted entries back to the file system once they are a quarter of
        the file (SQLite keeps them for reuse, so the file would never shrink)."""
        free = self.db.execute("PRAGMA freelist_count").fetchone()[0]
        if free and free * 4 >= self.db.execute("PRAGMA page_count").fetchone()[0]:
            try:
                self.db.execute("VACUUM")
            except sqlite3.OperationalError:
                pass  # another run has the file open: a later run vacuums it

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM extraction").fetchone()[0]

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM extraction LIMIT 1").fetchone() is None

    def close(self) -> None:
        self.db.close()


# --- documents as JSON (the cache's and `geomap extract`'s format) ---------------------------


def _source_dict(s: Source) -> dict:
    d = {"text": s.text, "start": s.start, "end": s.end}
    for k in ("article_id", "title", "url"):
        if getattr(s, k) is not None:
            d[k] = getattr(s, k)
    return d


_PLACE_FIELDS = [f.name for f in fields(Place)]
_EVENT_FIELDS = [f.name for f in fields(Event)]


def document_dict(doc: Document) -> dict:
    """A document's places and events as plain JSON data (its article is kept apart)."""
    places = []
    for p in doc.places:
        d = {name: getattr(p, name) for name in _PLACE_FIELDS}
        d["mentions"] = [list(m) for m in p.mentions]
        d["spellings"] = spellings_of(p, doc.article.text)  # the cache keeps no text to read them in
        places.append(d)
    events = []
    for e in doc.events:
        d = {name: getattr(e, name) for name in _EVENT_FIELDS}
        d["figures"] = [figure_dict(x) for x in e.figures]
        d["sources"] = [_source_dict(s) for s in e.sources]
        events.append(d)
    return {"places": places, "events": events}


def document_from_dict(data: dict, article: Article) -> Document:
    places = [Place(**d) for d in data["places"]]
    for p in places:
        if p.mentions:  # (none in the cache: corpus extractions keep no mentions)
            p.mentions = [tuple(m) for m in p.mentions]
    events = [Event(**{**d, "figures": [Figure(**x) for x in d["figures"]],
                       "sources": [Source(**x) for x in d["sources"]]}) for d in data["events"]]
    return Document(article=article, places=places, events=events)


def _payload(doc: Document) -> bytes:
    """A document as the cache keeps it: compact JSON, written by orjson, three times as fast as
    json (a corpus writes one an article, and reads it back for every map)."""
    data = document_dict(doc)
    try:
        return orjson.dumps(data)
    except orjson.JSONEncodeError:  # an integer past 64 bits, say: json writes any
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _loads(payload: bytes | str):
    """JSON read by orjson; what orjson refuses (NaN, a lone surrogate) by json, which reads it
    or says what is wrong, as it always has."""
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        return json.loads(payload)


# --- extraction ------------------------------------------------------------------------------

_WARM_UP = "Shelling hit Kharkiv and Odesa in Ukraine on July 2, officials in Kyiv said. Talks were held in Paris."


def _load_index() -> None:
    from geomap.index import load_index

    load_index()


def _preload() -> None:
    """Load the index and run the pipeline once, so its lazily built tables (countries by code,
    demonyms) exist before workers are forked and are shared with them."""
    from geomap.pipeline import extract

    extract(Article(text=_WARM_UP))


def extract_batch(jobs: list[tuple[str, str | None]], bias: str | None = None) -> tuple[list, dict]:
    """Extract ``(text, published)`` jobs; runs in a worker. Returns one ``(payload JSON, error)``
    a job and this worker's memory (``geomap.executors.memory_stats``)."""
    from geomap.executors import memory_stats
    from geomap.index import load_index
    from geomap.pipeline import extract

    index = load_index()
    out = []
    for text, published in jobs:
        try:
            doc = extract(Article(text=text, published=published), index=index, bias=bias, mentions=False)
            out.append((_payload(doc), None))
        except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop the corpus
            out.append((None, f"{type(exc).__name__}: {exc}"))
    return out, memory_stats(max_age=MEMORY_STATS_AGE)


class CorpusResult:
    """What a corpus run read: its articles' documents (loaded one at a time from the cache, so a
    large corpus is never all in memory), the problems of the articles skipped, and counters."""

    def __init__(self, items: list[_Item], problems: list[GeomapError], cache: CorpusCache, *,
                 pending: dict | None = None, executor: str = "serial", workers: int = 1, ran_on: str = "",
                 worker_memory: dict | None = None, pruned: int = 0):
        self._items = sorted(items, key=lambda i: i.article.id)
        self._cache = cache
        self._pending = pending or {}  # payloads the cache could not take (disk full)
        self.problems = problems  # one per article skipped, and per data file that could not be read
        # Articles by how their extraction was had: extracted (in this run), shared (the same text
        # as another article of this run), cached, data file (the user's, beside the article).
        self.counts: Counter = Counter(i.status for i in self._items)
        self.executor = executor
        self.workers = workers
        self.ran_on = ran_on  # how the extraction ran ("2 worker processes ..."); "" when nothing was extracted
        self.worker_memory = worker_memory or {}  # "host:pid" -> memory_stats() at its last batch (MB)
        self.cache_path = cache.path
        self.notes = cache.notes
        self.pruned = pruned  # cache entries deleted after the run (edited or removed articles, other code)
        self.data_files = {i.article.id: i.data_file for i in self._items if i.data_file}  # by article id
        self.edits = {i.article.id: i.edits for i in self._items if i.edits}  # by article id: ``user_edits``
        self.bytes_read = sum(i.size for i in self._items)  # of the articles read
        self.bytes_extracted = sum(i.size for i in self._items if i.status == "extracted")  # in this run

    @property
    def articles(self) -> list[Article]:
        """The articles read (without their text), sorted by id."""
        return [i.article for i in self._items]

    def iter_documents(self) -> Iterator[Document]:
        """Each article's document, in article-id order, read from the cache FETCH_CHUNK at a time."""
        items = self._items
        for lo in range(0, len(items), FETCH_CHUNK):
            chunk = items[lo:lo + FETCH_CHUNK]
            stored = self._cache.get_many([i.key for i in chunk if i.doc is None and i.key not in self._pending])
            yield from self._documents(chunk, stored)

    def _documents(self, items: list[_Item], stored: dict) -> Iterator[Document]:
        for item in items:
            if item.doc is not None:
                yield item.doc
                continue
            payload = self._pending.get(item.key) or stored.get(item.key)
            try:
                yield document_from_dict(_loads(payload), item.article)
            except (TypeError, KeyError, ValueError) as exc:  # a row in another format: never written so
                self.problems.append(InputError(f"unreadable cached extraction ({exc}); rerun with --force",
                                                path=item.origin))

    @property
    def documents(self) -> list[Document]:
        """Every article's document, sorted by article id (all in memory: prefer ``iter_documents``)."""
        return list(self.iter_documents())

    @property
    def extracted(self) -> int:
        """Articles whose text was extracted in this run (new or changed ones)."""
        return self.counts["extracted"]

    @property
    def skipped(self) -> int:
        return sum(getattr(p, "skipped", True) for p in self.problems)  # a bad data file's article is mapped

    def __len__(self) -> int:
        return len(self._items)

    def close(self) -> None:
        self._cache.close()

    def cache_summary(self) -> str:
        """``cache: N entries, pruned M``; "" for a cache kept in memory."""
        if self.cache_path is None:
            return ""
        n = len(self._cache)
        return f"cache: {n} entr{'ies' if n != 1 else 'y'}, pruned {self.pruned}"

    def summary(self) -> str:
        n = len(self._items)
        parts = [f"{self.counts[k]} {label}" for k, label in (("extracted", "extracted"), ("cached", "from the cache"),
                                                              ("shared", "sharing a text"),
                                                              ("data file", "from data files")) if self.counts[k]]
        ran = f"; extracted on {self.ran_on}" if self.ran_on else ""
        return f"{n} article{'s' * (n != 1)} ({', '.join(parts) or 'none'}), {self.skipped} skipped{ran}"


def _progress_bar(total: int, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked after the bar starts

    return Bar(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc="articles", file=sys.stderr,
               dynamic_ncols=True, leave=False)


def extract_corpus(paths: list[Path], *, bias: str | None = None, workers: int | None = None,
                   executor: str = "auto", address: str | None = None, cache_path: Path | None = None,
                   force: bool = False, progress: bool | None = None, data_files: bool = True,
                   batch_chars: int = BATCH_CHARS, exclude=(), on_problem=None, prune: bool = True) -> CorpusResult:
    """Extract every article of a corpus, from the cache where it holds the same text.

    ``workers``: processes (default: all cores); ``executor``: auto, serial, process or dask
    (``address``: a Dask scheduler; none starts a LocalCluster). ``cache_path``: the SQLite
    cache (None keeps it in memory); ``force`` extracts again what it holds; ``prune``: after
    the run, delete the entries no run needs any more (``CorpusCache.prune``; not after a run
    that read no article, so a missing or unmounted folder never empties the cache).
    ``exclude``: folders whose files are not articles (the output folder). ``on_problem`` is
    called with each problem as it is found.
    """
    from geomap.executors import open_executor

    paths = [Path(p) for p in paths]
    _, total = _sources(paths, exclude)
    cache = CorpusCache(cache_path)
    # A new cache holds nothing a lookup could find (what this run adds, it knows): skip them.
    look_up = not force and not cache.is_empty()
    identity = corpus_identity(paths, bias)
    claimed = cache.claimed(identity) if look_up else set()
    known = cache.current_keys() if look_up else set()
    items: list[_Item] = []
    problems: list[GeomapError] = []
    notes = cache.notes  # the run's notes, printed with the cache's
    done: set[tuple[str, str]] = set()  # keys extracted or found in the cache in this run
    pending: dict[tuple[str, str], bytes] = {}  # payloads the cache could not take
    waiting: dict[tuple[str, str], list[_Item]] = {}
    memory: dict = {}
    bar = _progress_bar(total, progress)

    def problem(p: GeomapError) -> None:
        problems.append(p)
        if on_problem is not None:
            on_problem(p)

    def advance(n: int) -> None:
        if bar is not None:
            bar.update(n)

    def batches():
        jobs, keys, chars = [], [], 0
        for item in iter_corpus(paths, data_files=data_files, exclude=exclude):
            if isinstance(item, GeomapError):
                problem(item)
                continue
            items.append(item)
            if item.note:
                notes.append(item.note)
            if item.doc is not None:
                item.status = "data file"
                advance(item.size)
                continue
            a = item.article
            item.key = key = _key(a.text, a.published, bias)
            text, item.article = a.text, replace(a, text="")
            if key in done or key in waiting:
                item.status = "shared"
                if key in done:
                    advance(item.size)
                else:
                    waiting[key].append(item)
                continue
            if look_up and key in known:
                done.add(key)
                item.status = "cached"
                advance(item.size)
                continue
            item.status = "extracted"
            waiting[key] = [item]
            jobs.append((text, a.published))
            keys.append(key)
            chars += len(text)
            if chars >= batch_chars or len(jobs) >= BATCH_ARTICLES:
                yield keys, (jobs, bias)
                jobs, keys, chars = [], [], 0
        if jobs:
            yield keys, (jobs, bias)

    ex = open_executor(executor, workers, address=address, initializer=_load_index, preload=_preload)
    try:
        for keys, (results, stats) in ex.map_unordered(extract_batch, batches()):
            memory[(stats.get("host"), stats["pid"])] = stats  # only batches that ran report memory
            fresh = []
            for key, (payload, error) in zip(keys, results):
                waiting_items = waiting.pop(key)
                advance(sum(i.size for i in waiting_items))
                if error is not None:
                    for i in waiting_items:
                        i.status = "failed"
                        problem(InputError(f"extraction failed ({error}); please report it", path=i.origin))
                    continue
                done.add(key)
                fresh.append((key, payload))
            pending.update(cache.put_many(fresh))
        pending.update(cache.flush())
    except BaseException:
        cache.flush()  # interrupted: keep what was extracted
        cache.close()
        raise
    finally:
        ex.close()
        if bar is not None:
            bar.close()
    # Pending payloads mean the cache cannot be written: nothing to prune with.
    pruned = cache.prune(identity, done, claimed if look_up else None) \
        if prune and cache.path and items and not pending else 0
    claimed.clear()
    known.clear()
    return CorpusResult([i for i in items if i.status != "failed"], problems, cache, pending=pending,
                        executor=ex.kind, workers=ex.workers, ran_on=ex.describe() if memory else "",
                        worker_memory={f"{h}:{pid}": s for (h, pid), s in sorted(memory.items(), key=str)},
                        pruned=pruned)


# --- one map from many articles ---------------------------------------------------------------


def _place_key(place: Place, article_id: str) -> tuple:
    """The same gazetteer entry is one place; a place the user placed is one spot (as the map groups them).
    A place without coordinates is not drawn, and only in its own article: it stays apart."""
    if place.lat is None or place.lon is None:
        return ("unplaced", article_id, place.id)
    if place.gazetteer_id and not own_spot(place):
        return ("gazetteer", place.precision, place.gazetteer_id)
    return ("spot", place.precision, round(place.lat, 5), round(place.lon, 5), place.name)


def _spot(lat, lon) -> tuple[float, float]:
    return round(float(lat), 5), round(float(lon), 5)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def typed_coordinates(place: Place) -> tuple[float, float] | None:
    """The coordinates a user typed over a gazetteer place's, leaving ``coord_source`` as it was:
    ``lat``/``lon`` other than its gazetteer entry's (as its alternatives list that entry).
    None for a place where its entry is, one the user placed (``coord_source: user``, its own
    spot), or one whose entry is not among its alternatives (nothing to compare with)."""
    gid = place.gazetteer_id
    if own_spot(place) or not gid or place.lat is None or place.lon is None:
        return None
    for entry in place.alternatives:
        if entry.get("id") == gid:
            break
    else:
        return None
    lat, lon = entry.get("lat"), entry.get("lon")
    if not (_is_number(lat) and _is_number(lon)) or (place.lat == lat and place.lon == lon):
        return None  # (exactly the entry's, as every extraction: no rounding needed)
    spot = _spot(place.lat, place.lon)
    return None if spot == _spot(lat, lon) else spot


# The values of a place or event a user's edit in a data file gives the merged one (whatever the
# article order). Coordinates and the fields that make the merge key (a place's gazetteer entry,
# precision and coord_source; an event's place, type and date) decide what is merged with what.
PLACE_VALUES = ("name", "kind", "country", "admin1", "score")
EVENT_VALUES = ("summary", "approximate", "actors", "figures")
# ... but figures are each report's: the merged event lists every report's, a user's for the
# report they corrected ("death toll has risen to nine" added to one live blog's event had wiped
# five other outlets' tolls).
MERGED_EVENT_VALUES = ("summary", "approximate", "actors")


def user_edits(doc: Document, data_file: Path) -> dict[tuple[str, str], frozenset[str]] | None:
    """The values the user changed in a data file: ``{("places" or "events", id): fields}`` of
    ``PLACE_VALUES`` and ``EVENT_VALUES`` that differ from the last extraction, kept beside it
    (``.NAME.geomap.base.yaml``); every value of a place or event the user added. None without a
    readable base (a data file from before geomap kept one): then only typed coordinates count."""
    from geomap.store import base_path_for, read_document

    base_path = base_path_for(data_file)
    if not base_path.exists():
        return None
    try:
        base = read_document(base_path)
    except GeomapError:
        return None
    edits = {}
    for kind, items, was, names in (("places", doc.places, base.places, PLACE_VALUES),
                                    ("events", doc.events, base.events, EVENT_VALUES)):
        before = {x.id: x for x in was}
        for x in items:
            b = before.get(x.id)
            changed = frozenset(n for n in names if b is None or getattr(x, n) != getattr(b, n))
            if changed:
                edits[(kind, x.id)] = changed
    return edits


@dataclass(frozen=True)
class Placement:
    """Where one article's data file puts a place: ``place_id`` is the place's id in that file."""

    article_id: str
    place_id: str
    lat: float
    lon: float


@dataclass
class PlaceConflict:
    """Data files whose users typed different coordinates for the same gazetteer entry.

    Nothing is chosen between them: each of those articles' events stays where its own data file
    puts it, and the other articles' events where the gazetteer does (``gazetteer``: None when
    every article naming the place corrected it).
    """

    name: str
    gazetteer_id: str
    placements: list[Placement]  # one per article that typed coordinates, in article-id order
    gazetteer: tuple[float, float] | None


@dataclass(frozen=True)
class UserValue:
    """A value one article's data file gives a place's or event's field (``item_id``: its id there)."""

    article_id: str
    item_id: str
    value: object


@dataclass
class ValueConflict:
    """Data files whose users gave the same merged place or event different values of one field
    (not coordinates: ``PlaceConflict``). The first article's, in id order, is the map's."""

    kind: str  # "places" or "events"
    field: str
    label: str  # the merged place or event, as messages name it
    values: list[UserValue]  # one per article that edited the field, in article-id order


def _overlay(target, edited: list[tuple[UserValue, frozenset[str]]], names, kind: str, label: str,
             conflicts: list | None) -> None:
    """Set ``target``'s fields that users edited to their values (the first article's when they
    disagree, with a ``ValueConflict``); ``edited``: (the article's item, its edited fields)."""
    for name in names:
        values = [UserValue(u.article_id, u.item_id, getattr(u.value, name)) for u, fields in edited
                  if name in fields]
        if not values:
            continue
        value = values[0].value
        setattr(target, name, list(value) if isinstance(value, list) else value)
        distinct = []
        for v in values:
            if all(v.value != d.value for d in distinct):
                distinct.append(v)
        if len(distinct) > 1 and conflicts is not None:
            conflicts.append(ValueConflict(kind, name, label, distinct))


@dataclass
class _PlaceGroup:
    """Every article's place for one key: the gazetteer's, and the spots users typed for it."""

    id: str  # the merged place's id, given at its first mention so ids do not depend on corrections
    first: Place  # the first article's place: the merged place's values, unless a user corrected them
    uncorrected: Place | None = None  # the first place an article left where the gazetteer puts it
    spots: dict = field(default_factory=dict)  # typed (lat, lon) -> [(article id, place)], in article order
    ids: dict = field(default_factory=dict)  # typed (lat, lon) or None (the gazetteer's) -> merged place id
    edited: list = field(default_factory=list)  # (spot, UserValue of the place, its edited fields), article order
    spellings: dict = field(default_factory=dict)  # every article's spellings of the place, as a set in order

    def add(self, article_id: str, place: Place, edits: frozenset[str] | None = None,
            spellings: list[str] = ()) -> tuple | None:
        """Count an article's place in; returns its typed spot (None: where the gazetteer puts it)."""
        self.spellings.update(dict.fromkeys(spellings))
        spot = typed_coordinates(place)
        if spot is None:
            self.uncorrected = self.uncorrected or place
        else:
            self.spots.setdefault(spot, []).append((article_id, place))
        if edits:
            self.edited.append((spot, UserValue(article_id, place.id, place), edits))
        return spot

    def places(self, taken: set[str], conflicts: list | None = None) -> list[Place]:
        """The merged places: one, at the users' coordinates when they agree; else one per user's
        spot and one at the gazetteer's for the articles that left it there. The values users
        edited are theirs, each place taking those of the articles drawn at it."""
        if len(self.spots) <= 1:
            self.ids = dict.fromkeys([None, *self.spots], self.id)
            typed = next(iter(self.spots.values()), None)
            out = [(None, _merged_place(typed[0][1] if typed else self.first, self.id))]
        else:
            out = []
            if self.uncorrected is not None:
                self.ids[None] = self.id
                out.append((None, _merged_place(self.uncorrected, self.id)))
            for spot, members in self.spots.items():
                pid = self.id if not out else _unique(members[0][1].id, taken)
                self.ids[spot] = pid
                out.append((spot, _merged_place(members[0][1], pid)))
        for _, place in out:
            place.spellings = list(self.spellings)
        if self.edited:
            for spot, place in out:
                edited = [(u, f) for s, u, f in self.edited if self.ids[s] == place.id]
                label = f"{self.first.name} ({self.first.gazetteer_id or 'no gazetteer entry'})"
                _overlay(place, edited, PLACE_VALUES, "places", label, conflicts)
        return [place for _, place in out]

    def conflict(self) -> PlaceConflict | None:
        if len(self.spots) <= 1:
            return None
        placements = sorted((Placement(a, p.id, p.lat, p.lon) for members in self.spots.values()
                             for a, p in members), key=lambda x: x.article_id)
        gazetteer = _spot(self.uncorrected.lat, self.uncorrected.lon) if self.uncorrected else None
        return PlaceConflict(self.first.name, self.first.gazetteer_id, placements, gazetteer)


def _merged_place(place: Place, pid: str) -> Place:
    return replace(place, id=pid, mentions=[], alternatives=list(place.alternatives))


def _unique(wanted: str, taken: set[str], alternative: str | None = None, hints: dict | None = None) -> str:
    """``wanted``, else ``alternative``, else ``wanted-2``, ``wanted-3``...: the first not ``taken``
    (which it joins). ``hints`` remembers where each search ended: ``taken`` only grows, so the
    numbers below are taken (many undated events of one place and type are numbered so)."""
    if wanted not in taken:
        taken.add(wanted)
        return wanted
    if alternative and alternative not in taken:
        taken.add(alternative)
        return alternative
    n = hints.get(wanted, 2) if hints is not None else 2
    while f"{wanted}-{n}" in taken:
        n += 1
    if hints is not None:
        hints[wanted] = n + 1
    taken.add(f"{wanted}-{n}")
    return f"{wanted}-{n}"


def merge_documents(docs, *, article: Article | None = None, presorted: bool = False,
                    conflicts: list | None = None, edits: dict | None = None) -> Document:
    """One document from many: places merged by gazetteer entry, and the events that several
    articles report at the same place, on the same date (not undated), of the same type merged
    into one whose sources name their articles.

    Deterministic: the documents are taken in article-id order (``presorted``: they come so, as
    from ``CorpusResult.iter_documents``, which may then be a generator), and the first article
    to name a place or report an event gives its id and values.

    The users' corrections in the articles' data files hold whatever the order: a place or event
    hidden in one article hides only that article's mentions and reports; a place the user placed
    (``coord_source: user``) is its own spot, apart from its gazetteer entry's; coordinates a user
    typed for a gazetteer entry are the merged place's. When users typed different coordinates
    for the same entry, each of their articles keeps its own, and ``conflicts`` (when given)
    receives a ``PlaceConflict``. ``edits`` (article id -> ``user_edits``) names the other values
    users edited (a place's name, an event's summary...): the merged place or event takes them;
    when users edited one field differently, the first article's value is taken and ``conflicts``
    receives a ``ValueConflict``.
    """
    if not presorted:
        docs = sorted(docs, key=lambda d: d.article.id)
    edits = edits or {}
    article = article or Article(text="", id="corpus", title="corpus")
    groups: dict[tuple, _PlaceGroup] = {}
    place_ids: set[str] = set()
    reports: list[tuple] = []  # visible events where their articles put them: (group, spot, article id, event, edits)
    for doc in docs:
        a = doc.article
        doc_edits = edits.get(a.id) or {}
        local: dict[str, tuple[_PlaceGroup, tuple | None]] = {}
        text = mentions_text(doc)
        for p in doc.places:
            if p.hidden:
                continue
            key = _place_key(p, a.id)
            group = groups.get(key)
            if group is None:
                pid = _unique(p.id, place_ids, f"{p.id}-{(p.country or p.kind).lower()}")
                group = groups[key] = _PlaceGroup(pid, p)
            local[p.id] = group, group.add(a.id, p, doc_edits.get(("places", p.id)), spellings_of(p, text))
        for ev in doc.events:
            if ev.hidden or ev.place not in local:
                continue
            sources = [Source(s.text, s.start, s.end, a.id, a.title, a.url) for s in ev.sources]
            reports.append((*local[ev.place], a.id, ev, sources, doc_edits.get(("events", ev.id))))
    places = []
    for group in groups.values():
        places.extend(group.places(place_ids, conflicts))
        conflict = group.conflict()
        if conflict is not None and conflicts is not None:
            conflicts.append(conflict)
    return Document(article=article, places=places, events=_merge_events(reports, conflicts))


def _merge_events(reports: list[tuple], conflicts: list | None = None) -> list[Event]:
    """The reports of the same event (place, date, type) as one event listing every source; the
    values users edited in their data files are theirs."""
    events: dict[tuple, Event] = {}
    edited: dict[tuple, list] = {}  # key -> [(UserValue of the article's event, its edited fields)]
    event_ids: set[str] = set()
    hints: dict[str, int] = {}
    seats = _seats_of_districts(reports)
    for group, spot, article_id, ev, sources, ev_edits in reports:
        pid = group.ids[spot]
        if ev.date and (seat := seats.get((pid, ev.date, ev.type))) is not None:
            pid = seat  # "the flood disaster that occurred in Mokwa Local Government Area": the flood in Mokwa
        key = (pid, ev.date, ev.type) if ev.date else ("undated", article_id, ev.id)
        if ev_edits:
            edited.setdefault(key, []).append((UserValue(article_id, ev.id, ev), ev_edits))
        merged = events.get(key)
        if merged is None:
            eid = _unique(f"{pid}-{ev.type}-{ev.date or 'undated'}", event_ids, hints=hints)
            events[key] = replace(ev, id=eid, place=pid, actors=list(ev.actors), figures=list(ev.figures),
                                  sources=sources)
            continue
        merged.sources.extend(s for s in sources if s not in merged.sources)
        merged.actors.extend(x for x in ev.actors if x not in merged.actors)
        merged.figures.extend(f for f in ev.figures if all(f.text != g.text for g in merged.figures))
        merged.approximate = merged.approximate and ev.approximate
    for key, users in edited.items():
        merged = events[key]
        _overlay(merged, users, MERGED_EVENT_VALUES, "events", merged.id, conflicts)
    return list(events.values())


def _seats_of_districts(reports: list[tuple]) -> dict[tuple, str]:
    """(district's place id, date, type) -> its seat's place id, for the events reported at a district
    named after its seat (``index.district_of``, at the seat's point) that other articles report at
    the seat itself on the same day: one event on one pin ("the flood disaster that occurred in Mokwa
    Local Government Area" is the other outlets' flood in Mokwa), not two at the same spot."""
    from geomap.index import DISTRICT_SUFFIX

    at_seat: dict[str, str] = {}  # gazetteer id -> place id, of places where the gazetteer puts them
    for group, spot, *_ in reports:
        if spot is None and group.first.gazetteer_id:
            at_seat[group.first.gazetteer_id] = group.ids[spot]
    seats: dict[tuple, str] = {}
    if not any(g.endswith(DISTRICT_SUFFIX) for g in at_seat):
        return seats
    reported = {(group.ids[spot], ev.date, ev.type) for group, spot, _, ev, *_ in reports if ev.date}
    for group, spot, _, ev, *_ in reports:
        gid = group.first.gazetteer_id or ""
        if spot is None and ev.date and gid.endswith(DISTRICT_SUFFIX):
            seat = at_seat.get(gid[:-len(DISTRICT_SUFFIX)])
            if seat is not None and (seat, ev.date, ev.type) in reported:
                seats[(group.ids[spot], ev.date, ev.type)] = seat
    return seats


def corpus_geojson(doc: Document, articles: list[Article] | None = None) -> str:
    """``map.geojson`` of a merged corpus: as ``geomap.export.geojson_text``, with each event's
    sources naming their article and its outlet (``source`` in its front matter), and the corpus's
    articles listed in ``articles``."""
    return "".join(corpus_geojson_chunks(doc, articles))


def corpus_geojson_chunks(doc: Document, articles: list[Article] | None = None) -> Iterator[str]:
    """``corpus_geojson`` a line at a time, as ``geomap export`` writes it."""
    from geomap.export import feature_collection, geojson_lines

    collection = feature_collection([doc])
    by_id = {e.id: e for e in doc.events}
    outlets = {a.id: a.source for a in articles or ()}  # a source's outlet: who said it, beside the title
    for feature in collection["features"]:
        for ev in feature["properties"]["events"]:
            ev["sources"] = [{"text": s.text, "start": s.start, "end": s.end, "article_id": s.article_id,
                              "title": s.title, "outlet": outlets.get(s.article_id), "url": s.url}
                             for s in by_id[ev["id"]].sources]
    if articles is not None:
        collection["articles"] = [{"id": a.id, "title": a.title, "url": a.url, "published": a.published,
                                   "source": a.source} for a in sorted(articles, key=lambda a: a.id)]
    return geojson_lines(collection)


def corpus_name(paths: list[Path]) -> str:
    p = Path(paths[0]).resolve() if paths else Path.cwd()
    return p.name if p.is_dir() else p.stem


@dataclass
class CorpusBuild:
    corpus: CorpusResult
    document: Document  # the merged one the map shows
    html_path: Path
    geojson_path: Path
    written: list[Path]
    embed_path: Path | None = None
    conflicts: list[str] = field(default_factory=list)  # data files that disagree on a place, one line each

    @property
    def documents(self) -> list[Document]:
        """The map's documents, as ``api.BuildResult`` has them: the merged one."""
        return [self.document]


def _field_line(data_file: Path, kind: str, item_id: str, name: str) -> int | None:
    """The line of a place's or event's field in its data file (of the item when the field is not
    written there; None when it cannot be found)."""
    from geomap.store import load_tree

    try:
        items = load_tree(data_file).get(kind) or []
        node = next(x for x in items if isinstance(x, dict) and str(x.get("id")) == item_id)
        return (node.lc.key(name) if name in node else (node.lc.line, 0))[0] + 1
    except (GeomapError, StopIteration, KeyError, AttributeError, TypeError):
        return None


def _show(value) -> str:
    if isinstance(value, list):
        value = [f.text if isinstance(f, Figure) else f for f in value]
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "..."


def describe_conflict(conflict: PlaceConflict | ValueConflict, data_files: dict[str, Path]) -> str:
    """A conflict as one line naming the first data file, its line and field, and the others."""
    def where(article_id: str, kind: str, item_id: str, name: str) -> str:
        path = data_files.get(article_id)
        line = _field_line(path, kind, item_id, name) if path else None
        return f"{path}:{line}" if line else str(path or f"article {article_id}")

    if isinstance(conflict, ValueConflict):
        first, *others = conflict.values
        kind, name = conflict.kind, conflict.field
        elsewhere = ", ".join(f"{_show(v.value)} in {where(v.article_id, kind, v.item_id, name)}" for v in others)
        return (f"{where(first.article_id, kind, first.item_id, name)}: {kind}[{first.item_id}].{name}: "
                f"{conflict.label} is {_show(first.value)} here but {elsewhere}; the map shows this one "
                f"(the first article's by id): make them agree")
    first, *others = conflict.placements
    elsewhere = ", ".join(f"{p.lat}, {p.lon} in {where(p.article_id, 'places', p.place_id, 'lat')}" for p in others)
    rest = f", the other articles' at the gazetteer's {conflict.gazetteer[0]}, {conflict.gazetteer[1]}" \
        if conflict.gazetteer else ""
    return (f"{where(first.article_id, 'places', first.place_id, 'lat')}: places[{first.place_id}].lat: "
            f"{conflict.name} ({conflict.gazetteer_id}) is at "
            f"{first.lat}, {first.lon} here but at {elsewhere}; each of these articles' events stays where its data "
            f"file puts it{rest}: make them agree (or set coord_source: user where a mention is another spot)")


def default_cache(out_dir: Path) -> Path:
    return Path(out_dir) / CACHE_NAME


def build_corpus(paths: list[Path], out_dir: Path = Path("output"), *, bias: str | None = None, tiles: bool = True,
                 cluster_until: int | None = None, embed: bool | str = False, cache_path: Path | None | str = "default",
                 title: str | None = None, strict: bool = False, **options) -> CorpusBuild:
    """Map a corpus into ``out_dir/map.html`` and ``map.geojson`` (one merged map); raises
    ``CorpusError`` when no article could be read, or with ``strict`` when any was skipped or
    its data file has errors (then nothing is written). ``options`` go to ``extract_corpus``; the
    cache defaults to ``out_dir/.geomap-corpus.sqlite``. ``title`` names the map (default: the
    corpus's name and its number of articles)."""
    from geomap.api import write_map_files
    from geomap.render import DEFAULT_CLUSTER_UNTIL, map_html

    paths = [Path(p) for p in paths]
    out_dir = Path(out_dir)
    if cache_path == "default":
        cache_path = default_cache(out_dir)
    result = extract_corpus(paths, bias=bias, cache_path=cache_path, exclude=(out_dir,), **options)
    if strict:
        refuse_problems(paths, result)
    conflicts: list[PlaceConflict | ValueConflict] = []
    merged = merged_document(paths, result, conflicts)
    title = title or merged.article.title
    page = map_html([merged], tiles=tiles, articles=result.articles, title=title,
                    cluster_until=DEFAULT_CLUSTER_UNTIL if cluster_until is None else cluster_until)
    html_path, geojson_path, embed_path, written = write_map_files(
        out_dir, page, corpus_geojson(merged, result.articles), embed_title=title if embed else None,
        embed_src=embed if isinstance(embed, str) else None)
    return CorpusBuild(result, merged, html_path, geojson_path, written, embed_path,
                       [describe_conflict(c, result.data_files) for c in conflicts])


def refuse_problems(paths: list[Path], result: CorpusResult) -> None:
    """``--strict``: ``CorpusError`` (``result`` closed) when an article was skipped or its data file
    has errors, whose corrections the map would silently leave out; a scripted report pipeline
    must not publish that map."""
    if result.problems:
        result.close()
        n = len(result.problems)
        raise CorpusError(f"--strict: {n} article{'s' if n > 1 else ''} skipped or mapped without the corrections "
                          "of its data file (above); nothing written", problems=result.problems,
                          path=", ".join(str(p) for p in paths))


def require_articles(paths: list[Path], result: CorpusResult) -> CorpusResult:
    """``result``; ``CorpusError`` (``result`` closed) when no article of the corpus could be read."""
    if not len(result):
        result.close()
        raise CorpusError("no article in the corpus could be read; nothing mapped", problems=result.problems,
                          path=", ".join(str(p) for p in paths))
    return result


def merged_document(paths: list[Path], result: CorpusResult, conflicts: list | None = None) -> Document:
    """The corpus as one document, as its map shows it: places merged across articles, and the
    same event reported by several articles merged with all its sources. Raises ``CorpusError``
    (and closes ``result``) when no article could be read."""
    require_articles(paths, result)
    name, n = corpus_name(paths), len(result)
    with cyclic_gc_paused():
        return merge_documents(result.iter_documents(), presorted=True, conflicts=conflicts, edits=result.edits,
                               article=Article(text="", id=name, title=f"{name} ({n} article{'s' * (n != 1)})"))


def default_extractions_path(paths: list[Path]) -> Path:
    """``corpus.geomap.jsonl`` beside a folder ``corpus/`` or a file ``corpus.jsonl``."""
    p = Path(paths[0])
    return p.parent / f"{corpus_name(paths)}.geomap.jsonl"


def write_extractions(result: CorpusResult, out: Path) -> bool:
    """Every article's extraction as JSON lines, in article-id order: the article's fields, then
    ``places`` and ``events`` as in a data file. Written as it is read (a temporary file, then a
    rename); returns whether the file's content changed."""
    import os
    import tempfile

    out = Path(out)
    digest = hashlib.sha256()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix="." + out.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                for doc in result.iter_documents():
                    a = doc.article
                    record = {"id": a.id, "title": a.title, "published": a.published, "source": a.source,
                              "url": a.url, "path": a.path, **document_dict(doc)}
                    line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
                    digest.update(line.encode("utf-8"))
                    f.write(line)
            if _file_digest(out) == digest.hexdigest():
                os.unlink(tmp)
                return False
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, out)
            return True
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise RenderError(f"cannot write: {exc.strerror}", path=exc.filename or out) from None


def _file_digest(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
