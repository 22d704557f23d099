"""Read an article: plain text with optional YAML front matter for its metadata.

    ---
    title: Ukraine and Russia hold third round of talks in Istanbul
    published: 2025-07-23
    source: Kyiv Independent (digest)
    ---
    Ukrainian and Russian delegations met in Istanbul ...

Offsets everywhere in geomap refer to the body, the text after the front matter.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from pathlib import Path

from geomap.errors import GeomapError, InputError
from geomap.model import Article, Document

__all__ = ["read_article", "parse_article", "published_date", "published_iso", "PUBLISHED_FORMS", "article_text",
           "mentions_text"]

_META_FIELDS = ("id", "title", "published", "source", "url")


def read_text(path: Path, *, expected: str = "an article's text") -> str:
    """The UTF-8 text of ``path``; a clear one-line error for missing, binary, non-UTF-8 or empty
    files (an empty one names what was ``expected`` instead)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a text file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark (Windows' "Unicode")
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError:
            raise InputError("not UTF-16 text, although it starts like it (a byte-order mark)", path=path) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, expected UTF-8 text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        name = Path(path).name
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8, "
                         f"e.g. iconv -f windows-1252 -t utf-8 {name} > utf8-{name} (if that is its encoding)",
                         path=path, line=line) from None
    if not text.strip():
        raise InputError(f"empty file, expected {expected}", path=path)
    return text.replace("\r\n", "\n")


# Markdown's marks, which a reader never sees: links and images keep their text, emphasis and code
# their words; reference definitions and heading marks go. (Offsets then index this plain text, as
# an HTML page's index its main text.)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)|!?\[([^\]\n]+)\]\[[^\]\n]*\]")
_MD_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*\n?", re.M)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])|"
                          r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+", re.M)
MARKDOWN_SUFFIXES = (".md", ".markdown")


def markdown_text(text: str) -> str:
    """The text a reader of a Markdown article sees: "[Omdurman](https://...)" is "Omdurman"; a code
    span is kept as written ("`__init__.py`")."""
    parts = _MD_CODE.split(_MD_DEFINITION.sub("", text))  # prose, code, prose, ...
    for i in range(0, len(parts), 2):
        prose = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), parts[i])
        prose = _MD_STRONG.sub(r"\2", prose)
        parts[i] = _MD_EMPHASIS.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), prose)
    return _MD_HEADING.sub("", "".join(parts))


def parse_article(text: str, *, path: str | None = None, default_id: str = "article") -> Article:
    meta: dict = {}
    body = text
    if text.startswith("---\n"):
        import yaml  # only for front matter: ``geomap parse --docs`` reads JSONL without it

        end = text.find("\n---\n", 4)
        if end == -1:
            raise InputError("front matter opened with '---' is never closed", path=path, line=1)
        try:
            meta = yaml.load(text[4:end], Loader=_front_matter_loader()) or {}
        except yaml.YAMLError as exc:
            meta = _lenient_front_matter(text[4:end])
            if meta is None:
                mark = getattr(exc, "problem_mark", None)
                raise InputError(f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}", path=path,
                                 line=(mark.line + 2) if mark else 1) from None
        except RecursionError:  # YAML's composer nests a call per level
            raise InputError("front matter nests values too deeply; write each field as one value",
                             path=path, line=2) from None
        if not isinstance(meta, dict):
            raise InputError("front matter must be a mapping of fields", path=path, line=2)
        _check_text_fields(meta, text[:end], path)
        body = text[end + 5:]
    published = meta.get("published")
    try:
        published = published_iso(published)
    except ValueError:
        line = next((i for i, row in enumerate(text.split("\n")[:200], 1) if row.startswith("published:")), None)
        raise InputError(f"{published!r} is not a date ({PUBLISHED_FORMS})", path=path, line=line,
                         field="published") from None
    if path is not None and Path(path).suffix.lower() in MARKDOWN_SUFFIXES:
        body = markdown_text(body)
    if not body.strip():
        raise InputError("the article has no text after its front matter", path=path)
    published = published or published_in_text(body)  # a copied page's "Published June 12, 2025"
    return Article(text=body, id=str(meta.get("id") or default_id), title=_text(meta.get("title")),
                   published=published, source=_text(meta.get("source")),
                   url=_text(meta.get("url")), path=path)


# Half of a UTF-16 pair, as a JSON or YAML escape ("\ud800") writes it: no UTF-8 file can hold one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(value: str) -> str | None:
    """Where text holds a lone surrogate, as a message names it ("a lone surrogate (\\ud800) at
    character 12"); None for sound text."""
    m = LONE_SURROGATE.search(value)
    return None if m is None else f"a lone surrogate (\\u{ord(m.group()):04x}) at character {m.start() + 1}"


