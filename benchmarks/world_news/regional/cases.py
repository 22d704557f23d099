"""Full-length regional news articles for geomap evaluation ('regional'): 200-500 words each, written
as regional English-language outlets, US state wires and sport/travel/culture desks write them, with
headline, dateline (often ALL CAPS), bylines, quotes, and people, clubs and organisations named like
places, so that the document's context decides between namesakes (Hyderabad, Perth, Newcastle,
Richmond, Durham, Wellington, Victoria, Jackson, Columbia, Lancaster, Dover, ...).

CASES: list of (text, [(surface, expected_country_iso2, expected_kind_or_None[, hint]), ...]).
  - every occurrence of `surface` (word-bounded, case-sensitive) in the text is expected,
    except occurrences inside a longer listed surface; "Name#2" = only the 2nd occurrence,
    "Name#1,3" = only the 1st and 3rd.
  - country "*" = any country accepted (rivers, seas, ranges, continents); "A|B" = either.
  - kind "?" = debatable (club, stadium, street, airport, organisation named after a place):
    not counted as expected, and a result there is ignored if its country matches (or country
    is "*"); a result in another country is spurious.
  - kind "admin1" accepts admin1/admin2/region; "city" city only; "country" country only;
    None = any kind.
  - optional hint: the entry's admin1 code ("US.TX"), a substring of its name, or (lat, lon):
    the entry must lie within 40 km of that point.
  - a surface with country "-" is a NON-place (person, ship, storm, song named like a place):
    any result there is spurious. Listed only to document the trap; not counted as expected.
  - demonyms and adjectives ("Pakistani", "Welsh", "Kenyan") are not place names and are not
    listed; a result on one is spurious.
GENRES: parallel list of genre letters: a = regional English-language press outside the US
(Pakistan, India, Bangladesh, Philippines, Kenya, Nigeria, Ireland, UK regions, Australia, New
Zealand, Indonesia), b = US state and regional news (AP state wires), c = sport, travel and culture.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []

def add(g, text, exp):
    RAW.append((g, text, exp))

# ======================= (a) regional press outside the US =======================

add("a", """Kotri barrage flows rise as Hyderabad braces for 'high flood'

By Mohammad Hussain Khan

HYDERABAD: The Indus was carrying more than 450,000 cusecs at Kotri barrage on Thursday evening, and irrigation officials warned that the flow could touch 'high flood' levels by the weekend as the flood wave that passed Sukkur on Tuesday moved downstream.

Officials of the Sindh irrigation department said embankments on both sides of the river between Jamshoro and Tando Muhammad Khan were being watched round the clock, with special attention to the Matiari loop bund and a stretch near Hala where seepage was reported last month.

Hyderabad commissioner Fayaz Abbasi told reporters at the Latifabad circuit house that 32 relief camps had been set up in schools across Hyderabad, Jamshoro and Matiari districts. "People living in the katcha area have been asked to move to higher ground. We are not taking any chances after what happened in 2022," he said.

In Thatta and Sujawal, where the river meets the Arabian Sea through the delta creeks, fishermen were told not to venture out. The Pakistan Meteorological Department forecast more rain over lower Sindh, including Badin and Mirpurkhas, until Sunday.

Traffic on the Hyderabad-Karachi motorway remained normal, but the old Kotri bridge was closed to heavy vehicles as a precaution. Railway officials said the Karachi-bound Shalimar Express was delayed by four hours near Nawabshah because of waterlogging on the track.

Traders in the city's Resham Gali said business had fallen sharply. "Nobody is buying clothes when their village may be under water," said Abdul Ghafoor, whose family comes from Kandhkot.

