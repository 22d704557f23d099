"""World-news held-out set "oceania": Australia, New Zealand and the Pacific islands.

40 realistic news articles (150-350 words each) in the styles of Australian, New Zealand and
Pacific outlets (AAP, ABC News, Guardian Australia, Sydney Morning Herald, Courier-Mail, The West
Australian, NZ Herald, Stuff, RNZ, Otago Daily Times, Fiji Times, PNG Post-Courier, Islands
Business). The events are invented; every place named is real. Written by a helper session that
read neither geomap's source (geomap/) nor any other set's cases.py; geomap was never run on it.

Genres (GENRES letters):
  a (14 articles): Australia's cities and states (Sydney, Melbourne, Brisbane, Perth, Adelaide,
    Hobart, Darwin, Canberra, Newcastle, the Gold Coast): fires, floods, courts, transport,
    health, state politics, sport, mining business.
  b (13 articles): regional and rural Australia (the Kimberley, the Pilbara, Far North
    Queensland, the Murray-Darling, the Grampians, the Northern Rivers) and New Zealand
    (Hawke's Bay, the West Coast, Whanganui, South Auckland, Otago, Northland, Super Rugby).
  c (13 articles): the Pacific islands, Papua New Guinea and Timor-Leste.

Conventions:
  - kinds: C country; A admin-1/admin-2/region (states and territories, NZ regions, councils,
    shires and LGAs, PNG/Solomons/Timor-Leste provinces and municipalities, named regions such
    as "the Pilbara", "the Hunter", "Far North Queensland", "Central Otago"); T city, town,
    village or suburb; N any kind (rivers, lakes, islands, island groups, national parks,
    mountains, seas, dams, "the Pacific", and dependent territories such as New Caledonia,
    the Cook Islands, Niue, Guam and the autonomous region of Bougainville).
  - Places used for their government ("Canberra said", "Wellington", "Beijing") are places.
  - Demonyms and adjectives ("Fijian", "Queenslander", "Kiwi", "ni-Vanuatu", "Kanak") are Q
    with their country: not counted.
  - Teams, firms, stadiums, airports, hospitals, universities, storms and people named after
    places (Melbourne Storm, Brisbane Broncos, Canterbury Crusaders, Wellington Phoenix, PNG
    Hunters, Fortescue, Rio Tinto, Woodside, Optus Stadium, John Hunter Hospital, Cyclone
    Gabrielle, the Sydney Morning Herald...) are "-": any result there is spurious.
  - Councils and shires are places, listed as A with their full name as the outlet writes it
    ("Shire of Broome", "Whanganui District Council", "Yarra City Council", "Town of Port
    Hedland"), also when the council acts (a place used for its government). Other government
    bodies, police forces, courts and agencies whose name contains a place ("Victoria Police",
    "Queensland Police Service", "Hunter New England Health", "Manukau District Court") are Q
    with their country; so are highways, streets and railway lines ("Bruce Highway", "Armadale
    line"). Place-name compounds ("Townsville-born", "London-based") count as the place.
  - State of Origin team names ("Queensland", "NSW" as the teams) are Q AU; the states are A.
  - hints: (lat, lon) of the GeoNames entry (within 40 km) for towns and suburbs whose names
    recur elsewhere (Perth, Newcastle, Richmond, Hamilton, Wellington, Nelson, Darwin, Ipswich,
    Palmerston, Hastings, Gisborne, Springwood...); no hint for states and countries.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: Australian cities and states

add("a", """Blue Mountains residents told to leave as fire jumps containment lines

By AAP reporters

SYDNEY (AAP) - Hundreds of residents in the lower Blue Mountains have been told to leave their homes after a bushfire burning west of Sydney jumped containment lines on Tuesday afternoon, driven by hot north-westerly winds.

The Rural Fire Service issued an emergency warning for Winmalee, Yellow Rock and parts of Springwood, with the fire front about two kilometres from homes on the edge of Blue Mountains National Park.

Evacuation centres were opened at Penrith and at the Richmond showground in the Hawkesbury, while the Great Western Highway was closed in both directions between Blaxland and Katoomba.

"Conditions are deteriorating very quickly and people need to act now," an RFS spokeswoman said.

Temperatures reached 44C at Penrith, the hottest place in NSW on Tuesday, and 41C at Parramatta, while the Bureau of Meteorology warned of dry lightning across the Central Tablelands around Lithgow and Bathurst.

Trains on the Blue Mountains Line were suspended west of Emu Plains and smoke blanketed Sydney's CBD, drifting as far south as Wollongong.

Premier Chris Minns said aircraft and crews from Victoria and Queensland were on their way, and a large air tanker based in Canberra had been diverted to the fire.

Total fire bans are in place for Greater Sydney, the Illawarra and the Hunter until midnight on Wednesday.""", [
    ("SYDNEY", "AU", T, (-33.868, 151.207)),
    ("Blue Mountains", "AU", N),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("Winmalee", "AU", T, (-33.678, 150.612)),
    ("Yellow Rock", "AU", T, (-33.699, 150.635)),
    ("Springwood", "AU", T, (-33.700, 150.550)),
    ("Blue Mountains National Park", "AU", N),
    ("Penrith", "AU", T, (-33.750, 150.700)),
    ("Richmond", "AU", T, (-33.600, 150.751)),
    ("Hawkesbury", "AU", A),
    ("Great Western Highway", "AU", Q),
    ("Blaxland", "AU", T, (-33.750, 150.600)),
    ("Katoomba", "AU", T),
    ("NSW", "AU", A),
    ("Parramatta", "AU", T),
    ("Central Tablelands", "AU", A),
    ("Lithgow", "AU", T),
    ("Bathurst", "AU", T, (-33.417, 149.581)),
    ("Blue Mountains Line", "AU", Q),
    ("Emu Plains", "AU", T),
    ("Wollongong", "AU", T),
    ("Victoria", "AU", A),
    ("Queensland", "AU", A),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Greater Sydney", "AU", A),
    ("Illawarra", "AU", A),
    ("Hunter", "AU", A),
])

add("a", """Man jailed for nine years over Footscray station machete attack

By Court reporter

MELBOURNE (AAP) - A Sunshine man who attacked two teenagers with a machete outside Footscray railway station has been jailed for nine years.

Tane Whitcombe, 24, pleaded guilty in the County Court of Victoria to two counts of intentionally causing serious injury over the attack in Melbourne's inner west in March last year.

The court heard Whitcombe had driven from Werribee to Footscray after an argument on social media with one of the boys, a 16-year-old from St Albans.

After the attack he fled along the Princes Freeway towards Geelong and was arrested by Victoria Police at a service station at Lara about two hours later. A machete was found in the Maribyrnong River the following week.

Judge Amanda Fox said the attack, carried out in front of commuters waiting for trains to Sunbury and Williamstown, had caused "terror in a busy public place".

The court heard Whitcombe was born in New Zealand, moved to Ballarat with his mother as a child and later lived in Bendigo before settling in Melbourne's west. His lawyer said he was likely to be deported to Auckland at the end of his sentence under section 501 of the Migration Act.

Both victims have since recovered, although one told the court he no longer felt safe catching the train through Sunshine or Footscray at night.

Whitcombe will be eligible for parole after six years.""", [
    ("Footscray", "AU", T, (-37.800, 144.900)),
    ("MELBOURNE", "AU", T, (-37.814, 144.963)),
    ("Sunshine", "AU", T, (-37.783, 144.833)),
    ("County Court of Victoria", "AU", Q),
    ("Melbourne", "AU", T, (-37.814, 144.963)),
    ("Werribee", "AU", T, (-37.900, 144.667)),
    ("St Albans", "AU", T, (-37.745, 144.800)),
    ("Princes Freeway", "AU", Q),
    ("Geelong", "AU", T, (-38.147, 144.361)),
    ("Victoria Police", "AU", Q),
    ("Lara", "AU", T, (-38.024, 144.406)),
    ("Maribyrnong River", "AU", N),
    ("Sunbury", "AU", T, (-37.577, 144.726)),
    ("Williamstown", "AU", T, (-37.864, 144.900)),
    ("New Zealand", "NZ", C),
    ("Ballarat", "AU", T, (-37.566, 143.850)),
    ("Bendigo", "AU", T, (-36.758, 144.280)),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
])

add("a", """Brisbane River suburbs brace as Wivenhoe releases increase

By Courier-Mail staff

BRISBANE - Low-lying suburbs along the Brisbane River are bracing for minor to moderate flooding after Seqwater increased releases from Wivenhoe Dam overnight, following two days of torrential rain across South East Queensland.

The Bureau of Meteorology said the river was expected to peak at the Brisbane City gauge at about 2.1 metres on Thursday morning's high tide, with Rocklea, Oxley and Goodna likely to see water over roads.

Ipswich mayor Teresa Harding said sandbag stations had opened at Ipswich and Bundamba and warned residents near the Bremer River that the peak at the David Trumpy Bridge could come before dawn.

Upstream, the Lockyer Valley was again cut off, with the Warrego Highway closed at Gatton and flooding reported in Grantham and Laidley. Toowoomba recorded 180mm in 24 hours.

South of the city, Logan residents were told to avoid the Logan River, which had broken its banks at Waterford, while on the Gold Coast the Nerang River was rising.

Premier David Crisafulli said the state was better prepared than in 2011 and 2022. "Queenslanders know what to do. Listen to the warnings, and if it's flooded, forget it," he said.

About 40,000 homes across Brisbane, Ipswich and Logan were without power on Wednesday evening.""", [
    ("Brisbane River", "AU", N),
    ("Wivenhoe Dam", "AU", N),
    ("Wivenhoe", "AU", N),
    ("BRISBANE", "AU", T, (-27.468, 153.028)),
    ("South East Queensland", "AU", A),
    ("Brisbane City", "AU", Q),
    ("Rocklea", "AU", T, (-27.539, 153.004)),
    ("Oxley", "AU", T, (-27.555, 152.975)),
    ("Goodna", "AU", T, (-27.610, 152.899)),
    ("Ipswich", "AU", T, (-27.623, 152.761)),
    ("Bundamba", "AU", T, (-27.61, 152.81)),
    ("Bremer River", "AU", N),
    ("David Trumpy Bridge", "AU", Q),
    ("Lockyer Valley", "AU", A),
    ("Warrego Highway", "AU", Q),
    ("Gatton", "AU", T, (-27.559, 152.276)),
    ("Grantham", "AU", T, (-27.579, 152.202)),
    ("Laidley", "AU", T, (-27.633, 152.39)),
    ("Toowoomba", "AU", T, (-27.561, 151.954)),
    ("Logan", "AU", N, (-27.68, 153.10)),
    ("Logan River", "AU", N),
    ("Waterford", "AU", T, (-27.69, 153.13)),
    ("Gold Coast", "AU", T, (-28.000, 153.431)),
    ("Nerang River", "AU", N),
    ("Queenslanders", "AU", Q),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
])

add("a", """Ellenbrook line passes a million trips as Metronet turns to Byford

By State political reporter

PERTH (The West Australian) - The Ellenbrook line has carried its millionth passenger less than a year after opening, the WA Government says, as work on the Byford extension of the Armadale line enters its final stage.

Transport Minister Rita Saffioti said trains between Perth and Ellenbrook, which stop at Morley, Noranda, Malaga and Whiteman, were carrying about 8000 people a day.

"For 20 years people in Ellenbrook were told they'd get a train one day. Now they have one," she said.

The $1.1 billion Byford project will extend the Armadale line 8km south, with trains expected to run from Byford to Perth by the end of the year. Level crossings at Armadale and Kelmscott have already been removed.

Opposition transport spokesman Peter Rundle said the government had neglected the northern suburbs, pointing to crowding on the Yanchep line between Joondalup and the city and delays on the Mandurah line through Rockingham and Kwinana.

The state budget also includes $400 million for a new bus interchange in Midland and planning money for a light rail link from Fremantle to Murdoch, a project Canberra has so far declined to co-fund.

The Swan River ferry service between Elizabeth Quay and South Perth will get two new vessels.

Western Australia's population grew faster than any other state last year, with most of the growth in Perth's outer suburbs.""", [
    ("Ellenbrook line", "AU", Q),
    ("Ellenbrook", "AU", T, (-31.767, 115.969)),
    ("Byford extension", "AU", Q),
    ("Byford project", "AU", Q),
    ("Byford", "AU", T, (-32.221, 116.009)),
    ("PERTH", "AU", T, (-31.952, 115.861)),
    ("West Australian", "-", N),
    ("WA Government", "AU", Q),
    ("Armadale line", "AU", Q),
    ("Armadale", "AU", T, (-32.146, 116.009)),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Morley", "AU", T, (-31.888, 115.910)),
    ("Noranda", "AU", T, (-31.874, 115.898)),
    ("Malaga", "AU", T, (-31.857, 115.894)),
    ("Whiteman", "AU", T, (-31.83, 115.94)),
    ("Kelmscott", "AU", T, (-32.124, 116.026)),
    ("Yanchep line", "AU", Q),
    ("Joondalup", "AU", T, (-31.744, 115.768)),
    ("Mandurah line", "AU", Q),
    ("Rockingham", "AU", T, (-32.277, 115.730)),
    ("Kwinana", "AU", T, (-32.230, 115.781)),
    ("Midland", "AU", T, (-31.889, 116.011)),
    ("Fremantle", "AU", T, (-32.056, 115.746)),
    ("Murdoch", "AU", T, (-32.07, 115.84)),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Swan River", "AU", N),
    ("Elizabeth Quay", "AU", Q),
    ("South Perth", "AU", T, (-31.98, 115.86)),
    ("Western Australia", "AU", A),
])

add("a", """SA pledges $500m to keep Whyalla steelworks running

