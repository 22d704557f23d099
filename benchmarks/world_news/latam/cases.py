"""Latin America and the Caribbean: a held-out set of 40 full-length news articles (`latam`).

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py, and that never ran geomap on these articles. The articles are invented events told
the way wires, national papers and regional outlets publish them in English (Reuters, AP,
AFP, EFE, MercoPress, Buenos Aires Times, Mexico News Daily, Rio Times, Jamaica Gleaner,
Trinidad and Guyana papers, the Tico Times and the like); the places in them are real.
Each paragraph is one line of text, so that multi-word names never break across lines.

Genres (GENRES holds one letter per article):
  a - Mexico, Central America and the Caribbean (14 articles)
  b - the Andes and northern South America: Colombia, Venezuela, Ecuador, Peru, Bolivia,
      the Guianas (13 articles)
  c - Brazil and the Southern Cone: Argentina, Chile, Uruguay, Paraguay, the Falklands
      (13 articles)

Conventions:
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines ("CULIACÁN, Mexico (Reuters) -"); names are spelled as English-language
    outlets write them, sometimes with and sometimes without accents (Bogotá / BOGOTA).
  - "Sinaloa state", "Antioquia department", "Buenos Aires province": the name is listed
    without the generic word (the scorer strips it), kind A; a province, department or state
    named like its capital is A when the text means the region, T when it means the city.
  - countries C; admin-1/admin-2 regions and named regions inside one country A or N;
    cities, towns, villages T; neighbourhoods, barrios, favelas, rivers, lakes, volcanoes,
    islands, deserts and ranges N; features spanning countries (the Amazon, the Andes, the
    Caribbean, the Pacific, the River Plate estuary) country "*" or "A|B" for a feature on
    one border.
  - every city or town, and every namesake, carries a hint: a (lat, lon) point within 40 km
    of the intended entry (Santiago, Córdoba, San José, Santa Cruz, Valencia, Mérida,
    Concepción, Georgetown, Kingston, Stanley, Florida in Uruguay ...); some small places
    (Aguas Calientes, El Alto, Matarani, Toconao) may be missing from a cities500 gazetteer
    but are listed anyway.
  - demonyms and adjectives ("Mexican", "Venezuelans", "U.S." as an adjective) are listed
    with kind "?" and their country: debatable, not counted.
  - things named after places that are not places (clubs such as Boca Juniors, River Plate,
    Santos, São Paulo, Guadalajara, Club América; cartels and gangs such as the Sinaloa
    Cartel, Gulf Clan, Tren de Aragua; people such as Juan Manuel Santos or a "Rosario"; a
    storm; a stadium or bridge named after a person) are listed with country "-" where a
    reader could mistake them for a place; "Name#k" picks occurrences when one string is a
    place in one spot and not in another. Organisations and facilities whose name holds a
    place that is meant (an airport, a police force, a street) are listed with kind "?".
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: Mexico, Central America, Caribbean

add("a", """Gunfire paralyses Culiacán as Sinaloa Cartel factions fight for control

By Reuters staff

CULIACÁN, Mexico (Reuters) - Schools, shops and government offices stayed shut in Culiacán on Tuesday for a third straight day as rival factions of the Sinaloa Cartel fought running battles across the capital of Sinaloa state, officials said.

Gunmen torched trucks on the highway to Mazatlán and blocked roads near the airport, while residents of the Tierra Blanca neighbourhood reported hours of shooting overnight. State authorities said at least 14 people had been killed since Saturday, including two soldiers.

The fighting pits the so-called Chapitos, sons of jailed drug lord Joaquín "El Chapo" Guzmán, against a faction loyal to Ismael "El Mayo" Zambada, who was arrested in Texas after landing a small plane near El Paso. Mexican officials have said Zambada was taken to the United States against his will.

The defence ministry said 600 additional troops would be flown in from Mexico City and from bases in Sonora and Durango. Clashes have also been reported in Navolato, west of Culiacán, and in the mountain municipalities of Badiraguato and Cosalá, in the foothills of the Sierra Madre Occidental.

Farmers around Culiacán, whose irrigated fields make Sinaloa one of Mexico's biggest growers of tomatoes and chickpeas, said day labourers had stopped turning up. "Nobody wants to be on the roads after dark," said a grower in Eldorado, a farming town south of the city.

Washington has pressed President Claudia Sheinbaum's government to act against fentanyl laboratories in Sinaloa, whose output U.S. officials say is smuggled north through Sonora and Baja California into Arizona and California.
""", [
    ("CULIACÁN", "MX", T, (24.80, -107.39)),
    ("Mexico", "MX", C),
    ("Culiacán", "MX", T, (24.80, -107.39)),
    ("Sinaloa Cartel", "-", N),
    ("Sinaloa", "MX", A),
    ("Mazatlán", "MX", T, (23.22, -106.42)),
    ("Tierra Blanca", "MX", N, (24.80, -107.40)),
    ("El Chapo", "-", N),
    ("El Mayo", "-", N),
    ("Texas", "US", A),
    ("El Paso", "US", T, (31.76, -106.49)),
    ("Mexican", "MX", Q),
    ("United States", "US", C),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("Sonora", "MX", A),
    ("Durango", "MX", A),
    ("Navolato", "MX", T, (24.77, -107.70)),
    ("Badiraguato", "MX", T, (25.36, -107.55)),
    ("Cosalá", "MX", T, (24.41, -106.69)),
    ("Sierra Madre Occidental", "MX", N),
    ("Eldorado", "MX", T, (24.32, -107.37)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("U.S.", "US", Q),
    ("Baja California", "MX", A),
    ("Arizona", "US", A),
    ("California", "US", A),
])

add("a", """Hurricane Otilia slams into Guerrero coast, flooding Acapulco

By Mark Stevenson

ACAPULCO, Mexico (AP) - Hurricane Otilia roared ashore near Acapulco early Wednesday as a Category 3 storm, ripping roofs from hotels along the bay, knocking out power to most of the resort city and flooding low-lying neighbourhoods, Mexican authorities said.

The storm made landfall between Acapulco and Coyuca de Benítez, about 300 kilometres southwest of Mexico City. The U.S. National Hurricane Center in Miami said Otilia was weakening as it moved inland over the mountains of Guerrero state toward Chilpancingo, the state capital, but warned it could dump up to 500 millimetres of rain on parts of Guerrero, Michoacán and Oaxaca.

Civil protection officials had evacuated fishing villages around Tecpan de Galeana and Zihuatanejo, further up the Pacific coast, before the storm arrived. In Oaxaca, the navy closed the ports of Puerto Escondido and Salina Cruz to small craft. The Papagayo River burst its banks east of Acapulco, cutting the highway to the state capital for several hours.

Memories are still raw of Hurricane Otis, which killed more than 50 people in Acapulco in October 2023 after intensifying faster than forecasters expected. Many hotels on the Costera had only reopened this year.

"We barely finished rebuilding," said Rosa Martínez, who runs a seafood restaurant near the old port. "Now the water is back in the kitchen."

Airlines cancelled flights to Acapulco from Monterrey, Guadalajara and Houston, and the federal government said it would send 3,000 soldiers and marines with food and water.
""", [
    ("ACAPULCO", "MX", T, (16.85, -99.91)),
    ("Mexico", "MX", C),
    ("Otilia", "-", N),
    ("Guerrero", "MX", A),
    ("Acapulco", "MX", T, (16.85, -99.91)),
    ("Mexican", "MX", Q),
    ("Coyuca de Benítez", "MX", T, (17.01, -100.09)),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("U.S.", "US", Q),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Chilpancingo", "MX", T, (17.55, -99.50)),
    ("Michoacán", "MX", A),
    ("Oaxaca", "MX", A),
    ("Tecpan de Galeana", "MX", T, (17.22, -100.63)),
    ("Zihuatanejo", "MX", T, (17.64, -101.55)),
    ("Pacific", "*", N),
    ("Puerto Escondido", "MX", T, (15.86, -97.07)),
    ("Salina Cruz", "MX", T, (16.18, -95.19)),
    ("Papagayo River", "MX", N),
    ("Otis", "-", N),
    ("Monterrey", "MX", T, (25.68, -100.32)),
    ("Guadalajara", "MX", T, (20.68, -103.35)),
    ("Houston", "US", T, (29.76, -95.36)),
])

add("a", """Migrant crossings through Darién Gap collapse as some now head south

By Juan José Rodríguez

PANAMA CITY (AFP) - The number of migrants crossing the Darién Gap, the roadless jungle between Colombia and Panama, fell by more than 90 percent in the first half of the year, Panama's National Migration Service said on Thursday.

At the reception camp in Lajas Blancas, in Darién province, only a few dozen people were arriving each day, compared with thousands in 2023, when more than half a million people made the trek. Most were Venezuelans, followed by Ecuadorians, Haitians and Chinese nationals.

In Bajo Chiquito, the Emberá village where migrants usually emerge from the forest after walking for days from Necoclí and Acandí on the Colombian side, canoe operators who ferried travellers down the Tuquesa River said they had no work.

Officials attributed the drop to tougher U.S. asylum rules and to the closure of trails by Panamanian border police. A growing number of migrants are now travelling in the opposite direction: hundreds of Venezuelans who had waited months in Tapachula or Mexico City have taken buses back through Guatemala, Honduras, Nicaragua and Costa Rica, crossing into Panama at Paso Canoas.

Because the jungle route is too dangerous to walk south, many pay for boats from Miramar, in Colón province, along the Caribbean coast to Puerto Obaldía, near the Colombian border, and from there to Necoclí. A boat carrying 21 people capsized off the coast of Guna Yala last month, killing a girl from Venezuela.

"We spent everything to get to the north, and now we spend what is left to go home," said Yorbelis, 27, from Maracay, waiting at the dock in Miramar with her two children.
""", [
    ("PANAMA CITY", "PA", T, (8.99, -79.52)),
    ("Darién Gap", "PA|CO", N),
    ("Colombia", "CO", C),
    ("Panama", "PA", C),
    ("Lajas Blancas", "PA", T, (8.41, -77.81)),
    ("Darién", "PA", A),
    ("Venezuelans", "VE", Q),
    ("Ecuadorians", "EC", Q),
    ("Haitians", "HT", Q),
    ("Chinese", "CN", Q),
    ("Bajo Chiquito", "PA", N, (8.03, -77.56)),
    ("Necoclí", "CO", T, (8.43, -76.79)),
    ("Acandí", "CO", T, (8.51, -77.28)),
    ("Colombian", "CO", Q),
    ("Tuquesa River", "PA", N),
    ("U.S.", "US", Q),
    ("Panamanian", "PA", Q),
    ("Tapachula", "MX", T, (14.91, -92.26)),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("Guatemala", "GT", C),
    ("Honduras", "HN", C),
    ("Nicaragua", "NI", C),
    ("Costa Rica", "CR", C),
    ("Paso Canoas", "PA|CR", T, (8.53, -82.84)),
    ("Miramar", "PA", T, (9.58, -79.34)),
    ("Colón", "PA", A),
    ("Caribbean", "*", N),
    ("Puerto Obaldía", "PA", T, (8.67, -77.42)),
    ("Guna Yala", "PA", A),
    ("Venezuela", "VE", C),
    ("Maracay", "VE", T, (10.25, -67.60)),
])

add("a", """Indigenous leaders block Guatemala highways in defence of election result

By EFE

GUATEMALA CITY (EFE) - Indigenous authorities from Totonicapán and Sololá blocked dozens of highways across Guatemala on Monday, demanding the resignation of the attorney general, whom they accuse of trying to overturn the victory of President Bernardo Arévalo.

Roadblocks were reported on the Inter-American Highway at Cuatro Caminos, in Quetzaltenango department, and on the highway linking the capital with Puerto Barrios, the country's main port on the Caribbean. In Huehuetenango, near the Mexican border crossing at La Mesilla, lorry drivers said queues stretched for 20 kilometres.

In the northern department of Petén, protesters closed the bridge between Santa Elena and the island town of Flores, stranding tourists heading to the Maya ruins at Tikal. Farther south, sugar cane workers blocked access to the port of San José on the Pacific, in Escuintla department.

In Guatemala City, several thousand people gathered outside the Public Ministry, many wearing the traditional dress of Cobán, Chichicastenango and the towns around Lake Atitlán. Tour operators in Antigua Guatemala said cancellations had doubled in a week.

The 48 Cantons of Totonicapán, a centuries-old Indigenous council, said the protests would continue until the prosecutors stepped down. Washington and the Organization of American States have both warned against what they called attempts to undermine the vote.
""", [
    ("GUATEMALA CITY", "GT", T, (14.64, -90.51)),
    ("Totonicapán", "GT", N, (14.91, -91.36)),
    ("Sololá", "GT", N, (14.77, -91.18)),
    ("Guatemala", "GT", C),
    ("Cuatro Caminos", "GT", N, (14.91, -91.45)),
    ("Quetzaltenango", "GT", A),
    ("Puerto Barrios", "GT", T, (15.73, -88.60)),
    ("Caribbean", "*", N),
    ("Huehuetenango", "GT", N, (15.32, -91.47)),
    ("Mexican", "MX", Q),
    ("La Mesilla", "GT", T, (15.64, -91.98)),
    ("Petén", "GT", A),
    ("Santa Elena", "GT", T, (16.92, -89.89)),
    ("Flores", "GT", T, (16.92, -89.90)),
    ("Tikal", "GT", N, (17.22, -89.62)),
    ("San José", "GT", T, (13.92, -90.82)),
    ("Pacific", "*", N),
    ("Escuintla", "GT", A),
    ("Guatemala City", "GT", T, (14.64, -90.51)),
    ("Cobán", "GT", T, (15.47, -90.37)),
    ("Chichicastenango", "GT", T, (14.94, -91.11)),
    ("Lake Atitlán", "GT", N),
    ("Antigua Guatemala", "GT", T, (14.56, -90.73)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Organization of American States", "-", N),
])

add("a", """Police flood St Andrew, Spanish Town with patrols after deadly weekend

