"""Held-out set "southasia": 24 full-length news articles (280-420 words each) written in the
manner of the English-language press of South and Southeast Asia (The Hindu, Times of India,
Indian Express, PTI and IANS wires, Dawn, The Express Tribune, The Daily Star, The Kathmandu
Post, Daily Mirror, Kuensel, the Maldivian press, Rappler, Philippine Daily Inquirer, The
Jakarta Post, Bangkok Post, VnExpress International, The Irrawaddy, Malaysiakini, Khmer Times),
with headlines, bylines or agencies, datelines, quotes, people and organisations.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
only article_runner.py (the scorer) was read. geomap was never run on these articles. Events,
people and quotes are invented; every place is real (checked against GeoNames where it has
the place, otherwise placed from the writer's knowledge and hinted by (lat, lon)).

Genres:
  a  India (8): states, union territories, districts, tehsils/talukas, blocks, villages, cities,
     rivers, hills, national highways; floods, elections, crime and courts, railways,
     wildlife, cricket, inter-state water, pollution.
  b  Pakistan, Bangladesh, Nepal, Sri Lanka, Bhutan, the Maldives, Afghanistan (8): provinces,
     divisions, districts, upazilas, valleys, border crossings, atolls.
  c  Southeast Asia (8): the Philippines, Indonesia, Thailand, Vietnam, Myanmar, Malaysia,
     Cambodia, Laos, Singapore.

Conventions:
  - Every occurrence of a place is listed, including ALL-CAPS datelines and places used for
    their governments ("Islamabad dispatched", "Officials in Amaravati rejected").
  - Kinds: C country, A admin-1/admin-2/region (states, provinces, districts, divisions,
    regencies, townships when the unit is meant), T city/town/village, N any kind (rivers,
    islands, valleys, mountains, passes, parks, highways, localities, and units that are
    named like their seat when the text does not say which one is meant).
  - country "*" for features spanning countries (the Brahmaputra, the Mekong, the Sundarbans,
    the Bay of Bengal); "A|B" where either country is right.
  - (lat, lon) hints on namesakes (Hyderabad, Aurangabad, Bharatpur, Lakhimpur, Khed,
    Mullanpur, San Fernando, Naga, Bato, Padang, Kochi, Wazirabad, Shyamnagar, Bahrain in Swat,
    Hithadhoo, George Town ...).
  - Demonyms and adjectives ("Indian", "Afghan", "Tamil", "Thai") are Q ("?") with their
    country: debatable, not counted; a result in another country is spurious.
  - Teams, companies, banks, airlines, trains and newspapers named after places ("Punjab
    Kings", "Delhi" meaning Delhi Capitals, "Karachi Kings", "Bank of Ceylon", "Manila Electric
    Company", "Bangkok Airways", "Mandovi Express", "The Irrawaddy") have country "-": any
    result there is spurious. Courts, government agencies, police forces, airports and stadiums
    whose name contains the place they belong to ("Bombay High Court", "Jharkhand Police",
    "Assam State Disaster Management Authority", "Ngurah Rai International Airport") are Q
    with that place's country.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: India
add("a", """Assam floods: Brahmaputra above danger mark at Neamatighat, 4.2 lakh hit in 19 districts

Rhinos, hog deer head for Karbi Anglong hills as 112 Kaziranga camps go under

Special Correspondent

GUWAHATI: The flood situation in Assam worsened on Tuesday, with the Brahmaputra and several of its tributaries flowing above the danger level at multiple points and more than 4.2 lakh people affected in 19 districts, officials said.

According to the Assam State Disaster Management Authority (ASDMA), Dhemaji, Lakhimpur, Majuli, Morigaon and Barpeta are the worst-hit districts. The Brahmaputra was above the danger mark at Neamatighat in Jorhat, at Tezpur and at Dhubri, while the Subansiri crossed the red mark at Badatighat in Lakhimpur district.

The Jiadhal and the Simen breached embankments in Dhemaji, inundating 86 villages in the Jonai and Gogamukh revenue circles. On Majuli, the country's largest river island, ferry services to Neamatighat remained suspended for the third day.

"We have opened 214 relief camps and deployed SDRF and NDRF teams with country boats. The next 48 hours are crucial," Revenue and Disaster Management Minister Pranab Kalita said after an aerial survey of Morigaon and Nagaon.

At the Kaziranga National Park, spread over Golaghat and Nagaon districts, 112 of the 233 anti-poaching camps were submerged. Rhinos and hog deer were seen crossing National Highway 715 towards the Karbi Anglong hills, and the Golaghat district administration imposed a 40 kmph speed limit on the stretch between Jakhalabandha and Bokakhat.

Officials of the Water Resources Department said heavy rainfall in Arunachal Pradesh and the release of water from dams in Bhutan had swelled the Beki and the Manas, flooding parts of Barpeta and Nalbari. Dispur has asked Thimphu to share real-time release data, a senior official said.

The Central Water Commission warned that the Brahmaputra could rise further at Pandu in Guwahati over the next two days. In neighbouring Meghalaya, a landslide near Nongpoh in Ri-Bhoi district blocked NH-6 for several hours on Monday night.

Downstream, the Bangladesh Water Development Board said the Jamuna, as the Brahmaputra is known in Bangladesh, was rising at Bahadurabad in Jamalpur district.""", [
    ("Assam State Disaster Management Authority", "IN", Q),
    ("Assam", "IN", A),
    ("Brahmaputra", "*", N),
    ("Neamatighat", "IN", N, (26.8, 94.22)),
    ("Karbi Anglong", "IN", N),
    ("Kaziranga National Park", "IN", N),
    ("Kaziranga", "IN", N),
    ("GUWAHATI", "IN", T),
    ("Guwahati", "IN", T),
    ("Dhemaji", "IN", A),
    ("Lakhimpur", "IN", A, (27.3, 94.15)),
    ("Majuli", "IN", N),
    ("Morigaon", "IN", A),
    ("Barpeta", "IN", A),
    ("Jorhat", "IN", N, (26.75, 94.2)),
    ("Tezpur", "IN", T),
    ("Dhubri", "IN", T),
    ("Subansiri", "*", N),
    ("Badatighat", "IN", N),
    ("Jiadhal", "IN", N),
    ("Simen", "IN", N),
    ("Jonai", "IN", N),
    ("Gogamukh", "IN", N),
    ("Nagaon", "IN", A),
    ("Golaghat", "IN", A),
    ("National Highway 715", "IN", N),
    ("Jakhalabandha", "IN", T),
    ("Bokakhat", "IN", T),
    ("Arunachal Pradesh", "IN", A),
    ("Bhutan", "BT", C),
    ("Beki", "*", N),
    ("Manas", "*", N),
    ("Nalbari", "IN", A),
    ("Dispur", "IN", T),
    ("Thimphu", "BT", T),
    ("Pandu", "IN", N, (26.17, 91.68)),
    ("Meghalaya", "IN", A),
    ("Nongpoh", "IN", T),
    ("Ri-Bhoi", "IN", A),
    ("NH-6", "IN", N),
    ("Bangladesh Water Development Board", "BD", Q),
    ("Bangladesh", "BD", C),
    ("Jamuna", "BD", N),
    ("Bahadurabad", "BD", N, (25.19, 89.68)),
    ("Jamalpur", "BD", A),
])

add("a", """Bihar polls: 64% turnout in first phase as Seemanchal queues stretch past sunset

PTI

PATNA: Polling in the first phase of the Bihar Assembly elections, covering 121 constituencies in 18 districts, ended largely peacefully on Thursday with a provisional turnout of 64.1 per cent, the Election Commission said.

Kishanganj recorded the highest turnout at 71.3 per cent, followed by Purnia and Katihar, where long queues of women were seen outside booths well after 6 pm. Urban seats again lagged, with Patna district recording 48.2 per cent.

"The Seemanchal region has shown the way. We expect the second phase in Mithilanchal and Champaran to cross 65 per cent," Chief Electoral Officer R.K. Sinha told reporters.

In Aurangabad district, bordering Jharkhand, voting at 46 booths in the Maoist-affected Deo and Madanpur blocks closed at 4 pm for security reasons. Indian Air Force helicopters ferried polling teams from Gaya to remote booths in the Chakarbandha forest, the state police headquarters said.

Voters in the riverine diara belt of the Kosi and the Gandak reached booths by boat, while in Saharsa and Supaul polling parties waded through knee-deep water left behind by last month's floods.

The border with Nepal was sealed for 72 hours at Jogbani in Araria and at Raxaul in East Champaran, and Sashastra Seema Bal patrols were stepped up along the 729-km frontier. Officials in Kathmandu said the closure had been agreed at a district-level coordination meeting in Biratnagar last week.

Isolated clashes were reported from Kanti in Muzaffarpur district and from Naugachia in Bhagalpur, where supporters of rival candidates pelted stones at each other near a polling station. EVM snags delayed voting at 117 booths, mostly in Samastipur and Begusarai, officials said.

In New Delhi, leaders of the ruling alliance claimed the high turnout among women reflected support for the government's welfare schemes, while the Opposition said it was a vote for change.

The second phase, covering the remaining 122 seats, will be held on November 11. Votes will be counted on November 14.""", [
    ("Bihar", "IN", A),
    ("Seemanchal", "IN", N),
    ("PATNA", "IN", T),
    ("Kishanganj", "IN", A),
    ("Purnia", "IN", A),
    ("Katihar", "IN", A),
    ("Patna", "IN", A),
    ("Mithilanchal", "IN", N),
    ("Champaran", "IN", N),
    ("Aurangabad", "IN", A, (24.75, 84.37)),
    ("Jharkhand", "IN", A),
    ("Deo", "IN", N, (24.66, 84.43)),
    ("Madanpur", "IN", N, (24.66, 84.56)),
    ("Indian", "IN", Q),
    ("Gaya", "IN", T, (24.8, 85.0)),
    ("Chakarbandha", "IN", N),
    ("Kosi", "*", N),
    ("Gandak", "*", N),
    ("Saharsa", "IN", N),
    ("Supaul", "IN", N),
    ("Nepal", "NP", C),
    ("Jogbani", "IN", T),
    ("Araria", "IN", A),
    ("Raxaul", "IN", T),
    ("East Champaran", "IN", A),
    ("Kathmandu", "NP", T),
    ("Biratnagar", "NP", T),
    ("Kanti", "IN", T, (26.21, 85.3)),
    ("Muzaffarpur", "IN", A),
    ("Naugachia", "IN", T),
    ("Bhagalpur", "IN", A),
    ("Samastipur", "IN", N),
    ("Begusarai", "IN", N),
    ("New Delhi", "IN", T),
])

add("a", """Jamtara gang that duped 1,200 across 14 states busted, kingpin held in Deoghar

Express News Service

RANCHI: The Crime Investigation Department (CID) of the Jharkhand Police has busted an inter-state cyber fraud network run from villages in Jamtara and Deoghar districts that allegedly cheated more than 1,200 people across 14 states of over Rs 11 crore, officials said on Sunday.

The alleged kingpin, 29-year-old Sunil Mandal, a resident of a village near Mihijam, was arrested from a rented house in Deoghar town late on Saturday. Nine of his associates were picked up in raids in Jamtara, Madhupur and Dumka, police said.

