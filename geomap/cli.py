"""The ``geomap`` command: a thin skin over ``geomap.api``."""

from __future__ import annotations

import atexit
import gc
import json
import logging
import os
import sys
import time
from pathlib import Path

import click

from geomap import __version__
from geomap.errors import GeomapError, InputError


def _lazy_module(name: str):
    """Import ``name`` on first use (the stdlib's LazyLoader recipe): ``geomap parse`` never
    loads folium and the renderer, so it starts in well under a second."""
    import importlib.util

    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


api = _lazy_module("geomap.api")

__all__ = ["cli", "main"]


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _is_stdout(path: Path) -> bool:
    """Whether ``path`` is this process's standard output (``-o /dev/stdout``): the summary line then
    goes to stderr, so that it does not end up in the piped file."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):  # no such file, or stdout is not a real file (tests)
        return False


def _fail(exc: GeomapError) -> None:
    problems = getattr(exc, "problems", None) or [exc]
    for p in problems:
        click.echo(f"error: {p.one_line()}", err=True)
    sys.exit(2)


class _Group(click.Group):
    """Turns every ``GeomapError`` into one-line messages and exit status 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeomapError as exc:
            _fail(exc)
        except KeyboardInterrupt:  # Ctrl-C: no "Aborted!" alone, and the shell's status for it
            click.echo("interrupted: files are written whole or not at all; run the command again to finish",
                       err=True)
            raise SystemExit(130) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # "geomap fix ... | head": the reader has all it wanted
            try:
                sys.stdout = open(os.devnull, "w")  # nothing more to flush at exit into the closed pipe
            except OSError:
                pass
            raise SystemExit(0) from None
        except Exception as exc:  # a bug in geomap: still one line, the traceback only on request
            if os.environ.get("GEOMAP_DEBUG"):
                raise
            click.echo(f"error: internal error ({type(exc).__name__}: {exc}); "
                       "rerun with GEOMAP_DEBUG=1 to see where", err=True)
            sys.exit(1)


def _check_near(ctx, param, value: str | None) -> str | None:
    """--near: a country's ISO code, or a box south,west,north,east in degrees (as
    ``geomap.resolve.parse_bias`` reads it); anything else is a usage error, not a silent no-op."""
    if not value:
        return value
    if "," in value:
        _check_box(value)
    elif not _is_country_code(value.strip()):
        raise click.BadParameter(f"{value!r} is not a country code (ISO 3166 alpha-2, such as UA) nor a box "
                                 "south,west,north,east in degrees")
    return value


def _check_box(value: str) -> None:
    import math

    parts = value.split(",")
    try:
        south, west, north, east = (float(v) for v in parts)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a box: give four numbers south,west,north,east in degrees, "
                                 "such as 44,22,53,41") from None
    if not all(map(math.isfinite, (south, west, north, east))):
        raise click.BadParameter(f"{value!r}: the box's corners must be numbers, not nan or inf")
    if not (-90 <= south <= north <= 90):
        raise click.BadParameter(f"{value!r}: need -90 <= south <= north <= 90 (latitudes in degrees)")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise click.BadParameter(f"{value!r}: west and east must be longitudes, -180 to 180 degrees")


def _is_country_code(code: str) -> bool:
    import pycountry

    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return False
    return code.upper() == "XK" or pycountry.countries.get(alpha_2=code.upper()) is not None  # XK: Kosovo, GeoNames'


bias_option = click.option("--near", "bias", metavar="CC", callback=_check_near,
                           help="Favour places in this country (ISO code such as UA), or in a box "
                                "south,west,north,east, when names are ambiguous.")


ner_option = click.option("--ner", metavar="MODEL",
                          help="Correct recognition with a spaCy pipeline's entities (a package name such as "
                               "en_core_web_sm, or a folder); needs pip install 'geomap[ner]'.")


def _check_ner(ner, corpus: bool) -> None:
    """Load the --ner pipeline up front, so a missing spaCy or model fails before anything is written."""
    if not ner:
        return
    if corpus:
        raise click.UsageError("--ner works on articles, not on a folder or JSONL corpus")
    from geomap.ner import load_pipeline

    load_pipeline(ner)


def geocoder_options(f):
    """--geocoder / --refresh / --geocoder-cache: online geocoding of places without coordinates."""
    f = click.option("--geocoder-cache", type=click.Path(path_type=Path),
                     help="Geocoder answer cache (default: geocoder-cache.json beside the data file).")(f)
    f = click.option("--refresh", is_flag=True, help="Ask the geocoder again instead of using cached answers.")(f)
    return click.option("--geocoder", metavar="NAME",
                        help="Geocode places without coordinates online through geopy: nominatim, photon, "
                             "arcgis, ... (answers are cached, so rebuilds stay offline).")(f)