By Gleaner Writer

KINGSTON, Jamaica - The Jamaica Constabulary Force has deployed more than 300 additional officers to St Andrew and St Catherine after at least 11 people were killed in a spate of shootings over the weekend, the police high command said yesterday.

Four of the victims were shot in August Town, the St Andrew community where a truce between rival gangs appeared to collapse on Friday night. Two men were killed at a bar in Grants Pen and a taxi operator was shot dead in Half-Way Tree in broad daylight on Saturday.

In Spanish Town, the old capital, police said a dispute between factions of the Clansman gang led to the killings of three men in the Tawes Meadows area. A curfew was imposed there and in parts of Portmore on Sunday.

Outside the Corporate Area, detectives in St James are investigating a double murder in Montego Bay, while the Clarendon police are searching for gunmen who opened fire on a funeral procession in May Pen. Westmoreland, which recorded the island's highest murder rate last year, reported no killings for a second weekend.

National Security Minister Dr Horace Chang said the Government would consider new states of public emergency for Kingston and St Andrew. Opposition spokesman Peter Bunting said the measures had failed before. "You cannot curfew your way out of this," he said.

Jamaica recorded 1,393 murders last year, down from 1,498 the year before. Police said guns seized this year had been traced mainly to Florida and Georgia in the United States, and to Haiti.
""", [
    ("KINGSTON", "JM", T, (18.00, -76.79)),
    ("Jamaica Constabulary Force", "JM", Q),
    ("Jamaica", "JM", C),
    ("St Andrew", "JM", A),
    ("St Catherine", "JM", A),
    ("August Town", "JM", N, (18.01, -76.74)),
    ("Grants Pen", "JM", N, (18.03, -76.78)),
    ("Half-Way Tree", "JM", N, (18.01, -76.80)),
    ("Spanish Town", "JM", T, (17.99, -76.96)),
    ("Tawes Meadows", "JM", N, (17.99, -76.96)),
    ("Portmore", "JM", T, (17.97, -76.89)),
    ("Corporate Area", "JM", N, (18.00, -76.79)),
    ("St James", "JM", A),
    ("Montego Bay", "JM", T, (18.47, -77.92)),
    ("Clarendon", "JM", A),
    ("May Pen", "JM", T, (17.96, -77.25)),
    ("Westmoreland", "JM", A),
    ("Kingston", "JM", N, (18.00, -76.79)),
    ("Florida", "US", A),
    ("Georgia", "US", A),
    ("United States", "US", C),
    ("Haiti", "HT", C),
])

add("a", """Gangs overrun Artibonite town as Kenyan-led mission struggles for reinforcements

By Harold Isaac

PORT-AU-PRINCE (Reuters) - Armed gangs overran the town of Petite-Rivière de l'Artibonite on Sunday, killing at least 20 people and setting homes on fire, forcing thousands to flee toward Saint-Marc and Gonaïves, Haitian officials and aid groups said.

The attack, claimed by the Gran Grif gang, was the deadliest in the Artibonite, Haiti's rice-growing heartland, since a massacre in the same area last year. Survivors said gunmen arrived by motorcycle and boat along the Artibonite River before dawn.

In Port-au-Prince, the Viv Ansanm gang coalition controls most of the capital, including Cité Soleil and Martissant, and has pushed into the hillside suburb of Kenscoff, cutting the main road to the south. Flights into the capital remain suspended, leaving Cap-Haïtien in the north as the main gateway for aid.

The multinational security mission led by Kenya has about 1,000 officers on the ground, far below the 2,500 pledged. Officials in Nairobi said a further 600 police would deploy next month, joining contingents from Guatemala, El Salvador, Jamaica and the Bahamas.

Meanwhile, the Dominican Republic deported more than 27,000 Haitians last month, according to the International Organization for Migration, most of them through the border crossing between Dajabón and Ouanaminthe. Authorities in Santo Domingo said the deportations would continue and that work on a border wall would be extended.

"The government has no presence here any more," said a farmer who fled to Saint-Marc with his five children. "Only the gangs."
""", [
    ("PORT-AU-PRINCE", "HT", T, (18.54, -72.34)),
    ("Kenyan", "KE", Q),
    ("Petite-Rivière de l'Artibonite", "HT", T, (19.13, -72.48)),
    ("Saint-Marc", "HT", T, (19.11, -72.70)),
    ("Gonaïves", "HT", T, (19.45, -72.69)),
    ("Haitian", "HT", Q),
    ("Artibonite River", "HT", N),
    ("Artibonite", "HT", A),
    ("Haiti", "HT", C),
    ("Port-au-Prince", "HT", T, (18.54, -72.34)),
    ("Cité Soleil", "HT", N, (18.58, -72.33)),
    ("Martissant", "HT", N, (18.53, -72.36)),
    ("Kenscoff", "HT", T, (18.45, -72.28)),
    ("Cap-Haïtien", "HT", T, (19.76, -72.20)),
    ("Kenya", "KE", C),
    ("Nairobi", "KE", T, (-1.28, 36.82)),
    ("Guatemala", "GT", C),
    ("El Salvador", "SV", C),
    ("Jamaica", "JM", C),
    ("Bahamas", "BS", C),
    ("Dominican Republic", "DO", C),
    ("Haitians", "HT", Q),
    ("Dajabón", "DO", T, (19.55, -71.71)),
    ("Ouanaminthe", "HT", T, (19.55, -71.72)),
    ("Santo Domingo", "DO", T, (18.47, -69.89)),
])

add("a", """Cuba's power grid collapses again, plunging island into darkness

By Andrea Rodríguez

HAVANA (AFP) - Cuba's national electricity grid collapsed on Friday for the third time in six months, leaving nearly 10 million people without power, after a breakdown at the Antonio Guiteras thermoelectric plant in Matanzas, the island's largest, the energy ministry said.

From Pinar del Río in the far west to Guantánamo in the east, hospitals switched to generators and water pumps fell silent. By Saturday evening engineers had restored partial supply to parts of Havana and to Santiago de Cuba, the second city, but Holguín and Camagüey remained almost entirely dark.

In the Havana neighbourhoods of Centro Habana and Marianao, residents banged pots and pans late into the night, and small groups blocked streets with burning rubbish. Police detained several people in Cienfuegos after a crowd gathered outside a Communist Party office.

The government blamed the crisis on fuel shortages caused by the U.S. embargo and said tankers from Mexico and Russia were on their way. A vessel carrying diesel was due to dock in Matanzas next week after loading in Veracruz. Shipments from Venezuela, long Havana's main supplier, have fallen by more than half since 2023.

The Isla de la Juventud, which runs on its own small grid, was the only part of the country with a steady supply. In Miami, Cuban exile groups urged Washington to send humanitarian aid directly to churches on the island rather than through the government.
""", [
    ("HAVANA", "CU", T, (23.13, -82.38)),
    ("Cuba", "CU", C),
    ("Antonio Guiteras", "-", N),
    ("Matanzas", "CU", T, (23.04, -81.58)),
    ("Pinar del Río", "CU", N, (22.42, -83.70)),
    ("Guantánamo", "CU", N, (20.14, -75.21)),
    ("Havana", "CU", T, (23.13, -82.38)),
    ("Santiago de Cuba", "CU", T, (20.02, -75.82)),
    ("Holguín", "CU", T, (20.89, -76.26)),
    ("Camagüey", "CU", T, (21.38, -77.92)),
    ("Centro Habana", "CU", N, (23.13, -82.37)),
    ("Marianao", "CU", N, (23.07, -82.43)),
    ("Cienfuegos", "CU", T, (22.15, -80.45)),
    ("U.S.", "US", Q),
    ("Mexico", "MX", C),
    ("Russia", "RU", C),
    ("Veracruz", "MX", T, (19.18, -96.14)),
    ("Venezuela", "VE", C),
    ("Isla de la Juventud", "CU", N),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Cuban", "CU", Q),
    ("Washington", "US", T, (38.90, -77.04)),
])

add("a", """Maya Train lifts visitors to Yucatán's colonial towns, but Cancún still rules

By Mexico News Daily

MÉRIDA, Yucatán - Two years after its first stretch opened, the Maya Train is finally bringing tourists to the colonial towns of Yucatán state, although most foreign visitors to the peninsula still never leave the beaches of Quintana Roo.

Hotel occupancy in Mérida averaged 68% last year, according to the state tourism ministry, while Valladolid and Izamal, both stops on the line, reported record numbers of overnight stays. The station at Chichén Itzá has become the busiest on the network outside Cancún.

"Five years ago people came from Cancún for three hours to see the pyramid and went back," said a tour guide in Valladolid. "Now they sleep here."

The 1,554-kilometre line loops around the Yucatán Peninsula, linking Cancún, Playa del Carmen, Tulum and Bacalar on the Caribbean coast with Campeche, on the Gulf of Mexico, and Palenque in Chiapas. A branch to the port of Progreso, north of Mérida, is under construction.

Critics say the project, built by the army, damaged caves and cenotes in the jungle south of Playa del Carmen, and ridership remains well below forecasts. Trains between Campeche and Palenque often run half empty.

Still, the Riviera Maya remains the country's tourism engine. Cancún's airport handled more than 30 million passengers last year, led by travellers from the United States and Canada, with new direct flights from Toronto, Madrid and Bogotá.
""", [
    ("Yucatán", "MX", A),
    ("Mexico News Daily", "-", N),
    ("Cancún", "MX", T, (21.17, -86.85)),
    ("MÉRIDA", "MX", T, (20.97, -89.62)),
    ("Quintana Roo", "MX", A),
    ("Mérida", "MX", T, (20.97, -89.62)),
    ("Valladolid", "MX", T, (20.69, -88.20)),
    ("Izamal", "MX", T, (20.93, -89.02)),
    ("Chichén Itzá", "MX", N, (20.68, -88.57)),
    ("Yucatán Peninsula", "*", N),
    ("Playa del Carmen", "MX", T, (20.63, -87.08)),
    ("Tulum", "MX", T, (20.21, -87.46)),
    ("Bacalar", "MX", T, (18.68, -88.39)),
    ("Caribbean", "*", N),
    ("Campeche", "MX", T, (19.84, -90.52)),
    ("Gulf of Mexico", "*", N),
    ("Palenque", "MX", T, (17.51, -91.98)),
    ("Chiapas", "MX", A),
    ("Progreso", "MX", T, (21.28, -89.66)),
    ("Riviera Maya", "MX", N),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("Toronto", "CA", T, (43.71, -79.40)),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Bogotá", "CO", T, (4.61, -74.08)),
])

add("a", """América edge Guadalajara in Clásico Nacional at revamped Azteca

By AP Sports

MEXICO CITY (AP) - Club América beat Guadalajara 2-1 on Saturday night in the first Clásico Nacional at the renovated Estadio Azteca, which will host the opening match of the 2026 World Cup in June.

Henry Martín headed the winner in the 81st minute after Roberto Alvarado had cancelled out Brian Rodríguez's opener for the hosts. Guadalajara coach Gerardo Espinoza said his side had "deserved more" and complained about the state of the new hybrid pitch.

The win lifted América to second in the Liga MX table, two points behind Toluca, who beat Pachuca 3-0. Monterrey drew 1-1 with Tigres in the Clásico Regio in front of 52,000 fans in Monterrey, León won 2-0 at Santos Laguna in Torreón, and Cruz Azul thrashed Puebla 4-0 at the Estadio Cuauhtémoc in Puebla.

Guadalajara, the only top-flight club that fields exclusively Mexican players, flew back to Guadalajara on Sunday morning with four matches left to secure a playoff place.

Organisers said 83,000 tickets had been sold for the match, a record since the stadium reopened. Monterrey and Guadalajara will also stage World Cup games next summer, along with 11 cities in the United States and two in Canada, Toronto and Vancouver.
""", [
    ("Azteca", "-", N),
    ("MEXICO CITY", "MX", T, (19.43, -99.13)),
    ("América", "-", N),
    ("Club América", "-", N),
    ("Guadalajara#1,2,3,4", "-", N),
    ("Guadalajara#5,6", "MX", T, (20.68, -103.35)),
    ("Toluca", "-", N),
    ("Pachuca", "-", N),
    ("Monterrey#1", "-", N),
    ("Monterrey#2,3", "MX", T, (25.68, -100.32)),
    ("León", "-", N),
    ("Santos Laguna", "-", N),
    ("Torreón", "MX", T, (25.54, -103.42)),
    ("Puebla#1", "-", N),
    ("Puebla#2", "MX", T, (19.05, -98.21)),
    ("Cruz Azul", "-", N),
    ("Estadio Cuauhtémoc", "-", N),
    ("Mexican", "MX", Q),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("Toronto", "CA", T, (43.71, -79.40)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
])

add("a", """Poás volcano eruption shuts national park, ash falls on San José

By Tico Times staff

SAN JOSÉ, Costa Rica - The Poás Volcano in Alajuela province erupted on Sunday afternoon, sending a column of ash and gas three kilometres into the sky and forcing the closure of the national park, the Costa Rican Volcanological and Seismological Observatory said.

Winds carried the ash south-east over the Central Valley, dusting cars and rooftops in Grecia, Sarchí and Alajuela and, by evening, in Heredia and parts of San José. The civil aviation authority suspended operations at Juan Santamaría International Airport for five hours and diverted several flights to Liberia, in the northwestern province of Guanacaste.

Farmers in the coffee and strawberry fields on the volcano's slopes reported damage to crops. The National Emergency Commission raised the alert level for the surrounding cantons to orange and said it was monitoring the Rincón de la Vieja volcano, also in Guanacaste, and Turrialba Volcano, east of Cartago, which has been emitting ash intermittently since 2014.

The Poás crater, one of the widest active craters in the world, is among Costa Rica's most visited sites, drawing tour groups from San José and from cruise ships docking at Puntarenas and Limón. Tour operators said bookings had been cancelled through the end of the month.

