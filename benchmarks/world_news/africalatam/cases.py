"""africalatam: a held-out set of 24 full-length English-language news articles about Africa
and Latin America, in the styles of the wire agencies (Reuters, AFP, AP, Bloomberg), Al
Jazeera English and local English-language outlets (Nation, News24, Addis Standard, Daily
Monitor, Premium Times, Punch, GhanaWeb, Colombia Reports, Rio Times, Buenos Aires Times,
Tico Times, Jamaica Gleaner).

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py,
and that never ran geomap on these articles. Events, quotes and most people are invented; every
place is real and placed where it really is. Scored by ../article_runner.py (see its docstring).

Genres (8 articles each):
  "a"  East and Southern Africa and the Horn: Kenya floods, Ethiopia (Amhara), Sudan (Darfur),
       DR Congo (Kivu), South Africa (Gauteng water crisis), Mozambique/Zimbabwe/Madagascar
       cyclone, Somalia (piracy, al Shabaab), Uganda/Tanzania (EACOP pipeline).
  "b"  West, Central and North Africa and the Sahel: Nigeria (Borno insurgency, Kano market
       fire), Mali/Burkina Faso/Niger (fuel blockade), Libya/Tunisia/Egypt (migration to Crete
       and Lampedusa), Ghana (galamsey and cocoa), Senegal (oil), Cameroon (Anglophone crisis),
       Morocco/Algeria (Western Sahara).
  "c"  Latin America and the Caribbean: Mexico (Sinaloa), Colombia (Catatumbo), Venezuela
       (Essequibo vote), Brazil (Amazon drought), Chile/Bolivia/Argentina (lithium), Central
       America (reverse migration through Costa Rica), Argentine football, Jamaica/Cuba/Haiti
       hurricane.

Conventions:
  - Every place a careful reader would put on a map is listed, every occurrence, including
    ALL-CAPS datelines ("GARISSA, Kenya -", "PORT SUDAN, Sudan (AFP) -") and headlines,
    and a capital used for its government ("Kinshasa accuses Kigali", "Pretoria
    said", "Abuja and Niamey", "Washington designated"), which counts as the city.
  - Kinds: C country; A admin-1/admin-2/region (Kenyan counties, Ethiopian regions and zones,
    Nigerian states and LGAs, Brazilian and Mexican states, Jamaican parishes, Ugandan and
    Tanzanian districts/regions); T city/town/village; N any kind (rivers, lakes, seas, islands,
    mountains, deserts, parks, macro-regions such as Darfur, Kordofan, Catatumbo, the Sahel, the
    Amazon, townships and neighbourhoods such as Soweto, Mathare or La Boca, and names whose
    kind is genuinely open, such as "Lamu" or "Kaduna" without a qualifier).
  - Country "*" for features spanning countries (Lake Victoria, the Red Sea, the Sahel, the
    Rift Valley, Lake Chad); "A|B" where two countries are both defensible (Dakhla and
    Laayoune "EH|MA"; border posts such as Peñas Blancas "CR|NI").
  - Hints: (lat, lon) for ambiguous names (Victoria, Seychelles vs Victoria/Limbe, Cameroon;
    Santa Cruz, Jamaica; San José, Costa Rica; Valencia, Venezuela; Córdoba, Argentina vs
    Córdoba, Spain; Tripoli, Libya; Beira; Palma; Bali, Cameroon; Kingston, Jamaica...).
  - Demonyms and adjectives ("Kenyan", "Sudanese", "Sahrawi", "Venezuelans") are kind Q with
    their country: not counted.
  - Organisations whose name contains a place (Kenya Red Cross, Nigeria Police Force, Lagos
    State University, Banco de Bogotá, Ethiopian Airlines, Kano Pillars, Orlando Pirates,
    Rosario Central) are listed as Q with the country of the place meant, so that their inner
    place name is not counted as expected. Non-places named like places are listed with country
    "-": people (Florence Wanjiru, Kwame Asante, Carlos Lima, Piedad Córdoba, Salvador
    Nasralla, Simón Bolívar), clubs (River Plate, Boca Juniors, Belgrano, Enyimba), a ship
    (Kismayo Star), newspapers (Addis Standard, Rio Times, Buenos Aires Times), the Indian
    Ocean Dipole.
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------------------
# Genre "a": East and Southern Africa and the Horn
# ---------------------------------------------------------------------------

add("a", """Floods: Thousands displaced as Tana River bursts its banks

By Stephen Otieno

GARISSA, Kenya — More than 40,000 people have been displaced in Garissa and Tana River counties after the Tana River burst its banks following a week of torrential rain in the central highlands, the Kenya Red Cross said on Tuesday.

The swollen river cut the Garissa-Madogo road and submerged large parts of Hola, the headquarters of Tana River County, where residents were moved to a primary school on higher ground. In Bura, canals serving the irrigation scheme were washed away.

"We have lost everything — the goats, the maize, even the house," said Florence Wanjiru, a mother of four sheltering at a camp in Garissa town. "The water came at night, and by morning it was up to the windows."

The Kenya Meteorological Department warned that heavy rain would persist over the Mount Kenya region, Nairobi and the Lake Victoria basin until the end of the month. Dams on the upper Tana were spilling, power generator KenGen said.

In Nairobi, at least 11 people died when the Nairobi River flooded informal settlements in Mathare and Mukuru, police said. In western Kenya, the Nzoia River overflowed in Budalangi, Busia County, and families in Nyando, in Kisumu County, waded through waist-deep water to reach relief centres.

Kenya Railways suspended the Madaraka Express between Nairobi and Mombasa for a day after water covered the line near Mtito Andei, while traffic on the Nairobi-Nakuru highway was diverted at Mai Mahiu, in the Rift Valley, where a section of the road caved in.

Interior Cabinet Secretary Kipchumba Murkomen said Kenya Defence Forces helicopters had been sent to Garissa and Lamu to airlift stranded families. "No Kenyan should die waiting for help," he told reporters in Nairobi.

Downstream, in the Tana Delta near Kipini, fishermen said crocodiles had been sighted in flooded villages. Humanitarian agencies also fear cholera outbreaks in the Dadaab refugee camps, which host more than 380,000 people, mostly Somalis, about 100km east of Garissa.

The UN's humanitarian office said the rains, linked to a positive Indian Ocean Dipole, had also hit southern Somalia and parts of Ethiopia, where the Shabelle River rose sharply near Kelafo.""", [
    ("Tana River#1,3", "KE", N),          # the river (headline, "the Tana River burst")
    ("Tana River#2,4", "KE", A),          # the county
    ("GARISSA", "KE", T),
    ("Kenya", "KE", C),
    ("Garissa#1", "KE", A),               # "Garissa and Tana River counties"
    ("Garissa#2,3,4,5", "KE", T),
    ("Kenya Red Cross", "KE", Q),
    ("Madogo", "KE", T),
    ("Hola", "KE", T, (-1.48, 40.03)),
    ("Bura", "KE", T, (-1.09, 39.94)),
    ("Florence", "-", N),                 # person
    ("Kenya Meteorological Department", "KE", Q),
    ("Mount Kenya", "KE", N),
    ("Nairobi", "KE", T),
    ("Lake Victoria", "*", N),
    ("Tana", "KE", N),                    # "the upper Tana" (river)
    ("Nairobi River", "KE", N),
    ("Mathare", "KE", N),
    ("Mukuru", "KE", N),
    ("Nzoia River", "KE", N),
    ("Budalangi", "KE", N),
    ("Busia County", "KE", A),
    ("Nyando", "KE", N),
    ("Kisumu County", "KE", A),
    ("Kenya Railways", "KE", Q),
    ("Mombasa", "KE", T),
    ("Mtito Andei", "KE", T),
    ("Nakuru", "KE", T),
    ("Mai Mahiu", "KE", T),
    ("Rift Valley", "*", N),
    ("Kenya Defence Forces", "KE", Q),
    ("Lamu", "KE", N, (-2.27, 40.90)),
    ("Kenyan", "KE", Q),
    ("Tana Delta", "KE", N),
    ("Kipini", "KE", T),
    ("Dadaab", "KE", N),
    ("Somalis", "SO", Q),
    ("Indian Ocean Dipole", "-", N),      # climate pattern, not the ocean
    ("Somalia", "SO", C),
    ("Ethiopia", "ET", C),
    ("Shabelle River", "*", N),
    ("Kelafo", "ET", T),
])

add("a", """Fano fighters briefly seize parts of Debre Markos as Amhara clashes spread, residents say

By Hiwot Tesfaye

Addis Abeba – Fighters from the Fano militia briefly took control of several neighbourhoods in Debre Markos, the capital of the East Gojjam zone in the Amhara region, on Sunday before federal troops pushed them back, residents and local officials told Addis Standard.

Fighting also flared around Bahir Dar, the regional capital on the southern shore of Lake Tana, and on the road linking Gondar to Metema, the main crossing into Sudan, where traders said trucks carrying sesame had been stranded for four days.

"We heard heavy weapons from the morning until the afternoon," said a resident of Debre Markos who asked not to be named. "Shops are closed and there is no internet."

The Ethiopian National Defense Force said in a statement that it had "neutralised" more than 200 fighters in the West Gojjam and South Wollo zones, claims that could not be independently verified. Federal authorities have restricted access to the region since a state of emergency was declared in August 2023.

The conflict has cut off tourist traffic to Lalibela, the UNESCO-listed town of rock-hewn churches, and Ethiopian Airlines suspended flights to Lalibela and Gondar last month, citing security concerns. Flights to Bahir Dar continue.

The Amhara fighting comes as tensions remain high in Tigray, where the interim administration in Mekelle is split between rival factions of the Tigray People's Liberation Front. Disputed areas including Raya and Welkait, claimed by both Amhara and Tigray, remain a flashpoint, analysts say.

In neighbouring Oromia, the government is separately battling the Oromo Liberation Army, which operates in the West Wollega and Guji zones.

The Ethiopian Human Rights Commission said in a report that at least 45 civilians had been killed in drone strikes in Amhara since January, including in Dessie and Kobo. Humanitarian agencies say more than 1.5 million people in the region need food aid after poor kiremt rains.

Addis Abeba has accused Eritrea of backing Fano, which Asmara denies. Prime Minister Abiy Ahmed told parliament this month that Ethiopia would secure access to the Red Sea "peacefully", remarks that have alarmed officials in Asmara.

The Blue Nile, which flows out of Lake Tana near Bahir Dar, feeds the Grand Ethiopian Renaissance Dam near the border with Sudan in Benishangul-Gumuz.""", [
    ("Debre Markos", "ET", T),
    ("Amhara", "ET", A),
    ("Addis Abeba", "ET", T),
    ("East Gojjam", "ET", A),
    ("Addis Standard", "-", N),           # newspaper
    ("Bahir Dar", "ET", T),
    ("Lake Tana", "ET", N),
    ("Gondar", "ET", T),
    ("Metema", "ET", T),
    ("Sudan", "SD", C),
    ("Ethiopian National Defense Force", "ET", Q),
    ("West Gojjam", "ET", A),
    ("South Wollo", "ET", A),
    ("Lalibela", "ET", T),
    ("Ethiopian Airlines", "ET", Q),
    ("Tigray", "ET", A),
    ("Mekelle", "ET", T),
    ("Tigray People's Liberation Front", "ET", Q),
    ("Raya", "ET", N),
    ("Welkait", "ET", N),
    ("Oromia", "ET", A),
    ("Oromo Liberation Army", "ET", Q),
    ("West Wollega", "ET", A),
    ("Guji", "ET", A),
    ("Ethiopian Human Rights Commission", "ET", Q),
    ("Dessie", "ET", T),
    ("Kobo", "ET", T),
    ("Eritrea", "ER", C),
    ("Asmara", "ER", T),
    ("Ethiopia", "ET", C),
    ("Red Sea", "*", N),
    ("Blue Nile", "*", N),
    ("Grand Ethiopian Renaissance Dam", "ET", Q),
    ("Benishangul-Gumuz", "ET", A),
])

