"""Full-length news articles for geomap evaluation (hunt5, 'articles'): 250-600 words each, with
headline, dateline, quotes, bylines, organisations and people named like places, so that the
document's context (which country the story is about) matters for choosing between namesakes.

CASES and GENRES as ../article_runner.py describes them (RAW holds (genre, text, expected)).
GENRES: parallel list of genre letters: a = local/regional news (US, UK, Canada, Australia,
India, South Africa, Nigeria, Kenya, Philippines), b = international conflict, disaster, health,
politics, c = business, sport, science, culture.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []

def add(g, text, exp):
    RAW.append((g, text, exp))

# ======================= (a) local / regional =======================

add("a", """Hailstorm shreds roofs across Lamar County; Paris schools closed

PARIS, Texas (AP) — A line of severe thunderstorms dropped hail the size of baseballs on Paris late Tuesday, shattering windshields, peeling roofs off two churches and knocking out power to more than 9,000 customers across Lamar County, officials said Wednesday.

The National Weather Service office in Fort Worth confirmed that a brief EF-1 tornado touched down near Reno, a town of about 3,000 people just west of Paris, where it flattened a metal barn and tossed a horse trailer onto a farm road. No deaths were reported. Three people were treated at Paris Regional Health for cuts from broken glass.

"It sounded like somebody was dumping gravel on the house for twenty minutes straight," said Jordan Whitaker, 41, who manages a feed store on Clarksville Street. "My truck looks like a golf ball."

Paris Independent School District cancelled classes Wednesday after the roof of the district's administration building partially collapsed. Superintendent Paul Jones said the high school gym was being used as a shelter, and the Red Cross had sent volunteers from Sulphur Springs and Texarkana.

The storms crossed the Red River from Oklahoma, where emergency managers in Choctaw County reported downed trees in Hugo and along U.S. Highway 271. Farther east, in Clarksville, the Red River County seat, crews worked through the night to clear power lines from the courthouse square.

Lamar County Judge Brandon Bell said he had asked Gov. Greg Abbott to include the county in a state disaster declaration that already covers parts of North Texas hit by flooding last week. Insurance adjusters were expected to arrive from Dallas by Thursday.

Farmers were still assessing damage to wheat fields between Paris and Detroit, a community of about 700 in neighboring Red River County, where the hail was heaviest. "This was a month from harvest," said Dallas Morgan, who grows wheat and soybeans near Blossom. "You can't insure your way out of that."

The city's Eiffel Tower replica, topped by a giant red cowboy hat, was undamaged, city manager Grayson Path said.

The weather service warned that another round of storms could reach northeast Texas and southeastern Oklahoma on Friday.""",
    [("PARIS","US",N,"US.TX"),("Texas","US",A),("Paris","US",N,"US.TX"),("Lamar County","US",A,"US.TX"),("Fort Worth","US",N,"US.TX"),
     ("Reno","US",N,"US.TX"),("Paris Regional Health","US",Q),("Jordan","-",Q),("Clarksville Street","US",Q),("Paris Independent School District","US",Q),
     ("Sulphur Springs","US",N,"US.TX"),("Texarkana","US",N),("Red River","*",N),("Oklahoma","US",A),("Choctaw County","US",A,"US.OK"),("Hugo","US",N,"US.OK"),
     ("U.S. Highway 271","US",Q),("Clarksville","US",N,"US.TX"),("Red River County","US",A,"US.TX"),("North Texas","US",Q),("Dallas#1","US",N,"US.TX"),
     ("Detroit","US",N,"US.TX"),("Dallas#2","-",Q),("Blossom","US",N,"US.TX"),("Eiffel Tower","US",Q),("Grayson","-",Q)])

add("a", """London council approves bus rapid transit extension despite cost fears

LONDON, Ont. — London city council has approved a $210-million extension of the city's bus rapid transit network to the east end, ending a two-year fight that pitted downtown businesses against suburban councillors who said the money would be better spent on roads.

The 10-5 vote late Tuesday clears the way for construction along Dundas Street from Highbury Avenue to the Fanshawe College campus, with buses expected to run by 2028. The province has committed $84 million and Ottawa another $70 million under the federal public transit fund.

"For once we are building something before the population shows up, rather than ten years after," said Coun. Victoria Ashworth, who chairs the civic works committee. London's population passed 440,000 last year, and the city expects to add another 100,000 people by 2040, many of them moving from the Greater Toronto Area in search of cheaper housing.

Opponents argued the plan ignores commuters from outside the city. Every weekday, thousands of workers drive in from St. Thomas, Strathroy and Ilderton, and from as far as Woodstock and Stratford, to jobs at the hospitals and at Western University. Middlesex County Warden Cathy Burghardt-Jesson said the county had asked for park-and-ride lots at the city's edges but had been "politely ignored."

Mayor Josh Morgan, who voted in favour, said the next phase would look at regional links, including a long-discussed rail service to Kitchener and a better connection to the VIA Rail line to Windsor and Sarnia.

The Thames River, which splits the downtown, posed a problem for engineers: the King Street bridge will need reinforcement before articulated buses can cross it. Staff said the work would add six months.

Business owners along Dundas were split. "We lost a third of our customers during the first phase of construction," said Chad Okafor, who runs a shawarma restaurant near Adelaide Street. "But the students come now. Without the buses, I'd have closed."

Critics in the council chamber pointed to Hamilton, where a light rail project has run years behind schedule, and to Ottawa's troubled Confederation Line.

Construction tenders will be issued in the spring, the city said. Residents of Ontario's 11th-largest city have been invited to a public meeting at the RBC Place London convention centre on Feb. 12.""",
    [("LONDON","CA",N,(42.98,-81.25)),("Ont.","CA",A),("London","CA",N,(42.98,-81.25)),("Dundas","CA",Q),("Highbury Avenue","CA",Q),("Fanshawe College","CA",Q),
     ("Ottawa","CA",N),("Victoria","-",Q),("Greater Toronto Area","CA",N),("St. Thomas","CA",N,(42.78,-81.19)),("Strathroy","CA",N),("Ilderton","CA",N),
     ("Woodstock","CA",N,(43.13,-80.75)),("Stratford","CA",N,(43.37,-80.98)),("Western University","CA",Q),("Middlesex County","CA",N),("Kitchener","CA",N),
     ("Windsor","CA",N,(42.30,-83.02)),("Sarnia","CA",N),("Thames River","CA",N),("King Street","CA",Q),("Chad","-",Q),("Adelaide Street","CA",Q),
     ("Hamilton","CA",N,(43.26,-79.87)),("Ontario","CA",A),("RBC Place London","CA",Q)])

add("a", """Perth hills residents told it is too late to leave as bushfire jumps containment lines

By Georgia Hill

Residents in Perth's south-eastern suburbs have been told it is too late to leave as a bushfire burning near Armadale jumped containment lines on Thursday afternoon, on the city's sixth consecutive day above 40 degrees.

The Department of Fire and Emergency Services (DFES) issued an emergency warning for parts of Bedfordale, Roleystone and Karragullen, where the blaze had burnt through more than 1,200 hectares of bushland and destroyed at least four homes.

"Conditions are extremely dangerous," DFES incident controller Darren Cook said. "If you are in Roleystone and you have not left, shelter in a solid building."

An evacuation centre has been opened at the Armadale Arena, and residents have also been directed to Cannington. Albany Highway was closed between Kelmscott and Bedfordale, cutting the main road south to Albany.

Perth recorded 44.2C at its airport, the hottest February day since records began in 1897. The heat pushed electricity demand to a record on the South West Interconnected System, which supplies Perth, Mandurah, Bunbury and Kalgoorlie. Synergy said there had been no load-shedding, but asked households to limit air conditioning between 5pm and 8pm.

Premier Roger Cook said firefighting aircraft had been brought in from Victoria and New South Wales, and that a large air tanker based at Busselton had made repeated drops over the Canning River catchment.

The fire comes a week after a separate blaze near Wundowie and Gidgegannup in the Perth Hills destroyed 12 homes. In the state's South West, a fire near Collie is being controlled.

At Rockingham and Fremantle, beaches were packed into the evening. Lifesavers at Scarborough said they had pulled 20 people from rips since the weekend.

"It's the kind of summer I grew up with in Kalgoorlie, not on the coast," said retired teacher Victoria Chan, 71, who was sheltering with her dog at the Cannington centre.

The Bureau of Meteorology expects a cool change to reach the metropolitan area on Saturday, with a top of 31C. The Perth Scorchers moved Friday's training session indoors.""",
    [("Georgia","-",Q),("Perth","AU",N,(-31.95,115.86)),("Armadale","AU",N,(-32.15,116.01)),("Bedfordale","AU",N),("Roleystone","AU",N),("Karragullen","AU",N),
     ("Armadale Arena","AU",Q),("Cannington","AU",N),("Albany Highway","AU",Q),("Kelmscott","AU",N),("Albany","AU",N,(-35.02,117.88)),
     ("South West Interconnected System","AU",Q),("Mandurah","AU",N),("Bunbury","AU",N),("Kalgoorlie","AU",N),("Victoria#1","AU",A),("New South Wales","AU",A),
     ("Busselton","AU",N),("Canning River","AU",N),("Wundowie","AU",N),("Gidgegannup","AU",N),("Perth Hills","AU",N),("South West","AU",Q),("Collie","AU",N,(-33.36,116.15)),
     ("Rockingham","AU",N,(-32.28,115.73)),("Fremantle","AU",N),("Scarborough","AU",N,(-31.89,115.76)),("Victoria#2","-",Q),("Perth Scorchers","AU",Q)])

add("a", """Flood barriers go up in Perth as River Tay nears record levels

By Kirsty Ramsay, BBC Scotland

Flood barriers have been put up along the River Tay in Perth as the Scottish Environment Protection Agency (Sepa) warned river levels could peak higher than during Storm Babet two years ago.

Sepa has issued 14 flood warnings across Tayside, including for the North Inch and South Inch areas of Perth, Scone, and the A93 at Bridge of Isla. Persistent rain over the Highlands has pushed the Tay, Scotland's longest river, close to the top of its banks at Aberfeldy and Dunkeld.

Perth and Kinross Council said sandbags were available at depots in Perth, Blairgowrie, Crieff and Pitlochry, and that a rest centre had been opened at Bell's Sports Centre.

Mark Fleming, who owns a cafe on Tay Street, said he had moved his stock upstairs. "We've done this so often the regulars help carry the fridges," he said.

Network Rail closed the Highland Main Line between Perth and Inverness after water was found lapping at the track near Dunkeld and Birnam. ScotRail said replacement buses would run from the station, but warned of long delays. The A9 remained open, though police asked drivers to avoid the Luncarty junction.

In neighbouring Angus, flooding closed roads around Brechin, where the River South Esk burst its banks in 2023 and forced hundreds from their homes. Dundee City Council said the Tay estuary was being monitored at high tide, while in Fife, emergency services were called to properties in Newburgh.

The Met Office has an amber warning for rain in place for Perthshire, Stirling and the Trossachs until Friday morning.

First Minister John Swinney, whose constituency covers much of the area, said the Scottish government was ready to support councils. "Communities in Perthshire know all too well what the Tay can do," he said.

Sepa's flood duty manager, Vincent Fitzsimons, said the ground was saturated after the wettest autumn in Scotland since 1891. "Even modest additional rainfall now runs straight into the rivers," he said.""",
    [("Scotland","GB",N),("River Tay","GB",N),("Perth","GB",N,(56.40,-3.43)),("Scottish","GB",Q),("Storm Babet","-",Q),("Tayside","GB",N),("North Inch","GB",Q),("South Inch","GB",Q),
     ("Scone","GB",N,(56.42,-3.40)),("Bridge of Isla","GB",N),("Highlands","GB",N),("Tay","GB",N),("Aberfeldy","GB",N),("Dunkeld","GB",N),("Perth and Kinross Council","GB",Q),
     ("Blairgowrie","GB",N),("Crieff","GB",N),("Pitlochry","GB",N),("Bell's Sports Centre","GB",Q),("Tay Street","GB",Q),("Highland Main Line","GB",Q),("Inverness","GB",N),
     ("Birnam","GB",N),("Luncarty","GB",N),("Angus","GB",N),("Brechin","GB",N),("River South Esk","GB",N),("Dundee City Council","GB",Q),("Fife","GB",N),
     ("Newburgh","GB",N,(56.35,-3.24)),("Perthshire","GB",N),("Stirling","GB",N,(56.12,-3.94)),("Trossachs","GB",N)])

