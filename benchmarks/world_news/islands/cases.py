"""Islands: 40 news articles about islands and island states and territories worldwide.

News of islands as regional papers and wires write it (the Jamaica Gleaner, Loop Caribbean,
the Royal Gazette, Penguin News, the Faroese and Azorean press in English, RNZ Pacific, the Fiji
Times, the Solomon Star, Le Journal de l'ile de La Reunion in English, the Times of Malta, AFP,
Reuters), with invented events in real, correctly placed locations.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while writing them.

Genres:
  a (14): the Caribbean and the Atlantic - Jamaica's parishes, Trinidad and Tobago, the Bahamas'
          out islands, Puerto Rico, the Azores, Madeira, the Canaries, Cape Verde, Bermuda, the
          Falklands, the Faroes, Shetland and Orkney.
  b (13): the Pacific - Fiji's islands and provinces, Samoa, Tonga, Vanuatu, the Solomons,
          Kiribati, Tuvalu, the Marshalls, Guam, New Caledonia, French Polynesia, Hawaii, Okinawa.
  c (13): the Indian Ocean, the Mediterranean and Asia - Reunion, Mayotte, the Comoros,
          Madagascar, Mauritius, the Seychelles and Socotra, the Maldives, Zanzibar and Pemba,
          Sri Lanka, Malta and Gozo, Corsica and Sardinia, Crete and Cyprus, Bali and Lombok,
          Jeju, Palawan and Hokkaido.

Conventions:
  - Sovereign states and territories with their own ISO code (Puerto Rico, Guam, Bermuda, the
    Falklands, the Faroes, New Caledonia, French Polynesia, Norfolk Island...) are C with that
    code; island states named by the island (Malta, Mauritius, Fiji) are C. Singapore and Hong
    Kong are N. Reunion and Mayotte (French departments) are N with "RE|FR" / "YT|FR".
  - Islands and island groups that are not themselves a country are N (any kind), since
    gazetteers hold them as admin units, regions or nothing; islands and archipelagos that are
    first-level units (the Azores, Madeira, the Canaries, Hawaii, Okinawa, Hokkaido, Bali,
    Corsica, Sardinia, Crete, Jeju, Palawan) and parishes, provinces, districts and atolls are
    A. Towns, villages and capitals are T, with a (lat, lon) hint; atoll capitals such as
    Majuro are N.
  - Seas, oceans, straits, continents and cross-border regions are "*" N.
  - Demonyms (Jamaican, Faroese, Tongan...), news outlets, government bodies, airports, bases,
    streets and events named after a place are Q with the place's country.
  - Traps are "-": airlines, ships, banks, firms and storms named after islands or places
    (Fiji Airways, Air Tahiti Nui, Bank of the South Pacific, Bank of Valletta, MV Gizo,
    Cyclone Kirra, "Jersey" the cow), and invented people named like islands
    (Martinique Baptiste, Tahiti Moana, Jack Pentecost, Bikini Rose Jibas, Sumba Williams).
  - Namesakes carry hints: Victoria (Mahe, Gozo, Canada), George Town (Exuma, Cayman),
    Kingston (Jamaica, Norfolk Island), Hamilton (Bermuda), Saint-Denis (Reunion, Paris),
    Santa Cruz (Jamaica, Madeira), Pemba (Tanzania, Mozambique), Kuta (Bali, Lombok),
    Waimea (Kauai, Hawaii Island), Manchester (Jamaica parish vs the football club).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


add("a", """Drought bites St Elizabeth farmers as NWC trucks water to Manchester hills

By Andre Whyte, Jamaica Gleaner

Farmers in St Elizabeth say they have lost as much as half of their scallion and tomato crop after nine weeks without meaningful rain, and the National Water Commission (NWC) has begun trucking water to communities in the hills of neighbouring Manchester.

At Alligator Pond, on the coast below the Santa Cruz Mountains, vegetable grower Delroy Campbell walked the cracked rows of his two-acre plot on Tuesday. "Mi plant three times since January. Every time the sun burn it out," he said, wearing a faded Manchester United shirt. "If rain nuh come by June, a lot of we finish."

The Rural Agricultural Development Authority (RADA) estimates losses across the parish at $640 million, with the breadbasket districts around Southfield and Black River worst hit. In Mandeville, the Manchester parish capital, the NWC said storage at its main reservoir had fallen below 30 per cent.

Agriculture Minister Floyd Green toured Santa Cruz and Malvern on Wednesday and promised drip-irrigation kits for 1,200 farmers. "St Elizabeth feeds Jamaica. We cannot leave these farmers alone," Green said.

The Meteorological Service of Jamaica said conditions were also severe in Clarendon and parts of St Catherine, and that the southern plains could expect below-normal rainfall into the hurricane season. Water lock-offs have already been announced for May Pen and Spanish Town, where supply will be cut overnight from Friday.

Residents of Kingston and St Andrew have so far been spared restrictions, the NWC said, although it urged customers across the Corporate Area to store water and report leaks.""", [
    ("St Elizabeth", "JM", A),
    ("Manchester", "JM", A),
    ("Manchester United", "GB", Q),
    ("Alligator Pond", "JM", T, (17.869, -77.568)),
    ("Santa Cruz Mountains", "JM", N),
    ("Santa Cruz", "JM", T, (18.053, -77.698)),
    ("Southfield", "JM", T, (17.888, -77.667)),
    ("Black River", "JM", T, (18.026, -77.849)),
    ("Mandeville", "JM", T, (18.042, -77.507)),
    ("Malvern", "JM", T, (17.97, -77.70)),
    ("Jamaica", "JM", C),
    ("Jamaica Gleaner", "JM", Q),
    ("Meteorological Service of Jamaica", "JM", Q),
    ("Clarendon", "JM", A),
    ("St Catherine", "JM", A),
    ("May Pen", "JM", T, (17.965, -77.245)),
    ("Spanish Town", "JM", T, (17.991, -76.957)),
    ("Kingston", "JM", T, (17.997, -76.794)),
    ("St Andrew", "JM", A),
    ("Corporate Area", "JM", N),
])

add("a", """Montego Bay hotel workers walk out over unpaid overtime

By Kimberly Hylton, Jamaica Gleaner

More than 300 workers at the Sandals-style Coral Jewel resort in Montego Bay walked off the job on Monday, saying management owes them four months of overtime pay, in a dispute that the tourism ministry fears could spread along the north coast.

The workers, mostly housekeepers and kitchen staff from St James and Hanover, gathered at the resort gate on the Rose Hall strip from 6 a.m. Some carried placards reading "We build Jamaica tourism too."

"Mi travel from Lucea every morning, two taxi, and dem cyaan pay mi what mi work," said housekeeper Trelawny Brown, a mother of three. "Is not fair."

The Ministry of Labour said conciliation officers would meet both sides in Kingston on Thursday. The Jamaica Hotel and Tourist Association (JHTA) declined to comment on a member property but said the sector had added 4,000 jobs in Ocho Rios, Negril and Falmouth since last winter.

Tourism Minister Edmund Bartlett, speaking at an event at the Sangster International Airport, said visitor arrivals from the United States and Canada remained strong. "We will not allow one dispute to damage the Jamaica brand," he said.

The resort is owned by Caymanian investors through a company registered in George Town. Its general manager, Martinique Baptiste, said in a statement that payroll had been disrupted by a "banking systems migration" and that all arrears would be paid by the end of the month.

Union delegate Howard Tulloch of the Bustamante Industrial Trade Union said the workers would stay out until the money reached their accounts, adding that staff at a sister property in Westmoreland were watching closely.""", [
    ("Montego Bay", "JM", T, (18.471, -77.919)),
    ("St James", "JM", A),
    ("Hanover", "JM", A),
    ("Rose Hall", "JM", N, (18.50, -77.81)),
    ("Jamaica", "JM", C),
    ("Jamaica Gleaner", "JM", Q),
    ("Jamaica Hotel and Tourist Association", "JM", Q),
    ("Lucea", "JM", T, (18.451, -78.174)),
    ("Trelawny Brown", "-", N),
    ("Kingston", "JM", T, (17.997, -76.794)),
    ("Ocho Rios", "JM", T, (18.408, -77.103)),
    ("Negril", "JM", T, (18.268, -78.347)),
    ("Falmouth", "JM", T, (18.493, -77.656)),
    ("Sangster International Airport", "JM", Q),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("Caymanian", "KY", Q),
    ("George Town", "KY", T, (19.287, -81.374)),
    ("Martinique Baptiste", "-", N),
    ("Westmoreland", "JM", A),
    ("Bustamante Industrial Trade Union", "-", N),
])

add("a", """Tobago ferry breakdown strands hundreds as Port of Spain promises new vessel

By Loop Caribbean News

PORT OF SPAIN, Trinidad — Hundreds of passengers were stranded at the Scarborough port on Sunday after the only fast ferry on the inter-island sea bridge broke down, the second failure in a month on the route that links Tobago with Trinidad.

The Port Authority of Trinidad and Tobago said the vessel, the MV Buccoo Reef, developed a gearbox fault shortly after leaving Scarborough at 7 a.m. and returned to port under tow. A cargo vessel, the Cabo Star, was pressed into service to carry cars but could take only 150 foot passengers.

"I have a surgery appointment in San Fernando tomorrow. I don't know how I'm getting there," said Crown Point resident Abigail Roberts, who had queued since 4 a.m.

Chief Secretary of the Tobago House of Assembly Farley Augustine called the situation "a national embarrassment" and said Tobagonians were "tired of being treated as an afterthought". Caribbean Airlines added four flights between Piarco and the ANR Robinson International Airport to clear the backlog.

In Port of Spain, Works and Transport Minister Rohan Sinanan said a replacement catamaran chartered from an operator in Australia would arrive by July. He said repairs to the Buccoo Reef would be carried out at a dry dock in Chaguaramas.

Business owners in Plymouth and Roxborough said cancellations during the Easter period had already cost them guests. The Tobago Hotel and Tourism Association said members in Castara and Charlotteville reported a 30 per cent drop in weekend bookings.

The sea bridge carries about 1.2 million passengers a year between the two islands.""", [
    ("Tobago", "TT", N),
    ("Port of Spain", "TT", T, (10.667, -61.519)),
    ("PORT OF SPAIN", "TT", T, (10.667, -61.519)),
    ("Trinidad", "TT", N),
    ("Port Authority of Trinidad and Tobago", "TT", Q),
    ("Scarborough", "TT", T, (11.182, -60.735)),
    ("Buccoo Reef", "-", N),
    ("San Fernando", "TT", T, (10.280, -61.468)),
    ("Crown Point", "TT", T, (11.15, -60.83)),
    ("Tobago House of Assembly", "TT", Q),
    ("Tobagonians", "TT", Q),
    ("Caribbean Airlines", "-", N),
    ("Piarco", "TT", N, (10.60, -61.34)),
    ("ANR Robinson International Airport", "TT", Q),
    ("Australia", "AU", C),
    ("Chaguaramas", "TT", T, (10.68, -61.64)),
    ("Plymouth", "TT", T, (11.22, -60.78)),
    ("Roxborough", "TT", T, (11.25, -60.59)),
    ("Tobago Hotel and Tourism Association", "TT", Q),
    ("Castara", "TT", T, (11.28, -60.70)),
    ("Charlotteville", "TT", T, (11.32, -60.55)),
    ("Loop Caribbean", "*", Q),
])

add("a", """Chaguanas flooding: residents count losses as Caroni River bursts banks

By Loop Caribbean News

Residents of Chaguanas and the surrounding central Trinidad villages spent Tuesday shovelling mud from their homes after the Caroni River burst its banks overnight, flooding more than 600 houses in the worst inundation the area has seen since 2018.

The Office of Disaster Preparedness and Management (ODPM) said 11 shelters were opened, including at schools in Felicity, Caroni and Couva. Rainfall totals of 190 millimetres were recorded at Piarco in 24 hours, according to the Trinidad and Tobago Meteorological Service.

"The water came in at two o'clock in the morning. By three it was at my chest," said Ramdath Persad of Kelly Village, who lost two cows and a year's supply of rice. "Every year they say they will dredge. Every year nothing."

Prime Minister Keith Rowley toured the area in a Defence Force truck and said a relief grant of TT$5,000 would be made available to affected households. Chaguanas mayor Faaiq Mohammed said roads into Enterprise and Longdenville remained impassable.

The Churchill-Roosevelt Highway was closed for six hours near Arima, and commuters from Sangre Grande reported four-hour journeys into Port of Spain.

The Met Service warned that a second tropical wave would reach the islands on Thursday. Forecasters said Tobago could also see heavy showers, and fishermen in Cedros and Point Fortin were advised to stay in port.

The Red Cross said it had distributed hampers and water to 400 families and was appealing for cleaning supplies, mattresses and baby formula.""", [
    ("Chaguanas", "TT", T, (10.517, -61.412)),
    ("Trinidad", "TT", N),
    ("Trinidad and Tobago Meteorological Service", "TT", Q),
    ("Caroni River", "TT", N),
    ("Felicity", "TT", T, (10.51, -61.43)),
    ("Caroni", "TT", N, (10.60, -61.38)),
    ("Couva", "TT", T, (10.423, -61.469)),
    ("Piarco", "TT", N, (10.60, -61.34)),
    ("Kelly Village", "TT", T, (10.58, -61.40)),
    ("Enterprise", "TT", T, (10.52, -61.40)),
    ("Longdenville", "TT", T, (10.53, -61.37)),
    ("Arima", "TT", T, (10.637, -61.282)),
    ("Sangre Grande", "TT", T, (10.587, -61.131)),
    ("Port of Spain", "TT", T, (10.667, -61.519)),
    ("Tobago", "TT", N),
    ("Cedros", "TT", T, (10.10, -61.83)),
    ("Point Fortin", "TT", T, (10.174, -61.684)),
])

add("a", """Bahamas out islands brace for storm as Nassau opens shelters

By Reuters staff

NASSAU, Bahamas (Reuters) - The Bahamas ordered the evacuation of low-lying settlements on Abaco and Grand Bahama on Wednesday as Tropical Storm Elena strengthened over warm water to the east, threatening the islands still rebuilding from Hurricane Dorian in 2019.

The National Emergency Management Agency (NEMA) said shelters would open in Nassau, Freeport and Marsh Harbour by noon, and that mailboat services to Eleuthera, Cat Island and Long Island had been suspended.

"We know what these storms can do. Nobody on Abaco is taking chances," said Marsh Harbour shop owner Cedric Knowles, who lost his store in Dorian.

The U.S. National Hurricane Center in Miami said Elena could become a hurricane by Thursday as it passed near the Exumas and Andros. Flights from George Town, Exuma, were cancelled, and Bahamasair moved aircraft from Lynden Pindling International Airport to Fort Lauderdale.

