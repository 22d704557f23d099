"""obituaries: a held-out evaluation set of 40 obituaries, profiles and life-story features.

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; only the scorer (../article_runner.py) was consulted for the format. The articles are
invented but imitate how local, national and international papers (The Guardian, The Irish Times,
The Globe and Mail, the Sydney Morning Herald, the New York Times, regional US/UK papers, The
Hindu, Mail & Guardian, the Straits Times, the Gleaner...) write life stories. People and events
are fictional; every place is real (checked against GeoNames where it is there).

Genres (GENRES):
  "a"  obituaries (born in ..., emigrated to ..., died at ...)                 14 articles
  "b"  profiles of living people (artists, athletes, scientists, politicians,
       entrepreneurs)                                                          13 articles
  "c"  human-interest features (reunions, journeys, family histories,
       migrants' stories)                                                      13 articles

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines. Kinds: C country, A admin-1/admin-2/region, T city/town/village, N any
    kind (rivers, seas, islands, mountains, districts/neighbourhoods, macro-regions).
    Country "*" for features spanning countries.
  - Namesakes carry a hint: a (lat, lon) the entry must lie within 40 km of, or for US towns
    the admin-1 code ("US.MA"). Perth, Kingston, London, Hamilton, Wellington, Richmond,
    Norfolk, Portland, Victoria, Manchester, Córdoba, Hyderabad, Halifax, Birmingham, etc.
  - Demonyms and adjectives ("Irish", "Kenyan", "Filipino") are listed with kind Q ("?") and
    their country: debatable, not counted; a result in another country is spurious.
  - People named like places (Jordan, Florence, Chelsea, Paris, Austin, Victoria, Sydney,
    Lincoln, Georgia, Cheyenne, Savannah, Brooklyn, Shannon) and things named after places
    (universities, hospitals, clubs, ships such as HMS Belfast, companies, festivals) are
    listed with country "-" (any result there is spurious). Streets, stadiums, airports,
    stations and highways are listed as Q with their country.
  - Irish "Co Kerry" / "Co Westmeath": the span is the county name ("Kerry"), not "Co Kerry".
    Postal abbreviations ("Ont.", "Ala.", "Miss.", "Ga.", "Neb.", "Va.", "Calif.", "Ore.",
    "B.C.", "N.L.") are listed as admin-1 spans without the trailing period.
  - National sports teams named by the country ("play for Wales") are counted as the place.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))

# ---------------------------------------------------------------- genre a: obituaries
add("a", """Teacher who carried Kerry to the classrooms of Nairobi

Sister Máire Ní Shé, who has died aged 91, spent four decades teaching in east Africa

Máire Ní Shé was born in 1933 on a small farm outside Dingle, Co Kerry, the fourth of seven children. She grew up speaking Irish on the Dingle Peninsula and walked each day to the national school in Ballyferriter, a habit she later credited for her stamina. After secondary school in Tralee she won a scholarship to University College Cork, where she read English and history.

In 1958 she entered the Loreto order and, two years later, sailed from Cobh for Mombasa. She taught first at a mission school near Kisumu, on the shores of Lake Victoria, and then for almost 30 years in Nairobi, where she became headmistress of a girls' secondary school in the Westlands district. Former pupils went on to careers in Kampala, Johannesburg and London; one became a judge of Kenya's Court of Appeal.

She was in Kenya through the turbulence of the 1980s, and in 1992 she organised food deliveries for refugees from Somalia at the camps in Dadaab. A Kenyan colleague recalled that she "never once raised her voice, and never once lost an argument".

She returned to Ireland in 2001, settling in a community house in Killarney, and later moved to a nursing home in Tralee. A devoted follower of Gaelic football, she travelled to Croke Park for the All-Ireland final in 2014 at the age of 81.

She died on March 3rd at University Hospital Kerry. She is survived by her sister Victoria, of Boston, her brother Pádraig, of Listowel, and by many nieces and nephews in Ireland, England and the United States.""", [
    ("Kerry", "IE", A),
    ("University Hospital Kerry", "-", N),
    ("Nairobi", "KE", T),
    ("east Africa", "*", N),
    ("Dingle", "IE", T, (52.141, -10.269)),
    ("Dingle Peninsula", "IE", N),
    ("English", "GB", Q),
    ("Irish", "IE", Q),
    ("Ballyferriter", "IE", T, (52.165, -10.405)),
    ("Tralee", "IE", T),
    ("University College Cork", "-", N),
    ("Loreto", "-", N),
    ("Cobh", "IE", T),
    ("Mombasa", "KE", T),
    ("Kisumu", "KE", T),
    ("Lake Victoria", "*", N),
    ("Westlands", "KE", N, (-1.265, 36.805)),
    ("Kampala", "UG", T),
    ("Johannesburg", "ZA", T),
    ("London", "GB", T),
    ("Kenya", "KE", C),
    ("Somalia", "SO", C),
    ("Dadaab", "KE", T),
    ("Kenyan", "KE", Q),
    ("Ireland", "IE", C),
    ("All-Ireland", "IE", Q),
    ("Killarney", "IE", T, (52.06, -9.509)),
    ("Croke Park", "IE", Q),
    ("Victoria", "-", N),
    ("Boston", "US", T, "US.MA"),
    ("Listowel", "IE", T, (52.446, -9.485)),
    ("England", "GB", A),
    ("United States", "US", C),
])

add("a", """Coach who taught a generation of Kingston kids to skate dies at 84

Bill Carruthers built the city's minor hockey program and coached junior teams from Halifax to Victoria

Bill Carruthers, who died in Victoria this month at 84, was born in Kingston, Ont., in 1940 and learned to skate on the frozen Cataraqui River behind his family's house. His father worked at the locomotive works; his mother, Florence, taught piano. As a teenager he played junior hockey in Peterborough and Oshawa and was scouted by the Detroit Red Wings.

After a knee injury ended his playing days, he studied physical education at the University of Western Ontario in London, Ont., and coached high-school football in Hamilton, Ont., before returning home in 1968. Over 25 years he built Kingston's minor hockey association from four teams to 60, then coached junior clubs in Halifax, Nova Scotia, and Moose Jaw, Saskatchewan, and spent two seasons behind the bench of a club in Gävle, Sweden.

His players included two future NHL captains; one of them, raised in nearby Napanee, called him "the best teacher I ever had." Carruthers also ran summer camps in Lake Placid, New York, and Whitehorse, Yukon, where he insisted that every child, regardless of talent, got equal ice time.

In 2005 he and his wife, Joan, retired to Vancouver Island, first to Nanaimo and then to Victoria, where he volunteered with a sledge-hockey program for children with disabilities. He died on Jan. 12 at Royal Jubilee Hospital.

He leaves Joan, his daughters Chelsea, of Calgary, and Paris, of Montreal, and five grandchildren in Ontario and British Columbia.""", [
    ("Kingston", "CA", T, (44.23, -76.481)),
    ("Halifax", "CA", T, (44.643, -63.577)),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("Ont", "CA", A),
    ("Cataraqui River", "CA", N),
    ("Florence", "-", N),
    ("Peterborough", "CA", T, (44.3, -78.316)),
    ("Oshawa", "CA", T),
    ("Detroit Red Wings", "-", N),
    ("University of Western Ontario", "-", N),
    ("London", "CA", T, (42.98, -81.25)),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("Nova Scotia", "CA", A),
    ("Moose Jaw", "CA", T),
    ("Saskatchewan", "CA", A),
    ("Gävle", "SE", T),
    ("Sweden", "SE", C),
    ("Napanee", "CA", T, (44.25, -76.949)),
    ("Lake Placid", "US", T, "US.NY"),
    ("New York", "US", A),
    ("Whitehorse", "CA", T),
    ("Yukon", "CA", A),
    ("Vancouver Island", "CA", N),
    ("Nanaimo", "CA", T),
    ("Chelsea", "-", N),
    ("Calgary", "CA", T),
    ("Paris", "-", N),
    ("Montreal", "CA", T),
    ("Ontario", "CA", A),
    ("British Columbia", "CA", A),
])

add("a", """Alec Moncrieff obituary

Scottish jazz trumpeter who played the clubs of London and Paris and never lost his Perthshire burr

Alec Moncrieff, who has died aged 93, was one of the last links to the postwar jazz scene of Soho. Born in Perth, the son of a railway signalman, he grew up beside the River Tay and learned the cornet in the town's Salvation Army band. At 18 he was called up for national service and spent two years as a bandsman aboard HMS Belfast, visiting Hong Kong, Singapore and Sasebo during the Korean war.

Demobbed in 1952, he moved to Glasgow and then to London, where he lodged in Camden Town and played nightly at clubs in Soho and Mayfair. A tour of West Germany with a US army band in 1957 took him to Frankfurt and Munich, and in 1961 he settled for three years in Paris, playing in the cellars of Saint-Germain-des-Prés alongside American exiles who had fled the segregated clubs back home.

He returned to Britain in 1964 and for two decades led the resident band at a ballroom in Blackpool, where his arrangements of Ellington tunes for a 16-piece orchestra drew dancers from across Lancashire. In 1985 he went home to Scotland to teach brass at a comprehensive in Dundee; several of his pupils went on to the Royal Conservatoire.

In retirement he moved to Hove, East Sussex, where he played every Sunday at a pub on the seafront until he was 88. His first marriage, to Margaret Shand, ended in divorce. He is survived by his second wife, Ruth, his sons, Lincoln and Ross, and his granddaughter, Sydney.""", [
    ("Ross", "-", N),
    ("Scottish", "GB", Q),
    ("London", "GB", T, (51.507, -0.128)),
    ("Paris", "FR", T),
    ("Perthshire", "GB", A),
    ("Soho", "GB", N, (51.514, -0.135)),
    ("Perth", "GB", T, (56.395, -3.431)),
    ("River Tay", "GB", N),
    ("HMS Belfast", "-", N),
    ("Hong Kong", "HK", N),
    ("Singapore", "SG", N),
    ("Sasebo", "JP", T),
    ("Korean", "KR|KP", Q),
    ("Glasgow", "GB", T),
    ("Camden Town", "GB", N, (51.541, -0.143)),
    ("Mayfair", "GB", N, (51.51, -0.148)),
    ("West Germany", "DE", N),
    ("US", "US", Q),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Munich", "DE", T),
    ("Saint-Germain-des-Prés", "FR", N, (48.854, 2.334)),
    ("American", "US", Q),
    ("Britain", "GB", C),
    ("Blackpool", "GB", T),
    ("Lancashire", "GB", A),
    ("Scotland", "GB", A),
    ("Dundee", "GB", T),
    ("Hove", "GB", T, (50.831, -0.167)),
    ("East Sussex", "GB", A),
    ("Lincoln", "-", N),
    ("Sydney", "-", N),
])

add("a", """Bush surgeon who took his scalpel to the Highlands of New Guinea

Obituary: Dr Graham Whitcombe, 1938-2024

Graham Whitcombe was born in Wagga Wagga, in the Riverina district of NSW, where his father ran a stock and station agency. Boarding at a school in Bathurst, he won a place at the University of Sydney medical school and graduated in 1962.

In 1966 he volunteered for a posting to Papua New Guinea, then an Australian territory. For nine years he was the only surgeon at the hospital in Goroka, in the Eastern Highlands, flying by light aircraft to mission stations in the Chimbu valleys and as far as Mount Hagen. Colleagues in Port Moresby called him "the flying carpenter" for his habit of repairing airstrips between operations.

In 1975, the year of PNG's independence, he moved with his wife, Helen, and their three children to Perth, where he trained in vascular surgery at Royal Perth Hospital. He later spent a sabbatical year in Edinburgh and lectured regularly in Jakarta and Suva, where he helped establish Fiji's first vascular clinic.

Whitcombe never lost his affection for country practice. In 1990 he took charge of the surgical unit at Newcastle's John Hunter Hospital, and he spent his weekends driving to clinics in the Hunter Valley. In retirement he and Helen moved to a property near Mudgee, where he bred merinos and restored vintage tractors.

He died in Dubbo on August 9. He is survived by Helen, his children Austin, Victoria and Jane, and seven grandchildren, two of whom live in Wellington, New Zealand.""", [
    ("New Guinea", "*", N),
    ("Highlands", "PG", N),
    ("Wagga Wagga", "AU", T),
    ("Riverina", "AU", N),
    ("NSW", "AU", A),
    ("Bathurst", "AU", T, (-33.417, 149.581)),
    ("University of Sydney", "-", N),
    ("Papua New Guinea", "PG", C),
    ("Australian", "AU", Q),
    ("Goroka", "PG", T),
    ("Eastern Highlands", "PG", A),
    ("Chimbu", "PG", A),
    ("Mount Hagen", "PG", T),
    ("Port Moresby", "PG", T),
    ("PNG", "PG", C),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Royal Perth Hospital", "-", N),
    ("Edinburgh", "GB", T),
    ("Jakarta", "ID", T),
    ("Suva", "FJ", T),
    ("Fiji", "FJ", C),
    ("Newcastle", "AU", T, (-32.93, 151.78)),
    ("John Hunter Hospital", "-", N),
    ("Hunter Valley", "AU", N),
    ("Mudgee", "AU", T),
    ("Dubbo", "AU", T),
    ("Austin", "-", N),
    ("Victoria", "-", N),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("New Zealand", "NZ", C),
])

add("a", """Loretta Hayes Jordan, Civil Rights Lawyer Who Fought Mississippi's Jim Crow Laws, Dies at 89

She argued voting-rights cases across the Deep South and later taught a generation of lawyers at Howard.

Loretta Hayes Jordan, a civil rights lawyer who helped dismantle segregation at polling places across the South, died on Tuesday at her home in Atlanta. She was 89.