Authorities in neighbouring Nicaragua said they were watching the Masaya volcano, south of Managua, which has shown increased activity in recent weeks.
""", [
    ("SAN JOSÉ", "CR", T, (9.93, -84.08)),
    ("Costa Rica", "CR", C),
    ("Poás Volcano", "CR", N, (10.20, -84.23)),
    ("Poás", "CR", N, (10.20, -84.23)),
    ("Alajuela#1", "CR", A),
    ("Alajuela#2", "CR", T, (10.02, -84.21)),
    ("Costa Rican", "CR", Q),
    ("Central Valley", "CR", N, (9.95, -84.10)),
    ("Grecia", "CR", T, (10.07, -84.31)),
    ("Sarchí", "CR", T, (10.09, -84.35)),
    ("Heredia", "CR", T, (10.00, -84.12)),
    ("San José", "CR", T, (9.93, -84.08)),
    ("Juan Santamaría", "-", N),
    ("Liberia", "CR", T, (10.64, -85.44)),
    ("Guanacaste", "CR", A),
    ("Rincón de la Vieja", "CR", N, (10.83, -85.32)),
    ("Turrialba Volcano", "CR", N, (10.03, -83.77)),
    ("Cartago", "CR", T, (9.86, -83.92)),
    ("Puntarenas", "CR", T, (9.98, -84.84)),
    ("Limón", "CR", T, (9.99, -83.03)),
    ("Nicaragua", "NI", C),
    ("Masaya", "NI", N, (11.98, -86.16)),
    ("Managua", "NI", T, (12.13, -86.25)),
])

add("a", """Bukele extends emergency rule as Honduras copies El Salvador's crackdown

By Nelson Rentería

SAN SALVADOR (Reuters) - El Salvador's Congress on Wednesday extended the state of exception that has suspended some constitutional rights for more than three years, as neighbouring Honduras announced it would expand its own gang crackdown modelled on President Nayib Bukele's.

More than 83,000 people have been detained since the emergency began, most of them accused of belonging to the MS-13 or Barrio 18 gangs. Thousands are held in the Terrorism Confinement Center in Tecoluca, in San Vicente department, a mega-prison about 75 kilometres east of the capital that has also received deportees sent from the United States.

Residents of Soyapango, once among the most violent districts of greater San Salvador, said the streets were safe for the first time in decades. Human rights groups say hundreds of detainees have died in custody, and relatives queued outside courts in Santa Ana and San Miguel on Wednesday seeking news of sons and brothers.

In Tegucigalpa, Honduran officials said the army would take over security in San Pedro Sula, Choloma and La Ceiba, and that construction would begin this year on a 20,000-bed prison on the Swan Islands, about 250 kilometres off the Caribbean coast. Cortés department, which includes San Pedro Sula, accounts for nearly a third of the country's homicides.

Guatemala, which shares a border with both countries, said it had sent extra troops to the crossings at El Florido, near the Maya ruins of Copán, and Pedro de Alvarado, on the Pacific coast, to prevent gang members fleeing north. Nicaragua said its navy was patrolling the Gulf of Fonseca.
""", [
    ("SAN SALVADOR", "SV", T, (13.69, -89.19)),
    ("Honduras", "HN", C),
    ("El Salvador", "SV", C),
    ("Barrio 18", "-", N),
    ("Tecoluca", "SV", T, (13.79, -89.01)),
    ("San Vicente", "SV", A),
    ("United States", "US", C),
    ("Soyapango", "SV", T, (13.71, -89.14)),
    ("San Salvador", "SV", T, (13.69, -89.19)),
    ("Santa Ana", "SV", T, (13.99, -89.56)),
    ("San Miguel", "SV", T, (13.48, -88.18)),
    ("Tegucigalpa", "HN", T, (14.08, -87.21)),
    ("Honduran", "HN", Q),
    ("San Pedro Sula", "HN", T, (15.51, -88.03)),
    ("Choloma", "HN", T, (15.61, -87.95)),
    ("La Ceiba", "HN", T, (15.76, -86.78)),
    ("Swan Islands", "HN", N),
    ("Caribbean", "*", N),
    ("Cortés", "HN", A),
    ("Guatemala", "GT", C),
    ("El Florido", "GT", T, (14.86, -89.16)),
    ("Copán", "HN", N, (14.84, -89.16)),
    ("Pedro de Alvarado", "GT", T, (13.79, -90.11)),
    ("Pacific", "*", N),
    ("Nicaragua", "NI", C),
    ("Gulf of Fonseca", "*", N),
])

add("a", """Island-wide blackout hits Puerto Rico on eve of Easter

By Dánica Coto

SAN JUAN, Puerto Rico (AP) - A blackout hit all of Puerto Rico on Wednesday, leaving some 1.4 million customers without power on the eve of the Easter holidays in the latest outage to strike the U.S. territory's fragile grid.

Luma Energy, the private company that operates transmission and distribution, said the failure began when a line tripped near the Costa Sur power plant in Guayanilla, on the south coast, setting off a cascade that shut down generators at the Aguirre complex in Salinas and at plants serving San Juan.

Traffic lights went dark across San Juan, Bayamón and Caguas, and hospitals in Ponce and Mayagüez ran on generators. The islands of Vieques and Culebra, which depend on an undersea cable from the main island, were also without power. The Luis Muñoz Marín International Airport said flights were operating normally on backup power.

Governor Jenniffer González said she had asked Washington for emergency funds and called the outage "unacceptable". Many Puerto Ricans still recall Hurricane Maria, which destroyed the grid in 2017, and the island-wide blackout that followed Hurricane Fiona five years later.

By Thursday morning, power had been restored to about 40% of customers, mainly in the San Juan metropolitan area and in Aguadilla on the west coast. Families with relatives in Florida said many were considering leaving for Orlando, home to one of the largest Puerto Rican communities on the U.S. mainland.
""", [
    ("SAN JUAN", "PR", T, (18.47, -66.11)),
    ("Puerto Rico", "PR", C),
    ("U.S.", "US", Q),
    ("Costa Sur", "PR", Q),
    ("Guayanilla", "PR", T, (18.02, -66.79)),
    ("Aguirre", "PR", Q),
    ("Salinas", "PR", T, (17.98, -66.30)),
    ("San Juan", "PR", T, (18.47, -66.11)),
    ("Bayamón", "PR", T, (18.40, -66.16)),
    ("Caguas", "PR", T, (18.23, -66.05)),
    ("Ponce", "PR", T, (18.01, -66.62)),
    ("Mayagüez", "PR", T, (18.20, -67.14)),
    ("Vieques", "PR", N, (18.12, -65.44)),
    ("Culebra", "PR", N, (18.31, -65.30)),
    ("Luis Muñoz Marín", "-", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Puerto Ricans", "PR", Q),
    ("Aguadilla", "PR", T, (18.43, -67.15)),
    ("Florida", "US", A),
    ("Orlando", "US", T, (28.54, -81.38)),
    ("Puerto Rican", "PR", Q),
])

add("a", """State of emergency extended as gang killings climb in Trinidad

By Newsday reporter

PORT OF SPAIN, Trinidad - Parliament on Friday extended the state of emergency for a further three months after police recorded 48 murders in January, most of them in the east Port of Spain communities of Laventille and Morvant and in the southern city of San Fernando.

Acting Commissioner of Police Junior Benjamin told legislators that gang feuds had spread from the capital to Chaguanas, Arima and Couva, and that several of the high-powered rifles seized this year had been smuggled from Venezuela across the Gulf of Paria. Fishing boats regularly make the 11-kilometre crossing from the Venezuelan coast to Cedros and Icacos, on Trinidad's south-western tip.

The Opposition said the emergency had done little to stop the killings and accused the Government of ignoring the south, where oil workers in Point Fortin say they are afraid to travel home after night shifts.

In Tobago, the Tobago House of Assembly said it would ask for more officers after two tourists were robbed at gunpoint near Scarborough, the island's capital. Hoteliers fear the violence will hit bookings from Britain and Germany ahead of the Tobago Jazz Experience.

Trinidad and Tobago recorded 623 murders last year, its highest total on record. Regional leaders meeting in Bridgetown, Barbados, this month are expected to discuss a joint Caribbean strategy on firearms trafficking, much of it traced to Florida. Guyana and Grenada have offered to share intelligence, and the coast guard base at Chaguaramas, west of the capital, will host a training programme for regional forces.
""", [
    ("PORT OF SPAIN", "TT", T, (10.67, -61.52)),
    ("Trinidad", "TT", N, (10.45, -61.25)),
    ("Port of Spain", "TT", T, (10.67, -61.52)),
    ("Laventille", "TT", T, (10.65, -61.50)),
    ("Morvant", "TT", N, (10.65, -61.48)),
    ("San Fernando", "TT", T, (10.28, -61.47)),
    ("Chaguanas", "TT", T, (10.52, -61.42)),
    ("Arima", "TT", T, (10.64, -61.28)),
    ("Couva", "TT", T, (10.42, -61.47)),
    ("Venezuela", "VE", C),
    ("Gulf of Paria", "*", N),
    ("Venezuelan", "VE", Q),
    ("Cedros", "TT", N, (10.10, -61.83)),
    ("Icacos", "TT", N, (10.07, -61.91)),
    ("Point Fortin", "TT", T, (10.17, -61.68)),
    ("Tobago House of Assembly", "TT", Q),
    ("Tobago Jazz Experience", "-", N),
    ("Tobago", "TT", N, (11.23, -60.67)),
    ("Scarborough", "TT", T, (11.18, -60.74)),
    ("Britain", "GB", C),
    ("Germany", "DE", C),
    ("Trinidad and Tobago", "TT", C),
    ("Bridgetown", "BB", T, (13.11, -59.62)),
    ("Barbados", "BB", C),
    ("Caribbean", "*", N),
    ("Florida", "US", A),
    ("Guyana", "GY", C),
    ("Grenada", "GD", C),
    ("Chaguaramas", "TT", N, (10.68, -61.64)),
])

add("a", """U.S. suspends avocado inspections in Michoacán after threats to inspectors

By Reuters staff

MORELIA, Mexico (Reuters) - The U.S. Department of Agriculture has suspended avocado inspections in parts of Michoacán after two of its inspectors were threatened by armed men near Uruapan, halting shipments from the state that supplies most of the avocados eaten in the United States, officials said on Monday.

The inspectors were stopped at a roadblock between Uruapan and Tancítaro, in the heart of the avocado belt, and ordered out of their vehicle, the U.S. embassy in Mexico City said. Packing houses in Peribán, Tacámbaro and Ario de Rosales said trucks already loaded for the border crossings at Laredo and Pharr, in Texas, were being turned back.

Michoacán's orchards have long been targeted by criminal groups that extort growers. The Jalisco New Generation Cartel and the Cárteles Unidos have fought for years over the hot lowlands of the Tierra Caliente around Apatzingán, and the violence has crept into the cooler highlands where avocados grow.

The suspension does not affect orchards in neighbouring Jalisco state, which was cleared to export to the United States in 2022 and now accounts for about a tenth of shipments. Growers in Zamora, near the Jalisco border, said they hoped to divert fruit through packers there.

Michoacán Governor Alfredo Ramírez Bedolla said state police had been deployed to escort inspectors. A similar suspension in 2022 lasted a week and sent wholesale prices in Los Angeles and Chicago up by a third. Mexico competes in the U.S. market with growers in Peru, Colombia and the Dominican Republic.
""", [
    ("U.S.", "US", Q),
    ("Michoacán", "MX", A),
    ("MORELIA", "MX", T, (19.70, -101.18)),
    ("Mexico", "MX", C),
    ("Uruapan", "MX", T, (19.42, -102.06)),
    ("United States", "US", C),
    ("Tancítaro", "MX", T, (19.34, -102.36)),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("Peribán", "MX", T, (19.52, -102.42)),
    ("Tacámbaro", "MX", T, (19.24, -101.46)),
    ("Ario de Rosales", "MX", T, (19.21, -101.71)),
    ("Laredo", "US", T, (27.51, -99.51)),
    ("Pharr", "US", T, (26.19, -98.18)),
    ("Texas", "US", A),
    ("Jalisco New Generation Cartel", "-", N),
    ("Cárteles Unidos", "-", N),
    ("Tierra Caliente", "MX", N, (19.05, -102.20)),
    ("Apatzingán", "MX", T, (19.09, -102.36)),
    ("Jalisco", "MX", A),
    ("Zamora", "MX", T, (19.98, -102.29)),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Peru", "PE", C),
    ("Colombia", "CO", C),
    ("Dominican Republic", "DO", C),
])


# ---------------------------------------------------------------- b: the Andes and northern South America

add("b", """Colombia sends 5,000 troops to Catatumbo as ELN offensive displaces thousands

By Luis Jaime Acosta

BOGOTA (Reuters) - Colombia will deploy 5,000 soldiers to the Catatumbo region on the border with Venezuela after an offensive by the National Liberation Army (ELN) rebels against former FARC fighters killed at least 80 people and forced more than 32,000 from their homes, the defence ministry said on Tuesday.

Families fleeing rural areas around Tibú and El Tarra packed sports halls and schools in Ocaña and Cúcuta, the capital of Norte de Santander province, where the local government declared a humanitarian emergency. Some crossed into Venezuela's Zulia state.

President Gustavo Petro suspended peace talks with the ELN, which had been held in Havana, Caracas and Mexico City, accusing the group's commanders of "war crimes". The ELN said it had acted against dissidents who were murdering civilians in the coca-growing region.

The army is stretched elsewhere. In Antioquia department, the Gulf Clan, Colombia's largest drug trafficking group, has expanded from its base in the Urabá region, around Apartadó and Turbo, into gold-mining towns north of Medellín. In Cauca department, FARC dissident factions have attacked police stations in Jamundí, on the outskirts of Cali, with drones.

Critics say the government's "total peace" policy has allowed armed groups to recruit and grow. The 2016 peace agreement, signed by former President Juan Manuel Santos, was meant to bring state presence to regions like Catatumbo, but coca cultivation in Norte de Santander has more than tripled since then, according to United Nations figures.

