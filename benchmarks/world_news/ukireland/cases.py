"""ukireland: UK and Irish local and regional news, 40 full-length articles (150-350 words).

Written by a helper session that read neither geomap's source (geomap/) nor any other set's
cases.py; the articles are invented stories set in real places, in the style of UK and Irish
local and regional papers, BBC local pages and national papers (Manchester Evening News,
Yorkshire Post, Northern Echo, Press and Journal, Western Mail, Belfast Telegraph, Irish
Examiner, Irish Independent, Connacht Tribune, BBC News NI ...): councils and planning, crime
and courts, floods and storms, roads and rail, schools and hospitals, farming, business, sport
and community events.

Genres (letters):
  a  England (14 articles)
  b  Scotland, Wales and Northern Ireland (13 articles: 5 Scotland, 4 Wales, 4 NI)
  c  the Republic of Ireland (13 articles)

Conventions:
  - Northern Ireland is GB; the Republic is IE. England, Scotland, Wales and Northern Ireland
    are admin-1 regions of GB (kind A); "UK" / "Britain" are the country GB (kind C).
  - Counties keep their prefix in the span: "Co Kerry", "County Durham", "Co Down" are one
    name each (kind A); a bare "Kerry" / "Donegal" meaning the county is kind A too, and a
    town sharing the county's name ("Donegal town", "Tipperary town") is kind T.
  - Rivers, loughs, lochs, firths, moors, dales, islands, peninsulas, national parks and
    landmarks are kind N (None); the span includes "River" / "Lough" / "Loch" / "Isle of"
    when written. Motorways and A/N/R-roads ("the M6", "the A9", "N25") are listed as kind N.
    Features crossing the GB/IE border (River Foyle, Lough Foyle, Carlingford Lough, River
    Erne, "the island of Ireland") take country "*" (Ulster: "IE|GB").
  - Suburbs, estates and townland-sized villages are kind T with a (lat, lon) hint.
  - Demonyms and adjectives ("Irish", "Welsh", "Cornish", "French", "Dutch", "Swede") are
    listed with kind "?" (Q) and their country: not counted.
  - Councils, police forces, government bodies, ports, stations, streets, bridges named like
    roads, and organisations whose name contains a place ("Cork County Council", "Merseyside
    Police", "Port of Dover", "O'Connell Street") are Q with their country (debatable).
  - Clubs, county GAA teams used by metonymy ("Kerry beat Dublin"), national sports teams,
    hospitals, universities, courts, airports, stadiums, newspapers and people named like
    places ("Newcastle United", "Derby County", "Royal Derby Hospital", "Bangor University",
    "Durham Crown Court", "Manchester Airport", "Andy Burnham") have country "-": any
    result there is spurious.
  - Namesakes (Richmond, Newport x3, Newcastle x2, Boston x2, Perth, Hamilton, Bangor x2,
    Washington, Derry/Londonderry, Athlone, Wexford, Douglas, Blackpool, Virginia, Enfield,
    Ashbourne x2, Yarmouth, Tarbert, Moy ...) and nearly every town carry a (lat, lon) hint.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a: England
add("a", """Families evacuated as River Irwell floods homes in Radcliffe and Salford

By Manchester Evening News reporter

Dozens of families spent the night in emergency rest centres after the River Irwell burst its banks in Radcliffe and Salford following 36 hours of torrential rain across Greater Manchester.

Firefighters used boats to reach residents of terraced streets in Lower Kersal, while Bury Council opened Radcliffe Market Hall as a rest centre. Further upstream the river spilled over flood defences in Ramsbottom and Summerseat, and the East Lancashire Railway suspended services between Bury and Rawtenstall.

The Environment Agency issued severe flood warnings for the Irwell at Kearsley and for the River Roch in Rochdale and Littleborough, where the A6033 was closed at Summit. In Stockport the River Mersey reached its highest level since 2015, and the flood basins at Didsbury and Northenden were filling by teatime.

Transport for Greater Manchester said trams were not running between Bury and Whitefield, and National Highways closed a section of the M60 near Worsley after drains failed. Drivers on the M62 over Saddleworth Moor were warned of standing water and spray.

Salford mayor Paul Dennett said more than 400 properties in the city had been affected. "People in Lower Broughton have seen this before, in 2015, and they are exhausted," he said.

Greater Manchester mayor Andy Burnham called on ministers to release emergency funding, adding that towns from Wigan to Oldham had recorded double their usual monthly rainfall in two days. Manchester Airport reported delays to departures but said its runways remained open.

The Met Office has a yellow warning for rain in force across Lancashire and West Yorkshire until Sunday morning, and forecasters said the Pennines could see a further 60mm.""", [
    ("Manchester Evening News", "-", N),
    ("River Irwell", "GB", N),
    ("Irwell", "GB", N),
    ("Radcliffe", "GB", T, (53.56, -2.32)),
    ("Radcliffe Market Hall", "GB", Q),
    ("Salford", "GB", T, (53.49, -2.29)),
    ("Greater Manchester", "GB", A),
    ("Transport for Greater Manchester", "GB", Q),
    ("Lower Kersal", "GB", T, (53.51, -2.28)),
    ("Bury Council", "GB", Q),
    ("Bury", "GB", T, (53.59, -2.30)),
    ("Ramsbottom", "GB", T, (53.65, -2.32)),
    ("Summerseat", "GB", T, (53.63, -2.31)),
    ("East Lancashire Railway", "GB", Q),
    ("Rawtenstall", "GB", T, (53.70, -2.28)),
    ("Kearsley", "GB", T, (53.53, -2.38)),
    ("River Roch", "GB", N),
    ("Rochdale", "GB", T, (53.62, -2.16)),
    ("Littleborough", "GB", T, (53.64, -2.10)),
    ("A6033", "GB", N),
    ("Summit", "GB", T, (53.66, -2.10)),
    ("Stockport", "GB", T, (53.41, -2.15)),
    ("River Mersey", "GB", N),
    ("Didsbury", "GB", T, (53.42, -2.23)),
    ("Northenden", "GB", T, (53.41, -2.26)),
    ("Whitefield", "GB", T, (53.55, -2.30)),
    ("M60", "GB", N),
    ("Worsley", "GB", T, (53.50, -2.38)),
    ("M62", "GB", N),
    ("Saddleworth Moor", "GB", N),
    ("Lower Broughton", "GB", T, (53.49, -2.26)),
    ("Andy Burnham", "-", N),
    ("Wigan", "GB", T, (53.54, -2.63)),
    ("Oldham", "GB", T, (53.54, -2.12)),
    ("Manchester Airport", "-", N),
    ("Lancashire", "GB", A),
    ("West Yorkshire", "GB", A),
    ("Pennines", "GB", N),
])

add("a", """Dales villagers fight plans for 40-acre solar farm near Richmond

By Yorkshire Post reporter

Residents in Swaledale have launched a campaign against plans for a 40-acre solar farm on farmland between Richmond and the village of Marske, saying it would scar one of the best-loved approaches to the Yorkshire Dales.

The application, submitted to North Yorkshire Council by a Leeds-based developer, would see panels installed on grazing land above the River Swale, just outside the Yorkshire Dales National Park boundary. Objectors from Reeth, Grinton and Marrick have sent more than 300 letters to the council's offices in Northallerton.

Sheep farmer Alison Metcalfe, whose family has farmed near Reeth for four generations, said: "People come from York, Harrogate and Teesside to drive up the B6270 because of this view. Put glass on it and you lose the reason they come."

Supporters say the scheme would power 9,000 homes and bring in business rates at a time when the county is still adjusting to the abolition of Richmondshire District Council in 2023. The company said construction traffic would leave the A1(M) at Scotch Corner and avoid the narrow road through Richmond's cobbled market place.

The Ministry of Defence, which runs Catterick Garrison three miles to the south, has not objected.

Richmond's MP, the former prime minister Rishi Sunak, said he would "listen carefully to constituents" in Swaledale and Wensleydale. A decision is expected at a planning committee meeting in Harrogate in March. Further west, similar plans for panels near Hawes and Leyburn were withdrawn last year after objections from the national park authority.""", [
    ("Yorkshire Post", "-", N),
    ("Swaledale", "GB", N),
    ("Dales", "GB", N),
    ("Richmond", "GB", T, (54.40, -1.74)),
    ("Marske", "GB", T, (54.41, -1.84)),
    ("Yorkshire Dales", "GB", N),
    ("Yorkshire Dales National Park", "GB", N),
    ("North Yorkshire Council", "GB", Q),
    ("Leeds", "GB", T, (53.80, -1.55)),
    ("River Swale", "GB", N),
    ("Reeth", "GB", T, (54.39, -1.94)),
    ("Grinton", "GB", T, (54.38, -1.93)),
    ("Marrick", "GB", T, (54.38, -1.88)),
    ("Northallerton", "GB", T, (54.34, -1.43)),
    ("York", "GB", T, (53.96, -1.08)),
    ("Harrogate", "GB", T, (53.99, -1.54)),
    ("Teesside", "GB", N),
    ("B6270", "GB", N),
    ("Richmondshire District Council", "GB", Q),
    ("A1(M)", "GB", N),
    ("Scotch Corner", "GB", N, (54.44, -1.67)),
    ("Catterick Garrison", "GB", T, (54.38, -1.72)),
    ("Wensleydale", "GB", N),
    ("Hawes", "GB", T, (54.30, -2.20)),
    ("Leyburn", "GB", T, (54.31, -1.83)),
])

add("a", """Man jailed over ram-raid spree on Co Durham village shops

By Northern Echo court reporter

A man who drove a stolen pick-up through the shutters of six village shops across County Durham has been jailed for five years.

Durham Crown Court heard that Liam Atkinson, 29, of Newton Aycliffe, targeted convenience stores in Shildon, Fishburn, Trimdon and Sedgefield over three weeks in October, escaping with cash machines and cigarettes worth more than £60,000.

The raids ended when a Durham Constabulary patrol spotted the vehicle on the A167 near Chester-le-Street and followed it to an industrial estate in Washington, near Sunderland, where Atkinson was arrested after trying to flee on foot towards the A1(M).

Prosecutor Rachel Taylor said the pick-up had been stolen from a farm near Barnard Castle, and that a second man, from Peterlee, is still being sought. Detectives believe the stolen cigarettes were sold through contacts in Sunderland and Gateshead.

Atkinson's barrister said his client had "spiralled" after losing his job at the Hitachi train factory in Newton Aycliffe and sleeping on friends' sofas in Spennymoor and Bishop Auckland.

Sentencing him, Judge Jonathan Carlisle said: "Shopkeepers in small communities like Fishburn are often the only lifeline for elderly residents. You terrified them."

The Federation of Independent Retailers said ram raids had risen sharply across the North East, with similar attacks reported in Darlington, Hartlepool and Middlesbrough this year. Durham County Council said it would offer grants for reinforced shutters to shops in rural parts of the county.""", [
    ("Co Durham", "GB", A),
    ("County Durham", "GB", A),
    ("Durham Crown Court", "-", N),
    ("Durham Constabulary", "GB", Q),
    ("Durham County Council", "GB", Q),
    ("Newton Aycliffe", "GB", T, (54.62, -1.57)),
    ("Shildon", "GB", T, (54.63, -1.64)),
    ("Fishburn", "GB", T, (54.68, -1.44)),
    ("Trimdon", "GB", T, (54.70, -1.43)),
    ("Sedgefield", "GB", T, (54.65, -1.45)),
    ("A167", "GB", N),
    ("Chester-le-Street", "GB", T, (54.86, -1.57)),
    ("Washington", "GB", T, (54.90, -1.52)),
    ("Sunderland", "GB", T, (54.91, -1.38)),
    ("A1(M)", "GB", N),
    ("Barnard Castle", "GB", T, (54.54, -1.92)),
    ("Peterlee", "GB", T, (54.76, -1.34)),
    ("Gateshead", "GB", T, (54.96, -1.60)),
    ("Spennymoor", "GB", T, (54.70, -1.60)),
    ("Bishop Auckland", "GB", T, (54.66, -1.68)),
    ("Jonathan Carlisle", "-", N),
    ("North East", "GB", A),
    ("Darlington", "GB", T, (54.52, -1.55)),
    ("Hartlepool", "GB", T, (54.69, -1.21)),
    ("Middlesbrough", "GB", T, (54.58, -1.23)),
])

add("a", """Boston growers count cost as wettest winter leaves Fens fields under water

By Lincolnshire Live reporter

Farmers around Boston say thousands of acres earmarked for potatoes and sugar beet are still waterlogged after the wettest winter on record in Lincolnshire.

Growers between Boston, Spalding and Holbeach told the NFU that some land had been under water since Storm Henk in January, when the River Witham and the South Forty Foot Drain rose to record levels.

The Witham Fourth District Internal Drainage Board said its pumping station at Wyberton had run almost continuously for 11 weeks, pushing water out towards the Wash.

Andrew Ward, who grows brassicas near Kirton, said: "You can see the Stump from my fields and for three months I couldn't get a tractor on a single acre." The 272ft tower of St Botolph's Church, known as the Boston Stump, is visible across much of the flat land between Sleaford and Skegness.

South Holland District Council and Boston Borough Council have written to the Environment Secretary asking for the Farming Recovery Fund to be extended to growers in south Lincs. Seasonal workers who usually travel from Lithuania, Latvia and Romania for spring planting have been told work may not start until May.

The A16 between Boston and Spalding was closed at Sutterton for two days last month, and the A17 at Fosdyke Bridge remains under a 30mph limit while engineers inspect the crossing over the River Welland.

Boston United's National League match on Saturday was also called off after the pitch was declared waterlogged.""", [
    ("Lincolnshire Live", "-", N),
    ("Boston", "GB", T, (52.98, -0.03)),
    ("Boston United", "-", N),
    ("Boston Borough Council", "GB", Q),
    ("Boston Stump", "GB", Q),
    ("Stump", "GB", Q),
    ("Fens", "GB", N),
    ("Lincolnshire", "GB", A),
    ("Spalding", "GB", T, (52.79, -0.15)),
    ("Holbeach", "GB", T, (52.80, 0.01)),
    ("River Witham", "GB", N),
    ("South Forty Foot Drain", "GB", N),
    ("Witham Fourth District Internal Drainage Board", "GB", Q),
    ("Wyberton", "GB", T, (52.96, -0.04)),
    ("Wash", "GB", N),
    ("Kirton", "GB", T, (52.93, -0.06)),
    ("Sleaford", "GB", T, (53.00, -0.41)),
    ("Skegness", "GB", T, (53.14, 0.34)),
    ("South Holland District Council", "GB", Q),
    ("Lincs", "GB", A),
    ("Lithuania", "LT", C),
    ("Latvia", "LV", C),
    ("Romania", "RO", C),
    ("A16", "GB", N),
    ("Sutterton", "GB", T, (52.90, -0.09)),
    ("A17", "GB", N),
    ("Fosdyke Bridge", "GB", N, (52.87, -0.04)),
    ("River Welland", "GB", N),
])

