"""Culture, festivals, tourism and travel features as the wires and newspapers report them (the thirty-second
session's fx32m check): the crowd that blockades a railway to protest, the car driven into a family in the
street after a football final, the languages a sign is written in, the town
an airport is named for, the cathedral in a city named like a town elsewhere, the
same day told a few sentences after the lead's."""

import readings
from geomap.taxonomy import classify


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_blockade_of_the_railway_by_residents_is_a_protest():
    sentence = ("Thousands of tourists were stranded in the town of Aguas Calientes at the foot of Machu Picchu this "
                "week after ticket sales for the Inca citadel ran out, prompting angry scenes and a blockade of the "
                "railway line by local residents.")
    assert classify(sentence) == "protest"


def test_residents_who_blocked_the_tracks_protest(index):
    text = ("In Ollantaytambo, residents blocked the tracks used by PeruRail and Inca Rail on Tuesday morning, "
            "demanding that the Culture Ministry release more in-person tickets.")
    assert [e[:2] for e in events(text, index, "2025-07-17")] == [("ollantaytambo", "protest")]


def test_a_navy_blockade_is_no_protest():
    sentence = "The navy maintained its blockade of the port for a third week."
    assert classify(sentence) != "protest"


def test_a_car_driven_into_a_celebrating_family_is_an_attack(index):
    text = "In Grenoble, a car drove into a family celebrating the victory, injuring four people, prosecutors said."
    assert [e[:2] for e in events(text, index, "2025-06-01")] == [("grenoble", "attack")]


def test_the_languages_of_signs_name_no_countries(index):
    text = ("KYOTO, Japan (Kyodo) -- Signs in Japanese, English and Chinese were put up at the entrances to the "
            "narrow lanes off Hanamikoji Street, warning of a fine of 10,000 yen for anyone entering without permission.")
    assert readings.names(text, index) == ["KYOTO", "Japan"]


def test_a_demonym_before_its_noun_after_published_in_stays_a_country(index):
    text = "The report was published in Chinese state media on Monday."
    assert readings.names(text, index) == ["Chinese"]


def test_a_name_before_airport_is_the_town(index):
    text = ("1. Porto, Portugal\nFly to Porto and take a boat up the Douro valley to Pinhão, where the grape harvest "
            "runs until early October. Stay in the Ribeira district and cross the Dom Luis I bridge to the port lodges "
            "of Vila Nova de Gaia.\n\n2. Ljubljana, Slovenia\nSlovenia's compact capital is an hour from Lake Bled. "
            "Take the bus on to Bohinj, quieter and just as pretty.\n\n4. Kraków, Poland\nCheap flights from "
            "Stansted and Manchester; combine the old town with a day trip to Zakopane in the Tatras.\n\n"
            "5. Innsbruck, Austria\nTake the Nordkette cable car from the city centre straight up to 2,000 metres, "
            "then head for the Stubai valley.\n\n6. Bergen, Norway\nRide the Flåm railway or take a fjord cruise to "
            "Balestrand. It rains a lot, so pack a waterproof.\n\n7. Lyon, France\nFrance's food capital; try a "
            "bouchon in Vieux Lyon and take the train to Annecy.\n\n8. Girona, Spain\nSmaller than Barcelona and "
            "38 minutes away by high-speed train, with walls you can walk around.\n\n9. Matera, Italy\nThe cave city "
            "in Basilicata is a short bus ride from Bari airport.\n\n10. Lucerne, Switzerland\nBoat across the lake "
            "to Vitznau and take the cog railway up Mount Rigi.\n")
    assert ("Bari", "Bari", "IT", "city", "place") in readings.places(text, index)


def test_an_island_named_for_its_airport_stays_the_island(index):
    text = ("Cape Verde opens Sal airport terminal as tourism rebounds\n\nPRAIA (Reuters) - Cape Verde inaugurated a "
            "new passenger terminal on the island of Sal on Tuesday.")
    assert ("Sal", "Sal", "CV", "admin1", "place") in readings.places(text, index)


def test_a_cathedral_in_paris_is_no_town_of_its_name_elsewhere(index):
    text = ("Notre-Dame welcomes 6 million visitors in first six months since reopening\n\nPARIS (AFP) - Notre-Dame "
            "cathedral in Paris welcomed more than six million visitors in the six months after it reopened in "
            "December, five years after the fire that destroyed its roof and spire, the diocese said on Tuesday.")
    assert readings.names(text, index) == ["PARIS", "Paris"]


def test_a_bridge_in_the_town_it_is_named_for_stays_the_town(index):
    text = "Traffic was halted on the Brooklyn bridge in New York on Tuesday after a crash."
    assert "Brooklyn" in readings.names(text, index)


def test_the_same_day_a_few_sentences_after_the_leads_day(index):
    text = ("BARCELONA, Spain (AP) \u2014 Thousands of residents marched through the center of Barcelona on Sunday, "
            "spraying tourists with water pistols and chanting \"Tourists go home\" in the latest protest against a "
            "model of mass tourism.\n\nOrganizers said about 8,000 people took part in the march. City police put the "
            "number at 2,800.\n\n\"We are not against tourists, we are against a model that expels us from our own "
            "homes,\" said Daniel Pardo, one of the organizers. \"Rents have doubled in ten years.\"\n\nSimilar "
            "protests were held the same day in Palma de Mallorca, Granada and Ibiza.")
    found = {(e[0], e[1], e[2]) for e in events(text, index, "2025-06-15")}
    assert ("granada", "protest", "2025-06-15") in found
