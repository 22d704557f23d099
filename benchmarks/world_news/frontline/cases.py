"""Full-length conflict and OSINT articles for geomap evaluation ('frontline'): 24 held-out articles of
280-420 words, written without reading geomap's source or the other sets' cases, in the genres conflict
analysts, OSINT researchers and humanitarian desks read: wire dispatches, ISW- and ACLED-style daily and
weekly assessments, UN OCHA flash updates, explainers and features, with headlines, bylines, datelines,
quotes, people and organisations. The events are invented; every place is real and lies where the text
puts it.

CASES and GENRES as ../article_runner.py describes them (RAW holds (genre, text, expected)).
GENRES: a = the Russia-Ukraine war (front lines, strikes on Russian regions, Crimea and the Black Sea,
Kyiv/Kiev, Odesa/Odessa, Kharkiv/Kharkov, Donetsk city against Donetsk Oblast); b = the Middle East and
Africa (Gaza, the West Bank, southern Lebanon, Syria, Yemen and the Red Sea, Sudan, the Sahel, eastern
DRC, Somalia, Ethiopia); c = Asia, the Caucasus and the Americas (Myanmar, Armenia-Azerbaijan, Kashmir,
Pakistan and Afghanistan, the Philippines and the South China Sea, Haiti, Mexico, Colombia).

Conventions:
- Demonyms ("Ukrainian", "Palestinians", "Israeli", "North Korean") are expected as their country;
  words for peoples, faiths and blocs that name no one country ("Kurdish", "Rohingya", "Hindu",
  "Western", "Soviet", "Himalayan") are non-places or debatable.
- Kashmir as a whole is a region across borders: any country ("*"), like a sea. A city that is also its
  own first-level division (Stepanakert/Khankendi) is kind None with a hint, so either entry counts.
- "the Kharkiv region", "Sumy Oblast", "North Darfur state" are admin1; a district or raion
  ("Desnianskyi district", "Kech district") is kind None with a (lat, lon) hint at its seat, so
  either the district or its seat town is accepted.
- An "X direction" or "X axis" of a front is X the town. Refugee and displacement camps, villages,
  crossings, islands, shoals, dams, rivers and seas are places (rivers and seas any country, "*").
- Gaza and the West Bank are "PS" (an Israeli settlement there, which GeoNames may file under IL,
  "PS|IL"; Jerusalem "IL|PS"); Crimea and Sevastopol "UA"; Nagorno-Karabakh, Khankendi/Stepanakert and
  Lachin "AZ"; Torkham and the Khyber Pass "AF|PK".
- Old and other-language names count as the place: "Kiev", "Kharkov", "Lemberg", "Artemovsk",
  "Krasnoarmeysk" (Pokrovsk), "Huangyan Dao" (Scarborough Shoal).
- Debatable ("?", not counted): units, brigades, cartels and fronts named after their home ground
  ("Hamas' Rafah Brigade", "the Jenin Brigade", "the Sinaloa Cartel"), flag states of ships
  ("a Liberia-flagged tanker"), hospitals, power plants, air bases and bridges named after a place,
  the Line of Control, and armed groups named after a country or continent ("Syrian Democratic
  Forces", "Africa Corps", "Tehreek-e-Taliban Pakistan"). Non-places ("-"): people, call signs, ships,
  news outlets and units whose names only echo a place (the landing ship "Azov", "Wagner", "Kyiv
  Independent", "Radio Free Asia", "the Novocherkassk", "Al-Shabaab", Prime Minister Shehbaz Sharif).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"
X = "-"
S = "*"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ======================= (a) the Russia-Ukraine war =======================

add("a", """Russia pounds Ukraine's power grid in overnight barrage; Kharkiv, Odesa and Kyiv hit

By Iryna Pavlenko and Matthew Fielding

KYIV, Nov 14 (Reuters) - Russia fired 43 missiles and 458 drones at Ukraine overnight, striking power plants and substations from Kharkiv in the northeast to Odesa on the Black Sea coast, Ukrainian officials said on Friday, in one of the heaviest attacks on the country's energy system this autumn.

Ukraine's air force said it had shot down 405 drones and 30 missiles. Kinzhal hypersonic missiles were fired from MiG-31 jets over Russia's Tambov region, while Kalibr cruise missiles were launched from warships in the Black Sea, air force spokesman Oleksandr Marchuk said.

In Kyiv, debris from a downed drone set fire to a 16-storey apartment block in the Desnianskyi district on the capital's left bank, killing two people and injuring nine, the city's military administration said.

In Kharkiv, drones struck a combined heat and power plant and a metro depot. "The city was hit by 17 Shaheds in 40 minutes," deputy mayor Valentyna Horban told Reuters. In the southern port of Odesa, a strike damaged a grain terminal and a Panama-flagged bulk carrier, the regional administration said.

Private energy firm DTEK said two of its thermal plants, in the Dnipropetrovsk and Kyiv regions, were seriously damaged. Grid operator Ukrenergo announced rolling blackouts across the Kyiv, Chernihiv, Sumy, Poltava and Kharkiv regions. "Every missile that gets through means a night without heat for a family in Chernihiv or Kremenchuk," said Ukrenergo board member Serhiy Dovhan.

In the west, a drone hit a gas facility near Stryi in the Lviv region, and officials in the Ivano-Frankivsk region reported a fire at an energy site. Poland scrambled jets as a precaution as the attack unfolded near its border, the Polish military's operational command said.

President Volodymyr Zelenskiy said the strike showed Moscow had no interest in a ceasefire and urged allies to speed up deliveries of Patriot air defence systems.

Russia's defence ministry said its forces had carried out a "massive strike" with precision weapons on energy facilities serving Ukraine's military-industrial complex, and that air defences had downed 64 Ukrainian drones over the Bryansk, Kursk and Belgorod regions and over Russian-annexed Crimea.

(Reporting by Iryna Pavlenko in Kyiv and Matthew Fielding in London; Editing by Gareth Jones)
""", [
    ("Russia", "RU", C), ("Russian", "RU", C), ("Ukraine", "UA", C), ("Ukrainian", "UA", C),
    ("Kharkiv#1,2,3", "UA", T), ("Kharkiv#4", "UA", A),
    ("Odesa", "UA", T), ("KYIV", "UA", T),
    ("Kyiv#1,2,5", "UA", T), ("Kyiv#3,4", "UA", A),
    ("Black Sea", S, N), ("Tambov region", "RU", A),
    ("Desnianskyi district", "UA", N, (50.51, 30.60)),
    ("Panama", "PA", Q),
    ("Dnipropetrovsk", "UA", A), ("Chernihiv#1", "UA", A), ("Chernihiv#2", "UA", T),
    ("Sumy", "UA", A), ("Poltava", "UA", A), ("Kremenchuk", "UA", T),
    ("Stryi", "UA", T, (49.26, 23.85)), ("Lviv region", "UA", A), ("Ivano-Frankivsk region", "UA", A),
    ("Poland", "PL", C), ("Polish", "PL", C), ("Moscow", "RU", T),
    ("Bryansk", "RU", A), ("Kursk", "RU", A), ("Belgorod", "RU", A),
    ("Crimea", "UA", N), ("London", "GB", T),
])

add("a", """Russian Offensive Campaign Assessment, October 22, 2025

Institute for the Study of War

Key Takeaways:
- Russian forces recently advanced in the Pokrovsk, Kupyansk and Hulyaipole directions.
- Geolocated footage published on October 21 indicates that Russian infiltration groups have reached the southern outskirts of Myrnohrad, northeast of Pokrovsk, although ISW has not observed evidence that Russian forces hold positions there.
- Ukrainian forces struck the Novoshakhtinsk oil refinery in Rostov Oblast and an ammunition depot near occupied Horlivka, Donetsk Oblast.
- Russian milbloggers continued to complain that Ukrainian drone strikes on logistics routes from Donetsk City are constraining Russian operations.

Ukrainian Operations in the Russian Federation

The Ukrainian General Staff reported that drones struck the Novoshakhtinsk refinery overnight on October 21 to 22. The acting governor of Rostov Oblast claimed that debris fell on the outskirts of Novoshakhtinsk and Krasny Sulin.

Russian Main Effort - Donetsk Oblast

Russian forces continued offensive operations in the Pokrovsk direction on October 21 and 22. Geolocated footage indicates that Russian forces recently advanced in Shakhove (northeast of Pokrovsk) and near Udachne (southwest of Pokrovsk). Russian forces attacked near Pokrovsk itself and near Rodynske, Bilytske and Hryshyne. A Russian milblogger claimed that elements of the 2nd Combined Arms Army (Central Military District) seized Novopavlivka, but ISW has not observed confirmation of this claim.

Russian forces attacked in the Kostyantynivka direction near Chasiv Yar, Toretsk and Kostyantynivka itself, and in the Siversk direction near Siversk and Serebryanka. Fighting continued in the Lyman direction near Torske and Zarichne.

Russian Supporting Effort - Kharkiv Oblast

Russian forces continued attacks within Kupyansk and near Kupyansk-Vuzlovyi and Petropavlivka, and in the Borova direction. A Ukrainian brigade operating in the Kupyansk direction stated that Russian forces use gas pipelines under the Oskil River to infiltrate the town. Fighting continued in Vovchansk and near Velykyi Burluk.

Russian Supporting Effort - Southern Axis

Geolocated footage indicates that Russian forces advanced east of Hulyaipole near Poltavka. Russian forces also attacked toward Mala Tokmachka and Stepnohirsk in Zaporizhia Oblast and on the islands of the Dnipro River delta in Kherson Oblast. Elements of the Leningrad Military District reportedly redeployed from the Kupyansk direction to Zaporizhia Oblast.
""", [
    ("Russian", "RU", C), ("Ukrainian", "UA", C), ("Russian Federation", "RU", C),
    ("Pokrovsk", "UA", T, (48.28, 37.18)), ("Kupyansk", "UA", T, (49.71, 37.62)),
    ("Kupyansk-Vuzlovyi", "UA", T, (49.67, 37.69)),
    ("Hulyaipole", "UA", T, (47.67, 36.26)), ("Myrnohrad", "UA", T),
    ("Novoshakhtinsk", "RU", T), ("Rostov Oblast", "RU", A), ("Krasny Sulin", "RU", T),
    ("Horlivka", "UA", T), ("Donetsk Oblast", "UA", A), ("Donetsk City", "UA", T, (48.00, 37.80)),
    ("Shakhove", "UA", T, (48.46, 37.35)), ("Udachne", "UA", T, (48.24, 36.99)),
    ("Rodynske", "UA", T), ("Bilytske", "UA", T), ("Hryshyne", "UA", T, (48.33, 37.08)),
    ("Novopavlivka", "UA", T, (48.14, 36.79)),
    ("Kostyantynivka", "UA", T, (48.53, 37.71)), ("Chasiv Yar", "UA", T), ("Toretsk", "UA", T),
    ("Siversk", "UA", T), ("Serebryanka", "UA", T, (48.92, 38.14)),
    ("Lyman", "UA", T, (48.99, 37.81)), ("Torske", "UA", T, (49.02, 37.96)),
    ("Zarichne", "UA", T, (49.02, 37.93)),
    ("Kharkiv Oblast", "UA", A), ("Petropavlivka", "UA", T, (49.72, 37.71)),
    ("Borova", "UA", T, (49.38, 37.62)), ("Oskil River", S, N), ("Vovchansk", "UA", T),
    ("Velykyi Burluk", "UA", T), ("Poltavka", "UA", T, (47.72, 36.48)),
    ("Mala Tokmachka", "UA", T), ("Stepnohirsk", "UA", T), ("Zaporizhia Oblast", "UA", A),
    ("Dnipro River", S, N), ("Kherson Oblast", "UA", A), ("Leningrad Military District", "RU", Q),
])

add("a", """'The fog is our friend and our enemy': Inside the drone war for Pokrovsk

by Daria Melnyk, Kyiv Independent

