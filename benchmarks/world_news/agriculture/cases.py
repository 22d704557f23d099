"""Held-out set `agriculture`: 40 news articles on farming, food and commodities worldwide.

Written by a helper that read neither geomap's source (the rules under geomap/) nor any other
set's cases.py; the articles imitate agricultural and commodity news as Reuters, AFP, Kyodo,
Farmers Weekly, Agriland, The Western Producer, Grain Central, Beef Central, Down To Earth,
Business Day and regional papers publish it. The events are invented; the places are real.

Genres (letters in GENRES):
  a (14) grains and oilseeds, markets and trade: the Americas, the Black Sea, Europe.
  b (13) Africa, the Middle East, South and Southeast Asia: food security, rice, tea, cocoa,
         locusts, drought, palm oil, fertiliser.
  c (13) livestock, dairy, fisheries and farm politics: Europe, Oceania, the Americas, East Asia.

Conventions:
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines; a capital used for its government ("Washington", "Brussels") is the place.
  - kinds: C country, A admin-1/admin-2/region, T city/town/village, N any kind (rivers, seas,
    farming regions such as "the Corn Belt", "the Pampas", "the Riverina", basins, islands).
    Where city and province share a name and the text does not decide ("Kano", "Kericho",
    "Kagoshima"), the kind is N (any) with the country.
  - country "*" for features spanning countries (the Danube, the Sahel, the Black Sea, the Paraná).
  - hints: (lat, lon) for ambiguous towns (Rosario, Perth, Cairo, Illinois; Hereford, Texas;
    Gainesville and Athens, Georgia; Hamilton, NZ; Roma, Queensland), "US.XX" for US states.
  - demonyms and place adjectives ("Argentine", "Welsh", "Scotch") are Q ("?") with their
    country; organisations named with a place ("U.S. Department of Agriculture", "Statistics
    Canada", "Grain SA") are Q with the place's country, or "*" for continents/the EU.
  - things named after places that are not places are listed with country "-": commodities,
    benchmarks and exchanges ("Chicago Board of Trade", "Kansas City" wheat futures, "New York
    cocoa", "Dalian Commodity Exchange"), breeds ("Angus", "Hereford", "Jersey", "Holstein",
    "Charolais" breeder, "Kerry cow"), products ("Basmati", "Darjeeling tea", "Kobe beef"),
    firms ("Kerry Group"), a person ("Victoria Nguyen"), a disease ("African swine fever").
    The same name is a place elsewhere in the set (Angus, Scotland; Kobe; Darjeeling hills;
    Hereford, Texas; the Charolais heartland; County Kerry; the Rosario grains hub).
  - the "European Union"/"EU" is Q "*" (debatable as a place).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


ROSARIO = (-32.95, -60.65)
PARIS = (48.85, 2.35)
BRUSSELS = (50.85, 4.35)
WASHINGTON = (38.90, -77.04)

# ---------------------------------------------------------------- genre a: grains and oilseeds

add("a", """Argentine soy crush slows as Rosario river ports face strike

By Maximilian Heath

ROSARIO, Argentina (Reuters) - Soybean crushing around Rosario slowed to a crawl on Tuesday as oilseed workers walked off the job for a third day, leaving dozens of trucks queued outside export terminals along the Paraná River in Argentina's main grains hub.

The strike hit plants in San Lorenzo, Puerto General San Martín and Timbúes, north of Rosario in Santa Fe province, where about 80% of the country's soymeal and soyoil exports are loaded. Argentina is the world's top exporter of both products, shipping mostly to Southeast Asia, the European Union and India.

"Every day lost on the Paraná is a day Brazil gains," said a trader at a multinational exporter in Buenos Aires, who asked not to be named.

Farmers in the Pampas, the fertile plains that stretch across Buenos Aires province, Córdoba and southern Santa Fe, are still recovering from last season's drought. The Rosario grains exchange has forecast this season's soy harvest at 48.5 million tonnes, up sharply from the drought-hit crop, though heavy rain in Entre Ríos and northern Buenos Aires has delayed harvesting.

Soybean futures on the Chicago Board of Trade rose 1.1%, while meal touched a two-week high on supply worries. Some cargoes could be diverted to the southern ports of Bahía Blanca and Quequén, brokers said, though those terminals handle mainly wheat and corn.

China, the biggest buyer of Argentine soybeans, has so far been little affected, as most beans it imports come from Brazil and the United States.""", [
    ("Argentine", "AR", Q),
    ("Rosario", "AR", T, ROSARIO),
    ("ROSARIO", "AR", T, ROSARIO),
    ("Rosario grains exchange", "-", N),
    ("Argentina", "AR", C),
    ("Paraná River", "*", N),
    ("Paraná", "*", N),
    ("San Lorenzo", "AR", T, (-32.75, -60.73)),
    ("Puerto General San Martín", "AR", T, (-32.72, -60.73)),
    ("Timbúes", "AR", T, (-32.67, -60.79)),
    ("Santa Fe", "AR", A),
    ("Southeast Asia", "*", N),
    ("European Union", "*", Q),
    ("India", "IN", C),
    ("Brazil", "BR", C),
    ("Buenos Aires#1", "AR", T, (-34.61, -58.38)),
    ("Buenos Aires#2,3", "AR", A),
    ("Pampas", "AR", N),
    ("Córdoba", "AR", A),
    ("Entre Ríos", "AR", A),
    ("Chicago Board of Trade", "-", N),
    ("Bahía Blanca", "AR", T),
    ("Quequén", "AR", T, (-38.57, -58.70)),
    ("China", "CN", C),
    ("United States", "US", C),
])

add("a", """Heat dome over Corn Belt lifts corn futures to one-month high

By Karl Plume

CHICAGO (Reuters) - U.S. corn futures jumped to a one-month high on Monday as forecasts showed a heat dome settling over the western Corn Belt during the critical pollination period, threatening yields in Iowa, Nebraska and southern Minnesota.

The most-active December contract on the Chicago Board of Trade settled up 14-3/4 cents at $4.87 a bushel. Soybeans followed, gaining 1.8%, while wheat was dragged higher by the rally.

Temperatures are expected to top 100 degrees Fahrenheit (38 C) across much of Nebraska and western Iowa through the weekend, with little rain in sight until late next week, according to the National Weather Service office in Omaha. Eastern growing areas in Illinois, Indiana and Ohio should fare better after heavy storms last week.

"The market went into the weekend thinking the crop was made. Iowa and Nebraska just told it otherwise," said a broker in Des Moines.

The U.S. Department of Agriculture rated 64% of the corn crop good to excellent, down three points from a week earlier. Crop scouts in central Illinois reported that fields near Decatur and Bloomington had tasseled early.

The rally also caught exporters off guard. Cash bids for corn at barge terminals along the Illinois River and at export elevators near New Orleans firmed as buyers in Mexico, Japan and Colombia sought to cover needs. Mexico remains the largest buyer of U.S. corn, and has bought record volumes this year despite friction with Washington over genetically modified grain.

In South America, Brazil's second-crop corn harvest in Mato Grosso is nearly complete, adding to competition for export business later in the year.""", [
    ("Corn Belt", "US", N),
    ("CHICAGO", "US", T, (41.85, -87.65)),
    ("U.S.", "US", C),
    ("U.S. Department of Agriculture", "US", Q),
    ("Iowa", "US", A, "US.IA"),
    ("Nebraska", "US", A, "US.NE"),
    ("Minnesota", "US", A, "US.MN"),
    ("Chicago Board of Trade", "-", N),
    ("Omaha", "US", T, (41.26, -95.94)),
    ("Illinois River", "US", N),
    ("Illinois", "US", A, "US.IL"),
    ("Indiana", "US", A, "US.IN"),
    ("Ohio", "US", A, "US.OH"),
    ("Des Moines", "US", T, (41.60, -93.61)),
    ("Decatur", "US", T, (39.84, -88.95)),
    ("Bloomington", "US", T, (40.48, -88.99)),
    ("New Orleans", "US", T, (29.95, -90.07)),
    ("Mexico", "MX", C),
    ("Japan", "JP", C),
    ("Colombia", "CO", C),
    ("Washington", "US", T, WASHINGTON),
    ("South America", "*", N),
    ("Brazil", "BR", C),
    ("Mato Grosso", "BR", A),
])

