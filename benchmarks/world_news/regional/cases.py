"""Full-length regional news articles for geomap evaluation ('regional'): 200-500 words each, written
as regional English-language outlets, US state wires and sport/travel/culture desks write them, with
headline, dateline (often ALL CAPS), bylines, quotes, and people, clubs and organisations named like
places, so that the document's context decides between namesakes (Hyderabad, Perth, Newcastle,
Richmond, Durham, Wellington, Victoria, Jackson, Columbia, Lancaster, Dover, ...).

CASES and GENRES as ../article_runner.py describes them (RAW holds (genre, text, expected)), and:
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


# ======================= (b) US state and regional news =======================

add("b", """Wind-driven fire forces evacuations north of Helena; I-15 closed

HELENA, Mont. (AP) — A wind-driven wildfire in the hills north of Helena forced the evacuation of about 400 homes Tuesday and closed a stretch of Interstate 15, as crews battled gusts of up to 50 mph and single-digit humidity.

The fire started Monday afternoon near the old mining town of Marysville and had burned about 9,200 acres (3,700 hectares) by Tuesday evening, according to the Montana Department of Natural Resources and Conservation. No injuries were reported, but at least a dozen outbuildings and two homes were destroyed.

Lewis and Clark County Sheriff Leo Dutton ordered evacuations along Canyon Creek Road and in the Birdseye area and warned residents of Lincoln, about 35 miles (56 kilometers) to the northwest, to be ready to leave if the wind shifted. Montana Highway 279 and Highway 200 were closed between Helena and Lincoln.

"This thing ran four miles in about an hour," said fire information officer Chad Jordan. "We're going to have a tough couple of days."

Gov. Greg Gianforte declared a fire emergency for Lewis and Clark and Powell counties, freeing state money and National Guard helicopters. Crews from Missoula, Great Falls and Bozeman joined local firefighters, and an air tanker flew out of Helena Regional Airport through the afternoon.

Smoke drifted east over the Missouri River and blanketed Townsend and White Sulphur Springs, and the state Department of Environmental Quality issued an air quality alert for much of central Montana.

An evacuation center opened at the Lewis and Clark County Fairgrounds in Helena, where the Red Cross said about 120 people spent Monday night. Some residents brought horses and llamas, which were sheltered in the fairgrounds barns.

The fire is one of more than a dozen burning across the West. A fire in central Idaho near Stanley has grown to 40,000 acres, and crews in eastern Oregon are fighting a blaze near Baker City.

Investigators have not determined the cause of the Marysville fire. Forecasters said a cold front could bring cooler temperatures and some rain to western Montana by Thursday.
""", [
    ("Helena", "US", N, "US.MT"), ("HELENA", "US", N, "US.MT"), ("Mont", "US", A), ("Interstate 15", "US", Q),
    ("Marysville", "US", N, (46.75, -112.30)), ("Montana Department of Natural Resources and Conservation", "US", Q),
    ("Lewis and Clark County", "US", A, "US.MT"), ("Canyon Creek Road", "US", Q), ("Birdseye", "US", N, (46.70, -112.10)),
    ("Lincoln", "US", N, (46.95, -112.68)), ("Montana Highway 279", "US", Q), ("Highway 200", "US", Q), ("Chad Jordan", "-", N),
    ("Lewis and Clark", "US", A, "US.MT"), ("Powell", "US", A, "US.MT"), ("Missoula", "US", N), ("Great Falls", "US", N, "US.MT"),
    ("Bozeman", "US", N), ("Helena Regional Airport", "US", Q), ("Missouri River", "*", N), ("Townsend", "US", N, "US.MT"),
    ("White Sulphur Springs", "US", N, "US.MT"), ("Montana", "US", A), ("Lewis and Clark County Fairgrounds", "US", Q),
    ("Idaho", "US", A), ("Stanley", "US", N, "US.ID"), ("Oregon", "US", A), ("Baker City", "US", N),
])

add("b", """Mississippi lawmakers vote to create regional authority for Jackson's troubled water system

JACKSON, Miss. (AP) — Mississippi lawmakers voted Wednesday to create a regional authority to take over Jackson's long-troubled water system, ending a yearslong fight over who should control the pipes and treatment plants that failed the capital city in 2022.

The bill passed the House 78-41 and the Senate 35-16, largely along party lines, and now goes to Republican Gov. Tate Reeves, who has said he supports it. It would create a nine-member board, with four members appointed by the governor and lieutenant governor and five by the city of Jackson and Hinds County.

Jackson's roughly 150,000 residents went weeks without safe running water in August 2022 after flooding on the Pearl River overwhelmed the O.B. Curtis Water Treatment Plant in neighboring Rankin County. A federal judge later placed the system under a third-party manager, Ted Henifin, who has warned that the utility could run out of money.

Jackson Mayor John Horhn, a Democrat, said the city would consider a legal challenge. "This is a state takeover dressed up as a partnership," he said at City Hall. "The people of Jackson paid for this system, and the people of Jackson should govern it."

Sen. David Parker, a Republican from Olive Branch who sponsored the bill, said the authority would be able to issue bonds and seek federal money. "Nobody in Madison or Ridgeland or Brandon wants to see Jackson fail," he said.

The measure also drew criticism from some rural lawmakers. Rep. Robert Johnson, a Democrat from Natchez, said it set a precedent that could be used against other cities, including Greenville and Vicksburg.

Among the firms expected to bid for the authority's first contracts is a Jackson, Tennessee-based engineering company that worked on the emergency repairs in 2022, as well as firms from Hattiesburg and Gulfport.

The Legislature also approved $25 million for water and sewer projects in Columbia, McComb and other small towns in southwest Mississippi that have struggled with boil-water notices. Lawmakers adjourned the session late Wednesday.
""", [
    ("Mississippi", "US", A), ("Jackson#1,2,3,4,5,6,7,8", "US", N, "US.MS"), ("JACKSON", "US", N, "US.MS"), ("Miss", "US", A),
    ("Hinds County", "US", A, "US.MS"), ("Pearl River", "*", N), ("O.B. Curtis Water Treatment Plant", "US", Q),
    ("Rankin County", "US", A, "US.MS"), ("City Hall", "US", Q), ("Olive Branch", "US", N, "US.MS"), ("Madison", "US", N, "US.MS"),
    ("Ridgeland", "US", N, "US.MS"), ("Brandon", "US", N, "US.MS"), ("Natchez", "US", N, "US.MS"), ("Greenville", "US", N, "US.MS"),
    ("Vicksburg", "US", N), ("Jackson#9", "US", N, "US.TN"), ("Tennessee", "US", A), ("Hattiesburg", "US", N), ("Gulfport", "US", N, "US.MS"),
    ("Columbia", "US", N, "US.MS"), ("McComb", "US", N, "US.MS"),
])

add("b", """Richland County ballot delays prompt call for state review

