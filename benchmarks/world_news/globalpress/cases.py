"""globalpress: a held-out set of 24 full-length news articles from the English-language press
of non-English-speaking countries, written in the house styles of those outlets (headlines,
bylines, agency datelines, quotes, officials, organisations).

Who wrote it: a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; geomap was not run on these articles while writing them. Events are invented or
adapted; every place named is real and annotated with its real country.

Genres (GENRES letters):
  a  Asian outlets: Xinhua, China Daily, Kyodo, Yonhap, The Jakarta Post, VnExpress, Dawn,
     The Kathmandu Post (Chinese provinces/autonomous regions/prefectures/counties, Japanese
     prefectures, Korean provinces, Indonesian regencies, Vietnamese provinces, Pakistani
     districts, Nepali provinces).
  b  Middle East, Turkey, Russia and Europe: Anadolu, The National (UAE), Ahram Online,
     The Moscow Times, Kyiv Post, France 24/AFP, ANSA, EFE (Turkish provinces and districts,
     emirates, Egyptian governorates, Russian regions, Ukrainian oblasts, French departments,
     Italian regions, Spanish provinces).
  c  Africa and Latin America: Premium Times, Daily Nation, Addis Standard, Daily Maverick,
     Buenos Aires Times, Mexico News Daily, The Brazilian Report, Colombia Reports (Nigerian
     states and LGAs, Kenyan counties, Ethiopian regions, South African provinces and
     townships, Argentine provinces, Mexican states and municipalities, Brazilian states,
     Colombian departments).

Conventions:
  - Every occurrence of every place a careful reader would put on a map is listed, including
    ALL-CAPS and mixed-case datelines, bylines' place names ("in Urumqi"), a capital used for
    its government ("Washington", "Cairo said"), and a place used attributively when the
    place itself is meant ("Kisumu Governor", "Hatay Governor", "the Pohang quake").
  - kind: C country, A admin-1/admin-2/region (provinces, states, prefectures, counties,
    LGAs, departments, emirates, oblasts), T city/town/village, N any kind (rivers, seas,
    lakes, dams, mountains, islands, valleys, districts/wards/suburbs, macro-regions, and
    names where city and province are the same and the text does not decide, e.g. Turkish
    provinces "Malatya", emirates "Dubai").
  - country "*" for features spanning countries (rivers, seas, continents, "Central Asia");
    "A|B" where a border feature or twin border town may be filed under either country.
  - Demonyms and adjectives ("Chinese", "Kazakh", "Venezuelan", "US $") are listed with kind
    Q ("?") and their country: not counted, but a result in another country is spurious.
  - Organisations, products and facilities named after a place (courts, universities,
    airports, bridges, "Wajima-nuri" lacquerware, "Brittany Ferries") are listed as Q with
    their country when the place is meant in the name; newspapers, clubs and people named
    like places ("Kyiv Independent", "Valencia CF", "Levante UD", Tetsuya "Nagano",
    Senator Paloma "Valencia") are listed with country "-".
  - Namesakes are hinted by (lat, lon) or, for US cities, the admin1 code: Hyderabad (Sindh),
    Punjab (Pakistan vs India), Tripoli (Libya vs Lebanon), Alexandria (Egypt), Córdoba
    (Argentina vs Spain), Valencia (Spain vs Venezuela), Santiago (Chile), San Fernando
    (Buenos Aires), Georgia (country vs US state), Victoria (Australian state), Noto (Japan,
    not Sicily), Brest (France), Plymouth (England), Santa Catarina (Nuevo León vs Brazil),
    Rio Grande (the Brazilian port), Dnipro (city vs river), Niger/Benue (river vs state vs
    country), Orlando East (Soweto).
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: Asian outlets

add("a", """Heavy rain forces relocation of over 110,000 in south China's Guangdong

Source: Xinhua | 2025-06-17 21:04:15

GUANGZHOU, June 17 (Xinhua) -- More than 110,000 residents have been relocated after torrential rain lashed the northern and eastern parts of south China's Guangdong Province over the past three days, local authorities said Tuesday.

The city of Meizhou, in the province's mountainous northeast, was hit hardest. Pingyuan County recorded 412 mm of rainfall in 24 hours, breaking a local record, while flash floods cut roads in Jiaoling and Dabu counties, the city's flood control headquarters said.

Water levels on the Meijiang River, a tributary of the Hanjiang, exceeded the warning mark at several hydrological stations downstream of Meizhou's Meixian District. In neighboring Heyuan, the Xinfengjiang Reservoir opened three flood gates for the first time this year.

"Rescue teams reached every cut-off village in Pingyuan before dawn," said Li Wenhua, an official with the provincial emergency management department. Some 1,800 firefighters and militia members, including reinforcements from Shenzhen and Dongguan, have been dispatched to the area.

Railway services between Meizhou and Longyan in neighboring Fujian Province were suspended on Monday, and 46 high-speed trains linking Guangzhou with Xiamen and Shantou were canceled, according to China Railway Guangzhou Group.

The National Meteorological Center said the rain belt would move northwestward into Shaoguan and Qingyuan before reaching southern Hunan and Jiangxi provinces on Wednesday. It also warned of strong convective weather along the coast of the Pearl River Delta, including Zhuhai and Zhongshan, and in the Guangxi Zhuang Autonomous Region.

The Ministry of Water Resources has launched a Level-IV emergency response for flood control in Guangdong, Fujian and Guangxi. In Fujian's Zhangzhou, primary and middle schools suspended classes as a precaution.

Guangdong has allocated 50 million yuan (about 6.96 million U.S. dollars) in emergency funds for disaster relief in Meizhou and Heyuan, while the Ministry of Finance earmarked a further 30 million yuan for the province. Enditem""", [
    ("China", "CN", C),
    ("Guangdong", "CN", A),
    ("GUANGZHOU", "CN", T),
    ("Guangzhou", "CN", T),
    ("China Railway Guangzhou Group", "CN", Q),
    ("Meizhou", "CN", T),
    ("Pingyuan", "CN", N, (24.58, 115.89)),   # Pingyuan County, Meizhou (not Pingyuan, Shandong)
    ("Jiaoling", "CN", N, (24.66, 116.17)),
    ("Dabu", "CN", N, (24.35, 116.69)),
    ("Meijiang River", "CN", N),
    ("Hanjiang", "CN", N),
    ("Meixian District", "CN", N, (24.28, 116.10)),
    ("Heyuan", "CN", T),
    ("Xinfengjiang Reservoir", "CN", N),
    ("Shenzhen", "CN", T),
    ("Dongguan", "CN", T),
    ("Longyan", "CN", T),
    ("Fujian", "CN", A),
    ("Xiamen", "CN", T),
    ("Shantou", "CN", T),
    ("Shaoguan", "CN", T),
    ("Qingyuan", "CN", T, (23.70, 113.03)),
    ("Hunan", "CN", A),
    ("Jiangxi", "CN", A),
    ("Pearl River Delta", "CN", N),
    ("Zhuhai", "CN", T),
    ("Zhongshan", "CN", T, (22.52, 113.38)),
    ("Guangxi Zhuang Autonomous Region", "CN", A),
    ("Guangxi", "CN", A),
    ("Zhangzhou", "CN", T),
    ("U.S.", "US", Q),
])

add("a", """Xinjiang's freight trains to Central Asia hit record as desert rail loop pays off

By MAO WEIHUA in Urumqi and CUI JIA in Kashgar | China Daily | Updated: 2025-07-22 09:12

Freight trains crossing from China into Kazakhstan through the Alataw Pass and Horgos land ports made a record 8,200 trips in the first half of the year, up 11 percent year-on-year, the commerce department of the Xinjiang Uygur Autonomous Region said on Monday.

Much of the growth came from the region's south. Since a railway between Hotan and Ruoqiang closed a 2,712-kilometer loop around the Taklimakan Desert at the end of 2022, cotton, jujubes and walnuts from Hotan prefecture and Aksu prefecture can reach Urumqi, the regional capital, without a long detour by road through Korla.

"In the past, a truck from Qiemo county to Kashgar took two days. Now the goods are there in 14 hours," said Tursun Niyaz, a manager at a logistics company in Kashgar that runs a bonded warehouse for goods bound for Kyrgyzstan.

Railway authorities in Urumqi said survey work has begun on a branch line from Kashgar toward the Irkeshtam port, while construction of the railway linking China with Kyrgyzstan and Uzbekistan started in Kyrgyzstan's Jalal-Abad region last December. Once finished, the line will give cargo from Xinjiang a southern route to Uzbekistan, Turkmenistan and Iran that bypasses Kazakhstan.

Bayingolin Mongol Autonomous Prefecture, whose seat is Korla, has also benefited. Ruoqiang county, in the prefecture's southeast, shipped 60,000 metric tons of red dates by rail last year, more than double the figure for 2022.

Traffic is flowing in the other direction too. Eastbound trains carrying Kazakh wheat and Uzbek cotton yarn travel through Hami and the Hexi Corridor in Gansu province to Xi'an, capital of Shaanxi province, and on to the port of Lianyungang in Jiangsu province, where cargo is loaded onto ships for Southeast Asia.

"Xinjiang used to be seen as the end of the line. Now it sits in the middle of a corridor between the Pacific and Europe," said Wang Lei, a researcher at the Xinjiang Academy of Social Sciences.

The region plans to add 1,400 km of railways by 2030, including a line from Hotan to Shigatse in the Tibet autonomous region, according to the regional development and reform commission.""", [
    ("Xinjiang", "CN", A),
    ("Xinjiang Uygur Autonomous Region", "CN", A),
    ("Xinjiang Academy of Social Sciences", "CN", Q),
    ("China Daily", "-", N),
    ("Central Asia", "*", N),
    ("Urumqi", "CN", T),
    ("Kashgar", "CN", T),
    ("China", "CN", C),
    ("Kazakhstan", "KZ", C),
    ("Alataw Pass", "CN|KZ", N),
    ("Horgos", "CN|KZ", N, (44.20, 80.42)),
    ("Hotan#1,3", "CN", T, (37.11, 79.93)),
    ("Hotan#2", "CN", A),
    ("Ruoqiang", "CN", N, (39.02, 88.17)),
    ("Taklimakan Desert", "CN", N),
    ("Aksu", "CN", A),
    ("Korla", "CN", T),
    ("Qiemo", "CN", N, (38.13, 85.53)),
    ("Kyrgyzstan", "KG", C),
    ("Irkeshtam", "KG|CN", N),
    ("Uzbekistan", "UZ", C),
    ("Jalal-Abad", "KG", A),
    ("Turkmenistan", "TM", C),
    ("Iran", "IR", C),
    ("Bayingolin Mongol Autonomous Prefecture", "CN", A),
    ("Kazakh", "KZ", Q),
    ("Uzbek", "UZ", Q),
    ("Hami", "CN", T),
    ("Hexi Corridor", "CN", N),
    ("Gansu", "CN", A),
    ("Xi'an", "CN", T),
    ("Shaanxi", "CN", A),
    ("Lianyungang", "CN", T),
    ("Jiangsu", "CN", A),
    ("Southeast Asia", "*", N),
    ("Pacific", "*", N),
    ("Europe", "*", N),
    ("Shigatse", "CN", T),
    ("Tibet", "CN", A),
])

add("a", """Noto lacquer artisans reopen shared workshop 18 months after quake

