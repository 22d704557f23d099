"""science: a held-out evaluation set of 40 science, climate, environment, space and
archaeology news articles (150-350 words each), written in the styles of science desks and
outlets (Reuters, AP, AFP, Nature News, Mongabay, Carbon Brief, The Conversation, Xinhua,
Kyodo, The Canadian Press and the like).

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; it was not run through geomap while being written, and the text was not tuned to it.
Places are real; findings and quotes are partly invented.

Genres (GENRES gives one letter per article):
  a (14 articles): earth, climate, oceans and hazards: glaciers and ice sheets, volcanoes,
     reefs, droughts, heatwaves, earthquakes, floods, ocean circulation.
  b (13 articles): life sciences, wildlife and conservation, public health studies, fossils
     and archaeology.
  c (13 articles): space launches, observatories and physics, polar and ocean expeditions,
     research policy and funding.

Conventions (see ../article_runner.py for the format):
  - every place a careful reader would put on a map is listed, every occurrence, including
    ALL-CAPS datelines ("TOWNSVILLE, Australia (Reuters) -") and abbreviations ("Calif.").
  - C = country, A = admin1/admin2/region, T = city/town/village, N = any kind (rivers, seas,
    glaciers, ice shelves, islands, mountains, deserts, parks, research stations, macro-regions).
  - country "*" for features spanning countries (rivers, seas, ranges, continents, the Sahel),
    "A|B" where two codes are defensible (Svalbard SJ|NO, French Guiana GF|FR); Antarctic
    features are AQ, the continent itself "*".
  - Demonyms and adjectives ("Icelandic", "Swedish", "European", "US" as a modifier) are kind
    Q ("?") with their country ("*" for continental ones): debatable, not counted, but a result
    in another country is spurious.
  - Universities, institutes, museums, telescopes, observatories, missions, species, fossils,
    diseases, ships and currents named after places ("University of Oxford", "Java Man",
    "Tasmanian devils", "Lyme disease", "Atlantic salmon", "Indian Ocean Dipole") are listed with
    country "-" (any result there is spurious). Organisations and facilities whose name contains
    the place they stand for ("Public Health Agency of Canada", "Baikonur Cosmodrome",
    "Kennedy Space Center") are listed as Q with that country.
  - namesakes carry a hint, usually (lat, lon) within 40 km of the intended entry, or a US
    state code ("US.SD" for Lead, South Dakota).
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: earth, climate, oceans, hazards

add("a", """Warm seawater reaching further under 'Doomsday Glacier' than thought, survey finds

By Helen Marsh, Science Correspondent

CAMBRIDGE, England - Seawater is being pumped several kilometres beneath Thwaites Glacier in West Antarctica at every high tide, melting the ice from below far faster than models assume, according to a study led by researchers at the British Antarctic Survey in Cambridge.

The team, working from the polar research ship RRS Sir David Attenborough, which sailed from Punta Arenas in southern Chile in January, used radar and an autonomous submarine to map the glacier's grounding zone where it meets the Amundsen Sea.

Thwaites, roughly the size of Florida, drains into the Amundsen Sea alongside its neighbour, Pine Island Glacier. Together the two hold enough ice to raise global sea levels by more than half a metre, and their collapse could destabilise much of the ice sheet covering West Antarctica.

"Every tide pushes warm water a little deeper under the ice," said Anna Kowalski, a glaciologist at the University of Gothenburg in Sweden who was not involved in the work. "It is exactly the mechanism we feared."

Some of the drilling equipment was flown in from McMurdo Station, the American base on Ross Island, after being shipped through Christchurch, New Zealand. The work is part of the International Thwaites Glacier Collaboration, a programme funded by Britain's Natural Environment Research Council and the National Science Foundation.

Next season the researchers plan to survey the Dotson Ice Shelf and the Getz Ice Shelf further west, operating from Rothera Research Station on the Antarctic Peninsula. Thwaites alone already contributes about 4% of annual sea-level rise, the authors note, and Antarctica as a whole is now losing about 150 billion tonnes of ice a year.""", [
    ("CAMBRIDGE", "GB", T, (52.2, 0.12)),
    ("England", "GB", A),
    ("Thwaites Glacier", "AQ", N),
    ("Thwaites", "AQ", N),
    ("West Antarctica", "AQ", N),
    ("British Antarctic Survey", "-", N),
    ("Cambridge", "GB", T, (52.2, 0.12)),
    ("RRS Sir David Attenborough", "-", N),
    ("Punta Arenas", "CL", T),
    ("Chile", "CL", C),
    ("Amundsen Sea", "*", N),
    ("Florida", "US", A),
    ("Pine Island Glacier", "AQ", N),
    ("University of Gothenburg", "-", N),
    ("Sweden", "SE", C),
    ("McMurdo Station", "AQ", N),
    ("American", "US", Q),
    ("Ross Island", "AQ", N),
    ("Christchurch", "NZ", T),
    ("New Zealand", "NZ", C),
    ("International Thwaites Glacier Collaboration", "AQ", Q),
    ("Britain", "GB", C),
    ("Dotson Ice Shelf", "AQ", N),
    ("Getz Ice Shelf", "AQ", N),
    ("Rothera Research Station", "AQ", N),
    ("Antarctic Peninsula", "AQ", N),
    ("Antarctica", "*", N),
])

add("a", """Magma builds again under Reykjanes as Grindavik stays empty

By Olof Jonsdottir

REYKJAVIK, Iceland (AP) - Scientists at the Icelandic Meteorological Office warned on Tuesday that magma was again accumulating beneath Svartsengi on the Reykjanes Peninsula, raising the likelihood of a new eruption along the Sundhnukur crater row within weeks.

Ground near the geothermal power plant at Svartsengi has risen about 40 centimetres since the last fissure opened in April, the office said. The fishing town of Grindavik, home to some 3,700 people before it was evacuated in November 2023, remains largely deserted, and the nearby Blue Lagoon spa closed again as a precaution.

"The system is recharging at roughly the same rate as before each of the previous eruptions," said volcanologist Thorvaldur Thordarson of the University of Iceland.

The Reykjanes Peninsula had been quiet for about 800 years before lava broke through at Fagradalsfjall in March 2021. Researchers now think the region has entered an eruptive period that could last decades, as it did in the 12th and 13th centuries.

Keflavik International Airport, the country's main gateway about 20 km north-west of the fissures, has stayed open throughout. Earthen barriers protect the power plant and the road to Reykjavik, 50 km to the north-east.

Unlike the 2010 eruption of Eyjafjallajokull in the south of Iceland, which grounded flights across Europe for days, the Reykjanes eruptions produce little ash. Sulphur dioxide from the fissures has nonetheless drifted over the capital area and as far as Hveragerdi and the Westman Islands.

Monitoring teams are also watching Katla, beneath the Myrdalsjokull ice cap, and Grimsvotn, under Vatnajokull, Europe's largest glacier, where seismic activity has been rising since the spring.""", [
    ("REYKJAVIK", "IS", T),
    ("Iceland", "IS", C),
    ("Icelandic", "IS", Q),
    ("Svartsengi", "IS", N),
    ("Reykjanes Peninsula", "IS", N),
    ("Reykjanes", "IS", N),
    ("Sundhnukur", "IS", N),
    ("Grindavik", "IS", T),
    ("Blue Lagoon", "IS", Q),
    ("University of Iceland", "-", N),
    ("Fagradalsfjall", "IS", N),
    ("Keflavik International Airport", "IS", Q),
    ("Reykjavik", "IS", T),
    ("Eyjafjallajokull", "IS", N),
    ("Europe", "*", N),
    ("Hveragerdi", "IS", T),
    ("Westman Islands", "IS", N),
    ("Katla", "IS", N),
    ("Myrdalsjokull", "IS", N),
    ("Grimsvotn", "IS", N),
    ("Vatnajokull", "IS", N),
])

add("a", """Great Barrier Reef suffers fifth mass bleaching in eight years, surveys confirm

By Lisa Cox

TOWNSVILLE, Australia (Reuters) - Aerial surveys have recorded bleaching on nearly three-quarters of the reefs flown over along the Great Barrier Reef, scientists said on Wednesday, the fifth mass bleaching event on the world's largest coral system since 2016.

Researchers from the Australian Institute of Marine Science, which is based in Townsville, said the worst heat stress was in the southern reef, around Heron Island and the Capricorn Bunker Group off the port of Gladstone, an area that had largely escaped earlier events.

Reefs around Lizard Island, north of Cooktown, and in the Torres Strait were also badly affected, the Great Barrier Reef Marine Park Authority said. Divers reported bleached colonies as deep as 15 metres.

The bleaching is part of the fourth global bleaching event declared by the National Oceanic and Atmospheric Administration, which has hit reefs from the Florida Keys and the Caribbean to the Red Sea and Ningaloo Reef in Western Australia.

Tourism on the reef supports some 64,000 jobs in Queensland, and operators in Cairns, Port Douglas and the Whitsunday Islands fear another downgrade in the reef's status. UNESCO's World Heritage Committee, which meets in Paris, has twice considered listing the reef as "in danger"; Canberra has lobbied hard against the move.

"Recovery between events is now too short," said reef ecologist Maria Byrne. Cooler water flowing in from the Coral Sea had spared some northern reefs near Papua New Guinea, she added, but the overall trend is unmistakable.""", [
    ("TOWNSVILLE", "AU", T),
    ("Australia", "AU", C),
    ("Great Barrier Reef", "AU", N),
    ("Australian", "AU", Q),
    ("Townsville", "AU", T),
    ("Heron Island", "AU", N),
    ("Capricorn Bunker Group", "AU", N),
    ("Gladstone", "AU", T, (-23.85, 151.26)),
    ("Lizard Island", "AU", N),
    ("Cooktown", "AU", T),
    ("Torres Strait", "*", N),
    ("Great Barrier Reef Marine Park Authority", "AU", Q),
    ("Florida Keys", "US", N),
    ("Caribbean", "*", N),
    ("Red Sea", "*", N),
    ("Ningaloo Reef", "AU", N),
    ("Western Australia", "AU", A),
    ("Queensland", "AU", A),
    ("Cairns", "AU", T),
    ("Port Douglas", "AU", T),
    ("Whitsunday Islands", "AU", N),
    ("Paris", "FR", T),
    ("Canberra", "AU", T),
    ("Coral Sea", "*", N),
    ("Papua New Guinea", "PG", C),
])

add("a", """Pakistan heat that topped 52C would have been 'virtually impossible' without warming

By Carbon Brief staff

The deadly heatwave that baked Pakistan and north-west India in late May would have been virtually impossible without human-caused climate change, according to a rapid analysis by the World Weather Attribution group at Imperial College London.

The city of Jacobabad, in Pakistan's Sindh province, reached 52.2C on May 26, while Mohenjo-daro, the ancient Indus Valley site near Larkana, recorded 53C, close to the national record of 53.7C set at Turbat in Balochistan in 2017. Hospitals in Karachi reported hundreds of heatstroke admissions, and authorities in Lahore, capital of Punjab province, closed schools for a week.

Across the border, Phalodi in Rajasthan hit 50C and Delhi recorded its longest heatwave on record, with night-time temperatures above 35C. The Indian capital's power demand reached an all-time high.

The researchers found that such a heatwave is now about 45 times more likely than in a world 1.2C cooler, and about 1C hotter. "People in Sindh and Rajasthan are living at the physiological limit," said Friederike Otto, who co-leads the group.

The analysis also noted that pre-monsoon winds from the Arabian Sea, which normally bring some relief to the Indus delta, were unusually weak. In neighbouring Bangladesh, schools in Dhaka closed for a second time in April.

The heat later spread west to the Gulf, where temperatures in Kuwait passed 50C, and to Mecca in Saudi Arabia, where more than 1,300 people died during the Hajj pilgrimage. The Pakistan Meteorological Department in Islamabad expects monsoon rains to reach Sindh by early July.""", [
    ("Pakistan", "PK", C),
    ("India", "IN", C),
    ("Imperial College London", "-", N),
    ("Jacobabad", "PK", T),
    ("Sindh", "PK", A),
    ("Mohenjo-daro", "PK", N),
    ("Indus Valley", "*", Q),
    ("Larkana", "PK", T),
    ("Turbat", "PK", T),
    ("Balochistan", "PK", A),
    ("Karachi", "PK", T),
    ("Lahore", "PK", T),
    ("Punjab", "PK", A),
    ("Phalodi", "IN", T),
    ("Rajasthan", "IN", A),
    ("Delhi", "IN", T),
    ("Indian", "IN", Q),
    ("Arabian Sea", "*", N),
    ("Indus", "*", N),
    ("Bangladesh", "BD", C),
    ("Dhaka", "BD", T),
    ("Gulf", "*", N),
    ("Kuwait", "KW", C),
    ("Mecca", "SA", T),
    ("Saudi Arabia", "SA", C),
    ("Pakistan Meteorological Department", "PK", Q),
    ("Islamabad", "PK", T),
])