DOBROPILLIA, Donetsk Oblast - The drone operator who goes by the call sign "Odesa" has not seen Pokrovsk with his own eyes since August. He knows it only as a grey grid on a tablet screen: the burnt-out railway station, the collapsed mine headframe, the bridge to Myrnohrad that Russian troops tried to cross on motorcycles last week.

"Odesa" is not from Odesa. He grew up in Zhytomyr and picked the name because he once dreamed of working on ships. Now he commands a small team of the 68th Jaeger Brigade from a basement 20 kilometers north of the city, in Dobropillia, where the shelling has emptied most streets.

Pokrovsk, once a mining and logistics hub of 60,000 people on the road between Donetsk and Dnipro, has been the most fought-over town in Ukraine for more than a year. Russian commanders see it as the key to the rest of Donetsk Oblast - to Kostiantynivka, Druzhkivka and, ultimately, the twin cities of Kramatorsk and Sloviansk.

Since autumn, Russian infantry have used fog and rain to slip through gaps between Ukrainian positions in groups of two or three. "In clear weather we see everything. In fog, they walk in," said a 34-year-old platoon commander from Kherson who asked to be identified by his call sign, "Lys."

The Ukrainian military says the supply road from Pavlohrad, in neighboring Dnipropetrovsk Oblast, is now under constant attack by Russian first-person-view drones guided by fiber-optic cables, which cannot be jammed. Trucks travel at night without headlights. Evacuation vehicles wrapped in anti-drone netting leave Rodynske and Bilytske only before dawn.

Volunteers who once delivered bread to Selydove and Kurakhove, both now occupied, run a shelter for evacuees in Pavlohrad. "People from Pokrovsk arrive with one bag. They ask us when they can go home," said Natalia Hrytsenko, a coordinator with the charity Vostok SOS.

In a statement, Russia's Defense Ministry claimed its troops controlled most of Krasnoarmeysk, the Soviet-era name Moscow still uses for Pokrovsk. Ukraine's General Staff called the claim "fiction."

Back in the basement, Odesa watches a thermal feed. A figure moves between two ruined houses on the edge of Hryshyne. He sends a drone. "Tomorrow they will come again," he says. "So will we."
""", [
    ("Kyiv Independent", X, X), ("Odesa#1,2,4", X, X), ("Odesa#3", "UA", T),
    ("DOBROPILLIA", "UA", T, (48.47, 37.09)), ("Dobropillia", "UA", T, (48.47, 37.09)),
    ("Donetsk Oblast", "UA", A), ("Pokrovsk", "UA", T, (48.28, 37.18)), ("Myrnohrad", "UA", T),
    ("Russian", "RU", C), ("Zhytomyr", "UA", T), ("Donetsk", "UA", T, (48.00, 37.80)),
    ("Dnipro", "UA", T), ("Ukraine", "UA", C), ("Kostiantynivka", "UA", T, (48.53, 37.71)),
    ("Druzhkivka", "UA", T), ("Kramatorsk", "UA", T), ("Sloviansk", "UA", T),
    ("Ukrainian", "UA", C), ("Kherson", "UA", T), ("Pavlohrad", "UA", T),
    ("Dnipropetrovsk Oblast", "UA", A), ("Rodynske", "UA", T), ("Bilytske", "UA", T),
    ("Selydove", "UA", T), ("Kurakhove", "UA", T), ("Vostok SOS", X, X), ("Russia", "RU", C),
    ("Krasnoarmeysk", "UA", T, (48.28, 37.18)), ("Moscow", "RU", T), ("Hryshyne", "UA", T, (48.33, 37.08)),
])

add("a", """Ukrainian drones set Tuapse refinery ablaze, hit Saratov and Bryansk oil sites

By Kateryna Soloviova

Ukraine struck oil facilities deep inside Russia overnight on Nov. 2, setting fire to the Tuapse refinery on the Black Sea coast and damaging a refinery in Saratov, some 700 kilometers from the front line, Ukraine's General Staff and Russian regional officials said.

In Krasnodar Krai, the regional emergency headquarters said drone debris started a fire at the Tuapse port and refinery, and that a tanker moored at the oil terminal was damaged. Photos geolocated by OSINT researchers show a large blaze at the eastern end of the plant, near the mouth of the Tuapse River. Rosneft, which owns the refinery, halted loadings, two industry sources told Reuters.

The Tuapse plant, one of the largest refineries in southern Russia, exports most of its output through the Black Sea to Turkey and Asia. It has been hit at least five times since January.

In Saratov Oblast, the regional governor said on Telegram that a drone attack had damaged "an industrial enterprise" in Saratov and that residential buildings were hit in neighboring Engels, home to a strategic bomber base from which Tu-95 aircraft have launched missiles at Ukrainian cities. Videos showed smoke rising over the Volga River.

The General Staff said drones also hit the Unecha pumping station of the Druzhba pipeline in Bryansk Oblast, which carries Russian crude to Hungary and Slovakia. Budapest called the strike "an attack on our energy security."

In Belgorod Oblast, a drone struck a power substation in Shebekino, a town of about 40,000 four kilometers from the Ukrainian border, leaving parts of the town and nearby Belgorod without electricity, the regional governor said.

Russia's Defense Ministry claimed its air defenses had intercepted 164 drones overnight over 11 regions, including Bryansk, Kursk, Voronezh, Volgograd and Ryazan oblasts, Crimea and the Sea of Azov. Flights were suspended at airports in Sochi and Volgograd.

"These are legitimate military targets. Oil refineries finance Russia's war," Andrii Kovalchuk, a spokesperson for Ukraine's Unmanned Systems Forces, told the Kyiv Independent.

Analysts at the Kyiv School of Economics estimate that Ukrainian strikes have taken up to 17% of Russian refining capacity offline at various points this autumn, prompting gasoline shortages in Crimea and the Russian Far East.
""", [
    ("Ukrainian", "UA", C), ("Ukraine", "UA", C), ("Russia", "RU", C), ("Russian", "RU", C),
    ("Tuapse", "RU", T, (44.10, 39.08)), ("Tuapse River", S, N), ("Saratov", "RU", T),
    ("Saratov Oblast", "RU", A), ("Bryansk Oblast", "RU", A), ("Black Sea", S, N),
    ("Krasnodar Krai", "RU", A), ("Turkey", "TR", C), ("Asia", S, N),
    ("Engels", "RU", T), ("Volga River", S, N), ("Unecha", "RU", T), ("Druzhba", X, X),
    ("Hungary", "HU", C), ("Slovakia", "SK", C), ("Budapest", "HU", T),
    ("Belgorod Oblast", "RU", A), ("Shebekino", "RU", T), ("Belgorod", "RU", T),
    ("Bryansk", "RU", A), ("Kursk", "RU", A), ("Voronezh", "RU", A), ("Volgograd#1", "RU", A),
    ("Ryazan", "RU", A), ("Crimea", "UA", N), ("Sea of Azov", S, N), ("Sochi", "RU", T),
    ("Volgograd#2", "RU", T), ("Kyiv Independent", X, X), ("Kyiv School of Economics", "UA", Q),
    ("Russian Far East", "RU", N),
])

add("a", """Russian troops push into Ukraine's Sumy region as border villages empty

By OLENA KOVAL and JAMES HARLOW Associated Press

SUMY, Ukraine (AP) - Russian troops have pushed several kilometers into Ukraine's northeastern Sumy region, seizing at least two border villages and bringing the regional capital within range of guided glide bombs, Ukrainian officials and soldiers said Thursday.

Fighting is heaviest around Yunakivka, a village of about 2,000 people some 25 kilometers (15 miles) northeast of the city of Sumy, where Ukrainian units are trying to hold a defensive line along a ridge. Russia's Defense Ministry said its forces had captured Andriivka and Kindrativka, small villages between Yunakivka and the border with Russia's Kursk region.

"They want to create what they call a buffer zone. For us it means a dead zone," said Oleksandr Tkachuk, a spokesman for a Ukrainian border guard unit operating near Khotin.

The offensive comes months after Moscow pushed Ukrainian forces out of most of the Kursk region, where they had seized a foothold around the town of Sudzha in August 2024. Russian commanders have since concentrated troops across the border near Glushkovo, Tetkino and Korenevo, according to Ukrainian military intelligence, including North Korean soldiers who fought in the Kursk campaign.

Authorities have ordered the mandatory evacuation of 213 settlements in the Sumy region, including parts of the Bilopillia, Krasnopillia and Velyka Pysarivka communities. Buses leave daily from Bilopillia, a town of 15,000 just 8 kilometers from the border, for Sumy and onward to Kyiv.

At a sports hall in Sumy turned reception center, 71-year-old Valentyna Ivanivna from Myropillia said she left with her cat and a bag of documents. "In Kharkiv they say it was like this in 2022. We did not believe it could happen to us again," she said.

To the east, in the Kharkiv region, Russian troops renewed attacks near Vovchansk and the village of Lyptsi north of Kharkiv city, local officials said. In Russia, officials in the Kursk region said Ukrainian shelling killed a civilian in Rylsk.

The Kremlin has said the buffer zone aims to protect the Kursk, Belgorod and Bryansk regions from Ukrainian attacks. Ukrainian President Volodymyr Zelenskyy called the advance an attempt to stretch Ukraine's forces before a larger summer offensive in the Donetsk region.

Harlow reported from Kyiv. Associated Press writer Dmytro Shevchuk contributed.
""", [
    ("Russian", "RU", C), ("Ukraine", "UA", C), ("Ukrainian", "UA", C), ("Russia", "RU", C),
    ("Sumy region", "UA", A), ("SUMY", "UA", T), ("Sumy", "UA", T),
    ("Yunakivka", "UA", T), ("Andriivka", "UA", T, (51.10, 35.05)), ("Kindrativka", "UA", T, (51.10, 35.00)),
    ("Kursk region", "RU", A), ("Khotin", "UA", T, (51.08, 34.77)), ("Moscow", "RU", T),
    ("Sudzha", "RU", T), ("Glushkovo", "RU", T), ("Tetkino", "RU", T), ("Korenevo", "RU", T, (51.41, 34.90)),
    ("North Korean", "KP", C), ("Kursk#3", "RU", A),
    ("Bilopillia", "UA", T), ("Krasnopillia", "UA", T, (50.77, 35.26)), ("Velyka Pysarivka", "UA", T),
    ("Kyiv", "UA", T), ("Myropillia", "UA", T), ("Kharkiv#1", "UA", T), ("Kharkiv region", "UA", A),
    ("Vovchansk", "UA", T), ("Lyptsi", "UA", T), ("Kharkiv#3", "UA", T),
    ("Rylsk", "RU", T), ("Kursk#5", "RU", A), ("Belgorod", "RU", A), ("Bryansk", "RU", A),
    ("Donetsk region", "UA", A), ("Harlow", X, X),
])

add("a", """Russian forces enter Huliaipole outskirts, press toward Orikhiv as southern front stirs

by Serhii Bondar

Russian troops have reached the eastern outskirts of Huliaipole in Zaporizhzhia Oblast and are attacking Ukrainian positions west of Robotyne, the village Ukraine liberated during its 2023 counteroffensive, Ukraine's Southern Defense Forces said on Nov. 19.

"The enemy is using small assault groups and motorcycles, and it is throwing armor at us near Huliaipole for the first time in months," spokesperson Vladyslav Hrekov said on national television. He said Russian forces had concentrated troops from the 5th Combined Arms Army near Polohy and Tokmak.

Huliaipole, a town of 13,000 before the full-scale invasion, is about 90 kilometers southeast of Zaporizhzhia, the regional capital. Its fall would expose the road north across the Dnipropetrovsk Oblast border, where Russian units crossed in September, to Pokrovske.

Further west, Russian troops attacked toward Stepnohirsk and Prymorske and shelled Kamianske, a village on the former shore of the Kakhovka Reservoir that should not be confused with the industrial city of Kamianske in Dnipropetrovsk Oblast. "Kamianske has no electricity and no water. Nine people still live there," said Ivan Fedko, head of the regional military administration's humanitarian department.

Zaporizhzhia city itself was hit by eight glide bombs on Nov. 18, injuring 14 people. Across the Dnipro River, Russian artillery fired at Nikopol and Marhanets from positions near the occupied Zaporizhzhia Nuclear Power Plant in Enerhodar, the governor of Dnipropetrovsk Oblast said.

