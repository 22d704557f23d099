"""Full-length news articles for geomap evaluation (fresh2, 'articles2'): a held-out sixth set, written
without reading geomap's rules or the other sets' cases. 250-550 words each, with headline, dateline,
quotes, bylines, organisations, clubs and people named like places, demonyms, and namesakes across
countries (Mérida, Valladolid, Cartagena, Santiago, Alexandria, Hamilton, Newcastle, Granada, Trujillo,
Georgetown, Blantyre, Frankfurt (Oder), Bahrain in Swat, Panama City).

CASES and GENRES as ../article_runner.py describes them (RAW holds (genre, text, expected)), and:
  - demonyms used of a country ("Brazilian officials", "the Spanish") are expected as that country.
GENRES: parallel list of genre letters: a = local/regional news outside the countries of the
'articles' set (Brazil, Mexico, Colombia, Spain, Italy, Germany/Poland, Turkey, Egypt, Pakistan,
New Zealand, Ghana, Ireland), b = international politics, diplomacy, migration, outbreaks, climate,
disasters, c = business, shipping, energy, mining, sport, travel, science.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []

def add(g, text, exp):
    RAW.append((g, text, exp))

# ======================= (a) local / regional =======================

add("a", """Porto Alegre's new flood gates face first test as Guaíba rises again

PORTO ALEGRE, Brazil (AP) — Engineers in southern Brazil closed six of the 14 steel flood gates along Porto Alegre's waterfront on Thursday as the Guaíba rose above three metres for the first time since the catastrophic floods of 2024, testing repairs that cost the state of Rio Grande do Sul more than 400 million reais.

The lake, fed by the Jacuí, Taquari and Sinos rivers, climbed steadily after four days of rain across the Serra Gaúcha, the hilly wine region north of the capital. Civil defence officials ordered precautionary evacuations in low-lying parts of Eldorado do Sul and Canoas, two cities across the water that were almost entirely submerged two years ago.

"The pumps are working, the gates are holding, and this time we had warning," said Mayor Sebastião Melo, standing on the Mauá wall that separates the historic centre from the water. "But nobody here sleeps well when it rains like this."

Upstream, the Taquari valley towns of Lajeado, Estrela and Muçum reported the river 11 metres above normal at its peak on Wednesday night. In Muçum, a town of fewer than 5,000 people that was flooded three times in eight months in 2023 and 2024, residents carried furniture to the upper floors of the Catholic church before dawn.

Further west, the university city of Santa Maria recorded 190 millimetres of rain in 72 hours, the state meteorological service said, and a landslide closed a stretch of highway BR-158 near Itaara.

Brazil's federal government sent two army helicopters from Santa Catarina and put a navy hospital ship on standby in Rio Grande, the state's main port at the mouth of the Lagoa dos Patos. Environment Minister Marina Silva, speaking in Brasília, said the repeated disasters showed "that climate adaptation is no longer a future budget line; it is this year's budget line."

Scientists at the Federal University of Rio Grande do Sul say the region's rainfall extremes have become more frequent as warm, humid air from the Amazon collides with cold fronts moving up from Argentina and Uruguay. A study published last year by the university's hydrology institute found that a flood of the 2024 scale, once expected every few centuries, might now return every few decades.

For Adelaide Ferreira, 63, who lost her bakery in the Sarandi neighbourhood of Porto Alegre two years ago and reopened it in March, the warnings were enough. She spent Thursday stacking flour sacks on shelves a metre and a half off the floor.

"They tell us the wall will hold," she said. "I believed them last time too."

By DIANA RIOS and MAURICIO SAVARESE
""", [
    ("Porto Alegre", "BR", T), ("PORTO ALEGRE", "BR", T), ("Guaíba", "BR", N), ("Brazil", "BR", C), ("Rio Grande do Sul", "BR", A),
    ("Jacuí", "BR", N), ("Taquari", "BR", N), ("Sinos", "BR", N), ("Serra Gaúcha", "BR", N),
    ("Eldorado do Sul", "BR", T), ("Canoas", "BR", T), ("Mauá", "-", N),
    ("Lajeado", "BR", T, (-29.47, -51.96)), ("Estrela", "BR", T, (-29.50, -51.96)), ("Muçum", "BR", T),
    ("Santa Maria", "BR", T, (-29.68, -53.81)), ("Itaara", "BR", T), ("Santa Catarina", "BR", A),
    ("Rio Grande", "BR", T, (-32.03, -52.10)), ("Lagoa dos Patos", "BR", N), ("Brasília", "BR", T),
    ("Federal University of Rio Grande do Sul", "BR", Q), ("Amazon", "*", N), ("Argentina", "AR", C),
    ("Uruguay", "UY", C), ("Adelaide", "-", N), ("Sarandi", "BR", N, (-30.03, -51.18)),
])

add("a", """Yucatán water utility rations supply as Mérida heat record falls

MÉRIDA, Mexico (Reuters) - The water utility serving Mérida, the capital of Mexico's Yucatán state, began rotating supply cuts across 40 neighbourhoods on Monday after the city recorded 44.1 degrees Celsius, its highest temperature since records began in 1951.

The Junta de Agua Potable y Alcantarillado de Yucatán (JAPAY) said pressure in its network had fallen by a third as residents ran air conditioners and filled cisterns around the clock. Tanker trucks were sent to the southern districts of the city and to the port of Progreso, 35 km (22 miles) to the north, where tourism businesses said hotels were turning away guests.

Unlike most of Mexico, the Yucatán peninsula has no rivers on the surface. The city draws all of its water from an aquifer reached through limestone sinkholes known as cenotes, which hydrologists say is increasingly contaminated by pig farms and septic tanks.

"We are sitting on one of the largest freshwater reserves in the country and we are still running out," said Jorge Canul Dzib, an engineer at the Autonomous University of Yucatán. "The problem is not quantity, it is pumping and pollution."

Governor Joaquín Díaz Mena said the state would spend 1.2 billion pesos on new wells in Umán and Kanasín and a treatment plant in Tixkokob. He also asked the federal government in Mexico City for emergency funds.

The heat wave has hit the whole peninsula. In Valladolid, the colonial town 160 km east of Mérida that has become a stop on the Tren Maya railway, the municipal hospital reported 38 cases of heat stroke in a week. Authorities in neighbouring Campeche and Quintana Roo issued red alerts, and the beach resort of Cancún asked hotels to limit laundry and pool refilling.

Demand for power also set records. Mexico's state utility CFE said it briefly cut electricity to parts of Tizimín and Motul on Sunday to protect the grid, which relies on a single high-voltage link to the rest of the country through Tabasco.

Mérida, which markets itself as one of Mexico's safest cities, has grown by nearly a fifth in a decade, with new arrivals from Mexico City, Monterrey and the United States. Developers have built gated communities along the road to Progreso, many with private pools.

"Everybody wants to move to Mérida," said Lourdes Pech, who sells hammocks in the Santa Ana market. "Nobody asked where the water comes from."

Reporting by Lizbeth Diaz in Mérida; Additional reporting by Ana Isabel Martinez in Mexico City; Editing by Sandra Maler
""", [
    ("Yucatán", "MX", A), ("Mérida", "MX", T, (20.97, -89.62)), ("MÉRIDA", "MX", T, (20.97, -89.62)),
    ("Mexico", "MX", C), ("Junta de Agua Potable y Alcantarillado de Yucatán", "MX", Q),
    ("Progreso", "MX", T, (21.28, -89.66)), ("Yucatán peninsula", "MX", N),
    ("Autonomous University of Yucatán", "MX", Q), ("Umán", "MX", T), ("Kanasín", "MX", T),
    ("Tixkokob", "MX", T), ("Mexico City", "MX", T), ("Valladolid", "MX", T, (20.69, -88.20)),
    ("Tren Maya", "MX", Q), ("Campeche", "MX", A), ("Quintana Roo", "MX", A), ("Cancún", "MX", T),
    ("Tizimín", "MX", T), ("Motul", "MX", T), ("Tabasco", "MX", A), ("Monterrey", "MX", T),
    ("United States", "US", C), ("Santa Ana", "MX", Q),
])

add("a", """Colombia starts taming the Canal del Dique, and Cartagena's bay holds its breath

CARTAGENA, Colombia (AP) — For more than a century, the brown water of the Magdalena River has poured into Cartagena Bay through a colonial-era channel, smothering coral reefs, silting up the busiest container port in the Caribbean and clouding the turquoise sea around the Rosario Islands.

This month, after decades of studies and a lawsuit that reached Colombia's Constitutional Court, workers began building two huge locks on the Canal del Dique near the river towns of Calamar and Santa Lucía. The $850 million project is meant to control how much fresh water and sediment reach the sea.

"This canal was dug by the Spanish to move goods and enslaved people. Today it moves mud into one of the most visited places in Latin America," said Rosa Bolívar Herrera, a marine biologist at the University of Cartagena who has studied the reefs for 20 years.

The canal runs 115 kilometers (71 miles) from the Magdalena, Colombia's main river, through wetlands and cattle ranches in Bolívar department to the bay south of the walled city. Fishermen in Pasacaballos, a village at its mouth, say their catch has shrunk every year.

"My grandfather fished here with a cast net. Now the water is like chocolate milk," said Jair Julio, 52, mending nets beside a plastic-roofed shack.

Not everyone welcomes the locks. Farmers around Mahates and Arjona fear the works will dry out ponds they rely on in the dry season, and several communities descended from runaway slaves, including San Basilio de Palenque, have demanded compensation. In Barranquilla, 100 kilometers to the northeast, port operators worry that diverting flow could change the depth of the Magdalena's mouth at Bocas de Ceniza.

Bolívar Governor Yamil Arana said the consortium, led by Spanish builder Sacyr, had agreed to hire local workers and to finish by 2029. President Gustavo Petro's government in Bogotá has promised that the project will not be cancelled despite budget cuts.