"We left everything, the animals, the crops," said a farmer who walked three days to reach Cúcuta. "Here at least nobody is shooting."
""", [
    ("BOGOTA", "CO", T, (4.61, -74.08)),
    ("Colombia", "CO", C),
    ("Catatumbo", "CO", N, (8.6, -73.0)),
    ("Venezuela", "VE", C),
    ("Tibú", "CO", T, (8.64, -72.74)),
    ("El Tarra", "CO", T, (8.58, -73.10)),
    ("Ocaña", "CO", T, (8.24, -73.36)),
    ("Cúcuta", "CO", T, (7.91, -72.50)),
    ("Norte de Santander", "CO", A),
    ("Zulia", "VE", A),
    ("Havana", "CU", T, (23.13, -82.38)),
    ("Caracas", "VE", T, (10.49, -66.88)),
    ("Mexico City", "MX", T, (19.43, -99.13)),
    ("Antioquia", "CO", A),
    ("Gulf Clan", "-", N),
    ("Urabá", "CO", N, (7.9, -76.6)),
    ("Apartadó", "CO", T, (7.88, -76.63)),
    ("Turbo", "CO", T, (8.09, -76.73)),
    ("Medellín", "CO", T, (6.25, -75.57)),
    ("Cauca", "CO", A),
    ("Jamundí", "CO", T, (3.26, -76.53)),
    ("Cali", "CO", T, (3.43, -76.52)),
    ("Juan Manuel Santos", "-", N),
])

add("b", """Atlético Nacional clinch Colombian title with win over Millonarios

By EFE

MEDELLÍN, Colombia (EFE) - Atlético Nacional won their 18th Colombian league title on Sunday, beating Millonarios 2-0 at the Estadio Atanasio Girardot in Medellín to take the final 3-1 on aggregate.

Nacional, who had lost the first leg 1-0 in Bogotá, turned the tie around with goals from Alfredo Morelos and Marino Hinestroza in front of 44,000 fans. Celebrations spilled into the streets of Medellín and the nearby towns of Bello and Envigado, where police reported scattered clashes but no serious injuries.

The win earns Nacional a place in next year's Copa Libertadores group stage alongside Santa Fe, the Bogotá club who finished top of the regular season. Junior of Barranquilla and Deportes Tolima, who lost in the semi-finals, will enter the qualifying rounds. América de Cali were eliminated on the last day of the group phase after a 1-1 draw with Once Caldas in Manizales, while Deportivo Cali finished bottom of their group.

Millonarios coach David González said his players had been exhausted after travelling back from a Sudamericana match in Quito earlier in the week. "We gave everything, but the trip to Ecuador cost us," he said.

Some 2,000 Millonarios supporters made the 400-kilometre bus trip from the capital, and police in Honda and Puerto Triunfo stopped their buses for searches on the way home.
""", [
    ("Atlético Nacional", "-", N),
    ("Colombian", "CO", Q),
    ("MEDELLÍN", "CO", T, (6.25, -75.57)),
    ("Colombia", "CO", C),
    ("Medellín", "CO", T, (6.25, -75.57)),
    ("Atanasio Girardot", "-", N),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Alfredo Morelos", "-", N),
    ("Bello", "CO", T, (6.34, -75.56)),
    ("Envigado", "CO", T, (6.17, -75.59)),
    ("Santa Fe", "-", N),
    ("Barranquilla", "CO", T, (10.97, -74.78)),
    ("Deportes Tolima", "-", N),
    ("América de Cali", "-", N),
    ("Once Caldas", "-", N),
    ("Manizales", "CO", T, (5.07, -75.51)),
    ("Deportivo Cali", "-", N),
    ("Quito", "EC", T, (-0.23, -78.52)),
    ("Ecuador", "EC", C),
    ("Honda", "CO", T, (5.21, -74.74)),
    ("Puerto Triunfo", "CO", T, (5.87, -74.64)),
])

add("b", """Protests erupt across Venezuela after electoral council declares Maduro winner

By Regina Garcia Cano

CARACAS, Venezuela (AP) - Thousands of people banged pots and marched through Caracas on Monday after the electoral council declared President Nicolás Maduro the winner of Sunday's election, a result the opposition says was fraudulent.

Protesters came down from the hillside barrio of Petare, one of Latin America's largest slums, and from the 23 de Enero housing blocks, long a government stronghold, and tried to march toward the Miraflores presidential palace before being dispersed with tear gas.

Demonstrations were reported in Maracaibo, the capital of oil-producing Zulia state, and in Valencia, Barquisimeto and Maracay. In San Cristóbal, near the Colombian border, protesters toppled a statue of the late President Hugo Chávez. The Andean city of Mérida and the eastern port of Puerto La Cruz also saw clashes, and a human rights group said at least 11 people had been killed nationwide.

Opposition leader María Corina Machado said tally sheets collected by volunteers at polling stations showed her candidate, Edmundo González, had won by a wide margin. Brazil, Colombia and Mexico called for the release of detailed results, while Argentina, Chile, Peru and Panama rejected the outcome. Panama suspended flights to and from Venezuela.

In Washington, the State Department said it had "serious concerns" about the result. Russia, China and Cuba congratulated Maduro.

Nearly eight million Venezuelans have left the country in the last decade, most of them for Colombia, Peru and Brazil, according to the United Nations refugee agency.
""", [
    ("Venezuela", "VE", C),
    ("CARACAS", "VE", T, (10.49, -66.88)),
    ("Caracas", "VE", T, (10.49, -66.88)),
    ("Petare", "VE", N, (10.48, -66.81)),
    ("Latin America", "*", N),
    ("23 de Enero", "VE", N, (10.51, -66.93)),
    ("Miraflores", "VE", Q),
    ("Maracaibo", "VE", T, (10.64, -71.61)),
    ("Zulia", "VE", A),
    ("Valencia", "VE", T, (10.16, -68.00)),
    ("Barquisimeto", "VE", T, (10.06, -69.36)),
    ("Maracay", "VE", T, (10.25, -67.59)),
    ("San Cristóbal", "VE", T, (7.77, -72.24)),
    ("Colombian", "CO", Q),
    ("Andean", "*", Q),
    ("Mérida", "VE", T, (8.58, -71.17)),
    ("Puerto La Cruz", "VE", T, (10.21, -64.63)),
    ("Brazil", "BR", C),
    ("Colombia", "CO", C),
    ("Mexico", "MX", C),
    ("Argentina", "AR", C),
    ("Chile", "CL", C),
    ("Peru", "PE", C),
    ("Panama", "PA", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Russia", "RU", C),
    ("China", "CN", C),
    ("Cuba", "CU", C),
    ("Venezuelans", "VE", Q),
])

add("b", """Guyana puts troops on alert after Venezuelan patrol boat nears Essequibo oil platforms

By Stabroek News

GEORGETOWN, Guyana - Guyana's Defence Force was placed on alert on Saturday after a Venezuelan navy patrol boat entered waters near oil production vessels in the Stabroek block, President Irfaan Ali said, calling the incursion "a clear threat" to the country's sovereignty.

The vessel, which approached a floating production ship operated by ExxonMobil about 190 kilometres off the coast, left after being warned by Guyanese aircraft. Caracas said its navy was patrolling "Venezuelan waters" off the Essequibo, the territory west of the Essequibo River that makes up two-thirds of Guyana and that Venezuela claims as its own.

The dispute has intensified since Venezuela held a referendum in 2023 on creating a new state called "Guayana Esequiba". Last year Caracas held elections for a governor of the territory, which has its seat in Tumeremo, in Bolívar state, close to the border.

Residents of Anna Regina, on the Essequibo coast, and of Bartica, at the mouth of the Cuyuni and Mazaruni rivers, said they were anxious but going about their lives. Troops were also sent to Lethem, on the border with Brazil, after Venezuelan soldiers were seen near the Guyanese side of Ankoko Island last month.

Brazil has reinforced its own garrison in Roraima state and in Boa Vista, the state capital, fearing any conflict could spill over. The International Court of Justice in The Hague is expected to rule on the case next year. Washington and London have both expressed support for Guyana, whose oil output is forecast to reach 900,000 barrels a day.
""", [
    ("Venezuelan", "VE", Q),
    ("Essequibo#1,2", "GY", N, (6.5, -59.5)),
    ("GEORGETOWN", "GY", T, (6.80, -58.16)),
    ("Guyana", "GY", C),
    ("Stabroek", "GY", Q),
    ("Stabroek News", "-", N),
    ("Guyanese", "GY", Q),
    ("Caracas", "VE", T, (10.49, -66.88)),
    ("Essequibo River", "GY", N),
    ("Venezuela", "VE", C),
    ("Guayana Esequiba", "GY", N),
    ("Tumeremo", "VE", T, (7.30, -61.50)),
    ("Bolívar", "VE", A),
    ("Anna Regina", "GY", T, (7.27, -58.48)),
    ("Essequibo#4", "GY", N, (7.2, -58.5)),
    ("Bartica", "GY", T, (6.41, -58.62)),
    ("Cuyuni", "*", N),
    ("Mazaruni", "GY", N),
    ("Lethem", "GY", T, (3.37, -59.80)),
    ("Brazil", "BR", C),
    ("Ankoko Island", "VE|GY", N),
    ("Roraima", "BR", A),
    ("Boa Vista", "BR", T, (2.82, -60.67)),
    ("The Hague", "NL", T, (52.08, 4.30)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("London", "GB", T, (51.51, -0.13)),
])

add("b", """Ecuador declares emergency in Guayas after gunmen attack banana port

By AFP

GUAYAQUIL, Ecuador (AFP) - President Daniel Noboa declared a 60-day state of emergency in Guayas province and four others on Thursday after gunmen attacked a container terminal in Guayaquil, killing two guards in what police said was a fight between gangs over cocaine shipments.

The decree, which allows troops to patrol streets and search homes without warrants, also covers the provinces of Los Ríos, El Oro, Manabí and Esmeraldas, where the Los Lobos and Los Choneros gangs are battling for control of smuggling routes to the Pacific.

Police said the attackers arrived by boat along the Guayas River from Durán, an industrial city across the river from Guayaquil that has one of the highest murder rates in the country. Prosecutors say the gangs hide cocaine in banana containers bound for Antwerp and Rotterdam, often with the help of Albanian and Balkan brokers.

In Machala, the capital of El Oro, exporters said the port of Puerto Bolívar had tightened inspections, causing delays of up to four days. In the fishing port of Manta, navy officers seized 2.3 tonnes of cocaine hidden in a tuna boat on Wednesday, and police in the northern city of Esmeraldas reported three car bombings in a week.

Ecuador, once one of the most peaceful countries in South America, recorded more than 7,000 murders last year. Tourism officials in Quito said bookings for the Galápagos Islands had held up, but hotels in Guayaquil reported occupancy below 40%. Noboa has asked the United States and the European Union for help, and has floated allowing foreign military bases on the mainland.
""", [
    ("Guayas River", "EC", N),
    ("Guayas", "EC", A),
    ("GUAYAQUIL", "EC", T, (-2.20, -79.89)),
    ("Ecuador", "EC", C),
    ("Guayaquil", "EC", T, (-2.20, -79.89)),
    ("Los Ríos", "EC", A),
    ("El Oro", "EC", A),
    ("Manabí", "EC", A),
    ("Esmeraldas#1", "EC", A),
    ("Esmeraldas#2", "EC", T, (0.96, -79.65)),
    ("Los Choneros", "-", N),
    ("Los Lobos", "-", N),
    ("Pacific", "*", N),
    ("Durán", "EC", T, (-2.17, -79.84)),
    ("Antwerp", "BE", T, (51.22, 4.40)),
    ("Rotterdam", "NL", T, (51.92, 4.48)),
    ("Albanian", "AL", Q),
    ("Balkan", "*", Q),
    ("Machala", "EC", T, (-3.26, -79.96)),
    ("Puerto Bolívar", "EC", T, (-3.27, -80.00)),
    ("Manta", "EC", T, (-0.95, -80.73)),
    ("South America", "*", N),
    ("Quito", "EC", T, (-0.23, -78.52)),
    ("Galápagos Islands", "EC", N),
    ("United States", "US", C),
])

add("b", """Machu Picchu ticket protest strands hundreds of tourists

By Marco Aquino

CUSCO, Peru (Reuters) - Hundreds of tourists were stranded in Aguas Calientes, the town at the foot of Machu Picchu, on Tuesday after residents blocked the railway to protest against a new online ticketing system for the Inca citadel.

PeruRail and Inca Rail suspended trains between Ollantaytambo and Aguas Calientes for a second day, and some visitors walked 11 kilometres along the tracks to the hydroelectric station near Santa Teresa to catch buses back to Cusco. Local business owners say the new system, run by a private contractor, diverts revenue away from the district.

Peru's tourism ministry said it would meet protest leaders in Cusco on Wednesday. Hotels in the Sacred Valley, around Urubamba and Ollantaytambo, said guests were cancelling tours.

The protest comes as Peru's tourism industry is still recovering from the unrest of 2023, when demonstrations against then-President Dina Boluarte closed airports in Cusco, Arequipa and Juliaca and left tourists stuck for days. Tour operators in Puno, on the shores of Lake Titicaca, said tourists were once again asking whether it was safe to travel overland from La Paz in Bolivia.

Machu Picchu, which attracted about 1.5 million visitors last year, has a daily cap of 5,600 people. Visitors from the United States are the largest group, followed by travellers from Chile, Argentina and Brazil. Authorities in Lima said the government was considering the army's help to keep the railway open.