According to investigators, the gang posed as customer care executives of banks and power distribution companies, and used SIM cards procured from Asansol in West Bengal. The money was routed through mule accounts opened in Nuh district of Haryana and in Bharatpur in Rajasthan, and withdrawn from ATMs in Dhanbad and Giridih.

"This module shows how the old Jamtara model has merged with the Mewat network. The same accounts were being used by fraudsters in Nuh and Deeg," a senior CID officer said.

Among the victims were a retired Army colonel in Gurugram, who lost Rs 48 lakh, software engineers in Bengaluru and Pune, a Tata Steel employee in Jamshedpur and a doctor in Hyderabad's Banjara Hills. Complaints were also received from Chennai, Kochi and Guwahati, the officer said.

The police recovered 61 mobile phones, 140 SIM cards, 23 ATM cards and Rs 9.4 lakh in cash. The accused were produced before a special court in Ranchi on Sunday and remanded in judicial custody for 14 days.

The Gurugram Police, which had registered the colonel's complaint, said a team would travel to Jharkhand to seek their transit remand. In Gurgaon, as many residents still call the city, cyber fraud complaints have nearly tripled in two years, police data show.

Last year, the Jharkhand High Court had pulled up the state government over the slow pace of cyber crime trials and directed that special courts be set up in Jamtara, Deoghar and Dhanbad.""", [
    ("Jamtara#2", "IN", A),
    ("Jamtara#1,3,4,5", "IN", N, (23.96, 86.8)),
    ("Deoghar#1,3,4", "IN", T),
    ("Deoghar#2", "IN", A),
    ("RANCHI", "IN", T),
    ("Ranchi", "IN", T),
    ("Jharkhand Police", "IN", Q),
    ("Jharkhand High Court", "IN", Q),
    ("Jharkhand", "IN", A),
    ("Mihijam", "IN", T, (23.85, 86.88)),
    ("Madhupur", "IN", T, (24.27, 86.64)),
    ("Dumka", "IN", T),
    ("Asansol", "IN", T),
    ("West Bengal", "IN", A),
    ("Nuh#1", "IN", A, (28.1, 77.0)),
    ("Nuh#2", "IN", N, (28.1, 77.0)),
    ("Haryana", "IN", A),
    ("Bharatpur", "IN", T, (27.22, 77.49)),
    ("Rajasthan", "IN", A),
    ("Dhanbad", "IN", T),
    ("Giridih", "IN", T),
    ("Mewat", "IN", N),
    ("Deeg", "IN", N, (27.47, 77.33)),
    ("Gurugram Police", "IN", Q),
    ("Gurugram", "IN", T),
    ("Gurgaon", "IN", T, (28.46, 77.03)),
    ("Bengaluru", "IN", T),
    ("Pune", "IN", T),
    ("Tata Steel", "-", N),
    ("Jamshedpur", "IN", T),
    ("Hyderabad", "IN", T, (17.38, 78.46)),
    ("Banjara Hills", "IN", N, (17.41, 78.44)),
    ("Chennai", "IN", T),
    ("Kochi", "IN", T, (9.94, 76.26)),
    ("Guwahati", "IN", T),
])

add("a", """Landslide near Khed halts Konkan Railway traffic for second day; 14 trains diverted

Red alert for Ratnagiri, Sindhudurg; Vashishti flows above danger mark at Chiplun

Express News Service

MUMBAI: Train services on the Konkan Railway route remained suspended for the second consecutive day on Monday after a landslide near Diwankhavati in Ratnagiri district's Khed taluka buried a 60-metre stretch of the track under mud and boulders, officials said.

At least 14 long-distance trains, including the Mandovi Express and the Netravati Express, were diverted via Pune and Londa, while six were short-terminated at Panvel and Ratnagiri. Passengers stranded at Khed and Chiplun stations were sent on to Ratnagiri and Kolhapur in state transport buses.

"We left Bombay at 11 pm and have been sitting here for 19 hours with two small children," said Sangeeta Patil, a resident of Dadar who was travelling to Madgaon in Goa. A group of pilgrims from Aurangabad, now Chhatrapati Sambhajinagar, said they had been given only tea and biscuits since morning.

Konkan Railway spokesperson Girish Karandikar said about 400 workers and five excavators were clearing the debris and services were expected to resume by Tuesday evening. "The hill slope is still unstable, so we cannot take chances with passenger safety," he said.

The India Meteorological Department has issued a red alert for Ratnagiri, Sindhudurg and Raigad for the next 48 hours. The Vashishti was flowing above the danger mark at Chiplun, and the district administration has asked residents of low-lying areas, which were devastated by floods in July 2021, to move to safer places. NDRF teams have been stationed in Chiplun and Mahad.

On National Highway 66, vehicular traffic was stopped at Parshuram Ghat for six hours after boulders fell on the road. Traffic towards the Konkan coast was diverted through Kolhapur and Amba Ghat, police said.

The railway said trains to Mangaluru and further south to Kerala were being run via Pune and Londa, adding five to seven hours to the journey. A PIL on frequent landslides along the route is pending before the Bombay High Court.""", [
    ("Khed", "IN", N, (17.72, 73.4)),
    ("Konkan Railway", "IN", Q),
    ("Konkan", "IN", N),
    ("Ratnagiri#1,2,5", "IN", A),
    ("Ratnagiri#3,4", "IN", T),
    ("Sindhudurg", "IN", A),
    ("Vashishti", "IN", N),
    ("Chiplun", "IN", T),
    ("MUMBAI", "IN", T),
    ("Diwankhavati", "IN", N, (17.8, 73.4)),
    ("Mandovi Express", "-", N),
    ("Netravati Express", "-", N),
    ("Pune", "IN", T),
    ("Londa", "IN", T, (15.47, 74.52)),
    ("Panvel", "IN", T),
    ("Kolhapur", "IN", T),
    ("Bombay High Court", "IN", Q),
    ("Bombay", "IN", T),
    ("Dadar", "IN", N, (19.02, 72.84)),
    ("Madgaon", "IN", T),
    ("Goa", "IN", A),
    ("Aurangabad", "IN", T, (19.88, 75.34)),
    ("Chhatrapati Sambhajinagar", "IN", T, (19.88, 75.34)),
    ("India Meteorological Department", "IN", Q),
    ("Raigad", "IN", A),
    ("Mahad", "IN", T),
    ("National Highway 66", "IN", N),
    ("Parshuram Ghat", "IN", N, (17.5, 73.48)),
    ("Amba Ghat", "IN", N, (16.97, 73.82)),
    ("Mangaluru", "IN", T),
    ("Kerala", "IN", A),
])

add("a", """Kuno cheetah strays into Rajasthan, tranquillised in Baran mustard field

TNN

BHOPAL: A male cheetah that wandered out of Madhya Pradesh's Kuno National Park 11 days ago was tranquillised on Wednesday in a mustard field near a village in Rajasthan's Baran district and brought back to its enclosure, forest officials said.

The three-year-old, born at Kuno to a mother flown in from Namibia, had crossed the Kuno river and a state highway near Sheopur before moving north-east through the ravines. Trackers lost the signal from its radio collar for nearly 30 hours near the boundary of Sheopur and Baran districts.

Villagers in Shahabad tehsil of Baran spotted the animal on Tuesday evening and alerted the forest department. A joint team from Madhya Pradesh and Rajasthan darted it around 11 am on Wednesday. "It is healthy and has been feeding well in the wild. It was never a threat to people," Kuno field director Rakesh Verma said.

This is the fifth time a cheetah has left the park since the project began in September 2022, when eight animals were brought from Namibia. Twelve more came from South Africa the following year. Cheetahs have earlier strayed as far as Morena and Shivpuri, and one was found on the outskirts of Gwalior last winter.

Officials in Jaipur said the Rajasthan forest department had sought a protocol for cross-border movement, since the Kuno landscape is contiguous with the Ranthambore and Mukundra Hills tiger reserves. "We cannot have tigers and cheetahs competing for the same space without a plan," a senior official said.

The National Tiger Conservation Authority in New Delhi is also considering shifting some animals to the Gandhi Sagar sanctuary in Mandsaur and Neemuch districts, where two males were released in April. A third site, in the Banni grasslands of Gujarat's Kutch, is being prepared, and officials said talks with Kenya and Botswana for a fresh batch of African cheetahs were at an advanced stage.""", [
    ("Kuno National Park", "IN", N),
    ("Kuno#1,3,5,6", "IN", N, (25.65, 77.25)),
    ("Kuno#4", "IN", N),
    ("Rajasthan", "IN", A),
    ("Baran", "IN", A, (25.1, 76.52)),
    ("BHOPAL", "IN", T),
    ("Madhya Pradesh", "IN", A),
    ("Namibia", "NA", C),
    ("Sheopur#1", "IN", T),
    ("Sheopur#2", "IN", A),
    ("Shahabad", "IN", N, (25.24, 77.16)),
    ("South Africa", "ZA", C),
    ("Morena", "IN", T, (26.5, 78.0)),
    ("Shivpuri", "IN", T),
    ("Gwalior", "IN", T),
    ("Jaipur", "IN", T),
    ("Ranthambore", "IN", N, (26.02, 76.45)),
    ("Mukundra Hills", "IN", N, (24.85, 75.9)),
    ("New Delhi", "IN", T),
    ("Gandhi Sagar", "IN", N, (24.6, 75.6)),
    ("Mandsaur", "IN", A),
    ("Neemuch", "IN", A),
    ("Banni", "IN", N, (23.6, 69.7)),
    ("Gujarat", "IN", A),
    ("Kutch", "IN", A),
    ("Kenya", "KE", C),
    ("Botswana", "BW", C),
    ("African", "*", Q),
])

