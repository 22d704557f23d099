"""markets: a held-out set of 40 business, markets, energy, shipping and trade news articles
for geomap, written in the style of the business wires and financial press (Reuters, Bloomberg,
Financial Times, Nikkei Asia, Caixin, Business Standard, BusinessDay, Lloyd's List, S&P Global,
Argus, Mining Weekly). Written by a helper session that read neither geomap's source (the rules
under geomap/) nor any other set's cases.py; the events are invented, the places are real.

Genres (letter in GENRES):
  "a" (14 articles): markets and commodities - oil, gas, LNG, metals, grains, softs, coal,
      freight and tanker rates.
  "b" (13 articles): companies, deals, plants, mines, ports, airlines, real estate.
  "c" (13 articles): policy, trade, tariffs, central banks, sanctions, regional economies.

Conventions:
  - Every occurrence of a place a careful reader would put on a map is listed: cities, towns,
    ports, districts, states/provinces, countries, regions, basins, oil and gas fields named
    after places (Rumaila, West Qurna, Tengiz, North Field), seas, straits, canals, rivers,
    islands, deserts, and ALL-CAPS datelines. A place used for its government or market
    ("Washington said", "Brussels has placed", "Beijing", "the City") is the place.
  - kind: C country, A admin-1/admin-2/region, T city/town, N any kind (rivers, seas, islands,
    basins, fields, macro-regions, emirates and city-states such as Singapore, Hong Kong,
    Dubai, Abu Dhabi whose city/region reading is debatable). Country "*" for features spanning
    countries (seas, straits, continents, the Gulf, the Andes); "A|B" where two countries
    share it (the Rio Grande, the Detroit River).
  - Hints ((lat, lon), within 40 km; or "US.XX" for US states) for every name that has a
    namesake: Perth, Newcastle, Santos (port), Hyderabad, Georgia, Windsor, Hamilton,
    Santiago, Cordoba, Santa Fe, Washington, London, Paris, Melbourne, Sydney, Bergen, etc.
  - Demonyms and adjectives ("Iranian", "Chinese", "U.S." used as a modifier) have kind "?"
    with their country ("*" for European/Asian/Latin American).
  - Not places (country "-"): companies, banks, exchanges, indices, airlines, airports, crude
    grades and price benchmarks named after places - "Brent", "West Texas Intermediate",
    "Dubai crude", "Oman/Dubai", "Urals", "Bonny Light", "Basrah Medium", "Murban", "Western
    Canadian Select", "the Newcastle benchmark", "Henry Hub", "Kansas City" (the wheat
    contract), "Rio Tinto"/"Rio", "Anglo American", "BHP", "Santos" (the Australian company),
    "Antofagasta" (the London-listed miner), "Fresnillo Plc", "Air India", "Qatar Airways",
    "Emirates", "Singapore Airlines", "Tokyo Electric", "Coal India", "Hong Kong Exchanges",
    "Perth Airport", "Great Wall Motor", "Amazon", "Ivanhoe", fields named after people or
    myths ("Johan Castberg", "Troll") and the Barossa gas field (named after, but far from,
    the Barossa Valley).
  - Government bodies and central banks named for their country ("Bank of Japan", "Reserve
    Bank of India", "Bank of Canada") and facilities named after the place they stand in
    (mines such as Escondida or Kamoa-Kakula, LNG plants, terminals, the "Lobito Atlantic
    Railway") are "?" with their country: debatable, not counted.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


LON = (51.507, -0.128)
NYC = (40.713, -74.006)
DC = (38.895, -77.036)
PAR = (48.857, 2.352)
PER = (-31.952, 115.861)
SYD = (-33.868, 151.209)
MEL = (-37.814, 144.963)
HYD = (17.385, 78.487)

# ---------------------------------------------------------------- genre a: markets, commodities

add("a", """Oil climbs as Hormuz tanker seizure rattles traders; Brent tops $88

By Alex Lawler and Florence Tan

LONDON, June 12 (Reuters) - Oil prices rose more than 2% on Thursday after Iran's navy seized a Liberian-flagged tanker near the Strait of Hormuz, reviving fears of disruption to the waterway that carries about a fifth of the world's crude.

Brent crude futures were up $1.91, or 2.2%, at $88.40 a barrel by 1130 GMT, while U.S. West Texas Intermediate crude gained $1.77 to $84.05.

The tanker, which had loaded at Basra in southern Iraq, was boarded off the coast of Oman's Musandam peninsula while heading for Fujairah in the United Arab Emirates, maritime security firm Ambrey said. Tehran said the vessel had collided with an Iranian fishing boat.

"The market had been complacent about the Gulf," said one London-based broker. "A seizure right at the chokepoint puts a risk premium straight back in."

Saudi Arabia and the UAE have pipelines that bypass Hormuz, to Yanbu on the Red Sea and to Fujairah on the Gulf of Oman, but their combined spare capacity covers only a fraction of flows, analysts at Goldman Sachs said.

Dubai crude, the Middle East benchmark for Asian buyers, rose to its highest premium over Brent since April.

In the United States, inventories at the Cushing, Oklahoma storage hub fell for a third week, the Energy Information Administration said, while output from the Permian Basin in Texas and New Mexico held near a record.

Refiners in India, China and South Korea, which draw most of their imports through the strait, were assessing alternative cargoes from West Africa and Brazil, traders in Singapore said.

(Reporting by Alex Lawler in London and Florence Tan in Singapore; Editing by David Goodman)""", [
    ("LONDON", "GB", T, LON),
    ("Iran", "IR", C),
    ("Iranian", "IR", Q),
    ("Liberian", "LR", Q),
    ("Strait of Hormuz", "*", N),
    ("Hormuz", "*", N),
    ("Brent", "-", N),
    ("U.S.", "US", Q),
    ("West Texas Intermediate", "-", N),
    ("Basra", "IQ", T),
    ("Iraq", "IQ", C),
    ("Oman", "OM", C),
    ("Musandam", "OM", N),
    ("Fujairah", "AE", N),
    ("United Arab Emirates", "AE", C),
    ("Tehran", "IR", T),
    ("Gulf", "*", N),
    ("London", "GB", T, LON),
    ("Saudi Arabia", "SA", C),
    ("UAE", "AE", C),
    ("Yanbu", "SA", T),
    ("Red Sea", "*", N),
    ("Gulf of Oman", "*", N),
    ("Dubai crude", "-", N),
    ("Middle East", "*", N),
    ("Asian", "*", Q),
    ("United States", "US", C),
    ("Cushing", "US", T, "US.OK"),
    ("Oklahoma", "US", A),
    ("Permian Basin", "US", N),
    ("Texas", "US", A),
    ("New Mexico", "US", A),
    ("India", "IN", C),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("West Africa", "*", N),
    ("Brazil", "BR", C),
    ("Singapore", "SG", N),
])

add("a", """Asian LNG prices hit three-month high as Gorgon outage, cold snap collide

By Stephen Stapczynski

SINGAPORE, Jan 9 (Bloomberg) - Spot liquefied natural gas prices in Asia climbed to a three-month high this week as an unplanned outage in Western Australia coincided with freezing weather across northeast Asia.

The Japan-Korea Marker, the regional benchmark, rose to $15.20 per million British thermal units for February delivery, up 9% on the week.

Chevron said one train at its Gorgon plant on Barrow Island had been shut after a compressor fault, removing cargoes that usually sail from the Pilbara coast to buyers in Tokyo, Osaka and Busan. The company's Wheatstone facility near Onslow was running normally.

Temperatures in Seoul fell to minus 15 Celsius, and utilities in Japan and South Korea drew heavily on storage. In China, buyers in Guangdong and Zhejiang returned to the spot market for the first time since November, according to traders in Shanghai.

Qatar, the world's largest exporter after the United States and Australia, has little spare capacity until its North Field expansion starts next year at Ras Laffan. QatarEnergy has already sold much of that volume to customers in Europe and Asia.

On the US Gulf Coast, feedgas flows to Sabine Pass in Louisiana and Corpus Christi in Texas were near record, while Henry Hub futures in New York slipped 3%. The spread between Asia and the Dutch TTF hub widened to its largest since October, pulling Atlantic cargoes away from Europe toward Asia via the Cape of Good Hope.

"Panama is still not an option for most LNG carriers," one Singapore-based trader said, referring to draft restrictions on the Panama Canal.""", [
    ("Asian", "*", Q),
    ("SINGAPORE", "SG", N),
    ("Asia", "*", N),
    ("Western Australia", "AU", A),
    ("Japan-Korea Marker", "-", N),
    ("British", "GB", Q),
    ("Barrow Island", "AU", N),
    ("Pilbara", "AU", N),
    ("Tokyo", "JP", T),
    ("Osaka", "JP", T),
    ("Busan", "KR", T),
    ("Onslow", "AU", T, (-21.64, 115.11)),
    ("Seoul", "KR", T),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("China", "CN", C),
    ("Guangdong", "CN", A),
    ("Zhejiang", "CN", A),
    ("Shanghai", "CN", T),
    ("Qatar", "QA", C),
    ("United States", "US", C),
    ("Australia", "AU", C),
    ("North Field", "QA", N),
    ("Ras Laffan", "QA", N),
    ("Europe", "*", N),
    ("US", "US", Q),
    ("Gulf Coast", "US", N),
    ("Sabine Pass", "US", N),
    ("Louisiana", "US", A),
    ("Corpus Christi", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Henry Hub", "-", N),
    ("New York", "US", T, NYC),
    ("Dutch", "NL", Q),
    ("Atlantic", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Panama", "PA", N),
    ("Singapore", "SG", N),
    ("Panama Canal", "PA", N),
])

add("a", """Copper jumps to 11-month high as Chile strike, Peru blockade squeeze supply

By Pratima Desai and Fabian Cambero

LONDON/SANTIAGO, March 4 (Reuters) - Copper prices jumped to their highest in 11 months on Tuesday after workers at Chile's Escondida, the world's largest copper mine, began a strike and protesters in Peru blocked the road used by MMG's Las Bambas mine.

Three-month copper on the London Metal Exchange rose 2.8% to $9,940 a metric ton. The most-traded contract on the Shanghai Futures Exchange climbed 2.1% to 76,800 yuan.

The union at Escondida, which is 57.5% owned by BHP with Rio Tinto holding 30%, rejected a final wage offer late on Monday. The mine, in the Atacama Desert about 170 km southeast of the port city of Antofagasta, produced more than 1 million tons last year. Shares of Antofagasta, the London-listed miner controlled by Chile's Luksic family, rose 4% on bets it would benefit from higher prices.

In Peru, community members from Apurimac and Cusco blocked the mining corridor that carries Las Bambas concentrate to the port of Matarani in the Arequipa region. MMG, which is listed in Hong Kong, said shipments had been halted for six days.

Supply from Africa is also under pressure. Power shortages in Zambia have cut output across the Copperbelt, while in the Democratic Republic of Congo traders are watching a proposed royalty increase in Lualaba province, home to Kolwezi and the Kamoa-Kakula complex.

Premiums for copper delivered into Yangshan port, a gauge of Chinese import demand, rose to $62 a ton, the highest since January.""", [
    ("Chile", "CL", C),
    ("Peru", "PE", C),
    ("LONDON", "GB", T, LON),
    ("SANTIAGO", "CL", T, (-33.45, -70.66)),
    ("Escondida", "CL", Q),
    ("Las Bambas", "PE", Q),
    ("London Metal Exchange", "-", N),
    ("Shanghai Futures Exchange", "-", N),
    ("BHP", "-", N),
    ("Rio Tinto", "-", N),
    ("Atacama Desert", "CL", N),
    ("Antofagasta#1", "CL", T, (-23.65, -70.40)),
    ("Antofagasta#2", "-", N),
    ("London", "GB", T, LON),
    ("Apurimac", "PE", A),
    ("Cusco", "PE", A),
    ("Matarani", "PE", T, (-17.0, -72.1)),
    ("Arequipa", "PE", A),
    ("Hong Kong", "HK", N),
    ("Africa", "*", N),
    ("Zambia", "ZM", C),
    ("Copperbelt", "ZM|CD", N),
    ("Democratic Republic of Congo", "CD", C),
    ("Lualaba", "CD", A),
    ("Kolwezi", "CD", T),
    ("Kamoa-Kakula", "CD", Q),
    ("Yangshan", "CN", N),
    ("Chinese", "CN", Q),
])

add("a", """Wheat futures rally on Black Sea strikes, dry Argentine harvest

By Julie Ingwersen

CHICAGO, Nov 18 (Reuters) - U.S. wheat futures rose to a four-week high on Monday after drone attacks on port infrastructure in southern Ukraine and fresh worries about drought in Argentina's main growing belt.

The most-active soft red winter wheat contract on the Chicago Board of Trade settled up 14-1/2 cents at $5.83-1/4 a bushel. Kansas City hard red winter wheat gained 12 cents.

Ukraine's military said an overnight attack damaged grain silos at Izmail on the Danube, one of the routes Kyiv has used to ship grain since the collapse of a U.N.-brokered corridor. Ports around Odesa continued to operate, the infrastructure ministry said.

Russia, the world's largest wheat exporter, has kept shipments from Novorossiysk flowing, but analysts at SovEcon cut their forecast for next year's crop after a dry autumn in the Volga region and in Krasnodar, the country's top grain-producing area.

In Argentina, the grains exchange in Rosario lowered its wheat estimate to 17.5 million tons, citing a lack of rain in Cordoba and the west of Buenos Aires province. Farmers in Santa Fe also reported frost damage.

Egypt, traditionally the world's biggest wheat importer, bought 240,000 tons of French and Romanian wheat in a tender this week, while Algeria's state grains agency OAIC was heard buying from the Baltic.