def _echo_geocoded(reports) -> None:
    for r in reports or []:
        if r.located or r.not_found or r.asked:
            click.echo(f"{r.summary()} in {_shown(r.data_path)}")


cluster_option = click.option("--cluster-until", "cluster_until", type=click.IntRange(0, 18), default=8,
                              show_default=True, metavar="ZOOM",
                              help="Group crowded markers into numbered clusters below this zoom level (0: never).")


def corpus_options(f):
    """--workers / --executor / --dask / --cache / --progress: a corpus run (a folder or JSONL of articles)."""
    f = click.option("--progress/--no-progress", "progress", default=None,
                     help="Corpus: show a progress bar (default: when stderr is a terminal).")(f)
    f = click.option("--cache", "cache_path", type=click.Path(path_type=Path, dir_okay=False),
                     help="Corpus: the SQLite cache of extractions by text hash (default: .geomap-corpus.sqlite "
                          "in the output folder; export and snapshot read output/'s, when there is one); "
                          "after each run, what no corpus run uses any more is pruned.")(f)
    f = click.option("--dask", "dask_address", metavar="ADDRESS",
                     help="Corpus: extract on a Dask cluster, given its scheduler (tcp://scheduler:8786).")(f)
    f = click.option("--executor", type=click.Choice(["auto", "serial", "process", "dask"]), default="auto",
                     show_default=True,
                     help="Corpus: where to extract: this process, a local process pool, or Dask (a local "
                          "cluster unless --dask names a scheduler); auto: dask with --dask, else a pool.")(f)
    return click.option("--workers", type=click.IntRange(min=1), metavar="N",
                        help="Corpus: worker processes (default: all cores).")(f)


def _reading_options(cache_path, dask_address, **options) -> dict:
    """``extract_corpus``'s options for a command that reads a corpus a build may have cached
    (export, snapshot): its --cache, else the cache of a build into output/, where there is one."""
    default = api.corpus_cache_path(Path("output"))
    return dict(options, address=dask_address, cache_path=cache_path or (default if default.is_file() else None))


def _echo_problems(problems, notes) -> None:
    """A corpus run's skipped articles, then the notes on its cache, a line each on stderr."""
    for problem in problems:
        click.echo(problem.one_line(), err=True)
    for note in notes:
        click.echo(f"note: {note}", err=True)


def _corpus_run(paths, *, build_out=None, extract_out=None, force=False, bias=None, geocoder=None, tiles=True,
                embed=False, cluster_until=None, workers=None, executor="auto", dask_address=None, cache_path=None,
                progress=None, title=None, strict=False):
    """``geomap build`` / ``geomap extract`` over a corpus: problems one line each, then a summary.
    Exit status 0 when at least one article was mapped, 2 when none could be read."""
    if geocoder:
        raise click.UsageError("--geocoder works on articles and data files, not on a folder or JSONL corpus")
    options = dict(bias=bias, workers=workers, executor=executor, address=dask_address, progress=progress)
    if build_out is not None:
        r = api.build(paths, build_out, tiles=tiles, embed=embed, cluster_until=cluster_until, title=title,
                      cache_path=cache_path or api.corpus_cache_path(build_out), force=force, strict=strict, **options)
        corpus = r.corpus
    else:
        out = extract_out or api.corpus_extractions_path(paths)
        corpus, written = api.extract_corpus(paths, out, cache_path=cache_path, force=force, **options)
    _echo_problems(corpus.problems, corpus.notes)
    for conflict in r.conflicts if build_out is not None else []:
        click.echo(f"conflict: {conflict}", err=True)
    if build_out is not None:
        for target in (r.html_path, r.geojson_path) + ((r.embed_path,) if r.embed_path else ()):
            click.echo(f"{'wrote' if target in r.written else 'unchanged'} {_shown(target)}")
        from geomap.export import exported_reports

        events = [e for e in r.document.events if not e.hidden]
        places = {e.place for e in events}
        reports = exported_reports(r.documents)  # what `export --per report` writes: not sentences
        click.echo(corpus.summary())
        click.echo(f"{_count(len(places), 'place')} with events ({len(r.document.places)} named), "
                   f"{_count(len(events), 'event')} from {_count(reports, 'report')}")
    else:
        click.echo(f"{'wrote' if written else 'unchanged'} {_shown(out)}: {corpus.summary()}")
    if corpus.cache_summary():
        click.echo(corpus.cache_summary())