add("a", """Noto quake lifted coastline by up to four metres, satellite data show

By Kenji Mori

TOKYO (Kyodo) - The magnitude 7.5 earthquake that struck the Noto Peninsula on New Year's Day pushed parts of the coast up by as much as four metres, leaving harbours high and dry and adding about 240 hectares of new land, Japanese researchers said.

Radar images analysed by the Geospatial Information Authority of Japan show the greatest uplift near Wajima, on the peninsula's northern shore, where fishing boats are still stranded on what used to be the seabed. In Suzu, at the tip of the peninsula, the quake and a tsunami of more than four metres destroyed most of the town's waterfront.

The shaking killed more than 500 people across Ishikawa Prefecture, including later disaster-related deaths, and damaged buildings as far away as Kanazawa, the prefectural capital, and in Toyama and Niigata prefectures across the bay.

Seismologists at Kyoto University's Disaster Prevention Research Institute say the rupture, about 150 km long, ran along a series of faults beneath the Sea of Japan that had been in a swarm of smaller quakes since late 2020. The fault system may continue north-east towards Sado Island, they warn.

"This is the largest coastal uplift recorded in Japan since the Kanto earthquake of 1923," said geophysicist Yuji Yagi. Tsunami waves also reached the coast near Joetsu and were recorded in Vladivostok and on the east coast of South Korea.

Inspectors at the Shika nuclear plant, about 65 km south of Wajima, found transformer damage but no radiation leak. Reconstruction of ports in Wajima, Anamizu and Nanao is expected to take years, and the government in Tokyo has earmarked 1 trillion yen for the region.""", [
    ("TOKYO", "JP", T),
    ("Noto Peninsula", "JP", N),
    ("Noto", "JP", N),
    ("Japanese", "JP", Q),
    ("Geospatial Information Authority of Japan", "JP", Q),
    ("Wajima", "JP", T),
    ("Suzu", "JP", T),
    ("Ishikawa Prefecture", "JP", A),
    ("Kanazawa", "JP", T),
    ("Toyama", "JP", A),
    ("Niigata", "JP", A),
    ("Kyoto University", "-", N),
    ("Sea of Japan", "*", N),
    ("Sado Island", "JP", N),
    ("Japan", "JP", C),
    ("Kanto", "JP", Q),
    ("Joetsu", "JP", T),
    ("Vladivostok", "RU", T),
    ("South Korea", "KR", C),
    ("Shika", "JP", Q),
    ("Anamizu", "JP", T),
    ("Nanao", "JP", T),
    ("Tokyo", "JP", T),
])

add("a", """Amazon rivers hit record lows for second year as drought grips basin

By Fernanda Wenzel

MANAUS, Brazil (Mongabay) - The Rio Negro at the port of Manaus fell to 12.1 metres on Friday, its lowest level since records began in 1902, beating the previous low set just a year ago, according to the Geological Service of Brazil.

Upstream on the Solimões, as the Amazon is known in Brazil above its confluence with the Rio Negro, the town of Tefé was cut off from river traffic for weeks. Last year more than 200 river dolphins died in Lake Tefé when the water temperature passed 39C; researchers from the Mamirauá Institute are monitoring the lake again.

Further south, the Madeira River at Porto Velho, the capital of Rondônia, dropped below one metre, halting barges carrying soy and shutting down turbines at hydroelectric dams. In Pará, the Tapajós was so low near Santarém that residents walked across sandbanks to reach islands.

All 62 municipalities in Amazonas state declared an emergency. Across the border, Colombia reported that the Amazon at Leticia had fallen 90 percent below its average level, and in Peru boats could no longer reach Iquitos, a city of 400,000 that is not connected by road.

Scientists attribute the drought to a combination of El Niño, an unusually warm tropical North Atlantic and deforestation, which reduces the moisture the forest recycles into the atmosphere. "The Amazon is losing its capacity to buffer these extremes," said climate scientist Carlos Nobre.

The federal government in Brasília has sent dredgers to keep shipping channels open on the Madeira and the Solimões.""", [
    ("MANAUS", "BR", T),
    ("Brazil", "BR", C),
    ("Rio Negro", "BR|CO|VE", N),
    ("Manaus", "BR", T),
    ("Solimões", "BR", N),
    ("Amazon", "*", N),
    ("Tefé", "BR", T),
    ("Lake Tefé", "BR", N),
    ("Mamirauá Institute", "BR", Q),
    ("Madeira River", "BR|BO", N),
    ("Madeira", "BR|BO", N),
    ("Porto Velho", "BR", T),
    ("Rondônia", "BR", A),
    ("Pará", "BR", A),
    ("Tapajós", "BR", N),
    ("Santarém", "BR", T),
    ("Amazonas", "BR", A),
    ("Colombia", "CO", C),
    ("Leticia", "CO", T),
    ("Peru", "PE", C),
    ("Iquitos", "PE", T),
    ("North Atlantic", "*", N),
    ("Brasília", "BR", T),
])

add("a", """Greenland lost 30 billion tonnes of ice in a single August melt event

By Nature News

A week-long heatwave in August caused melting across almost two-thirds of the Greenland ice sheet, shedding about 30 billion tonnes of ice, according to data released by the Geological Survey of Denmark and Greenland (GEUS) in Copenhagen.

Rain fell at Summit Station, the research camp at the top of the ice sheet 3,200 metres above sea level, for only the fourth time since observations began there in 1989. Warm, moist air was drawn north from the Atlantic between a low-pressure system over Baffin Bay and a high over Iceland, the Danish Meteorological Institute said.

The melt was most intense in the south-west, where meltwater poured down the Watson River through the settlement of Kangerlussuaq, briefly threatening the bridge that links the town to the ice sheet. Sermeq Kujalleq, the fast-flowing glacier near Ilulissat also known as Jakobshavn Isbrae, calved several large icebergs into Disko Bay.

In the north-east, satellite images showed meltwater lakes spreading across Zachariae Isstrom, a glacier that drains about 5 percent of the ice sheet. On the other side of Nares Strait, glaciers on Canada's Ellesmere Island, in Nunavut, also saw record surface melt.

"Events like this were rare in the 1990s. Now they come almost every summer," said GEUS glaciologist Jason Box. Greenland's ice loss is the largest single contributor to sea-level rise after the warming of the oceans.

The government in Nuuk has asked Denmark to fund more weather stations on the ice, and researchers want to expand monitoring into the Arctic Ocean north of the island.""", [
    ("Greenland", "GL", N),
    ("Geological Survey of Denmark and Greenland", "DK|GL", Q),
    ("Copenhagen", "DK", T),
    ("Summit Station", "GL", N),
    ("Atlantic", "*", N),
    ("Baffin Bay", "*", N),
    ("Iceland", "IS", C),
    ("Danish", "DK", Q),
    ("Watson River", "GL", N),
    ("Kangerlussuaq", "GL", T),
    ("Sermeq Kujalleq", "GL", N),
    ("Ilulissat", "GL", T),
    ("Jakobshavn Isbrae", "GL", N),
    ("Disko Bay", "GL", N),
    ("Zachariae Isstrom", "GL", N),
    ("Nares Strait", "*", N),
    ("Canada", "CA", C),
    ("Ellesmere Island", "CA", N),
    ("Nunavut", "CA", A),
    ("Nuuk", "GL", T),
    ("Denmark", "DK", C),
    ("Arctic Ocean", "*", N),
])

add("a", """Horn of Africa braces for another failed rainy season as La Nina looms

NAIROBI, Kenya (Reuters) - Forecasters warned on Thursday that the October-December rains across the Horn of Africa are likely to be below normal, raising fears of a return to the drought that killed millions of livestock in 2020-2023.

The IGAD Climate Prediction and Applications Centre, which is based in Nairobi, said a developing La Nina and a negative phase of the Indian Ocean Dipole would probably suppress rainfall over southern Ethiopia, eastern Kenya and most of Somalia.

Pastoralists in Kenya's Turkana, Marsabit, Wajir and Mandera counties are already moving herds in search of water, officials said, while in Ethiopia's Somali Region and the Borana zone of Oromia, wells dug during the last drought are running dry.

In Somalia, the Gedo region along the border with Kenya and the area around Baidoa are considered most at risk. Aid agencies in Mogadishu said funding for the country's humanitarian plan was at its lowest level in a decade.

"Five consecutive failed seasons pushed communities to the edge," said ICPAC climate scientist Hussen Seid. "They have not recovered."

The centre's forecast also points to above-average temperatures around Lake Turkana and along the coast of the Indian Ocean. Djibouti and parts of Eritrea are expected to see near-normal rains.

The outlook contrasts with western Kenya and the highlands around Addis Ababa, where heavy rains are expected, raising the risk of flooding. Officials in the refugee camps at Dadaab, in Garissa County, are preparing for both.""", [
    ("NAIROBI", "KE", T),
    ("Kenya", "KE", C),
    ("Horn of Africa", "*", N),
    ("Nairobi", "KE", T),
    ("Indian Ocean Dipole", "-", N),
    ("Ethiopia", "ET", C),
    ("Somalia", "SO", C),
    ("Turkana", "KE", A),
    ("Marsabit", "KE", A),
    ("Wajir", "KE", A),
    ("Mandera", "KE", A),
    ("Somali Region", "ET", A),
    ("Borana", "ET", A),
    ("Oromia", "ET", A),
    ("Gedo", "SO", A),
    ("Baidoa", "SO", T),
    ("Mogadishu", "SO", T),
    ("Lake Turkana", "*", N),
    ("Indian Ocean", "*", N),
    ("Djibouti", "DJ", C),
    ("Eritrea", "ER", C),
    ("Addis Ababa", "ET", T),
    ("Dadaab", "KE", T),
    ("Garissa County", "KE", A),
])

add("a", """Marine heatwave strips seagrass meadows around the Balearics

By Sam Jones

PALMA, Spain - Sea surface temperatures around Mallorca have topped 29C for a third consecutive week, and divers are reporting widespread die-off of Posidonia seagrass, the slow-growing plant that underpins the Mediterranean's coastal ecosystems.

Researchers from the Spanish Institute of Oceanography said the worst damage was in the Cabrera Archipelago National Park, south of Mallorca, and in the shallow bays of Formentera and Ibiza, where the meadows protect beaches from erosion. Around Menorca, mass mortality of the fan mussel, already critically endangered, has also been recorded.

The heatwave extends across much of the western Mediterranean. The Institute of Marine Sciences in Barcelona measured 28C off the Catalan coast, while Italian scientists reported temperatures above 30C in the Ligurian Sea near Genoa and in the Tyrrhenian Sea off Corsica.

"These meadows store enormous amounts of carbon and some plants are thousands of years old," said marine ecologist Nuria Marba. "We are watching them die in a single summer."

The eastern basin has also been affected: the Aegean around Crete was 4C above average in July, and Israeli researchers in Haifa found that native species were being displaced by tropical fish arriving through the Suez Canal. Cyprus has reported bleaching in its coastal corals for the first time.

The government of the Balearic Islands has banned anchoring over seagrass and wants Madrid to extend the protected area around Cabrera, where tourist boat traffic has grown sharply.""", [
    ("PALMA", "ES", T, (39.57, 2.65)),
    ("Spain", "ES", C),
    ("Balearics", "ES", A),
    ("Mallorca", "ES", N),
    ("Mediterranean", "*", N),
    ("Spanish", "ES", Q),
    ("Cabrera Archipelago National Park", "ES", N),
    ("Formentera", "ES", N),
    ("Ibiza", "ES", N),
    ("Menorca", "ES", N),
    ("Barcelona", "ES", T),
    ("Catalan", "ES", Q),
    ("Italian", "IT", Q),
    ("Ligurian Sea", "*", N),
    ("Genoa", "IT", T),
    ("Tyrrhenian Sea", "*", N),
    ("Corsica", "FR", N),
    ("Aegean", "*", N),
    ("Crete", "GR", N),
    ("Israeli", "IL", Q),
    ("Haifa", "IL", T),
    ("Suez Canal", "EG", N),
    ("Cyprus", "CY", C),
    ("Balearic Islands", "ES", A),
    ("Madrid", "ES", T),
    ("Cabrera", "ES", N, (39.15, 2.93)),
])

add("a", """Sikkim lake burst shows glacial flood danger across the Himalayas, experts warn

By Gopal Sharma

KATHMANDU (Thomson Reuters Foundation) - The glacial lake outburst that tore through the Indian state of Sikkim in October 2023 was triggered by a collapse of frozen moraine into South Lhonak Lake, a new study has found, and dozens of similar lakes across the Himalayas are at risk of the same fate.

The flood swept down the Teesta River, destroying the 1,200-megawatt Teesta III dam at Chungthang, killing more than 40 people and washing away army camps and bridges in Mangan district. Debris and bodies were carried as far as Jalpaiguri in West Bengal, and the swollen river flooded farmland in northern Bangladesh.

The International Centre for Integrated Mountain Development (ICIMOD), which is based in Kathmandu, has mapped more than 200 potentially dangerous glacial lakes in Nepal, Bhutan, India, Pakistan and the Tibet region of China.

In Nepal, engineers lowered Imja Tsho, below Everest in the Khumbu region, by three metres in 2016, and Tsho Rolpa in Dolakha district is fitted with an early-warning siren. In July, a flood that began in Tibet washed away a hydropower plant and the border bridge at Rasuwagadhi, in Rasuwa district.

"The Sikkim disaster showed that warnings need to travel faster than the water," said ICIMOD hydrologist Sudan Bikash Maharjan. The nearest town downstream of South Lhonak had less than an hour.

Bhutan is draining Thorthormi Lake in the remote Lunana region, while in Gilgit-Baltistan, in northern Pakistan, surging glaciers above the Hunza valley have repeatedly blocked the Karakoram Highway. Authorities in Gangtok, the Sikkim capital, say a new radar warning system will be installed on the lake next year.""", [
    ("KATHMANDU", "NP", T),
    ("Indian", "IN", Q),
    ("Sikkim", "IN", A),
    ("South Lhonak Lake", "IN", N),
    ("South Lhonak", "IN", N),
    ("Himalayas", "*", N),
    ("Teesta River", "*", N),
    ("Teesta III", "IN", Q),
    ("Chungthang", "IN", T),
    ("Mangan", "IN", A),
    ("Jalpaiguri", "IN", T),
    ("West Bengal", "IN", A),
    ("Bangladesh", "BD", C),
    ("Kathmandu", "NP", T),
    ("Nepal", "NP", C),
    ("Bhutan", "BT", C),
    ("India", "IN", C),
    ("Pakistan", "PK", C),
    ("Tibet", "CN", A),
    ("China", "CN", C),
    ("Imja Tsho", "NP", N),
    ("Everest", "*", N),
    ("Khumbu", "NP", N),
    ("Tsho Rolpa", "NP", N),
    ("Dolakha", "NP", A),
    ("Rasuwagadhi", "NP", T),
    ("Rasuwa", "NP", A),
    ("Thorthormi Lake", "BT", N),
    ("Lunana", "BT", N),
    ("Gilgit-Baltistan", "PK", A),
    ("Hunza", "PK", N),
    ("Karakoram Highway", "*", Q),
    ("Gangtok", "IN", T),
])