Her son, Marcus Jordan, said the cause was heart failure.

Ms. Jordan was born on Oct. 2, 1935, in Selma, Ala., and moved with her family as a child to Chicago, part of the Great Migration that carried hundreds of thousands of Black Southerners north. She grew up in Bronzeville, on the city's South Side, and graduated from Howard University in Washington and from Columbia Law School in New York.

In 1962 she joined the NAACP Legal Defense Fund and moved to Jackson, Miss., where she represented Freedom Riders who had been jailed at Parchman Farm and sued county registrars in the Mississippi Delta who refused to enroll Black voters. She was arrested twice, once in Greenwood and once in Albany, Ga., where she had gone to support a student protest.

In 1971 she returned to Washington to teach at Howard's law school, where she remained for 30 years. After the end of apartheid she spent two semesters as a visiting professor in Cape Town, and she later advised election monitors in Accra and Port-au-Prince.

In addition to her son, she is survived by a daughter, Georgia Jordan-Price, of Memphis; a sister, Ernestine Hayes, of Birmingham, Ala.; and four grandchildren.""", [
    ("Hayes", "-", N),
    ("Jordan", "-", N),
    ("Mississippi", "US", A),
    ("Deep South", "US", N),
    ("Howard", "-", N),
    ("Howard University", "-", N),
    ("South", "US", N),
    ("Atlanta", "US", T, "US.GA"),
    ("Selma", "US", T, "US.AL"),
    ("Ala", "US", A),
    ("Chicago", "US", T),
    ("Southerners", "US", Q),
    ("Bronzeville", "US", N, (41.82, -87.62)),
    ("South Side", "US", N, (41.78, -87.63)),
    ("Washington", "US", T, (38.895, -77.036)),
    ("Columbia Law School", "-", N),
    ("New York", "US", T, (40.713, -74.006)),
    ("Jackson", "US", T, "US.MS"),
    ("Miss", "US", A),
    ("Parchman Farm", "US", Q),
    ("Mississippi Delta", "US", N),
    ("Greenwood", "US", T, "US.MS"),
    ("Albany", "US", T, "US.GA"),
    ("Ga", "US", A),
    ("Cape Town", "ZA", T),
    ("Accra", "GH", T),
    ("Port-au-Prince", "HT", T),
    ("Georgia", "-", N),
    ("Memphis", "US", T, "US.TN"),
    ("Birmingham", "US", T, "US.AL"),
])

add("a", """Pandit Shrinivas Kulkarni (1936-2024): a voice from Dharwad that filled concert halls

Pandit Shrinivas Kulkarni, the Hindustani vocalist whose recitals of morning ragas drew audiences across the country for six decades, passed away in Hyderabad on Sunday. He was 88.

Born in a village near Dharwad in north Karnataka, Kulkarni was drawn to music by the singers who performed at temple festivals in Hubballi. At 14 he left for Pune to study with a disciple of the great Sawai Gandharva, and later spent six years in Kolkata, where he sang regularly on All India Radio and absorbed the thumri style of the Benares singers.

His breakthrough came at a festival in Pune in 1962. Invitations followed from abroad, and he performed in Moscow and Tashkent in 1971 and at the Royal Festival Hall in London in 1978.

In 1985 he moved to Hyderabad, where he taught for three decades, drawing students from Telangana and Andhra Pradesh and from as far as Bangladesh and Sri Lanka. His students have since given concerts in Chennai, Mysuru and Varanasi. He was awarded the Padma Bhushan in 2004 and never stopped returning to Dharwad, where he sang each year at the festival he founded in his mother's memory.

He is survived by his wife, Sumati; two sons, one based in Bengaluru and the other in San Jose, California; and a daughter in Mumbai. His last rites will be performed in Dharwad on Wednesday.""", [
    ("Dharwad", "IN", T, (15.458, 75.008)),
    ("Hindustani", "IN", Q),
    ("Hyderabad", "IN", T, (17.384, 78.456)),
    ("Karnataka", "IN", A),
    ("Hubballi", "IN", T),
    ("Pune", "IN", T),
    ("Sawai Gandharva", "-", N),
    ("Kolkata", "IN", T),
    ("All India Radio", "-", N),
    ("Benares", "IN", T, (25.317, 82.974)),
    ("Moscow", "RU", T),
    ("Tashkent", "UZ", T),
    ("London", "GB", T),
    ("Telangana", "IN", A),
    ("Andhra Pradesh", "IN", A),
    ("Bangladesh", "BD", C),
    ("Sri Lanka", "LK", C),
    ("Chennai", "IN", T),
    ("Mysuru", "IN", T),
    ("Varanasi", "IN", T),
    ("Bengaluru", "IN", T),
    ("San Jose", "US", T, "US.CA"),
    ("California", "US", A),
    ("Mumbai", "IN", T),
])

add("a", """Nomvula Dlamini: 1941-2024

The teacher from Komani who ran an underground railway for the liberation movement

Nomvula Dlamini was born in 1941 in Queenstown, now Komani, in what is today the Eastern Cape. Her father was a clerk at the magistrate's court and her mother a nurse. She trained as a teacher at Lovedale, near the small town of Alice, and in 1959 took her first post at a primary school in East London.

The Sharpeville massacre the following year changed her course. She joined the underground, carrying messages between Port Elizabeth and Johannesburg hidden in the hems of school uniforms, and in 1963 she was detained for 90 days in Pretoria. On her release she slipped across the border into Bechuanaland, now Botswana, and made her way north through Francistown to Lusaka.

For most of the next 25 years she ran a network that smuggled young recruits out of South Africa through Swaziland and Lesotho to camps in Tanzania and Angola. She lived variously in Lusaka, Dar es Salaam and, for two years, London, where she raised money among church groups in Brixton and Islington.

She came home in 1991 and settled in Durban. After the 1994 election she served two terms in the KwaZulu-Natal legislature in Pietermaritzburg, where she chaired the education committee and pushed for mother-tongue teaching in rural schools from Nongoma to Port Shepstone.

She died in Pietermaritzburg on 14 June. She is survived by her daughter, Thandeka, and three grandchildren.""", [
    ("Komani", "ZA", T, (-31.898, 26.875)),
    ("Queenstown", "ZA", T, (-31.898, 26.875)),
    ("Eastern Cape", "ZA", A),
    ("Lovedale", "ZA", Q),
    ("Alice", "ZA", T, (-32.787, 26.834)),
    ("East London", "ZA", T, (-33.015, 27.912)),
    ("Sharpeville", "ZA", T, (-26.69, 27.87)),
    ("Port Elizabeth", "ZA", T),
    ("Johannesburg", "ZA", T),
    ("Pretoria", "ZA", T),
    ("Bechuanaland", "BW", N),
    ("Botswana", "BW", C),
    ("Francistown", "BW", T),
    ("Lusaka", "ZM", T),
    ("South Africa", "ZA", C),
    ("Swaziland", "SZ", C),
    ("Lesotho", "LS", C),
    ("Tanzania", "TZ", C),
    ("Angola", "AO", C),
    ("Dar es Salaam", "TZ", T),
    ("London", "GB", T),
    ("Brixton", "GB", N, (51.462, -0.115)),
    ("Islington", "GB", N, (51.538, -0.103)),
    ("Durban", "ZA", T),
    ("KwaZulu-Natal", "ZA", A),
    ("Pietermaritzburg", "ZA", T),
    ("Nongoma", "ZA", T, (-27.9, 31.64)),
    ("Port Shepstone", "ZA", T),
])

add("a", """Obituary: Hemi Tāwhiri, the East Coast flanker who never stayed away from the land for long

Hemi Tāwhiri, who has died at Rotorua aged 86, played 11 tests for the All Blacks in the 1960s and spent the rest of his life farming.

Born in 1938 at Tolaga Bay, north of Gisborne, he was raised by his grandparents on a sheep station near Ruatoria, in the shadow of Mount Hikurangi. He left school at 15 to work in the shearing gangs that moved down the East Coast each summer and into Hawke's Bay, and he played his first senior rugby in Gisborne at 17.

In 1959 he moved to Wellington to work on the wharves, and his performances in club rugby there earned him a place on the 1963-64 tour of Britain and France. He scored a try against Wales in Cardiff and played in front of 60,000 at Colombes, on the outskirts of Paris, an experience he described as "like playing inside a thunderstorm".

After retiring he bought a dairy farm near Morrinsville in the Waikato, coached schoolboys in Hamilton and Te Awamutu, and served for a decade on the board of the local iwi trust. In 1998 he and his wife, Mere, moved to Taupō, where he fished the lake almost every morning. He was a regular visitor to Australia, where two of his sons settled in Brisbane.

He is survived by Mere, five children, 19 grandchildren and a great-grandson named Wellington, after the city where his grandparents first met.""", [
    ("Mere", "-", N),
    ("East Coast", "NZ", N),
    ("Rotorua", "NZ", T),
    ("Tolaga Bay", "NZ", T),
    ("Gisborne", "NZ", T, (-38.653, 178.004)),
    ("Ruatoria", "NZ", T),
    ("Mount Hikurangi", "NZ", N, (-37.92, 178.06)),
    ("Hawke's Bay", "NZ", A),
    ("Wellington#1", "NZ", T, (-41.287, 174.776)),
    ("Wellington#2", "-", N),
    ("Britain", "GB", C),
    ("France", "FR", C),
    ("Wales", "GB", A),
    ("Cardiff", "GB", T),
    ("Colombes", "FR", T),
    ("Paris", "FR", T),
    ("Morrinsville", "NZ", T),
    ("Waikato", "NZ", A),
    ("Hamilton", "NZ", T, (-37.787, 175.279)),
    ("Te Awamutu", "NZ", T),
    ("Taupō", "NZ", T, (-38.683, 176.083)),
    ("Australia", "AU", C),
    ("Brisbane", "AU", T),
])

add("a", """Chukwuemeka Obi (1939-2024): the Onitsha storyteller who became a national voice

Chukwuemeka Obi, the novelist and broadcaster whose stories of market traders and returning soldiers were read in schools across Nigeria for half a century, died on Thursday in Enugu. He was 85.

Obi was born in Onitsha, Anambra State, where his mother sold cloth at the great market on the banks of the Niger. As a boy he devoured the cheap pamphlet novels printed in the town's backstreets, and he published his first story in a Lagos magazine at 17. He studied English at the University of Ibadan and joined the Nigerian Broadcasting Corporation in Lagos in 1962.

When the civil war broke out he returned east and worked for Radio Biafra in Enugu and later in Umuahia, an experience he turned into his best-known novel, The Harmattan Road. After the war he taught for 20 years at the University of Nigeria, Nsukka, mentoring a generation of writers from across Igboland and the Middle Belt.

Under military rule in the 1990s he went into exile in Accra, and spent a year on the writing programme in Iowa City. He returned to Nigeria in 1999 and settled again in Enugu, writing a weekly column until last year.

He is survived by his wife, Ngozi, and four children, who live in Abuja, Port Harcourt, Houston and London.""", [
    ("Obi", "-", N),
    ("Onitsha", "NG", T),
    ("Nigeria", "NG", C),
    ("University of Nigeria", "-", N),
    ("Enugu", "NG", T, (6.441, 7.499)),
    ("Anambra", "NG", A),
    ("Niger", "*", N),
    ("English", "GB", Q),
    ("Lagos", "NG", T),
    ("University of Ibadan", "-", N),
    ("Nigerian Broadcasting Corporation", "-", N),
    ("Radio Biafra", "-", N),
    ("Umuahia", "NG", T),
    ("Nsukka", "NG", T),
    ("Igboland", "NG", N),
    ("Middle Belt", "NG", N),
    ("Accra", "GH", T),
    ("Iowa City", "US", T),
    ("Abuja", "NG", T),
    ("Port Harcourt", "NG", T),
    ("Houston", "US", T, "US.TX"),
    ("London", "GB", T),
])

add("a", """Delroy 'Kingston' Campbell laid to rest in Montego Bay

MONTEGO BAY, St James — Hundreds of mourners packed a church in Montego Bay on Saturday for the funeral of Delroy Campbell, the bass player known to two generations of musicians simply as "Kingston".

Campbell, who died last month aged 77, was born in Trench Town, Kingston, in 1947 and learned to play on a homemade instrument in the yards off Seventh Street. By 17 he was working as a session musician at studios on Orange Street, and in 1968 he moved to New York, where the nickname was given to him by fellow musicians in Flatbush, Brooklyn, who could not pronounce the name of his district.

Through the 1970s and 1980s he toured with several of the island's biggest acts, playing Tokyo, Lagos, Nairobi, Toronto and Birmingham, and he spent most of 1979 in London recording with a sound system crew in Ladbroke Grove.

In 1995 he came home to Jamaica and bought a small house in the hills above Montego Bay, where he ran a free music school for children from Granville and Salt Spring. "He always said Kingston made him, but St James saved him," his daughter, Jordan Campbell, told mourners.