By Political reporter

ADELAIDE (AAP) - The South Australian government will spend up to $500 million to keep the Whyalla steelworks operating while it searches for a new owner, Premier Peter Malinauskas has announced.

The steelworks, which employs about 1500 people directly and supports thousands more across the Upper Spencer Gulf, was placed into administration last month after its London-based owner fell behind on payments to creditors.

"Whyalla is not a town we are going to let die," Mr Malinauskas told reporters in Adelaide on Wednesday. "Without steelmaking, Port Augusta and Port Pirie would feel it too."

The package includes money to repair the blast furnace and to keep iron ore moving from mines in the Middleback Ranges to the port on Spencer Gulf.

Canberra has pledged a matching amount, and the Prime Minister is expected to visit Whyalla on Friday.

Opposition leader Vincent Tarzia said the government had been too slow to act and questioned why regional areas such as Mount Gambier and the Eyre Peninsula were waiting on hospital upgrades while money went to a single company.

Union officials said workers had been told to expect no redundancies before Christmas. Some apprentices have already moved to Adelaide's northern suburbs, with jobs at the submarine yard at Osborne near Port Adelaide and at defence contractors in Salisbury and Elizabeth.

The administrators said they had received expressions of interest from buyers in India, Japan and South Korea.""", [
    ("SA", "AU", A),
    ("South Australian", "AU", Q),
    ("Whyalla", "AU", T, (-33.033, 137.565)),
    ("ADELAIDE", "AU", T, (-34.929, 138.599)),
    ("Upper Spencer Gulf", "AU", A),
    ("London", "GB", T, (51.507, -0.128)),
    ("Adelaide", "AU", T, (-34.929, 138.599)),
    ("Port Augusta", "AU", T, (-32.496, 137.773)),
    ("Port Pirie", "AU", T, (-33.192, 138.017)),
    ("Middleback Ranges", "AU", N),
    ("Spencer Gulf", "AU", N),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Mount Gambier", "AU", T, (-37.832, 140.779)),
    ("Eyre Peninsula", "AU", N),
    ("Osborne", "AU", T, (-34.80, 138.50)),
    ("Port Adelaide", "AU", T, (-34.846, 138.503)),
    ("Salisbury", "AU", T, (-34.767, 138.633)),
    ("Elizabeth", "AU", T, (-34.720, 138.670)),
    ("India", "IN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
])

add("a", """Macquarie Point stadium vote splits Tasmanian parliament

By Tasmanian political reporter

HOBART (ABC News) - Tasmania's parliament has narrowly approved the $945 million stadium at Macquarie Point on the Hobart waterfront, clearing the way for the Tasmania Devils to join the AFL in 2028.

The 18-17 vote in the House of Assembly came after two crossbenchers from the north of the state switched sides, on the promise of upgrades to UTAS Stadium in Launceston and new funding for hospitals in Burnie and Devonport.

"This is a once-in-a-generation project for all of Tasmania, not just for Hobart," Premier Jeremy Rockliff said.

Opponents argue the roofed stadium, to be built on the edge of the Derwent River next to the Cenotaph and the Regatta Grounds, will dominate the skyline and leave taxpayers paying for cost blowouts. Bellerive Oval, across the river at Bellerive, currently hosts AFL and cricket in the south.

Glenorchy mayor Bec Thomas welcomed the result but said residents in Glenorchy, Bridgewater and Kingston needed better public transport to reach the venue.

The AFL, which has its headquarters in Melbourne, made a roofed stadium a condition of the licence it granted the state in 2023. Canberra has committed $240 million to the wider Macquarie Point precinct.

A Tasmanian Planning Commission report last year found the benefits of the stadium would not outweigh its costs. Protesters gathered outside Parliament House and on the lawns at Salamanca Place.

The Devils will play their first matches at York Park in Launceston and at Bellerive while the stadium is built.""", [
    ("Tasmanian", "AU", Q),
    ("Tasmanian Planning Commission", "AU", Q),
    ("HOBART", "AU", T, (-42.879, 147.329)),
    ("Tasmania", "AU", A),
    ("Macquarie Point", "AU", N, (-42.88, 147.336)),
    ("Hobart", "AU", T, (-42.879, 147.329)),
    ("Tasmania Devils", "-", N),
    ("UTAS Stadium", "-", N),
    ("Launceston", "AU", T, (-41.439, 147.135)),
    ("Burnie", "AU", T, (-41.056, 145.904)),
    ("Devonport", "AU", T, (-41.177, 146.352)),
    ("Derwent River", "AU", N),
    ("Regatta Grounds", "AU", Q),
    ("Bellerive Oval", "-", N),
    ("Bellerive", "AU", T, (-42.875, 147.370)),
    ("Glenorchy", "AU", T, (-42.833, 147.276)),
    ("Bridgewater", "AU", T, (-42.735, 147.228)),
    ("Kingston", "AU", T, (-42.976, 147.304)),
    ("Melbourne", "AU", T, (-37.814, 144.963)),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Salamanca Place", "AU", Q),
    ("York Park", "-", N),
])

add("a", """Alice Springs curfew extended as NT government weighs youth crime laws

By NT reporter

DARWIN (ABC News) - A snap youth curfew in the Alice Springs CBD will be extended for another fortnight, NT Police have confirmed, after a weekend of break-ins and car thefts in the town.

Police Commissioner Martin Dole said officers from Darwin, Katherine and Tennant Creek had been sent south to support local police, and that extra patrols would be run in the town camps and along the Stuart Highway.

The Northern Territory's Chief Minister, Lia Finocchiaro, said the government would introduce laws this month to lower the age of criminal responsibility back to 10 and to expand the use of the Don Dale Youth Detention Centre in Berrimah.

"People in Alice Springs, in Palmerston, in the northern suburbs of Darwin, they want to feel safe in their homes," she said.

Aboriginal community leaders in Central Australia said the curfew was a short-term fix. Leaders from Yuendumu and Hermannsburg, west of the town, said young people needed jobs and programs on country, not more cells.

Property crime has also risen in the Top End. Police said there had been a spike in car thefts in Casuarina and Palmerston, and community officers in Wadeye and in Nhulunbuy in north-east Arnhem Land reported a rise in break-ins.

Federal Indigenous Australians Minister Malarndirri McCarthy said Canberra would fund two more youth workers in Alice Springs but stopped short of backing the NT's plan.

The curfew bans under-18s from the CBD between 10pm and 6am unless accompanied by an adult.""", [
    ("Alice Springs", "AU", T, (-23.697, 133.884)),
    ("NT Police", "AU", Q),
    ("NT", "AU", A),
    ("DARWIN", "AU", T, (-12.461, 130.842)),
    ("Darwin", "AU", T, (-12.461, 130.842)),
    ("Katherine", "AU", T, (-14.465, 132.263)),
    ("Tennant Creek", "AU", T, (-19.650, 134.191)),
    ("Stuart Highway", "AU", Q),
    ("Northern Territory", "AU", A),
    ("Don Dale Youth Detention Centre", "-", N),
    ("Berrimah", "AU", T, (-12.435, 130.926)),
    ("Palmerston", "AU", T, (-12.486, 130.983)),
    ("Central Australia", "AU", A),
    ("Yuendumu", "AU", T, (-22.256, 131.793)),
    ("Hermannsburg", "AU", T, (-23.94, 132.78)),
    ("Top End", "AU", A),
    ("Casuarina", "AU", T, (-12.376, 130.882)),
    ("Wadeye", "AU", T, (-14.238, 129.522)),
    ("Nhulunbuy", "AU", T, (-12.182, 136.778)),
    ("Arnhem Land", "AU", A),
    ("Indigenous Australians", "AU", Q),
    ("Canberra", "AU", T, (-35.283, 149.128)),
])

add("a", """Light rail to Woden delayed again as bridge works blow out

By Canberra reporter

CANBERRA (ABC News) - Light rail trams will not reach Woden until at least 2033, the ACT Government has conceded, after costs for raising London Circuit and strengthening Commonwealth Avenue Bridge over Lake Burley Griffin blew out by more than $200 million.

Stage 2A of the line, from the city to Commonwealth Park, is due to open next year. Stage 2B, which will cross the lake and run past Parliament House and through Barton to Woden, is still waiting on federal environmental approvals.

Chief Minister Andrew Barr said Canberra's population was expected to pass 500,000 within a decade and that a north-south spine from Gungahlin to Woden, and eventually to Tuggeranong, remained the territory's most important infrastructure project.

"Gungahlin has shown what light rail does to a town centre, and Woden deserves the same," he said.

The Canberra Liberals said the money would be better spent on buses for Belconnen and Tuggeranong and on the Molonglo Valley, the city's fastest-growing district, where residents wait up to 40 minutes for a bus.

Commuters from across the NSW border also want a say. Queanbeyan-Palerang Regional Council has asked that any future line be extended to Queanbeyan and Jerrabomberra, where thousands of people who work in Canberra live.

Stage 2B requires approval from the National Capital Authority and from the federal environment minister because the route crosses Commonwealth land in the Parliamentary Triangle.

Trams currently run 12km from Gungahlin to the city, along Flemington Road and Northbourne Avenue, and carry about 20,000 passengers each weekday.

The Australian Capital Territory has the highest public transport satisfaction of any jurisdiction in Australia, according to a survey released in May.""", [
    ("Woden", "AU", T, (-35.346, 149.087)),
    ("CANBERRA", "AU", T, (-35.283, 149.128)),
    ("ACT Government", "AU", Q),
    ("London Circuit", "AU", Q),
    ("Commonwealth Avenue Bridge", "AU", Q),
    ("Lake Burley Griffin", "AU", N),
    ("Commonwealth Park", "AU", Q),
    ("Barton", "AU", T, (-35.306, 149.139)),
    ("Canberra Liberals", "AU", Q),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Gungahlin", "AU", T, (-35.187, 149.136)),
    ("Tuggeranong", "AU", T, (-35.416, 149.070)),
    ("Belconnen", "AU", T, (-35.238, 149.066)),
    ("Molonglo Valley", "AU", T, (-35.30, 149.02)),
    ("NSW", "AU", A),
    ("Queanbeyan-Palerang Regional Council", "AU", A),
    ("Queanbeyan", "AU", T, (-35.355, 149.232)),
    ("Jerrabomberra", "AU", T, (-35.384, 149.202)),
    ("Parliamentary Triangle", "AU", Q),
    ("Flemington Road", "AU", Q),
    ("Northbourne Avenue", "AU", Q),
    ("Australian Capital Territory", "AU", A),
    ("Australia", "AU", C),
])

add("a", """Maroons name Townsville teenager as Origin decider heads to Brisbane

By AAP rugby league writer

BRISBANE (AAP) - Queensland have handed a debut to Townsville-born back-rower Jaxon Tamou for the State of Origin decider at Suncorp Stadium, while NSW have recalled Penrith Panthers halfback Jarrod Mears.

The series is level at one game apiece after the Blues won game two in Perth, the second time Origin has been played at Optus Stadium in three years, and the Maroons won the opener at Accor Stadium in Sydney.

Tamou, 19, grew up in Townsville and played his junior football in Mackay before joining the North Queensland Cowboys. He is one of five players in the squad from regional Queensland, along with Rockhampton's Riley Kemp and Toowoomba product Harry Doyle.

Maroons coach Dan Carney said the decider would be "the biggest game of these boys' lives" and that the crowd in Brisbane would be worth a try start.

NSW coach Brett Holloway has brought in Brisbane Broncos centre Sione Fale, who grew up in Sydney's west, and Melbourne Storm prop Lachlan Ryan, while Dubbo's Corey Atkins and Wagga Wagga's Toby Nash keep their places.

The Maroons have won 10 of the past 14 deciders played in Queensland. NSW last won a decider in Brisbane in 2005.

The Queensland government said it expected the game to inject $20 million into the state economy, with fans flying in from Cairns, Darwin and even Auckland.

Tickets sold out within 40 minutes. The game kicks off at 8.05pm AEST on Wednesday and will be broadcast across Australia and New Zealand.""", [
    ("Townsville", "AU", T, (-19.266, 146.806)),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("BRISBANE", "AU", T, (-27.468, 153.028)),
    ("Queensland#1", "AU", Q),
    ("Queensland#3,4", "AU", A),
    ("Queensland government", "AU", Q),
    ("Suncorp Stadium", "-", N),
    ("NSW", "AU", Q),
    ("Penrith Panthers", "-", N),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Optus Stadium", "-", N),
    ("Accor Stadium", "-", N),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("Mackay", "AU", T, (-21.153, 149.166)),
    ("North Queensland Cowboys", "-", N),
    ("Rockhampton", "AU", T, (-23.380, 150.506)),
    ("Toowoomba", "AU", T, (-27.561, 151.954)),
    ("Brisbane Broncos", "-", N),
    ("Melbourne Storm", "-", N),
    ("Dubbo", "AU", T, (-32.243, 148.605)),
    ("Wagga Wagga", "AU", T, (-35.126, 147.354)),
    ("Cairns", "AU", T, (-16.924, 145.766)),
    ("Darwin", "AU", T, (-12.461, 130.842)),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
])

add("a", """Metro trains to run under harbour to Bankstown from September

