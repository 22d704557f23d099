"""ukeurope: a held-out set of 24 full-length news articles as the English-language press of the
UK, Ireland and continental Europe writes them (BBC regional pages, local UK papers, the Irish
Times, RTE, Deutsche Welle, AP/Reuters datelines, Euronews, The Local, ANSA English, Lusa-style
wire copy, ERR News, Balkan Insight, Kathimerini English, Hurriyet Daily News).

Written by a helper that read neither geomap's source (its rules) nor any other set's cases.py,
and that never ran geomap on these texts. The events are invented; the places are real (checked
against GeoNames where possible) and the people quoted are invented.

Genres (letters in GENRES):
  a - UK and Ireland local and regional news: councils, courts, floods, transport, health
      boards, football; English counties, Scottish council areas, Welsh towns, Northern Irish
      and Irish counties, villages, rivers, national parks (8 articles).
  b - continental Western Europe: France, Germany, the Low Countries, Switzerland, Austria,
      Italy, Spain, Portugal (8 articles).
  c - the Nordics, Central and Eastern Europe, the Balkans, Greece and Turkey (8 articles).

Conventions:
  - Every place a careful reader would put on a map is listed, each occurrence, including
    ALL-CAPS datelines, bylines that name a place ("BBC News, Lincolnshire") and places used for
    their government ("Berlin urged", "officials in Dublin", "Holyrood", "Stormont").
  - Rivers, seas, lakes, islands, mountains, passes, valleys, national parks and macro-regions
    ("the Fens", "the Ardennes", "Thrace") are kind N (any kind); "*" for features spanning
    countries. Irish and Northern Irish counties are listed with their prefix ("Co Mayo",
    "County Fermanagh"); a bare county name ("across Fermanagh", "west Cork") is kind A.
  - Demonyms and adjectives ("Scottish", "Flemish", "South Tyrolean") are kind "?" with their
    country: not counted, but a result in another country is spurious.
  - Roads and motorways (M6, A9, A61), bridges, tunnels, stations, hospitals, courts, airports
    ("Valencia airport"), monuments (Alhambra), and organisations whose name contains a place
    (councils, police forces, "Frankfurt Stock Exchange", "Deutsche Bahn", "Meteo-France") are
    kind "?" with the country of the place they name: debatable, not counted.
  - Clubs (Aston Villa, Newport County, Real Madrid, Valencia CF, Paris Saint-Germain, Bayern
    Munich, FC Porto, Benfica, Trabzonspor), stadiums, newspapers and storms named like places
    (Storm Hollis, Storm Vera) are listed with country "-": any result there is spurious.
  - Namesakes carry a (lat, lon) hint (within 40 km) or the country decides them: Boston,
    Lincolnshire; Perth, Scotland; Newport (Wales, Co Mayo and Shropshire); Richmond, North
    Yorkshire; Frankfurt am Main / Frankfurt (Oder); Valencia city / region; Limburg (NL / BE);
    Luxembourg (country / city / Belgian province); Brienz (Graubuenden / Bern); Ungheni
    (Moldova / Romania); Georgia; Macedonia (Greek region) / North Macedonia.
"""

C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: UK and Ireland

add("a", """Boston flooding: Hundreds leave homes as River Witham tops its banks

By Sarah Whitlock, BBC News, Lincolnshire

Hundreds of people in Boston, Lincolnshire, spent the night in rest centres after the River Witham overtopped its banks following three days of heavy rain across the East Midlands.

The Environment Agency issued a severe flood warning for the town on Tuesday evening, the first since the tidal surge of December 2013 flooded about 800 homes and businesses there.

Residents of Skirbeck and Fishtoft were taken to the Princess Royal Sports Arena, while Lincolnshire Fire and Rescue sent crews from Grantham, Sleaford and Spalding to help with pumping.

Upstream, the Witham reached a record level in Lincoln, where water from the Brayford Pool spilled into nearby streets. The A17 was closed between Swineshead and Holbeach.

"We have never seen water move this quickly across the Fens," said councillor Martin Hale, of Boston Borough Council. "Families in Wyberton and Kirton have lost everything downstairs."

Further north, the River Steeping breached a bank at Wainfleet All Saints, the village that was flooded in 2019, and several villages around Horncastle and Louth were cut off after the River Bain and the River Lud rose overnight.

Across the county boundary in Norfolk, flood gates were closed at King's Lynn as a high tide in the Wash coincided with swollen rivers, and stretches of the A47 near Wisbech, in Cambridgeshire, were under water.

Lincolnshire Police asked drivers not to travel between Boston and Skegness unless absolutely necessary.

The Met Office said up to 40mm more rain could fall on Lincolnshire and Nottinghamshire by Friday, with the River Trent expected to peak at Gainsborough on Thursday afternoon.

Graham Otley, who has lived beside the river in Boston for 41 years, said the water had come "right up to the window sills" of his terraced house. "Even in 2013 it never got this far," he said.

A spokesperson for the Department for Environment, Food and Rural Affairs said money from the government's flood recovery scheme would be made available to Lincolnshire County Council and to households in the worst-affected areas.""", [
    ("Boston", "GB", T, (52.98, -0.03)),
    ("Boston Borough Council", "GB", Q),
    ("Lincolnshire", "GB", A),
    ("Lincolnshire Fire and Rescue", "GB", Q),
    ("Lincolnshire Police", "GB", Q),
    ("Lincolnshire County Council", "GB", Q),
    ("River Witham", "GB", N),
    ("Witham", "GB", N, (53.1, -0.25)),
    ("East Midlands", "GB", N),
    ("Skirbeck", "GB", T, (52.97, -0.01)),
    ("Fishtoft", "GB", T, (52.96, 0.03)),
    ("Grantham", "GB", T, (52.91, -0.64)),
    ("Sleaford", "GB", T, (53.00, -0.41)),
    ("Spalding", "GB", T, (52.79, -0.15)),
    ("Lincoln", "GB", T, (53.23, -0.54)),
    ("Brayford Pool", "GB", N, (53.23, -0.55)),
    ("A17", "GB", Q),
    ("Swineshead", "GB", T, (52.95, -0.16)),
    ("Holbeach", "GB", T, (52.80, 0.01)),
    ("Fens", "GB", N),
    ("Wyberton", "GB", T, (52.95, -0.05)),
    ("Kirton", "GB", T, (52.93, -0.06)),
    ("River Steeping", "GB", N),
    ("Wainfleet All Saints", "GB", T),
    ("Horncastle", "GB", T, (53.21, -0.12)),
    ("Louth", "GB", T, (53.37, 0.0)),
    ("River Bain", "GB", N),
    ("River Lud", "GB", N),
    ("Norfolk", "GB", A),
    ("King's Lynn", "GB", T),
    ("Wash", "GB", N),
    ("A47", "GB", Q),
    ("Wisbech", "GB", T),
    ("Cambridgeshire", "GB", A),
    ("Skegness", "GB", T),
    ("Nottinghamshire", "GB", A),
    ("River Trent", "GB", N),
    ("Gainsborough", "GB", T, (53.38, -0.77)),
])

add("a", """A9 dualling: Perth to Inverness upgrade 'will not be finished before 2035'

By Kirsty McIntosh, The Courier

Drivers on the A9 between Perth and Inverness face at least another decade of roadworks after ministers confirmed the last stretch of dualling will not be completed until 2035.

Transport Scotland told MSPs at Holyrood that construction of the section between the Pass of Birnam and Tay Crossing, which skirts Dunkeld and runs alongside the River Tay, would not start until 2030 because of the difficulty of protecting the river and the ancient woodland around Birnam.

The news was greeted with dismay in Perth and Kinross, where councillors have long argued that the single-carriageway stretches north of Ballinluig are among the most dangerous roads in Scotland.

"People in Pitlochry, Blair Atholl and Dalwhinnie were promised this road 14 years ago," said councillor Hannah Ritchie, who represents Highland Perthshire. "Every winter we see lorries jack-knifed on the Drumochter Pass and families stuck in their cars for hours."

Eleven people died on the A9 last year, according to Police Scotland, including three in a single crash near Killiecrankie in August.

Only two sections of the 80-mile project, between Kincraig and Dalraddy in Badenoch and between Luncarty and Birnam, have been completed since the programme was announced in 2011. Work on a third, from Tomatin to Moy south of Inverness, is under way and due to open next year.

Ewan Macrae, who chairs Highland Council's economy committee, said the timetable was "a kick in the teeth" for communities in Badenoch and Strathspey, including Newtonmore, Kingussie, Aviemore and Carrbridge, which rely on the road to bring visitors to the Cairngorms National Park.

The Scottish Government said it remained "fully committed" to the project and that the contract for the Tay Crossing to Ballinluig section, which includes a new bridge over the River Tummel, would be awarded next year.

Business leaders in Perth said the delay would damage the city's efforts to attract distribution firms, while St Johnstone supporters' groups complained that fans travelling from the north already face a journey of more than two hours to home games.

Perth and Kinross Council's leader, Douglas Baird, said the authority would write to the transport secretary in Edinburgh "asking for a firm date, not another promise".""", [
    ("A9", "GB", Q),
    ("Perth", "GB", T, (56.40, -3.43)),
    ("Inverness", "GB", T, (57.48, -4.22)),
    ("Transport Scotland", "GB", Q),
    ("Holyrood", "GB", N, (55.95, -3.17)),
    ("Pass of Birnam", "GB", N, (56.55, -3.57)),
    ("Tay Crossing", "GB", Q),
    ("Dunkeld", "GB", T, (56.57, -3.59)),
    ("River Tay", "GB", N),
    ("Birnam", "GB", T, (56.56, -3.58)),
    ("Perth and Kinross", "GB", A),
    ("Perth and Kinross Council", "GB", Q),
    ("Ballinluig", "GB", T, (56.65, -3.66)),
    ("Scotland", "GB", A),
    ("Pitlochry", "GB", T),
    ("Blair Atholl", "GB", T, (56.77, -3.85)),
    ("Dalwhinnie", "GB", T, (56.93, -4.24)),
    ("Highland Perthshire", "GB", N),
    ("Drumochter Pass", "GB", N, (56.85, -4.22)),
    ("Police Scotland", "GB", Q),
    ("Killiecrankie", "GB", T, (56.74, -3.78)),
    ("Kincraig", "GB", T, (57.13, -3.93)),
    ("Dalraddy", "GB", N, (57.15, -3.88)),
    ("Badenoch", "GB", N),
    ("Luncarty", "GB", T),
    ("Tomatin", "GB", T, (57.33, -3.99)),
    ("Moy", "GB", T, (57.38, -4.05)),
    ("Highland Council", "GB", Q),
    ("Badenoch and Strathspey", "GB", N),
    ("Newtonmore", "GB", T),
    ("Kingussie", "GB", T),
    ("Aviemore", "GB", T),
    ("Carrbridge", "GB", T, (57.28, -3.81)),
    ("Cairngorms National Park", "GB", N),
    ("Scottish", "GB", Q),
    ("River Tummel", "GB", N),
    ("St Johnstone", "-", N),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
])