add("a", """HYDERABAD: Torrential overnight rain flooded low-lying colonies across Hyderabad on Wednesday, forcing the Telangana government to declare a holiday for schools in Hyderabad, Rangareddy and Medchal-Malkajgiri districts as the Musi river swelled to its highest level in four years.

The India Meteorological Department recorded 19.2 cm of rain at Shaikpet and 17.6 cm at Kukatpally between 8.30pm and 5.30am. Traffic on the Outer Ring Road near Gachibowli was at a standstill for nearly three hours after water entered the underpasses, while in Secunderabad, residents of Bowenpally were rescued by disaster response teams in boats.

Officials opened two gates of the Osman Sagar reservoir and four gates of Himayat Sagar, releasing water into the Musi. The Greater Hyderabad Municipal Corporation (GHMC) commissioner said families living along the river bed at Chaderghat and Moosarambagh had been moved to relief camps.

"We have seen water up to the knees before, but never inside the house," said Victoria Rani, a domestic worker in Tolichowki whose one-room house was flooded. "Everything, the rice, the school books, is gone."

Chief minister A Revanth Reddy held a review meeting at the secretariat and directed district collectors in Warangal, Khammam and Nalgonda to stay on alert, as the IMD forecast more heavy rain for north Telangana over the next 48 hours. The Godavari was also rising at Bhadrachalam, where the first warning level was crossed on Wednesday evening.

Flights at Rajiv Gandhi International Airport in Shamshabad were not affected, though several IndiGo services from Bengaluru and Chennai were diverted to Vijayawada due to poor visibility.

Opposition BRS leader KT Rama Rao blamed encroachments on lakes for the flooding. "Hyderabad had more than 3,000 lakes. Where have they gone?" he asked in a post on X.

The Sunrisers Hyderabad match against Mumbai Indians at Uppal, scheduled for Thursday, is set to go ahead, the Hyderabad Cricket Association said. Ground staff worked through the night with super-soppers to drain the outfield.""",
    [("HYDERABAD","IN",N,(17.38,78.48)),("Hyderabad","IN",N,(17.38,78.48)),("Telangana","IN",A),("Rangareddy","IN",N),("Medchal-Malkajgiri","IN",N),("Musi","IN",N),
     ("India Meteorological Department","IN",Q),("Shaikpet","IN",N),("Kukatpally","IN",N),("Outer Ring Road","IN",Q),("Gachibowli","IN",N),("Secunderabad","IN",N),
     ("Bowenpally","IN",N),("Osman Sagar","IN",N),("Himayat Sagar","IN",N),("Greater Hyderabad Municipal Corporation","IN",Q),("Chaderghat","IN",N),("Moosarambagh","IN",N),
     ("Victoria","-",Q),("Tolichowki","IN",N),("Warangal","IN",N),("Khammam","IN",N),("Nalgonda","IN",N),("Godavari","IN",N),("Bhadrachalam","IN",N),
     ("Rajiv Gandhi International Airport","IN",Q),("Shamshabad","IN",N),("Bengaluru","IN",N),("Chennai","IN",N),("Vijayawada","IN",N),("Sunrisers Hyderabad","IN",Q),
     ("Mumbai Indians","IN",Q),("Uppal","IN",N),("Hyderabad Cricket Association","IN",Q)])

add("a", """Johannesburg taps run dry for ninth day as Rand Water repairs drag on

JOHANNESBURG – Thousands of households in Soweto, Roodepoort and Randburg have gone more than a week without running water, as repairs to a major Rand Water pipeline dragged on and Johannesburg Water struggled to refill its reservoirs.

The bulk water utility said a burst on its 2.4-metre pipeline near the Eikenhof pumping station, south of the city, had cut supply to the Commando and Brixton reservoirs, which serve about 1.5 million people. Residents queued at tankers in Orlando, Meadowlands and Protea Glen from before dawn.

"We are carrying buckets up four floors. The old people cannot do this," said Lerato Dlamini, a resident of a block of flats in Hillbrow.

Gauteng premier Panyaza Lesufi visited the Eikenhof site on Monday and said the province would ask national government to declare a disaster. Water and Sanitation Minister Pemmy Majodina said the crisis reflected years of underinvestment by municipalities, pointing to the Vaal Dam, which supplies most of Gauteng, and to losses of more than 40 percent in the city's network through leaks.

The outages have spread beyond Johannesburg. In Tshwane, the municipality serving Pretoria, residents of Hammanskraal have relied on tankers since a cholera outbreak there in 2023 killed more than 20 people. Parts of Ekurhuleni, including Tembisa and Germiston, reported low pressure this week.

Businesses in Sandton and Rosebank said they had begun trucking in water from boreholes. A hospital in Soweto, Chris Hani Baragwanath, said it had enough stored water for three days.

The Democratic Alliance, which sits in opposition in the Johannesburg council, called for the mayor, Dada Morero, to resign. "Durban and Cape Town have their problems, but nothing like this," said DA councillor Belinda Kayser-Echeozonjoku.

Rand Water said repairs should be completed by Friday, but warned that it could take up to a week for supply to return to high-lying areas such as Crosby and Brixton once the pipeline was recharged.

Meanwhile, in the Eastern Cape, Nelson Mandela Bay — the metro that includes Gqeberha — lifted water restrictions after rains filled its supply dams.""",
    [("Johannesburg","ZA",N),("Rand Water","ZA",Q),("JOHANNESBURG","ZA",N),("Soweto","ZA",N),("Roodepoort","ZA",N),("Randburg","ZA",N),("Johannesburg Water","ZA",Q),
     ("Eikenhof","ZA",N),("Brixton","ZA",N,(-26.19,28.00)),("Orlando","ZA",N,(-26.24,27.92)),("Meadowlands","ZA",N),("Protea Glen","ZA",N),("Hillbrow","ZA",N),
     ("Gauteng","ZA",A),("Vaal Dam","ZA",N),("Tshwane","ZA",N),("Pretoria","ZA",N),("Hammanskraal","ZA",N),("Ekurhuleni","ZA",N),("Tembisa","ZA",N),("Germiston","ZA",N),
     ("Sandton","ZA",N),("Rosebank","ZA",N,(-26.15,28.04)),("Chris Hani Baragwanath","ZA",Q),("Durban","ZA",N),("Cape Town","ZA",N),("Crosby","ZA",N,(-26.19,27.99)),
     ("Eastern Cape","ZA",A),("Nelson Mandela Bay","ZA",N),("Gqeberha","ZA",N)])

add("a", """Lagos demolitions clear path for coastal highway, residents say compensation unpaid

LAGOS, March 3 (Reuters) - Lagos state authorities have begun demolishing hundreds of buildings along a planned coastal highway east of the city, residents said on Monday, as work accelerates on a $15 billion project that critics say has been pushed through without adequate compensation.

Bulldozers moved into the Okun Ajah community in the Eti-Osa local government area at the weekend, flattening homes, shops and a church within 200 metres of the Atlantic shoreline. Residents said they had been given seven days' notice.

"I have lived here for 22 years. My children were born here," said Chad Nwankwo, 54, a fisherman, standing beside the rubble of his two-room house. "They told us the road will bring development. Development for who?"

The 700-kilometre Lagos-Calabar coastal highway is meant to run from Victoria Island through Lekki and Epe, then along the coast through Ondo, Delta, Bayelsa, Rivers and Akwa Ibom states to Calabar in Cross River state. Federal works minister David Umahi said last month that the first 47 km section would be finished by May 2026.

Lagos is Africa's most populous city and its traffic is notorious; commuters from Ikorodu and Badagry can spend four hours a day on the road. Supporters of the highway say it will open up land for housing and industry along the Lekki corridor, where the Dangote refinery and the Lekki Deep Sea Port have drawn billions of dollars in investment.

But the Nigerian Bar Association and several civil society groups have asked a federal high court in Abuja to halt demolitions until the government publishes an environmental impact assessment. Businesses at Landmark Beach, one of the most popular leisure spots in Lagos, say they lost millions of naira when part of the resort was pulled down last year.

Across the lagoon, in Makoko, a waterfront settlement of tens of thousands, residents fear they could be next. In neighbouring Ogun state, traders in Sango Ota and Abeokuta have protested a separate plan to widen the Lagos-Abeokuta expressway.

A spokesman for Lagos state governor Babajide Sanwo-Olu said affected property owners had been paid. Bayo Adeyemi, a surveyor representing residents of Okun Ajah, said fewer than a third had received anything.

(Reporting by Seun Sanni in Lagos; Writing by Alexis Akwagyiram in London; Editing by Victoria Kelsall)""",
    [("Lagos","NG",N),("LAGOS","NG",N),("Okun Ajah","NG",N),("Eti-Osa","NG",N),("Atlantic","*",N),("Chad","-",Q),("Lagos-Calabar","NG",Q),("Victoria Island","NG",N,(6.43,3.42)),
     ("Lekki","NG",N),("Epe","NG",N),("Ondo","NG",A),("Delta","NG",A),("Bayelsa","NG",A),("Rivers","NG",A),("Akwa Ibom","NG",A),("Calabar","NG",N),("Cross River","NG",A),
     ("Africa","*",N),("Ikorodu","NG",N),("Badagry","NG",N),("Lekki Deep Sea Port","NG",Q),("Nigerian Bar Association","NG",Q),("Abuja","NG",N),("Landmark Beach","NG",Q),
     ("Makoko","NG",N),("Ogun","NG",A),("Sango Ota","NG",N),("Abeokuta","NG",N),("Lagos-Abeokuta","NG",Q),("London","GB",N),("Victoria","-",Q)])

add("a", """Kenya floods: death toll rises to 38 after torrent sweeps through village near Mai Mahiu

NAIROBI, Kenya (AP) — The death toll from flash floods that swept through a village in Kenya's Rift Valley rose to 38 on Tuesday as rescuers dug through mud for dozens of people still missing, officials said.

A torrent of water and debris tore through Kamuchiri village near Mai Mahiu, about 60 kilometers (37 miles) northwest of Nairobi, before dawn on Monday after a blocked railway culvert gave way during heavy rain. Houses were flattened and cars were swept into a ravine.

Nakuru County Governor Susan Kihika said at least 110 people were being treated at hospitals in Naivasha and Nakuru. The Kenya Red Cross said 49 people were still unaccounted for.

"The water came like a wall," said Jackson Kimani, 63, who lost his wife and two grandchildren. "By the time I heard the noise it was already in the house."

More than 120 people have died in flooding across Kenya since March, according to the Interior Ministry. In Nairobi, residents of the Mathare and Mukuru informal settlements were ordered to move at least 30 meters from the Nairobi River, and the government said it would demolish homes built on riparian land. In western Kenya, the Nzoia River burst its banks at Budalangi in Busia County, displacing about 5,000 people, while in the northeast, roads linking Garissa to the rest of the country were cut when the Tana River flooded.

President William Ruto cancelled a trip to Washington to chair a disaster response meeting at State House. Schools across the country, which were due to reopen after the holiday, will remain closed for another week.

The floods have also hit neighboring Tanzania, where at least 155 people have died, and Burundi, where the rising waters of Lake Tanganyika have forced thousands from their homes near Bujumbura.

Meteorologists have linked the unusually heavy "long rains" to the El Niño weather pattern, which brought drought to southern Africa while drenching East Africa. The Kenya Meteorological Department said more rain was expected in the Lake Victoria basin, the central highlands and Nairobi through mid-May.

In Narok, a tourist hub on the way to the Maasai Mara, a bus carrying 40 passengers was swept off a bridge last week; all were rescued. Tourism operators said several lodges in the reserve had been cut off and guests were airlifted to Nairobi's Wilson Airport.

Associated Press writer Evelyne Musambi contributed from Nairobi.""",
    [("Kenya","KE",C),("Mai Mahiu","KE",N),("NAIROBI","KE",N),("Rift Valley","KE",N),("Kamuchiri","KE",N),("Nairobi","KE",N),("Nakuru County","KE",A),("Naivasha","KE",N),
     ("Nakuru","KE",N),("Kenya Red Cross","KE",Q),("Jackson","-",Q),("Mathare","KE",N),("Mukuru","KE",N),("Nairobi River","KE",N),("Nzoia River","KE",N),("Budalangi","KE",N),
     ("Busia County","KE",A),("Garissa","KE",N),("Tana River","KE",N),("Washington","US",N,"US.DC"),("State House","KE",Q),("Tanzania","TZ",C),("Burundi","BI",C),
     ("Lake Tanganyika","*",N),("Bujumbura","BI",N),("El Niño","-",Q),("Africa","*",N),("East Africa","*",N),("Kenya Meteorological Department","KE",Q),("Lake Victoria","*",N),
     ("Narok","KE",N),("Maasai Mara","KE",N),("Wilson Airport","KE",Q)])

