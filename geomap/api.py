"""The Python API the CLI is a thin skin over."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geomap.article import read_article
from geomap.errors import InputError, RenderError
from geomap.export import geojson_text
from geomap.model import Document
from geomap.pipeline import extract
from geomap.render import map_html
from geomap.store import DATA_SUFFIX, data_path_for, read_document, write_atomic, write_document

__all__ = ["SAMPLE_ARTICLE", "BuildResult", "load", "extract_file", "build", "is_data_file"]

SAMPLE_ARTICLE = Path(__file__).resolve().parent.parent / "data" / "ukraine-russia-talks-2025-07-23.txt"


@dataclass
class BuildResult:
    documents: list[Document]
    html_path: Path
    geojson_path: Path
    data_files: list[Path]
    written: list[Path]  # files whose content changed


def is_data_file(path: Path) -> bool:
    return Path(path).name.endswith((DATA_SUFFIX, ".yaml", ".yml"))


def extract_file(article_path: Path, data_path: Path | None = None, *, force: bool = False,
                 bias: str | None = None) -> tuple[Document, Path, bool]:
    """Extract an article into its data file. Refuses to overwrite an existing one unless ``force``."""
    article_path = Path(article_path)
    data_path = Path(data_path) if data_path else data_path_for(article_path)
    if data_path.exists() and not force:
        raise InputError("data file exists and may hold your edits; pass --force to overwrite it",
                         path=data_path)
    doc = extract(read_article(article_path), bias=bias)
    return doc, data_path, write_document(doc, data_path)


def load(path: Path, *, bias: str | None = None) -> tuple[Document, Path, bool]:
    """A document from a data file, or from an article through its data file (created when missing).

    The data file wins over the article: it holds the user's corrections.
    """
    path = Path(path)
    if is_data_file(path):
        return read_document(path), path, False
    data_path = data_path_for(path)
    if data_path.exists():
        return read_document(data_path), data_path, False
    doc = extract(read_article(path), bias=bias)
    return doc, data_path, write_document(doc, data_path)


def build(paths: list[Path] | None = None, out_dir: Path = Path("output"), *, bias: str | None = None,
          tiles: bool = True) -> BuildResult:
    """Map articles or data files into ``out_dir/map.html`` and ``out_dir/map.geojson``.

    Every input is read and validated before anything is written, so a bad file leaves the
    previous map untouched.
    """
    paths = [Path(p) for p in (paths or [SAMPLE_ARTICLE])]
    docs, data_files, written = [], [], []
    for p in paths:
        doc, data_path, changed = load(p, bias=bias)
        docs.append(doc)
        data_files.append(data_path)
        if changed:
            written.append(data_path)
    out_dir = Path(out_dir)
    html_path, geojson_path = out_dir / "map.html", out_dir / "map.geojson"
    page = map_html(docs, tiles=tiles)
    geojson = geojson_text(docs)
    try:
        for target, content in ((geojson_path, geojson), (html_path, page)):
            if write_atomic(target, content):
                written.append(target)
    except OSError as exc:
        raise RenderError(f"cannot write: {exc.strerror}", path=exc.filename or out_dir) from None
    return BuildResult(docs, html_path, geojson_path, data_files, written)