@click.group(cls=_Group, invoke_without_command=True)
@click.version_option(__version__, prog_name="geomap")
@click.pass_context
def cli(ctx):
    """Map the places named in news articles and the events reported there.

    With no command, maps the sample article into output/.

    Example: geomap build data/ukraine-russia-talks-2025-07-23.txt -o output
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(build, paths=(api.SAMPLE_ARTICLE,))


def _require_inputs(paths, command: str) -> None:
    """A usage error for a command given no input, or "-": an empty file list in a script must not
    map the sample article (only bare ``geomap`` does), and only ``parse`` reads standard input."""
    if not paths:
        raise click.UsageError(f"no PATH given: name the articles, data files or corpus to {command}; only geomap "
                               f"with no command maps the sample article (it is {_shown(api.SAMPLE_ARTICLE)})")
    _refuse_stdin(paths, command)


def _refuse_stdin(paths, command: str) -> None:
    if any(str(p) == "-" for p in paths):
        raise click.UsageError(f"geomap {command} does not read standard input (-): save the text to a file and "
                               "pass that (geomap parse - reads standard input; a file named - is ./-)")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for map.html and map.geojson.")
@click.option("--no-tiles", is_flag=True,
              help="Leave out OpenStreetMap's tiles, which a page served over http(s) loads (a page opened from "
                   "a file never does).")
@click.option("--embed", is_flag=True,
              help="Also write embed.html: an iframe snippet that puts the map in a report page.")
@click.option("--embed-src", "embed_src", metavar="URL",
              help="With --embed: where the report page finds map.html (default: beside it); for several maps in "
                   "one report, e.g. -o report/maps/sudan --embed-src maps/sudan/map.html.")
@click.option("--title", metavar="TEXT",
              help="The map's title: the page's <title> and the embed's caption (default: the article's title, or "
                   "\"geomap: N articles\"; a corpus's name).")
@click.option("--strict", is_flag=True,
              help="Corpus: fail (exit status 2, nothing written) when any article is skipped or any data file has "
                   "errors, rather than map the rest (that article without its corrections).")
@cluster_option
@bias_option
@ner_option
@geocoder_options
@corpus_options
def build(paths, out_dir, no_tiles, embed, embed_src, title, strict, cluster_until, bias, ner, geocoder, refresh,
          geocoder_cache, **corpus):
    """Build the map from articles (.txt) or data files (.geomap.yaml).

    An article's data file is created beside it on first build and used from then on, so
    your corrections in it show on the next build.

    A folder of articles (.txt, .md, .html) or a JSONL file ({"id", "text", "title", "url",
    "published"} a line) gives one map of them all, extracted in parallel and cached, so a
    rebuild extracts only new or changed articles.

    Example: geomap build data/ukraine-russia-talks-2025-07-23.geomap.yaml
    """
    _require_inputs(paths, "build")
    corpus_run = any(api.is_corpus(p) for p in paths)
    _check_ner(ner, corpus_run)
    embed = embed_src or embed
    if corpus_run:
        return _corpus_run(list(paths), build_out=out_dir, bias=bias, geocoder=geocoder, tiles=not no_tiles,
                           embed=embed, cluster_until=cluster_until, title=title, strict=strict, **corpus)
    # --strict changes nothing here: a data file with errors, or an article that cannot be read,
    # already stops the build of single articles.
    result = api.build(list(paths), out_dir, bias=bias, tiles=not no_tiles, geocoder=geocoder, refresh=refresh,
                       geocoder_cache=geocoder_cache, embed=embed, cluster_until=cluster_until, ner=ner, title=title)
    from geomap.export import mapped_places

    _echo_geocoded(result.geocoded)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    mapped = mapped_places(result.documents)
    places, events = len(mapped), sum(len(evs) for _, _, evs in mapped)
    for doc, data_file in zip(result.documents, result.data_files):
        _echo_unplaced(doc, data_file)
    for data_file in result.data_files:
        state = "wrote" if data_file in result.written else "read"
        click.echo(f"{state} {_shown(data_file)}")
    for target in (result.html_path, result.geojson_path) + ((result.embed_path,) if result.embed_path else ()):
        state = "wrote" if target in result.written else "unchanged"
        click.echo(f"{state} {_shown(target)}")
    named = sum(len(d.places) for d in result.documents)
    click.echo(f"{_count(places, 'place')} with events ({named} named), {_count(events, 'event')} on the map")
    if not events and named:
        click.echo(f"note: {_count(named, 'place')} named, but none has an event, so the map shows none: add one to "
                   "the data file's events (place: one of its place ids) and build again", err=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _contents(doc) -> str:
    """What a data file holds, as messages count it: "3 places, 1 event"."""
    return f"{_count(len(doc.places), 'place')}, {_count(len(doc.events), 'event')}"


def _echo_unplaced(doc, data_file) -> None:
    """Say which places the map leaves out for want of coordinates, and how to place them."""
    from geomap.export import unplaced_places

    for place, events in unplaced_places(doc):
        click.echo(f"note: {data_file}: place {place.id!r} ({place.name}) has {_count(len(events), 'event')} but "
                   f"no coordinates, so the map leaves it out: find it with `geomap lookup {_quoted(place.name)}` "
                   f"and place it with `geomap fix {_shown(data_file)} {place.id} --use GAZETTEER_ID`, give it lat "
                   "and lon, or build with --geocoder nominatim", err=True)


def _check_country(value: str | None) -> str | None:
    """--country: a country's two-letter ISO code; anything else is a usage error, not an empty list."""
    from geomap.resolve import country_codes

    if value is not None and value.upper() not in country_codes():
        raise click.BadParameter(f"{value!r} is no country's ISO 3166 code (two letters, such as UA or CD)")
    return value


