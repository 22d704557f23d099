"""Transport, travel disruption and infrastructure news: 40 held-out articles for geomap.

Written by a helper that read neither geomap's source (the rules under geomap/) nor any other
set's cases.py; only article_runner.py (the scorer) was read. The events are invented or
composited, the places are real. Articles imitate wires, national papers and trade press
(Reuters, AP, AFP, CP, AAP, PTI, the BBC, Lloyd's List, Railway Gazette, The Loadstar).

Genres (letter in GENRES):
  "a" (14): aviation: airlines, airports, incidents, routes.
  "b" (13): rail, roads, bridges, tunnels and urban transit.
  "c" (13): shipping, ports, canals, ferries and freight corridors.

Conventions:
  - Every occurrence of a place is listed, including ALL-CAPS datelines ("LONDON (Reuters) -")
    and places used for their government ("Washington", "Ottawa", "Moscow").
  - Demonyms and adjectives ("British", "Chinese", "Victorian") are Q ("?") with their country;
    continental adjectives ("European", "African") are Q with "*".
  - Airports, stations, bridges and tunnels with proper names ("Heathrow", "Gatwick", "JFK",
    "Schiphol", "Penn Station", "Gare du Nord", "Øresund Bridge", "Channel Tunnel") are listed
    with country "-" (facilities named after places or people, not the places themselves). A city
    named before a generic "airport" ("Frankfurt airport", "Cardiff airport", "Cologne/Bonn
    airport") is the city, kind T.
  - Airlines, rail operators, ships, fleets, newspapers and teams named after places ("Air India",
    "Qatar Airways", "Alaska Airlines", "Southern Rail", "Virgin Australia", "Pride of Kent",
    "Detroit Red Wings") are "-". Organisations and named routes whose name contains the place
    they serve ("Transport Canada", "BC Ferries", "Long Island Rail Road", "Northern Corridor",
    "Panama Canal Authority", "Riyadh Metro") are Q with that country (debatable, not counted).
  - Canals, straits, seas, rivers, lakes, islands, peninsulas, mountains and macro-regions are
    kind N; features spanning countries use "*" (or "A|B").
  - Namesakes decided by the story carry a (lat, lon) hint (Portland, Ontario, Victoria,
    Richmond, Newcastle, Kingston, Birmingham, London Ont., Windsor, Cheltenham, Sydenham...);
    Georgia the US state is kind A/US, Georgia the country kind C/GE.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: aviation

add("a", """Hundreds of flights cancelled as Storm Isha batters Heathrow and Gatwick

By Sarah Young

LONDON (Reuters) - Airlines cancelled more than 400 flights at London's Heathrow and Gatwick airports on Sunday as Storm Isha brought gusts of up to 90 mph to southern England, with dozens of inbound jets diverted to Manchester, Birmingham and Paris.

British Airways said it had scrapped most short-haul departures to Amsterdam, Dublin and Edinburgh until late afternoon, while Virgin Atlantic held a flight from New York JFK on the tarmac for three hours before letting it depart. An Aer Lingus Airbus from Cork aborted two landings at Heathrow before diverting to Shannon, on Ireland's west coast.

"We had passengers who left Glasgow at breakfast and ended up in Brussels," said one easyJet pilot, who asked not to be named.

The Met Office issued amber wind warnings for Cornwall, Devon and Kent, and a rare red warning for coastal parts of Northern Ireland and southwest Scotland. Trains between London and Brighton were suspended after trees fell on the line near Haywards Heath, Southern Rail said, and Eurostar services from St Pancras to Paris Gare du Nord ran up to two hours late.

At Schiphol, Dutch carrier KLM cancelled 60 European flights, citing knock-on delays from Britain. Belfast, Bristol and Newcastle airports reported dozens of cancellations, and Wales's Cardiff airport closed its runway for 45 minutes.

Forecasters expect the storm to move toward Norway and the North Sea by Monday.""", [
    ("LONDON", "GB", T),
    ("London", "GB", T),
    ("Heathrow", "-", N),
    ("Gatwick", "-", N),
    ("England", "GB", A),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("Paris", "FR", T),
    ("British Airways", "-", N),
    ("Amsterdam", "NL", T),
    ("Dublin", "IE", T),
    ("Edinburgh", "GB", T),
    ("Virgin Atlantic", "-", N),
    ("New York", "US", T, (40.71, -74.01)),
    ("JFK", "-", N),
    ("Cork", "IE", T),
    ("Shannon", "IE", T, (52.70, -8.86)),
    ("Ireland", "IE", C),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Brussels", "BE", T),
    ("Cornwall", "GB", A),
    ("Devon", "GB", A),
    ("Kent", "GB", A),
    ("Northern Ireland", "GB", A),
    ("Scotland", "GB", A),
    ("Brighton", "GB", T, (50.83, -0.14)),
    ("Haywards Heath", "GB", T, (51.00, -0.10)),
    ("Southern Rail", "-", N),
    ("St Pancras", "-", N),
    ("Gare du Nord", "-", N),
    ("Schiphol", "-", N),
    ("Dutch", "NL", Q),
    ("European", "*", Q),
    ("Britain", "GB", C),
    ("Belfast", "GB", T),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Newcastle", "GB", T, (54.98, -1.61)),
    ("Wales", "GB", A),
    ("Cardiff", "GB", T),
    ("Norway", "NO", C),
    ("North Sea", "*", N),
])

add("a", """Air India jet diverts to Arctic town after bomb threat

NEW DELHI, Oct 15 (Reuters) - An Air India Boeing 777 flying from Delhi to Chicago with 211 passengers made an unscheduled landing in Iqaluit, the capital of Canada's Nunavut territory, on Tuesday after the airline received a bomb threat on social media, the carrier and Canadian officials said.

Flight AI127 had crossed Russian airspace and the Arctic Ocean north of Greenland when the crew was told to divert, according to flight tracking data. Royal Canadian Mounted Police officers searched the aircraft on the remote airstrip on Baffin Island and found nothing suspicious.

Air India said it would send a relief aircraft from Toronto, and that passengers would continue to O'Hare International Airport on Wednesday. The stranded travellers were housed in a school gym because Iqaluit, a town of about 7,000 people on Frobisher Bay, has few hotel rooms.

It was the latest in a wave of hoax threats against Indian airlines. In the past week, an IndiGo flight from Mumbai to Istanbul was diverted to Delhi, an Akasa Air flight from Bengaluru to Ayodhya returned after take-off, and an Air India Express service from Tiruchirappalli to Sharjah circled over Tamil Nadu for two hours before landing safely.

India's civil aviation ministry said it was working with police in Maharashtra and Delhi to trace the accounts behind the messages. Transport Canada and the Ottawa government did not comment.""", [
    ("Air India", "-", N),
    ("Air India Express", "-", N),
    ("Arctic", "*", N),
    ("NEW DELHI", "IN", T),
    ("Delhi#1,2", "IN", T, (28.65, 77.23)),
    ("Delhi#3", "IN", A),
    ("Chicago", "US", T),
    ("Iqaluit", "CA", T),
    ("Canada", "CA", C),
    ("Nunavut", "CA", A),
    ("Canadian", "CA", Q),
    ("Russian", "RU", Q),
    ("Arctic Ocean", "*", N),
    ("Greenland", "GL", C),
    ("Baffin Island", "CA", N),
    ("Toronto", "CA", T),
    ("O'Hare International Airport", "-", N),
    ("Frobisher Bay", "CA", N),
    ("Indian", "IN", Q),
    ("Mumbai", "IN", T),
    ("Istanbul", "TR", T),
    ("Bengaluru", "IN", T),
    ("Ayodhya", "IN", T),
    ("Tiruchirappalli", "IN", T),
    ("Sharjah", "AE", T),
    ("Tamil Nadu", "IN", A),
    ("India", "IN", C),
    ("Maharashtra", "IN", A),
    ("Transport Canada", "CA", Q),
    ("Ottawa", "CA", T),
])

add("a", """Gulf carriers reroute flights as Iran, Iraq close airspace

DUBAI, April 14 (Reuters) - Emirates, Qatar Airways and Etihad rerouted dozens of flights on Sunday after Iran, Iraq and Jordan temporarily closed their airspace, forcing long detours over Saudi Arabia and Egypt for services between the Gulf and Europe.

Flights from Doha to London and Paris were routed west over the Red Sea and Cairo, adding up to 90 minutes, while several Emirates flights from Dubai to Vienna and Warsaw turned back over Kuwait. Flydubai cancelled its flights to Amman, Baghdad, Tehran and Beirut, and Lufthansa suspended its Frankfurt-Tehran route until the end of the month.

Jordan's Queen Alia International Airport reopened to traffic on Sunday morning, while Lebanon's civil aviation authority said Beirut airport would stay open but advised airlines to avoid flying over the south of the country. Iraq said Baghdad and Erbil airports would resume operations by evening; Basra and Najaf remained closed.

The Middle East's airspace has become a patchwork since the Gaza war began, with carriers already avoiding Syria and parts of Yemen. Aviation data firm Cirium said about 40 flights bound for Bahrain, Abu Dhabi and Muscat in Oman were delayed. Singapore Airlines and Air India said they were routing flights between Asia and Europe south of the Persian Gulf.

"Every additional hour over Saudi territory is fuel we did not plan for," a Qatari airline official said. Turkish Airlines said it had halted flights to Tabriz, Isfahan and Shiraz.""", [
    ("Gulf", "*", N),
    ("Iran", "IR", C),
    ("Iraq", "IQ", C),
    ("DUBAI", "AE", T),
    ("Emirates", "-", N),
    ("Qatar Airways", "-", N),
    ("Jordan", "JO", C),
    ("Saudi Arabia", "SA", C),
    ("Egypt", "EG", C),
    ("Europe", "*", N),
    ("Doha", "QA", T),
    ("London", "GB", T),
    ("Paris", "FR", T),
    ("Red Sea", "*", N),
    ("Cairo", "EG", T),
    ("Dubai", "AE", T),
    ("Vienna", "AT", T),
    ("Warsaw", "PL", T),
    ("Kuwait", "KW", C),
    ("Amman", "JO", T),
    ("Baghdad", "IQ", T),
    ("Tehran", "IR", T),
    ("Beirut", "LB", T),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Queen Alia International Airport", "-", N),
    ("Lebanon", "LB", C),
    ("Erbil", "IQ", T),
    ("Basra", "IQ", T),
    ("Najaf", "IQ", T),
    ("Middle East", "*", N),
    ("Gaza", "PS", N),
    ("Syria", "SY", C),
    ("Yemen", "YE", C),
    ("Bahrain", "BH", C),
    ("Abu Dhabi", "AE", T),
    ("Muscat", "OM", T),
    ("Oman", "OM", C),
    ("Singapore Airlines", "-", N),
    ("Air India", "-", N),
    ("Asia", "*", N),
    ("Persian Gulf", "*", N),
    ("Saudi", "SA", Q),
    ("Qatari", "QA", Q),
    ("Turkish Airlines", "-", N),
    ("Tabriz", "IR", T),
    ("Isfahan", "IR", T),
    ("Shiraz", "IR", T),
])

add("a", """Alaska Airlines flight returns to Portland after cabin pressure scare

PORTLAND, Ore. (AP) - An Alaska Airlines flight bound for Ontario, California, returned to Portland on Friday night shortly after takeoff when the crew reported a loss of cabin pressure, the Federal Aviation Administration said.

The Boeing 737 carrying 171 passengers and six crew members had climbed to about 16,000 feet over Oregon's Willamette Valley when oxygen masks dropped, passengers said. The jet landed safely about 20 minutes later; no one was seriously injured.

"You could see the lights of Salem below us and then everybody just went quiet," said Kelsey Moore, a nurse from Vancouver, Washington, who was travelling to visit family in Riverside County.

Alaska, which is based in Seattle, grounded the aircraft for inspection and rebooked passengers on a later flight to Ontario and on partner services through Los Angeles and Burbank. The airline said the jet had flown earlier in the day from Anchorage and Boise, Idaho.

The FAA said it was investigating. The National Transportation Safety Board sent a team from Washington.

The incident comes as airlines in the Pacific Northwest struggle with winter weather. Snow and freezing rain closed Interstate 84 through the Columbia River Gorge on Thursday, and Spokane and Medford airports saw dozens of delays. Horizon Air, Alaska's regional affiliate, cancelled 30 flights across Washington and Oregon.""", [
    ("Alaska Airlines", "-", N),
    ("Alaska", "-", N),
    ("Portland", "US", T, (45.52, -122.68)),
    ("PORTLAND", "US", T, (45.52, -122.68)),
    ("Ore.", "US", A),
    ("Ontario", "US", T, (34.06, -117.65)),
    ("California", "US", A),
    ("Oregon", "US", A),
    ("Willamette Valley", "US", N),
    ("Salem", "US", T, (44.94, -123.04)),
    ("Vancouver", "US", T, (45.64, -122.66)),
    ("Washington#1,3", "US", A),
    ("Washington#2", "US", T, (38.90, -77.04)),
    ("Riverside County", "US", A),
    ("Seattle", "US", T),
    ("Los Angeles", "US", T),
    ("Burbank", "US", T, (34.18, -118.31)),
    ("Anchorage", "US", T),
    ("Boise", "US", T),
    ("Idaho", "US", A),
    ("Pacific Northwest", "US", N),
    ("Columbia River Gorge", "US", N),
    ("Spokane", "US", T),
    ("Medford", "US", T, (42.33, -122.87)),
])