The International Atomic Energy Agency said its inspectors at the plant reported "intense military activity" nearby and that the facility had lost its last 750-kilovolt line for the tenth time since 2022.

In Kherson Oblast, Russian drones attacked Kherson and the suburbs of Antonivka and Bilozerka throughout the day, killing a 62-year-old man who was riding a bicycle. The regional administration said Russian forces on the occupied left bank in Oleshky and Nova Kakhovka had stepped up drone launches toward the right bank and toward Mykolaiv.

Military analyst Yurii Bondarenko told the Kyiv Independent that Moscow hopes to push Ukrainian troops away from Orikhiv before winter. "If Huliaipole falls, the southern front will start moving for the first time since Robotyne," he said.
""", [
    ("Russian", "RU", C), ("Huliaipole", "UA", T, (47.67, 36.26)), ("Orikhiv", "UA", T),
    ("Zaporizhzhia Oblast", "UA", A), ("Ukrainian", "UA", C), ("Robotyne", "UA", T, (47.45, 35.84)),
    ("Ukraine", "UA", C), ("Polohy", "UA", T), ("Tokmak", "UA", T, (47.26, 35.71)),
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Pokrovske", "UA", T, (47.98, 36.23)), ("Dnipropetrovsk Oblast", "UA", A),
    ("Stepnohirsk", "UA", T), ("Prymorske", "UA", T, (47.64, 35.29)),
    ("Kamianske#1,3", "UA", T, (47.54, 35.37)), ("Kamianske#2", "UA", T, (48.52, 34.61)),
    ("Kakhovka Reservoir", "UA", N), ("Dnipro River", S, N), ("Nikopol", "UA", T), ("Marhanets", "UA", T),
    ("Zaporizhzhia Nuclear Power Plant", "UA", Q), ("Enerhodar", "UA", T),
    ("Kherson Oblast", "UA", A), ("Kherson", "UA", T), ("Antonivka", "UA", T, (46.68, 32.73)),
    ("Bilozerka", "UA", T, (46.63, 32.44)), ("Oleshky", "UA", T), ("Nova Kakhovka", "UA", T),
    ("Mykolaiv", "UA", T, (46.98, 31.99)), ("Kyiv Independent", X, X), ("Moscow", "RU", T),
])

add("a", """Sea drones hit Russian landing ship at Novorossiysk, Ukraine says; Kerch bridge closed for hours

KYIV/LONDON, Dec 3 (Reuters) - Ukrainian naval drones struck a Russian landing ship at the Black Sea port of Novorossiysk overnight, Ukraine's SBU security service said on Wednesday, in the latest attack on the Russian fleet far from the front line.

The SBU said its Sea Baby drones hit the Ropucha-class Azov at its berth. The ship, which shares its name with a town in Russia's Rostov region, was damaged once before, in Sevastopol in March 2024. Its sister ship Novocherkassk was destroyed in Feodosia in December 2023. Satellite images from Planet Labs reviewed by Reuters showed oil slicks around the pier.

Russia's defence ministry said it had destroyed nine uncrewed boats in the northeastern Black Sea and 37 drones over Crimea and Krasnodar Krai. Traffic on the Crimean Bridge across the Kerch Strait was halted for more than four hours, Russian-installed officials said.

Since the Moskva cruiser was sunk in April 2022, most of the Black Sea Fleet has moved east from Sevastopol to Novorossiysk. Ukraine has since hit ships and air defences across Crimea, from Cape Tarkhankut in the west to Saky air base near Yevpatoria and the port of Kerch in the east.

"Novorossiysk was supposed to be their safe harbour. There are no safe harbours any more," said Andriy Kravets, a retired Ukrainian navy captain.

Russia hit back at Ukraine's ports. A missile struck a warehouse in Izmail, the Danube River port opposite Romania, and drones damaged grain silos in Chornomorsk and the city of Odesa, regional officials said. Romania's defence ministry said drone fragments were found near Galati, about 15 km from the border.

The Russian defence ministry referred to "military infrastructure in the Odessa region" and said its forces had also struck a Ukrainian fuel depot near Mykolaiv.

Shipping through Ukraine's Black Sea corridor, which links Odesa and the nearby ports of Chornomorsk and Pivdennyi to the Bosphorus and Istanbul, continued, though war-risk insurance rates rose, brokers said. Turkish officials called for restraint from both sides.

In the Sea of Azov, Russia's Yeysk naval aviation base and the port of Berdyansk in occupied Zaporizhzhia region were also targeted by drones, Russian and Ukrainian Telegram channels reported, without independent confirmation.

(Reporting by Reuters; Writing by Leo Marsh; Editing by Alison Williams)
""", [
    ("Russian", "RU", C), ("Novorossiysk", "RU", T), ("Ukraine", "UA", C), ("Kerch#1", "UA", Q),
    ("KYIV", "UA", T), ("LONDON", "GB", T), ("Ukrainian", "UA", C), ("Black Sea", S, N),
    ("Black Sea Fleet", S, Q), ("Azov", X, X), ("Novocherkassk", X, X), ("Russia", "RU", C), ("Rostov region", "RU", A),
    ("Feodosia", "UA", T), ("Crimea", "UA", N), ("Krasnodar Krai", "RU", A),
    ("Crimean Bridge", "UA", Q), ("Kerch Strait", S, N), ("Moskva", X, X), ("Sevastopol", "UA", T),
    ("Cape Tarkhankut", "UA", N, (45.35, 32.50)), ("Saky", "UA", Q), ("Yevpatoria", "UA", T),
    ("Kerch#3", "UA", T), ("Izmail", "UA", T), ("Danube River", S, N), ("Romania", "RO", C),
    ("Chornomorsk", "UA", T), ("Odesa", "UA", T), ("Galati", "RO", T), ("Odessa region", "UA", A),
    ("Mykolaiv", "UA", T, (46.98, 31.99)), ("Pivdennyi", "UA", T, (46.62, 31.10)), ("Bosphorus", S, N),
    ("Istanbul", "TR", T), ("Turkish", "TR", C), ("Sea of Azov", S, N), ("Yeysk", "RU", Q),
    ("Berdyansk", "UA", T), ("Zaporizhzhia region", "UA", A),
])

add("a", """Explainer: Kyiv or Kiev, Kharkiv or Kharkov? Why the names on the war map keep changing

By Marta Hlushko

LONDON - Open three different maps of the war in Ukraine and you may find three spellings of the same city. The confusion is not only about transliteration: for Ukrainians, the choice between Kyiv and Kiev has become a statement about who the country belongs to.

Kiev, the spelling used by most English-language media until 2019, comes from the Russian form of the capital's name. Ukraine's government launched its #KyivNotKiev campaign in 2018, and the Associated Press switched that year, followed by the BBC and Reuters. Russian officials still write Kiev, and "Chicken Kiev" survives on restaurant menus from Glasgow to Melbourne.

The same shift happened elsewhere. Kharkov became Kharkiv; Lvov, known as Lemberg under Austrian rule, became Lviv; Nikolaev became Mykolaiv. Odessa turned into Odesa, with a single "s" - although the Odessa in West Texas, home to an oil-field museum, is in no hurry to follow.

Some cities changed their names altogether under Ukraine's 2015 decommunization laws. Dnipropetrovsk became Dnipro, yet the region around it is still officially Dnipropetrovsk Oblast. Kirovohrad became Kropyvnytskyi, while the surrounding Kirovohrad Oblast kept the old name for years. Artemovsk returned to Bakhmut, its 19th-century name - one Moscow refused to accept after its troops captured the ruined city in 2023.

Donetsk creates a different kind of confusion. Donetsk, the city of nearly a million people before 2014, has been occupied by Russia-backed forces for more than a decade. Donetsk Oblast, the province named after it, is much larger and still partly under Ukrainian control, with its administration moved to Kramatorsk. When a report says "fighting in Donetsk," it almost always means the oblast, not the city. The same is true of Luhansk and Luhansk Oblast, almost all of which Russia now occupies.

Occupying authorities have gone further, restoring Soviet names in the territories they hold: Horlivka's Russian form Gorlovka appears on signs, and road maps printed in Moscow again show Krasnoarmeysk where Ukrainian ones say Pokrovsk.

"Names are a front line too," said Oksana Levchuk, a toponymist at Ivan Franko National University of Lviv. "Every time a foreign newspaper writes Kyiv instead of Kiev, it recognizes that the city has a voice of its own."
""", [
    ("LONDON", "GB", T), ("Ukraine", "UA", C), ("Ukrainians", "UA", C), ("Ukrainian", "UA", C),
    ("Kyiv", "UA", T), ("KyivNotKiev", X, X), ("Kiev", "UA", T), ("Kharkiv", "UA", T),
    ("Kharkov", "UA", T), ("Russian", "RU", C), ("Glasgow", "GB", T), ("Melbourne", "AU", T),
    ("Chicken Kiev", X, X), ("Lvov", "UA", T), ("Lemberg", "UA", T, (49.84, 24.02)), ("Austrian", "AT", C),
    ("Lviv#1", "UA", T), ("Nikolaev", "UA", T, (46.98, 31.99)), ("Mykolaiv", "UA", T, (46.98, 31.99)),
    ("Odessa#1", "UA", T, (46.48, 30.73)), ("Odesa", "UA", T), ("Odessa#2", "US", T, (31.85, -102.37)),
    ("West Texas", "US", N), ("Dnipropetrovsk#1", "UA", T), ("Dnipro", "UA", T),
    ("Dnipropetrovsk Oblast", "UA", A), ("Kirovohrad#1", "UA", T), ("Kropyvnytskyi", "UA", T),
    ("Kirovohrad Oblast", "UA", A), ("Artemovsk", "UA", T, (48.59, 38.00)), ("Bakhmut", "UA", T),
    ("Moscow", "RU", T), ("Donetsk#1", "UA", Q), ("Donetsk#2", "UA", T, (48.00, 37.80)), ("Donetsk Oblast", "UA", A),
    ("Russia", "RU", C), ("Kramatorsk", "UA", T), ("Donetsk#4", "UA", A),
    ("Luhansk#1", "UA", T, (48.57, 39.31)), ("Luhansk Oblast", "UA", A), ("Soviet", X, X),
    ("Horlivka", "UA", T), ("Gorlovka", "UA", T, (48.30, 38.02)),
    ("Krasnoarmeysk", "UA", T, (48.28, 37.18)), ("Pokrovsk", "UA", T, (48.28, 37.18)),
    ("Ivan Franko National University of Lviv", "UA", Q),
])

# ======================= (b) the Middle East and Africa =======================

add("b", """Humanitarian Situation Update #318 | Gaza Strip

UN Office for the Coordination of Humanitarian Affairs (OCHA) | 12 September 2025

Key highlights
- Between 9 and 11 September, Israeli strikes across the Gaza Strip killed at least 146 Palestinians and injured 512, according to the Ministry of Health in Gaza.
- New displacement orders covering 41 per cent of Khan Younis governorate forced an estimated 95,000 people to move west towards Al Mawasi.
- Only 84 of the 600 truckloads of supplies the UN considers necessary each day entered through Kerem Shalom and Zikim crossings.

Humanitarian developments
In North Gaza, ground operations continued in Jabalia and Beit Lahiya, where the last functioning bakery closed on 10 September after fuel ran out. Families moving south along Al Rashid Road reported being fired on near the Netzarim Corridor. In Gaza City, partners recorded at least 17 strikes on schools sheltering displaced people in the Shujai'yeh and Zeitoun neighbourhoods.

In Deir al Balah, Al Aqsa Martyrs Hospital is operating at 290 per cent of its bed capacity. Water production in Deir al Balah and Nuseirat fell by half after a desalination plant lost its power line, and UNICEF reported 41 new cases of acute watery diarrhoea among children in Maghazi and Bureij camps.