add("a", """IPL 2025: Punjab Kings edge Delhi Capitals by four runs in Mullanpur thriller

IANS

MULLANPUR (Punjab): Punjab Kings held their nerve in a tense final over to beat Delhi Capitals by four runs at the Maharaja Yadavindra Singh International Cricket Stadium here on Sunday night and climb to the top of the IPL points table.

Set 197 to win, Delhi needed 11 off the last over, but left-arm seamer Gurnoor Sandhu, a 22-year-old from Bathinda, conceded just six and bowled the well-set Tristan Hale (61 off 38 balls) with a yorker off the fourth ball.

Earlier, opener Jaskaran Gill smashed 78 off 44 balls as Punjab posted 196 for 5 after being put in. The Australian all-rounder Cooper Wade, who had flown in from Perth only on Friday, chipped in with a 17-ball 35.

"The crowd here is something else. It felt like a home game in Chandigarh, even though we are not quite in Chandigarh," captain Rohan Bedi said, referring to the ground's location in New Chandigarh, on the Punjab side of the tricity, with the Shivalik hills visible behind the stands.

The new stadium replaced the old PCA ground in Mohali as the franchise's main venue last season. Hundreds of fans from Ludhiana, Patiala and even from Shimla in neighbouring Himachal Pradesh made the trip, and traffic on the Kharar road was backed up until past midnight.

For Delhi, South African quick Lwazi Mokoena took 3 for 29, and their captain said the bowlers had done enough. "We lost it in the middle overs. Chasing 197 is very much on, on this ground," he said.

Punjab Kings will play their next two home matches at the HPCA Stadium in Dharamsala, where they face Mumbai Indians on Wednesday and Rajasthan Royals on Saturday. Delhi Capitals return to the Arun Jaitley Stadium in Delhi to take on Lucknow Super Giants on Friday, before travelling to Ahmedabad to play Gujarat Titans.""", [
    ("Punjab Kings", "-", N),
    ("Delhi Capitals", "-", N),
    ("Mullanpur", "IN", T, (30.78, 76.69)),
    ("MULLANPUR", "IN", T, (30.78, 76.69)),
    ("Punjab#2,5", "IN", A),
    ("Maharaja Yadavindra Singh International Cricket Stadium", "IN", Q),
    ("Delhi#3,4", "-", N),
    ("Bathinda", "IN", T),
    ("Punjab#4", "-", N),
    ("Australian", "AU", Q),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Chandigarh", "IN", T),
    ("New Chandigarh", "IN", N, (30.78, 76.69)),
    ("Shivalik", "*", N),
    ("Mohali", "IN", T),
    ("Ludhiana", "IN", T),
    ("Patiala", "IN", T),
    ("Shimla", "IN", T),
    ("Himachal Pradesh", "IN", A),
    ("Kharar", "IN", T),
    ("South African", "ZA", Q),
    ("Dharamsala", "IN", T),
    ("Mumbai Indians", "-", N),
    ("Rajasthan Royals", "-", N),
    ("Arun Jaitley Stadium", "IN", Q),
    ("Delhi#6", "IN", T),
    ("Lucknow Super Giants", "-", N),
    ("Ahmedabad", "IN", T),
    ("Gujarat Titans", "-", N),
])

add("a", """Telangana, Andhra Pradesh spar over Krishna water as Srisailam level dips

Telangana alleges excess drawal through Pothireddypadu; Amaravati says it is within its share

Special Correspondent

HYDERABAD: The water-sharing dispute between Telangana and Andhra Pradesh over the Krishna flared up again on Monday, with Telangana accusing its neighbour of drawing far more than its share from the Srisailam reservoir through the Pothireddypadu head regulator in Nandyal district.

Telangana Irrigation Minister K. Ramesh Reddy told reporters at the Jala Soudha here that Andhra Pradesh had drawn nearly 38 tmcft since June to feed the Rayalaseema region, while the level at Srisailam had dropped to 834 feet, below the minimum drawdown level.

"If this continues, there will not be enough water at Nagarjuna Sagar for the ayacut in Nalgonda, Suryapet and Khammam, or even for drinking water supply to Hyderabad," he said, adding that the State would write to the Krishna River Management Board (KRMB) and the Union Jal Shakti Ministry.

Officials in Amaravati rejected the charge. "We are drawing only flood water that would otherwise flow into the Bay of Bengal. Our farmers in Kurnool, Kadapa and Anantapur have an equal right over Krishna water," the Andhra Pradesh Water Resources Secretary said in a statement.

Upstream, inflows into Srisailam have fallen sharply as Karnataka has held back water at the Almatti and Narayanpur dams, and releases from the Jurala project in Jogulamba Gadwal district have slowed to a trickle. Maharashtra, where the river rises near Mahabaleshwar, has also reported a weak monsoon in its catchment.

The two States are also at odds over the Godavari, where Telangana has objected to Andhra Pradesh's plan to carry flood water from the Polavaram project to the Banakacherla regulator in Rayalaseema. Telangana says the link would hurt its own projects downstream of Bhadrachalam.

In New Delhi, Jal Shakti Ministry officials said the KRMB would convene a meeting of engineers from both States next week. Farmers' groups in Mahbubnagar and Nalgonda, meanwhile, announced a protest at the Nagarjuna Sagar dam on Thursday.""", [
    ("Telangana", "IN", A),
    ("Andhra Pradesh", "IN", A),
    ("Krishna River Management Board", "IN", Q),
    ("Krishna", "IN", N),
    ("Srisailam", "IN", N, (16.08, 78.87)),
    ("Pothireddypadu", "IN", N, (15.97, 78.37)),
    ("Amaravati", "IN", T, (16.51, 80.52)),
    ("HYDERABAD", "IN", T, (17.38, 78.46)),
    ("Hyderabad", "IN", T, (17.38, 78.46)),
    ("Nandyal", "IN", A),
    ("Rayalaseema", "IN", N),
    ("Nagarjuna Sagar", "IN", N, (16.57, 79.31)),
    ("Nalgonda", "IN", N),
    ("Suryapet", "IN", N),
    ("Khammam", "IN", N),
    ("Bay of Bengal", "*", N),
    ("Kurnool", "IN", N),
    ("Kadapa", "IN", N),
    ("Anantapur", "IN", N),
    ("Karnataka", "IN", A),
    ("Almatti", "IN", N, (16.33, 75.89)),
    ("Narayanpur", "IN", N, (16.22, 76.35)),
    ("Jurala", "IN", N, (16.34, 77.7)),
    ("Jogulamba Gadwal", "IN", A),
    ("Maharashtra", "IN", A),
    ("Mahabaleshwar", "IN", T),
    ("Godavari", "IN", N),
    ("Polavaram", "IN", N, (17.25, 81.64)),
    ("Banakacherla", "IN", N),
    ("Bhadrachalam", "IN", T),
    ("New Delhi", "IN", T),
    ("Mahbubnagar", "IN", N),
])

add("a", """Toxic foam returns to Yamuna at Kalindi Kunj ahead of Chhath; Delhi blames Haryana, UP

IANS

NEW DELHI: Thick layers of toxic foam were seen floating on the Yamuna near Kalindi Kunj in southeast Delhi on Friday, days before Chhath Puja, when thousands of devotees are expected to take a dip in the river.

Samples collected by the Delhi Pollution Control Committee downstream of the Okhla barrage showed high levels of phosphates and surfactants, officials said. Delhi Water Minister Sunita Arora blamed untreated industrial effluents from Haryana's Panipat and Sonipat, and drains carrying waste from Ghaziabad and Noida in Uttar Pradesh.

"Our sewage treatment plants are running at full capacity. But the Yamuna enters Delhi at Palla already polluted, and drains from across the border add to it," she said.

Officials in Chandigarh dismissed the charge, saying the 22-km stretch of the river from Wazirabad to Okhla, which lies entirely within Delhi, accounts for nearly three-fourths of the Yamuna's pollution load. Water released from the Hathnikund barrage in Yamunanagar district reached the capital on Thursday, but was not enough to dilute the pollutants, a Haryana irrigation official said.

In Uttar Pradesh, priests in Mathura and Vrindavan said the river had turned black along the ghats, while officials in Agra said the water treatment plant at Sikandra had been forced to cut supply for a day. Further downstream, in Prayagraj, formerly Allahabad, where the Yamuna joins the Ganga, the water was visibly cleaner, officials said.

Meanwhile, air quality in Delhi and neighbouring Gurugram, Faridabad and Greater Noida slipped into the "very poor" category, with a layer of smog hanging over the national capital. Satellite data showed more than 1,200 farm fires in Punjab over the past week, most of them in Sangrur, Ferozepur and Bathinda districts.

The Commission for Air Quality Management said trucks from outside the NCR, except those carrying essential goods, would be stopped at the Delhi borders if the AQI crossed 400.""", [
    ("Yamuna", "IN", N),
    ("Kalindi Kunj", "IN", N, (28.55, 77.31)),
    ("Delhi Pollution Control Committee", "IN", Q),
    ("Delhi", "IN", N, (28.65, 77.2)),
    ("Haryana", "IN", A),
    ("UP", "IN", A),
    ("NEW DELHI", "IN", T),
    ("Okhla", "IN", N, (28.54, 77.29)),
    ("Panipat", "IN", T),
    ("Sonipat", "IN", T),
    ("Ghaziabad", "IN", T),
    ("Noida", "IN", T),
    ("Uttar Pradesh", "IN", A),
    ("Palla", "IN", N, (28.83, 77.2)),
    ("Chandigarh", "IN", T),
    ("Wazirabad", "IN", N, (28.71, 77.23)),
    ("Hathnikund", "IN", N, (30.31, 77.38)),
    ("Yamunanagar", "IN", A),
    ("Mathura", "IN", T),
    ("Vrindavan", "IN", T),
    ("Agra", "IN", T, (27.18, 78.02)),
    ("Sikandra", "IN", N, (27.22, 77.95)),
    ("Prayagraj", "IN", T),
    ("Allahabad", "IN", T),
    ("Ganga", "*", N),
    ("Gurugram", "IN", T),
    ("Faridabad", "IN", T),
    ("Greater Noida", "IN", T),
    ("Punjab", "IN", A),
    ("Sangrur", "IN", A),
    ("Ferozepur", "IN", A),
    ("Bathinda", "IN", A),
    ("NCR", "IN", N),
])

# ---------------------------------------------------------------- b: rest of South Asia
add("b", """Flash floods sweep Pakistan's Swat Valley, killing at least 19, including tourists

PESHAWAR, Pakistan (AP) - Flash floods triggered by torrential monsoon rains swept through Pakistan's scenic Swat Valley on Friday, killing at least 19 people, including nine members of a family of tourists from the eastern city of Sialkot, rescue officials said.

The Swat River burst its banks on the outskirts of Mingora, the valley's main town, sweeping away a riverside restaurant where the family had stopped for breakfast, said Shafiqa Gul, a spokeswoman for Rescue 1122, the emergency service in northwestern Khyber Pakhtunkhwa province.

Further north, the water tore away parts of the main road near Bahrain, a popular resort town, cutting off Madyan and Kalam, where hundreds of tourists were stranded in hotels. Authorities said army helicopters would be sent from Peshawar as soon as the weather cleared.

"The water came so fast we could only run uphill. Within 10 minutes the street was a river," Zahid Khan, a hotel owner in Bahrain, told The Associated Press by phone.

Floods also hit the Shangla and Buner districts, and a landslide blocked the Karakoram Highway near Besham, halting traffic to Gilgit-Baltistan. In Chitral, villagers were evacuated after a glacial lake burst in the Broghil valley, near the border with Afghanistan.

Downstream, the district administrations in Nowshera and Charsadda ordered residents to leave low-lying areas as the Kabul River rose, a reminder of the devastating floods of 2022, when nearly a third of Pakistan was under water.

In Islamabad, the prime minister's office said the National Disaster Management Authority had been directed to send tents and food to the affected areas. The Pakistan Meteorological Department forecast more rain in the upper parts of the province, including Upper Dir, Lower Dir and Chitral, as well as in Punjab and Azad Kashmir, through Monday.

Pakistan's monsoon season usually runs from late June to September. More than 140 people have died in rain-related incidents across the country since June 26, most of them in Punjab and Khyber Pakhtunkhwa, according to the disaster management authority.""", [
    ("Pakistan Meteorological Department", "PK", Q),
    ("Pakistan", "PK", C),
    ("Swat Valley", "PK", N),
    ("PESHAWAR", "PK", T),
    ("Peshawar", "PK", T),
    ("Sialkot", "PK", T),
    ("Swat River", "PK", N),
    ("Mingora", "PK", T),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Bahrain", "PK", T, (35.21, 72.55)),
    ("Madyan", "PK", T, (35.14, 72.54)),
    ("Kalam", "PK", T, (35.49, 72.58)),
    ("Shangla", "PK", A),
    ("Buner", "PK", A),
    ("Karakoram Highway", "*", N),
    ("Besham", "PK", T, (34.93, 72.87)),
    ("Gilgit-Baltistan", "PK", A),
    ("Chitral", "PK", N, (35.85, 71.79)),
    ("Broghil", "PK", N, (36.85, 73.3)),
    ("Afghanistan", "AF", C),
    ("Nowshera", "PK", A, (34.02, 71.98)),
    ("Charsadda", "PK", A),
    ("Kabul River", "*", N),
    ("Islamabad", "PK", T),
    ("Upper Dir", "PK", A),
    ("Lower Dir", "PK", A),
    ("Punjab", "PK", A),
    ("Azad Kashmir", "PK", A),
])

