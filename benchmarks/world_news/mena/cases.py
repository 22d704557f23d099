"""Middle East and North Africa news: a held-out evaluation set of 40 full-length articles.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the articles are invented events in the style of wires and regional and international
outlets (Reuters, AP, AFP, Al Jazeera English, The National, Arab News, Times of Israel, Haaretz,
Middle East Eye, Al-Monitor, Asharq Al-Awsat, Egypt Independent, Morocco World News, Libya
Observer, Rudaw, Tehran Times, Daily Sabah, Gulf News), set in real places only.

Genres:
  a (14 articles): the Levant, Iraq and Iran.
  b (13 articles): the Gulf states and Yemen.
  c (13 articles): Egypt, Libya, Sudan and the Maghreb.

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines. A capital used for its government ("Washington said") is the place.
  - Demonyms and adjectives ("Israeli", "Egyptian", "Gulf" used as an adjective is NOT a
    demonym and is listed as the region) are listed with kind "?" and their country ("*" for
    "Arab", "European", "Kurdish"); attributive "U.S."/"US" ("U.S. mediators") is kind "?" too.
  - Outlets, companies, airlines, clubs and airports named after places ("Al Jazeera",
    "Qatar Airways", "Emirates", "Saudi Aramco", "Gulf News", "Wydad Casablanca") are listed
    with country "-" (a result there is spurious); organisations and buildings whose name
    contains a place that is meant ("Abu Dhabi National Oil Company", "Grand Egyptian Museum",
    "Hamad International Airport") are kind "?" with that place's country.
  - Seas, rivers, gulfs, deserts, mountain ranges and macro-regions ("the Levant", "the Gulf",
    "the Maghreb", "Middle East", "the Sahel") are kind None, country "*" when they span
    countries. Territories and sub-national regions that are not clearly one admin unit
    ("Gaza" meaning the Strip, "West Bank", "Kurdistan Region", "Darfur", "Sinai") are kind
    None with their country. Gaza and the West Bank are "PS"; Jerusalem is "IL|PS"; places in
    Western Sahara are "EH" (as GeoNames files them); the Golan Heights is "SY|IL".
  - Refugee camps, border crossings, oil fields and archaeological sites are kind None,
    with a (lat, lon) hint where the name is not unique.
  - Governorates/provinces named like their capital ("Idlib province", "Marib governorate")
    are kind admin1; the city is kind city; "#n" selects occurrences when both appear.
  - Namesakes (Tripoli, Alexandria, Medina, Sidon, Tyre, Hebron, Al Ain, Jericho...) carry
    a (lat, lon) hint.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


WASH = (38.90, -77.04)

# ---------------------------------------------------------------- genre a: Levant, Iraq, Iran

add("a", """Aid trucks queue at Rafah as Gaza truce talks resume in Cairo

By Nidal al-Mughrabi and Emily Rose

CAIRO/JERUSALEM, March 4 (Reuters) - Egyptian, Qatari and U.S. mediators resumed talks in Cairo on Tuesday on extending a fragile truce in Gaza, as hundreds of aid trucks waited on the Egyptian side of the Rafah crossing for Israeli inspection.

An Israeli delegation was expected to join the talks later in the week, an Egyptian security source said, while Hamas negotiators arrived from Doha overnight. Washington has pushed for a second phase that would see Israeli troops withdraw from the Philadelphi corridor along the border with Egypt.

Drivers in El Arish, the North Sinai capital about 45 km (28 miles) west of the border, said some trucks had waited more than two weeks. Most cargo is being routed through Kerem Shalom, the crossing at the junction of the Gaza Strip, Israel and Egypt, where goods are screened before entering the enclave.

Inside Gaza, residents of Khan Younis and Deir al-Balah said flour prices had fallen since the truce began, but cooking gas remained scarce. In the Nuseirat camp in the central Gaza Strip, families displaced from Jabalia and Beit Lahia in the north were still living in tents.

"We want to go home to the north, but there is nothing left of our houses," said Umm Khaled, 52, who fled Beit Lahia in October.

The United Nations said about 600 trucks entered on Sunday, the highest daily figure since January. An Israeli military spokesperson in Tel Aviv said inspections at Kerem Shalom had been sped up and that Israel was "not the bottleneck".

(Reporting by Nidal al-Mughrabi in Cairo and Emily Rose in Jerusalem; Editing by Alex Richardson)""", [
    ("CAIRO", "EG", T),
    ("JERUSALEM", "IL|PS", T),
    ("Cairo", "EG", T),
    ("Jerusalem", "IL|PS", T),
    ("Gaza", "PS", N),
    ("Gaza Strip", "PS", N),
    ("Rafah", "PS|EG", N, (31.29, 34.24)),
    ("Egyptian", "EG", Q),
    ("Qatari", "QA", Q),
    ("U.S.", "US", Q),
    ("Israeli", "IL", Q),
    ("Doha", "QA", T),
    ("Washington", "US", T, WASH),
    ("Philadelphi corridor", "PS|EG", N),
    ("Egypt", "EG", C),
    ("El Arish", "EG", T),
    ("North Sinai", "EG", A),
    ("Kerem Shalom", "IL", N, (31.23, 34.28)),
    ("Israel", "IL", C),
    ("Khan Younis", "PS", T),
    ("Deir al-Balah", "PS", T, (31.42, 34.35)),
    ("Nuseirat", "PS", N, (31.45, 34.39)),
    ("Jabalia", "PS", T),
    ("Beit Lahia", "PS", T),
    ("Tel Aviv", "IL", T),
])

add("a", """Israeli raid on Nur Shams camp kills four, Palestinian health ministry says

Al Jazeera Staff

Israeli forces have killed four Palestinians in a raid on the Nur Shams refugee camp near Tulkarem in the occupied West Bank, according to the Palestinian health ministry in Ramallah.

Witnesses told Al Jazeera that armoured bulldozers tore up roads inside the camp before dawn on Wednesday, while drones circled over neighbouring Tulkarem camp. The Israeli army said the operation targeted "terrorist infrastructure" and that soldiers had come under fire.

The raid is the latest in a months-long offensive across the northern West Bank that has also hit Jenin and Tubas. More than 40,000 people have been displaced from camps in Jenin, Tulkarem and Nur Shams since January, according to UNRWA.

Further south, settlers set fire to cars in the village of Huwara, south of Nablus, and in Turmus Ayya, a town near Ramallah where many residents hold US citizenship. In Hebron, shops in the Old City were shuttered for a second day after the army closed checkpoints around the Ibrahimi Mosque.

In the Jordan Valley, Palestinian herders said they were being pushed off grazing land near Jericho by settlers from newly established outposts. "Every week the fence moves closer to the spring," said Suleiman, a herder from the Bedouin community of Ras Ein al-Auja.

The Palestinian Authority's foreign ministry called on Washington and European capitals to "stop the annexation of the West Bank in all but name". Israel's defence minister said operations in the northern West Bank would continue "as long as needed".

Since October 2023, more than 900 Palestinians have been killed in the West Bank, including East Jerusalem, according to the United Nations.""", [
    ("Israeli", "IL", Q),
    ("Palestinian", "PS", Q),
    ("Palestinians", "PS", Q),
    ("Nur Shams", "PS", N, (32.31, 35.06)),
    ("Tulkarem", "PS", T, (32.31, 35.03)),
    ("West Bank", "PS", N),
    ("Ramallah", "PS", T),
    ("Al Jazeera", "-", N),
    ("Jenin", "PS", T, (32.46, 35.30)),
    ("Tubas", "PS", T),
    ("Huwara", "PS", T),
    ("Nablus", "PS", T),
    ("Turmus Ayya", "PS", T, (31.96, 35.28)),
    ("US", "US", Q),
    ("Hebron", "PS", T, (31.53, 35.09)),
    ("Jordan Valley", "PS|IL|JO", N),
    ("Jericho", "PS", T, (31.87, 35.45)),
    ("Ras Ein al-Auja", "PS", N, (31.95, 35.45)),
    ("Washington", "US", T, WASH),
    ("European", "*", Q),
    ("Israel", "IL", C),
    ("East Jerusalem", "PS|IL", N, (31.78, 35.23)),
])

add("a", """Israeli strikes hit south Lebanon villages despite truce; army deploys near Naqoura

BEIRUT, Jan 12 (AFP) - Israeli air strikes hit several villages in south Lebanon on Sunday, the official National News Agency said, as the Lebanese army deployed more troops along the border under a US- and French-brokered ceasefire.

Strikes targeted the outskirts of Bint Jbeil and the village of Aitaroun, as well as a house in Kfar Kila near Marjayoun, the agency said. A drone strike on a car on the coastal road between Tyre and Naqoura killed one man, according to the health ministry in Beirut.

The Israeli military said it had struck Hezbollah "weapons storage facilities" and that it would "continue to act against any threat to the residents of northern Israel". Sirens sounded in Metula and Kiryat Shmona, where residents have only partly returned after more than a year of evacuation.

Under the deal, Hezbollah fighters are to withdraw north of the Litani River, some 30 kilometres from the border, and Israeli forces are to pull out of positions they occupy inside Lebanon. UNIFIL, the UN peacekeeping force headquartered in Naqoura, said it had recorded more than 100 violations in a week.

In Nabatieh, shopkeepers were clearing rubble from the old market destroyed in October. "We reopened three times, and three times they destroyed it," said Hussein, who sells shoes. Many families from the south are still sheltering in Sidon and in schools in Beirut's southern suburbs.

Lebanese President Joseph Aoun, speaking at the presidential palace in Baabda, urged Washington and Paris to press Israel to respect the ceasefire and withdraw "from every inch" of Lebanese territory.""", [
    ("BEIRUT", "LB", T),
    ("Israeli", "IL", Q),
    ("Lebanon", "LB", C),
    ("Naqoura", "LB", T, (33.12, 35.14)),
    ("Lebanese", "LB", Q),
    ("US", "US", Q),
    ("French", "FR", Q),
    ("Bint Jbeil", "LB", T, (33.12, 35.43)),
    ("Aitaroun", "LB", T, (33.12, 35.47)),
    ("Kfar Kila", "LB", T, (33.28, 35.57)),
    ("Marjayoun", "LB", T, (33.36, 35.59)),
    ("Tyre", "LB", T, (33.27, 35.20)),
    ("Beirut", "LB", T),
    ("Israel", "IL", C),
    ("Metula", "IL", T),
    ("Kiryat Shmona", "IL", T),
    ("Litani River", "LB", N),
    ("Nabatieh", "LB", T, (33.38, 35.48)),
    ("Sidon", "LB", T, (33.56, 35.37)),
    ("Baabda", "LB", T, (33.83, 35.54)),
    ("Washington", "US", T, WASH),
    ("Paris", "FR", T, (48.85, 2.35)),
])

add("a", """In Lebanon's Tripoli, the boats to Cyprus tempt a new generation

By Nada Maucourant Atallah, The National

TRIPOLI, Lebanon - On the seafront of El Mina, the port district of Tripoli, fishermen point to the beach where a wooden boat carrying 80 people set off for Cyprus last month. Cypriot police intercepted it two days later, 30 nautical miles off Larnaca, and sent most of the passengers back.

Lebanon's second city has long been its poorest. In the hillside neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen, where rival gunmen fought in the streets a decade ago, young men say there is no work and no electricity for more than four hours a day.

"My brother went in 2022 and now he is in Germany. What is here for me?" said Omar, 23, who sells coffee near the Al-Mansouri mosque.

The smugglers' boats leave from beaches north of Tripoli and from the coast of Akkar, close to the Syrian border. Many passengers are Syrians who fled Homs and Idlib years ago; a growing number are Lebanese. The crossing to Cyprus, about 175 km, takes a day and a half.

Nicosia has pressed the European Union to stem the flow, and in 2024 Brussels announced a 1 billion euro package for Lebanon, partly tied to border control. Rights groups say Cyprus has pushed back boats at sea, a charge the government denies.

The Lebanese navy says it stopped 14 boats off the northern coast this year. In Beirut, officials blame the economic collapse that began in 2019 and the more than one million Syrians still in the country. Some Tripoli families, unable to pay smugglers, now look instead to the Gulf, where relatives in Dubai and Doha send money home.""", [
    ("Lebanon", "LB", C),
    ("Tripoli", "LB", T, (34.43, 35.84)),
    ("TRIPOLI", "LB", T, (34.43, 35.84)),
    ("Cyprus", "CY", C),
    ("El Mina", "LB", T, (34.45, 35.81)),
    ("Cypriot", "CY", Q),
    ("Larnaca", "CY", T),
    ("Bab al-Tabbaneh", "LB", N, (34.44, 35.84)),
    ("Jabal Mohsen", "LB", N, (34.44, 35.84)),
    ("Germany", "DE", C),
    ("Akkar", "LB", A),
    ("Syrian", "SY", Q),
    ("Syrians", "SY", Q),
    ("Homs", "SY", N),
    ("Idlib", "SY", N),
    ("Lebanese", "LB", Q),
    ("Nicosia", "CY", T),
    ("European", "*", Q),
    ("Brussels", "BE", T),
    ("Beirut", "LB", T),
    ("Gulf", "*", N),
    ("Dubai", "AE", T),
    ("Doha", "QA", T),
])

add("a", """UN aid convoys cross Bab al-Hawa as Idlib camps brace for winter

Daily Sabah with AA

A convoy of 35 UN trucks carrying blankets, tents and heating fuel crossed into northwestern Syria's Idlib province on Monday through the Bab al-Hawa border gate, Türkiye's Hatay governorate said in a statement.

The trucks were loaded at a logistics hub in Reyhanli, a border town in Hatay, and were expected to be distributed to camps around Sarmada and Atmeh, where hundreds of thousands of displaced Syrians have lived in tents since fleeing fighting in Aleppo, Hama and Idlib a decade ago.

Aid workers said many families had started to return to villages south of Idlib city, around Maarat al-Numan and Saraqib, after the fall of the Assad regime, but found homes without roofs and fields littered with unexploded ordnance. "People go back for a week, and they come back to the camp," said an official with a Turkish NGO in Sarmada.