Crop conditions in the U.S. Great Plains improved after weekend rains in western Kansas and Oklahoma, the Agriculture Department said. In Western Australia, the harvest is running ahead of last year, according to CBH Group.""", [
    ("Black Sea", "*", N),
    ("Argentine", "AR", Q),
    ("CHICAGO", "US", T, "US.IL"),
    ("U.S.", "US", Q),
    ("Ukraine", "UA", C),
    ("Argentina", "AR", C),
    ("Chicago Board of Trade", "-", N),
    ("Kansas City", "-", N),
    ("Izmail", "UA", T),
    ("Danube", "*", N),
    ("Kyiv", "UA", T),
    ("Odesa", "UA", T),
    ("Russia", "RU", C),
    ("Novorossiysk", "RU", T),
    ("Volga", "RU", N),
    ("Krasnodar", "RU", A),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("Cordoba", "AR", A),
    ("Buenos Aires", "AR", A),
    ("Santa Fe", "AR", A),
    ("Egypt", "EG", C),
    ("French", "FR", Q),
    ("Romanian", "RO", Q),
    ("Algeria", "DZ", C),
    ("Baltic", "*", N),
    ("Great Plains", "US", N),
    ("Kansas", "US", A),
    ("Oklahoma", "US", A),
    ("Western Australia", "AU", A),
])

add("a", """Iron ore slides as Chinese port stocks swell, Simandou nears first shipments

By Mark Burton and Annie Lee

SINGAPORE/BEIJING, Oct 2 (Bloomberg) - Iron ore fell to its lowest in five weeks as stockpiles at Chinese ports climbed and steel mills in Hebei province cut output under pollution curbs.

The most-traded January contract on the Dalian Commodity Exchange slid 2.4% to 768 yuan a ton, while benchmark futures in Singapore dropped 2% to $101.35.

Inventories across 45 major ports, including Qingdao, Rizhao and Caofeidian, rose to 151 million tons, according to Mysteel. Authorities in Tangshan, China's biggest steelmaking city, ordered sintering plants to curb production through the October holiday.

Supply is rising. Shipments from Port Hedland in Western Australia, the world's largest bulk export port, hit a monthly record in September as BHP and Fortescue ramped up, while Rio Tinto's Pilbara operations recovered after a cyclone season that shut Dampier and Cape Lambert for several days.

In Brazil, Vale said output from its northern system in Para state, anchored by the Carajas mines, rose 6% in the third quarter, with ore moving by rail to the Ponta da Madeira terminal near Sao Luis in Maranhao.

Traders are also watching Guinea, where the Simandou project in the southeastern Nzerekore region is due to send its first cargoes by barge to a new port at Morebaya, on the coast south of Conakry, before year-end. Analysts at Citi expect Simandou to add 60 million tons a year by 2028, weighing on prices for ore from Australia.""", [
    ("Chinese", "CN", Q),
    ("Simandou", "GN", Q),
    ("SINGAPORE", "SG", N),
    ("BEIJING", "CN", T),
    ("Hebei", "CN", A),
    ("Dalian Commodity Exchange", "-", N),
    ("Singapore", "SG", N),
    ("Qingdao", "CN", T),
    ("Rizhao", "CN", T),
    ("Caofeidian", "CN", N),
    ("Tangshan", "CN", T),
    ("China", "CN", C),
    ("Port Hedland", "AU", T),
    ("Western Australia", "AU", A),
    ("BHP", "-", N),
    ("Fortescue", "-", N),
    ("Rio Tinto", "-", N),
    ("Pilbara", "AU", N),
    ("Dampier", "AU", T, (-20.66, 116.71)),
    ("Cape Lambert", "AU", N),
    ("Brazil", "BR", C),
    ("Para", "BR", A),
    ("Carajas", "BR", Q),
    ("Ponta da Madeira", "BR", Q),
    ("Sao Luis", "BR", T, (-2.53, -44.30)),
    ("Maranhao", "BR", A),
    ("Guinea", "GN", C),
    ("Nzerekore", "GN", A),
    ("Morebaya", "GN", N),
    ("Conakry", "GN", T),
    ("Australia", "AU", C),
])

add("a", """Asian thermal coal prices firm as Indian heatwave lifts demand

By Argus staff

SINGAPORE, May 21 (Argus) - Seaborne thermal coal prices rose for a third week as a heatwave across northern India lifted power demand and Chinese buyers returned for Indonesian cargoes.

The Newcastle 6,000 kcal/kg benchmark for June-loading cargoes rose to $146.50 a ton on Friday, up $5.20 from a week earlier. South African coal for loading at Richards Bay added $3 to $112.

Port congestion eased at Newcastle in New South Wales, where 14 vessels were waiting to load, down from 22 in early May, the Hunter Valley Coal Chain Coordinator said. Shipments from Gladstone and Hay Point in Queensland, which mostly carry metallurgical coal, were disrupted by heavy rain in the Bowen Basin.

Power utilities in Uttar Pradesh, Rajasthan and Punjab have increased imports after temperatures in New Delhi topped 47 Celsius, India's Central Electricity Authority said. Coal India has asked its mines in Jharkhand and Odisha to prioritise rail loading to coastal plants in Gujarat and Tamil Nadu.

In China, safety inspections in Shanxi and Inner Mongolia have cut domestic output, pushing prices at the northern port of Qinhuangdao to 880 yuan a ton.

Indonesian 4,200 kcal coal, shipped mainly from East Kalimantan and South Kalimantan, firmed to $56. Indonesia's energy ministry set a higher reference price for June.

Colombian supply remains thin after rail blockades in La Guajira halted exports from the Cerrejon mine to Puerto Bolivar for nine days.""", [
    ("Asian", "*", Q),
    ("Indian", "IN", Q),
    ("SINGAPORE", "SG", N),
    ("India", "IN", C),
    ("Chinese", "CN", Q),
    ("Indonesian", "ID", Q),
    ("Newcastle#1", "-", N),
    ("Newcastle#2", "AU", T, (-32.93, 151.78)),
    ("South African", "ZA", Q),
    ("Richards Bay", "ZA", T),
    ("New South Wales", "AU", A),
    ("Hunter Valley Coal Chain Coordinator", "AU", Q),
    ("Gladstone", "AU", T, (-23.85, 151.26)),
    ("Hay Point", "AU", T, (-21.30, 149.27)),
    ("Queensland", "AU", A),
    ("Bowen Basin", "AU", N),
    ("Uttar Pradesh", "IN", A),
    ("Rajasthan", "IN", A),
    ("Punjab", "IN", A),
    ("New Delhi", "IN", T),
    ("Coal India", "-", N),
    ("Jharkhand", "IN", A),
    ("Odisha", "IN", A),
    ("Gujarat", "IN", A),
    ("Tamil Nadu", "IN", A),
    ("China", "CN", C),
    ("Shanxi", "CN", A),
    ("Inner Mongolia", "CN", A),
    ("Qinhuangdao", "CN", T),
    ("East Kalimantan", "ID", A),
    ("South Kalimantan", "ID", A),
    ("Indonesia", "ID", C),
    ("Colombian", "CO", Q),
    ("La Guajira", "CO", A),
    ("Cerrejon", "CO", Q),
    ("Puerto Bolivar", "CO", T, (12.24, -71.96)),
])

add("a", """Container rates jump as Red Sea attacks force fresh diversions

By Linton Nightingale

LONDON, Feb 6 (Lloyd's List) - Spot container freight rates from Asia to northern Europe rose for a second week after renewed Houthi missile attacks in the southern Red Sea pushed the last carriers still using the Suez Canal to divert around the Cape of Good Hope.

The Shanghai Containerized Freight Index rose 7.4% to 2,410 points, with the Shanghai-Rotterdam leg up 11% to $3,850 per forty-foot container. Rates from Shanghai to Genoa rose 9%.

Maersk said two of its vessels had been targeted near the Bab el-Mandeb strait off Yemen on Tuesday and that all Asia-Europe sailings would route via southern Africa "until further notice". The diversion adds 10 to 14 days to a voyage from Singapore to Rotterdam or Hamburg.

Suez Canal Authority chairman Osama Rabie said revenue in January was half the level of a year earlier, a blow to Egypt's foreign currency earnings.

Transpacific rates were steadier. Spot rates from Shanghai to Los Angeles and Long Beach fell 2%, while the route to New York, which runs through the Panama Canal, rose 4% as shippers front-loaded cargo ahead of possible U.S. tariffs.

Port operators at Tanger Med in Morocco, Algeciras in Spain and Port Louis in Mauritius reported a surge in calls as ships stopped to refuel on the longer route, while congestion worsened at Colombo and Jebel Ali.""", [
    ("Red Sea", "*", N),
    ("LONDON", "GB", T, LON),
    ("Asia", "*", N),
    ("Europe", "*", N),
    ("Houthi", "YE", Q),
    ("Suez Canal", "EG", N),
    ("Cape of Good Hope", "ZA", N),
    ("Shanghai Containerized Freight Index", "-", N),
    ("Shanghai", "CN", T),
    ("Rotterdam", "NL", T),
    ("Genoa", "IT", T),
    ("Bab el-Mandeb", "*", N),
    ("Yemen", "YE", C),
    ("Africa", "*", N),
    ("Singapore", "SG", N),
    ("Hamburg", "DE", T),
    ("Suez Canal Authority", "EG", Q),
    ("Egypt", "EG", C),
    ("Los Angeles", "US", T, "US.CA"),
    ("Long Beach", "US", T, "US.CA"),
    ("New York", "US", T, NYC),
    ("Panama Canal", "PA", N),
    ("U.S.", "US", Q),
    ("Tanger Med", "MA", Q),
    ("Morocco", "MA", C),
    ("Algeciras", "ES", T),
    ("Spain", "ES", C),
    ("Port Louis", "MU", T, (-20.16, 57.50)),
    ("Mauritius", "MU", C),
    ("Colombo", "LK", T),
    ("Jebel Ali", "AE", N),
])

add("a", """Gold hits record above $2,700; silver jumps on Mexican supply worries

By Ashitha Shivaprasad

NEW YORK/MUMBAI, Oct 21 (Reuters) - Gold rose to a record high on Monday as expectations of further U.S. interest rate cuts and conflict in the Middle East drove safe-haven buying, while silver jumped after a blockade disrupted operations in Mexico's biggest producing state.

Spot gold was up 0.8% at $2,742.10 an ounce by 1405 GMT. U.S. gold futures settled 0.9% higher on Comex in New York. Silver rose 3.1% to $34.40, its highest since 2012.

In Mexico, transport workers blocked highways around Fresnillo and Zacatecas city in a dispute over diesel prices, halting deliveries of supplies to mines in Zacatecas state, which produces about a fifth of the country's silver. Shares of Fresnillo Plc, the London-listed producer which takes its name from the town, fell 2.3%.

Demand in Asia softened as prices climbed. Dealers in Mumbai and Ahmedabad offered discounts of up to $14 an ounce to official domestic prices, up from $5 last week, ahead of the Diwali festival. In China, premiums on the Shanghai Gold Exchange narrowed to $4, while in Hong Kong bullion dealers said buying had slowed.

Swiss refineries in Ticino, which process a large share of the world's mined gold, continued to report strong flows of kilobars to Asia, according to Swiss customs data.

Central banks, led by Poland, Turkey and India, have added more than 690 tons to reserves this year, the World Gold Council said.""", [
    ("Mexican", "MX", Q),
    ("NEW YORK", "US", T, NYC),
    ("MUMBAI", "IN", T),
    ("U.S.", "US", Q),
    ("Middle East", "*", N),
    ("Mexico", "MX", C),
    ("New York", "US", T, NYC),
    ("Fresnillo#1", "MX", T, (23.17, -102.87)),
    ("Fresnillo Plc", "-", N),
    ("Zacatecas#1", "MX", T, (22.77, -102.58)),
    ("Zacatecas#2", "MX", A),
    ("London", "GB", T, LON),
    ("Asia", "*", N),
    ("Mumbai", "IN", T),
    ("Ahmedabad", "IN", T),
    ("China", "CN", C),
    ("Shanghai Gold Exchange", "-", N),
    ("Hong Kong", "HK", N),
    ("Swiss", "CH", Q),
    ("Ticino", "CH", A),
    ("Poland", "PL", C),
    ("Turkey", "TR", C),
    ("India", "IN", C),
])

add("a", """Nickel steadies as Indonesia tightens ore quotas; Philippine exports rise

By Fransiska Nangoy and Eric Onstad

JAKARTA, July 15 (Reuters) - Nickel prices steadied on Tuesday after Indonesia's energy ministry cut mining quotas for the second half, tightening ore supply to smelters on Sulawesi and Halmahera that have made the country the dominant source of the metal.

Three-month nickel on the London Metal Exchange was flat at $15,420 a ton, having hit a four-year low last month.

The ministry trimmed approved ore output to 220 million wet tons, citing environmental audits in Central Sulawesi and North Maluku. Smelters at the Morowali industrial park and at Weda Bay have been importing ore from the Philippines to make up the shortfall, with shipments from Surigao del Norte and the island of Dinagat to Indonesia doubling in the first half, Manila's mines bureau said.

Indonesian output, driven by Chinese-backed plants, has forced mine closures elsewhere. BHP suspended its Nickel West operations in Western Australia last year, including mines at Kambalda and the Kwinana refinery near Perth, and Glencore has mothballed its smelter in New Caledonia, where political unrest has hit the territory's economy.

"Jakarta is signalling it wants higher prices," said a Singapore-based analyst. "It controls about 60% of world supply, so it can do that."

Demand from battery makers in China remains subdued, with electric-vehicle sales slowing in Europe. Nickel pig iron prices in Jiangsu and Shandong, where most of China's stainless steel is made, were unchanged.""", [
    ("Indonesia", "ID", C),
    ("Philippine", "PH", Q),
    ("JAKARTA", "ID", T),
    ("Sulawesi", "ID", N),
    ("Halmahera", "ID", N),
    ("London Metal Exchange", "-", N),
    ("Central Sulawesi", "ID", A),
    ("North Maluku", "ID", A),
    ("Morowali", "ID", N),
    ("Weda Bay", "ID", N),
    ("Philippines", "PH", C),
    ("Surigao del Norte", "PH", A),
    ("Dinagat", "PH", N),
    ("Manila", "PH", T),
    ("Indonesian", "ID", Q),
    ("Chinese", "CN", Q),
    ("BHP", "-", N),
    ("Western Australia", "AU", A),
    ("Kambalda", "AU", T),
    ("Kwinana", "AU", T),
    ("Perth", "AU", T, PER),
    ("New Caledonia", "NC", N),
    ("Jakarta", "ID", T),
    ("Singapore", "SG", N),
    ("China", "CN", C),
    ("Europe", "*", N),
    ("Jiangsu", "CN", A),
    ("Shandong", "CN", A),
])