The flood alert came a day after the Punjab Disaster Management Authority reported that the Chenab and Sutlej had receded near Multan. Officials in Islamabad said a team from the National Disaster Management Authority would visit Hyderabad and Sukkur on Saturday to review arrangements.
""", [
    ("Kotri", "PK", Q), ("Hyderabad", "PK", N, (25.39, 68.37)), ("HYDERABAD", "PK", N, (25.39, 68.37)),
    ("Indus", "*", N), ("Sukkur", "PK", N), ("Sindh", "PK", A), ("Jamshoro", "PK", N),
    ("Tando Muhammad Khan", "PK", N), ("Matiari", "PK", N), ("Hala", "PK", N, (25.81, 68.42)),
    ("Latifabad", "PK", N, (25.38, 68.38)), ("Thatta", "PK", N), ("Sujawal", "PK", N),
    ("Arabian Sea", "*", N), ("Pakistan Meteorological Department", "PK", Q), ("Badin", "PK", N),
    ("Mirpurkhas", "PK", N), ("Karachi", "PK", N), ("Shalimar Express", "-", N), ("Nawabshah", "PK", N),
    ("Resham Gali", "PK", Q), ("Kandhkot", "PK", N), ("Punjab Disaster Management Authority", "PK", Q),
    ("Chenab", "*", N), ("Sutlej", "*", N), ("Multan", "PK", N), ("Islamabad", "PK", N),
])

add("a", """Delta farmers seek compensation as unseasonal rain flattens samba crop

THANJAVUR

Heavy unseasonal rain over the past four days has flattened samba paddy ready for harvest on nearly 40,000 acres across the Cauvery delta districts of Thanjavur, Tiruvarur and Nagapattinam, according to preliminary estimates by the Agriculture Department.

Farmers at Orathanadu and Papanasam in Thanjavur district said the grain had begun to sprout on the stalks. "We were to begin harvesting next week. Now the machines cannot even enter the fields," said R. Sekar, who cultivates eight acres on the banks of the Vennar.

Vedaranyam in Nagapattinam district received 18 cm of rain in the 24 hours ending 8.30 a.m. on Wednesday, the highest in the State, followed by Thiruthuraipoondi (14 cm) and Kodavasal (11 cm). The Regional Meteorological Centre in Chennai has forecast moderate rain over the coastal districts till Friday, owing to a low-pressure area over the southwest Bay of Bengal off Sri Lanka.

Visiting affected fields at Kumbakonam, Agriculture Minister M.R.K. Panneerselvam said an enumeration would be completed within a week and compensation released before Pongal. Farmers' associations, however, demanded ₹35,000 an acre and a waiver of crop loans taken from cooperative banks.

Water is being released from the Mettur dam into the Cauvery at a reduced rate of 6,000 cusecs, and the Water Resources Department opened the shutters at the Grand Anicut near Tiruchi on Tuesday evening to drain surplus water into the Kollidam.

Procurement through direct purchase centres run by the Tamil Nadu Civil Supplies Corporation has been suspended in Tiruvarur and Mayiladuthurai districts until the fields dry. Officials said the moisture content of the grain was well above the permissible 17%.

Poor visibility also disrupted air travel: IndiGo cancelled its evening flight between Tiruchi and Hyderabad, and a Bengaluru-bound aircraft was diverted to Madurai.
""", [
    ("THANJAVUR", "IN", N), ("Cauvery", "*", N), ("Thanjavur", "IN", N), ("Tiruvarur", "IN", N),
    ("Nagapattinam", "IN", N), ("Orathanadu", "IN", N), ("Papanasam", "IN", N, (10.92, 79.27)),
    ("Vennar", "*", N), ("Vedaranyam", "IN", N), ("Thiruthuraipoondi", "IN", N), ("Kodavasal", "IN", N),
    ("Chennai", "IN", N), ("Bay of Bengal", "*", N), ("Sri Lanka", "LK", C), ("Kumbakonam", "IN", N),
    ("Mettur", "IN", Q), ("Grand Anicut", "IN", Q), ("Tiruchi", "IN", N, (10.80, 78.69)), ("Kollidam", "*", N),
    ("Tamil Nadu Civil Supplies Corporation", "IN", Q), ("Mayiladuthurai", "IN", N),
    ("Hyderabad", "IN", N, (17.38, 78.48)), ("Bengaluru", "IN", N), ("Madurai", "IN", N),
])

add("a", """Flash floods strand thousands in Sunamganj as Surma swells

Our Correspondent, Sylhet

Flash floods triggered by heavy rain in India's Meghalaya have inundated low-lying areas of six upazilas in Sunamganj, leaving around 1.5 lakh people stranded, officials said yesterday.

