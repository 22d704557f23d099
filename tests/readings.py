"""What geomap reads in a text, in the shapes the per-session regression tests compare: shared by
the test files of the places and events sessions (pytest puts this folder on the import path)."""

from geomap.model import Article
from geomap.pipeline import extract, geoparse


def places(text, index):
    """(text, gazetteer name, country, kind, role) of each place mention geoparsed and not doubtful."""
    return [(r.candidate.text, r.entry.name, r.entry.country, r.entry.kind, r.candidate.role)
            for r in geoparse(text, index=index) if r.entry is not None and not r.doubtful]


def names(text, index):
    """The text of each place mention ``places`` gives."""
    return [p[0] for p in places(text, index)]


def events(text, index, published):
    """(place id, type, date, actors) of each event extracted from ``text``."""
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(e.place, e.type, e.date, e.actors) for e in doc.events]