add("a", """European gas jumps as Norwegian outages cut flows to Britain, Germany

By Anna Shiryaevskaya and Nidaa Bakhsh

OSLO/LONDON, Sept 3 (Bloomberg) - European natural gas prices rose as much as 11% on Wednesday after unplanned outages at Norwegian processing plants cut exports to Britain and continental Europe just as the region tries to fill storage before winter.

Dutch front-month futures at the TTF hub, Europe's benchmark, traded at 41.20 euros per megawatt-hour in Amsterdam, the highest since June. The UK day-ahead contract rose 14%.

Gassco, the operator of Norway's pipeline network, said the Kollsnes plant near Bergen was running at reduced capacity after a compressor failure, and that maintenance at the Nyhamna facility in Aukra had been extended by four days. The Troll field in the North Sea, Europe's biggest, was also producing below capacity.

Flows through the Langeled pipeline to Easington on England's east coast fell by a third, while deliveries to Emden and Dornum in Germany and to Zeebrugge in Belgium also declined, data showed.

Germany's storage sites were 79% full, below the 90% target for Nov. 1 set by Brussels. The European Commission has urged member states to keep buying LNG from the United States and Qatar to replace Russian pipeline gas that used to flow via Ukraine and the Nord Stream pipelines under the Baltic Sea.

Equinor said Hammerfest LNG, on Melkoya island in the Arctic, would resume full output next week.""", [
    ("European", "*", Q),
    ("Norwegian", "NO", Q),
    ("Britain", "GB", C),
    ("Germany", "DE", C),
    ("OSLO", "NO", T),
    ("LONDON", "GB", T, LON),
    ("Europe", "*", N),
    ("Dutch", "NL", Q),
    ("Amsterdam", "NL", T),
    ("UK", "GB", C),
    ("Norway", "NO", C),
    ("Kollsnes", "NO", Q),
    ("Bergen", "NO", T, (60.39, 5.32)),
    ("Nyhamna", "NO", Q),
    ("Aukra", "NO", T),
    ("Troll", "-", N),
    ("North Sea", "*", N),
    ("Easington", "GB", T, (53.65, 0.12)),
    ("England", "GB", A),
    ("Emden", "DE", T),
    ("Dornum", "DE", T),
    ("Zeebrugge", "BE", T),
    ("Belgium", "BE", C),
    ("Brussels", "BE", T),
    ("United States", "US", C),
    ("Qatar", "QA", C),
    ("Russian", "RU", Q),
    ("Ukraine", "UA", C),
    ("Baltic Sea", "*", N),
    ("Hammerfest LNG", "NO", Q),
    ("Melkoya", "NO", N),
    ("Arctic", "*", N),
])

add("a", """Palm oil posts weekly gain as Indian buying picks up, floods hit Sabah estates

By Mei Mei Chu

KUALA LUMPUR, Dec 13 (Reuters) - Malaysian palm oil futures rose for a third session on Friday and posted a weekly gain, supported by strong demand from India and flooding that disrupted harvesting in the eastern state of Sabah.

The benchmark palm oil contract for February delivery on Bursa Malaysia Derivatives gained 41 ringgit, or 0.9%, to 4,812 ringgit a ton.

Heavy monsoon rains have inundated plantations around Sandakan and Lahad Datu, the Malaysian Palm Oil Board said, while parts of Terengganu and Kelantan on the peninsula's east coast were also under water. Sarawak, the other major producing state on Borneo, was less affected.

Indian refiners bought about 300,000 tons of crude palm oil for January shipment, dealers in Mumbai said, taking advantage of a discount to soyoil from Argentina and Brazil. Shipments typically move from Port Klang and Pasir Gudang in Malaysia and from Dumai and Belawan in Indonesia to Kandla and Kakinada on India's coasts.

In Indonesia, the world's biggest producer, the government is pressing ahead with a 40% biodiesel mandate that will absorb more crude palm oil at home. Output in Riau and Central Kalimantan has been flat as ageing trees reduce yields.

Palm oil tracks soyoil on the Dalian Commodity Exchange and the Chicago Board of Trade. The palm olein contract in Dalian rose 1.2%.""", [
    ("Indian", "IN", Q),
    ("Sabah", "MY", A),
    ("KUALA LUMPUR", "MY", T),
    ("Malaysian", "MY", Q),
    ("India", "IN", C),
    ("Bursa Malaysia Derivatives", "-", N),
    ("Sandakan", "MY", T),
    ("Lahad Datu", "MY", T),
    ("Terengganu", "MY", A),
    ("Kelantan", "MY", A),
    ("Sarawak", "MY", A),
    ("Borneo", "*", N),
    ("Mumbai", "IN", T),
    ("Argentina", "AR", C),
    ("Brazil", "BR", C),
    ("Port Klang", "MY", T),
    ("Pasir Gudang", "MY", T),
    ("Malaysia", "MY", C),
    ("Dumai", "ID", T),
    ("Belawan", "ID", T),
    ("Indonesia", "ID", C),
    ("Kandla", "IN", T),
    ("Kakinada", "IN", T),
    ("Riau", "ID", A),
    ("Central Kalimantan", "ID", A),
    ("Dalian Commodity Exchange", "-", N),
    ("Chicago Board of Trade", "-", N),
    ("Dalian", "CN", T),
])

add("a", """VLCC rates surge as India, China scramble for Middle East crude

By S&P Global Commodity Insights staff

SINGAPORE, March 27 (S&P Global) - Freight rates for very large crude carriers on the benchmark route from the Gulf to China jumped 40% this week, as tighter U.S. sanctions on Russian oil sent refiners in India and China looking for replacement barrels from Saudi Arabia, Iraq and the UAE.

The rate for a 270,000-ton cargo from Ras Tanura to Ningbo rose to Worldscale 78, equivalent to about $4.6 million a voyage.

Russian seaborne crude exports from the Baltic ports of Primorsk and Ust-Luga fell to 1.1 million barrels per day, while loadings of ESPO blend at Kozmino in the Far East slowed as Chinese independent refiners in Shandong halted purchases, ship-tracking data showed.

Reliance Industries, which runs the world's largest refining complex at Jamnagar in Gujarat, bought at least four cargoes of Basrah Medium and two of Murban for April delivery, traders said. Indian Oil Corp's Paradip refinery on the Bay of Bengal also sought spot barrels.

Ship-to-ship transfers off Johor in Malaysia and in the Gulf of Laconia off southern Greece, favoured by tankers in the so-called shadow fleet, dropped sharply, analysts at Kpler said.

Suezmax rates from West Africa to Europe also rose as Nigerian and Angolan grades found more buyers in the Mediterranean.""", [
    ("India", "IN", C),
    ("China", "CN", C),
    ("Middle East", "*", N),
    ("SINGAPORE", "SG", N),
    ("Gulf", "*", N),
    ("U.S.", "US", Q),
    ("Russian", "RU", Q),
    ("Saudi Arabia", "SA", C),
    ("Iraq", "IQ", C),
    ("UAE", "AE", C),
    ("Ras Tanura", "SA", T),
    ("Ningbo", "CN", T),
    ("Baltic", "*", N),
    ("Primorsk", "RU", T, (60.37, 28.61)),
    ("Ust-Luga", "RU", T),
    ("Kozmino", "RU", T),
    ("Far East", "RU", N),
    ("Chinese", "CN", Q),
    ("Shandong", "CN", A),
    ("Jamnagar", "IN", T),
    ("Gujarat", "IN", A),
    ("Basrah Medium", "-", N),
    ("Murban", "-", N),
    ("Indian Oil Corp", "-", N),
    ("Paradip", "IN", T),
    ("Bay of Bengal", "*", N),
    ("Johor", "MY", A),
    ("Malaysia", "MY", C),
    ("Gulf of Laconia", "GR", N),
    ("Greece", "GR", C),
    ("West Africa", "*", N),
    ("Europe", "*", N),
    ("Nigerian", "NG", Q),
    ("Angolan", "AO", Q),
    ("Mediterranean", "*", N),
])

add("a", """Arabica coffee hits 2-week high as Brazil frost threatens Minas Gerais crop

By Marcelo Teixeira and Ana Mano

SAO PAULO, July 29 (Reuters) - Arabica coffee futures rose to a two-week high on Monday after a cold front brought frost to parts of Minas Gerais, Brazil's largest coffee-growing state, while soybean exports through the port of Santos ran at a record pace.

September arabica on ICE Futures U.S. in New York rose 4.1% to $2.39 per lb. Robusta in London gained 2.7%, supported by dry weather in Vietnam's Central Highlands.

Local agronomists reported light to moderate frost in the south of Minas Gerais around Varginha and Tres Pontas, as well as in the Alta Mogiana area on the border with Sao Paulo state. Growers in Espirito Santo, which mainly produces robusta, were unaffected.

Shipping agency Cargonave said soybean loadings at Santos and Paranagua, in Parana state, reached 9.8 million tons in July. Record crops in Mato Grosso have also lifted exports through northern ports such as Itaqui and Barcarena, which are fed by barges on the Tapajos and Madeira rivers.

China, which takes about 70% of Brazil's soybeans, has shifted purchases away from the United States amid trade tensions, buying cargoes for shipment to Dalian and Rizhao, traders said. Argentine farmers, by contrast, have been slow sellers despite a recent cut in export taxes by Buenos Aires.""", [
    ("Brazil", "BR", C),
    ("Minas Gerais", "BR", A),
    ("SAO PAULO", "BR", T),
    ("Santos", "BR", T, (-23.96, -46.33)),
    ("ICE Futures U.S.", "-", N),
    ("New York", "US", T, NYC),
    ("London", "GB", T, LON),
    ("Vietnam", "VN", C),
    ("Central Highlands", "VN", N),
    ("Varginha", "BR", T),
    ("Tres Pontas", "BR", T),
    ("Alta Mogiana", "BR", N),
    ("Sao Paulo", "BR", A),
    ("Espirito Santo", "BR", A),
    ("Paranagua", "BR", T),
    ("Parana", "BR", A),
    ("Mato Grosso", "BR", A),
    ("Itaqui", "BR", N),
    ("Barcarena", "BR", T, (-1.51, -48.62)),
    ("Tapajos", "BR", N),
    ("Madeira", "BR|BO", N),
    ("China", "CN", C),
    ("United States", "US", C),
    ("Dalian", "CN", T),
    ("Rizhao", "CN", T),
    ("Argentine", "AR", Q),
    ("Buenos Aires", "AR", T),
])

add("a", """Canadian heavy oil discount narrows as Trans Mountain expansion fills up

By Nia Williams

CALGARY, Alberta, Aug 14 (Reuters) - The discount on Western Canadian Select heavy crude narrowed to its tightest in more than a decade this week, as the expanded Trans Mountain pipeline moved record volumes from Alberta to the Pacific coast.

WCS for September delivery at Hardisty, Alberta, traded at $10.75 a barrel below U.S. West Texas Intermediate, compared with a discount of nearly $20 a year ago, according to brokers.

The federally owned pipeline, which runs 1,150 km from Edmonton to Burnaby, British Columbia, shipped about 850,000 barrels per day in July. Tankers loading at the Westridge Marine Terminal in Burnaby have carried crude to refiners in California, China and South Korea, reducing Canada's reliance on U.S. buyers.

Flows on Enbridge's Mainline to the U.S. Midwest and on to Gulf Coast refineries in Texas and Louisiana have eased, the company said. Heavy crude prices at Houston were also supported by lower supply from Venezuela and Mexico.

Output from the oil sands around Fort McMurray is expected to rise by about 100,000 bpd next year, Alberta's energy regulator said. Some analysts warned the differential could widen again by 2027 unless producers secure additional export capacity, such as a proposed line to Kitimat on the northern British Columbia coast.

The Canadian dollar weakened 0.2% to 1.3720 per U.S. dollar, or 72.89 U.S. cents.""", [
    ("Canadian", "CA", Q),
    ("CALGARY", "CA", T),
    ("Alberta", "CA", A),
    ("Western Canadian Select", "-", N),
    ("Pacific", "*", N),
    ("Hardisty", "CA", T, (52.68, -111.30)),
    ("U.S.", "US", Q),
    ("West Texas Intermediate", "-", N),
    ("Edmonton", "CA", T),
    ("Burnaby", "CA", T),
    ("British Columbia", "CA", A),
    ("California", "US", A),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("Canada", "CA", C),
    ("Midwest", "US", N),
    ("Gulf Coast", "US", N),
    ("Texas", "US", A),
    ("Louisiana", "US", A),
    ("Houston", "US", T, "US.TX"),
    ("Venezuela", "VE", C),
    ("Mexico", "MX", C),
    ("Fort McMurray", "CA", T),
    ("Kitimat", "CA", T),
])

# ---------------------------------------------------------------- genre b: companies, deals, plants