add("a", """Newport man jailed after 120mph chase over the Severn Bridge

By Rhian Powell, South Wales Argus

A Newport man who led police on a 120mph chase along the M4 and across the Severn Bridge into England has been jailed for three years and four months.

Kyle Bevan, 27, of Caerleon Road, admitted dangerous driving, driving while disqualified and possession of cannabis when he appeared at Cardiff Crown Court on Friday.

The court heard that Bevan had driven from Cardiff to Newport earlier that night after drinking with friends in Splott. Gwent Police officers tried to stop his black Audi in Malpas shortly after midnight on March 14, but he sped off towards the Coldra roundabout and joined the M4 eastbound.

He reached 120mph as he passed Magor and Undy before leaving the motorway at junction 23 and taking the M48 towards Chepstow, in Monmouthshire.

Prosecutor Catrin Lewis said Bevan then crossed the River Wye and the Severn Bridge into South Gloucestershire, where Avon and Somerset Police officers laid a stinger near Aust. The car came to a halt on the A38 at Almondsbury, north of Bristol, and Bevan was arrested after a short foot chase.

He was held overnight at the custody suite in Keynsham, near Bath, before being handed over to Gwent Police and taken to Ystrad Mynach.

The pursuit, which lasted 23 minutes, crossed two police force areas and the border between Wales and England.

Defending, Owen Pritchard said his client, who grew up in Ringland and now lives in Caerleon, had "panicked" because he was due to start a new job at a warehouse in Cwmbran the following week.

Judge Jeremy Hale told Bevan it was "pure luck" that nobody had been killed. "You drove at grotesque speeds on one of the busiest roads in south Wales, in the middle of the night, with no regard for anyone," he said.

Bevan, who was also banned from driving for five years, had previous convictions for motoring offences in Newport, Torfaen and Caerphilly.

Speaking after the hearing, Inspector Sian Morgan of Gwent Police said: "This should serve as a warning to anyone who thinks they can outrun officers on the M4."

In an unrelated case at Newport Crown Court, a Newport County season ticket holder was given a three-year football banning order after throwing a flare onto the pitch at Rodney Parade during February's match against Bristol Rovers.""", [
    ("Newport", "GB", T, (51.59, -3.00)),
    ("Newport Crown Court", "GB", Q),
    ("Newport County", "-", N),
    ("Rodney Parade", "-", N),
    ("Bristol Rovers", "-", N),
    ("South Wales Argus", "-", N),
    ("Severn Bridge", "GB", Q),
    ("M4", "GB", Q),
    ("M48", "GB", Q),
    ("A38", "GB", Q),
    ("England", "GB", A),
    ("Caerleon Road", "GB", Q),
    ("Cardiff Crown Court", "GB", Q),
    ("Cardiff", "GB", T, (51.48, -3.18)),
    ("Splott", "GB", T, (51.48, -3.16)),
    ("Gwent Police", "GB", Q),
    ("Malpas", "GB", T, (51.61, -3.00)),
    ("Coldra", "GB", Q),
    ("Magor", "GB", T, (51.58, -2.83)),
    ("Undy", "GB", T, (51.58, -2.81)),
    ("Chepstow", "GB", T),
    ("Monmouthshire", "GB", A),
    ("River Wye", "GB", N),
    ("South Gloucestershire", "GB", A),
    ("Avon and Somerset Police", "GB", Q),
    ("Aust", "GB", T, (51.60, -2.62)),
    ("Almondsbury", "GB", T, (51.55, -2.57)),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Keynsham", "GB", T, (51.41, -2.50)),
    ("Bath", "GB", T, (51.38, -2.36)),
    ("Ystrad Mynach", "GB", T, (51.64, -3.24)),
    ("Wales", "GB", A),
    ("Ringland", "GB", T, (51.59, -2.94)),
    ("Caerleon", "GB", T, (51.61, -2.95)),
    ("Cwmbran", "GB", T),
    ("Torfaen", "GB", A),
    ("Caerphilly", "GB", N, (51.57, -3.22)),
])

add("a", """Emergency surgery to move from Enniskillen to Londonderry for at least a year

By Niall Doherty, BBC News NI

Emergency general surgery at the South West Acute Hospital (SWAH) in Enniskillen is to move to Altnagelvin Hospital in Londonderry for at least 12 months, the Western Health and Social Care Trust has confirmed.

The trust said a shortage of consultant surgeons meant it could no longer guarantee a safe 24-hour service at the County Fermanagh hospital.

From next month, patients who need emergency operations will be taken by ambulance to Derry, a journey of about 60 miles, or to Craigavon Area Hospital in County Armagh, which is run by the neighbouring Southern Trust.

The decision has caused anger across Fermanagh and in parts of south Tyrone, where campaigners say the roads cannot cope.

"If you live in Belleek or Garrison, you are looking at an hour and a half to Altnagelvin on a good day," said Donal McCaffrey of the Save Our Acute Services group. "On a winter night on the A5 through Omagh and Strabane it is far longer."

SWAH also treats patients from across the border in County Cavan and County Leitrim under a cross-border arrangement agreed between the health departments in Belfast and Dublin. People in Blacklion, Ballyconnell and Manorhamilton have used the hospital since it opened in 2012.

"The border is a line on a map for people in west Cavan," said Cavan County Council cathaoirleach Pádraig Brady. "Enniskillen is their hospital, and it is being hollowed out."

The Western Trust's chief executive, Mairéad Quinn, said planned surgery, maternity care and the emergency department would remain in Enniskillen. She said the trust had advertised surgical posts in Britain, the Republic of Ireland and India without success.

Local MLAs said they would raise the issue at Stormont this week, while the Fermanagh and South Tyrone MP said she had written to the Department of Health.

A department spokesperson said it was working with the trust "to stabilise services in the west", and that a review of smaller acute hospitals across Northern Ireland, including the Causeway Hospital in Coleraine and Daisy Hill in Newry, would report in the spring.

Patients' groups in Lisnaskea and Irvinestown have organised a protest outside the hospital on Saturday.""", [
    ("Enniskillen", "GB", T, (54.35, -7.64)),
    ("Londonderry", "GB", T, (55.00, -7.31)),
    ("South West Acute Hospital", "GB", Q),
    ("Altnagelvin Hospital", "GB", Q),
    ("Altnagelvin", "GB", Q),
    ("County Fermanagh", "GB", A),
    ("Derry", "GB", T, (55.00, -7.31)),
    ("Craigavon Area Hospital", "GB", Q),
    ("County Armagh", "GB", A),
    ("Fermanagh", "GB", A),
    ("Tyrone", "GB", A),
    ("Belleek", "GB", T, (54.48, -8.09)),
    ("Garrison", "GB", T, (54.42, -8.08)),
    ("A5", "GB", Q),
    ("Omagh", "GB", T),
    ("Strabane", "GB", T),
    ("County Cavan", "IE", A),
    ("County Leitrim", "IE", A),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Blacklion", "IE", T, (54.29, -7.88)),
    ("Ballyconnell", "IE", T, (54.12, -7.58)),
    ("Manorhamilton", "IE", T, (54.31, -8.18)),
    ("Cavan", "IE", A),
    ("Cavan County Council", "IE", Q),
    ("Britain", "GB", N),
    ("Republic of Ireland", "IE", C),
    ("India", "IN", C),
    ("Stormont", "GB", N, (54.60, -5.83)),
    ("Fermanagh and South Tyrone", "GB", Q),
    ("Northern Ireland", "GB", A),
    ("Causeway Hospital", "GB", Q),
    ("Coleraine", "GB", T, (55.13, -6.67)),
    ("Daisy Hill", "GB", Q),
    ("Newry", "GB", T, (54.18, -6.34)),
    ("Lisnaskea", "GB", T),
    ("Irvinestown", "GB", T),
])

add("a", """Government approves next step to reopen Athenry-Claremorris rail line

Marie Kenny, Western Correspondent

The Government has approved the next stage of plans to reopen the railway between Athenry, Co Galway, and Claremorris, Co Mayo, a 58km line that lost its passenger services in 1976.

The Minister for Transport told the Dáil the project, estimated to cost about €400 million, would link Galway city with Tuam and Claremorris, where passengers could change for trains to Castlebar and Westport and for the branch line to Ballina.

Supporters say the line would complete a continuous rail corridor along the western seaboard from Limerick through Ennis and Galway to Mayo, and could in time be extended north to Collooney and Sligo.

"For the first time in 50 years, a student in Tuam will be able to get the train to college in Galway," said Bernie Walsh of the West on Track campaign, which has lobbied for the line since the 1990s. "This is about the whole of Connacht, not just Co Mayo."

Iarnród Éireann will now begin detailed design and the planning process, with a target of services running by 2032. The company said new stations would be built in Tuam and at Milltown, Co Galway, with a possible halt at Ballindine.

Mayo County Council cathaoirleach Declan Ruane said the council would push for a bus link from Claremorris to Ireland West Airport Knock, which handled almost 900,000 passengers last year, and for more frequent trains on the Dublin-Westport line through Ballyhaunis.

The decision was criticised by campaigners who want the disused track turned into a walking and cycling route like the Great Western Greenway, which runs from Westport through Newport and Mulranny to Achill Island along the shore of Clew Bay.

"For a fraction of the cost you could have a greenway that would bring tens of thousands of visitors to Tuam every year," said Pat Fahy, a greenway campaigner from Milltown.

Officials in Dublin had previously questioned the business case. A 2021 review commissioned by the Department of Transport found the line would carry too few passengers to justify the cost, a conclusion the Government has now set aside in favour of balanced regional development.""", [
    ("Athenry", "IE", T, (53.30, -8.74)),
    ("Claremorris", "IE", T, (53.72, -9.00)),
    ("Co Galway", "IE", A),
    ("Co Mayo", "IE", A),
    ("Galway", "IE", T, (53.27, -9.05)),
    ("Tuam", "IE", T, (53.52, -8.85)),
    ("Castlebar", "IE", T, (53.85, -9.30)),
    ("Westport", "IE", T, (53.80, -9.52)),
    ("Ballina", "IE", T, (54.12, -9.17)),
    ("Limerick", "IE", T, (52.66, -8.62)),
    ("Ennis", "IE", T, (52.84, -8.99)),
    ("Mayo", "IE", A),
    ("Collooney", "IE", T, (54.18, -8.49)),
    ("Sligo", "IE", T, (54.27, -8.47)),
    ("Connacht", "IE", A),
    ("Milltown", "IE", T, (53.61, -8.89)),
    ("Ballindine", "IE", T, (53.67, -8.96)),
    ("Mayo County Council", "IE", Q),
    ("Ireland West Airport Knock", "IE", Q),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Ballyhaunis", "IE", T, (53.77, -8.77)),
    ("Great Western Greenway", "IE", Q),
    ("Newport", "IE", T, (53.89, -9.55)),
    ("Mulranny", "IE", T, (53.90, -9.78)),
    ("Achill Island", "IE", N),
    ("Clew Bay", "IE", N),
])

