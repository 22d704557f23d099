"""The Python API the CLI is a thin skin over."""

from __future__ import annotations

import itertools
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.atomic import is_stream
from geomap.corpus import edited_after, folder_article, read_article_file, stale_note
from geomap.errors import InputError, RenderError
from geomap.export import geojson_text
from geomap.model import Document
from geomap.pipeline import extract
from geomap.render import DEFAULT_CLUSTER_UNTIL, embed_html, map_html
from geomap.store import (DATA_SUFFIX, UTF8_BOM, data_path_for, read_document, write_atomic, write_base,
                          write_document)

if TYPE_CHECKING:
    from geomap.corpus import CorpusBuild
    from geomap.index import Entry
    from geomap.merge import MergeReport

__all__ = ["SAMPLE_ARTICLE", "BuildResult", "ExtractResult", "load", "read_article_file", "extract_file",
           "extract_into", "build", "is_data_file", "check_file", "data_files_under",
           "export", "snapshot", "is_corpus", "build_corpus", "extract_corpus"]

SAMPLE_ARTICLE = Path(__file__).resolve().parent.parent / "data" / "ukraine-russia-talks-2025-07-23.txt"


@dataclass
class BuildResult:
    documents: list[Document]
    html_path: Path
    geojson_path: Path
    data_files: list[Path]
    written: list[Path]  # files whose content changed
    geocoded: list | None = None  # geomap.geocoders.GeocodeReport per data file, with a geocoder
    embed_path: Path | None = None  # with embed=True: the iframe snippet for report pages (embed.html)
    notes: list[str] = field(default_factory=list)  # what the user should know: an article newer than its data file


def is_data_file(path: Path) -> bool:
    return Path(path).name.endswith((DATA_SUFFIX, ".yaml", ".yml"))


@dataclass
class ExtractResult:
    document: Document  # what the data file now holds
    data_path: Path
    written: bool  # the data file's content changed
    merge: "MergeReport | None"  # None when the file was created or overwritten (force)


def extract_into(article_path: Path, data_path: Path | None = None, *, force: bool = False,
                 bias: str | None = None, ner: str | None = None) -> ExtractResult:
    """Extract an article into its data file: a new file, or a three-way merge into an existing one
    that keeps the user's edits, additions and deletions (``geomap.merge``); ``force`` overwrites.
    The extraction is kept as the next merge's base (``.NAME.geomap.base.yaml``). ``ner``: a
    spaCy pipeline whose entities correct recognition (``geomap.ner``), by name or path."""
    from geomap.merge import merge_file

    article_path = Path(article_path)
    if is_data_file(article_path):
        raise InputError("is a data file, not an article: extract reads an article's text (.txt, .md, .html); "
                         "to map a data file, run geomap build on it", path=article_path)
    refuse_non_article(article_path)
    data_path = Path(data_path) if data_path else data_path_for(article_path)
    if _same_file(data_path, article_path):
        raise InputError(f"is the article itself: writing the data file there would overwrite it; pass another -o "
                         f"file (default: {data_path_for(article_path).name})", path=data_path)
    if not is_stream(data_path) and data_path.is_file():
        refuse_other_articles_data_file(article_path, data_path)
    doc = extract(read_article_file(article_path), bias=bias, ner=ner)
    with _writing(data_path):
        if is_stream(data_path):  # -o /dev/stdout, a FIFO: nothing to merge into, no base file beside it
            return ExtractResult(doc, data_path, write_document(doc, data_path), None)
        if data_path.exists() and not force:
            merged, written, report = merge_file(doc, data_path)
            return ExtractResult(merged, data_path, written, report)
        written = write_document(doc, data_path)
        write_base(doc, data_path)
    return ExtractResult(doc, data_path, written, None)


def extract_file(article_path: Path, data_path: Path | None = None, *, force: bool = False,
                 bias: str | None = None, ner: str | None = None) -> tuple[Document, Path, bool]:
    """``extract_into`` as a tuple (document, data file, written)."""
    r = extract_into(article_path, data_path, force=force, bias=bias, ner=ner)
    return r.document, r.data_path, r.written