def _quoted(word: str) -> str:
    """A word as a shell takes it as one argument."""
    import shlex

    return shlex.quote(word)


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("-o", "--output", "data_path", type=click.Path(path_type=Path),
              help="Data file to write (default: beside the article, NAME.geomap.yaml).")
@click.option("--force", is_flag=True, help="Overwrite an existing data file (your edits in it are lost).")
@bias_option
@ner_option
@geocoder_options
@corpus_options
def extract(article, data_path, force, bias, ner, geocoder, refresh, geocoder_cache, **corpus):
    """Extract an article's places and events into an editable data file.

    Over an existing data file, merges the fresh extraction into it: every value you changed,
    every place or event you added stays, and what you deleted does not come back.

    A folder or JSONL corpus gives one JSON line per article (default: CORPUS.geomap.jsonl
    beside it); --force extracts again what the cache holds.

    Example: geomap extract article.txt -o data/article.geomap.yaml
    """
    _refuse_stdin([article], "extract")
    _check_ner(ner, api.is_corpus(article))
    if api.is_corpus(article):
        return _corpus_run([article], extract_out=data_path, force=force, bias=bias, geocoder=geocoder, **corpus)
    r = api.extract_into(article, data_path, force=force, bias=bias, ner=ner)
    doc, path = r.document, r.data_path
    if r.merge is None:
        click.echo(f"wrote {_shown(path)}: {_contents(doc)}",
                   err=_is_stdout(path))
    else:
        state = "merged into" if r.written else "unchanged"
        click.echo(f"{state} {_shown(path)}: {r.merge.summary()} ({_contents(doc)})")
        if r.merge.base_missing:
            click.echo(_no_base_note(r.merge.added))
        for renamed in r.merge.renamed:
            was, now = renamed.split(" -> ")
            click.echo(f"  place {was!r} as extracted is your {now!r} (the same gazetteer entry): merged into it, "
                       "its events with it")
        for c in r.merge.conflicts:
            click.echo(f"  conflict: {c.describe()}")
    if geocoder:
        from geomap.geocoders import geocode_file

        _echo_geocoded([geocode_file(path, geocoder, cache_path=geocoder_cache, refresh=refresh)])


def _no_base_note(added: list[str]) -> str:
    """What a merge without the base copy could not do: tell a deletion from something new."""
    note = ("  no base copy of the last extraction (.NAME.geomap.base.yaml): every difference was kept as yours, "
            "but what you deleted cannot be told from what is new, so it is back")
    if added:
        shown = ", ".join(added[:5]) + (f" and {len(added) - 5} more" if len(added) > 5 else "")
        note += f": delete again what you had deleted of the {len(added)} added ({shown})"
    return note + "; from now on the base copy keeps deletions deleted"


@cli.command()
@click.argument("datafile", type=click.Path(path_type=Path))
@click.argument("place_id")
@click.option("--use", "gazetteer_id", metavar="GAZETTEER_ID",
              help="The gazetteer id to resolve the place as: one of its alternatives (or any gazetteer id).")