add("a", """RSF shelling kills 30 in El Fasher as displaced pour into Tawila

PORT SUDAN, Sudan (AFP) — Shelling by the paramilitary Rapid Support Forces killed at least 30 people in El Fasher, the last major city in Darfur still held by the army, a local resistance committee said on Saturday, as thousands more fled west towards the town of Tawila.

The RSF has besieged El Fasher, the capital of North Darfur state, for more than a year, and stepped up its assault after overrunning the nearby Zamzam camp in April, once home to around half a million displaced people.

Doctors at the Saudi Hospital, one of the last functioning medical facilities in the city, said they had run out of anaesthetics. "We are operating by torchlight," one surgeon told AFP by satellite phone.

The army-aligned government, which moved to Port Sudan on the Red Sea after war broke out in Khartoum in April 2023, accused the RSF of "genocide". The army retook Khartoum in March, but much of the capital, including parts of Omdurman, remains in ruins.

In Kordofan, fighting has intensified around El Obeid, the capital of North Kordofan, and Babanusa in West Kordofan, while the RSF's rival administration is based in Nyala, in South Darfur.

More than 800,000 Sudanese have crossed into eastern Chad since the war began, most through the border town of Adre, where the UN refugee agency runs transit sites. "The camps around Adre and Farchana are at breaking point," said an aid worker.

Others have fled south into South Sudan through Renk, in Upper Nile state, straining services in a country grappling with its own political crisis. In Juba, officials said the fighting had also disrupted South Sudan's oil exports, which flow through a pipeline across Sudan to the terminal near Port Sudan.

Egypt, which hosts more than 1.2 million Sudanese refugees, has called for a ceasefire. Talks sponsored by Washington and Riyadh in the Saudi city of Jeddah collapsed last year, and neither side has shown interest in returning.""", [
    ("El Fasher", "SD", T),
    ("Tawila", "SD", T),
    ("PORT SUDAN", "SD", T),
    ("Sudan", "SD", C),                   # dateline and "across Sudan"; "South Sudan" / "Port Sudan" are longer
    ("Darfur", "SD", N),
    ("North Darfur", "SD", A),
    ("Zamzam", "SD", N, (13.5, 25.3)),
    ("Saudi Hospital", "SD", Q),          # hospital in El Fasher
    ("Port Sudan", "SD", T),
    ("Red Sea", "*", N),
    ("Khartoum", "SD", T),
    ("Omdurman", "SD", T),
    ("Kordofan", "SD", N),
    ("El Obeid", "SD", T),
    ("North Kordofan", "SD", A),
    ("Babanusa", "SD", T),
    ("West Kordofan", "SD", A),
    ("Nyala", "SD", T, (12.05, 24.88)),
    ("South Darfur", "SD", A),
    ("Sudanese", "SD", Q),
    ("Chad", "TD", C),
    ("Adre", "TD", T, (13.47, 22.20)),
    ("Farchana", "TD", T),
    ("South Sudan", "SS", C),
    ("Renk", "SS", T),
    ("Upper Nile", "SS", A),
    ("Juba", "SS", T, (4.85, 31.58)),
    ("Egypt", "EG", C),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Riyadh", "SA", T),
    ("Saudi", "SA", Q),
    ("Jeddah", "SA", T),
])

add("a", """M23 rebels tighten grip on coltan hub as Congo, Rwanda trade blame

By Didier Kamanzi and Claire Mbuyi

GOMA, Democratic Republic of Congo (Reuters) - M23 rebels have expanded their control of the Rubaya coltan mines in North Kivu province and installed their own administrators in Bukavu, the capital of neighbouring South Kivu, weeks after a U.S.-brokered accord was meant to halt the fighting, residents and United Nations experts said.

Trucks loaded with ore leave Rubaya, in Masisi territory, daily for Goma, and from there cross into Gisenyi in Rwanda, according to a confidential report by U.N. experts seen by Reuters. The report estimates the rebels earn about $800,000 a month from taxes on coltan, a mineral used in mobile phones.

Kinshasa accuses Kigali of backing the Tutsi-led rebellion to plunder eastern Congo's mineral wealth. Rwanda denies this and says its forces are defending against the FDLR, a militia founded by perpetrators of the 1994 genocide.

"Our resources are being stolen in broad daylight," Congo's mines minister told reporters in Kinshasa. In Kigali, government spokesperson Yolande Makolo said Rwanda remained "committed to the Washington process".

The fighting has spilled towards Uvira, on the northern tip of Lake Tanganyika, where Congolese troops and allied Wazalendo militias are holding out just across the water from Bujumbura, Burundi's main city. Burundi has deployed several thousand soldiers in South Kivu.

On Lake Kivu, which separates Goma from Gisenyi and links it by boat to Bukavu, traders said passenger traffic had fallen by half since January.

Further north, in Ituri province, CODECO militiamen killed 19 people at a displacement site near Bunia last week, while the Allied Democratic Forces, an Islamist group with Ugandan roots, attacked villages around Beni and Butembo.

In Doha, Qatari mediators are trying to broker a separate deal between the M23 and the Kinshasa government on prisoner exchanges.

The country's giant copper and cobalt mines in Haut-Katanga and Lualaba, around Lubumbashi and Kolwezi, lie more than 1,000 km from the fighting and have not been affected.""", [
    ("Congo", "CD", C),
    ("Rwanda", "RW", C),
    ("GOMA", "CD", T),
    ("Democratic Republic of Congo", "CD", C),
    ("Rubaya", "CD", T),
    ("North Kivu", "CD", A),
    ("Bukavu", "CD", T),
    ("South Kivu", "CD", A),
    ("U.S.", "US", C),
    ("Masisi", "CD", N),
    ("Goma", "CD", T),
    ("Gisenyi", "RW", T),
    ("Kinshasa", "CD", T),
    ("Kigali", "RW", T),
    ("Washington", "US", Q),              # "the Washington process" (peace process)
    ("Uvira", "CD", T),
    ("Lake Tanganyika", "*", N),
    ("Congolese", "CD", Q),
    ("Bujumbura", "BI", T),
    ("Burundi", "BI", C),
    ("Lake Kivu", "*", N),
    ("Ituri", "CD", A),
    ("Bunia", "CD", T),
    ("Ugandan", "UG", Q),
    ("Beni", "CD", T, (0.49, 29.47)),
    ("Butembo", "CD", T),
    ("Doha", "QA", T),
    ("Qatari", "QA", Q),
    ("Haut-Katanga", "CD", A),
    ("Lualaba", "CD", A),
    ("Lubumbashi", "CD", T),
    ("Kolwezi", "CD", T),
])

add("a", """Joburg water crisis: Soweto, Alexandra residents queue for tankers as pump failure drags on

By Nosipho Dlamini

Johannesburg - Residents of Soweto, Alexandra and parts of Roodepoort spent a fifth day without running water on Wednesday after a power failure at a Rand Water pump station in Eikenhof disrupted supply to large parts of Gauteng.

Johannesburg Water said reservoirs in Brixton and Hursthill had run dry, while in neighbouring Tshwane taps were also dry in parts of Mamelodi and Soshanguve, north of Pretoria.

"We are carrying buckets like it is 1985," said Thandi Mokoena, 64, in Orlando East, where dozens of people queued at a water tanker outside a church. "The children cannot wash before school."

Pretoria said on Wednesday that the national Department of Water and Sanitation would take over coordination of the emergency from the city. Minister Pemmy Majodina said tankers from Ekurhuleni and the West Rand had been diverted to the worst-affected areas.

Rand Water draws most of its supply from the Vaal Dam, on the border between Gauteng and the Free State, which is in turn fed by the Lesotho Highlands Water Project. Delays to the project's second phase, including the Polihali Dam in Lesotho's Mokhotlong district, mean the province could face shortages until at least 2028, engineers warn. Rand Water also supplies parts of Mpumalanga and the North West, where municipalities in Rustenburg and Emalahleni reported low pressure.

The DA, which governs Cape Town, said the crisis showed the ANC had failed Johannesburg. Cape Town came within weeks of running dry during the 2018 "Day Zero" drought.

In KwaZulu-Natal, the eThekwini municipality, which includes Durban, is also battling chronic outages after floods in 2022 destroyed pipelines.

The water crisis has even hit football. The Premier Soccer League moved Saturday's Soweto derby between Kaizer Chiefs and Orlando Pirates from the FNB Stadium to the Moses Mabhida Stadium in Durban, citing concerns about sanitation for 90,000 fans.

"South Africa's economic heartland cannot run on bottled water. Investors are watching," said economist Sipho Ntuli.""", [
    ("Joburg", "ZA", T),
    ("Soweto", "ZA", N),
    ("Alexandra", "ZA", N, (-26.11, 28.10)),
    ("Johannesburg", "ZA", T),
    ("Roodepoort", "ZA", T),
    ("Rand Water", "ZA", Q),
    ("Eikenhof", "ZA", N, (-26.35, 27.99)),
    ("Gauteng", "ZA", A),
    ("Johannesburg Water", "ZA", Q),
    ("Brixton", "ZA", N, (-26.19, 28.00)),
    ("Hursthill", "ZA", N, (-26.17, 27.99)),
    ("Tshwane", "ZA", N),
    ("Mamelodi", "ZA", N, (-25.72, 28.39)),
    ("Soshanguve", "ZA", N, (-25.47, 28.10)),
    ("Pretoria", "ZA", T),
    ("Orlando East", "ZA", N, (-26.23, 27.92)),
    ("Ekurhuleni", "ZA", N),
    ("West Rand", "ZA", A),
    ("Vaal Dam", "ZA", N),
    ("Free State", "ZA", A),
    ("Lesotho Highlands Water Project", "LS", Q),
    ("Polihali Dam", "LS", N),
    ("Lesotho", "LS", C),
    ("Mokhotlong", "LS", A),
    ("Mpumalanga", "ZA", A),
    ("North West", "ZA", A),
    ("Rustenburg", "ZA", T),
    ("Emalahleni", "ZA", N, (-25.87, 29.23)),
    ("Cape Town", "ZA", T),
    ("KwaZulu-Natal", "ZA", A),
    ("eThekwini", "ZA", N),
    ("Durban", "ZA", T),
    ("Soweto derby", "ZA", Q),
    ("Orlando Pirates", "ZA", Q),         # club named after Orlando, Soweto
    ("South Africa", "ZA", C),
])

