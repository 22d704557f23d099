"""Canada: 40 held-out news articles as Canadian wires, national papers and local outlets
publish them (The Canadian Press, CBC News, CTV News, Global News, The Globe and Mail, Toronto
Star, National Post, Montreal Gazette, Vancouver Sun, Winnipeg Free Press, Halifax Chronicle
Herald, regional weeklies). Events are invented; every place is real.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while writing them.

Genres:
  "a" (14): national and big-city news (Toronto, Montreal, Vancouver, Calgary, Edmonton,
            Ottawa, Winnipeg, Halifax).
  "b" (13): regional and rural Canada: small towns, the North, First Nations communities.
  "c" (13): Quebec and French-named places, Atlantic Canada, cross-border news with the
            United States.

Conventions:
  - Provinces and territories, full or abbreviated ("Ont.", "B.C.", "N.W.T."): admin1 (A), CA.
  - Cities, towns and villages: city (T), with a (lat, lon) hint whenever the name is ambiguous
    inside Canada or abroad (London, Windsor, Kingston, Sydney, Halifax, Richmond, ...), and for
    most others as well.
  - Ontario counties and regional municipalities, Nova Scotia counties: A. Neighbourhoods,
    boroughs, reserves and First Nations communities, rural municipalities, regions ("the
    Prairies", "the Okanagan", "Northern Ontario"), rivers, lakes, bays, islands, parks: N
    (any kind) with a (lat, lon) hint where useful. Features spanning the border ("Lake
    Champlain", "Gulf of Maine") or the Arctic: "*".
  - Demonyms and adjectives ("Canadian", "Quebecers", "American"): kind "?" with their country.
  - Clubs, firms, newspapers, agencies, bridges, airports, stations and streets named after
    places: country "-" when they are not places at all (Toronto Maple Leafs, Air Canada,
    Hydro-Québec, Vancouver Sun); kind "?" with the country when the name still points at the
    place (Statistics Canada, Port of Montreal, Eglinton Avenue, Queen's Park).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a
add("a", """Eglinton Crosstown opening delayed again as Metrolinx cites testing problems

By Jordan Hale, The Canadian Press

TORONTO — The Eglinton Crosstown light rail line will not carry passengers before the spring, Metrolinx said Tuesday, the latest delay for a project that was supposed to link Mount Dennis in Toronto's west end with Kennedy station in Scarborough by 2020.

The provincial transit agency blamed signalling faults uncovered during testing along the 19-kilometre route, which runs largely underground beneath Eglinton Avenue.

"We know people are frustrated," Ontario Transportation Minister Prabmeet Sarkaria told reporters at Queen's Park. He said the province would not open the line "until it is safe and reliable."

Toronto Mayor Olivia Chow called the news "unacceptable" for commuters travelling between Etobicoke and Scarborough, and for merchants in Little Jamaica who endured years of construction.

The Finch West LRT in North York is also months behind schedule. Further west, the Hazel McCallion Line in Mississauga and Brampton is expected to open next year, while the province's Ontario Line is not due until 2031.

Transit advocates across the Greater Toronto Area point to Ottawa, where the Confederation Line was repeatedly shut down after derailments in 2021, as a warning. Waterloo Region, by contrast, opened its ION light rail system in 2019 with few problems.

Metrolinx chief executive Michael Lindsay said a firm opening date would be announced once testing is complete. Ridership on the TTC, which will operate the Crosstown, has recovered to about 80 per cent of pre-pandemic levels.""", [
    ("The Canadian Press", "CA", Q),
    ("TORONTO", "CA", T, (43.70, -79.42)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Mount Dennis", "CA", N, (43.688, -79.488)),
    ("Scarborough", "CA", N, (43.77, -79.25)),
    ("Eglinton Avenue", "CA", Q),
    ("Ontario", "CA", A),
    ("Queen's Park", "CA", Q),
    ("Etobicoke", "CA", N, (43.65, -79.55)),
    ("Little Jamaica", "CA", N, (43.69, -79.44)),
    ("North York", "CA", N, (43.77, -79.42)),
    ("Mississauga", "CA", T, (43.59, -79.65)),
    ("Brampton", "CA", T, (43.68, -79.76)),
    ("Ontario Line", "CA", Q),
    ("Greater Toronto Area", "CA", N, (43.70, -79.42)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Waterloo Region", "CA", A, (43.45, -80.50)),
])

add("a", """Water main break floods streets in Montreal's Plateau, thousands under boil-water advisory

By Marie-Ève Tremblay, Montreal Gazette

MONTREAL — Crews were still pumping water out of basements on the Plateau-Mont-Royal on Friday after a 120-year-old water main burst overnight, flooding several blocks between Mount Royal Avenue and Rachel Street.

The City of Montreal issued a precautionary boil-water advisory for about 150,000 residents in the Plateau, Rosemont–La Petite-Patrie and parts of Outremont. The advisory does not apply to Verdun, LaSalle or the West Island, which are served by a different treatment plant.

Mayor Valérie Plante said the pipe dated from 1903 and was already on the list to be replaced. "This is exactly why we keep telling Quebec City and Ottawa that we need a permanent infrastructure fund," she said.

The Atwater and Charles-J.-Des Baillets treatment plants draw water from the St. Lawrence River. Officials said the Des Baillets plant was operating normally.

Firefighters evacuated two daycares and a seniors' residence near Parc La Fontaine. The Société de transport de Montréal briefly closed Mont-Royal metro station as a precaution.

Quebec's Municipal Affairs Minister said the province would help cover costs. Neighbouring Laval and Longueuil, on the South Shore, offered to lend pumping equipment.

It is the third major break in Montreal since 2022. In August of that year, a rupture in Montreal-North left 1.4 million people under a boil-water notice across the island, from Pointe-Claire to Rivière-des-Prairies.""", [
    ("Montreal Gazette", "-", N),
    ("MONTREAL", "CA", T, (45.51, -73.59)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Plateau-Mont-Royal", "CA", N, (45.52, -73.58)),
    ("Plateau", "CA", N, (45.52, -73.58)),
    ("Mount Royal Avenue", "CA", Q),
    ("Rachel Street", "CA", Q),
    ("Rosemont–La Petite-Patrie", "CA", N, (45.54, -73.60)),
    ("Outremont", "CA", N, (45.52, -73.61)),
    ("Verdun", "CA", N, (45.46, -73.57)),
    ("LaSalle", "CA", N, (45.43, -73.63)),
    ("West Island", "CA", N, (45.46, -73.80)),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("St. Lawrence River", "CA|US", N),
    ("Parc La Fontaine", "CA", Q),
    ("Société de transport de Montréal", "CA", Q),
    ("Mont-Royal metro station", "CA", Q),
    ("Quebec", "CA", A),
    ("Laval", "CA", T, (45.57, -73.69)),
    ("Longueuil", "CA", T, (45.53, -73.52)),
    ("South Shore", "CA", N, (45.50, -73.47)),
    ("Montreal-North", "CA", N, (45.59, -73.64)),
    ("Pointe-Claire", "CA", T, (45.45, -73.82)),
    ("Rivière-des-Prairies", "CA", N, (45.65, -73.58)),
])

add("a", """Port of Vancouver backlog grows as longshore talks stall

By Priya Sandhu, Vancouver Sun

VANCOUVER — More than 40 container ships were anchored off the B.C. coast on Wednesday as a labour dispute at West Coast ports entered its second week, with grain and potash piling up in rail yards from the Lower Mainland to the Prairies.

Ships waiting to unload at Centerm and Vanterm in Vancouver, and at Deltaport at Roberts Bank in Delta, have spread out into English Bay and as far as the Gulf Islands, where residents of Gabriola Island and Saltspring Island have complained about noise and lights at night.

The Port of Prince Rupert, further north, has also been affected.

Federal Labour Minister Steven MacKinnon said in Ottawa that he was "monitoring the situation closely." Business groups in Alberta and Saskatchewan have urged the government to intervene, saying farmers cannot move canola and wheat to customers in China, Japan and South Korea.

The B.C. Chamber of Commerce estimates that about $800 million in goods moves through the province's ports every day.

In Surrey, truckers who haul containers from the terminals to warehouses in Richmond, Burnaby and Langley said they had been idled for days. "We get paid by the load," said Harjit Gill, who drives out of Surrey. "No load, no pay."

The union says automation at the terminals threatens hundreds of jobs. Employers say the ports must modernize to compete with Seattle and Tacoma in Washington state, and with Los Angeles and Long Beach in California.""", [
    ("Vancouver Sun", "-", N),
    ("Port of Vancouver", "CA", Q),
    ("VANCOUVER", "CA", T, (49.25, -123.12)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("B.C.", "CA", A),
    ("West Coast", "CA", N),
    ("Lower Mainland", "CA", N),
    ("Prairies", "CA", N),
    ("Roberts Bank", "CA", N, (49.02, -123.15)),
    ("Delta", "CA", T, (49.08, -123.06)),
    ("English Bay", "CA", N, (49.29, -123.18)),
    ("Gulf Islands", "CA", N, (48.85, -123.4)),
    ("Gabriola Island", "CA", N, (49.16, -123.79)),
    ("Saltspring Island", "CA", N, (48.80, -123.50)),
    ("Port of Prince Rupert", "CA", Q),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Alberta", "CA", A),
    ("Saskatchewan", "CA", A),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("B.C. Chamber of Commerce", "CA", Q),
    ("Surrey", "CA", T, (49.10, -122.82)),
    ("Richmond", "CA", T, (49.17, -123.14)),
    ("Burnaby", "CA", T, (49.27, -122.95)),
    ("Langley", "CA", T, (49.10, -122.65)),
    ("Seattle", "US", T, (47.61, -122.33)),
    ("Tacoma", "US", T, (47.25, -122.44)),
    ("Washington", "US", A, "US.WA"),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Long Beach", "US", T, (33.77, -118.19)),
    ("California", "US", A),
])

add("a", """Hailstorm pummels northeast Calgary, insurers brace for another billion-dollar year

By Kyle Brennan, CTV News Calgary

CALGARY — Residents in northeast Calgary were taping plastic over shattered windows on Tuesday after a fast-moving storm dropped hail the size of golf balls on the city for about 20 minutes Monday evening.

The hardest-hit communities were Saddle Ridge, Taradale and Skyview Ranch, the same area that was devastated by a hailstorm in June 2020 that caused about $1.2 billion in insured damage. Hail was also reported in Airdrie and Chestermere, east of the city.

Environment and Climate Change Canada had issued a severe thunderstorm warning for Calgary, Rocky View County and Mountain View County about an hour before the storm hit.

"It sounded like somebody was firing a gun at the house," said Manpreet Dhillon of Saddle Ridge.

Mayor Jyoti Gondek said city crews were clearing storm drains. The Calgary Flames postponed a community event at the Saddledome, where a section of roof flashing was torn loose.

The Insurance Bureau of Canada said the Calgary-to-Edmonton corridor has become the country's hail capital. Storms formed over the foothills west of Cochrane and Okotoks and drifted east onto the plains.

Alberta's Municipal Affairs Minister Ric McIver said the province was not yet considering a disaster recovery program. Meteorologists said more storms were possible through Thursday from Red Deer south to Lethbridge and Medicine Hat.""", [
    ("CALGARY", "CA", T, (51.05, -114.07)),
    ("Calgary", "CA", T, (51.05, -114.07)),
    ("Saddle Ridge", "CA", N, (51.13, -113.95)),
    ("Taradale", "CA", N, (51.12, -113.94)),
    ("Skyview Ranch", "CA", N, (51.16, -113.95)),
    ("Airdrie", "CA", T, (51.29, -114.01)),
    ("Chestermere", "CA", T, (51.04, -113.82)),
    ("Environment and Climate Change Canada", "CA", Q),
    ("Rocky View County", "CA", N),
    ("Mountain View County", "CA", N),
    ("CTV News Calgary", "CA", Q),
    ("Calgary Flames", "-", N),
    ("Saddledome", "-", N),
    ("Insurance Bureau of Canada", "CA", Q),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Cochrane", "CA", T, (51.19, -114.47)),
    ("Okotoks", "CA", T, (50.73, -113.98)),
    ("Alberta", "CA", A),
    ("Red Deer", "CA", T, (52.27, -113.81)),
    ("Lethbridge", "CA", T, (49.70, -112.83)),
    ("Medicine Hat", "CA", T, (50.04, -110.68)),
])

add("a", """Jury finds St. Albert man guilty in fatal Whyte Avenue stabbing

By Nadia Okafor, Edmonton Journal

EDMONTON — A jury in Court of King's Bench in Edmonton has found a 27-year-old St. Albert man guilty of second-degree murder in the stabbing death of a university student outside a bar on Whyte Avenue two years ago.

Tyler Wrenshall was convicted late Thursday after four days of deliberations. The victim, 21-year-old Amrit Brar of Sherwood Park, was studying engineering at the University of Alberta.

Court heard that the two men had argued inside a bar in Old Strathcona before the confrontation spilled onto the street shortly after 2 a.m. Security video showed Wrenshall fleeing west on foot. He was arrested the next day at a relative's home in Spruce Grove.

Crown prosecutor Lise Dufresne told the jury that Wrenshall had bragged about the attack in text messages to a friend in Fort McMurray. The defence argued he acted in self-defence.

Brar's family, who moved to Alberta from Ludhiana in India's Punjab state in 2009, wept as the verdict was read. "Nothing brings him back," his uncle said outside the courthouse. "But today Edmonton listened."

Second-degree murder carries an automatic life sentence; the judge will decide at a hearing in March how long Wrenshall must serve before he can apply for parole.

Edmonton police have increased patrols in the Whyte Avenue entertainment district on weekends since the killing. A similar stabbing in Leduc last year remains before the courts in Wetaskiwin.""", [
    ("Edmonton Journal", "-", N),
    ("St. Albert", "CA", T, (53.63, -113.63)),
    ("Whyte Avenue", "CA", Q),
    ("EDMONTON", "CA", T, (53.55, -113.49)),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Sherwood Park", "CA", T, (53.54, -113.30)),
    ("University of Alberta", "CA", Q),
    ("Old Strathcona", "CA", N, (53.52, -113.50)),
    ("Spruce Grove", "CA", T, (53.55, -113.91)),
    ("Fort McMurray", "CA", T, (56.73, -111.38)),
    ("Alberta", "CA", A),
    ("Ludhiana", "IN", T, (30.90, 75.85)),
    ("India", "IN", C),
    ("Punjab", "IN", A),
    ("Leduc", "CA", T, (53.27, -113.55)),
    ("Wetaskiwin", "CA", T, (52.97, -113.38)),
])