add("a", """First passenger jets land at Sydney's second airport

SYDNEY, Nov 3 (AAP) - The first scheduled passenger flights have landed at Western Sydney International Airport at Badgerys Creek, ending more than six decades of debate over a second airport for Australia's largest city.

A Qantas Boeing 737 from Melbourne touched down shortly after 7am, followed by a Jetstar service from the Gold Coast and a Virgin Australia flight from Brisbane. Qantas also plans daily flights to Perth, Hobart and Cairns, while Air New Zealand will begin a route to Auckland next month and a Singaporean carrier has applied for slots to Changi.

The airport, named after aviation pioneer Nancy-Bird Walton, operates 24 hours a day, unlike Kingsford Smith airport in Mascot, which has an 11pm curfew. Residents in Penrith, Liverpool and Campbelltown have welcomed the jobs but complain of aircraft noise over the Blue Mountains.

The New South Wales government will extend a new metro line from St Marys to the airport by 2027, and a motorway links the site to the M4 and M7. Travellers from the Hunter region, meanwhile, still have the choice of the airport at Williamtown, near Newcastle, which recently added flights to Adelaide and Canberra and hopes to open an international route to Bali.

The federal transport minister said passengers from Wollongong, the Illawarra and Bathurst would also benefit. Tasmania and Queensland tourism bodies said they hoped for more direct connections.""", [
    ("Sydney", "AU", T),
    ("SYDNEY", "AU", T),
    ("Western Sydney International Airport", "-", N),
    ("Badgerys Creek", "AU", T, (-33.88, 150.74)),
    ("Australia", "AU", C),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Gold Coast", "AU", T),
    ("Virgin Australia", "-", N),
    ("Brisbane", "AU", T),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Hobart", "AU", T),
    ("Cairns", "AU", T),
    ("Air New Zealand", "-", N),
    ("Auckland", "NZ", T),
    ("Singaporean", "SG", Q),
    ("Changi", "-", N),
    ("Kingsford Smith", "-", N),
    ("Mascot", "AU", T, (-33.93, 151.19)),
    ("Penrith", "AU", T, (-33.75, 150.69)),
    ("Liverpool", "AU", T, (-33.92, 150.92)),
    ("Campbelltown", "AU", T, (-34.07, 150.82)),
    ("Blue Mountains", "AU", N),
    ("New South Wales", "AU", A),
    ("St Marys", "AU", T, (-33.76, 150.77)),
    ("Hunter region", "AU", N),
    ("Williamtown", "AU", T, (-32.80, 151.84)),
    ("Newcastle", "AU", T, (-32.93, 151.78)),
    ("Adelaide", "AU", T),
    ("Canberra", "AU", T),
    ("Bali", "ID", N),
    ("Wollongong", "AU", T),
    ("Illawarra", "AU", N),
    ("Bathurst", "AU", T, (-33.42, 149.58)),
    ("Tasmania", "AU", A),
    ("Queensland", "AU", A),
])