A second convoy is due next week through the Bab al-Salam crossing near Azaz, which links the Turkish province of Kilis with northern Aleppo countryside.

Ankara has hosted more than three million Syrians since 2011. Officials in Ankara say some 500,000 have returned since December, many through the Cilvegozu gate opposite Bab al-Hawa, and through Oncupinar opposite Bab al-Salam.

The new authorities in Damascus have asked donors meeting in Brussels and Geneva for funds to rebuild water networks in Jisr al-Shughur and Latakia, the coastal province hit hardest by the February 2023 earthquake along with Türkiye's southern provinces.""", [
    ("Bab al-Hawa", "SY", N, (36.23, 36.67)),
    ("Idlib#1,2", "SY", A),
    ("Idlib#3", "SY", N),
    ("Idlib#4", "SY", T, (35.93, 36.63)),
    ("Syria", "SY", C),
    ("Türkiye", "TR", C),
    ("Hatay", "TR", A),
    ("Reyhanli", "TR", T),
    ("Sarmada", "SY", T, (36.18, 36.72)),
    ("Atmeh", "SY", T, (36.22, 36.68)),
    ("Syrians", "SY", Q),
    ("Aleppo#1", "SY", N),
    ("Aleppo#2", "SY", A),
    ("Hama", "SY", N),
    ("Maarat al-Numan", "SY", T, (35.64, 36.67)),
    ("Saraqib", "SY", T, (35.86, 36.80)),
    ("Turkish", "TR", Q),
    ("Bab al-Salam", "SY", N, (36.63, 37.07)),
    ("Azaz", "SY", T),
    ("Kilis", "TR", A),
    ("Ankara", "TR", T),
    ("Cilvegozu", "TR", N, (36.24, 36.66)),
    ("Oncupinar", "TR", N, (36.64, 37.08)),
    ("Damascus", "SY", T, (33.51, 36.29)),
    ("Brussels", "BE", T),
    ("Geneva", "CH", T),
    ("Jisr al-Shughur", "SY", T, (35.81, 36.32)),
    ("Latakia", "SY", A),
])

add("a", """Clashes in Syria's south leave 12 dead as Deraa tensions flare

DAMASCUS/AMMAN, May 18 (Reuters) - At least 12 people were killed in clashes between government security forces and local gunmen in Syria's southern Deraa province, residents and a war monitor said on Sunday, the worst violence in the area since the new authorities took power in Damascus.

Fighting broke out in the town of Tafas, west of Deraa city, after a checkpoint was attacked, and spread to nearby Muzayrib and Jasim, the Britain-based Syrian Observatory for Human Rights said.

Deraa, the cradle of the 2011 uprising against Bashar al-Assad, borders Jordan, and Jordanian officials said the Jaber-Nassib crossing between the two countries had been closed for several hours as a precaution. Trucks heading from Amman to Damascus and on to Beirut were held at the border.

In neighbouring Sweida province, home to most of Syria's Druze community, local leaders called for calm. Israel, which has seized a buffer zone in Quneitra province next to the Israeli-occupied Golan Heights, has said it will not allow government forces to deploy in the south, a position Damascus has called a violation of Syrian sovereignty.

Farmers in the Hauran plain, which stretches from Deraa to the outskirts of Damascus, said the fighting came at the start of the wheat harvest. "We have waited two years for a good season," said one farmer in Busra al-Sham, the town known for its Roman theatre.

Jordan's foreign minister discussed the situation by phone with his Syrian counterpart, the ministry in Amman said, and stressed Jordan's support for "the security and stability of southern Syria".

(Reporting by Timour Azhari in Damascus and Suleiman Al-Khalidi in Amman; Editing by Frances Kerry)""", [
    ("DAMASCUS", "SY", T),
    ("AMMAN", "JO", T),
    ("Syria", "SY", C),
    ("Deraa#1", "SY", N),
    ("Deraa#2,4", "SY", A),
    ("Deraa#3,5", "SY", T, (32.62, 36.10)),
    ("Damascus", "SY", T, (33.51, 36.29)),
    ("Tafas", "SY", T, (32.74, 35.99)),
    ("Muzayrib", "SY", T, (32.71, 36.03)),
    ("Jasim", "SY", T, (32.99, 36.06)),
    ("Britain", "GB", Q),
    ("Syrian", "SY", Q),
    ("Jordan", "JO", C),
    ("Jordanian", "JO", Q),
    ("Jaber", "JO", N, (32.54, 36.21)),
    ("Nassib", "SY", N, (32.55, 36.21)),
    ("Amman", "JO", T),
    ("Beirut", "LB", T),
    ("Sweida", "SY", A),
    ("Israel", "IL", C),
    ("Quneitra", "SY", A),
    ("Israeli", "IL", Q),
    ("Golan Heights", "SY|IL", N),
    ("Hauran", "SY", N),
    ("Busra al-Sham", "SY", T, (32.52, 36.48)),
])

add("a", """Yazidi families head home to Sinjar after Baghdad and Erbil sign security deal

ERBIL, Kurdistan Region - Dozens of Yazidi families left displacement camps in Duhok province on Thursday to return to Sinjar, a day after the federal government in Baghdad and the Kurdistan Regional Government in Erbil agreed on a new security arrangement for the district.

The families, from the Sharya and Khanke camps near Duhok city, travelled in a convoy of buses and trucks through Faysh Khabur and Rabia before reaching Sinun, on the northern side of Mount Sinjar, officials from the Kurdistan Region's migration ministry told Rudaw.

Sinjar, in the west of Nineveh governorate near the Syrian border, was overrun by the Islamic State group (ISIS) in August 2014. Thousands of Yazidis were killed and thousands of women and girls abducted. Since the town was retaken in 2015, control has been contested between Iraqi forces, Kurdish Peshmerga and armed groups linked to the PKK, whose positions have been struck repeatedly by Turkish drones.

About 200,000 Yazidis still live in camps in the Kurdistan Region, according to the UN. The federal migration ministry says it wants to close the camps by the end of the year, offering a grant of four million Iraqi dinars to each returning family.

"The houses in Sinjar are still destroyed, the water is bad, and there are no hospitals," said Khalil Hasan, a father of five who returned to the village of Kocho, south of the town, where ISIS executed hundreds of men in 2014. "But we are tired of tents."

In Mosul, the capital of Nineveh, the governor said reconstruction funds for Sinjar and nearby Tal Afar had been approved in Iraq's 2025 budget, and that a new road to the Syrian border at Rabia would be paved.""", [
    ("ERBIL", "IQ", T),
    ("Kurdistan Region", "IQ", N),
    ("Kurdistan Regional Government", "IQ", Q),
    ("Duhok#1", "IQ", A),
    ("Duhok#2", "IQ", T),
    ("Sinjar", "IQ", N),
    ("Mount Sinjar", "IQ", N),
    ("Baghdad", "IQ", T),
    ("Erbil", "IQ", T),
    ("Sharya", "IQ", N),
    ("Khanke", "IQ", N),
    ("Faysh Khabur", "IQ", T, (37.07, 42.38)),
    ("Rabia", "IQ", T, (36.80, 42.10)),
    ("Sinun", "IQ", T, (36.43, 41.80)),
    ("Nineveh", "IQ", A),
    ("Syrian", "SY", Q),
    ("Iraqi", "IQ", Q),
    ("Kurdish", "*", Q),
    ("Turkish", "TR", Q),
    ("Kocho", "IQ", T, (36.18, 41.84)),
    ("Mosul", "IQ", T),
    ("Tal Afar", "IQ", T),
    ("Iraq", "IQ", C),
])

add("a", """Iraq's southern marshes dry up as the Tigris and Euphrates shrink

CHIBAYISH, Iraq (AFP) - Buffalo herder Raad Habib steers his canoe through a channel barely wider than the boat. A few years ago the reeds around him stood in two metres of water; today cracked mud stretches towards the horizon.

"If the water does not come back this summer, I will take the buffaloes to Basra and sell them," he said, near the town of Chibayish in Dhi Qar province, at the heart of the Mesopotamian Marshes.

The wetlands, listed as a UNESCO World Heritage site in 2016 and believed by some to be the biblical Garden of Eden, are fed by the Tigris and the Euphrates, which rise in Turkey and flow through Syria and Iraq before joining to form the Shatt al-Arab and emptying into the Gulf.

Iraqi officials blame dams upstream, including the Ataturk Dam in Turkey, and Iranian diversions of rivers such as the Karun, for a sharp fall in flows. Ankara says drought, not its dams, is to blame, and has offered joint projects to modernise irrigation.

In Baghdad, the water ministry said reserves behind the Mosul Dam and in Lake Tharthar were at their lowest level in 80 years. It has cut the summer rice planting area in Najaf and Diwaniyah by half.

Further east, the Hawizeh marshes that straddle the border with Iran in Maysan province have also shrunk. In Amarah, the provincial capital, and in Nasiriyah, hundreds of families from marsh villages have moved to informal settlements on the edge of the cities.

In Basra, salt water pushing up the Shatt al-Arab from the Gulf has made tap water undrinkable in several districts, the provincial council said.""", [
    ("CHIBAYISH", "IQ", T, (30.95, 47.03)),
    ("Iraq", "IQ", C),
    ("Tigris", "*", N),
    ("Euphrates", "*", N),
    ("Basra#1", "IQ", T, (30.51, 47.78)),
    ("Basra#2", "IQ", N),
    ("Chibayish", "IQ", T, (30.95, 47.03)),
    ("Dhi Qar", "IQ", A),
    ("Mesopotamian Marshes", "IQ", N),
    ("Turkey", "TR", C),
    ("Syria", "SY", C),
    ("Shatt al-Arab", "IQ|IR", N),
    ("Gulf", "*", N),
    ("Iraqi", "IQ", Q),
    ("Ataturk Dam", "TR", N),
    ("Iranian", "IR", Q),
    ("Karun", "IR", N),
    ("Ankara", "TR", T),
    ("Baghdad", "IQ", T),
    ("Mosul Dam", "IQ", N),
    ("Lake Tharthar", "IQ", N),
    ("Najaf", "IQ", N),
    ("Diwaniyah", "IQ", N),
    ("Hawizeh", "IQ|IR", N),
    ("Iran", "IR", C),
    ("Maysan", "IQ", A),
    ("Amarah", "IQ", T),
    ("Nasiriyah", "IQ", T),
])

add("a", """Karun water transfer to ease Khuzestan summer shortages, governor says

Tehran Times

TEHRAN - A new pipeline carrying water from the Karun River to villages in the west of Khuzestan province will be inaugurated before the start of summer, the province's governor said on Saturday, as authorities try to avoid a repeat of the shortages that hit the region in recent years.

The 120-kilometre line will link a treatment plant near Ahvaz, the provincial capital, with Hamidiyeh and Susangerd, towns close to the border with Iraq where residents have relied on tanker trucks in past summers. A second phase will extend to Shadegan and the wetlands south of the city.

Khuzestan, which produces most of Iran's crude oil, has suffered from years of drought, falling flows in the Karun and Dez rivers and dust storms blowing in from Iraq. Temperatures in Ahvaz regularly exceed 50 degrees Celsius in July.

The governor also announced that the desalination plant at Abadan, on the Arvand River, would double its capacity, supplying Abadan and neighbouring Khorramshahr, where salinity has made tap water undrinkable during low tides in the Persian Gulf.

Farmers' representatives in Dezful and Shush asked the Energy Ministry in Tehran to guarantee water for the wheat and sugarcane harvest, and criticised plans to transfer water from the headwaters of the Karun in the Zagros mountains to Isfahan and other central provinces.

"The Karun is the life of Khuzestan," a member of parliament for Ahvaz told the Tehran Times. "Any transfer must first meet the needs of the people of this province."

The ministry said 14 new dams and water projects would be completed in Khuzestan and Chaharmahal and Bakhtiari provinces by March 2026.""", [
    ("Tehran Times", "-", N),
    ("TEHRAN", "IR", T),
    ("Tehran", "IR", T),
    ("Karun River", "IR", N),
    ("Karun", "IR", N),
    ("Khuzestan", "IR", A),
    ("Ahvaz", "IR", T),
    ("Hamidiyeh", "IR", T, (31.48, 48.43)),
    ("Susangerd", "IR", T, (31.56, 48.18)),
    ("Iraq", "IQ", C),
    ("Shadegan", "IR", T, (30.65, 48.66)),
    ("Iran", "IR", C),
    ("Dez", "IR", N),
    ("Abadan", "IR", T, (30.34, 48.30)),
    ("Arvand River", "IR|IQ", N),
    ("Khorramshahr", "IR", T),
    ("Persian Gulf", "*", N),
    ("Dezful", "IR", T),
    ("Shush", "IR", T, (32.19, 48.24)),
    ("Zagros", "IR|IQ", N),
    ("Isfahan", "IR", N),
    ("Chaharmahal and Bakhtiari", "IR", A),
])

