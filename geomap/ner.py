"""The optional NER stage: a spaCy pipeline's entities correct the recognizer's candidates.

Runs between ``recognize`` and ``resolve`` when asked (``geoparse(text, ner="en_core_web_sm")``,
``geomap parse --ner MODEL``). Install with ``pip install 'geomap[ner]'`` plus a spaCy pipeline
that has an ``ner`` or ``entity_ruler`` component. Without it geomap's output is unchanged.

- A candidate inside an entity that names no place (a PERSON, a NORP that is no demonym, a
  WORK_OF_ART...) is dropped: "Washington" in "George Washington".
- A GPE, LOC or FAC entity that overlaps no candidate and whose name the gazetteer knows is
  added: recognition no longer hangs on the recognizer's capitalization rules alone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from geomap.errors import GeomapError
from geomap.index import GazetteerIndex
from geomap.recognize import Candidate, _attach_qualifiers, _place
from geomap.text import normalize

__all__ = ["NOT_PLACE_LABELS", "PLACE_LABELS", "NerError", "apply_ner", "load_pipeline"]

# OntoNotes labels, as spaCy's English pipelines use them. GPE: countries, cities, states;
# LOC: other locations (seas, mountain ranges, regions); FAC: buildings, airports, bridges.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels of names of something other than a place, even when they hold a place name: a
# candidate inside one is dropped ("George Washington", "Washington Irving"). NORP
# (nationalities, religious and political groups) covers the recognizer's demonyms too
# ("Turkish" for Turkey): those are kept (see ``_inside_non_place``).
# ORG is not one of them: geomap, like LGL's annotators, counts the place in an institution's
# name as a place ("the Mansfield Police Department", "Texas Southern University"), and the
# recognizer already drops newspapers' names. On LGL, dropping ORG-tagged candidates lost a
# fifth of the recall. EVENT is not one either: "the Boston Marathon" still happens in Boston.
NOT_PLACE_LABELS = frozenset({"PERSON", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "LAW"})

_ENTITY_FACTORIES = {"ner", "beam_ner", "entity_ruler"}
_IDLE_FACTORIES = {"parser", "beam_parser", "tagger", "senter", "morphologizer", "lemmatizer", "attribute_ruler",
                   "textcat", "textcat_multilabel"}


class NerError(GeomapError):
    """spaCy is not installed, or the named pipeline cannot be loaded."""


@lru_cache(maxsize=4)
def load_pipeline(model: str):
    """The spaCy pipeline ``model`` (a package name such as "en_core_web_sm" or a folder), loaded once.

    ``NerError`` when spaCy is missing, the pipeline cannot be found or it finds no entities.
    """
    try:
        import spacy
    except ImportError:
        raise NerError("the NER stage needs spaCy: pip install 'geomap[ner]'", field="--ner") from None
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # spaCy's E050 (no such package or folder) and E053 (no config.cfg)
        raise NerError(f"cannot load the spaCy pipeline {model!r}: install it (python -m spacy download "
                       f"{model}) or give the path of a saved pipeline ({str(exc).splitlines()[0]})",
                       field="--ner") from None
    if not _ENTITY_FACTORIES & {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}:
        raise NerError(f"the spaCy pipeline {model!r} has no component that finds entities (ner, entity_ruler)",
                       field="--ner")
    return nlp


def _pipeline(nlp):
    """``nlp`` as given (a loaded spaCy ``Language``), or loaded by name or path."""
    return load_pipeline(str(nlp)) if isinstance(nlp, str) or hasattr(nlp, "__fspath__") else nlp


def _entities(text: str, nlp) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities spaCy finds in ``text``, as Python string offsets."""
    # Entities need neither parse nor tags: the rest of a full pipeline is dead weight here.
    idle = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in _IDLE_FACTORIES]
    with nlp.select_pipes(disable=idle):
        doc = nlp(text)
    # spaCy tokenizes without losing a character, so char offsets are offsets into ``text``.
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _entity_candidate(text: str, start: int, end: int, index: GazetteerIndex) -> Candidate | None:
    """A candidate for the entity text[start:end] when the gazetteer knows its name."""
    surface = text[start:end]
    key = normalize(surface)
    if surface[:4].lower() == "the " and not index.names.find(key):  # "the Middle East", but "The Hague"
        start, surface, key = start + 4, surface[4:], key[4:]
    if not key:
        return None
    place = _place(index, key, " " not in key)  # the recognizer's lookup, with its one-word filter
    if not place.entries:
        return None
    possessive = text[end:end + 2] in ("'s", "\u2019s")  # spaCy leaves "'s" out of the entity
    return Candidate(surface, start, start + len(surface), key, place.entries,
                     role="possessive" if possessive else "place")


def apply_ner(text: str, candidates: list[Candidate], index: GazetteerIndex, nlp) -> list[Candidate]:
    """The recognizer's ``candidates`` corrected by the entities of the spaCy pipeline ``nlp``
    (a loaded ``Language``, or its name or path for ``load_pipeline``).

    Returns a new list in text order; ``candidates`` itself when nothing changes.
    """
    entities = _entities(text, _pipeline(nlp))
    kept = [c for c in candidates if not _inside_non_place(c, entities)]
    added = []
    for start, end, label in entities:
        if label in PLACE_LABELS and not any(c.start < end and start < c.end for c in candidates):
            cand = _entity_candidate(text, start, end, index)
            if cand is not None:
                added.append(cand)
    if len(kept) == len(candidates) and not added:
        return candidates
    # Qualifiers ("Paris, Texas") are linked again: one side may have gone, or newly come.
    found = sorted((replace(c, qualifier=None) for c in kept + added), key=lambda c: c.start)
    return _attach_qualifiers(text, found)


def _inside_non_place(cand: Candidate, entities: list[tuple[int, int, str]]) -> bool:
    """Whether an entity that names no place covers ``cand`` (an entity that only overlaps it
    is a disagreement about the boundary, not about what it is)."""
    return any(label in NOT_PLACE_LABELS and start <= cand.start and cand.end <= end
               and not (label == "NORP" and cand.role == "demonym")  # "Turkish" is NORP and Turkey
               for start, end, label in entities)
