"""uslocal: 40 US small-town and county news articles (150-350 words each), written as US local
papers, TV station sites and AP state wires publish them: the Dothan Eagle, the Pantagraph,
WBIR, KSL, the Jackson Sun, the Ledger, county weeklies and the like.

Written by a helper that read neither geomap's source (geomap/) nor any other set's cases.py;
geomap was not run on these articles while they were written. Events, people and companies are
invented; every place is real (checked against GeoNames where GeoNames has it).

Genres (GENRES gives one letter per article):
  a (14): police and sheriff's blotters, courts, fires, crashes and weather.
  b (13): government (county commissions, parish councils, school boards), business and
          development.
  c (13): community events, fairs and festivals, high-school sport and obituaries.

Regions: the Northeast (VT, PA, NY, ME), the South (AL, TN, TX, MS, LA, KY, GA, FL, SC, WV, OK),
the Midwest (IL, MO, MN, WI, OH, IA, IN), the Plains (NE, KS), the Mountain West (UT, ID, CO,
MT, NM), the Pacific Northwest (OR, WA), California, Alaska and Hawaii.

Conventions:
  - US towns, counties and parishes carry the state hint ("US.TN"); a place missing from
    GeoNames cities500, or a namesake the state hint cannot separate, carries a (lat, lon) hint.
  - Counties and parishes ("Polk County", "Lafayette Parish", "Union, Lee and Pontotoc
    counties") are A; "the county" is not a name and is not listed. Townships, neighborhoods,
    rivers, creeks, lakes, canyons, passes, parks, forests and regions ("East Tennessee",
    "the Magic Valley", "the Panhandle") are N.
  - State abbreviations in AP style ("Tenn.", "Okla.", "W.Va.") are A, like the full names.
  - Highways and roads ("U.S. 231", "Interstate 40", "Oregon 22", "Route 9", "Old Jacksonville
    Highway") are Q with country US: debatable, not counted.
  - Organisations, hospitals, schools, fairs, festivals, airports and arenas whose names
    contain a place ("Tennessee Highway Patrol", "Blount Memorial Hospital", "Tyler ISD",
    "Clay County Fair", "Princeville Airport") are Q with country US: the place inside is not
    counted, and a result in the US there is ignored. "X County Sheriff's Office" and
    "X County Board"/"Legislature" are organisations (Q); "X County commissioners",
    "X County jail" and "X County Commissioner" name the county (A).
  - High-school teams named after their town or county ("Lowndes held on to beat Valdosta",
    "Presque Isle held off Skowhegan", "Thomasville beat Brooks County") are Q with country US.
  - Newspapers and outlets ("Dothan Eagle", "The Jackson Sun"), people named like places
    ("Tyler", "Madison Hayes", "Cody R. Franklin", "Tyrese Jackson", "Addie Lincoln"), a
    whiskey ("Bourbon distillery"), a stadium nickname ("Death Valley"), fire names and
    things named after people ("Lionel Hampton Jazz Festival") are non-places ("-").
  - Demonyms and adjectives ("Japanese", "Mexican", "Canadian", "Portuguese") are "?" with
    their country.
  - Rivers that cross the border (the Rio Grande) are "*".
  - The state of Washington, named in full, carries a (lat, lon) hint at the state's GeoNames
    point so that Washington, D.C. is not accepted.
"""
C, A, T, N = "country", "admin1", "city", None
Q = "?"

RAW = []


def add(g, text, exp):
    RAW.append((g, text, exp))


# ---------------------------------------------------------------- genre a
add("a", """Two killed in head-on crash on U.S. 231 north of Dothan

By Jim Folsom
Dothan Eagle

DOTHAN, Ala. — Two people died late Sunday in a head-on collision on U.S. 231 north of Dothan near the Houston-Dale county line, the Alabama Law Enforcement Agency said Monday.

Troopers said a northbound 2014 Chevrolet Silverado driven by Marcus Headley, 41, of Ozark crossed the median near the Pinckard exit and struck a southbound Toyota Camry. Headley and the driver of the Camry, Linda Pruitt, 67, of Headland, were pronounced dead at the scene. A passenger in the Camry, a 15-year-old girl from Cottonwood, was flown to Flowers Hospital in Dothan and later transferred to Children's of Alabama in Birmingham.

The crash, just inside Dale County, closed the southbound lanes for nearly four hours. Traffic was diverted onto Alabama 134 and county roads through Headland and Kinsey, and the Houston County Sheriff's Office helped with detours.

It was the third fatal wreck this year on the Dothan-to-Ozark stretch of U.S. 231. In March, a Fort Novosel soldier died when his motorcycle left the road near Midland City, and in June a Newton woman was killed near the Napier Field exit.

State Rep. Paul Lee of Dothan said he has asked the Alabama Department of Transportation to study a cable barrier for the median between Dothan and Troy, a project he said would likely cost about $9 million.

"This road carries everybody heading up to Montgomery and everybody coming down to Panama City Beach," Lee said. "We can't keep losing people on it."

ALEA is still investigating. Anyone who saw the crash is asked to call the ALEA post in Dothan at 334-983-5616.""", [
    ("DOTHAN", "US", T, "US.AL"),
    ("Ala.", "US", A),
    ("Dothan", "US", T, "US.AL"),
    ("Dothan Eagle", "-", N),
    ("U.S. 231", "US", Q),
    ("Houston", "US", A, "US.AL"),
    ("Dale", "US", A, "US.AL"),
    ("Alabama Law Enforcement Agency", "US", Q),
    ("Ozark", "US", T, "US.AL"),
    ("Pinckard", "US", T, "US.AL"),
    ("Headland", "US", T, "US.AL"),
    ("Cottonwood", "US", T, "US.AL"),
    ("Children's of Alabama", "US", Q),
    ("Birmingham", "US", T, "US.AL"),
    ("Dale County", "US", A, "US.AL"),
    ("Alabama 134", "US", Q),
    ("Kinsey", "US", T, "US.AL"),
    ("Houston County Sheriff's Office", "US", Q),
    ("Fort Novosel", "US", Q),
    ("Midland City", "US", T, "US.AL"),
    ("Newton", "US", T, "US.AL"),
    ("Napier Field", "US", T, "US.AL"),
    ("Alabama Department of Transportation", "US", Q),
    ("Troy", "US", T, "US.AL"),
    ("Montgomery", "US", T, "US.AL"),
    ("Panama City Beach", "US", T, "US.FL"),
])

add("a", """McLean County sheriff: Le Roy man charged after 110 mph chase on I-74

By Kelsey Watznauer
The Pantagraph

BLOOMINGTON — A Le Roy man faces felony charges after leading McLean County sheriff's deputies on a chase that reached 110 mph on Interstate 74 early Saturday, authorities said.

Deputies tried to stop a pickup for speeding on U.S. 150 near Downs about 1:15 a.m., according to a sheriff's department report. The driver, Cody R. Franklin, 29, fled west on I-74 toward Bloomington before hitting stop sticks near the Interstate 55 interchange. He was treated at OSF St. Joseph Medical Center in Bloomington for minor injuries and then booked into the McLean County jail.

Franklin is charged with aggravated fleeing and eluding and driving on a revoked license. He was also wanted on a warrant out of Sangamon County, where he is accused of a burglary in Springfield last fall.

Elsewhere in the county:

— Normal police arrested a 19-year-old Heyworth woman on a retail theft charge at a store on Veterans Parkway.

— A barn fire east of Towanda destroyed about 400 bales of hay Thursday. The Towanda Fire Protection District said no animals were hurt.

— A 52-year-old Lexington man was cited after his semitrailer struck a railroad viaduct in Chenoa, closing U.S. 24 for three hours.

— Illinois State Police are investigating a single-vehicle crash on Interstate 55 near Shirley that injured a Pontiac couple.

Bloomington police also reminded residents that the Constitution Trail crossing at Empire Street will close next week for repairs.

Anyone with information about the chase is asked to call McLean County Crime Stoppers at 309-828-1111.""", [
    ("McLean County", "US", A, "US.IL"),
    ("Le Roy", "US", T, "US.IL"),
    ("I-74", "US", Q),
    ("The Pantagraph", "-", N),
    ("BLOOMINGTON", "US", T, "US.IL"),
    ("Interstate 74", "US", Q),
    ("U.S. 150", "US", Q),
    ("Downs", "US", T, "US.IL"),
    ("Franklin", "-", N),
    ("Bloomington", "US", T, "US.IL"),
    ("Interstate 55", "US", Q),
    ("OSF St. Joseph Medical Center", "-", N),
    ("Sangamon County", "US", A, "US.IL"),
    ("Springfield", "US", T, "US.IL"),
    ("Normal", "US", T, "US.IL"),
    ("Heyworth", "US", T, "US.IL"),
    ("Towanda", "US", T, "US.IL"),
    ("Towanda Fire Protection District", "US", Q),
    ("Lexington", "US", T, "US.IL"),
    ("Chenoa", "US", T, "US.IL"),
    ("U.S. 24", "US", Q),
    ("Illinois State Police", "US", Q),
    ("Shirley", "US", T, "US.IL"),
    ("Pontiac", "US", T, "US.IL"),
    ("McLean County Crime Stoppers", "US", Q),
])

add("a", """NWS confirms EF-2 tornado in Blount County as storms knock out power across East Tennessee

WBIR Staff

MARYVILLE, Tenn. (WBIR) — The National Weather Service in Morristown confirmed Tuesday that an EF-2 tornado with winds near 120 mph cut a 7-mile path through Blount County during Monday night's storms.

The tornado touched down near Friendsville around 10:20 p.m., crossed U.S. 321 west of Maryville and lifted near the Little River south of Rockford, according to a preliminary survey. At least a dozen homes were damaged and a barn on Sam Houston School Road was flattened. Blount County Emergency Management said two people were treated at Blount Memorial Hospital for minor injuries.

The same line of storms dropped quarter-size hail in Lenoir City and Loudon and brought down trees across Knox County. More than 40,000 Knoxville Utilities Board customers lost power at the peak, the utility said. In Sevier County, crews cleared a rockslide from the Spur between Gatlinburg and Pigeon Forge, and the National Park Service closed Little River Road inside Great Smoky Mountains National Park until Wednesday.

Farther east, the Tennessee Highway Patrol closed Interstate 40 near Dandridge in Jefferson County for about an hour after a tractor-trailer jackknifed in heavy rain. Flash flooding was reported along the Nolichucky River near Greeneville.

Morristown forecasters said a second round of storms could reach the Cumberland Plateau by Thursday afternoon before moving into East Tennessee and the mountains of western North Carolina.

To report damage, Blount County residents can call 865-273-5750.""", [
    ("Blount County", "US", A, "US.TN"),
    ("East Tennessee", "US", N),
    ("MARYVILLE", "US", T, "US.TN"),
    ("Tenn.", "US", A),
    ("Morristown", "US", T, "US.TN"),
    ("Friendsville", "US", T, "US.TN"),
    ("U.S. 321", "US", Q),
    ("Maryville", "US", T, "US.TN"),
    ("Little River", "US", N, "US.TN"),
    ("Rockford", "US", T, "US.TN"),
    ("Sam Houston School Road", "US", Q),
    ("Blount County Emergency Management", "US", Q),
    ("Blount Memorial Hospital", "US", Q),
    ("Lenoir City", "US", T, "US.TN"),
    ("Loudon", "US", T, "US.TN"),
    ("Knox County", "US", A, "US.TN"),
    ("Knoxville Utilities Board", "US", Q),
    ("Sevier County", "US", A, "US.TN"),
    ("Gatlinburg", "US", T, "US.TN"),
    ("Pigeon Forge", "US", T, "US.TN"),
    ("Little River Road", "US", Q),
    ("Great Smoky Mountains National Park", "US", N),
    ("Tennessee Highway Patrol", "US", Q),
    ("Interstate 40", "US", Q),
    ("Dandridge", "US", T, "US.TN"),
    ("Jefferson County", "US", A, "US.TN"),
    ("Nolichucky River", "US", N),
    ("Greeneville", "US", T, "US.TN"),
    ("Cumberland Plateau", "US", N),
    ("North Carolina", "US", A),
])

add("a", """2 dead after SUV, semi collide in Spanish Fork Canyon

By Carter Williams, KSL.com

SPANISH FORK — Two people were killed Wednesday when an SUV and a semitrailer collided on U.S. 6 in Spanish Fork Canyon, closing the highway for much of the afternoon, the Utah Highway Patrol said.

The crash happened about 12:30 p.m. roughly 3 miles east of the Thistle junction with U.S. 89, according to Utah Highway Patrol Sgt. Cameron Roden. An eastbound Ford Explorer drifted across the center line and hit a westbound semi hauling coal from Carbon County, Roden said.

The driver of the SUV, a 58-year-old Price man, and his passenger, a 55-year-old woman from Helper, died at the scene. The truck driver, from Wellington, was taken to Utah Valley Hospital in Provo in stable condition.

U.S. 6 was closed between Spanish Fork and Soldier Summit until about 5 p.m. Drivers heading to Price and Castle Dale were told to take I-15 south to Nephi and then U.S. 89 through Sanpete County, a detour that added more than an hour.

U.S. 6 is the main route between the Wasatch Front and the Uinta Basin and Carbon and Emery counties, and it has a long history of deadly crashes. The Utah Department of Transportation has spent more than $200 million since 2007 adding passing lanes and rumble strips between Spanish Fork and Price.

Later Wednesday, Utah County sheriff's deputies responded to a rollover on state Route 198 in Salem that sent a Payson teenager to the hospital. And in Salt Lake City, a pedestrian was struck near 400 South and State Street.""", [
    ("Spanish Fork Canyon", "US", N),
    ("KSL.com", "-", N),
    ("SPANISH FORK", "US", T, "US.UT"),
    ("U.S. 6", "US", Q),
    ("Utah Highway Patrol", "US", Q),
    ("Thistle", "US", N, (39.99, -111.49)),
    ("U.S. 89", "US", Q),
    ("Carbon County", "US", A, "US.UT"),
    ("Price", "US", T, "US.UT"),
    ("Helper", "US", T, "US.UT"),
    ("Wellington", "US", T, "US.UT"),
    ("Utah Valley Hospital", "US", Q),
    ("Provo", "US", T, "US.UT"),
    ("Spanish Fork", "US", T, "US.UT"),
    ("Soldier Summit", "US", N, (39.93, -111.08)),
    ("Castle Dale", "US", T, "US.UT"),
    ("I-15", "US", Q),
    ("Nephi", "US", T, "US.UT"),
    ("Sanpete County", "US", A, "US.UT"),
    ("Wasatch Front", "US", N),
    ("Uinta Basin", "US", N),
    ("Carbon", "US", A, "US.UT"),
    ("Emery", "US", A, "US.UT"),
    ("Utah Department of Transportation", "US", Q),
    ("Utah County", "US", A, "US.UT"),
    ("Route 198", "US", Q),
    ("Salem", "US", T, "US.UT"),
    ("Payson", "US", T, "US.UT"),
    ("Salt Lake City", "US", T, "US.UT"),
])