add("a", """Swaledale flash floods: Bridge swept away as month's rain falls in two hours

By Helen Bramley, The Northern Echo

Homes were flooded and part of a bridge was swept away in Swaledale last night after a month's worth of rain fell in less than two hours on the hills above Richmond, North Yorkshire.

Residents of Reeth described a "wall of water" pouring down Arkengarthdale before the Arkle Beck burst its banks in the centre of the village. The road between Reeth and Grinton was closed after the bridge partly collapsed, and the B6270 was impassable at Gunnerside and Muker.

Further up the dale, farmers at Keld reported losing sheep, and rangers in the Yorkshire Dales National Park closed stretches of the Pennine Way.

Soldiers from Catterick Garrison were sent to help North Yorkshire Fire and Rescue Service crews from Richmond, Leyburn and Northallerton, who rescued 11 people from cars and homes.

"I've farmed in Swaledale for 60 years and I have never seen anything like it," said Bill Alderson, 78, of Low Row. "The beck came through the yard like a river."

The River Swale peaked in Richmond shortly after 9pm, flooding the riverside car park below the castle and closing the road at the Green Bridge.

North Yorkshire Council, which replaced Richmondshire District Council in 2023, opened rest centres in Richmond and Reeth.

In Wensleydale, hail stripped leaves from trees around Leyburn and the A684 was closed between Leyburn and Bedale.

The Environment Agency warned that the Swale could flood farmland at Catterick, Morton-on-Swale and Topcliffe overnight as the water moves downstream towards its confluence with the Ure near Boroughbridge.

The Met Office extended its amber thunderstorm warning to Teesdale and County Durham, including Barnard Castle, and to Darlington, where drivers reported standing water on the A1(M) near Scotch Corner.

Council leader Alan Pickering said the authority would ask the government in London for emergency funding to rebuild the bridge, which is the only direct link between the two villages.

"These are small communities, but they are the heart of the Dales, and they need help now," he said.""", [
    ("Swaledale", "GB", N),
    ("Richmond", "GB", T, (54.40, -1.73)),
    ("North Yorkshire", "GB", A),
    ("North Yorkshire Fire and Rescue Service", "GB", Q),
    ("North Yorkshire Council", "GB", Q),
    ("Richmondshire District Council", "GB", Q),
    ("Reeth", "GB", T, (54.39, -1.94)),
    ("Arkengarthdale", "GB", N),
    ("Arkle Beck", "GB", N),
    ("Grinton", "GB", T, (54.38, -1.93)),
    ("B6270", "GB", Q),
    ("Gunnerside", "GB", T, (54.38, -2.08)),
    ("Muker", "GB", T, (54.38, -2.14)),
    ("Keld", "GB", T, (54.41, -2.17)),
    ("Yorkshire Dales National Park", "GB", N),
    ("Pennine Way", "GB", Q),
    ("Catterick Garrison", "GB", T),
    ("Leyburn", "GB", T, (54.31, -1.83)),
    ("Northallerton", "GB", T),
    ("Low Row", "GB", T, (54.38, -2.02)),
    ("River Swale", "GB", N, (54.25, -1.5)),
    ("Swale", "GB", N, (54.25, -1.5)),
    ("Wensleydale", "GB", N),
    ("A684", "GB", Q),
    ("Green Bridge", "GB", Q),
    ("Bedale", "GB", T),
    ("Catterick", "GB", T, (54.38, -1.63)),
    ("Morton-on-Swale", "GB", T, (54.32, -1.50)),
    ("Topcliffe", "GB", T, (54.18, -1.39)),
    ("Ure", "GB", N),
    ("Boroughbridge", "GB", T, (54.09, -1.40)),
    ("Teesdale", "GB", N),
    ("County Durham", "GB", A),
    ("Barnard Castle", "GB", T),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("A1(M)", "GB", Q),
    ("Scotch Corner", "GB", T, (54.44, -1.67)),
    ("London", "GB", T, (51.51, -0.13)),
    ("Dales", "GB", N),
])

add("a", """M6 reopens after lorry fire near Stafford causes 12-mile queues

By Tom Lockett, Express & Star

The M6 has reopened near Stafford after being closed in both directions for nine hours when a lorry caught fire between junctions 14 and 15.

Staffordshire Fire and Rescue Service said crews from Stafford, Stone and Newcastle-under-Lyme were called to the northbound carriageway close to Stafford services at about 5.40am on Saturday. The driver escaped unhurt.

National Highways said the heat had damaged the road surface, and resurfacing continued into the afternoon. Queues stretched 12 miles back to junction 13 at Penkridge, and traffic diverted along the A34 through Stone brought the town centre to a standstill.

Drivers heading north from Birmingham and the West Midlands were advised to use the M6 Toll and the A5 past Cannock, while those heading south from Manchester and Crewe were taken off at junction 16 and sent along the A500 to Stoke-on-Trent.

Villagers in Eccleshall, Yarnfield and Swynnerton said lorries had been using narrow lanes to avoid the closure, and the A518 between Stafford and Newport, Shropshire, was also heavily congested.

"We had articulated lorries trying to turn round outside the church," said Jane Furnival, a parish councillor in Yarnfield. "Nobody in the village could get in or out."

Chris Pugh, a haulier from Telford, said one of his drivers had been stuck for six hours with a load bound for Glasgow. "That's a day's work gone for a bit of road that is always closed," he said.

Among those caught up were around 500 Aston Villa supporters travelling by coach to Liverpool for the lunchtime match against Everton, which kicked off 15 minutes late. Stoke City said some fans arriving from the south for their afternoon game had also been delayed.

Staffordshire Police said the cause of the fire was not thought to be suspicious.

The closure is the third on that stretch of the M6 this year. In February, a crash near Stone shut the southbound carriageway for seven hours, and in May emergency repairs to a bridge near Keele led to overnight closures.

Gareth Holloway, Staffordshire County Council's cabinet member for highways, said the motorway's problems were "spilling onto local roads across Staffordshire and the Potteries every time something goes wrong".""", [
    ("M6", "GB", Q),
    ("M6 Toll", "GB", Q),
    ("Stafford", "GB", T, (52.81, -2.12)),
    ("Stafford services", "GB", Q),
    ("Staffordshire Fire and Rescue Service", "GB", Q),
    ("Stone", "GB", T, (52.91, -2.15)),
    ("Newcastle-under-Lyme", "GB", T),
    ("Penkridge", "GB", T),
    ("A34", "GB", Q),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("West Midlands", "GB", N),
    ("A5", "GB", Q),
    ("Cannock", "GB", T),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Crewe", "GB", T, (53.10, -2.44)),
    ("A500", "GB", Q),
    ("Stoke-on-Trent", "GB", T),
    ("Eccleshall", "GB", T),
    ("Yarnfield", "GB", T, (52.89, -2.20)),
    ("Swynnerton", "GB", T, (52.92, -2.22)),
    ("A518", "GB", Q),
    ("Newport", "GB", T, (52.77, -2.38)),
    ("Shropshire", "GB", A),
    ("Telford", "GB", T, (52.68, -2.45)),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Aston Villa", "-", N),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Everton", "-", N),
    ("Stoke City", "-", N),
    ("Staffordshire Police", "GB", Q),
    ("Keele", "GB", T, (53.00, -2.29)),
    ("Staffordshire County Council", "GB", Q),
    ("Staffordshire", "GB", A),
    ("Potteries", "GB", N),
])

add("a", """Ring of Kerry roads closed and 38,000 without power after Storm Hollis

Sorcha Ní Mhurchú, South-West Correspondent

Several roads on the Ring of Kerry remain closed this morning after Storm Hollis brought gusts of more than 140km/h to the south-west coast overnight.

Met Éireann had issued a red wind warning for Co Kerry and Co Clare until 5am, the first for the region since Storm Éowyn in January 2025.

Kerry County Council said the N70 was blocked by fallen trees between Kenmare and Sneem and near Caherdaniel, and a section of the coast road at Waterville had been damaged by waves. The bridge at Portmagee was closed as a precaution, leaving more than 600 people on Valentia Island cut off until council engineers could inspect it in daylight.

In Cahersiveen, the roof of a community centre was partly torn off. Gardaí said no one had been injured.

ESB Networks said around 38,000 homes, farms and businesses were without electricity, most of them in Kerry and west Cork, with the worst outages around Killorglin, Glenbeigh and Castlegregory on the Dingle Peninsula. Some customers could be without power until the weekend.

In Killarney, the Muckross Road was closed and Killarney National Park shut to visitors after dozens of trees fell near Muckross House and Torc Waterfall. Kerry Mountain Rescue urged walkers to stay away from Carrauntoohil and the MacGillycuddy's Reeks for several days.

Fishing boats stayed in harbour in Dingle, where waves broke over the pier, and the Conor Pass was closed to traffic.

Tralee and Listowel escaped the worst of the winds, but flooding was reported on the N21 near Castleisland.

In west Cork, Bantry and Castletownbere were among the worst affected towns, with trees down across the N71 at Glengarriff.

The National Emergency Coordination Group met in Dublin this morning and said the Defence Forces were on standby to help clear roads. Tourism businesses in Kenmare and Killarney, which are still busy with autumn visitors, said they expected most roads to reopen by tomorrow.""", [
    ("Ring of Kerry", "IE", N),
    ("Storm Hollis", "-", N),
    ("Storm Éowyn", "-", N),
    ("Co Kerry", "IE", A),
    ("Co Clare", "IE", A),
    ("Kerry County Council", "IE", Q),
    ("Kerry Mountain Rescue", "IE", Q),
    ("Kerry", "IE", A),
    ("N70", "IE", Q),
    ("N21", "IE", Q),
    ("N71", "IE", Q),
    ("Kenmare", "IE", T, (51.88, -9.58)),
    ("Sneem", "IE", T, (51.84, -9.90)),
    ("Caherdaniel", "IE", T, (51.76, -10.09)),
    ("Waterville", "IE", T, (51.83, -10.17)),
    ("Portmagee", "IE", T, (51.89, -10.36)),
    ("Valentia Island", "IE", N),
    ("Cahersiveen", "IE", T),
    ("Cork", "IE", A),
    ("Killorglin", "IE", T),
    ("Glenbeigh", "IE", T, (52.06, -9.94)),
    ("Castlegregory", "IE", T, (52.26, -10.02)),
    ("Dingle Peninsula", "IE", N),
    ("Killarney", "IE", T, (52.06, -9.51)),
    ("Muckross Road", "IE", Q),
    ("Killarney National Park", "IE", N),
    ("Muckross House", "IE", Q),
    ("Torc Waterfall", "IE", N),
    ("Carrauntoohil", "IE", N),
    ("MacGillycuddy's Reeks", "IE", N),
    ("Dingle", "IE", T, (52.14, -10.27)),
    ("Conor Pass", "IE", N),
    ("Tralee", "IE", T),
    ("Listowel", "IE", T, (52.45, -9.48)),
    ("Castleisland", "IE", T, (52.23, -9.46)),
    ("Bantry", "IE", T, (51.68, -9.45)),
    ("Castletownbere", "IE", T, (51.65, -9.91)),
    ("Glengarriff", "IE", T, (51.75, -9.55)),
    ("Dublin", "IE", T, (53.35, -6.26)),
])

# ---------------------------------------------------------------- genre b: continental Western Europe