The Surma was flowing 45 centimetres above the danger level at the Sunamganj point and 20cm above it at Kanaighat, according to the Flood Forecasting and Warning Centre (FFWC). The Kushiyara was rising at Sheola and Amalshid in Sylhet's Zakiganj upazila.

Cherrapunji, across the border in Meghalaya, recorded 312mm of rain in the 24 hours till 9:00am yesterday, the FFWC said, and water from the hills poured into Tahirpur, Bishwambharpur, Doarabazar and Chhatak upazilas of Sunamganj.

"The water entered my house at midnight. We spent the night on the roof with our cattle tied to the bamboo," said Rahima Begum, 52, a resident of Tahirpur.

The Sylhet-Sunamganj highway was submerged at several points near Chhatak, cutting road communication with the district headquarters. The district administration has opened 214 shelter centres, said Deputy Commissioner Didarul Alam.

In Sylhet city, waterlogging was reported in Upashahar and Subidbazar after 130mm of rain. Osmani International Airport remained operational, a spokesman said.

Army personnel from Jalalabad Cantonment joined rescue efforts in Companiganj and Gowainghat, where boats were the only means of travel, the Inter-Services Public Relations said in a press release.

The FFWC forecast that water levels in the northeastern rivers, including the Surma, Kushiyara and Jadukata, might keep rising for the next 48 hours, while rivers in Moulvibazar and Habiganj could cross danger levels.

Meanwhile, the Teesta was flowing above the danger level at Dalia point in Lalmonirhat, as heavy rain lashed Sikkim and West Bengal upstream.
""", [
    ("Sunamganj", "BD", N), ("Surma", "*", N), ("Sylhet", "BD", N), ("India", "IN", C), ("Meghalaya", "IN", A),
    ("Kanaighat", "BD", N), ("Kushiyara", "*", N), ("Sheola", "BD", N), ("Amalshid", "BD", N), ("Zakiganj", "BD", N),
    ("Cherrapunji", "IN", N), ("Tahirpur", "BD", N), ("Bishwambharpur", "BD", N), ("Doarabazar", "BD", N),
    ("Chhatak", "BD", N), ("Upashahar", "BD", N), ("Subidbazar", "BD", N), ("Osmani International Airport", "BD", Q),
    ("Jalalabad Cantonment", "BD", Q), ("Companiganj", "BD", N, (25.08, 91.76)), ("Gowainghat", "BD", N),
    ("Jadukata", "*", N), ("Moulvibazar", "BD", N), ("Habiganj", "BD", N), ("Teesta", "*", N), ("Dalia", "BD", Q),
    ("Lalmonirhat", "BD", N), ("Sikkim", "IN", A), ("West Bengal", "IN", A),
])

add("a", """Kanlaon ashfall forces class suspensions in Negros towns

By Carla P. Gomez, Inquirer Visayas

BACOLOD CITY — Classes were suspended in at least six towns and cities in Negros Occidental and Negros Oriental on Tuesday after Kanlaon Volcano spewed a 3,000-meter ash column that drifted southwest and coated rooftops and sugarcane fields with fine gray ash.

The Philippine Institute of Volcanology and Seismology (Phivolcs) said the explosive eruption, which began at 5:51 a.m., lasted six minutes. Kanlaon remains under Alert Level 3, and residents within a 6-kilometer radius of the summit are barred from returning home.

Ashfall was reported in La Castellana, Moises Padilla, La Carlota City and Bago City in Negros Occidental, and in Canlaon City in Negros Oriental, according to the Office of Civil Defense in Western Visayas.

La Castellana Mayor Rhumyla Mangilimutan said 4,200 evacuees remained in 11 evacuation centers, most of them from the villages of Biak-na-Bato and Masulog. "Our people want to go back to their farms, but the volcano is not yet calm," she said.

In Canlaon City, which sits on the volcano's eastern slope, Mayor Jose Chubasco Cardenas asked the national government for more water tankers after ash contaminated open wells.