add("b", """Heatwave grips Sindh as Jacobabad touches 50.5C; Hyderabad reels under 14-hour outages

Our Correspondent

HYDERABAD: Much of upper and lower Sindh remained in the grip of a severe heatwave on Sunday, with Jacobabad recording a maximum temperature of 50.5 degrees Celsius, the highest in the country, followed by Dadu at 49.8C, Larkana at 49C and Mohenjo Daro at 48.5C, according to the Pakistan Meteorological Department.

In Hyderabad, residents of Latifabad, Qasimabad and the old city areas took to the streets against unannounced load-shedding of up to 14 hours and blocked roads for several hours. Protesters chanted slogans against the Hyderabad Electric Supply Company (Hesco), whose officials blamed line losses and illegal connections in the Tando Allahyar, Matiari and Badin areas.

Hospitals in Sukkur and in Nawabshah, the headquarters of Shaheed Benazirabad district, reported dozens of heatstroke patients. "We have set up heatstroke counters in all taluka hospitals of the Larkana division, but the patients keep coming," a health department official said.

A shortage of water has worsened the situation. The Indus River System Authority said the shortage at Kotri Barrage had reached 38 per cent, leaving tail-end areas of Thatta and Badin without irrigation water. In Tharparkar, residents of Mithi and Islamkot said they were walking for miles to fetch drinking water from wells.

Karachi, where the mercury touched 41C but high humidity made it feel like 48C, was spared the worst of the heat. Still, the Pakistan Super League match between Karachi Kings and Quetta Gladiators at the National Bank Stadium was moved to a 9pm start on the advice of the Pakistan Cricket Board's medical panel.

In neighbouring Balochistan, Sibi and Turbat recorded 49C, while in south Punjab, Bahawalpur and Rahim Yar Khan crossed 47C. The Met Office said the heatwave was likely to persist until Thursday, with some relief expected from pre-monsoon showers along the coast, including Karachi and Thatta, by the weekend.

The Sindh government has announced that schools across the province will remain closed until further notice, while the Sindh High Court directed Hesco to submit its load-shedding schedule for Hyderabad and Sukkur by Wednesday.""", [
    ("Sindh High Court", "PK", Q),
    ("Sindh", "PK", A),
    ("Jacobabad", "PK", T),
    ("HYDERABAD", "PK", T, (25.4, 68.38)),
    ("Hyderabad Electric Supply Company", "PK", Q),
    ("Hyderabad", "PK", T, (25.4, 68.38)),
    ("Dadu", "PK", T, (26.73, 67.78)),
    ("Larkana#1", "PK", T),
    ("Larkana#2", "PK", N),
    ("Mohenjo Daro", "PK", N, (27.33, 68.14)),
    ("Pakistan Meteorological Department", "PK", Q),
    ("Latifabad", "PK", N, (25.37, 68.39)),
    ("Qasimabad", "PK", N, (25.4, 68.33)),
    ("Tando Allahyar", "PK", N),
    ("Matiari", "PK", N),
    ("Badin", "PK", N, (24.66, 68.84)),
    ("Sukkur", "PK", T),
    ("Nawabshah", "PK", T),
    ("Shaheed Benazirabad", "PK", A),
    ("Indus River System Authority", "PK", Q),
    ("Kotri Barrage", "PK", N, (25.37, 68.31)),
    ("Thatta", "PK", N, (24.75, 67.92)),
    ("Tharparkar", "PK", A),
    ("Mithi", "PK", T),
    ("Islamkot", "PK", T),
    ("Karachi Kings", "-", N),
    ("Karachi", "PK", T),
    ("Pakistan Super League", "PK", Q),
    ("Quetta Gladiators", "-", N),
    ("National Bank Stadium", "PK", Q),
    ("Pakistan Cricket Board", "PK", Q),
    ("Balochistan", "PK", A),
    ("Sibi", "PK", T, (29.54, 67.88)),
    ("Turbat", "PK", T),
    ("Punjab", "PK", A),
    ("Bahawalpur", "PK", T),
    ("Rahim Yar Khan", "PK", T),
])

add("b", """Afghan quake toll crosses 1,100; Pakistan sends aid through Torkham

Agencies

KABUL / PESHAWAR: The death toll from a magnitude 6.1 earthquake that struck eastern Afghanistan late on Sunday rose to more than 1,100 on Tuesday, Taliban officials said, as rescuers struggled to reach remote mountain villages in Kunar province cut off by landslides.

The quake, centred about 27 kilometres north-east of Jalalabad at a shallow depth of 10 kilometres, flattened mud-brick homes in the Nurgal, Chawkay and Watapur districts of Kunar, and in the Dara-i-Nur district of neighbouring Nangarhar. Tremors were also felt in Laghman and Nuristan.

"Most of the dead are women and children. Entire hamlets in the Mazar valley have been wiped out," said Najibullah Hanif, a spokesman for the provincial administration in Asadabad. Survivors were digging through the rubble with their bare hands, he added.

Helicopters from Kabul and Jalalabad ferried the injured to hospitals in Jalalabad, where doctors said they were running short of blood and painkillers. The main road along the Kunar River was blocked by boulders at several places, and aid convoys were stuck near Asadabad for most of Monday.

In Islamabad, the Foreign Office said Pakistan had dispatched 60 trucks carrying tents, food and medicines through the Torkham border crossing in Khyber district, and that the Khyber Pakhtunkhwa government had set up a field hospital at Landi Kotal to treat injured Afghans brought across the border. Tremors were felt in Peshawar, Bajaur and Chitral, and as far away as Islamabad and Lahore, but no damage was reported in Pakistan.

India flew 1,000 family tents and 15 tonnes of food to Kabul on Monday, and the United Nations said its agencies had set up a hub in Jalalabad. Officials in Kabul appealed for more international help, saying the Hindu Kush winter was only weeks away and thousands of families were sleeping in the open.

Eastern Afghanistan, a region of steep valleys and poorly built homes, has suffered several deadly earthquakes in recent years, including one in Paktika and Khost provinces in 2022 that killed more than 1,000 people.""", [
    ("Afghan", "AF", Q),
    ("Afghans", "AF", Q),
    ("Afghanistan", "AF", C),
    ("Pakistan", "PK", C),
    ("Torkham", "*", N, (34.1, 71.09)),
    ("KABUL", "AF", T),
    ("Kabul", "AF", T),
    ("PESHAWAR", "PK", T),
    ("Peshawar", "PK", T),
    ("Kunar River", "*", N),
    ("Kunar", "AF", A),
    ("Jalalabad", "AF", T, (34.43, 70.45)),
    ("Nurgal", "AF", A, (34.61, 70.76)),
    ("Chawkay", "AF", A, (34.73, 70.93)),
    ("Watapur", "AF", A, (34.93, 70.93)),
    ("Dara-i-Nur", "AF", A, (34.62, 70.6)),
    ("Nangarhar", "AF", A),
    ("Laghman", "AF", A),
    ("Nuristan", "AF", A),
    ("Mazar", "AF", N, (34.68, 70.85)),
    ("Asadabad", "AF", T, (34.87, 71.15)),
    ("Islamabad", "PK", T),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Khyber", "PK", A),
    ("Landi Kotal", "PK", T),
    ("Bajaur", "PK", A),
    ("Chitral", "PK", N, (35.85, 71.79)),
    ("Lahore", "PK", T),
    ("India", "IN", C),
    ("Hindu Kush", "*", N),
    ("Paktika", "AF", A),
    ("Khost", "AF", A),
])

add("b", """Cyclone Arnab: 9 killed, over 2 lakh homes damaged in coastal districts

Embankment breaches leave Shyamnagar, Koyra under water; Mongla port resumes operations

Staff Correspondents

Cyclone Arnab, which crossed the coast between Mongla and Kuakata on Monday night with wind speeds of up to 110 kmph, killed at least nine people and damaged more than two lakh homes in 16 coastal districts, according to the Ministry of Disaster Management and Relief.

Of the dead, three were in Patuakhali, two each in Bhola and Satkhira, and one each in Barguna and Bagerhat. Most were killed by falling trees or were swept away while returning home to check on their cattle.

Tidal surges of six to eight feet breached embankments at 27 points in Satkhira's Shyamnagar and Khulna's Koyra upazilas, inundating dozens of villages, including most of Gabura union. "The embankment has been weak for years. Now the saline water has entered our shrimp enclosures and ponds. We have lost everything," said Abdul Karim, a fisherman of Gabura.

Mongla port resumed loading and unloading of cargo yesterday afternoon after the Met office lowered the danger signal from 10 to 3. Chattogram and Payra ports also reopened, and flights to Cox's Bazar and Barishal resumed by evening.

Forest department officials said they were assessing the damage in the Sundarbans, where the surge kept most of the mangrove forest under water for nearly 10 hours. The carcasses of four spotted deer were recovered near Katka, and the fate of the forest's tigers was not yet known, they said.

In Cox's Bazar, authorities had moved thousands of Rohingya refugees in the Ukhiya and Teknaf camps to sturdier shelters, while on Bhasan Char, the island in the Bay of Bengal where over 35,000 Rohingyas have been relocated, no casualties were reported.

Across the border, authorities in India's West Bengal evacuated around 1.5 lakh people from Sagar Island and other parts of the Sundarbans, and flights were suspended at Kolkata's airport for 21 hours.

The Bangladesh Meteorological Department said Arnab had weakened into a deep depression over Jashore and was moving north towards Kushtia and the Rajshahi division, bringing heavy rain to large parts of the country, including Dhaka, till Thursday.""", [
    ("Shyamnagar", "BD", N, (22.33, 89.1)),
    ("Koyra", "BD", N, (22.34, 89.3)),
    ("Mongla", "BD", T, (22.49, 89.6)),
    ("Kuakata", "BD", T, (21.82, 90.12)),
    ("Patuakhali", "BD", A),
    ("Bhola", "BD", A),
    ("Satkhira", "BD", A),
    ("Barguna", "BD", A),
    ("Bagerhat", "BD", A),
    ("Khulna", "BD", A),
    ("Gabura", "BD", N, (22.27, 89.2)),
    ("Chattogram", "BD", T),
    ("Payra", "BD", N, (21.98, 90.28)),
    ("Cox's Bazar", "BD", T),
    ("Barishal", "BD", T),
    ("Sundarbans", "*", N),
    ("Katka", "BD", N, (21.86, 89.77)),
    ("Ukhiya", "BD", N, (21.29, 92.1)),
    ("Teknaf", "BD", N, (20.86, 92.3)),
    ("Bhasan Char", "BD", N, (22.37, 91.4)),
    ("Bay of Bengal", "*", N),
    ("India", "IN", C),
    ("West Bengal", "IN", A),
    ("Sagar Island", "IN", N, (21.72, 88.1)),
    ("Kolkata", "IN", T),
    ("Bangladesh Meteorological Department", "BD", Q),
    ("Jashore", "BD", N, (23.17, 89.21)),
    ("Kushtia", "BD", N),
    ("Rajshahi", "BD", A),
    ("Dhaka", "BD", T),
])