COLUMBIA, S.C. (AP) — South Carolina's election agency will review why Richland County took nearly 14 hours to finish counting ballots in Tuesday's primary runoffs, the agency's director said Thursday, the latest in a string of problems in the state's second-largest county.

Voters in Columbia and the surrounding suburbs waited more than two hours at some precincts after poll workers reported that several ballot scanners would not start, and results were not posted until after 9 a.m. Wednesday. In neighboring Lexington County, counting finished before midnight.

"We owe the voters of Richland County a full explanation," said Howie Knapp, executive director of the South Carolina Election Commission. His staff will audit the county's equipment and training before the November general election.

The runoffs settled several contested Republican races, including a state House seat in Greenville County and a county council seat in Horry County, where the winner in Myrtle Beach prevailed by 38 votes, triggering an automatic recount.

Democrats in Columbia said the problems fell hardest on Black voters in precincts along the Broad River and in Eastover. State Rep. Leon Howard said some of his constituents left without voting. "People took time off work and they got turned away," he said.

Richland County's elections board has had four directors since 2018. In 2020, the county found about 1,000 uncounted ballots on a memory card, and a similar error in 2018 led to a lawsuit from candidates in Aiken and Charleston who had used the same vendor.

Political scientist Kendall Deas, who taught at the University of South Carolina before moving to the University of Missouri in Columbia, said the county's troubles were a warning for smaller counties along the Georgia line that are replacing their machines this year. "If Columbia can't get this right with all its resources, places like Allendale and Hampton are going to struggle," he said.

The county's election office, on Powell Road, was closed Thursday to allow the audit to begin. Results from Spartanburg, Rock Hill and Florence were not affected by the problems.
""", [
    ("Richland County", "US", A, "US.SC"), ("COLUMBIA", "US", N, "US.SC"), ("S.C", "US", A), ("South Carolina", "US", A),
    ("Columbia#1,2,4", "US", N, "US.SC"), ("Lexington County", "US", A, "US.SC"), ("South Carolina Election Commission", "US", Q),
    ("Greenville County", "US", A, "US.SC"), ("Horry County", "US", A), ("Myrtle Beach", "US", N), ("Broad River", "*", N),
    ("Eastover", "US", N, "US.SC"), ("Aiken", "US", N, "US.SC"), ("Charleston", "US", N, "US.SC"),
    ("University of South Carolina", "US", Q), ("University of Missouri", "US", Q), ("Columbia#3", "US", N, "US.MO"),
    ("Georgia", "US", A), ("Allendale", "US", N, "US.SC"), ("Hampton", "US", N, "US.SC"), ("Powell Road", "US", Q),
    ("Spartanburg", "US", N), ("Rock Hill", "US", N, "US.SC"), ("Florence", "US", N, "US.SC"),
])

add("b", """Flash flooding swamps Lancaster County towns; Amish farms hit hard

LANCASTER, Pa. (AP) — Flash flooding from a slow-moving storm swamped roads and basements across Lancaster County on Sunday night, stranding drivers and sweeping away at least two horse-drawn buggies in the heart of Pennsylvania's Amish country, officials said Monday.

Up to 7 inches (18 centimeters) of rain fell in about four hours around Lititz and Ephrata, according to the National Weather Service in State College, which issued a rare flash flood emergency for the northern part of the county. The Conestoga River crested at nearly 14 feet in Lancaster, its highest level since Tropical Storm Lee in 2011.

Firefighters made more than 60 water rescues, including a family of five pulled from a minivan on Route 340 between Bird-in-Hand and Intercourse, the county's emergency management agency said. No deaths were reported, but an Amish man was hospitalized after his buggy overturned in a swollen creek near Paradise.

"We had water coming through the milking parlor and the chickens were swimming," said Samuel King, who farms outside Leola. Neighbors spent Monday morning hauling ruined feed and hay out of his barns.

In the city of Lancaster, Franklin & Marshall College canceled classes, and Lancaster General Hospital briefly moved patients from a ground-floor unit. Manheim Township police closed Route 222 for several hours after a mudslide.

Gov. Josh Shapiro, who toured damage in Lititz on Monday afternoon, said he would ask for a federal disaster declaration if damage assessments met the threshold. "These are hardworking people who feed this commonwealth," Shapiro said.

The storm also caused flooding in neighboring Lebanon and Chester counties, and PennDOT closed part of Route 322 near Hershey. Downstream, the Susquehanna River was expected to rise but stay below flood stage at Harrisburg and Marietta.

Amtrak said its Keystone service between Harrisburg and Philadelphia was delayed for about three hours Monday morning because of water on the tracks near Mount Joy.
""", [
    ("Lancaster County", "US", A, "US.PA"), ("LANCASTER", "US", N, "US.PA"), ("Pa", "US", A), ("Pennsylvania", "US", A),
    ("Lititz", "US", N), ("Ephrata", "US", N, "US.PA"), ("State College", "US", N), ("Conestoga River", "*", N),
    ("Lancaster", "US", N, "US.PA"), ("Tropical Storm Lee", "-", N), ("Route 340", "US", Q), ("Bird-in-Hand", "US", N),
    ("Intercourse", "US", N, (40.04, -76.10)), ("Paradise", "US", N, (40.01, -76.13)), ("Samuel King", "-", N), ("Leola", "US", N),
    ("Franklin & Marshall College", "US", Q), ("Lancaster General Hospital", "US", Q), ("Manheim Township", "US", N, "US.PA"),
    ("Route 222", "US", Q), ("Lebanon", "US", A, "US.PA"), ("Chester", "US", A, "US.PA"), ("PennDOT", "-", N), ("Route 322", "US", Q),
    ("Hershey", "US", N, "US.PA"), ("Susquehanna River", "*", N), ("Harrisburg", "US", N, "US.PA"), ("Marietta", "US", N, "US.PA"),
    ("Keystone", "-", N), ("Philadelphia", "US", N), ("Mount Joy", "US", N, "US.PA"),
])

add("b", """Delaware lawmakers approve $50M for beach repairs after winter storms