For Cartagena, a city of 1 million people that lives off cruise ships, beach hotels and weddings in its 17th-century squares, the stakes are high. The Rosario Islands and Barú, an hour's boat ride away, draw hundreds of thousands of foreign visitors a year, many from the United States and Europe.

The city has ties on the other side of the Atlantic as well: it is twinned with Cartagena, the Spanish naval port in the Murcia region from which its founder, Pedro de Heredia, sailed in the 1530s. A delegation from Spain visited the works last week.

"We have two Cartagenas and one problem each," joked Mayor Dumek Turbay. "Ours is mud."

Associated Press writer Astrid Suárez contributed from Bogotá.
""", [
    ("Colombia", "CO", C), ("Canal del Dique", "CO", N), ("Cartagena#1,4", "CO", T, (10.39, -75.51)),
    ("CARTAGENA", "CO", T, (10.39, -75.51)), ("Magdalena River", "CO", N), ("Cartagena Bay", "CO", N),
    ("Caribbean", "*", N), ("Rosario Islands", "CO", N), ("Calamar", "CO", T), ("Santa Lucía", "CO", T, (10.32, -75.0)),
    ("Spanish", "ES", C), ("Latin America", "*", N), ("Rosa Bolívar Herrera", "-", N),
    ("University of Cartagena", "CO", Q), ("Magdalena", "CO", N), ("Bolívar", "CO", A),
    ("Pasacaballos", "CO", T), ("Mahates", "CO", T), ("Arjona", "CO", T, (10.25, -75.34)),
    ("San Basilio de Palenque", "CO", T), ("Barranquilla", "CO", T), ("Bocas de Ceniza", "CO", N),
    ("Bogotá", "CO", T), ("Barú", "CO", N), ("United States", "US", C), ("Europe", "*", N),
    ("Atlantic", "*", N), ("Cartagena#5", "ES", T, (37.60, -0.98)), ("Murcia", "ES", A), ("Heredia", "-", N), ("Spain", "ES", C),
])

add("a", """A year and a half on, Paiporta still counts its garages

VALENCIA, Spain (Reuters) - Eighteen months after a torrent of water swept through the towns south of Valencia, killing more than 220 people, thousands of residents of Paiporta, Catarroja and Alfafar are still parking in the street because their underground garages have not been rebuilt.

The regional government of the Valencia region said on Tuesday that 61% of the 3,400 damaged garages and basements in the Horta Sud district had been cleared and made safe, but insurers and builders blamed each other for delays in the rest.

"Every time it rains, people here look at the sky and then at the ravine," said Maribel Albalat, the mayor of Paiporta, referring to the Poyo ravine, the normally dry channel that burst its banks on Oct. 29, 2024, after more than 400 litres of rain per square metre fell upstream around Chiva.

The disaster, Spain's deadliest flood in decades, led to mass protests against the then regional leader Carlos Mazón, who resigned last year. His successor, Juan Francisco Pérez Llorca, has promised a 1.2 billion euro plan to widen the ravine and build retention basins near Torrent and Cheste.

Madrid's delegate to the region said 890 million euros in state aid had been paid to households and small firms, with more to come from the European Union's solidarity fund. Local shopkeepers say the money has arrived slowly. In Sedaví, furniture makers who lost stock and machinery are still working out of rented warehouses in Silla and as far away as Sagunto, 40 km north of the city.

The floods also reached the Albufera lagoon, the rice-growing wetland south of Valencia, where cleanup crews removed hundreds of wrecked cars from the reeds. Farmers in Sueca and Sollana say their fields are productive again, though salt and fuel contamination cut last year's harvest by a third.

Football has been part of the recovery. Valencia CF and Levante UD staged a charity match at the Mestalla stadium last autumn, and Real Madrid donated proceeds from a friendly in the Spanish capital. Players from Villarreal, based in the neighbouring Castellón province, spent a day shovelling mud in Massanassa.

Scientists at the University of Valencia say warmer Mediterranean waters make such storms, known in Spain as DANA, more likely and more intense. "We cannot move Paiporta. We can give the water somewhere else to go," said climatologist Jordi Sanz.

In Catarroja, the bakery run by Jordan Ferrer reopened in February after 15 months. "My customers came back before my ovens did," he said.

(Reporting by Emma Pinedo in Madrid and Jordi Rubio in Valencia; Editing by Aislinn Laing)
""", [
    ("Paiporta", "ES", T), ("VALENCIA", "ES", T, (39.47, -0.38)), ("Spain", "ES", C),
    ("Valencia", "ES", T, (39.47, -0.38)), ("Catarroja", "ES", T), ("Alfafar", "ES", T),
    ("Valencia region", "ES", A), ("Horta Sud", "ES", N), ("Poyo", "ES", N), ("Chiva", "ES", T, (39.47, -0.72)),
    ("Torrent", "ES", T, (39.44, -0.47)), ("Cheste", "ES", T), ("European Union", "*", Q), ("Sedaví", "ES", T),
    ("Silla", "ES", T, (39.36, -0.41)), ("Sagunto", "ES", T), ("Albufera", "ES", N), ("Sueca", "ES", T),
    ("Sollana", "ES", T), ("Valencia CF", "ES", Q), ("Levante UD", "ES", Q), ("Mestalla", "ES", Q),
    ("Real Madrid", "ES", Q), ("Spanish", "ES", C), ("Villarreal", "ES", Q), ("Castellón", "ES", A),
    ("Massanassa", "ES", T), ("University of Valencia", "ES", Q), ("Mediterranean", "*", N),
    ("Jordan", "-", N), ("Madrid", "ES", T),
])

add("a", """Florence caps new holiday rentals in historic centre as residents dwindle

FLORENCE, Italy (AP) — Florence's city council on Monday extended a ban on new short-term holiday rentals in its UNESCO-listed historic centre for three more years and voted to limit the number of electric golf carts ferrying tourists past the Duomo, in the latest effort by an Italian city to protect residents from mass tourism.

Mayor Sara Funaro said the centre had lost nearly a quarter of its residents since 2010, while the number of flats listed on platforms such as Airbnb had roughly doubled. About 16 million people stayed overnight in Florence last year, according to the Tuscany region, for a resident population of about 360,000.

"We are not against tourists. We are against a city that becomes a theme park where nobody lives," Funaro told reporters at Palazzo Vecchio.

Landlords' associations said they would challenge the measure in the regional administrative court. Similar rules in Venice and in Rome have been tested in court, with mixed results, and the national government has resisted calls for a nationwide cap.

The debate is playing out along the Arno, where shops selling leather and souvenirs have replaced many grocers and hardware stores in the Santo Spirito and San Frediano neighbourhoods on the river's south bank. Students at the University of Florence say rents have pushed them to commute from Prato, Empoli and even Pisa, an hour away by train.

"My classmates live in Sesto Fiorentino or Pontassieve and come in on the regional trains," said Giulia Benedetti, 23. "Nobody can afford a room in the centre."

Hotels in the hills around Fiesole and in the Chianti wine country south of the city say demand is also booming, helped by direct flights from the United States and Asia to Pisa and to Florence's small Peretola airport, which is due to get a longer runway.

Not everyone agrees with the ban. Fiorentina, the city's Serie A football club, is building a new stand at its Artemio Franchi stadium with hospitality boxes aimed at foreign visitors, and restaurateurs near the Ponte Vecchio say short-term renters are their best customers.

Funaro met a visiting delegation from Florence, Alabama, on the same day. The American town, founded by an Italian surveyor in 1818 and named after the Tuscan capital, has a population smaller than a single Florentine district. "They asked me for advice on attracting tourists," she said. "I told them to be careful what they wish for."

Tourist Florence Hartley, 68, of Chicago, said she understood the decision. "I came for the paintings, not for the people selling selfie sticks," she said outside the Uffizi.

By Colleen Barry and Giada Zampano
""", [
    ("Florence#1,2,3,4,5", "IT", T, (43.77, 11.25)), ("FLORENCE", "IT", T, (43.77, 11.25)), ("Italy", "IT", C),
    ("Italian", "IT", C), ("Duomo", "IT", Q), ("Tuscany", "IT", A), ("Palazzo Vecchio", "IT", Q), ("Venice", "IT", T), ("Rome", "IT", T),
    ("Arno", "IT", N), ("Santo Spirito", "IT", Q), ("San Frediano", "IT", Q), ("University of Florence", "IT", Q),
    ("Prato", "IT", T), ("Empoli", "IT", T), ("Pisa", "IT", T), ("Sesto Fiorentino", "IT", T),
    ("Pontassieve", "IT", T), ("Fiesole", "IT", T), ("Chianti", "IT", N), ("United States", "US", C),
    ("Asia", "*", N), ("Peretola", "IT", Q), ("Fiorentina", "IT", Q), ("Artemio Franchi", "IT", Q),
    ("Ponte Vecchio", "IT", Q), ("Florence#6", "US", T, (34.80, -87.68)), ("Alabama", "US", A), ("American", "US", C),
    ("Tuscan", "IT", Q), ("Florentine", "IT", Q), ("Florence Hartley", "-", N), ("Chicago", "US", T), ("Uffizi", "IT", Q),
])

add("a", """Fish die-off returns to the Oder as Polish and German towns trade blame

FRANKFURT (ODER), Germany, Aug 12 (Reuters) - Dead fish have again been washing up along the Oder river on the German-Polish border, officials in Brandenburg said on Tuesday, three years after toxic algae killed an estimated 360 tonnes of fish in one of central Europe's worst river disasters.

Anglers found dead bream and pike on the banks at Frankfurt (Oder) and across the bridge in the Polish town of Słubice over the weekend, and environmental inspectors measured high salt levels and low oxygen upstream near Eisenhüttenstadt and the Polish town of Nowa Sól.