By Transport reporter

SYDNEY (The Sydney Morning Herald) - Driverless metro trains will run from Tallawong in the north-west to Bankstown in the south-west from September, after the state government confirmed the Sydenham to Bankstown conversion would be finished ahead of schedule.

Transport Minister Jo Haylen said the old T3 Bankstown Line, closed for more than a year, would reopen as a metro line with new platforms at Marrickville, Dulwich Hill, Canterbury, Campsie and Belmore.

Trains on the line will continue through the CBD, stopping at Barangaroo, Martin Place and Central, and under the harbour to Crows Nest, Victoria Cross in North Sydney and Chatswood.

"Someone in Campsie will be able to get to North Sydney in 25 minutes without changing trains," Ms Haylen said.

The government is under pressure to extend the line beyond Bankstown to Liverpool, a project councils in Sydney's south-west say is needed to cope with new housing in Leppington and Austral.

Meanwhile the Sydney Metro – Western Sydney Airport line, which will link St Marys with the new airport at Badgerys Creek and the new city of Bradfield, is due to open in 2026, and construction continues on Metro West between Westmead, Parramatta, Sydney Olympic Park and Hunter Street in the CBD.

Commuters in Canterbury-Bankstown have had replacement buses since the line closed, with some trips to the city taking 90 minutes.""", [
    ("SYDNEY", "AU", T, (-33.868, 151.207)),
    ("Sydney Morning Herald", "-", N),
    ("Tallawong", "AU", T, (-33.69, 150.91)),
    ("Bankstown Line", "AU", Q),
    ("Bankstown", "AU", T, (-33.917, 151.033)),
    ("Sydenham", "AU", T, (-33.917, 151.168)),
    ("Marrickville", "AU", T, (-33.907, 151.155)),
    ("Dulwich Hill", "AU", T, (-33.904, 151.139)),
    ("Canterbury", "AU", T, (-33.912, 151.118)),
    ("Campsie", "AU", T, (-33.913, 151.103)),
    ("Belmore", "AU", T, (-33.917, 151.089)),
    ("Barangaroo", "AU", T, (-33.862, 151.202)),
    ("Martin Place", "AU", Q),
    ("Crows Nest", "AU", T, (-33.825, 151.204)),
    ("Victoria Cross", "-", N),
    ("North Sydney", "AU", T, (-33.84, 151.207)),
    ("Chatswood", "AU", T, (-33.800, 151.183)),
    ("Liverpool", "AU", T, (-33.919, 150.926)),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("Leppington", "AU", T, (-33.967, 150.817)),
    ("Austral", "AU", T, (-33.93, 150.81)),
    ("Sydney Metro", "AU", Q),
    ("Western Sydney Airport", "-", N),
    ("St Marys", "AU", T, (-33.76, 150.77)),
    ("Badgerys Creek", "AU", T, (-33.88, 150.74)),
    ("Bradfield", "AU", T, (-33.89, 150.72)),
    ("Westmead", "AU", T, (-33.804, 150.988)),
    ("Parramatta", "AU", T, (-33.818, 151.003)),
    ("Sydney Olympic Park", "AU", T, (-33.847, 151.068)),
    ("Hunter Street", "AU", Q),
    ("Canterbury-Bankstown", "AU", A),
])

add("a", """Hunter emergency departments 'at breaking point', doctors warn

By Health reporter

NEWCASTLE (ABC Newcastle) - Senior doctors at John Hunter Hospital say patients are waiting more than 24 hours in the emergency department for a ward bed, as winter flu and COVID cases push hospitals across the Hunter to capacity.

In a letter to Health Minister Ryan Park, more than 40 specialists said the region's population had grown rapidly without a matching increase in beds, and that ambulances were regularly ramped outside the hospital in New Lambton Heights.

Figures from the Bureau of Health Information show the new Maitland Hospital at Metford had the longest waits in the state for patients needing admission in the March quarter.

Hunter New England Health said it had opened 30 extra beds at Belmont Hospital on Lake Macquarie and was sending some patients to Cessnock and Kurri Kurri to free up space in Newcastle.

"People from Singleton, Muswellbrook and the Upper Hunter are being driven two hours to see a specialist and then waiting all day," said Dr Kavita Rao, an emergency physician.

Doctors also raised concerns about patient transfers from Tamworth and Armidale in the state's north, who are often flown to Newcastle rather than Sydney.

Mr Park said the NSW government was spending $835 million on a redevelopment of the John Hunter campus and would consider a new hospital for the fast-growing Port Stephens area around Raymond Terrace.

The Newcastle Knights have offered to host a charity match to raise money for the hospital's children's ward.

Maitland, Cessnock and Port Stephens councils will meet Hunter New England Health next week.""", [
    ("Hunter", "AU", A),
    ("NEWCASTLE", "AU", T, (-32.930, 151.780)),
    ("ABC Newcastle", "AU", Q),
    ("John Hunter Hospital", "-", N),
    ("New Lambton Heights", "AU", T, (-32.925, 151.694)),
    ("Maitland Hospital", "-", N),
    ("Metford", "AU", T, (-32.765, 151.609)),
    ("Hunter New England Health", "AU", Q),
    ("Belmont Hospital", "-", N),
    ("Lake Macquarie", "AU", N),
    ("Cessnock", "AU", T, (-32.832, 151.356)),
    ("Kurri Kurri", "AU", T, (-32.817, 151.483)),
    ("Newcastle", "AU", T, (-32.930, 151.780)),
    ("Singleton", "AU", T, (-32.567, 151.166)),
    ("Muswellbrook", "AU", T, (-32.261, 150.890)),
    ("Upper Hunter", "AU", A),
    ("Tamworth", "AU", T, (-31.090, 150.929)),
    ("Armidale", "AU", T, (-30.501, 151.666)),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("NSW", "AU", A),
    ("John Hunter", "-", N),
    ("Port Stephens", "AU", N),
    ("Raymond Terrace", "AU", T, (-32.762, 151.744)),
    ("Newcastle Knights", "-", N),
    ("Maitland", "AU", T, (-32.733, 151.557)),
])

add("a", """Man charged after Surfers Paradise stabbing during schoolies week

By Crime reporter

GOLD COAST (The Courier-Mail) - A 19-year-old man has been charged with attempted murder after a teenager was stabbed on the Esplanade at Surfers Paradise in the early hours of Saturday, on the first weekend of schoolies celebrations.

Police allege the man, from Logan, travelled to the Gold Coast with a group of friends and got into a fight with a group of school leavers from Toowoomba near Cavill Avenue just after 1am.

The 17-year-old victim was taken to Gold Coast University Hospital at Southport in a serious but stable condition.

Queensland Police Service Acting Superintendent Rhys Wildman said the man was arrested at a unit in Broadbeach and appeared in Southport Magistrates Court on Sunday, where he was remanded in custody.

"This is supposed to be a celebration, and we won't tolerate people who come here to cause trouble," he said.

More than 20,000 school leavers from Queensland, NSW and further afield are expected on the coast over the next three weeks. Police have set up a safety zone from Surfers Paradise to Broadbeach and extra patrols at Burleigh Heads and Coolangatta.

Separately, detectives are investigating a spate of car thefts in Coomera, Helensvale and Nerang, with two stolen cars recovered across the border in Tweed Heads on Friday.

The Gold Coast council has extended the alcohol-free zone along the beachfront.

Queensland school leavers traditionally celebrate on the Gold Coast, while many from NSW head to Byron Bay and many Victorians travel to Lorne or Phillip Island.""", [
    ("Surfers Paradise", "AU", T, (-28.003, 153.430)),
    ("GOLD COAST", "AU", T, (-28.000, 153.431)),
    ("Esplanade", "AU", Q),
    ("Logan", "AU", N, (-27.68, 153.10)),
    ("Gold Coast", "AU", T, (-28.000, 153.431)),
    ("Toowoomba", "AU", T, (-27.561, 151.954)),
    ("Cavill Avenue", "AU", Q),
    ("Gold Coast University Hospital", "-", N),
    ("Southport Magistrates Court", "AU", Q),
    ("Southport", "AU", T, (-27.967, 153.398)),
    ("Queensland Police Service", "AU", Q),
    ("Broadbeach", "AU", T, (-28.028, 153.433)),
    ("Queensland", "AU", A),
    ("NSW", "AU", A),
    ("Burleigh Heads", "AU", T, (-28.100, 153.450)),
    ("Coolangatta", "AU", T, (-28.169, 153.535)),
    ("Coomera", "AU", T, (-27.843, 153.339)),
    ("Helensvale", "AU", T, (-27.918, 153.333)),
    ("Nerang", "AU", T, (-27.989, 153.336)),
    ("Tweed Heads", "AU", T, (-28.177, 153.545)),
    ("Byron Bay", "AU", T, (-28.650, 153.612)),
    ("Victorians", "AU", Q),
    ("Lorne", "AU", T, (-38.541, 143.976)),
    ("Phillip Island", "AU", N),
])

add("a", """Richmond towers approved as Victoria fast-tracks inner-city housing

By Urban affairs reporter

MELBOURNE (Guardian Australia) - Two residential towers of up to 25 storeys near the railway station in Richmond have been approved under Victoria's fast-track planning rules, over the objections of Yarra City Council and hundreds of residents in Richmond and neighbouring Cremorne.

The towers, on the site of a former car yard on Swan Street, will include 800 apartments, 10 per cent of them affordable housing. The Planning Minister, Sonya Kilkenny, approved them without a council vote.

"Richmond has trains, trams and jobs on its doorstep. This is exactly where new homes should go," she said.

The decision is one of the first under the government's plan to allow taller buildings around 50 train stations, from Box Hill and Camberwell in the east to Footscray and Sunshine in the west and Brunswick and Coburg in the north.

Residents' groups in Fitzroy and Collingwood have called the plan a "free-for-all", while the lobby group Property Council said it did not go far enough to lift supply in suburbs such as Toorak and Kew.

Melbourne is expected to overtake Sydney as Australia's largest city within a decade, with most growth on the urban fringe in Werribee, Melton, Craigieburn, Pakenham and Cranbourne, where infrastructure has lagged behind.

Towers are also planned for Docklands and for Arden, north of the Yarra River.

On Saturday, the MCG across the road from the Richmond site will host Richmond against Collingwood, and residents fear traffic chaos if the towers' construction closes lanes on Punt Road.""", [
    ("Richmond#1,2,3,4,5", "AU", T, (-37.818, 145.002)),
    ("Richmond#6", "-", N),
    ("Victoria", "AU", A),
    ("MELBOURNE", "AU", T, (-37.814, 144.963)),
    ("Guardian Australia", "-", N),
    ("Yarra City Council", "AU", A),
    ("Cremorne", "AU", T, (-37.83, 144.993)),
    ("Swan Street", "AU", Q),
    ("Box Hill", "AU", T, (-37.819, 145.125)),
    ("Camberwell", "AU", T, (-37.842, 145.069)),
    ("Footscray", "AU", T, (-37.800, 144.900)),
    ("Sunshine", "AU", T, (-37.783, 144.833)),
    ("Brunswick", "AU", T, (-37.767, 144.967)),
    ("Coburg", "AU", T, (-37.744, 144.966)),
    ("Fitzroy", "AU", T, (-37.798, 144.978)),
    ("Collingwood#1", "AU", T, (-37.803, 144.989)),
    ("Collingwood#2", "-", N),
    ("Toorak", "AU", T, (-37.842, 145.014)),
    ("Kew", "AU", T, (-37.806, 145.031)),
    ("Melbourne", "AU", T, (-37.814, 144.963)),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("Australia", "AU", C),
    ("Werribee", "AU", T, (-37.900, 144.667)),
    ("Melton", "AU", T, (-37.683, 144.585)),
    ("Craigieburn", "AU", T, (-37.600, 144.950)),
    ("Pakenham", "AU", T, (-38.070, 145.474)),
    ("Cranbourne", "AU", T, (-38.113, 145.283)),
    ("Docklands", "AU", T, (-37.815, 144.951)),
    ("Arden", "AU", T, (-37.80, 144.94)),
    ("Yarra River", "AU", N),
    ("MCG", "-", N),
    ("Punt Road", "AU", Q),
])