add("a", """Cyclone Tafara batters Mozambique's Beira, heads for eastern Zimbabwe

By Carlos Mucavele and Tendai Moyo

MAPUTO, Mozambique (AP) — Tropical Cyclone Tafara slammed into central Mozambique near the port city of Beira early Monday, tearing roofs off homes and cutting power to much of Sofala province, before moving inland toward eastern Zimbabwe, officials said.

The storm made landfall between Beira and the mouth of the Buzi River with winds of 175 kph (110 mph), Mozambique's National Institute for Disaster Risk Management said. At least 14 people were killed in Sofala and neighboring Manica and Zambezia provinces.

Before reaching Africa's mainland, Tafara swept across northern Madagascar, killing nine people around Antsiranana and Mahajanga and flooding rice fields in the Sofia region, Madagascar's disaster agency said in Antananarivo.

In Beira, a city of some 600,000 people that was largely destroyed by Cyclone Idai in 2019, residents waded through flooded streets in the Praia Nova and Munhava neighborhoods. "The wind started at midnight and did not stop until the morning," said fisherman Américo Tembe.

Forecasters expect the storm to weaken as it crosses the Chimanimani Mountains into Zimbabwe's Manicaland province, but warned of flash floods in the Chimanimani and Chipinge districts, which were devastated by Idai, and in the city of Mutare. Officials in Harare ordered schools in the province closed until Thursday.

The cyclone also forced the closure of the Beira corridor, the road and rail link that carries fuel and goods to Zimbabwe, Malawi and Zambia.

Further north, in Cabo Delgado province, aid groups feared heavy rain would worsen conditions in camps for people displaced by an Islamist insurgency around Mocímboa da Praia and Palma, where TotalEnergies is preparing to restart a $20 billion liquefied natural gas project.

Mozambique is still recovering from deadly unrest in Maputo and other cities that followed disputed elections in October last year.""", [
    ("Mozambique", "MZ", C),
    ("Beira", "MZ", T, (-19.84, 34.84)),
    ("Zimbabwe", "ZW", C),
    ("MAPUTO", "MZ", T),
    ("Sofala", "MZ", A),
    ("Buzi River", "MZ", N),
    ("Manica", "MZ", A),
    ("Zambezia", "MZ", A),
    ("Africa", "*", N),
    ("Madagascar", "MG", C),
    ("Antsiranana", "MG", T),
    ("Mahajanga", "MG", T),
    ("Sofia", "MG", A),
    ("Antananarivo", "MG", T),
    ("Praia Nova", "MZ", N, (-19.84, 34.84)),
    ("Munhava", "MZ", N, (-19.84, 34.84)),
    ("Chimanimani Mountains", "*", N),
    ("Manicaland", "ZW", A),
    ("Chimanimani", "ZW", A),
    ("Chipinge", "ZW", A),
    ("Mutare", "ZW", T),
    ("Harare", "ZW", T),
    ("Beira corridor", "MZ", Q),          # named transport route
    ("Malawi", "MW", C),
    ("Zambia", "ZM", C),
    ("Cabo Delgado", "MZ", A),
    ("Mocímboa da Praia", "MZ", T),
    ("Palma", "MZ", T, (-10.78, 40.47)),
    ("Maputo", "MZ", T),
])

add("a", """Somali pirates seize bulk carrier as al Shabaab presses offensive near Mogadishu

By Abdirahman Hassan and Elena Marchetti

MOGADISHU, Feb 3 (Reuters) - Pirates hijacked a bulk carrier about 600 nautical miles east of Mogadishu on Monday and sailed it towards the coast of Puntland, the European Union's naval force Atalanta said, in the latest sign that piracy is returning to the Gulf of Aden and the western Indian Ocean.

The vessel, the Liberia-flagged Kismayo Star, was carrying fertiliser from Salalah in Oman to Mombasa in Kenya with 21 crew from India and the Philippines aboard, its manager said. Puntland authorities said the ship was anchored off Eyl, a fishing town that was a notorious pirate base more than a decade ago.

In a separate operation, the Seychelles coast guard brought six suspected pirates to Victoria, the island nation's capital, for prosecution after freeing a Yemeni fishing dhow.

Onshore, al Shabaab fighters have seized a string of towns in the Hiiraan region, including Moqokori, and attacked army positions near Beledweyne on the Shabelle River, forcing thousands of families to flee. The group also staged attacks around Afgooye, about 30 km (19 miles) from the capital, in Lower Shabelle.

"They are closer to Mogadishu than at any time in the last five years," said a senior Somali security official who asked not to be named.

The offensive comes as the African Union's new mission in Somalia, which relies on troops from Uganda, Ethiopia, Kenya and Egypt, struggles for funding.

Relations between Mogadishu and the regional states have also soured. In Jubaland, leader Ahmed Madobe has clashed with the federal government over elections, and federal troops fled across the border to Mandera in Kenya after fighting in Beled Hawo in the Gedo region in December.

Kismayo, the port city near the mouth of the Juba River that serves as Jubaland's capital, has remained calm, residents said, but traders reported that Shabaab checkpoints on the road to Afmadow were taxing goods more heavily.""", [
    ("Somali", "SO", Q),
    ("Mogadishu", "SO", T),
    ("MOGADISHU", "SO", T),
    ("Puntland", "SO", N),
    ("European Union", "*", Q),
    ("Atalanta", "-", N),                 # naval operation
    ("Gulf of Aden", "*", N),
    ("Indian Ocean", "*", N),
    ("Liberia", "LR", C),
    ("Kismayo Star", "-", N),             # ship
    ("Salalah", "OM", T),
    ("Oman", "OM", C),
    ("Mombasa", "KE", T),
    ("Kenya", "KE", C),
    ("India", "IN", C),
    ("Philippines", "PH", C),
    ("Eyl", "SO", T),
    ("Seychelles", "SC", C),
    ("Victoria", "SC", T, (-4.62, 55.45)),
    ("Yemeni", "YE", Q),
    ("Hiiraan", "SO", A),
    ("Moqokori", "SO", T),
    ("Beledweyne", "SO", T),
    ("Shabelle River", "*", N),
    ("Afgooye", "SO", T),
    ("Lower Shabelle", "SO", A),
    ("African Union", "*", Q),
    ("Somalia", "SO", C),
    ("Uganda", "UG", C),
    ("Ethiopia", "ET", C),
    ("Egypt", "EG", C),
    ("Jubaland", "SO", N),
    ("Mandera", "KE", T),
    ("Beled Hawo", "SO", T),
    ("Gedo", "SO", A),
    ("Kismayo", "SO", T),
    ("Juba River", "SO", N),
    ("Afmadow", "SO", T),
])

add("a", """EACOP: First oil to flow from Hoima to Tanga by mid-2026, says minister

By Joseph Ssenyonga

KAMPALA. Uganda expects crude oil from fields on the shores of Lake Albert to begin flowing through the East African Crude Oil Pipeline (EACOP) to the Tanzanian port of Tanga by mid-2026, Energy Minister Ruth Nankabirwa has said.

Speaking in Kampala on Monday, Ms Nankabirwa said construction of the 1,443km pipeline, which runs from Kabaale in Hoima District through Masaka and across Tanzania's Kagera Region to the Chongoleani peninsula near Tanga, was more than 70 percent complete.

"The Tilenga and Kingfisher projects are on schedule," she said, referring to fields operated by TotalEnergies in Buliisa District, partly inside Murchison Falls National Park, and by China's CNOOC in Kikuube District.

In Tanzania, the pipeline crosses eight regions, including Geita, Shinyanga, Tabora, Singida, Dodoma, Manyara and Tanga. Tanzanian officials in Dodoma have said the project will create more than 10,000 local jobs during construction.

Environmental groups in Kampala, Dar es Salaam and Paris have campaigned against the project, saying about a third of the route lies within the Lake Victoria basin and that oil drilling threatens wildlife in Murchison Falls. Students from Makerere University who marched on Parliament in protest last year were arrested and charged with common nuisance.

The minister dismissed the criticism, saying the French oil major and its partners had complied with "the highest environmental standards". She added that a 60,000 barrels-per-day refinery planned at Kabaale, close to the new Hoima International Airport, would attract financing from the Cairo-based African Export-Import Bank.

Uganda discovered commercial oil reserves in the Albertine Graben, along its border with the Democratic Republic of Congo, in 2006, but production has been repeatedly delayed by disputes over taxes and the pipeline route.

From Masaka, the buried pipeline will cross into Tanzania at Mutukula and pass south of Lake Victoria near Biharamulo and Nzega before heading east to the coast at Tanga.""", [
    ("EACOP", "-", N),
    ("Hoima#1", "UG", N),                 # headline
    ("Tanga#1,2,3,5", "TZ", T),
    ("Tanga#4", "TZ", A),                 # "Manyara and Tanga" (regions)
    ("KAMPALA", "UG", T),
    ("Uganda", "UG", C),
    ("Lake Albert", "UG|CD", N),
    ("East African Crude Oil Pipeline", "*", Q),
    ("Tanzanian", "TZ", Q),
    ("Kampala", "UG", T),
    ("Kabaale", "UG", N, (1.48, 31.07)),
    ("Hoima District", "UG", A),
    ("Masaka", "UG", T),
    ("Tanzania", "TZ", C),
    ("Kagera Region", "TZ", A),
    ("Chongoleani", "TZ", N, (-5.0, 39.1)),
    ("Buliisa District", "UG", A),
    ("Murchison Falls National Park", "UG", N),
    ("China", "CN", C),
    ("Kikuube District", "UG", A),
    ("Geita", "TZ", A),
    ("Shinyanga", "TZ", A),
    ("Tabora", "TZ", A),
    ("Singida", "TZ", A),
    ("Dodoma#1", "TZ", A),
    ("Dodoma#2", "TZ", T),
    ("Manyara", "TZ", A),
    ("Dar es Salaam", "TZ", T),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Lake Victoria", "*", N),
    ("Murchison Falls", "UG", N),
    ("Makerere University", "UG", Q),
    ("French", "FR", Q),
    ("Hoima International Airport", "UG", Q),
    ("Cairo", "EG", T),
    ("African Export-Import Bank", "*", Q),
    ("Albertine Graben", "*", N),
    ("Democratic Republic of Congo", "CD", C),
    ("Mutukula", "UG|TZ", T),
    ("Biharamulo", "TZ", T),
    ("Nzega", "TZ", T),
])

# ---------------------------------------------------------------------------
# Genre "b": West, Central and North Africa and the Sahel
# ---------------------------------------------------------------------------

