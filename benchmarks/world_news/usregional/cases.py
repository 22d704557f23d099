"""usregional: a held-out set of 24 full-length US regional and state news articles (280-420
words each), written in the manner of metro dailies, state capital bureaus, AP state wires and
local TV/newspaper sites: headline, byline, dateline where the outlet uses one, quotes, people,
schools, businesses and organisations. The events, people and quotes are invented; the places,
and the geography that ties them together (town in county in state, river past town), are real.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py,
and did not run geomap on these texts. Scored by ../article_runner.py (see its docstring).

Genres (GENRES letters):
  a  the South and the Southwest (Georgia, Louisiana/Mississippi, Texas, Oklahoma, Arkansas,
     Alabama, New Mexico/Arizona, South Carolina): statehouse politics, floods, courts,
     high-school and college sport, a business opening, crime.
  b  the Midwest and the Plains (Ohio, Michigan, Indiana, Illinois, North Dakota/Minnesota,
     Wisconsin, Iowa/Nebraska/South Dakota, Missouri/Kansas).
  c  the Northeast, the West and Alaska/Hawaii (New Hampshire/Maine, New York,
     Pennsylvania/New Jersey, West Virginia/Virginia, Colorado/Utah, Idaho/Washington,
     California/Nevada, Alaska/Hawaii).

Conventions:
  - Every occurrence of a place is listed, including ALL-CAPS datelines, AP state abbreviations
    ("Ga.", "N.M.", "W.Va.": kind admin1), both halves of "X, Y" pairs, party-hometown tags
    ("R-Marietta"), each name in lists of counties ("Fulton, DeKalb and Cobb counties"), and
    places used for their government ("Washington has offered", "lies in Austin").
  - US cities, towns, counties, parishes and boroughs carry their state as hint "US.XX"; non-US
    namesakes carry (lat, lon). Rivers, lakes, islands, mountains, neighborhoods, boroughs of New
    York City, townships and informal regions ("the Upper Peninsula", "the Palouse", "Hill
    Country", "the Lowcountry") use kind None; a river whose name recurs elsewhere in the US is
    hinted by the state of its mouth (GNIS places a stream at its mouth), or, for the Red River
    of the North, by the substring "North". Green Bay the bay (vs. the city), the Fox River of
    Green Bay and "Kona" on the Big Island carry (lat, lon). Rivers, lakes and ranges crossing a
    border use "*" or "US|CA" / "US|MX"; the shorthand "the Colorado", "the Elk", "the Red",
    "the Snake" is the river.
  - Highways ("U.S. 30", "I-80") are not places; "U.S." inside a highway name is "?".
  - Demonyms and adjectives ("Texans", "Canadian", "Haitian") are kind "?".
  - Organisations whose name contains the place they belong to (the "Georgia Senate", the
    "Jefferson County Jail", "University of Idaho", "Central Arizona Project", a bureau, an
    airport, a bridge, a turnpike) are "?" with country US: a US result there is ignored.
  - Non-places named like places are "-": people ("Madison Reyes", "Virginia Hollister",
    "Assemblyman Troy Becker"), companies ("Texas Instruments", "Alaska Airlines"), newspapers
    ("Arkansas Democrat-Gazette", "The Denver Post"), pro and college teams ("Dallas Cowboys",
    "Kansas City Chiefs", "Oklahoma State", "an Oklahoma commitment", "Clemson" the team, an
    airline's "Alaska flights"), and schools whose name reads as a bare place or is not the place
    they stand in ("Georgia Tech", "Union", "Providence", "Lincoln Christian", "Northview").
  - A high-school team named after its town ("Jenks rallies past Owasso", "Tuttle beat Clinton")
    is annotated as that town (metonymy for the town's school, as "Washington" for the federal
    government).
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- a: South and Southwest

add("a", """Georgia Senate passes rural hospital tax credit expansion after late-night debate

By Marisol Vance, Associated Press

ATLANTA (AP) - The Georgia Senate voted 38-17 early Friday to expand a tax credit that steers private donations to struggling rural hospitals, sending the measure to the House with two weeks left in the legislative session.

Sen. Dale Whitcomb, R-Marietta, who sponsored the bill, said hospitals from Valdosta to Dalton have cut obstetrics units or closed outright in the past decade. "If you live in Early County or Jenkins County, the nearest delivery room can be an hour away," Whitcomb said. "That's not a metro Atlanta problem. That's a south Georgia problem."

The bill raises the annual cap on the credit from $75 million to $100 million and opens it to hospitals in counties with fewer than 50,000 residents. Hospitals in Albany, Waycross and Dublin would qualify, according to an analysis by the Georgia Budget and Policy Institute.

Most Democrats, including several from Fulton, DeKalb and Cobb counties, voted no. Sen. Renee Oduya, D-Decatur, said the credit mostly rewards wealthy donors in Buckhead and Alpharetta while doing little for the uninsured. "Washington has offered to pay 90% of the cost of expanding Medicaid, and we keep leaving that money on the table," she said.

The Georgia Hospital Association backed the measure. Its president, Lyle Brantley, pointed to the hospital in Millen, which nearly closed in 2022, and to Phoebe Putney Memorial Hospital in Albany, which takes patients from a dozen southwest Georgia counties.

The House version, sponsored by Rep. Tamsin Hollis, R-Tifton, would also let larger hospitals in Columbus, Macon and Augusta receive credits if they run clinics in neighboring rural counties. Lawmakers from Athens, Ga., want Piedmont Athens Regional included, saying it serves patients from as far as Elbert and Oglethorpe counties.

Economists at Georgia Tech and the University of Georgia have questioned whether the credit keeps doors open. A 2023 study found that several recipients along the Chattahoochee River and the Savannah River still reported operating losses.

A spokesman for the governor said he would review the final bill. The session is scheduled to end April 4.""", [
    ("Georgia Senate", "US", Q),
    ("ATLANTA", "US", T, "US.GA"),
    ("Marietta", "US", T, "US.GA"),
    ("Valdosta", "US", T, "US.GA"),
    ("Dalton", "US", T, "US.GA"),
    ("Early County", "US", A, "US.GA"),
    ("Jenkins County", "US", A, "US.GA"),
    ("Atlanta", "US", T, "US.GA"),
    ("Georgia", "US", A),
    ("Albany", "US", T, "US.GA"),
    ("Waycross", "US", T, "US.GA"),
    ("Dublin", "US", T, "US.GA"),
    ("Georgia Budget and Policy Institute", "US", Q),
    ("Fulton", "US", A, "US.GA"),
    ("DeKalb", "US", A, "US.GA"),
    ("Cobb", "US", A, "US.GA"),
    ("Decatur", "US", T, "US.GA"),
    ("Buckhead", "US", N, "US.GA"),
    ("Alpharetta", "US", T, "US.GA"),
    ("Washington", "US", T, "US.DC"),
    ("Georgia Hospital Association", "US", Q),
    ("Millen", "US", T, "US.GA"),
    ("Tifton", "US", T, "US.GA"),
    ("Columbus", "US", T, "US.GA"),
    ("Macon", "US", T, "US.GA"),
    ("Augusta", "US", T, "US.GA"),
    ("Athens", "US", T, "US.GA"),
    ("Ga.", "US", A),
    ("Piedmont Athens Regional", "US", Q),
    ("Elbert", "US", A, "US.GA"),
    ("Oglethorpe", "US", A, "US.GA"),
    ("Georgia Tech", "-", N),
    ("University of Georgia", "US", Q),
    ("Chattahoochee River", "US", N),
    ("Savannah River", "US", N),
])

add("a", """Flash flooding swamps Baton Rouge suburbs as Pearl River rises toward Slidell, Picayune

By Celeste Arceneaux, Staff Writer

BATON ROUGE, La. - Up to 14 inches of rain fell on parts of Livingston and Ascension parishes overnight, pushing the Amite and Comite rivers out of their banks and forcing more than 60 water rescues in Denham Springs, Walker and Central, officials said Wednesday.

"We haven't seen water come up this fast since August 2016," said Livingston Parish sheriff's spokesman Cody Fontenot. "People who didn't flood then are flooding now."

The National Weather Service office in Slidell said the Amite River at Port Vincent would crest Thursday near 13 feet, just below the 2016 record. Interstate 12 was closed in both directions between Walker and Satsuma, and Tangipahoa Parish schools in Hammond and Ponchatoula canceled classes.

The governor declared a state of emergency for 11 parishes, including East Baton Rouge, Livingston, Ascension, St. Helena and Tangipahoa. The Louisiana National Guard sent high-water vehicles to French Settlement and Maurepas, small communities near Lake Maurepas at the river's lower end.

The storm system stalled for nearly 20 hours along a front stretching from Lafayette to the Mississippi coast. Its runoff is now draining into the Pearl River, which forecasters expect to reach moderate flood stage at Bogalusa in Washington Parish on Friday and near the town of Pearl River by the weekend, threatening subdivisions east of Slidell in St. Tammany Parish.

Across the state line, Pearl River County emergency manager Danny Ladner said crews were sandbagging around Picayune and Poplarville, and Hancock County opened a shelter in Kiln.

"All the water from up around Columbia has to come through here," Ladner said, referring to the Marion County seat about 70 miles upriver. Officials in Jackson said the Mississippi Emergency Management Agency had requested a federal disaster declaration for Pearl River, Marion and Lamar counties.

In New Orleans, the Sewerage and Water Board said all major drainage pumps were running, and Lake Pontchartrain was about a foot above normal. Forecasters said drier air moving in from the Gulf of Mexico should reach the region by Saturday.""", [
    ("Baton Rouge", "US", T, "US.LA"),
    ("Pearl River#1,2", "US", N),
    ("Pearl River#3", "US", T, "US.LA"),
    ("Pearl River County", "US", A, "US.MS"),
    ("Pearl River#5", "US", A, "US.MS"),
    ("Slidell", "US", T, "US.LA"),
    ("Picayune", "US", T, "US.MS"),
    ("BATON ROUGE", "US", T, "US.LA"),
    ("La.", "US", A),
    ("Livingston", "US", A, "US.LA"),
    ("Ascension", "US", A, "US.LA"),
    ("Amite", "US", N),
    ("Comite", "US", N),
    ("Denham Springs", "US", T, "US.LA"),
    ("Walker", "US", T, "US.LA"),
    ("Central", "US", T, "US.LA"),
    ("Livingston Parish", "US", A, "US.LA"),
    ("Amite River", "US", N),
    ("Port Vincent", "US", T, "US.LA"),
    ("Satsuma", "US", T, "US.LA"),
    ("Tangipahoa Parish", "US", A, "US.LA"),
    ("Hammond", "US", T, "US.LA"),
    ("Ponchatoula", "US", T, "US.LA"),
    ("East Baton Rouge", "US", A, "US.LA"),
    ("St. Helena", "US", A, "US.LA"),
    ("Tangipahoa", "US", A, "US.LA"),
    ("Louisiana National Guard", "US", Q),
    ("French Settlement", "US", T, "US.LA"),
    ("Maurepas", "US", T, "US.LA"),
    ("Lake Maurepas", "US", N),
    ("Lafayette", "US", T, "US.LA"),
    ("Mississippi", "US", A),
    ("Bogalusa", "US", T, "US.LA"),
    ("Washington Parish", "US", A, "US.LA"),
    ("St. Tammany Parish", "US", A, "US.LA"),
    ("Poplarville", "US", T, "US.MS"),
    ("Hancock County", "US", A, "US.MS"),
    ("Kiln", "US", T, "US.MS"),
    ("Columbia", "US", T, "US.MS"),
    ("Marion County", "US", A, "US.MS"),
    ("Jackson", "US", T, "US.MS"),
    ("Mississippi Emergency Management Agency", "US", Q),
    ("Marion", "US", A, "US.MS"),
    ("Lamar", "US", A, "US.MS"),
    ("New Orleans", "US", T, "US.LA"),
    ("Lake Pontchartrain", "US", N),
    ("Gulf of Mexico", "*", N),
])

add("a", """Texas Supreme Court sides with pipeline company in Hill Country groundwater fight