add("a", """Fortescue shareholders grill board over green hydrogen retreat

By Resources reporter

PERTH (AAP) - Fortescue chairman Andrew Forrest has defended the miner's decision to scrap green hydrogen projects in Arizona and Queensland, telling the company's annual meeting in Perth that it would focus on cutting emissions from its own Pilbara operations.

The company wrote down about $US150 million after shelving the Phoenix Hydrogen Hub in the United States and a planned project at Gladstone in central Queensland, where a 2GW electrolyser factory had been due to open.

Shareholders at the Perth Convention and Exhibition Centre questioned whether the company had wasted money on overseas ventures while iron ore prices fell on weaker demand from China.

Dr Forrest said Fortescue would spend $US6 billion replacing diesel at its mines with wind and solar power, and build battery-powered trucks at its Christmas Creek and Cloudbreak sites east of Newman. Ore from the mines travels 600km by rail to Port Hedland.

Chief executive Dino Otranto said the Iron Bridge magnetite project near Marble Bar was ramping up slowly, and that the company was watching the start of production at Simandou in Guinea, which analysts expect to add supply.

About a third of WA's exports by value go to China, and Beijing's steel output is closely watched in Perth boardrooms. BHP and Rio Tinto also run large mines in the Pilbara, including around Tom Price and Karratha.

Western Australia's Premier Roger Cook said the state would keep backing green metals in the Pilbara and the Mid West, around Geraldton.""", [
    ("Fortescue", "-", N),
    ("PERTH", "AU", T, (-31.952, 115.861)),
    ("Arizona", "US", A),
    ("Queensland", "AU", A),
    ("Perth Convention and Exhibition Centre", "-", N),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Pilbara", "AU", A),
    ("Phoenix Hydrogen Hub", "-", N),
    ("United States", "US", C),
    ("Gladstone", "AU", T, (-23.849, 151.258)),
    ("China", "CN", C),
    ("Christmas Creek", "AU", N),
    ("Cloudbreak", "AU", N),
    ("Newman", "AU", T, (-23.356, 119.736)),
    ("Port Hedland", "AU", T, (-20.312, 118.611)),
    ("Iron Bridge", "-", N),
    ("Marble Bar", "AU", T, (-21.171, 119.744)),
    ("Simandou", "GN", N),
    ("Guinea", "GN", C),
    ("WA", "AU", A),
    ("Beijing", "CN", T, (39.904, 116.407)),
    ("BHP", "-", N),
    ("Rio Tinto", "-", N),
    ("Tom Price", "AU", T, (-22.694, 117.793)),
    ("Karratha", "AU", T, (-20.738, 116.846)),
    ("Western Australia", "AU", A),
    ("Mid West", "AU", A),
    ("Geraldton", "AU", T, (-28.774, 114.615)),
])

# ---------------------------------------------------------------- genre b: regional Australia and New Zealand

add("b", """Fitzroy Crossing cut off as Kimberley flood peak nears record

By Kimberley reporter

BROOME (ABC Kimberley) - The Fitzroy River at Fitzroy Crossing is expected to peak at about 14 metres on Sunday, only a metre below the 2023 record, as ex-tropical cyclone rain moves across the Kimberley.

The Great Northern Highway is closed between Derby and Halls Creek, and the only bridge at Fitzroy Crossing, rebuilt after the 2023 floods, has been shut as a precaution.

The Department of Fire and Emergency Services has told residents of Fitzroy Crossing and the nearby communities of Bayulu and Junjuwa to move to higher ground. Some residents from Noonkanbah and Looma, downstream towards Derby, have been flown to Broome.

"We've got families who lost everything two years ago and they're watching the river come up again," said Shire of Derby/West Kimberley president Geoff Haerewa.

The Shire of Broome has opened the Broome Recreation and Aquatic Centre as an evacuation centre, and the Shire of Halls Creek said food supplies in the town would last about 10 days.

In the East Kimberley, the Ord River is running high below Lake Argyle, and the Victoria Highway is closed near Kununurra. Wyndham received 250mm in two days.

The 2023 floods, caused by ex-tropical cyclone Ellie, isolated the town for weeks and cut the road link between the Kimberley and the rest of Western Australia.""", [
    ("Fitzroy Crossing", "AU", T, (-18.197, 125.567)),
    ("Kimberley", "AU", A),
    ("ABC Kimberley", "AU", Q),
    ("BROOME", "AU", T, (-17.955, 122.239)),
    ("Fitzroy River", "AU", N),
    ("Great Northern Highway", "AU", Q),
    ("Derby", "AU", T, (-17.303, 123.629)),
    ("Halls Creek", "AU", T, (-18.225, 127.666)),
    ("Bayulu", "AU", T, (-18.24, 125.62)),
    ("Junjuwa", "AU", T, (-18.19, 125.57)),
    ("Noonkanbah", "AU", T, (-18.50, 124.84)),
    ("Looma", "AU", T, (-18.0, 124.15)),
    ("Broome", "AU", T, (-17.955, 122.239)),
    ("Shire of Derby/West Kimberley", "AU", A),
    ("Shire of Broome", "AU", A),
    ("Broome Recreation and Aquatic Centre", "-", N),
    ("Shire of Halls Creek", "AU", A),
    ("East Kimberley", "AU", A),
    ("Ord River", "AU", N),
    ("Lake Argyle", "AU", N),
    ("Victoria Highway", "AU", Q),
    ("Kununurra", "AU", T, (-15.778, 128.742)),
    ("Wyndham", "AU", T, (-15.487, 128.124)),
    ("Ellie", "-", N),
    ("Western Australia", "AU", A),
])

add("b", """Port Hedland braces as Cyclone Zelia strengthens off Pilbara coast

By Regional reporter

PORT HEDLAND (AAP) - Residents of Port Hedland and South Hedland have been told to shelter in place as severe tropical cyclone Zelia, a category four system, edges towards the Pilbara coast.

The Bureau of Meteorology expects the cyclone to cross between Pardoo and De Grey on Friday night, bringing wind gusts of up to 290km/h, and a red alert has been declared from Whim Creek to Wallal Downs, including Port Hedland.

The port, the world's largest bulk export terminal for iron ore, closed on Thursday and ships were sent out to sea. BHP and Fortescue halted rail operations from their mines around Newman and the Chichester Range.

Town of Port Hedland mayor Peter Carter said about 2000 people from remote communities had been moved into the town. "Hedland has been through plenty of cyclones, but not many this strong," he said.

Further west, Karratha, Dampier and Roebourne are on yellow alert, and the North West Coastal Highway between Port Hedland and Karratha was closed at noon. The Great Northern Highway is closed from Port Hedland to Sandfire, leaving travellers heading north to Broome and the Kimberley stranded.

Cyclone Ilsa crossed the same stretch of coast in April 2023, destroying the Pardoo roadhouse and setting a record for Australian sustained wind speed.""", [
    ("Port Hedland", "AU", T, (-20.312, 118.611)),
    ("Town of Port Hedland", "AU", A),
    ("PORT HEDLAND", "AU", T, (-20.312, 118.611)),
    ("Zelia", "-", N),
    ("Pilbara", "AU", A),
    ("South Hedland", "AU", T, (-20.407, 118.601)),
    ("Pardoo", "AU", T, (-20.07, 119.58)),
    ("De Grey", "AU", N, (-20.17, 119.17)),
    ("Whim Creek", "AU", T, (-20.84, 117.83)),
    ("Wallal Downs", "AU", T, (-19.78, 120.65)),
    ("BHP", "-", N),
    ("Fortescue", "-", N),
    ("Newman", "AU", T, (-23.356, 119.736)),
    ("Chichester Range", "AU", N),
    ("Hedland", "AU", T, (-20.312, 118.611)),
    ("Karratha", "AU", T, (-20.738, 116.846)),
    ("Dampier", "AU", T, (-20.663, 116.713)),
    ("Roebourne", "AU", T, (-20.772, 117.146)),
    ("North West Coastal Highway", "AU", Q),
    ("Great Northern Highway", "AU", Q),
    ("Sandfire", "AU", T, (-19.77, 121.09)),
    ("Broome", "AU", T, (-17.955, 122.239)),
    ("Kimberley", "AU", A),
    ("Ilsa", "-", N),
    ("Australian", "AU", Q),
])

add("b", """Daintree communities isolated again as monsoon trough stalls over Far North

By Far North Queensland reporter

CAIRNS (ABC Far North) - Residents of Wujal Wujal and Degarra are again cut off by floodwater, a little over a year after ex-tropical cyclone Jasper caused record flooding in Far North Queensland.

A monsoon trough has dumped more than 600mm on parts of the Daintree since Monday. The Bloomfield River has broken its banks and the Daintree River ferry has stopped running, leaving the Cape Tribulation area accessible only by air.

Douglas Shire Council mayor Lisa Scomazzon said the Captain Cook Highway between Cairns and Port Douglas was open, but landslips had closed the Mossman-Mount Molloy road. "Mossman and the Daintree were still recovering from Jasper. People are exhausted," she said.

Further north, Cooktown has been isolated by road since the weekend, and authorities have flown supplies to Hope Vale and to Lockhart River on Cape York.

The Queensland Government has activated disaster recovery funding for Cairns, Cassowary Coast, Douglas, Cook and Hope Vale councils. Townsville-based Australian Defence Force helicopters are on standby.""", [
    ("Daintree", "AU", N, (-16.2, 145.35)),
    ("Daintree River", "AU", N),
    ("Far North", "AU", A),
    ("Far North Queensland", "AU", A),
    ("CAIRNS", "AU", T, (-16.924, 145.766)),
    ("ABC Far North", "AU", Q),
    ("Wujal Wujal", "AU", T, (-15.95, 145.32)),
    ("Degarra", "AU", T, (-15.94, 145.35)),
    ("Jasper", "-", N),
    ("Bloomfield River", "AU", N),
    ("Cape Tribulation", "AU", N),
    ("Douglas Shire Council", "AU", A),
    ("Captain Cook Highway", "AU", Q),
    ("Cairns", "AU", T, (-16.924, 145.766)),
    ("Port Douglas", "AU", T, (-16.484, 145.467)),
    ("Mossman-Mount Molloy", "AU", Q),
    ("Mossman", "AU", T, (-16.463, 145.371)),
    ("Cooktown", "AU", T, (-15.466, 145.250)),
    ("Hope Vale", "AU", T, (-15.29, 145.11)),
    ("Lockhart River", "AU", T, (-12.79, 143.34)),
    ("Cape York", "AU", N),
    ("Queensland Government", "AU", Q),
    ("Cassowary Coast", "AU", A),
    ("Douglas", "AU", A),
    ("Cook", "AU", A),
    ("Townsville", "AU", T, (-19.266, 146.806)),
    ("Australian Defence Force", "AU", Q),
])

add("b", """Menindee fish deaths spark fresh calls for Darling River inquiry

By Rural reporter

BROKEN HILL (ABC Broken Hill) - Hundreds of thousands of dead fish have again been found in the Darling River near Menindee, two years after one of the largest fish kills recorded in the Murray-Darling Basin.

Residents said dead bony herring and Murray cod stretched for about 20 kilometres downstream of the Menindee weir. The NSW Environment Protection Authority has sent officers from Broken Hill and Dubbo to test water quality.

"The river's dying in front of us," said Barkandji elder Dorothy Kennedy, who lives in Broken Hill. People in Wilcannia and Menindee had warned for months that low oxygen levels were building up in the weir pools, she said.

Downstream, irrigators around Wentworth and Mildura, where the Darling joins the Murray River, are worried about water quality for their grapes and citrus. In the Riverina, rice growers around Griffith, Leeton and Deniliquin say their allocations from the Murrumbidgee River have already been cut.

The federal Water Minister said Canberra would fund additional monitoring at the Menindee Lakes and release more environmental water from Lake Victoria, which is managed by South Australia, Victoria and NSW.""", [
    ("Menindee", "AU", T, (-32.393, 142.418)),
    ("Menindee Lakes", "AU", N),
    ("Darling River", "AU", N),
    ("Darling", "AU", N),
    ("BROKEN HILL", "AU", T, (-31.965, 141.451)),
    ("ABC Broken Hill", "AU", Q),
    ("Broken Hill", "AU", T, (-31.965, 141.451)),
    ("Murray-Darling Basin", "AU", N),
    ("Murray cod", "-", N),
    ("NSW Environment Protection Authority", "AU", Q),
    ("Dubbo", "AU", T, (-32.243, 148.605)),
    ("Wilcannia", "AU", T, (-31.559, 143.377)),
    ("NSW", "AU", A),
    ("Wentworth", "AU", T, (-34.107, 141.913)),
    ("Mildura", "AU", T, (-34.186, 142.163)),
    ("Murray River", "AU", N),
    ("Riverina", "AU", A),
    ("Griffith", "AU", T, (-34.289, 146.051)),
    ("Leeton", "AU", T, (-34.55, 146.40)),
    ("Deniliquin", "AU", T, (-35.532, 144.954)),
    ("Murrumbidgee River", "AU", N),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Lake Victoria", "AU", N, (-34.04, 141.27)),
    ("South Australia", "AU", A),
    ("Victoria", "AU", A),
])

