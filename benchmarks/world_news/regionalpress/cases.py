"""regionalpress: a held-out evaluation set of 40 local and regional news articles from outside
the US, written in the manner of the English-language local press of the UK, Ireland, Canada,
Australia, New Zealand, India, South Africa, Nigeria, Kenya, Ghana, Malaysia, Singapore, the
Philippines, Pakistan and the Caribbean.

Written by a helper that read neither geomap's source (the rules under geomap/) nor any other
set's cases.py; the set was not run through geomap while it was written, and the text was not
tuned to it. Events, people and quotes are invented; every place is real.

Genres (letter in GENRES):
  "a" (14 articles): councils, planning, local politics, schools and hospitals.
  "b" (13 articles): crime, courts, accidents, fires, floods and weather.
  "c" (13 articles): local sport, culture, business and community life.

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines ("HYDERABAD:", "LONDON, Ont. -").
  - kind T (city) for cities, towns, villages, suburbs and urban neighbourhoods; A (admin1,
    accepting admin1/admin2/region) for states, provinces, counties, boroughs, districts,
    parishes and regions; C for countries; N (any kind) for rivers, lakes, seas, islands,
    hills, valleys, macro-regions and for names that could be read as either a town or the
    district of the same name (Kilifi, Palghar, Sorsogon).
  - Namesakes (Perth, Richmond, Newcastle, Hamilton, Kingston, London Ontario, Victoria,
    Hyderabad, Wellington, Durham, Boston Lincolnshire, ...) carry a (lat, lon) hint; so does
    every other town, suburb and village (kind T) in the set.
  - Demonyms and adjectives ("Ivorian", "Kenyan", "Manitobans") are listed with kind "?" and their country.
  - Things named after places that are not places -- people ("Sam Grantham", "Marcus Tobago"),
    sports clubs ("Berekum Chelsea"), companies, airports, hospitals, schools, streets, foods
    ("Mysore pak", "Musang King") -- are listed with country "-" where a reader could mistake
    them for a place. Councils, courts, authorities and other public bodies whose name contains the place they govern ("Cork County Council",
    "Durham Crown Court"), events held in the place they are named after ("Berlin Marathon",
    "Calabar Carnival"), landmarks and bridges ("Mysore Palace", "Kingston Bridge") and a town's
    sports team in a match report ("Cambridge stun Hamilton Old Boys", where Cambridge is the
    team but Hamilton Old Boys is a club name) are listed as "?" with the place's country:
    debatable. A place joined to another by a hyphen ("the Accra-Kumasi highway",
    "the Lekki-Ajah corridor") is two places.
  - Rivers, seas and straits that span countries carry country "*".
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: councils, planning
add("a", """Residents pack meeting as Stockport green belt plan splits councillors

By Jennifer Whitworth

Hundreds of residents from Marple, Bramhall and Cheadle Hulme packed the town hall on Wednesday night as councillors argued over plans for 4,000 homes on green belt land in the borough.

The draft allocations would see new estates at High Lane, Woodford and Heald Green, with a relief road linking the A6 near Hazel Grove to the airport. Campaigners from Offerton and Romiley said roads such as Stockport Road in Marple were already gridlocked at rush hour.

Councillor Helen Foster, who represents Cheadle Hulme, said the borough could not become "the overflow car park for the rest of Greater Manchester". She said Trafford, Tameside and Manchester itself had brownfield sites lying idle, and that developers had sat on permissions in Reddish and Brinnington for years.

Labour's group leader told the meeting that young families were leaving for Macclesfield, Wilmslow and Buxton because they could not afford to rent in Stockport. "My daughter has just moved to Glossop. That's Derbyshire," she said.

The Greater Manchester mayor has said the combined authority will not force extra homes on the borough. A spokesman for Manchester Airport said it supported the relief road.

Objectors from Poynton, in neighbouring Cheshire East, also spoke, warning of more lorries on the A523 towards Macclesfield.

The council will vote on the plan on March 14. Printed copies are available at libraries in Edgeley, Marple and Bramhall.""", [
    ("Stockport", "GB", T, (53.41, -2.16)),
    ("Jennifer Whitworth", "-", N),
    ("Stockport Road", "-", N),
    ("Marple", "GB", T, (53.39, -2.06)),
    ("Bramhall", "GB", T, (53.36, -2.16)),
    ("Cheadle Hulme", "GB", T, (53.38, -2.19)),
    ("High Lane", "GB", T, (53.36, -2.07)),
    ("Woodford", "GB", T, (53.34, -2.16)),
    ("Heald Green", "GB", T, (53.37, -2.23)),
    ("Hazel Grove", "GB", T, (53.38, -2.11)),
    ("Offerton", "GB", T, (53.40, -2.13)),
    ("Romiley", "GB", T, (53.41, -2.09)),
    ("Greater Manchester", "GB", A),
    ("Trafford", "GB", A),
    ("Tameside", "GB", A),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Manchester Airport", "-", N),
    ("Reddish", "GB", T, (53.44, -2.16)),
    ("Brinnington", "GB", T, (53.43, -2.14)),
    ("Macclesfield", "GB", T, (53.26, -2.13)),
    ("Wilmslow", "GB", T, (53.33, -2.23)),
    ("Buxton", "GB", T, (53.26, -1.91)),
    ("Glossop", "GB", T, (53.44, -1.95)),
    ("Derbyshire", "GB", A),
    ("Poynton", "GB", T, (53.35, -2.12)),
    ("Cheshire East", "GB", A),
    ("Edgeley", "GB", T, (53.40, -2.17)),
])

add("a", """Richmond market place revamp approved despite traders' fears

By Grace Hollins, Local Democracy Reporter

A £3.2m scheme to pedestrianise part of Richmond's cobbled market place has been approved by North Yorkshire Council, despite warnings from traders that footfall will fall.

The planning committee, meeting at County Hall in Northallerton, voted seven to four for the plan, which will remove 60 parking spaces and move the bus stops for services to Darlington, Catterick Garrison and Leyburn to Victoria Road.

Business owners in the Swaledale town said shoppers would simply drive to Darlington or to the retail park at Scotch Corner instead. "People from Reeth and Leyburn aren't going to walk up the hill from the car park by the River Swale," said butcher Tom Ripley, whose family has traded in the town since 1962.

The scheme is part of a wider programme funded by the York and North Yorkshire Combined Authority, which has already paid for similar work in Thirsk, Malton and Skipton. Harrogate and Scarborough are next in line.

Councillor Stewart Parsons, who represents Richmond, said the town could not stand still while "Ripon, Northallerton and Bedale have all moved on". He said the design had been shaped by Historic England and by residents of Gilling West and Brompton-on-Swale, many of whom use the market every Saturday.

Work is due to start in January and is expected to take nine months. Traders have asked for business rate relief while the square is closed.""", [
    ("Richmond", "GB", T, (54.40, -1.74)),
    ("North Yorkshire Council", "GB", Q),
    ("Northallerton", "GB", T, (54.34, -1.43)),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("Catterick Garrison", "GB", T, (54.38, -1.72)),
    ("Leyburn", "GB", T, (54.31, -1.83)),
    ("Victoria Road", "-", N),
    ("Swaledale", "GB", N),
    ("Scotch Corner", "GB", N, (54.44, -1.67)),
    ("Reeth", "GB", T, (54.39, -1.94)),
    ("River Swale", "GB", N),
    ("Tom Ripley", "-", N),
    ("York and North Yorkshire Combined Authority", "GB", Q),
    ("Thirsk", "GB", T, (54.23, -1.34)),
    ("Malton", "GB", T, (54.14, -0.80)),
    ("Skipton", "GB", T, (53.96, -2.02)),
    ("Harrogate", "GB", T, (53.99, -1.54)),
    ("Scarborough", "GB", T, (54.28, -0.40)),
    ("Ripon", "GB", T, (54.14, -1.52)),
    ("Bedale", "GB", T, (54.29, -1.59)),
    ("Historic England", "GB", Q),
    ("Gilling West", "GB", T, (54.44, -1.72)),
    ("Brompton-on-Swale", "GB", T, (54.39, -1.66)),
])

add("a", """Midleton bypass backed but west Cork councillors walk out

By Sorcha Dineen

Cork County Council has backed plans for a long-awaited bypass of Midleton, but councillors from west Cork walked out of a heated meeting after claims that their area had been "forgotten again".

The €95m route would take traffic on the N25 around the east Cork town, easing congestion between Carrigtwohill and Castlemartyr and on the road to Youghal. Commuters from Cloyne, Ballycotton and Whitegate were losing an hour a day in traffic, the meeting heard.

But Independent councillor Clare Ennis said towns such as Clonakilty, Skibbereen, Bantry and Dunmanway had waited 20 years for an upgrade of the N71. "Every euro goes to Ballincollig, Carrigaline and the ring road," she said.

Separately, the HSE has confirmed that a new elective hospital will be built at Curraheen, near Bishopstown on the western edge of Cork city, rather than at a rival site in Mallow. Cork University Hospital, the Mercy and the South Infirmary Victoria treat patients from as far away as Kerry and Limerick, and consultants have warned that overcrowding at the CUH emergency department is among the worst in the country.

Mallow councillors said north Cork had been passed over once more. They said patients from Fermoy, Charleville, Kanturk and Mitchelstown would face a longer drive to the city for planned surgery.

A spokesman for the HSE South West said the Curraheen site was chosen because of its access to the N40 and to the existing hospital campus.""", [
    ("Midleton", "IE", T, (51.92, -8.17)),
    ("Cork#1,3,4,7", "IE", A),
    ("Cork#5", "IE", T, (51.90, -8.47)),
    ("Cork County Council", "IE", Q),
    ("Cork University Hospital", "-", N),
    ("Carrigtwohill", "IE", T, (51.91, -8.26)),
    ("Castlemartyr", "IE", T, (51.91, -8.05)),
    ("Youghal", "IE", T, (51.95, -7.85)),
    ("Cloyne", "IE", T, (51.86, -8.12)),
    ("Ballycotton", "IE", T, (51.83, -8.01)),
    ("Whitegate", "IE", T, (51.83, -8.23)),
    ("Clare Ennis", "-", N),
    ("Clonakilty", "IE", T, (51.62, -8.89)),
    ("Skibbereen", "IE", T, (51.55, -9.27)),
    ("Bantry", "IE", T, (51.68, -9.45)),
    ("Dunmanway", "IE", T, (51.72, -9.11)),
    ("Ballincollig", "IE", T, (51.89, -8.59)),
    ("Carrigaline", "IE", T, (51.81, -8.40)),
    ("Curraheen", "IE", T, (51.88, -8.54)),
    ("Bishopstown", "IE", T, (51.88, -8.51)),
    ("Mallow", "IE", T, (52.13, -8.65)),
    ("South Infirmary Victoria", "-", N),
    ("Kerry", "IE", A),
    ("Limerick", "IE", N),
    ("Fermoy", "IE", T, (52.14, -8.28)),
    ("Charleville", "IE", T, (52.36, -8.68)),
    ("Kanturk", "IE", T, (52.17, -8.90)),
    ("Mitchelstown", "IE", T, (52.27, -8.27)),
])
add("a", """Richmond residents demand answers as council delays sewer fix

By Priya Sandhu

Residents of Richmond, the rural village in Ottawa's southwest, packed the Legion hall Tuesday night to demand answers after city council pushed back a $40-million upgrade of the wastewater system that has held up new housing for three years.

Basements along Perth Street flooded twice last spring when the lagoon overflowed into the Jock River, and a developer's plan for 600 homes between Richmond and Munster remains frozen.

"Kanata got its pipes. Barrhaven got its pipes. Stittsville got its pipes," said Linda Carleton, who chairs the village association. "We're told to wait until 2029."

City staff say the project was delayed after bids came in far over budget; an engineering firm from Kingston has been asked to redesign the pumping station. Council's finance committee also deferred work in Manotick, North Gower and Kars, and across the river in Orléans.

The area councillor said growth in the rural south of Ottawa was being held hostage to a provincial funding formula. He has written to Queen's Park asking Ontario to release money from its housing infrastructure fund, and said nearby towns such as Carleton Place, Smiths Falls and Kemptville in Lanark and Leeds and Grenville counties had received provincial grants for similar work.

Residents also raised truck traffic on McBean Street and on Highway 416, which many use to commute to downtown Ottawa and across the bridges to Gatineau.

A report on a cheaper option is due in June. A spokesperson for the Rideau Valley Conservation Authority said the Jock River and the wider Rideau River watershed were being monitored.""", [
    ("Richmond", "CA", T, (45.18, -75.83)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Perth Street", "-", N),
    ("Jock River", "CA", N),
    ("Munster", "CA", T, (45.17, -75.91)),
    ("Kanata", "CA", T, (45.30, -75.91)),
    ("Barrhaven", "CA", T, (45.27, -75.74)),
    ("Stittsville", "CA", T, (45.26, -75.92)),
    ("Linda Carleton", "-", N),
    ("Kingston", "CA", T, (44.23, -76.48)),
    ("Manotick", "CA", T, (45.23, -75.68)),
    ("North Gower", "CA", T, (45.13, -75.72)),
    ("Kars", "CA", T, (45.15, -75.65)),
    ("Orléans", "CA", T, (45.47, -75.52)),
    ("Queen's Park", "CA", Q),
    ("Ontario", "CA", A),
    ("Carleton Place", "CA", T, (45.14, -76.14)),
    ("Smiths Falls", "CA", T, (44.90, -76.02)),
    ("Kemptville", "CA", T, (45.02, -75.64)),
    ("Lanark", "CA", A),
    ("Leeds and Grenville", "CA", A),
    ("McBean Street", "-", N),
    ("Gatineau", "CA", T, (45.48, -75.70)),
    ("Rideau Valley Conservation Authority", "CA", Q),
    ("Rideau River", "CA", N),
])

add("a", """Springfield satellite hospital to open early as Ipswich growth outpaces services

By Rachel Dunne

A satellite hospital at Springfield will open six months ahead of schedule, the state government has announced, as the Ipswich region struggles to keep up with one of the fastest-growing populations in Queensland.

The centre, near the Centenary Motorway at Springfield Central, will offer urgent care, dialysis and X-ray services to residents of Springfield Lakes, Ripley, Redbank Plains and Goodna, who now travel to Ipswich Hospital or to Brisbane for treatment.

The Ipswich mayor said the city had grown by more than 40,000 people in five years, with Ripley Valley alone expected to house 120,000 residents by 2041. "Families in Bellbird Park and Augustine Heights are waiting six hours in emergency at Ipswich," she said.

Ipswich City Council has also asked the state to fast-track a second high school for the Ripley area and a rail extension from Springfield to Ipswich via Redbank Plains, a project first promised in 2012.

Neighbouring councils are watching closely. The Logan mayor said Logan Hospital at Meadowbrook was "bursting at the seams", while the Lockyer Valley and Scenic Rim councils said patients from Gatton, Laidley and Beaudesert were being sent as far as Toowoomba.

The Opposition health spokeswoman said the announcement was "too little, too late" for residents of Rosewood, Brassall and Bundamba.