# What geomap export writes, or a spreadsheet saves: never an article's prose (audit 15 built
# events.csv as one, and mapped "SD", the country column, as South Dakota).
_EXPORT_SUFFIXES = {".csv": "CSV", ".tsv": "TSV", ".geojson": "GeoJSON", ".json": "JSON", ".kml": "KML",
                    ".kmz": "KMZ", ".xlsx": "spreadsheet", ".ods": "spreadsheet", ".png": "PNG image"}
ARTICLE_KINDS = "articles (.txt, .md, .markdown, .html, .htm), data files (.geomap.yaml), folders and JSONL corpora"


def refuse_non_article(path: Path) -> None:
    """``InputError`` for a file that is neither an article nor a data file: an export (CSV, GeoJSON,
    KML) or any unknown suffix would be geoparsed as prose into a made-up map."""
    from geomap.corpus import ARTICLE_SUFFIXES, MAP_PAGE_REFUSED, is_geomap_page

    path = Path(path)
    suffix = path.suffix.lower()
    if is_geomap_page(path):
        raise InputError(MAP_PAGE_REFUSED, path=path)
    if suffix in ARTICLE_SUFFIXES or is_data_file(path) or path.is_dir():
        return
    what = _EXPORT_SUFFIXES.get(suffix)
    if what is None:
        kind = f"a {suffix} file" if suffix else "a file without a suffix"
        raise InputError(f"is {kind}, not an article: geomap reads {ARTICLE_KINDS}; if it is an article's text, "
                         f"name it .txt", path=path)
    raise InputError(f"is a {what} file (geomap export writes these), not an article: geomap reads {ARTICLE_KINDS}; "
                     "to change the map, edit the data file it was exported from and build that", path=path)


def refuse_other_articles_data_file(article_path: Path, data_path: Path) -> None:
    """``InputError`` when ``data_path`` names another article in ``article.text_file`` (report.txt
    and report.md share report.geomap.yaml): reading it would map the other article, and merging
    into it would wipe that article's data. The data file is left as it is."""
    from geomap.store import named_article

    named = named_article(data_path)
    if named is None or not named.exists() or _same_file(named, article_path):
        return  # no article named, or one since moved: the data file is this article's
    name = f"{Path(article_path).name}{DATA_SUFFIX}"
    raise InputError(f"is the data file of {os.path.relpath(named)}, not of {article_path}, so it is left as it "
                     f"is: give {Path(article_path).name} a data file of its own with geomap "
                     f"extract {article_path} -o {Path(data_path).with_name(name)}, then build that data file",
                     path=data_path, field="article.text_file")


def refuse_article_as_data_file(path: Path) -> None:
    """``InputError`` when a command that edits a data file is given an article instead."""
    path = Path(path)
    if is_data_file(path) or not path.is_file():
        return  # a data file, or a missing file that reading reports
    if path.name.endswith(".geomap.jsonl") or path.suffix.lower() in (".jsonl", ".ndjson"):
        raise InputError("is a JSONL corpus (or what geomap extract wrote of one), not a data file: only an article "
                         "file has a data file to correct; to correct articles of a JSONL corpus, save each as a "
                         ".txt file in a folder and build the folder", path=path)
    if path.suffix.lower() in _EXPORT_SUFFIXES:
        raise InputError(f"is a {_EXPORT_SUFFIXES[path.suffix.lower()]} file (geomap export writes these), not a "
                         f"data file (NAME{DATA_SUFFIX}): check or fix the data file it was exported from", path=path)
    hint = (f"fix its data file {data_path_for(path)}" if data_path_for(path).exists()
            else "run geomap extract on it first, then fix the data file that makes")
    raise InputError(f"is an article, not a data file (NAME{DATA_SUFFIX}): {hint}", path=path)


def input_files(paths: list[Path]) -> list[Path]:
    """The files reading ``paths`` reads or writes: each path, and an article's data file and its
    merge base (which reading may create)."""
    from geomap.store import base_path_for

    files = []
    for p in paths:
        p = Path(p)
        files.append(p)
        if not is_data_file(p) and not p.is_dir():  # a folder's articles are checked once read (docs)
            files += [data_path_for(p), base_path_for(data_path_for(p))]
    return files