add("a", """Swiss glaciers shrink by 3% in a year as collapse buries Alpine village

By Reuters staff

ZURICH (Reuters) - Switzerland's glaciers lost about 3 percent of their remaining volume this year, the Glacier Monitoring Switzerland network said on Tuesday, after a winter with little snow was followed by heatwaves in June and August.

The loss follows the collapse in May of the Birch Glacier above Blatten, in the Lotschental valley of the canton of Valais, which buried most of the village under ice and rock. Residents had been evacuated days earlier after geologists noticed the mountain above the glacier breaking up.

"Glaciers are not only shrinking, they are becoming unstable," said Matthias Huss, who heads the network and works at ETH Zurich. The Great Aletsch Glacier, the largest in the Alps, has retreated more than 3 km since 1880.

The Rhone Glacier, the source of the Rhone, is now wrapped in white blankets each summer to slow melting near the Furka Pass. The river flows through Lake Geneva and on through France to the Mediterranean, and its summer flow depends heavily on glacier melt.

Near Zermatt, the retreat of the Theodul Glacier has shifted the border with Italy below the Matterhorn, forcing the two countries to redraw it. In Graubunden, the Morteratsch Glacier near Pontresina has lost more than 3 km of length since the 19th century.

Neighbouring countries report similar trends. In Austria, the Pasterze below the Grossglockner lost 200 metres of length last year, and in the Dolomites the Marmolada glacier, where a collapse killed 11 climbers in 2022, could disappear by 2040. Officials in Bern are studying a national fund for villages threatened by melting permafrost.""", [
    ("Swiss", "CH", Q),
    ("Alpine", "*", Q),
    ("ZURICH", "CH", T),
    ("Switzerland", "CH", C),
    ("Glacier Monitoring Switzerland", "CH", Q),
    ("Birch Glacier", "CH", N),
    ("Blatten", "CH", T, (46.42, 7.82)),
    ("Lotschental", "CH", N),
    ("Valais", "CH", A),
    ("ETH Zurich", "-", N),
    ("Great Aletsch Glacier", "CH", N),
    ("Alps", "*", N),
    ("Rhone Glacier", "CH", N),
    ("Rhone", "*", N),
    ("Furka Pass", "CH", N),
    ("Lake Geneva", "*", N),
    ("France", "FR", C),
    ("Mediterranean", "*", N),
    ("Zermatt", "CH", T),
    ("Theodul Glacier", "*", N),
    ("Italy", "IT", C),
    ("Matterhorn", "*", N),
    ("Graubunden", "CH", A),
    ("Morteratsch Glacier", "CH", N),
    ("Pontresina", "CH", T),
    ("Austria", "AT", C),
    ("Pasterze", "AT", N),
    ("Grossglockner", "AT", N),
    ("Dolomites", "IT", N),
    ("Marmolada", "IT", N),
    ("Bern", "CH", T),
])

add("a", """Atlantic overturning circulation weakest in a millennium, sediment record suggests

By The Conversation

The system of ocean currents that carries warm water north through the Atlantic and keeps north-west Europe mild has slowed to its weakest state in at least 1,000 years, according to a reconstruction based on seafloor sediments.

Researchers analysed cores collected in the Labrador Sea and off Cape Hatteras, North Carolina, where the Gulf Stream leaves the American coast. Grain sizes in the mud record how fast deep water flowed over the past millennium.

The Atlantic Meridional Overturning Circulation, or AMOC, has been measured directly only since 2004, by the RAPID array of moorings strung across the ocean at 26.5 degrees north, between Florida and the Canary Islands. Those measurements, run from Southampton with partners in Miami, also show a decline.

"The sediment record puts the recent slowdown into a long context," said oceanographer Stefan Rahmstorf of the Potsdam Institute for Climate Impact Research in Germany. Scientists at Utrecht University in the Netherlands have warned that the circulation could reach a tipping point this century.

A collapse would cool Britain, Iceland and Norway by several degrees, shift tropical rain belts south, drying the Sahel, and raise sea levels along the east coast of the United States from Boston to New York.

The UK Met Office, based in Exeter, says a collapse before 2100 is unlikely but cannot be ruled out. Scientists at the Woods Hole Oceanographic Institution in Massachusetts plan to deploy new moorings south of Greenland, in the Irminger Sea, next spring.""", [
    ("Atlantic", "*", N),
    ("Europe", "*", N),
    ("Labrador Sea", "*", N),
    ("Cape Hatteras", "US", N),
    ("North Carolina", "US", A),
    ("Gulf Stream", "*", Q),
    ("American", "US", Q),
    ("Atlantic Meridional Overturning Circulation", "-", N),
    ("Florida", "US", A),
    ("Canary Islands", "ES", N),
    ("Southampton", "GB", T, (50.9, -1.4)),
    ("Miami", "US", T),
    ("Potsdam Institute for Climate Impact Research", "DE", Q),
    ("Germany", "DE", C),
    ("Utrecht University", "-", N),
    ("Netherlands", "NL", C),
    ("Britain", "GB", C),
    ("Iceland", "IS", C),
    ("Norway", "NO", C),
    ("Sahel", "*", N),
    ("United States", "US", C),
    ("Boston", "US", T),
    ("New York", "US", T),
    ("UK", "GB", Q),
    ("Exeter", "GB", T, (50.72, -3.53)),
    ("Woods Hole Oceanographic Institution", "-", N),
    ("Massachusetts", "US", A),
    ("Greenland", "GL", N),
    ("Irminger Sea", "*", N),
])

add("a", """Lewotobi eruption sends ash column 10 km high, disrupting Bali flights

By Niniek Karmini

JAKARTA, Indonesia (AP) - Mount Lewotobi Laki-laki on the eastern Indonesian island of Flores erupted explosively on Monday, hurling an ash column 10 kilometres into the sky and forcing airlines to cancel dozens of flights to and from Bali.

Indonesia's Center for Volcanology and Geological Hazard Mitigation, based in Bandung, raised the alert to the highest level and widened the exclusion zone to 8 kilometres. About 4,000 villagers in East Flores district in East Nusa Tenggara province were moved to shelters.

Airports at Maumere and Labuan Bajo, the gateway to Komodo National Park, were closed, and Jetstar and Virgin Australia suspended flights between Denpasar and Australian cities including Perth, Melbourne and Darwin. The regional Volcanic Ash Advisory Centre in Darwin tracked the plume drifting west over the Flores Sea.

The 1,584-metre volcano killed nine people in an eruption in November 2024 that destroyed houses in villages near Larantuka, the district capital.

"The pattern is similar to last year: inflation, swarms of deep earthquakes, then a sudden explosive phase," said volcanologist Mirzam Abdurrachman of the Bandung Institute of Technology.

Indonesia, which sits on the Pacific Ring of Fire, has 127 active volcanoes. In April 2024, Mount Ruang in North Sulawesi forced the evacuation of a nearby island and shut the airport in Manado, while Mount Ibu on Halmahera has erupted repeatedly this year. On Java, Mount Semeru in East Java and Mount Merapi near Yogyakarta remain on alert.""", [
    ("JAKARTA", "ID", T),
    ("Indonesia", "ID", C),
    ("Mount Lewotobi Laki-laki", "ID", N),
    ("Lewotobi", "ID", N),
    ("Indonesian", "ID", Q),
    ("Flores", "ID", N),
    ("Bali", "ID", A),
    ("Bandung", "ID", T),
    ("East Flores", "ID", A),
    ("East Nusa Tenggara", "ID", A),
    ("Maumere", "ID", T),
    ("Labuan Bajo", "ID", T),
    ("Komodo National Park", "ID", N),
    ("Virgin Australia", "-", N),
    ("Denpasar", "ID", T),
    ("Australian", "AU", Q),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Flores Sea", "*", N),
    ("Larantuka", "ID", T),
    ("Bandung Institute of Technology", "-", N),
    ("Pacific Ring of Fire", "*", Q),
    ("Mount Ruang", "ID", N),
    ("North Sulawesi", "ID", A),
    ("Manado", "ID", T),
    ("Mount Ibu", "ID", N),
    ("Halmahera", "ID", N),
    ("Java", "ID", N),
    ("Mount Semeru", "ID", N),
    ("East Java", "ID", A),
    ("Mount Merapi", "ID", N),
    ("Yogyakarta", "ID", T),
])

add("a", """Back-to-back atmospheric rivers drench California, testing flood defences

By Christopher Weber

SANTA CRUZ, Calif. (AP) - A second atmospheric river in four days pounded California on Wednesday, flooding coastal towns, triggering mudslides in the Santa Cruz Mountains and dumping more than a metre of snow in the Sierra Nevada.

The San Lorenzo River burst its banks in Felton, and in Santa Cruz sea waves damaged the wharf. Officials ordered evacuations in Pajaro, the farmworker community in Monterey County whose levee on the Pajaro River failed in 2023, and along low-lying streets in Watsonville.

Atmospheric rivers are long plumes of water vapour that flow from the tropics; this one, nicknamed the Pineapple Express, drew moisture from near Hawaii across the Pacific Ocean. "A single strong atmospheric river can carry more water than the Mississippi," said F. Martin Ralph, who directs the Center for Western Weather and Water Extremes at the Scripps Institution of Oceanography in La Jolla.

Around Lake Tahoe, ski resorts welcomed the snow, but avalanche warnings were issued along Interstate 80 between Sacramento and Reno, Nevada. In the Central Valley, officials were monitoring levees along the Sacramento River and near Merced.

Further south, Los Angeles braced for heavy rain on hillsides burned in January's wildfires, and San Diego opened emergency shelters. The storms are good news for California's reservoirs: Lake Shasta is at 115 percent of its historical average for the date.

Forecasters said a third system could bring rain to Oregon and northern California next week.""", [
    ("California", "US", A),
    ("SANTA CRUZ", "US", T, (36.97, -122.03)),
    ("Calif.", "US", A),
    ("Santa Cruz Mountains", "US", N),
    ("Sierra Nevada", "US", N),
    ("San Lorenzo River", "US", N, (37.0, -122.05)),
    ("Felton", "US", T, "US.CA"),
    ("Santa Cruz", "US", T, (36.97, -122.03)),
    ("Pajaro", "US", T, (36.9, -121.75)),
    ("Monterey County", "US", A),
    ("Pajaro River", "US", N),
    ("Watsonville", "US", T),
    ("Pineapple Express", "-", N),
    ("Hawaii", "US", A),
    ("Pacific Ocean", "*", N),
    ("Mississippi", "US", N),
    ("Scripps Institution of Oceanography", "-", N),
    ("La Jolla", "US", T, (32.84, -117.27)),
    ("Lake Tahoe", "US", N),
    ("Interstate 80", "US", Q),
    ("Sacramento", "US", T, (38.58, -121.49)),
    ("Reno", "US", T, (39.53, -119.81)),
    ("Nevada", "US", A),
    ("Central Valley", "US", N, "US.CA"),
    ("Sacramento River", "US", N),
    ("Merced", "US", T, (37.3, -120.48)),
    ("Los Angeles", "US", T),
    ("San Diego", "US", T),
    ("Lake Shasta", "US", N),
    ("Oregon", "US", A),
])

# ---------------------------------------------------------------- genre b: life sciences, wildlife, health, fossils, archaeology

add("b", """Tasmanian devils evolving resistance to deadly facial cancer, genome study finds

By Donna Lu

HOBART, Australia - Tasmanian devils in parts of Tasmania are rapidly evolving genetic resistance to the contagious facial tumour disease that has wiped out about 80% of the species since it was first detected in 1996, according to a study of more than 2,500 animals.

Researchers from the University of Tasmania and Washington State University compared genomes from devils sampled before and after the disease arrived at sites including Freycinet Peninsula on the east coast, Narawntapu National Park in the north and West Pencil Pine, near Cradle Mountain.

The disease, which is spread by biting, first appeared in the north-east of the state and has moved steadily west. Populations on the far north-west coast, around Smithton and Arthur River, were the last to be reached.

"We are seeing changes in immune genes within just a few generations," said lead author Andrew Storfer, from Pullman, in Washington state. In some populations, tumours are now regressing without treatment.

A disease-free insurance population was established on Maria Island, off the east coast, in 2012, and the charity Aussie Ark has bred devils at Barrington Tops in New South Wales. Devils disappeared from mainland Australia, including Victoria and South Australia, about 3,000 years ago, probably because of dingoes and a drying climate.

Wildlife vets in Launceston say road deaths, not the tumour, are now the biggest threat in some areas. The state government in Hobart is funding wildlife crossings on the highway between Launceston and Devonport.""", [
    ("Tasmanian devils", "-", N),
    ("HOBART", "AU", T),
    ("Australia", "AU", C),
    ("Tasmania", "AU", A),
    ("University of Tasmania", "-", N),
    ("Washington State University", "-", N),
    ("Freycinet Peninsula", "AU", N),
    ("Narawntapu National Park", "AU", N),
    ("West Pencil Pine", "AU", T),
    ("Cradle Mountain", "AU", N),
    ("Smithton", "AU", T, (-40.84, 145.12)),
    ("Arthur River", "AU", N, (-41.05, 144.67)),
    ("Pullman", "US", T, "US.WA"),
    ("Washington", "US", A),
    ("Maria Island", "AU", N, (-42.63, 148.08)),
    ("Aussie Ark", "-", N),
    ("Barrington Tops", "AU", N),
    ("New South Wales", "AU", A),
    ("Victoria", "AU", A),
    ("South Australia", "AU", A),
    ("Launceston", "AU", T, (-41.44, 147.14)),
    ("Hobart", "AU", T),
    ("Devonport", "AU", T, (-41.18, 146.35)),
])