add("a", """Typhoon Kristine leaves 12 dead in Eastern Visayas; Samar towns isolated

TACLOBAN CITY—At least 12 people were killed and more than 80,000 were displaced as Typhoon Kristine tore across Eastern Visayas on Tuesday, toppling power lines and isolating several coastal towns in Samar, disaster officials said.

The Office of Civil Defense (OCD) in the region said seven of the fatalities were in Northern Samar, where landslides buried houses in the towns of Catarman and Laoang. Two fishermen from Guiuan, Eastern Samar, remain missing after their boat capsized off Homonhon Island.

Storm surges of up to three meters hit coastal barangays in Tacloban and neighboring Palo, the same communities devastated by Supertyphoon Yolanda in 2013. "We left as soon as the barangay captain knocked. After Yolanda, nobody argues," said Victoria Abarquez, 58, a vendor who spent the night at the Tacloban City Astrodome with her four grandchildren.

Leyte Governor Carlos Jericho Petilla suspended classes in all levels province-wide. The San Juanico Bridge, which links Leyte and Samar, was closed to heavy vehicles. Flights from Manila and Cebu to Daniel Z. Romualdez Airport were cancelled.

In Catbalogan, the provincial capital of Samar, the Philippine Coast Guard evacuated patients from a hospital near the shore. Farther south, in Ormoc City, the Anilao river overflowed but no casualties were reported.

After crossing the Visayas, Kristine moved over the Sibuyan Sea and made its third landfall in San Jose, Occidental Mindoro, late Tuesday, according to the state weather bureau Pagasa. Signal No. 3 was raised over southern Luzon, including Batangas, Quezon and Marinduque.

The Department of Social Welfare and Development said food packs had been sent to Borongan and Calbayog. Relief goods from Davao and Cagayan de Oro were expected to arrive by ship on Thursday.

Kristine is the 11th tropical cyclone to enter the Philippine Area of Responsibility this year. The Philippines is hit by an average of 20 typhoons annually, and scientists say the storms are becoming more intense as the western Pacific warms.""",
    [("Kristine","-",Q),("Eastern Visayas","PH",N),("Samar","PH",N),("TACLOBAN CITY","PH",N,(11.24,125.00)),("Northern Samar","PH",N),("Catarman","PH",N),("Laoang","PH",N),
     ("Guiuan","PH",N),("Eastern Samar","PH",N),("Homonhon Island","PH",N),("Tacloban","PH",N,(11.24,125.00)),("Palo","PH",N,(11.16,124.99)),("Yolanda","-",Q),("Victoria","-",Q),
     ("Tacloban City Astrodome","PH",Q),("Leyte","PH",N),("San Juanico Bridge","PH",Q),("Manila","PH",N),("Cebu","PH",N),("Daniel Z. Romualdez Airport","PH",Q),
     ("Catbalogan","PH",N),("Philippine Coast Guard","PH",Q),("Ormoc City","PH",N),("Anilao","PH",Q),("Visayas","PH",N),("Sibuyan Sea","PH",N),("San Jose","PH",N,(12.35,121.07)),
     ("Occidental Mindoro","PH",A),("Luzon","PH",N),("Batangas","PH",N),("Quezon","PH",N),("Marinduque","PH",N),("Borongan","PH",N),("Calbayog","PH",N),("Davao","PH",N),
     ("Cagayan de Oro","PH",N),("Philippine Area of Responsibility","PH",Q),("Philippines","PH",C),("Pacific","*",N)])

add("a", """Explosion at Texas Gulf Coast chemical plant injures 7, prompts shelter-in-place order

VICTORIA, Texas (AP) — An explosion and fire at a petrochemical plant near Victoria injured seven workers early Saturday and sent a plume of black smoke over the Texas Gulf Coast, prompting officials to order residents within a two-mile radius to shelter in place.

The blast happened around 3:40 a.m. at the Coleto Creek Polymers facility, about 12 miles (19 kilometers) southwest of Victoria, near the Guadalupe River, according to the Victoria County Sheriff's Office. Four of the injured were flown to hospitals in San Antonio and Houston; the others were treated at DeTar Hospital in Victoria and released.

"It shook the whole house. I thought a plane had come down," said Georgia Villarreal, who lives on a ranch near Bloomington, a small community downstream from the plant.

The shelter-in-place order covered parts of Bloomington and Placedo and was lifted just after noon, after air monitoring by the Texas Commission on Environmental Quality found no hazardous levels of benzene or butadiene, the agency said. Schools in Victoria will open as normal on Monday.

The plant, which employs about 300 people, makes polyethylene pellets used in packaging. Its owner, a subsidiary of a company based in Sugar Land, said the cause was under investigation. The U.S. Chemical Safety Board said it was sending a team from its Washington headquarters.

The Gulf Coast between Corpus Christi and Beaumont is home to one of the largest concentrations of petrochemical plants in the world, and residents of fenceline communities have long complained about flaring and leaks. In 2019, a fire at a storage terminal in Deer Park burned for three days, and later that year explosions at a plant in Port Neches forced 50,000 people to evacuate.

Diane Wilson, a shrimper and environmental activist from nearby Seadrift, in Calhoun County, said the latest accident showed the need for stricter oversight. "Every few months it's something," she said. "And every time they tell us the air is fine."

Victoria Mayor Duane Crocker said the city would review its emergency alert system after some residents in Goliad and Port Lavaca complained they had received no warning.

Associated Press writer Jamie Stengle contributed from Dallas.""",
    [("Texas","US",A),("Gulf Coast","US",N),("VICTORIA","US",N,"US.TX"),("Victoria","US",N,"US.TX"),("Coleto Creek Polymers","US",Q),("Guadalupe River","US",N),
     ("Victoria County","US",A,"US.TX"),("San Antonio","US",N,"US.TX"),("Houston","US",N,"US.TX"),("DeTar Hospital","US",Q),("Georgia","-",Q),("Bloomington","US",N,"US.TX"),
     ("Placedo","US",N,"US.TX"),("Texas Commission on Environmental Quality","US",Q),("Sugar Land","US",N,"US.TX"),("U.S. Chemical Safety Board","US",Q),
     ("Washington","US",N,"US.DC"),("Corpus Christi","US",N,"US.TX"),("Beaumont","US",N,"US.TX"),("Deer Park","US",N,"US.TX"),("Port Neches","US",N,"US.TX"),
     ("Seadrift","US",N,"US.TX"),("Calhoun County","US",A,"US.TX"),("Goliad","US",N,"US.TX"),("Port Lavaca","US",N,"US.TX"),("Dallas","US",N,"US.TX")])

add("a", """Plans for 'Wembley of the North' stadium district approved by Trafford council

Plans for a new 100,000-seat stadium for Manchester United and a regeneration district around it have moved a step closer after Trafford Council approved an outline masterplan for the land around Old Trafford.

The scheme, backed by Greater Manchester mayor Andy Burnham, would see up to 13,000 homes built on former industrial land between the stadium, Trafford Wharf and Salford Quays, with a new railway station on the line to Warrington and Liverpool.

Councillors voted 7-2 in favour at a meeting at Trafford Town Hall in Stretford on Wednesday night. Sir Jim Ratcliffe, the club's co-owner, has said United hope to move into the new ground by 2030.

"This is the biggest regeneration opportunity in the north of England in a generation," Mr Burnham said. He compared the plans to the redevelopment of east Manchester around the Etihad Stadium, home of Manchester City, and to the area around Tottenham Hotspur's ground in north London.

But residents of Gorse Hill and Old Trafford told the meeting they feared being priced out. "Nobody in Stretford is going to afford a flat that costs £400,000," said Jordan Platt, 34, a youth worker who has lived in the area all his life.

Campaigners from Sale and Urmston raised concerns about traffic on the A56 and about crowds at the Metrolink stops on matchdays. Transport for Greater Manchester said the tram network would be extended.

Funding remains uncertain. The club has asked the government for help with infrastructure costs estimated at £2 billion, and developers have warned that high borrowing costs could slow housebuilding. The Bank of England cut interest rates to 4 percent in August, but mortgage rates remain well above their pre-pandemic levels.

Elsewhere in the region, Bolton and Wigan councils are consulting on their own town-centre plans, while in Salford, work has begun on a 2,000-home scheme at Pendleton.

A final planning application for the stadium itself is expected next year. Manchester United, who finished 15th in the Premier League last season, have played at Old Trafford since 1910.

Chester Ellis, a season ticket holder from Altrincham, said fans were divided. "Half of us want the new stadium. The other half want the old one fixed and a team worth watching in it," he said.""",
    [("Wembley","GB",Q),("Trafford","GB",N),("Trafford Council","GB",Q),("Manchester United","GB",Q),("Old Trafford","GB",Q),("Greater Manchester","GB",N),("Trafford Wharf","GB",Q),
     ("Salford Quays","GB",N),("Warrington","GB",N),("Liverpool","GB",N),("Trafford Town Hall","GB",Q),("Stretford","GB",N),("England","GB",N),("Manchester","GB",N),
     ("Etihad Stadium","GB",Q),("Manchester City","GB",Q),("Tottenham Hotspur","GB",Q),("London","GB",N),("Gorse Hill","GB",N),("Jordan","-",Q),("Sale","GB",N,(53.42,-2.32)),
     ("Urmston","GB",N),("Transport for Greater Manchester","GB",Q),("Bank of England","GB",Q),("Bolton","GB",N),("Wigan","GB",N),("Salford","GB",N),
     ("Pendleton","GB",N,(53.49,-2.28)),("Chester","-",Q),("Altrincham","GB",N)])

add("a", """San Jose opens its largest tiny-home village as homeless count falls

SAN JOSE, Calif. — Mayor Matt Mahan cut the ribbon Thursday on a 204-unit "quick-build" housing site on a former parking lot near the Guadalupe River, the largest of its kind in Santa Clara County, as new figures showed the number of people sleeping outside in San Jose fell by 10% over two years.

The site, off Monterey Road in south San Jose, will house people moved from encampments along Coyote Creek, where the city has cleared more than 400 tents since spring. Each unit has a bed, heating and a lockable door; residents share bathrooms, laundry and a kitchen.

"This is not the end of the road. It's a place to stabilize, get a job, get into permanent housing," Mahan told reporters.

The county's biennial point-in-time count found 9,903 homeless residents countywide, including 6,340 in San Jose, down from 6,650 in 2023. Homelessness rose in Gilroy and Morgan Hill to the south, while Palo Alto, Mountain View and Sunnyvale reported small declines, largely among people living in RVs.

Advocates credited the state's Homekey program, which has funded motel conversions from Sacramento to San Diego, but warned that cuts to federal housing vouchers could undo the gains. Gov. Gavin Newsom's office said California would continue to hold cities to account for clearing encampments.

For Ana Lucía Mora, 46, who moved to the Bay Area from San José, Costa Rica, in 2008 to work as a housekeeper, the new unit is the first door she has been able to lock in three years. She lost her apartment in East San Jose after her hours were cut during the pandemic and lived in her car in a Walmart parking lot in Milpitas.

"In Costa Rica I had a house with my mother. Here I had a Toyota," she said, laughing. "Now I have this."

The project cost $41 million, or about $200,000 per unit, a fraction of the cost of building permanent affordable housing in Silicon Valley, where construction costs have topped $900,000 per apartment in some cities.

Critics on the city council, including Councilmember Pam Foley, questioned the speed of the rollout. A neighborhood group in Willow Glen said it had not been consulted about a second site planned near the Caltrain line.

The city plans to open three more sites by the end of next year, including one in Berryessa near the BART station.

Staff writer Paris Nguyen contributed to this report.""",
    [("San Jose","US",N,"US.CA"),("SAN JOSE","US",N,"US.CA"),("Calif.","US",A),("Guadalupe River","US",N),("Santa Clara County","US",A,"US.CA"),("Monterey Road","US",Q),
     ("Coyote Creek","US",N),("Gilroy","US",N,"US.CA"),("Morgan Hill","US",N,"US.CA"),("Palo Alto","US",N,"US.CA"),("Mountain View","US",N,"US.CA"),("Sunnyvale","US",N,"US.CA"),
     ("Sacramento","US",N,"US.CA"),("San Diego","US",N,"US.CA"),("California","US",A),("Bay Area","US",N),("San José","CR",N,(9.93,-84.08)),("Costa Rica","CR",C),
     ("East San Jose","US",N),("Milpitas","US",N,"US.CA"),("Silicon Valley","US",N),("Willow Glen","US",N),("Berryessa","US",N),("Paris","-",Q)])

# ======================= (b) international: conflict, disaster, health, politics =======================

add("b", """Paramilitary drones hit Port Sudan for third day as fighting rages in Kordofan

PORT SUDAN, Sudan (AP) — Drones launched by Sudan's paramilitary Rapid Support Forces struck fuel depots and a power station in Port Sudan for a third straight day on Tuesday, officials said, sending black smoke over the Red Sea city that has served as the army-aligned government's wartime seat.

The attacks on Port Sudan, which until this month had been spared the violence of Sudan's two-year war, have forced the United Nations to suspend humanitarian flights into the city's airport, the main gateway for aid. The U.N. humanitarian office said it had relocated some staff to Kassala and to Jeddah, across the Red Sea in Saudi Arabia.

"We came to Port Sudan because it was the last safe place," said Amira Osman, a teacher who fled Khartoum in 2023 with her three children. "Now there is nowhere left."

The war erupted in April 2023 when simmering tensions between the military, led by Gen. Abdel Fattah Burhan, and the RSF, commanded by Gen. Mohamed Hamdan Dagalo, exploded into street fighting in the capital, Khartoum, and spread across the country. The army retook Khartoum and its twin city of Omdurman in March, pushing the RSF west toward Darfur and Kordofan.

Fighting has since intensified around El Obeid, the capital of North Kordofan province, and around Babanusa in West Kordofan. In Darfur, the RSF has besieged El Fasher, the last army stronghold in the vast western region, for more than a year. Aid groups say famine has been confirmed in the Zamzam and Abu Shouk camps on the city's outskirts, and hundreds of thousands of people have fled to Tawila, some 60 kilometers (40 miles) to the west.

More than 12 million Sudanese have been driven from their homes, including about 4 million who have crossed into neighboring countries. Chad has received more than 800,000 refugees at crossings such as Adre, while others have fled to Egypt, South Sudan and Libya.

Egypt and Saudi Arabia condemned the drone strikes. The army-aligned government accused the United Arab Emirates of supplying the drones to the RSF, an allegation the UAE denies, and said it had cut diplomatic ties with Abu Dhabi.

Mediation efforts led by the United States and Saudi Arabia in Jeddah have stalled. A conference in London in April ended without a joint statement.

Associated Press writer Samy Magdy contributed from Cairo.""",
    [("Port Sudan","SD",N),("Kordofan","SD",N),("PORT SUDAN","SD",N),("Sudan","SD",C),("Red Sea","*",N),("Kassala","SD",N),("Jeddah","SA",N),("Saudi Arabia","SA",C),
     ("Khartoum","SD",N),("Omdurman","SD",N),("Darfur","SD",N),("El Obeid","SD",N),("North Kordofan","SD",A),("Babanusa","SD",N),("West Kordofan","SD",A),("El Fasher","SD",N),
     ("Zamzam","SD",N),("Abu Shouk","SD",N),("Tawila","SD",N),("Sudanese","SD",C),("Chad","TD",C),("Adre","TD",N),("Egypt","EG",C),("South Sudan","SS",C),("Libya","LY",C),
     ("United Arab Emirates","AE",C),("UAE","AE",C),("Abu Dhabi","AE",N),("United States","US",C),("London","GB",N),("Cairo","EG",N)])