add("b", """Landslides block Prithvi Highway at Malekhu and Benighat; Rasuwagadhi trade halted

Post Report

KATHMANDU - Traffic on the country's two busiest highways remained disrupted for a second day on Tuesday after overnight landslides in Dhading and Chitwan, leaving thousands of passenger vehicles and cargo trucks stranded on both sides.

According to the Nepal Police, landslides buried sections of the Prithvi Highway at Malekhu and Benighat in Dhading district, while at least nine points on the road between Narayangadh and Mugling in Chitwan were blocked by debris. The swollen Trishuli river also eroded a 40-metre stretch of the road near Kurintar.

"More than 2,500 vehicles bound for Kathmandu from Pokhara, Bharatpur and Birgunj are stuck. We are clearing the debris with excavators but the hills keep coming down," said Deputy Superintendent of Police Ramesh Thapa, spokesperson for the Bagmati Province Police Office in Hetauda.

Passengers, including a group of Indian pilgrims returning from Muktinath, said they had spent the night in their buses without food. Hotels in Mugling and Kurintar ran out of rooms by evening, locals said.

Meanwhile, trade through the Rasuwagadhi border point with China came to a halt after a landslide near Syaphrubesi swept away a section of the road, stranding around 180 containers at the Timure dry port and in Kerung, on the Chinese side of the border. Traders said imports of apples, garments and electronics ahead of the festive season would be hit.

The Department of Hydrology and Meteorology has warned of heavy to very heavy rainfall in the Gandaki, Bagmati and Koshi provinces until Thursday. In Sindhupalchok, residents of Melamchi were asked to stay alert after the Melamchi river rose sharply, four years after a devastating flood buried much of the town's bazaar.

According to the National Disaster Risk Reduction and Management Authority, 41 people have died and 12 are missing in rain-related disasters since the onset of the monsoon on June 13. Gorkha, Tanahun and Syangja are among the districts where schools have been closed for the rest of the week.""", [
    ("Prithvi Highway", "NP", N),
    ("Malekhu", "NP", T, (27.82, 84.83)),
    ("Benighat", "NP", T, (27.81, 84.76)),
    ("Rasuwagadhi", "NP", N, (28.27, 85.38)),
    ("KATHMANDU", "NP", T),
    ("Kathmandu", "NP", T),
    ("Dhading", "NP", A),
    ("Chitwan", "NP", A),
    ("Nepal Police", "NP", Q),
    ("Narayangadh", "NP", T, (27.69, 84.43)),
    ("Mugling", "NP", T, (27.85, 84.56)),
    ("Trishuli", "*", N),
    ("Kurintar", "NP", T, (27.87, 84.6)),
    ("Pokhara", "NP", T),
    ("Bharatpur", "NP", T, (27.68, 84.44)),
    ("Birgunj", "NP", T),
    ("Bagmati Province Police Office", "NP", Q),
    ("Bagmati", "NP", A),
    ("Hetauda", "NP", T),
    ("Indian", "IN", Q),
    ("Muktinath", "NP", N, (28.82, 83.87)),
    ("China", "CN", C),
    ("Chinese", "CN", Q),
    ("Syaphrubesi", "NP", T, (28.16, 85.34)),
    ("Timure", "NP", N, (28.23, 85.37)),
    ("Kerung", "CN", N),
    ("Gandaki", "NP", A),
    ("Koshi", "NP", A),
    ("Sindhupalchok", "NP", A),
    ("Melamchi", "NP", N, (27.83, 85.58)),
    ("Gorkha", "NP", A),
    ("Tanahun", "NP", A),
    ("Syangja", "NP", A),
])

add("b", """Floods: Kelani, Kalu Ganga spill over; over 90,000 affected in nine districts

By Nirosha Gunasekara

Heavy monsoon rains over the past 72 hours have affected more than 90,000 people in nine districts, with the Kelani River and the Kalu Ganga spilling over at several locations, the Disaster Management Centre (DMC) said yesterday.

The worst affected districts are Ratnapura, Kalutara, Gampaha, Colombo and Kegalle in the Western Province and Sabaragamuwa, while parts of Galle and Matara in the Southern Province were also inundated after the Gin Ganga and the Nilwala Ganga rose above flood level.

The Irrigation Department said the Kelani River at Hanwella had reached major flood level, and that low-lying areas in Kaduwela, Kolonnawa and Biyagama could go under water within the next 24 hours. Residents along the Kalu Ganga in Ratnapura town, Elapatha, Kuruvita and Ehaliyagoda have been asked to move to safer locations.

"The water level at Ratnapura is still rising. If the rain continues in the upper catchment, we could see a situation similar to 2017," an Irrigation Department engineer said.

The Navy and the Army have deployed 42 boats for rescue operations, and 12,400 people are staying in 96 welfare centres, the DMC said. Traffic on the main road to Ratnapura was halted near Avissawella, and several trains on the Kelani Valley line were cancelled.

The National Building Research Organisation (NBRO) issued red landslide warnings for several Divisional Secretariat divisions in Kegalle, Ratnapura, Nuwara Eliya and Kandy. A house collapsed in Bulathsinhala in the Kalutara District on Monday night, killing a mother and her two children.

The Bank of Ceylon said its branches in Ratnapura and Ehaliyagoda would remain closed today, while the Ceylon Electricity Board (CEB) said power supply to around 220,000 customers in the Western Province had been disconnected as a precaution.

Warnings are being broadcast in Sinhala, Tamil and English, and the public can call the 117 hotline for assistance. India's High Commission in Colombo said it was ready to provide assistance if the Sri Lankan government requested it. The Meteorology Department forecast that the rains would continue until the weekend, with some spells exceeding 150 mm in the south-west of the island.""", [
    ("Kelani Valley", "LK", Q),
    ("Kelani River", "LK", N),
    ("Kelani", "LK", N),
    ("Kalu Ganga", "LK", N),
    ("Ratnapura#1,5", "LK", A),
    ("Ratnapura#2,3,4,6", "LK", T),
    ("Kalutara", "LK", A),
    ("Gampaha", "LK", A),
    ("Colombo#1", "LK", A),
    ("Colombo#2", "LK", T),
    ("Kegalle", "LK", A),
    ("Western Province", "LK", A),
    ("Sabaragamuwa", "LK", A),
    ("Galle", "LK", A),
    ("Matara", "LK", A),
    ("Southern Province", "LK", A),
    ("Gin Ganga", "LK", N),
    ("Nilwala Ganga", "LK", N),
    ("Hanwella", "LK", T, (6.9, 80.08)),
    ("Kaduwela", "LK", T, (6.93, 79.98)),
    ("Kolonnawa", "LK", T),
    ("Biyagama", "LK", T, (6.94, 79.99)),
    ("Elapatha", "LK", T, (6.66, 80.37)),
    ("Kuruvita", "LK", T, (6.78, 80.37)),
    ("Ehaliyagoda", "LK", T, (6.85, 80.27)),
    ("Avissawella", "LK", T, (6.95, 80.21)),
    ("Nuwara Eliya", "LK", A),
    ("Kandy", "LK", A),
    ("Bulathsinhala", "LK", T, (6.66, 80.17)),
    ("Bank of Ceylon", "-", N),
    ("Ceylon Electricity Board", "LK", Q),
    ("Tamil", "LK|IN", Q),
    ("India", "IN", C),
    ("Sri Lankan", "LK", Q),
])

add("b", """Gelephu: Mao Chhu bridge completed, final survey for Kokrajhar rail link done

Kuensel Report

GELEPHU - The first major bridge over the Mao Chhu for the Gelephu Mindfulness City was completed last week, connecting the existing town with the site of the new administrative centre on the river's east bank.

The 450-metre bridge, built by a Bhutanese contractor at a cost of Nu 1.2 billion, will carry traffic to the new dry port and the Gelephu International Airport, construction of which is expected to begin early next year, officials of the Gelephu Mindfulness City authority said.

Meanwhile, Indian Railways has completed the final location survey for the railway line that will link Gelephu with Kokrajhar in Assam. The 69-km line will pass through Kokrajhar and Chirang districts before entering Sarpang district, with six stations on the Indian side and two in Bhutan.

"Once the line is complete, goods from Kolkata and from the ports in Bangladesh can come straight to Gelephu. Today, every truck has to come through Phuentsholing or Samdrup Jongkhar," said a senior official of the Ministry of Infrastructure and Transport in Thimphu.

A second line, from Banarhat in West Bengal to Samtse in southern Bhutan, is also being surveyed. Both projects are being funded by India, which is Bhutan's largest trading partner and development partner.

Most of the country's imports now enter through Phuentsholing, across the border from Jaigaon, where traders say congestion has worsened in the last two years. The new airport at Gelephu is also expected to ease pressure on Paro, which is currently Bhutan's only international airport and is surrounded by mountains that allow only daytime landings.

Residents of Sarpang, however, remain cautious. "We welcome the development, but many of us still don't know whether our land will be acquired," said a farmer from Jigmeling, about 20 km east of Gelephu town.

The highway north from Gelephu to Zhemgang and Trongsa, which links the southern plains to central Bhutan, was blocked for 11 hours on Sunday after a landslide, the Department of Surface Transport said. Vehicles bound for Thimphu were diverted through Wangdue Phodrang.""", [
    ("Gelephu Mindfulness City", "BT", Q),
    ("Gelephu International Airport", "BT", Q),
    ("Gelephu", "BT", T, (26.87, 90.49)),
    ("GELEPHU", "BT", T, (26.87, 90.49)),
    ("Mao Chhu", "BT", N),
    ("Kokrajhar#1,2", "IN", T, (26.4, 90.27)),
    ("Kokrajhar#3", "IN", A, (26.4, 90.27)),
    ("Bhutanese", "BT", Q),
    ("Indian", "IN", Q),
    ("Assam", "IN", A),
    ("Chirang", "IN", A, (26.6, 90.55)),
    ("Sarpang", "BT", A),
    ("Bhutan", "BT", C),
    ("Kolkata", "IN", T),
    ("Bangladesh", "BD", C),
    ("Phuentsholing", "BT", T),
    ("Samdrup Jongkhar", "BT", T),
    ("Thimphu", "BT", T),
    ("Banarhat", "IN", T, (26.79, 89.04)),
    ("West Bengal", "IN", A),
    ("Samtse", "BT", T),
    ("India", "IN", C),
    ("Jaigaon", "IN", T),
    ("Paro", "BT", T),
    ("Jigmeling", "BT", N, (26.9, 90.6)),
    ("Zhemgang", "BT", T),
    ("Trongsa", "BT", T),
    ("Wangdue Phodrang", "BT", T),
])

