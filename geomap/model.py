"""Plain dataclasses passed between the pipeline stages.

Offsets are Python string indices into ``Article.text`` (the body, front matter excluded).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Article", "Mention", "Place", "Figure", "figure_dict", "Source", "Event", "Document", "KINDS", "PRECISIONS",
           "spellings_of", "own_spot"]

# What a gazetteer entry is, and how precisely a place so resolved can be drawn.
# A "point" is no gazetteer entry: coordinates an article writes ("geolocated to 34.3712, 73.4709").
KINDS = ("city", "admin2", "admin1", "country", "continent", "region", "point")
PRECISIONS = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country", "continent": "country",
              "region": "admin1", "point": "point"}


@dataclass(frozen=True)
class Article:
    text: str
    id: str = "article"
    title: str | None = None
    published: str | None = None  # ISO 8601 date; gives the year to dates like "July 22"
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Mention:
    """A place name as written, at ``text[start:end]`` of the article."""

    text: str
    start: int
    end: int
    role: str = "place"  # "place", "possessive", "demonym", "qualifier"
    gazetteer_id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None
    country: str | None = None
    score: float | None = None
    alternatives: tuple = ()


@dataclass
class Place:
    id: str
    name: str
    lat: float | None
    lon: float | None
    kind: str = "city"
    precision: str = "point"
    country: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    coord_source: str = "gazetteer"  # gazetteer, geocoder, user or text (coordinates the article writes)
    score: float | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    alternatives: list[dict] = field(default_factory=list)
    hidden: bool = False
    # The articles' own spellings of the place ("Khan Younis" for Khān Yūnis), for the map's place
    # finder: a corpus's cache keeps them, as it keeps no article text to read the mentions in.
    # Never written to a data file (its mentions' offsets say the same).
    spellings: list[str] = field(default_factory=list, compare=False)


@dataclass
class Figure:
    text: str
    value: float
    unit: str
    # This event's part of ``value`` when the sentence gives one figure for a list of places
    # ("killed 12 people across Oklahoma, Kansas and Missouri": 4 each), split as ACLED splits a
    # toll it has no breakdown of: evenly, the remainder to the first named. None: all of it.
    share: float | None = None


def figure_dict(figure: Figure) -> dict:
    """A figure as plain JSON data: its share only when it has one."""
    d = {"text": figure.text, "value": figure.value, "unit": figure.unit}
    if figure.share is not None:
        d["share"] = figure.share
    return d


@dataclass
class Source:
    """The sentence an event was read from, with its offsets in the article.

    On a map of many articles (``geomap.corpus``) an event may have sources in several
    articles, so each source also names its article; in one article's data file they stay None.
    """

    text: str
    start: int
    end: int
    article_id: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass
class Event:
    id: str
    place: str
    type: str
    date: str | None = None
    approximate: bool = False
    actors: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    summary: str = ""
    sources: list[Source] = field(default_factory=list)
    hidden: bool = False


@dataclass
class Document:
    """One article with everything extracted from it: what the data file holds."""

    article: Article
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def place(self, place_id: str) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)


def spellings_of(place: Place, text: str) -> list[str]:
    """How the article spelled ``place``: its mentions' text in ``text`` (the article's), distinct,
    in the order first used; the place's kept ``spellings`` when the text is not at hand."""
    if not text:
        return list(place.spellings)
    spelled = (text[start:end].strip() for start, end in place.mentions if 0 <= start < end <= len(text))
    return [s for s in dict.fromkeys(spelled) if s]


def own_spot(place: Place) -> bool:
    """Whether the place is drawn at a spot of its own, not where its gazetteer entry is: one the
    user placed, or one the article gives coordinates for ("geolocated it to 29.3544, 71.6911":
    that spot in Bahawalpur, not the city's point that other articles' Bahawalpur is at)."""
    return place.coord_source in ("user", "text")
