"""Events and places of election news (the thirtieth session's fx30e check): election-day reports, results by
region, campaign rallies and debates, post-election protests, clashes and arrests, recounts and court challenges."""

import readings
from geomap.events import find_figures


def events(text, index, published):
    return readings.events(text, index, published)


def _types(text, index, published):
    return {(e[0], e[1]) for e in events(text, index, published)}


# 1. A campaign's rally, a candidate's speech to supporters, protests nothing.

def test_a_campaign_rally_is_no_protest(index):
    text = "Biya, in power since 1982, held only one campaign rally, in Maroua, on Oct. 7."
    assert ("maroua", "protest") not in _types(text, index, "2025-10-27")


def test_a_candidate_telling_supporters_at_a_rally_is_no_protest(index):
    text = ('"Pennsylvanians sent a clear message tonight that our courts are not for sale," Wecht told supporters '
            'at a rally in Pittsburgh.')
    assert _types(text, index, "2025-11-05") == {("pittsburgh", "statement")}


def test_a_rally_held_by_a_candidate_in_the_race_is_no_protest(index):
    text = ("Businessman Nate Morris, the third Republican in the race, has pitched himself as the most loyal to "
            "President Donald Trump and held a rally in Paducah last week. Opposition supporters held a rally in "
            "Garoua on Sunday against the election results.")
    found = _types(text, index, "2025-12-11")
    assert ("paducah", "protest") not in found and ("garoua", "protest") in found


# 2. Clashes no armed side fought, in a story of protests over an election, are a riot, not a battle.

def test_clashes_after_election_protests_are_a_riot(index):
    text = ("In Garoua, Tchiroma's home town, protesters set fire to a ruling party office and police fired tear gas "
            "to disperse crowds gathered outside his residence. In Douala, the economic capital, at least four people "
            "were killed in clashes on Sunday, the regional governor said.")
    found = _types(text, index, "2025-10-27")
    assert ("douala", "riot") in found and ("douala", "ground_operation") not in found


def test_clashes_reported_after_a_protests_lead_are_a_riot(index):
    text = ("ABIDJAN, Ivory Coast (AFP) - Security forces fired tear gas at opposition supporters in several towns in "
            "Ivory Coast on Monday after President Alassane Ouattara was declared the winner of Saturday's election.\n\n"
            "Clashes were also reported in Gagnoa, Gbagbo's home town in the centre-west, and in Bonoua, east of the "
            "commercial capital, where a local official said two people had been killed.\n\n"
            "In Plateau State, the government imposed a curfew in parts of Bokkos after renewed clashes between "
            "farmers and herders left at least eight people dead. Clashes between soldiers and rebels were reported "
            "in Sake, where two people were killed.")
    found = _types(text, index, "2025-10-27")
    assert {("gagnoa", "riot"), ("bonoua", "riot")} <= found
    assert not {("bokkos", "riot"), ("sake", "riot")} & found


# 3. A second report joined after the event ("..., and officials said", "... and that") has places of its own.

def test_detentions_told_before_another_speakers_report_are_not_at_its_places(index):
    text = ("Police said they had detained 74 people in raids before the vote in connection with an alleged plot to "
            "stir mass unrest, and Moldovan officials said polling stations abroad had received bomb threats in "
            "Brussels, Rome and several U.S. cities.")
    assert [e for e in events(text, index, "2025-09-29") if e[1] == "arrest"] == []


def test_arrests_told_before_a_second_that_are_not_at_its_place(index):
    text = ('Interior Minister Vagondo Diomande said 27 people had been arrested since Saturday for "acts of '
            'vandalism" and that a gendarme was wounded in Daloa. Saratov governor Roman Busargin said a drone had '
            'struck an "industrial enterprise" in the city and that a woman had been injured in neighbouring Engels.')
    found = _types(text, index, "2025-10-27")
    assert ("daloa", "arrest") not in found and ("engels", "strike") in found


# 4. Cameroon's Nord is the "North Region" or "Northern Region" the wires name, not Uganda's Northern region.

def test_cameroons_northern_region(index):
    text = ("YAOUNDE, Cameroon (Reuters) - In Garoua, Tchiroma's home town in the Northern Region, protesters set "
            "fire to a ruling party office.")
    assert [(p[2], p[3]) for p in readings.places(text, index) if p[0] == "Northern Region"] == [("CM", "admin1")]


# 5. A protest stays one when another source's report, joined after it, tells of arrests at a place of their own.

def test_a_protest_before_another_sources_arrests_elsewhere_stays_a_protest(index):
    text = ("Thousands of people protested against the AfD outside its headquarters in Berlin on Sunday night, and "
            "police said they detained several people in Leipzig after clashes with left-wing demonstrators. "
            "Thousands protested in Munich on Saturday, and police said they detained 12 people.")
    found = _types(text, index, "2025-02-24")
    assert ("berlin", "protest") in found and ("berlin", "arrest") not in found
    assert ("munich", "arrest") in found


# 6. A crowd that celebrates a victory protests nothing; one told as protesters, or protesting, still does.

def test_supporters_celebrating_in_the_streets_are_no_protest(index):
    text = ("Supporters of the DPP poured onto the streets of Blantyre and Mangochi on Wednesday afternoon, singing "
            "and waving blue flags. In Batumi, protesters waving EU flags and singing the national anthem marched "
            "on Saturday.")
    found = _types(text, index, "2025-09-24")
    assert not {("blantyre", "protest"), ("mangochi", "protest")} & found and ("batumi", "protest") in found


# 7. A vote's share or turnout counts nothing that happened.

def test_a_vote_share_is_no_protests_figure(index):
    text = ("ABIDJAN, Ivory Coast (AFP) - Security forces fired tear gas at opposition supporters in several towns in "
            "Ivory Coast on Monday after President Alassane Ouattara was declared the winner of Saturday's "
            "presidential election with nearly 90 percent of the vote.")
    doc = readings.extract(readings.Article(text=text, id="x", published="2025-10-27"), index=index)
    assert [e.type for e in doc.events] == ["protest"]
    assert [g.unit for e in doc.events for g in e.figures] == []
    assert [f.unit for f in find_figures("Nearly 90 percent of the town was destroyed.")] == ["percent"]


# 8. Stones thrown at a victory procession are a riot.

def test_stones_thrown_at_a_victory_procession_are_a_riot(index):
    text = ("Police said the counting passed off peacefully, although stones were thrown at a victory procession in "
            "Mokama on Friday evening and three people were injured.")
    assert _types(text, index, "2025-11-14") == {("mokameh", "riot")}


# 9. A calling that opens a sentence is a title, no part of the actor's name.

def test_a_businessman_candidate_is_named_without_his_calling(index):
    text = ("Businessman Nate Morris, the third Republican in the race, has pitched himself as the most loyal to "
            "President Donald Trump and held a rally in Paducah last week.")
    actors = [a for e in events(text, index, "2025-12-11") for a in e[3]]
    assert "Nate Morris" in actors and "Businessman Nate Morris" not in actors


# 10. The president declared the winner is no actor of the riot against his win.

def test_the_president_declared_winner_is_not_the_rioter(index):
    text = ("YAOUNDE, Cameroon (Reuters) - Cameroon's Constitutional Council declared 92-year-old President Paul Biya "
            "the winner of the Oct. 12 presidential election on Monday, giving him an eighth term, as his main "
            "challenger Issa Tchiroma Bakary insisted he had won and his supporters clashed with police.")
    found = [e for e in events(text, index, "2025-10-27") if e[1] == "riot"]
    assert found and all("Paul Biya" not in e[3] for e in found)
