"""The ``geomap`` command: a thin skin over ``geomap.api``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from geomap import __version__, api
from geomap.errors import GeomapError, StoreFormatError

__all__ = ["cli", "main"]


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


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
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug in geomap: still one line, the traceback only on request
            if os.environ.get("GEOMAP_DEBUG"):
                raise
            click.echo(f"error: internal error ({type(exc).__name__}: {exc}); "
                       "rerun with GEOMAP_DEBUG=1 to see where", err=True)
            sys.exit(1)


bias_option = click.option("--near", "bias", metavar="CC",
                           help="Favour places in this country (ISO code such as UA) when names are ambiguous.")


@click.group(cls=_Group, invoke_without_command=True)
@click.version_option(__version__, prog_name="geomap")
@click.pass_context
def cli(ctx):
    """Map the places named in news articles and the events reported there.

    With no command, maps the sample article into output/.

    Example: geomap build data/ukraine-russia-talks-2025-07-23.txt -o output
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(build)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for map.html and map.geojson.")
@click.option("--no-tiles", is_flag=True, help="Leave out the online tile layer (offline outlines only).")
@bias_option
def build(paths, out_dir, no_tiles, bias):
    """Build the map from articles (.txt) or data files (.geomap.yaml).

    An article's data file is created beside it on first build and used from then on, so
    your corrections in it show on the next build.

    Example: geomap build data/ukraine-russia-talks-2025-07-23.geomap.yaml
    """
    result = api.build(list(paths), out_dir, bias=bias, tiles=not no_tiles)
    places = sum(1 for d in result.documents for p in d.places if any(e.place == p.id for e in d.events))
    events = sum(len(d.events) for d in result.documents)
    for data_file in result.data_files:
        state = "wrote" if data_file in result.written else "read"
        click.echo(f"{state} {_shown(data_file)}")
    for target in (result.html_path, result.geojson_path):
        state = "wrote" if target in result.written else "unchanged"
        click.echo(f"{state} {_shown(target)}")
    named = sum(len(d.places) for d in result.documents)
    click.echo(f"{places} places with events ({named} named), {events} events")


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("-o", "--output", "data_path", type=click.Path(path_type=Path),
              help="Data file to write (default: beside the article, NAME.geomap.yaml).")
@click.option("--force", is_flag=True, help="Overwrite an existing data file (your edits in it are lost).")
@bias_option
def extract(article, data_path, force, bias):
    """Extract an article's places and events into an editable data file.

    Example: geomap extract article.txt -o data/article.geomap.yaml
    """
    doc, path, _ = api.extract_file(article, data_path, force=force, bias=bias)
    click.echo(f"wrote {_shown(path)}: {len(doc.places)} places, {len(doc.events)} events")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--docs", "docs_path", type=click.Path(path_type=Path),
              help='JSONL input, one {"id": ..., "text": ...} a line; prints one {"id", "mentions"} a line.')
@click.option("--no-demonyms", "no_demonyms", is_flag=True,
              help="Leave out demonyms (\"Ukrainian\", listed with role demonym as mentions of their country).")
@bias_option
def parse(files, docs_path, no_demonyms, bias):
    """Run the geoparser alone and print the place mentions as JSON lines.

    Offsets are Python string indices into the text.

    Example: geomap parse --docs corpus.jsonl > mentions.jsonl
    """
    from geomap.article import read_article
    from geomap.index import load_index
    from geomap.pipeline import geoparse, unresolved_kind

    index = load_index()
    out = sys.stdout

    def emit(doc_id, text):
        mentions = []
        for r in geoparse(text, index=index, bias=bias):
            c, e = r.candidate, r.entry
            if c.role == "demonym" and no_demonyms:
                continue
            if e is None:  # recognized but not in the gazetteer: reported without coordinates
                mentions.append({"text": c.text, "start": c.start, "end": c.end, "name": c.text, "lat": None,
                                 "lon": None, "kind": unresolved_kind(c.text), "country": None, "role": c.role,
                                 "gazetteer_id": None, "score": 0.0})
                continue
            mentions.append({"text": c.text, "start": c.start, "end": c.end, "name": e.name, "lat": e.lat,
                             "lon": e.lon, "kind": e.kind, "country": e.country, "role": c.role,
                             "gazetteer_id": e.id, "score": round(r.confidence, 3)})
        out.write(json.dumps({"id": doc_id, "mentions": mentions}, ensure_ascii=False) + "\n")

    if docs_path is not None:
        from geomap.article import read_text

        for lineno, line in enumerate(read_text(docs_path).split("\n"), 1):  # not splitlines: U+2028 is text
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                text = doc["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                raise GeomapError('expected a JSON object with a "text" string', path=docs_path, line=lineno,
                                  field="text") from None
            emit(doc.get("id", lineno), text)
    for f in files:
        article = read_article(f)
        emit(article.id, article.text)


@cli.command()
@click.argument("datafile", type=click.Path(path_type=Path))
def check(datafile):
    """Validate a data file and list every problem with its line and field.

    Example: geomap check data/ukraine-russia-talks-2025-07-23.geomap.yaml
    """
    from geomap.store import read_document

    doc = read_document(datafile)
    click.echo(f"{datafile}: ok ({len(doc.places)} places, {len(doc.events)} events)")


def main():
    cli(prog_name="geomap")
