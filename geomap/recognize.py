"""Recognize place names in text: gazetteer n-gram lookup over capitalized word runs.

A candidate is the longest run of tokens, starting with a capitalized word, whose folded
form is a gazetteer name. Candidates are then dropped when the context says they are part
of a person's or an organisation's name ("Vladimir Putin", "The Washington Post").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geomap.index import US_STATES, Entry, GazetteerIndex
from geomap.text import Token, normalize, tokenize

__all__ = ["Candidate", "recognize", "demonyms"]

# Lower-case words allowed inside a multi-word name ("Rostov-on-Don", "Stratford upon Avon").
_CONNECTORS = {"on", "upon", "of", "de", "la", "le", "del", "da", "do", "das", "dos", "du", "des", "am", "im", "an",
               "sur", "en", "al", "el", "y", "the", "and", "di", "van", "von", "bin", "au", "aux"}
_REGION_WORDS = {"oblast", "oblasts", "region", "regions", "province", "provinces", "state", "krai", "kray",
                 "republic", "governorate", "prefecture", "county", "department", "district", "voivodeship",
                 "canton", "territory"}
# Capitalized words that follow a place name and keep it a place: titles and the common nouns
# of institutions named after it ("Rostov Oblast Governor", "Dublin City Council", "Texas Fire Service").
_TITLES = set("""
governor mayor president minister ministry government governments officials official police forces army troops
authorities region oblast city county state province border residents prosecutors prosecutor courts court council
chief spokesperson spokesman spokeswoman head leader embassy consulate airport port station square street avenue
road mountains river sea bay lake island islands valley metro area district oblasts regions counties public fire
school schools high middle elementary university college community memorial hospital medical regional department
utilities chamber board commission housing water power electric library museum zoo park center centre church mall
market sheriff jail prison attorney township village town parish borough bridge highway symphony orchestra theatre
theater club chapter branch office national international federal navy air marine military health transit
international education development workforce highway patrol emergency energy gas light housing parks recreation
sports football basketball baseball soccer hockey team teams fair festival library libraries bank services
service association society foundation institute agency authority company corporation district estates
""".split())
# Heads of media and sports-club names: "The Washington Post", "Kyiv Independent", "Dynamo Kyiv" aside.
_MEDIA_HEADS = {"post", "times", "independent", "herald", "journal", "tribune", "gazette", "guardian", "telegraph",
                "chronicle", "observer", "examiner", "daily", "press", "star", "sun", "mail", "review", "airlines",
                "airways", "rovers", "united", "wanderers", "athletic", "inquirer", "courier", "register",
                "dispatch", "sentinel", "bulletin", "enquirer", "ledger", "record", "standard", "monitor"}
# Capitalized words that are names of places somewhere but rarely mean one in English news.
_STOPWORDS = set("""
a about after against all also amid an and another any april are as at august back be because been before
being between both but by can central chief city could critics day december despite did do during each early east
eastern elsewhere even every february few first for former four from friday further general gold good great had
has have he her here him his home how however i if in into is it its january july june just last late later
league like local long many march may me meanwhile mid middle monday more most mr mrs ms much my national new
news next nine no none nonetheless north northern not november now october of off old on once one only open or
other our out over own people per police president prime saturday second secretary september set seven several
she since six so some south southern spring still such summer sunday ten than that the their them then there these
they third this those though three thursday through to today tuesday two under union unity up upon us victoria
very was way we wednesday were west western what when where which while who why will winter with would yes yet
you your deputy minister governor mayor general colonel major captain sergeant officer senator judge king queen
prince princess lord lady saint st sir dame mount lake river cape port fort point center centre hope unity
independence liberty union victory freedom justice mercy grace faith charity harmony concord friendship
paradise eden bethlehem nazareth jericho goshen canaan zion salem northeast northwest southeast southwest
greater upper lower pack leader mart sen rep capt rev gov det sgt lt mayor chief day night morning evening
christmas easter passover ramadan hanukkah thanksgiving halloween earth superior hall nov dec jan feb aug sept oct
""".split())
# Words that, right before a capitalized name, say a person's name follows: "President Volodymyr Zelensky".
_PERSON_TITLES = {"rev", "capt", "det", "sgt", "lt", "cpl", "pvt", "sheriff", "officer", "detective",
                  "pastor", "reverend", "bishop", "rabbi", "imam", "coach", "principal", "professor", "superintendent",
                  "president", "minister", "governor", "mayor", "chief", "general", "gen", "secretary", "senator",
                  "sen", "rep", "judge", "mr", "mrs", "ms", "dr", "prof", "pope", "king", "queen", "prince",
                  "spokesperson", "spokesman", "spokeswoman", "officer", "analyst", "colonel", "commander",
                  "lieutenant", "sergeant", "captain", "negotiator", "aide", "deputy", "ambassador", "envoy",
                  "chairman", "chairwoman", "ceo", "director", "coach", "father", "sister", "brother", "saint"}
# Names of organisations and buildings that the gazetteer also knows as towns.
_NOT_PLACES = {"the city", "white house", "hamas", "hezbollah", "taliban", "fatah", "nato", "congress", "senate", "pentagon",
               "kremlin", "god", "jesus", "christ", "lord", "allah", "democrat", "democrats", "republican",
               "republicans", "university", "commerce", "internet", "google", "facebook", "twitter", "amazon"}
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|of|around|toward|towards|through|"
                              r"between|across)\s+$", re.I)
_QUALIFIER_AFTER = re.compile(r",\s*(?:[A-Z][a-z]*\.?\s?)+")
_CONTRACTION = re.compile(r"['\u2019](?:ve|m|re|ll|d|t)$", re.I)
_GAP = re.compile(r"[ \t\-]{1,3}|\s")
_ABBREVIATED = {"st", "ste", "mt", "ft", "pt", "n", "s", "e", "w", "ne", "nw", "se", "sw"}


@dataclass(frozen=True)
class Candidate:
    """A recognized name: its span, how it is used, and every gazetteer entry it may be."""

    text: str
    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]
    role: str = "place"  # place, possessive, demonym
    qualifier: "Candidate | None" = None  # "Texas" in "Paris, Texas"


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> country code, from the bundled table."""
    table = {}
    for line in (Path(__file__).parent / "data" / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, code = line.split("\t")
            table[normalize(word)] = code
            table[normalize(word) + "s"] = code  # "Ukrainians"
    return table


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end + (2 if left.possessive else 0):right.start]  # past the "'s"
    if gap[:1] == "." and (left.key in _ABBREVIATED or left.key in _PERSON_TITLES or len(left.key) == 1):
        # "St. Louis", "Mrs. Lincoln", "Matthew D. Flores", but not "in Kursk Oblast. While"
        gap = gap[1:] or " "
    return _GAP.fullmatch(gap) is not None