Prime Minister Philip Davis urged residents of the southern islands, including Inagua and Mayaguana, to secure property and follow instructions. Inagua's salt works, operated by Morton Salt, said it had halted loading.

Tourism officials said cruise ships due in Nassau and at Bimini had been diverted to Cozumel in Mexico. The Atlantis resort on Paradise Island said guests would shelter in place.

Elena was about 320 km (200 miles) east-southeast of Long Island at 11 a.m. with maximum sustained winds of 100 kph (60 mph), the hurricane center said. Forecasters said heavy rain could also reach the Turks and Caicos Islands and eastern Cuba by the weekend.""", [
    ("NASSAU", "BS", T, (25.058, -77.343)),
    ("Nassau", "BS", T, (25.058, -77.343)),
    ("Bahamas", "BS", C),
    ("Abaco", "BS", N),
    ("Grand Bahama", "BS", N),
    ("Elena", "-", N),
    ("Dorian", "-", N),
    ("Freeport", "BS", T, (26.533, -78.697)),
    ("Marsh Harbour", "BS", T, (26.541, -77.063)),
    ("Eleuthera", "BS", N),
    ("Cat Island", "BS", N),
    ("Long Island", "BS", N, (23.2, -75.1)),
    ("U.S", "US", C),
    ("Miami", "US", T, (25.774, -80.194)),
    ("Exumas", "BS", N),
    ("Andros", "BS", N),
    ("George Town", "BS", T, (23.516, -75.787)),
    ("Exuma", "BS", N),
    ("Bahamasair", "-", N),
    ("Lynden Pindling International Airport", "BS", Q),
    ("Fort Lauderdale", "US", T, (26.122, -80.143)),
    ("Inagua", "BS", N),
    ("Philip Davis", "-", N),
    ("Morton Salt", "-", N),
    ("Mayaguana", "BS", N),
    ("Bimini", "BS", N),
    ("Cozumel", "MX", N, (20.51, -86.95)),
    ("Mexico", "MX", C),
    ("Paradise Island", "BS", N),
    ("Turks and Caicos Islands", "TC", C),
    ("Cuba", "CU", C),
])

add("a", """Puerto Rico power outage leaves Vieques and Culebra in the dark for third day

By Reuters staff

SAN JUAN, Puerto Rico (Reuters) - Residents of the island municipalities of Vieques and Culebra entered a third day without electricity on Friday after an undersea cable failed, while a separate fault at a plant in Guayama cut power to about 200,000 customers across southern Puerto Rico.

LUMA Energy, the private operator of the island's grid, said crews had restored service in Ponce and Salinas but that repairs in Vieques depended on a specialist vessel arriving from Florida. Generators were sent to the Vieques hospital by ferry from Ceiba.

"We live on an island off an island. We are always last," said Vieques fisherman Ángel Rosario. Shops in the town of Isabel Segunda closed early as freezers warmed.

Governor Jenniffer González said she had asked the Federal Emergency Management Agency for emergency generators and would meet LUMA executives in San Juan. Mayors in Humacao, Yabucoa and Arroyo complained of repeated outages.

The outage also hit water pumps in Caguas and Cayey, and the Puerto Rico Aqueduct and Sewer Authority said about 40,000 customers had low pressure. In Mayagüez and Aguadilla, on the west coast, service was normal.

Puerto Rico's grid was largely destroyed by Hurricane Maria in 2017, and critics say reconstruction funded by Washington has been slow. The Energy Bureau has opened an inquiry into the Guayama fault.

Puerto Rico, a U.S. territory of 3.2 million people, depends heavily on imported fuel oil and gas for generation.""", [
    ("SAN JUAN", "PR", T, (18.466, -66.106)),
    ("San Juan", "PR", T, (18.466, -66.106)),
    ("Puerto Rico", "PR", C),
    ("Puerto Rico Aqueduct and Sewer Authority", "PR", Q),
    ("Vieques", "PR", N, (18.12, -65.44)),
    ("Culebra", "PR", N, (18.31, -65.30)),
    ("Guayama", "PR", T, (17.984, -66.114)),
    ("Ponce", "PR", T, (18.011, -66.614)),
    ("Salinas", "PR", T, (17.977, -66.298)),
    ("Florida", "US", A, "US.FL"),
    ("Ceiba", "PR", T, (18.264, -65.648)),
    ("Isabel Segunda", "PR", T, (18.149, -65.443)),
    ("Ángel Rosario", "-", N),
    ("Humacao", "PR", T, (18.150, -65.827)),
    ("Yabucoa", "PR", T, (18.050, -65.879)),
    ("Arroyo", "PR", T, (17.966, -66.061)),
    ("Caguas", "PR", T, (18.234, -66.035)),
    ("Cayey", "PR", T, (18.112, -66.166)),
    ("Mayagüez", "PR", T, (18.201, -67.140)),
    ("Aguadilla", "PR", T, (18.427, -67.154)),
    ("Maria", "-", N),
    ("Washington", "US", T, (38.895, -77.036)),
    ("U.S", "US", C),
])

add("a", """Azores airline adds winter flights to Boston as Terceira base reopens

By Paulo Medeiros, Azorean Herald (English edition)

PONTA DELGADA — Azores Airlines will fly year-round between Ponta Delgada and Boston from November, the regional carrier said on Thursday, as it bets on the Azorean diaspora in New England and on American tourists drawn by the islands' volcanic lakes.

The carrier, part of the state-owned SATA group, will also add a weekly service from Terceira to Toronto, home to a large community from the island. Passengers will be able to connect at Lajes to inter-island flights to Graciosa, São Jorge and Faial.

Regional Secretary for Tourism Berta Cabral said the routes would help spread visitors beyond São Miguel, which receives nearly 70 per cent of arrivals. "Flores and Corvo are as beautiful as anything in the Atlantic, but visitors rarely reach them," she said.

Hoteliers in Angra do Heroísmo welcomed the news. "Winter has always been empty here," said Rui Sousa, who runs a guesthouse near the cathedral. In Horta, the yachting town on Faial, the marina said it expected record numbers of transatlantic crossings in spring.

The airline also confirmed that its summer service to Funchal, in Madeira, would return, alongside flights to Lisbon and Porto operated by its sister company.

Environmental groups on Pico warned that more flights must be matched by limits on whale-watching boats. The regional government in Ponta Delgada said a visitor cap for the Sete Cidades crater was under study.

The Azores, an autonomous region of Portugal, received 1.1 million guests last year.""", [
    ("PONTA DELGADA", "PT", T, (37.741, -25.668)),
    ("Ponta Delgada", "PT", T, (37.741, -25.668)),
    ("Azores", "PT", A),
    ("Azores Airlines", "-", N),
    ("Azorean", "PT", Q),
    ("Azorean Herald", "PT", Q),
    ("Boston", "US", T, (42.358, -71.060)),
    ("New England", "US", N),
    ("American", "US", Q),
    ("Terceira", "PT", N),
    ("Toronto", "CA", T, (43.700, -79.416)),
    ("Lajes", "PT", T, (38.76, -27.10)),
    ("Graciosa", "PT", N),
    ("São Jorge", "PT", N),
    ("Faial", "PT", N),
    ("São Miguel", "PT", N),
    ("Flores", "PT", N, (39.45, -31.20)),
    ("Corvo", "PT", N, (39.70, -31.10)),
    ("Atlantic", "*", N),
    ("Angra do Heroísmo", "PT", T, (38.654, -27.218)),
    ("Horta", "PT", T, (38.536, -28.626)),
    ("Funchal", "PT", T, (32.667, -16.924)),
    ("Madeira", "PT", A),
    ("Lisbon", "PT", T, (38.717, -9.133)),
    ("Porto", "PT", T, (41.150, -8.611)),
    ("Pico", "PT", N, (38.46, -28.33)),
    ("Sete Cidades", "PT", N, (37.86, -25.79)),
    ("Portugal", "PT", C),
])

add("a", """Madeira wildfire forces evacuations above Câmara de Lobos

By Reuters staff

FUNCHAL, Portugal (Reuters) - Firefighters battled a wildfire in the mountains of Madeira for a fourth day on Saturday as strong winds pushed flames towards villages above Câmara de Lobos and Ribeira Brava, forcing about 300 people from their homes.

Madeira's regional civil protection service said the fire started on Wednesday near Serra de Água and spread east along the ridges towards Curral das Freiras. Two water-bombing aircraft were sent from mainland Portugal, and a Canadair plane was requested from Spain under the European Union's rescue mechanism.

"The smoke is everywhere. My grandmother will not leave her goats," said Carla Gouveia, 34, a teacher evacuated from Jardim da Serra.

Regional President Miguel Albuquerque said no homes had been destroyed and that Funchal was not under threat. Flights at the Cristiano Ronaldo International Airport in Santa Cruz were operating normally, although ash fell in Machico.

Tourists staying in Funchal's hotel zone said the sky had turned orange. The Pestana group said it had offered rooms to evacuated families.

The archipelago's smaller inhabited island, Porto Santo, was unaffected, and the ferry Lobo Marinho was running its usual daily crossing.

Madeira, a Portuguese autonomous region of about 250,000 people, has suffered repeated summer fires. A 2016 blaze killed three people and destroyed dozens of houses on the edges of Funchal.

Meteorologists forecast that winds would drop on Sunday, with rain possible in São Vicente and Porto Moniz on the north coast.""", [
    ("FUNCHAL", "PT", T, (32.667, -16.924)),
    ("Funchal", "PT", T, (32.667, -16.924)),
    ("Portugal", "PT", C),
    ("Madeira", "PT", A),
    ("Miguel Albuquerque", "-", N),
    ("Câmara de Lobos", "PT", T, (32.650, -16.977)),
    ("Ribeira Brava", "PT", T, (32.673, -17.064)),
    ("Serra de Água", "PT", T, (32.72, -17.02)),
    ("Curral das Freiras", "PT", T, (32.72, -16.97)),
    ("Spain", "ES", C),
    ("European Union", "*", Q),
    ("Jardim da Serra", "PT", T, (32.68, -16.99)),
    ("Cristiano Ronaldo International Airport", "PT", Q),
    ("Santa Cruz", "PT", T, (32.688, -16.792)),
    ("Machico", "PT", T, (32.717, -16.767)),
    ("Porto Santo", "PT", N, (33.06, -16.34)),
    ("Lobo Marinho", "-", N),
    ("Portuguese", "PT", Q),
    ("São Vicente", "PT", T, (32.80, -17.04)),
    ("Porto Moniz", "PT", T, (32.87, -17.17)),
])

add("a", """Canaries migrant arrivals hit record as El Hierro asks Madrid for help

By AFP

SANTA CRUZ DE TENERIFE, Spain (AFP) - More than 1,800 migrants reached Spain's Canary Islands over the weekend aboard wooden boats from West Africa, regional authorities said Monday, with the tiny island of El Hierro receiving more than half of them.

The Canaries' regional president Fernando Clavijo said the archipelago was "at its limit" and called on the government in Madrid to transfer unaccompanied minors to the mainland. "El Hierro has 11,000 inhabitants. It cannot absorb a thousand people a weekend," he told reporters in Santa Cruz de Tenerife.

Most of the boats, known as cayucos, had set off from Senegal, Mauritania and The Gambia, according to the Salvamento Marítimo rescue service. One boat carrying 190 people was towed into the port of La Restinga after eight days at sea.

Red Cross volunteers said several passengers were taken to hospital in Valverde with dehydration. Others were flown to reception centres in Tenerife and Gran Canaria, including the Las Raíces camp near La Laguna.

On Lanzarote and Fuerteventura, arrivals have fallen this year as Morocco tightened patrols along its coast, officials said. Lanzarote's capital Arrecife received 90 people last week.

The European Union's border agency Frontex said the Atlantic route was now the busiest into Spain. Rights groups have criticised conditions in the Las Palmas port holding area.

The regional government said tourism on La Palma and La Gomera, which rely on British and German visitors, had not been affected.""", [
    ("SANTA CRUZ DE TENERIFE", "ES", T, (28.468, -16.254)),
    ("Santa Cruz de Tenerife", "ES", T, (28.468, -16.254)),
    ("Spain", "ES", C),
    ("Canary Islands", "ES", A),
    ("West Africa", "*", N),
    ("El Hierro", "ES", N, (27.75, -18.0)),
    ("Canaries", "ES", A),
    ("Madrid", "ES", T, (40.417, -3.704)),
    ("Senegal", "SN", C),
    ("Mauritania", "MR", C),
    ("The Gambia", "GM", C),
    ("La Restinga", "ES", T, (27.64, -17.98)),
    ("Valverde", "ES", T, (27.809, -17.915)),
    ("Tenerife", "ES", N),
    ("Gran Canaria", "ES", N),
    ("Las Raíces", "ES", N, (28.49, -16.33)),
    ("La Laguna", "ES", T, (28.487, -16.316)),
    ("Lanzarote", "ES", N),
    ("Fuerteventura", "ES", N),
    ("Morocco", "MA", C),
    ("Arrecife", "ES", T, (28.963, -13.548)),
    ("European Union", "*", Q),
    ("Atlantic", "*", N),
    ("Las Palmas", "ES", T, (28.100, -15.414)),
    ("La Palma", "ES", N, (28.68, -17.86)),
    ("La Gomera", "ES", N),
    ("British", "GB", Q),
    ("German", "DE", Q),
])

add("a", """Cape Verde opens Sal airport terminal as tourism rebounds

By Reuters staff

PRAIA (Reuters) - Cape Verde inaugurated a new passenger terminal at Amílcar Cabral International Airport on the island of Sal on Tuesday, part of a push to double tourist arrivals to the Atlantic archipelago by 2030.

Prime Minister Ulisses Correia e Silva said the terminal, built with financing from a consortium led by Vinci Airports, would handle 3 million passengers a year. Most visitors fly from Britain, Germany and Portugal to all-inclusive resorts in Santa Maria, at the southern tip of Sal, and on Boa Vista.

"Cabo Verde is stable, safe and ready for more visitors," Correia e Silva said in a speech at Espargos, the island's main town.

Tourism accounts for about a quarter of the economy of the former Portuguese colony of 560,000 people, which has no significant natural resources. Officials want to steer more visitors to Santiago, where the capital Praia is located, and to the hiking trails of Santo Antão and the volcano on Fogo.

In Mindelo, on São Vicente, cultural groups said they hoped new direct flights from Lisbon would lift attendance at the city's carnival, the country's largest.

Economists in the capital warned that the boom had driven up rents in Sal Rei, on Boa Vista, where many hotel workers from Santiago and Guinea-Bissau live in crowded housing.