"We saved for two years for this trip," said Emma Hughes, 34, from Manchester, England, sitting on her backpack at the Aguas Calientes station. "We can see the mountain, but we cannot go up."
""", [
    ("CUSCO", "PE", T, (-13.53, -71.97)),
    ("Peru", "PE", C),
    ("Aguas Calientes", "PE", T, (-13.15, -72.52)),
    ("Machu Picchu", "PE", N, (-13.16, -72.54)),
    ("Ollantaytambo", "PE", T, (-13.26, -72.26)),
    ("Santa Teresa", "PE", T, (-13.13, -72.59)),
    ("Cusco", "PE", T, (-13.53, -71.97)),
    ("Sacred Valley", "PE", N, (-13.30, -72.10)),
    ("Urubamba", "PE", T, (-13.30, -72.12)),
    ("Arequipa", "PE", T, (-16.40, -71.54)),
    ("Juliaca", "PE", T, (-15.50, -70.13)),
    ("Puno", "PE", T, (-15.84, -70.02)),
    ("Lake Titicaca", "*", N),
    ("La Paz", "BO", T, (-16.50, -68.15)),
    ("Bolivia", "BO", C),
    ("United States", "US", C),
    ("Chile", "CL", C),
    ("Argentina", "AR", C),
    ("Brazil", "BR", C),
    ("Lima", "PE", T, (-12.04, -77.03)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("England", "GB", A),
])

add("b", """Las Bambas halts copper shipments as Apurímac blockade enters third week

By Reuters staff

LIMA (Reuters) - MMG Ltd's Las Bambas copper mine in southern Peru has stopped shipping concentrate after residents of Cotabambas province blocked the road used by its trucks for a third week, the company said on Friday, warning that output could be halted within days.

Community leaders in Challhuahuacho, the town closest to the mine in the Apurímac region, say the company has failed to honour promises of jobs and road paving. Residents of Chumbivilcas province, in the neighbouring Cusco region, have joined the blockade of the so-called mining corridor, the 480-kilometre dirt road that carries concentrate south to the port of Matarani, in the Arequipa region.

The Melbourne-listed company, controlled by China Minmetals, said it was losing about $9 million a day. Las Bambas produced about 300,000 tonnes of copper last year, roughly 2% of world supply, most of it sold to smelters in China.

Peru's energy and mines minister flew to Abancay, the Apurímac capital, on Thursday to open talks, while police reinforcements arrived from Arequipa and Cusco. Protest leaders said they would only negotiate in Challhuahuacho.

Peru is the world's third-largest copper producer after Chile and the Democratic Republic of Congo. Conflicts have also flared at the Tía María project in the Tambo valley, in Islay province, and around Antamina, in the Ancash region, where farmers have demanded a larger share of mining royalties.

"Every government comes and promises, and then goes back to Lima," said a farmer at the roadblock, wrapped in a poncho against the Andean cold at 4,000 metres.
""", [
    ("Las Bambas", "PE", Q),
    ("Apurímac", "PE", A),
    ("LIMA", "PE", T, (-12.04, -77.03)),
    ("Peru", "PE", C),
    ("Cotabambas", "PE", A),
    ("Challhuahuacho", "PE", T, (-14.12, -72.25)),
    ("Chumbivilcas", "PE", A),
    ("Cusco#1", "PE", A),
    ("Cusco#2", "PE", T, (-13.53, -71.97)),
    ("Matarani", "PE", T, (-17.00, -72.10)),
    ("Arequipa#1", "PE", A),
    ("Arequipa#2", "PE", T, (-16.40, -71.54)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("China Minmetals", "-", N),
    ("China", "CN", C),
    ("Abancay", "PE", T, (-13.63, -72.88)),
    ("Chile", "CL", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Tía María", "PE", Q),
    ("Tambo", "PE", N, (-17.05, -71.85)),
    ("Islay", "PE", A),
    ("Antamina", "PE", Q),
    ("Ancash", "PE", A),
    ("Lima", "PE", T, (-12.04, -77.03)),
    ("Andean", "*", Q),
])

add("b", """Fuel shortages spark blockades across Bolivia, from El Alto to Santa Cruz

By EFE

LA PAZ (EFE) - Truckers and minibus drivers blocked highways across Bolivia on Monday to protest against chronic shortages of diesel and petrol, cutting off La Paz from the rest of the country and stranding hundreds of lorries at the Peruvian border.

In El Alto, the sprawling city on the plateau above the capital, drivers parked buses across the main roads to the airport and to Oruro. Queues at petrol stations in Santa Cruz, the country's economic powerhouse, stretched for several kilometres, and farmers in Santa Cruz department warned that the soybean harvest was at risk.

Bolivia's state energy company YPFB blamed the shortages on a lack of dollars to pay for imported fuel, most of which arrives by truck from Arica, in Chile, and from Argentina via Yacuiba. Natural gas production in Tarija, once the backbone of the economy, has fallen by almost half in a decade.

Blockades were also reported in Cochabamba and Potosí, and at the Desaguadero crossing on Lake Titicaca, where Peruvian officials said about 400 trucks were waiting. In Sucre, the constitutional capital, teachers joined the protests over rising food prices.

The government has pinned its hopes on lithium from the Uyuni salt flat, the world's largest, but projects with Chinese and Russian companies have stalled in the Legislative Assembly.

"We have been here since four in the morning and there is nothing," said a taxi driver in the Cochabamba suburb of Quillacollo. "How am I supposed to feed my children?"
""", [
    ("Bolivia", "BO", C),
    ("El Alto", "BO", T, (-16.50, -68.19)),
    ("Santa Cruz#1,2", "BO", T, (-17.79, -63.18)),
    ("Santa Cruz#3", "BO", A),
    ("LA PAZ", "BO", T, (-16.50, -68.15)),
    ("La Paz", "BO", T, (-16.50, -68.15)),
    ("Peruvian", "PE", Q),
    ("Oruro", "BO", T, (-17.97, -67.09)),
    ("Arica", "CL", T, (-18.48, -70.30)),
    ("Chile", "CL", C),
    ("Argentina", "AR", C),
    ("Yacuiba", "BO", T, (-22.02, -63.68)),
    ("Tarija", "BO", A),
    ("Cochabamba", "BO", T, (-17.38, -66.16)),
    ("Potosí", "BO", T, (-19.58, -65.75)),
    ("Desaguadero", "BO|PE", T, (-16.57, -69.04)),
    ("Lake Titicaca", "*", N),
    ("Sucre", "BO", T, (-19.03, -65.26)),
    ("Uyuni", "BO", N, (-20.25, -67.50)),
    ("Chinese", "CN", Q),
    ("Russian", "RU", Q),
    ("Quillacollo", "BO", T, (-17.40, -66.28)),
])

add("b", """Sangay ash shuts schools in Chimborazo and Morona Santiago

By AFP

RIOBAMBA, Ecuador (AFP) - Ecuador closed schools in two provinces on Wednesday after the Sangay volcano, one of the most active in the Andes, blanketed towns with ash for a third day and sent mudflows down rivers on its eastern flank.

The Geophysical Institute in Quito said Sangay had been erupting almost continuously since 2019, but the past week's explosions were the strongest in two years. Ash fell on Riobamba, the capital of Chimborazo province, as well as on Guamote and Alausí, where farmers covered their potato fields with plastic sheeting.

In Morona Santiago province, on the Amazon side of the volcano, officials said the Upano River had risen sharply and cut a bridge on the road between Macas and Puyo. Several Shuar communities were cut off and would be supplied by helicopter.

The Pan-American Highway between Riobamba and Cuenca was closed for several hours because of poor visibility, and flights at Guayaquil's José Joaquín de Olmedo airport were briefly suspended as the ash cloud drifted west toward the coast.

Ecuador has more than 80 volcanoes. Tungurahua, which towers over the spa town of Baños, in Tungurahua province, ended a 17-year eruptive cycle in 2016. Cotopaxi, south of Quito, last erupted in 2022 and forced precautionary evacuations around Latacunga.

"The ash gets into everything, the water, the food, the animals' lungs," said María Guamán, a farmer outside Guamote. "We cannot sell anything like this."
""", [
    ("Sangay", "EC", N, (-2.00, -78.34)),
    ("Chimborazo", "EC", A),
    ("Morona Santiago", "EC", A),
    ("RIOBAMBA", "EC", T, (-1.67, -78.66)),
    ("Ecuador", "EC", C),
    ("Andes", "*", N),
    ("Quito", "EC", T, (-0.23, -78.52)),
    ("Riobamba", "EC", T, (-1.67, -78.66)),
    ("Guamote", "EC", T, (-1.93, -78.71)),
    ("Alausí", "EC", T, (-2.20, -78.85)),
    ("Amazon", "*", N),
    ("Upano River", "EC", N),
    ("Macas", "EC", T, (-2.31, -78.12)),
    ("Puyo", "EC", T, (-1.49, -78.00)),
    ("Shuar", "EC", Q),
    ("Pan-American Highway", "*", Q),
    ("Cuenca", "EC", T, (-2.90, -79.00)),
    ("Guayaquil", "EC", T, (-2.20, -79.89)),
    ("José Joaquín de Olmedo", "-", N),
    ("Tungurahua#1", "EC", N, (-1.47, -78.44)),
    ("Tungurahua#2", "EC", A),
    ("Baños", "EC", T, (-1.40, -78.42)),
    ("Cotopaxi", "EC", N, (-0.68, -78.44)),
    ("Latacunga", "EC", T, (-0.93, -78.62)),
])

add("b", """Cartagena's cruise boom tests the patience of the walled city

By El Universal staff

CARTAGENA, Colombia - A record 300 cruise ships are expected to dock in Cartagena this season, city officials said on Monday, as Colombia's Caribbean coast enjoys a tourism boom that residents of the historic centre say is pricing them out of their own neighbourhoods.

In Getsemaní, the former working-class barrio beside the old city walls, more than half of the houses have been turned into hostels and short-term rentals, according to a local residents' association. Taxi drivers in Bocagrande complain that traffic to the beaches now backs up for hours, and boat operators who ferry day-trippers to the Rosario Islands and to Barú say the coral reefs are suffering.

Cartagena received more than 4 million visitors last year, many of them on direct flights from Miami, Fort Lauderdale, New York, Panama City and Madrid. Further east, Santa Marta and the Tayrona National Park, at the foot of the Sierra Nevada de Santa Marta, reported record numbers, prompting park authorities to close Tayrona for a month to let the forest recover.

Barranquilla, whose carnival draws more than a million people, is pitching itself as an alternative base for visitors, with a new promenade along the Magdalena River. Tourism officials on the island of San Andrés, 700 kilometres away in the Caribbean, said they would limit hotel construction after water shortages last dry season, and nearby Providencia is still rebuilding after Hurricane Iota in 2020.

"Tourism pays the bills, but we also need to live here," said Ana María Herrera, who has sold fried fish by the clock tower for 30 years.
""", [
    ("Cartagena", "CO", T, (10.40, -75.49)),
    ("CARTAGENA", "CO", T, (10.40, -75.49)),
    ("Colombia", "CO", C),
    ("Caribbean", "*", N),
    ("Getsemaní", "CO", N, (10.42, -75.55)),
    ("Bocagrande", "CO", N, (10.40, -75.55)),
    ("Rosario Islands", "CO", N, (10.17, -75.75)),
    ("Barú", "CO", N, (10.25, -75.60)),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Fort Lauderdale", "US", T, (26.12, -80.14)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Panama City", "PA", T, (8.99, -79.52)),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Santa Marta", "CO", T, (11.24, -74.19)),
    ("Tayrona National Park", "CO", N, (11.30, -74.00)),
    ("Sierra Nevada de Santa Marta", "CO", N, (10.85, -73.70)),
    ("Tayrona", "CO", N, (11.30, -74.00)),
    ("Barranquilla", "CO", T, (10.97, -74.78)),
    ("Magdalena River", "CO", N),
    ("San Andrés", "CO", N, (12.55, -81.72)),
    ("Providencia", "CO", N, (13.35, -81.37)),
    ("Iota", "-", N),
])

add("b", """Crossings surge at Cúcuta as Venezuelans leave after disputed vote

By Reuters staff

CÚCUTA, Colombia (Reuters) - The number of Venezuelans crossing into Colombia at the Simón Bolívar International Bridge has doubled since last month's disputed presidential election, Colombian migration officials said on Wednesday, with many saying they intend to continue on to Peru, Chile or the United States.

Queues at the bridge, which links San Antonio del Táchira in Venezuela's Táchira state with Villa del Rosario, on the outskirts of Cúcuta, began forming before dawn. Officials said about 5,000 people a day were entering Norte de Santander without plans to return, compared with 2,000 before the vote. Crossings were also up at the Francisco de Paula Santander bridge from Ureña and further north at Paraguachón, on the desert border between La Guajira and Zulia.

Colombia already hosts some 2.8 million Venezuelans, more than any other country. Many live in Bogotá, Medellín and Barranquilla, or in border towns such as Maicao and Arauca, where the plains of Arauca department meet Venezuela's Apure state.

Aid groups warned that the new arrivals were exposed to recruitment by armed groups and to the Tren de Aragua, the Venezuelan gang that has spread across South America. Police in Lima and in Santiago, the Chilean capital, have linked the gang to kidnappings and extortion.

Some migrants said they planned to head north through the Darién Gap to Mexico, despite tighter U.S. border rules. "There is no future in Venezuela right now," said Luis, 31, an engineer from Valencia, carrying a backpack and a guitar across the bridge.
""", [
    ("Cúcuta", "CO", T, (7.91, -72.50)),
    ("Venezuelans", "VE", Q),
    ("CÚCUTA", "CO", T, (7.91, -72.50)),
    ("Colombia", "CO", C),
    ("Simón Bolívar International Bridge", "CO|VE", Q),
    ("Colombian", "CO", Q),
    ("Peru", "PE", C),
    ("Chile", "CL", C),
    ("United States", "US", C),
    ("San Antonio del Táchira", "VE", T, (7.81, -72.44)),
    ("Venezuela", "VE", C),
    ("Táchira", "VE", A),
    ("Villa del Rosario", "CO", T, (7.83, -72.47)),
    ("Norte de Santander", "CO", A),
    ("Francisco de Paula Santander", "-", N),
    ("Ureña", "VE", T, (7.92, -72.44)),
    ("Paraguachón", "CO", T, (11.37, -72.13)),
    ("La Guajira", "CO", A),
    ("Zulia", "VE", A),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Medellín", "CO", T, (6.25, -75.57)),
    ("Barranquilla", "CO", T, (10.97, -74.78)),
    ("Maicao", "CO", T, (11.38, -72.24)),
    ("Arauca#1", "CO", T, (7.08, -70.76)),
    ("Arauca#2", "CO", A),
    ("Apure", "VE", A),
    ("Tren de Aragua", "-", N),
    ("Venezuelan", "VE", Q),
    ("South America", "*", N),
    ("Lima", "PE", T, (-12.04, -77.03)),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("Chilean", "CL", Q),
    ("Darién Gap", "PA|CO", N),
    ("Mexico", "MX", C),
    ("U.S.", "US", Q),
    ("Valencia", "VE", T, (10.16, -68.00)),
])

add("b", """Suriname bets on offshore oil as TotalEnergies approves $10.5 billion project