def _sentence_initial(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 3):token.start].rstrip(" \t\"\u201c\u2018(")
    return not before or before[-1] in ".!?\n:;\u2014"


_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z][a-z'\u2019-]*")


def _lowercase_words(text: str) -> set[str]:
    """Words the text writes in lower case somewhere ("police", "mobile")."""
    return set(_LOWER_WORD.findall(text))


_DATELINE_END = re.compile(r",\s|\s[-\u2014\u2013]|\s\(")


def _dateline(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "CHARLESTON, W.Va. -", "KYIV (Reuters) -": an all-caps name opening a line or sentence."""
    return _sentence_initial(text, tokens[i]) and all(t.is_upper for t in tokens[i:j]) and \
        _DATELINE_END.match(text, tokens[j - 1].end) is not None


def _all_caps_line(text: str, token: Token) -> bool:
    """True for tokens of ALL-CAPS runs such as datelines ("TROY, N.C. (AP)")."""
    line_start = text.rfind("\n", 0, token.start) + 1
    segment = text[line_start:token.start + 40]
    letters = [c for c in segment if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def recognize(text: str, index: GazetteerIndex) -> list[Candidate]:
    """Candidates in ``text``, left to right, non-overlapping, longest match first."""
    tokens = _run_tokens(text)
    found: list[Candidate] = []
    i, n = 0, len(tokens)
    demonym_table = demonyms()
    person_keys: set[str] = set()
    lower_words = _lowercase_words(text)
    while i < n:
        tok = tokens[i]
        if not (tok.is_title or tok.is_upper) or tok.text[0].isdigit():
            i += 1
            continue
        state = _ap_state(text, tokens, i, index)
        if state is not None:
            found.append(state)
            i += 1
            continue
        match = _longest_match(text, tokens, i, index)
        demonym = _demonym_at(tokens, i, demonym_table)
        if demonym and (match is None or match[0] - i <= demonym):
            # "North Korean", "Ukrainian": a demonym is kept as a mention of its country, unless it
            # opens a proper name ("American Recovery and Reinvestment Act", "Arab Champions League").
            last = tokens[i + demonym - 1]
            nxt = tokens[i + demonym] if i + demonym < n else None
            if nxt is not None and nxt.is_title and _adjacent(text, last, nxt) and nxt.key not in _TITLES \
                    and nxt.text.lower() not in lower_words and nxt.key not in demonym_table \
                    and not index.names.get(nxt.key):
                i += demonym
                continue
            key = " ".join(t.key for t in tokens[i:i + demonym])
            country = _country_entry(index, demonym_table[key])
            if country is not None:
                found.append(Candidate(text[tok.start:last.end], tok.start, last.end, key, (country,),
                                       role="demonym"))
            i += demonym
            continue
        if match is None:
            i += 1
            continue
        j, entries = match
        if j - i == 1:
            # A lone word that is only an alternate name of a small town ("Slide", "Bank") is noise.
            entries = [e for e in entries if e.key == tok.key or e.kind != "city" or e.population >= 50_000]
            if not entries:
                i += 1
                continue
        last = tokens[j - 1]
        cand = Candidate(text[tok.start:last.end], tok.start, last.end, " ".join(t.key for t in tokens[i:j]),
                         tuple(entries), role="possessive" if last.possessive else "place")
        verdict = _keep(text, tokens, i, j, cand, index, lower_words)
        if verdict is True:
            found.append(cand)
            i = j
        elif verdict == "word":
            i += 1
        else:
            if verdict == "person":
                person_keys.add(cand.key)
            # Skip the whole capitalized run: "Vladimir Medinsky" is one name, not two places.
            i = j
            while i < n and tokens[i].is_title and _adjacent(text, tokens[i - 1], tokens[i]):
                person_keys.add(tokens[i].key)  # a word of a longer name, wherever else it stands alone
                i += 1
    found = _forget_person_names(found, person_keys)
    found = _plural_regions(text, found, index)
    return _attach_qualifiers(text, _unknown_regions(text, found, index))


def _unknown_regions(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """Region-shaped names the gazetteer does not know, kept with no entries (reported unresolved).

    A name the gazetteer knows but the context rejected ("Laurel County PRIDE") stays rejected.
    """
    extra = []
    for m in _UNKNOWN_REGION.finditer(text):
        words = normalize(m.group()).split()
        if words[0] in _STOPWORDS or words[0] in demonyms() or \
                any(index.names.get(" ".join(words[k:])) for k in range(len(words) - 1)) or \
                any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        extra.append(Candidate(m.group(), m.start(), m.end(), normalize(m.group()), ()))
    return sorted(found + extra, key=lambda c: c.start) if extra else found


_UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper())
_RUN_WORD = rf"[{_UPPER}][\w'\u2019\u02bc.-]*"
_RUN_WORD_PLAIN = rf"[{_UPPER}][\w'\u2019-]*"
_RUN_JOINER = r"(?:of|on|upon|de|la|le|del|da|do|du|des|am|im|the|and|al|el|sur|en|di|y|" + \
    "|".join(sorted(_REGION_WORDS)) + r")\b"
# Runs of capitalized words (with the lower-case words names may contain): the only places a
# name can start, found by the regex engine instead of a Python loop over every word.
_RUN = re.compile(rf"(?<![\w'\u2019]){_RUN_WORD}(?:[ \t]+(?:{_RUN_WORD}|{_RUN_JOINER}))*")
# "Xyz County", "Abc Oblast": a region by its form even when the gazetteer lacks it.
_UNKNOWN_REGION = re.compile(rf"(?<![\w'\u2019])((?:{_RUN_WORD_PLAIN} ){{1,2}}?)(County|Parish|Oblast|Province|"
                             r"Governorate|Prefecture|Krai|Raion|Voivodeship)\b")


_PREVIOUS_WORD = re.compile(r"[\w'\u2019.-]+[^\w\n]*$")


def _run_tokens(text: str) -> list[Token]:
    """Tokens of every capitalized run, each with the word before it (for context rules)."""
    tokens: list[Token] = []
    last_end = 0
    for m in _RUN.finditer(text):
        start = m.start()
        prev = _PREVIOUS_WORD.search(text, max(last_end, start - 40), start)
        window = tokenize(text, prev.start() if prev else start, m.end())
        if tokens and window and window[0].start < tokens[-1].end:
            window = [t for t in window if t.start >= tokens[-1].end]
        tokens.extend(window)
        last_end = m.end()
    return tokens


def _forget_person_names(found: list[Candidate], person_keys: set[str]) -> list[Candidate]:
    """A name used for a person once ("Andrew Trapani") is a person everywhere in the text,
    unless it is the main name of a country, a large region or a large city ("George Washington")."""
    return [c for c in found if c.key not in person_keys or _is_big([e for e in c.entries if e.key == c.key])]


def _is_big(entries) -> bool:
    """Too prominent to be forgotten as a person's name: countries, well-known regions,
    admin-1 regions of a million people, cities of 100,000."""
    return any(e.kind in ("country", "continent", "region")
               or e.population >= (1_000_000 if e.kind == "admin1" else 100_000) for e in entries)


_PLURAL_KINDS = {"oblasts": "admin1", "regions": "admin1", "provinces": "admin1", "states": "admin1",
                 "governorates": "admin1", "prefectures": "admin1", "krais": "admin1",
                 "counties": "county", "parishes": "parish"}
_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
                        r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)?)")
_PLURAL_AFTER = re.compile(r"\s+(?P<word>" + "|".join(_PLURAL_KINDS) + r")\b")


def _plural_regions(text: str, found: list[Candidate], index: GazetteerIndex) -> list[Candidate]:
    """ "Sumy and Dnipropetrovsk oblasts", "Becker, Clay and Douglas counties": each name of a
    list that ends in a plural region word is a region, not the town of the same name."""
    regions: dict[int, Candidate] = {}
    covered_until = -1
    for cand in found:
        if cand.start < covered_until:
            continue
        members = [(cand.start, cand.end)]
        pos = cand.end
        while (m := _LIST_NEXT.match(text, pos)) and len(members) < 12:
            members.append(m.span("name"))
            pos = m.end()
        # The plural word ends the list, or an earlier part of it ("A and B counties, and C").
        last = len(members)
        while last > 1 and not _PLURAL_AFTER.match(text, members[last - 1][1]):
            last -= 1
        tail = _PLURAL_AFTER.match(text, members[last - 1][1]) if last > 1 else None
        if tail is None:
            continue
        kind = _PLURAL_KINDS[tail.group("word")]
        for k, (start, end) in enumerate(members[:last]):
            key = normalize(text[start:end])
            entries = tuple(e for e in index.lookup(key) if e.kind == "admin1") if kind == "admin1" else \
                tuple(e for e in index.lookup(f"{key} {kind}") if e.kind == "admin2")
            if entries:
                end = tail.end("word") if k == last - 1 else end
                role = next((c.role for c in found if c.start == start), "place")
                regions[start] = Candidate(text[start:end], start, end, key, entries, role)
        covered_until = tail.end()
    if not regions:
        return found
    kept = [c for c in found if not any(r.start <= c.start < r.end for r in regions.values())]
    return sorted(kept + list(regions.values()), key=lambda c: c.start)


_AP_STATES = {normalize(ap): name for name, (_, ap) in US_STATES.items() if ap.endswith(".")}


def _ap_state(text: str, tokens: list[Token], i: int, index: GazetteerIndex) -> Candidate | None:
    """ "Troy, Tenn." and "D-Calif.": an AP state abbreviation qualifying the name before it."""
    tok = tokens[i]
    if tok.key not in _AP_STATES or i == 0:
        return None
    dotted = tok.text.endswith(".")
    if not dotted and text[tok.end:tok.end + 1] != ".":
        return None
    if not re.search(r"(?:,\s*|\bD-|\bR-|\bI-)$", text[max(0, tok.start - 3):tok.start]):
        return None
    regions = [e for e in index.lookup(normalize(_AP_STATES[tok.key])) if e.kind == "admin1" and e.country == "US"]
    if not regions:
        return None
    end = tok.end if dotted else tok.end + 1
    return Candidate(text[tok.start:end], tok.start, end, tok.key, tuple(regions))


def _demonym_at(tokens: list[Token], i: int, table: dict[str, str]) -> int:
    """Number of tokens of the demonym starting at ``i`` (0 if none)."""
    if tokens[i].key not in _demonym_first_words():
        return 0
    for k in (2, 1):
        if i + k <= len(tokens) and all(t.is_title for t in tokens[i:i + k]) \
                and " ".join(t.key for t in tokens[i:i + k]) in table:
            return k
    return 0


@lru_cache(maxsize=1)
def _demonym_first_words() -> frozenset[str]:
    return frozenset(key.split()[0] for key in demonyms())


def _longest_match(text, tokens, i, index) -> tuple[int, list[Entry]] | None:
    """(end token, entries) of the longest gazetteer name starting at token ``i``.

    A longer match that only names a subset of a shorter one's places ("Dublin City" is an
    alternate name of Dublin, Ireland, alone) yields to the shorter one: "Dublin City Council"
    in Ohio must still be able to mean Dublin, Ohio.
    """
    keys = []
    best = None
    for j in range(i, min(len(tokens), i + index.max_tokens)):
        t = tokens[j]
        if j > i:
            if not _adjacent(text, tokens[j - 1], t) or tokens[j - 1].possessive:
                break
            if not (t.is_title or t.is_upper or t.key in _CONNECTORS or t.key in _REGION_WORDS):
                break
        keys.append(t.key)
        if t.key in _CONNECTORS and j > i:
            continue
        entries = index.names.get(" ".join(keys))
        if entries and not (best and t.key in ("city", "town", "village") and set(entries) <= best[2]):
            best = (j + 1, [index.entry(e) for e in entries], set(entries))
    return best[:2] if best else None


def _country_entry(index: GazetteerIndex, code: str) -> Entry | None:
    return next((e for e in _countries(index) if e.country == code), None)


def _countries(index: GazetteerIndex) -> list[Entry]:
    return index.entries_of_kind("country")


def _names_an_institution(text: str, tokens: list[Token], j: int) -> bool:
    """ "Gainesville Environmental Services", "Cookville Volunteer Fire Department": the
    capitalized words after a town end, within three words, in an institution's noun."""
    for k in range(j, min(len(tokens), j + 4)):
        if k > j and not (tokens[k].is_title and _adjacent(text, tokens[k - 1], tokens[k])):
            return False
        if tokens[k].key in _TITLES:
            return True
    return False


def _is_major(entries) -> bool:
    """Countries, continents, admin-1 regions and cities of 100,000 or more."""
    return any(e.kind in ("country", "admin1", "continent", "region") or e.population >= 100_000 for e in entries)


def _keep(text: str, tokens: list[Token], i: int, j: int, cand: Candidate, index: GazetteerIndex,
          lower_words: set[str]) -> bool | str:
    """Whether a gazetteer match is a place name here.

    True; "word" when the word itself is not a place here (look on from the next word);
    "person" or False when it is part of a longer person's or organisation's name.
    """
    first, last = tokens[i], tokens[j - 1]
    kinds = {e.kind for e in cand.entries}
    area = bool(kinds & {"country", "continent", "admin1", "region"})
    # Countries and populous regions keep their name inside institutions' names ("Texas Southern
    # University", "Ohio Supreme Court"); a town before a surname is a given name ("Mary Wheeler").
    nation = bool(kinds & {"country", "continent", "region"}) or any(
        e.kind == "admin1" and e.population >= 1_000_000 for e in cand.entries)
    single = j - i == 1
    if cand.key in _NOT_PLACES:
        return "word"
    if single and (first.key in _STOPWORDS or first.key in _TITLES) and not (kinds & {"country", "continent"}):
        return "word"  # "Street", "Court", "Council": words of names, not places alone
    if single and len(first.text) <= 2 and not first.is_upper:
        return "word"
    if single and first.is_upper and "." not in first.text and "country" not in kinds \
            and not _all_caps_line(text, first) and not _dateline(text, tokens, i, j):
        return "word"  # "GA", "NATO": acronyms; all-caps place names count only in datelines and headlines
    if _CONTRACTION.search(last.text):
        return "word"  # "I've", "We'll"
    if first.start > 0 and text[first.start - 1] == "-" and i > 0 and not tokens[i - 1].is_title:
        return "word"  # "pre-Maidan", "anti-Kremlin": part of an adjective
    if j < len(tokens) and text[last.end:last.end + 1] == "-" and tokens[j].start == last.end + 1 \
            and tokens[j].is_title and not area:
        return "word"  # "Wal-Mart", "Coca-Cola"
    if single and not area and _sentence_initial(text, first) and first.text.lower() in lower_words:
        return "word"  # "Police said ...", "Man booked ...", when the text also uses the word in lower case
    if single and not area and first.text.lower() in lower_words and max(e.population for e in cand.entries) < 20_000:
        return "word"
    # A small town named like a person ("Manning", "Welch", "Mary") counts only where the text
    # places something: after a locative word, before a qualifier, or in a dateline.
    if single and not area and cand.key in index.person_names and max(e.population for e in cand.entries) < 50_000 \
            and not _LOCATIVE_BEFORE.search(text, max(0, first.start - 12), first.start) \
            and not _QUALIFIER_AFTER.match(text, last.end) and not _dateline(text, tokens, i, j):
        return "word"
    # Part of a longer proper name: the next capitalized word belongs to it.
    if j < len(tokens) and _adjacent(text, last, tokens[j]) and tokens[j].is_title:
        nxt = tokens[j]
        if nxt.key in _MEDIA_HEADS or (last.possessive and nxt.key in ("day", "eve", "church", "college")):
            return False  # "Washington Post", "St. Patrick's Day"
        if single and not nation and cand.key in index.person_names and nxt.key not in _TITLES \
                and nxt.key not in _REGION_WORDS and not last.possessive:
            return "person"  # a given name: "George Washington University", "Mary Wheeler"
        common = nxt.key in _TITLES or nxt.key in _REGION_WORDS or nxt.text.lower() in lower_words \
            or _names_an_institution(text, tokens, j)
        if not last.possessive and not common and nxt.key not in demonyms() and not nation:
            return "person" if single else False  # "David Jefferson", "Vladimir Medinsky", "Mary Wheeler"
    # Preceded by a title ("President Volodymyr") or by a given name ("Raquel Henry", "Andrew Trapani").
    if i > 0 and _adjacent(text, tokens[i - 1], first) and not tokens[i - 1].possessive:
        prev = tokens[i - 1]
        if prev.key in _PERSON_TITLES or (len(prev.text) == 1 and prev.text.isupper()
                                           and text[prev.end:prev.end + 1] == "."):
            return "person"  # "President Volodymyr", "Roy A. Nelson"
        if prev.is_title and prev.key not in _STOPWORDS and prev.key not in demonyms() and prev.key not in _TITLES \
                and not nation and (prev.key in index.person_names or not _is_major(index.lookup(prev.key))):
            return "person"
        if prev.key == "the" and prev.text == "The" and not _sentence_initial(text, prev):
            return False  # "The Washington ..." mid-sentence is a title
    return True


def _attach_qualifiers(text: str, found: list[Candidate]) -> list[Candidate]:
    """Link "Paris, Texas" and "Troy, N.C.": the second name qualifies the first."""
    out = []
    for k, cand in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt and re.fullmatch(r",\s?", text[cand.end:nxt.start]) and any(
                e.kind in ("admin1", "country") for e in nxt.entries):
            cand = Candidate(cand.text, cand.start, cand.end, cand.key, cand.entries, cand.role, nxt)
        out.append(cand)
    return out