By Rebecca Ochoa, Austin Bureau

AUSTIN - The Texas Supreme Court ruled 6-3 on Friday that a Hays County groundwater district overstepped its authority when it capped pumping by a company that plans to pipe water from wells near Wimberley to fast-growing subdivisions in Kyle and Buda.

Writing for the majority, Justice Harlan Pruitt said the district's rules conflicted with state law. "The remedy, if one is needed, lies in Austin, not in a district boardroom in San Marcos," he wrote.

Landowners along the Blanco River had argued that the pumping would dry up springs that keep the river flowing through Wimberley during droughts. Ranchers from Blanco, Driftwood and Dripping Springs packed the courtroom for oral arguments in October.

"This ruling tells every rancher west of Interstate 35 that his well is fair game," said Lorena Whitfield, whose family has run cattle near Wimberley since the 1890s.

Caliche Creek Water Co., based in San Antonio, said it would resume drilling within weeks. Its chief executive, Grant Mabry, said demand in Hays, Travis and Comal counties would double by 2045, pointing to the Samsung chip plant under construction in Taylor and Texas Instruments' new fabs in Sherman and Richardson as signs of the region's growth.

In a dissent, Justice Evelyn Crane warned that the decision could ripple far beyond the Hill Country, to Panhandle districts that regulate the Ogallala Aquifer around Amarillo and Lubbock, and to East Texas, where Lamar County officials have fought a proposed well field near Paris, Texas, that would pipe water to the suburbs of Dallas.

Lawmakers are already responding. Sen. Luis Arredondo, D-Laredo, said he would file a bill in January giving districts explicit power to limit exports. Rep. Wade Sutter, R-Fredericksburg, whose district includes Gillespie and Kerr counties, said he would back it. "Rural Texans are not a reservoir for Williamson County," Sutter said.

The case is Caliche Creek Water Co. v. Hays Trinity Groundwater Conservation District.""", [
    ("Texas Supreme Court", "US", Q),
    ("Hill Country", "US", N),
    ("Austin Bureau", "US", Q),
    ("AUSTIN", "US", T, "US.TX"),
    ("Hays County", "US", A, "US.TX"),
    ("Wimberley", "US", T, "US.TX"),
    ("Kyle", "US", T, "US.TX"),
    ("Buda", "US", T, "US.TX"),
    ("Austin", "US", T, "US.TX"),
    ("San Marcos", "US", T, "US.TX"),
    ("Blanco River", "US", N, "US.TX"),
    ("Blanco", "US", T, "US.TX"),
    ("Driftwood", "US", T, "US.TX"),
    ("Dripping Springs", "US", T, "US.TX"),
    ("Caliche Creek", "-", N),
    ("San Antonio", "US", T, "US.TX"),
    ("Hays", "US", A, "US.TX"),
    ("Travis", "US", A, "US.TX"),
    ("Comal", "US", A, "US.TX"),
    ("Taylor", "US", T, "US.TX"),
    ("Texas Instruments", "-", N),
    ("Sherman", "US", T, "US.TX"),
    ("Richardson", "US", T, "US.TX"),
    ("Panhandle", "US", N),
    ("Ogallala Aquifer", "US", N),
    ("Amarillo", "US", T, "US.TX"),
    ("Lubbock", "US", T, "US.TX"),
    ("East Texas", "US", N),
    ("Lamar County", "US", A, "US.TX"),
    ("Paris", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Dallas", "US", T, "US.TX"),
    ("Laredo", "US", T, "US.TX"),
    ("Fredericksburg", "US", T, "US.TX"),
    ("Gillespie", "US", A, "US.TX"),
    ("Kerr", "US", A, "US.TX"),
    ("Texans", "US", Q),
    ("Williamson County", "US", A, "US.TX"),
    ("Hays Trinity Groundwater Conservation District", "US", Q),
])

add("a", """Jenks rallies past Owasso for 6A-I title; Collinsville, Tuttle also claim crowns

By Colt Harjo, Sports Writer

STILLWATER - Bryce Ellison had waited three years for a night like this.

The Jenks senior threw for 284 yards and ran for the go-ahead touchdown with 41 seconds left Saturday as the Trojans rallied past Owasso 31-27 to win the Class 6A-I state championship at Boone Pickens Stadium, before the biggest crowd for a high school game in Oklahoma this season.

"Everybody in Jenks has been waiting on this one," said Ellison, who has committed to Oklahoma State. "Owasso beat us twice last year. Not tonight."

Owasso (12-2) reached the final by beating Broken Arrow and Union, and led 27-17 early in the fourth quarter after linebacker Kendrick Moss, an Oklahoma commitment who has visited Norman three times this fall, returned an interception 44 yards for a touchdown.

Jenks answered with a 10-play drive capped by a 19-yard pass from Ellison to Deion Whitehorse, then got the ball back when Owasso punted from its own 30 with 2:10 to play. Ellison's 12-yard keeper on third down sent most of the Tulsa suburb's traveling fans onto the field.

"We'll be loud on the Cimarron Turnpike tonight," Jenks coach Derek Sallee said.

Ellison's older brother, Marcus, starred at Jenks before playing at Arkansas and now plays tight end for the Dallas Cowboys. He watched from the sideline.

In the Class 5A final Friday in Edmond, Collinsville held off Guthrie 21-20 when a two-point try sailed wide with 37 seconds left. Tuttle beat Clinton 35-14 at Chickasha for its third straight Class 4A title, and Heritage Hall of Oklahoma City beat Lincoln Christian of Tulsa 28-24 in Class 3A.

In Class 2A at Shawnee, Washington rolled past Ringling 42-7 behind four touchdown runs from sophomore Eli Brooks, who finished the season with 2,311 rushing yards.

The Class B and Class C championships are scheduled for next Saturday in Stillwater.""", [
    ("Jenks", "US", T, "US.OK"),
    ("Owasso", "US", T, "US.OK"),
    ("Collinsville", "US", T, "US.OK"),
    ("Tuttle", "US", T, "US.OK"),
    ("STILLWATER", "US", T, "US.OK"),
    ("Oklahoma#1", "US", A),
    ("Oklahoma State", "-", N),
    ("Broken Arrow", "US", T, "US.OK"),
    ("Union", "-", N),
    ("Oklahoma#3", "-", N),
    ("Norman", "US", T, "US.OK"),
    ("Tulsa", "US", T, "US.OK"),
    ("Cimarron Turnpike", "US", Q),
    ("Arkansas", "-", N),
    ("Dallas Cowboys", "-", N),
    ("Edmond", "US", T, "US.OK"),
    ("Guthrie", "US", T, "US.OK"),
    ("Clinton", "US", T, "US.OK"),
    ("Chickasha", "US", T, "US.OK"),
    ("Oklahoma City", "US", T, "US.OK"),
    ("Lincoln Christian", "-", N),
    ("Shawnee", "US", T, "US.OK"),
    ("Washington", "US", T, "US.OK"),
    ("Ringling", "US", T, "US.OK"),
    ("Stillwater", "US", T, "US.OK"),
])

add("a", """Grocery distributor opens $210 million hub in Springdale, promising 600 jobs

By Hannah Whitlock, Arkansas Democrat-Gazette

SPRINGDALE - A Missouri grocery distributor opened a $210 million warehouse on Thursday along Interstate 49 in Springdale, the largest distribution investment in northwest Arkansas since Walmart began building its new headquarters campus in Bentonville.

Harvest Lane Foods, based in Springfield, Mo., said the 900,000-square-foot center will supply about 340 independent grocers and convenience chains in Arkansas, Missouri, Oklahoma and Kansas. The company expects to employ 600 people by next summer, with starting pay of $21 an hour for warehouse workers and $34 for drivers.

"From here we can reach Tulsa, Joplin and Fort Smith in under two hours," chief executive Renee Castell said at a ribbon-cutting attended by city leaders and state economic development officials from Little Rock.

The site sits on the Benton County side of Springdale, which spans both Washington and Benton counties, about 15 minutes from Northwest Arkansas National Airport in Highfill. The Arkansas Economic Development Commission offered $6 million in incentives, and the city agreed to extend a road to the site.

The company's only other distribution center, in Joplin, will shift its Arkansas routes to the new hub, Castell said, but no jobs will be cut there.

Finding 600 workers won't be easy. Unemployment in the Fayetteville-Springdale-Rogers metropolitan area was 2.6% in September, among the lowest in the country. Tyson Foods, also based in Springdale, and trucking giant J.B. Hunt Transport Services of Lowell compete for the same drivers.

"We're already seeing applicants commuting from Siloam Springs, Huntsville and Harrison," said Mario Delgado, the center's general manager. "Some are coming from across the line in Oklahoma."

Beaver Water District, which draws from Beaver Lake on the White River, said the center's water needs would be modest. The Springdale Chamber of Commerce said the hub was the fourth major logistics project in the region this year.

The first trucks are scheduled to roll out of the center on Dec. 1.""", [
    ("Springdale", "US", T, "US.AR"),
    ("Arkansas Democrat-Gazette", "-", N),
    ("SPRINGDALE", "US", T, "US.AR"),
    ("Missouri", "US", A),
    ("Arkansas", "US", A),
    ("Bentonville", "US", T, "US.AR"),
    ("Springfield", "US", T, "US.MO"),
    ("Mo.", "US", A),
    ("Oklahoma", "US", A),
    ("Kansas", "US", A),
    ("Tulsa", "US", T, "US.OK"),
    ("Joplin", "US", T, "US.MO"),
    ("Fort Smith", "US", T, "US.AR"),
    ("Little Rock", "US", T, "US.AR"),
    ("Benton County", "US", A, "US.AR"),
    ("Washington", "US", A, "US.AR"),
    ("Benton", "US", A, "US.AR"),
    ("Northwest Arkansas National Airport", "US", Q),
    ("Highfill", "US", T, "US.AR"),
    ("Arkansas Economic Development Commission", "US", Q),
    ("Fayetteville", "US", T, "US.AR"),
    ("Rogers", "US", T, "US.AR"),
    ("Lowell", "US", T, "US.AR"),
    ("Siloam Springs", "US", T, "US.AR"),
    ("Huntsville", "US", T, "US.AR"),
    ("Harrison", "US", T, "US.AR"),
    ("Beaver Water District", "US", Q),
    ("Beaver Lake", "US", N, "US.AR"),
    ("White River", "US", N, "US.AR"),
    ("Springdale Chamber of Commerce", "US", Q),
])

add("a", """Hoover man charged in pharmacy burglaries across four counties, police say

By Tre McCall, Staff Writer

BIRMINGHAM, Ala. - A Hoover man has been charged in a string of 23 overnight pharmacy burglaries across Jefferson, Shelby, Tuscaloosa and Walker counties, authorities said Tuesday.

Darnell Otis Keel, 34, was arrested Sunday in Bessemer after a Hueytown police officer spotted a pickup reported stolen from a dealership in Tuscaloosa. He faces 23 counts of third-degree burglary and one count of trafficking in controlled substances, and was being held in the Jefferson County Jail in Birmingham on $460,000 bond.

Investigators said the break-ins began in January at a pharmacy in Pelham and spread to Alabaster, Trussville, Gardendale, Northport and Jasper. In each case, the burglar pried open a rear door, ignored the cash register and went straight for the safe holding oxycodone and hydrocodone.