Cape Verde's economy grew by 4.8 per cent last year, according to the International Monetary Fund, helped by remittances from its diaspora in the United States and Europe.""", [
    ("PRAIA", "CV", T, (14.933, -23.513)),
    ("Praia", "CV", T, (14.933, -23.513)),
    ("Cape Verde", "CV", C),
    ("Cabo Verde", "CV", C),
    ("Amílcar Cabral International Airport", "CV", Q),
    ("Sal", "CV", N, (16.73, -22.94)),
    ("Atlantic", "*", N),
    ("Vinci Airports", "-", N),
    ("Britain", "GB", C),
    ("Germany", "DE", C),
    ("Portugal", "PT", C),
    ("Portuguese", "PT", Q),
    ("Santa Maria", "CV", T, (16.600, -22.905)),
    ("Boa Vista", "CV", N, (16.09, -22.81)),
    ("Espargos", "CV", T, (16.756, -22.945)),
    ("Santiago", "CV", N, (15.08, -23.62)),
    ("Santo Antão", "CV", N),
    ("Fogo", "CV", N),
    ("Mindelo", "CV", T, (16.890, -24.981)),
    ("São Vicente", "CV", N, (16.84, -24.97)),
    ("Lisbon", "PT", T, (38.717, -9.133)),
    ("Sal Rei", "CV", T, (16.176, -22.917)),
    ("Guinea-Bissau", "GW", C),
    ("United States", "US", C),
    ("Europe", "*", N),
])

add("a", """Hamilton council backs cruise berth plan despite Dockyard objections

By Royal Gazette staff

The Corporation of Hamilton has voted to support a proposal to berth one large cruise ship a week in the capital from 2026, a decision that drew criticism from businesses in the West End that depend on the Royal Naval Dockyard terminal.

Mayor Charles Gosling said the plan would "bring life back to Front Street" after years in which most passengers stayed in Sandys parish, at the far end of the island chain. Ships currently stop at Dockyard or, for smaller vessels, at St George's, the Unesco world heritage town in the East End.

"Hamilton's shops have been hollowed out. This is about survival," Gosling said.

The Bermuda Tourism Authority said it would study the proposal but warned that channel dredging could harm reefs. Somerset restaurant owner Dwayne Simmons said the plan would "take the bread out of our mouths" in the West End.

Tourism Minister Owen Darrell said ministers would also consider the views of Warwick, Paget and Southampton residents, whose roads would carry more buses. The Bermuda Industrial Union said it supported any plan that created jobs.

Cruise arrivals in Bermuda reached 540,000 last year, mostly from New York and Baltimore. Airline visitors, who spend more, have grown since JetBlue and British Airways added flights from Boston and London Gatwick.

A retired dairy farmer from Devonshire, Winston Burgess, told the meeting the island had lost its last Jersey herd a decade ago because of land pressures and urged councillors to protect green space.

The Cabinet is expected to decide on the berth in September.""", [
    ("Hamilton", "BM", T, (32.295, -64.783)),
    ("Corporation of Hamilton", "BM", Q),
    ("West End", "BM", N),
    ("Royal Naval Dockyard", "BM", N, (32.33, -64.83)),
    ("Front Street", "BM", Q),
    ("Sandys", "BM", A),
    ("Dockyard", "BM", N, (32.33, -64.83)),
    ("St George's", "BM", T, (32.381, -64.677)),
    ("East End", "BM", N),
    ("Bermuda", "BM", C),
    ("Bermuda Tourism Authority", "BM", Q),
    ("Bermuda Industrial Union", "BM", Q),
    ("Somerset", "BM", T, (32.29, -64.87)),
    ("Warwick", "BM", A),
    ("Paget", "BM", A),
    ("Southampton", "BM", A),
    ("New York", "US", T, (40.714, -74.006)),
    ("Baltimore", "US", T, (39.290, -76.612)),
    ("Boston", "US", T, (42.358, -71.060)),
    ("London Gatwick", "GB", Q),
    ("British Airways", "-", N),
    ("Devonshire", "BM", A),
    ("Jersey", "-", N),
    ("Royal Gazette", "BM", Q),
])

add("a", """Falklands fishing fleet hit by squid slump; Stanley warns of budget squeeze

By Penguin News staff

STANLEY — The Falkland Islands government has warned of a tighter budget after the first squid season of the year produced the lowest catch in a decade, hitting licence revenue that funds schools, the hospital and roads across East Falkland and West Falkland.

Fisheries director Andrea Clausen told the Legislative Assembly in Stanley that catches of Illex squid in the zone north of the islands were 60 per cent below average. Scientists believe warmer water off Argentina and Uruguay pushed the stocks further south.

"This is a shock to the system, but our reserves are strong," said Member of the Legislative Assembly Roger Spink.

Most of the jiggers that fish the zone are from South Korea, Taiwan and Spain, with many crews based in Vigo. Joint-venture companies in Stanley said some vessels had already left for the Indian Ocean.

In Camp, farmers at Goose Green and Fox Bay said wool prices offered little cushion. The settlement at Port Howard is considering converting shearing sheds into visitor lodges.

The assembly also discussed the runway at Mount Pleasant, which is used by the weekly airbridge from RAF Brize Norton via Cape Verde and by LATAM flights from Punta Arenas in Chile.

Relations with Buenos Aires, which claims the islands it calls the Malvinas, remain cool. The Argentine foreign ministry on Tuesday again criticised British military exercises in the South Atlantic.

The Falklands, home to about 3,600 people, have been a British overseas territory since 1833.""", [
    ("STANLEY", "FK", T, (-51.693, -57.857)),
    ("Stanley", "FK", T, (-51.693, -57.857)),
    ("Falkland Islands", "FK", C),
    ("Falklands", "FK", C),
    ("Malvinas", "FK", C),
    ("East Falkland", "FK", N),
    ("West Falkland", "FK", N),
    ("Argentina", "AR", C),
    ("Argentine", "AR", Q),
    ("Uruguay", "UY", C),
    ("South Korea", "KR", C),
    ("Taiwan", "TW", C),
    ("Spain", "ES", C),
    ("Vigo", "ES", T, (42.233, -8.721)),
    ("Indian Ocean", "*", N),
    ("Camp", "FK", N),
    ("Goose Green", "FK", T, (-51.82, -58.97)),
    ("Fox Bay", "FK", T, (-51.94, -60.07)),
    ("Port Howard", "FK", T, (-51.62, -59.52)),
    ("Mount Pleasant", "FK", N, (-51.82, -58.45)),
    ("RAF Brize Norton", "GB", Q),
    ("Cape Verde", "CV", C),
    ("Punta Arenas", "CL", T, (-53.150, -70.917)),
    ("Chile", "CL", C),
    ("Buenos Aires", "AR", T, (-34.613, -58.377)),
    ("British", "GB", Q),
    ("South Atlantic", "*", N),
    ("Penguin News", "FK", Q),
])

add("a", """Faroe Islands open undersea tunnel link to Sandoy

By Kringvarp Føroya (English service)

TÓRSHAVN — The Faroe Islands opened their latest undersea road tunnel on Thursday, linking the island of Sandoy to Streymoy and ending the ferry dependence of its 1,300 residents.

The 10.8 km Sandoyartunnilin runs from Gamlarætt, south of Tórshavn, to the village of Traðardalur on Sandoy, and took five years to build. Prime Minister Aksel V. Johannesen said the tunnel "binds the nation closer together" and would let Sandoy families commute to jobs in the capital in under 30 minutes.

The Faroes, a self-governing territory of the Kingdom of Denmark with about 54,000 people, have built a network of tunnels since the 1970s. The Eysturoy tunnel, opened in 2020, connects Tórshavn to Runavík and Strendur under the Tangafjørður sound and contains the world's first undersea roundabout.

"My grandfather rowed to Streymoy to sell fish. My children will drive," said Sandoy sheep farmer Hans Joensen.

Toll revenue will repay construction loans. A further tunnel to Suðuroy, the southernmost island, has been proposed, but engineers say its 25 km length would make it one of the most expensive projects in the country's history. Suðuroy residents in Tvøroyri and Vágur currently rely on the Smyril ferry.

Fishing, mainly of salmon and mackerel exported to Russia, China and the European Union, remains the backbone of the Faroese economy. Salmon farms in Klaksvík and on Vágar reported record exports last year.

The Danish government in Copenhagen contributed no money to the tunnel, which was funded by the Faroese treasury.""", [
    ("TÓRSHAVN", "FO", T, (62.010, -6.772)),
    ("Tórshavn", "FO", T, (62.010, -6.772)),
    ("Faroe Islands", "FO", C),
    ("Faroes", "FO", C),
    ("Faroese", "FO", Q),
    ("Kringvarp Føroya", "FO", Q),
    ("Sandoy", "FO", N),
    ("Streymoy", "FO", N),
    ("Gamlarætt", "FO", T, (61.98, -6.88)),
    ("Traðardalur", "FO", N, (61.93, -6.83)),
    ("Kingdom of Denmark", "DK", C),
    ("Eysturoy", "FO", N),
    ("Runavík", "FO", T, (62.109, -6.722)),
    ("Strendur", "FO", T, (62.11, -6.76)),
    ("Tangafjørður", "FO", N),
    ("Suðuroy", "FO", N),
    ("Tvøroyri", "FO", T, (61.556, -6.806)),
    ("Vágur", "FO", T, (61.473, -6.809)),
    ("Smyril", "-", N),
    ("Russia", "RU", C),
    ("China", "CN", C),
    ("European Union", "*", Q),
    ("Klaksvík", "FO", T, (62.226, -6.589)),
    ("Vágar", "FO", N),
    ("Danish", "DK", Q),
    ("Copenhagen", "DK", T, (55.676, 12.566)),
])

add("a", """Shetland and Orkney ferry fares frozen after island campaign

By Shetland News and The Orcadian

LERWICK — Ferry fares between the Northern Isles and mainland Scotland will be frozen for a second year, the Scottish Government announced on Monday, after a campaign by islanders in Shetland and Orkney who said rising costs were emptying their communities.

Transport Secretary Fiona Hyslop said the freeze would apply to NorthLink services from Aberdeen to Lerwick and Kirkwall and from Scrabster to Stromness. Freight rates will rise by 3 per cent.

"People in Unst and Yell already pay twice to reach the mainland - once to Lerwick and once to Aberdeen," said Shetland Islands Council leader Emma Macdonald. "This at least stops it getting worse."

In Kirkwall, Orkney Islands Council welcomed the decision but said inter-island ferries to Westray, Sanday and Hoy were "ageing and unreliable". One vessel, the MV Earl Thorfinn, was out of service for three weeks in the spring.

Fishermen in Scalloway and Whalsay said freight costs for shellfish exports to France and Spain were a bigger worry. The salmon industry, centred on Yell Sound and Scapa Flow, also depends on lorry space on the overnight boats.

Visitor numbers to the Northern Isles hit a record last summer, boosted by cruise calls at Lerwick and Kirkwall and by the popularity of a television detective drama filmed around Sumburgh and Brae.

Liam McArthur, the MSP for Orkney, said the Scottish Government should now commit to replacing the inter-island fleet. A new ferry for the Aberdeen route is being built in Turkey.""", [
    ("LERWICK", "GB", T, (60.155, -1.145)),
    ("Lerwick", "GB", T, (60.155, -1.145)),
    ("Northern Isles", "GB", N),
    ("Scotland", "GB", A),
    ("Scottish Government", "GB", Q),
    ("Shetland", "GB", N),
    ("Shetland News", "GB", Q),
    ("The Orcadian", "GB", Q),
    ("Shetland Islands Council", "GB", Q),
    ("Orkney", "GB", N),
    ("Orkney Islands Council", "GB", Q),
    ("Aberdeen", "GB", T, (57.148, -2.098)),
    ("Kirkwall", "GB", T, (58.984, -2.959)),
    ("Scrabster", "GB", T, (58.61, -3.55)),
    ("Stromness", "GB", T, (58.963, -3.296)),
    ("Unst", "GB", N),
    ("Yell", "GB", N),
    ("Westray", "GB", N),
    ("Sanday", "GB", N),
    ("Hoy", "GB", N),
    ("Earl Thorfinn", "-", N),
    ("Scalloway", "GB", T, (60.138, -1.278)),
    ("Whalsay", "GB", N),
    ("France", "FR", C),
    ("Spain", "ES", C),
    ("Yell Sound", "GB", N),
    ("Scapa Flow", "GB", N),
    ("Sumburgh", "GB", T, (59.87, -1.29)),
    ("Brae", "GB", T, (60.40, -1.35)),
    ("Turkey", "TR", C),
])

add("b", """Fiji Airways adds Labasa and Taveuni flights as Vanua Levu tourism grows

By RNZ Pacific

Fiji's national carrier will add daily flights from Nadi to Labasa and Taveuni from next month, as hotel owners on Fiji's second-largest island, Vanua Levu, report their busiest year since before the pandemic.

Fiji Airways' domestic arm, Fiji Link, said the extra ATR services would also connect Suva's Nausori airport to Savusavu four times a week. Chief executive Andre Viljoen said demand from Australia and New Zealand for "the other Fiji" had doubled.

Savusavu resort owner Litia Rokotuiloma said guests once stopped at Nadi and Denarau and went no further. "Now they want the Rainbow Reef, the waterfalls on Taveuni, the villages of Cakaudrove. It is good for us," she said.

The Tourism Minister, Viliame Gavoka, told a meeting in Labasa that Macuata and Bua provinces should prepare for more visitors. He said the government would upgrade the Nabouwalu jetty and the road from Labasa to Savusavu.

Not everyone is pleased. A farmers' group in Seaqaqa said cane lorries were already competing with tourist vans on the narrow highway. Fiji Sugar Corporation said the Labasa mill would crush about 600,000 tonnes this season.

On Viti Levu, Lautoka and Sigatoka business owners said they hoped the airline would not shift capacity away from the west.

Fiji welcomed a record 930,000 visitors last year. The Reserve Bank of Fiji expects tourism earnings to exceed F$3 billion this year, while the Bank of the South Pacific, the country's biggest lender, said it would open a branch in Savusavu.""", [
    ("Fiji", "FJ", C),
    ("Fiji Airways", "-", N),
    ("Fiji Link", "-", N),
    ("Fiji Sugar Corporation", "-", N),
    ("Reserve Bank of Fiji", "FJ", Q),
    ("Bank of the South Pacific", "-", N),
    ("Nadi", "FJ", T, (-17.803, 177.416)),
    ("Labasa", "FJ", T, (-16.433, 179.365)),
    ("Taveuni", "FJ", N),
    ("Vanua Levu", "FJ", N),
    ("Suva", "FJ", T, (-18.137, 178.425)),
    ("Nausori", "FJ", T, (-18.03, 178.56)),
    ("Savusavu", "FJ", T, (-16.779, 179.336)),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("Denarau", "FJ", N, (-17.77, 177.38)),
    ("Rainbow Reef", "FJ", N),
    ("Cakaudrove", "FJ", A),
    ("Macuata", "FJ", A),
    ("Bua", "FJ", A),
    ("Nabouwalu", "FJ", T, (-16.99, 178.70)),
    ("Seaqaqa", "FJ", T, (-16.50, 179.15)),
    ("Viti Levu", "FJ", N),
    ("Lautoka", "FJ", T, (-17.617, 177.45)),
    ("Sigatoka", "FJ", T, (-18.143, 177.507)),
    ("RNZ Pacific", "*", Q),
])