Among those paying tribute was a former student who now plays with an orchestra in Havana and flew in from Cuba for the service. Campbell is survived by Jordan, two sons in Fort Lauderdale, Florida, and his sister, Pearline, of Spanish Town.""", [
    ("Kingston#1,2", "-", N),
    ("Kingston#3,4", "JM", T, (17.997, -76.794)),
    ("Montego Bay", "JM", T),
    ("MONTEGO BAY", "JM", T),
    ("St James", "JM", A),
    ("Trench Town", "JM", N, (17.98, -76.79)),
    ("Seventh Street", "JM", Q),
    ("Orange Street", "JM", Q),
    ("New York", "US", T, (40.713, -74.006)),
    ("Flatbush", "US", N, (40.652, -73.959)),
    ("Brooklyn", "US", N, (40.65, -73.95)),
    ("Tokyo", "JP", T),
    ("Lagos", "NG", T),
    ("Nairobi", "KE", T),
    ("Toronto", "CA", T),
    ("Birmingham", "GB", T, (52.48, -1.9)),
    ("London", "GB", T),
    ("Ladbroke Grove", "GB", N, (51.517, -0.21)),
    ("Jamaica", "JM", C),
    ("Granville", "JM", T, (18.44, -77.9)),
    ("Salt Spring", "JM", T, (18.46, -77.94)),
    ("Jordan", "-", N),
    ("Havana", "CU", T),
    ("Cuba", "CU", C),
    ("Fort Lauderdale", "US", T),
    ("Florida", "US", A),
    ("Spanish Town", "JM", T, (17.991, -76.957)),
])

add("a", """Ewa Landau obituary

Architect born in Kraków who rebuilt Rotterdam's housing and fought to save the White City of Tel Aviv

Ewa Landau, who has died aged 94, was one of the architects who rebuilt the bombed centre of Rotterdam after the second world war, and later led the campaign that won Unesco recognition for the modernist buildings of Tel Aviv.

She was born in Kraków, the daughter of a lawyer and a pianist. In September 1939 the family fled east to Lwów, now Lviv in Ukraine, and were deported by the Soviet authorities to a labour settlement in Kazakhstan. Released in 1942, they travelled with the Polish army in exile across the Caspian Sea to Tehran, and reached Tel Aviv the following year. Her father died in Jerusalem in 1944.

After the war she studied architecture in Zurich, then moved to the Netherlands in 1953 to join a municipal team in Rotterdam. Her low-rise housing in the districts of Zuidwijk and Pendrecht, with its shared gardens and pedestrian courts, was widely copied across Europe. She later taught at Delft and designed schools in Utrecht and Eindhoven.

In the 1980s she began returning to Israel every spring to survey the 1930s apartment blocks built by refugees from Germany, and her inventory of more than 4,000 buildings underpinned the White City's world heritage listing in 2003.

She married the Dutch engineer Pieter de Groot in 1956; he died in 2011. She died at home in Amsterdam and is survived by their daughters, Hanna, of Haifa, and Sara, of Antwerp.""", [
    ("Landau", "-", N),
    ("Kraków", "PL", T),
    ("Rotterdam", "NL", T),
    ("White City", "IL", N, (32.07, 34.775)),
    ("Tel Aviv", "IL", T),
    ("Lwów", "UA", T, (49.838, 24.023)),
    ("Lviv", "UA", T),
    ("Ukraine", "UA", C),
    ("Soviet", "RU", Q),
    ("Kazakhstan", "KZ", C),
    ("Polish", "PL", Q),
    ("Caspian Sea", "*", N),
    ("Tehran", "IR", T),
    ("Jerusalem", "IL|PS", T),
    ("Zurich", "CH", T),
    ("Netherlands", "NL", C),
    ("Zuidwijk", "NL", N, (51.88, 4.48)),
    ("Pendrecht", "NL", N, (51.87, 4.47)),
    ("Europe", "*", N),
    ("Delft", "NL", T),
    ("Utrecht", "NL", T, (52.09, 5.12)),
    ("Eindhoven", "NL", T),
    ("Israel", "IL", C),
    ("Germany", "DE", C),
    ("Dutch", "NL", Q),
    ("Amsterdam", "NL", T),
    ("Haifa", "IL", T),
    ("Antwerp", "BE", T),
])

add("a", """Vinalhaven lobsterman and Korea veteran Everett 'Bud' Calderwood dies at 94

VINALHAVEN — Everett "Bud" Calderwood, who hauled traps in Penobscot Bay for more than 70 years and was among the last surviving Marines from the Chosin Reservoir, died Sunday at Pen Bay Medical Center in Rockport. He was 94.

Calderwood was born on Vinalhaven in 1930, the son of a granite cutter, and was fishing his own string of traps out of Carvers Harbor by the age of 12. In 1950 he enlisted in the Marine Corps, and that winter he fought through the retreat from Chosin, in North Korea, suffering frostbite that cost him two toes. He was evacuated through Hungnam to a hospital in Japan.

Back in Maine, he spent several years in Portland working at a shipyard on the waterfront before buying his first boat, the Sally Ann, and returning to the island in 1957. He served on the Vinalhaven select board for 18 years and fought for the ferry service between the island and Rockland.

For three decades he and his late wife, Dot, wintered in Fort Myers, Florida, where he was known for taking neighbors out on the Gulf of Mexico and complaining about the size of the fish.

He leaves a daughter, Chelsea Ames, of Bangor; a son, Austin, of Portland, Ore.; eight grandchildren; and a great-granddaughter in Halifax, Nova Scotia. A service will be held at the Union Church on Vinalhaven in the spring.""", [
    ("Everett", "-", N),
    ("Ames", "-", N),
    ("Vinalhaven", "US", N, (44.048, -68.832)),
    ("VINALHAVEN", "US", N, (44.048, -68.832)),
    ("Korea", "KR|KP", C),
    ("Penobscot Bay", "US", N),
    ("Chosin Reservoir", "KP", N),
    ("Chosin", "KP", N),
    ("Pen Bay Medical Center", "-", N),
    ("Rockport", "US", T, "US.ME"),
    ("Carvers Harbor", "US", N, (44.04, -68.83)),
    ("North Korea", "KP", C),
    ("Hungnam", "KP", T),
    ("Japan", "JP", C),
    ("Maine", "US", A),
    ("Portland#1", "US", T, "US.ME"),
    ("Portland#2", "US", T, "US.OR"),
    ("Ore", "US", A),
    ("Sally Ann", "-", N),
    ("Rockland", "US", T, "US.ME"),
    ("Fort Myers", "US", T),
    ("Florida", "US", A),
    ("Gulf of Mexico", "*", N),
    ("Chelsea", "-", N),
    ("Bangor", "US", T, "US.ME"),
    ("Austin", "-", N),
    ("Halifax", "CA", T, (44.643, -63.577)),
    ("Nova Scotia", "CA", A),
])

add("a", """Rubber trader turned property pioneer Tan Ah Kow dies at 96

Mr Tan Ah Kow, who arrived in Singapore as a penniless 12-year-old and went on to build one of the region's best-known family property groups, died at home in Bukit Timah on Tuesday. He was 96.

Born in 1928 in a tea-growing village in Anxi county, in China's Fujian province, Mr Tan left home in 1940 with an uncle, travelling overland to Xiamen and then by steamer to Singapore. He started as a shop boy at a rubber dealer's on Boat Quay, sleeping under the counter.

By the 1950s he was trading rubber on his own account, with agents in Penang, Kuala Lumpur and Medan in Sumatra. When rubber prices slumped in the 1960s, he moved into property, building shophouses in Johor Bahru and later office blocks in Jakarta and Hong Kong.

He never forgot his home village. He paid for a secondary school and a clinic in Anxi, endowed scholarships in Quanzhou and made his last visit to Fujian at the age of 90.

Former colleagues remember a frugal man who ate lunch at the same hawker centre in Chinatown for 40 years. "He would argue over 20 cents for noodles and then donate a million dollars to a hospital," said a former manager.

Mr Tan is survived by his wife, Madam Lim Siew Hua, four children, 11 grandchildren and five great-grandchildren. Two of his sons run the group's businesses from Singapore; a daughter lives in Perth and a grandson in Vancouver. The wake is being held at the family home in Bukit Timah.""", [
    ("Singapore", "SG", N),
    ("Bukit Timah", "SG", N, (1.33, 103.79)),
    ("Anxi", "CN", N, (25.057, 118.182)),
    ("China's", "CN", C),
    ("Fujian", "CN", A),
    ("Xiamen", "CN", T),
    ("Boat Quay", "SG", N, (1.287, 103.849)),
    ("Penang", "MY", N),
    ("Kuala Lumpur", "MY", T),
    ("Medan", "ID", T, (3.583, 98.667)),
    ("Sumatra", "ID", N),
    ("Johor Bahru", "MY", T),
    ("Jakarta", "ID", T),
    ("Hong Kong", "HK", N),
    ("Quanzhou", "CN", T, (24.914, 118.586)),
    ("Chinatown", "SG", N, (1.283, 103.844)),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Vancouver", "CA", T, (49.25, -123.12)),
])

add("a", """Rosa Etchegaray, tango singer who carried Córdoba's voice to Paris, dies at 87

BUENOS AIRES — Rosa Etchegaray, whose smoky contralto made her one of the defining tango voices of the 1960s and whose exile in Europe turned her into a symbol of resistance to the military junta, died on Monday in Rosario. She was 87.

Etchegaray was born in Córdoba, Argentina, in 1937 and grew up in the hill town of Alta Gracia, where her father kept a bakery. She sang at local dances as a teenager and in 1957 took a train to Buenos Aires, where she found work in the cafés of San Telmo and Boedo.

Her first recordings, made in 1962, became hits across the River Plate, and she toured Montevideo, Santiago, Chile, Lima and Caracas. A concert in Havana in 1973 and her public support for jailed trade unionists made her a target after the 1976 coup, and she fled to Madrid, and later Paris, where she lived for eight years in the Latin Quarter and sang for fellow exiles from Chile and Uruguay.

She returned to Argentina after democracy was restored in 1983 and settled in Rosario, on the Paraná River, where she taught singing at the municipal conservatory. In 2015 she was declared an illustrious citizen of Córdoba province.

She is survived by her daughter, Florencia, a cellist in Barcelona, and by a grandson in Mexico City.""", [
    ("Florencia", "-", N),
    ("Córdoba#1,2", "AR", T, (-31.406, -64.189)),
    ("Córdoba#3", "AR", A),
    ("Paris", "FR", T),
    ("BUENOS AIRES", "AR", T),
    ("Europe", "*", N),
    ("Rosario", "AR", T, (-32.947, -60.639)),
    ("Argentina", "AR", C),
    ("Alta Gracia", "AR", T),
    ("Buenos Aires", "AR", T),
    ("San Telmo", "AR", N, (-34.621, -58.373)),
    ("Boedo", "AR", N, (-34.633, -58.417)),
    ("River Plate", "*", N),
    ("Montevideo", "UY", T),
    ("Santiago", "CL", T, (-33.457, -70.648)),
    ("Chile", "CL", C),
    ("Lima", "PE", T),
    ("Caracas", "VE", T),
    ("Havana", "CU", T),
    ("Madrid", "ES", T),
    ("Latin Quarter", "FR", N, (48.85, 2.345)),
    ("Uruguay", "UY", C),
    ("Paraná River", "*", N),
    ("Mexico City", "MX", T),
    ("Barcelona", "ES", T, (41.39, 2.17)),
])

# ---------------------------------------------------------------- genre b: profiles of living people
add("b", """The girl from Iten who runs for the whole valley

At 26, Faith Jepkosgei has won in Boston and Berlin. She still trains on the red roads where she grew up.

ITEN, Kenya — Dawn breaks over the Kerio Valley and Faith Jepkosgei is already 12 kilometres into her morning run, a pack of 40 runners strung out behind her on the murram road that hugs the escarpment.

Jepkosgei grew up in a village outside Iten, the small town in Elgeyo-Marakwet County that calls itself the Home of Champions, the daughter of a maize farmer and a primary-school teacher. She ran six kilometres to school and back each day and was spotted at 15 by a coach at a meet in Eldoret.

Since then she has won the Boston Marathon, taken silver in Berlin and set a course record in Tokyo. Last spring she finished second in London by two seconds, a race she still refuses to watch.

Unlike many of her peers, she has resisted offers to move to a training base in Europe or to the altitude camps of Flagstaff, Arizona. "Why would I go to Arizona to find what I already have at home?" she says. Her only concession is a month each year in Kaptagat, in the forest south of Iten, where the air is cooler and the tracks softer.

Her prize money has built a borehole in her home village and paid school fees for 30 girls from Kapsabet to Kabarnet. She is studying for a business degree by distance from a university in Nairobi and plans, one day, to stand for the county assembly.

Her next race is in Chicago in October. Her mother has never seen her run abroad. "She watches on the small TV at the shop. The whole of Kenya is there with her," Jepkosgei says.""", [
    ("Iten", "KE", T),
    ("ITEN", "KE", T),
    ("Kenya", "KE", C),
    ("Boston", "US", T, "US.MA"),
    ("Boston Marathon", "-", N),
    ("Berlin", "DE", T),
    ("Kerio Valley", "KE", N),
    ("Elgeyo-Marakwet", "KE", A),
    ("Eldoret", "KE", T),
    ("Tokyo", "JP", T),
    ("London", "GB", T),
    ("Europe", "*", N),
    ("Flagstaff", "US", T, "US.AZ"),
    ("Arizona", "US", A),
    ("Kaptagat", "KE", T, (0.43, 35.48)),
    ("Kapsabet", "KE", T),
    ("Kabarnet", "KE", T),
    ("Nairobi", "KE", T),
    ("Chicago", "US", T),
])