add("b", """Male water crisis: India, China rush desalinated water after fire at MWSC plant

Sun Online

MALE - India and China on Sunday sent shiploads of desalinated water and bottled drinking water to Male, as the capital entered its fourth day without piped water after a fire damaged the main desalination plant of the Male Water and Sewerage Company (MWSC).

An Indian Navy ship carrying 900 tonnes of fresh water sailed from Kochi on Saturday and was expected to dock at Male's north harbour on Monday morning, the Indian High Commission said. Two Chinese vessels left for the Maldives from Colombo, in neighbouring Sri Lanka, on Sunday.

"New Delhi and Beijing both responded within hours of our request. We are grateful to both," Foreign Minister Aishath Rasheed told reporters at the President's Office.

The government has opened 18 water distribution points in Male, Hulhumale and Villimale, where long queues formed before dawn. Water was also being flown in from Addu City and Hanimaadhoo by the Maldivian Air Force, and desalination units on Thilafushi and Hulhule, the airport island, were running round the clock.

MWSC said the fire broke out in a generator room on Thursday night and spread to the control panels, shutting down four of the plant's five units. Engineers flown in from Singapore were assessing the damage, and officials said full production could take two weeks to restore.

Residents complained of long waits and rising prices. "A 1.5-litre bottle that cost MVR 7 last week is now MVR 15 in some shops," said Mohamed Shifan, a teacher who lives in Henveiru, one of the capital's four wards.

The crisis has revived debate over the vulnerability of the congested capital, where more than a third of the country's population lives on an island of less than two square kilometres. Atolls in the south, including Fuvahmulah and Gaafu Dhaalu, have sent water in ferries, and councillors in Hithadhoo, the main island of Addu, said they had started rationing reserves.

The Maldives, a chain of 26 atolls in the Indian Ocean, depends on desalination for most of its drinking water. A similar fire at the same plant in December 2014 left Male without tap water for more than a week.""", [
    ("MALE", "MV", T),
    ("Male Water and Sewerage Company", "MV", Q),
    ("Male", "MV", T, (4.18, 73.51)),
    ("India", "IN", C),
    ("China", "CN", C),
    ("Indian Ocean", "*", N),
    ("Indian", "IN", Q),
    ("Kochi", "IN", T, (9.94, 76.26)),
    ("Chinese", "CN", Q),
    ("Maldives", "MV", C),
    ("Colombo", "LK", T),
    ("Sri Lanka", "LK", C),
    ("New Delhi", "IN", T),
    ("Beijing", "CN", T),
    ("Hulhumale", "MV", T),
    ("Villimale", "MV", N, (4.17, 73.48)),
    ("Addu City", "MV", N, (-0.63, 73.15)),
    ("Addu", "MV", N, (-0.63, 73.15)),
    ("Hanimaadhoo", "MV", N, (6.75, 73.17)),
    ("Maldivian", "MV", Q),
    ("Thilafushi", "MV", N, (4.18, 73.44)),
    ("Hulhule", "MV", N, (4.19, 73.53)),
    ("Singapore", "SG", N),
    ("Henveiru", "MV", N, (4.17, 73.51)),
    ("Fuvahmulah", "MV", N),
    ("Gaafu Dhaalu", "MV", A),
    ("Hithadhoo", "MV", T, (-0.6, 73.08)),
])

# ---------------------------------------------------------------- c: Southeast Asia
add("c", """Typhoon Lannie batters Catanduanes, Albay; over 40,000 flee in Bicol

Rappler.com

LEGAZPI CITY, Philippines - Typhoon Lannie slammed into Catanduanes early Thursday, November 13, toppling power lines and tearing roofs off homes in the island province before crossing the Bicol mainland, state weather bureau PAGASA said.

Lannie made landfall in Bato, Catanduanes, at 2:30 am with maximum sustained winds of 175 kilometers per hour, then made a second landfall over the Caramoan peninsula in Camarines Sur four hours later. It was moving west toward Quezon province at 20 km/h as of 11 am.

In Virac, the provincial capital, several houses along the coast were flattened by storm surge, and the towns of San Andres, Pandan and Bagamanoc remained without power and cellular signal, the Catanduanes provincial disaster office said.

More than 40,000 people were evacuated in the Bicol Region, most of them in Albay and Camarines Sur, according to the Office of Civil Defense. In Albay, residents of barangays near Mayon Volcano, including Padang in Legazpi and villages in Guinobatan and Daraga, were moved out because of the threat of lahar.

"We did not wait for the water. Everyone in the danger zone was out by Wednesday afternoon," Albay Governor Glenda Arevalo told Rappler by phone.

In Camarines Sur, floodwaters rose along the Bicol River in Naga City and in the towns of Pili, Goa, San Jose and San Fernando, where a 68-year-old man drowned after his boat capsized. Classes were suspended in Camarines Norte, Sorsogon and Masbate, and in Northern Samar in Eastern Visayas.

Flights at the Bicol International Airport in Daraga were cancelled, and the Philippine Coast Guard held 3,200 passengers at ports in Tabaco, Matnog and Pilar. In Metro Manila, the Manila Electric Company (Meralco) said it was on standby as the typhoon's outer rainbands brought gusty winds to the capital region.

PAGASA said Lannie would exit the Philippine Area of Responsibility through the West Philippine Sea on Saturday. It is the 21st tropical cyclone to enter the country this year.""", [
    ("Catanduanes", "PH", A),
    ("Albay", "PH", A),
    ("Bicol Region", "PH", A),
    ("Bicol International Airport", "PH", Q),
    ("Bicol River", "PH", N),
    ("Bicol", "PH", N),
    ("LEGAZPI CITY", "PH", T),
    ("Legazpi", "PH", T),
    ("Philippines", "PH", C),
    ("Bato", "PH", T, (13.6, 124.3)),
    ("Caramoan", "PH", N, (13.77, 123.86)),
    ("Camarines Sur", "PH", A),
    ("Quezon", "PH", A),
    ("Virac", "PH", T),
    ("San Andres", "PH", T, (13.6, 124.1)),
    ("Pandan", "PH", T, (14.05, 124.17)),
    ("Bagamanoc", "PH", T),
    ("Mayon Volcano", "PH", N),
    ("Padang", "PH", N, (13.2, 123.73)),
    ("Guinobatan", "PH", T),
    ("Daraga", "PH", T),
    ("Naga City", "PH", T, (13.62, 123.18)),
    ("Pili", "PH", T, (13.55, 123.28)),
    ("Goa", "PH", T, (13.7, 123.49)),
    ("San Jose", "PH", T, (13.55, 123.53)),
    ("San Fernando", "PH", T, (13.57, 123.15)),
    ("Camarines Norte", "PH", A),
    ("Sorsogon", "PH", A),
    ("Masbate", "PH", A),
    ("Northern Samar", "PH", A),
    ("Eastern Visayas", "PH", A),
    ("Philippine Coast Guard", "PH", Q),
    ("Tabaco", "PH", T),
    ("Matnog", "PH", T, (12.59, 124.09)),
    ("Pilar", "PH", T, (12.92, 123.67)),
    ("Metro Manila", "PH", A),
    ("Manila Electric Company", "-", N),
    ("Philippine Area of Responsibility", "PH", Q),
    ("West Philippine Sea", "*", N),
])

add("c", """Pampanga River overflows; 5 towns in Pampanga, Bulacan placed under state of calamity

By Carmela Dizon
Inquirer Central Luzon

CITY OF SAN FERNANDO, Pampanga, Philippines - The provincial boards of Pampanga and Bulacan on Monday placed five towns under a state of calamity after the Pampanga River overflowed following four days of monsoon rains enhanced by Typhoon Nando.

Candaba, Apalit and Macabebe in Pampanga and Calumpit and Hagonoy in Bulacan have been under water since Saturday, with floods reaching chest-deep in some villages along the river, the Office of Civil Defense in Central Luzon said.

In Candaba, the town's vast swamp, a catch basin for water from Nueva Ecija and Bulacan, has merged with the river. "This is the worst we have seen since 2011. The water in Barangay San Agustin has not gone down in three days," said Mayor Danilo Bautista.

The National Irrigation Administration released water from Pantabangan Dam in Nueva Ecija, and the National Power Corporation opened two gates of Angat Dam in Norzagaray, Bulacan, on Sunday, adding to the volume flowing down to Calumpit and Hagonoy, which lie near the mouth of the river on Manila Bay.

In Tarlac, 600 families were evacuated in Victoria and La Paz after the Tarlac River rose. Lahar deposits from Mount Pinatubo were also washed down into low-lying villages of Bacolor and Porac, the provincial disaster office said.

Here in the provincial capital, parts of San Fernando's downtown and the Jose Abad Santos Avenue near the city hall were flooded, and classes from preschool to college were suspended in all towns of Pampanga. Flights at the Clark International Airport in Angeles City were not affected.

Nando earlier battered northern Luzon, where San Fernando City in La Union recorded more than 400 millimeters of rain in 24 hours, and Santa Cruz in Zambales was cut off after a bridge collapsed.

The Department of Social Welfare and Development said it had prepositioned 120,000 food packs in its warehouse in Malolos City. Officials said floodwaters in the lower Pampanga River basin could take up to two weeks to subside.""", [
    ("Pampanga River", "PH", N),
    ("Pampanga", "PH", A),
    ("Bulacan", "PH", A),
    ("CITY OF SAN FERNANDO", "PH", T, (15.03, 120.68)),
    ("San Fernando#1", "PH", T, (15.03, 120.68)),
    ("San Fernando#2", "PH", T, (16.62, 120.32)),
    ("Philippines", "PH", C),
    ("Candaba", "PH", T),
    ("Apalit", "PH", T),
    ("Macabebe", "PH", T),
    ("Calumpit", "PH", T),
    ("Hagonoy", "PH", T, (14.83, 120.73)),
    ("Central Luzon", "PH", A),
    ("Nueva Ecija", "PH", A),
    ("San Agustin", "PH", N, (15.09, 120.83)),
    ("Pantabangan Dam", "PH", N),
    ("Angat Dam", "PH", N),
    ("Norzagaray", "PH", T),
    ("Manila Bay", "PH", N),
    ("Tarlac River", "PH", N),
    ("Tarlac", "PH", A),
    ("Victoria", "PH", T, (15.58, 120.68)),
    ("La Paz", "PH", T, (15.44, 120.73)),
    ("Mount Pinatubo", "PH", N),
    ("Bacolor", "PH", T),
    ("Porac", "PH", T),
    ("Clark International Airport", "PH", Q),
    ("Angeles City", "PH", T),
    ("Luzon", "PH", N),
    ("La Union", "PH", A),
    ("Santa Cruz", "PH", T, (15.77, 119.91)),
    ("Zambales", "PH", A),
    ("Malolos City", "PH", T),
])