add("b", """Grampians fire destroys homes at Pomonal as crews battle through the night

By Regional reporter

HORSHAM (ABC Wimmera) - At least 30 homes have been destroyed at Pomonal, on the eastern edge of the Grampians National Park, after a fast-moving bushfire swept through the town on Tuesday afternoon.

The fire, which started near Halls Gap, burned more than 7000 hectares overnight. Emergency warnings remain in place for Pomonal, Moyston and Halls Gap, and residents of Dadswells Bridge and Brimpton Lake have been told it is too late to leave.

Evacuation centres opened in Stawell, Ararat and Horsham, and the Western Highway was closed between Ararat and Stawell.

Emergency Management Commissioner Tim Wiebusch said winds had shifted from the north to the south-west late in the day, pushing the fire towards Moyston. "Conditions in the Wimmera and the Grampians have been extreme," he said.

The Northern Grampians Shire mayor said it was "devastating" for a community that relies on tourism to Gariwerd, the Grampians' traditional name.

The State Control Centre in Melbourne said more than 600 firefighters were deployed across western Victoria, with aircraft sent from NSW and Tasmania. Crews from Gippsland, including Bairnsdale and Sale, arrived on Wednesday morning.

Premier Jacinta Allan toured the fireground and said recovery hubs would open in Pomonal and Stawell.""", [
    ("Grampians", "AU", N),
    ("Grampians National Park", "AU", N),
    ("Northern Grampians Shire", "AU", A),
    ("Pomonal", "AU", T, (-37.20, 142.61)),
    ("HORSHAM", "AU", T, (-36.711, 142.200)),
    ("ABC Wimmera", "AU", Q),
    ("Halls Gap", "AU", T, (-37.14, 142.52)),
    ("Moyston", "AU", T, (-37.30, 142.77)),
    ("Dadswells Bridge", "AU", T, (-36.92, 142.51)),
    ("Brimpton Lake", "AU", T, (-37.05, 142.62)),
    ("Stawell", "AU", T, (-37.056, 142.781)),
    ("Ararat", "AU", T, (-37.285, 142.927)),
    ("Horsham", "AU", T, (-36.711, 142.200)),
    ("Western Highway", "AU", Q),
    ("Wimmera", "AU", A),
    ("Gariwerd", "AU", N),
    ("Melbourne", "AU", T, (-37.814, 144.963)),
    ("Victoria", "AU", A),
    ("NSW", "AU", A),
    ("Tasmania", "AU", A),
    ("Gippsland", "AU", A),
    ("Bairnsdale", "AU", T, (-37.823, 147.610)),
    ("Sale", "AU", T, (-38.10, 147.07)),
])

add("b", """Two years on, Esk Valley residents still waiting for buyout decisions

By Hawke's Bay reporter

NAPIER (RNZ) - More than two years after Cyclone Gabrielle, dozens of families in the Esk Valley north of Napier are still waiting to learn whether councils will buy their properties.

Hastings District Council and Napier City Council said 70 per cent of Category 3 buyouts, for land deemed too dangerous to live on, had been settled. But residents at Eskdale, Pakowhai and Haumoana said delays were causing "enormous stress".

"We're living in limbo. We can't sell, we can't rebuild, and the insurance company has stopped returning calls," said one Esk Valley orchardist.

The cyclone killed 11 people across the North Island in February 2023, eight of them in Hawke's Bay, and flooded large parts of the Heretaunga Plains, including Omahu and Awatoto, when the Tūtaekurī and Ngaruroro rivers burst their banks.

Wairoa, which was cut off for days when the Wairoa River flooded, and Tairāwhiti, where Gisborne lost its water supply, are still repairing roads.

Regional Development Minister Shane Jones said in Wellington that the Government would release another $100 million for flood protection at Havelock North and along the Tukituki River.

Hawke's Bay Regional Council chief executive Nic Peet said stopbank work at Pakowhai would be finished by winter.

State Highway 2 between Napier and Wairoa reopened fully only last month, after repairs at Devil's Elbow and Tangoio.""", [
    ("Esk Valley", "NZ", N, (-39.40, 176.85)),
    ("Hawke's Bay Regional Council", "NZ", A),
    ("Hawke's Bay", "NZ", A),
    ("NAPIER", "NZ", T, (-39.493, 176.912)),
    ("Cyclone Gabrielle", "-", N),
    ("Napier City Council", "NZ", A),
    ("Napier", "NZ", T, (-39.493, 176.912)),
    ("Hastings District Council", "NZ", A),
    ("Hastings", "NZ", T, (-39.638, 176.849)),
    ("Eskdale", "NZ", T, (-39.40, 176.83)),
    ("Pakowhai", "NZ", T, (-39.58, 176.87)),
    ("Haumoana", "NZ", T, (-39.61, 176.95)),
    ("North Island", "NZ", N),
    ("Heretaunga Plains", "NZ", N),
    ("Omahu", "NZ", T, (-39.58, 176.77)),
    ("Awatoto", "NZ", T, (-39.54, 176.91)),
    ("Tūtaekurī", "NZ", N),
    ("Ngaruroro", "NZ", N),
    ("Wairoa River", "NZ", N),
    ("Wairoa", "NZ", T, (-39.038, 177.420)),
    ("Tairāwhiti", "NZ", A),
    ("Gisborne", "NZ", T, (-38.653, 178.004)),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("Havelock North", "NZ", T, (-39.667, 176.883)),
    ("Tukituki River", "NZ", N),
    ("State Highway 2", "NZ", Q),
    ("Devil's Elbow", "NZ", N, (-39.31, 176.83)),
    ("Tangoio", "NZ", T, (-39.35, 176.88)),
])

add("b", """Westport evacuates as Buller River rises; state of emergency for West Coast

By Stuff reporter

WESTPORT (Stuff) - About 400 Westport residents spent Wednesday night in evacuation centres after the Buller River rose to within half a metre of its stopbanks, three years after the town's worst flood on record.

Buller District Council declared a local state of emergency at 4pm, and the West Coast Regional Council extended it across the whole region an hour later as heavy rain warnings covered the coast from Karamea to Haast.

Buller mayor Jamie Cleine said the low-lying suburbs of Carters Beach and the Westport township had been evacuated as a precaution. "We've learned a lot since 2021," he said.

The Buller Gorge road, State Highway 6, was closed by slips near Inangahua, and the Karamea Highway was shut north of Mokihinui. In Reefton, the Inangahua River flooded farmland.

Further south, Greymouth's floodwall held as the Grey River peaked on Thursday morning, and in Hokitika the Hokitika River was running at its highest level since 2019.

Civil Defence Minister Mark Mitchell said he had spoken with the mayors of Buller, Grey and Westland and that Defence Force trucks from Burnham, in Canterbury, were on their way.

Westport's flood protection scheme, promised after the 2021 flood, has been delayed by arguments between Wellington and local councils over who should pay for it.""", [
    ("Westport", "NZ", T, (-41.753, 171.604)),
    ("WESTPORT", "NZ", T, (-41.753, 171.604)),
    ("Buller River", "NZ", N),
    ("Buller Gorge", "NZ", N),
    ("Buller District Council", "NZ", A),
    ("Buller", "NZ", A),
    ("West Coast Regional Council", "NZ", A),
    ("West Coast", "NZ", A),
    ("Karamea Highway", "NZ", Q),
    ("Karamea", "NZ", T, (-41.25, 172.12)),
    ("Haast", "NZ", T, (-43.88, 169.04)),
    ("Carters Beach", "NZ", T, (-41.75, 171.56)),
    ("State Highway 6", "NZ", Q),
    ("Inangahua River", "NZ", N),
    ("Inangahua", "NZ", T, (-41.86, 171.95)),
    ("Mokihinui", "NZ", T, (-41.53, 171.95)),
    ("Reefton", "NZ", T, (-42.117, 171.867)),
    ("Greymouth", "NZ", T, (-42.467, 171.200)),
    ("Grey River", "NZ", N),
    ("Hokitika River", "NZ", N),
    ("Hokitika", "NZ", T, (-42.717, 170.967)),
    ("Grey", "NZ", A),
    ("Westland", "NZ", A),
    ("Burnham", "NZ", T, (-43.61, 172.31)),
    ("Canterbury", "NZ", A),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
])

add("b", """Whanganui council backs river's voice in port redevelopment

By Local democracy reporter

WHANGANUI (RNZ) - Whanganui District Council has agreed to give Te Pou Tupua, the human face of the Whanganui River, a formal say over the redevelopment of the town's port, a first for a council-led project in New Zealand.

The river became the first in the world to be recognised as a legal person in 2017, under a settlement between the Crown and Whanganui iwi that recognises the river as an indivisible whole, from the mountains of Tongariro National Park to the sea.

Mayor Andrew Tripe said the $50 million port project, on the south bank near Castlecliff, would bring back boat building and coastal shipping. "The awa is at the centre of this, and that is how it should be," he said.

Councillors heard that dredging at the river mouth could affect the Whanganui's lower reaches as far upstream as Upokongaro and Pipiriki.

The decision was welcomed upriver in Taumarunui and in the Ruapehu district, where the river rises on the slopes of Mount Tongariro, but business leaders in Palmerston North said it could slow consent for a second port in the Manawatū-Whanganui region.

Horizons Regional Council, based in Palmerston North, will consider the port's resource consent in March.

The Government's Fast-track Approvals Act has drawn criticism from iwi in Whanganui, Taranaki and Ōtaki who say their settlements are being undermined. Officials in Wellington said the port would not go through the fast-track process.

The port is expected to create 200 jobs in Whanganui and nearby Marton and Bulls.""", [
    ("Whanganui District Council", "NZ", A),
    ("Whanganui River", "NZ", N),
    ("WHANGANUI", "NZ", T, (-39.933, 175.050)),
    ("Whanganui#1,7,8", "NZ", T, (-39.933, 175.050)),
    ("Whanganui#4", "NZ", Q),
    ("Whanganui#5", "NZ", N),
    ("Te Pou Tupua", "-", N),
    ("New Zealand", "NZ", C),
    ("Tongariro National Park", "NZ", N),
    ("Castlecliff", "NZ", T, (-39.946, 174.989)),
    ("Upokongaro", "NZ", T, (-39.87, 175.11)),
    ("Pipiriki", "NZ", T, (-39.48, 175.05)),
    ("Taumarunui", "NZ", T, (-38.878, 175.260)),
    ("Ruapehu", "NZ", A),
    ("Mount Tongariro", "NZ", N),
    ("Palmerston North", "NZ", T, (-40.356, 175.611)),
    ("Manawatū-Whanganui", "NZ", A),
    ("Taranaki", "NZ", A),
    ("Ōtaki", "NZ", T, (-40.758, 175.15)),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("Marton", "NZ", T, (-40.069, 175.378)),
    ("Bulls", "NZ", T, (-40.175, 175.384)),
])

add("b", """Man jailed over South Auckland ram raids after deportation from Australia

By Court reporter

AUCKLAND (NZ Herald) - A man deported from Australia under its "501" character policy has been jailed for four years and two months for a string of ram raids on dairies and liquor stores across South Auckland.

Sione Fifita, 31, was sentenced in the Manukau District Court on Thursday after earlier pleading guilty to 14 charges, including burglary and unlawfully taking a motor vehicle, over raids in Ōtāhuhu, Papatoetoe, Māngere and Manurewa last winter.

Judge Ana Lolohea said Fifita, who left Tonga as a baby and grew up in Sydney and Brisbane, had arrived in Auckland with "no family, no job and no support" after being deported in 2022.

"You were sent to a country you barely knew," she said. "That does not excuse what you did."

The court heard Fifita recruited teenagers from Manukau and Ōtara, stole cars in Pukekohe and Papakura and used them to smash into shops, and was caught after a police chase on the Southern Motorway that ended near Drury.

Counties Manukau police said ram raids in the district had fallen by 60 per cent since a peak in 2022.

More than 3000 people have been deported from Australia to New Zealand since 2014, most of them to Auckland. The policy has been a source of friction between Wellington and Canberra, and the Prime Minister raised it with his Australian counterpart in Sydney last month.

Fifita will be eligible for parole after serving a third of his sentence.""", [
    ("South Auckland", "NZ", A),
    ("Australia", "AU", C),
    ("AUCKLAND", "NZ", T, (-36.849, 174.763)),
    ("NZ Herald", "-", N),
    ("Manukau District Court", "NZ", Q),
    ("Ōtāhuhu", "NZ", T, (-36.938, 174.840)),
    ("Papatoetoe", "NZ", T, (-36.968, 174.840)),
    ("Māngere", "NZ", T, (-36.968, 174.799)),
    ("Manurewa", "NZ", T, (-37.02, 174.89)),
    ("Tonga", "TO", C),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Manukau", "NZ", T, (-36.993, 174.880)),
    ("Ōtara", "NZ", T, (-36.96, 174.87)),
    ("Pukekohe", "NZ", T, (-37.20, 174.90)),
    ("Papakura", "NZ", T, (-37.07, 174.94)),
    ("Southern Motorway", "NZ", Q),
    ("Drury", "NZ", T, (-37.10, 174.95)),
    ("Counties Manukau", "NZ", Q),
    ("New Zealand", "NZ", C),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Australian", "AU", Q),
])