"He knew exactly where to go in every store," said Lt. Brian Maddox of the Shelby County Sheriff's Office. "That told us early on we were dealing with someone who had worked in a pharmacy."

Keel studied at Auburn University's pharmacy school for two years and later worked as a technician at drugstores in Homewood and Vestavia Hills, according to court records.

The pickup was found Saturday near the Cahaba River in Helena, with pry bars and two empty pill bottles in the bed, police said. Surveillance video from a gas station in Walker County showed a man matching Keel's description filling the truck hours after a burglary in Jasper.

Agents with the Alabama Law Enforcement Agency said some of the pills were sold in Huntsville and Athens, Ala., and as far away as Memphis, Tenn., and Columbus, Miss. A second man, from Decatur, was being sought.

The attorney general's office in Montgomery said it would seek to have the case moved to federal court because the drugs crossed state lines. Pharmacists across north Alabama have been told to check rear doors and alarm systems, said the executive director of the Alabama Pharmacy Association.

Keel's attorney, Ramona Fitch, said her client would plead not guilty.""", [
    ("Hoover", "US", T, "US.AL"),
    ("BIRMINGHAM", "US", T, "US.AL"),
    ("Ala.", "US", A),
    ("Jefferson", "US", A, "US.AL"),
    ("Shelby", "US", A, "US.AL"),
    ("Tuscaloosa#1", "US", A, "US.AL"),
    ("Tuscaloosa#2", "US", T, "US.AL"),
    ("Walker", "US", A, "US.AL"),
    ("Bessemer", "US", T, "US.AL"),
    ("Hueytown", "US", T, "US.AL"),
    ("Jefferson County Jail", "US", Q),
    ("Birmingham", "US", T, "US.AL"),
    ("Pelham", "US", T, "US.AL"),
    ("Alabaster", "US", T, "US.AL"),
    ("Trussville", "US", T, "US.AL"),
    ("Gardendale", "US", T, "US.AL"),
    ("Northport", "US", T, "US.AL"),
    ("Jasper", "US", T, "US.AL"),
    ("Shelby County Sheriff's Office", "US", Q),
    ("Auburn University", "US", Q),
    ("Homewood", "US", T, "US.AL"),
    ("Vestavia Hills", "US", T, "US.AL"),
    ("Cahaba River", "US", N),
    ("Helena", "US", T, "US.AL"),
    ("Walker County", "US", A, "US.AL"),
    ("Alabama Law Enforcement Agency", "US", Q),
    ("Huntsville", "US", T, "US.AL"),
    ("Athens", "US", T, "US.AL"),
    ("Memphis", "US", T, "US.TN"),
    ("Tenn.", "US", A),
    ("Columbus", "US", T, "US.MS"),
    ("Miss.", "US", A),
    ("Decatur", "US", T, "US.AL"),
    ("Montgomery", "US", T, "US.AL"),
    ("Alabama", "US", A),
    ("Alabama Pharmacy Association", "US", Q),
])