def fix(datafile, place_id, gazetteer_id):
    """Resolve a place as another gazetteer entry; without --use, list its alternatives.

    Sets the place's gazetteer_id and takes that entry's coordinates, kind and country; your
    comments in the file stay.

    Example: geomap fix data/article.geomap.yaml odessa --use gn:698740
    """
    from geomap.store import find_place_node, load_tree, parse_tree

    api.refuse_article_as_data_file(datafile)
    if gazetteer_id is None:
        tree = load_tree(datafile)
        parse_tree(tree, datafile)  # a file that is not a valid data file: its problems, as fix_place gives them
        node = find_place_node(tree, place_id, datafile)
        alternatives = node.get("alternatives") or []
        # Namesakes of one country ("Pishchane (city, UA)" five times) are told apart by their region.
        regional = len({(a.get("name"), a.get("country")) for a in alternatives}) < len(alternatives)
        click.echo(f"{place_id}: {_place_line(node, regional)}")
        for alt in alternatives:
            mark = "  <- current" if alt.get("id") == node.get("gazetteer_id") else ""
            score = f"  score {alt.get('score')}" if alt.get("score") is not None else ""
            click.echo(f"  {str(alt.get('id')):<14} {_place_line(alt, regional)}{score}{mark}")
        click.echo(f"fix with: geomap fix {_shown(datafile)} {place_id} --use GAZETTEER_ID")
        return
    before, after, written = api.fix_place(datafile, place_id, gazetteer_id)
    click.echo(f"{place_id}: {_place_line(before, True)} -> {_place_line(after, True)}")
    click.echo(f"{'wrote' if written else 'unchanged'} {_shown(datafile)}")


@cli.command()
@click.argument("name")
@click.option("--country", metavar="CC", callback=lambda ctx, param, value: _check_country(value),
              help="Only entries in this country (ISO code such as CD).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1), help="How many entries to list.")
def lookup(name, country, limit):
    """Search the offline gazetteer for a place name: the ids that `geomap fix --use` takes.

    Lists the entries known by NAME (any of their names; case and accents aside), countries and
    regions first, then towns by population, with each one's region, coordinates and population.

    Example: geomap lookup Sake --country CD
    """
    found = api.lookup_places(name, country=country)
    if not found:
        where = f" in {country.upper()}" if country else ""
        click.echo(f'no gazetteer entry is named "{name}"{where}; give a place the gazetteer lacks its own lat and '
                   'lon in the data file, or build with --geocoder (README, "Places the gazetteer does not know")',
                   err=True)
        sys.exit(1)  # as grep: nothing found
    for entry in found[:limit]:
        population = f"  population {entry.population:,}" if entry.population else ""
        click.echo(f"  {entry.id:<14} {_place_line(entry.as_dict(), True)}{population}")
    shown = f"{limit} of {len(found)}" if len(found) > limit else f"{len(found)}"
    click.echo(f'{shown} {"entry" if len(found) == 1 else "entries"} named "{name}"; '
               "fix a place with: geomap fix DATAFILE PLACE_ID --use GAZETTEER_ID")


def _place_line(p, regional: bool = False) -> str:
    region = None
    if regional and p.get("kind") in ("city", "admin2") and p.get("lat") is not None:
        from geomap.boundaries import admin1_containing

        found = admin1_containing(float(p["lat"]), float(p["lon"]), p.get("country"))
        region = found.name if found else None
    what = ", ".join(str(v) for v in (p.get("kind"), region, p.get("country")) if v)  # a sea has no country
    where = f" {p.get('lat')}, {p.get('lon')}" if p.get("lat") is not None else " (no coordinates)"
    return f"{p.get('name')}" + (f" ({what})" if what else "") + where


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for map.html and map.geojson.")
@click.option("--no-tiles", is_flag=True,
              help="Leave out OpenStreetMap's tiles, which a page served over http(s) loads (a page opened from "
                   "a file never does).")
@bias_option
def watch(paths, out_dir, no_tiles, bias):
    """Rebuild the map on every save of the data files, until Ctrl-C.

    Validation errors are printed and the watch goes on; the previous map stays. A folder or
    JSONL corpus is rebuilt whenever an article or data file in it is added, changed or
    removed (its cache extracts only what is new).

    Example: geomap watch data/ukraine-russia-talks-2025-07-23.geomap.yaml -o output
    """
    _require_inputs(paths, "watch")
    from geomap.watch import watch as run_watch

    def report(event):
        stamp = time.strftime("%H:%M:%S")
        if event.note:
            click.echo(f"[{stamp}] {event.note}")
        elif event.errors:
            for line in event.errors:
                click.echo(f"[{stamp}] error: {line}", err=True)
            click.echo(f"[{stamp}] not rebuilt: the previous map stays", err=True)
        else:
            for line in event.problems or []:
                click.echo(f"[{stamp}] {line}", err=True)
            r = event.result
            what = ", ".join(_shown(c) for c in event.changed) or "start"
            state = "rebuilt" if r.html_path in r.written or r.geojson_path in r.written else "unchanged"
            events = sum(len(d.events) for d in r.documents)
            click.echo(f"[{stamp}] {what}: {state} {_shown(r.html_path)} ({_count(events, 'event')}) in {event.seconds:.2f} s")

    click.echo("watching; Ctrl-C to stop")
    try:
        run_watch(list(paths), out_dir, on_event=report, bias=bias, tiles=not no_tiles)
    except KeyboardInterrupt:  # the way a watch is meant to end (during a build; watchfiles stops itself)
        pass
    click.echo("stopped watching")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--docs", "docs_path", type=click.Path(path_type=Path),
              help='JSONL input, one {"id": ..., "text": ...} a line; prints one {"id", "mentions"} a line.')