Brandenburg's environment minister said the state had asked Warsaw for data on discharges from coal mines and industrial plants in Silesia, which scientists blamed in 2022 for pushing salinity high enough for the golden alga Prymnesium parvum to bloom in hot, low water.

"We share a river, so we have to share the information," the minister told reporters in Potsdam. "Every hour of delay costs fish."

Poland's Ministry of Climate said its inspectors had found no illegal discharges and that a heat wave and the lowest summer water levels in a decade were to blame. It said it was monitoring the river between Wrocław and Szczecin, where the Oder flows into the Szczecin Lagoon and the Baltic Sea.

The dispute echoes 2022, when German officials complained they learned of the die-off from anglers rather than from Polish authorities. Since then the two governments have set up a joint early-warning network, but environmental groups in both countries say it has not been tested in a real emergency.

Poland's plan to deepen the Oder for barges, part of a project to connect the port of Świnoujście with inland waterways, has also raised tension. German towns downstream, including Schwedt and Eisenhüttenstadt, fear dredging will harm flood plains in the Lower Oder Valley National Park.

In Słubice, the café owner Jordan Nowak said tourists from Berlin had cancelled kayak trips. "People see dead fish on television and they think the whole river is poisoned," he said.

The European Commission in Brussels said it was in contact with both countries. Frankfurt (Oder), a city of 57,000 people, is not to be confused with the financial centre Frankfurt am Main, 550 km to the southwest, home to the European Central Bank.

(Reporting by Matthias Williams in Berlin and Alan Charlish in Warsaw; Editing by Georgia Fletcher)
""", [
    ("Oder#1,2,4,5", "*", N), ("Oder#3,7", "*", Q), ("Polish", "PL", C), ("German", "DE", C), ("FRANKFURT", "DE", T, (52.34, 14.55)), ("ODER", "*", Q),
    ("Germany", "DE", C), ("Brandenburg", "DE", A), ("Europe", "*", N), ("Frankfurt", "DE", T, (52.34, 14.55)),
    ("Słubice", "PL", T), ("Eisenhüttenstadt", "DE", T), ("Nowa Sól", "PL", T), ("Warsaw", "PL", T),
    ("Silesia", "PL", N), ("Potsdam", "DE", T), ("Poland", "PL", C), ("Wrocław", "PL", T), ("Szczecin", "PL", T),
    ("Szczecin Lagoon", "*", N), ("Baltic Sea", "*", N), ("Świnoujście", "PL", T), ("Schwedt", "DE", T),
    ("Lower Oder Valley National Park", "DE", N), ("Jordan", "-", N), ("Berlin", "DE", T),
    ("European Commission", "*", Q), ("Brussels", "BE", T), ("Frankfurt am Main", "DE", T, (50.11, 8.68)),
    ("European Central Bank", "*", Q), ("Georgia", "-", N),
])

add("a", """Antakya's old town rises slowly from the rubble, one stone at a time

ANTAKYA, Turkey (AP) — On Kurtuluş Street, where the ancient city of Antioch once had the first lit avenue in the Roman world, masons are fitting hand-cut limestone blocks onto the facades of houses that stood for two centuries before the earthquakes of February 2023 brought them down.

Three years after the twin quakes killed more than 53,000 people in Turkey and about 6,000 more in neighboring Syria, the reconstruction of Antakya, the capital of Hatay province, has become a test of whether a city can be rebuilt rather than simply replaced.

Turkey's government says it has handed over more than 450,000 new homes across the 11 affected provinces, from Adana in the west to Malatya and Adıyaman in the east. In Hatay, many of them are in vast new estates on the plains north of the city and near the port of İskenderun, where residents say shops, schools and bus lines have been slow to follow.

"They gave us a flat, but they took away our neighborhood," said Meryem Değirmenci, 58, who now lives in a container city near Defne and travels into town every day to sell spices.

The old town, wedged between the Orontes River and Mount Habib-i Neccar, was home to churches, mosques and a synagogue a few hundred meters apart. Architects from Istanbul and Ankara working with the Environment Ministry say about 70% of the registered historic buildings there will be restored using salvaged stones numbered and stored in warehouses outside the city.

The Habib-i Neccar Mosque, one of the oldest in Anatolia, is due to reopen this spring. The Greek Orthodox church on Hurriyet Street is being rebuilt with donations from Greece and from communities in Lebanon.

Economists say the region's recovery will depend on jobs. Hatay's citrus farms around Samandağ and Reyhanlı and its steel mills in İskenderun have largely resumed work, but many young people moved to Mersin, Istanbul or abroad after the disaster and have not come back.

"Antakya was never just buildings. It was people who knew each other's grandparents," said Hüseyin Bolat, whose family ran a kunefe shop near the Long Bazaar for four generations. He reopened in a prefabricated cabin last year and plans to move back to the old street when the work is finished.

Turkish officials expect the old town's main streets to be reopened to traffic by the end of next year. The city's Hatayspor football team, which withdrew from the league after the quakes, now plays its home matches in a new stadium on the edge of town.

Associated Press writers Suzan Fraser in Ankara and Mehmet Guzel in Istanbul contributed.
""", [
    ("Antakya", "TR", T), ("ANTAKYA", "TR", T), ("Turkey", "TR", C), ("Kurtuluş Street", "TR", Q), ("Antioch", "TR", T, (36.20, 36.16)),
    ("Roman", "-", N), ("Syria", "SY", C), ("Hatay", "TR", A), ("Adana", "TR", N), ("Malatya", "TR", N),
    ("Adıyaman", "TR", N), ("İskenderun", "TR", T), ("Defne", "TR", N), ("Orontes River", "*", N),
    ("Mount Habib-i Neccar", "TR", N), ("Istanbul", "TR", T), ("Ankara", "TR", T), ("Habib-i Neccar Mosque", "TR", Q),
    ("Anatolia", "TR", N), ("Greek", "GR", Q), ("Hurriyet Street", "TR", Q), ("Greece", "GR", C), ("Lebanon", "LB", C),
    ("Samandağ", "TR", T), ("Reyhanlı", "TR", T), ("Mersin", "TR", T), ("Long Bazaar", "TR", Q),
    ("Turkish", "TR", C), ("Hatayspor", "TR", Q),
])

add("a", """Alexandria builds sea walls as Mediterranean eats into its beaches

ALEXANDRIA, Egypt (AFP) - Bulldozers are dumping concrete blocks along the Corniche in Alexandria, Egypt's second city, as authorities race to protect beaches, sewers and centuries-old buildings from a Mediterranean that scientists say is rising and growing more violent with each winter storm.

The Ministry of Water Resources and Irrigation said this week that it had completed 6.5 kilometres of new breakwaters between the Montaza palace gardens and the fishing harbour at Abu Qir, part of a 3.5 billion Egyptian pound programme to shield the low-lying coast of the Nile Delta.

"The sea used to reach the pavement once or twice a year. Now it is on the road every December," said Mohamed Abdel Fattah, a fisherman who has worked from the beach at Miami, an eastern district of the city, for thirty years.

A study by researchers at the University of Southern California and Alexandria University found that more than 280 buildings in the city had collapsed in the past decade, in part because salt water seeping into the ground had weakened their foundations. Most were in older neighbourhoods such as Karmouz and Gomrok near the Eastern Harbour.

Further east, the government has raised dunes and built concrete barriers near Rashid, the town where the Rosetta Stone was found, and around the lagoon of Lake Burullus in Kafr El Sheikh governorate, where rice fields and fish farms lie barely a metre above sea level. Officials in Damietta and Port Said say they are preparing similar projects.

The United Nations Development Programme, which co-funds the work with the Green Climate Fund, estimates that a rise of half a metre in sea level could displace up to 2 million people in the delta by the end of the century, threatening a region that grows much of Egypt's food.

Alexandria, founded by Alexander the Great in 331 BC and home to the ancient Lighthouse and Library, has also suffered from flash flooding. In 2015 heavy rain left parts of the city under water and killed several people, prompting the governor to resign.

Egypt's tourism ministry is trying to attract more summer visitors from the Gulf and from Europe to the North Coast, the stretch of resorts running west towards El Alamein and Marsa Matrouh. New hotels there are being built further back from the water, planners say.

In a sign of wider interest, engineers from Alexandria, Virginia, a US city named after the Egyptian port, visited the works last month as part of an exchange on coastal flooding along the Potomac River. "Different scale, same problem," said Sydney Okafor, a member of the American delegation.

Local residents remain sceptical. "They build walls, the sea goes around them," said Abdel Fattah, pointing at a stretch of broken pavement near the Stanley Bridge.
""", [
    ("Alexandria#1,2,3,4", "EG", T, (31.20, 29.92)), ("ALEXANDRIA", "EG", T, (31.20, 29.92)), ("Mediterranean", "*", N),
    ("Egypt", "EG", C), ("Corniche", "EG", Q), ("Montaza", "EG", N), ("Abu Qir", "EG", N), ("Egyptian", "EG", C),
    ("Nile Delta", "EG", N), ("Miami", "EG", N, (31.27, 29.99)), ("University of Southern California", "US", Q),
    ("Alexandria University", "EG", Q), ("Karmouz", "EG", N), ("Gomrok", "EG", N), ("Eastern Harbour", "EG", N),
    ("Rashid", "EG", T), ("Rosetta Stone", "-", N), ("Lake Burullus", "EG", N), ("Kafr El Sheikh", "EG", A),
    ("Damietta", "EG", N), ("Port Said", "EG", N), ("United Nations Development Programme", "*", Q),
    ("Alexander", "-", N), ("Gulf", "*", N), ("Europe", "*", N), ("North Coast", "EG", N), ("El Alamein", "EG", T),
    ("Marsa Matrouh", "EG", T), ("Alexandria#5", "US", T, (38.80, -77.05)), ("Virginia", "US", A), ("US", "US", C),
    ("Potomac River", "US", N), ("Sydney", "-", N), ("American", "US", C), ("Stanley Bridge", "EG", Q),
])

add("a", """Swat hoteliers count losses as flash flood sweeps away riverside cafes