add("a", """Santa Fe lawmakers advance $300 million water plan as Rio Grande runs dry through Albuquerque

By Diego Trujillo, Associated Press

SANTA FE, N.M. (AP) - A New Mexico Senate committee on Tuesday advanced a $300 million plan to buy and lease water rights along the Rio Grande, months after the river went dry for a record 12 miles through Albuquerque.

Sen. Marta Valdez, D-Las Cruces, said pecan and chile farmers in Doña Ana County have already lost a third of their surface water. Elephant Butte Reservoir, which stores water for Las Cruces-area farms and for El Paso, Texas, held 9% of its capacity in January.

"Every acre-foot we can't deliver downstream is an acre-foot Texas will take us to court over," Valdez said, referring to the decade-long fight over the Rio Grande Compact that Texas, New Mexico and Colorado settled only last year.

The bill would let the Interstate Stream Commission lease water from willing farmers in Socorro, Valencia and Sierra counties and send it downstream, leaving fields fallow near Belen, Los Lunas and Truth or Consequences.

Republicans from the northwest corner of the state won an amendment setting aside $40 million for the Navajo Nation and for Gallup, which still depends on groundwater while it waits for the Navajo-Gallup Water Supply Project to be finished. "Farmington and Cuba have systems held together with duct tape," said Sen. Craig Nance, R-Farmington. In Cuba, a Sandoval County village of about 700, the water plant failed twice last summer.

Rep. Ana Ortega, D-Las Vegas, said she would push the House to add money for the acequias of Mora and San Miguel counties, community ditches that date to Spanish colonial rule.

The debate in Santa Fe comes as Arizona lawmakers in Phoenix weigh their own response to deeper cuts on the Colorado River. Farmers in Pinal County have lost most of their deliveries from the Central Arizona Project, and officials in Tucson and Yuma warned this month that Lake Mead could fall another 20 feet by fall.

The full Senate could vote on the New Mexico bill as early as next week.""", [
    ("Santa Fe", "US", T, "US.NM"),
    ("Rio Grande Compact", "US", Q),
    ("Rio Grande", "US|MX", N),
    ("Albuquerque", "US", T, "US.NM"),
    ("SANTA FE", "US", T, "US.NM"),
    ("N.M.", "US", A),
    ("New Mexico Senate", "US", Q),
    ("Las Cruces", "US", T, "US.NM"),
    ("Doña Ana County", "US", A, "US.NM"),
    ("Elephant Butte Reservoir", "US", N),
    ("El Paso", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("New Mexico", "US", A),
    ("Colorado", "US", A),
    ("Socorro", "US", A, "US.NM"),
    ("Valencia", "US", A, "US.NM"),
    ("Sierra", "US", A, "US.NM"),
    ("Belen", "US", T, "US.NM"),
    ("Los Lunas", "US", T, "US.NM"),
    ("Truth or Consequences", "US", T, "US.NM"),
    ("Navajo Nation", "US", N),
    ("Gallup", "US", T, "US.NM"),
    ("Navajo-Gallup Water Supply Project", "US", Q),
    ("Farmington", "US", T, "US.NM"),
    ("Cuba", "US", T, "US.NM"),
    ("Sandoval County", "US", A, "US.NM"),
    ("Las Vegas", "US", T, "US.NM"),
    ("Mora", "US", A, "US.NM"),
    ("San Miguel", "US", A, "US.NM"),
    ("Spanish", "ES", Q),
    ("Arizona", "US", A),
    ("Phoenix", "US", T, "US.AZ"),
    ("Colorado River", "US|MX", N),
    ("Pinal County", "US", A, "US.AZ"),
    ("Central Arizona Project", "US", Q),
    ("Tucson", "US", T, "US.AZ"),
    ("Yuma", "US", T, "US.AZ"),
    ("Lake Mead", "US", N),
])

add("a", """Gamecocks hold off Clemson 24-20, snap five-game skid in rivalry

By Josh Kendrick, Staff Writer

COLUMBIA, S.C. - For three quarters Saturday night, South Carolina looked like the team that had lost five straight to Clemson. Then Tyler Branch found his legs.

The junior quarterback from Rock Hill ran for two fourth-quarter touchdowns, and the Gamecocks held off the Tigers 24-20 before 79,000 at Williams-Brice Stadium, ending the longest losing streak in the series since the 1990s.

"I grew up an hour up the road hearing about this game," Branch said. "My whole family drove down from York County, and half of them root for the other side."

Clemson (8-4) led 20-10 after a 48-yard field goal by Hayes Lindell, a transfer from East Carolina, with 13 minutes left. Branch answered with a 31-yard run on a quarterback draw, and on Clemson's next possession safety Jalen Moultrie, a freshman from Gaffney, intercepted a pass at the South Carolina 40.

Eight plays later, Branch bulled in from the 2 with 3:48 to play. The defense then stopped the Tigers on fourth-and-3 at midfield.

Coach Terrence Boyd said the win would help in recruiting battles across the state, from the Lowcountry to the Upstate, and around Charlotte. Among the high school players on the sideline were prospects from Greenville, Florence, Summerville and Beaufort, along with a handful from Georgia and North Carolina. "Kids in this state watch this game," he said. "Tonight they saw us win it."

Orange-clad fans who made the two-hour drive down Interstate 26 left quietly, and in downtown Clemson, bars along College Avenue emptied early.

South Carolina (7-5) is expected to land in the Gator Bowl in Jacksonville, Fla., or the Duke's Mayo Bowl in Charlotte, N.C.

Elsewhere in the state, Coastal Carolina beat Georgia State 34-31 in overtime in Conway, South Carolina State clinched a share of the conference title with a 27-10 win in Orangeburg, and Wofford beat Furman 17-14 in Spartanburg.""", [
    ("Clemson#1,2,3,4", "-", N),
    ("Clemson#5", "US", T, "US.SC"),
    ("COLUMBIA", "US", T, "US.SC"),
    ("S.C.", "US", A),
    ("South Carolina", "-", N),
    ("Rock Hill", "US", T, "US.SC"),
    ("York County", "US", A, "US.SC"),
    ("East Carolina", "-", N),
    ("Gaffney", "US", T, "US.SC"),
    ("Lowcountry", "US", N),
    ("Upstate", "US", N),
    ("Charlotte", "US", T, "US.NC"),
    ("Greenville", "US", T, "US.SC"),
    ("Florence", "US", T, "US.SC"),
    ("Summerville", "US", T, "US.SC"),
    ("Beaufort", "US", T, "US.SC"),
    ("Georgia", "US", A),
    ("North Carolina", "US", A),
    ("Jacksonville", "US", T, "US.FL"),
    ("Fla.", "US", A),
    ("N.C.", "US", A),
    ("Coastal Carolina", "-", N),
    ("Georgia State", "-", N),
    ("Conway", "US", T, "US.SC"),
    ("South Carolina State", "-", N),
    ("Orangeburg", "US", T, "US.SC"),
    ("Spartanburg", "US", T, "US.SC"),
])

# ---------------------------------------------------------------- b: Midwest and Plains

add("b", """Ohio House passes $1.2 billion water plan tied to Intel site, small towns

By Jordan Wexler, Statehouse Bureau

COLUMBUS, Ohio - The Ohio House voted 71-24 on Wednesday to spend $1.2 billion on water and sewer lines, much of it to serve the Intel chip plant rising in Jersey Township in western Licking County and the subdivisions springing up around it in New Albany and Johnstown.

The bill also sets aside $300 million for aging systems in smaller cities, from Portsmouth and Marietta on the Ohio River to Lima, Findlay and Toledo, where an algae bloom in Lake Erie shut off tap water for three days in 2014.

"Nobody in Scioto County is going to begrudge Intel a water line, but we need pipes too," said Rep. Carla Dunaway, R-Wheelersburg, who voted for the bill.

Democrats said the plan favors central Ohio. Rep. Anthony Kessler, D-Dayton, noted that Dayton, Springfield and Lebanon have all asked the state for help replacing lead service lines. Springfield, which has absorbed thousands of Haitian immigrants in recent years, has a backlog of more than 7,000 lead lines, city officials said.

The Mid-Ohio Regional Planning Commission projects that Franklin, Delaware, Licking and Union counties will add 1 million residents by 2050, with much of the growth spilling into Dublin, Westerville and the city of Delaware. Supporters said the region cannot absorb that growth without new water sources, including a proposed pipeline from the Ohio River.

Officials in Cleveland and Cincinnati said their utilities would not receive any money under the House plan. Akron and Youngstown would split $40 million.

Rural lawmakers from Appalachian counties won a late amendment steering $25 million to systems that serve fewer than 5,000 people. Rep. Glenn Barlow, R-Athens, said several villages in Athens and Meigs counties still haul water by truck in dry summers. "Ohio University researchers have documented this for a decade," Barlow said.

The bill now goes to the Senate, where Senate President Mark Tillman, R-Lima, said he supports the goal but wants a cap on the Intel share.""", [
    ("Ohio House", "US", Q),
    ("COLUMBUS", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("Jersey Township", "US", N, "US.OH"),
    ("Licking County", "US", A, "US.OH"),
    ("New Albany", "US", T, "US.OH"),
    ("Johnstown", "US", T, "US.OH"),
    ("Portsmouth", "US", T, "US.OH"),
    ("Marietta", "US", T, "US.OH"),
    ("Ohio River", "US", N),
    ("Lima", "US", T, "US.OH"),
    ("Findlay", "US", T, "US.OH"),
    ("Toledo", "US", T, "US.OH"),
    ("Lake Erie", "*", N),
    ("Scioto County", "US", A, "US.OH"),
    ("Wheelersburg", "US", T, "US.OH"),
    ("Dayton", "US", T, "US.OH"),
    ("Springfield", "US", T, "US.OH"),
    ("Lebanon", "US", T, "US.OH"),
    ("Haitian", "HT", Q),
    ("Mid-Ohio Regional Planning Commission", "US", Q),
    ("Franklin", "US", A, "US.OH"),
    ("Delaware#1", "US", A, "US.OH"),
    ("Licking", "US", A, "US.OH"),
    ("Union", "US", A, "US.OH"),
    ("Dublin", "US", T, "US.OH"),
    ("Westerville", "US", T, "US.OH"),
    ("Delaware#2", "US", T, "US.OH"),
    ("Cleveland", "US", T, "US.OH"),
    ("Cincinnati", "US", T, "US.OH"),
    ("Akron", "US", T, "US.OH"),
    ("Youngstown", "US", T, "US.OH"),
    ("Appalachian", "US", Q),
    ("Athens#1", "US", T, "US.OH"),
    ("Athens#2", "US", A, "US.OH"),
    ("Meigs", "US", A, "US.OH"),
    ("Ohio University", "US", Q),
])

add("b", """Judge upholds Line 5 tunnel permit; tribes, environmental groups vow appeal

By Kara Lindqvist, Associated Press

LANSING, Mich. (AP) - An Ingham County judge on Monday upheld a state permit for Enbridge's plan to bore a tunnel beneath the Straits of Mackinac and move its Line 5 oil pipeline into it, rejecting arguments that regulators ignored the climate cost of keeping the line running for decades.

The 72-year-old pipeline carries up to 540,000 barrels a day of crude oil and natural gas liquids from Superior, Wis., across the Upper Peninsula and the northern Lower Peninsula to Sarnia, Ontario, with connections feeding refineries in Detroit and Toledo, Ohio. Its twin lines now lie on the lakebed where Lake Michigan meets Lake Huron, between Mackinaw City and St. Ignace.

Upper Peninsula officials welcomed the ruling. "Half the homes in Chippewa and Mackinac counties heat with propane that comes through that line," said Dan Lajoie, a county commissioner in Sault Ste. Marie.

Leaders of the Bay Mills Indian Community, whose reservation lies along Lake Superior near Brimley, said they would appeal to the Michigan Court of Appeals. Environmental groups in Traverse City and Ann Arbor called the tunnel "a 99-year bet on oil."

The attorney general's office in Lansing has pursued a separate lawsuit seeking to shut down the current lines, which a federal judge in Grand Rapids is weighing. The company says the tunnel, expected to cost more than $1 billion, would all but eliminate the risk of a spill.

Ottawa has invoked a 1977 pipeline treaty with the United States to keep Line 5 running, and Canadian officials say shutting it down would cut fuel supplies across Ontario and Quebec.

A separate challenge, over a planned pump station in Ottawa County west of Grand Rapids, is pending before the Michigan Public Service Commission. Researchers at Michigan Technological University in Houghton estimated in 2018 that a worst-case spill in the straits could foul more than 400 miles of shoreline, from Beaver Island to Bois Blanc Island.

Enbridge said construction could begin next year.""", [
    ("LANSING", "US", T, "US.MI"),
    ("Mich.", "US", A),
    ("Ingham County", "US", A, "US.MI"),
    ("Straits of Mackinac", "US", N),
    ("Superior", "US", T, "US.WI"),
    ("Wis.", "US", A),
    ("Upper Peninsula", "US", N),
    ("Lower Peninsula", "US", N),
    ("Sarnia", "CA", T, (42.97, -82.40)),
    ("Ontario", "CA", A),
    ("Detroit", "US", T, "US.MI"),
    ("Toledo", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("Lake Michigan", "US", N),
    ("Lake Huron", "*", N),
    ("Mackinaw City", "US", T, "US.MI"),
    ("St. Ignace", "US", T, "US.MI"),
    ("Chippewa", "US", A, "US.MI"),
    ("Mackinac", "US", A, "US.MI"),
    ("Sault Ste. Marie", "US", T, "US.MI"),
    ("Bay Mills Indian Community", "US", Q),
    ("Lake Superior", "*", N),
    ("Brimley", "US", T, "US.MI"),
    ("Michigan Court of Appeals", "US", Q),
    ("Traverse City", "US", T, "US.MI"),
    ("Ann Arbor", "US", T, "US.MI"),
    ("Lansing", "US", T, "US.MI"),
    ("Grand Rapids", "US", T, "US.MI"),
    ("Ottawa", "CA", T, (45.42, -75.70)),
    ("United States", "US", C),
    ("Canadian", "CA", Q),
    ("Quebec", "CA", A),
    ("Ottawa County", "US", A, "US.MI"),
    ("Michigan Public Service Commission", "US", Q),
    ("Michigan Technological University", "US", Q),
    ("Houghton", "US", T, "US.MI"),
    ("Beaver Island", "US", N, "US.MI"),
    ("Bois Blanc Island", "US", N, "US.MI"),
])

add("b", """Warsaw tops Fishers in 4A thriller; Peru, Northview bring home state titles

By Dana Ruiz, Sports Reporter

INDIANAPOLIS - Warsaw waited 40 years for another boys basketball state championship. It needed one more overtime to get it.

Senior guard Cole Brenneman scored 27 points, including a go-ahead 3-pointer with 14 seconds left in overtime, as Warsaw beat Fishers 63-60 in the Class 4A final Saturday night at Gainbridge Fieldhouse.

"There are people in Kosciusko County who have been waiting since 1984 for this," said Brenneman, who has signed with Purdue and will play about 100 miles away in West Lafayette. "We're taking it home up U.S. 30 tonight."

Warsaw reached Indianapolis by knocking off Penn, of Mishawaka, and Carmel in the semistate.

Fishers (26-4), the Hamilton County school that had won 21 straight and beat Kokomo in its semistate, got 22 points from junior Amari Lewis, who holds scholarship offers from Butler and Indiana. Lewis' layup at the end of regulation rolled off the rim.

In Class 3A, Northview beat Lawrenceburg 55-49 behind 19 points from Tanner Cole. The victory set off a celebration back in Brazil, the Clay County town where Northview's campus sits just off Interstate 70, where fire trucks escorted the team bus down National Avenue on Sunday afternoon.

Peru, the Miami County school on the banks of the Wabash River, won its first title in Class 2A by beating Providence of Clarksville 58-51. Peru coach Jim Tolbert, a 1991 Peru graduate, called it "the best day this town has had in my lifetime."

In Class 1A, Loogootee beat Kouts 44-41 for its third state title.

Brenneman is one of five finalists for Indiana Mr. Basketball, to be announced next month. The others are Lewis; Lebanon's Isaiah Grant; Tre Walters of Columbus North; and Muncie Central's DeShawn Pitts, who has committed to Indiana University in Bloomington.

Attendance for the four finals was 31,480, the most since 2019. The IHSAA said semistate crowds in Fort Wayne and Evansville also set records.""", [
    ("Warsaw", "US", T, "US.IN"),
    ("Fishers", "US", T, "US.IN"),
    ("Peru", "US", T, "US.IN"),
    ("Northview", "-", N),
    ("INDIANAPOLIS", "US", T, "US.IN"),
    ("Kosciusko County", "US", A, "US.IN"),
    ("West Lafayette", "US", T, "US.IN"),
    ("Indianapolis", "US", T, "US.IN"),
    ("Penn", "-", N),
    ("Mishawaka", "US", T, "US.IN"),
    ("Carmel", "US", T, "US.IN"),
    ("Kokomo", "US", T, "US.IN"),
    ("Hamilton County", "US", A, "US.IN"),
    ("Indiana#1", "-", N),
    ("Lawrenceburg", "US", T, "US.IN"),
    ("Brazil", "US", T, "US.IN"),
    ("Clay County", "US", A, "US.IN"),
    ("Miami County", "US", A, "US.IN"),
    ("Wabash River", "US", N),
    ("Providence", "-", N),
    ("Clarksville", "US", T, "US.IN"),
    ("Loogootee", "US", T, "US.IN"),
    ("Kouts", "US", T, "US.IN"),
    ("Indiana#2", "US", Q),
    ("U.S.", "US", Q),
    ("Lebanon", "US", T, "US.IN"),
    ("Columbus North", "US", Q),
    ("Muncie Central", "US", Q),
    ("Indiana University", "US", Q),
    ("Bloomington", "US", T, "US.IN"),
    ("Fort Wayne", "US", T, "US.IN"),
    ("Evansville", "US", T, "US.IN"),
])

add("b", """Illinois Senate passes $1.5 billion transit rescue; fight over downstate buses moves to House

By Nathan Price, Associated Press

SPRINGFIELD, Ill. (AP) - The Illinois Senate voted 34-21 late Thursday to pour $1.5 billion a year into Chicago-area transit, merging oversight of the Chicago Transit Authority, Metra and Pace under a new regional board and heading off service cuts that the agencies said would hit Cook, DuPage, Lake, Will, Kane and McHenry counties next year.

The bill raises the sales tax by a quarter-cent in the six counties and adds a $1.50 fee on ride-hailing trips. Sen. Laura Brandt, D-Evanston, said that without it Metra would end weekend service on lines to Aurora, Joliet and Harvard. "Commuters from Naperville to Waukegan depend on this," Brandt said.

Republicans said downstate systems were shortchanged. Sen. Dale Fricke, R-Quincy, said bus systems in Quincy, Peoria, Rockford and Champaign-Urbana would share $110 million, "less than Chicago spends on one rail station."

Rep. Joyce Haney, R-Effingham, said her constituents have no bus service at all. "In Cairo, at the state's southern tip, there hasn't been a city bus in 20 years," she said. "Try telling people there that this is a statewide plan."

Supporters pointed to provisions that send money to MetroLink, the light-rail line that links East St. Louis and St. Clair County to St. Louis, and to bus systems in Bloomington-Normal and the Quad Cities, where buses from Moline and Rock Island cross the Mississippi River to Davenport, Iowa.

The bill does not include money for a new Chicago Bears stadium, which the team wants to build in Arlington Heights or on the lakefront, a point Senate leaders stressed repeatedly.

The House is expected to take up the measure next week. House leaders said they want changes to the board, which would give Chicago's mayor five of 15 seats, before the legislative session ends May 31 in Springfield.

Transit advocates rallied outside the Capitol on Thursday, carrying signs that read "Fund the L" and "Save Metra," after riding a chartered train down from Chicago's Union Station.""", [
    ("Illinois Senate", "US", Q),
    ("SPRINGFIELD", "US", T, "US.IL"),
    ("Ill.", "US", A),
    ("Chicago", "US", T, "US.IL"),
    ("Chicago Transit Authority", "US", Q),
    ("Cook", "US", A, "US.IL"),
    ("DuPage", "US", A, "US.IL"),
    ("Lake", "US", A, "US.IL"),
    ("Will", "US", A, "US.IL"),
    ("Kane", "US", A, "US.IL"),
    ("McHenry", "US", A, "US.IL"),
    ("Evanston", "US", T, "US.IL"),
    ("Aurora", "US", T, "US.IL"),
    ("Joliet", "US", T, "US.IL"),
    ("Harvard", "US", T, "US.IL"),
    ("Naperville", "US", T, "US.IL"),
    ("Waukegan", "US", T, "US.IL"),
    ("Quincy", "US", T, "US.IL"),
    ("Peoria", "US", T, "US.IL"),
    ("Rockford", "US", T, "US.IL"),
    ("Champaign", "US", T, "US.IL"),
    ("Urbana", "US", T, "US.IL"),
    ("Effingham", "US", T, "US.IL"),
    ("Cairo", "US", T, "US.IL"),
    ("East St. Louis", "US", T, "US.IL"),
    ("St. Clair County", "US", A, "US.IL"),
    ("St. Louis", "US", T, "US.MO"),
    ("Bloomington", "US", T, "US.IL"),
    ("Normal", "US", T, "US.IL"),
    ("Quad Cities", "US", N),
    ("Moline", "US", T, "US.IL"),
    ("Rock Island", "US", T, "US.IL"),
    ("Mississippi River", "US", N),
    ("Davenport", "US", T, "US.IA"),
    ("Iowa", "US", A),
    ("Chicago Bears", "-", N),
    ("Arlington Heights", "US", T, "US.IL"),
    ("Springfield", "US", T, "US.IL"),
    ("Union Station", "US", Q),
])

add("b", """Red River crest forecast raised to 35 feet in Fargo-Moorhead; diversion to open for first time

By Erik Solheim, Staff Writer

FARGO, N.D. - Forecasters on Thursday raised their crest prediction for the Red River at Fargo to 35 feet, the highest since 2019, as snowmelt from a late-March blizzard poured off fields in Cass and Richland counties and across the river in Clay and Wilkin counties in Minnesota.

The river is expected to peak Tuesday in Fargo and Moorhead, about three days after it crests upstream at Wahpeton and Breckenridge, where the Otter Tail and Bois de Sioux rivers join to form the Red.

City officials said the new $3.2 billion diversion channel, which carries floodwater west around the metro area from near Horace to a point north of Harwood, will be used for the first time. Homeowners in Oxbow and other communities behind the project's southern dam were told to expect standing water on some roads.

"The diversion should take 5 or 6 feet off the top of this crest," Fargo's city engineer, Brenda Quale, said. "But nobody should be putting away their sandbags yet."

Volunteers filled 400,000 sandbags at the Fargodome this week, and West Fargo closed two parks along the Sheyenne River, which has already left its banks south of Interstate 94.

Farther north, the crest will reach Grand Forks and East Grand Forks about a week later. In Oslo, a Marshall County, Minn., town of about 300 that becomes an island when the river floods, residents were moving cars and equipment to high ground east of town. Drayton and Pembina, near the Canadian border, were building up clay dikes.

The river flows north into Manitoba, where officials in Winnipeg said they expected to operate the Red River Floodway, which routes high water around the city to the river's mouth on Lake Winnipeg.

The governor, speaking in Bismarck, activated 200 members of the North Dakota National Guard, and Minnesota officials in St. Paul said state crews would help Clay County protect rural homes along the river.

Forecasters said a wet April could push the crest higher. A second, smaller crest is possible in early May if rain falls on frozen ground.""", [
    ("Red River", "US|CA", N, "North"),
    ("Fargo", "US", T, "US.ND"),
    ("Moorhead", "US", T, "US.MN"),
    ("FARGO", "US", T, "US.ND"),
    ("N.D.", "US", A),
    ("Cass", "US", A, "US.ND"),
    ("Richland", "US", A, "US.ND"),
    ("Clay", "US", A, "US.MN"),
    ("Wilkin", "US", A, "US.MN"),
    ("Minnesota", "US", A),
    ("Wahpeton", "US", T, "US.ND"),
    ("Breckenridge", "US", T, "US.MN"),
    ("Otter Tail", "US", N, "US.MN"),
    ("Bois de Sioux", "US", N),
    ("Red", "US|CA", N, "North"),
    ("Horace", "US", T, "US.ND"),
    ("Harwood", "US", T, "US.ND"),
    ("Oxbow", "US", T, "US.ND"),
    ("West Fargo", "US", T, "US.ND"),
    ("Sheyenne River", "US", N),
    ("Grand Forks", "US", T, "US.ND"),
    ("East Grand Forks", "US", T, "US.MN"),
    ("Oslo", "US", T, "US.MN"),
    ("Marshall County", "US", A, "US.MN"),
    ("Minn.", "US", A),
    ("Drayton", "US", T, "US.ND"),
    ("Pembina", "US", T, "US.ND"),
    ("Canadian", "CA", Q),
    ("Manitoba", "CA", A),
    ("Winnipeg", "CA", T, (49.90, -97.14)),
    ("Red River Floodway", "CA", Q),
    ("Lake Winnipeg", "CA", N),
    ("Bismarck", "US", T, "US.ND"),
    ("North Dakota National Guard", "US", Q),
    ("St. Paul", "US", T, "US.MN"),
    ("Clay County", "US", A, "US.MN"),
])

add("b", """Wisconsin Supreme Court weighs who pays for Marinette, Peshtigo PFAS cleanup

By Tessa Lindgren, Associated Press

MADISON, Wis. (AP) - The Wisconsin Supreme Court on Tuesday heard arguments over whether state regulators can force a manufacturer to pay for cleaning up "forever chemicals" that seeped from a firefighting foam test site in Marinette into private wells in the neighboring town of Peshtigo.

A Marinette County judge ruled last year that the Department of Natural Resources lacked the authority to order the company, Lakeshore Fire Systems, to pay for a regional water system. The state appealed directly to the high court.

Madison Reyes, an assistant attorney general, told the justices that PFAS from the site have been found in the Menominee River and in the waters of Green Bay, an arm of Lake Michigan, and in wells more than 4 miles away. "The people of Peshtigo did not choose to drink this," Reyes said.

Across the river in Menominee, Mich., city officials have tested their own wells and asked to join any settlement.

The company's lawyer, Charles Brennan of Milwaukee, argued that the department must first write formal rules before ordering any cleanup. Several justices questioned how long that would take.

The case could shape cleanups across Wisconsin: in La Crosse County, where hundreds of private wells on French Island are contaminated; in Wausau, which built a $20 million treatment plant; in Eau Claire and Rhinelander, where city wells have been shut down; and in communities along the Fox River between Oshkosh and the city of Green Bay, where regulators are testing wells near fields spread with paper-mill sludge.

Lawmakers have fought for two years over how to spend $125 million set aside for PFAS. Sen. Eric Vogt, R-Berlin, said the money should go first to private well owners. Rep. Nadia Hussain, D-Madison, said the court case showed why the Legislature should not tie regulators' hands.

Outside the Capitol, about 40 Peshtigo residents who rode a bus from Marinette County held jugs of bottled water. A ruling is expected by summer.""", [
    ("Wisconsin Supreme Court", "US", Q),
    ("Marinette", "US", T, "US.WI"),
    ("Peshtigo", "US", T, "US.WI"),
    ("MADISON", "US", T, "US.WI"),
    ("Wis.", "US", A),
    ("Marinette County", "US", A, "US.WI"),
    ("Madison#1", "-", N),
    ("Menominee River", "US", N),
    ("Green Bay#1", "US", N, (45.05, -87.6)),
    ("Lake Michigan", "US", N),
    ("Menominee", "US", T, "US.MI"),
    ("Mich.", "US", A),
    ("Milwaukee", "US", T, "US.WI"),
    ("Wisconsin", "US", A),
    ("La Crosse County", "US", A, "US.WI"),
    ("French Island", "US", T, "US.WI"),
    ("Wausau", "US", T, "US.WI"),
    ("Eau Claire", "US", T, "US.WI"),
    ("Rhinelander", "US", T, "US.WI"),
    ("Fox River", "US", N, (44.53, -88.01)),
    ("Oshkosh", "US", T, "US.WI"),
    ("Green Bay#2", "US", T, "US.WI"),
    ("Berlin", "US", T, "US.WI"),
    ("Madison#2", "US", T, "US.WI"),
])

add("b", """Iowa regulators approve carbon pipeline route through 29 counties; Shelby, Dallas county landowners vow to sue

By Grant Holm, Associated Press

DES MOINES, Iowa (AP) - The Iowa Utilities Commission on Wednesday approved a route for a 690-mile pipeline that would carry carbon dioxide captured at 31 ethanol plants to underground storage near Beulah, N.D., a major win for the state's biofuels industry and a blow to landowners who have fought the project for four years.

The Iowa leg crosses 29 counties, from Woodbury County near Sioux City east to Floyd County near Charles City, and passes within 2 miles of Nevada, the Story County seat. Ethanol plants near Fort Dodge, Mason City and Shenandoah would connect to the line.

The developer, Prairie Carbon Partners of Ames, says capturing the gas will let Iowa ethanol qualify for low-carbon fuel markets in California and Oregon and for federal tax credits worth up to $85 a ton.

Landowners in Shelby and Dallas counties said they would ask a district court in Harlan to overturn the permit, arguing the company should not be allowed to use eminent domain. "They want to put a hazardous pipeline under my best ground so someone in Sacramento can feel good," said Dwight Jorgensen, who farms 900 acres near Harlan.

In Dallas County, west of Des Moines, the route passes near Adel and crosses the Raccoon River twice. County supervisors there passed an ordinance requiring the line to stay 1,000 feet from homes, which the commission said it could not enforce.

The pipeline's fate still depends on South Dakota, where regulators in Pierre rejected a permit in 2023 and lawmakers later banned eminent domain for carbon pipelines. Opponents in Sioux Falls and Aberdeen said Wednesday's decision changes nothing there.

In Nebraska, the company has signed easements with most landowners along a shorter leg that would cross the Missouri River north of Omaha, and regulators in Lincoln are expected to rule this summer. North Dakota approved its segment in 2024.

Iowa State University economists estimate the project would add 40 cents a bushel to corn prices near participating plants.""", [
    ("Iowa Utilities Commission", "US", Q),
    ("Shelby", "US", A, "US.IA"),
    ("Dallas", "US", A, "US.IA"),
    ("DES MOINES", "US", T, "US.IA"),
    ("Iowa", "US", A),
    ("Beulah", "US", T, "US.ND"),
    ("N.D.", "US", A),
    ("Woodbury County", "US", A, "US.IA"),
    ("Sioux City", "US", T, "US.IA"),
    ("Floyd County", "US", A, "US.IA"),
    ("Charles City", "US", T, "US.IA"),
    ("Nevada", "US", T, "US.IA"),
    ("Story County", "US", A, "US.IA"),
    ("Fort Dodge", "US", T, "US.IA"),
    ("Mason City", "US", T, "US.IA"),
    ("Shenandoah", "US", T, "US.IA"),
    ("Ames", "US", T, "US.IA"),
    ("California", "US", A),
    ("Oregon", "US", A),
    ("Harlan", "US", T, "US.IA"),
    ("Sacramento", "US", T, "US.CA"),
    ("Dallas County", "US", A, "US.IA"),
    ("Des Moines", "US", T, "US.IA"),
    ("Adel", "US", T, "US.IA"),
    ("Raccoon River", "US", N, "US.IA"),
    ("South Dakota", "US", A),
    ("Pierre", "US", T, "US.SD"),
    ("Sioux Falls", "US", T, "US.SD"),
    ("Aberdeen", "US", T, "US.SD"),
    ("Nebraska", "US", A),
    ("Missouri River", "US", N),
    ("Omaha", "US", T, "US.NE"),
    ("Lincoln", "US", T, "US.NE"),
    ("North Dakota", "US", A),
    ("Iowa State University", "US", Q),
])

add("b", """Chiefs, Royals weigh Kansas stadium offer as Jackson County leaders scramble

By Molly Fairbanks, Staff Writer

KANSAS CITY, Mo. - Kansas' offer to pay for up to 70% of new stadiums for the Kansas City Chiefs and Kansas City Royals has reopened the border war, and leaders on the Missouri side said Tuesday they have weeks, not months, to answer it.

The offer, approved by lawmakers in Topeka last week, would let the teams use sales-tax bonds to build in Wyandotte County near the Legends shopping district in Kansas City, Kan., or in Johnson County, where Olathe and Lenexa have both pitched sites.

Jackson County voters in April rejected a three-eighths-cent sales tax that would have helped pay for a downtown ballpark in the East Crossroads and renovations at Arrowhead Stadium. Both teams' leases at the Truman Sports Complex expire in January 2031.

"We are not going to lose two franchises across State Line Road without a fight," said Missouri Sen. Carla Muñoz, D-Independence. Rep. Tom Brandvold, R-Lee's Summit, said he would support a special session in Jefferson City if the governor calls one.

Clay County officials, meanwhile, are pitching a site north of the Missouri River in North Kansas City, and developers in Kansas City's Northland have floated a stadium near Interstate 435.

Economists at the University of Missouri-Kansas City said neither state is likely to recover what it spends. "Moving a stadium from Jackson County to Johnson County creates almost no new economic activity for the metro," said economist Priya Nandakumar. "It just shifts where the tax receipts land."

Fans had mixed reactions. Chiefs season-ticket holder Darnell Hughes of Overland Park said he would welcome a shorter drive. But at a Royals watch party in Lawrence, Sara Ostrander, who grew up in Springfield and now lives in Columbia, said, "It would feel wrong. They're Missouri teams."

Missouri has already lost one NFL team: the Rams left St. Louis for Los Angeles in 2016. Fans in Wichita and St. Joseph make up a growing share of both teams' season-ticket base, according to team figures.""", [
    ("Kansas#1,2", "US", A),
    ("Jackson County", "US", A, "US.MO"),
    ("KANSAS CITY", "US", T, "US.MO"),
    ("Mo.", "US", A),
    ("Kansas City Chiefs", "-", N),
    ("Kansas City Royals", "-", N),
    ("Missouri", "US", A),
    ("Topeka", "US", T, "US.KS"),
    ("Wyandotte County", "US", A, "US.KS"),
    ("Kansas City#3", "US", T, "US.KS"),
    ("Kan.", "US", A),
    ("Johnson County", "US", A, "US.KS"),
    ("Olathe", "US", T, "US.KS"),
    ("Lenexa", "US", T, "US.KS"),
    ("East Crossroads", "US", N, "US.MO"),
    ("State Line Road", "US", Q),
    ("Independence", "US", T, "US.MO"),
    ("Lee's Summit", "US", T, "US.MO"),
    ("Jefferson City", "US", T, "US.MO"),
    ("Clay County", "US", A, "US.MO"),
    ("Missouri River", "US", N),
    ("North Kansas City", "US", T, "US.MO"),
    ("Kansas City#5", "US", T, "US.MO"),
    ("Northland", "US", N, "US.MO"),
    ("University of Missouri-Kansas City", "US", Q),
    ("Overland Park", "US", T, "US.KS"),
    ("Lawrence", "US", T, "US.KS"),
    ("Springfield", "US", T, "US.MO"),
    ("Columbia", "US", T, "US.MO"),
    ("St. Louis", "US", T, "US.MO"),
    ("Los Angeles", "US", T, "US.CA"),
    ("Wichita", "US", T, "US.KS"),
    ("St. Joseph", "US", T, "US.MO"),
])

# ---------------------------------------------------------------- c: Northeast, West, Alaska/Hawaii

add("c", """N.H. Senate backs $40 million plan to redevelop former Gorham paper mill

By Abigail Thurston, Associated Press

CONCORD, N.H. (AP) - The New Hampshire Senate voted 16-8 on Thursday to borrow $40 million to clean up and redevelop the former paper mill in Gorham, a project North Country lawmakers say could bring hundreds of jobs back to a region that has lost nearly all of its mills.

The 200-acre site sits on the Androscoggin River between Gorham and Berlin, where pulp and paper dominated the economy for more than a century. The last paper machine in Gorham shut down in 2020, and Berlin's population has fallen by nearly half since 1950.

"Every family in Berlin, Milan and Gorham has somebody who worked in those mills," said Sen. Carl Gagne, R-Whitefield, whose district covers all of Coos County. "This is our best shot in a generation."

A Massachusetts company, Granite Cell Recycling, wants to build a battery recycling plant on the site, powered in part by hydroelectric dams on the river. It has promised 350 jobs within five years.

Democrats from Manchester and Nashua questioned borrowing money for a single company. "We have schools in Concord that need roofs," said Sen. Diane Oquendo, D-Nashua.

Downstream in Maine, officials in Rumford and Lewiston, which also lost paper mills, are watching the project closely. The Androscoggin flows 178 miles from Umbagog Lake, on the state line, to Merrymeeting Bay near the coast.

Tourism around Mount Washington and the White Mountains now employs more people in Coos County than manufacturing does, drawing visitors from Boston, Portland, Maine, and Montreal. But those jobs pay less, said Rep. Yvonne Thibodeau, D-Berlin, whose father worked at the Gorham mill for 31 years.

House members from Lancaster, Littleton and Conway have signed on to a companion bill. The governor has said he supports the project as long as the company puts up its own money, and the Executive Council must approve any contract.

Quebec officials have also expressed interest: Hydro-Quebec's Northern Pass transmission line, rejected by New Hampshire regulators in 2019, would have run through the same corner of the Great North Woods.""", [
    ("N.H. Senate", "US", Q),
    ("Gorham", "US", T, "US.NH"),
    ("CONCORD", "US", T, "US.NH"),
    ("N.H.", "US", A),
    ("New Hampshire Senate", "US", Q),
    ("North Country", "US", N, "US.NH"),
    ("Androscoggin River", "US", N),
    ("Berlin", "US", T, "US.NH"),
    ("Milan", "US", T, "US.NH"),
    ("Whitefield", "US", T, "US.NH"),
    ("Coos County", "US", A, "US.NH"),
    ("Massachusetts", "US", A),
    ("Manchester", "US", T, "US.NH"),
    ("Nashua", "US", T, "US.NH"),
    ("Concord", "US", T, "US.NH"),
    ("Maine", "US", A),
    ("Rumford", "US", T, "US.ME"),
    ("Lewiston", "US", T, "US.ME"),
    ("Androscoggin", "US", N),
    ("Umbagog Lake", "US", N),
    ("Merrymeeting Bay", "US", N, "US.ME"),
    ("Mount Washington", "US", N, "US.NH"),
    ("White Mountains", "US", N, "US.NH"),
    ("Boston", "US", T, "US.MA"),
    ("Portland", "US", T, "US.ME"),
    ("Montreal", "CA", T, (45.50, -73.57)),
    ("Lancaster", "US", T, "US.NH"),
    ("Littleton", "US", T, "US.NH"),
    ("Conway", "US", T, "US.NH"),
    ("Quebec", "CA", A),
    ("Hydro-Quebec", "-", N),
    ("New Hampshire", "US", A),
    ("Great North Woods", "US", N, "US.NH"),
])

add("c", """Budget deal sends $500 million to upstate water systems, $220 million to roads around Micron site

By Samuel Okafor, Associated Press

ALBANY, N.Y. (AP) - New York legislative leaders and the governor reached a budget deal late Monday that includes $500 million for aging water systems in upstate cities and $220 million for roads and sewers around Micron Technology's planned chip plant in the town of Clay, north of Syracuse.

The agreement came 12 days after the April 1 deadline. Lawmakers from New York City agreed to the upstate money after their colleagues from Buffalo, Rochester and the Hudson Valley backed more state aid for the city's subways and buses.

"A water main break in Utica is just as much an emergency as a signal failure in Queens," said Sen. Rachel Mendes, D-Brooklyn, who chairs the Senate finance committee.

Cities in line for water money include Rome, Binghamton, Syracuse and Plattsburgh, where a main break on the shore of Lake Champlain left 6,000 people without water for three days in February. Troy, Schenectady and Saratoga Springs would share $45 million for lead pipe replacement.

Assemblyman Troy Becker, R-Watertown, called the water money "long overdue" but said the plan does too little for the North Country. "People in St. Lawrence and Jefferson counties have been boiling water for months," he said.

Long Island officials won $80 million for sewers in Nassau and Suffolk counties, aimed at cutting nitrogen pollution in Great South Bay. The budget also sets aside $60 million to protect drinking water along the Hudson River and in the Adirondacks.

Micron, based in Boise, Idaho, has said its Onondaga County plant could eventually employ 9,000 people. The company delayed the start of construction last year, citing permits and market conditions.

The deal also includes the final $50 million installment for the Buffalo Bills' new stadium in Orchard Park, which is set to open in 2026, and a tax credit for film production in Westchester County and the Bronx.

Lawmakers were expected to pass the remaining budget bills by Thursday.""", [
    ("ALBANY", "US", T, "US.NY"),
    ("N.Y.", "US", A),
    ("New York", "US", A),
    ("Clay", "US", T, "US.NY"),
    ("Syracuse", "US", T, "US.NY"),
    ("New York City", "US", T, "US.NY"),
    ("Buffalo", "US", T, "US.NY"),
    ("Rochester", "US", T, "US.NY"),
    ("Hudson Valley", "US", N),
    ("Utica", "US", T, "US.NY"),
    ("Queens", "US", N, "US.NY"),
    ("Brooklyn", "US", N, "US.NY"),
    ("Rome", "US", T, "US.NY"),
    ("Binghamton", "US", T, "US.NY"),
    ("Plattsburgh", "US", T, "US.NY"),
    ("Lake Champlain", "*", N),
    ("Troy#1", "US", T, "US.NY"),
    ("Troy#2", "-", N),
    ("Schenectady", "US", T, "US.NY"),
    ("Saratoga Springs", "US", T, "US.NY"),
    ("Watertown", "US", T, "US.NY"),
    ("North Country", "US", N, "US.NY"),
    ("St. Lawrence", "US", A, "US.NY"),
    ("Jefferson", "US", A, "US.NY"),
    ("Long Island", "US", N, "US.NY"),
    ("Nassau", "US", A, "US.NY"),
    ("Suffolk", "US", A, "US.NY"),
    ("Great South Bay", "US", N),
    ("Hudson River", "US", N),
    ("Adirondacks", "US", N),
    ("Boise", "US", T, "US.ID"),
    ("Idaho", "US", A),
    ("Onondaga County", "US", A, "US.NY"),
    ("Buffalo Bills", "-", N),
    ("Orchard Park", "US", T, "US.NY"),
    ("Westchester County", "US", A, "US.NY"),
    ("Bronx", "US", N, "US.NY"),
])

add("c", """Bucks County jury convicts Philadelphia man in $4 million cargo theft ring

By Kevin Marchetti, Staff Writer

DOYLESTOWN, Pa. - A Bucks County jury on Friday convicted a Philadelphia man of leading a crew that stole more than $4 million in laptops, sneakers and prescription drugs from tractor-trailers parked at truck stops in Bensalem and Carlisle and along Interstate 78 in the Lehigh Valley.

Luis "Junior" Carrasco, 41, of the city's Port Richmond section, was found guilty of corrupt organizations, theft and receiving stolen property after a two-week trial.

Prosecutors said Carrasco's crew used rented box trucks to move stolen loads across the Tacony-Palmyra Bridge to storage units in Pennsauken and Cherry Hill in New Jersey, and to a warehouse in Kensington, then sold the goods through online storefronts.

"They treated the Pennsylvania Turnpike like a shopping mall," Assistant District Attorney Maura Keane told jurors in her closing argument.

Investigators from the Pennsylvania State Police, the Camden County Prosecutor's Office and the FBI's Philadelphia field office spent 14 months tracking the crew. Loads disappeared from lots in Allentown, Bethlehem and Easton, from a truck stop outside Harrisburg and from a distribution center near Lancaster, according to testimony.

One trailer of laptops, stolen from a warehouse in King of Prussia in Montgomery County, turned up weeks later in a rented garage in Levittown. Another, taken in Lebanon County, was found abandoned on a Delaware River boat ramp in Trenton, N.J.

A co-defendant from Camden pleaded guilty last month in federal court in Newark and testified against Carrasco. Two other men from Fishtown and Norristown are awaiting trial.

Defense attorney Gabriel Ruiz said Carrasco was "a man who rented out trucks, not a mastermind," and that he would appeal.

Cargo theft in Pennsylvania and New Jersey has more than doubled since 2021, according to the industry group CargoNet, with thieves often targeting truck stops along Interstate 81 and Interstate 95.

Carrasco faces up to 40 years in prison. Sentencing is scheduled for June before Judge Helen Abrams in Doylestown.""", [
    ("Bucks County", "US", A, "US.PA"),
    ("Philadelphia", "US", T, "US.PA"),
    ("DOYLESTOWN", "US", T, "US.PA"),
    ("Pa.", "US", A),
    ("Bensalem", "US", T, "US.PA"),
    ("Carlisle", "US", T, "US.PA"),
    ("Lehigh Valley", "US", N),
    ("Port Richmond", "US", N, "US.PA"),
    ("Tacony-Palmyra Bridge", "US", Q),
    ("Pennsauken", "US", T, "US.NJ"),
    ("Cherry Hill", "US", T, "US.NJ"),
    ("New Jersey", "US", A),
    ("Kensington", "US", N, "US.PA"),
    ("Pennsylvania Turnpike", "US", Q),
    ("Pennsylvania State Police", "US", Q),
    ("Camden County Prosecutor's Office", "US", Q),
    ("Allentown", "US", T, "US.PA"),
    ("Bethlehem", "US", T, "US.PA"),
    ("Easton", "US", T, "US.PA"),
    ("Harrisburg", "US", T, "US.PA"),
    ("Lancaster", "US", T, "US.PA"),
    ("King of Prussia", "US", T, "US.PA"),
    ("Montgomery County", "US", A, "US.PA"),
    ("Levittown", "US", T, "US.PA"),
    ("Lebanon County", "US", A, "US.PA"),
    ("Delaware River", "US", N),
    ("Trenton", "US", T, "US.NJ"),
    ("N.J.", "US", A),
    ("Camden", "US", T, "US.NJ"),
    ("Newark", "US", T, "US.NJ"),
    ("Fishtown", "US", N, "US.PA"),
    ("Norristown", "US", T, "US.PA"),
    ("Pennsylvania", "US", A),
    ("Doylestown", "US", T, "US.PA"),
])

add("c", """Flash floods kill 2 in southern West Virginia; governor asks Washington for disaster aid

By Luke Ashby, Associated Press

CHARLESTON, W.Va. (AP) - Flash flooding killed two people and destroyed or damaged more than 200 homes in southern West Virginia after up to 6 inches of rain fell overnight, officials said Friday.

A 71-year-old man drowned when his pickup was swept off a road near Rainelle in Greenbrier County, and a 58-year-old woman died in Richwood in Nicholas County, where the Cherry River rose nearly 10 feet in four hours, according to the state Emergency Management Division.

In White Sulphur Springs, which was devastated by the June 2016 floods, Howard Creek again poured through downtown. The Greenbrier River was expected to crest Saturday at Alderson and Hinton, threatening low-lying camps along its banks.

The governor, speaking at a shelter in Lewisburg, said he had asked Washington for a major disaster declaration covering Greenbrier, Nicholas, Webster and Kanawha counties. "Some of these families are flooding for the second time in a decade," he said.

In Kanawha County, the Elk River spilled into low-lying streets in Clendenin, which was swamped in 2016. Virginia Hollister, 68, who lives along the Elk a block from the town's main street, said she had just finished paying off repairs from the last flood. "I can't do this again," she said.

Del. Tom Kessel, R-Nicholas, said roads into Webster Springs and parts of Summersville were cut off, and National Guard helicopters dropped water and food to families near Craigsville.

Across the state line in Covington, Va., the Jackson River flooded a paper mill parking lot, and the Virginia Department of Transportation closed Interstate 64 between Covington and White Sulphur Springs for most of Friday.

Appalachian Power reported 31,000 customers without electricity, most of them in Greenbrier and Fayette counties. Line crews from Hagerstown, Md., and Columbus, Ohio, were on their way to help, the utility said.

Forecasters expect dry weather through Monday, but said the ground remains saturated and more storms could bring new flooding to the New River and Gauley River basins, where rafting companies near Fayetteville have canceled trips through the weekend.""", [
    ("West Virginia", "US", A),
    ("Washington", "US", T, "US.DC"),
    ("CHARLESTON", "US", T, "US.WV"),
    ("W.Va.", "US", A),
    ("Rainelle", "US", T, "US.WV"),
    ("Greenbrier County", "US", A, "US.WV"),
    ("Richwood", "US", T, "US.WV"),
    ("Nicholas County", "US", A, "US.WV"),
    ("Cherry River", "US", N, "US.WV"),
    ("White Sulphur Springs", "US", T, "US.WV"),
    ("Howard Creek", "US", N, "US.WV"),
    ("Greenbrier River", "US", N, "US.WV"),
    ("Alderson", "US", T, "US.WV"),
    ("Hinton", "US", T, "US.WV"),
    ("Lewisburg", "US", T, "US.WV"),
    ("Greenbrier", "US", A, "US.WV"),
    ("Nicholas", "US", A, "US.WV"),
    ("Webster", "US", A, "US.WV"),
    ("Kanawha", "US", A, "US.WV"),
    ("Kanawha County", "US", A, "US.WV"),
    ("Elk River", "US", N, "US.WV"),
    ("Clendenin", "US", T, "US.WV"),
    ("Virginia#3", "-", N),
    ("Elk", "US", N, "US.WV"),
    ("Webster Springs", "US", T, "US.WV"),
    ("Summersville", "US", T, "US.WV"),
    ("Craigsville", "US", T, "US.WV"),
    ("Covington", "US", T, "US.VA"),
    ("Va.", "US", A),
    ("Jackson River", "US", N, "US.VA"),
    ("Virginia Department of Transportation", "US", Q),
    ("Appalachian Power", "-", N),
    ("Fayette", "US", A, "US.WV"),
    ("Hagerstown", "US", T, "US.MD"),
    ("Md.", "US", A),
    ("Columbus", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("New River", "US", N, "US.WV"),
    ("Gauley River", "US", N, "US.WV"),
    ("Fayetteville", "US", T, "US.WV"),
])

add("c", """Colorado, Utah leaders split over Colorado River cuts as Lake Powell nears record low

By Priya Raman, The Denver Post

DENVER - Colorado's top water negotiator told state lawmakers Wednesday that Colorado will not accept mandatory cuts to its share of the Colorado River unless Arizona, California and Nevada agree to deeper reductions of their own.

The warning came as federal forecasters said Lake Powell, the reservoir behind Glen Canyon Dam near Page, Ariz., could drop below the level needed to generate hydropower by next spring. Runoff into the reservoir is forecast at 52% of average after a dry winter across the Rocky Mountains.

"Our farmers on the Western Slope have already taken cuts that no one in Phoenix or Los Angeles has had to take," said Rep. Tyler Beck, R-Grand Junction. Orchards around Palisade and hay fields near Delta and Montrose rely on water from the Colorado and the Gunnison River.

Front Range cities also have a stake. Aurora, Colorado Springs and Fort Collins pipe water from the river's headwaters through tunnels under the Continental Divide, and Denver Water serves 1.5 million people in Denver and its suburbs.

Sen. Marisa Vigil, D-Glenwood Springs, said the four upper basin states, Colorado, Utah, Wyoming and New Mexico, should offer a voluntary conservation program rather than wait for Washington to impose cuts.

Utah officials, meeting the same day in Salt Lake City, took a harder line. They said the state still intends to build the Lake Powell Pipeline to serve St. George and Washington County, one of the fastest-growing areas in the country, and warned that shrinking the upper basin's share would threaten farms along the Green River, which flows past the town of Green River, Utah, before joining the Colorado in Canyonlands National Park.

The Southern Nevada Water Authority in Las Vegas said in a statement that Nevada had already cut its use by a fifth and would not "carry more than its share." Negotiators for the seven states and Mexico are scheduled to meet again in Denver next month.

The Imperial Irrigation District, the river's largest single user, said Southern California farmers were willing to fallow more land if the federal government paid for it.""", [
    ("Colorado#1,3,4,8", "US", A),
    ("Colorado River", "US|MX", N),
    ("Utah", "US", A),
    ("Lake Powell", "US", N),
    ("The Denver Post", "-", N),
    ("DENVER", "US", T, "US.CO"),
    ("Arizona", "US", A),
    ("California", "US", A),
    ("Nevada", "US", A),
    ("Glen Canyon Dam", "US", N),
    ("Page", "US", T, "US.AZ"),
    ("Ariz.", "US", A),
    ("Rocky Mountains", "US|CA", N),
    ("Western Slope", "US", N, "US.CO"),
    ("Phoenix", "US", T, "US.AZ"),
    ("Los Angeles", "US", T, "US.CA"),
    ("Grand Junction", "US", T, "US.CO"),
    ("Palisade", "US", T, "US.CO"),
    ("Delta", "US", T, "US.CO"),
    ("Montrose", "US", T, "US.CO"),
    ("Colorado#6,9", "US|MX", N),
    ("Gunnison River", "US", N, "US.CO"),
    ("Front Range", "US", N, "US.CO"),
    ("Aurora", "US", T, "US.CO"),
    ("Colorado Springs", "US", T, "US.CO"),
    ("Fort Collins", "US", T, "US.CO"),
    ("Continental Divide", "*", N),
    ("Denver Water", "US", Q),
    ("Denver", "US", T, "US.CO"),
    ("Glenwood Springs", "US", T, "US.CO"),
    ("Wyoming", "US", A),
    ("New Mexico", "US", A),
    ("Washington#1", "US", T, "US.DC"),
    ("Salt Lake City", "US", T, "US.UT"),
    ("Lake Powell Pipeline", "US", Q),
    ("St. George", "US", T, "US.UT"),
    ("Washington County", "US", A, "US.UT"),
    ("Green River#1", "US", N, "US.UT"),
    ("Green River#2", "US", T, "US.UT"),
    ("Canyonlands National Park", "US", N),
    ("Southern Nevada Water Authority", "US", Q),
    ("Las Vegas", "US", T, "US.NV"),
    ("Mexico", "MX", C),
    ("Imperial Irrigation District", "US", Q),
    ("Southern California", "US", N),
])

add("c", """Pullman robotics maker picks Moscow for $90 million plant, 8 miles across the state line

By Jenna Whitaker, Staff Writer

MOSCOW, Idaho - A Pullman, Wash., maker of agricultural robots will build a $90 million manufacturing plant on the east side of Moscow, company and city officials announced Tuesday, bringing about 350 jobs to the Palouse.

Palouse Robotics, founded in 2016 by two Washington State University engineering graduates, builds self-driving machines that weed and spray lentil, pea and wheat fields. It employs 140 people at its Pullman headquarters, which will stay in Washington.

"We looked at sites in Spokane and Boise, but our people live here," said chief executive Maren Lindahl. "Half of our engineers already commute between Moscow and Pullman."

Idaho offered $8 million in tax credits, and the Latah County commission agreed to extend sewer lines to the 60-acre site off State Highway 8. Washington officials in Olympia had offered $6 million to keep the expansion in Whitman County, Lindahl said.

The University of Idaho, also in Moscow, will run a training program for technicians at the plant, and the company expects to hire workers from Troy, Potlatch and Genesee, as well as from Lewiston and Clarkston, about 30 miles south on U.S. 95.

Palouse Robotics sells machines to growers across eastern Washington, northern Idaho and Montana and in the Canadian province of Alberta. Chief operating officer Sam Okoye said the company plans to ship finished robots by truck to Spokane and by barge from the Port of Lewiston, where the Clearwater River meets the Snake, down the Snake and Columbia rivers to Portland, Ore., for export.

Moscow Mayor Carla Dunn said the plant would be the largest private investment in the city's history. "For a long time the only big employers here were the two universities," she said.

Not everyone is cheering. Farmers near Colfax, the Whitman County seat, worry the robots will eventually replace seasonal workers, and Moscow residents have raised concerns about traffic on Highway 8 and about housing, which is already tight.

Construction is expected to start in the spring, with the first robots leaving the plant in 2027. The company is also weighing a service center in Missoula, Mont.""", [
    ("Pullman", "US", T, "US.WA"),
    ("Moscow", "US", T, "US.ID"),
    ("MOSCOW", "US", T, "US.ID"),
    ("Idaho", "US", A),
    ("Wash.", "US", A),
    ("Palouse", "US", N),
    ("Palouse Robotics", "-", N),
    ("Washington State University", "US", Q),
    ("Washington", "US", A),
    ("Spokane", "US", T, "US.WA"),
    ("Boise", "US", T, "US.ID"),
    ("Latah County", "US", A, "US.ID"),
    ("Olympia", "US", T, "US.WA"),
    ("Whitman County", "US", A, "US.WA"),
    ("University of Idaho", "US", Q),
    ("Troy", "US", T, "US.ID"),
    ("Potlatch", "US", T, "US.ID"),
    ("Genesee", "US", T, "US.ID"),
    ("Lewiston", "US", T, "US.ID"),
    ("Clarkston", "US", T, "US.WA"),
    ("U.S.", "US", Q),
    ("Montana", "US", A),
    ("Canadian", "CA", Q),
    ("Alberta", "CA", A),
    ("Port of Lewiston", "US", Q),
    ("Clearwater River", "US", N, "US.ID"),
    ("Snake", "US", N, "US.WA"),
    ("Columbia", "US|CA", N),
    ("Portland", "US", T, "US.OR"),
    ("Ore.", "US", A),
    ("Colfax", "US", T, "US.WA"),
    ("Missoula", "US", T, "US.MT"),
    ("Mont.", "US", A),
])

add("c", """Atmospheric river shuts I-80 over Donner Pass, floods Sacramento Valley towns

By Miguel Santos, Associated Press

SACRAMENTO, Calif. (AP) - A powerful atmospheric river dumped up to 5 feet of snow on the Sierra Nevada and more than 8 inches of rain in the foothills on Tuesday, closing Interstate 80 over Donner Pass and forcing evacuations along swollen rivers north of Sacramento.

The California Highway Patrol closed I-80 from Colfax to the Nevada state line after dozens of big rigs spun out near Truckee, which recorded 31 inches of snow in 24 hours. U.S. 50 was also closed over Echo Summit, cutting off South Lake Tahoe from the west.

In Nevada County, a falling oak killed a 64-year-old man outside his home in Grass Valley, and the sheriff's office ordered evacuations along Deer Creek below Nevada City. In neighboring Placer County, a mudslide blocked Interstate 80 near Auburn for several hours.

The Feather River was running at its highest level since 2019 as the state Department of Water Resources increased releases from Lake Oroville to make room for more inflow. Officials in Butte County said they did not expect the main spillway at Oroville Dam to be at risk, but urged residents of low-lying neighborhoods in Oroville, Yuba City and Marysville to be ready to leave.

"We're watching the levees on the Feather and the Yuba very closely," said Sutter County Sheriff Ellen Park. Shelters opened in Chico and at the fairgrounds in Yuba City.

In Sacramento, the American River rose to within 4 feet of flood stage along the American River Parkway, and officials warned homeless residents camped along its banks to move to higher ground. Folsom Lake, which was less than half full in December, rose 11 feet in three days.

Across the state line, Reno declared a state of emergency as the Truckee River overflowed in downtown parks and threatened businesses in neighboring Sparks. Washoe County schools and state offices in Carson City were closed.

The storm also brought flooding and high winds to the Bay Area. San Francisco recorded its wettest day since 2021, and a wind gust of 92 mph was measured on Mount Tamalpais north of the Golden Gate.

Forecasters said a weaker storm would reach Northern California on Friday, with snow levels dropping to 4,000 feet.""", [
    ("I-80", "US", Q),
    ("Donner Pass", "US", N),
    ("Sacramento Valley", "US", N),
    ("SACRAMENTO", "US", T, "US.CA"),
    ("Calif.", "US", A),
    ("Sierra Nevada", "US", N),
    ("Sacramento", "US", T, "US.CA"),
    ("California Highway Patrol", "US", Q),
    ("Colfax", "US", T, "US.CA"),
    ("Nevada#2", "US", A),
    ("Truckee", "US", T, "US.CA"),
    ("U.S.", "US", Q),
    ("Echo Summit", "US", N),
    ("South Lake Tahoe", "US", T, "US.CA"),
    ("Nevada County", "US", A, "US.CA"),
    ("Grass Valley", "US", T, "US.CA"),
    ("Deer Creek", "US", N, "US.CA"),
    ("Nevada City", "US", T, "US.CA"),
    ("Placer County", "US", A, "US.CA"),
    ("Auburn", "US", T, "US.CA"),
    ("Feather River", "US", N, "US.CA"),
    ("Lake Oroville", "US", N),
    ("Butte County", "US", A, "US.CA"),
    ("Oroville Dam", "US", N),
    ("Oroville", "US", T, "US.CA"),
    ("Yuba City", "US", T, "US.CA"),
    ("Marysville", "US", T, "US.CA"),
    ("Feather", "US", N, "US.CA"),
    ("Yuba", "US", N, "US.CA"),
    ("Sutter County", "US", A, "US.CA"),
    ("Chico", "US", T, "US.CA"),
    ("American River", "US", N, "US.CA"),
    ("American River Parkway", "US", Q),
    ("Folsom Lake", "US", N),
    ("Reno", "US", T, "US.NV"),
    ("Truckee River", "US", N, "US.NV"),
    ("Sparks", "US", T, "US.NV"),
    ("Washoe County", "US", A, "US.NV"),
    ("Carson City", "US", T, "US.NV"),
    ("Bay Area", "US", N),
    ("San Francisco", "US", T, "US.CA"),
    ("Mount Tamalpais", "US", N),
    ("Golden Gate", "US", N),
    ("Northern California", "US", N),
])

add("c", """Alaska Airlines to fly Anchorage-Honolulu nonstop year-round as Hawaiian merger reshapes routes

By Nora Ipsen, Anchorage Daily News

ANCHORAGE, Alaska - Alaska Airlines will fly nonstop between Anchorage and Honolulu year-round starting in May, and will add seasonal flights from Anchorage to Kahului on Maui and Kona on the Big Island, the Seattle-based carrier said Wednesday.

The announcement is the first major route change affecting Alaska since the airline completed its purchase of Hawaiian Airlines last year. Until now, Hawaiian flew the Honolulu route only in winter, and Alaska Airlines travelers to the islands usually connected in Seattle or Portland, Ore.

"Alaskans have been telling us for years that they want to get to Hawaii without a stop in the Lower 48," said Kent Aldous, the airline's vice president for network planning.

Thousands of Alaska residents spend part of the winter in Hawaii, and the islands draw more visitors from Alaska per capita than from any other state, according to the Hawaii Tourism Authority. The new Kahului and Kona flights will run from December through April.

The airline also said it would add a second daily flight between Fairbanks and Anchorage in winter and keep jet service to Juneau, Ketchikan, Kodiak and Bethel, where some residents had worried the merger would lead to cuts. "Rural Alaska is not going to lose service because of this deal," Aldous said.

Lawmakers in Juneau have pressed the airline on fares to hub communities such as Nome, Kotzebue and Dillingham, where a round trip to Anchorage can cost more than a ticket to Honolulu.

Travel agents in Wasilla and Palmer, in the Matanuska-Susitna Borough, and on the Kenai Peninsula said bookings spiked within hours of the announcement. "My phone has not stopped ringing," said Joy Kahale, who runs a travel agency in Soldotna and was born on Oahu.

On Maui, where tourism has not fully recovered from the 2023 wildfire that destroyed Lahaina, officials welcomed the new Alaska flights. Hawaii's governor has encouraged airlines to add service to Kahului and Lihue on Kauai. Flights to Hilo were not part of the announcement.

Tickets go on sale Friday. Flights will arrive at Ted Stevens Anchorage International Airport in the early morning, allowing connections to rural communities.""", [
    ("Alaska Airlines", "-", N),
    ("Anchorage", "US", T, "US.AK"),
    ("Honolulu", "US", T, "US.HI"),
    ("Hawaiian", "-", N),
    ("Anchorage Daily News", "-", N),
    ("ANCHORAGE", "US", T, "US.AK"),
    ("Alaska#2,4,6,7,8", "US", A),
    ("Alaska#9", "-", N),
    ("Kahului", "US", T, "US.HI"),
    ("Maui", "US", N),
    ("Kona", "US", N, (19.70, -156.0)),
    ("Big Island", "US", N, "US.HI"),
    ("Seattle", "US", T, "US.WA"),
    ("Hawaiian Airlines", "-", N),
    ("Portland", "US", T, "US.OR"),
    ("Ore.", "US", A),
    ("Alaskans", "US", Q),
    ("Hawaii", "US", A),
    ("Lower 48", "US", Q),
    ("Hawaii Tourism Authority", "US", Q),
    ("Fairbanks", "US", T, "US.AK"),
    ("Juneau", "US", T, "US.AK"),
    ("Ketchikan", "US", T, "US.AK"),
    ("Kodiak", "US", T, "US.AK"),
    ("Bethel", "US", T, "US.AK"),
    ("Nome", "US", T, "US.AK"),
    ("Kotzebue", "US", T, "US.AK"),
    ("Dillingham", "US", T, "US.AK"),
    ("Wasilla", "US", T, "US.AK"),
    ("Palmer", "US", T, "US.AK"),
    ("Matanuska-Susitna Borough", "US", A, "US.AK"),
    ("Kenai Peninsula", "US", N, "US.AK"),
    ("Soldotna", "US", T, "US.AK"),
    ("Oahu", "US", N),
    ("Lahaina", "US", T, "US.HI"),
    ("Lihue", "US", T, "US.HI"),
    ("Kauai", "US", N),
    ("Hilo", "US", T, "US.HI"),
    ("Ted Stevens Anchorage International Airport", "US", Q),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