add("b", """On Fogo Island, a painter finds the edge of the world is the centre of hers

Marian Keough left a career in Toronto to paint icebergs. Now the galleries come to her.

JOE BATT'S ARM, N.L. — The studio where Marian Keough paints sits on a granite ledge above the North Atlantic, so close to the water that spray sometimes hits the windows. From here, on the northeast corner of Fogo Island, she can watch icebergs drift south from Greenland each spring.

Keough, 58, was born in St. John's and grew up in the outport of Twillingate, where her father skippered a longliner. She studied at the Nova Scotia College of Art and Design in Halifax and spent two decades in Toronto, designing sets for theatre and teaching at a college on Queen Street West.

In 2012 she came to Fogo on a six-week residency and never left. Her large canvases of ice and fog, painted with pigments she grinds from local ochre, have since been shown in Montreal, Reykjavik and at a collateral exhibition of the Venice Biennale. A retrospective opens in Ottawa next spring.

"People in Toronto told me I was going to the end of the earth," she says. "Turns out it's the middle. Everything passes by here: the ice, the whales, the weather from Labrador."

She lives with her partner, a boatbuilder from Change Islands, in a saltbox house they restored themselves, and she teaches painting in the winter to children in Fogo and Tilting. Her daughter, Brooklyn, is studying marine biology in Victoria, B.C., and comes home each summer to help in the studio.

Keough has no plans to move back to the mainland. "Newfoundland gives you the light," she says, "and you just have to be here when it arrives.\"""", [
    ("Fogo Island", "CA", N, (49.67, -54.17)),
    ("Fogo", "CA", N, (49.7, -54.25)),
    ("Toronto", "CA", T),
    ("JOE BATT'S ARM", "CA", T, (49.73, -54.17)),
    ("N.L", "CA", A),
    ("North Atlantic", "*", N),
    ("Greenland", "GL", N),
    ("St. John's", "CA", T, (47.565, -52.709)),
    ("Twillingate", "CA", T, (49.65, -54.77)),
    ("Nova Scotia College of Art and Design", "-", N),
    ("Halifax", "CA", T, (44.643, -63.577)),
    ("Queen Street West", "CA", Q),
    ("Montreal", "CA", T),
    ("Reykjavik", "IS", T),
    ("Venice Biennale", "-", N),
    ("Ottawa", "CA", T, (45.42, -75.7)),
    ("Labrador", "CA", N),
    ("Change Islands", "CA", N, (49.67, -54.42)),
    ("Tilting", "CA", T, (49.7, -54.06)),
    ("Brooklyn", "-", N),
    ("Victoria", "CA", T, (48.43, -123.37)),
    ("B.C", "CA", A),
    ("Newfoundland", "CA", N),
])

add("b", """Jordan Hughes: 'Llanelli made me. Chelsea made me better'

The Wales captain on growing up by the Loughor estuary, learning her trade in Madrid and why she still goes home every fortnight

Jordan Hughes was nine when she first told her mother she would play for Wales. She was 19 when she did it, and 27 when she led them out at a World Cup in Australia. Now, at 31, the midfielder has won four league titles with Chelsea and is one of the most recognisable faces in British sport.

She grew up on an estate in Llanelli, a town where rugby is close to a religion, and played football with her brothers on the beach at Burry Port because, she says, "the boys wouldn't let me on the park". Her first club was in Swansea; at 16 she was signed by a club in Bristol, commuting across the Severn Bridge four times a week.

A spell in Spain changed her game. Two seasons in Madrid, living in a flat in Lavapiés and learning the language from her teammates, gave her what she calls "a brain for the ball". She joined Chelsea in 2019 and moved to a house in Surrey, but she still drives back to Carmarthenshire every other weekend to see her grandmother in Pontarddulais.

Off the pitch, Hughes has become an outspoken campaigner for grassroots facilities in south Wales, where she says too many girls' teams still play on waterlogged council pitches. She has funded two 3G pitches in Llanelli and Merthyr Tydfil and is patron of a charity that sends kit to girls' teams in Uganda and Ghana.

"Everyone asks if I'll go to America," she says, referring to the lucrative league in the United States. "Maybe one day. But I'd miss the rain.\"""", [
    ("Jordan", "-", N),
    ("Llanelli", "GB", T),
    ("Chelsea", "-", N),
    ("Wales", "GB", A),
    ("Loughor", "GB", N, (51.65, -4.1)),
    ("Madrid", "ES", T),
    ("Australia", "AU", C),
    ("British", "GB", Q),
    ("Burry Port", "GB", T, (51.684, -4.25)),
    ("Swansea", "GB", T),
    ("Bristol", "GB", T, (51.455, -2.59)),
    ("Severn Bridge", "GB", Q),
    ("Spain", "ES", C),
    ("Lavapiés", "ES", N, (40.409, -3.701)),
    ("Surrey", "GB", A),
    ("Carmarthenshire", "GB", A),
    ("Pontarddulais", "GB", T, (51.717, -4.042)),
    ("Merthyr Tydfil", "GB", T),
    ("Uganda", "UG", C),
    ("Ghana", "GH", C),
    ("America", "US", C),
    ("United States", "US", C),
])

add("b", """The rocket scientist who still cycles to work

Lakshmi Menon, who leads the propulsion team for India's next lunar mission, talks about growing up by the backwaters and why failure is her favourite teacher

Lakshmi Menon's first laboratory was her grandmother's kitchen in Kollam, where, at the age of ten, she built a steam-powered toy boat from a kerosene tin and sailed it on the backwaters of Ashtamudi Lake. Today, at 49, she heads the team designing the cryogenic engine for the Indian Space Research Organisation's next mission to the Moon.

After schooling in Thiruvananthapuram, where her father was a clerk at the Secretariat, she took a degree in mechanical engineering at IIT Kharagpur in West Bengal. A doctorate at Caltech followed, and she spent four years in Pasadena working on combustion models before returning to India in 2006.

Her first launch, from Sriharikota in Andhra Pradesh, ended in failure when a valve froze. "I cried for two days," she says. "On the third day I started to redesign the valve." The redesigned engine has since flown eleven times.

Menon lives in Bengaluru with her husband, a cardiologist, and their two teenage sons, and cycles the eight kilometres to her office in the city's north each morning. She spends two months a year at the test facility at Mahendragiri in Tamil Nadu, and has collaborated with engineers in Toulouse and at the Japanese space agency in Tsukuba.

She returns to Kerala every Onam. "My grandmother still asks when I will get a proper job," she says with a laugh. Her advice to the girls who write to her from across the country, from Assam to Gujarat, is simple: "Break things. Then find out why they broke.\"""", [
    ("India", "IN", C),
    ("Kollam", "IN", T),
    ("Ashtamudi Lake", "IN", N, (8.95, 76.6)),
    ("Indian Space Research Organisation", "-", N),
    ("Thiruvananthapuram", "IN", T),
    ("IIT Kharagpur", "-", N),
    ("West Bengal", "IN", A),
    ("Caltech", "-", N),
    ("Pasadena", "US", T, "US.CA"),
    ("Sriharikota", "IN", N, (13.72, 80.23)),
    ("Andhra Pradesh", "IN", A),
    ("Bengaluru", "IN", T),
    ("Mahendragiri", "IN", N, (8.38, 77.53)),
    ("Tamil Nadu", "IN", A),
    ("Toulouse", "FR", T),
    ("Japanese", "JP", Q),
    ("Tsukuba", "JP", T),
    ("Kerala", "IN", A),
    ("Assam", "IN", A),
    ("Gujarat", "IN", A),
])

add("b", """From Tennant Creek to the Senate: the lawyer who wants Canberra to listen to the bush

Dana Whitfield spent twenty years in courtrooms from Katherine to Yuendumu. Now she is the Territory's newest senator.

ALICE SPRINGS — Senator Dana Whitfield keeps a red dust-stained swag in the corner of her electorate office on Todd Street, a reminder, she says, that most of her constituents live hundreds of kilometres from the nearest courthouse.

Whitfield, 46, was born in Alice Springs but grew up in Tennant Creek, 500 kilometres up the Stuart Highway, where her mother ran the post office and her father drove road trains to Darwin and Mount Isa. She boarded at a school in Adelaide, studied law at Charles Darwin University and spent two decades as a legal aid lawyer, flying to bush courts in Katherine, Yuendumu, Hermannsburg and Borroloola.

"You'd have a hundred matters listed, one interpreter and a courtroom in a basketball shed," she says. "Canberra has no idea."

Elected at last year's federal election, she has made housing in remote communities and the cost of freight her two causes, and in her maiden speech she described flying over Lake Eyre in flood and the long drive through the Barkly Tableland to make her case.

She splits her time between Alice Springs and Canberra, and she is still trying to adjust to the capital's cold mornings. "It's colder in Canberra in June than it is in Alice at midnight in July," she says. "I didn't think that was possible."

Her partner, a ranger at Uluru, and their daughter, Darwin-born Sydney, 14, are her most reliable critics. "Sydney tells me when I'm being boring," she says. "Which is most of the time, apparently."

Whitfield says she has no ambition beyond the Northern Territory. "Let someone from Melbourne or Brisbane be prime minister," she says. "I've got roads to fix.\"""", [
    ("Tennant Creek", "AU", T),
    ("Canberra", "AU", T),
    ("Katherine", "AU", T, (-14.465, 132.263)),
    ("Yuendumu", "AU", T),
    ("Territory's", "AU", A),
    ("ALICE SPRINGS", "AU", T),
    ("Alice Springs", "AU", T),
    ("Alice", "AU", T, (-23.697, 133.884)),
    ("Todd Street", "AU", Q),
    ("Stuart Highway", "AU", Q),
    ("Darwin", "AU", T, (-12.46, 130.84)),
    ("Charles Darwin University", "-", N),
    ("Mount Isa", "AU", T),
    ("Adelaide", "AU", T, (-34.93, 138.6)),
    ("Hermannsburg", "AU", T, (-23.951, 132.779)),
    ("Borroloola", "AU", T),
    ("Lake Eyre", "AU", N),
    ("Barkly Tableland", "AU", N),
    ("Uluru", "AU", N),
    ("Sydney", "-", N),
    ("Northern Territory", "AU", A),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Brisbane", "AU", T),
])

add("b", """The Jeonju chef who brought his grandmother's kimchi to a Michelin star

Park Min-jun trained in Lyon and Copenhagen. His Busan restaurant serves the food of a single village.

BUSAN — The fermentation room beneath Park Min-jun's restaurant in Busan's Haeundae district holds 300 earthenware jars, each labelled in his grandmother's handwriting. Some of the soy sauce inside is older than he is.

Park, 41, grew up in Jeonju, the old capital of North Jeolla province that Unesco has named a city of gastronomy, in a house where his grandmother made kimchi for the whole street every November. He moved to Seoul at 19 to study hotel management, dropped out after a year and took a job washing dishes in a French restaurant in Itaewon.

Three years later he was in France, working 16-hour days in kitchens in Lyon, then in Paris, and finally at a celebrated Nordic restaurant in Copenhagen, where he learned to pickle pine shoots and sea buckthorn. "In Denmark they were fermenting things as if they had discovered it," he says. "In Korea my grandmother had been doing it for 60 years."

He opened his own restaurant in Busan in 2017, drawing on the seafood of the city's fish markets and the vegetables of the Jeolla countryside, with a salt he sources from the tidal flats of Sinan and seaweed from Jeju Island. It won its first Michelin star in 2023.

Park now spends a month each year cooking abroad; last year he ran pop-ups in Tokyo, Singapore and New York. But the menu never changes its centre. Every spring he takes his team to his grandmother's village outside Jeonju to plant peppers, and every autumn they go back to pick them.""", [
    ("Jeonju", "KR", T),
    ("Lyon", "FR", T),
    ("Copenhagen", "DK", T),
    ("Busan", "KR", T),
    ("BUSAN", "KR", T),
    ("Haeundae", "KR", N, (35.163, 129.164)),
    ("North Jeolla", "KR", A),
    ("Seoul", "KR", T),
    ("French", "FR", Q),
    ("Itaewon", "KR", N, (37.534, 126.994)),
    ("France", "FR", C),
    ("Paris", "FR", T),
    ("Nordic", "*", Q),
    ("Denmark", "DK", C),
    ("Korea", "KR", C),
    ("Jeolla", "KR", N),
    ("Sinan", "KR", N, (34.83, 126.35)),
    ("Jeju Island", "KR", N),
    ("Tokyo", "JP", T),
    ("Singapore", "SG", N),
    ("New York", "US", T, (40.713, -74.006)),
])

add("b", """Victoria Mendoza, queen of the accordion, is still playing the coast

The vallenato star from Ciénaga has sold out arenas from Bogotá to Madrid. At 62, she is recording with her granddaughter.

MIAMI — Victoria Mendoza plays the accordion the way other people breathe. In the living room of her house in Doral, west of Miami, she squeezes out a merengue vallenato without looking at her hands, talking all the while about the river towns of the Magdalena where she learned it.

Mendoza was born in Ciénaga, on the Caribbean coast of Colombia, between Barranquilla and Santa Marta, the seventh child of a banana worker. Her uncle, a travelling musician, taught her on a battered accordion, and at 16 she entered the competition at the Vallenato Legend Festival in Valledupar, the first woman to reach its final.

She did not win; the judges, she says, "were not ready for a girl". But a Barranquilla producer signed her that week, and by the 1990s her records were played from Cartagena to Medellín and across the border in Venezuela. In 1999 she filled the Plaza de Toros in Bogotá and took her band on tours of Mexico, Spain and the Colombian communities of New York and New Jersey.

She moved to Florida in 2004, partly, she admits, because of threats from armed groups who demanded a cut of her concert earnings. She now divides her time between Doral and a house in Santa Marta overlooking the bay, and returns every April to Valledupar, where she sits on the festival jury that once turned her away.

Her new album was recorded with her granddaughter, Paris Mendoza, 19, a singer studying at a music school in Boston. "She is faster than me," Mendoza says. "But I still have the better left hand.\"""", [
    ("Mendoza", "-", N),
    ("Victoria", "-", N),
    ("Ciénaga", "CO", T, (11.007, -74.248)),
    ("Bogotá", "CO", T),
    ("Madrid", "ES", T),
    ("MIAMI", "US", T, "US.FL"),
    ("Doral", "US", T, "US.FL"),
    ("Miami", "US", T, "US.FL"),
    ("Magdalena", "CO", N),
    ("Caribbean", "*", N),
    ("Colombia", "CO", C),
    ("Barranquilla", "CO", T),
    ("Santa Marta", "CO", T, (11.239, -74.194)),
    ("Vallenato Legend Festival", "-", N),
    ("Valledupar", "CO", T),
    ("Cartagena", "CO", T, (10.398, -75.493)),
    ("Medellín", "CO", T),
    ("Venezuela", "VE", C),
    ("Plaza de Toros", "CO", Q),
    ("Mexico", "MX", C),
    ("Spain", "ES", C),
    ("Colombian", "CO", Q),
    ("New York", "US", T, (40.713, -74.006)),
    ("New Jersey", "US", A),
    ("Florida", "US", A),
    ("Paris", "-", N),
    ("Boston", "US", T, "US.MA"),
])