add("b", """Cyclone damage in Lau group: villagers on Vanua Balavu still without shelter

By Fiji Times reporters

SUVA — Families on Vanua Balavu and Lakeba in the Lau group are still living under tarpaulins two weeks after Severe Tropical Cyclone Kirra tore through the eastern islands, the National Disaster Management Office said yesterday.

Naval patrol boat RFNS Savenaca returned to Suva on Monday after delivering food rations, water containers and building tools to eight villages. Commander Sakiusa Nabou said crews found homes in Lomaloma "flattened to the floor".

"We have no church, no school. The children sleep in the one house that stands," said Lomaloma elder Mere Vunivalu.

The storm also damaged crops on Kadavu and in parts of Lomaiviti, including Ovalau and Gau. In Tailevu and Naitasiri on Viti Levu, flooding along the Rewa River forced about 400 people into evacuation centres at Nausori.

Prime Minister Sitiveni Rabuka said Fiji would ask partners for help, and Australia and New Zealand have pledged a combined F$12 million. A French military aircraft from New Caledonia delivered supplies to Lakeba's airstrip on Saturday.

The Fiji Meteorological Service in Nadi said the cyclone season would last until April, with a higher than normal risk because of warm sea surface temperatures in the Coral Sea and around Tonga.

Relief agencies say the remote Lau islands, closer to Tonga than to Suva, are among the hardest places in Fiji to reach. Shipping to Moala and Ono-i-Lau runs only once a month.

Donations can be made at any Westpac or ANZ branch, or through the Fiji Red Cross.""", [
    ("SUVA", "FJ", T, (-18.137, 178.425)),
    ("Suva", "FJ", T, (-18.137, 178.425)),
    ("Vanua Balavu", "FJ", N),
    ("Lakeba", "FJ", N),
    ("Lau", "FJ", A),
    ("Kirra", "-", N),
    ("Savenaca", "-", N),
    ("Lomaloma", "FJ", T, (-17.29, -178.99)),
    ("Kadavu", "FJ", N),
    ("Lomaiviti", "FJ", A),
    ("Ovalau", "FJ", N),
    ("Gau", "FJ", N),
    ("Tailevu", "FJ", A),
    ("Naitasiri", "FJ", A),
    ("Viti Levu", "FJ", N),
    ("Rewa River", "FJ", N),
    ("Nausori", "FJ", T, (-18.03, 178.56)),
    ("Fiji", "FJ", C),
    ("Fiji Times", "FJ", Q),
    ("Fiji Meteorological Service", "FJ", Q),
    ("Fiji Red Cross", "FJ", Q),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("French", "FR", Q),
    ("New Caledonia", "NC", C),
    ("Nadi", "FJ", T, (-17.803, 177.416)),
    ("Coral Sea", "*", N),
    ("Tonga", "TO", C),
    ("Moala", "FJ", N),
    ("Ono-i-Lau", "FJ", N),
])

add("b", """Samoa ferry service to Savai'i resumes after engine repairs

By RNZ Pacific

Samoa's inter-island ferry between Upolu and Savai'i has resumed sailing after a three-week suspension that left hundreds of travellers and exporters stranded on both sides of the Apolima Strait.

The Samoa Shipping Corporation said the MV Lady Samoa III completed sea trials on Tuesday and would run six crossings a day between Mulifanua wharf and Salelologa. A smaller vessel, the Fotu o Samoa, had carried only foot passengers during the outage.

Taro exporter Sefo Leaupepe, who farms near Asau on the north-west coast of Savai'i, said he lost two shipments to New Zealand. "Without the boat, Savai'i is an island alone," he said.

Prime Minister Fiame Naomi Mata'afa told reporters in Apia that the government would seek funding from Japan for a new ferry. Samoa Airways was asked to add flights from Faleolo to Maota airstrip, but the airline said it had only one small plane available.

The closure also disrupted the Teuila Festival programme, with dance groups from Savai'i unable to travel to Apia. Hotel owners in Manase and Falealupo said bookings fell sharply.

Villagers on Manono and Apolima, the two small islands in the strait, rely on open boats and were not directly affected.

Samoa, with about 200,000 people, depends on remittances from relatives in New Zealand, Australia and American Samoa. The government said a new wharf at Salelologa would be built with help from China.""", [
    ("Samoa", "WS", C),
    ("Samoa Shipping Corporation", "WS", Q),
    ("Lady Samoa III", "-", N),
    ("Fotu o Samoa", "-", N),
    ("Samoa Airways", "-", N),
    ("Upolu", "WS", N),
    ("Savai'i", "WS", N),
    ("Apolima Strait", "WS", N),
    ("Mulifanua", "WS", T, (-13.83, -172.03)),
    ("Salelologa", "WS", T, (-13.73, -172.21)),
    ("Asau", "WS", T, (-13.52, -172.638)),
    ("New Zealand", "NZ", C),
    ("Apia", "WS", T, (-13.833, -171.767)),
    ("Japan", "JP", C),
    ("Faleolo", "WS", N, (-13.83, -172.0)),
    ("Maota", "WS", N, (-13.74, -172.26)),
    ("Manase", "WS", T, (-13.47, -172.37)),
    ("Falealupo", "WS", T, (-13.50, -172.78)),
    ("Manono", "WS", N),
    ("Apolima", "WS", N),
    ("Australia", "AU", C),
    ("American Samoa", "AS", C),
    ("China", "CN", C),
    ("RNZ Pacific", "*", Q),
])

add("b", """Tonga's Ha'apai islands still waiting for power a year after eruption repairs

By Kaniva Tonga staff

NUKU'ALOFA — Residents of several outer islands in Ha'apai say they are still relying on diesel generators and solar lanterns, more than a year after the government promised to restore grid power damaged by the tsunami that followed the Hunga Tonga-Hunga Ha'apai eruption.

Tonga Power Limited said lines on Lifuka and Foa had been rebuilt, but that Ha'ano, Mo'unga'one and Nomuka were still waiting for solar mini-grids funded by the Asian Development Bank.

"We pay more for fuel than for food," said Nomuka fisherman Sione Fifita. "Our children do homework by torch."

The Minister for Energy, speaking in Nuku'alofa on Wednesday, said contractors from New Zealand had been delayed by shipping problems and would arrive in Pangai in August. He said projects on Vava'u and 'Eua were on schedule.

Tonga's main island, Tongatapu, bore the brunt of the January 2022 disaster, when ash blanketed Nuku'alofa and waves swept away homes in Kanokupolu and on Atata. The eruption also cut Tonga's undersea internet cable to Fiji for five weeks.

Neiafu tourism operators on Vava'u said the whale-watching season was the strongest since the eruption, with bookings from Australia, the United States and Europe. Royal Tongan Airlines no longer exists, and Lulutai Airlines, the state carrier, flies to Ha'apai three times a week.

The Tongan government says the country remains one of the most exposed in the Pacific to cyclones, tsunamis and rising seas.""", [
    ("NUKU'ALOFA", "TO", T, (-21.137, -175.201)),
    ("Nuku'alofa", "TO", T, (-21.137, -175.201)),
    ("Ha'apai", "TO", A),
    ("Hunga Tonga-Hunga Ha'apai", "TO", N, (-20.55, -175.39)),
    ("Tonga", "TO", C),
    ("Kaniva Tonga", "TO", Q),
    ("Tonga Power Limited", "TO", Q),
    ("Royal Tongan Airlines", "-", N),
    ("Tongan", "TO", Q),
    ("Lifuka", "TO", N),
    ("Foa", "TO", N),
    ("Ha'ano", "TO", N),
    ("Mo'unga'one", "TO", N),
    ("Nomuka", "TO", N),
    ("Asian Development Bank", "*", Q),
    ("New Zealand", "NZ", C),
    ("Pangai", "TO", T, (-19.80, -174.35)),
    ("Vava'u", "TO", A),
    ("Eua", "TO", N),
    ("Tongatapu", "TO", A),
    ("Kanokupolu", "TO", T, (-21.10, -175.33)),
    ("Atata", "TO", N),
    ("Fiji", "FJ", C),
    ("Neiafu", "TO", T, (-18.651, -173.984)),
    ("Australia", "AU", C),
    ("United States", "US", C),
    ("Europe", "*", N),
    ("Lulutai Airlines", "-", N),
    ("Pacific", "*", N),
])

add("b", """Vanuatu volcano alert raised on Ambae; Penama evacuations begin

By Reuters staff

PORT VILA, Vanuatu (Reuters) - Vanuatu raised the alert level for the Manaro Voui volcano on Ambae island to level 3 on Monday and ordered the evacuation of about 3,000 people from villages on the island's west and south to neighbouring Maewo and Pentecost.

The Vanuatu Meteorology and Geo-Hazards Department said ash had fallen on Saratamata, the Penama provincial capital, and that acid rain was damaging kava and taro gardens. Inter-island ships were sent from Luganville, on Espiritu Santo, to carry families and livestock.

"We left in 2017 and came back. Now we leave again," said Ambae teacher Elsie Tari, speaking by phone from the wharf at Lolowai.

Air Vanuatu, which has been in administration since May, cancelled flights to Longana airstrip. The government in Port Vila said it had asked Australia and New Zealand for helicopters and that a French navy ship based in Nouméa was on standby.

Sanma province, which includes Santo, said it could take 1,500 people in schools and church halls. Officials in Malampa province, covering Malekula, and in Tafea in the south, where the Yasur volcano on Tanna is a major tourist attraction, said their islands were not affected.

Ambae's entire population of 11,000 was evacuated in 2018 during a larger eruption that turned day into night and led to a state of emergency across Vanuatu.

The archipelago of 83 islands lies on the Pacific "Ring of Fire" and is rated among the world's most disaster-prone countries.

Jack Pentecost, a spokesman for the National Disaster Management Office, said no injuries had been reported.""", [
    ("PORT VILA", "VU", T, (-17.736, 168.314)),
    ("Port Vila", "VU", T, (-17.736, 168.314)),
    ("Vanuatu", "VU", C),
    ("Vanuatu Meteorology and Geo-Hazards Department", "VU", Q),
    ("Air Vanuatu", "-", N),
    ("Manaro Voui", "VU", N),
    ("Ambae", "VU", N),
    ("Maewo", "VU", N),
    ("Pentecost", "VU", N),
    ("Jack Pentecost", "-", N),
    ("Saratamata", "VU", T, (-15.29, 167.97)),
    ("Penama", "VU", A),
    ("Luganville", "VU", T, (-15.52, 167.162)),
    ("Espiritu Santo", "VU", N),
    ("Lolowai", "VU", T, (-15.30, 168.00)),
    ("Longana", "VU", N, (-15.31, 168.00)),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("French", "FR", Q),
    ("Nouméa", "NC", T, (-22.274, 166.449)),
    ("Sanma", "VU", A),
    ("Santo", "VU", N),
    ("Malampa", "VU", A),
    ("Malekula", "VU", N),
    ("Tafea", "VU", A),
    ("Yasur", "VU", N),
    ("Tanna", "VU", N),
    ("Pacific", "*", N),
])

add("b", """Solomon Islands logging ban sought by Isabel chiefs after landslide

By Solomon Star reporters

HONIARA — Chiefs in Isabel Province have asked the national government to suspend logging licences on the island after a landslide buried part of a village near Buala last week, killing two people.

The Council of Chiefs said the slide at Kolotubi followed weeks of heavy rain on slopes stripped by a Malaysian-owned company. "The forest held the mountain. Now there is no forest," said paramount chief Ben Tegio.

Forestry Minister Dickson Mua told parliament in Honiara that an inspection team would travel to Isabel this week. He said similar complaints had come from Choiseul, Makira-Ulawa and the Western Province, where logging around Gizo and Noro has polluted reefs.

Round log exports, mostly to China, make up more than half of the Solomon Islands' export earnings. Environmental groups in Auki, the capital of Malaita, say the trade has enriched a few while leaving rivers silted.

The Solomon Islands Meteorological Service forecast more rain for Guadalcanal, Isabel and Central Province, and warned residents of Tulagi and the Russell Islands of possible flash flooding.

Solomon Airlines said it had suspended flights to Fera, the airstrip serving Buala, until the runway was cleared. Relief supplies were sent on the government vessel MV Gizo from Honiara.

Opposition leader Matthew Wale said the government had issued more licences in its first year than any before it. "We are selling the Solomons tree by tree," he said.

Australia, which leads a policing mission in the country, said it was ready to provide emergency support through its high commission in Honiara.""", [
    ("HONIARA", "SB", T, (-9.433, 159.95)),
    ("Honiara", "SB", T, (-9.433, 159.95)),
    ("Solomon Islands", "SB", C),
    ("Solomon Islands Meteorological Service", "SB", Q),
    ("Solomon Airlines", "-", N),
    ("Solomons", "SB", C),
    ("Solomon Star", "SB", Q),
    ("Isabel Province", "SB", A),
    ("Isabel", "SB", A),
    ("Buala", "SB", T, (-8.14, 159.59)),
    ("Kolotubi", "SB", T, (-8.10, 159.55)),
    ("Malaysian", "MY", Q),
    ("Choiseul", "SB", A),
    ("Makira-Ulawa", "SB", A),
    ("Western Province", "SB", A),
    ("Gizo", "SB", T, (-8.103, 156.842)),
    ("MV Gizo", "-", N),
    ("Noro", "SB", T, (-8.223, 157.2)),
    ("China", "CN", C),
    ("Auki", "SB", T, (-8.768, 160.698)),
    ("Malaita", "SB", A),
    ("Guadalcanal", "SB", A),
    ("Central Province", "SB", A),
    ("Tulagi", "SB", T, (-9.103, 160.151)),
    ("Russell Islands", "SB", N),
    ("Fera", "SB", N, (-8.11, 159.58)),
    ("Australia", "AU", C),
])