Provincial disaster officials in Bacolod distributed N95 masks, while Cebu Pacific canceled two flights between Bacolod and Manila because of ash on the runway at Bacolod-Silay Airport. Flights to Iloilo and Cebu were not affected.

Sugar planters in Victorias and Sagay, farther north, said they were watching the wind. The Sugar Regulatory Administration estimated that about 2,500 hectares of cane in La Castellana and La Carlota had been damaged since the volcano's first eruption in June.

Gov. Eugenio Jose Lacson said the Negros Occidental provincial government had released ₱15 million in aid and asked Malacañang to declare a state of calamity in the affected towns. In Dumaguete, the capital of Negros Oriental, officials said they were preparing additional evacuation centers in case the alert level is raised.
""", [
    ("Negros", "PH", N), ("BACOLOD CITY", "PH", N), ("Negros Occidental", "PH", A), ("Negros Oriental", "PH", A),
    ("Kanlaon Volcano", "PH", N), ("Kanlaon", "PH", N), ("Philippine Institute of Volcanology and Seismology", "PH", Q),
    ("La Castellana", "PH", N), ("Moises Padilla", "PH", N), ("La Carlota City", "PH", N), ("La Carlota", "PH", N),
    ("Bago City", "PH", N), ("Canlaon City", "PH", N), ("Western Visayas", "PH", A), ("Biak-na-Bato", "PH", N, (10.33, 123.05)),
    ("Masulog", "PH", N), ("Bacolod", "PH", N), ("Cebu Pacific", "-", N), ("Manila", "PH", N),
    ("Bacolod-Silay Airport", "PH", Q), ("Iloilo", "PH", N), ("Cebu", "PH", N), ("Victorias", "PH", N), ("Sagay", "PH", N),
    ("Sugar Regulatory Administration", "PH", Q), ("Malacañang", "PH", Q), ("Dumaguete", "PH", N), ("Inquirer Visayas", "-", N),
])

add("a", """Fishermen count losses as water hyacinth chokes Kisumu beaches

By Rushdie Oudia

Hundreds of fishermen in Kisumu and Homa Bay counties have been unable to launch their boats for nearly three weeks after a thick mat of water hyacinth drifted into the Winam Gulf of Lake Victoria, blocking landing beaches from Dunga to Kendu Bay.

At Dunga beach, on the outskirts of Kisumu city, dozens of boats lay idle on Monday. "We cannot go out, and even if we go out, the nets get tangled. My family has eaten only ugali for a week," said Mr Peter Odhiambo, the chairman of the beach management unit.

The weed, which scientists say feeds on nutrients washed down the Nyando and Sondu-Miriu rivers, has also blocked the ferry route between Mbita and Luanda Kotieno in Siaya, forcing travellers to use the longer road through Kisumu.

Kisumu Governor Anyang' Nyong'o said the county had hired two harvesting machines from a Nakuru firm and would seek help from the Lake Victoria Basin Commission, which brings together Kenya, Uganda, Tanzania, Rwanda and Burundi. "This is not a Kisumu problem alone. The lake is shared, and so is the weed," he said at a press briefing at Prosperity House.

The Kenya Marine and Fisheries Research Institute (Kemfri) station in Kisumu said satellite images showed the mat had grown to about 6,000 hectares, the largest since 2018. Researchers said winds blowing from the west usually push the weed out of the gulf by August, but the long rains had made the pattern unpredictable.

Fish traders in Homa Bay town said the price of a kilogramme of tilapia had risen from Sh350 to Sh500, as supplies from Uganda and from the Migori side of the lake at Muhuru Bay and Sori also fell.

