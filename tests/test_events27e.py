"""Events of East and Southern Africa's news beyond war (the twenty-seventh session's fx27e check): elections
and protests, floods, cyclones and earthquakes, cholera, crime and policing, wildlife and mining in Kenya,
Tanzania, Uganda, Ethiopia, Mozambique, Malawi, Zambia, Zimbabwe, South Africa and Madagascar, as the wires
and the Nation, the Citizen, News24, Daily Maverick and the Herald write them."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_lead_told_again_by_two_of_the_next_sentences_events(index):
    text = ("ADDIS ABABA, Ethiopia (AP) \u2014 Ethiopian authorities have evacuated more than 80,000 people from "
            "areas around the Fentale volcano in the Afar and Oromia regions after a series of earthquakes, "
            "officials said Monday.\n\nA magnitude 5.8 earthquake struck near the town of Awash in Afar on "
            "Saturday, the strongest in a sequence of tremors that began in late December, according to the U.S. "
            "Geological Survey.")
    found = [e[:3] for e in events(text, index, "2025-01-06")]
    assert ("awash", "disaster", "2025-01-04") in found