add("a", """Ottawa, provinces strike health-care deal after marathon talks

By Catherine Lévesque, The Canadian Press

OTTAWA — The federal government and all 13 provinces and territories have agreed on a 10-year health funding framework, ending months of wrangling over how much Ottawa should pay and what strings should be attached.

The agreement, announced on Parliament Hill on Friday, boosts the Canada Health Transfer by five per cent a year and adds targeted money for family doctors, mental health and long-term care.

Ontario and Quebec, the two largest recipients, had resisted reporting requirements. Quebec Premier François Legault said his province "will not hand over its jurisdiction," but signed after Ottawa agreed to let Quebec report through its own agency.

Alberta and Saskatchewan pushed for more flexibility to contract surgeries to private clinics. British Columbia and Manitoba wanted money for nurses. Nova Scotia, New Brunswick, Prince Edward Island and Newfoundland and Labrador asked for a per-capita adjustment for their older populations.

The territorial premiers of Yukon, the Northwest Territories and Nunavut won a separate top-up for medical travel, which can cost tens of thousands of dollars when a patient must be flown from an Arctic community to Yellowknife, Whitehorse, Edmonton or Winnipeg.

Premiers, who met in Halifax in July, had asked for far more. "It is a start," Ontario Premier Doug Ford said. Manitoba Premier Wab Kinew called it "a real deal for real people."

The New Democrats said the deal does not go far enough on pharmacare. Conservatives said Canadians would judge the results by wait times, not press conferences in Ottawa.""", [
    ("The Canadian Press", "CA", Q),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("OTTAWA", "CA", T, (45.42, -75.70)),
    ("Parliament Hill", "CA", Q),
    ("Canada Health Transfer", "CA", Q),
    ("Ontario", "CA", A),
    ("Quebec", "CA", A),
    ("Alberta", "CA", A),
    ("Saskatchewan", "CA", A),
    ("British Columbia", "CA", A),
    ("Manitoba", "CA", A),
    ("Nova Scotia", "CA", A),
    ("New Brunswick", "CA", A),
    ("Prince Edward Island", "CA", A),
    ("Newfoundland and Labrador", "CA", A),
    ("Yukon", "CA", A),
    ("Northwest Territories", "CA", A),
    ("Nunavut", "CA", A),
    ("Arctic", "*", N),
    ("Yellowknife", "CA", T, (62.45, -114.37)),
    ("Whitehorse", "CA", T, (60.72, -135.05)),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Halifax", "CA", T, (44.65, -63.57)),
    ("Canadians", "CA", Q),
])

add("a", """Red River crest forecast lowered, but Manitoba keeps floodway on standby

By Dylan Robertson, Winnipeg Free Press

WINNIPEG — Manitoba's flood forecasters have lowered their prediction for the Red River crest, but the province said Monday the Red River Floodway could still be opened later this week to protect Winnipeg.

Water levels at Emerson, on the Canada–U.S. border, are expected to peak around Thursday, with the crest reaching St. Adolphe and the floodway inlet at St. Norbert early next week.

Heavy snowmelt in North Dakota has pushed the river up at Fargo and Grand Forks, where the National Weather Service warned of moderate flooding. The Red flows north from there into Manitoba and eventually empties into Lake Winnipeg.

Ring dikes around Morris and St. Jean Baptiste were closed as a precaution, and a section of Highway 75 south of Winnipeg may be shut if water crosses the road.

The province is also watching the Assiniboine River near Brandon and Portage la Prairie, where the Portage Diversion can send water north into Lake Manitoba. Cottage owners on the lake, and First Nations such as Lake St. Martin, have said past diversions flooded their land.

"We are in much better shape than in 1997 or 2011," said Transportation and Infrastructure Minister Lisa Naylor. In 1997, the so-called Flood of the Century forced the evacuation of about 28,000 Manitobans and swamped Grand Forks.

Downstream, officials in Selkirk and the RM of St. Andrews are watching for ice jams.""", [
    ("Winnipeg Free Press", "-", N),
    ("WINNIPEG", "CA", T, (49.90, -97.14)),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Manitoba", "CA", A),
    ("Red River", "*", N),
    ("Red River Floodway", "CA", N, (49.85, -96.95)),
    ("Emerson", "CA", T, (49.00, -97.21)),
    ("Canada", "CA", C),
    ("U.S.", "US", C),
    ("St. Adolphe", "CA", T, (49.67, -97.11)),
    ("St. Norbert", "CA", N, (49.76, -97.15)),
    ("North Dakota", "US", A),
    ("Fargo", "US", T, (46.88, -96.79)),
    ("Grand Forks", "US", T, (47.93, -97.03)),
    ("Red", "*", N),
    ("Lake Winnipeg", "CA", N),
    ("Morris", "CA", T, (49.35, -97.37)),
    ("St. Jean Baptiste", "CA", T, (49.25, -97.33)),
    ("Assiniboine River", "CA", N),
    ("Brandon", "CA", T, (49.85, -99.95)),
    ("Portage la Prairie", "CA", T, (49.97, -98.29)),
    ("Portage Diversion", "CA", Q),
    ("Lake Manitoba", "CA", N),
    ("Lake St. Martin", "CA", N, (51.77, -98.45)),
    ("Manitobans", "CA", Q),
    ("Selkirk", "CA", T, (50.14, -96.88)),
    ("RM of St. Andrews", "CA", N, (50.27, -96.97)),
])

add("a", """Halifax council approves 12-storey towers in Dartmouth as housing squeeze deepens

By Zane Woodford, Halifax Chronicle Herald

HALIFAX — Halifax regional council has approved two 12-storey apartment towers near the Dartmouth waterfront, part of a push to add 22,000 homes across the municipality under a federal housing accelerator deal.

The buildings, near Alderney Landing, would add about 400 units. Councillors for Dartmouth Centre and Downtown Halifax supported the plan, while residents of nearby Woodside argued that ferry and bus service across Halifax Harbour are already strained.

The Halifax Regional Municipality's population has grown by more than 10 per cent since 2021, fuelled by arrivals from Ontario, Alberta and abroad. Rents for a two-bedroom unit on the Halifax peninsula now average more than $2,400 a month, according to the Canada Mortgage and Housing Corporation.

Council also approved rezoning for a subdivision in Bedford and another in Lower Sackville. A proposal for 300 units in Cole Harbour was deferred.

Nova Scotia Housing Minister John Lohr said the province would fast-track water and sewer upgrades in Spryfield and Fall River. Critics say the province has overridden council on several projects, including in Timberlea, using special planning areas.

Mayor Andy Fillmore said Halifax must grow "up and not just out," noting that new suburbs stretch commuting times for people working downtown. Housing advocates in Truro and Windsor, N.S., say rising rents in the capital are pushing families out to their communities, where vacancy rates are now even lower.

Construction is expected to begin next spring.""", [
    ("Halifax Chronicle Herald", "-", N),
    ("HALIFAX", "CA", T, (44.65, -63.57)),
    ("Halifax", "CA", T, (44.65, -63.57)),
    ("Dartmouth", "CA", T, (44.67, -63.57)),
    ("Alderney Landing", "CA", Q),
    ("Woodside", "CA", N, (44.65, -63.54)),
    ("Halifax Harbour", "CA", N, (44.65, -63.56)),
    ("Halifax Regional Municipality", "CA", A),
    ("Ontario", "CA", A),
    ("Alberta", "CA", A),
    ("Canada Mortgage and Housing Corporation", "CA", Q),
    ("Bedford", "CA", T, (44.73, -63.66)),
    ("Lower Sackville", "CA", T, (44.78, -63.68)),
    ("Cole Harbour", "CA", T, (44.67, -63.48)),
    ("Nova Scotia", "CA", A),
    ("Spryfield", "CA", N, (44.61, -63.61)),
    ("Fall River", "CA", T, (44.82, -63.61)),
    ("Timberlea", "CA", T, (44.66, -63.74)),
    ("Truro", "CA", T, (45.37, -63.28)),
    ("Windsor", "CA", T, (44.99, -64.13)),
    ("N.S.", "CA", A),
])

add("a", """Wildfire smoke pushes Toronto, Ottawa air quality to among world's worst

By Emma Tranter, The Canadian Press

Smoke from dozens of out-of-control wildfires in northern Quebec and Northern Ontario blanketed much of central Canada on Wednesday, pushing air quality readings in Toronto and Ottawa to levels usually seen in New Delhi or Lahore.

Environment Canada issued special air quality statements stretching from Windsor, Ont., to Quebec City. In Montreal, the city's air quality index hit "very poor" for a second straight day. Outdoor sports were cancelled across the Greater Toronto Area and in Kitchener, Hamilton and Kingston.

Most of the smoke came from fires near Chibougamau and Lebel-sur-Quévillon in Quebec, and around Red Lake and Sandy Lake in northwestern Ontario. Winds carried it south over the Great Lakes into New York state, Pennsylvania and Michigan. In New York City, the Statue of Liberty disappeared behind an orange haze.

U.S. President Joe Biden spoke with Prime Minister Justin Trudeau and offered more American firefighters. About 600 firefighters from the United States, Australia, South Africa, France and Mexico are already working in Canada.

"This is not normal, and we have to stop pretending that it is," said Dr. Alan Chan, a respirologist at St. Michael's Hospital in Toronto. He urged people with asthma to stay indoors.

Forecasters expect a shift in wind to bring relief by Friday, although smoke could return to Ontario and Quebec next week. The Canadian Interagency Forest Fire Centre in Winnipeg says more than 4 million hectares have burned so far this year, most of it in Quebec, Alberta and the Northwest Territories.""", [
    ("The Canadian Press", "CA", Q),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Quebec", "CA", A),
    ("Northern Ontario", "CA", N),
    ("Canada", "CA", C),
    ("New Delhi", "IN", T, (28.61, 77.21)),
    ("Lahore", "PK", T, (31.55, 74.34)),
    ("Environment Canada", "CA", Q),
    ("Windsor", "CA", T, (42.30, -83.02)),
    ("Ont.", "CA", A),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Greater Toronto Area", "CA", N, (43.70, -79.42)),
    ("Kitchener", "CA", T, (43.45, -80.49)),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("Kingston", "CA", T, (44.23, -76.49)),
    ("Chibougamau", "CA", T, (49.91, -74.37)),
    ("Lebel-sur-Quévillon", "CA", T, (49.05, -77.02)),
    ("Red Lake", "CA", T, (51.02, -93.83)),
    ("Sandy Lake", "CA", N, (53.06, -93.34)),
    ("Ontario", "CA", A),
    ("Great Lakes", "*", N),
    ("New York", "US", A, "US.NY"),
    ("Pennsylvania", "US", A),
    ("Michigan", "US", A),
    ("New York City", "US", T, (40.71, -74.01)),
    ("Statue of Liberty", "US", Q),
    ("U.S.", "US", C),
    ("American", "US", Q),
    ("United States", "US", C),
    ("Australia", "AU", C),
    ("South Africa", "ZA", C),
    ("France", "FR", C),
    ("Mexico", "MX", C),
    ("St. Michael's Hospital", "-", N),
    ("Canadian Interagency Forest Fire Centre", "CA", Q),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Alberta", "CA", A),
    ("Northwest Territories", "CA", A),
])