Mr Odhiambo said the fishermen would take their complaints to Nairobi if the county did not act. "We have been promised machines since 2019. We are tired of promises," he said.
""", [
    ("Kisumu", "KE", N), ("Homa Bay", "KE", N), ("Winam Gulf", "KE", N), ("Lake Victoria", "*", N),
    ("Dunga", "KE", N, (-0.14, 34.74)), ("Kendu Bay", "KE", N), ("Nyando", "*", N), ("Sondu-Miriu", "*", N),
    ("Mbita", "KE", N), ("Luanda Kotieno", "KE", N), ("Siaya", "KE", N), ("Nakuru", "KE", N),
    ("Lake Victoria Basin Commission", "*", Q), ("Kenya", "KE", C), ("Uganda", "UG", C), ("Tanzania", "TZ", C),
    ("Rwanda", "RW", C), ("Burundi", "BI", C), ("Prosperity House", "KE", Q),
    ("Kenya Marine and Fisheries Research Institute", "KE", Q), ("Migori", "KE", N), ("Muhuru Bay", "KE", N),
    ("Sori", "KE", N, (-0.83, 34.20)), ("Nairobi", "KE", N),
])

add("a", """Plateau killings: Bokkos villagers bury 27 as curfew is extended

By Abdulkareem Mojeed, Jos

Residents of Bokkos Local Government Area of Plateau State on Monday buried 27 people killed in overnight attacks on three villages, as the state government extended a dusk-to-dawn curfew to neighbouring Mangu.

Gunmen stormed Hurti, Mushu and Ruwi villages at about 11 p.m. on Saturday, shooting residents and setting houses on fire, according to Farmasum Fuddang, chairman of the Bokkos Cultural Development Council. He said 48 houses were burnt and at least 300 people fled to Bokkos town.

Plateau Police Command spokesperson Alfred Alabo confirmed the attacks in a statement in Jos, the state capital, and said a joint team of police and soldiers of Operation Safe Haven had been deployed. "Two suspects have been arrested and are assisting the investigation," he said.

Governor Caleb Mutfwang, who visited the mass burial, described the attacks as "a deliberate attempt to displace our people from their ancestral land" and urged President Bola Tinubu to order the military to flush out attackers hiding in forests along the boundary with Bauchi and Kaduna states.

Bokkos was the scene of coordinated Christmas Eve attacks in December 2023 in which more than 150 people were killed across Bokkos and Barkin Ladi. The violence has since spread to Riyom and parts of Mangu, where clashes between farmers and herders have displaced thousands.

Amnesty International, in a statement from Abuja, said the Nigerian authorities had "failed to learn the lessons of previous massacres" and called for an independent inquiry.

At the Jos University Teaching Hospital, a doctor who asked not to be named said 14 wounded people were being treated, four of them in critical condition. Traders in Jos said movement on the Jos-Bokkos road had almost stopped, and the price of Irish potatoes, which the area supplies to markets in Kano, Lagos and Port Harcourt, had risen sharply.

The Senate member representing Plateau North, Diket Plang, said he would move a motion on the killings in Abuja this week.
""", [
    ("Plateau", "NG", A), ("Bokkos", "NG", N), ("Jos", "NG", N), ("Plateau State", "NG", A), ("Mangu", "NG", N),
    ("Hurti", "NG", N), ("Mushu", "NG", N), ("Ruwi", "NG", N), ("Bokkos Cultural Development Council", "NG", Q),
    ("Plateau Police Command", "NG", Q), ("Operation Safe Haven", "-", N), ("Bauchi", "NG", A), ("Kaduna", "NG", A),
    ("Barkin Ladi", "NG", N), ("Riyom", "NG", N), ("Abuja", "NG", N), ("Jos University Teaching Hospital", "NG", Q),
    ("Kano", "NG", N), ("Lagos", "NG", N), ("Port Harcourt", "NG", N), ("Plateau North", "NG", Q),
])

add("a", """Storm Ashley: Galway city centre flooded as gusts top 130km/h on western seaboard

Lorna Siggins, Western Correspondent

More than 50,000 homes and businesses were without power across Galway, Mayo and Clare on Sunday night after Storm Ashley brought gusts of up to 131km/h to the west coast and a storm surge that flooded parts of Galway city centre.

The Spanish Arch and the Claddagh were under water at high tide shortly after 6pm, and gardaí closed the promenade at Salthill as waves broke over the sea wall. Met Éireann had issued a status orange wind warning for Galway, Mayo, Clare and Kerry, and a yellow warning for the rest of the country.

ESB Networks said the worst-affected areas were Connemara, north Mayo and west Clare, with large outages around Clifden, Belmullet, Kilkee and Doolin. Crews from Cork and Limerick were sent to assist, but the company warned that some customers in remote areas could be without electricity until Wednesday.