add("b", """Russian drones and missiles pound Ukraine's power grid ahead of winter

KYIV, Ukraine (AP) — Russia launched one of its largest combined attacks of the war overnight, firing more than 500 drones and 40 missiles at Ukraine's energy infrastructure and killing at least nine people, Ukrainian officials said Thursday.

Explosions shook Kyiv for hours, and emergency power outages were imposed in the capital and in the Kharkiv, Poltava, Sumy and Chernihiv regions, the national grid operator Ukrenergo said. In Zaporizhzhia, a missile hit a residential building, killing five people including a 6-year-old girl, regional Gov. Ivan Fedorov said on Telegram.

In the western city of Lviv, hundreds of kilometers from the front line, drones struck a substation, and Poland scrambled fighter jets as a precaution, its operational command said. Debris from a drone fell in a field near Lublin, Polish officials said.

Ukraine's air force said air defenses shot down 451 drones and 32 missiles. President Volodymyr Zelenskyy called on Western allies to speed up deliveries of Patriot systems. "Every night Russia tests our skies and our nerves," he said in his evening address.

On the ground, Russian forces continued to press toward Pokrovsk and Kostiantynivka in the eastern Donetsk region, where Ukrainian commanders say they are outnumbered. The Kyiv Independent, citing military sources, reported fighting on the outskirts of Myrnohrad. In the south, Russian artillery shelled Kherson, which lies across the Dnipro River from Russian-occupied territory, wounding three people.

Ukraine, for its part, has stepped up long-range drone strikes inside Russia. The governor of Russia's Belgorod region said a drone hit a power substation, and an oil refinery in Saratov, on the Volga River, was set on fire. Russia's Defense Ministry said it had downed 118 Ukrainian drones overnight, including 40 over the Bryansk region and several approaching Moscow.

Talks on ending the war have made little progress since a meeting in Istanbul in the summer. U.S. envoy Steve Witkoff is due to meet Russian officials in Moscow next week, the Kremlin said, while European leaders are expected to gather in Copenhagen to discuss using frozen Russian assets to fund Kyiv's defense.

Associated Press writer Illia Novikov contributed from Kyiv, and Hanna Arhirova from Lviv.""",
    [("Russian","RU",C),("Ukraine","UA",C),("KYIV","UA",N),("Russia","RU",C),("Ukrainian","UA",C),("Kyiv","UA",N),("Kharkiv","UA",A),("Poltava","UA",A),("Sumy","UA",A),
     ("Chernihiv","UA",A),("Zaporizhzhia","UA",N),("Lviv","UA",N),("Poland","PL",C),("Lublin","PL",N),("Polish","PL",C),("Western","*",Q),("Pokrovsk","UA",N),
     ("Kostiantynivka","UA",N),("Donetsk","UA",A),("Kyiv Independent","UA",Q),("Myrnohrad","UA",N),("Kherson","UA",N),("Dnipro River","*",N),("Belgorod","RU",A),
     ("Saratov","RU",N),("Volga River","RU",N),("Bryansk","RU",A),("Moscow","RU",N),("Istanbul","TR",N),("U.S.","US",C),("Kremlin","RU",Q),("European","*",Q),("Copenhagen","DK",N)])

add("b", """Clashes in Lebanon's Tripoli kill four as army deploys armoured vehicles

BEIRUT, Jan 20 (Reuters) - Four people were killed and at least 15 wounded in clashes between rival gunmen in the northern Lebanese city of Tripoli, security sources said on Monday, prompting the army to deploy armoured vehicles in the city's Bab al-Tabbaneh and Jabal Mohsen districts.

The fighting, which began late on Sunday after a dispute at a funeral, was the worst in Tripoli in several years and rekindled memories of the street battles that flared repeatedly between the two neighbourhoods during Syria's civil war. Residents said rocket-propelled grenades were fired across Syria Street, the road that divides the Sunni Muslim and Alawite districts.

"We stayed on the floor of the bathroom all night," said Jordan Haddad, a pharmacist whose shop is near the old clock tower. "The children think it is fireworks."

Prime Minister Nawaf Salam said the army had been ordered to restore order "with no red lines", and the Internal Security Forces set up checkpoints on the coastal highway to Akkar and on the road to Zgharta.

Tripoli, Lebanon's second-largest city and one of its poorest, has been hit hard by the country's economic collapse, and residents have long accused governments in Beirut of neglect. Many young men from the city have tried to reach Europe by boat from the coast near Minyeh, and in recent years dozens have drowned off Tartus, across the border in Syria.

The clashes come as Lebanon tries to consolidate a ceasefire reached in November that ended more than a year of hostilities between Israel and Hezbollah. Israeli troops have yet to complete their withdrawal from several positions in south Lebanon, and Israeli strikes continued last week in the Bekaa Valley near Baalbek and around Nabatieh.

Lebanon has also been grappling with the fallout from the fall of Bashar al-Assad in neighbouring Syria. Thousands of Syrians, including many Alawites from the coast around Latakia and Homs, have crossed into northern Lebanon through informal crossings near Wadi Khaled since December, straining communities already short of water and electricity.

The United Nations refugee agency UNHCR said it had registered 90,000 new arrivals, most in Akkar and in the Hermel area of the Bekaa.

Qatar and Saudi Arabia have pledged fuel for the army, which has relied on aid from the United States and France to pay salaries.

(Reporting by Laila Bassam in Beirut and Maya Gebeily in Tripoli; Editing by Timothy Heritage)""",
    [("Lebanon","LB",C),("Tripoli","LB",N,(34.44,35.85)),("BEIRUT","LB",N),("Lebanese","LB",C),("Bab al-Tabbaneh","LB",N),("Jabal Mohsen","LB",N),("Syria","SY",C),
     ("Syria Street","LB",Q),("Jordan","-",Q),("Akkar","LB",N),("Zgharta","LB",N),("Beirut","LB",N),("Europe","*",N),("Minyeh","LB",N),("Tartus","SY",N),("Israel","IL",C),
     ("Israeli","IL",C),("Bekaa Valley","LB",N),("Baalbek","LB",N),("Nabatieh","LB",N),("Syrians","SY",C),("Latakia","SY",N),("Homs","SY",N),("Wadi Khaled","LB",N),
     ("Hermel","LB",N),("Bekaa","LB",N),("Qatar","QA",C),("Saudi Arabia","SA",C),("United States","US",C),("France","FR",C)])

add("b", """Heavy clashes erupt in Libya's capital after militia leader killed

TRIPOLI, Libya (AP) — Heavy fighting broke out overnight in Libya's capital, Tripoli, after the killing of a powerful militia commander, forcing residents to stay indoors and prompting the suspension of flights at the city's only functioning airport, officials said Tuesday.

Gunfire and explosions were heard across the Abu Salim neighborhood and near Mitiga airport as armed groups loyal to the Government of National Unity, based in Tripoli, battled the Stability Support Apparatus, whose leader, Abdel-Ghani al-Kikli, was killed Monday evening. The Health Ministry said at least six people were killed.

The U.N. Support Mission in Libya urged all parties to cease fire immediately. Flights were diverted to Misrata, about 200 kilometers (125 miles) east of the capital.

Prime Minister Abdul Hamid Dbeibah said in a televised speech that the operation had "restored the authority of the state." Universities in Tripoli suspended classes, and the Education Ministry postponed exams.

Libya has been split between rival administrations since 2014, with the Tripoli-based government in the west and a rival administration in the east backed by military commander Khalifa Hifter, whose forces control Benghazi, Sirte and most of the country's oil fields. Efforts to hold national elections collapsed in December 2021.

Residents of Souq al-Juma and Tajoura, on the eastern edge of the city, said they could hear heavy weapons through the night. "It's like 2019 again," said Salem Benghazi, a 38-year-old shopkeeper, referring to Hifter's failed 14-month offensive on the capital.

Italy, Libya's former colonial ruler and a key destination for migrants leaving from the coast near Zawiya and Sabratha, said it was following the situation closely. The Italian coast guard reported a rise in departures last month, with many boats heading for Lampedusa. Tunisia closed the Ras Jedir border crossing for several hours as a precaution.

The United States, Britain, France, Germany and Italy issued a joint statement calling for restraint. Turkey, which backs the Tripoli government and has military advisers stationed at Al-Watiya air base near the Tunisian border, urged an end to the fighting.

The violence is a setback for U.N. efforts to unify the country's institutions, including the Central Bank of Libya, whose headquarters in Tripoli were briefly besieged by gunmen last year, and the National Oil Corporation, which is based in the capital but depends on fields in the east and south.""",
    [("Libya","LY",C),("TRIPOLI","LY",N,(32.89,13.19)),("Tripoli","LY",N,(32.89,13.19)),("Abu Salim","LY",N),("Mitiga","LY",Q),("U.N. Support Mission in Libya","LY",Q),
     ("Misrata","LY",N),("Benghazi#1","LY",N),("Sirte","LY",N),("Souq al-Juma","LY",N),("Tajoura","LY",N),("Benghazi#2","-",Q),("Italy","IT",C),("Zawiya","LY",N),
     ("Sabratha","LY",N),("Italian","IT",C),("Lampedusa","IT",N),("Tunisia","TN",C),("Ras Jedir","TN|LY",N),("United States","US",C),("Britain","GB",C),("France","FR",C),
     ("Germany","DE",C),("Turkey","TR",C),("Al-Watiya","LY",N),("Tunisian","TN",C),("Central Bank of Libya","LY",Q)])

add("b", """Jihadi blockade chokes Mali's capital as fuel shortages spread across Sahel

BAMAKO, Mali (AP) — Long lines of cars and motorcycles snaked around gas stations in Mali's capital on Wednesday as a blockade imposed by al-Qaida-linked militants on fuel convoys entered its second month, forcing schools to close and cutting electricity for hours a day.

Fighters from the group known as JNIM have attacked tanker trucks on the main roads linking Bamako to ports in Senegal and Ivory Coast, burning dozens of vehicles near Kayes and Nioro du Sahel in the west and near Sikasso in the south, according to transporters' unions and security analysts.

"I have been waiting since 4 a.m. and I still do not know if there will be fuel," said taxi driver Moussa Coulibaly, who had parked his car in the Hamdallaye neighborhood.

Mali's military government, which seized power in coups in 2020 and 2021, said the army would escort convoys and blamed "foreign sponsors" for the crisis. Prime Minister Gen. Abdoulaye Maïga said in a speech that the country would not bow to "terrorists."

The blockade marks a shift in strategy for JNIM, which has long controlled swaths of central Mali around Mopti and Ségou and has besieged towns in the north such as Timbuktu and Léré. Analysts say the group is seeking to pressure the junta by strangling the economy rather than taking cities.

Across the Sahel, militants linked to al-Qaida and the Islamic State group have expanded their reach despite the departure of French troops and the arrival of Russian mercenaries. In neighboring Burkina Faso, JNIM fighters killed dozens of soldiers in an attack on an army base in Djibo in May, while in Niger, an Islamic State affiliate has repeatedly ambushed troops in the Tillabéri region near the borders with Mali and Burkina Faso.

Mali, Burkina Faso and Niger, all run by military juntas, quit the West African regional bloc ECOWAS in January and formed their own Alliance of Sahel States, with its headquarters in Bamako. Their leaders have turned to Moscow for security support, and Russia's Africa Corps has replaced the Wagner group in Mali.

The fuel shortage has pushed up food prices across the region. In Niamey, Niger's capital, and in Ouagadougou, traders said prices of rice and cooking oil had risen by a quarter. The United Nations says more than 7 million people in the central Sahel need humanitarian assistance.

Coastal countries are also worried. Togo and Benin have reported attacks in their northern regions, and Benin's government said two soldiers were killed near the W National Park last month.

Associated Press writer Baba Ahmed contributed from Bamako.""",
    [("Mali","ML",C),("Sahel","*",N),("BAMAKO","ML",N),("Bamako","ML",N),("Senegal","SN",C),("Ivory Coast","CI",C),("Kayes","ML",N),("Nioro du Sahel","ML",N),("Sikasso","ML",N),
     ("Hamdallaye","ML",N),("Mopti","ML",N),("Ségou","ML",N),("Timbuktu","ML",N),("Léré","ML",N),("French","FR",C),("Russian","RU",C),("Burkina Faso","BF",C),("Djibo","BF",N),
     ("Niger","NE",C),("Tillabéri","NE",A),("West African","*",Q),("Alliance of Sahel States","*",Q),("Moscow","RU",N),("Russia","RU",C),("Africa Corps","*",Q),
     ("Niamey","NE",N),("Ouagadougou","BF",N),("Togo","TG",C),("Benin","BJ",C),("W National Park","*",Q)])

