import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.dates import find_dates, parse_iso

PUBLISHED = dt.date(2025, 7, 23)


@pytest.mark.parametrize("text, value, approximate", [
    ("met in Istanbul on July 23 for talks", "2025-07-23", False),
    ("On July 22, Ukrainian drones struck", "2025-07-22", False),
    ("The operation, launched in August 2024, saw", "2024-08", False),
    ("Set for mid-September, the drills", "2025-09", True),
    ("before the end of August", "2025-08", True),
    ("negotiations held on May 16 and", "2025-05-16", False),
    ("an offensive launched in May", "2025-05", False),
    ("the invasion began in 2022", "2022", False),
    ("Police said on Monday that", "2025-07-21", False),
    ("on 3 March 2024 the talks", "2024-03-03", False),
    ("Talks in Jeddah stalled last month", "2025-06", False),
    ("as it did last year", "2024", False),
    ("floods earlier this month", "2025-07", False),
])
def test_dates_normalized_with_article_year(text, value, approximate):
    (d,) = find_dates(text, PUBLISHED)
    assert (d.value, d.approximate) == (value, approximate)
    assert text[d.start:d.end] == d.text


def test_a_datelines_date_is_the_filing_date_not_an_events():
    # "KHARTOUM, March 14 (Wire) - ... on Thursday" had dated the shelling March 14, a Friday.
    published = dt.date(2025, 3, 14)
    for dateline in ("KHARTOUM, March 14 (Wire) - ", "LUBBOCK, Texas, March 14 \u2014 ", "PARIS, 14 March (AFP) - "):
        text = "Headline\n\n" + dateline + "Shelling killed 23 civilians in El Fasher on Thursday, medics said."
        assert [(d.text, d.value) for d in find_dates(text, published)] == [("on Thursday", "2025-03-13")]
    # A date opening a sentence is no dateline, nor one with no place before it.
    assert [d.value for d in find_dates("On March 12 - a strike hit Nyala.", published)] == ["2025-03-12"]
    assert [d.value for d in find_dates("Troops arrived March 12 (local time) - late.", published)] == ["2025-03-12"]
    assert [d.value for d in find_dates("last month", dt.date(2025, 1, 5))] == ["2024-12"]


@pytest.mark.parametrize("text, published, value, approximate", [
    # From a third audit, on wire copy. A sentence opening with its day had lost it:
    ("On Saturday, Russian troops captured the village of Borova.", dt.date(2026, 3, 9), "2026-03-07", False),
    ("Late Tuesday, a police drone operation in Cite Soleil killed eight.", dt.date(2026, 9, 23), "2026-09-22", False),
    ("Late on Sunday, a ballistic missile struck Dnipro.", dt.date(2026, 3, 9), "2026-03-08", False),
    ("In 2023, its fighters killed thousands in El Geneina.", dt.date(2026, 1, 3), "2023", False),
    # A date with no year is not put more than half a year after the article: it was last year's.
    ("the RSF shelled the camp on Dec. 31, killing nine", dt.date(2026, 1, 3), "2025-12-31", False),
    ("A previous round of talks in Luanda collapsed in December.", dt.date(2026, 2, 3), "2025-12", False),
    ("elections could be held in June", dt.date(2026, 3, 2), "2026-06", False),
    ("Talks resume on July 30", PUBLISHED, "2025-07-30", False),
    # "that November" is the month of the year named before it.
    ("The M23 seized North Kivu in 2012 and briefly captured Goma that November.", dt.date(2026, 2, 3), "2012-11",
     False),
    ("Police in Mandalay arrested five journalists last week.", dt.date(2026, 5, 20), "2026-05-13", True),
    # A weekday is the one before, whatever the sentence says will follow: "Friday's riot" is done.
    ("Police said they will investigate Friday's riot in Leeds.", dt.date(2025, 3, 8), "2025-03-07", False),
    ("Israel will respond to Saturday's rocket attack on Haifa.", dt.date(2025, 3, 12), "2025-03-08", False),
    ("Voters will elect a mayor on Oct. 4; on Saturday thousands rallied.", dt.date(2025, 4, 14), "2025-04-12", False),
    ("Russian drones hit Kyiv Saturday.", dt.date(2025, 4, 14), "2025-04-12", False),
    # ... unless its own clause speaks of the future before it: then it is the one to come.
    ("The monsoon will hit Kerala on Friday, the weather office said.", dt.date(2025, 3, 8), "2025-03-14", False),
    ("Talks in Doha, which are due to resume Monday, were halted.", dt.date(2025, 3, 8), "2025-03-10", False),
    ("Protesters plan to march in Nairobi next Saturday.", dt.date(2025, 3, 8), "2025-03-15", False),
    ("Officials said on Tuesday that the storm will hit Cuba on Friday.", dt.date(2025, 3, 8), "2025-03-14", False),
    ("He will be charged after the attack in Leeds on Monday.", dt.date(2025, 3, 8), "2025-03-03", False),
    ("A drone hit Kyiv on Thursday and officials will investigate.", dt.date(2025, 3, 8), "2025-03-06", False),
    # ... but a weekday in a name, or every week, is no date.
    ("A cyclone hit Thursday Island on Friday.", dt.date(2025, 3, 8), "2025-03-07", False),
    ("Protesters have gathered in Tbilisi every Friday since November.", dt.date(2025, 3, 12), "2024-11", False),
    ("Strikes continued over the weekend.", dt.date(2025, 4, 14), "2025-04-12", True),
    ("Two days ago, jets struck the market.", dt.date(2025, 4, 14), "2025-04-12", False),
])
def test_wire_copy_dates(text, published, value, approximate):
    found = find_dates(text, published)
    assert (found[-1].value, found[-1].approximate) == (value, approximate)