add("a", """Air Canada to add Montreal–Casablanca, Vancouver–Manila routes as demand rebounds

By Eric Atkins, The Globe and Mail

Air Canada says it will launch non-stop flights from Montreal to Casablanca and from Vancouver to Manila next year, part of a push into markets where rival WestJet and foreign carriers have been growing fast.

The Montreal-based airline said Thursday it will also add seasonal service from Toronto to Bogotá and from Calgary to Tokyo, and will increase frequencies on its Toronto–London Heathrow route. Flights between Halifax and Dublin and between St. John's, N.L., and London will resume in May.

"Canadians want to see the world, and they want to do it from home," chief executive Michael Rousseau told analysts on a conference call. He said the Manila route would serve the large Filipino communities in Vancouver, Winnipeg and Toronto.

Calgary-based WestJet said this week it will fly from Calgary to Seoul and expand its service from Edmonton to Mexico and the Caribbean. Porter Airlines, which began as a regional carrier at Billy Bishop Toronto City Airport, now flies from Ottawa and Toronto Pearson to Florida, Las Vegas and California.

Air Canada shares rose 3.4 per cent on the Toronto Stock Exchange. The airline reported a third-quarter profit of $1.2 billion, up from $1.1 billion a year earlier, as strong summer travel offset higher fuel prices.

Analysts at National Bank Financial said the new routes to Morocco and the Philippines were "a bet on diaspora traffic" that has paid off for the airline on flights to India.

Canada's airlines have faced criticism over delays and cancellations. The Canadian Transportation Agency is still working through a backlog of more than 70,000 passenger complaints.""", [
    ("Air Canada", "-", N),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Casablanca", "MA", T, (33.59, -7.62)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Manila", "PH", T, (14.60, 120.98)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Bogotá", "CO", T, (4.61, -74.08)),
    ("Calgary", "CA", T, (51.05, -114.07)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("London Heathrow", "GB", Q),
    ("Halifax", "CA", T, (44.65, -63.57)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("St. John's", "CA", T, (47.56, -52.71)),
    ("N.L.", "CA", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("Canadians", "CA", Q),
    ("Filipino", "PH", Q),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Seoul", "KR", T, (37.57, 126.98)),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Mexico", "MX", C),
    ("Caribbean", "*", N),
    ("Billy Bishop Toronto City Airport", "CA", Q),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Toronto Pearson", "CA", Q),
    ("Florida", "US", A),
    ("Las Vegas", "US", T, (36.17, -115.14)),
    ("California", "US", A),
    ("Toronto Stock Exchange", "CA", Q),
    ("National Bank Financial", "-", N),
    ("Morocco", "MA", C),
    ("Philippines", "PH", C),
    ("India", "IN", C),
    ("Canada", "CA", C),
    ("Canadian Transportation Agency", "CA", Q),
])

add("a", """Leafs edge Canadiens in shootout as Matthews scores 30th

By Lance Hornby, Toronto Sun

TORONTO — Auston Matthews scored his 30th goal of the season and William Nylander netted the shootout winner as the Toronto Maple Leafs beat the Montreal Canadiens 4-3 on Saturday night at Scotiabank Arena.

Cole Caufield and Nick Suzuki scored for Montreal, and Juraj Slafkovsky added a power-play goal late in the second period. Sam Montembeault made 38 saves.

Toronto goaltender Joseph Woll, who grew up in St. Louis, stopped all three Montreal shooters. "That's a playoff-style game," Woll said. "The crowd was half Montreal, I think."

The win moved Toronto within two points of the Florida Panthers for first in the Atlantic Division. The Leafs head west next week for games against the Winnipeg Jets, Calgary Flames, Edmonton Oilers and Vancouver Canucks.

Elsewhere in Canada, the Ottawa Senators lost 5-2 to the Boston Bruins, and Connor McDavid had three assists as Edmonton beat the Dallas Stars in Texas. The Oilers captain, who grew up in Newmarket, Ont., north of Toronto, has 68 points.

Montreal defenceman Lane Hutson, a native of Chicago, played 24 minutes. Canadiens coach Martin St. Louis said his young team "showed we belong."

Toronto's Mitch Marner left the game in the third period after blocking a shot but was expected to play Tuesday in Winnipeg.""", [
    ("Toronto Sun", "-", N),
    ("TORONTO", "CA", T, (43.70, -79.42)),
    ("Toronto Maple Leafs", "-", N),
    ("Montreal Canadiens", "-", N),
    ("Scotiabank Arena", "-", N),
    ("Montreal", "-", N),
    ("Toronto#3,4,6", "-", N),
    ("Toronto#5", "CA", T, (43.70, -79.42)),
    ("St. Louis#1", "US", T, (38.63, -90.20)),
    ("St. Louis#2", "-", N),
    ("Florida Panthers", "-", N),
    ("Winnipeg Jets", "-", N),
    ("Calgary Flames", "-", N),
    ("Edmonton Oilers", "-", N),
    ("Vancouver Canucks", "-", N),
    ("Canada", "CA", C),
    ("Ottawa Senators", "-", N),
    ("Boston Bruins", "-", N),
    ("Edmonton", "-", N),
    ("Dallas Stars", "-", N),
    ("Texas", "US", A),
    ("Newmarket", "CA", T, (44.05, -79.46)),
    ("Ont.", "CA", A),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
])

add("a", """B.C. toxic drug deaths fall for second straight year, coroner says

By Andrea Woo, CBC News

VICTORIA — Deaths from the toxic illicit drug supply in British Columbia fell by about 20 per cent last year, the B.C. Coroners Service said Tuesday, but rates in the Northern Health region remain the highest in the province.

The service reported 1,810 suspected drug deaths, down from 2,253 the year before. Vancouver, Surrey and Victoria recorded the largest numbers, while per-capita rates were highest in Prince George, Lillooet, Terrace and Merritt.

In Vancouver's Downtown Eastside, outreach workers said fewer people were dying in single-room occupancy hotels along East Hastings Street, crediting overdose prevention sites and a larger supply of naloxone.

Chief coroner Jennifer Whiteside said the toxicity of the supply, now often cut with animal tranquilizers, remains "unpredictable and deadly." Carfentanil has been detected in samples from Kamloops, Nanaimo and Campbell River, she said.

The province ended its three-year decriminalization pilot in January after complaints from mayors about public drug use, including in Port Coquitlam and on the streets of Kelowna. Oregon reversed a similar policy in 2024. Advocates argue the lessons of Portugal, which decriminalized personal possession in 2001, were never fully applied.

Mental Health and Addictions Minister Josie Osborne said the province would open 100 new treatment beds on Vancouver Island and in the Fraser Valley this year.

"Every one of these numbers was somebody's son or daughter," said Leslie McBain of Moms Stop the Harm, whose son died in 2014 in Gibsons, on the Sunshine Coast. Since B.C. declared a public health emergency in 2016, more than 15,000 people have died.""", [
    ("B.C.", "CA", A),
    ("VICTORIA", "CA", T, (48.43, -123.37)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("British Columbia", "CA", A),
    ("B.C. Coroners Service", "CA", Q),
    ("Northern Health", "CA", Q),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Surrey", "CA", T, (49.10, -122.82)),
    ("Prince George", "CA", T, (53.92, -122.75)),
    ("Lillooet", "CA", T, (50.69, -121.94)),
    ("Terrace", "CA", T, (54.52, -128.60)),
    ("Merritt", "CA", T, (50.11, -120.79)),
    ("Downtown Eastside", "CA", N, (49.28, -123.10)),
    ("East Hastings Street", "CA", Q),
    ("Kamloops", "CA", T, (50.67, -120.33)),
    ("Nanaimo", "CA", T, (49.17, -123.94)),
    ("Campbell River", "CA", T, (50.02, -125.24)),
    ("Port Coquitlam", "CA", T, (49.26, -122.78)),
    ("Kelowna", "CA", T, (49.88, -119.49)),
    ("Oregon", "US", A),
    ("Portugal", "PT", C),
    ("Vancouver Island", "CA", N),
    ("Fraser Valley", "CA", N),
    ("Gibsons", "CA", T, (49.40, -123.51)),
    ("Sunshine Coast", "CA", N),
])

add("a", """Peel police bust car-theft ring that shipped stolen SUVs to West Africa, Middle East

By Wendy Gillis, Toronto Star

BRAMPTON, Ont. — Peel Regional Police say they have dismantled a network that stole more than 550 vehicles from driveways across the Greater Toronto Area and shipped them overseas in containers through the Port of Montreal.

Investigators recovered 212 vehicles, most of them Honda CR-Vs, Lexus RX models and Toyota Highlanders, in a months-long probe dubbed Project Odyssey. Twenty-three people from Brampton, Mississauga, Vaughan, Toronto and Montreal face a total of 314 charges.

Police said the vehicles were stolen mainly in Peel Region, York Region and Halton Region, loaded at rail yards in Vaughan and Milton, and moved by train to Montreal. From there, many were shipped to Ghana, Nigeria and the United Arab Emirates. Some turned up for sale in Dubai within weeks.

"These are not joyriders. This is organized crime," Deputy Chief Nick Milinovich told a news conference in Mississauga.

The Canada Border Services Agency said it had intercepted another 90 vehicles at the port. Ontario has become the centre of Canada's auto theft crisis, accounting for about half of the 105,000 vehicles stolen nationally last year, according to Équité Association, an insurance-industry group.

Ottawa hosted a national summit on auto theft last year and promised $28 million to help the CBSA scan more containers. Quebec provincial police have since launched their own task force with Montreal police.

Residents of Oakville and Caledon told the Star they now use steering-wheel locks and park in garages. Insurers say premiums in Ontario rose by about 25 per cent over two years.""", [
    ("Peel", "CA", Q),
    ("West Africa", "*", N),
    ("Middle East", "*", N),
    ("Toronto Star", "-", N),
    ("BRAMPTON", "CA", T, (43.68, -79.76)),
    ("Ont.", "CA", A),
    ("Peel Regional Police", "CA", Q),
    ("Greater Toronto Area", "CA", N, (43.70, -79.42)),
    ("Port of Montreal", "CA", Q),
    ("Brampton", "CA", T, (43.68, -79.76)),
    ("Mississauga", "CA", T, (43.59, -79.65)),
    ("Vaughan", "CA", T, (43.84, -79.50)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Peel Region", "CA", A, (43.75, -79.8)),
    ("York Region", "CA", A, (44.0, -79.45)),
    ("Halton Region", "CA", A, (43.5, -79.9)),
    ("Milton", "CA", T, (43.51, -79.88)),
    ("Ghana", "GH", C),
    ("Nigeria", "NG", C),
    ("United Arab Emirates", "AE", C),
    ("Dubai", "AE", T, (25.20, 55.27)),
    ("Canada Border Services Agency", "CA", Q),
    ("Ontario", "CA", A),
    ("Canada", "CA", C),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Quebec", "CA", A),
    ("Oakville", "CA", T, (43.45, -79.68)),
    ("Caledon", "CA", T, (43.87, -79.86)),
])

add("a", """Ice storm leaves 200,000 without power in Ottawa, eastern Ontario

By Joanne Chianello, CBC Ottawa

OTTAWA — About 200,000 Hydro Ottawa and Hydro One customers were without electricity Thursday morning after freezing rain coated eastern Ontario and western Quebec in up to 30 millimetres of ice overnight.

Falling branches brought down lines across Kanata, Barrhaven, Orléans and the Glebe, and OC Transpo suspended bus service on several routes. In Gatineau, Hydro-Québec reported 45,000 customers in the dark, mostly in the Aylmer and Hull sectors.

The Ottawa Senators postponed Thursday's game at Canadian Tire Centre against the Pittsburgh Penguins. Several schools in Ottawa and the Outaouais were closed.

The storm also hit communities along the St. Lawrence from Cornwall and Brockville to Kingston, as well as Smiths Falls and Perth, where Ontario Provincial Police reported dozens of collisions on Highway 7.

Parks Canada closed the Rideau Canal Skateway, which had opened for the season only a week earlier, and warned people to stay off the ice on the Ottawa River.

Mayor Mark Sutcliffe said city crews were working around the clock. Many residents recalled the 1998 ice storm, which left millions without power across Ontario, Quebec and New Brunswick, and the 2018 tornado that tore through Dunrobin and Nepean.

Environment Canada said temperatures would drop to -20 C by Saturday, raising concerns for people without heat. Warming centres were opening in Ottawa City Hall, at a community centre in Vanier and in Rockland, east of the city.""", [
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("CBC Ottawa", "CA", Q),
    ("OTTAWA", "CA", T, (45.42, -75.70)),
    ("Hydro Ottawa", "-", N),
    ("Hydro One", "-", N),
    ("Ontario", "CA", A),
    ("Quebec", "CA", A),
    ("Kanata", "CA", T, (45.30, -75.90)),
    ("Barrhaven", "CA", N, (45.27, -75.74)),
    ("Orléans", "CA", T, (45.47, -75.51)),
    ("Glebe", "CA", N, (45.40, -75.69)),
    ("Gatineau", "CA", T, (45.48, -75.70)),
    ("Hydro-Québec", "-", N),
    ("Aylmer", "CA", N, (45.40, -75.85)),
    ("Hull", "CA", N, (45.43, -75.72)),
    ("Ottawa Senators", "-", N),
    ("Canadian Tire Centre", "-", N),
    ("Pittsburgh Penguins", "-", N),
    ("Outaouais", "CA", N),
    ("St. Lawrence", "CA|US", N),
    ("Cornwall", "CA", T, (45.02, -74.73)),
    ("Brockville", "CA", T, (44.59, -75.68)),
    ("Kingston", "CA", T, (44.23, -76.49)),
    ("Smiths Falls", "CA", T, (44.90, -76.02)),
    ("Perth", "CA", T, (44.90, -76.25)),
    ("Ontario Provincial Police", "CA", Q),
    ("Parks Canada", "CA", Q),
    ("Rideau Canal Skateway", "CA", N, (45.41, -75.69)),
    ("Ottawa River", "CA", N),
    ("New Brunswick", "CA", A),
    ("Dunrobin", "CA", N, (45.45, -76.03)),
    ("Nepean", "CA", N, (45.33, -75.75)),
    ("Environment Canada", "CA", Q),
    ("Ottawa City Hall", "CA", Q),
    ("Vanier", "CA", N, (45.44, -75.66)),
    ("Rockland", "CA", T, (45.55, -75.29)),
])


# ---------------------------------------------------------------- genre b
add("b", """Yellowknife ordered to evacuate as wildfire closes in; Hay River residents flee for second time

By Emily Blake, CBC North

YELLOWKNIFE — The entire city of Yellowknife, about 20,000 people, has been ordered to leave by noon Friday as a wildfire burning west of the N.W.T. capital moved to within 15 kilometres of its outskirts.

Residents are being told to drive south on Highway 3 toward Fort Providence and on to Alberta, or to register for evacuation flights to Calgary and Edmonton. The nearby Dene communities of Dettah and Ndilǫ, and the Ingraham Trail, are included in the order.

The fire, which started near Behchokǫ̀, has burned more than 160,000 hectares. Crews have cut fire breaks around Yellowknife and the airport, and military personnel from Canadian Forces Base Edmonton are on the ground.

To the south, the town of Hay River and the neighbouring Kátł'odeeche First Nation were evacuated on Sunday for the second time in as many years. Residents of Enterprise, where most buildings were destroyed, have been living in hotels in Grande Prairie and High Level since the weekend. Fort Smith, on the Alberta boundary next to Wood Buffalo National Park, is also under an evacuation order.

"We've never seen anything like this in the North," said Premier R.J. Simpson, himself a resident of Hay River.

Northwest Territories officials said the drought across the Great Slave Lake basin is the worst on record. Alberta has opened a reception centre in Peace River, and Manitoba offered hotel rooms in Winnipeg.

Traffic on the single road south was bumper to bumper on Thursday evening, and gas stations in Fort Providence and Kakisa were running low on fuel.""", [
    ("Yellowknife", "CA", T, (62.45, -114.37)),
    ("YELLOWKNIFE", "CA", T, (62.45, -114.37)),
    ("Hay River", "CA", T, (60.82, -115.80)),
    ("CBC North", "CA", Q),
    ("N.W.T.", "CA", A),
    ("Fort Providence", "CA", T, (61.35, -117.66)),
    ("Alberta", "CA", A),
    ("Calgary", "CA", T, (51.05, -114.07)),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Dene", "CA", Q),
    ("Dettah", "CA", T, (62.41, -114.31)),
    ("Ndilǫ", "CA", T, (62.47, -114.36)),
    ("Ingraham Trail", "CA", Q),
    ("Behchokǫ̀", "CA", T, (62.80, -116.05)),
    ("Canadian Forces Base Edmonton", "CA", Q),
    ("Kátł'odeeche First Nation", "CA", N, (60.80, -115.75)),
    ("Enterprise", "CA", T, (60.60, -116.13)),
    ("Grande Prairie", "CA", T, (55.17, -118.80)),
    ("High Level", "CA", T, (58.52, -117.14)),
    ("Fort Smith", "CA", T, (60.00, -111.89)),
    ("Wood Buffalo National Park", "CA", N),
    ("North", "CA", N),
    ("Northwest Territories", "CA", A),
    ("Great Slave Lake", "CA", N),
    ("Peace River", "CA", T, (56.24, -117.29)),
    ("Manitoba", "CA", A),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Kakisa", "CA", T, (60.94, -117.42)),
])

add("b", """Kashechewan flown out again as Albany River ice breakup threatens dike

By Jorge Barrera, CBC News

THUNDER BAY, Ont. — Hundreds of residents of Kashechewan First Nation are being flown to host communities in Northern Ontario this week as the spring ice breakup on the Albany River threatens the community's aging ring dike.

The first flights left Sunday for Timmins, Kapuskasing and Cochrane, with elders, children and people with medical needs going first. Others are expected to be sent as far as Thunder Bay, Smooth Rock Falls and Sudbury if space runs out.

Kashechewan, a Cree community of about 2,000 people near the western shore of James Bay, has been evacuated almost every spring since 2004. It sits on a flood plain across the river from Fort Albany First Nation, which was itself evacuated in 2019 and 2022.

"We're tired of living like refugees in our own country," Chief Hosea Wesley said in a statement.

The federal government signed an agreement in 2019 to relocate the community to higher ground about 30 kilometres upstream, at a site known as Site 5, but construction has not started. Indigenous Services Minister Patty Hajdu, whose riding is in Thunder Bay, said Ottawa remains committed to the move.

The only winter road linking Kashechewan to Moosonee and Attawapiskat has already closed for the season. The Ontario government has placed Canadian Rangers and Ontario Provincial Police officers on standby in Moosonee.

Meanwhile, a state of emergency remains in effect in Neskantaga First Nation, north of Thunder Bay, which has been under a boil-water advisory for more than 10 years. Neskantaga is one of several remote communities in the Ring of Fire region where Ontario plans to build all-season roads to mining sites.""", [
    ("Kashechewan", "CA", N, (52.29, -81.62)),
    ("Albany River", "CA", N),
    ("THUNDER BAY", "CA", T, (48.38, -89.25)),
    ("Ont.", "CA", A),
    ("Kashechewan First Nation", "CA", N, (52.29, -81.62)),
    ("Northern Ontario", "CA", N),
    ("Timmins", "CA", T, (48.47, -81.33)),
    ("Kapuskasing", "CA", T, (49.42, -82.43)),
    ("Cochrane", "CA", T, (49.07, -81.02)),
    ("Thunder Bay", "CA", T, (48.38, -89.25)),
    ("Smooth Rock Falls", "CA", T, (49.28, -81.63)),
    ("Sudbury", "CA", T, (46.49, -80.99)),
    ("Cree", "CA", Q),
    ("James Bay", "CA", N),
    ("Fort Albany First Nation", "CA", N, (52.21, -81.67)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Moosonee", "CA", T, (51.27, -80.64)),
    ("Attawapiskat", "CA", N, (52.93, -82.42)),
    ("Ontario", "CA", A),
    ("Ontario Provincial Police", "CA", Q),
    ("Canadian Rangers", "CA", Q),
    ("Neskantaga First Nation", "CA", N, (52.19, -88.06)),
    ("Neskantaga", "CA", N, (52.19, -88.06)),
    ("Ring of Fire", "CA", N, (52.75, -86.3)),
])

add("b", """Drought, grasshoppers squeeze Saskatchewan farmers ahead of harvest

By Alexa Lavoie, Saskatoon StarPhoenix

SASKATOON — Just a few kilometres west of Saskatoon, in the RM of Corman Park, Gord Sawatzky's canola looks fine from the road. Walk into the field, though, and the pods are small and half empty.

"We had 90 millimetres of rain since April," said Sawatzky, 58, who farms about 2,400 hectares near Asquith. "It's not enough. It's never enough."

The latest Saskatchewan crop report shows topsoil moisture rated short or very short on more than 60 per cent of cropland, with the driest conditions in the west-central region around Rosetown, Kindersley and Kerrobert, and in the southwest near Swift Current and Maple Creek.

Grasshopper counts are high across the province and in southern Alberta, and some producers near Outlook and Biggar have sprayed twice. Farmers in the RM of Vanscoy and the RM of Harris say they have already begun cutting crops for green feed.

Irrigated land along Lake Diefenbaker and the South Saskatchewan River is faring better. The province has pitched a $4-billion expansion of irrigation from the lake, though critics in Regina and in Moose Jaw question the cost.

Agriculture Minister Daryl Harrison said the province is working with Ottawa on an AgriRecovery package similar to the one offered in 2021, when drought gripped the Prairies from Manitoba to Alberta's Peace Country.

Livestock producers near Lloydminster and Meadow Lake are already culling herds because of poor pasture, said the Saskatchewan Cattle Association. Hay is being trucked in from Manitoba and even Ontario.

A strong harvest would help make up for falling canola prices, which have slid since China imposed tariffs on Canadian canola oil and meal.""", [
    ("Saskatchewan", "CA", A),
    ("Saskatoon StarPhoenix", "-", N),
    ("SASKATOON", "CA", T, (52.13, -106.67)),
    ("Saskatoon", "CA", T, (52.13, -106.67)),
    ("RM of Corman Park", "CA", N, (52.2, -106.7)),
    ("Asquith", "CA", T, (52.13, -107.21)),
    ("Rosetown", "CA", T, (51.55, -107.99)),
    ("Kindersley", "CA", T, (51.47, -109.17)),
    ("Kerrobert", "CA", T, (51.92, -109.13)),
    ("Swift Current", "CA", T, (50.29, -107.80)),
    ("Maple Creek", "CA", T, (49.91, -109.48)),
    ("Alberta", "CA", A),
    ("Outlook", "CA", T, (51.49, -107.05)),
    ("Biggar", "CA", T, (52.05, -107.98)),
    ("RM of Vanscoy", "CA", N, (52.0, -107.0)),
    ("RM of Harris", "CA", N, (51.75, -107.55)),
    ("Lake Diefenbaker", "CA", N),
    ("South Saskatchewan River", "CA", N),
    ("Regina", "CA", T, (50.45, -104.61)),
    ("Moose Jaw", "CA", T, (50.39, -105.55)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Prairies", "CA", N),
    ("Manitoba", "CA", A),
    ("Peace Country", "CA", N),
    ("Lloydminster", "CA", T, (53.28, -110.00)),
    ("Meadow Lake", "CA", T, (54.13, -108.43)),
    ("Saskatchewan Cattle Association", "CA", Q),
    ("Ontario", "CA", A),
    ("China", "CN", C),
    ("Canadian", "CA", Q),
])

add("b", """Yukon orders Victoria Gold into receivership after heap leach collapse

By Maria Tobin, Yukon News

WHITEHORSE — The Yukon government has asked a court to put Victoria Gold Corp. into receivership, saying the company cannot pay to clean up a landslide of cyanide-laced ore at its Eagle Gold mine near Mayo.

About four million tonnes of crushed ore slid off the mine's heap leach pad in June, burying equipment and spilling contaminated water toward Haggart Creek, which drains into the McQuesten River and on to the Stewart River, a tributary of the Yukon River.

The First Nation of Na-Cho Nyäk Dun, whose traditional territory includes the mine, has called for all mining on its land to stop until the site is cleaned up. Chief Dawna Hope said families in Mayo have stopped fishing and hunting along the Stewart.

Premier Ranj Pillai told the legislature in Whitehorse that the territory would spend "whatever it takes" to protect water downstream. Yukon officials said testing near Dawson City, where the Stewart meets the Yukon, has not found cyanide so far.

The Yukon River flows on into Alaska, and the Alaska Department of Environmental Conservation said it was watching the situation closely. Salmon runs on the river, which support communities from Carmacks to the Bering Sea, have already collapsed in recent years.

The mine, about 85 kilometres north of Mayo by road, employed about 500 people, many of them flown in from Whitehorse, British Columbia and Alberta.

Victoria Gold, based in Toronto, has not commented. The Yukon Chamber of Mines said the collapse would hurt investment across the territory, including in the Klondike.""", [
    ("Yukon#1,3,5", "CA", A),
    ("Yukon#6", "*", N),
    ("Victoria Gold", "-", N),
    ("Yukon News", "-", N),
    ("WHITEHORSE", "CA", T, (60.72, -135.05)),
    ("Eagle Gold", "-", N),
    ("Mayo", "CA", T, (63.59, -135.90)),
    ("Haggart Creek", "CA", N, (64.05, -135.9)),
    ("McQuesten River", "CA", N),
    ("Stewart River", "CA", N),
    ("Yukon River", "*", N),
    ("Na-Cho Nyäk Dun", "CA", Q),
    ("Stewart", "CA", N),
    ("Whitehorse", "CA", T, (60.72, -135.05)),
    ("Dawson City", "CA", T, (64.06, -139.43)),
    ("Alaska", "US", A),
    ("Alaska Department of Environmental Conservation", "US", Q),
    ("Carmacks", "CA", T, (62.09, -136.29)),
    ("Bering Sea", "*", N),
    ("British Columbia", "CA", A),
    ("Alberta", "CA", A),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Yukon Chamber of Mines", "CA", Q),
    ("Klondike", "CA", N, (64.0, -139.0)),
])

add("b", """Iqaluit sealift delayed by ice in Frobisher Bay; Nunavut communities wait for fuel, groceries

By Nick Murray, Nunatsiaq News

IQALUIT, Nunavut — Thick sea ice at the mouth of Frobisher Bay has delayed the first sealift ship of the season by nearly two weeks, leaving businesses and families in Iqaluit waiting for building supplies, vehicles and a year's worth of dry goods.

The cargo ship left Montreal on June 28 and has been waiting off the southeastern tip of Baffin Island. Nunavut's Department of Community and Government Services said fuel tankers bound for Pangnirtung, Kimmirut and Qikiqtarjuaq were also held up.

Sealift season is a lifeline for Nunavut's 25 communities, most of which have no road connection to each other or to the rest of Canada. Ships from Montreal and from Valleyfield, Que., supply the Baffin region, while the Kivalliq communities of Rankin Inlet, Arviat and Baker Lake are served from Churchill, Man., and by barges that come up the west coast of Hudson Bay.

In the western Kitikmeot region, Cambridge Bay and Kugluktuk rely on barges that travel down the Mackenzie River from Hay River, N.W.T., and then east through the Northwest Passage.

Grocery prices in Iqaluit are already two to three times those in Ottawa, and residents worry that a late sealift will push them higher. "People order their toilet paper and canned goods a year ahead," said Madeleine Qumuatuq. "When the ship is late, everybody feels it."

Iqaluit also went through a fuel contamination crisis in 2021, when the city's water supply from Lake Geraldine was tainted and bottled water had to be flown in from the south.

The Canadian Coast Guard said it had sent an icebreaker from Quebec City to help.""", [
    ("Iqaluit", "CA", T, (63.75, -68.52)),
    ("IQALUIT", "CA", T, (63.75, -68.52)),
    ("Frobisher Bay", "CA", N, (62.9, -66.8)),
    ("Nunavut", "CA", A),
    ("Nunatsiaq News", "-", N),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Baffin Island", "CA", N),
    ("Pangnirtung", "CA", T, (66.15, -65.71)),
    ("Kimmirut", "CA", T, (62.85, -69.87)),
    ("Qikiqtarjuaq", "CA", T, (67.55, -64.03)),
    ("Canada", "CA", C),
    ("Valleyfield", "CA", T, (45.25, -74.13)),
    ("Que.", "CA", A),
    ("Baffin", "CA", N),
    ("Kivalliq", "CA", N),
    ("Rankin Inlet", "CA", T, (62.81, -92.09)),
    ("Arviat", "CA", T, (61.11, -94.06)),
    ("Baker Lake", "CA", T, (64.32, -96.02)),
    ("Churchill", "CA", T, (58.77, -94.17)),
    ("Man.", "CA", A),
    ("Hudson Bay", "CA", N),
    ("Kitikmeot", "CA", N),
    ("Cambridge Bay", "CA", T, (69.12, -105.06)),
    ("Kugluktuk", "CA", T, (67.83, -115.10)),
    ("Mackenzie River", "CA", N),
    ("Hay River", "CA", T, (60.82, -115.80)),
    ("N.W.T.", "CA", A),
    ("Northwest Passage", "CA", N),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Lake Geraldine", "CA", N, (63.76, -68.49)),
    ("Canadian Coast Guard", "CA", Q),
    ("Quebec City", "CA", T, (46.81, -71.21)),
])

add("b", """Evacuation orders lifted in West Kelowna, but Shuswap fire still growing

By Jana Stewart, Castanet

KELOWNA, B.C. — Thousands of residents of West Kelowna were allowed home on Sunday, nearly two weeks after the McDougall Creek wildfire jumped Okanagan Lake and forced the evacuation of large parts of the Central Okanagan.

The fire destroyed or damaged about 190 properties, most of them in West Kelowna, the Westbank First Nation and the Traders Cove area, and burned into the Lake Country neighbourhoods of Clarke Road and Okanagan Centre.

"The worst is behind us here," said West Kelowna fire chief Jason Brolund. But he warned that hot spots would keep burning into the fall.

Further north, the Bush Creek East fire in the Shuswap has burned more than 45,000 hectares and destroyed homes in Scotch Creek, Celista and Lee Creek, on the north shore of Shuswap Lake. Some residents refused to leave and have been fighting the fire themselves, straining relations with the BC Wildfire Service.

Orders remain in place near Sorrento and Chase, and the Trans-Canada Highway between Salmon Arm and Kamloops has reopened with pilot cars. The Adams Lake Indian Band said several homes on its reserve were lost.

Smoke has drifted across the Okanagan Valley from Vernon to Penticton and Osoyoos, and into Washington state. Tourism operators say hotel bookings have collapsed during what would usually be peak season.

Premier David Eby has banned non-essential travel to fire-affected areas so that accommodation can go to evacuees and firefighters, some of whom have come from Mexico and Australia. The province has declared a state of emergency, its first since 2021, when the village of Lytton burned to the ground.""", [
    ("West Kelowna", "CA", T, (49.86, -119.58)),
    ("Shuswap", "CA", N, (50.9, -119.3)),
    ("KELOWNA", "CA", T, (49.88, -119.49)),
    ("B.C.", "CA", A),
    ("McDougall Creek", "CA", Q),
    ("Okanagan Lake", "CA", N),
    ("Central Okanagan", "CA", N),
    ("Westbank First Nation", "CA", N, (49.86, -119.56)),
    ("Traders Cove", "CA", N, (49.93, -119.52)),
    ("Lake Country", "CA", T, (50.05, -119.41)),
    ("Clarke Road", "CA", Q),
    ("Okanagan Centre", "CA", N, (50.06, -119.45)),
    ("Bush Creek East", "CA", Q),
    ("Scotch Creek", "CA", T, (50.91, -119.46)),
    ("Celista", "CA", T, (50.95, -119.38)),
    ("Lee Creek", "CA", T, (50.93, -119.55)),
    ("Shuswap Lake", "CA", N),
    ("Sorrento", "CA", T, (50.88, -119.47)),
    ("Chase", "CA", T, (50.82, -119.68)),
    ("Trans-Canada Highway", "CA", Q),
    ("BC Wildfire Service", "CA", Q),
    ("Salmon Arm", "CA", T, (50.70, -119.27)),
    ("Kamloops", "CA", T, (50.67, -120.33)),
    ("Adams Lake Indian Band", "CA", Q),
    ("Okanagan Valley", "CA", N),
    ("Vernon", "CA", T, (50.27, -119.27)),
    ("Penticton", "CA", T, (49.50, -119.59)),
    ("Osoyoos", "CA", T, (49.03, -119.47)),
    ("Washington", "US", A, "US.WA"),
    ("Mexico", "MX", C),
    ("Australia", "AU", C),
    ("Lytton", "CA", T, (50.23, -121.58)),
])

add("b", """Wellington County farmers, Guelph at odds over gravel pit near Grand River

By Ben Bulmer, Wellington Advertiser

FERGUS, Ont. — A proposed gravel pit on farmland between Fergus and Elora has pitted rural landowners in Wellington County against a Guelph-based aggregate company, with the fight now headed to the Ontario Land Tribunal.

The 60-hectare pit, on the Eighth Line in the Township of Centre Wellington, would sit about two kilometres from the Grand River and above the aquifer that supplies well water to thousands of homes.

"Once it's dug up, it's gone," said Carol Hamm, whose family has farmed the land since the 1870s. Opponents packed a council meeting in Elora on Tuesday night, with some driving in from Arthur, Mount Forest and Erin.

The company says the gravel is needed for housing and highways in the booming corridor from Kitchener and Waterloo to Milton and the west end of Toronto. Ontario expects 1.5 million new homes to be built by 2031, many of them in the Golden Horseshoe.

Centre Wellington council voted 5-2 to reject the application last month, but the province's planning rules allow the company to appeal. Similar disputes have played out in Puslinch, south of Guelph, and in Melancthon in Dufferin County, where residents stopped a proposed mega-quarry in 2012.

The Grand River Conservation Authority, based in Cambridge, said it would present evidence on groundwater. Downstream, the river passes through Brantford and the Six Nations of the Grand River territory before emptying into Lake Erie at Port Maitland.

Perth County and Wellington County are among the fastest-growing farm regions in Ontario, and farmland loss is a growing issue. Between 2016 and 2021, Ontario lost about 319 acres of farmland a day, according to Statistics Canada census figures.""", [
    ("Wellington County", "CA", A, (43.8, -80.5)),
    ("Guelph", "CA", T, (43.55, -80.25)),
    ("Grand River", "CA", N),
    ("Wellington Advertiser", "-", N),
    ("FERGUS", "CA", T, (43.71, -80.38)),
    ("Ont.", "CA", A),
    ("Fergus", "CA", T, (43.71, -80.38)),
    ("Elora", "CA", T, (43.68, -80.43)),
    ("Ontario Land Tribunal", "CA", Q),
    ("Eighth Line", "CA", Q),
    ("Township of Centre Wellington", "CA", N, (43.70, -80.38)),
    ("Centre Wellington", "CA", N, (43.70, -80.38)),
    ("Arthur", "CA", T, (43.83, -80.53)),
    ("Mount Forest", "CA", T, (43.98, -80.73)),
    ("Erin", "CA", T, (43.77, -80.07)),
    ("Kitchener", "CA", T, (43.45, -80.49)),
    ("Waterloo", "CA", T, (43.47, -80.52)),
    ("Milton", "CA", T, (43.51, -79.88)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Ontario", "CA", A),
    ("Golden Horseshoe", "CA", N),
    ("Puslinch", "CA", N, (43.45, -80.2)),
    ("Melancthon", "CA", N, (44.15, -80.25)),
    ("Dufferin County", "CA", A),
    ("Grand River Conservation Authority", "CA", Q),
    ("Cambridge", "CA", T, (43.36, -80.31)),
    ("Brantford", "CA", T, (43.13, -80.27)),
    ("Six Nations of the Grand River", "CA", N, (43.06, -80.12)),
    ("Lake Erie", "*", N),
    ("Port Maitland", "CA", T, (42.86, -79.58)),
    ("Perth County", "CA", A, (43.45, -81.0)),
    ("Statistics Canada", "CA", Q),
])

add("b", """Fort Chipewyan leaders demand answers after Kearl tailings seepage went unreported for months

By Bob Weber, The Canadian Press

FORT MCMURRAY, Alta. — Leaders from Fort Chipewyan say they want a full public accounting from the Alberta Energy Regulator after it emerged that tailings seepage from an oilsands mine north of Fort McMurray went unreported to downstream communities for nine months.

Imperial Oil has said discoloured water was first found near the Kearl mine in May of last year, but the Athabasca Chipewyan First Nation and the Mikisew Cree First Nation were not told until February, when a second release of about 5.3 million litres was reported.

Fort Chipewyan, a community of about 1,000 people on the western tip of Lake Athabasca, can be reached only by air, by boat in summer and by winter road. Residents have long worried about contamination in the Athabasca River and the Peace–Athabasca Delta, one of the largest freshwater deltas in the world.

"We drink this water, we eat the fish, we eat the moose," said Chief Allan Adam. "And nobody told us."

Federal Environment Minister Steven Guilbeault travelled to Fort Chipewyan and promised a new notification system. Alberta Premier Danielle Smith said the regulator had "failed" but accused Ottawa of using the incident to push its emissions cap.

The Regional Municipality of Wood Buffalo, which includes Fort McMurray, Fort Chipewyan, Anzac and Fort McKay, has asked for its own water testing station. In Fort McKay, on the Athabasca River just north of the mines, residents have reported oily sheens for years.

The oilsands produce about three million barrels of oil a day. Most is shipped by pipeline south to Edmonton and Hardisty, and from there to refineries in the U.S. Midwest and along the Gulf Coast, or west to Burnaby, B.C., on the expanded Trans Mountain pipeline.""", [
    ("The Canadian Press", "CA", Q),
    ("Fort Chipewyan", "CA", T, (58.71, -111.15)),
    ("FORT MCMURRAY", "CA", T, (56.73, -111.38)),
    ("Alta.", "CA", A),
    ("Alberta Energy Regulator", "CA", Q),
    ("Fort McMurray", "CA", T, (56.73, -111.38)),
    ("Imperial Oil", "-", N),
    ("Athabasca Chipewyan First Nation", "CA", Q),
    ("Mikisew Cree First Nation", "CA", Q),
    ("Lake Athabasca", "CA", N),
    ("Athabasca River", "CA", N),
    ("Peace–Athabasca Delta", "CA", N),
    ("Alberta", "CA", A),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Regional Municipality of Wood Buffalo", "CA", N),
    ("Anzac", "CA", T, (56.45, -111.03)),
    ("Fort McKay", "CA", T, (57.19, -111.64)),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Hardisty", "CA", T, (52.67, -111.30)),
    ("U.S.", "US", C),
    ("Midwest", "US", N),
    ("Gulf Coast", "US", N),
    ("Burnaby", "CA", T, (49.27, -122.95)),
    ("B.C.", "CA", A),
    ("Trans Mountain", "-", N),
])

add("b", """Six Nations, Haldimand County reach deal over disputed Caledonia subdivision land

By Samantha Craggs, CBC Hamilton

CALEDONIA, Ont. — Six Nations of the Grand River and Haldimand County have signed an agreement over a stalled housing development in Caledonia, seven years after land defenders occupied the site and renamed it 1492 Land Back Lane.

Under the deal, announced Thursday at the Six Nations community hall in Ohsweken, the developer will transfer the 10-hectare parcel on McKenzie Road to the federal government, which will hold it in trust while the land claim is negotiated.

The Haudenosaunee say the land is part of the Haldimand Tract, a strip of territory six miles on each side of the Grand River from its source to Lake Erie, promised to the Six Nations by the Crown in 1784. The tract includes much of what is now Brantford, Cambridge, Kitchener, Waterloo and Elora.

Six Nations Elected Chief Sherri-Lyn Hill said the agreement was "a step toward justice." Haldimand Mayor Shelley Ann Bentley said residents of Caledonia and Hagersville wanted the dispute resolved "for everyone's sake."

The occupation began in 2020 and echoed a 2006 standoff at the nearby Douglas Creek Estates, which left deep divisions in the town. Ontario Provincial Police made dozens of arrests at the site, and rail lines near Brantford and Hamilton were blockaded at times.

Crown-Indigenous Relations Minister Gary Anandasangaree said in Ottawa that Canada would begin formal talks with Six Nations on the broader claim. The Mississaugas of the Credit First Nation, whose reserve borders Six Nations, will also be consulted.

Six Nations is the most populous First Nations reserve in Canada, with about 28,000 registered members, roughly half of whom live on the territory south of Brantford.""", [
    ("Six Nations#1,3,5,6,7,8", "CA", N, (43.06, -80.12)),
    ("Six Nations#4", "CA", Q),
    ("Haldimand County", "CA", A),
    ("Caledonia", "CA", T, (43.07, -79.95)),
    ("CBC Hamilton", "CA", Q),
    ("CALEDONIA", "CA", T, (43.07, -79.95)),
    ("Ont.", "CA", A),
    ("Six Nations of the Grand River", "CA", N, (43.06, -80.12)),
    ("1492 Land Back Lane", "CA", Q),
    ("Ohsweken", "CA", T, (43.07, -80.12)),
    ("McKenzie Road", "CA", Q),
    ("Haudenosaunee", "CA", Q),
    ("Haldimand Tract", "CA", N),
    ("Grand River", "CA", N),
    ("Lake Erie", "*", N),
    ("Brantford", "CA", T, (43.13, -80.27)),
    ("Cambridge", "CA", T, (43.36, -80.31)),
    ("Kitchener", "CA", T, (43.45, -80.49)),
    ("Waterloo", "CA", T, (43.47, -80.52)),
    ("Elora", "CA", T, (43.68, -80.43)),
    ("Haldimand", "CA", A),
    ("Hagersville", "CA", T, (42.96, -80.05)),
    ("Douglas Creek Estates", "CA", Q),
    ("Ontario Provincial Police", "CA", Q),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Canada", "CA", C),
    ("Mississaugas of the Credit First Nation", "CA", N, (43.03, -80.03)),
])

add("b", """Churchill port shipments double as Manitoba eyes Arctic trade corridor

By Sarah Lawrynuik, Winnipeg Free Press

CHURCHILL, Man. — The Port of Churchill shipped twice as much grain and mineral concentrate this season as last, its owners said, as the Manitoba government pushes to make the northern town a gateway for exports to Europe.

The Arctic Gateway Group, a partnership of First Nations and northern communities, said 12 vessels loaded at the port on Hudson Bay between late July and October, including a first shipment of zinc concentrate from Flin Flon and critical minerals from mines near Thompson.

Premier Wab Kinew, who visited Churchill in August, said Ottawa and Manitoba would spend $262 million to upgrade the Hudson Bay Railway, which runs about 800 kilometres from The Pas through Gillam to the port. The line was washed out in 2017, cutting off the town by land for 18 months.

Saskatchewan and Alberta have also shown interest in shipping potash and oil through Churchill, although the port's ice-free season lasts only about four months. The route is shorter to Rotterdam and Liverpool than shipping from Montreal or Vancouver to Europe.

The town of about 900 is better known for polar bears. Each fall, tourists from the U.S., Germany and Japan travel to Churchill to watch bears gather along the coast of Wapusk National Park waiting for the bay to freeze.

Mayor Mike Spence said the town needs more housing and a new health centre if the port grows. "We want the jobs, but we have to be ready," he said.

Rankin Inlet and other Nunavut communities on the Kivalliq coast, which get much of their freight through Churchill, would also benefit. The federal Canada Infrastructure Bank is studying a proposed all-weather road from Manitoba to Nunavut.""", [
    ("Churchill", "CA", T, (58.77, -94.17)),
    ("Manitoba", "CA", A),
    ("Arctic", "*", N),
    ("Winnipeg Free Press", "-", N),
    ("CHURCHILL", "CA", T, (58.77, -94.17)),
    ("Man.", "CA", A),
    ("Port of Churchill", "CA", Q),
    ("Europe", "*", N),
    ("Arctic Gateway Group", "-", N),
    ("Hudson Bay", "CA", N),
    ("Flin Flon", "CA", T, (54.77, -101.88)),
    ("Thompson", "CA", T, (55.74, -97.86)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Hudson Bay Railway", "-", N),
    ("The Pas", "CA", T, (53.83, -101.25)),
    ("Gillam", "CA", T, (56.35, -94.71)),
    ("Saskatchewan", "CA", A),
    ("Alberta", "CA", A),
    ("Rotterdam", "NL", T, (51.92, 4.48)),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("U.S.", "US", C),
    ("Germany", "DE", C),
    ("Japan", "JP", C),
    ("Wapusk National Park", "CA", N),
    ("Rankin Inlet", "CA", T, (62.81, -92.09)),
    ("Nunavut", "CA", A),
    ("Kivalliq", "CA", N),
    ("Canada Infrastructure Bank", "CA", Q),
])

add("b", """Sudbury nickel smelter expansion promises jobs as Ring of Fire road talks resume

By Darren MacDonald, CTV News Northern Ontario

SUDBURY, Ont. — Vale Base Metals says it will spend $1.3 billion to expand its nickel operations in Greater Sudbury, adding about 600 jobs as demand grows for metals used in electric-vehicle batteries.

The expansion includes a deeper shaft at the Copper Cliff mine and upgrades to the smelter, whose Superstack once made the city one of the most polluted places in Canada. The Sudbury Basin, formed by a meteorite impact nearly two billion years ago, holds one of the world's richest nickel deposits.

Mayor Paul Lefebvre said the investment is "a vote of confidence in Northern Ontario." Glencore also operates mines and a smelter in the Sudbury area, at Falconbridge.

The announcement came as Ontario and the Matawa First Nations resumed talks about all-season roads to the Ring of Fire, a chromite and nickel deposit in the James Bay Lowlands about 500 kilometres northeast of Thunder Bay. Webequie and Marten Falls First Nations support the roads; other communities, including Neskantaga and Attawapiskat, have opposed them.

Premier Doug Ford has promised to "hop on a bulldozer" himself. Critics say ore from the Ring of Fire might not be processed in the North at all. A proposed smelter in Sault Ste. Marie was shelved, and a battery-materials plant is under construction in Temiskaming Shores.

Elsewhere in the region, Timmins and Kirkland Lake are riding high gold prices, while Elliot Lake, once the "uranium capital of the world," hopes to benefit from nuclear expansion at Bruce Power on Lake Huron.

North Bay and Espanola, which lost a paper mill in 2023, are lobbying for a share of the new mining supply work.""", [
    ("Sudbury", "CA", T, (46.49, -80.99)),
    ("Ring of Fire", "CA", N, (52.75, -86.3)),
    ("CTV News Northern Ontario", "CA", Q),
    ("SUDBURY", "CA", T, (46.49, -80.99)),
    ("Ont.", "CA", A),
    ("Vale Base Metals", "-", N),
    ("Greater Sudbury", "CA", T, (46.49, -80.99)),
    ("Copper Cliff", "CA", N, (46.47, -81.06)),
    ("Superstack", "-", N),
    ("Canada", "CA", C),
    ("Sudbury Basin", "CA", N, (46.6, -81.2)),
    ("Northern Ontario", "CA", N),
    ("Glencore", "-", N),
    ("Falconbridge", "CA", T, (46.58, -80.80)),
    ("Ontario", "CA", A),
    ("Matawa First Nations", "CA", Q),
    ("James Bay Lowlands", "CA", N),
    ("Thunder Bay", "CA", T, (48.38, -89.25)),
    ("Webequie", "CA", N, (52.98, -87.36)),
    ("Marten Falls", "CA", N, (51.67, -85.93)),
    ("Neskantaga", "CA", N, (52.19, -88.06)),
    ("Attawapiskat", "CA", N, (52.93, -82.42)),
    ("North", "CA", N),
    ("Sault Ste. Marie", "CA", T, (46.52, -84.33)),
    ("Temiskaming Shores", "CA", T, (47.52, -79.68)),
    ("Timmins", "CA", T, (48.47, -81.33)),
    ("Kirkland Lake", "CA", T, (48.15, -80.03)),
    ("Elliot Lake", "CA", T, (46.38, -82.65)),
    ("Bruce Power", "-", N),
    ("Lake Huron", "*", N),
    ("North Bay", "CA", T, (46.31, -79.46)),
    ("Espanola", "CA", T, (46.25, -81.77)),
])

add("b", """Wet'suwet'en hereditary chiefs renew opposition as LNG Canada ships first cargo from Kitimat

By Amanda Follett Hosgood, The Tyee

KITIMAT, B.C. — The first tanker of liquefied natural gas left LNG Canada's terminal in Kitimat on Monday, bound for Asia, marking the start of exports from Canada's West Coast.

The gas travels 670 kilometres through the Coastal GasLink pipeline from near Dawson Creek in northeastern B.C., crossing the Rocky Mountains and passing south of Prince George, Vanderhoof and Burns Lake before descending to the coast at the head of Douglas Channel.

Wet'suwet'en hereditary chiefs, whose unceded territory the pipeline crosses near Houston and Smithers, said Monday their opposition had not changed. In 2020, RCMP raids on their camps along the Morice River sparked rail blockades from Tyendinaga, near Belleville, Ont., to Kahnawake, south of Montreal, shutting down much of Canada's freight network.

The Haisla Nation, whose village of Kitamaat Village sits across the channel from the terminal, is a partner in the project and is planning its own smaller export facility, Cedar LNG.

Terrace and Kitimat businesses say the construction boom has strained housing and health care. In Prince Rupert, further up the coast, the Ksi Lisims LNG project on the Nass River near the Alaska border is seeking federal approval.

LNG Canada's partners include Shell, Malaysia's Petronas, PetroChina, Mitsubishi and the Korea Gas Corporation. The tankers will take about 10 days to reach Japan and South Korea, compared with more than 20 from the U.S. Gulf Coast.

"This is a historic day for northern B.C.," said Energy Minister Adrian Dix.""", [
    ("Wet'suwet'en", "CA", Q),
    ("LNG Canada", "-", N),
    ("Kitimat", "CA", T, (54.05, -128.65)),
    ("KITIMAT", "CA", T, (54.05, -128.65)),
    ("B.C.", "CA", A),
    ("Asia", "*", N),
    ("Canada", "CA", C),
    ("West Coast", "CA", N),
    ("Coastal GasLink", "-", N),
    ("Dawson Creek", "CA", T, (55.76, -120.24)),
    ("Rocky Mountains", "*", N),
    ("Prince George", "CA", T, (53.92, -122.75)),
    ("Vanderhoof", "CA", T, (54.02, -124.01)),
    ("Burns Lake", "CA", T, (54.23, -125.76)),
    ("Douglas Channel", "CA", N, (53.7, -129.1)),
    ("Houston", "CA", T, (54.40, -126.67)),
    ("Smithers", "CA", T, (54.78, -127.17)),
    ("Morice River", "CA", N),
    ("Tyendinaga", "CA", N, (44.2, -77.1)),
    ("Belleville", "CA", T, (44.16, -77.38)),
    ("Ont.", "CA", A),
    ("Kahnawake", "CA", N, (45.40, -73.68)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Haisla Nation", "CA", Q),
    ("Kitamaat Village", "CA", T, (53.97, -128.65)),
    ("Cedar LNG", "-", N),
    ("Terrace", "CA", T, (54.52, -128.60)),
    ("Prince Rupert", "CA", T, (54.31, -130.32)),
    ("Ksi Lisims LNG", "-", N),
    ("Nass River", "CA", N),
    ("Alaska", "US", A),
    ("Malaysia", "MY", C),
    ("Korea Gas Corporation", "-", N),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("U.S.", "US", C),
    ("Gulf Coast", "US", N),
])

add("b", """Stratford Festival opens season with record U.S. bookings as small-town theatres struggle

By Galen Simmons, Stratford Beacon Herald

STRATFORD, Ont. — The Stratford Festival opened its 73rd season on Monday with advance ticket sales up eight per cent, driven largely by theatregoers from Michigan, Ohio and New York, festival officials said.

About a third of the audience now comes from the United States, with many visitors driving in from Detroit and Port Huron and staying in bed-and-breakfasts in Stratford, St. Marys and Mitchell. "The dollar helps," said executive director Anita Gaffney.

The opening-night crowd strolled along the Avon River before a new production of Hamlet at the Festival Theatre. Among them was Diane Keller, who had driven up from Paris, Ont., with her sister from London, Ont. "We've come every year since 1985," she said.

The picture is less rosy elsewhere in rural Ontario. The Blyth Festival in Huron County has cut its season to three shows, and summer theatres in Grand Bend and Port Dover say rising costs and a smaller pool of actors have forced them to trim programming. Drayton Entertainment, which runs stages in St. Jacobs, Cambridge and Penetanguishene, has raised ticket prices.

Perth County tourism officials say Stratford benefits from being within a two-hour drive of about nine million people in the Toronto and Kitchener-Waterloo regions. The Ontario government provides about $2 million a year to the festival.

The season runs until the end of October. Local restaurants, many of which close in winter, have hired extra staff. Several shows will also be streamed to cinemas in Britain and Australia, a first for the festival, which has long competed with the Shaw Festival in Niagara-on-the-Lake for audiences from the Greater Toronto Area and western New York.""", [
    ("Stratford Festival", "-", N),
    ("U.S.", "US", C),
    ("Stratford Beacon Herald", "-", N),
    ("STRATFORD", "CA", T, (43.37, -80.98)),
    ("Ont.", "CA", A),
    ("Michigan", "US", A),
    ("Ohio", "US", A),
    ("New York", "US", A, "US.NY"),
    ("United States", "US", C),
    ("Detroit", "US", T, (42.33, -83.05)),
    ("Port Huron", "US", T, (42.98, -82.42)),
    ("Stratford", "CA", T, (43.37, -80.98)),
    ("St. Marys", "CA", T, (43.26, -81.14)),
    ("Mitchell", "CA", T, (43.47, -81.20)),
    ("Avon River", "CA", N, (43.32, -81.05)),
    ("Festival Theatre", "-", N),
    ("Paris", "CA", T, (43.19, -80.38)),
    ("London", "CA", T, (42.98, -81.25)),
    ("Ontario", "CA", A),
    ("Blyth Festival", "-", N),
    ("Huron County", "CA", A, (43.6, -81.5)),
    ("Grand Bend", "CA", T, (43.31, -81.75)),
    ("Port Dover", "CA", T, (42.79, -80.20)),
    ("Drayton Entertainment", "-", N),
    ("St. Jacobs", "CA", T, (43.54, -80.55)),
    ("Cambridge", "CA", T, (43.36, -80.31)),
    ("Penetanguishene", "CA", T, (44.77, -79.93)),
    ("Perth County", "CA", A, (43.45, -81.0)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Kitchener-Waterloo", "CA", T, (43.45, -80.49)),
    ("Britain", "GB", C),
    ("Australia", "AU", C),
    ("Shaw Festival", "-", N),
    ("Niagara-on-the-Lake", "CA", T, (43.25, -79.07)),
    ("Greater Toronto Area", "CA", N, (43.70, -79.42)),
])


# ---------------------------------------------------------------- genre c
add("c", """Hydro-Québec signs deal with Cree Nation for new wind farms in Eeyou Istchee

By Thomas Gerbet, CBC News

MONTREAL — Hydro-Québec and the Cree Nation Government have agreed to develop up to 3,000 megawatts of wind power in Eeyou Istchee, the Cree territory east of James Bay, in the largest renewable energy partnership ever signed with an Indigenous nation in Quebec.

The projects would be built near Chisasibi, Wemindji and Eastmain, close to the huge La Grande hydroelectric complex and the transmission lines that carry power south to Montreal and on to markets in New York and New England.

"This is our land, and now we will share in the benefits from the start," Grand Chief Norman Wapachee said at a signing ceremony in Radisson. The Cree and Quebec signed the James Bay and Northern Quebec Agreement in 1975, after fighting the original dams in court.

Quebec Economy and Energy Minister Christine Fréchette said the province will need up to 200 terawatt-hours of new electricity by 2050. Hydro-Québec has also restarted talks with Innu communities on the Côte-Nord about a possible dam on the Petit Mécatina River, and is negotiating with Newfoundland and Labrador over the future of the Churchill Falls generating station in Labrador.

The Champlain Hudson Power Express, a 545-kilometre transmission line that runs from the Quebec border under Lake Champlain and the Hudson River to New York City, is expected to begin delivering power this spring. A separate line through Maine, to supply Massachusetts, was completed last year after years of court challenges.

Opposition critics in Quebec City said the government should be building more in the south, near population centres such as Sherbrooke and Trois-Rivières, rather than relying on long transmission lines from the North.""", [
    ("Hydro-Québec", "-", N),
    ("Cree Nation", "CA", Q),
    ("Eeyou Istchee", "CA", N),
    ("MONTREAL", "CA", T, (45.51, -73.59)),
    ("Cree Nation Government", "CA", Q),
    ("Cree", "CA", Q),
    ("James Bay", "CA", N),
    ("Quebec", "CA", A),
    ("Chisasibi", "CA", T, (53.79, -78.91)),
    ("Wemindji", "CA", T, (53.01, -78.83)),
    ("Eastmain", "CA", T, (52.23, -78.52)),
    ("La Grande", "CA", N),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("New York", "US", A, "US.NY"),
    ("New England", "US", N),
    ("Radisson", "CA", T, (53.79, -77.61)),
    ("James Bay and Northern Quebec Agreement", "CA", Q),
    ("Innu", "CA", Q),
    ("Côte-Nord", "CA", N),
    ("Petit Mécatina River", "CA", N),
    ("Newfoundland and Labrador", "CA", A),
    ("Churchill Falls", "CA", T, (53.53, -64.02)),
    ("Labrador", "CA", N),
    ("Champlain Hudson Power Express", "-", N),
    ("Lake Champlain", "*", N),
    ("Hudson River", "US", N),
    ("New York City", "US", T, (40.71, -74.01)),
    ("Maine", "US", A),
    ("Massachusetts", "US", A),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("Sherbrooke", "CA", T, (45.40, -71.90)),
    ("Trois-Rivières", "CA", T, (46.35, -72.55)),
    ("North", "CA", N),
])

add("c", """Forest fires force evacuation of Gaspé town as flames near Route 132

By Sébastien Desrosiers, Radio-Canada

GASPÉ, Que. — Quebec's forest fire agency ordered about 1,200 residents of Murdochville to leave their homes Tuesday as a fast-moving fire in the Chic-Choc Mountains moved within eight kilometres of the former copper-mining town.

Evacuees were sent to Gaspé, about 90 kilometres to the east, and to Sainte-Anne-des-Monts on the north coast of the Gaspé Peninsula. The Société de protection des forêts contre le feu, known as SOPFEU, said water bombers from Newfoundland and New Brunswick had joined the fight.

Fire crews were also battling smaller blazes near Chandler and Port-Daniel–Gascons on the Baie des Chaleurs side of the peninsula. Forillon National Park and Percé Rock remained open to visitors, but Parc national de la Gaspésie was closed.

"We live with the forest, but this year it is frightening," said Sophie Lévesque, who runs a motel in Matane.

The Gaspésie has had almost no rain since mid-May. Fishermen in Grande-Rivière and on the Îles de la Madeleine, in the Gulf of St. Lawrence, said smoke was so thick they could not go out to set lobster traps.

Route 132, which circles the peninsula, was closed between Mont-Saint-Pierre and Grande-Vallée, forcing drivers to take a detour of several hours through the Matapedia Valley. Via Rail's service to Gaspé has been suspended for years.

Quebec Public Security Minister François Bonnardel, who visited Rimouski on Tuesday, said the province would pay evacuees' costs. Forest fires have burned more than 40,000 hectares across Quebec this year, including near Sept-Îles and Baie-Comeau on the Côte-Nord.""", [
    ("Gaspé", "CA", T, (48.83, -64.48)),
    ("Route 132", "CA", Q),
    ("GASPÉ", "CA", T, (48.83, -64.48)),
    ("Que.", "CA", A),
    ("Quebec", "CA", A),
    ("Murdochville", "CA", T, (48.96, -65.50)),
    ("Chic-Choc Mountains", "CA", N),
    ("Sainte-Anne-des-Monts", "CA", T, (49.12, -66.49)),
    ("Gaspé Peninsula", "CA", N),
    ("Newfoundland", "CA", N),
    ("New Brunswick", "CA", A),
    ("Chandler", "CA", T, (48.35, -64.68)),
    ("Port-Daniel–Gascons", "CA", T, (48.18, -64.97)),
    ("Baie des Chaleurs", "CA", N),
    ("Forillon National Park", "CA", N, (48.9, -64.35)),
    ("Percé Rock", "CA", N, (48.52, -64.16)),
    ("Parc national de la Gaspésie", "CA", N, (48.95, -66.0)),
    ("Matane", "CA", T, (48.85, -67.53)),
    ("Gaspésie", "CA", N),
    ("Grande-Rivière", "CA", T, (48.40, -64.50)),
    ("Îles de la Madeleine", "CA", N, (47.4, -61.8)),
    ("Gulf of St. Lawrence", "CA", N),
    ("Mont-Saint-Pierre", "CA", T, (49.22, -65.80)),
    ("Grande-Vallée", "CA", T, (49.22, -65.13)),
    ("Matapedia Valley", "CA", N),
    ("Via Rail", "-", N),
    ("Radio-Canada", "-", N),
    ("Rimouski", "CA", T, (48.45, -68.52)),
    ("Sept-Îles", "CA", T, (50.20, -66.38)),
    ("Baie-Comeau", "CA", T, (49.22, -68.15)),
    ("Côte-Nord", "CA", N),
])

add("c", """Lac-Mégantic rail bypass finally under construction, a decade after the disaster

By Jacob Serebrin, The Canadian Press

LAC-MÉGANTIC, Que. — Bulldozers began clearing land this week for a 12.5-kilometre rail bypass around Lac-Mégantic, more than a decade after a runaway oil train exploded in the heart of the Eastern Townships town, killing 47 people.

The new line will leave the existing track in Frontenac, loop north of the town and rejoin it in Nantes, keeping trains carrying hazardous goods away from the downtown that was rebuilt after July 6, 2013.

"For families here, every train that passes brings it back," said Mayor Julie Morin. Some residents of Frontenac and Nantes have opposed the route, which crosses farmland and wetlands near the Chaudière River.

The tracks are owned by Central Maine and Quebec Railway, now part of CPKC, and carry freight between Montreal, Sherbrooke and Saint John, N.B., crossing into Maine at Lac-Frontière and passing through Jackman and Brownville Junction.

The train that crashed in 2013 had been carrying crude from North Dakota's Bakken region to the Irving Oil refinery in Saint John. It had been left unattended on a slope at Nantes before it rolled down into Lac-Mégantic.

The bypass is being paid for by Ottawa and Quebec at a cost of more than $800 million. Transport Minister Chrystia Freeland, visiting the Estrie region, said the line should be finished by 2027.

Memorial services were held in the town's Sainte-Agnès church, and a monument stands near the shore of Lake Mégantic, where the Chaudière River begins its course north to the St. Lawrence opposite Quebec City.""", [
    ("The Canadian Press", "CA", Q),
    ("Lac-Mégantic", "CA", T, (45.58, -70.88)),
    ("LAC-MÉGANTIC", "CA", T, (45.58, -70.88)),
    ("Que.", "CA", A),
    ("Eastern Townships", "CA", N),
    ("Frontenac", "CA", T, (45.58, -70.83)),
    ("Nantes", "CA", T, (45.63, -71.00)),
    ("Chaudière River", "CA", N),
    ("Central Maine and Quebec Railway", "-", N),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Sherbrooke", "CA", T, (45.40, -71.90)),
    ("Saint John", "CA", T, (45.27, -66.06)),
    ("N.B.", "CA", A),
    ("Maine", "US", A),
    ("Lac-Frontière", "CA", T, (46.70, -70.00)),
    ("Jackman", "US", T, (45.62, -70.26)),
    ("Brownville Junction", "US", T, (45.35, -69.05)),
    ("North Dakota", "US", A),
    ("Bakken", "US", N),
    ("Irving Oil", "-", N),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Quebec", "CA", A),
    ("Estrie", "CA", N),
    ("Sainte-Agnès", "-", N),
    ("Lake Mégantic", "CA", N, (45.50, -70.88)),
    ("St. Lawrence", "CA|US", N),
    ("Quebec City", "CA", T, (46.81, -71.21)),
])

add("c", """Legault government revives Quebec City–Lévis tunnel as Saguenay, Trois-Rivières demand their share

By Patrice Bergeron, The Canadian Press

QUEBEC — Premier François Legault's government has revived plans for a third road link across the St. Lawrence River between Quebec City and Lévis, angering municipal leaders in other regions who say they have waited years for their own projects.

The tunnel, estimated at $10 billion, would run under the river from the Lévis side near the Chaudière-Appalaches suburbs to the east end of the provincial capital. Bridges upstream, the Pierre Laporte Bridge and the Quebec Bridge, are congested at rush hour.

Saguenay Mayor Julie Dufour said residents of Chicoutimi and Jonquière have been waiting for a four-lane highway through the Laurentides wildlife reserve for decades. "There is more to Quebec than the capital," she said. In Lac-Saint-Jean, the mayors of Alma and Roberval are pushing for a rail link to the port at La Baie.

Trois-Rivières, halfway between Quebec City and Montreal on the north shore, wants a faster passenger rail service as part of VIA Rail's planned high-speed line between Toronto and Quebec City.

Opposition parties in the National Assembly say the tunnel is a political ploy aimed at keeping Coalition Avenir Québec seats in the Quebec City region, where the party faces a strong challenge from the Parti Québécois and the Conservative Party of Quebec.

The Île d'Orléans bridge, linking the island to Beauport and the Côte-de-Beaupré, is being replaced at a cost of $2.7 billion, with completion expected in 2028.

Transport Minister Geneviève Guilbault said an environmental study of the tunnel would be tabled in the spring, and promised that Saguenay, the Mauricie and the Bas-Saint-Laurent would not be forgotten.""", [
    ("The Canadian Press", "CA", Q),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("Lévis", "CA", T, (46.80, -71.18)),
    ("Saguenay", "CA", T, (48.42, -71.07)),
    ("Trois-Rivières", "CA", T, (46.35, -72.55)),
    ("QUEBEC", "CA", T, (46.81, -71.21)),
    ("St. Lawrence River", "CA|US", N),
    ("Chaudière-Appalaches", "CA", A),
    ("Pierre Laporte Bridge", "-", N),
    ("Quebec Bridge", "-", N),
    ("Chicoutimi", "CA", T, (48.42, -71.07)),
    ("Jonquière", "CA", T, (48.42, -71.25)),
    ("Laurentides wildlife reserve", "CA", N, (47.7, -71.3)),
    ("Quebec", "CA", A),
    ("Lac-Saint-Jean", "CA", N, (48.6, -72.0)),
    ("Alma", "CA", T, (48.55, -71.65)),
    ("Roberval", "CA", T, (48.52, -72.22)),
    ("La Baie", "CA", T, (48.34, -70.88)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("VIA Rail", "-", N),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Coalition Avenir Québec", "-", N),
    ("Parti Québécois", "-", N),
    ("Conservative Party of Quebec", "CA", Q),
    ("Île d'Orléans", "CA", N, (46.92, -70.97)),
    ("Beauport", "CA", N, (46.86, -71.19)),
    ("Côte-de-Beaupré", "CA", N),
    ("Mauricie", "CA", A),
    ("Bas-Saint-Laurent", "CA", A),
])

add("c", """Muskrat Falls cost overruns haunt Newfoundland and Labrador as power rates rise

By Terry Roberts, CBC Newfoundland and Labrador

ST. JOHN'S, N.L. — Newfoundland and Labrador Hydro customers will see their electricity rates rise by about 2.25 per cent a year starting in July, the province said Wednesday, as it continues to pay for the Muskrat Falls hydroelectric project in Labrador.

The dam on the lower Churchill River, about 30 kilometres west of Happy Valley-Goose Bay, came in at more than $13 billion, nearly double its original estimate. Power from Muskrat Falls travels 1,100 kilometres on a transmission line across the Strait of Belle Isle to the island of Newfoundland and on to Soldiers Pond, near St. John's.

A subsea cable, the Maritime Link, then carries power from Newfoundland to Cape Breton, N.S.

Premier John Hogan said the province had worked with Ottawa to keep rates from doubling. Residents of Corner Brook, Gander and Grand Falls-Windsor have complained that bills already take up a large part of their income.

"People on the west coast and in central Newfoundland are choosing between heat and groceries," said Marjorie Hynes of Deer Lake.

Meanwhile, the province's deal with Hydro-Québec over the upper Churchill, where the Churchill Falls station has sold most of its power to Quebec at rock-bottom prices since 1969, is under review. Innu Nation leaders in Sheshatshiu and Natuashish, and the NunatuKavut Community Council, say they must be part of any new agreement.

On the Avalon Peninsula, Bay Roberts and Conception Bay South have seen strong population growth, adding pressure on the grid during winter storms like the 2020 "Snowmageddon," which buried St. John's under 76 centimetres of snow.

Mining in western Labrador, around Labrador City and Wabush, also needs cheap power to expand iron ore operations, industry officials say.""", [
    ("Muskrat Falls", "CA", N, (53.25, -60.77)),
    ("Newfoundland and Labrador", "CA", A),
    ("CBC Newfoundland and Labrador", "CA", Q),
    ("Newfoundland and Labrador Hydro", "-", N),
    ("ST. JOHN'S", "CA", T, (47.56, -52.71)),
    ("N.L.", "CA", A),
    ("Labrador", "CA", N),
    ("Churchill River", "CA", N, (53.3, -60.6)),
    ("Happy Valley-Goose Bay", "CA", T, (53.30, -60.33)),
    ("Strait of Belle Isle", "CA", N),
    ("Newfoundland", "CA", N),
    ("Soldiers Pond", "CA", T, (47.42, -52.98)),
    ("St. John's", "CA", T, (47.56, -52.71)),
    ("Maritime Link", "-", N),
    ("Cape Breton", "CA", N),
    ("N.S.", "CA", A),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Corner Brook", "CA", T, (48.95, -57.95)),
    ("Gander", "CA", T, (48.95, -54.61)),
    ("Grand Falls-Windsor", "CA", T, (48.93, -55.66)),
    ("Deer Lake", "CA", T, (49.17, -57.43)),
    ("Hydro-Québec", "-", N),
    ("Churchill", "CA", Q),
    ("Churchill Falls", "CA", T, (53.53, -64.02)),
    ("Quebec", "CA", A),
    ("Innu Nation", "CA", Q),
    ("Sheshatshiu", "CA", T, (53.49, -60.14)),
    ("Natuashish", "CA", T, (55.91, -61.18)),
    ("NunatuKavut Community Council", "CA", Q),
    ("Avalon Peninsula", "CA", N),
    ("Bay Roberts", "CA", T, (47.60, -53.26)),
    ("Conception Bay South", "CA", T, (47.50, -52.99)),
    ("Labrador City", "CA", T, (52.94, -66.91)),
    ("Wabush", "CA", T, (52.91, -66.87)),
])

add("c", """Cape Breton's Eskasoni opens Mi'kmaw-run fishery plant as Sydney port traffic grows

By Tom Ayers, CBC Cape Breton

SYDNEY, N.S. — Eskasoni First Nation has opened a $14-million seafood processing plant on the shore of the Bras d'Or Lake, the latest sign of the growing role Mi'kmaw communities are playing in the fishery in Atlantic Canada.

The plant, in the community about 40 kilometres southwest of Sydney, will process snow crab and lobster caught by Eskasoni and Membertou harvesters, and employ about 80 people year-round.

"Our people have fished these waters for thousands of years," Chief Leroy Denny said. The plant's first shipment of crab will go to Boston and then on to buyers in China and South Korea.

Mi'kmaw fishers in southwest Nova Scotia, around St. Marys Bay, clashed with commercial fishermen in 2020 over a moderate livelihood fishery. Federal Fisheries Minister Diane Lebouthillier, who represents the Gaspésie–Les Îles-de-la-Madeleine riding, attended the opening.

Cape Breton has seen its economy shift since the Sydney steel plant closed in 2001 and the last coal mines in Glace Bay and New Waterford shut down. Sydney's port received a record 140,000 cruise passengers last year, many of them from ships sailing between Halifax, Charlottetown and Quebec City.

On the west side of the island, Inverness and the Cabot Trail continue to draw tourists to Cape Breton Highlands National Park, though wildfire risks and the 2023 floods have disrupted recent seasons. Port Hawkesbury, at the Canso Causeway, is hoping a proposed green hydrogen project at Point Tupper will bring new jobs.

The premier, Tim Houston, called the Eskasoni plant "a model for rural Nova Scotia." Another Mi'kmaw-owned plant is under construction in Wagmatcook, near Baddeck.""", [
    ("Cape Breton", "CA", N),
    ("Eskasoni", "CA", N, (45.94, -60.62)),
    ("Mi'kmaw", "CA", Q),
    ("Sydney", "CA", T, (46.14, -60.18)),
    ("CBC Cape Breton", "CA", Q),
    ("SYDNEY", "CA", T, (46.14, -60.18)),
    ("N.S.", "CA", A),
    ("Eskasoni First Nation", "CA", N, (45.94, -60.62)),
    ("Bras d'Or Lake", "CA", N, (45.9, -60.8)),
    ("Atlantic Canada", "CA", N),
    ("Membertou", "CA", N, (46.12, -60.17)),
    ("Boston", "US", T, (42.36, -71.06)),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("Nova Scotia", "CA", A),
    ("St. Marys Bay", "CA", N, (44.35, -66.05)),
    ("Gaspésie–Les Îles-de-la-Madeleine", "CA", Q),
    ("Glace Bay", "CA", T, (46.20, -59.96)),
    ("New Waterford", "CA", T, (46.25, -60.08)),
    ("Halifax", "CA", T, (44.65, -63.57)),
    ("Charlottetown", "CA", T, (46.24, -63.13)),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("Inverness", "CA", T, (46.20, -61.30)),
    ("Cabot Trail", "CA", Q),
    ("Cape Breton Highlands National Park", "CA", N, (46.73, -60.65)),
    ("Port Hawkesbury", "CA", T, (45.62, -61.35)),
    ("Canso Causeway", "CA", Q),
    ("Point Tupper", "CA", N, (45.6, -61.35)),
    ("Wagmatcook", "CA", N, (46.03, -60.87)),
    ("Baddeck", "CA", T, (46.10, -60.75)),
])

add("c", """Moncton, Saint John brace as Bay of Fundy storm surge floods N.B. coast

By Hadeel Ibrahim, CBC New Brunswick

MONCTON, N.B. — Emergency officials in New Brunswick are warning of flooding along the Bay of Fundy and the Northumberland Strait as a powerful autumn storm coincides with some of the highest tides of the year.

The Petitcodiac River overflowed its banks in parts of Moncton and Riverview overnight, and several streets in Dieppe were closed. In Shediac and Cap-Pelé, on the Northumberland Strait, storm surge pushed water over the main road and into cottages.

The Chignecto Isthmus, the narrow strip of land linking New Brunswick to Nova Scotia near Sackville and Amherst, remains the biggest concern. The dikes there, some built by Acadian settlers in the 1600s, protect the Trans-Canada Highway and a rail line that carries about $35 million in trade a day.

In Saint John, waves washed over the boardwalk in Uptown and city crews closed the Reversing Falls bridge. Upriver, the Saint John River is running high at Fredericton and Oromocto after heavy rain in northern Maine.

"We learned a lot from 2018 and 2019," said Premier Susan Holt, referring to the record floods that swamped Grand Lake and Maugerville.

NB Power reported outages for 60,000 customers, mostly in the southeast and around Sussex and Hampton. In Nova Scotia, Nova Scotia Power said about 30,000 customers were without electricity, many of them in Cumberland County and Colchester County.

Farther north, residents of Miramichi, Bathurst and Campbellton were told to expect high winds but little flooding. Ferry service from Saint John to Digby, N.S., was cancelled for a second day.""", [
    ("Moncton", "CA", T, (46.09, -64.80)),
    ("Saint John", "CA", T, (45.27, -66.06)),
    ("Bay of Fundy", "CA", N),
    ("N.B.", "CA", A),
    ("CBC New Brunswick", "CA", Q),
    ("MONCTON", "CA", T, (46.09, -64.80)),
    ("New Brunswick", "CA", A),
    ("Northumberland Strait", "CA", N),
    ("Petitcodiac River", "CA", N, (46.0, -64.7)),
    ("Riverview", "CA", T, (46.06, -64.81)),
    ("Dieppe", "CA", T, (46.08, -64.69)),
    ("Shediac", "CA", T, (46.22, -64.54)),
    ("Cap-Pelé", "CA", T, (46.22, -64.28)),
    ("Chignecto Isthmus", "CA", N, (45.85, -64.2)),
    ("Nova Scotia", "CA", A),
    ("Sackville", "CA", T, (45.90, -64.37)),
    ("Amherst", "CA", T, (45.83, -64.20)),
    ("Acadian", "CA", Q),
    ("Trans-Canada Highway", "CA", Q),
    ("Uptown", "CA", Q),
    ("Reversing Falls", "CA", N, (45.26, -66.09)),
    ("Saint John River", "*", N),
    ("Fredericton", "CA", T, (45.95, -66.64)),
    ("Oromocto", "CA", T, (45.85, -66.48)),
    ("Maine", "US", A),
    ("Grand Lake", "CA", N, (45.95, -66.1)),
    ("Maugerville", "CA", T, (45.87, -66.45)),
    ("NB Power", "-", N),
    ("Sussex", "CA", T, (45.72, -65.51)),
    ("Hampton", "CA", T, (45.53, -65.85)),
    ("Nova Scotia Power", "-", N),
    ("Cumberland County", "CA", A, (45.6, -64.0)),
    ("Colchester County", "CA", A, (45.4, -63.2)),
    ("Miramichi", "CA", T, (47.03, -65.50)),
    ("Bathurst", "CA", T, (47.62, -65.65)),
    ("Campbellton", "CA", T, (48.00, -66.67)),
    ("Digby", "CA", T, (44.62, -65.76)),
    ("N.S.", "CA", A),
])

add("c", """P.E.I. potato growers count losses as U.S. border stays shut to island spuds

By Kerry Campbell, CBC P.E.I.

CHARLOTTETOWN — Prince Edward Island potato farmers say they will have to destroy millions of kilograms of table potatoes this winter after the United States extended its ban on fresh potato shipments from the island over potato wart.

The fungus was found in two fields near Kensington and Summerside last fall. Washington says potatoes from P.E.I. must not enter the U.S. until Canada proves the disease is contained. Puerto Rico, once a major market, is also closed.

"We have warehouses full of potatoes in Kensington, Alberton and O'Leary with nowhere to go," said Greg Donald of the P.E.I. Potato Board. About a quarter of Canada's potatoes are grown on the island, most of them in Prince County.

Ottawa has paid to send some of the surplus to food banks in Nova Scotia, New Brunswick and Ontario, and to process some into fries at the Cavendish Farms plant in New Annan. McCain Foods, based in Florenceville-Bristol, N.B., is also buying some P.E.I. potatoes.

Premier Rob Lantz said he raised the issue with governors of Maine, Vermont and New Hampshire at a meeting in Boston. Growers on the other side of the border, in Aroostook County, Maine, have supported the ban, saying their own crop must be protected.

Trucks that would normally carry potatoes over the Confederation Bridge at Borden-Carleton and on to markets in Toronto, Montreal and the eastern U.S. sit idle. Farmers in the eastern end of the island, around Souris and Montague, say they will plant fewer acres next year.

Potatoes bring about $1.3 billion a year into the Island economy.""", [
    ("P.E.I.", "CA", A),
    ("U.S.", "US", C),
    ("CBC P.E.I.", "CA", Q),
    ("CHARLOTTETOWN", "CA", T, (46.24, -63.13)),
    ("Prince Edward Island", "CA", A),
    ("United States", "US", C),
    ("Kensington", "CA", T, (46.43, -63.64)),
    ("Summerside", "CA", T, (46.39, -63.79)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Canada", "CA", C),
    ("Puerto Rico", "PR", N),
    ("Alberton", "CA", T, (46.81, -64.06)),
    ("O'Leary", "CA", T, (46.71, -64.24)),
    ("P.E.I. Potato Board", "CA", Q),
    ("Prince County", "CA", N, (46.6, -63.9)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Nova Scotia", "CA", A),
    ("New Brunswick", "CA", A),
    ("Ontario", "CA", A),
    ("Cavendish Farms", "-", N),
    ("New Annan", "CA", T, (46.43, -63.70)),
    ("McCain Foods", "-", N),
    ("Florenceville-Bristol", "CA", T, (46.44, -67.62)),
    ("N.B.", "CA", A),
    ("Maine", "US", A),
    ("Vermont", "US", A),
    ("New Hampshire", "US", A),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Aroostook County", "US", A, (46.7, -68.6)),
    ("Confederation Bridge", "CA", Q),
    ("Borden-Carleton", "CA", T, (46.25, -63.69)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Souris", "CA", T, (46.35, -62.25)),
    ("Montague", "CA", T, (46.17, -62.65)),
    ("Island", "CA", Q),
])

add("c", """Asylum claims at Quebec border fall after Roxham Road closure, but crossings shift to woods

By Morgan Lowrie, The Canadian Press

SAINT-BERNARD-DE-LACOLLE, Que. — Two years after Canada and the United States closed Roxham Road, the informal crossing south of Montreal that drew more than 39,000 asylum seekers in 2022, RCMP officers say people are still crossing, just in more dangerous places.

Under the expanded Safe Third Country Agreement, anyone who crosses between official ports of entry anywhere along the 8,900-kilometre land border can be returned to the U.S. if caught within 14 days.

Police in Champlain and Clinton County, N.Y., say they now find people walking through farm fields and forests toward Hemmingford and Saint-Armand, and in winter across frozen parts of Lake Champlain. Last year two people died of exposure near the Vermont border, and the bodies of eight people, including two children, were pulled from the St. Lawrence River near Akwesasne in 2023.

"The border didn't close. It just got harder to see," said Frantz André, an advocate for Haitian migrants in Montreal.

Many of those who crossed at Roxham had first arrived in New York City, then taken a bus to Plattsburgh. Mayor Eric Adams once offered free bus tickets north. Several flew to the U.S. from Haiti, Nigeria, Colombia and Venezuela.

Quebec Premier François Legault has demanded that Ottawa move more asylum seekers to other provinces, saying Quebec and Montreal's shelters are full. Ontario and Alberta have said they have no room either.

U.S. Border Patrol agents in the Swanton sector, which covers Vermont and northern New York, report a sharp increase in people crossing southward from Canada, many of them Indian nationals who first entered Canada on visitor visas.

Lacolle, at the end of Interstate 87 and Autoroute 15, remains Quebec's busiest land crossing.""", [
    ("The Canadian Press", "CA", Q),
    ("Quebec", "CA", A),
    ("Roxham Road", "CA", N, (45.01, -73.44)),
    ("SAINT-BERNARD-DE-LACOLLE", "CA", T, (45.08, -73.42)),
    ("Que.", "CA", A),
    ("Canada", "CA", C),
    ("United States", "US", C),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Safe Third Country Agreement", "-", N),
    ("U.S.", "US", C),
    ("Champlain", "US", T, (44.99, -73.45)),
    ("Clinton County", "US", A, (44.75, -73.68)),
    ("N.Y.", "US", A, "US.NY"),
    ("Hemmingford", "CA", T, (45.05, -73.59)),
    ("Saint-Armand", "CA", T, (45.03, -73.05)),
    ("Lake Champlain", "*", N),
    ("Vermont", "US", A),
    ("St. Lawrence River", "CA|US", N),
    ("Akwesasne", "CA|US", N, (45.0, -74.6)),
    ("Haitian", "HT", Q),
    ("Roxham", "CA", N, (45.01, -73.44)),
    ("New York City", "US", T, (40.71, -74.01)),
    ("Plattsburgh", "US", T, (44.70, -73.45)),
    ("Haiti", "HT", C),
    ("Nigeria", "NG", C),
    ("Colombia", "CO", C),
    ("Venezuela", "VE", C),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Ontario", "CA", A),
    ("Alberta", "CA", A),
    ("U.S. Border Patrol", "US", Q),
    ("Swanton", "US", T, (44.92, -73.12)),
    ("New York", "US", A, "US.NY"),
    ("Indian", "IN", Q),
    ("Lacolle", "CA", T, (45.08, -73.37)),
    ("Interstate 87", "US", Q),
    ("Autoroute 15", "CA", Q),
])

add("c", """Gordie Howe bridge opening date set as Windsor, Detroit brace for tariff fallout

By Taylor Campbell, Windsor Star

WINDSOR, Ont. — The Gordie Howe International Bridge between Windsor and Detroit will open to traffic in the fall, the Windsor-Detroit Bridge Authority said Monday, giving the busiest commercial crossing between Canada and the United States a second span.

The six-lane cable-stayed bridge crosses the Detroit River from the Sandwich neighbourhood in west Windsor to Delray in southwest Detroit, and connects directly to Highway 401 on the Canadian side and Interstate 75 in Michigan.

About a quarter of Canada–U.S. trade in goods crosses between Windsor and Detroit, most of it over the privately owned Ambassador Bridge, which was blockaded for six days during the 2022 convoy protests.

Windsor Mayor Drew Dilkens said the opening comes at a difficult moment, with U.S. tariffs on Canadian steel, aluminum and autos threatening jobs at the Stellantis assembly plant in Windsor and at auto parts makers across Essex County. "Our economy is tied to Michigan like no other place in the country," he said.

Auto plants in Oshawa, Ingersoll and Alliston, and suppliers in London and Woodstock, also depend on cross-border trade. In Sarnia, across the St. Clair River from Port Huron, Mich., petrochemical companies worry about levies on energy.

Further east, traffic at the Peace Bridge between Fort Erie and Buffalo and at the Rainbow Bridge in Niagara Falls has dropped since Canadians began boycotting U.S. travel. Ontario Premier Doug Ford has urged residents to vacation at home, in places like Muskoka and Prince Edward County.

Ottawa paid the full $6.4-billion cost of the bridge, including the U.S. port of entry. It will be recouped through tolls.""", [
    ("Gordie Howe International Bridge", "-", N),
    ("Gordie Howe", "-", N),
    ("Windsor", "CA", T, (42.30, -83.02)),
    ("Detroit", "US", T, (42.33, -83.05)),
    ("Windsor Star", "-", N),
    ("WINDSOR", "CA", T, (42.30, -83.02)),
    ("Ont.", "CA", A),
    ("Windsor-Detroit Bridge Authority", "-", N),
    ("Canada", "CA", C),
    ("United States", "US", C),
    ("Detroit River", "*", N),
    ("Sandwich", "CA", N, (42.30, -83.07)),
    ("Delray", "US", N, (42.29, -83.10)),
    ("Highway 401", "CA", Q),
    ("Canadian", "CA", Q),
    ("Interstate 75", "US", Q),
    ("Michigan", "US", A),
    ("U.S.", "US", C),
    ("Ambassador Bridge", "-", N),
    ("Essex County", "CA", A, (42.15, -82.8)),
    ("Oshawa", "CA", T, (43.90, -78.85)),
    ("Ingersoll", "CA", T, (43.04, -80.88)),
    ("Alliston", "CA", T, (44.15, -79.87)),
    ("London", "CA", T, (42.98, -81.25)),
    ("Woodstock", "CA", T, (43.13, -80.75)),
    ("Sarnia", "CA", T, (42.98, -82.40)),
    ("St. Clair River", "*", N),
    ("Port Huron", "US", T, (42.98, -82.42)),
    ("Mich.", "US", A),
    ("Peace Bridge", "-", N),
    ("Fort Erie", "CA", T, (42.90, -78.93)),
    ("Buffalo", "US", T, (42.89, -78.88)),
    ("Rainbow Bridge", "-", N),
    ("Niagara Falls", "CA", T, (43.10, -79.07)),
    ("Canadians", "CA", Q),
    ("Ontario", "CA", A),
    ("Muskoka", "CA", N, (45.1, -79.3)),
    ("Prince Edward County", "CA", A, (43.97, -77.2)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
])

add("c", """Lobster fishers from Grand Manan, Maine clash again in 'grey zone' near Machias Seal Island

By Robert Jones, CBC New Brunswick

GRAND MANAN, N.B. — Tensions between Canadian and American lobster fishermen have flared again in the waters around Machias Seal Island, a rocky outcrop in the Gulf of Maine that both countries have claimed since the 1800s.

Fishers from Grand Manan and Seal Cove say boats from Cutler and Jonesport, Maine, have been setting traps in the disputed "grey zone" weeks before the Canadian season opens in November, and cutting Canadian lines.

"It's been like this since my grandfather's time," said Darren Ingalls, who fishes out of North Head. "But it's getting worse."

The island, about 16 kilometres southwest of Grand Manan and 16 kilometres from the coast of Maine, is home to a Canadian lighthouse staffed by the Canadian Coast Guard, one of the last manned lights in the Maritimes. It is also a nesting site for Atlantic puffins.

The United States and Canada settled most of their maritime boundary in the Gulf of Maine at the International Court of Justice in The Hague in 1984, but the court did not rule on the island or the waters around it.

Fishers' groups in Campobello Island and Deer Island have asked Ottawa to raise the issue with Washington. The U.S. Coast Guard, based in Southwest Harbor, Maine, said it had received complaints from both sides.

Lobster prices at the wharf in Yarmouth, N.S., the country's busiest lobster port, have fallen about 15 per cent this year, while buyers in Saint John and St. Andrews say exports to China remain slow. In Maine, the lobster industry is worth more than $500 million US a year.""", [
    ("Grand Manan", "CA", N, (44.70, -66.80)),
    ("Maine", "US", A),
    ("Machias Seal Island", "CA|US", N, (44.50, -67.10)),
    ("CBC New Brunswick", "CA", Q),
    ("GRAND MANAN", "CA", N, (44.70, -66.80)),
    ("N.B.", "CA", A),
    ("Canadian", "CA", Q),
    ("American", "US", Q),
    ("Gulf of Maine", "*", N),
    ("Seal Cove", "CA", T, (44.65, -66.84)),
    ("Cutler", "US", T, (44.66, -67.20)),
    ("Jonesport", "US", T, (44.53, -67.60)),
    ("North Head", "CA", T, (44.76, -66.74)),
    ("Canadian Coast Guard", "CA", Q),
    ("Maritimes", "CA", N),
    ("Atlantic", "*", Q),
    ("United States", "US", C),
    ("Canada", "CA", C),
    ("International Court of Justice", "-", N),
    ("The Hague", "NL", T, (52.08, 4.30)),
    ("Campobello Island", "CA", N, (44.88, -66.93)),
    ("Deer Island", "CA", N, (44.95, -66.95)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("U.S. Coast Guard", "US", Q),
    ("Southwest Harbor", "US", T, (44.28, -68.33)),
    ("Yarmouth", "CA", T, (43.84, -66.12)),
    ("N.S.", "CA", A),
    ("Saint John", "CA", T, (45.27, -66.06)),
    ("St. Andrews", "CA", T, (45.07, -67.05)),
    ("China", "CN", C),
    ("US", "US", Q),
])

add("c", """West Island mayors push back as Quebec moves to strip bilingual status from more towns

By Jason Magder, Montreal Gazette

MONTREAL — Mayors of several bilingual municipalities in Montreal's West Island say they will fight in court if the Quebec government moves to strip their official bilingual status under the province's French-language law, Bill 96.

Municipalities keep the status if at least half their residents have English as their mother tongue, or if their councils vote to keep it. Côte-Saint-Luc, Hampstead, Pointe-Claire, Kirkland, Beaconsfield, Baie-D'Urfé and Senneville all passed resolutions to keep it in 2023, but Quebec's Office québécois de la langue française has begun reviewing their status.

"Our residents have lived here for generations," said Beaconsfield Mayor Georges Bourelle. "We are not going anywhere."

Outside the island of Montreal, bilingual towns such as Hudson, in the Vaudreuil-Soulanges region, and Otterburn Park, on the Richelieu River, face similar reviews. In the Eastern Townships, Stanstead, on the border with Derby Line, Vt., and North Hatley are also affected.

Quebec's French Language Minister Jean-François Roberge said in Quebec City that the law protects English-speaking Quebecers' access to services. He pointed to census data showing French is declining as a language spoken at home in Montreal and Laval.

Anglophone rights groups, including the Quebec Community Groups Network, say the law treats English-speaking Montrealers as second-class. Some families have moved to Ottawa or Cornwall, across the Ontario border, citing the law's limits on access to English-language CEGEPs.

In Westmount, which kept its status in 2023, merchants on Sherbrooke Street say inspectors have stepped up visits over signs. Dorval and Mount Royal also kept their status.

The Quebec Superior Court is expected to hear the first challenges to Bill 96 this fall.""", [
    ("West Island", "CA", N, (45.46, -73.80)),
    ("Quebec", "CA", A),
    ("Montreal Gazette", "-", N),
    ("MONTREAL", "CA", T, (45.51, -73.59)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Côte-Saint-Luc", "CA", T, (45.47, -73.67)),
    ("Hampstead", "CA", T, (45.48, -73.63)),
    ("Pointe-Claire", "CA", T, (45.45, -73.82)),
    ("Kirkland", "CA", T, (45.45, -73.87)),
    ("Beaconsfield", "CA", T, (45.43, -73.86)),
    ("Baie-D'Urfé", "CA", T, (45.41, -73.92)),
    ("Senneville", "CA", T, (45.42, -73.95)),
    ("Office québécois de la langue française", "CA", Q),
    ("Hudson", "CA", T, (45.45, -74.15)),
    ("Vaudreuil-Soulanges", "CA", N, (45.35, -74.2)),
    ("Otterburn Park", "CA", T, (45.53, -73.21)),
    ("Richelieu River", "CA", N),
    ("Eastern Townships", "CA", N),
    ("Stanstead", "CA", T, (45.02, -72.10)),
    ("Derby Line", "US", T, (45.00, -72.10)),
    ("Vt.", "US", A),
    ("North Hatley", "CA", T, (45.28, -71.97)),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("Quebecers", "CA", Q),
    ("Laval", "CA", T, (45.57, -73.69)),
    ("Quebec Community Groups Network", "CA", Q),
    ("Montrealers", "CA", Q),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Cornwall", "CA", T, (45.02, -74.73)),
    ("Ontario", "CA", A),
    ("Westmount", "CA", T, (45.48, -73.60)),
    ("Sherbrooke Street", "CA", Q),
    ("Dorval", "CA", T, (45.45, -73.74)),
    ("Mount Royal", "CA", T, (45.52, -73.65)),
    ("Quebec Superior Court", "CA", Q),
])

add("c", """Acadian Peninsula snow crab fleet ties up over quota cut, blocks port in Shippagan

By Alix Villeneuve, Radio-Canada Acadie

SHIPPAGAN, N.B. — Snow crab fishermen from the Acadian Peninsula tied up their boats and blocked the wharf in Shippagan on Monday to protest a 25 per cent cut to the southern Gulf of St. Lawrence quota announced by Fisheries and Oceans Canada.

About 150 boats from Caraquet, Lamèque, Miscou Island and Tracadie joined the protest, with some fishermen setting fire to pallets on the wharf. Similar protests took place in Grande-Anse and in Escuminac, near Miramichi.

"The crab is our life here," said Paul Robichaud, who fishes from Lamèque. "Cut it this much and young people will leave for Moncton or Alberta."

The department said crab stocks in the southern gulf, which stretches from the Gaspé to the north shore of Prince Edward Island and western Cape Breton, have declined after record catches. The quota is shared by fleets from New Brunswick, Quebec, P.E.I. and Nova Scotia, as well as First Nations such as Elsipogtog and Esgenoôpetitj.

The snow crab fishery is the economic backbone of the Acadian Peninsula, where processing plants in Lamèque, Shippagan and Caraquet employ thousands of seasonal workers, many of them from Mexico and the Philippines.

In 2017, the fishery was closed in parts of the gulf after 12 North Atlantic right whales were found dead, most of them near the Magdalen Islands and in the Chaleur Bay area off Campbellton, Dalhousie and Bathurst.

New Brunswick Premier Susan Holt said she would meet Fisheries Minister Joanne Thompson in Ottawa. Most of the crab is exported to the United States and Japan, where prices have been weak.""", [
    ("Acadian Peninsula", "CA", N),
    ("Shippagan", "CA", T, (47.74, -64.71)),
    ("Radio-Canada Acadie", "CA", Q),
    ("SHIPPAGAN", "CA", T, (47.74, -64.71)),
    ("N.B.", "CA", A),
    ("Gulf of St. Lawrence", "CA", N),
    ("Fisheries and Oceans Canada", "CA", Q),
    ("Caraquet", "CA", T, (47.79, -64.95)),
    ("Lamèque", "CA", T, (47.79, -64.65)),
    ("Miscou Island", "CA", N, (47.95, -64.55)),
    ("Tracadie", "CA", T, (47.51, -64.91)),
    ("Grande-Anse", "CA", T, (47.81, -65.18)),
    ("Escuminac", "CA", T, (47.08, -64.88)),
    ("Miramichi", "CA", T, (47.03, -65.50)),
    ("Moncton", "CA", T, (46.09, -64.80)),
    ("Alberta", "CA", A),
    ("Gaspé", "CA", N),
    ("Prince Edward Island", "CA", A),
    ("Cape Breton", "CA", N),
    ("New Brunswick", "CA", A),
    ("Quebec", "CA", A),
    ("P.E.I.", "CA", A),
    ("Nova Scotia", "CA", A),
    ("Elsipogtog", "CA", N, (46.58, -65.08)),
    ("Esgenoôpetitj", "CA", N, (47.10, -65.13)),
    ("Mexico", "MX", C),
    ("Philippines", "PH", C),
    ("North Atlantic", "*", Q),
    ("Magdalen Islands", "CA", N, (47.4, -61.8)),
    ("Chaleur Bay", "CA", N),
    ("Campbellton", "CA", T, (48.00, -66.67)),
    ("Dalhousie", "CA", T, (48.06, -66.37)),
    ("Bathurst", "CA", T, (47.62, -65.65)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("United States", "US", C),
    ("Japan", "JP", C),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
