"""northamerica: a held-out geoparsing test set of 24 full-length Canadian and US news articles.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the articles are realistic pastiches of North American outlets (CBC, The Canadian
Press, Toronto Star, Vancouver Sun, Winnipeg Free Press, Halifax Chronicle Herald, Los Angeles
Times, Arizona Republic, Seattle Times, Chicago Tribune, Star Tribune, Boston Globe, Atlanta
Journal-Constitution, AP state wires). Events, people and quotes are invented; every place is
real.

Genres:
  a - Canada: provinces and territories, cities and towns, First Nations, regional
      municipalities, rivers and lakes, wildfires, floods, municipal politics, hockey, the
      Arctic, Quebec hydro.
  b - US West and Southwest, Mountain states, Alaska, Hawaii: wildfire, water, the border,
      tribal nations, national parks, tech.
  c - US Midwest, South and Northeast: state politics, storms, courts, county government,
      colleges, sport, small towns.

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, datelines
    included ("EDMONTON (CP) -", "NOGALES, Ariz. (AP) -").
  - AP/CP state and province abbreviations ("Ariz.", "Minn.", "Ont.", "B.C.") are admin1 (A).
  - US and Canadian counties, regional municipalities, boroughs and parishes are A; cities,
    towns, villages, hamlets T; First Nations and tribal lands, reserves, pueblos,
    neighbourhoods, national parks and forests, rivers, lakes, bays, islands, mountains and
    regions ("the Interlake", "Fraser Valley", "New England") N. Rivers and lakes crossing
    the border, seas and oceans have country "*".
  - A place name used for its government ("Ottawa said", "Washington", "Springfield",
    "Queen's Park" excepted as a building) is listed as the place.
  - Namesakes get hints: a (lat, lon) for Canadian and foreign places, the "US.XX" admin1 code
    or a (lat, lon) for US places.
  - Demonyms and adjectives ("Canadian", "Mexican", "Alaskan") are Q with their country.
  - Teams, companies, universities, stadiums, bridges, dams, airports and projects named
    like places are listed with country "-" when they could be mistaken for a place (full
    team names "Edmonton Oilers", bridge names), or as Q with their country when the place
    itself is meant in the name ("University of Georgia", "Hydro-Quebec"). A bare city or
    state name standing for a sports team ("Winnipeg outshot Edmonton", "Alabama beat
    Tennessee") is Q with its country: debatable, not counted.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: Canada

add("a", """Red River crest could come early as southern Manitoba races to raise dikes

By Marcel Dupuis

WINNIPEG - Communities along the Red River south of Winnipeg were sandbagging around the clock Thursday after provincial forecasters warned the crest could arrive several days earlier than expected.

The river was rising fastest at Emerson, the border town across from Pembina, N.D., where water was lapping at the ring dike that protects about 700 residents. Upstream in North Dakota, officials in Fargo and Grand Forks said the crest had passed overnight and the water was now moving north toward the Manitoba line.

"We've seen this before, in 1997 and again in 2009," said Emerson-Franklin Reeve Dale Kowalchuk. "But the snow came off the fields all at once this year."

Ring dikes at Morris, St. Adolphe and Ste. Agathe were in good shape, provincial officials said, though Highway 75 between Morris and Letellier could close as early as Friday, cutting the main trucking route between Winnipeg and the U.S. border.

In Winnipeg, the Red River Floodway is expected to open Saturday, diverting part of the flow around the city and returning it to the river near Lockport. City crews are also watching the Assiniboine River, which joins the Red downtown, though levels upstream near Brandon and Portage la Prairie remained stable.

Farther north, the worry is ice. Selkirk and the Rural Municipality of St. Clements have asked riverbank residents to prepare for ice jams, and the province has sent its amphibious ice-breakers to the mouth of the river at Lake Winnipeg.

Peguis First Nation, in the Interlake about 190 kilometres north of Winnipeg, declared a local state of emergency Wednesday as the Fisher River spilled over its banks. Chief Glenn Spence said about 150 homes were at risk and the community had asked Ottawa to help move residents to hotels in Winnipeg and Brandon.

"Every spring we are promised a permanent fix," Spence said. "Every spring we fill sandbags."

A spokesperson for Public Safety Canada said Ottawa had approved a request for Canadian Armed Forces help and that about 120 soldiers from CFB Shilo, east of Brandon, would arrive by Saturday.

The province's flood forecast centre said a second crest is possible if heavy rain falls across southern Manitoba and northern Minnesota next week. It urged Manitobans in low-lying areas along the Souris River near Melita and the town of Souris to keep their sandbags in place until at least mid-May.

marcel.dupuis@freepress.mb.ca""", [
    ("Red River", "*", N),
    ("Red", "*", Q),
    ("Red River Floodway", "CA", Q),
    ("WINNIPEG", "CA", T, (49.90, -97.14)),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Manitoba", "CA", A),
    ("Emerson", "CA", T, (49.00, -97.21)),
    ("Emerson-Franklin", "CA", N, (49.05, -97.05)),
    ("Pembina", "US", T, "US.ND"),
    ("N.D.", "US", A),
    ("North Dakota", "US", A),
    ("Fargo", "US", T, "US.ND"),
    ("Grand Forks", "US", T, "US.ND"),
    ("Morris", "CA", T, (49.35, -97.37)),
    ("St. Adolphe", "CA", T, (49.67, -97.11)),
    ("Ste. Agathe", "CA", T, (49.56, -97.18)),
    ("Letellier", "CA", T, (49.15, -97.30)),
    ("U.S.", "US", C),
    ("Lockport", "CA", T, (50.08, -96.94)),
    ("Assiniboine River", "CA", N),
    ("Brandon", "CA", T, (49.85, -99.95)),
    ("Portage la Prairie", "CA", T, (49.97, -98.29)),
    ("Selkirk", "CA", T, (50.14, -96.88)),
    ("St. Clements", "CA", A, (50.25, -96.80)),
    ("Lake Winnipeg", "CA", N),
    ("Peguis First Nation", "CA", N, (51.20, -97.55)),
    ("Interlake", "CA", N),
    ("Fisher River", "CA", N),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Public Safety Canada", "CA", Q),
    ("Canadian", "CA", Q),
    ("CFB Shilo", "CA", Q),
    ("Minnesota", "US", A),
    ("Manitobans", "CA", Q),
    ("Souris River", "*", N),
    ("Melita", "CA", T, (49.27, -100.99)),
    ("Souris", "CA", T, (49.62, -100.26)),
])

add("a", """Wildfire forces evacuation of Fort Chipewyan as smoke blankets northern Alberta

CBC News

A fast-moving wildfire in northeastern Alberta has forced the evacuation of Fort Chipewyan, one of the oldest settlements in the province, as crews across the Prairies and the Northwest Territories brace for another punishing weekend.

The fire, burning about 20 kilometres south of the hamlet on the western shore of Lake Athabasca, jumped the Athabasca River late Tuesday, according to Alberta Wildfire. Because Fort Chipewyan has no year-round road access, about 800 residents were flown out on chartered aircraft to Fort McMurray and Edmonton.

"People left with one bag each. Some elders had never been on a plane before," said Lorraine Cardinal, a councillor with the Mikisew Cree First Nation.

The Regional Municipality of Wood Buffalo, which includes Fort McMurray and the oil sands operations north of the city, said it could house up to 900 evacuees. Suncor Energy and Syncrude said their mines near Fort McKay were not affected, though smoke had forced some crews along Highway 63 to stand down on Wednesday.

For many in Fort McMurray, the smoke revived memories of May 2016, when a wildfire destroyed about 2,400 buildings and forced 88,000 people to flee south to Lac La Biche, Edmonton and Calgary.

In the Northwest Territories, crews are battling fires near Hay River and Fort Smith, close to the Alberta boundary, and the territorial government has placed Yellowknife on evacuation alert for the first time since 2023, when nearly all of the capital's 20,000 residents left by road and air. The only highway south to Alberta passes through Enterprise, where flames came within 10 kilometres of the road on Tuesday.

In Saskatchewan, the Public Safety Agency reported 61 active fires, including one threatening La Ronge, and Manitoba has asked for help from Ontario and Quebec. Firefighters from Australia, South Africa and Mexico have also arrived, the Canadian Interagency Forest Fire Centre in Winnipeg said.

Environment Canada issued special air quality statements for Edmonton, Calgary, Red Deer, Lloydminster and Cold Lake, and smoke drifted as far south as Montana and North Dakota on Wednesday.

"We're looking at a dry June with lightning in the forecast," said Alberta Wildfire information officer Derek Nkemdirim. "That's the worst combination we can get."

The premier's office said the province would ask Ottawa for more air tankers if conditions worsen.""", [
    ("Fort Chipewyan", "CA", T, (58.71, -111.15)),
    ("Alberta", "CA", A),
    ("Alberta Wildfire", "CA", Q),
    ("Prairies", "CA", N),
    ("Northwest Territories", "CA", A),
    ("Lake Athabasca", "CA", N),
    ("Athabasca River", "CA", N),
    ("Fort McMurray", "CA", T, (56.73, -111.38)),
    ("Edmonton", "CA", T, (53.55, -113.49)),
    ("Mikisew Cree First Nation", "CA", Q),
    ("Wood Buffalo", "CA", A),
    ("Suncor Energy", "-", N),
    ("Fort McKay", "CA", T, (57.19, -111.64)),
    ("Lac La Biche", "CA", T, (54.77, -111.97)),
    ("Calgary", "CA", T, (51.05, -114.07)),
    ("Hay River", "CA", T, (60.82, -115.80)),
    ("Fort Smith", "CA", T, (60.00, -111.89)),
    ("Yellowknife", "CA", T, (62.45, -114.37)),
    ("Enterprise", "CA", T, (60.60, -116.15)),
    ("Saskatchewan", "CA", A),
    ("La Ronge", "CA", T, (55.10, -105.28)),
    ("Manitoba", "CA", A),
    ("Ontario", "CA", A),
    ("Quebec", "CA", A),
    ("Australia", "AU", C),
    ("South Africa", "ZA", C),
    ("Mexico", "MX", C),
    ("Canadian", "CA", Q),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Environment Canada", "CA", Q),
    ("Red Deer", "CA", T, (52.27, -113.81)),
    ("Lloydminster", "CA", T, (53.28, -110.00)),
    ("Cold Lake", "CA", T, (54.46, -110.18)),
    ("Montana", "US", A),
    ("North Dakota", "US", A),
    ("Ottawa", "CA", T, (45.42, -75.70)),
])

