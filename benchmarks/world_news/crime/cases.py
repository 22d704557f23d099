"""crime: a held-out set of 40 crime, courts and police news articles for geomap.

Written by a helper that read neither geomap's source (geomap/) nor the other sets' cases.py;
the articles are invented but realistic (wire copy, local papers, TV stations' websites, court
reporters) and every place in them is real. Scored by ../article_runner.py (run.py beside this
file).

Genres:
  a  North America (US and Canada): 14 articles.
  b  Britain, Ireland, Australia and New Zealand: 13 articles.
  c  the rest of the world, and cross-border cases (smuggling routes, extraditions, Interpol):
     13 articles.

Conventions:
  - Every occurrence of every place a careful reader would put on a map is listed: datelines in
    capitals, suspects' and victims' home towns ("of Bolton"), suburbs, neighbourhoods,
    counties, states and provinces (also abbreviated: "Mo.", "B.C.", "Ont.", "Co Louth"),
    countries, rivers, seas, regions ("the Antelope Valley", "Costa del Sol").
  - A place used as a modifier ("Chicago police", "Hamilton man") or for its government
    ("Washington", "Damascus") is the place.
  - Institutions named after places (courts such as "Manchester Crown Court", "the Old Bailey",
    "Cook County Circuit Court"; police forces such as "West Midlands Police", "the Los Angeles
    County Sheriff's Department", "Police Scotland"; prisons and jails such as "Rikers Island",
    "HMP Belmarsh"; ports, airports, bridges, universities, hospitals) are listed whole with
    kind "?" and their country: not counted, and they shadow the place name inside them. A
    place named in a court's location phrase ("the High Court in Glasgow", "in Windsor") is
    counted as the place.
  - Streets and highways are "?" with their country.
  - Demonyms and adjectives ("Mexican", "Jordanian", "Missourians") are "?" with their country.
  - People whose surnames or first names are places (Dallas Greene, Marcus Lincoln, Jordan
    Ruiz, Tyrone Chester, DCI Kent, Georgia Mendez...), vehicles (Toyota Tacoma) and
    newspapers named after places are country "-" (non-places).
  - Namesakes (Springfield, Hamilton, Richmond, Perth, Newport, Aurora, Columbia, Jackson,
    Bedford, Windsor, London Ont., Sydney N.S., Vancouver Wash. ...) carry a hint: "US.XX"
    for places in the US, a (lat, lon) tuple elsewhere. Countries are C, states, provinces,
    counties and regions A, cities, towns, villages and suburbs with their own GeoNames entry
    T; neighbourhoods, boroughs, islands, rivers, seas, valleys and macro-regions N.
  - Debatable calls: "U.S." inside office titles ("U.S. Attorney") is "?"; "the Republic"
    (of Ireland) is "?"; port names ("Port of Vancouver", "Port of Dover") and train lines
    named after suburbs ("the Lilydale and Belgrave train lines") are "?"; a place read as a
    city or a prefecture/province/island ("Osaka", "Cebu", "Phuket", "Lamu") is kind N.
  - 40 articles, 1080 expected (counted) place occurrences.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: North America

add("a", """Teen charged as adult in Englewood party shooting that killed 2

CHICAGO (AP) — A 17-year-old from Gary, Indiana, has been charged as an adult in a shooting at a birthday party on Chicago's South Side that killed two people and wounded five others, police said Tuesday.

The gunfire erupted shortly after 1 a.m. Sunday in the 6900 block of South Halsted Street in Englewood, Chicago Police Department Superintendent Larry Snelling told reporters. Detectives traced a stolen Dodge Charger seen leaving the scene to a home in Hammond, just across the state line, and the teen was arrested there Monday with help from the Indiana State Police and the U.S. Marshals Service.

The Cook County Medical Examiner's Office identified the dead as Dallas Greene, 22, of Calumet City, and Tamika Porter, 19, of Chicago. The wounded ranged in age from 15 to 41; two were taken to the University of Chicago Medicine trauma center in Hyde Park and the others to a hospital in Oak Lawn.

At a hearing at the Leighton Criminal Court Building, a judge ordered the teen held pending trial. He is due back before Cook County Circuit Court next month on two counts of first-degree murder and five counts of attempted murder.

"This was a party. These were kids," said Ald. Stephanie Coleman, whose ward takes in parts of Englewood and West Englewood.

Chicago has recorded fewer homicides so far this year than at the same point last year, according to police data, but shootings in neighborhoods such as Englewood, Austin and North Lawndale remain stubbornly high. Across Illinois, lawmakers in Springfield are weighing a bill to crack down on untraceable "ghost guns," which police say are turning up more often in Chicago, Indianapolis and Milwaukee.""", [
    ("CHICAGO", "US", T, "US.IL"),
    ("Gary", "US", T, "US.IN"),
    ("Indiana", "US", A),
    ("Chicago", "US", T, "US.IL"),
    ("South Side", "US", N, (41.75, -87.63)),
    ("South Halsted Street", "US", Q),
    ("Englewood", "US", N, (41.78, -87.64)),
    ("West Englewood", "US", N, (41.78, -87.67)),
    ("Chicago Police Department", "US", Q),
    ("Hammond", "US", T, "US.IN"),
    ("Indiana State Police", "US", Q),
    ("U.S. Marshals Service", "US", Q),
    ("Cook County Medical Examiner's Office", "US", Q),
    ("Dallas", "-", N),
    ("Calumet City", "US", T, "US.IL"),
    ("University of Chicago Medicine", "US", Q),
    ("Hyde Park", "US", N, (41.79, -87.59)),
    ("Oak Lawn", "US", T, "US.IL"),
    ("Cook County Circuit Court", "US", Q),
    ("Austin", "US", N, (41.89, -87.76)),
    ("North Lawndale", "US", N, (41.86, -87.72)),
    ("Illinois", "US", A),
    ("Springfield", "US", T, "US.IL"),
    ("Indianapolis", "US", T, "US.IN"),
    ("Milwaukee", "US", T, "US.WI"),
])

add("a", """Ozarks man gets 12 years for laundering romance-scam money

By Harriet Cole
Springfield News-Leader

SPRINGFIELD, Mo. — A Springfield man who moved more than $4 million for an overseas romance-scam network was sentenced Thursday to 12 years in federal prison.

Marcus Lincoln, 46, pleaded guilty last year in U.S. District Court in Springfield to conspiracy to commit money laundering. Prosecutors said he opened bank accounts under false names in Springfield, Joplin and Branson and wired victims' money to accomplices in Lagos, Nigeria, and Accra, Ghana.

The victims, most of them widows in their 70s and 80s, lived in Missouri, Arkansas, Kansas and Oklahoma, according to court records. One woman from Rogers, Arkansas, lost her house after sending nearly $600,000 to a man she believed was an American engineer working on an oil rig in the North Sea.

Lincoln was arrested in 2022 after a bank branch in Nixa flagged a series of cash deposits. Agents from the FBI's Kansas City field office and deputies from the Greene County Sheriff's Office then searched his home off Sunshine Street.

"Mr. Lincoln knew exactly where this money came from and exactly who it came from," an assistant U.S. attorney told the court.

Two co-defendants, Abimbola Okafor of Houston and Dwayne Florence of Tulsa, are awaiting trial. A third man, believed to be living in Lagos, has been indicted but remains at large.

Prosecutors urged older Missourians to be wary of online suitors who ask for money, gift cards or cryptocurrency. Residents of Greene County, Christian County and Taney County can report suspected scams to the Missouri attorney general's consumer hotline.""", [
    ("Ozarks", "US", N),
    ("Springfield News-Leader", "-", N),
    ("SPRINGFIELD", "US", T, "US.MO"),
    ("Mo.", "US", A),
    ("Springfield", "US", T, "US.MO"),
    ("Lincoln", "-", N),
    ("U.S. District Court", "US", Q),
    ("U.S.", "US", Q),
    ("Joplin", "US", T, "US.MO"),
    ("Branson", "US", T, "US.MO"),
    ("Lagos", "NG", T),
    ("Nigeria", "NG", C),
    ("Accra", "GH", T),
    ("Ghana", "GH", C),
    ("Missouri", "US", A),
    ("Arkansas", "US", A),
    ("Kansas", "US", A),
    ("Oklahoma", "US", A),
    ("Rogers", "US", T, "US.AR"),
    ("American", "US", Q),
    ("North Sea", "*", N),
    ("Nixa", "US", T, "US.MO"),
    ("Kansas City", "US", T, "US.MO"),
    ("Greene County Sheriff's Office", "US", Q),
    ("Sunshine Street", "US", Q),
    ("Houston", "US", T, "US.TX"),
    ("Florence", "-", N),
    ("Tulsa", "US", T, "US.OK"),
    ("Missourians", "US", Q),
    ("Greene County", "US", A, "US.MO"),
    ("Christian County", "US", A, "US.MO"),
    ("Taney County", "US", A, "US.MO"),
])

add("a", """Deputies arrest Lancaster man in Antelope Valley carjacking spree

LOS ANGELES (CNS) — Los Angeles County sheriff's deputies have arrested a Lancaster man suspected in a string of armed carjackings stretching from the Antelope Valley to the San Fernando Valley, authorities said Wednesday.

Jordan Ruiz, 29, was taken into custody Tuesday evening at a motel on Sierra Highway in Palmdale after a two-hour standoff, according to the Los Angeles County Sheriff's Department. He was being held at Men's Central Jail in downtown Los Angeles in lieu of $1 million bail.

Investigators have linked Ruiz to at least six carjackings since March in Santa Clarita, Sylmar and Lancaster, in which drivers were forced from their cars at gunpoint while filling up at gas stations. One stolen Toyota Tacoma was found abandoned in Barstow, in San Bernardino County, and another was recovered near the San Ysidro port of entry, where detectives believe Ruiz tried to sell it to a buyer from Tijuana, Mexico.

"He was moving fast and he was moving far," a lieutenant at the sheriff's Lancaster station said. "These were terrifying crimes for the victims."

The California Highway Patrol and the Riverside County Sheriff's Office assisted in the investigation, which relied in part on license-plate readers along freeways across Southern California.

Ruiz, who grew up in Compton and moved to the high desert two years ago, has prior convictions for robbery in Long Beach and Orange County, according to court records. He is expected to be arraigned Friday at the Antelope Valley Courthouse. The Los Angeles County District Attorney's Office said it would also review whether he should face federal charges.""", [
    ("LOS ANGELES", "US", T, "US.CA"),
    ("Los Angeles County", "US", A, "US.CA"),
    ("Lancaster", "US", T, "US.CA"),
    ("Antelope Valley", "US", N, (34.7, -118.15)),
    ("San Fernando Valley", "US", N, (34.22, -118.47)),
    ("Jordan", "-", N),
    ("Sierra Highway", "US", Q),
    ("Palmdale", "US", T, "US.CA"),
    ("Los Angeles County Sheriff's Department", "US", Q),
    ("Los Angeles", "US", T, "US.CA"),
    ("Santa Clarita", "US", T, "US.CA"),
    ("Sylmar", "US", N, (34.31, -118.44)),
    ("Toyota Tacoma", "-", N),
    ("Barstow", "US", T, "US.CA"),
    ("San Bernardino County", "US", A, "US.CA"),
    ("San Ysidro", "US", N, (32.55, -117.04)),
    ("Tijuana", "MX", T),
    ("Mexico", "MX", C),
    ("California Highway Patrol", "US", Q),
    ("Riverside County Sheriff's Office", "US", Q),
    ("Southern California", "US", N),
    ("Compton", "US", T, "US.CA"),
    ("Long Beach", "US", T, "US.CA"),
    ("Orange County", "US", A, "US.CA"),
    ("Antelope Valley Courthouse", "US", Q),
    ("Los Angeles County District Attorney's Office", "US", Q),
])

add("a", """Hamilton man among 5 charged after stolen SUVs found in shipping containers

TORONTO — A 34-year-old man from Hamilton is among five people charged after police recovered 48 stolen vehicles worth more than $3 million, many of them already packed into shipping containers at rail yards in Vaughan and Brampton, Ontario Provincial Police said Monday.

The investigation began last fall after a spike in thefts of SUVs and pickup trucks from driveways in Oakville, Burlington and Mississauga. Several owners tracked their vehicles by GPS to container terminals in Montreal, where the Canada Border Services Agency intercepted them before they could be loaded onto ships bound for Ghana, Nigeria and the United Arab Emirates.

Police allege the Hamilton man, Kyle Houston, recruited young drivers through social media to steal the vehicles overnight, paying them as little as $1,000 per car. Also charged are two men from Brampton, a 41-year-old woman from Scarborough and a man from Windsor who police say arranged the export paperwork.

The Toronto Police Service, Peel Regional Police, Halton Regional Police and Hamilton Police all took part in the probe, along with investigators from Quebec.

"These vehicles are being stolen in Ontario on a Tuesday night and are on the ocean by the weekend," OPP Det. Insp. Scott Wade said at a news conference in Vaughan.

Canada has become one of the world's leading sources of stolen cars, according to Interpol, with the Greater Toronto Area accounting for the largest share of thefts. The accused appeared in the Ontario Court of Justice in Milton and were released on strict bail conditions. None of the charges has been proven in court.""", [
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("TORONTO", "CA", T, (43.65, -79.38)),
    ("Vaughan", "CA", T, (43.84, -79.5)),
    ("Brampton", "CA", T, (43.68, -79.76)),
    ("Ontario Provincial Police", "CA", Q),
    ("Oakville", "CA", T, (43.45, -79.68)),
    ("Burlington", "CA", T, (43.32, -79.8)),
    ("Mississauga", "CA", T),
    ("Montreal", "CA", T, (45.5, -73.57)),
    ("Canada Border Services Agency", "CA", Q),
    ("Ghana", "GH", C),
    ("Nigeria", "NG", C),
    ("United Arab Emirates", "AE", C),
    ("Houston", "-", N),
    ("Scarborough", "CA", N, (43.77, -79.23)),
    ("Windsor", "CA", T, (42.3, -83.02)),
    ("Toronto Police Service", "CA", Q),
    ("Peel Regional Police", "CA", Q),
    ("Halton Regional Police", "CA", Q),
    ("Hamilton Police", "CA", Q),
    ("Quebec", "CA", A),
    ("Ontario", "CA", A),
    ("Canada", "CA", C),
    ("Greater Toronto Area", "CA", N, (43.7, -79.4)),
    ("Ontario Court of Justice", "CA", Q),
    ("Milton", "CA", T, (43.51, -79.88)),
])