The Springfield centre is expected to treat up to 50,000 patients a year. Construction is under way on a site off Springfield Parkway, and staff recruitment will begin in March.""", [
    ("Springfield", "AU", T, (-27.65, 152.92)),
    ("Springfield Central", "AU", T, (-27.68, 152.91)),
    ("Springfield Lakes", "AU", T, (-27.67, 152.92)),
    ("Springfield Parkway", "-", N),
    ("Ipswich", "AU", T, (-27.62, 152.76)),
    ("Ipswich Hospital", "-", N),
    ("Ipswich City Council", "AU", Q),
    ("Queensland", "AU", A),
    ("Centenary Motorway", "-", N),
    ("Ripley", "AU", T, (-27.67, 152.79)),
    ("Ripley Valley", "AU", N, (-27.68, 152.78)),
    ("Redbank Plains", "AU", T, (-27.65, 152.86)),
    ("Goodna", "AU", T, (-27.61, 152.90)),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Bellbird Park", "AU", T, (-27.64, 152.89)),
    ("Augustine Heights", "AU", T, (-27.66, 152.88)),
    ("Logan", "AU", T, (-27.64, 153.11)),
    ("Logan Hospital", "-", N),
    ("Meadowbrook", "AU", T, (-27.66, 153.14)),
    ("Lockyer Valley", "AU", A),
    ("Scenic Rim", "AU", A),
    ("Gatton", "AU", T, (-27.56, 152.28)),
    ("Laidley", "AU", T, (-27.63, 152.39)),
    ("Beaudesert", "AU", T, (-27.99, 153.00)),
    ("Toowoomba", "AU", T, (-27.56, 151.95)),
    ("Rosewood", "AU", T, (-27.64, 152.59)),
    ("Brassall", "AU", T, (-27.60, 152.75)),
    ("Bundamba", "AU", T, (-27.61, 152.81)),
])

add("a", """GHMC to demolish 300 encroachments on Musi riverbed

HYDERABAD: The Greater Hyderabad Municipal Corporation (GHMC) will begin removing nearly 300 structures built on the Musi riverbed between Attapur and Chaderghat from next week, officials said on Monday.

The drive is part of the Telangana government's Musi riverfront project, which aims to clean up a 55km stretch of the river from Gandipet to Gowrelly on the eastern edge of the city. Families at Chaderghat and in Moosarambagh have been offered 2BHK flats at Kollur and Pocharam, but many said the colonies were too far from their workplaces in Koti and the Old City.

"My children study in Dilsukhnagar. How will they go from Pocharam every day?" asked Shaik Ameena, a vegetable vendor.

Officials said the Hyderabad Disaster Response and Asset Protection Agency would assist the GHMC. Similar drives have been carried out around lakes in Kukatpally, Miyapur, Gachibowli and Madhapur, where IT firms have expanded rapidly.

Opposition corporators from LB Nagar and Uppal alleged that large commercial buildings in Banjara Hills and Jubilee Hills had been spared. The BRS has demanded a white paper on the project, which it said would cost more than the Amaravati capital in neighbouring Andhra Pradesh.

The GHMC commissioner said flood-prone areas in Secunderabad, Malkajgiri and Rangareddy district would be covered in the second phase, and that sewage treatment plants at Amberpet and Nagole were being expanded to stop untreated water reaching the river and, ultimately, the Krishna.

The monsoon last year submerged colonies near the Hussain Sagar and on the Musi banks for four days.""", [
    ("Greater Hyderabad Municipal Corporation", "IN", Q),
    ("HYDERABAD", "IN", T, (17.38, 78.47)),
    ("Hyderabad Disaster Response and Asset Protection Agency", "IN", Q),
    ("Musi", "IN", N),
    ("Attapur", "IN", T, (17.37, 78.43)),
    ("Chaderghat", "IN", T, (17.38, 78.49)),
    ("Telangana", "IN", A),
    ("Gandipet", "IN", T, (17.38, 78.31)),
    ("Gowrelly", "IN", T, (17.36, 78.63)),
    ("Moosarambagh", "IN", T, (17.37, 78.51)),
    ("Kollur", "IN", T, (17.46, 78.25)),
    ("Pocharam", "IN", T, (17.43, 78.65)),
    ("Koti", "IN", T, (17.39, 78.48)),
    ("Dilsukhnagar", "IN", T, (17.37, 78.53)),
    ("Kukatpally", "IN", T, (17.49, 78.41)),
    ("Miyapur", "IN", T, (17.50, 78.36)),
    ("Gachibowli", "IN", T, (17.44, 78.35)),
    ("Madhapur", "IN", T, (17.45, 78.39)),
    ("LB Nagar", "IN", T, (17.35, 78.55)),
    ("Uppal", "IN", T, (17.40, 78.56)),
    ("Banjara Hills", "IN", T, (17.41, 78.44)),
    ("Jubilee Hills", "IN", T, (17.43, 78.41)),
    ("Amaravati", "IN", T, (16.51, 80.52)),
    ("Andhra Pradesh", "IN", A),
    ("Secunderabad", "IN", T, (17.44, 78.50)),
    ("Malkajgiri", "IN", T, (17.45, 78.53)),
    ("Rangareddy", "IN", A),
    ("Amberpet", "IN", T, (17.39, 78.51)),
    ("Nagole", "IN", T, (17.37, 78.57)),
    ("Krishna", "IN", N),
    ("Old City", "IN", Q),
    ("Hussain Sagar", "IN", N),
])
add("a", """Nakuru MCAs reject Sh2bn budget over stalled Naivasha hospital

By Mercy Wanjiru

Nakuru County Assembly members on Tuesday rejected a Sh2 billion supplementary budget, accusing the executive of abandoning a maternity wing at Naivasha Sub-County Hospital that has stalled for four years.

MCAs from Naivasha, Gilgil and Mai Mahiu said mothers were still sharing beds, while the county had set aside Sh300 million to renovate offices in Nakuru City. "A woman in Kongoni or Hells Gate should not give birth on the floor because someone wants new furniture," said the Maiella ward representative.

The assembly also questioned delays to health centres in Molo, Njoro, Kuresoi, Subukia and Bahati, and to a dispensary at Rongai that was opened by the governor in 2022 but has never had a nurse.

The county health executive said the Naivasha project had been held up by a contractor dispute and would be completed by June. He said patients from neighbouring Nyandarua and Narok counties, and from the flower farms around Lake Naivasha, had added to pressure on the facility.

The Rift Valley region's referral hospital in Nakuru is itself overstretched, with some cancer patients referred to Eldoret or to Kenyatta National Hospital in Nairobi.

The Council of Governors chairperson has urged Treasury to release delayed disbursements to counties, saying Baringo, Kericho and Nakuru were among those owed more than three months' allocations.

The budget will be retabled next week after the finance committee meets county officials in Nakuru.""", [
    ("Nakuru County Assembly", "KE", Q),
    ("Nakuru#1", "KE", N),
    ("Nakuru City", "KE", T, (-0.28, 36.07)),
    ("Nakuru#4,6", "KE", T, (-0.28, 36.07)),
    ("Nakuru#5", "KE", A),
    ("Naivasha Sub-County Hospital", "-", N),
    ("Naivasha", "KE", T, (-0.72, 36.43)),
    ("Lake Naivasha", "KE", N),
    ("Gilgil", "KE", T, (-0.50, 36.32)),
    ("Mai Mahiu", "KE", T, (-1.00, 36.59)),
    ("Kongoni", "KE", T, (-0.80, 36.30)),
    ("Hells Gate", "KE", N, (-0.91, 36.31)),
    ("Maiella", "KE", T, (-0.88, 36.37)),
    ("Molo", "KE", T, (-0.25, 35.73)),
    ("Njoro", "KE", T, (-0.33, 35.94)),
    ("Kuresoi", "KE", T, (-0.28, 35.55)),
    ("Subukia", "KE", T, (-0.00, 36.23)),
    ("Bahati", "KE", T, (-0.15, 36.15)),
    ("Rongai", "KE", T, (-0.17, 35.86)),
    ("Nyandarua", "KE", A),
    ("Narok", "KE", A),
    ("Rift Valley", "KE", N),
    ("Eldoret", "KE", T, (0.52, 35.27)),
    ("Kenyatta National Hospital", "-", N),
    ("Nairobi", "KE", T, (-1.29, 36.82)),
    ("Baringo", "KE", A),
    ("Kericho", "KE", A),
])

add("a", """K-IV delays leave Karachi's outskirts dry as Sindh blames Centre

KARACHI: Residents of Orangi Town, Baldia and Gadap staged protests outside the Karachi Water and Sewerage Corporation's offices on Shahrah-e-Faisal on Tuesday as the long-delayed K-IV bulk water project missed yet another deadline.

The scheme is meant to bring 260 million gallons a day from Keenjhar Lake in Thatta district to the city, but the canal has stalled short of the city over funding disputes between the Sindh government and Islamabad.

"Tanker mafia charges Rs8,000 in North Karachi and Surjani. The same water reaches Clifton and Defence through pipes," said a resident of Surjani Town.

Sindh's local government minister told the provincial assembly that the federal government had released only a fraction of its share. He said water from the Indus reaching Kotri Barrage had also fallen, hitting supplies to Hyderabad, Jamshoro and Thatta as well as Karachi.

Opposition members from Korangi, Malir and Lyari said the corporation's own pipelines were leaking millions of gallons in Saddar and Gulshan-e-Iqbal. They also demanded an inquiry into illegal hydrants in Landhi and Manghopir.

The Hub dam, which supplies western parts of the city from Balochistan, is at less than a quarter of its capacity after a weak monsoon. The corporation said rationing in Lyari, Keamari and Baldia would continue until the new canal is completed.

The Sindh chief minister is to meet the prime minister in Islamabad next week to discuss the project.""", [
    ("KARACHI", "PK", T, (24.86, 67.01)),
    ("Karachi", "PK", T, (24.86, 67.01)),
    ("Karachi Water and Sewerage Corporation", "PK", Q),
    ("North Karachi", "PK", T, (24.97, 67.06)),
    ("Sindh", "PK", A),
    ("Orangi Town", "PK", T, (24.95, 67.00)),
    ("Baldia", "PK", T, (24.91, 66.96)),
    ("Gadap", "PK", T, (25.06, 67.22)),
    ("Shahrah-e-Faisal", "-", N),
    ("Keenjhar Lake", "PK", N),
    ("Thatta", "PK", N),
    ("Islamabad", "PK", T, (33.69, 73.06)),
    ("Surjani Town", "PK", T, (25.03, 67.05)),
    ("Surjani", "PK", T, (25.03, 67.05)),
    ("Clifton", "PK", T, (24.81, 67.03)),
    ("Defence", "PK", Q),
    ("Indus", "*", N),
    ("Kotri Barrage", "PK", N),
    ("Hyderabad", "PK", T, (25.39, 68.37)),
    ("Jamshoro", "PK", T, (25.43, 68.28)),
    ("Korangi", "PK", T, (24.83, 67.13)),
    ("Malir", "PK", T, (24.89, 67.20)),
    ("Lyari", "PK", T, (24.86, 66.99)),
    ("Saddar", "PK", T, (24.86, 67.03)),
    ("Gulshan-e-Iqbal", "PK", T, (24.92, 67.09)),
    ("Landhi", "PK", T, (24.85, 67.20)),
    ("Manghopir", "PK", T, (24.99, 67.04)),
    ("Hub", "PK", N, (25.07, 66.85)),
    ("Balochistan", "PK", A),
    ("Keamari", "PK", T, (24.82, 66.97)),
])
add("a", """Penang LRT: Seberang Perai residents want second line sooner

GEORGE TOWN: Residents' groups in Seberang Perai have urged the Penang government to bring forward plans for a mainland light rail line, saying the Mutiara Line now under construction on the island will do little for commuters from Butterworth and Bukit Mertajam.

The 29km Mutiara Line will run from Komtar in George Town through Jelutong and Gelugor to Bayan Lepas, where many of the state's electronics factories are located. Work began last year and the line is due to open in 2031.

But a coalition of residents' associations from Perai, Nibong Tebal and Kepala Batas said tens of thousands of workers crossed the Penang Bridge every morning. "We sit two hours in jam from Bukit Mertajam. The island people get the train first, again," said retiree Lim Kah Seng.

The state exco member for transport said the federal government in Putrajaya had agreed only to fund the island line for now, but that a study on a Butterworth-Bukit Mertajam link was under way.

He added that many workers now lived across the state border in Sungai Petani and Kulim in Kedah, and in Parit Buntar and Taiping in Perak, and that any mainland line would need federal cooperation with neighbouring states.

Traffic at the Sultan Abdul Halim Muadzam Shah Bridge to Batu Maung has risen 30% since 2020, according to the Penang Island City Council. Residents of Balik Pulau, Air Itam and Tanjung Bungah have separately asked for more buses to Bayan Lepas.

Meanwhile, the state said a monorail to Penang Hill was still being studied, with KL-based investors interested in the project.""", [
    ("GEORGE TOWN", "MY", T, (5.41, 100.33)),
    ("George Town", "MY", T, (5.41, 100.33)),
    ("Seberang Perai", "MY", N),
    ("Penang#1,2", "MY", A),
    ("Penang Bridge", "-", N),
    ("Penang Island City Council", "MY", Q),
    ("Penang Hill", "MY", N),
    ("Butterworth", "MY", T, (5.40, 100.36)),
    ("Bukit Mertajam", "MY", T, (5.36, 100.47)),
    ("Jelutong", "MY", T, (5.39, 100.32)),
    ("Gelugor", "MY", T, (5.37, 100.31)),
    ("Bayan Lepas", "MY", T, (5.29, 100.26)),
    ("Perai", "MY", T, (5.38, 100.39)),
    ("Nibong Tebal", "MY", T, (5.17, 100.48)),
    ("Kepala Batas", "MY", T, (5.52, 100.43)),
    ("Putrajaya", "MY", T, (2.93, 101.69)),
    ("Sungai Petani", "MY", T, (5.65, 100.49)),
    ("Kulim", "MY", T, (5.36, 100.56)),
    ("Kedah", "MY", A),
    ("Parit Buntar", "MY", T, (5.13, 100.49)),
    ("Taiping", "MY", T, (4.85, 100.74)),
    ("Perak", "MY", A),
    ("Sultan Abdul Halim Muadzam Shah Bridge", "-", N),
    ("Batu Maung", "MY", T, (5.28, 100.29)),
    ("Balik Pulau", "MY", T, (5.35, 100.23)),
    ("Air Itam", "MY", T, (5.40, 100.28)),
    ("Tanjung Bungah", "MY", T, (5.46, 100.28)),
    ("KL", "MY", T, (3.14, 101.69)),
])

add("a", """Mosgiel pool survives council cuts, but Brighton library on hold

By Hamish Pryde

The Dunedin City Council has voted to keep funding for the Taieri aquatic centre in Mosgiel, but plans for a new library in Brighton and a community hall in Middlemarch have been pushed out by at least three years.

Councillors spent two days working through the draft 10-year plan, which proposes an average rates rise of 12.5% for Dunedin households.

Taieri community board chairman Dean McAlister said the pool was "a lifeline" for families from Mosgiel, Outram and Allanton, who had travelled to Moana Pool in the city since the old Mosgiel pool closed.

But Cr Bill Milton, who grew up in Green Island, said residents on the coast south of the city had been "strung along for a decade". Brighton, Waldronville and Ocean View have no library, and the bus from Brighton to the central city takes 50 minutes.

Council staff warned that the cost of replacing pipes in Caversham, Mornington and St Clair, and of protecting the South Dunedin flood zone, would dominate spending. Port Chalmers and the Otago Peninsula settlements of Portobello and Macandrew Bay also face work on ageing water supplies.

The mayor said the council would press Wellington for a share of the Government's new infrastructure fund, as Queenstown and Invercargill had done.