add("b", """Boko Haram kills 23 rice farmers in Borno as ISWAP overruns military base in Marte

By Musa Abdullahi

Maiduguri — At least 23 farmers were killed on Sunday when suspected Boko Haram insurgents attacked rice fields near Zabarmari, in the Jere Local Government Area of Borno State, residents and security sources told PREMIUM TIMES.

The attack came hours after fighters of the Islamic State West Africa Province (ISWAP) overran a military base in Marte, near the shores of Lake Chad, forcing troops to withdraw to Dikwa.

"They came on motorcycles and tied the farmers' hands before slaughtering them," said Bulama Ali, a community leader in Zabarmari. "We buried them this morning."

Borno State Governor Babagana Zulum, who visited the area on Monday, urged the military to secure farmlands before the harvest. He said Maiduguri, the state capital, was now host to more than a million displaced persons, many of them from Marte, Gwoza and Bama.

A spokesperson for the Nigeria Police Force in Abuja said a joint team had been deployed. The Nigerian Army said troops of Operation Hadin Kai had killed "scores of terrorists" in the Sambisa Forest and around Gwoza, near the border with Cameroon.

Violence in north-east Nigeria has also spilled into neighbouring Yobe State, where gunmen attacked a market in Geidam last week, and into Adamawa, where residents of Mubi have fled to the hills after a string of kidnappings.

Across the border, Cameroon's Far North region and Chad's Lac province have also come under attack. The Multinational Joint Task Force, headquartered in N'Djamena, has been weakened since Niger withdrew its troops following the 2023 coup in Niamey.

Aid agencies said the roads linking Maiduguri to Damboa, Monguno and Konduga could now only be used with military escorts.

More than a decade after 276 schoolgirls were abducted from their dormitory in Chibok, 82 of them are still missing, according to Amnesty International. "We are tired of counting the dead," said Zulum. "Borno needs peace, not promises.\"""", [
    ("Borno", "NG", A),
    ("Marte", "NG", T, (12.36, 13.83)),
    ("Maiduguri", "NG", T),
    ("Zabarmari", "NG", T, (11.9, 13.2)),
    ("Jere", "NG", A),
    ("Islamic State West Africa Province", "*", Q),
    ("Lake Chad", "*", N),
    ("Dikwa", "NG", T),
    ("Gwoza", "NG", T),
    ("Bama", "NG", T, (11.52, 13.69)),
    ("Nigeria Police Force", "NG", Q),
    ("Abuja", "NG", T),
    ("Nigerian", "NG", Q),
    ("Sambisa Forest", "NG", N),
    ("Cameroon", "CM", C),
    ("Nigeria", "NG", C),
    ("Yobe State", "NG", A),
    ("Geidam", "NG", T),
    ("Adamawa", "NG", A),
    ("Mubi", "NG", T),
    ("Far North", "CM", A),
    ("Chad", "TD", C),                    # "Chad's Lac province"; "Lake Chad" is longer
    ("Lac", "TD", A),
    ("N'Djamena", "TD", T),
    ("Niger", "NE", C),
    ("Niamey", "NE", T),
    ("Chibok", "NG", T),
    ("Damboa", "NG", T),
    ("Monguno", "NG", T),
    ("Konduga", "NG", T),
])

add("b", """Kano traders count losses as fire razes over 300 shops at Kantin Kwari market

By Ibrahim Adamu

Kano — Traders at the Kantin Kwari textile market in Kano are counting losses running into billions of naira after a fire razed more than 300 shops on Tuesday night, the Kano State Fire Service has said.

The blaze, which started at about 11pm near the Fagge end of the market, burned for six hours before firefighters from the state and the Federal Fire Service brought it under control, the service's spokesperson, Saminu Abdullahi, told our correspondent in Kano on Wednesday.

"We buy most of our fabrics from China and Dubai and bring them through Lagos and Cotonou," said Alhaji Musa Danjuma, who lost two shops. "Everything is gone. Where do we start?"

The Kano State Governor, Abba Kabir Yusuf, who visited the market on Wednesday, announced N500m in support for affected traders and set up a committee to investigate the cause of the fire.

Kantin Kwari supplies textile retailers across northern Nigeria and in Niger, Chad and Cameroon, and traders from Maradi and Zinder regularly travel to Kano to buy stock. Many customers from Kaduna and Katsina were also said to have lost goods they had paid for.

The Nigeria Police Force in Kano said there was no evidence of arson, but some traders blamed a power surge after electricity was restored late on Tuesday.

The fire comes weeks after a similar inferno at the Main Market in Onitsha, Anambra State, and another at Balogun Market on Lagos Island. Dr Tunde Oladipo, a lecturer in urban planning at Lagos State University, said most of the country's big markets lacked hydrants and access roads for fire engines.

Wholesalers warned that prices of wax prints and brocade would rise in markets from Sokoto and Maiduguri to Jos, and across the border in Agadez and Diffa, which depend on Kano for supplies. Some shop owners said they would move temporarily to the Sabon Gari market, while others planned to travel to Onitsha and Cotonou to restock.

In a show of solidarity, Kano Pillars players visited the market on Wednesday before flying out of Aminu Kano International Airport for Sunday's league fixture against Enyimba in Aba.

"Kano is a city of commerce; when Kantin Kwari burns, the whole of the north feels it," said Yusuf.""", [
    ("Kano", "NG", T),
    ("Kantin Kwari", "NG", Q),            # market
    ("Kano State", "NG", A),
    ("Kano State Fire Service", "NG", Q),
    ("Fagge", "NG", N),
    ("China", "CN", C),
    ("Dubai", "AE", T),
    ("Lagos", "NG", T),
    ("Cotonou", "BJ", T),
    ("Nigeria", "NG", C),
    ("Niger", "NE", C),
    ("Chad", "TD", C),
    ("Cameroon", "CM", C),
    ("Maradi", "NE", T),
    ("Zinder", "NE", T),
    ("Kaduna", "NG", N),
    ("Katsina", "NG", N),
    ("Nigeria Police Force", "NG", Q),
    ("Onitsha", "NG", T),
    ("Anambra State", "NG", A),
    ("Lagos Island", "NG", N),
    ("Lagos State University", "NG", Q),
    ("Kano Pillars", "NG", Q),
    ("Aminu Kano International Airport", "NG", Q),
    ("Enyimba", "-", N),                  # football club
    ("Aba", "NG", T, (5.11, 7.37)),
    ("Sokoto", "NG", T),
    ("Maiduguri", "NG", T),
    ("Jos", "NG", T),
    ("Agadez", "NE", T),
    ("Diffa", "NE", T),
    ("Sabon Gari", "NG", N, (12.01, 8.53)),
])

add("b", """Jihadist fuel blockade squeezes Mali's capital as Sahel juntas lean on Moscow

By Boubacar Diallo and Aminata Keita

BAMAKO, Oct 14 (Reuters) - Long queues formed at petrol stations across Bamako for a third week on Tuesday as an al Qaeda-linked group tightened a blockade on fuel tankers coming from Senegal and Ivory Coast, paralysing transport and forcing schools to close.

Fighters from JNIM have attacked convoys on the main roads from Dakar via Kayes and from Abidjan via Sikasso, burning dozens of trucks near Kati and Bougouni, according to transport unions and security sources.

"We have never seen it this bad, not even in 2012," said Moussa Traoré, a motorbike taxi driver who said he had waited 14 hours for fuel.

Mali's junta, led by General Assimi Goita, has ordered military escorts for tanker convoys and urged residents to remain calm.

The crisis has deepened the isolation of the Alliance of Sahel States, which groups Mali, Burkina Faso and Niger and which quit the West African bloc ECOWAS in January. Officials in Abuja and Niamey have traded accusations over border closures that have hit trade on both sides.

In Burkina Faso, JNIM fighters killed dozens of soldiers in an attack on an army base in Djibo, in the north near the Malian border, last month. The government of Captain Ibrahim Traoré in Ouagadougou has not commented on the toll.

In Niger, the junta has nationalised the Somair uranium mine at Arlit, previously run by France's Orano, and said it would sell the uranium on the open market, a move Paris called illegal.

All three governments have turned to Moscow for security support. Russia's Africa Corps, which replaced the Wagner Group, now has about 2,500 personnel in Mali, diplomats say. Wagner suffered one of its worst defeats in July 2024 near Tinzaouaten, on the Algerian border, when Tuareg rebels and jihadists ambushed a convoy.

Algiers, which has long mediated between Bamako and northern rebels, recalled its ambassador this year after Mali accused it of harbouring "terrorists". Analysts say the rebels have regrouped around Kidal, while JNIM continues to encircle towns such as Timbuktu and Gao along the Niger River.""", [
    ("Mali", "ML", C),
    ("Sahel", "*", N),
    ("Moscow", "RU", T),
    ("BAMAKO", "ML", T),
    ("Bamako", "ML", T),
    ("Senegal", "SN", C),
    ("Ivory Coast", "CI", C),
    ("Dakar", "SN", T),
    ("Kayes", "ML", T),
    ("Abidjan", "CI", T),
    ("Sikasso", "ML", T),
    ("Kati", "ML", T, (12.74, -8.07)),
    ("Bougouni", "ML", T),
    ("Alliance of Sahel States", "*", Q),
    ("Burkina Faso", "BF", C),
    ("Niger", "NE", C),                   # "Niger River" is longer
    ("West African", "*", Q),
    ("Abuja", "NG", T),
    ("Niamey", "NE", T),
    ("Djibo", "BF", T),
    ("Malian", "ML", Q),
    ("Ouagadougou", "BF", T),
    ("Arlit", "NE", T),
    ("France", "FR", C),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Russia", "RU", C),
    ("Tinzaouaten", "ML", T, (19.95, 2.95)),
    ("Algerian", "DZ", Q),
    ("Algiers", "DZ", T),
    ("Kidal", "ML", T),
    ("Timbuktu", "ML", T),
    ("Gao", "ML", T),
    ("Niger River", "*", N),
])