add("b", """Rio Tinto says Oyu Tolgoi on track as Mongolia copper output jumps

By Melanie Burton

ULAANBAATAR/MELBOURNE, Jan 16 (Reuters) - Rio Tinto said on Thursday copper production at its Oyu Tolgoi mine in Mongolia rose 48% last year as the $7 billion underground expansion ramped up, putting the project on course to become the world's fourth-largest copper mine by 2030.

The Anglo-Australian miner said Oyu Tolgoi, in the South Gobi desert near the town of Khanbogd and about 80 km north of the Chinese border, produced 296,000 tons of copper, with concentrate trucked across the frontier at Gashuunsukhait to smelters in Inner Mongolia and beyond.

Rio, which is headquartered in London and has its Australian base in Melbourne, also reported record iron ore shipments from the Pilbara and said its Simandou project in Guinea remained on schedule.

The Mongolian government, which owns 34% of Oyu Tolgoi, has long pushed for a bigger share of revenue. Prime Minister Gombojav Zandanshatar said in Ulaanbaatar last month that a planned rail link to the Chinese border town of Ganqimaodu would cut trucking costs.

Rio also said lithium output at its Rincon project in Salta province, Argentina, would start this year, and that it had completed the purchase of Arcadium Lithium, which has operations in Argentina, Canada and Australia.

Shares in Rio rose 1.2% in Sydney and 0.8% in London.""", [
    ("Rio Tinto", "-", N),
    ("Rio", "-", N),
    ("Oyu Tolgoi", "MN", Q),
    ("Mongolia", "MN", C),
    ("ULAANBAATAR", "MN", T),
    ("MELBOURNE", "AU", T, MEL),
    ("Anglo-Australian", "GB|AU", Q),
    ("South Gobi", "MN", N),
    ("Khanbogd", "MN", T, (43.20, 107.20)),
    ("Chinese", "CN", Q),
    ("Gashuunsukhait", "MN", N),
    ("Inner Mongolia", "CN", A),
    ("London", "GB", T, LON),
    ("Australian", "AU", Q),
    ("Melbourne", "AU", T, MEL),
    ("Pilbara", "AU", N),
    ("Simandou", "GN", Q),
    ("Guinea", "GN", C),
    ("Mongolian", "MN", Q),
    ("Ulaanbaatar", "MN", T),
    ("Ganqimaodu", "CN", T),
    ("Rincon", "AR", Q),
    ("Salta", "AR", A),
    ("Argentina", "AR", C),
    ("Canada", "CA", C),
    ("Australia", "AU", C),
    ("Sydney", "AU", T, SYD),
])

add("b", """Air India adds U.S., Southeast Asia routes as Airbus, Boeing deliveries pick up

By Aditi Shah

NEW DELHI/MUMBAI, Sept 10 (Business Standard) - Air India will launch non-stop flights from Delhi to Dallas and Manila and add frequencies from Bengaluru and Hyderabad as new aircraft arrive, the Tata Group-owned carrier said on Wednesday, stepping up competition with Gulf carriers such as Emirates and Qatar Airways.

The Dallas service, to Dallas Fort Worth International Airport in Texas, will start in December using Boeing 777s, making it the airline's sixth destination in the United States after New York, Newark, Chicago, San Francisco and Washington. Flights from Delhi to Manila and from Mumbai to Kuala Lumpur will use A321neos.

Hyderabad, home to many families with relatives among the Telugu diaspora in Texas, will get extra weekly flights to London Heathrow. Bengaluru flights to Singapore will go daily from October.

Air India's expansion follows its merger with Vistara, in which Singapore Airlines held a 49% stake. Singapore Airlines now owns 25.1% of the enlarged airline.

Indian carriers have been granted more flying rights by the government to reclaim traffic lost to hubs such as Dubai, Doha and Istanbul. Rival IndiGo is adding flights to Manchester and Amsterdam from Mumbai.

Air India's chief executive Campbell Wilson said the airline would take delivery of 30 more widebody jets from Airbus's assembly lines in Toulouse and Boeing's plant in Everett, Washington, over the next 18 months.""", [
    ("Air India", "-", N),
    ("U.S.", "US", Q),
    ("Southeast Asia", "*", N),
    ("NEW DELHI", "IN", T),
    ("MUMBAI", "IN", T),
    ("Delhi", "IN", T),
    ("Dallas", "US", T, "US.TX"),
    ("Manila", "PH", T),
    ("Bengaluru", "IN", T),
    ("Hyderabad", "IN", T, HYD),
    ("Gulf", "*", N),
    ("Emirates", "-", N),
    ("Qatar Airways", "-", N),
    ("Dallas Fort Worth International Airport", "-", N),
    ("Texas", "US", A),
    ("United States", "US", C),
    ("New York", "US", T, NYC),
    ("Newark", "US", T, "US.NJ"),
    ("Chicago", "US", T, "US.IL"),
    ("San Francisco", "US", T, "US.CA"),
    ("Washington#1", "US", T, DC),
    ("Mumbai", "IN", T),
    ("Kuala Lumpur", "MY", T),
    ("Telugu", "IN", Q),
    ("London Heathrow", "-", N),
    ("Singapore", "SG", N),
    ("Singapore Airlines", "-", N),
    ("Indian", "IN", Q),
    ("Dubai", "AE", N),
    ("Doha", "QA", T),
    ("Istanbul", "TR", T),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Amsterdam", "NL", T),
    ("Toulouse", "FR", T),
    ("Everett", "US", T, "US.WA"),
    ("Washington#2", "US", A),
])

add("b", """Santos profit falls on weaker LNG prices; Barossa gas starts flowing to Darwin

By Helen Clark

ADELAIDE, Feb 19 (Bloomberg) - Santos Ltd, Australia's second-largest independent gas producer, reported a 19% fall in annual underlying profit on Wednesday as lower LNG prices offset higher output, and said first gas from its Barossa field in the Timor Sea had begun flowing to the Darwin LNG plant.

The Adelaide-based company said Barossa, about 300 km north of Darwin in the Northern Territory, would keep the plant running for two decades after the nearby Bayu-Undan field, in waters controlled by Timor-Leste, ran dry.

Santos also reported steady production from PNG LNG in Papua New Guinea, where it holds a 39.9% stake after acquiring Oil Search. Cargoes loaded near Port Moresby mostly go to buyers in Japan, China and Taiwan.

In South Australia and Queensland, output from the Cooper Basin fell 4%, while the company's Narrabri coal-seam gas project in northern New South Wales remains stalled by legal challenges. In Alaska, Santos said its Pikka oil project on the North Slope would produce first oil in mid-2026.

Chief executive Kevin Gallagher said talks about a possible tie-up with Woodside Energy, the Perth-based producer whose North West Shelf venture off the Pilbara coast is Australia's oldest LNG project, were not active. Santos shares rose 2.1% in Sydney.""", [
    ("Santos", "-", N),
    ("Barossa", "-", N),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Darwin LNG", "AU", Q),
    ("ADELAIDE", "AU", T, (-34.93, 138.60)),
    ("Australia", "AU", C),
    ("Timor Sea", "*", N),
    ("Adelaide", "AU", T, (-34.93, 138.60)),
    ("Northern Territory", "AU", A),
    ("Bayu-Undan", "TL", Q),
    ("Timor-Leste", "TL", C),
    ("PNG LNG", "-", N),
    ("Papua New Guinea", "PG", C),
    ("Port Moresby", "PG", T),
    ("Japan", "JP", C),
    ("China", "CN", C),
    ("Taiwan", "TW", C),
    ("South Australia", "AU", A),
    ("Queensland", "AU", A),
    ("Cooper Basin", "AU", N),
    ("Narrabri", "AU", T),
    ("New South Wales", "AU", A),
    ("Alaska", "US", A),
    ("Pikka", "US", Q),
    ("North Slope", "US", N),
    ("Woodside Energy", "-", N),
    ("Perth", "AU", T, PER),
    ("North West Shelf", "AU", N),
    ("Pilbara", "AU", N),
    ("Sydney", "AU", T, SYD),
])

add("b", """Adani Ports profit jumps 37% on record cargo at Mundra, overseas terminals

By Business Standard reporter

AHMEDABAD, Aug 1 (Business Standard) - Adani Ports and Special Economic Zone reported a 37% jump in first-quarter net profit on Thursday, driven by record volumes at its flagship Mundra port in Gujarat and rising contributions from terminals in Israel, Sri Lanka and Tanzania.

India's largest private port operator handled 115 million tons of cargo in the April-June quarter, with Mundra alone accounting for 51 million tons. Volumes at the company's terminals on the east coast, including Krishnapatnam in Andhra Pradesh and Dhamra in Odisha, rose 14%.

The company said its Vizhinjam transshipment port near Thiruvananthapuram in Kerala, which began commercial operations in December, had attracted calls from MSC and Maersk vessels that previously transshipped Indian cargo through Colombo, Singapore and Jebel Ali. Adani is separately building the Colombo West International Terminal in Sri Lanka's capital, due to open next year.

Haifa port in Israel, which Adani bought with local partner Gadot in 2023, handled 8% more cargo despite the regional conflict. In East Africa, the group operates a container terminal at Dar es Salaam under a 30-year concession.

Shares rose 3.4% in Mumbai. The group has also bid for terminals in Vietnam and the Philippines, and owns the North Queensland Export Terminal at Abbot Point in Australia, which ships coal from the Galilee and Bowen basins.""", [
    ("Mundra", "IN", T),
    ("AHMEDABAD", "IN", T),
    ("Gujarat", "IN", A),
    ("Israel", "IL", C),
    ("Sri Lanka", "LK", C),
    ("Tanzania", "TZ", C),
    ("India", "IN", C),
    ("Krishnapatnam", "IN", T, (14.25, 80.13)),
    ("Andhra Pradesh", "IN", A),
    ("Dhamra", "IN", T, (20.79, 86.96)),
    ("Odisha", "IN", A),
    ("Vizhinjam", "IN", T, (8.38, 76.99)),
    ("Thiruvananthapuram", "IN", T),
    ("Kerala", "IN", A),
    ("Indian", "IN", Q),
    ("Colombo", "LK", T),
    ("Singapore", "SG", N),
    ("Jebel Ali", "AE", N),
    ("Colombo West International Terminal", "LK", Q),
    ("Haifa", "IL", T),
    ("East Africa", "*", N),
    ("Dar es Salaam", "TZ", T),
    ("Mumbai", "IN", T),
    ("Vietnam", "VN", C),
    ("Philippines", "PH", C),
    ("North Queensland Export Terminal", "AU", Q),
    ("Abbot Point", "AU", N),
    ("Australia", "AU", C),
    ("Galilee", "AU", N),
    ("Bowen", "AU", N),
])

add("b", """BYD starts output at former Ford plant in Brazil's Bahia, eyes Latin American exports

By Alberto Alerigi

CAMACARI, Brazil, Oct 9 (Reuters) - China's BYD began assembling electric cars on Thursday at a former Ford Motor factory in Camacari, in the northeastern state of Bahia, as the world's biggest EV maker seeks to dodge rising import tariffs and supply markets across Latin America.

The plant, about 50 km north of the state capital Salvador, will initially assemble Dolphin Mini and Song Pro models from kits shipped from Shenzhen, with capacity of 150,000 vehicles a year, rising to 300,000 once local stamping and painting lines are complete.

Brazilian President Luiz Inacio Lula da Silva, who attended the ceremony, said the investment would restore jobs lost when Ford closed the site in 2021. Brasilia raised import duties on electric vehicles to 25% in July and will raise them to 35% next year.

BYD is also building plants in Szeged, Hungary, and Manisa, Turkey, and opened a factory in Rayong, Thailand, last year. It has been exporting vehicles to Europe through ports including Bremerhaven and Antwerp on a growing fleet of its own car carriers.

Chinese carmakers are expanding in Brazil, Latin America's biggest car market, while exports to the United States are effectively blocked by 100% tariffs. Great Wall Motor opened a plant in Iracemapolis in Sao Paulo state in August, and Chery has partnered with a local distributor.

Exports from Camacari to Argentina, Chile, Colombia and Mexico will start in 2026, the head of BYD's Brazilian unit, Tyler Li, told reporters.""", [
    ("Brazil", "BR", C),
    ("Bahia", "BR", A),
    ("Latin American", "*", Q),
    ("CAMACARI", "BR", T),
    ("China", "CN", C),
    ("Camacari", "BR", T),
    ("Latin America", "*", N),
    ("Salvador", "BR", T, (-12.97, -38.50)),
    ("Shenzhen", "CN", T),
    ("Brazilian", "BR", Q),
    ("Brasilia", "BR", T),
    ("Szeged", "HU", T),
    ("Hungary", "HU", C),
    ("Manisa", "TR", T),
    ("Turkey", "TR", C),
    ("Rayong", "TH", T),
    ("Thailand", "TH", C),
    ("Europe", "*", N),
    ("Bremerhaven", "DE", T),
    ("Antwerp", "BE", T),
    ("Chinese", "CN", Q),
    ("United States", "US", C),
    ("Great Wall Motor", "-", N),
    ("Iracemapolis", "BR", T, (-22.58, -47.52)),
    ("Sao Paulo", "BR", A),
    ("Argentina", "AR", C),
    ("Chile", "CL", C),
    ("Colombia", "CO", C),
    ("Mexico", "MX", C),
])