add("b", """Myanmar quake death toll passes 3,000 as rescuers reach remote Sagaing villages

BANGKOK (AP) — The death toll from the powerful earthquake that struck central Myanmar last week has risen above 3,000, the military government said Thursday, as rescue teams finally reached villages near the epicenter in the Sagaing region that had been cut off by collapsed bridges and fighting.

The magnitude 7.7 quake struck at midday Friday near the city of Sagaing, on the Irrawaddy River across from Mandalay, the country's second-largest city, where thousands of buildings were damaged, including monasteries, mosques and a wing of the old royal palace. The ancient capital of Inwa and the town of Mingun, with its famous giant bell, also suffered heavy damage.

"We still smell the bodies under the rubble," said a volunteer from a Mandalay charity who asked not to be named for fear of the authorities. "There are not enough machines, so we dig by hand."

In Naypyitaw, the capital built by the military two decades ago, parts of the parliament and several ministries were damaged, and the control tower at the international airport collapsed. The quake was felt as far away as Yangon, in southern China's Yunnan province, and in Thailand, where a 30-story building under construction in Bangkok's Chatuchak district collapsed, killing at least 22 workers.

Myanmar's military leader, Senior Gen. Min Aung Hlaing, made a rare appeal for international assistance. Rescue teams have arrived from China, India, Russia and Malaysia, and the U.N. has released $5 million in emergency funds. But aid groups say access remains restricted in areas controlled by resistance forces, including parts of Sagaing and Shan State and around Kyaukse, south of Mandalay.

The National Unity Government, the main opposition body formed after the army seized power in 2021, declared a partial ceasefire in quake-hit areas. Yet the army has carried out airstrikes since the quake, including one on a village near Naungcho in northern Shan State, according to local media.

The disaster compounds a humanitarian crisis in a country where more than 3 million people have been displaced by civil war. In Rakhine state in the west, fighting between the army and the Arakan Army has cut off food supplies to Sittwe, the state capital.

Myanmar sits on the Sagaing Fault, which runs north to south through the center of the country. The last comparable quake, in 1956, damaged pagodas in Sagaing and Mandalay.

Associated Press writer Grant Peck contributed from Bangkok.""",
    [("Myanmar","MM",C),("Sagaing","MM",N),("BANGKOK","TH",N),("Irrawaddy River","MM",N),("Mandalay","MM",N),("Inwa","MM",N),("Mingun","MM",N),("Naypyitaw","MM",N),
     ("Yangon","MM",N),("China","CN",C),("Yunnan","CN",A),("Thailand","TH",C),("Bangkok","TH",N),("Chatuchak","TH",N),("India","IN",C),("Russia","RU",C),("Malaysia","MY",C),
     ("Shan State","MM",A),("Kyaukse","MM",N),("Naungcho","MM",N),("Rakhine","MM",A),("Arakan Army","MM",Q),("Sittwe","MM",N),("Sagaing Fault","MM",Q)])

add("b", """Gangs seize Haitian town of Mirebalais, free hundreds of inmates

PORT-AU-PRINCE, Haiti (AP) — Gangs stormed the central Haitian town of Mirebalais overnight, freeing more than 500 inmates from its prison and forcing thousands of residents to flee, officials said Monday, in the latest sign of the violence spreading beyond the capital, Port-au-Prince.

Armed men from the Viv Ansanm coalition attacked police stations and the prison before dawn Monday, according to Haiti's National Police. Residents fled on foot toward Hinche and Lascahobas, and some crossed the nearby Artibonite River.

"They burned the houses on my street. I left with only my children," said Judith Joseph, 37, who walked 15 miles to Saut-d'Eau.

The attack cuts one of the last roads linking Port-au-Prince with the Central Plateau and the border with the Dominican Republic at Belladère. Gangs already control around 85% of the capital and have expanded into the Artibonite department, Haiti's breadbasket, where they have massacred villagers in Pont-Sondé and Petite-Rivière.

Kenyan police leading a U.N.-backed multinational security mission said they had sent reinforcements by helicopter from their base near Toussaint Louverture International Airport. About 1,000 officers from Kenya, Jamaica, Guatemala, El Salvador and the Bahamas are deployed, fewer than half of the 2,500 originally planned.

Haiti's transitional presidential council, based in Pétion-Ville, has promised elections before February 2026, but few believe a vote can be held while gangs control the main roads.

The International Organization for Migration said more than 1 million Haitians are now internally displaced. Many have sought shelter in schools in Port-au-Prince and in cities in the south such as Les Cayes and Jacmel, while others have fled to Cap-Haïtien in the north, the country's second city, which has so far been largely spared.

The Dominican Republic, which shares the island of Hispaniola with Haiti, has deported more than 200,000 Haitians this year and is building a wall along the border. Dominican President Luis Abinader said last week his country "cannot be the solution" to Haiti's crisis. Washington has urged more countries to contribute to the mission and has designated the gangs as terrorist organizations.

Associated Press writer Dánica Coto contributed from San Juan, Puerto Rico.""",
    [("Haitian","HT",C),("Mirebalais","HT",N),("PORT-AU-PRINCE","HT",N),("Haiti","HT",C),("Port-au-Prince","HT",N),("Viv Ansanm","-",Q),("Hinche","HT",N),("Lascahobas","HT",N),
     ("Artibonite River","*",N),("Saut-d'Eau","HT",N),("Central Plateau","HT",N),("Dominican Republic","DO",C),("Belladère","HT",N),("Artibonite","HT",A),("Pont-Sondé","HT",N),
     ("Petite-Rivière","HT",N),("Kenyan","KE",C),("Toussaint Louverture International Airport","HT",Q),("Kenya","KE",C),("Jamaica","JM",C),("Guatemala","GT",C),
     ("El Salvador","SV",C),("Bahamas","BS",C),("Pétion-Ville","HT",N),("Haitians","HT",C),("Les Cayes","HT",N),("Jacmel","HT",N),("Cap-Haïtien","HT",N),("Hispaniola","*",N),
     ("Dominican","DO",C),("Washington","US",N,"US.DC"),("San Juan","PR|US",N),("Puerto Rico","PR|US",N)])

add("b", """WHO seeks pauses in Gaza fighting to vaccinate children after first polio case in 25 years

GENEVA/CAIRO, Aug 16 (Reuters) - The World Health Organization said on Friday it was seeking pauses in fighting in Gaza to vaccinate 640,000 children against polio after the enclave recorded its first confirmed case in 25 years, a 10-month-old boy from Deir al-Balah who is now partially paralysed.

The case was confirmed by a laboratory in Jordan after the virus was detected in wastewater samples collected in Khan Younis and Deir al-Balah in July, the WHO said. Genetic sequencing showed the strain was linked to a variant circulating in Egypt last year.

"Without a pause in hostilities, it will not be possible to reach every child," WHO spokesperson Christian Lindmeier told reporters in Geneva. The agency and UNICEF plan to deliver 1.2 million doses of the novel oral polio vaccine through the Kerem Shalom crossing, after they arrived at Ben Gurion airport near Tel Aviv.

Israel's military agency COGAT said it would coordinate with aid groups to allow the campaign to go ahead. Hamas said it would support the effort.

Most of Gaza's 2.3 million people have been displaced, many several times, and are living in tents or damaged schools in the coastal area of al-Mawasi and in central Gaza. Only 16 of the territory's 36 hospitals are partly functioning, according to the WHO, and sewage is flowing in the streets of Gaza City and Khan Younis after pumping stations ran out of fuel.

Polio cases have also been reported this year in Pakistan and Afghanistan, the only two countries where wild poliovirus is still endemic, and vaccine-derived cases have appeared in Nigeria, Yemen and Chad.

Egyptian mediators, along with Qatar and the United States, were meeting in Cairo and Doha on Friday in a renewed effort to secure a ceasefire and the release of hostages held in Gaza since the Oct. 7 attack on southern Israel. The Palestinian health ministry says more than 40,000 people have been killed in Israel's offensive.

Jordan's foreign minister Ayman Safadi, speaking in Amman, said the detection of polio showed the "catastrophic" state of the health system. Jordanian field hospitals in Khan Younis and Gaza City have continued to operate.

Rafah, on the border with Egypt, has been largely emptied since Israeli forces took control of the city in May.

(Reporting by Emma Farge in Geneva and Nidal al-Mughrabi in Cairo; Editing by Alex Richardson)""",
    [("Gaza","PS",N),("GENEVA","CH",N),("CAIRO","EG",N),("Deir al-Balah","PS",N),("Jordan","JO",C),("Khan Younis","PS",N),("Egypt","EG",C),("Geneva","CH",N),
     ("Kerem Shalom","IL|PS",N),("Ben Gurion","IL",Q),("Tel Aviv","IL",N),("Israel","IL",C),("al-Mawasi","PS",N),("Gaza City","PS",N),("Pakistan","PK",C),("Afghanistan","AF",C),
     ("Nigeria","NG",C),("Yemen","YE",C),("Chad","TD",C),("Egyptian","EG",C),("Qatar","QA",C),("United States","US",C),("Cairo","EG",N),("Doha","QA",N),("Palestinian","PS",C),
     ("Amman","JO",N),("Jordanian","JO",C),("Rafah","PS",N),("Israeli","IL",C)])

add("b", """Heat wave kills dozens in Pakistan's Sindh as temperatures top 50 C

KARACHI, Pakistan (AP) — A searing heat wave has killed at least 68 people in southern Pakistan's Sindh province over the past week, most of them elderly laborers and homeless people in Karachi, hospital officials and a charity said Wednesday.

Temperatures reached 52.2 degrees Celsius (126 Fahrenheit) in Mohenjo Daro, the site of an ancient Indus Valley city, and 51 C (124 F) in Jacobabad, one of the hottest cities on Earth, the Pakistan Meteorological Department said. In Hyderabad, the province's second-largest city, the civil hospital said it had treated more than 1,400 people for heatstroke since Saturday.

"The emergency ward is full. We are putting patients on the floor with ice," said Dr. Asad Memon, a physician in Hyderabad.

The Edhi Foundation, Pakistan's largest charity, said its morgue in Karachi had received 427 bodies in four days, about double the usual number, though not all deaths could be attributed to the heat. Power cuts of up to 12 hours a day in parts of Karachi, Larkana and Sukkur have made conditions worse, as fans and water pumps stop working.

The heat wave is the worst since 2015, when more than 1,200 people died in Karachi alone. Authorities have opened heatstroke centers in Thatta, Badin and Mirpurkhas and urged people to stay indoors between noon and 4 p.m.

Pakistan is among the countries most vulnerable to climate change. Floods in 2022 submerged a third of the country, killing more than 1,700 people and displacing 8 million, mostly in Sindh and neighboring Balochistan. In Punjab, the country's most populous province, schools closed a week early for the summer vacation.

Across the border, India has been sweltering too. Delhi recorded 49.9 C last week, and officials in Rajasthan and Uttar Pradesh reported dozens of suspected heatstroke deaths. In Hyderabad, the capital of India's Telangana state, authorities advised residents to avoid going out in the afternoon.

Sindh's chief minister Murad Ali Shah visited a hospital in Karachi and announced that 500 water coolers would be set up at bus stops. Shah also said the province would ask Islamabad for more electricity. K-Electric, which supplies Karachi, said the outages were due to theft and unpaid bills.

Associated Press writer Munir Ahmed contributed from Islamabad.""",
    [("Pakistan","PK",C),("Sindh","PK",A),("KARACHI","PK",N),("Karachi","PK",N),("Mohenjo Daro","PK",N),("Indus Valley","*",Q),("Jacobabad","PK",N),
     ("Pakistan Meteorological Department","PK",Q),("Hyderabad#1,2","PK",N,(25.39,68.37)),("Larkana","PK",N),("Sukkur","PK",N),("Thatta","PK",N),("Badin","PK",N),
     ("Mirpurkhas","PK",N),("Balochistan","PK",A),("Punjab","PK",A),("India","IN",C),("Delhi","IN",N),("Rajasthan","IN",A),("Uttar Pradesh","IN",A),
     ("Hyderabad#3","IN",N,(17.38,78.48)),("Telangana","IN",A),("Islamabad","PK",N)])