Neighbouring Clutha District Council, based in Balclutha, and the Waitaki council in Oamaru are also consulting on rates rises of more than 10%. Public submissions close on April 28, and hearings will be held in Mosgiel and in Dunedin in May.""", [
    ("Dunedin City Council", "NZ", Q),
    ("Dunedin", "NZ", T, (-45.87, 170.50)),
    ("South Dunedin", "NZ", T, (-45.90, 170.50)),
    ("Taieri", "NZ", N),
    ("Mosgiel", "NZ", T, (-45.88, 170.35)),
    ("Brighton", "NZ", T, (-45.95, 170.33)),
    ("Middlemarch", "NZ", T, (-45.51, 170.12)),
    ("Outram", "NZ", T, (-45.86, 170.23)),
    ("Allanton", "NZ", T, (-45.91, 170.27)),
    ("Moana Pool", "-", N),
    ("Bill Milton", "-", N),
    ("Green Island", "NZ", T, (-45.90, 170.43)),
    ("Waldronville", "NZ", T, (-45.92, 170.40)),
    ("Ocean View", "NZ", T, (-45.94, 170.36)),
    ("Caversham", "NZ", T, (-45.89, 170.48)),
    ("Mornington", "NZ", T, (-45.88, 170.48)),
    ("St Clair", "NZ", T, (-45.91, 170.49)),
    ("Port Chalmers", "NZ", T, (-45.82, 170.62)),
    ("Otago Peninsula", "NZ", N),
    ("Portobello", "NZ", T, (-45.85, 170.65)),
    ("Macandrew Bay", "NZ", T, (-45.87, 170.60)),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Queenstown", "NZ", T, (-45.03, 168.66)),
    ("Invercargill", "NZ", T, (-46.41, 168.35)),
    ("Clutha District Council", "NZ", Q),
    ("Balclutha", "NZ", T, (-46.24, 169.74)),
    ("Waitaki", "NZ", A),
    ("Oamaru", "NZ", T, (-45.10, 170.97)),
])
add("a", """Lagos parents protest as 40 public schools relocate pupils over dilapidated buildings

By Tunde Ajayi

Parents in Alimosho, Ikorodu and Epe on Monday protested the relocation of thousands of pupils after the Lagos State Government shut 40 public schools declared structurally unsafe.

The state's commissioner for basic education said the affected schools, including primary schools in Agege, Mushin, Ikotun and Ojo, had classrooms with cracked walls and leaking roofs. Pupils have been moved to neighbouring schools, some more than five kilometres away.

"My two children now trek from Igando to Ikotun every morning. Who will pay for okada?" asked Mrs Bisola Oyo, a trader at the Ikotun market.

The commissioner said reconstruction would begin in the third term and that the state had set aside N18bn for 120 new classroom blocks across Lagos, with priority for Badagry, Epe and Ikorodu, where enrolment has risen fastest.

Teachers' union officials in Surulere and Ikeja said overcrowding was already severe, with up to 90 pupils in some classes in Oshodi and Mushin. They said many families who moved to the Lekki-Ajah corridor and across the border to Ogun State towns such as Sango-Ota and Mowe now send children to private schools.

In neighbouring Ogun, the state government last month closed 15 schools in Abeokuta and Ijebu-Ode after a classroom collapse in Sagamu injured four pupils. A similar audit is under way in Oyo State, where the Ibadan metropolis accounts for most of the dilapidated buildings.

The Universal Basic Education Commission in Abuja said it had released matching grants to Lagos for the current year.""", [
    ("Lagos State Government", "NG", Q),
    ("Lagos", "NG", N),
    ("Alimosho", "NG", A),
    ("Ikorodu", "NG", T, (6.62, 3.51)),
    ("Epe", "NG", T, (6.58, 3.98)),
    ("Agege", "NG", T, (6.62, 3.32)),
    ("Mushin", "NG", T, (6.53, 3.35)),
    ("Ikotun", "NG", T, (6.55, 3.27)),
    ("Ojo", "NG", T, (6.46, 3.18)),
    ("Igando", "NG", T, (6.55, 3.24)),
    ("Bisola Oyo", "-", N),
    ("Badagry", "NG", T, (6.42, 2.88)),
    ("Surulere", "NG", T, (6.50, 3.35)),
    ("Ikeja", "NG", T, (6.60, 3.35)),
    ("Oshodi", "NG", T, (6.55, 3.34)),
    ("Lekki", "NG", T, (6.44, 3.53)),
    ("Ajah", "NG", T, (6.47, 3.57)),
    ("Ogun State", "NG", A),
    ("Ogun", "NG", A),
    ("Sango-Ota", "NG", T, (6.69, 3.23)),
    ("Mowe", "NG", T, (6.81, 3.44)),
    ("Abeokuta", "NG", T, (7.15, 3.35)),
    ("Ijebu-Ode", "NG", T, (6.82, 3.92)),
    ("Sagamu", "NG", T, (6.84, 3.65)),
    ("Oyo State", "NG", A),
    ("Ibadan", "NG", T, (7.38, 3.90)),
    ("Abuja", "NG", T, (9.06, 7.49)),
])

add("a", """Rural ER closures leave Manitobans driving hours for care

By Danielle Rempel

Emergency rooms in at least nine rural Manitoba towns were closed for part of last week because of staff shortages, forcing patients to drive to Brandon, Steinbach or Winnipeg for care, according to figures released by the province.

The ERs in Boissevain, Carberry, Minnedosa, Neepawa and Souris were each shut for two or more days, as were those in Killarney and Deloraine in the southwest. In the Interlake, the Gimli and Arborg emergency departments closed overnight on four occasions.

"My husband had chest pains at 2 a.m. Killarney was closed, so we drove 110 kilometres to Brandon," said Shirley Dauphin, who farms near Killarney. "Nobody should have to do that."

The health minister said the government had hired 300 nurses since taking office and was offering bonuses to staff willing to work in Dauphin, Swan River, The Pas, Flin Flon and Thompson. The Opposition critic said the closures were the worst since the pandemic.

Doctors in Morden and Winkler said their hospital, Boundary Trails, was taking overflow from Altona, Carman and Portage la Prairie, where the emergency room is being rebuilt.

The pressure is not unique to Manitoba. Saskatchewan has closed ERs in dozens of rural communities this year, and northwestern Ontario hospitals in Kenora and Dryden have temporarily diverted ambulances.

Manitoba has asked Ottawa to speed up credential recognition for nurses trained abroad. A new program in Selkirk will place internationally educated nurses in rural hospitals from June.""", [
    ("Manitobans", "CA", Q),
    ("Manitoba", "CA", A),
    ("Brandon", "CA", T, (49.85, -99.95)),
    ("Steinbach", "CA", T, (49.53, -96.68)),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Boissevain", "CA", T, (49.23, -100.06)),
    ("Carberry", "CA", T, (49.87, -99.36)),
    ("Minnedosa", "CA", T, (50.25, -99.84)),
    ("Neepawa", "CA", T, (50.23, -99.47)),
    ("Souris", "CA", T, (49.62, -100.26)),
    ("Killarney", "CA", T, (49.18, -99.66)),
    ("Deloraine", "CA", T, (49.19, -100.49)),
    ("Interlake", "CA", N),
    ("Gimli", "CA", T, (50.63, -96.99)),
    ("Arborg", "CA", T, (50.91, -97.22)),
    ("Shirley Dauphin", "-", N),
    ("Dauphin", "CA", T, (51.15, -100.05)),
    ("Swan River", "CA", T, (52.11, -101.27)),
    ("The Pas", "CA", T, (53.83, -101.25)),
    ("Flin Flon", "CA", T, (54.77, -101.86)),
    ("Thompson", "CA", T, (55.74, -97.86)),
    ("Morden", "CA", T, (49.19, -98.10)),
    ("Winkler", "CA", T, (49.18, -97.94)),
    ("Boundary Trails", "-", N),
    ("Altona", "CA", T, (49.10, -97.56)),
    ("Carman", "CA", T, (49.50, -98.00)),
    ("Portage la Prairie", "CA", T, (49.97, -98.29)),
    ("Saskatchewan", "CA", A),
    ("Ontario", "CA", A),
    ("Kenora", "CA", T, (49.77, -94.49)),
    ("Dryden", "CA", T, (49.78, -92.84)),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("Selkirk", "CA", T, (50.14, -96.88)),
])
add("a", """Ekurhuleni residents without water for a week as Rand Water repairs drag on

By Thabo Mokoena

Residents of Kempton Park, Tembisa and parts of Benoni have been without running water for seven days after a major pipeline burst near the Vaal Dam, and the City of Ekurhuleni says supply may only be fully restored by the weekend.

The Ekurhuleni mayor told councillors at an urgent sitting in Germiston on Tuesday that the metro had sent 60 water tankers to the worst-affected areas, including Boksburg, Alberton and Daveyton. Residents in Tembisa said tankers arrived once a day and were emptied within an hour.

"We are buying water at R30 a bucket. The elderly cannot carry it," said Precious Mahlangu, who lives near Tembisa Hospital.

The outage has also affected neighbouring metros. Johannesburg Water reported low pressure in Midrand, Sandton, Randburg and parts of Soweto, and the City of Tshwane said reservoirs serving Centurion and southern Pretoria were at less than 30% of capacity.

The DA caucus in Ekurhuleni called for a forensic audit of the metro's maintenance budget, saying the repeated outages were driving businesses out of Edenvale and Springs. The EFF said the crisis showed that Gauteng's water infrastructure had "collapsed".

Rand Water, which supplies most of Gauteng from the Vaal system, said repairs were complicated by the age of the pipes, some of which were laid in the 1950s. It said additional water from the Lesotho Highlands scheme would only arrive when the second phase is completed.

Residents in Vereeniging and Vanderbijlpark, on the banks of the Vaal, were told to expect intermittent supply until Sunday.""", [
    ("Rand Water", "-", N),
    ("Kempton Park", "ZA", T, (-26.10, 28.23)),
    ("Tembisa", "ZA", T, (-26.00, 28.23)),
    ("Tembisa Hospital", "-", N),
    ("Benoni", "ZA", T, (-26.19, 28.32)),
    ("Vaal Dam", "ZA", N),
    ("Vaal", "ZA", N),
    ("City of Ekurhuleni", "ZA", Q),
    ("Ekurhuleni", "ZA", A),
    ("Germiston", "ZA", T, (-26.22, 28.17)),
    ("Boksburg", "ZA", T, (-26.21, 28.26)),
    ("Alberton", "ZA", T, (-26.27, 28.12)),
    ("Daveyton", "ZA", T, (-26.15, 28.41)),
    ("Johannesburg Water", "ZA", Q),
    ("Midrand", "ZA", T, (-25.99, 28.13)),
    ("Sandton", "ZA", T, (-26.10, 28.05)),
    ("Randburg", "ZA", T, (-26.09, 28.00)),
    ("Soweto", "ZA", T, (-26.27, 27.86)),
    ("City of Tshwane", "ZA", Q),
    ("Centurion", "ZA", T, (-25.86, 28.19)),
    ("Pretoria", "ZA", T, (-25.75, 28.19)),
    ("Edenvale", "ZA", T, (-26.14, 28.15)),
    ("Springs", "ZA", T, (-26.25, 28.40)),
    ("Gauteng", "ZA", A),
    ("Lesotho Highlands", "LS", Q),
    ("Vereeniging", "ZA", T, (-26.67, 27.93)),
    ("Vanderbijlpark", "ZA", T, (-26.71, 27.84)),
])

add("a", """KSAMC approves Half-Way Tree transport hub as vendors cry foul

By Corey Walters

The Kingston and St Andrew Municipal Corporation (KSAMC) has approved plans for a $1.2-billion transport hub in Half-Way Tree, despite objections from vendors who say they will be pushed off the streets they have traded on for decades.

At its monthly meeting on Tuesday, councillors voted for the project, which will rebuild the bus terminus and link it to routes from Papine, Constant Spring, Stony Hill and downtown Kingston. Vendors along Hagley Park Road and in the square said the corporation had offered them stalls "in a back lane where no customer will pass".

The Mayor of Kingston said the hub would ease congestion in New Kingston and Cross Roads, and that commuters from Portmore and Spanish Town in St Catherine would benefit from faster transfers. The Jamaica Urban Transit Company (JUTC) carries more than 100,000 passengers a day across the Corporate Area.

Councillor Dwayne Manchester (PNP, Trench Town) said the plan ignored vendors from his division who had been relocated twice already. "First they moved us from Parade, then from Cross Roads. Now Half-Way Tree," he said.

Other municipal corporations are watching. The Clarendon Municipal Corporation in May Pen is planning a similar hub, while St Catherine's councillors want one in Old Harbour. In the west, the St James Municipal Corporation said its Montego Bay terminus upgrade had been delayed by funding.

The National Works Agency said roadworks on Hope Road and Mannings Hill Road in St Andrew would be timed to avoid clashes with the construction, which is expected to start in September.""", [
    ("Kingston and St Andrew Municipal Corporation", "JM", Q),
    ("Half-Way Tree", "JM", T, (18.01, -76.80)),
    ("Papine", "JM", T, (18.02, -76.74)),
    ("Constant Spring", "JM", T, (18.05, -76.79)),
    ("Stony Hill", "JM", T, (18.08, -76.79)),
    ("Kingston", "JM", T, (17.99, -76.79)),
    ("New Kingston", "JM", T, (18.01, -76.78)),
    ("Hagley Park Road", "-", N),
    ("Cross Roads", "JM", T, (18.00, -76.78)),
    ("Portmore", "JM", T, (17.95, -76.88)),
    ("Spanish Town", "JM", T, (17.99, -76.96)),
    ("St Catherine", "JM", A),
    ("Jamaica Urban Transit Company", "JM", Q),
    ("Corporate Area", "JM", N),
    ("Dwayne Manchester", "-", N),
    ("Trench Town", "JM", T, (17.98, -76.80)),
    ("Parade", "JM", Q),
    ("Clarendon Municipal Corporation", "JM", Q),
    ("May Pen", "JM", T, (17.96, -77.25)),
    ("Old Harbour", "JM", T, (17.94, -77.11)),
    ("St James Municipal Corporation", "JM", Q),
    ("Montego Bay", "JM", T, (18.47, -77.92)),
    ("Hope Road", "-", N),
    ("Mannings Hill Road", "-", N),
    ("St Andrew", "JM", A),
])
# ---------------------------------------------------------------- genre b: crime, courts, weather
add("b", """Hunter braces for second flood peak as Maitland evacuates

By Daniel Ashby

Residents of low-lying parts of Maitland were ordered to evacuate on Thursday night as the Hunter River rose towards a forecast peak of 10.5 metres, the highest since 2015.

The SES issued evacuation orders for Lorn, Central Maitland and parts of Morpeth, and warned that the Pacific Highway at Hexham could be cut by Friday morning. Residents of Raymond Terrace, at the junction of the Hunter and Williams rivers, were told to prepare to leave.

More than 300mm of rain fell on the upper catchment in 48 hours, with the Paterson River breaking its banks at Paterson and Dungog recording its wettest day in 30 years. Singleton and Muswellbrook were isolated after the New England Highway was closed north of Branxton.

In Newcastle, crews rescued two people from a car swept off a causeway at Wallsend, and the Throsby Creek floodgates were closed to protect Islington and Wickham. Newcastle Knights training was cancelled and the club's Saturday home game has been moved to Sydney.

Cessnock and Kurri Kurri recorded flash flooding overnight, and a landslip has closed the road between Wollombi and Broke. Lake Macquarie council opened an evacuation centre at Toronto, on the western shore of the lake.

The NSW Premier, who visited Maitland on Thursday afternoon, said disaster assistance would be available to residents of the Maitland, Cessnock, Dungog and Port Stephens local government areas.

