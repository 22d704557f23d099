"""Events of labour strikes and industrial action as the wires and national papers report them (the
thirty-second session's fx32a check): a town told as a trade's hub, a strike kept up, told by the crew who
struck, by the trade that walked out, or by the tools laid down."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_strike_in_a_towns_industrial_hub(index):
    text = ("DHAKA, Bangladesh (AFP) - More than 50 garment factories in Bangladesh's industrial hub of Gazipur shut "
            "on Sunday after thousands of workers went on strike demanding higher wages, police said.")
    found = [e[:4] for e in events(text, index, "2025-11-02")]
    assert found == [("gazipur", "protest", "2025-11-02", [])]


def test_a_strike_extended_is_a_strike_there(index):
    text = ("SAINT-NAZAIRE, France \u2014 Workers at TotalEnergies' refinery in Donges, on the Loire estuary, extended "
            "their strike on Tuesday for a sixth day, blocking fuel depots and raising fears of shortages at petrol "
            "stations in western France.")
    found = [e[:3] for e in events(text, index, "2025-10-14")]
    assert found == [("donges", "protest", "2025-10-14")]


def test_a_walkout_extended_at_the_factories(index):
    text = ("SEATTLE (AP) \u2014 Striking Boeing machinists voted to reject the company's latest contract offer on "
            "Wednesday, extending a walkout that has halted production of the 737 Max, 767 and 777 jetliners at "
            "factories in Renton and Everett.")
    found = {e[:2] for e in events(text, index, "2025-10-22")}
    assert found == {("renton", "protest"), ("everett", "protest")}


def test_a_strike_by_cabin_crew(index):
    text = ("HELSINKI, Finland (Reuters) - Finnair cancelled more than 300 flights on Wednesday as a strike by cabin "
            "crew and other staff represented by the IAU aviation union halted operations at Helsinki Airport, "
            "affecting some 20,000 passengers.")
    found = [e[:3] for e in events(text, index, "2025-05-14")]
    assert found == [("helsinki", "protest", "2025-05-14")]


def test_a_trade_that_walked_out(index):
    text = "About 33,000 machinists in Washington state, Oregon and Kansas walked out on Sept. 13."
    found = {e[:3] for e in events(text, index, "2025-10-22")}
    assert found == {("washington-state", "protest", "2025-09-13"), ("oregon", "protest", "2025-09-13"),
                     ("kansas", "protest", "2025-09-13")}


def test_walking_out_of_talks_is_no_strike(index):
    text = "Union leaders walked out of talks with the ministry in Nairobi on Tuesday, saying the offer was too low."
    assert "protest" not in {e[1] for e in events(text, index, "2025-10-01")}


def test_tools_laid_down_are_a_strike(index):
    text = ("The 43,000-member union said workers at the Ulsan plant, 305 kilometers southeast of Seoul, laid down "
            "tools for four hours on each of the day and night shifts.")
    found = [e[:2] for e in events(text, index, "2025-09-03")]
    assert found == [("ulsan", "protest")]


def test_a_strike_called_by_unions(index):
    text = ("ROME (Reuters) - Train services across Italy were severely disrupted on Friday by a 21-hour nationwide "
            "rail strike called by the USB and CUB unions, with commuters stranded in Rome, Milan and Naples.")
    found = {e[:3] for e in events(text, index, "2025-10-03")}
    assert ("italy", "protest", "2025-10-03") in found


def test_a_countrys_mines_make_it_no_striker(index):
    text = ("About 2,000 workers at Glencore's Kamoto Copper Company in Kolwezi went on strike on Friday over unpaid "
            "bonuses, two union officials said, halting production at one of Congo's biggest copper and cobalt mines.")
    found = [e[:4] for e in events(text, index, "2025-10-03")]
    assert found == [("kolwezi", "protest", "2025-10-03", [])]


def test_the_region_cancelled_flights_were_bound_for_is_no_place(index):
    text = ("The airline said flights to Stockholm, Copenhagen, Oslo and Tallinn were among those cancelled, as well "
            "as domestic connections to Oulu, Rovaniemi and Kittila in Lapland.")
    assert [e[0] for e in events(text, index, "2025-05-14")] == []


def test_where_it_happened_after_the_flights_stays(index):
    text = "Finnair cancelled flights to Oulu and Rovaniemi on Wednesday as cabin crew went on strike in Helsinki."
    assert [e[:2] for e in events(text, index, "2025-05-14")] == [("helsinki", "protest")]


def test_the_port_a_ship_calls_at_instead_is_no_place(index):
    text = "Maersk said two of its ships bound for Antwerp would call at Rotterdam instead."
    assert "rotterdam" not in [e[0] for e in events(text, index, "2025-09-29")]


def test_flights_to_towns_each_in_its_region_make_no_place(index):
    text = ("Ethiopian Airlines will launch flights to Victoria Falls in Zimbabwe and Lubumbashi in the Democratic "
            "Republic of Congo next month, the carrier said on Wednesday.")
    assert [e[0] for e in events(text, index, "2025-06-05")] == []


def test_striking_names_no_actor(index):
    text = ("SEATTLE (AP) \u2014 Striking Boeing machinists voted to reject the company's latest contract offer on "
            "Wednesday, extending a walkout that has halted production of the 737 Max, 767 and 777 jetliners at "
            "factories in Renton and Everett.")
    assert all("Striking Boeing" not in e[3] for e in events(text, index, "2025-10-22"))


def test_picket_lines_set_up_are_a_protest_there(index):
    text = ("The British Medical Association (BMA) said picket lines were set up outside hospitals including "
            "St Thomas' in London, Leeds General Infirmary and the Queen Elizabeth Hospital in Birmingham.")
    found = [e[:4] for e in events(text, index, "2025-07-25")]
    assert [(p, t) for p, t, _, _ in found] == [("london", "protest"), ("birmingham", "protest")]
    assert all(actors == [] for _, _, _, actors in found)


def test_pickets_that_stood_outside_a_plant(index):
    text = "Pickets have stood outside the Renton plant around the clock since then."
    assert [e[:2] for e in events(text, index, "2025-10-22")] == [("renton", "protest")]