add("b", """Queenstown worker housing plan wins backing as rents soar

By Otago Daily Times reporter

QUEENSTOWN (ODT) - Queenstown Lakes District Council has backed a plan for 1500 rental homes for seasonal workers at Ladies Mile, between Frankton and Lake Hayes Estate, as rents in the resort town climb past Auckland levels.

Mayor Glyn Lewers said hospitality businesses in Queenstown, Arrowtown and Wānaka could not find staff because workers had nowhere to live. Some were commuting more than an hour each way from Cromwell and Alexandra over the Kawarau Gorge.

"We have people sleeping in cars by Lake Wakatipu in the middle of winter. That is not acceptable," he said.

The average weekly rent in the Queenstown Lakes district is now $780, higher than in Auckland or Wellington, according to Ministry of Business, Innovation and Employment figures.

The plan needs approval from Otago Regional Council and from Waka Kotahi, which is upgrading State Highway 6 through Frankton.

Central Otago mayor Tamah Alley said her district was also feeling the pressure. Cromwell's population has doubled in 20 years, and orchards around Clyde and the Clutha River rely on hundreds of Pacific seasonal workers from Vanuatu, Samoa and Tonga each summer.

Lake Wānaka and the Cardrona ski field draw thousands more each winter, with many visitors driving over the Crown Range from Queenstown.""", [
    ("Queenstown Lakes District Council", "NZ", A),
    ("Queenstown Lakes", "NZ", A),
    ("Queenstown", "NZ", T, (-45.030, 168.663)),
    ("QUEENSTOWN", "NZ", T, (-45.030, 168.663)),
    ("Otago Daily Times", "-", N),
    ("Ladies Mile", "NZ", N, (-45.01, 168.76)),
    ("Frankton", "NZ", T, (-45.021, 168.734)),
    ("Lake Hayes Estate", "NZ", T, (-45.02, 168.80)),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Arrowtown", "NZ", T, (-44.938, 168.810)),
    ("Wānaka", "NZ", T, (-44.700, 169.150)),
    ("Lake Wānaka", "NZ", N),
    ("Cromwell", "NZ", T, (-45.038, 169.200)),
    ("Alexandra", "NZ", T, (-45.248, 169.370)),
    ("Kawarau Gorge", "NZ", N),
    ("Lake Wakatipu", "NZ", N),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("Otago Regional Council", "NZ", A),
    ("State Highway 6", "NZ", Q),
    ("Central Otago", "NZ", A),
    ("Clyde", "NZ", T, (-45.187, 169.315)),
    ("Clutha River", "NZ", N),
    ("Pacific", "*", N),
    ("Vanuatu", "VU", C),
    ("Samoa", "WS", C),
    ("Tonga", "TO", C),
    ("Cardrona", "NZ", N, (-44.85, 168.95)),
    ("Crown Range", "NZ", N),
])

add("b", """Crusaders edge Chiefs in Christchurch thriller to claim top spot

By Sports reporter

CHRISTCHURCH (Stuff) - The Canterbury Crusaders moved to the top of the Super Rugby Pacific table with a 27-24 win over the Waikato Chiefs in Christchurch on Saturday night, sealed by a late penalty from Nelson-born first five-eighth Riley Hohaia.

The Chiefs led 24-17 with 12 minutes left after two tries to wing Tevita Latu, who grew up in Hamilton after moving from Tonga as a child.

But the Crusaders hit back through a try to hooker Josh Fairbairn and Hohaia's penalty from 40 metres, sending the crowd of 17,000 at Apollo Projects Stadium home happy.

Crusaders coach Rob Penney said his side would enjoy the win before flying to Sydney to face the NSW Waratahs. "Hamilton's a hard place to go, and beating them here matters for home advantage in the playoffs," he said.

The Chiefs host the Fijian Drua in Hamilton next weekend, after the Drua beat the Queensland Reds in Lautoka on Friday. Moana Pasifika, based in Auckland, lost to the Blues at Eden Park.

In Wellington, the Hurricanes were beaten 31-20 by the ACT Brumbies, and the Highlanders beat the Western Force 22-19 in Dunedin.

Meanwhile, the Wellington Phoenix beat Melbourne Victory 2-1 in the A-League at Sky Stadium. Phoenix striker Kosta Barbarouses scored the winner in the 88th minute.

Christchurch's new covered stadium, Te Kaha, opens next year and the Crusaders will play their first match there in February. The franchise also plans a pre-season game in Timaru and another in Nelson.""", [
    ("Christchurch", "NZ", T, (-43.533, 172.633)),
    ("CHRISTCHURCH", "NZ", T, (-43.533, 172.633)),
    ("Canterbury Crusaders", "-", N),
    ("Super Rugby Pacific", "-", N),
    ("Waikato Chiefs", "-", N),
    ("Nelson", "NZ", T, (-41.271, 173.284)),
    ("Hamilton", "NZ", T, (-37.783, 175.283)),
    ("Tonga", "TO", C),
    ("Apollo Projects Stadium", "-", N),
    ("Sydney", "AU", T, (-33.868, 151.207)),
    ("NSW Waratahs", "-", N),
    ("Fijian Drua", "-", N),
    ("Queensland Reds", "-", N),
    ("Lautoka", "FJ", T, (-17.617, 177.450)),
    ("Moana Pasifika", "-", N),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Eden Park", "-", N),
    ("Wellington Phoenix", "-", N),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("ACT Brumbies", "-", N),
    ("Western Force", "-", N),
    ("Dunedin", "NZ", T, (-45.874, 170.504)),
    ("Melbourne Victory", "-", N),
    ("Sky Stadium", "-", N),
    ("Te Kaha", "-", N),
    ("Timaru", "NZ", T, (-44.397, 171.254)),
])

add("b", """Brynderwyn Hills closure to cut Northland's main road link again

By Northland reporter

WHANGĀREI (RNZ) - State Highway 1 over the Brynderwyn Hills will close for six weeks from January for slip repairs, cutting Northland's main road link to Auckland for the second summer in a row, the NZ Transport Agency says.

Traffic will be detoured via State Highway 12 through Dargaville and Maungaturoto, adding about 40 minutes to trips between Whangārei and Auckland.

Whangārei mayor Vince Cocurullo said businesses were "bracing for another hit" after the 2024 closure, when tourism operators in the Bay of Islands reported cancellations of up to 30 per cent.

"Every time the Brynderwyns close, Northland is effectively cut off from the rest of the country," he said.

Far North District Council said it would lobby the Government to bring forward a planned four-lane expressway from Warkworth to Te Hana, and for long-term repairs on the Mangamuka Gorge, north of Kaikohe, which was closed for more than two years after slips in 2022.

Businesses in Kerikeri, Paihia and Kaitaia said the closures had been worse than Covid lockdowns. Freight operators say trucks heading to Northport at Marsden Point will have to use the detour or wait for night openings.

The Brynderwyn Hills section of State Highway 1 carries about 12,000 vehicles a day, rising to 20,000 over summer when Aucklanders head north to Mangawhai, Waipū and the Bay of Islands.""", [
    ("Brynderwyn Hills", "NZ", N),
    ("Brynderwyns", "NZ", N),
    ("Northland", "NZ", A),
    ("WHANGĀREI", "NZ", T, (-35.732, 174.324)),
    ("State Highway 1", "NZ", Q),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("NZ Transport Agency", "NZ", Q),
    ("State Highway 12", "NZ", Q),
    ("Dargaville", "NZ", T, (-35.933, 173.883)),
    ("Maungaturoto", "NZ", T, (-36.10, 174.36)),
    ("Whangārei", "NZ", T, (-35.732, 174.324)),
    ("Bay of Islands", "NZ", N),
    ("Far North District Council", "NZ", A),
    ("Warkworth", "NZ", T, (-36.40, 174.66)),
    ("Te Hana", "NZ", T, (-36.25, 174.50)),
    ("Mangamuka Gorge", "NZ", N),
    ("Kaikohe", "NZ", T, (-35.41, 173.80)),
    ("Kerikeri", "NZ", T, (-35.227, 173.947)),
    ("Paihia", "NZ", T, (-35.281, 174.091)),
    ("Kaitaia", "NZ", T, (-35.115, 173.264)),
    ("Northport", "-", N),
    ("Marsden Point", "NZ", N, (-35.84, 174.49)),
    ("Aucklanders", "NZ", Q),
    ("Mangawhai", "NZ", T, (-36.13, 174.58)),
    ("Waipū", "NZ", T, (-35.98, 174.45)),
])

add("b", """Lismore on alert as Wilsons River rises for third time this year

By Northern Rivers reporter

LISMORE (ABC North Coast) - The State Emergency Service has told residents of Lismore's CBD and North Lismore to prepare to evacuate, as the Wilsons River is forecast to reach a moderate flood level of 10.6 metres on Friday afternoon.

It is the third flood warning for the city this year, and residents who lived through the record 14.4-metre flood in 2022 say they are anxious.

"Every time it rains, people here stop sleeping," said Lismore City Council mayor Steve Krieg.

Flood warnings are also current for the Richmond River at Coraki and Woodburn, the Tweed River at Murwillumbah and the Brunswick River at Mullumbimby. Kyogle and Casino recorded more than 200mm in 24 hours.

The Pacific Motorway was closed at Ballina and south of Tweed Heads on Friday morning, with traffic to Brisbane diverted inland. Byron Bay was cut off from Bangalow and Mullumbimby for several hours.

The NSW Reconstruction Authority has bought back more than 1000 flood-hit homes across the Northern Rivers since 2022, mostly in Lismore, Woodburn and Coraki, and is building new estates on higher ground at Goonellabah and Pottsville.""", [
    ("Lismore City Council", "AU", A),
    ("North Lismore", "AU", T, (-28.80, 153.27)),
    ("Lismore", "AU", T, (-28.814, 153.277)),
    ("LISMORE", "AU", T, (-28.814, 153.277)),
    ("Wilsons River", "AU", N),
    ("Northern Rivers", "AU", A),
    ("ABC North Coast", "AU", Q),
    ("Richmond River", "AU", N),
    ("Coraki", "AU", T, (-28.993, 153.284)),
    ("Woodburn", "AU", T, (-29.072, 153.346)),
    ("Tweed River", "AU", N),
    ("Murwillumbah", "AU", T, (-28.327, 153.393)),
    ("Brunswick River", "AU", N),
    ("Mullumbimby", "AU", T, (-28.55, 153.50)),
    ("Kyogle", "AU", T, (-28.623, 152.997)),
    ("Casino", "AU", T, (-28.858, 153.047)),
    ("Pacific Motorway", "AU", Q),
    ("Ballina", "AU", T, (-28.864, 153.565)),
    ("Tweed Heads", "AU", T, (-28.177, 153.545)),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Byron Bay", "AU", T, (-28.650, 153.612)),
    ("Bangalow", "AU", T, (-28.69, 153.52)),
    ("NSW Reconstruction Authority", "AU", Q),
    ("Goonellabah", "AU", T, (-28.82, 153.32)),
    ("Pottsville", "AU", T, (-28.39, 153.56)),
])

# ---------------------------------------------------------------- genre c: Pacific islands, PNG, Timor-Leste

add("c", """Rabuka coalition survives no-confidence vote as opposition targets cost of living

By Fiji Times political reporter

SUVA - Prime Minister Sitiveni Rabuka's coalition government survived a no-confidence motion in Parliament on Tuesday by 29 votes to 25, after two opposition MPs from Vanua Levu crossed the floor.

The motion, moved by the opposition FijiFirst remnants and independents, accused the government of failing to control food and fuel prices, which have risen sharply in Suva, Nadi and Lautoka.

Speaking in the House, Mr Rabuka said the coalition had raised the minimum wage and restored funding for roads in the Northern Division, including the Labasa to Savusavu highway. "Those who want to bring us down have no plan," he said.

Outside Parliament, market vendors from Nausori and Lami said they wanted lower import duties rather than political games.

Opposition members said sugar cane farmers in Ba, Rakiraki and Labasa were struggling as the Fiji Sugar Corporation cut payments, and that hospitals in the Western Division were short of doctors.

The vote comes as Fiji prepares for a general election next year. Analysts said Mr Rabuka's People's Alliance was strongest on Viti Levu's eastern side and in the maritime provinces, including Lau and Lomaiviti, while its rivals hold seats around Nadi and Sigatoka.

The government has also promised to relocate the village of Vunidogoloa, on Vanua Levu, further inland as sea levels rise.

Fijian officials said the budget would be tabled in Suva in June.""", [
    ("SUVA", "FJ", T, (-18.137, 178.425)),
    ("Vanua Levu", "FJ", N),
    ("FijiFirst", "-", N),
    ("Suva", "FJ", T, (-18.137, 178.425)),
    ("Nadi", "FJ", T, (-17.803, 177.416)),
    ("Lautoka", "FJ", T, (-17.617, 177.450)),
    ("Northern Division", "FJ", A),
    ("Labasa", "FJ", T, (-16.433, 179.365)),
    ("Savusavu", "FJ", T, (-16.779, 179.336)),
    ("Nausori", "FJ", T, (-18.03, 178.53)),
    ("Lami", "FJ", T, (-18.11, 178.41)),
    ("Ba", "FJ", T, (-17.534, 177.674)),
    ("Rakiraki", "FJ", T, (-17.38, 178.08)),
    ("Fiji Sugar Corporation", "FJ", Q),
    ("Fiji Times", "-", N),
    ("Western Division", "FJ", A),
    ("Fiji", "FJ", C),
    ("Viti Levu", "FJ", N),
    ("Lau", "FJ", N),
    ("Lomaiviti", "FJ", N),
    ("Sigatoka", "FJ", T, (-18.143, 177.507)),
    ("Vunidogoloa", "FJ", T, (-16.5, 179.9)),
    ("Fijian", "FJ", Q),
])