The Bureau of Meteorology expects the rain to ease on Saturday, but a second peak is possible at Maitland on Sunday as water from the Upper Hunter, around Scone and Aberdeen, moves downstream.""", [
    ("Hunter", "AU", N),
    ("Upper Hunter", "AU", N),
    ("Hunter River", "AU", N),
    ("Maitland", "AU", T, (-32.73, 151.56)),
    ("Central Maitland", "AU", T, (-32.74, 151.55)),
    ("Lorn", "AU", T, (-32.73, 151.57)),
    ("Morpeth", "AU", T, (-32.72, 151.63)),
    ("Pacific Highway", "-", N),
    ("Hexham", "AU", T, (-32.83, 151.69)),
    ("Raymond Terrace", "AU", T, (-32.76, 151.74)),
    ("Williams", "AU", N),
    ("Paterson River", "AU", N),
    ("Paterson", "AU", T, (-32.60, 151.62)),
    ("Dungog", "AU", T, (-32.40, 151.76)),
    ("Singleton", "AU", T, (-32.57, 151.17)),
    ("Muswellbrook", "AU", T, (-32.26, 150.89)),
    ("New England Highway", "-", N),
    ("Branxton", "AU", T, (-32.66, 151.35)),
    ("Newcastle", "AU", T, (-32.93, 151.78)),
    ("Newcastle Knights", "-", N),
    ("Wallsend", "AU", T, (-32.90, 151.67)),
    ("Throsby Creek", "AU", N),
    ("Islington", "AU", T, (-32.91, 151.75)),
    ("Wickham", "AU", T, (-32.92, 151.76)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Cessnock", "AU", T, (-32.83, 151.36)),
    ("Kurri Kurri", "AU", T, (-32.82, 151.48)),
    ("Wollombi", "AU", T, (-32.94, 151.14)),
    ("Broke", "AU", T, (-32.75, 151.10)),
    ("Lake Macquarie", "AU", A),
    ("Toronto", "AU", T, (-33.01, 151.59)),
    ("NSW", "AU", A),
    ("Port Stephens", "AU", A),
    ("Scone", "AU", T, (-32.05, 150.87)),
    ("Aberdeen", "AU", T, (-32.16, 150.89)),
])

add("b", """Consett man jailed for string of burglaries across County Durham

By Gavin Havery

A man who raided more than 20 homes and businesses across County Durham in a six-week spree has been jailed for five years.

Darren Stanley, 34, of Consett, targeted properties in Lanchester, Stanley, Chester-le-Street and Durham city, often striking while the owners were at work, Durham Crown Court heard.

Prosecutor Emma Craggs said Stanley stole jewellery, laptops and a quad bike, which he tried to sell through contacts in Gateshead and Sunderland. He was caught after a neighbour in Sacriston filmed him loading a van and police traced the vehicle to a lock-up in Newcastle.

The court heard he had also broken into a garden centre near Bishop Auckland and a pub in Spennymoor, and that stolen items had been found as far away as Darlington and Middlesbrough.

Stanley, who pleaded guilty to 14 burglaries and asked for eight more to be taken into consideration, had previous convictions for theft in Peterlee and Seaham.

Judge Ian Carlisle said the victims, many of them elderly residents of Annfield Plain and Leadgate, had been left "frightened in their own homes".

Detective Sergeant Kerry Ashton, of Durham Constabulary, said: "This was a prolific offender who caused misery for communities from the Derwent Valley to Teesside. We hope this sentence brings some comfort."

Durham Police are urging residents in rural parts of Weardale and Teesdale to mark valuable equipment after a rise in thefts of quad bikes and tools from farms.""", [
    ("Consett", "GB", T, (54.85, -1.83)),
    ("County Durham", "GB", A),
    ("Darren Stanley", "-", N),
    ("Stanley#2", "GB", T, (54.87, -1.70)),
    ("Stanley#3,4", "-", N),
    ("Lanchester", "GB", T, (54.82, -1.74)),
    ("Chester-le-Street", "GB", T, (54.86, -1.57)),
    ("Durham#3", "GB", T, (54.78, -1.58)),
    ("Durham Crown Court", "GB", Q),
    ("Durham Constabulary", "GB", Q),
    ("Durham Police", "GB", Q),
    ("Gateshead", "GB", T, (54.96, -1.60)),
    ("Sunderland", "GB", T, (54.91, -1.38)),
    ("Sacriston", "GB", T, (54.82, -1.63)),
    ("Newcastle", "GB", T, (54.98, -1.61)),
    ("Bishop Auckland", "GB", T, (54.66, -1.68)),
    ("Spennymoor", "GB", T, (54.70, -1.60)),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("Middlesbrough", "GB", T, (54.58, -1.23)),
    ("Peterlee", "GB", T, (54.76, -1.34)),
    ("Seaham", "GB", T, (54.84, -1.34)),
    ("Ian Carlisle", "-", N),
    ("Annfield Plain", "GB", T, (54.86, -1.74)),
    ("Leadgate", "GB", T, (54.86, -1.80)),
    ("Kerry Ashton", "-", N),
    ("Derwent Valley", "GB", N),
    ("Teesside", "GB", N),
    ("Weardale", "GB", N),
    ("Teesdale", "GB", N),
])
add("b", """Huge fire at Boston packing plant sends smoke across the Fens

By Anna Whitby

More than 80 firefighters tackled a huge blaze at a vegetable packing plant on the edge of Boston overnight, with smoke visible from Skegness and Spalding.

Lincolnshire Fire and Rescue was called to the industrial estate off the A16 shortly after 11pm on Tuesday. At its height, 14 engines were at the scene, including crews from Kirton, Sleaford, Louth and Lincoln, with specialist units sent from Cambridgeshire and Norfolk.

Residents of Fishtoft, Wyberton and Sutterton were told to keep windows and doors closed. The road between Boston and Kirton was shut for most of Wednesday.

No one was injured. The site employs about 300 people, many of whom live in Boston and in villages towards Holbeach and Long Sutton. Councillor Sam Grantham, leader of Boston Borough Council, said: "This is a huge blow to a business that feeds half the country."

Smoke drifted across the Wash and was reported in Hunstanton and King's Lynn by Wednesday morning. The Environment Agency said it was monitoring the River Witham after water used to fight the fire drained towards the Haven.

A 42-year-old man from Grantham has been arrested on suspicion of arson and released on bail, Lincolnshire Police said. Officers are appealing for dashcam footage from drivers who used the A52 and the A16 between Boston and Spalding late on Tuesday.

The blaze is the third at a food business in the county this year, after fires at plants near Wisbech and Gainsborough. The Boston Stump, the parish church whose tower dominates the town, was open on Wednesday for staff who wanted to gather.""", [
    ("Boston", "GB", T, (52.98, -0.03)),
    ("Anna Whitby", "-", N),
    ("Boston Borough Council", "GB", Q),
    ("Boston Stump", "GB", Q),
    ("Fens", "GB", N),
    ("Skegness", "GB", T, (53.14, 0.34)),
    ("Spalding", "GB", T, (52.79, -0.15)),
    ("Lincolnshire Fire and Rescue", "GB", Q),
    ("Lincolnshire Police", "GB", Q),
    ("Kirton", "GB", T, (52.93, -0.06)),
    ("Sleaford", "GB", T, (53.00, -0.41)),
    ("Louth", "GB", T, (53.37, -0.01)),
    ("Lincoln", "GB", T, (53.23, -0.54)),
    ("Cambridgeshire", "GB", A),
    ("Norfolk", "GB", A),
    ("Fishtoft", "GB", T, (52.96, 0.02)),
    ("Wyberton", "GB", T, (52.96, -0.05)),
    ("Sutterton", "GB", T, (52.90, -0.10)),
    ("Holbeach", "GB", T, (52.80, 0.02)),
    ("Long Sutton", "GB", T, (52.79, 0.12)),
    ("Sam Grantham", "-", N),
    ("Grantham#2", "GB", T, (52.91, -0.64)),
    ("Wash", "GB", N),
    ("Hunstanton", "GB", T, (52.94, 0.49)),
    ("King's Lynn", "GB", T, (52.75, 0.40)),
    ("River Witham", "GB", N),
    ("Haven", "GB", N),
    ("Wisbech", "GB", T, (52.67, 0.16)),
    ("Gainsborough", "GB", T, (53.40, -0.77)),
])

add("b", """Storm batters Clare and Kerry as thousands left without power

By Ailbhe Carroll

More than 40,000 homes and businesses in Clare and Kerry were without electricity last night after Storm Éowyn brought gusts of up to 140km/h to the west coast.

Met Éireann's red warning for Clare, Kerry and Galway remained in place until 6pm. In Lahinch, waves overtopped the promenade and flooded businesses on Main Street, while the coast road between Kilkee and Kilrush was closed by fallen trees.

"I've lived here 40 years and never seen the sea come up like that," said Clare Mulqueen, who runs a café in Lahinch.

Clare County Council said crews were working to clear roads around Ennis, Ennistymon and Doolin, and that the Cliffs of Moher visitor centre near Liscannor would remain shut today. Several flights due into Shannon Airport were diverted to Dublin, and the River Shannon burst its banks at Castleconnell, upstream of Limerick city. In Shannon town, the industrial estate was closed as a precaution.

In Kerry, the worst damage was on the Dingle Peninsula, where a roof was torn off a house in Castlegregory and the Conor Pass was closed. Gardaí in Tralee said a man in his 70s was taken to University Hospital Kerry after a tree fell on his car near Listowel. Ballybunion and Ballyheigue were cut off for several hours, and ESB Networks said parts of Killarney and Cahersiveen might not be reconnected until the weekend.

Ferry services to the Aran Islands were suspended and Galway city council closed Salthill promenade.

Met Éireann said the storm would track north-east towards Donegal and Scotland overnight, with a yellow wind warning for the rest of the country.""", [
    ("Clare#1,2,3", "IE", A),
    ("Clare Mulqueen", "-", N),
    ("Clare County Council", "IE", Q),
    ("Met Éireann", "IE", Q),
    ("Kerry", "IE", A),
    ("University Hospital Kerry", "-", N),
    ("Galway#1", "IE", A),
    ("Galway#2", "IE", T, (53.27, -9.05)),
    ("Lahinch", "IE", T, (52.93, -9.34)),
    ("Kilkee", "IE", T, (52.68, -9.65)),
    ("Kilrush", "IE", T, (52.64, -9.48)),
    ("Ennis", "IE", T, (52.84, -8.98)),
    ("Ennistymon", "IE", T, (52.94, -9.29)),
    ("Doolin", "IE", T, (53.01, -9.38)),
    ("Cliffs of Moher", "IE", N),
    ("Liscannor", "IE", T, (52.94, -9.39)),
    ("Shannon Airport", "-", N),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("River Shannon", "IE", N),
    ("Castleconnell", "IE", T, (52.71, -8.50)),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Shannon#3", "IE", T, (52.70, -8.86)),
    ("Dingle Peninsula", "IE", N),
    ("Castlegregory", "IE", T, (52.26, -10.02)),
    ("Conor Pass", "IE", N),
    ("Tralee", "IE", T, (52.27, -9.70)),
    ("Listowel", "IE", T, (52.45, -9.49)),
    ("Ballybunion", "IE", T, (52.51, -9.67)),
    ("Ballyheigue", "IE", T, (52.39, -9.83)),
    ("Killarney", "IE", T, (52.06, -9.51)),
    ("Cahersiveen", "IE", T, (51.95, -10.22)),
    ("Aran Islands", "IE", N),
    ("Salthill", "IE", T, (53.26, -9.07)),
    ("Donegal", "IE", A),
    ("Scotland", "GB", A),
])
add("b", """Mumbai rains: Andheri subway shut, local trains crawl as city records 250mm

MUMBAI: Heavy overnight rain brought Mumbai to a crawl on Tuesday, with waterlogging in Andheri, Kurla, Sion and Dadar and suburban trains running up to 40 minutes late on the Central and Harbour lines.

The IMD's Santacruz observatory recorded 254mm in the 24 hours to 8.30am, while Colaba recorded 118mm. The Andheri subway was closed to traffic for most of the day, and the BMC deployed pumps at Hindmata, King's Circle and Milan Subway.

Water entered homes in low-lying parts of Kurla along the Mithi river, which flowed close to the danger mark near Bandra-Kurla Complex. The civic body moved around 400 residents of Kranti Nagar to a municipal school as a precaution.

Neighbouring Thane saw 210mm of rain, and a wall collapse in Kalwa injured two people. Traffic on the Eastern Express Highway near Mulund and Vikhroli moved at a snail's pace, while commuters from Kalyan and Dombivli said they spent four hours getting to work.

In Navi Mumbai, the Vashi and Belapur nodes reported waterlogging, and in Palghar district, the Vasai-Virar municipal corporation asked schools to close. The IMD has issued an orange alert for Mumbai, Thane, Raigad and Ratnagiri for the next 48 hours, and a red alert for the ghat areas of Pune and Satara.

Vihar and Tulsi lakes, which supply part of the city's drinking water, are expected to overflow this week. Maharashtra's disaster management cell said NDRF teams had been positioned in Mahad and Chiplun in the Konkan, which were badly hit by floods in 2021.""", [
    ("MUMBAI", "IN", T, (19.08, 72.88)),
    ("Mumbai", "IN", T, (19.08, 72.88)),
    ("Navi Mumbai", "IN", T, (19.03, 73.03)),
    ("Andheri", "IN", T, (19.12, 72.85)),
    ("Kurla", "IN", T, (19.07, 72.88)),
    ("Bandra-Kurla Complex", "IN", N, (19.07, 72.86)),
    ("Sion", "IN", T, (19.04, 72.86)),
    ("Dadar", "IN", T, (19.02, 72.84)),
    ("Santacruz", "IN", T, (19.08, 72.84)),
    ("Colaba", "IN", T, (18.91, 72.81)),
    ("Hindmata", "IN", T, (19.00, 72.84)),
    ("King's Circle", "IN", T, (19.03, 72.86)),
    ("Milan Subway", "-", N),
    ("Mithi", "IN", N),
    ("Kranti Nagar", "IN", T, (19.07, 72.88)),
    ("Thane", "IN", T, (19.20, 72.97)),
    ("Kalwa", "IN", T, (19.20, 73.00)),
    ("Eastern Express Highway", "-", N),
    ("Mulund", "IN", T, (19.17, 72.96)),
    ("Vikhroli", "IN", T, (19.11, 72.93)),
    ("Kalyan", "IN", T, (19.24, 73.13)),
    ("Dombivli", "IN", T, (19.22, 73.09)),
    ("Vashi", "IN", T, (19.08, 73.00)),
    ("Belapur", "IN", T, (19.02, 73.04)),
    ("Palghar", "IN", A),
    ("Vasai-Virar", "IN", T, (19.40, 72.83)),
    ("Raigad", "IN", A),
    ("Ratnagiri", "IN", N),
    ("Pune", "IN", N),
    ("Satara", "IN", N),
    ("Vihar", "IN", N),
    ("Tulsi", "IN", N),
    ("Maharashtra", "IN", A),
    ("Mahad", "IN", T, (18.08, 73.42)),
    ("Chiplun", "IN", T, (17.53, 73.52)),
    ("Konkan", "IN", N),
])
add("b", """Typhoon leaves Bicol towns flooded, thousands in evacuation centers

LEGAZPI CITY, Philippines – Thousands of families remained in evacuation centers across Bicol on Monday, October 27, after Typhoon Kristine dumped record rain on the region and sent mudflows down the slopes of Mayon Volcano.

In Albay, the provincial disaster office said more than 18,000 families had been evacuated in Legazpi, Daraga, Guinobatan and Camalig, where lahar buried portions of the national highway. Tabaco City and the town of Malilipot declared a state of calamity.

Camarines Sur was hardest hit. Floodwaters in Naga City reached the second floors of houses in Barangay Triangulo and along the Bicol River, and residents of Bula, Pili and Libmanan waited on rooftops for rescue. "We have nothing left, not even rice," said Josefina Iriga, a market vendor in Naga.

The Philippine Coast Guard suspended sea trips from Tabaco and Matnog to Catanduanes, Samar and Masbate, leaving hundreds of trucks stranded at the Matnog port in Sorsogon. Virac, the capital of Catanduanes, lost power as the typhoon made landfall.

The Department of Social Welfare and Development said relief packs were being flown from Manila to Legazpi. Relief convoys from Quezon and Camarines Norte were delayed by landslides along the Maharlika Highway near Sipocot.