add("b", """Giant titanosaur unearthed in Patagonia may rival the largest dinosaurs known

By Debora Rey

NEUQUEN, Argentina (AP) - Palaeontologists in Argentina have unearthed the partial skeleton of a long-necked titanosaur that may have measured more than 35 metres, near the town of Plaza Huincul in Neuquen province, in the heart of Patagonia.

The team, led by researchers from the Carmen Funes Municipal Museum in Plaza Huincul and the national research council CONICET, recovered vertebrae, a thigh bone and parts of the pelvis from rocks about 95 million years old in the Huincul Formation.

The find comes from the same area that produced Argentinosaurus, long considered one of the heaviest land animals that ever lived. "The femur alone is nearly two metres long," said palaeontologist Alejandro Otero of the La Plata Museum.

Patagonia has become one of the world's richest hunting grounds for giant dinosaurs. Near Villa El Chocon, on the shore of the Ezequiel Ramos Mexia reservoir, a museum displays Giganotosaurus, and in neighbouring Chubut province, fossils of Patagotitan excavated at a ranch near Trelew are now on show at the Egidio Feruglio Paleontological Museum.

The bones were encased in plaster and taken by truck to the provincial capital, Neuquen, about 100 kilometres to the east, for preparation. Researchers plan to return in March, once the summer heat in the area has eased, and hope to find the skull.

The discovery adds pressure on Buenos Aires to restore research funding cut by President Javier Milei's government. Similar digs in Mendoza and Rio Negro provinces have been suspended this year.""", [
    ("Patagonia", "*", N),
    ("NEUQUEN", "AR", T),
    ("Argentina", "AR", C),
    ("Plaza Huincul", "AR", T),
    ("Neuquen province", "AR", A),
    ("Huincul Formation", "AR", Q),
    ("Argentinosaurus", "-", N),
    ("La Plata Museum", "-", N),
    ("Villa El Chocon", "AR", T),
    ("Ezequiel Ramos Mexia", "AR", N),
    ("Chubut province", "AR", A),
    ("Trelew", "AR", T),
    ("Neuquen", "AR", T),
    ("Buenos Aires", "AR", T),
    ("Mendoza", "AR", A),
    ("Rio Negro", "AR", A),
])

add("b", """Bronze workshop found beside Sanxingdui's sacrificial pits

By Xinhua

CHENGDU, China (Xinhua) - Archaeologists have uncovered the remains of a bronze-casting workshop near the famous sacrificial pits at Sanxingdui, in Guanghan, Sichuan province, providing the first evidence that the site's striking bronze masks were made locally.

The workshop, about 3,000 years old, contained clay moulds, crucibles and slag, according to the Sichuan Provincial Cultural Relics and Archaeology Research Institute. Chemical analysis by a team from Peking University in Beijing suggests some of the copper came from mines along the Yangtze, hundreds of kilometres to the east.

Sanxingdui, about 40 km north of Chengdu, flourished at the same time as the Shang dynasty capital at Anyang, in Henan province on the Yellow River plain. Its enormous bronze heads and gold masks, first found by farmers in 1986, look nothing like Shang art and have led scholars to describe an independent Bronze Age culture in the Sichuan Basin.

"This tells us the Shu people had their own metallurgy and craftsmen," said archaeologist Ran Honglin, who leads the excavation. The city appears to have been abandoned around 1000 BC, possibly after an earthquake diverted the Minjiang river, and its elite may have moved to Jinsha, now inside Chengdu's urban area.

Since the pits were reopened in 2020, more than 13,000 objects have been found. Some are being shown at the Palace Museum in Beijing, and a travelling exhibition is planned for Hong Kong and Chongqing next year.""", [
    ("CHENGDU", "CN", T),
    ("China", "CN", C),
    ("Sanxingdui", "CN", N),
    ("Guanghan", "CN", T),
    ("Sichuan province", "CN", A),
    ("Sichuan Provincial Cultural Relics and Archaeology Research Institute", "CN", Q),
    ("Peking University", "-", N),
    ("Beijing", "CN", T),
    ("Yangtze", "CN", N),
    ("Chengdu", "CN", T),
    ("Anyang", "CN", T, (36.1, 114.38)),
    ("Henan province", "CN", A),
    ("Yellow River", "CN", N),
    ("Sichuan Basin", "CN", N),
    ("Minjiang", "CN", N),
    ("Jinsha", "CN", N, (30.68, 104.01)),
    ("Palace Museum", "-", N),
    ("Hong Kong", "HK", N),
    ("Chongqing", "CN", T),
])

add("b", """New Homo naledi remains deepen mystery of South Africa's cave-dwelling hominin

By Mogomotsi Magome

JOHANNESBURG (AP) - Researchers exploring the Rising Star cave system have recovered remains of at least three more individuals of Homo naledi from a narrow passage never before entered, the University of the Witwatersrand said on Thursday.

The cave lies in the Cradle of Humankind, a World Heritage site about 50 kilometres north-west of Johannesburg in Gauteng province, which has yielded more early human fossils than anywhere else on Earth. Homo naledi, first described in 2015, lived between about 335,000 and 236,000 years ago and had a brain a third the size of ours.

"Every chamber we enter raises new questions about how these bodies got there," said palaeoanthropologist Lee Berger, whose team includes cavers who squeeze through gaps just 18 centimetres wide.

The site is a short drive from Sterkfontein, where the skeleton known as Little Foot was excavated, and from the Maropeng visitor centre. South Africa's record of human evolution began a century ago with the Taung Child, found in a limestone quarry at Taung in what is now North West province.

Fossil hunters elsewhere have faced similar puzzles. Java Man, unearthed at Trinil on the Solo River in Indonesia in 1891, and Peking Man, from Zhoukoudian near Beijing, were both once thought to be direct human ancestors. On Flores, the tiny Homo floresiensis was found in Liang Bua cave in 2003, while Denisovans were identified from a finger bone in Denisova Cave in the Altai Mountains of Siberia.

In Spain, the Sima de los Huesos pit at Atapuerca, near Burgos, holds the remains of at least 28 individuals, a concentration that some researchers say parallels Rising Star.""", [
    ("South Africa", "ZA", C),
    ("JOHANNESBURG", "ZA", T),
    ("Rising Star", "ZA", N),
    ("University of the Witwatersrand", "-", N),
    ("Cradle of Humankind", "ZA", N),
    ("Johannesburg", "ZA", T),
    ("Gauteng", "ZA", A),
    ("Sterkfontein", "ZA", N),
    ("Maropeng", "ZA", N),
    ("Taung Child", "-", N),
    ("Taung", "ZA", T),
    ("North West", "ZA", A),
    ("Java Man", "-", N),
    ("Trinil", "ID", N),
    ("Solo River", "ID", N),
    ("Indonesia", "ID", C),
    ("Peking Man", "-", N),
    ("Zhoukoudian", "CN", N),
    ("Beijing", "CN", T),
    ("Flores", "ID", N),
    ("Liang Bua", "ID", N),
    ("Denisova Cave", "RU", N),
    ("Altai Mountains", "*", N),
    ("Siberia", "RU", N),
    ("Spain", "ES", C),
    ("Sima de los Huesos", "ES", N),
    ("Atapuerca", "ES", N),
    ("Burgos", "ES", T),
])

add("b", """Camera traps reveal snow leopards thriving in Mongolia's South Gobi mountains

By Mongabay

ULAANBAATAR, Mongolia (Mongabay) - A decade of camera-trap surveys in the Tost Mountains of southern Mongolia has recorded at least 31 individual snow leopards, one of the densest populations of the elusive cat known anywhere, researchers report.

The study, run by the Snow Leopard Trust, based in Seattle, and the Snow Leopard Conservation Foundation in Ulaanbaatar, tracked cats with GPS collars across the Tost-Tosonbumba Nature Reserve in Omnogovi province, a rugged range on the northern edge of the Gobi Desert.

Tost was protected in 2016 after conservationists campaigned against mining licences that had been issued across much of the area. The province is also home to Oyu Tolgoi, one of the world's largest copper and gold mines, about 200 km to the east, near the provincial capital, Dalanzadgad.

"The cats here move between mountain blocks that look isolated on a map," said Orjan Johansson, a Swedish ecologist who has studied the population since 2008. Males roam as far as the Gobi Altai range to the north.

Snow leopards live in 12 countries, from Russia's Altai to Nepal and Bhutan. In Kyrgyzstan, rangers in the Sarychat-Ertash reserve in the Issyk-Kul region of the Tien Shan have recorded steady numbers, while in Pakistan's Gilgit-Baltistan, herders are compensated for livestock lost to the cats. China holds about 60 percent of the global population, mostly on the Tibetan Plateau in Qinghai and Tibet.

Mongolia's government in Ulaanbaatar plans to extend the reserve eastwards, and a regional summit in Bishkek next year will review the Global Snow Leopard and Ecosystem Protection Program.""", [
    ("ULAANBAATAR", "MN", T),
    ("Mongolia", "MN", C),
    ("South Gobi", "MN", A),
    ("Tost Mountains", "MN", N),
    ("Snow Leopard Trust", "-", N),
    ("Seattle", "US", T),
    ("Ulaanbaatar", "MN", T),
    ("Tost-Tosonbumba Nature Reserve", "MN", N),
    ("Omnogovi", "MN", A),
    ("Gobi Desert", "*", N),
    ("Tost", "MN", N),
    ("Oyu Tolgoi", "MN", N),
    ("Dalanzadgad", "MN", T),
    ("Swedish", "SE", Q),
    ("Gobi Altai", "MN", N),
    ("Russia", "RU", C),
    ("Altai", "RU", N),
    ("Nepal", "NP", C),
    ("Bhutan", "BT", C),
    ("Kyrgyzstan", "KG", C),
    ("Sarychat-Ertash", "KG", N),
    ("Issyk-Kul", "KG", A),
    ("Tien Shan", "*", N),
    ("Pakistan", "PK", C),
    ("Gilgit-Baltistan", "PK", A),
    ("China", "CN", C),
    ("Tibetan Plateau", "CN", N),
    ("Qinghai", "CN", A),
    ("Tibet", "CN", A),
    ("Bishkek", "KG", T),
])

add("b", """Malaria vaccines reach 20 African countries as early data show fewer child deaths

By Jennifer Rigby

GENEVA/ACCRA (Reuters) - Malaria vaccines are now part of routine childhood immunisation in 20 African countries, the vaccine alliance Gavi said on Tuesday, as early data from Ghana and Kenya suggest deaths among young children have fallen sharply where the shots are used.

Ghana, Kenya and Malawi began pilot programmes with the first vaccine, RTS,S, in 2019. In Kenya's Siaya County, on the shores of Lake Victoria, all-cause deaths among vaccinated children fell by about 13 percent, researchers at the Kenya Medical Research Institute in Kisumu reported.

Cameroon became the first country to start routine vaccination outside the pilots in January 2024, at a ceremony in Yaounde, and Cote d'Ivoire was the first to use the cheaper R21 vaccine, developed by the University of Oxford and made by the Serum Institute of India at its plant in Pune.

R21 was tested in a large trial at sites in Burkina Faso, Mali, Tanzania and Kenya, where it reduced cases by about three-quarters in areas with seasonal malaria. "In Nanoro we used to have wards full of children every rainy season," said Halidou Tinto, who led the trial site in western Burkina Faso.

Nigeria, which carries about a quarter of the world's malaria burden, launched the vaccine in Kebbi and Bayelsa states in December. Uganda, South Sudan and Mozambique are among the newest to join.

Africa accounts for about 95 percent of malaria deaths. Health officials in Lilongwe and Kampala warn that funding cuts by Washington and other donors could slow the rollout, and that drug resistance spreading in the Horn of Africa remains a threat. The World Health Organization in Geneva is due to publish its annual malaria report in December.""", [
    ("African", "*", Q),
    ("GENEVA", "CH", T),
    ("ACCRA", "GH", T),
    ("Ghana", "GH", C),
    ("Kenya", "KE", C),
    ("Malawi", "MW", C),
    ("Siaya County", "KE", A),
    ("Lake Victoria", "*", N),
    ("Kenya Medical Research Institute", "KE", Q),
    ("Kisumu", "KE", T),
    ("Cameroon", "CM", C),
    ("Yaounde", "CM", T),
    ("Cote d'Ivoire", "CI", C),
    ("University of Oxford", "-", N),
    ("Serum Institute of India", "IN", Q),
    ("Pune", "IN", T),
    ("Burkina Faso", "BF", C),
    ("Mali", "ML", C),
    ("Tanzania", "TZ", C),
    ("Nanoro", "BF", T),
    ("Nigeria", "NG", C),
    ("Kebbi", "NG", A),
    ("Bayelsa", "NG", A),
    ("Uganda", "UG", C),
    ("South Sudan", "SS", C),
    ("Mozambique", "MZ", C),
    ("Africa", "*", N),
    ("Lilongwe", "MW", T),
    ("Kampala", "UG", T),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Horn of Africa", "*", N),
    ("Geneva", "CH", T),
])