In Khan Younis, a strike on 10 September hit a tent encampment in Al Mawasi, an area Israel has designated a "humanitarian zone," killing 19 people, including eight children. Nasser Medical Complex received 63 casualties within two hours. Residents of Bani Suheila and Abasan al Kabira were ordered to move to Al Mawasi, which now hosts an estimated 1.1 million people in less than 12 per cent of the Strip's territory.

Most of Rafah remains inaccessible. The Israeli military said it had killed a senior commander of Hamas' Rafah Brigade in a strike near Tal as Sultan on 11 September; OCHA cannot verify the claim.

Access
Of 73 humanitarian movements requested by the UN, 31 were facilitated by Israeli authorities, 22 denied and 20 impeded. The Rafah crossing with Egypt remains closed, and 4,200 patients, including 1,500 children, await medical evacuation abroad, many to Egypt, Jordan and the United Arab Emirates.

"People are being told to go to places where there is no water, no shelter and no safety," said OCHA spokesperson Mira Salloum. The World Food Programme warned that stocks in its Deir al Balah warehouse would run out within a week.
""", [
    ("Gaza Strip", "PS", N), ("Gaza", "PS", N), ("Israeli", "IL", C), ("Palestinians", "PS", C),
    ("Khan Younis", "PS", T), ("Al Mawasi", "PS", T, (31.35, 34.27)),
    ("Kerem Shalom", "IL", T, (31.23, 34.28)), ("Zikim", "IL", T, (31.60, 34.52)),
    ("North Gaza", "PS", N), ("Jabalia", "PS", T), ("Beit Lahiya", "PS", T), ("Al Rashid Road", "PS", Q),
    ("Netzarim Corridor", "PS", N, (31.45, 34.42)), ("Gaza City", "PS", T),
    ("Shujai'yeh", "PS", T, (31.50, 34.48)), ("Zeitoun", "PS", T, (31.49, 34.45)),
    ("Deir al Balah", "PS", T, (31.42, 34.35)), ("Al Aqsa Martyrs Hospital", "PS", Q),
    ("Nuseirat", "PS", T), ("Maghazi", "PS", T, (31.42, 34.38)), ("Bureij", "PS", T),
    ("Israel", "IL", C), ("Nasser Medical Complex", "PS", Q), ("Bani Suheila", "PS", T),
    ("Abasan al Kabira", "PS", T, (31.32, 34.34)),
    ("Rafah#1,3", "PS", T, (31.30, 34.24)), ("Rafah Brigade", "PS", Q), ("Tal as Sultan", "PS", T, (31.31, 34.24)),
    ("Egypt", "EG", C), ("Jordan", "JO", C), ("United Arab Emirates", "AE", C),
])

add("b", """Israeli raid on Tulkarm camp enters second week as West Bank displacement grows

By MOHAMMED SALEH and ISABEL DORAN Associated Press

TULKARM, West Bank (AP) - Israeli forces pressed on Monday with a military operation in the Nur Shams refugee camp on the edge of Tulkarm, bulldozing roads and demolishing homes as the number of Palestinians displaced from camps in the northern West Bank passed 40,000, according to the United Nations.

The Israeli military said troops had killed four militants and arrested 61 wanted people in Tulkarm and the nearby Tulkarm camp since the raid began, and that soldiers had found explosives workshops inside a mosque. Palestinian health officials said a 13-year-old boy was shot dead in the town of Anabta, east of Tulkarm.

The operation is part of a wider campaign that began in January in Jenin, where fighters of the Jenin Brigade once controlled the camp's narrow alleys. Israel's defense minister has said troops will remain in the Jenin, Nur Shams and Tulkarm camps "for the coming year." Similar raids have hit Tammun and the Far'a camp in the Tubas area and Balata camp in Nablus.

"Every family here has moved two or three times," said Jordan Whitfield, an American volunteer with a medical charity in Tulkarm. "People stay with relatives in Anabta or in Nablus, then the army comes there too."

The Palestinian Authority, which administers parts of the West Bank from Ramallah, has condemned the raids but has also carried out its own operations against militants in Jenin. Its security forces were largely absent from the streets of Tulkarm on Monday.

Settler attacks have also increased. On Sunday, settlers set fire to cars and a house in Sinjil and Turmus Ayya, villages north of Ramallah, and attacked farmers near Huwara, south of Nablus, the Palestinian Red Crescent said. Near Salfit, residents said settlers from Ariel had fenced off olive groves.

Israel says its operations aim to stop attacks by militants backed by Iran. Palestinians say they amount to collective punishment.

Traffic at the Allenby Bridge crossing with Jordan, the only way out of the West Bank for most Palestinians, was suspended for several hours on Monday after a shooting near the crossing, Jordanian officials said. Travelers waited in Jericho before being allowed to cross toward Amman.

Doran reported from Jerusalem.
""", [
    ("Israeli", "IL", C), ("Tulkarm", "PS", T), ("West Bank", "PS", N), ("TULKARM", "PS", T),
    ("Nur Shams", "PS", T, (32.31, 35.07)), ("Palestinians", "PS", C), ("United Nations", X, X),
    ("Palestinian", "PS", C), ("Anabta", "PS", T), ("Jenin", "PS", T), ("Jenin Brigade", "PS", Q),
    ("Israel", "IL", C), ("Tammun", "PS", T), ("Far'a", "PS", T, (32.29, 35.34)), ("Tubas", "PS", T),
    ("Balata", "PS", T, (32.21, 35.29)), ("Nablus", "PS", T), ("Jordan#1", X, X),
    ("American", "US", C), ("Palestinian Authority", "PS", Q), ("Palestinian Red Crescent", "PS", Q), ("Ramallah", "PS", T),
    ("Sinjil", "PS", T), ("Turmus Ayya", "PS", T), ("Huwara", "PS", T), ("Salfit", "PS", T),
    ("Ariel", "PS|IL", T, (32.11, 35.18)), ("Iran", "IR", C), ("Allenby Bridge", "PS|JO", N, (31.87, 35.54)),
    ("Jordan#2", "JO", C), ("Jordanian", "JO", C), ("Jericho", "PS", T), ("Amman", "JO", T),
    ("Jerusalem", "IL|PS", T),
])

add("b", """Israeli strikes hit south Lebanon villages despite ceasefire, killing five

Israel says it targeted Hezbollah sites north and south of the Litani River; Lebanon's president calls for pressure on Israel to withdraw from five hilltop positions.

By Rania Haddad
Published On 27 Oct 2025

Israeli air strikes and drone attacks killed at least five people across southern Lebanon on Monday, the Lebanese Ministry of Public Health said, in one of the most intense days of bombardment since a ceasefire between Israel and Hezbollah took effect in November 2024.

A drone struck a car on the road between Bint Jbeil and Aitaroun, killing two men, while another strike hit a house on the outskirts of Nabatieh, killing a woman and her son. A fifth person was killed in Kfar Kila, a border village largely destroyed during last year's war, state news agency NNA reported.

The Israeli military said it hit "Hezbollah infrastructure" in the areas of Khiam, Yaroun and Mays al-Jabal, and a weapons depot north of the Litani in the Iqlim al-Tuffah region. It accused the group of trying to rebuild its capabilities in violation of the truce.

Reporting from Marjayoun, Al Jazeera's correspondent said residents of Aita al-Shaab and Maroun al-Ras, who had started to return, were again leaving for Tyre and Sidon. "We rebuilt one room. Now we are leaving again," said Hussein Jaber, a farmer from Odaisseh.

Under the ceasefire, negotiated with US and French mediation, Hezbollah was to withdraw its fighters north of the Litani River, about 30km (20 miles) from the border, while the Lebanese army deployed in the south alongside UNIFIL peacekeepers, whose headquarters are in Naqoura. Israel has kept troops at five hilltop positions inside Lebanon and carries out near-daily strikes.

President Joseph Aoun said in Beirut that Lebanon remained committed to the agreement and called on Washington and Paris to press Israel to stop its attacks and withdraw from occupied Lebanese land. Israeli strikes have also hit the Bekaa Valley, including areas around Baalbek and Hermel near the Syrian border, and in June hit buildings in Dahiyeh, the southern suburbs of Beirut.

In northern Israel, the mayor of Kiryat Shmona told Israeli radio that residents of Metula and other border communities would not return until Hezbollah was "pushed far away from the fence".
""", [
    ("Israeli", "IL", C), ("Lebanon", "LB", C), ("Israel", "IL", C), ("Hezbollah", X, X),
    ("Litani River", S, N), ("Litani", S, N), ("Lebanese", "LB", C),
    ("Bint Jbeil", "LB", T, (33.12, 35.43)), ("Aitaroun", "LB", T, (33.12, 35.47)),
    ("Nabatieh", "LB", T, (33.38, 35.48)), ("Kfar Kila", "LB", T, (33.28, 35.55)),
    ("Khiam", "LB", T, (33.33, 35.61)), ("Yaroun", "LB", T, (33.08, 35.42)),
    ("Mays al-Jabal", "LB", T, (33.17, 35.52)), ("Iqlim al-Tuffah", "LB", N, (33.47, 35.52)),
    ("Marjayoun", "LB", T, (33.36, 35.59)), ("Al Jazeera", X, X),
    ("Aita al-Shaab", "LB", T, (33.10, 35.34)), ("Maroun al-Ras", "LB", T, (33.10, 35.45)),
    ("Tyre", "LB", T), ("Sidon", "LB", T), ("Odaisseh", "LB", T, (33.25, 35.55)),
    ("US", "US", C), ("French", "FR", C), ("Naqoura", "LB", T, (33.12, 35.14)),
    ("Beirut", "LB", T), ("Washington", "US", T, (38.90, -77.04)), ("Paris", "FR", T),
    ("Bekaa Valley", "LB", N), ("Baalbek", "LB", T), ("Hermel", "LB", T), ("Syrian", "SY", C),
    ("Dahiyeh", "LB", T, (33.85, 35.51)), ("Kiryat Shmona", "IL", T), ("Metula", "IL", T),
])

add("b", """Syria: Weekly Conflict Monitor | 1-7 November 2025

Overview
Political violence in Syria rose 18% compared with the previous week, driven by clashes between government forces and the Syrian Democratic Forces (SDF) east of Aleppo, an Islamic State (IS) attack in Deir ez-Zor governorate and renewed unrest in the south. Fatalities were reported in 11 of the country's 14 governorates.

Key developments
- Aleppo: Clashes between Ministry of Defense units and the SDF near Deir Hafer and the Tishreen Dam on the Euphrates left at least 14 fighters dead. Turkish drones struck an SDF vehicle near Kobani on 4 November. In Aleppo city, shelling hit the Sheikh Maqsoud neighborhood, which remains under Kurdish-led administration.
- Deir ez-Zor: IS cells attacked a government checkpoint near Mayadin and killed a local commander in Hajin, on the eastern bank of the Euphrates. The SDF and US forces conducted a joint raid near Al-Hol camp in neighboring Hasakah governorate, arresting a suspected IS financier.
- Idlib and Hama: Unexploded ordnance killed seven civilians, including four children, near Saraqib and in farmland west of Jisr al-Shughur. Returnees to the Ghab Plain and to Khan Shaykhun, in southern Idlib, face widespread contamination, according to the HALO Trust.
- Homs: Sectarian killings continued. Gunmen killed three Alawite men in Tal Kalakh near the Lebanese border, and a car bomb in a Homs market wounded 11. Security forces launched a campaign around Qusayr to curb smuggling from Lebanon's Hermel district.
- Coast: In Latakia governorate, armed men attacked a security convoy near Jableh; the interior ministry blamed remnants of the former regime. Protests were reported in Tartus over power cuts.
- South: In Daraa, unidentified gunmen assassinated a former opposition commander in Nawa and a local council member in Tafas. In Sweida, Druze factions and Bedouin tribes exchanged fire on the road to Damascus, and Israeli drones struck a vehicle near Busra al-Sham, in eastern Daraa, which Israel said belonged to "weapons smugglers."