add("b", """Georgian police disperse protesters in Tbilisi as opposition leaders detained

TBILISI, Oct 5 (Reuters) - Georgian riot police used water cannon and pepper spray to disperse thousands of protesters outside the presidential palace in Tbilisi late on Saturday, after demonstrators tried to storm the building on the day of local elections boycotted by much of the opposition.

The interior ministry said five opposition leaders had been detained on charges of attempting to overthrow the constitutional order, and that 21 police officers had been injured.

Georgia's ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, claimed victory in mayoral races across the country, including in Tbilisi, Batumi and Kutaisi, with turnout of about 40%.

Protesters have rallied nightly on Rustaveli Avenue for nearly a year, since the government suspended talks on joining the European Union. Demonstrations have also been held in Zugdidi, Rustavi and Gori, the birthplace of Josef Stalin.

"We are not going to give our country to Moscow," said Nino Beridze, a 24-year-old student from Telavi in the eastern Kakheti region, wrapped in an EU flag.

Prime Minister Irakli Kobakhidze accused foreign-funded groups of organising a "coup" and said police would "identify every participant". Critics say Georgian Dream has steered the former Soviet republic back towards Russia since the 2008 war, when Russian troops pushed deep into Georgia and Moscow recognised the breakaway regions of Abkhazia and South Ossetia as independent.

The European Union's foreign policy chief, Kaja Kallas, said in Brussels that the bloc was "deeply concerned". Germany and France summoned Georgian ambassadors, and Britain said it was reviewing its cooperation with the government.

In Washington, Congressman Joe Wilson, a Republican from South Carolina who has sponsored a bill to impose sanctions on Georgian officials, said the crackdown showed the bill was needed.

The Georgian diaspora in the United States, concentrated around New York and Atlanta, held solidarity rallies on Sunday. "We are Georgians in Georgia, so people here are always confused," said Levan Kapanadze, who organised a rally outside the state capitol in Atlanta.

(Reporting by Felix Light in Tbilisi; Editing by Andrew Osborn)""",
    [("Georgian","GE",C),("Tbilisi","GE",N),("TBILISI","GE",N),("Georgia#1,2","GE",C),("Georgian Dream","GE",Q),("Batumi","GE",N),("Kutaisi","GE",N),("Rustaveli Avenue","GE",Q),
     ("European Union","*",Q),("Zugdidi","GE",N),("Rustavi","GE",N),("Gori","GE",N),("Moscow","RU",N),("Telavi","GE",N),("Kakheti","GE",A),("EU","*",Q),("Soviet","*",Q),
     ("Russia","RU",C),("Russian","RU",C),("Abkhazia","GE",N),("South Ossetia","GE",N),("Brussels","BE",N),("Germany","DE",C),("France","FR",C),("Britain","GB",C),
     ("Washington","US",N,"US.DC"),("South Carolina","US",A),("United States","US",C),("New York","US",N),("Atlanta","US",N,"US.GA"),("Georgians","GE",C),("Georgia#3","US",A)])

add("b", """M23 rebels tighten grip on eastern Congo as peace deals falter

GOMA, Congo (AP) — Rwanda-backed M23 rebels have seized two more towns in eastern Congo's South Kivu province, residents and local officials said Friday, despite a peace agreement signed in Washington and a separate declaration of principles brokered by Qatar.

Fighters entered Mwenga and Walungu this week after Congolese soldiers and allied militias known as Wazalendo withdrew, said a civil society leader in Bukavu, the provincial capital, which the rebels captured in February.

"People are fleeing toward Uvira and into the forest. Nobody believes in the agreements anymore," said the leader, who asked not to be named for his safety.

The M23, which first captured Goma, the capital of North Kivu province, in January, has set up its own administration in the areas it controls, appointing governors and collecting taxes at the lucrative mines around Rubaya, which produce coltan used in mobile phones.

Congo, the United States and United Nations experts accuse Rwanda of backing the rebels with thousands of troops. Rwanda denies it, saying it is defending itself against Hutu militiamen linked to the 1994 genocide who fled into Congo. President Paul Kagame told reporters in Kigali that his country "will not be blamed for Congo's failures."

The fighting has displaced more than 7 million people in eastern Congo, according to the U.N. Many have crowded into camps around Uvira, near the border with Burundi, whose troops have been fighting alongside the Congolese army. Burundi closed its border crossing at Gatumba for several days last month.

Congolese President Félix Tshisekedi told lawmakers in Kinshasa, the capital 1,600 kilometers (1,000 miles) to the west, that the country would "never cede an inch" of its territory.

Talks between the government and the rebels in Doha have stalled over prisoner exchanges and the withdrawal of fighters. U.S. officials said the minerals deal signed in Washington in June, which opens Congolese cobalt and copper mines in Katanga to American investors, remained on track.

Aid agencies warn of a spreading cholera outbreak in the Rutshuru and Masisi territories north of Goma and of a new mpox cluster in Kalehe. The World Food Programme said it had resumed flights to Goma's airport, which had been closed since the fall of the city.

Associated Press writer Jean-Yves Kamale contributed from Kinshasa.""",
    [("Congo","CD",C),("GOMA","CD",N),("Rwanda","RW",C),("South Kivu","CD",A),("Washington","US",N,"US.DC"),("Qatar","QA",C),("Mwenga","CD",N),("Walungu","CD",N),
     ("Congolese","CD",C),("Bukavu","CD",N),("Uvira","CD",N),("Goma","CD",N),("North Kivu","CD",A),("Rubaya","CD",N),("United States","US",C),("Kigali","RW",N),
     ("Burundi","BI",C),("Gatumba","BI",N),("Kinshasa","CD",N),("Doha","QA",N),("U.S.","US",C),("Katanga","CD",N),("American","US",C),("Rutshuru","CD",N),("Masisi","CD",N),
     ("Kalehe","CD",N)])

# ======================= (c) business / sport / science / culture =======================

add("c", """Dembélé and Doué give PSG first-leg lead over Arsenal

By Chris Wheeler, Football Correspondent

PARIS — Arsenal will have to overturn a two-goal deficit in north London next week after Paris Saint-Germain beat them 2-0 at the Parc des Princes on Tuesday night in the first leg of their Champions League semi-final.

Ousmane Dembélé, who grew up in Vernon in Normandy and joined from Barcelona two years ago, scored with a low shot after 11 minutes, and Désiré Doué, the 19-year-old who came through the academy in Rennes, added a second after the break. Mikel Arteta's side, who had knocked out Real Madrid in the quarter-finals, could not find a way past Gianluigi Donnarumma.

"We were not ourselves in the first half," Arteta said. "But we know what the Emirates can do. We have done it before."

Declan Rice, the England midfielder, was booked and will miss the second leg, a blow for a team already without Gabriel Jesus and Kai Havertz. Arsenal's travelling fans, estimated at 4,000, were kept in the stadium for an hour after the final whistle, and French police reported several arrests at the Gare du Nord before the match. The Romanian referee, Istvan Kovacs, booked six players.

PSG, owned by Qatar Sports Investments, have spent more than £1.2 billion on transfers since 2011 but have never won Europe's top club competition. Luis Enrique, the Spaniard who coached Barcelona to the trophy in 2015, has rebuilt the side around younger players after the departures of Lionel Messi to Miami and Kylian Mbappé to Madrid.

Former Manchester United defender Rio Ferdinand, working as a pundit for TNT Sports, said Arsenal had looked "frightened" in the opening half hour. "You cannot give this PSG team time on the ball," he said.

The other semi-final, between Inter and Barcelona, is finely poised at 3-3 after the first leg in Catalonia. The final is in Munich on May 31.

In the Conference League, Chelsea will face Real Betis in the final in Wrocław, Poland, after beating Djurgården 4-1 on Thursday. Arteta, asked whether he had watched, smiled. "I have enough to think about," he said.""",
    [("PARIS","FR",N),("London","GB",N),("Paris Saint-Germain","FR",Q),("Parc des Princes","FR",Q),("Vernon","FR",N,(49.09,1.49)),("Normandy","FR",A),("Barcelona","ES",Q),
     ("Rennes","FR",N),("Real Madrid","ES",Q),("Emirates","GB",Q),("England","GB",Q),("French","FR",C),("Gare du Nord","FR",Q),("Romanian","RO",C),
     ("Qatar Sports Investments","QA",Q),("Europe","*",N),("Spaniard","ES",C),("Miami","US",N,"US.FL"),("Madrid","ES",N),("Manchester United","GB",Q),("Rio","-",Q),
     ("Catalonia","ES",A),("Munich","DE",N),("Chelsea","GB",Q),("Real Betis","ES",Q),("Wrocław","PL",N),("Poland","PL",C),("Djurgården","SE",Q)])

add("c", """Kipyegon smashes 1,500m world record again at Prefontaine Classic

EUGENE, Ore. — Faith Kipyegon of Kenya broke her own world record in the women's 1,500 meters on Saturday at the Prefontaine Classic, running 3 minutes 48.68 seconds at Hayward Field to beat the mark she set in Paris last summer.

The 31-year-old, who grew up in the village of Kapsowar in Elgeyo-Marakwet County and trains in Iten, the high-altitude town in Kenya's Rift Valley known as the "Home of Champions," pulled away from Ethiopia's Gudaf Tsegay with 300 meters to go. Australia's Jessica Hull, who grew up in Albion Park, south of Sydney, was third.

"The crowd in Eugene always gives me something extra," Kipyegon said. "I wanted to show the girls in Iten that it is possible, again and again."

The meet, the only U.S. stop on the Diamond League circuit, doubled as a rehearsal for September's world championships in Tokyo. In the men's 100 meters, Kishane Thompson of Jamaica beat world champion Noah Lyles, who was born in Gainesville, Florida, and raised in Alexandria, Virginia, in 9.85 seconds.

Britain's Georgia Hunter Bell, a former cybersecurity saleswoman from Bicester, won the 800 meters in a personal best, while Jakob Ingebrigtsen of Norway, who lives in Sandnes near Stavanger, withdrew from the mile with an Achilles injury. Beatrice Chebet, another Kenyan, ran the fastest 5,000 meters of the year; she was raised on a tea farm outside Kericho.

Hayward Field, rebuilt for the 2022 world championships with money from Nike co-founder Phil Knight, sits on the University of Oregon campus and holds about 12,600 spectators. Saturday's meet was sold out for the first time since the stadium reopened.

The next Diamond League meeting is in Monaco on July 11, followed by London and Silesia. Kipyegon said she would skip Monaco to rest before the world championships, where she will try to win a fourth 1,500 meters title.

"Faith is the greatest middle-distance runner we have ever seen," said Lyles, who watched the race from the infield. "She makes it look like a training run," he said.""",
    [("EUGENE","US",N,"US.OR"),("Ore.","US",A),("Kenya","KE",C),("Hayward Field","US",Q),("Paris","FR",N),("Kapsowar","KE",N),("Elgeyo-Marakwet County","KE",A),("Iten","KE",N),
     ("Rift Valley","KE",N),("Ethiopia","ET",C),("Australia","AU",C),("Albion Park","AU",N),("Sydney","AU",N),("Eugene","US",N,"US.OR"),("U.S.","US",C),("Tokyo","JP",N),
     ("Jamaica","JM",C),("Gainesville","US",N,"US.FL"),("Florida","US",A),("Alexandria","US",N,(38.80,-77.05)),("Virginia","US",A),("Britain","GB",C),("Georgia","-",Q),
     ("Bicester","GB",N),("Norway","NO",C),("Sandnes","NO",N),("Stavanger","NO",N),("Kenyan","KE",C),("Kericho","KE",N),("University of Oregon","US",Q),("Monaco","MC",N),
     ("London","GB",N),("Silesia","PL",N)])

add("c", """Argentina soy harvest set to rebound as rains return to Córdoba, Santa Fe

BUENOS AIRES, April 9 (Reuters) - Argentina's soybean harvest is expected to rebound to 50 million metric tons this season after rains returned to the key farming provinces of Córdoba, Santa Fe and Buenos Aires, the Rosario grains exchange said on Wednesday, though farmers remain wary of lower prices and export taxes.

The exchange, whose port complex along the Paraná River north of Rosario handles about 80% of the country's grain and oilseed exports, raised its forecast by 2 million tons from last month. Harvesting has begun in the north of Santa Fe and in Chaco, and yields in southern Córdoba were better than expected, it said.

"After two years of drought and then the heat in January, this is a relief, but the numbers still do not work for many producers renting land," said Victoria Pagani, who farms 1,200 hectares near Marcos Juárez in Córdoba.

Argentina is the world's top exporter of processed soy, meal and oil, shipping mostly to China, India, Vietnam and the European Union. President Javier Milei's government cut export duties on soybeans to 26% from 33% in January, but they rose back when the temporary cut expired in June.

Low water levels on the Paraná, caused by drought in southern Brazil and Paraguay, have forced ships leaving San Lorenzo and Timbúes to load less cargo, adding costs. Truckers in Córdoba province staged a two-day strike in March over fuel prices, blocking access to the ports of Bahía Blanca and Quequén in Buenos Aires province.

Chinese crushers, meanwhile, have been buying more Brazilian beans, which have been cheaper since a record crop in Mato Grosso. Rains have also helped Uruguay, where farmers in Soriano and Colonia expect a good harvest.

The wheat planting season is expected to start in May. The exchange forecast planting would be similar to last year's 6.7 million hectares, concentrated in the southeast of Buenos Aires province around Tres Arroyos and Necochea.

(Reporting by Maximilian Heath; Editing by Leslie Adler)""",
    [("Argentina","AR",C),("Córdoba","AR",A),("Santa Fe","AR",A),("BUENOS AIRES","AR",N),("Buenos Aires","AR",A),("Rosario","AR",N),("Paraná River","*",N),("Chaco","AR",A),
     ("Victoria","-",Q),("Marcos Juárez","AR",N),("China","CN",C),("India","IN",C),("Vietnam","VN",C),("European Union","*",Q),("Paraná","*",N),("Brazil","BR",C),
     ("Paraguay","PY",C),("San Lorenzo","AR",N,(-32.75,-60.73)),("Timbúes","AR",N),("Bahía Blanca","AR",N),("Quequén","AR",N),("Chinese","CN",C),("Brazilian","BR",C),
     ("Mato Grosso","BR",A),("Uruguay","UY",C),("Soriano","UY",N),("Colonia","UY",N),("Tres Arroyos","AR",N),("Necochea","AR",N)])

