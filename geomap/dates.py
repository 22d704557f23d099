"""Find date expressions in news text and normalize them to ISO 8601.

The year comes from the article's publication date when the text leaves it out ("July 22"
in an article of 2025-07-23 is 2025-07-22), or the year before when that would put the date
after the article in a sentence that speaks of no future ("on Dec. 31" in a story of January
3), or the year named last for "that November". Vague dates keep their precision and are marked
approximate: "mid-September" is "2025-09", approximate; "August 2024" is "2024-08".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geomap.cues import fold

__all__ = ["DateMention", "find_dates", "parse_iso", "ISO_DATE"]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4) | {"may", "june", "july"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"


@dataclass(frozen=True, eq=False)  # hashed by identity, in C: find_dates keys a dict by cue per sentence
class _Cue:
    """Words one of which is in every match of a date pattern: most sentences have none, and
    skip the pattern (re tries each of its alternatives at each position)."""

    words: re.Pattern
    lowercase: bool = False  # looked for in the lowercased sentence: the pattern ignores case

    def found(self, sentence: str, folded: str) -> bool:
        return self.words.search(folded if self.lowercase else sentence) is not None


_MONTH_NAME = _Cue(re.compile("|".join(sorted({name[:3].title() for name in MONTHS}))))  # each of _MONTH starts so
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_WEEKDAY_NAME = _Cue(re.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"))
_WEEKDAY_LABEL = _Cue(re.compile("MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"))
_PATTERNS = [
    # July 22 / July 22, 2025 / July 22nd
    # (and a day of centuries ago, told in a piece's history: "The last time the Cascadia Subduction Zone ruptured, on
    # Jan. 26, 1700, a tsunami washed over the coast" had been dated this year's Jan. 26; not a count after the day,
    # "on May 5, 1800 people were evacuated")
    ("day", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d|"
                       r"1[0-8]\d\d(?!\s*[a-z]))\b)?"),
     _MONTH_NAME),
    # 22 July / 22 July 2025
    # (and of centuries ago: "it met in Berlin from 15 November 1884 to 26 February 1885" had been last November's)
    ("day", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?:,?\s+(?P<year>(?:19|20)\d\d|"
                       r"1[0-8]\d\d(?!\s+(?:people|[a-z]{3,}s)\b))\b)?"),
     _MONTH_NAME),
    # mid-September / early July 2024 / the end of August
    ("approx", re.compile(r"\b(?P<part>early|mid|late|end of|beginning of|start of)[- ]?(?:in\s+)?" + _MONTH +
                          r"\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.I),
     _Cue(re.compile("early|mid|late|end of|beginning of|start of"), lowercase=True)),
    # August 2024 / in May
    # (and of centuries ago, its year with it, not the year's month: "The war had begun in April 1846 ..., when
    # Mexican cavalry attacked an American patrol near Matamoros" had been April of the year of publication; not a
    # count after the month, "in May 1500 people fled")
    ("month", re.compile(r"\b" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d|1[0-8]\d\d(?!,\d)(?!\s+(?:people|[a-z]{3,}s)\b)))?\b"),
     _MONTH_NAME),
    # in 2022 / since 2014
    # (and of centuries ago, not a count: "Negotiations began in 1643", but "in 1500 homes")
    ("year", re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|of)\s+(?P<year>(?:19|20)\d\d|"
                        r"1[0-8]\d\d(?!\s*(?:[a-z%]|,\d)))\b"),
     _Cue(re.compile(r"19|20|1[0-8]\d\d"))),
    # the year before a disaster's or an unrest's noun names it: "the 2022 floods, which killed four people in
    # Lismore" (the headline's bushfire had taken them), "the 2011 earthquake and tsunami"; not "the 2015 nuclear deal";
    # the place's name between too: "The 1988 Spitak earthquake killed about 25,000 people in northern Armenia" (had
    # been undated), "the 2004 Indian Ocean tsunami"
    # (and a kind of storm or fire before its noun: "the 1998 ice storm, which left millions without power across
    # Ontario, Quebec and New Brunswick", had been undated)
    # (and a shooting's or a stabbing's, and the kind of it: "the 2018 shooting at Marjory Stoneman Douglas High
    # School in Parkland, Florida, that killed 17 people", had been dated the Thursday of the sentence's campus)
    ("year", re.compile(r"\b[Tt]he\s+(?P<year>(?:19|20)\d\d)\s+(?=(?:[A-Z][\w'\u2019-]*\s+|(?:ice|snow|dust|sand|"
                        r"hail|winter|tropical|flash|deadly|devastating|catastrophic|massive|great|mass|school|"
                        r"church|mosque|synagogue|knife|gun|terror|terrorist|truck|car)\s+){0,3}"
                        r"(?:floods?|flooding|earthquakes?|quakes?|tsunami|"
                        r"riots?|protests?|(?:bush|wild|forest)?fires?|cyclone|typhoon|hurricane|storms?|drought|"
                        r"eruption|landslides?|mudslides?|attacks?|bombings?|uprising|massacre|coup|unrest|"
                        r"crackdown|clashes|heatwave|shootings?|stabbings?|rampage|ramming|"
                        # (a war's and its sieges' in an obituary's background: "She covered the 1982 Israeli siege of
                        # Beirut and the massacre at the Sabra and Shatila camps, and was briefly kidnapped in west
                        # Beirut in 1985" had been the kidnapping's 1985)
                        r"sieges?|invasion|wars?|bombardment|revolution|genocide|assassination|"
                        # (a mine's or a works' mishap: "fishing communities ... affected by the 2015 collapse of the
                        # Fundão tailings dam near Mariana", which had been the article's day)
                        r"collapse|explosions?|blasts?|spill)\b)"),
     _Cue(re.compile("19|20"))),
    # on Tuesday / On Saturday, / late on Sunday / Late Tuesday, / in the early hours of Friday
    ("weekday", re.compile(r"\b(?P<pre>[Oo]n|[Ll]ast|[Tt]his|(?:[Ll]ate|[Ee]arly|[Oo]vernight)(?:\s+on)?|"
                           r"(?:(?:[Ii]n\s+)?the\s+)?(?:early|small|wee)\s+hours\s+of|(?:[Oo]vernight\s+)?[Ii]nto)\s+"
                           r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
     _WEEKDAY_NAME),
    # AP's bare weekday: "Drones hit Kyiv Saturday", "Saturday's strike"; not a feast's or a
    # paper's name ("Good Friday", "Bloody Sunday", "the Sunday Times").
    ("weekday", re.compile(r"(?<!Black )(?<!Super )(?<!Good )(?<!Holy )(?<!Bloody )(?<!Ash )(?<!Cyber )(?<!Easter )"
                           r"(?<!Palm )(?<!Maundy )(?<!Shrove )(?<!Mail on )(?<![Ee]very )(?<![Ee]ach )\b"
                           r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           rf"(?!\s+(?!{_MONTH_WORD})[A-Z][a-z])"),  # "Thursday Island", but "Monday March 3"
     _WEEKDAY_NAME),
    # a round-up's day, in capitals, heading its entry: "MONDAY: Torrential rain flooded streets in Valencia" (the
    # week's events had all been undated)
    ("weekday", re.compile(r"^[ \t]*(?P<weekday>MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
                           r"(?=[ \t]*[:\u2013\u2014-])", re.M),
     _WEEKDAY_LABEL),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|overnight|last night|tonight|"
                            r"this (?:morning|afternoon|evening))\b", re.I),
     _Cue(re.compile("yesterday|today|overnight|last night|tonight|this morning|this afternoon|this evening"),
          lowercase=True)),
    # the day before the news', as a wire's later paragraph tells it: "A day earlier, settlers set fire to farmland
    # near the village of Sinjil, and on Saturday settlers attacked herders" (Sinjil had taken Saturday), about
    # (and the week before, about: "A week earlier, gunmen attacked the village of Lascahobas" had taken the Monday
    # of the sentence before it)
    ("earlier", re.compile(r"\b(?P<rel>(?:a|one)\s+(?P<unit>day|week)\s+earlier|"
                           r"the\s+(?:(?P<unit2>day|week)\s+before|previous\s+(?P<unit3>day|week)))\b"
                           r"(?!\s+(?:that|the|an?|his|her|its|their|yesterday|last)\b)", re.I),
     _Cue(re.compile("earlier|day before|previous day|week before|previous week"), lowercase=True)),
    # a health ministry's daily count, of the day it gives it, about: "The Health Ministry in Gaza said 52 bodies had
    # been brought to hospitals over the past 24 hours"; a governor's or a general staff's, by the day: "Gladkov said
    # Ukrainian forces had attacked 23 settlements in the region with 65 drones and 41 artillery shells over the
    # past day" (had been undated)
    ("day_count", re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:(?:past|last|previous)\s+(?:24|twenty-four)\s+"
                             r"hours|(?:past|last)\s+day)\b", re.I),
     _Cue(re.compile("24 hours|twenty-four hours|past day|last day"), lowercase=True)),
    # two days ago / a week ago / 20 years ago (the year, about: "the Indian Ocean tsunami, which struck 20 years
    # ago", in a paper of 2024, is 2004's; had been undated)
    ("ago", re.compile(r"\b(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?P<unit>days?|weeks?|years?)\s+ago\b", re.I),
     _Cue(re.compile("ago"), lowercase=True)),
    # a holiday of a fixed day: "the powerful earthquake that struck the Noto Peninsula on New Year's Day 2024" (had
    # been undated, and the quake dated by the workshop's reopening)
    ("holiday", re.compile(r"\b(?P<holiday>New\s+Year['\u2019]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day|"
                           r"Valentine['\u2019]s\s+Day|Halloween|Bastille\s+Day|St\.?\s+Patrick['\u2019]s\s+Day)"
                           r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"),
     _Cue(re.compile("New Year|Christmas|Boxing|Valentine|Halloween|Bastille|Patrick"))),
    # last month / this year / last week / over the weekend
    # ... and the week just past, about its news day: "Over the past week, storms also left 45,000 homes without power
    # in northern Portugal" (had been undated)
    ("relative_period", re.compile(r"\b(?P<rel>last|this|(?:over|during|at)\s+the)\s+"
                                   r"(?P<unit>week(?:end)?|month|year)\b|"
                                   r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+)(?P<week>week)\b", re.I),
     _Cue(re.compile("week|month|year"), lowercase=True)),
    # "43 people were arrested during riots that summer": the year named last before it, about
    ("season", re.compile(r"\bthat\s+(?P<season>summer|winter|spring|autumn)\b", re.I),
     _Cue(re.compile("summer|winter|spring|autumn"), lowercase=True)),
    # "Last summer, a wildfire near Ashcroft destroyed 14 homes": the season just past, about its year
    # (``_last_season_year``; had been undated)
    ("last_season", re.compile(r"\blast\s+(?P<season>summer|winter|spring|autumn|fall)\b", re.I),
     _Cue(re.compile("summer|winter|spring|autumn|fall"), lowercase=True)),
]
# The last month of each season, in the northern hemisphere where US and Canadian local news is written; winter ends
# in March of the year after it opens.
_SEASON_LAST_MONTH = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 3}
_YEAR_AFTER_A_HOLIDAY = re.compile(r"[^.;,]{0,30}?\b(?:in|of)\s+(?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d\d)\b")
# ... or told before it, opening the sentence that ends with the holiday, the last year so told: "In December 2023,
# more than 100 people were killed in attacks on villages in Bokkos and Barkin Ladi in neighbouring Plateau state on
# Christmas Eve" (had been 2024-12-24).
_YEAR_BEFORE_A_HOLIDAY = re.compile(r"\b[Ii]n\s+(?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d\d)\b")
# The month and day of each holiday ``_PATTERNS`` knows, by its name's first letters.
_HOLIDAY_DAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
                 "christmas eve": (12, 24), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
                 "bastille day": (7, 14), "st patrick's day": (3, 17)}


def _holiday_date(name: str, year: int | None, published: dt.date | None, speaks_of_future) -> str | None:
    """The day of a holiday named ``name``, in ``year`` or else the publication's year (the year before, where that
    puts it after the article in a sentence that speaks of no future, as for "on Dec. 31")."""
    key = re.sub(r"\s+", " ", name.lower().replace("\u2019", "'").replace("st.", "st"))
    month, day = _HOLIDAY_DAYS[key]
    if year is None:
        if published is None:
            return None
        year = published.year
        if (dt.date(year, month, day) - published).days > FUTURE_GRACE_DAYS and not speaks_of_future():
            year -= 1
    return dt.date(year, month, day).isoformat()


def _last_season_year(season: str, published: dt.date) -> int:
    """The year in which the season named "last" ended, told in a paper of ``published``: "last summer" in July
    2025 is 2024's, in October 2025 this year's."""
    last_month = _SEASON_LAST_MONTH[season.lower()]
    return published.year if published.month > last_month else published.year - 1
# A dateline opens a story with where and when it was filed ("KHARTOUM, March 14 (Reuters) -"):
# its date is the article's, not an event's ("... killed 23 on Thursday" is the day before).
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z'\u2019.\- ]+(?:,[ \t]*[A-Z][\w'\u2019.\- ]{0,30})?,[ \t]+")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014]")
# "captured Goma that November": the month of the year named last before it ("in 2012").
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.I)
# A bridge, a square or a movement named after a day: "More than 400,000 vehicles a day now cross the July 15 Martyrs
# Bridge" (had been 2024-07-15), "Cairo's 6th of October Bridge", "the 26th of July Movement".
_A_NAMED_SITE_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}[ \t]+(?:Bridge|Square|Street|Avenue|Boulevard|Road|"
                                 r"Stadium|Park|Airport|Hospital|University|Movement|Martyrs)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Long March" names China's rockets and the Red Army's trek, no month: "In 2022, pieces of a Chinese Long March 5B
# rocket fell into the Indian Ocean" (had been this March), "a Long March 7 rocket" (had been March 7).
_LONG_BEFORE_MARCH = re.compile(r"\bLong[ \t]+$")
# A day or month the text gives no year for is taken in the publication's year, unless that puts it
# after the article in a sentence that speaks of no future: "on Dec. 31" in a story of January 3,
# "Floods hit Jakarta in August" in one of February, were last year's. A week's grace for a
# schedule told without a future ("talks on July 30"); a future date told as one stays, as one that a
# schedule is "set to" keep does: "Russia and Belarus are set to stage their joint Zapad-2025 drills from
# Sept. 12 to Sept. 16" in a story of September 2 (had been the year before's).
FUTURE_GRACE_DAYS = 7
# A night told with its date after it, which dates it instead: "overnight on Oct. 22", "overnight into Tuesday".
_OVERNIGHT_DATED_AFTER = re.compile(r"[ \t]+(?:on|of|into|to)[ \t]+(?:the[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                                    r"Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
                                    r"\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                                    r"Dec)[a-z]*\b)")
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|would|could|might|is to|are to|next|upcoming|coming|scheduled|"
                           r"planned|plans?|due|expected|later this|set for|(?:is|are) set to|slated|ahead of|until|"
                           r"by the end of|before the end of)\b", re.I)
# ... and a month told as a deadline is one to come, unless what was done by then is told as done: "parts of Bay and
# Bakool regions face a risk of famine by June if rains fail again" (in April; had been last June), not "By August,
# the floods had displaced 200,000 people".
_BY_A_DEADLINE_BEFORE = re.compile(r"\bby\s+$", re.I)
# A month that is a given name between a person's other names: "Levin August von Bennigsen", "Carl August Nielsen".
_NAME_BEFORE_A_MONTH = re.compile(r"(?<![\w.])(?P<word>[A-Z][a-z]+)\s+$")
_NAME_AFTER_A_MONTH = re.compile(r"\s+(?:von|van|de|der|da|[A-Z][a-z]+)\b")
_NOT_A_GIVEN_NAME_BEFORE = frozenset({"In", "Since", "By", "Until", "Till", "From", "Early", "Late", "Mid", "Last",
                                      "This", "Next", "Each", "Every", "Through", "During", "Before", "After", "On",
                                      "Of", "And", "Or", "Between", "Throughout", "Around"})


def _a_given_name(text: str, start: int, end: int) -> bool:
    """Whether the month named at ``start:end`` is a given name ("Levin August von Bennigsen")."""
    if text[start:end] not in ("April", "June", "August"):
        return False
    before = _NAME_BEFORE_A_MONTH.search(text, max(0, start - 20), start)
    return before is not None and before.group("word") not in _NOT_A_GIVEN_NAME_BEFORE \
        and _NAME_AFTER_A_MONTH.match(text, end) is not None
_HAD_BEEN_DONE = re.compile(r"\bhad\b", re.I)
_COUNTS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
# A live blog's entry opens with the time it was posted ("16:45 GMT - ", "08:05 - "): on the day
# the blog is published, for what the entry reports with no date of its own. The time is in the
# desk's zone, whichever it is: an abbreviation ending in "T" ("PHT", "PKT", "IST", "AEST", "SAST"),
# one that does not ("WIB", "WITA", "MSK", "UTC"), an offset ("GMT+8") or "local (time)".
_TIME_ZONE = r"(?:[A-Z]{1,4}T|UTC|WIB|WITA|WIT|MSK|local(?:[ \t]+time)?)(?:[ \t]*[+-][ \t]*\d{1,2}(?::?[0-5]\d)?)?"
LIVE_ENTRY_TIME = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d"
                             r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*\(?" + _TIME_ZONE + r"\)?)?"
                             r"[ \t]*(?:[-\u2013\u2014:|]|\n)", re.M)
# A weekday in brackets after a GMT or UTC hour is the universal time's, beside the local hour the sentence gives:
# "The quake hit at 2:14 a.m. (1714 GMT Wednesday) at a depth of 40 km off the town of Urakawa" is Thursday's (had
# been Wednesday's); the day the sentence tells, or the one in force, dates it.
_UNIVERSAL_DAY_BEFORE = re.compile(r"\([^()\n]{0,20}?\b(?:GMT|UTC)\s+$")
_CUES = list(dict.fromkeys(cue for _, _, cue in _PATTERNS))
ISO_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    approximate: bool = False


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# A year, not a count: "30 June 1857", "in 1857"; not "1,500" nor "1500 people".
_A_YEAR = re.compile(r"(?<![\d,.])(?:1[0-9]|20)\d\d(?!\d|,\d)(?!\s+(?:people|[a-z]{3,}s)\b)")
_HISTORY_BEFORE = 1950  # a year before it, named last, makes the text a history's
_YEAR_NAMED_REACH = 300  # how far back a year named last still dates a yearless date ("In 2014, ... That November")


def _year_told_long_ago(text: str, at: int) -> int | None:
    """The year named last in the ``_YEAR_NAMED_REACH`` characters before ``at``, when it lies before
    ``_HISTORY_BEFORE``: the year a history's yearless days are of. None in the news, whose last-named
    year is recent or which names none."""
    named = _A_YEAR.findall(text, max(0, at - _YEAR_NAMED_REACH), at)
    return int(named[-1]) if named and int(named[-1]) < _HISTORY_BEFORE else None


def find_dates(text: str, published: dt.date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` with their ISO value; invalid ones ("July 45") are skipped."""
    end = len(text) if end is None else end
    taken: list[tuple[int, int]] = []
    found = []
    year_default = published.year if published else None
    sentence = text[start:end]
    folded = fold(sentence)
    future = None  # whether the sentence speaks of a future: looked up when a date may lie after the article
    cued = {cue: cue.found(sentence, folded) for cue in _CUES}
    for kind, pattern, cue in _PATTERNS:
        if not cued[cue]:
            continue  # the pattern cannot match
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            if g.get("month") == "March" and _LONG_BEFORE_MARCH.search(text, max(0, m.start() - 5), m.start()):
                taken.append((m.start(), m.end()))  # the Long March's, no date
                continue
            if kind == "holiday":
                # (its year told after it: "coordinated Christmas Eve attacks in December 2023")
                year_after = _YEAR_AFTER_A_HOLIDAY.match(text, m.end(), end) if not g["year"] else None
                years_before = [] if g["year"] or year_after else \
                    _YEAR_BEFORE_A_HOLIDAY.findall(text, start, m.start())
                year = g["year"] or (year_after and year_after.group("year")) or (years_before and years_before[-1])
                value = _holiday_date(g["holiday"], int(year) if year else None, published,
                                      lambda: _FUTURE_WORDS.search(sentence) is not None)
                if value:
                    taken.append((m.start(), m.end()))
                    found.append(DateMention(m.group(), m.start(), m.end(), value))
                continue
            year = int(g["year"]) if g.get("year") else year_default
            if kind in ("day", "approx", "month") and not g.get("year"):
                if _THAT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    # The year named last, in this sentence or the few before it ("In 2014, ... That November, ...").
                    named = _YEAR.findall(text, max(0, start - _YEAR_NAMED_REACH), m.start())
                    if not named:
                        taken.append((m.start(), m.end()))  # "that November" of a year the text does not give
                        continue
                    year = int(named[-1])
                elif (told := _year_told_long_ago(text, m.start())) is not None:
                    year = told  # a history's day, of the year it last named: "besieged for 87 days from 30 June 1857.
                    # After the sepoys at Meerut rose on 10 May" (had been this May 10)
                elif published and _LAST_YEAR.search(text, start, m.start()):
                    year = published.year - 1  # "Last year, floods and landslides in September killed 244 people"
                    # (had been this September)
                elif published and (last_year := _LAST_YEAR_AFTER.match(text, m.end(), end)):
                    year = published.year - 1  # "On June 25 last year, protesters stormed parliament in Nairobi"
                    # (had been this June 25, and the event dated by "last year" alone)
                    taken.append((last_year.start(), last_year.end()))
                elif published and kind == "month" and _LAST_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                        and _month(g["month"]) >= published.month:
                    year = published.year - 1  # "last April" (``_LAST_BEFORE``)
                elif published and year == published.year:
                    day = int(g["day"]) if kind == "day" and g["day"].isdigit() and int(g["day"]) <= 28 else 1
                    if (dt.date(year, _month(g["month"]), day) - published).days > FUTURE_GRACE_DAYS:
                        if future is None:
                            future = _FUTURE_WORDS.search(sentence) is not None
                        if not future and not (_BY_A_DEADLINE_BEFORE.search(text, max(start, m.start() - 4), m.start())
                                               and not _HAD_BEEN_DONE.search(sentence)):
                            year -= 1
            value, approximate = None, False
            if kind == "day" and _in_dateline(text, m.start(), m.end()):
                taken.append((m.start(), m.end()))  # the filing date, nor is its "March" a month
                continue
            if kind == "day" and _A_NAMED_SITE_AFTER.match(text, m.end(), end):
                taken.append((m.start(), m.end()))  # a name that opens with a day, no date: see the pattern
                continue
            if kind == "day" and year:
                try:
                    value = dt.date(year, _month(g["month"]), int(g["day"])).isoformat()
                except ValueError:
                    taken.append((m.start(), m.end()))  # "July 45" is no date, nor is its "July"
                    continue
            elif kind in ("approx", "month") and year:
                if kind == "month" and not g.get("year") and _abbreviated(g["month"]):
                    continue  # a name's "Mar" ("Vina del Mar", "Mar del Plata") or "Jan" (Egeland)
                if kind == "month" and not g.get("year") and _a_given_name(text, m.start(), m.end()):
                    continue  # a person's given name: "the Russian army under Levin August von Bennigsen" (had
                    # dated the battle of Friedland in August)
                if kind == "month" and g["month"].rstrip(".").lower() == "may" and not g.get("year") and \
                        not re.search(r"\b(?:in|since|by|until|from|early|late|mid|last)\s+$",
                                      text[max(0, m.start() - 8):m.start()], re.I):
                    continue  # "may" the verb (but "In May, jihadists killed at least 20 soldiers" opens with the
                    # month, and had been undated)
                value, approximate = f"{year:04d}-{_month(g['month']):02d}", kind == "approx"
            elif kind == "year":
                value = g["year"]
            elif kind == "season":
                named = _YEAR.findall(text, max(0, start - _YEAR_NAMED_REACH), m.start())
                value, approximate = (named[-1], True) if named else (None, False)
                if not named:
                    taken.append((m.start(), m.end()))  # a season of a year the text does not give
            elif kind == "last_season" and published:
                value, approximate = f"{_last_season_year(g['season'], published):04d}", True
            elif kind == "weekday" and _UNIVERSAL_DAY_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                taken.append((m.start(), m.end()))
                continue
            elif kind == "weekday" and published:
                weekday = WEEKDAYS.index(g["weekday"].lower())
                if (_ahead(text, start, m.start()) or _opens_a_future(text, start, m.start(), m.end(), end)) \
                        and not _POSSESSIVE_AFTER.match(text, m.end()):
                    ahead = (weekday - published.weekday()) % 7 or (7 if _NEXT_BEFORE.search(
                        text, max(start, m.start() - 5), m.start()) else 0)
                    value = (published + dt.timedelta(days=ahead)).isoformat()
                else:
                    back = (published.weekday() - weekday) % 7
                    if back == 0 and (g.get("pre") or "").lower() == "last":
                        back = 7  # "last Tuesday" in a Tuesday's paper
                    value = (published - dt.timedelta(days=back)).isoformat()
            elif kind == "relative" and _OVERNIGHT_DATED_AFTER.match(text, m.end()) \
                    and g["rel"].lower() in ("overnight", "last night"):
                continue  # the day after it dates it: "A Russian drone attack on the port of Izmail on the Danube
                # overnight on Oct. 22 damaged a grain silo" (had been the night before the story, nearer the place)
            elif kind == "relative" and published:
                rel = g["rel"].lower()
                value = (published - dt.timedelta(days=1 if rel in ("yesterday", "last night") else 0)).isoformat()
                approximate = rel in ("overnight", "last night")
            elif kind == "earlier" and published:
                if text[start:m.start()].strip(" \t\n\"\u201c*-"):
                    continue  # only as the sentence opens: "the cocaine had been driven up from Liverpool the previous
                    # day" is the day before another's, in the past
                week = any((unit or "").lower() == "week" for unit in (g["unit"], g["unit2"], g["unit3"]))
                value, approximate = (published - dt.timedelta(days=7 if week else 1)).isoformat(), True
            elif kind == "day_count" and published:
                value, approximate = published.isoformat(), True
            elif kind == "ago" and published:
                num = g["num"].lower()
                count = 1 if num in ("a", "an") else int(num) if num.isdigit() else _COUNTS.index(num) + 1
                week = g["unit"].lower().startswith("week")
                if g["unit"].lower().startswith("year"):
                    value, approximate = f"{published.year - count:04d}", True
                else:
                    value, approximate = (published - dt.timedelta(days=count * (7 if week else 1))).isoformat(), week
            elif kind == "relative_period" and published and g["week"]:
                value, approximate = published.isoformat(), True  # the past week's, as this week's
            elif kind == "relative_period" and published:
                back = 1 if g["rel"].lower() == "last" else 0
                if g["unit"].lower() == "year":
                    value = f"{published.year - back:04d}"
                elif g["unit"].lower() == "weekend":  # the Saturday of the weekend just past, or under way
                    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
                    value, approximate = saturday.isoformat(), True
                elif g["unit"].lower() == "week":
                    value, approximate = (published - dt.timedelta(days=7 * back)).isoformat(), True
                else:
                    month = published.year * 12 + published.month - 1 - back
                    value = f"{month // 12:04d}-{month % 12 + 1:02d}"
            if value:
                taken.append((m.start(), m.end()))
                found.append(DateMention(m.group(), m.start(), m.end(), value, approximate))
    return sorted(found, key=lambda d: d.start)