@click.option("--no-demonyms", "no_demonyms", is_flag=True,
              help="Leave out demonyms (\"Ukrainian\", listed with role demonym as mentions of their country).")
@bias_option
@ner_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Parse on N processes (a JSONL file or a folder), the output in input order.")
def parse(files, docs_path, no_demonyms, bias, ner, workers):
    """Run the geoparser alone and print the place mentions as JSON lines.

    Offsets are Python string indices into the text geomap reads: a --docs line's "text", an
    article's text after its front matter (a Markdown article's plain text), an HTML page's main
    text. A --docs line that is not a document is reported on stderr (FILE:LINE: problem) and
    skipped, as geomap build does. A .jsonl FILE is read as --docs; a folder, article by
    article, as build reads a corpus; "-", or no FILE at all, standard input as one text.
    --workers parses them on several cores, in the same order.

    Example: geomap parse --docs corpus.jsonl > mentions.jsonl
    """
    from geomap.corpus import JSONL_SUFFIXES, folder_articles, read_article_file
    from geomap.model import Article
    from geomap.index import load_index
    from geomap.pipeline import mentions_line, parse_lines

    if ner and workers > 1:
        raise click.UsageError("--ner runs in one process: leave out --workers")
    if not files and docs_path is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("give FILE ..., --docs JSONL, or a text on standard input")
        files = ("-",)
    index = load_index()
    if ner:
        from geomap.ner import load_pipeline

        ner = load_pipeline(ner)  # a missing spaCy or model fails here, before any output
    out = _Stdout()
    # At exit, skip the final garbage collection's walk over the name caches this run fills (a
    # tenth of a second on a large corpus); objects are still freed and exit handlers still run.
    atexit.register(gc.freeze)

    def emit(id_json, text):
        out.write(mentions_line(id_json, text, index=index, bias=bias, ner=ner, demonyms=not no_demonyms))

    def parse_all(path, items, nothing_read):
        counts = {"parsed": 0, "skipped": 0}

        def documents():
            for item in items:
                if isinstance(item, GeomapError):
                    click.echo(item.one_line(), err=True)
                    counts["skipped"] += 1
                else:
                    counts["parsed"] += 1
                    yield item

        for lines in parse_lines(documents(), index=index, bias=bias, ner=ner, demonyms=not no_demonyms,
                                 workers=workers):
            out.write(lines)
        if counts["skipped"] and not counts["parsed"]:
            out.flush()
            raise GeomapError(nothing_read, path=path)

    def parse_docs(path):
        parse_all(path, _jsonl_docs(path), "no line could be read as a document; nothing parsed")

    if docs_path is not None:
        parse_docs(docs_path)
    for f in files:
        if Path(f).suffix.lower() in JSONL_SUFFIXES:  # a JSONL file is --docs input
            parse_docs(f)
        elif str(f) == "-":
            emit(json.dumps("-"), sys.stdin.buffer.read().decode("utf-8", errors="replace")
                 .replace("\r\n", "\n"))
        elif Path(f).is_dir():  # a folder: its articles, named and read as build reads a corpus
            parse_all(f, ((json.dumps(a.id, ensure_ascii=False), a.text) if isinstance(a, Article) else a
                          for a in folder_articles(Path(f))), "no article in the folder could be read; nothing parsed")
        else:
            article = read_article_file(f)
            emit(json.dumps(article.id, ensure_ascii=False), article.text)
    out.flush()