def _check_text_fields(meta: dict, front_matter: str, path) -> None:
    """InputError for an id, title, source or url that is not one value of text: a list or a
    mapping, or text with a lone surrogate (a YAML escape such as "\\ud800": no UTF-8 file, the
    map's included, can hold it)."""
    for key in ("id", "title", "source", "url"):
        value = meta.get(key)
        line = next((i for i, row in enumerate(front_matter.split("\n"), 1) if row.startswith(key + ":")), None)
        if isinstance(value, (list, dict, set)):
            raise InputError("is not text; write a single value, quoted if in doubt", path=path, line=line, field=key)
        problem = lone_surrogate(value) if isinstance(value, str) else None
        if problem:
            raise InputError(f"{problem} is half of a character: write the whole character, or delete the escape",
                             path=path, line=line, field=key)


# A front matter line as news tools write it: a simple key, a colon, and the rest of the line.
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*")


def _lenient_front_matter(front_matter: str) -> dict | None:
    """Front matter that is no valid YAML read as news tools read it, a ``key: value`` a line,
    the value the rest of the line: headlines hold colons ("Sudan live: El Fasher toll rises"),
    quotes and "#", which YAML would need quoted. A value quoted whole is unquoted. None when a
    line is no ``key: value`` (then the YAML error, with its line, says what is wrong)."""
    meta: dict = {}
    for row in front_matter.split("\n"):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        m = _FRONT_MATTER_LINE.fullmatch(row)
        if m is None:
            return None
        meta[m.group(1)] = _unquoted(m.group(2)) if m.group(2) else None
    return meta


def _unquoted(value: str) -> str:
    """``value`` without the quotes around it when it is one quoted YAML scalar ("'It''s'": "It's")."""
    import yaml

    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        try:
            unquoted = yaml.safe_load(value)
        except yaml.YAMLError:
            return value
        if isinstance(unquoted, str):
            return unquoted
    return value


def _text(value) -> str | None:
    """A front matter value as text ("title: 1984" is read as a number)."""
    return None if value is None else str(value)


