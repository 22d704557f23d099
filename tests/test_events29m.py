"""Events and places of the Middle East beyond its wars (the twenty-ninth session's fx29m check): Iran, Iraq
and its Kurdistan region, Turkey, Egypt, Jordan, Saudi Arabia and the Gulf states, as the wires and the
region's own agencies report them: a blast that rips through a port, a province's name opening a longer Arabic
name, provinces by their capitals' names, a weekday opening a sentence of the future, the university of the one who
tells of a quake, an Arab name past "bin", drones that targeted and rockets that fell, arrests added in a clause of
their own, a firm's home country and the nationality of the official who tells."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_blast_ripping_through_a_port_is_an_accident(index):
    text = ("DUBAI, April 26 (Reuters) - A massive explosion ripped through Shahid Rajaee port near the southern "
            "Iranian city of Bandar Abbas on Saturday, killing at least 25 people and injuring more than 800, "
            "state media reported.")
    assert [e[:3] for e in events(text, index, "2025-04-26")] == [("bandar-abbas", "accident", "2025-04-26")]


def test_a_blast_at_a_port_in_a_headline_is_an_accident(index):
    text = "Blast at Bandar Abbas port kills dozens, injures hundreds"
    assert [e[:2] for e in events(text, index, "2025-04-26")] == [("bandar-abbas", "accident")]


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in readings.places(text, index) if p[0] == name]


def test_a_province_name_opening_a_longer_arabic_name_is_no_place(index):
    text = ("On Monday, two rockets fell near Ain al-Asad air base in western Anbar province, an Iraqi security "
            "official told AFP on condition of anonymity.")
    assert _senses(text, index, "Ain") == []
    assert _senses(text, index, "Anbar province") == [("Al-Anbar", "IQ", "admin1")]


def test_provinces_named_like_their_capitals_in_a_list_are_the_provinces(index):
    text = ("Earlier this year, drones struck oil fields in Duhok and Sulaimaniyah provinces, forcing foreign "
            "companies including Norway's DNO and Hunt Oil to halt production.")
    assert _senses(text, index, "Sulaimaniyah") == [("As-Sulaymaniyah", "IQ", "admin1")]
    text = ("Health Ministry spokesman Saif al-Badr said most of the cases were in the provinces of Diwaniyah, "
            "Muthanna and Dhi Qar, where visibility fell to less than 100 meters (330 feet).")
    assert _senses(text, index, "Diwaniyah") == [("Al-Qadisiyah", "IQ", "admin1")]


def test_a_province_by_its_kurdish_name(index):
    text = ("In Sulaimani province, the Darbandikhan dam reached its highest level in five years, officials said, "
            "and authorities warned residents of villages along the Sirwan river.")
    assert _senses(text, index, "Sulaimani province") == [("As-Sulaymaniyah", "IQ", "admin1")]


def test_a_provinces_capital_alone_stays_the_city(index):
    assert _senses("Protesters gathered in Diwaniyah on Sunday.", index, "Diwaniyah") == [("Al Diwaniyah", "IQ", "city")]


def test_a_weekday_opening_a_sentence_of_the_future_is_the_one_to_come(index):
    text = ("On Tuesday, Egyptian Foreign Minister Badr Abdelatty is due in Amman for talks with Jordan's King "
            "Abdullah II at Al-Husseiniya Palace.")
    assert [e[:3] for e in events(text, index, "2025-09-15")] == [("amman", "talks", "2025-09-16")]


def test_a_weekday_opening_a_sentence_said_then_is_past(index):
    text = "On Tuesday, police said protesters would march in Amman."
    assert [e[:3] for e in events(text, index, "2025-09-15")] == [("amman", "protest", "2025-09-09")]


def test_the_university_of_the_one_who_tells_of_a_quake_is_not_where_it_struck(index):
    text = ("The quake struck at 7:42 a.m. local time near the town of Kashmar, about 170 kilometers southwest of "
            "Mashhad, at a depth of 10 kilometers, the Iranian Seismological Center at Tehran University said.")
    assert [e[:2] for e in events(text, index, "2025-06-06")] == [("kashmar", "disaster")]


def test_an_arab_name_goes_on_past_bin_and_its_article(index):
    text = ("RIYADH (AP) \u2014 Saudi Crown Prince Mohammed bin Salman welcomed Egyptian President Abdel Fattah "
            "el-Sissi in Riyadh on Monday for talks on the war in Sudan and on Gaza reconstruction, the state-run "
            "Saudi Press Agency said.")
    found = events(text, index, "2025-09-15")
    assert [e[:3] for e in found] == [("riyadh", "talks", "2025-09-15")]
    assert {"Crown Prince Mohammed bin Salman", "Abdel Fattah el-Sissi"} <= set(found[0][3])


def test_a_quarter_opened_by_a_gate_is_no_actor(index):
    text = ("BEIRUT, Jan 20 (Reuters) - Four people were killed and at least 15 wounded in clashes between rival "
            "gunmen in the northern Lebanese city of Tripoli, security sources said on Monday, prompting the army to "
            "deploy armoured vehicles in the city's Bab al-Tabbaneh and Jabal Mohsen districts.")
    assert [e[3] for e in events(text, index, "2025-01-20")] == [[]]


def test_a_drone_that_targeted_an_airport_struck_it(index):
    text = ("ERBIL, Iraq (AFP) \u2014 An explosive-laden drone targeted Erbil international airport in Iraq's "
            "autonomous Kurdistan region late Wednesday, the region's counter-terrorism service said.")
    assert ("erbil", "strike") in [e[:2] for e in events(text, index, "2025-07-17")]


def test_rockets_that_fell_near_a_base_are_a_missile_attack(index):
    text = ("On Monday, two rockets fell near Ain al-Asad air base in western Anbar province, an Iraqi security "
            "official told AFP on condition of anonymity.")
    assert [e[:3] for e in events(text, index, "2025-07-17")] == [("anbar-province", "shelling", "2025-07-14")]


def test_arrests_added_in_a_clause_of_their_own_leave_the_protests_protests(index):
    text = ("Protests over water also took place in the towns of Shadegan and Hamidiyeh, the Hengaw rights group "
            "said, adding that 14 people had been arrested in Susangerd.")
    assert [e[:2] for e in events(text, index, "2025-07-24")] == [
        ("shadegan", "protest"), ("hamidiyeh", "protest"), ("susangerd", "arrest")]


def test_a_firms_home_country_is_no_party_to_the_strike(index):
    text = ("Earlier this year, drones struck oil fields in Duhok and Sulaimaniyah provinces, forcing foreign "
            "companies including Norway's DNO and Hunt Oil to halt production at the Peshkhabour and Ain Sifni fields.")
    found = events(text, index, "2025-07-17")
    assert [e[1] for e in found] == ["strike", "strike"]
    assert all("Norway" not in e[3] for e in found)


def test_the_nationality_of_the_official_who_tells_is_no_party(index):
    text = ("On Monday, two rockets fell near Ain al-Asad air base in western Anbar province, an Iraqi security "
            "official told AFP on condition of anonymity.")
    assert [e[3] for e in events(text, index, "2025-07-17")] == [[]]


def test_the_troops_stationed_where_a_drone_struck_are_no_party(index):
    text = ("ERBIL, Iraq (AFP) \u2014 An explosive-laden drone targeted Erbil international airport in Iraq's "
            "autonomous Kurdistan region late Wednesday, where US-led coalition troops are stationed, the region's "
            "counter-terrorism service said.")
    found = events(text, index, "2025-07-17")
    assert ("erbil", "strike", "2025-07-16") in [e[:3] for e in found]
    assert all("United States" not in e[3] for e in found)


def test_an_istanbul_district_the_gazetteer_lacked(index):
    text = ("Imamoglu, a popular rival to President Tayyip Erdogan, was detained on Wednesday in a dawn raid on his "
            "home in the Sariyer district. Tens of thousands of people rallied in Istanbul.")
    assert _senses(text, index, "Sariyer") == [("Sar\u0131yer", "TR", "city")]