PAGASA said Kristine had exited the Philippine Area of Responsibility over the West Philippine Sea on Sunday night, but that another weather disturbance east of Luzon could bring more rain to Bicol and Eastern Visayas later in the week.""", [
    ("LEGAZPI CITY", "PH", T, (13.14, 123.73)),
    ("Philippines", "PH", C),
    ("Philippine", "PH", Q),
    ("Bicol", "PH", N),
    ("Bicol River", "PH", N),
    ("Mayon Volcano", "PH", N),
    ("Albay", "PH", A),
    ("Legazpi", "PH", T, (13.14, 123.73)),
    ("Daraga", "PH", T, (13.15, 123.71)),
    ("Guinobatan", "PH", T, (13.19, 123.60)),
    ("Camalig", "PH", T, (13.18, 123.65)),
    ("Tabaco City", "PH", T, (13.36, 123.73)),
    ("Tabaco", "PH", T, (13.36, 123.73)),
    ("Malilipot", "PH", T, (13.32, 123.74)),
    ("Camarines Sur", "PH", A),
    ("Naga City", "PH", T, (13.62, 123.19)),
    ("Naga", "PH", T, (13.62, 123.19)),
    ("Triangulo", "PH", T, (13.62, 123.19)),
    ("Bula", "PH", T, (13.47, 123.28)),
    ("Pili", "PH", T, (13.58, 123.30)),
    ("Libmanan", "PH", T, (13.69, 123.06)),
    ("Josefina Iriga", "-", N),
    ("Philippine Coast Guard", "PH", Q),
    ("Matnog", "PH", T, (12.59, 124.09)),
    ("Catanduanes", "PH", A),
    ("Samar", "PH", N),
    ("Masbate", "PH", N),
    ("Sorsogon", "PH", A),
    ("Virac", "PH", T, (13.58, 124.23)),
    ("Manila", "PH", T, (14.60, 120.98)),
    ("Quezon", "PH", A),
    ("Camarines Norte", "PH", A),
    ("Maharlika Highway", "-", N),
    ("Sipocot", "PH", T, (13.77, 122.98)),
    ("Philippine Area of Responsibility", "PH", Q),
    ("West Philippine Sea", "PH", N),
    ("Luzon", "PH", N),
    ("Eastern Visayas", "PH", A),
])

add("b", """Twelve dead as bus and tanker collide on Accra-Kumasi highway

By Kofi Owusu-Ansah

Twelve people died on Saturday when a passenger bus travelling from Accra to Kumasi collided head-on with a fuel tanker at Apedwa, on the Accra-Kumasi highway in the Eastern Region.

The Ghana National Fire Service said the tanker, which was heading south from Kumasi, veered into the path of the bus on a bend near the Apedwa toll booth at about 5am. Both vehicles caught fire.

Eight of the injured were taken to the Kibi Government Hospital and later transferred to the Eastern Regional Hospital in Koforidua. Two critically injured passengers were flown to the Komfo Anokye Teaching Hospital in Kumasi.

Traffic on the highway was held up for more than six hours, with vehicles backed up to Bunso in one direction and Suhum in the other. Drivers heading to Accra were diverted through Kibi and Anyinam.

The Apedwa-Bunso stretch has been described by the National Road Safety Authority as one of the deadliest sections of the N6, along with the stretches at Nkawkaw, Konongo and Ejisu in the Ashanti Region.

"We buried three people from this town last year from the same bend," said Nana Kwaku Tetteh, an elder in Apedwa.

The Eastern Regional Police Commander said the tanker driver, who survived with burns, had been arrested. The Minister for Roads and Highways said work on the dualisation of the highway between Suhum and Nkawkaw would resume in March, after delays caused by compensation disputes with landowners in the Kwahu area.

Relatives of the dead gathered at the Suhum Government Hospital mortuary on Sunday.""", [
    ("Accra", "GH", T, (5.56, -0.20)),
    ("Kumasi", "GH", T, (6.69, -1.62)),
    ("Apedwa", "GH", T, (6.13, -0.49)),
    ("Eastern Region", "GH", A),
    ("Ghana National Fire Service", "GH", Q),
    ("Kibi Government Hospital", "-", N),
    ("Kibi", "GH", T, (6.17, -0.55)),
    ("Eastern Regional Hospital", "-", N),
    ("Koforidua", "GH", T, (6.09, -0.26)),
    ("Komfo Anokye Teaching Hospital", "-", N),
    ("Bunso", "GH", T, (6.28, -0.46)),
    ("Suhum", "GH", T, (6.04, -0.45)),
    ("Suhum Government Hospital", "-", N),
    ("Anyinam", "GH", T, (6.38, -0.55)),
    ("Nkawkaw", "GH", T, (6.55, -0.77)),
    ("Konongo", "GH", T, (6.62, -1.21)),
    ("Ejisu", "GH", T, (6.72, -1.47)),
    ("Ashanti Region", "GH", A),
    ("Kwahu", "GH", N),
])
add("b", """Two injured as fire guts Byron townhouse complex; arson suspected

LONDON, Ont. - Two people were taken to hospital and more than 30 residents left homeless after a fire tore through a townhouse complex in Byron early Sunday, and London police say the blaze is being treated as suspicious.

Crews were called to the complex near Boler Road and Commissioners Road just after 3 a.m. and found flames coming from three units. Eighteen trucks and 60 firefighters from across London, including stations in Hyde Park and Lambeth, fought the fire for five hours.

A man in his 40s was taken to Victoria Hospital with serious burns, and a woman was treated for smoke inhalation. The Red Cross is helping displaced families, some of whom have been put up in hotels on Wellington Road.

The deputy fire chief said investigators from the Ontario Fire Marshal's office had been called in. Damage is estimated at $4 million.

It is the third suspicious fire in the city's west end this year, after blazes at a vacant house near Oakridge and a barn on the edge of the city near Komoka. Police are also investigating a string of car fires in St. Thomas and Strathroy.

Residents said the complex had been the subject of complaints about squatters. "We kept calling the city," said Marnie Woodstock, whose unit was destroyed. "Nobody came."

London police ask anyone with information to call Crime Stoppers. Fire officials in Middlesex and Elgin counties have reminded residents to check smoke alarms after a spike in fatal fires across southwestern Ontario, including deaths in Sarnia, Woodstock and Ingersoll since January.

The Thames Valley District School Board said students from the complex who attend schools in Byron and Westmount would be bused from their temporary homes.""", [
    ("LONDON", "CA", T, (42.98, -81.25)),
    ("Ont", "CA", A),
    ("London", "CA", T, (42.98, -81.25)),
    ("Byron", "CA", T, (42.96, -81.33)),
    ("Boler Road", "-", N),
    ("Commissioners Road", "-", N),
    ("Hyde Park", "CA", T, (43.01, -81.34)),
    ("Lambeth", "CA", T, (42.90, -81.32)),
    ("Victoria Hospital", "-", N),
    ("Wellington Road", "-", N),
    ("Ontario Fire Marshal", "CA", Q),
    ("Oakridge", "CA", T, (42.98, -81.32)),
    ("Komoka", "CA", T, (42.95, -81.43)),
    ("St. Thomas", "CA", T, (42.78, -81.18)),
    ("Strathroy", "CA", T, (42.96, -81.62)),
    ("Marnie Woodstock", "-", N),
    ("Woodstock#2", "CA", T, (43.13, -80.75)),
    ("Middlesex", "CA", A),
    ("Elgin", "CA", A),
    ("Ontario", "CA", A),
    ("Sarnia", "CA", T, (42.97, -82.40)),
    ("Ingersoll", "CA", T, (43.04, -80.88)),
    ("Thames Valley District School Board", "CA", Q),
    ("Westmount", "CA", T, (42.95, -81.29)),
])

add("b", """Mombasa court jails three over Likoni ferry robberies

By Juma Mwakasi

A Mombasa court has sentenced three men to 15 years each for a string of violent robberies targeting commuters at the Likoni ferry crossing.

The Mombasa chief magistrate said the three, arrested in Mtongwe in March, had attacked passengers disembarking on the mainland side at night, stealing phones and cash. One victim, a nurse from Ukunda, was stabbed.

The court heard the gang also operated along the Mombasa-Lunga Lunga road, targeting boda boda riders in Kwale County between Ukunda, Msambweni and Shimoni. Police recovered stolen phones in Changamwe and Mtwapa and a motorcycle in Kilifi.

The prosecution said one of the accused had previous convictions in Malindi and had been released from Shimo la Tewa prison last year. Their defence lawyer said his clients, from Likoni and Kisauni, had been "unfairly profiled" and said he would appeal at the High Court in Mombasa.

The Coast regional police commander said robberies around the ferry had fallen since the opening of the Dongo Kundu bypass, which links Miritini to the south coast, and the Likoni floating bridge. But he warned of rising cases in Nyali, Bamburi and Diani, where tourists have been targeted.

Separately, a court in Voi has charged four people over the theft of fuel from tankers on the Mombasa-Nairobi highway near Mariakani and Mackinnon Road. Kenya Ports Authority said cargo thefts at the port had also dropped.

The three convicts were taken to Shimo la Tewa to begin their sentences.""", [
    ("Mombasa", "KE", T, (-4.05, 39.67)),
    ("Likoni", "KE", T, (-4.08, 39.66)),
    ("Mtongwe", "KE", T, (-4.09, 39.62)),
    ("Ukunda", "KE", T, (-4.29, 39.57)),
    ("Lunga Lunga", "KE", T, (-4.55, 39.12)),
    ("Kwale County", "KE", A),
    ("Msambweni", "KE", T, (-4.47, 39.48)),
    ("Shimoni", "KE", T, (-4.65, 39.38)),
    ("Changamwe", "KE", T, (-4.03, 39.62)),
    ("Mtwapa", "KE", T, (-3.94, 39.74)),
    ("Kilifi", "KE", N),
    ("Malindi", "KE", T, (-3.22, 40.12)),
    ("Shimo la Tewa", "KE", Q),
    ("Kisauni", "KE", T, (-4.01, 39.70)),
    ("Coast", "KE", N),
    ("Dongo Kundu", "KE", Q),
    ("Miritini", "KE", T, (-3.99, 39.59)),
    ("Nyali", "KE", T, (-4.04, 39.71)),
    ("Bamburi", "KE", T, (-3.99, 39.72)),
    ("Diani", "KE", T, (-4.32, 39.58)),
    ("Voi", "KE", T, (-3.40, 38.56)),
    ("Nairobi", "KE", T, (-1.29, 36.82)),
    ("Mariakani", "KE", T, (-3.86, 39.47)),
    ("Mackinnon Road", "KE", T, (-3.73, 39.04)),
    ("Kenya Ports Authority", "KE", Q),
])
add("b", """Blairgowrie driver who killed cyclist on A9 jailed for six years

By Jamie Buchan

A driver who was on his phone when he struck and killed a cyclist on the A9 near Dunkeld has been jailed for six years at the High Court in Perth.

Callum Hamilton, 29, from Blairgowrie, admitted causing death by dangerous driving. The court heard he had been scrolling social media while travelling north from Perth at 70mph when his van hit Graham Menzies, 58, a retired teacher from Pitlochry, near the Birnam junction last June.

Mr Menzies had been cycling from his home to meet friends in Aberfeldy. Emergency services from Perth and Dunkeld attended, but he died at the scene. The road between Perth and Pitlochry was closed for eight hours.

The judge told Hamilton that drivers on the A9 "owe a duty to every other road user between Perth and Inverness". He was also banned from driving for ten years.

Outside court, Mr Menzies' daughter, who travelled from Glasgow, urged the Scottish Government to complete dualling of the road. Campaigners in Perth and Kinross have long called the single-carriageway sections north of Dunkeld and around Killiecrankie a death trap.

Police Scotland said fatal collisions on roads across Tayside, including the A90 between Perth and Dundee and the A85 through Crieff, had risen this year. Officers held a road safety event in Scone and Auchterarder last month.