add("a", """Operation Brock returns to M20 as Easter getaway begins

By Amy Holmes, BBC News, South East

The lorry holding system Operation Brock will be switched on along the M20 in Kent from Thursday as hauliers and holidaymakers head for the Port of Dover and the Channel Tunnel ahead of the Easter weekend.

National Highways said lorries heading for Dover would queue on the coastbound carriageway between junction 8 at Hollingbourne and junction 9 at Ashford, with other traffic using a contraflow on the opposite side. Drivers bound for Folkestone and the Eurotunnel terminal at Cheriton should use the motorway as normal.

Kent County Council said traffic was expected to spill onto the A20 through Lenham and Charing, and onto the A2 at Whitfield, where lorries will again be held in a single lane. Last summer families waited up to 12 hours in queues stretching back towards Maidstone after French border posts at the port were understaffed.

The port's chief executive said new kiosks for the EU's Entry/Exit System had been installed, and that ferries to Calais and Dunkirk were fully booked on Good Friday. Lorries can also be held at the government's inland border facility at Sevington, near Ashford.

MPs for Dover and Deal and for Folkestone and Hythe have repeatedly called for a permanent solution, arguing that villages such as Capel-le-Ferne and Temple Ewell are cut off whenever the A20 and A2 are gridlocked.

"Kent should not be the car park of Europe," said one councillor in Swale, where drivers on the M2 near Faversham were also warned of delays.""", [
    ("South East", "GB", A),
    ("M20", "GB", N),
    ("Kent", "GB", A),
    ("Kent County Council", "GB", Q),
    ("Port of Dover", "GB", Q),
    ("Channel Tunnel", "*", N),
    ("Hollingbourne", "GB", T, (51.27, 0.64)),
    ("Ashford", "GB", T, (51.15, 0.87)),
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Folkestone", "GB", T, (51.08, 1.17)),
    ("Cheriton", "GB", T, (51.09, 1.14)),
    ("A20", "GB", N),
    ("Lenham", "GB", T, (51.24, 0.72)),
    ("Charing", "GB", T, (51.21, 0.79)),
    ("A2", "GB", N),
    ("Whitfield", "GB", T, (51.16, 1.29)),
    ("Maidstone", "GB", T, (51.27, 0.52)),
    ("French", "FR", Q),
    ("EU", "*", Q),
    ("Calais", "FR", T, (50.95, 1.86)),
    ("Dunkirk", "FR", T, (51.03, 2.38)),
    ("Sevington", "GB", T, (51.13, 0.90)),
    ("Deal", "GB", T, (51.22, 1.40)),
    ("Hythe", "GB", T, (51.07, 1.08)),
    ("Capel-le-Ferne", "GB", T, (51.10, 1.21)),
    ("Temple Ewell", "GB", T, (51.15, 1.27)),
    ("Europe", "*", N),
    ("Swale", "GB", A, (51.33, 0.80)),
    ("M2", "GB", N),
    ("Faversham", "GB", T, (51.32, 0.89)),
])
add("a", """Newcastle United 3 Aston Villa 1: Isak double lifts Magpies into top four

By Chronicle sport reporter

Alexander Isak scored twice as Newcastle United beat Aston Villa at St James' Park to move into the Premier League's top four.

The Swede swept in the opener after 12 minutes, but Villa, backed by 3,000 fans who had made the trip up from Birmingham, levelled through Ollie Watkins before half-time. Isak restored the lead from the penalty spot and Anthony Gordon sealed it late on.

Eddie Howe's side travel to Brentford on Saturday before hosting Sunderland in the first Tyne-Wear derby in the top flight for nine years. Villa, meanwhile, host Bayern Munich in the Champions League on Tuesday.

Before kick-off the ground held a minute's applause for a former Newcastle and England defender who grew up in Ashington, Northumberland, and died last week aged 78.

Away from the pitch, Northumbria Police said the day passed largely without incident, although two men from Solihull were arrested in the Bigg Market after a scuffle outside a bar. Nexus ran extra Metro trains from Whitley Bay, South Shields and Wallsend, but a points failure at Heworth delayed passengers heading back to Gateshead and Sunderland for almost an hour.

Supporters heading north on the A1 were warned of overnight roadworks between Morpeth and Alnwick, while the A69 towards Hexham and Carlisle was closed at Corbridge after a crash.

Newcastle City Council said the fan zone on the Quayside, beside the River Tyne, would reopen for the Sunderland game.""", [
    ("Newcastle United", "-", N),
    ("Aston Villa", "-", N),
    ("Villa", "-", N),
    ("St James' Park", "-", N),
    ("Swede", "SE", Q),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("Brentford", "-", N),
    ("Sunderland#1,3", "-", N),
    ("Sunderland#2", "GB", T, (54.91, -1.38)),
    ("Tyne-Wear", "GB", Q),
    ("Bayern Munich", "-", N),
    ("Newcastle", "-", N),
    ("England", "-", N),
    ("Ashington", "GB", T, (55.18, -1.56)),
    ("Northumberland", "GB", A),
    ("Northumbria Police", "GB", Q),
    ("Solihull", "GB", T, (52.41, -1.78)),
    ("Bigg Market", "GB", Q),
    ("Whitley Bay", "GB", T, (55.04, -1.45)),
    ("South Shields", "GB", T, (55.00, -1.43)),
    ("Wallsend", "GB", T, (54.99, -1.53)),
    ("Heworth", "GB", T, (54.95, -1.56)),
    ("Gateshead", "GB", T, (54.96, -1.60)),
    ("A1", "GB", N),
    ("Morpeth", "GB", T, (55.17, -1.69)),
    ("Alnwick", "GB", T, (55.41, -1.71)),
    ("A69", "GB", N),
    ("Hexham", "GB", T, (54.97, -2.10)),
    ("Carlisle", "GB", T, (54.89, -2.93)),
    ("Corbridge", "GB", T, (54.97, -2.02)),
    ("Newcastle City Council", "GB", Q),
    ("Quayside", "GB", Q),
    ("River Tyne", "GB", N),
])

