"""``geomap watch``: rebuild the map on every save of a data file.

Watches the folders of the inputs (editors save by writing a new file and renaming it, which
a watch on the file itself would miss) with ``watchfiles``, debounced, and rebuilds through
``api.build``. Validation errors are printed, one line each, and the watch goes on: the
previous map stays until the file is valid again.

A folder or JSONL corpus is rebuilt through ``api.build_corpus`` whenever an article or a
data file in it is added, changed or removed, or the JSONL file is saved: its cache extracts
only what is new, so a map of a growing folder of articles stays current.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geomap import api
from geomap.corpus import stale_note
from geomap.errors import GeomapError, InputError
from geomap.store import data_path_for, named_article

__all__ = ["WatchEvent", "rebuild", "watch"]


@dataclass
class WatchEvent:
    """One rebuild: its result, or the errors that stopped it."""

    changed: list[Path]
    result: api.BuildResult | None = None
    errors: list[str] | None = None
    seconds: float = 0.0
    note: str | None = None  # a message instead of a build
    problems: list[str] | None = None  # a corpus's articles the build skipped, one line each

    @property
    def ok(self) -> bool:
        return self.result is not None


def _attempt(changed: list[Path] | None, build: Callable[[], object]) -> WatchEvent:
    """One build, timed; a ``GeomapError`` is caught and kept as its one-line messages."""
    start = time.perf_counter()
    event = WatchEvent(changed or [])
    try:
        event.result = build()
    except GeomapError as exc:
        event.errors = [p.one_line() for p in (getattr(exc, "problems", None) or [exc])]
    except Exception as exc:  # noqa: BLE001 - a bug must not end the watch either
        event.errors = [f"internal error ({type(exc).__name__}: {exc})"]
    event.seconds = time.perf_counter() - start
    return event


def rebuild(paths: list[Path], out_dir: Path, changed: list[Path] | None = None, **build_kwargs) -> WatchEvent:
    """One build; a ``GeomapError`` is caught and returned as its one-line messages."""
    return _attempt(changed, lambda: api.build(paths, out_dir, **build_kwargs))


def watch(paths: list[Path], out_dir: Path = Path("output"), *, on_event: Callable[[WatchEvent], None],
          stop_event=None, debounce_ms: int = 150, force_polling: bool | None = None, **build_kwargs) -> None:
    """Build once, then rebuild whenever one of the data files is saved, until ``stop_event`` is
    set (or Ctrl-C). ``on_event`` receives every build's ``WatchEvent``.

    After the first build an article stands for its data file: a save of the article itself
    (given, or named by a data file given) only prints a hint to merge it with ``geomap extract``
    (the watch never rewrites the file you are editing), and a data file missing for a moment is an
    error, not a re-extraction.
    """
    import watchfiles

    paths = api.input_paths(paths)
    if any(api.is_corpus(p) for p in paths):
        return _watch_corpus(paths, out_dir, on_event=on_event, stop_event=stop_event, debounce_ms=debounce_ms,
                             force_polling=force_polling, **build_kwargs)
    inputs = [p if api.is_data_file(p) else data_path_for(p) for p in paths]
    articles = _watched_articles(paths)
    files = {p.resolve(): p for p in inputs} | articles
    folders = sorted({f.parent for f in files})
    before = _stamps(files)
    first = rebuild(paths, out_dir, **build_kwargs)
    if first.result is not None:  # a data file the first build created is no save of yours
        before.update(_stamps({Path(f).resolve() for f in first.result.written} & set(files)))
    on_event(first)

    for folder in folders:
        if not folder.is_dir():
            raise InputError("no such folder to watch", path=folder)

    def wanted(change, path: str) -> bool:
        return Path(path).resolve() in files

    started = False
    for changes in watchfiles.watch(*folders, watch_filter=wanted, debounce=debounce_ms, step=50,
                                    stop_event=stop_event, recursive=False, force_polling=force_polling,
                                    raise_interrupt=False, rust_timeout=300, yield_on_timeout=True):
        changed = {Path(p).resolve() for _, p in changes} & set(files)
        if not started:  # the watcher is live now: catch saves made while the first build ran
            started = True
            changed |= {f for f, stamp in _stamps(files).items() if stamp != before.get(f)}
        changed = sorted(changed)
        for c in changed:
            if c in articles:
                article, data_path = articles[c]
                on_event(WatchEvent([article], note=stale_note(article, data_path)))
        data_changed = [files[c] for c in changed if c not in articles]
        if data_changed:
            on_event(rebuild(inputs, out_dir, data_changed, **build_kwargs))


def _watched_articles(paths: list[Path]) -> dict[Path, tuple[Path, Path]]:
    """The articles whose saves get a note, by resolved path: (article, its data file). An article
    given as an input, and the article a data file given as an input names (``text_file``): a
    save of either had gone unnoticed when the data file was watched."""
    articles = {}
    for p in paths:
        article, data_path = (named_article(p), p) if api.is_data_file(p) else (p, data_path_for(p))
        if article is not None:
            articles[article.resolve()] = (article, data_path)
    return articles


def rebuild_corpus(paths: list[Path], out_dir: Path, changed: list[Path] | None = None, **build_kwargs) -> WatchEvent:
    """One corpus build (``api.build_corpus``, cached beside the map); its skipped articles are the
    event's ``problems``, a ``GeomapError`` that stops it its ``errors``."""
    event = _attempt(changed, lambda: api.build_corpus(paths, out_dir, progress=False, **build_kwargs))
    if event.result is not None:
        event.problems = [p.one_line() for p in event.result.corpus.problems]
        event.result.corpus.close()
    return event