WAJIMA, Japan (Kyodo) -- Lacquerware artisans in Wajima, one of the cities worst hit by the powerful earthquake that struck the Noto Peninsula on New Year's Day 2024, reopened a shared workshop on Monday, hoping to revive a craft practiced in the area for more than 500 years.

The magnitude-7.6 quake, centered near the tip of the peninsula, killed more than 600 people in Ishikawa Prefecture, including those who died later from illness and stress in evacuation, and a fire reduced much of Wajima's famous morning market district to ashes. Torrential rain in September of the same year triggered further landslides in Wajima and the neighboring city of Suzu.

About 30 craftspeople will share kilns, drying rooms and tools at the new facility, which was built with subsidies from the central government and donations from lacquer makers in Kyoto and in Aizu, Fukushima Prefecture.

"Most of us lost our homes and our workshops at the same time. Having a place to work again means we can think about staying in Noto," said Tetsuya Nagano, 58, who has made Wajima-nuri lacquerware for four decades.

Nagano said several younger artisans have moved to Kanazawa, the prefectural capital, or to Toyama and Osaka, and may not return.

According to the Ishikawa prefectural government, the combined population of Wajima and Suzu fell by over 10 percent in the year following the disaster. Reconstruction of National Route 249 along the peninsula's northern coast, which faces the Sea of Japan, is expected to take several more years, while water services in parts of Anamizu and Noto town were fully restored only this spring.

The quake also raised questions about the Shika nuclear power plant operated by Hokuriku Electric Power Co., where transformers were damaged. Both of its reactors have been offline since 2011.

Visitors are slowly returning. Wakura Onsen, a hot spring resort in Nanao facing Nanao Bay, reopened several inns in April, and a special exhibition of Noto lacquerware opened last week at a department store in Tokyo's Nihonbashi district. Volunteers have come from as far away as Hokkaido and Okinawa, and the extension of the Hokuriku Shinkansen line to Tsuruga in Fukui Prefecture has made it easier for tourists from Tokyo and Osaka to reach Kanazawa.

The artisans said they hope to exhibit their work in Niigata and Fukui prefectures later this year.""", [
    ("Noto#1,3,5", "JP", N),          # the Noto area (not Noto, Sicily)
    ("Noto#4", "JP", T, (37.31, 137.15)),   # Noto town, Ishikawa
    ("Noto Peninsula", "JP", N),
    ("WAJIMA", "JP", T),
    ("Wajima", "JP", T),
    ("Wajima-nuri", "JP", Q),
    ("Japan", "JP", C),
    ("Ishikawa", "JP", A),
    ("Suzu", "JP", T, (37.43, 137.26)),
    ("Kyoto", "JP", N),
    ("Aizu", "JP", N),
    ("Fukushima", "JP", A),
    ("Nagano", "-", N),
    ("Kanazawa", "JP", T),
    ("Toyama", "JP", N, (36.70, 137.22)),
    ("Osaka", "JP", N),
    ("Sea of Japan", "*", N),
    ("Anamizu", "JP", T),
    ("Shika", "JP", Q),
    ("Hokuriku Electric Power Co.", "JP", Q),
    ("Wakura Onsen", "JP", N),
    ("Nanao", "JP", T),
    ("Nanao Bay", "JP", N),
    ("Tokyo", "JP", T),
    ("Nihonbashi", "JP", N),
    ("Hokkaido", "JP", A),
    ("Okinawa", "JP", A),
    ("Hokuriku Shinkansen", "JP", Q),
    ("Tsuruga", "JP", T),
    ("Fukui", "JP", A),
    ("Niigata", "JP", A),
])

add("a", """Court upholds state liability for 2017 Pohang quake blamed on geothermal plant

DAEGU, Aug. 20 (Yonhap) -- An appeals court in Daegu on Wednesday upheld a lower court ruling that ordered the state to compensate residents of Pohang for the magnitude-5.4 earthquake that struck the southeastern port city in November 2017.

The Daegu High Court said the government and the operator of an experimental geothermal power plant in Pohang's Heunghae-eup must pay each of some 49,000 plaintiffs between 2 million won (US$1,440) and 3 million won for mental suffering.

A government-commissioned panel concluded in 2019 that the quake, the second-strongest in South Korea since records began in 1978, had been triggered by water injected deep underground at the plant. More than 100 people were injured and about 1,800 were left homeless in the city of 500,000 in North Gyeongsang Province.

"Today's ruling is a victory for every resident who spent months sleeping in a gymnasium," Mo Sung-wan, head of a residents' group, told reporters outside the courthouse in Daegu's Suseong District. The plaintiffs include people who have since moved to Ulsan or the Seoul metropolitan area, and some who now live in Australia and the United States.

Lawyers for the plaintiffs said they expect the government to take the case to the Supreme Court in Seoul. The Ministry of Trade, Industry and Energy said it would review the ruling before deciding its next step.

The Pohang quake came a year after a magnitude-5.8 tremor in nearby Gyeongju, the ancient capital of the Silla Kingdom, which remains the strongest on record in the country. Both cities lie close to the Yangsan Fault, which runs from Yeongdeok in the north to Busan on the southern coast.

Tremors from the 2017 quake were felt as far away as Seoul and Incheon, and the state college entrance exam was postponed by a week nationwide, the first such delay caused by a natural disaster.

Pohang, home to steelmaker POSCO on the East Sea coast, has since rebuilt the Heunghae apartment blocks that were torn down after the quake, and the geothermal site has been sealed.

Separately, the North Gyeongsang provincial government said it has asked Seoul for 300 billion won to reinforce older buildings in Pohang, Gyeongju, Andong and Yeongcheon, citing research showing the Korean Peninsula is less safe from strong earthquakes than once believed.""", [
    ("DAEGU", "KR", T),
    ("Daegu", "KR", T),
    ("Daegu High Court", "KR", Q),
    ("Suseong District", "KR", N),
    ("Pohang", "KR", T),
    ("Heunghae-eup", "KR", N, (36.11, 129.35)),
    ("Heunghae", "KR", N, (36.11, 129.35)),
    ("US", "US", Q),
    ("South Korea", "KR", C),
    ("North Gyeongsang", "KR", A),
    ("Ulsan", "KR", T),
    ("Seoul", "KR", T),
    ("Australia", "AU", C),
    ("United States", "US", C),
    ("Gyeongju", "KR", T),
    ("Yangsan Fault", "KR", Q),
    ("Yeongdeok", "KR", N),
    ("Busan", "KR", T),
    ("Incheon", "KR", T),
    ("East Sea", "*", N),
    ("Andong", "KR", T, (36.57, 128.72)),
    ("Yeongcheon", "KR", T),
    ("Korean Peninsula", "KR|KP", N),
])

add("a", """Lewotobi eruption disrupts Bali flights, forces thousands from homes in Flores

Yohanes Seo (The Jakarta Post)
Kupang ● Tue, July 8, 2025

Mount Lewotobi Laki-laki in East Flores regency, East Nusa Tenggara, erupted again on Monday evening, sending an ash column 18 kilometers into the sky and forcing more than 4,000 residents to flee villages on the volcano's slopes.

The Volcanology and Geological Hazard Mitigation Center (PVMBG) raised the alert to the highest level and widened the exclusion zone to 8 km from the crater, covering parts of Wulanggitang and Ile Bura districts. Evacuees were moved to shelters in Konga and in Larantuka, the regency capital, about 30 km to the northeast.

"The ash fell as far as Maumere. We have closed the schools and told people to wear masks," said Hironimus Lamawuran, head of the East Flores disaster mitigation agency (BPBD).

Ash carried westward by the wind forced the closure of Frans Seda Airport in Maumere, Sikka regency, and of Komodo Airport in Labuan Bajo, the gateway to Komodo National Park in West Manggarai regency. At least 62 domestic and international flights to and from Bali were canceled on Tuesday, including services by Jetstar and Virgin Australia to Melbourne, Brisbane and Perth, according to the management of I Gusti Ngurah Rai International Airport in Denpasar.

Lewotobi Laki-laki, one of a pair of volcanoes on the island of Flores, killed 10 people in November 2024, when a nighttime eruption rained hot rocks on Dulipali village and nearby settlements.

The National Disaster Mitigation Agency (BNPB) said it had sent tents, masks and food by road from Maumere and by ship from Kupang, the provincial capital on Timor island. The provincial administration in Kupang is preparing to relocate six villages permanently to land in neighboring Sikka, a plan residents have so far resisted.

"Our gardens and our ancestors' graves are here," said Maria Goreti, 47, a farmer sheltering in Konga.

Indonesia, which sits on the Pacific Ring of Fire, has 127 active volcanoes. In April 2024, Mount Ruang in the Sitaro Islands regency of North Sulawesi erupted, prompting the temporary closure of Sam Ratulangi International Airport in Manado and the evacuation of residents of Tagulandang island. Mount Ibu on Halmahera in North Maluku has also erupted frequently since last year.""", [
    ("The Jakarta Post", "-", N),
    ("Lewotobi", "ID", N),
    ("Mount Lewotobi Laki-laki", "ID", N),
    ("Lewotobi Laki-laki", "ID", N),
    ("Bali", "ID", N),
    ("Flores", "ID", N, (-8.66, 121.08)),      # the island (not Flores, Guatemala/Azores/Uruguay)
    ("Kupang", "ID", T, (-10.17, 123.61)),
    ("East Flores", "ID", A),
    ("East Nusa Tenggara", "ID", A),
    ("Wulanggitang", "ID", N),
    ("Ile Bura", "ID", N),
    ("Konga", "ID", N, (-8.45, 122.78)),
    ("Larantuka", "ID", T),
    ("Maumere", "ID", T),
    ("Sikka", "ID", A),
    ("Komodo Airport", "ID", Q),
    ("Labuan Bajo", "ID", T),
    ("Komodo National Park", "ID", N),
    ("West Manggarai", "ID", A),
    ("Virgin Australia", "AU", Q),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Denpasar", "ID", T),
    ("Dulipali", "ID", N),
    ("Timor", "ID|TL", N),
    ("Indonesia", "ID", C),
    ("Pacific Ring of Fire", "*", N),
    ("Mount Ruang", "ID", N),
    ("Sitaro Islands", "ID", N),
    ("North Sulawesi", "ID", A),
    ("Manado", "ID", T),
    ("Tagulandang", "ID", N),
    ("Mount Ibu", "ID", N),
    ("Halmahera", "ID", N),
    ("North Maluku", "ID", A),
])

add("a", """Ha Long Bay cruise fleet back at full strength a year after Typhoon Yagi

By Minh Nga   July 19, 2025 | 04:12 pm GMT+7