add("b", """Kiribati and Tuvalu press climate finance claim ahead of Pacific forum

By AFP

TARAWA (AFP) - Kiribati and Tuvalu, two of the nations most threatened by rising seas, will press wealthy countries to deliver promised climate finance at next month's Pacific Islands Forum leaders' meeting, officials said Thursday.

Kiribati President Taneti Maamau said king tides had flooded homes in Betio and Bikenibeu on South Tarawa twice this year, contaminating freshwater lenses that families rely on. "We cannot move our islands. We need money to protect them," he told AFP in Bairiki.

The government is also building a seawall on Kiritimati, the world's largest coral atoll, 3,000 kilometres to the east in the Line Islands. Kiritimati was once known as Christmas Island, a name it shares with the Australian territory in the Indian Ocean.

In Funafuti, Tuvalu Prime Minister Feleti Teo said a land reclamation project funded by the Green Climate Fund had created 7.8 hectares of raised ground. Tuvalu has signed a treaty with Australia that allows up to 280 Tuvaluans a year to migrate there.

"Tuvalu will not disappear. We will adapt, and we will fight," Teo said. Residents of outer islands such as Nanumea, Vaitupu and Nukulaelae say saltwater is killing pulaka pits.

The forum, to be held in Honiara, will also discuss fisheries, security and China's growing presence. Kiribati switched diplomatic recognition from Taiwan to Beijing in 2019, and Chinese engineers are surveying an airstrip on Kanton in the Phoenix Islands.

Both countries sit barely two metres above sea level on average.""", [
    ("TARAWA", "KI", T, (1.328, 172.977)),
    ("South Tarawa", "KI", N, (1.33, 172.98)),
    ("Kiribati", "KI", C),
    ("Tuvalu", "TV", C),
    ("Tuvaluans", "TV", Q),
    ("Pacific Islands Forum", "*", Q),
    ("Pacific", "*", Q),
    ("Betio", "KI", T, (1.358, 172.921)),
    ("Bikenibeu", "KI", T, (1.367, 173.12)),
    ("Bairiki", "KI", T, (1.33, 172.98)),
    ("Kiritimati", "KI", N, (1.87, -157.4)),
    ("Line Islands", "KI", N),
    ("Christmas Island", "KI", N),
    ("Australian", "AU", Q),
    ("Indian Ocean", "*", N),
    ("Funafuti", "TV", T, (-8.524, 179.194)),
    ("Green Climate Fund", "*", Q),
    ("Australia", "AU", C),
    ("Nanumea", "TV", N),
    ("Vaitupu", "TV", N),
    ("Nukulaelae", "TV", N),
    ("Honiara", "SB", T, (-9.433, 159.95)),
    ("China", "CN", C),
    ("Taiwan", "TW", C),
    ("Beijing", "CN", T, (39.907, 116.397)),
    ("Chinese", "CN", Q),
    ("Kanton", "KI", N),
    ("Phoenix Islands", "KI", N),
])