class _Stdout:
    """Standard output for JSON lines: a full disk or a closed pipe is one line on stderr, not a traceback."""

    def __init__(self):
        self.stream = sys.stdout

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except OSError as exc:
            self._failed(exc)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: OSError):
        try:  # what is still buffered would fail again at exit: send it nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), self.stream.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        if isinstance(exc, BrokenPipeError):  # the reader (head, less) stopped reading: nothing to say
            sys.exit(1)
        raise GeomapError(f"cannot write to standard output: {exc.strerror or exc}") from None


# Longest --docs line read: a document's text may have MAX_ARTICLE_CHARS characters of up to 4 bytes.
def _max_line_bytes() -> int:
    from geomap.corpus import MAX_ARTICLE_CHARS

    return 4 * MAX_ARTICLE_CHARS + 4096


def _jsonl_docs(path: Path):
    """For each line of a JSONL file: (the id as JSON, the text), or the ``InputError`` that says why
    the line is not a document. Lines are read as a corpus build reads them (``geomap.corpus``):
    orjson first, json for what it refuses; a lone surrogate in the id or text is refused, since
    no UTF-8 output can hold it. An id may be any JSON value; none gives the line number."""
    import codecs

    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below: only opening it is an error of the whole file
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    limit = _max_line_bytes()
    with f:
        for lineno, raw in enumerate(iter(lambda: f.readline(limit), b""), 1):
            if len(raw) == limit and not raw.endswith(b"\n"):
                while (rest := f.readline(limit)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the line
                yield InputError(f"a line of more than {limit:,} bytes: not a document", path=path, line=lineno)
                continue
            if not raw.strip():
                continue
            if lineno == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield _jsonl_doc(raw, path, lineno)
            except InputError as exc:
                yield exc


def _jsonl_doc(raw: bytes, path: Path, lineno: int) -> tuple[str, str]:
    from geomap.corpus import check_unicode, json_line

    obj = json_line(raw, path, lineno)
    text = obj.get("text") if isinstance(obj, dict) else None
    if not isinstance(text, str):
        raise InputError('expected a JSON object with a "text" string', path=path, line=lineno, field="text")
    check_unicode(text, path, lineno, "text")
    doc_id = obj.get("id", lineno)
    try:
        id_json = json.dumps(doc_id, ensure_ascii=False, allow_nan=False)
    except (ValueError, RecursionError):
        raise InputError("not an id (NaN, Infinity or nested too deeply)", path=path, line=lineno,
                         field="id") from None
    check_unicode(doc_id if isinstance(doc_id, str) else id_json, path, lineno, "id")
    return id_json, text


@cli.command()
@click.argument("datafile", type=click.Path(path_type=Path))
def check(datafile):
    """Validate a data file and list every problem with its line and field.

    Given a folder (a corpus), checks every data file (*.geomap.yaml) in it and its subfolders,
    then says how many are ok; the exit status is 1 when any has a problem, 2 when it holds none.

    Example: geomap check data/ukraine-russia-talks-2025-07-23.geomap.yaml
    """
    from geomap.store import read_document

    if datafile.is_dir():
        return _check_folder(datafile)
    api.refuse_article_as_data_file(datafile)
    notes: list[str] = []
    doc = read_document(datafile, notes=notes)
    if note := api.article_changed_note(doc, datafile):
        notes.append(note)
    for note in notes:
        click.echo(f"note: {note}")
    _echo_unplaced(doc, datafile)
    click.echo(f"{datafile}: ok ({_contents(doc)})")


def _check_folder(folder: Path) -> None:
    """``geomap check FOLDER``: each data file's problems (or "ok"), then a summary line; exit
    status 1 when any file has a problem."""
    files = api.data_files_under(folder)
    if not files:  # an error: a CI check pointed at the wrong folder must not pass
        raise InputError("is a folder with no data files (*.geomap.yaml) to check: name a data file, or the folder "
                         "that holds them; geomap extract ARTICLE writes one", path=_shown(folder))
    bad = 0
    for path in files:
        result = api.check_file(path)
        for note in result.notes:
            click.echo(f"note: {note}")
        if result.document is None:
            bad += 1
            for problem in result.problems:
                click.echo(f"error: {problem.one_line()}", err=True)
            continue
        _echo_unplaced(result.document, path)
        click.echo(f"{path}: ok ({_contents(result.document)})")
    click.echo(f"{_count(len(files), 'data file')} checked in {_shown(folder)}: {len(files) - bad} ok, "
               f"{bad} with problems")
    if bad:
        sys.exit(1)


@cli.command("export")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["geojson", "csv", "kml"]),
              help="Output format (default: from the file name's suffix).")
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="File to write: .geojson, .csv or .kml; - writes to standard output (give --format).")
@click.option("--per", type=click.Choice(["event", "report"]), default="event", show_default=True,
              help="Corpus: one row (placemark, feature) per event of the map, merging every article's report "
                   "of it; or per report: each article's events apart, with that article's source and date.")