add("c", """Lewotobi erupts again, ash forces flight cancellations in Bali, Labuan Bajo

The Jakarta Post

Jakarta - Mount Lewotobi Laki-laki in East Flores regency, East Nusa Tenggara (NTT), erupted again on Tuesday afternoon, sending a column of ash 10 kilometers into the sky and forcing airlines to cancel dozens of flights to and from Bali and Labuan Bajo.

The Volcanology and Geological Hazard Mitigation Center (PVMBG) raised the volcano's alert status to the highest level and widened the exclusion zone to 8 km from the crater, covering villages in Wulanggitang and Ile Bura districts. More than 9,000 residents, many of whom had only returned home last month, were moved to shelters in Boru and Konga, as well as in Larantuka, the regency capital.

"The ash fell like rain. We could not see the road even with our headlights on," said Maria Goreti, 43, who fled with her three children from Dulipali village.

Frans Seda Airport in Maumere, Sikka regency, was closed until further notice, while Komodo Airport in Labuan Bajo, West Manggarai regency, cancelled all flights after ash drifted west over Flores.

At I Gusti Ngurah Rai International Airport in Denpasar, Bali, 62 flights were cancelled on Tuesday evening, mostly international routes to Australia, Singapore and Kuala Lumpur, airport spokesperson Ahmad Syaugi said. Jetstar and Virgin Australia suspended all flights between Bali and Australian cities, including Darwin, Perth and Melbourne, until Thursday.

Thousands of tourists were stranded on the island, and some travel agents in Kuta and Seminyak arranged for their clients to travel by road and ferry to Surabaya in East Java to catch connecting flights.

The Transportation Ministry in Jakarta said it was monitoring the ash distribution with the meteorological agency (BMKG) and the Darwin Volcanic Ash Advisory Centre. Flights to Kupang and to Lombok were operating normally.

Lewotobi Laki-laki, one of a pair of volcanoes on the eastern tip of Flores Island, killed at least nine people when it erupted in November 2024. Indonesia, which sits on the Pacific Ring of Fire, has more than 120 active volcanoes.""", [
    ("Mount Lewotobi Laki-laki", "ID", N, (-8.54, 122.78)),
    ("Lewotobi Laki-laki", "ID", N, (-8.54, 122.78)),
    ("Lewotobi", "ID", N, (-8.54, 122.78)),
    ("Bali", "ID", N),
    ("Labuan Bajo", "ID", T),
    ("The Jakarta Post", "-", N),
    ("Jakarta", "ID", T),
    ("East Flores", "ID", A),
    ("East Nusa Tenggara", "ID", A),
    ("NTT", "ID", A),
    ("Wulanggitang", "ID", A, (-8.52, 122.75)),
    ("Ile Bura", "ID", A, (-8.55, 122.85)),
    ("Boru", "ID", T, (-8.53, 122.71)),
    ("Konga", "ID", T, (-8.43, 122.9)),
    ("Larantuka", "ID", T),
    ("Dulipali", "ID", T, (-8.52, 122.8)),
    ("Frans Seda Airport", "ID", Q),
    ("Maumere", "ID", T),
    ("Sikka", "ID", A),
    ("Komodo Airport", "ID", Q),
    ("West Manggarai", "ID", A),
    ("Flores Island", "ID", N),
    ("Flores", "ID", N),
    ("I Gusti Ngurah Rai International Airport", "ID", Q),
    ("Denpasar", "ID", T),
    ("Australia", "AU", C),
    ("Singapore", "SG", N),
    ("Kuala Lumpur", "MY", T),
    ("Virgin Australia", "-", N),
    ("Australian", "AU", Q),
    ("Darwin Volcanic Ash Advisory Centre", "AU", Q),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Kuta", "ID", T, (-8.72, 115.17)),
    ("Seminyak", "ID", T, (-8.69, 115.16)),
    ("Surabaya", "ID", T),
    ("East Java", "ID", A),
    ("Kupang", "ID", T, (-10.17, 123.61)),
    ("Lombok", "ID", N),
    ("Indonesia", "ID", C),
    ("Pacific Ring of Fire", "*", Q),
])

add("c", """Mae Sai under water again as Sai River bursts banks; Chiang Mai braces for Ping surge

Bangkok Post

CHIANG RAI: Floodwaters from the Sai River swept through the commercial heart of Mae Sai district on Wednesday for the second time in a year, submerging shops and homes near the border bridge and forcing hundreds of residents to climb onto rooftops.

The river, which forms the border between Mae Sai and Myanmar's Tachileik in Shan State, rose more than two metres overnight after torrential rain in the mountains upstream. Soldiers from the 37th Military Circle used boats to rescue elderly residents trapped in homes around the Sai Lom Joi market.

"The mud came in faster than last year. We moved our goods upstairs, but the water followed us," said a shop owner on Phahonyothin Road, the main street that runs to the border.

Chiang Rai governor Chanchai Wongsuwan said 14 of the province's 18 districts had been declared disaster zones, including Mae Sai, Mae Chan, Chiang Saen and Wiang Pa Pao. In Chiang Saen, the Mekong rose sharply at the Golden Triangle, where the borders of Thailand, Laos and Myanmar meet.

In Chiang Mai, the Ping River was expected to peak at 4.9 metres at the Nawarat Bridge by Thursday evening, and the provincial administration ordered sandbag walls along the riverside and in the Night Bazaar area. Residents of Mae Taeng and San Sai districts, north of the city, were told to move valuables to higher ground.

Further south, the Yom River overflowed in Phrae and Sukhothai, while Lampang and Nan reported landslides that cut roads in several districts. The Royal Irrigation Department said water in the Chao Phraya at Nakhon Sawan was rising but the Chao Phraya Dam in Chai Nat was still able to hold back the surge, and that Ayutthaya and Bangkok were not at risk for now.

Bangkok Airways and Thai AirAsia said flights to Chiang Mai and Chiang Rai were operating normally. Prime Minister's Office spokesman Jirayu Srisuk said the cabinet would approve an emergency budget of 2.5 billion baht for affected provinces next week.

Authorities in Tachileik said at least three people had died on the Myanmar side, where the military government has limited rescue capacity.""", [
    ("Mae Sai", "TH", N, (20.43, 99.88)),
    ("Sai River", "*", N),
    ("Chiang Mai", "TH", N, (18.79, 98.98)),
    ("Ping River", "TH", N),
    ("Ping", "TH", N),
    ("Bangkok Post", "-", N),
    ("CHIANG RAI", "TH", T, (19.91, 99.83)),
    ("Chiang Rai#1", "TH", A),
    ("Chiang Rai#2", "TH", T, (19.91, 99.83)),
    ("Myanmar", "MM", C),
    ("Tachileik", "MM", T),
    ("Shan State", "MM", A),
    ("Sai Lom Joi", "TH", N, (20.45, 99.88)),
    ("Mae Chan", "TH", A, (20.15, 99.85)),
    ("Chiang Saen", "TH", N, (20.28, 100.09)),
    ("Wiang Pa Pao", "TH", A, (19.35, 99.51)),
    ("Mekong", "*", N),
    ("Golden Triangle", "*", N),
    ("Thailand", "TH", C),
    ("Laos", "LA", C),
    ("Nawarat Bridge", "TH", Q),
    ("Mae Taeng", "TH", A),
    ("San Sai", "TH", A, (18.85, 99.05)),
    ("Yom River", "TH", N),
    ("Phrae", "TH", N),
    ("Sukhothai", "TH", N),
    ("Lampang", "TH", N),
    ("Nan", "TH", N, (18.78, 100.78)),
    ("Chao Phraya Dam", "TH", N, (15.16, 100.18)),
    ("Chao Phraya", "TH", N),
    ("Nakhon Sawan", "TH", T),
    ("Chai Nat", "TH", N),
    ("Ayutthaya", "TH", N),
    ("Bangkok Airways", "-", N),
    ("Bangkok", "TH", T),
    ("Thai AirAsia", "-", N),
])

add("c", """Typhoon Lingling makes landfall in Quang Ninh, Hai Phong; Hanoi closes schools

VnExpress International

Typhoon Lingling made landfall in the northern provinces of Quang Ninh and Hai Phong on Sunday afternoon with winds of up to 133 km per hour, tearing roofs off thousands of houses, uprooting trees and sinking dozens of fishing boats moored along the coast.

The storm, the 11th to hit the East Sea this year, crossed China's Hainan Island and the Gulf of Tonkin before slamming into the coast between Mong Cai and Ha Long at around 2 p.m., according to the National Center for Hydro-Meteorological Forecasting.

In Quang Ninh, authorities evacuated more than 30,000 people from coastal areas and closed Ha Long Bay to tourist boats for the third day. On Co To and Van Don islands, power and phone connections were cut. Van Don International Airport and Cat Bi International Airport in Hai Phong were closed until Monday morning, while Noi Bai in Hanoi cancelled or delayed 84 flights.

"The wind was so strong that we could not open the door. The zinc roof flew away like paper," said Nguyen Van Hung, a fisherman on Cat Ba Island.

Across the border, authorities in China's Guangxi region suspended ferries and evacuated residents in Dongxing and Fangchenggang.

Hanoi ordered all schools to close on Monday as forecasters warned of rainfall of 200-300 mm across the northern delta and midlands. The water level on the Red River in Hanoi was expected to rise above the first alarm level near the Long Bien Bridge by Tuesday.

In the mountainous north, the Department of Dyke Management warned of flash floods and landslides in Lao Cai, which merged with Yen Bai earlier this year, as well as in Cao Bang, Lang Son, Tuyen Quang and Thai Nguyen. Tourists in Sa Pa were advised to postpone treks, and traffic on the expressway from Hanoi to the border was restricted near the Thao River.

In Hung Yen and Ninh Binh, farmers rushed to harvest rice before the rain. Last September, Typhoon Yagi killed nearly 300 people across northern Vietnam, most of them in landslides and flash floods in Lao Cai and Cao Bang.

Vietnam is hit by about 10 storms a year. Ho Chi Minh City sent 50 rescue workers and equipment to the north on Sunday night.""", [
    ("Quang Ninh", "VN", A),
    ("Hai Phong", "VN", N, (20.86, 106.68)),
    ("Hanoi", "VN", N, (21.02, 105.84)),
    ("VnExpress International", "-", N),
    ("East Sea", "*", N),
    ("China", "CN", C),
    ("Hainan Island", "CN", N),
    ("Gulf of Tonkin", "*", N),
    ("Mong Cai", "VN", T),
    ("Ha Long Bay", "VN", N),
    ("Ha Long", "VN", T, (20.95, 107.07)),
    ("Co To", "VN", N, (20.97, 107.77)),
    ("Van Don International Airport", "VN", Q),
    ("Van Don", "VN", N, (21.07, 107.42)),
    ("Cat Bi International Airport", "VN", Q),
    ("Noi Bai", "VN", Q),
    ("Cat Ba Island", "VN", N, (20.8, 107.0)),
    ("Guangxi", "CN", A),
    ("Dongxing", "CN", T, (21.55, 107.97)),
    ("Fangchenggang", "CN", T),
    ("Red River", "*", N),
    ("Long Bien Bridge", "VN", Q),
    ("Lao Cai", "VN", A),
    ("Yen Bai", "VN", N, (21.72, 104.91)),
    ("Cao Bang", "VN", A),
    ("Lang Son", "VN", A),
    ("Tuyen Quang", "VN", A),
    ("Thai Nguyen", "VN", A),
    ("Sa Pa", "VN", T),
    ("Thao River", "VN", N),
    ("Hung Yen", "VN", A),
    ("Ninh Binh", "VN", A),
    ("Vietnam", "VN", C),
    ("Ho Chi Minh City", "VN", T),
])