All 480 tourist boats licensed to operate on Ha Long Bay are back in service, ten months after Typhoon Yagi sank dozens of vessels and tore roofs off hotels across Quang Ninh.

The northern coastal province welcomed 10.2 million visitors in the first half of the year, including 2.1 million foreigners, up 15% year-on-year, its tourism department said. South Korea, China and Taiwan were the largest sources of foreign arrivals, with many Chinese tour groups crossing the border at Mong Cai from Dongxing in Guangxi.

Yagi, the strongest storm to hit the north in three decades, made landfall in Quang Ninh and Hai Phong in September 2024, killing nearly 300 people across northern Vietnam, most of them in floods and landslides in mountainous provinces such as Lao Cai and Cao Bang. In Hanoi, the Red River rose to its highest level in 20 years.

"We lost 30 boats in one night. Some owners had just finished paying off their loans," said Nguyen Van Tuan, who heads a cruise operators' association in Ha Long.

Boats have been rebuilt at shipyards in Ha Long and Hai Phong under stricter standards, and the provincial authorities now require vessels to return to the Tuan Chau marina or the port at Bai Chay when a storm warning is issued.

Travel times have also shrunk. An expressway now links Hanoi with Ha Long and Van Don, and continues to Mong Cai, cutting the drive from the capital to the border to about four hours. Van Don International Airport has added direct flights from Seoul, Busan and Taipei, and will open a route from Ho Chi Minh City in September.

Tour operators say visitors increasingly combine Ha Long Bay with Lan Ha Bay off Cat Ba Island, which belongs to Hai Phong. In 2023 UNESCO extended the World Heritage listing to cover the Cat Ba archipelago, making it the first inter-provincial heritage site in Vietnam.

Quieter Bai Tu Long Bay and the Co To archipelago, some 70 km east of Ha Long, are also attracting backpackers from Europe who find the main bay too crowded, according to travel agencies in Hanoi.""", [
    ("Ha Long Bay", "VN", N),
    ("Yagi", "-", N),                          # Typhoon Yagi
    ("Ha Long", "VN", T, (20.95, 107.07)),
    ("Quang Ninh", "VN", A),
    ("South Korea", "KR", C),
    ("China", "CN", C),
    ("Taiwan", "TW", N),
    ("Chinese", "CN", Q),
    ("Mong Cai", "VN", T),
    ("Dongxing", "CN", T, (21.55, 107.97)),
    ("Guangxi", "CN", A),
    ("Hai Phong", "VN", N),
    ("Vietnam", "VN", C),
    ("Lao Cai", "VN", N),
    ("Cao Bang", "VN", N),
    ("Hanoi", "VN", T),
    ("Red River", "VN|CN", N),
    ("Tuan Chau", "VN", N),
    ("Bai Chay", "VN", N),
    ("Van Don", "VN", N),
    ("Van Don International Airport", "VN", Q),
    ("Seoul", "KR", T),
    ("Busan", "KR", T),
    ("Taipei", "TW", T),
    ("Ho Chi Minh City", "VN", T),
    ("Lan Ha Bay", "VN", N),
    ("Cat Ba Island", "VN", N),
    ("Cat Ba", "VN", N),
    ("Bai Tu Long Bay", "VN", N),
    ("Co To", "VN", N, (20.97, 107.77)),
    ("Europe", "*", N),
])

add("a", """Thousands join sit-in near Hyderabad against new canals on Indus

Mohammad Hussain Khan | Published July 27, 2025

HYDERABAD: Thousands of lawyers, nationalist workers and growers staged a sit-in on the National Highway at Hala Naka on Saturday, vowing to continue until the federal government formally scraps its plan to build six new canals on the Indus River, including one to irrigate the Cholistan desert in Punjab.

Protesters from Jamshoro, Matiari, Tando Allahyar and Thatta arrived in convoys, blocking traffic between Hyderabad and Karachi for several hours. Traders observed a strike in Sukkur, Larkana and Nawabshah, while the Sindh High Court Bar Association boycotted court proceedings across the province.

"Sindh is the tail end of the Indus. When there is no water below Kotri Barrage, the delta dies, the sea comes in and the people of Thatta and Badin are forced to migrate," Advocate Shabbir Memon, president of the Hyderabad Bar Association, told the crowd.

Speaking to reporters in Karachi, Chief Minister Murad Ali Shah said Sindh would not accept any new canal that had not been approved by the Council of Common Interests, where all four provinces are represented.

In Lahore, Punjab Chief Minister Maryam Nawaz maintained that the Cholistan canal would be fed from Punjab's own share of water under the 1991 accord and would not take "a single drop" from Sindh.

According to planning documents, the 176-kilometre canal would draw water from the Sutlej River at the Sulemanki headworks to irrigate 1.2 million acres in Bahawalnagar district, including land around Fort Abbas. Critics point out that the Sutlej, which rises in Tibet and enters Pakistan from India's Punjab, has carried little water since the Indus Waters Treaty of 1960 gave the eastern rivers to India.

That treaty came under further strain in April, when New Delhi announced it was holding it "in abeyance" after the attack on tourists at Pahalgam in India-held Kashmir.

Officials in Islamabad said on Saturday that the project had been "paused" pending consultations. Nationalist parties in Balochistan, which also depends on Indus water for its eastern districts, have expressed solidarity with the Sindhi protesters.

The sit-in organisers said they would march to Sukkur next week if the federal government did not issue a written notification.""", [
    ("HYDERABAD", "PK", T, (25.40, 68.38)),
    ("Hyderabad", "PK", T, (25.40, 68.38)),     # Hyderabad, Sindh (not Hyderabad, India)
    ("Hyderabad Bar Association", "PK", Q),
    ("Hala Naka", "PK", N, (25.42, 68.37)),
    ("Indus River", "*", N),
    ("Indus", "*", N),
    ("Indus Waters Treaty", "*", Q),
    ("Cholistan", "PK", N),
    ("Punjab#1,2,3", "PK", A),
    ("Punjab#4", "IN", A),                      # India's Punjab
    ("Jamshoro", "PK", T),
    ("Matiari", "PK", T),
    ("Tando Allahyar", "PK", T),
    ("Thatta", "PK", T, (24.75, 67.92)),
    ("Karachi", "PK", T),
    ("Sukkur", "PK", T),
    ("Larkana", "PK", T),
    ("Nawabshah", "PK", T),
    ("Sindh", "PK", A),
    ("Sindh High Court Bar Association", "PK", Q),
    ("Kotri Barrage", "PK", N),
    ("Badin", "PK", T, (24.66, 68.84)),
    ("Lahore", "PK", T),
    ("Sutlej River", "*", N),
    ("Sutlej", "*", N),
    ("Sulemanki", "PK", N),
    ("Bahawalnagar", "PK", A),
    ("Fort Abbas", "PK", T),
    ("Tibet", "CN", A),
    ("Pakistan", "PK", C),
    ("India", "IN", C),
    ("New Delhi", "IN", T),
    ("Pahalgam", "IN", T),
    ("Kashmir", "IN|PK", N),
    ("Islamabad", "PK", T),
    ("Balochistan", "PK", A),
    ("Sindhi", "PK", Q),
])

add("a", """Everest season ends with over 600 summits and five deaths

Post Report | Published at : May 31, 2025

The spring climbing season on Mount Everest wrapped up this week with more than 600 summits from the Nepal side, the Department of Tourism said, even as five climbers, including two Nepali guides, lost their lives on the world's highest peak.

The department had issued 468 permits for Everest this season to climbers from 57 countries, with the largest contingents coming from China, India, the United States and the United Kingdom. Foreign climbers will pay a royalty of $15,000 from September, up from $11,000.

Among the dead were an Australian climber from Victoria, who collapsed near the South Col on his descent, and a 45-year-old American from Atlanta, Georgia, who died at Camp IV. A Nepali guide from Solukhumbu district fell into a crevasse in the Khumbu Icefall in late April.

"Crowding was less of a problem this year because the weather window stayed open longer," said Khim Lal Gautam, who heads the department's liaison office at Everest Base Camp.

Helicopter operators flew hundreds of rescue and supply sorties between base camp and Lukla, the gateway to the Khumbu region, while heavy snowfall in mid-May stranded trekkers in Namche Bazaar for three days.

Across the border in Tibet, Chinese authorities allowed a limited number of foreign climbers on the northern route, which teams approach from Tingri county, after keeping it closed to foreigners for three seasons.

Elsewhere, expedition organisers reported successful seasons on Lhotse and Makalu, while an avalanche on Dhaulagiri injured three high-altitude workers. On Kanchenjunga, which straddles Taplejung district in Koshi Province and the Indian state of Sikkim, two climbers were rescued after spending a night in the open. Summits of Manaslu, in Gorkha district of Gandaki Province, are expected in the autumn season.

Tourism entrepreneurs in Pokhara, the gateway to the Annapurna region, said the spring had been their busiest since 2019, helped by new direct flights from India and China.

Officials in Kathmandu say they are drafting rules that would require Everest climbers to have summited a peak of at least 7,000 metres in Nepal before being issued a permit, a proposal that has divided operators.""", [
    ("Mount Everest", "NP|CN", N),
    ("Everest", "NP|CN", N),
    ("Everest Base Camp", "NP", N),
    ("Nepal", "NP", C),
    ("Nepali", "NP", Q),
    ("China", "CN", C),
    ("India", "IN", C),
    ("United States", "US", C),
    ("United Kingdom", "GB", C),
    ("Australian", "AU", Q),
    ("Victoria", "AU", A),                      # the Australian state
    ("South Col", "NP|CN", N),
    ("American", "US", Q),
    ("Atlanta", "US", T, "US.GA"),
    ("Georgia", "US", A),                       # the US state
    ("Solukhumbu", "NP", A),
    ("Khumbu Icefall", "NP", N),
    ("Khumbu", "NP", N),
    ("Lukla", "NP", T),
    ("Namche Bazaar", "NP", T),
    ("Tibet", "CN", A),
    ("Chinese", "CN", Q),
    ("Tingri", "CN", N),
    ("Lhotse", "NP|CN", N),
    ("Makalu", "NP|CN", N),
    ("Dhaulagiri", "NP", N),
    ("Kanchenjunga", "NP|IN", N),
    ("Taplejung", "NP", A),
    ("Koshi Province", "NP", A),
    ("Indian", "IN", Q),
    ("Sikkim", "IN", A),
    ("Manaslu", "NP", N),
    ("Gorkha", "NP", A),
    ("Gandaki Province", "NP", A),
    ("Pokhara", "NP", T),
    ("Annapurna", "NP", N),
    ("Kathmandu", "NP", T),
])

# ---------------------------------------------------------------- genre b: Middle East, Turkey, Russia, Europe

add("b", """Türkiye hands over 200,000th quake home in Hatay as reconstruction enters final stretch

Anadolu Agency | 05.02.2025

HATAY, Türkiye (AA) - President Recep Tayyip Erdogan on Wednesday attended a ceremony in Hatay's Antakya district marking the delivery of the 200,000th home built since the Feb. 6, 2023 earthquakes, which devastated 11 provinces in southern and southeastern Türkiye.