def refuse_writing_over_data_file(out: Path) -> None:
    """``InputError`` for an output named as a data file or its base copy: a slip of tab completion
    (``-o hostile.geomap.yaml``) would replace another article's hand-edited data with CSV."""
    from geomap.store import BASE_SUFFIX

    # (in any case: on macOS and Windows, OTHER.GEOMAP.YAML is other.geomap.yaml; and any YAML,
    # which build and check read as a data file: "keep.geomap.yml")
    if Path(out).name.lower().endswith((DATA_SUFFIX, BASE_SUFFIX, ".yaml", ".yml")):
        raise InputError(f"is named as a data file (*{DATA_SUFFIX}) or its base copy: geomap writes no export or "
                         "picture over one, which may hold an article's corrections; name the output .geojson, "
                         ".csv, .kml or .png", path=out)


def refuse_overwriting_inputs(out: Path, paths: list[Path], docs: list[Document] | None = None) -> None:
    """``InputError`` when the output ``out`` is one of the inputs (also through a symlink, a hard
    link or another spelling of its path), or an article in an input folder: writing it would
    destroy the input. With ``docs``
    (once read), the article text each one names is checked too."""
    def refuse(f) -> None:
        raise InputError(f"is also an input ({f}): writing there would overwrite it; pass another -o file", path=out)

    for f in input_files(paths):
        if _same_file(out, f):
            refuse(f)
    inside = Path(os.path.realpath(out))
    for folder in (Path(p).resolve() for p in paths if Path(p).is_dir()):
        if inside.is_relative_to(folder) and folder_article(folder, inside):
            refuse(out)  # an article (or a JSONL of them) that reading the folder reads
    try:
        there = os.stat(os.path.realpath(out))  # "missing/../a.txt" is a.txt: the write makes "missing"
    except OSError:
        return  # nothing there yet: no article text to overwrite (a corpus's 50,000 are not compared one by one)
    for f in dict.fromkeys(_article_file(d.article.path) for d in docs or [] if d.article.path):
        try:
            if os.path.samestat(there, os.stat(f)):
                refuse(f)
        except OSError:
            continue  # a text since removed


def _article_file(path: str) -> str:
    """The file an article was read from: a JSONL article's "file.jsonl:12" is file.jsonl."""
    file, _, line = str(path).rpartition(":")
    return file if file and line.isdigit() else str(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): the same path once resolved
        return os.path.realpath(a) == os.path.realpath(b)


def load(path: Path, *, bias: str | None = None, ner: str | None = None,
         notes: list[str] | None = None) -> tuple[Document, Path, bool]:
    """A document from a data file, or from an article through its data file (created when missing).

    The data file wins over the article: it holds the user's corrections (so ``ner``, like
    ``bias``, acts only when the data file is created). ``notes``, when given, receives the data
    file's notes (values that look wrong: see ``read_document``).
    """
    path = Path(path)
    if is_data_file(path):
        return read_document(path, notes=notes), path, False
    refuse_non_article(path)
    data_path = data_path_for(path)
    if data_path.exists():
        refuse_other_articles_data_file(path, data_path)
        return read_document(data_path, notes=notes), data_path, False
    doc = extract(read_article_file(path), bias=bias, ner=ner)
    hint = f"; or extract it elsewhere (geomap extract {path} -o DIR/{data_path.name}) and build that"
    with _writing(data_path, hint):
        written = write_document(doc, data_path)
        write_base(doc, data_path)
    return doc, data_path, written


@contextmanager
def _writing(path: Path, hint: str = ""):
    """A file that cannot be written (a folder in its place, a full disk) as one ``RenderError``;
    ``hint`` says what else to do."""
    try:
        yield
    except OSError as exc:
        reason = "a folder is in the way: move it" if isinstance(exc, IsADirectoryError) else exc.strerror
        raise RenderError(f"cannot write: {reason}{hint}", path=exc.filename or path) from None


def input_paths(paths) -> list[Path]:
    """The paths a command reads: None is the sample article (what bare ``geomap`` maps); an empty
    list is an error, never the sample: a pipeline whose file list came out empty must not publish
    an unrelated map."""
    if paths is None:
        return [SAMPLE_ARTICLE]
    if isinstance(paths, (str, os.PathLike)):  # a lone path would be read a character at a time
        raise TypeError(f"paths must be a list of paths, not one {type(paths).__name__}: pass [{paths!r}]")
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input given: pass the articles, data files or corpus to read (None reads the "
                         "sample article)")
    return paths