add("a", """Iran's oil exports near five-year high despite sanctions, tanker data shows

By Alex Lawler and Parisa Hafezi

LONDON/DUBAI, Oct 7 (Reuters) - Iran's crude oil exports rose to about 1.8 million barrels per day in September, close to a five-year high, as buyers in China kept taking discounted barrels despite tighter U.S. sanctions, according to tanker-tracking data.

Most of the oil was loaded at the Kharg Island terminal in the Gulf and shipped through the Strait of Hormuz, the data showed. A growing share was transferred between tankers off Malaysia before being delivered to independent refiners in China's Shandong province, known as teapots.

"The flows to China are remarkably resilient," said an analyst at a consultancy in Singapore. "Enforcement is getting harder, not easier."

Washington last month sanctioned more than 30 vessels and a terminal operator in Shandong, and U.S. officials have urged Beijing to curb its purchases. Tehran says the sanctions are illegal and that it will continue to sell oil "by all means".

Iran has also been expanding its Jask terminal on the Gulf of Oman, which allows tankers to avoid the Strait of Hormuz, although loadings there remain small. Iranian officials say a new pipeline from Goreh in Bushehr province to Jask will eventually carry 1 million bpd.

Oman, which has mediated indirect talks between Tehran and Washington, hosted a new round in Muscat last week, while the International Atomic Energy Agency's board meets in Vienna next month. OPEC data show Iran's production at its highest since 2018, behind only Saudi Arabia and Iraq in the group.

Near Bandar Abbas, Iran's navy held drills last week near the strait through which about a fifth of the world's oil passes.""", [
    ("LONDON", "GB", T),
    ("DUBAI", "AE", T),
    ("Iran", "IR", C),
    ("China", "CN", C),
    ("U.S.", "US", Q),
    ("Kharg Island", "IR", N),
    ("Gulf", "*", N),
    ("Strait of Hormuz", "*", N),
    ("Malaysia", "MY", C),
    ("Shandong", "CN", A),
    ("Singapore", "SG", N),
    ("Washington", "US", T, WASH),
    ("Beijing", "CN", T),
    ("Tehran", "IR", T),
    ("Jask", "IR", T, (25.64, 57.77)),
    ("Gulf of Oman", "*", N),
    ("Iranian", "IR", Q),
    ("Goreh", "IR", N),
    ("Bushehr", "IR", A),
    ("Oman", "OM", C),
    ("Muscat", "OM", T),
    ("Vienna", "AT", T),
    ("Saudi Arabia", "SA", C),
    ("Iraq", "IQ", C),
    ("Bandar Abbas", "IR", T),
])

add("a", """Jordan, one of the world's driest countries, bets on a Red Sea pipeline

By Jamal Halaby and Jordan Matthews

AMMAN, Jordan (AP) - Every Tuesday, water reaches the tap in Umm Ahmad's apartment in east Amman for about 12 hours. She fills the black tanks on the roof and makes it last for the rest of the week.

"We are used to it, but every summer it gets worse," said the mother of four, whose neighbourhood in the hills above downtown is among the last in line when the city's pumps switch on.

Jordan has one of the lowest per-capita water supplies in the world, and the strain has grown with population growth and the arrival of hundreds of thousands of Syrian refugees since 2011. About 80,000 still live in the Zaatari camp near Mafraq, and many more in cities such as Irbid and Zarqa.

The government is now pinning its hopes on a $3 billion plant at Aqaba, on the Red Sea, that would desalinate seawater and pump it some 450 kilometres north to Amman. Construction of the Aqaba-Amman project is expected to begin next year, with financing from the European Union, the United States and the United Arab Emirates.

The kingdom currently relies on the ancient Disi aquifer in the south, dwindling wells and water bought from Israel, which sends part of its supply from the Sea of Galilee under the 1994 peace treaty. The Jordan River, once a mighty stream, now reaches the Dead Sea as a trickle, and the sea's level falls about a metre a year.

Flows in the Yarmouk River, which forms part of the border with Syria, have also shrunk, officials say. "Desalination is not a choice for Jordan anymore, it is a necessity," water minister Raed Abu Saud told reporters.""", [
    ("Jordan#1,4,6", "JO", C),
    ("Jordan#2", "-", N),
    ("Jordan River", "*", N),
    ("Red Sea", "*", N),
    ("AMMAN", "JO", T),
    ("Jordan#3", "JO", C),
    ("Amman", "JO", T),
    ("Syrian", "SY", Q),
    ("Zaatari", "JO", N, (32.30, 36.32)),
    ("Mafraq", "JO", T),
    ("Irbid", "JO", T),
    ("Zarqa", "JO", T),
    ("Aqaba", "JO", T),
    ("European Union", "*", Q),
    ("United States", "US", C),
    ("United Arab Emirates", "AE", C),
    ("Disi", "JO", N),
    ("Israel", "IL", C),
    ("Sea of Galilee", "IL", N),
    ("Dead Sea", "*", N),
    ("Yarmouk River", "*", N),
    ("Syria", "SY", C),
])