add("a", """RCMP seize enough fentanyl precursors for millions of doses at Port of Vancouver

VANCOUVER — The RCMP say they have seized more than 1.2 tonnes of chemicals used to make fentanyl and methamphetamine from shipping containers that arrived at the Port of Vancouver from China, in what investigators call one of the largest such seizures in British Columbia.

The chemicals, declared as industrial cleaning products, were found in three containers that had travelled from Shanghai and Shenzhen before being unloaded at terminals in Vancouver and Delta, B.C., Supt. Mandeep Mooker of the RCMP's Federal Serious and Organized Crime unit told reporters in Surrey on Thursday.

Officers later executed search warrants at a warehouse in Richmond, B.C., and at homes in Burnaby, Coquitlam and Abbotsford, where they found a partially built synthetic drug lab, about $2 million in cash and 16 firearms.

Four men, aged 27 to 52, have been charged. Police say two of them are Canadian citizens from the Lower Mainland and two are Mexican nationals who travelled to B.C. from Culiacán, in the state of Sinaloa, to teach local cooks how to produce the drugs.

Investigators believe the finished product was destined for markets across Western Canada and for export to Australia and New Zealand, where the same drugs sell for several times the Canadian street price.

British Columbia recorded more than 2,000 deaths from toxic drugs last year. The seizure comes as Ottawa faces pressure from Washington to tighten border controls on fentanyl, and as the Canada Border Services Agency says it has stepped up inspections of containers arriving from Asia.""", [
    ("VANCOUVER", "CA", T, (49.25, -123.12)),
    ("Port of Vancouver", "CA", Q),
    ("China", "CN", C),
    ("British Columbia", "CA", A),
    ("Shanghai", "CN", T),
    ("Shenzhen", "CN", T),
    ("Vancouver", "CA", T, (49.25, -123.12)),
    ("Delta", "CA", T, (49.08, -123.06)),
    ("B.C.", "CA", A),
    ("Surrey", "CA", T, (49.1, -122.82)),
    ("Richmond", "CA", T, (49.17, -123.14)),
    ("Burnaby", "CA", T),
    ("Coquitlam", "CA", T),
    ("Abbotsford", "CA", T, (49.05, -122.3)),
    ("Canadian", "CA", Q),
    ("Lower Mainland", "CA", N, (49.2, -122.9)),
    ("Mexican", "MX", Q),
    ("Culiacán", "MX", T),
    ("Sinaloa", "MX", A),
    ("Western Canada", "CA", N),
    ("Australia", "AU", C),
    ("New Zealand", "NZ", C),
    ("Ottawa", "CA", T, (45.42, -75.7)),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Canada Border Services Agency", "CA", Q),
    ("Asia", "*", N),
])

add("a", """Bronx man held on Rikers after random subway slashing in Manhattan

NEW YORK (AP) — A Bronx man accused of slashing a stranger's face on a crowded subway train in Manhattan was ordered held without bail Friday and sent to Rikers Island, prosecutors said.

Dante Mercer, 31, is charged with attempted murder and assault in Wednesday's attack on a northbound No. 2 train as it pulled into the Times Square station, the Manhattan district attorney's office said. The victim, Sydney Alvarez, a 27-year-old nurse who lives in Brooklyn, needed more than 40 stitches.

Police said Mercer fled the train at 125th Street in Harlem and was arrested the next morning at a relative's apartment in Yonkers after detectives circulated surveillance images. He had been released from a state prison upstate in January after serving a sentence for an armed robbery in Queens, according to court records.

At his arraignment in Manhattan Criminal Court, prosecutors said Mercer had no connection to the victim and appeared to have chosen her at random. His lawyer from the Legal Aid Society said he had struggled with mental illness for years and asked that he be evaluated at Bellevue Hospital.

The attack rattled commuters at a time when city and state officials have poured National Guard members and extra police into the transit system. New York Gov. Kathy Hochul said Friday that crime in the subway was down from last year but acknowledged "people still don't feel safe."

Alvarez, who commutes to a hospital in Newark, New Jersey, told the New York Post she had "no idea he was even there until I felt the blood," and said she was now afraid to ride the train.""", [
    ("Bronx", "US", N, (40.84, -73.87)),
    ("Rikers Island", "US", Q),
    ("Manhattan", "US", N, (40.78, -73.97)),
    ("NEW YORK", "US", T, "US.NY"),
    ("Times Square", "US", N, (40.76, -73.99)),
    ("Sydney", "-", N),
    ("Brooklyn", "US", N, (40.65, -73.95)),
    ("125th Street", "US", Q),
    ("Harlem", "US", N, (40.81, -73.95)),
    ("Yonkers", "US", T, "US.NY"),
    ("Queens", "US", N, (40.7, -73.8)),
    ("Manhattan Criminal Court", "US", Q),
    ("Bellevue Hospital", "US", Q),
    ("New York", "US", A),
    ("Newark", "US", T, "US.NJ"),
    ("New Jersey", "US", A),
    ("New York Post", "-", N),
])