add("b", """Ticks carrying Lyme disease push north as Canadian cases hit record

By The Canadian Press

OTTAWA - Canada recorded more than 5,000 cases of Lyme disease last year, the most since reporting began, as blacklegged ticks continue to spread north into areas where winters were once too cold for them, the Public Health Agency of Canada says.

More than 90 percent of cases came from Ontario, Quebec, Nova Scotia, New Brunswick and Manitoba. In Nova Scotia, where Lunenburg County on the South Shore has one of the highest infection rates in North America, almost every part of the province is now considered a risk area.

In Ontario, hot spots include the Thousand Islands along the St. Lawrence River and the countryside around Kingston and Ottawa. In Quebec, cases are concentrated in the Estrie and Monteregie regions near the Vermont border, and in Manitoba ticks have established themselves in the Red River valley south of Winnipeg.

"Every few years we push the map another 50 kilometres north," said Nicholas Ogden, a researcher at the agency's National Microbiology Laboratory in Winnipeg. Warmer autumns allow ticks to complete their life cycle faster, and migratory birds carry them into new areas.

The illness is named after the town of Lyme, Connecticut, where a cluster of arthritis cases among children was investigated in the 1970s. In the United States, about 476,000 people are diagnosed and treated each year, most in New England, New York, Pennsylvania and the upper Midwest.

The agency has launched a tracking app and is funding research at Bishop's University in Sherbrooke, where scientists are testing whether deer feeders laced with tick-killing drugs can slow the spread.""", [
    ("Lyme disease", "-", N),
    ("Canadian", "CA", Q),
    ("OTTAWA", "CA", T),
    ("Canada", "CA", C),
    ("Public Health Agency of Canada", "CA", Q),
    ("Ontario", "CA", A),
    ("Quebec", "CA", A),
    ("Nova Scotia", "CA", A),
    ("New Brunswick", "CA", A),
    ("Manitoba", "CA", A),
    ("Lunenburg County", "CA", A),
    ("South Shore", "CA", N, (44.4, -64.5)),
    ("North America", "*", N),
    ("Thousand Islands", "*", N),
    ("St. Lawrence River", "*", N),
    ("Kingston", "CA", T, (44.23, -76.48)),
    ("Ottawa", "CA", T),
    ("Estrie", "CA", A),
    ("Monteregie", "CA", A),
    ("Vermont", "US", A),
    ("Red River", "CA|US", N),
    ("Winnipeg", "CA", T),
    ("Lyme", "US", T, "US.CT"),
    ("Connecticut", "US", A),
    ("United States", "US", C),
    ("New England", "US", N),
    ("New York", "US", A),
    ("Pennsylvania", "US", A),
    ("Midwest", "US", N),
    ("Bishop's University", "-", N),
    ("Sherbrooke", "CA", T),
])

add("b", """Orangutans hold steady in Borneo's peat forests, but palm oil frontier advances

By Hans Nicholas Jong

PALANGKA RAYA, Indonesia (Mongabay) - The number of Bornean orangutans in Sebangau National Park, one of the largest remaining populations of the great ape, has held steady at about 6,000 over the past decade, according to a survey of nests counted along hundreds of kilometres of transects.

The park, a vast peat swamp forest just south of Palangka Raya, the capital of Central Kalimantan province, was logged heavily in the 1990s. Rewetting of drained peat by blocking canals has reduced fires and helped the forest recover, said researchers from the Borneo Nature Foundation.

The picture elsewhere on Borneo is less hopeful. A study led by Liverpool John Moores University estimated that the island lost more than 100,000 orangutans between 1999 and 2015, mostly in areas cleared for oil palm in West Kalimantan and East Kalimantan, where the new capital, Nusantara, is under construction.

Across the border in Malaysia, orangutans along the Kinabatangan River in Sabah are hemmed in by plantations, and conservationists near Sandakan are building rope bridges to link forest fragments. In Sarawak, the Semenggoh reserve outside Kuching runs a rehabilitation programme.

On Sumatra, the Tapanuli orangutan, identified as a separate species in 2017, survives only in the Batang Toru forest in North Sumatra, where fewer than 800 remain. A hydropower dam on the Batang Toru river has been delayed for years. The Sumatran orangutan's main stronghold is the Leuser Ecosystem in Aceh.

"Protecting peatland is the cheapest climate policy Indonesia has," said Juliarta Ottay of the Borneo Nature Foundation. Officials in Jakarta say they will expand the moratorium on new plantation permits.""", [
    ("Borneo", "*", N),
    ("PALANGKA RAYA", "ID", T),
    ("Indonesia", "ID", C),
    ("Bornean", "*", Q),
    ("Sebangau National Park", "ID", N),
    ("Palangka Raya", "ID", T),
    ("Central Kalimantan", "ID", A),
    ("Borneo Nature Foundation", "-", N),
    ("Liverpool John Moores University", "-", N),
    ("West Kalimantan", "ID", A),
    ("East Kalimantan", "ID", A),
    ("Nusantara", "ID", T),
    ("Malaysia", "MY", C),
    ("Kinabatangan River", "MY", N),
    ("Sabah", "MY", A),
    ("Sandakan", "MY", T),
    ("Sarawak", "MY", A),
    ("Semenggoh", "MY", N),
    ("Kuching", "MY", T),
    ("Sumatra", "ID", N),
    ("Tapanuli orangutan", "-", N),
    ("Batang Toru", "ID", N),
    ("North Sumatra", "ID", A),
    ("Sumatran", "ID", Q),
    ("Leuser Ecosystem", "ID", N),
    ("Aceh", "ID", A),
    ("Jakarta", "ID", T),
])

add("b", """Lidar reveals lost Maya city hidden under Mexican forest

By Maria Verza

MEXICO CITY (AP) - Archaeologists have identified a previously unknown Maya city with more than 6,000 structures, including pyramids, a ball court and a reservoir, beneath dense forest in the southern state of Campeche, using laser-mapping data originally gathered to monitor forest carbon.

The city, which researchers have named Valeriana after a nearby lagoon, lies about 15 km from Xpujil, a town on the main highway across the Yucatan Peninsula, and close to the Calakmul Biosphere Reserve, home to one of the largest ancient Maya capitals.

"We found it from an office," said Luke Auld-Thomas, a doctoral student at Tulane University in New Orleans who spotted the ruins in lidar data posted online by a Mexican environmental monitoring project. The structures had escaped notice even though local farmers work fields around them.

Lidar, which fires laser pulses from aircraft to map the ground beneath vegetation, has transformed Maya archaeology. A 2018 survey of the Maya Biosphere Reserve in Guatemala's Peten region revealed tens of thousands of structures around Tikal, and another showed the extent of Caracol in Belize.

Mexico's National Institute of Anthropology and History (INAH) said it had no immediate plans to excavate Valeriana but would protect the area. The site is about 130 km from the Guatemalan border and a long drive from the Campeche state capital, also called Campeche, on the Gulf coast.

The find adds to evidence that the lowlands of southern Mexico and northern Central America supported millions of people at the height of Classic Maya civilisation, around 750 AD. Tourism officials in Merida hope the new Maya Train, which stops at Xpujil, will bring visitors.""", [
    ("Mexican", "MX", Q),
    ("MEXICO CITY", "MX", T),
    ("Campeche#1", "MX", A),
    ("Campeche state", "MX", A),
    ("Campeche#3", "MX", T),
    ("Valeriana", "MX", N),
    ("Xpujil", "MX", T),
    ("Yucatan Peninsula", "*", N),
    ("Calakmul Biosphere Reserve", "MX", N),
    ("Tulane University", "-", N),
    ("New Orleans", "US", T),
    ("Maya Biosphere Reserve", "GT", N),
    ("Guatemala", "GT", C),
    ("Peten", "GT", A),
    ("Tikal", "GT", N),
    ("Caracol", "BZ", N),
    ("Belize", "BZ", C),
    ("Mexico", "MX", C),
    ("Guatemalan", "GT", Q),
    ("Gulf", "*", N),
    ("Central America", "*", N),
    ("Merida", "MX", T, (20.97, -89.62)),
])

add("b", """Stonehenge's Altar Stone traced to Caithness coast, 750 km away

By Esther Addley

LONDON (Reuters) - The six-tonne Altar Stone at the centre of Stonehenge was quarried on the coast of Caithness, in the far north-east of Scotland, and hauled some 750 km to Salisbury Plain about 5,000 years ago, scientists said on Wednesday.

Geologists had long assumed the sandstone block came from Wales, like the smaller bluestones, which were brought from the Preseli Hills in Pembrokeshire. In 2024 a team led by Curtin University in Perth, Western Australia, showed that mineral grains in the stone matched the Orcadian Basin, a belt of ancient sandstone stretching from Orkney to the Moray Firth.

The new study, by researchers at Aberystwyth University and University College London, compared the chemistry of grains with samples from dozens of outcrops and narrowed the likely source to cliffs between Wick and Thurso. Samples from Orkney itself did not match.

"Moving a stone of this size from the tip of mainland Britain to Wiltshire would have required a huge collective effort," said geologist Richard Bevins. The team thinks the stone was more likely carried by sea, around the coast of Britain or through the Irish Sea, than dragged overland through the Highlands.

Caithness and Orkney were home to a thriving Neolithic culture, represented by the villages of Skara Brae and the temple complex at the Ness of Brodgar. Grooved Ware pottery, first made in Orkney, later spread across Britain and is found at Durrington Walls, near Stonehenge.

English Heritage, which manages the monument near Amesbury, said the findings would be added to the visitor centre next year. A replica of the stone will go on show at the Caithness Horizons museum in Thurso.""", [
    ("LONDON", "GB", T),
    ("Stonehenge", "GB", N),
    ("Caithness", "GB", A),
    ("Scotland", "GB", A),
    ("Salisbury Plain", "GB", N),
    ("Wales", "GB", A),
    ("Preseli Hills", "GB", N),
    ("Pembrokeshire", "GB", A),
    ("Curtin University", "-", N),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Western Australia", "AU", A),
    ("Orcadian Basin", "GB", N),
    ("Orkney", "GB", A),
    ("Moray Firth", "GB", N),
    ("Aberystwyth University", "-", N),
    ("University College London", "-", N),
    ("Wick", "GB", T, (58.44, -3.09)),
    ("Thurso", "GB", T),
    ("Britain", "GB", C),
    ("Wiltshire", "GB", A),
    ("Irish Sea", "*", N),
    ("Highlands", "GB", N),
    ("Skara Brae", "GB", N),
    ("Ness of Brodgar", "GB", N),
    ("Durrington Walls", "GB", N),
    ("English Heritage", "GB", Q),
    ("Amesbury", "GB", T, (51.17, -1.78)),
    ("Caithness Horizons", "-", N),
])

add("b", """Pink salmon invasion threatens Atlantic salmon rivers in Arctic Norway

By Gwladys Fouche

OSLO (Reuters) - Norway has caught a record number of invasive pink salmon in its northern rivers this summer, and scientists fear the Pacific species is starting to crowd out wild Atlantic salmon, whose numbers have already fallen by half since the 1980s.

Traps and volunteers removed more than 300,000 pink salmon from rivers in Finnmark, Norway's northernmost county, according to the Norwegian Institute for Nature Research in Trondheim. The fish spawn every two years, and each invasion has been larger than the last.

Pink salmon were deliberately introduced by Soviet scientists to rivers on the Kola Peninsula in the 1950s and 1960s, hoping to create a new fishery in the Barents Sea and the White Sea. They have since spread west along the Norwegian coast and have been found in rivers in Iceland, Scotland and Ireland.

On the Tana River, which forms part of the border between Norway and Finland and is one of the most important Atlantic salmon rivers in Europe, Norwegian and Finnish authorities have built a joint barrier near the river's mouth. Fishing for salmon on the Tana has been banned since 2021 to protect the dwindling stock.

"If we don't stop them now, they will establish themselves permanently," said biologist Eva Thorstad. Rivers around Alta and Kirkenes, near the Russian border, have also been affected.

In Scotland, fishery boards on the River Dee in Aberdeenshire and the Spey have asked anglers to kill any pink salmon they catch. Norway has called for joint action with Russia, but cooperation through Murmansk has largely stopped since 2022.""", [
    ("Atlantic salmon", "-", N),
    ("Arctic", "*", N),
    ("Norway", "NO", C),
    ("OSLO", "NO", T),
    ("Pacific", "*", Q),
    ("Finnmark", "NO", A),
    ("Norwegian Institute for Nature Research", "NO", Q),
    ("Trondheim", "NO", T),
    ("Soviet", "*", Q),
    ("Kola Peninsula", "RU", N),
    ("Barents Sea", "*", N),
    ("White Sea", "*", N),
    ("Norwegian", "NO", Q),
    ("Iceland", "IS", C),
    ("Scotland", "GB", A),
    ("Ireland", "IE", C),
    ("Tana River", "NO|FI", N),
    ("Tana", "NO|FI", N),
    ("Finland", "FI", C),
    ("Europe", "*", N),
    ("Finnish", "FI", Q),
    ("Alta", "NO", T, (69.97, 23.27)),
    ("Kirkenes", "NO", T),
    ("Russian", "RU", Q),
    ("River Dee", "GB", N, (57.1, -2.3)),
    ("Aberdeenshire", "GB", A),
    ("Spey", "GB", N),
    ("Russia", "RU", C),
    ("Murmansk", "RU", T),
])