add("c", """Córdoba to cap visitors to its Mosque-Cathedral as overtourism protests spread

MADRID, July 22 (Reuters) - The southern Spanish city of Córdoba will limit daily visitors to its Mosque-Cathedral from next year, officials said on Tuesday, joining Seville and Granada in trying to manage record tourist numbers that have fuelled protests across Spain.

Spain welcomed 94 million foreign tourists last year, a record, and expects more in 2025, with Britons, French and Germans the largest groups. Andalusia, the southern region that includes Córdoba, Seville, Granada and Málaga, accounted for about 14 million of them.

The Mosque-Cathedral, a former mosque built in the 8th century when Córdoba was the capital of Islamic Spain, received 2.1 million visitors last year. Under the new rules, tickets will have to be booked online, and tour groups will be restricted to 25 people.

"We are not against tourism, we live from tourism, but the old quarter is becoming a theme park," said Paris Romero, who runs a flamenco bar near the Roman bridge. Rents in the historic centre have doubled in five years as flats were turned into holiday lets.

Granada already limits tickets to the Alhambra, and Seville has introduced a charge for non-residents to enter the Plaza de España. In Barcelona, where residents sprayed tourists with water pistols last summer, the city plans to ban tourist flats entirely by 2028. Thousands marched in Málaga and in Palma de Mallorca in June under the slogan "Tourists go home".

The Canary Islands have also seen protests, with demonstrators in Tenerife calling for a moratorium on new hotels. Tourism officials in Valencia said the city was recovering bookings lost after last year's floods.

Spain's tourism minister Jordi Hereu said the industry accounts for 13% of GDP. "The challenge is not to have fewer tourists but to distribute them better," he said in Madrid, pointing to inland destinations such as Extremadura, Teruel and Soria.

Ryanair, based in Dublin, said separately it would cut capacity at regional Spanish airports such as Santiago and Jerez this winter over airport fees, which it said made the country's smaller cities uncompetitive.

(Reporting by Belén Carreño; Editing by Aislinn Laing)""",
    [("Córdoba","ES",N,(37.88,-4.78)),("Mosque-Cathedral","ES",Q),("MADRID","ES",N),("Spanish","ES",C),("Seville","ES",N),("Granada","ES",N,(37.18,-3.60)),("Spain","ES",C),
     ("Britons","GB",C),("French","FR",C),("Germans","DE",C),("Andalusia","ES",A),("Málaga","ES",N),("Paris","-",Q),("Alhambra","ES",Q),("Plaza de España","ES",Q),
     ("Barcelona","ES",N),("Palma de Mallorca","ES",N),("Canary Islands","ES",A),("Tenerife","ES",N),("Valencia","ES",N,(39.47,-0.38)),("Madrid","ES",N),("Extremadura","ES",A),
     ("Teruel","ES",N),("Soria","ES",N),("Dublin","IE",N),("Santiago","ES",N,(42.88,-8.54)),("Jerez","ES",N),("Belén","-",Q)])

add("c", """Intel to expand Costa Rica chip testing plant as tariffs reshape supply chains

SAN JOSE, Costa Rica, May 14 (Reuters) - Intel Corp will invest $1.2 billion to expand its chip assembly and test operations in Costa Rica over the next two years, the company and the Central American country's government said on Wednesday, as U.S. chipmakers look for alternatives to Asian plants amid trade tensions.

The expansion at Intel's campus in Belén, in Heredia province just west of the capital San José, will add about 1,200 jobs, Costa Rican President Rodrigo Chaves said at a news conference. The plant tests processors made at Intel fabs in Chandler, Arizona, and Hillsboro, Oregon, before they are shipped to customers.

Intel, based in Santa Clara, California, closed its Costa Rica assembly lines in 2014 and moved the work to Malaysia, Vietnam and China, before partly reversing that decision in 2020. The company's largest assembly and test hub remains in Penang, Malaysia, where it also has a site in Kulim, in neighbouring Kedah state.

"Costa Rica offers political stability, a skilled workforce and proximity to the United States," said Chad Bennett, Intel's vice president for global operations.

Costa Rica exported $7 billion in medical devices last year, overtaking bananas and pineapples, with companies such as Boston Scientific and Medtronic operating in free-trade zones in Cartago and Alajuela.

The government has pitched the country as a "nearshoring" destination under the U.S. CHIPS Act, which set aside money for partners in the Americas. Panama and Mexico are also competing for investment; Mexico's Jalisco state, home to a cluster of electronics plants around Guadalajara, has long been called "Mexico's Silicon Valley".

Power supply is a concern. Costa Rica generates nearly all of its electricity from renewable sources, mainly hydropower, but a drought last year forced rolling blackouts as reservoirs such as Lake Arenal fell to record lows. The state power company ICE said it would add gas-fired capacity at its plant in Moín, near the Caribbean port of Limón.

Shares of Intel rose 1.5% in New York trading.

(Reporting by Alvaro Murillo in San Jose; additional reporting by Max Cherney in San Francisco; Editing by Sonali Paul)""",
    [("Costa Rica","CR",C),("SAN JOSE","CR",N,(9.93,-84.08)),("Central American","*",Q),("U.S.","US",C),("Asian","*",Q),("Belén","CR",N,(9.98,-84.18)),("Heredia","CR",A),
     ("San José","CR",N,(9.93,-84.08)),("Costa Rican","CR",C),("Chandler","US",N,"US.AZ"),("Arizona","US",A),("Hillsboro","US",N,"US.OR"),("Oregon","US",A),
     ("Santa Clara","US",N,"US.CA"),("California","US",A),("Malaysia","MY",C),("Vietnam","VN",C),("China","CN",C),("Penang","MY",A),("Kulim","MY",N),("Kedah","MY",A),
     ("United States","US",C),("Chad","-",Q),("Boston Scientific","US",Q),("Cartago","CR",N),("Alajuela","CR",N),("Americas","*",N),("Panama","PA",C),("Mexico","MX",C),
     ("Jalisco","MX",A),("Guadalajara","MX",N,(20.67,-103.35)),("Silicon Valley","*",Q),("Lake Arenal","CR",N),("Moín","CR",N),("Caribbean","*",N),("Limón","CR",N),
     ("New York","US",N),("San Jose","CR",N,(9.93,-84.08)),("San Francisco","US",N,"US.CA")])

add("c", """Antarctic sea ice hits record low for third year, scientists warn

Sea ice around Antarctica has shrunk to its lowest winter maximum on record for the third year running, scientists said on Monday, raising fears that the Southern Ocean has entered a new state that could accelerate global heating.

Satellite data analysed by the National Snow and Ice Data Center in Boulder, Colorado, showed the ice peaked at 17.2m sq km in mid-September, about 1.8m sq km below the 1981-2010 average, an area larger than Alaska.

"This is not a blip any more," said Dr Georgia Wheeler, a sea-ice physicist at the University of Tasmania's Institute for Marine and Antarctic Studies in Hobart. "We are seeing open water in places like the Bellingshausen Sea and off Victoria Land where, in my career, we always had ice."

The decline has consequences far beyond the continent. Less sea ice means more of the sun's energy is absorbed by the ocean, and emperor penguin colonies that breed on the ice, such as those in the Weddell Sea, have suffered repeated breeding failures.

The British Antarctic Survey, based in Cambridge, said its research ship RRS Sir David Attenborough had found open water hundreds of kilometres further south than usual on its way from Punta Arenas, in southern Chile, to Rothera, its main base on the Antarctic Peninsula.

Australia, which runs three research stations on the continent, said this month it would fund an icebreaker voyage from Hobart to the Denman Glacier in East Antarctica, where researchers have found the deepest canyon on land.

New Zealand scientists based at Scott Base, near the US McMurdo Station on Ross Island, are drilling through the ice shelf to study how warm water is reaching its underside. Flights to the base leave from Christchurch.

China opened its fifth Antarctic station, Qinling, on Inexpressible Island in the Ross Sea last year, and India and South Korea have expanded their programmes.

Not all scientists agree the shift is permanent. Prof Chad Harrison, of the Scripps Institution of Oceanography in La Jolla, California, said variability in the winds around the continent could explain part of the decline. "Antarctica has surprised us before," he said.

The findings will be presented at a meeting of the Scientific Committee on Antarctic Research in Cape Town in October.""",
    [("Antarctic","*",Q),("Antarctica","*",N),("Southern Ocean","*",N),("Boulder","US",N,"US.CO"),("Colorado","US",A),("Alaska","US",A),("Georgia","-",Q),
     ("University of Tasmania","AU",Q),("Hobart","AU",N),("Bellingshausen Sea","*",N),("Victoria Land","*",N),("Weddell Sea","*",N),("British Antarctic Survey","GB",Q),
     ("Cambridge","GB",N,(52.20,0.12)),("RRS Sir David Attenborough","-",Q),("Punta Arenas","CL",N),("Chile","CL",C),("Rothera","*",N),("Antarctic Peninsula","*",N),
     ("Australia","AU",C),("Denman Glacier","*",N),("East Antarctica","*",N),("New Zealand","NZ",C),("Scott Base","*",Q),("US","US",C),("McMurdo Station","*",N),
     ("Ross Island","*",N),("Christchurch","NZ",N,(-43.53,172.63)),("China","CN",C),("Qinling","*",Q),("Inexpressible Island","*",N),("Ross Sea","*",N),("India","IN",C),
     ("South Korea","KR",C),("Chad","-",Q),("La Jolla","US",N,(32.84,-117.27)),("California","US",A),("Cape Town","ZA",N)])

add("c", """Nigerian director's Lagos drama wins special mention at Cannes

CANNES, France (AP) — "My Father's Shadow," a drama about a father and his two sons in Lagos on the day of Nigeria's annulled 1993 election, won a special mention at the Cannes Film Festival on Saturday, the first Nigerian feature ever selected for the festival's official lineup.

Director Akinola Davies Jr., who was born in London and grew up between Lagos and Forest Gate in east London, dedicated the award to his late father. "He took me to the cinema in Surulere every Saturday," he said.

The film was shot over 28 days in Lagos and in Ibadan and Ijebu-Ode, with a largely local crew, on a budget of less than $2 million.

The Palme d'Or went to Iranian director Jafar Panahi for "It Was Just an Accident," which he filmed secretly in Tehran. Panahi, who was barred from leaving Iran for years, received a long standing ovation when he walked onto the stage.

Norway's Joachim Trier won the Grand Prix for "Sentimental Value," set in Oslo, and Brazil's Kleber Mendonça Filho was named best director for "The Secret Agent," set in Recife in 1977.

African cinema has had a strong year on the Croisette. The Chadian filmmaker Mahamat-Saleh Haroun, whose "Lingui" was shot in N'Djamena, said the recognition for a Nigerian film was "long overdue."

Nollywood, centred on Lagos, produces around 2,500 films a year, but most are made quickly and cheaply for streaming and television. Streaming platforms have cut back their Nigerian commissions, and producers are looking to festivals in Toronto, Venice and Berlin for international distribution.

Davies said he hoped the award would encourage young filmmakers from Kano to Port Harcourt. The film was produced with funding from the BFI in Britain and from the Red Sea Film Foundation in Jeddah, Saudi Arabia.

It will be released in the United Kingdom in the autumn, and in Nigeria early next year, after screenings in Dakar and Johannesburg.""",
    [("Nigerian","NG",C),("Lagos","NG",N),("Cannes","FR",N),("CANNES","FR",N),("France","FR",C),("Nigeria","NG",C),("Cannes Film Festival","FR",Q),("London","GB",N),
     ("Forest Gate","GB",N),("Surulere","NG",N),("Ibadan","NG",N),("Ijebu-Ode","NG",N),("Iranian","IR",C),("Tehran","IR",N),("Iran","IR",C),("Norway","NO",C),("Oslo","NO",N),
     ("Brazil","BR",C),("Recife","BR",N),("Croisette","FR",Q),("African","*",Q),("Chadian","TD",C),("N'Djamena","TD",N),("Toronto","CA",N,(43.70,-79.42)),("Venice","IT",N,(45.44,12.33)),
     ("Berlin","DE",N),("Kano","NG",N),("Port Harcourt","NG",N),("Britain","GB",C),("Red Sea Film Foundation","SA",Q),("Jeddah","SA",N),("Saudi Arabia","SA",C),
     ("United Kingdom","GB",C),("Dakar","SN",N),("Johannesburg","ZA",N)])