DOVER, Del. (AP) — Delaware lawmakers on Thursday approved $50 million to rebuild dunes and beaches in Sussex County that were battered by a series of winter nor'easters, sending the measure to Gov. Matt Meyer.

The money will pay for sand replenishment in Rehoboth Beach, Dewey Beach, Bethany Beach and South Bethany, where storms in January and February carved away dunes and left some boardwalk businesses exposed to high tides. The state will apply for matching money from the U.S. Army Corps of Engineers.

"Our beaches aren't just for tourists. They're the first line of defense for homes and roads," said Sen. Russ Huxtable, a Lewes Democrat who sponsored the bill. Tourism generates more than $4 billion a year in Delaware, most of it in Sussex County.

The vote came after a long debate in the Legislative Hall in Dover over how to split infrastructure money among the state's three counties. Lawmakers from New Castle County, which includes Wilmington and Newark, argued that flooding along the Christina River deserved equal attention, while members from Kent County pressed for repairs to roads in Frederica and Bowers Beach on the Delaware Bay.

Rep. Kent Bailey, a Milford Republican, said bayside communities had been "an afterthought for too long." Prime Hook, Slaughter Beach and Broadkill Beach all lost significant sand this winter, he said.

Separately, the House passed a bill requiring the state to study the long-term effects of sea level rise on Route 1, the main highway linking Wilmington to the resort towns. Parts of the road near Fenwick Island and the Indian River Inlet bridge flooded four times this winter.

The Senate also confirmed a new secretary of the Department of Natural Resources and Environmental Control, Greg Patterson, who previously led coastal programs in Maryland and New Jersey.

Meyer is expected to sign the beach funding bill next week at Dover Air Force Base, where he will also announce a new program for military families.
""", [
    ("Delaware", "US", A), ("DOVER", "US", N, "US.DE"), ("Del", "US", A), ("Sussex County", "US", A, "US.DE"),
    ("Rehoboth Beach", "US", N), ("Dewey Beach", "US", N), ("Bethany Beach", "US", N), ("South Bethany", "US", N),
    ("U.S. Army Corps of Engineers", "US", Q), ("Lewes", "US", N, "US.DE"), ("Legislative Hall", "US", Q), ("Dover", "US", N, "US.DE"),
    ("New Castle County", "US", A, "US.DE"), ("Wilmington", "US", N, "US.DE"), ("Newark", "US", N, "US.DE"), ("Christina River", "*", N),
    ("Kent County", "US", A, "US.DE"), ("Frederica", "US", N, "US.DE"), ("Bowers Beach", "US", N), ("Delaware Bay", "*", N),
    ("Kent Bailey", "-", N), ("Milford", "US", N, "US.DE"), ("Prime Hook", "US", N), ("Slaughter Beach", "US", N),
    ("Broadkill Beach", "US", N), ("Route 1", "US", Q), ("Fenwick Island", "US", N, "US.DE"), ("Indian River Inlet", "US", N),
    ("Department of Natural Resources and Environmental Control", "-", N), ("Maryland", "US", A), ("New Jersey", "US", A),
    ("Dover Air Force Base", "US", Q),
])

add("b", """Virginia Senate panel advances data center limits as Loudoun residents push back

RICHMOND, Va. (AP) — A Virginia Senate committee on Tuesday advanced a bill that would let counties require noise and setback standards for new data centers, a measure pushed by residents of Loudoun and Prince William counties who say the industry's rapid growth is swallowing their neighborhoods.

The Senate Local Government Committee voted 9-6 to send the bill to the full Senate. A similar measure died in the House of Delegates last year after opposition from the industry, which argues Virginia's appeal as the world's largest data center market depends on predictable rules.

Northern Virginia is home to more than 300 data centers, most of them clustered around Ashburn in Loudoun County. Developers have since moved south and west into Prince William, Culpeper and Fauquier counties and, more recently, to sites near Richmond in Henrico and Chesterfield counties.

"I can hear the fans from my kitchen at 2 a.m.," said Elena Schlossberg of Gainesville, who testified at the Capitol. "We're not against technology, we're against being treated like an industrial zone."

Industry representatives said data centers paid more than $1 billion in local taxes last year, much of it in Loudoun, allowing the county to cut its property tax rate. Josh Levi, president of the Data Center Coalition, said the bill would "send a signal that Virginia is closing for business."

The bill's sponsor, Sen. Danica Roem, a Democrat from Manassas, said localities should have the tools to protect residents. Sen. Richard Stuart, a Republican from Stafford County, voted against it, saying the state should not micromanage counties.

Dominion Energy has told regulators it expects electricity demand in its service territory to nearly double by 2039, largely because of data centers. The utility has proposed new transmission lines through Frederick County and the Shenandoah Valley, drawing opposition from farmers around Winchester.

The debate is being watched in Georgia, Ohio and Texas, where lawmakers are weighing similar limits.

Elsewhere in Richmond on Tuesday, the House approved a bill to expand passenger rail service between Roanoke and Washington and to add a stop in Christiansburg.
""", [
    ("Loudoun", "US", A, "US.VA"), ("RICHMOND", "US", N, "US.VA"), ("Va", "US", A), ("Virginia", "US", A),
    ("Prince William", "US", A, "US.VA"), ("Senate Local Government Committee", "-", N), ("House of Delegates", "-", N),
    ("Northern Virginia", "US", N), ("Ashburn", "US", N, "US.VA"), ("Loudoun County", "US", A, "US.VA"), ("Culpeper", "US", A, "US.VA"),
    ("Fauquier", "US", A), ("Richmond", "US", N, "US.VA"), ("Henrico", "US", A), ("Chesterfield", "US", A, "US.VA"),
    ("Gainesville", "US", N, "US.VA"), ("Capitol", "US", Q), ("Data Center Coalition", "-", N), ("Manassas", "US", N),
    ("Stafford County", "US", A, "US.VA"), ("Dominion Energy", "-", N), ("Frederick County", "US", A, "US.VA"),
    ("Shenandoah Valley", "US", N), ("Winchester", "US", N, "US.VA"), ("Georgia", "US", A), ("Ohio", "US", A), ("Texas", "US", A),
    ("Roanoke", "US", N, "US.VA"), ("Washington", "US", N, (38.90, -77.04)), ("Christiansburg", "US", N),
])

add("b", """Durham approves affordable housing bond for November ballot