In Co Mayo, a section of the N59 between Westport and Newport was closed by fallen trees, and the Achill Island causeway was shut for several hours. Ferry sailings from Rossaveal to the Aran Islands were cancelled.

Galway City Council's director of services, Gary McMahon, said 400 sandbags had been distributed in the Claddagh and along the Dock Road before the tide. "The defences held in most places, but the surge was higher than we modelled," he said. Traders on Quay Street said it was the worst flooding since Storm Ophelia in 2017.

Two transatlantic flights from Boston and New York were diverted from Dublin to Shannon Airport because of crosswinds, while an Aer Lingus Regional service from Manchester was cancelled at Ireland West Airport Knock.

In the midlands, Waterways Ireland warned boat owners that the River Shannon was expected to rise sharply at Athlone and Banagher over the coming days as rain drained from the catchment.

Storm Ashley is the first named storm of the season. The Department of Housing said councils in Galway and Kerry could apply for emergency humanitarian assistance for households flooded in the surge.
""", [
    ("Storm Ashley", "-", N), ("Galway", "IE", N), ("Mayo", "IE", A), ("Clare", "IE", A, (52.9, -9.0)), ("Spanish Arch", "IE", Q),
    ("Claddagh", "IE", N), ("Salthill", "IE", N), ("Met Éireann", "-", N), ("Kerry", "IE", A), ("Connemara", "IE", N),
    ("Clifden", "IE", N), ("Belmullet", "IE", N), ("Kilkee", "IE", N), ("Doolin", "IE", N), ("Cork", "IE", N),
    ("Limerick", "IE", N), ("Co Mayo", "IE", A), ("Westport", "IE", N), ("Newport", "IE", N, (53.88, -9.55)),
    ("Achill Island", "IE", N), ("Rossaveal", "IE", N), ("Aran Islands", "IE", N), ("Galway City Council", "IE", Q),
    ("Dock Road", "IE", Q), ("Quay Street", "IE", Q), ("Storm Ophelia", "-", N), ("Boston", "US", N),
    ("New York", "US", N), ("Dublin", "IE", N), ("Shannon Airport", "IE", Q), ("Aer Lingus Regional", "-", N),
    ("Manchester", "GB", N), ("Ireland West Airport Knock", "IE", Q), ("Waterways Ireland", "IE", Q),
    ("River Shannon", "*", N), ("Athlone", "IE", N), ("Banagher", "IE", N),
])

add("a", """Swale bursts its banks as Richmond and Catterick face worst flooding in a decade

By Chris Burn

Homes in Richmond and Catterick were evacuated overnight after the River Swale burst its banks following 36 hours of heavy rain across the Yorkshire Dales, with the Environment Agency issuing two severe flood warnings - the highest level - for North Yorkshire.

The river at Richmond rose more than four metres in twelve hours, submerging the riverside path below the castle and flooding the Station Brewery building and a dozen properties on Bridge Street. Further upstream in Swaledale, the road between Reeth and Grinton was washed away near the bridge, leaving several farms cut off.

North Yorkshire Council said 120 residents had spent the night at a rest centre in Catterick Garrison, where soldiers helped to fill sandbags. "We've lived here 40 years and we've never seen the Swale like this," said Margaret Dinsdale, 71, whose bungalow in Brompton-on-Swale took in a foot of water.

The A1(M) was closed in both directions between Scotch Corner and Leeming Bar for much of Friday morning, and Northern said trains between Northallerton and Middlesbrough were replaced by buses. LNER warned of delays on the East Coast Main Line between Darlington and York.

The Environment Agency said the flood peak was expected to reach Topcliffe and Myton-on-Swale by this evening, before the Swale joins the Ure to form the Ouse. In York, the Foss Barrier was operating and the King's Staith pub was surrounded by water, though the agency said levels in the city were not expected to approach the record set in 2000.

Sir Rishi Sunak, MP for Richmond and Northallerton, visited the rest centre on Friday afternoon and said he would press ministers for funding for the long-delayed flood scheme in Catterick.