Analyst note
"The east-of-Aleppo front is the barometer for the March integration deal," said Hana Darwish, a senior researcher at the Syria Program of an international think tank. "If fighting around the Tishreen Dam escalates, Raqqa and Qamishli will feel it within weeks."
""", [
    ("Syria", "SY", C), ("Syrian Democratic Forces", "SY", Q), ("Aleppo#1,3,4", "SY", T), ("Aleppo#2", "SY", A), ("Islamic State", X, X),
    ("Deir ez-Zor governorate", "SY", A), ("Deir ez-Zor", "SY", A),
    ("Deir Hafer", "SY", T), ("Tishreen Dam", "SY", N, (36.38, 38.18)), ("Euphrates", S, N), ("Turkish", "TR", C),
    ("Kobani", "SY", T), ("Sheikh Maqsoud", "SY", T, (36.23, 37.16)), ("Kurdish", S, Q),
    ("Mayadin", "SY", T), ("Hajin", "SY", T, (34.70, 40.83)), ("US", "US", C),
    ("Al-Hol", "SY", T, (36.38, 41.15)), ("Hasakah governorate", "SY", A),
    ("Idlib#1", "SY", A), ("Hama", "SY", A), ("Saraqib", "SY", T), ("Jisr al-Shughur", "SY", T, (35.81, 36.32)),
    ("Ghab Plain", "SY", N, (35.70, 36.35)), ("Khan Shaykhun", "SY", T, (35.44, 36.65)), ("Idlib#2", "SY", A),
    ("Homs#1", "SY", A), ("Tal Kalakh", "SY", T, (34.67, 36.26)), ("Lebanese", "LB", C), ("Homs#2", "SY", T),
    ("Qusayr", "SY", T), ("Lebanon", "LB", C), ("Hermel district", "LB", N, (34.39, 36.38)),
    ("Latakia governorate", "SY", A), ("Jableh", "SY", T), ("Tartus", "SY", T), ("Daraa#1", "SY", A),
    ("Nawa", "SY", T, (32.89, 36.04)), ("Tafas", "SY", T, (32.74, 36.07)), ("Sweida", "SY", A),
    ("Damascus", "SY", T), ("Israeli", "IL", C), ("Busra al-Sham", "SY", T, (32.52, 36.48)),
    ("Daraa#2", "SY", A), ("Israel", "IL", C), ("Raqqa", "SY", T), ("Qamishli", "SY", T, (37.05, 41.22)), ("Syria Program", "SY", Q),
])

add("b", """Huthis claim drone attack on bulk carrier in Red Sea as US strikes Hodeida port

SANAA, Aug 19, 2025 (AFP) - Yemen's Huthi rebels said Tuesday they had attacked a Liberia-flagged bulk carrier in the Red Sea with drones and a ballistic missile, hours after US air strikes hit fuel facilities at the port of Hodeida.

The British military's United Kingdom Maritime Trade Operations (UKMTO) agency said a vessel sailing north 51 nautical miles (94 kilometres) west of Hodeida had reported an explosion near its bow and a fire that the crew brought under control. The Greek-operated ship, the Aegean Pride, was continuing to its next port of call, Jeddah, UKMTO said.

Huthi military spokesman Yahya Saree said in a televised statement that the ship belonged to a company that had defied the group's ban on entering the ports of "occupied Palestine," a reference to Israel's port of Eilat.

US Central Command said its forces struck "Huthi terrorist infrastructure" at Hodeida and at the Ras Isa oil terminal further north, which it said the rebels use to import fuel from Iran. The Huthi-run Al-Masirah television reported 12 dead, including port workers, and said strikes also hit a radar site on Kamaran island and an area near Zabid in Hodeida province.

The Iran-backed rebels, who control the capital Sanaa and much of Yemen's Red Sea coast, began attacking shipping in November 2023 in what they say is solidarity with Palestinians in Gaza. The campaign has forced many shipping companies to avoid the Bab el-Mandeb strait and the Suez Canal and instead sail around the Cape of Good Hope.

Traffic through the strait, which separates Yemen from Djibouti and Eritrea, remains about 60 percent below 2023 levels, according to the IMF's PortWatch data.

On land, fighting flared on Monday between Huthi fighters and pro-government forces in Marib province, the last northern stronghold of the internationally recognised government, which is based in Aden. Government military sources said 17 fighters were killed near Sirwah, west of Marib city, and in the Harib district on the border with Shabwa province.

"The Huthis are showing they can still hit shipping and fight on the ground at the same time," said Salem Bafaqih, a researcher at Chatham House in London. "Strikes on Hodeida have not changed that calculation."

The rebels also fired a missile towards central Israel on Sunday, which the Israeli army said it intercepted. Israel has repeatedly bombed Hodeida, Salif and power stations around Sanaa.
""", [
    ("Red Sea", S, N), ("US", "US", C), ("Hodeida", "YE", T, (14.80, 42.95)), ("SANAA", "YE", T),
    ("Yemen", "YE", C), ("Liberia", "LR", Q), ("British", "GB", C), ("United Kingdom Maritime Trade Operations", "GB", Q),
    ("Greek", "GR", C), ("Aegean Pride", X, X), ("Jeddah", "SA", T), ("Palestine", "PS", C),
    ("Israel", "IL", C), ("Eilat", "IL", T), ("Ras Isa", "YE", T, (15.12, 42.83)), ("Iran", "IR", C),
    ("Kamaran", "YE", N, (15.35, 42.60)), ("Zabid", "YE", T), ("Hodeida province", "YE", A),
    ("Sanaa", "YE", T), ("Palestinians", "PS", C), ("Gaza", "PS", N), ("Bab el-Mandeb", S, N),
    ("Suez Canal", "EG", N), ("Cape of Good Hope", "ZA", N), ("Djibouti", "DJ", C), ("Eritrea", "ER", C),
    ("Marib province", "YE", A), ("Aden", "YE", T), ("Sirwah", "YE", T, (15.45, 45.02)),
    ("Marib", "YE", T), ("Harib", "YE", N, (14.93, 45.50)), ("Shabwa province", "YE", A),
    ("Chatham House", X, X), ("US Central Command", "US", Q), ("London", "GB", T), ("Israeli", "IL", C), ("Salif", "YE", T, (15.31, 42.67)),
])

add("b", """SUDAN: Flash Update No. 14 - El Fasher and Kordofan displacement (as of 6 November 2025)

Port Sudan, 6 November 2025 - Humanitarian partners continue to respond to the mass displacement from El Fasher, the capital of North Darfur state, after the Rapid Support Forces (RSF) took control of the city on 26 October, and to escalating hostilities across the Kordofan region.

HIGHLIGHTS
- Since 26 October, the International Organization for Migration (IOM) Displacement Tracking Matrix has recorded 88,900 people fleeing El Fasher and surrounding villages, most of them towards Tawila, about 60 kilometres to the west, and towards Mellit and Kutum in the north of the state.
- Survivors arriving in Tawila report killings, sexual violence and looting along the road, including around the Abu Shouk camp and the former Zamzam camp, which was emptied after an RSF attack in April.
- In North Kordofan, fighting near Bara and along the El Obeid-Kosti road has displaced more than 36,000 people. El Obeid, the state capital, has received at least 14,000 new arrivals.
- In South Kordofan, Kadugli and Dilling remain under siege, with food prices up to five times higher than in Khartoum.

Needs and response
Tawila, which hosted 650,000 displaced people before the latest influx, has only three functioning health facilities. Médecins Sans Frontières (MSF) reported treating 1,400 war-wounded patients in October. Cholera cases are rising in Tawila and in Jebel Marra, with 2,163 cases reported across the Darfur states since August.

About 12,000 people have crossed into Chad through Tine since 26 October, UNHCR said, while others continue west to Adre, the main crossing point into eastern Chad.

In Khartoum state, returns continue to Omdurman and parts of Khartoum North, with an estimated 1.2 million people having returned since government forces retook the capital in March. In Gezira State, markets in Wad Madani have reopened, but unexploded ordnance remains a major threat.

"The world watched El Fasher for 18 months and did not act. We cannot let the same happen to Kadugli and Dilling," said Amina Okoye, a spokesperson for the UN humanitarian office.

Funding
The 2025 Sudan Humanitarian Needs and Response Plan, which seeks $4.2 billion, is 25 per cent funded. The Sudan Humanitarian Fund allocated $10 million for the El Fasher response, including logistics hubs in Nyala, South Darfur, and in Kassala for supplies arriving through Port Sudan.
""", [
    ("SUDAN", "SD", C), ("El Fasher", "SD", T), ("Port Sudan", "SD", T), ("North Darfur state", "SD", A),
    ("Kordofan region", "SD", N), ("Kordofan#1", "SD", N),
    ("Tawila", "SD", T, (13.47, 24.80)), ("Mellit", "SD", T), ("Kutum", "SD", T),
    ("Abu Shouk", "SD", T, (13.66, 25.33)), ("Zamzam", "SD", T, (13.48, 25.30)), ("North Kordofan", "SD", A),
    ("Bara", "SD", T, (13.70, 30.37)), ("El Obeid", "SD", T), ("Kosti", "SD", T), ("South Kordofan", "SD", A),
    ("Kadugli", "SD", T), ("Dilling", "SD", T), ("Khartoum", "SD", T), ("Jebel Marra", "SD", N, (12.95, 24.27)),
    ("Darfur", "SD", N), ("Chad", "TD", C), ("Tine", "SD", T, (15.02, 22.80)), ("Adre", "TD", T),
    ("Khartoum state", "SD", A), ("Omdurman", "SD", T), ("Khartoum North", "SD", T, (15.64, 32.55)),
    ("Gezira State", "SD", A), ("Wad Madani", "SD", T), ("Sudan#2,3", "SD", Q),
    ("Nyala", "SD", T), ("South Darfur", "SD", A), ("Kassala", "SD", T),
])

add("b", """In Mali's north, a fuel blockade and a bruised army test the junta's Russian bet

By Amadou Traore and Clara Lemaire

BAMAKO, Oct 30, 2025 (AFP) - When jihadists torched a convoy of 40 fuel tankers on the road from Kayes in early September, few in Bamako expected the blockade to last. Two months later, queues for petrol stretch for kilometres across the Malian capital, schools are closed and the ruling junta is facing its gravest test since it seized power in 2020.

The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) declared the blockade on fuel imports from Senegal and Ivory Coast, attacking trucks on the highways to Kayes and Nioro du Sahel in the west and around Segou in the centre.

In the north, the army and its Russian allies have struggled to hold territory they took from Tuareg-led rebels two years ago. Wagner, which led the 2023 offensive on Kidal, left Mali in June and was replaced by Russia's defence ministry-run Africa Corps. Diplomats in Bamako say the new force is more cautious than its predecessor.

"Kidal is held, but only the town. Between Kidal and Tessalit nothing moves without an escort," said a Western security source who asked not to be named. Last year rebels and jihadists ambushed a Malian and Wagner column at Tinzaouaten, on the Algerian border, killing dozens of Russian fighters.

Around Timbuktu, JNIM has enforced a partial siege since 2023, cutting the road south to Goundam and shelling the airport. In the Menaka region, near the border with Niger, fighters of the Islamic State Sahel Province have killed hundreds of civilians, according to Human Rights Watch.

The violence spills across the Liptako-Gourma tri-border area. In Burkina Faso, JNIM fighters overran an army base in Djibo in May, and the massacre at Barsalogho in 2024 remains the deadliest single attack in the country's history. In Niger's Tillaberi region, gunmen killed 22 worshippers in a mosque near Banibangou in June; Niamey blamed the Islamic State.

The three juntas, which have left the Economic Community of West African States (ECOWAS) and formed the Alliance of Sahel States (AES), have expelled French troops and turned to Moscow for security help.

