"""Mining and industrial accidents as the wires and national papers report them (the thirty-first session's fx31k
check): a mine's own mishaps told with a company's or a regulator's word (a cage down its shaft, its gas ignited,
mud that trapped its miners, a tailings dam that failed), a blast told by when it struck at the mine, explosions in
a series of mines and a dam's collapse that had been attacks, and the firms, their units and their works named by a
demonym, which are no side that acts."""

import readings

from geomap.events import fatalities, find_figures
from geomap.taxonomy import classify


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_cage_that_plunged_down_a_shaft_is_an_accident_not_the_companys_statement(index):
    text = ("Nine workers died and 75 were injured when a conveyance carrying miners plunged down a shaft at an Impala "
            "Platinum mine near Rustenburg in North West province, the company said on Tuesday.")
    assert [e[:2] for e in events(text, index, "2025-11-04")] == [("rustenburg", "accident")]


def test_a_methane_ignition_that_injured_workers_is_an_accident(index):
    text = ("Mining giant Anglo American has suspended operations at its Grosvenor underground coal mine near Moranbah "
            "in central Queensland after a methane ignition injured five workers, the company confirmed on Wednesday.")
    found = events(text, index, "2025-08-13")
    assert [e[:2] for e in found] == [("moranbah", "accident")]
    assert found[0][3] == []


def test_gas_that_ignited_is_an_accident():
    assert classify("The five men, aged in their 20s to 40s, were working on a longwall when gas ignited about 3pm on "
                    "Tuesday, Queensland's Resources Safety and Health regulator said.") == "accident"


def test_workers_trapped_underground_by_a_rush_of_mud_are_an_accident_of_no_country(index):
    text = ("JAKARTA (Reuters) \u2014 Freeport-McMoRan's Indonesian unit has suspended operations at its Grasberg "
            "copper and gold mine in Papua after a rush of wet material trapped seven workers underground, the "
            "company said on Tuesday.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-09-09")] == [("papua", "accident", [])]


def test_a_tailings_dam_that_failed_is_an_accident():
    assert classify("SAO PAULO (Reuters) \u2014 A tailings dam at an iron ore mine in Brazil's Minas Gerais state "
                    "partially failed on Wednesday, releasing mud into a nearby river, state authorities said, though "
                    "no casualties were reported.") == "accident"
    assert classify("Brazil mining dam burst: Vale says no casualties after tailings spill in Minas Gerais") == "accident"


def test_a_dams_collapse_that_killed_is_no_attack():
    assert classify("In 2015, the collapse of the Fundao dam at Samarco, a joint venture between Vale and BHP, killed "
                    "19 people in Mariana and polluted the Doce River all the way to the Atlantic Ocean.") == "disaster"


def test_an_explosion_in_a_series_of_coal_mines_is_an_accident_not_an_attack():
    assert classify("In March 2023, an explosion in a series of interconnected coal mines in the same municipality of "
                    "Sutatausa killed 21 workers.") == "accident"


def test_a_blast_told_by_when_it_struck_at_the_mine_is_the_towns_accident_of_no_firm(index):
    text = ("The blast struck on Friday evening at the mine operated by the state-owned Turkish Hard Coal Enterprises "
            "(TTK) in the Black Sea coastal town of Amasra, in Bartin province.")
    assert [(e[0], e[1], e[3]) for e in events(text, index, "2025-10-19")] == [("amasra", "accident", [])]


def test_a_demonym_of_a_coal_mine_is_no_actor(index):
    found = events("Colombian coal mine explosion kills 11 in Cundinamarca", index, "2025-02-13")
    assert [(e[0], e[1], e[3]) for e in found] == [("cundinamarca", "accident", [])]


def test_a_demonym_of_soldiers_units_stays_their_side(index):
    text = ("Police in Germany arrested four suspects in Duisburg and Erfurt, and Dutch officers searched warehouses "
            "in Rotterdam, investigators said.")
    assert all("Netherlands" in e[3] for e in events(text, index, "2025-06-01"))


def test_a_dams_collapse_named_by_its_year_is_that_years(index):
    text = ("BELO HORIZONTE, Brazil (Reuters) - Prosecutors in Minas Gerais filed new claims on Tuesday against "
            "Samarco, the joint venture of Vale and BHP, arguing that the 170 billion reais settlement signed last "
            "year does not cover fishing communities along the Atlantic coast affected by the 2015 collapse of the "
            "Fundão tailings dam near Mariana.")
    assert ("mariana", "accident", "2015") in [e[:3] for e in events(text, index, "2025-06-17")]


def test_the_collapse_told_again_at_the_mining_town_is_its_accident(index):
    text = ("ACCRA, Ghana (Reuters) \u2014 At least eight people were killed and several others trapped when an illegal "
            "gold mining pit collapsed near the town of Tarkwa in Ghana's Western Region, police said on Saturday.\n\n"
            "The collapse happened on Friday afternoon at Nsuta, a mining community a few kilometres from Tarkwa, after "
            "heavy rains weakened the walls of the pit, the Ghana Police Service said in a statement.")
    assert [e[:3] for e in events(text, index, "2025-06-07")] == [("nsuta", "accident", "2025-06-06")]


def test_a_mining_town_the_gazetteer_lacked_is_the_accidents_place(index):
    text = ("Mali: dozens feared dead after artisanal gold mine collapses near Kenieba\n\n"
            "BAMAKO, Mali (AFP) \u2014 At least 48 people were killed when an artisanal gold mine collapsed in western "
            "Mali on Saturday, officials and a local association said.\n\n"
            "The accident occurred at a site in the Bilali Koto area, near the town of Kenieba, close to the border "
            "with Senegal, a local official said, speaking on condition of anonymity.")
    assert [e[:3] for e in events(text, index, "2025-02-16")] == [("kenieba", "accident", "2025-02-15")]


def test_a_headlines_injures_counts_the_hurt_not_the_dead():
    figures = find_figures("Explosion at Texas chemical plant injures 9, prompts shelter-in-place order")
    assert [f.value for f in figures] == [9] and fatalities(figures) == 0


def test_a_leads_mining_town_stays_the_place_when_the_retelling_names_its_territory(index):
    text = ("GOMA, Democratic Republic of Congo (Reuters) \u2014 At least 35 people were killed when a landslide buried "
            "miners at the Rubaya coltan mine in eastern Democratic Republic of Congo, a local official said on "
            "Friday, raising an earlier toll of 20.\n\n"
            "The landslide struck on Wednesday after heavy rains in Masisi territory, in North Kivu province, where "
            "the M23 rebel group has controlled the mining town of Rubaya since 2024.")
    assert [e[:3] for e in events(text, index, "2025-04-11")] == [("rubaya", "disaster", "2025-04-09")]