add("b", """Wildfire in southern France forces thousands to flee as winds fan flames

NARBONNE, France (AP) — A fast-moving wildfire tore through vineyards and scrubland in southern France's Aude department on Wednesday, forcing thousands of people from their homes and closing a stretch of highway between Narbonne and Carcassonne, authorities said.

More than 1,500 firefighters backed by a dozen water-bombing aircraft were battling the blaze in the Corbières hills west of Narbonne, which had burned about 11,000 hectares (27,000 acres) by nightfall, according to the Aude prefecture.

The fire broke out shortly after 2 p.m. near Lézignan-Corbières and was pushed south-east by the tramontane, a dry north-westerly wind that gusted up to 70 kph (43 mph). Within hours it had crossed the Orbieu river and reached the outskirts of Fabrezan and Ferrals-les-Corbières.

Residents of Lagrasse, a medieval village that draws thousands of summer visitors, were told to shelter in place, while campsites near Durban-Corbières and Tuchan were evacuated.

"We saw the smoke from the terrace, and 20 minutes later the gendarmes were knocking on the door," said Hélène Castanier, a 64-year-old winegrower from Fabrezan who spent the night in a sports hall in Lézignan-Corbières. "The vines are all we have."

One firefighter was seriously injured and taken to hospital in Carcassonne, and about 20 residents were treated for smoke inhalation.

The interior minister flew in from Paris and said reinforcements were being sent from across the country, including from the neighboring Hérault and Pyrénées-Orientales departments. Canadair planes from the national base at Nîmes were joined by two aircraft from Spain under a European Union assistance mechanism.

The A61 highway between Narbonne and Carcassonne was shut in both directions, and smoke slowed traffic on the A9 toward Perpignan and the Spanish border.

Météo-France placed Aude, Hérault and Pyrénées-Orientales on red alert for fire risk after the driest winter and spring on record in the Occitanie region. Parts of the Mediterranean coast around Béziers and Montpellier were also on high alert.

Organizers of a preseason friendly between Montpellier and Paris Saint-Germain, due to be played in Béziers on Saturday, said it would go ahead without spectators.

France's worst wildfire season in recent years was 2022, when more than 60,000 hectares burned, much of it in the Gironde forests south of Bordeaux.""", [
    ("NARBONNE", "FR", T, (43.18, 3.00)),
    ("France", "FR", C),
    ("Aude", "FR", A),
    ("Narbonne", "FR", T, (43.18, 3.00)),
    ("Carcassonne", "FR", T, (43.22, 2.35)),
    ("Corbières", "FR", N, (43.0, 2.7)),
    ("Lézignan-Corbières", "FR", T, (43.20, 2.76)),
    ("Orbieu", "FR", N),
    ("Fabrezan", "FR", T, (43.14, 2.70)),
    ("Ferrals-les-Corbières", "FR", T, (43.15, 2.73)),
    ("Lagrasse", "FR", T, (43.09, 2.62)),
    ("Durban-Corbières", "FR", T, (43.00, 2.82)),
    ("Tuchan", "FR", T, (42.89, 2.72)),
    ("Paris", "FR", T, (48.85, 2.35)),
    ("Hérault", "FR", A),
    ("Pyrénées-Orientales", "FR", A),
    ("Nîmes", "FR", T, (43.84, 4.36)),
    ("Spain", "ES", C),
    ("European Union", "*", Q),
    ("A61", "FR", Q),
    ("A9", "FR", Q),
    ("Perpignan", "FR", T),
    ("Spanish", "ES", Q),
    ("Météo-France", "FR", Q),
    ("Occitanie", "FR", A),
    ("Mediterranean", "*", N),
    ("Béziers", "FR", T, (43.34, 3.21)),
    ("Montpellier#1", "FR", T, (43.61, 3.88)),
    ("Montpellier#2", "-", N),
    ("Paris Saint-Germain", "-", N),
    ("Gironde", "FR", A),
    ("Bordeaux", "FR", T, (44.84, -0.58)),
])

add("b", """Germany: Rail strike halts trains from Frankfurt to the Polish border

DW with dpa, Reuters

Millions of rail passengers across Germany faced cancellations on Thursday as members of the EVG union began a 48-hour strike at Deutsche Bahn (DB), the second walkout in a month.

The state-owned operator said around 80% of long-distance services had been cancelled, with the worst disruption at the major hubs of Frankfurt am Main, Hamburg, Cologne and Munich. Regional and commuter trains in Bavaria, Hesse and North Rhine-Westphalia were also badly hit.

At Frankfurt's main station, one of the busiest in Europe, departure boards were filled with cancellations by 6 a.m. local time (0500 UTC).

In the east, the strike halted the Berlin-Warsaw Express at the Polish border. Passengers traveling from Warsaw and Poznan were told to leave the train at Rzepin, in Poland, and take replacement buses across the Oder to Frankfurt an der Oder, around 80 kilometers (50 miles) east of Berlin.

"We have thousands of people in Frankfurt (Oder) and Slubice who commute to Berlin every day, and today they simply cannot get there," said Katrin Lehmann, a spokeswoman for the city. Regional services to Cottbus and Eisenhüttenstadt in the state of Brandenburg were replaced by buses.

Freight was also affected. DB Cargo said container trains from the port of Hamburg, including those carrying goods for shipping lines such as Hamburg Süd, were being held at the Maschen marshalling yard south of the city.

In Leipzig and Dresden, S-Bahn services ran every hour instead of every 10 minutes, and business groups in Saxony and Thuringia warned that factories could run short of parts if the dispute dragged on.

Fans of Bayern Munich traveling to Friday evening's Bundesliga game against RB Leipzig were advised to go by car or coach.

Shares in logistics firms slipped on the Frankfurt Stock Exchange.

The EVG is demanding a 12% pay rise over two years. DB has offered 6% and a one-off inflation bonus, and accused the union of "holding the country hostage."

Berlin urged both sides to return to the negotiating table. "A strike of this length hurts commuters, businesses and the climate," a Transport Ministry spokesperson said, adding that the government would not intervene directly in the talks.""", [
    ("Germany", "DE", C),
    ("Frankfurt#1,3", "DE", T, (50.12, 8.68)),
    ("Frankfurt am Main", "DE", T, (50.12, 8.68)),
    ("Frankfurt an der Oder", "DE", T, (52.35, 14.55)),
    ("Frankfurt (Oder)", "DE", T, (52.35, 14.55)),
    ("Frankfurt Stock Exchange", "DE", Q),
    ("Polish", "PL", Q),
    ("Deutsche Bahn", "DE", Q),
    ("Hamburg", "DE", T, (53.55, 10.0)),
    ("Hamburg Süd", "-", N),
    ("Cologne", "DE", T, (50.94, 6.96)),
    ("Munich", "DE", T, (48.14, 11.58)),
    ("Bayern Munich", "-", N),
    ("Bavaria", "DE", A),
    ("Hesse", "DE", A),
    ("North Rhine-Westphalia", "DE", A),
    ("Europe", "*", N),
    ("Berlin-Warsaw Express", "DE|PL", Q),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("Poznan", "PL", T, (52.41, 16.93)),
    ("Rzepin", "PL", T, (52.35, 14.83)),
    ("Poland", "PL", C),
    ("Oder", "*", N),
    ("Berlin", "DE", T, (52.52, 13.40)),
    ("Slubice", "PL", T, (52.35, 14.56)),
    ("Cottbus", "DE", T),
    ("Eisenhüttenstadt", "DE", T),
    ("Brandenburg", "DE", A),
    ("Maschen", "DE", T, (53.40, 10.06)),
    ("Leipzig", "DE", T, (51.34, 12.37)),
    ("RB Leipzig", "-", N),
    ("Dresden", "DE", T, (51.05, 13.74)),
    ("Saxony", "DE", A),
    ("Thuringia", "DE", A),
])

add("b", """Meuse floods: Liège and Limburg brace as river nears 2021 levels

LIÈGE, Belgium (Euronews) — Emergency services in Belgium and the Netherlands were on high alert on Monday as the Meuse kept rising after four days of torrential rain over the Ardennes, and authorities in Liège province ordered the evacuation of low-lying streets in several towns.

The Vesdre, which devastated Verviers, Pepinster and Chaudfontaine in July 2021, burst its banks again overnight, and the Ourthe flooded parts of Durbuy and Esneux.

In the province of Luxembourg, Belgium's largest and most rural, the crisis centre in Arlon said roads around Bastogne and La Roche-en-Ardenne had been cut. Across the border, the government of Luxembourg activated its national flood plan as the Sauer rose at Diekirch and Echternach, and schools in Luxembourg City closed early.

Upstream, the Meuse reached its highest level since 2021 at Dinant and Namur. It was expected to peak in Liège on Tuesday morning before flowing past Visé into the Netherlands at Eijsden.

"We learned painful lessons three years ago, and this time the warnings went out in time," said Sophie Delcourt, Wallonia's minister for crisis management.

Downstream, in the Dutch province of Limburg, the water board said it expected the Maas, as the river is known in Dutch, to peak at Maastricht on Tuesday afternoon and at Roermond and Venlo on Wednesday. Sandbags were handed out in Valkenburg, where the Geul caused severe damage in 2021.

In Belgian Limburg, Flemish authorities closed riverside roads in Maaseik and Dilsen-Stokkem.

Civil protection teams from Flemish Brabant and Walloon Brabant were sent to Liège overnight, and the Dutch province of North Brabant said it was preparing for high water on the lower Maas later in the week.

The federal government in Brussels said it was in constant contact with The Hague and Luxembourg and had asked for extra pumps through the EU's civil protection mechanism.

The July 2021 floods killed 39 people in Wallonia and more than 180 in Germany, most of them in the Ahr valley.""", [
    ("LIÈGE", "BE", T, (50.63, 5.57)),
    ("Liège#1", "BE", N),
    ("Liège#2", "BE", A),
    ("Liège#3,4", "BE", T, (50.63, 5.57)),
    ("Limburg#1", "NL|BE", A),
    ("Limburg#2", "NL", A),
    ("Limburg#3", "BE", A),
    ("Belgium", "BE", C),
    ("Netherlands", "NL", C),
    ("Meuse", "*", N),
    ("Ardennes", "*", N),
    ("Vesdre", "BE", N),
    ("Verviers", "BE", T),
    ("Pepinster", "BE", T),
    ("Chaudfontaine", "BE", T),
    ("Ourthe", "BE", N),
    ("Durbuy", "BE", T),
    ("Esneux", "BE", T),
    ("Luxembourg#1", "BE", A),
    ("Luxembourg#2,4", "LU", C),
    ("Luxembourg City", "LU", T),
    ("Arlon", "BE", T, (49.68, 5.82)),
    ("Bastogne", "BE", T),
    ("La Roche-en-Ardenne", "BE", T),
    ("Sauer", "*", N, (49.8, 6.35)),
    ("Diekirch", "LU", T),
    ("Echternach", "LU", T),
    ("Dinant", "BE", T),
    ("Namur", "BE", T, (50.47, 4.87)),
    ("Visé", "BE", T),
    ("Eijsden", "NL", T, (50.78, 5.71)),
    ("Wallonia", "BE", A),
    ("Dutch", "NL", Q),
    ("Maas", "*", N),
    ("Maastricht", "NL", T),
    ("Roermond", "NL", T),
    ("Venlo", "NL", T),
    ("Valkenburg", "NL", T, (50.86, 5.83)),
    ("Geul", "NL|BE", N),
    ("Belgian", "BE", Q),
    ("Flemish", "BE", Q),
    ("Maaseik", "BE", T),
    ("Dilsen-Stokkem", "BE", T, (51.03, 5.72)),
    ("Flemish Brabant", "BE", A),
    ("Walloon Brabant", "BE", A),
    ("North Brabant", "NL", A),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("The Hague", "NL", T, (52.08, 4.30)),
    ("EU", "*", Q),
    ("Germany", "DE", C),
    ("Ahr", "DE", N),
])