def _watch_corpus(paths: list[Path], out_dir: Path, *, on_event, stop_event, debounce_ms: int,
                  force_polling: bool | None, **build_kwargs) -> None:
    """``watch`` over a corpus: folders recursively (articles, JSONL files and data files, not
    hidden ones nor the map's own output folder), and single files by name."""
    import watchfiles

    from geomap.corpus import ARTICLE_SUFFIXES, JSONL_SUFFIXES
    from geomap.store import DATA_SUFFIX

    folders = [p.resolve() for p in paths if p.is_dir()]
    files = {p.resolve() for p in paths if not p.is_dir()} | {data_path_for(p).resolve() for p in paths
                                                               if not p.is_dir() and not api.is_corpus(p)}
    output = Path(out_dir).resolve()
    suffixes = ARTICLE_SUFFIXES + JSONL_SUFFIXES

    def wanted(change, path: str) -> bool:
        p = Path(path).resolve()
        if p in files:
            return True
        folder = next((f for f in folders if p.is_relative_to(f)), None)
        return folder is not None and not p.is_relative_to(output) \
            and not any(part.startswith(".") for part in p.relative_to(folder).parts) \
            and (p.suffix.lower() in suffixes or p.name.endswith(DATA_SUFFIX))

    def watched() -> set[Path]:
        return files | {p for folder in folders for p in folder.rglob("*") if p.is_file() and wanted(None, str(p))}

    before = _stamps(watched())
    on_event(rebuild_corpus(paths, out_dir, **build_kwargs))
    roots = sorted(set(folders) | {f.parent for f in files})
    for root in roots:
        if not root.is_dir():
            raise InputError("no such folder to watch", path=root)
    started = False
    for changes in watchfiles.watch(*roots, watch_filter=wanted, debounce=debounce_ms, step=50,
                                    stop_event=stop_event, recursive=bool(folders), force_polling=force_polling,
                                    raise_interrupt=False, rust_timeout=300, yield_on_timeout=True):
        changed = {Path(p).resolve() for _, p in changes}
        if not started:  # the watcher is live now: catch articles that landed while the first build ran
            started = True
            changed |= {f for f, stamp in _stamps(watched()).items() if stamp != before.get(f)}
        if changed:
            on_event(rebuild_corpus(paths, out_dir, sorted(changed), **build_kwargs))


def _stamps(files) -> dict:
    out = {}
    for f in files:
        try:
            st = f.stat()
            out[f] = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            out[f] = None
    return out