add("b", """Crete arrivals surge as smugglers shift to eastern Libya route

TRIPOLI, Libya (AFP) — More than 7,000 migrants have landed on the Greek island of Crete since January, most of them after sailing from Tobruk in eastern Libya, as smugglers shift away from the heavily patrolled central Mediterranean route to Italy, officials and aid groups say.

Many of the passengers are Egyptians from the Nile Delta provinces of Kafr El-Sheikh and Dakahlia, along with Sudanese refugees who crossed into Libya through the desert near Kufra, and Bangladeshis who flew into Benghazi via Dubai, according to the International Organization for Migration.

Greece has suspended asylum applications from people arriving by sea from North Africa and sent a delegation to Benghazi to meet Khalifa Haftar, whose forces control eastern Libya. Athens says coastguard patrols have been stepped up around the tiny island of Gavdos, south of Crete, where many boats first make landfall.

"The Libyan side must stop the boats before they leave," a Greek government spokesman said.

Mahmoud, a 19-year-old fisherman from Kafr El-Sheikh who asked that his family name be withheld, told AFP he had paid $4,000 to be driven through the Salloum border crossing into Libya and on to Tobruk. "In Egypt there is no work," he said.

In western Libya, the coastguard intercepted about 11,000 people off Zuwara and Sabratha in the first half of the year and returned them to Tripoli, where rights groups say detainees face torture in overcrowded centres.

Departures from Tunisia have meanwhile fallen sharply. Authorities have dismantled camps of sub-Saharan migrants in olive groves near El Amra and Jebeniana, north of Sfax, and crossings from Sfax to the Italian island of Lampedusa are down by about 80 percent since Rome and Brussels signed a migration deal with Tunis in 2023.""", [
    ("Crete", "GR", N),
    ("Libya", "LY", C),
    ("TRIPOLI", "LY", T, (32.89, 13.19)),
    ("Greek", "GR", Q),
    ("Tobruk", "LY", T),
    ("Mediterranean", "*", N),
    ("Italy", "IT", C),
    ("Egyptians", "EG", Q),
    ("Nile Delta", "EG", N),
    ("Kafr El-Sheikh#1", "EG", A),        # "provinces of Kafr El-Sheikh and Dakahlia"
    ("Kafr El-Sheikh#2", "EG", N),
    ("Dakahlia", "EG", A),
    ("Sudanese", "SD", Q),
    ("Kufra", "LY", N),
    ("Bangladeshis", "BD", Q),
    ("Benghazi", "LY", T),
    ("Dubai", "AE", T),
    ("Greece", "GR", C),
    ("North Africa", "*", N),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Gavdos", "GR", N),
    ("Libyan", "LY", Q),
    ("Salloum", "EG", T),
    ("Egypt", "EG", C),
    ("Zuwara", "LY", T),
    ("Sabratha", "LY", T),
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Tunisia", "TN", C),
    ("sub-Saharan", "*", Q),
    ("El Amra", "TN", T),
    ("Jebeniana", "TN", T),
    ("Sfax", "TN", T),
    ("Italian", "IT", Q),
    ("Lampedusa", "IT", N),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Brussels", "BE", T),
    ("Tunis", "TN", T),
])

add("b", """Galamsey: Cocoa farmers in Ashanti, Western North count losses as illegal miners poison rivers

Source: GhanaWeb

Cocoa farmers in the Ashanti and Western North regions say illegal gold mining, known locally as galamsey, is destroying their farms and poisoning the Pra, Ankobra and Offin rivers, threatening Ghana's position as the world's second-largest cocoa producer.

At Dunkwa-on-Offin in the Central Region, the Offin River has turned a thick muddy brown, and farmers say excavators operated by illegal miners have dug pits in the middle of cocoa plantations.

"Our trees are dying and the young men have left the farms for the pits," said Kwame Asante, 52, a farmer at Manso Nkwanta in the Amansie West District. "If this continues there will be no cocoa in ten years."

The Ghana Cocoa Board (COCOBOD) estimates that more than 19,000 hectares of cocoa farms have been lost to galamsey, much of it in the Western North Region around Sefwi Wiawso.

Ghana Water Limited warned last month that it may shut its treatment plant at Daboase on the Pra because of the high turbidity of the water, which would cut supply to Takoradi and Sekondi.

President John Mahama, speaking in Accra on Monday, said the government had deployed the Ghana Armed Forces to 22 mining hotspots, including Tarkwa and Prestea in the Western Region, and in the Eastern Region along the Birim River near Kyebi.

In Kumasi, the Ashanti regional capital, the Asantehene, Otumfuo Osei Tutu II, called on chiefs to stop leasing land to illegal miners. "Gold is temporary. The land is forever," he said. Large-scale miners, including AngloGold Ashanti, which operates the Obuasi mine, say illegal miners have invaded their concessions.

Farmers also complain that low prices paid by COCOBOD have driven a rise in smuggling of cocoa beans across the border to Côte d'Ivoire and Togo. Shipments through the ports of Tema and Takoradi fell 30 percent in the last season.

Even football has taken notice: Asante Kotoko players wore shirts reading "Stop Galamsey" before their weekend match at the Baba Yara Stadium.""", [
    ("Ashanti", "GH", A),
    ("Western North", "GH", A),           # also "Western North Region"
    ("Pra", "GH", N),                     # river
    ("Ankobra", "GH", N),
    ("Offin", "GH", N),                   # "Offin rivers"
    ("Offin River", "GH", N),
    ("Ghana", "GH", C),
    ("Dunkwa-on-Offin", "GH", T),
    ("Central Region", "GH", A),
    ("Asante", "-", N),                   # person (Kwame Asante)
    ("Manso Nkwanta", "GH", T),
    ("Amansie West District", "GH", A),
    ("Ghana Cocoa Board", "GH", Q),
    ("Sefwi Wiawso", "GH", T),
    ("Ghana Water Limited", "GH", Q),
    ("Daboase", "GH", T),
    ("Takoradi", "GH", T),
    ("Sekondi", "GH", T),
    ("Accra", "GH", T),
    ("Ghana Armed Forces", "GH", Q),
    ("Tarkwa", "GH", T),
    ("Prestea", "GH", T),
    ("Western Region", "GH", A),
    ("Eastern Region", "GH", A),
    ("Birim River", "GH", N),
    ("Kyebi", "GH", T),
    ("Kumasi", "GH", T),
    ("AngloGold Ashanti", "GH", Q),
    ("Obuasi", "GH", T),
    ("Côte d'Ivoire", "CI", C),
    ("Togo", "TG", C),
    ("Tema", "GH", T),
    ("Asante Kotoko", "GH", Q),
])

add("b", """Senegal's Oil Windfall Falls Short as Sangomar Output Dips and Debt Woes Mount

By Moussa Ndiaye and Sarah Lindqvist

(Bloomberg) -- Senegal's first oil field produced less crude than forecast in the third quarter, a setback for a government that is counting on hydrocarbon revenue to ease a debt crisis that has frozen its program with the International Monetary Fund.

The Sangomar field, operated by Australia's Woodside Energy about 100 kilometers (62 miles) south of Dakar, pumped an average of 87,000 barrels a day, below its 100,000-barrel capacity, according to data from the Energy Ministry. Crude is loaded offshore and shipped mainly to Europe, with cargoes going to refineries in Rotterdam and Spain.

The Greater Tortue Ahmeyim liquefied natural gas project, shared with Mauritania and operated by BP, has shipped only a handful of cargoes from its floating facility off Saint-Louis since starting up, after delays and cost overruns. Officials in Nouakchott have pushed BP to speed up output.

Prime Minister Ousmane Sonko, a former mayor of Ziguinchor in the southern Casamance region, has accused the previous administration of hiding debt, and an audit found that public debt was far higher than reported. Senegal's dollar bonds have since slumped.

"We will not sell the country's future to cover the mistakes of the past," Sonko told supporters at a rally in Thiès last week.

The government wants to use gas from offshore fields to power a new plant near Mbour, on the Petite Côte south of Dakar, and is seeking investors to expand gold mining around Kédougou, near the border with Mali. Oil revenue is also meant to help rebuild the Dakar-Bamako railway, which runs via Thiès, Tambacounda and Kidira, and to co-finance a deep-water port at Ndayane, south of Dakar, being built by Dubai's DP World.

Religious leaders in Touba, home of the influential Mouride brotherhood, have urged calm as the finance ministry in Dakar negotiates a new IMF program, which investors see as crucial for the country to regain access to markets.""", [
    ("Senegal", "SN", C),
    ("Sangomar", "SN", Q),                # oil field named after the point
    ("Australia", "AU", C),
    ("Dakar", "SN", T),
    ("Europe", "*", N),
    ("Rotterdam", "NL", T),
    ("Spain", "ES", C),
    ("Greater Tortue Ahmeyim", "*", Q),   # gas project / field
    ("Mauritania", "MR", C),
    ("Saint-Louis", "SN", T, (16.02, -16.49)),
    ("Nouakchott", "MR", T),
    ("Ziguinchor", "SN", T),
    ("Casamance", "SN", N),
    ("Thiès", "SN", T),
    ("Mbour", "SN", T, (14.42, -16.96)),
    ("Petite Côte", "SN", N),
    ("Kédougou", "SN", T),
    ("Mali", "ML", C),
    ("Touba", "SN", T, (14.86, -15.88)),
    ("Bamako", "ML", T),
    ("Tambacounda", "SN", T),
    ("Kidira", "SN", T),
    ("Ndayane", "SN", T, (14.55, -17.1)),
    ("Dubai", "AE", T),
])

add("b", """Cameroon: Separatists enforce 'lockdown' in Bamenda ahead of presidential vote

By Al Jazeera Staff

Yaoundé, Cameroon – Schools, markets and offices in Bamenda, the largest city in Cameroon's English-speaking Northwest region, were deserted on Monday as armed separatists enforced a 10-day "lockdown" ahead of the presidential election.

The fighters, who want to create an independent state they call Ambazonia in the Northwest and Southwest regions, have warned residents not to vote. On Sunday, they burned a polling station in Bali, a town about 20km from Bamenda, local officials said.

Roads to Kumbo and Ndop, in the Bui and Ngo-Ketunjia divisions, were blocked with felled trees.

"We are caught between the soldiers and the Amba boys," said Emmanuel Nfor, a teacher in Bamenda. "Nobody is going out."

In the Southwest, gunmen attacked a police checkpoint near Kumba, killing two officers, and residents of Buea, the regional capital at the foot of Mount Cameroon, said gunfire could be heard at night. In Limbe, the coastal town known as Victoria until 1982, the oil refinery has been shut since a 2019 fire.

Since 2017, the conflict has killed more than 6,000 people and forced some 600,000 from their homes. Tens of thousands of Cameroonians have fled to Nigeria's Cross River and Benue states.

President Paul Biya, 92, is seeking an eighth term. His main challenger, former government spokesman Issa Tchiroma Bakary, has drawn large crowds in Garoua and Maroua in the north, while Douala, the economic capital, is expected to be a battleground.

In the Far North region, where the army is also fighting Boko Haram, voters in Mora and Kolofata near the border with Nigeria face attacks from armed groups. In Kousseri, across the Logone River from N'Djamena, the capital of Chad, traders said border crossings had been restricted ahead of the vote.

Yaoundé has rejected calls for international mediation in the Anglophone crisis, insisting that separatists must lay down their arms.""", [
    ("Cameroon", "CM", C),                # "Mount Cameroon" is longer
    ("Bamenda", "CM", T),
    ("Yaoundé", "CM", T),
    ("Northwest", "CM", A),
    ("Ambazonia", "CM", Q),               # separatists' proclaimed state
    ("Southwest", "CM", A),
    ("Bali", "CM", T, (5.89, 10.01)),
    ("Kumba", "CM", T),
    ("Kumbo", "CM", T),
    ("Ndop", "CM", T),
    ("Bui", "CM", A),
    ("Ngo-Ketunjia", "CM", A),
    ("Buea", "CM", T),
    ("Mount Cameroon", "CM", N),
    ("Limbe", "CM", T, (4.02, 9.21)),
    ("Victoria", "CM", T, (4.02, 9.21)),  # Limbe's former name
    ("Cameroonians", "CM", Q),
    ("Nigeria", "NG", C),
    ("Cross River", "NG", A),
    ("Benue", "NG", A),
    ("Garoua", "CM", T),
    ("Maroua", "CM", T),
    ("Douala", "CM", T),
    ("Far North", "CM", A),
    ("Mora", "CM", T, (11.05, 14.14)),
    ("Kolofata", "CM", T),
    ("Kousseri", "CM", T),
    ("Logone River", "*", N),
    ("N'Djamena", "TD", T),
    ("Chad", "TD", C),
])