Perth and Kinross Council leader said the case showed the need for average speed cameras on the A93 to Blairgowrie and the A822 through the Sma' Glen. Transport Scotland said work on the next section of the A9 dual carriageway, between Tay Crossing and Ballinluig, would start next year.""", [
    ("Blairgowrie", "GB", T, (56.59, -3.34)),
    ("Perth", "GB", T, (56.40, -3.43)),
    ("Perth and Kinross", "GB", A),
    ("Perth and Kinross Council", "GB", Q),
    ("Dunkeld", "GB", T, (56.57, -3.59)),
    ("Hamilton", "-", N),
    ("Pitlochry", "GB", T, (56.70, -3.73)),
    ("Birnam", "GB", T, (56.56, -3.58)),
    ("Aberfeldy", "GB", T, (56.62, -3.87)),
    ("Inverness", "GB", T, (57.48, -4.22)),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Scottish", "GB", Q),
    ("Killiecrankie", "GB", T, (56.74, -3.77)),
    ("Police Scotland", "GB", Q),
    ("Transport Scotland", "GB", Q),
    ("Tayside", "GB", N),
    ("Dundee", "GB", T, (56.46, -2.97)),
    ("Crieff", "GB", T, (56.37, -3.84)),
    ("Scone", "GB", T, (56.42, -3.40)),
    ("Auchterarder", "GB", T, (56.30, -3.70)),
    ("Sma' Glen", "GB", N),
    ("Tay Crossing", "GB", Q),
    ("Ballinluig", "GB", T, (56.65, -3.66)),
])
add("b", """Windstorm knocks out power to 150,000 on Vancouver Island

VICTORIA - More than 150,000 BC Hydro customers on southern Vancouver Island were without power Wednesday after a windstorm brought gusts of up to 110 km/h to Greater Victoria, toppling trees onto homes and closing the Malahat.

Saanich police said a tree crushed a car on Cedar Hill Cross Road, sending the driver to Royal Jubilee Hospital with minor injuries. In Oak Bay, waves pushed logs and debris onto Beach Drive, and Dallas Road in James Bay was closed to traffic for most of the day.

The Trans-Canada Highway over the Malahat was shut for six hours after several trees came down near Goldstream Provincial Park, cutting off commuters between Victoria and the Cowichan Valley. Drivers from Duncan and Mill Bay were told to avoid travel.

In the West Shore, Langford, Colwood and View Royal reported dozens of downed lines, and Metchosin and Sooke were among the last areas to get power back. BC Ferries cancelled sailings between Swartz Bay and Tsawwassen, as well as to Salt Spring Island and the other southern Gulf Islands.

Victoria International Airport in North Saanich saw several flights cancelled. Sidney's mayor said a dock at the Port Sidney marina had been damaged.

Up the island, Nanaimo and Parksville also lost power, and crews from the Lower Mainland were sent over to help. Environment Canada said gusts reached 124 km/h at Race Rocks in the Strait of Juan de Fuca.

Esquimalt's fire chief urged residents not to approach downed lines. Another storm is forecast for the weekend.""", [
    ("VICTORIA", "CA", T, (48.43, -123.37)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Greater Victoria", "CA", N, (48.43, -123.37)),
    ("Victoria International Airport", "-", N),
    ("BC Hydro", "-", N),
    ("Vancouver Island", "CA", N),
    ("Malahat", "CA", N),
    ("Saanich", "CA", T, (48.48, -123.38)),
    ("North Saanich", "CA", T, (48.66, -123.42)),
    ("Cedar Hill Cross Road", "-", N),
    ("Royal Jubilee Hospital", "-", N),
    ("Oak Bay", "CA", T, (48.43, -123.32)),
    ("Beach Drive", "-", N),
    ("Dallas Road", "-", N),
    ("James Bay", "CA", T, (48.41, -123.37)),
    ("Trans-Canada Highway", "-", N),
    ("Goldstream Provincial Park", "CA", N),
    ("Cowichan Valley", "CA", A),
    ("Duncan", "CA", T, (48.78, -123.71)),
    ("Mill Bay", "CA", T, (48.65, -123.55)),
    ("West Shore", "CA", N),
    ("Langford", "CA", T, (48.45, -123.50)),
    ("Colwood", "CA", T, (48.42, -123.49)),
    ("View Royal", "CA", T, (48.45, -123.43)),
    ("Metchosin", "CA", T, (48.38, -123.54)),
    ("Sooke", "CA", T, (48.37, -123.73)),
    ("BC Ferries", "-", N),
    ("Swartz Bay", "CA", T, (48.69, -123.41)),
    ("Tsawwassen", "CA", T, (49.01, -123.08)),
    ("Salt Spring Island", "CA", N),
    ("Gulf Islands", "CA", N),
    ("Sidney", "CA", T, (48.65, -123.40)),
    ("Port Sidney", "-", N),
    ("Nanaimo", "CA", T, (49.17, -123.94)),
    ("Parksville", "CA", T, (49.32, -124.32)),
    ("Lower Mainland", "CA", N),
    ("Environment Canada", "CA", Q),
    ("Race Rocks", "CA", N),
    ("Strait of Juan de Fuca", "*", N),
    ("Esquimalt", "CA", T, (48.43, -123.41)),
])

add("b", """Flash floods hit Bukit Timah, Tampines after intense afternoon downpour

SINGAPORE - Flash floods struck several parts of Singapore on Friday afternoon after more than 120mm of rain fell in three hours, the highest daily total in April since records began in 1980.

National water agency PUB said floods were reported along Upper Bukit Timah Road, Dunearn Road and Jalan Jurong Kechil, with water reaching knee height at some junctions. Motorists were stranded near the Bukit Timah Railway Station bridge and outside Sixth Avenue.

In the east, floodwaters swamped a carpark in Tampines and a section of Pasir Ris Drive 12, while residents of Bedok North said drains overflowed within 20 minutes. Traffic on the Pan-Island Expressway near Toa Payoh and Bishan crawled for two hours.

Videos on social media showed cars submerged outside a condominium in Clementi and children wading through water in Jurong West. The Singapore Civil Defence Force said it rescued two people from a vehicle in Ang Mo Kio.

PUB said the heavy rain was caused by a Sumatra squall moving east from Indonesia across the Strait of Malacca. Similar storms caused floods across the Causeway in Johor Bahru and parts of southern Johor in Malaysia.

The Meteorological Service Singapore said more thundery showers were expected over the next week in the north and west of the island, including Woodlands, Yishun and Choa Chu Kang.

A Minister of State for Sustainability and the Environment said PUB was raising roads and widening canals in flood-prone areas such as Bukit Timah and Orchard Road, and that drainage works near Stamford Canal and in Changi would be completed by 2027.""", [
    ("SINGAPORE", "SG", N),
    ("Singapore", "SG", N),
    ("Singapore Civil Defence Force", "SG", Q),
    ("Meteorological Service Singapore", "SG", Q),
    ("Bukit Timah", "SG", T, (1.33, 103.79)),
    ("Upper Bukit Timah Road", "-", N),
    ("Bukit Timah Railway Station", "-", N),
    ("Dunearn Road", "-", N),
    ("Jalan Jurong Kechil", "-", N),
    ("Sixth Avenue", "-", N),
    ("Tampines", "SG", T, (1.35, 103.94)),
    ("Pasir Ris Drive 12", "-", N),
    ("Bedok North", "SG", T, (1.33, 103.93)),
    ("Pan-Island Expressway", "-", N),
    ("Toa Payoh", "SG", T, (1.33, 103.85)),
    ("Bishan", "SG", T, (1.35, 103.85)),
    ("Clementi", "SG", T, (1.32, 103.76)),
    ("Jurong West", "SG", T, (1.34, 103.71)),
    ("Ang Mo Kio", "SG", T, (1.37, 103.85)),
    ("Sumatra", "ID", N),
    ("Indonesia", "ID", C),
    ("Strait of Malacca", "*", N),
    ("Causeway", "*", Q),
    ("Johor Bahru", "MY", T, (1.47, 103.76)),
    ("Johor", "MY", A),
    ("Malaysia", "MY", C),
    ("Woodlands", "SG", T, (1.44, 103.79)),
    ("Yishun", "SG", T, (1.43, 103.84)),
    ("Choa Chu Kang", "SG", T, (1.38, 103.75)),
    ("Orchard Road", "-", N),
    ("Stamford Canal", "SG", Q),
    ("Changi", "SG", T, (1.36, 103.99)),
])
add("b", """Fog and smog: eight killed in motorway pile-up near Sheikhupura

LAHORE: Eight people were killed and more than 30 injured when around two dozen vehicles collided in dense fog on the M-2 motorway near Sheikhupura early on Thursday, as smog continued to blanket much of Punjab.

Motorway Police said visibility had dropped to less than 10 metres between Lahore and Pindi Bhattian when a coach travelling from Islamabad ran into a stalled trailer. The injured were taken to the District Headquarters Hospital in Sheikhupura and to Mayo Hospital in Lahore.

The motorway was closed from Lahore to Kot Momin for most of the day, and the M-3 to Faisalabad and Multan was also shut intermittently. The National Highway Authority advised drivers heading to Gujranwala and Sialkot to use the GT Road.

Lahore's air quality index crossed 600 on Wednesday night, making it the most polluted city in the world for the third time this month. The Punjab government has closed schools in Lahore, Gujranwala, Faisalabad and Multan divisions until Sunday and banned construction work in Kasur, Sheikhupura and Nankana Sahib.

Officials blame crop-residue burning in Punjab on both sides of the border, along with vehicle emissions and brick kilns. The provincial environment minister said satellite images showed fires in the Indian districts of Amritsar, Tarn Taran and Ferozepur, and that winds were carrying smoke over the Wagah border into Lahore.

Residents of Shahdara and Raiwind, on the city's outskirts near the Ravi, complained of breathing problems. Doctors at Services Hospital said respiratory cases had doubled in a week.

The Met Office forecast no rain in Lahore, Okara and Sahiwal before next week.""", [
    ("LAHORE", "PK", T, (31.55, 74.34)),
    ("Lahore#1,2,3,4,6,7", "PK", T, (31.55, 74.34)),
    ("Lahore#5", "PK", N),
    ("Sheikhupura#1,2,3", "PK", T, (31.71, 73.99)),
    ("Sheikhupura#4", "PK", N),
    ("Punjab#1,2", "PK", A),
    ("Punjab#3", "*", N),
    ("Pindi Bhattian", "PK", T, (31.90, 73.27)),
    ("Islamabad", "PK", T, (33.69, 73.06)),
    ("Mayo Hospital", "-", N),
    ("Kot Momin", "PK", T, (32.19, 73.03)),
    ("Faisalabad", "PK", N),
    ("Multan", "PK", N),
    ("Gujranwala", "PK", N),
    ("Sialkot", "PK", T, (32.49, 74.53)),
    ("GT Road", "-", N),
    ("Kasur", "PK", N),
    ("Nankana Sahib", "PK", N),
    ("Indian", "IN", Q),
    ("Amritsar", "IN", N),
    ("Tarn Taran", "IN", N),
    ("Ferozepur", "IN", N),
    ("Wagah", "PK|IN", N),
    ("Shahdara", "PK", T, (31.62, 74.28)),
    ("Raiwind", "PK", T, (31.25, 74.22)),
    ("Ravi", "*", N),
    ("Services Hospital", "-", N),
    ("Okara", "PK", T, (30.81, 73.45)),
    ("Sahiwal", "PK", T, (30.66, 73.11)),
])
# ---------------------------------------------------------------- genre c: sport, culture, business
add("c", """Cambridge stun Hamilton Old Boys to book Waikato club final

By Aaron Tipene

Cambridge will play their first Waikato premier club rugby final in 14 years after a 27-24 win over defending champions Hamilton Old Boys on Saturday.

In front of more than 2000 people at their home ground, the Cambridge side came back from 17-3 down at halftime. Winger Jordan Raglan, who moved to the town from Te Awamutu this season, scored two tries in the last 15 minutes.

"Half of Cambridge was here today - farmers from Karapiro and Leamington, kids from the high school, the lot," said coach Mike Tauroa.

They will meet Fraser Tech, who beat Morrinsville Sports 31-12 at Morrinsville, in the final at FMG Stadium Waikato in Hamilton next Saturday.

The semi-finals drew players from across the region. Old Boys had called in two Chiefs squad members from Tauranga and Rotorua, while Cambridge fielded a front row that commutes from Matamata and Putāruru.

Waikato Rugby Union chief executive Tania Walsh said club numbers had risen 12 per cent this year, with new teams in Huntly, Ngāruawāhia and Thames, and a women's competition including sides from Ōtorohanga, Te Kūiti and Tokoroa.

Raglan, the surf town on the west coast, will host the under-85kg final, while the Hamilton Boys' High School first XV plays a curtain-raiser against Auckland Grammar.

Tickets are on sale from the union's office in Hamilton and at the Cambridge Town Hall.""", [
    ("Cambridge#1,2,3,5", "NZ", Q),
    ("Cambridge#4", "NZ", T, (-37.88, 175.47)),
    ("Cambridge Town Hall", "-", N),
    ("Hamilton Old Boys", "-", N),
    ("Hamilton Boys' High School", "-", N),
    ("Hamilton", "NZ", T, (-37.79, 175.28)),
    ("Waikato", "NZ", A),
    ("FMG Stadium Waikato", "-", N),
    ("Waikato Rugby Union", "NZ", Q),
    ("Jordan Raglan", "-", N),
    ("Raglan#2", "NZ", T, (-37.80, 174.87)),
    ("Te Awamutu", "NZ", T, (-38.01, 175.32)),
    ("Karapiro", "NZ", T, (-37.92, 175.54)),
    ("Leamington", "NZ", T, (-37.90, 175.47)),
    ("Morrinsville Sports", "-", N),
    ("Morrinsville", "NZ", T, (-37.66, 175.53)),
    ("Tauranga", "NZ", T, (-37.69, 176.17)),
    ("Rotorua", "NZ", T, (-38.14, 176.25)),
    ("Matamata", "NZ", T, (-37.81, 175.77)),
    ("Putāruru", "NZ", T, (-38.05, 175.78)),
    ("Huntly", "NZ", T, (-37.56, 175.16)),
    ("Ngāruawāhia", "NZ", T, (-37.67, 175.15)),
    ("Thames", "NZ", T, (-37.14, 175.54)),
    ("Ōtorohanga", "NZ", T, (-38.19, 175.21)),
    ("Te Kūiti", "NZ", T, (-38.33, 175.16)),
    ("Tokoroa", "NZ", T, (-38.22, 175.87)),
    ("Auckland Grammar", "-", N),
])
add("c", """Kingston rowers and Richmond swimmers: Thames regatta returns after three-year gap

By Olivia Marsh

The Kingston Amateur Regatta returns to the Thames this weekend for the first time since 2022, with more than 900 crews expected on the river between Kingston Bridge and Hampton Wick.

Organisers said entries had come from clubs in Putney, Chiswick, Barnes and Henley, as well as from Oxford, Cambridge and as far away as Durham and Edinburgh. Kingston Rowing Club, which hosts the event, has spent £80,000 repairing its boathouse after floods last year.

The regatta is one of several events bringing crowds to the riverside this summer. Richmond's open water festival will see swimmers race from Teddington Lock to Ham and Petersham on July 20, and Twickenham's Eel Pie Island will open its artists' studios to the public the same weekend.

The leader of Kingston upon Thames council said the events were worth more than £2m to businesses in the town centre and in Surbiton. Richmond upon Thames council has asked for extra trains from Waterloo to Teddington, Twickenham and Strawberry Hill, and South Western Railway said it would add carriages on the Shepperton and Hampton Court lines.

Police have warned spectators not to swim near the weir at Molesey, where a teenager drowned two summers ago. The Port of London Authority said the river would be closed to pleasure boats between Hampton Court and Richmond Bridge on Saturday afternoon.

Finals begin at 2pm on Sunday, followed by fireworks over Canbury Gardens.""", [
    ("Kingston#1", "GB", T, (51.41, -0.30)),
    ("Kingston Amateur Regatta", "GB", Q),
    ("Kingston Bridge", "GB", Q),
    ("Kingston Rowing Club", "-", N),
    ("Kingston upon Thames", "GB", A),
    ("Richmond upon Thames", "GB", A),
    ("Richmond#1,2", "GB", T, (51.46, -0.30)),
    ("Richmond Bridge", "GB", Q),
    ("Thames#1,2", "GB", N),
    ("Hampton Wick", "GB", T, (51.41, -0.31)),
    ("Putney", "GB", T, (51.46, -0.22)),
    ("Chiswick", "GB", T, (51.49, -0.26)),
    ("Barnes", "GB", T, (51.47, -0.25)),
    ("Henley", "GB", T, (51.54, -0.90)),
    ("Oxford", "GB", T, (51.75, -1.26)),
    ("Cambridge", "GB", T, (52.20, 0.12)),
    ("Durham", "GB", T, (54.78, -1.58)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("Teddington Lock", "GB", N),
    ("Teddington", "GB", T, (51.42, -0.33)),
    ("Ham", "GB", T, (51.44, -0.31)),
    ("Petersham", "GB", T, (51.44, -0.30)),
    ("Twickenham", "GB", T, (51.45, -0.33)),
    ("Eel Pie Island", "GB", N),
    ("Surbiton", "GB", T, (51.39, -0.30)),
    ("Waterloo", "GB", Q),
    ("Strawberry Hill", "GB", T, (51.44, -0.34)),
    ("Shepperton", "GB", Q),
    ("Hampton Court#1", "GB", Q),
    ("Hampton Court#2", "GB", N),
    ("Molesey", "GB", T, (51.40, -0.36)),
    ("Port of London Authority", "GB", Q),
    ("Canbury Gardens", "GB", Q),
])
add("c", """Wellington market hall to reopen as food hub after £1.5m makeover

By Lisa O'Brien

Wellington's Victorian market hall will reopen next month as a food and craft hub, with 28 traders signed up from across Telford and Shropshire.

The market, which closed in 2023 after its roof was found to be unsafe, has been refurbished with money from the government's towns fund and from Telford & Wrekin Council. Traders include a cheesemaker from Newport, a baker from Ironbridge and a coffee roaster who started out in a garage in Oakengates.

"People used to come in from Shrewsbury and even Wolverhampton for Wellington market on a Thursday. We want that back," said market manager Sue Donnington.

The council said footfall in the town had fallen as shoppers turned to Telford town centre and to retail parks in Shrewsbury. It hopes the hub will draw walkers who climb The Wrekin, the hill that overlooks the town, and tourists heading for the Ironbridge Gorge museums.

Other stallholders have travelled further. A lamb producer from Welshpool, across the Welsh border in Powys, and an oatcake maker from Stoke-on-Trent have taken units, while a Ludlow butcher will run a Saturday stall.

Wellington's town mayor said the reopening was part of a wider plan that includes a new cinema in Madeley and better bus links to Dawley, Donnington and Hadley.

The market will open on the first Thursday of next month, with a brass band from Much Wenlock and a farmers' market in the square. Parking will be free in council car parks in the town for the opening weekend.""", [
    ("Wellington", "GB", T, (52.70, -2.52)),
    ("Victorian", "-", N),
    ("Telford", "GB", T, (52.68, -2.45)),
    ("Telford & Wrekin Council", "GB", Q),
    ("Shropshire", "GB", A),
    ("Newport", "GB", T, (52.77, -2.38)),
    ("Ironbridge", "GB", T, (52.63, -2.49)),
    ("Ironbridge Gorge", "GB", N),
    ("Oakengates", "GB", T, (52.69, -2.45)),
    ("Shrewsbury", "GB", T, (52.71, -2.75)),
    ("Wolverhampton", "GB", T, (52.59, -2.13)),
    ("Sue Donnington", "-", N),
    ("Donnington#2", "GB", T, (52.72, -2.43)),
    ("The Wrekin", "GB", N),
    ("Welshpool", "GB", T, (52.66, -3.15)),
    ("Welsh", "GB", Q),
    ("Powys", "GB", A),
    ("Stoke-on-Trent", "GB", T, (53.00, -2.18)),
    ("Ludlow", "GB", T, (52.37, -2.72)),
    ("Madeley", "GB", T, (52.64, -2.45)),
    ("Dawley", "GB", T, (52.66, -2.47)),
    ("Hadley", "GB", T, (52.71, -2.48)),
    ("Much Wenlock", "GB", T, (52.60, -2.56)),
])

add("c", """Fringe World opens with record 800 shows across Perth and the regions

By Hannah Coombes

Fringe World kicked off on Friday night with a parade through Northbridge, as organisers unveiled a record program of more than 800 shows across Perth and regional Western Australia.

The festival, now in its 14th year, will run for a month at venues from the Perth Cultural Centre to pop-up tents in Fremantle, Scarborough and Joondalup. For the first time, shows will also tour to Mandurah, Rockingham, Bunbury and Albany.

The festival director said ticket sales were up 15 per cent on last year, with strong demand from visitors from Melbourne, Sydney and Adelaide as well as from Singapore. "People are flying in for a long weekend in Perth and catching five shows," she said.

The main hub, the Pleasure Garden in Russell Square, has been expanded, and a new venue will operate on a barge moored on the Swan River near Elizabeth Quay. Comedy shows will play at the Rechabite in William Street and in Subiaco and Leederville.

Performers from Kalgoorlie, Geraldton and Broome are taking part through a regional program funded by the state government, while the Margaret River and Busselton councils have booked touring shows for their own summer festivals.

Traffic restrictions will be in place in Northbridge on Friday and Saturday nights. Transperth is running extra trains on the Joondalup and Mandurah lines, and ferries will run late from Rottnest Island and South Perth.

Tickets for most shows cost between $20 and $40.""", [
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Perth Cultural Centre", "AU", Q),
    ("South Perth", "AU", T, (-31.98, 115.86)),
    ("Northbridge", "AU", T, (-31.95, 115.85)),
    ("Western Australia", "AU", A),
    ("Fremantle", "AU", T, (-32.06, 115.75)),
    ("Scarborough", "AU", T, (-31.89, 115.76)),
    ("Joondalup#1", "AU", T, (-31.74, 115.77)),
    ("Joondalup#2", "AU", Q),
    ("Mandurah#1", "AU", T, (-32.53, 115.72)),
    ("Mandurah#2", "AU", Q),
    ("Rockingham", "AU", T, (-32.28, 115.73)),
    ("Bunbury", "AU", T, (-33.33, 115.64)),
    ("Albany", "AU", T, (-35.02, 117.88)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Adelaide", "AU", T, (-34.93, 138.60)),
    ("Singapore", "SG", N),
    ("Russell Square", "AU", Q),
    ("Swan River", "AU", N),
    ("Elizabeth Quay", "AU", Q),
    ("William Street", "-", N),
    ("Subiaco", "AU", T, (-31.95, 115.82)),
    ("Leederville", "AU", T, (-31.94, 115.84)),
    ("Kalgoorlie", "AU", T, (-30.75, 121.47)),
    ("Geraldton", "AU", T, (-28.78, 114.61)),
    ("Broome", "AU", T, (-17.96, 122.24)),
    ("Margaret River", "AU", T, (-33.96, 115.08)),
    ("Busselton", "AU", T, (-33.65, 115.35)),
    ("Rottnest Island", "AU", N),
])
add("c", """Kotoko edge Hearts in Kumasi as Berekum Chelsea stay top

KUMASI: Asante Kotoko beat arch-rivals Accra Hearts of Oak 1-0 at the Baba Yara Sports Stadium on Sunday to move within two points of Ghana Premier League leaders Berekum Chelsea.

A second-half header from Kotoko's Ivorian defender settled the "Super Clash" in front of a sell-out crowd of 40,000 supporters, many of whom had travelled from Obuasi, Konongo and Mampong in the Ashanti Region. Hearts, who brought hundreds of fans by bus from Accra and Tema, had a late penalty appeal turned down.

Kotoko's head coach said the win was "for the people of Kumasi". His Hearts counterpart complained about the state of the pitch.

Elsewhere, Berekum Chelsea came from behind to beat Medeama SC 2-1 at the Golden City Park in Berekum, in the Bono Region, with striker Kofi Tamale scoring twice. Medeama, based in Tarkwa, remain fourth.

In Sunyani, Bofoakwa Tano drew 0-0 with Bechem United, while Legon Cities lost 3-1 to Nations FC at the Accra Sports Stadium. Heart of Lions were beaten 2-0 by Dreams FC in Dawu, in the Eastern Region.

The league breaks next weekend for World Cup qualifiers. Ghana's Black Stars face Chad at the stadium in Cape Coast before travelling to Bamako to meet Mali.""", [
    ("KUMASI", "GH", T, (6.69, -1.62)),
    ("Kumasi", "GH", T, (6.69, -1.62)),
    ("Asante Kotoko", "-", N),
    ("Accra Hearts of Oak", "-", N),
    ("Ghana Premier League", "GH", Q),
    ("Ghana", "GH", C),
    ("Berekum Chelsea", "-", N),
    ("Berekum", "GH", T, (7.45, -2.58)),
    ("Ivorian", "CI", Q),
    ("Obuasi", "GH", T, (6.20, -1.67)),
    ("Konongo", "GH", T, (6.62, -1.21)),
    ("Mampong", "GH", T, (7.06, -1.40)),
    ("Ashanti Region", "GH", A),
    ("Accra", "GH", T, (5.56, -0.20)),
    ("Accra Sports Stadium", "-", N),
    ("Tema", "GH", T, (5.67, -0.02)),
    ("Bono Region", "GH", A),
    ("Kofi Tamale", "-", N),
    ("Tarkwa", "GH", T, (5.30, -1.99)),
    ("Sunyani", "GH", T, (7.34, -2.33)),
    ("Bofoakwa Tano", "-", N),
    ("Bechem United", "-", N),
    ("Legon Cities", "-", N),
    ("Dawu", "GH", T, (5.96, -0.12)),
    ("Eastern Region", "GH", A),
    ("Chad", "TD", C),
    ("Cape Coast", "GH", T, (5.11, -1.25)),
    ("Bamako", "ML", T, (12.65, -8.00)),
    ("Mali", "ML", C),
])
add("c", """Raub growers cash in as Musang King prices soar on China demand

RAUB: Durian growers in this Pahang town are enjoying a bumper season, with prices for premium Musang King fruit reaching RM80 per kilo at the farm gate as exports to China surge.

Raub, about two hours' drive from Kuala Lumpur, is known as the home of the Musang King, a variety first cultivated in Gua Musang, Kelantan, before it was planted widely in the hills around Raub, Bentong and Karak.

The local growers' association chairman said frozen whole fruit was now being flown from Kuala Lumpur to Shanghai, Guangzhou and Chengdu within 48 hours of harvest. "Ten years ago we sold to Singapore and Hong Kong. Now the Chinese market takes everything," he said.

Weekend traffic on the Karak Highway has also increased as day-trippers from Selangor and Kuala Lumpur stop at durian stalls in Bentong and at the foot of the Genting Highlands. Hotels in Fraser's Hill and Bukit Tinggi report full bookings for the season.

But smallholders in Sungai Ruan and Tras, villages outside Raub, say they are struggling with labour shortages and rising fertiliser costs. Some have leased their land to companies from Johor and Penang.

The state government said it would spend RM15 million on roads to farms around Raub and Lipis, and on a durian processing centre near Temerloh. Pahang's agriculture committee chairman said growers in Kuantan and Jerantut were also planting the variety.

Growers in neighbouring Perak and in Thailand's Chanthaburi province are competing for the same Chinese buyers with their own premium varieties.""", [
    ("RAUB", "MY", T, (3.79, 101.86)),
    ("Raub", "MY", T, (3.79, 101.86)),
    ("Pahang", "MY", A),
    ("Musang King", "-", N),
    ("China", "CN", C),
    ("Kuala Lumpur", "MY", T, (3.14, 101.69)),
    ("Gua Musang", "MY", T, (4.88, 101.97)),
    ("Kelantan", "MY", A),
    ("Bentong", "MY", T, (3.52, 101.91)),
    ("Karak Highway", "-", N),
    ("Karak", "MY", T, (3.42, 102.03)),
    ("Shanghai", "CN", T, (31.22, 121.46)),
    ("Guangzhou", "CN", T, (23.12, 113.25)),
    ("Chengdu", "CN", T, (30.66, 104.07)),
    ("Singapore", "SG", N),
    ("Hong Kong", "HK", N),
    ("Chinese", "CN", Q),
    ("Selangor", "MY", A),
    ("Genting Highlands", "MY", N),
    ("Fraser's Hill", "MY", N),
    ("Bukit Tinggi", "MY", T, (3.35, 101.82)),
    ("Sungai Ruan", "MY", T, (3.85, 101.87)),
    ("Tras", "MY", T, (3.73, 101.80)),
    ("Johor", "MY", A),
    ("Penang", "MY", A),
    ("Lipis", "MY", N),
    ("Temerloh", "MY", T, (3.45, 102.42)),
    ("Kuantan", "MY", T, (3.81, 103.33)),
    ("Jerantut", "MY", T, (3.94, 102.36)),
    ("Perak", "MY", A),
    ("Thailand", "TH", C),
    ("Chanthaburi", "TH", A),
])

add("c", """Iten's champions return home to heroes' welcome after Berlin heroics

By Evans Kiprop

Hundreds of residents lined the streets of Iten on Sunday to welcome home a two-time Berlin Marathon winner and a new generation of athletes who swept the podium in Germany last weekend.

The convoy travelled from Eldoret International Airport through Eldoret town, Kaptagat and Kamwosor before reaching Iten, the high-altitude town in Elgeyo Marakwet known as the "Home of Champions". Schoolchildren from St Patrick's Iten waved flags along the road.

"When you run here at 2,400 metres, Berlin feels easy," joked the winner, who trains with a group that includes athletes from Kapsabet, Nandi Hills and Kapchorwa in Uganda.

The Elgeyo Marakwet governor announced that the county would complete the long-delayed Kamariny Stadium and build a high-altitude training centre at Tambach, overlooking the Kerio Valley. He said athletics brought more money into the county than any other sector.

Hotels and training camps in Iten say bookings from foreign athletes, from as far as Japan, Norway and the United States, have never been higher. Many stay for three months before big city marathons in London, Boston, Chicago and Tokyo.

But local athletes warned of a growing doping problem. Athletics Kenya has suspended more than 40 runners from Uasin Gishu, Nandi and Elgeyo Marakwet this year, and the Athletics Integrity Unit is due to open an office in Eldoret.

Rival training hubs in Ethiopia, around Sululta and Bekoji, are also attracting foreign runners, while Kenyan coaches have set up camps in Ngong and Nyahururu.""", [
    ("Iten", "KE", T, (0.67, 35.51)),
    ("St Patrick's Iten", "-", N),
    ("Berlin Marathon", "DE", Q),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Germany", "DE", C),
    ("Eldoret International Airport", "-", N),
    ("Eldoret", "KE", T, (0.52, 35.27)),
    ("Kaptagat", "KE", T, (0.43, 35.47)),
    ("Kamwosor", "KE", T, (0.52, 35.49)),
    ("Elgeyo Marakwet", "KE", A),
    ("Kapsabet", "KE", T, (0.20, 35.10)),
    ("Nandi Hills", "KE", T, (0.10, 35.18)),
    ("Kapchorwa", "UG", T, (1.40, 34.45)),
    ("Uganda", "UG", C),
    ("Kamariny Stadium", "-", N),
    ("Tambach", "KE", T, (0.60, 35.52)),
    ("Kerio Valley", "KE", N),
    ("Japan", "JP", C),
    ("Norway", "NO", C),
    ("United States", "US", C),
    ("London", "GB", T, (51.51, -0.13)),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Chicago", "US", T, (41.85, -87.65)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Athletics Kenya", "KE", Q),
    ("Uasin Gishu", "KE", A),
    ("Nandi", "KE", A),
    ("Ethiopia", "ET", C),
    ("Sululta", "ET", T, (9.19, 38.75)),
    ("Bekoji", "ET", T, (7.53, 39.26)),
    ("Kenyan", "KE", Q),
    ("Ngong", "KE", T, (-1.36, 36.66)),
    ("Nyahururu", "KE", T, (0.04, 36.36)),
])
add("c", """Carnival 2025: Port of Spain braces for biggest J'Ouvert in years

By Keisha Ramlal

PORT OF SPAIN - Hotels in the capital are fully booked and airlines have added flights from Toronto, New York and London as Trinidad and Tobago prepares for what organisers say will be the biggest Carnival since the pandemic.

The National Carnival Commission expects more than 40,000 visitors for J'Ouvert on Monday morning, when revellers covered in mud, paint and chocolate will take to the streets of Port of Spain, Arima and San Fernando from 4am.

Masquerade bands will cross the stage at the Queen's Park Savannah on Tuesday, with the largest bands drawing players from Chaguanas, Couva, Diego Martin and Sangre Grande as well as from the diaspora in Brooklyn, Miami and Notting Hill.

"You have people who leave Trinidad 30 years ago, living in Scarborough in Toronto, and every year they come back for two days on the road," said bandleader Marcus Tobago, who has run his mas camp in Woodbrook for two decades.

In Tobago, Carnival events in Scarborough and Plymouth have grown, and the Tobago House of Assembly said ferry and air bridge bookings from Trinidad were at capacity.

Police said 5,000 officers would be on duty across the country. The Minister of Tourism said Carnival brought in more than TT$700 million last year, and that visitors from Barbados, Grenada, St Vincent and Guyana accounted for a growing share.

Soca artistes from across the region will also perform at fetes in Point Fortin and at Chaguaramas, where the annual beach party draws crowds from as far as Venezuela, just 11 kilometres across the Gulf of Paria.""", [
    ("PORT OF SPAIN", "TT", T, (10.65, -61.52)),
    ("Port of Spain", "TT", T, (10.65, -61.52)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("New York", "US", T, (40.71, -74.01)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Trinidad and Tobago", "TT", C),
    ("Arima", "TT", T, (10.64, -61.28)),
    ("San Fernando", "TT", T, (10.28, -61.47)),
    ("Queen's Park Savannah", "TT", N),
    ("Chaguanas", "TT", T, (10.52, -61.41)),
    ("Couva", "TT", T, (10.42, -61.41)),
    ("Diego Martin", "TT", T, (10.72, -61.57)),
    ("Sangre Grande", "TT", T, (10.59, -61.13)),
    ("Brooklyn", "US", T, (40.65, -73.95)),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Notting Hill", "GB", T, (51.51, -0.20)),
    ("Trinidad", "TT", N),
    ("Scarborough#1", "CA", T, (43.77, -79.26)),
    ("Scarborough#2", "TT", T, (11.18, -60.74)),
    ("Marcus Tobago", "-", N),
    ("Woodbrook", "TT", T, (10.67, -61.52)),
    ("Tobago House of Assembly", "TT", Q),
    ("Tobago", "TT", N),
    ("Plymouth", "TT", T, (11.22, -60.78)),
    ("Barbados", "BB", C),
    ("Grenada", "GD", C),
    ("St Vincent", "VC", N),
    ("Guyana", "GY", C),
    ("Point Fortin", "TT", T, (10.17, -61.68)),
    ("Chaguaramas", "TT", T, (10.68, -61.64)),
    ("Venezuela", "VE", C),
    ("Gulf of Paria", "*", N),
])
add("c", """Dasara: Mysuru hotels full as 10 lakh expected for Jamboo Savari

MYSURU: Hotels and homestays in Mysuru are fully booked for the final weekend of Dasara, with the district administration expecting more than 10 lakh people for the Jamboo Savari procession on Vijayadashami.

The procession, led by the elephant Abhimanyu carrying the golden howdah, will leave the Mysore Palace at 2pm and travel 5km along Sayyaji Rao Road to Bannimantap. The elephants arrived from camps in Nagarahole and Dubare, in Kodagu, last month and have been training on the route every morning.

KSRTC is running 600 extra buses from Bengaluru, Mandya, Hassan and Chamarajanagar, and the railways have added special trains from Bengaluru and Chennai. Traffic on the Bengaluru-Mysuru expressway has doubled since the festival began, and police have set up parking at Srirangapatna and Maddur for tourists arriving by car.

Hoteliers said many visitors were combining the festival with trips to Coorg, Ooty and Wayanad. "Guests from Kerala and Tamil Nadu are booking three nights instead of one," said the president of the Mysuru Hotel Owners' Association.

The Chamundi Hills temple, where the festival was inaugurated, is drawing 50,000 devotees a day. The district in-charge minister said the illumination of the city's streets would continue until Sunday, and that the Dasara exhibition near the palace would stay open for three months.

Farmers from Nanjangud, Hunsur and T Narasipur have set up stalls selling silk sarees and Mysore pak at the Dasara food mela, while craftsmen from Channapatna are doing brisk business in wooden toys.

Karnataka's tourism department said footfall at the Brindavan Gardens near the KRS dam had also crossed 1 lakh this week.""", [
    ("MYSURU", "IN", T, (12.30, 76.64)),
    ("Mysuru", "IN", T, (12.30, 76.64)),
    ("Mysuru Hotel Owners' Association", "IN", Q),
    ("Mysore Palace", "IN", Q),
    ("Mysore pak", "-", N),
    ("Sayyaji Rao Road", "-", N),
    ("Bannimantap", "IN", T, (12.33, 76.66)),
    ("Nagarahole", "IN", N),
    ("Dubare", "IN", N, (12.37, 75.90)),
    ("Kodagu", "IN", A),
    ("Bengaluru", "IN", T, (12.97, 77.59)),
    ("Mandya", "IN", T, (12.52, 76.90)),
    ("Hassan", "IN", T, (13.00, 76.10)),
    ("Chamarajanagar", "IN", T, (11.92, 76.94)),
    ("Chennai", "IN", T, (13.08, 80.27)),
    ("Srirangapatna", "IN", T, (12.41, 76.70)),
    ("Maddur", "IN", T, (12.58, 77.04)),
    ("Coorg", "IN", A),
    ("Ooty", "IN", T, (11.41, 76.70)),
    ("Wayanad", "IN", A),
    ("Kerala", "IN", A),
    ("Tamil Nadu", "IN", A),
    ("Chamundi Hills", "IN", N),
    ("Nanjangud", "IN", T, (12.12, 76.68)),
    ("Hunsur", "IN", T, (12.31, 76.29)),
    ("T Narasipur", "IN", T, (12.21, 76.90)),
    ("Channapatna", "IN", T, (12.65, 77.21)),
    ("Karnataka", "IN", A),
    ("Brindavan Gardens", "IN", Q),
])

add("c", """Durban port congestion eases as KZN exporters count the cost

DURBAN - Congestion at the Port of Durban has eased to its lowest level in two years, Transnet said on Monday, but exporters across KwaZulu-Natal say delays have already cost them contracts.

The average waiting time for container ships at anchorage off Durban fell to four days in August, down from more than a week at the start of the year. Transnet said new cranes at Pier 2 and a private operator at the car terminal had helped.

The Durban Chamber of Commerce said manufacturers in Pinetown, Hammarsdale and Cato Ridge had lost export orders to competitors using Maputo in Mozambique. "Our members in Newcastle and Ladysmith are trucking steel and textiles 600km to Durban and then waiting two weeks," its chief executive said.

Sugar and timber producers around Richards Bay and on the South Coast near Port Shepstone reported similar problems, while citrus farmers from the Eastern Cape switched some exports to Gqeberha.

Business in the north of the city has been more upbeat. Property developers in Umhlanga and Ballito say demand for office space is rising, and Dube TradePort, next to King Shaka International Airport, has signed three new logistics tenants. The eThekwini Municipality said it would fast-track the widening of the N2 between Durban and KwaDukuza.

But the corridor to Gauteng remains a bottleneck. Truck operators say the N3 through Pietermaritzburg and over Van Reenen's Pass is overloaded, and that a rail link from Durban to Johannesburg is urgently needed.""", [
    ("DURBAN", "ZA", T, (-29.86, 31.03)),
    ("Durban", "ZA", T, (-29.86, 31.03)),
    ("Port of Durban", "ZA", Q),
    ("Durban Chamber of Commerce", "ZA", Q),
    ("KZN", "ZA", A),
    ("KwaZulu-Natal", "ZA", A),
    ("Pinetown", "ZA", T, (-29.81, 30.86)),
    ("Hammarsdale", "ZA", T, (-29.79, 30.66)),
    ("Cato Ridge", "ZA", T, (-29.73, 30.58)),
    ("Maputo", "MZ", T, (-25.97, 32.58)),
    ("Mozambique", "MZ", C),
    ("Newcastle", "ZA", T, (-27.76, 29.93)),
    ("Ladysmith", "ZA", T, (-28.56, 29.78)),
    ("Richards Bay", "ZA", T, (-28.78, 32.04)),
    ("South Coast", "ZA", N),
    ("Port Shepstone", "ZA", T, (-30.74, 30.45)),
    ("Eastern Cape", "ZA", A),
    ("Gqeberha", "ZA", T, (-33.96, 25.60)),
    ("Umhlanga", "ZA", T, (-29.73, 31.08)),
    ("Ballito", "ZA", T, (-29.54, 31.21)),
    ("Dube TradePort", "-", N),
    ("King Shaka International Airport", "-", N),
    ("eThekwini Municipality", "ZA", Q),
    ("KwaDukuza", "ZA", T, (-29.33, 31.29)),
    ("Gauteng", "ZA", A),
    ("Pietermaritzburg", "ZA", T, (-29.62, 30.39)),
    ("Van Reenen's Pass", "ZA", N),
    ("Johannesburg", "ZA", T, (-26.20, 28.04)),
])
add("c", """Calabar Carnival: Cross River banks on tourists as hotels fill up

CALABAR - Hotels in Calabar are reporting near-full occupancy ahead of the Calabar Carnival, with the Cross River State Government projecting more than 200,000 visitors for the December festivities.

The carnival, which has been held every December since 2004, features a 12km street parade from the U.J. Esuene Stadium through Calabar Municipal and Calabar South, with five bands competing for the top prize. Cultural troupes from Obudu, Ikom, Ogoja and Ugep will also perform.

The state commissioner for tourism said visitors had booked from Lagos, Abuja and Port Harcourt, as well as from the diaspora in the United Kingdom and the United States. Airlines have added flights from Lagos to the Margaret Ekpo International Airport, and road travellers from Uyo and Aba are expected to swell numbers further.

Hoteliers said the festival remained the biggest draw for the state's tourism, alongside the Obudu Mountain Resort on the Obudu plateau and the Tinapa business resort, which has been largely idle for a decade. "December is what keeps us alive for the rest of the year," said the manager of a hotel on Marian Road.

Neighbouring Akwa Ibom is staging its own Christmas village in Uyo, while Rivers State is hosting the Port Harcourt Carnival the same week, prompting concerns about competition for visitors.

Security agencies said they had deployed extra personnel along the Calabar-Itu highway and at the waterfront, and that the Navy would patrol the Calabar River and the approaches from the Bakassi peninsula, which borders Cameroon.

Traders at Watt Market and Marian Market said they were already seeing increased sales of fabrics and costumes.""", [
    ("CALABAR", "NG", T, (4.96, 8.33)),
    ("Calabar", "NG", T, (4.96, 8.33)),
    ("Calabar Carnival", "NG", Q),
    ("Calabar Municipal", "NG", A),
    ("Calabar South", "NG", A),
    ("Calabar River", "NG", N),
    ("Cross River State Government", "NG", Q),
    ("Cross River", "NG", A),
    ("U.J. Esuene Stadium", "-", N),
    ("Obudu Mountain Resort", "-", N),
    ("Obudu#1", "NG", T, (6.67, 9.17)),
    ("Obudu#3", "NG", N),
    ("Ikom", "NG", T, (5.96, 8.71)),
    ("Ogoja", "NG", T, (6.66, 8.80)),
    ("Ugep", "NG", T, (5.81, 8.08)),
    ("Lagos", "NG", T, (6.45, 3.39)),
    ("Abuja", "NG", T, (9.06, 7.49)),
    ("Port Harcourt Carnival", "NG", Q),
    ("Port Harcourt", "NG", T, (4.78, 7.01)),
    ("United Kingdom", "GB", C),
    ("United States", "US", C),
    ("Margaret Ekpo International Airport", "-", N),
    ("Uyo", "NG", T, (5.03, 7.93)),
    ("Aba", "NG", T, (5.11, 7.37)),
    ("Tinapa", "NG", Q),
    ("Marian Road", "-", N),
    ("Marian Market", "-", N),
    ("Watt Market", "-", N),
    ("Akwa Ibom", "NG", A),
    ("Rivers State", "NG", A),
    ("Itu", "NG", T, (5.20, 7.98)),
    ("Bakassi", "NG|CM", N),
    ("Cameroon", "CM", C),
])
add("c", """Derry's Foyle Maritime Festival set to draw 100,000 visitors

By Ciaran Doherty

Tall ships from across Europe will sail up the River Foyle into Derry next month for the return of the Foyle Maritime Festival, which organisers expect to bring more than 100,000 visitors to the city.

Derry City and Strabane District Council said eight tall ships had confirmed, including vessels from Norway, the Netherlands and Spain, and that the quayside at Ebrington and the Guildhall Square would host five days of music and food.

Hotels in Derry are almost full, and visitors are booking accommodation in Limavady, Coleraine and across the border in Buncrana and Letterkenny. "We have bookings from Dublin, Belfast and as far as Boston and Toronto," said a hotelier in the city's Waterside.

The festival will also feature a flotilla from Moville and Greencastle on the Inishowen peninsula in Donegal, and a rowing race from Culmore Point to the Peace Bridge. Crews from Portrush and from Killybegs, on the far side of Donegal, have entered.

The council said the event would be worth about £5m to the north-west economy. Derry City FC, whose Brandywell ground is a short walk from the quay, will host a pre-festival friendly against Finn Harps, the Ballybofey club, on the opening night.

Traffic restrictions will be in place on the Craigavon Bridge and the Strand Road during the festival, and extra trains will run from Belfast via Ballymena and Castlerock. The Translink service from Omagh and Strabane will also be increased.

Organisers said they hoped the festival would strengthen the city's bid to host the Tall Ships Races again.""", [
    ("Derry", "GB", T, (55.00, -7.32)),
    ("Derry City and Strabane District Council", "GB", Q),
    ("Derry City FC", "-", N),
    ("Foyle Maritime Festival", "GB", Q),
    ("River Foyle", "GB|IE", N),
    ("Europe", "*", N),
    ("Norway", "NO", C),
    ("Netherlands", "NL", C),
    ("Spain", "ES", C),
    ("Ebrington", "GB", Q),
    ("Guildhall Square", "GB", Q),
    ("Limavady", "GB", T, (55.05, -6.95)),
    ("Coleraine", "GB", T, (55.13, -6.67)),
    ("Buncrana", "IE", T, (55.13, -7.45)),
    ("Letterkenny", "IE", T, (54.95, -7.73)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Boston", "US", T, (42.36, -71.06)),
    ("Toronto", "CA", T, (43.70, -79.42)),
    ("Waterside", "GB", T, (54.99, -7.30)),
    ("Moville", "IE", T, (55.19, -7.04)),
    ("Greencastle", "IE", T, (55.20, -6.99)),
    ("Inishowen", "IE", N),
    ("Donegal", "IE", A),
    ("Culmore Point", "GB", N),
    ("Peace Bridge", "GB", Q),
    ("Portrush", "GB", T, (55.20, -6.65)),
    ("Killybegs", "IE", T, (54.63, -8.45)),
    ("Brandywell", "GB", Q),
    ("Finn Harps", "-", N),
    ("Ballybofey", "IE", T, (54.80, -7.79)),
    ("Craigavon Bridge", "-", N),
    ("Strand Road", "-", N),
    ("Ballymena", "GB", T, (54.86, -6.28)),
    ("Castlerock", "GB", T, (55.16, -6.79)),
    ("Omagh", "GB", T, (54.60, -7.30)),
    ("Strabane", "GB", T, (54.83, -7.46)),
])
add("c", """Cebu furniture makers eye US buyers as Mactan expo opens

CEBU CITY - More than 200 furniture and home décor makers from Cebu and neighboring provinces are showcasing their products at a three-day trade fair in Lapu-Lapu City, hoping to win back buyers in the United States and Europe.

The expo, held at a resort on Mactan Island, has drawn buyers from Los Angeles, Dubai, Tokyo and Sydney, according to the Cebu Furniture Industries Foundation. Exhibitors include rattan and wood workshops from Mandaue, Talisay and Danao, as well as weavers from Bohol and Negros Oriental.

"Cebu furniture was famous in the 1990s. We lost a lot of orders to Vietnam and China, but buyers are coming back because of quality," said the foundation's president, whose company employs 300 workers in Mandaue.

The Department of Trade and Industry in Central Visayas said exports of furniture from the region rose 11 percent last year. Officials said a new economic zone in Carcar and improved port facilities in Cebu City would help smaller producers in towns such as Argao and Dalaguete ship directly.

Among the exhibitors is a family business from Liloan that makes chairs from buri palm, and a cooperative of women weavers from Bantayan Island. Designers from Manila and Davao are also taking part.

Organisers said the statue of Lapu-Lapu, the chieftain who defeated Ferdinand Magellan on Mactan in 1521, had become a favorite backdrop for visiting buyers' photos.

The fair runs until Sunday. Flights to Mactan-Cebu International Airport from Iloilo, Cagayan de Oro and Dumaguete have been added for the weekend.""", [
    ("CEBU CITY", "PH", T, (10.32, 123.89)),
    ("US", "US", C),
    ("Cebu City", "PH", T, (10.32, 123.89)),
    ("Cebu#1,2,4", "PH", N),
    ("Cebu Furniture Industries Foundation", "PH", Q),
    ("Mactan-Cebu International Airport", "-", N),
    ("Mactan Island", "PH", N),
    ("Mactan#1,3", "PH", N),
    ("Lapu-Lapu City", "PH", T, (10.31, 123.95)),
    ("Lapu-Lapu#2", "-", N),
    ("United States", "US", C),
    ("Europe", "*", N),
    ("Los Angeles", "US", T, (34.05, -118.24)),
    ("Dubai", "AE", T, (25.26, 55.30)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Mandaue", "PH", T, (10.32, 123.92)),
    ("Talisay", "PH", T, (10.24, 123.85)),
    ("Danao", "PH", T, (10.52, 124.03)),
    ("Bohol", "PH", A),
    ("Negros Oriental", "PH", A),
    ("Vietnam", "VN", C),
    ("China", "CN", C),
    ("Central Visayas", "PH", A),
    ("Carcar", "PH", T, (10.11, 123.64)),
    ("Argao", "PH", T, (9.88, 123.61)),
    ("Dalaguete", "PH", T, (9.76, 123.53)),
    ("Liloan", "PH", T, (10.40, 123.99)),
    ("Bantayan Island", "PH", N),
    ("Manila", "PH", T, (14.60, 120.98)),
    ("Davao", "PH", T, (7.07, 125.61)),
    ("Iloilo", "PH", T, (10.70, 122.56)),
    ("Cagayan de Oro", "PH", T, (8.48, 124.65)),
    ("Dumaguete", "PH", T, (9.31, 123.31)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