By Reuters staff

PARAMARIBO (Reuters) - France's TotalEnergies approved a $10.5 billion offshore oil project in Suriname on Tuesday, the largest investment in the former Dutch colony's history, as the country of 600,000 people tries to follow neighbouring Guyana into the ranks of oil exporters.

The GranMorgu project in Block 58, about 150 kilometres off the coast, is expected to start production in 2028 and pump up to 220,000 barrels a day. Partner APA Corp, based in Houston, holds the remaining stake. President Chan Santokhi called it "a turning point" for the country, which defaulted on its debt in 2020.

The discovery lies in the same geological basin as the Stabroek block off Guyana, where an ExxonMobil-led group now produces more than 600,000 barrels a day. Guyana's economy has grown by more than 30% a year since output began, transforming Georgetown with new hotels, shopping malls and traffic jams.

In Paramaribo, residents hope the revenue will fix the capital's crumbling colonial buildings along the Suriname River. In the western district of Nickerie, rice farmers want new irrigation, while in the east, along the Marowijne River that separates Suriname from French Guiana, communities in Albina and Moengo are asking for roads and clinics.

Across the river, officials in Saint-Laurent-du-Maroni and Cayenne are watching closely, as is Brazil, where Petrobras is seeking permission to drill near the mouth of the Amazon off Amapá state. A consultant in Paris who advises the government said Suriname must avoid "spending the money before it arrives".

Suriname still keeps close ties with the Netherlands, and several Dutch firms are bidding for onshore supply contracts.
""", [
    ("PARAMARIBO", "SR", T, (5.87, -55.17)),
    ("France", "FR", C),
    ("Suriname River", "SR", N),
    ("Suriname", "SR", C),
    ("Dutch", "NL", Q),
    ("Guyana", "GY", C),
    ("Houston", "US", T, (29.76, -95.36)),
    ("Stabroek", "GY", Q),
    ("Georgetown", "GY", T, (6.80, -58.16)),
    ("Paramaribo", "SR", T, (5.87, -55.17)),
    ("Nickerie", "SR", A),
    ("Marowijne River", "SR|GF", N),
    ("French Guiana", "GF", C),
    ("Albina", "SR", T, (5.50, -54.06)),
    ("Moengo", "SR", T, (5.61, -54.40)),
    ("Saint-Laurent-du-Maroni", "GF", T, (5.50, -54.03)),
    ("Cayenne", "GF", T, (4.94, -52.33)),
    ("Brazil", "BR", C),
    ("Amazon", "*", N),
    ("Amapá", "BR", A),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Netherlands", "NL", C),
])

add("b", """Drought leaves Leticia stranded as Amazon falls to record low

By AFP

LETICIA, Colombia (AFP) - The Amazon River has fallen to its lowest level on record at Leticia, exposing vast sandbanks that have stranded boats and cut off communities in Colombia's southernmost corner, officials said on Friday.

Cargo boats that normally bring food and fuel upriver from Manaus, in Brazil, or downriver from Iquitos, in Peru, can no longer reach the town's port, and prices of rice, petrol and bottled water have doubled. The governor of Amazonas department declared a public calamity and asked Bogotá for emergency flights.

Leticia sits on the triple border with Brazil and Peru: it runs seamlessly into the Brazilian town of Tabatinga, and across the river lies the Peruvian island of Santa Rosa, whose sovereignty Colombia has questioned because the island only formed in recent decades as the river shifted. Residents can now walk across dry riverbed to places they used to reach by canoe.

In Puerto Nariño, an Indigenous town 75 kilometres upstream, the Loretoyacu River is too low for boats and children have stopped going to school. On the Peruvian side, authorities in the Loreto region said the river port at Caballococha was unusable, and in Brazil's Amazonas state, the Solimões, as the Amazon is known there above Manaus, has dropped more than 10 metres since July.

Scientists blame a combination of the El Niño weather pattern and rising temperatures. "We have always had dry seasons, but never like this," said a fisherman in Leticia, pointing to a stranded boat on the sand.
""", [
    ("Leticia", "CO", T, (-4.21, -69.94)),
    ("Amazon River", "*", N),
    ("Amazon", "*", N),
    ("LETICIA", "CO", T, (-4.21, -69.94)),
    ("Colombia", "CO", C),
    ("Manaus", "BR", T, (-3.10, -60.02)),
    ("Brazil", "BR", C),
    ("Iquitos", "PE", T, (-3.75, -73.25)),
    ("Peru", "PE", C),
    ("Amazonas#1", "CO", A),
    ("Amazonas#2", "BR", A),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Brazilian", "BR", Q),
    ("Tabatinga", "BR", T, (-4.23, -69.94)),
    ("Peruvian", "PE", Q),
    ("Santa Rosa", "PE", N, (-4.23, -69.96)),
    ("Puerto Nariño", "CO", T, (-3.79, -70.36)),
    ("Loretoyacu River", "CO", N),
    ("Loreto", "PE", A),
    ("Caballococha", "PE", T, (-3.91, -70.52)),
    ("Solimões", "BR", N),
    ("El Niño", "-", N),
])


# ---------------------------------------------------------------- c: Brazil and the Southern Cone

add("c", """Floods return to Rio Grande do Sul as Guaíba rises again

By Reuters staff

PORTO ALEGRE, Brazil (Reuters) - Heavy rain forced thousands of people from their homes in Brazil's southernmost state of Rio Grande do Sul on Sunday, a year after the worst floods in its history, as the Guaíba lake rose above flood level in Porto Alegre for the second time in a month.

The civil defence agency said 8,400 people had been evacuated, most of them in the Taquari River valley, where the towns of Lajeado, Estrela and Muçum were devastated in 2024. Water also reached low-lying streets in Canoas and Eldorado do Sul, across the Guaíba from the state capital, and the Sinos River overflowed in São Leopoldo and Novo Hamburgo.

Porto Alegre's mayor ordered the floodgates of the city's protection wall closed and said the airport, which was shut for five months last year, was operating normally. In the centre of the state, the city of Santa Maria recorded 180 millimetres of rain in 24 hours.

Meteorologists said the rain was moving south toward Pelotas and the port city of Rio Grande, on the Lagoa dos Patos, and could reach Uruguay by Tuesday. Farmers in the region, which grows most of Brazil's rice, said fields along the Jacuí River were under water.

President Luiz Inácio Lula da Silva said federal troops would help with rescues and that he would fly from Brasília to the region on Monday. Scientists say the climate crisis is making such events more frequent in southern Brazil, where a 2023 cyclone and the 2024 floods killed more than 230 people.
""", [
    ("Rio Grande do Sul", "BR", A),
    ("Guaíba", "BR", N, (-30.10, -51.25)),
    ("PORTO ALEGRE", "BR", T, (-30.03, -51.23)),
    ("Brazil", "BR", C),
    ("Porto Alegre", "BR", T, (-30.03, -51.23)),
    ("Taquari River", "BR", N),
    ("Lajeado", "BR", T, (-29.47, -51.96)),
    ("Estrela", "BR", T, (-29.50, -51.97)),
    ("Muçum", "BR", T, (-29.16, -51.87)),
    ("Canoas", "BR", T, (-29.92, -51.18)),
    ("Eldorado do Sul", "BR", T, (-30.08, -51.62)),
    ("Sinos River", "BR", N),
    ("São Leopoldo", "BR", T, (-29.76, -51.15)),
    ("Novo Hamburgo", "BR", T, (-29.68, -51.13)),
    ("Santa Maria", "BR", T, (-29.68, -53.81)),
    ("Pelotas", "BR", T, (-31.77, -52.34)),
    ("Rio Grande", "BR", T, (-32.03, -52.10)),
    ("Lagoa dos Patos", "BR", N),
    ("Uruguay", "UY", C),
    ("Jacuí River", "BR", N),
    ("Brasília", "BR", T, (-15.78, -47.93)),
])

add("c", """Police raid in Rio's Complexo da Maré leaves eight dead

By Rio Times staff

RIO DE JANEIRO, Brazil - At least eight people were killed on Thursday when military police stormed the Complexo da Maré, a sprawling group of favelas in Rio de Janeiro's North Zone, in an operation against the Comando Vermelho drug faction, state authorities said.

Shooting broke out shortly after dawn, forcing the closure of Avenida Brasil and the Linha Vermelha expressway, the main routes between the city centre and Galeão international airport. Schools and health clinics in the area, home to about 140,000 people, were shut.

Police said the operation targeted gang leaders who had fled there from the Complexo do Alemão and from Penha after earlier raids. Residents said officers entered homes without warrants. The state's public security secretary defended the raid, saying the faction had been expanding into the Baixada Fluminense, including Duque de Caxias, and across Guanabara Bay to Niterói and São Gonçalo.

Human rights groups noted that the Supreme Court in Brasília has restricted police raids in Rio's favelas since 2020. Rio de Janeiro state recorded more than 700 deaths caused by police last year.

In the South Zone, life continued normally on the beaches of Copacabana and Ipanema, a few kilometres from the Maré. But in Rocinha, the city's largest favela, residents said they feared the fighting would spread. "Every time there is a war in one place, they come here," said a moto-taxi driver.

Rio's governor said the operation would continue on Friday, while the mayor asked for federal help ahead of the G20 summit in the city.
""", [
    ("Rio", "BR", T, (-22.91, -43.18)),
    ("Rio Times", "-", N),
    ("Complexo da Maré", "BR", N, (-22.86, -43.24)),
    ("RIO DE JANEIRO", "BR", T, (-22.91, -43.18)),
    ("Brazil", "BR", C),
    ("Rio de Janeiro#1", "BR", T, (-22.91, -43.18)),
    ("Rio de Janeiro#2", "BR", A),
    ("North Zone", "BR", N, (-22.85, -43.30)),
    ("Comando Vermelho", "-", N),
    ("Avenida Brasil", "BR", Q),
    ("Linha Vermelha", "BR", Q),
    ("Galeão", "BR", Q),
    ("Complexo do Alemão", "BR", N, (-22.86, -43.27)),
    ("Penha", "BR", N, (-22.84, -43.28)),
    ("Baixada Fluminense", "BR", N, (-22.75, -43.40)),
    ("Duque de Caxias", "BR", T, (-22.79, -43.31)),
    ("Guanabara Bay", "BR", N),
    ("Niterói", "BR", T, (-22.88, -43.10)),
    ("São Gonçalo", "BR", T, (-22.83, -43.05)),
    ("Brasília", "BR", T, (-15.78, -47.93)),
    ("South Zone", "BR", N, (-22.97, -43.20)),
    ("Copacabana", "BR", N, (-22.97, -43.19)),
    ("Ipanema", "BR", N, (-22.98, -43.20)),
    ("Maré", "BR", N, (-22.86, -43.24)),
    ("Rocinha", "BR", N, (-22.99, -43.25)),
])

add("c", """Vale, BHP face new claims a decade after Mariana dam disaster

By Reuters staff

BELO HORIZONTE, Brazil (Reuters) - Prosecutors in Minas Gerais filed new claims on Tuesday against Samarco, the joint venture of Vale and BHP, arguing that the 170 billion reais settlement signed last year does not cover fishing communities along the Atlantic coast affected by the 2015 collapse of the Fundão tailings dam near Mariana.

The collapse killed 19 people, buried the village of Bento Rodrigues under mud and sent a wave of mining waste down the Doce River, through Governador Valadares and into the neighbouring state of Espírito Santo, where it reached the sea at Regência, near Linhares, 16 days later.

"The settlement was negotiated in Brasília and Belo Horizonte, not with the people who live on the river," said lawyer Mariana Lima, who represents a fishermen's association in Linhares. Ana Santos, who grew up in Bento Rodrigues and now lives in a resettlement built by the companies, said families were still waiting for houses promised nine years ago.

BHP, based in Melbourne, is also fighting a group lawsuit on behalf of 620,000 Brazilian claimants in the High Court in London, one of the largest in English legal history. Vale, with headquarters in Rio de Janeiro, said it had already paid more than 38 billion reais in compensation and repairs.

A second dam owned by Vale collapsed in Brumadinho, also in Minas Gerais, in 2019, killing 272 people. Both disasters led Brazil to ban upstream tailings dams of the type used at Mariana and to order hundreds of others to be decommissioned.
""", [
    ("Vale", "-", N),
    ("Mariana#1,2,4", "BR", T, (-20.38, -43.42)),
    ("Mariana Lima", "-", N),
    ("BELO HORIZONTE", "BR", T, (-19.92, -43.94)),
    ("Brazil", "BR", C),
    ("Minas Gerais", "BR", A),
    ("Samarco", "-", N),
    ("Atlantic", "*", N),
    ("Fundão", "BR", Q),
    ("Bento Rodrigues", "BR", N, (-20.24, -43.42)),
    ("Doce River", "BR", N),
    ("Governador Valadares", "BR", T, (-18.85, -41.95)),
    ("Espírito Santo", "BR", A),
    ("Regência", "BR", N, (-19.65, -39.83)),
    ("Linhares", "BR", T, (-19.39, -40.07)),
    ("Brasília", "BR", T, (-15.78, -47.93)),
    ("Belo Horizonte", "BR", T, (-19.92, -43.94)),
    ("Ana Santos", "-", N),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Brazilian", "BR", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("English", "GB", Q),
    ("Rio de Janeiro", "BR", T, (-22.91, -43.18)),
    ("Brumadinho", "BR", T, (-20.14, -44.20)),
])

add("c", """Neymar double seals Santos win over São Paulo as Vila Belmiro celebrates