def build(paths: list[Path] | None = None, out_dir: Path = Path("output"), *, bias: str | None = None,
          tiles: bool = True, geocoder=None, refresh: bool = False, geocoder_cache: Path | None = None,
          embed: bool | str = False, cluster_until: int | None = DEFAULT_CLUSTER_UNTIL,
          ner: str | None = None, title: str | None = None, **corpus) -> BuildResult | CorpusBuild:
    """Map articles or data files into ``out_dir/map.html`` and ``out_dir/map.geojson``.

    Every input is read and validated before anything is written, so a bad file leaves the
    previous map untouched. With ``geocoder`` (a geopy service name such as "nominatim"),
    places without coordinates are geocoded first (``geomap.geocoders.geocode_file``). With
    ``ner`` (a spaCy pipeline's name or path), new extractions go through ``geomap.ner``.

    A folder or JSONL file among ``paths`` makes it a corpus build, as ``geomap build`` makes
    it: ``build_corpus``, whose ``CorpusBuild`` is returned (``corpus``: its options, such as
    ``workers`` or ``cache_path``). ``paths`` None maps the sample article; an empty list is an
    ``InputError``. ``title`` names the map (the page's <title> and the embed's caption); by
    default, the article's title, or "geomap: 3 articles".
    """
    paths = input_paths(paths)
    if any(is_corpus(p) for p in paths):
        return _build_corpus_from_build(paths, out_dir, bias=bias, tiles=tiles, embed=embed,
                                        cluster_until=cluster_until, geocoder=geocoder, ner=ner, title=title,
                                        **corpus)
    if corpus:
        raise TypeError(f"build() got corpus options ({', '.join(corpus)}) but no folder or JSONL corpus to read")
    docs, data_files, written, geocoded, notes = [], [], [], [], []
    for p in paths:
        doc, data_path, changed = load(p, bias=bias, ner=ner, notes=notes)
        if not changed and (note := article_changed_note(doc, data_path, article=None if p == data_path else p)):
            notes.append(note)
        if bias and not changed:
            notes.append(_near_unused_note(p, data_path, bias))
        if geocoder is not None:
            from geomap.geocoders import geocode_file

            report = geocode_file(data_path, geocoder, cache_path=geocoder_cache, refresh=refresh)
            geocoded.append(report)
            if report.written:
                doc, changed = read_document(data_path), True
        docs.append(doc)
        data_files.append(data_path)
        if changed:
            written.append(data_path)
    title = title or _page_title(docs)
    page = map_html(docs, tiles=tiles, cluster_until=cluster_until, title=title)
    html_path, geojson_path, embed_path, outputs_written = write_map_files(
        out_dir, page, geojson_text(docs), embed_title=title if embed else None,
        embed_src=embed if isinstance(embed, str) else None)
    return BuildResult(docs, html_path, geojson_path, data_files, written + outputs_written,
                       geocoded if geocoder else None, embed_path, notes)


def article_changed_note(doc: Document, data_path: Path, article: Path | None = None) -> str | None:
    """The note for an article saved after its data file (``article``, else the data file's
    ``text_file``): the map still shows the data file until ``geomap extract`` merges the change.
    None when it was not, or the article is gone."""
    if article is None and doc.article.path:
        article = Path(doc.article.path)
    try:
        if article is None or not edited_after(Path(article).stat().st_mtime, Path(data_path)):
            return None
    except OSError:
        return None  # the article was moved or removed: nothing to compare
    return stale_note(Path(article), Path(data_path))


def _build_corpus_from_build(paths: list[Path], out_dir: Path, *, geocoder, ner, **options):
    """``build`` of a corpus: ``build_corpus``, refusing what only works on articles."""
    if geocoder is not None:
        raise InputError("a geocoder works on articles and data files, not on a folder or JSONL corpus",
                         path=", ".join(map(str, paths)))
    if ner:
        raise InputError("the NER stage works on articles, not on a folder or JSONL corpus",
                         path=", ".join(map(str, paths)))
    return build_corpus(paths, out_dir, **options)