add("a", """Lamar County jury sentences Paris man to 45 years in fatal shooting

The Paris News

PARIS, Texas — A Lamar County jury on Thursday sentenced a 34-year-old Paris man to 45 years in prison for the 2023 shooting death of a Clarksville man outside a convenience store on Loop 286.

Jurors in the 6th District Court deliberated about three hours before finding Dequan Tyler guilty of murder, District Attorney Gary Young said. Tyler shot 27-year-old Marcus Madison of Clarksville after an argument in the parking lot in October 2023, prosecutors said. Madison died at Paris Regional Health.

Tyler was arrested two days later at a relative's home in Hugo, Okla., about 20 miles north across the Red River, by Choctaw County deputies and U.S. marshals. He waived extradition and was returned to the Lamar County Jail.

During the weeklong trial, jurors heard from witnesses from Paris, Reno and Detroit, a small town in neighboring Red River County, and watched surveillance video from the store. Defense attorney Bill Harris of Sulphur Springs argued the shooting was self-defense.

"Marcus had a family and a job in Clarksville. He should be alive," Madison's mother said after the sentencing.

Tyler must serve at least half of his sentence before he is eligible for parole. He will be sent to a Texas Department of Criminal Justice unit near Palestine for processing.

In an unrelated case, a Honey Grove woman was sentenced to five years' probation for stealing from the Fannin County school district where she worked.""", [
    ("Lamar County", "US", A, "US.TX"),
    ("Paris", "US", T, "US.TX"),
    ("The Paris News", "-", N),
    ("PARIS", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Clarksville", "US", T, "US.TX"),
    ("Tyler", "-", N),
    ("Madison", "-", N),
    ("Paris Regional Health", "US", Q),
    ("Hugo", "US", T, "US.OK"),
    ("Okla.", "US", A),
    ("Red River", "US", N),
    ("Choctaw County", "US", A, "US.OK"),
    ("U.S.", "US", Q),
    ("Reno", "US", T, "US.TX"),
    ("Detroit", "US", T, "US.TX"),
    ("Red River County", "US", A, "US.TX"),
    ("Sulphur Springs", "US", T, "US.TX"),
    ("Texas Department of Criminal Justice", "US", Q),
    ("Palestine", "US", T, "US.TX"),
    ("Honey Grove", "US", T, "US.TX"),
    ("Fannin County", "US", A, "US.TX"),
])

add("a", """Level 3 'Go Now' evacuations ordered as wildfire grows near Detroit Lake

Statesman Journal

GATES, Ore. — A wind-driven wildfire in the Santiam Canyon grew to more than 4,000 acres overnight, prompting Level 3 "Go Now" evacuation orders for Detroit and Idanha and closing Oregon 22 east of Gates, officials said Saturday.

The Whetstone Fire started Friday afternoon in the Willamette National Forest north of Detroit Lake, forest officials said. Gusts of up to 40 mph pushed it south toward the North Santiam River and the lake's marinas.

The Marion County Sheriff's Office went door to door in Detroit on Friday night. Level 2 "Be Set" notices were issued for Gates, Mill City and the Little North Fork area, and Linn County issued a Level 1 notice for homes along Oregon 22 east of Lyons.

An evacuation center opened at Stayton Middle School, and the Oregon State Fairgrounds in Salem is accepting livestock. Smoke blanketed the mid-Willamette Valley, and the Oregon Department of Environmental Quality issued an air quality advisory for Salem, Albany and Silverton through Monday.

Gov. Tina Kotek invoked the Emergency Conflagration Act on Saturday morning, sending structural firefighting crews from Lane, Polk and Yamhill counties. Many Santiam Canyon residents lost homes in the 2020 Beachie Creek and Lionshead fires, which burned through Detroit, Gates and Mill City.

"People up here have been through this before, and they are not taking chances," Marion County Commissioner Danielle Bethell said in Stayton.

Highway 22 is closed from Gates to the junction with U.S. 20 near Santiam Pass. Check TripCheck.com for updates.""", [
    ("Detroit Lake", "US", N),
    ("Statesman Journal", "-", N),
    ("GATES", "US", T, "US.OR"),
    ("Ore.", "US", A),
    ("Santiam Canyon", "US", N),
    ("Detroit", "US", T, "US.OR"),
    ("Idanha", "US", T, "US.OR"),
    ("Oregon 22", "US", Q),
    ("Gates", "US", T, "US.OR"),
    ("Whetstone Fire", "-", N),
    ("Willamette National Forest", "US", N),
    ("North Santiam River", "US", N),
    ("Marion County Sheriff's Office", "US", Q),
    ("Mill City", "US", T, "US.OR"),
    ("Little North Fork", "US", N),
    ("Linn County", "US", A, "US.OR"),
    ("Lyons", "US", T, "US.OR"),
    ("Stayton Middle School", "US", Q),
    ("Oregon State Fairgrounds", "US", Q),
    ("Salem", "US", T, "US.OR"),
    ("Willamette Valley", "US", N),
    ("Oregon Department of Environmental Quality", "US", Q),
    ("Albany", "US", T, "US.OR"),
    ("Silverton", "US", T, "US.OR"),
    ("Lane", "US", A, "US.OR"),
    ("Polk", "US", A, "US.OR"),
    ("Yamhill", "US", A, "US.OR"),
    ("Beachie Creek", "-", N),
    ("Lionshead", "-", N),
    ("Marion County", "US", A, "US.OR"),
    ("Stayton", "US", T, "US.OR"),
    ("Highway 22", "US", Q),
    ("U.S. 20", "US", Q),
    ("Santiam Pass", "US", N),
])

add("a", """Laclede County sheriff's report

Lebanon Daily Record

LEBANON, Mo. — The following incidents were reported by the Laclede County Sheriff's Office and the Lebanon Police Department from Jan. 8 to Jan. 14.

Jan. 8: Deputies responded to a report of a trailer stolen from a property on a county road near Eldridge. The trailer was later found in Dallas County, near Buffalo.

Jan. 9: A 24-year-old Conway man was arrested on Interstate 44 near Phillipsburg after a trooper found about 2 pounds of methamphetamine during a traffic stop. He was taken to the Laclede County Jail. The Missouri State Highway Patrol said the drugs were bound for Springfield.

Jan. 10: Lebanon police investigated a burglary at a storage unit on South Jefferson Avenue. Tools valued at $3,500 were reported missing.

Jan. 11: A Stoutland woman reported that her dog had been shot while she was floating the Osage Fork of the Gasconade River. The case is under investigation.

Jan. 12: Deputies assisted Camden County authorities in searching for a 71-year-old Camdenton man with dementia. He was found safe that evening at a gas station in Osage Beach.

Jan. 13: A Lebanon man was charged with felony stealing after he was accused of taking a catalytic converter from a vehicle in a church parking lot on Highway 5 south of town.

Jan. 14: A two-vehicle crash on Interstate 44 at the Sleeper exit sent two people from Rolla to Mercy Hospital Lebanon with moderate injuries.

Anyone with information about these incidents may call the sheriff's office at 417-532-2311.""", [
    ("Laclede County", "US", A, "US.MO"),
    ("Lebanon Daily Record", "-", N),
    ("LEBANON", "US", T, "US.MO"),
    ("Mo.", "US", A),
    ("Laclede County Sheriff's Office", "US", Q),
    ("Lebanon Police Department", "US", Q),
    ("Eldridge", "US", T, "US.MO"),
    ("Dallas County", "US", A, "US.MO"),
    ("Buffalo", "US", T, "US.MO"),
    ("Conway", "US", T, "US.MO"),
    ("Interstate 44", "US", Q),
    ("Phillipsburg", "US", T, "US.MO"),
    ("Missouri State Highway Patrol", "US", Q),
    ("Springfield", "US", T, "US.MO"),
    ("Lebanon", "US", T, "US.MO"),
    ("South Jefferson Avenue", "US", Q),
    ("Stoutland", "US", T, "US.MO"),
    ("Osage Fork", "US", N),
    ("Gasconade River", "US", N),
    ("Camden County", "US", A, "US.MO"),
    ("Camdenton", "US", T, "US.MO"),
    ("Osage Beach", "US", T, "US.MO"),
    ("Highway 5", "US", Q),
    ("Sleeper", "US", T, "US.MO"),
    ("Rolla", "US", T, "US.MO"),
    ("Mercy Hospital Lebanon", "US", Q),
])
add("a", """Avalanche closes Seward Highway south of Girdwood; trapped driver rescued

Anchorage Daily News

An avalanche buried a stretch of the Seward Highway south of Girdwood on Tuesday afternoon, trapping a pickup and cutting off road access between Anchorage and the Kenai Peninsula for more than 20 hours, Alaska State Troopers said.

The slide came down about 3:40 p.m. between Girdwood and the Portage Glacier turnoff, covering both lanes with snow and debris up to 15 feet deep. A 62-year-old Soldotna man whose pickup was partly buried was dug out by a Girdwood fire crew and taken to Alaska Regional Hospital in Anchorage with hypothermia.

The Alaska Department of Transportation and Public Facilities said crews worked through the night with loaders from Girdwood and Cooper Landing and reopened one lane at noon Wednesday. Dozens of drivers bound for Seward, Kenai and Homer were turned around at a checkpoint in Girdwood.

The Alaska Railroad also suspended service between Anchorage and Whittier while crews checked the tracks along Turnagain Arm.

Avalanche danger in the Chugach Mountains remains high after nearly 4 feet of snow fell over the weekend, according to the Chugach National Forest Avalanche Information Center. Forecasters urged backcountry skiers and snowmachiners in Turnagain Pass, and around Hatcher Pass in the Mat-Su, to stay off steep slopes.

Elsewhere, troopers said a Wasilla woman was killed Monday when her car hit a moose on the Parks Highway near Willow, and the Glenn Highway was briefly closed near Palmer on Tuesday morning by a jackknifed tractor-trailer.""", [
    ("Seward Highway", "US", Q),
    ("Girdwood", "US", T, "US.AK"),
    ("Anchorage Daily News", "-", N),
    ("Anchorage", "US", T, "US.AK"),
    ("Kenai Peninsula", "US", N),
    ("Alaska State Troopers", "US", Q),
    ("Portage Glacier", "US", N),
    ("Soldotna", "US", T, "US.AK"),
    ("Alaska Regional Hospital", "US", Q),
    ("Alaska Department of Transportation and Public Facilities", "US", Q),
    ("Cooper Landing", "US", T, "US.AK"),
    ("Seward", "US", T, "US.AK"),
    ("Kenai", "US", T, "US.AK"),
    ("Homer", "US", T, "US.AK"),
    ("Alaska Railroad", "US", Q),
    ("Whittier", "US", T, "US.AK"),
    ("Turnagain Arm", "US", N),
    ("Chugach Mountains", "US", N),
    ("Chugach National Forest Avalanche Information Center", "US", Q),
    ("Turnagain Pass", "US", N),
    ("Hatcher Pass", "US", N),
    ("Mat-Su", "US", A, "US.AK"),
    ("Wasilla", "US", T, "US.AK"),
    ("Willow", "US", T, "US.AK"),
    ("Palmer", "US", T, "US.AK"),
])

add("a", """Flash flooding swamps Hanalei, closes Kuhio Highway on Kauai's North Shore

Hawaii News Now

LIHUE, Kauai (HawaiiNewsNow) — Kuhio Highway was closed at the Hanalei Bridge on Sunday after heavy rain sent the Hanalei River over its banks for the second time in a week, cutting off Hanalei, Wainiha and Haena from the rest of Kauai.

The National Weather Service in Honolulu said more than 14 inches of rain fell on Mount Waialeale in 24 hours, and a flash flood warning remained in effect for the island until 6 p.m. Kauai Police Department officers helped about 30 residents leave low-lying homes in Hanalei town, and the county opened a shelter at Kilauea Elementary School.

Farther south, the Wailua River rose to near-record levels, forcing the closure of Wailua River State Park and its boat tours. Kapaa firefighters rescued two hikers stranded by high water on a trail above Kapaa.

Mayor Derek Kawakami signed an emergency proclamation and asked Gov. Josh Green to release state disaster funds. "We've been here before," Kawakami said, recalling the April 2018 floods that isolated the North Shore for more than a year.

Kauai County officials said the Princeville Airport would be used to fly in food and supplies if the highway stays closed. Hawaiian Airlines added seats on flights between Lihue and Honolulu for stranded visitors, and Oahu-based Red Cross volunteers were expected Monday.""", [
    ("Hanalei", "US", T, "US.HI"),
    ("Kauai", "US", N),
    ("North Shore", "US", N, (22.20, -159.50)),
    ("Hawaii News Now", "-", N),
    ("LIHUE", "US", T, "US.HI"),
    ("Hanalei Bridge", "US", Q),
    ("Hanalei River", "US", N),
    ("Wainiha", "US", T, "US.HI"),
    ("Haena", "US", T, "US.HI"),
    ("Honolulu", "US", T, "US.HI"),
    ("Mount Waialeale", "US", N),
    ("Kauai Police Department", "US", Q),
    ("Kilauea Elementary School", "US", Q),
    ("Wailua River", "US", N),
    ("Wailua River State Park", "US", N),
    ("Kapaa", "US", T, "US.HI"),
    ("Kauai County", "US", A, "US.HI"),
    ("Princeville Airport", "US", Q),
    ("Hawaiian Airlines", "US", Q),
    ("Lihue", "US", T, "US.HI"),
    ("Oahu", "US", N),
])

add("a", """Madison County judge sentences Humboldt man in fatal Jackson crash

The Jackson Sun

JACKSON, Tenn. — A Humboldt man who was driving drunk when he killed a Jackson woman on the U.S. 45 Bypass last year was sentenced Monday to 12 years in prison.

Madison County Circuit Court Judge Kyle Atkins sentenced Tyler Brooks, 31, who pleaded guilty in March to vehicular homicide by intoxication, District Attorney General Jody Pickens said.

Brooks, who grew up in Trenton, was driving south on the bypass in Jackson in July when his pickup crossed into oncoming traffic and struck a car driven by Carol Hayes, 58, a nurse at Jackson-Madison County General Hospital who was on her way home to Three Way. Hayes died at the scene. Her husband, a retired Milan police officer, was injured.

Troopers with the Tennessee Highway Patrol said Brooks' blood-alcohol content was more than twice the legal limit. He had been at a bar in Medina with friends from Gibson County before the crash, according to testimony.

"She spent her whole life taking care of people in Madison County," Hayes' daughter, Madison Hayes, told the court.

Brooks must serve at least 60% of his sentence. His attorney said he will ask to serve part of it in a treatment program in Memphis.

In other cases Monday, a Lexington woman received probation for a bad-check scheme in Henderson County, and a Bemis man was indicted on aggravated assault charges after a fight on Hollywood Drive.""", [
    ("Madison County", "US", A, "US.TN"),
    ("Humboldt", "US", T, "US.TN"),
    ("Jackson", "US", T, "US.TN"),
    ("The Jackson Sun", "-", N),
    ("JACKSON", "US", T, "US.TN"),
    ("Tenn.", "US", A),
    ("U.S. 45 Bypass", "US", Q),
    ("Tyler Brooks", "-", N),
    ("Trenton", "US", T, "US.TN"),
    ("Jackson-Madison County General Hospital", "US", Q),
    ("Three Way", "US", T, "US.TN"),
    ("Milan", "US", T, "US.TN"),
    ("Tennessee Highway Patrol", "US", Q),
    ("Medina", "US", T, "US.TN"),
    ("Gibson County", "US", A, "US.TN"),
    ("Madison Hayes", "-", N),
    ("Memphis", "US", T, "US.TN"),
    ("Lexington", "US", T, "US.TN"),
    ("Henderson County", "US", A, "US.TN"),
    ("Bemis", "US", T, "US.TN"),
    ("Hollywood Drive", "US", Q),
])

add("a", """Blizzard closes Interstate 80 across western Nebraska

LINCOLN, Neb. (AP) — A blizzard packing wind gusts over 60 mph shut down Interstate 80 across much of western Nebraska on Thursday, stranding hundreds of travelers and closing schools from Grand Island to the Wyoming line.

The Nebraska Department of Transportation closed I-80 between Kearney and the Wyoming border at midmorning, along with stretches of U.S. 30 and U.S. 83. The Nebraska State Patrol said troopers helped more than 70 stranded motorists, many near Ogallala and Sidney, and that several semitrailers had slid into the median near Lexington.

Shelters opened in North Platte, Ogallala and Sidney, and the Red Cross said churches in Cozad and Gothenburg took in travelers overnight.

The National Weather Service in North Platte reported 14 inches of snow at Valentine and drifts of up to 8 feet in the Sandhills. Whiteout conditions also closed Interstate 70 between Colby, Kansas, and the Colorado line, and the Kansas Highway Patrol rescued a family from Goodland whose car was stuck near Kanorado.

In Lincoln, where only a few inches fell, Gov. Jim Pillen activated the Nebraska National Guard to help with rescues in the Panhandle. Pillen said crews from Scottsbluff and Alliance were using Humvees to reach ranch families stranded north of Bridgeport.

Power outages were reported in Hastings and McCook, and the Nebraska Public Power District said about 9,000 customers were without service Thursday night.

The storm is expected to move into South Dakota and Iowa on Friday.""", [
    ("Interstate 80", "US", Q),
    ("Nebraska", "US", A),
    ("LINCOLN", "US", T, "US.NE"),
    ("Neb.", "US", A),
    ("Grand Island", "US", T, "US.NE"),
    ("Wyoming", "US", A),
    ("Nebraska Department of Transportation", "US", Q),
    ("I-80", "US", Q),
    ("Kearney", "US", T, "US.NE"),
    ("U.S. 30", "US", Q),
    ("U.S. 83", "US", Q),
    ("Nebraska State Patrol", "US", Q),
    ("Ogallala", "US", T, "US.NE"),
    ("Sidney", "US", T, "US.NE"),
    ("Lexington", "US", T, "US.NE"),
    ("North Platte", "US", T, "US.NE"),
    ("Cozad", "US", T, "US.NE"),
    ("Gothenburg", "US", T, "US.NE"),
    ("Valentine", "US", T, "US.NE"),
    ("Sandhills", "US", N, (42.0, -101.0)),
    ("Interstate 70", "US", Q),
    ("Colby", "US", T, "US.KS"),
    ("Kansas", "US", A),
    ("Colorado", "US", A),
    ("Kansas Highway Patrol", "US", Q),
    ("Goodland", "US", T, "US.KS"),
    ("Kanorado", "US", T, "US.KS"),
    ("Lincoln", "US", T, "US.NE"),
    ("Nebraska National Guard", "US", Q),
    ("Panhandle", "US", N, (41.8, -103.0)),
    ("Scottsbluff", "US", T, "US.NE"),
    ("Alliance", "US", T, "US.NE"),
    ("Bridgeport", "US", T, "US.NE"),
    ("Hastings", "US", T, "US.NE"),
    ("McCook", "US", T, "US.NE"),
    ("Nebraska Public Power District", "US", Q),
    ("South Dakota", "US", A),
    ("Iowa", "US", A),
])

add("a", """Winooski River floods downtown Montpelier again; Route 2 closed in Middlesex

Times Argus

MONTPELIER, Vt. — For the second summer in two years, the Winooski River spilled into downtown Montpelier early Thursday, flooding basements along Main and State streets after more than 5 inches of rain fell overnight across Washington County.

The river crested at 19.8 feet at the Montpelier gauge shortly after 6 a.m., about 2 feet below the July 2023 record, the National Weather Service in Burlington said. City Manager Kelly Cullen said the North Branch also jumped its banks north of downtown.

State police closed Route 2 between Montpelier and Middlesex and a section of Route 12 in Berlin, where the Dog River washed out a culvert. Interstate 89 stayed open, but the Vermont Agency of Transportation warned of standing water near the Waterbury exit.

In Barre, the Stevens Branch flooded North Main Street and several homes on Brook Street were evacuated. Swiftwater teams from Plainfield and Waterbury rescued a man from the roof of his car on Route 14 in East Montpelier.

Farther north, Lamoille County officials reported flooding in Johnson and Hardwick, and the Lamoille River was expected to crest Thursday night in Cambridge.

Gov. Phil Scott toured downtown Montpelier and Barre with local officials and said he would seek a federal disaster declaration. "We know what this looks like, and we know how to come back," Scott said.

Red Cross shelters opened at the Barre Auditorium and Montpelier High School.""", [
    ("Winooski River", "US", N),
    ("Montpelier", "US", T, "US.VT"),
    ("Route 2", "US", Q),
    ("Middlesex", "US", T, "US.VT"),
    ("Times Argus", "-", N),
    ("MONTPELIER", "US", T, "US.VT"),
    ("Vt.", "US", A),
    ("Washington County", "US", A, "US.VT"),
    ("Burlington", "US", T, "US.VT"),
    ("North Branch", "US", N, "US.VT"),
    ("Route 12", "US", Q),
    ("Berlin", "US", T, "US.VT"),
    ("Dog River", "US", N, "US.VT"),
    ("Interstate 89", "US", Q),
    ("Vermont Agency of Transportation", "US", Q),
    ("Waterbury", "US", T, "US.VT"),
    ("Barre", "US", T, "US.VT"),
    ("Stevens Branch", "US", N, "US.VT"),
    ("Plainfield", "US", T, "US.VT"),
    ("Route 14", "US", Q),
    ("East Montpelier", "US", T, "US.VT"),
    ("Lamoille County", "US", A, "US.VT"),
    ("Johnson", "US", T, "US.VT"),
    ("Hardwick", "US", T, "US.VT"),
    ("Lamoille River", "US", N),
    ("Cambridge", "US", T, "US.VT"),
    ("Barre Auditorium", "US", Q),
    ("Montpelier High School", "US", Q),
])

add("a", """Amish girl, 9, killed when car strikes buggy on Route 340 in Lancaster County

LNP | LancasterOnline

A 9-year-old Amish girl was killed and four members of her family were injured Friday evening when a car struck their horse-drawn buggy on Route 340 in Leacock Township, state police said.

The crash happened about 7:50 p.m. just east of Intercourse, near the Leacock-Salisbury township line. A westbound Honda Accord driven by a 23-year-old Gap man hit the back of the buggy, which was carrying a family from Paradise Township home from a relative's house in White Horse, according to state police in Lancaster.

The girl died at the scene. Her parents and two brothers were taken to Lancaster General Hospital and to Penn State Health Milton S. Hershey Medical Center. The horse was euthanized.

The driver was not injured and stayed at the scene. Police said speed and distracted driving were being investigated.

Route 340, known locally as the Old Philadelphia Pike, runs through Bird-in-Hand and Intercourse and carries heavy tourist traffic between Lancaster and the Chester County line. It was closed between Intercourse and New Holland Road for about four hours.

The crash was the fourth fatal buggy crash in Lancaster County this year. In August, a man from Strasburg was killed on Route 896 near Georgetown, and two teens were injured in a May crash on Route 23 in Leola.

A benefit auction for the family is planned at the Gordonville Fire Company on Saturday.""", [
    ("Route 340", "US", Q),
    ("Lancaster County", "US", A, "US.PA"),
    ("LNP | LancasterOnline", "-", N),
    ("Leacock Township", "US", N, "US.PA"),
    ("Intercourse", "US", T, "US.PA"),
    ("Leacock", "US", N, "US.PA"),
    ("Salisbury", "US", N, (40.02, -75.98)),
    ("Gap", "US", T, "US.PA"),
    ("Paradise Township", "US", N, "US.PA"),
    ("White Horse", "US", T, "US.PA"),
    ("Lancaster", "US", T, "US.PA"),
    ("Lancaster General Hospital", "US", Q),
    ("Penn State Health Milton S. Hershey Medical Center", "US", Q),
    ("Old Philadelphia Pike", "US", Q),
    ("Bird-in-Hand", "US", T, "US.PA"),
    ("Chester County", "US", A, "US.PA"),
    ("New Holland Road", "US", Q),
    ("Strasburg", "US", T, "US.PA"),
    ("Route 896", "US", Q),
    ("Georgetown", "US", T, (39.94, -76.09)),
    ("Route 23", "US", Q),
    ("Leola", "US", T, "US.PA"),
    ("Gordonville Fire Company", "US", Q),
])

add("a", """Athens-Clarke police arrest 2 in string of car break-ins; thefts reported in Oconee, Madison counties

By Joe Johnson
Athens Banner-Herald

ATHENS, Ga. — Athens-Clarke County police have arrested two metro Atlanta men in connection with more than 30 vehicle break-ins in Athens and neighboring counties over the past month, police said Wednesday.

Officers stopped a stolen Dodge Charger on the Atlanta Highway near the Oconee County line late Tuesday and found handguns, laptops and credit cards reported stolen from cars in Five Points, Normaltown and downtown, according to a police report. The driver, 22, of Lawrenceville, and a 19-year-old passenger from Snellville were booked into the Clarke County jail.

Investigators believe the pair also targeted gyms and trailheads in Watkinsville and Bogart and along the Oconee River greenway, as well as a church parking lot in Danielsville, in Madison County.

"They were hitting parking lots where people leave purses and gym bags in plain sight," Athens-Clarke police Lt. Shaun Barnett said. Oconee County Sheriff James Hale said his office expects to bring additional charges.

Both men face multiple counts of entering an auto and theft by receiving stolen property, and the passenger was also charged with possession of a firearm by a convicted felon. Police in Gwinnett County said the driver is also a suspect in break-ins in Buford and Duluth.

Police reminded residents to lock their cars and keep valuables out of sight, especially near the University of Georgia campus and in downtown Athens on football weekends.""", [
    ("Athens-Clarke", "US", N, "US.GA"),
    ("Oconee", "US", A, "US.GA"),
    ("Madison", "US", A, "US.GA"),
    ("Athens Banner-Herald", "-", N),
    ("ATHENS", "US", T, "US.GA"),
    ("Ga.", "US", A),
    ("Athens-Clarke County", "US", N, "US.GA"),
    ("Atlanta", "US", T, "US.GA"),
    ("Athens", "US", T, "US.GA"),
    ("Atlanta Highway", "US", Q),
    ("Oconee County", "US", A, "US.GA"),
    ("Five Points", "US", N, (33.94, -83.39)),
    ("Normaltown", "US", N, (33.96, -83.40)),
    ("Lawrenceville", "US", T, "US.GA"),
    ("Snellville", "US", T, "US.GA"),
    ("Clarke County", "US", A, "US.GA"),
    ("Watkinsville", "US", T, "US.GA"),
    ("Bogart", "US", T, "US.GA"),
    ("Oconee River", "US", N),
    ("Danielsville", "US", T, "US.GA"),
    ("Madison County", "US", A, "US.GA"),
    ("Gwinnett County", "US", A, "US.GA"),
    ("Buford", "US", T, "US.GA"),
    ("Duluth", "US", T, "US.GA"),
    ("University of Georgia", "US", Q),
])
# ---------------------------------------------------------------- genre b
add("b", """Toyota supplier to add 300 jobs near Blue Springs plant

Daily Journal

TUPELO — A Japanese auto parts maker that supplies the Toyota plant at Blue Springs will invest $112 million to expand its operations in Union County, adding about 300 jobs, Gov. Tate Reeves announced Tuesday.

Hoshino Interior Systems, which makes seats for the Corolla assembled at Toyota Motor Manufacturing Mississippi, will build a 250,000-square-foot addition to its plant in an industrial park near New Albany, the Mississippi Development Authority said. Hiring is expected to begin next spring.

"Northeast Mississippi has become one of the best places in the Southeast to build a car," Reeves said at an event at the Toyota plant, where he was joined by officials from Union, Lee and Pontotoc counties and the Japanese consul general in Nashville.

The three counties jointly own the site, and tax revenue from it is shared among them under a 2007 agreement. Union County Board of Supervisors President Steve Hammond said the expansion would add roughly $1.4 million a year to local school budgets.

The Community Development Foundation in Tupelo said many of the new workers are expected to commute from Lee County, Pontotoc and Ripley. Itawamba Community College will offer training at its Belden campus.

The expansion comes as Toyota works to add hybrid production at Blue Springs and as the state courts other suppliers for sites along Interstate 22 between Tupelo and Memphis. Toyota also builds engines in Huntsville, Alabama, and assembles pickups in San Antonio.""", [
    ("Blue Springs", "US", T, "US.MS"),
    ("Daily Journal", "-", N),
    ("TUPELO", "US", T, "US.MS"),
    ("Japanese", "JP", Q),
    ("Union County", "US", A, "US.MS"),
    ("Toyota Motor Manufacturing Mississippi", "US", Q),
    ("New Albany", "US", T, "US.MS"),
    ("Mississippi Development Authority", "US", Q),
    ("Northeast Mississippi", "US", N),
    ("Southeast", "US", N),
    ("Union", "US", A, "US.MS"),
    ("Lee", "US", A, "US.MS"),
    ("Pontotoc#1", "US", A, "US.MS"),
    ("Nashville", "US", T, "US.TN"),
    ("Union County Board of Supervisors", "US", Q),
    ("Tupelo", "US", T, "US.MS"),
    ("Lee County", "US", A, "US.MS"),
    ("Pontotoc#2", "US", T, "US.MS"),
    ("Ripley", "US", T, "US.MS"),
    ("Itawamba Community College", "US", Q),
    ("Belden", "US", T, "US.MS"),
    ("Interstate 22", "US", Q),
    ("Memphis", "US", T, "US.TN"),
    ("Huntsville", "US", T, "US.AL"),
    ("Alabama", "US", A),
    ("San Antonio", "US", T, "US.TX"),
])

add("b", """Lafayette Parish Council OKs $28M drainage plan for Vermilion River basin

The Acadiana Advocate

LAFAYETTE, La. — The Lafayette Parish Council on Tuesday approved a $28 million drainage plan aimed at reducing flooding along the Vermilion River and its coulees, nearly eight years after the August 2016 flood swamped thousands of homes across Acadiana.

The plan calls for expanding detention ponds along Coulee Mine in north Lafayette, widening Isaac Verot Coulee near Youngsville and clearing logjams on the Vermilion River between Carencro and Milton. Work on the Youngsville and Broussard projects could begin next spring.

Council members representing unincorporated areas near Scott and Duson pushed to add culvert upgrades along Interstate 10, which they said acts as a dam during heavy rains. Mayor-President Monique Boulet said the parish would ask the Louisiana Department of Transportation and Development to pay for that work.

St. Martin Parish officials have warned that widening channels upstream could push water toward Breaux Bridge and Cecilia, and Vermilion Parish leaders have raised similar concerns about Abbeville and Erath. Boulet said the parishes agreed last month to share a hydrologic model built by engineers at the University of Louisiana at Lafayette.

"Water doesn't stop at the parish line," said council member Kenneth Guidry, whose district includes Carencro. "If we solve it here and flood St. Martinville, we haven't solved anything."

Funding will come from the parish's drainage millage, a state capital outlay grant and federal money administered through Baton Rouge.""", [
    ("Lafayette Parish Council", "US", Q),
    ("Vermilion River", "US", N),
    ("The Acadiana Advocate", "-", N),
    ("LAFAYETTE", "US", T, "US.LA"),
    ("La.", "US", A),
    ("Acadiana", "US", N),
    ("Coulee Mine", "US", N),
    ("Lafayette", "US", T, "US.LA"),
    ("Isaac Verot Coulee", "US", N),
    ("Youngsville", "US", T, "US.LA"),
    ("Carencro", "US", T, "US.LA"),
    ("Milton", "US", T, "US.LA"),
    ("Broussard", "US", T, "US.LA"),
    ("Scott", "US", T, "US.LA"),
    ("Duson", "US", T, "US.LA"),
    ("Interstate 10", "US", Q),
    ("Louisiana Department of Transportation and Development", "US", Q),
    ("St. Martin Parish", "US", A, "US.LA"),
    ("Breaux Bridge", "US", T, "US.LA"),
    ("Cecilia", "US", T, "US.LA"),
    ("Vermilion Parish", "US", A, "US.LA"),
    ("Abbeville", "US", T, "US.LA"),
    ("Erath", "US", T, "US.LA"),
    ("University of Louisiana at Lafayette", "US", Q),
    ("St. Martinville", "US", T, "US.LA"),
    ("Baton Rouge", "US", T, "US.LA"),
])

add("b", """Rochester School Board approves new elementary school for fast-growing northwest side

Post Bulletin

ROCHESTER, Minn. — The Rochester School Board voted 6-1 on Tuesday to build a $48 million elementary school on the city's northwest side, where new subdivisions have pushed several schools past capacity.

The school, planned for 650 students, will be built on district-owned land along Cascade Creek. Construction could start next summer, with the school opening in fall 2027.

Enrollment in Rochester Public Schools has climbed by about 1,400 students in a decade, driven in part by hiring at Mayo Clinic, which has drawn families from the Twin Cities and from Iowa and Wisconsin. Neighboring districts are growing too: Byron and Stewartville have both passed building referendums since 2022, and Kasson-Mantorville is studying an addition.

Board member Julie Workman, who cast the lone no vote, said the district should first redraw attendance boundaries to use empty seats at schools in southeast Rochester. Superintendent Kent Pekel said more than 200 students now transfer in from Pine Island, Zumbrota and Plainview through open enrollment, while about 150 leave for Byron.

The board also approved a partnership with Rochester Community and Technical College and Olmsted County to open a child care center near the Zumbro River, and heard an update on bus driver shortages that have forced longer routes to Oronoco, Chatfield and Eyota.

The Minnesota Department of Education must still review the project. Pekel said the district will not need a referendum because the school will be paid for with lease levy and long-term facilities maintenance money.""", [
    ("Rochester School Board", "US", Q),
    ("Post Bulletin", "-", N),
    ("ROCHESTER", "US", T, "US.MN"),
    ("Minn.", "US", A),
    ("Cascade Creek", "US", N, "US.MN"),
    ("Rochester Public Schools", "US", Q),
    ("Twin Cities", "US", N),
    ("Iowa", "US", A),
    ("Wisconsin", "US", A),
    ("Byron", "US", T, "US.MN"),
    ("Stewartville", "US", T, "US.MN"),
    ("Kasson-Mantorville", "US", Q),
    ("Rochester", "US", T, "US.MN"),
    ("Pine Island", "US", T, "US.MN"),
    ("Zumbrota", "US", T, "US.MN"),
    ("Plainview", "US", T, "US.MN"),
    ("Rochester Community and Technical College", "US", Q),
    ("Olmsted County", "US", A, "US.MN"),
    ("Zumbro River", "US", N),
    ("Oronoco", "US", T, "US.MN"),
    ("Chatfield", "US", T, "US.MN"),
    ("Eyota", "US", T, "US.MN"),
    ("Minnesota Department of Education", "US", Q),
])

add("b", """Dairy cooperative plans $400 million cheese plant near Jerome

Times-News

TWIN FALLS — A Utah-based dairy cooperative plans to build a $400 million cheese plant in Jerome County, the latest in a string of food-processing investments in south-central Idaho, company and state officials said Thursday.

Westmark Dairy Cooperative, based in Logan, Utah, said the plant will be built on 160 acres north of Interstate 84 between Jerome and Wendell and will employ about 250 people when it opens in 2027. It will process about 8 million pounds of milk a day from dairies across the Magic Valley.

"The milk is here, the water is here and the workforce is here," said Idaho Commerce Director Tom Kealey, who joined commissioners from Jerome, Gooding and Twin Falls counties for the announcement.

Idaho is the nation's third-largest milk producer, and most of its dairy cows are in Gooding, Jerome and Twin Falls counties. Chobani's yogurt plant in Twin Falls, which opened in 2012, and Glanbia's cheese plants in Gooding and Richfield already draw milk from the region.

Not everyone welcomed the news. Residents near the site have raised concerns about odor, truck traffic on U.S. 93 and groundwater pumping from the Eastern Snake Plain Aquifer, which feeds the springs along the Snake River canyon near Hagerman and Buhl.

Jerome County Commissioner Ben Crozier said the county would require the company to build its own wastewater treatment system and help pay for improvements at the Interstate 84 interchange. The Jerome City Council must still approve annexation of part of the site.

The announcement came a week after a potato processor said it would expand its plant in Burley, and as lawmakers in Boise weigh tax credits for rural manufacturing.""", [
    ("Jerome#1,3", "US", T, "US.ID"),
    ("Jerome#4,5", "US", A, "US.ID"),
    ("Times-News", "-", N),
    ("TWIN FALLS", "US", T, "US.ID"),
    ("Utah", "US", A),
    ("Jerome County", "US", A, "US.ID"),
    ("Idaho", "US", A),
    ("Logan", "US", T, "US.UT"),
    ("Interstate 84", "US", Q),
    ("Wendell", "US", T, "US.ID"),
    ("Magic Valley", "US", N),
    ("Idaho Commerce", "US", Q),
    ("Gooding#1,2", "US", A, "US.ID"),
    ("Gooding#3", "US", T, "US.ID"),
    ("Twin Falls#1,2", "US", A, "US.ID"),
    ("Twin Falls#3", "US", T, "US.ID"),
    ("Richfield", "US", T, "US.ID"),
    ("U.S. 93", "US", Q),
    ("Eastern Snake Plain Aquifer", "US", N),
    ("Snake River", "US", N),
    ("Hagerman", "US", T, "US.ID"),
    ("Buhl", "US", T, "US.ID"),
    ("Jerome City Council", "US", Q),
    ("Burley", "US", T, "US.ID"),
    ("Boise", "US", T, "US.ID"),
])

add("b", """Fresno County supervisors back study of raising Pine Flat Dam; Kings River growers split

Fresno Bee

FRESNO — Fresno County supervisors voted 4-1 on Tuesday to spend $2.5 million studying a raise of Pine Flat Dam, reviving a decades-old idea to store more Kings River water for farms and cities in the southern San Joaquin Valley.

The study would look at raising the dam's crest by up to 20 feet, which could add about 125,000 acre-feet of storage in Pine Flat Lake northeast of Sanger. Supporters said the extra water could help growers from Reedley to Lemoore cope with drought and the state's new limits on groundwater pumping.

"When we get a wet year like 2023, we watch that water go down the river into the old Tulare Lake bed and flood farms in Kings County," Supervisor Nathan Magsig said. "We need a place to put it."

Supervisor Brian Pacheco, the lone no vote, said the county should not spend its own money on what is a federal project. The Army Corps of Engineers built Pine Flat in 1954 and would have to approve any changes.

The Kings River Conservation District and the cities of Selma, Kingsburg and Parlier have endorsed the study. Environmental groups warned that a higher reservoir would flood more of the river canyon upstream, part of which lies in Sequoia National Forest below Kings Canyon National Park.

Supervisors also approved a $6 million contract to repave Manning Avenue between Reedley and Interstate 5, and a grant to expand a farmworker housing complex in Orange Cove.

Tulare County supervisors in Visalia are scheduled to consider joining the study next month, and backers plan to seek state water bond money in Sacramento.""", [
    ("Fresno County", "US", A, "US.CA"),
    ("Pine Flat Dam", "US", N),
    ("Kings River", "US", N),
    ("Fresno Bee", "-", N),
    ("FRESNO", "US", T, "US.CA"),
    ("San Joaquin Valley", "US", N),
    ("Pine Flat Lake", "US", N),
    ("Sanger", "US", T, "US.CA"),
    ("Reedley", "US", T, "US.CA"),
    ("Lemoore", "US", T, "US.CA"),
    ("Tulare Lake", "US", N),
    ("Kings County", "US", A, "US.CA"),
    ("Brian Pacheco", "-", N),
    ("Pine Flat", "US", N),
    ("Kings River Conservation District", "US", Q),
    ("Selma", "US", T, "US.CA"),
    ("Kingsburg", "US", T, "US.CA"),
    ("Parlier", "US", T, "US.CA"),
    ("Sequoia National Forest", "US", N),
    ("Kings Canyon National Park", "US", N),
    ("Interstate 5", "US", Q),
    ("Orange Cove", "US", T, "US.CA"),
    ("Tulare County", "US", A, "US.CA"),
    ("Visalia", "US", T, "US.CA"),
    ("Sacramento", "US", T, "US.CA"),
])

add("b", """Bourbon distillery to open outside Paris, bringing 60 jobs to Bourbon County

Lexington Herald-Leader

PARIS, Ky. — A Louisville-based spirits company will open a $75 million distillery and visitor center on a former horse farm outside Paris, bringing about 60 jobs to the county that many say gave bourbon its name, state officials said Wednesday.

Whitfield & Crane Spirits plans to break ground this fall on the 140-acre site on U.S. 68 between Paris and Millersburg, with the distillery expected to open in 2026, Gov. Andy Beshear said. The project qualifies for up to $1.2 million in state tax incentives.

Bourbon County has been home to only a handful of small distilleries since Prohibition, even as bourbon tourism boomed in Bardstown, Frankfort, Lawrenceburg and Lexington. "We've had the name all along; now we'll have the product," Paris Mayor Mike Thornberry said.

The company will draw water from Stoner Creek and buy corn from farms in Bourbon, Harrison and Nicholas counties, company president Ann Whitfield said. Barrels will be aged in a rickhouse in Cynthiana.

The announcement follows Toyota's decision to invest another $922 million in its plant in Georgetown, about 20 miles west in Scott County, which employs about 9,000 people. State economic development officials said the Bluegrass region added more than 3,000 manufacturing jobs in 2023.

Local tourism officials said the distillery will be a first stop for many visitors on the Kentucky Bourbon Trail arriving from Lexington and Winchester.""", [
    ("Paris", "US", T, "US.KY"),
    ("Bourbon County", "US", A, "US.KY"),
    ("Lexington Herald-Leader", "-", N),
    ("PARIS", "US", T, "US.KY"),
    ("Ky.", "US", A),
    ("Louisville", "US", T, "US.KY"),
    ("U.S. 68", "US", Q),
    ("Millersburg", "US", T, "US.KY"),
    ("Bardstown", "US", T, "US.KY"),
    ("Frankfort", "US", T, "US.KY"),
    ("Lawrenceburg", "US", T, "US.KY"),
    ("Lexington", "US", T, "US.KY"),
    ("Stoner Creek", "US", N),
    ("Bourbon#1", "-", N),
    ("Bourbon#4", "US", A, "US.KY"),
    ("Harrison", "US", A, "US.KY"),
    ("Nicholas", "US", A, "US.KY"),
    ("Cynthiana", "US", T, "US.KY"),
    ("Georgetown", "US", T, "US.KY"),
    ("Scott County", "US", A, "US.KY"),
    ("Bluegrass", "US", N),
    ("Kentucky Bourbon Trail", "US", Q),
    ("Winchester", "US", T, "US.KY"),
])

add("b", """Clinton County legislators OK $4.5M for Peru water line, Route 11 work near border

Press-Republican

PLATTSBURGH, N.Y. — The Clinton County Legislature on Wednesday approved $4.5 million for road and water projects, including a long-delayed water line extension in the Town of Peru and upgrades near the Champlain border crossing.

Most of the money comes from state and federal grants. The county's share, about $700,000, will come from sales tax revenue, which has grown as Canadian shoppers have returned to Plattsburgh stores since border restrictions ended.

The Peru project will extend municipal water about 2 miles along Route 22 toward Keeseville, where several dozen homes have private wells contaminated by road salt. Peru Town Supervisor Brandy McDonald called the vote "a long time coming."

Another $1.6 million will widen and repave Route 11 between Champlain and Rouses Point, where truck traffic to and from Montreal has increased since the Interstate 87 crossing at Champlain-Lacolle was expanded. The project includes a roundabout near Mooers.

Legislators also heard a presentation on the Lake Champlain Bridge between Crown Point and Chimney Point, Vt., which Essex County officials want to turn into a tourism hub.

In other business, legislators approved a feasibility study for a new terminal at Plattsburgh International Airport, which markets itself as "Montreal's U.S. airport," and accepted a $250,000 grant to expand broadband in Ellenburg, Altona and Dannemora.

Legislature Chairman Mark Henry said the county will hold a public hearing on its 2025 budget in November at the Government Center in Plattsburgh.""", [
    ("Clinton County", "US", A, "US.NY"),
    ("Peru", "US", T, (44.58, -73.53)),
    ("Route 11", "US", Q),
    ("Press-Republican", "-", N),
    ("PLATTSBURGH", "US", T, "US.NY"),
    ("N.Y.", "US", A),
    ("Clinton County Legislature", "US", Q),
    ("Champlain", "US", T, "US.NY"),
    ("Canadian", "CA", Q),
    ("Plattsburgh", "US", T, "US.NY"),
    ("Route 22", "US", Q),
    ("Keeseville", "US", T, "US.NY"),
    ("Rouses Point", "US", T, "US.NY"),
    ("Montreal", "CA", T),
    ("Interstate 87", "US", Q),
    ("Champlain-Lacolle", "US|CA", Q),
    ("Mooers", "US", T, "US.NY"),
    ("Lake Champlain Bridge", "US", Q),
    ("Crown Point", "US", T, "US.NY"),
    ("Chimney Point", "US", N, (44.03, -73.42)),
    ("Vt.", "US", A),
    ("Essex County", "US", A, "US.NY"),
    ("Plattsburgh International Airport", "US", Q),
    ("U.S.", "US", C),
    ("Ellenburg", "US", T, "US.NY"),
    ("Altona", "US", T, "US.NY"),
    ("Dannemora", "US", T, "US.NY"),
])
add("b", """Tyler ISD calls $250 million bond election for new middle school, career center

KLTV 7

TYLER, Texas (KLTV) — Tyler Independent School District trustees voted unanimously Monday to ask voters in November for $250 million to replace two aging middle schools and expand the district's career and technical education center.

Superintendent Marty Crawford said enrollment on Tyler's south side has grown by nearly 1,500 students in five years as subdivisions have spread toward Whitehouse and Bullard along Texas 110 and Old Jacksonville Highway.

If approved, the bond would raise the district's tax rate by about 3 cents per $100 of valuation, or roughly $75 a year on a $250,000 home.

Neighboring districts are also building. Lindale voters approved a $98 million bond in May, and Chapel Hill ISD opened a new elementary school in eastern Smith County last fall.

Trustee Wade Washmon said the expanded technical center will partner with Tyler Junior College and with employers such as UT Health East Texas and Trane, which builds air conditioners in Tyler, to train students for jobs without leaving East Texas.

"Kids from Tyler shouldn't have to move to Dallas or Houston to find a good career," Washmon said.

Trustees also approved a dual-credit agreement with the University of Texas at Tyler, which has campuses in Palestine and Longview, and hired a Longview architecture firm to design the new middle school.

Early voting will be held at the Smith County Courthouse Annex and at polling sites in Tyler, Flint and Noonday, according to the Smith County elections office.""", [
    ("TYLER", "US", T, "US.TX"),
    ("Texas", "US", A),
    ("Tyler Independent School District", "US", Q),
    ("Tyler", "US", T, "US.TX"),
    ("Tyler ISD", "US", Q),
    ("Whitehouse", "US", T, "US.TX"),
    ("Bullard", "US", T, "US.TX"),
    ("Texas 110", "US", Q),
    ("Old Jacksonville Highway", "US", Q),
    ("Lindale", "US", T, "US.TX"),
    ("Chapel Hill ISD", "US", Q),
    ("Smith County", "US", A, "US.TX"),
    ("Tyler Junior College", "US", Q),
    ("UT Health East Texas", "US", Q),
    ("East Texas", "US", N),
    ("Dallas", "US", T, "US.TX"),
    ("Houston", "US", T, "US.TX"),
    ("University of Texas at Tyler", "US", Q),
    ("Palestine", "US", T, "US.TX"),
    ("Longview", "US", T, "US.TX"),
    ("Smith County Courthouse Annex", "US", Q),
    ("Flint", "US", T, (32.20, -95.35)),
    ("Noonday", "US", T, "US.TX"),
])

add("b", """Dane County approves $30 million plan to clean up Yahara lakes

Wisconsin State Journal

Dane County supervisors on Thursday approved a $30 million plan to remove phosphorus-laden sediment from the Yahara River and its chain of lakes, an effort aimed at curbing the toxic algae blooms that close beaches on Lake Mendota and Lake Monona nearly every summer.

The plan, backed by County Executive Melissa Agard, would dredge about 40 miles of streams feeding the lakes, including Dorn Creek near Middleton and Token Creek northwest of Sun Prairie, and expand a manure digester program for dairy farms in the towns of Westport, Vienna and Springfield.

Downstream, the project would remove sediment from Lake Waubesa and Lake Kegonsa near Stoughton, where residents have complained of thick mats of algae since the 1990s. Dredging on the Yahara between Lake Kegonsa and the Rock County line would begin in 2026.

The vote was 31-4. Supervisors from Fitchburg and Verona who voted no said the county should first tackle stormwater runoff from fast-growing suburbs such as Verona, Waunakee and DeForest.

Madison Mayor Satya Rhodes-Conway praised the plan, noting that the city spent $4 million last year collecting leaves to keep phosphorus out of Lake Wingra and Lake Monona.

The state Department of Natural Resources and the Madison Metropolitan Sewerage District have pledged $8 million. The county will also seek federal money, arguing that cleaner water in the Yahara helps the Rock River, which joins the Mississippi at Rock Island, Ill.""", [
    ("Dane County", "US", A, "US.WI"),
    ("Yahara", "US", N),
    ("Wisconsin State Journal", "-", N),
    ("Yahara River", "US", N),
    ("Lake Mendota", "US", N),
    ("Lake Monona", "US", N),
    ("Dorn Creek", "US", N),
    ("Middleton", "US", T, "US.WI"),
    ("Token Creek", "US", N),
    ("Sun Prairie", "US", T, "US.WI"),
    ("Westport", "US", N, (43.15, -89.42)),
    ("Vienna", "US", N, (43.23, -89.40)),
    ("Springfield", "US", N, (43.18, -89.57)),
    ("Lake Waubesa", "US", N),
    ("Lake Kegonsa", "US", N),
    ("Stoughton", "US", T, "US.WI"),
    ("Rock County", "US", A, "US.WI"),
    ("Fitchburg", "US", T, "US.WI"),
    ("Verona", "US", T, "US.WI"),
    ("Waunakee", "US", T, "US.WI"),
    ("DeForest", "US", T, "US.WI"),
    ("Madison", "US", T, "US.WI"),
    ("Lake Wingra", "US", N),
    ("Madison Metropolitan Sewerage District", "US", Q),
    ("Rock River", "US", N),
    ("Mississippi", "US", N),
    ("Rock Island", "US", T, "US.IL"),
    ("Ill.", "US", A),
])

add("b", """Choctaw Nation breaks ground on $100M hotel tower, amphitheater in Durant

KTEN News

DURANT, Okla. (KTEN) — The Choctaw Nation of Oklahoma broke ground Friday on a $100 million expansion of its casino resort in Durant that will add a 300-room hotel tower and a 4,000-seat outdoor amphitheater, tribal officials said.

Chief Gary Batton said the project will create about 400 permanent jobs and draw more visitors from the Dallas-Fort Worth area, about 90 miles south on U.S. 75, which already accounts for more than half of the resort's guests.

Durant Mayor Martin Tucker said the city will extend water and sewer lines east of the resort and widen the intersection with U.S. 70.

Growth in Bryan County has been driven by the casino, Southeastern Oklahoma State University and new industry. The county has added more than 5,000 residents since 2010, according to census figures, and new subdivisions have spread to Calera, Caddo and Colbert.

The tribe also announced a new travel plaza near Atoka and a health clinic in Hugo. The Choctaw Nation, with headquarters in Durant and its historic capitol at Tuskahoma, has about 225,000 members, and its reservation covers 10 1/2 counties in southeastern Oklahoma.

Across the Red River, Grayson County officials in Sherman and Denison are watching the growth closely. Lake Texoma, which straddles the state line, draws millions of visitors a year to marinas on both the Oklahoma and Texas sides.""", [
    ("Choctaw Nation", "US", Q),
    ("Durant", "US", T, "US.OK"),
    ("DURANT", "US", T, "US.OK"),
    ("Okla.", "US", A),
    ("Choctaw Nation of Oklahoma", "US", Q),
    ("Dallas-Fort Worth", "US", N),
    ("U.S. 75", "US", Q),
    ("U.S. 70", "US", Q),
    ("Bryan County", "US", A, "US.OK"),
    ("Southeastern Oklahoma State University", "US", Q),
    ("Calera", "US", T, "US.OK"),
    ("Caddo", "US", T, "US.OK"),
    ("Colbert", "US", T, "US.OK"),
    ("Atoka", "US", T, "US.OK"),
    ("Hugo", "US", T, "US.OK"),
    ("Tuskahoma", "US", T, "US.OK"),
    ("Oklahoma", "US", A),
    ("Red River", "US", N),
    ("Grayson County", "US", A, "US.TX"),
    ("Sherman", "US", T, "US.TX"),
    ("Denison", "US", T, "US.TX"),
    ("Lake Texoma", "US", N),
    ("Texas", "US", A),
])

add("b", """Business briefs: Mexican grocery opens downtown; Delphos bakery expands; Ottawa plant hiring

The Lima News

LIMA — A family-owned Mexican grocery and taqueria opened this week in a former pharmacy on North Main Street, the latest in a string of new businesses downtown.

La Esperanza Market is owned by Rosa and Miguel Hernández, who moved to Lima from Toledo in 2019 after running a food truck in Defiance. Rosa Hernández said the store will carry produce and meat from suppliers in Chicago and Columbus, plus pan dulce from a panadería in Findlay.

In Delphos, Westrich's Bakery is doubling its space after winning a contract to supply bread to school districts in Allen, Putnam and Van Wert counties. Owner Dan Westrich said he will add eight jobs.

In Ottawa, the Putnam County seat, a maker of truck trailers plans to hire 80 workers for a second shift starting in March. Applicants from Kalida, Columbus Grove and Leipsic can apply through OhioMeansJobs.

A craft brewery opened Saturday a block from the Armstrong Air & Space Museum in Wapakoneta, where Neil Armstrong grew up. The owners also run a taproom in St. Marys near Grand Lake St. Marys and plan a third location in Celina, in Mercer County.

The Allen County commissioners approved a 10-year tax abatement for a 600,000-square-foot warehouse near Interstate 75 in Bath Township. The developer, based in Dayton, said tenants could bring 200 jobs.

A family restaurant in Cridersville, in Auglaize County, closed after 41 years, and a new hardware store opened in Spencerville. Bluffton's downtown farmers market returns May 4.""", [
    ("Mexican", "MX", Q),
    ("Delphos", "US", T, "US.OH"),
    ("Ottawa", "US", T, "US.OH"),
    ("The Lima News", "-", N),
    ("LIMA", "US", T, "US.OH"),
    ("La Esperanza Market", "-", N),
    ("Lima", "US", T, "US.OH"),
    ("Toledo", "US", T, "US.OH"),
    ("Defiance", "US", T, "US.OH"),
    ("Chicago", "US", T, "US.IL"),
    ("Columbus", "US", T, "US.OH"),
    ("Findlay", "US", T, "US.OH"),
    ("Allen", "US", A, "US.OH"),
    ("Putnam", "US", A, "US.OH"),
    ("Van Wert", "US", A, "US.OH"),
    ("Putnam County", "US", A, "US.OH"),
    ("Kalida", "US", T, "US.OH"),
    ("Columbus Grove", "US", T, "US.OH"),
    ("Leipsic", "US", T, "US.OH"),
    ("OhioMeansJobs", "-", N),
    ("Armstrong Air & Space Museum", "-", N),
    ("Wapakoneta", "US", T, "US.OH"),
    ("St. Marys", "US", T, "US.OH"),
    ("Grand Lake St. Marys", "US", N),
    ("Celina", "US", T, "US.OH"),
    ("Mercer County", "US", A, "US.OH"),
    ("Allen County", "US", A, "US.OH"),
    ("Interstate 75", "US", Q),
    ("Bath Township", "US", N, (40.78, -84.05)),
    ("Dayton", "US", T, "US.OH"),
    ("Auglaize County", "US", A, "US.OH"),
    ("Cridersville", "US", T, "US.OH"),
    ("Spencerville", "US", T, "US.OH"),
    ("Bluffton", "US", T, "US.OH"),
])

add("b", """Mesa County commits $3M to protect Palisade orchards from development

The Daily Sentinel

GRAND JUNCTION — Mesa County commissioners on Tuesday approved $3 million to buy conservation easements on about 600 acres of peach orchards and vineyards near Palisade, aiming to keep the valley's signature fruit farms from being carved into subdivisions.

The easements, combined with money from Great Outdoors Colorado and the Mesa Land Trust, will cover 14 farms on East Orchard Mesa and along the Colorado River between Palisade and Clifton.

"Palisade peaches are known from Denver to Dallas, and people don't realize how fast we've been losing farm ground," Commissioner Cody Davis said.

Mesa County's population has topped 160,000, and home prices have climbed as remote workers from the Front Range have moved to Grand Junction, Fruita and Palisade.

Commissioners also approved $1.2 million to close the last gap in the Colorado Riverfront Trail between Fruita and Loma, and a contract for a new sheriff's substation in Collbran, which serves ranchers in the Plateau Valley.

They also heard from the Colorado Department of Transportation about rockfall repairs on Interstate 70 in De Beque Canyon, which was closed for two days in March. During the closure, truckers detoured north on Colorado 139 over Douglas Pass to Rangely, a route CDOT said adds about three hours.

Davis said the county will ask the state to speed up the repairs before the fruit harvest, when hundreds of trucks a day leave the Grand Valley for markets in Utah, Arizona and the Front Range.""", [
    ("Mesa County", "US", A, "US.CO"),
    ("Palisade", "US", T, "US.CO"),
    ("The Daily Sentinel", "-", N),
    ("GRAND JUNCTION", "US", T, "US.CO"),
    ("Great Outdoors Colorado", "US", Q),
    ("Mesa Land Trust", "US", Q),
    ("East Orchard Mesa", "US", N, (39.08, -108.44)),
    ("Colorado River", "US", N),
    ("Clifton", "US", T, "US.CO"),
    ("Denver", "US", T, "US.CO"),
    ("Dallas", "US", T, "US.TX"),
    ("Front Range", "US", N),
    ("Grand Junction", "US", T, "US.CO"),
    ("Fruita", "US", T, "US.CO"),
    ("Colorado Riverfront Trail", "US", Q),
    ("Loma", "US", T, "US.CO"),
    ("Collbran", "US", T, "US.CO"),
    ("Plateau Valley", "US", N),
    ("Colorado Department of Transportation", "US", Q),
    ("Interstate 70", "US", Q),
    ("De Beque Canyon", "US", N),
    ("Colorado 139", "US", Q),
    ("Douglas Pass", "US", N),
    ("Rangely", "US", T, "US.CO"),
    ("Grand Valley", "US", N, (39.08, -108.55)),
    ("Utah", "US", A),
    ("Arizona", "US", A),
])

add("b", """Polk commissioners approve 4,000-home development near Haines City despite traffic worries

By Sara-Megan Walsh
The Ledger

BARTOW — Polk County commissioners voted 3-2 on Wednesday to approve a 4,000-home development on former citrus groves west of Haines City, despite objections from residents who say roads in fast-growing Northeast Polk cannot handle more traffic.

The 1,100-acre project would sit between U.S. 27 and U.S. 17-92 and include two school sites, a fire station and about 200,000 square feet of shops and offices.

"The people in Davenport, Loughman and Four Corners already sit in traffic on U.S. 27 every morning trying to get to Interstate 4," said resident Maria Lopez, one of more than 40 people who spoke against the project.

Commissioner Rick Wilson, who voted for it, said the developer has agreed to pay $38 million toward widening roads. Polk's population has grown to about 820,000, making it one of the fastest-growing counties in Florida, as families move in from Orlando and Tampa and retirees arrive from the Northeast and Midwest.

Commissioners also approved $12 million to widen County Road 557 near Lake Alfred and an agreement with the Southwest Florida Water Management District to study drawing water from the Peace River near Fort Meade.

Mayors from Lakeland, Winter Haven and Auburndale urged the county to slow approvals in the northeast until roads catch up. Haines City Mayor Morris West said his city supports the project because it will bring shopping closer to residents.""", [
    ("Polk", "US", A, "US.FL"),
    ("Haines City", "US", T, "US.FL"),
    ("The Ledger", "-", N),
    ("BARTOW", "US", T, "US.FL"),
    ("Polk County", "US", A, "US.FL"),
    ("Northeast Polk", "US", N, "US.FL"),
    ("U.S. 27", "US", Q),
    ("U.S. 17-92", "US", Q),
    ("Davenport", "US", T, "US.FL"),
    ("Loughman", "US", T, "US.FL"),
    ("Four Corners", "US", T, "US.FL"),
    ("Interstate 4", "US", Q),
    ("Florida", "US", A),
    ("Orlando", "US", T, "US.FL"),
    ("Tampa", "US", T, "US.FL"),
    ("Northeast", "US", N),
    ("Midwest", "US", N),
    ("County Road 557", "US", Q),
    ("Lake Alfred", "US", T, "US.FL"),
    ("Southwest Florida Water Management District", "US", Q),
    ("Peace River", "US", N),
    ("Fort Meade", "US", T, "US.FL"),
    ("Lakeland", "US", T, "US.FL"),
    ("Winter Haven", "US", T, "US.FL"),
    ("Auburndale", "US", T, "US.FL"),
])
# ---------------------------------------------------------------- genre c
add("c", """Margaret "Peggy" Ann Schroeder

Clinton Herald

CLINTON — Margaret "Peggy" Ann Schroeder, 88, of Clinton, died Saturday, March 2, 2024, at MercyOne Clinton Medical Center, surrounded by her family.

Peggy was born Aug. 14, 1935, in Fulton, Ill., the daughter of Henry and Clara (Vos) Dykstra. She graduated from Fulton High School in 1953 and married Robert "Bob" Schroeder on June 9, 1956, at First Reformed Church in Fulton. He preceded her in death in 2011.

Peggy worked for 31 years as a bookkeeper at a grain company on the riverfront. She and Bob lived in Camanche and DeWitt before settling on Clinton's north end in 1972. They spent many winters in Fort Myers, Fla., and took an Alaska cruise for their 50th anniversary. She loved watching barges on the Mississippi River from Eagle Point Park, playing euchre on Tuesday nights and cheering for the Iowa Hawkeyes.

She is survived by her children, Karen (Tom) Meyer of Moline, Ill., David (Lisa) Schroeder of Cedar Rapids and Steven Schroeder of Phoenix; eight grandchildren; four great-grandchildren; and a sister, Joan Vander Wal of Morrison, Ill.

Visitation will be 4 to 7 p.m. Thursday at Lyons Funeral Home in Clinton. The funeral will be at 10:30 a.m. Friday at First Reformed Church in Fulton, with burial in Springdale Cemetery in Clinton.

Memorials may be made to the Clinton County Humane Society or to First Reformed Church.""", [
    ("Clinton Herald", "-", N),
    ("CLINTON", "US", T, "US.IA"),
    ("Clinton", "US", T, "US.IA"),
    ("MercyOne Clinton Medical Center", "US", Q),
    ("Fulton", "US", T, "US.IL"),
    ("Ill.", "US", A),
    ("Fulton High School", "US", Q),
    ("Camanche", "US", T, "US.IA"),
    ("DeWitt", "US", T, "US.IA"),
    ("Fort Myers", "US", T, "US.FL"),
    ("Fla.", "US", A),
    ("Alaska", "US", A),
    ("Mississippi River", "US", N),
    ("Eagle Point Park", "US", Q),
    ("Iowa Hawkeyes", "US", Q),
    ("Moline", "US", T, "US.IL"),
    ("Cedar Rapids", "US", T, "US.IA"),
    ("Phoenix", "US", T, "US.AZ"),
    ("Morrison", "US", T, "US.IL"),
    ("Lyons Funeral Home", "US", Q),
    ("Springdale Cemetery", "US", Q),
    ("Clinton County Humane Society", "US", Q),
])

add("c", """Lowndes holds off Valdosta 24-21 in Winnersville Classic

By Bill Hammond
Valdosta Daily Times

VALDOSTA, Ga. — Senior kicker Eli Moore hit a 38-yard field goal with 14 seconds left, and Lowndes held on to beat Valdosta 24-21 on Friday night in front of more than 11,000 fans at Bazemore-Hyder Stadium.

The win gave the Vikings (9-1, 6-0) the Region 1-7A title and the top seed in the state playoffs, while the Wildcats (7-3) will open on the road.

Valdosta took a 21-14 lead early in the fourth quarter when quarterback Jaylen Hurst found Marcus Paris on a 45-yard touchdown pass. Lowndes answered with an 11-play drive capped by a 4-yard run by Tyrese Jackson, who finished with 162 yards rushing.

"This rivalry is bigger than any of us," Lowndes coach Jamey DuBose said. "Half this town bleeds red and half bleeds blue."

Traffic backed up for miles on Interstate 75 and North Valdosta Road before kickoff, and fans drove in from as far as Tallahassee, Fla., and Tifton. The Winnersville Classic, named for Valdosta's reputation as the winningest high school football town in America, has been played every year since the early 1980s, and it divides families across Lowndes County.

Around the area Friday, Thomasville beat Brooks County 35-7 in Quitman, Colquitt County edged Tift County 28-24 in Moultrie, and Cook beat Berrien 17-14 in Adel.

Lowndes hosts Camden County next week. Valdosta travels to Milledgeville to face Baldwin.""", [
    ("Lowndes", "US", Q),
    ("Valdosta#1,3,4,7", "US", Q),
    ("Winnersville Classic", "US", Q),
    ("Valdosta Daily Times", "-", N),
    ("VALDOSTA", "US", T, "US.GA"),
    ("Ga.", "US", A),
    ("Bazemore-Hyder Stadium", "-", N),
    ("Marcus Paris", "-", N),
    ("Tyrese Jackson", "-", N),
    ("Interstate 75", "US", Q),
    ("North Valdosta Road", "US", Q),
    ("Tallahassee", "US", T, "US.FL"),
    ("Fla.", "US", A),
    ("Tifton", "US", T, "US.GA"),
    ("Valdosta#6", "US", T, "US.GA"),
    ("America", "US", C),
    ("Lowndes County", "US", A, "US.GA"),
    ("Thomasville", "US", Q),
    ("Brooks County", "US", Q),
    ("Quitman", "US", T, "US.GA"),
    ("Colquitt County", "US", Q),
    ("Tift County", "US", Q),
    ("Moultrie", "US", T, "US.GA"),
    ("Cook", "US", Q),
    ("Berrien", "US", Q),
    ("Adel", "US", T, "US.GA"),
    ("Camden County", "US", Q),
    ("Milledgeville", "US", T, "US.GA"),
    ("Baldwin", "US", Q),
])

add("c", """Clay County Fair opens with record crowds, 'Grandstand Night' sellout

Spencer Daily Reporter

SPENCER, Iowa — More than 38,000 people passed through the gates Saturday as the Clay County Fair opened its nine-day run, a first-day record for what organizers call "the World's Greatest County Fair."

Fair manager Jeremy Parsons said visitors came from all over northwest Iowa and from Minnesota, South Dakota and Nebraska. Tour buses arrived from Sioux Falls and Sioux City, and the campground on the north side of the fairgrounds was full by Friday night.

"We've had people drive over from Worthington and Spirit Lake before the sun came up to get a spot in the parking lot," Parsons said.

The livestock barns drew 4-H and FFA members from across Clay, Dickinson, O'Brien and Buena Vista counties. Sheldon's Avery Kruse won grand champion market steer, and a Storm Lake family took top honors in the dairy goat show.

The fair's annual Iowa Lakes Region Tourism booth promoted Lake Okoboji and the Arnolds Park amusement park, and the Estherville and Emmetsburg chambers of commerce handed out thousands of free yardsticks.

A country music concert Saturday night sold out the 7,200-seat grandstand. Parking shuttles ran from downtown Spencer and from the Iowa Lakes Community College campus until after midnight.

Fair officials asked drivers coming from Milford and Okoboji to use U.S. 71 and avoid the Fourth Avenue construction zone. The fair runs through Sept. 15.""", [
    ("Clay County Fair", "US", Q),
    ("Spencer Daily Reporter", "-", N),
    ("SPENCER", "US", T, "US.IA"),
    ("Iowa", "US", A),
    ("Minnesota", "US", A),
    ("South Dakota", "US", A),
    ("Nebraska", "US", A),
    ("Sioux Falls", "US", T, "US.SD"),
    ("Sioux City", "US", T, "US.IA"),
    ("Worthington", "US", T, "US.MN"),
    ("Spirit Lake", "US", T, "US.IA"),
    ("Clay", "US", A, "US.IA"),
    ("Dickinson", "US", A, "US.IA"),
    ("O'Brien", "US", A, "US.IA"),
    ("Buena Vista", "US", A, "US.IA"),
    ("Sheldon", "US", T, "US.IA"),
    ("Storm Lake", "US", T, "US.IA"),
    ("Iowa Lakes Region Tourism", "US", Q),
    ("Lake Okoboji", "US", N),
    ("Arnolds Park", "US", Q),
    ("Estherville", "US", T, "US.IA"),
    ("Emmetsburg", "US", T, "US.IA"),
    ("Spencer", "US", T, "US.IA"),
    ("Iowa Lakes Community College", "US", Q),
    ("Milford", "US", T, "US.IA"),
    ("Okoboji", "US", T, "US.IA"),
    ("U.S. 71", "US", Q),
])

add("c", """James Earl 'Jim' Whitmire

The Greenville News

GREENVILLE, S.C. — James Earl "Jim" Whitmire, 79, of Greenville, husband of 54 years to Frances Cobb Whitmire, passed away Tuesday, Oct. 8, 2024, at Prisma Health Greenville Memorial Hospital.

Born in Spartanburg, he was the son of the late Earl and Ruby Whitmire. He graduated from Spartanburg High School in 1963 and served in the U.S. Army from 1966 to 1969, including a tour in Vietnam with the 1st Cavalry Division and a year at Fort Bragg, N.C.

After returning home, Jim earned a degree in mechanical engineering from Clemson University and worked for 28 years at the Michelin plant in Greenville. In 1994 he joined BMW Manufacturing in Greer, where he helped launch the plant and retired as a maintenance supervisor in 2009.

Jim was a deacon at Travelers Rest First Baptist Church for more than 30 years. He loved fishing on Lake Jocassee and Lake Keowee, hiking at Paris Mountain State Park, and Saturdays at Death Valley cheering for the Clemson Tigers. He and Frances traveled to all 50 states, and his favorite trip was a visit to Normandy, France, in 2014 for the 70th anniversary of D-Day.

Surviving are his wife; a son, Mark Whitmire (Tracy) of Simpsonville; a daughter, Laura Whitmire Ellis (Chris) of Charleston; a brother, Paul Whitmire of Landrum; and five grandchildren.

A funeral service will be held at 2 p.m. Saturday at Travelers Rest First Baptist Church, with burial to follow at Woodlawn Memorial Park in Greenville. Memorials may be made to the Greenville chapter of Habitat for Humanity.""", [
    ("The Greenville News", "-", N),
    ("GREENVILLE", "US", T, "US.SC"),
    ("S.C.", "US", A),
    ("Greenville", "US", T, "US.SC"),
    ("Prisma Health Greenville Memorial Hospital", "US", Q),
    ("Spartanburg", "US", T, "US.SC"),
    ("Spartanburg High School", "US", Q),
    ("U.S. Army", "US", Q),
    ("Vietnam", "VN", C),
    ("Fort Bragg", "US", Q),
    ("N.C.", "US", A),
    ("Clemson University", "US", Q),
    ("BMW Manufacturing", "-", N),
    ("Greer", "US", T, "US.SC"),
    ("Travelers Rest First Baptist Church", "US", Q),
    ("Lake Jocassee", "US", N),
    ("Lake Keowee", "US", N),
    ("Paris Mountain State Park", "US", N),
    ("Death Valley", "-", N),
    ("Clemson Tigers", "US", Q),
    ("Normandy", "FR", A),
    ("France", "FR", C),
    ("Simpsonville", "US", T, "US.SC"),
    ("Tracy", "-", N),
    ("Charleston", "US", T, "US.SC"),
    ("Landrum", "US", T, "US.SC"),
    ("Woodlawn Memorial Park", "US", Q),
])

add("c", """Michiana Mennonite Relief Sale raises $412,000 for disaster relief

The Goshen News

GOSHEN, Ind. — Quilts, pies and more than 2,000 pounds of fried mush helped raise $412,000 at the 57th annual Michiana Mennonite Relief Sale, held Friday and Saturday at the Elkhart County 4-H Fairgrounds in Goshen.

Proceeds go to Mennonite Central Committee, which uses them for disaster relief and development work in places such as Haiti, Ukraine, Syria and the Democratic Republic of Congo, and closer to home after floods and tornadoes.

The top-selling quilt, a hand-stitched "Lone Star" pieced by women from a congregation in Middlebury, went for $9,200 after a bidding war between a buyer from Shipshewana and one from Fort Wayne. Quilters from Nappanee, Wakarusa and Bristol also contributed, as did several Amish families from LaGrange County.

Volunteers from churches across northern Indiana and southwest Michigan worked the food tents. Members of a congregation in Sturgis, Mich., made 3,100 strawberry pies, and youth groups from Elkhart and South Bend ran the children's games.

"People come from Kalamazoo and Fort Wayne and even from Ohio just for the food," said sale coordinator Ruth Yoder of Goshen. "But what keeps them coming back is knowing where the money goes."

A 5K run Saturday morning along the Pumpkinvine Nature Trail between Goshen and Middlebury drew 340 runners. Next year's sale is scheduled for the last weekend of September.""", [
    ("Michiana Mennonite Relief Sale", "US", Q),
    ("The Goshen News", "-", N),
    ("GOSHEN", "US", T, "US.IN"),
    ("Ind.", "US", A),
    ("Elkhart County 4-H Fairgrounds", "US", Q),
    ("Goshen", "US", T, "US.IN"),
    ("Haiti", "HT", C),
    ("Ukraine", "UA", C),
    ("Syria", "SY", C),
    ("Democratic Republic of Congo", "CD", C),
    ("Lone Star", "-", N),
    ("Middlebury", "US", T, "US.IN"),
    ("Shipshewana", "US", T, "US.IN"),
    ("Fort Wayne", "US", T, "US.IN"),
    ("Nappanee", "US", T, "US.IN"),
    ("Wakarusa", "US", T, "US.IN"),
    ("Bristol", "US", T, "US.IN"),
    ("LaGrange County", "US", A, "US.IN"),
    ("Indiana", "US", A),
    ("Michigan", "US", A),
    ("Sturgis", "US", T, "US.MI"),
    ("Mich.", "US", A),
    ("Elkhart", "US", T, "US.IN"),
    ("South Bend", "US", T, "US.IN"),
    ("Kalamazoo", "US", T, "US.MI"),
    ("Ohio", "US", A),
    ("Pumpkinvine Nature Trail", "US", Q),
])
add("c", """Billings West, Fergus win openers at State AA, Class A tournaments

By Greg Rachac
Billings Gazette

BUTTE, Mont. — Billings West used a 17-2 run in the third quarter to pull away from Missoula Sentinel for a 61-48 win Thursday in the first round of the State AA girls basketball tournament at the Butte Civic Center.

Junior guard Avery Madison scored 22 points for the Golden Bears, who advance to Friday's semifinals against Bozeman Gallatin. Helena Capital and Great Falls CMR also won their openers.

West coach Dave Dodge said the trip over Homestake Pass from Billings was worth it. "Butte always puts on a great tournament, and our fans filled a whole side of the gym," he said.

Hundreds of fans made the drive from Bozeman, Helena and Great Falls despite snow on Interstate 90 and Interstate 15, and the Montana Department of Transportation reported slick conditions near Whitehall and Boulder.

In the Class A boys tournament in Lewistown, host Fergus beat Havre 55-52 on a buzzer-beater by senior Tyler Lincoln, sending home hundreds of fans who had made the trip down from the Hi-Line. Laurel and Livingston Park also advanced, along with Sidney, whose bus made the 320-mile trip across eastern Montana on Montana 200 through Circle, Jordan and Winnett.

Teams from the Flathead, including Whitefish and Columbia Falls, lost in the first round of the Class A girls bracket in Hamilton.

The AA semifinals tip off Friday at 6 p.m. at the Butte Civic Center. Championship games in every class are Saturday night, and MontanaSports.com will stream them live.""", [
    ("Billings West", "US", Q),
    ("Billings Gazette", "-", N),
    ("BUTTE", "US", T, "US.MT"),
    ("Mont.", "US", A),
    ("Missoula Sentinel", "US", Q),
    ("Butte Civic Center", "US", Q),
    ("Avery Madison", "-", N),
    ("West", "US", Q),
    ("Bozeman Gallatin", "US", Q),
    ("Helena Capital", "US", Q),
    ("Great Falls CMR", "US", Q),
    ("Homestake Pass", "US", N),
    ("Billings", "US", T, "US.MT"),
    ("Butte", "US", T, "US.MT"),
    ("Bozeman", "US", T, "US.MT"),
    ("Helena", "US", T, "US.MT"),
    ("Great Falls", "US", T, "US.MT"),
    ("Interstate 90", "US", Q),
    ("Interstate 15", "US", Q),
    ("Montana Department of Transportation", "US", Q),
    ("Whitehall", "US", T, "US.MT"),
    ("Boulder", "US", T, "US.MT"),
    ("Lewistown", "US", T, "US.MT"),
    ("Fergus", "US", Q),
    ("Havre", "US", Q),
    ("Tyler Lincoln", "-", N),
    ("Laurel", "US", Q),
    ("Livingston Park", "US", Q),
    ("Hi-Line", "US", N),
    ("Sidney", "US", Q),
    ("Montana", "US", A),
    ("Montana 200", "US", Q),
    ("Circle", "US", T, "US.MT"),
    ("Jordan", "US", T, "US.MT"),
    ("Winnett", "US", T, "US.MT"),
    ("Flathead", "US", N),
    ("Whitefish", "US", Q),
    ("Columbia Falls", "US", Q),
    ("Hamilton", "US", T, "US.MT"),
    ("MontanaSports.com", "-", N),
])

add("c", """Apple Blossom Festival parade draws 40,000 to downtown Wenatchee

The Wenatchee World

WENATCHEE, Wash. — An estimated 40,000 people lined Wenatchee Avenue on Saturday for the Apple Blossom Grand Parade, the highlight of the 105th Washington State Apple Blossom Festival.

More than 100 entries, including marching bands from Cashmere, Chelan and Quincy and floats from Leavenworth and East Wenatchee, wound through downtown under sunny skies. Queen Ava Lindgren, a senior at Wenatchee High School, rode on the royalty float with princesses from Eastmont and Cashmere high schools.

Visitors came from as far as Seattle, Spokane and Yakima, and traffic on U.S. 2 over Stevens Pass was heavy Friday night, according to the Washington State Department of Transportation. Hotels in Wenatchee, Leavenworth and Lake Chelan reported few vacancies.

The festival, which dates to 1919, celebrates the apple harvest that made Chelan and Douglas counties famous. Growers along the Columbia River and in the Wenatchee and Entiat valleys produce a large share of the nation's apples, much of it shipped to Mexico, Canada, India and Taiwan.

"My grandparents brought me here when I was a kid, and now I bring my grandkids," said Linda Ortiz of Manson, who has attended 60 parades.

The festival continues Sunday with a car show at Walla Walla Point Park and a classic-car cruise across the river to Pangborn Memorial Airport in East Wenatchee. Festival officials thanked volunteers from Chelan County Fire District 1 and the Douglas County sheriff's posse.""", [
    ("Wenatchee#1,6", "US", T, "US.WA"),
    ("Wenatchee#7", "US", N, "US.WA"),
    ("The Wenatchee World", "-", N),
    ("WENATCHEE", "US", T, "US.WA"),
    ("Wash.", "US", A),
    ("Wenatchee Avenue", "US", Q),
    ("Washington State Apple Blossom Festival", "US", Q),
    ("Cashmere#1", "US", T, "US.WA"),
    ("Chelan#1", "US", T, "US.WA"),
    ("Quincy", "US", T, "US.WA"),
    ("Leavenworth", "US", T, "US.WA"),
    ("East Wenatchee", "US", T, "US.WA"),
    ("Wenatchee High School", "US", Q),
    ("Eastmont", "US", Q),
    ("Cashmere#2", "US", Q),
    ("Seattle", "US", T, "US.WA"),
    ("Spokane", "US", T, "US.WA"),
    ("Yakima", "US", T, "US.WA"),
    ("U.S. 2", "US", Q),
    ("Stevens Pass", "US", N),
    ("Washington State Department of Transportation", "US", Q),
    ("Lake Chelan", "US", N),
    ("Chelan#3", "US", A, "US.WA"),
    ("Douglas", "US", A, "US.WA"),
    ("Columbia River", "US", N),
    ("Entiat", "US", N, "US.WA"),
    ("Mexico", "MX", C),
    ("Canada", "CA", C),
    ("India", "IN", C),
    ("Taiwan", "TW", C),
    ("Manson", "US", T, "US.WA"),
    ("Walla Walla Point Park", "US", Q),
    ("Pangborn Memorial Airport", "-", N),
    ("Chelan County Fire District 1", "US", Q),
    ("Douglas County", "US", A, "US.WA"),
])

add("c", """Roy Lee Hatfield

Logan Banner

LOGAN, W.Va. — Roy Lee Hatfield, 84, of Man, went home to be with the Lord on Sunday, Nov. 17, 2024, at Logan Regional Medical Center.

He was born Feb. 3, 1940, at Holden, a son of the late Ance and Mollie Hatfield. He grew up in the coal camps along Island Creek and graduated from Logan High School in 1958.

Roy worked 38 years as an underground coal miner for Island Creek Coal Co. and later Arch Mineral, in mines at Holden, Lorado and Gilbert, before retiring in 1996. He was a proud member of the United Mine Workers of America, Local 5817. In the 1970s he spent two years working at a steel mill in Columbus, Ohio, but said he "couldn't stand being that far from the mountains" and moved back to Logan County.

He loved squirrel hunting on the ridges above the Guyandotte River, trout fishing at Chief Logan State Park and listening to bluegrass on Saturday nights. He was a member of Man Freewill Baptist Church for 52 years.

He is survived by his wife of 61 years, Betty Ann Blankenship Hatfield; a son, Roger Hatfield of Chapmanville; two daughters, Sharon Stepp of Williamson and Donna Cline of Pikeville, Ky.; a brother, Carl Hatfield of Charleston; and seven grandchildren.

Funeral services will be held at 1 p.m. Thursday at Man Freewill Baptist Church, with the Rev. Dennis Cline officiating. Burial will follow in Highland Memory Gardens at Godby. Visitation will be from 6 to 9 p.m. Wednesday at the church.""", [
    ("Logan Banner", "-", N),
    ("LOGAN", "US", T, "US.WV"),
    ("W.Va.", "US", A),
    ("Man", "US", T, "US.WV"),
    ("Logan Regional Medical Center", "US", Q),
    ("Holden", "US", T, "US.WV"),
    ("Island Creek", "US", N, "US.WV"),
    ("Logan High School", "US", Q),
    ("Island Creek Coal Co.", "US", Q),
    ("Lorado", "US", T, "US.WV"),
    ("Gilbert", "US", T, "US.WV"),
    ("United Mine Workers of America", "US", Q),
    ("Columbus", "US", T, "US.OH"),
    ("Ohio", "US", A),
    ("Logan County", "US", A, "US.WV"),
    ("Guyandotte River", "US", N),
    ("Chief Logan State Park", "US", N),
    ("Man Freewill Baptist Church", "US", Q),
    ("Chapmanville", "US", T, "US.WV"),
    ("Williamson", "US", T, "US.WV"),
    ("Pikeville", "US", T, "US.KY"),
    ("Ky.", "US", A),
    ("Charleston", "US", T, "US.WV"),
    ("Highland Memory Gardens", "US", Q),
    ("Godby", "US", T, "US.WV"),
])

add("c", """Hatch Chile Festival brings thousands to tiny Rio Grande village

Las Cruces Sun-News

HATCH, N.M. — The smell of roasting green chile hung over the Rio Grande valley this weekend as an estimated 30,000 visitors packed the village of Hatch, population about 1,600, for the annual Hatch Chile Festival.

Growers say this year's crop is one of the best in a decade after a wet monsoon season. "The chile loves the heat, and we finally got some water in the river," said farmer Jimmy Lytle, whose family has grown chile near Hatch since the 1940s.

Visitors lined up for chile rellenos, chile ristras and 25-pound sacks roasted on the spot. License plates from Texas, Arizona and Colorado filled the parking lots, and vendors said they had customers from as far as Chicago and Anchorage.

Many visitors drove up Interstate 25 from Las Cruces and El Paso, while others came down from Albuquerque and Truth or Consequences. The New Mexico Department of Transportation added message boards warning of delays near the Hatch exit.

Chile from the Hatch Valley is grown in Doña Ana and Sierra counties along the Rio Grande, though growers say imports from Chihuahua and other parts of Mexico labeled as "Hatch chile" remain a problem. A 2011 state law made it illegal to sell chile as "New Mexico chile" unless it was grown in the state.

The festival also included a chile-eating contest won by a Deming man, a parade of queens from Radium Springs and Rincon, and a performance by a mariachi band from Mesilla.

Proceeds benefit the Hatch Volunteer Fire Department and scholarships for Hatch Valley High School graduates.""", [
    ("Hatch Chile Festival", "US", Q),
    ("Rio Grande", "*", N),
    ("Las Cruces Sun-News", "-", N),
    ("HATCH", "US", T, "US.NM"),
    ("N.M.", "US", A),
    ("Hatch#2,4,5", "US", T, "US.NM"),
    ("Texas", "US", A),
    ("Arizona", "US", A),
    ("Colorado", "US", A),
    ("Chicago", "US", T, "US.IL"),
    ("Anchorage", "US", T, "US.AK"),
    ("Interstate 25", "US", Q),
    ("Las Cruces", "US", T, "US.NM"),
    ("El Paso", "US", T, "US.TX"),
    ("Albuquerque", "US", T, "US.NM"),
    ("Truth or Consequences", "US", T, "US.NM"),
    ("New Mexico Department of Transportation", "US", Q),
    ("Hatch Valley", "US", N, "US.NM"),
    ("Doña Ana", "US", A, "US.NM"),
    ("Sierra", "US", A, "US.NM"),
    ("Chihuahua", "MX", A),
    ("Mexico", "MX", C),
    ("Hatch chile", "-", N),
    ("New Mexico", "US", A),
    ("Deming", "US", T, "US.NM"),
    ("Radium Springs", "US", T, "US.NM"),
    ("Rincon", "US", T, "US.NM"),
    ("Mesilla", "US", T, "US.NM"),
    ("Hatch Volunteer Fire Department", "US", Q),
    ("Hatch Valley High School", "US", Q),
])
add("c", """Hampden, Presque Isle girls advance to Class A North final at Cross Center

Bangor Daily News

BANGOR, Maine — Hampden Academy rallied from 11 points down in the second half to beat Brewer 52-47 on Wednesday night in a Class A North girls basketball semifinal at the Cross Insurance Center.

Senior guard Addie Lincoln scored 19 points, including four free throws in the final minute, as the top-seeded Broncos reached the regional final for the third straight year. Brewer, which beat Hampden twice during the regular season, was led by Maine-bound center Olivia Bangs with 16 points.

In the other semifinal, Presque Isle held off Skowhegan 44-41, sending the Wildcats to their first regional final since 2014. Hundreds of fans made the three-hour drive down Interstate 95 from Aroostook County, and several buses left Presque Isle and Caribou before noon.

"You could hear the County in this building tonight," Presque Isle coach Jeff Wood said. "That means a lot to these girls."

On the boys' side, Orono beat Old Town 58-50 in the Class B North quarterfinals, and Ellsworth edged Mount Desert Island 49-48 on a late 3-pointer. Fans from Bar Harbor and Southwest Harbor packed the north end of the arena, and traffic on the Penobscot River bridges between Bangor and Brewer was backed up for an hour after the game.

The Class A North final is Saturday at 7 p.m. The state championship games will be played next weekend at the Portland Expo and the Augusta Civic Center.""", [
    ("Hampden", "US", Q),
    ("Presque Isle#1,2,4", "US", Q),
    ("Cross Center", "-", N),
    ("Bangor Daily News", "-", N),
    ("BANGOR", "US", T, "US.ME"),
    ("Maine#1", "US", A),
    ("Hampden Academy", "US", Q),
    ("Brewer#1,2", "US", Q),
    ("Cross Insurance Center", "-", N),
    ("Addie Lincoln", "-", N),
    ("Maine#2", "US", Q),
    ("Skowhegan", "US", Q),
    ("Interstate 95", "US", Q),
    ("Aroostook County", "US", A, "US.ME"),
    ("Presque Isle#3", "US", T, "US.ME"),
    ("Caribou", "US", T, "US.ME"),
    ("County", "US", Q),
    ("Orono", "US", Q),
    ("Old Town", "US", Q),
    ("Ellsworth", "US", Q),
    ("Mount Desert Island", "US", Q),
    ("Bar Harbor", "US", T, "US.ME"),
    ("Southwest Harbor", "US", T, "US.ME"),
    ("Penobscot River", "US", N),
    ("Bangor", "US", T, "US.ME"),
    ("Brewer#3", "US", T, "US.ME"),
    ("Portland Expo", "US", Q),
    ("Augusta Civic Center", "US", Q),
])

add("c", """Lionel Hampton Jazz Festival returns to Moscow with students from across the Northwest

Moscow-Pullman Daily News

MOSCOW, Idaho — More than 4,000 middle and high school musicians from Idaho, Washington, Oregon, Montana and as far away as Alaska are in Moscow this week for the 57th Lionel Hampton Jazz Festival at the University of Idaho.

Students from Lewiston, Coeur d'Alene and Spokane competed Thursday in vocal jazz clinics, and school bands from Pullman, Colfax and Clarkston were scheduled to perform Friday in the new Idaho Central Credit Union Arena.

"It's the only time all year that my kids get to play for professional musicians," said band director Mark Troy of Sandpoint High School, who has brought students to the festival for 18 years.

Hotels in Moscow and Pullman have been booked for weeks, and some families are staying as far away as Lewiston and Clarkston. Downtown Moscow businesses say festival week is among their busiest of the year.

Smaller schools around the Palouse are also well represented. Combined bands from Troy, Genesee, Potlatch and Kendrick will play Saturday morning, along with a jazz choir from Deary. "For a lot of these kids it's the first time they've been on a stage this big," said festival director Vanessa Sielert.

The festival, founded in 1967, was renamed for vibraphonist Lionel Hampton in 1985. Evening concerts this year feature artists from New York and New Orleans, as well as a guest trumpeter from Havana, Cuba.

Festival organizers reminded drivers that U.S. 95 between Moscow and Lewiston remains under construction near Genesee, and the Moscow-Pullman Highway will be busy before evening concerts.""", [
    ("Lionel Hampton Jazz Festival", "-", N),
    ("Moscow", "US", T, "US.ID"),
    ("Northwest", "US", N),
    ("Moscow-Pullman Daily News", "-", N),
    ("MOSCOW", "US", T, "US.ID"),
    ("Idaho", "US", A),
    ("Washington", "US", A, (47.50, -120.50)),
    ("Oregon", "US", A),
    ("Montana", "US", A),
    ("Alaska", "US", A),
    ("University of Idaho", "US", Q),
    ("Lewiston", "US", T, "US.ID"),
    ("Coeur d'Alene", "US", T, "US.ID"),
    ("Spokane", "US", T, "US.WA"),
    ("Pullman", "US", T, "US.WA"),
    ("Colfax", "US", T, "US.WA"),
    ("Clarkston", "US", T, "US.WA"),
    ("Idaho Central Credit Union Arena", "US", Q),
    ("Mark Troy", "-", N),
    ("Sandpoint High School", "US", Q),
    ("Palouse", "US", N),
    ("Troy", "US", T, "US.ID"),
    ("Genesee", "US", T, "US.ID"),
    ("Potlatch", "US", T, "US.ID"),
    ("Kendrick", "US", T, "US.ID"),
    ("Deary", "US", T, "US.ID"),
    ("Lionel Hampton", "-", N),
    ("New York", "US", N),
    ("New Orleans", "US", T, "US.LA"),
    ("Havana", "CU", T),
    ("Cuba", "CU", C),
    ("U.S. 95", "US", Q),
    ("Moscow-Pullman Highway", "US", Q),
])

add("c", """Manuel 'Manny' Silveira Bettencourt

The Modesto Bee

MODESTO — Manuel "Manny" Silveira Bettencourt, 91, a dairyman who helped build the Portuguese community in Stanislaus County, died peacefully at his Turlock home on Jan. 22, 2025.

Manny was born on May 3, 1933, in the village of Biscoitos on Terceira, in the Azores, the youngest of nine children. At 19 he left the island with $40 in his pocket, sailing to Boston and then taking a train to California to join an uncle who milked cows near Hilmar.

He worked on dairies in Merced County and around Chino before buying his own 40-cow herd outside Turlock in 1961. Over the next 35 years he and his wife, Maria Fatima, whom he met at a festa in Gustine, built the herd to more than 600 cows on land along the Tuolumne River between Hughson and Modesto.

Manny was a founding member of the Pentecost Association of Turlock and served as its president three times. He was proud to march in the Holy Ghost festas in Turlock, Newman and Tracy every summer and returned to Terceira more than 20 times, most recently in 2019 for the Sanjoaninas festival in Angra do Heroísmo.

He was preceded in death by his wife in 2017. He is survived by his sons, Joe (Linda) of Hughson and Tony (Carla) of Oakdale; his daughter, Fatima Avila of Fresno; 11 grandchildren; 14 great-grandchildren; and a sister, Conceição, who still lives in Praia da Vitória.

A rosary will be recited at 7 p.m. Thursday at Sacred Heart Church in Turlock. A funeral Mass will follow at 10 a.m. Friday, with burial at Turlock Memorial Park. The family suggests donations to the Portuguese Fraternal Society of America or Emanuel Medical Center Hospice.""", [
    ("The Modesto Bee", "-", N),
    ("MODESTO", "US", T, "US.CA"),
    ("Portuguese", "PT", Q),
    ("Stanislaus County", "US", A, "US.CA"),
    ("Turlock", "US", T, "US.CA"),
    ("Biscoitos", "PT", T, (38.79, -27.26)),
    ("Terceira", "PT", N),
    ("Azores", "PT", N),
    ("Boston", "US", T, "US.MA"),
    ("California", "US", A),
    ("Hilmar", "US", T, "US.CA"),
    ("Merced County", "US", A, "US.CA"),
    ("Chino", "US", T, "US.CA"),
    ("Maria Fatima", "-", N),
    ("Fatima Avila", "-", N),
    ("Gustine", "US", T, "US.CA"),
    ("Tuolumne River", "US", N),
    ("Hughson", "US", T, "US.CA"),
    ("Modesto", "US", T, "US.CA"),
    ("Pentecost Association of Turlock", "US", Q),
    ("Newman", "US", T, "US.CA"),
    ("Tracy", "US", T, "US.CA"),
    ("Sanjoaninas", "-", N),
    ("Angra do Heroísmo", "PT", T),
    ("Oakdale", "US", T, "US.CA"),
    ("Fresno", "US", T, "US.CA"),
    ("Praia da Vitória", "PT", T),
    ("Sacred Heart Church", "-", N),
    ("Turlock Memorial Park", "US", Q),
    ("Portuguese Fraternal Society of America", "US", Q),
])

add("c", """Dodge City Days rodeo, parade cap 10-day celebration of Old West heritage

Dodge City Daily Globe

DODGE CITY, Kan. — Thousands of spectators lined Wyatt Earp Boulevard on Saturday morning for the Dodge City Days parade, and the Dodge City Roundup Rodeo wrapped up Sunday night with a sellout crowd at the arena on the city's east side.

Now in its 64th year, Dodge City Days celebrates the town's history as the "Cowboy Capital" at the end of the cattle trails from Texas, when Front Street was lined with saloons and lawmen such as Wyatt Earp and Bat Masterson kept the peace.

The rodeo drew cowboys and cowgirls from Oklahoma, Colorado, Nebraska and as far away as Alberta, Canada. Local favorite Cody Boot of Spearville won the saddle bronc riding with an 88-point ride, and Taylor Jackson of Ulysses took the barrel racing title.

The parade featured floats and marching bands from Garden City, Liberal, Cimarron and Kinsley, along with riders from the Fort Dodge veterans home. Folklórico dancers from the city's large Hispanic community performed in traditional dress from Michoacán and Chihuahua, and a group from Guymon, Okla., brought a mariachi band.

"This is our Christmas," said Ford County Commissioner Jeff Kell. "People who grew up in Dodge come home from Wichita and Denver and Amarillo for this week."

Organizers estimated the 10-day event brought $5 million to Dodge City and Ford County businesses. Hotels in Garden City and Cimarron also filled up, and traffic backed up on U.S. 50 and U.S. 400 into town.

Boot Hill Museum, on the site of the town's original cemetery, reported its best week of the year. Next year's Dodge City Days is set for July 25 to Aug. 3.""", [
    ("Dodge City Days", "US", Q),
    ("Dodge City Daily Globe", "-", N),
    ("DODGE CITY", "US", T, "US.KS"),
    ("Kan.", "US", A),
    ("Wyatt Earp Boulevard", "US", Q),
    ("Dodge City Roundup Rodeo", "US", Q),
    ("Old West", "US", Q),
    ("Texas", "US", A),
    ("Front Street", "US", Q),
    ("Wyatt Earp", "-", N),
    ("Oklahoma", "US", A),
    ("Colorado", "US", A),
    ("Nebraska", "US", A),
    ("Alberta", "CA", A),
    ("Canada", "CA", C),
    ("Spearville", "US", T, "US.KS"),
    ("Taylor Jackson", "-", N),
    ("Ulysses", "US", T, "US.KS"),
    ("Garden City", "US", T, "US.KS"),
    ("Liberal", "US", T, "US.KS"),
    ("Cimarron", "US", T, "US.KS"),
    ("Kinsley", "US", T, "US.KS"),
    ("Fort Dodge", "US", T, "US.KS"),
    ("Hispanic", "-", N),
    ("Michoacán", "MX", A),
    ("Chihuahua", "MX", A),
    ("Guymon", "US", T, "US.OK"),
    ("Okla.", "US", A),
    ("Ford County", "US", A, "US.KS"),
    ("Dodge", "US", T, "US.KS"),
    ("Wichita", "US", T, "US.KS"),
    ("Denver", "US", T, "US.CO"),
    ("Amarillo", "US", T, "US.TX"),
    ("Dodge City", "US", T, "US.KS"),
    ("U.S. 50", "US", Q),
    ("U.S. 400", "US", Q),
    ("Boot Hill Museum", "US", Q),
])

CASES = [(text, exp) for g, text, exp in RAW]
GENRES = [g for g, text, exp in RAW]