By Globo Esporte

SANTOS, Brazil - Neymar scored twice as Santos beat São Paulo 3-1 on Sunday, lifting his boyhood club out of the Brasileirão relegation zone and sending a sell-out crowd at Vila Belmiro into raptures.

The 33-year-old, who returned to Santos in January after an injury-plagued spell with Al-Hilal in Riyadh, opened the scoring with a free kick and added a second from the penalty spot after half-time. São Paulo pulled one back through Lucas Moura before Guilherme sealed the win.

Fans had queued since the early morning outside the stadium, and police closed roads along the beachfront in Santos, Brazil's busiest port. Supporters travelled from across the Baixada Santista, including Guarujá and Cubatão, and some 2,000 made the trip down the coast road from São Paulo to back the visitors.

"He came home to save us," said Carlos, 58, a supporter wearing a shirt from the club's 1962 world title, when Pelé led Santos to victory over Benfica in Lisbon.

Santos, relegated for the first time in their history in 2023, returned to the top flight this season. They now sit two points above the drop zone, with Palmeiras, Flamengo and Botafogo still to play.

Neymar, who left Santos for Barcelona in 2013 and later joined Paris Saint-Germain, has said he wants to play at next year's World Cup in the United States, Mexico and Canada. Brazil coach Carlo Ancelotti, who watched from the stands, declined to comment.

In Sunday's other matches, Flamengo beat Grêmio 2-0 at the Maracanã in Rio de Janeiro, and Internacional drew 1-1 with Corinthians in Porto Alegre.
""", [
    ("Santos#1,2,3,5,6,7", "-", N),
    ("São Paulo#1,2,3", "-", N),
    ("Vila Belmiro", "BR", Q),
    ("SANTOS", "BR", T, (-23.96, -46.33)),
    ("Brazil", "BR", C),
    ("Santos#4", "BR", T, (-23.96, -46.33)),
    ("Al-Hilal", "-", N),
    ("Riyadh", "SA", T, (24.69, 46.72)),
    ("Baixada Santista", "BR", N, (-23.96, -46.33)),
    ("Guarujá", "BR", T, (-23.99, -46.26)),
    ("Cubatão", "BR", T, (-23.89, -46.43)),
    ("São Paulo#4", "BR", T, (-23.55, -46.63)),
    ("Pelé", "-", N),
    ("Benfica", "-", N),
    ("Lisbon", "PT", T, (38.73, -9.15)),
    ("Flamengo", "-", N),
    ("Botafogo", "-", N),
    ("Barcelona", "-", N),
    ("Paris Saint-Germain", "-", N),
    ("United States", "US", C),
    ("Mexico", "MX", C),
    ("Canada", "CA", C),
    ("Grêmio", "-", N),
    ("Maracanã", "BR", Q),
    ("Rio de Janeiro", "BR", T, (-22.91, -43.18)),
    ("Internacional", "-", N),
    ("Corinthians", "-", N),
    ("Porto Alegre", "BR", T, (-30.03, -51.23)),
])

add("c", """Amazon deforestation falls again as Belém prepares to host COP30

By Louis Genot

BELÉM, Brazil (AFP) - Deforestation in the Brazilian Amazon fell by 31% in the 12 months to July, the lowest level in nine years, the National Institute for Space Research said on Wednesday, giving President Luiz Inácio Lula da Silva good news to take to the UN climate summit in Belém next month.

Pará state, which surrounds the city at the mouth of the Amazon, remained the biggest source of forest loss, with clearing concentrated around Altamira and São Félix do Xingu, along the Xingu River, where cattle ranching has expanded rapidly. Clearing also fell in Amazonas state, though officials in Manaus warned that the new highway toward Porto Velho, in Rondônia, was opening fresh fronts around Lábrea.

Environmentalists welcomed the figures but warned that fires were destroying forest in Mato Grosso and Acre, and that clearing in the Cerrado savanna, to the south, remained high. Record fires also swept the Pantanal wetlands last year, on the borders with Bolivia and Paraguay.

Lula's government has relaunched the Amazon Fund, financed mainly by Norway and Germany, and officials in Brasília want COP30 to approve a new fund to pay tropical countries to keep their forests standing. Indonesia and the Democratic Republic of Congo have joined the proposal.

Belém, a city of 1.3 million people, has been racing to finish hotels and a new riverside park in time for the conference, which follows last year's talks in Baku, Azerbaijan. Some delegates will be housed on cruise ships moored in the Guajará Bay.
""", [
    ("Amazon Fund", "-", N),
    ("Amazon", "*", N),
    ("Belém", "BR", T, (-1.46, -48.50)),
    ("BELÉM", "BR", T, (-1.46, -48.50)),
    ("Brazil", "BR", C),
    ("Brazilian", "BR", Q),
    ("Pará", "BR", A),
    ("Altamira", "BR", T, (-3.20, -52.21)),
    ("São Félix do Xingu", "BR", T, (-6.64, -51.99)),
    ("Xingu River", "BR", N),
    ("Amazonas", "BR", A),
    ("Manaus", "BR", T, (-3.10, -60.02)),
    ("Porto Velho", "BR", T, (-8.76, -63.90)),
    ("Rondônia", "BR", A),
    ("Lábrea", "BR", T, (-7.26, -64.80)),
    ("Mato Grosso", "BR", A),
    ("Acre", "BR", A),
    ("Cerrado", "BR", N),
    ("Pantanal", "*", N),
    ("Bolivia", "BO", C),
    ("Paraguay", "PY", C),
    ("Norway", "NO", C),
    ("Germany", "DE", C),
    ("Brasília", "BR", T, (-15.78, -47.93)),
    ("Indonesia", "ID", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Baku", "AZ", T, (40.38, 49.89)),
    ("Azerbaijan", "AZ", C),
    ("Guajará Bay", "BR", N),
])

add("c", """Argentine unions stage general strike against Milei's labour reform

By Reuters staff

BUENOS AIRES (Reuters) - Argentina's largest unions staged a 24-hour general strike on Thursday against President Javier Milei's labour reform and spending cuts, halting trains, buses and flights and leaving the streets of Buenos Aires unusually quiet.

Tens of thousands of people marched down Avenida de Mayo to the Plaza de Mayo, outside the Casa Rosada presidential palace, and to Congress, where the Senate is debating the bill. Police used water cannon against a group of protesters who tried to block the 9 de Julio avenue.

The strike, called by the CGT union federation, was also felt in Córdoba, Rosario and Mendoza, the country's biggest cities after the capital, where factories and ports stood idle. Grain shipments from the ports along the Paraná River near Rosario were halted for a day, the Santa Fe province chamber of commerce said.

In La Plata, the capital of Buenos Aires province, teachers and state workers joined the protest. Rosario Benítez, a nurse from Lanús, on the southern edge of the city, said her wages had lost half their value since Milei took office. "We cannot wait any longer," she said.

Milei's spokesman said the strike was "political" and cost the economy $500 million. The government says the reform is needed to attract investment and bring millions of informal workers into the formal economy. The International Monetary Fund, which approved a new $20 billion loan in April, has backed the measures.

In the Atlantic resort of Mar del Plata, the fishing fleet stayed in port. Provincial governors, from Tucumán in the north to Chubut in Patagonia, were divided, with some backing Milei in exchange for funds and others calling the reform an attack on workers' rights.
""", [
    ("Argentine", "AR", Q),
    ("BUENOS AIRES", "AR", T, (-34.61, -58.38)),
    ("Argentina", "AR", C),
    ("Buenos Aires#1", "AR", T, (-34.61, -58.38)),
    ("Buenos Aires#2", "AR", A),
    ("Avenida de Mayo", "AR", Q),
    ("Plaza de Mayo", "AR", N, (-34.61, -58.37)),
    ("Casa Rosada", "AR", Q),
    ("9 de Julio", "AR", Q),
    ("Córdoba", "AR", T, (-31.41, -64.19)),
    ("Rosario#1,2", "AR", T, (-32.95, -60.64)),
    ("Rosario#3", "-", N),
    ("Mendoza", "AR", T, (-32.89, -68.85)),
    ("Paraná River", "*", N),
    ("Santa Fe", "AR", A),
    ("La Plata", "AR", T, (-34.92, -57.95)),
    ("Lanús", "AR", T, (-34.71, -58.39)),
    ("Atlantic", "*", N),
    ("Mar del Plata", "AR", T, (-38.00, -57.56)),
    ("Tucumán", "AR", A),
    ("Chubut", "AR", A),
    ("Patagonia", "*", N),
])

add("c", """River Plate beat Boca Juniors to take Superclásico bragging rights

By Buenos Aires Times staff

BUENOS AIRES - River Plate beat Boca Juniors 2-1 on Sunday in a tense Superclásico in front of 85,000 fans at the Estadio Monumental in the northern barrio of Núñez, moving four points clear at the top of their group.

Facundo Colidio put River ahead after 20 minutes and Franco Mastantuono doubled the lead with a curling free kick before Miguel Merentiel pulled one back for Boca late on. Boca, who had won the previous meeting at La Bombonera in La Boca, finished with ten men after a second yellow card for Rodrigo Battaglia.

Away fans have been banned from Argentine league matches since 2013, and Boca supporters watched on screens in bars across La Boca and in the southern suburbs. Police said 12 people were detained after scuffles near the stadium.

Elsewhere, Racing Club beat Independiente 1-0 in the Avellaneda derby, Estudiantes de La Plata won 2-0 in Mendoza against Godoy Cruz, and Rosario Central drew 1-1 with Newell's Old Boys in Rosario. Talleres de Córdoba remain level on points with River after a 3-0 win.

Several hundred Uruguayan River supporters had crossed the River Plate by ferry from Montevideo and Colonia del Sacramento for the game. The two clubs last met in a final in 2018, when the second leg of the Copa Libertadores final was moved to Madrid after Boca fans attacked River's team bus.

"This is what we live for," said Martín, 44, a River season ticket holder from the suburb of Vicente López. "The rest of the year doesn't matter."
""", [
    ("River Plate#1,2", "-", N),
    ("Boca Juniors", "-", N),
    ("Buenos Aires Times", "-", N),
    ("BUENOS AIRES", "AR", T, (-34.61, -58.38)),
    ("Núñez", "AR", N, (-34.55, -58.46)),
    ("Boca", "-", N),
    ("La Boca", "AR", N, (-34.63, -58.36)),
    ("Argentine", "AR", Q),
    ("Avellaneda", "AR", T, (-34.66, -58.37)),
    ("Estudiantes de La Plata", "-", N),
    ("Mendoza", "AR", T, (-32.89, -68.85)),
    ("Godoy Cruz", "-", N),
    ("Rosario Central", "-", N),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("Talleres de Córdoba", "-", N),
    ("Uruguayan", "UY", Q),
    ("River Plate#3", "*", N),
    ("Montevideo", "UY", T, (-34.90, -56.19)),
    ("Colonia del Sacramento", "UY", T, (-34.47, -57.84)),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Vicente López", "AR", N, (-34.53, -58.47)),
])

add("c", """Wildfires rage in hills above Viña del Mar as Chile declares emergency

By Eva Vergara

VIÑA DEL MAR, Chile (AP) - Wildfires driven by strong winds and record heat tore through hillside neighbourhoods above Viña del Mar on Saturday, killing at least 22 people and destroying more than 1,100 homes, Chilean authorities said.

President Gabriel Boric declared a state of emergency in the Valparaíso region and sent troops to help firefighters. Flames reached the outskirts of Quilpué and Villa Alemana, and a curfew was imposed in Limache after looters targeted abandoned homes. The historic port city of Valparaíso, a few kilometres to the south, was covered in thick smoke.

More than 90 fires were burning across central and southern Chile. In the Biobío region, a blaze near Santa Juana forced the evacuation of 3,000 people, and officials in Concepción, the regional capital, opened shelters in schools. Fires were also reported in the Maule and Ñuble regions, around Talca and Chillán, where temperatures passed 40 degrees Celsius.

Boric, speaking at an emergency committee meeting in Santiago, said some fires might have been started deliberately and promised that those responsible would be prosecuted. Argentina, Brazil and Mexico offered firefighting aircraft, and a team of brigades from Spain was due to arrive on Monday.

The fires are the deadliest in Chile since February 2024, when more than 130 people died in the same area. Residents of El Olivar, one of the worst-hit neighbourhoods that year, said they had only just finished rebuilding.

"We heard the wind and then the fire was on top of us," said Marcela Rojas, 51, standing in the ashes of her house in Viña del Mar. "There was no time."
""", [
    ("Viña del Mar", "CL", T, (-33.02, -71.55)),
    ("Chile", "CL", C),
    ("VIÑA DEL MAR", "CL", T, (-33.02, -71.55)),
    ("Chilean", "CL", Q),
    ("Valparaíso#1", "CL", A),
    ("Valparaíso#2", "CL", T, (-33.04, -71.63)),
    ("Quilpué", "CL", T, (-33.05, -71.44)),
    ("Villa Alemana", "CL", T, (-33.05, -71.37)),
    ("Limache", "CL", T, (-33.01, -71.26)),
    ("Biobío", "CL", A),
    ("Santa Juana", "CL", T, (-37.18, -72.94)),
    ("Concepción", "CL", T, (-36.83, -73.05)),
    ("Maule", "CL", A),
    ("Ñuble", "CL", A),
    ("Talca", "CL", T, (-35.42, -71.65)),
    ("Chillán", "CL", T, (-36.61, -72.10)),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("Argentina", "AR", C),
    ("Brazil", "BR", C),
    ("Mexico", "MX", C),
    ("Spain", "ES", C),
    ("El Olivar", "CL", N, (-33.05, -71.50)),
])

add("c", """Codelco-SQM lithium venture takes control of Atacama salt flat