PESHAWAR: Flash floods triggered by a cloudburst in upper Swat swept away at least 18 riverside hotels and restaurants and damaged more than 200 houses on Saturday, officials said, as Khyber Pakhtunkhwa braced for more heavy rain over the next three days.

The Provincial Disaster Management Authority (PDMA) said nine people had been killed and 14 injured across the valley, most of them in Bahrain and Kalam, where the Swat River rose by more than four metres within an hour in the early morning.

"The water came down like a wall. We had ten minutes to get the guests out," said Fazal Rabbi, who owns a hotel in Bahrain, a tourist town about 60 kilometres north of Mingora, the valley's main city. His building, constructed on the riverbank in 2019, was partly washed away.

Rescue 1122 teams evacuated around 600 tourists, many of them families from Lahore, Islamabad and Karachi, who had travelled north to escape the heat of the plains. The road between Madyan and Kalam was cut in four places, and the army sent helicopters from Peshawar to ferry stranded visitors to Saidu Sharif.

The disaster revived memories of the 2022 floods, when the same stretch of river destroyed the Honeymoon Hotel in Kalam and left most of the valley's tourism infrastructure in ruins. An inquiry afterwards found that dozens of buildings had been built illegally within the river's flood zone, and the provincial government banned new construction within 200 feet of the riverbank.

Environmentalists say the ban has been widely ignored. "Every season we see new cafes with their tables in the water," said Adeel Khan of the Swat Environment Forum. "The river does not read government notifications."

The Pakistan Meteorological Department has warned of more rain in Khyber Pakhtunkhwa, Gilgit-Baltistan and the upper reaches of Punjab until Wednesday, with a risk of glacial lake outbursts in Chitral and the Hunza valley. Authorities in Dir and Shangla have closed schools as a precaution.

Chief Minister Ali Amin Gandapur announced compensation of Rs1 million for the families of each of the dead and ordered an inquiry into why early warnings did not reach hoteliers in Bahrain in time. The Water and Power Development Authority said the Tarbela Dam on the Indus, downstream of the Swat's confluence with the Kabul River, was able to absorb the inflow.

Pakistan, among the ten countries most affected by climate change according to Germanwatch, lost more than 1,700 people in the 2022 monsoon floods, which submerged a third of the country.

Tourists from Gulf countries, including Bahrain and the United Arab Emirates, have in recent years been drawn to Swat by its cooler summers, the province's tourism department says.
""", [
    ("PESHAWAR", "PK", T), ("Swat", "PK", N), ("Khyber Pakhtunkhwa", "PK", A), ("Bahrain#1,2,3", "PK", T, (35.20, 72.55)),
    ("Kalam", "PK", T, (35.49, 72.58)), ("Swat River", "PK", N), ("Mingora", "PK", T), ("Lahore", "PK", T),
    ("Islamabad", "PK", T), ("Karachi", "PK", T), ("Madyan", "PK", T), ("Peshawar", "PK", T), ("Saidu Sharif", "PK", T),
    ("Honeymoon Hotel", "PK", Q), ("Swat Environment Forum", "PK", Q), ("Pakistan Meteorological Department", "PK", Q),
    ("Gilgit-Baltistan", "PK", A), ("Punjab", "PK", A), ("Chitral", "PK", N), ("Hunza", "PK", N), ("Dir", "PK", N),
    ("Shangla", "PK", N), ("Tarbela Dam", "PK", N), ("Indus", "*", N), ("Kabul River", "*", N), ("Pakistan", "PK", C),
    ("Gulf", "*", N), ("Bahrain#4", "BH", C), ("United Arab Emirates", "AE", C),
])

add("a", """Waikato River cleanup stalls as Hamilton council balks at cost

HAMILTON: A $120 million plan to stop stormwater and sediment pouring into the Waikato River from Hamilton's newest suburbs has been put on hold after councillors baulked at the cost, angering iwi leaders and farmers downstream.

Hamilton City Council voted 8-6 on Thursday to defer the first stage of the project, which would have built wetlands and settling ponds around Rototuna and Peacocke, the fast-growing southern suburb where 20,000 people are expected to live within 30 years.

Mayor Tim Macindoe said ratepayers were already facing an average rise of more than 12 per cent. "We support a healthy awa, but we have to be honest with people about what they can pay this year," he said.

Waikato-Tainui, the iwi whose 2010 settlement with the Crown gave it a role in managing the river, said it was "deeply disappointed". The river is New Zealand's longest, running 425km from Lake Taupō through Hamilton to the Tasman Sea at Port Waikato.

"Te Awa o Waikato is our ancestor. We do not defer the health of our ancestor," said Linda Te Aho, a Waikato-Tainui negotiator, speaking at Tūrangawaewae Marae in Ngāruawāhia.

Regional council monitoring shows that nitrogen and E. coli levels in the river rise sharply between Cambridge and Huntly, as streams draining dairy farms and urban areas join the main channel. Swimming spots at Hamilton Gardens and Ngāruawāhia were closed for several days last summer after heavy rain.

Farmers in the Waipā district around Te Awamutu and Cambridge have spent millions fencing waterways and planting riverbanks under the Healthy Rivers plan, and say the city must do its part. "It's a bit rich to lecture farmers about runoff when the biggest pipe on the river belongs to the council," said Dallas Harrison, who milks 400 cows near Ōhaupō.

Hamilton, New Zealand's fourth-largest city, has grown by more than 40,000 people in two decades, drawing families priced out of Auckland, 125km to the north, and commuters who work in Tauranga and the Bay of Plenty.

The Government's freshwater rules, loosened last year, leave councils more room to delay. Environment Minister Penny Simmonds said in Wellington that the decision was "a matter for Hamilton ratepayers".

Fish & Game's Waikato manager said the delay was short-sighted. Trout anglers on the Waipā River, which meets the Waikato at Ngāruawāhia, report fewer fish each season.

The city's name causes its own confusion. Council staff say they regularly receive invoices, job applications and even wedding bookings intended for Hamilton, Ontario, the Canadian steel city of 570,000 people across the Pacific.

The council will revisit the project in next year's long-term plan.

- Additional reporting: Waikato Times
""", [
    ("Waikato River", "NZ", N), ("Hamilton#1,2,3,4,5,6,7", "NZ", T, (-37.79, 175.28)), ("HAMILTON", "NZ", T, (-37.79, 175.28)),
    ("Hamilton City Council", "NZ", Q), ("Rototuna", "NZ", N), ("Peacocke", "NZ", N), ("Waikato-Tainui", "NZ", Q),
    ("New Zealand", "NZ", C), ("Lake Taupō", "NZ", N), ("Tasman Sea", "*", N), ("Port Waikato", "NZ", T),
    ("Te Awa o Waikato", "NZ", N), ("Tūrangawaewae Marae", "NZ", Q), ("Ngāruawāhia", "NZ", T),
    ("Cambridge", "NZ", T, (-37.89, 175.47)), ("Huntly", "NZ", T, (-37.56, 175.16)), ("Hamilton Gardens", "NZ", Q),
    ("Waipā", "NZ", A), ("Te Awamutu", "NZ", T), ("Dallas", "-", N), ("Ōhaupō", "NZ", T), ("Auckland", "NZ", T),
    ("Tauranga", "NZ", T), ("Bay of Plenty", "NZ", A), ("Wellington", "NZ", T), ("Waikato", "NZ", N),
    ("Waipā River", "NZ", N), ("Hamilton#8", "CA", T, (43.26, -79.87)), ("Ontario", "CA", A), ("Canadian", "CA", C),
    ("Pacific", "*", N), ("Waikato Times", "NZ", Q),
])

add("a", """Galamsey turns the Pra brown again as Ashanti chiefs demand action

KUMASI, Ghana (GNA) — Traditional rulers in the Ashanti Region have given the government 30 days to remove illegal gold miners from the Pra and Offin rivers, warning that communities in Amansie and Adansi can no longer drink water that has turned the colour of cocoa.

The Asantehene, Otumfuo Osei Tutu II, told a durbar of chiefs at the Manhyia Palace in Kumasi on Tuesday that galamsey, as illegal small-scale mining is known in Ghana, was "destroying the inheritance of our grandchildren" and called on security agencies to arrest financiers, not only the young men working the pits.

The Ghana Water Company said its treatment plant at Daboase on the Pra, which supplies Sekondi-Takoradi, had been forced to shut down twice this year because of turbidity levels more than ten times above what the plant was designed to handle. In Obuasi, home to AngloGold Ashanti's underground mine, residents say the Jimi River has become a pool of mud.

"When I was a boy we swam in the Offin. Now even the fish have run away," said Nana Kwame Boateng, a sub-chief at Dunkwa-on-Offin in the Central Region, where excavators operate in plain sight along the riverbank.

The Minister for Lands and Natural Resources, Emmanuel Armah-Kofi Buah, said in Accra that a new task force had seized 120 excavators and 600 water pumps since January and that foreigners, including Chinese nationals, had been deported. He said the government would deploy the navy's river patrol boats on the Ankobra and Tano, in the Western Region, from next month.

The crisis has strained Ghana's cocoa belt. The Ghana Cocoa Board says thousands of hectares of farmland in Ashanti, Eastern and Western North regions have been sold to miners by farmers hit by swollen shoot disease and low prices.

Civil society groups, led by the Media Coalition Against Galamsey, marched through Kumasi's Adum business district last week. "Gold price is high, so the temptation is high," said Florence Agyeiwaa, a teacher who joined the march. "But we cannot drink gold."