@functools.lru_cache(maxsize=1)
def _front_matter_loader():
    """YAML's safe loader, reading a plain scalar that looks like a date but is none
    (``published: 2025-02-30``) as its text: the date check then names the field."""
    import yaml

    def timestamp_or_text(loader, node):
        try:
            return loader.construct_yaml_timestamp(node)
        except ValueError:  # "day is out of range for month"
            return loader.construct_scalar(node)

    loader = type("FrontMatterLoader", (yaml.SafeLoader,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp_or_text)
    return loader


def read_article(path: Path) -> Article:
    path = Path(path)
    return parse_article(read_text(path), path=str(path), default_id=path.stem)


def article_text(article: Article) -> str:
    """The article's body: its text, else read from its file (a data file's article is loaded
    without it); "" when there is none to read."""
    if article.text or not article.path:
        return article.text
    try:
        return read_article(Path(article.path)).text
    except (GeomapError, OSError):
        return ""


def mentions_text(doc: Document) -> str:
    """The text ``doc``'s place mentions point into, read again when a place has mentions whose
    spellings it does not keep (a data file's); what the document holds otherwise (a corpus's
    cached extraction keeps its spellings, not its text)."""
    if any(p.mentions and not p.spellings for p in doc.places):
        return article_text(doc.article)
    return doc.article.text


# What ``published_iso`` reads, as messages name it.
PUBLISHED_FORMS = ("YYYY-MM-DD, a date-time, RFC 2822 as in RSS, YYYYMMDD, GDELT's YYYYMMDDHHMMSS, or Unix "
                   "time in seconds or milliseconds")
_COMPACT_DATE = re.compile(r"\d{8}(?:\d{6})?")  # YYYYMMDD, and GDELT's YYYYMMDDHHMMSS
# Unix time as feeds and database dumps write it: 9 or 10 digits of seconds (1973 to 2286), 12 or
# 13 of milliseconds (the same years). Their lengths never meet each other's nor YYYYMMDD's, so the
# count of digits says which it is; 11 digits could be either, and is refused.
_UNIX_TIME = re.compile(r"(\d{9,10})(\.\d+)?|(\d{12,13})")


def published_iso(value) -> str | None:
    """A publication date as ``YYYY-MM-DD``, from what news tools write: a date or date-time,
    ISO 8601 ("2025-03-04", "2025-03-04T10:00:00+05:00", "2025-03-04 10:00"), RFC 2822 as RSS
    feeds write it ("Sat, 01 Mar 2025 10:00:00 GMT") or compact ``YYYYMMDD``; the date as written,
    in the writer's own time zone; GDELT's ``YYYYMMDDHHMMSS``; or Unix time in seconds or
    milliseconds, as a number or digits (``_UNIX_TIME``), taken in UTC, the zone it counts in. None
    for no value; ValueError for anything else. The one reader of front matter, JSONL and ``Article``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(value)
    s = repr(value) if isinstance(value, float) else str(value).strip()
    if _COMPACT_DATE.fullmatch(s):
        return dt.datetime.strptime(s, "%Y%m%d" if len(s) == 8 else "%Y%m%d%H%M%S").date().isoformat()
    unix = _UNIX_TIME.fullmatch(s)
    if unix:
        seconds = float(unix[1] + (unix[2] or "")) if unix[1] else int(unix[3]) / 1000
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
    if len(s) >= 10 and (len(s) == 10 or s[10] in "T "):
        return dt.date.fromisoformat(s[:10]).isoformat()
    rfc2822 = email.utils.parsedate_tz(s)
    if rfc2822 is None:
        raise ValueError(s)
    return dt.date(*rfc2822[:3]).isoformat()  # ValueError for "31 Feb"


# A web page's date line, copied with its text: "Published June 12, 2025", "Updated: Aug 30, 2025 10:15
# a.m. ET", "Thu 12 Jun 2025 10.15 BST", "By Kate Lamb, The Guardian, Aug 30, 2025", "2025-06-12".
_LINE_DATE = re.compile(r"(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
                        r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
                        r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))\b")
# What opens a line that dates the article (a byline's "By" too), and a first publication's words.
_DATE_LINE_OPENING = re.compile(r"[\s\-\u2013\u2014|]*(?:(?:first\s+|originally\s+)?(?:published|posted)|"
                                r"(?:last\s+)?(?:updated|modified)|date|by)\b[\s:,]*", re.I)
_FIRST_PUBLISHED = re.compile(r"[\s\-\u2013\u2014|]*(?:first\s+|originally\s+)?(?:published|posted)\b", re.I)
# A line that is a date and its time alone: "Thu 12 Jun 2025 10.15 BST", "June 12, 2025 3:04 PM EDT".
_WEEKDAY_BEFORE = re.compile(r"\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?")
_TIME_AFTER = re.compile(r"[\s,|\u00b7-]*(?:(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?\s*$",
                         re.I)
_DATE_LINES = 12  # a page's date line is in its head (headline, byline, date) ...
_TRAILER_LINES = 3  # ... or its foot ("— By Kate Lamb, The Guardian, Aug 30, 2025")


def published_in_text(text: str) -> str | None:
    """The publication date a copied web page's own date line gives, as ``YYYY-MM-DD``, for an
    article with none in its metadata: a line in its head or foot that opens with "Published",
    "Updated", "Posted" or a byline's "By", or that is a date and its time alone. A first
    publication's date is taken before an update's. None when no line so dates the article: a
    date in a headline or a sentence ("Remembering the June 12, 2016 Pulse shooting") is news, not
    its day."""
    from geomap.dates import MONTHS  # here: the front matter's readers need no date rules

    lines = [line for line in text[:20_000].split("\n") if line.strip()]
    head = lines[:_DATE_LINES] + lines[max(_DATE_LINES, len(lines) - _TRAILER_LINES):]
    found: list[tuple[bool, str]] = []
    for line in head:
        if len(line) > 160:
            continue
        opening = _DATE_LINE_OPENING.match(line)
        date = _LINE_DATE.search(line) if opening else _LINE_DATE.match(line, _WEEKDAY_BEFORE.match(line).end())
        byline = opening is not None and opening.group().strip(" \t-\u2013\u2014|:,").lower() == "by"
        if date is None or (opening is None or byline) and not _TIME_AFTER.match(line, date.end()):
            continue  # a byline's date ends it: "By June 12, 2025, more than 300 people had died" is news
        year, month, day = date["y1"] or date["y2"] or date["y3"], date["m1"] or date["m2"] or date["m3"], \
            date["d1"] or date["d2"] or date["d3"]
        month = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        try:
            iso = dt.date(int(year), month, int(day)).isoformat() if month else None
        except ValueError:
            iso = None
        if iso:
            found.append((not _FIRST_PUBLISHED.match(line), iso))
    return min(found, key=lambda f: f[0])[1] if found else None


def published_date(article: Article) -> dt.date | None:
    """The article's publication date; ``InputError`` (a ValueError) naming the field when
    ``published`` is none of the forms ``published_iso`` reads."""
    try:
        iso = published_iso(article.published)
    except ValueError:
        raise InputError(f"{article.published!r} is not a date ({PUBLISHED_FORMS})", path=article.path,
                         field="published") from None
    return dt.date.fromisoformat(iso) if iso else None