Meanwhile, Leeds United's home game against Middlesbrough at Elland Road went ahead as planned, although police advised fans travelling from Teesside to allow extra time because of closures on the A19 near Thirsk.

The Met Office has issued a further yellow warning for rain across the Yorkshire Dales and the North York Moors on Sunday.
""", [
    ("Swale", "*", N), ("Richmond", "GB", N, (54.40, -1.74)), ("Catterick", "GB", N), ("River Swale", "*", N),
    ("Yorkshire Dales", "GB", N), ("North Yorkshire", "GB", A), ("Station Brewery", "GB", Q), ("Bridge Street", "GB", Q),
    ("Swaledale", "GB", N), ("Reeth", "GB", N), ("Grinton", "GB", N), ("North Yorkshire Council", "GB", Q),
    ("Catterick Garrison", "GB", N), ("Brompton-on-Swale", "GB", N), ("Scotch Corner", "GB", N), ("Leeming Bar", "GB", N),
    ("Northallerton", "GB", N), ("Middlesbrough#1", "GB", N), ("East Coast Main Line", "GB", Q), ("Darlington", "GB", N),
    ("York", "GB", N), ("Topcliffe", "GB", N, (54.18, -1.39)), ("Myton-on-Swale", "GB", N), ("Ure", "*", N), ("Ouse", "*", N),
    ("Foss Barrier", "GB", Q), ("King's Staith", "GB", Q), ("Richmond and Northallerton", "GB", Q),
    ("Leeds United", "GB", Q), ("Middlesbrough#2", "GB", Q), ("Elland Road", "GB", Q), ("Teesside", "GB", N),
    ("Thirsk", "GB", N), ("North York Moors", "GB", N),
])

add("a", """Stone of Destiny helps Perth Museum pass 150,000 visitors in first year

By Alison Campsie

Perth Museum has welcomed more than 150,000 visitors in its first year, far exceeding its target, with the Stone of Destiny drawing people from across Scotland and as far afield as Perth in Western Australia.

The £27 million museum, housed in the former City Hall, opened last spring after the ancient coronation stone was moved from Edinburgh Castle. The stone, also known as the Stone of Scone, was taken to Westminster Abbey in 1296 by Edward I and returned to Scotland in 1996. It was removed to London for the coronation of King Charles in 2023.

Perth and Kinross Council said the museum had brought an estimated £8m into the local economy, with hotels in Perth, Crieff and Pitlochry reporting their busiest autumn in a decade. Visitor numbers at nearby Scone Palace, where early Scottish kings were crowned on Moot Hill, rose by a fifth.

Councillor Grant Laing, the council leader, said: "Perth has always been the ancient capital, and now people are coming back to see why. We are seeing coach parties from Glasgow and Aberdeen, but also families from the Netherlands, Germany and the United States."

The museum's manager, Mark Merrett, said one of the most memorable visits had come from a delegation from Perth, Western Australia, which has been linked with the Scottish city since the 19th century. "They brought a gift of a black swan carving, which is now on display beside our own Perth swans on the Tay," he said.

The success of the museum has revived talk of a direct rail link between Perth and Edinburgh Airport, and ScotRail said it would add carriages on services from Dundee and Stirling during the summer.

However, some businesses in Kinross and Blairgowrie said the benefits had not spread beyond the city. "It's great for the High Street in Perth, but people aren't stopping on the way," said Fiona Kerr, who runs a café in Blairgowrie.

