"""Events of diplomacy and military signalling as the wires report them (the twenty-fourth session's fx24d
check): exercises begun or held, hostages and prisoners freed, envoys summoned, drones launched at a country;
talks that have stalled, an exchange agreed, the last time leaders met or drills were held, and a statement of
plans are no event; a state railway that reports its crash is no party to it."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_one_named_exercise_begun_or_held_is_an_exercise(index):
    text = ("Separately, Japan's Self-Defense Forces and the U.S. Marines started the Resolute Dragon exercise on the "
            "southern island of Okinawa, the Japanese defence ministry said.")
    found = events(text, index, "2025-08-18")
    assert [(p, t) for p, t, _, _ in found] == [("okinawa-island", "exercise")], found


def test_hostages_released_by_a_side_are_a_prisoner_exchange(index):
    text = ("DEIR AL-BALAH, Gaza Strip (AP) \u2014 Hamas militants released three Israeli hostages in the central Gaza "
            "town of Deir al-Balah on Saturday, parading the gaunt men on a stage before handing them to the Red "
            "Cross, in the fifth exchange under the fragile ceasefire.")
    found = events(text, index, "2025-02-08")
    assert [(t, d) for _, t, d, _ in found] == [("prisoner_exchange", "2025-02-08")], found


def test_an_envoy_summoned_is_diplomacy(index):
    for text, published, place in (
            ("Ukraine's foreign ministry summoned Hungary's ambassador in Kyiv on Friday after Budapest criticised a "
             "Ukrainian strike on the Druzhba oil pipeline.", "2025-08-16", "kyiv"),
            ("Japan's foreign ministry summoned a Chinese embassy official in Tokyo to express concern.", "2025-04-02",
             "tokyo")):
        found = events(text, index, published)
        assert (place, "talks") in [(p, t) for p, t, _, _ in found], found


def test_drones_launched_at_a_country_are_a_strike(index):
    text = "Overnight, Russia launched 85 drones and a ballistic missile at Ukraine, the Ukrainian air force said."
    found = events(text, index, "2025-08-16")
    assert [(p, t) for p, t, _, _ in found] == [("ukraine", "strike")], found


def test_talks_stalled_or_an_exchange_agreed_are_no_event(index):
    for text, published in (
            ("Ceasefire talks mediated by Qatar and Egypt in Doha have stalled, officials said on Sunday.",
             "2025-07-14"),
            ("Russia and Ukraine agree new prisoner swap at Istanbul talks", "2025-06-03")):
        found = events(text, index, published)
        assert not [e for e in found if e[1] in ("talks", "prisoner_exchange")], found


def test_the_last_time_is_history(index):
    for text, published in (
            ("Trump and Putin last met in person in Helsinki in 2018.", "2025-08-16"),
            ("China last held major drills around Taiwan in December and in October, when it surrounded the island "
             "with warships.", "2025-04-02")):
        assert events(text, index, published) == []


def test_a_statement_of_plans_is_no_event_at_the_plans_place(index):
    for text, published in (
            ("The government has pledged to spend billions of dollars modernising signalling and rolling stock, and "
             "officials said on Tuesday that the line through Sharqia was due to receive a new electronic signal "
             "system next year.", "2025-03-18"),
            ("The Indian Meteorological Department has forecast heavy rain in Thane district this week, and civic "
             "officials said they would evacuate other dangerous buildings.", "2025-09-02")):
        assert events(text, index, published) == []


def test_a_state_railway_that_reports_its_crash_is_no_party(index):
    text = ("A train travelling from Ismailia to Zagazig crashed into the back of a stationary train at a signal near "
            "the village of Abu Hammad, the Egyptian National Railways said in a statement.")
    found = events(text, index, "2025-03-18")
    assert found and all("Egypt" not in actors for _, _, _, actors in found), found


def test_what_talks_are_about_and_drills_cited_are_no_place_of_theirs(index):
    text = ("ANCHORAGE, Alaska \u2014 President Donald Trump and Russian President Vladimir Putin met for nearly three "
            "hours at Joint Base Elmendorf-Richardson in Anchorage on Friday but failed to agree on a ceasefire in "
            "Ukraine.")
    assert [(p, t) for p, t, _, _ in events(text, index, "2025-08-16")] == [("anchorage", "talks")]
    text = ("Poland closed its border with Belarus at midnight on Thursday, including the rail crossing at Terespol, "
            "citing the drills.")
    assert events(text, index, "2025-09-12") == []


def test_bombers_destroyed_at_air_bases_are_a_strike(index):
    text = ("On Sunday, Ukraine's security service said it had destroyed dozens of Russian strategic bombers at air "
            "bases deep inside Russia, including the Belaya base in the Irkutsk region, in an operation it called "
            "\"Spiderweb\".")
    found = events(text, index, "2025-06-03")
    assert [(p, t, d) for p, t, d, _ in found] == [("irkutsk-region", "strike", "2025-06-01")], found


def test_drills_told_on_take_the_leads_day_and_their_name_is_no_party(index):
    text = ("TAIPEI, April 2 (Reuters) - China's military held a second day of war games around Taiwan on Wednesday, "
            "staging live-fire drills in the East China Sea and simulating strikes on ports and energy facilities, a "
            "day after launching large-scale exercises it said were a warning to \"separatist\" forces.\n\n"
            "The Eastern Theater Command said the drills, code-named \"Strait Thunder-2025A\", were focused on the "
            "middle and southern parts of the Taiwan Strait.")
    found = events(text, index, "2025-04-02")
    assert ("taiwan-strait", "exercise", "2025-04-02") in [(p, t, d) for p, t, d, _ in found], found
    text = ("Separately, Japan's Self-Defense Forces and the U.S. Marines started the Resolute Dragon exercise on the "
            "southern island of Okinawa, the Japanese defence ministry said.")
    assert all("Resolute Dragon" not in actors for _, _, _, actors in events(text, index, "2025-08-18"))