add("c", """Savai'i ferry back in service after months of disruption

By RNZ Pacific correspondent

APIA (RNZ Pacific) - The main ferry between Samoa's two largest islands, Upolu and Savai'i, has returned to service after three months of repairs, ending long queues at Mulifanua wharf and at Salelologa on the Savai'i side.

The Samoa Shipping Corporation said the vessel had been repaired in Suva, Fiji, after engine failure in August left hundreds of travellers stranded.

During the outage, families travelling for funerals and weddings were forced to wait days for places on a smaller boat, and some produce sellers from Savai'i said they had lost thousands of tala because they could not reach the Fugalei market in Apia.

Prime Minister Fiamē Naomi Mata'afa said the government would buy a second ferry with help from Japan and New Zealand. "Our people on Savai'i cannot be cut off because one ship breaks down," she said.

Samoa is also upgrading Faleolo International Airport, on Upolu's north-west coast, ahead of a visit by regional leaders next year. Flights to Auckland, Brisbane and Nadi resumed normal schedules this week after fuel shortages.

The opposition said the government had ignored islands such as Manono and Apolima, where residents rely on small open boats to reach Upolu.""", [
    ("Savai'i", "WS", N),
    ("APIA", "WS", T, (-13.833, -171.767)),
    ("RNZ Pacific", "NZ", Q),
    ("Samoa Shipping Corporation", "WS", Q),
    ("Samoa", "WS", C),
    ("Upolu", "WS", N),
    ("Mulifanua", "WS", T, (-13.83, -172.03)),
    ("Salelologa", "WS", T, (-13.73, -172.21)),
    ("Suva", "FJ", T, (-18.137, 178.425)),
    ("Fiji", "FJ", C),
    ("Fugalei", "WS", T, (-13.84, -171.77)),
    ("Apia", "WS", T, (-13.833, -171.767)),
    ("Japan", "JP", C),
    ("New Zealand", "NZ", C),
    ("Faleolo International Airport", "-", N),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Nadi", "FJ", T, (-17.803, 177.416)),
    ("Manono", "WS", N),
    ("Apolima", "WS", N),
])

add("c", """Bougainville leaders give Port Moresby deadline on independence vote

By Post-Courier reporter

BUKA, Bougainville (Post-Courier) - The Autonomous Bougainville Government has given the national government in Port Moresby until the end of the year to table the result of the 2019 independence referendum in Parliament, warning it will otherwise set its own path to independence.

President Ishmael Toroama told a gathering in Buka on Monday that 97.7 per cent of Bougainvilleans had voted to leave Papua New Guinea and that the people's patience was "running out".

"We have been patient for six years. Waigani cannot keep us waiting forever," he said, referring to the seat of government in the capital.

Prime Minister James Marape has said the referendum result must be ratified by a two-thirds majority of PNG's Parliament, a position rejected by leaders in Buka and Arawa.

The dispute is being mediated by former New Zealand governor-general Sir Jerry Mateparae, who is due in Arawa next month. New Zealand and Australia both helped end the decade-long civil war that began over the Panguna copper mine in the hills above Arawa in 1989.

The ABG wants to reopen the Panguna mine to fund an independent state, a plan opposed by some landowners in the Kieta and Siwai areas.

Solomon Islands, whose Choiseul and Shortland Islands lie just south of Bougainville, is watching closely, as is Canberra.""", [
    ("Bougainville", "PG", N),
    ("Bougainvilleans", "PG", Q),
    ("Autonomous Bougainville Government", "PG", Q),
    ("Port Moresby", "PG", T, (-9.477, 147.151)),
    ("BUKA", "PG", T, (-5.433, 154.671)),
    ("Post-Courier", "-", N),
    ("Buka", "PG", T, (-5.433, 154.671)),
    ("Papua New Guinea", "PG", C),
    ("Waigani", "PG", T, (-9.43, 147.18)),
    ("PNG", "PG", C),
    ("Arawa", "PG", T, (-6.230, 155.566)),
    ("New Zealand", "NZ", C),
    ("Australia", "AU", C),
    ("Panguna", "PG", T, (-6.316, 155.485)),
    ("Kieta", "PG", T, (-6.22, 155.63)),
    ("Siwai", "PG", A),
    ("Solomon Islands", "SB", C),
    ("Choiseul", "SB", N),
    ("Shortland Islands", "SB", N),
    ("Canberra", "AU", T, (-35.283, 149.128)),
])

add("c", """Tribal fighting in Enga leaves dozens dead; police reinforcements sent from Lae

By Highlands correspondent

PORT MORESBY (AAP) - At least 26 people have been killed in tribal fighting in Papua New Guinea's Enga province over the past week, police say, in the worst violence in the Highlands since an ambush near Wabag last year.

Police Commissioner David Manning said a mobile squad of 120 officers was being flown from Lae and Port Moresby to Wabag, the provincial capital, and that roads between Wabag and the Porgera gold mine had been closed.

The fighting, between clans from the Ambum Valley and areas near Wapenamanda, began after a dispute over land and the result of a local election. Villages have been burned and hundreds of people have fled to Mount Hagen, in Western Highlands, and to church missions in Laiagam.

Enga Governor Peter Ipatas said the province had been "abandoned" by Port Moresby and that high-powered rifles were being smuggled in from Hela Province, near Tari, and across the border from Indonesia.

The Highlands Highway, the main link between the port of Lae in Morobe and the highlands provinces, was blocked by fighting near Kompiam for two days, stranding trucks carrying fuel and food.""", [
    ("Enga", "PG", A),
    ("Lae", "PG", T, (-6.723, 146.996)),
    ("PORT MORESBY", "PG", T, (-9.477, 147.151)),
    ("Papua New Guinea", "PG", C),
    ("Highlands", "PG", N),
    ("Highlands Highway", "PG", Q),
    ("Western Highlands", "PG", A),
    ("Wabag", "PG", T, (-5.491, 143.722)),
    ("Port Moresby", "PG", T, (-9.477, 147.151)),
    ("Porgera", "PG", T, (-5.47, 143.14)),
    ("Ambum Valley", "PG", N),
    ("Wapenamanda", "PG", T, (-5.64, 143.89)),
    ("Mount Hagen", "PG", T, (-5.857, 144.231)),
    ("Laiagam", "PG", T, (-5.40, 143.65)),
    ("Hela Province", "PG", A),
    ("Hela", "PG", A),
    ("Tari", "PG", T, (-5.85, 142.95)),
    ("Indonesia", "ID", C),
    ("Morobe", "PG", A),
    ("Kompiam", "PG", T, (-5.38, 143.92)),
])

add("c", """Tanna and Erromango hit hardest as Cyclone Rita sweeps Vanuatu

By Islands Business correspondent

PORT VILA (AAP) - Severe tropical cyclone Rita has destroyed hundreds of homes on Tanna and Erromango in Vanuatu's southern Tafea province, after passing close to Efate overnight with winds of more than 200km/h.

The National Disaster Management Office said communications with Tanna had been cut since Monday evening and that an aerial survey from Port Vila showed extensive damage around Lenakel and near the Mount Yasur volcano.

"Gardens are gone. Water tanks are gone. People need food and tarpaulins now," said Tafea provincial secretary Joe Iati.

In Port Vila, the capital, trees brought down power lines across the city and damaged the main wharf. The airport at Bauerfield reopened on Tuesday afternoon for relief flights.

Australia and New Zealand have sent Defence aircraft with supplies from Brisbane and Auckland, while France is sending a naval vessel from New Caledonia. Officials in Nouméa said a second ship could leave Friday.

Prime Minister Jotham Napat said in Port Vila that ni-Vanuatu in Australia and New Zealand, many of them seasonal workers, should contact their families through the Red Cross.

The storm is expected to weaken as it moves south-east towards New Caledonia's Loyalty Islands and Lifou on Wednesday.""", [
    ("Tanna", "VU", N),
    ("Erromango", "VU", N),
    ("Vanuatu", "VU", C),
    ("Islands Business", "-", N),
    ("PORT VILA", "VU", T, (-17.736, 168.314)),
    ("Rita", "-", N),
    ("Tafea", "VU", A),
    ("Efate", "VU", N),
    ("Port Vila", "VU", T, (-17.736, 168.314)),
    ("Lenakel", "VU", T, (-19.53, 169.27)),
    ("Mount Yasur", "VU", N),
    ("Bauerfield", "-", N),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("France", "FR", C),
    ("New Caledonia", "NC", N),
    ("Nouméa", "NC", T, (-22.274, 166.449)),
    ("ni-Vanuatu", "VU", Q),
    ("Loyalty Islands", "NC", N),
    ("Lifou", "NC", N),
])

add("c", """Solomons PM defends China police deal as Malaita premier threatens boycott

By Pacific correspondent

HONIARA (ABC Pacific) - Solomon Islands Prime Minister Jeremiah Manele has defended an agreement allowing Chinese police advisers to train officers in Malaita province, after the provincial premier threatened to boycott national events in Honiara.

The deal, signed in Beijing last month, would see a small team of Chinese officers based in Auki, Malaita's capital, for two years. Malaita, the country's most populous province, has long been suspicious of Beijing since Honiara switched diplomatic recognition from Taiwan to China in 2019.

"Malaita was not consulted. We will not accept foreign police on our island without our people's consent," Premier Elijah Asuia said in Auki.

Mr Manele told Parliament that Australian and New Zealand police would continue to work in the Solomons under the existing security treaty with Canberra, and that Chinese advisers were already working in Honiara and on Guadalcanal.

Washington, which reopened its embassy in Honiara in 2023, said it was "monitoring the situation closely". Officials in Canberra and Wellington declined to comment.

The dispute comes as the Western Province capital, Gizo, and the town of Noro prepare to host this year's Pacific Games qualifiers, with teams arriving from Fiji, Papua New Guinea and Vanuatu.""", [
    ("Solomons", "SB", C),
    ("China", "CN", C),
    ("Malaita", "SB", N),
    ("HONIARA", "SB", T, (-9.433, 159.950)),
    ("ABC Pacific", "AU", Q),
    ("Solomon Islands", "SB", C),
    ("Chinese", "CN", Q),
    ("Honiara", "SB", T, (-9.433, 159.950)),
    ("Beijing", "CN", T, (39.904, 116.407)),
    ("Auki", "SB", T, (-8.768, 160.698)),
    ("Taiwan", "TW", C),
    ("Australian", "AU", Q),
    ("New Zealand", "NZ", Q),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Guadalcanal", "SB", N),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("Western Province", "SB", A),
    ("Gizo", "SB", T, (-8.103, 156.842)),
    ("Noro", "SB", T, (-8.24, 157.20)),
    ("Pacific Games", "-", N),
    ("Pacific", "*", N),
    ("Fiji", "FJ", C),
    ("Papua New Guinea", "PG", C),
    ("Vanuatu", "VU", C),
])

add("c", """Tonga marks volcano anniversary as Ha'apai islanders still wait for homes

By RNZ Pacific correspondent

NUKU'ALOFA (RNZ Pacific) - Tongans have marked three years since the eruption of the Hunga Tonga-Hunga Ha'apai volcano, with families from the islands of Mango and 'Atata still living in temporary housing on the main island of Tongatapu.

The January 2022 eruption, the most powerful recorded in the modern era, sent a tsunami across the Kingdom, destroying homes on the western coast of Tongatapu and wiping out villages on small islands in the Ha'apai group.

At a service in Nuku'alofa on Wednesday, Prime Minister Dr 'Aisake Eke said the government had rebuilt 300 homes but that dozens of families from Mango, who were moved to Eua, were still waiting.

"Our people lost their islands. Some of them will never go back," he said.

The undersea cable connecting Tonga to Fiji was cut by the eruption, isolating the country for five weeks. A second cable to Vava'u and Ha'apai was repaired only last year.

Aid from New Zealand, Australia, Japan and China helped rebuild the wharf at Pangai, the main town in Ha'apai, and the international wharf in Nuku'alofa.

Tourism operators in Neiafu, on Vava'u, said whale-watching numbers were now higher than before the eruption.

The Tongan diaspora in Auckland and in Sydney's western suburbs raised more than $5 million after the disaster.""", [
    ("Ha'apai", "TO", N),
    ("Hunga Tonga-Hunga Ha'apai", "TO", N),
    ("Tonga", "TO", C),
    ("NUKU'ALOFA", "TO", T, (-21.137, -175.201)),
    ("RNZ Pacific", "NZ", Q),
    ("Tongans", "TO", Q),
    ("Mango", "TO", N),
    ("'Atata", "TO", N),
    ("Tongatapu", "TO", N),
    ("Nuku'alofa", "TO", T, (-21.137, -175.201)),
    ("Eua", "TO", N),
    ("Fiji", "FJ", C),
    ("Vava'u", "TO", N),
    ("New Zealand", "NZ", C),
    ("Australia", "AU", C),
    ("Japan", "JP", C),
    ("China", "CN", C),
    ("Pangai", "TO", T, (-19.815, -174.354)),
    ("Neiafu", "TO", T, (-18.651, -173.984)),
    ("Tongan", "TO", Q),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Sydney", "AU", T, (-33.868, 151.207)),
])