DURHAM, N.C. (AP) — Durham voters will decide in November whether to approve a $120 million bond for affordable housing after the City Council voted 6-1 on Monday night to put the measure on the ballot, the largest such request in the city's history.

The money would pay for about 1,800 apartments, many of them near planned bus rapid transit routes along Fayetteville Street and Holloway Street, and help low-income homeowners in East Durham and the Walltown neighborhood with repairs, according to city staff.

Mayor Leonardo Williams said rising rents had pushed teachers, nurses and restaurant workers out of the city. "People who work in Durham should be able to live in Durham," he said. Rents in the Triangle have risen about 30% since 2020 as employers expanded in Research Triangle Park and around Raleigh and Cary.

Council member Javiera Caballero said the city also needed to buy land before prices climbed further. Durham's population passed 300,000 last year, and Durham County officials expect the county to add another 100,000 residents by 2040.

Opponents, including the Durham Chamber of Commerce's former chair, said the city should focus on zoning changes instead of borrowing. Property taxes would rise by about 2 cents per $100 of assessed value if the bond is approved.

Neighboring Orange County, home to Chapel Hill and Carrboro, passed a smaller housing bond in 2022, and Wake County commissioners are considering one for 2026.

The vote came as western North Carolina continues to rebuild from Hurricane Helene, which destroyed or damaged more than 70,000 homes in 2024. Some Durham council members had questioned whether it was the right time to ask voters for money while the state focused on Asheville and Buncombe County. Gov. Josh Stein has asked the General Assembly in Raleigh for another $1 billion in recovery funding.

Duke University, the city's largest employer, said in a statement that it supported the bond. The university has pledged $15 million for housing near its campus and the Duke University Hospital.

Early voting for the Nov. 4 election begins in mid-October at sites across Durham County, including the Durham County Main Library and North Carolina Central University.
""", [
    ("Durham", "US", N, "US.NC"), ("DURHAM", "US", N, "US.NC"), ("N.C", "US", A), ("Fayetteville Street", "US", Q),
    ("Holloway Street", "US", Q), ("East Durham", "US", N, "US.NC"), ("Walltown", "US", N, "US.NC"), ("Triangle", "US", Q),
    ("Research Triangle Park", "US", N), ("Raleigh", "US", N), ("Cary", "US", N, "US.NC"), ("Durham County", "US", A, "US.NC"),
    ("Durham Chamber of Commerce", "US", Q), ("Orange County", "US", A, "US.NC"), ("Chapel Hill", "US", N, "US.NC"),
    ("Carrboro", "US", N), ("Wake County", "US", A), ("North Carolina", "US", A), ("Hurricane Helene", "-", N),
    ("Asheville", "US", N), ("Buncombe County", "US", A), ("Duke University", "US", Q), ("Duke University Hospital", "US", Q),
    ("Durham County Main Library", "US", Q), ("North Carolina Central University", "US", Q),
])

add("b", """Tornado tears through Athens, Georgia, damaging homes and university buildings

ATHENS, Ga. (AP) — A tornado tore through the east side of Athens early Friday, ripping roofs off homes, toppling trees onto cars and damaging two buildings on the University of Georgia campus, officials said. One person was seriously injured.

The National Weather Service office in Peachtree City said a survey team had confirmed an EF-2 tornado with peak winds of 120 mph (195 kph) that traveled about 11 miles (18 kilometers) from the Oconee County line through Athens-Clarke County before lifting near the Madison County community of Hull.

Athens-Clarke County Mayor Kelly Girtz said crews had cleared most main roads by midday, but more than 14,000 Georgia Power customers were still without electricity. A shelter opened at the Lay Park community center.

"The sound was like a freight train, exactly like everybody says," said Marcus Lincoln, a graduate student who rode out the storm in a basement apartment off Lexington Road. "When I came up the stairs, the tree was in the living room."

The university canceled classes for the day. A spokesperson said windows were blown out at a residence hall and a research greenhouse on South Milledge Avenue, and the athletic department said the Georgia Bulldogs' spring practice at Sanford Stadium would be moved indoors.

The same line of storms dropped golf ball-sized hail in Watkinsville and Winder and knocked down power lines in Gainesville, about 40 miles (64 kilometers) to the northwest. Earlier, a weaker tornado damaged a church near Rome, in the northwest corner of the state, and flash flooding closed roads in Carrollton.

Gov. Brian Kemp said state emergency management teams were in Athens and would help local officials assess the damage. Kemp, who grew up in Athens, said he had spoken to Mayor Girtz and to University of Georgia President Jere Morehead.

Farther east, storms moved into South Carolina near Anderson and Greenwood before weakening. Forecasters in Atlanta said more severe weather was possible across north Georgia on Sunday.
""", [
    ("Georgia", "US", A), ("Athens", "US", N, "US.GA"), ("ATHENS", "US", N, "US.GA"), ("Ga", "US", A),
    ("University of Georgia", "US", Q), ("Peachtree City", "US", N), ("Oconee County", "US", A, "US.GA"),
    ("Athens-Clarke County", "US", A, "US.GA"), ("Madison County", "US", A, "US.GA"), ("Hull", "US", N, "US.GA"),
    ("Georgia Power", "-", N), ("Lay Park", "US", Q), ("Marcus Lincoln", "-", N), ("Lexington Road", "US", Q),
    ("South Milledge Avenue", "US", Q), ("Georgia Bulldogs", "US", Q), ("Sanford Stadium", "US", Q), ("Watkinsville", "US", N),
    ("Winder", "US", N, "US.GA"), ("Gainesville", "US", N, "US.GA"), ("Rome", "US", N, "US.GA"), ("Carrollton", "US", N, "US.GA"),
    ("South Carolina", "US", A), ("Anderson", "US", N, "US.SC"), ("Greenwood", "US", N, "US.SC"), ("Atlanta", "US", N),
])

# ======================= (c) sport, travel and culture =======================

add("c", """Bumrah's burst puts India on top as Perth Test turns