"The Russians sold a quick victory. What Malians are getting is a war that reaches Bamako through the petrol pump," said Moussa Sangare, a political scientist in Dakar.
""", [
    ("Mali", "ML", C), ("Russian", "RU", C), ("BAMAKO", "ML", T), ("Kayes", "ML", T, (14.45, -11.44)),
    ("Bamako", "ML", T), ("Malian", "ML", C), ("Senegal", "SN", C), ("Ivory Coast", "CI", C),
    ("Nioro du Sahel", "ML", T), ("Segou", "ML", T), ("Wagner", X, X), ("Kidal", "ML", T),
    ("Russia", "RU", C), ("Africa Corps", S, Q), ("Tessalit", "ML", T), ("Western", X, X),
    ("Tinzaouaten", "ML", T, (19.95, 2.96)), ("Algerian", "DZ", C), ("Timbuktu", "ML", T),
    ("Goundam", "ML", T), ("Menaka region", "ML", A), ("Niger", "NE", C),
    ("Islamic State Sahel Province", S, Q), ("Liptako-Gourma", S, N), ("Burkina Faso", "BF", C),
    ("Djibo", "BF", T), ("Barsalogho", "BF", T, (13.42, -1.06)), ("Tillaberi region", "NE", A),
    ("Banibangou", "NE", T, (15.04, 2.70)), ("Niamey", "NE", T), ("Islamic State#2", X, X),
    ("West African", S, Q), ("Alliance of Sahel States", S, Q), ("French", "FR", C), ("Moscow", "RU", T),
    ("Russians", "RU", C), ("Malians", "ML", C), ("Dakar", "SN", T),
])

add("b", """Regional Overview: Africa | 25-31 October 2025

Democratic Republic of Congo: M23 pushes west of Masisi as Doha talks stall
Fighting between the Rwanda-backed M23/AFC and Wazalendo militias intensified in North Kivu, where M23 fighters advanced from Masisi territory towards Walikale. Clashes were also recorded in Rutshuru territory, near Kiwanja, and along the Lubero front. In South Kivu, M23 shelled positions of the Congolese army (FARDC) and Burundian troops north of Uvira, and a grenade attack in a market in Bukavu killed three people. In Goma, which M23 has controlled since January, residents reported night-time abductions in the Katindo and Majengo neighbourhoods. A new round of talks in Doha was postponed, while the Kinshasa government accused Kigali of reinforcing M23 positions around Sake and Minova. Further north in Ituri province, CODECO militiamen attacked a displacement site near Bunia, killing 11.

Somalia: Al-Shabaab regains ground in Middle Shabelle
Al-Shabaab militants retook several villages in the Middle Shabelle region, including areas near Balcad, 30 km north of Mogadishu, after government-allied clan militias withdrew. Federal forces and African Union troops conducted airstrikes near Afgoye in Lower Shabelle. In Puntland, security forces continued operations against the Islamic State in the Cal Miskaad mountains of the Bari region, while a US airstrike targeted Al-Shabaab fighters near Kismayo in Jubaland. Political tensions between Mogadishu and the Jubaland and Puntland administrations over next year's elections persisted.

Ethiopia: Fano attacks in Amhara; tension on the Tigray-Eritrea border
Fano militias and the Ethiopian National Defense Force (ENDF) clashed in all zones of the Amhara region, with the heaviest fighting in East Gojjam near Debre Markos and around Lalibela in North Wollo. Drone strikes were reported near Gondar. In Tigray, a split within the Tigray People's Liberation Front (TPLF) fuelled clashes between rival forces near Alamata, while residents of Adigrat and Shire reported Eritrean troop movements along the border. Officials in Mekelle warned that a return to war between Addis Ababa and Asmara would "drag Tigray into a conflict it did not choose".

ACLED recorded 412 political violence events and 1,216 reported fatalities across Africa in the week, with Sudan, the Democratic Republic of Congo and Nigeria accounting for more than half of all fatalities.
""", [
    ("Africa", S, N), ("Democratic Republic of Congo", "CD", C), ("Masisi", "CD", N, (-1.40, 28.81)),
    ("Doha", "QA", T), ("Rwanda", "RW", C), ("North Kivu", "CD", A), ("Walikale", "CD", T, (-1.42, 28.05)),
    ("Rutshuru", "CD", N, (-1.19, 29.45)), ("Kiwanja", "CD", T, (-1.19, 29.46)),
    ("Lubero", "CD", T, (-0.16, 29.24)), ("South Kivu", "CD", A), ("Congolese", "CD", C), ("Burundian", "BI", C),
    ("Uvira", "CD", T), ("Bukavu", "CD", T), ("Goma", "CD", T), ("Katindo", "CD", N, (-1.67, 29.23)),
    ("Majengo", "CD", N, (-1.67, 29.23)), ("Kinshasa", "CD", T), ("Kigali", "RW", T), ("Sake", "CD", T, (-1.57, 29.04)),
    ("Minova", "CD", T, (-1.70, 29.00)), ("Ituri province", "CD", A), ("Bunia", "CD", T),
    ("Somalia", "SO", C), ("Al-Shabaab", X, X), ("Middle Shabelle", "SO", A), ("Balcad", "SO", T, (2.36, 45.39)),
    ("Mogadishu", "SO", T), ("African Union", X, X), ("Afgoye", "SO", T), ("Lower Shabelle", "SO", A),
    ("Puntland", "SO", N), ("Islamic State", X, X), ("Cal Miskaad", "SO", N), ("Bari region", "SO", A),
    ("US", "US", C), ("Kismayo", "SO", T), ("Jubaland", "SO", N),
    ("Ethiopia", "ET", C), ("Amhara", "ET", A), ("Tigray", "ET", A), ("Eritrea", "ER", C),
    ("Ethiopian National Defense Force", "ET", Q), ("East Gojjam", "ET", N, (10.35, 37.73)), ("Debre Markos", "ET", T),
    ("Lalibela", "ET", T), ("North Wollo", "ET", N, (11.83, 39.59)), ("Gondar", "ET", T),
    ("Tigray People's Liberation Front", "ET", Q), ("Alamata", "ET", T), ("Adigrat", "ET", T),
    ("Shire", "ET", T, (14.10, 38.28)), ("Fano", X, X), ("Eritrean", "ER", C), ("Mekelle", "ET", T), ("Addis Ababa", "ET", T),
    ("Asmara", "ER", T), ("Sudan", "SD", C), ("Nigeria", "NG", C),
])

# ======================= (c) Asia, the Caucasus and the Americas =======================

add("c", """Arakan Army tightens ring around Sittwe as junta airstrikes kill dozens in Rakhine and Sagaing

BANGKOK (Reuters) - Myanmar's Arakan Army has cut the last land routes into Sittwe, the capital of western Rakhine State, and is shelling positions on the edge of the city, residents and the rebel group said, as the military intensifies airstrikes across the country ahead of a planned election.

The Arakan Army (AA), which now controls 14 of Rakhine's 17 townships, including Maungdaw on the border with Bangladesh, captured military outposts in Ponnagyun township north of Sittwe last week. Boats carrying rice from Yangon and the Ayeyarwady Region have stopped reaching the city's port, and residents said a sack of rice now costs four times what it did in January.

"There is no way out except by air or sea, and the flights are only for soldiers," a Sittwe resident told Radio Free Asia by phone.

The AA is also fighting for Kyaukphyu, home to a deep-sea port and the terminus of Chinese-built oil and gas pipelines that run across Myanmar to Kunming in China's Yunnan province. Beijing has urged both sides to protect Chinese investments.

Rights groups say both the military and the AA have committed abuses against Rohingya Muslims in northern Rakhine. Thousands have fled across the Naf River to Teknaf and the camps of Cox's Bazar, which already host about one million refugees.

In central Myanmar, a military airstrike on a village market in Sagaing Region's Shwebo district killed at least 27 people on Sunday, according to the opposition National Unity Government and local media outlet Myanmar Now. Sagaing, the heartland of the resistance, has been hit by more airstrikes than any other region since the 2021 coup, according to conflict monitors. The Irrawaddy reported strikes on two villages near Monywa, on the Chindwin River.

In northern Shan State, the military retook Lashio in April after the Myanmar National Democratic Alliance Army withdrew under pressure from China, and government troops are now pushing toward Hsipaw and Kyaukme, the Ta'ang National Liberation Army said.

The junta plans to hold a phased election starting on Dec. 28 in areas it controls, including Mandalay and the capital Naypyitaw, a vote Western governments and the United Nations have dismissed as a sham.

(Reporting by Reuters staff; Editing by Helen Marsh)
""", [
    ("Arakan Army", "MM", Q), ("Sittwe", "MM", T), ("Rakhine", "MM", A), ("Sagaing", "MM", A),
    ("BANGKOK", "TH", T), ("Myanmar", "MM", C), ("Rakhine State", "MM", A),
    ("Maungdaw", "MM", T, (20.82, 92.37)), ("Bangladesh", "BD", C), ("Ponnagyun", "MM", N, (20.33, 92.98)),
    ("Yangon", "MM", T), ("Ayeyarwady Region", "MM", A), ("Radio Free Asia", X, X),
    ("Kyaukphyu", "MM", T, (19.43, 93.55)), ("Chinese", "CN", C), ("Kunming", "CN", T),
    ("China", "CN", C), ("Yunnan province", "CN", A), ("Beijing", "CN", T), ("Rohingya", X, X),
    ("Naf River", S, N), ("Teknaf", "BD", T), ("Cox's Bazar", "BD", T),
    ("Sagaing Region", "MM", A), ("Shwebo district", "MM", N, (22.57, 95.70)), ("Myanmar Now", X, X),
    ("The Irrawaddy", X, X), ("Monywa", "MM", T), ("Chindwin River", S, N),
    ("Shan State", "MM", A), ("Lashio", "MM", T), ("Myanmar National Democratic Alliance Army", "MM", Q),
    ("Hsipaw", "MM", T, (22.62, 97.30)), ("Kyaukme", "MM", T), ("Mandalay", "MM", T), ("Naypyitaw", "MM", T),
    ("Western", X, X), ("United Nations", X, X),
])

add("c", """Along Armenia's southern border, the 'Trump Route' is still a line on a map

By Anahit Grigoryan and Rufat Aliyev | OC Media

MEGHRI, Armenia - From the hills above Meghri, the Araks River marks the border with Iran, and the railway that ran along its bank until 1991 is visible only as a strip of weeds. It is here, through a 42-kilometre stretch of Armenia's Syunik Province, that Armenia and Azerbaijan agreed in August to build a transit route linking mainland Azerbaijan with its Nakhchivan exclave.

The agreement, signed in Washington and branded the Trump Route for International Peace and Prosperity (TRIPP), is meant to be operated by a US-led consortium under Armenian law. Baku has long called it the "Zangezur corridor"; Yerevan avoids the phrase.

"Nobody here has seen a surveyor yet," said Artur Sargsyan, who runs a guesthouse in Agarak, a copper-mining town beside the Iranian border crossing. "People in Kapan and Goris are asking what happens to our land, and who will guard the road."

Tehran has warned against any change to its border with Armenia, which is its only land link to the country. Moscow, whose border guards left the Agarak checkpoint this year, has criticised the deal as a Western intrusion into the South Caucasus.

On the other side of the mountains, Azerbaijan is rebuilding the territories it retook in 2020 and 2023. In Khankendi, which Armenians call Stepanakert, new ministries and a university campus are rising in what was the capital of the breakaway Nagorno-Karabakh republic. Azerbaijani officials say 50,000 people now live in reconstructed towns and villages, including Shusha, Lachin, Fuzuli and Aghdam.

The roughly 100,000 Karabakh Armenians who fled in September 2023 are scattered across Armenia, many in Yerevan, Abovyan and Masis, and few expect to return. "My mother still keeps the keys to our house in Stepanakert," said Lusine Harutyunyan, 29, who now teaches in Goris. "Lachin is 30 kilometres away. It might as well be the moon."

The two countries still have to finalise a peace treaty, which Azerbaijan says requires Armenia to remove a reference to Karabakh from its constitution. Prime Minister Nikol Pashinyan has promised a referendum before the 2027 parliamentary elections. Azerbaijan's President Ilham Aliyev told a conference in Baku that the war was over but that peace still had to be built.