add("b", """Flash floods return to Valencia a year after deadly DANA

VALENCIA, Spain (Reuters) - Torrential rain flooded streets in Valencia and forced schools to close across much of the Valencia region on Tuesday, less than a year after floods killed more than 220 people in the area.

Spain's state weather agency AEMET issued its highest red alert for the coast between Valencia and Castellon, warning that up to 180 litres per square metre could fall in 12 hours as a cold pool of air stalled over the Mediterranean.

In Paiporta, Catarroja and Sedavi, the towns worst hit in October 2024, residents moved cars to higher ground as the Poyo ravine began to fill. "Every time it rains like this, nobody here sleeps," said Amparo Ferrer, 58, whose ground-floor flat in Paiporta was destroyed last year.

The regional government suspended classes in more than 80 municipalities and told residents of Torrent, Picanya, Alfafar and Massanassa to avoid all travel. Emergency services rescued 14 people from cars on flooded roads near Chiva and Cheste.

Further south, the Jucar river was rising at Alzira and Algemesi, and firefighters evacuated a care home in Sueca.

High-speed trains between Valencia and Madrid were suspended after water covered the track near Utiel and Requena, and several flights bound for Valencia airport were diverted to Alicante.

The central government in Madrid sent 600 soldiers from the Military Emergencies Unit (UME) to the region, a contrast with last year, when the Socialist-led administration and the conservative Valencian regional government traded blame over delays in the response.

The Albufera lagoon south of the city rose sharply, and the Turia gardens, a park built in the old riverbed through the centre of Valencia, were closed.

In neighboring Castilla-La Mancha, emergency services in Albacete province evacuated houses in Letur, where six people died in the 2024 floods.

La Liga said Wednesday's match between Valencia CF and Real Madrid at the Mestalla had been postponed.

"We are much better prepared than a year ago, but the ground is saturated and the ravines fill in minutes," a spokesman for the regional emergency agency said.""", [
    ("VALENCIA", "ES", T, (39.47, -0.38)),
    ("Valencia#1", "ES", N, "Valencia"),
    ("Valencia#2,4,5,7", "ES", T, (39.47, -0.38)),
    ("Valencia#3", "ES", A, "Valencia"),
    ("Valencia airport", "ES", Q),
    ("Valencia CF", "-", N),
    ("Real Madrid", "-", N),
    ("Mestalla", "-", N),
    ("Spain", "ES", C),
    ("Castellon", "ES", T, (39.99, -0.05)),
    ("Mediterranean", "*", N),
    ("Paiporta", "ES", T, (39.43, -0.42)),
    ("Catarroja", "ES", T, (39.40, -0.40)),
    ("Sedavi", "ES", T, (39.43, -0.38)),
    ("Poyo", "ES", N),
    ("Torrent", "ES", T, (39.44, -0.47)),
    ("Picanya", "ES", T, (39.43, -0.44)),
    ("Alfafar", "ES", T, (39.42, -0.38)),
    ("Massanassa", "ES", T, (39.41, -0.40)),
    ("Chiva", "ES", T, (39.47, -0.72)),
    ("Cheste", "ES", T, (39.49, -0.68)),
    ("Jucar", "ES", N),
    ("Alzira", "ES", T, (39.15, -0.44)),
    ("Algemesi", "ES", T, (39.19, -0.44)),
    ("Sueca", "ES", T, (39.20, -0.31)),
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Utiel", "ES", T),
    ("Requena", "ES", T, (39.49, -1.10)),
    ("Alicante", "ES", T, (38.35, -0.48)),
    ("Valencian", "ES", Q),
    ("Albufera", "ES", N),
    ("Turia", "ES", N),
    ("Castilla-La Mancha", "ES", A),
    ("Albacete", "ES", A),
    ("Letur", "ES", T),
])

add("b", """Cable theft halts high-speed trains between Madrid and Andalusia

By Rachel Moreno

Thousands of passengers were stranded for hours on Sunday night after thieves stole copper cable from the high-speed line linking Madrid with Seville, halting trains to Córdoba, Málaga and Granada.

Rail infrastructure manager Adif said the theft was discovered shortly after 7pm at several points along the track in Toledo province, near the towns of Los Yébenes and Mora, leaving signalling systems without power.

Around 30 trains were affected. Some were held at Madrid's Atocha station, while others stopped in open countryside near Ciudad Real and Puertollano, where passengers said they spent up to five hours without air conditioning or information.

"We were sitting in the dark somewhere in Castilla-La Mancha with children crying and no water," said Lucía Navarro, who was travelling from Madrid to Granada with her two daughters. "Nobody from Renfe told us anything."

Services resumed at about 2am. Renfe laid on coaches from Córdoba to Seville and Málaga for passengers who missed connections and said all travellers would receive a full refund.

The Transport Ministry called the theft "an act of sabotage" and the Guardia Civil has opened an investigation. It is the fourth time this year that cable theft has disrupted the line, Spain's busiest high-speed route.

The president of the Andalusian regional government, speaking in Seville, called the repeated breakdowns "a national embarrassment" and said the section through the Sierra Morena between Puertollano and Córdoba needed urgent investment.

Trains to Cádiz and Huelva, which branch off the main line at Seville, were also delayed, as was the service to Algeciras, which runs via Antequera and Ronda.

In Granada, hoteliers said dozens of guests had missed pre-booked visits to the Alhambra on Monday morning, while tour operators in Córdoba reported cancellations at the Mezquita.

Politicians in Almería, which still has no high-speed rail link, said the breakdown showed how vulnerable the whole of Andalusia was to a single line. "If one cable in Toledo can cut off the Guadalquivir valley, what chance do we have at the end of the line?" said a local business leader.""", [
    ("Madrid", "ES", T, (40.42, -3.70)),
    ("Andalusia", "ES", A),
    ("Andalusian", "ES", Q),
    ("Seville", "ES", T, (37.38, -5.97)),
    ("Córdoba", "ES", T, (37.89, -4.77)),
    ("Málaga", "ES", T, (36.72, -4.42)),
    ("Granada", "ES", T, (37.19, -3.61)),
    ("Toledo#1", "ES", A, (39.8, -4.2)),
    ("Toledo#2", "ES", N, (39.8, -4.2)),
    ("Los Yébenes", "ES", T, (39.58, -3.87)),
    ("Mora", "ES", T, (39.68, -3.77)),
    ("Atocha", "ES", Q),
    ("Ciudad Real", "ES", T, (38.99, -3.93)),
    ("Puertollano", "ES", T),
    ("Castilla-La Mancha", "ES", A),
    ("Spain", "ES", C),
    ("Sierra Morena", "ES", N),
    ("Cádiz", "ES", T, (36.53, -6.29)),
    ("Huelva", "ES", T, (37.27, -6.94)),
    ("Algeciras", "ES", T, (36.13, -5.45)),
    ("Antequera", "ES", T, (37.02, -4.56)),
    ("Ronda", "ES", T, (36.74, -5.17)),
    ("Alhambra", "ES", Q),
    ("Mezquita", "ES", Q),
    ("Almería", "ES", T, (36.84, -2.46)),
    ("Guadalquivir", "ES", N),
])

add("b", """Lorry queues stretch 70km as Brenner dispute between Rome and Vienna deepens

(ANSA) - BOLZANO, OCTOBER 7 - Lorry queues stretched for more than 70 kilometres on the A22 motorway in South Tyrol on Tuesday, from the Brenner Pass back beyond Vipiteno and Bressanone, as Austrian restrictions on heavy goods traffic in Tyrol reignited a long-running dispute between Italy and Austria.

Hauliers said some drivers had waited more than 12 hours. The South Tyrolean provincial government in Bolzano opened emergency parking areas near Vipiteno and sent volunteers with water and food.

The tailbacks built up after Austria combined a weekend lorry ban with continued single-lane traffic on the Lueg bridge near Gries am Brenner, which is being rebuilt, and with its "block dispatching" system at Kufstein on the German border, which limits the number of trucks entering Tyrol from Bavaria.

"The Brenner is the main artery between Italy and northern Europe, and Tyrol is treating it like a private road," Italy's transport minister said in Rome. Italy has taken Austria to the European Court of Justice in Luxembourg, arguing that the measures breach EU rules on the free movement of goods.

Vienna rejected the criticism. The governor of Tyrol, speaking in Innsbruck, said the Inn valley could not absorb "more than 2.5 million trucks a year" and that the restrictions would stay until the Brenner Base Tunnel opens, now expected in 2032.

Business groups in Trentino-Alto Adige, Veneto and Lombardy said the queues were costing exporters millions of euros a day. Fruit growers in the Adige valley said apples bound for Germany had been delayed by up to two days.

In Verona, the Quadrante Europa freight terminal reported record numbers of trailers waiting to be loaded onto trains, while the mayor of Trento urged Rome and Vienna to agree on a digital booking system for lorries crossing the Alps.

On the Austrian side, traffic was also heavy near Matrei am Brenner and on the approach to Innsbruck, and German police in Rosenheim reported queues on the A93 towards the border.

(ANSA).""", [
    ("Brenner", "AT|IT", N, (47.0, 11.5)),
    ("Brenner Pass", "*", N),
    ("Brenner Base Tunnel", "AT|IT", Q),
    ("Gries am Brenner", "AT", T, (47.04, 11.48)),
    ("Matrei am Brenner", "AT", T, (47.13, 11.45)),
    ("Rome", "IT", T, (41.89, 12.48)),
    ("Vienna", "AT", T, (48.21, 16.37)),
    ("BOLZANO", "IT", T, (46.49, 11.34)),
    ("Bolzano", "IT", T, (46.49, 11.34)),
    ("A22", "IT", Q),
    ("A93", "DE", Q),
    ("South Tyrol", "IT", A),
    ("South Tyrolean", "IT", Q),
    ("Vipiteno", "IT", T),
    ("Bressanone", "IT", T),
    ("Austrian", "AT", Q),
    ("Tyrol", "AT", A),
    ("Italy", "IT", C),
    ("Austria", "AT", C),
    ("Lueg bridge", "AT", Q),
    ("Kufstein", "AT", T),
    ("German", "DE", Q),
    ("Bavaria", "DE", A),
    ("Europe", "*", N),
    ("European Court of Justice", "*", Q),
    ("Luxembourg", "LU", T, (49.61, 6.13)),
    ("EU", "*", Q),
    ("Innsbruck", "AT", T),
    ("Inn", "*", N),
    ("Trentino-Alto Adige", "IT", A),
    ("Veneto", "IT", A),
    ("Lombardy", "IT", A),
    ("Adige", "IT", N),
    ("Germany", "DE", C),
    ("Verona", "IT", T, (45.44, 10.99)),
    ("Quadrante Europa", "IT", Q),
    ("Trento", "IT", T, (46.07, 11.12)),
    ("Alps", "*", N),
    ("Rosenheim", "DE", T, (47.86, 12.12)),
])