add("b", """Bird flu kills thousands of seals on South Georgia, survey finds

By Reuters staff

STANLEY, Falkland Islands (Reuters) - Highly pathogenic H5N1 bird flu has killed several thousand elephant seals and fur seals on South Georgia, a survey of the sub-Antarctic island's beaches has found, raising fears for wildlife further south on the Antarctic Peninsula.

Samples collected by the government of South Georgia and the South Sandwich Islands at King Edward Point and on Bird Island were confirmed positive by the Animal and Plant Health Agency's laboratory in Weybridge, England. The virus was first detected on the island in brown skuas in October 2023.

Scientists say the strain reached the Southern Ocean after sweeping down the Pacific coast of South America, killing sea lions in Peru and Chile, and then moving up the Atlantic coast. In 2023 it killed an estimated 17,000 elephant seal pups at Peninsula Valdes in Argentina's Chubut province, about 95 percent of that year's births.

"South Georgia holds about half of the world's southern elephant seals, so this is a very significant loss," said Norman Ratcliffe of the British Antarctic Survey, which runs research stations at Bird Island and King Edward Point.

Argentine scientists have since confirmed the virus in skuas near Hope Bay, at the tip of the Antarctic Peninsula, and in penguins on the South Shetland Islands. Cases have also been found on the Falklands, about 1,400 km west of South Georgia, and in Tierra del Fuego near Ushuaia.

Tour operators sailing from Ushuaia and from Punta Arenas in Chile have been told to keep visitors away from colonies showing signs of disease. No cases have yet been confirmed in Australia or New Zealand, leaving Oceania as the only major region still free of the strain.""", [
    ("South Georgia", "GS", N),
    ("STANLEY", "FK", T, (-51.69, -57.86)),
    ("Falkland Islands", "FK", N),
    ("Antarctic", "*", Q),
    ("Antarctic Peninsula", "AQ", N),
    ("South Georgia and the South Sandwich Islands", "GS", N),
    ("King Edward Point", "GS", N),
    ("Bird Island", "GS", N, (-54.01, -38.05)),
    ("Weybridge", "GB", T),
    ("England", "GB", A),
    ("Southern Ocean", "*", N),
    ("Pacific", "*", N),
    ("South America", "*", N),
    ("Peru", "PE", C),
    ("Chile", "CL", C),
    ("Atlantic", "*", N),
    ("Peninsula Valdes", "AR", N),
    ("Argentina", "AR", C),
    ("Chubut", "AR", A),
    ("British Antarctic Survey", "-", N),
    ("Argentine", "AR", Q),
    ("Hope Bay", "AQ", N),
    ("South Shetland Islands", "AQ", N),
    ("Falklands", "FK", N),
    ("Tierra del Fuego", "*", N),
    ("Ushuaia", "AR", T),
    ("Punta Arenas", "CL", T),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("Oceania", "*", N),
])

add("b", """New dates from Moroccan cave push back the origins of Homo sapiens

By AFP

LEIPZIG, Germany (AFP) - Fossils from Jebel Irhoud, a former barite mine in Morocco, are about 315,000 years old, according to new dating that strengthens the case that our species emerged across the whole of Africa rather than in a single cradle in the east.

The skulls, teeth and stone tools were first found by miners in the 1960s at the site, which lies between Marrakesh and the Atlantic port of Safi. A team from the Max Planck Institute for Evolutionary Anthropology and Morocco's National Institute of Archaeology and Heritage Sciences (INSAP) in Rabat re-excavated the cave and used thermoluminescence on burnt flints.

"The face of these people looks like ours; the braincase is more elongated," said palaeoanthropologist Jean-Jacques Hublin of the College de France in Paris, who co-led the work. Until recently the oldest known Homo sapiens fossils came from Omo Kibish in southern Ethiopia, dated to about 233,000 years.

Fragments from Florisbad in South Africa, about 260,000 years old, also show a mix of modern and archaic features, suggesting that early humans spread across the continent, including a greener Sahara, long before some of them left Africa.

Those migrations reached the Levant early: remains at Misliya Cave, on Mount Carmel in Israel, are about 180,000 years old, and a skull from Apidima Cave in southern Greece may be older still.

Morocco has become a hotspot for research on human origins. At the Grotte des Pigeons near Taforalt, in the east of the country, archaeologists have found shell beads about 82,000 years old, among the earliest ornaments known. The Jebel Irhoud fossils will be displayed at the National Museum of Archaeology in Rabat from next spring.""", [
    ("Moroccan", "MA", Q),
    ("LEIPZIG", "DE", T),
    ("Germany", "DE", C),
    ("Jebel Irhoud", "MA", N),
    ("Morocco", "MA", C),
    ("Africa", "*", N),
    ("Marrakesh", "MA", T),
    ("Atlantic", "*", N),
    ("Safi", "MA", T),
    ("Max Planck Institute for Evolutionary Anthropology", "-", N),
    ("National Institute of Archaeology and Heritage Sciences", "MA", Q),
    ("Rabat", "MA", T),
    ("College de France", "-", N),
    ("Paris", "FR", T),
    ("Omo Kibish", "ET", N),
    ("Ethiopia", "ET", C),
    ("Florisbad", "ZA", N),
    ("South Africa", "ZA", C),
    ("Sahara", "*", N),
    ("Levant", "*", N),
    ("Misliya Cave", "IL", N),
    ("Mount Carmel", "IL", N),
    ("Israel", "IL", C),
    ("Apidima Cave", "GR", N),
    ("Greece", "GR", C),
    ("Grotte des Pigeons", "MA", N),
    ("Taforalt", "MA", T),
    ("National Museum of Archaeology", "-", N),
])

# ---------------------------------------------------------------- genre c: space, physics, observatories, expeditions, research policy

add("c", """Starship flies full mission and deploys dummy satellites in 10th test

By Joey Roulette

STARBASE, Texas (Reuters) - SpaceX's Starship rocket completed its most successful test flight yet on Tuesday, lifting off from the company's launch site on the southern tip of Texas, releasing eight dummy Starlink satellites in space and splashing down on target in the Indian Ocean about an hour later.

The 123-metre rocket rose from Starbase, the company town near Boca Chica beach that was incorporated as a city in May, and arced over the Gulf of Mexico before its Super Heavy booster fell back into the sea. Crowds watched from South Padre Island and from the outskirts of Brownsville, about 30 km away.

The upper stage re-entered the atmosphere over the Indian Ocean and, in images from a buoy north-west of Australia, flipped upright before toppling into the water.

Three earlier Starship flights this year ended in explosions, scattering debris over the Turks and Caicos Islands and the Bahamas. The government of Mexico has complained that fragments washed up on beaches in Tamaulipas state, south of Matamoros, and has threatened legal action.

"This is the flight we needed," SpaceX President Gwynne Shotwell told employees at the company's factory in Hawthorne, California, where its Falcon 9 rockets are built. The Raptor engines are tested at a site in McGregor, Texas.

NASA plans to use a version of Starship to land astronauts near the Moon's south pole. SpaceX is building additional Starship launch pads in Florida, at Cape Canaveral and at the Kennedy Space Center, and the Federal Aviation Administration in Washington is reviewing a request to increase launches from Texas to 25 a year.""", [
    ("STARBASE", "US", T, (25.99, -97.16)),
    ("Texas", "US", A),
    ("Indian Ocean", "*", N),
    ("Starbase", "US", T, (25.99, -97.16)),
    ("Boca Chica", "US", N, (25.99, -97.16)),
    ("Gulf of Mexico", "*", N),
    ("South Padre Island", "US", T),
    ("Brownsville", "US", T, "US.TX"),
    ("Australia", "AU", C),
    ("Turks and Caicos Islands", "TC", N),
    ("Bahamas", "BS", C),
    ("Mexico", "MX", C),
    ("Tamaulipas state", "MX", A),
    ("Matamoros", "MX", T, (25.87, -97.5)),
    ("Hawthorne", "US", T, (33.92, -118.35)),
    ("California", "US", A),
    ("McGregor", "US", T, (31.44, -97.41)),
    ("Florida", "US", A),
    ("Cape Canaveral", "US", N),
    ("Kennedy Space Center", "US", Q),
    ("Washington", "US", T, (38.9, -77.04)),
])

add("c", """Rubin Observatory unveils first images from its Chilean mountaintop

By Eva Vergara

LA SERENA, Chile (AP) - The Vera C. Rubin Observatory released its first images on Monday, showing millions of galaxies and thousands of previously unknown asteroids, captured from its perch on Cerro Pachon, a 2,700-metre peak in Chile's Coquimbo Region.

The telescope's 3,200-megapixel camera, the largest ever built for astronomy, was assembled at the SLAC National Accelerator Laboratory in Menlo Park, California, and flown to Santiago before being trucked up the mountain from La Serena. Over the next ten years it will photograph the entire southern sky every few nights.

The observatory is jointly run by the National Science Foundation and the Department of Energy, with operations managed from Tucson, Arizona. Data will be processed in California and in France, at a computing centre in Lyon.

Northern Chile has become the world's astronomy capital, thanks to dry air and clear skies. The Atacama Desert further north hosts the ALMA radio telescope on the Chajnantor plateau, 5,000 metres up near San Pedro de Atacama, while the European Southern Observatory operates the Very Large Telescope on Cerro Paranal, in the Antofagasta Region.

ESO is also building the Extremely Large Telescope on nearby Cerro Armazones, with a 39-metre mirror, directed from its headquarters in Garching, near Munich in Germany.

"The Elqui Valley has always been about the sky," said Maria Teresa Ruiz, a Chilean astronomer. Tourism officials in Vicuna, the valley's main town, say astro-tourism now rivals the pisco industry. Astronomers have warned, however, that a planned green hydrogen complex near Paranal could bring light pollution to the region.""", [
    ("Chilean", "CL", Q),
    ("LA SERENA", "CL", T),
    ("Chile", "CL", C),
    ("Vera C. Rubin Observatory", "-", N),
    ("Cerro Pachon", "CL", N),
    ("Coquimbo Region", "CL", A),
    ("SLAC National Accelerator Laboratory", "-", N),
    ("Menlo Park", "US", T, (37.45, -122.18)),
    ("California", "US", A),
    ("Santiago", "CL", T, (-33.46, -70.65)),
    ("La Serena", "CL", T),
    ("Tucson", "US", T),
    ("Arizona", "US", A),
    ("France", "FR", C),
    ("Lyon", "FR", T),
    ("Atacama Desert", "CL", N),
    ("ALMA", "-", N),
    ("Chajnantor", "CL", N),
    ("San Pedro de Atacama", "CL", T),
    ("European", "*", Q),
    ("Very Large Telescope", "-", N),
    ("Cerro Paranal", "CL", N),
    ("Antofagasta Region", "CL", A),
    ("Extremely Large Telescope", "-", N),
    ("Cerro Armazones", "CL", N),
    ("Garching", "DE", T, (48.25, 11.65)),
    ("Munich", "DE", T),
    ("Germany", "DE", C),
    ("Elqui Valley", "CL", N),
    ("Vicuna", "CL", T, (-30.04, -70.71)),
    ("Paranal", "CL", N),
])

add("c", """Thirty Meter Telescope backers weigh La Palma as Mauna Kea impasse drags on

By Audrey McAvoy

HILO, Hawaii (AP) - The partners behind the Thirty Meter Telescope are again studying a move to the Spanish island of La Palma, after the National Science Foundation signalled it would fund only one of the two giant telescopes planned by US astronomers.

The $3 billion project has been stalled on Mauna Kea, the 4,207-metre dormant volcano on the Big Island, since protests in 2019, when Native Hawaiians who consider the summit sacred blocked the access road for months. A new state authority, based in Hilo, now shares management of the mountain with the University of Hawaii.

The NSF, headquartered in Alexandria, Virginia, said its budget would support the rival Giant Magellan Telescope, under construction at Las Campanas Observatory in Chile's Atacama Desert, leaving the TMT to seek money from its other partners: Caltech and the University of California, both in California, and agencies in Japan, India and Canada.

La Palma, in Spain's Canary Islands, already hosts more than a dozen telescopes at the Roque de los Muchachos observatory, 2,400 metres above sea level. The regional government in Santa Cruz de Tenerife and officials in Madrid have offered land and tax breaks. The island's economy was hit hard by the 2021 eruption of the Cumbre Vieja volcano, which destroyed more than 3,000 buildings.

"La Palma would be a scientifically excellent site, though not quite as good as Mauna Kea," said astronomer Rafael Rebolo, director of the Instituto de Astrofisica de Canarias. Officials in Santa Cruz de La Palma, the island's capital, said the project would bring hundreds of jobs.

Supporters in Honolulu say Hawaii risks losing its leading role in astronomy. Keck, run by Caltech and the University of California from Waimea, and Japan's Subaru telescope, based in Hilo, are already on the summit.""", [
    ("Thirty Meter Telescope", "-", N),
    ("La Palma", "ES", N, (28.68, -17.86)),
    ("Mauna Kea", "US", N),
    ("HILO", "US", T),
    ("Hawaii", "US", A),
    ("Spanish", "ES", Q),
    ("US", "US", Q),
    ("Big Island", "US", N),
    ("Native Hawaiians", "US", Q),
    ("Hilo", "US", T),
    ("University of Hawaii", "-", N),
    ("Alexandria", "US", T, (38.8, -77.05)),
    ("Virginia", "US", A),
    ("Giant Magellan Telescope", "-", N),
    ("Las Campanas Observatory", "CL", Q),
    ("Chile", "CL", C),
    ("Atacama Desert", "CL", N),
    ("Caltech", "-", N),
    ("University of California", "-", N),
    ("California", "US", A),
    ("Japan", "JP", C),
    ("India", "IN", C),
    ("Canada", "CA", C),
    ("Spain", "ES", C),
    ("Canary Islands", "ES", A),
    ("Roque de los Muchachos", "ES", N),
    ("Santa Cruz de Tenerife", "ES", T),
    ("Madrid", "ES", T),
    ("Cumbre Vieja", "ES", N),
    ("Instituto de Astrofisica de Canarias", "-", N),
    ("Santa Cruz de La Palma", "ES", T),
    ("Honolulu", "US", T),
    ("Subaru", "-", N),
    ("Waimea", "US", T, (20.02, -155.67)),
])