add("b", """Morocco courts investors in Western Sahara as Algeria protests

By Karim Tazi

RABAT, March 5 (Reuters) - Morocco signed agreements worth $1.2 billion on Wednesday to build a desalination plant and wind farms near Dakhla in Western Sahara, as it seeks to turn the disputed territory into a hub for trade with West Africa.

The deals, signed in Rabat with Emirati and French companies, are linked to the new Dakhla Atlantic port, due to open in 2028, which Morocco hopes will give landlocked Sahel countries such as Mali and Niger access to the Atlantic.

Algeria, which backs the Polisario Front's push for independence, condemned the agreements. "These projects violate the rights of the Sahrawi people," the Algerian foreign ministry said in a statement issued in Algiers.

Tens of thousands of Sahrawi refugees have lived for nearly 50 years in camps near Tindouf, in south-western Algeria.

Rabat has won growing support for its autonomy plan for the territory. Washington recognised Moroccan sovereignty in 2020, and Paris and Madrid have since endorsed the plan, prompting Algiers to recall its ambassadors from both capitals. The U.N. Security Council in New York renewed the mandate of its peacekeeping mission in October.

Trucks carrying Moroccan produce to West Africa cross into Mauritania at Guerguerat, a border post near the Atlantic coast that was blockaded by Polisario supporters in 2020, prompting a Moroccan military operation.

Morocco is also promoting a gas pipeline from Nigeria that would run along the West African coast through 13 countries and on to Europe. Energy Minister Leila Benali said a feasibility study had been completed and the first section, from Laayoune to Dakhla, could start this year.

Western Sahara was a Spanish colony until 1975. Authorities in Laayoune, the territory's largest city, say about $10 billion has been invested there since 2015, including a highway to Tangier and the Atlantic ports.""", [
    ("Morocco", "MA", C),
    ("Western Sahara", "EH", N),
    ("Algeria", "DZ", C),
    ("RABAT", "MA", T),
    ("Dakhla", "EH|MA", T),
    ("Dakhla Atlantic port", "EH|MA", Q),  # port name
    ("West Africa", "*", N),
    ("Rabat", "MA", T),
    ("Emirati", "AE", Q),
    ("French", "FR", Q),
    ("Sahel", "*", N),
    ("Mali", "ML", C),
    ("Niger", "NE", C),
    ("Atlantic", "*", N),
    ("Sahrawi", "EH", Q),
    ("Algerian", "DZ", Q),
    ("Algiers", "DZ", T),
    ("Tindouf", "DZ", T),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Moroccan", "MA", Q),
    ("Paris", "FR", T, (48.86, 2.35)),
    ("Madrid", "ES", T),
    ("New York", "US", T, (40.71, -74.01)),
    ("Mauritania", "MR", C),
    ("Guerguerat", "EH|MA", N, (21.37, -16.96)),
    ("Nigeria", "NG", C),
    ("West African", "*", Q),
    ("Europe", "*", N),
    ("Laayoune", "EH|MA", T),
    ("Spanish", "ES", Q),
    ("Tangier", "MA", T),
])

# ---------------------------------------------------------------------------
# Genre "c": Latin America and the Caribbean
# ---------------------------------------------------------------------------

add("c", """Culiacán paralyzed again as Sinaloa cartel war enters second year

By Ricardo Ortega and Paola Medina

CULIACÁN, Mexico (AP) — Gunmen blocked roads with burning vehicles across Culiacán on Thursday, shutting schools and businesses in the capital of Sinaloa state as a war between rival factions of the Sinaloa cartel entered its second year with no sign of ending.

The state prosecutor's office says more than 1,900 people have been killed and 2,000 reported missing in Sinaloa since September 2024, when the arrest of Ismael "El Mayo" Zambada in the United States set his faction against the sons of Joaquín "El Chapo" Guzmán.

Classes were suspended in Culiacán and neighboring Navolato, and restaurant owners in the beach resort of Mazatlán said cruise ship arrivals had fallen by a third. In the northern city of Los Mochis, farmers said they could no longer move produce safely at night.

"We live locked up. At six in the evening the city is empty," said a taxi driver who gave only his first name, Jesús, for fear of reprisals.

President Claudia Sheinbaum told her morning news conference in Mexico City that the government had sent 2,000 more soldiers and National Guard troops to the state. Her administration is under pressure from Washington, which designated the Sinaloa cartel a foreign terrorist organization this year and has threatened tariffs on Mexican goods over fentanyl trafficking.

Mexican authorities say most fentanyl is produced in clandestine labs in Sinaloa and in the mountains of the Golden Triangle, where Sinaloa, Durango and Chihuahua meet, and smuggled north through Sonora and Baja California. Much of it crosses at ports of entry such as Nogales, into Arizona, and Tijuana, across from San Diego, hidden in passenger vehicles, according to U.S. Customs and Border Protection.

Zambada pleaded guilty in a federal court in Brooklyn in August and is awaiting sentencing. Two of Guzmán's sons are also in U.S. custody.

Thousands of families have left for Hermosillo, Guadalajara or Tijuana, local officials say. In the Sierra Madre Occidental, villages around Badiraguato, El Chapo's birthplace, and Cosalá have been partly emptied as gunmen fight over poppy fields.

In Culiacán, residents said they were adapting to a new normal. "You check the WhatsApp groups before leaving the house, to see which streets are blocked," said Ana Lucía Félix, a university student.""", [
    ("Culiacán", "MX", T),
    ("Sinaloa", "MX", A),
    ("Sinaloa cartel", "MX", Q),
    ("CULIACÁN", "MX", T),
    ("Mexico", "MX", C),                  # "Mexico City" is longer
    ("United States", "US", C),
    ("Navolato", "MX", T, (24.77, -107.70)),
    ("Mazatlán", "MX", T),
    ("Los Mochis", "MX", T),
    ("Mexico City", "MX", T),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Mexican", "MX", Q),
    ("Golden Triangle", "MX", N),
    ("Durango", "MX", A),
    ("Chihuahua", "MX", A),
    ("Sonora", "MX", A),
    ("Baja California", "MX", A),
    ("Nogales", "MX", T, (31.31, -110.94)),
    ("Arizona", "US", A),
    ("Tijuana", "MX", T),
    ("San Diego", "US", T, (32.72, -117.16)),
    ("U.S.", "US", C),                    # "U.S. custody"
    ("U.S. Customs and Border Protection", "US", Q),
    ("Brooklyn", "US", N, (40.65, -73.95)),
    ("Hermosillo", "MX", T),
    ("Guadalajara", "MX", T, (20.67, -103.35)),
    ("Sierra Madre Occidental", "MX", N),
    ("Badiraguato", "MX", T),
    ("Cosalá", "MX", T),
])

add("c", """Catatumbo crisis: 60,000 displaced as ELN and FARC dissidents battle for coca region

By Camila Restrepo

More than 60,000 people have fled the Catatumbo region in Colombia's Norte de Santander department since the National Liberation Army (ELN) launched an offensive against FARC dissidents in January, according to the ombudsman's office.

Most have sought refuge in Cúcuta, the department's capital on the border with Venezuela, and in Ocaña and Tibú, where sports stadiums and schools have been turned into shelters.

President Gustavo Petro declared a state of "internal commotion" and suspended peace talks with the ELN, which had been held in Caracas, Havana and Mexico City. "The ELN chose the path of war," Petro wrote on X.

Bogotá has accused Caracas of allowing ELN commanders to operate freely from Zulia and Apure states across the border, an accusation the government of Nicolás Maduro has denied.

Catatumbo, which borders Venezuela's Zulia state, has the largest area of coca cultivation in Colombia after Nariño and Putumayo, according to the United Nations. Tibú alone has more than 20,000 hectares of the crop.

The violence has also hit the Caño Limón-Coveñas pipeline, which carries crude from Arauca to the Caribbean port of Coveñas in Sucre department and has been bombed repeatedly by the ELN. State oil company Ecopetrol said pumping had been suspended for ten days and that crude was being trucked to its Barrancabermeja refinery on the Magdalena River.

Banco de Bogotá, the country's second-largest bank by assets, said it had temporarily closed branches in Tibú and El Tarra after staff received threats.

Elsewhere, FARC dissidents loyal to the commander known as Iván Mordisco attacked police stations in Jamundí and near Popayán, in Cauca, while in Antioquia and Córdoba the Clan del Golfo is fighting for control of drug routes to the Gulf of Urabá and Panama.

Analysts say the crisis has undermined Petro's "total peace" policy. "The state has lost control of entire regions," said Andrés Quintero of the Ideas for Peace Foundation in Bogotá. He recalled that the late senator Piedad Córdoba had mediated hostage releases with the guerrillas a decade and a half ago. "Today there is nobody with that kind of credibility," he said.""", [
    ("Catatumbo", "CO", N),
    ("Colombia", "CO", C),
    ("Norte de Santander", "CO", A),
    ("Cúcuta", "CO", T),
    ("Venezuela", "VE", C),
    ("Ocaña", "CO", T, (8.24, -73.36)),
    ("Tibú", "CO", T),
    ("Caracas", "VE", T),
    ("Havana", "CU", T),
    ("Mexico City", "MX", T),
    ("Bogotá", "CO", T),
    ("Zulia", "VE", A),
    ("Apure", "VE", A),
    ("Nariño", "CO", A),
    ("Putumayo", "CO", A),
    ("Caño Limón-Coveñas", "CO", Q),      # pipeline name
    ("Arauca", "CO", N),
    ("Caribbean", "*", N),
    ("Coveñas", "CO", T),
    ("Sucre", "CO", A),
    ("Barrancabermeja", "CO", T),
    ("Magdalena River", "CO", N),
    ("Banco de Bogotá", "CO", Q),
    ("El Tarra", "CO", T),
    ("Jamundí", "CO", T),
    ("Popayán", "CO", T),
    ("Cauca", "CO", A),
    ("Antioquia", "CO", A),
    ("Córdoba", "CO", A),                 # department; "Piedad Córdoba" is longer
    ("Clan del Golfo", "CO", Q),
    ("Gulf of Urabá", "CO", N),
    ("Panama", "PA", C),
    ("Piedad Córdoba", "-", N),           # person
])