add("b", """The Athlone founder building software for the world's dairy farms

Aoife Gavin's company tracks 4 million cows on four continents. She still runs it from the Midlands.

Aoife Gavin grew up on a dairy farm between Athlone and Moate, in Co Westmeath, where she spent her teenage evenings helping her father record milk yields in a hardbacked notebook. "He had 30 years of data in those books and no way to use it," she says.

Today HerdLine, the company she founded in 2015, sells software that tracks the health and output of some 4 million cows, on farms from Waikato in New Zealand to Wisconsin and Uttar Pradesh. It employs 240 people, most of them in a converted mill on the banks of the Shannon in Athlone, with smaller teams in Galway, Boston and Pune.

Gavin, 39, studied computer science in Galway and worked for six years at a tech multinational in Dublin, where she says she learned "how not to build a company". She moved home in 2014, persuaded two former colleagues from Cork and Limerick to join her, and wrote the first version of the software at her parents' kitchen table.

Investors from London and San Francisco have repeatedly urged her to move the headquarters to Dublin. She has refused. "There are good engineers in Mullingar and Tullamore and Roscommon who don't want to spend two hours a day on the M4," she says. "We get them."

The company's next market is Brazil, where it has just signed a deal with a cooperative in Minas Gerais, and Gavin is learning Portuguese on her morning runs along the Shannon. Her father, now 72, still keeps his notebook. "He doesn't trust the cloud," she says, laughing.""", [
    ("Athlone", "IE", T, (53.423, -7.937)),
    ("Midlands", "IE", N),
    ("Moate", "IE", T, (53.394, -7.717)),
    ("Westmeath", "IE", A),
    ("Waikato", "NZ", A),
    ("New Zealand", "NZ", C),
    ("Wisconsin", "US", A),
    ("Uttar Pradesh", "IN", A),
    ("Shannon", "IE", N),
    ("Galway", "IE", T, (53.272, -9.051)),
    ("Boston", "US", T, "US.MA"),
    ("Pune", "IN", T),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Cork", "IE", T, (51.9, -8.47)),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("London", "GB", T),
    ("San Francisco", "US", T),
    ("Mullingar", "IE", T, (53.525, -7.338)),
    ("Tullamore", "IE", T),
    ("Roscommon", "IE", T, (53.63, -8.19)),
    ("M4", "IE", Q),
    ("Brazil", "BR", C),
    ("Minas Gerais", "BR", A),
    ("Portuguese", "PT", Q),
])

add("b", """Shannon Ramdass: the boy from Penal who bowls for the whole of south Trinidad

At 23, the leg-spinner has taken five wickets at Lord's. He still lives with his grandmother in San Fernando.

SAN FERNANDO, Trinidad — Shannon Ramdass learned to bowl leg-spin with a tennis ball wrapped in electrical tape, on a patch of dirt behind his grandfather's rum shop in Penal. Fifteen years later, the 23-year-old has become the first West Indian spinner in a generation to take five wickets in a Test innings at Lord's.

"When I was small, I used to pretend the coconut trees were the slip cordon," he says, sitting on the porch of his grandmother's house on the outskirts of San Fernando, Trinidad's second city. "Now I have a real one."

Ramdass was spotted at 14 at a schools tournament in Couva, and within two years was playing for Trinidad and Tobago under-19s. His first-class debut, against Barbados at Kensington Oval in Bridgetown, ended with figures of one for 112. His second, against Guyana in Providence, brought seven wickets.

Tours to India and Sri Lanka followed, where he spent hours with local spinners in Chennai and Galle learning to vary his pace. "In Chennai they taught me patience," he says. "In England I learned that the ball does not always turn."

His success has made him a hero in the villages of south Trinidad, from Siparia to Point Fortin, where children now practise his looping googly in backyards. He runs a free coaching clinic at the ground in Penal every school holiday.

A lucrative franchise contract has taken him to Australia and the United Arab Emirates, but he has resisted suggestions that he move to Port of Spain, let alone abroad. "Everything I need is here," he says. "My grandmother, the Queen's Park Oval is one hour up the highway, and the best doubles in the country.\"""", [
    ("Shannon", "-", N),
    ("Penal", "TT", T, (10.167, -61.467)),
    ("Trinidad", "TT", N),
    ("Trinidad and Tobago", "TT", C),
    ("Lord's", "GB", Q),
    ("San Fernando", "TT", T, (10.28, -61.468)),
    ("SAN FERNANDO", "TT", T, (10.28, -61.468)),
    ("West Indian", "*", Q),
    ("Couva", "TT", T),
    ("Barbados", "BB", C),
    ("Kensington Oval", "BB", Q),
    ("Bridgetown", "BB", T),
    ("Guyana", "GY", C),
    ("Providence", "GY", T, (6.81, -58.16)),
    ("India", "IN", C),
    ("Sri Lanka", "LK", C),
    ("Chennai", "IN", T),
    ("Galle", "LK", T),
    ("England", "GB", A),
    ("Siparia", "TT", T),
    ("Point Fortin", "TT", T),
    ("Australia", "AU", C),
    ("United Arab Emirates", "AE", C),
    ("Port of Spain", "TT", T),
    ("Queen's Park Oval", "TT", Q),
])

add("b", """A rancher's daughter from the Sandhills takes on the Capitol

State Sen. Ellen Brandt, who still works cattle on weekends, is the unlikely voice of rural Nebraska in Lincoln.

LINCOLN, Neb. — Ellen Brandt drives 280 miles each Sunday night from her family's ranch near Thedford to the State Capitol in Lincoln, a trip she has made so often that she can name every grain elevator along Highway 2.

Brandt, 54, grew up on that ranch in the Sandhills, in the middle of a county with more cattle than people, and went to high school in North Platte, where she was a state champion in the 800 meters. She studied agricultural economics at the University of Nebraska–Lincoln and spent a decade as a grain buyer in Kearney and Grand Island before her father's illness brought her home in 2003.

She was elected to the Legislature in 2020, after a campaign in which she put 40,000 miles on her pickup visiting towns from Valentine to Ogallala and Broken Bow. Her signature issue has been water: she has fought, often against her own party, for tighter limits on pumping from the Ogallala Aquifer, which underlies parts of eight states from South Dakota to Texas.

"People in Omaha think water comes from a tap," she says. "Out here we know it comes from under our feet, and we know it's not coming back."

Her son, Austin, 24, runs the ranch during the week; her daughter, Cheyenne, is a veterinary student in Fort Collins, Colorado. Brandt's husband, Dale, a former rodeo rider from Laramie, Wyoming, handles the books.

She is regularly asked whether she will run for Congress in Washington. "I'd have to learn to like airplanes," she says. "And I'd miss the calving.\"""", [
    ("Sandhills", "US", N),
    ("Nebraska", "US", A),
    ("University of Nebraska–Lincoln", "-", N),
    ("Lincoln", "US", T, "US.NE"),
    ("LINCOLN", "US", T, "US.NE"),
    ("Neb", "US", A),
    ("Thedford", "US", T, "US.NE"),
    ("State Capitol", "US", Q),
    ("Highway 2", "US", Q),
    ("North Platte", "US", T, "US.NE"),
    ("Kearney", "US", T, "US.NE"),
    ("Grand Island", "US", T, "US.NE"),
    ("Valentine", "US", T, "US.NE"),
    ("Ogallala#1", "US", T, "US.NE"),
    ("Ogallala Aquifer", "US", N),
    ("Broken Bow", "US", T, "US.NE"),
    ("South Dakota", "US", A),
    ("Texas", "US", A),
    ("Omaha", "US", T, "US.NE"),
    ("Austin", "-", N),
    ("Cheyenne", "-", N),
    ("Fort Collins", "US", T, "US.CO"),
    ("Colorado", "US", A),
    ("Laramie", "US", T, "US.WY"),
    ("Wyoming", "US", A),
    ("Washington", "US", T, (38.895, -77.036)),
])

add("b", """Catriona Macleod: 'Every book I write is about leaving Lewis'

The Gaelic-speaking novelist from the Outer Hebrides on islands, Edinburgh and the Norway connection

Catriona Macleod's new novel opens, like all her others, with a ferry. This time it is the boat from Stornoway to Ullapool, and on it a young woman is leaving the Isle of Lewis for the first time, with a suitcase, a Bible and a cassette of her grandmother singing psalms.

"I've written that scene five times now," Macleod says with a laugh. "Maybe one day I'll let somebody stay."

Macleod, 52, grew up in a crofting village in Ness, at the northern tip of Lewis, speaking only Gaelic until she went to school. She moved to Glasgow at 17 to study English and Celtic, then spent ten years as a journalist in Inverness and Aberdeen before publishing her first novel, set among the herring girls who followed the fishing fleets from Stornoway to Great Yarmouth and Lerwick.

She now lives in Edinburgh, in a flat in Leith with a view of the Firth of Forth, but returns to the island every summer. Her fourth book, which won a major Scottish prize, traced a family of Lewis emigrants who sailed on the Metagama in 1923 to Ontario and ended up in Detroit, working for Ford.

The new novel goes east rather than west: to Bergen, where her heroine's great-grandfather is rumoured to have fathered a child while stranded by a storm in the 1890s. Macleod spent three months in Norway researching it, following the old fishing routes up the coast to Ålesund and the Lofoten Islands.

"The Hebrides and western Norway are the same place with different churches," she says. "Same rocks, same weather, same men who don't talk.\"""", [
    ("Lewis", "GB", N, (58.219, -6.388)),
    ("Outer Hebrides", "GB", N),
    ("Edinburgh", "GB", T),
    ("Norway", "NO", C),
    ("Stornoway", "GB", T),
    ("Ullapool", "GB", T),
    ("Isle of Lewis", "GB", N),
    ("Ness", "GB", N, (58.49, -6.24)),
    ("Glasgow", "GB", T),
    ("Inverness", "GB", T, (57.48, -4.22)),
    ("Aberdeen", "GB", T, (57.15, -2.1)),
    ("Great Yarmouth", "GB", T),
    ("Lerwick", "GB", T),
    ("Leith", "GB", N, (55.976, -3.17)),
    ("Firth of Forth", "GB", N),
    ("Scottish", "GB", Q),
    ("Metagama", "-", N),
    ("Ford", "-", N),
    ("English", "GB", Q),
    ("Ontario", "CA", A),
    ("Detroit", "US", T),
    ("Bergen", "NO", T, (60.393, 5.324)),
    ("Ålesund", "NO", T),
    ("Lofoten Islands", "NO", N),
    ("Hebrides", "GB", N),
])

add("b", """Amina Bello-Yusuf: the Kano engineer whose payments app is crossing Africa

Her start-up handles more transactions than some banks. She wants it in 20 countries by 2030.

LAGOS — The office of Paystream, the payments company founded by Amina Bello-Yusuf, occupies three floors of a glass tower in Lekki, but the 38-year-old chief executive still keeps a hand-painted sign from her father's textile stall in Kano on the wall behind her desk.

"Kurmi Market taught me everything about payments," she says. "Who pays, who doesn't, who pays late and with what excuse."

Bello-Yusuf grew up in the old city of Kano, one of six children, and studied electrical engineering at Ahmadu Bello University in Zaria, where she was one of four women in her class. A scholarship took her to Manchester for a master's degree, and she spent five years at a bank in London building fraud-detection systems before returning to Nigeria in 2016.

She started Paystream in a shared workspace in Yaba with two friends and a borrowed laptop. The app, which lets market traders accept payments by phone even without a bank account, now processes more than a million transactions a day, with offices in Nairobi, Accra and Kigali and a small engineering team in Cairo.

She is unapologetic about the company's roots in the north. "Investors used to ask why we were hiring engineers in Kaduna and Jos instead of Lagos," she says. "I told them the talent was there, and the rent was cheaper."

Last month Paystream received a licence in Senegal, its first French-speaking market, and Bello-Yusuf has been taking French lessons on flights to Dakar. She has also opened talks with regulators in Ethiopia and Egypt.

She splits her weeks between Lagos and Abuja, where her husband is a paediatrician, and flies back to Kano each month to visit her mother, who still refuses to use the app.""", [
    ("Kano", "NG", T),
    ("Africa", "*", N),
    ("LAGOS", "NG", T),
    ("Lekki", "NG", N, (6.446, 3.477)),
    ("Kurmi Market", "NG", Q),
    ("Ahmadu Bello University", "-", N),
    ("Zaria", "NG", T),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("London", "GB", T),
    ("Nigeria", "NG", C),
    ("Yaba", "NG", N, (6.51, 3.38)),
    ("Nairobi", "KE", T),
    ("Accra", "GH", T),
    ("Kigali", "RW", T),
    ("Cairo", "EG", T),
    ("Kaduna", "NG", T),
    ("Jos", "NG", T),
    ("Lagos", "NG", T),
    ("Senegal", "SN", C),
    ("French", "FR", Q),
    ("Dakar", "SN", T),
    ("Ethiopia", "ET", C),
    ("Egypt", "EG", C),
    ("Abuja", "NG", T),
])