# A weekday is the one to come when its clause speaks of the future before it: "the monsoon will
# hit Kerala on Friday", "talks, which are due to resume Monday", "next Tuesday". Not "he will be
# charged over the attack on Monday", where the day is the attack's, nor "will respond to
# Saturday's attack".
# A month told after "last year", in its sentence: last year's.
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
# A month told as "last April": the latest one gone, last year's when the paper is of that month or one before it
# ("Last April, Chuadanga recorded 43.7C", in a story of April 20, had been this April's).
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
# ... or right after it: "On June 25 last year", "In March last year".
_LAST_YEAR_AFTER = re.compile(r",?\s+last\s+year\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_NEXT_BEFORE = re.compile(r"\b[Nn]ext\s+$")
_CLAUSE_BREAK_BEFORE = re.compile(r"[,;:(]|\b(?:after|since|following|when|which|that|who|but|and|over|for|of|"
                                  r"on|in)\s+(?:the|an?|its|their|his|her)\b|\b(?:after|since|following|when|which|"
                                  r"that|who|but|and)\b", re.I)
# ... nor a reported one: "said it would hold a rally in Izmir on Saturday" (which had dated the next
# sentence last Saturday), "ahead of a planned march on Saturday".
# (and a forecast's: "Melissa was forecast to cross eastern Cuba on Wednesday morning", which had dated the
# evacuations told after it last Wednesday)
_FUTURE_VERB = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:(?:due|set|expected|scheduled|going|slated|planning|"
                          r"forecast|predicted)\s+)?to|(?:was|were)\s+(?:forecast|predicted)\s+to|plans?\s+to|planned|"
                          r"upcoming)\b|['\u2019]ll\b|"
                          # a day something was put off to: "hours before the Sugar Bowl college football game, which
                          # was postponed to Thursday" (in a Wednesday's paper; had been last Thursday, and dated the
                          # New Orleans attack told before it)
                          r"\b(?:postponed|delayed|pushed\s+back|rescheduled|moved|adjourned|deferred|put\s+off)\s+"
                          r"(?:to|until|till)\s+$|"
                          # a forecast's figure: "temperatures in Seville and Cordoba could hit 44 C on Wednesday"
                          # (had been last Wednesday, and dated the death told after it); not "residents could hear
                          # gunfire on Sunday"
                          r"\b(?:could|may|might)\s+(?:hit|reach|top|exceed|surpass|approach|rise|climb|soar|peak|"
                          r"break)\b", re.I)


# A weekday that opens its sentence is its main clause's, whose verb comes after it: "On Tuesday,
# Egyptian Foreign Minister Badr Abdelatty is due in Amman for talks" (had been last Tuesday); not
# "On Monday, police said protesters would march", where the day is the saying's.
_DAY_OPENS_BEFORE = re.compile(r"^[\s\"\u201c*-]*(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Oo]n\s+)?$")
_FUTURE_OF_THE_OPENING_DAY = re.compile(r",?[ \t]+(?:(?!(?:said|says|told|announced|[a-z]+ed)\b)[\w'\u2019.-]+[ \t]+)"
                                        r"{0,8}?(?:will|shall|(?:is|are)[ \t]+(?:due|set|expected|scheduled|"
                                        r"slated)[ \t]+(?:to|in|at|for)|(?:is|are)[ \t]+to)\b")


def _opens_a_future(text: str, start: int, at: int, day_end: int, end: int) -> bool:
    return _DAY_OPENS_BEFORE.match(text[start:at]) is not None \
        and _FUTURE_OF_THE_OPENING_DAY.match(text, day_end, end) is not None


def _ahead(text: str, start: int, at: int) -> bool:
    if _NEXT_BEFORE.search(text, max(start, at - 5), at):
        return True
    clause = max((m.end() for m in _CLAUSE_BREAK_BEFORE.finditer(text, start, at)), default=start)
    return _FUTURE_VERB.search(text, clause, at) is not None


def _abbreviated(month: str) -> bool:
    """Whether a month is written short ("Mar", "Sept."): news abbreviates one only before a day
    or a year, and alone such a word is as often a name."""
    return month.rstrip(".").lower() not in _FULL_MONTHS


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a dateline's: after a line's capitalized place
    (and region) and before the agency and dash."""
    line_start = text.rfind("\n", 0, start) + 1
    return _DATELINE_BEFORE.fullmatch(text, line_start, start) is not None \
        and _DATELINE_AFTER.match(text, end) is not None


def parse_iso(value: str) -> str:
    """Validate a data-file date: ISO 8601 year, year-month or full date. Raises ValueError."""
    m = ISO_DATE.match(value.strip())
    if not m:
        raise ValueError(f"date {value!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = m.group("y", "m", "d")
    dt.date(int(y), int(mo or 1), int(d or 1))  # raises ValueError for month 13 or day 45
    return value.strip()