add("b", """Marshall Islands marks Bikini anniversary as Kwajalein lease talks stall

By RNZ Pacific

The Marshall Islands has marked 78 years since the first United States nuclear test at Bikini Atoll, with leaders in Majuro saying Washington has still not faced up to the legacy of 67 bombs detonated at Bikini and Enewetak.

At a ceremony in the capital on Friday, President Hilda Heine said families displaced from Bikini to Kili island and Ejit, in Majuro, remained unable to return home. "Our people still carry the poison in their bodies and in their land," she said.

The anniversary came as negotiations over the US military's Reagan Test Site on Kwajalein Atoll stalled. Landowners on Ebeye, a crowded island of about 10,000 people next to the base, want higher lease payments.

Marshallese in Springdale, Arkansas, home to the largest Marshallese community outside the islands, held their own memorial service. The community in Salem, Oregon, also gathered.

Bikini Rose Jibas, a 22-year-old student who spoke at the Majuro event, said young people wanted compensation paid in full. Her great-grandparents were moved from the atoll in 1946.

Under the Compact of Free Association, renewed last year, the US will provide US$2.3 billion over 20 years. Critics in Majuro say the money falls far short of what a nuclear claims tribunal awarded.

Rising seas are a further threat. The government's adaptation plan warns that parts of Majuro and Jaluit could need to be raised. Air Marshall Islands flights to Wotje and Jaluit were cancelled this week after king tides flooded airstrips.

The country is also home to a ship registry that is one of the world's largest.""", [
    ("Marshall Islands", "MH", C),
    ("Air Marshall Islands", "-", N),
    ("Marshallese", "MH", Q),
    ("United States", "US", C),
    ("US#1,2", "US", C),
    ("Bikini Atoll", "MH", N),
    ("Bikini", "MH", N),
    ("Bikini Rose Jibas", "-", N),
    ("Majuro", "MH", N, (7.09, 171.38)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Enewetak", "MH", N),
    ("Kili", "MH", N),
    ("Ejit", "MH", N),
    ("Reagan Test Site", "MH", Q),
    ("Kwajalein Atoll", "MH", N),
    ("Ebeye", "MH", T, (8.78, 167.74)),
    ("Springdale", "US", T, (36.187, -94.129)),
    ("Arkansas", "US", A, "US.AR"),
    ("Salem", "US", T, (44.943, -123.035)),
    ("Oregon", "US", A, "US.OR"),
    ("Jaluit", "MH", N),
    ("Wotje", "MH", N),
    ("RNZ Pacific", "*", Q),
])

add("b", """Guam marine base buildup pushes Dededo rents to record

By Pacific Daily News staff

HAGÅTÑA, Guam — Rents in Dededo and Yigo have risen by a third in two years as thousands of construction workers arrive for the Marine Corps Base Camp Blaz project and the expansion of Andersen Air Force Base, according to a report released on Monday by the Guam Housing and Urban Renewal Authority.

The report found that a two-bedroom apartment in Tamuning now costs an average of $2,100 a month, pricing out many local families. "My son is a teacher and he lives in my living room," said Dededo resident Rosa Cruz.

Governor Lou Leon Guerrero said the territory would ask Washington for housing funds tied to the relocation of about 5,000 Marines from Okinawa, in Japan, to Guam over the next decade.

Many of the workers come from the Philippines under H-2B visas and live in barracks near Barrigada and Mangilao. Employers say the labour shortage has also reached Saipan and Tinian, in the neighbouring Northern Mariana Islands, where a casino resort stands half-finished.

Senator Sabina Perez said the buildup was changing the island too fast. "Chamorro families are being pushed off their own island," she said, adding that many had already moved to Washington state and California.

The U.S. Navy said new housing would be built inside the base at Finegayan, reducing pressure on the private market.

United Airlines added flights from Honolulu and Tokyo last month, and tourism from South Korea, Guam's largest market, is recovering. Hotels on Tumon Bay reported occupancy of 78 per cent in April.""", [
    ("HAGÅTÑA", "GU", T, (13.476, 144.749)),
    ("Guam", "GU", C),
    ("Guam Housing and Urban Renewal Authority", "GU", Q),
    ("Dededo", "GU", T, (13.518, 144.839)),
    ("Yigo", "GU", T, (13.536, 144.889)),
    ("Camp Blaz", "GU", Q),
    ("Andersen Air Force Base", "GU", Q),
    ("Tamuning", "GU", T, (13.488, 144.781)),
    ("Rosa Cruz", "-", N),
    ("Washington#1", "US", T, (38.895, -77.036)),
    ("Washington#2", "US", A, "US.WA"),
    ("Okinawa", "JP", A),
    ("Japan", "JP", C),
    ("Philippines", "PH", C),
    ("Barrigada", "GU", T, (13.469, 144.799)),
    ("Mangilao", "GU", T, (13.448, 144.801)),
    ("Saipan", "MP", N, (15.212, 145.755)),
    ("Tinian", "MP", N),
    ("Northern Mariana Islands", "MP", C),
    ("Chamorro", "GU", Q),
    ("California", "US", A, "US.CA"),
    ("U.S", "US", C),
    ("Finegayan", "GU", N, (13.58, 144.84)),
    ("Honolulu", "US", T, (21.307, -157.858)),
    ("Tokyo", "JP", T, (35.690, 139.692)),
    ("South Korea", "KR", C),
    ("Tumon Bay", "GU", N),
    ("United Airlines", "-", N),
    ("Pacific Daily News", "GU", Q),
])

add("b", """New Caledonia nickel plant closure hits Koné as Nouméa seeks Paris rescue

By AFP

NOUMEA (AFP) - The Koniambo nickel plant in New Caledonia's Northern Province shut its furnaces on Friday, leaving around 1,200 workers in Koné and Voh facing redundancy and deepening the economic crisis in the French Pacific territory.

Swiss commodity giant Glencore, which owns 49 percent of the plant, said it could no longer absorb losses caused by a collapse in nickel prices driven by Indonesian output. The Northern Province, run by pro-independence Kanak leaders, holds the rest.

"Koné was built around this factory. Without it, people will leave for Nouméa or Australia," said union delegate Jean-Pierre Wamytan.

New Caledonia's government in Nouméa has asked Paris for an emergency loan. French officials said a rescue package was being prepared but would depend on restructuring the Doniambo smelter, operated by SLN, and the southern plant at Goro.

The territory was shaken last year by riots over electoral reform, which left 14 dead and caused more than two billion euros of damage in Nouméa, Dumbéa and Mont-Dore. Tourism has yet to recover, and Aircalin has cut flights to Tokyo.

In the Loyalty Islands, officials on Lifou and Maré said young people were returning from the main island, Grande Terre, for lack of jobs. Hotels on the Isle of Pines reported bookings down by half.

Kingston, on Australia's Norfolk Island, 700 kilometres to the south, has seen an increase in New Caledonian visitors since the riots, its tourism office said.

Nickel accounts for about 90 percent of New Caledonia's exports.""", [
    ("NOUMEA", "NC", T, (-22.274, 166.449)),
    ("Nouméa", "NC", T, (-22.274, 166.449)),
    ("New Caledonia", "NC", C),
    ("New Caledonian", "NC", Q),
    ("Koniambo", "NC", N),
    ("Northern Province", "NC", A),
    ("Koné", "NC", T, (-21.06, 164.866)),
    ("Voh", "NC", T, (-20.96, 164.69)),
    ("French", "FR", Q),
    ("Pacific", "*", N),
    ("Swiss", "CH", Q),
    ("Indonesian", "ID", Q),
    ("Kanak", "NC", Q),
    ("Australia", "AU", C),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Doniambo", "NC", N, (-22.26, 166.44)),
    ("Goro", "NC", N, (-22.28, 166.95)),
    ("Dumbéa", "NC", T, (-22.158, 166.457)),
    ("Mont-Dore", "NC", T, (-22.263, 166.566)),
    ("Aircalin", "-", N),
    ("Tokyo", "JP", T, (35.690, 139.692)),
    ("Loyalty Islands", "NC", A),
    ("Lifou", "NC", N),
    ("Maré", "NC", N),
    ("Grande Terre", "NC", N),
    ("Isle of Pines", "NC", N),
    ("Kingston", "NF", T, (-29.055, 167.966)),
    ("Norfolk Island", "NF", C),
])

add("b", """Air Tahiti Nui to fly Papeete-Seattle as Bora Bora hotels fill up

By Tahiti Infos (English edition)

PAPEETE — Air Tahiti Nui will launch a seasonal route between Papeete and Seattle next year, the French Polynesian carrier said on Tuesday, seeking to tap the US Pacific Northwest market as luxury resorts on Bora Bora and Moorea report their strongest occupancy in a decade.

Chief executive Mathieu Bechonnet said the Boeing 787 flights would operate twice a week from June. The airline already flies to Los Angeles, Paris, Tokyo and Auckland from Faa'a international airport.

Tourism operators on Raiatea, Huahine and Taha'a said the new route would help spread visitors. Domestic carrier Air Tahiti, a separate company, plans extra flights to Uturoa and to Rangiroa in the Tuamotu archipelago.

"Bora Bora is full, Moorea is nearly full. We need visitors to discover the rest of Polynesia," said Tahiti Tourisme director Jean-Marc Mocellin.

In the Marquesas, mayors on Nuku Hiva and Hiva Oa welcomed the growth but asked for limits on cruise ships. The Aranui 6, a combined cargo and passenger ship, calls at Taiohae and Atuona every three weeks.

French Polynesia's President Moetai Brotherson has promoted "sustainable tourism" and set a target of 600,000 visitors a year by 2027, up from about 260,000 last year.

The territory, home to about 280,000 people on 118 islands spread across an area the size of western Europe, remains heavily dependent on transfers from France.

Tahiti Moana, a Papeete-born surfer who won at Teahupo'o during the Paris 2024 Olympics, will feature in the airline's campaign.""", [
    ("PAPEETE", "PF", T, (-17.535, -149.568)),
    ("Papeete", "PF", T, (-17.535, -149.568)),
    ("Air Tahiti Nui", "-", N),
    ("Air Tahiti", "-", N),
    ("Tahiti Tourisme", "PF", Q),
    ("Tahiti Infos", "PF", Q),
    ("Tahiti Moana", "-", N),
    ("Seattle", "US", T, (47.606, -122.332)),
    ("French Polynesian", "PF", Q),
    ("French Polynesia", "PF", C),
    ("US", "US", C),
    ("Pacific Northwest", "US", N),
    ("Bora Bora", "PF", N),
    ("Moorea", "PF", N),
    ("Los Angeles", "US", T, (34.052, -118.244)),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Tokyo", "JP", T, (35.690, 139.692)),
    ("Auckland", "NZ", T, (-36.848, 174.763)),
    ("Faa'a", "PF", T, (-17.559, -149.604)),
    ("Raiatea", "PF", N),
    ("Huahine", "PF", N),
    ("Taha'a", "PF", N),
    ("Uturoa", "PF", T, (-16.73, -151.443)),
    ("Rangiroa", "PF", N),
    ("Tuamotu", "PF", N),
    ("Polynesia", "PF", N),
    ("Marquesas", "PF", N),
    ("Nuku Hiva", "PF", N),
    ("Hiva Oa", "PF", N),
    ("Aranui 6", "-", N),
    ("Taiohae", "PF", T, (-8.911, -140.1)),
    ("Atuona", "PF", T, (-9.803, -139.042)),
    ("Europe", "*", N),
    ("France", "FR", C),
    ("Teahupo'o", "PF", T, (-17.85, -149.27)),
])

add("b", """Maui water dispute: Lahaina rebuild slowed as Upcountry wells run low

By Honolulu Star-Advertiser staff

WAILUKU, Hawaii — Maui County has ordered new limits on water use in Upcountry communities, a move that could slow the rebuilding of Lahaina two years after the wildfire that destroyed much of the historic town.

The county's Department of Water Supply said wells serving Kula, Pukalani and Makawao were at their lowest levels in 20 years after a dry winter. Builders in Lahaina, on West Maui, rely on a separate system but share storage with Kahului and Wailuku in emergencies.

"We are rebuilding a town and running out of water at the same time," Mayor Richard Bissen said at a news conference.

Lahaina resident Kaimana Keawe, whose family home on Front Street burned, said permits had finally been issued. "Now we're told to wait for water. It never ends," she said.

Gov. Josh Green said the state would speed up approvals for a desalination plant near Kihei and asked the Legislature in Honolulu for emergency funds. The drought also extends to Molokai and Lanai, where ranchers have sold cattle early.

On the Big Island, Hawaii County said Waimea ranch lands were also parched, while Hilo, on the wet side of the island, had normal rainfall. Kauai officials said Lihue and Waimea, on the island's west side, were not under restrictions.

Hawaiian Airlines, now part of Alaska Air Group, said it would keep flights to Kahului at current levels.

Meteorologists in Honolulu said El Niño conditions could bring a drier than normal winter to all of Hawaii's main islands, including Oahu.""", [
    ("WAILUKU", "US", T, (20.891, -156.506)),
    ("Wailuku", "US", T, (20.891, -156.506)),
    ("Hawaii", "US", A, "US.HI"),
    ("Hawaii County", "US", A, "US.HI"),
    ("Maui County", "US", A, "US.HI"),
    ("Maui", "US", N, (20.8, -156.3)),
    ("West Maui", "US", N, (20.9, -156.6)),
    ("Upcountry", "US", N),
    ("Lahaina", "US", T, (20.875, -156.68)),
    ("Kula", "US", T, (20.79, -156.33)),
    ("Pukalani", "US", T, (20.837, -156.337)),
    ("Makawao", "US", T, (20.857, -156.313)),
    ("Kahului", "US", T, (20.889, -156.473)),
    ("Kaimana Keawe", "-", N),
    ("Front Street", "US", Q),
    ("Kihei", "US", T, (20.765, -156.446)),
    ("Honolulu", "US", T, (21.307, -157.858)),
    ("Honolulu Star-Advertiser", "US", Q),
    ("Molokai", "US", N),
    ("Lanai", "US", N),
    ("Big Island", "US", N),
    ("Waimea#1", "US", T, (20.023, -155.673)),
    ("Waimea#2", "US", T, (21.957, -159.669)),
    ("Hilo", "US", T, (19.73, -155.091)),
    ("Kauai", "US", N),
    ("Lihue", "US", T, (21.981, -159.372)),
    ("Hawaiian Airlines", "-", N),
    ("Alaska Air Group", "-", N),
    ("Oahu", "US", N),
    ("El Niño", "-", N),
])

add("b", """Okinawa governor vows to fight Henoko landfill ruling

By Ryukyu Shimpo (English)

NAHA — Okinawa Governor Denny Tamaki said on Wednesday he would keep fighting the central government's plan to build a U.S. military airfield at Henoko, a day after the Supreme Court in Tokyo rejected the prefecture's latest appeal.

The new base, on reclaimed land off Camp Schwab in Nago, is meant to replace the U.S. Marine Corps Air Station Futenma, which sits in the middle of densely populated Ginowan. Opponents say the landfill is destroying coral and dugong habitat in Oura Bay.

"The will of the people of Okinawa has been ignored again," Tamaki told reporters at the prefectural office in Naha. Around 70 percent of voters rejected the landfill in a 2019 referendum.

Defence Minister Gen Nakatani said the relocation was the "only solution" to removing the danger posed by Futenma. Japan and the United States agreed on the move in 1996.

Protesters gathered at the gate of Camp Schwab on Thursday morning. "My grandmother survived the Battle of Okinawa. We do not want more war here," said Yuki Higa, 31, from Okinawa City.

Okinawa hosts about 70 percent of U.S. military facilities in Japan by area, including Kadena Air Base. Tension has grown since Japan began deploying missile units to Ishigaki, Miyako and Yonaguni, islands closer to Taiwan than to the main island.

Tourism, the prefecture's economic mainstay, is recovering, with cruise ships returning to Naha and visitors from China and South Korea filling hotels in Onna and Motobu.""", [
    ("NAHA", "JP", T, (26.213, 127.679)),
    ("Naha", "JP", T, (26.213, 127.679)),
    ("Okinawa", "JP", A),
    ("Okinawa City", "JP", T, (26.336, 127.801)),
    ("Battle of Okinawa", "JP", Q),
    ("U.S", "US", C),
    ("Henoko", "JP", T, (26.52, 128.04)),
    ("Tokyo", "JP", T, (35.690, 139.692)),
    ("Camp Schwab", "JP", Q),
    ("Nago", "JP", T, (26.615, 127.985)),
    ("Futenma", "JP", Q),
    ("Ginowan", "JP", T, (26.263, 127.761)),
    ("Oura Bay", "JP", N),
    ("Japan", "JP", C),
    ("United States", "US", C),
    ("Kadena Air Base", "JP", Q),
    ("Ishigaki", "JP", N, (24.345, 124.157)),
    ("Miyako", "JP", N, (24.79, 125.311)),
    ("Yonaguni", "JP", N, (24.467, 123.0)),
    ("Taiwan", "TW", C),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("Onna", "JP", T, (26.49, 127.85)),
    ("Motobu", "JP", T, (26.658, 127.898)),
    ("Ryukyu Shimpo", "JP", Q),
])

add("c", """Piton de la Fournaise erupts again; Saint-Philippe road closed

By Le Journal de l'île de La Réunion (English edition)

SAINT-DENIS — The Piton de la Fournaise, one of the world's most active volcanoes, began erupting on Sunday evening, and the prefecture closed the coastal road through the Grand Brûlé as lava flowed towards the sea on the island's south-east coast.

The Volcanological Observatory in La Plaine des Cafres said fissures opened on the eastern flank of the crater shortly after 9 p.m. Access to the Enclos, the caldera popular with hikers from Saint-Pierre and Le Tampon, was banned.

"We heard the ground rumble all afternoon, then the sky went red," said Saint-Philippe farmer Jean-Luc Payet.

Prefect Patrice Latron said there was no threat to homes in Saint-Philippe or Sainte-Rose but warned sightseers to stay away from the RN2. Traffic between Saint-Benoît and Saint-Joseph was diverted through the Plaine des Palmistes.

Tour operators in Saint-Gilles and Saint-Paul reported a rush of bookings for helicopter flights over the eruption. Air Austral, the island's airline, said flights to Paris and to Mayotte were operating normally from Roland-Garros airport.

Réunion, a French overseas department of 870,000 people, lies about 700 kilometres east of Madagascar. Its capital, Saint-Denis, shares its name with the Paris suburb of Saint-Denis, home to the Stade de France.

The last eruption, in 2023, lasted more than 100 days. Volcanologists said the new activity was similar and could continue for weeks. Visitors to Cilaos and Salazie, in the island's interior cirques, were not affected.""", [
    ("SAINT-DENIS", "RE|FR", T, (-20.882, 55.45)),
    ("Saint-Denis#1", "RE|FR", T, (-20.882, 55.45)),
    ("Saint-Denis#2", "FR", T, (48.936, 2.354)),
    ("Piton de la Fournaise", "RE|FR", N),
    ("Saint-Philippe", "RE|FR", T, (-21.36, 55.77)),
    ("Grand Brûlé", "RE|FR", N),
    ("La Plaine des Cafres", "RE|FR", T, (-21.21, 55.57)),
    ("Enclos", "RE|FR", N),
    ("Saint-Pierre", "RE|FR", T, (-21.339, 55.478)),
    ("Le Tampon", "RE|FR", T, (-21.277, 55.518)),
    ("Sainte-Rose", "RE|FR", T, (-21.13, 55.79)),
    ("Saint-Benoît", "RE|FR", T, (-21.038, 55.715)),
    ("Saint-Joseph", "RE|FR", T, (-21.378, 55.619)),
    ("Plaine des Palmistes", "RE|FR", T, (-21.13, 55.63)),
    ("Saint-Gilles", "RE|FR", T, (-21.05, 55.23)),
    ("Saint-Paul", "RE|FR", T, (-21.01, 55.271)),
    ("Air Austral", "-", N),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Mayotte", "YT|FR", N),
    ("Roland-Garros", "RE|FR", Q),
    ("Réunion", "RE|FR", N),
    ("La Réunion", "RE|FR", Q),
    ("French", "FR", Q),
    ("Madagascar", "MG", C),
    ("Stade de France", "FR", Q),
    ("Cilaos", "RE|FR", T, (-21.136, 55.472)),
    ("Salazie", "RE|FR", T, (-21.03, 55.54)),
])

add("c", """Mayotte water cuts spark protests as Comoros boats keep coming

By AFP

MAMOUDZOU, Mayotte (AFP) - Hundreds of residents blocked roads in Mamoudzou and Koungou on Tuesday to protest against water cuts that leave homes on Mayotte without running water three days out of four, as the French Indian Ocean territory struggles with drought and rapid population growth.

The prefecture said reservoirs at Combani and Dzoumogné were at 12 percent of capacity. Bottled water is being shipped from Réunion and mainland France, and distribution points have been set up in Sada, Chirongui and on Petite-Terre, around Dzaoudzi and Pamandzi.

"We are French citizens and we live like we are in a camp," said Mamoudzou shopkeeper Anchya Ali.

Mayotte, which voted to remain French in 1974 when the rest of the archipelago chose independence as the Comoros, is France's poorest department. About half its residents are foreign nationals, most from Anjouan, the nearest Comorian island, 70 kilometres away.

Small boats known as kwassa-kwassa continue to arrive from Anjouan despite police patrols. French authorities said they intercepted 40 boats in May.

In Moroni, the Comoros government rejected French claims that it was not doing enough to stop departures from Mutsamudu and other ports. The Comoros, made up of Grande Comore, Anjouan and Mohéli, still claims Mayotte as its own.

Paris has promised a desalination plant on Grande-Terre, the main island of Mayotte, but construction has been delayed. Cyclone Chido, which struck in December, destroyed much of the water network around Mamoudzou.""", [
    ("MAMOUDZOU", "YT|FR", T, (-12.782, 45.229)),
    ("Mamoudzou", "YT|FR", T, (-12.782, 45.229)),
    ("Mayotte", "YT|FR", N),
    ("Koungou", "YT|FR", T, (-12.734, 45.204)),
    ("French", "FR", Q),
    ("Indian Ocean", "*", N),
    ("Combani", "YT|FR", T, (-12.78, 45.14)),
    ("Dzoumogné", "YT|FR", T, (-12.71, 45.10)),
    ("Réunion", "RE|FR", N),
    ("France", "FR", C),
    ("Sada", "YT|FR", T, (-12.851, 45.102)),
    ("Chirongui", "YT|FR", T, (-12.93, 45.15)),
    ("Petite-Terre", "YT|FR", N),
    ("Dzaoudzi", "YT|FR", T, (-12.783, 45.257)),
    ("Pamandzi", "YT|FR", T, (-12.80, 45.28)),
    ("Comoros", "KM", C),
    ("Anjouan", "KM", A),
    ("Comorian", "KM", Q),
    ("Moroni", "KM", T, (-11.702, 43.255)),
    ("Mutsamudu", "KM", T, (-12.167, 44.399)),
    ("Grande Comore", "KM", A),
    ("Mohéli", "KM", A),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Grande-Terre", "YT|FR", N),
    ("Chido", "-", N),
])

add("c", """Madagascar vanilla growers hit by cyclone as Sava region counts losses

By Reuters staff

ANTANANARIVO (Reuters) - A cyclone that swept across northern Madagascar over the weekend destroyed up to a third of the vanilla crop in the Sava region, the world's main source of the spice, growers and officials said on Monday.

Cyclone Freddy's successor, named Gamane by forecasters, made landfall near Vohemar with winds of 165 kph before moving south over Sambava, Antalaha and Andapa, the towns at the heart of the vanilla trade. At least 18 people were killed and 20,000 displaced, the national disaster office said.

"The vines were flowering. Now they are on the ground," said Antalaha grower Rivo Rakotondrabe.

The government in Antananarivo said it would distribute rice and seedlings. The World Food Programme sent supplies by boat from Toamasina, the main port, because roads were cut.

Exporters said prices, which had fallen sharply over the past two years, could rise again. Buyers in France and the United States, the largest markets, were watching closely.

Flooding also hit Antsiranana in the far north and the tourist island of Nosy Be, where the airport at Fascene was briefly closed. Hotels in Hell-Ville reported minor damage.

Madagascar, one of the world's poorest countries, is hit by several cyclones each year. In the south, around Toliara and Fort-Dauphin, the opposite problem persists: a multi-year drought has left more than a million people in need of food aid.

Lemur reserves in the north-east, including Marojejy national park near Andapa, were closed to visitors.""", [
    ("ANTANANARIVO", "MG", T, (-18.914, 47.536)),
    ("Antananarivo", "MG", T, (-18.914, 47.536)),
    ("Madagascar", "MG", C),
    ("Sava", "MG", A),
    ("Freddy", "-", N),
    ("Gamane", "-", N),
    ("Vohemar", "MG", T, (-13.36, 50.0)),
    ("Sambava", "MG", T, (-14.267, 50.167)),
    ("Antalaha", "MG", T, (-14.9, 50.28)),
    ("Andapa", "MG", T, (-14.65, 49.65)),
    ("Toamasina", "MG", T, (-18.149, 49.402)),
    ("France", "FR", C),
    ("United States", "US", C),
    ("Antsiranana", "MG", T, (-12.277, 49.292)),
    ("Nosy Be", "MG", N),
    ("Fascene", "MG", Q),
    ("Hell-Ville", "MG", T, (-13.397, 48.267)),
    ("Toliara", "MG", T, (-23.35, 43.667)),
    ("Fort-Dauphin", "MG", T, (-25.03, 46.98)),
    ("Marojejy", "MG", N),
])

add("c", """Mauritius budget offers Rodrigues airport upgrade and sugar relief

By L'Express Maurice (English service)

PORT LOUIS — Mauritius will extend the runway at Plaine Corail airport on Rodrigues and pay sugar cane planters a one-off grant, Finance Minister Ramful said in his budget speech to the National Assembly on Friday.

The runway extension will allow larger aircraft to fly directly to Rodrigues, the semi-autonomous island 560 kilometres east of the main island. Rodrigues Regional Assembly chief commissioner Franceau Grandcourt said it would "end our isolation" and help Port Mathurin's hotels.

Air Mauritius, which returned to profit last year, currently runs several daily flights from Plaisance on the main island with small ATR planes.

Planters in Flacq, Moka and Savanne welcomed the sugar grant. "We have been losing money for ten years," said Flacq planter Dev Ramdin.

The budget also funds a new hospital in Curepipe and a metro extension from Rose Hill to Réduit. Business groups in Ebène said the corporate tax changes would keep Mauritius competitive with Singapore and Dubai as a financial centre.

Tourism, which brought in 1.3 million visitors last year mostly from France, Britain, Réunion and South Africa, will benefit from a marketing fund. Hoteliers in Grand Baie and Flic en Flac said the money was overdue.

The opposition said the budget ignored the Chagos Archipelago, which Britain has agreed to hand over, and the development of Agaléga, where India has built an airstrip.

Mauritius Commercial Bank said the measures would cost about 2 percent of GDP.""", [
    ("PORT LOUIS", "MU", T, (-20.162, 57.499)),
    ("Mauritius", "MU", C),
    ("Air Mauritius", "-", N),
    ("Mauritius Commercial Bank", "-", N),
    ("L'Express Maurice", "MU", Q),
    ("Plaine Corail", "MU", Q),
    ("Rodrigues", "MU", A),
    ("Rodrigues Regional Assembly", "MU", Q),
    ("Port Mathurin", "MU", T, (-19.683, 63.417)),
    ("Plaisance", "MU", Q),
    ("Flacq", "MU", A),
    ("Moka", "MU", A),
    ("Savanne", "MU", A),
    ("Curepipe", "MU", T, (-20.316, 57.526)),
    ("Rose Hill", "MU", T, (-20.24, 57.47)),
    ("Réduit", "MU", T, (-20.23, 57.50)),
    ("Ebène", "MU", T, (-20.24, 57.49)),
    ("Singapore", "SG", N),
    ("Dubai", "AE", T, (25.258, 55.305)),
    ("France", "FR", C),
    ("Britain", "GB", C),
    ("Réunion", "RE|FR", N),
    ("South Africa", "ZA", C),
    ("Grand Baie", "MU", T, (-20.018, 57.58)),
    ("Flic en Flac", "MU", T, (-20.27, 57.37)),
    ("Chagos Archipelago", "IO|MU", N),
    ("Agaléga", "MU", N),
    ("India", "IN", C),
])

add("c", """Seychelles coast guard seizes skiff as piracy fears return near Socotra

By Seychelles Nation staff

VICTORIA, Mahé — The Seychelles Coast Guard detained a skiff carrying six armed men about 300 nautical miles north of Mahé on Saturday, the first such seizure in Seychelles waters in more than five years, the defence ministry said.

The men, believed to be Somali, were brought to the capital's port on Monday and handed to police. Officials said the skiff had been tracked from the waters between Socotra, the Yemeni island, and the Horn of Africa by a European Union naval force operating from Djibouti.

"We will not allow our fishermen or tourists to be put at risk," President Patrick Herminie said.

Fishermen from Praslin and La Digue said they had been warned to stay closer to the inner islands. The Seychelles Fishing Authority said tuna boats operating from Victoria would travel in pairs.

On Socotra, residents of Hadibu reported an increase in foreign naval patrols. The island, controlled by forces aligned with the United Arab Emirates since 2018, has flights only to Abu Dhabi.

Tourism, which accounts for a quarter of the Seychelles economy, has not been affected, the tourism board said. Air Seychelles flights from Dubai, Mumbai and Johannesburg were full, and resorts at Beau Vallon and on the outer island of Desroches reported strong bookings.

The Aldabra atoll, a Unesco world heritage site in the far south-west of the archipelago, remains closed to visitors.

Victoria, the smallest capital in Africa, is not to be confused with Victoria in Gozo or Victoria in Canada.""", [
    ("VICTORIA", "SC", T, (-4.62, 55.455)),
    ("Victoria#1,2", "SC", T, (-4.62, 55.455)),
    ("Victoria#3", "MT", T, (36.045, 14.241)),
    ("Victoria#4", "CA", T, (48.436, -123.352)),
    ("Mahé", "SC", N),
    ("Seychelles", "SC", C),
    ("Seychelles Coast Guard", "SC", Q),
    ("Seychelles Fishing Authority", "SC", Q),
    ("Seychelles Nation", "SC", Q),
    ("Air Seychelles", "-", N),
    ("Somali", "SO", Q),
    ("Socotra", "YE", N),
    ("Yemeni", "YE", Q),
    ("Horn of Africa", "*", N),
    ("European Union", "*", Q),
    ("Djibouti", "DJ", C),
    ("Praslin", "SC", N),
    ("La Digue", "SC", N),
    ("Hadibu", "YE", T, (12.649, 54.019)),
    ("United Arab Emirates", "AE", C),
    ("Abu Dhabi", "AE", T, (24.467, 54.367)),
    ("Dubai", "AE", T, (25.258, 55.305)),
    ("Mumbai", "IN", T, (19.073, 72.883)),
    ("Johannesburg", "ZA", T, (-26.202, 28.044)),
    ("Beau Vallon", "SC", T, (-4.62, 55.43)),
    ("Desroches", "SC", N),
    ("Aldabra", "SC", N),
    ("Africa", "*", N),
    ("Gozo", "MT", N),
    ("Canada", "CA", C),
])

add("c", """Maldives to build new island city as Malé runs out of room

By Reuters staff

MALE (Reuters) - The Maldives will reclaim land for a new city on a lagoon north of Malé to house 100,000 people, President Mohamed Muizzu said on Thursday, as the capital, one of the most crowded cities on Earth, runs out of space.

The project, at Ras Male in Kaafu atoll, will be linked to Malé and Hulhumalé by bridge. Hulhumalé, itself built on reclaimed land next to the airport, is already home to about 60,000 people.

"Our children cannot all live in one square mile," Muizzu said in a televised address.

Engineers say raising the new city two metres above sea level will help it survive the rising seas that threaten the low-lying nation. The government has also reclaimed land near Addu City, the southernmost atoll, and on Kulhudhuffushi in the north.

Opposition lawmakers said the project would deepen the country's debt to China and India, its two largest lenders. India has funded a bridge linking Malé to Villingili and Thilafushi, the rubbish island that also hosts industry.

Tourism, which brought 2 million visitors last year, is concentrated in resorts in Baa, Ari and Lhaviyani atolls. Guesthouses on local islands such as Maafushi and Fulidhoo have grown quickly since the government allowed tourism outside resorts.

Environmental groups in Laamu and Fuvahmulah warned that dredging sand for reclamation was killing reefs.

The Maldives, a nation of 1,192 islands spread over 800 kilometres of the Indian Ocean, has a population of about 520,000. Hithadhoo, in Addu, is its second city.""", [
    ("MALE", "MV", T, (4.175, 73.509)),
    ("Malé", "MV", T, (4.175, 73.509)),
    ("Maldives", "MV", C),
    ("Ras Male", "MV", N),
    ("Kaafu", "MV", A),
    ("Hulhumalé", "MV", T, (4.212, 73.54)),
    ("Addu City", "MV", N, (-0.63, 73.15)),
    ("Addu", "MV", N, (-0.63, 73.15)),
    ("Kulhudhuffushi", "MV", T, (6.622, 73.07)),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Villingili", "MV", N),
    ("Thilafushi", "MV", N),
    ("Baa", "MV", A),
    ("Ari", "MV", A),
    ("Lhaviyani", "MV", A),
    ("Maafushi", "MV", N),
    ("Fulidhoo", "MV", N),
    ("Laamu", "MV", A),
    ("Fuvahmulah", "MV", N),
    ("Indian Ocean", "*", N),
    ("Hithadhoo", "MV", T, (-0.6, 73.083)),
])

add("c", """Zanzibar clove harvest falls as Pemba farmers switch to seaweed

By The Citizen (Tanzania) correspondent

ZANZIBAR — Clove production on Pemba, the smaller of Zanzibar's two main islands, fell by 40 per cent this season as farmers abandoned ageing trees for seaweed farming and tourism jobs, the Zanzibar State Trading Corporation said.

The corporation said it bought 3,100 tonnes of cloves from farmers in Chake Chake, Wete and Mkoani districts, down from 5,200 tonnes last year. Cloves were once Zanzibar's leading export.

"My father's trees are 80 years old. Seaweed pays every month," said Wete farmer Asha Khamis.

Zanzibar President Hussein Mwinyi, speaking in Stone Town, said the government would distribute 500,000 seedlings and raise the guaranteed price. He said buyers in India, Indonesia and the United Arab Emirates still valued Pemba cloves for their quality.

Tourism on Unguja, the main island, continues to boom, with hotels in Nungwi, Kendwa and Paje reporting occupancy above 80 percent. Some Pemba youths have moved to work in resorts there or in Dar es Salaam, across the channel on the mainland.

The Tanzanian government in Dodoma has approved an airport upgrade at Karume airport, near Chake Chake, hoping to draw divers to the island's reefs.

Pemba, Tanzania, should not be confused with Pemba in Mozambique, the port city in Cabo Delgado province that has hosted people displaced by an insurgency.

Zanzibar, semi-autonomous within Tanzania, has about 1.9 million people.""", [
    ("ZANZIBAR", "TZ", T, (-6.164, 39.198)),
    ("Zanzibar", "TZ", N),
    ("Zanzibar State Trading Corporation", "TZ", Q),
    ("Pemba#1,2,3,4", "TZ", N, (-5.2, 39.75)),
    ("Pemba#5", "MZ", T, (-12.974, 40.518)),
    ("Chake Chake", "TZ", T, (-5.246, 39.767)),
    ("Wete", "TZ", T, (-5.056, 39.729)),
    ("Mkoani", "TZ", T, (-5.367, 39.65)),
    ("Stone Town", "TZ", T, (-6.164, 39.198)),
    ("India", "IN", C),
    ("Indonesia", "ID", C),
    ("United Arab Emirates", "AE", C),
    ("Unguja", "TZ", N),
    ("Nungwi", "TZ", T, (-5.73, 39.29)),
    ("Kendwa", "TZ", T, (-5.75, 39.29)),
    ("Paje", "TZ", T, (-6.27, 39.53)),
    ("Dar es Salaam", "TZ", T, (-6.823, 39.27)),
    ("Tanzanian", "TZ", Q),
    ("Dodoma", "TZ", T, (-6.172, 35.739)),
    ("Karume", "TZ", Q),
    ("Tanzania", "TZ", C),
    ("Mozambique", "MZ", C),
    ("Cabo Delgado", "MZ", A),
])

add("c", """Sri Lanka tourism rebounds; Jaffna and Trincomalee draw record visitors

By Daily Mirror (Sri Lanka) staff

COLOMBO — Sri Lanka welcomed 2.1 million tourists last year, the most since the 2019 Easter Sunday bombings, with the north and east drawing visitors in numbers not seen since the civil war ended, the Sri Lanka Tourism Development Authority said.

Hotels in Jaffna and Trincomalee reported occupancy above 70 per cent, while the beaches at Arugam Bay and Pasikudah near Batticaloa attracted surfers and families. India, Russia and Britain were the biggest source markets.

"Ten years ago no tourist came to Jaffna. Now they come from everywhere," said guesthouse owner Thanushan Sivakumar.

Tourism Minister Vijitha Herath said the government would upgrade the Palaly airport in Jaffna to receive more flights from Chennai and would restart the ferry from Kankesanthurai to Nagapattinam in Tamil Nadu.

In the south, Galle's old fort and the whale-watching town of Mirissa remained the most popular stops, while the hill country around Kandy, Nuwara Eliya and Ella drew trekkers. The new highway from Colombo to Hambantota has cut travel time to Yala national park.

SriLankan Airlines said it would add flights to Sydney and Frankfurt. Negombo, near Bandaranaike International Airport, is expanding its hotel stock.

Economists in Colombo said tourism earnings had helped the country rebuild foreign reserves after the 2022 default. The International Monetary Fund said recovery remained fragile.

Anuradhapura and Polonnaruwa, the ancient capitals in the North Central Province, will host a festival of lights in May.""", [
    ("COLOMBO", "LK", T, (6.935, 79.849)),
    ("Colombo", "LK", T, (6.935, 79.849)),
    ("Sri Lanka", "LK", C),
    ("Sri Lanka Tourism Development Authority", "LK", Q),
    ("SriLankan Airlines", "-", N),
    ("Jaffna", "LK", T, (9.668, 80.007)),
    ("Trincomalee", "LK", T, (8.578, 81.229)),
    ("Arugam Bay", "LK", N, (6.84, 81.83)),
    ("Pasikudah", "LK", N, (7.93, 81.56)),
    ("Batticaloa", "LK", T, (7.71, 81.692)),
    ("India", "IN", C),
    ("Russia", "RU", C),
    ("Britain", "GB", C),
    ("Palaly", "LK", Q),
    ("Chennai", "IN", T, (13.088, 80.278)),
    ("Kankesanthurai", "LK", T, (9.81, 80.04)),
    ("Nagapattinam", "IN", T, (10.767, 79.843)),
    ("Tamil Nadu", "IN", A),
    ("Galle", "LK", T, (6.046, 80.21)),
    ("Mirissa", "LK", T, (5.95, 80.46)),
    ("Kandy", "LK", T, (7.294, 80.634)),
    ("Nuwara Eliya", "LK", T, (6.971, 80.783)),
    ("Ella", "LK", T, (6.87, 81.05)),
    ("Hambantota", "LK", T, (6.124, 81.118)),
    ("Yala", "LK", N),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("Frankfurt", "DE", T, (50.116, 8.684)),
    ("Negombo", "LK", T, (7.208, 79.836)),
    ("Bandaranaike International Airport", "LK", Q),
    ("Anuradhapura", "LK", T, (8.335, 80.411)),
    ("Polonnaruwa", "LK", T, (7.94, 81.0)),
    ("North Central Province", "LK", A),
])

add("c", """Gozo tunnel plan revived as Ċirkewwa ferry queues grow

By Times of Malta reporters

The government has revived plans for a road tunnel between Malta and Gozo, Infrastructure Minister Chris Bonett said on Tuesday, after summer queues at the Ċirkewwa ferry terminal stretched for more than two hours.

Bonett said a feasibility study would be updated and that the tunnel would run from the Mellieħa area to Nadur, in eastern Gozo. The Gozo Channel Line ferries currently carry about 5.5 million passengers a year between Ċirkewwa and Mġarr harbour.

"Gozitans are tired of planning their lives around a boat," said Gozo Business Chamber president Daniel Borg.

Environmental groups said the tunnel would bring overdevelopment to Gozo, already under pressure from apartment blocks in Xlendi, Marsalforn and Victoria. Din l-Art Ħelwa warned that Comino, the tiny island between the two, must be protected.

The opposition said a fast ferry service from Valletta to Mġarr, launched in 2021, had shown that sea links could be improved at lower cost.

Malta, the European Union's smallest member state, has seen its population grow to 560,000, much of it in Sliema, St Julian's and Birkirkara. Traffic congestion has become a top concern in surveys.

A separate proposal for a metro linking Valletta, Mater Dei Hospital and Malta International Airport at Luqa has been shelved. Bank of Valletta said it would finance part of the tunnel if the government issued bonds.

In Rabat, not to be confused with the Moroccan capital, residents of the old town near Mdina protested against a new car park this week.""", [
    ("Gozo", "MT", N),
    ("Gozo Channel Line", "-", N),
    ("Gozo Business Chamber", "MT", Q),
    ("Gozitans", "MT", Q),
    ("Ċirkewwa", "MT", T, (35.99, 14.33)),
    ("Malta", "MT", C),
    ("Times of Malta", "MT", Q),
    ("Malta International Airport", "MT", Q),
    ("Mellieħa", "MT", T, (35.957, 14.363)),
    ("Nadur", "MT", T, (36.038, 14.294)),
    ("Mġarr", "MT", T, (36.025, 14.295)),
    ("Xlendi", "MT", T, (36.03, 14.21)),
    ("Marsalforn", "MT", T, (36.07, 14.26)),
    ("Victoria", "MT", T, (36.045, 14.241)),
    ("Comino", "MT", N),
    ("Valletta", "MT", T, (35.9, 14.515)),
    ("Bank of Valletta", "-", N),
    ("European Union", "*", Q),
    ("Sliema", "MT", T, (35.912, 14.502)),
    ("St Julian's", "MT", T, (35.918, 14.489)),
    ("Birkirkara", "MT", T, (35.897, 14.461)),
    ("Mater Dei Hospital", "MT", Q),
    ("Luqa", "MT", T, (35.859, 14.489)),
    ("Rabat", "MT", T, (35.882, 14.399)),
    ("Moroccan", "MA", Q),
    ("Mdina", "MT", T, (35.886, 14.403)),
])

add("c", """Corsica and Sardinia fires: Bonifacio strait ferries halted

By AFP

AJACCIO, France (AFP) - Wildfires fanned by strong winds forced the evacuation of campsites in southern Corsica and northern Sardinia on Wednesday, and ferries across the Strait of Bonifacio were suspended as smoke drifted between the two Mediterranean islands.

In Corsica, firefighters battled a blaze near Porto-Vecchio that had burned 600 hectares of scrub, the prefecture in Ajaccio said. About 1,500 holidaymakers were moved from beaches at Palombaggia and Santa Giulia. Water-bombing planes were sent from Marseille.

"We left everything in the tent and ran to the car," said Anna Moretti, a tourist from Lyon.

Across the strait, Italian civil protection said a fire near Santa Teresa Gallura had reached the edge of the town, and that roads towards Olbia and Palau were closed. Sardinia's regional president Alessandra Todde said the island had requested Canadair aircraft from Greece and Spain.

Moby Lines and Corsica Ferries said crossings between Bonifacio and Santa Teresa would resume when visibility allowed. Crossings from Bastia and Calvi to the French mainland were not affected.

Corsica's nationalist-led executive in Bastia renewed calls for greater powers over land use, arguing that abandoned farmland had increased fire risk. In Cagliari and Sassari, Sardinian officials said arson was suspected in at least three fires.

The Mediterranean has seen record sea temperatures this summer. Fires have also hit Sicily and the Greek island of Rhodes.

Corte, in Corsica's mountainous interior, and Nuoro, in central Sardinia, were on red alert for Thursday.""", [
    ("AJACCIO", "FR", T, (41.919, 8.738)),
    ("Ajaccio", "FR", T, (41.919, 8.738)),
    ("France", "FR", C),
    ("French", "FR", Q),
    ("Corsica", "FR", A),
    ("Corsica Ferries", "-", N),
    ("Sardinia", "IT", A),
    ("Sardinian", "IT", Q),
    ("Strait of Bonifacio", "*", N),
    ("Bonifacio", "FR", T, (41.387, 9.157)),
    ("Mediterranean", "*", N),
    ("Porto-Vecchio", "FR", T, (41.591, 9.279)),
    ("Palombaggia", "FR", N),
    ("Santa Giulia", "FR", N, (41.53, 9.27)),
    ("Marseille", "FR", T, (43.297, 5.381)),
    ("Lyon", "FR", T, (45.748, 4.847)),
    ("Italian", "IT", Q),
    ("Santa Teresa Gallura", "IT", T, (41.24, 9.19)),
    ("Santa Teresa", "IT", T, (41.24, 9.19)),
    ("Olbia", "IT", T, (40.923, 9.498)),
    ("Palau", "IT", T, (41.18, 9.38)),
    ("Greece", "GR", C),
    ("Greek", "GR", Q),
    ("Spain", "ES", C),
    ("Moby Lines", "-", N),
    ("Bastia", "FR", T, (42.702, 9.451)),
    ("Calvi", "FR", T, (42.566, 8.757)),
    ("Cagliari", "IT", T, (39.231, 9.119)),
    ("Sassari", "IT", T, (40.726, 8.556)),
    ("Sicily", "IT", A),
    ("Rhodes", "GR", N),
    ("Corte", "FR", T, (42.31, 9.149)),
    ("Nuoro", "IT", T, (40.32, 9.326)),
])

add("c", """Crete and Cyprus battle water shortages as tourist season peaks

By Reuters staff

NICOSIA/HERAKLION (Reuters) - Cyprus and the Greek island of Crete imposed new water restrictions on Monday after a third dry winter left reservoirs at record lows, with hotels in Ayia Napa and Chania asked to cut consumption by a fifth.

In Cyprus, the Water Development Department said the island's reservoirs were at 18 percent of capacity. Desalination plants at Larnaca and Limassol are running at full capacity, and a mobile unit is being installed near Paphos.

"Without desalination we would be in disaster," Agriculture Minister Maria Panayiotou said in Nicosia. Farmers in the Troodos foothills and around Famagusta district have been told to expect a 40 percent cut in irrigation.

In the Turkish Cypriot north, authorities in Kyrenia said a water pipeline from Turkey, damaged by storms in February, had been repaired.

On Crete, the regional governor in Heraklion said villages in Lasithi and the plateau above Rethymno were being supplied by tanker truck. Hoteliers in Hersonissos and Agios Nikolaos said they had installed water-saving showers and stopped filling some pools.

"Tourists come for the sun, but the sun is drying us out," said Chania taverna owner Nikos Papadakis.

Greece's government in Athens has announced a national water plan including desalination plants on the Cyclades islands of Santorini and Mykonos. Climate scientists say the eastern Mediterranean is warming faster than the global average.

Cyprus Airways said bookings from Israel and Britain were strong despite the restrictions.""", [
    ("NICOSIA", "CY", T, (35.173, 33.354)),
    ("HERAKLION", "GR", T, (35.328, 25.143)),
    ("Heraklion", "GR", T, (35.328, 25.143)),
    ("Nicosia", "CY", T, (35.173, 33.354)),
    ("Cyprus", "CY", C),
    ("Cyprus Airways", "-", N),
    ("Greek", "GR", Q),
    ("Crete", "GR", A),
    ("Ayia Napa", "CY", T, (34.982, 34.002)),
    ("Chania", "GR", T, (35.511, 24.029)),
    ("Larnaca", "CY", T, (34.922, 33.628)),
    ("Limassol", "CY", T, (34.684, 33.038)),
    ("Paphos", "CY", T, (34.777, 32.425)),
    ("Troodos", "CY", N),
    ("Famagusta", "CY", A),
    ("Turkish Cypriot", "CY", Q),
    ("Kyrenia", "CY", T, (35.336, 33.317)),
    ("Turkey", "TR", C),
    ("Lasithi", "GR", A),
    ("Rethymno", "GR", T, (35.366, 24.482)),
    ("Hersonissos", "GR", T, (35.316, 25.39)),
    ("Agios Nikolaos", "GR", T, (35.19, 25.716)),
    ("Greece", "GR", C),
    ("Athens", "GR", T, (37.984, 23.728)),
    ("Cyclades", "GR", N),
    ("Santorini", "GR", N),
    ("Mykonos", "GR", N),
    ("Mediterranean", "*", N),
    ("Israel", "IL", C),
    ("Britain", "GB", C),
])

add("c", """Bali tourist tax takes effect as Lombok seeks overflow visitors

By The Jakarta Post

DENPASAR, Bali — Foreign tourists arriving in Bali must now pay a levy of 150,000 rupiah (US$10) under a provincial regulation that took effect on Wednesday, as the island tries to fund cultural preservation and manage crowds in Ubud, Canggu and Seminyak.

Bali Governor Wayan Koster said revenue would pay for waste management and temple upkeep. Officials at Ngurah Rai International Airport said most arriving passengers, many from Australia, China and India, had paid online.

"Bali is not cheap any more, but it is still paradise," said Australian surfer Sumba Williams, 29, who has visited every year since he was a child.

Neighbouring Lombok, in West Nusa Tenggara province, is promoting itself as a quieter alternative. Hotels in Senggigi and around the Mandalika racing circuit near the southern Kuta beach reported growing bookings. The Gili Islands, reached by fast boat from Padang Bai and Sanur, remain popular with backpackers.

"We want the visitors Bali cannot handle," said West Nusa Tenggara tourism chief Jamaluddin Maladi in Mataram.

Climbers returned to Mount Rinjani after the volcano's trails reopened in April. In Bali, authorities have restricted access to Mount Agung during ceremonies.

Traffic congestion between Denpasar and Uluwatu, in the Bukit peninsula, has become a major complaint. The central government in Jakarta is studying a light rail line from the airport to Kuta and Canggu.

Nusa Penida, the island off Bali's south-east coast, has also seen a surge in visitors, straining its water supply.""", [
    ("DENPASAR", "ID", T, (-8.65, 115.217)),
    ("Denpasar", "ID", T, (-8.65, 115.217)),
    ("Bali", "ID", A),
    ("US", "US", Q),
    ("Ubud", "ID", T, (-8.51, 115.265)),
    ("Canggu", "ID", T, (-8.64, 115.13)),
    ("Seminyak", "ID", T, (-8.69, 115.16)),
    ("Ngurah Rai International Airport", "ID", Q),
    ("Australia", "AU", C),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Australian", "AU", Q),
    ("Sumba Williams", "-", N),
    ("Lombok", "ID", N),
    ("West Nusa Tenggara", "ID", A),
    ("Senggigi", "ID", T, (-8.49, 116.04)),
    ("Mandalika", "ID", N, (-8.89, 116.29)),
    ("Kuta#1", "ID", T, (-8.895, 116.28)),
    ("Kuta#2", "ID", T, (-8.723, 115.172)),
    ("Gili Islands", "ID", N),
    ("Padang Bai", "ID", T, (-8.53, 115.51)),
    ("Sanur", "ID", T, (-8.69, 115.26)),
    ("Mataram", "ID", T, (-8.583, 116.117)),
    ("Mount Rinjani", "ID", N),
    ("Mount Agung", "ID", N),
    ("Uluwatu", "ID", N, (-8.83, 115.09)),
    ("Bukit", "ID", N, (-8.80, 115.15)),
    ("Jakarta", "ID", T, (-6.214, 106.845)),
    ("Jakarta Post", "ID", Q),
    ("Nusa Penida", "ID", N),
])

add("c", """Asia's island getaways: Jeju, Palawan and Hokkaido ride travel boom

By Reuters staff

SEOUL (Reuters) - Island destinations across Asia are reporting record bookings this summer, from South Korea's Jeju to the Philippines' Palawan and Japan's northern island of Hokkaido, as regional travel recovers fully from the pandemic.

Jeju's provincial government said 14 million visitors were expected this year, with new direct flights from Singapore, Bangkok and Shanghai. Hotels in Seogwipo, on the island's southern coast, and in Jeju City said rooms for August were sold out. Hiking trails on Hallasan, South Korea's highest peak, now require reservations.

In the Philippines, officials in Puerto Princesa said arrivals to Palawan rose 35 percent in the first half. El Nido and Coron, known for limestone lagoons, have capped daily boat tours to protect reefs. Philippine Airlines and Cebu Pacific added flights from Manila and Cebu.

"Palawan was a secret. Now the whole world knows," said El Nido tour operator Marites Dizon.

On Hokkaido, ski resorts in Niseko are booming in winter, but summer visitors now outnumber them, drawn by lavender fields around Furano and the lakes of Shikotsu and Toya. The New Chitose airport outside Sapporo added routes to Taipei and Hong Kong. Officials in Hakodate and Kushiro said cruise calls had doubled.

Singapore's Sentosa island, meanwhile, is expanding its resorts, and the city-state's Changi Airport handled a record 67 million passengers last year.

Analysts at Nomura in Tokyo said a weak yen and won were making Japan and Korea especially attractive to travellers from Southeast Asia and Australia.""", [
    ("SEOUL", "KR", T, (37.566, 126.978)),
    ("Asia", "*", N),
    ("Southeast Asia", "*", N),
    ("South Korea", "KR", C),
    ("Korea", "KR", C),
    ("Jeju", "KR", A),
    ("Jeju City", "KR", T, (33.51, 126.522)),
    ("Philippines", "PH", C),
    ("Philippine Airlines", "-", N),
    ("Palawan", "PH", A),
    ("Japan", "JP", C),
    ("Hokkaido", "JP", A),
    ("Singapore", "SG", N),
    ("Bangkok", "TH", T, (13.754, 100.501)),
    ("Shanghai", "CN", T, (31.222, 121.458)),
    ("Seogwipo", "KR", T, (33.253, 126.562)),
    ("Hallasan", "KR", N),
    ("Puerto Princesa", "PH", T, (9.739, 118.735)),
    ("El Nido", "PH", T, (11.186, 119.396)),
    ("Coron", "PH", T, (11.999, 120.204)),
    ("Cebu Pacific", "-", N),
    ("Manila", "PH", T, (14.604, 120.982)),
    ("Cebu", "PH", T, (10.317, 123.891)),
    ("Niseko", "JP", T, (42.809, 140.686)),
    ("Furano", "JP", T, (43.342, 142.383)),
    ("Shikotsu", "JP", N),
    ("Toya", "JP", N),
    ("New Chitose", "JP", Q),
    ("Sapporo", "JP", T, (43.067, 141.35)),
    ("Taipei", "TW", T, (25.048, 121.532)),
    ("Hong Kong", "HK", N),
    ("Hakodate", "JP", T, (41.776, 140.737)),
    ("Kushiro", "JP", T, (42.975, 144.375)),
    ("Sentosa", "SG", N),
    ("Changi Airport", "SG", Q),
    ("Tokyo", "JP", T, (35.690, 139.692)),
    ("Australia", "AU", C),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