add("a", """Tourists return to Babylon as Iraq restores its ancient sites

HILLAH, Iraq (AFP) - Under a blazing sun, a group of French retirees photographs the blue-glazed dragons on the walls of the Processional Way in Babylon, the ancient city on the banks of the Euphrates some 100 kilometres south of Baghdad.

"Ten years ago nobody would have come here," said their guide, Ahmed, who grew up in Hillah, the capital of Babil province, a few kilometres away. "Now we have groups every week, from Europe, from China, even from America."

Babylon was added to UNESCO's World Heritage list in 2019 after decades of damage, including a palace built on the ruins by Saddam Hussein and a US military base set up there after the 2003 invasion. The original Ishtar Gate was taken to Berlin in the early 20th century and rebuilt in the Pergamon Museum, and Iraq has repeatedly asked Germany to return it.

Iraq's culture ministry says foreign visitor numbers doubled last year. Beyond Babylon, tourists now visit the ziggurat of Ur near Nasiriyah in Dhi Qar province, where Pope Francis held a prayer in 2021, and the nearby site of Uruk.

In the north, archaeologists are restoring the Assyrian city of Nimrud, south of Mosul, which was blown up by Islamic State militants in 2015. Teams from the University of Pennsylvania and the British Museum in London are helping to reassemble shattered reliefs, and the Iraq Museum in Baghdad has lent fragments for study.

The sites still lack hotels, and most visitors stay in Baghdad or Najaf. "Our heritage is Mesopotamia, it belongs to the whole world," said the director of the Babylon site. "We need the world to come and see it," he said.""", [
    ("HILLAH", "IQ", T),
    ("Iraq", "IQ", C),
    ("French", "FR", Q),
    ("Babylon", "IQ", N, (32.54, 44.42)),
    ("Euphrates", "*", N),
    ("Baghdad", "IQ", T),
    ("Hillah", "IQ", T),
    ("Babil", "IQ", A),
    ("Europe", "*", N),
    ("China", "CN", C),
    ("America", "US", C),
    ("US", "US", Q),
    ("Berlin", "DE", T),
    ("Pergamon Museum", "DE", Q),
    ("Germany", "DE", C),
    ("Ur", "IQ", N, (30.96, 46.10)),
    ("Nasiriyah", "IQ", T),
    ("Dhi Qar", "IQ", A),
    ("Uruk", "IQ", N, (31.32, 45.64)),
    ("Assyrian", "*", Q),
    ("Nimrud", "IQ", N, (36.10, 43.33)),
    ("Mosul", "IQ", T),
    ("University of Pennsylvania", "US", Q),
    ("British Museum", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Iraq Museum", "IQ", Q),
    ("Najaf", "IQ", T),
    ("Mesopotamia", "IQ", N),
])

add("a", """Kurdistan oil starts flowing to Ceyhan again after two-year halt

BAGHDAD/ERBIL, Sept 27 (Reuters) - Oil from Iraq's Kurdistan region began flowing through the pipeline to Turkey's Ceyhan port on Saturday for the first time since March 2023, Iraq's oil ministry said, ending a standoff that cost Baghdad and Erbil an estimated $25 billion.

The flows started at about 180,000 barrels per day from fields near Erbil and Duhok and are expected to rise, the ministry said. Crude from Kirkuk, under federal control, will also be pumped through the line, which crosses into Turkey at Fish Khabur.

Exports were halted after an arbitration court in Paris ordered Ankara to pay Baghdad damages for allowing Kurdish exports without the federal government's approval. Since then, the Kurdistan Regional Government (KRG) has relied on smuggling to Iran and on payments from Baghdad to pay salaries.

Under the new deal, state marketer SOMO will sell the Kurdish crude and the proceeds will go to the federal treasury. Foreign producers, including Norway's DNO and Britain's Gulf Keystone, will be paid a fixed fee per barrel.

"This is good for Erbil, good for Baghdad and good for Ankara," said a senior official at the KRG's natural resources ministry.

Oil reaching Ceyhan will be loaded onto tankers for buyers in Europe and the Mediterranean. Analysts said extra barrels from Iraq would add to pressure on prices as OPEC+ raises output.

Separately, the Khor Mor gas field in Sulaymaniyah province, which supplies power plants across the region, resumed full production after a drone attack in April forced a shutdown. Operators Dana Gas and Crescent Petroleum said the field near Chemchemal was producing 500 million standard cubic feet per day.""", [
    ("BAGHDAD", "IQ", T),
    ("ERBIL", "IQ", T),
    ("Kurdistan", "IQ", N),
    ("Ceyhan", "TR", T),
    ("Iraq", "IQ", C),
    ("Turkey", "TR", C),
    ("Baghdad", "IQ", T),
    ("Erbil", "IQ", T),
    ("Duhok", "IQ", N),
    ("Kirkuk", "IQ", N),
    ("Fish Khabur", "IQ", T, (37.07, 42.38)),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Ankara", "TR", T),
    ("Kurdish", "*", Q),
    ("Kurdistan Regional Government", "IQ", Q),
    ("Iran", "IR", C),
    ("Norway", "NO", C),
    ("Britain", "GB", C),
    ("Gulf Keystone", "-", N),
    ("Europe", "*", N),
    ("Mediterranean", "*", N),
    ("Khor Mor", "IQ", N),
    ("Sulaymaniyah", "IQ", A),
    ("Dana Gas", "-", N),
    ("Chemchemal", "IQ", T, (35.52, 44.83)),
])

add("a", """Tens of thousands rally in Tel Aviv and Jerusalem against Haredi draft exemption bill

By TOI Staff

Tens of thousands of Israelis demonstrated on Saturday night in Tel Aviv, Jerusalem, Haifa and Beersheba against a bill that would enshrine exemptions from military service for ultra-Orthodox yeshiva students, as the Knesset prepared for a first reading next week.

In Tel Aviv, protesters filled Kaplan Street and blocked the Ayalon Highway for about an hour before police cleared it with water cannon. Organisers, including reservists' groups and families of soldiers killed in Gaza and Lebanon, said more than 100,000 people took part nationwide.

"My son served 300 days in reserve duty since October 7. Others do not serve a single day," said Michal, 54, from Modiin, holding a sign reading "Equal burden".

Hundreds of ultra-Orthodox men held a counter-rally in Bnei Brak, and dozens blocked Route 4 near the city. In Jerusalem, police said they arrested 12 people near the Knesset, and in Beit Shemesh, a mixed city with a large Haredi population, scuffles broke out between residents and protesters.

Protests were also held outside Prime Minister Benjamin Netanyahu's private home in Caesarea, and in communities in the Negev and the Galilee. In Sderot and Ashkelon, near the Gaza border, residents said the burden of the war had fallen on the same families.

The bill, drafted by the Knesset Foreign Affairs and Defense Committee, would set gradual enlistment targets but drop criminal sanctions on draft dodgers. Coalition parties say it is needed to keep the government together; opposition leader Yair Lapid called it "a crime against those who carry the stretcher".

The Israel Defense Forces says it needs about 10,000 additional soldiers to meet its commitments in Gaza, the West Bank, Lebanon and Syria, and to prepare for a possible new round of fighting with Iran.""", [
    ("Tel Aviv", "IL", T),
    ("Jerusalem", "IL|PS", T),
    ("Israelis", "IL", Q),
    ("Kaplan Street", "IL", Q),
    ("Ayalon Highway", "IL", Q),
    ("Haifa", "IL", T),
    ("Beersheba", "IL", T),
    ("Gaza", "PS", N),
    ("Lebanon", "LB", C),
    ("Modiin", "IL", T, (31.90, 35.01)),
    ("Bnei Brak", "IL", T),
    ("Beit Shemesh", "IL", T, (31.75, 34.99)),
    ("Caesarea", "IL", T, (32.50, 34.90)),
    ("Negev", "IL", N),
    ("Galilee", "IL", N),
    ("Sderot", "IL", T),
    ("Ashkelon", "IL", T),
    ("Israel Defense Forces", "IL", Q),
    ("West Bank", "PS", N),
    ("Syria", "SY", C),
    ("Iran", "IR", C),
])

# ---------------------------------------------------------------- genre b: Gulf states and Yemen

add("b", """Israeli strikes hit Yemen's Hodeidah port as Houthis target Red Sea shipping

ADEN/DUBAI, July 21 (Reuters) - Israeli warplanes struck the Houthi-held port of Hodeidah on Yemen's Red Sea coast on Monday, damaging fuel storage tanks and cranes, residents and Houthi media said, a day after the group claimed a missile attack on the southern Israeli port city of Eilat.

Strikes also hit the nearby ports of Ras Isa and Salif, used for fuel and grain imports, and a power station on the edge of Hodeidah city, the Houthi-run Al Masirah TV said. Israel's military said the ports were used to bring in Iranian weapons, a charge the Houthis deny.

The Iran-aligned Houthis, who control the capital Sanaa and most of Yemen's north, have attacked more than 100 merchant ships in the Red Sea and the Gulf of Aden since November 2023 in what they say is solidarity with Palestinians in Gaza. The attacks have forced shipping lines to reroute around Africa's Cape of Good Hope, cutting traffic through the Suez Canal by more than half.

Two vessels reported explosions near the Bab el-Mandeb strait, between Yemen and Djibouti, on Sunday, according to the British military's UKMTO agency. One ship, a Liberia-flagged bulk carrier bound for Jeddah, reported minor damage.

The internationally recognised government, based in the southern port city of Aden and backed by Saudi Arabia, condemned the Houthi attacks but also said Israeli strikes on civilian infrastructure would deepen the humanitarian crisis.

The United Nations says Hodeidah and the other Red Sea ports in Hodeidah governorate handle about 70% of Yemen's imports, including most of its food and fuel. Across the water, Eritrea has denied reports that it allowed foreign forces to use its islands.""", [
    ("ADEN", "YE", T),
    ("DUBAI", "AE", T),
    ("Israeli", "IL", Q),
    ("Hodeidah#1,2,3,4", "YE", T, (14.80, 42.95)),
    ("Hodeidah#5", "YE", A),
    ("Yemen", "YE", C),
    ("Red Sea", "*", N),
    ("Eilat", "IL", T),
    ("Ras Isa", "YE", N),
    ("Salif", "YE", T, (15.31, 42.68)),
    ("Al Masirah", "-", N),
    ("Israel", "IL", C),
    ("Iranian", "IR", Q),
    ("Iran", "IR", C),
    ("Sanaa", "YE", T),
    ("Gulf of Aden", "*", N),
    ("Palestinians", "PS", Q),
    ("Gaza", "PS", N),
    ("Africa", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Suez Canal", "EG", N),
    ("Bab el-Mandeb", "*", N),
    ("Djibouti", "DJ", C),
    ("British", "GB", Q),
    ("Liberia", "LR", Q),
    ("Jeddah", "SA", T),
    ("Aden", "YE", T),
    ("Saudi Arabia", "SA", C),
    ("Eritrea", "ER", C),
])

add("b", """Houthis mass fighters near Marib as Yemen's uneasy truce frays

Al Jazeera and news agencies

Fighting has intensified on the front lines around Marib, the Yemeni government's last stronghold in the country's north, with the Houthis launching assaults from two directions, military officials and tribal sources have told Al Jazeera.

Houthi fighters attacked government positions in Raghwan district, northwest of Marib city, and around Harib in the south of Marib governorate, near the boundary with Shabwa, the sources said. At least 30 fighters from both sides were killed over the weekend.

Marib, about 120km east of the capital Sanaa, sits on Yemen's main oil and gas fields at Safer, which supply cooking gas to much of the country. More than a million people displaced from other parts of Yemen live in camps around the city, according to the International Organization for Migration.

"If Marib falls, the whole map of the war changes," said a tribal leader from the Abidah tribe, speaking by phone from the city. He said government reinforcements had arrived from Shabwa and from Al-Jawf province to the north.

The fighting threatens a truce that has largely held since April 2022 and talks between Saudi Arabia and the Houthis mediated by Oman. UN envoy Hans Grundberg held meetings in Riyadh and Muscat last week and said he was "deeply concerned" by the escalation.

Clashes were also reported on the outskirts of Taiz, Yemen's third-largest city, which has been under partial Houthi siege for nearly a decade, and in Al Dhale province in the south.

The Houthis' Saba news agency said its forces were responding to "Saudi-American aggression". Officials in Sanaa did not comment on the fighting.""", [
    ("Marib#1,2,3,6", "YE", T, (15.46, 45.33)),
    ("Marib#4", "YE", A),
    ("Marib#5", "YE", N),
    ("Yemen", "YE", C),
    ("Yemeni", "YE", Q),
    ("Al Jazeera", "-", N),
    ("Raghwan", "YE", A),
    ("Harib", "YE", T, (14.93, 45.50)),
    ("Shabwa", "YE", A),
    ("Sanaa", "YE", T),
    ("Safer", "YE", N),
    ("Al-Jawf", "YE", A),
    ("Saudi Arabia", "SA", C),
    ("Oman", "OM", C),
    ("Riyadh", "SA", T),
    ("Muscat", "OM", T),
    ("Taiz", "YE", T),
    ("Al Dhale", "YE", A),
    ("Saudi", "SA", Q),
    ("American", "US", Q),
])

add("b", """Yemeni rial hits record low in Aden as government struggles to pay salaries

Aden - Asharq Al-Awsat

The Yemeni rial fell to a record low of 2,800 to the dollar in Aden on Tuesday, as the internationally recognised government struggled to pay public salaries for a third month and electricity cuts in the southern port city stretched to 16 hours a day.

In Sanaa and Al Hudaydah, which are controlled by the Houthis, the old banknotes still trade at about 530 rials to the dollar, a gap that has split the country into two economies.

The government has not exported crude since Houthi drones struck the Dhabba oil terminal near Mukalla, the capital of Hadramout governorate, and the Nushayma terminal in Shabwa in late 2022. Oil once covered more than half of its budget.

A Saudi deposit of $500 million announced in Riyadh last month has yet to reach the central bank in Aden, officials said. The United Arab Emirates, which backs the Southern Transitional Council (STC), has funded new solar plants in Aden and Shabwa.

Protests over power cuts broke out in the Crater and Mualla districts of Aden and in the neighbouring provinces of Lahj and Abyan, where demonstrators blocked the coastal road to Zinjibar.

In Hadramout, tribal leaders meeting in Seiyun demanded a greater share of oil revenue and threatened to halt production at fields in the Wadi Hadramout valley. On the island of Socotra, which lies closer to the Horn of Africa than to the Yemeni mainland, fuel shortages have grounded fishing boats.

Prime Minister Salem bin Breik, who visited Abu Dhabi and Riyadh last week, said the government would announce "urgent economic measures" before the end of the month.""", [
    ("Yemeni", "YE", Q),
    ("Aden", "YE", T),
    ("Asharq Al-Awsat", "-", N),
    ("Sanaa", "YE", T),
    ("Al Hudaydah", "YE", T, (14.80, 42.95)),
    ("Dhabba", "YE", N),
    ("Mukalla", "YE", T),
    ("Hadramout#1,2", "YE", A),
    ("Wadi Hadramout", "YE", N),
    ("Nushayma", "YE", N),
    ("Shabwa", "YE", A),
    ("Saudi", "SA", Q),
    ("Riyadh", "SA", T),
    ("United Arab Emirates", "AE", C),
    ("Crater", "YE", N, (12.78, 45.03)),
    ("Mualla", "YE", N, (12.79, 44.99)),
    ("Lahj", "YE", A),
    ("Abyan", "YE", A),
    ("Zinjibar", "YE", T, (13.13, 45.38)),
    ("Seiyun", "YE", T, (15.94, 48.79)),
    ("Socotra", "YE", N),
    ("Horn of Africa", "*", N),
    ("Abu Dhabi", "AE", T),
])

add("b", """NEOM's Sindalah island opens to first guests as Saudi Red Sea tourism push accelerates

Arab News

RIYADH: NEOM's luxury island resort of Sindalah welcomed its first paying guests this week, the giga-project said, as Saudi Arabia steps up efforts to turn its northwestern coast into a global tourism destination.

Sindalah, in the Red Sea off the coast of the Tabuk region, offers a marina with 86 berths, three hotels and a yacht club. Guests arrive by boat from NEOM's port near Duba or by air via NEOM Bay Airport.

The opening comes as Red Sea Global, another government-backed developer, expands its resorts on the islands of the Al-Wajh lagoon and near Umluj, further south. Visitors can fly direct to its Red Sea International Airport from Riyadh, Jeddah and Dubai.

Tourism officials also point to AlUla, the desert oasis in the Madinah region whose rock-cut Nabataean tombs at Hegra attract visitors from Europe and Asia. A new rail link is planned between AlUla and Medina, where the Prophet's Mosque received more than 15 million worshippers last year.

The Kingdom aims to attract 150 million visits a year by 2030 under Vision 2030. Parts of NEOM, in the Tabuk region near the Gulf of Aqaba facing Egypt and Jordan, have been scaled back, including The Line, a planned linear city, officials acknowledged this year.

"Sindalah is proof that NEOM is real," said a spokesperson, adding that the Trojena mountain resort in the Sarawat mountains would host the 2029 Asian Winter Games.

Analysts say competition for Gulf tourists is growing, with the United Arab Emirates, Qatar and Oman all expanding hotel capacity, while Saudi Arabia's coastal projects still depend on foreign investors returning.""", [
    ("Arab News", "-", N),
    ("NEOM", "SA", N),
    ("NEOM Bay Airport", "SA", Q),
    ("Sindalah", "SA", N),
    ("Saudi", "SA", Q),
    ("Red Sea#1,2", "*", N),
    ("Red Sea Global", "-", N),
    ("Red Sea International Airport", "SA", Q),
    ("RIYADH", "SA", T),
    ("Saudi Arabia", "SA", C),
    ("Tabuk", "SA", A),
    ("Duba", "SA", T, (27.35, 35.69)),
    ("Al-Wajh", "SA", T, (26.24, 36.45)),
    ("Umluj", "SA", T, (25.02, 37.27)),
    ("Riyadh", "SA", T),
    ("Jeddah", "SA", T),
    ("Dubai", "AE", T),
    ("AlUla", "SA", T, (26.62, 37.92)),
    ("Madinah", "SA", A),
    ("Nabataean", "*", Q),
    ("Hegra", "SA", N, (26.79, 37.95)),
    ("Europe", "*", N),
    ("Asia", "*", N),
    ("Medina", "SA", T, (24.47, 39.61)),
    ("Gulf of Aqaba", "*", N),
    ("Egypt", "EG", C),
    ("Jordan", "JO", C),
    ("Trojena", "SA", N),
    ("Sarawat", "SA|YE", N),
    ("Asian", "*", Q),
    ("Gulf", "*", N),
    ("United Arab Emirates", "AE", C),
    ("Qatar", "QA", C),
    ("Oman", "OM", C),
])

add("b", """Aramco second-quarter profit falls as oil prices slip; dividend unchanged

By Federico Maccioni

DUBAI, Aug 5 (Reuters) - Saudi Aramco, the world's biggest oil exporter, reported a 19% fall in second-quarter net profit on Tuesday, hit by lower crude prices and higher costs, but kept its base dividend unchanged at $21.1 billion.

The Dhahran-based company said it remained on track to start production at the Jafurah unconventional gas field in the Eastern Province later this year, part of a plan to raise gas output by 60% by 2030 and free up more crude for export.

Aramco's chief executive said demand from Asia remained strong, with China, India, Japan and South Korea taking about three-quarters of its crude exports, shipped mainly from Ras Tanura on the Gulf and from Yanbu on the Red Sea.

The company's downstream arm reported weaker refining margins at its Saudi plants, including the SATORP joint venture in Jubail, and at Motiva's refinery in Port Arthur, Texas, the largest in the United States.

The Saudi government, which owns more than 81% of the company directly and another 16% through the Public Investment Fund, relies heavily on the dividend to fund its budget. Riyadh has posted deficits since 2023 as OPEC+ output cuts kept Saudi production near 9 million barrels per day.

Aramco said its facilities at Abqaiq, the world's largest oil processing plant, and at the giant Ghawar field were operating normally. Abqaiq was hit by drone and missile attacks in September 2019 that briefly knocked out half of the kingdom's output; Washington and Riyadh blamed Iran, which denied involvement.

Aramco shares, listed in Riyadh, rose 0.8% after the results.""", [
    ("DUBAI", "AE", T),
    ("Saudi Aramco", "-", N),
    ("Dhahran", "SA", T),
    ("Jafurah", "SA", N),
    ("Eastern Province", "SA", A),
    ("Asia", "*", N),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Ras Tanura", "SA", T),
    ("Gulf", "*", N),
    ("Yanbu", "SA", T, (24.09, 38.06)),
    ("Red Sea", "*", N),
    ("Saudi", "SA", Q),
    ("Jubail", "SA", T, (27.01, 49.66)),
    ("Port Arthur", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("United States", "US", C),
    ("Riyadh", "SA", T),
    ("Abqaiq", "SA", T),
    ("Ghawar", "SA", N),
    ("Washington", "US", T, WASH),
    ("Iran", "IR", C),
])

add("b", """Dubai property prices climb for 17th straight quarter as foreign buyers pour in

Gulf News

Dubai: Residential prices in Dubai rose 4.2% in the second quarter, the 17th consecutive quarterly increase, with villas on Palm Jumeirah and apartments in Dubai Marina leading the gains, according to data from the Dubai Land Department.

Transactions reached a record 51,000 in the quarter, with buyers from India, the United Kingdom, Russia, China and Pakistan the most active, brokers said. Off-plan sales in Jumeirah Village Circle and Business Bay accounted for more than half of deals.

"The demand is coming from people relocating, not just investors," said the head of research at a brokerage. "Schools in Dubai are full, and traffic on Sheikh Zayed Road tells the same story."

Analysts warned that a wave of supply, with about 120,000 units due for completion by 2027, could cool the market. Rents in some older districts such as Deira and Al Barsha have started to level off.

The boom is spreading to the other emirates. In Abu Dhabi, prices on Saadiyat Island and Yas Island rose more than 10% year-on-year. In Ras Al Khaimah, land values on Al Marjan Island have soared since Wynn Resorts began building the UAE's first integrated resort with a casino, due to open in 2027. Sharjah and Ajman, where rents are lower, are attracting families priced out of Dubai.

Emirates, the Dubai flagship carrier, said it was adding flights to meet demand, while Emirates NBD, the emirate's largest lender, reported a 20% jump in mortgage lending in the first half.

The United Arab Emirates has introduced long-term golden visas for property buyers investing at least two million dirhams, a policy credited with drawing wealthy Russians and Indians since 2022.""", [
    ("Gulf News", "-", N),
    ("Dubai", "AE", T),
    ("Dubai Land Department", "AE", Q),
    ("Palm Jumeirah", "AE", N),
    ("Dubai Marina", "AE", N),
    ("India", "IN", C),
    ("United Kingdom", "GB", C),
    ("Russia", "RU", C),
    ("China", "CN", C),
    ("Pakistan", "PK", C),
    ("Jumeirah Village Circle", "AE", N),
    ("Business Bay", "AE", N),
    ("Sheikh Zayed Road", "AE", Q),
    ("Deira", "AE", N),
    ("Al Barsha", "AE", N),
    ("Abu Dhabi", "AE", T),
    ("Saadiyat Island", "AE", N),
    ("Yas Island", "AE", N),
    ("Ras Al Khaimah", "AE", N),
    ("Al Marjan Island", "AE", N),
    ("UAE", "AE", C),
    ("Sharjah", "AE", N),
    ("Ajman", "AE", N),
    ("Emirates", "-", N),
    ("Emirates NBD", "-", N),
    ("United Arab Emirates", "AE", C),
    ("Russians", "RU", Q),
    ("Indians", "IN", Q),
])

add("b", """Qatar signs 27-year LNG deal with Germany as North Field expansion nears

DOHA, Feb 11 (Reuters) - QatarEnergy signed a 27-year deal to supply 2 million tonnes a year of liquefied natural gas to Germany from 2027, the state-owned company said on Tuesday, its latest long-term contract with a European buyer as it prepares to sharply expand output.

The LNG will be shipped from Ras Laffan, Qatar's gas export hub north of Doha, to the Brunsbuettel terminal on Germany's North Sea coast. QatarEnergy has also signed deals with buyers in Britain, France, Italy and the Netherlands since Europe sought to replace Russian pipeline gas.

The North Field East and North Field South projects will raise Qatar's capacity from 77 million tonnes a year to 126 million by 2027. The North Field is the world's largest natural gas field, shared with Iran, which calls its side South Pars.

"Asia will remain our core market, but Europe is now a long-term partner," QatarEnergy's chief executive said at the signing in Doha. China, Japan, India, Pakistan and Bangladesh remain its largest buyers.

All of Qatar's LNG exports must pass through the Strait of Hormuz, and tensions in the Gulf have raised concerns about supply security, analysts said. Shipments to Europe have also been rerouted around Africa because of Houthi attacks in the Red Sea.

Separately, Qatar Airways said it would add 30 Boeing 777X jets to its fleet and open new routes from Hamad International Airport to Lisbon and to Medellin, Colombia, as Doha positions itself as a hub between Asia, Europe and the Americas.""", [
    ("Qatar", "QA", C),
    ("Germany", "DE", C),
    ("North Field", "QA", N),
    ("DOHA", "QA", T),
    ("European", "*", Q),
    ("Ras Laffan", "QA", N, (25.90, 51.55)),
    ("Doha", "QA", T),
    ("Brunsbuettel", "DE", T, (53.90, 9.13)),
    ("North Sea", "*", N),
    ("Britain", "GB", C),
    ("France", "FR", C),
    ("Italy", "IT", C),
    ("Netherlands", "NL", C),
    ("Europe", "*", N),
    ("Russian", "RU", Q),
    ("North Field East", "QA", N),
    ("North Field South", "QA", N),
    ("Iran", "IR", C),
    ("South Pars", "IR", N),
    ("Asia", "*", N),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("India", "IN", C),
    ("Pakistan", "PK", C),
    ("Bangladesh", "BD", C),
    ("Strait of Hormuz", "*", N),
    ("Gulf", "*", N),
    ("Africa", "*", N),
    ("Red Sea", "*", N),
    ("Qatar Airways", "-", N),
    ("Hamad International Airport", "QA", Q),
    ("Lisbon", "PT", T),
    ("Medellin", "CO", T, (6.25, -75.56)),
    ("Colombia", "CO", C),
    ("Americas", "*", N),
])

add("b", """Oman's Duqm bets on refinery and port as sultanate looks beyond oil

DUQM, Oman (AFP) - A decade ago, Duqm was a fishing village of a few thousand people on Oman's remote Arabian Sea coast. Today, a 230,000-barrel-per-day refinery hums behind the dunes, tankers queue offshore and a new town of wide, empty avenues waits for residents.

The $9 billion refinery, a joint venture between Omani state energy group OQ and Kuwait Petroleum International, reached full capacity this year, sending diesel and jet fuel to markets in Europe, India and East Africa.

"Duqm is our gateway to the Indian Ocean," said an official at the special economic zone, which covers some 2,000 square kilometres of Al Wusta governorate, about 550 km south of Muscat by road. Chinese investors had pledged billions for an industrial park, but many of the projects have stalled.

The sultanate is trying to cut its reliance on oil and gas revenues under its Vision 2040 plan. Alongside Duqm, it is expanding the ports of Sohar, close to the United Arab Emirates, and Salalah in Dhofar governorate, near the border with Yemen, which handles container ships on the Asia-Europe route.

Duqm's location outside the Gulf, away from the Strait of Hormuz, is one of its main selling points, officials say. But Houthi attacks in the Red Sea and the Bab el-Mandeb have hurt traffic through Salalah, while tensions around Musandam, the Omani exclave on the strait, have pushed up insurance costs for ships calling at Khasab.

Many of the refinery's Omani engineers commute from Ibra and other towns in North Al Sharqiyah governorate, or from Sur, where Oman LNG's export plant sits on the coast. "Five years ago I had to go to Muscat or abroad for a job like this," said one of them. "Now my family can stay in Oman."

Across the bay, the island of Masirah, home to an Omani air base, is being promoted for eco-tourism and turtle watching.""", [
    ("DUQM", "OM", T, (19.66, 57.70)),
    ("Duqm", "OM", T, (19.66, 57.70)),
    ("Oman", "OM", C),
    ("Arabian Sea", "*", N),
    ("Omani", "OM", Q),
    ("Kuwait Petroleum International", "KW", Q),
    ("Europe", "*", N),
    ("India", "IN", C),
    ("East Africa", "*", N),
    ("Indian Ocean", "*", N),
    ("Al Wusta", "OM", A),
    ("Muscat", "OM", T),
    ("Chinese", "CN", Q),
    ("Sohar", "OM", T),
    ("United Arab Emirates", "AE", C),
    ("Salalah", "OM", T, (17.02, 54.09)),
    ("Dhofar", "OM", A),
    ("Yemen", "YE", C),
    ("Asia", "*", N),
    ("Gulf", "*", N),
    ("Strait of Hormuz", "*", N),
    ("Red Sea", "*", N),
    ("Bab el-Mandeb", "*", N),
    ("Musandam", "OM", A),
    ("Khasab", "OM", T),
    ("Ibra", "OM", T, (22.69, 58.53)),
    ("North Al Sharqiyah", "OM", A),
    ("Sur", "OM", T, (22.57, 59.53)),
    ("Oman LNG", "-", N),
    ("Masirah", "OM", N),
])

add("b", """Kuwait opens first berths at Bubiyan port as row with Iraq simmers

KUWAIT CITY (AFP) - Kuwait on Sunday opened the first berths of its long-delayed Mubarak al-Kabeer port on Bubiyan Island, a project that has stoked tensions with neighbouring Iraq over access to the shallow waterways at the top of the Gulf.

The port, built by Chinese contractors, sits at the mouth of the Khor Abdullah, the channel that leads to Iraq's main ports at Umm Qasr and to the Grand Faw Port that Baghdad is building on the Faw peninsula in Basra province.

Iraqi officials and lawmakers say Kuwait's port could choke shipping to Umm Qasr. In 2023, Iraq's supreme court ruled that a 2012 agreement regulating navigation in the Khor Abdullah was unconstitutional, angering Kuwait City and drawing criticism from the Gulf Cooperation Council.

"The port is a Kuwaiti sovereign project on Kuwaiti territory," the public works minister said at the ceremony, adding that it would serve trade with Iraq, not compete with it.

Kuwait hopes the port, linked by a causeway to the mainland near Subiya, will eventually connect to a railway running through Jahra and south to the border with Saudi Arabia, as part of plans to diversify an economy dominated by oil from fields such as Burgan, south of the capital near Ahmadi.

Kuwait's emir suspended parliament for up to four years in 2024, and the government has since pushed ahead with delayed infrastructure projects, including a new airport terminal and the restoration of heritage sites on Failaka Island, which was occupied by Iraqi troops during the 1990 invasion.

Iraqi Prime Minister Mohammed Shia al-Sudani is expected in Kuwait City next month, diplomats said, with the maritime border and the return of Kuwaiti archives seized in 1990 on the agenda.""", [
    ("KUWAIT CITY", "KW", T),
    ("Kuwait City", "KW", T),
    ("Kuwait", "KW", C),
    ("Bubiyan Island", "KW", N),
    ("Bubiyan", "KW", N),
    ("Iraq", "IQ", C),
    ("Gulf", "*", N),
    ("Gulf Cooperation Council", "*", Q),
    ("Chinese", "CN", Q),
    ("Khor Abdullah", "KW|IQ", N),
    ("Umm Qasr", "IQ", T),
    ("Grand Faw Port", "IQ", Q),
    ("Baghdad", "IQ", T),
    ("Faw", "IQ", N, (29.98, 48.47)),
    ("Basra", "IQ", A),
    ("Iraqi", "IQ", Q),
    ("Kuwaiti", "KW", Q),
    ("Subiya", "KW", T, (29.55, 48.15)),
    ("Jahra", "KW", T, (29.34, 47.66)),
    ("Saudi Arabia", "SA", C),
    ("Burgan", "KW", N),
    ("Ahmadi", "KW", T),
    ("Failaka Island", "KW", N),
])

add("b", """Bahrain and Iran edge towards restoring ties as Saudi-Iranian detente holds

Al-Monitor

Bahrain and Iran have agreed to start talks on restoring diplomatic relations, the two foreign ministries said this week, the latest sign that the detente between Riyadh and Tehran brokered by China in 2023 is reshaping politics across the Gulf.

Bahrain's foreign minister met his Iranian counterpart in Tehran on Monday, the first such visit since Manama cut ties in January 2016, when protesters stormed the Saudi embassy in Tehran and the consulate in Mashhad after Saudi Arabia executed a prominent Shiite cleric.

Saudi Arabia reopened its embassy in Tehran and its consulate in Mashhad in 2023, months after the agreement signed in Beijing. Previous rounds of talks between the two rivals had been hosted by Iraq in Baghdad and by Oman in Muscat.

Manama, which hosts the U.S. Navy's Fifth Fleet, has long accused Tehran of backing militants and stirring unrest among the kingdom's Shiite majority, charges Iran denies. Officials in Manama say they want guarantees of "non-interference" before ambassadors return.

The rapprochement comes as Gulf states try to shield themselves from regional conflicts. The United Arab Emirates and Kuwait restored ambassadors in Tehran in 2022, and Qatar has maintained close ties with Iran, with which it shares the world's largest gas field.

"The Gulf monarchies have concluded that de-escalation with Iran is cheaper than confrontation," said a Gulf analyst based in Doha. "But none of them wants to upset Washington."

Bahrain, linked to Saudi Arabia by the King Fahd Causeway, is also a signatory of the Abraham Accords with Israel, which Iran has condemned. Analysts said any normalisation would be slow, with Bahraini courts still holding dozens of people convicted of links to Iranian-backed groups, some from villages such as Sitra and Diraz west and south of Manama.

Yemen, where Riyadh is seeking a deal to end the war with the Iran-aligned Houthis, remains the biggest test of the detente.""", [
    ("Bahrain", "BH", C),
    ("Iran", "IR", C),
    ("Saudi", "SA", Q),
    ("Iranian", "IR", Q),
    ("Riyadh", "SA", T),
    ("Tehran", "IR", T),
    ("China", "CN", C),
    ("Gulf", "*", N),
    ("Manama", "BH", T),
    ("Mashhad", "IR", T, (36.30, 59.61)),
    ("Saudi Arabia", "SA", C),
    ("Beijing", "CN", T),
    ("Iraq", "IQ", C),
    ("Baghdad", "IQ", T),
    ("Oman", "OM", C),
    ("Muscat", "OM", T),
    ("U.S.", "US", Q),
    ("United Arab Emirates", "AE", C),
    ("Kuwait", "KW", C),
    ("Qatar", "QA", C),
    ("Doha", "QA", T),
    ("Washington", "US", T, WASH),
    ("King Fahd Causeway", "*", Q),
    ("Israel", "IL", C),
    ("Bahraini", "BH", Q),
    ("Sitra", "BH", T, (26.15, 50.62)),
    ("Diraz", "BH", T, (26.22, 50.48)),
    ("Yemen", "YE", C),
])

add("b", """Pilgrims ascend Mount Arafat as Hajj peaks in scorching heat

By Abdullah al-Shihri and Fay Abuelgasim

MECCA, Saudi Arabia (AP) - More than 1.6 million Muslims gathered on Mount Arafat on Saturday for the high point of the Hajj, praying under a sun that pushed temperatures above 45 degrees Celsius (113 degrees Fahrenheit).

Pilgrims began arriving at the hill and the surrounding plain, about 20 kilometres (12 miles) east of Mecca, before dawn, many after spending the night in the tent city of Mina. At sunset they moved to Muzdalifah to collect pebbles for the symbolic stoning of the devil back in Mina on Sunday.

Saudi authorities said they had set up hundreds of cooling stations and deployed more than 40,000 health workers after more than 1,300 people died during last year's Hajj, most of them unregistered pilgrims who walked long distances in the heat. Many of the dead were Egyptian.

"I saved for 20 years to be here," said Siti Rahmah, 61, from Indonesia, which sends the largest contingent. Large groups also came from Pakistan, India, Bangladesh, Nigeria, Egypt, Turkey and Iran.

Security forces have stepped up checks on the roads from Jeddah and Taif to stop pilgrims without permits from entering Mecca. Officials said more than 250,000 people had been turned back.

The Hajj began on Wednesday with the circling of the Kaaba in the Grand Mosque in Mecca. After the ritual in Mina, many pilgrims travel on to Medina, 450 kilometres to the north, to pray at the Prophet's Mosque, where the Prophet Muhammad is buried.

Saudi Arabia earns billions of dollars a year from religious tourism, and aims to host 30 million pilgrims for Hajj and the year-round Umrah pilgrimage by 2030. A high-speed railway links Mecca, Jeddah and Medina.""", [
    ("Mount Arafat", "SA", N),
    ("MECCA", "SA", T),
    ("Saudi Arabia", "SA", C),
    ("Mecca", "SA", T, (21.43, 39.83)),
    ("Mina", "SA", N, (21.41, 39.89)),
    ("Muzdalifah", "SA", N, (21.39, 39.94)),
    ("Saudi", "SA", Q),
    ("Egyptian", "EG", Q),
    ("Indonesia", "ID", C),
    ("Pakistan", "PK", C),
    ("India", "IN", C),
    ("Bangladesh", "BD", C),
    ("Nigeria", "NG", C),
    ("Egypt", "EG", C),
    ("Turkey", "TR", C),
    ("Iran", "IR", C),
    ("Jeddah", "SA", T),
    ("Taif", "SA", T, (21.27, 40.42)),
    ("Grand Mosque", "SA", Q),
    ("Medina", "SA", T, (24.47, 39.61)),
])

add("b", """Cholera cases surge in Yemen's north as aid cuts bite, WHO says

GENEVA/ADEN, April 29 (Reuters) - Suspected cholera cases in Yemen have nearly doubled since January, with the worst outbreaks in the Houthi-controlled provinces of Hajjah, Amran and Hodeidah, the World Health Organization said on Tuesday, warning that funding cuts had forced dozens of treatment centres to close.

The WHO recorded more than 95,000 suspected cases and 260 deaths in the first four months of the year. In Hajjah, the districts of Abs and Haradh near the Saudi border were among the hardest hit, with many patients travelling for hours to reach a clinic.

"Families are drinking water from open wells and ponds. We have run out of chlorine tablets," a health worker in Abs told Reuters by phone.

Cases are also rising in Ibb and Dhamar, in the central highlands, and in Taiz, where the front line cuts the city's water network in two. In Sanaa, the Houthi health ministry reported more than 12,000 suspected cases in the capital alone.

In the south, controlled by the internationally recognised government based in Aden, outbreaks have been reported in Lahj and among African migrants arriving by boat on the coast of Shabwa. Most of the migrants are Ethiopians who cross from Djibouti and Somalia hoping to reach Saudi Arabia; many try to cross into the Saudi provinces of Jizan and Najran through the mountains of Saada.

The United Nations said its appeal for Yemen was less than 20% funded after cuts by the United States and other donors. Houthi restrictions on aid workers, including the detention of UN staff in Sanaa, have also hampered the response, aid agencies say.

Yemen suffered one of the world's largest cholera epidemics between 2016 and 2021, with more than 2.5 million suspected cases.""", [
    ("GENEVA", "CH", T),
    ("ADEN", "YE", T),
    ("Yemen", "YE", C),
    ("Hajjah", "YE", A),
    ("Amran", "YE", A),
    ("Hodeidah", "YE", A),
    ("Abs", "YE", A, (16.00, 43.20)),
    ("Haradh", "YE", T, (16.42, 43.06)),
    ("Saudi", "SA", Q),
    ("Ibb", "YE", A),
    ("Dhamar", "YE", A),
    ("Taiz", "YE", T),
    ("Sanaa", "YE", T),
    ("Aden", "YE", T),
    ("Lahj", "YE", A),
    ("African", "*", Q),
    ("Shabwa", "YE", A),
    ("Ethiopians", "ET", Q),
    ("Djibouti", "DJ", C),
    ("Somalia", "SO", C),
    ("Saudi Arabia", "SA", C),
    ("Jizan", "SA", A),
    ("Najran", "SA", A),
    ("Saada", "YE", A),
    ("United States", "US", C),
])

add("b", """UAE races to add desalination capacity as summer demand peaks

The National

The UAE is racing to add desalination capacity on both its coasts as water demand hits record highs, with new plants due to open in Fujairah and Abu Dhabi before the end of next year, officials said.

On the east coast, the Fujairah plant, which draws seawater from the Gulf of Oman, will add 90 million gallons a day to the federal grid that supplies Fujairah, Kalba and Khor Fakkan, as well as parts of Sharjah and Umm Al Quwain.

In Abu Dhabi, the Taweelah reverse-osmosis plant, one of the largest in the world, is being expanded, while a new plant near Ruwais in the Al Dhafra region will serve the growing industrial hub and its refinery. Water from the coast is also piped inland to Al Ain, the emirate's garden city on the border with Oman.

Dubai Electricity and Water Authority said its Hassyan plant on the Arabian Gulf, near Jebel Ali, would start commercial operation in the first quarter, with plans to move all of Dubai's desalination to solar-powered reverse osmosis by 2030.

The country relies on desalination for about 90% of its drinking water, and its aquifers, particularly in the Liwa Oasis and around Al Ain, are being drained far faster than they are replenished, according to the Environment Agency – Abu Dhabi.

Scientists have warned that brine discharged into the Arabian Gulf, a shallow and enclosed sea, is raising salinity near the coast. "The Gulf is one of the saltiest seas on the planet already," said a marine biologist in Abu Dhabi.

In the Hajar Mountains, authorities have built more than 130 dams to capture rare flash floods, including near Hatta, a Dubai exclave where a new pumped-storage hydropower plant opened last year.""", [
    ("UAE", "AE", C),
    ("Fujairah#1,2", "AE", N),
    ("Fujairah#3", "AE", T, (25.12, 56.34)),
    ("Abu Dhabi#1,2", "AE", N),
    ("Abu Dhabi#3", "AE", Q),
    ("Abu Dhabi#4", "AE", T, (24.45, 54.40)),
    ("Gulf of Oman", "*", N),
    ("Kalba", "AE", T, (25.05, 56.35)),
    ("Khor Fakkan", "AE", T),
    ("Sharjah", "AE", A),
    ("Umm Al Quwain", "AE", A),
    ("Taweelah", "AE", N, (24.77, 54.69)),
    ("Ruwais", "AE", T, (24.11, 52.73)),
    ("Al Dhafra", "AE", N),
    ("Al Ain", "AE", T, (24.19, 55.76)),
    ("Oman", "OM", C),
    ("Dubai Electricity and Water Authority", "AE", Q),
    ("Hassyan", "AE", N, (24.98, 55.02)),
    ("Arabian Gulf", "*", N),
    ("Jebel Ali", "AE", N, (25.01, 55.07)),
    ("Dubai", "AE", N),
    ("Liwa Oasis", "AE", N),
    ("Gulf", "*", N),
    ("Hajar Mountains", "AE|OM", N),
    ("Hatta", "AE", T, (24.80, 56.12)),
])

# ---------------------------------------------------------------- genre c: Egypt, Libya, Sudan, Maghreb

add("c", """Egypt warns of 'unilateral' Nile filling as Ethiopia inaugurates Renaissance Dam

Egypt Independent

Egypt's Foreign Ministry on Sunday condemned Ethiopia's inauguration of the Grand Ethiopian Renaissance Dam (GERD) on the Blue Nile, saying Cairo reserved its right to "take all measures" to protect its share of the river's water.

In a statement, the ministry said Addis Ababa had completed the filling of the reservoir "unilaterally", without a binding agreement with Egypt and Sudan, the two downstream countries. Ethiopia says the $4 billion dam, in the Benishangul-Gumuz region near the border with Sudan, is vital for supplying electricity to its 120 million people.

Egypt relies on the Nile for about 97% of its fresh water. Officials in Cairo fear that filling and operating the dam during droughts could reduce the flow reaching Lake Nasser, the reservoir behind the High Dam at Aswan, and ultimately the farms of the Nile Delta.

Minister of Water Resources Hani Sewilam said the ministry had been monitoring levels at Aswan daily and that the High Dam's reserves were sufficient "for the coming period". He added that Egypt had expanded wastewater treatment, including the Bahr El-Baqar plant east of the Suez Canal, to irrigate farmland in Sinai.

In Sudan, where war has raged since April 2023, engineers at the Roseires Dam on the Blue Nile have complained that they received no data from Addis Ababa before the filling. The Blue Nile joins the White Nile at Khartoum to form the main Nile, which flows north through Sudan and into Egypt.

Farmers in Kafr El-Sheikh and Beheira in the northern Delta, where rice planting has been restricted since 2018 to save water, said they were watching the crisis closely. "Without the Nile there is no Egypt," said one farmer near Desouk.

Talks sponsored by the African Union and, briefly, by Washington collapsed in 2020 and again in late 2023.""", [
    ("Egypt Independent", "-", N),
    ("Egypt", "EG", C),
    ("Nile", "*", N),
    ("Ethiopia", "ET", C),
    ("Grand Ethiopian Renaissance Dam", "ET", Q),
    ("Blue Nile", "*", N),
    ("Cairo", "EG", T),
    ("Addis Ababa", "ET", T),
    ("Sudan", "SD", C),
    ("Benishangul-Gumuz", "ET", A),
    ("Lake Nasser", "EG", N),
    ("High Dam", "EG", Q),
    ("Aswan", "EG", T, (24.09, 32.90)),
    ("Nile Delta", "EG", N),
    ("Bahr El-Baqar", "EG", N),
    ("Suez Canal", "EG", N),
    ("Sinai", "EG", N),
    ("Roseires Dam", "SD", N),
    ("White Nile", "*", N),
    ("Khartoum", "SD", T),
    ("Kafr El-Sheikh", "EG", A),
    ("Beheira", "EG", A),
    ("Delta", "EG", N),
    ("Desouk", "EG", T, (31.13, 30.65)),
    ("African", "*", Q),
    ("Washington", "US", T, WASH),
])

add("c", """Suez Canal revenue slumps again as Red Sea attacks keep ships away

CAIRO, Jan 8 (Reuters) - Egypt's Suez Canal earned about $4 billion in 2024, down more than 60% from a record $10.25 billion the year before, as attacks on shipping by Yemen's Houthis kept many vessels away from the Red Sea, the head of the Suez Canal Authority said on Wednesday.

Speaking in Ismailia, where the authority is based, Ossama Rabie said the number of transits had fallen to about 13,200 from nearly 26,000, with most large container lines now sending ships around Africa via the Cape of Good Hope.

The canal, which links the Mediterranean at Port Said with the Gulf of Suez and the Red Sea at Suez, is one of Egypt's main sources of foreign currency, alongside tourism and remittances. Its collapse has added to pressure on an economy that received an $8 billion IMF programme last year.

The authority has offered discounts of up to 15% to container ships returning to the route and said it was ready to resume full service "the moment security is restored" in the Bab el-Mandeb strait between Yemen and Djibouti.

Traders at the port of Ain Sokhna, on the Gulf of Suez south of the city of Suez, said volumes had held up better because of cargo for Cairo and for the New Administrative Capital, the government's new seat east of the city. The Suez Canal Economic Zone has also signed deals with Chinese and Turkish manufacturers to build plants near East Port Said.

"Shipping lines will come back, but not before they are sure," said a shipping agent in Port Said. "The Cape route is expensive but predictable."

Egypt has tried to persuade the Houthis through mediators in Oman to spare ships using the canal, Egyptian officials told Reuters, but the group has said attacks will continue as long as the war in Gaza goes on.""", [
    ("CAIRO", "EG", T),
    ("Egypt", "EG", C),
    ("Suez Canal", "EG", N),
    ("Suez Canal Authority", "EG", Q),
    ("Suez Canal Economic Zone", "EG", Q),
    ("Yemen", "YE", C),
    ("Red Sea", "*", N),
    ("Ismailia", "EG", T),
    ("Africa", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Mediterranean", "*", N),
    ("Port Said", "EG", T),
    ("East Port Said", "EG", N),
    ("Gulf of Suez", "EG", N),
    ("Suez", "EG", T, (29.97, 32.53)),
    ("Bab el-Mandeb", "*", N),
    ("Djibouti", "DJ", C),
    ("Ain Sokhna", "EG", N, (29.60, 32.32)),
    ("Cairo", "EG", T),
    ("New Administrative Capital", "EG", N),
    ("Chinese", "CN", Q),
    ("Turkish", "TR", Q),
    ("Cape", "ZA", Q),
    ("Oman", "OM", C),
    ("Egyptian", "EG", Q),
    ("Gaza", "PS", N),
])

add("c", """Egypt unveils 4,000-year-old tombs near Luxor as Grand Egyptian Museum draws crowds

CAIRO (AFP) - Egyptian archaeologists have discovered a cluster of Middle Kingdom tombs on the west bank of the Nile at Luxor, the tourism and antiquities ministry announced on Thursday, the latest in a string of finds that Cairo hopes will revive tourism.

The eleven rock-cut tombs, found in the Dra Abu el-Naga necropolis near the Valley of the Kings, contained painted wooden coffins, pottery and linen, the ministry said. A joint Egyptian-Spanish mission has worked at the site since 2002.

The announcement comes weeks after the full opening of the Grand Egyptian Museum near the pyramids of Giza, which houses the complete collection of Tutankhamun's treasures. Officials say the museum received more than 20,000 visitors on some days.

Excavations elsewhere have also yielded finds this season. At Saqqara, the vast necropolis south of Cairo, archaeologists unearthed the tomb of a royal scribe, while a team working at Tuna el-Gebel in Minya governorate found a cache of mummified ibises. In Sohag, near the temple of Abydos, a mission from New York University found remains of an early brewery.

In the south, restoration of the Temple of Kom Ombo and the temples of Abu Simbel, near the border with Sudan, is due to be completed next year. Cruise ships between Luxor and Aswan have been fully booked for the winter, operators say.

Egypt received a record 15.7 million tourists last year, and the government aims for 30 million by 2031. But the sector remains vulnerable to regional shocks: the war in Gaza and attacks in the Red Sea led to cancellations from Europe in 2024, particularly at resorts such as Hurghada and Sharm el-Sheikh.

"Every discovery reminds the world that Egypt is an open-air museum," antiquities chief Mohamed Ismail Khaled said at a press conference in Luxor.""", [
    ("Egypt", "EG", C),
    ("Luxor", "EG", T),
    ("Grand Egyptian Museum", "EG", Q),
    ("CAIRO", "EG", T),
    ("Egyptian", "EG", Q),
    ("Middle Kingdom", "-", N),
    ("Nile", "*", N),
    ("Cairo", "EG", T),
    ("Dra Abu el-Naga", "EG", N),
    ("Valley of the Kings", "EG", N),
    ("Spanish", "ES", Q),
    ("Giza", "EG", T),
    ("Saqqara", "EG", N, (29.87, 31.22)),
    ("Tuna el-Gebel", "EG", N, (27.77, 30.73)),
    ("Minya", "EG", A),
    ("Sohag", "EG", A),
    ("Abydos", "EG", N, (26.18, 31.92)),
    ("New York University", "US", Q),
    ("Kom Ombo", "EG", T),
    ("Abu Simbel", "EG", T),
    ("Sudan", "SD", C),
    ("Aswan", "EG", T, (24.09, 32.90)),
    ("Gaza", "PS", N),
    ("Red Sea", "*", N),
    ("Europe", "*", N),
    ("Hurghada", "EG", T),
    ("Sharm el-Sheikh", "EG", T),
])

add("c", """Deadly clashes rock Tripoli as rival armed groups battle near Mitiga airport

The Libya Observer

At least eight people were killed and dozens wounded in clashes between rival armed groups in Tripoli overnight, the Ministry of Health said on Tuesday, as fighting spread from the Souq al-Juma district to the area around Mitiga International Airport.

Flights at Mitiga, the capital's only functioning airport, were diverted to Misrata, some 200 km to the east, the airport administration said. Residents of Tajoura and Ain Zara reported heavy gunfire and explosions until the early hours of the morning.

The Government of National Unity (GNU) said a ceasefire had been reached with the mediation of elders from Misrata and Zintan, and that forces from Zawiya and Gharyan had been deployed to separate the two sides on the coastal road. The UN Support Mission in Libya (UNSMIL) called for an immediate halt to the fighting and for the protection of civilians.

The clashes are the worst in the capital since May, when fighting broke out in the Abu Salim district after the killing of a militia leader. Libya has been split since 2014 between the GNU in Tripoli and a rival administration in the east backed by commander Khalifa Haftar, whose forces control Benghazi, Sirte and the southern region of Fezzan.

Haftar, a former CIA asset who holds U.S. citizenship, has faced civil lawsuits in a federal court in Alexandria, Virginia, brought by Libyan families who accuse his forces of killing relatives during the 2019-2020 offensive on Tripoli. The cases were dismissed on procedural grounds, but an appeal is pending.

In the eastern city of Tobruk, the House of Representatives said it would hold a session on Thursday to discuss forming a "unified government" and called the GNU "unable to protect Tripoli".

The National Oil Corporation said production was not affected and that the Mellitah gas complex west of Tripoli, which supplies Italy through the Greenstream pipeline, was operating normally.""", [
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Mitiga", "LY", Q),
    ("Mitiga International Airport", "LY", Q),
    ("Libya Observer", "-", N),
    ("Souq al-Juma", "LY", N, (32.89, 13.25)),
    ("Misrata", "LY", T),
    ("Tajoura", "LY", T, (32.88, 13.35)),
    ("Ain Zara", "LY", T, (32.79, 13.23)),
    ("Zintan", "LY", T),
    ("Zawiya", "LY", T, (32.75, 12.73)),
    ("Gharyan", "LY", T),
    ("UN Support Mission in Libya", "LY", Q),
    ("Abu Salim", "LY", N, (32.85, 13.18)),
    ("Libya", "LY", C),
    ("Benghazi", "LY", T),
    ("Sirte", "LY", T),
    ("Fezzan", "LY", N),
    ("U.S.", "US", Q),
    ("Alexandria", "US", T, (38.80, -77.05)),
    ("Virginia", "US", A),
    ("Libyan", "LY", Q),
    ("Tobruk", "LY", T),
    ("Mellitah", "LY", N, (32.87, 12.25)),
    ("Italy", "IT", C),
])

add("c", """Two years after the floods, Derna rebuilds but grief remains

By Samy Magdy

DERNA, Libya (AP) - The new bridges over Wadi Derna are finished, the rubble has been cleared, and rows of apartment blocks are rising where whole neighbourhoods were swept into the sea. But for Abdel-Salam Faraj, who lost his wife and three children, the city will never be the same.

"They built everything again, except the people," he said, standing near the spot where his house once stood, a few hundred metres from the Mediterranean.

On the night of Sept. 10, 2023, Storm Daniel dumped torrential rain on the Jebel Akhdar, the green highlands of eastern Libya, and two dams above Derna collapsed, sending a wall of water through the city. At least 4,000 people were killed and thousands more remain missing, according to the United Nations.

Reconstruction has been led by the Benghazi-based Libya Development and Reconstruction Fund, headed by Belgassem Haftar, a son of eastern commander Khalifa Haftar. Egyptian and Turkish companies have won many of the contracts, and Egyptian workers have been brought in by the thousands.

The flood also hit the towns of Susa, Shahat and Bayda, as well as Marj, further west. In Susa, the old harbour near the ruins of ancient Apollonia was badly damaged, and archaeologists say parts of the Greek city of Cyrene, a UNESCO World Heritage site near Shahat, were also affected.

Twelve officials, including the head of the dams authority, were sentenced in 2024 to prison terms of between nine and 27 years over the collapse of the dams, which had not been properly maintained despite warnings.

Residents say they still want answers. "We want to know why nobody told us to leave," said Faraj. Survivors have gathered on each anniversary at the Wadi Derna bridge, and relatives who moved to Tobruk and Benghazi or across the border to Egypt travel back for the commemorations.""", [
    ("DERNA", "LY", T),
    ("Derna", "LY", T, (32.77, 22.64)),
    ("Wadi Derna", "LY", N),
    ("Libya", "LY", C),
    ("Mediterranean", "*", N),
    ("Storm Daniel", "-", N),
    ("Jebel Akhdar", "LY", N),
    ("Benghazi", "LY", T),
    ("Libya Development and Reconstruction Fund", "LY", Q),
    ("Egyptian", "EG", Q),
    ("Turkish", "TR", Q),
    ("Susa", "LY", T, (32.90, 21.97)),
    ("Shahat", "LY", T, (32.83, 21.86)),
    ("Bayda", "LY", T, (32.76, 21.76)),
    ("Marj", "LY", T, (32.49, 20.83)),
    ("Apollonia", "LY", N, (32.90, 21.97)),
    ("Greek", "GR", Q),
    ("Cyrene", "LY", N, (32.82, 21.86)),
    ("Tobruk", "LY", T),
    ("Egypt", "EG", C),
])

add("c", """Libya's oil output tops 1.4 million bpd as Sharara, Oil Crescent ports run at full pace

By Ahmed Elumami

TRIPOLI, June 30 (Reuters) - Libya's crude oil production has risen above 1.4 million barrels per day, its highest in more than a decade, the National Oil Corporation (NOC) said on Monday, as fields and export terminals that were shut by blockades last year returned to full operation.

The Sharara field in the southwestern Fezzan region, Libya's largest, was pumping about 290,000 bpd, the NOC said. The field, near the town of Ubari, has been repeatedly shut by protesters and armed groups; output is piped to the Zawiya refinery and export terminal on the coast west of Tripoli.

Exports from the Oil Crescent terminals of Es Sider, Ras Lanuf, Brega and Zueitina, in the east, have also recovered, shipping data showed. Most of Libya's crude goes to Italy, Spain, Germany and France, with growing volumes to China.

Fields in the Sirte Basin, including Waha and Sarir, are controlled by forces loyal to eastern commander Khalifa Haftar, whose allies used an oil blockade last August to press their demands in a dispute over the central bank in Tripoli. The shutdown ended after a deal brokered by the United Nations.

Libya, home to Africa's largest proven oil reserves, aims to raise output to 2 million bpd by 2028 and is holding its first licensing round in 17 years, with blocks offered onshore in the Ghadames and Murzuq basins and offshore in the Mediterranean.

"Investors are coming back, but they want stability," an oil official in Benghazi said.

Eni, TotalEnergies, Repsol and OMV all have operations in Libya. Italy's Eni is developing offshore gas fields that will feed the Mellitah complex and the Greenstream pipeline to Sicily.""", [
    ("Libya", "LY", C),
    ("Sharara", "LY", N),
    ("Oil Crescent", "LY", N),
    ("TRIPOLI", "LY", T, (32.89, 13.19)),
    ("Fezzan", "LY", N),
    ("Ubari", "LY", T),
    ("Zawiya", "LY", T, (32.75, 12.73)),
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Es Sider", "LY", N, (30.63, 18.35)),
    ("Ras Lanuf", "LY", T, (30.50, 18.55)),
    ("Brega", "LY", T, (30.41, 19.57)),
    ("Zueitina", "LY", N, (30.85, 20.06)),
    ("Italy", "IT", C),
    ("Spain", "ES", C),
    ("Germany", "DE", C),
    ("France", "FR", C),
    ("China", "CN", C),
    ("Sirte Basin", "LY", N),
    ("Waha", "LY", N),
    ("Sarir", "LY", N),
    ("Africa", "*", N),
    ("Ghadames", "LY|DZ|TN", N),
    ("Murzuq", "LY", N),
    ("Mediterranean", "*", N),
    ("Benghazi", "LY", T),
    ("Mellitah", "LY", N, (32.87, 12.25)),
    ("Sicily", "IT", N),
])

add("c", """RSF shells El Fasher as famine spreads in Sudan's Darfur

By Khalid Abdelaziz

PORT SUDAN, Sudan, Aug 14 (Reuters) - The paramilitary Rapid Support Forces shelled El Fasher, the last army stronghold in Sudan's Darfur region, for a third straight day on Thursday, killing at least 25 people, local activists said, as aid agencies warned that famine was spreading across North Darfur.

El Fasher, the capital of North Darfur state, has been besieged by the RSF since May 2024. The nearby Zamzam camp, once home to about half a million displaced people, was overrun in April, and most of its residents fled to Tawila, some 60 km to the west, where aid groups say conditions are desperate.

"People are eating animal fodder," said a volunteer with an emergency response room in El Fasher, speaking by satellite phone.

The war between the army and the RSF, which erupted in Khartoum in April 2023, has killed tens of thousands and displaced more than 12 million people. The army retook the capital and neighbouring Omdurman in March and has set up an administration in Port Sudan on the Red Sea, while the RSF controls most of Darfur and parts of Kordofan.

In North Kordofan, fighting has intensified around El Obeid, a key junction on the road west from Khartoum, and in South Kordofan the city of Kadugli has been cut off for months. The army earlier recaptured Wad Madani, the capital of Gezira state, in January.

Aid convoys reaching Darfur from Chad cross at Adre, where the United Nations has urged both sides to keep the border open. Most of Darfur's other main towns, including Nyala, Zalingei and El Geneina, where the United States has accused the RSF of genocide against the Masalit, are under RSF control.

Saudi Arabia and the United States have tried to revive talks in Jeddah, but the army has refused to negotiate while the RSF holds territory it seized.""", [
    ("El Fasher", "SD", T),
    ("Sudan", "SD", C),
    ("Darfur", "SD", N),
    ("North Darfur", "SD", A),
    ("PORT SUDAN", "SD", T),
    ("Port Sudan", "SD", T),
    ("Zamzam", "SD", N, (13.48, 25.30)),
    ("Tawila", "SD", T, (13.50, 24.87)),
    ("Khartoum", "SD", T),
    ("Omdurman", "SD", T),
    ("Red Sea", "*", N),
    ("Kordofan", "SD", N),
    ("North Kordofan", "SD", A),
    ("El Obeid", "SD", T),
    ("South Kordofan", "SD", A),
    ("Kadugli", "SD", T),
    ("Wad Madani", "SD", T),
    ("Gezira", "SD", A),
    ("Chad", "TD", C),
    ("Adre", "TD", T, (13.47, 22.20)),
    ("Nyala", "SD", T),
    ("Zalingei", "SD", T, (12.91, 23.47)),
    ("El Geneina", "SD", T),
    ("United States", "US", C),
    ("Saudi Arabia", "SA", C),
    ("Jeddah", "SA", T),
])

add("c", """At Egypt's southern border, Sudanese families head home after two years in exile

ASWAN, Egypt (AFP) - Before sunrise, a line of buses loaded with mattresses, fridges and suitcases stretches along the road out of Aswan towards the Qustul border crossing. On board are Sudanese families who fled the war two years ago and are now going back.

"Khartoum is free now, so we are returning. Our house has no doors, but it is our house," said Amna, 47, who spent two years in a rented flat in Faisal, a crowded district of Giza, with her five children.

Egypt hosts more than 1.5 million Sudanese who arrived since the war between the army and the Rapid Support Forces broke out in April 2023, according to Cairo. Most crossed at Qustul and at Argeen, west of Lake Nasser, or were smuggled through the desert. Many settled in Cairo, Giza, Aswan and Alexandria.

Since the army retook Khartoum and Omdurman in March, the number of returns has risen sharply. Egyptian railways have laid on free trains from Cairo to Aswan, and buses cross daily to Wadi Halfa, the first Sudanese town across the border on the shore of Lake Nubia, before continuing south to Dongola, Atbara and the capital.

The UN refugee agency said about 200,000 people had returned from Egypt this year, but warned that many were going back to areas without water, electricity or hospitals.

The war continues in Darfur and Kordofan, and refugees from those regions are still fleeing west into Chad, south into South Sudan through the border town of Renk, and north into Libya via Kufra. Others have crossed into Ethiopia at Metema.

"We are grateful to Egypt, but life here was too expensive," said Amna's husband, Osman, who worked as a teacher in Omdurman. "In Sudan we will rebuild, slowly," he said.""", [
    ("Egypt", "EG", C),
    ("Sudanese", "SD", Q),
    ("ASWAN", "EG", T),
    ("Aswan", "EG", T, (24.09, 32.90)),
    ("Qustul", "EG", N, (22.03, 31.43)),
    ("Khartoum", "SD", T),
    ("Faisal", "EG", N),
    ("Giza", "EG", T),
    ("Cairo", "EG", T),
    ("Argeen", "SD", N),
    ("Lake Nasser", "EG", N),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Omdurman", "SD", T),
    ("Egyptian", "EG", Q),
    ("Wadi Halfa", "SD", T),
    ("Lake Nubia", "SD", N),
    ("Dongola", "SD", T, (19.18, 30.48)),
    ("Atbara", "SD", T),
    ("Darfur", "SD", N),
    ("Kordofan", "SD", N),
    ("Chad", "TD", C),
    ("South Sudan", "SS", C),
    ("Renk", "SS", T, (11.75, 32.80)),
    ("Libya", "LY", C),
    ("Kufra", "LY", N, (24.18, 23.29)),
    ("Ethiopia", "ET", C),
    ("Metema", "ET", T, (12.96, 36.20)),
    ("Sudan", "SD", C),
])

add("c", """Two years after the Al Haouz earthquake, survivors still wait for homes

Morocco World News

Marrakech - Two years after the 6.8-magnitude earthquake that devastated villages in the High Atlas, thousands of families in Al Haouz province are still living in tents and prefabricated units, residents and local associations say.

The quake, which struck late on September 8, 2023, killed nearly 3,000 people, most of them in mountain villages in Al Haouz, Chichaoua and Taroudant provinces. Entire hamlets of mud-brick houses collapsed, and roads were cut by landslides for days.

In Talat N'Yaaqoub, one of the hardest-hit communes, near the epicentre, workers are building new concrete homes along the road to Ijoukak. "They gave us 140,000 dirhams for a house, but the builders ask for more," said Lahcen, a farmer whose family of seven still sleeps in a tent provided by the army.

The government says more than 50,000 homes have been rebuilt or repaired, and that monthly aid of 2,500 dirhams has been paid to affected families. King Mohammed VI ordered a reconstruction programme of 120 billion dirhams over five years for the regions of Marrakech-Safi and Souss-Massa.

In Amizmiz and Moulay Brahim, the main towns closest to the epicentre, shops and cafes have reopened and tourists are returning to trails in the Toubkal National Park. The restoration of the 12th-century Tinmel Mosque, which was partly destroyed, is expected to finish next year.

Residents of Asni say the road from Marrakech is being widened, but lament that reconstruction has brought little work for young people, many of whom have left for Casablanca, Rabat or Agadir.

Morocco is preparing to co-host the 2030 World Cup with Spain and Portugal, and critics on social media have contrasted the pace of stadium building with the slow progress in the mountains. Officials in Rabat insist both projects are moving forward "at the same time".""", [
    ("Al Haouz", "MA", A),
    ("Morocco World News", "-", N),
    ("Morocco", "MA", C),
    ("Marrakech", "MA", T),
    ("High Atlas", "MA", N),
    ("Chichaoua", "MA", A),
    ("Taroudant", "MA", A),
    ("Talat N'Yaaqoub", "MA", T, (30.99, -8.18)),
    ("Ijoukak", "MA", T, (30.99, -8.15)),
    ("Marrakech-Safi", "MA", A),
    ("Souss-Massa", "MA", A),
    ("Amizmiz", "MA", T),
    ("Moulay Brahim", "MA", T, (31.29, -7.97)),
    ("Toubkal National Park", "MA", N),
    ("Tinmel", "MA", N, (30.98, -8.23)),
    ("Asni", "MA", T, (31.25, -7.98)),
    ("Casablanca", "MA", T),
    ("Rabat", "MA", T, (34.01, -6.83)),
    ("Agadir", "MA", T),
    ("Spain", "ES", C),
    ("Portugal", "PT", C),
])

add("c", """Tunisia clears migrant camps near Sfax as EU deal faces scrutiny

By Tarek Amara

SFAX, Tunisia, April 16 (Reuters) - Tunisian police bulldozed makeshift camps in olive groves near Sfax this week, forcing out thousands of migrants from sub-Saharan Africa who had gathered there hoping to reach Europe by boat, witnesses and rights groups said.

The camps, near the towns of El Amra and Jebeniana about 30 km north of the city, had become the main departure point for boats to the Italian island of Lampedusa, about 150 km away across the Mediterranean. The national guard said some of the migrants had agreed to "voluntary return" flights to Guinea, Ivory Coast and Mali from Tunis.

President Kais Saied has said Tunisia will not become a "border guard" for Europe or a place of settlement for migrants, but his government has cooperated with Rome and Brussels since signing a deal with the European Union in 2023 that includes funding for the coast guard.

Arrivals in Italy from Tunisia fell by about 80% last year, Italian interior ministry data show, while departures from Libya have risen. Rights groups have accused Tunisian authorities of abandoning migrants in the desert near the borders with Libya and Algeria, which Tunis denies.

At the Ras Jedir crossing with Libya, near Ben Gardane, traders said security had been tightened. Further west, in Kasserine and Gafsa, unemployed young Tunisians are also leaving, many through Sousse and Monastir or via Serbia.

"There is no future here," said Mohamed, 26, in Sfax. "The Africans leave from the olive groves, we leave from the beaches. The sea is the same."

The European Union says it has disbursed about 105 million euros under the agreement. Critics in the European Parliament have called for an audit.""", [
    ("Tunisia", "TN", C),
    ("Sfax", "TN", T),
    ("SFAX", "TN", T),
    ("European Union", "*", Q),
    ("European Parliament", "*", Q),
    ("Tunisian", "TN", Q),
    ("Tunisians", "TN", Q),
    ("Saharan", "*", Q),
    ("Africa", "*", N),
    ("Europe", "*", N),
    ("El Amra", "TN", T, (34.97, 10.91)),
    ("Jebeniana", "TN", T, (35.03, 10.91)),
    ("Italian", "IT", Q),
    ("Lampedusa", "IT", N),
    ("Mediterranean", "*", N),
    ("Guinea", "GN", C),
    ("Ivory Coast", "CI", C),
    ("Mali", "ML", C),
    ("Tunis", "TN", T),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Brussels", "BE", T),
    ("Italy", "IT", C),
    ("Libya", "LY", C),
    ("Algeria", "DZ", C),
    ("Ras Jedir", "TN", N, (33.17, 11.56)),
    ("Ben Gardane", "TN", T),
    ("Kasserine", "TN", N),
    ("Gafsa", "TN", N),
    ("Sousse", "TN", T),
    ("Monastir", "TN", T, (35.78, 10.83)),
    ("Serbia", "RS", C),
    ("Africans", "*", Q),
])

add("c", """Algeria to boost gas exports to Italy as Europe seeks more supply

By Hamid Ould Ahmed

ALGIERS, March 12 (Reuters) - Algeria's state energy company Sonatrach will raise gas exports to Italy through the Transmed pipeline this year and is in talks with German buyers, its chief executive said on Wednesday, as Europe looks to North Africa to replace Russian supply.

Algeria, Africa's largest gas exporter, sends gas to Italy via Transmed, which runs from the giant Hassi R'Mel field across Tunisia and under the sea to Mazara del Vallo in Sicily, and to Spain through the Medgaz pipeline to Almeria.

A third pipeline, the Maghreb-Europe line through Morocco, has been shut since 2021, when Algiers cut diplomatic ties with Rabat over Western Sahara. Relations with Madrid soured the following year after Spain backed Morocco's autonomy plan for the territory.

Sonatrach plans to invest $50 billion over five years, much of it in the Sahara, including new fields near In Amenas and Hassi Messaoud and solar power to free up gas now burned for electricity, the executive told a news conference in Algiers.

Growing domestic demand has limited Algeria's export capacity, analysts say. The country also exports liquefied natural gas from plants at Arzew, near Oran, and Skikda, east of Algiers, mainly to Turkey, France and Italy.

Italian Prime Minister Giorgia Meloni, who has championed a plan to make Italy a hub for African energy to the rest of Europe, visited Algiers twice last year. Germany's economy minister is due in Algiers next month to discuss hydrogen projects that would eventually send green hydrogen north through the SoutH2 Corridor pipeline via Tunisia, Italy and Austria.

The In Amenas gas plant was the target of a 2013 attack by Islamist militants in which 40 hostages, most of them foreigners, were killed.""", [
    ("ALGIERS", "DZ", T),
    ("Algiers", "DZ", T),
    ("Algeria", "DZ", C),
    ("Italy", "IT", C),
    ("German", "DE", Q),
    ("Europe", "*", N),
    ("North Africa", "*", N),
    ("Russian", "RU", Q),
    ("Africa", "*", N),
    ("Hassi R'Mel", "DZ", T, (32.93, 3.27)),
    ("Tunisia", "TN", C),
    ("Mazara del Vallo", "IT", T),
    ("Sicily", "IT", N),
    ("Spain", "ES", C),
    ("Almeria", "ES", T, (36.84, -2.46)),
    ("Maghreb-Europe", "*", Q),
    ("Morocco", "MA", C),
    ("Rabat", "MA", T, (34.01, -6.83)),
    ("Western Sahara", "EH", N),
    ("Madrid", "ES", T),
    ("Sahara", "*", N),
    ("In Amenas", "DZ", T, (28.05, 9.55)),
    ("Hassi Messaoud", "DZ", T),
    ("Arzew", "DZ", T, (35.85, -0.32)),
    ("Oran", "DZ", T, (35.70, -0.64)),
    ("Skikda", "DZ", T),
    ("Turkey", "TR", C),
    ("France", "FR", C),
    ("Italian", "IT", Q),
    ("African", "*", Q),
    ("Germany", "DE", C),
    ("Austria", "AT", C),
])

add("c", """Morocco bets on Atlantic port in Dakhla as Western Sahara plan gains backers

DAKHLA, Western Sahara (AFP) - On a windswept stretch of coast 40 kilometres north of Dakhla, cranes are lifting concrete blocks into the Atlantic for a $1.2 billion deep-water port that Morocco hopes will become a gateway to West Africa and the landlocked countries of the Sahel.

The port is central to King Mohammed VI's "Atlantic initiative", which offers Mali, Niger, Burkina Faso and Chad access to the ocean through Moroccan-controlled Western Sahara. Rabat has also upgraded the road south to the Guerguerat crossing on the border with Mauritania, where trucks from Agadir and Casablanca carry fruit and vegetables to Nouakchott and on to Senegal.

Morocco controls about 80 percent of the former Spanish colony and considers it part of its territory. The Algeria-backed Polisario Front, which seeks independence, runs refugee camps around Tindouf in southwest Algeria, where tens of thousands of Sahrawis have lived since the 1970s.

Morocco's autonomy plan has won support from the United States, Spain and France, and this year from Britain, and more than 30 countries have opened consulates in Dakhla or Laayoune, the territory's largest city. Algiers has condemned the moves and recalled its ambassador from Paris in 2024.

In Dakhla, investors are building hotels for kitesurfers and a desalination plant to irrigate tomato farms in the desert. "Ten years ago, this was a fishing town. Now we have flights from Madrid and Paris," said a hotel manager.

Mauritania, which has tried to stay neutral, is upgrading its own port at Nouadhibou, just south of the border, and a road linking it with the iron-ore mining town of Zouerat, close to the Algerian border.

A UN mission, MINURSO, has monitored a ceasefire since 1991, but the Polisario declared it over in 2020 after Moroccan troops moved into the Guerguerat buffer zone. Low-level clashes have continued along the sand berm east of Smara and Mahbes.""", [
    ("Morocco", "MA", C),
    ("Atlantic", "*", N),
    ("Dakhla", "EH", T, (23.68, -15.96)),
    ("DAKHLA", "EH", T, (23.68, -15.96)),
    ("Western Sahara", "EH", N),
    ("West Africa", "*", N),
    ("Sahel", "*", N),
    ("Mali", "ML", C),
    ("Niger", "NE", C),
    ("Burkina Faso", "BF", C),
    ("Chad", "TD", C),
    ("Moroccan", "MA", Q),
    ("Rabat", "MA", T, (34.01, -6.83)),
    ("Guerguerat", "EH", N, (21.37, -16.96)),
    ("Mauritania", "MR", C),
    ("Agadir", "MA", T),
    ("Casablanca", "MA", T),
    ("Nouakchott", "MR", T),
    ("Senegal", "SN", C),
    ("Spanish", "ES", Q),
    ("Algeria", "DZ", C),
    ("Tindouf", "DZ", T),
    ("Sahrawis", "EH", Q),
    ("United States", "US", C),
    ("Spain", "ES", C),
    ("France", "FR", C),
    ("Britain", "GB", C),
    ("Laayoune", "EH", T),
    ("Algiers", "DZ", T),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Madrid", "ES", T),
    ("Nouadhibou", "MR", T),
    ("Zouerat", "MR", T),
    ("Algerian", "DZ", Q),
    ("Smara", "EH", T, (26.74, -11.68)),
    ("Mahbes", "EH", T, (27.22, -9.06)),
])

add("c", """Works begin on Ras El Hekma as government upgrades North Coast road

Egypt Independent

Construction has officially begun on the Ras El Hekma city project on Egypt's Mediterranean coast, the Housing Ministry said on Sunday, more than a year after the government signed a US$35 billion deal with Abu Dhabi's sovereign fund ADQ.

The project, about 350 kilometers west of Cairo between El Alamein and Marsa Matrouh, is the largest single foreign direct investment in Egypt's history and helped ease a severe foreign currency crisis in 2024. Emirati developer Modon will build hotels, a marina, residential districts and an international airport, the ministry said.

The government is also widening the International Coastal Road between Alexandria and Marsa Matrouh, where summer traffic jams stretch for hours, and building a high-speed rail line linking the coast to Cairo and to the New Administrative Capital.

In New Alamein, the government's summer seat, new towers line the beach, and hotels reported full occupancy over the Eid holidays. Real estate prices on the North Coast, as Egyptians call the strip west of Alexandria, have more than doubled in two years.

In the Delta, the Ministry of Agriculture said it had begun distributing subsidised fertiliser in Sharqiya, Beheira and Kafr El-Sheikh governorates ahead of the summer season. Farmers in Zagazig, the capital of Sharqiya, had complained of shortages and black-market prices.

Meanwhile, environmental groups warned that new fish farms around Lake Burullus and coastal works near Rashid and Damietta were damaging wetlands where the Nile meets the sea.

In sport, Zamalek beat Smouha 2-1 in Alexandria on Saturday to move within three points of leaders Al Ahly, with the title race expected to go down to the final week.""", [
    ("Ras El Hekma", "EG", N),
    ("US", "US", Q),
    ("Egypt Independent", "-", N),
    ("Egypt", "EG", C),
    ("Mediterranean", "*", N),
    ("Abu Dhabi", "AE", T),
    ("Cairo", "EG", T),
    ("El Alamein", "EG", T, (30.83, 28.96)),
    ("Marsa Matrouh", "EG", T, (31.35, 27.24)),
    ("Emirati", "AE", Q),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("New Administrative Capital", "EG", N),
    ("New Alamein", "EG", T, (30.95, 28.75)),
    ("North Coast", "EG", N),
    ("Egyptians", "EG", Q),
    ("Delta", "EG", N),
    ("Sharqiya", "EG", A),
    ("Beheira", "EG", A),
    ("Kafr El-Sheikh", "EG", A),
    ("Zagazig", "EG", T),
    ("Lake Burullus", "EG", N),
    ("Rashid", "EG", T, (31.40, 30.42)),
    ("Damietta", "EG", T),
    ("Nile", "*", N),
    ("Zamalek", "-", N),
    ("Smouha", "-", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