Next year the museum will host an exhibition on the Picts, with loans from the National Museum of Scotland and the Orkney Museum in Kirkwall.
""", [
    ("Perth Museum", "GB", Q), ("Stone of Destiny", "-", N), ("Perth#5,6,8,9,10", "GB", N, (56.40, -3.43)),
    ("Scotland", "GB", A), ("Perth#3,7", "AU", N, (-31.95, 115.86)), ("Western Australia", "AU", A),
    ("Edinburgh Castle", "GB", Q), ("Stone of Scone", "-", N), ("Westminster Abbey", "GB", Q), ("London", "GB", N),
    ("Perth and Kinross Council", "GB", Q), ("Crieff", "GB", N), ("Pitlochry", "GB", N), ("Scone Palace", "GB", Q),
    ("Moot Hill", "GB", Q), ("Glasgow", "GB", N), ("Aberdeen", "GB", N), ("Netherlands", "NL", C), ("Germany", "DE", C),
    ("United States", "US", C),
    ("Tay", "*", N), ("Edinburgh Airport", "GB", Q), ("ScotRail", "-", N), ("Dundee", "GB", N), ("Stirling", "GB", N, (56.12, -3.94)),
    ("Kinross", "GB", N), ("Blairgowrie", "GB", N), ("High Street", "GB", Q), ("National Museum of Scotland", "GB", Q),
    ("Orkney Museum", "GB", Q), ("Kirkwall", "GB", N),
])

add("a", """Ingham cut off as Herbert River peaks above 1967 flood record

By Baz Ruddick and Lily Nothling

The north Queensland town of Ingham remains cut off after the Herbert River peaked at 15.2 metres overnight, above the record set during the 1967 flood, with authorities warning residents it could be days before the water recedes.

The Bureau of Meteorology said more than 600 millimetres of rain had fallen on parts of the Herbert catchment in 48 hours, and the town's only two road links, the Bruce Highway to the north and south, were underwater south of the town at Frances Creek and to the north near Gairloch.

Hinchinbrook Shire Mayor Ramon Jayo said about 300 homes in Ingham and the nearby village of Halifax had taken in water. "We've got people on roofs in Halifax and Macknade, and the choppers are doing what they can," he said.

Australian Defence Force helicopters based in Townsville flew food and medical supplies into the town on Monday, and the Victoria Mill, one of the oldest sugar mills in the district, was being used as a staging area for emergency crews.

Townsville itself recorded more than 500mm in three days. Water was released from the Ross River Dam, and residents of low-lying suburbs including Hermit Park and Rosslea were told to prepare to evacuate. Further south, the Haughton River cut the Bruce Highway at Giru.

Premier David Crisafulli flew into Townsville from Brisbane and said the state would activate disaster recovery payments for residents of Hinchinbrook, Townsville, Palm Island and Cassowary Coast council areas. "This is a once-in-a-generation event for Ingham," he said.

In Cardwell and Tully, further north, heavy rain had eased by Monday afternoon, but the highway to Cairns remained closed at several points. Queensland Rail suspended the Spirit of Queensland service between Townsville and Cairns until further notice.

Ingham's sugar industry, which employs about a quarter of the town's workforce, is expected to face months of disruption. Canegrowers Herbert River chairman Owen Menkens said flooded paddocks at Lucinda and Trebonne would need to be replanted.
""", [
    ("Ingham", "AU", N, (-18.65, 146.16)), ("Herbert River", "*", N), ("Queensland", "AU", A), ("Herbert", "*", N),
    ("Bruce Highway", "AU", Q), ("Gairloch", "AU", N, (-18.60, 146.18)), ("Frances Creek", "AU", Q), ("Hinchinbrook Shire", "AU", A),
    ("Halifax", "AU", N, (-18.58, 146.28)), ("Macknade", "AU", N), ("Australian Defence Force", "AU", Q), ("Townsville", "AU", N),
    ("Victoria Mill", "AU", Q), ("Ross River Dam", "AU", Q), ("Hermit Park", "AU", N), ("Rosslea", "AU", N),
    ("Haughton River", "*", N), ("Giru", "AU", N), ("Brisbane", "AU", N), ("Hinchinbrook", "AU", A), ("Palm Island", "AU", N),
    ("Cassowary Coast", "AU", A), ("Cardwell", "AU", N, (-18.26, 146.03)), ("Tully", "AU", N, (-17.93, 145.92)), ("Cairns", "AU", N),
    ("Queensland Rail", "AU", Q), ("Spirit of Queensland", "-", N), ("Canegrowers Herbert River", "AU", Q),
    ("Lucinda", "AU", N, (-18.53, 146.33)), ("Trebonne", "AU", N),
])


CASES = [(t, e) for g, t, e in RAW]
GENRES = [g for g, t, e in RAW]