def _near_unused_note(path: Path, data_path: Path, bias: str) -> str:
    """The note for --near given with a data file that already exists: the data file is read as
    it is (it holds the user's corrections), so --near changes nothing until it is extracted again."""
    if is_data_file(path):
        return (f"{path}: --near {bias} acts when an article's data file is created; a data file is read as it "
                "is: to resolve its article again, run geomap extract ARTICLE --near " + bias)
    return (f"{path}: --near {bias} was not used: it acts when the data file is created, and "
            f"{data_path.name} exists; to resolve the article again with it, run geomap extract {path} --near "
            f"{bias} (your edits are kept), or add --force to start afresh, then build")


def write_map_files(out_dir: Path, page: str, geojson: str, *, embed_title: str | None = None,
                    embed_src: str | None = None):
    """Write ``map.geojson``, ``map.html`` and, with ``embed_title``, ``embed.html`` into ``out_dir``,
    each atomically; returns their paths (embed's None when not asked) and those that changed.
    ``embed_src`` is where the report page finds ``map.html`` (default: beside it)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise RenderError("is a file, not a folder: -o names the folder that map.html and map.geojson go in",
                          path=out_dir)
    html_path, geojson_path = out_dir / "map.html", out_dir / "map.geojson"
    outputs = [(geojson_path, geojson), (html_path, page)]
    embed_path = out_dir / "embed.html" if embed_title is not None else None
    if embed_path:
        outputs.append((embed_path, embed_html(embed_title, src=embed_src or html_path.name)))
    written = []
    try:
        for target, content in outputs:
            if write_atomic(target, content):
                written.append(target)
    except OSError as exc:
        raise RenderError(f"cannot write: {exc.strerror}", path=exc.filename or out_dir) from None
    return html_path, geojson_path, embed_path, written


def _page_title(docs: list[Document]) -> str:
    from geomap.render import page_title

    return page_title(docs)


def _load_all(paths: list[Path] | None, bias: str | None, *, merged: bool = False,
              on_problem=None, on_note=None, keep=None, **corpus) -> list[Document]:
    """Documents from articles or data files, read as ``build`` reads them. A folder or JSONL
    corpus among ``paths`` makes it a corpus run (``corpus``: ``geomap.corpus.extract_corpus``'s
    options; with a ``cache_path``, only what the cache lacks is extracted): one document an
    article, or with ``merged`` the one document of the corpus map (``geomap.corpus.merged_document``).
    ``on_problem`` is called with each article a corpus run skips, ``on_note`` with each note
    on its cache (unusable, kept in memory); ``keep`` (a corpus's articles one at a time) maps
    each document to what the caller needs of it."""
    paths = input_paths(paths)
    if not any(is_corpus(p) for p in paths):
        return [load(p, bias=bias)[0] for p in paths]
    if merged:
        return [_corpus_map(paths, bias, on_problem=on_problem, on_note=on_note, **corpus)[0]]
    from geomap.corpus import extract_corpus, require_articles

    result = require_articles(paths, extract_corpus(paths, bias=bias, on_problem=on_problem, **corpus))
    try:
        return [keep(doc) for doc in result.iter_documents()] if keep else list(result.iter_documents())
    finally:
        result.close()
        for note in result.notes if on_note is not None else ():
            on_note(note)


def _corpus_map(paths: list[Path], bias: str | None, *, on_problem=None, on_note=None, **corpus):
    """The one document of a corpus's map (``geomap.corpus.merged_document``: read from the cache an
    article at a time, never all at once) and the articles it names, without their text."""
    from geomap.corpus import extract_corpus, merged_document

    result = extract_corpus(paths, bias=bias, on_problem=on_problem, **corpus)
    try:
        return merged_document(paths, result), result.articles
    finally:
        result.close()
        for note in result.notes if on_note is not None else ():
            on_note(note)


@dataclass
class CheckResult:
    """One data file checked: its document when valid, else every problem (file, line and field)."""

    path: Path
    document: Document | None
    problems: list = field(default_factory=list)  # GeomapError, one per problem
    notes: list[str] = field(default_factory=list)


def data_files_under(folder: Path) -> list[Path]:
    """The data files (``*.geomap.yaml``) in ``folder`` and its subfolders, sorted; hidden files and
    folders (a merge base, ``.NAME.geomap.base.yaml``) are not the user's."""
    folder = Path(folder)
    return sorted(p for p in folder.rglob("*" + DATA_SUFFIX)
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def check_file(path: Path) -> CheckResult:
    """Validate one data file, collecting its problems rather than raising them."""
    from geomap.errors import GeomapError

    notes: list[str] = []
    try:
        doc = read_document(path, notes=notes)
    except GeomapError as exc:
        return CheckResult(Path(path), None, getattr(exc, "problems", None) or [exc], notes)
    if note := article_changed_note(doc, path):
        notes.append(note)
    return CheckResult(Path(path), doc, [], notes)


EXPORT_UNITS = ("event", "report")


def export(paths: list[Path] | None, out: Path, fmt: str | None = None, *, per: str = "event", excel: bool = False,
           bias: str | None = None, on_problem=None, on_note=None, **corpus) -> tuple[list[Document], str, bool]:
    """Export articles or data files to ``out`` as GeoJSON, CSV or KML (``fmt``, else from the suffix);
    ``excel``: a CSV opens in Excel with its accents right (a UTF-8 byte-order mark first).

    A corpus (extracted as ``corpus`` says: ``geomap.corpus.extract_corpus``'s options, a build's
    ``cache_path`` say) is exported ``per`` event: the events its map shows, each merging the
    reports of every article that tells of it (a CSV row names their outlets, the GeoJSON is the
    map's ``map.geojson``); or ``per`` report: one article at a time, each article's event with
    its own article's source and date, as many times as articles report it.

    Returns the documents (of a corpus per event, its map's one document), the format and whether
    the file changed.
    """
    from geomap.export import FORMATS, export_chunks, shown_only

    out = Path(out)
    fmt = fmt or {".json": "geojson"}.get(out.suffix.lower(), out.suffix.lower().lstrip("."))
    if fmt not in FORMATS:
        refuse_writing_over_data_file(out)  # "unknown export format" would hide why
        raise InputError(f"unknown export format; pass --format {'|'.join(FORMATS)} or name the file "
                         f"{', '.join('*.' + f for f in FORMATS)}", path=out)
    if per not in EXPORT_UNITS:
        raise InputError(f"unknown export unit {per!r}; choose one of {', '.join(EXPORT_UNITS)}", path=out)
    if excel and fmt != "csv":
        raise InputError(f"--excel is for CSV, not {fmt}: name the file .csv or pass --format csv", path=out)
    paths = input_paths(paths)
    refuse_overwriting_inputs(out, paths)
    refuse_writing_over_data_file(out)
    if per == "event" and any(is_corpus(p) for p in paths):
        chunks, docs = _corpus_export(paths, fmt, bias, on_problem=on_problem, on_note=on_note, **corpus)
    else:
        docs = _load_all(paths, bias, on_problem=on_problem, on_note=on_note, keep=shown_only, **corpus)
        chunks = export_chunks(docs, fmt, title=_page_title(docs))
    refuse_overwriting_inputs(out, paths, docs)
    if excel:
        chunks = itertools.chain([UTF8_BOM], chunks)
    try:
        return docs, fmt, write_atomic(out, chunks)
    except OSError as exc:
        raise RenderError(f"cannot write: {exc.strerror}", path=exc.filename or out) from None


def _corpus_export(paths: list[Path], fmt: str, bias: str | None, **corpus):
    """A corpus's export per event (the chunks to write, and the map's one document): exactly what
    its map shows, merged as ``build`` merges it."""
    from geomap.corpus import corpus_geojson_chunks
    from geomap.export import export_chunks

    doc, articles = _corpus_map(paths, bias, **corpus)
    if fmt == "geojson":  # the map's own map.geojson: features are places, each event naming its reports
        return corpus_geojson_chunks(doc, articles), [doc]
    return export_chunks([doc], fmt, title=doc.article.title, articles={a.id: a for a in articles}), [doc]


def snapshot(paths: list[Path] | None, out: Path, *, width: int = 1200, height: int = 800, scale: float = 1.0,
             bias: str | None = None, cluster_until: int | None = DEFAULT_CLUSTER_UNTIL, title: str | None = None,
             on_problem=None, on_note=None, **corpus) -> tuple[list[Document], bool]:
    """Write a PNG of the map of articles or data files, taken in headless Chromium (``geomap.snapshot``);
    of a corpus, its one merged map, as ``build`` draws it (``corpus``: as for ``export``). ``title``
    is written on the picture.

    Returns the documents and whether the file changed.
    """
    from geomap.corpus import is_geomap_page
    from geomap.snapshot import snapshot as take
    from geomap.snapshot import snapshot_page

    paths = input_paths(paths)
    refuse_overwriting_inputs(Path(out), paths)
    refuse_writing_over_data_file(Path(out))
    if len(paths) == 1 and is_geomap_page(paths[0]):  # "geomap snapshot output/map.html": that map, as it is
        try:
            page = paths[0].read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the map page: {exc}", path=paths[0]) from None
        return [], snapshot_page(page, Path(out), width=width, height=height, scale=scale, title=title)
    docs = _load_all(paths, bias, merged=True, on_problem=on_problem, on_note=on_note, **corpus)
    refuse_overwriting_inputs(Path(out), paths, docs)
    return docs, take(docs, Path(out), width=width, height=height, scale=scale, cluster_until=cluster_until,
                      title=title)


# --- corpus mode: a folder or JSONL file of many articles, one map (geomap.corpus) -----------


def is_corpus(path) -> bool:
    """A folder of articles or a JSONL file of them, rather than one article or data file."""
    from geomap.corpus import is_corpus as check

    return check(path)


def corpus_cache_path(out_dir: Path) -> Path:
    """Where a corpus build keeps its extractions: ``.geomap-corpus.sqlite`` in the output folder."""
    from geomap.corpus import default_cache

    return default_cache(out_dir)


def corpus_extractions_path(paths: list[Path]) -> Path:
    from geomap.corpus import default_extractions_path

    return default_extractions_path([Path(p) for p in paths])


def build_corpus(paths: list[Path], out_dir: Path = Path("output"), **options):
    """One map of a corpus's articles in ``out_dir`` (``geomap.corpus.build_corpus``): places merged
    across articles, the same event reported by several articles merged with all its sources.
    Bad articles are skipped and listed in ``result.corpus.problems``; ``CorpusError`` when none
    could be read."""
    from geomap.corpus import build_corpus as run

    return run([Path(p) for p in paths], Path(out_dir), **options)


def extract_corpus(paths: list[Path], out: Path | None = None, *, cache_path: Path | None = None, **options):
    """Extract a corpus into JSON lines, one article a line (default: ``CORPUS.geomap.jsonl``
    beside it), through the cache (default: ``.geomap-corpus.sqlite`` beside the output).
    Returns the ``CorpusResult`` and whether the file changed; ``CorpusError`` when no article
    could be read."""
    from geomap.corpus import CorpusError, default_extractions_path, extract_corpus as run, write_extractions

    paths = [Path(p) for p in paths]
    out = Path(out) if out else default_extractions_path(paths)
    result = run(paths, cache_path=cache_path or out.parent / ".geomap-corpus.sqlite", **options)
    if not len(result):
        result.close()
        raise CorpusError("no article in the corpus could be read; nothing written", problems=result.problems,
                          path=", ".join(str(p) for p in paths))
    return result, write_extractions(result, out)


def fix_place(data_path: Path, place_id: str, gazetteer_id: str) -> tuple[dict, dict, bool]:
    """``geomap fix``: ``geomap.store.fix_place``, a data file that cannot be written (a read-only
    folder) one ``RenderError`` as build and export give, never an internal error."""
    from geomap.store import fix_place as fix

    with _writing(Path(data_path)):
        return fix(data_path, place_id, gazetteer_id)


def lookup_places(name: str, *, country: str | None = None) -> list[Entry]:
    """The gazetteer entries known by ``name``, countries and regions first, then by population:
    what ``geomap lookup`` lists and ``geomap fix --use`` takes by id."""
    from geomap.gazetteer import Gazetteer

    return Gazetteer().search(name, country)