A Georgian-Azerbaijani rail link through Tbilisi remains the main overland route between Azerbaijan and Turkey until TRIPP is built.
""", [
    ("Armenia", "AM", C), ("OC Media", X, X), ("Trump Route for International Peace and Prosperity", X, X),
    ("MEGHRI", "AM", T), ("Meghri", "AM", T), ("Araks River", S, N), ("Iran", "IR", C),
    ("Syunik Province", "AM", A), ("Azerbaijan", "AZ", C), ("Nakhchivan", "AZ", A),
    ("Washington", "US", T, (38.90, -77.04)), ("US", "US", C), ("Armenian", "AM", C), ("Baku", "AZ", T),
    ("Zangezur", "AM", Q), ("Yerevan", "AM", T), ("Agarak", "AM", T, (38.87, 46.19)), ("Iranian", "IR", C),
    ("Kapan", "AM", T), ("Goris", "AM", T), ("Tehran", "IR", T), ("Moscow", "RU", T), ("Western", X, X),
    ("South Caucasus", S, N), ("Khankendi", "AZ", T), ("Armenians", "AM", C), ("Stepanakert", "AZ", N, (39.82, 46.75)),
    ("Nagorno-Karabakh", "AZ", N), ("Azerbaijani", "AZ", C), ("Shusha", "AZ", T), ("Lachin", "AZ", T),
    ("Fuzuli", "AZ", T), ("Aghdam", "AZ", T), ("Abovyan", "AM", T), ("Masis", "AM", T),
    ("Karabakh", "AZ", N), ("Georgian", "GE", C), ("Tbilisi", "GE", T), ("Turkey", "TR", C),
])

add("c", """Shelling across Kashmir frontier kills four as India and Pakistan trade blame

By TARIQ MIR and SADAF HAMID Associated Press

SRINAGAR, India (AP) - Indian and Pakistani troops exchanged heavy fire across the Line of Control in the disputed Himalayan region of Kashmir overnight, killing at least four civilians on both sides and wounding more than a dozen, officials said Wednesday, in the most serious violation of a ceasefire since the two countries fought a four-day conflict in May.

In Indian-administered Kashmir, police said Pakistani mortar shells hit homes in the Krishna Ghati sector of Poonch district and in Mendhar, killing a woman and her teenage son. Schools were closed in Poonch and neighboring Rajouri district, and hundreds of villagers moved into community bunkers.

"We heard the first shell at 11 at night and it did not stop until morning," said Mohammad Yousuf, a shopkeeper in Poonch town. "After May we thought it was finished."

Across the frontier, officials in Pakistan-administered Kashmir said Indian shelling killed two men in the Kotli district and damaged a mosque in Rawalakot. Authorities there ordered residents of villages along the Neelum Valley road, near Athmuqam, to stay indoors.

The Indian army accused Pakistani troops of opening "unprovoked" fire to help militants infiltrate. Pakistan's military said in a statement from Rawalpindi that Indian forces had targeted civilian areas and that it had responded "befittingly."

Prime Minister Shehbaz Sharif, speaking in Islamabad, said Pakistan wanted peace but would defend every inch of its territory. Sharif called on the United States, which helped broker the May ceasefire, to press New Delhi to return to talks. India's foreign ministry said there was no role for third parties in what it considers a bilateral matter.

The May fighting began after gunmen killed 26 people, mostly Hindu tourists, in a meadow near Pahalgam in April. India struck sites in Pakistan's Punjab province, including Bahawalpur and Muridke, as well as in Muzaffarabad, and Pakistan hit back with artillery and drones aimed at Jammu, Pathankot and Amritsar.

Kashmir is divided between India and Pakistan, and both claim it in full. Jammu and Kashmir was stripped of its semi-autonomous status in 2019 and split into two federally run territories, the other being Ladakh, which also borders China.

Hamid reported from Islamabad.
""", [
    ("Kashmir", S, N), ("India", "IN", C), ("Pakistan", "PK", C), ("SRINAGAR", "IN", T),
    ("Indian", "IN", C), ("Pakistani", "PK", C), ("Line of Control", "IN|PK", Q), ("Himalayan", S, Q),
    ("Krishna Ghati", "IN", N, (33.63, 74.10)), ("Poonch district", "IN", N, (33.77, 74.09)),
    ("Mendhar", "IN", T, (33.60, 74.13)), ("Poonch", "IN", T, (33.77, 74.09)),
    ("Rajouri district", "IN", N, (33.38, 74.31)), ("Kotli district", "PK", N, (33.52, 73.90)),
    ("Rawalakot", "PK", T), ("Neelum Valley", "PK", N, (34.60, 73.95)), ("Athmuqam", "PK", T, (34.58, 73.90)),
    ("Rawalpindi", "PK", T), ("Sharif", X, X), ("Islamabad", "PK", T, (33.72, 73.04)),
    ("United States", "US", C), ("New Delhi", "IN", T), ("Hindu", X, X), ("Pahalgam", "IN", T),
    ("Punjab province", "PK", A), ("Bahawalpur", "PK", T), ("Muridke", "PK", T), ("Muzaffarabad", "PK", T),
    ("Jammu#1", "IN", T), ("Pathankot", "IN", T), ("Amritsar", "IN", T), ("Jammu and Kashmir", "IN", A),
    ("Ladakh", "IN", A), ("China", "CN", C), ("Hamid", X, X),
])

add("c", """Militant attacks kill 19 in Balochistan, Khyber Pakhtunkhwa as Pakistan-Afghanistan border stays shut

ISLAMABAD, Nov 8 (Reuters) - Militants killed at least 19 people, most of them security personnel, in a string of attacks across Pakistan's Balochistan and Khyber Pakhtunkhwa provinces, officials said on Saturday, as the main border crossings with Afghanistan remained closed for a fourth week.

In Balochistan, gunmen stopped buses on the highway near Kalat and killed seven passengers after checking their identity cards, provincial government spokesman Farid Achakzai said. Separately, a roadside bomb hit a paramilitary Frontier Corps vehicle near Turbat in Kech district, killing four soldiers. The outlawed Baloch Liberation Army (BLA), which says it is fighting for the independence of the resource-rich province, claimed both attacks.

The BLA in March hijacked the Jaffar Express passenger train in the Bolan Pass, between Quetta and Sibi, in an attack that killed more than two dozen hostages. Balochistan is home to the Chinese-run port of Gwadar and other projects of the China-Pakistan Economic Corridor.

In Khyber Pakhtunkhwa, militants attacked a police station in Lakki Marwat and a checkpost in North Waziristan near Miranshah, killing eight policemen and soldiers, police said. A suicide bomber blew himself up outside a court in Bannu, wounding 12. The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed the Lakki Marwat attack.

Islamabad says the TTP operates from sanctuaries in Afghanistan, a charge the Taliban government in Kabul denies. Clashes along the 2,600-km (1,600-mile) border in October, including Pakistani air strikes in Kabul, Khost and Paktika, killed dozens before a ceasefire mediated by Qatar and Turkey.

Since then the Torkham crossing near the Khyber Pass and the Chaman crossing opposite Spin Boldak have been closed to trade, stranding thousands of trucks. "We lose 10 million rupees a day. The fruit from Kandahar rots at Chaman," said Haji Abdul Wahid, a transporter in Peshawar.

Afghan refugees deported from Pakistan continue to cross at Torkham on foot, the U.N. refugee agency said, with more than 900,000 returns this year. Many arrive in Nangarhar province with nothing, aid workers in Jalalabad said.

Talks between the two sides in Istanbul ended without agreement this week. Pakistan's defence ministry warned that the military would respond with full force to any further attacks from Afghan soil.

(Reporting by Saad Mirza in Islamabad and Waheed Kakar in Kabul; Editing by Tom Hale)
""", [
    ("Balochistan", "PK", A), ("Khyber Pakhtunkhwa", "PK", A), ("Pakistan", "PK", C), ("Afghanistan", "AF", C),
    ("ISLAMABAD", "PK", T), ("Kalat", "PK", T, (29.03, 66.59)), ("Frontier Corps", X, X),
    ("Turbat", "PK", T), ("Kech district", "PK", N, (26.00, 63.05)), ("Baloch Liberation Army", "PK", Q),
    ("Jaffar Express", X, X), ("Bolan Pass", "PK", N, (29.70, 67.50)), ("Quetta", "PK", T), ("Sibi", "PK", T),
    ("Chinese", "CN", C), ("Gwadar", "PK", T), ("China-Pakistan Economic Corridor", S, Q),
    ("Lakki Marwat", "PK", N, (32.61, 70.91)), ("North Waziristan", "PK", N, (32.99, 70.00)), ("Miranshah", "PK", T),
    ("Bannu", "PK", T), ("Pakistani", "PK", C), ("Tehreek-e-Taliban Pakistan", "PK", Q),
    ("Islamabad", "PK", T), ("Kabul", "AF", T), ("Khost", "AF", N), ("Paktika", "AF", A),
    ("Qatar", "QA", C), ("Turkey", "TR", C), ("Torkham", "AF|PK", T, (34.10, 71.09)), ("Khyber Pass", "AF|PK", N),
    ("Chaman", "PK", T), ("Spin Boldak", "AF", T), ("Kandahar", "AF", T, (31.61, 65.71)), ("Peshawar", "PK", T),
    ("Afghan", "AF", C), ("Nangarhar province", "AF", A), ("Jalalabad", "AF", T, (34.43, 70.45)),
    ("Istanbul", "TR", T),
])

add("c", """Security briefing: Water cannon at Scarborough, IS remnants in Lanao del Sur

By Jerome Villanueva | Philippine Daily Inquirer

MANILA - Two China Coast Guard ships fired water cannon at a Philippine fisheries vessel near Scarborough Shoal on Tuesday, the latest in a string of confrontations in the West Philippine Sea, while troops in Mindanao reported clashes with the remnants of a pro-Islamic State group near Marawi.

The Bureau of Fisheries and Aquatic Resources (BFAR) said the BRP Datu Sanday was delivering fuel to Filipino fishermen about 20 nautical miles east of the shoal when it was hit, damaging its antenna and flooding part of its deck. "They want us out of our own fishing grounds," said Commodore Renato Ilagan, who commands the coast guard district in Zambales. Fishermen from Masinloc and Subic have complained that Chinese ships block access to the lagoon.

Beijing's coast guard said it had "expelled" the Philippine vessel from waters around Huangyan Dao, China's name for the atoll, which lies 220 km west of Luzon and well within the Philippines' exclusive economic zone.

Further south in the Spratly Islands, the Armed Forces of the Philippines said a resupply mission to the BRP Sierra Madre, the rusting warship grounded on Second Thomas Shoal, was completed without incident under a provisional arrangement with Beijing. Navy spokesperson Rear Admiral Elena Cabrera said Chinese militia ships had also been monitored around Sabina Shoal and off Pag-asa Island. The missions are launched from Puerto Princesa in Palawan.

In Mindanao, the army's 103rd Infantry Brigade said two soldiers and four suspected Dawlah Islamiyah militants were killed in a firefight in the hinterlands between Butig and Piagapo in Lanao del Sur, about 25 km south of Marawi. The city was devastated in 2017 when pro-IS fighters occupied it for five months, and some districts of its "ground zero" along Lake Lanao are still being rebuilt.

In the Bangsamoro region, police reported a roadside bomb attack on a convoy in Datu Piang, Maguindanao del Sur, ahead of the region's first parliamentary elections. In Sulu, which was separated from Bangsamoro by a Supreme Court ruling, officials in Jolo said a former Abu Sayyaf commander had surrendered with six firearms.