add("b", """Lin Yu-ting paints the light of Tainan's old streets, one temple roof at a time

The 45-year-old artist left Taipei to go home. Her work is now in museums from Kyoto to New York.

TAINAN — In a converted rice warehouse near the old Anping harbour, Lin Yu-ting is mixing a green she says exists only in Tainan: the colour of moss growing on the ridge of a Qing-dynasty temple after a week of summer rain.

Lin, 45, was born in Tainan, Taiwan's oldest city, and grew up above her parents' shop selling funeral paper in a lane off Shennong Street. She studied fine arts in Taipei and spent twelve years there, painting at night and working by day as an illustrator for children's books.

Her breakthrough came in 2014 with a series of large ink-and-acrylic works depicting the temples of southern Taiwan, shown at a gallery in Kaohsiung and later in Hong Kong. Since then her paintings have been bought by museums in Kyoto, Singapore and New York, and she represented Taiwan at a biennale in Venice in 2022.

She moved back to Tainan in 2016, when her father fell ill. "In Taipei I painted what I remembered," she says. "Here I paint what I see every morning."

She spends part of each year on Penghu, the windswept archipelago in the Taiwan Strait where her mother's family comes from, painting its basalt cliffs and the stone fish traps built by fishermen centuries ago. A residency in Shanghai was planned for next year but has been postponed.

Her next exhibition, which opens in Taichung in March, pairs her temple paintings with photographs taken by her grandfather in the 1950s. She has a daughter, Victoria, 9, who already paints, she says, "far more freely than I do".""", [
    ("Tainan", "TW", T, (22.991, 120.213)),
    ("TAINAN", "TW", T, (22.991, 120.213)),
    ("Taipei", "TW", T),
    ("Kyoto", "JP", T),
    ("New York", "US", T, (40.713, -74.006)),
    ("Anping", "TW", N, (23.0, 120.16)),
    ("Qing", "-", N),
    ("Taiwan", "TW", C),
    ("Shennong Street", "TW", Q),
    ("Kaohsiung", "TW", T),
    ("Hong Kong", "HK", N),
    ("Singapore", "SG", N),
    ("Venice", "IT", T),
    ("Penghu", "TW", N, (23.57, 119.6)),
    ("Taiwan Strait", "*", N),
    ("Shanghai", "CN", T),
    ("Taichung", "TW", T),
    ("Victoria", "-", N),
])

# ---------------------------------------------------------------- genre c: human-interest features
add("c", """Separated by Partition, a brother and sister meet again at Kartarpur after 77 years

The corridor to the Sikh shrine in Pakistan has become a meeting place for families split in 1947

NAROWAL, Pakistan — Gurbachan Singh was six when he last saw his sister. In August 1947, as their village near Narowal burned, the family fled east towards the new border. In the chaos of the crossing, his three-year-old sister, Jaswant, was separated from them.

On Tuesday, Gurbachan, now 83, walked through the Kartarpur corridor from Dera Baba Nanak in India's Gurdaspur district and into the courtyard of the gurdwara in Kartarpur, Pakistan, where a frail woman in a white dupatta was waiting. She had been raised by a Muslim family in Sheikhupura and named Naseem Bibi.

The reunion was the result of a chance conversation. A YouTuber from Lahore who records Partition stories interviewed Naseem last year, and a viewer in Ludhiana recognised the name of the village and the story of a girl lost near the Ravi. Within weeks, relatives on both sides of the border were exchanging photographs on WhatsApp.

Gurbachan's family settled in Amritsar after 1947, and he spent his working life as a bus conductor in Punjab and later in Delhi. His sister married a farmer near Sheikhupura and has seven children, two of whom work in Dubai and one in Manchester.

Since the corridor opened in 2019, allowing Indian pilgrims to visit the shrine without a visa, it has become an unlikely site of reunions. Officials in Islamabad say dozens of families separated in 1947 have met there, though political tensions between New Delhi and Islamabad have repeatedly interrupted the crossings.

The siblings, who have no language in common but Punjabi, spent four hours together before the corridor closed at dusk. "She has my mother's hands," Gurbachan said afterwards, back at the Wagah crossing near Amritsar. He hopes to obtain a visa to visit her in Sheikhupura before the winter.""", [
    ("Partition", "-", N),
    ("Kartarpur", "PK", T, (32.09, 75.01)),
    ("Sikh", "IN", Q),
    ("Pakistan", "PK", C),
    ("NAROWAL", "PK", T),
    ("Narowal", "PK", T),
    ("Dera Baba Nanak", "IN", T, (32.037, 75.028)),
    ("India's", "IN", C),
    ("Gurdaspur", "IN", A),
    ("Muslim", "-", N),
    ("Sheikhupura", "PK", T, (31.713, 73.986)),
    ("Lahore", "PK", T),
    ("Ludhiana", "IN", T),
    ("Ravi", "*", N),
    ("Amritsar", "IN", T),
    ("Punjab", "IN", A),
    ("Delhi", "IN", T, (28.65, 77.23)),
    ("New Delhi", "IN", T),
    ("Dubai", "AE", T),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Indian", "IN", Q),
    ("Islamabad", "PK", T),
    ("Punjabi", "IN|PK", Q),
    ("Wagah", "PK|IN", N, (31.6, 74.57)),
])

add("c", """From Richmond to Richmond: a war bride's letters bring two families together

Eighty years after a Surrey girl married a GI, her Virginia grandchildren found the sister she left behind

RICHMOND, Va. — The shoebox of letters had sat in an attic in Richmond, Virginia, for half a century before Megan Caldwell opened it. Inside were 212 envelopes, every one addressed in the same looping hand, every one postmarked Richmond, Surrey.

The letters were written by Florence Hale to her younger sister, Ivy, between 1946 and 1979. Florence, Caldwell's grandmother, had met an American airman at a dance in Kingston upon Thames in 1944, married him at a church in Twickenham the following spring, and sailed from Southampton in 1946 aboard the Queen Mary with 1,200 other British war brides bound for New York.

From there she took a train south to Virginia, where her husband's family farmed tobacco near Farmville. "She wrote that it was the hottest place on God's earth and that nobody had heard of a proper cup of tea," Caldwell said.

Florence never went home. Her sister married a bus driver and moved to Norwich, in Norfolk, and the correspondence slowly thinned. Florence died in Norfolk, Virginia, in 1988, where the couple had retired to be near the naval base.

Last year Caldwell, a nurse, posted photographs of the letters on a genealogy forum. Within a week, a retired teacher in Great Yarmouth replied: Ivy was her grandmother, and she had the other half of the correspondence.

This month the two families met for the first time, in the Richmond Park tea rooms in London, sitting at the window where, according to one letter, the sisters had last eaten scones together in April 1946. The English cousins have been invited to Virginia for Thanksgiving, and have promised to bring their own tea.""", [
    ("Richmond#1,4", "GB", T, (51.46, -0.3)),
    ("Richmond#2,3", "US", T, "US.VA"),
    ("RICHMOND", "US", T, "US.VA"),
    ("Richmond Park", "GB", N, (51.443, -0.275)),
    ("Surrey", "GB", A),
    ("Virginia", "US", A),
    ("Va", "US", A),
    ("Florence", "-", N),
    ("American", "US", Q),
    ("Kingston upon Thames", "GB", T),
    ("Twickenham", "GB", T),
    ("Southampton", "GB", T, (50.904, -1.404)),
    ("Queen Mary", "-", N),
    ("British", "GB", Q),
    ("New York", "US", T, (40.713, -74.006)),
    ("Farmville", "US", T, "US.VA"),
    ("Norwich", "GB", T, (52.63, 1.3)),
    ("Norfolk#1", "GB", A),
    ("Norfolk#2", "US", T, "US.VA"),
    ("Great Yarmouth", "GB", T),
    ("London", "GB", T),
    ("English", "GB", Q),
])

add("c", """A Montana miner's great-granddaughter comes home to Skibbereen

Kathleen Sullivan traced her family from the Famine graves of west Cork to the copper mines of Butte. This week she stood in the field they left.

SKIBBEREEN, Co Cork — The field is wet, steep and full of rushes, and Kathleen Sullivan, a retired schoolteacher from Butte, Montana, walked every inch of it in borrowed wellingtons on Tuesday morning.

"I kept thinking, they stood here," she said. "They stood right here and decided to go."

Her great-great-grandparents, Daniel and Johanna Sullivan, left a townland outside Skibbereen in the spring of 1847, at the height of the Famine, when the town became a byword for starvation across Ireland and Britain. They walked to Cork and took passage from Cobh, then called Queenstown, on a timber ship bound for Quebec.

Johanna died of typhus on Grosse Île, the quarantine island in the St Lawrence where thousands of Irish emigrants are buried. Daniel survived, reached Montreal with their two sons, and worked on the canals before moving to Pennsylvania and the coal mines around Scranton.

One of those sons went west in 1880, drawn by the copper boom in Butte, a city so Irish that it was said more Gaelic was spoken underground there than in parts of Kerry. Four generations of Sullivans worked the mines on Butte Hill, and Kathleen's father was killed in an underground fire in 1962.

Her research took six years, with help from a local historian in Schull and parish records held in Cork city. On Tuesday, neighbours who still farm the land around the old homestead invited her in for tea and produced a photograph of a ruined cabin taken in the 1950s.

Before flying home from Shannon, she planned to visit the Famine burial pit at Abbeystrewery, where as many as 9,000 people are thought to lie, and to leave a stone she brought from the Montana hills.""", [
    ("Sullivan", "-", N),
    ("Montana", "US", A),
    ("Skibbereen", "IE", T),
    ("SKIBBEREEN", "IE", T),
    ("Cork#1", "IE", A),
    ("Cork#2", "IE", A),
    ("Cork#3", "IE", T, (51.9, -8.47)),
    ("Cork#4", "IE", T, (51.9, -8.47)),
    ("Butte", "US", T, "US.MT"),
    ("Butte Hill", "US", N, (46.02, -112.53)),
    ("Ireland", "IE", C),
    ("Britain", "GB", C),
    ("Cobh", "IE", T),
    ("Queenstown", "IE", T, (51.85, -8.295)),
    ("Quebec", "CA", A),
    ("Grosse Île", "CA", N, (47.03, -70.67)),
    ("St Lawrence", "CA", N),
    ("Irish", "IE", Q),
    ("Montreal", "CA", T),
    ("Pennsylvania", "US", A),
    ("Scranton", "US", T, "US.PA"),
    ("Kerry", "IE", A),
    ("Schull", "IE", T),
    ("Shannon", "IE", Q),
    ("Abbeystrewery", "IE", N, (51.545, -9.275)),
])

add("c", """Across the Sahara, the sea and the Channel: the Eritrean nurse who now cares for Birmingham's elderly

Selam Tesfay was 17 when she left Asmara. Eleven years later, she has just qualified as a nurse.

BIRMINGHAM — On the ward where Selam Tesfay works night shifts, the elderly patients call her "the girl from Africa" and ask for her by name. Few of them know how far she travelled to get there.

Tesfay grew up in Asmara, the Eritrean capital, and left in 2013 to avoid indefinite military conscription. She walked at night across the border into Sudan, reached a refugee camp near Kassala, and after three months paid smugglers to take her to Khartoum.

From there the route led north across the Sahara, packed with 30 others in the back of a pickup, to Kufra in south-eastern Libya, and on to Tripoli, where she was held for four months in a warehouse by traffickers demanding more money from her uncle in Sweden.

In October 2014 she boarded a rubber boat off the Libyan coast. It was picked up by an Italian coastguard vessel 40 miles south of Lampedusa, and she was taken to a reception centre in Sicily, near Catania. She travelled by train to Rome, then Milan, then to Ventimiglia on the French border, and spent the winter of 2015 in the camp at Calais known as the Jungle.

She crossed the Channel hidden in a lorry in March 2015, was found by police near Dover, and was granted asylum a year later. Placed in Birmingham, she learned English at a college in Handsworth, took her GCSEs and, last month, graduated in nursing from a university in the city.

She has not seen her mother, who still lives in Asmara, since she left Eritrea. They speak every Sunday by video call, and Tesfay hopes to meet her next year in Kampala, Uganda, where it is easier for both of them to obtain visas.""", [
    ("Sahara", "*", N),
    ("Channel", "*", N),
    ("Eritrean", "ER", Q),
    ("Birmingham", "GB", T, (52.48, -1.9)),
    ("BIRMINGHAM", "GB", T, (52.48, -1.9)),
    ("Asmara", "ER", T),
    ("Africa", "*", N),
    ("Sudan", "SD", C),
    ("Kassala", "SD", T),
    ("Khartoum", "SD", T),
    ("Kufra", "LY", N, (24.2, 23.3)),
    ("Libya", "LY", C),
    ("Tripoli", "LY", T, (32.89, 13.19)),
    ("Sweden", "SE", C),
    ("Libyan", "LY", Q),
    ("Italian", "IT", Q),
    ("Lampedusa", "IT", N),
    ("Sicily", "IT", N),
    ("Catania", "IT", T),
    ("Rome", "IT", T),
    ("Milan", "IT", T),
    ("Ventimiglia", "IT", T),
    ("French", "FR", Q),
    ("Calais", "FR", T),
    ("Jungle", "-", N),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("English", "GB", Q),
    ("Handsworth", "GB", N, (52.5, -1.93)),
    ("Eritrea", "ER", C),
    ("Kampala", "UG", T),
    ("Uganda", "UG", C),
])