By Andrew Wu in Perth

Jasprit Bumrah tore through Australia's top order on a fiery second morning at Perth Stadium, leaving the hosts reeling at 5-59 and giving India a firm grip on the opening Test of the series.

On a pitch that had been cracking since the first hour, Bumrah removed Usman Khawaja and Steve Smith in the space of three balls, before Mohammed Siraj had Travis Head caught at slip for 11. The crowd of 31,302, many of whom had crossed the Swan River by ferry from the city, fell silent.

India had earlier been bowled out for 150 after Josh Hazlewood took four wickets, and Australian coach Andrew McDonald said before the match that the Optus pitch would be "the quickest in the country". It has lived up to that billing, with a ball from Mitchell Starc clocked at 148km/h flying over the keeper's head for four byes.

For India, the performance answered questions raised after a 3-0 home series defeat to New Zealand in Bengaluru, Pune and Mumbai. "We came here with a plan to attack, and Jasi [Bumrah] led from the front," said opener KL Rahul, who grew up in Mangaluru.

Perth's history as a fortress for Australia was built at the WACA, just across the road from the new stadium, where visiting batsmen struggled for decades against pace and bounce. Western Australia's cricket chief Christina Matthews said the move to the bigger venue had brought a new generation of fans from the northern suburbs and the Wheatbelt.

Australia's selectors will name the squad for the second Test, a day-night match at the Adelaide Oval, on Monday. The series then moves to the Gabba in Brisbane, the MCG in Melbourne on Boxing Day and the SCG in Sydney in January.

More than 6,000 Indian fans, many of whom flew in from Singapore, Dubai and Auckland, were expected at the ground again on day three. Local hotels in Perth and Fremantle reported near-full occupancy for the week.
""", [
    ("India", "IN", C), ("Perth#1", "AU", Q), ("Perth#2,3,4,5", "AU", N, (-31.95, 115.86)), ("Australia", "AU", C), ("Perth Stadium", "AU", Q),
    ("Travis Head", "-", N), ("Swan River", "*", N), ("Optus", "-", N), ("New Zealand", "NZ", C), ("Bengaluru", "IN", N),
    ("Pune", "IN", N), ("Mumbai", "IN", N), ("Mangaluru", "IN", N), ("WACA", "AU", Q), ("Western Australia", "AU", A),
    ("Wheatbelt", "AU", N), ("Adelaide Oval", "AU", Q), ("Gabba", "AU", Q), ("Brisbane", "AU", N), ("MCG", "AU", Q),
    ("Melbourne", "AU", N), ("SCG", "AU", Q), ("Sydney", "AU", N), ("Singapore", "SG", N), ("Dubai", "AE", N),
    ("Auckland", "NZ", N), ("Fremantle", "AU", N),
])

add("c", """Jets edge Phoenix in Newcastle thriller as Wellington's away woes continue

By Dom Bossi

Newcastle Jets 3 Wellington Phoenix 2

A stoppage-time header from Lachlan Bayliss gave the Newcastle Jets a 3-2 win over Wellington Phoenix at McDonald Jones Stadium on Saturday night, extending the visitors' winless run away from home to seven matches.

The Phoenix twice came from behind, with Kosta Barbarouses equalising in the 71st minute after a fine ball from Alex Rufer, but Bayliss rose above two defenders to meet a Callum Timmins corner in the 93rd minute and send the crowd of 11,450 home happy.

"That's what Newcastle is about. The fans stay until the end and so do we," Jets coach Mark Milligan said. Milligan, who grew up in the Sutherland Shire in Sydney, has turned the Jets into one of the A-League's most exciting attacking sides since arriving from Macarthur FC.

Phoenix coach Giancarlo Italiano said the long trip from Wellington was no excuse. "We fly across the Tasman every second week. We know what we signed up for," he said. His side now returns home to face Auckland FC in the first New Zealand derby of the season, with Sky Stadium already sold out.

The Jets, who play their home games at the 33,000-seat ground in the suburb of New Lambton, have drawn bigger crowds this season as the club moved some training sessions and community clinics out to Maitland, Cessnock and Port Stephens in the Hunter Valley.

Owner Maurice Bisetto, who bought the club in 2024, said the Jets wanted to emulate the connection between city and club that Newcastle United had built in the north-east of England. "People here follow football. They just need to be given a reason," he said.

The result lifts the Jets to sixth, level on points with Melbourne Victory and Western Sydney Wanderers. Wellington, who finished top of the table two seasons ago, sit ninth. Newcastle travel to Perth next weekend, while the Phoenix host Auckland on Saturday.
""", [
    ("Newcastle Jets", "AU", Q), ("Wellington Phoenix", "NZ", Q), ("Newcastle#1,4", "AU", N, (-32.93, 151.78)), ("Newcastle#6", "AU", Q),
    ("Wellington#4", "NZ", N, (-41.29, 174.78)), ("Wellington#1,5", "NZ", Q), ("McDonald Jones Stadium", "AU", Q), ("Sutherland Shire", "AU", A),
    ("Sydney", "AU", N), ("Macarthur FC", "AU", Q), ("Tasman", "*", N), ("Auckland FC", "NZ", Q), ("New Zealand", "NZ", C),
    ("Sky Stadium", "NZ", Q), ("New Lambton", "AU", N), ("Maitland", "AU", N, (-32.73, 151.55)), ("Cessnock", "AU", N),
    ("Port Stephens", "AU", N), ("Hunter Valley", "AU", N), ("Newcastle United", "GB", Q), ("England", "GB", A),
    ("Melbourne Victory", "AU", Q), ("Western Sydney Wanderers", "AU", Q), ("Perth", "AU", N, (-31.95, 115.86)),
    ("Auckland#2", "NZ", Q),
])

add("c", """Cox century keeps Kent afloat as Durham seamers dominate at Canterbury

By Vithushan Ehantharajah at Canterbury

Jordan Cox's unbeaten 124 rescued Kent from 58 for five on the opening day of their County Championship match against Durham at the Spitfire Ground, St Lawrence, guiding the hosts to 287 for eight at stumps.