add("b", """Brienz/Brinzauls evacuated for third time as mountain above village speeds up

By Andrea Keller, swissinfo.ch

Residents of the Graubünden village of Brienz/Brinzauls have been ordered to leave their homes for the third time in three years after geologists recorded a sharp acceleration of the unstable slope above it.

The 80 or so inhabitants must leave by Sunday evening, the municipality of Albula/Alvra said on Thursday. Parts of the mountainside are now moving by more than a metre a day, and a large rockslide or a slow "mud-rock flow" could reach the houses within weeks.

Brienz/Brinzauls sits above the Albula valley near Tiefencastel, on the road between Lenzerheide and Davos. Its residents were first evacuated in May 2023, weeks before a huge rockslide stopped just short of the houses, and again in November 2024. A drainage tunnel bored beneath the slope was meant to slow the movement.

"People are exhausted. Many have lived here all their lives, and they don't know whether they will ever come back," said municipal president Reto Caduff. Rhaetian Railway trains between Thusis and St Moritz will keep running because the line lies below the danger zone.

The village is not to be confused with Brienz on Lake Brienz in canton Bern, a tourist resort near Interlaken.

The cantonal government in Chur said it would pay for temporary housing, and the federal government in Bern said the Federal Office for the Environment was ready to help.

The evacuation comes less than a year after a glacier collapse buried most of the village of Blatten in the Lötschental, in canton Valais. Residents of nearby Wiler and Kippel were also evacuated for several days, and the debris dammed the Lonza, a tributary of the Rhône. The cantonal authorities in Sion have promised to rebuild Blatten by 2029.

Scientists say thawing permafrost and heavier rainfall, both linked to climate change, are making the Alps less stable. In 2023 part of Schwanden in canton Glarus was buried by a landslide, and Kandersteg, in the Bernese Oberland, has been monitoring an unstable rock mass known as the Spitze Stei for several years.

"Switzerland will have to decide which mountain villages it can protect and which it cannot," said a glaciologist at ETH Zurich. "That is a very uncomfortable conversation for a country like ours.\"""", [
    ("Brienz/Brinzauls", "CH", T, (46.67, 9.60)),
    ("Graubünden", "CH", A),
    ("Albula/Alvra", "CH", N, (46.65, 9.60)),
    ("Albula", "CH", N, (46.65, 9.60)),
    ("Tiefencastel", "CH", T, (46.66, 9.58)),
    ("Lenzerheide", "CH", T, (46.72, 9.56)),
    ("Davos", "CH", T, (46.80, 9.84)),
    ("Rhaetian Railway", "CH", Q),
    ("Thusis", "CH", T, (46.70, 9.44)),
    ("St Moritz", "CH", T, (46.50, 9.84)),
    ("Brienz", "CH", T, (46.75, 8.04)),
    ("Lake Brienz", "CH", N),
    ("Bern#1", "CH", A),
    ("Bern#2", "CH", T, (46.95, 7.45)),
    ("Interlaken", "CH", T, (46.68, 7.87)),
    ("Chur", "CH", T, (46.85, 9.53)),
    ("Blatten", "CH", T, (46.42, 7.82)),
    ("Lötschental", "CH", N),
    ("Valais", "CH", A),
    ("Wiler", "CH", T, (46.40, 7.78)),
    ("Kippel", "CH", T, (46.40, 7.77)),
    ("Lonza", "CH", N),
    ("Rhône", "*", N),
    ("Sion", "CH", T, (46.23, 7.36)),
    ("Alps", "*", N),
    ("Schwanden", "CH", T, (47.00, 9.07)),
    ("Glarus", "CH", A),
    ("Kandersteg", "CH", T),
    ("Bernese Oberland", "CH", N),
    ("Spitze Stei", "CH", N),
    ("Switzerland", "CH", C),
    ("ETH Zurich", "CH", Q),
])

add("b", """Portugal wildfires: thousands of firefighters battle blazes in centre and north

Lisbon, Lusa

More than 3,000 firefighters were battling dozens of wildfires across central and northern Portugal on Tuesday, as temperatures above 40C and strong winds pushed flames towards villages in the districts of Castelo Branco, Coimbra and Viseu.

The largest fire broke out on Sunday near Sertã and spread into the neighbouring municipalities of Oleiros and Proença-a-Nova, burning an estimated 15,000 hectares of pine and eucalyptus forest, according to the National Authority for Emergency and Civil Protection (ANEPC).

The A23 motorway between Castelo Branco and Abrantes, on the Tagus, was closed for several hours, and residents of hamlets near the Zêzere river were taken to a school in Sertã.

The area is only a few kilometres from Pedrógão Grande, in Leiria district, where 66 people died in June 2017 in Portugal's deadliest wildfire.

"We live with this fear every summer," said Manuel Dias, 71, from a village near Oleiros. "Since 2017 nobody here sleeps when the wind blows from the east."

A second major blaze in the Serra da Estrela natural park threatened homes on the outskirts of Manteigas and Seia, while a third, in Arouca in the north of Aveiro district, spread into the Serra da Freita. In Viseu district, the A25 was cut near Mangualde.

Three firefighters were treated for burns at the university hospital in Coimbra. Smoke reached as far as Porto, where the authorities issued air-quality warnings.

The government in Lisbon declared a state of alert across mainland Portugal until Friday and requested help through the European Union's rescEU programme. Spain sent two water-bombing aircraft and Italy one.

Many of the firefighters had only just returned from Madeira, where a fire burned for almost two weeks in August.

Benfica and FC Porto both announced donations to the volunteer fire brigades of Sertã and Oleiros, and the Portuguese league said a minute's silence would be held before this weekend's matches.""", [
    ("Lisbon", "PT", T, (38.72, -9.14)),
    ("Portugal", "PT", C),
    ("Castelo Branco#1", "PT", A),
    ("Castelo Branco#2", "PT", T, (39.82, -7.49)),
    ("Coimbra#1", "PT", A),
    ("Coimbra#2", "PT", T, (40.21, -8.42)),
    ("Viseu", "PT", A),
    ("Sertã", "PT", T, (39.80, -8.10)),
    ("Oleiros", "PT", T, (39.92, -7.91)),
    ("Proença-a-Nova", "PT", T, (39.75, -7.92)),
    ("A23", "PT", Q),
    ("A25", "PT", Q),
    ("Abrantes", "PT", T, (39.47, -8.20)),
    ("Tagus", "*", N),
    ("Zêzere", "PT", N),
    ("Pedrógão Grande", "PT", T, (39.92, -8.15)),
    ("Leiria", "PT", A),
    ("Serra da Estrela", "PT", N),
    ("Manteigas", "PT", T, (40.40, -7.54)),
    ("Seia", "PT", T, (40.42, -7.70)),
    ("Arouca", "PT", T, (40.93, -8.24)),
    ("Aveiro", "PT", A),
    ("Serra da Freita", "PT", N),
    ("Mangualde", "PT", T, (40.60, -7.76)),
    ("Porto", "PT", T, (41.15, -8.61)),
    ("FC Porto", "-", N),
    ("Benfica", "-", N),
    ("European Union", "*", Q),
    ("Spain", "ES", C),
    ("Italy", "IT", C),
    ("Madeira", "PT", N),
    ("Portuguese", "PT", Q),
])

# ---------------------------------------------------------------- genre c: Nordics, Central and Eastern Europe, Balkans, Greece, Turkey

add("c", """Oder flood wave moves towards Wrocław as Kłodzko counts the cost

KŁODZKO, Poland (Reuters) - Residents of Kłodzko in south-western Poland began shovelling mud out of their homes on Tuesday, two days after the Nysa Kłodzka river tore through the town, as a flood wave on the Oder moved downstream towards Wrocław, a city of 670,000.

At least seven people have died in Poland since torrential rain began on Friday, most of them in the Lower Silesia and Opole provinces, the interior ministry in Warsaw said. Four more deaths were reported across the border in the Czech Republic.

The worst damage was in mountain towns such as Stronie Śląskie and Lądek-Zdrój, where a dam burst on Sunday, and in Głuchołazy, where a bridge over the Biała Głuchołaska collapsed. In Nysa, soldiers and volunteers worked through the night to shore up a breached embankment, and in Lewin Brzeski, near Opole, almost the whole town was under water.

"The water came so fast we could only take the dog and our documents," said Barbara Nowicka, 66, whose ground floor in Kłodzko was submerged to the ceiling.

Officials in Wrocław said the Oder was expected to peak in the city on Wednesday evening. They say it is better protected than during the 1997 "Flood of the Millennium", partly thanks to the Racibórz Dolny reservoir, a dry polder on the upper Oder completed in 2020.

Further downstream, towns including Brzeg, Oława and Głogów were building sandbag walls, and authorities in Lubusz province expected the crest to reach Nowa Sól and then Słubice, opposite Frankfurt an der Oder, late next week.

In the Czech Republic, Krnov and Opava in the Moravian-Silesian Region were badly flooded, as was Jeseník in the neighbouring Olomouc Region. The government in Prague declared a state of emergency in both regions.

German authorities in Brandenburg said they were preparing for the highest levels on the Oder since 1997, before the river reaches the Baltic Sea near Szczecin.""", [
    ("KŁODZKO", "PL", T, (50.43, 16.66)),
    ("Kłodzko", "PL", T, (50.43, 16.66)),
    ("Nysa Kłodzka", "PL", N),
    ("Poland", "PL", C),
    ("Oder", "*", N),
    ("Wrocław", "PL", T),
    ("Lower Silesia", "PL", A),
    ("Opole#1", "PL", A),
    ("Opole#2", "PL", T, (50.67, 17.93)),
    ("Lubusz", "PL", A),
    ("Warsaw", "PL", T, (52.23, 21.01)),
    ("Czech Republic", "CZ", C),
    ("Stronie Śląskie", "PL", T),
    ("Lądek-Zdrój", "PL", T),
    ("Głuchołazy", "PL", T),
    ("Biała Głuchołaska", "*", N),
    ("Nysa", "PL", T, (50.47, 17.33)),
    ("Lewin Brzeski", "PL", T),
    ("Racibórz Dolny", "PL", N, (50.10, 18.25)),
    ("Brzeg", "PL", T, (50.86, 17.47)),
    ("Oława", "PL", T),
    ("Głogów", "PL", T, (51.66, 16.08)),
    ("Nowa Sól", "PL", T, (51.80, 15.72)),
    ("Słubice", "PL", T, (52.35, 14.56)),
    ("Frankfurt an der Oder", "DE", T, (52.35, 14.55)),
    ("Krnov", "CZ", T),
    ("Opava", "CZ", T, (49.94, 17.90)),
    ("Moravian-Silesian Region", "CZ", A),
    ("Jeseník", "CZ", T),
    ("Olomouc Region", "CZ", A),
    ("Prague", "CZ", T, (50.09, 14.42)),
    ("German", "DE", Q),
    ("Brandenburg", "DE", A),
    ("Baltic Sea", "*", N),
    ("Szczecin", "PL", T),
])

add("c", """New Prut bridge links Ungheni to Ungheni as Moldova looks west

UNGHENI, Moldova - Romania and Moldova on Friday opened a new road bridge over the river Prut that links the Moldovan town of Ungheni with the village of Ungheni on the Romanian bank, in Iași County, a project both governments presented as a symbol of Moldova's path towards the European Union.

The two-lane bridge, about 20 kilometres east of the Romanian city of Iași, is expected to take pressure off the Sculeni and Albița-Leușeni crossings, where lorries regularly queue for hours. Until now the Moldovan town, a railway junction of 30,000 people, has been linked to Romania only by a rail bridge.

"For people in Ungheni, Iași is closer than Chișinău," Moldova's infrastructure minister said at the opening ceremony. "Today the border becomes a street."

Officials in Chișinău said the crossing would also shorten the route for Ukrainian grain lorries travelling from Odesa to the Romanian Black Sea port of Constanța.

Moldova's pro-European government, which has accused Moscow of trying to destabilise the country through the breakaway region of Transnistria on the east bank of the Dniester, has made closer road and energy links with Romania a priority.

Further west, queues have also eased at the Borș-Ártánd crossing between Romania and Hungary since Romania became a full member of the Schengen area in January 2025 and routine passport checks ended.

Hauliers say the journey from Oradea, the capital of Bihor County, to Debrecen in Hungary's Hajdú-Bihar county now takes less than an hour. Hungarian and Romanian ministers meeting in Debrecen last month agreed to widen the road between the two cities and to build a second motorway link further south.

The governments in Budapest and Bucharest are also discussing a high-speed rail line between the two capitals, though no funding has yet been agreed.

For Ungheni's mayor, the new bridge is more modest but no less important. "Our parents needed visas to cross this river," he said. "Our children will cycle across it to buy ice cream.\"""", [
    ("UNGHENI", "MD", T, (47.21, 27.80)),
    ("Ungheni#1,2", "MD|RO", T, (47.21, 27.80)),
    ("Ungheni#3,5,6", "MD", T, (47.21, 27.80)),
    ("Ungheni#4", "RO", T, (47.20, 27.78)),
    ("Prut", "*", N),
    ("Moldova", "MD", C),
    ("Moldovan", "MD", Q),
    ("Romania", "RO", C),
    ("Romanian", "RO", Q),
    ("Iași County", "RO", A),
    ("Iași", "RO", T, (47.17, 27.60)),
    ("European Union", "*", Q),
    ("European", "*", Q),
    ("Sculeni", "MD|RO", T, (47.33, 27.60)),
    ("Albița", "RO", T, (46.80, 28.14)),
    ("Leușeni", "MD", T, (46.81, 28.17)),
    ("Chișinău", "MD", T),
    ("Ukrainian", "UA", Q),
    ("Odesa", "UA", T, (46.48, 30.73)),
    ("Black Sea", "*", N),
    ("Constanța", "RO", T, (44.18, 28.63)),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Transnistria", "MD", A),
    ("Dniester", "*", N),
    ("Borș", "RO", T, (47.12, 21.82)),
    ("Ártánd", "HU", T, (47.12, 21.77)),
    ("Hungary", "HU", C),
    ("Schengen", "LU", Q),
    ("Oradea", "RO", T),
    ("Bihor County", "RO", A),
    ("Debrecen", "HU", T),
    ("Hajdú-Bihar", "HU", A),
    ("Hungarian", "HU", Q),
    ("Budapest", "HU", T, (47.50, 19.04)),
    ("Bucharest", "RO", T, (44.43, 26.11)),
])