@click.option("--excel", is_flag=True,
              help="CSV for Excel: UTF-8 with a byte-order mark, without which Excel shows \"Khān Yūnis\" as "
                   "\"KhÄn YÅ«nis\".")
@bias_option
@corpus_options
def export_command(paths, fmt, out, per, excel, bias, **corpus):
    """Export the places and events of articles, data files or a corpus as GeoJSON, CSV or KML.

    CSV has one row per event in ACLED-style columns (event_id_cnty, event_date, event_type,
    sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude,
    geo_precision, source, notes, fatalities) followed by geomap's own; KML opens in Google Earth.

    A folder or JSONL corpus is exported as its map shows it (--per event): one row per event,
    whose reports in several articles are merged, as build merges them. Its source names every
    outlet ("; " between them), notes every report's sentence, and fatalities the highest toll
    a single report gives (the reports tell of the same dead: never add them up). Its GeoJSON is
    the map's map.geojson, a feature per place. --per report writes each article's events apart,
    each with its own article's title, source and date. What a build cached is read from its
    cache (--cache, else output/.geomap-corpus.sqlite when there is one); only the rest is extracted.

    Example: geomap export data/ukraine-russia-talks-2025-07-23.geomap.yaml -o events.csv
    """
    _require_inputs(paths, "export")
    if str(out) == "-":
        if fmt is None:
            raise click.UsageError("-o - writes to standard output: give its --format (geojson, csv or kml)")
        out = Path("/dev/stdout")
    skipped: list = []  # a corpus's articles that could not be read: reported once it is exported
    notes: list = []  # and what went wrong with its cache
    docs, fmt, written = api.export(list(paths), out, fmt, per=per, excel=excel, bias=bias, on_problem=skipped.append,
                                    on_note=notes.append, **_reading_options(**corpus))
    _echo_problems(skipped, notes)
    from geomap.export import exported_events

    events = exported_events(docs)  # what was written: not the events of hidden or unplaced places
    click.echo(f"{'wrote' if written else 'unchanged'} {_shown(out)} ({fmt}, {_count(events, 'event')})", err=_is_stdout(out))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", default="map.png", show_default=True,
              type=click.Path(path_type=Path, dir_okay=False), help="PNG file to write.")
@click.option("--width", type=click.IntRange(100, 8000), default=1200, show_default=True, help="Width in CSS pixels.")
@click.option("--height", type=click.IntRange(100, 8000), default=800, show_default=True, help="Height in CSS pixels.")
@click.option("--scale", type=click.FloatRange(0.5, 4), default=1.0, show_default=True,
              help="Device pixel ratio: 2 gives a sharp image at twice the size, for print.")
@click.option("--title", metavar="TEXT", help="A title written on the picture, top left (default: none).")
@cluster_option
@bias_option
@corpus_options
def snapshot(paths, out, width, height, scale, title, cluster_until, bias, **corpus):
    """Write a PNG of the map (headless Chromium, offline: country outlines, no tiles).

    A folder or JSONL corpus gives its one merged map, as build draws it, read from the
    build's cache as export reads it.

    Example: geomap snapshot data/ukraine-russia-talks-2025-07-23.geomap.yaml -o map.png --width 1000 --height 640
    --title "Ukraine and Russia, July 2025"
    """
    _require_inputs(paths, "snapshot")
    skipped: list = []
    notes: list = []
    _, written = api.snapshot(list(paths), out, width=width, height=height, scale=scale, bias=bias, title=title,
                              cluster_until=cluster_until, on_problem=skipped.append, on_note=notes.append,
                              **_reading_options(**corpus))
    _echo_problems(skipped, notes)
    click.echo(f"{'wrote' if written else 'unchanged'} {_shown(out)} "
               f"({round(width * scale)}x{round(height * scale)} PNG)")


def main():
    # geomap's own notes (the gazetteer index compiled on first use) on stderr, as the CLI's other notes are
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("geomap: %(message)s"))
    logger = logging.getLogger("geomap")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    cli(prog_name="geomap")