add("c", """Venezuela elects 'governor' for Guyana's Essequibo as Georgetown cries foul

By Luis Herrera and Daniela Rojas

CARACAS, May 25 (Reuters) - Venezuelans voted on Sunday in regional and legislative elections that for the first time included a governor for Essequibo, the oil-rich region that Caracas claims but which has been administered by neighboring Guyana for more than a century.

The winner of the vote for the newly created "Guayana Esequiba" state will govern from Tumeremo, a gold-mining town in Venezuela's Bolívar state near the border, because Venezuela has no control over the territory itself.

Guyana's President Irfaan Ali, speaking in Georgetown, called the vote "a threat to peace" and said Guyanese troops had been placed on alert along the Cuyuní River. The International Court of Justice in The Hague is expected to rule on the century-old border dispute next year.

The stakes have risen since Exxon Mobil began pumping crude from the Stabroek block off Guyana's coast in 2019, turning the country of 800,000 into one of the world's fastest-growing economies.

Turnout appeared low in Caracas, Maracaibo and Valencia, the industrial capital of Carabobo state, after opposition leader María Corina Machado, who is in hiding, called for a boycott. "These are not elections, they are a ritual," she said in a video posted on social media.

In the oil-producing states of Anzoátegui and Monagas, state workers said they had been bused to polling stations. In Barquisimeto, the capital of Lara state, and in San Cristóbal, near the Colombian border in Táchira, polling stations were mostly empty by midday, Reuters witnesses said. The government of Nicolás Maduro said turnout was 42%.

Nearly 8 million Venezuelans have left the country over the past decade, most of them to Colombia, Peru and Brazil. Deportation flights from the United States land several times a week at Maiquetía, which serves Caracas, carrying migrants sent back under an agreement with Washington.

In Ciudad Bolívar, on the banks of the Orinoco, voters complained of power cuts and fuel shortages. "How can we vote for governors when we have no electricity?" said Carmen Salazar, 58, a retired teacher. Simón Bolívar, whose statue stands in the city's main square, "would weep," she added.""", [
    ("Venezuela", "VE", C),
    ("Guyana", "GY", C),
    ("Essequibo", "GY", N),
    ("Georgetown", "GY", T),
    ("CARACAS", "VE", T),
    ("Venezuelans", "VE", Q),
    ("Caracas", "VE", T),
    ("Guayana Esequiba", "GY|VE", Q),     # the claimed state as Caracas names it
    ("Tumeremo", "VE", T),
    ("Bolívar", "VE", A),                 # state; "Ciudad Bolívar" and "Simón Bolívar" are longer
    ("Guyanese", "GY", Q),
    ("Cuyuní River", "*", N),
    ("The Hague", "NL", T),
    ("Stabroek", "GY", Q),                # offshore oil block
    ("Maracaibo", "VE", T),
    ("Valencia", "VE", T, (10.16, -68.0)),
    ("Carabobo", "VE", A),
    ("Barquisimeto", "VE", T),
    ("Anzoátegui", "VE", A),
    ("Monagas", "VE", A),
    ("Lara", "VE", A),
    ("San Cristóbal", "VE", T, (7.77, -72.22)),
    ("Colombian", "CO", Q),
    ("Táchira", "VE", A),
    ("Colombia", "CO", C),
    ("Peru", "PE", C),
    ("Brazil", "BR", C),
    ("United States", "US", C),
    ("Maiquetía", "VE", T),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Ciudad Bolívar", "VE", T),
    ("Orinoco", "*", N),
    ("Simón Bolívar", "-", N),            # person
])

add("c", """Amazon drought: Rio Negro hits record low at Manaus as fires spread in Pará

By Rio Times Staff

RIO DE JANEIRO, BRAZIL – The Rio Negro at the port of Manaus fell to 12.1 meters on Monday, its lowest level since records began in 1902, the Brazilian Geological Service said, as a second consecutive severe drought grips the Amazon.

Hundreds of riverside communities in Amazonas state have been cut off as tributaries dry up, and the state government has declared an emergency in 55 of its 62 municipalities. In Tefé, where more than 200 river dolphins died in the overheated waters of Lake Tefé in 2023, researchers are again monitoring water temperatures.

Navigation on the Madeira River near Porto Velho, the capital of Rondônia, has been suspended for barges carrying soy, forcing exporters to divert cargo by truck to the ports of Santos and Paranaguá. Terminals at Itacoatiara and Santarém, on the Amazon River, are working at half capacity.

"The rivers are the roads of the Amazon. Without them, there is no food, no medicine, no school," said hydrologist Carlos Lima, of the Federal University of Amazonas.

In Pará, satellite data from the National Institute for Space Research, based in São José dos Campos, showed the number of fires in August was the highest in 14 years, concentrated in the municipalities of São Félix do Xingu and Altamira. Smoke shrouded Belém, which hosted the COP30 climate summit last November.

Smoke also blanketed Rio Branco, the capital of Acre, and drifted as far as São Paulo, where the sky turned grey in the afternoon on Sunday.

Environment Minister Marina Silva said in Brasília that most of the fires were started deliberately to clear land for cattle. "This is a crime against the climate," she said, announcing that 1,500 extra firefighters would be sent to the region.

In Roraima, the federal government said it had expelled more than 4,000 illegal gold miners from the Yanomami Indigenous Territory, along the border with Venezuela, but that some had returned. Health workers in Boa Vista, the state capital, said they were again treating Yanomami children for malnutrition and malaria.""", [
    ("Amazon", "*", N),
    ("Rio Negro", "BR", N),
    ("Manaus", "BR", T),
    ("Pará", "BR", A),
    ("Rio Times", "-", N),                # newspaper
    ("RIO DE JANEIRO", "BR", T),
    ("BRAZIL", "BR", C),
    ("Brazilian", "BR", Q),
    ("Amazonas", "BR", A),                # also in "Federal University of Amazonas"
    ("Federal University of Amazonas", "BR", Q),
    ("Tefé", "BR", T),
    ("Lake Tefé", "BR", N),
    ("Madeira River", "BR", N),
    ("Porto Velho", "BR", T),
    ("Rondônia", "BR", A),
    ("Santos", "BR", T, (-23.96, -46.33)),
    ("Paranaguá", "BR", T),
    ("Itacoatiara", "BR", T),
    ("Santarém", "BR", T, (-2.44, -54.71)),
    ("Amazon River", "*", N),
    ("Lima", "-", N),                     # person
    ("São José dos Campos", "BR", T),
    ("São Félix do Xingu", "BR", T),
    ("Altamira", "BR", T, (-3.20, -52.21)),
    ("Belém", "BR", T, (-1.46, -48.50)),
    ("Rio Branco", "BR", T, (-9.97, -67.81)),
    ("Acre", "BR", A),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Brasília", "BR", T),
    ("Roraima", "BR", A),
    ("Yanomami Indigenous Territory", "BR", N),
    ("Venezuela", "VE", C),
    ("Boa Vista", "BR", T, (2.82, -60.67)),
    ("Yanomami", "BR", Q),                # the people; the territory is longer
])

add("c", """Lithium triangle: Chile's Codelco-SQM venture advances as Bolivia's deals stall in congress

By Felipe Araya and Daniel Ramos

SANTIAGO/LA PAZ, Aug 20 (Reuters) - Chile's state copper giant Codelco on Wednesday received final approval for its lithium partnership with SQM in the Salar de Atacama, while in neighboring Bolivia contracts with Russian and Chinese firms to exploit the world's largest lithium resources remained stuck in congress.

The joint venture will operate in the salt flat in the Antofagasta region until 2060. Indigenous communities around San Pedro de Atacama have demanded a greater share of royalties and warned that brine extraction is draining water from the Atacama Desert, one of the driest places on Earth.

Lithium carbonate from the Atacama is processed near Antofagasta and shipped from the port of Mejillones, mainly to China, South Korea and Japan. Copper from the nearby Chuquicamata mine at Calama also moves through the region's ports.

In Bolivia, lawmakers in La Paz have blocked a $1 billion contract with Russia's Uranium One to build a plant at the Salar de Uyuni, citing a lack of transparency. Opposition deputies from Santa Cruz and Potosí say the deals give away too much to foreign companies.

"Potosí has given silver to the world for 500 years and remained poor. We will not let that happen with lithium," said Juan Carlos Mamani, a civic leader, at a protest in the city of Potosí. Salt workers in Colchani and in the town of Uyuni, on the edge of the salt flat, joined the protest.

Bolivia's new government has promised to review the contracts, and business leaders in Santa Cruz de la Sierra, the country's economic capital, have urged it to open the sector to Western investors.

Across the border in Argentina, projects are advancing faster. The provinces of Jujuy, Salta and Catamarca, which share the so-called lithium triangle with Chile and Bolivia, have attracted billions of dollars under an investment regime introduced by President Javier Milei in Buenos Aires. Rio Tinto is building a plant at the Salar del Hombre Muerto, and output from the Olaroz salt flat in Jujuy rose 20% this year.""", [
    ("Chile", "CL", C),
    ("Bolivia", "BO", C),
    ("SANTIAGO", "CL", T, (-33.45, -70.67)),
    ("LA PAZ", "BO", T, (-16.50, -68.15)),
    ("Salar de Atacama", "CL", N),
    ("Russian", "RU", Q),
    ("Chinese", "CN", Q),
    ("Antofagasta#1", "CL", A),           # "the Antofagasta region"
    ("Antofagasta#2", "CL", T, (-23.65, -70.40)),
    ("San Pedro de Atacama", "CL", T),
    ("Atacama Desert", "CL", N),
    ("Atacama", "CL", N),                 # "the Atacama" (desert)
    ("Mejillones", "CL", T),
    ("China", "CN", C),
    ("South Korea", "KR", C),
    ("Japan", "JP", C),
    ("Chuquicamata", "CL", N),
    ("Calama", "CL", T),
    ("La Paz", "BO", T, (-16.50, -68.15)),
    ("Russia", "RU", C),
    ("Salar de Uyuni", "BO", N),
    ("Santa Cruz", "BO", A),              # department; "Santa Cruz de la Sierra" is longer
    ("Potosí#1", "BO", A),                # department ("deputies from Santa Cruz and Potosí")
    ("Potosí#2", "BO", N, (-19.58, -65.75)),  # "Potosí has given silver to the world" (city)
    ("Potosí#3", "BO", T, (-19.58, -65.75)),
    ("Colchani", "BO", T),
    ("Uyuni", "BO", T),
    ("Santa Cruz de la Sierra", "BO", T),
    ("Argentina", "AR", C),
    ("Jujuy", "AR", A),
    ("Salta", "AR", A),
    ("Catamarca", "AR", A),
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Rio Tinto", "-", N),                # mining company
    ("Salar del Hombre Muerto", "AR", N),
    ("Olaroz", "AR", N),
])