add("a", """HS2: Curzon Street roof rises as West Midlands firms fret over delays

By Birmingham Post business reporter

Steelwork for the roof of HS2's Curzon Street station in Birmingham has begun to go up, but businesses across the West Midlands warn that uncertainty over the line's London terminus and opening date is holding back investment.

The terminus, on the edge of Digbeth, is due to open in the early 2030s alongside an interchange station at Bickenhill in Solihull, next to Birmingham Airport and the NEC. Trains will initially run only as far as Old Oak Common in west London, with the final stretch to Euston yet to be fully funded.

Along the route, tunnelling under the Chilterns finished last year, and engineers are completing viaducts over the River Tame at Water Orton and across the Colne Valley near Denham, on the edge of Buckinghamshire.

The northern leg to Crewe and Manchester was scrapped in 2023, leaving the line to end at Handsacre, near Lichfield in Staffordshire, where it will join the West Coast Main Line.

The chief executive of the regional chamber of commerce said firms in Coventry, Wolverhampton and Walsall had been promised a decade of growth. "Manchester lost its leg altogether. We at least have a station. But a station with no trains to Euston is a very expensive car park," she said.

Construction traffic has caused anger in Castle Bromwich and Coleshill, where residents have complained of lorries using the A452 and the M42 through the night.

A spokesperson for HS2 Ltd said 30,000 people were working on the project across the country, including 9,000 in the West Midlands.""", [
    ("Birmingham Post", "-", N),
    ("Birmingham Airport", "-", N),
    ("Curzon Street", "GB", Q),
    ("Birmingham", "GB", T, (52.48, -1.90)),
    ("West Midlands", "GB", A),
    ("London", "GB", T, (51.51, -0.13)),
    ("Digbeth", "GB", T, (52.475, -1.88)),
    ("Bickenhill", "GB", T, (52.44, -1.73)),
    ("Solihull", "GB", T, (52.41, -1.78)),
    ("Old Oak Common", "GB", N, (51.53, -0.25)),
    ("Euston", "GB", Q),
    ("Chilterns", "GB", N),
    ("River Tame", "GB", N),
    ("Water Orton", "GB", T, (52.52, -1.74)),
    ("Colne Valley", "GB", N, (51.55, -0.49)),
    ("Denham", "GB", T, (51.57, -0.50)),
    ("Buckinghamshire", "GB", A),
    ("Crewe", "GB", T, (53.10, -2.44)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Handsacre", "GB", T, (52.74, -1.82)),
    ("Lichfield", "GB", T, (52.68, -1.83)),
    ("Staffordshire", "GB", A),
    ("Coventry", "GB", T, (52.41, -1.51)),
    ("Wolverhampton", "GB", T, (52.59, -2.13)),
    ("Walsall", "GB", T, (52.59, -1.98)),
    ("Castle Bromwich", "GB", T, (52.51, -1.78)),
    ("Coleshill", "GB", T, (52.50, -1.71)),
    ("A452", "GB", N),
    ("M42", "GB", N),
])

add("a", """Newlyn fishermen warn of 'lost generation' as crews dwindle

By Jenny Pascoe, BBC News, Cornwall

Skippers in Newlyn, Cornwall's biggest fishing port, say they can no longer find young crew, with some boats tied up for weeks because there is nobody to take them to sea.

Boats from Newlyn, Looe, Mevagissey and Padstow land hake, monkfish and crab caught in the Celtic Sea and around the Isles of Scilly, but skippers say fuel costs and quota rules have driven many young Cornish fishermen onto building sites in Truro and Falmouth.

"When I started there were 20 lads my age on the quay. Now I'm one of three," said Jack Stevens, 26, who crews a netter working the grounds south of Land's End.

Plymouth, across the Tamar in Devon, and Brixham, which now lands more fish by value than any other port in England, have also reported shortages. Brixham's market sold £60m of fish last year, much of it bound for restaurants in Spain and France.

Skippers also complain that French boats from Brittany and Normandy still fish inside the six-to-12-mile zone off Penzance and St Ives under access rights agreed after Brexit.

Cornwall Council has funded a fishing skills course at Penwith College in Penzance and a training vessel based in Hayle. The course, which includes sea survival training in Falmouth, has 14 places and has drawn applicants from as far afield as Camborne, Redruth and Bude.

The Cornish Fish Producers' Organisation said a further 11 boats had been sold out of the Newlyn fleet since January.""", [
    ("Newlyn", "GB", T, (50.10, -5.55)),
    ("Cornwall", "GB", A),
    ("Cornwall Council", "GB", Q),
    ("Looe", "GB", T, (50.36, -4.45)),
    ("Mevagissey", "GB", T, (50.27, -4.79)),
    ("Padstow", "GB", T, (50.54, -4.94)),
    ("Celtic Sea", "*", N),
    ("Isles of Scilly", "GB", N),
    ("Cornish", "GB", Q),
    ("Truro", "GB", T, (50.26, -5.05)),
    ("Falmouth", "GB", T, (50.15, -5.07)),
    ("Land's End", "GB", N),
    ("Plymouth", "GB", T, (50.37, -4.14)),
    ("Tamar", "GB", N),
    ("Devon", "GB", A),
    ("Brixham", "GB", T, (50.39, -3.52)),
    ("England", "GB", A),
    ("Spain", "ES", C),
    ("France", "FR", C),
    ("French", "FR", Q),
    ("Brittany", "FR", A),
    ("Normandy", "FR", A),
    ("Penzance", "GB", T, (50.12, -5.54)),
    ("St Ives", "GB", T, (50.21, -5.49)),
    ("Penwith College", "GB", Q),
    ("Hayle", "GB", T, (50.18, -5.42)),
    ("Camborne", "GB", T, (50.21, -5.30)),
    ("Redruth", "GB", T, (50.23, -5.22)),
    ("Bude", "GB", T, (50.83, -4.54)),
])

add("a", """Isle of Wight ferry cancellations leave patients stranded

By County Press reporter

Patients due for treatment in Southampton and Portsmouth were among hundreds of passengers stranded on the Isle of Wight this week after gale-force winds halted sailings across the Solent.

Wightlink suspended its Lymington to Yarmouth route for three days, while the Fishbourne to Portsmouth car ferry ran a reduced timetable. Red Funnel's Red Jet between Cowes and Southampton and the hovercraft from Ryde to Southsea were also cancelled.

St Mary's Hospital in Newport, the island's only acute hospital, said 40 patients needing cancer and cardiac care at Southampton General Hospital and at Queen Alexandra Hospital in Cosham had appointments postponed.

Isle of Wight Council leader Phil Jordan said: "Islanders in Ventnor, Shanklin and Sandown should not have to gamble on the weather to get chemotherapy. Nowhere else in England would this be tolerated."

Red Funnel said its car ferry from East Cowes ran throughout, but with long queues at its Southampton terminal. Winds of 80mph were recorded at the Needles, and a tree fell across the A3055 near Freshwater, cutting off the West Wight for several hours.

Hampshire and Isle of Wight Constabulary warned people to stay away from the seafront at Ryde and at Southsea Common across the water. Ferry operators expected a full service to resume on Friday.""", [
    ("Isle of Wight", "GB", N),
    ("Isle of Wight Council", "GB", Q),
    ("Hampshire and Isle of Wight Constabulary", "GB", Q),
    ("Southampton", "GB", T, (50.90, -1.40)),
    ("Southampton General Hospital", "-", N),
    ("Portsmouth", "GB", T, (50.80, -1.09)),
    ("Solent", "GB", N),
    ("Lymington", "GB", T, (50.76, -1.54)),
    ("Yarmouth", "GB", T, (50.71, -1.50)),
    ("Fishbourne", "GB", T, (50.73, -1.21)),
    ("Cowes", "GB", T, (50.76, -1.30)),
    ("Ryde", "GB", T, (50.73, -1.16)),
    ("Southsea", "GB", T, (50.78, -1.09)),
    ("Southsea Common", "GB", Q),
    ("Newport", "GB", T, (50.70, -1.29)),
    ("Cosham", "GB", T, (50.85, -1.06)),
    ("Phil Jordan", "-", N),
    ("Ventnor", "GB", T, (50.59, -1.21)),
    ("Shanklin", "GB", T, (50.63, -1.18)),
    ("Sandown", "GB", T, (50.65, -1.16)),
    ("England", "GB", A),
    ("East Cowes", "GB", T, (50.76, -1.29)),
    ("Needles", "GB", N),
    ("A3055", "GB", N),
    ("Freshwater", "GB", T, (50.68, -1.52)),
    ("West Wight", "GB", N),
])

add("a", """Storm Darragh: A591 closed as Lake District clears fallen trees

By BBC News, Cumbria

The main road through the heart of the Lake District is expected to stay closed until the weekend after more than 100 trees came down during Storm Darragh.

The A591 between Keswick and Grasmere, which runs past Thirlmere and over Dunmail Raise, was blocked in at least a dozen places, Cumberland Council and Westmorland and Furness Council said.

Further south, the road between Ambleside and Windermere reopened on Monday afternoon, but the lake cruises on Windermere remained suspended and Kendal's leisure centre was opened as a warm space.

Power was cut to 12,000 homes, with Electricity North West saying villages around Ullswater, including Glenridding and Pooley Bridge, could be without supply until Wednesday.

In west Cumbria, the River Derwent rose sharply through Cockermouth and Workington, though defences built after the floods of 2009 and 2015 held. The A66 was shut between Keswick and Penrith for several hours after a lorry overturned near Threlkeld.

Gusts of 90mph were recorded on the M6 at Shap, where high-sided vehicles were banned between Tebay and Penrith, and West Coast Main Line trains between Lancaster and Carlisle were suspended for most of Saturday.

"It's the worst I've seen since Desmond," said one Keswick hotelier, referring to the 2015 storm that flooded Carlisle and Appleby.""", [
    ("A591", "GB", N),
    ("Electricity North West", "GB", Q),
    ("Lake District", "GB", N),
    ("Keswick", "GB", T, (54.60, -3.13)),
    ("Grasmere", "GB", T, (54.46, -3.02)),
    ("Thirlmere", "GB", N, (54.54, -3.06)),
    ("Dunmail Raise", "GB", N, (54.48, -3.03)),
    ("Cumberland Council", "GB", Q),
    ("Westmorland and Furness Council", "GB", Q),
    ("Ambleside", "GB", T, (54.43, -2.96)),
    ("Windermere#1", "GB", T, (54.38, -2.91)),
    ("Windermere#2", "GB", N, (54.35, -2.94)),
    ("Kendal", "GB", T, (54.33, -2.75)),
    ("Ullswater", "GB", N, (54.58, -2.88)),
    ("Glenridding", "GB", T, (54.54, -2.95)),
    ("Pooley Bridge", "GB", T, (54.61, -2.82)),
    ("Cumbria", "GB", A),
    ("River Derwent", "GB", N, (54.62, -3.30)),
    ("Cockermouth", "GB", T, (54.66, -3.36)),
    ("Workington", "GB", T, (54.64, -3.54)),
    ("A66", "GB", N),
    ("Penrith", "GB", T, (54.66, -2.75)),
    ("Threlkeld", "GB", T, (54.62, -3.05)),
    ("M6", "GB", N),
    ("Shap", "GB", T, (54.53, -2.68)),
    ("Tebay", "GB", T, (54.43, -2.59)),
    ("Lancaster", "GB", T, (54.05, -2.80)),
    ("Carlisle", "GB", T, (54.89, -2.93)),
    ("Appleby", "GB", T, (54.58, -2.49)),
])
add("a", """Hinkley Point C workforce 'stretching' Somerset GP surgeries

By Local Democracy Reporting Service

GP surgeries and hospitals in west Somerset say they are struggling to cope with thousands of extra patients linked to the construction of Hinkley Point C, the nuclear power station being built on the coast near Stogursey.

About 10,000 people now work on the site, many of them living in worker campuses at Bridgwater and Cannington or in rented homes across the former Sedgemoor district. Practices in Bridgwater, Highbridge and Burnham-on-Sea have asked for emergency funding after registering 4,500 new patients in two years.

Somerset Council's health scrutiny committee heard that waiting times at Musgrove Park Hospital in Taunton had lengthened, and that some residents of Minehead and Williton were travelling to Yeovil, or across the county boundary to Weston-super-Mare, for routine scans.

EDF, which is building the plant, said it had reduced pressure on local roads by landing materials at a jetty at Combwich on the River Parrett and running park-and-ride sites off the M5. It also pointed to £1.4m given to Somerset NHS Foundation Trust.

One councillor said: "From Nether Stowey to Watchet, people tell me they cannot get a GP appointment for three weeks."

Some contractors commute each day from Bristol, and a few from Cardiff via the Severn Bridge, while others rent holiday lets on the edge of the Quantock Hills, which tourism businesses say has pushed up prices for visitors.""", [
    ("Hinkley Point C", "GB", Q),
    ("Somerset", "GB", A),
    ("Somerset Council", "GB", Q),
    ("Somerset NHS Foundation Trust", "GB", Q),
    ("Stogursey", "GB", T, (51.18, -3.14)),
    ("Bridgwater", "GB", T, (51.13, -3.00)),
    ("Cannington", "GB", T, (51.15, -3.06)),
    ("Sedgemoor", "GB", A, (51.20, -2.90)),
    ("Highbridge", "GB", T, (51.22, -2.98)),
    ("Burnham-on-Sea", "GB", T, (51.24, -3.00)),
    ("Taunton", "GB", T, (51.01, -3.10)),
    ("Minehead", "GB", T, (51.20, -3.48)),
    ("Williton", "GB", T, (51.16, -3.32)),
    ("Yeovil", "GB", T, (50.94, -2.63)),
    ("Weston-super-Mare", "GB", T, (51.35, -2.98)),
    ("Combwich", "GB", T, (51.17, -3.06)),
    ("River Parrett", "GB", N),
    ("M5", "GB", N),
    ("Nether Stowey", "GB", T, (51.15, -3.16)),
    ("Watchet", "GB", T, (51.18, -3.33)),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Cardiff", "GB", T, (51.48, -3.18)),
    ("Severn Bridge", "GB", N),
    ("Quantock Hills", "GB", N),
])

add("a", """Suffolk villages vow to fight pylons as Sizewell C work ramps up

By East Anglian Daily Times reporter

Campaigners in east Suffolk say the county is being turned into "the plug socket of Britain" as construction of Sizewell C ramps up and National Grid presses ahead with plans for 114 miles of new pylons between Norwich and Tilbury.

The line would run south through Norfolk, Suffolk and Essex, passing close to Dickleburgh and Diss, crossing the Gipping valley near Bramford and skirting Dedham Vale, on the Suffolk-Essex border, before heading down to the Thames.

At Friston, near Aldeburgh, residents are still fighting substations for offshore wind farms whose cables will come ashore at Thorpeness. "We are a village of 400 people and we are being asked to host a power station's worth of kit," said one parish councillor.

People in Leiston, Saxmundham and Theberton say lorry traffic for Sizewell C on the A12 has already doubled, despite a new relief road. East Suffolk Council said it was monitoring noise levels.

Supporters point to jobs. Port operators in Lowestoft and Great Yarmouth say wind farm maintenance work in the North Sea now supports more than 2,000 jobs, and Ipswich firms have won contracts worth £300m.

Business leaders also want upgrades to the A14 between Felixstowe and Cambridge and to the A47 west of Norwich, saying East Anglia's roads have not kept pace with its energy boom.

A public examination of the pylon plans will open in Ipswich in the autumn.""", [
    ("East Anglian Daily Times", "-", N),
    ("Suffolk", "GB", A),
    ("Suffolk-Essex", "GB", A),
    ("Sizewell C", "GB", Q),
    ("Britain", "GB", C),
    ("Norwich", "GB", T, (52.63, 1.30)),
    ("Tilbury", "GB", T, (51.46, 0.36)),
    ("Norfolk", "GB", A),
    ("Essex", "GB", A),
    ("Dickleburgh", "GB", T, (52.40, 1.18)),
    ("Diss", "GB", T, (52.38, 1.11)),
    ("Gipping", "GB", N),
    ("Bramford", "GB", T, (52.08, 1.10)),
    ("Dedham Vale", "GB", N),
    ("Thames", "GB", N),
    ("Friston", "GB", T, (52.19, 1.53)),
    ("Aldeburgh", "GB", T, (52.15, 1.60)),
    ("Thorpeness", "GB", T, (52.18, 1.61)),
    ("Leiston", "GB", T, (52.21, 1.58)),
    ("Saxmundham", "GB", T, (52.21, 1.49)),
    ("Theberton", "GB", T, (52.23, 1.55)),
    ("A12", "GB", N),
    ("East Suffolk Council", "GB", Q),
    ("Lowestoft", "GB", T, (52.48, 1.75)),
    ("Great Yarmouth", "GB", T, (52.61, 1.73)),
    ("North Sea", "*", N),
    ("Ipswich", "GB", T, (52.06, 1.16)),
    ("A14", "GB", N),
    ("Felixstowe", "GB", T, (51.96, 1.35)),
    ("Cambridge", "GB", T, (52.20, 0.12)),
    ("A47", "GB", N),
    ("East Anglia", "GB", N),
])

add("a", """Five jailed over Everton gun feud that terrorised north Liverpool

By Liverpool Echo crime reporter

Five men have been jailed for a total of 94 years over a gang feud that saw shots fired in Everton, Anfield and Walton during a three-month spree.

Liverpool Crown Court heard that the group, based around Norris Green and Croxteth, targeted rivals from Kirkby and Huyton after a dispute over a cannabis farm in a rented house in Bootle.

In one attack a car was sprayed with bullets close to Goodison Park hours before Everton played Liverpool in the Merseyside derby, while a second shooting happened yards from Anfield on a matchday.

Prosecutor Nicola Brady said guns were moved along the M57 and hidden in a lock-up in St Helens, and that one defendant fled to Spain before being arrested in Marbella and extradited.

Two further defendants, from Birkenhead and Wallasey on the Wirral, were cleared of conspiracy to possess firearms.

Sentencing, the Recorder of Liverpool said the men had treated residential streets "as their own private battlefield".

Outside court, a Merseyside Police detective said: "Families in Everton and Kirkdale should be able to walk to the shops without worrying about stray bullets." Knowsley Council and Liverpool City Council have since funded extra CCTV cameras on the estates in Huyton and Norris Green where the gang operated.""", [
    ("Liverpool Echo", "-", N),
    ("Liverpool Crown Court", "-", N),
    ("Liverpool City Council", "GB", Q),
    ("Recorder of Liverpool", "GB", Q),
    ("Everton#1,2,4", "GB", T, (53.42, -2.97)),
    ("Everton#3", "-", N),
    ("Goodison Park", "-", N),
    ("Liverpool#1", "GB", T, (53.41, -2.98)),
    ("Liverpool#4", "-", N),
    ("Anfield#1", "GB", T, (53.43, -2.96)),
    ("Anfield#2", "-", N),
    ("Walton", "GB", T, (53.45, -2.97)),
    ("Norris Green", "GB", T, (53.45, -2.92)),
    ("Croxteth", "GB", T, (53.45, -2.90)),
    ("Kirkby", "GB", T, (53.48, -2.89)),
    ("Huyton", "GB", T, (53.41, -2.84)),
    ("Bootle", "GB", T, (53.47, -3.02)),
    ("Merseyside derby", "GB", Q),
    ("Merseyside Police", "GB", Q),
    ("M57", "GB", N),
    ("St Helens", "GB", T, (53.45, -2.73)),
    ("Spain", "ES", C),
    ("Marbella", "ES", T, (36.52, -4.89)),
    ("Birkenhead", "GB", T, (53.39, -3.01)),
    ("Wallasey", "GB", T, (53.42, -3.06)),
    ("Wirral", "GB", N),
    ("Kirkdale", "GB", T, (53.43, -2.98)),
    ("Knowsley Council", "GB", Q),
])

add("a", """Royal Derby Hospital declares critical incident as A&E demand soars

By Derby Telegraph health reporter

The trust that runs the Royal Derby Hospital declared a critical incident on Tuesday after its emergency department treated more than 600 patients in 24 hours.

University Hospitals of Derby and Burton NHS Foundation Trust said ambulances had queued outside for up to nine hours, and East Midlands Ambulance Service said crews from Ashbourne, Belper and Matlock were being diverted to Queen's Hospital in Burton upon Trent or to Chesterfield Royal Hospital.

People in Derby and south Derbyshire were asked to use pharmacies and the urgent treatment centres in Ilkeston, Ripley and Swadlincote unless their condition was life-threatening. Patients from Long Eaton were told they could also use the walk-in centre in Nottingham, although Nottingham's own Queen's Medical Centre reported similar pressures.

Doctors blamed a surge in flu and norovirus, and a cold snap that brought snow to the Peak District. The A6 near Buxton was closed for several hours on Monday, and the Snake Pass between Glossop and Sheffield remained shut on Tuesday.

"We are asking people to check on elderly neighbours, particularly in rural villages in the Derbyshire Dales where gritting has been limited," a spokesperson said.

Derby County players, who visited the children's ward on Monday, recorded a video urging fans to get vaccinated. Leicester Royal Infirmary and hospitals in Sheffield were also on their highest alert level, NHS England said.""", [
    ("Royal Derby Hospital", "-", N),
    ("Derby Telegraph", "-", N),
    ("University Hospitals of Derby and Burton NHS Foundation Trust", "GB", Q),
    ("East Midlands Ambulance Service", "GB", Q),
    ("Derby County", "-", N),
    ("Leicester Royal Infirmary", "-", N),
    ("Chesterfield Royal Hospital", "-", N),
    ("NHS England", "GB", Q),
    ("Derby", "GB", T, (52.92, -1.48)),
    ("Ashbourne", "GB", T, (53.02, -1.73)),
    ("Belper", "GB", T, (53.02, -1.48)),
    ("Matlock", "GB", T, (53.14, -1.56)),
    ("Burton upon Trent", "GB", T, (52.81, -1.64)),
    ("Derbyshire", "GB", A),
    ("Derbyshire Dales", "GB", A),
    ("Ilkeston", "GB", T, (52.97, -1.31)),
    ("Ripley", "GB", T, (53.03, -1.40)),
    ("Swadlincote", "GB", T, (52.77, -1.56)),
    ("Long Eaton", "GB", T, (52.90, -1.27)),
    ("Nottingham", "GB", T, (52.95, -1.15)),
    ("Peak District", "GB", N),
    ("A6", "GB", N),
    ("Buxton", "GB", T, (53.26, -1.91)),
    ("Snake Pass", "GB", N),
    ("Glossop", "GB", T, (53.44, -1.95)),
    ("Sheffield", "GB", T, (53.38, -1.47)),
])
# ---------------------------------------------------------------- genre b: Scotland, Wales, Northern Ireland
add("b", """A9 dualling: fresh delay to Tomatin-Moy stretch angers Highland drivers

By Press and Journal reporter

Campaigners have reacted with fury after Transport Scotland confirmed that dualling of the A9 between Tomatin and Moy will not be finished until 2028, a year later than promised.

The road between Perth and Inverness has been a source of anger for decades, with 13 people killed on it last year. Only two sections, Kincraig to Dalraddy near Aviemore and Luncarty to the Pass of Birnam north of Perth, have so far been fully completed.

Work on the stretch south of Inverness began in 2022. The Scottish Government says the whole route will now be dualled by 2035.

A Highland councillor for Badenoch and Strathspey said families in Newtonmore and Kingussie felt forgotten. "We drive past Dalwhinnie and over the Drumochter Pass in snow knowing the next safe place to overtake might be ten miles away," she said.

Hoteliers in Pitlochry and Dunkeld say summer queues now stretch back to Ballinluig, and tourism bosses in the Cairngorms warn that visitors from Glasgow and Edinburgh are choosing the A82 through Fort William instead.

The Highland Main Line railway, which shares the corridor, is also largely single track between Perth and Inverness, with passing loops at Carrbridge and Dalwhinnie.

A Transport Scotland spokesperson said ground conditions on the Moy section had been "significantly more challenging than expected". The Cabinet Secretary for Transport is expected to face questions at Holyrood next week.""", [
    ("A9", "GB", N),
    ("Tomatin", "GB", T, (57.33, -3.99)),
    ("Moy", "GB", T, (57.38, -4.05)),
    ("Transport Scotland", "GB", Q),
    ("Scottish Government", "GB", Q),
    ("Perth", "GB", T, (56.40, -3.43)),
    ("Inverness", "GB", T, (57.48, -4.22)),
    ("Kincraig", "GB", T, (57.13, -3.93)),
    ("Dalraddy", "GB", T, (57.15, -3.88)),
    ("Aviemore", "GB", T, (57.20, -3.83)),
    ("Luncarty", "GB", T, (56.45, -3.47)),
    ("Pass of Birnam", "GB", N, (56.56, -3.58)),
    ("Highland", "GB", Q),
    ("Highland Main Line", "GB", Q),
    ("Badenoch and Strathspey", "GB", A),
    ("Newtonmore", "GB", T, (57.07, -4.12)),
    ("Kingussie", "GB", T, (57.08, -4.05)),
    ("Dalwhinnie", "GB", T, (56.94, -4.24)),
    ("Drumochter Pass", "GB", N, (56.85, -4.22)),
    ("Pitlochry", "GB", T, (56.71, -3.73)),
    ("Dunkeld", "GB", T, (56.57, -3.59)),
    ("Ballinluig", "GB", T, (56.66, -3.66)),
    ("Cairngorms", "GB", N),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("A82", "GB", N),
    ("Fort William", "GB", T, (56.82, -5.11)),
    ("Carrbridge", "GB", T, (57.28, -3.82)),
    ("Holyrood", "GB", Q),
])

add("b", """Larkhall man jailed for train attack on Glasgow Celtic fans

By Herald court reporter

A Larkhall man who attacked two Glasgow Celtic supporters on a train after an Old Firm match has been jailed for 18 months at Hamilton Sheriff Court.

The court heard that John McBride, 34, had been drinking in Glasgow city centre before boarding a train at Glasgow Central bound for Lanark. Between Uddingston and Bellshill he punched one man, from Coatbridge, and struck his friend, from Airdrie, with a bottle.

Other passengers pulled the emergency alarm and the train was held at Bellshill, where British Transport Police officers arrested McBride on the platform. One victim was taken to University Hospital Wishaw with a fractured cheekbone.

Defence solicitor Claire Hamilton said her client, a scaffolder who works on sites in East Kilbride and Motherwell, had no memory of the incident and was "deeply ashamed".

Sheriff Derek Pyle told him: "People are entitled to travel home from a football match without being assaulted because of the scarf they are wearing."

McBride was also banned from attending any football match in Scotland for three years, including Hamilton Academical games at New Douglas Park, a short walk from the court in Hamilton town centre.

South Lanarkshire Council said the attack was one of 14 football-related assaults on trains in Lanarkshire this season, most on the Argyle Line between Glasgow and Motherwell.""", [
    ("Larkhall", "GB", T, (55.73, -3.97)),
    ("Glasgow Celtic", "-", N),
    ("Hamilton Sheriff Court", "-", N),
    ("Hamilton Academical", "-", N),
    ("New Douglas Park", "-", N),
    ("Claire Hamilton", "-", N),
    ("Hamilton", "GB", T, (55.77, -4.03)),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Glasgow Central", "GB", Q),
    ("Lanark", "GB", T, (55.67, -3.78)),
    ("Uddingston", "GB", T, (55.82, -4.08)),
    ("Bellshill", "GB", T, (55.82, -4.02)),
    ("Coatbridge", "GB", T, (55.86, -4.02)),
    ("Airdrie", "GB", T, (55.87, -3.98)),
    ("British Transport Police", "GB", Q),
    ("University Hospital Wishaw", "-", N),
    ("East Kilbride", "GB", T, (55.76, -4.18)),
    ("Motherwell", "GB", T, (55.79, -3.99)),
    ("Scotland", "GB", A),
    ("South Lanarkshire Council", "GB", Q),
    ("Lanarkshire", "GB", A),
])

add("b", """Shetland shelves empty as storms halt NorthLink sailings

By Press and Journal reporter

Supermarket shelves in Lerwick were running short of milk, bread and fresh fruit last night after four days of cancelled NorthLink sailings between Aberdeen and the Northern Isles.

Storm-force winds in the North Sea forced the overnight freight and passenger ferries to stay in port, while the Pentland Firth crossing between Stromness and Scrabster was also cancelled for three days.

Shetland Islands Council said it was working with retailers to bring in emergency supplies by air through Sumburgh, but Loganair flights from Aberdeen, Edinburgh and Glasgow were also disrupted by high winds. The council's own inter-island ferries to Yell, Unst and Whalsay ran a reduced service, and there was no boat to Fair Isle or Foula for a week.

In Kirkwall, Orkney Islands Council said fuel supplies were stable but warned that salmon farms around Scapa Flow and fish processors in Scalloway were struggling to get produce to market in Aberdeen.

"This is a lifeline service for 40,000 people and it has failed again," said Orkney and Shetland MP Alistair Carmichael. He has called for a third freight vessel to serve the route.

Hauliers in Caithness said lorries had been queuing at Scrabster and in Thurso and Wick since Saturday. A summer passenger ferry from John o' Groats to Burwick in South Ronaldsay does not start until May.

Serco NorthLink said sailings from Aberdeen to Kirkwall and Lerwick would resume on Thursday evening, weather permitting.""", [
    ("Shetland", "GB", N),
    ("Shetland Islands Council", "GB", Q),
    ("Lerwick", "GB", T, (60.15, -1.14)),
    ("Aberdeen", "GB", T, (57.14, -2.10)),
    ("Northern Isles", "GB", N),
    ("North Sea", "*", N),
    ("Pentland Firth", "GB", N),
    ("Stromness", "GB", T, (58.96, -3.30)),
    ("Scrabster", "GB", T, (58.61, -3.55)),
    ("Sumburgh", "GB", T, (59.87, -1.28)),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Yell", "GB", N, (60.60, -1.10)),
    ("Unst", "GB", N, (60.75, -0.88)),
    ("Whalsay", "GB", N, (60.35, -0.98)),
    ("Fair Isle", "GB", N, (59.53, -1.63)),
    ("Foula", "GB", N, (60.13, -2.07)),
    ("Kirkwall", "GB", T, (58.98, -2.96)),
    ("Orkney Islands Council", "GB", Q),
    ("Scapa Flow", "GB", N),
    ("Scalloway", "GB", T, (60.14, -1.28)),
    ("Orkney", "GB", N),
    ("Caithness", "GB", A),
    ("Thurso", "GB", T, (58.59, -3.53)),
    ("Wick", "GB", T, (58.44, -3.09)),
    ("John o' Groats", "GB", T, (58.64, -3.07)),
    ("Burwick", "GB", T, (58.74, -2.97)),
    ("South Ronaldsay", "GB", N),
])

add("b", """Queensferry Crossing shut after ice falls from cables

By Edinburgh Evening News reporter

The Queensferry Crossing was closed in both directions for most of Tuesday after ice began falling from its cables, causing long delays for commuters travelling between Fife and Edinburgh.

Traffic Scotland diverted vehicles over the Kincardine Bridge and the Clackmannanshire Bridge, adding up to 40 miles to journeys. Tailbacks on the M90 stretched back past Dunfermline to the Kelty junction, while the A985 through Rosyth was gridlocked for much of the morning.

The old Forth Road Bridge, which normally carries only buses and taxis, was opened to cars from 2pm. Police officers directed traffic at roundabouts in South Queensferry and North Queensferry.

ScotRail added extra carriages to services from Kirkcaldy, Inverkeithing and Dalmeny, with the Forth Bridge carrying trains as normal. Passengers at Edinburgh Waverley were told to expect crowding on routes to Fife until the evening.

Four cars were damaged by falling ice, the Forth bridges operator said, though no-one was hurt. The crossing was previously shut for three days in 2019 for the same reason.

Fife Council's co-leader said the closure showed the region's "over-reliance on a single route". Businesses in Grangemouth and Falkirk reported delivery delays as hauliers switched to the M9 via Stirling.

The crossing spans the Firth of Forth between the City of Edinburgh and Fife, and carries about 80,000 vehicles a day. It reopened at 9pm after engineers confirmed the ice had thawed.""", [
    ("Queensferry Crossing", "GB", Q),
    ("Fife", "GB", A),
    ("Fife Council", "GB", Q),
    ("Edinburgh", "GB", T, (55.95, -3.19)),
    ("Edinburgh Evening News", "-", N),
    ("Edinburgh Waverley", "GB", Q),
    ("City of Edinburgh", "GB", A),
    ("Traffic Scotland", "GB", Q),
    ("Kincardine Bridge", "GB", N),
    ("Clackmannanshire Bridge", "GB", N),
    ("M90", "GB", N),
    ("Dunfermline", "GB", T, (56.07, -3.46)),
    ("Kelty", "GB", T, (56.13, -3.38)),
    ("A985", "GB", N),
    ("Rosyth", "GB", T, (56.04, -3.44)),
    ("Forth Road Bridge", "GB", N),
    ("South Queensferry", "GB", T, (55.99, -3.40)),
    ("North Queensferry", "GB", T, (56.01, -3.39)),
    ("Kirkcaldy", "GB", T, (56.12, -3.16)),
    ("Inverkeithing", "GB", T, (56.03, -3.40)),
    ("Dalmeny", "GB", T, (55.98, -3.38)),
    ("Forth Bridge", "GB", N),
    ("Grangemouth", "GB", T, (56.01, -3.72)),
    ("Falkirk", "GB", T, (56.00, -3.79)),
    ("M9", "GB", N),
    ("Stirling", "GB", T, (56.12, -3.94)),
    ("Firth of Forth", "GB", N),
    ("Forth", "GB", N),
])

add("b", """Islanders' anger as CalMac cancels Barra and South Uist sailings

By West Highland Free Press reporter

Communities in the Western Isles have reacted with anger after CalMac cancelled all sailings to Barra and South Uist for a fortnight while the MV Isle of Lewis is moved to cover for a ferry undergoing repairs.

The company said Oban to Castlebay sailings and the Mallaig to Lochboisdale route would be suspended until 2 June, leaving Barra reliant on the small Eriskay ferry and on flights landing on the beach at Traigh Mhor from Glasgow.

The Isle of Lewis is being moved to the Ullapool to Stornoway route after the MV Loch Seaforth developed an engine fault. The Uig to Tarbert and Lochmaddy service, linking Skye with Harris and North Uist, will run on a reduced timetable.

Comhairle nan Eilean Siar said the cuts would hit fish farms and hotels at the start of the tourist season. "People on Barra are again being treated as second-class citizens," said one councillor in Castlebay.

Elsewhere on the network, the Oban to Craignure route to Mull was operating normally, but the Kennacraig to Port Ellen sailing to Islay was cancelled on Monday because of high winds on the Sound of Gigha.

Argyll and Bute Council said hauliers using the A83 over the Rest and Be Thankful, closed by landslips twice this month, had also been hit. The Scottish Government said two new vessels being built in Turkey would join the fleet next year.""", [
    ("West Highland Free Press", "-", N),
    ("Western Isles", "GB", N),
    ("Barra", "GB", N, (56.98, -7.47)),
    ("South Uist", "GB", N),
    ("MV Isle of Lewis", "-", N),
    ("Isle of Lewis", "-", N),
    ("MV Loch Seaforth", "-", N),
    ("Oban", "GB", T, (56.41, -5.47)),
    ("Castlebay", "GB", T, (56.95, -7.49)),
    ("Mallaig", "GB", T, (57.00, -5.83)),
    ("Lochboisdale", "GB", T, (57.15, -7.31)),
    ("Eriskay", "GB", N, (57.08, -7.29)),
    ("Traigh Mhor", "GB", N, (57.03, -7.44)),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Ullapool", "GB", T, (57.90, -5.16)),
    ("Stornoway", "GB", T, (58.21, -6.39)),
    ("Uig", "GB", T, (57.59, -6.36)),
    ("Tarbert", "GB", T, (57.90, -6.81)),
    ("Lochmaddy", "GB", T, (57.60, -7.16)),
    ("Skye", "GB", N, (57.30, -6.20)),
    ("Harris", "GB", N, (57.85, -6.85)),
    ("North Uist", "GB", N),
    ("Comhairle nan Eilean Siar", "GB", Q),
    ("Craignure", "GB", T, (56.47, -5.71)),
    ("Mull", "GB", N, (56.45, -5.95)),
    ("Kennacraig", "GB", T, (55.81, -5.48)),
    ("Port Ellen", "GB", T, (55.63, -6.18)),
    ("Islay", "GB", N, (55.80, -6.20)),
    ("Sound of Gigha", "GB", N),
    ("Argyll and Bute Council", "GB", Q),
    ("A83", "GB", N),
    ("Rest and Be Thankful", "GB", N, (56.23, -4.86)),
    ("Scottish Government", "GB", Q),
    ("Turkey", "TR", C),
])
add("b", """M4 Brynglas tunnels: Newport drivers face six months of night closures

By Western Mail reporter

Drivers in and around Newport face six months of overnight closures of the Brynglas tunnels on the M4 from next month while the Welsh Government replaces lighting and fire safety systems.

Westbound traffic will leave the motorway at junction 24 at Coldra and be sent through the city along the A48 Southern Distributor Road, rejoining at junction 28 at Tredegar Park. Eastbound traffic will come off at junction 25 for Caerleon.

Residents of Malpas, Bettws and Caerleon fear lorries will be sent through their streets by sat-navs. "We already get the overspill every time there's a crash between Magor and Coldra," said one Malpas councillor.

Businesses in Cwmbran and Pontypool, across the border in Torfaen, warned that deliveries from distribution centres near Chepstow and Bristol would be delayed, while commuters heading for Cardiff were urged to use trains from Newport, Caerphilly or Severn Tunnel Junction at Rogiet.

The tunnels, built in 1967, are a notorious bottleneck on the main route between south Wales and England. The M4 relief road, which would have taken traffic across the Gwent Levels south of the city, was scrapped in 2019 on cost and environmental grounds.

Gwent Police said officers would be on duty at junction 26 at Malpas each night. Newport County have moved Tuesday night home games at Rodney Parade to a 7pm kick-off to avoid the closures.

The work is expected to finish before the Wales v England rugby international in Cardiff in March.""", [
    ("M4", "GB", N),
    ("Brynglas", "GB", N, (51.60, -3.00)),
    ("Newport", "GB", T, (51.59, -3.00)),
    ("Newport County", "-", N),
    ("Welsh Government", "GB", Q),
    ("Coldra", "GB", T, (51.59, -2.94)),
    ("A48", "GB", N),
    ("Tredegar Park", "GB", N, (51.56, -3.03)),
    ("Caerleon", "GB", T, (51.61, -2.95)),
    ("Malpas", "GB", T, (51.61, -3.00)),
    ("Bettws", "GB", T, (51.61, -3.03)),
    ("Magor", "GB", T, (51.58, -2.83)),
    ("Cwmbran", "GB", T, (51.65, -3.02)),
    ("Pontypool", "GB", T, (51.70, -3.04)),
    ("Torfaen", "GB", A),
    ("Chepstow", "GB", T, (51.64, -2.68)),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Cardiff", "GB", T, (51.48, -3.18)),
    ("Caerphilly", "GB", T, (51.57, -3.22)),
    ("Severn Tunnel Junction", "GB", Q),
    ("Rogiet", "GB", T, (51.59, -2.78)),
    ("Wales#1", "GB", A),
    ("Wales#2", "-", N),
    ("England#1", "GB", A),
    ("England#2", "-", N),
    ("Gwent Levels", "GB", N),
    ("Gwent Police", "GB", Q),
    ("Rodney Parade", "-", N),
])

add("b", """Bangor University to cut 200 jobs as overseas students fall

By BBC News, North West Wales

Bangor University is to cut up to 200 jobs as it tries to close a £15m funding gap caused by a steep fall in international student numbers.

Staff at the university, the biggest employer in Bangor after Ysbyty Gwynedd hospital, were told in an email on Monday. Unions said the cuts would hit courses taught through the medium of Welsh and ocean sciences research at its Menai Bridge campus on Anglesey.

Recruitment from India, Nigeria and China has dropped sharply since rules on bringing family members to the UK were tightened, the university said. Similar cuts have been announced at Cardiff University, Aberystwyth University and Wrexham University.

Gwynedd Council leader Nia Jeffreys said the city's economy "cannot absorb a blow of this size". Landlords in Upper Bangor and Hirael say student lets are already lying empty, while cafes on the High Street rely on staff and students.

Llinos Medi, MP for Ynys Môn, said families in Llangefni and Holyhead who commute across the Menai Strait would be hit hard, and Caernarfon's MP called for the Welsh Government to step in.

The university also runs a campus in Wrexham and a research farm at Abergwyngregyn, near the A55. A spokesperson said no campus would close and that students from Llandudno, Conwy and Pwllheli on part-time courses would not be affected.

The University and College Union said it would ballot members in Bangor and across north Wales on strike action.""", [
    ("Bangor University", "-", N),
    ("Bangor", "GB", T, (53.23, -4.13)),
    ("Upper Bangor", "GB", T, (53.23, -4.14)),
    ("North West Wales", "GB", N),
    ("Ysbyty Gwynedd", "-", N),
    ("Gwynedd Council", "GB", Q),
    ("Welsh", "GB", Q),
    ("Welsh Government", "GB", Q),
    ("Menai Bridge", "GB", T, (53.23, -4.17)),
    ("Anglesey", "GB", N),
    ("India", "IN", C),
    ("Nigeria", "NG", C),
    ("China", "CN", C),
    ("UK", "GB", C),
    ("Cardiff University", "-", N),
    ("Aberystwyth University", "-", N),
    ("Wrexham University", "-", N),
    ("Hirael", "GB", T, (53.23, -4.12)),
    ("Ynys Môn", "GB", A),
    ("Llangefni", "GB", T, (53.26, -4.31)),
    ("Holyhead", "GB", T, (53.31, -4.63)),
    ("Menai Strait", "GB", N),
    ("Caernarfon", "GB", T, (53.14, -4.27)),
    ("Wrexham", "GB", T, (53.05, -2.99)),
    ("Abergwyngregyn", "GB", T, (53.24, -4.02)),
    ("A55", "GB", N),
    ("Llandudno", "GB", T, (53.32, -3.83)),
    ("Conwy", "GB", T, (53.28, -3.83)),
    ("Pwllheli", "GB", T, (52.89, -4.41)),
    ("Wales", "GB", A),
])

add("b", """Pontypridd traders 'can't face another flood' as River Taff rises again

By BBC News, Wales

Shopkeepers in Pontypridd spent Sunday night moving stock upstairs as the River Taff rose to within a metre of the town's flood walls, four years after Storm Dennis devastated the town centre.

Natural Resources Wales issued flood warnings for the Taff at Pontypridd, Abercynon and Taff's Well, and for the River Cynon at Mountain Ash and Aberdare. Rhondda Cynon Taf Council opened a rest centre in Treforest after homes in Nantgarw and Glyntaff were flooded.

In the Rhondda, the A4061 over the mountain from Treorchy towards Hirwaun was closed by a landslip, and residents of Porth and Ynysybwl were told to stay away from swollen streams.

The A470 between Merthyr Tydfil and Cardiff was closed northbound at Abercynon for six hours, and Transport for Wales suspended trains on the valley lines to Treherbert and Aberdare.

"We put everything we had into reopening after Dennis," said Sian Evans, who runs a cafe on Taff Street. "If it comes through the doors again, I don't think we can carry on."

Caerphilly Council said a culvert had collapsed in Bedwas, and in Cardiff the river was running close to the top of its banks near the Principality Stadium, forcing the closure of paths in Bute Park.

The Welsh Government said £75m had been spent on flood defences in Rhondda Cynon Taf since 2020. Forecasters said more rain was expected over the Brecon Beacons on Tuesday.""", [
    ("Pontypridd", "GB", T, (51.60, -3.34)),
    ("River Taff", "GB", N),
    ("Taff", "GB", N),
    ("Wales", "GB", A),
    ("Natural Resources Wales", "GB", Q),
    ("Transport for Wales", "GB", Q),
    ("Abercynon", "GB", T, (51.65, -3.33)),
    ("Taff's Well", "GB", T, (51.54, -3.26)),
    ("River Cynon", "GB", N),
    ("Mountain Ash", "GB", T, (51.68, -3.38)),
    ("Aberdare", "GB", T, (51.71, -3.45)),
    ("Rhondda Cynon Taf", "GB", A),
    ("Rhondda Cynon Taf Council", "GB", Q),
    ("Treforest", "GB", T, (51.59, -3.32)),
    ("Nantgarw", "GB", T, (51.56, -3.27)),
    ("Glyntaff", "GB", T, (51.59, -3.32)),
    ("Rhondda", "GB", N, (51.64, -3.45)),
    ("A4061", "GB", N),
    ("Treorchy", "GB", T, (51.66, -3.51)),
    ("Hirwaun", "GB", T, (51.74, -3.51)),
    ("Porth", "GB", T, (51.61, -3.40)),
    ("Ynysybwl", "GB", T, (51.64, -3.36)),
    ("A470", "GB", N),
    ("Merthyr Tydfil", "GB", T, (51.75, -3.38)),
    ("Cardiff", "GB", T, (51.48, -3.18)),
    ("Treherbert", "GB", T, (51.67, -3.54)),
    ("Taff Street", "GB", Q),
    ("Caerphilly Council", "GB", Q),
    ("Bedwas", "GB", T, (51.59, -3.20)),
    ("Principality Stadium", "-", N),
    ("Bute Park", "GB", Q),
    ("Welsh Government", "GB", Q),
    ("Brecon Beacons", "GB", N),
])

add("b", """Farmers pack Royal Welsh Show as subsidy row rumbles on

By Western Mail rural affairs correspondent

Farmers from across Wales packed the showground at Llanelwedd, near Builth Wells, on the opening day of the Royal Welsh Show, with many still angry over the Welsh Government's new subsidy scheme.

The Sustainable Farming Scheme requires farms to plant trees and manage habitat on a share of their land. Protests last year brought tractors to the Senedd in Cardiff Bay and to council offices in Carmarthen, Welshpool and Llandrindod Wells.

"My family has farmed above Lampeter for 200 years. We are not going to be told to plant trees on our best grazing," said sheep farmer Dafydd Jones, who travelled from Ceredigion with his two sons.

Hill farmers from Machynlleth and the upper Dyfi valley said changes announced this week were a step in the right direction, while dairy farmers from Carmarthenshire and Pembrokeshire said milk prices remained their main worry.

Farming unions also warned about the trade deals with Australia and New Zealand, saying Welsh lamb from the hills of Powys could not compete on price.

Organisers expect 250,000 visitors over four days. Traffic on the A483 between Llandrindod Wells and Builth Wells queued for up to two hours on Monday, and extra trains ran on the Heart of Wales line from Swansea and Shrewsbury.

Elsewhere on the showground, shearers from Aberystwyth and Cardigan took top prizes, and a Hay-on-Wye cider maker won the new drinks award. Pollution in the River Wye, blamed partly on poultry farms in Powys and Herefordshire, was the subject of a packed debate in the afternoon.""", [
    ("Royal Welsh Show", "GB", Q),
    ("Wales", "GB", A),
    ("Heart of Wales", "GB", Q),
    ("Llanelwedd", "GB", T, (52.16, -3.39)),
    ("Builth Wells", "GB", T, (52.15, -3.40)),
    ("Welsh Government", "GB", Q),
    ("Welsh", "GB", Q),
    ("Cardiff Bay", "GB", N),
    ("Carmarthen", "GB", T, (51.86, -4.31)),
    ("Welshpool", "GB", T, (52.66, -3.15)),
    ("Llandrindod Wells", "GB", T, (52.24, -3.38)),
    ("Lampeter", "GB", T, (52.11, -4.08)),
    ("Ceredigion", "GB", A),
    ("Machynlleth", "GB", T, (52.59, -3.85)),
    ("Dyfi", "GB", N),
    ("Carmarthenshire", "GB", A),
    ("Pembrokeshire", "GB", A),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("Powys", "GB", A),
    ("A483", "GB", N),
    ("Swansea", "GB", T, (51.62, -3.94)),
    ("Shrewsbury", "GB", T, (52.71, -2.75)),
    ("Aberystwyth", "GB", T, (52.42, -4.08)),
    ("Cardigan", "GB", T, (52.08, -4.66)),
    ("Hay-on-Wye", "GB", T, (52.07, -3.13)),
    ("River Wye", "GB", N),
    ("Herefordshire", "GB", A),
])
add("b", """Bangor seafront regeneration approved after two decades of delay

By Belfast Telegraph reporter

Plans to transform Queen's Parade in Bangor have finally been approved, more than 20 years after the seafront site in the Co Down town was first earmarked for redevelopment.

Ards and North Down Borough Council's planning committee backed the £50m scheme, which includes a hotel, apartments, a public square and a new promenade overlooking Belfast Lough, by 11 votes to three.

The project is part of the Belfast Region City Deal, which is also funding schemes in Lisburn, Newtownabbey and Carrickfergus.

Traders in the town centre, where one in four units lies empty, welcomed the decision. "People from Holywood and Newtownards drive straight past us to shop in Belfast. This gives them a reason to stop," said one shop owner.

Objectors from Groomsport and Ballyholme said the buildings were too tall and would block views of the marina and of the Copeland Islands off Donaghadee.

Separately, the Department for Infrastructure said it would start work next year on improvements to the A2 between Bangor and Belfast at Crawfordsburn and Cultra, where queues regularly build at rush hour.

The council is also consulting on a greenway linking Comber and Newtownards along the shore of Strangford Lough, and on plans for a new leisure centre in Portaferry on the Ards Peninsula.

Funding for the scheme still needs final sign-off from Stormont, where ministers have warned of pressure on capital budgets across Northern Ireland.""", [
    ("Belfast Telegraph", "-", N),
    ("Queen's Parade", "GB", Q),
    ("Bangor", "GB", T, (54.66, -5.67)),
    ("Co Down", "GB", A),
    ("Ards and North Down Borough Council", "GB", Q),
    ("Belfast Lough", "GB", N),
    ("Belfast Region City Deal", "GB", Q),
    ("Lisburn", "GB", T, (54.52, -6.04)),
    ("Newtownabbey", "GB", T, (54.66, -5.91)),
    ("Carrickfergus", "GB", T, (54.72, -5.81)),
    ("Holywood", "GB", T, (54.64, -5.82)),
    ("Newtownards", "GB", T, (54.59, -5.69)),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Groomsport", "GB", T, (54.67, -5.62)),
    ("Ballyholme", "GB", T, (54.67, -5.65)),
    ("Copeland Islands", "GB", N),
    ("Donaghadee", "GB", T, (54.64, -5.54)),
    ("A2", "GB", N),
    ("Crawfordsburn", "GB", T, (54.65, -5.72)),
    ("Cultra", "GB", T, (54.65, -5.79)),
    ("Comber", "GB", T, (54.55, -5.74)),
    ("Strangford Lough", "GB", N),
    ("Portaferry", "GB", T, (54.38, -5.55)),
    ("Ards Peninsula", "GB", N),
    ("Stormont", "GB", Q),
    ("Northern Ireland", "GB", A),
])

add("b", """Cross-border greenway linking Derry and Buncrana opens to cyclists

By BBC News NI

A cross-border walking and cycling route linking Derry with Buncrana in Co Donegal has opened, completing the latest section of the North West Greenway network.

One branch follows the River Foyle north from the city past Culmore before crossing the border at Muff, while a second heads west through Pennyburn and Galliagh to Bridgend and on to Buncrana on the Inishowen peninsula.

The project, funded by the EU's Peace Plus programme, was delivered by Derry City and Strabane District Council with Donegal County Council. A third section, between Strabane and Lifford, is due to open next spring.

"Every day thousands of people cross between Derry and Donegal to work, study and shop. This gives them a safe, free way to do it," said the council's mayor.

The DUP, whose members refer to the city as Londonderry, also welcomed the scheme, but said the money should be matched by investment in the A6 to Belfast and the long-delayed A5 to Aughnacloy.

Players from Derry City and from Finn Harps, who are based in Ballybofey, cycled the first stretch together on Saturday morning, with several hundred people joining them at the Peace Bridge.

Tourism officials hope the route will eventually link with paths to Limavady and Dungiven in Co Londonderry, and to Letterkenny and Lough Swilly on the Donegal side. Visitor numbers at Grianán of Aileach, the hilltop fort overlooking Lough Foyle and Lough Swilly near Burt, have doubled since the first section opened.""", [
    ("Derry City and Strabane District Council", "GB", Q),
    ("Derry City", "-", N),
    ("Derry", "GB", T, (55.00, -7.31)),
    ("Londonderry", "GB", T, (55.00, -7.31)),
    ("Co Londonderry", "GB", A),
    ("Buncrana", "IE", T, (55.13, -7.45)),
    ("Co Donegal", "IE", A),
    ("Donegal County Council", "IE", Q),
    ("Donegal", "IE", A),
    ("North West Greenway", "GB|IE", Q),
    ("River Foyle", "*", N),
    ("Culmore", "GB", T, (55.04, -7.26)),
    ("Muff", "IE", T, (55.07, -7.27)),
    ("Pennyburn", "GB", T, (55.02, -7.32)),
    ("Galliagh", "GB", T, (55.03, -7.34)),
    ("Bridgend", "IE", T, (55.04, -7.39)),
    ("Inishowen", "IE", N),
    ("EU", "*", Q),
    ("Strabane", "GB", T, (54.82, -7.47)),
    ("Lifford", "IE", T, (54.83, -7.48)),
    ("A6", "GB", N),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("A5", "GB", N),
    ("Aughnacloy", "GB", T, (54.41, -6.97)),
    ("Finn Harps", "-", N),
    ("Ballybofey", "IE", T, (54.80, -7.79)),
    ("Peace Bridge", "GB", Q),
    ("Limavady", "GB", T, (55.05, -6.95)),
    ("Dungiven", "GB", T, (54.93, -6.92)),
    ("Letterkenny", "IE", T, (54.95, -7.73)),
    ("Lough Swilly", "IE", N),
    ("Grianán of Aileach", "IE", N),
    ("Lough Foyle", "*", N),
    ("Burt", "IE", T, (55.02, -7.43)),
])

add("b", """Lough Neagh algae returns as fishermen warn of 'dying lough'

By Belfast Telegraph reporter

Thick mats of blue-green algae have returned to the shores of Lough Neagh weeks earlier than last year, with fishermen warning that the UK's largest freshwater lake is dying.

The Northern Ireland Environment Agency said toxic blooms had been confirmed at Antrim Lough Shore Park, at Ballyronan marina in Co Londonderry and at Oxford Island near Craigavon in Co Armagh. Dog owners in Toome and in Ardboe, Co Tyrone, were told to keep pets out of the water.

The lough, which borders five of Northern Ireland's six counties, supplies about 40% of the region's drinking water. NI Water said treatment works at Castor Bay near Lurgan were coping.

Eel fishermen said catches were down by a third. "My father fished out of Ardboe and so did his father. I don't know if my son will," said one.

The algae has also spread down the Lower Bann through Portglenone and Kilrea towards Coleraine, where canoe hire firms on the river have cancelled bookings.

Scientists at Queen's University Belfast blame nutrients from farm run-off in Co Tyrone and Co Antrim, leaking septic tanks and invasive zebra mussels, which have made the water clearer and warmer.

Councillors in Magherafelt, Cookstown and Portadown have called for an independent body to manage the lough, which is privately owned by the Earl of Shaftesbury. Water quality has also worsened in the River Bann upstream of Portadown and in the Upper Bann around Banbridge, according to the agency's latest report.""", [
    ("Lough Neagh", "GB", N),
    ("UK", "GB", C),
    ("Northern Ireland Environment Agency", "GB", Q),
    ("Northern Ireland", "GB", A),
    ("Antrim Lough Shore Park", "GB", Q),
    ("Ballyronan", "GB", T, (54.71, -6.52)),
    ("Co Londonderry", "GB", A),
    ("Oxford Island", "GB", N, (54.51, -6.39)),
    ("Craigavon", "GB", T, (54.45, -6.39)),
    ("Co Armagh", "GB", A),
    ("Toome", "GB", T, (54.75, -6.46)),
    ("Ardboe", "GB", T, (54.62, -6.56)),
    ("Co Tyrone", "GB", A),
    ("Castor Bay", "GB", N, (54.49, -6.36)),
    ("Lurgan", "GB", T, (54.46, -6.33)),
    ("Lower Bann", "GB", N),
    ("Portglenone", "GB", T, (54.87, -6.48)),
    ("Kilrea", "GB", T, (54.95, -6.56)),
    ("Coleraine", "GB", T, (55.13, -6.67)),
    ("Queen's University Belfast", "-", N),
    ("Co Antrim", "GB", A),
    ("Magherafelt", "GB", T, (54.75, -6.61)),
    ("Cookstown", "GB", T, (54.64, -6.75)),
    ("Portadown", "GB", T, (54.42, -6.44)),
    ("Earl of Shaftesbury", "-", N),
    ("River Bann", "GB", N),
    ("Upper Bann", "GB", N),
    ("Banbridge", "GB", T, (54.35, -6.28)),
])

add("b", """Cannabis worth £2m found in lorry at Warrenpoint Harbour

By BBC News NI

Police have seized cannabis with an estimated street value of £2m from a lorry that arrived at Warrenpoint Harbour on an overnight ferry from Heysham in Lancashire.

The Police Service of Northern Ireland said the drugs were found hidden among pallets of frozen vegetables during a search by officers and Border Force staff on Tuesday morning.

A 41-year-old man from Newry appeared at Newry Magistrates' Court on Wednesday charged with possession with intent to supply. He was remanded in custody to Maghaberry prison.

Follow-up searches were carried out at homes in Kilkeel, Rostrevor and Newcastle, and at a farm near Castlewellan, where £50,000 in cash was found.

Detectives believe the drugs were destined for both sides of the border. Gardaí in Dundalk, Co Louth, searched a house in Omeath, on the southern shore of Carlingford Lough, on the same day.

"Organised crime gangs in south Armagh and around the Mournes see this harbour as a gateway," said Detective Inspector Paul McCready. "Lorries coming off that boat can be on the A1 through Banbridge to Belfast, or over the border on the M1 to Dublin, within the hour."

Warrenpoint, at the head of Carlingford Lough, is Northern Ireland's second-busiest port after Belfast, handling about 3.5 million tonnes of freight a year. Its operator said it would install a new scanner.

It is the third large seizure at the harbour this year. In March, herbal cannabis worth £700,000 was found in a van that had travelled from Cairnryan in Scotland to Belfast and then on to Newry.""", [
    ("Warrenpoint Harbour", "GB", Q),
    ("Warrenpoint", "GB", T, (54.10, -6.25)),
    ("Heysham", "GB", T, (54.04, -2.89)),
    ("Lancashire", "GB", A),
    ("Police Service of Northern Ireland", "GB", Q),
    ("Northern Ireland", "GB", A),
    ("Newry", "GB", T, (54.18, -6.34)),
    ("Newry Magistrates' Court", "-", N),
    ("Maghaberry", "GB", T, (54.51, -6.19)),
    ("Kilkeel", "GB", T, (54.06, -6.00)),
    ("Rostrevor", "GB", T, (54.10, -6.20)),
    ("Newcastle", "GB", T, (54.22, -5.89)),
    ("Castlewellan", "GB", T, (54.26, -5.94)),
    ("Dundalk", "IE", T, (54.00, -6.42)),
    ("Co Louth", "IE", A),
    ("Omeath", "IE", T, (54.09, -6.26)),
    ("Carlingford Lough", "*", N),
    ("Armagh", "GB", A),
    ("Mournes", "GB", N),
    ("A1", "GB", N),
    ("Banbridge", "GB", T, (54.35, -6.28)),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("M1", "IE", N),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Cairnryan", "GB", T, (54.97, -5.02)),
    ("Scotland", "GB", A),
])
# ---------------------------------------------------------------- genre c: Republic of Ireland
add("c", """Midleton traders face clean-up again as Owenacurra bursts its banks

By Irish Examiner reporter

Businesses in Midleton are counting the cost of flooding for the second time in a year after the Owenacurra River burst its banks overnight, sending water down Main Street and into dozens of homes.

Cork County Council said more than 40 properties in the East Cork town were flooded, along with homes in Castlemartyr and Killeagh, and the N25 between Midleton and Youghal was closed for most of Wednesday.

In Cork city, firefighters pumped water from houses in Blackpool and in Glanmire, where the Glashaboy River rose by two metres in three hours. The car park at Douglas Court shopping centre was closed, and homes on the Douglas estuary were sandbagged before high tide.

The ESB increased discharges from the Inniscarra dam on the River Lee and warned residents of Ballincollig and low-lying parts of the city centre to expect more water on the quays on Thursday.

West Cork was also badly hit, with roads around Bandon, Clonakilty and Skibbereen impassable and the sea wall at Bantry overtopped. Met Éireann had issued a status orange rain warning for Co Cork and Co Kerry.

"We spent €200,000 getting back on our feet after last October. I don't know if we can do it again," said one Midleton shop owner.

The Cross River Ferry between Carrigaloe, near Cobh, and Glenbrook was suspended, and the main streets in Carrigaline and Crosshaven were closed for several hours. The Office of Public Works said work on the Midleton flood relief scheme would not begin until 2026.""", [
    ("Irish Examiner", "IE", Q),
    ("Midleton", "IE", T, (51.92, -8.18)),
    ("Owenacurra River", "IE", N),
    ("Owenacurra", "IE", N),
    ("Cork County Council", "IE", Q),
    ("East Cork", "IE", N),
    ("Castlemartyr", "IE", T, (51.91, -8.05)),
    ("Killeagh", "IE", T, (51.94, -8.00)),
    ("N25", "IE", N),
    ("Youghal", "IE", T, (51.95, -7.85)),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Blackpool", "IE", T, (51.91, -8.47)),
    ("Glanmire", "IE", T, (51.92, -8.40)),
    ("Glashaboy River", "IE", N),
    ("Douglas Court", "IE", Q),
    ("Douglas", "IE", T, (51.87, -8.44)),
    ("Inniscarra", "IE", T, (51.90, -8.66)),
    ("River Lee", "IE", N),
    ("Ballincollig", "IE", T, (51.88, -8.58)),
    ("West Cork", "IE", N),
    ("Bandon", "IE", T, (51.75, -8.74)),
    ("Clonakilty", "IE", T, (51.62, -8.87)),
    ("Skibbereen", "IE", T, (51.55, -9.27)),
    ("Bantry", "IE", T, (51.68, -9.45)),
    ("Co Cork", "IE", A),
    ("Co Kerry", "IE", A),
    ("Met Éireann", "IE", Q),
    ("Cobh", "IE", T, (51.85, -8.29)),
    ("Cross River Ferry", "IE", Q),
    ("Carrigaloe", "IE", T, (51.86, -8.31)),
    ("Glenbrook", "IE", T, (51.83, -8.29)),
    ("Crosshaven", "IE", T, (51.80, -8.30)),
    ("Carrigaline", "IE", T, (51.81, -8.40)),
])

add("c", """Kerry see off Dublin to reach All-Ireland final as Killarney braces for the build-up

By Irish Independent GAA correspondent

Kerry booked their place in the All-Ireland football final with a four-point win over Dublin at Croke Park yesterday, and the county is already settling in for a fortnight of flags, bunting and ticket hunting.

David Clifford kicked nine points, five from play, as Jack O'Connor's side pulled clear in the final quarter. The Fossa man now has 11 points more than anyone else in the championship.

Kerry will meet Galway or Armagh in the decider on July 27.

Back home, publicans in Killarney, Tralee and Dingle said bars were packed for the semi-final, and hoteliers on the Ring of Kerry said bookings from supporters living in London, Boston and New York had jumped overnight.

Kerry County Council said a homecoming would be held in Tralee if the Sam Maguire Cup comes back across the county bounds, while Iarnród Éireann will run extra trains from Tralee, Farranfore and Killarney to Dublin for the final.

In Kenmare and Cahersiveen, shopkeepers reported a run on green and gold jerseys, and a farmer near Castleisland has painted the roof of his shed in the county colours, visible to motorists on the N21 from Limerick.

Dublin manager Dessie Farrell said his team had been "beaten by the better side". Dublin supporters, many of whom had travelled from Swords and Tallaght on supporters' buses, applauded the Kerry players off the pitch.

Tickets for the final go on sale to clubs on Tuesday, with the Killorglin and Listowel clubs among those reporting record demand.""", [
    ("Irish Independent", "IE", Q),
    ("Kerry#1,2,3,6", "-", N),
    ("Kerry County Council", "IE", Q),
    ("Iarnród Éireann", "IE", Q),
    ("All-Ireland", "IE", Q),
    ("Dublin#1,2,4,5", "-", N),
    ("Dublin#3", "IE", T, (53.35, -6.26)),
    ("Croke Park", "-", N),
    ("Fossa", "IE", T, (52.07, -9.58)),
    ("Galway", "-", N),
    ("Armagh", "-", N),
    ("Killarney", "IE", T, (52.06, -9.51)),
    ("Tralee", "IE", T, (52.27, -9.70)),
    ("Dingle", "IE", T, (52.14, -10.27)),
    ("Ring of Kerry", "IE", N),
    ("London", "GB", T, (51.51, -0.13)),
    ("Boston", "US", T, (42.36, -71.06)),
    ("New York", "US", T, (40.71, -74.01)),
    ("Farranfore", "IE", T, (52.17, -9.55)),
    ("Kenmare", "IE", T, (51.88, -9.58)),
    ("Cahersiveen", "IE", T, (51.95, -10.22)),
    ("Castleisland", "IE", T, (52.23, -9.47)),
    ("N21", "IE", N),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Swords", "IE", T, (53.46, -6.22)),
    ("Tallaght", "IE", T, (53.29, -6.37)),
    ("Killorglin", "IE", Q),
    ("Listowel", "IE", Q),
])

add("c", """Galway ring road 'dead' as council unveils bus corridor plan

By Connacht Tribune reporter

Galway City Council has unveiled plans for a network of bus corridors across the city, two years after the High Court quashed planning permission for the N6 Galway City Ring Road.

The council says the corridors, from Oranmore in the east to Knocknacarra in the west, could cut peak journey times by a third for the 30,000 people who drive into the city each day from Athenry, Claregalway, Tuam and Loughrea.

Plans include a new bridge for buses, cyclists and pedestrians beside the Quincentenary Bridge over the River Corrib, and bus lanes along the Dublin Road past Doughiska and the Ballybrit racecourse. On the west side, commuters from Moycullen and Oughterard would get a park-and-ride on the N59, and a bus lane would run along the coast road from Bearna to Salthill.

Business groups welcomed the plans but said traffic in the city would not improve until the rail line from Athenry was doubled and a rail link built to Tuam. Connemara councillors said families in Clifden and Spiddal had been "left behind yet again", noting that the ferry port at Rossaveal, which serves the Aran Islands, still has no public transport link to the city.

Minister of State for Galway East said the plan was "not an alternative to a ring road", and urged the Government to look again at routes north of Lough Corrib.

Public consultation opens on Monday, with information evenings in Salthill, Oranmore and at City Hall on College Road. The M6 to Dublin and the M18 to Ennis will not be affected by the works.""", [
    ("Connacht Tribune", "-", N),
    ("Galway City Council", "IE", Q),
    ("N6 Galway City Ring Road", "IE", Q),
    ("Galway East", "IE", Q),
    ("Galway", "IE", T, (53.27, -9.05)),
    ("Oranmore", "IE", T, (53.27, -8.92)),
    ("Knocknacarra", "IE", T, (53.27, -9.10)),
    ("Athenry", "IE", T, (53.30, -8.74)),
    ("Claregalway", "IE", T, (53.34, -8.95)),
    ("Tuam", "IE", T, (53.52, -8.85)),
    ("Loughrea", "IE", T, (53.20, -8.57)),
    ("Quincentenary Bridge", "IE", Q),
    ("River Corrib", "IE", N),
    ("Dublin Road", "IE", Q),
    ("Doughiska", "IE", T, (53.28, -8.99)),
    ("Ballybrit", "IE", T, (53.29, -9.00)),
    ("Moycullen", "IE", T, (53.34, -9.18)),
    ("Oughterard", "IE", T, (53.42, -9.33)),
    ("N59", "IE", N),
    ("Bearna", "IE", T, (53.25, -9.15)),
    ("Salthill", "IE", T, (53.26, -9.08)),
    ("Connemara", "IE", N),
    ("Clifden", "IE", T, (53.49, -10.02)),
    ("Spiddal", "IE", T, (53.24, -9.31)),
    ("Rossaveal", "IE", T, (53.27, -9.55)),
    ("Aran Islands", "IE", N),
    ("Lough Corrib", "IE", N),
    ("College Road", "IE", Q),
    ("M6", "IE", N),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("M18", "IE", N),
    ("Ennis", "IE", T, (52.84, -8.98)),
])
add("c", """Athlone homes sandbagged as Shannon nears 2015 levels

By Westmeath Independent reporter

Residents in low-lying parts of Athlone spent the weekend filling sandbags as the River Shannon rose to within 20 centimetres of the levels that flooded hundreds of homes in the winter of 2015.

Westmeath County Council and Roscommon County Council, whose boundary runs through the town, opened a joint crisis centre and delivered 6,000 sandbags to homes at Deerpark, Coosan and the Strand. Waterways Ireland closed the lock and moorings at the marina.

Upstream, Lough Ree has burst onto fields along its western shore in Co Roscommon, and farmers near Lanesborough have been moving cattle to higher ground. Downstream, the Shannon callows between Athlone and Shannonbridge are under water, and the road to Clonmacnoise was closed on Sunday.

Further south, the river was also rising at Banagher in Co Offaly and at Portumna, where it enters Lough Derg, and the ESB said it had increased the flow through the hydroelectric station at Ardnacrusha to the maximum.

"We are the people who always get forgotten because we are in the middle of the country," said one Athlone publican on the west bank. "Dublin floods for an afternoon and it's on the news for a week."

The Technological University of the Shannon moved classes online at its Athlone campus after its car parks flooded. Motorists on the M6 were warned of surface water between Moate and Ballinasloe, and Irish Rail said trains between Athlone and Westport were running at reduced speed.

Rain is forecast to continue across the midlands, with Met Éireann warning that rivers in Co Leitrim, including the Shannon at Carrick-on-Shannon, may not peak until Wednesday.""", [
    ("Westmeath Independent", "-", N),
    ("Westmeath County Council", "IE", Q),
    ("Roscommon County Council", "IE", Q),
    ("Athlone", "IE", T, (53.42, -7.94)),
    ("River Shannon", "IE", N),
    ("Shannon", "IE", N),
    ("Technological University of the Shannon", "-", N),
    ("Deerpark", "IE", T, (53.43, -7.96)),
    ("Coosan", "IE", T, (53.44, -7.93)),
    ("Strand", "IE", Q),
    ("Waterways Ireland", "IE", Q),
    ("Lough Ree", "IE", N),
    ("Co Roscommon", "IE", A),
    ("Lanesborough", "IE", T, (53.67, -7.98)),
    ("Shannonbridge", "IE", T, (53.28, -8.05)),
    ("Clonmacnoise", "IE", N, (53.33, -7.99)),
    ("Banagher", "IE", T, (53.19, -7.99)),
    ("Co Offaly", "IE", A),
    ("Portumna", "IE", T, (53.09, -8.22)),
    ("Lough Derg", "IE", N),
    ("Ardnacrusha", "IE", T, (52.71, -8.61)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("M6", "IE", N),
    ("Moate", "IE", T, (53.40, -7.72)),
    ("Ballinasloe", "IE", T, (53.33, -8.22)),
    ("Irish Rail", "IE", Q),
    ("Westport", "IE", T, (53.80, -9.52)),
    ("Co Leitrim", "IE", A),
    ("Met Éireann", "IE", Q),
    ("Carrick-on-Shannon", "IE", T, (53.95, -8.09)),
])

add("c", """Rosslare Europort freight hits record as routes to France and Spain bed in

By Wexford People reporter

Rosslare Europort handled a record 1.3 million tonnes of freight last year, as hauliers continued to switch to direct ferries to continental Europe rather than drive across Britain.

Iarnród Éireann, which runs the port, said direct sailings to Cherbourg, Dunkirk and Bilbao now account for more than half of all lorries using Rosslare, while traffic on the Stena Line route to Fishguard and the Irish Ferries route to Pembroke Dock in Wales has fallen by a fifth since Brexit.

Wexford County Council said the port's growth was putting pressure on roads, with 600 lorries a day now travelling the N25 to Waterford and New Ross and the N11 north through Wexford town and Enniscorthy. The council wants the M11, which currently ends at Oilgate, extended to Rosslare Harbour.

"For years the traffic went through Dublin Port and over the land bridge. Now the south east has the shortest sea route to France, and we need roads to match," said a local haulier based in Gorey.

The port is also being lined up as a base for offshore wind projects off the Co Wexford coast, with a new quay planned at the old Ballygeary pier.

Fishermen at Kilmore Quay say the extra ferry traffic through St George's Channel has complicated their work, and have asked for better charts of shipping lanes. Sailings from Rosslare to France were delayed by up to a day last month when storms closed ports in Normandy.

A new customs and border control facility at the port, built at a cost of €30m, will open in the spring.""", [
    ("Wexford People", "-", N),
    ("Rosslare Europort", "IE", Q),
    ("Iarnród Éireann", "IE", Q),
    ("Rosslare Harbour", "IE", T, (52.25, -6.34)),
    ("Rosslare", "IE", T, (52.25, -6.36)),
    ("France", "FR", C),
    ("Spain", "ES", C),
    ("Europe", "*", N),
    ("Britain", "GB", C),
    ("Cherbourg", "FR", T, (49.64, -1.62)),
    ("Dunkirk", "FR", T, (51.03, 2.38)),
    ("Bilbao", "ES", T, (43.26, -2.93)),
    ("Fishguard", "GB", T, (51.99, -4.98)),
    ("Irish Ferries", "IE", Q),
    ("Pembroke Dock", "GB", T, (51.69, -4.94)),
    ("Wales", "GB", A),
    ("Wexford County Council", "IE", Q),
    ("N25", "IE", N),
    ("Waterford", "IE", T, (52.26, -7.11)),
    ("New Ross", "IE", T, (52.40, -6.94)),
    ("N11", "IE", N),
    ("Wexford", "IE", T, (52.33, -6.46)),
    ("Enniscorthy", "IE", T, (52.50, -6.56)),
    ("M11", "IE", N),
    ("Oilgate", "IE", T, (52.42, -6.53)),
    ("Dublin Port", "IE", Q),
    ("south east", "IE", N),
    ("Gorey", "IE", T, (52.67, -6.29)),
    ("Co Wexford", "IE", A),
    ("Ballygeary", "IE", T, (52.25, -6.35)),
    ("Kilmore Quay", "IE", T, (52.17, -6.59)),
    ("St George's Channel", "*", N),
    ("Normandy", "FR", A),
])

add("c", """MetroLink gets green light for Swords to Charlemont line

By Irish Independent reporter

An Bord Pleanála has granted permission for MetroLink, the €9.5bn underground railway that will link Swords with Dublin city centre and the south side of the city.

The 18.8km line will run from Estuary, north of Swords, through Dublin Airport and Dardistown to Ballymun, Collins Avenue, Griffith Park, Glasnevin and Drumcondra, before passing under the Mater hospital to O'Connell Street, Tara Street, St Stephen's Green and Charlemont.

Fingal County Council said the line would transform commuting for 100,000 people in north Co Dublin, many of whom now sit in traffic on the M1 and M50 or on the R132 through Santry. Residents in Ballymun have waited since the 1990s for a rail link promised as part of the area's regeneration.

Construction is expected to begin next year, with the first trains due in the mid-2030s. The tunnel boring machines will be launched from a site at Dardistown, near the M50, and from Albert College Park in Glasnevin.

Dublin City Council said major works would close parts of O'Connell Street and the north side of St Stephen's Green for up to four years. Traders in Drumcondra have warned of a "decade of disruption".

Residents of Ranelagh, near the southern terminus, welcomed the decision to end the line at Charlemont rather than take over the Luas Green line to Sandyford. Campaigners in Tallaght and Clondalkin, in south-west Dublin, said their areas had again been left without a metro.

The Department of Transport said it would study an extension from Charlemont towards Knocklyon and Rathfarnham.""", [
    ("Irish Independent", "IE", Q),
    ("Swords", "IE", T, (53.46, -6.22)),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Dublin Airport", "-", N),
    ("Dublin City Council", "IE", Q),
    ("Co Dublin", "IE", A),
    ("Charlemont", "IE", T, (53.33, -6.26)),
    ("Estuary", "IE", Q),
    ("Dardistown", "IE", T, (53.41, -6.24)),
    ("Ballymun", "IE", T, (53.40, -6.27)),
    ("Collins Avenue", "IE", Q),
    ("Griffith Park", "IE", Q),
    ("Glasnevin", "IE", T, (53.38, -6.28)),
    ("Drumcondra", "IE", T, (53.37, -6.25)),
    ("O'Connell Street", "IE", Q),
    ("Tara Street", "IE", Q),
    ("St Stephen's Green", "IE", Q),
    ("Fingal County Council", "IE", Q),
    ("M1", "IE", N),
    ("M50", "IE", N),
    ("R132", "IE", N),
    ("Santry", "IE", T, (53.40, -6.25)),
    ("Albert College Park", "IE", Q),
    ("Ranelagh", "IE", T, (53.33, -6.26)),
    ("Sandyford", "IE", T, (53.27, -6.23)),
    ("Tallaght", "IE", T, (53.29, -6.37)),
    ("Clondalkin", "IE", T, (53.32, -6.39)),
    ("Knocklyon", "IE", T, (53.28, -6.33)),
    ("Rathfarnham", "IE", T, (53.30, -6.28)),
])

add("c", """Limerick man jailed for Moyross petrol bomb attack on family home

By Limerick Leader court reporter

A Limerick man who threw a petrol bomb through the window of a house in Moyross while a mother and three children slept upstairs has been jailed for nine years.

Limerick Circuit Criminal Court heard that Dean Hayes, 24, with an address at Southill, carried out the attack as part of a feud between two families from Moyross and Ballinacurra Weston.

The family escaped through a back window after a neighbour raised the alarm. A four-year-old boy was treated for smoke inhalation at University Hospital Limerick.

Gardaí traced the car used in the attack to a yard in Annacotty, and Hayes was arrested three weeks later at a house in Shannon, Co Clare, where he had been staying with a girlfriend.

Judge Tom O'Donnell said the attack was "an act of pure wickedness" that could easily have ended in four deaths.

The court heard that the car, stolen in Castletroy, had been caught on camera on the N21 near Adare and on the M7 near Birdhill, and that a second man, from Newcastle West, had been questioned but not charged.

Outside court, a local councillor said regeneration had transformed Moyross over the past decade but that feuds still "drag the whole community back". Limerick City and County Council said the family had been rehoused outside the city.

In a separate case, a man from Ennis was given a suspended sentence after gardaí found €15,000 worth of cannabis in his car at a checkpoint on the Ennis Road, close to Thomond Park. A woman from Abbeyfeale, in west Co Limerick, was fined for driving without insurance on the N69 at Foynes, on the Shannon estuary.""", [
    ("Limerick Leader", "-", N),
    ("Limerick Circuit Criminal Court", "-", N),
    ("University Hospital Limerick", "-", N),
    ("Limerick City and County Council", "IE", Q),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Co Limerick", "IE", A),
    ("Moyross", "IE", T, (52.68, -8.64)),
    ("Southill", "IE", T, (52.64, -8.61)),
    ("Ballinacurra Weston", "IE", T, (52.65, -8.65)),
    ("Annacotty", "IE", T, (52.67, -8.53)),
    ("Shannon#1", "IE", T, (52.70, -8.86)),
    ("Shannon#2", "IE", N),
    ("Co Clare", "IE", A),
    ("Castletroy", "IE", T, (52.67, -8.55)),
    ("N21", "IE", N),
    ("Adare", "IE", T, (52.56, -8.79)),
    ("M7", "IE", N),
    ("Birdhill", "IE", T, (52.77, -8.44)),
    ("Newcastle West", "IE", T, (52.45, -9.06)),
    ("Ennis Road", "IE", Q),
    ("Ennis", "IE", T, (52.84, -8.98)),
    ("Thomond Park", "-", N),
    ("Abbeyfeale", "IE", T, (52.38, -9.30)),
    ("N69", "IE", N),
    ("Foynes", "IE", T, (52.61, -9.11)),
])
add("c", """Storm leaves thousands without power in Donegal as Tory and Arranmore cut off

By Donegal Democrat reporter

More than 30,000 homes and businesses in Co Donegal were without electricity last night after gusts of up to 140km/h battered the north-west coast, with ferry services to Tory Island and Arranmore cancelled for a third day.

ESB Networks said the worst-hit areas were around Gweedore, Falcarragh and Dungloe, where lines were brought down by fallen trees. Crews were being sent from Cork and Limerick to help with repairs, and the company warned some customers in the Rosses might not be reconnected until the weekend.

The storm's strongest gust was recorded at Malin Head, the most northerly point on the island of Ireland. Buncrana and the rest of Inishowen also suffered widespread outages, and the N56 between Glenties and Dungloe was blocked for much of the morning.

Donegal County Council said it had opened emergency centres in Letterkenny and Donegal town. In Bundoran, waves broke over the promenade, and Ballyshannon fire brigade pumped water from homes along the River Erne.

Fishing boats stayed in port at Killybegs and Burtonport, and islanders on Arranmore said they were running low on bread and milk.

Cross-border, Northern Ireland Electricity Networks said 12,000 customers around Derry and Strabane had lost supply, while the bridge between Lifford and Strabane was closed for two hours because of fears that debris had struck its supports.

Met Éireann said the storm would move away over the Atlantic by tomorrow morning, but warned of more heavy rain for Connacht and Ulster on Friday.""", [
    ("Donegal Democrat", "-", N),
    ("Co Donegal", "IE", A),
    ("Donegal County Council", "IE", Q),
    ("Donegal", "IE", T, (54.65, -8.11)),
    ("Tory Island", "IE", N),
    ("Tory", "IE", N),
    ("Arranmore", "IE", N, (54.99, -8.52)),
    ("Gweedore", "IE", T, (55.05, -8.23)),
    ("Falcarragh", "IE", T, (55.13, -8.10)),
    ("Dungloe", "IE", T, (54.95, -8.36)),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Rosses", "IE", N, (54.98, -8.38)),
    ("Malin Head", "IE", N),
    ("Ireland", "*", N),
    ("Buncrana", "IE", T, (55.13, -7.45)),
    ("Inishowen", "IE", N),
    ("N56", "IE", N),
    ("Glenties", "IE", T, (54.80, -8.28)),
    ("Letterkenny", "IE", T, (54.95, -7.73)),
    ("Bundoran", "IE", T, (54.48, -8.28)),
    ("Ballyshannon", "IE", T, (54.50, -8.18)),
    ("River Erne", "*", N),
    ("Killybegs", "IE", T, (54.63, -8.45)),
    ("Burtonport", "IE", T, (54.98, -8.43)),
    ("Northern Ireland Electricity Networks", "GB", Q),
    ("Derry", "GB", T, (55.00, -7.31)),
    ("Strabane", "GB", T, (54.82, -7.47)),
    ("Lifford", "IE", T, (54.83, -7.48)),
    ("Met Éireann", "IE", Q),
    ("Atlantic", "*", N),
    ("Connacht", "IE", A),
    ("Ulster", "IE|GB", A),
])

add("c", """Waterford hospital trolley numbers hit record as South East pressure mounts

By Munster Express reporter

University Hospital Waterford had 68 patients waiting on trolleys yesterday morning, the highest number ever recorded at the hospital, according to the Irish Nurses and Midwifery Organisation.

The hospital serves more than half a million people across Co Waterford, south Co Kilkenny, Co Wexford and south Tipperary, and has been under pressure since the closure of several community beds in Dungarvan and Lismore over the winter.

Patients from Clonmel, Carrick-on-Suir, Cashel and Cahir said they had waited up to 30 hours in the emergency department. One woman from Tramore said her 87-year-old father spent two nights on a trolley in a corridor.

The HSE said Tipperary University Hospital in Clonmel, St Luke's General Hospital in Kilkenny and Wexford General Hospital were also busy, and urged people with minor injuries to attend the local injury unit in Nenagh.

Local TDs have renewed calls for a second cath lab and 24/7 cardiac cover at the Waterford hospital, saying patients suffering heart attacks in Thurles, Nenagh or Tipperary town are being sent to Cork or Limerick.

"If you live in Dungarvan and have a heart attack at 6pm on a Friday, you are travelling to Cork, an hour and a half away down the N25," said one councillor.

The hospital group said 40 new beds would open at its Waterford campus next year and that it was recruiting nurses from India and the Philippines. Bed occupancy at hospitals across the South East was above 100% for the fourth week in a row, it added.""", [
    ("Munster Express", "-", N),
    ("University Hospital Waterford", "-", N),
    ("Irish", "IE", Q),
    ("Co Waterford", "IE", A),
    ("Co Kilkenny", "IE", A),
    ("Co Wexford", "IE", A),
    ("Tipperary#1", "IE", A),
    ("Tipperary University Hospital", "-", N),
    ("Tipperary#3", "IE", T, (52.47, -8.16)),
    ("Dungarvan", "IE", T, (52.09, -7.63)),
    ("Lismore", "IE", T, (52.14, -7.93)),
    ("Clonmel", "IE", T, (52.35, -7.70)),
    ("Carrick-on-Suir", "IE", T, (52.35, -7.41)),
    ("Cahir", "IE", T, (52.38, -7.92)),
    ("Tramore", "IE", T, (52.16, -7.15)),
    ("St Luke's General Hospital", "-", N),
    ("Kilkenny", "IE", T, (52.65, -7.25)),
    ("Wexford General Hospital", "-", N),
    ("Cashel", "IE", T, (52.52, -7.89)),
    ("Waterford", "IE", T, (52.26, -7.11)),
    ("Thurles", "IE", T, (52.68, -7.80)),
    ("Nenagh", "IE", T, (52.86, -8.20)),
    ("Cork", "IE", T, (51.90, -8.47)),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("N25", "IE", N),
    ("India", "IN", C),
    ("Philippines", "PH", C),
    ("South East", "IE", N),
])

add("c", """Great Western Greenway visitor numbers soar as Newport cafés call for more parking

By Mayo News reporter

More than 300,000 people walked or cycled the Great Western Greenway last year, making the 42km route from Westport to Achill one of the busiest tourist attractions in the west of Ireland.

Figures released by Mayo County Council show numbers on the stretch between Newport and Mulranny rose by a quarter, with bike hire firms in Westport reporting their best season yet.

Business owners in Newport, midway along the route, say they are struggling to cope. "On a sunny Saturday you cannot park in the town. People are leaving cars on the N59 and walking in," said one café owner on Main Street.

The council plans a new car park and toilets at Newport and at Achill Sound, where the greenway crosses onto Achill Island. It is also consulting on extending the route along the old railway line towards Castlebar and Ballina.

On Achill, hoteliers in Keel and Dugort said visitors were staying longer, helped by new flights from Britain and Germany into Ireland West Airport Knock. Tourism in Clew Bay has also been boosted by record numbers climbing Croagh Patrick, with 150,000 people reaching the summit last year, many setting out from Murrisk.

Not everyone is happy. Farmers near Belmullet and Bangor Erris say they have been left out of tourism funding, while residents in Louisburgh want the R335 upgraded before a greenway is built along the coast to Leenaun.

Separately, the council confirmed that a planned greenway from Claremorris to Ballinrobe would go to public consultation in the autumn, and that a cycle route between Ballina and Killala was due to open in May.""", [
    ("Mayo News", "-", N),
    ("Mayo County Council", "IE", Q),
    ("Great Western Greenway", "IE", Q),
    ("Westport", "IE", T, (53.80, -9.52)),
    ("Achill", "IE", N, (53.96, -10.00)),
    ("Achill Sound", "IE", T, (53.93, -9.93)),
    ("Achill Island", "IE", N, (53.96, -10.00)),
    ("Ireland", "IE", C),
    ("Ireland West Airport Knock", "-", N),
    ("Newport", "IE", T, (53.88, -9.55)),
    ("Mulranny", "IE", T, (53.91, -9.78)),
    ("N59", "IE", N),
    ("Castlebar", "IE", T, (53.85, -9.30)),
    ("Ballina", "IE", T, (54.12, -9.17)),
    ("Keel", "IE", T, (53.97, -10.08)),
    ("Dugort", "IE", T, (54.00, -10.00)),
    ("Britain", "GB", C),
    ("Germany", "DE", C),
    ("Clew Bay", "IE", N),
    ("Croagh Patrick", "IE", N),
    ("Murrisk", "IE", T, (53.78, -9.64)),
    ("Belmullet", "IE", T, (54.23, -9.99)),
    ("Bangor Erris", "IE", T, (54.14, -9.74)),
    ("Louisburgh", "IE", T, (53.76, -9.81)),
    ("Leenaun", "IE", T, (53.60, -9.70)),
    ("R335", "IE", N),
    ("Claremorris", "IE", T, (53.72, -9.00)),
    ("Ballinrobe", "IE", T, (53.63, -9.23)),
    ("Killala", "IE", T, (54.21, -9.22)),
])
add("c", """Kilkenny dairy farmers fear for future as nitrates limit is cut

By Kilkenny People reporter

Dairy farmers in Co Kilkenny and Co Carlow say some family farms may have to cut their herds by a fifth after Brussels confirmed that Ireland's nitrates derogation will be reduced from next year.

The derogation allows farmers to stock more cows per hectare than EU rules normally permit. The European Commission tightened the limit after water quality in the south east failed to improve, with the Environmental Protection Agency finding high nitrogen levels in the River Barrow at Graiguenamanagh and in the River Nore below Inistioge.

"My grandfather milked cows outside Callan. I want my children to do the same, but I can't make the numbers work with 15 fewer cows," said one farmer who supplies the Tirlán plant at Ballyragget.

Farmers around Thomastown and Castlecomer said land rental prices had soared as neighbours competed for extra ground to stay within the limits. Agricultural contractors in Tullow and Bagenalstown say spreading slurry in the short legal window is already stretching them.

Farm leaders have accused the Government of failing to defend the sector in negotiations. Denmark and the Netherlands have faced similar cuts, and Dutch farmers have staged protests in The Hague.

Kilkenny County Council and Carlow County Council have backed calls for a new catchment programme along the Barrow and Nore, which would pay farmers to plant hedgerows and buffer strips beside rivers.

A protest rally is planned for the mart in Portlaoise next Thursday, with farmers from Co Laois, Abbeyleix and north Kilkenny expected to attend before travelling on to Leinster House in Dublin.""", [
    ("Kilkenny People", "-", N),
    ("Co Kilkenny", "IE", A),
    ("Co Carlow", "IE", A),
    ("Co Laois", "IE", A),
    ("Kilkenny County Council", "IE", Q),
    ("Carlow County Council", "IE", Q),
    ("Kilkenny#1,5", "IE", A),
    ("Brussels", "BE", T, (50.85, 4.35)),
    ("Ireland", "IE", C),
    ("EU", "*", Q),
    ("south east", "IE", N),
    ("River Barrow", "IE", N),
    ("Barrow", "IE", N),
    ("Graiguenamanagh", "IE", T, (52.54, -6.95)),
    ("River Nore", "IE", N),
    ("Nore", "IE", N),
    ("Inistioge", "IE", T, (52.49, -7.06)),
    ("Callan", "IE", T, (52.55, -7.39)),
    ("Ballyragget", "IE", T, (52.79, -7.33)),
    ("Thomastown", "IE", T, (52.53, -7.14)),
    ("Castlecomer", "IE", T, (52.81, -7.21)),
    ("Tullow", "IE", T, (52.80, -6.74)),
    ("Bagenalstown", "IE", T, (52.70, -6.96)),
    ("Denmark", "DK", C),
    ("Netherlands", "NL", C),
    ("Dutch", "NL", Q),
    ("The Hague", "NL", T, (52.08, 4.30)),
    ("Portlaoise", "IE", T, (53.03, -7.30)),
    ("Abbeyleix", "IE", T, (52.91, -7.34)),
    ("Leinster House", "IE", Q),
    ("Dublin", "IE", T, (53.35, -6.26)),
])

add("c", """Navan rail line: fresh doubts over 2030s target as M3 queues grow

By Meath Chronicle reporter

Commuters in Co Meath have reacted with frustration after Irish Rail said the long-promised rail line to Navan may not carry passengers until the late 2030s.

Navan, with a population of more than 33,000, is one of the largest towns in Ireland without a railway station. The line would extend the existing Dublin commuter service beyond M3 Parkway, near Dunboyne, through Dunshaughlin to Navan.

Thousands of people from Navan, Trim and Kells drive to Dublin each day on the M3, with queues regularly stretching back from the toll plaza at Dunboyne. Those from Ashbourne and Ratoath use the N2, which joins the M50 at Finglas, or bus services that take up to 90 minutes to reach the city.

"We were promised this line in 2005. My kids were in nappies then and now they're commuting," said one Dunshaughlin councillor.

Meath County Council said it would keep pressing for the project, and that land had been protected along the route. The county's other rail links are at Enfield, on the Sligo line, and at Laytown and Gormanston, on the Dublin to Belfast line that also serves Drogheda and Dundalk in Co Louth.

Business groups in Kells and Athboy said the lack of a rail link was discouraging employers from locating in the north of the county, while tourism operators at Newgrange and in the Boyne Valley said most of their visitors arrived by coach from Dublin.

The Department of Transport said the Navan line remained part of its plans and that it would publish a business case before the end of the year. A bus connection linking Navan with Drogheda via Slane will start in September.""", [
    ("Meath Chronicle", "-", N),
    ("Co Meath", "IE", A),
    ("Meath County Council", "IE", Q),
    ("Irish Rail", "IE", Q),
    ("Navan", "IE", T, (53.65, -6.68)),
    ("Ireland", "IE", C),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("M3 Parkway", "IE", Q),
    ("Dunboyne", "IE", T, (53.42, -6.47)),
    ("Dunshaughlin", "IE", T, (53.51, -6.54)),
    ("Trim", "IE", T, (53.55, -6.79)),
    ("Kells", "IE", T, (53.73, -6.88)),
    ("M3", "IE", N),
    ("Ashbourne", "IE", T, (53.51, -6.40)),
    ("Ratoath", "IE", T, (53.51, -6.46)),
    ("N2", "IE", N),
    ("M50", "IE", N),
    ("Finglas", "IE", T, (53.39, -6.30)),
    ("Enfield", "IE", T, (53.41, -6.83)),
    ("Sligo", "IE", T, (54.27, -8.47)),
    ("Laytown", "IE", T, (53.68, -6.24)),
    ("Gormanston", "IE", T, (53.64, -6.23)),
    ("Belfast", "GB", T, (54.60, -5.93)),
    ("Drogheda", "IE", T, (53.72, -6.35)),
    ("Dundalk", "IE", T, (54.00, -6.42)),
    ("Co Louth", "IE", A),
    ("Athboy", "IE", T, (53.62, -6.91)),
    ("Newgrange", "IE", N, (53.69, -6.48)),
    ("Boyne Valley", "IE", N),
    ("Slane", "IE", T, (53.71, -6.54)),
])

add("c", """Cavan patients face long journeys as emergency surgery moves to Drogheda

By Anglo-Celt reporter

Patients from across Co Cavan and Co Monaghan face journeys of up to 90 minutes for emergency surgery after the HSE confirmed it will move the service from Cavan General Hospital to Our Lady of Lourdes Hospital in Drogheda.

The change, due to take effect in June, has caused anger in towns such as Cootehill, Bailieborough and Virginia, where people say the N3 and the roads east through Kingscourt are not fit for ambulances in a hurry.

"If you live in Belturbet or Ballyconnell, Drogheda is the far side of the country," said one Cavan town councillor. "We were told when Monaghan lost its emergency department that Cavan was safe."

Monaghan Hospital closed its emergency department in 2009, and patients from Carrickmacross and Castleblayney already travel to Drogheda or to Cavan. Patients from Clones and west Cavan are sometimes taken across the border to the South West Acute Hospital in Enniskillen, Co Fermanagh, under a cross-border agreement.

The HSE said the move would allow Cavan to concentrate on planned surgery and reduce waiting lists, and that a new helicopter landing site would open at the hospital.

Local TDs from Cavan-Monaghan said they would raise the issue in the Dáil. A public meeting in Ballyjamesduff drew more than 500 people on Monday, with others travelling from Mullagh, Kilnaleck and Ballinagh.

Hospital consultants said surgeons in Drogheda, which also serves Co Louth and much of Co Meath, were already under pressure, and warned that ambulances from Cavan would be off the road for longer. The Irish Medical Organisation said it would seek an urgent meeting with the Minister for Health.""", [
    ("Anglo-Celt", "-", N),
    ("Co Cavan", "IE", A),
    ("Co Monaghan", "IE", A),
    ("Cavan General Hospital", "-", N),
    ("Our Lady of Lourdes Hospital", "-", N),
    ("Monaghan Hospital", "-", N),
    ("South West Acute Hospital", "-", N),
    ("Drogheda", "IE", T, (53.72, -6.35)),
    ("Cootehill", "IE", T, (54.07, -7.08)),
    ("Bailieborough", "IE", T, (53.92, -6.97)),
    ("Virginia", "IE", T, (53.83, -7.08)),
    ("N3", "IE", N),
    ("Kingscourt", "IE", T, (53.91, -6.81)),
    ("Belturbet", "IE", T, (54.10, -7.45)),
    ("Ballyconnell", "IE", T, (54.12, -7.58)),
    ("Cavan#1,5,8", "IE", Q),
    ("Cavan#4,6,10", "IE", T, (53.99, -7.36)),
    ("Cavan#7", "IE", A),
    ("Monaghan", "IE", T, (54.25, -6.97)),
    ("Carrickmacross", "IE", T, (53.97, -6.72)),
    ("Castleblayney", "IE", T, (54.12, -6.73)),
    ("Clones", "IE", T, (54.18, -7.23)),
    ("Enniskillen", "GB", T, (54.35, -7.64)),
    ("Co Fermanagh", "GB", A),
    ("Cavan-Monaghan", "IE", Q),
    ("Ballyjamesduff", "IE", T, (53.87, -7.20)),
    ("Mullagh", "IE", T, (53.81, -6.95)),
    ("Kilnaleck", "IE", T, (53.86, -7.32)),
    ("Ballinagh", "IE", T, (53.93, -7.42)),
    ("Co Louth", "IE", A),
    ("Co Meath", "IE", A),
    ("Irish", "IE", Q),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