add("a", """Russian wheat export prices firm as Novorossiysk loadings slow

MOSCOW, Aug 14 (Reuters) - Prices for Russian wheat rose for a third straight week as storms in the Black Sea slowed loadings at Novorossiysk, the country's largest grain port, and buyers in Egypt and Turkey stepped up purchases.

Wheat with 12.5% protein content for supply from Black Sea ports was quoted at $232 a tonne free on board at the end of last week, up $3, according to the IKAR agricultural consultancy. Sovecon, another Moscow-based consultancy, put the price at $230-$234.

Harvesting has reached 60% of the area in the south, where yields in the Krasnodar and Stavropol regions are running below last year after a dry spring. The harvest in the Rostov region was also hit by May frosts. By contrast, crops in the Volga region, the Urals and western Siberia look strong, analysts said.

Vessels waiting to load in Novorossiysk and the nearby port of Tuapse faced delays of up to five days because of high winds, while smaller ships on the Sea of Azov, which carry grain from Rostov-on-Don and Azov through the Kerch Strait, were also held up.

Egypt, the world's largest wheat importer, bought 240,000 tonnes of Russian wheat this week in a direct deal, traders said. Algeria, traditionally a buyer of French wheat, has also turned to Russia after a diplomatic rift with Paris. Georgia and Azerbaijan, which rely almost entirely on Russian grain, continue to receive cargoes through the Georgian port of Poti and by rail to Baku.

Ukraine, which competes with Russia in many of the same markets, is shipping through its own corridor from Odesa, despite regular Russian attacks on port infrastructure.""", [
    ("Russian", "RU", Q),
    ("Novorossiysk", "RU", T),
    ("MOSCOW", "RU", T, (55.75, 37.62)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Black Sea", "*", N),
    ("Egypt", "EG", C),
    ("Turkey", "TR", C),
    ("Krasnodar", "RU", A),
    ("Stavropol", "RU", A),
    ("Rostov", "RU", A),
    ("Volga", "RU", N),
    ("Urals", "RU", N),
    ("Siberia", "RU", N),
    ("Tuapse", "RU", T),
    ("Sea of Azov", "*", N),
    ("Rostov-on-Don", "RU", T),
    ("Azov", "RU", T, (47.11, 39.42)),
    ("Kerch Strait", "*", N),
    ("Algeria", "DZ", C),
    ("French", "FR", Q),
    ("Russia", "RU", C),
    ("Paris", "FR", T, PARIS),
    ("Georgia", "GE", C),
    ("Azerbaijan", "AZ", C),
    ("Georgian", "GE", Q),
    ("Poti", "GE", T),
    ("Baku", "AZ", T),
    ("Ukraine", "UA", C),
    ("Odesa", "UA", T, (46.48, 30.73)),
])

add("a", """Ukraine's Danube ports ramp up grain shipments as corridor holds

By Pavel Polityuk

KYIV, Sept 3 (Reuters) - Ukrainian grain exports through the Danube river ports of Izmail and Reni rose 18% in August from July, the infrastructure ministry said on Tuesday, as traders hedged against disruption to the Black Sea corridor out of Odesa.

Ukraine, a major global supplier of wheat, corn and sunflower oil, exported 3.9 million tonnes of grain last month, with the bulk loaded at the three deep-water ports of Greater Odesa - Odesa, Chornomorsk and Pivdennyi. Barges from Izmail carry grain down the Danube to Romania's port of Constanța, or to ocean-going vessels at Sulina, before it heads for the Bosphorus and the Mediterranean.

Ports in the Mykolaiv region have been closed since the early months of the war, and fields in Kherson and Zaporizhzhia regions remain littered with mines, limiting planting near the front line.

The agriculture ministry expects the 2024 harvest at 56 million tonnes of grain, down from last year, as drought in the south and east cut corn yields. Central regions such as Vinnytsia and Poltava, which escaped the worst of the heat, are expected to deliver record sunflower crops.

Romania has urged Kyiv to coordinate shipments after its own farmers complained that cheap Ukrainian grain flooded the local market. Poland, Hungary and Slovakia still maintain unilateral bans on imports of Ukrainian wheat, despite objections from Brussels.

"The Danube route is slower and more expensive, but it has become an insurance policy," said an executive at a Kyiv-based trading house.""", [
    ("Ukraine", "UA", C),
    ("Danube", "*", N),
    ("KYIV", "UA", T, (50.45, 30.52)),
    ("Kyiv", "UA", T, (50.45, 30.52)),
    ("Ukrainian", "UA", Q),
    ("Izmail", "UA", T),
    ("Reni", "UA", T, (45.46, 28.28)),
    ("Black Sea", "*", N),
    ("Odesa", "UA", T, (46.48, 30.73)),
    ("Chornomorsk", "UA", T),
    ("Pivdennyi", "UA", T, (46.62, 31.10)),
    ("Romania", "RO", C),
    ("Constanța", "RO", T),
    ("Sulina", "RO", T),
    ("Bosphorus", "TR", N),
    ("Mediterranean", "*", N),
    ("Mykolaiv", "UA", A),
    ("Kherson", "UA", A),
    ("Zaporizhzhia", "UA", A),
    ("Vinnytsia", "UA", A),
    ("Poltava", "UA", A),
    ("Poland", "PL", C),
    ("Hungary", "HU", C),
    ("Slovakia", "SK", C),
    ("Brussels", "BE", T, BRUSSELS),
])

add("a", """French soft wheat crop forecast to rebound, FranceAgriMer says

By Sybille de La Hamaide

PARIS (Reuters) - France's soft wheat harvest is expected to rebound to about 33 million tonnes this year after rain-soaked sowing slashed last season's crop to its lowest in four decades, farm office FranceAgriMer said on Wednesday.

Yields in the main grain belt south of Paris, the Beauce plain around Chartres, and in the Centre-Val de Loire region have exceeded expectations, while Hauts-de-France in the north and Grand Est in the east reported average results. Growers in Brittany and Normandy, where spring rains were heaviest, reported patchy quality.

The rebound should allow France, the European Union's biggest wheat producer, to regain ground in key markets in North Africa. Exports outside the EU are forecast at 8.5 million tonnes, with Morocco expected to be the top destination, ahead of China.

Algeria, for decades France's most loyal customer, has shunned French wheat in recent tenders amid a diplomatic row, buying instead from the Black Sea region and Argentina.

Benchmark September milling wheat on Euronext in Paris fell 0.5% to 221.25 euros a tonne, pressured by large Russian supplies and a strong harvest forecast in Germany and Romania.

Shipments from Rouen, France's main grain port on the Seine, and from La Pallice near La Rochelle have picked up since mid-July, port data showed. Dunkirk has been loading barley for Saudi Arabia and China.""", [
    ("French", "FR", Q),
    ("PARIS", "FR", T, PARIS),
    ("France", "FR", C),
    ("Paris", "FR", T, PARIS),
    ("Beauce", "FR", N),
    ("Chartres", "FR", T),
    ("Centre-Val de Loire", "FR", A),
    ("Hauts-de-France", "FR", A),
    ("Grand Est", "FR", A),
    ("Brittany", "FR", A),
    ("Normandy", "FR", A),
    ("European Union", "*", Q),
    ("North Africa", "*", N),
    ("EU", "*", Q),
    ("Morocco", "MA", C),
    ("China", "CN", C),
    ("Algeria", "DZ", C),
    ("Black Sea", "*", N),
    ("Argentina", "AR", C),
    ("Russian", "RU", Q),
    ("Germany", "DE", C),
    ("Romania", "RO", C),
    ("Rouen", "FR", T),
    ("Seine", "FR", N),
    ("La Pallice", "FR", N, (46.16, -1.22)),
    ("La Rochelle", "FR", T, (46.16, -1.15)),
    ("Dunkirk", "FR", T, (51.03, 2.38)),
    ("Saudi Arabia", "SA", C),
])

add("a", """Brazil's soy harvest hits record as Mato Grosso trucks jam northern ports

By Ana Mano

SÃO PAULO (Reuters) - Brazil's soybean harvest will reach a record 169 million tonnes, national crop agency Conab said on Thursday, as top producing state Mato Grosso recovered from last year's dry spell and farmers in Rio Grande do Sul escaped the floods that ravaged the state in 2024.

Much of the crop from Mato Grosso, which alone accounts for about a quarter of national output, is trucked north along the BR-163 highway to river terminals at Miritituba on the Tapajós River, where it is loaded onto barges bound for Santarém and the Amazon. Truckers reported queues of up to 30 km near Sorriso and Sinop this week.

The so-called Arco Norte ports now handle more than a third of Brazilian soy and corn exports, though the southern ports of Santos and Paranaguá remain the largest single gateways. Line-ups at Paranaguá stretched to 12 days, maritime agency Cargonave said.

In Goiás, Mato Grosso do Sul and the Matopiba frontier - an area of the Cerrado covering parts of Maranhão, Tocantins, Piauí and Bahia - yields were above average. Paraná state, the second-largest producer, lost some output to a hot February.

China is expected to buy about 70% of the crop. Soybean premiums at Paranaguá over Chicago futures weakened to their lowest in three years as the size of the harvest became clear.""", [
    ("Brazil", "BR", C),
    ("Mato Grosso", "BR", A),
    ("Mato Grosso do Sul", "BR", A),
    ("SÃO PAULO", "BR", T, (-23.55, -46.63)),
    ("Rio Grande do Sul", "BR", A),
    ("BR-163", "BR", Q),
    ("Miritituba", "BR", T, (-4.29, -55.95)),
    ("Tapajós River", "BR", N),
    ("Santarém", "BR", T, (-2.44, -54.71)),
    ("Amazon", "*", N),
    ("Sorriso", "BR", T, (-12.55, -55.71)),
    ("Sinop", "BR", T, (-11.86, -55.50)),
    ("Arco Norte", "BR", N),
    ("Brazilian", "BR", Q),
    ("Santos", "BR", T, (-23.96, -46.33)),
    ("Paranaguá", "BR", T, (-25.52, -48.51)),
    ("Goiás", "BR", A),
    ("Matopiba", "BR", N),
    ("Cerrado", "BR", N),
    ("Maranhão", "BR", A),
    ("Tocantins", "BR", A),
    ("Piauí", "BR", A),
    ("Bahia", "BR", A),
    ("Paraná", "BR", A),
    ("China", "CN", C),
    ("Chicago", "-", N),
])

add("a", """Canola crop outlook dims as dry July bakes the Prairies

By Robin Booker
The Western Producer

SASKATOON — Canola crops across the Prairies are under stress after a hot, dry July, agronomists say, and Statistics Canada's model-based estimate due next week is expected to trim national production below 18 million tonnes.

In Saskatchewan, the largest canola-growing province, crop reports show topsoil moisture rated short to very short on more than half of cropland, with the west-central region around Kindersley and Rosetown hit hardest. Crops north of Saskatoon and in the northeast near Tisdale and Melfort fared better after timely rains in June.

Alberta's Peace River region, a key canola area straddling the border with British Columbia, has struggled with drought for a third straight year. Southern Manitoba, by contrast, has received above-normal rainfall and growers near Brandon and Portage la Prairie expect average yields.

ICE canola futures in Winnipeg rose to a six-week high on the weather concerns, but gains were capped by trade uncertainty. China, once the largest buyer of Canadian canola seed, has imposed steep tariffs on canola oil and meal, and an anti-dumping probe on seed continues.

"Exporters are leaning harder on Japan, Mexico and the European Union," said an analyst in Regina. Most Canadian canola is shipped through the Port of Vancouver, with smaller volumes leaving Prince Rupert, on British Columbia's north coast, and Thunder Bay on Lake Superior.

Canola crush plants in Yorkton and Regina are running near capacity to meet demand for renewable diesel feedstock in the United States.""", [
    ("Prairies", "CA", N),
    ("SASKATOON", "CA", T, (52.13, -106.67)),
    ("Saskatoon", "CA", T, (52.13, -106.67)),
    ("Statistics Canada", "CA", Q),
    ("Saskatchewan", "CA", A),
    ("Kindersley", "CA", T),
    ("Rosetown", "CA", T),
    ("Tisdale", "CA", T, (52.85, -104.05)),
    ("Melfort", "CA", T),
    ("Alberta", "CA", A),
    ("Peace River", "CA", N),
    ("British Columbia", "CA", A),
    ("Manitoba", "CA", A),
    ("Brandon", "CA", T, (49.85, -99.95)),
    ("Portage la Prairie", "CA", T),
    ("Winnipeg", "CA", T),
    ("China", "CN", C),
    ("Canadian", "CA", Q),
    ("Japan", "JP", C),
    ("Mexico", "MX", C),
    ("European Union", "*", Q),
    ("Regina", "CA", T, (50.45, -104.61)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Prince Rupert", "CA", T, (54.31, -130.32)),
    ("Thunder Bay", "CA", T),
    ("Lake Superior", "*", N),
    ("Yorkton", "CA", T),
    ("United States", "US", C),
])

add("a", """Low Mississippi River water pushes barge rates to record ahead of harvest

By Tom Polansek

MEMPHIS, Tenn. (Reuters) - Barge freight rates for grain shipped down the Mississippi River hit record highs this week as drought drained the key waterway just as farmers in the Midwest began harvesting corn and soybeans.

The river gauge at Memphis fell to minus 10.5 feet on Monday, near its all-time low, and the U.S. Army Corps of Engineers said it was dredging channels near Vicksburg, Mississippi, and Greenville to keep traffic moving. Barge operators have been forced to carry lighter loads to avoid running aground, with tows cut to 25 barges from the usual 35 or more.

Rates for barges from St. Louis to the Gulf Coast surged to $105 a ton, more than triple the three-year average, according to the U.S. Department of Agriculture. Shipping rates out of Cairo, Illinois, where the Ohio River meets the Mississippi, also hit records.

About 60% of U.S. corn and soybean exports travel by barge to terminals between Baton Rouge and New Orleans, Louisiana, for loading onto ocean vessels. Salt water creeping up from the Gulf of Mexico has also threatened drinking water supplies in Plaquemines Parish.

The slowdown has widened cash basis levels at river elevators in Iowa, Illinois and Missouri, with some grain handlers refusing to take more deliveries. Farmers in Arkansas and Tennessee were hauling soybeans to storage instead of to the river.

Export sales to China and Mexico have slowed as buyers turned to Brazil, where a record soybean crop is expected next year.""", [
    ("Mississippi River", "US", N),
    ("Mississippi#3", "US", A, "US.MS"),
    ("Mississippi#4", "US", N),
    ("MEMPHIS", "US", T, (35.15, -90.05)),
    ("Tenn.", "US", A, "US.TN"),
    ("Midwest", "US", N),
    ("Memphis", "US", T, (35.15, -90.05)),
    ("U.S. Army Corps of Engineers", "US", Q),
    ("U.S. Department of Agriculture", "US", Q),
    ("U.S.", "US", C),
    ("Vicksburg", "US", T, (32.35, -90.88)),
    ("Greenville", "US", T, (33.41, -91.06)),
    ("St. Louis", "US", T, (38.63, -90.20)),
    ("Gulf Coast", "US", N),
    ("Cairo", "US", T, (37.005, -89.176)),
    ("Illinois", "US", A, "US.IL"),
    ("Ohio River", "US", N),
    ("Baton Rouge", "US", T),
    ("New Orleans", "US", T, (29.95, -90.07)),
    ("Louisiana", "US", A, "US.LA"),
    ("Gulf of Mexico", "*", N),
    ("Plaquemines Parish", "US", A, "US.LA"),
    ("Iowa", "US", A, "US.IA"),
    ("Missouri", "US", A, "US.MO"),
    ("Arkansas", "US", A, "US.AR"),
    ("Tennessee", "US", A, "US.TN"),
    ("China", "CN", C),
    ("Mexico", "MX", C),
    ("Brazil", "BR", C),
])

add("a", """Mexico's white corn harvest shrinks as drought grips Sinaloa

MEXICO CITY, March 5 (Reuters) - Mexico's harvest of white corn in Sinaloa, the country's breadbasket for the staple used in tortillas, is set to fall by more than half this year as reservoirs in the northwestern state run dry, pushing Mexico to import more grain from the United States.

The state's dams stood at under 15% of capacity in late February, state authorities in Culiacán said, and irrigation districts along the Fuerte River and the Sinaloa River have cut water allocations for the autumn-winter crop. Growers near Los Mochis and Guasave have switched to less thirsty crops such as chickpeas or left fields fallow.

Sinaloa normally produces 5 to 6 million tonnes of white corn. Output from Jalisco, Michoacán and Guanajuato in the central highlands is expected to partly offset the shortfall, the agriculture ministry said.

Mexico already imports around 20 million tonnes of mostly yellow corn a year from the U.S., used mainly for animal feed. Much of it crosses by rail at Laredo and Eagle Pass in Texas or arrives by ship at Veracruz and Progreso on the Gulf of Mexico coast.

A trade panel under the USMCA ruled last year that Mexico's restrictions on genetically modified corn were not based on science, siding with Washington. Mexican farm groups in Chiapas and Oaxaca, where native corn varieties originated, continue to campaign against GM grain.""", [
    ("Mexico", "MX", C),
    ("Sinaloa", "MX", A),
    ("Sinaloa River", "MX", N),
    ("MEXICO CITY", "MX", T, (19.43, -99.13)),
    ("United States", "US", C),
    ("Culiacán", "MX", T),
    ("Fuerte River", "MX", N),
    ("Los Mochis", "MX", T),
    ("Guasave", "MX", T),
    ("Jalisco", "MX", A),
    ("Michoacán", "MX", A),
    ("Guanajuato", "MX", A),
    ("U.S.", "US", C),
    ("Laredo", "US", T, (27.51, -99.51)),
    ("Eagle Pass", "US", T, (28.71, -100.50)),
    ("Texas", "US", A, "US.TX"),
    ("Veracruz", "MX", T, (19.18, -96.13)),
    ("Progreso", "MX", T, (21.28, -89.66)),
    ("Gulf of Mexico", "*", N),
    ("Washington", "US", T, WASHINGTON),
    ("Mexican", "MX", Q),
    ("Chiapas", "MX", A),
    ("Oaxaca", "MX", A),
])

add("a", """Romania, Bulgaria sunflower crops wilt in heatwave, lifting oil prices

BUCHAREST/SOFIA, Aug 21 (Reuters) - A month-long heatwave has scorched sunflower crops across Romania and Bulgaria, the European Union's two largest producers of the oilseed, sending sunflower oil prices in the Black Sea region to their highest in over a year.

In Romania, the worst-hit areas are the southern Bărăgan Plain and Dobrogea, the region between the Danube and the Black Sea, where temperatures above 40 Celsius during flowering left many heads half-empty. Farmers in Constanța and Tulcea counties estimate losses of 30-40%.

Across the border in Bulgaria, growers in the Dobrich and Silistra regions of the northeast - the country's granary - reported similar damage, and the agriculture ministry in Sofia is preparing drought aid.

"We have not seen a summer like this since 2007," said a farmer near Călărași, on the Danube, adding that his maize crop had also failed.

Oil mills in Romania and Bulgaria import seed from Ukraine and Moldova to keep running, and reduced supply there too has tightened the market. Sunflower oil for delivery to Rotterdam was quoted at $1,120 a tonne, up 12% in a month, as buyers in India and Turkey scrambled for cargoes.

Grain exports through Constanța and the Bulgarian port of Varna are also expected to slow, traders said, after wheat yields in Teleorman and Dolj came in below average. Brussels has said it will consider using the EU agricultural reserve to help farmers in both countries.""", [
    ("Romania", "RO", C),
    ("Bulgaria", "BG", C),
    ("BUCHAREST", "RO", T),
    ("SOFIA", "BG", T, (42.70, 23.32)),
    ("European Union", "*", Q),
    ("Black Sea", "*", N),
    ("Bărăgan Plain", "RO", N),
    ("Dobrogea", "RO", N),
    ("Danube", "*", N),
    ("Constanța#1", "RO", A),
    ("Constanța#2", "RO", T, (44.18, 28.65)),
    ("Tulcea", "RO", A),
    ("Dobrich", "BG", A),
    ("Silistra", "BG", A),
    ("Sofia", "BG", T, (42.70, 23.32)),
    ("Călărași", "RO", T, (44.20, 27.33)),
    ("Ukraine", "UA", C),
    ("Moldova", "MD", C),
    ("Rotterdam", "NL", T),
    ("India", "IN", C),
    ("Turkey", "TR", C),
    ("Bulgarian", "BG", Q),
    ("Varna", "BG", T, (43.21, 27.92)),
    ("Teleorman", "RO", A),
    ("Dolj", "RO", A),
    ("Brussels", "BE", T, BRUSSELS),
    ("EU", "*", Q),
])

add("a", """Scottish malting barley growers count cost of wet harvest

By Farmers Weekly reporters

Malting barley growers in eastern Scotland face heavy discounts after persistent rain in late August left crops sprouting in the field, with some merchants rejecting loads for failing germination tests.

Farmers in Angus, Fife and the Lothians, the heartland of Scotland's spring barley crop, have harvested less than half of their crops, well behind the five-year average, according to the Scottish Government's latest harvest report. Growers near Montrose, Forfar and Perth reported yields of 5.5-6t/ha but grain nitrogen and skinning problems.

Distillers buy most of the crop for Scotch whisky, with maltings at Buckie, Inverness and along the Moray coast close to Speyside's distilleries. "It's the worst season since 2012 for us," said one grower from Aberdeenshire, who runs a herd of Aberdeen Angus cattle alongside 400ha of barley.

South of the border, the English harvest is almost complete. Winter wheat yields in Lincolnshire, Norfolk and Suffolk came in close to average, but growers in Kent and Essex saw crops hit by the dry spring. Feed wheat for November delivery was quoted at £176/t ex-farm in East Anglia, while exports through Immingham and Tilbury have picked up since July as demand from Spain and the Netherlands improved.

Growers in Northern Ireland and Wales are also behind schedule, AHDB said.""", [
    ("Scottish", "GB", Q),
    ("Scotland", "GB", A),
    ("Angus", "GB", A),
    ("Aberdeen Angus", "-", N),
    ("Fife", "GB", A),
    ("Lothians", "GB", N),
    ("Montrose", "GB", T, (56.71, -2.47)),
    ("Forfar", "GB", T),
    ("Perth", "GB", T, (56.40, -3.43)),
    ("Scotch", "GB", Q),
    ("Buckie", "GB", T),
    ("Inverness", "GB", T, (57.48, -4.22)),
    ("Moray", "GB", A),
    ("Speyside", "GB", N),
    ("Aberdeenshire", "GB", A),
    ("English", "GB", Q),
    ("Lincolnshire", "GB", A),
    ("Norfolk", "GB", A),
    ("Suffolk", "GB", A),
    ("Kent", "GB", A),
    ("Essex", "GB", A),
    ("East Anglia", "GB", N),
    ("Immingham", "GB", T),
    ("Tilbury", "GB", T),
    ("Spain", "ES", C),
    ("Netherlands", "NL", C),
    ("Northern Ireland", "GB", A),
    ("Wales", "GB", A),
])

add("a", """Low water on South American rivers squeezes soy shippers

By Daniela Desantis

ASUNCIÓN (Reuters) - Barges carrying soybeans from Paraguay and Bolivia are sailing with half loads as water levels on the Paraguay River near Asunción fell to their lowest since records began, threatening exports from South America's landlocked producers.

The level at the Asunción port gauge dropped below minus 50 centimetres this week. Further south, the Paraná River at Rosario, Argentina, stood at 0.4 metres, far below its seasonal average, according to Argentina's naval prefecture.

Paraguay, the world's fourth-largest soybean exporter, ships about 80% of its trade along the river system known as the Hidrovía, which flows through Argentina to ocean terminals near Rosario and on to Nueva Palmira in Uruguay. Bolivian soy from Santa Cruz reaches the waterway by truck and rail via Puerto Quijarro, near the Brazilian border town of Corumbá.

Drought in the upper basin, including Brazil's Pantanal wetlands and Mato Grosso do Sul, has cut inflows. Traders said Paraguayan crushers in the departments of Itapúa and Alto Paraná had begun trucking beans to ports in southern Brazil instead.

"Freight costs have jumped 40% and there is nowhere else for the soy to go," said an executive at a barge company in Asunción.

Argentine crushers, which import Paraguayan beans to supplement domestic supply, have also felt the squeeze.""", [
    ("South American", "*", Q),
    ("ASUNCIÓN", "PY", T, (-25.29, -57.65)),
    ("Asunción", "PY", T, (-25.29, -57.65)),
    ("Paraguay River", "*", N),
    ("Paraguay", "PY", C),
    ("Bolivia", "BO", C),
    ("South America", "*", N),
    ("Paraná River", "*", N),
    ("Rosario", "AR", T, ROSARIO),
    ("Argentina", "AR", C),
    ("Hidrovía", "*", N),
    ("Nueva Palmira", "UY", T),
    ("Uruguay", "UY", C),
    ("Bolivian", "BO", Q),
    ("Santa Cruz", "BO", N),
    ("Puerto Quijarro", "BO", T),
    ("Brazilian", "BR", Q),
    ("Corumbá", "BR", T),
    ("Brazil", "BR", C),
    ("Pantanal", "*", N),
    ("Mato Grosso do Sul", "BR", A),
    ("Paraguayan", "PY", Q),
    ("Itapúa", "PY", A),
    ("Alto Paraná", "PY", A),
    ("Argentine", "AR", Q),
])

add("a", """Kansas wheat tour pegs crop above USDA view despite dry spell

By Julie Ingwersen

KANSAS CITY, Mo. (Reuters) - Crop scouts on an annual tour of the Kansas hard red winter wheat crop estimated the harvest at 290 million bushels, above the U.S. government's forecast, as late-April rains revived fields that had struggled through a dry winter.

The Wheat Quality Council's tour set out on Tuesday from Manhattan, Kansas, and fanned out across the state's main growing areas before overnight stops in Colby and Wichita. Scouts measured an average yield of 46.9 bushels per acre.

Fields in north-central Kansas near Salina and Concordia looked strong, while parts of the southwest around Dodge City, Garden City and Liberal showed damage from drought and freeze. "Some fields west of Hays won't be worth harvesting," said one participant, a miller from Minneapolis.

Kansas City hard red winter wheat futures, a benchmark for the class of grain used in bread, fell 2.2% to $6.31 a bushel after the estimate was released.

Conditions in Oklahoma and the Texas Panhandle, where harvest begins in late May, are mixed after heavy storms in early May. In Nebraska and Colorado, the crop is behind schedule.

Kansas is the largest U.S. producer of winter wheat, much of which is exported through Gulf ports in Texas to buyers in Mexico, Nigeria, the Philippines and Japan.""", [
    ("Kansas", "US", A, "US.KS"),
    ("KANSAS CITY", "US", T, (39.10, -94.58)),
    ("Mo.", "US", A, "US.MO"),
    ("U.S.", "US", C),
    ("Manhattan", "US", T, (39.18, -96.57)),
    ("Colby", "US", T, (39.40, -101.05)),
    ("Wichita", "US", T, (37.69, -97.34)),
    ("Salina", "US", T, (38.84, -97.61)),
    ("Concordia", "US", T, (39.57, -97.66)),
    ("Dodge City", "US", T, (37.75, -100.02)),
    ("Garden City", "US", T, (37.97, -100.87)),
    ("Liberal", "US", T, (37.04, -100.92)),
    ("Hays", "US", T, (38.88, -99.33)),
    ("Minneapolis", "US", T, (44.98, -93.26)),
    ("Kansas City", "-", N),
    ("Oklahoma", "US", A, "US.OK"),
    ("Texas Panhandle", "US", N),
    ("Nebraska", "US", A, "US.NE"),
    ("Colorado", "US", A, "US.CO"),
    ("Gulf", "*", N),
    ("Texas", "US", A, "US.TX"),
    ("Mexico", "MX", C),
    ("Nigeria", "NG", C),
    ("Philippines", "PH", C),
    ("Japan", "JP", C),
])

add("a", """Spain's cereal harvest halved by drought as Andalusia fields burn

By Belén Carreño

MADRID (Reuters) - Spain's cereal harvest will fall to around 11 million tonnes this year, roughly half of normal, as the worst drought in decades withered wheat and barley from Andalusia to Castilla y León, farm cooperatives said on Tuesday.

In the Guadalquivir valley, which runs through the provinces of Jaén, Córdoba and Seville, many farmers have abandoned their rain-fed wheat without harvesting it, the Cooperativas Agro-alimentarias group said. Yields in Castilla y León, Spain's largest cereal region, were down 60% in areas around Valladolid, Burgos and Palencia.

Reservoirs feeding irrigation in Andalusia stood at 25% of capacity, and the regional government in Seville has cut water allocations to rice growers in the Guadalquivir marshes by more than half. Olive growers in Jaén, which produces much of the world's olive oil, and around the city of Córdoba fear a second poor harvest.

Spain is already the EU's largest importer of grain, buying corn from Brazil, Ukraine and the United States for its huge pig and poultry sector in Catalonia and Aragon. Imports through the ports of Tarragona, Barcelona and Cartagena are expected to reach a record 24 million tonnes.

Neighbouring Portugal has declared a drought emergency in the Alentejo region, where cereal and cork farms have been hit.""", [
    ("Spain", "ES", C),
    ("Andalusia", "ES", A),
    ("MADRID", "ES", T, (40.42, -3.70)),
    ("Castilla y León", "ES", A),
    ("Guadalquivir", "ES", N),
    ("Jaén", "ES", A),
    ("Córdoba#1", "ES", A),
    ("Córdoba#2", "ES", T, (37.88, -4.78)),
    ("Seville#1", "ES", A),
    ("Seville#2", "ES", T, (37.38, -5.97)),
    ("Valladolid", "ES", N, (41.65, -4.72)),
    ("Burgos", "ES", N),
    ("Palencia", "ES", N),
    ("EU", "*", Q),
    ("Brazil", "BR", C),
    ("Ukraine", "UA", C),
    ("United States", "US", C),
    ("Catalonia", "ES", A),
    ("Aragon", "ES", A),
    ("Tarragona", "ES", T),
    ("Barcelona", "ES", T, (41.39, 2.16)),
    ("Cartagena", "ES", T, (37.60, -0.98)),
    ("Portugal", "PT", C),
    ("Alentejo", "PT", A),
])

# ---------------------------------------------- genre b: Africa, Middle East, South and SE Asia

add("b", """India curbs rice exports again as erratic monsoon threatens crop

By Rajendra Jadhav and Mayank Bhardwaj

MUMBAI/NEW DELHI (Reuters) - India imposed a 20% duty on parboiled rice exports and extended a ban on shipments of broken rice on Friday, as an uneven monsoon threatened paddy crops in the eastern states of West Bengal, Odisha and Bihar.

The move by the world's biggest rice exporter is likely to lift prices in Asia and hurt poor buyers in Africa, traders said. Bangladesh, Nepal, Benin, Senegal and Guinea are among the largest buyers of Indian parboiled rice, while broken rice goes mainly to China and West Africa.

Premium Basmati rice, grown mainly in Punjab and Haryana and exported to Iran, Saudi Arabia and the United Arab Emirates, is not covered by the new duty.

"Exporters at Kakinada have already stopped signing new contracts," said B.V. Krishna Rao, president of the Rice Exporters Association, referring to the main rice port in Andhra Pradesh.

Rains across the eastern rice belt have been 25% below average since June, while Uttar Pradesh and Chhattisgarh also recorded deficits, according to the India Meteorological Department. Punjab, by contrast, has been hit by floods after heavy rain in the Himalayan foothills swelled the Sutlej and Beas rivers.

Thai and Vietnamese exporters raised their prices on the news. Rice 5% broken from Thailand was quoted at $560 a tonne, its highest since 2008, and traders in Bangkok said buyers from the Philippines and Indonesia had stepped up enquiries.""", [
    ("India", "IN", C),
    ("India Meteorological Department", "IN", Q),
    ("MUMBAI", "IN", T),
    ("NEW DELHI", "IN", T),
    ("West Bengal", "IN", A),
    ("Odisha", "IN", A),
    ("Bihar", "IN", A),
    ("Asia", "*", N),
    ("Africa", "*", N),
    ("West Africa", "*", N),
    ("Bangladesh", "BD", C),
    ("Nepal", "NP", C),
    ("Benin", "BJ", C),
    ("Senegal", "SN", C),
    ("Guinea", "GN", C),
    ("Indian", "IN", Q),
    ("China", "CN", C),
    ("Basmati", "-", N),
    ("Punjab", "IN", A),
    ("Haryana", "IN", A),
    ("Iran", "IR", C),
    ("Saudi Arabia", "SA", C),
    ("United Arab Emirates", "AE", C),
    ("Kakinada", "IN", T),
    ("Andhra Pradesh", "IN", A),
    ("Uttar Pradesh", "IN", A),
    ("Chhattisgarh", "IN", A),
    ("Himalayan", "*", Q),
    ("Sutlej", "*", N),
    ("Beas", "IN", N),
    ("Thai", "TH", Q),
    ("Vietnamese", "VN", Q),
    ("Thailand", "TH", C),
    ("Bangkok", "TH", T),
    ("Philippines", "PH", C),
    ("Indonesia", "ID", C),
])

add("b", """Mekong Delta farmers race to harvest as saltwater creeps inland

HANOI (Reuters) - Rice farmers in Vietnam's Mekong Delta are bringing forward the winter-spring harvest as saltwater intrusion from the South China Sea reaches further inland than usual, threatening thousands of hectares of paddy, officials said.

Salinity has been detected more than 60 km up the Mekong's main branches in Ben Tre, Tra Vinh and Soc Trang provinces, where the government has declared emergencies, while Ca Mau and Kien Giang on the Gulf of Thailand side are also affected.

The delta produces more than half of Vietnam's rice and about 90% of its exports. Upstream dams in China and Laos, and low rainfall in Cambodia, have reduced the river's flow in the dry season, scientists in Can Tho say.

Traders in Ho Chi Minh City said export prices for 5% broken rice rose to $590 a tonne, up from $570 a week earlier, as the Philippines, the biggest buyer of Vietnamese rice, and Indonesia stepped up purchases. Farmers in An Giang and Dong Thap, the main rice-growing provinces further from the sea, have been largely spared.

In neighbouring Thailand, growers in the Central Plains along the Chao Phraya river were told to delay off-season planting because of low levels at the country's main reservoirs.

Vietnam exported a record 8.1 million tonnes of rice last year, with Manila, Jakarta and Beijing its top customers.""", [
    ("Mekong Delta", "VN", N),
    ("HANOI", "VN", T),
    ("Vietnam", "VN", C),
    ("South China Sea", "*", N),
    ("Mekong", "*", N),
    ("Ben Tre", "VN", A),
    ("Tra Vinh", "VN", A),
    ("Soc Trang", "VN", A),
    ("Ca Mau", "VN", A),
    ("Kien Giang", "VN", A),
    ("Gulf of Thailand", "*", N),
    ("China", "CN", C),
    ("Laos", "LA", C),
    ("Cambodia", "KH", C),
    ("Can Tho", "VN", T),
    ("Ho Chi Minh City", "VN", T),
    ("Philippines", "PH", C),
    ("Vietnamese", "VN", Q),
    ("Indonesia", "ID", C),
    ("An Giang", "VN", A),
    ("Dong Thap", "VN", A),
    ("Thailand", "TH", C),
    ("Central Plains", "TH", N),
    ("Chao Phraya", "TH", N),
    ("Manila", "PH", T),
    ("Jakarta", "ID", T),
    ("Beijing", "CN", T),
])

add("b", """Ivory Coast cocoa arrivals lag as farmers smuggle beans to neighbours

By Ange Aboa

ABIDJAN (Reuters) - Cocoa arrivals at ports in Ivory Coast, the world's top producer, are running 28% behind last season, exporters said, as heavy rains hampered drying and some farmers near the borders sold beans to smugglers offering higher prices in Ghana, Guinea and Liberia.

Farmers said rains around the towns of Soubré, Daloa and Duékoué in the west, and around Daoukro in the east, had caused beans to rot, while swollen shoot virus has devastated older plantations.

Arrivals at San Pedro were estimated at 412,000 tonnes since the season began on Oct. 1, while Abidjan port received 590,000 tonnes.

Neighbouring Ghana, the second-largest grower, has had an even worse season, with output in the Western North and Ashanti regions hit by illegal gold mining, known locally as galamsey, which has polluted rivers and destroyed farms. Ghana's cocoa regulator in Accra has struggled to pay farmers on time.

The shortfall has pushed benchmark New York cocoa futures above $8,000 a tonne, while London cocoa hit a record in sterling terms. Grinders in Europe, particularly in the Netherlands and Belgium, have cut processing rates, and chocolate makers have raised prices.

Cameroon and Nigeria, smaller producers, have benefitted from the high prices. Traders in Douala said Cameroon's mid-crop was shaping up well.""", [
    ("Ivory Coast", "CI", C),
    ("ABIDJAN", "CI", T),
    ("Abidjan", "CI", T),
    ("Ghana", "GH", C),
    ("Guinea", "GN", C),
    ("Liberia", "LR", C),
    ("Soubré", "CI", T),
    ("Daloa", "CI", T),
    ("Duékoué", "CI", T),
    ("Daoukro", "CI", T),
    ("San Pedro", "CI", T, (4.75, -6.64)),
    ("Western North", "GH", A),
    ("Ashanti", "GH", A),
    ("Accra", "GH", T),
    ("New York", "-", N),
    ("London", "-", N),
    ("Europe", "*", N),
    ("Netherlands", "NL", C),
    ("Belgium", "BE", C),
    ("Cameroon", "CM", C),
    ("Nigeria", "NG", C),
    ("Douala", "CM", T),
])

add("b", """Desert locust swarms threaten Horn of Africa harvests, FAO warns

By Duncan Miriri

NAIROBI (Reuters) - Desert locust swarms breeding along the Red Sea coast are moving into eastern Ethiopia and northern Somalia and could reach Kenya within weeks, threatening crops and pasture in a region still recovering from drought, the UN Food and Agriculture Organization said.

Swarms were reported in Ethiopia's Somali and Afar regions and near Dire Dawa this week, while ground teams in Somaliland and Puntland have been treating hopper bands since late October. Breeding is also under way on both sides of the Red Sea, in Sudan, Eritrea, Yemen and Saudi Arabia, the FAO said in its latest update from Rome.

In Kenya, the agriculture ministry has deployed spraying aircraft to Wajir, Mandera and Marsabit counties in the northeast, which bore the brunt of the 2020 invasion, the worst in 70 years. Then, swarms spread as far as Uganda, Tanzania and South Sudan.

"If the rains in the Horn of Africa continue, we could see another generation in January," said Keith Cressman, the FAO's former senior locust forecasting officer.

Pastoralists in Isiolo and Samburu, whose livestock already suffered in the drought, fear the loss of grazing. Farmers in Ethiopia's Oromia and Amhara regions, which grow much of the country's teff and wheat, are on alert.

The Desert Locust Control Organization for Eastern Africa, based in Addis Ababa, said it had enough pesticide stocks for now but would need funds from donors if swarms multiplied.""", [
    ("Horn of Africa", "*", N),
    ("NAIROBI", "KE", T),
    ("Red Sea", "*", N),
    ("Ethiopia", "ET", C),
    ("Somalia", "SO", C),
    ("Kenya", "KE", C),
    ("Somali", "ET", A),
    ("Afar", "ET", A),
    ("Dire Dawa", "ET", T),
    ("Somaliland", "SO", N),
    ("Puntland", "SO", N),
    ("Sudan", "SD", C),
    ("South Sudan", "SS", C),
    ("Eritrea", "ER", C),
    ("Yemen", "YE", C),
    ("Saudi Arabia", "SA", C),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Wajir", "KE", A),
    ("Mandera", "KE", A),
    ("Marsabit", "KE", A),
    ("Uganda", "UG", C),
    ("Tanzania", "TZ", C),
    ("Isiolo", "KE", A),
    ("Samburu", "KE", A),
    ("Oromia", "ET", A),
    ("Amhara", "ET", A),
    ("Desert Locust Control Organization for Eastern Africa", "*", Q),
    ("Addis Ababa", "ET", T),
])

add("b", """Kenyan tea prices slide at Mombasa auction as Pakistan demand cools

By Business Daily reporter

Kenyan tea prices at the weekly Mombasa auction fell to their lowest in two years as buyers from Pakistan, the largest market, held back amid a currency crisis, while a bumper crop from the highlands west of the Rift Valley added to supply.

The average price for a kilo of tea slipped to $2.21 on Tuesday, the East African Tea Trade Association said. Teas from the Kericho and Nandi Hills estates fetched slightly better prices than smallholder teas from Kisii, Nyamira and the slopes around Mount Kenya, where many farmers in Meru, Embu and Nyeri rely on the crop.

Pakistan takes about 40% of Kenya's black tea exports, followed by Egypt, the United Kingdom and the United Arab Emirates. Traders said Egyptian buyers were also constrained by a shortage of dollars, while demand from Sudan had collapsed because of the war.

"Production is up because we had good rains, but the market has not followed," said a factory manager in Kericho.

Kenya's tea output rose 10% in the first half of the year to 298 million kg, outpacing Sri Lanka, whose auctions in Colombo have also seen weaker prices, and India, where flooding in Assam disrupted plucking.

Some Kenyan exporters are courting buyers in Kazakhstan, Russia and Iran to reduce reliance on Pakistan. Tea grown in Rwanda, Uganda, Burundi and Tanzania is also sold through the Mombasa auction.""", [
    ("Kenyan", "KE", Q),
    ("Mombasa", "KE", T),
    ("Pakistan", "PK", C),
    ("Rift Valley", "*", N),
    ("East African Tea Trade Association", "*", Q),
    ("Kericho", "KE", N),
    ("Nandi Hills", "KE", N),
    ("Kisii", "KE", N),
    ("Nyamira", "KE", N),
    ("Mount Kenya", "KE", N),
    ("Meru", "KE", N),
    ("Embu", "KE", N),
    ("Nyeri", "KE", N),
    ("Kenya", "KE", C),
    ("Egypt", "EG", C),
    ("United Kingdom", "GB", C),
    ("United Arab Emirates", "AE", C),
    ("Egyptian", "EG", Q),
    ("Sudan", "SD", C),
    ("Sri Lanka", "LK", C),
    ("Colombo", "LK", T),
    ("India", "IN", C),
    ("Assam", "IN", A),
    ("Kazakhstan", "KZ", C),
    ("Russia", "RU", C),
    ("Iran", "IR", C),
    ("Rwanda", "RW", C),
    ("Uganda", "UG", C),
    ("Burundi", "BI", C),
    ("Tanzania", "TZ", C),
])

add("b", """Darjeeling tea output slumps to record low as hills lose workers

By Down To Earth staff

KOLKATA: Production of Darjeeling tea fell to a record low of 5.6 million kg last year, less than half the level of two decades ago, as gardens in the Darjeeling hills struggled with erratic rainfall, ageing bushes and a shortage of workers who have left for jobs in Siliguri, Sikkim and Bengaluru.

Planters in Kurseong and Mirik said the first flush, the prized spring crop, was down 30% after a dry March. Many estates in the hills have been abandoned or sold, and some have been turned into homestays for tourists.

Cheaper teas from Nepal's Ilam district, just across the border, are often sold as Darjeeling tea in Europe, the Darjeeling Tea Association said, undercutting the geographical indication. Germany, Japan and the United Kingdom are the largest buyers of the premium brew.

The crisis is not limited to the hills. In Assam, which produces more than half of India's tea, growers in the Brahmaputra valley around Dibrugarh, Jorhat and Tinsukia said prices at the Guwahati auction barely covered wages. In the Dooars and Terai plains of north Bengal, dozens of gardens have shut.

Tea exports from India fell 4% last year, with shipments to Iran disrupted by payment problems and demand from Russia steady. Kolkata remains the main auction centre for the crop, along with Guwahati and Siliguri.

Kenya and Sri Lanka, India's main rivals in the export market, have gained share in the Middle East and Pakistan.""", [
    ("Darjeeling tea", "-", N),
    ("Darjeeling Tea Association", "IN", Q),
    ("Darjeeling", "IN", N, (27.04, 88.26)),
    ("KOLKATA", "IN", T),
    ("Kolkata", "IN", T),
    ("Siliguri", "IN", T),
    ("Sikkim", "IN", A),
    ("Bengaluru", "IN", T),
    ("Kurseong", "IN", T),
    ("Mirik", "IN", T),
    ("Nepal", "NP", C),
    ("Ilam", "NP", N, (26.91, 87.93)),
    ("Europe", "*", N),
    ("Germany", "DE", C),
    ("Japan", "JP", C),
    ("United Kingdom", "GB", C),
    ("Assam", "IN", A),
    ("India", "IN", C),
    ("Brahmaputra", "*", N),
    ("Dibrugarh", "IN", T),
    ("Jorhat", "IN", T),
    ("Tinsukia", "IN", T),
    ("Guwahati", "IN", T),
    ("Dooars", "IN", N),
    ("Terai", "*", N),
    ("Bengal", "IN", N),
    ("Iran", "IR", C),
    ("Russia", "RU", C),
    ("Kenya", "KE", C),
    ("Sri Lanka", "LK", C),
    ("Middle East", "*", N),
    ("Pakistan", "PK", C),
])

add("b", """Millions face hunger in the Sahel as conflict and poor rains collide

DAKAR, June 12 (AFP) - Nearly 50 million people across West Africa and Central Africa will struggle to feed themselves during the lean season this summer, the UN World Food Programme warned on Wednesday, with the central Sahel worst affected as jihadist violence drives farmers off their land.

In Burkina Faso, more than 2 million people have been displaced, and dozens of towns, including Djibo in the north, are under blockade by armed groups, cutting them off from markets. In neighbouring Mali, fighting in the Mopti and Ségou regions, the country's rice bowl along the Niger River inner delta, has left fields unplanted.

Niger, where the military seized power in Niamey last year, faces soaring food prices after its borders with Nigeria and Benin were closed for months. Aid agencies in the Tillabéri region, near the borders with Mali and Burkina Faso, have cut rations because of funding shortfalls.

Around Lake Chad, where Nigeria, Niger, Chad and Cameroon meet, Boko Haram attacks continue to prevent farmers in Nigeria's Borno state from reaching their fields. Chad is also hosting more than 600,000 refugees who have fled the war in Sudan into its eastern Ouaddaï region.

"Families have sold their animals, eaten their seed stocks and now have nothing left," said a WFP official in Ouagadougou.

In Senegal and Mauritania, where harvests were better, prices of rice and millet have stabilised. WFP said it needs $1.2 billion to cover the region until the next harvest in October.""", [
    ("Sahel", "*", N),
    ("DAKAR", "SN", T),
    ("West Africa", "*", N),
    ("Central Africa", "*", N),
    ("Burkina Faso", "BF", C),
    ("Djibo", "BF", T),
    ("Mali", "ML", C),
    ("Mopti", "ML", A),
    ("Ségou", "ML", A),
    ("Niger River", "*", N),
    ("Niger", "NE", C),
    ("Niamey", "NE", T),
    ("Nigeria", "NG", C),
    ("Benin", "BJ", C),
    ("Tillabéri", "NE", A),
    ("Lake Chad", "*", N),
    ("Chad", "TD", C),
    ("Cameroon", "CM", C),
    ("Borno", "NG", A),
    ("Sudan", "SD", C),
    ("Ouaddaï", "TD", A),
    ("Ouagadougou", "BF", T),
    ("Senegal", "SN", C),
    ("Mauritania", "MR", C),
])

add("b", """Egypt's wheat buyer turns to Black Sea and French supplies in new purchase

By Sarah El Safty

CAIRO (Reuters) - Egypt's state grains buyer Mostakbal Misr bought about 500,000 tonnes of wheat from Russia, Romania and France in direct deals this week, traders said, as the world's largest importer moved to lock in supplies before prices rise further.

The cargoes are due to arrive at the Mediterranean ports of Alexandria and Damietta in September and October, with a smaller quantity going to Safaga on the Red Sea to serve Upper Egypt.

Egypt imports around 12 million tonnes of wheat a year to make subsidised bread for more than 70 million people. Its local crop, grown mostly in the Nile Delta provinces of Sharqia, Beheira and Kafr el-Sheikh and along the Nile valley in Minya and Sohag, covers less than half of demand.

The purchase comes after a shortage of foreign currency delayed payments to suppliers last year. Financing from the Islamic Trade Finance Corporation and a loan from the United Arab Emirates have eased pressure, bankers in Cairo said.

Russia has been Egypt's main supplier since the war in Ukraine disrupted flows from Odesa, but Cairo has sought to diversify with purchases from Bulgaria and Kazakhstan.

Shipping through the Suez Canal, a vital source of hard currency, remains well below normal because of attacks on vessels in the Red Sea by Yemen's Houthis.""", [
    ("Egypt", "EG", C),
    ("Upper Egypt", "EG", N),
    ("Black Sea", "*", N),
    ("French", "FR", Q),
    ("CAIRO", "EG", T, (30.06, 31.25)),
    ("Cairo", "EG", T, (30.06, 31.25)),
    ("Mostakbal Misr", "EG", Q),
    ("Russia", "RU", C),
    ("Romania", "RO", C),
    ("France", "FR", C),
    ("Mediterranean", "*", N),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Damietta", "EG", T),
    ("Safaga", "EG", T),
    ("Red Sea", "*", N),
    ("Nile Delta", "EG", N),
    ("Sharqia", "EG", A),
    ("Beheira", "EG", A),
    ("Kafr el-Sheikh", "EG", A),
    ("Nile", "*", N),
    ("Minya", "EG", N),
    ("Sohag", "EG", N),
    ("United Arab Emirates", "AE", C),
    ("Ukraine", "UA", C),
    ("Odesa", "UA", T, (46.48, 30.73)),
    ("Bulgaria", "BG", C),
    ("Kazakhstan", "KZ", C),
    ("Suez Canal", "EG", N),
    ("Yemen", "YE", C),
])

add("b", """Floods swamp Sindh's cotton and rice fields, deepening Pakistan's food crisis

By Asif Shahzad

ISLAMABAD (Reuters) - Monsoon floods have submerged more than 2 million acres of crops in Pakistan's southern Sindh province, destroying much of the cotton harvest and threatening the rice crop, the provincial government said on Monday.

The worst-hit districts are Dadu, Larkana and Jacobabad, where water spilled from Lake Manchar after the Indus River swelled with water from the north. Farmers near Sukkur and Hyderabad said standing water could take months to drain, delaying wheat sowing due in November.

"Everything is gone - the cotton, the rice, the animals," said a farmer from a village outside Mirpur Khas, who was sheltering with his family in a school in Hyderabad.

Pakistan's Punjab province, the country's main grain and cotton belt, escaped the worst of the flooding, though districts along the Chenab and Sutlej near Multan and Bahawalpur saw crop losses. In Balochistan, floods washed away orchards and stored wheat around Sibi and Dera Murad Jamali.

Pakistan relies on cotton and rice for much of its export earnings. Basmati exports, largely grown around Gujranwala and Sialkot in Punjab, are not expected to be affected.

The government in Islamabad said it would need to import wheat and cotton to meet domestic demand, and has appealed for aid from the United Nations, China and the Gulf states. Textile mills in Karachi and Faisalabad have warned of shortages of raw cotton.""", [
    ("Sindh", "PK", A),
    ("Pakistan", "PK", C),
    ("ISLAMABAD", "PK", T),
    ("Islamabad", "PK", T),
    ("Dadu", "PK", N),
    ("Larkana", "PK", N),
    ("Jacobabad", "PK", N),
    ("Lake Manchar", "PK", N),
    ("Indus River", "*", N),
    ("Sukkur", "PK", T),
    ("Hyderabad", "PK", T, (25.39, 68.37)),
    ("Mirpur Khas", "PK", T, (25.53, 69.01)),
    ("Punjab", "PK", A),
    ("Chenab", "*", N),
    ("Sutlej", "*", N),
    ("Multan", "PK", T),
    ("Bahawalpur", "PK", T),
    ("Balochistan", "PK", A),
    ("Sibi", "PK", T, (29.54, 67.88)),
    ("Dera Murad Jamali", "PK", T, (28.55, 68.22)),
    ("Basmati", "-", N),
    ("Gujranwala", "PK", T),
    ("Sialkot", "PK", T),
    ("China", "CN", C),
    ("Gulf", "*", N),
    ("Karachi", "PK", T),
    ("Faisalabad", "PK", T),
])

add("b", """El Niño drought wrecks southern Africa's maize crop, lifting Safex prices

By Business Day reporter

JOHANNESBURG — White maize prices on the JSE's commodity derivatives market jumped to a record this week as an El Niño-induced drought scorched crops across southern Africa, forcing Zambia, Zimbabwe and Malawi to declare national disasters.

In South Africa, the region's largest producer, the Crop Estimates Committee cut its forecast for the commercial maize crop to 13.3 million tonnes, down 20% from last season, with the western production areas of the Free State and North West worst affected. Farmers in Mpumalanga and KwaZulu-Natal, in the east, had better rains.

"Around Bothaville and Viljoenskroon it's the driest February we have seen in 40 years," said a grain farmer near Klerksdorp.

Zambia, normally a net exporter, has banned maize exports and will import grain through Tanzania and from South Africa via the Beitbridge and Chirundu border posts. Zimbabwe expects its harvest to fall by more than half, and the government in Harare has appealed for $2 billion in aid.

In Malawi, hunger is spreading in the southern districts around Blantyre and Chikwawa along the Shire River. Mozambique and Madagascar are also affected.

Grain SA said South Africa would still meet its own needs but would export less to its neighbours, including Botswana, Namibia and Lesotho. Imports of yellow maize from Argentina and Brazil through Durban may be needed for the animal feed industry.""", [
    ("Africa", "*", N),
    ("JOHANNESBURG", "ZA", T),
    ("Zambia", "ZM", C),
    ("Zimbabwe", "ZW", C),
    ("Malawi", "MW", C),
    ("South Africa", "ZA", C),
    ("Free State", "ZA", A),
    ("North West", "ZA", A),
    ("Mpumalanga", "ZA", A),
    ("KwaZulu-Natal", "ZA", A),
    ("Bothaville", "ZA", T),
    ("Viljoenskroon", "ZA", T),
    ("Klerksdorp", "ZA", T),
    ("Tanzania", "TZ", C),
    ("Beitbridge", "ZW", T),
    ("Chirundu", "ZW|ZM", T),
    ("Harare", "ZW", T),
    ("Blantyre", "MW", T),
    ("Chikwawa", "MW", N),
    ("Shire River", "*", N),
    ("Mozambique", "MZ", C),
    ("Madagascar", "MG", C),
    ("Grain SA", "ZA", Q),
    ("Botswana", "BW", C),
    ("Namibia", "NA", C),
    ("Lesotho", "LS", C),
    ("Argentina", "AR", C),
    ("Brazil", "BR", C),
    ("Durban", "ZA", T),
])

add("b", """Indonesia tightens palm oil export rules as biodiesel demand rises

By Bernadette Christina and Mei Mei Chu

JAKARTA/KUALA LUMPUR (Reuters) - Indonesia, the world's largest palm oil producer, will raise its export levy and tighten domestic supply obligations to secure feedstock for a higher biodiesel blend, a move that lifted Malaysian palm oil futures to a two-year high.

Benchmark palm oil futures on Bursa Malaysia Derivatives rose 3.4% to 4,790 ringgit a tonne. Soyoil on the Dalian Commodity Exchange also climbed.

Indonesia's plantations are concentrated in Sumatra and Kalimantan, the Indonesian part of Borneo, with Riau the top producing province. Crude palm oil is shipped from Dumai in Riau and Belawan in North Sumatra, mainly to India, China and Pakistan, as well as to Rotterdam for European refiners.

Planters in Central Kalimantan and West Kalimantan say output has plateaued because of ageing trees and a moratorium on new plantations that has slowed expansion into forests.

In Malaysia, the second-largest producer, output from Sabah and Sarawak on Borneo has been hit by a shortage of migrant workers, while estates in Johor in the south of the peninsula have reported higher yields after replanting.

Buyers in India, the top importer of edible oils, have switched some purchases to soyoil from Argentina and sunflower oil from Russia and Ukraine as the palm premium narrowed, dealers in Mumbai said.""", [
    ("Indonesia", "ID", C),
    ("JAKARTA", "ID", T),
    ("KUALA LUMPUR", "MY", T),
    ("Malaysian", "MY", Q),
    ("Bursa Malaysia Derivatives", "MY", Q),
    ("Dalian Commodity Exchange", "-", N),
    ("Sumatra", "ID", N),
    ("North Sumatra", "ID", A),
    ("Kalimantan", "ID", N),
    ("Central Kalimantan", "ID", A),
    ("West Kalimantan", "ID", A),
    ("Indonesian", "ID", Q),
    ("Borneo", "*", N),
    ("Riau", "ID", A),
    ("Dumai", "ID", T),
    ("Belawan", "ID", T, (3.78, 98.68)),
    ("India", "IN", C),
    ("China", "CN", C),
    ("Pakistan", "PK", C),
    ("Rotterdam", "NL", T),
    ("European", "*", Q),
    ("Malaysia", "MY", C),
    ("Sabah", "MY", A),
    ("Sarawak", "MY", A),
    ("Johor", "MY", A),
    ("Argentina", "AR", C),
    ("Russia", "RU", C),
    ("Ukraine", "UA", C),
    ("Mumbai", "IN", T),
])

add("b", """Drought along Tigris and Euphrates threatens Iraq and Syria wheat harvest

BAGHDAD (AFP) - Iraq will cut its wheat planting area by half this winter as water levels in the Tigris and Euphrates rivers fall to historic lows, the agriculture ministry said, a blow to a country that lies at the heart of the Fertile Crescent.

Officials blamed years of low rainfall and upstream dams in Turkey and Iran, which have reduced flows into Iraq. Farmers in the southern provinces of Dhi Qar, Maysan and Basra, where the rivers meet to form the Shatt al-Arab, have abandoned fields as salty water seeps into the soil, and many have moved to the cities.

"The Euphrates here is like a stream," said a farmer near Nasiriyah, where the marshes that once supported buffalo herders have dried out.

The main rain-fed wheat areas in Nineveh province, around Mosul, and in the Kurdistan Region's Erbil and Duhok governorates had a poor season because of low rainfall.

Across the border in Syria, wheat output in the northeastern provinces of Hasakah, Raqqa and Deir ez-Zor, the country's breadbasket, is forecast at its lowest in decades. Flows on the Euphrates into Lake Assad, the reservoir behind the Tabqa Dam, have fallen sharply. Damascus has had to import wheat from Russia.

Baghdad has asked Ankara to release more water from dams on the upper Euphrates, including the Atatürk Dam, during the summer.""", [
    ("Tigris", "*", N),
    ("Euphrates", "*", N),
    ("Iraq", "IQ", C),
    ("Syria", "SY", C),
    ("BAGHDAD", "IQ", T),
    ("Baghdad", "IQ", T),
    ("Fertile Crescent", "*", N),
    ("Turkey", "TR", C),
    ("Iran", "IR", C),
    ("Dhi Qar", "IQ", A),
    ("Maysan", "IQ", A),
    ("Basra", "IQ", A),
    ("Shatt al-Arab", "*", N),
    ("Nasiriyah", "IQ", T),
    ("Nineveh", "IQ", A),
    ("Mosul", "IQ", T),
    ("Kurdistan", "IQ", N),
    ("Erbil", "IQ", A),
    ("Duhok", "IQ", A),
    ("Hasakah", "SY", A),
    ("Raqqa", "SY", A),
    ("Deir ez-Zor", "SY", A),
    ("Lake Assad", "SY", N),
    ("Tabqa Dam", "SY", N),
    ("Damascus", "SY", T),
    ("Russia", "RU", C),
    ("Ankara", "TR", T),
    ("Atatürk Dam", "TR", N),
])

add("b", """Nigeria's food prices soar as farmers abandon fields in insecure north

By Camillus Eboh

ABUJA (Reuters) - Nigeria's food inflation climbed to 40% in June, the statistics office said, as attacks by armed gangs drove farmers from their land in the north and a weaker naira pushed up the cost of imported fertiliser and wheat.

Farmers in Zamfara, Katsina and Kaduna states say bandits demand levies before they can plant or harvest, while in Benue and Plateau, clashes between farmers and herders have displaced thousands. Niger State, one of the country's largest grain producers, has also been hit by kidnappings along the highway from Minna to Kontagora.

In Kano, prices of a 100 kg bag of maize have doubled in a year, traders at the Dawanau international grains market said. Dawanau, one of the largest grain markets in West Africa, draws buyers from Niger, Chad and Cameroon.

Urea prices have eased after the Dangote fertiliser plant in the Lekki free zone outside Lagos raised output, but farmers in Jigawa and Bauchi said they still cannot afford inputs. Nigeria also imports phosphate from Morocco for blending.

President Bola Tinubu's government has suspended import duties on maize, wheat and rice for 150 days, and said it would expand irrigated wheat farming in Kano and along the Niger and Benue river valleys.

"We cannot eat promises," said a farmer near Kaduna. Lagos, the commercial capital, has seen street protests over the cost of living.""", [
    ("Nigeria", "NG", C),
    ("ABUJA", "NG", T),
    ("Zamfara", "NG", A),
    ("Katsina", "NG", A),
    ("Kaduna#1", "NG", A),
    ("Kaduna#2", "NG", T, (10.52, 7.44)),
    ("Benue#1", "NG", A),
    ("Benue#2", "*", N),
    ("Plateau", "NG", A),
    ("Niger State", "NG", A),
    ("Niger#2", "NE", C),
    ("Niger#3", "*", N),
    ("Minna", "NG", T),
    ("Kontagora", "NG", T),
    ("Kano", "NG", N),
    ("Dawanau", "NG", N, (12.05, 8.47)),
    ("West Africa", "*", N),
    ("Chad", "TD", C),
    ("Cameroon", "CM", C),
    ("Lekki", "NG", N, (6.45, 3.55)),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Jigawa", "NG", A),
    ("Bauchi", "NG", A),
    ("Morocco", "MA", C),
])

# ------------------------------------- genre c: livestock, dairy, fisheries and farm politics

add("c", """Fonterra lifts milk price forecast as global dairy prices rally

WELLINGTON (Reuters) - New Zealand dairy giant Fonterra raised its forecast farmgate milk price for the season to NZ$10.00 per kg of milk solids on Thursday, after whole milk powder prices rose for a fifth straight Global Dairy Trade auction on strong demand from China and Southeast Asia.

The forecast is welcome news for farmers in Waikato, Taranaki and Southland, where many operations took on debt to cover higher costs during last season's slump. In Canterbury, where large irrigated herds of Holstein-Friesian and crossbred cows dominate, farmers have been expanding despite tighter rules on nitrate leaching.

"It's the best start to a season we've had in three years," said a farmer near Hamilton who milks 450 Jersey cows. "But interest rates are still biting."

Fonterra, which processes about 80% of New Zealand's milk, exports mostly through the ports of Tauranga and Lyttelton. Its biggest markets for milk powder are China, Algeria and Indonesia, while butter demand from the Middle East has also picked up.

Rival exporters in Australia, where Victoria's Gippsland and western districts lead production, and in the European Union have struggled with lower output. Milk collections in Ireland and the Netherlands fell after a wet spring, while U.S. production has been hit by bird flu in California and Idaho herds.

Dairy makes up about a quarter of New Zealand's goods exports. The New Zealand dollar rose 0.4% after the announcement.""", [
    ("WELLINGTON", "NZ", T, (-41.29, 174.78)),
    ("New Zealand", "NZ", C),
    ("New Zealand dollar", "NZ", Q),
    ("China", "CN", C),
    ("Southeast Asia", "*", N),
    ("Waikato", "NZ", A),
    ("Taranaki", "NZ", A),
    ("Southland", "NZ", A),
    ("Canterbury", "NZ", A),
    ("Holstein-Friesian", "-", N),
    ("Hamilton", "NZ", T, (-37.78, 175.28)),
    ("Jersey", "-", N),
    ("Tauranga", "NZ", T),
    ("Lyttelton", "NZ", T),
    ("Algeria", "DZ", C),
    ("Indonesia", "ID", C),
    ("Middle East", "*", N),
    ("Australia", "AU", C),
    ("Victoria", "AU", A),
    ("Gippsland", "AU", N),
    ("European Union", "*", Q),
    ("Ireland", "IE", C),
    ("Netherlands", "NL", C),
    ("U.S.", "US", C),
    ("California", "US", A, "US.CA"),
    ("Idaho", "US", A, "US.ID"),
])

add("c", """Roma saleyards smash record as northern cattle prices recover

By Beef Central reporter

Cattle numbers through the Roma saleyards in southern Queensland topped 20,000 head this week, the largest yarding since 2019, as producers in the state's drought-hit west offloaded stock and restockers from New South Wales returned to the market.

Angus and Angus-cross weaner steers sold to 420c/kg liveweight, while heavier Brahman-cross feeder steers destined for feedlots on the Darling Downs made up to 370c/kg. Buyers from Victoria and South Australia were also active.

Further north, agents at the Gracemere saleyards near Rockhampton, Australia's self-styled beef capital, reported strong demand for export-weight cattle bound for processors supplying the United States, China and Japan.

The live export trade out of Darwin has also lifted after Indonesia granted new import permits. Shipments of feeder cattle from Darwin and from Broome and Wyndham in Western Australia's Kimberley rose 15% in the first quarter, Northern Territory government figures showed. Vietnam and the Philippines are also taking more Australian cattle.

The Eastern Young Cattle Indicator has risen 40% since October, when a glut of cattle from dry areas of the Northern Territory and central Queensland drove prices to a nine-year low.

Meat & Livestock Australia expects the national herd to ease slightly this year, with rainfall across the Gulf Country and the Channel Country in the west improving pasture conditions.""", [
    ("Roma", "AU", T, (-26.57, 148.79)),
    ("Queensland", "AU", A),
    ("New South Wales", "AU", A),
    ("Angus", "-", N),
    ("Darling Downs", "AU", N),
    ("Victoria", "AU", A),
    ("South Australia", "AU", A),
    ("Gracemere", "AU", T),
    ("Rockhampton", "AU", T),
    ("Australia", "AU", C),
    ("United States", "US", C),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Indonesia", "ID", C),
    ("Broome", "AU", T, (-17.96, 122.24)),
    ("Wyndham", "AU", T, (-15.49, 128.12)),
    ("Western Australia", "AU", A),
    ("Kimberley", "AU", N),
    ("Northern Territory", "AU", A),
    ("Vietnam", "VN", C),
    ("Philippines", "PH", C),
    ("Australian", "AU", Q),
    ("Meat & Livestock Australia", "AU", Q),
    ("Gulf Country", "AU", N),
    ("Channel Country", "AU", N),
])

add("c", """Riverina rice growers cut plantings as water allocations shrink

By Grain Central

GRIFFITH, NSW — Rice growers in the Riverina are set to plant their smallest crop in five years after general security water allocations in the Murrumbidgee and Murray valleys were cut, as dry conditions across the Murray-Darling Basin drained storages.

SunRice, which mills most of Australia's crop at Leeton and Deniliquin, expects the harvest to fall to around 350,000 tonnes, from 590,000t last year. "Growers around Griffith and Coleambally are weighing up whether to grow rice or sell their water," said a grower representative.

Allocations are set by the New South Wales government, while growers across the border in northern Victoria draw on the Goulburn River and the Murray, where allocations have also been reduced. Water prices in the southern connected basin have climbed above $300 a megalitre.

The Murray-Darling Basin Authority, based in Canberra, is under pressure from environmental groups and South Australia to deliver more water to the Coorong and the Lower Lakes at the mouth of the Murray.

Wheat and canola growers on the Liverpool Plains and around Dubbo and Moree in the north of the state have enjoyed better rains, with winter crop yields tipped to be above average.

Australian rice, a medium-grain japonica, is exported mainly to Japan, Papua New Guinea and the Middle East. Victoria Nguyen, a trader at a Sydney-based agribusiness, said Chinese demand for Australian barley and wine would help support farm incomes.""", [
    ("GRIFFITH", "AU", T, (-34.29, 146.04)),
    ("Griffith", "AU", T, (-34.29, 146.04)),
    ("NSW", "AU", A),
    ("Riverina", "AU", N),
    ("Murrumbidgee", "AU", N),
    ("Murray", "AU", N),
    ("Murray-Darling Basin", "AU", N),
    ("Murray-Darling Basin Authority", "AU", Q),
    ("Australia", "AU", C),
    ("Leeton", "AU", T),
    ("Deniliquin", "AU", T),
    ("Coleambally", "AU", T),
    ("New South Wales", "AU", A),
    ("Victoria#1", "AU", A),
    ("Victoria#2", "-", N),
    ("Goulburn River", "AU", N),
    ("Canberra", "AU", T),
    ("South Australia", "AU", A),
    ("Coorong", "AU", N),
    ("Lower Lakes", "AU", N),
    ("Liverpool Plains", "AU", N),
    ("Dubbo", "AU", T),
    ("Moree", "AU", T),
    ("Australian", "AU", Q),
    ("Japan", "JP", C),
    ("Papua New Guinea", "PG", C),
    ("Middle East", "*", N),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Chinese", "CN", Q),
])

add("c", """French farmers block motorways around Paris in protest over Mercosur deal

PARIS, Jan 29 (AFP) - Hundreds of tractors blocked motorways leading into Paris on Monday as angry farmers from across France tightened a "siege" of the capital, demanding that the government reject a trade deal between the European Union and the South American Mercosur bloc.

Convoys from the Paris basin and from Normandy, Picardy and Champagne parked across the A1, A4 and A6 motorways, while police armoured vehicles guarded the Rungis international food market south of the city, the largest fresh produce market in the world.

The movement began in the southwest, where farmers in Occitanie blocked the A64 motorway near Toulouse for more than a week, complaining about red tape, rising diesel costs and cheap imports from Ukraine. Protests have since spread to Brittany, Auvergne-Rhône-Alpes and Hauts-de-France, and to neighbouring Belgium, where farmers sprayed manure on buildings in Brussels.

Farm unions say the Mercosur deal would flood Europe with beef, poultry and sugar from Brazil and Argentina produced under lower environmental standards. Cattle farmers in the Limousin and Charolais heartlands of central France are among the most vocal opponents.

"We cannot compete with feedlots in Mato Grosso," said a Charolais breeder from Saône-et-Loire who drove to Paris with his son.

Prime Minister Gabriel Attal, who visited a farm in Haute-Garonne on Friday, promised new measures, but unions said they were not enough.""", [
    ("French", "FR", Q),
    ("Paris", "FR", T, PARIS),
    ("PARIS", "FR", T, PARIS),
    ("Paris basin", "FR", N),
    ("France", "FR", C),
    ("European Union", "*", Q),
    ("South American", "*", Q),
    ("Normandy", "FR", A),
    ("Picardy", "FR", N),
    ("Champagne", "FR", N),
    ("A1", "FR", Q),
    ("A4", "FR", Q),
    ("A6", "FR", Q),
    ("A64", "FR", Q),
    ("Rungis", "FR", T),
    ("Occitanie", "FR", A),
    ("Toulouse", "FR", T),
    ("Ukraine", "UA", C),
    ("Brittany", "FR", A),
    ("Auvergne-Rhône-Alpes", "FR", A),
    ("Hauts-de-France", "FR", A),
    ("Belgium", "BE", C),
    ("Brussels", "BE", T, BRUSSELS),
    ("Europe", "*", N),
    ("Brazil", "BR", C),
    ("Argentina", "AR", C),
    ("Limousin", "FR", N),
    ("Charolais#1", "FR", N),
    ("Charolais#2", "-", N),
    ("Mato Grosso", "BR", A),
    ("Saône-et-Loire", "FR", A),
    ("Haute-Garonne", "FR", A),
])

add("c", """Kerry dairy farmers fear herd cuts as nitrates derogation ends

By Agriland reporters

Dairy farmers in Kerry and west Cork say they may be forced to cut cow numbers after the European Commission signalled it would not extend Ireland's nitrates derogation beyond 2025, a move that would limit stocking rates on thousands of farms.

The derogation allows about 7,000 Irish farmers, mostly in the dairy heartlands of Munster, to stock above the EU limit of 170kg of organic nitrogen per hectare. Farm leaders in Tipperary, Limerick and Waterford warn that losing it could cost the sector hundreds of millions of euro.

"A man milking 120 cows near Listowel or Castleisland can't just buy more land," said a Kerry farmer who supplies Kerry Dairy Ireland, the former dairy arm of Kerry Group.

Officials in Dublin are lobbying Brussels for an extension, pointing to improvements in water quality in rivers such as the Blackwater and the Suir. Denmark and the Netherlands, the only other member states to have held derogations, have already lost theirs, forcing Dutch farmers to reduce herds.

Processors including Tirlán in Kilkenny and Dairygold in Mitchelstown, Co Cork, say milk supplies could fall by 4-5%. Farmers in Northern Ireland, which has its own derogation under UK rules, are watching closely.

The Kerry cow, a rare native breed, has seen renewed interest among smaller farms looking to cut input costs.""", [
    ("Kerry", "IE", A),
    ("Kerry Dairy Ireland", "-", N),
    ("Kerry Group", "-", N),
    ("Kerry cow", "-", N),
    ("Cork", "IE", A),
    ("Ireland", "IE", C),
    ("Irish", "IE", Q),
    ("Munster", "IE", A),
    ("EU", "*", Q),
    ("Tipperary", "IE", A),
    ("Limerick", "IE", A),
    ("Waterford", "IE", A),
    ("Listowel", "IE", T),
    ("Castleisland", "IE", T),
    ("Dublin", "IE", T, (53.33, -6.25)),
    ("Brussels", "BE", T, BRUSSELS),
    ("Blackwater", "IE", N),
    ("Suir", "IE", N),
    ("Denmark", "DK", C),
    ("Netherlands", "NL", C),
    ("Dutch", "NL", Q),
    ("Kilkenny", "IE", N, (52.65, -7.25)),
    ("Mitchelstown", "IE", T),
    ("Northern Ireland", "GB", A),
    ("UK", "GB", C),
])

add("c", """Bird flu outbreak at Georgia broiler farm rattles top poultry state

By Leah Douglas

ATLANTA (Reuters) - Georgia confirmed its first case of highly pathogenic bird flu in a commercial broiler flock on Friday, prompting the state to halt all poultry exhibitions and sales as officials sought to contain the virus in the largest chicken-producing state in the U.S.

The outbreak, on a farm in Elbert County in the northeast of the state, led to the culling of about 47,000 birds, the Georgia Department of Agriculture said. Georgia produces about 1.3 billion broilers a year, many of them processed in and around Gainesville, the self-described poultry capital of the world.

Bird flu has killed more than 130 million U.S. poultry since 2022, forcing egg producers in Iowa, Ohio, Colorado and California to cull huge layer flocks and sending egg prices to record highs. The virus has also spread to dairy cattle in Texas, Michigan and Idaho.

Trading partners including China, South Korea and Mexico sometimes impose restrictions on poultry from affected states or counties. Mexico is the largest market for U.S. chicken.

Growers on the Delmarva Peninsula, which spans Delaware, Maryland and Virginia, have stepped up biosecurity after outbreaks there last winter. In Arkansas and Alabama, the second- and third-largest broiler states, companies including Tyson Foods, based in Springdale, Arkansas, are on alert.

"Wild birds migrating down the Atlantic Flyway are the biggest threat," said a veterinarian in Athens, Georgia.""", [
    ("Georgia", "US", A, "US.GA"),
    ("Georgia Department of Agriculture", "US", Q),
    ("ATLANTA", "US", T, (33.75, -84.39)),
    ("U.S.", "US", C),
    ("Elbert County", "US", A, "US.GA"),
    ("Gainesville", "US", T, (34.30, -83.82)),
    ("Iowa", "US", A, "US.IA"),
    ("Ohio", "US", A, "US.OH"),
    ("Colorado", "US", A, "US.CO"),
    ("California", "US", A, "US.CA"),
    ("Texas", "US", A, "US.TX"),
    ("Michigan", "US", A, "US.MI"),
    ("Idaho", "US", A, "US.ID"),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("Mexico", "MX", C),
    ("Delmarva Peninsula", "US", N),
    ("Delaware", "US", A, "US.DE"),
    ("Maryland", "US", A, "US.MD"),
    ("Virginia", "US", A, "US.VA"),
    ("Arkansas", "US", A, "US.AR"),
    ("Alabama", "US", A, "US.AL"),
    ("Springdale", "US", T, (36.19, -94.13)),
    ("Atlantic Flyway", "*", Q),
    ("Athens", "US", T, (33.96, -83.38)),
])

add("c", """African swine fever flares again in China, Vietnam as pig prices climb

By Ella Cao and Khanh Vu

BEIJING/HANOI (Reuters) - African swine fever is spreading again on pig farms in China and Vietnam, industry sources said, threatening to push up pork prices ahead of the Lunar New Year.

In China, the world's largest pork producer, farmers in the northeastern provinces of Heilongjiang and Liaoning and in Henan, Shandong and Sichuan reported rising deaths on farms this winter, although authorities have confirmed only a handful of outbreaks. Hog futures on the Dalian Commodity Exchange rose 4% this week.

The disease, which is harmless to humans but fatal to pigs, killed around half of China's herd in 2018 and 2019 after it was first detected in Shenyang.

In Vietnam, authorities have reported outbreaks in more than 30 provinces, including Dong Nai, the largest pig-raising province, and Thai Nguyen and Nghe An in the north. The government in Hanoi has approved a locally developed vaccine, but farmers complain it is not widely available.

In the Philippines, officials have rolled out vaccines in Batangas and elsewhere on Luzon after outbreaks hurt pork supplies in Manila. South Korea reported cases in Gyeonggi and Gangwon provinces near the border with North Korea, where the virus is thought to have been circulating.

"Everyone is hoping the vaccine will work, but it is still a new technology," said a veterinarian in Ho Chi Minh City.

In Europe, Germany and Italy continue to battle the disease in wild boar, with cases around Rome and in the Piedmont region.""", [
    ("African swine fever", "-", N),
    ("China", "CN", C),
    ("Vietnam", "VN", C),
    ("BEIJING", "CN", T),
    ("HANOI", "VN", T),
    ("Hanoi", "VN", T),
    ("Heilongjiang", "CN", A),
    ("Liaoning", "CN", A),
    ("Henan", "CN", A),
    ("Shandong", "CN", A),
    ("Sichuan", "CN", A),
    ("Dalian Commodity Exchange", "-", N),
    ("Shenyang", "CN", T),
    ("Dong Nai", "VN", A),
    ("Thai Nguyen", "VN", A),
    ("Nghe An", "VN", A),
    ("Philippines", "PH", C),
    ("Batangas", "PH", N),
    ("Luzon", "PH", N),
    ("Manila", "PH", T),
    ("South Korea", "KR", C),
    ("Gyeonggi", "KR", A),
    ("Gangwon", "KR", A),
    ("North Korea", "KP", C),
    ("Ho Chi Minh City", "VN", T),
    ("Europe", "*", N),
    ("Germany", "DE", C),
    ("Italy", "IT", C),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Piedmont", "IT", A),
])

add("c", """Japan's wagyu exports hit record as Kobe beef demand grows abroad

TOKYO (Kyodo) - Japan's beef exports reached a record 61 billion yen last year, led by sales of premium wagyu to Taiwan, Hong Kong, the United States and Cambodia, the agriculture ministry said Friday.

Kagoshima, the country's top producer of wagyu cattle, accounted for nearly a quarter of shipments, followed by Miyazaki and Hokkaido. Brand beef such as Kobe beef and Matsusaka beef, which commands prices of up to 50,000 yen per kilogram at restaurants in Tokyo, made up a growing share.

Only meat from Tajima cattle raised in Hyogo Prefecture and processed at approved slaughterhouses in Kobe, Nishinomiya or Himeji can be sold as Kobe beef, according to the Kobe Beef Marketing and Distribution Promotion Association. The city of Matsusaka in Mie Prefecture has similar rules for its own brand.

Exports to China remain suspended since an outbreak of mad cow disease in 2001, though Tokyo and Beijing have discussed resuming trade. Shipments to Singapore, Thailand and the European Union have grown steadily.

Farmers in Kyushu say high feed costs, mostly corn imported from the U.S. and Brazil, have squeezed margins despite strong demand. A cattle auction in Kagoshima last month saw calf prices fall to their lowest in a decade.

Australian producers, who raise wagyu-cross cattle in Queensland and New South Wales, compete with Japan in markets such as Singapore and Dubai.""", [
    ("Japan", "JP", C),
    ("Kobe beef", "-", N),
    ("Kobe Beef Marketing and Distribution Promotion Association", "-", N),
    ("Kobe", "JP", T, (34.69, 135.19)),
    ("TOKYO", "JP", T, (35.69, 139.69)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Taiwan", "TW", C),
    ("Hong Kong", "HK", N),
    ("United States", "US", C),
    ("Cambodia", "KH", C),
    ("Kagoshima", "JP", N),
    ("Miyazaki", "JP", A),
    ("Hokkaido", "JP", A),
    ("Matsusaka beef", "-", N),
    ("Matsusaka", "JP", T, (34.57, 136.53)),
    ("Tajima", "-", N),
    ("Hyogo", "JP", A),
    ("Nishinomiya", "JP", T),
    ("Himeji", "JP", T),
    ("Mie", "JP", A),
    ("China", "CN", C),
    ("Beijing", "CN", T),
    ("Singapore", "SG", N),
    ("Thailand", "TH", C),
    ("European Union", "*", Q),
    ("Kyushu", "JP", N),
    ("U.S.", "US", C),
    ("Brazil", "BR", C),
    ("Australian", "AU", Q),
    ("Queensland", "AU", A),
    ("New South Wales", "AU", A),
    ("Dubai", "AE", T),
])

add("c", """Peru opens anchovy season with large quota, easing fishmeal supply fears

LIMA, April 18 (Reuters) - Peru will open its first anchovy fishing season of the year on Saturday with a quota of 2.5 million tonnes for the north-central zone, the production ministry said, a boost for fishmeal makers after El Niño wrecked last year's catch.

Surveys by the marine research institute Imarpe found healthy stocks of juvenile and adult anchovy off the coast between Chimbote and Pisco, as cooler waters returned to the Pacific after the weather pattern faded.

Peru is the world's largest producer of fishmeal, most of which is shipped to China to feed farmed fish and pigs. Processing plants in Chimbote, Callao, Paita and Coishco, in the Áncash region, have been idle for months.

Fishmeal prices in China's main port of Qingdao fell 5% on the news, traders said. Aquafeed makers in Norway, Chile and Vietnam, which rely on Peruvian fishmeal and fish oil for salmon and shrimp feed, also welcomed the quota.

The cancellation of last year's first season cost Peru about $1.4 billion in lost exports and hit the economies of fishing towns in Piura and La Libertad. Fishermen's unions in Chimbote had staged protests outside the ministry in Lima.

In Chile, the southern fishing grounds off Biobío and Los Lagos are also seeing larger anchovy and jack mackerel catches this year. Ecuador, which produces fishmeal from shrimp processing waste, exports mainly to Vietnam and China.""", [
    ("Peru", "PE", C),
    ("LIMA", "PE", T, (-12.05, -77.04)),
    ("Lima", "PE", T, (-12.05, -77.04)),
    ("Chimbote", "PE", T),
    ("Pisco", "PE", T, (-13.71, -76.20)),
    ("Pacific", "*", N),
    ("China", "CN", C),
    ("Callao", "PE", T),
    ("Paita", "PE", T),
    ("Coishco", "PE", T),
    ("Áncash", "PE", A),
    ("Qingdao", "CN", T),
    ("Norway", "NO", C),
    ("Chile", "CL", C),
    ("Vietnam", "VN", C),
    ("Peruvian", "PE", Q),
    ("Piura", "PE", A),
    ("La Libertad", "PE", A),
    ("Biobío", "CL", A),
    ("Los Lagos", "CL", A),
    ("Ecuador", "EC", C),
])

add("c", """Norwegian salmon farmers face lower output as sea lice and jellyfish hit pens

By Nerijus Adomaitis

OSLO (Reuters) - Norway's salmon farmers expect output to grow by less than 1% this year, the slowest rate in over a decade, as sea lice outbreaks and warm water in the fjords of western Norway raise mortality, industry group Sjømat Norge said on Tuesday.

Farmers in Vestland and Møre og Romsdal reported high losses from jellyfish and winter ulcers, while producers in Troms and Finnmark in the far north, where waters are colder, fared better. Mowi, the world's biggest salmon farmer, which is based in Bergen, said it would harvest fewer fish in Norway and more in Scotland and the Faroe Islands.

Prices for fresh salmon at Oslo's Fish Pool exchange rose 6% to 98 crowns a kilo, their highest since May, as exports to Poland, France and Denmark, the main processing hubs, held up. Salmon is Norway's second-biggest export after oil and gas.

A new resource rent tax on fish farming, introduced in 2023, has led several companies to delay investment in Trøndelag and Nordland, while some are expanding in Iceland, where farms in the Westfjords and eastern fjords have grown rapidly.

In Chile, the world's second-biggest producer, farmers in Los Lagos and the Aysén region around Puerto Aysén report improving biomass after algal blooms in previous years. Most Chilean salmon goes to the United States, Japan and Brazil.

Scottish producers in Shetland and the Western Isles also reported higher mortality rates in the first quarter.""", [
    ("Norwegian", "NO", Q),
    ("OSLO", "NO", T),
    ("Oslo", "NO", T),
    ("Norway", "NO", C),
    ("Sjømat Norge", "NO", Q),
    ("Vestland", "NO", A),
    ("Møre og Romsdal", "NO", A),
    ("Troms", "NO", A),
    ("Finnmark", "NO", A),
    ("Bergen", "NO", T, (60.39, 5.32)),
    ("Scotland", "GB", A),
    ("Faroe Islands", "FO", N),
    ("Poland", "PL", C),
    ("France", "FR", C),
    ("Denmark", "DK", C),
    ("Trøndelag", "NO", A),
    ("Nordland", "NO", A),
    ("Iceland", "IS", C),
    ("Westfjords", "IS", N),
    ("Chile", "CL", C),
    ("Los Lagos", "CL", A),
    ("Aysén", "CL", A),
    ("Puerto Aysén", "CL", T),
    ("Chilean", "CL", Q),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("Brazil", "BR", C),
    ("Scottish", "GB", Q),
    ("Shetland", "GB", A),
    ("Western Isles", "GB", A),
])

add("c", """Argentina's cattle prices jump as Milei scraps beef export curbs

By Lucila Sigal

BUENOS AIRES (Reuters) - Cattle prices at Argentina's main livestock market in Cañuelas rose to a record in peso terms this week after the government of President Javier Milei lifted remaining restrictions on beef exports, which had been in place since 2021.

Ranchers across the Pampas, from Buenos Aires province to La Pampa and southern Córdoba, welcomed the move, which allows them to sell more heavy steers to China, the biggest buyer of Argentine beef. Packers in Santa Fe and Entre Ríos said they expected to hire more workers.

Argentina's herd of about 52 million head is dominated by British breeds such as Angus and Hereford, prized for their marbling and raised largely on grass. Feedlots have expanded in recent years, especially in western Buenos Aires.

"For twenty years, governments in Buenos Aires treated beef as a political price, not a product," said a rancher from Azul, in the heart of the cattle country.

The government also cut export taxes on beef. Uruguay and Brazil, which compete with Argentina for Chinese and Israeli orders, are watching closely. Israel and Germany remain key markets for premium cuts such as the Hilton quota, which allows tariff-reduced exports to the European Union.

Beef consumption in Argentina, long among the world's highest per person, fell to its lowest in decades last year as inflation eroded wages. In Rosario and Córdoba, butchers reported sales down by a fifth.""", [
    ("Argentina", "AR", C),
    ("BUENOS AIRES", "AR", T, (-34.61, -58.38)),
    ("Cañuelas", "AR", T, (-35.05, -58.76)),
    ("Pampas", "AR", N),
    ("Buenos Aires#1,2", "AR", A),
    ("Buenos Aires#3", "AR", T, (-34.61, -58.38)),
    ("La Pampa", "AR", A),
    ("Córdoba#1", "AR", A),
    ("Córdoba#2", "AR", T, (-31.41, -64.18)),
    ("China", "CN", C),
    ("Argentine", "AR", Q),
    ("Santa Fe", "AR", A),
    ("Entre Ríos", "AR", A),
    ("British", "GB", Q),
    ("Angus", "-", N),
    ("Hereford", "-", N),
    ("Azul", "AR", T, (-36.78, -59.86)),
    ("Uruguay", "UY", C),
    ("Brazil", "BR", C),
    ("Chinese", "CN", Q),
    ("Israeli", "IL", Q),
    ("Israel", "IL", C),
    ("Germany", "DE", C),
    ("European Union", "*", Q),
    ("Rosario", "AR", T, ROSARIO),
])

add("c", """Welsh farmers rally in Cardiff against tree-planting rules

By Farmers Weekly reporter

Thousands of farmers from across Wales descended on Cardiff on Tuesday, parking tractors outside the Senedd in Cardiff Bay to protest against Welsh Government plans that would require them to plant trees on 10% of their land.

Under the Sustainable Farming Scheme, due to replace EU-era subsidies, farms would also need to set aside 10% as wildlife habitat. Farm unions say the rules could cost 5,500 jobs and cut livestock numbers by more than 120,000 head across the country.

Hill farmers from Powys, Ceredigion and Gwynedd said they could not afford to lose grazing land. "My family has farmed sheep above Bala for six generations," said one protester from Snowdonia. "We are not going to hand our land to forestry."

Similar protests were held earlier this year at livestock markets in Carmarthen, Welshpool and Llanelwedd, home of the Royal Welsh Show, and on the A55 near Holyhead.

Farmers also complain about cheap lamb imports from New Zealand and Australia under post-Brexit trade deals, which they say undercut Welsh lamb in supermarkets in England.

The Welsh Government said it would review the scheme. Across the Severn in Gloucestershire and Herefordshire, English farmers have staged their own protests against inheritance tax changes announced in London.""", [
    ("Welsh", "GB", Q),
    ("Cardiff", "GB", T, (51.48, -3.18)),
    ("Cardiff Bay", "GB", N),
    ("Wales", "GB", A),
    ("EU", "*", Q),
    ("Powys", "GB", A),
    ("Ceredigion", "GB", A),
    ("Gwynedd", "GB", A),
    ("Bala", "GB", T, (52.91, -3.60)),
    ("Snowdonia", "GB", N),
    ("Carmarthen", "GB", T),
    ("Welshpool", "GB", T),
    ("Llanelwedd", "GB", T, (52.16, -3.39)),
    ("A55", "GB", Q),
    ("Holyhead", "GB", T),
    ("New Zealand", "NZ", C),
    ("Australia", "AU", C),
    ("England", "GB", A),
    ("Severn", "GB", N),
    ("Gloucestershire", "GB", A),
    ("Herefordshire", "GB", A),
    ("English", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
])

add("c", """Dairy herds head to Texas Panhandle as new cheese plants open

By Successful Farming staff

AMARILLO, Texas — The dairy boom in the Texas Panhandle is reshaping one of America's biggest cattle-feeding regions, as milk producers from California and the Upper Midwest move herds to the High Plains to supply new cheese plants.

Around Hereford, which once called itself the "Beef Capital of the World," feedlots are making way for dairies milking 5,000 to 10,000 cows, most of them Holsteins with some Jersey herds. Deaf Smith, Castro and Parmer counties now account for a large share of Texas milk production, state figures show.

A Leprino Foods mozzarella plant in Lubbock and a Cacique plant in Amarillo began taking milk this year, adding to processing capacity in neighbouring New Mexico around Clovis and Roswell. "We moved here from Tulare County because the water and the regulations were better," said one producer who relocated 4,000 cows from California's Central Valley.

The shift has strained the Ogallala Aquifer, which supplies irrigation water to farms from Nebraska to west Texas.

In Wisconsin, known as America's Dairyland, the number of licensed dairy herds fell below 6,000 for the first time, down from more than 15,000 two decades ago, as small family farms near Green Bay, Eau Claire and Marshfield sold out. Idaho's Magic Valley around Twin Falls and the dairies of eastern Colorado and Kansas are also growing.

Much of the new cheese output will be exported to Mexico, the largest foreign buyer of U.S. dairy products, along with Japan and South Korea.""", [
    ("Texas Panhandle", "US", N),
    ("AMARILLO", "US", T, (35.22, -101.83)),
    ("Amarillo", "US", T, (35.22, -101.83)),
    ("Texas", "US", A, "US.TX"),
    ("America", "US", C),
    ("California", "US", A, "US.CA"),
    ("Upper Midwest", "US", N),
    ("High Plains", "US", N),
    ("Hereford", "US", T, (34.82, -102.40)),
    ("Holsteins", "-", N),
    ("Jersey", "-", N),
    ("Deaf Smith", "US", A, "US.TX"),
    ("Castro", "US", A, "US.TX"),
    ("Parmer", "US", A, "US.TX"),
    ("Lubbock", "US", T, (33.58, -101.86)),
    ("New Mexico", "US", A, "US.NM"),
    ("Clovis", "US", T, (34.40, -103.21)),
    ("Roswell", "US", T, (33.39, -104.52)),
    ("Tulare County", "US", A, "US.CA"),
    ("Central Valley", "US", N),
    ("Ogallala Aquifer", "US", N),
    ("Nebraska", "US", A, "US.NE"),
    ("Wisconsin", "US", A, "US.WI"),
    ("Green Bay", "US", T, (44.52, -88.02)),
    ("Eau Claire", "US", T, (44.81, -91.50)),
    ("Marshfield", "US", T, (44.67, -90.17)),
    ("Idaho", "US", A, "US.ID"),
    ("Magic Valley", "US", N),
    ("Twin Falls", "US", T, (42.56, -114.46)),
    ("Colorado", "US", A, "US.CO"),
    ("Kansas", "US", A, "US.KS"),
    ("Mexico", "MX", C),
    ("U.S.", "US", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