add("a", """Ethiopian Airlines adds Victoria Falls, Lubumbashi as African network grows

ADDIS ABABA, June 5 (Reuters) - Ethiopian Airlines will launch flights to Victoria Falls in Zimbabwe and Lubumbashi in the Democratic Republic of Congo next month, the carrier said on Wednesday, as it expands its lead over rivals such as Kenya Airways and RwandAir.

The Victoria Falls route will operate three times a week from Addis Ababa via Gaborone, Botswana, while the Lubumbashi flights will continue to Ndola in Zambia's Copperbelt province. The airline already serves Harare, Lusaka, Kinshasa and Goma.

Ethiopian, Africa's largest carrier by fleet, is building a $10 billion airport at Bishoftu, about 45 km southeast of the capital, to replace Bole International, which it says will run out of capacity by 2030.

In Nairobi, Kenya Airways said it would resume flights to Mogadishu and add frequencies to Entebbe and Kinshasa. In West Africa, Air Côte d'Ivoire plans to connect Abidjan with Dakar, Accra and Lagos, and Nigeria's new flag carrier project has again been delayed.

The African Union's single air transport market, launched in 2018, has struggled to take off: a flight from Dakar to Nairobi often still connects via Paris, Istanbul or Dubai. "It is cheaper for someone in Kigali to fly to London than to Luanda," said an aviation consultant in Johannesburg.

The tourism board in Livingstone, across the Zambezi River from Victoria Falls, welcomed the new link, saying visitors from Europe and North America would gain a one-stop connection.""", [
    ("Ethiopian Airlines", "-", N),
    ("Ethiopian", "-", N),
    ("Victoria Falls", "ZW", T, (-17.93, 25.83)),
    ("Lubumbashi", "CD", T),
    ("African", "*", Q),
    ("ADDIS ABABA", "ET", T),
    ("Addis Ababa", "ET", T),
    ("Zimbabwe", "ZW", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Kenya Airways", "-", N),
    ("Gaborone", "BW", T),
    ("Botswana", "BW", C),
    ("Ndola", "ZM", T),
    ("Zambia", "ZM", C),
    ("Copperbelt province", "ZM", A),
    ("Harare", "ZW", T),
    ("Lusaka", "ZM", T),
    ("Kinshasa", "CD", T),
    ("Goma", "CD", T),
    ("Africa", "*", N),
    ("Bishoftu", "ET", T),
    ("Bole International", "-", N),
    ("Nairobi", "KE", T),
    ("Mogadishu", "SO", T),
    ("Entebbe", "UG", T),
    ("West Africa", "*", N),
    ("Air Côte d'Ivoire", "-", N),
    ("Abidjan", "CI", T),
    ("Dakar", "SN", T),
    ("Accra", "GH", T),
    ("Lagos", "NG", T),
    ("Nigeria", "NG", C),
    ("African Union", "*", Q),
    ("Paris", "FR", T),
    ("Istanbul", "TR", T),
    ("Dubai", "AE", T),
    ("Kigali", "RW", T),
    ("London", "GB", T),
    ("Luanda", "AO", T),
    ("Johannesburg", "ZA", T),
    ("Livingstone", "ZM", T, (-17.84, 25.86)),
    ("Zambezi River", "*", N),
    ("Europe", "*", N),
    ("North America", "*", N),
])

add("a", """Avianca, LATAM scramble as ash cloud shuts Quito, Cali airports

BOGOTÁ, Feb 2 (AFP) - Airlines cancelled dozens of flights across Colombia and Ecuador on Friday after an eruption at a volcano in the Andes sent ash drifting across the region, closing airports in Popayán, Cali, Pasto and Quito.

Avianca said it had suspended flights between Bogotá and Cali as well as its routes from Medellín to Guayaquil and Lima. LATAM grounded services linking Quito with Santiago and São Paulo, and Copa Airlines diverted two jets from Panama City to Cartagena on Colombia's Caribbean coast.

Ecuador's civil aviation authority said Mariscal Sucre airport, which serves the capital, would remain closed until at least Saturday. Carchi province, on the border with Colombia, reported ash falls of up to two millimetres.

The disruption spread south to Peru, where flights between Lima and Cusco were delayed for hours, and to Argentina, where Aerolíneas Argentinas rebooked passengers bound for Córdoba and Mendoza who were connecting through Bogotá's El Dorado airport.

Venezuela's Conviasa cancelled its flights from Caracas to Quito and Havana. A spokesman for Colombia's aviation regulator said the ash was expected to move out over the Pacific by Sunday, but warned that the volcano, about 30 km from Popayán, in Cauca department, remained active.

The eruption is the latest to hit air travel in the region after Ecuador's Sangay and Reventador volcanoes forced closures in Guayaquil and the Amazon town of Lago Agrio last year.""", [
    ("Quito", "EC", T),
    ("Cali", "CO", T),
    ("BOGOTÁ", "CO", T),
    ("Bogotá", "CO", T),
    ("Colombia", "CO", C),
    ("Ecuador", "EC", C),
    ("Andes", "*", N),
    ("Popayán", "CO", T),
    ("Pasto", "CO", T),
    ("Medellín", "CO", T),
    ("Guayaquil", "EC", T),
    ("Lima", "PE", T),
    ("Santiago", "CL", T, (-33.45, -70.65)),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Panama City", "PA", T),
    ("Cartagena", "CO", T, (10.40, -75.51)),
    ("Caribbean", "*", N),
    ("Mariscal Sucre", "-", N),
    ("Carchi province", "EC", A),
    ("Peru", "PE", C),
    ("Cusco", "PE", T),
    ("Argentina", "AR", C),
    ("Aerolíneas Argentinas", "-", N),
    ("Córdoba", "AR", T, (-31.41, -64.18)),
    ("Mendoza", "AR", T, (-32.89, -68.83)),
    ("El Dorado", "-", N),
    ("Venezuela", "VE", C),
    ("Caracas", "VE", T),
    ("Havana", "CU", T),
    ("Pacific", "*", N),
    ("Cauca department", "CO", A),
    ("Sangay", "EC", N),
    ("Reventador", "EC", N),
    ("Amazon", "*", N),
    ("Lago Agrio", "EC", T, (0.09, -76.88)),
])

add("a", """Typhoon shuts Hong Kong, Taipei airports; hundreds of flights cancelled

HONG KONG, Sept 1 (Reuters) - Cathay Pacific cancelled nearly all of its flights on Sunday as a powerful typhoon swept past Hong Kong, while airports in Taipei, Xiamen and Shenzhen halted departures and Okinawa's main airport in Naha closed for a second day.

The Hong Kong Observatory raised its No. 8 signal at dawn, suspending ferry services to Macau and bus routes across the Hong Kong-Zhuhai-Macao Bridge. Cathay said flights to Tokyo, Seoul, Bangkok and Manila would resume on Monday.

In Taiwan, China Airlines and EVA Air grounded most domestic and regional flights, and the high-speed rail line between Taipei and Kaohsiung ran a reduced service. Mainland authorities in Guangdong and Fujian provinces ordered ships back to port and closed schools.

Airlines in Japan cancelled about 300 flights, mostly on routes linking Okinawa with Osaka and Fukuoka. Korean Air rerouted its Seoul-Manila flights east over the Pacific, and Jeju Air cancelled flights between Busan and Taipei.

The storm, packing winds of 175 km/h, is expected to make landfall near Shantou on Monday before weakening over Jiangxi. Guangzhou's Baiyun airport warned of delays, and China Southern Airlines cancelled 120 flights.

Airport Authority Hong Kong said passengers stranded at Chek Lap Kok would be offered blankets and food. Qantas and British Airways diverted flights from Sydney and London to Singapore overnight.""", [
    ("Hong Kong", "HK", N),
    ("HONG KONG", "HK", N),
    ("Taipei", "TW", T),
    ("Cathay Pacific", "-", N),
    ("Cathay", "-", N),
    ("Xiamen", "CN", T),
    ("Shenzhen", "CN", T),
    ("Okinawa", "JP", N),
    ("Naha", "JP", T),
    ("Hong Kong Observatory", "HK", Q),
    ("Macau", "MO", N),
    ("Hong Kong-Zhuhai-Macao Bridge", "-", N),
    ("Tokyo", "JP", T),
    ("Seoul", "KR", T),
    ("Bangkok", "TH", T),
    ("Manila", "PH", T),
    ("Taiwan", "TW", C),
    ("China Airlines", "-", N),
    ("Kaohsiung", "TW", T),
    ("Guangdong", "CN", A),
    ("Fujian", "CN", A),
    ("Japan", "JP", C),
    ("Osaka", "JP", T),
    ("Fukuoka", "JP", T),
    ("Korean Air", "-", N),
    ("Pacific", "*", N),
    ("Jeju Air", "-", N),
    ("Busan", "KR", T),
    ("Shantou", "CN", T),
    ("Jiangxi", "CN", A),
    ("Guangzhou", "CN", T),
    ("Baiyun", "-", N),
    ("China Southern Airlines", "-", N),
    ("Airport Authority Hong Kong", "HK", Q),
    ("Chek Lap Kok", "HK", Q),
    ("British Airways", "-", N),
    ("Sydney", "AU", T),
    ("London", "GB", T),
    ("Singapore", "SG", N),
])

add("a", """Philippine Airlines jet makes emergency landing in Cebu after engine fire

MANILA (AP) - A Philippine Airlines Airbus A321 flying from Manila to Davao made an emergency landing at Mactan-Cebu International Airport on Tuesday after the crew reported a fire in its left engine, the Civil Aviation Authority of the Philippines said.

All 168 passengers and crew were evacuated on the runway on Mactan Island, across a narrow channel from Cebu City. Three people were treated for minor injuries.

The aircraft had departed Ninoy Aquino International Airport in Pasay shortly after 6 a.m. and was over the Visayas when the warning light came on, the airline said. It was the second incident involving the carrier in a month, after a flight from Manila to Los Angeles returned to the capital with a hydraulic fault.

Cebu Pacific and AirAsia said flights to Mindanao, including Davao, Cagayan de Oro and General Santos, ran normally. Travelers to Iloilo, Bacolod and Tacloban faced delays after the runway at Mactan was closed for four hours.

Aviation regulators across Southeast Asia have stepped up engine checks. Indonesia ordered inspections of similar aircraft operated by Garuda Indonesia and Lion Air in Jakarta and Bali, while Vietnam Airlines said it had checked jets based in Hanoi and Ho Chi Minh City. Malaysia Airlines and Singapore Airlines, which fly to Cebu from Kuala Lumpur and Singapore, said their fleets were unaffected.

Philippine Airlines will fly replacement aircraft from Clark, north of Manila in Pampanga province, the company said.""", [
    ("Philippine Airlines", "-", N),
    ("Cebu", "PH", N, (10.32, 123.89)),
    ("MANILA", "PH", T),
    ("Manila", "PH", T),
    ("Davao", "PH", T, (7.07, 125.61)),
    ("Mactan-Cebu International Airport", "-", N),
    ("Civil Aviation Authority of the Philippines", "PH", Q),
    ("Mactan Island", "PH", N),
    ("Mactan", "PH", N),
    ("Cebu City", "PH", T),
    ("Ninoy Aquino International Airport", "-", N),
    ("Pasay", "PH", T),
    ("Visayas", "PH", N),
    ("Los Angeles", "US", T),
    ("Cebu Pacific", "-", N),
    ("Mindanao", "PH", N),
    ("Cagayan de Oro", "PH", T),
    ("General Santos", "PH", T),
    ("Iloilo", "PH", T, (10.70, 122.56)),
    ("Bacolod", "PH", T),
    ("Tacloban", "PH", T),
    ("Southeast Asia", "*", N),
    ("Indonesia", "ID", C),
    ("Garuda Indonesia", "-", N),
    ("Jakarta", "ID", T),
    ("Bali", "ID", N),
    ("Vietnam Airlines", "-", N),
    ("Hanoi", "VN", T),
    ("Ho Chi Minh City", "VN", T),
    ("Malaysia Airlines", "-", N),
    ("Singapore Airlines", "-", N),
    ("Kuala Lumpur", "MY", T),
    ("Singapore", "SG", N),
    ("Clark", "PH", N, (15.18, 120.55)),
    ("Pampanga province", "PH", A),
])

add("a", """Strike grounds Lufthansa flights at Frankfurt and Munich

FRANKFURT, Feb 7 (Reuters) - A one-day strike by Lufthansa ground staff forced Germany's biggest airline to cancel more than 800 flights on Wednesday, grounding about 100,000 passengers at its hubs in Frankfurt and Munich, the carrier said.

The walkout called by the ver.di union also hit Lufthansa flights from Hamburg, Berlin, Düsseldorf and Stuttgart, while sister airlines Austrian, Swiss and Brussels Airlines kept operating but warned of delays on connections through Germany.

Travellers queued at the Deutsche Bahn counter at Frankfurt's long-distance station hoping to switch to trains to Cologne, Nuremberg and Leipzig. The rail operator added extra ICE services between Munich and Berlin.

In Bavaria, the state economy minister said the strikes were damaging Munich's standing as an aviation hub against Vienna, Zurich and Istanbul. Eurowings, Lufthansa's low-cost unit, flew most of its routes from Cologne/Bonn airport to Palma de Mallorca, the Canary Islands and Lisbon as scheduled.

The dispute is over pay for about 25,000 workers. Ver.di has already organised strikes at airports in Hanover, Bremen and Leipzig/Halle this year. A separate strike by security staff is planned for next week at Berlin Brandenburg, the capital's airport, and at Hamburg.

Lufthansa, which also owns ITA Airways in Italy, said its long-haul flights to New York, Chicago, Tokyo and Bangkok would resume on Thursday.""", [
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("FRANKFURT", "DE", T, (50.11, 8.68)),
    ("Munich", "DE", T),
    ("Germany", "DE", C),
    ("Hamburg", "DE", T),
    ("Berlin", "DE", T),
    ("Düsseldorf", "DE", T),
    ("Stuttgart", "DE", T),
    ("Austrian", "-", N),
    ("Swiss", "-", N),
    ("Brussels Airlines", "-", N),
    ("Deutsche Bahn", "-", N),
    ("Cologne", "DE", T),
    ("Nuremberg", "DE", T),
    ("Leipzig", "DE", T),
    ("Bavaria", "DE", A),
    ("Vienna", "AT", T),
    ("Zurich", "CH", T),
    ("Istanbul", "TR", T),
    ("Bonn", "DE", T),
    ("Palma de Mallorca", "ES", T),
    ("Canary Islands", "ES", N),
    ("Lisbon", "PT", T),
    ("Hanover", "DE", T, (52.37, 9.73)),
    ("Bremen", "DE", T, (53.08, 8.81)),
    ("Halle", "DE", T, (51.48, 11.97)),
    ("Berlin Brandenburg", "-", N),
    ("Italy", "IT", C),
    ("New York", "US", T, (40.71, -74.01)),
    ("Chicago", "US", T),
    ("Tokyo", "JP", T),
    ("Bangkok", "TH", T),
])

add("a", """WestJet mechanics' strike strands travellers from Victoria to St. John's

CALGARY, Alberta (CP) - WestJet cancelled more than 800 flights over the long weekend after its aircraft maintenance engineers walked off the job, stranding tens of thousands of travellers at airports from Victoria to St. John's, Newfoundland.

The Calgary-based airline parked most of its Boeing 737 fleet at its hubs in Calgary, Vancouver and Toronto's Pearson airport. At Vancouver International Airport, which sits on Sea Island in Richmond, B.C., lines stretched out the terminal doors on Saturday morning.

"I'm supposed to be in Halifax for my sister's wedding tomorrow," said Priya Sandhu, a nurse from Surrey, B.C. "Air Canada wants $1,400 for a one-way seat."

Flights to smaller cities were hit hardest. Kelowna and Prince George lost most of their service, and former Swoop routes from Hamilton and London, Ont., to Edmonton and Winnipeg were cancelled outright. In the Maritimes, travellers in Charlottetown and Moncton scrambled for seats on Porter Airlines.

Sun-seekers bound for Cancún, Puerto Vallarta and Montego Bay were told to rebook for later in the week.

The federal labour minister in Ottawa said he would not intervene yet. The premiers of British Columbia, Alberta and Nova Scotia urged both sides back to the table, as did the mayor of Saskatoon, whose city lost its only nonstop to Toronto.

Air Canada said it would add seats on routes linking Montreal and Quebec City with Calgary.""", [
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("St. John's", "CA", T, (47.56, -52.71)),
    ("CALGARY", "CA", T),
    ("Calgary", "CA", T),
    ("Alberta", "CA", A),
    ("Newfoundland", "CA", N),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Toronto", "CA", T),
    ("Pearson", "-", N),
    ("Vancouver International Airport", "-", N),
    ("Sea Island", "CA", N, (49.19, -123.18)),
    ("Richmond", "CA", T, (49.17, -123.14)),
    ("B.C.", "CA", A),
    ("Halifax", "CA", T, (44.65, -63.58)),
    ("Surrey", "CA", T, (49.10, -122.80)),
    ("Air Canada", "-", N),
    ("Kelowna", "CA", T),
    ("Prince George", "CA", T, (53.92, -122.75)),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("London", "CA", T, (42.98, -81.25)),
    ("Ont.", "CA", A),
    ("Edmonton", "CA", T),
    ("Winnipeg", "CA", T),
    ("Maritimes", "CA", N),
    ("Charlottetown", "CA", T),
    ("Moncton", "CA", T),
    ("Cancún", "MX", T),
    ("Puerto Vallarta", "MX", T),
    ("Montego Bay", "JM", T),
    ("Ottawa", "CA", T),
    ("British Columbia", "CA", A),
    ("Nova Scotia", "CA", A),
    ("Saskatoon", "CA", T),
    ("Montreal", "CA", T),
    ("Quebec City", "CA", T),
])

add("a", """Air traffic control outage snarls flights at Newark, ripples across U.S.

NEW YORK (AP) - A radar and radio outage at a Philadelphia facility that guides planes into Newark Liberty International Airport forced the Federal Aviation Administration to halt departures for nearly four hours on Monday, with delays spreading from Boston to Atlanta and as far west as Denver.

United Airlines, which operates its biggest East Coast hub at Newark, cancelled 140 flights and asked passengers to rebook through Washington Dulles or Chicago's O'Hare. Delta said it had diverted flights from Atlanta and Salt Lake City to John F. Kennedy and LaGuardia airports in Queens.

The FAA said controllers lost contact with aircraft for about 90 seconds. New Jersey's governor called it "a national embarrassment."

Knock-on delays reached airports in Charlotte, North Carolina; Orlando and Miami in Florida; and Birmingham, Alabama, where a Southwest Airlines flight to Newark sat on the tarmac for two hours. In Georgia, Hartsfield-Jackson reported more than 300 delays.

The transportation secretary said in Washington that the outage showed the need to replace decades-old equipment. The agency moved control of Newark's airspace from Long Island to Philadelphia last year to ease staffing shortages in the New York region.

Airlines for America, the industry group, said the disruption would cost carriers millions of dollars. American Airlines reported delays at its hubs in Dallas-Fort Worth and Phoenix, while Alaska Airlines held flights from Seattle and Portland bound for the East Coast.""", [
    ("Newark", "US", T, (40.74, -74.17)),
    ("U.S.", "US", C),
    ("NEW YORK", "US", T, (40.71, -74.01)),
    ("Philadelphia", "US", T, (39.95, -75.16)),
    ("Newark Liberty International Airport", "-", N),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Atlanta", "US", T, (33.75, -84.39)),
    ("Denver", "US", T, (39.74, -104.98)),
    ("United Airlines", "-", N),
    ("East Coast", "US", N),
    ("Washington Dulles", "-", N),
    ("Chicago", "US", T),
    ("O'Hare", "-", N),
    ("Delta", "-", N),
    ("Salt Lake City", "US", T),
    ("John F. Kennedy", "-", N),
    ("LaGuardia", "-", N),
    ("Queens", "US", N, (40.68, -73.84)),
    ("New Jersey", "US", A),
    ("Charlotte", "US", T, (35.23, -80.84)),
    ("North Carolina", "US", A),
    ("Orlando", "US", T, (28.54, -81.38)),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Florida", "US", A),
    ("Birmingham", "US", T, (33.52, -86.80)),
    ("Alabama", "US", A),
    ("Southwest Airlines", "-", N),
    ("Georgia", "US", A),
    ("Hartsfield-Jackson", "-", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Long Island", "US", N),
    ("New York", "US", N, (40.71, -74.01)),
    ("Airlines for America", "-", N),
    ("American Airlines", "-", N),
    ("Dallas", "US", T, (32.78, -96.80)),
    ("Fort Worth", "US", T, (32.73, -97.32)),
    ("Phoenix", "US", T, (33.45, -112.07)),
    ("Alaska Airlines", "-", N),
    ("Seattle", "US", T),
    ("Portland", "US", T, (45.52, -122.68)),
])

add("a", """PIA resumes flights to Europe after four-year ban

ISLAMABAD, Jan 10 (Reuters) - Pakistan International Airlines flew its first flight to Europe in more than four years on Friday, a Boeing 777 from Islamabad to Paris, after the European Union Aviation Safety Agency lifted a ban imposed over concerns about pilot licensing.

The state-owned carrier plans to restart flights to Oslo, Copenhagen and Milan, and is seeking permission from Britain's Civil Aviation Authority to resume routes to London Heathrow, Manchester and Birmingham, home to large Pakistani diaspora communities.

"Families in Mirpur and Jhelum have been waiting for this," said a travel agent in Rawalpindi, noting that many British Pakistanis trace their roots to Azad Kashmir and northern Punjab.

The ban, imposed in 2020 after a PIA Airbus crashed in Karachi killing 97 people, forced travellers to connect via Dubai, Doha or Istanbul on Gulf and Turkish carriers. PIA's domestic network, centred on Karachi, Lahore and Islamabad, has also shrunk, with flights to Gwadar in Balochistan, Skardu in Gilgit-Baltistan and Hyderabad in Sindh operating only a few days a week.

The government is trying to privatise the loss-making airline, which has a fleet of about 30 aircraft. Officials in Islamabad said they hoped the return to Europe would help attract bidders from the Gulf and from China.

Neighbouring India's Air India and IndiGo fly to Europe from Delhi and Mumbai, while Bangladesh's Biman flies from Dhaka to London.""", [
    ("Europe", "*", N),
    ("ISLAMABAD", "PK", T),
    ("Islamabad", "PK", T),
    ("Pakistan International Airlines", "-", N),
    ("Paris", "FR", T),
    ("European Union Aviation Safety Agency", "*", Q),
    ("Oslo", "NO", T),
    ("Copenhagen", "DK", T),
    ("Milan", "IT", T),
    ("Britain", "GB", C),
    ("London", "GB", T),
    ("Heathrow", "-", N),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("Pakistani", "PK", Q),
    ("Mirpur", "PK", T, (33.15, 73.75)),
    ("Jhelum", "PK", T),
    ("Rawalpindi", "PK", T),
    ("British", "GB", Q),
    ("Pakistanis", "PK", Q),
    ("Azad Kashmir", "PK", A),
    ("Punjab", "PK", A),
    ("Karachi", "PK", T),
    ("Dubai", "AE", T),
    ("Doha", "QA", T),
    ("Istanbul", "TR", T),
    ("Gulf", "*", N),
    ("Turkish", "TR", Q),
    ("Lahore", "PK", T),
    ("Gwadar", "PK", T),
    ("Balochistan", "PK", A),
    ("Skardu", "PK", T),
    ("Gilgit-Baltistan", "PK", A),
    ("Hyderabad", "PK", T, (25.39, 68.37)),
    ("Sindh", "PK", A),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Air India", "-", N),
    ("Delhi", "IN", T, (28.65, 77.23)),
    ("Mumbai", "IN", T),
    ("Bangladesh", "BD", C),
    ("Dhaka", "BD", T),
])

add("a", """Small plane crashes in Nepal's Mustang district, killing 14

KATHMANDU (AFP) - A Twin Otter aircraft operated by a domestic carrier crashed into a mountainside in Nepal's remote Mustang district on Saturday, killing all 14 people on board, including four Indian tourists and two Germans, officials said.

The plane had taken off from Pokhara, Nepal's tourist hub, for the 20-minute flight to Jomsom when it lost contact with air traffic control near the Kali Gandaki gorge, which runs between the Annapurna and Dhaulagiri massifs. Rescuers from Jomsom and Kagbeni reached the wreckage on foot after fog grounded helicopters.

"Weather in the mountains changes in minutes," said a spokesman at Tribhuvan International Airport in Kathmandu. The government of Gandaki province declared a day of mourning.

Nepal has one of the world's worst air safety records. In January last year, a Yeti Airlines plane crashed on approach to Pokhara's new international airport, killing 72 people, and the Himalayan nation's airlines remain banned from European Union airspace. Pilots flying to Lukla, the gateway to Mount Everest, must land on a sloping runway of just 527 metres.

India's foreign ministry said the Indian victims were from Mumbai and Bengaluru, while the German embassy in Kathmandu said the two Germans were from Hamburg. Their bodies will be flown to Kathmandu and then to New Delhi and Frankfurt.

Tourism operators in Manang and Lo Manthang, the walled town in Upper Mustang near the Tibetan border, said they expected cancellations in the coming trekking season.""", [
    ("Nepal", "NP", C),
    ("Mustang district", "NP", A),
    ("KATHMANDU", "NP", T),
    ("Kathmandu", "NP", T),
    ("Indian", "IN", Q),
    ("Germans", "DE", Q),
    ("Pokhara", "NP", T),
    ("Jomsom", "NP", T, (28.78, 83.73)),
    ("Kali Gandaki", "NP", N),
    ("Annapurna", "NP", N),
    ("Dhaulagiri", "NP", N),
    ("Kagbeni", "NP", T, (28.84, 83.78)),
    ("Tribhuvan International Airport", "-", N),
    ("Gandaki province", "NP", A),
    ("Himalayan", "*", Q),
    ("European Union", "*", Q),
    ("Lukla", "NP", T, (27.69, 86.73)),
    ("Mount Everest", "NP|CN", N),
    ("India", "IN", C),
    ("Mumbai", "IN", T),
    ("Bengaluru", "IN", T),
    ("German", "DE", Q),
    ("Hamburg", "DE", T),
    ("New Delhi", "IN", T),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Manang", "NP", T, (28.67, 84.02)),
    ("Lo Manthang", "NP", T, (29.18, 83.96)),
    ("Upper Mustang", "NP", N),
    ("Tibetan", "CN", Q),
])

# ---------------------------------------------------------------- b: rail, roads, bridges, transit

add("b", """HS2 tunnelling completes under Chilterns as East West Rail reaches Bletchley

By our Transport Correspondent

LONDON (BBC) - Tunnel boring machines building the HS2 high-speed line have broken through at the northern end of the 10-mile Chiltern tunnel near Great Missenden, Buckinghamshire, the project's biggest engineering milestone so far.

The line will link London Euston with Birmingham Curzon Street via a new interchange at Old Oak Common in west London, with trains continuing on the existing West Coast Main Line to Manchester, Liverpool and Glasgow. The government scrapped the northern leg to Manchester in 2023, and a separate eastern branch to Leeds was cancelled in 2021.

Work near Handsacre in Staffordshire, where HS2 will join the existing network, is due to start next year. Passengers from Crewe and Stoke-on-Trent will still need to change at Birmingham or travel via Avanti West Coast.

Meanwhile, East West Rail said test trains had begun running between Oxford and Bletchley, in Milton Keynes, ahead of passenger services next year. The next phase will extend the route through Bedford to Cambridge, though the choice of a northern approach via St Neots has angered residents in Bedfordshire and Cambridgeshire.

Rail unions warned of disruption elsewhere. Southern Rail passengers between Brighton and London Victoria face weekend closures in March, while Network Rail engineers will close the Severn Tunnel between Bristol and Newport, cutting direct services from London to Cardiff and Swansea for nine days.""", [
    ("Chilterns", "GB", N),
    ("Bletchley", "GB", T, (52.00, -0.74)),
    ("LONDON", "GB", T),
    ("Chiltern", "GB", Q),
    ("Great Missenden", "GB", T, (51.70, -0.71)),
    ("Buckinghamshire", "GB", A),
    ("London", "GB", T),
    ("Euston", "-", N),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("Curzon Street", "-", N),
    ("Old Oak Common", "GB", Q),
    ("West Coast Main Line", "GB", Q),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Leeds", "GB", T),
    ("Handsacre", "GB", T, (52.74, -1.87)),
    ("Staffordshire", "GB", A),
    ("Crewe", "GB", T),
    ("Stoke-on-Trent", "GB", T),
    ("Avanti West Coast", "-", N),
    ("Oxford", "GB", T, (51.75, -1.26)),
    ("Milton Keynes", "GB", T),
    ("Bedford", "GB", T, (52.14, -0.47)),
    ("Cambridge", "GB", T, (52.20, 0.12)),
    ("St Neots", "GB", T),
    ("Bedfordshire", "GB", A),
    ("Cambridgeshire", "GB", A),
    ("Southern Rail", "-", N),
    ("Brighton", "GB", T, (50.83, -0.14)),
    ("Victoria", "-", N),
    ("Severn Tunnel", "-", N),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Newport", "GB", T, (51.59, -3.00)),
    ("Cardiff", "GB", T),
    ("Swansea", "GB", T),
])

add("b", """Rhine valley rail line closes for five months, diverting freight through France

By Railway Gazette staff

KARLSRUHE, Germany - Deutsche Bahn has closed the main line between Karlsruhe and Basel for five months of reconstruction, diverting hundreds of freight trains a week on Europe's busiest rail corridor, which links the North Sea ports of Rotterdam and Antwerp with Genoa on the Mediterranean.

The work on the section between Rastatt and Offenburg, in Baden-Württemberg, is part of DB's programme to renovate 40 heavily used corridors by 2030. Passenger trains between Frankfurt and Zurich will run via Stuttgart and Singen, adding around 45 minutes, while regional services around Freiburg will be replaced by buses.

Freight operators are sending some trains along the left bank of the Rhine through Alsace, via Strasbourg and Mulhouse, under an agreement with French network manager SNCF Réseau, and others via the Gotthard route through the Swiss canton of Ticino to Milan. Some shippers in Duisburg and Cologne have switched to barges on the river.

The Rhine corridor was closed for seven weeks in 2017 when a tunnel under construction near Rastatt collapsed, costing logistics firms an estimated 2 billion euros. Swiss officials, whose country has completed the Gotthard and Ceneri base tunnels, have long complained about slow progress on the German side. The Karlsruhe-Basel line is not due to be fully four-tracked until 2041.

Austrian and Italian operators said they would add capacity on the Brenner corridor between Munich, Innsbruck and Verona to absorb some traffic.""", [
    ("Rhine", "*", N),
    ("France", "FR", C),
    ("KARLSRUHE", "DE", T),
    ("Germany", "DE", C),
    ("Deutsche Bahn", "-", N),
    ("Karlsruhe", "DE", T),
    ("Basel", "CH", T),
    ("Europe", "*", N),
    ("North Sea", "*", N),
    ("Rotterdam", "NL", T),
    ("Antwerp", "BE", T),
    ("Genoa", "IT", T),
    ("Mediterranean", "*", N),
    ("Rastatt", "DE", T),
    ("Offenburg", "DE", T),
    ("Baden-Württemberg", "DE", A),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Zurich", "CH", T),
    ("Stuttgart", "DE", T),
    ("Singen", "DE", T, (47.76, 8.84)),
    ("Freiburg", "DE", T, (47.99, 7.85)),
    ("Alsace", "FR", N),
    ("Strasbourg", "FR", T),
    ("Mulhouse", "FR", T),
    ("French", "FR", Q),
    ("Gotthard", "CH", Q),
    ("Swiss", "CH", Q),
    ("Ticino", "CH", A),
    ("Milan", "IT", T),
    ("Duisburg", "DE", T),
    ("Cologne", "DE", T),
    ("Ceneri", "CH", Q),
    ("German", "DE", Q),
    ("Austrian", "AT", Q),
    ("Italian", "IT", Q),
    ("Brenner", "AT|IT", N),
    ("Munich", "DE", T),
    ("Innsbruck", "AT", T),
    ("Verona", "IT", T, (45.44, 10.99)),
])

add("b", """French rail strike halts TGVs, Eurostar cuts London-Paris trains

PARIS, May 21 (AFP) - Half of France's high-speed TGV trains were cancelled on Tuesday as rail workers struck over pensions, with the worst disruption on lines from Paris to Lyon, Marseille and Bordeaux.

Crowds formed at Gare de Lyon and Gare Montparnasse as SNCF ran one train in two on the southeast line, and regional TER services in Brittany, Normandy and Occitanie were almost entirely halted. Commuters in the Île-de-France region faced severe disruption on RER lines A and B, which serve Charles de Gaulle airport and Disneyland Paris at Marne-la-Vallée.

Eurostar cancelled a third of its trains between London St Pancras and Gare du Nord, as well as services to Brussels and Amsterdam via Lille. Le Shuttle trains through the Channel Tunnel between Folkestone and Calais ran normally, operator Getlink said.

International services to Spain, Italy and Switzerland were also cut. SNCF said trains from Paris to Barcelona and Milan would not run, while Lyria cut its Paris-Geneva service to three trains a day. Deutsche Bahn said its ICE services from Frankfurt to Paris via Strasbourg would terminate at Saarbrücken.

Unions have called further strikes for next week, when holidaymakers head to Nice and the Atlantic coast resorts of Biarritz and La Rochelle. The transport minister said he expected "a sense of responsibility" from unions ahead of the Paris Olympics.""", [
    ("French", "FR", Q),
    ("London", "GB", T),
    ("Paris", "FR", T),
    ("PARIS", "FR", T),
    ("France", "FR", C),
    ("Lyon", "FR", T),
    ("Marseille", "FR", T),
    ("Bordeaux", "FR", T),
    ("Gare de Lyon", "-", N),
    ("Gare Montparnasse", "-", N),
    ("Brittany", "FR", A),
    ("Normandy", "FR", A),
    ("Occitanie", "FR", A),
    ("Île-de-France region", "FR", A),
    ("Charles de Gaulle", "-", N),
    ("Disneyland Paris", "-", N),
    ("Marne-la-Vallée", "FR", N, (48.84, 2.64)),
    ("St Pancras", "-", N),
    ("Gare du Nord", "-", N),
    ("Brussels", "BE", T),
    ("Amsterdam", "NL", T),
    ("Lille", "FR", T),
    ("Channel Tunnel", "-", N),
    ("Folkestone", "GB", T),
    ("Calais", "FR", T),
    ("Spain", "ES", C),
    ("Italy", "IT", C),
    ("Switzerland", "CH", C),
    ("Barcelona", "ES", T),
    ("Milan", "IT", T),
    ("Geneva", "CH", T),
    ("Deutsche Bahn", "-", N),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Strasbourg", "FR", T),
    ("Saarbrücken", "DE", T),
    ("Nice", "FR", T, (43.70, 7.27)),
    ("Atlantic", "*", N),
    ("Biarritz", "FR", T),
    ("La Rochelle", "FR", T),
])

add("b", """Express train derails in Odisha as India opens first bullet train stretch

BHUBANESWAR, India (PTI) - Seven coaches of the Falaknuma Express, travelling from Howrah to Secunderabad, derailed near Cuttack in Odisha early on Sunday, killing three passengers and injuring 40, railway officials said.

Rescue teams from Bhubaneswar and the National Disaster Response Force reached the site on the banks of the Mahanadi river within an hour. East Coast Railway cancelled 12 trains between Kolkata and Chennai and diverted others via Sambalpur and Vizianagaram. The line from Kharagpur to Visakhapatnam, one of the busiest on the Howrah-Chennai trunk route, is expected to reopen on Tuesday.

Passengers bound for Hyderabad were taken on by special train from Brahmapur.

The accident came a day after the railway minister inaugurated the first 50 km of the Mumbai-Ahmedabad high-speed rail corridor, between Surat and Bilimora in Gujarat, built with Japanese loans and Shinkansen technology. Trains are due to reach Vadodara and Ahmedabad by 2027 and to run through Thane to Mumbai's Bandra Kurla Complex after a 21 km tunnel, including 7 km under Thane Creek, is completed.

Opposition leaders in Maharashtra and West Bengal said the government was spending on prestige projects while older lines in eastern India lacked modern signalling. Indian Railways says it has installed its Kavach anti-collision system on more than 1,500 km of track, mostly in Telangana and around Delhi, and plans to extend it to Kerala and Tamil Nadu.""", [
    ("Odisha", "IN", A),
    ("India", "IN", C),
    ("BHUBANESWAR", "IN", T),
    ("Falaknuma Express", "-", N),
    ("Howrah", "IN", T, (22.59, 88.31)),
    ("Secunderabad", "IN", T),
    ("Cuttack", "IN", T),
    ("Bhubaneswar", "IN", T),
    ("Mahanadi", "IN", N),
    ("East Coast Railway", "IN", Q),
    ("Kolkata", "IN", T),
    ("Chennai", "IN", T),
    ("Sambalpur", "IN", T),
    ("Vizianagaram", "IN", T),
    ("Kharagpur", "IN", T, (22.34, 87.32)),
    ("Visakhapatnam", "IN", T),
    ("Hyderabad", "IN", T, (17.38, 78.47)),
    ("Brahmapur", "IN", T, (19.31, 84.79)),
    ("Mumbai", "IN", T),
    ("Ahmedabad", "IN", T),
    ("Surat", "IN", T),
    ("Bilimora", "IN", T, (20.77, 72.96)),
    ("Gujarat", "IN", A),
    ("Japanese", "JP", Q),
    ("Vadodara", "IN", T),
    ("Thane", "IN", T, (19.20, 72.97)),
    ("Bandra Kurla Complex", "IN", N, (19.06, 72.87)),
    ("Thane Creek", "IN", N),
    ("Maharashtra", "IN", A),
    ("West Bengal", "IN", A),
    ("Indian Railways", "IN", Q),
    ("Telangana", "IN", A),
    ("Delhi", "IN", N),
    ("Kerala", "IN", A),
    ("Tamil Nadu", "IN", A),
])

add("b", """Amtrak suspends Northeast Corridor service after wire failure near Penn Station

NEW YORK (AP) - Amtrak halted trains between New York and Washington for several hours on Thursday after an overhead power wire came down near the Hudson River tunnels, stranding thousands of commuters at Penn Station and forcing New Jersey Transit to cancel rush-hour trains to Trenton and Princeton.

The failure occurred just west of the tunnels in Secaucus, New Jersey, on the busiest stretch of the Northeast Corridor, which carries 800,000 passengers a day between Boston and the capital. Acela trains were held at Newark, Philadelphia and Wilmington, and some Northeast Regional trains bound for Richmond, Virginia, and Norfolk terminated in Baltimore.

The century-old tunnels under the Hudson, damaged by Superstorm Sandy in 2012, are due to be replaced by 2035 under the $16 billion Gateway program. A new Portal North Bridge over the Hackensack River, replacing a 1910 swing span that often jammed open, opened to trains last month.

Long Island Rail Road and Metro-North said service to Long Island, Westchester County and New Haven, Connecticut, ran normally, though some customers transferring to Amtrak at Grand Central faced delays. PATH trains between Hoboken and Manhattan were packed.

The governors of New York and New Jersey issued a joint statement calling on Congress to fund the repairs. Amtrak said trains from Boston through Providence and New London to New York were unaffected, as were Empire Service trains to Albany and Niagara Falls.""", [
    ("Northeast Corridor", "US", Q),
    ("Penn Station", "-", N),
    ("NEW YORK", "US", T, (40.71, -74.01)),
    ("New York#1,3", "US", T, (40.71, -74.01)),
    ("New York#2", "US", A),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Hudson River", "US", N),
    ("Hudson", "US", N),
    ("New Jersey Transit", "US", Q),
    ("Trenton", "US", T, (40.22, -74.76)),
    ("Princeton", "US", T, (40.35, -74.66)),
    ("Secaucus", "US", T, (40.79, -74.06)),
    ("New Jersey", "US", A),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Newark", "US", T, (40.74, -74.17)),
    ("Philadelphia", "US", T, (39.95, -75.16)),
    ("Wilmington", "US", T, (39.75, -75.55)),
    ("Northeast Regional", "US", Q),
    ("Richmond", "US", T, (37.55, -77.46)),
    ("Virginia", "US", A),
    ("Norfolk", "US", T, (36.85, -76.29)),
    ("Baltimore", "US", T),
    ("Sandy", "-", N),
    ("Portal North Bridge", "-", N),
    ("Hackensack River", "US", N),
    ("Long Island Rail Road", "US", Q),
    ("Long Island", "US", N),
    ("Westchester County", "US", A),
    ("New Haven", "US", T, (41.31, -72.92)),
    ("Connecticut", "US", A),
    ("Grand Central", "-", N),
    ("Hoboken", "US", T, (40.74, -74.03)),
    ("Manhattan", "US", N, (40.78, -73.97)),
    ("Providence", "US", T, (41.82, -71.41)),
    ("New London", "US", T, (41.36, -72.10)),
    ("Albany", "US", T, (42.65, -73.76)),
    ("Niagara Falls", "US", T, (43.09, -79.06)),
])

add("b", """Øresund Bridge closed by storm as Fehmarnbelt tunnel work passes halfway mark

COPENHAGEN, Oct 20 (Reuters) - The Øresund Bridge linking Copenhagen with Malmö in Sweden was closed to cars and trains for 14 hours on Friday as storm-force winds swept across southern Scandinavia, cutting off thousands of commuters who cross between Denmark's capital and the Swedish region of Skåne each day.

Ferries between Helsingør and Helsingborg were also suspended, as were sailings from Rostock and Travemünde in Germany to Trelleborg and Gedser. Danish rail operator DSB cancelled trains between Copenhagen and Aarhus after the Great Belt Bridge was closed to road traffic.

The storm came as builders of the 18-km Fehmarnbelt tunnel, which will connect Rødby on the Danish island of Lolland with Puttgarden on Germany's Fehmarn island, said more than half of the immersed tunnel elements had been placed on the seabed of the Baltic Sea. The tunnel is due to open in 2029 and will cut train journeys between Copenhagen and Hamburg from about five hours to two and a half.

German authorities have faced criticism over delays to the rail link on their side, through Schleswig-Holstein to Lübeck. Swedish officials hope the tunnel will strengthen the freight corridor from Scandinavia to central Europe, and Norway is studying upgrades to its rail line from Oslo to Gothenburg.

Police in Zealand closed several coastal roads near Køge and Roskilde, where water levels rose more than 1.5 metres.""", [
    ("Øresund Bridge", "-", N),
    ("Fehmarnbelt", "DE|DK", Q),
    ("COPENHAGEN", "DK", T),
    ("Copenhagen", "DK", T),
    ("Malmö", "SE", T),
    ("Sweden", "SE", C),
    ("Scandinavia", "*", N),
    ("Denmark", "DK", C),
    ("Swedish", "SE", Q),
    ("Skåne", "SE", A),
    ("Helsingør", "DK", T),
    ("Helsingborg", "SE", T),
    ("Rostock", "DE", T),
    ("Travemünde", "DE", T, (53.96, 10.87)),
    ("Germany", "DE", C),
    ("Trelleborg", "SE", T),
    ("Gedser", "DK", T, (54.58, 11.93)),
    ("Danish", "DK", Q),
    ("Aarhus", "DK", T),
    ("Great Belt Bridge", "-", N),
    ("Rødby", "DK", T, (54.69, 11.39)),
    ("Lolland", "DK", N),
    ("Puttgarden", "DE", T, (54.50, 11.22)),
    ("Fehmarn", "DE", N, (54.45, 11.15)),
    ("Baltic Sea", "*", N),
    ("Hamburg", "DE", T),
    ("German", "DE", Q),
    ("Schleswig-Holstein", "DE", A),
    ("Lübeck", "DE", T),
    ("Europe", "*", N),
    ("Norway", "NO", C),
    ("Oslo", "NO", T),
    ("Gothenburg", "SE", T),
    ("Zealand", "DK", N),
    ("Køge", "DK", T),
    ("Roskilde", "DK", T),
])

add("b", """Fuel tanker crash kills 18 on Kenya's Nakuru-Eldoret highway

NAIROBI (Reuters) - At least 18 people were killed when a fuel tanker lost control and ploughed into several vehicles near Londiani junction on the highway between Nakuru and Eldoret in western Kenya late on Saturday, police said.

The truck, heading from the port of Mombasa to Kampala in Uganda, is believed to have suffered brake failure on a steep descent, the Kericho County police commander said. Several of the dead were traders waiting to board minibuses to Kisumu and Kericho.

The road is part of the Northern Corridor, the trade route that carries fuel, cement and consumer goods from Mombasa through Nairobi to Uganda, Rwanda, Burundi, South Sudan and eastern Democratic Republic of Congo. Londiani junction has been the scene of repeated crashes; 52 people died there in a similar accident in 2023.

Transport officials said traffic was diverted via Molo and Kisumu for most of Sunday. Truckers at the Malaba border crossing with Uganda reported queues stretching 15 km back towards Bungoma, while the Busia crossing was also congested.

The Kenya National Highways Authority said construction of a dual carriageway from Rironi, near Nairobi, through Naivasha and Nakuru to Mau Summit would begin next year under a public-private partnership with a Chinese-French consortium. Kenya's Standard Gauge Railway, built with Chinese loans, runs only as far as Naivasha, forcing most cargo bound for Kampala, Kigali and Juba onto the road.

Road crashes killed more than 4,600 people in Kenya last year, according to the National Transport and Safety Authority.""", [
    ("Kenya", "KE", C),
    ("Nakuru", "KE", T),
    ("Eldoret", "KE", T),
    ("NAIROBI", "KE", T),
    ("Londiani", "KE", T, (-0.16, 35.59)),
    ("Mombasa", "KE", T),
    ("Kampala", "UG", T),
    ("Uganda", "UG", C),
    ("Kericho County", "KE", A),
    ("Kisumu", "KE", T),
    ("Kericho", "KE", T),
    ("Northern Corridor", "*", Q),
    ("Nairobi", "KE", T),
    ("Rwanda", "RW", C),
    ("Burundi", "BI", C),
    ("South Sudan", "SS", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Molo", "KE", T, (-0.25, 35.73)),
    ("Malaba", "KE|UG", T, (0.64, 34.28)),
    ("Bungoma", "KE", T),
    ("Busia", "KE|UG", T, (0.46, 34.09)),
    ("Kenya National Highways Authority", "KE", Q),
    ("Rironi", "KE", T, (-1.15, 36.63)),
    ("Naivasha", "KE", T),
    ("Mau Summit", "KE", T, (-0.17, 35.68)),
    ("Chinese", "CN", Q),
    ("French", "FR", Q),
    ("Kigali", "RW", T),
    ("Juba", "SS", T),
])

add("b", """Riyadh metro opens first lines as Gulf cities race to build rail

RIYADH, Dec 1 (Reuters) - Saudi Arabia's capital opened the first three lines of the Riyadh Metro on Sunday, a driverless network that will eventually span 176 km and six lines across a city long dominated by cars and highways.

Trains on the Blue Line run north-south along Olaya Street, linking the King Abdullah Financial District with the city centre, while other lines connect to King Khalid International Airport and to the eastern suburbs. The remaining lines are due to open by January.

The project is one of several in the Gulf. The Dubai Metro, which opened in 2009, is being extended to Expo City, and Abu Dhabi is studying a tram network. Qatar's Doha Metro carried millions of fans during the 2022 World Cup. Etihad Rail began passenger services between Abu Dhabi and Fujairah, and the first stage of a planned Gulf railway linking Kuwait, Bahrain and Oman with Saudi Arabia is under design.

In Saudi Arabia, the Haramain high-speed railway already links Mecca and Medina via Jeddah and King Abdullah Economic City, carrying pilgrims on the 450 km route in under three hours. A planned "landbridge" line would connect Riyadh with Jeddah on the Red Sea coast and the port of Dammam on the Gulf.

Egypt, meanwhile, is testing a monorail between Cairo and the New Administrative Capital, and has signed with Siemens to build a high-speed line from Ain Sokhna on the Red Sea to Marsa Matrouh on the Mediterranean, via Alexandria.""", [
    ("Riyadh", "SA", T),
    ("RIYADH", "SA", T),
    ("Gulf", "*", N),
    ("Saudi Arabia", "SA", C),
    ("Riyadh Metro", "SA", Q),
    ("Olaya Street", "-", N),
    ("King Abdullah Financial District", "SA", Q),
    ("King Khalid International Airport", "-", N),
    ("Dubai Metro", "AE", Q),
    ("Expo City", "AE", Q),
    ("Abu Dhabi", "AE", T),
    ("Qatar", "QA", C),
    ("Doha Metro", "QA", Q),
    ("Fujairah", "AE", T),
    ("Kuwait", "KW", C),
    ("Bahrain", "BH", C),
    ("Oman", "OM", C),
    ("Mecca", "SA", T),
    ("Medina", "SA", T, (24.47, 39.61)),
    ("Jeddah", "SA", T),
    ("King Abdullah Economic City", "SA", N, (22.45, 39.13)),
    ("Red Sea", "*", N),
    ("Dammam", "SA", T),
    ("Egypt", "EG", C),
    ("Cairo", "EG", T),
    ("New Administrative Capital", "EG", N, (30.02, 31.70)),
    ("Ain Sokhna", "EG", T, (29.60, 32.32)),
    ("Marsa Matrouh", "EG", T, (31.35, 27.24)),
    ("Mediterranean", "*", N),
    ("Alexandria", "EG", T, (31.20, 29.92)),
])

add("b", """China-Laos railway freight hits record as Thai link lags

VIENTIANE, Laos (AP) - Freight on the railway linking the Chinese city of Kunming with the Laotian capital Vientiane reached a record 4.3 million tonnes in the first half of the year, as exporters in Thailand and Vietnam increasingly truck goods to the line, the operator said.

The 1,035 km line, opened in December 2021 as part of China's Belt and Road Initiative, crosses the border at Boten and Mohan and runs through Luang Prabang and Vang Vieng. Passenger trains from Kunming to Vientiane take about 10 hours, and tourists from Chengdu and Chongqing have flocked to Luang Prabang's temples.

But the onward link to Bangkok remains incomplete. Thailand's first high-speed section, from Bangkok to Nakhon Ratchasima, is years behind schedule, and the extension to Nong Khai on the Mekong, opposite Vientiane, has yet to start. Cargo must be transferred at a dry port at Thanaleng from China's standard-gauge track to Thai metre-gauge trains.

Elsewhere in Southeast Asia, Indonesia's Chinese-built high-speed railway between Jakarta and Bandung has carried more than 10 million passengers since opening in October 2023, and officials are studying an extension east to Surabaya. Malaysia's East Coast Rail Link, connecting Port Klang on the Strait of Malacca with Kota Bharu near the Thai border, is 80 per cent complete.

Officials in Yunnan province said exports of durian from Thailand to Chinese cities via the railway had doubled, while Vietnamese traders in Lao Cai are pressing Hanoi to build a standard-gauge line from Haiphong to the Chinese border.""", [
    ("China", "CN", C),
    ("Laos", "LA", C),
    ("Thai", "TH", Q),
    ("VIENTIANE", "LA", T),
    ("Chinese", "CN", Q),
    ("Kunming", "CN", T),
    ("Laotian", "LA", Q),
    ("Vientiane", "LA", T),
    ("Thailand", "TH", C),
    ("Vietnam", "VN", C),
    ("Boten", "LA", T, (21.18, 101.67)),
    ("Mohan", "CN", T, (21.19, 101.69)),
    ("Luang Prabang", "LA", T),
    ("Vang Vieng", "LA", T),
    ("Chengdu", "CN", T),
    ("Chongqing", "CN", T),
    ("Bangkok", "TH", T),
    ("Nakhon Ratchasima", "TH", T),
    ("Nong Khai", "TH", T),
    ("Mekong", "*", N),
    ("Thanaleng", "LA", T, (17.90, 102.72)),
    ("Southeast Asia", "*", N),
    ("Indonesia", "ID", C),
    ("Jakarta", "ID", T),
    ("Bandung", "ID", T),
    ("Surabaya", "ID", T),
    ("Malaysia", "MY", C),
    ("East Coast Rail Link", "MY", Q),
    ("Port Klang", "MY", T),
    ("Strait of Malacca", "*", N),
    ("Kota Bharu", "MY", T),
    ("Yunnan province", "CN", A),
    ("Vietnamese", "VN", Q),
    ("Lao Cai", "VN", T, (22.48, 103.97)),
    ("Hanoi", "VN", T),
    ("Haiphong", "VN", T),
])

add("b", """Mexico's Tren Maya completes loop as Interoceanic freight line opens

MÉRIDA, Mexico (Reuters) - Mexico's Tren Maya tourist railway began running its full 1,554 km loop around the Yucatán Peninsula this week, with the opening of the final stretch between Chetumal, on the border with Belize, and Escárcega in Campeche state.

Trains now connect Cancún, Playa del Carmen and Tulum on the Caribbean coast with the colonial cities of Mérida and Campeche and the Mayan ruins at Palenque in Chiapas. Environmental groups say the southern section through Quintana Roo damaged cave systems and jungle near Bacalar.

Further west, the government inaugurated freight services on the Interoceanic Corridor across the Isthmus of Tehuantepec, a 300 km railway linking the Gulf of Mexico port of Coatzacoalcos in Veracruz with Salina Cruz on the Pacific in Oaxaca. Officials pitch the route as an alternative to the Panama Canal, which cut transits during a drought last year.

Container ships would unload at Salina Cruz and send cargo by rail to Coatzacoalcos for onward shipment to Houston, New Orleans and the U.S. East Coast. A branch line also reaches Ciudad Hidalgo on the Guatemalan border.

Business groups in Monterrey and Mexico City said the projects were welcome but questioned their cost, estimated at more than $30 billion for the Tren Maya alone. The army, which runs both railways, said it plans to extend passenger trains from Mexico City to Querétaro and on to Nuevo Laredo on the Texas border.""", [
    ("Mexico", "MX", C),
    ("MÉRIDA", "MX", T, (20.97, -89.62)),
    ("Yucatán Peninsula", "*", N),
    ("Chetumal", "MX", T),
    ("Belize", "BZ", C),
    ("Escárcega", "MX", T, (18.61, -90.74)),
    ("Campeche state", "MX", A),
    ("Cancún", "MX", T),
    ("Playa del Carmen", "MX", T),
    ("Tulum", "MX", T),
    ("Caribbean", "*", N),
    ("Mérida", "MX", T, (20.97, -89.62)),
    ("Campeche", "MX", T, (19.85, -90.53)),
    ("Mayan", "*", Q),
    ("Palenque", "MX", T, (17.51, -91.98)),
    ("Chiapas", "MX", A),
    ("Quintana Roo", "MX", A),
    ("Bacalar", "MX", T),
    ("Interoceanic Corridor", "MX", Q),
    ("Isthmus of Tehuantepec", "MX", N),
    ("Gulf of Mexico", "*", N),
    ("Coatzacoalcos", "MX", T),
    ("Veracruz", "MX", A),
    ("Salina Cruz", "MX", T),
    ("Pacific", "*", N),
    ("Oaxaca", "MX", A),
    ("Panama Canal", "PA", N),
    ("Houston", "US", T, (29.76, -95.36)),
    ("New Orleans", "US", T),
    ("U.S.", "US", C),
    ("East Coast", "US", N),
    ("Ciudad Hidalgo", "MX", T, (14.68, -92.15)),
    ("Guatemalan", "GT", Q),
    ("Monterrey", "MX", T),
    ("Mexico City", "MX", T),
    ("Querétaro", "MX", T, (20.59, -100.39)),
    ("Nuevo Laredo", "MX", T),
    ("Texas", "US", A),
])

add("b", """Istanbul bridge tolls rise as traffic surges on Bosphorus crossings

ISTANBUL (Reuters) - Turkey raised tolls on Istanbul's Bosphorus bridges and the Eurasia Tunnel by 40 percent on Monday, as record traffic between the city's European and Asian shores clogged highways on both sides of the strait.

More than 400,000 vehicles a day now cross the July 15 Martyrs Bridge, the Fatih Sultan Mehmet Bridge and the Yavuz Sultan Selim Bridge near the Black Sea entrance to the strait, according to the highways directorate. The Marmaray rail tunnel, which runs under the Bosphorus between the European and Asian sides of the city, carries about 600,000 passengers a day.

Traffic on the Istanbul-Ankara motorway was backed up for 30 km near Gebze and Izmit on Sunday evening as holidaymakers returned from the Aegean coast. The Osmangazi Bridge across the Gulf of Izmit, which shortened the drive to Bursa and Izmir, also reported record use.

Further south, the 1915 Çanakkale Bridge across the Dardanelles, the world's longest suspension span, has cut journey times between Thrace and the Gallipoli Peninsula and the Anatolian side. Officials in Edirne said lorry queues at the Kapıkule border crossing with Bulgaria had eased after Bulgarian and Turkish customs extended working hours.

Ferries between Eminönü and Kadıköy ran additional services, Istanbul's municipal ferry operator said.""", [
    ("Istanbul", "TR", T),
    ("ISTANBUL", "TR", T),
    ("Bosphorus", "TR", N),
    ("Turkey", "TR", C),
    ("Eurasia Tunnel", "-", N),
    ("European", "*", Q),
    ("Asian", "*", Q),
    ("July 15 Martyrs Bridge", "-", N),
    ("Fatih Sultan Mehmet Bridge", "-", N),
    ("Yavuz Sultan Selim Bridge", "-", N),
    ("Black Sea", "*", N),
    ("Ankara", "TR", T),
    ("Gebze", "TR", T),
    ("Izmit", "TR", T),
    ("Aegean", "*", N),
    ("Osmangazi Bridge", "-", N),
    ("Gulf of Izmit", "TR", N),
    ("Bursa", "TR", T),
    ("Izmir", "TR", T),
    ("1915 Çanakkale Bridge", "-", N),
    ("Dardanelles", "TR", N),
    ("Thrace", "*", N),
    ("Gallipoli Peninsula", "TR", N),
    ("Anatolian", "TR", Q),
    ("Edirne", "TR", T),
    ("Kapıkule", "TR", N, (41.72, 26.36)),
    ("Bulgaria", "BG", C),
    ("Bulgarian", "BG", Q),
    ("Turkish", "TR", Q),
    ("Eminönü", "TR", N, (41.02, 28.97)),
    ("Kadıköy", "TR", N, (40.99, 29.03)),
])

add("b", """Melbourne's Metro Tunnel opens, years ahead of Sydney rival

MELBOURNE (AAP) - Victoria's $14 billion Metro Tunnel opened to passengers on Sunday, sending trains from the Sunbury line in Melbourne's north-west under the CBD to Pakenham and Cranbourne in the south-east without passing through Flinders Street station.

The nine-kilometre twin tunnels include five new underground stations, including ones in North Melbourne and Parkville and beneath the CBD. The state government says the project will free up capacity in the City Loop for trains from Frankston, Craigieburn and Werribee.

The Victorian premier said the tunnel would also allow more frequent regional services to Geelong, Ballarat and Bendigo. The opposition's transport spokesman noted that the Suburban Rail Loop, a planned orbital line from Cheltenham to Box Hill, had blown out in cost.

In New South Wales, Sydney Metro's line under the harbour from Chatswood to Sydenham opened in 2024 and is being extended to Bankstown. Brisbane's Cross River Rail, which will run under the Brisbane River to Woolloongabba, is due in 2029 ahead of the Olympics.

Passengers travelling between Melbourne and Sydney still face an 11-hour train journey via Albury and Wagga Wagga, and a high-speed line up the east coast remains on the drawing board. Tasmania has no passenger rail at all.""", [
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("MELBOURNE", "AU", T, (-37.81, 144.96)),
    ("Sydney", "AU", T),
    ("Victoria", "AU", A),
    ("Sunbury", "AU", T, (-37.58, 144.73)),
    ("Pakenham", "AU", T, (-38.07, 145.49)),
    ("Cranbourne", "AU", T, (-38.10, 145.28)),
    ("Flinders Street", "-", N),
    ("North Melbourne", "AU", T, (-37.80, 144.94)),
    ("Parkville", "AU", T, (-37.78, 144.95)),
    ("Frankston", "AU", T),
    ("Craigieburn", "AU", T, (-37.60, 144.94)),
    ("Werribee", "AU", T),
    ("Victorian", "AU", Q),
    ("Geelong", "AU", T),
    ("Ballarat", "AU", T),
    ("Bendigo", "AU", T),
    ("Cheltenham", "AU", T, (-37.96, 145.05)),
    ("Box Hill", "AU", T, (-37.82, 145.12)),
    ("New South Wales", "AU", A),
    ("Sydney Metro", "AU", Q),
    ("Chatswood", "AU", T, (-33.80, 151.18)),
    ("Sydenham", "AU", T, (-33.92, 151.17)),
    ("Bankstown", "AU", T, (-33.92, 151.03)),
    ("Brisbane", "AU", T),
    ("Brisbane River", "AU", N),
    ("Woolloongabba", "AU", T, (-27.49, 153.04)),
    ("Albury", "AU", T),
    ("Wagga Wagga", "AU", T),
    ("Tasmania", "AU", A),
])

add("b", """Gordie Howe bridge opens, easing Windsor-Detroit truck bottleneck

WINDSOR, Ontario (CP) - The Gordie Howe International Bridge between Windsor and Detroit opened to traffic on Monday, giving North America's busiest commercial border crossing a second span over the Detroit River after nearly a century.

The six-lane cable-stayed bridge connects Highway 401, which runs through London and Toronto to Montreal, directly to Interstate 75 in Michigan. Until now, trucks leaving the 401 have had to crawl along city streets in Windsor to reach the privately owned Ambassador Bridge, which opened in 1929.

About 25 percent of trade between Canada and the United States crosses at Detroit-Windsor, much of it auto parts shuttling between plants in Ontario and Michigan and assembly lines in Ohio, Indiana and Kentucky.

"Every hour a truck sits on Huron Church Road costs someone money," said a trucker from Sarnia, who usually crosses the Blue Water Bridge to Port Huron but drove south to try the new span.

The bridge, named after the Saskatchewan-born hockey great who played for the Detroit Red Wings, was financed by Ottawa, which will collect tolls to recover the $6.4 billion cost. Michigan's governor said the crossing would benefit freight heading to Chicago and the Midwest.

Further east, border crossings at Fort Erie and Niagara Falls to Buffalo, New York, reported normal traffic, while the Lacolle crossing south of Montreal on the route to New York City had delays of up to an hour.""", [
    ("Gordie Howe", "-", N),
    ("Windsor", "CA", T, (42.30, -83.02)),
    ("WINDSOR", "CA", T, (42.30, -83.02)),
    ("Detroit", "US", T, (42.33, -83.05)),
    ("Ontario", "CA", A),
    ("North America", "*", N),
    ("Detroit River", "CA|US", N),
    ("London", "CA", T, (42.98, -81.25)),
    ("Toronto", "CA", T),
    ("Montreal", "CA", T),
    ("Michigan", "US", A),
    ("Ambassador Bridge", "-", N),
    ("Canada", "CA", C),
    ("United States", "US", C),
    ("Ohio", "US", A),
    ("Indiana", "US", A),
    ("Kentucky", "US", A),
    ("Huron Church Road", "-", N),
    ("Sarnia", "CA", T),
    ("Blue Water Bridge", "-", N),
    ("Port Huron", "US", T),
    ("Saskatchewan", "CA", A),
    ("Detroit Red Wings", "-", N),
    ("Ottawa", "CA", T),
    ("Chicago", "US", T),
    ("Midwest", "US", N),
    ("Fort Erie", "CA", T),
    ("Niagara Falls", "CA", T, (43.09, -79.08)),
    ("Buffalo", "US", T, (42.89, -78.88)),
    ("New York", "US", A),
    ("Lacolle", "CA", T, (45.08, -73.37)),
    ("New York City", "US", T),
])

# ---------------------------------------------------------------- c: shipping, ports, canals, ferries

add("c", """Container lines extend Red Sea diversions into next year

By Lloyd's List staff

LONDON - Maersk and Hapag-Lloyd have told customers their Asia-Europe services will continue to sail around the Cape of Good Hope until at least the middle of next year, extending detours that began after Houthi forces in Yemen started attacking ships near the Bab el-Mandeb strait.

Transits of the Suez Canal have fallen by more than half since late 2023, costing Egypt billions of dollars in lost fees. The Suez Canal Authority has offered discounts to lure back container ships, and a Chinese line said last week it would resume a weekly service from Shanghai and Ningbo to Port Said and Piraeus.

"Until insurers in London are comfortable, nobody is going back through the Gulf of Aden," said one broker.

The diversion adds 10 to 14 days to voyages between Singapore and Rotterdam, and has turned ports such as Tanger Med in Morocco, Algeciras in Spain and Walvis Bay in Namibia into busy bunkering and transhipment stops. Colombo and Salalah in Oman have also gained traffic, while Djibouti and Jeddah, inside the danger zone, have lost it.

Israel's port of Eilat, at the northern tip of the Gulf of Aqaba, has been all but idle. The Houthis, who control the port city of Hodeidah and Yemen's capital Sanaa, say they target vessels linked to Israel, the United States and Britain.

A naval task force led by the European Union has escorted more than 300 merchant ships through the Red Sea. CMA CGM continues to run French navy-escorted convoys, but Mediterranean Shipping Co said it would keep routing around Africa.""", [
    ("Red Sea", "*", N),
    ("LONDON", "GB", T),
    ("Asia", "*", N),
    ("Europe", "*", N),
    ("Cape of Good Hope", "ZA", N),
    ("Yemen", "YE", C),
    ("Bab el-Mandeb", "*", N),
    ("Suez Canal", "EG", N),
    ("Egypt", "EG", C),
    ("Suez Canal Authority", "EG", Q),
    ("Chinese", "CN", Q),
    ("Shanghai", "CN", T),
    ("Ningbo", "CN", T),
    ("Port Said", "EG", T),
    ("Piraeus", "GR", T),
    ("London", "GB", T),
    ("Gulf of Aden", "*", N),
    ("Singapore", "SG", N),
    ("Rotterdam", "NL", T),
    ("Tanger Med", "MA", Q),
    ("Morocco", "MA", C),
    ("Algeciras", "ES", T),
    ("Spain", "ES", C),
    ("Walvis Bay", "NA", T),
    ("Namibia", "NA", C),
    ("Colombo", "LK", T),
    ("Salalah", "OM", T),
    ("Oman", "OM", C),
    ("Djibouti", "DJ", N),
    ("Jeddah", "SA", T),
    ("Israel", "IL", C),
    ("Eilat", "IL", T),
    ("Gulf of Aqaba", "*", N),
    ("Hodeidah", "YE", T),
    ("Sanaa", "YE", T),
    ("United States", "US", C),
    ("Britain", "GB", C),
    ("European Union", "*", Q),
    ("French", "FR", Q),
    ("Mediterranean Shipping Co", "-", N),
    ("Africa", "*", N),
])

add("c", """Panama Canal lifts draft limits as Gatun Lake recovers

PANAMA CITY (Reuters) - The Panama Canal Authority said on Tuesday it would allow 36 vessels a day through the waterway and raise the maximum draft in its neo-Panamax locks, as rains refilled Gatun Lake after a drought that forced sharp transit cuts last year.

The restrictions had forced shippers to reroute cargo between Asia and the U.S. East Coast via the Suez Canal or the Cape of Good Hope, or to unload containers at Balboa on the Pacific side and move them by rail to Colón on the Caribbean. Liquefied natural gas tankers from the U.S. Gulf Coast bound for Japan and South Korea switched to routes around South America through the Strait of Magellan.

Ports on the U.S. East Coast, including Savannah in Georgia, Charleston in South Carolina and Norfolk, Virginia, said container volumes from Asia had recovered. The port of Houston and exporters in Louisiana welcomed the lifting of draft limits for grain ships heading to China.

The canal authority is studying a reservoir on the Río Indio, west of the canal, to secure water supplies for the locks and for Panama City, which draws drinking water from the same lakes. Farmers in Coclé province have protested against the plan.

Panama's president said the canal, which handles about 5 percent of world trade, would compete with Mexico's Interoceanic Corridor and with proposed rail links across Colombia and Guatemala. "Our route to Shanghai or Busan has no substitute," a canal official said.""", [
    ("Panama Canal", "PA", N),
    ("Gatun Lake", "PA", N),
    ("PANAMA CITY", "PA", T),
    ("Panama Canal Authority", "PA", Q),
    ("Asia", "*", N),
    ("U.S.", "US", C),
    ("East Coast", "US", N),
    ("Suez Canal", "EG", N),
    ("Cape of Good Hope", "ZA", N),
    ("Balboa", "PA", T, (8.95, -79.57)),
    ("Pacific", "*", N),
    ("Colón", "PA", T, (9.36, -79.90)),
    ("Caribbean", "*", N),
    ("Gulf Coast", "US", N),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("South America", "*", N),
    ("Strait of Magellan", "CL", N),
    ("Savannah", "US", T, (32.08, -81.09)),
    ("Georgia", "US", A),
    ("Charleston", "US", T, (32.78, -79.93)),
    ("South Carolina", "US", A),
    ("Norfolk", "US", T, (36.85, -76.29)),
    ("Virginia", "US", A),
    ("Houston", "US", T, (29.76, -95.36)),
    ("Louisiana", "US", A),
    ("China", "CN", C),
    ("Río Indio", "PA", N),
    ("Panama City", "PA", T),
    ("Coclé province", "PA", A),
    ("Panama", "PA", C),
    ("Mexico", "MX", C),
    ("Interoceanic Corridor", "MX", Q),
    ("Colombia", "CO", C),
    ("Guatemala", "GT", C),
    ("Shanghai", "CN", T),
    ("Busan", "KR", T),
])

add("c", """Middle Corridor cargo surges as shippers avoid Russia

By The Loadstar

ALMATY/TBILISI - Container traffic on the Trans-Caspian route linking China with Europe via Kazakhstan, the Caspian Sea, Azerbaijan and Georgia more than doubled in the first nine months of the year, operators said, as forwarders continued to shun the northern rail route through Russia and Belarus.

Trains from Xi'an and Chongqing enter Kazakhstan at the Khorgos dry port on the Chinese border and travel 3,000 km to the Caspian ports of Aktau and Kuryk, where containers are loaded onto feeder vessels for the crossing to Alat, south of Baku. From there, the Baku-Tbilisi-Kars railway carries cargo into Turkey, while other boxes move by rail to the Georgian Black Sea ports of Poti and Batumi for shipment to Constanța in Romania.

Georgian officials said a deep-water port at Anaklia, abandoned in 2020, would be revived with Chinese investment, though the project has alarmed Washington and Brussels. The European Union has pledged 10 billion euros for the corridor, including upgrades at Aktau and on the railway through the Surami Pass.

Bottlenecks remain. Vessels on the Caspian can wait a week for a berth, low water levels have cut drafts at Aktau, and the transit from Xi'an to Istanbul still takes about 18 days, compared with 14 for trains through Russia to Duisburg via Brest on the Belarus-Poland border.

Uzbekistan and Turkmenistan are also competing for transit traffic, pitching a route from Tashkent via the Turkmen port of Turkmenbashi.""", [
    ("Middle Corridor", "*", Q),
    ("Russia", "RU", C),
    ("ALMATY", "KZ", T),
    ("TBILISI", "GE", T),
    ("Trans-Caspian", "*", Q),
    ("China", "CN", C),
    ("Europe", "*", N),
    ("Kazakhstan", "KZ", C),
    ("Caspian Sea", "*", N),
    ("Caspian", "*", N),
    ("Azerbaijan", "AZ", C),
    ("Georgia", "GE", C),
    ("Belarus", "BY", C),
    ("Xi'an", "CN", T),
    ("Chongqing", "CN", T),
    ("Khorgos", "KZ|CN", T, (44.20, 80.35)),
    ("Chinese", "CN", Q),
    ("Aktau", "KZ", T),
    ("Kuryk", "KZ", T, (43.18, 51.65)),
    ("Alat", "AZ", T, (39.94, 49.41)),
    ("Baku", "AZ", T),
    ("Tbilisi", "GE", T),
    ("Kars", "TR", T),
    ("Turkey", "TR", C),
    ("Georgian", "GE", Q),
    ("Black Sea", "*", N),
    ("Poti", "GE", T),
    ("Batumi", "GE", T),
    ("Constanța", "RO", T),
    ("Romania", "RO", C),
    ("Anaklia", "GE", T, (42.39, 41.57)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Brussels", "BE", T),
    ("European Union", "*", Q),
    ("Surami Pass", "GE", N),
    ("Istanbul", "TR", T),
    ("Duisburg", "DE", T),
    ("Brest", "BY", T, (52.10, 23.69)),
    ("Poland", "PL", C),
    ("Uzbekistan", "UZ", C),
    ("Turkmenistan", "TM", C),
    ("Tashkent", "UZ", T),
    ("Turkmen", "TM", Q),
    ("Turkmenbashi", "TM", T),
])

add("c", """Ukraine's Black Sea corridor ships record grain despite port strikes

KYIV, Aug 12 (Reuters) - Ukraine exported a record volume of grain through its Black Sea ports in July, the infrastructure ministry said on Monday, even as Russian missiles and drones struck port facilities in Odesa and Izmail.

Ships leaving Odesa, Chornomorsk and Pivdennyi sail along Ukraine's western coast, hugging the territorial waters of Romania and Bulgaria before passing through the Bosphorus at Istanbul, a route established after Moscow quit a U.N.-brokered deal in July 2023.

Barges carrying corn and sunflower oil also load at Izmail and Reni on the Danube, which forms the border with Romania, and sail through the Sulina channel to the sea or transfer cargo at Constanța. Romanian officials have complained of congestion at the port and along the river near Galați.

Russia has struck Izmail at least a dozen times, and debris from drones has fallen on Romanian soil across the river in Tulcea county. Moldova has also reported drones crashing near Giurgiulești, its only port.

"Every day we get a new war risk quote from London," said a shipping agent in Odesa. Insurance premiums have eased since Ukrainian naval drones pushed Russia's Black Sea Fleet from Sevastopol in occupied Crimea to Novorossiysk.

The ports of Mykolaiv and Kherson remain closed. Most grain goes to Egypt, Turkey, Spain, China and the Netherlands, though exports to Africa have risen.""", [
    ("Ukraine", "UA", C),
    ("Black Sea", "*", N),
    ("KYIV", "UA", T),
    ("Russian", "RU", Q),
    ("Odesa", "UA", T, (46.48, 30.73)),
    ("Izmail", "UA", T),
    ("Chornomorsk", "UA", T),
    ("Pivdennyi", "UA", T, (46.62, 31.10)),
    ("Romania", "RO", C),
    ("Bulgaria", "BG", C),
    ("Bosphorus", "TR", N),
    ("Istanbul", "TR", T),
    ("Moscow", "RU", T),
    ("Reni", "UA", T, (45.46, 28.28)),
    ("Danube", "*", N),
    ("Sulina", "RO", N, (45.16, 29.65)),
    ("Constanța", "RO", T),
    ("Romanian", "RO", Q),
    ("Galați", "RO", T),
    ("Russia", "RU", C),
    ("Tulcea county", "RO", A),
    ("Moldova", "MD", C),
    ("Giurgiulești", "MD", T, (45.47, 28.20)),
    ("London", "GB", T),
    ("Ukrainian", "UA", Q),
    ("Black Sea Fleet", "*", Q),
    ("Sevastopol", "UA", T),
    ("Crimea", "UA", A),
    ("Novorossiysk", "RU", T),
    ("Mykolaiv", "UA", T),
    ("Kherson", "UA", T),
    ("Egypt", "EG", C),
    ("Turkey", "TR", C),
    ("Spain", "ES", C),
    ("China", "CN", C),
    ("Netherlands", "NL", C),
    ("Africa", "*", N),
])

add("c", """Holyhead port closure leaves Irish Sea ferry passengers scrambling

HOLYHEAD, Wales (Reuters) - Ferry passengers travelling between Britain and Ireland faced long detours on Thursday after storm damage forced the indefinite closure of Holyhead, the Anglesey port that handles most traffic between Wales and Dublin.

Stena Line and Irish Ferries switched some sailings to Liverpool, Fishguard and Pembroke Dock, while P&O Ferries added capacity on its route from Cairnryan in Scotland to Larne, north of Belfast. Hauliers warned that lorries bound for Ireland would face delays of up to 24 hours.

The port's owner said a berth had been damaged when a ship, the Stena Adventurer, struck the quay during gusts of more than 90 mph. It could not say when the terminal would reopen.

Irish officials in Dublin said they were working with the Welsh government in Cardiff and with ports in Rosslare and Cork to keep supplies of food and medicine moving. Some freight from continental Europe is being shipped directly to Rosslare from Cherbourg and Dunkirk, avoiding the UK "land bridge" across England and Wales.

Elsewhere, ferries across the Channel between Dover and Calais ran normally, though P&O's Pride of Kent was withdrawn for repairs. Ferries from Belfast to Birkenhead and Heysham were delayed by several hours, and the Isle of Man Steam Packet cancelled its sailings from Douglas.""", [
    ("Holyhead", "GB", T),
    ("HOLYHEAD", "GB", T),
    ("Irish Sea", "*", N),
    ("Wales", "GB", A),
    ("Britain", "GB", C),
    ("Ireland", "IE", C),
    ("Anglesey", "GB", N),
    ("Dublin", "IE", T),
    ("Irish Ferries", "IE", Q),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Fishguard", "GB", T),
    ("Pembroke Dock", "GB", T),
    ("Cairnryan", "GB", T, (54.97, -5.03)),
    ("Scotland", "GB", A),
    ("Larne", "GB", T),
    ("Belfast", "GB", T),
    ("Irish", "IE", Q),
    ("Welsh", "GB", Q),
    ("Cardiff", "GB", T),
    ("Rosslare", "IE", T),
    ("Cork", "IE", T),
    ("Europe", "*", N),
    ("Cherbourg", "FR", T),
    ("Dunkirk", "FR", T),
    ("UK", "GB", C),
    ("England", "GB", A),
    ("Channel", "*", N),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Calais", "FR", T),
    ("Pride of Kent", "-", N),
    ("Birkenhead", "GB", T),
    ("Heysham", "GB", T),
    ("Isle of Man Steam Packet", "IM", Q),
    ("Douglas", "IM", T, (54.15, -4.48)),
])

add("c", """BC Ferries cancels sailings as windstorm lashes Strait of Georgia

VICTORIA, B.C. (CP) - BC Ferries cancelled dozens of sailings between Vancouver Island and the mainland on Tuesday as a windstorm with gusts above 100 km/h swept across the Strait of Georgia, leaving thousands of travellers stranded at terminals in Tsawwassen and Swartz Bay.

Routes from Horseshoe Bay to Departure Bay in Nanaimo and from Tsawwassen to Duke Point were suspended for most of the day, along with services to the Southern Gulf Islands, including Salt Spring Island, Galiano and Mayne Island. The Sunshine Coast route to Langdale and the crossing from Powell River to Comox were also halted.

In Victoria, the Black Ball Line's Coho ferry to Port Angeles, Washington, cancelled its afternoon departure, and Washington State Ferries suspended sailings from Anacortes to Sidney and the San Juan Islands.

BC Hydro said 150,000 customers in Greater Victoria, Metro Vancouver and the Fraser Valley lost power. Environment Canada warned of storm surges along the coast from Tofino to Prince Rupert.

The ferry corporation, owned by the province of British Columbia, has been criticised for cancellations caused by ageing vessels. It plans to introduce four new electric ferries built in China on its busiest routes by 2029.""", [
    ("BC Ferries", "CA", Q),
    ("Strait of Georgia", "CA", N),
    ("VICTORIA", "CA", T, (48.43, -123.37)),
    ("B.C.", "CA", A),
    ("Vancouver Island", "CA", N),
    ("Tsawwassen", "CA", T, (49.01, -123.08)),
    ("Swartz Bay", "CA", N, (48.69, -123.41)),
    ("Horseshoe Bay", "CA", T, (49.37, -123.27)),
    ("Departure Bay", "CA", N, (49.20, -123.96)),
    ("Nanaimo", "CA", T),
    ("Duke Point", "CA", N, (49.16, -123.89)),
    ("Southern Gulf Islands", "CA", N),
    ("Salt Spring Island", "CA", N),
    ("Galiano", "CA", N, (48.93, -123.43)),
    ("Mayne Island", "CA", N),
    ("Sunshine Coast", "CA", N),
    ("Langdale", "CA", T, (49.43, -123.47)),
    ("Powell River", "CA", T, (49.84, -124.52)),
    ("Comox", "CA", T, (49.67, -124.93)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Port Angeles", "US", T),
    ("Washington", "US", A),
    ("Washington State Ferries", "US", Q),
    ("Anacortes", "US", T),
    ("Sidney", "CA", T, (48.65, -123.40)),
    ("San Juan Islands", "US", N),
    ("BC Hydro", "CA", Q),
    ("Greater Victoria", "CA", N, (48.43, -123.37)),
    ("Metro Vancouver", "CA", N),
    ("Fraser Valley", "CA", N),
    ("Environment Canada", "CA", Q),
    ("Tofino", "CA", T),
    ("Prince Rupert", "CA", T),
    ("British Columbia", "CA", A),
    ("China", "CN", C),
])

add("c", """Tanker collision off Singapore spills oil into Strait of Malacca shipping lane

SINGAPORE, March 9 (Reuters) - A Liberian-flagged oil tanker and a Malaysian bulk carrier collided in the Singapore Strait early on Saturday, spilling an estimated 400 tonnes of fuel oil and disrupting traffic in one of the world's busiest shipping lanes, the Maritime and Port Authority of Singapore said.

The collision happened about 3 nautical miles south of Sentosa island as the tanker was heading to the Pulau Bukom refinery. No crew were injured. Oil slicks drifted toward Singapore's southern islands and the Indonesian island of Batam, and Malaysian authorities deployed booms off Johor's coast near Tanjung Pelepas.

About 90,000 vessels a year pass through the Strait of Malacca, which runs between Peninsular Malaysia and the Indonesian island of Sumatra, carrying oil from the Persian Gulf to China, Japan and South Korea. Traffic at Port Klang, Malaysia's largest port, was unaffected, but a dozen container ships anchored off Batam and the Riau Islands waiting for clearance to enter Singapore's Pasir Panjang terminal.

Indonesia's transport ministry said it was monitoring the slick near Bintan and the resort area of Nongsa. Environmental groups warned that mangroves along the Johor Strait and fishing grounds near Pulau Ubin could be harmed.

The Singapore Strait connects the Strait of Malacca with the South China Sea. Piracy incidents in the area have risen, with ships reporting robberies off Karimun and Bintan.""", [
    ("Singapore", "SG", N),
    ("SINGAPORE", "SG", N),
    ("Strait of Malacca", "*", N),
    ("Liberian", "LR", Q),
    ("Malaysian", "MY", Q),
    ("Singapore Strait", "*", N),
    ("Maritime and Port Authority of Singapore", "SG", Q),
    ("Sentosa", "SG", N),
    ("Pulau Bukom", "SG", N),
    ("Indonesian", "ID", Q),
    ("Batam", "ID", N),
    ("Johor", "MY", A),
    ("Tanjung Pelepas", "MY", N, (1.36, 103.55)),
    ("Peninsular Malaysia", "MY", N),
    ("Sumatra", "ID", N),
    ("Persian Gulf", "*", N),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Port Klang", "MY", T),
    ("Malaysia", "MY", C),
    ("Riau Islands", "ID", A),
    ("Pasir Panjang", "SG", Q),
    ("Indonesia", "ID", C),
    ("Bintan", "ID", N),
    ("Nongsa", "ID", N, (1.19, 104.11)),
    ("Johor Strait", "MY|SG", N),
    ("Pulau Ubin", "SG", N),
    ("South China Sea", "*", N),
    ("Karimun", "ID", N, (1.05, 103.38)),
])

add("c", """Newcastle coal port shut as floods cut Hunter Valley rail lines

NEWCASTLE, Australia (Reuters) - Coal exports from the port of Newcastle, the world's largest coal export harbour, were halted on Wednesday after flooding in the Hunter Valley cut rail lines linking mines to the coast, leaving more than 40 bulk carriers waiting at anchor off the New South Wales coast.

The Hunter River burst its banks at Maitland and Singleton after 250 mm of rain in 48 hours, and rail operator Aurizon suspended coal trains from Muswellbrook and the Gunnedah basin. Port Waratah Coal Services said stockpiles at its Kooragang Island terminal would last about four days.

Traders in Singapore and Tokyo said benchmark Newcastle thermal coal futures rose 6 percent on the news, as buyers in Japan, South Korea and Taiwan, the main markets for Australian high-grade coal, sought cargoes from Indonesia and South Africa's Richards Bay instead. Queensland's coal ports at Gladstone and Hay Point, near Mackay, were operating normally.

The weather bureau warned of further rain across northern New South Wales, with flood evacuation orders issued for parts of Cessnock and Raymond Terrace. The Pacific Highway was closed near Port Macquarie.

The shipping industry's links to Newcastle date to the 19th century; the city was named after Newcastle upon Tyne, the English port that once dominated the coal trade. "The two cities have more in common than a name," the lord mayor said.""", [
    ("Newcastle#1,2,4", "AU", T, (-32.93, 151.78)),
    ("Newcastle#3", "AU", Q),
    ("NEWCASTLE", "AU", T, (-32.93, 151.78)),
    ("Newcastle upon Tyne", "GB", T, (54.98, -1.61)),
    ("Hunter Valley", "AU", N),
    ("Australia", "AU", C),
    ("New South Wales", "AU", A),
    ("Hunter River", "AU", N),
    ("Maitland", "AU", T, (-32.73, 151.56)),
    ("Singleton", "AU", T, (-32.57, 151.17)),
    ("Muswellbrook", "AU", T),
    ("Gunnedah", "AU", N, (-30.98, 150.25)),
    ("Port Waratah Coal Services", "AU", Q),
    ("Kooragang Island", "AU", N, (-32.87, 151.74)),
    ("Singapore", "SG", N),
    ("Tokyo", "JP", T),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Taiwan", "TW", C),
    ("Australian", "AU", Q),
    ("Indonesia", "ID", C),
    ("South Africa", "ZA", C),
    ("Richards Bay", "ZA", T),
    ("Queensland", "AU", A),
    ("Gladstone", "AU", T, (-23.84, 151.26)),
    ("Hay Point", "AU", T, (-21.28, 149.29)),
    ("Mackay", "AU", T, (-21.15, 149.18)),
    ("Cessnock", "AU", T),
    ("Raymond Terrace", "AU", T, (-32.76, 151.74)),
    ("Pacific Highway", "-", N),
    ("Port Macquarie", "AU", T),
    ("English", "GB", Q),
])

add("c", """Kingston port reopens after hurricane; Caribbean shipping delays persist

KINGSTON, Jamaica (AP) - Jamaica reopened the port of Kingston to container ships on Friday, three days after Hurricane Beryl's winds damaged cranes at the Kingston Freeport Terminal and forced CMA CGM to divert vessels to the Dominican Republic and Cartagena, Colombia.

The storm, which made landfall near Portland Point on Jamaica's south coast, also shut Norman Manley International Airport and cut power to large parts of Kingston, St. Catherine and Clarendon. Heavy rain flooded roads in the eastern parish of Portland. Montego Bay's cruise terminal expects to welcome ships again next week.

Transshipment hubs elsewhere in the region absorbed some of the diverted cargo. Caucedo, near Santo Domingo, and Freeport in the Bahamas reported higher volumes, as did Manzanillo International Terminal in Colón, Panama.

The hurricane earlier tore through Grenada's Carriacou island and St. Vincent and the Grenadines, where the port at Union Island was badly damaged. Ferries between Kingstown and Bequia were suspended for a week.

In the Gulf of Mexico, ports from Corpus Christi to Houston in Texas closed briefly as the storm approached, and the U.S. Coast Guard reopened the Houston Ship Channel on Tuesday. Shipping lines said schedules on routes between Miami, Kingston and Port-au-Prince, Haiti, would take two weeks to recover.""", [
    ("Kingston", "JM", T, (17.99, -76.79)),
    ("Caribbean", "*", N),
    ("KINGSTON", "JM", T, (17.99, -76.79)),
    ("Jamaica", "JM", C),
    ("Kingston Freeport Terminal", "-", N),
    ("Dominican Republic", "DO", C),
    ("Cartagena", "CO", T, (10.40, -75.51)),
    ("Colombia", "CO", C),
    ("Portland Point", "JM", N, (17.74, -77.17)),
    ("Norman Manley International Airport", "-", N),
    ("St. Catherine", "JM", A),
    ("Clarendon", "JM", A),
    ("Portland", "JM", A),
    ("Montego Bay", "JM", T),
    ("Caucedo", "DO", N, (18.42, -69.63)),
    ("Santo Domingo", "DO", T),
    ("Freeport", "BS", T, (26.53, -78.70)),
    ("Bahamas", "BS", C),
    ("Manzanillo International Terminal", "-", N),
    ("Colón", "PA", T, (9.36, -79.90)),
    ("Panama", "PA", C),
    ("Grenada", "GD", C),
    ("Carriacou", "GD", N),
    ("St. Vincent and the Grenadines", "VC", C),
    ("Union Island", "VC", N),
    ("Kingstown", "VC", T),
    ("Bequia", "VC", N),
    ("Gulf of Mexico", "*", N),
    ("Corpus Christi", "US", T),
    ("Houston", "US", T, (29.76, -95.36)),
    ("Texas", "US", A),
    ("U.S. Coast Guard", "US", Q),
    ("Houston Ship Channel", "US", Q),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Port-au-Prince", "HT", T),
    ("Haiti", "HT", C),
])

add("c", """Lagos' Lekki port draws Sahel cargo as Cotonou, Lomé compete

LAGOS (Reuters) - Nigeria's new Lekki Deep Sea Port handled its millionth container this month, as shipping lines shift calls away from the congested Apapa and Tin Can Island terminals and competition intensifies among West African ports for cargo bound for landlocked Niger, Burkina Faso and Mali.

The Chinese-built port, 60 km east of Lagos' city centre in Lekki, can handle ships too large for the older terminals. But hauliers complain that the road to Lekki is still unfinished and that trucks heading north to Kano and on to Niamey face dozens of checkpoints.

Neighbouring Benin has long dominated trade with Niger through Cotonou, but the border between the two countries has been closed since a 2023 coup in Niamey. Togo's port of Lomé, which handles cargo for Burkina Faso, says traffic to Ouagadougou has risen despite jihadist attacks along the corridor through Dapaong.

In Côte d'Ivoire, Abidjan's port has opened a second container terminal, and Ghana is promoting Tema as a gateway to the Sahel via the road through Kumasi and Tamale. Mali, whose traditional corridor ran from Dakar in Senegal by rail to Bamako, now imports more through Abidjan and Conakry in Guinea.

Shipping lines say congestion in the Gulf of Guinea has eased, but piracy off the Niger Delta and the coast of Cameroon remains a concern.""", [
    ("Lagos", "NG", T),
    ("LAGOS", "NG", T),
    ("Lekki", "NG", N, (6.45, 3.72)),
    ("Sahel", "*", N),
    ("Cotonou", "BJ", T),
    ("Lomé", "TG", T),
    ("Nigeria", "NG", C),
    ("Lekki Deep Sea Port", "NG", Q),
    ("Apapa", "NG", N, (6.45, 3.36)),
    ("Tin Can Island", "NG", N, (6.44, 3.35)),
    ("West African", "*", Q),
    ("Niger", "NE", C),
    ("Burkina Faso", "BF", C),
    ("Mali", "ML", C),
    ("Chinese", "CN", Q),
    ("Kano", "NG", T),
    ("Niamey", "NE", T),
    ("Benin", "BJ", C),
    ("Togo", "TG", C),
    ("Ouagadougou", "BF", T),
    ("Dapaong", "TG", T),
    ("Côte d'Ivoire", "CI", C),
    ("Abidjan", "CI", T),
    ("Ghana", "GH", C),
    ("Tema", "GH", T),
    ("Kumasi", "GH", T),
    ("Tamale", "GH", T),
    ("Dakar", "SN", T),
    ("Senegal", "SN", C),
    ("Bamako", "ML", T),
    ("Conakry", "GN", T),
    ("Guinea", "GN", C),
    ("Gulf of Guinea", "*", N),
    ("Niger Delta", "NG", N),
    ("Cameroon", "CM", C),
])

add("c", """First copper trains reach Lobito as US-backed Africa rail corridor gathers pace

LUANDA (Reuters) - A train carrying copper from the Democratic Republic of Congo arrived at Angola's Atlantic port of Lobito this week after a 1,300 km journey along the Benguela railway, a milestone for a corridor backed by the United States and the European Union as a rival to Chinese-dominated routes to the Indian Ocean.

The consortium running the line, led by commodity trader Trafigura, says trains from Kolwezi in Congo's Lualaba province to Lobito take about eight days, compared with up to 45 days by truck to Durban in South Africa or Dar es Salaam in Tanzania.

The railway crosses the Angolan interior via Huambo and Luena before entering Congo at Dilolo. A proposed branch would run from the Angolan town of Luacano to Zambia's Copperbelt, connecting mines near Solwezi, Kitwe and Chingola.

In Zambia, the TAZARA railway to Dar es Salaam, built by China in the 1970s, is being refurbished under a $1.4 billion Chinese deal. Tanzania is also building a standard-gauge line from Dar es Salaam towards Mwanza on Lake Victoria and Kigoma on Lake Tanganyika, with a planned extension into Burundi.

Mining companies in Katanga and Lubumbashi say capacity on all routes remains tight. Washington has pledged more than $550 million in loans for the Lobito corridor, while officials in Luanda hope it will boost farming in Benguela and Bié provinces.""", [
    ("Lobito#1,2,3", "AO", T),
    ("Lobito#4", "AO", Q),
    ("US", "US", C),
    ("Africa", "*", N),
    ("LUANDA", "AO", T),
    ("Democratic Republic of Congo", "CD", C),
    ("Angola", "AO", C),
    ("Atlantic", "*", N),
    ("Benguela railway", "AO", Q),
    ("United States", "US", C),
    ("European Union", "*", Q),
    ("Chinese", "CN", Q),
    ("Indian Ocean", "*", N),
    ("Kolwezi", "CD", T),
    ("Congo", "CD", C),
    ("Lualaba province", "CD", A),
    ("Durban", "ZA", T),
    ("South Africa", "ZA", C),
    ("Dar es Salaam", "TZ", T),
    ("Tanzania", "TZ", C),
    ("Angolan", "AO", Q),
    ("Huambo", "AO", T),
    ("Luena", "AO", T, (-11.78, 19.92)),
    ("Dilolo", "CD", T, (-10.70, 22.34)),
    ("Luacano", "AO", T, (-11.22, 21.64)),
    ("Zambia", "ZM", C),
    ("Copperbelt", "ZM", A),
    ("Solwezi", "ZM", T),
    ("Kitwe", "ZM", T),
    ("Chingola", "ZM", T),
    ("China", "CN", C),
    ("Mwanza", "TZ", T),
    ("Lake Victoria", "*", N),
    ("Kigoma", "TZ", T),
    ("Lake Tanganyika", "*", N),
    ("Burundi", "BI", C),
    ("Katanga", "CD", N),
    ("Lubumbashi", "CD", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Luanda", "AO", T),
    ("Benguela", "AO", A),
    ("Bié", "AO", A),
])

add("c", """Low Rhine water at Kaub forces barges to sail part-loaded

DUISBURG, Germany (Reuters) - Barges on the Rhine were sailing at a third of their capacity on Thursday after water levels at the Kaub gauge, a key chokepoint between Mainz and Koblenz, fell below 50 cm following weeks of dry weather across western Europe.

The low water has pushed up freight rates for cargoes of coal, grain and fuel oil moving from Rotterdam and Antwerp to inland ports such as Duisburg, Cologne, Mannheim and Basel. Chemical company BASF, which relies on the river to supply its plant at Ludwigshafen, said it was shifting some deliveries to rail and trucks.

Forecasters expect rain in the Swiss Alps and the Black Forest next week, but said levels were unlikely to return to normal before the end of the month. The Rhine, which rises in Switzerland and flows through Germany and the Netherlands to the North Sea, carries about 80 percent of Germany's inland shipping.

Shippers on the Danube also reported problems. Barges between Regensburg and Vienna were sailing with reduced loads, and Hungary's authorities warned that the river near Budapest could fall to record lows. Traffic through the Main-Danube Canal, which links the two river systems via Nuremberg and Bamberg, was limited.

The Elbe, which connects Hamburg with the Czech Republic, has been largely unnavigable for barges upstream of Magdeburg since early summer. Operators in Antwerp and Amsterdam said more cargo was moving by rail.""", [
    ("Rhine", "*", N),
    ("Kaub", "DE", T, (50.09, 7.76)),
    ("DUISBURG", "DE", T),
    ("Germany", "DE", C),
    ("Mainz", "DE", T),
    ("Koblenz", "DE", T),
    ("Europe", "*", N),
    ("Rotterdam", "NL", T),
    ("Antwerp", "BE", T),
    ("Duisburg", "DE", T),
    ("Cologne", "DE", T),
    ("Mannheim", "DE", T),
    ("Basel", "CH", T),
    ("Ludwigshafen", "DE", T),
    ("Swiss Alps", "CH", N),
    ("Black Forest", "DE", N),
    ("Switzerland", "CH", C),
    ("Netherlands", "NL", C),
    ("North Sea", "*", N),
    ("Danube", "*", N),
    ("Regensburg", "DE", T),
    ("Vienna", "AT", T),
    ("Hungary", "HU", C),
    ("Budapest", "HU", T),
    ("Main-Danube Canal", "DE", N),
    ("Nuremberg", "DE", T),
    ("Bamberg", "DE", T),
    ("Elbe", "*", N),
    ("Hamburg", "DE", T),
    ("Czech Republic", "CZ", C),
    ("Magdeburg", "DE", T),
    ("Amsterdam", "NL", T),
])

add("c", """Northern Sea Route traffic stalls as sanctions, ice limit Arctic shipping

MURMANSK, Russia (Reuters) - Cargo shipped along Russia's Northern Sea Route fell for a second year, as Western sanctions deterred foreign shipowners and heavy ice in the East Siberian Sea delayed convoys, according to data from the state nuclear corporation Rosatom.

Most of the traffic consists of liquefied natural gas from the Yamal Peninsula, shipped from the port of Sabetta on the Gulf of Ob to China via the Bering Strait, and metals and oil from terminals at Dudinka and in the Pechora Sea. Nuclear-powered icebreakers based in Murmansk escort tankers through the Kara Sea and the Laptev Sea in winter.

A handful of Chinese container ships sailed between Shanghai and St Petersburg via the Arctic this summer, cutting the voyage by about 10 days compared with the route through the Suez Canal. NewNew Shipping, a Chinese line, also called at Arkhangelsk and Kaliningrad.

The Kremlin wants year-round navigation by 2030 and is building port capacity at Pevek in Chukotka and expanding Vladivostok as the eastern terminus. But Norway's port of Kirkenes, near the Russian border, has lost most of its Arctic transit business, and Greenland and Iceland have pitched themselves as hubs for a future transpolar route.

Insurers in London and Oslo say the route remains risky. In August, a tanker carrying gas from Yamal was trapped for a week near the Vilkitsky Strait, between the Taymyr Peninsula and Severnaya Zemlya.""", [
    ("Northern Sea Route", "RU", Q),
    ("Arctic", "*", N),
    ("MURMANSK", "RU", T),
    ("Russia", "RU", C),
    ("East Siberian Sea", "RU", N),
    ("Yamal Peninsula", "RU", N),
    ("Yamal", "RU", N),
    ("Sabetta", "RU", T, (71.27, 72.07)),
    ("Gulf of Ob", "RU", N),
    ("China", "CN", C),
    ("Bering Strait", "*", N),
    ("Dudinka", "RU", T),
    ("Pechora Sea", "RU", N),
    ("Murmansk", "RU", T),
    ("Kara Sea", "RU", N),
    ("Laptev Sea", "RU", N),
    ("Chinese", "CN", Q),
    ("Shanghai", "CN", T),
    ("St Petersburg", "RU", T, (59.94, 30.31)),
    ("Suez Canal", "EG", N),
    ("Arkhangelsk", "RU", T),
    ("Kaliningrad", "RU", T),
    ("Kremlin", "RU", Q),
    ("Pevek", "RU", T),
    ("Chukotka", "RU", A),
    ("Vladivostok", "RU", T),
    ("Norway", "NO", C),
    ("Kirkenes", "NO", T),
    ("Russian", "RU", Q),
    ("Greenland", "GL", C),
    ("Iceland", "IS", C),
    ("London", "GB", T),
    ("Oslo", "NO", T),
    ("Vilkitsky Strait", "RU", N),
    ("Taymyr Peninsula", "RU", N),
    ("Severnaya Zemlya", "RU", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
