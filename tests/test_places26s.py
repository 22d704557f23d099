"""Places from the twenty-sixth session's audit of South and Southeast Asia's local news (Pakistan,
India, Bangladesh, Sri Lanka, Nepal, Myanmar, Thailand, the Philippines, Indonesia, Malaysia and
Vietnam)."""

from readings import events, places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. "KP", Pakistani news's own short name for Khyber Pakhtunkhwa, is the province.

def test_kp_is_khyber_pakhtunkhwa(index):
    text = ("Seven killed as gunmen attack police checkpost in KP's Bannu\n\n"
            "KP Chief Minister Ali Amin Gandapur condemned the attack and directed the inspector general "
            "of police to submit a report.")
    assert [p[0] for p in places(text, index) if p[1] == "Khyber Pakhtunkhwa"] == ["KP", "KP"]
    assert _senses(text, index, "Bannu")


def test_kp_of_a_persons_name_is_no_province(index):
    text = "Nepal's Prime Minister KP Sharma Oli resigned in Kathmandu on Tuesday."
    assert [p for p in places(text, index) if p[1] == "Khyber Pakhtunkhwa"] == []


# 2. A Philippine city governed apart from its province (an admin-1 region of its own in the
# gazetteer) is qualified by the province around it: Quezon is the province, not Quezon City.

def test_a_chartered_city_is_qualified_by_the_province_around_it(index):
    text = ("The truck driver, 41, a resident of Lucena City, Quezon, was arrested and will face charges "
            "of reckless imprudence resulting in multiple homicide.")
    assert _senses(text, index, "Quezon City") == []
    assert _senses(text, index, "Quezon") == [("Quezon", "PH", "admin1")]
    assert _senses(text, index, "Lucena City")


def test_lapu_lapu_city_cebu_is_cebu_province(index):
    text = "A fire razed 200 houses in Barangay Pusok, Lapu-Lapu City, Cebu, on Sunday, fire officials said."
    assert _senses(text, index, "Cebu City") == []
    assert [s[1:] for s in _senses(text, index, "Cebu")] == [("PH", "admin1")]


# 3. A monitoring group named after a region is no mention of the region.

def test_deep_south_watch_is_no_us_region(index):
    text = ("More than 7,000 people have been killed since a separatist insurgency flared in the "
            "Muslim-majority provinces of Pattani, Yala and Narathiwat and parts of Songkhla in 2004, "
            "according to Deep South Watch.")
    assert _senses(text, index, "Deep South") == []
    assert _senses(text, index, "Narathiwat")


# 4. Bangladesh's upazilas and Pakistan's tehsils, their word capitalized, are the subdistricts.

def test_a_capitalized_upazila_is_the_subdistrict(index):
    text = ("In a separate incident, a youth was hacked to death in Cox's Bazar's Teknaf Upazila on Tuesday "
            "night, police said.")
    assert [s[1:] for s in _senses(text, index, "Teknaf")] == [("BD", "admin2")]


def test_a_capitalized_tehsil_is_the_subdistrict(index):
    text = "Two soldiers were injured when a blast hit a convoy in Kharian Tehsil of Gujrat district on Monday."
    assert [s[1:] for s in _senses(text, index, "Kharian")] == [("PK", "admin2")]


# 5. A fire told with its size ("a massive fire broke out at a hotel") is an accident, not a statement.

def test_a_massive_fire_at_a_hotel_is_an_accident(index):
    text = ("KOLKATA: Fourteen people, including a child, were killed when a massive fire broke out at a hotel "
            "in central Kolkata's Burrabazar area on Tuesday night, police said.")
    assert [(e[0], e[1], e[2]) for e in events(text, index, "2025-04-30")] == [("kolkata", "accident", "2025-04-29")]


# 6. "Regency" capitalized after a name, as Indonesia's press writes its kabupaten, keeps the name a place.

def test_a_capitalized_regency_is_the_place(index):
    text = "Floods also hit parts of Bogor Regency in West Java, where 250 homes were inundated."
    assert [s[1:] for s in _senses(text, index, "Bogor")] == [("ID", "city")]


# 7. "the states of X and Y", "the provinces of X and Y": where the event happened.

def test_the_states_of_two_named_places_are_the_events_places(index):
    text = ("KUALA LUMPUR (Malay Mail) \u2014 More than 85,000 people have been evacuated as floods worsened in "
            "the east coast states of Kelantan and Terengganu, the National Disaster Management Agency (Nadma) "
            "said on Sunday.")
    found = [(e[1], e[2]) for e in events(text, index, "2025-11-30")]
    assert found == [("disaster", "2025-11-30"), ("disaster", "2025-11-30")]


def test_regions_people_come_from_are_no_events_places(index):
    text = ("A boat carrying 80 migrants capsized off Tobruk on Monday, killing 12. Many of the passengers are "
            "Egyptians from the Nile Delta provinces of Kafr El-Sheikh and Dakahlia, the IOM said.")
    assert [e[0] for e in events(text, index, "2025-06-03") if "kafr" in e[0] or "dakahlia" in e[0]] == []


def test_provinces_a_quake_was_felt_in_are_not_where_it_struck(index):
    text = ("A magnitude 5.6 earthquake struck Malatya on Monday, killing two people. It was felt in the "
            "neighboring provinces of Elazig, Adiyaman and Diyarbakir, AFAD said.")
    assert {e[0] for e in events(text, index, "2025-06-03")} == {"malatya"}


# 8. A tally "since an insurgency flared" is no event, whichever provinces it names.

def test_a_tally_since_an_insurgency_flared_is_no_event(index):
    text = ("More than 7,000 people have been killed since a separatist insurgency flared in the Muslim-majority "
            "provinces of Pattani, Yala and Narathiwat and parts of Songkhla in 2004, according to Deep South Watch.")
    assert events(text, index, "2025-04-05") == []


# 9. The weather a forecaster warned of is a forecast, no statement in the places it names.

def test_rain_a_forecaster_warned_of_is_no_statement(index):
    text = ("The Malaysian Meteorological Department warned of continuous heavy rain in Kelantan, Terengganu and "
            "Pahang until Tuesday.")
    assert events(text, index, "2025-11-30") == []


# 10. "AJK", Pakistani news's short name for Azad Jammu and Kashmir, and the long name, are the region.

def test_ajk_is_azad_kashmir(index):
    text = ("MUZAFFARABAD: Indian shelling killed three civilians in Azad Jammu and Kashmir's Kotli district on "
            "Wednesday, AJK Prime Minister Chaudhry Anwarul Haq said.")
    assert [p[0] for p in places(text, index) if p[1] == "Azad Kashmir"] == ["Azad Jammu and Kashmir", "AJK"]
    assert [p for p in places(text, index) if p[1] == "Jammu and Kashmir"] == []