The twin earthquakes, with magnitudes of 7.7 and 7.6 and centered in the Pazarcik and Elbistan districts of Kahramanmaras, killed more than 53,000 people in Türkiye and thousands more in neighboring Syria.

"We promised our nation that we would not leave anyone homeless, and we have kept our word," Erdogan said, handing over keys to families in the Defne district, just south of Antakya's historic center on the Asi River.

Environment, Urbanization and Climate Change Minister Murat Kurum said a total of 453,000 homes would be completed by the end of the year across the quake zone, which also includes Malatya, Adiyaman, Gaziantep, Osmaniye, Adana, Diyarbakir, Sanliurfa, Kilis and Elazig.

Hatay, which borders Syria, suffered the heaviest destruction. In Iskenderun, the province's port city on the Mediterranean, a seafront promenade that was flooded after the quake has been rebuilt, while new neighborhoods have gone up in Samandag and Kirikhan.

In Kahramanmaras, the city center's 1,200 shops destroyed in the disaster are being rebuilt in their original locations, Kurum said, adding that the new bazaar would open in the summer.

Thousands of volunteers from Istanbul, Izmir and Ankara took part in relief work after the disaster, and many remained to help with reconstruction, according to the Disaster and Emergency Management Authority (AFAD).

Officials said the number of Syrians crossing back to their country through the Cilvegozu border gate in Hatay's Reyhanli district has risen sharply since the fall of the Baath regime in December, with most heading to Idlib and Aleppo, cities that were themselves badly damaged in the 2023 earthquakes.

"Antakya will rise again with its churches, mosques and synagogue," said Hatay Governor Mustafa Masatli, referring to the city's historic religious sites.""", [
    ("Anadolu Agency", "-", N),
    ("HATAY", "TR", A),
    ("Hatay", "TR", A),
    ("Türkiye", "TR", C),
    ("Antakya", "TR", N, (36.21, 36.16)),
    ("Pazarcik", "TR", N, (37.49, 37.30)),
    ("Elbistan", "TR", N),
    ("Kahramanmaras#1", "TR", A),
    ("Kahramanmaras#2", "TR", T),
    ("Syria", "SY", C),
    ("Syrians", "SY", Q),
    ("Defne", "TR", N, (36.19, 36.15)),
    ("Asi River", "*", N),
    ("Malatya", "TR", N),
    ("Adiyaman", "TR", N),
    ("Gaziantep", "TR", N),
    ("Osmaniye", "TR", N),
    ("Adana", "TR", N),
    ("Diyarbakir", "TR", N),
    ("Sanliurfa", "TR", N),
    ("Kilis", "TR", N),
    ("Elazig", "TR", N),
    ("Iskenderun", "TR", T),
    ("Mediterranean", "*", N),
    ("Samandag", "TR", N),
    ("Kirikhan", "TR", N),
    ("Istanbul", "TR", T),
    ("Izmir", "TR", T),
    ("Ankara", "TR", T),
    ("Cilvegozu", "TR", N, (36.23, 36.55)),
    ("Reyhanli", "TR", N),
    ("Idlib", "SY", N),
    ("Aleppo", "SY", N),
])

add("b", """Etihad Rail passenger trains to link Abu Dhabi and Fujairah from 2026

Nick Webster, Abu Dhabi | July 15, 2025

Passengers will be able to travel by train from Abu Dhabi to Fujairah in 105 minutes when the UAE's national passenger rail service opens next year, Etihad Rail said on Tuesday.

The trains, running at up to 200kph, will call at 11 stations between Al Sila, near the border with Saudi Arabia, and Fujairah on the east coast. Confirmed stops include Ruwais, Al Mirfa and Madinat Zayed in the Al Dhafra region, as well as Abu Dhabi, Dubai, Sharjah and Al Dhaid.

A trip between Abu Dhabi and Dubai will take 57 minutes, the company said, a journey that can take well over 90 minutes by road at peak times.

"This network will bring the emirates closer together than ever before," said a senior official at the company, adding that stations in Ajman, Umm Al Quwain and Ras Al Khaimah would be considered in a later phase.

The 900-kilometre freight network, which opened in 2023, already carries aggregates from quarries in Fujairah and Ras Al Khaimah to construction sites in Dubai, and containers between Khalifa Port and Jebel Ali.

Work is also under way on Hafeet Rail, a joint venture with Oman that will link Al Ain with the Omani port of Sohar through the Hajar Mountains. The 238km line is expected to cut freight transit times between the two countries to under two hours and to give Omani exporters faster access to Dubai and the wider Gulf.

The UAE network is a key section of the long-planned GCC railway, which would eventually run from Kuwait through Saudi Arabia, Bahrain, Qatar and the UAE to Muscat. Saudi Arabia has yet to complete its section to the border crossing at Ghuwaifat.

Residents of the Northern Emirates have welcomed the plans. "I commute from Sharjah to Abu Dhabi three days a week. A train would change my life," said Rania Haddad, a Jordanian engineer living in Al Nahda.

Ticket prices have not yet been announced.""", [
    ("Abu Dhabi", "AE", T, (24.45, 54.38)),
    ("Fujairah#1,2,3", "AE", T),
    ("Fujairah#4", "AE", N),
    ("UAE", "AE", C),
    ("Al Sila", "AE", N, (24.06, 51.76)),
    ("Saudi Arabia", "SA", C),
    ("Ruwais", "AE", T),
    ("Al Mirfa", "AE", N),
    ("Madinat Zayed", "AE", N),
    ("Al Dhafra", "AE", A),
    ("Dubai", "AE", N),
    ("Sharjah", "AE", T),
    ("Al Dhaid", "AE", N),
    ("Ajman", "AE", N),
    ("Umm Al Quwain", "AE", N),
    ("Ras Al Khaimah", "AE", N),
    ("Khalifa Port", "AE", N),
    ("Jebel Ali", "AE", N),
    ("Hafeet Rail", "AE|OM", Q),
    ("Oman", "OM", C),
    ("Omani", "OM", Q),
    ("Al Ain", "AE", T),
    ("Sohar", "OM", T),
    ("Hajar Mountains", "AE|OM", N),
    ("Gulf", "*", N),
    ("Kuwait", "KW", C),
    ("Bahrain", "BH", C),
    ("Qatar", "QA", C),
    ("Muscat", "OM", T),
    ("Ghuwaifat", "AE", N),
    ("Northern Emirates", "AE", N),
    ("Jordanian", "JO", Q),
    ("Al Nahda", "AE", N, (25.30, 55.37)),
])

add("b", """Egypt hosts Libyan rivals in New Alamein, pushes for unified government

Ahram Online , Monday 14 Jul 2025

Egypt hosted on Monday a meeting in New Alamein between delegations of Libya's east-based House of Representatives and the Tripoli-based High Council of State, as Cairo steps up efforts to break a political deadlock that has left the oil-rich country with two rival governments.

Foreign Minister Badr Abdelatty told the delegations that Egypt "stands at an equal distance from all Libyan parties" and supports holding presidential and parliamentary elections as soon as possible, according to a foreign ministry statement.

The talks in the Mediterranean resort city, about 100 kilometres west of Alexandria, come two months after deadly clashes between armed groups in Tripoli, and amid renewed tension around Sirte, which lies between territory controlled by the government in Tripoli and forces loyal to commander Khalifa Haftar, who is based in Benghazi.

Egypt shares a 1,115-kilometre border with Libya, and Cairo has long said that instability there is a direct threat to its national security.

Meanwhile, Matrouh governorate said traffic through the Salloum land port had risen 30 percent in the first half of the year, with hundreds of trucks a day carrying Egyptian food products, cement and building materials from Alexandria and the Nile Delta to Tobruk, Benghazi and Derna, which is being rebuilt after catastrophic floods in September 2023.

Tens of thousands of Egyptian workers, many of them from Upper Egypt governorates such as Sohag, Assiut and Minya, also cross the border every month to work in eastern Libya, a governorate official in Marsa Matrouh said.

Later on Monday, Abdelatty flew to Beirut, where he discussed with Lebanese officials the resumption of Egyptian gas supplies through the Arab Gas Pipeline, which runs through Jordan and Syria, to the Deir Ammar power plant near Tripoli in northern Lebanon.

Egypt, itself facing a summer shortfall in natural gas, has been importing liquefied natural gas cargoes via floating terminals at Ain Sokhna on the Gulf of Suez.""", [
    ("Egypt", "EG", C),
    ("Egyptian", "EG", Q),
    ("Libyan", "LY", Q),
    ("New Alamein", "EG", N, (30.83, 28.96)),
    ("Libya", "LY", C),
    ("Tripoli#1,2,3", "LY", T, (32.89, 13.19)),   # Tripoli, Libya
    ("Tripoli#4", "LB", T, (34.43, 35.84)),       # Tripoli, Lebanon
    ("Cairo", "EG", T),
    ("Mediterranean", "*", N),
    ("Alexandria", "EG", T, (31.20, 29.92)),
    ("Sirte", "LY", T),
    ("Benghazi", "LY", T),
    ("Matrouh", "EG", A),
    ("Salloum", "EG", N, (31.55, 25.16)),
    ("Nile Delta", "EG", N),
    ("Tobruk", "LY", T),
    ("Derna", "LY", T),
    ("Upper Egypt", "EG", N),
    ("Sohag", "EG", A),
    ("Assiut", "EG", A),
    ("Minya", "EG", A),
    ("Marsa Matrouh", "EG", T, (31.35, 27.24)),
    ("Beirut", "LB", T),
    ("Lebanese", "LB", Q),
    ("Jordan", "JO", C),
    ("Syria", "SY", C),
    ("Deir Ammar", "LB", N, (34.46, 35.90)),
    ("Lebanon", "LB", C),
    ("Ain Sokhna", "EG", N),
    ("Gulf of Suez", "EG", N),
])