add("c", """Drina bursts its banks as floods hit eastern Bosnia and western Serbia

By Aida Kovačević, Sarajevo

Emergency services in Bosnia and Herzegovina, Serbia and Montenegro evacuated hundreds of people on Monday after three days of torrential rain sent the Drina river over its banks along much of its length.

In Višegrad, in Republika Srpska, the river rose to within a metre of the arches of the 16th-century Mehmed Paša Sokolović Bridge, a UNESCO World Heritage site, and the town's lower streets were under water. Upstream, Foča and Goražde declared states of emergency after landslides cut the main road to Sarajevo.

The Drina is formed by the confluence of the Tara and the Piva at Šćepan Polje, on the border between Bosnia and Montenegro, and heavy rain in northern Montenegro around Pljevlja and Žabljak fed the flood wave.

On the Serbian side, the authorities in Bajina Bašta opened the spillways of the Perućac dam, and Ljubovija and Mali Zvornik were partly flooded. Further downstream, Zvornik and Loznica were preparing for the crest on Tuesday, while the Drina's confluence with the Sava near Bijeljina was being watched closely.

"It is like 2014 all over again," said Mirsad Hodžić, a shopkeeper in Goražde whose store was flooded for the second time in a decade. "We cleaned up, we rebuilt, and now the water is back."

The Republika Srpska government in Banja Luka sent civil protection teams and requested army helicopters, while Serbia's interior ministry deployed rescue units from Belgrade and Novi Sad.

In the Federation of Bosnia and Herzegovina, officials in Jablanica and Konjic, where landslides killed 19 people in October 2024, ordered residents of several villages along the Neretva to leave as a precaution. Roads between Mostar and the coast were open, but meteorologists warned that more rain was expected across Herzegovina on Wednesday.

Croatia offered two helicopters, and the EU's civil protection mechanism was activated at Sarajevo's request.""", [
    ("Drina", "*", N),
    ("Bosnia", "BA", C),
    ("Serbia", "RS", C),
    ("Serbian", "RS", Q),
    ("Sarajevo", "BA", T, (43.85, 18.36)),
    ("Bosnia and Herzegovina", "BA", C),
    ("Montenegro", "ME", C),
    ("Višegrad", "BA", T, (43.78, 19.29)),
    ("Republika Srpska", "BA", A),
    ("Mehmed Paša Sokolović Bridge", "BA", Q),
    ("Foča", "BA", T, (43.51, 18.78)),
    ("Goražde", "BA", T),
    ("Tara", "ME|BA", N, (43.2, 19.1)),
    ("Piva", "ME|BA", N),
    ("Šćepan Polje", "ME", T, (43.35, 18.84)),
    ("Pljevlja", "ME", T),
    ("Žabljak", "ME", T, (43.15, 19.12)),
    ("Bajina Bašta", "RS", T),
    ("Perućac", "RS", N, (43.96, 19.43)),
    ("Ljubovija", "RS", T, (44.19, 19.37)),
    ("Mali Zvornik", "RS", T),
    ("Zvornik", "BA", T, (44.39, 19.10)),
    ("Loznica", "RS", T, (44.53, 19.24)),
    ("Sava", "*", N),
    ("Bijeljina", "BA", T),
    ("Banja Luka", "BA", T),
    ("Belgrade", "RS", T, (44.80, 20.47)),
    ("Novi Sad", "RS", T),
    ("Federation of Bosnia and Herzegovina", "BA", A),
    ("Jablanica", "BA", T, (43.66, 17.76)),
    ("Konjic", "BA", T),
    ("Neretva", "*", N),
    ("Mostar", "BA", T),
    ("Herzegovina", "BA", N),
    ("Croatia", "HR", C),
    ("EU", "*", Q),
])

add("c", """Estonia to close Narva crossing at night as Russia slows border checks

ERR News

Estonia will close the Narva-Ivangorod border crossing between 11pm and 7am from next month, the Interior Ministry in Tallinn said on Wednesday, after Russian border guards began processing travellers so slowly that queues stretched across the bridge overnight.

The crossing, on the Narva river between the Estonian city of Narva and the Russian town of Ivangorod, has been open only to pedestrians since February 2024, when Russia closed its side to vehicles, citing reconstruction work.

"People have been standing on the bridge in the cold for hours with no toilets and no shelter," the head of the Police and Border Guard Board's eastern prefecture said. "We will not let the Kremlin use our border as a pressure tool."

About 95 percent of Narva's 53,000 residents speak Russian as their first language, and many have relatives in Ivangorod, Saint Petersburg and elsewhere in Russia. Local leaders in Ida-Viru County criticised the decision, saying pensioners who cross to collect Russian pensions or visit family would be hardest hit.

Estonia's two other crossings with Russia, at Koidula and Luhamaa in the south-east, will remain open around the clock, although queues of lorries heading for the Pskov region often exceed 24 hours.

Neighbouring Latvia routes traffic to Russia through Terehova and Grebņeva in the Latgale region, and the government in Riga has kept only one crossing with Belarus open, at Pāternieki near Daugavpils.

Lithuania, which borders both Belarus and the Russian exclave of Kaliningrad, closed its Lavoriškės and Raigardas checkpoints in 2024, leaving Medininkai and Šalčininkai as the only crossings with Belarus. Vilnius has said it could close them too if Minsk continues to push migrants towards the border.

Military planners in the Baltic states are most worried about the Suwałki Gap, the roughly 65-kilometre stretch of the Polish-Lithuanian border that separates Belarus from Kaliningrad.""", [
    ("Estonia", "EE", C),
    ("Estonian", "EE", Q),
    ("Narva#1,2,4,5", "EE", T, (59.38, 28.19)),
    ("Narva#3", "EE|RU", N),
    ("Ivangorod", "RU", T, (59.37, 28.22)),
    ("Russia", "RU", C),
    ("Russian", "RU", Q),
    ("Tallinn", "EE", T),
    ("Kremlin", "RU", Q),
    ("Saint Petersburg", "RU", T, (59.94, 30.31)),
    ("Ida-Viru County", "EE", A),
    ("Koidula", "EE", T, (57.83, 27.58)),
    ("Luhamaa", "EE", T, (57.60, 27.37)),
    ("Pskov", "RU", A),
    ("Latvia", "LV", C),
    ("Terehova", "LV", T, (56.26, 28.13)),
    ("Grebņeva", "LV", T, (56.64, 28.01)),
    ("Latgale", "LV", N),
    ("Riga", "LV", T, (56.95, 24.11)),
    ("Belarus", "BY", C),
    ("Pāternieki", "LV", T, (55.85, 26.92)),
    ("Daugavpils", "LV", T),
    ("Lithuania", "LT", C),
    ("Kaliningrad", "RU", N, (54.7, 21.0)),
    ("Lavoriškės", "LT", T, (54.74, 25.58)),
    ("Raigardas", "LT", T, (54.01, 23.95)),
    ("Medininkai", "LT", T, (54.54, 25.65)),
    ("Šalčininkai", "LT", T),
    ("Vilnius", "LT", T),
    ("Minsk", "BY", T, (53.90, 27.57)),
    ("Baltic states", "*", N),
    ("Suwałki Gap", "PL|LT", N),
    ("Polish", "PL", Q),
    ("Lithuanian", "LT", Q),
])

add("c", """Storm Vera: bridges shut and ferries cancelled as hurricane-force gusts hit Denmark and Sweden

By Jonas Holm Nielsen

Storm Vera swept across Denmark and southern Sweden on Sunday with gusts of up to 38 metres per second, closing the Great Belt and Øresund bridges, cancelling ferries and leaving tens of thousands of homes without power.

The Danish Meteorological Institute (DMI) said the strongest gusts were recorded at Thyborøn on the west coast of Jutland, where a storm surge pushed water from the North Sea into the Limfjord.

Emergency services in Esbjerg and Ringkøbing evacuated low-lying streets, and the Limfjord reached its highest level in a decade at Aalborg. In Vejle, the harbour area and parts of the town centre were flooded.

The Great Belt Bridge between Funen and Zealand was closed to all traffic from 1pm, cutting the main road and rail link between Jutland and Copenhagen, and trains between Odense and Copenhagen were cancelled for the rest of the day.

The Øresund Bridge, which connects Copenhagen with Malmö, was closed for seven hours. At Copenhagen Airport, more than 200 flights were cancelled.

In Sweden, the power company E.ON said 40,000 customers in Skåne had lost electricity, most of them around Ystad and Trelleborg, and SMHI issued an orange warning for Halland and the west coast around Gothenburg and Halmstad, where waves broke over the sea wall.

Ferries to Bornholm from Køge and Ystad were cancelled, as were crossings over the Kattegat between Frederikshavn and Gothenburg, and between Hirtshals and Kristiansand in Norway.

"We have not had wind like this since Bodil in 2013," said Henrik Madsen, a harbour master in Thyborøn. "The boats are tied up and nobody is going anywhere tonight."

Danish police asked people across Jutland and Funen to stay indoors, and several schools will remain closed on Monday.

DMI said the storm would weaken as it moved east across the Baltic Sea towards Poland and the Baltic states on Monday.""", [
    ("Storm Vera", "-", N),
    ("Denmark", "DK", C),
    ("Danish", "DK", Q),
    ("Sweden", "SE", C),
    ("Great Belt", "DK", Q),
    ("Great Belt Bridge", "DK", Q),
    ("Øresund", "DK|SE", Q),
    ("Øresund Bridge", "DK|SE", Q),
    ("Thyborøn", "DK", T, (56.70, 8.21)),
    ("Jutland", "DK", N),
    ("North Sea", "*", N),
    ("Limfjord", "DK", N),
    ("Esbjerg", "DK", T),
    ("Ringkøbing", "DK", T, (56.09, 8.24)),
    ("Aalborg", "DK", T),
    ("Vejle", "DK", T, (55.71, 9.54)),
    ("Funen", "DK", N),
    ("Zealand", "DK", N),
    ("Copenhagen", "DK", T, (55.68, 12.57)),
    ("Copenhagen Airport", "DK", Q),
    ("Odense", "DK", T),
    ("Malmö", "SE", T),
    ("Skåne", "SE", A),
    ("Ystad", "SE", T),
    ("Trelleborg", "SE", T, (55.38, 13.16)),
    ("Halland", "SE", A),
    ("Gothenburg", "SE", T, (57.71, 11.97)),
    ("Halmstad", "SE", T),
    ("Bornholm", "DK", N),
    ("Køge", "DK", T, (55.46, 12.18)),
    ("Kattegat", "*", N),
    ("Frederikshavn", "DK", T),
    ("Hirtshals", "DK", T, (57.59, 9.96)),
    ("Kristiansand", "NO", T),
    ("Norway", "NO", C),
    ("Bodil", "-", N),
    ("Baltic Sea", "*", N),
    ("Poland", "PL", C),
    ("Baltic states", "*", N),
])