Durham, who arrived in Canterbury top of Division One after wins over Somerset at Taunton and Lancashire at Old Trafford, made full use of a green pitch and heavy cloud. Ben Raine took three wickets in his first seven overs, and Matthew Potts removed Zak Crawley for nine.

Cox, 24, who was born in Margate and came through the Kent academy, batted for almost five hours. He shared a stand of 131 with Grant Stewart, who was raised in Sydney but holds a British passport through his mother and has spent the winter playing grade cricket in Newcastle, New South Wales.

"It's nice to score runs in front of your home crowd, especially on a day like this," Cox said. "Durham have been the best side in the league and they showed why this morning."

Kent, who were relegated to Division Two in 2023 before being promoted last summer, have struggled for results since moving their second-team fixtures to Beckenham, and the club's membership has demanded more games at Canterbury and Folkestone.

Durham's director of cricket, Marcus North, who grew up in Perth, Western Australia, said his side were happy with the day. "You can't be disappointed with eight wickets on the first day away from home," he said. Durham, based at the Riverside in Chester-le-Street, have not won the title since 2013.

Elsewhere, Yorkshire were bowled out for 198 by Nottinghamshire at Trent Bridge, while rain in Manchester washed out the first day of Lancashire's match against Sussex. Surrey's batsmen piled up 402 for four against Essex at The Oval in Kennington, south London.

Play is due to start at 10.30am on Friday, with more showers forecast for east Kent.
""", [
    ("Kent#1,2,3,4", "GB", Q), ("Durham", "GB", Q), ("Canterbury", "GB", N, (51.28, 1.08)), ("Jordan Cox", "-", N),
    ("Spitfire Ground, St Lawrence", "GB", Q), ("Somerset", "GB", Q), ("Taunton", "GB", N), ("Lancashire", "GB", Q),
    ("Old Trafford", "GB", Q), ("Margate", "GB", N), ("Sydney", "AU", N),
    ("Newcastle", "AU", N, (-32.93, 151.78)), ("New South Wales", "AU", A), ("Beckenham", "GB", N), ("Folkestone", "GB", N),
    ("Perth", "AU", N, (-31.95, 115.86)), ("Western Australia", "AU", A), ("Riverside", "GB", Q), ("Chester-le-Street", "GB", N),
    ("Yorkshire", "GB", Q), ("Nottinghamshire", "GB", Q), ("Trent Bridge", "GB", Q), ("Manchester", "GB", N),
    ("Sussex", "GB", Q), ("Surrey", "GB", Q), ("Essex", "GB", Q), ("The Oval", "GB", Q), ("Kennington", "GB", N), ("London", "GB", N),
    ("Kent#5", "GB", A),
])

add("c", """Kenya's Chebet defends Boston title as Ethiopian men sweep podium

BOSTON (AP) — Hellen Obiri was left behind on the Newton hills and Sharon Lokedi ran away from the field on Boylston Street, but it was Peres Chebet who crossed first on Monday, holding off her Kenyan teammate by four seconds to win the 129th Boston Marathon.

Chebet, who trains in Iten in Kenya's Rift Valley, finished in 2 hours, 21 minutes, 38 seconds on a cool, breezy morning. Lokedi, who lives in Flagstaff, Arizona, was second, and Ethiopia's Yalemzerf Yehualaw third.

In the men's race, Ethiopia swept the podium for the first time since 2015, with Sisay Lemma winning in 2:05:47 after breaking away from a lead pack of nine as the course dropped through Wellesley. Kenya's John Korir, last year's winner, faded to fifth after cramping on Heartbreak Hill.

The race began, as it has since 1924, on the town common in Hopkinton, and followed the traditional 26.2-mile route east through Ashland, Framingham, Natick and Wellesley before the climbs in Newton, the descent into Brookline and the final turn from Hereford Street onto Boylston.

"When I got to Kenmore Square and saw the Citgo sign, I knew I could hold her," Chebet said through an interpreter. She said she had spent six weeks at altitude in Eldoret before flying to Boston.

The top American woman, Emma Bates of Boise, Idaho, finished eighth, while Conner Mantz, who grew up in Smithfield, Utah, was the leading American man in sixth. In the wheelchair races, Switzerland's Marcel Hug won his eighth Boston title and Susannah Scaroni of Illinois won the women's race.

Crowds along the course were among the largest in years. Students from Wellesley College lined the "scream tunnel" near the halfway point, and thousands packed the streets of Cleveland Circle and Coolidge Corner.

Organizers said 30,328 runners started the race, including athletes from 129 countries. The Boston Athletic Association said medical tents at Copley Square treated about 1,100 runners, most for cramps and mild hypothermia after temperatures fell below 50 degrees in the afternoon.

The next World Marathon Majors race is in London on April 27.
""", [
    ("Kenya", "KE", C), ("Boston#3", "US", N, "US.MA"), ("Boston#1,4", "US", Q), ("BOSTON", "US", N, "US.MA"), ("Newton", "US", N, "US.MA"),
    ("Boylston Street", "US", Q), ("Iten", "KE", N), ("Rift Valley", "KE", N), ("Flagstaff", "US", N, "US.AZ"), ("Arizona", "US", A),
    ("Ethiopia", "ET", C), ("Wellesley", "US", N, "US.MA"), ("Heartbreak Hill", "US", Q), ("Hopkinton", "US", N, "US.MA"),
    ("Ashland", "US", N, "US.MA"), ("Framingham", "US", N), ("Natick", "US", N), ("Brookline", "US", N, "US.MA"),
    ("Hereford Street", "US", Q), ("Boylston", "US", Q), ("Kenmore Square", "US", Q), ("Eldoret", "KE", N), ("Boise", "US", N),
    ("Idaho", "US", A), ("Smithfield", "US", N, "US.UT"), ("Utah", "US", A), ("Switzerland", "CH", C), ("Illinois", "US", A),
    ("Wellesley College", "US", Q), ("Cleveland Circle", "US", N, "US.MA"), ("Coolidge Corner", "US", N, "US.MA"),
    ("Boston Athletic Association", "US", Q), ("Copley Square", "US", Q), ("London", "GB", N),
    ("Boston Marathon", "US", Q),
])

add("c", """Narváez conquers Willunga Hill to take control of Tour Down Under

By Rob Arnold in Willunga