Ghana is Africa's largest gold producer, and the metal accounts for more than a third of its exports. Analysts say record prices on world markets have drawn new investors into informal mining, including buyers from Burkina Faso, Togo and Côte d'Ivoire.

Officials from Tanzania and Sierra Leone, which face similar problems, attended the durbar as observers.

Reporting by Kwadwo Asante, GNA, Kumasi
""", [
    ("Pra", "GH", N), ("Ashanti", "GH", A), ("KUMASI", "GH", T), ("Ghana", "GH", C), ("Ashanti Region", "GH", A),
    ("Offin", "GH", N), ("Amansie", "GH", N), ("Adansi", "GH", N), ("Manhyia Palace", "GH", Q), ("Kumasi", "GH", T),
    ("Ghana Water Company", "GH", Q), ("Daboase", "GH", T), ("Sekondi-Takoradi", "GH", T), ("Obuasi", "GH", T),
    ("AngloGold Ashanti", "GH", Q), ("Jimi River", "GH", N), ("Dunkwa-on-Offin", "GH", T), ("Central Region", "GH", A),
    ("Accra", "GH", T), ("Chinese", "CN", C), ("Ankobra", "GH", N), ("Tano", "GH", N), ("Western Region", "GH", A),
    ("Ghana Cocoa Board", "GH", Q), ("Eastern", "GH", A), ("Western North", "GH", A), ("Adum", "GH", N),
    ("Florence", "-", N), ("Africa", "*", N), ("Burkina Faso", "BF", C), ("Togo", "TG", C), ("Côte d'Ivoire", "CI", C),
    ("Tanzania", "TZ", C), ("Sierra Leone", "SL", C),
])

# ======================= (b) international =======================

add("b", """Record boat arrivals on El Hierro strain Spain's smallest Canary island

LA RESTINGA, Spain (AP) — The fishing village of La Restinga, on the southern tip of El Hierro, has a population of about 500 people. On Sunday alone, 612 migrants stepped onto its small concrete quay from three wooden boats that had spent up to nine days crossing the Atlantic from the coast of Mauritania and Senegal.

Spain's Interior Ministry said more than 19,000 people had reached the Canary Islands by sea so far this year, most of them on El Hierro, the westernmost and least populated island of the archipelago. Aid workers said many were from Mali, fleeing fighting between the army and jihadist groups, along with people from Senegal, Gambia and Guinea.

"We have a dock built for a few fishing boats and a first-aid tent," said Juan Miguel Padrón, a Red Cross coordinator. "Some nights we receive more people than live in the village."

Most new arrivals are transferred within days to reception centres on Tenerife and Gran Canaria, and from there many are flown to cities on the Spanish mainland, including Madrid, Málaga and Alicante. The regional government in Santa Cruz de Tenerife says its shelters for unaccompanied minors hold more than 5,000 children, four times their capacity, and has demanded that other Spanish regions take more of them.

The route, one of the deadliest in the world, has shifted south in the past two years. Boats that once left from Morocco and Western Sahara now depart from Nouadhibou in northern Mauritania or from fishing towns in Senegal such as Mbour and Saint-Louis, some 1,500 kilometres away. The Spanish migrant rights group Caminando Fronteras estimates that thousands of people die each year on the crossing.

Spain and the European Union have signed agreements with Mauritania worth more than 500 million euros to improve border controls, and Prime Minister Pedro Sánchez visited Nouakchott, Dakar and Banjul last year to promote legal work schemes. Frontex, the EU border agency based in Warsaw, has deployed surveillance aircraft off West Africa.

On El Hierro, residents have mostly welcomed the new arrivals, though some worry about the strain on the island's single hospital in Valverde, its capital. Volunteers bring blankets and hot soup to the quay. "These people have done something we cannot imagine," said Lincoln Barrera, a diving instructor who has helped carry exhausted passengers from the boats. "The least we can do is give them a coffee."

Associated Press writer Renata Brito reported from Barcelona.
""", [
    ("El Hierro", "ES", N), ("Spain", "ES", C), ("Canary", "ES", Q), ("LA RESTINGA", "ES", T), ("La Restinga", "ES", T),
    ("Atlantic", "*", N), ("Mauritania", "MR", C), ("Senegal", "SN", C), ("Canary Islands", "ES", N), ("Mali", "ML", C),
    ("Gambia", "GM", C), ("Guinea", "GN", C), ("Red Cross", "-", N), ("Tenerife", "ES", N), ("Gran Canaria", "ES", N),
    ("Spanish", "ES", C), ("Madrid", "ES", T), ("Málaga", "ES", T), ("Alicante", "ES", T),
    ("Santa Cruz de Tenerife", "ES", T), ("Morocco", "MA", C), ("Western Sahara", "EH", N), ("Nouadhibou", "MR", T),
    ("Mbour", "SN", T), ("Saint-Louis", "SN", T), ("Caminando Fronteras", "-", N), ("European Union", "*", Q),
    ("Nouakchott", "MR", T), ("Dakar", "SN", T), ("Banjul", "GM", T), ("EU", "*", Q), ("Warsaw", "PL", T),
    ("West Africa", "*", N), ("Valverde", "ES", T, (27.81, -17.92)), ("Lincoln", "-", N), ("Barcelona", "ES", T),
])

add("b", """Dengue surges across South America as El Niño heat lingers

LIMA, Peru, March 18 (Reuters) - Peru declared a health emergency in 18 of its 25 regions on Monday as dengue cases surged across South America, with health officials in Brazil, Argentina and Paraguay also reporting record or near-record infections during an unusually hot and wet summer.

Peru's Health Ministry said it had recorded more than 135,000 cases and 117 deaths so far this year, more than triple the figure for the same period of 2023. The northern coastal regions of Piura, Lambayeque and La Libertad were the worst hit, with hospitals in Piura and Trujillo setting up tents in their car parks to handle patients.

"Our emergency room has been full since January," said Dr. Carmen Ruiz at the Belén hospital in Trujillo, Peru's third-largest city. "Whole families are coming in with fever at the same time."

The Pan American Health Organization (PAHO), based in Washington, said the Americas had registered more than 3.5 million cases in the first three months of the year, more than in the whole of 2023. Brazil accounted for about 80% of them, with Minas Gerais, São Paulo and the Federal District around Brasília declaring emergencies.

In Argentina, the outbreak has reached further south than ever before, with local transmission confirmed in Buenos Aires and in the province of Córdoba. Pharmacies in Rosario and Mendoza ran out of insect repellent, and the government of President Javier Milei came under fire for declining to buy a Japanese-developed vaccine, Qdenga, for a national campaign.

Paraguay's capital Asunción and the border city of Ciudad del Este have been hit hard, along with Bolivia's eastern lowlands around Santa Cruz. In Uruguay, where dengue was unknown until 2016, authorities in Montevideo reported the first locally acquired cases of the season.

Scientists link the spread to the El Niño weather pattern, which warmed the Pacific off the coast of Peru and brought heavy rain to areas where the Aedes aegypti mosquito breeds in standing water, as well as to rising temperatures that allow the insect to survive in higher and cooler places, including parts of the Andes.

"What we see in Peru and Argentina is what climate models told us to expect in 2040 or 2050," said Jordan Smith, an epidemiologist at the London School of Hygiene & Tropical Medicine.

The outbreak has also been felt in Europe: health authorities in Spain reported several imported cases among travellers returning from Latin America, including a couple from the town of Trujillo in Extremadura who had visited relatives in Peru.

(Reporting by Marco Aquino in Lima, additional reporting by Lucinda Elliott in Montevideo and Eliana Raszewski in Buenos Aires; editing by Chad Sanders)
""", [
    ("LIMA", "PE", T), ("Peru", "PE", C), ("South America", "*", N), ("Brazil", "BR", C), ("Argentina", "AR", C),
    ("Paraguay", "PY", C), ("Piura#1", "PE", A), ("Piura#2", "PE", T), ("Lambayeque", "PE", A), ("La Libertad", "PE", A),
    ("Trujillo#1,2", "PE", T, (-8.11, -79.03)), ("Belén", "PE", Q), ("Pan American Health Organization", "*", Q),
    ("Washington", "US", T), ("Americas", "*", N), ("Minas Gerais", "BR", A), ("São Paulo", "BR", A),
    ("Federal District", "BR", A), ("Brasília", "BR", T), ("Buenos Aires", "AR", T), ("Córdoba", "AR", A),
    ("Rosario", "AR", T), ("Mendoza", "AR", T), ("Japanese", "JP", C), ("Asunción", "PY", T), ("Ciudad del Este", "PY", T),
    ("Bolivia", "BO", C), ("Santa Cruz", "BO", N), ("Uruguay", "UY", C), ("Montevideo", "UY", T), ("El Niño", "-", N),
    ("Pacific", "*", N), ("Andes", "*", N), ("Jordan", "-", N), ("London School of Hygiene & Tropical Medicine", "GB", Q),
    ("Europe", "*", N), ("Spain", "ES", C), ("Latin America", "*", N), ("Trujillo#3", "ES", T, (39.46, -5.88)),
    ("Extremadura", "ES", A), ("Lima", "PE", T), ("Chad", "-", N),
])

add("b", """Guyana and Venezuela trade accusations over Essequibo as ICJ hearing nears

GEORGETOWN, Guyana (AP) — Guyana accused Venezuela on Wednesday of sending troops and armed miners across the Cuyuní River into the disputed Essequibo region, weeks before the International Court of Justice in The Hague is due to hear final arguments in the two countries' long-running border case.

Guyanese President Irfaan Ali said soldiers had fired on a military patrol near Eteringbang, a remote mining outpost on the river, wounding two men who were flown to a hospital in Georgetown. "Guyana will not be intimidated. Not one blade of grass will be surrendered," Ali told reporters.