add("a", """Southwestern Ontario mayors press Queen's Park for infrastructure cash as growth outpaces pipes

By Priya Raman Staff Reporter

LONDON, Ont. - Mayors from across southwestern Ontario say the province's housing targets are impossible to meet unless Queen's Park helps pay for the water mains, sewage plants and roads that new neighbourhoods need.

Meeting in London on Monday, the heads of more than a dozen municipalities between Windsor and Cambridge signed a joint letter asking the province for a dedicated $3-billion infrastructure fund for mid-sized cities.

"We are being asked to build 47,000 homes by 2031 in a city whose main wastewater plant on the Thames River was designed in the 1960s," said London Coun. Ravi Sandhu, who chairs the city's planning committee.

In Windsor, across the Detroit River from Detroit, city staff say a new electric-vehicle battery plant and the Gordie Howe International Bridge have drawn thousands of workers who cannot find places to rent. Leamington and Kingsville, in Essex County on the shore of Lake Erie, report similar pressure from the booming greenhouse sector, much of it staffed by seasonal workers from Mexico and Jamaica.

Farther east, Kitchener, Waterloo and Cambridge want the province to speed up approval of a pipeline that would bring Lake Erie water to Waterloo Region, which relies almost entirely on groundwater. Guelph faces a similar problem.

Smaller places say they are just as squeezed. Stratford, Woodstock and St. Thomas all told the meeting that developers had shelved subdivisions because the towns could not guarantee sewer capacity, and the warden of Middlesex County said rural townships around London were turning away industrial projects.

"Toronto gets the headlines, but a lot of Ontario's growth is happening right here," said Chatham-Kent Mayor Denise Lachance. "We have the land. We don't have the pipes."

Sarnia, which has lost refinery jobs, asked that any new fund not be limited to fast-growing municipalities.

In a statement, the Ministry of Municipal Affairs and Housing said the province had already committed $1.2 billion to water projects and pointed to recent announcements in Hamilton, Kingston and Barrie. Ottawa, meanwhile, has signed federal Housing Accelerator Fund agreements with London, Guelph and Windsor worth a combined $180 million.

The mayors plan to take their case to Toronto next month, when the legislature resumes sitting.

With files from The Canadian Press""", [
    ("Ontario", "CA", A),
    ("Queen's Park", "CA", Q),
    ("LONDON", "CA", T, (42.98, -81.25)),
    ("Ont.", "CA", A),
    ("London", "CA", T, (42.98, -81.25)),
    ("Windsor", "CA", T, (42.30, -83.02)),
    ("Cambridge", "CA", T, (43.36, -80.31)),
    ("Thames River", "CA", N),
    ("Detroit River", "*", N),
    ("Detroit", "US", T, "US.MI"),
    ("Gordie Howe International Bridge", "-", N),
    ("Leamington", "CA", T, (42.05, -82.60)),
    ("Kingsville", "CA", T, (42.04, -82.74)),
    ("Essex County", "CA", A, (42.15, -82.75)),
    ("Lake Erie", "*", N),
    ("Mexico", "MX", C),
    ("Jamaica", "JM", C),
    ("Kitchener", "CA", T, (43.45, -80.49)),
    ("Waterloo", "CA", T, (43.47, -80.52)),
    ("Waterloo Region", "CA", A, (43.45, -80.50)),
    ("Guelph", "CA", T, (43.55, -80.25)),
    ("Stratford", "CA", T, (43.37, -80.98)),
    ("Woodstock", "CA", T, (43.13, -80.76)),
    ("St. Thomas", "CA", T, (42.78, -81.19)),
    ("Middlesex County", "CA", A, (42.95, -81.45)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Chatham-Kent", "CA", T, (42.40, -82.19)),
    ("Sarnia", "CA", T, (42.98, -82.40)),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("Kingston", "CA", T, (44.23, -76.48)),
    ("Barrie", "CA", T, (44.40, -79.67)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Canadian", "CA", Q),
])

add("a", """Forsberg scores twice as Oilers beat Jets, take 3-2 series lead

EDMONTON (CP) - Liam Forsberg had waited his whole life for a night like this, and he made sure the folks back home in Kamloops, B.C., stayed up late to see it.

The 22-year-old winger scored twice in the second period as the Edmonton Oilers beat the Winnipeg Jets 4-2 on Thursday to take a 3-2 lead in their first-round playoff series.

"My dad drove up from Kamloops this morning, eight hours through the mountains, so I figured I'd better do something," said Forsberg, who played his junior hockey with the Kelowna Rockets.

Winnipeg outshot Edmonton 14-6 in a fast first period and went ahead on a power-play goal by Mathieu Gagnon, the Rimouski, Que., native who leads the Jets with five goals in the series.

The Oilers answered in the second. Forsberg tied it at 4:12, one-timing a pass from defenceman Owen Sutter of Moose Jaw, Sask., and then beat Jets goaltender Mikko Laine, of Tampere, Finland, with a wrist shot from the left circle eight minutes later.

Captain Evan Brooks, from Richmond Hill, Ont., made it 3-1 early in the third, and Swedish centre Jonas Lindqvist, who grew up outside Sundsvall, added an empty-netter after Cole MacIsaac, a Dartmouth, N.S., product, had pulled Winnipeg within one.

"We didn't do enough in the middle of the ice," Jets coach Paul Demers said. "We'll be better at home."

Game 6 is Saturday at Canada Life Centre in Winnipeg, where the Jets have won both home games in the series. A win would send Edmonton to a second-round meeting with either the Vegas Golden Knights or the Dallas Stars.

About 18,000 fans watched the game on outdoor screens in the plaza outside Rogers Place, some of them having driven in from Red Deer and Grande Prairie. In Winnipeg, police said the downtown whiteout street party drew about 12,000 people despite a cold drizzle.

The Oilers were again without forward Tyler Haines, who was hurt in Game 4 and flew back to Edmonton from Winnipeg on Tuesday for tests. Coach Marc Lavoie said Haines could return for Game 7 if the series goes the distance.""", [
    ("EDMONTON", "CA", T, (53.55, -113.49)),
    ("Kamloops", "CA", T, (50.67, -120.33)),
    ("B.C.", "CA", A),
    ("Edmonton Oilers", "-", N),
    ("Winnipeg Jets", "-", N),
    ("Kelowna Rockets", "-", N),
    ("Winnipeg#4,5,6", "CA", T, (49.90, -97.14)),
    ("Winnipeg#2,3", "CA", Q),
    ("Edmonton#2,3", "CA", Q),
    ("Edmonton#4", "CA", T, (53.55, -113.49)),
    ("Rimouski", "CA", T, (48.45, -68.52)),
    ("Que.", "CA", A),
    ("Moose Jaw", "CA", T, (50.40, -105.53)),
    ("Sask.", "CA", A),
    ("Tampere", "FI", T),
    ("Finland", "FI", C),
    ("Richmond Hill", "CA", T, (43.87, -79.44)),
    ("Ont.", "CA", A),
    ("Swedish", "SE", Q),
    ("Sundsvall", "SE", T),
    ("Dartmouth", "CA", T, (44.67, -63.57)),
    ("N.S.", "CA", A),
    ("Canada Life Centre", "CA", Q),
    ("Vegas Golden Knights", "-", N),
    ("Dallas Stars", "-", N),
    ("Rogers Place", "CA", Q),
    ("Red Deer", "CA", T, (52.27, -113.81)),
    ("Grande Prairie", "CA", T, (55.17, -118.80)),
])

add("a", """Ottawa commits $1.4B to Arctic ports as traffic through Northwest Passage climbs

CBC News

IQALUIT - The federal government will spend $1.4 billion over the next decade on deep-water ports, fuel depots and search-and-rescue stations in Nunavut and the Northwest Territories, as shrinking sea ice draws more cargo ships, cruise liners and foreign research vessels into Canada's Arctic waters.

The announcement, made in Iqaluit on Tuesday, includes a small-craft harbour expansion at Pond Inlet on the northern tip of Baffin Island, a new dock and fuel tank farm at Cambridge Bay on Victoria Island, and upgrades to the port at Rankin Inlet on the western shore of Hudson Bay.

A year-round Canadian Coast Guard search-and-rescue station will be built at Resolute, near the eastern entrance of the Northwest Passage, where the number of transits has more than tripled in a decade.

"When a cruise ship gets into trouble in Lancaster Sound, the nearest help is days away," said Adamee Kilabuk, Nunavut's minister of economic development and transportation. "This money changes that."

Ships making the passage now routinely stop at Cambridge Bay, Gjoa Haven and Kugluktuk, and the western route past Tuktoyaktuk into the Beaufort Sea gets busier every summer. Officials in Inuvik, the largest town in the N.W.T. north of the Arctic Circle, said they had hoped the package would include a new airport runway.

Ottawa has framed the spending as a question of sovereignty. Russia has expanded its military bases along its Arctic Ocean coast, China calls itself a "near-Arctic state," and Washington has long argued that the Northwest Passage is an international strait rather than Canadian internal waters.

"The Arctic is warming four times faster than the rest of the planet. The traffic is coming whether we're ready or not," said Kilabuk.

Across Baffin Bay, Greenland's government in Nuuk is planning its own port expansion, and officials from Nunavut and Greenland met in Iqaluit last month to discuss sharing search-and-rescue coverage with Denmark and the United States.

The port at Churchill, Man., the only deep-water port on Hudson Bay linked to the south by rail, is not part of the package, a decision the Manitoba government called short-sighted.

Inuit leaders welcomed the money but said communities must have a say in where ships go. In Pond Inlet, hunters have complained for years that iron ore carriers from the Mary River mine disturb narwhal in Eclipse Sound.""", [
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Arctic#1,2,5", "*", Q),
    ("Arctic#6", "*", N),
    ("Arctic Circle", "*", Q),
    ("Arctic Ocean", "*", N),
    ("Northwest Passage", "CA", N),
    ("IQALUIT", "CA", T, (63.75, -68.51)),
    ("Iqaluit", "CA", T, (63.75, -68.51)),
    ("Nunavut", "CA", A),
    ("Northwest Territories", "CA", A),
    ("Canada", "CA", C),
    ("Pond Inlet", "CA", T, (72.70, -77.96)),
    ("Baffin Island", "CA", N),
    ("Cambridge Bay", "CA", T, (69.12, -105.06)),
    ("Victoria Island", "CA", N),
    ("Rankin Inlet", "CA", T, (62.81, -92.09)),
    ("Hudson Bay", "CA", N),
    ("Canadian", "CA", Q),
    ("Resolute", "CA", T, (74.70, -94.83)),
    ("Lancaster Sound", "CA", N),
    ("Gjoa Haven", "CA", T, (68.63, -95.88)),
    ("Kugluktuk", "CA", T, (67.83, -115.10)),
    ("Tuktoyaktuk", "CA", T, (69.45, -133.03)),
    ("Beaufort Sea", "*", N),
    ("Inuvik", "CA", T, (68.36, -133.72)),
    ("N.W.T.", "CA", A),
    ("Russia", "RU", C),
    ("China", "CN", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Baffin Bay", "*", N),
    ("Greenland", "GL", N),
    ("Nuuk", "GL", T),
    ("Denmark", "DK", C),
    ("United States", "US", C),
    ("Churchill", "CA", T, (58.77, -94.17)),
    ("Man.", "CA", A),
    ("Manitoba", "CA", A),
    ("Inuit", "CA", Q),
    ("Mary River", "CA", Q),
    ("Eclipse Sound", "CA", N),
])

add("a", """Power line to New York City nears completion as Mohawk, Innu partners count on returns

MONTREAL (CP) - Hydro-Quebec says electricity should begin flowing to New York City by spring, when the last stretch of a transmission project linking southern Quebec with the five boroughs is switched on.

The Quebec portion, a 57-kilometre line running from the Hertel substation in La Prairie, on Montreal's South Shore, to the U.S. border, is half-owned by the Mohawk Council of Kahnawake, the largest stake a First Nation has ever held in a Hydro-Quebec line.

On the American side, the Champlain Hudson Power Express cable runs beneath Lake Champlain and down the Hudson River to a converter station in Astoria, in the borough of Queens.

"This line is going to pay for housing and schools in Kahnawake for the next 40 years," said Grand Chief Tekarontake Jacobs.

Officials in Albany are counting on the power, most of it from dams on the Cote-Nord and in the James Bay region of northern Quebec, to help replace gas-fired plants that supply New York City. New York state has set a target of 70 per cent renewable electricity by 2030.

A separate line carrying Quebec power to Massachusetts through Maine was delayed for years by a referendum and court fights before finally entering service, and opponents in New England have questioned whether exports make sense while Quebecers face their own looming shortfall.

To meet that demand, Hydro-Quebec is turning to wind. In Saguenay-Lac-Saint-Jean, the utility has signed a partnership with the Pekuakamiulnuatsh First Nation of Mashteuiatsh and the City of Saguenay to develop a 3,000-megawatt wind zone north of Lac Saint-Jean, and it is studying a second zone along the St. Lawrence River between Trois-Rivieres and Quebec City.

The deals come as Quebec City negotiates with Newfoundland and Labrador over the future of the Churchill Falls generating station in Labrador, whose lopsided 1969 contract expires in 2041. A preliminary agreement signed last year would see Hydro-Quebec pay far more for the power and help build new capacity on the Churchill River.

Ottawa has offered loan guarantees for Indigenous equity stakes in both projects.

In Kahnawake, on the south shore of the St. Lawrence opposite Montreal, band officials say the first dividend cheques could arrive within two years.

"We've watched power lines cross our territory for 70 years," Jacobs said. "This time, we own a piece of it."

With files from Amelie Gosselin""", [
    ("New York City", "US", T, "US.NY"),
    ("MONTREAL", "CA", T, (45.51, -73.59)),
    ("Montreal", "CA", T, (45.51, -73.59)),
    ("Hydro-Quebec", "CA", Q),
    ("Quebec", "CA", A),
    ("Quebec City", "CA", T, (46.81, -71.21)),
    ("La Prairie", "CA", T, (45.42, -73.50)),
    ("South Shore", "CA", N),
    ("U.S.", "US", C),
    ("Kahnawake", "CA", N, (45.40, -73.69)),
    ("American", "US", Q),
    ("Champlain Hudson Power Express", "-", N),
    ("Lake Champlain", "*", N),
    ("Hudson River", "US", N),
    ("Astoria", "US", N, (40.77, -73.93)),
    ("Queens", "US", N, (40.68, -73.84)),
    ("Albany", "US", T, "US.NY"),
    ("Cote-Nord", "CA", N),
    ("James Bay", "CA", N),
    ("New York", "US", A),
    ("Massachusetts", "US", A),
    ("Maine", "US", A),
    ("New England", "US", N),
    ("Quebecers", "CA", Q),
    ("Mohawk", "CA", Q),
    ("Innu", "CA", Q),
    ("Indigenous", "CA", Q),
    ("Saguenay-Lac-Saint-Jean", "CA", N),
    ("Mashteuiatsh", "CA", N, (48.57, -72.23)),
    ("Pekuakamiulnuatsh First Nation", "CA", Q),
    ("Saguenay", "CA", T, (48.42, -71.07)),
    ("Lac Saint-Jean", "CA", N),
    ("St. Lawrence River", "*", N),
    ("St. Lawrence", "*", N),
    ("Trois-Rivieres", "CA", T, (46.35, -72.55)),
    ("Newfoundland and Labrador", "CA", A),
    ("Churchill Falls", "CA", T, (53.53, -64.00)),
    ("Labrador", "CA", N),
    ("Churchill River", "CA", N),
    ("Ottawa", "CA", T, (45.42, -75.70)),
])

add("a", """Atmospheric river swamps Sumas Prairie again as Fraser Valley farmers race to move livestock

By Harjeet Dhillon

ABBOTSFORD - Farmers on the Sumas Prairie were loading cattle into trailers by headlamp early Tuesday as water from the swollen Nooksack River in Washington state poured north across the border for the second time in four years.

The Nooksack overtopped its banks near Everson late Monday, sending a sheet of water through the town of Sumas, Wash., and into the low-lying farmland of the former Sumas Lake, which was drained in the 1920s. By dawn, water was running over several roads east of Abbotsford and the city had ordered about 400 properties evacuated.

"We are watching the Barrowtown pump station minute by minute," Abbotsford Mayor Grant Kellerman told reporters. "If it fails, the whole prairie goes under, just like 2021."

Whatcom County officials said about 250 homes in Everson and Sumas were flooded and that emergency crews had rescued more than 30 people. Shelters were opened in Bellingham and Lynden.

Across the Fraser Valley, Highway 1 was closed between Abbotsford and Chilliwack, and the Coquihalla Highway was shut between Hope and Merritt because of washouts and debris. In the Similkameen Valley, the Tulameen River rose two metres overnight in Princeton, where residents of low-lying neighbourhoods near the river were told to leave.

Victoria declared a provincial state of emergency late Monday, and Emergency Management Minister Carla Sinclair said the province had asked Ottawa for federal help to protect dikes along the Fraser River.

In the Lower Mainland, Richmond, Delta and Surrey warned that high tides combined with heavy rain could flood low-lying streets on Tuesday night, and Vancouver closed parts of the Stanley Park seawall. On Vancouver Island, Nanaimo and Port Alberni recorded more than 150 millimetres of rain in 48 hours.

Sumas First Nation Chief Marlene Kelly said the community's homes near the old lake bed were spared this time but its fields were underwater. "The lake always wants to come back," he said.

Farther up the Fraser Canyon, the village of Lytton, still rebuilding after the 2021 wildfire, was cut off when rockslides closed Highway 1 in both directions.

The National Weather Service office in Seattle said a third system would arrive Thursday, though it was expected to bring less rain to Washington and B.C. than the first two.""", [
    ("Sumas Prairie", "CA", N, (49.06, -122.15)),
    ("Fraser Valley", "CA", N),
    ("ABBOTSFORD", "CA", T, (49.05, -122.30)),
    ("Abbotsford", "CA", T, (49.05, -122.30)),
    ("Nooksack River", "US", N),
    ("Nooksack", "US", N),
    ("Washington", "US", A),
    ("Everson", "US", T, "US.WA"),
    ("Sumas", "US", T, "US.WA"),
    ("Wash.", "US", A),
    ("Sumas Lake", "CA", Q),
    ("Barrowtown", "CA", Q),
    ("Whatcom County", "US", A, "US.WA"),
    ("Bellingham", "US", T, "US.WA"),
    ("Lynden", "US", T, "US.WA"),
    ("Chilliwack", "CA", T, (49.16, -121.95)),
    ("Hope", "CA", T, (49.38, -121.44)),
    ("Merritt", "CA", T, (50.11, -120.79)),
    ("Similkameen Valley", "CA", N),
    ("Tulameen River", "CA", N),
    ("Princeton", "CA", T, (49.46, -120.51)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Fraser River", "CA", N),
    ("Lower Mainland", "CA", N),
    ("Richmond", "CA", T, (49.17, -123.14)),
    ("Delta", "CA", T, (49.08, -123.06)),
    ("Surrey", "CA", T, (49.10, -122.83)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Stanley Park", "CA", N),
    ("Vancouver Island", "CA", N),
    ("Nanaimo", "CA", T, (49.17, -123.94)),
    ("Port Alberni", "CA", T, (49.24, -124.80)),
    ("Sumas First Nation", "CA", Q),
    ("Fraser Canyon", "CA", N),
    ("Lytton", "CA", T, (50.23, -121.58)),
    ("Seattle", "US", T, "US.WA"),
    ("B.C.", "CA", A),
])

add("a", """Post-tropical storm knocks out power to 300,000 in Nova Scotia, floods Cape Breton roads

By Kieran Leadbetter

HALIFAX - Crews from across the Maritimes and as far away as Ontario and New England were working Sunday to restore power to nearly 300,000 Nova Scotia Power customers after post-tropical storm Lorena tore through the province overnight with gusts of more than 140 km/h.

The storm made landfall near Sheet Harbour on the Eastern Shore around 2 a.m. before crossing Cape Breton and moving out over the Cabot Strait toward southwestern Newfoundland.

Cape Breton took the worst of the rain. More than 200 millimetres fell in Sydney, where the Sydney River and Wash Brook overflowed and several streets in the north end were underwater. The Cape Breton Regional Municipality declared a local state of emergency, and shelters were opened in Glace Bay and North Sydney.

"I've lived here 60 years and I have never seen the harbour come up this high," said Sydney resident Bernadette MacNeil, who was pumping water out of her basement.

In Eskasoni, on the shore of Bras d'Or Lake, Chief Noel Paul said dozens of homes had lost roofs or siding, while Membertou opened its trade and convention centre as a comfort station.

On the mainland, trees were down across Halifax and Dartmouth, and the Macdonald Bridge was closed for six hours. Truro, Antigonish, New Glasgow and Pictou reported widespread outages, and the Canso Causeway linking Cape Breton to the rest of Nova Scotia was closed to high-sided vehicles.

In Prince Edward Island, Maritime Electric said about 40,000 customers were without power, most of them in Charlottetown, Stratford and Summerside. Moncton and much of southeastern New Brunswick escaped with heavy rain.

In Newfoundland, the RCMP closed the Trans-Canada Highway near Port aux Basques, where waves were breaking over the road, and ferry crossings to North Sydney were cancelled. Storm surge warnings remained in effect for the Magdalen Islands in the Gulf of St. Lawrence.

Premier's office spokesperson Catherine Leroux said the province would ask Ottawa for disaster financial assistance once damage assessments are complete. Nova Scotia Power said most customers in Halifax should have power back by Monday night but that some homes in rural Cape Breton could wait until Wednesday.

The storm is the third named system to hit Atlantic Canada in three years, after Fiona in 2022 and Lee in 2023.

kleadbetter@herald.ca""", [
    ("HALIFAX", "CA", T, (44.65, -63.58)),
    ("Halifax", "CA", T, (44.65, -63.58)),
    ("Maritimes", "CA", N),
    ("Ontario", "CA", A),
    ("New England", "US", N),
    ("Nova Scotia", "CA", A),
    ("Nova Scotia Power", "CA", Q),
    ("Lorena", "-", N),
    ("Sheet Harbour", "CA", T, (44.92, -62.53)),
    ("Eastern Shore", "CA", N),
    ("Cape Breton", "CA", N),
    ("Cape Breton Regional Municipality", "CA", A, (46.14, -60.18)),
    ("Cabot Strait", "CA", N),
    ("Newfoundland", "CA", N),
    ("Sydney", "CA", T, (46.14, -60.18)),
    ("Sydney River", "CA", N, (46.10, -60.22)),
    ("Wash Brook", "CA", Q),
    ("Glace Bay", "CA", T, (46.20, -59.96)),
    ("North Sydney", "CA", T, (46.21, -60.25)),
    ("Eskasoni", "CA", N, (45.94, -60.62)),
    ("Bras d'Or Lake", "CA", N),
    ("Membertou", "CA", N, (46.12, -60.16)),
    ("Dartmouth", "CA", T, (44.67, -63.57)),
    ("Macdonald Bridge", "CA", Q),
    ("Truro", "CA", T, (45.37, -63.28)),
    ("Antigonish", "CA", T, (45.62, -61.99)),
    ("New Glasgow", "CA", T, (45.59, -62.65)),
    ("Pictou", "CA", T, (45.68, -62.71)),
    ("Canso Causeway", "CA", Q),
    ("Prince Edward Island", "CA", A),
    ("Maritime Electric", "CA", Q),
    ("Charlottetown", "CA", T, (46.24, -63.13)),
    ("Stratford", "CA", T, (46.22, -63.09)),
    ("Summerside", "CA", T, (46.39, -63.79)),
    ("Moncton", "CA", T, (46.09, -64.80)),
    ("New Brunswick", "CA", A),
    ("Trans-Canada Highway", "CA", Q),
    ("Port aux Basques", "CA", T, (47.57, -59.14)),
    ("Magdalen Islands", "CA", N),
    ("Gulf of St. Lawrence", "CA", N),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Atlantic Canada", "CA", N),
    ("Fiona", "-", N),
    ("Lee", "-", N),
])

# ---------------------------------------------------------------- genre b: US West, Southwest, Alaska, Hawaii

add("b", """Fast-moving fire forces thousands to flee between Ojai and Santa Paula as Santa Ana winds return

By Marisol Ortega and Daniel Kwan

A wind-driven brush fire exploded overnight in the hills between Ojai and Santa Paula, forcing more than 14,000 Ventura County residents from their homes and pushing a plume of smoke over Oxnard and far out over the Pacific.

The Sulphur fire had burned about 11,000 acres by Tuesday afternoon and was 0% contained, according to Cal Fire and the Ventura County Fire Department. Gusts of more than 60 mph were recorded on ridgetops in the Los Padres National Forest, and officials warned the Santa Ana winds would not ease until Thursday.

Evacuation orders covered Upper Ojai, the east end of the Ojai Valley and neighborhoods on the northern edge of Santa Paula, and warnings extended east to Fillmore and the small community of Piru along the Santa Clara River. Highway 150 between Ojai and Santa Paula was closed, and Highway 126 was shut for several hours Tuesday morning as flames reached the orange and avocado groves south of Sulphur Mountain.

"It came over that ridge like a freight train," said Rosa Villanueva, 58, who fled her home in Santa Paula with two dogs and a box of family photos. "We could hear the propane tanks popping."

Strike teams from Los Angeles County, Orange County and Santa Barbara County arrived through the night, and an evacuation center at the county fairgrounds in Ventura had taken in about 600 people by midday. Schools were closed in Ojai, Santa Paula and Fillmore, and the county warned of unhealthy air as far south as Camarillo and Thousand Oaks.

The fire is burning in much of the same country as the Thomas fire, which in December 2017 spread from Santa Paula to the outskirts of Santa Barbara, destroying more than 1,000 structures in Ventura, Ojai and Montecito.

Southern California Edison said it had cut power to about 30,000 customers in Ventura and Los Angeles counties as a precaution and was investigating whether its equipment near Santa Paula was involved.

The governor's office in Sacramento said Tuesday that the state had secured a federal fire management assistance grant from Washington, and National Guard helicopters were expected to join the air attack from Point Mugu.

Smoke from the fire was visible from downtown Los Angeles, and air quality officials issued a warning for the Santa Clarita and San Fernando valleys.

Times staff writer Jonah Feld contributed to this report.""", [
    ("Ojai", "US", T, "US.CA"),
    ("Upper Ojai", "US", T, "US.CA"),
    ("Ojai Valley", "US", N),
    ("Santa Paula", "US", T, "US.CA"),
    ("Santa Ana", "-", N),
    ("Ventura County", "US", A, "US.CA"),
    ("Ventura County Fire Department", "US", Q),
    ("Oxnard", "US", T, "US.CA"),
    ("Pacific", "*", N),
    ("Sulphur", "-", N),
    ("Sulphur Mountain", "US", N, (34.42, -119.10)),
    ("Cal Fire", "US", Q),
    ("Los Padres National Forest", "US", N),
    ("Fillmore", "US", T, "US.CA"),
    ("Piru", "US", T, "US.CA"),
    ("Santa Clara River", "US", N, (34.38, -118.90)),
    ("Los Angeles County", "US", A, "US.CA"),
    ("Orange County", "US", A, "US.CA"),
    ("Santa Barbara County", "US", A, "US.CA"),
    ("Ventura#3,4", "US", T, "US.CA"),
    ("Ventura#5", "US", A, "US.CA"),
    ("Camarillo", "US", T, "US.CA"),
    ("Thousand Oaks", "US", T, "US.CA"),
    ("Thomas", "-", N),
    ("Santa Barbara", "US", T, "US.CA"),
    ("Montecito", "US", T, "US.CA"),
    ("Southern California Edison", "US", Q),
    ("Los Angeles#2", "US", A, "US.CA"),
    ("Los Angeles#3", "US", T, "US.CA"),
    ("Sacramento", "US", T, "US.CA"),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Point Mugu", "US", N, (34.09, -119.06)),
    ("Santa Clarita", "US", N, "US.CA"),
    ("San Fernando", "US", N, "US.CA"),
])

add("b", """Arizona cities brace for deeper Colorado River cuts as Lake Mead keeps sliding

By Teresa Calderon
Arizona Republic

Phoenix-area cities are preparing for the deepest cuts yet to their Colorado River supplies after federal forecasters projected Tuesday that Lake Mead will fall another 12 feet by next summer, pushing Arizona further into shortage.

The Bureau of Reclamation's 24-month study shows the reservoir behind Hoover Dam dropping to about 1,040 feet above sea level, while Lake Powell, upstream near Page, is expected to sit barely 40 feet above the level at which Glen Canyon Dam can no longer generate power.

Arizona has already lost about a fifth of its river water under 2019 drought plans, and the cuts have fallen hardest on farmers in Pinal County, where fields around Casa Grande, Eloy and Maricopa have been fallowed as canal deliveries from the Central Arizona Project dried up.

Now the cities are next. Phoenix, Tucson, Mesa and Scottsdale all draw on CAP water piped 336 miles from Lake Havasu, and several fast-growing suburbs on the edges of Maricopa County, including Queen Creek and Buckeye, depend on it almost entirely.

Tucson, which has banked more than 500,000 acre-feet underground in the Avra Valley, says it is ready. "Not every community is," said Armando Reyes, the city's water resources director.

The Gila River Indian Community, south of Phoenix, has agreed to leave part of its allocation in Lake Mead in exchange for federal payments, and the governor's office in Phoenix said talks were under way with the Navajo Nation and the Tohono O'odham Nation on similar deals.

The seven basin states have yet to agree on sharing the river after current rules expire in 2026. Negotiators from California, Nevada and Arizona in the lower basin and Colorado, Utah, Wyoming and New Mexico in the upper basin met in Denver last month without a deal, and officials in Washington have warned that the Interior Department could impose one.

Mexico is also owed a share under a 1944 treaty. The river crosses the border south of Yuma and rarely reaches its delta in Baja California and Sonora.

"The math doesn't work anymore," said Rebecca Holloway, a water policy researcher at Arizona State University. "Somebody is going to have to use less, and Arizona is at the back of the line."

In California, the Imperial Valley's farmers hold some of the oldest rights on the river, and Las Vegas has cut its use sharply since 2002 by paying residents to tear out lawns.""", [
    ("Arizona", "US", A),
    ("Arizona Republic", "US", Q),
    ("Arizona State University", "US", Q),
    ("Colorado River", "*", N),
    ("Lake Mead", "US", N),
    ("Phoenix", "US", T, "US.AZ"),
    ("Hoover Dam", "US", Q),
    ("Lake Powell", "US", N),
    ("Page", "US", T, "US.AZ"),
    ("Glen Canyon Dam", "US", Q),
    ("Pinal County", "US", A, "US.AZ"),
    ("Casa Grande", "US", T, "US.AZ"),
    ("Eloy", "US", T, "US.AZ"),
    ("Maricopa", "US", T, "US.AZ"),
    ("Maricopa County", "US", A, "US.AZ"),
    ("Central Arizona Project", "US", Q),
    ("Tucson", "US", T, "US.AZ"),
    ("Mesa", "US", T, "US.AZ"),
    ("Scottsdale", "US", T, "US.AZ"),
    ("Lake Havasu", "US", N),
    ("Queen Creek", "US", T, "US.AZ"),
    ("Buckeye", "US", T, "US.AZ"),
    ("Avra Valley", "US", N, (32.40, -111.30)),
    ("Gila River Indian Community", "US", N),
    ("Navajo Nation", "US", N),
    ("Tohono O'odham Nation", "US", N),
    ("California", "US", A),
    ("Nevada", "US", A),
    ("Colorado", "US", A),
    ("Utah", "US", A),
    ("Wyoming", "US", A),
    ("New Mexico", "US", A),
    ("Denver", "US", T, "US.CO"),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Mexico", "MX", C),
    ("Yuma", "US", T, "US.AZ"),
    ("Baja California", "MX", A),
    ("Sonora", "MX", A),
    ("Imperial Valley", "US", N),
    ("Las Vegas", "US", T, "US.NV"),
])

add("b", """Produce trucks back up for miles as inspections slow Nogales crossing

NOGALES, Ariz. (AP) - Tractor-trailers loaded with tomatoes, cucumbers and watermelons were backed up for more than 10 miles south of the border Wednesday as stepped-up inspections slowed traffic at the Mariposa port of entry, one of the busiest produce crossings in the United States.

Drivers said they had waited as long as 14 hours on the Mexican side in Nogales, Sonora, and growers in Sinaloa and Sonora warned that millions of dollars in fresh produce could spoil if the delays continue.

"A tomato doesn't wait for politics," said Javier Ochoa, a Nogales-based produce distributor whose warehouses line the frontage road north of the port. "Every hour we lose, the quality goes down."

Customs and Border Protection said the extra inspections, which began Monday, were aimed at fentanyl smuggling and were being carried out at ports from San Diego to Brownsville, Texas. Officials in Washington declined to say how long they would last.

The slowdown has rippled through Santa Cruz County, where about a third of jobs are tied to the produce trade. Warehouses in Rio Rico sent workers home early, and truckers were sleeping in their cabs along Interstate 19 between Nogales and Tucson.

Farther west, the small crossing at Lukeville, which sits at the edge of Organ Pipe Cactus National Monument, reopened last month after being closed during a surge of migrant arrivals. Tohono O'odham Nation leaders have complained that the reopening has brought more traffic through Sells and other communities on the reservation, which straddles the border with Sonora.

In Texas, state officials said inspections were also slowing freight at Laredo and at the bridges linking El Paso with Ciudad Juarez, the manufacturing hub across the Rio Grande in the state of Chihuahua. Truckers at Eagle Pass and Del Rio reported shorter delays.

Mexico's economy ministry said in a statement from Mexico City that it had raised the issue with U.S. officials and asked for the inspections to be "proportional and temporary."

Arizona state Sen. Mark Delgado, a Democrat, called the delays "a self-inflicted wound" for a state whose produce industry supports thousands of jobs from Yuma to Willcox.

Back in Nogales, Ochoa said his company had already lost two truckloads of cantaloupes headed for Los Angeles and Chicago. "We are going to feel this for weeks," he said.

Associated Press writer Ana Lucia Herrera contributed from Mexico City.""", [
    ("NOGALES", "US", T, "US.AZ"),
    ("Ariz.", "US", A),
    ("Nogales#1,3,4,5", "US", T, "US.AZ"),
    ("Nogales#2", "MX", T, (31.31, -110.94)),
    ("Mariposa", "US", Q),
    ("United States", "US", C),
    ("Mexican", "MX", Q),
    ("Sonora", "MX", A),
    ("Sinaloa", "MX", A),
    ("U.S.", "US", C),
    ("San Diego", "US", T, "US.CA"),
    ("Brownsville", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Santa Cruz County", "US", A, "US.AZ"),
    ("Rio Rico", "US", T, "US.AZ"),
    ("Tucson", "US", T, "US.AZ"),
    ("Lukeville", "US", T, "US.AZ"),
    ("Organ Pipe Cactus National Monument", "US", N),
    ("Tohono O'odham Nation", "US", N),
    ("Sells", "US", T, "US.AZ"),
    ("Laredo", "US", T, "US.TX"),
    ("El Paso", "US", T, "US.TX"),
    ("Ciudad Juarez", "MX", T),
    ("Rio Grande", "*", N),
    ("Chihuahua", "MX", A),
    ("Eagle Pass", "US", T, "US.TX"),
    ("Del Rio", "US", T, "US.TX"),
    ("Mexico", "MX", C),
    ("Mexico City", "MX", T),
    ("Arizona", "US", A),
    ("Yuma", "US", T, "US.AZ"),
    ("Willcox", "US", T, "US.AZ"),
    ("Los Angeles", "US", T, "US.CA"),
    ("Chicago", "US", T, "US.IL"),
])

add("b", """Salmon closures on Yukon, Kuskokwim leave Alaska villages short of winter food

BETHEL, Alaska (AP) - For the fourth summer in a row, fish racks stood mostly empty along the Kuskokwim River this week after state and federal managers closed the king salmon fishery to protect a run that has fallen to record lows.

In Bethel, the hub of the Yukon-Kuskokwim Delta, families said they had put up barely a tenth of the fish they need to get through the winter, and grocery prices for flown-in chicken and beef are more than double what shoppers pay in Anchorage.

"My grandmother fished this river, my mother fished this river. Now my kids are learning to fish for whitefish instead," said Evelyn Andrew, a Yup'ik mother of four from Kwethluk, a village about 12 miles upriver.

The picture is just as bleak on the Yukon River, which flows nearly 2,000 miles from British Columbia through Canada's Yukon territory and across Alaska to the Bering Sea. Chum and king salmon returns failed again this year, and managers kept subsistence fishing closed from Emmonak, near the river's mouth, to Fort Yukon. In Canada, fishing near Dawson City and Whitehorse remains shut under a seven-year moratorium agreed with the U.S. in 2024.

Scientists blame a mix of warming water in the Bering Sea and the Gulf of Alaska, disease and changes in the food supply at sea. Tribal leaders along both rivers also point to salmon caught as bycatch by pollock trawlers operating out of Dutch Harbor, many of them owned by companies based in Seattle.

"The trawl fleet caught more chum in a week than our villages were allowed all summer," said Harold Tikiun, chief executive of the Association of Village Council Presidents in Bethel.

State officials in Juneau have asked Washington for a fisheries disaster declaration for the third time since 2021, and Alaska's congressional delegation has pressed the Commerce Department to speed up relief payments that took more than two years to reach some families last time.

Not every Alaska fishery is struggling. In Bristol Bay, fishermen based in Dillingham and Naknek landed one of the largest sockeye runs on record, and the Food Bank of Alaska in Anchorage said it was flying donated Bristol Bay salmon to villages on the Yukon and Kuskokwim.

In Fairbanks, the Tanana Chiefs Conference said it would distribute frozen fish to 37 communities in the interior.

Associated Press writer Becky Hallam contributed from Anchorage.""", [
    ("Yukon#1,6", "*", N),
    ("Yukon#4", "CA", A),
    ("Yukon River", "*", N),
    ("Kuskokwim#1,4", "US", N),
    ("Kuskokwim River", "US", N),
    ("BETHEL", "US", T, "US.AK"),
    ("Alaska", "US", A),
    ("Bethel", "US", T, "US.AK"),
    ("Yukon-Kuskokwim Delta", "US", N),
    ("Anchorage", "US", T, "US.AK"),
    ("Yup'ik", "US", Q),
    ("Kwethluk", "US", T, "US.AK"),
    ("British Columbia", "CA", A),
    ("Canada", "CA", C),
    ("Bering Sea", "*", N),
    ("Emmonak", "US", T, "US.AK"),
    ("Fort Yukon", "US", T, "US.AK"),
    ("Dawson City", "CA", T, (64.06, -139.43)),
    ("Whitehorse", "CA", T, (60.72, -135.05)),
    ("U.S.", "US", C),
    ("Gulf of Alaska", "US", N),
    ("Dutch Harbor", "US", T, "US.AK"),
    ("Seattle", "US", T, "US.WA"),
    ("Juneau", "US", T, "US.AK"),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Bristol Bay", "US", N),
    ("Dillingham", "US", T, "US.AK"),
    ("Naknek", "US", T, "US.AK"),
    ("Food Bank of Alaska", "US", Q),
    ("Fairbanks", "US", T, "US.AK"),
    ("Tanana Chiefs Conference", "US", Q),
])

add("b", """Two years after the fire, Lahaina's rebuild inches forward as housing costs push families off Maui

LAHAINA, Hawaii (AP) - The first family to move back into a rebuilt home in Lahaina's burn zone hung a lei on the front door and invited the neighbors over for poke. On most of the surrounding blocks, there were still no neighbors to invite.

Nearly two years after a wind-driven wildfire killed 102 people and destroyed more than 2,200 structures in the historic West Maui town, Maui County has issued about 600 rebuilding permits. Fewer than 40 homes have been finished.

"It's a start. It's not a recovery," said Kaniela Kahananui, who grew up on Front Street and now lives with relatives in Kahului, an hour's drive away on the other side of the West Maui Mountains.

Thousands of survivors remain scattered across the island, in rented condos in Kihei and Kaanapali, in relatives' spare rooms in Wailuku and upcountry in Kula, where a separate fire burned about two dozen homes the same day. Hundreds more have left Maui entirely for Oahu, the Big Island or the mainland, with many ending up in Las Vegas, which some residents jokingly call Hawaii's "ninth island."

Median rents in West Maui rose nearly 30% after the fire as insurers and federal agencies competed for the same few units, and a county law phasing out vacation rentals along the Kaanapali and Napili coast faces a court challenge from condo owners.

In Honolulu, state lawmakers this year approved another $200 million for temporary housing and extended a moratorium on unsolicited offers to buy land in the burn zone, after residents complained that investors from California and overseas were calling grieving families within days of the fire.

Hawaiian Electric, which agreed to pay its share of a $4 billion settlement of lawsuits over the fire, said it had installed cameras to watch for fires on Maui, the Big Island and Oahu.

On Molokai and Lanai, smaller islands within Maui County, officials said they had taken in few displaced families but had seen prices for building materials climb as contractors concentrated on the rebuild.

Back in Lahaina, the 150-year-old banyan tree at the center of town, scorched in the fire, has put out new leaves.

"People come to look at the tree," Kahananui said. "I tell them, the tree is coming back. Now we need the people."

Associated Press writer Keoni Alvarez contributed from Honolulu.""", [
    ("Lahaina", "US", T, "US.HI"),
    ("LAHAINA", "US", T, "US.HI"),
    ("Maui", "US", N),
    ("West Maui", "US", N),
    ("Maui County", "US", A, "US.HI"),
    ("Hawaii", "US", A),
    ("Front Street", "US", Q),
    ("Kahului", "US", T, "US.HI"),
    ("West Maui Mountains", "US", N),
    ("Kihei", "US", T, "US.HI"),
    ("Kaanapali", "US", T, "US.HI"),
    ("Wailuku", "US", T, "US.HI"),
    ("Kula", "US", T, "US.HI"),
    ("Oahu", "US", N),
    ("Big Island", "US", N, (19.60, -155.50)),
    ("Las Vegas", "US", T, "US.NV"),
    ("Napili", "US", T, "US.HI"),
    ("Honolulu", "US", T, "US.HI"),
    ("California", "US", A),
    ("Hawaiian Electric", "US", Q),
    ("Molokai", "US", N),
    ("Lanai", "US", N),
])

add("b", """In Quincy, data centers strain a farm town's grid as the AI boom reaches Eastern Washington

By Lauren Whitcomb
Seattle Times business reporter

QUINCY, Grant County - For two decades, this farm town on a plateau above the Columbia River sold the tech industry one thing it could not get in Seattle: cheap, clean power from the river's dams.

Now Quincy, population about 8,000, is home to more than a dozen data centers run by Microsoft, Yahoo, Sabey and others, and the artificial intelligence boom is pushing the local grid to its limits.

The Grant County Public Utility District told state regulators last month that requests for new industrial power in the county now exceed the entire output of its two dams on the Columbia, Wanapum and Priest Rapids. The utility has paused new hookups while it studies whether to build transmission lines from Moses Lake and Ephrata.

"We were a town of potato sheds and apple orchards. Now the biggest buildings for 50 miles belong to companies from Redmond and Silicon Valley," said Quincy Mayor Carlos Ruiz.

The squeeze is spreading along the river. Across the Columbia in Douglas County, East Wenatchee and Wenatchee, in Chelan County, have seen new data-center proposals stall for lack of power, and in Oregon, Google's campus in The Dalles and the Meta and Apple centers near Prineville are drawing on a grid that utilities say is nearly full. Developers have also bought land near Redmond, Ore., a half-hour south of Prineville.

Farther west, Hillsboro, outside Portland, has become one of the largest data-center markets in the country.

Eastern Washington farmers, many of whom rely on the same utilities to pump irrigation water, worry they will end up paying for the expansion. "Nobody asked the orchards," said Dale Swenson, who grows apples and cherries near George.

In Olympia, lawmakers have proposed requiring new data centers to pay for grid upgrades and report their water use. A similar bill in Idaho, where developers are eyeing sites near Boise and Pocatello, failed this year.

Researchers at Washington State University in Pullman and the University of Idaho, just across the state line in Moscow, Idaho, are studying the strain on the Columbia's hydropower.

Microsoft, based in Redmond, declined to discuss its plans in Quincy but said it was "committed to being a good neighbor in Grant County and across Washington."

Spokane's Avista Utilities and Bellevue-based Puget Sound Energy said they were fielding similar requests from companies looking to build east of the Cascades.""", [
    ("Quincy", "US", T, "US.WA"),
    ("QUINCY", "US", T, "US.WA"),
    ("Grant County", "US", A, "US.WA"),
    ("Grant County Public Utility District", "US", Q),
    ("Eastern Washington", "US", N),
    ("Columbia River", "*", N),
    ("Columbia", "*", N),
    ("Seattle", "US", T, "US.WA"),
    ("Wanapum", "US", Q),
    ("Priest Rapids", "US", Q),
    ("Moses Lake", "US", T, "US.WA"),
    ("Ephrata", "US", T, "US.WA"),
    ("Redmond#1,3", "US", T, "US.WA"),
    ("Redmond#2", "US", T, "US.OR"),
    ("Silicon Valley", "US", N),
    ("Douglas County", "US", A, "US.WA"),
    ("East Wenatchee", "US", T, "US.WA"),
    ("Wenatchee", "US", T, "US.WA"),
    ("Chelan County", "US", A, "US.WA"),
    ("Oregon", "US", A),
    ("The Dalles", "US", T, "US.OR"),
    ("Prineville", "US", T, "US.OR"),
    ("Hillsboro", "US", T, "US.OR"),
    ("Portland", "US", T, "US.OR"),
    ("George", "US", T, "US.WA"),
    ("Olympia", "US", T, "US.WA"),
    ("Idaho", "US", A),
    ("Boise", "US", T, "US.ID"),
    ("Pocatello", "US", T, "US.ID"),
    ("Washington State University", "US", Q),
    ("Pullman", "US", T, "US.WA"),
    ("University of Idaho", "US", Q),
    ("Moscow", "US", T, "US.ID"),
    ("Ore.", "US", A),
    ("Washington", "US", A),
    ("Spokane", "US", T, "US.WA"),
    ("Bellevue", "US", T, "US.WA"),
    ("Puget Sound Energy", "US", Q),
    ("Cascades", "*", N),
])

add("b", """Flooding cuts off Yellowstone's northern gateway again as river washes out road near Gardiner

GARDINER, Mont. (AP) - For the second time in three years, floodwaters on the Yellowstone River have cut off this gateway town at Yellowstone National Park's North Entrance, stranding about 700 residents and several hundred tourists.

A surge of rain falling on a late snowpack sent the river and its tributary, the Gardner River, over their banks Monday night, washing out a section of U.S. Highway 89 north of town and the park road between Gardiner and Mammoth Hot Springs, park officials said.

"We rebuilt everything after 2022 and here we go again," said Linda Halvorsen, who runs a rafting company on the river. "The water came up about a foot an hour."

Park County emergency managers said Tuesday that homes had flooded in the Paradise Valley, and the county seat of Livingston was preparing for the river to crest Wednesday. Upstream, the park closed its northern loop, including the Lamar Valley road, and rangers evacuated campers from Tower Junction.

Flooding also hit the Stillwater River near Absarokee, in Stillwater County, and Rock Creek in Red Lodge, where the Carbon County sheriff ordered people out of low-lying streets. The Beartooth Highway, which links Red Lodge with Cooke City and the park's Northeast Entrance, was closed by rockslides.

Bozeman and Billings opened shelters for stranded visitors, and the governor's office in Helena declared a state of disaster for eight counties. The National Park Service said visitors could still reach Yellowstone through its south, east and west entrances from Jackson, Wyo., Cody and West Yellowstone.

Officials in Cody, the seat of Park County, Wyo., said the rain had spared the east side of the park but that the Shoshone River was running high.

The 2022 floods forced the park to close for more than a week and caused more than $60 million in damage. Gardiner businesses, which depend almost entirely on summer tourism, are only now recovering, said Chamber of Commerce director Teresa Wolcott.

"Everybody in town remembers what that summer was like," Wolcott said. "Nobody wants to do it twice."

A spokesperson for Interior in Washington said federal emergency highway funds would be available to rebuild the road. Tourists flying into Idaho Falls and Bozeman were being advised to check road conditions before driving into the park.

Associated Press writer Riley Olsen contributed from Billings, Montana.""", [
    ("Yellowstone#1,4", "US", N),
    ("U.S.", "US", Q),
    ("Yellowstone National Park", "US", N),
    ("Yellowstone River", "US", N),
    ("Gardiner", "US", T, "US.MT"),
    ("GARDINER", "US", T, "US.MT"),
    ("Mont.", "US", A),
    ("North Entrance", "US", Q),
    ("Gardner River", "US", N),
    ("Mammoth Hot Springs", "US", N, "US.WY"),
    ("Park County#1", "US", A, "US.MT"),
    ("Park County#2", "US", A, "US.WY"),
    ("Paradise Valley", "US", N, (45.50, -110.65)),
    ("Livingston", "US", T, "US.MT"),
    ("Lamar Valley", "US", N),
    ("Tower Junction", "US", Q),
    ("Stillwater River", "US", N),
    ("Absarokee", "US", T, "US.MT"),
    ("Stillwater County", "US", A, "US.MT"),
    ("Rock Creek", "US", Q),
    ("Red Lodge", "US", T, "US.MT"),
    ("Carbon County", "US", A, "US.MT"),
    ("Beartooth Highway", "US", Q),
    ("Cooke City", "US", T, "US.MT"),
    ("Northeast Entrance", "US", Q),
    ("Bozeman", "US", T, "US.MT"),
    ("Billings", "US", T, "US.MT"),
    ("Montana", "US", A),
    ("Helena", "US", T, "US.MT"),
    ("Jackson", "US", T, "US.WY"),
    ("Wyo.", "US", A),
    ("Cody", "US", T, "US.WY"),
    ("West Yellowstone", "US", T, "US.MT"),
    ("Shoshone River", "US", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Idaho Falls", "US", T, "US.ID"),
])

add("b", """Navajo families near Church Rock still waiting on uranium cleanup, decades after spill

GALLUP, N.M. (AP) - Forty-six years after a dam at a uranium mill failed and sent 94 million gallons of radioactive waste into the Puerco River, Navajo families living near Church Rock say they are still waiting for the cleanup they were promised.

The Environmental Protection Agency said this week it had approved a plan to move about 1 million cubic yards of contaminated waste from the Northeast Church Rock mine, about 17 miles northeast of Gallup, to a disposal site outside the Navajo Nation. Work is not expected to start for at least three years.

"They have been studying us since I was a little girl," said Teracita Begay, 61, whose family has grazed sheep near the mine in McKinley County for four generations. "My mother died waiting. I don't want to die waiting."

The 1979 spill, the largest release of radioactive material in U.S. history, flowed down the Puerco past Gallup and across the state line into Arizona, near Sanders and Holbrook. It received little attention at the time compared with the accident at Three Mile Island in Pennsylvania that spring.

More than 500 abandoned uranium mines are scattered across the Navajo Nation, which covers parts of Arizona, New Mexico and Utah. Tribal officials in Window Rock, Ariz., said federal cleanup money has reached only a fraction of them, and the Navajo Nation Council has banned new uranium mining on its land since 2005.

Farther north, Navajo farmers in Shiprock are still testing irrigation water from the San Juan River a decade after the Gold King Mine spill near Silverton, Colo., turned the Animas River orange as it flowed through Durango and Farmington. San Juan County commissioners say the river has recovered, but some farmers have never gone back to planting.

Researchers at New Mexico Highlands University in Las Vegas, N.M., and the University of New Mexico in Albuquerque have found elevated uranium in the blood of some Navajo residents near old mine sites, including around Grants, once known as the uranium capital of the world.

The governor's office in Santa Fe said New Mexico would press Washington for faster action, and the office of the Navajo Nation president called the EPA plan "long overdue."

Begay said she would believe it when the trucks arrive. "Everybody comes out here, takes pictures, goes back to Santa Fe or Albuquerque," she said. "The dust stays here."

Associated Press writer Dolores Trujillo contributed from Albuquerque.""", [
    ("Navajo", "US", Q),
    ("Navajo Nation", "US", N),
    ("Navajo Nation Council", "US", Q),
    ("Church Rock", "US", T, "US.NM"),
    ("Northeast Church Rock", "US", Q),
    ("GALLUP", "US", T, "US.NM"),
    ("N.M.", "US", A),
    ("Puerco River", "US", N),
    ("Puerco", "US", N),
    ("Gallup", "US", T, "US.NM"),
    ("McKinley County", "US", A, "US.NM"),
    ("U.S.", "US", C),
    ("Arizona", "US", A),
    ("Sanders", "US", T, "US.AZ"),
    ("Holbrook", "US", T, "US.AZ"),
    ("Three Mile Island", "US", N),
    ("Pennsylvania", "US", A),
    ("New Mexico", "US", A),
    ("New Mexico Highlands University", "US", Q),
    ("University of New Mexico", "US", Q),
    ("Utah", "US", A),
    ("Window Rock", "US", T, "US.AZ"),
    ("Ariz.", "US", A),
    ("Shiprock", "US", T, "US.NM"),
    ("San Juan River", "US", N),
    ("Gold King Mine", "US", Q),
    ("Silverton", "US", T, "US.CO"),
    ("Colo.", "US", A),
    ("Animas River", "US", N),
    ("Durango", "US", T, "US.CO"),
    ("Farmington", "US", T, "US.NM"),
    ("San Juan County", "US", A, "US.NM"),
    ("Las Vegas", "US", T, "US.NM"),
    ("Albuquerque", "US", T, "US.NM"),
    ("Grants", "US", T, "US.NM"),
    ("Santa Fe", "US", T, "US.NM"),
    ("Washington", "US", T, (38.90, -77.04)),
])

# ---------------------------------------------------------------- genre c: US Midwest, South, Northeast

add("c", """Georgia Supreme Court weighs election board rules as county officials warn of certification chaos

By Kendra Whitfield

The Georgia Supreme Court on Tuesday heard arguments over whether the State Election Board overstepped its authority when it gave county election boards broad power to investigate results before certifying them, a case that election officials from Savannah to Rome say could determine whether next year's vote is counted on time.

A Fulton County Superior Court judge struck down seven of the board's rules last fall, finding that the unelected panel had tried to rewrite state law. The Republican-led board appealed, and the case drew briefs from election directors in Fulton, Cobb, DeKalb and Gwinnett counties, who warned that allowing board members to demand unlimited documents could push certification past legal deadlines.

"Our staff in Lawrenceville works 18-hour days in November as it is," said Gwinnett County elections director Andre Walton. "There is no slack in the calendar for a fishing expedition."

Lawyers for the State Election Board argued that county boards in places like Spalding and Coffee counties had been given too little information to do their jobs, and that the rules simply let members ask questions.

The dispute has played out unevenly across Georgia's 159 counties. In Athens-Clarke County, the board voted unanimously to certify the 2024 results, while in Richmond County, which includes Augusta, one Republican member voted no. Boards in Chatham County, Muscogee County and Macon-Bibb County certified on time, but in rural Dougherty County, around Albany, a member's request for voter rolls delayed certification by two days.

"What happens in Fulton gets the headlines. What happens in Dublin and Valdosta matters just as much," said Sarah Pemberton, a former elections supervisor in Floyd County who now teaches at the University of Georgia.

Civil rights groups based in Atlanta and Columbus have asked the justices to uphold the lower court, saying the rules would invite officials to second-guess results in counties with large Black populations. The U.S. Justice Department in Washington filed no brief.

The Georgia General Assembly adjourned in April without passing a bill that would have settled the question, and several legislators from metro Atlanta and coastal Georgia said they would revisit it next session if the court does not act.

A ruling is expected before the May primaries. The justices did not indicate how they were leaning, though several questioned whether the legislature had ever delegated such power to the board.

Staff writer Owen Marsh in Washington contributed to this article.""", [
    ("Georgia", "US", A),
    ("Georgia Supreme Court", "US", Q),
    ("Georgia General Assembly", "US", Q),
    ("University of Georgia", "US", Q),
    ("Savannah", "US", T, "US.GA"),
    ("Rome", "US", T, "US.GA"),
    ("Fulton County Superior Court", "US", Q),
    ("Fulton", "US", A, "US.GA"),
    ("Cobb", "US", A, "US.GA"),
    ("DeKalb", "US", A, "US.GA"),
    ("Gwinnett", "US", A, "US.GA"),
    ("Gwinnett County", "US", A, "US.GA"),
    ("Lawrenceville", "US", T, "US.GA"),
    ("Spalding", "US", A, "US.GA"),
    ("Coffee", "US", A, "US.GA"),
    ("Athens-Clarke County", "US", A, (33.95, -83.38)),
    ("Richmond County", "US", A, "US.GA"),
    ("Augusta", "US", T, "US.GA"),
    ("Chatham County", "US", A, "US.GA"),
    ("Muscogee County", "US", A, "US.GA"),
    ("Macon-Bibb County", "US", A, (32.84, -83.63)),
    ("Dougherty County", "US", A, "US.GA"),
    ("Albany", "US", T, "US.GA"),
    ("Dublin", "US", T, "US.GA"),
    ("Valdosta", "US", T, "US.GA"),
    ("Floyd County", "US", A, "US.GA"),
    ("Atlanta", "US", T, "US.GA"),
    ("Columbus", "US", T, "US.GA"),
    ("U.S.", "US", C),
    ("Washington", "US", T, (38.90, -77.04)),
])

add("c", """'It was just gone': Tornado levels homes in Mississippi Delta town, kills at least 9

ROLLING FORK, Miss. (AP) - A long-track tornado tore through the western Mississippi Delta late Friday, killing at least nine people in this small town and flattening a swath of homes, churches and grain bins before crossing into Alabama as a line of storms raced east overnight.

The National Weather Service office in Jackson said the twister was on the ground for more than 100 miles, from near the Mississippi River north of Vicksburg to Winona, and preliminarily rated it EF-4 with winds of up to 170 mph.

In Rolling Fork, a town of about 1,800 people and the seat of Sharkey County, the water tower was bent in half and the main street was littered with sheet metal and downed power lines. Rescuers from Yazoo City and Greenville worked through the night searching the rubble of a mobile home park on the north side of town.

"I heard the sirens and got in the bathtub with my grandbabies," said Mattie Sanders, 71. "When I came out, the house next door was just gone."

At least two more people were killed in Silver City, in neighboring Humphreys County, and the storm damaged homes in Belzoni and Tchula before weakening near Winona. Mississippi's governor declared a state of emergency for Sharkey, Humphreys, Holmes and Monroe counties and said he had spoken with the White House about a federal disaster declaration.

Hours later, the same storm system spawned a second tornado that struck Amory, in northeastern Mississippi, damaging the hospital and dozens of homes. Officials in Tupelo opened a shelter at the fairgrounds.

In Alabama, the storms downed trees and power lines across the northern half of the state, with damage reported in Cullman, Huntsville and Morgan County. A tornado also touched down near Monroe, La., in Ouachita Parish, on Friday afternoon as the system crossed Louisiana, injuring four people.

Forecasters in Memphis, Tennessee, said the outbreak was fueled by unusually warm, humid air off the Gulf and strong winds aloft, a setup they had warned about days in advance.

"We were already fighting to keep people here," Sharkey County Supervisor Darryl Hollins said. "Now we're fighting to keep people alive and fed."

The American Red Cross said it was sending trucks from Jackson and Memphis, and Mississippi's two U.S. senators said they would press Washington for quick aid.

Associated Press writers Sophie Bates in Jackson and Carl Whitaker in Birmingham, Alabama, contributed.""", [
    ("Mississippi Delta", "US", N),
    ("ROLLING FORK", "US", T, "US.MS"),
    ("Rolling Fork", "US", T, "US.MS"),
    ("Miss.", "US", A),
    ("Alabama", "US", A),
    ("Jackson", "US", T, "US.MS"),
    ("Mississippi River", "US", N),
    ("Mississippi", "US", A),
    ("Vicksburg", "US", T, "US.MS"),
    ("Winona", "US", T, "US.MS"),
    ("Sharkey County", "US", A, "US.MS"),
    ("Yazoo City", "US", T, "US.MS"),
    ("Greenville", "US", T, "US.MS"),
    ("Sanders", "-", N),
    ("Silver City", "US", T, "US.MS"),
    ("Humphreys County", "US", A, "US.MS"),
    ("Belzoni", "US", T, "US.MS"),
    ("Tchula", "US", T, "US.MS"),
    ("Sharkey", "US", A, "US.MS"),
    ("Humphreys", "US", A, "US.MS"),
    ("Holmes", "US", A, "US.MS"),
    ("Monroe#1", "US", A, "US.MS"),
    ("Monroe#2", "US", T, "US.LA"),
    ("White House", "US", Q),
    ("Amory", "US", T, "US.MS"),
    ("Tupelo", "US", T, "US.MS"),
    ("Cullman", "US", T, "US.AL"),
    ("Huntsville", "US", T, "US.AL"),
    ("Morgan County", "US", A, "US.AL"),
    ("La.", "US", A),
    ("Ouachita Parish", "US", A, "US.LA"),
    ("Louisiana", "US", A),
    ("Memphis", "US", T, "US.TN"),
    ("Tennessee", "US", A),
    ("Gulf", "*", N),
    ("American", "US", Q),
    ("U.S.", "US", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Birmingham", "US", T, "US.AL"),
])

add("c", """Intel's delayed Ohio chip plant leaves Licking County towns counting costs

NEW ALBANY, Ohio (AP) - Three years after Intel broke ground on what was billed as the largest private investment in Ohio history, the fields east of Columbus are crowded with cranes and half-finished concrete shells. The chips are still years away.

The company said last month it now expects its first factory in Licking County to begin production no earlier than 2030, five years later than planned, as it cuts costs and waits for demand to recover. For the towns that spent heavily to prepare, the delay has been hard to absorb.

Johnstown, a city of about 5,000 a few miles from the site, borrowed to extend water and sewer lines and hired extra police officers. Property taxes have not caught up.

"We planned for 3,000 workers showing up in 2025," said Johnstown Mayor Donna Kessler. "We got the traffic and the construction dust. We didn't get the payroll yet."

New Albany, the Franklin County suburb that annexed the land in 2022, has fared better, thanks to data centers built by Google, Amazon and Meta nearby. Newark, the county seat, and Heath, home to a new supplier park, say apartment projects are on hold.

State officials in Columbus have defended the $2 billion in incentives Ohio offered, including road work on State Route 161 and a water line from the Columbus system. Ohio development director Alan Brewer said on Tuesday that Intel had met its hiring commitments for the construction phase and that the state had clawback provisions if it walks away.

The delay has rippled across the state. Ohio State University, Ohio University in Athens and Lorain County Community College have all launched semiconductor programs, and suppliers from Dayton, Toledo and Cleveland bid on contracts tied to the plant. In Cincinnati, a chemical supplier that built a new warehouse to serve Intel said it had cut shifts.

Intel has also slowed work in Chandler, Ariz., and in Magdeburg, Germany, where it shelved a planned factory, and it has shifted some advanced production to Hillsboro, Oregon.

Local officials in neighboring Delaware County, including in Dublin and Westerville, say the wider Columbus region is still growing fast, with or without the chips.

"This is a 30-year project, not a three-year project," said Licking County Commissioner Rick Sanford. "Granville and Alexandria didn't sign up for overnight change, and honestly some folks here are relieved."

Associated Press writer Marcus Webb in Columbus contributed.""", [
    ("Ohio", "US", A),
    ("Ohio State University", "US", Q),
    ("Ohio University", "US", Q),
    ("Licking County", "US", A, "US.OH"),
    ("NEW ALBANY", "US", T, "US.OH"),
    ("New Albany", "US", T, "US.OH"),
    ("Columbus", "US", T, "US.OH"),
    ("Johnstown", "US", T, "US.OH"),
    ("Franklin County", "US", A, "US.OH"),
    ("Newark", "US", T, "US.OH"),
    ("Heath", "US", T, "US.OH"),
    ("Athens", "US", T, "US.OH"),
    ("Lorain County Community College", "US", Q),
    ("Dayton", "US", T, "US.OH"),
    ("Toledo", "US", T, "US.OH"),
    ("Cleveland", "US", T, "US.OH"),
    ("Cincinnati", "US", T, "US.OH"),
    ("Chandler", "US", T, "US.AZ"),
    ("Ariz.", "US", A),
    ("Magdeburg", "DE", T),
    ("Germany", "DE", C),
    ("Hillsboro", "US", T, "US.OR"),
    ("Oregon", "US", A),
    ("Delaware County", "US", A, "US.OH"),
    ("Dublin", "US", T, "US.OH"),
    ("Westerville", "US", T, "US.OH"),
    ("Granville", "US", T, "US.OH"),
    ("Alexandria", "US", T, "US.OH"),
])

add("c", """Transit fiscal cliff: Springfield deal would save CTA, Metra service but raise fares and sales tax

By Tomas Reyes
Chicago Tribune

Illinois lawmakers in Springfield reached a tentative deal late Wednesday to close a $770 million hole in funding for Chicago-area transit, heading off service cuts that would have eliminated dozens of CTA bus routes and Metra trains across Cook County and the collar counties.

The plan, which still needs votes in both chambers before the session ends Friday, would raise the regional sales tax by a quarter-cent in Cook, DuPage, Kane, Lake, McHenry and Will counties, add a $1.50 fee to ride-hailing trips in the city and fold the CTA, Metra and Pace into a single new authority.

"Nobody loves every piece of this," said state Rep. Marcus Lincoln, a Democrat from Evanston who helped negotiate the bill. "But without it, a nurse in Englewood and a commuter in Naperville both lose their ride."

Downstate Republicans have long objected to spending state money on Chicago transit, and House Republican leaders said members from Peoria, Rockford and Champaign wanted matching help for their bus systems. The deal includes $150 million for transit outside the six-county region, including new service between Carbondale and Springfield.

Suburban mayors were split. Aurora and Joliet, where Metra ridership has recovered fastest, supported the plan, while leaders in some Lake County towns along the lake, including Waukegan and Highland Park, said their residents would pay more for trains that run too rarely.

Lincoln said the bill also sets aside money for the long-delayed Red Line extension south of 95th Street and for safety work on the Loop elevated tracks.

Chicago's mayor praised the deal, saying it would keep trains running to O'Hare and Midway and protect the South Shore Line link to Gary, Ind., which is funded by Indiana and Chicago jointly. Indiana officials said they were reviewing the fare provisions.

Riders at the Jefferson Park station on the Northwest Side were relieved.

"I don't drive. If the Blue Line stops running at 10 at night, I lose my job," said Amira Haddad, who commutes from there to a hotel in the Loop.

Lincoln Park resident Beth Novak, who takes the Brown Line, said she was willing to pay more. "It's a quarter. It's fine."

If the deal passes, fares would rise by 25 cents in January, the first increase since 2018.

Tribune reporter Alana Fitch contributed.""", [
    ("Springfield", "US", T, "US.IL"),
    ("Chicago", "US", T, "US.IL"),
    ("Chicago Tribune", "-", N),
    ("Illinois", "US", A),
    ("Cook County", "US", A, "US.IL"),
    ("Cook", "US", A, "US.IL"),
    ("DuPage", "US", A, "US.IL"),
    ("Kane", "US", A, "US.IL"),
    ("Lake#1", "US", A, "US.IL"),
    ("McHenry", "US", A, "US.IL"),
    ("Will", "US", A, "US.IL"),
    ("Lincoln", "-", N),
    ("Evanston", "US", T, "US.IL"),
    ("Englewood", "US", N, (41.78, -87.64)),
    ("Naperville", "US", T, "US.IL"),
    ("Peoria", "US", T, "US.IL"),
    ("Rockford", "US", T, "US.IL"),
    ("Champaign", "US", T, "US.IL"),
    ("Carbondale", "US", T, "US.IL"),
    ("Aurora", "US", T, "US.IL"),
    ("Joliet", "US", T, "US.IL"),
    ("Lake County", "US", A, "US.IL"),
    ("Waukegan", "US", T, "US.IL"),
    ("Highland Park", "US", T, "US.IL"),
    ("Loop", "US", N, (41.88, -87.63)),
    ("O'Hare", "US", Q),
    ("Midway", "US", Q),
    ("South Shore Line", "-", N),
    ("Gary", "US", T, "US.IN"),
    ("Ind.", "US", A),
    ("Indiana", "US", A),
    ("Jefferson Park", "US", N, (41.97, -87.76)),
    ("Northwest Side", "US", N),
    ("Lincoln Park", "US", N, (41.92, -87.65)),
])

add("c", """Copper-nickel mine near Boundary Waters wins key federal ruling, reigniting Ely's oldest fight

By Anna Lindgren
Star Tribune

ELY, MINN. - A federal judge in Washington on Monday reinstated two mineral leases held by Twin Metals Minnesota, reviving a proposed underground copper-nickel mine on the edge of the Boundary Waters Canoe Area Wilderness and reopening a fight that has divided this northern Minnesota town for more than a decade.

The leases cover land in the Superior National Forest along Birch Lake, about 10 miles southeast of Ely, in a watershed that drains north through the Kawishiwi River into the Boundary Waters and across the border into Quetico Provincial Park in Ontario.

"This is about jobs on the Iron Range, and about whether we're going to mine the metals America needs here or in China," said Babbitt Mayor Gary Tomsich, whose town sits a few miles from the deposit.

In Ely, where outfitters and canoe guides make up a large part of the economy, many see it differently. "One leak and the lakes that bring 150,000 paddlers here every year are gone," said Karin Nyberg, whose family has guided trips out of Ely since the 1960s.

Twin Metals is owned by the Chilean mining company Antofagasta. The company said it would submit a new mine plan to the U.S. Forest Service and the Minnesota Department of Natural Resources in St. Paul within a year.

The governor's office said it would review the ruling, and environmental groups vowed to appeal. Minnesota's congressional delegation split along familiar lines, with the Republican whose district includes the Iron Range and Duluth praising the decision and Minneapolis Democrats calling it a threat to the state's most famous wilderness.

The taconite mines around Hibbing, Eveleth and Virginia, Minn., employ about 4,000 people, and union leaders in Virginia said the new project could add several hundred more.

Downstream, the concerns cross the border. Officials in Ontario and Ottawa have raised the Boundary Waters with Washington under the 1909 treaty that governs shared waters, and Canadian outfitters in Atikokan, which borders Quetico, say their business depends on clean lakes.

Closer to Lake Superior, leaders in Two Harbors and in St. Louis County and Lake County said they would watch for how mine waste would be stored. A separate plan by the company to process ore near Duluth or Superior, Wis., has not been filed.

Staff writer Erik Sundby contributed to this report from St. Paul.""", [
    ("Boundary Waters Canoe Area Wilderness", "US", N),
    ("Boundary Waters", "*", N),
    ("Ely", "US", T, "US.MN"),
    ("ELY", "US", T, "US.MN"),
    ("MINN.", "US", A),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Twin Metals Minnesota", "US", Q),
    ("Minnesota", "US", A),
    ("Minnesota Department of Natural Resources", "US", Q),
    ("Superior National Forest", "US", N),
    ("Birch Lake", "US", N, (47.75, -91.75)),
    ("Kawishiwi River", "US", N),
    ("Quetico Provincial Park", "CA", N),
    ("Quetico", "CA", N),
    ("Ontario", "CA", A),
    ("Iron Range", "US", N),
    ("America", "US", C),
    ("China", "CN", C),
    ("Babbitt", "US", T, "US.MN"),
    ("Chilean", "CL", Q),
    ("Antofagasta", "-", N),
    ("U.S.", "US", Q),
    ("St. Paul", "US", T, "US.MN"),
    ("Duluth", "US", T, "US.MN"),
    ("Minneapolis", "US", T, "US.MN"),
    ("Hibbing", "US", T, "US.MN"),
    ("Eveleth", "US", T, "US.MN"),
    ("Virginia", "US", T, "US.MN"),
    ("Minn.", "US", A),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Canadian", "CA", Q),
    ("Atikokan", "CA", T, (48.76, -91.62)),
    ("Lake Superior", "*", N),
    ("Two Harbors", "US", T, "US.MN"),
    ("St. Louis County", "US", A, "US.MN"),
    ("Lake County", "US", A, "US.MN"),
    ("Superior", "US", T, "US.WI"),
    ("Wis.", "US", A),
])

add("c", """After decades of talk, passenger trains from Boston to Springfield and Pittsfield get a start date

By Nora Callahan
Globe Staff

State transportation officials said Thursday that daily passenger trains between Boston and Springfield will begin running by the end of 2027, a milestone for a project that Western Massachusetts leaders have pushed for more than 20 years.

The first phase of the long-promised East-West rail line will add two round trips a day between South Station and Springfield's Union Station, with stops in Framingham, Worcester and Palmer, using existing CSX freight tracks upgraded with $108 million from a federal grant announced in Washington last year.

"For people in Springfield, Boston has always felt farther away than it is," said Springfield City Councilor Luis Figueroa. "This changes where people can live and work."

Later phases would extend service west through the Berkshires to Pittsfield, and possibly on to Albany, N.Y., where passengers could connect with trains to New York City and Buffalo.

Officials on Beacon Hill say better rail links could ease the state's housing crunch by letting workers priced out of Boston, Cambridge and Somerville live in cheaper cities such as Holyoke, Chicopee and Westfield. Springfield already has direct trains south to Hartford and New Haven, Conn., on the Hartford Line, and north through Northampton and Greenfield toward Vermont on Amtrak's Valley Flyer and Vermonter.

Not everyone is convinced. Some legislators from the Merrimack Valley and the South Coast say the state has yet to finish fixing the MBTA, and that Lowell, Lawrence and Haverhill commuters, as well as new riders in Fall River and New Bedford, should come first.

Cape Cod officials, meanwhile, want the summer CapeFLYER weekend service from Boston to Hyannis to run year-round, and Rhode Island has asked for more frequent trains between Providence and Boston.

The state's transportation secretary said the state would apply for more federal money to extend the project toward Pittsfield, though she acknowledged the outlook in Washington was uncertain.

In Pittsfield, where the only passenger service to Boston is a single daily Amtrak train, the news drew a shrug from some residents.

"I'll believe it when I'm sitting on it," said Dana Morrissey, 62, who works at a hospital in Pittsfield and drives to see her daughter in Worcester twice a month. "But if it comes, I'll ride it."

Globe correspondent Jess Aldana contributed to this report.""", [
    ("Boston", "US", T, "US.MA"),
    ("Springfield", "US", T, "US.MA"),
    ("Pittsfield", "US", T, "US.MA"),
    ("Western Massachusetts", "US", N),
    ("South Station", "US", Q),
    ("Union Station", "US", Q),
    ("Framingham", "US", T, "US.MA"),
    ("Worcester", "US", T, "US.MA"),
    ("Palmer", "US", T, "US.MA"),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Berkshires", "US", N),
    ("Albany", "US", T, "US.NY"),
    ("N.Y.", "US", A),
    ("New York City", "US", T, "US.NY"),
    ("Buffalo", "US", T, "US.NY"),
    ("Beacon Hill", "US", N, (42.358, -71.067)),
    ("Cambridge", "US", T, "US.MA"),
    ("Somerville", "US", T, "US.MA"),
    ("Holyoke", "US", T, "US.MA"),
    ("Chicopee", "US", T, "US.MA"),
    ("Westfield", "US", T, "US.MA"),
    ("Hartford", "US", T, "US.CT"),
    ("Hartford Line", "-", N),
    ("New Haven", "US", T, "US.CT"),
    ("Conn.", "US", A),
    ("Northampton", "US", T, "US.MA"),
    ("Greenfield", "US", T, "US.MA"),
    ("Vermont", "US", A),
    ("Vermonter", "-", N),
    ("Merrimack Valley", "US", N),
    ("South Coast", "US", N),
    ("Lowell", "US", T, "US.MA"),
    ("Lawrence", "US", T, "US.MA"),
    ("Haverhill", "US", T, "US.MA"),
    ("Fall River", "US", T, "US.MA"),
    ("New Bedford", "US", T, "US.MA"),
    ("Cape Cod", "US", N),
    ("Hyannis", "US", T, "US.MA"),
    ("Rhode Island", "US", A),
    ("Providence", "US", T, "US.RI"),
])

add("c", """Lake-effect storm buries Buffalo's southern suburbs under 5 feet of snow; Bills game moved to Detroit

BUFFALO, N.Y. (AP) - A stubborn band of lake-effect snow off Lake Erie dumped more than 5 feet on parts of western New York by Sunday morning, burying cars in Hamburg and Orchard Park, closing a long stretch of the New York State Thruway and forcing the NFL to move the Buffalo Bills' home game to Detroit.

The heaviest totals were in the Southtowns: 66 inches in Hamburg, 61 in Orchard Park and 58 in West Seneca, according to the National Weather Service office in Buffalo. A few miles north, downtown Buffalo and Amherst saw barely a dusting, a contrast typical of the narrow bands that form when frigid air crosses the still-warm lake.

Erie County officials declared a state of emergency and banned driving in Lackawanna, Hamburg, Orchard Park, West Seneca and the rural towns of Boston and Eden, where plows struggled to keep a single lane open. At least two deaths were blamed on the storm, both men who collapsed while shoveling in Cheektowaga and Lackawanna, the county said.

"We've had big storms before, but this one just parked on top of us," said Hamburg town supervisor Kathleen Wozniak. "We're measuring snow in feet, not inches."

The governor's office in Albany sent 300 National Guard members and heavy equipment from Rochester and Syracuse to help dig out, and the Thruway Authority closed the highway between Exit 46 near Rochester and the Pennsylvania line for most of Saturday.

The Bills' game against the Cleveland Browns, scheduled for Sunday at Highmark Stadium in Orchard Park, was moved to Ford Field in Detroit, the second time in three seasons that snow has chased the team out of town.

Off Lake Ontario, a second band hit the Tug Hill Plateau, where the hamlet of Redfield in Oswego County recorded 48 inches, and snow fell at 3 inches an hour in Watertown on Saturday afternoon.

The storm spared most of southern Ontario, though Fort Erie, across the Niagara River from Buffalo, reported 14 inches. In Pennsylvania, Erie, Pa., got nearly 2 feet, and Chautauqua County, in the far southwestern corner of New York, closed schools in Jamestown and Dunkirk on Monday.

Forecasters said the band would drift north on Monday, bringing heavier snow to Niagara Falls and the northern suburbs before weakening.

Associated Press writer Evan Kowalski contributed from Buffalo.""", [
    ("Buffalo", "US", T, "US.NY"),
    ("Buffalo Bills", "-", N),
    ("Bills", "-", N),
    ("BUFFALO", "US", T, "US.NY"),
    ("N.Y.", "US", A),
    ("Lake Erie", "*", N),
    ("New York", "US", A),
    ("New York State Thruway", "US", Q),
    ("Hamburg", "US", T, "US.NY"),
    ("Orchard Park", "US", T, "US.NY"),
    ("Detroit", "US", T, "US.MI"),
    ("Southtowns", "US", N),
    ("West Seneca", "US", T, "US.NY"),
    ("Amherst", "US", T, "US.NY"),
    ("Erie County", "US", A, "US.NY"),
    ("Lackawanna", "US", T, "US.NY"),
    ("Boston", "US", T, "US.NY"),
    ("Eden", "US", T, "US.NY"),
    ("Cheektowaga", "US", T, "US.NY"),
    ("Albany", "US", T, "US.NY"),
    ("Rochester", "US", T, "US.NY"),
    ("Syracuse", "US", T, "US.NY"),
    ("Pennsylvania", "US", A),
    ("Cleveland Browns", "-", N),
    ("Highmark Stadium", "US", Q),
    ("Ford Field", "US", Q),
    ("Lake Ontario", "*", N),
    ("Tug Hill Plateau", "US", N),
    ("Redfield", "US", T, "US.NY"),
    ("Oswego County", "US", A, "US.NY"),
    ("Watertown", "US", T, "US.NY"),
    ("Ontario", "CA", A),
    ("Fort Erie", "CA", T, (42.90, -78.93)),
    ("Niagara River", "*", N),
    ("Erie", "US", T, "US.PA"),
    ("Pa.", "US", A),
    ("Chautauqua County", "US", A, "US.NY"),
    ("Jamestown", "US", T, "US.NY"),
    ("Dunkirk", "US", T, "US.NY"),
    ("Niagara Falls", "US", T, "US.NY"),
])

add("c", """Moss kicks Alabama past Tennessee 27-24 with 3 seconds left

TUSCALOOSA, Ala. (AP) - Caden Moss spent his Friday nights in high school kicking field goals in Paris, Texas, in front of a few thousand people. On Saturday he did it in front of 101,000.

The freshman hit a 46-yard field goal with 3 seconds left, and No. 8 Alabama rallied past No. 12 Tennessee 27-24 at Bryant-Denny Stadium in the latest edition of the Third Saturday in October.

"My high school coach texted me this morning and said, 'It's just another kick,'" Moss said. "It was not just another kick."

Tennessee led 24-17 early in the fourth quarter after quarterback Drew Whitfield, a junior from Cleveland, Tennessee, threw his third touchdown pass, a 31-yarder to Marcus Hale. But Alabama tied it on a 9-yard run by Jaylen Carter, a sophomore from Mobile, Alabama, with 5:40 to play, and the Crimson Tide defense forced a three-and-out on Tennessee's final full possession.

Alabama quarterback Isaiah Brooks, who grew up in Hoover, just south of Birmingham, completed 22 of 31 passes for 268 yards, and linebacker DeShawn Moore of Jackson, Tennessee, had 11 tackles and a sack against his home-state team.

"Everybody back home was texting me all week about this game," Moore said. "I had to block my cousins."

The Volunteers (5-2, 2-2 Southeastern Conference) had won two of the last three meetings, including a 2022 upset in Knoxville that ended with fans tearing down the goal posts at Neyland Stadium and throwing them into the Tennessee River.

Thousands of orange-clad fans made the 300-mile drive down Interstate 59 through Chattanooga and Birmingham, and a Tennessee flag flew over the Strip near campus for most of the afternoon.

Tennessee's coach said his team "let one get away," and the Vols return home to face Kentucky next Saturday.

Alabama (6-1, 4-1) travels to Baton Rouge on Nov. 8 to face LSU, with a possible spot in the SEC championship game in Atlanta at stake.

Moss, who chose Alabama over offers from Texas A&M and Arkansas, said he had not checked his phone since the kick.

"My mom's probably crying somewhere in Paris," he said, laughing. "Paris, Texas, I mean."

___

AP college football: https://apnews.com/hub/ap-top25-college-football-poll""", [
    ("TUSCALOOSA", "US", T, "US.AL"),
    ("Ala.", "US", A),
    ("Paris", "US", T, "US.TX"),
    ("Texas#1,3", "US", A),
    ("Texas A&M", "-", N),
    ("Alabama#1,2,3,5,6,7", "US", Q),
    ("Alabama#4", "US", A),
    ("Tennessee#1,2,3,5,8,9", "US", Q),
    ("Tennessee#4,6", "US", A),
    ("Bryant-Denny Stadium", "US", Q),
    ("Cleveland", "US", T, "US.TN"),
    ("Mobile", "US", T, "US.AL"),
    ("Hoover", "US", T, "US.AL"),
    ("Birmingham", "US", T, "US.AL"),
    ("Jackson", "US", T, "US.TN"),
    ("Knoxville", "US", T, "US.TN"),
    ("Neyland Stadium", "US", Q),
    ("Tennessee River", "US", N),
    ("Chattanooga", "US", T, "US.TN"),
    ("Kentucky", "US", Q),
    ("Strip", "US", Q),
    ("Baton Rouge", "US", T, "US.LA"),
    ("Atlanta", "US", T, "US.GA"),
    ("Arkansas", "US", Q),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