add("c", """China's Chang'e-6 brings home first samples from the Moon's far side

By Reuters staff

BEIJING (Reuters) - A capsule carrying the first rock and soil ever collected from the far side of the Moon landed in the grasslands of Siziwang Banner in China's Inner Mongolia region on Tuesday, completing a 53-day mission.

Chang'e-6 scooped about 2 kg of material from the Apollo crater inside the South Pole-Aitken basin, the largest and oldest known impact structure on the Moon. The mission was launched on May 3 from the Wenchang launch site on the southern island province of Hainan.

"This is a first in human history," President Xi Jinping said in a message read out at a ceremony in Beijing. Samples will be studied first at the National Astronomical Observatories of China, part of the Chinese Academy of Sciences, and later shared with international teams.

The lander carried instruments from France, Italy and Sweden and the European Space Agency, and a small cubesat built by Pakistan's Institute of Space Technology in Islamabad. A Swedish-built ion analyser was operated by scientists in Kiruna, in the north of the country.

The capsule was recovered by helicopter teams, as with the Chang'e-5 samples that landed in the same part of Inner Mongolia in 2020. China's crewed Shenzhou missions, launched from the Jiuquan Satellite Launch Center on the edge of the Gobi Desert, come down at the nearby Dongfeng landing site, also in Inner Mongolia.

China plans to send Chang'e-7 to the lunar south pole in 2026, followed by a joint research base with Russia in the 2030s. Officials in Moscow and Beijing say countries including Venezuela, South Africa and Azerbaijan have signed on to the International Lunar Research Station.""", [
    ("China", "CN", C),
    ("BEIJING", "CN", T),
    ("Siziwang Banner", "CN", A),
    ("Inner Mongolia", "CN", A),
    ("South Pole-Aitken basin", "-", N),
    ("Apollo", "-", N),
    ("Wenchang", "CN", T, (19.55, 110.8)),
    ("Hainan", "CN", A),
    ("Beijing", "CN", T),
    ("National Astronomical Observatories of China", "CN", Q),
    ("Chinese", "CN", Q),
    ("France", "FR", C),
    ("Italy", "IT", C),
    ("Sweden", "SE", C),
    ("European", "*", Q),
    ("Pakistan", "PK", C),
    ("Institute of Space Technology", "-", N),
    ("Islamabad", "PK", T),
    ("Swedish", "SE", Q),
    ("Kiruna", "SE", T),
    ("Jiuquan Satellite Launch Center", "CN", Q),
    ("Gobi Desert", "*", N),
    ("Dongfeng", "CN", Q),
    ("Russia", "RU", C),
    ("Moscow", "RU", T),
    ("Venezuela", "VE", C),
    ("South Africa", "ZA", C),
    ("Azerbaijan", "AZ", C),
])

add("c", """India readies uncrewed Gaganyaan flight with humanoid robot on board

By Aditi Shah

SRIHARIKOTA, India (Reuters) - India's space agency is in the final stages of preparing the first uncrewed test of its Gaganyaan crew capsule, which will carry a humanoid robot called Vyommitra into orbit and return it to a splashdown in the Bay of Bengal.

The flight will lift off from the Satish Dhawan Space Centre on Sriharikota, a barrier island in Andhra Pradesh separating Pulicat Lake from the sea, about 80 km north of Chennai. Indian Navy ships will recover the capsule off the coast.

The crew module was integrated at the Vikram Sarabhai Space Centre in Thiruvananthapuram, the capital of Kerala, and its engines were tested at the agency's propulsion complex at Mahendragiri in Tamil Nadu. The Indian Space Research Organisation, headquartered in Bengaluru, plans two more uncrewed flights before sending astronauts.

Four Indian Air Force test pilots selected as astronaut-designates trained at Star City, outside Moscow, and one of them, Shubhanshu Shukla, flew to the International Space Station in 2025 on a private mission launched from Florida.

"Every system has to be proven twice before a human sits in that seat," ISRO chairman V. Narayanan told reporters in Bengaluru. India hopes to launch its own space station by 2035 and land an astronaut on the Moon by 2040.

ISRO is also building a second spaceport at Kulasekarapattinam in Tamil Nadu's Thoothukudi district, which will allow small rockets to fly south over the Indian Ocean without passing over Sri Lanka. Officials in New Delhi say the site will open in 2026. India made history in 2023 when Chandrayaan-3 landed near the Moon's south pole.""", [
    ("India", "IN", C),
    ("SRIHARIKOTA", "IN", T),
    ("Bay of Bengal", "*", N),
    ("Satish Dhawan Space Centre", "-", N),
    ("Sriharikota", "IN", N),
    ("Andhra Pradesh", "IN", A),
    ("Pulicat Lake", "IN", N),
    ("Chennai", "IN", T),
    ("Indian", "IN", Q),
    ("Vikram Sarabhai Space Centre", "-", N),
    ("Thiruvananthapuram", "IN", T),
    ("Kerala", "IN", A),
    ("Mahendragiri", "IN", N, (8.39, 77.53)),
    ("Tamil Nadu", "IN", A),
    ("Bengaluru", "IN", T),
    ("Star City", "RU", T, (55.88, 38.11)),
    ("Moscow", "RU", T),
    ("Florida", "US", A),
    ("Kulasekarapattinam", "IN", T),
    ("Thoothukudi", "IN", A),
    ("Indian Ocean", "*", N),
    ("Sri Lanka", "LK", C),
    ("New Delhi", "IN", T),
])