Venezuela's Foreign Minister Yván Gil said in Caracas that the accusation was "a fabrication to please ExxonMobil" and repeated his government's position that the territory west of the Essequibo River, about two-thirds of Guyana's land, belongs to Venezuela under a 1966 agreement signed in Geneva.

The dispute dates back to an 1899 arbitration in Paris that drew the border when Guyana was a British colony. It flared in 2015 after ExxonMobil discovered oil off the coast, turning Guyana into one of the world's fastest-growing economies. Production from the Stabroek block now exceeds 600,000 barrels a day.

In late 2023 President Nicolás Maduro held a referendum on creating a Venezuelan state called "Guayana Esequiba" and ordered maps redrawn, prompting Brazil to reinforce its border garrisons in Roraima state, which borders both countries. Brazilian troops and armored vehicles were sent to Boa Vista and to Pacaraima, a frontier town on the main road north.

The Caribbean Community, whose secretariat is in Georgetown, issued a statement urging restraint, as did the governments of Trinidad and Tobago and Barbados. The U.S. State Department said Washington "stands firmly behind Guyana's sovereignty" and the Southern Command announced joint air exercises.

Residents of Essequibo's river communities, many of them Indigenous, say they feel caught in the middle. In Bartica, a river town where gold miners buy supplies, shopkeeper Adelaide Persaud said Venezuelan bolivars were sometimes still used to pay for goods. "We sell to everybody. We don't want a war on our doorstep," she said.

Guyana's capital shares its name with more than a dozen places, including Georgetown in Washington, D.C., Georgetown in Malaysia's Penang state and the capital of the Cayman Islands. Georgetown University in Washington, which hosted talks between diplomats from both countries last year, said it was willing to do so again.

Associated Press writers Bert Wilkinson in Georgetown and Regina Garcia Cano in Caracas contributed.
""", [
    ("Guyana", "GY", C), ("Venezuela", "VE", C), ("Essequibo", "GY", N), ("GEORGETOWN", "GY", T),
    ("Cuyuní River", "*", N), ("International Court of Justice", "*", Q), ("The Hague", "NL", T), ("Guyanese", "GY", C),
    ("Eteringbang", "GY", T), ("Georgetown#1,2,6", "GY", T, (6.80, -58.16)), ("Caracas", "VE", T), ("ExxonMobil", "-", N),
    ("Essequibo River", "*", N), ("Geneva", "CH", T), ("Paris", "FR", T), ("British", "GB", C), ("Stabroek", "GY", Q),
    ("Venezuelan", "VE", C), ("Guayana Esequiba", "VE|GY", N), ("Brazil", "BR", C), ("Roraima", "BR", A),
    ("Brazilian", "BR", C), ("Boa Vista", "BR", T, (2.82, -60.67)), ("Pacaraima", "BR", T), ("Caribbean Community", "*", Q),
    ("Trinidad and Tobago", "TT", C), ("Barbados", "BB", C), ("U.S.", "US", C), ("State Department", "-", N),
    ("Washington", "US", T), ("Southern Command", "-", N), ("Bartica", "GY", T), ("Adelaide", "-", N),
    ("Georgetown#3", "US", N, (38.91, -77.07)), ("D.C.", "US", Q), ("Georgetown#4", "MY", T, (5.41, 100.33)),
    ("Malaysia", "MY", C), ("Penang", "MY", A), ("Cayman Islands", "KY", C), ("Georgetown University", "US", Q),
])

add("b", """Cholera spreads across southern Africa as rainy season floods wells

LUSAKA, Jan 22 (Reuters) - Cholera has spread to at least six countries in southern Africa, the World Health Organization said on Monday, with Zambia, Malawi and Mozambique reporting hundreds of new cases a week as seasonal rains flood wells and latrines in crowded urban settlements.

Zambia has recorded more than 15,000 cases and 580 deaths since October, most of them in Lusaka, where the government turned the 60,000-seat National Heroes Stadium into a treatment centre and delayed the reopening of schools. President Hakainde Hichilema ordered the army to help deliver clean water to the capital's Kanyama and Matero townships.

In Malawi, which suffered its deadliest outbreak on record in 2023, cases have been confirmed in 14 districts, including Blantyre and Lilongwe, the country's two largest cities, and in Mangochi on the southern shore of Lake Malawi.

"The floods are mixing sewage with drinking water, and people have no choice but to use it," said Florence Banda, a nurse at Queen Elizabeth Central Hospital in Blantyre.

Mozambique's health ministry reported outbreaks in Nampula and Zambezia provinces and in the port city of Beira, which is still rebuilding water pipes damaged by Cyclone Freddy. Zimbabwe said cases had been detected in Harare and in the mining town of Chegutu, and South Africa's health department reported imported cases in Limpopo province near the Beitbridge border post.

The WHO, based in Geneva, said a global shortage of oral cholera vaccine meant it could supply only single doses rather than the recommended two. Most of the world's supply is produced by one company in South Korea.

UNICEF said it had flown water purification tablets and oral rehydration salts to Lusaka from its warehouse in Copenhagen.

Malawi's capital and its commercial hub have long been paired with Scotland: Blantyre was named after Blantyre, the Scottish village near Glasgow where the missionary David Livingstone was born, and the Scottish government funds water projects in the country.

(Reporting by Chris Mfula in Lusaka and Frank Phiri in Blantyre; editing by Jordan Kent)
""", [
    ("LUSAKA", "ZM", T), ("Africa", "*", N), ("World Health Organization", "*", Q), ("Zambia", "ZM", C), ("Malawi", "MW", C),
    ("Mozambique", "MZ", C), ("Lusaka", "ZM", T), ("National Heroes Stadium", "ZM", Q), ("Kanyama", "ZM", N), ("Matero", "ZM", N),
    ("Blantyre#1,2,3,5", "MW", T, (-15.79, 35.01)), ("Lilongwe", "MW", T), ("Mangochi", "MW", T), ("Lake Malawi", "*", N),
    ("Florence", "-", N), ("Queen Elizabeth Central Hospital", "MW", Q), ("Nampula", "MZ", A), ("Zambezia", "MZ", A),
    ("Beira", "MZ", T), ("Cyclone Freddy", "-", N), ("Zimbabwe", "ZW", C), ("Harare", "ZW", T), ("Chegutu", "ZW", T),
    ("South Africa", "ZA", C), ("Limpopo", "ZA", A), ("Beitbridge", "ZW|ZA", N), ("WHO", "*", Q), ("Geneva", "CH", T),
    ("South Korea", "KR", C), ("Copenhagen", "DK", T), ("Scotland", "GB", A), ("Blantyre#4", "GB", T, (55.78, -4.09)),
    ("Scottish", "GB", A), ("Glasgow", "GB", T), ("David Livingstone", "-", N), ("Jordan Kent", "-", N),
])

add("b", """Pacific leaders meet in Tonga as climate and China dominate agenda

NUKU'ALOFA, Tonga (AP) — Leaders of Pacific island nations gathered in Tonga's capital on Monday for their annual summit, with rising seas, climate finance and competition between China and the United States for influence in the region at the top of the agenda.

The Pacific Islands Forum, which groups 18 members including Australia and New Zealand, is meeting in Nuku'alofa for the first time since the 2022 eruption of the Hunga Tonga-Hunga Ha'apai volcano, which blanketed the kingdom in ash and cut its undersea internet cable for five weeks.

Tuvalu's prime minister, Feleti Teo, said his country of 11,000 people spread over nine low-lying atolls could not wait for "promises written in Paris and forgotten in Washington." Under a treaty with Canberra that took effect last year, Tuvaluans can apply for permanent residency in Australia, a deal critics in Funafuti said traded sovereignty for migration.

Solomon Islands, which signed a security pact with Beijing in 2022, sent its foreign minister instead of its prime minister. Diplomats said leaders from Fiji, Papua New Guinea and Vanuatu pressed for a regional policing initiative, backed by Canberra and Wellington, that would train officers in Suva, Port Moresby and Port Vila and reduce the need for Chinese police assistance.

New Caledonia's status was also discussed. The French territory was shaken by deadly riots in Nouméa in 2024 over voting rights, and Kanak leaders have asked the forum to press Paris on independence talks. France's overseas minister is attending as an observer.

The summit opened with a traditional kava ceremony at the royal palace. Tonga's King Tupou VI welcomed leaders and urged them to "remember that our ocean connects us more than it divides us."

Kiribati and the Marshall Islands renewed their appeal for money to raise coastlines and relocate villages. A World Bank study released last week estimated that Pacific island states would need $1 billion a year to adapt to sea level rise.

Associated Press writer Rod McGuirk contributed from Canberra.
""", [
    ("NUKU'ALOFA", "TO", T), ("Tonga", "TO", C), ("Pacific", "*", N), ("China", "CN", C), ("United States", "US", C),
    ("Pacific Islands Forum", "*", Q), ("Australia", "AU", C), ("New Zealand", "NZ", C), ("Nuku'alofa", "TO", T),
    ("Hunga Tonga-Hunga Ha'apai", "TO", N), ("Tuvalu", "TV", C), ("Paris", "FR", T), ("Washington", "US", T),
    ("Canberra", "AU", T), ("Tuvaluans", "TV", C), ("Funafuti", "TV", N), ("Solomon Islands", "SB", C), ("Beijing", "CN", T),
    ("Fiji", "FJ", C), ("Papua New Guinea", "PG", C), ("Vanuatu", "VU", C), ("Wellington", "NZ", T), ("Suva", "FJ", T),
    ("Port Moresby", "PG", T), ("Port Vila", "VU", T), ("Chinese", "CN", C), ("New Caledonia", "NC", N), ("French", "FR", C),
    ("Nouméa", "NC", T), ("Kanak", "-", N), ("France", "FR", C), ("Kiribati", "KI", C), ("Marshall Islands", "MH", C),
    ("World Bank", "-", N),
])

add("b", """Iceland evacuates Grindavík and Blue Lagoon as new eruption begins