Ecuador's Jhonatan Narváez won the queen stage of the Tour Down Under on Willunga Hill on Saturday, taking the ochre jersey into Sunday's final stage in the Adelaide Hills with a 12-second lead.

The UAE Team Emirates rider attacked 1.2km from the top of the 3km climb and held off Israel-Premier Tech's Pascal Ackermann and Bahrain Victorious's Finn Fisher-Black, who had led the race since the second stage from Tanunda to Birdwood through the Barossa Valley.

The 148km stage started in Norwood, in Adelaide's eastern suburbs, and headed south through Clarendon and McLaren Vale before three laps of a circuit that took the riders along the coast at Aldinga Beach and up Willunga Hill. Tens of thousands of spectators lined the climb, many of them camping overnight among the vineyards.

"It's a special place. The people here are crazy for cycling, like in Belgium," said Narváez, who grew up in El Playón de San Francisco, a village in Ecuador's northern Sucumbíos province near the border with Colombia.

Australian hopes rested on Jay Vine, who finished fourth on the stage. Vine, who rode for the Queensland team Brisbane Racing as a teenager, said the headwind on the final kilometre had made it hard to attack.

Sunday's final stage is a 170km loop that starts and finishes at Stirling and includes four ascents of Mount Lofty, the highest point in the Adelaide Hills, before the riders descend to the finish on the main street. Race director Stuart O'Grady, a former Tour de France stage winner from Adelaide, expects "the most open final day we've had in years".

The women's race, won last week by Chloé Dygert of the United States, finished with a stage from Glenelg to Victor Harbor. Organisers said more than 850,000 people had watched the two races across South Australia, and the state government confirmed it had extended its contract with the race until 2030.

The riders now head to Geelong, in Victoria, for the Cadel Evans Great Ocean Road Race next weekend.
""", [
    ("Willunga Hill", "AU", N), ("Tour Down Under", "AU", Q), ("Willunga", "AU", N), ("Ecuador", "EC", C),
    ("Adelaide Hills", "AU", N), ("UAE Team Emirates", "AE", Q), ("Israel-Premier Tech", "IL", Q), ("Bahrain Victorious", "BH", Q),
    ("Tanunda", "AU", N), ("Birdwood", "AU", N, (-34.82, 138.96)), ("Barossa Valley", "AU", N), ("Norwood", "AU", N, (-34.92, 138.63)),
    ("Adelaide", "AU", N), ("Clarendon", "AU", N, (-35.11, 138.63)), ("McLaren Vale", "AU", N), ("Aldinga Beach", "AU", N),
    ("Belgium", "BE", C), ("El Playón de San Francisco", "EC", N), ("Sucumbíos", "EC", A), ("Colombia", "CO", C),
    ("Queensland", "AU", A), ("Brisbane Racing", "AU", Q), ("Stirling", "AU", N, (-35.00, 138.72)), ("Mount Lofty", "AU", N),
    ("Tour de France", "FR", Q), ("United States", "US", C), ("Glenelg", "AU", N, (-34.98, 138.52)),
    ("Victor Harbor", "AU", N), ("South Australia", "AU", A), ("Geelong", "AU", N), ("Victoria", "AU", A),
    ("Cadel Evans Great Ocean Road Race", "AU", Q),
])

add("c", """Slow train to the hills: riding Sri Lanka's most beautiful railway

By Amanda Hodge

The blue carriages of the Podi Menike pull out of Kandy at 8.47am, more or less on time, and for the next seven hours the train climbs through tea country towards Ella at an average speed that a determined cyclist could beat.

Nobody on board seems to mind. In the third-class carriage, schoolchildren hang out of the open doors, and vendors move along the aisle selling paper cones of spicy chickpeas and isso vadai, the prawn fritters of the Jaffna coast. My travelling companion, Victoria, a schoolteacher from Leeds, has claimed a window seat and has no intention of giving it up.

The line, built by the British to carry tea from the hills to the port at Colombo, was completed to Badulla in 1924. Beyond Peradeniya it begins to climb in earnest, past Gampola and Nawalapitiya, and by the time the train reaches Hatton, the gateway to Adam's Peak, the air has turned cool and the hillsides are combed with tea bushes.

At Nanu Oya, most of the tourists get off for Nuwara Eliya, the former colonial hill station 8km up the road, with its mock-Tudor post office, racecourse and golf club. We stay on. The next stretch, over the Pattipola summit at 1,898 metres, is the most dramatic of the journey, with the Horton Plains national park falling away to the south.

Ella, when we finally arrive in the late afternoon, is a village that has been transformed by backpackers in little more than a decade. Its main street is lined with cafes selling smoothie bowls, and most visitors walk the tracks the next morning to the Nine Arch Bridge at Demodara, timing their arrival to watch the blue train cross the viaduct.

Getting there: Tickets for reserved seats on the Kandy-Ella line can be booked 30 days in advance on the Sri Lanka Railways website. SriLankan Airlines flies daily from Sydney, Melbourne and London to Colombo, from where trains run to Kandy every few hours. For those with less time, a taxi from Ella to Haputale or to the south coast at Mirissa takes about four hours.
""", [
    ("Sri Lanka", "LK", C), ("Podi Menike", "-", N), ("Kandy", "LK", N), ("Ella", "LK", N), ("Jaffna", "LK", N),
    ("Victoria", "-", N), ("Leeds", "GB", N), ("Colombo", "LK", N), ("Badulla", "LK", N), ("Peradeniya", "LK", N),
    ("Gampola", "LK", N), ("Nawalapitiya", "LK", N), ("Hatton", "LK", N), ("Adam's Peak", "LK", N), ("Nanu Oya", "LK", N),
    ("Nuwara Eliya", "LK", N), ("Pattipola", "LK", N), ("Horton Plains", "LK", N), ("Nine Arch Bridge", "LK", Q),
    ("Demodara", "LK", N), ("Sri Lanka Railways", "LK", Q), ("SriLankan Airlines", "-", N), ("Sydney", "AU", N),
    ("Melbourne", "AU", N), ("London", "GB", N), ("Haputale", "LK", N), ("Mirissa", "LK", N),
])

add("c", """Four days in Tasmania: from Hobart's markets to the Bay of Fires

By Sarah Whyte