add("c", """Zambia copper output jumps as Lobito rail link speeds exports

LUSAKA, Feb 20 (Reuters) - Zambia's copper production rose 9% last year to 820,000 metric tons, the mines ministry said on Thursday, as new investment flowed into the Copperbelt and a U.S.-backed railway to Angola's Atlantic port of Lobito began carrying its first ore.

Output rose at First Quantum Minerals' Kansanshi mine in North-Western province and at Mopani Copper Mines in Kitwe and Mufulira, which was bought last year by International Resources Holding, controlled by members of Abu Dhabi's royal family.

Zambia aims to raise production to 3 million tons a year by 2031, a target analysts in Johannesburg and London consider ambitious.

The Lobito Corridor, a 1,300 km line running from Lobito through Huambo and Luena to the Congolese border and on to Kolwezi in the Democratic Republic of Congo's Katanga region, is being refurbished by a consortium led by Trafigura with financing from Washington and the European Union. A new 800 km spur would connect it to Zambia's Chingola.

Currently most Zambian copper travels by truck to Dar es Salaam in Tanzania or to Durban in South Africa, a journey that can take weeks because of congestion at the Kasumbalesa and Beitbridge border posts.

Smaller miners are moving in as well. Perth-based Kalahari Copper Ltd said it had found high-grade copper near Mwinilunga, close to the Angolan border, and would seek a listing in Toronto.

Mining minister Paul Kabuswe said the government would not repeat the mistakes of the past, when state-owned mines were sold cheaply in the 1990s. "We will not be a country that digs holes and ships rocks to China," he said in Lusaka.

Copper prices hit a record above $11,000 a ton on the London Metal Exchange in May, driven by demand for electric vehicles and power grids. Chile and Peru remain the world's largest producers, though output at Chile's Escondida mine, in the Atacama desert near Antofagasta, has been flat.

(Reporting by Chris Mfula in Lusaka; Writing by Felix Njini in Johannesburg; Editing by Jan Harvey)""",
    [("Zambia","ZM",C),("Lobito","AO",N),("LUSAKA","ZM",N),("Copperbelt","ZM",N),("U.S.","US",C),("Angola","AO",C),("Atlantic","*",N),("Kansanshi","ZM",N),("North-Western","ZM",A),
     ("Mopani Copper Mines","ZM",Q),("Kitwe","ZM",N),("Mufulira","ZM",N),("Abu Dhabi","AE",N),("Johannesburg","ZA",N),("London","GB",N),("Lobito Corridor","AO",Q),
     ("Huambo","AO",N),("Luena","AO",N),("Congolese","CD",C),("Kolwezi","CD",N),("Democratic Republic of Congo","CD",C),("Katanga","CD",N),("Washington","US",N,"US.DC"),
     ("European Union","*",Q),("Chingola","ZM",N),("Zambian","ZM",C),("Dar es Salaam","TZ",N),("Tanzania","TZ",C),("Durban","ZA",N),("South Africa","ZA",C),
     ("Kasumbalesa","CD|ZM",N),("Beitbridge","ZW|ZA",N),("Perth","AU",N,(-31.95,115.86)),("Kalahari Copper Ltd","*",Q),("Mwinilunga","ZM",N),("Angolan","AO",C),
     ("Toronto","CA",N,(43.70,-79.42)),("China","CN",C),("Lusaka","ZM",N),("London Metal Exchange","GB",Q),("Chile","CL",C),("Peru","PE",C),("Escondida","CL",Q),
     ("Atacama","CL",N),("Antofagasta","CL",N)])

add("c", """Desmond 'Dessie' Campbell obituary

Reggae bassist who carried the sound of Kingston to Handsworth and became a mainstay of the British roots scene

Desmond "Dessie" Campbell, who has died aged 78, was a bass player whose deep, rolling lines anchored some of the best-loved British reggae records of the 1970s and 80s.

Born in Trench Town, Kingston, the son of a dockworker and a seamstress from St Ann, he taught himself on a homemade one-string guitar before joining a sound system in Jones Town as a teenager. In 1962, the year Jamaica became independent, his mother emigrated to England and sent for him two years later; he arrived at Southampton on a banana boat and joined her in a terraced house in Handsworth, Birmingham.

He played in pub bands in Wolverhampton and Coventry before co-founding the group Roots Nation with the singer Victoria Allen in 1974. Their single Babylon Road, recorded at a studio in Harlesden, north-west London, reached the Top 40 in 1978 and was championed by John Peel on BBC Radio 1. The band's mix of Jamaican rhythms and lyrics about life in the Midlands won them a following far beyond the West Indian community.

Through the 1980s Roots Nation toured Europe, Japan and Nigeria, and Dessie returned to Kingston every winter to record, often bringing back boxes of seven-inch singles to sell at gigs. His playing can be heard on records by Aswad and Steel Pulse, though he was rarely credited.

After the band split in 1989 he settled in Bristol, where he taught bass at a community centre in St Paul's and ran a record stall at St Nicholas Market for twenty years. Younger musicians from Bristol's trip-hop scene sought him out for sessions, and he appeared on stage with Massive Attack at the Colston Hall in 1998. He played his last concert at the Notting Hill Carnival in 2019.

He was appointed MBE in 2016 for services to music. "I just played what the song needed," he told an interviewer. "Bass is the floor. Nobody looks at the floor until it's gone."

His marriage to Jackie, a nurse from Montego Bay, ended in divorce. He is survived by their son, Chad, a drummer, and daughter, Georgia, and by four grandchildren.

Desmond Campbell, musician, born 4 March 1947; died 9 June 2025""",
    [("Kingston","JM",N,(17.99,-76.79)),("Handsworth","GB",N,(52.50,-1.93)),("British","GB",C),("Trench Town","JM",N),("St Ann","JM",N),("Jones Town","JM",N),("Jamaica","JM",C),
     ("England","GB",N),("Southampton","GB",N),("Birmingham","GB",N,(52.48,-1.89)),("Wolverhampton","GB",N),("Coventry","GB",N),("Victoria","-",Q),("Babylon Road","-",Q),
     ("Harlesden","GB",N),("London","GB",N),("Jamaican","JM",C),("Midlands","GB",N),("West Indian","*",Q),("Europe","*",N),("Japan","JP",C),("Nigeria","NG",C),
     ("Bristol","GB",N,(51.45,-2.59)),("St Paul's","GB",N,(51.46,-2.58)),("St Nicholas Market","GB",Q),("Colston Hall","GB",Q),("Notting Hill Carnival","GB",Q),
     ("Montego Bay","JM",N),("Chad","-",Q),("Georgia","-",Q)])

add("c", """Harbour Air to fly electric seaplane between Vancouver and Victoria by 2027

VANCOUVER — Harbour Air Seaplanes says it plans to launch the world's first commercial electric airline route between downtown Vancouver and Victoria's Inner Harbour in 2027, after Transport Canada approved the next stage of testing for its battery-powered de Havilland Beaver.

The Richmond, B.C.-based carrier, North America's largest seaplane airline, has been flight-testing the converted six-seat aircraft since 2019 with magniX, an electric motor maker based in Everett, Wash.

Chief executive Greg McDougall said the 35-minute hop across the Strait of Georgia was an ideal route for electric aircraft because it is short, busy and over water. The airline carries about 500,000 passengers a year on routes linking Vancouver, Victoria, Nanaimo, Whistler, Tofino and Salt Spring Island, as well as Seattle's Lake Union.

"The Strait of Georgia is our runway and our market," McDougall said.

The approval comes as British Columbia pushes to cut emissions from transport. The province has offered $1 million toward the project, and the federal government in Ottawa has pledged funding for charging infrastructure at the Victoria and Vancouver terminals.

Battery technology remains the main obstacle. The current battery pack limits the Beaver to about 30 minutes of flight with a reserve, enough for the Victoria run but not for longer routes such as Vancouver to Prince Rupert or Kelowna.

Other companies are racing to electrify short-haul flights. Norway, which wants all domestic flights to be electric by 2040, is testing electric planes on routes from Bergen, and Sweden's Heart Aerospace, based in Gothenburg, is developing a 30-seat hybrid aircraft for United Airlines and Air Canada. In Australia, a seaplane operator in Sydney has ordered two converted Cessna Caravans.

Analysts say the economics still depend on subsidies. "It's a great showcase," said Victoria Hargreaves, an aviation analyst at a firm in Toronto. "But one Beaver doesn't make an airline."

Harbour Air is privately held; the company is majority-owned by McDougall and a group of Vancouver-based investors.""",
    [("Vancouver","CA",N,(49.25,-123.12)),("Victoria#1,2,3,4,5","CA",N,(48.43,-123.37)),("VANCOUVER","CA",N,(49.25,-123.12)),("Inner Harbour","CA",Q),("Transport Canada","CA",Q),
     ("Richmond","CA",N,(49.17,-123.14)),("B.C.","CA",A),("North America","*",N),("Everett","US",N,"US.WA"),("Wash.","US",A),("Strait of Georgia","CA|*",N),
     ("Nanaimo","CA",N),("Whistler","CA",N),("Tofino","CA",N),("Salt Spring Island","CA",N),("Seattle","US",N,"US.WA"),("Lake Union","US",N),("British Columbia","CA",A),
     ("Ottawa","CA",N),("Prince Rupert","CA",N),("Kelowna","CA",N),("Norway","NO",C),("Bergen","NO",N,(60.39,5.32)),("Sweden","SE",C),("Gothenburg","SE",N),
     ("Air Canada","CA",Q),("Australia","AU",C),("Sydney","AU",N,(-33.87,151.21)),("Victoria#6","-",Q),("Toronto","CA",N,(43.70,-79.42))])

add("c", """India launches navigation satellite from Sriharikota as space race with private rivals heats up

SRIHARIKOTA, India (AP) — India's space agency launched a navigation satellite on Wednesday from its spaceport on the Bay of Bengal coast, its first mission of the year and the 100th from the Sriharikota launch site, as the country races to claim a bigger share of the global commercial launch market.

The GSLV rocket lifted off from the Satish Dhawan Space Centre at 6:23 a.m. and placed the NVS-02 satellite into orbit about 19 minutes later, the Indian Space Research Organisation said. Crowds watched from the shore of Pulicat Lake and from rooftops in Sullurpeta, the nearest town.

ISRO, headquartered in Bengaluru, plans a crewed mission and a space station by 2035. A second spaceport is under construction at Kulasekarapattinam in Tamil Nadu, which will be used for small rockets built by private companies such as Skyroot Aerospace of Hyderabad and Agnikul Cosmos of Chennai.

Sriharikota sits on a barrier island in Andhra Pradesh's Tirupati district, close to the equator, which gives rockets a boost from the Earth's rotation.

India is competing with launch providers including SpaceX, which flies from Cape Canaveral in Florida and Vandenberg in California; Rocket Lab, which launches from the Mahia Peninsula on New Zealand's North Island and from Wallops Island, Virginia; and Europe's Arianespace, whose Ariane 6 rocket lifts off from Kourou in French Guiana.

China, which has launched more than 60 missions a year recently, flies from Jiuquan in the Gobi desert, from Xichang in Sichuan and from Wenchang on Hainan island. Russia still uses Baikonur in Kazakhstan, which it leases, as well as the newer Vostochny Cosmodrome in the Amur region.

"We are not trying to beat anyone. We are trying to serve our own needs and offer a reliable, low-cost option," ISRO chairman V. Narayanan told reporters in Sriharikota.

Private launches are expected to begin from the new site next year. The government opened the sector to private companies in 2020, and more than 200 space startups have since registered, many of them in Bengaluru.

Associated Press writer Sheikh Saaliq contributed from New Delhi.""",
    [("India","IN",C),("Sriharikota","IN",N),("SRIHARIKOTA","IN",N),("Bay of Bengal","*",N),("Satish Dhawan Space Centre","IN",Q),("Indian Space Research Organisation","IN",Q),
     ("Pulicat Lake","IN",N),("Sullurpeta","IN",N),("Bengaluru","IN",N),("Kulasekarapattinam","IN",N),("Tamil Nadu","IN",A),("Hyderabad","IN",N,(17.38,78.48)),("Chennai","IN",N),
     ("Andhra Pradesh","IN",A),("Tirupati","IN",N),("Cape Canaveral","US",N),("Florida","US",A),("Vandenberg","US",N),("California","US",A),("Mahia Peninsula","NZ",N),
     ("New Zealand","NZ",C),("North Island","NZ",N),("Wallops Island","US",N),("Virginia","US",A),("Europe","*",N),("Kourou","GF|FR",N),("French Guiana","GF|FR",N),
     ("China","CN",C),("Jiuquan","CN",N),("Gobi","*",N),("Xichang","CN",N),("Sichuan","CN",A),("Wenchang","CN",N),("Hainan","CN",A),("Russia","RU",C),("Baikonur","KZ",N),
     ("Kazakhstan","KZ",C),("Vostochny Cosmodrome","RU",Q),("Amur","RU",A),("New Delhi","IN",N)])

CASES = [(t, e) for _, t, e in RAW]
GENRES = [g for g, _, _ in RAW]
