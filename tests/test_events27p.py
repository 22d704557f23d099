"""Politics and diplomacy as the wires and national papers report them in 2025 (the twenty-seventh session's
fx27p check): elections and their counts, summits and talks, state visits, sanctions, indictments and court
rulings, and the background those stories tell (an assassination attempt's year)."""

import readings
from readings import names


def events(text, index, published):
    return readings.events(text, index, published)


def test_an_assassination_attempt_in_a_year_is_dated_to_it(index):
    text = "Lissu survived an assassination attempt in 2017 in Dodoma, when he was shot 16 times."
    assert [e[:3] for e in events(text, index, "2025-04-10")] == [("dodoma", "attack", "2017")]


def test_a_meeting_that_could_be_held_somewhere_is_no_talks_there(index):
    text = ("There's no deal until there's a deal, Trump told reporters at a brief joint appearance. Putin suggested "
            "their next meeting could be in Moscow.")
    assert [e[:2] for e in events(text, index, "2025-08-15") if e[1] == "talks"] == []


def test_talks_that_met_are_still_talks(index):
    text = "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct peace talks since March 2022."
    assert [e[:3] for e in events(text, index, "2025-05-16")] == [("istanbul", "talks", "2025-05-16")]


def test_the_fighting_a_deal_is_aimed_at_ending_is_no_event(index):
    text = ("DOHA, Nov 15 (Reuters) - The Democratic Republic of Congo and the Rwanda-backed M23 rebel group signed a "
            "framework agreement in Doha on Saturday aimed at ending fighting in eastern Congo, Qatari mediators said.")
    assert [e[:2] for e in events(text, index, "2025-11-15")] == [("doha", "talks")]



def test_a_given_name_no_census_list_has_before_a_surname_told_again_is_no_place(index):
    text = ("MOSCOW, June 19 (AFP) - Indonesian President Prabowo Subianto held talks with Vladimir Putin in St "
            "Petersburg on Thursday, the Kremlin said.\n\nPutin and Prabowo signed a declaration on strategic "
            "partnership, Kremlin aide Yuri Ushakov told reporters.")
    assert "Vladimir" not in names(text, index)
    assert "Vladimir Putin" in events(text, index, "2025-06-19")[0][3]


def test_a_citys_central_district_court_is_no_namesake_district(index):
    text = ("Yoon, who has been held at the Seoul Detention Center in Uiwang since his arrest on Jan. 15, is expected "
            "to stand trial at the Seoul Central District Court.")
    assert "Central District" not in names(text, index)
    assert "Seoul" in names(text, index)


def test_rallies_the_authorities_banned_are_no_protest(index):
    text = ("Protests against the exclusion left at least two dead in the run-up to the vote, the interior ministry "
            "said. Authorities had banned opposition rallies in Abidjan for two months.")
    assert [e[:2] for e in events(text, index, "2025-10-27") if e[0] == "abidjan"] == []