add("c", """Kirkenes fears isolation as Finland keeps Russian border shut

By Ingrid Sandvik

Finland will keep all eight road crossings on its 1,340-kilometre border with Russia closed until further notice, the government in Helsinki said on Thursday, extending a shutdown that began in late 2023 and leaving Norway's Storskog checkpoint, outside Kirkenes, as the only land crossing from Russia into the Nordic countries.

Finland closed the crossings, from Vaalimaa and Nuijamaa in the south-east to Salla, Kuusamo and Raja-Jooseppi in Lapland, after about 1,300 asylum seekers arrived at the border in a few weeks in what Helsinki called a hybrid attack orchestrated by Moscow.

In Kirkenes, a town of 3,500 people about 15 kilometres from Storskog, business owners say Norway could come under pressure to follow suit. Before 2022, thousands of Russians from Nikel and Murmansk crossed every month to shop, and many signs in the town are still in Russian.

"If Storskog closes, we become the end of the road," said Anne Lise Wara, who runs a hotel in the town. "Half of our history is on the other side of that border."

The mayor of Sør-Varanger, the municipality that includes Kirkenes and the Pasvik valley, said Oslo had given no sign it intended to shut the crossing. The government has, however, tightened visa rules and banned Russian fishing vessels from most Norwegian ports apart from Tromsø, Båtsfjord and Kirkenes.

Business leaders in Finnmark say the region, already remote, is losing investment as tension grows. Norway's intelligence service has warned of increased Russian military activity on the Kola Peninsula, home to the Northern Fleet, and in the Barents Sea.

In Finnish Lapland, tourism companies in Rovaniemi, Ivalo and around Lake Inari say the closure has had little effect on Western visitors, but towns in the south-east have been hit hard. Shopping centres in Lappeenranta and Imatra, which once depended on Russian customers, have cut jobs and opening hours.

Finland's border guard said it had recorded fewer than 20 attempted illegal crossings this year, and the interior minister said the closure "has done what it was meant to do".""", [
    ("Kirkenes", "NO", T, (69.73, 30.05)),
    ("Finland", "FI", C),
    ("Finnish", "FI", Q),
    ("Russian", "RU", Q),
    ("Russians", "RU", Q),
    ("Russia", "RU", C),
    ("Helsinki", "FI", T),
    ("Norway", "NO", C),
    ("Norwegian", "NO", Q),
    ("Storskog", "NO", N, (69.67, 30.13)),
    ("Nordic", "*", Q),
    ("Vaalimaa", "FI", T, (60.57, 27.82)),
    ("Nuijamaa", "FI", T, (60.96, 28.55)),
    ("Salla", "FI", T, (66.83, 28.67)),
    ("Kuusamo", "FI", T),
    ("Raja-Jooseppi", "FI", T, (68.48, 28.33)),
    ("Lapland", "FI", A),
    ("Moscow", "RU", T, (55.75, 37.62)),
    ("Nikel", "RU", T, (69.41, 30.22)),
    ("Murmansk", "RU", T, (68.97, 33.10)),
    ("Sør-Varanger", "NO", N, (69.6, 30.0)),
    ("Pasvik", "NO", N),
    ("Oslo", "NO", T),
    ("Tromsø", "NO", T),
    ("Båtsfjord", "NO", T, (70.63, 29.72)),
    ("Finnmark", "NO", A),
    ("Kola Peninsula", "RU", N),
    ("Barents Sea", "*", N),
    ("Rovaniemi", "FI", T),
    ("Ivalo", "FI", T),
    ("Lake Inari", "FI", N),
    ("Lappeenranta", "FI", T),
    ("Imatra", "FI", T),
])

add("c", """Evros wildfire reaches Dadia forest as Bulgaria and Cyprus send help

Kathimerini Newsroom

A wildfire that has been burning for three days in the Evros region of northeastern Greece reached the edge of the Dadia forest on Thursday, one of Europe's most important habitats for birds of prey, as strong winds hampered efforts to contain it.

The fire broke out on Monday in scrubland near Alexandroupolis and spread north through the villages of Avantas and Aisymi before jumping a firebreak on Wednesday night.

More than 600 firefighters, supported by 12 aircraft and eight helicopters, were battling the flames, the fire service said. Residents of Soufli and of several villages near Feres were told to leave through messages sent by the 112 emergency number.

Conservationists fear a repeat of August 2023, when a fire in the same area burned more than 90,000 hectares, the largest ever recorded in the European Union, and destroyed much of the Dadia National Park. At least 18 migrants who had crossed the Evros river from Turkey died in that fire.

Bulgaria sent 40 firefighters from Haskovo and Svilengrad, across the border, while Cyprus and Romania dispatched water-bombing aircraft under the EU's rescEU mechanism. North Macedonia also offered a helicopter.

Smoke drifted across the river into Turkey and was visible in Edirne, where Turkish authorities said they were monitoring the fire but that no villages on their side of the border were at risk.

The regional authority of Eastern Macedonia and Thrace, based in Komotini, said schools in the area would remain closed until Monday.

Smaller blazes were also burning near Kilkis, in Central Macedonia, and on the island of Evia. Firefighting units from Thessaloniki, Macedonia's largest city, were sent east to reinforce crews in Thrace.

In Athens, the minister for climate crisis and civil protection said the government would seek compensation from the EU for farmers and beekeepers, and warned that the risk would remain "very high" across Attica and the islands over the weekend. Last month a blaze on Mount Parnitha came within a few kilometres of the capital's northern suburbs, and in 2023 fires on Rhodes forced the evacuation of some 20,000 tourists.""", [
    ("Evros#1,2", "GR", A),
    ("Evros#3", "*", N),
    ("Dadia", "GR", N, (41.13, 26.22)),
    ("Dadia National Park", "GR", N),
    ("Bulgaria", "BG", C),
    ("Cyprus", "CY", C),
    ("Greece", "GR", C),
    ("Europe", "*", N),
    ("European Union", "*", Q),
    ("EU", "*", Q),
    ("Alexandroupolis", "GR", T, (40.85, 25.88)),
    ("Avantas", "GR", T, (40.92, 25.92)),
    ("Aisymi", "GR", T, (41.00, 25.94)),
    ("Soufli", "GR", T, (41.19, 26.30)),
    ("Feres", "GR", T, (40.89, 26.17)),
    ("Turkey", "TR", C),
    ("Turkish", "TR", Q),
    ("Haskovo", "BG", T, (41.93, 25.56)),
    ("Svilengrad", "BG", T),
    ("Romania", "RO", C),
    ("North Macedonia", "MK", C),
    ("Edirne", "TR", T),
    ("Eastern Macedonia and Thrace", "GR", A),
    ("Komotini", "GR", T),
    ("Kilkis", "GR", T, (40.99, 22.87)),
    ("Central Macedonia", "GR", A),
    ("Evia", "GR", N),
    ("Thessaloniki", "GR", T),
    ("Macedonia", "GR", N),
    ("Thrace", "*", N),
    ("Athens", "GR", T, (37.98, 23.73)),
    ("Attica", "GR", A),
    ("Mount Parnitha", "GR", N),
    ("Rhodes", "GR", N),
])

add("c", """Floods and landslides kill seven in Türkiye's eastern Black Sea region

RİZE - Seven people were killed and four remain missing after torrential rain triggered floods and landslides across the eastern Black Sea provinces of Rize, Artvin and Trabzon, the Disaster and Emergency Management Authority (AFAD) said on Wednesday.

In Rize, streams burst their banks in the districts of Pazar, Ardeşen and Fındıklı, sweeping away cars and flooding several tea-processing factories. Two people died when a landslide hit a house in Çamlıhemşin, the gateway to the Ayder plateau in the Kaçkar Mountains, where hundreds of tourists were stranded after the road was cut.

In Artvin, the coastal districts of Arhavi and Hopa were worst hit. The Black Sea coastal highway was closed in both directions, and traffic through the Sarp border gate with Georgia was suspended for several hours, leaving hundreds of lorries queued on the approach road.

Georgian authorities reported flooding in Batumi, the capital of the autonomous republic of Adjara, where the Çoruh, which rises in Türkiye and flows through Borçka before crossing the border, burst its banks near the city's airport.

"The water came down the valley like a wall. We barely had time to get the children upstairs," said Hasan Kaya, a resident of Arhavi whose shop was destroyed.

In Trabzon, a landslide blocked the road to the Sumela Monastery near Maçka, and Trabzonspor postponed Saturday's home match against Galatasaray.

The interior minister, speaking in Ankara, said more than 1,200 AFAD and gendarmerie personnel had been deployed, with search and rescue teams sent from Erzurum, Samsun and Giresun. The Turkish Red Crescent set up tents and field kitchens in Hopa and Arhavi.

Meteorologists in Istanbul said the eastern Black Sea coast, one of the wettest parts of Türkiye, had received more than three times its average monthly rainfall in 48 hours, and warned of more storms over the weekend.""", [
    ("RİZE", "TR", T, (41.02, 40.52)),
    ("Türkiye", "TR", C),
    ("Black Sea", "*", N),
    ("Rize#1,2", "TR", A),
    ("Artvin#1,2", "TR", A),
    ("Trabzon#1", "TR", A),
    ("Trabzon#2", "TR", N, (41.0, 39.73)),
    ("Trabzonspor", "-", N),
    ("Galatasaray", "-", N),
    ("Pazar", "TR", N, (41.18, 40.89)),
    ("Ardeşen", "TR", N, (41.19, 40.98)),
    ("Fındıklı", "TR", N, (41.27, 41.14)),
    ("Çamlıhemşin", "TR", N, (41.05, 41.00)),
    ("Ayder", "TR", N, (40.95, 41.10)),
    ("Kaçkar Mountains", "TR", N),
    ("Arhavi", "TR", N, (41.35, 41.30)),
    ("Hopa", "TR", N, (41.39, 41.42)),
    ("Sarp", "TR|GE", N, (41.52, 41.55)),
    ("Georgia", "GE", C),
    ("Georgian", "GE", Q),
    ("Batumi", "GE", T),
    ("Adjara", "GE", A),
    ("Çoruh", "*", N),
    ("Borçka", "TR", N, (41.36, 41.67)),
    ("Sumela Monastery", "TR", Q),
    ("Maçka", "TR", N, (40.81, 39.61)),
    ("Ankara", "TR", T, (39.92, 32.85)),
    ("Erzurum", "TR", N, (39.91, 41.28)),
    ("Samsun", "TR", N, (41.28, 36.34)),
    ("Giresun", "TR", N, (40.92, 38.39)),
    ("Turkish", "TR", Q),
    ("Istanbul", "TR", T, (41.01, 28.98)),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