add("c", """Junta Airstrikes Kill 23 in Sagaing Region as Resistance Forces Close In on Shwebo

The Irrawaddy

Military airstrikes on two villages in Sagaing Region's Depayin Township killed at least 23 civilians, including seven children, on Sunday, as resistance forces tightened their grip on the main roads leading to the junta-held town of Shwebo, local sources said.

A Y-12 aircraft dropped bombs on a monastery in one village where displaced families were sheltering, and a second strike hit a nearby market, residents told The Irrawaddy. "There were no resistance fighters there. Only people who had fled from other villages," said a local volunteer.

Resistance forces, led by the People's Defense Force and the Burma People's Liberation Army, have captured several outposts along the Shwebo-Ye-U road in recent weeks and are now fighting within 10 km of Shwebo, a major rice-growing town about 100 km north of Mandalay. Fighting has also been reported in Kanbalu and Kawlin townships to the north, and in Kani Township near the Chindwin River.

Across the Irrawaddy River from Mandalay, the regime has reinforced troops in the town of Sagaing, where a military checkpoint was attacked with drones last week. In Mandalay Region, resistance groups said they had seized a police station in Madaya Township, north of Mandalay city.

The junta, which has lost control of large swathes of Sagaing since the 2021 coup, has increasingly relied on air power. According to data compiled by The Irrawaddy, more than 400 civilians have been killed in airstrikes across Sagaing, Magwe and Mandalay regions this year.

In Naypyitaw, the regime's spokesman, Major General Zaw Min Tun, did not respond to requests for comment. State-run media reported that "terrorists" had been killed in clashes near Monywa, the Sagaing regional capital.

Meanwhile, in neighbouring Chin State, the Chin Brotherhood claimed the capture of a military camp near Falam. Thousands of refugees from Chin State and Tamu have crossed into India's Manipur and Mizoram states in the past two years, and trade through the border town of Moreh has been largely suspended.

In northern Shan State, trade at the Muse border gate with China resumed last month after the regime regained control of Lashio under a Chinese-brokered truce. Residents in Yangon said prices of rice and cooking oil had risen by 20 percent since August.""", [
    ("Sagaing Region", "MM", A),
    ("Sagaing#3", "MM", T, (21.88, 95.98)),
    ("Sagaing#4,5,6", "MM", A),
    ("Shwebo", "MM", T),
    ("Ye-U", "MM", T),
    ("The Irrawaddy", "-", N),
    ("Depayin", "MM", A, (22.68, 95.37)),
    ("Burma", "MM", Q),
    ("Mandalay Region", "MM", A),
    ("Mandalay#1,2,4", "MM", T, (21.97, 96.08)),
    ("Mandalay#5", "MM", A),
    ("Kanbalu", "MM", A, (23.2, 95.52)),
    ("Kawlin", "MM", A, (23.78, 95.68)),
    ("Kani", "MM", A, (22.43, 94.84)),
    ("Chindwin River", "MM", N),
    ("Irrawaddy River", "MM", N),
    ("Madaya", "MM", A, (22.21, 96.1)),
    ("Magwe", "MM", A),
    ("Naypyitaw", "MM", T),
    ("Monywa", "MM", T),
    ("Chin State", "MM", A),
    ("Chin Brotherhood", "MM", Q),
    ("Falam", "MM", T),
    ("Tamu", "MM", N, (24.22, 94.31)),
    ("India", "IN", C),
    ("Manipur", "IN", A),
    ("Mizoram", "IN", A),
    ("Moreh", "IN", T),
    ("Shan State", "MM", A),
    ("Muse", "MM", T, (23.98, 97.9)),
    ("China", "CN", C),
    ("Lashio", "MM", T),
    ("Chinese", "CN", Q),
    ("Yangon", "MM", T),
])

add("c", """Floods: Over 48,000 evacuated in Kelantan, Terengganu as Putrajaya activates disaster agency

Malaysiakini

The number of flood evacuees in the east coast states rose to 48,312 this morning, with Kelantan the worst hit as the Golok and Kelantan rivers breached danger levels at several points, according to the National Disaster Management Agency (Nadma).

In Kelantan, 31,540 people from 9,870 families were housed at 214 relief centres in eight districts, mostly in Pasir Mas, Tumpat, Kota Bharu and Kuala Krai. The Sungai Golok at Rantau Panjang was 1.2 metres above the danger level, cutting road links to the Thai border town of Sungai Kolok.

"This is the third wave this monsoon. Many of us had just finished cleaning our houses from the last flood," said Che Rohani Ismail, 54, a trader in Rantau Panjang who was evacuated with her grandchildren.

In Terengganu, 14,115 evacuees were recorded in Kemaman, Dungun and Hulu Terengganu, while in Pahang, the Pahang River at Temerloh was approaching the warning level. The Meteorological Department (MetMalaysia) issued a red alert for continuous rain in Kelantan, Terengganu and parts of Pahang until Sunday.

In Putrajaya, the Deputy Prime Minister, who chairs the national disaster management committee, said RM100 million had been allocated for immediate relief. He said personnel from the armed forces and the police had been moved from Kuala Lumpur and Johor to the east coast, and that helicopters from Sabah and Sarawak were on standby.

Across the border, Thai authorities reported floods in Narathiwat and Songkhla provinces, including in the commercial hub of Hat Yai, where water levels had risen by about a metre overnight.

On the west coast, flash floods hit parts of Penang late yesterday. In George Town, several roads near Komtar and Jalan Masjid Negeri were inundated after two hours of heavy rain, while on the mainland, residents of Butterworth and Bukit Mertajam reported rising water in low-lying housing areas.

"Georgetown floods every year at this time because the drains cannot cope. We have been asking for upgrades since 2017," a Penang Island City Council councillor said.

Flights from Kota Bharu's Sultan Ismail Petra Airport to Kuala Lumpur and Singapore were delayed due to poor visibility, the airport operator said.""", [
    ("Kelantan#1,2,4,5", "MY", A),
    ("Kelantan#3", "MY", N),
    ("Terengganu", "MY", A),
    ("Putrajaya", "MY", T),
    ("Malaysiakini", "-", N),
    ("Golok", "*", N),
    ("Sungai Golok", "*", N),
    ("Pasir Mas", "MY", N),
    ("Tumpat", "MY", N),
    ("Kota Bharu", "MY", N, (6.12, 102.24)),
    ("Kuala Krai", "MY", N),
    ("Rantau Panjang", "MY", T, (6.02, 101.98)),
    ("Thai", "TH", Q),
    ("Sungai Kolok", "TH", T, (6.03, 101.97)),
    ("Kemaman", "MY", A, (4.23, 103.42)),
    ("Dungun", "MY", A, (4.78, 103.42)),
    ("Hulu Terengganu", "MY", A),
    ("Pahang River", "MY", N),
    ("Pahang", "MY", A),
    ("Temerloh", "MY", T),
    ("Kuala Lumpur", "MY", T),
    ("Johor", "MY", A),
    ("Sabah", "MY", A),
    ("Sarawak", "MY", A),
    ("Narathiwat", "TH", A),
    ("Songkhla", "TH", A),
    ("Hat Yai", "TH", T),
    ("Penang Island City Council", "MY", Q),
    ("Penang", "MY", A),
    ("George Town", "MY", T, (5.41, 100.33)),
    ("Georgetown", "MY", T, (5.41, 100.33)),
    ("Komtar", "MY", Q),
    ("Butterworth", "MY", T, (5.4, 100.36)),
    ("Bukit Mertajam", "MY", T),
    ("Sultan Ismail Petra Airport", "MY", Q),
    ("Singapore", "SG", N),
])

add("c", """Mekong drops to record low at Kratie as Phnom Penh, Vientiane look upstream

Khmer Times

PHNOM PENH - The Mekong River fell to its lowest level for March in more than six decades of records at Kratie on Monday, the Mekong River Commission (MRC) said, raising fears for fisheries and rice farming in Cambodia and downstream in Vietnam.

The water level at Kratie stood at 5.1 metres, about 1.4 metres below the long-term average, while at Stung Treng, near the border with Laos, it was 1.1 metres lower than at the same time last year, the MRC said in a weekly bulletin issued from its secretariat in Vientiane.

Fishermen on the Tonle Sap lake in Kampong Chhnang and Siem Reap provinces said catches had fallen by more than half. "In my father's time we filled the boat in one morning. Now we go out for three days and come back with a few kilos," said Sok Chea, 52, a fisherman from Kampong Luong floating village.

The Ministry of Water Resources and Meteorology in Phnom Penh said the low flows were caused by a weak monsoon last year and by water being held back in reservoirs upstream. It said it would ask the MRC to seek data from China, which operates 11 large dams on the upper reaches of the river, known there as the Lancang, in Yunnan province.

Officials in Beijing have said the dams help to regulate flows and release more water in the dry season. But a study by the Washington-based Stimson Center said releases from the Jinghong dam had been cut by a third in February.

In Laos, which has built dozens of dams on the Mekong and its tributaries, the Xayaburi dam north of Luang Prabang and the Don Sahong dam near the Khone Falls in Champasak province were operating as normal, Lao officials said.

Downstream, farmers in Vietnam's Mekong Delta provinces of An Giang and Can Tho reported saltwater intrusion up to 60 km inland. The Delta, which produces about half of Vietnam's rice, has suffered repeated droughts since 2016.

In neighbouring Thailand, authorities in Nong Khai, across the river from Vientiane, said the water was so low that sandbars had appeared in the middle of the river. A researcher at the ISEAS-Yusof Ishak Institute in Singapore said the four lower Mekong countries needed to negotiate together with China.""", [
    ("Mekong River Commission", "*", Q),
    ("Mekong River", "*", N),
    ("Mekong Delta", "VN", N),
    ("Mekong", "*", N),
    ("Kratie", "KH", T, (12.49, 106.02)),
    ("Phnom Penh", "KH", T),
    ("PHNOM PENH", "KH", T),
    ("Vientiane", "LA", T),
    ("Khmer Times", "-", N),
    ("Cambodia", "KH", C),
    ("Vietnam", "VN", C),
    ("Stung Treng", "KH", T, (13.53, 105.97)),
    ("Laos", "LA", C),
    ("Tonle Sap", "KH", N),
    ("Kampong Chhnang", "KH", A),
    ("Siem Reap", "KH", A),
    ("Kampong Luong", "KH", N, (12.58, 104.21)),
    ("China", "CN", C),
    ("Lancang", "CN", N),
    ("Yunnan", "CN", A),
    ("Beijing", "CN", T),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Jinghong", "CN", N, (22.0, 100.77)),
    ("Xayaburi", "LA", N, (19.25, 101.8)),
    ("Luang Prabang", "LA", T),
    ("Don Sahong", "LA", N, (13.95, 105.96)),
    ("Khone Falls", "LA", N, (13.95, 105.93)),
    ("Champasak", "LA", A),
    ("Lao", "LA", Q),
    ("An Giang", "VN", A),
    ("Can Tho", "VN", N, (10.04, 105.79)),
    ("Delta", "VN", Q),
    ("Thailand", "TH", C),
    ("Nong Khai", "TH", T),
    ("Singapore", "SG", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