add("c", """Soyuz carries Russian-American crew to space station from Baikonur

By Dasha Litvinova

BAIKONUR, Kazakhstan (AP) - A Soyuz rocket carrying two Russian cosmonauts and a NASA astronaut blasted off from the Baikonur Cosmodrome on Friday and docked with the International Space Station about three hours later.

The launch from the steppe of southern Kazakhstan was the first from Site 31 since a launch in November damaged the pad's service platform. Repairs were completed by engineers flown in from Moscow and Samara, where the rockets are built.

Russia leases Baikonur and the surrounding town from Kazakhstan for about $115 million a year. Its new Vostochny Cosmodrome in the Amur region of the Far East was meant to take over crewed launches, but the work has fallen years behind schedule.

Mission control for the Russian segment is in Korolyov, near Moscow, while NASA's flight controllers work from Houston, Texas. The crew trained together at Star City and at NASA's Johnson Space Center.

"Cooperation on the station has continued despite everything," the NASA astronaut told reporters before launch. The crew will spend eight months on board and return in a capsule that will land on the steppe south-east of Zhezkazgan, in Kazakhstan's Ulytau region, where recovery teams from Karaganda and Kyzylorda will meet them.

Under a seat-swap agreement, Russian cosmonauts also fly on SpaceX Dragon capsules launched from Cape Canaveral in Florida. Officials in Washington and Moscow have said they want to keep the station flying until 2030, when NASA plans to bring it down into a remote part of the Pacific Ocean known as Point Nemo.""", [
    ("Russian", "RU", Q),
    ("American", "US", Q),
    ("Baikonur", "KZ", T),
    ("BAIKONUR", "KZ", T),
    ("Kazakhstan", "KZ", C),
    ("Baikonur Cosmodrome", "KZ", Q),
    ("Site 31", "KZ", Q),
    ("Moscow", "RU", T),
    ("Samara", "RU", T),
    ("Russia", "RU", C),
    ("Vostochny Cosmodrome", "RU", Q),
    ("Amur region", "RU", A),
    ("Far East", "RU", N),
    ("Korolyov", "RU", T, (55.91, 37.83)),
    ("Houston", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Star City", "RU", T, (55.88, 38.11)),
    ("Johnson Space Center", "-", N),
    ("Zhezkazgan", "KZ", T),
    ("Ulytau", "KZ", A),
    ("Karaganda", "KZ", T),
    ("Kyzylorda", "KZ", T),
    ("Cape Canaveral", "US", N),
    ("Florida", "US", A),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Pacific Ocean", "*", N),
    ("Point Nemo", "*", N),
])

add("c", """Research icebreakers head for Fram Strait to track the Arctic's vanishing sea ice

By Nerijus Adomaitis

LONGYEARBYEN, Svalbard (Reuters) - Two research icebreakers set out from Svalbard this week for a six-week expedition to the Fram Strait, the gateway between Greenland and the Svalbard archipelago through which most of the sea ice leaving the Arctic Ocean drifts south.

Germany's Polarstern, operated by the Alfred Wegener Institute in Bremerhaven, will service the HAUSGARTEN deep-sea observatory, a network of moorings and seafloor instruments that has monitored the strait for 25 years. Norway's Kronprins Haakon, run by the Norwegian Polar Institute in Tromso, will sample ice and water along the east coast of Greenland.

Much of the ice in the strait formed two or three years earlier in the Laptev Sea and the East Siberian Sea off Russia and crossed the Arctic near the North Pole on the Transpolar Drift. Scientists say the ice arriving now is thinner and younger than at any time since measurements began.

"The Fram Strait is where the Arctic's ice budget is settled," said oceanographer Benjamin Rabe. Warmer Atlantic water entering the Arctic Ocean through the strait and the Barents Sea is also melting ice from below, a process known as Atlantification.

Before setting sail, teams spent a week at Ny-Alesund, the research village on Kongsfjorden that hosts stations from more than ten countries, including China, India and South Korea. Russian scientists, who once worked alongside them from the mining settlement of Barentsburg, have largely been cut out of joint projects since 2022.

Norway, which governs Svalbard under a 1920 treaty, is tightening rules for researchers. Planes carrying the expedition's supplies flew in from Oslo and Tromso, and the data will be processed in Bremerhaven and at the Arctic University of Norway.""", [
    ("Fram Strait", "*", N),
    ("Arctic", "*", N),
    ("LONGYEARBYEN", "SJ|NO", T),
    ("Svalbard", "SJ|NO", N),
    ("Greenland", "GL", N),
    ("Arctic Ocean", "*", N),
    ("Germany", "DE", C),
    ("Polarstern", "-", N),
    ("Alfred Wegener Institute", "-", N),
    ("Bremerhaven", "DE", T),
    ("HAUSGARTEN", "-", N),
    ("Norway", "NO", C),
    ("Norwegian Polar Institute", "NO", Q),
    ("Tromso", "NO", T),
    ("Laptev Sea", "*", N),
    ("East Siberian Sea", "*", N),
    ("Russia", "RU", C),
    ("North Pole", "*", N),
    ("Transpolar Drift", "*", Q),
    ("Atlantic", "*", N),
    ("Barents Sea", "*", N),
    ("Ny-Alesund", "SJ|NO", T),
    ("Kongsfjorden", "SJ|NO", N),
    ("China", "CN", C),
    ("India", "IN", C),
    ("South Korea", "KR", C),
    ("Russian", "RU", Q),
    ("Barentsburg", "SJ|NO", T),
    ("Oslo", "NO", T),
    ("Arctic University of Norway", "-", N),
])

add("c", """Britain, Canada and New Zealand inside Horizon Europe as South Korea signs on

By Science|Business

BRUSSELS - The European Union's 95-billion-euro research programme, Horizon Europe, is becoming a club that reaches well beyond Europe, as South Korea became the latest country to join on equal terms with members such as Norway, Israel and Turkey.

The agreement, signed in Brussels by research ministers, allows Korean universities and companies to lead projects and receive grants from 2025. Officials in Seoul said about 500 Korean researchers had applied in the first round.

Britain rejoined the programme in 2024 after a three-year standoff linked to Brexit and the Northern Ireland protocol. "Researchers in London, Edinburgh and Cardiff are back at the table," said a spokesperson for the Department for Science, Innovation and Technology.

Canada and New Zealand are associated to the "Pillar II" part of the programme, which covers climate, health and digital research. Ottawa has committed 100 million Canadian dollars over four years, and Wellington a further 30 million over the same period. Japan has begun talks, with negotiators from Tokyo expected in Brussels in the autumn.

Switzerland, which was excluded after talks over a wider treaty with the EU collapsed in 2021, regained access this year; the government in Bern had spent more than 1 billion Swiss francs on stopgap grants in the meantime. Ukraine and Moldova joined in 2022, and Egypt and Morocco are associated as well.

Critics in Germany and France worry that a more global Horizon will dilute funding for European scientists. Negotiations over the next programme, due to start in 2028, are expected to decide whether association should be opened to the United States and Australia.""", [
    ("Britain", "GB", C),
    ("Canada", "CA", C),
    ("New Zealand", "NZ", C),
    ("Horizon Europe", "-", N),
    ("South Korea", "KR", C),
    ("BRUSSELS", "BE", T),
    ("European Union", "*", Q),
    ("Europe", "*", N),
    ("Norway", "NO", C),
    ("Israel", "IL", C),
    ("Turkey", "TR", C),
    ("Brussels", "BE", T),
    ("Korean", "KR", Q),
    ("Seoul", "KR", T),
    ("Northern Ireland", "GB", A),
    ("London", "GB", T),
    ("Edinburgh", "GB", T),
    ("Cardiff", "GB", T),
    ("Ottawa", "CA", T),
    ("Canadian", "CA", Q),
    ("Wellington", "NZ", T),
    ("Japan", "JP", C),
    ("Tokyo", "JP", T),
    ("Switzerland", "CH", C),
    ("EU", "*", Q),
    ("Bern", "CH", T),
    ("Swiss", "CH", Q),
    ("Ukraine", "UA", C),
    ("Moldova", "MD", C),
    ("Egypt", "EG", C),
    ("Morocco", "MA", C),
    ("Germany", "DE", C),
    ("France", "FR", C),
    ("European", "*", Q),
    ("United States", "US", C),
    ("Australia", "AU", C),
])

add("c", """CERN weighs 91-km collider as China's rival plan stalls

By Elizabeth Gibney

GENEVA (Nature) - Europe's particle-physics laboratory is edging towards a decision on the Future Circular Collider, a 91-kilometre ring that would be dug beneath the countryside around Geneva and cost about 15 billion Swiss francs for its first stage.

The tunnel, three times the length of the Large Hadron Collider's, would loop under Lake Geneva and pass beneath the French departments of Ain and Haute-Savoie, with eight surface sites in France and Switzerland. Mayors in the Pays de Gex, where CERN already has a large campus at Prevessin, have raised concerns about spoil from the excavation.

The CERN Council, which meets at the laboratory's headquarters in Meyrin, is expected to decide around 2028. Germany, the largest contributor, has questioned whether member states can afford it, while the United States has signalled interest in contributing.

The plan gained momentum after China's Institute of High Energy Physics in Beijing failed to win a place in the country's next five-year plan for its Circular Electron Positron Collider, a 100-km machine that could have been built near Qinhuangdao in Hebei province.

"If Europe hesitates now, the field could lose a generation," said Fabiola Gianotti, who led CERN until the end of 2025.

Other big projects are moving ahead. In the United States, Fermilab, near Batavia, Illinois, is building the Deep Underground Neutrino Experiment, which will fire neutrinos 1,300 km underground to detectors in a former gold mine in Lead, South Dakota. In Japan, the Hyper-Kamiokande detector is under construction in the Kamioka mine in Hida, Gifu Prefecture, while a proposed International Linear Collider in the Kitakami mountains of Iwate has stalled for lack of funds from Tokyo.""", [
    ("GENEVA", "CH", T),
    ("Europe", "*", N),
    ("Future Circular Collider", "-", N),
    ("Geneva", "CH", T),
    ("Swiss", "CH", Q),
    ("Large Hadron Collider", "-", N),
    ("Lake Geneva", "*", N),
    ("French", "FR", Q),
    ("Ain", "FR", A),
    ("Haute-Savoie", "FR", A),
    ("France", "FR", C),
    ("Switzerland", "CH", C),
    ("Pays de Gex", "FR", N),
    ("Prevessin", "FR", T),
    ("Meyrin", "CH", T),
    ("Germany", "DE", C),
    ("United States", "US", C),
    ("China", "CN", C),
    ("Beijing", "CN", T),
    ("Qinhuangdao", "CN", T),
    ("Hebei province", "CN", A),
    ("Batavia", "US", T, "US.IL"),
    ("Illinois", "US", A),
    ("Lead", "US", T, "US.SD"),
    ("South Dakota", "US", A),
    ("Japan", "JP", C),
    ("Kamioka", "JP", N, (36.33, 137.31)),
    ("Hida", "JP", T, (36.24, 137.17)),
    ("Gifu Prefecture", "JP", A),
    ("International Linear Collider", "-", N),
    ("Kitakami", "JP", N),
    ("Iwate", "JP", A),
    ("Tokyo", "JP", T),
])

add("c", """Oldest ice yet: Antarctic core reaches 1.2 million years back

By Nicola Davis

ROME (Reuters) - A European team drilling at Little Dome C, a remote spot on the ice sheet of East Antarctica, has retrieved ice that is at least 1.2 million years old, the oldest continuous climate record ever recovered from a core, the project's coordinators said.

The 2,800-metre core was drilled over four summers by the Beyond EPICA project, led by Italy's Institute of Polar Sciences in Venice and funded by the European Commission. The drill site is about 35 km from Concordia Station, the year-round base run by France and Italy on the Antarctic plateau, where temperatures average minus 35C in summer.

Supplies reach the site by tractor convoy from Dumont d'Urville, the French coastal station, and by air from Mario Zucchelli Station on Terra Nova Bay. Scientists and ice cores travel by ship through Hobart, in Tasmania, before being flown to Europe.

The ice should reveal why, about a million years ago, the rhythm of ice ages shifted from cycles of about 41,000 years to about 100,000 years. "Air bubbles in this ice are the only direct samples of the atmosphere of that time," said Carlo Barbante, the project's coordinator.

Other teams are racing to find older ice. A US-led group has recovered fragments up to 6 million years old from the Allan Hills, near McMurdo Station, though not in a continuous sequence, and Russian scientists have drilled at Vostok Station above Lake Vostok. Japan is drilling near Dome Fuji, and China is preparing a site at Dome A, the highest point on the ice sheet.

The core sections will be shipped to laboratories in Bern, Copenhagen, Grenoble and Cambridge for analysis, with results expected in 2026.""", [
    ("Antarctic", "*", Q),
    ("ROME", "IT", T),
    ("European", "*", Q),
    ("Little Dome C", "AQ", N),
    ("East Antarctica", "AQ", N),
    ("Italy", "IT", C),
    ("Institute of Polar Sciences", "-", N),
    ("Venice", "IT", T),
    ("Concordia Station", "AQ", N),
    ("France", "FR", C),
    ("Dumont d'Urville", "AQ", N),
    ("French", "FR", Q),
    ("Mario Zucchelli Station", "AQ", N),
    ("Terra Nova Bay", "AQ", N),
    ("Hobart", "AU", T),
    ("Tasmania", "AU", A),
    ("Europe", "*", N),
    ("US", "US", Q),
    ("Allan Hills", "AQ", N),
    ("McMurdo Station", "AQ", N),
    ("Russian", "RU", Q),
    ("Vostok Station", "AQ", N),
    ("Lake Vostok", "AQ", N),
    ("Japan", "JP", C),
    ("Dome Fuji", "AQ", N),
    ("China", "CN", C),
    ("Dome A", "AQ", N),
    ("Bern", "CH", T),
    ("Copenhagen", "DK", T),
    ("Grenoble", "FR", T),
    ("Cambridge", "GB", T, (52.2, 0.12)),
])

add("c", """Ariane 6 puts European weather satellite into orbit from Kourou

By AFP

KOUROU, French Guiana (AFP) - Europe's Ariane 6 rocket lifted off from the Guiana Space Centre on Tuesday evening and placed a new-generation weather satellite into orbit, the fourth commercial flight of the launcher that restored Europe's independent access to space.

The satellite, built by Thales Alenia Space in Cannes and OHB in Bremen, will be operated by Eumetsat from its headquarters in Darmstadt, Germany. It will scan Europe and Africa every 2.5 minutes and detect lightning to improve forecasts of severe storms.

The rocket's core stage was assembled by ArianeGroup at Les Mureaux, west of Paris, and its Vulcain engine was built in Vernon, in Normandy. The upper stage, with its restartable Vinci engine, was integrated in Bremen and tested at the German space agency's site at Lampoldshausen, in Baden-Württemberg.

"This is the cadence we promised," said Toni Tolker-Nielsen, the European Space Agency's director of space transportation. ESA wants Ariane 6 to fly up to ten times a year from French Guiana, on the north-east coast of South America, where the launch site's position near the equator gives rockets an extra boost.

Europe was left without its own heavy launcher for almost a year after Ariane 5 retired in 2023 and Russia withdrew its Soyuz rockets and staff from Kourou following the invasion of Ukraine. Italy's smaller Vega-C, built by Avio in Colleferro, near Rome, returned to flight in December.

France's space agency CNES, which has its technical centre in Toulouse, runs the spaceport. Residents of Kourou and the regional capital, Cayenne, have long complained that few spaceport jobs go to local people, and the launch was briefly delayed by a protest at the site's entrance.""", [
    ("European", "*", Q),
    ("KOUROU", "GF|FR", T),
    ("French Guiana", "GF|FR", N),
    ("Europe", "*", N),
    ("Guiana Space Centre", "GF|FR", Q),
    ("Cannes", "FR", T),
    ("Bremen", "DE", T),
    ("Darmstadt", "DE", T),
    ("Germany", "DE", C),
    ("Africa", "*", N),
    ("Les Mureaux", "FR", T),
    ("Paris", "FR", T),
    ("Vernon", "FR", T, (49.09, 1.46)),
    ("Normandy", "FR", A),
    ("German", "DE", Q),
    ("Lampoldshausen", "DE", T),
    ("Baden-Württemberg", "DE", A),
    ("South America", "*", N),
    ("Russia", "RU", C),
    ("Kourou", "GF|FR", T),
    ("Ukraine", "UA", C),
    ("Italy", "IT", C),
    ("Colleferro", "IT", T),
    ("Rome", "IT", T),
    ("France", "FR", C),
    ("Toulouse", "FR", T),
    ("Cayenne", "GF|FR", T),
])

add("c", """SKA telescope releases first image from the Australian outback

By Jamie Seidel

PERTH, Australia - The low-frequency half of the Square Kilometre Array, the world's largest radio telescope project, has produced its first image, showing about 85 galaxies in a patch of sky, from antennas spread across a sheep station in Western Australia.

The antennas, which look like two-metre-tall metal Christmas trees, stand at Inyarrimanha Ilgari Bundara, the national science agency's radio observatory in the Murchison region, about 800 km north of Perth, on the traditional lands of the Wajarri Yamaji people. The site is so radio-quiet that visitors must leave their phones in Geraldton, the nearest city on the coast.

When complete, SKA-Low will have 131,072 antennas. Its sister instrument, SKA-Mid, is being built in the Karoo region of South Africa's Northern Cape, near the small town of Carnarvon, where it will absorb the existing 64-dish MeerKAT telescope. Data will flow to supercomputers in Perth and Cape Town.

The project is run by the SKA Observatory, an intergovernmental organisation with headquarters at Jodrell Bank in Cheshire, England, in the grounds of the University of Manchester's observatory. Member countries include Australia, South Africa, Britain, China, India, Italy, the Netherlands, Portugal, Spain and Switzerland.

"This is the first glimpse of what will become the most sensitive radio telescope on the planet," said SKAO director-general Phil Diamond. The two arrays are expected to start science observations in 2027.

Radio astronomy has had a turbulent decade. The Arecibo telescope in Puerto Rico collapsed in 2020, while China's 500-metre FAST dish, in a karst depression in Guizhou province, now dominates the search for pulsars.""", [
    ("Australian", "AU", Q),
    ("PERTH", "AU", T, (-31.95, 115.86)),
    ("Australia", "AU", C),
    ("Western Australia", "AU", A),
    ("Inyarrimanha Ilgari Bundara", "AU", Q),
    ("Murchison", "AU", N, (-26.7, 116.2)),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Geraldton", "AU", T),
    ("Karoo", "ZA", N),
    ("South Africa", "ZA", C),
    ("Northern Cape", "ZA", A),
    ("Carnarvon", "ZA", T, (-30.97, 22.13)),
    ("Cape Town", "ZA", T),
    ("Jodrell Bank", "GB", N),
    ("Cheshire", "GB", A),
    ("England", "GB", A),
    ("University of Manchester", "-", N),
    ("Britain", "GB", C),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Italy", "IT", C),
    ("Netherlands", "NL", C),
    ("Portugal", "PT", C),
    ("Spain", "ES", C),
    ("Switzerland", "CH", C),
    ("Arecibo", "PR", Q),
    ("Puerto Rico", "PR", N),
    ("Guizhou province", "CN", A),
])

add("c", """Deep-sea expedition finds 'dark oxygen' as mining talks resume in Jamaica

By Rebecca Morelle

KINGSTON, Jamaica - Scientists returning from a month-long expedition to the Clarion-Clipperton Zone, a vast stretch of Pacific seabed between Hawaii and Mexico, say they have again measured oxygen being produced on the ocean floor without sunlight, a finding that has become central to the debate over deep-sea mining.

The results were presented in Kingston this week as the International Seabed Authority, which is based in the Jamaican capital, met to negotiate rules that would allow companies to harvest the potato-sized metal nodules covering the seafloor.

The team, led by Andrew Sweetman of the Scottish Association for Marine Science in Oban, Scotland, sailed from Manzanillo on Mexico's Pacific coast and lowered chambers to the seabed more than 4,000 metres down. Electrical charges on the nodules may split seawater into hydrogen and oxygen, they suggest.

The Metals Company, a Vancouver-based firm that has partnered with the island nations of Nauru and Tonga, says the measurements are flawed and has applied to the United States for a permit under American law, bypassing the authority. Its main ship docks in San Diego.

"We are discovering basic processes in the deep ocean at the same time as we are deciding whether to strip-mine it," said Sweetman. More than 30 countries, including France, Germany, Brazil and Chile, have called for a moratorium.

Biologists from the Natural History Museum in London who took part in earlier voyages estimate that more than 5,000 species live in the zone, most of them unknown to science. The Cook Islands and Kiribati are exploring their own nodule fields, while Norway last year paused plans to open parts of the Norwegian Sea and the Arctic to mining after protests.""", [
    ("Jamaica", "JM", C),
    ("KINGSTON", "JM", T),
    ("Clarion-Clipperton Zone", "*", N),
    ("Pacific", "*", N),
    ("Hawaii", "US", A),
    ("Mexico", "MX", C),
    ("Kingston", "JM", T),
    ("Jamaican", "JM", Q),
    ("Scottish Association for Marine Science", "GB", Q),
    ("Oban", "GB", T),
    ("Scotland", "GB", A),
    ("Manzanillo", "MX", T, (19.12, -104.34)),
    ("Vancouver", "CA", T),
    ("Nauru", "NR", C),
    ("Tonga", "TO", C),
    ("United States", "US", C),
    ("American", "US", Q),
    ("San Diego", "US", T),
    ("France", "FR", C),
    ("Germany", "DE", C),
    ("Brazil", "BR", C),
    ("Chile", "CL", C),
    ("Natural History Museum", "-", N),
    ("London", "GB", T),
    ("Cook Islands", "CK", N),
    ("Kiribati", "KI", C),
    ("Norway", "NO", C),
    ("Norwegian Sea", "*", N),
    ("Arctic", "*", N),
])


CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
