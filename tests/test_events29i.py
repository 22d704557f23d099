"""Events of India's, Pakistan's, Bangladesh's and Nepal's regional and district news as the Hindu, the Times of
India, Dawn, The Express Tribune, The Daily Star, the Kathmandu Post, PTI and APP report them (the twenty-ninth
session's fx29i check): a truck that rammed a car, a motorcycle hit by a bus."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_truck_that_rammed_into_a_car_is_an_accident(index):
    text = ("Chandigarh, 12th July: Five members of a family, including two children, were killed when a speeding "
            "truck rammed into their car on the NH-44 near Panipat in Haryana on Saturday morning, police said.")
    assert [e[:3] for e in events(text, index, "2025-07-12")] == [("panipat", "accident", "2025-07-12")]


def test_a_motorcycle_hit_by_a_bus_is_an_accident(index):
    text = ("In another accident, two youths were killed when their motorcycle was hit by a bus near Gurugram's "
            "Manesar on Friday night.")
    assert [e[:2] for e in events(text, index, "2025-07-12")] == [("manesar", "accident")]