add("c", """Reverse migration: Venezuelans head south through Costa Rica after U.S. border shuts

By Daniela Quesada

SAN JOSÉ, Costa Rica — Hundreds of Venezuelan migrants are crossing Costa Rica every week, heading south after giving up on reaching the United States, and many are sleeping in parks in downtown San José before boarding buses to the border with Panama, migration officials said.

Most of them spent months in Mexico waiting for appointments to request asylum at the U.S. border, a program that was cancelled in January. Many had been stuck in Tapachula, in Mexico's southern Chiapas state, or in Mexico City.

"We sold everything to go north, and now we are going back with nothing," said Yusbely Rangel, 31, from Maracay, who was travelling with her two children. "At least in Venezuela we have family."

The migrants cross Guatemala, Honduras and Nicaragua by bus and enter Costa Rica at Peñas Blancas, the main crossing on the Pan-American Highway, where officials at La Cruz, in Guanacaste province, registered more than 2,100 people in September.

From Paso Canoas on the Panamanian border, they travel to the Caribbean coast of Panama, where small boats carry them from the village of Miramar, in Colón province, to Necoclí in Colombia, avoiding the dense jungle of the Darién Gap that many crossed on their way north.

Costa Rica's Public Security Minister Mario Zamora said the government had set up a temporary shelter in Golfito and was coordinating with Panama City to organize bus transfers.

In Honduras, opposition presidential candidate Salvador Nasralla criticized the government in Tegucigalpa for failing to provide aid to migrants passing through Danlí and Choluteca.

Some of the migrants said they feared being deported to El Salvador, where hundreds of Venezuelans sent by the United States were held last year in the CECOT mega-prison in Tecoluca before being returned to Caracas.

"Costa Rica has always been a country of transit, but this is the first time we see the flow in the opposite direction," said Gabriela Richard, a researcher at the University of Costa Rica.""", [
    ("Venezuelans", "VE", Q),
    ("Costa Rica", "CR", C),
    ("U.S.", "US", C),
    ("SAN JOSÉ", "CR", T, (9.93, -84.08)),
    ("Venezuelan", "VE", Q),
    ("United States", "US", C),
    ("San José", "CR", T, (9.93, -84.08)),
    ("Panama", "PA", C),                  # "Panama City" is longer
    ("Mexico", "MX", C),                  # "Mexico City" is longer
    ("Tapachula", "MX", T),
    ("Chiapas", "MX", A),
    ("Mexico City", "MX", T),
    ("Maracay", "VE", T),
    ("Venezuela", "VE", C),
    ("Guatemala", "GT", C),
    ("Honduras", "HN", C),
    ("Nicaragua", "NI", C),
    ("Peñas Blancas", "CR|NI", T, (11.21, -85.61)),
    ("Pan-American Highway", "*", Q),
    ("La Cruz", "CR", T, (11.07, -85.63)),
    ("Guanacaste", "CR", A),
    ("Paso Canoas", "CR|PA", T, (8.53, -82.84)),
    ("Panamanian", "PA", Q),
    ("Caribbean", "*", N),
    ("Miramar", "PA", T),                 # Colón, Panama (not Florida)
    ("Colón", "PA", A),
    ("Necoclí", "CO", T),
    ("Colombia", "CO", C),
    ("Darién Gap", "PA|CO", N),
    ("Golfito", "CR", T),
    ("Panama City", "PA", T),
    ("Salvador", "-", N),                 # Salvador Nasralla; "El Salvador" is longer
    ("Tegucigalpa", "HN", T),
    ("Danlí", "HN", T),
    ("Choluteca", "HN", T),
    ("El Salvador", "SV", C),
    ("Tecoluca", "SV", T),
    ("Caracas", "VE", T),
    ("University of Costa Rica", "CR", Q),
])

add("c", """Superclásico ends level as Córdoba's Talleres stay top

By Buenos Aires Times staff

Boca Juniors and River Plate drew 1-1 in a tense Superclásico at La Bombonera on Sunday, leaving both Buenos Aires giants trailing Córdoba's Talleres in the race for the Clausura title.

Uruguayan striker Miguel Merentiel put Boca ahead just before half-time, but River's Colombian midfielder Kevin Castaño equalised with a deflected shot in the 71st minute, silencing the 54,000 home fans packed into the stadium in the La Boca neighbourhood. Away supporters have been barred from Argentine league matches since 2013.

"It was a derby of nerves more than football," said River coach Marcelo Gallardo.

In Córdoba, Talleres beat Belgrano 2-0 in the city derby at the Estadio Mario Alberto Kempes to open a three-point lead in front of fans who had travelled from across the province, from Villa María to Río Cuarto. Their Spanish coach, who arrived in the winter from Córdoba CF in Córdoba, Spain, said his side had "learned to suffer".

In Rosario, in Santa Fe province, Rosario Central and Newell's Old Boys drew 0-0 in a derby marred by crowd trouble outside the stadium, where police fired rubber bullets and arrested 40 people. Estudiantes, from La Plata, lost 3-1 to Godoy Cruz in Mendoza.

Next weekend Boca visit Atlético Tucumán in San Miguel de Tucumán, River host Racing Club from Avellaneda, and Talleres travel to face Unión in Santa Fe.

Attention now turns to the Copa Libertadores, where both Boca and River face Brazilian opposition in the round of 16 next month: Boca travel to São Paulo to face Palmeiras, while River visit Fluminense in Rio de Janeiro.

Argentina coach Lionel Scaloni, who watched the Superclásico from the stands, is expected to name several domestic players in his squad for next month's World Cup qualifier against Uruguay in Montevideo.

Meanwhile, the Argentine Football Association said the Argentina-Chile friendly planned for Mar del Plata in November had been moved to Santiago del Estero after the city failed to guarantee security arrangements.""", [
    ("Córdoba#1,2,3", "AR", T, (-31.42, -64.18)),  # headline; "trailing Córdoba's Talleres"; "In Córdoba, Talleres"
    ("Córdoba#5", "ES", T, (37.88, -4.78)),      # "in Córdoba, Spain"
    ("Córdoba CF", "ES", Q),                     # club (occurrence 4)
    ("Buenos Aires Times", "-", N),              # newspaper
    ("Boca Juniors", "-", N),
    ("Boca", "-", N),                            # club short name; "La Boca" and "Boca Juniors" are longer
    ("River Plate", "-", N),                     # club, not the estuary
    ("Buenos Aires", "AR", T, (-34.61, -58.38)),
    ("Uruguayan", "UY", Q),
    ("Colombian", "CO", Q),
    ("La Boca", "AR", N, (-34.63, -58.36)),
    ("Argentine", "AR", Q),
    ("Belgrano", "-", N),                        # club
    ("Villa María", "AR", T),
    ("Río Cuarto", "AR", T),
    ("Spanish", "ES", Q),
    ("Spain", "ES", C),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("Santa Fe#1", "AR", A),
    ("Santa Fe#2", "AR", T, (-31.63, -60.70)),
    ("Atlético Tucumán", "AR", Q),
    ("San Miguel de Tucumán", "AR", T),
    ("Avellaneda", "AR", T, (-34.66, -58.37)),
    ("Rosario Central", "AR", Q),                # club
    ("La Plata", "AR", T, (-34.92, -57.95)),
    ("Godoy Cruz", "AR", Q),                     # club named after the city
    ("Mendoza", "AR", T, (-32.89, -68.83)),
    ("Brazilian", "BR", Q),
    ("São Paulo", "BR", T, (-23.55, -46.63)),
    ("Rio de Janeiro", "BR", T),
    ("Argentina", "AR", C),
    ("Uruguay", "UY", C),
    ("Montevideo", "UY", T),
    ("Argentine Football Association", "AR", Q),
    ("Chile", "CL", C),
    ("Mar del Plata", "AR", T),
    ("Santiago del Estero", "AR", T),
])

add("c", """Hurricane Nadia: St Elizabeth, Westmoreland bear brunt as storm heads for eastern Cuba

By Gleaner Writers

Kingston, Jamaica — Hurricane Nadia slammed into Jamaica's south coast near Black River, St Elizabeth, on Tuesday afternoon as a Category Four storm, ripping roofs from homes, toppling utility poles and cutting electricity to nearly 70 per cent of the island, officials said.

The Jamaica Public Service Company said 420,000 customers were without power, mostly in St Elizabeth, Westmoreland, Manchester and St James.

"Black River is under water. The town is gone," said councillor Winston Morgan as he surveyed the damage from the bridge over the river on Wednesday morning.

In Santa Cruz, St Elizabeth's commercial hub, the roof of the market was torn off and dozens of businesses were flooded. Negril and Savanna-la-Mar in Westmoreland were also inundated, and landslides blocked roads in the hills around Mandeville, the Manchester parish capital, and in Clarendon.

Prime Minister Andrew Holness, speaking at the National Emergency Operations Centre in Kingston, declared the entire island a disaster area. The Sangster International Airport in Montego Bay and the Norman Manley International Airport remain closed.

The US National Hurricane Center in Miami said Nadia, now a Category Three storm, would make landfall in eastern Cuba on Wednesday night. Havana ordered the evacuation of more than 600,000 people in the provinces of Santiago de Cuba, Granma and Guantánamo, and the US military said it had moved non-essential personnel from its naval base at Guantánamo Bay.

Santiago de Cuba, the island's second city, was still recovering from a series of blackouts when the storm approached. Further west, officials in Holguín and Las Tunas opened shelters.

In Haiti, at least 12 people died in floods in Les Cayes and Jérémie on the southern peninsula, the civil protection agency said in Port-au-Prince. The storm is expected to reach the Bahamas on Friday.

The Cayman Islands government said Grand Cayman had escaped with minor damage.""", [
    ("St Elizabeth", "JM", A),
    ("Westmoreland", "JM", A),
    ("Cuba", "CU", C),                           # "Santiago de Cuba" is longer
    ("Kingston", "JM", T, (17.99, -76.79)),
    ("Jamaica", "JM", C),
    ("Black River", "JM", T, (18.03, -77.85)),
    ("Jamaica Public Service Company", "JM", Q),
    ("Manchester", "JM", A),
    ("St James", "JM", A),
    ("Santa Cruz", "JM", T, (18.05, -77.70)),
    ("Negril", "JM", T),
    ("Savanna-la-Mar", "JM", T),
    ("Mandeville", "JM", T, (18.04, -77.51)),
    ("Clarendon", "JM", A),
    ("Montego Bay", "JM", T),
    ("US National Hurricane Center", "US", Q),
    ("Miami", "US", T, (25.77, -80.19)),
    ("Havana", "CU", T),
    ("Santiago de Cuba#1", "CU", A),             # the province
    ("Santiago de Cuba#2", "CU", T, (20.02, -75.82)),
    ("Granma", "CU", A),
    ("Holguín", "CU", N),
    ("Las Tunas", "CU", N),
    ("Guantánamo", "CU", A),                     # "Guantánamo Bay" is longer
    ("US", "US", C),                             # "the US military"
    ("Guantánamo Bay", "CU", N),
    ("Haiti", "HT", C),
    ("Les Cayes", "HT", T),
    ("Jérémie", "HT", T),
    ("Port-au-Prince", "HT", T),
    ("Bahamas", "BS", C),
    ("Cayman Islands", "KY", N),
    ("Grand Cayman", "KY", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