REYKJAVIK, Iceland, Nov 20 (Reuters) - A volcanic eruption began on Iceland's Reykjanes peninsula late on Wednesday, the country's Meteorological Office said, spewing lava from a fissure about 3 km (2 miles) long north of the fishing town of Grindavík, which was evacuated for the tenth time in two years.

The Blue Lagoon geothermal spa, one of Iceland's most visited tourist sites, was also evacuated, with about 50 cars and a number of buses leaving the site in the dark, public broadcaster RUV reported. Lava flowed towards the Svartsengi power plant, which supplies heat and water to around 30,000 people on the peninsula, but defensive barriers built over the past year appeared to be holding.

Flights at Keflavík International Airport, about 20 km to the north-west, were operating normally, the airport operator Isavia said. The eruption is not expected to produce large amounts of ash, unlike the 2010 eruption of Eyjafjallajökull in southern Iceland, which grounded flights across Europe for days.

"This is now a pattern, not an event," said volcanologist Ármann Höskuldsson of the University of Iceland. "The Reykjanes system has woken up after 800 years, and it may stay active for decades."

Most of Grindavík's 3,700 residents have not returned since November 2023, when earthquakes opened deep cracks in the town's streets. The government bought more than 900 homes, and many families now live in Reykjavik, Hafnarfjörður and Reykjanesbær.

Iceland, which sits on the Mid-Atlantic Ridge between the North American and Eurasian plates, has 33 active volcanic systems. Scientists from Norway and Denmark, which maintain seismic monitoring stations in the North Atlantic, have joined Icelandic teams studying the magma chamber beneath the peninsula.

Tourism, which accounts for about a third of Iceland's export earnings, has held up, with visitors from the United States, Germany and Britain travelling by bus from Reykjavik to view the lava from a safe distance near the town of Vogar.

(Reporting by Louise Rasmussen in Copenhagen and Nerijus Adomaitis in Oslo; Editing by Austin Lincoln)
""", [
    ("Iceland", "IS", C), ("Grindavík", "IS", T), ("Blue Lagoon", "IS", Q), ("REYKJAVIK", "IS", T), ("Reykjanes", "IS", N),
    ("Meteorological Office", "-", N), ("Svartsengi", "IS", N), ("Keflavík International Airport", "IS", Q),
    ("Eyjafjallajökull", "IS", N), ("Europe", "*", N), ("University of Iceland", "IS", Q), ("Reykjavik", "IS", T),
    ("Hafnarfjörður", "IS", T), ("Reykjanesbær", "IS", T), ("Mid-Atlantic Ridge", "*", N), ("North American", "-", N),
    ("Eurasian", "-", N), ("Norway", "NO", C), ("Denmark", "DK", C), ("North Atlantic", "*", N), ("Icelandic", "IS", C),
    ("United States", "US", C), ("Germany", "DE", C), ("Britain", "GB", C), ("Vogar", "IS", T), ("Copenhagen", "DK", T),
    ("Oslo", "NO", T), ("Austin Lincoln", "-", N),
])

add("b", """Central Asian leaders seek water deal as Amu Darya runs low

ASTANA, Kazakhstan (AP) — The presidents of five Central Asian nations met in the Kazakh capital on Friday to discuss how to share the shrinking waters of the Amu Darya and Syr Darya rivers, as a new canal being built by Afghanistan's Taliban threatens to divert a large share of the flow before it reaches downstream farms.

Kazakh President Kassym-Jomart Tokayev hosted the leaders of Uzbekistan, Turkmenistan, Kyrgyzstan and Tajikistan at the Palace of Independence in Astana. Officials said the talks focused on the Qosh Tepa canal, a 285-kilometer channel in northern Afghanistan that could take up to a fifth of the Amu Darya's water when completed.

"Water is the most important question for the future of our region, more important than oil or gas," said Uzbek President Shavkat Mirziyoyev, whose country's cotton and wheat fields in Karakalpakstan and the Khorezm region depend almost entirely on irrigation.

The Amu Darya and the Syr Darya once fed the Aral Sea, which has lost about 90% of its area since the 1960s because of Soviet-era irrigation projects. Kazakhstan has partly restored the northern part of the sea with a dam, bringing fishing back to the port town of Aralsk.

Upstream, Kyrgyzstan and Tajikistan want to build hydroelectric dams, including the giant Rogun dam on the Vakhsh river, which Dushanbe says will make the country a major power exporter. Downstream states fear that reservoirs will hold back water in summer, when farmers need it most.

Diplomats said the leaders agreed to set up a joint commission in Tashkent to monitor flows and to seek talks with the Taliban authorities in Kabul. Representatives from Moscow, Beijing and Brussels attended as observers, reflecting the growing competition for influence in a region that sits on trade routes between China and Europe.

Turkmen President Serdar Berdimuhamedov invited the group to meet next year in Ashgabat. Kyrgyz President Sadyr Japarov, who flew in from Bishkek, said climate change was melting the Tian Shan glaciers that feed the rivers faster than expected.

"Today we have too much water in spring and too little in August. Tomorrow we may have too little all year," he said.

Associated Press writer Dasha Litvinova in Tallinn, Estonia, contributed to this report.
""", [
    ("Central Asian", "*", Q), ("Amu Darya", "*", N), ("ASTANA", "KZ", T), ("Kazakhstan", "KZ", C), ("Kazakh", "KZ", C),
    ("Syr Darya", "*", N), ("Afghanistan", "AF", C), ("Uzbekistan", "UZ", C), ("Turkmenistan", "TM", C),
    ("Kyrgyzstan", "KG", C), ("Tajikistan", "TJ", C), ("Palace of Independence", "KZ", Q), ("Astana", "KZ", T),
    ("Qosh Tepa", "AF", N), ("Uzbek", "UZ", C), ("Karakalpakstan", "UZ", A), ("Khorezm", "UZ", A), ("Aral Sea", "*", N),
    ("Soviet", "-", N), ("Aralsk", "KZ", T), ("Rogun", "TJ", N), ("Vakhsh", "TJ", N), ("Dushanbe", "TJ", T),
    ("Tashkent", "UZ", T), ("Taliban", "-", N), ("Kabul", "AF", T), ("Moscow", "RU", T), ("Beijing", "CN", T),
    ("Brussels", "BE", T), ("China", "CN", C), ("Europe", "*", N), ("Turkmen", "TM", C), ("Ashgabat", "TM", T),
    ("Kyrgyz", "KG", C), ("Bishkek", "KG", T), ("Tian Shan", "*", N), ("Tallinn", "EE", T), ("Estonia", "EE", C),
])

# ======================= (c) business / shipping / energy / sport / science =======================

add("c", """Panama Canal lifts draft limits but warns of drought ahead

PANAMA CITY (Reuters) - The Panama Canal will raise the maximum draft for ships crossing its largest locks and add daily transit slots from next month, its administrator said on Thursday, after rains refilled Gatun Lake, the reservoir that feeds the waterway.

Ricaurte Vásquez told reporters that the lake had recovered to 86 feet, close to normal levels for the season, allowing the canal to handle 36 ships a day, up from as few as 22 at the height of a drought that disrupted global shipping in 2023 and 2024.

Shipping lines including Denmark's Maersk and Switzerland-based MSC rerouted vessels around Cape Horn or through the Suez Canal during the restrictions, and some U.S. grain exporters shifted cargoes from Gulf of Mexico ports to the Pacific Northwest.

The canal authority is pressing ahead with a $1.6 billion reservoir on the Río Indio, west of the canal, that would require relocating about 2,000 people in the provinces of Coclé and Colón. Residents of villages along the river have protested in Panama City and in Penonomé.

Trade through the canal's Atlantic entrance at Colón and the Pacific port of Balboa supports about a fifth of Panama's economy. Dubai Ports World and Hong Kong's CK Hutchison operate terminals on both coasts, and a sale of CK Hutchison's ports to a group led by BlackRock has drawn attention from Washington and Beijing.

Panama City, Panama, should not be confused with Panama City, Florida, the beach resort on the Gulf coast, where port officials said they were watching the canal's decisions closely because of the impact on freight rates.

(Reporting by Elida Moreno in Panama City; Editing by Sydney Chávez)
""", [
    ("PANAMA CITY", "PA", T), ("Panama Canal", "PA", N), ("Gatun Lake", "PA", N), ("Denmark", "DK", C),
    ("Maersk", "-", N), ("Switzerland", "CH", C), ("Cape Horn", "CL", N), ("Suez Canal", "EG", N), ("U.S.", "US", C),
    ("Gulf of Mexico", "*", N), ("Pacific Northwest", "US", N), ("Río Indio", "PA", N), ("Coclé", "PA", A),
    ("Colón#1", "PA", A), ("Panama City#1,2,4", "PA", T, (8.99, -79.52)), ("Penonomé", "PA", T), ("Atlantic", "*", N),
    ("Colón#2", "PA", T), ("Pacific", "*", N), ("Balboa", "PA", T), ("Panama", "PA", C), ("Dubai Ports World", "AE", Q),
    ("Hong Kong", "HK", N), ("CK Hutchison", "-", N), ("Washington", "US", T), ("Beijing", "CN", T),
    ("Panama City#3", "US", T, (30.16, -85.66)), ("Florida", "US", A),
    ("Gulf", "*", N), ("Sydney", "-", N),
])

add("c", """Lithium rush turns Argentina's salt flats into a frontier boom