By Fabian Cambero

SANTIAGO, Chile (Reuters) - State copper miner Codelco and lithium producer SQM formally launched their joint venture on Wednesday, giving Chile's state control over the Salar de Atacama, the world's richest lithium deposit, until 2060.

The salt flat, 3,000 square kilometres of brine in the Atacama Desert in the Antofagasta region, supplies about a quarter of the world's lithium. Indigenous communities in San Pedro de Atacama and Toconao, on the edge of the salar, say pumping of brine and fresh water has lowered water tables and threatened flamingo habitats, and want a larger say in the venture.

Codelco's chairman said the partnership would raise output by 2031 while using new technology to return brine to the ground. The company already runs the Chuquicamata copper mine near Calama, one of the largest open pits in the world.

Chile, Argentina and Bolivia make up the so-called lithium triangle, which holds more than half of known reserves. Argentina's provinces of Jujuy, Salta and Catamarca have attracted billions of dollars in investment under Milei's incentive regime, while Bolivia's deposits at Uyuni remain largely untapped.

Tianqi, the Chinese company that owns 22% of SQM, has challenged the deal in court in Santiago, and Chinese buyers in Beijing and Shanghai are watching closely. Chile's government is also offering private companies new lithium concessions in the Atacama region, near Copiapó, and in Tarapacá, inland from Iquique.

Shares of SQM rose 3% in Santiago and New York.
""", [
    ("Atacama#1", "CL", N, (-23.50, -68.25)),
    ("SANTIAGO", "CL", T, (-33.45, -70.65)),
    ("Chile", "CL", C),
    ("Salar de Atacama", "CL", N, (-23.50, -68.25)),
    ("Atacama Desert", "CL", N),
    ("Antofagasta", "CL", A),
    ("San Pedro de Atacama", "CL", T, (-22.91, -68.20)),
    ("Toconao", "CL", T, (-23.19, -68.00)),
    ("Chuquicamata", "CL", N, (-22.31, -68.90)),
    ("Calama", "CL", T, (-22.46, -68.92)),
    ("Argentina", "AR", C),
    ("Bolivia", "BO", C),
    ("Jujuy", "AR", A),
    ("Salta", "AR", A),
    ("Catamarca", "AR", A),
    ("Uyuni", "BO", N, (-20.25, -67.50)),
    ("Chinese", "CN", Q),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("Beijing", "CN", T, (39.91, 116.40)),
    ("Shanghai", "CN", T, (31.22, 121.46)),
    ("Atacama#5", "CL", A),
    ("Copiapó", "CL", T, (-27.37, -70.33)),
    ("Tarapacá", "CL", A),
    ("Iquique", "CL", T, (-20.21, -70.15)),
    ("New York", "US", T, (40.71, -74.01)),
])

add("c", """Argentina renews Malvinas claim as Falklands mark anniversary of war

By MercoPress

STANLEY, Falkland Islands (MercoPress) - Argentina's foreign minister renewed his country's claim to the Falkland Islands on Wednesday as islanders and veterans gathered in Stanley to mark the anniversary of the end of the 1982 war, calling on Britain to open talks "without preconditions".

Speaking in Ushuaia, the capital of Tierra del Fuego province, which Argentina says includes the Malvinas, the minister said the government would pursue the claim "by peaceful means". Veterans also gathered at the memorial in Río Grande, the city from which Argentine aircraft flew missions against the British task force.

In Stanley, the islands' capital, around 600 people attended a service at the Liberation Monument, and the Governor laid a wreath on behalf of King Charles. Wreaths were also laid at the British cemetery at San Carlos and at the Argentine military cemetery near Darwin, close to the settlement of Goose Green, where one of the fiercest battles of the war was fought.

The Falklands, with about 3,500 residents, voted almost unanimously in a 2013 referendum to remain a British Overseas Territory. The government in London said there would be no negotiations on sovereignty unless the islanders wished it. About 1,200 British troops are stationed at the Mount Pleasant air base, 50 kilometres south-west of the capital.

The islands' economy depends on squid fishing and on cruise tourism, with ships calling in Stanley on their way to South Georgia and Antarctica. Officials in Buenos Aires have protested against plans by a British company to drill for oil in the Sea Lion field, north of the islands in the South Atlantic.
""", [
    ("Argentina", "AR", C),
    ("Malvinas", "FK", N),
    ("Falklands", "FK", N),
    ("STANLEY", "FK", T, (-51.69, -57.86)),
    ("Falkland Islands", "FK", N),
    ("Stanley", "FK", T, (-51.69, -57.86)),
    ("Britain", "GB", C),
    ("Ushuaia", "AR", T, (-54.81, -68.32)),
    ("Tierra del Fuego", "AR", A),
    ("Río Grande", "AR", T, (-53.79, -67.71)),
    ("Argentine", "AR", Q),
    ("British", "GB", Q),
    ("Liberation Monument", "FK", Q),
    ("San Carlos", "FK", N, (-51.50, -59.02)),
    ("Darwin", "FK", N, (-51.81, -58.96)),
    ("Goose Green", "FK", N, (-51.82, -58.97)),
    ("British Overseas Territory", "GB", Q),
    ("London", "GB", T, (51.51, -0.13)),
    ("Mount Pleasant", "FK", N, (-51.82, -58.45)),
    ("South Georgia", "GS", N),
    ("Antarctica", "*", N),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Sea Lion", "FK", Q),
    ("South Atlantic", "*", N),
])

add("c", """Montevideo water reserves fall to record low as drought grips Uruguay

By MercoPress

MONTEVIDEO (MercoPress) - The reservoir that supplies drinking water to Montevideo fell to its lowest level on record on Monday, prompting Uruguay's government to extend an emergency that allows the state utility to mix salty water from the River Plate into the capital's supply.

Paso Severino, the main reservoir on the Santa Lucía Chico River in Florida department, held just 4% of its capacity after the driest 12 months in more than 70 years, the utility OSE said. About 1.8 million people in Montevideo and neighbouring Canelones, more than half the country's population, depend on the system.

Sodium levels in tap water have doubled, and the health ministry advised pregnant women and people with high blood pressure to drink bottled water. Supermarkets in the capital rationed sales, while trucks brought bottled water from Salto and Paysandú, on the Uruguay River, where supplies are unaffected.

The government has started building a 13-kilometre pipeline from the San José River, and President Yamandú Orsi said he would seek funds for a new reservoir. Critics say successive governments ignored warnings for years.

The drought has also hit farmers across the country and in Argentina's Entre Ríos province, across the river, and has left beaches at Punta del Este, in Maldonado department, short of tourists from Buenos Aires and São Paulo. Hoteliers in Colonia del Sacramento said bookings were down by a fifth.

"We've always been proud of our tap water," said a shopkeeper in the Montevideo neighbourhood of Pocitos. "Now we are buying it in bottles from Salto."
""", [
    ("Montevideo", "UY", T, (-34.90, -56.19)),
    ("Uruguay River", "*", N),
    ("Uruguay", "UY", C),
    ("MONTEVIDEO", "UY", T, (-34.90, -56.19)),
    ("River Plate", "*", N),
    ("Paso Severino", "UY", N, (-34.30, -56.30)),
    ("Santa Lucía Chico River", "UY", N),
    ("Florida", "UY", A),
    ("Canelones", "UY", A),
    ("Salto", "UY", T, (-31.39, -57.96)),
    ("Paysandú", "UY", T, (-32.32, -58.08)),
    ("San José River", "UY", N),
    ("Argentina", "AR", C),
    ("Entre Ríos", "AR", A),
    ("Punta del Este", "UY", T, (-34.95, -54.93)),
    ("Maldonado", "UY", A),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Colonia del Sacramento", "UY", T, (-34.46, -57.84)),
    ("Pocitos", "UY", N, (-34.91, -56.15)),
])

add("c", """Paraguay, Brazil tighten controls at Triple Frontier after smuggling probe

By EFE

ASUNCIÓN (EFE) - Paraguay and Brazil agreed on Friday to step up joint patrols on the Friendship Bridge between Ciudad del Este and Foz do Iguaçu after an investigation uncovered a network smuggling weapons and cigarettes across the Paraná River, officials said.

The Triple Frontier, where Paraguay, Brazil and Argentina meet at the confluence of the Paraná and Iguazú rivers, has long been a hub for contraband. Police said the network moved goods by boat at night from the Paraguayan bank to Foz do Iguaçu and to Puerto Iguazú, on the Argentine side, a short distance from the Iguazú Falls.

Paraguay's interior minister said 18 people had been arrested in Ciudad del Este, Asunción and Concepción, the northern river port, where investigators seized a light aircraft used to fly cocaine from Bolivia. Part of the network operated from Pedro Juan Caballero, the capital of Amambay department, which is separated from the Brazilian city of Ponta Porã only by a street.

Brazil's federal police said they had also arrested suspects in Mato Grosso do Sul and in Paraná state, and that the group was linked to the First Capital Command, the São Paulo-based criminal organisation. The Itaipu dam, upstream of Ciudad del Este, was not affected, but security around the plant was reinforced.

Argentina, which sent officials from Buenos Aires and Posadas to the meeting, said it would join the patrols next month. Traders in Ciudad del Este, whose economy depends on Brazilian shoppers, complained that queues at the bridge were already hours long.
""", [
    ("Paraguay", "PY", C),
    ("Brazil", "BR", C),
    ("Triple Frontier", "*", N),
    ("ASUNCIÓN", "PY", T, (-25.29, -57.65)),
    ("Friendship Bridge", "PY|BR", Q),
    ("Ciudad del Este", "PY", T, (-25.50, -54.65)),
    ("Foz do Iguaçu", "BR", T, (-25.55, -54.59)),
    ("Paraná River", "*", N),
    ("Argentina", "AR", C),
    ("Paraná#2", "*", N),
    ("Iguazú#1", "*", N),
    ("Paraguayan", "PY", Q),
    ("Puerto Iguazú", "AR", T, (-25.60, -54.57)),
    ("Argentine", "AR", Q),
    ("Iguazú Falls", "*", N),
    ("Asunción", "PY", T, (-25.29, -57.65)),
    ("Concepción", "PY", T, (-23.40, -57.43)),
    ("Bolivia", "BO", C),
    ("Pedro Juan Caballero", "PY", T, (-22.55, -55.74)),
    ("Amambay", "PY", A),
    ("Brazilian", "BR", Q),
    ("Ponta Porã", "BR", T, (-22.54, -55.73)),
    ("Mato Grosso do Sul", "BR", A),
    ("Paraná#3", "BR", A),
    ("First Capital Command", "-", N),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Itaipu", "*", Q),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Posadas", "AR", T, (-27.39, -55.92)),
])

add("c", """Vaca Muerta boom fills Neuquén hotels as Patagonia tourism slips

By Buenos Aires Times staff

NEUQUÉN, Argentina - Hotels in Neuquén are fully booked on weekdays and rents have tripled in three years as oil workers pour into the Vaca Muerta shale formation, one of the world's largest, while tourist towns elsewhere in Patagonia say the strong peso is keeping foreign visitors away.

Oil output from Vaca Muerta rose 25% last year, turning Argentina into a net energy exporter for the first time in over a decade. The boom has transformed Añelo, a village of 2,000 people a decade ago, into a town of more than 10,000, and traffic on the road from the provincial capital is now so heavy that Neuquén province is building a bypass. Across the Limay River, in Río Negro province, fruit growers in Allen and Cipolletti complain they cannot find workers because oil companies pay three times as much.

Tourism tells a different story. Hotel occupancy in San Carlos de Bariloche, on the shores of Nahuel Huapi lake, fell to 58% in the first quarter, and Chilean visitors, who once crossed the Andes to shop, now find prices higher than at home. Operators in El Calafate, in Santa Cruz province, said bookings to see the Perito Moreno glacier were down 15%, with fewer Americans and Brazilians.

In Chubut, whale-watching operators in Puerto Madryn reported a better season, helped by cruise ships, and the Welsh tea houses of Gaiman and Trelew remained popular with visitors from Buenos Aires and Wales.

"Bariloche used to be cheap for everyone, now it's cheap for no one," said a ski instructor who moved to Neuquén last year to work on a drilling rig.
""", [
    ("Vaca Muerta", "AR", N, (-38.30, -69.00)),
    ("Neuquén#1,2,4", "AR", T, (-38.95, -68.06)),
    ("Neuquén#3", "AR", A),
    ("Patagonia", "*", N),
    ("NEUQUÉN", "AR", T, (-38.95, -68.06)),
    ("Argentina", "AR", C),
    ("Añelo", "AR", T, (-38.35, -68.79)),
    ("Limay River", "AR", N),
    ("Río Negro", "AR", A),
    ("Allen", "AR", T, (-38.98, -67.83)),
    ("Cipolletti", "AR", T, (-38.93, -67.99)),
    ("San Carlos de Bariloche", "AR", T, (-41.15, -71.31)),
    ("Nahuel Huapi", "AR", N),
    ("Chilean", "CL", Q),
    ("Andes", "*", N),
    ("El Calafate", "AR", T, (-50.34, -72.28)),
    ("Santa Cruz", "AR", A),
    ("Perito Moreno", "AR", N, (-50.48, -73.05)),
    ("Americans", "US", Q),
    ("Brazilians", "BR", Q),
    ("Chubut", "AR", A),
    ("Puerto Madryn", "AR", T, (-42.77, -65.04)),
    ("Welsh", "GB", Q),
    ("Gaiman", "AR", T, (-43.29, -65.50)),
    ("Trelew", "AR", T, (-43.25, -65.31)),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Buenos Aires Times", "-", N),
    ("Wales", "GB", A),
    ("Bariloche", "AR", T, (-41.15, -71.31)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