def test_that_month_of_a_year_never_named_is_no_date():
    assert find_dates("He captured Goma that November.", PUBLISHED) == []


def test_invalid_and_verb_forms_are_not_dates():
    assert find_dates("It happened on July 45 somewhere.", PUBLISHED) == []
    assert find_dates("Belarus may reverse its decision", PUBLISHED) == []


@pytest.mark.parametrize("value", ["2025", "2025-07", "2025-07-23"])
def test_parse_iso_accepts(value):
    assert parse_iso(value) == value


@pytest.mark.parametrize("value", ["July 45", "2025-13", "2025-02-30", "23/07/2025"])
def test_parse_iso_rejects(value):
    with pytest.raises(ValueError):
        parse_iso(value)


_FRAGMENTS = ["July", "jULY", "Sept.", "Dec", "22", "3rd", "1999", "2024", " ", ", ", "in ", "since ", "on ",
              "mid-", "Early ", "the end of ", "Monday", "last ", "MONDAY", "yesterday", "This Morning", "ſince",
              "İn ", "may", "month", "YEAR", "this ", "two", "days", "\tago", " AGO", "Afternoon", "tonight", "12:05",
              " GMT - "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=10))
def test_a_pattern_is_skipped_only_when_it_cannot_match(parts):
    from geomap.cues import fold
    from geomap.dates import _PATTERNS

    sentence = "".join(parts)
    for _, pattern, cue in _PATTERNS:
        if pattern.search(sentence):
            assert cue.found(sentence, fold(sentence)), (pattern.pattern, sentence)


@pytest.mark.parametrize("stamp", ["18:30 PHT - ", "18:30 PKT - ", "18:30 IST - ", "18:30 WIB - ", "18:30 WITA - ",
                                   "18:30 ICT - ", "18:30 EAT - ", "18:30 CAT - ", "18:30 WAT - ", "18:30 SAST - ",
                                   "18:30 JST - ", "18:30 KST - ", "18:30 AEST - ", "18:30 MSK - ", "18:30 local - ",
                                   "8:05 a.m. PHT - ", "18:30 (GMT+8) - ", "18:30 UTC+5:30 - "])
def test_a_live_entry_is_stamped_in_any_desks_time_zone(stamp):
    # From a thirteenth audit: an Asia desk's live blog ("18:30 PHT - ...") was undated throughout.
    from geomap.dates import LIVE_ENTRY_TIME

    text = "LIVE UPDATES: Typhoon Kalmaegi is battering the Visayas.\n\n" + stamp + "Flash floods swept through Liloan."
    assert [m.group().strip() for m in LIVE_ENTRY_TIME.finditer(text)] == [stamp.strip()]


def test_a_month_written_short_is_a_month_only_with_its_day_or_year():
    # From a thirteenth audit: "Vina del Mar" dated the February 2024 fires "2025-03".
    published = dt.date(2025, 11, 8)
    text = "the February 2024 fires, which killed 137 people in Vina del Mar, Quilpue and Villa Alemana"
    assert [d.value for d in find_dates(text, published)] == ["2024-02"]
    assert find_dates("Jan Egeland said floods hit Mar del Plata.", published) == []
    assert [d.value for d in find_dates("on Mar. 3 and in Sept. 2024", published)] == ["2025-03-03", "2024-09"]