add("a", """Agents find 900 pounds of meth hidden in tomato shipment at Laredo crossing

LAREDO, Texas (AP) — Federal agents found nearly 900 pounds of methamphetamine hidden inside a tractor-trailer hauling Roma tomatoes across the World Trade Bridge from Mexico, one of the largest seizures ever at the busy commercial crossing, officials said Tuesday.

The drugs, worth an estimated $8 million, were packed in plastic bundles inside hollowed-out pallets and discovered during a secondary inspection, U.S. Customs and Border Protection said. Port Director Austin Garza said a drug-sniffing dog alerted officers to the trailer, which had entered from Nuevo Laredo, in the Mexican state of Tamaulipas.

The driver, a 38-year-old Mexican citizen from Monterrey, was turned over to Homeland Security Investigations and is expected to appear in federal court in Laredo later this week. Investigators said the load was headed to a produce warehouse in San Antonio, from where they believe the meth was to be distributed to Houston, Dallas and Oklahoma City.

Laredo, in Webb County on the Rio Grande, handles more truck traffic from Mexico than any other port of entry in the United States. Cartels in Sinaloa and Michoacán increasingly hide drugs in legitimate cargo to get them past inspectors, CBP officials say.

The seizure came a day after officers at the Pharr bridge in the Rio Grande Valley found 300 pounds of cocaine hidden in a shipment of limes.

In Austin, Gov. Greg Abbott pointed to the bust as evidence that the state should keep pouring money into border security, and the Texas Department of Public Safety said it would increase inspections of commercial trucks on Interstate 35 north of the border.""", [
    ("LAREDO", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Roma", "-", N),
    ("World Trade Bridge", "US", Q),
    ("Mexico", "MX", C),
    ("U.S. Customs and Border Protection", "US", Q),
    ("Austin#1", "-", N),
    ("Nuevo Laredo", "MX", T),
    ("Mexican", "MX", Q),
    ("Tamaulipas", "MX", A),
    ("Monterrey", "MX", T),
    ("Laredo", "US", T, "US.TX"),
    ("San Antonio", "US", T, "US.TX"),
    ("Houston", "US", T, "US.TX"),
    ("Dallas", "US", T, "US.TX"),
    ("Oklahoma City", "US", T, "US.OK"),
    ("Webb County", "US", A, "US.TX"),
    ("Rio Grande", "*", N),
    ("United States", "US", C),
    ("Sinaloa", "MX", A),
    ("Michoacán", "MX", A),
    ("Pharr", "US", T, "US.TX"),
    ("Rio Grande Valley", "US", N),
    ("Austin#2", "US", T, "US.TX"),
    ("Texas Department of Public Safety", "US", Q),
    ("Interstate 35", "US", Q),
])

add("a", """Search widens for missing Aurora teen last seen near Cherry Creek Reservoir

AURORA, Colo. — Police in Aurora have expanded their search for a 16-year-old girl who vanished after leaving a friend's house last weekend, and say they are now working with investigators in Wyoming after a possible sighting near Cheyenne.

Georgia Mendez was last seen about 9 p.m. Saturday walking along a trail near Cherry Creek Reservoir, on the border of Aurora and Centennial, according to the Aurora Police Department. Her phone last connected to a cell tower in Englewood about two hours later.

On Wednesday, a truck-stop clerk in Cheyenne, Wyoming, told police she had seen a girl matching Mendez's description with an older man in a gray pickup. Detectives are reviewing surveillance video from the truck stop and from rest areas along Interstate 25 between Denver and the state line, said Aurora police spokesperson Joe Moylan.

"We are treating this as a missing and endangered child," Moylan said. "We are not ruling anything out."

Volunteers have searched open space in Arapahoe County and Douglas County, and the Colorado Bureau of Investigation has issued an alert statewide. Mendez's mother, who moved the family to Aurora from Pueblo last year, said her daughter had recently been talking online with someone who claimed to live in Colorado Springs.

The FBI's Denver field office has offered assistance. Anyone with information is asked to call the Aurora Police Department's tip line. The Mendez family has also set up a search center at a church in Parker, and sightings have been reported as far away as Castle Rock, Greeley and Laramie.""", [
    ("AURORA", "US", T, "US.CO"),
    ("Colo.", "US", A),
    ("Aurora", "US", T, "US.CO"),
    ("Aurora Police Department", "US", Q),
    ("Wyoming", "US", A),
    ("Cheyenne", "US", T, "US.WY"),
    ("Georgia", "-", N),
    ("Cherry Creek Reservoir", "US", N, (39.64, -104.85)),
    ("Centennial", "US", T, "US.CO"),
    ("Englewood", "US", T, "US.CO"),
    ("Interstate 25", "US", Q),
    ("Denver", "US", T, "US.CO"),
    ("Arapahoe County", "US", A, "US.CO"),
    ("Douglas County", "US", A, "US.CO"),
    ("Colorado Bureau of Investigation", "US", Q),
    ("Pueblo", "US", T, "US.CO"),
    ("Colorado Springs", "US", T, "US.CO"),
    ("Parker", "US", T, "US.CO"),
    ("Castle Rock", "US", T, "US.CO"),
    ("Greeley", "US", T, "US.CO"),
    ("Laramie", "US", T, "US.WY"),
])

add("a", """Former deputy convicted of manslaughter in Five Points bar shooting

COLUMBIA, S.C. (AP) — A former Richland County sheriff's deputy was convicted Thursday of involuntary manslaughter in the off-duty shooting of a college student outside a bar in Columbia's Five Points district.

A jury deliberated for about six hours before reaching its verdict against Travis Boyd, 33, of Chester, who had been charged with murder in the death of Jordan Pierce, a 21-year-old University of South Carolina junior from Augusta, Georgia.

Prosecutors said Boyd, who was working as a private security guard at the bar in March 2023, fired four shots at Pierce after a scuffle on Harden Street. Boyd's lawyers argued he believed Pierce was reaching for a gun; no weapon was found.

Boyd had worked for the Richland County Sheriff's Department for three years and previously served as a police officer in Orangeburg. He was fired after the shooting. The South Carolina Law Enforcement Division investigated the case, and the trial was moved to the Lexington County courthouse because of pretrial publicity.

Pierce's family, who drove in from Georgia for each day of the two-week trial, said they were disappointed the jury did not return a murder conviction. "Jordan was coming home for the summer in two weeks," his mother, Angela Pierce, told reporters in Lexington.

Circuit Judge Robert Hood set sentencing for next month. Boyd faces up to five years in prison.

The case drew attention across South Carolina to the practice of off-duty officers working security at bars. Similar shootings have led to lawsuits in Charleston and Greenville, and state lawmakers from Columbia and Rock Hill have proposed new training rules. Protests were also held in Charlotte, North Carolina, where Pierce went to high school before his family moved to Georgia.""", [
    ("COLUMBIA", "US", T, "US.SC"),
    ("S.C.", "US", A),
    ("Richland County", "US", A, "US.SC"),
    ("Columbia", "US", T, "US.SC"),
    ("Five Points", "US", N, (33.99, -81.02)),
    ("Chester", "US", T, "US.SC"),
    ("Jordan", "-", N),
    ("University of South Carolina", "US", Q),
    ("Augusta", "US", T, "US.GA"),
    ("Georgia", "US", A),
    ("Harden Street", "US", Q),
    ("Richland County Sheriff's Department", "US", Q),
    ("Orangeburg", "US", T, "US.SC"),
    ("South Carolina Law Enforcement Division", "US", Q),
    ("Lexington County", "US", A, "US.SC"),
    ("Lexington", "US", T, "US.SC"),
    ("South Carolina", "US", A),
    ("Charleston", "US", T, "US.SC"),
    ("Greenville", "US", T, "US.SC"),
    ("Rock Hill", "US", T, "US.SC"),
    ("Charlotte", "US", T, "US.NC"),
    ("North Carolina", "US", A),
])

add("a", """Quebec police dismantle cross-border cocaine network linked to Hells Angels

MONTREAL — Quebec provincial police say they have dismantled a drug network linked to the Hells Angels that smuggled cocaine from the United States through the Akwesasne Mohawk territory and the Eastern Townships, arresting 23 people in raids across the province on Wednesday.

More than 600 officers from the Sûreté du Québec, Montreal police and the RCMP searched homes and businesses in Montreal, Laval, Longueuil, Sherbrooke, Trois-Rivières and Saint-Jérôme, seizing 140 kilograms of cocaine, 30 firearms and about $4 million in cash, police said.

Investigators allege the cocaine was trucked from California to warehouses near Plattsburgh, N.Y., then carried across the border on foot through wooded areas near Lacolle or by boat across the St. Lawrence River near Akwesasne, which straddles Quebec, Ontario and New York State.

Among those arrested is a full-patch member of the Hells Angels' Sherbrooke chapter, police said. Several suspects were to appear Thursday at the Montreal courthouse, while others were arraigned in Granby and Quebec City.

"This network supplied a large part of the cocaine sold on the streets of Montreal and the Eastern Townships," SQ spokesperson Benoit Richard told reporters.

The operation involved the U.S. Drug Enforcement Administration and agents in Vermont, where a 45-year-old man from Burlington was arrested Tuesday on a warrant issued in Canada. American prosecutors say the same network also moved cannabis and cash southbound into the United States. The RCMP said it had stepped up patrols along the Quebec–New York border, which has seen an increase in smuggling of both drugs and migrants since last year, and that agents are now watching crossings near Champlain and Stanstead.""", [
    ("MONTREAL", "CA", T, (45.5, -73.57)),
    ("Quebec", "CA", A),
    ("United States", "US", C),
    ("Akwesasne", "CA|US", N, (45.0, -74.65)),
    ("Eastern Townships", "CA", N, (45.4, -72.0)),
    ("Sûreté du Québec", "CA", Q),
    ("Montreal", "CA", T, (45.5, -73.57)),
    ("Laval", "CA", T, (45.57, -73.69)),
    ("Longueuil", "CA", T),
    ("Sherbrooke", "CA", T, (45.4, -71.9)),
    ("Trois-Rivières", "CA", T),
    ("Saint-Jérôme", "CA", T, (45.78, -74.0)),
    ("California", "US", A),
    ("Plattsburgh", "US", T, "US.NY"),
    ("N.Y.", "US", A),
    ("Lacolle", "CA", T, (45.08, -73.37)),
    ("St. Lawrence River", "*", N),
    ("Ontario", "CA", A),
    ("New York State", "US", A),
    ("Granby", "CA", T, (45.4, -72.73)),
    ("Quebec City", "CA", T),
    ("U.S. Drug Enforcement Administration", "US", Q),
    ("Vermont", "US", A),
    ("Burlington", "US", T, "US.VT"),
    ("Canada", "CA", C),
    ("American", "US", Q),
    ("New York", "US", A),
    ("Champlain", "US", T, "US.NY"),
    ("Stanstead", "CA", T, (45.02, -72.1)),
])

add("a", """Jackson police arrest 4 in wave of carjackings; suspects linked to Memphis robberies

JACKSON, Miss. (AP) — Jackson police have arrested four young men suspected in more than a dozen carjackings across the Mississippi capital and its suburbs, and investigators say at least two of them are also wanted in Memphis, Tennessee.

The arrests came Monday after a chase that began in Ridgeland and ended when the stolen SUV the suspects were in crashed on Interstate 55 near downtown Jackson, Police Chief Joseph Wade said at a news conference. A handgun stolen from a home in Madison was found in the vehicle.

The suspects, ages 17 to 20, are from Jackson and Clinton. They were booked into the Raymond Detention Center and face charges of armed carjacking, armed robbery and fleeing police. The 17-year-old will be tried as an adult, Hinds County District Attorney Jody Owens said.

Police say the group targeted drivers at gas stations and fast-food restaurants in Jackson, Brandon and Pearl, often in broad daylight. The Rankin County Sheriff's Department and Madison County deputies had each been investigating similar cases, and detectives from Vicksburg and Hattiesburg also helped identify the suspects.

Investigators in Memphis believe two of the men drove stolen cars up U.S. 61 to Tennessee and robbed people in parking lots there in the spring, according to an affidavit filed in Shelby County.

"They thought they could get away with it by crossing county lines and state lines," Wade said. "They were wrong."

Jackson has struggled with one of the highest homicide rates of any U.S. city in recent years. State lawmakers expanded the Capitol Police's patrol area in the capital last year, a move that drew criticism from Democrats and civil rights groups across Mississippi.""", [
    ("JACKSON", "US", T, "US.MS"),
    ("Miss.", "US", A),
    ("Jackson", "US", T, "US.MS"),
    ("Mississippi", "US", A),
    ("Memphis", "US", T, "US.TN"),
    ("Tennessee", "US", A),
    ("Ridgeland", "US", T, "US.MS"),
    ("Interstate 55", "US", Q),
    ("Madison", "US", T, "US.MS"),
    ("Clinton", "US", T, "US.MS"),
    ("Raymond Detention Center", "US", Q),
    ("Hinds County", "US", A, "US.MS"),
    ("Brandon", "US", T, "US.MS"),
    ("Pearl", "US", T, "US.MS"),
    ("Rankin County Sheriff's Department", "US", Q),
    ("Madison County", "US", A, "US.MS"),
    ("Vicksburg", "US", T, "US.MS"),
    ("Hattiesburg", "US", T, "US.MS"),
    ("U.S. 61", "US", Q),
    ("Shelby County", "US", A, "US.TN"),
    ("U.S.", "US", C),
])

add("a", """Windsor police, U.S. agents bust gun-smuggling ring using Ambassador Bridge

WINDSOR, Ont. — A joint investigation by Windsor police and U.S. federal agents has broken up a ring that smuggled more than 100 handguns from Michigan into Canada hidden in the door panels of cars crossing the Ambassador Bridge, police said Tuesday.

Six people have been charged in Canada and three in the United States, Windsor Police Service Chief Jason Bellaire said at a news conference with officials from the U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives' Detroit field division.

Investigators say the guns were bought by straw purchasers at gun shops in Detroit suburbs including Dearborn, Taylor and Warren, as well as in Toledo, Ohio, then driven across the bridge or through the Detroit-Windsor Tunnel by couriers who were paid $500 a trip.

Once in Windsor, the weapons were sold to buyers in Toronto, London, Ont., and Leamington for as much as $4,000 each, police said. Several of the guns have since been recovered at shooting scenes in Toronto and Hamilton.

Those charged in Canada, aged 19 to 44, are from Windsor, Tecumseh and Chatham. They appeared Monday in the Ontario Court of Justice in Windsor. In Michigan, three people were charged in federal court in Detroit with making false statements to firearms dealers, the U.S. Attorney's Office for the Eastern District of Michigan said.

Canadian police say most handguns seized in Ontario crimes are smuggled from the United States, and Ottawa has pressed Washington to do more to stop the flow. The Canada Border Services Agency said officers at the crossing, one of the busiest between the two countries, would step up secondary inspections of vehicles heading north from Wayne County.""", [
    ("Windsor", "CA", T, (42.3, -83.02)),
    ("U.S.", "US", C),
    ("Ambassador Bridge", "*", Q),
    ("WINDSOR", "CA", T, (42.3, -83.02)),
    ("Ont.", "CA", A),
    ("Michigan", "US", A),
    ("Canada", "CA", C),
    ("United States", "US", C),
    ("Windsor Police Service", "CA", Q),
    ("Detroit", "US", T, "US.MI"),
    ("Dearborn", "US", T, "US.MI"),
    ("Taylor", "US", T, "US.MI"),
    ("Warren", "US", T, "US.MI"),
    ("Toledo", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("Detroit-Windsor Tunnel", "*", Q),
    ("Toronto", "CA", T, (43.65, -79.38)),
    ("London", "CA", T, (42.98, -81.25)),
    ("Leamington", "CA", T, (42.05, -82.6)),
    ("Hamilton", "CA", T, (43.25, -79.85)),
    ("Tecumseh", "CA", T, (42.3, -82.88)),
    ("Chatham", "CA", T, (42.4, -82.19)),
    ("Ontario Court of Justice", "CA", Q),
    ("U.S. Attorney's Office for the Eastern District of Michigan", "US", Q),
    ("Canadian", "CA", Q),
    ("Ontario", "CA", A),
    ("Ottawa", "CA", T, (45.42, -75.7)),
    ("Washington", "US", T, (38.9, -77.04)),
    ("Canada Border Services Agency", "CA", Q),
    ("Wayne County", "US", A, "US.MI"),
])

add("a", """Portland man charged with running fentanyl pipeline to Seattle, Spokane

SEATTLE (AP) — A Portland, Oregon, man has been indicted on federal charges of running a drug trafficking operation that moved hundreds of thousands of fentanyl pills from Mexico up Interstate 5 to Seattle and across Washington state, prosecutors said Thursday.

Rafael Ochoa, 36, was arrested last week at his home in Portland's Lents neighborhood, where agents found about 40,000 blue pills stamped "M30," two kilograms of powder fentanyl and three rifles, according to the indictment unsealed in U.S. District Court in Seattle.

Prosecutors say Ochoa obtained the pills from suppliers tied to the Sinaloa cartel, who sent them north in hidden compartments of cars driven across the border at San Ysidro, California. Couriers then drove the drugs from Portland to stash houses in Vancouver, Washington, Tacoma, Everett and Yakima, and as far east as Spokane and Boise, Idaho.

Eleven other people have been charged in the case, including two women from Salem, Oregon, who allegedly rented storage units for the network, and a Kent man accused of selling pills in downtown Seattle and Auburn.

"Every one of these pills is potentially lethal," U.S. Attorney Tessa Gorman said. King County alone recorded more than 1,000 overdose deaths last year, most of them involving fentanyl, according to public health officials.

The investigation was led by the Drug Enforcement Administration's Seattle field division, with help from the Portland Police Bureau, the Multnomah County Sheriff's Office and the Washington State Patrol. Ochoa is being held at the Federal Detention Center in SeaTac and faces a mandatory minimum of 10 years in prison if convicted.

Overdose deaths have also surged in Oregon since it decriminalized possession of small amounts of drugs in 2020, a policy lawmakers in Salem partly reversed last year.""", [
    ("Portland", "US", T, "US.OR"),
    ("Seattle", "US", T, "US.WA"),
    ("Spokane", "US", T, "US.WA"),
    ("SEATTLE", "US", T, "US.WA"),
    ("Oregon", "US", A),
    ("Mexico", "MX", C),
    ("Interstate 5", "US", Q),
    ("Washington", "US", A),
    ("Lents", "US", N, (45.48, -122.57)),
    ("U.S. District Court", "US", Q),
    ("Sinaloa", "MX", A),
    ("San Ysidro", "US", N, (32.55, -117.04)),
    ("California", "US", A),
    ("Vancouver", "US", T, "US.WA"),
    ("Tacoma", "US", T, "US.WA"),
    ("Everett", "US", T, "US.WA"),
    ("Yakima", "US", T, "US.WA"),
    ("Boise", "US", T, "US.ID"),
    ("Idaho", "US", A),
    ("Salem", "US", T, "US.OR"),
    ("Kent", "US", T, "US.WA"),
    ("Auburn", "US", T, "US.WA"),
    ("U.S. Attorney", "US", Q),
    ("King County", "US", A, "US.WA"),
    ("Portland Police Bureau", "US", Q),
    ("Multnomah County Sheriff's Office", "US", Q),
    ("Washington State Patrol", "US", Q),
    ("SeaTac", "US", T, "US.WA"),
])

add("a", """Dartmouth man charged with second-degree murder in Spryfield shooting

HALIFAX — A Dartmouth man has been charged with second-degree murder in the shooting death of a 24-year-old man in the Halifax community of Spryfield, Halifax Regional Police said Friday.

Police were called to an apartment building on Herring Cove Road shortly after midnight Wednesday and found Devon Sydney, of Halifax, with gunshot wounds. He died later at the QEII Health Sciences Centre.

Officers arrested the 29-year-old suspect Thursday afternoon during a traffic stop on Highway 102 near Truro, with help from the RCMP's Colchester County detachment. Police said he was heading toward New Brunswick. A second man, 22, of Bedford, was charged with being an accessory after the fact.

The accused appeared in Halifax provincial court Friday morning and was remanded to the Central Nova Scotia Correctional Facility in Burnside. He is due back in court next month.

Police have not released a motive but said the two men knew each other. Investigators are asking anyone who was in the area of Herring Cove Road and Dentith Road between 11 p.m. and 1 a.m. to come forward.

The killing is the fifth homicide in the Halifax Regional Municipality this year. Sydney's family said in a statement that he had recently moved back from Alberta, where he had worked in the oilfields near Fort McMurray, and was planning to start an apprenticeship in Moncton.

His aunt, who lives in Sydney, N.S., said the family was "broken." A vigil is planned for Sunday at a park in Spryfield, and relatives travelling from Cape Breton and Sackville, N.B., are expected to attend.

Nova Scotia recorded 26 homicides last year, according to Statistics Canada.""", [
    ("Dartmouth", "CA", T, (44.67, -63.57)),
    ("Spryfield", "CA", N, (44.61, -63.61)),
    ("HALIFAX", "CA", T, (44.65, -63.57)),
    ("Halifax", "CA", T, (44.65, -63.57)),
    ("Halifax Regional Police", "CA", Q),
    ("Herring Cove Road", "CA", Q),
    ("Sydney#1,2", "-", N),
    ("Devon", "-", N),
    ("QEII Health Sciences Centre", "CA", Q),
    ("Highway 102", "CA", Q),
    ("Truro", "CA", T, (45.37, -63.28)),
    ("Colchester County", "CA", A),
    ("New Brunswick", "CA", A),
    ("Bedford", "CA", T, (44.73, -63.66)),
    ("Central Nova Scotia Correctional Facility", "CA", Q),
    ("Burnside", "CA", N, (44.69, -63.58)),
    ("Dentith Road", "CA", Q),
    ("Halifax Regional Municipality", "CA", A),
    ("Alberta", "CA", A),
    ("Fort McMurray", "CA", T),
    ("Moncton", "CA", T),
    ("Sydney#3", "CA", T, (46.14, -60.19)),
    ("N.S.", "CA", A),
    ("Cape Breton", "CA", N, (46.1, -60.8)),
    ("Sackville", "CA", T, (45.9, -64.37)),
    ("N.B.", "CA", A),
    ("Nova Scotia", "CA", A),
    ("Statistics Canada", "CA", Q),
])

# ---------------------------------------------------------------- b: Britain, Ireland, Australia, NZ

add("b", """Teenager guilty of murdering schoolboy in Croydon bus stop attack

By PA Media court reporter

A 17-year-old boy has been found guilty at the Old Bailey of stabbing a schoolboy to death at a bus stop in Croydon, south London.

Kwame Asante, 15, was attacked on London Road in Thornton Heath in November as he waited for a bus home from school. He was taken to St George's Hospital in Tooting but died the next day.

The defendant, from Mitcham, who cannot be named because of his age, denied murder and claimed he had acted in self-defence. The jury rejected his account after hearing that he had travelled from Tottenham, north London, where he had been staying with a cousin, and had carried a large knife in his school bag.

Jurors were told the killing followed a row that began on social media between groups of teenagers from Croydon and neighbouring Norbury. A second boy, 16, from Luton, was cleared of murder but convicted of possessing a bladed article.

Detective Chief Inspector Richard Kent, of the Metropolitan Police's specialist crime command, said outside court: "Kwame had his whole life ahead of him. This was a senseless and cowardly attack."

Kwame's parents, who moved to England from Ghana before he was born, said he had dreamed of becoming an engineer. His mother, Abena, told the court in a victim statement that the family had since moved away from south London to Reading.

The defendant, who has been held at Cookham Wood young offender institution in Kent since his arrest, will be sentenced in February. The judge, Mr Justice Cheema-Grubb, told him he faced a life sentence.

Knife crime involving teenagers in the capital has risen over the past year, according to figures from City Hall, with Croydon, Southwark and Lambeth among the worst-affected boroughs.""", [
    ("Old Bailey", "GB", Q),
    ("Croydon", "GB", T, (51.38, -0.1)),
    ("London", "GB", T, (51.51, -0.13)),
    ("London Road", "GB", Q),
    ("Thornton Heath", "GB", N, (51.4, -0.11)),
    ("St George's Hospital", "GB", Q),
    ("Tooting", "GB", N, (51.43, -0.17)),
    ("Mitcham", "GB", T, (51.4, -0.17)),
    ("Tottenham", "GB", N, (51.6, -0.07)),
    ("Norbury", "GB", N, (51.41, -0.12)),
    ("Luton", "GB", T, (51.88, -0.42)),
    ("Kent#1", "-", N),
    ("Asante", "-", N),
    ("Metropolitan Police", "GB", Q),
    ("England", "GB", A),
    ("Ghana", "GH", C),
    ("Reading", "GB", T, (51.46, -0.97)),
    ("Cookham Wood", "GB", Q),
    ("Kent#2", "GB", A),
    ("City Hall", "GB", Q),
    ("Southwark", "GB", N, (51.5, -0.09)),
    ("Lambeth", "GB", N, (51.47, -0.12)),
])

add("b", """County lines gang that flooded Cumbria with crack cocaine jailed for 94 years

A Salford-based gang that used children to sell crack cocaine and heroin in towns across Cumbria and Lancashire has been jailed for a total of 94 years.

Eleven men were sentenced at Manchester Crown Court (Minshull Street) after an investigation by Greater Manchester Police and Cumbria Constabulary into the "Dizzy" drug line, which detectives said made more than £2 million in three years.

The court heard that the gang, led by Tyrone Chester, 27, of Salford, sent teenagers from Bolton, Oldham and Rochdale by train to Barrow-in-Furness, Kendal and Carlisle, where they stayed for days at a time in the flats of vulnerable drug users. Orders for drugs were sent by text message from a phone kept in Manchester.

One 14-year-old boy from Wigan was found by officers in Barrow with 60 wraps of crack hidden in his clothing, the court was told. Another was stabbed in Workington after being robbed by a rival dealer from Liverpool.

Chester, who admitted conspiracy to supply class A drugs, was jailed for 14 years. His cousin, Jermaine Chester, 24, of Eccles, received 11 years. Others were from Salford, Bury and Blackpool.

Sentencing, Judge Maurice Greene said the gang had "treated children as disposable" and brought "misery to communities from Morecambe Bay to the Scottish border".

Detective Inspector Lisa Ashworth of Greater Manchester Police said: "County lines does not respect borders. These men sat in Greater Manchester and exploited children in towns they had never set foot in."

Cumbria Constabulary said the line had been shut down and that drug-related calls in Barrow and Kendal had fallen by a third since the arrests. The force has since worked with British Transport Police to patrol stations on the West Coast Main Line between Preston and Carlisle.""", [
    ("Cumbria", "GB", A),
    ("Salford", "GB", T, (53.49, -2.29)),
    ("Lancashire", "GB", A),
    ("Manchester Crown Court", "GB", Q),
    ("Minshull Street", "GB", Q),
    ("Greater Manchester Police", "GB", Q),
    ("Cumbria Constabulary", "GB", Q),
    ("Chester", "-", N),
    ("Bolton", "GB", T, (53.58, -2.43)),
    ("Oldham", "GB", T),
    ("Rochdale", "GB", T),
    ("Barrow-in-Furness", "GB", T),
    ("Kendal", "GB", T),
    ("Carlisle", "GB", T, (54.89, -2.93)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Wigan", "GB", T),
    ("Barrow", "GB", T, (54.11, -3.23)),
    ("Workington", "GB", T),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Eccles", "GB", T, (53.48, -2.33)),
    ("Bury", "GB", T, (53.59, -2.3)),
    ("Blackpool", "GB", T),
    ("Morecambe Bay", "GB", N),
    ("Scottish", "GB", Q),
    ("Greater Manchester", "GB", A),
    ("British Transport Police", "GB", Q),
    ("West Coast Main Line", "GB", Q),
    ("Preston", "GB", T, (53.76, -2.7)),
])

add("b", """Three jailed for life over machete murder outside Birmingham takeaway

Three men have been jailed for life for the murder of a 19-year-old who was chased and hacked to death with machetes outside a takeaway in Birmingham.

Austin Mensah, from Handsworth, was set upon by a group of masked men on Soho Road in March last year, Birmingham Crown Court heard. He suffered more than 20 wounds and died at the scene despite the efforts of passers-by.

Ryan Dudley, 22, of Wolverhampton, Kieran Walsh, 20, of Walsall, and Aaron Bailey, 21, of Smethwick, were convicted of murder after a six-week trial. Mr Justice Choudhury ordered them to serve at least 24, 22 and 21 years respectively.

The court heard the attack was revenge for an earlier stabbing in Small Heath, and that the killers had driven from West Bromwich in a stolen Audi which was later found burnt out in Dudley. Phone data placed the three men in the Black Country in the hours before and after the killing.

Prosecutor Florence Adebayo KC told jurors that Austin, a catering student at a college in Solihull, had "nothing to do" with the earlier feud and was targeted because of where he lived.

Detective Chief Inspector Jim Munro, of West Midlands Police, said: "Austin's family have shown remarkable dignity throughout this case. No sentence will bring him back."

West Midlands Police has recorded more knife crime offences per head than any other force in England and Wales in recent years. Officers from the force's Operation Target team have since carried out weapons sweeps in Handsworth, Aston and Lozells, and a knife amnesty bin has been installed outside the takeaway.

A fourth man, from Coventry, who is accused of supplying the car, will go on trial at Stafford Crown Court later this year. A fifth suspect is believed to have fled to Jamaica.""", [
    ("Birmingham", "GB", T, (52.48, -1.89)),
    ("Austin", "-", N),
    ("Handsworth", "GB", N, (52.5, -1.93)),
    ("Soho Road", "GB", Q),
    ("Birmingham Crown Court", "GB", Q),
    ("Dudley#1", "-", N),
    ("Wolverhampton", "GB", T),
    ("Walsall", "GB", T),
    ("Smethwick", "GB", T),
    ("Small Heath", "GB", N, (52.47, -1.86)),
    ("West Bromwich", "GB", T),
    ("Dudley#2", "GB", T, (52.51, -2.09)),
    ("Black Country", "GB", N, (52.52, -2.05)),
    ("Florence", "-", N),
    ("Solihull", "GB", T),
    ("West Midlands Police", "GB", Q),
    ("England", "GB", A),
    ("Wales", "GB", A),
    ("Aston", "GB", N, (52.5, -1.88)),
    ("Lozells", "GB", N, (52.5, -1.9)),
    ("Coventry", "GB", T, (52.41, -1.51)),
    ("Stafford Crown Court", "GB", Q),
    ("Jamaica", "JM", C),
])

add("b", """Perth dealer jailed after £1m cocaine found in car at Dundee flat

A drug dealer from Perth who was caught with cocaine worth more than £1 million in the boot of his car has been jailed for eight years.

Connor McIntyre, 31, was stopped by officers from Police Scotland on the A90 near Dundee in July last year after a tip-off. A search of his Volkswagen Golf and a flat in the city's Lochee area found 12 kilos of the drug, the High Court in Glasgow heard.

Advocate depute Ross Houston told the court the cocaine had been driven up from Liverpool the previous day and was destined for dealers in Dundee, Aberdeen and Inverness. McIntyre had made similar trips at least five times, phone records showed.

McIntyre, who previously ran a car-valeting business in Perth, pleaded guilty to being concerned in the supply of a class A drug. His counsel said he had been pressured by a Glasgow-based crime group after running up debts.

Sentencing him, Lord Beckett said: "You were a trusted courier for an organised crime group that causes untold harm to communities across Scotland."

The case is one of several linked to an investigation into drug supply routes between Merseyside and the north-east of Scotland. Last month two men from Paisley and one from Kirkcaldy in Fife were jailed at the same court for their role in transporting heroin along the M74 and M90.

Police Scotland said more than £5 million of drugs had been seized under the operation, with searches carried out in Edinburgh, Stirling and Perth. McIntyre is being held at HMP Perth and will be transferred to a prison in Edinburgh.""", [
    ("Perth", "GB", T, (56.4, -3.43)),
    ("Dundee", "GB", T),
    ("Police Scotland", "GB", Q),
    ("A90", "GB", Q),
    ("Lochee", "GB", N, (56.47, -3.01)),
    ("High Court", "GB", Q),
    ("Glasgow", "GB", T, (55.86, -4.25)),
    ("Houston", "-", N),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Aberdeen", "GB", T, (57.15, -2.1)),
    ("Inverness", "GB", T),
    ("Scotland", "GB", A),
    ("Merseyside", "GB", A),
    ("Paisley", "GB", T),
    ("Kirkcaldy", "GB", T),
    ("Fife", "GB", A),
    ("M74", "GB", Q),
    ("M90", "GB", Q),
    ("Edinburgh", "GB", T),
    ("Stirling", "GB", T),
    ("HMP Perth", "GB", Q),
])

add("b", """Newport man jailed for dangerous driving after fleeing Gwent Police at 120mph

A Newport man who led police on a high-speed chase across the Prince of Wales Bridge into England has been jailed for three years.

Liam Pritchard, 26, of Ringland, reached speeds of 120mph on the M4 after officers from Gwent Police tried to stop his BMW near Magor in the early hours of 14 March, Cardiff Crown Court heard.

He crossed the Severn into England and was eventually stopped with a stinger device by Avon and Somerset Police near Bristol, where officers found cannabis and £3,000 in cash in the car.

Prosecutor Catherine Richards said Pritchard had been banned from driving at the time and had no insurance. He had previous convictions for drug offences in Cwmbran and Caerphilly.

His barrister, Huw Paris, said Pritchard had panicked because he feared being recalled to prison, and that he had since found work at a warehouse in Pontypool.

Judge Tracey Lloyd-Clarke told him: "You put the lives of other motorists, and of the officers pursuing you, at grave risk."

Pritchard was also banned from driving for five years. Gwent Police said the case showed the force would work with neighbouring forces in England to pursue drivers who tried to escape across the border.

Inspector Gareth Paris – no relation to the barrister – said: "Whether you head for Bristol, Swansea or the Heads of the Valleys, we will find you."

The court heard that a passenger in the car, a 19-year-old woman from Chepstow, was not charged. Police in Wales have recorded a rise in pursuits on the M4 corridor between Newport and Cardiff, where a new average-speed limit is being considered by the Welsh Government.""", [
    ("Newport", "GB", T, (51.59, -3.0)),
    ("Gwent Police", "GB", Q),
    ("Prince of Wales Bridge", "GB", Q),
    ("England", "GB", A),
    ("Ringland", "GB", N, (51.59, -2.95)),
    ("M4", "GB", Q),
    ("Magor", "GB", T, (51.58, -2.83)),
    ("Cardiff Crown Court", "GB", Q),
    ("Severn", "GB", N),
    ("Avon and Somerset Police", "GB", Q),
    ("Bristol", "GB", T, (51.45, -2.59)),
    ("Cwmbran", "GB", T),
    ("Caerphilly", "GB", T),
    ("Paris", "-", N),
    ("Pontypool", "GB", T),
    ("Swansea", "GB", T),
    ("Heads of the Valleys", "GB", Q),
    ("Chepstow", "GB", T),
    ("Wales", "GB", A),
    ("Cardiff", "GB", T, (51.48, -3.18)),
    ("Welsh", "GB", Q),
])

add("b", """Drogheda feud: man jailed for 12 years over Co Louth pipe bomb plot

A Dublin man has been jailed for 12 years at the Special Criminal Court for his role in a plot to plant a pipe bomb at the home of a rival gang member in Drogheda, Co Louth.

Declan Cullen, 33, from Finglas, was arrested by gardaí in 2022 after detectives from the Garda National Drugs and Organised Crime Bureau saw him hand a holdall containing the device to an associate in a car park in Ardee.

The non-jury court heard that the bomb was intended for a house on the northside of Drogheda as part of the bitter feud between two criminal gangs in the town that led to the murder and dismemberment of a teenager in 2020.

Prosecuting counsel said Cullen was also linked to a Dublin-based organised crime group whose leaders have lived on Spain's Costa del Sol for years, and that phone messages showed he had been taking instructions from a man in Marbella.

Ms Justice Tara Burns said Cullen had been prepared to "put innocent lives at risk, including those of children" in the estate.

Cullen, who had previous convictions for drug dealing in Crumlin and Clondalkin, will serve his sentence at Portlaoise Prison. A co-accused, a 27-year-old man from Dundalk, is due to be sentenced next month.

The Drogheda feud has prompted the Government to send additional armed gardaí to the Co Louth town and to fund youth projects there. Gardaí said the feud had also drawn in criminals from Limerick and Cork, and that they were working with Spanish police and with authorities in Dubai, where several senior Irish gang figures are believed to be living.

Ireland and the United Arab Emirates ratified an extradition treaty last year.""", [
    ("Drogheda", "IE", T),
    ("Louth", "IE", A),
    ("Dublin", "IE", T, (53.35, -6.26)),
    ("Special Criminal Court", "IE", Q),
    ("Finglas", "IE", N, (53.39, -6.3)),
    ("Garda National Drugs and Organised Crime Bureau", "IE", Q),
    ("Ardee", "IE", T),
    ("Spain", "ES", C),
    ("Costa del Sol", "ES", N),
    ("Marbella", "ES", T),
    ("Crumlin", "IE", N, (53.32, -6.31)),
    ("Clondalkin", "IE", N, (53.32, -6.39)),
    ("Portlaoise Prison", "IE", Q),
    ("Dundalk", "IE", T),
    ("Limerick", "IE", T, (52.66, -8.63)),
    ("Cork", "IE", T, (51.9, -8.47)),
    ("Spanish", "ES", Q),
    ("Dubai", "AE", T),
    ("Irish", "IE", Q),
    ("Ireland", "IE", C),
    ("United Arab Emirates", "AE", C),
])

add("b", """Newry man admits smuggling cigarettes and cannabis through Belfast port

A Co Armagh haulier has admitted smuggling more than 8 million cigarettes and £400,000 worth of cannabis into Northern Ireland through Belfast Harbour.

Sean McAteer, 44, from Newry, pleaded guilty at Belfast Crown Court to evading excise duty and possessing a class B drug with intent to supply, following an investigation by HM Revenue and Customs and the PSNI.

The court heard the goods were hidden behind pallets of frozen chips in a lorry that arrived on a ferry from Cairnryan in Scotland in September 2023. The load had been driven from Poland through Germany, the Netherlands and England, according to tachograph records.

Officers also searched a yard near Crossmaglen, close to the border with the Republic, and a unit in Lurgan, where they found a further 1.5 million cigarettes.

A prosecution barrister said McAteer had made at least nine similar trips through Larne and Belfast, and that some of the cigarettes were sold at markets in Dundalk and Co Monaghan.

Defence counsel Georgia Flynn said her client had been under "enormous financial pressure" after his transport business lost contracts following Brexit.

Judge Patricia Smyth remanded McAteer in custody at Maghaberry Prison, near Lisburn, ahead of sentencing next month. A second man, from Derry, denies the charges and will stand trial in the new year.

HMRC said tobacco smuggling cost the UK more than £2 billion a year in lost revenue, and that organised gangs increasingly used the Irish Sea crossings to move illicit goods into Northern Ireland. It said it was working with the Garda Síochána to target networks operating on both sides of the border between Newry and Dundalk.""", [
    ("Newry", "GB", T),
    ("Belfast", "GB", T, (54.6, -5.93)),
    ("Armagh", "GB", A),
    ("Northern Ireland", "GB", A),
    ("Belfast Harbour", "GB", Q),
    ("Belfast Crown Court", "GB", Q),
    ("Cairnryan", "GB", T),
    ("Scotland", "GB", A),
    ("Poland", "PL", C),
    ("Germany", "DE", C),
    ("Netherlands", "NL", C),
    ("England", "GB", A),
    ("Crossmaglen", "GB", T),
    ("Republic", "IE", Q),
    ("Lurgan", "GB", T),
    ("Larne", "GB", T),
    ("Dundalk", "IE", T),
    ("Monaghan", "IE", A),
    ("Georgia", "-", N),
    ("Maghaberry Prison", "GB", Q),
    ("Lisburn", "GB", T),
    ("Derry", "GB", T),
    ("UK", "GB", C),
    ("Irish Sea", "*", N),
])

add("b", """Western Sydney man charged over $40m cocaine haul found in shipping container at Port Botany

AAP

A Western Sydney man has been charged after Australian Federal Police found almost 150 kilograms of cocaine hidden inside a shipment of industrial machinery that arrived at Port Botany from Ecuador.

Officers arrested the 38-year-old man at a warehouse in Wetherill Park on Tuesday after a controlled delivery of the shipping container, which had been unloaded in Sydney last week after a voyage via Panama and New Zealand, the AFP said in a statement.

Search warrants were also executed at homes in Blacktown, Bankstown and Parramatta, where police seized $320,000 in cash, two luxury cars and encrypted phones.

The man, from Fairfield, appeared in Parramatta Local Court on Wednesday charged with importing a commercial quantity of a border-controlled drug, an offence that carries a maximum penalty of life imprisonment. He did not apply for bail and was remanded in custody at the Metropolitan Remand and Reception Centre at Silverwater.

AFP Detective Superintendent Morgan Kane said the cocaine, with an estimated street value of $40 million, would have been sold across NSW and possibly trucked to Brisbane and Melbourne.

"Criminal syndicates believe Australians will pay more for cocaine than almost anyone else in the world, and they are right," he said.

NSW Police and the Australian Border Force assisted with the operation. Investigators believe the syndicate has links to Colombia and Mexico and used contacts at the Port of Newcastle and in Wollongong to move earlier consignments.

The seizure follows the discovery last month of 90 kilograms of cocaine in a yacht moored on the Central Coast, and comes as authorities warn of rising cocaine use in Sydney and regional areas of New South Wales, including Dubbo and Wagga Wagga.""", [
    ("Western Sydney", "AU", N, (-33.8, 150.9)),
    ("Port Botany", "AU", N, (-33.97, 151.22)),
    ("Australian Federal Police", "AU", Q),
    ("Ecuador", "EC", C),
    ("Wetherill Park", "AU", N, (-33.85, 150.9)),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Panama", "PA", C),
    ("New Zealand", "NZ", C),
    ("Blacktown", "AU", T, (-33.77, 150.91)),
    ("Bankstown", "AU", T, (-33.92, 151.03)),
    ("Parramatta", "AU", T, (-33.82, 151.0)),
    ("Fairfield", "AU", T, (-33.87, 150.96)),
    ("Parramatta Local Court", "AU", Q),
    ("Metropolitan Remand and Reception Centre", "AU", Q),
    ("Silverwater", "AU", N, (-33.83, 151.05)),
    ("NSW", "AU", A),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Australians", "AU", Q),
    ("NSW Police", "AU", Q),
    ("Australian Border Force", "AU", Q),
    ("Colombia", "CO", C),
    ("Mexico", "MX", C),
    ("Port of Newcastle", "AU", Q),
    ("Wollongong", "AU", T),
    ("Central Coast", "AU", N, (-33.3, 151.4)),
    ("New South Wales", "AU", A),
    ("Dubbo", "AU", T),
    ("Wagga Wagga", "AU", T),
])

add("b", """Richmond stabbing: man, 23, refused bail after teen killed outside Melbourne train station

A 23-year-old man has been refused bail after being charged with murdering a teenager outside a train station in Richmond, in Melbourne's inner east.

Victoria Police allege the man stabbed the 17-year-old boy, from Dandenong, during a fight between two groups near East Richmond station about 10.30pm on Saturday. The teen died at the scene despite the efforts of paramedics.

The accused, from Frankston, was arrested at a house in Werribee on Sunday afternoon after a tip-off from the public. He faced Melbourne Magistrates' Court on Monday charged with murder and was remanded in custody to reappear in May.

Homicide Squad Detective Inspector Dean Thomas said a second man, 19, from Sunshine, was still being sought, and urged him to hand himself in.

"Anyone in Victoria who thinks carrying a knife makes them safer needs to think again," Inspector Thomas said.

The killing is the latest in a series of stabbings involving young people in Melbourne this year, including fatal attacks in Footscray and St Kilda and a non-fatal stabbing at a shopping centre in Geelong.

Victorian Premier Jacinta Allan said the government would introduce laws this year banning the sale of machetes, following a brawl at Northland Shopping Centre in Preston, and that police would be given more power to search people for knives in designated areas such as Dandenong, Frankston and the CBD.

The teen's family, who moved to Australia from South Sudan when he was a baby, said in a statement he was "a gentle boy who loved basketball". A vigil was held at a park in Dandenong on Sunday night.

Police are also appealing for witnesses who were travelling on the Lilydale and Belgrave train lines on Saturday night, or who were at Melbourne's Flinders Street Station before the fight.""", [
    ("Richmond", "AU", N, (-37.82, 145.0)),
    ("Melbourne", "AU", T, (-37.81, 144.96)),
    ("Victoria Police", "AU", Q),
    ("Dandenong", "AU", T, (-37.99, 145.21)),
    ("East Richmond", "AU", Q),
    ("Frankston", "AU", T, (-38.14, 145.12)),
    ("Werribee", "AU", T, (-37.9, 144.66)),
    ("Melbourne Magistrates' Court", "AU", Q),
    ("Sunshine", "AU", N, (-37.78, 144.83)),
    ("Victoria", "AU", A),
    ("Footscray", "AU", N, (-37.8, 144.9)),
    ("St Kilda", "AU", N, (-37.86, 144.98)),
    ("Geelong", "AU", T),
    ("Victorian", "AU", Q),
    ("Northland Shopping Centre", "AU", Q),
    ("Preston", "AU", N, (-37.74, 145.0)),
    ("Australia", "AU", C),
    ("South Sudan", "SS", C),
    ("Lilydale", "AU", Q),
    ("Belgrave", "AU", Q),
    ("Flinders Street Station", "AU", Q),
])

add("b", """Meth smuggled into Perth on cargo ship from Malaysia, court hears

By Perth court reporter

Two men accused of smuggling 200 kilograms of methamphetamine into Western Australia hidden inside a shipment of tiles have appeared in Perth Magistrates Court.

The men, aged 29 and 41, were arrested last week in Rockingham and Mandurah after Australian Border Force officers at Fremantle Port found the drugs in a container that had arrived on a cargo ship from Port Klang in Malaysia, the court heard.

The Australian Federal Police allege the older man, a dual Australian-Malaysian citizen, arranged the importation from Kuala Lumpur, while the younger man, a tradesman from Bunbury, was paid to collect the container and store it in a shed at a property near Pinjarra.

Police estimate the meth could have been sold as 2 million street deals worth about $150 million across WA, including in mining towns such as Kalgoorlie, Karratha and Port Hedland, where use of the drug is high.

Neither man applied for bail, and both were remanded in custody at Hakea Prison. The case will return to court in July.

AFP Detective Superintendent Renee Dolan said the seizure was the largest ever made at Fremantle and one of the biggest in the state's history.

"Western Australia has some of the highest rates of methamphetamine use in the country, and organised crime groups in Asia see it as a lucrative market," she said.

The WA Police Force assisted in the investigation along with authorities in Malaysia and Indonesia. Police have previously seized meth in the state that had been sent from Thailand and Myanmar via ports in Singapore and Jakarta, and in 2023 a fishing boat carrying drugs was intercepted off the Kimberley coast near Broome.""", [
    ("Perth", "AU", T, (-31.95, 115.86)),
    ("Malaysia", "MY", C),
    ("Western Australia", "AU", A),
    ("Perth Magistrates Court", "AU", Q),
    ("Rockingham", "AU", T, (-32.28, 115.73)),
    ("Mandurah", "AU", T),
    ("Australian Border Force", "AU", Q),
    ("Fremantle Port", "AU", Q),
    ("Port Klang", "MY", T),
    ("Australian Federal Police", "AU", Q),
    ("Australian", "AU", Q),
    ("Malaysian", "MY", Q),
    ("Kuala Lumpur", "MY", T),
    ("Bunbury", "AU", T),
    ("Pinjarra", "AU", T),
    ("WA", "AU", A),
    ("Kalgoorlie", "AU", T),
    ("Karratha", "AU", T),
    ("Port Hedland", "AU", T),
    ("Hakea Prison", "AU", Q),
    ("Fremantle", "AU", T, (-32.06, 115.75)),
    ("Asia", "*", N),
    ("WA Police Force", "AU", Q),
    ("Indonesia", "ID", C),
    ("Thailand", "TH", C),
    ("Myanmar", "MM", C),
    ("Singapore", "SG", N),
    ("Jakarta", "ID", T),
    ("Kimberley", "AU", N),
    ("Broome", "AU", T),
])

add("b", """Gold Coast man extradited from NSW over Ipswich home invasion

A Gold Coast man has been extradited from NSW to face charges over a violent home invasion in Ipswich in which an elderly couple were tied up and robbed.

The 32-year-old man, from Southport, was arrested in Tweed Heads last week and flown to Brisbane on Monday after a court in Lismore granted Queensland Police's extradition application.

Police allege the man and two others forced their way into a house in the Ipswich suburb of Booval about 2am on 3 March, bound the couple, aged 78 and 81, with cable ties and stole jewellery, cash and a car. The car was later found burnt out at Logan.

The man appeared in Brisbane Magistrates Court on Tuesday charged with entering a dwelling with intent, armed robbery and deprivation of liberty. He did not apply for bail.

Two other men, aged 19 and 24, from Toowoomba and Caboolture, were arrested in April and remain in custody.

Detective Inspector Glen Jordan of the Ipswich Criminal Investigation Branch said the couple had been left "terrified in their own home".

"We will follow offenders across state borders if we have to, and we will bring them back to Queensland to face the courts," he said.

The case comes as Queensland's government faces pressure over youth crime and home invasions, particularly in Ipswich, Logan, Townsville and Cairns. In Townsville last month, a 15-year-old was charged after an elderly man was assaulted during a break-in in Kirwan.

Queensland Police Service figures show reported break-ins have also risen in south-east Queensland's tourist strips, including Surfers Paradise and Noosa.""", [
    ("Gold Coast", "AU", T, (-28.0, 153.43)),
    ("NSW", "AU", A),
    ("Ipswich", "AU", T, (-27.61, 152.76)),
    ("Southport", "AU", T, (-27.97, 153.41)),
    ("Tweed Heads", "AU", T),
    ("Brisbane", "AU", T, (-27.47, 153.03)),
    ("Lismore", "AU", T, (-28.81, 153.28)),
    ("Queensland Police", "AU", Q),
    ("Booval", "AU", N, (-27.61, 152.79)),
    ("Logan", "AU", T, (-27.64, 153.11)),
    ("Brisbane Magistrates Court", "AU", Q),
    ("Toowoomba", "AU", T),
    ("Caboolture", "AU", T),
    ("Jordan", "-", N),
    ("Ipswich Criminal Investigation Branch", "AU", Q),
    ("Queensland", "AU", A),
    ("Townsville", "AU", T),
    ("Cairns", "AU", T),
    ("Kirwan", "AU", N, (-19.3, 146.73)),
    ("Queensland Police Service", "AU", Q),
    ("Surfers Paradise", "AU", T),
    ("Noosa", "AU", T),
])

add("b", """Hamilton man jailed for 9 years over Waikato meth ring

A Hamilton man who ran a methamphetamine distribution network across the Waikato and Bay of Plenty has been jailed for nine years and four months.

Tama Rangi, 39, was sentenced in the High Court at Hamilton on Friday after pleading guilty to supplying and possessing methamphetamine for supply, and to participating in an organised criminal group.

Police seized more than 4kg of the drug during Operation Kōwhai, which also led to arrests in Tauranga, Rotorua, Te Awamutu and Cambridge. The investigation found that Rangi bought the methamphetamine in bulk from suppliers in South Auckland, with some of it believed to have been imported from Mexico via Australia.

Justice Gerard van Bohemen said the drugs had caused "immeasurable harm" to communities in the region, including in small towns such as Huntly, Tokoroa and Ngāruawāhia.

Rangi's counsel said his client had grown up in poverty in Ōtara and had been introduced to drugs as a teenager, but had since completed a rehabilitation programme while on remand at Waikeria Prison.

Detective Inspector Graham Pitkethley said: "This was a sophisticated operation that reached right across the central North Island."

Four associates were sentenced earlier this year, including a woman from Whangārei who drove cash to Auckland and two men who sold drugs out of a car yard in Frankton.

New Zealand Customs Service figures show record amounts of methamphetamine and cocaine were intercepted at the border last year, much of it arriving by sea from the Pacific and South America. Police in Wellington and Christchurch have also reported an increase in meth-related violence.""", [
    ("Hamilton", "NZ", T, (-37.78, 175.28)),
    ("Waikato", "NZ", A),
    ("Bay of Plenty", "NZ", A),
    ("High Court", "NZ", Q),
    ("Tauranga", "NZ", T),
    ("Rotorua", "NZ", T),
    ("Te Awamutu", "NZ", T),
    ("Cambridge", "NZ", T, (-37.89, 175.47)),
    ("South Auckland", "NZ", N, (-37.0, 174.88)),
    ("Mexico", "MX", C),
    ("Australia", "AU", C),
    ("Huntly", "NZ", T, (-37.56, 175.16)),
    ("Tokoroa", "NZ", T),
    ("Ngāruawāhia", "NZ", T),
    ("Ōtara", "NZ", N, (-36.96, 174.87)),
    ("Waikeria Prison", "NZ", Q),
    ("North Island", "NZ", N),
    ("Whangārei", "NZ", T),
    ("Auckland", "NZ", T, (-36.85, 174.76)),
    ("Frankton", "NZ", N, (-37.8, 175.26)),
    ("New Zealand Customs Service", "NZ", Q),
    ("Pacific", "*", N),
    ("South America", "*", N),
    ("Wellington", "NZ", T, (-41.29, 174.78)),
    ("Christchurch", "NZ", T),
])

add("b", """Lorry driver jailed after 1.2 tonnes of cocaine found among bananas at Dover

A lorry driver from Bedford has been jailed for 18 years after Border Force officers at the Port of Dover found more than a tonne of cocaine hidden in a shipment of bananas.

Marius Ionescu, 45, who moved to Britain from Romania in 2015, was stopped as he drove off a ferry from Calais in the early hours of 9 January, Maidstone Crown Court heard.

Officers found 1,200 kilograms of cocaine packed into 40 boxes among the fruit, which had been shipped to the port of Antwerp from Ecuador and then driven across Belgium and northern France. The National Crime Agency said the drugs could have been worth up to £96 million once cut and sold on Britain's streets.

Ionescu, who denied importing the drugs, claimed he had no idea what was in his load. But the jury heard he had been paid £5,000 in cash for the job and had made unexplained trips to Rotterdam and Dunkirk in the weeks before.

His phone also showed he had been in contact with a man in Ashford, Kent, who was later arrested at Folkestone as he tried to board a Eurotunnel shuttle train to France.

Sentencing him, Judge Julian Smith said: "Dover is the gateway to the United Kingdom. Those who try to use it to flood our streets with class A drugs can expect long sentences."

NCA branch commander Mark Houston said organised crime groups were increasingly using ports on the English Channel and the North Sea, including Felixstowe and Harwich, to bring drugs from South America into the UK.

Bedfordshire Police had earlier searched Ionescu's home in Bedford and a storage unit in Luton. Kent Police and Essex Police were also involved in the inquiry.""", [
    ("Dover", "GB", T, (51.13, 1.31)),
    ("Bedford", "GB", T, (52.13, -0.47)),
    ("Port of Dover", "GB", Q),
    ("Britain", "GB", C),
    ("Romania", "RO", C),
    ("Calais", "FR", T),
    ("Maidstone Crown Court", "GB", Q),
    ("Antwerp", "BE", T),
    ("Ecuador", "EC", C),
    ("Belgium", "BE", C),
    ("France", "FR", C),
    ("National Crime Agency", "GB", Q),
    ("Rotterdam", "NL", T),
    ("Dunkirk", "FR", T),
    ("Ashford", "GB", T, (51.15, 0.87)),
    ("Kent", "GB", A),
    ("Folkestone", "GB", T),
    ("United Kingdom", "GB", C),
    ("Houston", "-", N),
    ("English Channel", "*", N),
    ("North Sea", "*", N),
    ("Felixstowe", "GB", T),
    ("Harwich", "GB", T),
    ("South America", "*", N),
    ("UK", "GB", C),
    ("Bedfordshire Police", "GB", Q),
    ("Luton", "GB", T, (51.88, -0.42)),
    ("Kent Police", "GB", Q),
    ("Essex Police", "GB", Q),
])

# ---------------------------------------------------------------- c: rest of the world, cross-border

add("c", """Hawks arrest five over R36m cash-in-transit heist on N1 near Polokwane

JOHANNESBURG (Reuters) - South African police have arrested five men suspected of carrying out a cash-in-transit heist on the N1 highway in Limpopo province in which guards were forced off the road and 36 million rand was stolen, the Hawks said on Monday.

The suspects, aged between 28 and 51, were arrested in coordinated raids on Sunday in Soweto, Mamelodi in Pretoria, and Boksburg on Gauteng's East Rand, said Brigadier Thandi Mbambo, a spokesperson for the Directorate for Priority Crime Investigation, known as the Hawks.

Police said the gang used three stolen luxury cars to box in an armoured vehicle travelling from Polokwane to Johannesburg, then used explosives to blow open its safe. A security guard was wounded in the shootout.

About 4 million rand in cash, six rifles and a set of blue lights were recovered at a house in Soweto, police said. One of the suspects, a Mozambican national, was arrested at a roadblock near Komatipoort as he allegedly tried to cross the border into Mozambique.

The men will appear in the Polokwane Magistrate's Court on Wednesday on charges including robbery with aggravating circumstances and attempted murder.

Cash-in-transit robberies have become a persistent problem in South Africa, with gangs striking on highways in Gauteng, KwaZulu-Natal, Mpumalanga and the Eastern Cape. Industry figures show more than 100 such attacks last year, including a raid in which 50 million rand was taken near East London.

Police Minister Senzo Mchunu said the arrests showed "the long arm of the law will find those who terrorise our roads". Investigators believe the same gang may be linked to heists in Durban and Pietermaritzburg, and to cars stolen in Zimbabwe and Botswana.""", [
    ("N1", "ZA", Q),
    ("Polokwane", "ZA", T),
    ("JOHANNESBURG", "ZA", T),
    ("South African", "ZA", Q),
    ("Limpopo", "ZA", A),
    ("Soweto", "ZA", N, (-26.27, 27.86)),
    ("Mamelodi", "ZA", N, (-25.71, 28.39)),
    ("Pretoria", "ZA", T),
    ("Boksburg", "ZA", T),
    ("Gauteng", "ZA", A),
    ("East Rand", "ZA", N, (-26.2, 28.3)),
    ("Johannesburg", "ZA", T),
    ("Mozambican", "MZ", Q),
    ("Komatipoort", "ZA", T),
    ("Mozambique", "MZ", C),
    ("Polokwane Magistrate's Court", "ZA", Q),
    ("South Africa", "ZA", C),
    ("KwaZulu-Natal", "ZA", A),
    ("Mpumalanga", "ZA", A),
    ("Eastern Cape", "ZA", A),
    ("East London", "ZA", T, (-33.02, 27.91)),
    ("Durban", "ZA", T),
    ("Pietermaritzburg", "ZA", T),
    ("Zimbabwe", "ZW", C),
    ("Botswana", "BW", C),
])

add("c", """DRI seizes 3,000 kg of heroin at Mundra port in shipment declared as talc from Afghanistan

NEW DELHI (Reuters) - India's Directorate of Revenue Intelligence (DRI) has seized nearly 3,000 kg of heroin at Mundra port in the western state of Gujarat, hidden in two containers declared as semi-processed talc stones from Afghanistan, officials said on Tuesday.

The consignment, worth an estimated 210 billion rupees ($2.5 billion) on the international market, had been shipped from the Iranian port of Bandar Abbas, the officials said. It was consigned to a trading firm registered in Vijayawada, in the southern state of Andhra Pradesh.

DRI officers arrested a couple who ran the firm from Chennai, as well as several Afghan nationals, after raids in Delhi, Noida, Ahmedabad and Gandhidham in Kutch district. Investigators found traces of heroin at a warehouse in Delhi and said the talc had originated near Kandahar in southern Afghanistan.

The case has since been handed to the National Investigation Agency, which is examining possible links to smuggling networks in Pakistan and to the financing of militant groups.

Indian officials say Afghan heroin is increasingly being routed by sea through Iran to ports on India's west coast, rather than overland across the Punjab border, where the Border Security Force has stepped up patrols and seizures of drugs dropped by drones from Pakistan.

Authorities have also seized cocaine at Mumbai's Nhava Sheva port and at Tuticorin in Tamil Nadu in recent months, and the Coast Guard intercepted a fishing boat carrying methamphetamine off the Andaman and Nicobar Islands last year.

Adani Ports, which operates Mundra, said it had no role in checking containers and that it cooperated fully with the investigation.""", [
    ("Afghanistan", "AF", C),
    ("NEW DELHI", "IN", T),
    ("India", "IN", C),
    ("Mundra", "IN", T),
    ("Gujarat", "IN", A),
    ("Iranian", "IR", Q),
    ("Bandar Abbas", "IR", T),
    ("Vijayawada", "IN", T),
    ("Andhra Pradesh", "IN", A),
    ("Chennai", "IN", T),
    ("Afghan", "AF", Q),
    ("Delhi", "IN", T, (28.65, 77.23)),
    ("Noida", "IN", T),
    ("Ahmedabad", "IN", T),
    ("Gandhidham", "IN", T),
    ("Kutch", "IN", A),
    ("Kandahar", "AF", T),
    ("National Investigation Agency", "IN", Q),
    ("Pakistan", "PK", C),
    ("Indian", "IN", Q),
    ("Iran", "IR", C),
    ("Punjab", "IN", A, (30.9, 75.5)),
    ("Border Security Force", "IN", Q),
    ("Mumbai", "IN", T),
    ("Nhava Sheva", "IN", T, (18.95, 72.95)),
    ("Tuticorin", "IN", T),
    ("Tamil Nadu", "IN", A),
    ("Andaman and Nicobar Islands", "IN", N),
    ("Adani Ports", "IN", Q),
])

add("c", """Hyderabad police bust cyber fraud gang that duped 1,200 people; trail leads to Cambodia

HYDERABAD (PTI) - The Cyberabad police have arrested 14 people for allegedly running a cyber fraud racket that cheated more than 1,200 people across India of over Rs 80 crore through fake stock trading apps, with the money routed to handlers in Cambodia and Dubai.

The accused, who include bank employees and mule account holders from Hyderabad, Secunderabad, Warangal and Guntur, were arrested after a software engineer from Gachibowli lost Rs 1.6 crore to the scam, Cyberabad Commissioner Avinash Mohanty told reporters on Saturday.

Police said the gang lured victims through WhatsApp groups and promised high returns on investments in Indian and US shares. Money deposited by victims in Telangana, Karnataka, Maharashtra and Tamil Nadu was moved through hundreds of accounts, converted into cryptocurrency and transferred to operators based in Phnom Penh and the Cambodian coastal town of Sihanoukville.

Two of the arrested men had earlier worked at a scam compound in Myawaddy, on Myanmar's border with Thailand, after being lured by fake job offers, police said. They returned to India through Bangkok last year.

Investigators also traced links to a call centre in Jamtara, in Jharkhand, which has long been known as a hub of phone fraud, and to agents in Kolkata and Bengaluru who supplied SIM cards.

Officials at the Indian Cyber Crime Coordination Centre in New Delhi say Indians lost more than Rs 11,000 crore to cyber fraud in the first nine months of the year, much of it to syndicates operating from Southeast Asia.

Telangana police have asked the Ministry of External Affairs to take up the matter with authorities in Phnom Penh and with the United Arab Emirates.""", [
    ("Hyderabad", "IN", T, (17.38, 78.47)),
    ("Cambodia", "KH", C),
    ("HYDERABAD", "IN", T, (17.38, 78.47)),
    ("Cyberabad", "IN", Q),
    ("India", "IN", C),
    ("Dubai", "AE", T),
    ("Secunderabad", "IN", T),
    ("Warangal", "IN", T),
    ("Guntur", "IN", T),
    ("Gachibowli", "IN", N, (17.44, 78.35)),
    ("Indian", "IN", Q),
    ("US", "US", C),
    ("Telangana", "IN", A),
    ("Karnataka", "IN", A),
    ("Maharashtra", "IN", A),
    ("Tamil Nadu", "IN", A),
    ("Phnom Penh", "KH", T),
    ("Cambodian", "KH", Q),
    ("Sihanoukville", "KH", T),
    ("Myawaddy", "MM", T),
    ("Myanmar", "MM", C),
    ("Thailand", "TH", C),
    ("Bangkok", "TH", T),
    ("Jamtara", "IN", T),
    ("Jharkhand", "IN", A),
    ("Kolkata", "IN", T),
    ("Bengaluru", "IN", T),
    ("Indian Cyber Crime Coordination Centre", "IN", Q),
    ("New Delhi", "IN", T),
    ("Indians", "IN", Q),
    ("Southeast Asia", "*", N),
    ("United Arab Emirates", "AE", C),
])

add("c", """Dutch and Belgian police seize 8 tonnes of cocaine in Rotterdam and Antwerp, arrest 30

THE HAGUE (Reuters) - Police in the Netherlands and Belgium have seized more than 8 tonnes of cocaine hidden in banana and pineapple shipments from Ecuador and Colombia and arrested 30 people, Europol said on Thursday, in one of the biggest operations yet against gangs using Europe's largest ports.

The drugs were found over several weeks in containers unloaded at the port of Rotterdam and the port of Antwerp, Europol said. Raids were carried out in Rotterdam, Amsterdam, Antwerp, Ghent and Brussels, as well as in Spain, where suspects were detained in Algeciras and Marbella.

Investigators said the network bribed dockworkers and customs officials to let "extractors" remove the drugs from the containers before they were checked. Among those arrested was a crane operator at Antwerp who was paid 100,000 euros per container, Belgian prosecutors said.

Several of the alleged ringleaders are believed to be living in Dubai, which has in the past year extradited suspected drug lords to the Netherlands, Belgium and France. Dutch prosecutors said they had asked authorities in the United Arab Emirates to arrest two brothers from Schiedam.

The cocaine had been loaded in Guayaquil, Ecuador's main port, and in Cartagena and Santa Marta on Colombia's Caribbean coast, investigators said. Shipping records showed some containers had been transhipped via Panama.

Cocaine seizures in Antwerp and Rotterdam have surged in recent years as Latin American cartels seek new routes into Europe. Violence linked to the trade, including bomb attacks and shootings in Antwerp's Deurne and Borgerhout districts, has prompted the Belgian government to send soldiers to guard the port.

Europol, based in The Hague, said the operation also involved police in Germany, where the port of Hamburg has become a growing target for traffickers.""", [
    ("Dutch", "NL", Q),
    ("Belgian", "BE", Q),
    ("Rotterdam", "NL", T),
    ("Antwerp", "BE", T),
    ("THE HAGUE", "NL", T),
    ("Netherlands", "NL", C),
    ("Belgium", "BE", C),
    ("Ecuador", "EC", C),
    ("Colombia", "CO", C),
    ("Europe", "*", N),
    ("Amsterdam", "NL", T),
    ("Ghent", "BE", T),
    ("Brussels", "BE", T),
    ("Spain", "ES", C),
    ("Algeciras", "ES", T),
    ("Marbella", "ES", T),
    ("Dubai", "AE", T),
    ("France", "FR", C),
    ("United Arab Emirates", "AE", C),
    ("Schiedam", "NL", T),
    ("Guayaquil", "EC", T),
    ("Cartagena", "CO", T, (10.4, -75.51)),
    ("Santa Marta", "CO", T),
    ("Caribbean", "*", N),
    ("Panama", "PA", C),
    ("Latin American", "*", Q),
    ("Deurne", "BE", N, (51.22, 4.46)),
    ("Borgerhout", "BE", N, (51.21, 4.44)),
    ("The Hague", "NL", T),
    ("Germany", "DE", C),
    ("Hamburg", "DE", T),
])

add("c", """British fugitive wanted over Liverpool murder arrested on Costa del Sol

MADRID (Reuters) - Spanish police have arrested a British man wanted over a gangland murder in Liverpool who had been on the run for three years, and he will face extradition proceedings in Madrid, the Guardia Civil said on Friday.

The 36-year-old, who was on the National Crime Agency's list of most wanted fugitives, was detained on Wednesday as he left a gym in Fuengirola, near Málaga, where he had been living under a false Dutch identity, police said.

He is wanted by Merseyside Police in connection with the shooting of a man outside a pub in Kirkby, on the north-eastern edge of the city, in 2021. Detectives believe he fled Britain by ferry to the Netherlands and then travelled through France to southern Spain.

Spanish officers had been watching a villa in Mijas and a bar in Benalmádena after a tip from British investigators, the Guardia Civil said. He was found with 30,000 euros in cash, two mobile phones and a passport issued in Amsterdam.

Spain's National Court, the Audiencia Nacional, is expected to rule on his surrender to the United Kingdom within weeks. Extradition requests between the two countries are handled under a post-Brexit agreement with the European Union.

The Costa del Sol, which stretches from Málaga to Estepona and the border with Gibraltar, has long been a hideout for British criminals. Spanish police say several gangs based there have links to Morocco, from where hashish is smuggled across the Strait of Gibraltar, and to cocaine networks operating through the ports of Algeciras and Valencia.

The NCA said the arrest was the fourth of a Most Wanted fugitive in Spain this year. Another man, from Manchester, was arrested in Alicante in March and has already been returned to the UK.""", [
    ("British", "GB", Q),
    ("Liverpool", "GB", T, (53.41, -2.98)),
    ("Costa del Sol", "ES", N),
    ("MADRID", "ES", T),
    ("Spanish", "ES", Q),
    ("Madrid", "ES", T),
    ("National Crime Agency", "GB", Q),
    ("Fuengirola", "ES", T),
    ("Málaga", "ES", T, (36.72, -4.42)),
    ("Dutch", "NL", Q),
    ("Merseyside Police", "GB", Q),
    ("Kirkby", "GB", T, (53.48, -2.89)),
    ("Britain", "GB", C),
    ("Netherlands", "NL", C),
    ("France", "FR", C),
    ("Spain", "ES", C),
    ("Mijas", "ES", T),
    ("Benalmádena", "ES", T),
    ("Amsterdam", "NL", T),
    ("United Kingdom", "GB", C),
    ("European Union", "*", Q),
    ("Estepona", "ES", T),
    ("Gibraltar", "GI", N),
    ("Morocco", "MA", C),
    ("Strait of Gibraltar", "*", N),
    ("Algeciras", "ES", T),
    ("Valencia", "ES", T, (39.47, -0.38)),
    ("Manchester", "GB", T, (53.48, -2.24)),
    ("Alicante", "ES", T),
    ("UK", "GB", C),
])

add("c", """Mexico extradites alleged Sinaloa cartel fentanyl chief to United States

MEXICO CITY (AP) — Mexico has extradited to the United States an alleged Sinaloa cartel lieutenant accused of overseeing fentanyl production in the hills outside Culiacán and shipping the drug across the border through Tijuana and Ciudad Juárez, officials in both countries said Wednesday.

The man, 44, was flown from Mexico City to San Diego on Tuesday night under heavy guard and is expected to appear in federal court in San Diego this week, the U.S. Justice Department said. He also faces an indictment in Chicago, where prosecutors say his network supplied distributors across the Midwest.

Mexican marines captured him in February during a raid on a ranch near Navolato, in Sinaloa state, after a shootout that left two of his bodyguards dead. He had been held since then at the Altiplano maximum-security prison in the State of Mexico.

Prosecutors allege he ran clandestine labs in the Sierra Madre Occidental that used chemicals imported from China and India through the Pacific ports of Manzanillo and Lázaro Cárdenas, and that his couriers smuggled pills in cars and trucks through crossings in Nogales, Arizona, and El Paso, Texas.

The extradition came a week after U.S. and Mexican officials met in Washington to discuss security cooperation. President Claudia Sheinbaum's government has sent dozens of alleged cartel figures north this year under pressure from the Trump administration, which has threatened tariffs on Mexico over the flow of fentanyl and migrants.

The Sinaloa cartel has been torn by a violent internal war since last year, when one of its founders, Ismael "El Mayo" Zambada, was flown to New Mexico and arrested. Hundreds of people have been killed in Culiacán and surrounding towns, and the violence has spread into the neighboring states of Sonora, Durango and Chihuahua.""", [
    ("Mexico", "MX", C),
    ("Sinaloa", "MX", A),
    ("United States", "US", C),
    ("MEXICO CITY", "MX", T),
    ("Culiacán", "MX", T),
    ("Tijuana", "MX", T),
    ("Ciudad Juárez", "MX", T),
    ("Mexico City", "MX", T),
    ("San Diego", "US", T, "US.CA"),
    ("U.S.", "US", C),
    ("U.S. Justice Department", "US", Q),
    ("Chicago", "US", T, "US.IL"),
    ("Midwest", "US", N),
    ("Mexican", "MX", Q),
    ("Navolato", "MX", T),
    ("Altiplano", "MX", Q),
    ("State of Mexico", "MX", A),
    ("Sierra Madre Occidental", "MX", N),
    ("China", "CN", C),
    ("India", "IN", C),
    ("Pacific", "*", N),
    ("Manzanillo", "MX", T, (19.05, -104.32)),
    ("Lázaro Cárdenas", "MX", T, (17.96, -102.2)),
    ("Nogales", "US", T, "US.AZ"),
    ("Arizona", "US", A),
    ("El Paso", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Washington", "US", T, (38.9, -77.04)),
    ("New Mexico", "US", A),
    ("Sonora", "MX", A),
    ("Durango", "MX", A),
    ("Chihuahua", "MX", A),
])

add("c", """German fugitive wanted on Interpol red notice arrested in Pattaya

BANGKOK (Reuters) - Thai police have arrested a German man wanted on an Interpol red notice for a multimillion-euro investment fraud, who had been living under a false name in the beach resort of Pattaya, police said on Monday.

The 52-year-old, who is accused of defrauding more than 3,000 investors in Germany, Austria and Switzerland, was detained at a condominium in Chon Buri province on Saturday by officers from the Crime Suppression Division and the immigration police, Police Major General Somchai Rattanakul told reporters in Bangkok.

German prosecutors in Frankfurt say the man collected about 60 million euros through a company that promised high returns from solar parks in Spain and Portugal, before disappearing in 2019. The red notice was issued by the Lyon-based international police agency at Germany's request in 2020.

Thai police said the man entered Thailand overland from Cambodia through the Poipet border crossing in 2021, using a Czech passport, and had spent time in Phuket and Chiang Mai before settling in Pattaya. He had also travelled to Vientiane in Laos and to Kuala Lumpur, immigration records showed.

He will be handed to German authorities after being deported for immigration offences, a process that avoids lengthy extradition proceedings, police said. Officers from the German Federal Criminal Police Office in Wiesbaden are expected to fly to Bangkok to escort him to Frankfurt.

Thailand has become a popular hideout for foreign fugitives in recent years. Earlier this year, police in Phuket arrested a British man wanted for drug trafficking in Scotland, and an Australian wanted in Sydney over a money laundering scheme was detained in Hua Hin. Police said they had also arrested a Russian man wanted in Moscow for fraud on Koh Samui.""", [
    ("German", "DE", Q),
    ("Pattaya", "TH", T),
    ("BANGKOK", "TH", T),
    ("Thai", "TH", Q),
    ("Germany", "DE", C),
    ("Austria", "AT", C),
    ("Switzerland", "CH", C),
    ("Chon Buri", "TH", A),
    ("Crime Suppression Division", "TH", Q),
    ("Bangkok", "TH", T),
    ("Frankfurt", "DE", T, (50.11, 8.68)),
    ("Spain", "ES", C),
    ("Portugal", "PT", C),
    ("Lyon", "FR", T),
    ("Thailand", "TH", C),
    ("Cambodia", "KH", C),
    ("Poipet", "KH", T),
    ("Czech", "CZ", Q),
    ("Phuket", "TH", N),
    ("Chiang Mai", "TH", T),
    ("Vientiane", "LA", T),
    ("Laos", "LA", C),
    ("Kuala Lumpur", "MY", T),
    ("German Federal Criminal Police Office", "DE", Q),
    ("Wiesbaden", "DE", T),
    ("British", "GB", Q),
    ("Scotland", "GB", A),
    ("Australian", "AU", Q),
    ("Sydney", "AU", T, (-33.87, 151.21)),
    ("Hua Hin", "TH", T),
    ("Russian", "RU", Q),
    ("Moscow", "RU", T),
    ("Koh Samui", "TH", N),
])

add("c", """Brazil police launch biggest operation against PCC gang's cocaine route to Europe

SAO PAULO (Reuters) - Brazilian federal police launched a sweeping operation on Tuesday against the First Capital Command (PCC), Brazil's largest criminal gang, targeting a network that shipped cocaine from Bolivia and Paraguay through the port of Santos to Europe and West Africa.

Officers executed more than 200 search warrants and 60 arrest warrants in the states of São Paulo, Paraná, Mato Grosso do Sul and Santa Catarina, as well as in the city of Rio de Janeiro, police said. Courts froze assets worth about 1.2 billion reais, including farms, aircraft and apartments in São Paulo and the coastal city of Guarujá.

Investigators said the cocaine was flown from Bolivia to clandestine airstrips in Mato Grosso do Sul or smuggled across the border from Pedro Juan Caballero, in Paraguay, into Ponta Porã. From there it was trucked to Santos and hidden in containers of sugar, coffee and frozen chicken bound for Antwerp, Rotterdam, Lisbon and Lagos.

Police said the gang bribed port workers in Santos and in Itajaí, in Santa Catarina, and laundered profits through fuel stations and fintech companies in São Paulo and through exchange houses in Ciudad del Este, across the border from Foz do Iguaçu.

The operation was carried out with help from the U.S. Drug Enforcement Administration and police in Portugal, Spain and Italy. Italian authorities have long said the PCC supplies cocaine to the 'Ndrangheta mafia of Calabria.

Separately, a police raid against drug traffickers in Rio de Janeiro's Complexo da Maré left three suspects dead on Tuesday morning, state authorities said. Rights groups have criticised such operations in Rio's favelas, including the 2021 raid in Jacarezinho that left 28 people dead.""", [
    ("Brazil", "BR", C),
    ("Europe", "*", N),
    ("SAO PAULO", "BR", T),
    ("Brazilian", "BR", Q),
    ("Bolivia", "BO", C),
    ("Paraguay", "PY", C),
    ("Santos", "BR", T, (-23.96, -46.33)),
    ("West Africa", "*", N),
    ("São Paulo#1", "BR", A),
    ("São Paulo#2,3", "BR", T, (-23.55, -46.63)),
    ("Paraná", "BR", A),
    ("Mato Grosso do Sul", "BR", A),
    ("Santa Catarina", "BR", A),
    ("Rio de Janeiro", "BR", T, (-22.91, -43.18)),
    ("Guarujá", "BR", T),
    ("Pedro Juan Caballero", "PY", T),
    ("Ponta Porã", "BR", T),
    ("Antwerp", "BE", T),
    ("Rotterdam", "NL", T),
    ("Lisbon", "PT", T),
    ("Lagos", "NG", T),
    ("Itajaí", "BR", T),
    ("Ciudad del Este", "PY", T),
    ("Foz do Iguaçu", "BR", T),
    ("U.S. Drug Enforcement Administration", "US", Q),
    ("Portugal", "PT", C),
    ("Spain", "ES", C),
    ("Italy", "IT", C),
    ("Italian", "IT", Q),
    ("'Ndrangheta", "IT", Q),
    ("Calabria", "IT", A),
    ("Complexo da Maré", "BR", N, (-22.86, -43.24)),
    ("Rio", "BR", T, (-22.91, -43.18)),
    ("Jacarezinho", "BR", N, (-22.89, -43.26)),
])

add("c", """Philippines deports 4 Japanese 'Luffy' robbery suspects to Tokyo

MANILA (Reuters) - The Philippines on Wednesday deported four Japanese men suspected of directing a wave of violent robberies across Japan from inside a Manila immigration detention centre, using the alias "Luffy" to recruit accomplices over messaging apps.

The men were escorted by Japanese police on a chartered flight from Manila to Tokyo's Narita airport, where they were arrested on arrival, Japan's National Police Agency said.

The group is suspected of organising dozens of robberies in Tokyo and other parts of Japan, including a raid on a house in Komae in which a 90-year-old woman was beaten to death. Accomplices were recruited through online "dark part-time job" adverts and sent to homes in Hiroshima, Yamaguchi and Osaka, police say.

Philippine immigration officials said the men had been held for more than two years at the Bureau of Immigration's detention facility at Camp Bagong Diwa in Bicutan, Taguig, in Metro Manila, where they allegedly used smuggled mobile phones to direct the robberies.

"We will not allow our country to be used as a base for criminals targeting other countries," Justice Secretary Jesus Crispin Remulla told reporters in Manila.

Japanese investigators believe the group earlier ran phone scams targeting elderly people in Japan from a hotel in Pasay, near Manila's airport, before switching to robberies. Similar scam rings run by Japanese nationals have been uncovered in Cambodia and in Cebu and Davao, Philippine police say.

The case has strained relations between Tokyo and Manila, with Japanese lawmakers questioning how the suspects were able to operate from custody. Several of the men's accomplices have already been convicted by courts in Tokyo and Osaka.""", [
    ("Philippines", "PH", C),
    ("Japanese", "JP", Q),
    ("Tokyo", "JP", T),
    ("MANILA", "PH", T),
    ("Japan", "JP", C),
    ("Manila", "PH", T),
    ("Narita", "JP", Q),
    ("National Police Agency", "JP", Q),
    ("Komae", "JP", T),
    ("Hiroshima", "JP", N, (34.4, 132.46)),
    ("Yamaguchi", "JP", N, (34.18, 131.47)),
    ("Osaka", "JP", N, (34.69, 135.5)),
    ("Philippine", "PH", Q),
    ("Camp Bagong Diwa", "PH", Q),
    ("Bicutan", "PH", N, (14.49, 121.05)),
    ("Taguig", "PH", T),
    ("Metro Manila", "PH", A),
    ("Pasay", "PH", T),
    ("Cambodia", "KH", C),
    ("Cebu", "PH", N, (10.32, 123.89)),
    ("Davao", "PH", N, (7.07, 125.61)),
])

add("c", """Kenya charges 6 over 'record' heroin haul seized off Mombasa coast

NAIROBI (Reuters) - Kenyan prosecutors on Friday charged six men, including two Pakistani and one Iranian national, with trafficking after more than 500 kg of heroin was found aboard a dhow intercepted off the coast near Mombasa, in what officials called the country's largest-ever heroin seizure.

The wooden vessel was stopped by the Kenya Navy about 40 nautical miles off Kilifi on Tuesday after a tip-off from the U.S. Drug Enforcement Administration, according to a charge sheet filed at the Shanzu Law Courts in Mombasa.

Investigators believe the dhow set out from the Makran coast of Pakistan and Iran and was due to transfer its cargo to smaller boats off Lamu, near the border with Somalia, before the drugs were moved overland to Nairobi and onward to Uganda, South Africa and Europe.

The three Kenyan suspects are from Mombasa, Malindi and Kwale, the Directorate of Criminal Investigations said. All six denied the charges and were remanded at Shimo La Tewa prison pending a bail hearing.

East Africa's coastline has long been used as a transit point on the so-called "southern route" for Afghan heroin, with shipments landing in Kenya, Tanzania and Mozambique, often on beaches near Dar es Salaam and Zanzibar or in the northern Mozambican province of Cabo Delgado. From there, the drugs are trucked through Malawi and Zimbabwe to Johannesburg for onward shipment to Europe.

Interior Minister Kipchumba Murkomen said the government would work with Tanzania and other countries around the Indian Ocean to disrupt the trade. Kenya's anti-narcotics unit said it was also investigating whether corrupt officials at Mombasa port had helped earlier consignments slip through.""", [
    ("Kenya", "KE", C),
    ("Mombasa", "KE", T),
    ("NAIROBI", "KE", T),
    ("Kenyan", "KE", Q),
    ("Pakistani", "PK", Q),
    ("Iranian", "IR", Q),
    ("Kenya Navy", "KE", Q),
    ("Kilifi", "KE", N),
    ("U.S. Drug Enforcement Administration", "US", Q),
    ("Shanzu Law Courts", "KE", Q),
    ("Makran", "*", N),
    ("Pakistan", "PK", C),
    ("Iran", "IR", C),
    ("Lamu", "KE", N),
    ("Somalia", "SO", C),
    ("Nairobi", "KE", T),
    ("Uganda", "UG", C),
    ("South Africa", "ZA", C),
    ("Europe", "*", N),
    ("Malindi", "KE", T),
    ("Kwale", "KE", T, (-4.17, 39.45)),
    ("Shimo La Tewa", "KE", Q),
    ("East Africa", "*", N),
    ("Afghan", "AF", Q),
    ("Tanzania", "TZ", C),
    ("Mozambique", "MZ", C),
    ("Dar es Salaam", "TZ", T),
    ("Zanzibar", "TZ", N),
    ("Mozambican", "MZ", Q),
    ("Cabo Delgado", "MZ", A),
    ("Malawi", "MW", C),
    ("Zimbabwe", "ZW", C),
    ("Johannesburg", "ZA", T),
    ("Indian Ocean", "*", N),
])

add("c", """Italian police arrest 142 in raid on 'Ndrangheta clans stretching from Calabria to Germany

ROME (Reuters) - Italian police arrested 142 people on Wednesday in an operation against the 'Ndrangheta, the Calabrian mafia, targeting clans that imported cocaine from South America through the port of Gioia Tauro and laundered the profits in northern Italy and Germany, prosecutors said.

About 2,000 officers took part in pre-dawn raids in Calabria, Lombardy, Piedmont and Emilia-Romagna, while German police detained 21 suspects in the Ruhr cities of Duisburg and Essen and in Stuttgart and Munich, in a joint investigation coordinated by Eurojust.

Prosecutors in Reggio Calabria said the clans, based in the towns of San Luca, Platì and Rosarno, smuggled at least 6 tonnes of cocaine over four years, hidden in containers of bananas from Ecuador and Costa Rica and of frozen fish from Brazil. Port workers at Gioia Tauro were paid to retrieve the drugs before customs checks, they said.

The money was invested in restaurants and ice-cream parlours in Germany and in construction and waste-disposal companies around Milan and Turin, investigators said. Some suspects also had links to the Netherlands and Belgium, where 'Ndrangheta figures have used the ports of Rotterdam and Antwerp.

Duisburg was the scene in 2007 of a massacre in which six men with links to San Luca were shot dead outside a pizzeria, one of the deadliest mafia attacks outside Italy.

Among those arrested was a former mayor of a town in the province of Vibo Valentia, accused of helping clan members win public contracts, and a lawyer from Lamezia Terme. The suspects will appear before judges in Catanzaro, Milan and Reggio Calabria in the coming days, while those detained in Germany face extradition to Italy.""", [
    ("Italian", "IT", Q),
    ("'Ndrangheta", "IT", Q),
    ("Calabria", "IT", A),
    ("Germany", "DE", C),
    ("ROME", "IT", T),
    ("Calabrian", "IT", Q),
    ("South America", "*", N),
    ("Gioia Tauro", "IT", T),
    ("Italy", "IT", C),
    ("Lombardy", "IT", A),
    ("Piedmont", "IT", A),
    ("Emilia-Romagna", "IT", A),
    ("German", "DE", Q),
    ("Ruhr", "DE", N),
    ("Duisburg", "DE", T),
    ("Essen", "DE", T),
    ("Stuttgart", "DE", T),
    ("Munich", "DE", T),
    ("Eurojust", "*", Q),
    ("Reggio Calabria", "IT", T),
    ("San Luca", "IT", T, (38.15, 16.07)),
    ("Platì", "IT", T),
    ("Rosarno", "IT", T),
    ("Ecuador", "EC", C),
    ("Costa Rica", "CR", C),
    ("Brazil", "BR", C),
    ("Milan", "IT", T),
    ("Turin", "IT", T),
    ("Netherlands", "NL", C),
    ("Belgium", "BE", C),
    ("Rotterdam", "NL", T),
    ("Antwerp", "BE", T),
    ("Vibo Valentia", "IT", A),
    ("Lamezia Terme", "IT", T),
    ("Catanzaro", "IT", T),
])

add("c", """Marseille drug war: two teenagers shot dead in northern housing estate

MARSEILLE, France (AFP) - Two teenagers were shot dead overnight at a drug-dealing spot in a housing estate in northern Marseille, prosecutors said on Sunday, bringing to 19 the number of people killed this year in the southern French port city's drug wars.

The victims, aged 16 and 17, were hit by bursts of Kalashnikov fire from a car outside a tower block in the La Paternelle estate in the city's 14th arrondissement, Marseille prosecutor Nicolas Bessone said. One of them had travelled from Nîmes a week earlier to work as a lookout, he said.

Investigators believe the killings were part of a feud between the DZ Mafia gang and rivals based in the nearby La Castellane estate. Police say the gangs increasingly recruit teenagers from across France, including from Toulon, Avignon and even the Paris region, through social media.

"These are children being sent to their deaths," said Benoît Payan, the mayor of Marseille.

The victims' lawyer, Élodie Paris, said the family of the 16-year-old had moved to Marseille from Algeria and had begged police to help them get their son out of the trade.

Cannabis resin sold in Marseille is largely smuggled from Morocco through Spain, while cocaine arrives via the port of Le Havre and from Antwerp, officials say. Several gang leaders are believed to direct operations from Dubai or from prison cells in the Bouches-du-Rhône.

Interior Minister Bruno Retailleau, who visited Marseille last month, has promised more police reinforcements for the city and for other towns in Provence-Alpes-Côte d'Azur, including Nice, where shootings linked to drug trafficking have also risen. A high-security prison unit for drug lords is due to open in Vendin-le-Vieil in northern France later this year.

French lawmakers last month approved a bill creating a national anti-drug prosecutor's office, to be based in Paris.""", [
    ("Marseille", "FR", T),
    ("MARSEILLE", "FR", T),
    ("France", "FR", C),
    ("French", "FR", Q),
    ("La Paternelle", "FR", N, (43.36, 5.38)),
    ("Nîmes", "FR", T),
    ("DZ Mafia", "FR", Q),
    ("La Castellane", "FR", N, (43.37, 5.36)),
    ("Toulon", "FR", T),
    ("Avignon", "FR", T),
    ("Paris#1", "FR", T, (48.85, 2.35)),
    ("Paris#2", "-", N),
    ("Paris#3", "FR", T, (48.85, 2.35)),
    ("Algeria", "DZ", C),
    ("Morocco", "MA", C),
    ("Spain", "ES", C),
    ("Le Havre", "FR", T),
    ("Antwerp", "BE", T),
    ("Dubai", "AE", T),
    ("Bouches-du-Rhône", "FR", A),
    ("Provence-Alpes-Côte d'Azur", "FR", A),
    ("Nice", "FR", T),
    ("Vendin-le-Vieil", "FR", T),
])

add("c", """Jordan army kills 8 smugglers, seizes Captagon pills on Syrian border

AMMAN (Reuters) - The Jordanian army said on Thursday it had killed eight smugglers and wounded several others in a firefight on the border with Syria, and seized more than 3 million Captagon pills that the gang was trying to carry into Jordan under cover of fog.

The clash took place before dawn near the border town of Ramtha, opposite the Syrian city of Daraa, an army statement said. Soldiers also seized rifles, rocket-propelled grenades and hashish.

Jordan has for years been battling smugglers bringing Captagon, a cheap amphetamine, across its 375-km border with Syria, much of it destined for Saudi Arabia and other wealthy Gulf states. Jordanian officials have accused armed groups linked to Iran and to Lebanon's Hezbollah of running the trade, and the army has in the past carried out air strikes on suspected smugglers' hideouts in southern Syria, including in Sweida province.

The fall of Bashar al-Assad's government last December was expected to disrupt the trade, which Western governments said had enriched people close to the former ruling family. Syria's new authorities in Damascus say they have destroyed dozens of Captagon factories, including in the Qalamoun mountains and near the Lebanese border at Qusayr, but smuggling attempts into Jordan have continued.

In a separate case, Jordanian police said they had arrested two men in Mafraq and one in Zarqa after finding 200,000 pills hidden in a truck carrying olive oil. Saudi customs officers at the Al-Haditha crossing last month found 12 million pills hidden in a shipment of pomegranates that had passed through Jordan.

Iraq and Turkey have also reported large Captagon seizures. Much of the drug consumed in the Middle East was produced in Syria and in Lebanon's Bekaa Valley, according to the United Nations Office on Drugs and Crime, which says the market is worth billions of dollars a year.""", [
    ("Jordan", "JO", C),
    ("Syrian", "SY", Q),
    ("AMMAN", "JO", T),
    ("Jordanian", "JO", Q),
    ("Syria", "SY", C),
    ("Ramtha", "JO", T),
    ("Daraa", "SY", T),
    ("Saudi Arabia", "SA", C),
    ("Gulf", "*", N),
    ("Iran", "IR", C),
    ("Lebanon", "LB", C),
    ("Sweida", "SY", A),
    ("Damascus", "SY", T),
    ("Qalamoun", "SY", N),
    ("Lebanese", "LB", Q),
    ("Qusayr", "SY", T),
    ("Mafraq", "JO", T),
    ("Zarqa", "JO", T),
    ("Saudi", "SA", Q),
    ("Al-Haditha", "SA", Q),
    ("Iraq", "IQ", C),
    ("Turkey", "TR", C),
    ("Middle East", "*", N),
    ("Bekaa Valley", "LB", N),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