add("b", """Yekaterinburg Court Jails Journalist for 5 Years Over Anti-War Posts

July 10, 2025 | The Moscow Times

A court in Yekaterinburg on Thursday sentenced a local journalist to five and a half years in prison for "spreading false information" about the Russian army, the latest in a series of cases against independent reporters in the Urals.

Dmitry Sokolov, 41, a former editor at the regional news site Novy Ural, was detained in March 2024 over Telegram posts about Russian strikes on civilian targets in Ukraine, including the bombing of the drama theater in Mariupol in 2022.

"I wrote about what happened in Mariupol and Bucha. I would write it again," Sokolov told the Leninsky District Court in his final statement, according to the rights group OVD-Info.

Several of his former colleagues left Russia after the full-scale invasion of Ukraine began in February 2022 and now run the site from Georgia and Armenia. Its editor, who lives in Tbilisi, called the verdict "revenge for honest journalism."

The Sverdlovsk region, whose capital Yekaterinburg is Russia's fourth-largest city, has become a focus of prosecutions of journalists. Last year, the Sverdlovsk Regional Court sentenced Wall Street Journal reporter Evan Gershkovich to 16 years in a high-security penal colony on espionage charges, which he and his employer rejected. He was freed less than two weeks later in a prisoner exchange between Moscow and Washington that was carried out in Ankara.

Prosecutors across the region have also targeted residents of Nizhny Tagil, Kamensk-Uralsky and Pervouralsk for anti-war posts, while courts in neighboring Chelyabinsk and Tyumen and in the Perm region have handed down similar sentences, according to OVD-Info.

Local journalists say the pressure has intensified since Ukrainian forces launched their incursion into Russia's Kursk region last August, after which the authorities in Moscow tightened rules on reporting about the war.

The Yekaterinburg-based independent broadcaster 4th Channel closed in 2023, and at least a dozen reporters from the city have since moved to Kazakhstan, Serbia and Germany.

Sokolov's lawyer said he would appeal the verdict.""", [
    ("Yekaterinburg", "RU", T),
    ("The Moscow Times", "-", N),
    ("Moscow", "RU", T),
    ("Russian", "RU", Q),
    ("Urals", "RU", N),
    ("Novy Ural", "-", N),
    ("Ukraine", "UA", C),
    ("Mariupol", "UA", T),
    ("Bucha", "UA", T),
    ("Leninsky District Court", "RU", Q),
    ("Russia", "RU", C),
    ("Georgia", "GE", C),                     # the country
    ("Armenia", "AM", C),
    ("Tbilisi", "GE", T),
    ("Sverdlovsk", "RU", A),
    ("Sverdlovsk Regional Court", "RU", Q),
    ("Wall Street Journal", "-", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Ankara", "TR", T),
    ("Nizhny Tagil", "RU", T),
    ("Kamensk-Uralsky", "RU", T),
    ("Pervouralsk", "RU", T),
    ("Chelyabinsk", "RU", N),
    ("Tyumen", "RU", N),
    ("Perm", "RU", A),
    ("Ukrainian", "UA", Q),
    ("Kursk", "RU", A),
    ("Kazakhstan", "KZ", C),
    ("Serbia", "RS", C),
    ("Germany", "DE", C),
])

add("b", """Russia Pounds Kharkiv and Odesa Region With Drones as Fighting Rages Near Pokrovsk

By Kyiv Post | July 24, 2025

Russia launched 208 drones and 12 missiles at Ukraine overnight, hitting residential buildings in Kharkiv and port infrastructure in Odesa region, Ukraine's Air Force said on Thursday morning. Air defenses shot down 164 drones and nine missiles, mostly over central and northern regions.

In Kharkiv, Ukraine's second-largest city, drones struck apartment blocks in the Kyivskyi district and the Saltivka neighborhood, injuring at least 17 people, including three children, Mayor Ihor Terekhov said on Telegram.

In Odesa region, a drone attack on Izmail damaged a grain terminal on the Danube, regional governor Oleh Kiper said. Romania's Defense Ministry said debris was found near the village of Plauru, across the river in Tulcea county, and that it had scrambled two F-16 jets.

On the front line, Russian forces kept up assaults on Pokrovsk and Myrnohrad in Donetsk Oblast, the General Staff said, with more than 50 clashes recorded in the Pokrovsk direction over the past day. Further north, Ukrainian troops repelled attacks near Kostiantynivka and around Kupiansk, on the Oskil River in Kharkiv Oblast.

Moscow's forces also shelled Nikopol, on the Dnipro River in Dnipropetrovsk Oblast, and struck the regional capital, Dnipro, with a ballistic missile, killing two people, according to the regional military administration. In Zaporizhzhia, a guided bomb hit an industrial facility on the city's outskirts.

In Sumy region, which borders Russia's Kursk region, authorities ordered the evacuation of 11 more villages within 10 kilometers of the border.

Ukraine's Navy said naval drones had struck a Russian patrol boat near Sevastopol in occupied Crimea, a claim Moscow did not comment on, as first reported by the Kyiv Independent.

Speaking in Kyiv, President Volodymyr Zelensky again urged partners to supply more Patriot air defense systems, saying the overnight attack showed that "Russia wants the war to continue." Germany and Norway have each pledged to finance two additional systems, and NATO defense ministers are due to discuss further aid in Brussels next week.""", [
    ("Russia", "RU", C),
    ("Russian", "RU", Q),
    ("Kharkiv", "UA", T),
    ("Kharkiv Oblast", "UA", A),
    ("Odesa", "UA", A),
    ("Pokrovsk", "UA", T, (48.28, 37.18)),
    ("Kyiv Post", "-", N),
    ("Ukraine", "UA", C),
    ("Ukrainian", "UA", Q),
    ("Kyivskyi", "UA", N, (50.01, 36.28)),      # Kharkiv's Kyivskyi district
    ("Saltivka", "UA", N, (50.02, 36.35)),
    ("Izmail", "UA", T),
    ("Danube", "*", N),
    ("Romania", "RO", C),
    ("Plauru", "RO", N, (45.35, 28.83)),
    ("Tulcea", "RO", A),
    ("Myrnohrad", "UA", T),
    ("Donetsk Oblast", "UA", A),
    ("Kostiantynivka", "UA", T, (48.53, 37.71)),
    ("Kupiansk", "UA", T),
    ("Oskil River", "UA|RU", N),
    ("Moscow", "RU", T),
    ("Nikopol", "UA", T, (47.57, 34.39)),
    ("Dnipro River", "*", N),
    ("Dnipropetrovsk Oblast", "UA", A),
    ("Dnipro", "UA", T, (48.47, 35.04)),        # the city
    ("Zaporizhzhia", "UA", T, (47.85, 35.12)),
    ("Sumy", "UA", A),
    ("Kursk", "RU", A),
    ("Sevastopol", "UA", T),
    ("Crimea", "UA", N),
    ("Kyiv Independent", "-", N),
    ("Kyiv", "UA", T),
    ("Germany", "DE", C),
    ("Norway", "NO", C),
    ("Brussels", "BE", T),
])

add("b", """Brittany evacuates hundreds as Storm Herminia floods Rennes, Pas-de-Calais on alert

Issued on: 27/01/2025 - 17:42

Rennes (AFP) – Hundreds of residents were evacuated in Brittany on Monday after Storm Herminia brought days of torrential rain, while authorities in northern France's Pas-de-Calais warned people living along the Aa river to prepare for renewed flooding.

In Rennes, capital of the Ille-et-Vilaine department, the Vilaine river burst its banks, flooding streets and car parks in the south-west of the city. Firefighters evacuated about 300 people, some by boat, and a dozen schools were closed.

Downstream, the town of Redon, at the confluence of the Vilaine and the Oust, was bracing for its highest water levels since 2001. Météo-France kept Ille-et-Vilaine and neighbouring Loire-Atlantique on red flood alert, its highest level, and placed Morbihan and Mayenne on orange.

Gusts of 130 km/h were recorded in Brest, on the western tip of Finistère, and Brittany Ferries cancelled sailings from Roscoff to Plymouth and Cork.

Interior Minister Bruno Retailleau, who is due to visit Rennes on Tuesday, said in Paris that 1,500 firefighters and civil security personnel had been deployed across the west of the country.

In Pas-de-Calais, still scarred by floods that swamped the Aa valley in November 2023 and again in January 2024, the prefecture activated its crisis centre. Residents of Blendecques, Arques and Saint-Omer were told to move belongings upstairs and to avoid unnecessary journeys.

"We have been flooded three times in 14 months. People here are exhausted, and many can no longer get insurance," said Nathalie Delattre, who runs a bakery in Blendecques.

The regional council of Hauts-de-France said it would release emergency funds for municipalities in Pas-de-Calais and the neighbouring Nord department, where rivers around Lille were also rising.

Across the border in Belgium, authorities in West Flanders put the Yser basin on alert and closed several roads around Ypres.""", [
    ("Brittany", "FR", A),
    ("Brittany Ferries", "FR", Q),
    ("Rennes", "FR", T),
    ("Pas-de-Calais", "FR", A),
    ("France", "FR", C),
    ("Météo-France", "FR", Q),
    ("Aa", "FR", N),
    ("Ille-et-Vilaine", "FR", A),
    ("Vilaine", "FR", N),
    ("Redon", "FR", T),
    ("Oust", "FR", N),                          # the river in Brittany
    ("Loire-Atlantique", "FR", A),
    ("Morbihan", "FR", A),
    ("Mayenne", "FR", A),
    ("Brest", "FR", T, (48.39, -4.49)),
    ("Finistère", "FR", A),
    ("Roscoff", "FR", T),
    ("Plymouth", "GB", T, (50.37, -4.14)),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Paris", "FR", T),
    ("Blendecques", "FR", T),
    ("Arques", "FR", T, (50.73, 2.30)),
    ("Saint-Omer", "FR", T, (50.75, 2.26)),
    ("Hauts-de-France", "FR", A),
    ("Nord", "FR", A),
    ("Lille", "FR", T, (50.63, 3.06)),
    ("Belgium", "BE", C),
    ("West Flanders", "BE", A),
    ("Yser", "BE|FR", N),
    ("Ypres", "BE", T),
])

add("b", """Govt gives final go-ahead to Messina Strait bridge

Work to start by year-end, says Salvini

(ANSA) - ROME, AUG 6 - The government's CIPESS economic planning committee on Wednesday gave final approval to the 13.5-billion-euro bridge over the Strait of Messina, which will link Sicily to the Italian mainland in Calabria.

"It is a historic day for Italy and for Europe," Deputy Premier and Infrastructure Minister Matteo Salvini told a press conference in Rome.

The 3.3-km single-span suspension bridge, which would be the longest of its kind in the world, will run between Torre Faro, north of Messina, and Cannitello, in the municipality of Villa San Giovanni in the province of Reggio Calabria.

It is designed to carry six road lanes and two rail tracks.

Its central span would far exceed that of the 1915 Canakkale Bridge in Turkey, which opened in 2022 and currently holds the record at 2,023 metres.

The Milan-based construction group Webuild leads the Eurolink consortium that will build the bridge.

Salvini said preliminary work would begin in the autumn, with the bridge opening to traffic in 2032 or 2033.

Sicily Governor Renato Schifani hailed the decision, saying it would cut travel times between Palermo, Catania and Rome, while Calabria Governor Roberto Occhiuto said the project must go hand in hand with upgrades to the high-speed rail line from Salerno to Reggio Calabria.

Environmental groups including WWF Italia and Legambiente said they would appeal to the European Commission in Brussels, arguing that the bridge threatens migratory bird routes over the strait.

The opposition Democratic Party (PD) and 5-Star Movement (M5S) said the money would be better spent on water networks in Sicily and on roads in the inland areas of Calabria, Basilicata and Puglia.

Engineers have also raised questions about the seismic risk in the area, where an earthquake and tsunami destroyed Messina and Reggio Calabria in 1908, killing some 80,000 people.

Messina Mayor Federico Basile said the city would seek guarantees for the owners of some 450 homes in the Ganzirri and Torre Faro districts that are due to be expropriated.

The project has been discussed for decades. Former premier Silvio Berlusconi revived it in the 2000s before the government of Mario Monti shelved it in 2012. (ANSA).""", [
    ("Messina Strait", "IT", N),
    ("Strait of Messina", "IT", N),
    ("Messina", "IT", T, (38.19, 15.55)),
    ("ROME", "IT", T),
    ("Rome", "IT", T),
    ("Sicily", "IT", A),
    ("Italian", "IT", Q),
    ("Calabria", "IT", A),
    ("Italy", "IT", C),
    ("Europe", "*", N),
    ("Torre Faro", "IT", N, (38.27, 15.64)),
    ("Cannitello", "IT", N, (38.23, 15.65)),
    ("Villa San Giovanni", "IT", T),
    ("Reggio Calabria#1", "IT", A),
    ("Reggio Calabria#2,3", "IT", T, (38.11, 15.65)),
    ("Canakkale Bridge", "TR", Q),
    ("Turkey", "TR", C),
    ("Milan", "IT", T, (45.46, 9.19)),
    ("Palermo", "IT", T, (38.12, 13.36)),
    ("Catania", "IT", T),
    ("Salerno", "IT", T, (40.68, 14.79)),
    ("WWF Italia", "IT", Q),
    ("Brussels", "BE", T),
    ("Basilicata", "IT", A),
    ("Puglia", "IT", A),
    ("Ganzirri", "IT", N, (38.26, 15.62)),
])

add("b", """Judge summons former Valencia officials as region marks a year since deadly floods

Valencia, Spain, Oct 28 (EFE).- A judge investigating the floods that killed 229 people in the Valencia region a year ago on Tuesday summoned two former senior officials of the regional government to testify as suspects, as thousands of people prepared to march through the city to mark the anniversary.

The judge in Catarroja, one of the towns worst hit by the Oct. 29, 2024 DANA, or isolated upper-level depression, is examining why the mobile phone alert sent by the regional emergency service reached residents only after water had begun pouring into their homes.

Most of the victims died in the province of Valencia, in towns south of the city such as Paiporta, Sedaví, Alfafar, Massanassa and Benetússer, where the Poyo ravine burst its banks after torrential rain fell upstream around Chiva. Seven more people died in the neighbouring region of Castilla-La Mancha, six of them in the village of Letur in Albacete province, and one in Andalusia.

Floodwaters also swept through Utiel and Requena, along the Magro river, and the town of Algemesí in the Ribera Alta district, while thousands of wrecked cars ended up in the Albufera lagoon.

"A year later, many of us are still living with relatives. The ground floor is still empty," said Amparo Soler, a 67-year-old resident of Paiporta.

Soldiers from the Military Emergencies Unit (UME) and firefighters from Córdoba, Madrid and Catalonia took part in the clean-up, alongside tens of thousands of volunteers who crossed the footbridges from the city of Valencia each morning with brooms and shovels. Valencia CF turned its Mestalla stadium into a collection point for donations, and city rival Levante UD sent players to help clear mud.

The city itself was largely spared thanks to the new course of the Turia river, which was diverted around Valencia after a catastrophic flood in 1957.

Spain's central government in Madrid says it has approved 16.6 billion euros in aid, but business owners in the affected towns complain that much of the money has yet to arrive.

Wednesday's march is expected to end in front of the Palau de la Generalitat, the seat of the Valencian regional government.""", [
    ("Valencia#1,3,4", "ES", A),              # the Valencia region; the province of Valencia
    ("Valencia#2,5,7", "ES", T, (39.47, -0.38)),  # the city (dateline, "city of Valencia")
    ("Valencia CF", "-", N),
    ("Valencian", "ES", Q),
    ("Spain", "ES", C),
    ("Catarroja", "ES", T),
    ("Paiporta", "ES", T),
    ("Sedaví", "ES", T),
    ("Alfafar", "ES", T),
    ("Massanassa", "ES", T),
    ("Benetússer", "ES", T),
    ("Poyo", "ES", N, (39.45, -0.50)),
    ("Chiva", "ES", T, (39.47, -0.72)),
    ("Castilla-La Mancha", "ES", A),
    ("Letur", "ES", T),
    ("Albacete", "ES", A),
    ("Andalusia", "ES", A),
    ("Utiel", "ES", T),
    ("Requena", "ES", T, (39.49, -1.10)),
    ("Magro", "ES", N),
    ("Algemesí", "ES", T),
    ("Ribera Alta", "ES", A),
    ("Albufera", "ES", N, (39.33, -0.35)),
    ("Córdoba", "ES", N, (37.89, -4.77)),     # Córdoba, Spain
    ("Madrid", "ES", T),
    ("Catalonia", "ES", A),
    ("Levante UD", "-", N),
    ("Turia", "ES", N),
    ("Palau de la Generalitat", "ES", Q),
])

# ---------------------------------------------------------------- genre c: Africa and Latin America

add("c", """Flood: Thousands displaced in Kogi, Benue as Niger, Benue rivers overflow

By Ebuka Onyeji | September 18, 2025

Thousands of residents have been displaced in Kogi and Benue states after the River Niger and River Benue overflowed their banks, submerging homes and farmlands in at least 14 local government areas, officials said on Wednesday.

The Nigeria Hydrological Services Agency (NIHSA) had warned last week that water released from the Lagdo Dam in neighbouring Cameroon would worsen flooding along the Benue, which flows through Adamawa and Taraba before entering Benue State and joining the Niger at Lokoja, the Kogi State capital.

In Lokoja, the Ganaja and Adankolo areas were submerged, and a section of the federal highway linking the city to Abuja was under water on Wednesday, leaving hundreds of trucks stranded.

"The water came in the night. We could only carry our children," said Hauwa Sani, a trader sheltering in a primary school in Lokoja.

The state emergency management agency said the worst-hit areas were Ibaji, Idah, Ajaokuta, Kogi and Bassa local government areas, where more than 2,000 hectares of rice, yam and cassava were destroyed.

In Benue State, Governor Hyacinth Alia visited displaced persons in Makurdi, the state capital, where several streets along the river were flooded, and in Agatu, one of the LGAs that also suffered deadly attacks by armed herders this year.

The floods come four months after a flash flood killed more than 200 people in Mokwa, Niger State, and a year after the collapse of the Alau Dam near Maiduguri, Borno State, which displaced over 400,000 people.

NIHSA also warned that the Kainji, Jebba and Shiroro dams on the Niger and Kaduna rivers were near full capacity and that communities downstream in Kwara, Anambra, Delta, Rivers and Bayelsa states should be ready to evacuate. The Niger, which rises in Guinea and flows through Mali and Niger before entering Nigeria in Kebbi State, is already high upstream, the agency said.

The National Emergency Management Agency (NEMA) said it had dispatched relief materials from Abuja to camps in both states.""", [
    ("Kogi#1,2,3", "NG", A),                   # Kogi State
    ("Kogi#4", "NG", A, (8.09, 6.80)),         # Kogi LGA (Koton Karfe)
    ("Benue#1,3,6,7", "NG", A),                # Benue State
    ("Benue#2,5", "*", N),                     # the river
    ("River Benue", "*", N),
    ("River Niger", "*", N),
    ("Niger#1,3,5,6", "*", N),                 # the river
    ("Niger#4", "NG", A),                      # Niger State
    ("Niger#7", "NE", C),                      # the country (Niger Republic)
    ("Nigeria Hydrological Services Agency", "NG", Q),
    ("Lagdo Dam", "CM", N),
    ("Cameroon", "CM", C),
    ("Adamawa", "NG", A),
    ("Taraba", "NG", A),
    ("Lokoja", "NG", T),
    ("Ganaja", "NG", N, (7.78, 6.74)),
    ("Adankolo", "NG", N, (7.82, 6.75)),
    ("Abuja", "NG", T),
    ("Ibaji", "NG", N),
    ("Idah", "NG", N),
    ("Ajaokuta", "NG", N),
    ("Bassa", "NG", N, (7.90, 7.06)),          # Bassa LGA, Kogi (not Bassa, Plateau)
    ("Makurdi", "NG", T),
    ("Agatu", "NG", A),
    ("Mokwa", "NG", T),
    ("Alau Dam", "NG", N),
    ("Maiduguri", "NG", T),
    ("Borno", "NG", A),
    ("Kainji", "NG", N),
    ("Jebba", "NG", N, (9.12, 4.82)),
    ("Shiroro", "NG", N),
    ("Kaduna", "NG", N),                       # the Kaduna river
    ("Kwara", "NG", A),
    ("Anambra", "NG", A),
    ("Delta", "NG", A),
    ("Rivers", "NG", A),
    ("Bayelsa", "NG", A),
    ("Guinea", "GN", C),
    ("Mali", "ML", C),
    ("Nigeria", "NG", C),
    ("Kebbi", "NG", A),
])

add("c", """SGR extension from Naivasha to Malaba to start in January, says Ruto

By Rushdie Oudia | Sunday, August 17, 2025

Construction of the long-delayed extension of the Standard Gauge Railway (SGR) from Naivasha to Malaba, on the border with Uganda, will begin in January, President William Ruto has said.

Speaking in Kisumu on Sunday, the President said the government had secured financing for the 475-kilometre line, which will run from Naivasha in Nakuru County through Narok, Bomet, Nyamira and Kisumu counties before turning north-west to Busia County and Malaba.

"Once this line is complete, a container leaving the port of Mombasa will reach Malaba in less than a day. Today it takes three days by road," Mr Ruto said.

The first phase of the SGR, from Mombasa to Nairobi, opened in 2017, followed two years later by a 120-kilometre extension from Nairobi to the Naivasha Inland Container Depot near Mai Mahiu. Both sections were financed largely with loans from China.

Kisumu Governor Anyang' Nyong'o said the new line would revive the port of Kisumu on Lake Victoria, which handles fuel shipments to Uganda and Tanzania, and attract traders from Rwanda, Burundi and eastern DR Congo.

Uganda has started work on its own standard gauge line from Malaba to Kampala, with branches planned towards Rwanda and South Sudan.

Residents of Narok and Bomet have raised concerns over compensation for land that will be acquired for the railway. "We are not against development, but we want to be paid for our land before the bulldozers arrive," said Joseph ole Sankale, a farmer near Narok town.

Meanwhile, cargo will continue to move on the old metre-gauge railway through Nakuru, Eldoret and Webuye to Malaba, which was revived in 2021 to carry goods from the Naivasha depot to the border.

Transport Cabinet Secretary Davis Chirchir said the government would also seek private investors to build a freight terminal in Kisumu, and that the tender would be advertised before the end of the year.""", [
    ("Naivasha", "KE", T, (-0.71, 36.43)),
    ("Naivasha Inland Container Depot", "KE", Q),
    ("Malaba", "KE|UG", T, (0.64, 34.27)),
    ("Uganda", "UG", C),
    ("Kisumu#1,4,5", "KE", T, (-0.10, 34.76)),
    ("Kisumu#2,3", "KE", A),                   # Kisumu County (counties; its governor)
    ("Nakuru County", "KE", A),
    ("Nakuru", "KE", T),
    ("Narok#1,2", "KE", A),
    ("Narok#3", "KE", T, (-1.08, 35.87)),
    ("Bomet", "KE", A),
    ("Nyamira", "KE", A),
    ("Busia County", "KE", A),
    ("Mombasa", "KE", T),
    ("Nairobi", "KE", T),
    ("Mai Mahiu", "KE", N, (-1.00, 36.59)),
    ("China", "CN", C),
    ("Lake Victoria", "*", N),
    ("Tanzania", "TZ", C),
    ("Rwanda", "RW", C),
    ("Burundi", "BI", C),
    ("DR Congo", "CD", C),
    ("Kampala", "UG", T),
    ("South Sudan", "SS", C),
    ("Eldoret", "KE", T),
    ("Webuye", "KE", T),
])

add("c", """Ethiopia inaugurates GERD as Egypt, Sudan voice concern

Addis Abeba, September 9/2025 – Prime Minister Abiy Ahmed on Tuesday officially inaugurated the Grand Ethiopian Renaissance Dam (GERD) in Guba woreda of the Benishangul-Gumuz regional state, fourteen years after construction began on the Abay (Blue Nile) river about 15 kilometres from the border with Sudan.

The ceremony at the dam site in Metekel zone was attended by heads of state and government from Kenya, Djibouti, Somalia and South Sudan, as well as diplomats based in Addis Abeba.

"The GERD is not a threat to anyone. It is a source of light for Ethiopia and for our neighbours," Abiy said in his speech, adding that the dam's 5,150 megawatts of installed capacity would allow the country to expand electricity exports to Kenya, Djibouti and Sudan, and eventually to Tanzania through the Kenyan grid.

Egypt, which depends on the Nile for almost all of its fresh water, has long argued that the dam threatens its water security. In a statement issued in Cairo, the foreign ministry said Egypt would "take all measures" permitted under international law to protect its interests, and accused Ethiopia of filling the reservoir without a binding agreement.

Sudan's army-led government, based in Port Sudan since war broke out in Khartoum in April 2023, said it had not received timely data on releases from the reservoir and warned of risks to the Roseires Dam in Blue Nile State, about 110 km downstream.

Ethiopian officials counter that the dam will regulate the seasonal floods that regularly inundate farmland and neighbourhoods along the river in Sudan, and reduce the silt that fills reservoirs downstream, including Lake Nasser behind the Aswan High Dam.

The Abay, which provides about 60 percent of the Nile's water, flows out of Lake Tana near Bahir Dar, the capital of Amhara region, where the federal army has been fighting Fano militias for two years. Security was tight on Tuesday in Bahir Dar and in Mekelle, capital of Tigray, where the interim administration said it supported the project despite tensions with the federal government.

Residents of Adama in Oromia and Hawassa, the capital of Sidama region, gathered in public squares to watch the ceremony on giant screens. Many had contributed to the dam through bonds sold to civil servants since 2011.""", [
    ("Ethiopia", "ET", C),
    ("Egypt", "EG", C),
    ("Sudan", "SD", C),
    ("Addis Abeba", "ET", T),
    ("Grand Ethiopian Renaissance Dam", "ET", N),
    ("Ethiopian", "ET", Q),
    ("Guba", "ET", N, (11.25, 35.10)),
    ("Benishangul-Gumuz", "ET", A),
    ("Abay", "ET|SD", N),
    ("Blue Nile#1", "ET|SD", N),               # the river
    ("Blue Nile State", "SD", A),
    ("Metekel", "ET", A),
    ("Kenya", "KE", C),
    ("Kenyan", "KE", Q),
    ("Djibouti", "DJ", C),
    ("Somalia", "SO", C),
    ("South Sudan", "SS", C),
    ("Tanzania", "TZ", C),
    ("Nile", "*", N),
    ("Cairo", "EG", T),
    ("Port Sudan", "SD", T),
    ("Khartoum", "SD", T),
    ("Roseires Dam", "SD", N),
    ("Lake Nasser", "EG|SD", N),
    ("Aswan High Dam", "EG", N),
    ("Lake Tana", "ET", N),
    ("Bahir Dar", "ET", T),
    ("Amhara", "ET", A),
    ("Mekelle", "ET", T),
    ("Tigray", "ET", A),
    ("Adama", "ET", T),
    ("Oromia", "ET", A),
    ("Hawassa", "ET", T),
    ("Sidama", "ET", A),
    ("Fano", "-", N),                          # Amhara militia, not Fano (Italy)
])

add("c", """Court gives Joburg 90 days to end Soweto's water misery

By Lwandile Mbatha | 12 August 2025

The Johannesburg High Court has ordered the City of Johannesburg and its water utility to restore a reliable water supply to seven Soweto suburbs within 90 days, in a judgment that residents' groups say could set a precedent for struggling municipalities across the country.

Residents of Orlando East, Orlando West, Meadowlands, Diepkloof, Pimville, Dobsonville and Jabavu went to court last year after some households went without running water for weeks at a time, relying on tankers and on buckets filled at communal standpipes.

Judge Leonie Windell said the city had "failed in its constitutional duty" and ordered it to file monthly progress reports with the court. The city said it was studying the judgment.

"We are tired of excuses. For months my mother, who is 81, had to wait for the tanker at 5am," said Thabo Mokoena, a member of the Soweto Water Crisis Committee in Orlando West.

Johannesburg's problems are not limited to Soweto. In recent years outages have also hit Alexandra, Melville and parts of Midrand, as well as Tembisa in neighbouring Ekurhuleni.

The city's bulk supplier, Rand Water, draws most of its water from the Vaal Dam on the border between Gauteng and the Free State, which is in turn fed by transfers from Lesotho. Engineers say the problem lies with Johannesburg's own pipes, reservoirs and towers, many of them decades old, and with leaks that waste roughly 40% of the water the city buys.

The ruling comes two years after a cholera outbreak in Hammanskraal, north of Pretoria, where at least 23 people died after the Rooiwal wastewater plant polluted the Apies River. Parliament has since held hearings on municipal water failures in Gauteng, KwaZulu-Natal and the Eastern Cape.

Water and Sanitation Minister Pemmy Majodina, who visited Soweto in June, said the national government would set aside R1.5 billion for emergency repairs in Johannesburg and Tshwane, and appoint a team of engineers to work with the city.

Cape Town, which narrowly avoided running dry during the 2018 drought, has offered to share technical expertise with Johannesburg, Western Cape Premier Alan Winde said.""", [
    ("Joburg", "ZA", T),
    ("Soweto", "ZA", N),
    ("Soweto Water Crisis Committee", "ZA", Q),
    ("Johannesburg High Court", "ZA", Q),
    ("City of Johannesburg", "ZA", Q),
    ("Johannesburg", "ZA", T),
    ("Orlando East", "ZA", N, (-26.23, 27.92)),
    ("Orlando West", "ZA", N, (-26.24, 27.91)),
    ("Meadowlands", "ZA", N, (-26.22, 27.89)),
    ("Diepkloof", "ZA", N, (-26.25, 27.95)),
    ("Pimville", "ZA", N, (-26.27, 27.90)),
    ("Dobsonville", "ZA", N, (-26.22, 27.85)),
    ("Jabavu", "ZA", N, (-26.25, 27.87)),
    ("Alexandra", "ZA", N, (-26.11, 28.10)),
    ("Melville", "ZA", N, (-26.17, 28.01)),
    ("Midrand", "ZA", N, (-25.99, 28.13)),
    ("Tembisa", "ZA", N, (-26.00, 28.23)),
    ("Ekurhuleni", "ZA", N),
    ("Rand Water", "ZA", Q),
    ("Vaal Dam", "ZA", N),
    ("Gauteng", "ZA", A),
    ("Free State", "ZA", A),
    ("Lesotho", "LS", C),
    ("Hammanskraal", "ZA", N),
    ("Pretoria", "ZA", T),
    ("Rooiwal", "ZA", Q),
    ("Apies River", "ZA", N),
    ("KwaZulu-Natal", "ZA", A),
    ("Eastern Cape", "ZA", A),
    ("Tshwane", "ZA", N),
    ("Cape Town", "ZA", T),
    ("Western Cape", "ZA", A),
])

add("c", """Provincias Unidas governors meet in Córdoba, demand share of fuel tax

BY: BUENOS AIRES TIMES | AUGUST 30, 2025

Governors of the new Provincias Unidas alliance met in Córdoba on Friday to demand that President Javier Milei's government hand over a larger share of fuel-tax revenue to the provinces, in a show of strength weeks before the October midterm elections.

Hosted by Córdoba Governor Martín Llaryora at the provincial government's headquarters in the city, the meeting brought together the leaders of Santa Fe, Chubut, Jujuy, Corrientes and Santa Cruz, while Entre Ríos Governor Rogelio Frigerio joined by video link from Paraná.

"The interior of the country produces the wealth and Buenos Aires keeps it," Santa Fe Governor Maximiliano Pullaro told reporters, arguing that national highways in Santa Fe and Córdoba provinces were crumbling since federal public works were frozen.

The alliance hopes to attract moderate voters who reject both Milei's La Libertad Avanza and the Peronists, whose strongest figure, Buenos Aires Province Governor Axel Kicillof, campaigned on Friday in San Fernando, in the northern suburbs of the capital, and in La Matanza. Peronist governors in Santiago del Estero and Catamarca, meanwhile, have stayed out of both camps.

Chubut's Ignacio Torres used the meeting to criticise the national government's fishing policy, saying squid vessels licensed by the Falklands government were operating "right at the edge" of Argentina's waters. Argentina claims sovereignty over the islands, which it calls the Malvinas.

Mendoza Governor Alfredo Cornejo, a Milei ally, did not attend. He was in Santiago for talks with Chilean officials on reducing waiting times at the Cristo Redentor border crossing, which links Mendoza with central Chile and carries most of the road freight between the two countries.

Analysts said the bloc's real test will come in the key electoral districts of Córdoba and Santa Fe, home to the port hub of Rosario, which ships much of the country's grain exports down the Paraná River.

"If Provincias Unidas wins in Córdoba and Santa Fe, the governors will have a seat at the table when Congress debates the 2026 budget," said political analyst Lucía Romero.""", [
    ("BUENOS AIRES TIMES", "-", N),
    ("Córdoba#1,2", "AR", T, (-31.41, -64.19)),   # the city of Córdoba, Argentina
    ("Córdoba#3,4,5,6", "AR", A),                 # Córdoba province
    ("Santa Fe", "AR", A),
    ("Chubut", "AR", A),
    ("Jujuy", "AR", A),
    ("Corrientes", "AR", A),
    ("Santa Cruz", "AR", A),
    ("Entre Ríos", "AR", A),
    ("Paraná#1", "AR", T, (-31.73, -60.53)),      # the city of Paraná, Entre Ríos
    ("Paraná River", "*", N),
    ("Buenos Aires#1", "AR", T),
    ("Buenos Aires#2", "AR", A),
    ("San Fernando", "AR", N, (-34.44, -58.56)),
    ("La Matanza", "AR", A),
    ("Santiago del Estero", "AR", A),
    ("Catamarca", "AR", A),
    ("Falklands", "FK", N),
    ("Argentina", "AR", C),
    ("Malvinas", "FK", N),
    ("Mendoza#1", "AR", A),
    ("Mendoza#2", "AR", N),
    ("Santiago", "CL", T, (-33.46, -70.65)),     # Santiago de Chile
    ("Chilean", "CL", Q),
    ("Cristo Redentor", "AR|CL", N, (-32.82, -70.08)),
    ("Chile", "CL", C),
    ("Rosario", "AR", T, (-32.95, -60.64)),
    ("La Libertad Avanza", "-", N),
])

add("c", """Nuevo León leads states in foreign investment despite US tariff threats

By Peter Davies | July 28, 2025

Nuevo León attracted US $3.2 billion in foreign direct investment (FDI) in the first half of 2025, more than any other state except Mexico City, according to Economy Ministry data published on Monday.

Much of the money went to industrial parks in the Monterrey metropolitan area, especially in the municipalities of Apodaca, Escobedo, Santa Catarina and Salinas Victoria, where manufacturers of auto parts, home appliances and electrical equipment are expanding.

"Nuevo León is the natural home for companies that want to be close to Texas," Governor Samuel García said at an event in San Pedro Garza García, the wealthy municipality west of Monterrey's city center.

Recent announcements include a South Korean battery maker's plant in Salinas Victoria and a Chinese appliance manufacturer's expansion in Apodaca. Tesla's planned gigafactory in Santa Catarina, however, remains on hold more than two years after it was announced.

Neighboring Coahuila has also benefited. The auto cluster around Saltillo and Ramos Arizpe, where General Motors and Stellantis have plants, received US $1.1 billion in the same period.

But business leaders warn that the tariffs imposed by Washington on goods that do not comply with the USMCA free trade agreement, and uncertainty over its review in 2026, could slow the nearshoring boom. About 40% of Mexico's trade with the United States crosses the border at Nuevo Laredo and Laredo, Texas.

Tamaulipas Governor Américo Villarreal, speaking in Ciudad Victoria, said his state would invest 2 billion pesos to expand cargo capacity at the border crossings, while industrial associations in Nuevo León have called for the construction of a new rail bridge.

Water remains another concern. Monterrey ran dry in the summer of 2022, and although the new El Cuchillo II aqueduct has eased shortages, companies are being urged to recycle water. In Guadalupe, where the Rayados play at the BBVA stadium, residents complained of cuts as recently as May.

Elsewhere, the Bajío states of Guanajuato and Querétaro, Jalisco and Chihuahua, where Ciudad Juárez's maquiladoras export electronics to the United States, rounded out the top five recipients of FDI.""", [
    ("Nuevo León", "MX", A),
    ("US", "US", Q),
    ("Mexico City", "MX", T),
    ("Monterrey", "MX", T),
    ("Apodaca", "MX", N, (25.78, -100.19)),
    ("Escobedo", "MX", N, (25.80, -100.32)),      # General Escobedo, Nuevo León
    ("Santa Catarina", "MX", N, (25.67, -100.46)),   # Santa Catarina, Nuevo León (not the Brazilian state)
    ("Salinas Victoria", "MX", N, (25.96, -100.29)),
    ("Texas", "US", A),
    ("San Pedro Garza García", "MX", N, (25.66, -100.40)),
    ("South Korean", "KR", Q),
    ("Chinese", "CN", Q),
    ("Coahuila", "MX", A),
    ("Saltillo", "MX", T, (25.43, -100.98)),
    ("Ramos Arizpe", "MX", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Mexico", "MX", C),
    ("United States", "US", C),
    ("Nuevo Laredo", "MX", T),
    ("Laredo", "US", T, "US.TX"),
    ("Tamaulipas", "MX", A),
    ("Ciudad Victoria", "MX", T),
    ("El Cuchillo", "MX", Q),
    ("Guadalupe", "MX", N, (25.68, -100.26)),     # Guadalupe, Nuevo León
    ("Bajío", "MX", N),
    ("Guanajuato", "MX", A),
    ("Querétaro", "MX", A),
    ("Jalisco", "MX", A),
    ("Chihuahua", "MX", A),
    ("Ciudad Juárez", "MX", T),
])

add("c", """One year after the floods, Rio Grande do Sul is still waiting for reconstruction

By Marina Lang | May 5, 2025

A year after the worst climate disaster in its history, Rio Grande do Sul is still struggling to rebuild. The floods of April and May 2024 killed 184 people, left 25 missing and affected 478 of the state's 497 municipalities, forcing more than 600,000 people from their homes.

In Porto Alegre, the state capital, the waters of Lake Guaíba stayed above flood level for more than a month, submerging the historic center and the city's bus station. The Salgado Filho International Airport only resumed full operations in October.

The state's most affected city was Canoas, where the Mathias Velho neighborhood was almost entirely under water. Neighboring Eldorado do Sul, São Leopoldo and the city of Guaíba, on the western bank of the lake, were also devastated.

Further inland, towns in the Taquari Valley such as Lajeado, Estrela, Roca Sales, Muçum and Cruzeiro do Sul were flooded for the third time in eight months, after deadly floods in September and November 2023. Many residents of Muçum say they will not rebuild by the river.

"We lost everything twice. My children now live in Santa Catarina, and I am thinking of joining them," said Neusa Schmitt, a 58-year-old seamstress in Roca Sales.

Governor Eduardo Leite's administration says 4,000 new homes have been delivered, far short of the 20,000 families that need one. The federal government in Brasília, which has committed over BRL 110 billion to the state, blames delays on slow licensing by municipalities.

In the south of the state, the flood pulse that crossed the Lagoa dos Patos flooded neighborhoods in Pelotas and disrupted the port of Rio Grande, Brazil's main outlet for soybeans from the region. Along the border, cities on the Uruguay River, such as Uruguaiana, suffered less damage, while neighboring Uruguay and Argentina sent rescue teams and helicopters.

Climate scientists at the Federal University of Rio Grande do Sul (UFRGS) warn that extreme rainfall events in the region are becoming more frequent, as a result of the combined effects of climate change and the El Niño phenomenon.

President Lula, who visited Porto Alegre last week, promised to speed up the construction of flood barriers around the capital's metropolitan region, including the repair of the pumping stations and dikes built after a historic flood in 1941.""", [
    ("Rio Grande do Sul", "BR", A),
    ("Federal University of Rio Grande do Sul", "BR", Q),
    ("Porto Alegre", "BR", T),
    ("Lake Guaíba", "BR", N),
    ("Guaíba", "BR", T, (-30.11, -51.33)),          # the city of Guaíba
    ("Canoas", "BR", T, (-29.92, -51.18)),
    ("Mathias Velho", "BR", N, (-29.92, -51.20)),
    ("Eldorado do Sul", "BR", T),
    ("São Leopoldo", "BR", T),
    ("Taquari Valley", "BR", N),
    ("Lajeado", "BR", T, (-29.47, -51.96)),
    ("Estrela", "BR", T, (-29.50, -51.97)),
    ("Roca Sales", "BR", T),
    ("Muçum", "BR", T),
    ("Cruzeiro do Sul", "BR", T, (-29.51, -51.99)),  # Cruzeiro do Sul, RS (not Acre)
    ("Santa Catarina", "BR", A),
    ("Brasília", "BR", T),
    ("Lagoa dos Patos", "BR", N),
    ("Pelotas", "BR", T),
    ("Rio Grande", "BR", T, (-32.03, -52.10)),
    ("Brazil", "BR", C),
    ("Uruguay River", "*", N),
    ("Uruguaiana", "BR", T),
    ("Uruguay", "UY", C),
    ("Argentina", "AR", C),
])

add("c", """Catatumbo crisis: ELN offensive has displaced over 60,000, Cúcuta overwhelmed

By Camila Ortiz | February 14, 2025

The ELN guerrilla group's offensive against FARC dissidents in the Catatumbo region of Norte de Santander has displaced more than 60,000 people, making it the largest forced displacement in Colombia in decades, the national ombudsman's office said on Thursday.

Most of the displaced fled from rural areas of Tibú, El Tarra, Teorama and Hacarí to the departmental capital Cúcuta and to Ocaña, where sports centers and schools have been converted into shelters.

At least 80 people have been killed since the ELN launched its offensive on January 16, according to the Norte de Santander governor's office.

"Cúcuta cannot take any more people. We have families sleeping in the stadium," Cúcuta Mayor Jorge Acevedo said.

Around 1,500 people crossed into Venezuela, seeking refuge in towns in Zulia and Táchira states, Venezuelan officials said. Some continued to San Cristóbal, the capital of Táchira, while others went on to Maracaibo.

President Gustavo Petro declared a state of "internal commotion," allowing his government to pass emergency decrees without congressional approval, and suspended peace talks with the ELN, whose leaders are believed to be hiding in Venezuela.

The opposition accused Petro of having allowed the guerrillas to grow stronger. "This is the result of 'total peace'," said Senator Paloma Valencia of the right-wing Democratic Center party.

Colombia's military sent 5,000 additional troops to the region, while the government in Bogotá asked the Venezuelan government in Caracas for cooperation in controlling the border.

The crisis has revived the humanitarian pressure that Cúcuta faced at the height of the Venezuelan exodus, when hundreds of thousands of migrants crossed the Simón Bolívar International Bridge from San Antonio del Táchira into Villa del Rosario.

Some of those migrants never left. "I came from Valencia in 2018 and now I am being displaced again," said Yelitza Rangel, a 41-year-old Venezuelan who had settled in Tibú with her family.

Violence has also spread to the neighboring departments of Cesar and Arauca, where the ELN and FARC dissidents are fighting for control of drug trafficking routes, and to Santander, whose capital Bucaramanga is receiving displaced families.""", [
    ("Catatumbo", "CO", N),
    ("Norte de Santander", "CO", A),
    ("Colombia", "CO", C),
    ("Tibú", "CO", T),
    ("El Tarra", "CO", T),
    ("Teorama", "CO", T),
    ("Hacarí", "CO", T),
    ("Cúcuta", "CO", T),
    ("Ocaña", "CO", T, (8.24, -73.36)),
    ("Venezuela", "VE", C),
    ("Venezuelan", "VE", Q),
    ("Zulia", "VE", A),
    ("Táchira", "VE", A),
    ("San Cristóbal", "VE", T, (7.77, -72.24)),
    ("Maracaibo", "VE", T),
    ("Valencia#1", "-", N),                      # Senator Paloma Valencia
    ("Valencia#2", "VE", T, (10.16, -68.00)),    # Valencia, Venezuela
    ("Bogotá", "CO", T),
    ("Caracas", "VE", T),
    ("Simón Bolívar International Bridge", "CO|VE", Q),
    ("San Antonio del Táchira", "VE", T),
    ("Villa del Rosario", "CO", T, (7.83, -72.47)),
    ("Cesar", "CO", A),
    ("Arauca", "CO", A),
    ("Santander", "CO", A),
    ("Bucaramanga", "CO", T),
])


CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