add("c", """Eighty-six years after the Kindertransport, Hanna Weiss goes back to the Westbahnhof

She left Vienna at nine with a cardboard label round her neck. At 95, she returned with her great-granddaughter.

VIENNA — The platform is gone, rebuilt into a shopping centre, but Hanna Weiss knew exactly where she had stood. "Here," she said, pointing at a pharmacy. "My mother was here, and she was not crying, because she had told me she would not cry."

It was December 1938, a month after Kristallnacht. Weiss, then nine, was one of about 2,800 Jewish children who left Vienna on the Kindertransport trains organised after the pogrom. Her train crossed Germany overnight, stopped at the Dutch border, and went on to the Hook of Holland, where the children boarded a ferry to Harwich.

From the reception camp at Dovercourt, on the Essex coast, she was sent to a foster family in Leeds, a Methodist couple who ran a drapery shop in Headingley. She never saw her parents again; they were deported in 1942 to Maly Trostinec, near Minsk, in what is now Belarus.

Weiss stayed in Yorkshire, trained as a teacher, and taught in Bradford for 35 years. She married an engineer from Glasgow, and they raised three children, one of whom emigrated to Haifa and another to Toronto.

For decades she refused to return to Austria. She changed her mind, she said, after her great-granddaughter, Chelsea, 16, chose the Kindertransport for a school history project in Manchester and asked to see where it had begun.

The two spent four days in Vienna this month, visiting the apartment building in Leopoldstadt where Weiss was born, the memorial on Judenplatz and the grave of her grandparents in the Jewish section of the Central Cemetery. On the last day, a class of Austrian schoolchildren came to the station to hear her story.

"I used to think that coming back would make me feel like a refugee again," Weiss said. "Instead I feel like a Viennese grandmother." She flies home to Leeds on Sunday.""", [
    ("Westbahnhof", "AT", Q),
    ("Vienna", "AT", T),
    ("VIENNA", "AT", T),
    ("Jewish", "-", N),
    ("Germany", "DE", C),
    ("Dutch", "NL", Q),
    ("Hook of Holland", "NL", T, (51.977, 4.133)),
    ("Harwich", "GB", T, (51.942, 1.284)),
    ("Dovercourt", "GB", T, (51.93, 1.27)),
    ("Essex", "GB", A),
    ("Leeds", "GB", T),
    ("Headingley", "GB", N, (53.82, -1.58)),
    ("Maly Trostinec", "BY", N, (53.85, 27.7)),
    ("Minsk", "BY", T),
    ("Belarus", "BY", C),
    ("Yorkshire", "GB", A),
    ("Bradford", "GB", T, (53.79, -1.75)),
    ("Glasgow", "GB", T),
    ("Haifa", "IL", T),
    ("Toronto", "CA", T),
    ("Austria", "AT", C),
    ("Chelsea", "-", N),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Leopoldstadt", "AT", N, (48.22, 16.4)),
    ("Judenplatz", "AT", Q),
    ("Central Cemetery", "AT", Q),
    ("Austrian", "AT", Q),
    ("Viennese", "AT", Q),
])

add("c", """The Windrush pioneer who went home to Manchester — the one in Jamaica

After 50 years in Brixton and Nottingham, Cyril and Hyacinth Barrett retired to the hills of Mandeville. Their grandchildren in London are still trying to persuade them to come back.

MANDEVILLE, Jamaica — From the veranda of the house Cyril Barrett built with his own savings, the hills of Manchester parish roll away towards the south coast, thick with bauxite dust and breadfruit trees. On a clear day you can see the sea at Alligator Pond.

Barrett, 96, was 19 when he left Kingston in 1948 aboard the Empire Windrush, one of the first of the Caribbean migrants who came to help rebuild postwar Britain. The ship docked at Tilbury on 22 June, and he spent his first nights in the deep shelter at Clapham South before finding a room in Brixton.

He worked as a bus conductor in south London, then moved to Nottingham in 1955 to work at the Raleigh bicycle factory. There he met Hyacinth, a nurse from Clarendon who had arrived in 1958. They raised four children in the Meadows and St Ann's, and Cyril was one of the founders of a West Indian cricket club that still plays in Bulwell.

In 2004 they did what many of their generation dreamed of doing: they sold their terraced house and came home. "Everybody in England asked me, why Manchester?" Barrett laughs. "I told them, because it is the only Manchester where the sun shines."

Their return has not been without difficulty. Cyril was caught up in the Home Office scandal of 2018, when officials questioned whether he had ever been entitled to live in the United Kingdom, and it took two years and a lawyer in Birmingham to secure the compensation he was owed.

Their grandchildren, most of whom live in London and one in Toronto, visit each Christmas. A granddaughter, Jordan, a doctor in Lewisham, is trying to persuade them to spend the winters in England. "I tell her, I spent fifty winters in England," Hyacinth says. "That's enough winters for anybody.\"""", [
    ("Manchester", "JM", A),
    ("Jamaica", "JM", C),
    ("Brixton", "GB", N, (51.462, -0.115)),
    ("Nottingham", "GB", T, (52.95, -1.15)),
    ("Mandeville", "JM", T, (18.042, -77.507)),
    ("MANDEVILLE", "JM", T, (18.042, -77.507)),
    ("London", "GB", T),
    ("Alligator Pond", "JM", T, (17.87, -77.56)),
    ("Kingston", "JM", T, (17.997, -76.794)),
    ("Empire Windrush", "-", N),
    ("Windrush", "-", N),
    ("Caribbean", "*", N),
    ("Britain", "GB", C),
    ("Tilbury", "GB", T, (51.462, 0.359)),
    ("Clapham South", "GB", Q),
    ("Raleigh", "-", N),
    ("Clarendon", "JM", A),
    ("Meadows", "GB", N, (52.94, -1.15)),
    ("St Ann's", "GB", N, (52.965, -1.14)),
    ("West Indian", "*", Q),
    ("Bulwell", "GB", N, (53.0, -1.2)),
    ("England", "GB", A),
    ("United Kingdom", "GB", C),
    ("Birmingham", "GB", T, (52.48, -1.9)),
    ("Toronto", "CA", T),
    ("Jordan", "-", N),
    ("Lewisham", "GB", N, (51.45, -0.02)),
])