add("c", """Timor-Leste presses Woodside to pipe Greater Sunrise gas to south coast

By AAP Darwin correspondent

DILI, Timor-Leste (AAP) - Timor-Leste's government has urged Woodside and its partners to bring gas from the Greater Sunrise fields in the Timor Sea ashore on the country's south coast, rather than piping it to Darwin, as the long-stalled project edges towards a decision.

Petroleum Minister Francisco da Costa Monteiro told reporters in Dili that a processing plant at Beaço, in Viqueque municipality, would create thousands of jobs and transform the economy of a country where most people still live off farming.

"Greater Sunrise is our future. It must come to Timor-Leste, not to Australia," he said.

The government has already built a supply base and highway at Suai, on the south coast in Covalima, as part of the Tasi Mane project, though critics say the Suai airport sits largely unused.

Woodside, based in Perth, has previously said piping the gas 450km to the existing plant at Darwin in Australia's Northern Territory would be cheaper. Canberra said it respected "the sovereign decisions of Timor-Leste".

The country's oil fund, built on revenue from the Bayu-Undan field, could run out within a decade.

Protesters gathered outside the Government Palace in Dili on Thursday, and students from Baucau and Maliana travelled to the capital to join them. In the Oecusse enclave, surrounded by Indonesia's West Timor, residents said they would rather see money spent on a road to Kupang.

East Timor, as the country was formerly known, gained independence in 2002 after 24 years of Indonesian occupation.""", [
    ("Timor-Leste", "TL", C),
    ("Woodside", "-", N),
    ("Greater Sunrise", "*", Q),
    ("DILI", "TL", T, (-8.559, 125.574)),
    ("Timor Sea", "*", N),
    ("Darwin", "AU", T, (-12.461, 130.842)),
    ("Dili", "TL", T, (-8.559, 125.574)),
    ("Beaço", "TL", T, (-8.95, 126.41)),
    ("Viqueque", "TL", A),
    ("Australia", "AU", C),
    ("Suai", "TL", T, (-9.313, 125.256)),
    ("Covalima", "TL", A),
    ("Tasi Mane", "-", N),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Northern Territory", "AU", A),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Bayu-Undan", "*", Q),
    ("Baucau", "TL", T, (-8.476, 126.456)),
    ("Maliana", "TL", T, (-8.992, 125.220)),
    ("Oecusse", "TL", A),
    ("Indonesia", "ID", C),
    ("West Timor", "ID", N),
    ("Kupang", "ID", T, (-10.17, 123.61)),
    ("East Timor", "TL", C),
    ("Indonesian", "ID", Q),
])

add("c", """Tuvaluans take up Australian climate visas as Funafuti shoreline retreats

By Pacific affairs reporter

FUNAFUTI, Tuvalu (Guardian Australia) - The first 280 Tuvaluans to win places under a new climate mobility visa have begun arriving in Australia, as sea walls on Funafuti struggle to hold back king tides.

The Falepili Union treaty, signed in 2023, allows up to 280 Tuvaluans a year to live, work and study in Australia. More than a third of the country's 11,000 people entered the first ballot.

On Fongafale, the narrow strip of land that hosts Tuvalu's capital, a land reclamation project funded by the Green Climate Fund has created new ground above the reach of storm surges. But residents on outer islands such as Nanumea and Nukulaelae say they have seen little benefit.

Neighbouring Kiribati faces the same threat. In South Tarawa, where half of the country's 130,000 people live on atolls a few metres above sea level, families in Betio and Bairiki are building homes on stilts. Kiribati's government has bought land on Vanua Levu in Fiji as a food security measure.

Tuvalu's prime minister, Feleti Teo, told the Pacific Islands Forum in Nuku'alofa that the treaty was "not a plan to leave, but a plan to stay with dignity".

Australia has committed $110 million to the coastal adaptation project. Canberra also gained a say over Tuvalu's security agreements with other countries, a clause critics in Funafuti say concedes sovereignty.""", [
    ("Tuvaluans", "TV", Q),
    ("Australian", "AU", Q),
    ("Guardian Australia", "-", N),
    ("Funafuti", "TV", N),
    ("FUNAFUTI", "TV", N),
    ("Tuvalu", "TV", C),
    ("Australia", "AU", C),
    ("Falepili Union", "-", N),
    ("Pacific", "*", N),
    ("Fongafale", "TV", N),
    ("Green Climate Fund", "-", N),
    ("Nanumea", "TV", N),
    ("Nukulaelae", "TV", N),
    ("Kiribati", "KI", C),
    ("South Tarawa", "KI", N),
    ("Betio", "KI", T, (1.358, 172.921)),
    ("Bairiki", "KI", T, (1.329, 172.975)),
    ("Vanua Levu", "FJ", N),
    ("Fiji", "FJ", C),
    ("Pacific Islands Forum", "*", Q),
    ("Nuku'alofa", "TO", T, (-21.137, -175.201)),
    ("Canberra", "AU", T, (-35.283, 149.128)),
])

add("c", """Nouméa curfew lifted a year after deadly riots, but Kanak leaders warn talks fragile

By Pacific correspondent

NOUMÉA, New Caledonia (RNZ Pacific) - French authorities have lifted the last overnight curfew in Nouméa, a year after riots over voting reforms left 14 people dead and caused more than 2 billion euros in damage across New Caledonia.

The High Commissioner said the curfew in Greater Nouméa, including Dumbéa, Païta and Mont-Dore, was no longer needed after months without serious incidents.

But pro-independence leaders warned that negotiations with Paris over the territory's future remained fragile. "The Kanak people have not gone away," said a spokesman for the FLNKS, speaking from Lifou in the Loyalty Islands.

The unrest erupted in May 2024 after France's National Assembly voted to open provincial electoral rolls to more recent arrivals from metropolitan France, a move Kanak groups said would dilute their vote.

Barricades blocked the main road from Nouméa to La Tontouta International Airport for weeks, and Australian and New Zealand tourists had to be evacuated on military flights to Brisbane and Auckland.

Businesses in the suburbs of Magenta and Ducos, where dozens of shops and factories were burned, say many will not reopen. Nickel plants in the North Province, around Koniambo and Voh, have closed, and thousands of workers have left Grande Terre for Australia and mainland France.

Vanuatu's prime minister and leaders of the Melanesian Spearhead Group have offered to mediate. Talks between the loyalist and independence camps are due to resume in Paris next month.

New Caledonia has been French since 1853. Its people voted against independence in three referendums between 2018 and 2021.""", [
    ("NOUMÉA", "NC", T, (-22.274, 166.449)),
    ("Greater Nouméa", "NC", N),
    ("Nouméa", "NC", T, (-22.274, 166.449)),
    ("Pacific", "*", N),
    ("Kanak", "NC", Q),
    ("New Caledonia", "NC", N),
    ("RNZ Pacific", "NZ", Q),
    ("French", "FR", Q),
    ("Dumbéa", "NC", T, (-22.158, 166.457)),
    ("Païta", "NC", T, (-22.13, 166.36)),
    ("Mont-Dore", "NC", T, (-22.263, 166.566)),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Lifou", "NC", N),
    ("Loyalty Islands", "NC", N),
    ("France", "FR", C),
    ("La Tontouta International Airport", "-", N),
    ("Australian", "AU", Q),
    ("New Zealand", "NZ", Q),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Auckland", "NZ", T, (-36.849, 174.763)),
    ("Magenta", "NC", T, (-22.26, 166.47)),
    ("Ducos", "NC", T, (-22.24, 166.44)),
    ("North Province", "NC", A),
    ("Koniambo", "NC", N),
    ("Voh", "NC", T, (-20.96, 164.69)),
    ("Grande Terre", "NC", N),
    ("Australia", "AU", C),
    ("Vanuatu", "VU", C),
    ("Melanesian Spearhead Group", "-", N),
])

add("c", """Wellington pauses Cook Islands aid over Rarotonga's China deals

By Pacific reporter

AVARUA, Rarotonga (RNZ) - New Zealand has paused about $18 million in budget support to the Cook Islands, saying Rarotonga failed to consult Wellington before signing a package of agreements with China.

The Cook Islands is self-governing in free association with New Zealand, whose citizenship all Cook Islanders hold. Under the arrangement, the two governments are expected to consult on defence and foreign policy.

Prime Minister Mark Brown, speaking in Avarua, said the agreements signed in Beijing covered infrastructure, seabed mining research and a new wharf on Aitutaki, and did not touch on security. "We are not choosing between our friends," he said.

Foreign Minister Winston Peters said in Wellington that New Zealand wanted to see the full text of the deals. Officials in Canberra and Washington have also raised concerns about Chinese interest in the seabed nodules between Rarotonga and Penrhyn, in the northern group.

Neighbouring Niue, which also shares a constitutional relationship with New Zealand, said it would keep consulting Wellington. Niue Premier Dalton Tagelagi said in Alofi that the two countries' ties were "family, not just politics".

New Zealand remains the largest aid donor to both countries.""", [
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("Cook Islanders", "CK", Q),
    ("Cook Islands", "CK", N),
    ("Pacific", "*", N),
    ("Rarotonga", "CK", N),
    ("China", "CN", C),
    ("AVARUA", "CK", T, (-21.207, -159.775)),
    ("New Zealand", "NZ", C),
    ("Avarua", "CK", T, (-21.207, -159.775)),
    ("Beijing", "CN", T, (39.904, 116.407)),
    ("Aitutaki", "CK", N),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Chinese", "CN", Q),
    ("Penrhyn", "CK", N),
    ("Niue", "NU", N),
    ("Alofi", "NU", T, (-19.053, -169.920)),
])

add("c", """Micronesian leaders push for US compact cash as China courts Pacific north

By Islands Business reporter

MAJURO, Marshall Islands (Islands Business) - Leaders from the three Pacific nations linked to the United States by compacts of free association have urged Washington to release delayed funding, warning that China is filling the gap.

Marshall Islands President Hilda Heine, hosting leaders from Palau and the Federated States of Micronesia in Majuro, said payments for health and education had been held up for months.

"If the United States will not show up, others will," she said.

The compacts give Washington exclusive military access to a vast area of the north Pacific, including the Reagan missile test site at Kwajalein Atoll, in return for economic aid.

Palau President Surangel Whipps Jr said his country was still waiting on funding for a new hospital in Koror, and that Chinese vessels had been spotted near Palau's waters. The United States is building a radar system on Palau's main island of Babeldaob.

Federated States of Micronesia President Wesley Simina said officials in Palikir, on Pohnpei, were also concerned about Chinese fishing fleets around Chuuk and Yap.

The next leaders' meeting will be in Koror in March.""", [
    ("Micronesian", "FM", Q),
    ("United States", "US", C),
    ("US", "US", Q),
    ("China", "CN", C),
    ("Pacific", "*", N),
    ("Islands Business", "-", N),
    ("MAJURO", "MH", T, (7.090, 171.380)),
    ("Marshall Islands", "MH", C),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Palau", "PW", C),
    ("Federated States of Micronesia", "FM", C),
    ("Majuro", "MH", T, (7.090, 171.380)),
    ("Reagan", "-", N),
    ("Kwajalein Atoll", "MH", N),
    ("Koror", "PW", T, (7.340, 134.473)),
    ("Chinese", "CN", Q),
    ("Babeldaob", "PW", N),
    ("Palikir", "FM", T, (6.925, 158.161)),
    ("Pohnpei", "FM", N),
    ("Chuuk", "FM", N),
    ("Yap", "FM", N),
])

add("c", """PNG's NRL bid: Port Moresby stadium upgrade begins as Canberra signs cheque

By Post-Courier sports reporter

PORT MORESBY (Post-Courier) - Work has started on upgrading the National Football Stadium in Port Moresby ahead of Papua New Guinea's entry into the NRL in 2028, with Canberra providing most of the $600 million package.

The new team, yet to be named, will play home games in the capital and some matches in Lae, and will have a training base in Brisbane. Players will be drawn from across the country, including the PNG Hunters, who play in the Queensland Cup.

Sports Minister Ben Wari said the team would "unite a nation of more than 800 languages", with talent coming from Goroka, Mount Hagen, Kokopo and Bougainville.

"Every village in the Highlands, every settlement in Port Moresby, they will all be supporting this team," he said.

The deal, negotiated between Prime Minister James Marape and Australian Prime Minister Anthony Albanese, includes a clause that PNG will not enter a security agreement with other countries that undermines its partnership with Australia. Beijing had offered to help build stadiums in Lae and Kokopo.

NRL chief executive Andrew Abdo said the team would be competitive "from day one", pointing to PNG-born players already at clubs such as the Brisbane Broncos, the Dolphins and the North Queensland Cowboys in Townsville.

Fans in Bougainville and East New Britain have asked for at least one game a season outside Port Moresby and Lae.""", [
    ("PNG", "PG", C),
    ("PNG Hunters", "-", N),
    ("Port Moresby", "PG", T, (-9.477, 147.151)),
    ("Canberra", "AU", T, (-35.283, 149.128)),
    ("Post-Courier", "-", N),
    ("PORT MORESBY", "PG", T, (-9.477, 147.151)),
    ("National Football Stadium", "-", N),
    ("Papua New Guinea", "PG", C),
    ("Lae", "PG", T, (-6.723, 146.996)),
    ("Brisbane Broncos", "-", N),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Queensland Cup", "-", N),
    ("Goroka", "PG", T, (-6.085, 145.387)),
    ("Mount Hagen", "PG", T, (-5.857, 144.231)),
    ("Kokopo", "PG", T, (-4.343, 152.269)),
    ("Bougainville", "PG", N),
    ("Highlands", "PG", N),
    ("Australian", "AU", Q),
    ("Australia", "AU", C),
    ("Beijing", "CN", T, (39.904, 116.407)),
    ("North Queensland Cowboys", "-", N),
    ("Townsville", "AU", T, (-19.266, 146.806)),
    ("East New Britain", "PG", A),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
