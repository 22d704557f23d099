"""Places from the twenty-fourth session's audit of East and Southeast Asia's security news (the South
China Sea, the Taiwan Strait, Korea's border, Japan's south-western islands, the Thailand-Cambodia
border, Myanmar, the southern Philippines and Indonesia's Papua)."""

from readings import places


def _senses(text, index, name):
    return [(p[1], p[2], p[3]) for p in places(text, index) if p[0] == name]


# 1. A name that an adjective's prefix opens is a word whole: no place in its last words.

def test_anti_north_korea_names_no_south_korea(index):
    text = ("SEOUL, June 12 (Reuters) - South Korea's military stopped blaring anti-North Korea propaganda "
            "broadcasts through loudspeakers along the border on Wednesday.")
    assert [p[0] for p in places(text, index) if p[1] == "South Korea"] == ["South Korea"]
    assert _senses(text, index, "Korea") == []


# 2. A navy's carriers and ship classes named after provinces and states are ships.

def test_a_carrier_named_after_a_province_is_no_place(index):
    text = ("Taiwan's defence ministry said it had detected 21 Chinese warships, 71 aircraft and four coast guard "
            "ships around the island over the past 24 hours, and that the Shandong aircraft carrier group had "
            "entered Taiwan's response zone southeast of Hualien.")
    assert _senses(text, index, "Shandong") == []
    assert _senses(text, index, "Hualien")


def test_a_ship_class_named_after_a_state_is_no_place(index):
    text = "China sent the Liaoning carrier group east of Taiwan while a Virginia-class submarine visited Guam."
    assert _senses(text, index, "Liaoning") == []
    assert _senses(text, index, "Virginia") == []
    assert _senses(text, index, "Guam")


# 3. Names listed before "islands", and "X island" where an island province is so named.

def test_names_listed_before_islands_are_the_islands(index):
    text = ("Ground Self-Defense Force units with missile batteries have been deployed on Yonaguni, Miyako and "
            "Ishigaki islands, and a new garrison opened on Ishigaki in 2023.")
    assert _senses(text, index, "Miyako") == [("Miyako Island", "JP", "region")]


_SULU = ("Philippine troops clash with Abu Sayyaf remnants in Sulu; two soldiers killed\n\n"
         "ZAMBOANGA CITY, Philippines \u2014 Two soldiers were killed in a firefight with suspected Abu Sayyaf "
         "militants in the hinterlands of Patikul, Sulu, on Sunday, the military said.\n\n"
         "The Armed Forces of the Philippines declared Sulu \"free from Abu Sayyaf\" in 2024, but officials have "
         "said scattered remnants still hide in the mountains of Patikul and on Basilan island.\n\n"
         "The Western Mindanao Command, based in Zamboanga City, said a separate clash had taken place.\n\n"
         "Sulu was excluded from the region after the Supreme Court ruled in 2024 that the province was not "
         "part of it.\n\n"
         "In Jolo, the provincial capital, Governor Abdusakur Tan said the province would request more troops.")


def test_an_island_province_before_island(index):
    assert _senses(_SULU, index, "Basilan") == [("Basilan", "PH", "admin1")]


# 4. A region's name that is only another name of a town the text names by its own name.

def test_sulu_is_the_province_where_the_text_names_jolo(index):
    assert set(_senses(_SULU, index, "Sulu")) == {("Sulu", "PH", "admin1")}
    assert _senses(_SULU, index, "Jolo") == [("Jolo", "PH", "city")]


# 5. Military commands and militant networks named after regions and countries are no places.

def test_a_command_named_after_a_region_is_no_place(index):
    text = ("The Western Mindanao Command, based in Zamboanga City, said a separate clash had taken place on "
            "Saturday in Maguindanao del Sur.")
    assert [p[0] for p in places(text, index)] == ["Zamboanga City", "Maguindanao del Sur"]


def test_a_mujahideen_network_named_after_a_country_is_no_place(index):
    text = ("Separately, in North Maluku province, police arrested five men in Ternate, and in Central Sulawesi, "
            "security forces said they were hunting the remnants of the East Indonesia Mujahideen in Poso.")
    assert [p for p in places(text, index) if p[1] == "Indonesia"] == []
    assert _senses(text, index, "Poso")


# 6. Another name the text gives a place just named.

def test_which_filipinos_call_names_the_island(index):
    text = ("Rear Adm. Roy Vincent Trinidad, the Philippine navy's spokesperson for the West Philippine Sea, said "
            "the troops on the Sierra Madre remained in good condition. The term West Philippine Sea is what Manila "
            "calls the parts of the South China Sea within its exclusive economic zone.\n\n"
            "Separately, the military reported Chinese vessels swarming Sabina Shoal and Iroquois Reef, closer to "
            "the Palawan coast, and Thitu Island, which Filipinos call Pag-asa and where about 250 civilians live "
            "in the Kalayaan municipality.")
    assert _senses(text, index, "Pag-asa") == [("Pag-asa Island", None, "region")]


# 7. The gazetteer's additions: Matsu's townships, Japan's south-western islands, Papua's new provinces.

def test_matsu_townships_are_taiwans(index):
    text = ("Chunghwa Telecom said the Taiwan-Matsu No 3 cable, which runs between Nangan and Taoyuan, had been "
            "damaged. Residents of Beigan, Juguang and Dongyin were relying on a backup microwave link that slowed "
            "connections to a crawl.")
    for name in ("Beigan", "Juguang", "Dongyin"):
        assert _senses(text, index, name) == [(name, "TW", "city")], name


def test_japans_southwestern_islands(index):
    text = ("The 11th Regional Coast Guard Headquarters in Naha, Okinawa Prefecture, said four Chinese ships were "
            "sailing near Uotsuri Island, the largest of the uninhabited islets. Meanwhile in Kagoshima Prefecture, "
            "the Defense Ministry is building a base on Mageshima, an uninhabited island off Tanegashima.")
    for name in ("Uotsuri Island", "Mageshima", "Tanegashima"):
        assert _senses(text, index, name) == [(name, "JP", "region")], name


def test_southwest_papua_is_no_papua(index):
    text = ("Indonesia split Papua into six provinces in 2022, creating Central Papua, Highland Papua and South "
            "Papua, with its capital in Merauke, and Southwest Papua, whose capital is Sorong.")
    assert _senses(text, index, "Southwest Papua") == [("Southwest Papua", "ID", "region")]


def test_the_only_civilian_village_of_the_dmz(index):
    text = ("Residents of Paju, a city just south of the border, welcomed the decision. In Daeseong-dong, the only "
            "civilian village inside the southern half of the DMZ, villagers had complained for months.")
    assert _senses(text, index, "Daeseong-dong") == [("Daeseong-dong", "KR", "city")]


def test_korea_border_sites(index):
    text = ("\"Now we can finally sleep,\" said An Mi-hee, 37, who lives in Dangsan village near the border in Ganghwa "
            "county, on Ganghwa Island west of Seoul.\n\nThe unification ministry said it would also ask activists "
            "in Gimpo and Incheon to refrain from launching leaflets across the border, and that police would step "
            "up patrols near the Imjingak pavilion.")
    assert _senses(text, index, "Ganghwa county") == [("Ganghwa Island", "KR", "region")]
    assert _senses(text, index, "Imjingak") == [("Imjingak", "KR", "region")]


def test_henoko(index):
    text = ("In Okinawa, home to the bulk of U.S. forces in Japan, local opposition to the relocation of the U.S. "
            "Marine Corps Air Station Futenma from Ginowan to the Henoko coastal area of Nago continues.")
    assert _senses(text, index, "Henoko") == [("Henoko", "JP", "city")]
