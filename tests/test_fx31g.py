"""Places and events from the thirty-first session's audit of jihadist violence in the Sahel and West Africa
(Mali, Burkina Faso, Niger, northern Benin and Togo, Nigeria's northeast and Lake Chad)."""

from geomap.model import Article
from geomap.pipeline import extract
from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. What a border is shared with is a country: Nigeria's Niger State is no neighbour of Borno.

BORNO = ("ISWAP fighters overrun army base in Borno, kill soldiers\n\n"
         "MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province (ISWAP) militants attacked a "
         "military base in Malam Fatori in northeast Nigeria's Borno state early on Monday, killing at least "
         "seven soldiers and forcing others to retreat, three military sources said.\n\n"
         "The insurgents arrived in gun trucks and used drones to drop explosives on the base of the 149 "
         "Battalion, which sits near the border with Niger, the sources said.\n\n"
         '"We lost seven of our men and the terrorists burnt two armoured vehicles before the air component '
         'came in," one officer said, asking not to be named.\n\n'
         "The Nigerian army spokesman, Major General Markus Kangye, said in a statement that troops had "
         '"repelled" the attack and killed "scores of terrorists", without giving figures for military '
         "casualties.\n\n"
         "It was at least the fifth attack on an army base in Borno in two months. Last month, ISWAP fighters "
         "killed at least 20 soldiers in an assault on a base in Wajiroko, in Damboa local government area, "
         "and militants also attacked bases in Marte and Rann.")


def test_the_border_with_niger_is_the_country(index):
    assert _senses(BORNO, index, "Niger") == [("Niger", "NE", "country")]


def test_a_states_own_border_is_with_a_state(index):
    text = "Alabama's border with Georgia was closed as storms hit Birmingham, Alabama and Atlanta, Georgia."
    assert {s[1:] for s in _senses(text, index, "Georgia")} == {("US", "admin1")}


# 2. A region a country's sentence calls its own lies in that country.

def test_its_region_is_the_countrys_own(index):
    text = ("COTONOU, Benin (AP) — Fifty-four soldiers were killed in an attack by jihadists last week on two army "
            "positions in northern Benin's W National Park, near the borders of Niger and Burkina Faso.\n\n"
            "Neighbouring Togo has also reported attacks in its northern Savanes region, where at least 40 soldiers "
            "have been killed since 2022, according to official figures.")
    assert _senses(text, index, "Savanes region") == [("Savanes", "TG", "admin1")]


def test_its_region_needs_an_alternative_in_the_country(index):
    text = "Ukraine said on Tuesday that Russia had attacked its eastern Kharkiv region overnight with drones."
    assert _senses(text, index, "Kharkiv region") == [("Kharkiv", "UA", "admin1")]


# 3. Others after a count, uncounted, share its harm: the count is of people, not of the first group.

def _figures(text, index, published):
    doc = extract(Article(text=text, id="x", published=published), index=index)
    return [(f.value, f.unit) for e in doc.events for f in e.figures]


def test_soldiers_and_civilians_killed_are_people(index):
    text = ("OUAGADOUGOU, Burkina Faso (Reuters) - Islamist militants linked to al Qaeda attacked a military base and "
            "several neighbourhoods in the northern Burkina Faso town of Djibo on Saturday, killing at least 50 "
            "soldiers and civilians, according to two security sources and a local resident.")
    assert _figures(text, index, "2025-05-12") == [(50, "people")]


def test_soldiers_and_volunteers_killed_are_people(index):
    text = ("The abductions came a week after an attack near Gorom-Gorom, in neighboring Oudalan province, where "
            "militants killed 26 soldiers and volunteers, according to a security report seen by AP.")
    assert _figures(text, index, "2025-01-15") == [(26, "people")]


def test_soldiers_and_civilians_were_killed_are_people(index):
    text = ("Togo has been under a state of emergency in the Savanes region since June 2022. In July 2023, 12 soldiers "
            "and civilians were killed in an attack in the same area, and in April this year, the army said nine "
            "soldiers died near Dapaong.")
    assert (12, "people") in _figures(text, index, "2025-06-19")
    assert (12, "soldiers") not in _figures(text, index, "2025-06-19")


def test_soldiers_and_civilians_told_apart_keep_their_counts(index):
    text = "Gunmen killed 12 soldiers and wounded civilians in an attack near Dapaong, in Togo's Savanes region."
    assert _figures(text, index, "2025-06-19") == [(12, "soldiers")]


# 4. An armed group that claims the story's attack, in a sentence naming no place, is the attack's actor.

DJIBO = ("OUAGADOUGOU, Burkina Faso (Reuters) - Islamist militants linked to al Qaeda attacked a military base and "
         "several neighbourhoods in the northern Burkina Faso town of Djibo on Saturday, killing at least 50 soldiers "
         "and civilians, according to two security sources and a local resident.\n\n"
         "JNIM claimed responsibility for the attack in a statement on its Az-Zallaqa media platform on Sunday, saying "
         "it had killed more than 100 soldiers and auxiliaries of the Volunteers for the Defence of the Homeland (VDP) "
         "and seized weapons and vehicles.")


def _actors(text, index, published):
    return [(e.place, e.actors) for e in extract(Article(text=text, id="x", published=published), index=index).events]


def test_the_group_that_claimed_the_attack_is_its_actor(index):
    assert _actors(DJIBO, index, "2025-05-12") == [("djibo", ["JNIM"])]


def test_the_group_named_before_the_claim_is_its_actor(index):
    text = ("COTONOU, Benin (AP) — Fifty-four soldiers were killed in an attack by jihadists last week on two army "
            "positions in northern Benin's W National Park, the government said Tuesday.\n\n"
            "The al-Qaida-linked group JNIM claimed the attack, saying it had killed 70 soldiers.")
    assert _actors(text, index, "2025-04-22") == [("w-national-park", ["JNIM"])]


def test_an_unclaimed_attack_has_no_claimant(index):
    text = DJIBO.split("\n\n")[0] + "\n\nNo group, including JNIM, has claimed the attack so far."
    assert _actors(text, index, "2025-05-12") == [("djibo", [])]


def test_others_after_a_comma_tell_a_clause_of_their_own(index):
    text = ("In the Southwest, gunmen attacked a police checkpoint near Kumba, killing two officers, and residents of "
            "Buea, the regional capital at the foot of Mount Cameroon, said gunfire could be heard at night.")
    assert _figures(text, index, None) == [(2, "officers")]


# 5. Given names common in West Africa's news make the name after them a person's, here and again alone.

def test_a_surname_after_muhammad_is_a_persons(index):
    text = ("Boko Haram fighters stormed Mafa village in Tarmuwa local government area on Monday afternoon, shooting "
            "farmers working in their fields, said Muhammad Bello, a local government official.\n\n"
            "\"They came on motorcycles and opened fire on the farmers. We have recovered 12 bodies,\" Bello told AFP.")
    assert _senses(text, index, "Bello") == []
    assert _senses(text, index, "Mafa") == [("Mafa", "NG", "city")]


# 6. Who has documented the strikes reports them: no party to them.

def test_who_documented_the_strikes_is_no_actor(index):
    text = ("Human Rights Watch has documented at least five drone strikes in Mali and Burkina Faso that killed dozens "
            "of civilians since 2023.")
    assert all("Human Rights Watch" not in actors for _, actors in _actors(text, index, "2025-04-04"))
    assert _actors(text, index, "2025-04-04")