add("b", """Anglo American agrees to sell Australian coal mines, pushes ahead with De Beers exit

By Harry Dempsey and Joseph Cotterill

JOHANNESBURG/LONDON, Nov 25 (Financial Times) - Anglo American has agreed to sell its steelmaking coal mines in Queensland to Peabody Energy for up to $3.8 billion, the latest step in a breakup the London-listed miner launched after rejecting a takeover bid from BHP.

The sale covers the Moranbah North and Grosvenor underground mines and stakes in the Capcoal and Dawson operations in the Bowen Basin. Peabody, based in St. Louis, said it would ship the coal through Dalrymple Bay near Mackay to steelmakers in India, Japan and South Korea.

Anglo, which was founded in Johannesburg in 1917, has also spun off its South African platinum business, now renamed Valterra Platinum, whose mines sit on the Bushveld Complex around Rustenburg and Mokopane in North West and Limpopo provinces.

The company is seeking a buyer for De Beers, the diamond producer whose biggest mines, Jwaneng and Orapa, are in Botswana. Gaborone, which owns 15% of De Beers, has said it wants to raise its stake. Angola's state diamond company Endiama has also expressed interest.

After the disposals Anglo will focus on copper in Chile and Peru, including its Los Bronces mine and the Quellaveco mine in Moquegua, and on iron ore from Kumba's Sishen mine in the Northern Cape and the Minas-Rio operation in Brazil's Minas Gerais, exported via the port of Acu in Rio de Janeiro state.

Shares rose 1.5% in London.""", [
    ("Anglo American", "-", N),
    ("Anglo", "-", N),
    ("Australian", "AU", Q),
    ("JOHANNESBURG", "ZA", T),
    ("LONDON", "GB", T, LON),
    ("Queensland", "AU", A),
    ("Peabody", "-", N),
    ("London", "GB", T, LON),
    ("BHP", "-", N),
    ("Moranbah North", "AU", Q),
    ("Dawson", "AU", Q),
    ("Bowen Basin", "AU", N),
    ("St. Louis", "US", T, "US.MO"),
    ("Dalrymple Bay", "AU", N),
    ("Mackay", "AU", T, (-21.15, 149.17)),
    ("India", "IN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Johannesburg", "ZA", T),
    ("South African", "ZA", Q),
    ("Bushveld Complex", "ZA", N),
    ("Rustenburg", "ZA", T),
    ("Mokopane", "ZA", T),
    ("North West", "ZA", A),
    ("Limpopo", "ZA", A),
    ("Jwaneng", "BW", Q),
    ("Orapa", "BW", Q),
    ("Botswana", "BW", C),
    ("Gaborone", "BW", T),
    ("Angola", "AO", C),
    ("Chile", "CL", C),
    ("Peru", "PE", C),
    ("Los Bronces", "CL", Q),
    ("Quellaveco", "PE", Q),
    ("Moquegua", "PE", N),
    ("Kumba", "-", N),
    ("Sishen", "ZA", Q),
    ("Northern Cape", "ZA", A),
    ("Minas-Rio", "BR", Q),
    ("Brazil", "BR", C),
    ("Minas Gerais", "BR", A),
    ("Acu", "BR", Q),
    ("Rio de Janeiro", "BR", A),
])

add("b", """Ivanhoe fires up Congo smelter as Lobito rail line carries first copper to Angola

By Martin Creamer

KOLWEZI, Democratic Republic of Congo, June 30 (Mining Weekly) - Ivanhoe Mines has started its 500,000-ton-a-year copper smelter at the Kamoa-Kakula complex in the DRC's Lualaba province, the largest such plant in Africa, and shipped its first anode copper by rail to the Angolan port of Lobito.

The smelter, about 45 km west of Kolwezi, will allow Kamoa-Kakula to export 99%-pure anodes instead of concentrate, halving the number of trucks on congested roads to Dar es Salaam in Tanzania and Durban in South Africa.

The first consignment travelled on the Lobito Atlantic Railway, which runs 1,300 km from Luau on the Congolese border through the Angolan cities of Luena, Kuito and Huambo before reaching the Atlantic coast near Benguela. The United States and the European Union have pledged financing to extend the corridor into Zambia's North-Western province, home to First Quantum's Kansanshi mine near Solwezi.

"This is a shorter, cheaper route to markets in Europe and the United States," Ivanhoe founder Robert Friedland said at the ceremony, attended by officials from Kinshasa and Luanda.

Ivanhoe also said it expected to complete dewatering at the Kakula mine within weeks after seismic activity flooded parts of its eastern section in May. Output guidance for the year was cut to 370,000-420,000 tons.

In Zambia, copper output rose 11% in the first half, the mines ministry in Lusaka said, helped by higher production around Chingola and Kitwe on the Copperbelt.""", [
    ("Ivanhoe", "-", N),
    ("Congo", "CD", C),
    ("Lobito", "AO", T),
    ("Angola", "AO", C),
    ("KOLWEZI", "CD", T),
    ("Democratic Republic of Congo", "CD", C),
    ("Kamoa-Kakula", "CD", Q),
    ("DRC", "CD", C),
    ("Lualaba", "CD", A),
    ("Africa", "*", N),
    ("Angolan", "AO", Q),
    ("Kolwezi", "CD", T),
    ("Dar es Salaam", "TZ", T),
    ("Tanzania", "TZ", C),
    ("Durban", "ZA", T),
    ("South Africa", "ZA", C),
    ("Lobito Atlantic Railway", "AO", Q),
    ("Luau", "AO", T, (-10.71, 22.22)),
    ("Congolese", "CD", Q),
    ("Luena", "AO", T),
    ("Kuito", "AO", T),
    ("Huambo", "AO", T),
    ("Atlantic", "*", N),
    ("Benguela", "AO", T),
    ("United States", "US", C),
    ("European Union", "*", N),
    ("Zambia", "ZM", C),
    ("North-Western", "ZM", A),
    ("Kansanshi", "ZM", Q),
    ("Solwezi", "ZM", T),
    ("Europe", "*", N),
    ("Kinshasa", "CD", T),
    ("Luanda", "AO", T),
    ("Kakula", "CD", Q),
    ("Lusaka", "ZM", T),
    ("Chingola", "ZM", T),
    ("Kitwe", "ZM", T),
    ("Copperbelt", "ZM", N),
])

add("b", """Hong Kong office rents slide to 20-year low as mainland firms retreat

By Shawna Kwan

HONG KONG, April 8 (Bloomberg) - Office rents in Hong Kong's Central business district fell to their lowest in two decades in the first quarter, as mainland Chinese companies cut space and new towers in Kowloon East and Quarry Bay added supply, property consultancy JLL said.

Grade-A rents in Central dropped 3.2% from the previous quarter, with vacancy across the city rising to 16.5%. In Tsim Sha Tsui and Wan Chai, landlords are offering up to six months of free rent, agents said.

The slump is weighing on developers listed on Hong Kong Exchanges and Clearing. Shares of New World Development, whose Victoria Dockside complex on the Kowloon waterfront opened in 2019, have fallen 40% this year.

Across the border, home prices in Shenzhen and Guangzhou fell for a 24th month, official data showed. China Vanke, based in Shenzhen, is negotiating with creditors, while Country Garden, headquartered in Foshan in Guangdong province, won court approval for its offshore debt restructuring.

Beijing has cut mortgage rates and eased purchase curbs in Shanghai and other large cities, but analysts at Nomura said a recovery was unlikely before 2026.

Residential prices in Singapore and Sydney, by contrast, are near records, while Tokyo's office market has tightened as companies bring workers back to central Tokyo after the pandemic.""", [
    ("Hong Kong", "HK", N),
    ("HONG KONG", "HK", N),
    ("Central", "HK", N, (22.28, 114.16)),
    ("Chinese", "CN", Q),
    ("Kowloon East", "HK", N),
    ("Quarry Bay", "HK", N),
    ("Tsim Sha Tsui", "HK", N),
    ("Wan Chai", "HK", N),
    ("Hong Kong Exchanges and Clearing", "-", N),
    ("Victoria Dockside", "-", N),
    ("Kowloon", "HK", N),
    ("Shenzhen", "CN", T),
    ("Guangzhou", "CN", T),
    ("China Vanke", "-", N),
    ("Foshan", "CN", T),
    ("Guangdong", "CN", A),
    ("Beijing", "CN", T),
    ("Shanghai", "CN", T),
    ("Singapore", "SG", N),
    ("Sydney", "AU", T, SYD),
    ("Tokyo", "JP", T),
])

add("b", """TSMC to expand Arizona, Kumamoto fabs as AI chip demand soars

By Cheng Ting-Fang and Lauly Li

TAIPEI, Jan 17 (Nikkei Asia) - Taiwan Semiconductor Manufacturing Co said on Thursday it would raise capital spending by up to 40% this year to as much as $42 billion, accelerating construction of new fabs in Arizona and Japan as demand for artificial intelligence chips outstrips supply.

The world's largest contract chipmaker said its first Arizona plant, in north Phoenix, had begun volume production of 4-nanometer chips for customers including Apple and Nvidia, and that a second fab there would start production in 2028.

In Japan, TSMC's majority-owned venture in Kikuyo, Kumamoto prefecture, on the southern island of Kyushu, is preparing a second plant with Sony and Toyota as minority partners. A joint venture in Dresden, in the German state of Saxony, broke ground in August.

Most advanced production will remain in Taiwan. TSMC's 2-nanometer fabs in Hsinchu and Kaohsiung will start mass production this year, and its advanced packaging capacity at plants in Chiayi and Taichung is being doubled. Headquarters are in the Hsinchu Science Park.

Tensions between Washington and Beijing remain a risk. U.S. export controls restrict sales of advanced chips to China, and the company has said tariffs on Taiwanese semiconductors would hurt American customers.

TSMC's Taipei-listed shares rose 3.5%, while its American depositary receipts in New York jumped 5%. Rival Samsung Electronics, which is building a fab in Taylor, Texas, said its foundry unit was still losing money.""", [
    ("Arizona", "US", A),
    ("Kumamoto", "JP", N),
    ("TAIPEI", "TW", T),
    ("Taiwan Semiconductor Manufacturing Co", "-", N),
    ("Japan", "JP", C),
    ("Phoenix", "US", T, "US.AZ"),
    ("Kikuyo", "JP", T, (32.86, 130.79)),
    ("Kyushu", "JP", N),
    ("Toyota", "-", N),
    ("Dresden", "DE", T),
    ("German", "DE", Q),
    ("Saxony", "DE", A),
    ("Taiwan", "TW", C),
    ("Hsinchu", "TW", T),
    ("Kaohsiung", "TW", T),
    ("Chiayi", "TW", T),
    ("Taichung", "TW", T),
    ("Hsinchu Science Park", "TW", Q),
    ("Washington", "US", T, DC),
    ("Beijing", "CN", T),
    ("U.S.", "US", Q),
    ("China", "CN", C),
    ("Taiwanese", "TW", Q),
    ("American", "US", Q),
    ("Taipei", "TW", T),
    ("New York", "US", T, NYC),
    ("Taylor", "US", T, "US.TX"),
    ("Texas", "US", A),
])

add("b", """Qantas to fly Perth-Paris non-stop, adds Johannesburg as Perth hub grows

By Lewis Jackson

SYDNEY, March 3 (Reuters) - Qantas Airways will launch the first non-stop flights between Perth and Paris in July, the Australian carrier said on Monday, part of a push to turn the Western Australian capital into a gateway to Europe that avoids stopovers in Singapore, Dubai and Doha.

The 17-hour flight on Boeing 787s will join Qantas's existing non-stop services from Perth to London and Rome. The airline also said it would resume flights from Perth to Johannesburg in September and add a third weekly Perth-Auckland service.

Qantas chief executive Vanessa Hudson said bookings had been boosted by mining workers flying between the Pilbara and Europe, and by tourists from France, Italy and Britain visiting the Margaret River wine region and Rottnest Island.

Perth Airport is investing A$5 billion in a new international terminal, with Qantas consolidating operations there by 2030. The airline has also bought 12 Airbus A350-1000s for its planned non-stop Project Sunrise flights from Sydney and Melbourne to London and New York, due to start in 2027.

Competition is intensifying. Singapore Airlines and its budget arm Scoot fly to Perth several times a day, while Air India began direct flights from Delhi last year. Emirates and Qatar Airways together operate six daily services to the city.

Qantas shares rose 1.8% in Sydney.""", [
    ("Perth", "AU", T, PER),
    ("Paris", "FR", T, PAR),
    ("Johannesburg", "ZA", T),
    ("SYDNEY", "AU", T, SYD),
    ("Australian", "AU", Q),
    ("Western Australian", "AU", Q),
    ("Europe", "*", N),
    ("Singapore", "SG", N),
    ("Dubai", "AE", N),
    ("Doha", "QA", T),
    ("London", "GB", T, LON),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Auckland", "NZ", T),
    ("Pilbara", "AU", N),
    ("France", "FR", C),
    ("Italy", "IT", C),
    ("Britain", "GB", C),
    ("Margaret River", "AU", N),
    ("Rottnest Island", "AU", N),
    ("Perth Airport", "-", N),
    ("Sydney", "AU", T, SYD),
    ("Melbourne", "AU", T, MEL),
    ("New York", "US", T, NYC),
    ("Singapore Airlines", "-", N),
    ("Air India", "-", N),
    ("Delhi", "IN", T),
    ("Emirates", "-", N),
    ("Qatar Airways", "-", N),
])

add("b", """Equinor starts Johan Castberg field in Barents Sea, boosting Norway's Arctic output

By Nerijus Adomaitis

OSLO, March 31 (Reuters) - Equinor has started production at the Johan Castberg oil field in the Barents Sea, Norway's northernmost producing field, the company said on Monday, adding 220,000 barrels per day of capacity as Europe's largest gas supplier leans on new projects to offset declines.

The field, about 100 km north of the Snohvit gas field and 240 km northwest of Hammerfest, is developed with a floating production vessel that was built in Singapore and towed to Norway via Stord, near Bergen. A supply base and helicopter operations are run from Hammerfest in Finnmark county.

Johan Castberg joins Johan Sverdrup in the North Sea, which alone pumps around 755,000 bpd, in a portfolio that is increasingly concentrated in Norway. Equinor has sold assets in Nigeria, Azerbaijan and Canada, and written down its U.S. shale business in the Bakken.

Rival Aker BP, based in Lysaker near Oslo, is building the Yggdrasil hub between Stavanger and Bergen, while in the UK sector, Ithaca Energy and Equinor are developing the Rosebank field 130 km west of Shetland, with oil to be piped to the Sullom Voe terminal.

"The Barents Sea still has large undiscovered resources," Equinor executive Kjetil Hove said at a ceremony in Hammerfest attended by Energy Minister Terje Aasland, who flew up from Oslo. Environmental groups in Tromso have criticised drilling near the Arctic ice edge.""", [
    ("Johan Castberg", "-", N),
    ("Barents Sea", "*", N),
    ("Norway", "NO", C),
    ("Arctic", "*", N),
    ("OSLO", "NO", T),
    ("Europe", "*", N),
    ("Hammerfest", "NO", T),
    ("Singapore", "SG", N),
    ("Stord", "NO", N),
    ("Bergen", "NO", T, (60.39, 5.32)),
    ("Finnmark", "NO", A),
    ("Johan Sverdrup", "-", N),
    ("North Sea", "*", N),
    ("Nigeria", "NG", C),
    ("Azerbaijan", "AZ", C),
    ("Canada", "CA", C),
    ("U.S.", "US", Q),
    ("Bakken", "US|CA", N),
    ("Lysaker", "NO", T),
    ("Oslo", "NO", T),
    ("Stavanger", "NO", T),
    ("UK", "GB", C),
    ("Ithaca Energy", "-", N),
    ("Rosebank", "-", N),
    ("Shetland", "GB", N),
    ("Sullom Voe", "GB", N),
    ("Tromso", "NO", T),
])

