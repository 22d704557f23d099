"""Events of one act told at several places as the wires and national papers report them (the twenty-seventh
session's fx27y check): lists whose items carry "the", ..."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_list_of_regions_named_with_the(index):
    text = ("JOHANNESBURG (Reuters) - South African police said on Wednesday that more than 13,000 people have been "
            "arrested in Gauteng, the North West and the Free State over the past month under Operation Shanela, a "
            "crackdown on violent crime.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-20")}
    assert {("gauteng", "arrest"), ("north-west", "arrest"), ("free-state", "arrest")} <= found


def test_a_city_and_the_region_struck(index):
    text = ("KYIV, Ukraine (AP) \u2014 Russian drones and missiles struck the city of Sumy and the Dnipropetrovsk "
            "region overnight, killing four people and wounding at least 19, Ukrainian officials said Tuesday.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-07-15")}
    assert {("sumy", "strike"), ("dnipropetrovsk-region", "strike")} <= found


def test_a_clause_after_and_the_is_no_item_of_the_list(index):
    text = "Protesters rallied in Tbilisi and the European Union said it was concerned."
    assert [e[:2] for e in events(text, index, "2025-07-15")] == [("tbilisi", "protest")]


def test_a_name_in_apposition_after_the_is_no_item_of_the_list(index):
    text = ("The decision drew protests from truck drivers stranded in Belarus and from freight companies in "
            "Klaip\u0117da, the Baltic seaport, which moves large volumes of cargo.")
    assert "baltic-sea" not in {e[0] for e in events(text, index, "2025-10-30")}


def test_a_prison_named_after_a_city_but_in_another_town(index):
    text = ("Yoon, who has been held at the Seoul Detention Center in Uiwang since his arrest on Jan. 15, will stand "
            "trial while in custody.")
    assert [e[:2] for e in events(text, index, "2025-01-26")] == [("uiwang", "arrest")]


def test_what_violence_risked_spreading_to_is_no_place_of_the_statement(index):
    text = ("Jordan's foreign minister, speaking in Amman, said the violence risked spreading to the Jordan Valley.")
    assert "jordan-valley" not in {e[0] for e in events(text, index, "2025-06-01")}


def test_protests_spread_from_the_capital_to_three_cities(index):
    text = ("ANTANANARIVO, Madagascar (Reuters) - Youth-led protests over water and power cuts spread from the capital "
            "to Toamasina, Mahajanga and Antsirabe on Friday, as authorities imposed a night curfew in Antananarivo "
            "after two days of looting.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-09-26")}
    assert {("toamasina", "protest"), ("mahajanga", "protest"), ("antsirabe", "protest")} <= found


def test_two_compass_words_before_a_country_are_its_part(index):
    text = "Fighting in Kaduna and North West Nigeria has displaced more than a million people since 2021."
    assert "North West Nigeria" in readings.names(text, index)


def test_places_attacked_listed_before_the_toll(index):
    text = ("Last week, RSF fighters attacked El Fasher, the capital of North Darfur, and the nearby Zamzam and Abu "
            "Shouk displacement camps, killing at least 62 people, activists said.")
    assert [e[:2] for e in events(text, index, "2025-05-06")] == [("el-fasher", "attack")]


def test_a_route_told_after_its_accident_is_no_second_accident(index):
    text = ("DENPASAR, Indonesia (AP) \u2014 A ferry carrying 65 people sank late Wednesday in the Bali Strait, killing "
            "at least four people and leaving 30 missing, Indonesian officials said Thursday.\n\n"
            "The KMP Tunu Pratama Jaya was sailing from Ketapang port in East Java to Gilimanuk port in Bali when it "
            "capsized about 30 minutes after departure, the national search and rescue agency said.")
    assert [e[1] for e in events(text, index, "2025-07-03")] == ["accident"]


def test_a_ferry_sunk_in_a_strait_is_placed_in_the_strait(index):
    text = ("DENPASAR, Indonesia (AP) \u2014 A ferry carrying 65 people sank late Wednesday in the Bali Strait, killing "
            "at least four people and leaving 30 missing, Indonesian officials said Thursday.")
    assert [e[:2] for e in events(text, index, "2025-07-03")] == [("bali-strait", "accident")]


def test_an_arrest_in_the_lead_told_again_at_its_town(index):
    text = ("Tanzania: Opposition leader Tundu Lissu charged with treason\n\n"
            "DAR ES SALAAM, Tanzania (AP) \u2014 Tanzania's main opposition leader Tundu Lissu was charged with treason "
            "on Thursday, a day after he was arrested at a rally in southern Tanzania, his party said.\n\n"
            "Police arrested Lissu, the chairman of the Chadema party, on Wednesday evening in Mbinga, in the Ruvuma "
            "region, shortly after he addressed supporters calling for electoral reforms ahead of October's general "
            "election.")
    assert [e[:3] for e in events(text, index, "2025-04-10")] == [("mbinga", "arrest", "2025-04-09")]


def test_a_wildfire_that_spread_burning_hectares_is_a_disaster(index):
    text = ("More than 2,000 firefighters were battling the blazes, the largest of which started in Piodao on "
            "Wednesday and spread to Arganil and Pampilhosa da Serra, burning more than 15,000 hectares.")
    found = {(e[0], e[1]) for e in events(text, index, "2025-08-16")}
    assert ("arganil", "disaster") in found and not any(t == "accident" for _, t in found)


def test_a_towns_part_named_with_its_possessive_is_the_place(index):
    text = ("Yoon, who has been held at the Seoul Detention Center in Uiwang since his arrest on Jan. 15, will stand "
            "trial while in custody. He was detained after a standoff of several weeks at the presidential residence "
            "in Seoul's Yongsan district.")
    assert [e[:2] for e in events(text, index, "2025-01-26")] == [("uiwang", "arrest"), ("yongsan", "arrest")]


def test_a_river_that_burst_its_banks_is_where_its_flood_drowned(index):
    text = ("Phalombe District Commissioner Rodrick Mateauma said on Monday that four people had drowned and two were "
            "still missing after the Phalombe River burst its banks on Saturday night.")
    assert [e[:2] for e in events(text, index, "2025-01-27")] == [("phalombe", "disaster")]