add("c", """The Ten Pound Poms who sailed from Liverpool in 1964 meet again in Fremantle

Sixty years after the Fairsea docked, a group of former child migrants gathered on the same wharf

FREMANTLE — The wharf has changed, the cargo sheds are now a museum, but Pauline Kerr recognised the view of the harbour at once. "We came round that breakwater at six in the morning," she said, "and my dad said, 'Well, that's it. We're Australians now.'"

Kerr was one of 14 people, now in their seventies and eighties, who gathered at Fremantle's Victoria Quay on Saturday to mark 60 years since they arrived aboard the Fairsea from Liverpool, part of the assisted passage scheme that brought more than a million Britons to Australia for a fare of ten pounds.

The voyage took five weeks. The ship called at Port Said, passed through the Suez Canal, and stopped at Aden and Colombo before the long crossing of the Indian Ocean. Many of the passengers came from the terraced streets of Liverpool, Glasgow and Belfast; Kerr's family had lived in Bootle, near the docks her father worked on.

Most were sent first to a migrant hostel near Perth. From there they scattered: Kerr's family went to Kalgoorlie, where her father worked underground at the gold mines, and later to Geraldton. Others went to the wheatbelt town of Northam, to Esperance, or east to Adelaide and Melbourne.

Not all of them stayed. Brian Tully, 78, who travelled from Ballarat for the reunion, remembers that his family went home to Lancashire after two years and came back again in 1968, "because Dad missed the sun more than he'd ever missed Blackburn".

The organiser, Lorraine Sweeney, found most of the group through a Facebook page she set up in 2019, and one former shipmate flew in from Wellington, New Zealand, for the day. The group ended the afternoon with fish and chips on the Esplanade, followed, at Kerr's insistence, by a pot of tea.""", [
    ("Tully", "-", N),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Fremantle", "AU", T),
    ("FREMANTLE", "AU", T),
    ("Fairsea", "-", N),
    ("Australians", "AU", Q),
    ("Victoria Quay", "AU", Q),
    ("Britons", "GB", Q),
    ("Australia", "AU", C),
    ("Port Said", "EG", T),
    ("Suez Canal", "EG", N),
    ("Aden", "YE", T),
    ("Colombo", "LK", T, (6.935, 79.849)),
    ("Indian Ocean", "*", N),
    ("Glasgow", "GB", T),
    ("Belfast", "GB", T, (54.6, -5.93)),
    ("Bootle", "GB", T, (53.45, -2.99)),
    ("Perth", "AU", T, (-31.952, 115.861)),
    ("Kalgoorlie", "AU", T),
    ("Geraldton", "AU", T, (-28.779, 114.615)),
    ("Northam", "AU", T, (-31.649, 116.674)),
    ("Esperance", "AU", T, (-33.859, 121.892)),
    ("Adelaide", "AU", T, (-34.93, 138.6)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Ballarat", "AU", T),
    ("Lancashire", "GB", A),
    ("Blackburn", "GB", T, (53.75, -2.48)),
    ("Wellington", "NZ", T, (-41.287, 174.776)),
    ("New Zealand", "NZ", C),
    ("Esplanade", "AU", Q),
])

add("c", """From a fishing boat in the South China Sea to a pho shop in Hamilton: the Nguyen family's 45-year journey

HAMILTON, Ont. — Every morning at five, Nguyen Van Long unlocks the back door of his restaurant on Barton Street East and puts the broth on to simmer. He has done it for 38 years, and he says the smell still reminds him of his mother's kitchen in Cần Thơ.

Nguyen was 14 in 1979 when his family paid gold to board a fishing boat that slipped out of a creek near Rạch Giá, in the Mekong Delta, with 86 people aboard. For six days the boat drifted across the Gulf of Thailand and the South China Sea. It was robbed twice by pirates. On the seventh day it landed on the coast of Terengganu, in Malaysia.

The family spent eleven months on Pulau Bidong, a small island off Kuala Terengganu that by then held more than 40,000 refugees. "We lived under plastic sheets," Nguyen says. "But we were alive, and everybody was waiting for a country."

The country turned out to be Canada. A church group in Hamilton sponsored the family under the private sponsorship program, and in the winter of 1980 they flew via Kuala Lumpur and Vancouver to Toronto, arriving in a snowstorm in clothes meant for the tropics. His father found work at a steel mill, his mother sewed in a factory in Stoney Creek, and Nguyen finished high school in two languages.

He opened the restaurant in 1986. It has since fed three generations of steelworkers, students from McMaster University and, for the past decade, newer refugees from Syria and Afghanistan, several of whom he has employed.

Last spring, for the first time since he left, Nguyen went back to Vietnam. He flew to Ho Chi Minh City, which his parents never stopped calling Saigon, and took a bus to Cần Thơ, where he found his mother's old street and a cousin who still runs a noodle stall there. His daughter, Austin Nguyen, a lawyer in Ottawa, made the trip with him.""", [
    ("South China Sea", "*", N),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("HAMILTON", "CA", T, (43.25, -79.85)),
    ("Ont", "CA", A),
    ("Barton Street East", "CA", Q),
    ("Cần Thơ", "VN", T),
    ("Rạch Giá", "VN", T),
    ("Mekong Delta", "VN", N),
    ("Gulf of Thailand", "*", N),
    ("Terengganu", "MY", A),
    ("Malaysia", "MY", C),
    ("Pulau Bidong", "MY", N, (5.62, 103.06)),
    ("Kuala Terengganu", "MY", T),
    ("Canada", "CA", C),
    ("Kuala Lumpur", "MY", T),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Toronto", "CA", T),
    ("Stoney Creek", "CA", T),
    ("McMaster University", "-", N),
    ("Syria", "SY", C),
    ("Afghanistan", "AF", C),
    ("Vietnam", "VN", C),
    ("Ho Chi Minh City", "VN", T),
    ("Saigon", "VN", T),
    ("Austin", "-", N),
    ("Ottawa", "CA", T, (45.42, -75.7)),
])

add("c", """Three countries, two continents, one nurse: how Marites Dela Cruz finally brought her mother to Winnipeg

WINNIPEG — When Lourdes Dela Cruz stepped off the plane at Winnipeg's airport last week, wearing a borrowed parka over the cotton dress she had put on that morning in Iloilo, her daughter had been waiting for her for 19 years.

Marites Dela Cruz, 47, left the Philippines in 2005, one of the hundreds of thousands of Filipino nurses who have sustained hospitals across the Gulf and the West. She had trained in Iloilo City, on the island of Panay, and worked for two years at a public hospital in Manila, earning the equivalent of 200 US dollars a month.

Her first contract abroad was at a hospital in Riyadh, Saudi Arabia, where she spent six years sharing a dormitory with nurses from Kerala and Jordan. She sent most of her salary home, paying for her younger brothers' schooling and a concrete house for her parents in the town of Jordan, on the neighbouring island of Guimaras.

In 2011 she moved to Manitoba under a provincial program that recruited Filipino nurses, arriving in January when the temperature in Winnipeg was minus 35. "I thought I had made the biggest mistake of my life," she says. She worked first in a care home in Steinbach, then at a hospital in the city's North End, home to one of the largest Filipino communities in Canada.

Bringing her mother to join her took eight years of paperwork. Her father died in 2020, during the pandemic, while she was unable to fly home. Her sister works as a nanny in Hong Kong and her brother as a seafarer on container ships sailing between Rotterdam and Singapore.

This week the two women went shopping for winter boots on Portage Avenue. Lourdes has already found a Filipino church, a sari-sari store selling dried mangoes from Cebu and a neighbour from Bacolod. Her grandson, Lincoln, 12, has promised to teach her to skate.""", [
    ("Lourdes", "-", N),
    ("Winnipeg", "CA", T),
    ("WINNIPEG", "CA", T),
    ("Iloilo", "PH", T, (10.697, 122.564)),
    ("Iloilo City", "PH", T, (10.697, 122.564)),
    ("Philippines", "PH", C),
    ("Filipino", "PH", Q),
    ("Gulf", "*", N),
    ("West", "*", Q),
    ("Panay", "PH", N),
    ("Manila", "PH", T, (14.604, 120.982)),
    ("US", "US", Q),
    ("Riyadh", "SA", T),
    ("Saudi Arabia", "SA", C),
    ("Kerala", "IN", A),
    ("Jordan#1", "JO", C),
    ("Jordan#2", "PH", T, (10.66, 122.6)),
    ("Guimaras", "PH", N),
    ("Manitoba", "CA", A),
    ("Steinbach", "CA", T, (49.526, -96.685)),
    ("North End", "CA", N, (49.92, -97.14)),
    ("Canada", "CA", C),
    ("Hong Kong", "HK", N),
    ("Rotterdam", "NL", T),
    ("Singapore", "SG", N),
    ("Portage Avenue", "CA", Q),
    ("Cebu", "PH", N),
    ("Bacolod", "PH", T),
    ("Lincoln", "-", N),
])

add("c", """At 91, a Korean War veteran drives Route 66 one last time

Walter Pruitt first drove the Mother Road in 1953, on his way home from the war. This summer his granddaughter took the wheel.

SANTA MONICA, Calif. — At the end of the pier, beneath the sign that marks the western terminus of Route 66, Walter Pruitt, 91, lowered himself out of a wheelchair, took his granddaughter's arm and walked the last 20 feet to the railing on his own.

"Two thousand four hundred and forty-eight miles," he said, looking out at the Pacific. "The first time I did it, I was 20 and I had a duffel bag and a Purple Heart."

Pruitt was discharged from the Army in 1953 and, with no money for a train, hitchhiked from the base at Fort Sheridan, north of Chicago, to his mother's home in California, following the old highway through Illinois, Missouri, Oklahoma and the Southwest.

This summer, his granddaughter Savannah, 34, a teacher in Springfield, Illinois, offered to drive him along the same route. Over 16 days they stopped at the diners, motels and gas stations he remembered, in Joliet and Pontiac, in St. Louis and Joplin, in Tulsa and Oklahoma City.

In the Texas Panhandle they found the café in Shamrock where he had washed dishes for a week in exchange for meals, now restored as a visitor centre, and in Amarillo they ate at a steakhouse that has been on the road since 1960. They crossed New Mexico through Tucumcari, Albuquerque and Gallup, and in Arizona they spent a night in Flagstaff and another in Kingman before crossing the Colorado River at Needles into the Mojave Desert.

Many of the towns have faded. "In 1953 Tucumcari was the liveliest place I'd ever seen," he said. "Now half of it is for sale." He was moved by the people they met, including a motel owner in Barstow whose parents had come from Gujarat.

Savannah is writing a book about the trip. Her grandfather has one request for it: that she mention the pie in Oklahoma.""", [
    ("Korean War", "KR|KP", Q),
    ("Route 66", "US", Q),
    ("Mother Road", "US", Q),
    ("SANTA MONICA", "US", T, "US.CA"),
    ("Calif", "US", A),
    ("Pacific", "*", N),
    ("Fort Sheridan", "US", N, (42.22, -87.81)),
    ("Chicago", "US", T),
    ("California", "US", A),
    ("Illinois", "US", A),
    ("Missouri", "US", A),
    ("Oklahoma", "US", A),
    ("Southwest", "US", N),
    ("Savannah", "-", N),
    ("Springfield", "US", T, "US.IL"),
    ("Joliet", "US", T, "US.IL"),
    ("Pontiac", "US", T, "US.IL"),
    ("St. Louis", "US", T, "US.MO"),
    ("Joplin", "US", T, "US.MO"),
    ("Tulsa", "US", T),
    ("Oklahoma City", "US", T),
    ("Texas Panhandle", "US", N),
    ("Shamrock", "US", T, (35.214, -100.249)),
    ("Amarillo", "US", T, "US.TX"),
    ("New Mexico", "US", A),
    ("Tucumcari", "US", T),
    ("Albuquerque", "US", T, "US.NM"),
    ("Gallup", "US", T, "US.NM"),
    ("Arizona", "US", A),
    ("Flagstaff", "US", T, "US.AZ"),
    ("Kingman", "US", T, "US.AZ"),
    ("Colorado River", "*", N),
    ("Needles", "US", T, "US.CA"),
    ("Mojave Desert", "US", N),
    ("Barstow", "US", T, "US.CA"),
    ("Gujarat", "IN", A),
])

add("c", """From Porbandar to Leicester by way of Kampala: a family's century-long journey, retraced

In 1972 the Kotecha family had 90 days to leave Uganda. Fifty years on, a granddaughter went looking for the places they had passed through.

LEICESTER — The photograph on Priya Kotecha's phone shows a narrow, blue-painted house in a lane near the harbour in Porbandar, on the coast of Gujarat. "That's where it starts," she says. "My great-great-grandfather walked out of that door in 1911 and got on a dhow to Mombasa."

Kotecha, 29, a pharmacist in Leicester, spent three months last year retracing her family's journey across three continents. It began in Porbandar, Mahatma Gandhi's birthplace, where a distant cousin still runs a small cloth business in the old market, and continued by the same sea route across the Arabian Sea to the Kenyan coast.

Her great-great-grandfather worked as a clerk on the Uganda Railway, which was then pushing inland from Mombasa through Nairobi to Kisumu on Lake Victoria. By the 1930s the family had a general store in Jinja, at the source of the Nile, and later a small sugar business near Kampala.

Then, in August 1972, Idi Amin ordered Uganda's Asians to leave within 90 days. Kotecha's grandfather, then 24, flew from Entebbe to Stansted with one suitcase and £50, and spent his first winter in a resettlement camp in Suffolk before joining relatives in Leicester, where thousands of Ugandan Asians built new lives along Belgrave Road.

In Jinja, Kotecha found the building that had housed the family shop, now a mobile-phone dealer, and a Ugandan neighbour who remembered her great-uncle. In Kampala she visited the Hindu temple where her grandparents were married.

Her grandfather, now 76, has never gone back to Uganda. But he has asked her to print the photographs, and on Sunday evenings, she says, he sits with them in the front room in Rushey Mead, naming the shops on Main Street, Jinja, one by one.""", [
    ("Porbandar", "IN", T),
    ("Leicester", "GB", T, (52.639, -1.132)),
    ("LEICESTER", "GB", T, (52.639, -1.132)),
    ("Kampala", "UG", T),
    ("Uganda", "UG", C),
    ("Uganda Railway", "-", N),
    ("Gujarat", "IN", A),
    ("Mombasa", "KE", T),
    ("Arabian Sea", "*", N),
    ("Kenyan", "KE", Q),
    ("Nairobi", "KE", T),
    ("Kisumu", "KE", T),
    ("Lake Victoria", "*", N),
    ("Jinja", "UG", T),
    ("Nile", "*", N),
    ("Asians", "-", N),
    ("Entebbe", "UG", T),
    ("Stansted", "GB", Q),
    ("Suffolk", "GB", A),
    ("Ugandan", "UG", Q),
    ("Belgrave Road", "GB", Q),
    ("Hindu", "-", N),
    ("Rushey Mead", "GB", N, (52.66, -1.11)),
    ("Main Street", "UG", Q),
])

add("c", """For three minutes at the Rio Grande, a family split by the border holds on

EL PASO, Texas — Rosa Hernández had not touched her mother in eleven years. On Saturday, on a sandbar in the middle of the Rio Grande between El Paso and Ciudad Juárez, she held her for three minutes, while a Border Patrol agent watched from the levee and a timer on a volunteer's phone counted down.

The embrace was part of a reunion event organised by a binational human rights group, which has negotiated with authorities on both sides to allow families separated by immigration status to meet, briefly, on the riverbed. About 200 families took part this year, most from Chihuahua, Zacatecas, Oaxaca and Michoacán, with relatives who travelled from Denver, Albuquerque, Phoenix and Los Angeles.

Hernández, 38, was brought to the United States at the age of nine and grew up in Las Cruces, New Mexico. She is a beneficiary of the DACA program, which protects her from deportation but does not allow her to travel abroad and return. Her mother, Guadalupe, 67, was deported to Mexico in 2013 after a traffic stop in Dallas, and now lives with a sister in Ciudad Juárez, in the colonia of Anapra, within sight of the border fence.

"I can see her house from the highway in Sunland Park," Hernández said. "Every time I drive past, I look for her laundry on the roof."

Her mother had brought a bag of gorditas from a stall in Juárez, which guards did not allow across. Hernández had brought her two children, Austin, 12, and Georgia, 8, whom their grandmother had never met except on video calls.

When the three minutes were up, a volunteer tapped Hernández on the shoulder. She let go, and Guadalupe walked back across the sand to the Mexican side, where she stood waving until her daughter's family had climbed the bank into Texas.""", [
    ("Guadalupe", "-", N),
    ("Rio Grande", "*", N),
    ("EL PASO", "US", T, "US.TX"),
    ("El Paso", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Ciudad Juárez", "MX", T),
    ("Juárez", "MX", T, (31.72, -106.461)),
    ("Chihuahua", "MX", A),
    ("Zacatecas", "MX", A),
    ("Oaxaca", "MX", A),
    ("Michoacán", "MX", A),
    ("Denver", "US", T, "US.CO"),
    ("Albuquerque", "US", T, "US.NM"),
    ("Phoenix", "US", T, "US.AZ"),
    ("Los Angeles", "US", T, "US.CA"),
    ("United States", "US", C),
    ("Las Cruces", "US", T, "US.NM"),
    ("New Mexico", "US", A),
    ("Mexico", "MX", C),
    ("Dallas", "US", T, "US.TX"),
    ("Anapra", "MX", N, (31.78, -106.56)),
    ("Sunland Park", "US", T, "US.NM"),
    ("Austin", "-", N),
    ("Georgia", "-", N),
    ("Mexican", "MX", Q),
])

add("c", """The Kytherian cafés of country New South Wales, and the island that sent them

For a century, families from one small Greek island ran the milk bars of the bush. Their grandchildren are going back.

KYTHIRA, Greece — In the village of Potamos, on the northern slopes of this small island between the Peloponnese and Crete, the plaque on the wall of the old school lists the names of its benefactors. Almost all of them wrote from Australia: from Sydney, from Brisbane, and from country towns like Tamworth, Inverell, Moree and Glen Innes.

Between the 1890s and the 1960s, thousands of people left Kythira for Australia, and a remarkable number of them ended up running cafés and milk bars in the towns of New South Wales and Queensland. At one stage, it was said, you could drive from Sydney to Brisbane on the New England Highway and eat at a Kytherian café in every town.

This month a group of 40 descendants, most of them second- and third-generation Australians, spent a fortnight on the island, visiting the villages their grandparents left. Some had never been to Greece before. Others, like Helen Comino, 68, whose grandfather ran the Niagara Café in Gundagai, have come back every few years since the 1980s.

"My grandfather left from the little harbour at Agia Pelagia in 1912 with a cardboard suitcase, took a boat to Piraeus and another to Sydney," she said. "He never came back. I come back for him."

The group flew into Athens and crossed by ferry from Neapoli, at the southern tip of the Peloponnese, to the port of Diakofti. They spent their days searching parish records in the main town, Chora, and tracing family houses, many now roofless, in villages such as Mylopotamos and Logothetianika.

Kythira's population has fallen to about 3,500 and many houses stand empty, but several families in the group have restored old homes, and one couple from Armidale has opened a bakery in Potamos. "Our grandparents ran cafés in the bush," said their son, Nick. "We thought we'd run one here.\"""", [
    ("Comino", "-", N),
    ("New South Wales", "AU", A),
    ("Greek", "GR", Q),
    ("KYTHIRA", "GR", N, (36.25, 22.99)),
    ("Kythira", "GR", N, (36.25, 22.99)),
    ("Kytherian", "GR", Q),
    ("Greece", "GR", C),
    ("Potamos", "GR", T, (36.3, 22.96)),
    ("Peloponnese", "GR", N),
    ("Crete", "GR", N),
    ("Australia", "AU", C),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Brisbane", "AU", T),
    ("Tamworth", "AU", T, (-31.09, 150.929)),
    ("Inverell", "AU", T),
    ("Moree", "AU", T),
    ("Glen Innes", "AU", T, (-29.735, 151.738)),
    ("Queensland", "AU", A),
    ("New England Highway", "AU", Q),
    ("Australians", "AU", Q),
    ("Niagara Café", "-", N),
    ("Gundagai", "AU", T),
    ("Agia Pelagia", "GR", T, (36.33, 22.99)),
    ("Piraeus", "GR", T),
    ("Athens", "GR", T, (37.984, 23.728)),
    ("Neapoli", "GR", T, (36.511, 23.06)),
    ("Diakofti", "GR", T, (36.26, 23.09)),
    ("Chora", "GR", T, (36.15, 22.99)),
    ("Mylopotamos", "GR", T, (36.24, 22.94)),
    ("Logothetianika", "GR", T, (36.21, 22.95)),
    ("Armidale", "AU", T),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