add("b", """Mexico's northern industrial parks fill up as nearshoring boom meets tariff threat

By Maya Averbuch

MONTERREY, Mexico, May 6 (Bloomberg) - Vacancy at industrial parks around Monterrey fell below 2% in the first quarter, as manufacturers relocating from Asia snapped up warehouse and factory space in Nuevo Leon despite Washington's threats of tariffs on Mexican goods, real estate firm CBRE said.

Developers such as Fibra Uno and Prologis have added more than 1.5 million square meters of space in Santa Catarina, Apodaca and Escobedo over the past year, much of it leased by Chinese suppliers to automakers in Texas and the U.S. Midwest. Tesla's planned gigafactory near Santa Catarina remains on hold.

The boom has spread along the border. In Ciudad Juarez, across the Rio Grande from El Paso, electronics assemblers have expanded, while in Chihuahua, the state capital 370 km to the south, aerospace suppliers have opened plants. In Tijuana, Baja California, medical-device exporters have run short of power.

Further south, in the Bajio region, car plants in Guanajuato and Aguascalientes and aerospace suppliers in Queretaro are also expanding. General Motors builds pickups in Silao and at Ramos Arizpe in neighbouring Coahuila state.

Customs brokers in Nuevo Laredo, across from Laredo, Texas, the busiest land crossing for U.S.-Mexico trade, said truck queues had lengthened. "Any tariff from Washington hits Nuevo Leon first," said state economy secretary Ivan Rivas.

The peso weakened 0.4% to 19.70 per dollar in Mexico City trading.""", [
    ("Mexico", "MX", C),
    ("MONTERREY", "MX", T),
    ("Monterrey", "MX", T),
    ("Asia", "*", N),
    ("Nuevo Leon", "MX", A),
    ("Washington", "US", T, DC),
    ("Mexican", "MX", Q),
    ("Santa Catarina", "MX", T, (25.67, -100.46)),
    ("Apodaca", "MX", T, (25.78, -100.19)),
    ("Escobedo", "MX", T, (25.80, -100.32)),
    ("Chinese", "CN", Q),
    ("Texas", "US", A),
    ("U.S.", "US", Q),
    ("Midwest", "US", N),
    ("Ciudad Juarez", "MX", T),
    ("Rio Grande", "US|MX", N),
    ("El Paso", "US", T, "US.TX"),
    ("Chihuahua", "MX", T, (28.64, -106.09)),
    ("Tijuana", "MX", T),
    ("Baja California", "MX", A),
    ("Bajio", "MX", N),
    ("Guanajuato", "MX", A),
    ("Aguascalientes", "MX", A),
    ("Queretaro", "MX", N),
    ("Silao", "MX", T, (20.94, -101.43)),
    ("Ramos Arizpe", "MX", T),
    ("Coahuila", "MX", A),
    ("Nuevo Laredo", "MX", T),
    ("Laredo", "US", T, "US.TX"),
    ("Mexico City", "MX", T),
])

add("b", """Dangote refinery starts petrol exports as Nigeria crude supply improves

By Oluwaseun Akinbode

LAGOS, Feb 24 (BusinessDay) - The Dangote Petroleum Refinery in Lagos has begun exporting petrol to Ghana, Togo and Cameroon, the company said on Monday, as improved crude supply from the Niger Delta lets Africa's largest refinery run at close to its 650,000 barrels-per-day capacity.

The plant, in the Lekki Free Trade Zone east of Lagos city, received 12 cargoes of Nigerian crude in January, including Bonny Light and Forcados grades, from fields in Rivers State and Delta State, according to tanker tracking data. It also imported WTI Midland crude shipped from Corpus Christi.

Production on the Trans Niger Pipeline, which carries crude from fields in Ogoniland to the Bonny export terminal, has recovered to about 380,000 bpd after repairs, the Nigerian Upstream Petroleum Regulatory Commission said. Pipeline vandalism and oil theft around Port Harcourt and Warri have cut output for years.

The refinery has been in a dispute with state oil company NNPC, whose own refineries in Port Harcourt, Warri and Kaduna have struggled to operate. Abuja wants fuel imports to end by next year.

Aliko Dangote, Africa's richest man, said the group was also weighing a refinery in Tanzania or Namibia and planned a fertilizer plant in Ethiopia. Dangote Cement has plants in Senegal, Zambia and South Africa.

Nigeria, Africa's top oil producer, pumped 1.54 million bpd in January, below its OPEC+ quota.""", [
    ("Nigeria", "NG", C),
    ("LAGOS", "NG", T),
    ("Lagos", "NG", T),
    ("Ghana", "GH", C),
    ("Togo", "TG", C),
    ("Cameroon", "CM", C),
    ("Niger Delta", "NG", N),
    ("Africa", "*", N),
    ("Lekki", "NG", N),
    ("Nigerian", "NG", Q),
    ("Bonny Light", "-", N),
    ("Forcados", "-", N),
    ("Rivers State", "NG", A),
    ("Delta State", "NG", A),
    ("WTI Midland", "-", N),
    ("Corpus Christi", "US", T, "US.TX"),
    ("Trans Niger Pipeline", "-", N),
    ("Ogoniland", "NG", N),
    ("Bonny", "NG", N, (4.45, 7.17)),
    ("Port Harcourt", "NG", T),
    ("Warri", "NG", T),
    ("Kaduna", "NG", T),
    ("Abuja", "NG", T),
    ("Tanzania", "TZ", C),
    ("Namibia", "NA", C),
    ("Ethiopia", "ET", C),
    ("Senegal", "SN", C),
    ("Zambia", "ZM", C),
    ("South Africa", "ZA", C),
])

# ---------------------------------------------------------------- genre c: policy, trade, central banks

add("c", """Canada vows retaliation as Washington doubles steel, aluminum tariffs

By David Ljunggren and Promit Mukherjee

OTTAWA/TORONTO, June 4 (Reuters) - Canada said on Wednesday it would respond to the United States' decision to double tariffs on steel and aluminum imports to 50%, a move that threatens thousands of jobs in Ontario's steel towns and Quebec's smelters.

Canada is the largest foreign supplier of both metals to the United States. Steelmakers in Hamilton and Sault Ste. Marie, Ontario, ship much of their output to automakers in Michigan and Ohio, while Alcoa and Rio Tinto operate aluminum smelters in the Saguenay region and at Baie-Comeau and Becancour on the St. Lawrence River.

"These tariffs are unjustified and will hurt workers on both sides of the border," Prime Minister Mark Carney told reporters in Ottawa. Ontario Premier Doug Ford said the province could halt electricity exports to Michigan, New York and Minnesota.

Mexico, also hit by the measure, said it would seek an exemption in talks with Washington. Officials in Mexico City said steel from Monclova and Lazaro Cardenas was covered under existing quotas.

The Bank of Canada, which held its policy rate at 2.75% on Wednesday, warned that a prolonged trade war could push the economy into recession. The Canadian dollar fell 0.5% against its U.S. counterpart.

U.S. aluminum premiums in the Midwest jumped to a record 65 cents a pound. Auto parts cross the Detroit River between Detroit and Windsor, Ontario, several times before final assembly, and industry groups say the tariffs will raise car prices in both countries.""", [
    ("Canada", "CA", C),
    ("Washington", "US", T, DC),
    ("OTTAWA", "CA", T),
    ("TORONTO", "CA", T, (43.70, -79.42)),
    ("United States", "US", C),
    ("Ontario", "CA", A),
    ("Quebec", "CA", A),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("Sault Ste. Marie", "CA", T, (46.52, -84.33)),
    ("Michigan", "US", A),
    ("Ohio", "US", A),
    ("Rio Tinto", "-", N),
    ("Saguenay", "CA", N),
    ("Baie-Comeau", "CA", T),
    ("Becancour", "CA", T),
    ("St. Lawrence River", "CA|US", N),
    ("Ottawa", "CA", T),
    ("New York", "US", A),
    ("Minnesota", "US", A),
    ("Mexico", "MX", C),
    ("Mexico City", "MX", T),
    ("Monclova", "MX", T),
    ("Lazaro Cardenas", "MX", T, (17.96, -102.20)),
    ("Bank of Canada", "CA", Q),
    ("Canadian", "CA", Q),
    ("U.S.", "US", Q),
    ("Midwest", "US", N),
    ("Detroit River", "US|CA", N),
    ("Detroit", "US", T, "US.MI"),
    ("Windsor", "CA", T, (42.30, -83.02)),
])

add("c", """ECB cuts rates again as euro zone growth stalls; Lagarde signals pause

By Martin Arnold

FRANKFURT, Oct 17 (Financial Times) - The European Central Bank cut its deposit rate by a quarter point to 3.25% on Thursday, its second consecutive reduction, as the euro zone economy stalled and inflation fell below its 2% target for the first time in more than three years.

ECB President Christine Lagarde told reporters in Frankfurt that policymakers had been unanimous, but signalled that further cuts were not pre-committed. Markets in Paris and Milan rallied, with the yield on Italian 10-year bonds falling to its lowest since 2022 against German Bunds.

Germany, the bloc's largest economy, is expected to contract for a second year as carmakers in Bavaria and Lower Saxony cut jobs and chemical makers along the Rhine struggle with high energy costs. Volkswagen has threatened to close plants in Germany for the first time, including sites in Osnabruck and Dresden.

Southern economies are faring better. Spain's economy grew 0.8% in the third quarter, helped by tourism in Andalusia and the Balearic Islands, while Portugal and Greece have posted budget surpluses. Athens this week repaid early loans from the euro zone's first bailout.

In France, where Prime Minister Michel Barnier's government is trying to pass a budget that cuts the deficit to 5% of GDP, the spread between French and German 10-year yields widened to 80 basis points. Brussels has placed France under an excessive deficit procedure alongside Italy, Belgium and Poland.

Outside the euro zone, the Bank of England is expected to cut rates next month, while the Swiss National Bank in Zurich has already lowered borrowing costs three times.""", [
    ("FRANKFURT", "DE", T, (50.11, 8.68)),
    ("European Central Bank", "*", Q),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Paris", "FR", T, PAR),
    ("Milan", "IT", T),
    ("Italian", "IT", Q),
    ("German", "DE", Q),
    ("Germany", "DE", C),
    ("Bavaria", "DE", A),
    ("Lower Saxony", "DE", A),
    ("Rhine", "*", N),
    ("Osnabruck", "DE", T),
    ("Dresden", "DE", T),
    ("Spain", "ES", C),
    ("Andalusia", "ES", A),
    ("Balearic Islands", "ES", A),
    ("Portugal", "PT", C),
    ("Greece", "GR", C),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("France", "FR", C),
    ("French", "FR", Q),
    ("Brussels", "BE", T),
    ("Italy", "IT", C),
    ("Belgium", "BE", C),
    ("Poland", "PL", C),
    ("Bank of England", "GB", Q),
    ("Swiss National Bank", "CH", Q),
    ("Zurich", "CH", T),
])