Analysts at the Manila-based Stratbase institute said the two fronts strain the same stretched navy. "Every ship sent to Scarborough is a ship not patrolling the Sulu Sea," one analyst said.
""", [
    ("Scarborough", S, N), ("Scarborough Shoal", S, N), ("Lanao del Sur", "PH", A), ("MANILA", "PH", T),
    ("China Coast Guard", "CN", Q), ("Philippine#2,4", "PH", C), ("Philippine Daily Inquirer", X, X),
    ("West Philippine Sea", S, N), ("Mindanao", "PH", N), ("Islamic State", X, X), ("Marawi", "PH", T),
    ("Datu Sanday", X, X), ("Filipino", "PH", C), ("Zambales", "PH", A), ("Masinloc", "PH", T),
    ("Subic", "PH", T, (14.88, 120.23)), ("Chinese", "CN", C), ("Beijing", "CN", T), ("Huangyan Dao", S, N),
    ("China", "CN", C), ("Luzon", "PH", N), ("Philippines", "PH", C), ("Spratly Islands", S, N),
    ("Armed Forces of the Philippines", "PH", Q), ("Sierra Madre", X, X), ("Second Thomas Shoal", S, N),
    ("Sabina Shoal", S, N), ("Pag-asa Island", S, N, (11.05, 114.28)), ("Puerto Princesa", "PH", T),
    ("Palawan", "PH", A), ("Butig", "PH", T), ("Piagapo", "PH", T, (8.00, 124.20)), ("Lake Lanao", "PH", N),
    ("Bangsamoro", "PH", A), ("Datu Piang", "PH", T), ("Maguindanao del Sur", "PH", A), ("Sulu#1", "PH", A),
    ("Jolo", "PH", T), ("Abu Sayyaf", X, X), ("Manila", "PH", T), ("Sulu Sea", S, N),
])

add("c", """Gangs push deeper into Haiti's Artibonite as new force prepares to deploy

By Jean Milcé and Laura Ortiz
The Associated Press

PORT-AU-PRINCE, Haiti - Gang members armed with assault rifles attacked the town of Petite-Rivière-de-l'Artibonite before dawn on Sunday, burning homes and killing at least 15 people, local officials said, as criminal groups extend their control from the capital into Haiti's central farming region.

Residents said the Gran Grif gang, based in Savien, entered from the south after crossing the Artibonite River near Pont-Sondé, where the same gang killed more than 100 people in October 2024. "They came with gallons of gasoline. They burned the church and the market," said Jean-Robert Michel, a deputy mayor, reached by phone in Saint-Marc, where hundreds of families fled.

The Artibonite department produces much of Haiti's rice, and farmers in Liancourt and Verrettes say they have abandoned their fields. The U.N.'s International Organization for Migration says more than 1.4 million Haitians are displaced, including 240,000 in the Artibonite and the neighboring Centre department, where gangs overran Mirebalais in March and Lascahobas soon after.

In Port-au-Prince, the Viv Ansanm gang coalition controls an estimated 90% of the metropolitan area. Gunmen attacked police in Delmas on Saturday and fired at homes in the hills of Kenscoff, one of the last areas above the capital not under gang control. In Pétion-Ville, business owners said they pay "taxes" to two different gangs. Croix-des-Bouquets and Cabaret, north of the capital, have been under gang control for months.

The U.N. Security Council in September authorized a Gang Suppression Force of up to 5,550 personnel to replace the Kenya-led Multinational Security Support mission, whose police officers from Kenya, Guatemala, El Salvador, Jamaica and the Bahamas have struggled with a lack of funds and equipment. Officials in Port-au-Prince said the first new contingents could arrive early next year.

Flights to Port-au-Prince remain largely suspended, and most travelers fly in to Cap-Haïtien in the north or cross by land from the Dominican Republic, which has deported more than 300,000 Haitians this year.

"Every month we wait, the gangs take another commune," said Marie-Claude Jean-Baptiste, a program manager at the National Human Rights Defense Network in Port-au-Prince.

Ortiz reported from San Juan, Puerto Rico.
""", [
    ("Haiti", "HT", C), ("Artibonite#1", "HT", A), ("PORT-AU-PRINCE", "HT", T),
    ("Petite-Rivière-de-l'Artibonite", "HT", T, (19.13, -72.48)), ("Gran Grif", X, X), ("Savien", "HT", T, (19.15, -72.55)),
    ("Artibonite River", S, N), ("Pont-Sondé", "HT", T, (19.15, -72.61)), ("Saint-Marc", "HT", T, (19.11, -72.70)),
    ("Artibonite department", "HT", A), ("Liancourt", "HT", T, (19.13, -72.53)), ("Verrettes", "HT", T),
    ("Haitians", "HT", C), ("Artibonite#5", "HT", A), ("Centre department", "HT", A), ("Mirebalais", "HT", T),
    ("Lascahobas", "HT", T), ("Port-au-Prince", "HT", T), ("Viv Ansanm", X, X), ("Delmas", "HT", T, (18.54, -72.30)),
    ("Kenscoff", "HT", T), ("Pétion-Ville", "HT", T, (18.51, -72.29)), ("Croix-des-Bouquets", "HT", T),
    ("Cabaret", "HT", T, (18.74, -72.42)), ("Kenya", "KE", C), ("Guatemala", "GT", C), ("El Salvador", "SV", C),
    ("Jamaica", "JM", C), ("Bahamas", "BS", C), ("Cap-Haïtien", "HT", T), ("Dominican Republic", "DO", C),
    ("San Juan", "PR|US", T, (18.47, -66.11)), ("Puerto Rico", "PR|US", N),
])

add("c", """Fourteen months into Sinaloa's cartel war, Culiacán learns to live with a curfew it never declared

By Lucía Ramírez Ochoa

CULIACÁN, Mexico - At 7 p.m. the shutters come down along Avenida Obregón. Since September last year, when the Sinaloa Cartel split in two weeks after Ismael "El Mayo" Zambada was detained in Texas, residents of Sinaloa's capital have imposed their own curfew.

The war between the faction loyal to Zambada's son, known as La Mayiza, and Los Chapitos, the sons of Joaquín "El Chapo" Guzmán, has killed more than 2,100 people in Sinaloa and left over 2,400 missing, according to the state prosecutor's office. Bodies have been left on bridges in Culiacán, on the highway to Mazatlán and in sugarcane fields near Navolato.

The fighting is fiercest in the southern outskirts of the city and in farming towns such as Costa Rica and Eldorado, where gunmen from both sides fight for control of drug routes toward the coast. Rival cells have also clashed in Cosalá and Escuinapa, and the violence has spilled into the neighboring states of Durango and Sonora. "We are the ones in the middle. My nephew was taken at a checkpoint outside Costa Rica and we never found him," said a woman who sells tamales at a Culiacán market and asked not to be named.

Mexico's government has sent more than 11,000 soldiers and National Guard troops to Sinaloa. Security Minister Omar García Harfuch says homicides have fallen since the summer, though families and local reporters dispute the figures. Culiacán schools moved online twice this year, and the Mazatlán tourism board reported a 30 percent drop in domestic visitors.

Some 900 kilometers to the southeast, in Michoacán, a different war is grinding on. The Jalisco New Generation Cartel (CJNG) and local groups known as Cárteles Unidos fight over the lime and avocado belt around Apatzingán, Uruapan and Buenavista, using drones to drop explosives and laying landmines along rural roads of the Tierra Caliente region. Lime growers in Apatzingán went on strike in October to protest extortion, and soldiers were killed by a mine near Aguililla in May.

In Washington, the Trump administration has designated the Sinaloa Cartel and CJNG as foreign terrorist organizations, raising fears in Mexico City of unilateral U.S. strikes. President Claudia Sheinbaum has rejected any foreign military action on Mexican soil.

"Culiacán does not need marines from Virginia," said Ramón Lizárraga Félix, a veteran human rights activist in the city. "It needs a state that finds the disappeared."
""", [
    ("Sinaloa", "MX", A), ("Culiacán", "MX", T), ("CULIACÁN", "MX", T), ("Mexico", "MX", C),
    ("Avenida Obregón", "MX", Q), ("Texas", "US", A), ("Sinaloa Cartel", "MX", Q), ("La Mayiza", X, X),
    ("Mazatlán#1", "MX", T, (23.22, -106.42)), ("Mazatlán#2", "MX", Q), ("Navolato", "MX", T),
    ("Costa Rica", "MX", T, (24.59, -107.39)), ("Eldorado", "MX", T, (24.32, -107.37)),
    ("Michoacán", "MX", A), ("Jalisco New Generation Cartel", "MX", Q), ("Apatzingán", "MX", T, (19.09, -102.36)),
    ("Uruapan", "MX", T), ("Buenavista", "MX", T, (19.21, -102.59)), ("Tierra Caliente", "MX", N, (19.0, -102.3)),
    ("Aguililla", "MX", T), ("Cosalá", "MX", T), ("Escuinapa", "MX", T, (22.83, -105.78)),
    ("Durango", "MX", A), ("Sonora", "MX", A), ("Washington", "US", T, (38.90, -77.04)), ("Mexico City", "MX", T),
    ("U.S.", "US", C), ("Mexican", "MX", C), ("Virginia", "US", A),
])

add("c", """Colombia: Catatumbo and Cauca, the two fronts testing 'total peace'

Analysis | Conflict Monitor Latin America

Ten months after the ELN's offensive in Catatumbo displaced more than 60,000 people, the region along Colombia's border with Venezuela remains the country's most violent. In the rural areas of Tibú, El Tarra and Teorama, in Norte de Santander department, ELN guerrillas and the 33rd Front of the FARC dissidents continue to fight for control of coca fields and smuggling routes into Venezuela's Zulia state.

Key developments in October:
- Catatumbo: Drone attacks on army bases near Tibú killed three soldiers. The Ombudsman's Office issued an early warning for Ocaña and Hacarí after armed men set up checkpoints on the road to Cúcuta, where more than 20,000 displaced people still live in shelters and with relatives.
- Cauca: The Carlos Patiño Front of the dissident EMC attacked police stations in Argelia and El Plateado, the coca hub the army retook last year, and a car bomb exploded outside a school in Suárez. In Toribío and Corinto, Nasa indigenous guards detained six minors recruited by the Dagoberto Ramos Front.
- Valle del Cauca: A motorcycle bomb in Jamundí, south of Cali, wounded nine people. Authorities in Cali reinforced security at military installations after a truck bomb attack outside the city's air base in August.
- Elsewhere: The Gulf Clan (Clan del Golfo) expanded in southern Bolívar and around Bucaramanga in Santander, while Arauca recorded 14 killings linked to the ELN-dissident feud along the Venezuelan border.

"In Catatumbo the state arrives with soldiers and leaves with them," said Laura Suárez, a researcher at a Bogotá think tank who has worked in the region for a decade. "In Cauca it does not arrive at all."

President Gustavo Petro suspended talks with the ELN in January after the Catatumbo offensive. His government's negotiations with other groups, including the Comuneros del Sur in Nariño, continue, but analysts expect violence to rise before the presidential election in May.

Cauca's governor has asked Bogotá for more troops in the Micay canyon, between Popayán and the Pacific coast, where the EMC has operated largely unchallenged.
""", [
    ("Colombia", "CO", C), ("Catatumbo", "CO", N, (8.60, -73.00)), ("Cauca", "CO", A),
    ("Venezuela", "VE", C), ("Tibú", "CO", T), ("El Tarra", "CO", T), ("Teorama", "CO", T),
    ("Norte de Santander", "CO", A), ("Zulia state", "VE", A), ("Ocaña", "CO", T, (8.24, -73.36)),
    ("Hacarí", "CO", T), ("Cúcuta", "CO", T), ("Carlos Patiño Front", X, X),
    ("Argelia", "CO", T, (2.26, -77.25)), ("El Plateado", "CO", T, (2.28, -77.07)), ("Suárez#1", "CO", T, (2.95, -76.70)),
    ("Toribío", "CO", T), ("Corinto", "CO", T, (3.17, -76.26)), ("Nasa", X, X), ("Dagoberto Ramos Front", X, X),
    ("Valle del Cauca", "CO", A), ("Jamundí", "CO", T), ("Cali", "CO", T, (3.43, -76.52)),
    ("Gulf Clan", "CO", Q), ("Clan del Golfo", "CO", Q), ("Bolívar", "CO", A), ("Bucaramanga", "CO", T),
    ("Santander", "CO", A), ("Arauca", "CO", A), ("Venezuelan", "VE", C), ("Suárez#2", X, X),
    ("Bogotá", "CO", T), ("Comuneros del Sur", X, X), ("Nariño", "CO", A), ("Micay canyon", "CO", N, (2.50, -77.10)),
    ("Popayán", "CO", T), ("Pacific", S, N), ("Latin America", S, Q),
])


CASES = [(t, e) for g, t, e in RAW]
GENRES = [g for g, t, e in RAW]