SALTA, Argentina (AP) — On the white crust of the Salar del Hombre Muerto, 4,000 meters (13,000 feet) up in the Andes, trucks now outnumber llamas. The salt flat, straddling the provinces of Catamarca and Salta, has become the center of a lithium boom that is reshaping some of Argentina's poorest regions.

Rio Tinto, the Anglo-Australian mining giant, is building a $2.5 billion plant at its Rincon project, while South Korea's POSCO and the U.S.-based Arcadium operate nearby. Argentina, with neighboring Chile and Bolivia, sits on more than half of the world's known lithium resources, an area known as the lithium triangle.

President Javier Milei's government has offered 30 years of tax and currency guarantees to large investors, and mining companies say Argentina could overtake Chile as the world's second-largest producer by 2030.

In Jujuy province, Indigenous communities around the Salinas Grandes have protested against water use, saying brine extraction threatens the wetlands that feed their llama herds. "They take our water and leave us with the dust," said Clemente Flores of the village of Tres Pozos.

Towns such as San Antonio de los Cobres and Antofagasta de la Sierra, a village of 1,500 people in Catamarca, have seen new hotels and restaurants open. Many workers fly in from Córdoba or from Buenos Aires, 1,600 kilometers away.

The ore travels by truck to Chilean ports, mainly Antofagasta and Mejillones, a route that Argentine officials want to replace with a revived railway line to Salta.

Associated Press writer Débora Rey contributed from Buenos Aires.
""", [
    ("Argentina", "AR", C), ("SALTA", "AR", T), ("Salar del Hombre Muerto", "AR", N), ("Andes", "*", N),
    ("Catamarca", "AR", A), ("Salta#1", "AR", A), ("Rio Tinto", "-", N), ("Anglo-Australian", "GB|AU", Q),
    ("South Korea", "KR", C), ("U.S.", "US", C), ("Chile", "CL", C), ("Bolivia", "BO", C), ("Jujuy", "AR", A),
    ("Salinas Grandes", "AR", N), ("Tres Pozos", "AR", T), ("San Antonio de los Cobres", "AR", T),
    ("Antofagasta de la Sierra", "AR", T), ("Córdoba", "AR", T), ("Buenos Aires", "AR", T), ("Chilean", "CL", C),
    ("Antofagasta", "CL", T), ("Mejillones", "CL", T), ("Argentine", "AR", C), ("Salta#2", "AR", T),
])

add("c", """Bayern Munich edge Real Madrid as Newcastle crash out in Champions League

MUNICH, April 16 (Reuters) - Harry Kane's late penalty gave Bayern Munich a 2-1 win over Real Madrid at the Allianz Arena on Wednesday, sending the German champions into the Champions League semi-finals 4-3 on aggregate and ending the Spanish club's hopes of a third straight title.

Vinicius Jr had put Real ahead on the night after 23 minutes, but Jamal Musiala levelled before halftime and Kane converted in the 88th minute after a handball by Antonio Rüdiger, the former Germany defender who spent his early career in Stuttgart.

"This stadium, these fans, the noise at the end - it is why you come to Munich," said Bayern coach Vincent Kompany, who as a player won four Premier League titles with Manchester City.

Bayern will face Inter Milan, who beat Borussia Dortmund 3-0 at San Siro on Tuesday, for a place in the final in Budapest on May 30. The other semi-final pits Paris St Germain against Arsenal.

Earlier on Wednesday, Newcastle United were eliminated after a 1-1 draw with Barcelona at St James' Park, a night of frustration for a city that has waited since 1969 for a European trophy. Australian defender Jordan Lewis, born in Newcastle, New South Wales, scored Newcastle's goal with a header but missed a chance to win the tie in stoppage time.

"Two Newcastles, one heartbreak," Lewis said, smiling. "My family back home stayed up till five in the morning."

Barcelona, who were without the injured Pedri, return to La Liga on Saturday against Real Madrid at the Estadio Santiago Bernabéu.

(Reporting by Karolos Grohmann in Munich and Fernando Kallas in Madrid; Editing by Ken Ferris)
""", [
    ("Bayern Munich", "DE", Q), ("Real Madrid", "ES", Q), ("Newcastle#1,4", "GB", Q), ("Champions League", "-", N),
    ("MUNICH", "DE", T), ("Allianz Arena", "DE", Q), ("German", "DE", C), ("Spanish", "ES", C), ("Real", "-", N),
    ("Germany", "DE", C), ("Stuttgart", "DE", T), ("Munich", "DE", T), ("Bayern", "-", N), ("Premier League", "-", N),
    ("Manchester City", "GB", Q), ("Inter Milan", "IT", Q), ("Borussia Dortmund", "DE", Q), ("San Siro", "IT", Q),
    ("Budapest", "HU", T), ("Paris St Germain", "FR", Q), ("Arsenal", "-", N), ("Newcastle United", "GB", Q),
    ("Barcelona", "ES", Q), ("St James' Park", "GB", Q), ("European", "*", Q), ("Australian", "AU", C), ("Jordan Lewis", "-", N),
    ("Newcastle#3", "AU", T, (-32.93, 151.78)), ("New South Wales", "AU", A), 
    ("La Liga", "-", N),
    ("Estadio Santiago Bernabéu", "ES", Q), ("Madrid", "ES", T),
])

add("c", """Rubin Observatory releases first images from Chilean mountaintop

LA SERENA, Chile (AP) — The Vera C. Rubin Observatory on Cerro Pachón, a mountain in the Chilean Andes, released its first images on Monday, showing millions of galaxies and thousands of asteroids in views that astronomers say will change how the night sky is studied.

The telescope, funded by the U.S. National Science Foundation and the Department of Energy, carries the largest digital camera ever built, assembled at the SLAC National Accelerator Laboratory in Menlo Park, California, and shipped to Chile by sea through the port of Valparaíso. Data will travel by fiber-optic cable to La Serena and then to Santiago before being processed in California and in France.

"In ten hours we found more than 2,000 asteroids that nobody had seen before," said Austin Davies, an astronomer at the University of Washington in Seattle.

Northern Chile's clear, dry skies have made the Coquimbo and Antofagasta regions home to some of the world's biggest observatories, including the European Southern Observatory's Very Large Telescope on Cerro Paranal. Local officials in Vicuña, a small town in the Elqui Valley known for pisco and stargazing tours, say astro-tourism has doubled in a decade.

Chilean scientists say they hope the project will train a new generation of researchers at universities in Santiago and La Serena. The observatory is named after Vera Rubin, the American astronomer whose work provided evidence for dark matter.

The images were unveiled simultaneously at events in Washington and at the Chilean government palace in Santiago, where President Gabriel Boric said the country had become "the world's window to the universe."

By Eva Vergara and Seth Borenstein
""", [
    ("Chilean", "CL", C), ("LA SERENA", "CL", T), ("Chile", "CL", C), ("Vera C. Rubin Observatory", "CL", Q),
    ("Cerro Pachón", "CL", N), ("Andes", "*", N), ("U.S.", "US", C), ("SLAC National Accelerator Laboratory", "US", Q),
    ("Menlo Park", "US", T), ("California", "US", A), ("Valparaíso", "CL", T), ("La Serena", "CL", T),
    ("Santiago", "CL", T, (-33.45, -70.66)), ("France", "FR", C), ("Austin Davies", "-", N),
    ("University of Washington", "US", Q), ("Seattle", "US", T), ("Coquimbo", "CL", A), ("Antofagasta", "CL", A),
    ("European Southern Observatory", "*", Q), ("Cerro Paranal", "CL", N), ("Vicuña", "CL", T), ("Elqui Valley", "CL", N),
    ("Vera Rubin", "-", N), ("American", "US", C), ("Washington", "US", T),
])

add("c", """Vietnam's north becomes electronics hub as suppliers leave China

BAC NINH, Vietnam, June 5 (Reuters) - Foxconn will invest a further $550 million in factories in northern Vietnam, the provincial government of Bac Giang said on Wednesday, the latest in a wave of investment by Apple and Samsung suppliers moving production out of China.

The Taiwanese contract manufacturer, which already employs more than 50,000 people in Bac Giang and Bac Ninh provinces, will build plants making circuit boards and laptop components in the Quang Chau industrial park, about 50 km (31 miles) from Hanoi.

South Korea's Samsung Electronics, Vietnam's largest foreign investor, makes about half of its smartphones in factories in Bac Ninh and Thai Nguyen. Luxshare and Goertek, which assemble AirPods, have expanded in Bac Giang and Nghe An.

"The north has become a second Shenzhen," said Nguyen Van Hung, an investment consultant in Hanoi.

Power supply remains a worry. Blackouts in May 2023 forced factories in the Red River Delta to halt production, and state utility EVN is building a new transmission line from central Vietnam. Investors also complain about congestion at Hai Phong port, the main gateway for exports to the United States and Europe.

Vietnam's exports rose 15% in the first five months of the year, the General Statistics Office said. Electronics overtook textiles and footwear, long concentrated around Ho Chi Minh City and Binh Duong in the south.

(Reporting by Francesco Guarascio in Hanoi; Editing by Kim Coghill)
""", [
    ("Vietnam", "VN", C), ("China", "CN", C), ("BAC NINH", "VN", N), ("Bac Giang", "VN", A), ("Taiwanese", "TW", C),
    ("Bac Ninh", "VN", A), ("Quang Chau", "VN", Q), ("Hanoi", "VN", T), ("South Korea", "KR", C), ("Thai Nguyen", "VN", A),
    ("Nghe An", "VN", A), ("Shenzhen", "CN", T), ("Red River Delta", "VN", N), ("Hai Phong", "VN", N),
    ("United States", "US", C), ("Europe", "*", N), ("Ho Chi Minh City", "VN", T), ("Binh Duong", "VN", A),
])

CASES = [(t, e) for _, t, e in RAW]
GENRES = [g for g, _, _ in RAW]