Hobart has a way of slowing visitors down. On a Saturday morning at the Salamanca Market, under the sandstone warehouses built by convicts in the 1830s, it is hard to walk more than a few metres without being offered a taste of leatherwood honey, smoked salmon from the Huon Valley or a cider from the Derwent Valley.

Start there, then take the ferry up the Derwent River to MONA, the museum carved into the cliffs at Berriedale, whose owner, the professional gambler David Walsh, likes to say he built it to annoy people. Allow a full afternoon.

On day two, drive 25 minutes north-east to Richmond, where Australia's oldest stone bridge, finished in 1825, still carries traffic over the Coal River. The village's Georgian cottages now house bakeries and galleries, and the wineries of the Coal River Valley are a short drive away.

From Richmond, the Tasman Highway follows the east coast to Swansea, on Great Oyster Bay, where you can eat oysters on the jetty at Freycinet Marine Farm before walking to the lookout above Wineglass Bay in Freycinet National Park. Further north, past Bicheno and St Helens, the granite boulders of the Bay of Fires glow orange with lichen at sunset.

On day four, cross the island through the old tin-mining town of Derby, now reborn as a mountain-biking centre, to Launceston, where the Cataract Gorge walk begins just 15 minutes from the city centre. If you have more time, Cradle Mountain is a two-hour drive west, and the Spirit of Tasmania ferry sails nightly from Devonport to Geelong, in Victoria.

Getting there: Qantas, Virgin Australia and Jetstar fly direct to Hobart and Launceston from Melbourne, Sydney and Brisbane. Summer is the busiest season; autumn, when the deciduous beech turns gold on Mount Field, is quieter and cheaper.
""", [
    ("Tasmania", "AU", A), ("Hobart", "AU", N), ("Bay of Fires", "AU", N), ("Salamanca Market", "AU", Q), ("Huon Valley", "AU", N),
    ("Derwent Valley", "AU", N), ("Derwent River", "*", N), ("MONA", "AU", Q), ("Berriedale", "AU", N), ("David Walsh", "-", N),
    ("Richmond", "AU", N, (-42.73, 147.44)), ("Australia", "AU", C), ("Coal River", "*", N), ("Coal River Valley", "AU", N),
    ("Tasman Highway", "AU", Q), ("Swansea", "AU", N, (-42.12, 148.07)), ("Great Oyster Bay", "AU", N), ("Freycinet Marine Farm", "AU", Q),
    ("Wineglass Bay", "AU", N), ("Freycinet National Park", "AU", N), ("Bicheno", "AU", N), ("St Helens", "AU", N, (-41.32, 148.24)),
    ("Derby", "AU", N, (-41.15, 147.80)), ("Launceston", "AU", N), ("Cataract Gorge", "AU", N), ("Cradle Mountain", "AU", N),
    ("Spirit of Tasmania", "-", N), ("Devonport", "AU", N, (-41.18, 146.35)), ("Geelong", "AU", N), ("Victoria", "AU", A),
    ("Virgin Australia", "-", N), ("Melbourne", "AU", N), ("Sydney", "AU", N), ("Brisbane", "AU", N), ("Mount Field", "AU", N),
])

add("c", """Jaipur Literature Festival opens with a plea for the freedom to write

By Hindustan Times Correspondent

JAIPUR: The Jaipur Literature Festival opened on Thursday at the Hotel Clarks Amer with the festival's traditional morning music and a keynote by the Kenyan novelist Mukoma wa Ngũgĩ, who told a packed Front Lawn that "a writer without a country is still a writer, but a country without writers is a dangerous place".

More than 300 speakers from 25 countries are attending the five-day festival, which its producers, Teamwork Arts, describe as "the greatest literary show on Earth". Organisers expect about 400,000 visitors, many of them students from Jaipur, Ajmer and Kota who travel in by bus.

Among the first-day sessions, historian William Dalrymple, a co-director of the festival, discussed his book on the ancient trade routes linking India to Rome and China, while Booker winner Geetanjali Shree spoke about writing in Hindi from her home in Delhi. Novelist Amish Tripathi drew one of the largest crowds of the morning on the Charbagh stage.

A session on translation brought together the Georgian novelist Nino Haratischvili, who grew up in Tbilisi before moving to Hamburg, and the Bangladeshi poet Kaiser Haq from Dhaka. Haratischvili said the recent protests in Georgia had made her "more aware than ever of what language carries".

Outside the festival venue, traffic on Sawai Ram Singh Road came to a standstill for much of the afternoon. The Rajasthan government has arranged extra buses from the Sindhi Camp bus stand and the Jaipur Junction railway station.

The festival's producers said they would take the event to Houston, London and Toronto later in the year, and also announced a smaller edition in Jodhpur and Udaipur in the autumn.

For many visitors, the festival is also an excuse to see the city. The Amber Fort, Hawa Mahal and the City Palace reported queues from early morning, and hotels in the walled city said they were fully booked through the weekend. The festival ends on Monday with a debate on whether Indian literature in English still matters.
""", [
    ("JAIPUR", "IN", N), ("Jaipur Literature Festival", "IN", Q), ("Hotel Clarks Amer", "IN", Q), ("Front Lawn", "-", N),
    ("Teamwork Arts", "-", N), ("Earth", "-", N), ("Jaipur", "IN", N), ("Ajmer", "IN", N), ("Kota", "IN", N, (25.18, 75.83)),
    ("India", "IN", C), ("Rome", "IT", N), ("China", "CN", C), ("Delhi", "IN", N), ("Amish Tripathi", "-", N), ("Charbagh", "-", N),
    ("Tbilisi", "GE", N), ("Hamburg", "DE", N), ("Dhaka", "BD", N), ("Georgia", "GE", C), ("Sawai Ram Singh Road", "IN", Q),
    ("Rajasthan", "IN", A), ("Sindhi Camp", "IN", Q), ("Jaipur Junction", "IN", Q), ("Houston", "US", N), ("London", "GB", N),
    ("Toronto", "CA", N), ("Jodhpur", "IN", N), ("Udaipur", "IN", N, (24.58, 73.71)), ("Amber Fort", "IN", Q), ("Hawa Mahal", "IN", Q),
    ("City Palace", "IN", Q), ("Hindustan Times Correspondent", "-", N),
])

CASES = [(t, e) for g, t, e in RAW]
GENRES = [g for g, t, e in RAW]