add("c", """China tightens rare earth export curbs, hitting carmakers from Detroit to Tokyo

By Caixin staff

BEIJING, April 14 (Caixin) - China's commerce ministry has added seven medium and heavy rare earth elements to its export control list, requiring licences for shipments of materials processed mainly in the southern provinces of Jiangxi and Guangdong and in Baotou in Inner Mongolia.

The move, seen in Washington as retaliation for U.S. tariffs, has already held up cargoes of dysprosium and terbium bound for magnet makers in Japan, South Korea and Germany, industry executives said. Automakers in Detroit and suppliers in Tokyo warned of production stoppages within weeks.

China refines about 90% of the world's heavy rare earths. Much of the feedstock is mined in Myanmar's Kachin State near the border with Yunnan province and processed in Ganzhou, Jiangxi.

Governments in the West are trying to build alternatives. Australia's Lynas Rare Earths produces heavy rare earths at its plant in Kuantan, Malaysia, and is building a processing facility in Seadrift, Texas, with funding from the Pentagon. MP Materials, which operates the Mountain Pass mine in California, plans a magnet plant in Fort Worth.

The European Union has set targets for domestic processing, and Brussels has backed a Solvay plant in La Rochelle, France. In Tokyo, trade minister Yoji Muto said Japan had built up stockpiles since a 2010 dispute with Beijing.

"Beijing is showing that it holds the cards," said a Shanghai-based trade consultant.""", [
    ("China", "CN", C),
    ("Detroit", "US", T, "US.MI"),
    ("Tokyo", "JP", T),
    ("BEIJING", "CN", T),
    ("Jiangxi", "CN", A),
    ("Guangdong", "CN", A),
    ("Baotou", "CN", T),
    ("Inner Mongolia", "CN", A),
    ("Washington", "US", T, DC),
    ("U.S.", "US", Q),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Germany", "DE", C),
    ("Myanmar", "MM", C),
    ("Kachin State", "MM", A),
    ("Yunnan", "CN", A),
    ("Ganzhou", "CN", T, (25.85, 114.93)),
    ("West", "*", Q),
    ("Australia", "AU", C),
    ("Kuantan", "MY", T),
    ("Malaysia", "MY", C),
    ("Seadrift", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Pentagon", "US", Q),
    ("Mountain Pass", "US", Q),
    ("California", "US", A),
    ("Fort Worth", "US", T, "US.TX"),
    ("European Union", "*", N),
    ("Brussels", "BE", T),
    ("La Rochelle", "FR", T),
    ("France", "FR", C),
    ("Beijing", "CN", T),
    ("Shanghai", "CN", T),
])

add("c", """RBI holds rates, raises growth forecast as monsoon revives rural demand

By Manojit Saha

MUMBAI, Aug 8 (Business Standard) - The Reserve Bank of India kept its key repo rate unchanged at 5.50% on Friday and raised its growth forecast for the fiscal year, citing an above-normal monsoon that has lifted farm incomes in states such as Uttar Pradesh, Madhya Pradesh and Maharashtra.

Governor Sanjay Malhotra said inflation had eased to a six-year low, helped by falling vegetable prices in Delhi and other large cities, but warned that U.S. tariffs of 50% on Indian goods could hurt exporters of textiles from Tiruppur and Surat, shrimp from Andhra Pradesh and gems and jewellery from Mumbai.

New Delhi and Washington are negotiating a trade deal. Commerce ministry officials said exporters in Gujarat, Tamil Nadu and Punjab, where garment and engineering clusters around Ludhiana depend heavily on the U.S. market, had sought emergency credit lines.

The monsoon reached Kerala a week early in May and covered the whole country by the end of June. Sowing of rice and pulses is up 6% from a year earlier, with strong gains in Bihar, West Bengal and Odisha.

Investment in electronics manufacturing is also rising. Apple supplier Foxconn is expanding plants near Chennai and on Bengaluru's outskirts, while Micron is building a chip assembly plant in Sanand, near Ahmedabad. Hyderabad has drawn data centres from Amazon and Microsoft.

The rupee traded at 87.6 per dollar, near a record low, and the benchmark BSE Sensex closed 0.3% higher.""", [
    ("MUMBAI", "IN", T),
    ("Reserve Bank of India", "IN", Q),
    ("Uttar Pradesh", "IN", A),
    ("Madhya Pradesh", "IN", A),
    ("Maharashtra", "IN", A),
    ("Delhi", "IN", T),
    ("U.S.", "US", Q),
    ("Indian", "IN", Q),
    ("Tiruppur", "IN", T),
    ("Surat", "IN", T),
    ("Andhra Pradesh", "IN", A),
    ("Mumbai", "IN", T),
    ("New Delhi", "IN", T),
    ("Washington", "US", T, DC),
    ("Gujarat", "IN", A),
    ("Tamil Nadu", "IN", A),
    ("Punjab", "IN", A),
    ("Ludhiana", "IN", T),
    ("Kerala", "IN", A),
    ("Bihar", "IN", A),
    ("West Bengal", "IN", A),
    ("Odisha", "IN", A),
    ("Chennai", "IN", T),
    ("Bengaluru", "IN", T),
    ("Sanand", "IN", T),
    ("Ahmedabad", "IN", T),
    ("Hyderabad", "IN", T, HYD),
    ("Amazon", "-", N),
])

add("c", """EU, UK target shadow fleet tankers in new Russia sanctions package

By Julia Payne and Andrew Gray

BRUSSELS/LONDON, May 20 (Reuters) - The European Union and Britain announced new sanctions on Tuesday targeting nearly 200 tankers in Russia's so-called shadow fleet, stepping up efforts to curb Moscow's oil revenue as peace talks over Ukraine stall.

The EU's 17th package adds 189 vessels to a list barred from European ports, bringing the total to 342, and targets insurers in the United Arab Emirates and traders in Hong Kong accused of helping Russia ship Urals crude above the G7 price cap of $60 a barrel.

Many of the tankers load at Primorsk and Ust-Luga on the Gulf of Finland and sail through the Danish straits and past Skagen into the North Sea. Estonia's navy tried to inspect an uninsured tanker near the island of Vaindloo last week before a Russian fighter jet entered NATO airspace, Tallinn said.

Denmark has begun checking insurance documents of ships waiting off Skagen, and Sweden and Finland have called for powers to board vessels in the Baltic Sea. "These ships are old, poorly maintained and a threat to our coasts," Danish Foreign Minister Lars Lokke Rasmussen said in Copenhagen.

From the Black Sea, tankers loading at Novorossiysk pass through Istanbul's Bosphorus, where Turkish authorities require proof of insurance.

India and Turkey remain the biggest buyers of Russian seaborne crude, alongside China. Refiners in Gujarat have been unloading cargoes at Sikka and Vadinar. Moscow called the sanctions illegal and said they would damage global energy security.""", [
    ("EU", "*", N),
    ("UK", "GB", C),
    ("Russia", "RU", C),
    ("BRUSSELS", "BE", T),
    ("LONDON", "GB", T, LON),
    ("European Union", "*", N),
    ("Britain", "GB", C),
    ("Moscow", "RU", T),
    ("Ukraine", "UA", C),
    ("European", "*", Q),
    ("United Arab Emirates", "AE", C),
    ("Hong Kong", "HK", N),
    ("Urals", "-", N),
    ("Primorsk", "RU", T, (60.37, 28.61)),
    ("Ust-Luga", "RU", T),
    ("Gulf of Finland", "*", N),
    ("Danish straits", "DK|SE", N),
    ("Skagen", "DK", T),
    ("North Sea", "*", N),
    ("Estonia", "EE", C),
    ("Vaindloo", "EE", N),
    ("Russian", "RU", Q),
    ("Tallinn", "EE", T),
    ("Denmark", "DK", C),
    ("Sweden", "SE", C),
    ("Finland", "FI", C),
    ("Baltic Sea", "*", N),
    ("Danish", "DK", Q),
    ("Copenhagen", "DK", T),
    ("Black Sea", "*", N),
    ("Novorossiysk", "RU", T),
    ("Istanbul", "TR", T),
    ("Bosphorus", "TR", N),
    ("Turkish", "TR", Q),
    ("India", "IN", C),
    ("Turkey", "TR", C),
    ("China", "CN", C),
    ("Gujarat", "IN", A),
    ("Sikka", "IN", T),
    ("Vadinar", "IN", T, (22.44, 69.70)),
])

add("c", """Iraq resumes Kurdish oil exports via Turkey as OPEC+ weighs output hike

By Ahmed Rasheed and Amina Ismail

BAGHDAD/ERBIL, Sept 27 (Reuters) - Oil began flowing from Iraq's Kurdistan region through the pipeline to the Turkish port of Ceyhan on Saturday for the first time in two and a half years, after Baghdad, the regional government in Erbil and foreign producers reached a deal on payments.

Initial flows of about 180,000 barrels per day from fields around Erbil, Duhok and Sulaimaniyah, as well as from Kirkuk, could rise to 230,000 bpd, Iraq's oil ministry said. The Iraq-Turkey pipeline was shut in March 2023 after an arbitration court in Paris ordered Ankara to pay Baghdad $1.5 billion for unauthorised exports.

Iraq, OPEC's second-largest producer after Saudi Arabia, ships most of its crude from Basra's terminals on the Gulf. Output from the giant Rumaila and West Qurna fields has risen this year.

The restart comes as the OPEC+ group, which meets online on Sunday, considers raising output again. Riyadh has pushed members that overproduced, including Iraq and Kazakhstan, to compensate with deeper cuts. Kazakhstan's output from the Tengiz field, operated by Chevron and shipped via the Caspian Pipeline Consortium to the Russian port of Novorossiysk, has been well above its quota.

Angola left the group in 2024, and officials in Luanda say output has stabilised near 1.1 million bpd. Nigeria has been given a higher baseline.

U.S. sanctions on Iran continue to weigh on exports from Kharg Island, though Chinese independent refiners in Shandong still take most Iranian barrels, often relabelled as Malaysian crude after ship-to-ship transfers off Singapore.""", [
    ("Iraq", "IQ", C),
    ("Kurdish", "IQ", Q),
    ("Turkey", "TR", C),
    ("BAGHDAD", "IQ", T),
    ("ERBIL", "IQ", T),
    ("Kurdistan", "IQ", A),
    ("Turkish", "TR", Q),
    ("Ceyhan", "TR", T),
    ("Baghdad", "IQ", T),
    ("Erbil", "IQ", T),
    ("Duhok", "IQ", N),
    ("Sulaimaniyah", "IQ", N),
    ("Kirkuk", "IQ", N),
    ("Paris", "FR", T, PAR),
    ("Ankara", "TR", T),
    ("Saudi Arabia", "SA", C),
    ("Basra", "IQ", T),
    ("Gulf", "*", N),
    ("Rumaila", "IQ", N),
    ("West Qurna", "IQ", N),
    ("Riyadh", "SA", T),
    ("Kazakhstan", "KZ", C),
    ("Tengiz", "KZ", N),
    ("Caspian Pipeline Consortium", "*", Q),
    ("Russian", "RU", Q),
    ("Novorossiysk", "RU", T),
    ("Angola", "AO", C),
    ("Luanda", "AO", T),
    ("Nigeria", "NG", C),
    ("U.S.", "US", Q),
    ("Iran", "IR", C),
    ("Kharg Island", "IR", N),
    ("Chinese", "CN", Q),
    ("Shandong", "CN", A),
    ("Iranian", "IR", Q),
    ("Malaysian", "MY", Q),
    ("Singapore", "SG", N),
])

add("c", """Saudi Arabia widens budget deficit forecast as oil slump bites; Gulf peers diverge

By Vivian Nereim and Fiona MacDonald

RIYADH/DUBAI, Oct 1 (Bloomberg) - Saudi Arabia raised its 2025 budget deficit forecast to 5.3% of gross domestic product, the finance ministry said on Tuesday, as lower oil prices and production cuts squeezed revenue and the kingdom scaled back some of its giga-projects.

Riyadh has slowed work on NEOM, the $500 billion development on the Red Sea coast in Tabuk province, and trimmed plans for The Line, a 170-km linear city. Spending on infrastructure for Expo 2030 in the capital and the 2034 World Cup, with stadiums planned in Jeddah, Abha and Dammam, will continue.

Saudi Aramco's official selling price for Arab Light to Asia was cut by 40 cents a barrel for November against the Oman/Dubai average, the benchmark for Middle East crude sold to the region.

Neighbouring economies are faring better. Dubai's economy grew 3.1% in the first half, driven by tourism, real estate and trade through the port of Jebel Ali, while Abu Dhabi is expanding gas output with the Ruwais LNG project. Qatar is doubling LNG capacity at Ras Laffan, and Oman's new refinery at Duqm reached full capacity this year.

Bahrain and Kuwait remain more exposed to oil. Kuwait's parliament has been suspended since last year, allowing the emir to push through a debt law that lets the country borrow on international markets for the first time since 2017.

Investors in Riyadh and Abu Dhabi have been buying assets abroad. The kingdom's Public Investment Fund has raised stakes in companies in Egypt, Japan and the United States.""", [
    ("Saudi Arabia", "SA", C),
    ("Gulf", "*", N),
    ("RIYADH", "SA", T),
    ("DUBAI", "AE", N),
    ("Riyadh", "SA", T),
    ("NEOM", "SA", N),
    ("Red Sea", "*", N),
    ("Tabuk", "SA", A),
    ("Jeddah", "SA", T),
    ("Abha", "SA", T),
    ("Dammam", "SA", T),
    ("Saudi Aramco", "-", N),
    ("Arab Light", "-", N),
    ("Asia", "*", N),
    ("Oman/Dubai", "-", N),
    ("Middle East", "*", N),
    ("Dubai", "AE", N),
    ("Jebel Ali", "AE", N),
    ("Abu Dhabi", "AE", N),
    ("Ruwais LNG", "AE", Q),
    ("Qatar", "QA", C),
    ("Ras Laffan", "QA", N),
    ("Oman", "OM", C),
    ("Duqm", "OM", T),
    ("Bahrain", "BH", C),
    ("Kuwait", "KW", C),
    ("Egypt", "EG", C),
    ("Japan", "JP", C),
    ("United States", "US", C),
])

add("c", """South Africa's Reserve Bank cuts rates as Transnet port revamp draws private operators

By Nokuthula Mahlangu

PRETORIA/JOHANNESBURG, Nov 20 (BusinessDay) - The South African Reserve Bank cut its main lending rate by 25 basis points to 7.00% on Thursday, as inflation eased and the government pushed ahead with reforms to ports and railways that have hobbled exports of coal, iron ore and citrus.

Governor Lesetja Kganyago told reporters in Pretoria that the bank would now target inflation of 3%, down from the midpoint of its previous 3-6% range.

State logistics group Transnet said it had selected International Container Terminal Services of the Philippines to run Durban's Pier 2, the country's busiest container terminal, under a 25-year concession. It is also seeking private partners for terminals at Ngqura and Port Elizabeth in the Eastern Cape, and at Richards Bay in KwaZulu-Natal.

Mining companies have complained for years that derailments and cable theft on the lines from Mpumalanga to Richards Bay and from the Northern Cape to Saldanha Bay have cost billions of rand in lost sales. Coal exports through the Richards Bay Coal Terminal fell to 47 million tons last year, the lowest since 1993.

Fruit exporters in the Western Cape and Limpopo have also shifted cargo from Cape Town to ports in Namibia and Mozambique, with Walvis Bay and Maputo reporting record volumes of citrus.

Power cuts by Eskom, which plagued Gauteng and the rest of the country in 2023, have largely ended. The rand firmed 0.4% to 17.45 per dollar.""", [
    ("South Africa", "ZA", C),
    ("PRETORIA", "ZA", T),
    ("JOHANNESBURG", "ZA", T),
    ("South African Reserve Bank", "ZA", Q),
    ("Pretoria", "ZA", T),
    ("Philippines", "PH", C),
    ("Durban", "ZA", T),
    ("Ngqura", "ZA", N, (-33.80, 25.68)),
    ("Port Elizabeth", "ZA", T, (-33.96, 25.61)),
    ("Eastern Cape", "ZA", A),
    ("Richards Bay", "ZA", T),
    ("KwaZulu-Natal", "ZA", A),
    ("Mpumalanga", "ZA", A),
    ("Northern Cape", "ZA", A),
    ("Saldanha Bay", "ZA", N),
    ("Richards Bay Coal Terminal", "ZA", Q),
    ("Western Cape", "ZA", A),
    ("Limpopo", "ZA", A),
    ("Cape Town", "ZA", T),
    ("Namibia", "NA", C),
    ("Mozambique", "MZ", C),
    ("Walvis Bay", "NA", T),
    ("Maputo", "MZ", T),
    ("Gauteng", "ZA", A),
])

add("c", """Bank of Japan raises rates to 0.75%, yen firms; Tokyo Electric eyes reactor restart

By Leika Kihara

TOKYO, Dec 19 (Nikkei Asia) - The Bank of Japan raised its short-term policy rate to 0.75% on Friday, the highest in three decades, betting that wage gains and a weak yen will keep inflation near its 2% target.

Governor Kazuo Ueda said companies from Hokkaido to Okinawa were raising pay, and that inflation in Tokyo's 23 wards, a leading indicator of national trends, had stayed above target for more than two years.

The yen rose 0.6% to 154.20 per dollar. The Nikkei share average fell 1.2%, led by exporters such as Toyota Motor and Nintendo, whose headquarters are in Aichi and Kyoto. Bank shares rallied.

Energy costs remain a concern. Tokyo Electric Power Co Holdings said it would restart a reactor at the Kashiwazaki-Kariwa plant in Niigata prefecture in January after the governor approved the plan, the utility's first since the 2011 disaster at Fukushima. Kansai Electric Power, which serves Osaka and Kobe, is surveying sites for a new reactor in Fukui prefecture.

Regional economies outside the big cities are struggling. Department stores in Sapporo and Fukuoka reported weaker sales as Chinese tourist arrivals fell following a diplomatic row between Tokyo and Beijing. Hotels in Kyoto and Nara remain busy with visitors from South Korea, Taiwan and the United States.

Finance Minister Satsuki Katayama said Tokyo was in close contact with Washington on currency moves.""", [
    ("Bank of Japan", "JP", Q),
    ("Tokyo Electric", "-", N),
    ("TOKYO", "JP", T),
    ("Hokkaido", "JP", A),
    ("Okinawa", "JP", A),
    ("Tokyo", "JP", T),
    ("Toyota Motor", "-", N),
    ("Aichi", "JP", A),
    ("Kyoto", "JP", N),
    ("Kashiwazaki-Kariwa", "JP", Q),
    ("Niigata", "JP", A),
    ("Fukushima", "JP", N),
    ("Kansai Electric Power", "-", N),
    ("Osaka", "JP", T),
    ("Kobe", "JP", T),
    ("Fukui", "JP", A),
    ("Sapporo", "JP", T),
    ("Fukuoka", "JP", T),
    ("Chinese", "CN", Q),
    ("Beijing", "CN", T),
    ("Nara", "JP", T),
    ("South Korea", "KR", C),
    ("Taiwan", "TW", C),
    ("United States", "US", C),
    ("Washington", "US", T, DC),
])

add("c", """South Korea seals tariff deal with Washington, pledges investment in Georgia, Alabama plants

By Joyce Lee and Hyonhee Shin

SEOUL, July 31 (Yonhap) - South Korea agreed to a trade deal with the United States that caps tariffs on its cars and other exports at 15%, in exchange for $350 billion of investment in U.S. industries including shipbuilding, semiconductors and batteries, officials in Seoul said on Thursday.

The deal lowers the 25% tariff President Donald Trump had threatened on Korean goods and puts South Korea on a par with Japan and the European Union. Shares of Hyundai Motor rose 6% in Seoul.

Hyundai, which opened its Metaplant near Savannah, Georgia, last year, will raise output there and at its plant in Montgomery, Alabama. LG Energy Solution and SK On are building battery factories in Georgia and Tennessee, while Samsung is expanding chip output in Taylor, Texas.

A large part of the package will go to U.S. shipbuilding. HD Hyundai, whose Ulsan yard is the world's largest, and Hanwha Ocean, which owns the Philly Shipyard in Philadelphia, will help rebuild capacity at American yards. Hanwha's main yard is on Geoje island near Busan.

Exporters in Gyeonggi province, home to Samsung's chip plants in Pyeongtaek and Giheung, welcomed the certainty. Korea's exports of semiconductors hit a record in July, led by shipments to Taiwan, Vietnam and China.

The won strengthened 0.5% against the dollar. The Bank of Korea, which meets in August, is expected to hold rates after cutting in May.""", [
    ("South Korea", "KR", C),
    ("Washington", "US", T, DC),
    ("Georgia", "US", A),
    ("Alabama", "US", A),
    ("SEOUL", "KR", T),
    ("United States", "US", C),
    ("U.S.", "US", Q),
    ("Seoul", "KR", T),
    ("Korean", "KR", Q),
    ("Japan", "JP", C),
    ("European Union", "*", N),
    ("Savannah", "US", T, "US.GA"),
    ("Montgomery", "US", T, "US.AL"),
    ("Tennessee", "US", A),
    ("Taylor", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Ulsan", "KR", T),
    ("Philly Shipyard", "-", N),
    ("Philadelphia", "US", T, "US.PA"),
    ("American", "US", Q),
    ("Geoje", "KR", N),
    ("Busan", "KR", T),
    ("Gyeonggi", "KR", A),
    ("Pyeongtaek", "KR", T),
    ("Giheung", "KR", N, (37.28, 127.11)),
    ("Korea", "KR", C),
    ("Taiwan", "TW", C),
    ("Vietnam", "VN", C),
    ("China", "CN", C),
    ("Bank of Korea", "KR", Q),
])

add("c", """Argentina's Vaca Muerta output hits record as Milei courts investors; provinces push for rail link

By Lucila Sigal and Jorge Otaola

BUENOS AIRES, Aug 20 (Reuters) - Oil production from Argentina's Vaca Muerta shale formation hit a record 560,000 barrels per day in July, the energy secretariat said, as President Javier Milei's market reforms drew investment into pipelines and an export terminal on the Atlantic coast.

YPF, the state-controlled oil company, and partners including Pan American Energy and Vista are building the 437-km Vaca Muerta Oil Sur pipeline from Neuquen province to Punta Colorada on the coast of Rio Negro, which is due to start shipping crude to Asia and the United States in 2027.

Gas output is also rising. Argentina stopped importing LNG through the port of Escobar this winter for the first time in two decades, and began exporting gas by pipeline to Chile and to Brazil via Bolivia.

The governors of Cordoba, Santa Fe and Mendoza, whose grain and wine producers have benefited from lower export taxes, are pressing the government for a freight rail link to the port of Bahia Blanca. Soybean crushers around Rosario, the hub for about 80% of the country's agricultural exports on the Parana River, have raised output.

The IMF, which approved a $20 billion program for Argentina in April, said in Washington that the economy would grow 5.5% this year. Monthly inflation in Buenos Aires has slowed to 1.9%.

Chile's Codelco and BHP are also studying cross-border copper projects in San Juan province, where Lundin Mining's Josemaria and Filo del Sol deposits lie high in the Andes.""", [
    ("Argentina", "AR", C),
    ("Vaca Muerta", "AR", N),
    ("BUENOS AIRES", "AR", T),
    ("Atlantic", "*", N),
    ("Pan American Energy", "-", N),
    ("Vaca Muerta Oil Sur", "AR", Q),
    ("Neuquen", "AR", A),
    ("Punta Colorada", "AR", N),
    ("Rio Negro", "AR", A),
    ("Asia", "*", N),
    ("United States", "US", C),
    ("Escobar", "AR", T, (-34.35, -58.79)),
    ("Chile", "CL", C),
    ("Brazil", "BR", C),
    ("Bolivia", "BO", C),
    ("Cordoba", "AR", A),
    ("Santa Fe", "AR", A),
    ("Mendoza", "AR", A),
    ("Bahia Blanca", "AR", T),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("Parana River", "*", N),
    ("Washington", "US", T, DC),
    ("Buenos Aires", "AR", T),
    ("BHP", "-", N),
    ("San Juan", "AR", A),
    ("Andes", "*", N),
])

add("c", """Chile's Codelco, SQM finalise lithium partnership as Bolivia courts Russian, Chinese investors

By Fabian Cambero and Daina Beth Solomon

SANTIAGO, Jan 2 (Reuters) - Chile's state copper miner Codelco and lithium producer SQM have completed their partnership to run the Salar de Atacama, the world's richest lithium brine deposit, until 2060, the companies said, a cornerstone of the government's plan to give the state control of the strategic metal.

The joint venture, which Codelco will control from 2031, will produce lithium carbonate at SQM's plants at Salar del Carmen near Antofagasta. Indigenous communities around San Pedro de Atacama had sought a bigger say in water use.

Chile is the world's second-largest lithium producer after Australia, and the Atacama salt flat holds about a third of known reserves. Across the border, Argentina's northern provinces of Jujuy, Salta and Catamarca have drawn billions of dollars from Rio Tinto, Ganfeng and Eramet under more investor-friendly rules.

In Bolivia, which claims the world's largest resources at the Salar de Uyuni in Potosi department, state company YLB has signed contracts with Russia's Uranium One and China's CBC to build plants, but lawmakers in La Paz have yet to approve them.

Lithium prices have fallen more than 80% since late 2022 due to a flood of supply from Australia and from lepidolite mines around Yichun, in China's Jiangxi province. Peru, which hopes to develop hard-rock lithium at Falchani in the Puno region near Lake Titicaca, has delayed the project over a legal dispute.

"Chile cannot afford to lose its edge," said Juan Carlos Guajardo, a Santiago-based mining analyst. The Central Bank of Chile, which meets on Jan. 28, expects copper and lithium exports to rise 6% this year.""", [
    ("Chile", "CL", C),
    ("Bolivia", "BO", C),
    ("Russian", "RU", Q),
    ("Chinese", "CN", Q),
    ("SANTIAGO", "CL", T, (-33.45, -70.66)),
    ("Salar de Atacama", "CL", N),
    ("Salar del Carmen", "CL", Q),
    ("Antofagasta", "CL", T, (-23.65, -70.40)),
    ("San Pedro de Atacama", "CL", T),
    ("Australia", "AU", C),
    ("Atacama", "CL", N),
    ("Argentina", "AR", C),
    ("Jujuy", "AR", A),
    ("Salta", "AR", A),
    ("Catamarca", "AR", A),
    ("Rio Tinto", "-", N),
    ("Salar de Uyuni", "BO", N),
    ("Potosi", "BO", A),
    ("Russia", "RU", C),
    ("China", "CN", C),
    ("La Paz", "BO", T, (-16.50, -68.15)),
    ("Yichun", "CN", T, (27.83, 114.40)),
    ("Jiangxi", "CN", A),
    ("Peru", "PE", C),
    ("Falchani", "PE", Q),
    ("Puno", "PE", A),
    ("Lake Titicaca", "*", N),
    ("Santiago", "CL", T, (-33.45, -70.66)),
    ("Central Bank of Chile", "CL", Q),
])

add("c", """Bank of England holds rates; UK ports, steel towns brace for EU border checks

By Delphine Strauss and Peter Foster

LONDON, Feb 6 (Financial Times) - The Bank of England held interest rates at 4.5% on Thursday, as policymakers weighed sticky inflation against a stagnating economy and new friction at the border with the European Union.

Sterling slipped 0.3% against the dollar and gilt yields fell. In the City, traders brought forward bets on a cut in May.

Hauliers at Dover and Folkestone warned of delays when the EU's new digital entry system starts in April, with queues likely on the M20 through Kent. Ferry operators at Holyhead in Wales and at Cairnryan in Scotland, which serve Dublin and Belfast, said they were ready. Northern Ireland remains under EU single market rules for goods under the Windsor Framework.

At Felixstowe and Southampton, the country's largest container ports, volumes from Asia were flat in January.

The government is also trying to save steelmaking. British Steel, owned by China's Jingye Group, has warned that its blast furnaces in Scunthorpe could close this year, while Tata Steel's Port Talbot works in south Wales is switching to an electric arc furnace with a 500 million pound subsidy from London.

"Regions like the Humber, Teesside and south Wales need a credible industrial strategy," said Gareth Stace, director general of trade body UK Steel.

Chancellor Rachel Reeves is due to meet investors in Edinburgh and Manchester next week to promote plans for new investment zones in the north of England.""", [
    ("Bank of England", "GB", Q),
    ("UK", "GB", C),
    ("EU", "*", N),
    ("Sterling", "-", N),
    ("LONDON", "GB", T, LON),
    ("European Union", "*", N),
    ("City", "GB", N, (51.515, -0.09)),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Folkestone", "GB", T),
    ("Kent", "GB", A),
    ("Holyhead", "GB", T),
    ("Wales", "GB", A),
    ("Cairnryan", "GB", T),
    ("Scotland", "GB", A),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Belfast", "GB", T),
    ("Northern Ireland", "GB", A),
    ("Windsor Framework", "-", N),
    ("Felixstowe", "GB", T),
    ("Southampton", "GB", T, (50.90, -1.40)),
    ("Asia", "*", N),
    ("British Steel", "-", N),
    ("China", "CN", C),
    ("Scunthorpe", "GB", T),
    ("Port Talbot", "GB", T),
    ("London", "GB", T, LON),
    ("Humber", "GB", N),
    ("Teesside", "GB", N),
    ("UK Steel", "-", N),
    ("Edinburgh", "GB", T),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("England", "GB", A),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
