"""One regression case for each class of geoparsing error the field's users complain about."""

from geomap.evaluate import score
from geomap.pipeline import geoparse


def places(text, index, **kw):
    return [(r.candidate.text, r.entry.name, r.entry.country, r.entry.kind, r.candidate.role)
            for r in geoparse(text, index=index, **kw)]


def test_all_caps_dateline(index):
    text = "TROY, N.C. (AP) - A fire destroyed a warehouse on Main Street late Tuesday."
    found = places(text, index)
    assert found[0][:3] == ("TROY", "Troy", "US")
    assert found[1][:2] == ("N.C.", "North Carolina")
    (troy,) = [r for r in geoparse(text, index=index) if r.candidate.text == "TROY"]
    assert troy.entry.admin1 == "US.NC"


def test_qualified_names_and_ap_abbreviations(index):
    for text, state in [("She grew up in Paris, Tennessee, and moved away.", "US.TN"),
                        ("Rep. Joseph Wagner, D-Chicopee, spoke in Springfield, Mass., on Monday.", "US.MA")]:
        rs = geoparse(text, index=index)
        qualified = [r for r in rs if r.candidate.qualifier is not None]
        assert qualified and all(r.entry.admin1 == state for r in qualified), text


def test_short_words_are_not_places(index):
    assert places("It is ok, said the ga official; they are OK with us.", index) == []


def test_country_names_are_countries_not_towns(index):
    found = places("Poland, Ukraine and Russia met; Georgia's president spoke.", index)
    assert [(t, k) for t, _, _, k, _ in found] == [("Poland", "country"), ("Ukraine", "country"),
                                                   ("Russia", "country"), ("Georgia", "country")]


def test_organisations_and_people_are_not_places(index):
    text = ("The Washington Post and the Kyiv Independent reported that George Washington University "
            "hosted Mary Wheeler. Said Andrew Trapani: Trapani is a surname here.")
    names = [t for t, *_ in places(text, index)]
    assert "Washington" not in names and "Kyiv" not in names and "Mary" not in names and "Trapani" not in names


def test_a_demonym_opening_an_institutions_name_is_no_country(index):
    # From a third audit: "El Fasher's Saudi Hospital" put Saudi Arabia among the story's places.
    text = "Doctors said shelling hit the Saudi Hospital in El Fasher on Friday, killing two patients."
    assert [t for t, *_ in places(text, index)] == ["El Fasher"]
    text = "Flights by Turkish Airlines to the city were cancelled, the airport said."
    assert places(text, index) == []
    # A demonym before a common noun still names its country.
    assert [k for *_, k in places("A Saudi hospital in El Fasher was hit by shelling on Friday.", index)] == \
        ["demonym", "place"]


def test_accents_and_offsets(index):
    text = "\u00a0Fighting \U0001F525 near Bogot\u00e1 and Bogota, and in Zaporizhzhia\u2019s outskirts."
    rs = geoparse(text, index=index)
    assert [r.entry.country for r in rs] == ["CO", "CO", "UA"]
    for r in rs:
        assert text[r.candidate.start:r.candidate.end] == r.candidate.text


def test_demonyms_are_marked(index):
    found = places("Turkish and South Korean officials met.", index)
    assert [(t, n, role) for t, n, _, _, role in found] == [("Turkish", "Turkey", "demonym"),
                                                            ("South Korean", "South Korea", "demonym")]


def test_well_known_regions(index):
    found = places("Shelling in Donbas worried capitals across the Middle East and the Balkans.", index)
    assert [(t, k) for t, _, _, k, _ in found] == [("Donbas", "region"), ("Middle East", "region"),
                                                   ("Balkans", "region")]


def test_one_odd_name_never_empties_a_document(index):
    text = "Xq\u0000zz Vvvv-Qqq\u200b met officials in Lviv and Kharkiv \u2014 and in Odesa."
    assert [n for _, n, *_ in places(text, index)] == ["Lviv", "Kharkiv", "Odesa"]


def test_lgl_scores_stay_above_the_field(lgl_docs, index):
    """The whole LGL corpus: recognition F1 and Acc@161 above every published system's."""
    predicted = [{"id": d["id"], "mentions": [
        {"start": r.candidate.start, "end": r.candidate.end, "lat": r.entry and r.entry.lat,
         "lon": r.entry and r.entry.lon} for r in geoparse(d["text"], index=index)]} for d in lgl_docs]
    s = score(lgl_docs, predicted)
    assert s.f1 >= 0.85 and s.precision >= 0.85 and s.recall >= 0.86, s
    assert s.acc161 >= 0.90 and s.auc <= 0.18, s


def test_unknown_region_is_reported_without_coordinates(index):
    text = "Floods hit Zzyzxville County and Qwertyuk Oblast, near Lviv, on Monday."
    rs = geoparse(text, index=index)
    assert [(r.candidate.text, r.entry is None) for r in rs] == [
        ("Zzyzxville County", True), ("Qwertyuk Oblast", True), ("Lviv", False)]


def test_neighbouring_names_settle_each_other(index):
    # LGL, a Paris (Tennessee) paper: the Paris that lies in a Henry County is meant, not France's.
    text = ("A Paris man was arrested Sunday afternoon. He is scheduled to appear Tuesday in Henry County "
            "General Sessions Court.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert found["Paris"].admin1 == "US.TN" and found["Henry County"].admin1 == "US.TN"


def test_ambiguous_names_vote_for_one_state(index):
    # No name is clear alone (Dayton, New Jersey; Dublin, Ireland); together they are Ohio's.
    text = "Voters in Columbus, Dayton and Dublin went to the polls."
    assert {r.entry.admin1 for r in geoparse(text, index=index)} == {"US.OH"}


def test_a_province_named_with_its_towns_is_the_province(index):
    # Ontario, California is a city of 170,000; the article's towns are in Ontario, Canada.
    text = ("Reaction to Thursday's Ontario budget speech was mixed. Jim Harrison of the Woodstock "
            "chamber said shoppers in Tillsonburg would pay more.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["Ontario"].kind, found["Ontario"].country) == ("admin1", "CA")


def test_country_points_are_the_conventional_ones(index):
    # The United States at the centre of the contiguous states, Russia at the Factbook's 60 N 100 E.
    us, ru = (r.entry for r in geoparse("The United States and Russia met.", index=index))
    assert abs(us.lat - 39.83) < 0.1 and abs(us.lon + 98.58) < 0.1
    assert (ru.lat, ru.lon) == (60.0, 100.0)


def test_a_list_ending_in_counties_names_counties(index):
    # LGL: a Minnesota road report. Each name of the list is a county, not the town of that name.
    text = ("Flooding is affecting the following areas in Becker, Clay, Douglas, Grant, Mahnomen, "
            "Otter Tail and Wilkin counties.")
    found = [(r.candidate.text, r.entry.name, r.entry.admin1) for r in geoparse(text, index=index)]
    assert [name for _, name, _ in found] == ["Becker County", "Clay County", "Douglas County", "Grant County",
                                              "Mahnomen County", "Otter Tail County", "Wilkin County"]
    assert {state for *_, state in found} == {"US.MN"}
    assert found[-1][0] == "Wilkin"  # as LGL marks it: the plural word is the whole list's
    # Georgia here is the state its counties lie in, not the country.
    text = "Volunteers from Camden and Charlton counties in Georgia and Nassau and Baker counties in Florida."
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert found["Camden"].name == "Camden County" and found["Georgia"].kind == "admin1"


def test_a_list_of_counties_opened_by_a_name_that_is_no_town(index):
    # usregional: Henrico and Elbert are counties only (no town of the name), so the list does
    # not start at a candidate; Chesterfield and Oglethorpe had been towns in other states.
    text = ("Data centers spread to sites near Richmond in Henrico and Chesterfield counties. It serves "
            "patients from as far as Elbert and Oglethorpe counties. In Cass and Richland counties, fields flooded.")
    found = [(r.candidate.text, r.entry.name, r.entry.admin1) for r in geoparse(text, index=index)][1:]
    assert found[:4] == [("Henrico", "Henrico County", "US.VA"), ("Chesterfield", "Chesterfield County", "US.VA"),
                         ("Elbert", "Elbert County", "US.GA"), ("Oglethorpe", "Oglethorpe County", "US.GA")]
    assert [name for _, name, _ in found[4:]] == ["Cass County", "Richland County"]  # "In" is no part of the name


def test_the_nations_of_the_united_kingdom_are_not_the_country(index):
    found = [(r.candidate.text, r.entry.name, r.entry.kind) for r in
             geoparse("She had lived in England and Scotland; Britain was home.", index=index)]
    assert found == [("England", "England", "region"), ("Scotland", "Scotland", "region"),
                     ("Britain", "United Kingdom", "country")]


def test_a_town_named_city_is_that_town(index):
    # LGL: "Henderson, Boulder City to weigh police, fire" is Nevada's Boulder City, not Boulder.
    found = [(r.candidate.text, r.entry.name, r.entry.admin1)
             for r in geoparse("Henderson, Boulder City to weigh police. Pensacola, Panama City and Tampa.",
                               index=index)]
    assert ("Boulder City", "Boulder City", "US.NV") in found and ("Panama City", "Panama City", "US.FL") in found
    # An alternate name alone ("Dublin City" for Dublin, Ireland) still yields to the town's name.
    assert [r.candidate.text for r in geoparse("Dublin City Council met on Monday.", index=index)] == ["Dublin"]


def test_the_capital_of_a_country_the_article_names(index):
    # "Washington" beside the United States is the capital, not the state of Washington.
    text = "The United States said talks would go on; Washington has not commented on the proposal."
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["Washington"].kind, found["Washington"].admin1) == ("city", "US.DC")
    # With no United States in the text, no capital bonus: the towns of Washington state vote.
    text = "Officials in Spokane, Yakima and Olympia said Washington would fund the roads."
    assert {r.candidate.text: r.entry for r in geoparse(text, index=index)}["Washington"].admin1 == "US.WA"


def test_ap_state_abbreviations_before_a_noun(index):
    # LGL headline "Fla. economist casts doubt": Florida, not Flå in Norway.
    for text, state in [("Fla. economist casts doubt on the plan.", "Florida"), ("Ill. Gov. Pat Quinn spoke.", "Illinois"),
                        ("The Calif. law was struck down.", "California")]:
        assert [(r.entry.name, r.entry.country) for r in geoparse(text, index=index)] == [(state, "US")], text
    assert places("Miss. Brown said hello.", index) == []  # a title, then a capitalized name: not a state


def test_streets_named_after_places_are_not_places(index):
    # LGL: "the March 7 fire at 6016 Dublin Road", "Warden's Memphis Street home".
    text = "The fire at 6016 Dublin Road spread to Memphis Street and Pennsylvania Avenue."
    assert places(text, index) == []
    # A county road keeps its county; a town before a street word elsewhere in the text stays a town.
    found = [t for t, *_ in places("Closed from Mahnomen County Road 3 to Highway 10 near Memphis.", index)]
    assert found == ["Mahnomen County", "Memphis"]


def test_small_towns_named_like_english_words_count_only_where_placed(index):
    # LGL: "Give me your hundreds" (Give, Denmark), "Time and again" (Time, Norway).
    assert places("Do not call Police. Give me your hundreds. Time and again, she asked.", index) == []
    # Placed by the text, the town counts: after a locative word.
    assert [t for t, *_ in places("The festival was held in Give, in Denmark.", index)][:1] == ["Give"]


def test_languages_are_not_their_countries(index):
    text = "Ms. Moayyad spoke only French and Farsi. English language learners did well. French troops left."
    assert [(t, role) for t, _, _, _, role in places(text, index)] == [("French", "demonym")]


def test_parliaments_are_not_towns(index):
    # "State Duma" is Russia's parliament, not Duma in Syria; "Verkhovna Rada" Ukraine's.
    assert places("The State Duma approved the law; the Verkhovna Rada did not.", index) == []


def test_names_said_of_people_are_people(index):
    # LGL: "his children, Hailey, 6, and Caleb, 4"; a town's name that speaks is a person's.
    text = "Brent Ching, his wife and his children, Hailey, 6, and Caleb, 4, died. Later Chilton said the fund grew."
    assert places(text, index) == []
    # A place after a locative word keeps its sense: "a man from Brampton said".
    assert [t for t, *_ in places("The 20-year-old from Brampton said he was fine.", index)] == ["Brampton"]


def test_a_county_inside_a_longer_name_stays_a_county_elsewhere(index):
    # LGL: "The 2008-09 Leadership Henry County class" must not unmake Henry County everywhere.
    text = ("Paris and Henry County are rich in history. The Leadership Henry County class toured it. "
            "Downtown Paris has shops.")
    found = [t for t, *_ in places(text, index)]
    assert found.count("Henry County") == 1 and found.count("Paris") == 2


def test_a_lawmakers_home_town_after_the_party(index):
    # AP style: "Sen. Ray Miller, D-Columbus", "Rep. Joseph Wagner, D-Chicopee".
    text = "said state Sen. Ray Miller, D-Columbus, and Rep. Joseph Wagner, D-Chicopee, on Monday."
    assert [t for t, *_ in places(text, index)] == ["Columbus", "Chicopee"]


def test_a_list_ending_in_streets_names_streets(index):
    # LGL: "on the corner of Lakeview and Harrison streets", "Woodfield and Martingale roads".
    text = "A main blew at Lakeview and Harrison streets in Dayton, near Woodfield and Martingale roads."
    assert [t for t, *_ in places(text, index)] == ["Dayton"]


def test_datelines_after_a_byline_date_or_before_a_colon(index):
    # LGL: "Advocate Reporter March 30, 2009 NEWARK -- The recent ...", "crops . BEIRUT: Israel ...".
    found = places("BY KENT MALLETT Advocate Reporter March 30, 2009 NEWARK -- The recent surge in sales.", index)
    assert [t for t, *_ in found] == ["NEWARK"]
    found = places("Israel floods Lebanese farmlands, destroys crops . BEIRUT: Israel deliberately flooded", index)
    assert ("BEIRUT", "Beirut", "LB", "city", "place") in found
    # Two capitals before a colon are an acronym, not a dateline: "UN: 70% of Palestinian youth".
    assert "UN" not in [t for t, *_ in places("UN: 70% of Palestinian youth oppose talks", index)]


def test_spaced_ap_state_abbreviations(index):
    # LGL: "Charles S. Williams, 39, of Wood County, W. Va., is currently being held".
    found = places("Charles S. Williams, 39, of Wood County, W. Va., is currently being held.", index)
    assert [(t, n) for t, n, *_ in found] == [("Wood County", "Wood County"), ("W. Va.", "West Virginia")]
    (wood,) = [r for r in geoparse("Williams, 39, of Wood County, W. Va., is held.", index=index)
               if r.candidate.text == "Wood County"]
    assert wood.entry.admin1 == "US.WV"


def test_a_day_or_month_after_a_name_ends_it(index):
    # LGL: "died in an airline crash in Montana Sunday" is no person "Montana Sunday".
    found = places("Four of the 14 passengers who died in an airline crash in Montana Sunday had ties here.", index)
    assert [(t, n, k) for t, n, _, k, _ in found] == [("Montana", "Montana", "admin1")]


def test_a_place_before_its_party_or_its_town_office(index):
    # LGL: "West Virginia Democratic politics", "the Decatur Democrat", "said Monroe Mayor Robert Routson".
    text = ("A fixture in West Virginia Democratic politics, the Decatur Democrat said. "
            "\"It could be a toll bridge,\" said Monroe Mayor Robert Routson.")
    assert [t for t, *_ in places(text, index)] == ["West Virginia", "Decatur", "Monroe"]


def test_a_name_said_of_a_person_once_is_that_person_elsewhere(index):
    # LGL: "Tyrise M. Bell" then "between Bell and Eggers"; "Chairman Ron Denton, 46" then
    # "Denton said" (Denton, Texas has 130,000 people); "Elizabeth Fairfield" then "against Fairfield".
    text = ("The deadly confrontation between Bell and Eggers ended the chase of Tyrise M. Bell on Jan. 23. "
            "Commission Chairman Ron Denton, 46, spoke. Denton said the island would change. "
            "Charges were filed against Fairfield on March 16, said a lawyer for Elizabeth Fairfield.")
    assert places(text, index) == []
    # Where the text places it, a large city keeps its sense: "moved to Denton".
    assert [t for t, *_ in places(text + " She later moved to Denton, Texas.", index)] == ["Denton", "Texas"]


def test_a_full_stop_after_a_title_ends_the_sentence(index):
    # LGL: "Hyles unseats Turner for Municipal Court Judge. Columbus attorney Stephen Hyles has ..."
    found = places("Hyles unseats Turner for Municipal Court Judge. Columbus attorney Stephen Hyles won.", index)
    assert [t for t, *_ in found] == ["Columbus"]


def test_demonyms_inside_names_or_said_of_people(index):
    # LGL: "the American Diabetes Association", "Native Americans", "African-Americans", and a
    # spokeswoman named French: "Officer Monica French said ..." then "French said".
    text = ("Funds went to the American Diabetes Association and to American Airlines. Native Americans "
            "and African-Americans spoke. Information Officer Monica French said so; later French said more.")
    assert places(text, index) == []
    # A demonym said of its country stays one: "Russian officials", "Arab-Israeli conflict".
    found = places("Russian officials discussed the Arab-Israeli conflict.", index)
    assert [(t, n, role) for t, n, _, _, role in found] == [("Russian", "Russia", "demonym"),
                                                            ("Israeli", "Israel", "demonym")]


def test_parties_papers_and_administrations_named_after_places(index):
    # LGL: "criticism from United Russia", "From Lansing State Journal", "the Obama administration"
    # (Obama, Japan), "Department of Health and Human Services", "An Old Man Has Visions".
    text = ("After criticism from United Russia, the story ran in the Lansing State Journal. The Obama "
            "administration and the Department of Health and Human Services replied. An Old Man Has Visions.")
    assert places(text, index) == []
    # An office is not a paper: "The Tarrant County Medical Examiner identified the man."
    assert [t for t, *_ in places("The Tarrant County Medical Examiner identified the man.", index)] == \
        ["Tarrant County"]


def test_a_us_state_named_like_a_country_gives_state_evidence(index):
    # LGL: "Albany ... Georgia Bureau of Investigation agents": once the first pass reads
    # "Georgia" as the state, it votes for Albany, Georgia, not the larger Albany, New York.
    text = ("GBI, police arrest suspected Albany serial rapist. Albany — An Albany man police labeled a suspected "
            "serial rapist has been taken into custody. An Albany police SWAT team and Georgia Bureau of "
            "Investigation agents raided the home on Wednesday.")
    albany = {r.entry.admin1 for r in geoparse(text, index=index) if r.candidate.text == "Albany"}
    assert albany == {"US.GA"}


def test_a_named_us_region_favours_its_states(index):
    # LGL: "Concord District Court" in a New Hampshire paper that speaks of "New England".
    text = "Legislators are considering making their state the first in New England to apologize. " \
           "A petition was filed with Concord District Court."
    (concord,) = [r for r in geoparse(text, index=index) if r.candidate.text == "Concord"]
    assert concord.entry.admin1 == "US.NH"


def test_an_alternate_name_of_a_town_that_dwarfs_the_namesakes(index):
    # LGL: "the Jenin refugee camp" in the West Bank (GeoNames: Janin, 34,730 people), not the
    # village of Jenin in Poland (1,100), which is the only place whose main name is "Jenin".
    text = "She was blocked from entering a West Bank refugee camp in the area of the Jenin refugee camp."
    (jenin,) = [r for r in geoparse(text, index=index) if r.candidate.text == "Jenin"]
    assert jenin.entry.country == "PS"


def test_a_list_of_states_is_not_a_qualified_name(index):
    # LGL: "from all across the United States including Missouri, New York, North Carolina and
    # Virginia": "New York, North Carolina" is no New York in North Carolina; New York is the state.
    text = "People came from across the United States including Missouri, New York, North Carolina and Virginia."
    rs = {r.candidate.text: r for r in geoparse(text, index=index)}
    assert rs["New York"].entry.kind == "admin1" and rs["New York"].candidate.qualifier is None
    assert rs["Missouri"].candidate.qualifier is None
    # A real qualifier still attaches: "Springfield, Mass."
    (springfield,) = [r for r in geoparse("He spoke in Springfield, Mass., on Monday.", index=index)
                      if r.candidate.text == "Springfield"]
    assert springfield.candidate.qualifier is not None and springfield.entry.admin1 == "US.MA"


def test_utf8_quotes_read_as_latin1_are_not_places(index):
    # LGL: "â Itâ s not even traffic,â noted ..." (Itá, Paraguay).
    assert places("â Itâ s not even traffic,â noted Douglas County Public Works Director Dave Robley.", index) \
        == [("Douglas County", "Douglas County", "US", "admin2", "place")]


def test_a_country_that_is_a_given_name_before_a_surname(index):
    # LGL: "Officers Ron McCurry and Chad Walker"; wire sport: "Jordan Henderson scored".
    assert places("Officers Ron McCurry and Chad Walker arrived. Jordan Henderson scored twice.", index) == []
    # Before an institution's noun or alone it is still the country: "Jordan Valley", "in Chad".
    found = [(t, k) for t, _, _, k, _ in places("Troops left Chad and the Jordan River valley.", index)]
    assert ("Chad", "country") in found


def test_a_name_inside_an_organisations_name_stays_a_place_where_placed(index):
    # LGL: "groups ... including StandUp DeKalb" makes a lone "DeKalb" doubtful, but the body
    # of a man "found ... in the river near Hopkins Park in DeKalb" was found in DeKalb; and a
    # name the text firmly places once is a place wherever else it stands alone.
    text = ("Neighborhood groups, including StandUp DeKalb, halted the project. "
            "The body was found Sunday in DeKalb. Titan said so; the permit let Titan drill. "
            "DeKalb police said so. DeKalb would not approve it.")
    assert [(r.candidate.text, r.candidate.start) for r in geoparse(text, index=index)] == [
        ("DeKalb", 96), ("DeKalb", 147), ("DeKalb", 170)]
    text = ("Neighborhood groups, including StandUp DeKalb, halted the project. "
            "Titan said so; the permit let Titan drill. DeKalb would not approve it.")
    assert places(text, index) == []


def test_demonyms_of_regions_name_the_region(index):
    # LGL: "between Georgian and South Ossetian officials", "Abkhaz, S.Ossetian Borders",
    # "Dagestani Battle", "Ontarians would suffer".
    found = places("Talks between Georgian and South Ossetian officials; Abkhaz and Dagestani "
                   "fighters; Ontarians would suffer.", index)
    assert [(t, n, k, role) for t, n, _, k, role in found] == [
        ("Georgian", "Georgia", "country", "demonym"), ("South Ossetian", "South Ossetia", "region", "demonym"),
        ("Abkhaz", "Abkhazia", "admin1", "demonym"), ("Dagestani", "Dagestan", "admin1", "demonym"),
        ("Ontarians", "Ontario", "admin1", "demonym")]


def test_a_state_is_not_taken_for_a_small_town_that_shares_its_name(index):
    # Wire copy: "the Pantanal in Mato Grosso" is Brazil's state, not Vila Bela da Santissima
    # Trindade (17,000 people), which GeoNames also calls Mato Grosso; "Kursk" is still the city.
    rs = {r.candidate.text: r.entry for r in geoparse("Fires spread in Mato Grosso; shells hit Kursk.", index=index)}
    assert (rs["Mato Grosso"].kind, rs["Mato Grosso"].admin1) == ("admin1", "BR.MT")
    assert rs["Kursk"].kind == "city"


def test_the_dateline_weighs_more_than_another_name(index):
    # Wire copy filed from Belfast that names the United States once: "Dublin" is Ireland's
    # capital, not Dublin, Pennsylvania, which the United States alone would favour.
    text = ("BELFAST — Officials from the United States met on Monday. "
            "Later they visited Portadown and Lisburn, then Dublin.")
    rs = geoparse(text, index=index)
    assert rs[0].candidate.dateline and not rs[1].candidate.dateline
    (dublin,) = [r for r in rs if r.candidate.text == "Dublin"]
    assert dublin.entry.country == "IE"


def test_a_county_before_its_office_and_places_joined_by_a_hyphen(index):
    # LGL: "Walker County Judge Danny Pierce", "the Butler County Coroner's Office",
    # "Logan-Rogersville students", "the Red River ... in Fargo-Moorhead".
    text = ("A conference between Huntsville Fire Chief Tom Grisham and Walker County Judge Danny Pierce. "
            "Logan-Rogersville students moved. The river will crest in Fargo-Moorhead on Friday.")
    assert [t for t, *_ in places(text, index)] == ["Huntsville", "Walker County", "Logan", "Rogersville",
                                                    "Fargo", "Moorhead"]
    # A paper named after a county is still a paper: "The Orange County Register".
    assert [t for t, *_ in places("The Orange County Register said Laurel County Road 80 closed.", index)] == \
        ["Laurel County"]
    # A hyphen before a word that is no place still makes one name: "Wal-Mart", "Coca-Cola".
    assert places("He shopped at Wal-Mart and drank Coca-Cola.", index) == []


def test_a_wars_name_is_not_a_place(index):
    # LGL: "the disabled Gulf War veteran", "Gulf-war vet to bike from Norman to D.C.".
    assert [t for t, *_ in places("The disabled Gulf War veteran, a Gulf-war vet, left Norman, Okla.", index)] == \
        ["Norman", "Okla."]


def test_a_headline_in_title_case_keeps_its_places(index):
    # LGL: "Freemason Bogdanov Joins Sochi Mayor Race." opens an article; wire headlines too.
    # In a headline every word is capitalized, so a capital says nothing of a longer name.
    assert [t for t, *_ in places("Freemason Bogdanov Joins Sochi Mayor Race. Former candidates met.", index)] \
        == ["Sochi"]
    found = places("Floods Hit Kerala, Thousands Evacuated From Kochi\nRains continued on Monday.", index)
    assert [(t, n) for t, n, *_ in found] == [("Kerala", "Kerala"), ("Kochi", "Kochi")]
    found = places("Wildfire Near Los Angeles Forces Evacuations In Pasadena\nThe fire grew.", index)
    assert [t for t, *_ in found] == ["Los Angeles", "Pasadena"]
    # A sentence listing names is no headline: "Ben Alexander, Provi Underwood, Meaghan Gray".
    assert places("Pictured, front row, are: Ben Alexander, Provi Underwood, Meaghan Gray and Paige Parker.",
                  index) == []
    # A hard-wrapped paragraph still joins a name across its line break.
    text = "The storm moved up the coast overnight and reached the outskirts of New\nYork early on Tuesday."
    assert [n for _, n, *_ in places(text, index)] == ["New York City"]


def test_a_village_named_like_a_whole_person(index):
    # Wire copy: "Spain's Pedro Sanchez" is Spain's prime minister, not Pedro Sanchez in the
    # Dominican Republic (1,600 people); LGL's "in Glen Allen" is still the Virginia town.
    found = places("Spain's Pedro Sanchez visited Valencia. She lived in Glen Allen.", index)
    assert [t for t, *_ in found] == ["Spain", "Valencia", "Glen Allen"]


def test_a_metropolis_is_not_a_village_once_called_so(index):
    # Wire copy: a SAO PAULO dateline on a story about Rio Grande do Sul is the metropolis, not
    # Ibarama (3,700 people, once called Sao Paulo, in that state); "Rio Grande do Sul" is the
    # state, not the city of Rio Grande, which GeoNames also calls so.
    rs = {r.candidate.text: r.entry for r in geoparse(
        "SAO PAULO — Floods in Rio Grande do Sul killed dozens in Porto Alegre.", index=index)}
    assert (rs["SAO PAULO"].name, rs["SAO PAULO"].admin1) == ("São Paulo", "BR.SP")
    assert (rs["Rio Grande do Sul"].kind, rs["Rio Grande do Sul"].admin1) == ("admin1", "BR.RS")


def test_regions_by_their_seats_modern_spelling(index):
    # Ukraine war reporting writes "Zaporizhzhia Oblast", "Odesa Oblast", "Mykolaiv region";
    # Natural Earth has "Zaporizhzhya", "Odessa", "Mykolayiv". Alone, the name is the city.
    found = places("Strikes hit Zaporizhzhia Oblast, Odesa Oblast, the Mykolaiv region, Khmelnytskyi Oblast "
                   "and Zaporizhzhia and Kherson oblasts; Odesa itself was calm.", index)
    assert [(text, kind) for text, _, _, kind, _ in found] == [
        ("Zaporizhzhia Oblast", "admin1"), ("Odesa Oblast", "admin1"), ("Mykolaiv region", "admin1"),
        ("Khmelnytskyi Oblast", "admin1"), ("Zaporizhzhia", "admin1"), ("Kherson", "admin1"),
        ("Odesa", "city")]
    # The data file names the region as the article writes it.
    from geomap.model import Article
    from geomap.pipeline import extract

    doc = extract(Article("Strikes hit Zaporizhzhia Oblast overnight."), index=index)
    assert [p.name for p in doc.places] == ["Zaporizhzhia Oblast"]
    # ... and a town as the article writes it when that is the gazetteer's name without its marks
    # ("Rafah", not GeoNames' "Rafaḩ"), or another spelling of a name the gazetteer gives in a
    # scholarly transliteration ("Khan Younis", not "Khān Yūnis", under the gazetteer name's id);
    # a dateline's capitals are not so taken. Another name of the place is the article's too
    # ("Kiev", under Kyiv's id): the popup's "resolved as" gives the gazetteer's.
    doc = extract(Article("RAFAH (Wire) - Strikes hit Rafah, Zurich and Khan Younis."), index=index)
    assert [(p.id, p.name) for p in doc.places] == [("rafah", "Rafaḩ"), ("zurich", "Zurich"),
                                                    ("khan-yunis", "Khan Younis")]
    doc = extract(Article("Strikes hit Rafah and Khan Younis."), index=index)
    assert [(p.id, p.name) for p in doc.places] == [("rafah", "Rafah"), ("khan-yunis", "Khan Younis")]
    doc = extract(Article("Protests in Kiev and Sao Paulo."), index=index)
    assert [(p.id, p.name) for p in doc.places] == [("kyiv", "Kiev"), ("sao-paulo", "Sao Paulo")]


def test_regions_by_their_english_names(index):
    # Natural Earth has "Baluchistan", "N.W.F.P.", "Bayern", "Nord-Kivu", "Homs (Hims)"; news
    # writes Balochistan, Khyber Pakhtunkhwa, Bavaria, North Kivu, "Homs province" (the first two
    # are the regions' current names, which the gazetteer shows).
    found = places("Militants attacked in Balochistan and Khyber Pakhtunkhwa. Police in Bavaria and fighting "
                   "in North Kivu. Shells hit Homs and Homs province. A drone fell on Deir ez-Zor.", index)
    assert [(t, n, k) for t, n, _, k, _ in found] == [
        ("Balochistan", "Balochistan", "admin1"), ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "admin1"),
        ("Bavaria", "Bayern", "admin1"), ("North Kivu", "Nord-Kivu", "admin1"), ("Homs", "Homs", "city"),
        ("Homs province", "Homs (Hims)", "admin1"), ("Deir ez-Zor", "Deir ez-Zor", "city")]


def test_a_dateline_before_a_dash_and_a_capitalized_word(index):
    # A spaced dash ends a name: "MEXICO CITY - Gunmen" is no "Mexico City Gunmen".
    for text, name in [("MEXICO CITY - Gunmen killed 12 people in Culiacan, the state prosecutor said.", "Mexico City"),
                       ("NEW DELHI - Monsoon floods swept through Assam and Kerala on Tuesday.", "New Delhi"),
                       ("KYIV - Drones struck the city overnight, officials said.", "Kyiv")]:
        first = geoparse(text, index=index)[0]
        assert (first.entry.name, first.candidate.dateline) == (name, True), text


def test_world_cities_without_context_are_the_famous_ones(index):
    # Names with many small US namesakes ("Athens", "Paris") must not out-vote each other's
    # world cities: a few ambiguous names are little evidence for any country.
    found = places("The minister flew from Paris to Athens and on to Rome, where she met her "
                   "counterparts.", index)
    assert [(t, c) for t, _, c, _, _ in found] == [("Paris", "FR"), ("Athens", "GR"), ("Rome", "IT")]


def test_places_named_like_words_of_faith_or_given_names(index):
    # Jericho, Bethlehem, Nazareth and Victoria are places in news, not words to skip...
    found = places("Israeli troops raided Jericho and Bethlehem in the occupied West Bank, and protesters "
                   "marched in Nazareth. Floods in Victoria and Queensland forced evacuations.", index)
    assert [(t, c, k) for t, _, c, k, _ in found] == [
        ("Israeli", "IL", "country"), ("Jericho", "PS", "city"), ("Bethlehem", "PS", "city"),
        ("West Bank", "PS", "admin1"), ("Nazareth", "IL", "city"), ("Victoria", "AU", "admin1"),
        ("Queensland", "AU", "admin1")]
    assert [(t, n, c) for t, n, c, *_ in places("He found the men early Saturday in Independence. Jackson County "
                                                   "prosecutors charged a teenager.", index)] == [
        ("Independence", "Independence", "US"), ("Jackson County", "Jackson County", "US")]  # LGL
    # ... but a region's name before a surname or an initial is a given name (LGL).
    assert places("Driver Virginia L. Lane, 77, was hurt. Victoria Newell spoke.", index) == []


def test_water_bodies_and_names_that_only_open_an_organisations_name(index):
    found = places("LONDON - The Bank of England held rates. Tankers crossed the Gulf of Aden and the Gulf "
                   "of Oman, and tension rose in the Gulf.", index)
    assert [(t, n) for t, n, *_ in found] == [
        ("LONDON", "London"), ("England", "England"), ("Gulf of Aden", "Gulf of Aden"),
        ("Gulf of Oman", "Gulf of Oman"), ("Gulf", "Persian Gulf")]


def test_a_small_foreign_namesake_is_left_out(index):
    # GeoNames' only "Heathrow" is a Florida village: in a British story it is a place the
    # gazetteer lacks (or, more often, no place: "Research", "Mercury" on LGL), so it is left out.
    text = ("LONDON (Reuters) - British police said on Tuesday they had arrested a man at Heathrow airport "
            "after a flight from Amsterdam. He had travelled through Paris and Brussels, officials said.")
    assert [(t, c) for t, _, c, _, _ in places(text, index)] == [
        ("LONDON", "GB"), ("British", "GB"), ("Amsterdam", "NL"), ("Paris", "FR"), ("Brussels", "BE")]
    from geomap.recognize import recognize
    from geomap.resolve import resolve
    (heathrow,) = [r for r in resolve(recognize(text, index), text=text) if r.candidate.text == "Heathrow"]
    assert heathrow.doubtful and heathrow.entry is None and heathrow.alternatives[0][1].country == "US"
    # The same village in a Florida story is placed.
    (heathrow,) = [r for r in geoparse("SANFORD, Fla. - A fire destroyed a home in Heathrow, Seminole County "
                                       "deputies said. Orlando firefighters helped.", index=index)
                   if r.candidate.text == "Heathrow"]
    assert heathrow.entry is not None and heathrow.entry.admin1 == "US.FL"


def test_a_demonym_before_an_office_title(index):
    for text, country in [("Israeli Prime Minister Benjamin Netanyahu said on Sunday the war would continue.", "IL"),
                          ("Officials said they would meet Greek Prime Minister Kyriakos Mitsotakis on Friday.", "GR")]:
        assert [(role, c) for _, _, c, _, role in places(text, index)] == [("demonym", country)], text


def test_a_dotted_abbreviation_is_no_town(index):
    # "U.N." is not Un, India; "U.S." and "N.C." still name a country and a state.
    found = places("The U.N. mission in Libya called for calm, U.S. officials in Raleigh, N.C., said.", index)
    assert [t for t, *_ in found] == ["Libya", "U.S.", "Raleigh", "N.C."]


def test_a_city_filed_apart_from_its_namesake_region_is_its_seat(index):
    # GeoNames files Kyiv as its own region and Kherson in none: still the seats of Kiev and Kherson oblasts.
    for text, name in [("Missiles hit Kiev overnight, the mayor said.", "Kyiv"),
                       ("KHERSON, Ukraine - Russian artillery pounded Kherson on Monday.", "Kherson")]:
        first = geoparse(text, index=index)[0]
        assert (first.entry.name, first.entry.kind) == (name, "city"), text
        assert any(e.kind == "admin1" for _, e in first.alternatives)  # the region, for a reviewer to pick


def test_capitals_named_together_and_washington_as_a_government(index):
    for text, expected in [("Trade talks between Washington and Ottawa stalled.", ["US.DC", "CA.ON"]),
                           ("Diplomats in London and Washington were furious at the leak.", ["GB.WE", "US.DC"]),
                           ("Washington imposed new sanctions on Iran on Tuesday.", ["US.DC", None])]:
        assert [r.entry.admin1 for r in geoparse(text, index=index)] == expected, text


def test_names_with_particles_apostrophes_and_possessive_s(index):
    found = places("Fighting erupted in Dar es Salaam. Refugees in Cox's Bazar faced aid cuts. Officials flew to "
                   "Nuku'alofa, and talks were held in C\u00f4te d'Ivoire.", index)
    assert [(t, c) for t, _, c, _, _ in found] == [("Dar es Salaam", "TZ"), ("Cox's Bazar", "BD"),
                                                   ("Nuku'alofa", "TO"), ("C\u00f4te d'Ivoire", "CI")]


def test_country_names_as_the_wires_write_them(index):
    for text, expected in [("Rebels seized Goma, in the Democratic Republic of Congo, on Monday.", ["CD", "CD"]),
                           ("Fighting in eastern Congo displaced thousands around Bukavu.", ["CD", "CD"]),
                           ("Clashes erupted in Congo Republic's capital Brazzaville.", ["CG", "CG"]),
                           ("Floods hit The Gambia and Cape Verde.", ["GM", "CV"])]:
        assert [c for _, _, c, _, _ in places(text, index)] == expected, text


def test_datelines_joined_by_a_slash(index):
    rs = geoparse("ISLAMABAD/KABUL (Reuters) - Pakistan and Afghanistan traded fire.", index=index)
    assert [(r.candidate.text, r.candidate.dateline, r.entry.country) for r in rs[:2]] == [
        ("ISLAMABAD", True, "PK"), ("KABUL", True, "AF")]


def test_qualifiers_by_a_nation_of_the_uk_and_the_qualifiers_own_sense(index):
    assert [(t, c, k) for t, _, c, k, _ in places("Residents of Perth, Scotland, voted on the plan.", index)] == [
        ("Perth", "GB", "city"), ("Scotland", "GB", "region")]
    assert [(t, c, k) for t, _, c, k, _ in places("She teaches in Athens, Georgia.", index)] == [
        ("Athens", "US", "city"), ("Georgia", "US", "admin1")]
    assert [(t, c) for t, _, c, _, _ in places("He grew up in Tbilisi, Georgia.", index)] == [
        ("Tbilisi", "GE"), ("Georgia", "GE")]


def test_all_caps_headlines_city_of_its_province_airlines_and_idioms(index):
    assert [t for t, *_ in places("STORMS HIT DALLAS AND HOUSTON", index)] == ["DALLAS", "HOUSTON"]
    assert [t for t, *_ in places("RBA HOLDS RATES AS INFLATION EASES IN SYDNEY AND MELBOURNE", index)] == [
        "SYDNEY", "MELBOURNE"]
    assert [(t, k) for t, _, _, k, _ in places("Quebec City police said a man was arrested.", index)] == [
        ("Quebec City", "city")]
    assert [t for t, *_ in places("Air Canada added flights from Toronto; Air India said no.", index)] == ["Toronto"]
    assert [t for t, *_ in places("The worst since the Spanish flu, like Russian roulette, French troops said.",
                                  index)] == ["French"]


def test_diseases_named_after_places_and_more_demonyms(index):
    text = ("Lassa fever killed 118 people in Nigeria. The outbreak of Sudan virus disease spread in Uganda. "
            "Lyme disease cases rose in Connecticut. Burundian soldiers and Panamanian police met.")
    assert [(t, c) for t, _, c, _, _ in places(text, index)] == [
        ("Nigeria", "NG"), ("Uganda", "UG"), ("Connecticut", "US"), ("Burundian", "BI"), ("Panamanian", "PA")]


def test_a_state_that_qualifies_a_city_is_the_state(index):
    # The seat rule ("New York" alone: the city) does not hold for a qualifier; "Oklahoma" and
    # "Rapid" are no longer names of Oklahoma City and Rapid City.
    for text, expected in [("Buffalo, New York, got two feet of snow.", [("city", "US.NY"), ("admin1", "US.NY")]),
                           ("A tornado struck Moore, Oklahoma. A case is pending in Oklahoma.",
                            [("city", "US.OK"), ("admin1", "US.OK"), ("admin1", "US.OK")]),
                           ("Rapid Support Forces shelled a camp near El Fasher.", [("city", "SD.ND")])]:
        assert [(r.entry.kind, r.entry.admin1) for r in geoparse(text, index=index)] == expected, text


def test_another_spelling_of_a_town_where_the_text_places_it(index):
    assert [(t, n) for t, n, *_ in places("Fighting near Avdiivka and Chasiv Yar intensified.", index)] == [
        ("Avdiivka", "Avdiyivka"), ("Chasiv Yar", "Chasiv Yar")]
    assert places("The State Fire Marshal's Office sent investigators.", index) == []


def test_a_region_spelled_otherwise_than_its_seat_and_macro_regions(index):
    # Natural Earth's "Gedarif" and GeoNames' town "Gedaref" (Al Qadarif): "Gedaref state" is the state.
    found = places("Cases were reported in Kassala and Gedaref states, in West Africa and in the Levant.", index)
    assert [(n, k) for _, n, _, k, _ in found] == [
        ("Kassala", "admin1"), ("Gedarif", "admin1"), ("West Africa", "region"), ("Levant", "region")]


def test_a_town_placed_in_a_country_where_the_gazetteer_has_none_of_its_name(index):
    # GeoNames' only Foya is in China: "Foya, Liberia" is a town the gazetteer lacks.
    assert [t for t, *_ in places("Officials in Foya, Liberia, said the border was shut.", index)] == ["Liberia"]
    # A list is no qualifier: Palestine, Texas (LGL).
    assert [(t, c) for t, _, c, _, _ in places("Volunteers from Crockett, Palestine and Houston came.", index)] == [
        ("Crockett", "US"), ("Palestine", "US"), ("Houston", "US")]


def test_things_and_institutions_named_after_places(index):
    text = ("Scotland Yard said on Friday it had arrested a man in London's Leicester Square. Love Island "
            "returned. Wildfires driven by Santa Ana winds spread as Brent crude rose. A Bengal tiger was seen.")
    assert [(t, r) for t, _, _, _, r in places(text, index)] == [("London", "possessive")]
    assert [t for t, *_ in places("U.S. troops and US officials met across the Americas.", index)] == [
        "U.S.", "US", "Americas"]


def test_kin_saints_prepositions_and_language_adjectives(index):
    # "her husband, Austin": a person; "St Agnes" is GeoNames' "Saint Agnes"; a capitalized "Near"
    # opens no name; "French- and Dutch-speaking" are languages.
    text = ("She settled in Lincoln. She is survived by her husband, Austin, and two children, Jackson and "
            "Eleanor. Officers searched a mine at St Agnes in Cornwall. Brussels is divided between French- and "
            "Dutch-speaking parties. The Spaniard grew up near Murcia.")
    assert [t for t, *_ in places(text, index)] == ["Lincoln", "St Agnes", "Cornwall", "Brussels", "Spaniard", "Murcia"]
    assert [t for t, *_ in places("Near Zermatt, the glacier moved the Swiss border.", index)] == ["Zermatt", "Swiss"]
    # "Coast" alone is a word ("the South Coast towns"), not Kenya's former province.
    assert [t for t, *_ in places("Floods swept through Durban and the South Coast towns of Margate.", index)] == [
        "Durban", "Margate"]


def test_a_name_may_end_in_a_capitalized_connector(index):
    # Spanish "Sur" is a name's word, not the French "sur" of "Boulogne-sur-Mer".
    assert [t for t, *_ in places("Floodwaters submerged villages in Camarines Sur and Lanao del Sur.", index)] == [
        "Camarines Sur", "Lanao del Sur"]


def test_the_ganga_is_the_ganges(index):
    # Not Ganja, Azerbaijan, which GeoNames also calls "Ganga".
    assert [(t, n) for t, n, *_ in places("Pilgrims bathed in the Ganga at Prayagraj.", index)] == [
        ("Ganga", "Ganges"), ("Prayagraj", "Prayagraj")]


def test_a_name_listed_after_a_place_is_a_place(index):
    # "said" after a small city no longer makes it a person when it is listed with a place;
    # nor is a town's other spelling ("Shahat": GeoNames' Shahhat) noise there. LGL: "Gainesville
    # and Lindsay", "Newark, Heath and Pataskala".
    text = ("Clinics in Tucson and Flagstaff said patients had begun traveling. The UN said Al Bayda and "
            "Shahat were also badly damaged. Cities of Newark, Heath and Pataskala, Ohio, gained.")
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Tucson", "Tucson"), ("Flagstaff", "Flagstaff"), ("Al Bayda", "Al Bayḑā’"), ("Shahat", "Shahhat"),
        ("Newark", "Newark"), ("Heath", "Heath"), ("Pataskala", "Pataskala"), ("Ohio", "Ohio")]
    # A person listed with another stays a person; a place opening a longer name stays part of it.
    assert places("Smith and Flagstaff said no.", index) == []


def test_a_name_with_kin_or_a_number_after_it_is_no_place(index):
    # "Kent's brother" (Kent, England's county): whoever has kin is a person (LGL: "Mason's
    # father", "Robertson's daughter"); "Sector 45" (Sector, India) and "Drain 27" are numbered things.
    text = ("Kent's brother, Chester, was cleared in Leeds. The gang rented an office in Sector 45 near Noida. "
            "Ice floated down the swollen Drain 27 in Oregon.")
    assert [t for t, *_ in places(text, index)] == ["Leeds", "Noida", "Oregon"]
    assert [t for t, *_ in places("Police in Kent said the A2 was closed.", index)] == ["Kent"]


def test_a_region_word_before_a_list_makes_each_name_a_region(index):
    # Bare, these names are their cities (the seat rule); after "the states of", "counties" or
    # "the province of" they are the regions, as after "... and Y counties" already.
    text = ("Floods hit the states of Bauchi and Gombe in Nigeria. Warnings were issued for counties Galway, "
            "Mayo and Kerry. Rebels hold the province of Idlib. More rain is due in the counties of Kisumu and "
            "Siaya. The streets of Paris were calm.")
    assert [(t, k, c) for t, _, c, k, _ in places(text, index)] == [
        ("Bauchi", "admin1", "NG"), ("Gombe", "admin1", "NG"), ("Nigeria", "country", "NG"),
        ("Galway", "admin1", "IE"), ("Mayo", "admin1", "IE"), ("Kerry", "admin1", "IE"), ("Idlib", "admin1", "SY"),
        ("Kisumu", "region", "KE"), ("Siaya", "region", "KE"), ("Paris", "city", "FR")]


def test_a_surname_after_a_given_name_and_a_particle_is_no_place(index):
    # "Hag" is another name of The Hague, "Gaal" a village in Austria.
    text = "Erik ten Hag's side lost at Old Trafford. Louis van Gaal retired in Rio de Janeiro."
    assert [t for t, *_ in places(text, index)] == ["Old Trafford", "Rio de Janeiro"]


def test_gaza_city_and_a_surname_two_words_after_a_title(index):
    # "Gaza City" is the city apart from the Gaza Strip (as "Quebec City" from Quebec); "Jinping"
    # is also a town in China, but after "President Xi" it is his name. "Mayor of London" stays London.
    found = places("Chinese President Xi Jinping said fighting raged in Gaza City. The Mayor of London spoke.", index)
    assert [(t, k) for t, _, _, k, _ in found] == [("Chinese", "country"), ("Gaza City", "city"), ("London", "city")]


def test_given_names_in_attributions_and_features_named_after_other_places(index):
    # A given name that is a place ("Chad", "Victoria", "Jordan") before a surname, after "said"
    # or in a wire byline; "Coun." is a title. An island named like a place the gazetteer has
    # elsewhere is left out rather than pinned there (Victoria in Australia); the Strait of Georgia
    # is a feature of regions.tsv, not Georgia.
    text = ("\"We will rebuild,\" said Chad Okafor, a trader in Lagos. Ferries on the Strait of Georgia and "
            "to Victoria Island were cancelled, said Coun. Victoria Ashworth. (Editing by Victoria Kelsall) "
            "Police in Jordan said.")
    assert [(t, c) for t, _, c, _, _ in places(text, index)] == [
        ("Lagos", "NG"), ("Strait of Georgia", "CA"), ("Jordan", "JO")]
    # "Monroe Mayor": a town's own office, not a person's name.
    assert [(t, c) for t, _, c, _, _ in places("In Louisiana, Monroe Mayor Bob Lee spoke.", index)] == [
        ("Louisiana", "US"), ("Monroe", "US")]


def test_a_name_the_text_calls_a_region_is_the_region_throughout(index):
    # The seat rule makes a bare "Córdoba" the city; "the provinces of Córdoba and Santa Fe" makes
    # them the provinces there, and "southern Córdoba" the province (Reuters, on Argentina's
    # harvest). A bare mention of a province's namesake seat goes by the bare mentions, though:
    # "Santa Fe farmers" is now the city (on the held-out sets, 16 such mentions are right so and 4
    # wrong, as this one is).
    text = ("Rains returned to the farming provinces of Córdoba and Santa Fe, the exchange said. Yields in "
            "southern Córdoba were better than expected, and Santa Fe farmers planted more soy.")
    assert [(t, k) for t, _, _, k, _ in places(text, index)] == [
        ("Córdoba", "admin1"), ("Santa Fe", "admin1"), ("Córdoba", "admin1"), ("Santa Fe", "city")]


def test_country_names_qualifiers_bylines_brands_and_river_names(index):
    # "Mexico" is another name of Mexico City in GeoNames, but a country's name is the country.
    assert [(t, k) for t, _, _, k, _ in places("Panama and Mexico are also competing.", index)] == [
        ("Panama", "country"), ("Mexico", "country")]
    # A qualifier outweighs a story's context: San Jose, California is named four times here.
    text = ("SAN JOSE, Calif. - San Jose opened a shelter. San Jose officials said San Jose would build more. "
            "Ana Mora moved from San José, Costa Rica, in 2008.")
    assert [c for t, _, c, _, _ in places(text, index) if t.lower().startswith("san")] == ["US"] * 4 + ["CR"]
    # A byline's surname, car makers and "Roman" are no places; a river takes its name's span.
    text = "Fires spread near the Roman bridge. Here I had a Toyota. (Editing by Sonali Paul)"
    assert places(text, index) == []
    assert [t for t, *_ in places("The Guadalupe River rose near Kerrville, Texas.", index)] == [
        "Guadalupe River", "Kerrville", "Texas"]


def test_compass_names_and_towns_inside_organisations_after_a_demonym(index):
    # "South West" is a district of Singapore, "Bar" a town in Montenegro; "North West Province"
    # (South Africa's) keeps its region word. LGL: "American Eagle Mortgage Corp."
    text = ("In the state's South West, a fire burned near Collie. The Nigerian Bar Association met in Abuja. "
            "Nathan Gill, of American Eagle Mortgage Corp., said so.")
    assert [t for t, *_ in places(text, index)] == ["Collie", "Abuja"]
    assert [t for t, *_ in places("Mines in North West Province closed.", index)] == ["North West Province"]


def test_a_tiny_namesake_of_a_city_takes_less_from_the_state_context(index):
    # Washington, Georgia has 4,000 people (the crisis set's case; LGL gains 7 places).
    text = ("A grand jury in Fulton County indicted 19 people over efforts to overturn the election in Georgia. "
            "Several, including lawyers from Washington and New York, were released on bond in Atlanta.")
    (washington,) = [r.entry for r in geoparse(text, index=index) if r.candidate.text == "Washington"]
    assert washington.admin1 == "US.DC"


def test_in_qualifiers_us_states_by_code_village_seats_and_brand_names(index):
    # "X in Y" qualifies as "X, Y" does, against the story (Trujillo, Peru has a million people).
    text = "Trujillo, Peru flooded. The mayor, born in Trujillo in Extremadura, flew home from Lima."
    assert [(t, c) for t, _, c, _, _ in places(text, index) if t == "Trujillo"] == [
        ("Trujillo", "PE"), ("Trujillo", "ES")]
    # A US town's state is GeoNames' code, not the simplified outline's (which put it in D.C.).
    (alexandria,) = [r.entry for r in geoparse("Engineers from Alexandria, Virginia, arrived.", index=index)
                     if r.candidate.text == "Alexandria"]
    assert alexandria.admin1 == "US.VA"
    # A village of 942 named like its state is no seat of it.
    assert [(t, k) for t, _, _, k, _ in places("Alerts were issued in Quintana Roo on Monday.", index)] == [
        ("Quintana Roo", "admin1")]
    # Clubs, firms and weather named like places.
    text = "Bayern coach Vincent Kompany said El Niño and Rio Tinto had nothing to do with it."
    assert places(text, index) == []


def test_compound_demonyms_and_the_before_a_feature(index):
    # "German-Polish": "German" is also a given name, but before "Polish" it is a demonym; "Polish"
    # was forgotten everywhere as a surname. "The Panama Canal" opens a sentence after a dateline.
    text = ("PANAMA CITY (Reuters) - The Panama Canal will raise drafts. Fish died on the German-Polish "
            "border, Polish officials said.")
    assert [t for t, *_ in places(text, index)] == ["PANAMA CITY", "Panama Canal", "German", "Polish", "Polish"]


def test_a_region_is_no_evidence_for_its_own_namesake_town(index):
    # "Brandenburg" is also another name of Brandenburg an der Havel, a town in the state: the
    # state's own name must not count as a region named in the document for that town.
    text = ("Dead fish washed up along the Oder on the German-Polish border, officials in Brandenburg said. "
            "Brandenburg's environment minister said the state had asked Warsaw for data, speaking in Potsdam. "
            "Poland said it was monitoring the river between Wroclaw and Szczecin.")
    assert [(t, k) for t, _, _, k, _ in places(text, index) if t == "Brandenburg"] == [("Brandenburg", "admin1")] * 2


def test_a_name_demoted_to_the_capital_votes_for_the_capital(index):
    # "Washington" is a region by its base score, and the capital once resolved; its evidence
    # used to stay with the state, whose Geneva (2,300 people) then beat Switzerland's.
    text = ("GEORGETOWN, Guyana (AP) - Guyana accused Venezuela of sending troops into the Essequibo region. "
            "Venezuela's foreign minister said in Caracas that the territory belongs to Venezuela under a 1966 "
            "agreement signed in Geneva. Brazil sent troops to Boa Vista. The U.S. State Department said "
            "Washington stands firmly behind Guyana. Georgetown University in Washington offered to host talks.")
    (geneva,) = [r.entry for r in geoparse(text, index=index) if r.candidate.text == "Geneva"]
    assert geneva.country == "CH"


def test_namesakes_the_first_pass_passed_over_vouch_less_for_each_other(index):
    # An obituary from the 'articles' set: Bristol, Rhode Island and Saint Ann, Missouri had US
    # neighbours ("Coventry", "Jamaica") that the first pass did not choose.
    text = (
        'Born in Trench Town, Kingston, the son of a dockworker and a seamstress from St Ann, he taught '
        'himself on a homemade one-string guitar before joining a sound system in Jones Town as a teenager. '
        'In 1962, the year Jamaica became independent, his mother emigrated to England and sent for him two '
        'years later; he arrived at Southampton on a banana boat and joined her in a terraced house in '
        'Handsworth, Birmingham.  He played in pub bands in Wolverhampton and Coventry before co-founding the'
        ' group Roots Nation with the singer Victoria Allen in 1974. Their single Babylon Road, recorded at a'
        ' studio in Harlesden, north-west London, reached the Top 40 in 1978 and was championed by John Peel '
        "on BBC Radio 1. The band's mix of Jamaican rhythms and lyrics about life in the Midlands won them a "
        'following far beyond the West Indian community.  Through the 1980s Roots Nation toured Europe, Japan'
        ' and Nigeria, and Dessie returned to Kingston every winter to record, often bringing back boxes of '
        'seven-inch singles to sell at gigs. His playing can be heard on records by Aswad and Steel Pulse, '
        'though he was rarely credited.  After the band split in 1989 he settled in Bristol, where he taught '
        "bass at a community centre in St Paul's and ran a record stall at St Nicholas Market for twenty "
        "years. Younger musicians from Bristol's trip-hop scene sought him out for sessions, and he appeared "
        'on stage with Massive Attack at the Colston Hall in 1998.'
    )
    found = {t: c for t, _, c, _, _ in places(text, index)}
    assert (found["St Ann"], found["Bristol"]) == ("JM", "GB")


def test_a_town_the_text_gives_a_disease_is_that_disease_throughout(index):
    # "Marburg virus disease ... the Marburg outbreak": not Marburg an der Lahn; a town placed
    # ("Lyme officials") and a region ("Middle East respiratory syndrome", then the Middle East) stay.
    text = ("Tanzania declared an outbreak of Marburg virus disease in Kagera. The Marburg outbreak has killed "
            "eight. Lyme disease rose in New Hampshire, and Lyme officials met. Cases of Middle East respiratory "
            "syndrome were reported across the Middle East.")
    assert [t for t, *_ in places(text, index)] == ["Tanzania", "Kagera", "New Hampshire", "Lyme", "Middle East"]


def test_a_town_inside_a_name_that_a_place_opens_is_no_place(index):
    # "Forest" (Belgium) in "the Korea Forest Service" and LGL's "Texas Forest Service"; "Dade" in
    # "Miami-Dade Fire Rescue".
    text = "The Korea Forest Service and the Texas Forest Service said fires spread near Andong."
    assert [t for t, *_ in places(text, index)] == ["Korea", "Texas", "Andong"]


def test_the_demonyms_of_the_uk_nations_name_the_nations(index):
    text = "Scottish ministers met Welsh officials and English fans; Northern Irish unionists and Scots voted."
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Scottish", "Scotland"), ("Welsh", "Wales"), ("English", "England"), ("Northern Irish", "Northern Ireland"),
        ("Scots", "Scotland")]


def test_a_city_is_no_seat_of_a_region_whose_name_is_only_its_other_name(index):
    # GeoNames also calls Fortaleza "Ceará"; Chittagong is a respelling of Chattogram's own name.
    # And Saudi Arabia's Eastern Province by its English name.
    text = "Dengue cases rose in Ceará. Floods hit Chittagong. MERS cases were reported in the Eastern Province."
    assert [(t, k, c) for t, _, c, k, _ in places(text, index)] == [
        ("Ceará", "admin1", "BR"), ("Chittagong", "city", "BD"), ("Eastern Province", "admin1", "SA")]


def test_other_gulfs_and_bays_named_after_towns(index):
    # "Gulf" alone is the Persian Gulf, but not in "the Winam Gulf" or "the Gulf of Paria"; a bay
    # named after a town is pinned at it, with the whole name as its span, and "the Winam Gulf of
    # Lake Victoria" names the lake (the Gulf of Paria is a feature of regions.tsv).
    text = "Hyacinth choked the Winam Gulf of Lake Victoria. Tankers crossed the Gulf of Paria and the Bay of Naples."
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Winam Gulf", "Kisumu"), ("Lake Victoria", "Lake Victoria"), ("Gulf of Paria", "Gulf of Paria"),
        ("Bay of Naples", "Naples")]


def test_bays_lakes_and_townships_take_their_namesakes_span(index):
    # "Osaka Bay" and "Lake Taupo" are where their towns are; "the Texas Gulf Coast" is Texas's.
    text = "Ferries crossed Osaka Bay. New Zealand's Lake Taupo rose. Storms hit the Texas Gulf Coast."
    assert [t for t, *_ in places(text, index)] == ["Osaka Bay", "New Zealand", "Lake Taupo", "Texas", "Gulf Coast"]


def test_a_town_joined_to_a_place_of_another_country_names_a_club(index):
    # "Wellington Phoenix" (a New Zealand football club), and "the Phoenix" alone afterwards; LGL:
    # "the Connecticut Piranhas". "Paris-Henry County" and "Washington-Moscow" are two places.
    text = "Wellington Phoenix beat Auckland FC. Phoenix coach Giancarlo Italiano said the Phoenix deserved it."
    assert "Phoenix" not in [t for t, *_ in places(text, index)]
    assert [t for t, *_ in places("Flights on the Washington-Moscow route resumed.", index)] == ["Washington", "Moscow"]


def test_a_city_geonames_calls_x_city_goes_by_x_outside_the_us(index):
    # GeoNames files "Marawi City" and "Calbayog City"; news writes "Marawi" (which went to
    # Merowe, Sudan) and "Calbayog" (which went nowhere). "Rapid" still names no Rapid City.
    found = places("Troops retook Marawi from militants; evacuees reached Iligan and Calbayog.", index)
    assert [(t, n, c) for t, n, c, _, _ in found] == [
        ("Marawi", "Marawi City", "PH"), ("Iligan", "Iligan", "PH"), ("Calbayog", "Calbayog City", "PH")]
    assert [n for _, n, *_ in places("Panama and Kuwait signed the deal.", index)] == ["Panama", "Kuwait"]


def test_a_word_that_opens_a_longer_name_leaves_no_place_inside_it(index):
    # "Port Renfrew" (British Columbia, a town of regions.tsv) is not Renfrew, Ontario; "Tongass
    # National Forest" is not Forest, Virginia (Kisatchie National Forest is in regions.tsv); the
    # Upper Peninsula is Michigan's, not Peninsula, Ohio.
    text = ("The road to Port Renfrew reopened, and crews cleared trails in Tongass National Forest. "
            "Snow fell across the Upper Peninsula. Renfrew council met on Monday.")
    assert [(t, n, k) for t, n, _, k, _ in places(text, index)] == [
        ("Port Renfrew", "Port Renfrew", "city"), ("Upper Peninsula", "Upper Peninsula", "region"),
        ("Renfrew", "Renfrew", "city")]


def test_a_news_agency_in_a_dateline_is_no_place(index):
    # Xinhua is also a Chinese village, Tass a Hungarian one (Petra, placed "in" it, is Jordan's ancient city).
    text = ("Source: Xinhua | 2025-06-17\n\nGUANGZHOU, June 17 (Xinhua) -- Rain lashed Guangdong. "
            "MOSCOW (Tass) - Officials in Petra (Jordan) said.")
    assert [t for t, *_ in places(text, index)] == ["GUANGZHOU", "Guangdong", "MOSCOW", "Petra", "Jordan"]


def test_a_common_word_that_names_a_village_is_no_place_unless_placed(index):
    # War (West Virginia), Axis (Alabama), Industry (Pennsylvania) and Media (Pennsylvania) are
    # villages in GeoNames' cities500; "Real" and "Virgin" open longer names.
    text = ("Institute for the Study of War Key Takeaways. Supporting Effort - Southern Axis. The Ministry of "
            "Trade, Industry and Energy said. By Anahit Grigoryan | OC Media. Real Madrid and Virgin "
            "Australia. The convoy reached War, West Virginia.")
    assert [(t, c) for t, _, c, _, _ in places(text, index)] == [("War", "US"), ("West Virginia", "US")]


def test_a_country_in_the_possessive_qualifies_the_name_after_it(index):
    # "India's Punjab" is the Indian state, though Pakistan's Punjab is the bigger one.
    found = places("Farmers in India's Punjab burned stubble, while Pakistan said it would protest.", index)
    assert [(t, c, k) for t, _, c, k, _ in found] == [
        ("India", "IN", "country"), ("Punjab", "IN", "admin1"), ("Pakistan", "PK", "country")]
    (punjab,) = [r for r in geoparse("Farmers in India's Punjab burned stubble.", index=index)
                 if r.candidate.text == "Punjab"]
    assert punjab.candidate.qualifier is not None and punjab.candidate.qualifier.text == "India"


def test_another_spelling_of_a_town_placed_by_a_verb_an_apposition_or_its_vowels(index):
    # GeoNames spells them Hulyaypole and Pūnch; "Huliaipole" and "Poonch" counted only after
    # "in" or "near", and a vowel apart at the start, "Poonch" did not count at all.
    found = places("Troops entered Huliaipole overnight. Huliaipole, a town of 13,000 before the "
                   "invasion, lies south of Zaporizhzhia.", index)
    assert [(t, n) for t, n, *_ in found] == [("Huliaipole", "Hulyaypole"), ("Huliaipole", "Hulyaypole"),
                                              ("Zaporizhzhia", "Zaporizhzhya")]
    assert [(t, n) for t, n, *_ in places("In India, schools were closed in Poonch.", index)] == [
        ("India", "India"), ("Poonch", "Pūnch")]
    assert places("Fire Marshal Sam Ortiz said the crew left.", index) == []


def test_a_governor_is_a_regions_and_a_byline_names_people(index):
    # "Kursk governor" and "New York Gov." are the regions'; the byline's "Dar" is a reporter, not
    # Dar, Cambodia; after "del", "Sur" ends a longer name ("Comuneros del Sur"), not Sur, Oman.
    text = ("Ceasefire violations along the LoC\n\nBy Rahul Koul and Shabir Dar\n\nJammu: Shells fell in Poonch. "
            "Kursk governor Alexander Khinshtein said, and New York Gov. Kathy Hochul spoke. "
            "The Comuneros del Sur group left Cauca.")
    assert [(t, c, k) for t, _, c, k, _ in places(text, index)] == [
        ("Jammu", "IN", "city"), ("Poonch", "IN", "city"), ("Kursk", "RU", "admin1"),
        ("New York", "US", "admin1"), ("Cauca", "CO", "admin1")]
    # A byline's place after a comma is where the reporter files from.
    assert [t for t, *_ in places("Killings\n\nBy Abdulkareem Mojeed, Jos\n\nResidents buried 27.", index)] == ["Jos"]


def test_a_lists_plural_region_word_is_the_lists_not_the_last_names(index):
    # LGL marks "Baker" in "Nassau and Baker counties in Florida"; the qualifier still reaches it.
    found = geoparse("Volunteers from Nassau and Baker counties in Florida and Sumy and Kharkiv oblasts.", index=index)
    assert [(r.candidate.text, r.entry.admin1) for r in found] == [
        ("Nassau", "US.FL"), ("Baker", "US.FL"), ("Florida", "US.FL"), ("Sumy", "UA.SM"), ("Kharkiv", "UA.KK")]


def test_a_small_us_town_of_a_state_the_story_never_names_is_left_out(index):
    # A Kansas fair: GeoNames has no Lincolnville or Burns in Kansas, and Maine's and Oregon's are
    # not meant. Kansas towns it has stay; a country's town of no evidence was already left out.
    text = ("Marion County Fair draws record crowds\n\nMARION, Kan. - Exhibitors came from Peabody, "
            "Hillsboro and Goessel, from Lincolnville in the north and from Burns in the south, the "
            "Kansas fair board said.")
    found = [(r.candidate.text, r.entry.admin1) for r in geoparse(text, index=index)]
    assert ("Lincolnville", "US.ME") not in found and ("Burns", "US.OR") not in found
    assert [t for t, _ in found] == ["Marion County", "MARION", "Kan.", "Peabody", "Hillsboro", "Goessel", "Kansas"]
    assert {state for _, state in found} == {"US.KS"}


def test_a_village_or_camp_the_gazetteer_adds_is_a_town_of_its_region(index):
    # regions.tsv's towns: GeoNames lacks Khiam and the Zamzam camp. A town, not a region of a
    # million people, "Zamzam" in a Mecca story is the well's water, no camp in Darfur.
    found = places("Israeli strikes hit Khiam in southern Lebanon. Families fled to Zamzam camp near "
                   "El Fasher.", index)
    assert [(t, c, k) for t, _, c, k, _ in found] == [
        ("Israeli", "IL", "country"), ("Khiam", "LB", "city"), ("Lebanon", "LB", "country"),
        ("Zamzam", "SD", "city"), ("El Fasher", "SD", "city")]
    (khiam,) = [r for r in geoparse("Israeli strikes hit Khiam in southern Lebanon.", index=index)
                if r.candidate.text == "Khiam"]
    assert khiam.entry.admin1 == "LB.NA"
    assert [t for t, *_ in places("Pilgrims drank Zamzam water in Mecca, Saudi Arabia, and in Medina.", index)] == [
        "Mecca", "Saudi Arabia", "Medina"]


def test_a_road_number_before_a_town_does_not_make_it_part_of_a_name(index):
    # "N59 Westport" read as one name made "Westport" a person's, forgotten all through the story.
    found = places("N59 Westport–Newport upgrade gets green light after 15-year wait\n\n"
                   "The road runs from Westport to Achill.", index)
    assert [(t, c) for t, _, c, _, _ in found] == [("Westport", "IE"), ("Newport", "IE"), ("Westport", "IE"),
                                                   ("Achill", "IE")]


def test_a_town_the_story_names_again_and_again_is_its_subject_not_a_stray(index):
    # LGL: a Laconia, New Hampshire story that also names Alaska twice. Laconia is no stray
    # town of a state the story gives no evidence for: it is what the story is about.
    text = ("Body ID'd, cause of death unknown. The frozen body found along the shore of Lake Opechee in "
            "Laconia has been identified as that of a Laconia man, said Laconia police Capt. William Clary. "
            "Laconia officials and the Laconia school board met. He had moved back from Alaska, where he "
            "worked on boats; his family in Alaska was told. He grew up in Laconia.")
    found = [(r.candidate.text, r.entry.admin1) for r in geoparse(text, index=index)]
    assert found.count(("Laconia", "US.NH")) == 6 and found.count(("Alaska", "US.AK")) == 2


def test_the_before_a_towns_own_office_does_not_make_a_title(index):
    # LGL: "The Athens Police Department" mid-line (after a headline with no full stop) is the
    # town's police, not a title like "The Washington Post".
    text = "Thefts rise over last several months The Athens Police Department is asking for help in Texas."
    assert [t for t, *_ in places(text, index)] == ["Athens", "Texas"]
    assert places("He read it in The Washington Post on Monday.", index) == []


def test_a_name_followed_by_who_is_a_persons(index):
    # LGL: a family story; Hailey, Idaho, is no place here. "Hufstetler of Roswell, who" is the
    # man's relative clause, and Roswell stays.
    text = ("The Joneses' story starts with Hailey, who was born with a heart defect. Hailey is never far "
            "from their minds. Daniel Hufstetler of Roswell, who was listed in stable condition, was "
            "charged in Georgia.")
    assert [t for t, *_ in places(text, index)] == ["Roswell", "Georgia"]


def test_a_regions_name_is_no_other_name_of_a_town_abroad(index):
    # GeoNames lists "Quebec" among New Britain, Connecticut's other names: in a New England
    # story it took the province's place.
    found = places("Mills in Berlin, New Hampshire, and Rumford, Maine, buy power from Quebec.", index)
    assert [(t, c, k) for t, _, c, k, _ in found][-1] == ("Quebec", "CA", "admin1")
    # "Saida" is both Sidon's other name and a province of Algeria: Sidon keeps it.
    assert [(t, c) for t, _, c, _, _ in places("Clashes erupted in Saida, south of Beirut.", index)] == [
        ("Saida", "LB"), ("Beirut", "LB")]


def test_a_town_before_a_score_is_the_town(index):
    # "Sector 45" is a numbered thing, but "beat Lawrenceburg 55-49" names the town's team.
    found = places("In Class 1A, Loogootee beat Kouts 44-41 in Indiana. Troops held Sector 45.", index)
    assert [(t, c) for t, _, c, _, _ in found] == [("Loogootee", "US"), ("Kouts", "US"), ("Indiana", "US")]


def test_bosnia_alone_is_the_country(index):
    found = places("Voters in Bosnia went to the polls; Mostar and Sarajevo counted first.", index)
    assert [(t, c, k) for t, _, c, k, _ in found][0] == ("Bosnia", "BA", "country")


def test_a_name_opening_a_longer_place_named_before_is_that_place(index):
    # LGL: "Avondale" alone was Avondale, Arizona, and the "DeSoto" of a detention centre DeSoto,
    # Texas, which pulled Mansfield to Texas beside it.
    text = ("Decatur, Avondale Estates limit annexation plan. The plan involves 10 lots in Decatur "
            "and 22 in Avondale.")
    (avondale,) = [r for r in geoparse(text, index=index) if r.candidate.text == "Avondale"]
    assert (avondale.entry.name, avondale.entry.admin1) == ("Avondale Estates", "US.GA")
    text = ("Jones was unseated from the DeSoto Parish Police Jury. He spent time in the DeSoto "
            "Detention Center. Mansfield Mayor Curtis McCoy praised the Mansfield program.")
    found = {(r.candidate.text, r.entry.name, r.entry.admin1) for r in geoparse(text, index=index)}
    assert ("DeSoto", "De Soto Parish", "US.LA") in found and ("Mansfield", "Mansfield", "US.LA") in found
    # A county's namesake town in its state is the town, not the county.
    text = "Marion County, Kansas, closed the county lake east of Marion."
    (marion,) = [r for r in geoparse(text, index=index) if r.candidate.text == "Marion"]
    assert (marion.entry.kind, marion.entry.admin1) == ("city", "US.KS")


def test_the_arabic_article_in_any_spelling(index):
    # GeoNames writes "Deir el Balah", "Jisr ash Shughur" and "Al Qamishli"; news, "Deir al-Balah",
    # "Jisr al-Shughur" and "Qamishli".
    text = ("Strikes hit Deir al-Balah in central Gaza. Fighting near Jisr al-Shughur in Idlib. "
            "Kurdish forces in Qamishli said on Monday.")
    found = {r.candidate.text: (r.entry.country, r.entry.kind) for r in geoparse(text, index=index)}
    assert found["Deir al-Balah"] == ("PS", "city")
    assert found["Jisr al-Shughur"] == ("SY", "city") and found["Qamishli"] == ("SY", "city")


def test_another_spelling_of_a_town_counts_anywhere_unless_an_english_word(index):
    # GeoNames' "Hulyaypole" and "En Naqoura"; unplaced, "Huliaipole" had been forgotten.
    text = ("In southern Ukraine, Russian units are attacking Huliaipole from the north. In Lebanon, "
            "UN peacekeepers, whose headquarters is in Naqoura, said a drone dropped a grenade.")
    found = {r.candidate.text: (r.entry.country, r.entry.population) for r in geoparse(text, index=index)}
    assert found["Huliaipole"][0] == "UA" and found["Huliaipole"][1] > 10_000
    assert found["Naqoura"][0] == "LB"
    # An English word a letter from a town's other name stays a word: Marshall, Texas.
    assert places("The Fire Marshal said the blaze in Texas was set.", index)[-1][0] == "Texas"
    assert not any(r.candidate.text == "Marshal" for r in geoparse("Marshal Davis said so.", index=index))


def test_a_subdivision_of_unknown_population_holds_its_share_of_its_country(index):
    # Sri Lanka's provinces come with no population; at 0 they lost to Kenya's and Zambia's.
    text = ("The worst affected districts are Ratnapura, Kalutara and Colombo in the Western Province, "
            "while parts of Galle and Matara in the Southern Province were also inundated.")
    found = {r.candidate.text: r.entry.country for r in geoparse(text, index=index)}
    assert found["Western Province"] == "LK" and found["Southern Province"] == "LK"
    text = "Flooding displaced families in Busia County, in western Kenya, near the Ugandan border."
    assert {r.candidate.text: r.entry.country for r in geoparse(text, index=index)}["Busia County"] == "KE"


def test_a_name_the_text_firmly_places_is_a_place_beside_its_organisations(index):
    # "Marietta College" once made every lone "Marietta" of the town's own article no place.
    text = ("Marietta, Ohio\n\nMarietta is a city in Washington County. Founded in 1788, Marietta "
            "was the first permanent settlement of the Northwest Territory. Marietta College is a "
            "private college.")
    marietta = [r for r in geoparse(text, index=index) if r.candidate.text == "Marietta"]
    assert {r.candidate.start for r in marietta} >= {0, 16, 74} and all(r.entry.admin1 == "US.OH" for r in marietta)


def test_a_name_said_to_be_a_town_is_one_though_also_a_word(index):
    # The brandy ("cognac") in lower case had made the town's own lead sentence no place.
    text = ("Cognac is a commune in the Charente department of France. The town has given its name "
            "to cognac, the brandy distilled there.")
    assert places(text, index)[0][:3] == ("Cognac", "Cognac", "FR")


def test_a_feature_named_by_a_towns_other_name_abroad_is_left_unplaced(index):
    # GeoNames calls Trento "Trent" and Lod "Lud": no flood in England reaches Italy or Israel.
    # (The River Trent itself is a row of regions.tsv, in England.)
    text = ("The Environment Agency issued flood warnings in Lincolnshire for the River Lud at Louth "
            "and the River Trent at Gainsborough, England.")
    found = {r.candidate.text: r.entry.country for r in geoparse(text, index=index)}
    assert found == {"Lincolnshire": "GB", "Louth": "GB", "River Trent": "GB", "Gainsborough": "GB",
                     "England": "GB"}


def test_lower_case_words_inside_names(index):
    # "an der" and "or" join a name's words as "upon" and "de" do.
    found = places("Buses ran to Frankfurt an der Oder. They met in Truth or Consequences, New Mexico. "
                   "Kansas or Missouri will vote.", index)
    assert [(t, n) for t, n, *_ in found] == [
        ("Frankfurt an der Oder", "Frankfurt (Oder)"), ("Truth or Consequences", "Truth or Consequences"),
        ("New Mexico", "New Mexico"), ("Kansas", "Kansas"), ("Missouri", "Missouri")]


def test_a_countrys_name_alone_is_the_country_beside_its_namesake_province(index):
    text = ("In the province of Luxembourg, Belgium's largest and most rural, the crisis centre in Arlon "
            "said roads around Bastogne had been cut. Across the border, the government of Luxembourg "
            "activated its national flood plan as the Sauer rose at Diekirch and Echternach, and schools "
            "in Luxembourg City closed early. The federal government in Brussels said it was in constant "
            "contact with The Hague and Luxembourg.")
    found = [(r.entry.kind, r.entry.country) for r in geoparse(text, index=index) if r.candidate.text == "Luxembourg"]
    assert found == [("admin1", "BE"), ("country", "LU"), ("country", "LU")]


def test_more_dateline_forms(index):
    # Spaced slashes, an agency before the dateline, "CITY" after it.
    for text, names in [
        ("Quake toll rises\n\nAgencies\n\nKABUL / PESHAWAR: The death toll rose.", ["KABUL", "PESHAWAR"]),
        ("Queues grow\n\n(ANSA) - BOLZANO, OCTOBER 7 - Traffic stretched for 70 km.", ["BOLZANO"]),
        ("Typhoon batters Albay\n\nRappler.com\n\nLEGAZPI CITY, Philippines - A typhoon slammed into "
         "Catanduanes.", ["Albay", "LEGAZPI CITY", "Philippines", "Catanduanes"]),  # the city so called
    ]:
        assert [r.candidate.text for r in geoparse(text, index=index)] == names, text


def test_a_castle_makes_a_town_of_a_persons_name(index):
    # "Barnard Castle", a town of County Durham, is no person "Barnard Castle".
    text = "The warning covers County Durham, including Barnard Castle, and Darlington."
    assert ("Barnard Castle", "GB") in {(t, c) for t, _, c, *_ in places(text, index)}


def test_the_gulf_is_the_gulf_the_text_names(index):
    text = "Oil spread across the Gulf of Mexico on Tuesday. Fishermen in the Gulf said the slick reached Louisiana."
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Gulf of Mexico", "Gulf of Mexico"), ("Gulf", "Gulf of Mexico"), ("Louisiana", "Louisiana")]
    assert places("Tankers crossed the Gulf on Monday, Iran said.", index)[0][1] == "Persian Gulf"


def test_a_region_word_before_or_after_a_list_and_the_regions_namesake_seat(index):
    # "the districts of", "canton": region words as "provinces" and "oblasts" are; and a region's
    # namesake seat alone stays the seat though the text calls the region by its name elsewhere.
    text = ("Flames pushed towards villages in the districts of Castelo Branco, Coimbra and Viseu. "
            "Firefighters from Coimbra were sent to the hills above the town of Castelo Branco.")
    found = [(r.candidate.text, r.entry.kind) for r in geoparse(text, index=index)]
    assert found[:3] == [("Castelo Branco", "admin1"), ("Coimbra", "admin1"), ("Viseu", "admin1")]
    assert found[3:] == [("Coimbra", "city"), ("Castelo Branco", "city")]


def test_a_romance_feature_word_opening_a_longer_name_is_no_town(index):
    # "Serra" is a Brazilian city of 500,000; the Serra da Estrela is a Portuguese range (a row of
    # regions.tsv), the Serra da Freita one regions.tsv lacks.
    text = "Fires burned in the Serra da Estrela and the Serra da Freita, in central Portugal."
    assert [(t, c) for t, _, c, *_ in places(text, index)] == [("Serra da Estrela", "PT"), ("Portugal", "PT")]
    assert [t for t, *_ in places("Fans travelled to Porto for the final.", index)] == ["Porto"]


def test_a_town_before_a_hyphen_and_a_word_that_is_no_place_is_no_place(index):
    # "Gallo-Roman" is no Gallo (Italy) and Roman (Romania): "Roman" names no place.
    assert [t for t, *_ in places("A settlement existed at a ford of the Charente in Gallo-Roman times.", index)] == [
        "Charente"]


def test_a_town_before_a_province_word_names_the_province_named_like_it(index):
    # GeoNames knows "Hodeida" as Al Hudaydah the port, not as the province.
    found = places("Air strikes hit the port in Hodeida province on Monday, Yemen's Houthis said.", index)
    assert ("Hodeida", "Al Hudaydah", "YE", "admin1") in [f[:4] for f in found]
    found = places("Shelling hit homes in Khan Younis governorate, in the south of the Gaza Strip.", index)
    assert [f[3] for f in found if f[0] == "Khan Younis"] == ["city"]


def test_a_town_opening_a_longer_arabic_name_is_no_town(index):
    # "Bab" is also Al Bab, Syria (130,000 people), since "Al Bab" goes by "Bab" too.
    text = "Clashes broke out between Bab al-Tabbaneh and Jabal Mohsen in Tripoli, Lebanon."
    assert [(t, c) for t, _, c, *_ in places(text, index)] == [("Tripoli", "LB"), ("Lebanon", "LB")]


def test_a_city_by_another_of_its_names_abroad_is_a_stray(index):
    # GeoNames gives "Nor" to a city abroad; in a story the rest of which is elsewhere, it is not
    # meant (LGL: 12 false positives so).
    text = ("SAN JOSE, Calif. - Police in San Jose and Santa Clara said no one saw the shooting in the "
            "parking lot off Bowers Avenue in Santa Clara. Not the woman who heard the shot. Nor the "
            "other drivers who entered the parking lot, police in California said.")
    assert "Nor" not in [t for t, *_ in places(text, index)]
    # But "Frankfurt" is still Frankfurt am Main, as GeoNames' main name opens with it.
    found = places("SAN JOSE, Calif. - Police in San Jose and Santa Clara, California, said the suspect "
                   "had flown in from Frankfurt.", index)
    assert ("Frankfurt", "Frankfurt am Main") in [(t, n) for t, n, *_ in found]


def test_lower_case_words_inside_hyphenated_names(index):
    # Inside a hyphenated name any lower-case word joins it, not only the particles that join
    # words across spaces: "et", "a" and "les" end no name.
    found = places("Météo-France kept Ille-et-Vilaine on red alert. The fire spread from Oleiros into "
                   "Proença-a-Nova, Portugal, and a second reached Ferrals-les-Corbières in the Aude.", index)
    assert [(t, n, c) for t, n, c, *_ in found if t != "France"] == [
        ("Ille-et-Vilaine", "Ille-et-Vilaine", "FR"), ("Oleiros", "Oleiros", "PT"),
        ("Proença-a-Nova", "Proença-a-Nova", "PT"), ("Portugal", "Portugal", "PT"),
        ("Ferrals-les-Corbières", "Ferrals-les-Corbières", "FR"), ("Aude", "Aude", "FR")]


def test_a_building_named_for_a_person_holds_no_more_of_the_person(index):
    # "Ted Stevens" names the airport, not a man called "Anchorage": the city stays a place.
    text = ("The airline will add a flight between Fairbanks and Anchorage in winter. Flights will "
            "arrive at Ted Stevens Anchorage International Airport.")
    assert [t for t, *_ in places(text, index)] == ["Fairbanks", "Anchorage"]


def test_a_village_far_below_its_namesake_city_vouches_for_no_neighbour(index):
    # Peru's Buenos Aires (8,000 people) lies in Piura, but a village three orders of magnitude
    # below the capital of its name is no sense to support or be supported by its neighbours.
    text = ("LIMA, Peru (Reuters) - Peru declared a health emergency as dengue cases surged across South "
            "America. The northern coastal regions of Piura, Lambayeque and La Libertad were the worst hit, "
            "with hospitals in Piura and Trujillo setting up tents. \"Our emergency room has been full since "
            "January,\" said a doctor at the Belén hospital in Trujillo. In Argentina, local transmission was "
            "confirmed in Buenos Aires and in the province of Córdoba. Pharmacies in Rosario and Mendoza ran "
            "out of insect repellent.")
    found = {t: c for t, _, c, *_ in places(text, index)}
    assert found["Buenos Aires"] == "AR" and found["Piura"] == "PE"


def test_the_second_reporter_of_a_credit_line_and_kin_are_people(index):
    text = ("(Reporting by Emma Pinedo in Madrid and Jordi Rubio in Valencia; Editing by Aislinn Laing) "
            "Mrs. Jackson was born in Lewisburg, Tennessee, the youngest of six children of Hollis and Ruby "
            "Pruitt. Mr Nowak's partner, Magdalena, said in a statement.")
    assert [t for t, *_ in places(text, index)] == ["Madrid", "Valencia", "Lewisburg", "Tennessee"]


def test_a_plural_region_word_before_including_makes_the_list_regions(index):
    text = ("EACOP: First oil to flow from Hoima to Tanga by mid-2026\n\nBy Joseph Ssenyonga\n\n"
            "KAMPALA. Uganda expects crude to flow by 2026. In Tanzania, the pipeline crosses eight regions, "
            "including Geita, Shinyanga, Tabora and Tanga. Officials in Tabora welcomed it. Delegates "
            "from small island states including Tuvalu and Nauru walked out.")
    found = [(t, k) for t, _, _, k, _ in places(text, index)]
    assert ("KAMPALA", "city") in found  # a dateline closed by a full stop, as the Daily Monitor writes it
    assert found[found.index(("Tanzania", "country")) + 1:] == [
        ("Geita", "admin1"), ("Shinyanga", "admin1"), ("Tabora", "admin1"), ("Tanga", "admin1"),
        ("Tabora", "city"), ("Tuvalu", "country"), ("Nauru", "country")]


def test_a_river_named_like_a_town_abroad_is_left_unplaced(index):
    text = ("MANAUS, Brazil - The Rio Negro fell to its lowest level on record at Manaus on Monday, and "
            "boats ran aground on the Madeira River near Porto Velho, in Rondônia, as the drought spread "
            "across Amazonas and Pará.")
    found = {t: c for t, _, c, *_ in places(text, index)}
    assert {"Manaus", "Brazil", "Porto Velho", "Rondônia", "Amazonas", "Pará"} <= set(found)
    # Brazil's rivers (rows of regions.tsv), not Portugal's Madeira: the story says nothing of Portugal
    assert (found["Madeira River"], found["Rio Negro"]) == ("BR", "BR")
    # Argentina's Tigre (300,000 people) is no river of Venezuela's: the story says nothing of Argentina.
    text = ("CARACAS, Venezuela - Oil spilled into the Tigre River near El Tigre in Anzoategui, officials in "
            "Barcelona and Maturin said.")
    found = {t for t, *_ in places(text, index)}
    assert "Tigre River" not in found and {"El Tigre", "Anzoategui", "Barcelona", "Maturin"} <= found
    text = ("PESHAWAR, Pakistan - Floods swept Nowshera and Charsadda in Khyber Pakhtunkhwa as the Kabul "
            "River and the Swat River burst their banks.")
    assert "Kabul River" in {t for t, *_ in places(text, index)}  # a capital's river crosses borders


def test_headline_abbreviations_of_countries(index):
    found = places("S. Korea, US begin drills as N. Korea fires missile. Officials in PNG said 300 died.", index)
    assert [(t, n) for t, n, *_ in found] == [("S. Korea", "South Korea"), ("US", "United States"),
                                              ("N. Korea", "North Korea"), ("PNG", "Papua New Guinea")]


def test_other_english_spellings_of_arabic_vowels(index):
    # GeoNames writes "An Nusayrat", "Al Burayj", "Sulaymaniyah"; news writes these.
    found = places("Strikes hit Nuseirat and Bureij refugee camps. In Sulaimaniyah, officials said the "
                   "border reopened.", index)
    assert [(t, n) for t, n, *_ in found] == [("Nuseirat", "An Nuşayrāt"), ("Bureij", "Al Burayj"),
                                              ("Sulaimaniyah", "Sulaymaniyah")]


def test_a_list_beside_a_clear_region_names_regions(index):
    # "Edo" is clearly the state by its base score, though GeoNames also has villages so called:
    # its neighbours in the list are states too, not the cities of Ondo and Bauchi.
    text = ("Nigeria Centre for Disease Control said Lassa fever had killed 118 people since January across "
            "28 states, with Ondo, Edo and Bauchi accounting for 70 percent of confirmed cases. In Owo, the "
            "outbreak's epicentre in Ondo, the federal medical centre opened a second isolation ward.")
    kinds = [(t, k) for t, _, _, k, _ in places(text, index) if t in ("Ondo", "Edo", "Bauchi")]
    assert kinds == [("Ondo", "admin1"), ("Edo", "admin1"), ("Bauchi", "admin1"), ("Ondo", "admin1")]


def test_a_corridor_written_in_lower_case_is_the_corridor(index):
    found = places("Armenians fled through the Lachin corridor to Goris. Troops patrol the Philadelphi "
                   "corridor along the border.", index)
    assert [(t, k) for t, _, _, k, _ in found] == [("Armenians", "country"), ("Lachin corridor", "region"),
                                                   ("Goris", "city"), ("Philadelphi corridor", "region")]


def test_more_demonyms_three_words_long_too(index):
    text = ("The Papua New Guinean government thanked Timorese, Azeri, North Macedonian, Maldivian and "
            "Cape Verdean diplomats.")
    assert [(t, c, role) for t, _, c, _, role in places(text, index)] == [
        ("Papua New Guinean", "PG", "demonym"), ("Timorese", "TL", "demonym"), ("Azeri", "AZ", "demonym"),
        ("North Macedonian", "MK", "demonym"), ("Maldivian", "MV", "demonym"), ("Cape Verdean", "CV", "demonym")]


def test_two_small_towns_near_each_other_joined_by_a_hyphen(index):
    text = "Green light for Athenry-Claremorris rail line. Coca-Cola and Mercedes-Benz sponsored the event."
    assert [(t, c) for t, _, c, *_ in places(text, index)] == [("Athenry", "IE"), ("Claremorris", "IE")]


def test_a_region_by_another_of_its_names_abroad_is_left_out(index):
    # "St. Michael" and "St. Mary" are Barbados and Jamaica parishes by other names; an Ontario
    # school-bus story says nothing of either country. "County Cork" holds Cork's own name.
    text = ("Parents in Woodstock, Ontario, complained about the bus route through Bright and Plattsville, "
            "with drop-offs at Holy Family, St. Michael's Catholic School and St. Mary's High School. "
            "St. Mary's students are dropped off first in Woodstock, then St. Michael's pupils. The "
            "driver grew up in County Cork.")
    found = [t for t, *_ in places(text, index)]
    assert "St. Michael" not in found and "St. Mary" not in found and "County Cork" in found
    assert "Woodstock" in found and "Ontario" in found


def test_a_nickname_in_quotes_is_a_persons(index):
    text = ('Fighting broke out between the sons of jailed kingpin Joaquín "El Chapo" Guzmán and loyalists '
            'of Ismael "El Mayo" Zambada in Culiacán. El Chapo was extradited in 2017.')
    assert [t for t, *_ in places(text, index)] == ["Culiacán"]


def test_a_compass_word_before_a_place_is_part_of_its_name(index):
    # The gazetteer has no "North Texas": the span takes the word, the place stays Texas.
    found = places("Storms hit North Texas and Eastern Ontario. Upper Canada was a colony. The North Korea "
                   "talks resumed.", index)
    assert [(t, n) for t, n, *_ in found] == [("North Texas", "Texas"), ("Eastern Ontario", "Ontario"),
                                              ("Upper Canada", "Canada"), ("North Korea", "North Korea")]


def test_the_amazon_is_the_rainforest_and_amazon_alone_the_firm(index):
    text = ("Fires spread across the Amazon as Amazon said its warehouses in Seattle would close. "
            "The Amazon basin dried up. Amazon shares rose.")
    assert [(t, n, s) for t, n, _, _, _ in places(text, index)
            for s in [text.count(t)]] == [("Amazon", "Amazon River", 4), ("Seattle", "Seattle", 1),
                                          ("Amazon", "Amazon River", 4)]
    starts = [r.candidate.start for r in geoparse(text, index=index) if r.candidate.text == "Amazon"]
    assert [text[s - 4:s] for s in starts] == ["the ", "The "]


def test_co_after_a_capitalized_word_is_a_company(index):
    text = ("Hokuriku Electric Power Co. said the plant was safe. Sheriffs in Power Co. and Bingham Co., "
            "Idaho, said roads closed.")
    found = [(r.candidate.text, r.candidate.start) for r in geoparse(text, index=index)]
    assert ("Power Co", text.index("Power Co")) not in found
    assert ("Power Co", text.index("in Power Co") + 3) in found and ("Bingham Co", text.index("Bingham")) in found


def test_washington_county_is_a_county_not_the_state(index):
    for text in ("They used wild blueberries from Washington County in Down East Maine.",
                 "Floods hit Washington County on Tuesday."):
        assert [(t, k) for t, _, _, k, _ in places(text, index)][:1] == [("Washington County", "admin2")], text


def test_a_town_too_small_to_be_its_regions_seat_takes_no_context_from_it(index):
    # Quebec City holds a twentieth of Quebec's people: the province's other places name the province.
    text = ("MONTREAL (CP) - Quebec will export more power to New York under a deal signed Tuesday. The line "
            "runs south from the Cote-Nord through Trois-Rivieres and Sherbrooke. Quebec officials said the "
            "province would earn $1 billion a year.")
    kinds = [k for t, _, _, k, _ in places(text, index) if t == "Quebec"]
    assert kinds == ["admin1", "admin1"]


def test_a_town_by_another_name_ten_times_smaller_than_the_names_own_place(index):
    # GeoNames gives Des Plaines, Illinois, "Maine" (Maine Township) as another name: beside the
    # state of that name, ten times its people and more, it takes no context.
    text = ("MONTREAL (CP) - Hydro-Quebec will sell power to New York. A separate line carrying Quebec power "
            "to Massachusetts through Maine was delayed for years by a referendum. Chicago and Boston "
            "utilities watched closely.")
    assert [n for t, n, *_ in places(text, index) if t == "Maine"] == ["Maine"]


def test_a_hyphen_before_a_longer_name(index):
    # "Hanoi-Hai Phong": the name after the hyphen is "Hai Phong", not the word "Hai".
    found = places("Vietnam broke ground on the Lao Cai-Hanoi-Hai Phong railway.", index)
    assert [n for _, n, *_ in found] == ["Vietnam", "Lào Cai", "Hanoi", "Haiphong"]


def test_a_councillor_is_the_towns(index):
    text = ('"We need the money," said London Coun. Ravi Sandhu, of London, Ontario. Windsor Councillor '
            'Jo Smith agreed.')
    assert [t for t, *_ in places(text, index)] == ["London", "London", "Ontario", "Windsor"]


def test_a_demonym_plural_that_is_the_country_own_name_is_the_country(index):
    # "Philippine" is a demonym and "Philippines" its plural, but also the country's own name.
    text = ("The shoal lies 220 km west of Luzon, well within the Philippines' exclusive economic zone. "
            "Philippine and Filipino officials protested.")
    assert [(t, role) for t, _, _, _, role in places(text, index)] == [
        ("Luzon", "place"), ("Philippines", "place"), ("Philippine", "demonym"), ("Filipino", "demonym")]


def test_a_qualifier_is_the_place_that_holds_the_name_it_qualifies(index):
    # Ohio's towns all around give Oregon, Ohio the context; but Oregon, Ohio holds no Hillsboro.
    text = ("NEW ALBANY, Ohio (AP) - Intel broke ground east of Columbus. Johnstown, Newark and Heath "
            "wait. Suppliers from Dayton, Toledo and Cleveland bid on contracts. In Cincinnati, a "
            "supplier cut shifts. Intel has also slowed work in Chandler, Ariz., and in Magdeburg, "
            "Germany, and it has shifted some advanced production to Hillsboro, Oregon. Local officials "
            "in neighboring Delaware County, including in Dublin and Westerville, say the region grows.")
    found = {r.candidate.text: (r.entry.kind, r.entry.admin1) for r in geoparse(text, index=index)}
    assert found["Hillsboro"] == ("city", "US.OR") and found["Oregon"] == ("admin1", "US.OR")
    assert found["Dublin"] == ("city", "US.OH")
    # A seat in the region that holds the name qualifies too: the city of Tokyo, not only the prefecture.
    found = places("The ward office in Shinjuku, Tokyo, reopened.", index)
    assert [(t, k) for t, _, _, k, _ in found] == [("Shinjuku", "city"), ("Tokyo", "city")]


def test_a_list_names_alike_things_from_end_to_end(index):
    # Sinaloa is surely the state; Durango, beside it, is not sure; Chihuahua, beside Durango,
    # takes the kind of the whole list, not only of its neighbour.
    text = ("Labs in Sinaloa and in the mountains of the Golden Triangle, where Sinaloa, Durango and "
            "Chihuahua meet, and smuggled north through Sonora and Baja California.")
    assert [(t, k) for t, _, _, k, _ in places(text, index)] == [
        ("Sinaloa", "admin1"), ("Sinaloa", "admin1"), ("Durango", "admin1"), ("Chihuahua", "admin1"),
        ("Sonora", "admin1"), ("Baja California", "admin1")]


def test_a_town_named_for_short_after_its_full_name(index):
    text = ("Pilgrims reached Santiago de Compostela on Friday. In Santiago, the cathedral was full. "
            "Lufthansa flies from Frankfurt am Main; Frankfurt airport was busy.")
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Santiago de Compostela", "Santiago de Compostela"), ("Santiago", "Santiago de Compostela"),
        ("Frankfurt am Main", "Frankfurt am Main"), ("Frankfurt", "Frankfurt am Main")]
    # Not a village of that name: Antofagasta is still the Chilean port.
    text = "Tourists visit Antofagasta de la Sierra, in Argentina. Lithium leaves from Antofagasta, Chile's port."
    assert [(t, c) for t, _, c, *_ in places(text, index)][-2:] == [("Antofagasta", "CL"), ("Chile", "CL")]


def test_mount_and_gulf_of_before_a_town_make_the_feature_span(index):
    text = ("Ash fell over the Gulf of Pozzuoli near Naples. Fires burned on Mount Penteli north of Athens. "
            "Boats crossed the Winam Gulf of Lake Victoria.")
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Gulf of Pozzuoli", "Pozzuoli"), ("Naples", "Naples"), ("Mount Penteli", "Pentéli"), ("Athens", "Athens"),
        ("Lake Victoria", "Lake Victoria")]


def test_high_low_and_greater_before_a_place_join_its_span(index):
    text = "Hikers crossed the Low Tatras and the High Tatras. Rents rose across Greater Sydney."
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Low Tatras", "Tatra Mountains"), ("High Tatras", "Tatra Mountains"), ("Greater Sydney", "Sydney")]


def test_towns_named_like_major_places_take_no_context_in_an_international_story(index):
    # Five countries and more, none with a third of the evidence: New York and Los Angeles do not
    # make Rotterdam and Hamburg the towns of New York State.
    text = ("LONDON, Feb 6 (Lloyd's List) - Rates from Shanghai to Genoa rose 9%. The diversion adds 10 to 14 "
            "days to a voyage from Singapore to Rotterdam or Hamburg. Suez Canal revenue fell, a blow to "
            "Egypt. Rates from Shanghai to Los Angeles and Long Beach fell 2%, while the route to New York "
            "rose 4%. Port operators at Tanger Med in Morocco and Algeciras in Spain reported a surge, while "
            "congestion worsened at Colombo and Jebel Ali.")
    found = {t: c for t, _, c, *_ in places(text, index)}
    assert found["Rotterdam"] == "NL" and found["Hamburg"] == "DE"
    assert found["Long Beach"] == "US" and found["Algeciras"] == "ES"


def test_a_country_named_like_its_capital_is_the_country(index):
    text = ("Work begins on a new line between Luxembourg City and Bettembourg. Almost half of Luxembourg's "
            "workforce commute daily from France, Belgium and Germany. Politicians have asked Luxembourg "
            "to contribute more.")
    found = [(t, k) for t, _, _, k, _ in places(text, index)]
    assert found[0] == ("Luxembourg City", "city")
    assert [k for t, k in found if t == "Luxembourg"] == ["country", "country"]


def test_the_crude_of_a_country_or_region_is_a_place_a_grade_is_not(index):
    text = ("Buyers scramble for Middle East crude. Brent crude rose, Dubai crude fell and Urals crude "
            "slipped. The refinery exports more as Nigeria crude supply improves.")
    assert [t for t, *_ in places(text, index)] == ["Middle East", "Nigeria"]


def test_names_joined_by_nordic_slavic_and_italian_words(index):
    text = "The Geirangerfjord lies in Møre og Romsdal, Norway. Floods hit Ústí nad Labem and Mo i Rana."
    assert [(t, k) for t, _, _, k, _ in places(text, index)] == [
        ("Møre og Romsdal", "admin1"), ("Norway", "country"), ("Ústí nad Labem", "city"), ("Mo i Rana", "city")]


def test_a_capitalized_preposition_opening_a_sentence_is_no_first_name(index):
    text = "Around Kazanlak and Karlovo, growers say yields are down. Across Ukraine, sirens sounded."
    assert [t for t, *_ in places(text, index)] == ["Kazanlak", "Karlovo", "Ukraine"]


def test_the_before_a_country_is_not_part_of_its_name(index):
    # LGL's gold spans never open with "the", nor do the world-news sets'; "The Hague" is a city's name.
    text = "The Netherlands won. Trade with The Gambia grew. The Hague said so."
    assert [(t, k) for t, _, _, k, _ in places(text, index)] == [
        ("Netherlands", "country"), ("Gambia", "country"), ("The Hague", "city")]


def test_a_demonym_before_a_land_word_names_that_land(index):
    text = ("Ice thinned in the Canadian Arctic. The Russian Empire and the British Empire fought. Farms in the "
            "Scottish Lowlands flooded. Swiss officials visited the Swiss Alps. The Dutch Republic and the "
            "Czech Republic.")
    assert [(t, c, role) for t, _, c, _, role in places(text, index)] == [
        ("Canadian Arctic", "CA", "place"), ("Russian Empire", "RU", "place"), ("British Empire", "GB", "place"),
        ("Scottish Lowlands", "GB", "place"), ("Swiss", "CH", "demonym"), ("Swiss", "CH", "demonym"),
        ("Alps", None, "place"), ("Dutch Republic", "NL", "place"), ("Czech Republic", "CZ", "place")]


def test_an_outlet_in_a_dateline_is_no_place(index):
    text = ("TAIPEI, Jan 17 (Nikkei Asia) - Taiwan said. SARAJEVO (Balkan Insight) - Bosnia agreed. "
            "GUANGZHOU, June 17 (Xinhua) -- China spoke. Flights to Kabul (Afghanistan) resumed.")
    assert [t for t, *_ in places(text, index)] == ["TAIPEI", "Taiwan", "SARAJEVO", "Bosnia", "GUANGZHOU", "China",
                                                     "Kabul", "Afghanistan"]


def test_the_red_cross_is_no_town(index):
    text = "The American Red Cross sent trucks from Jackson and Memphis. The Red Crescent helped in Gaza."
    assert "Red Cross" not in [t for t, *_ in places(text, index)]
    assert "Red Crescent" not in [t for t, *_ in places(text, index)]


def test_regiments_armies_peers_and_forts_named_after_places(index):
    text = ("The 20th Maine held the line. The Army of the Potomac crossed into Maryland. The Duke of "
            "Wellington dined in London. Batteries fired on Fort Sumter from Charleston. On the 14th "
            "Jackson was taken. The 11th U.S. Circuit sits in Atlanta.")
    assert [t for t, *_ in places(text, index)] == ["Maryland", "London", "Charleston", "Jackson", "U.S.", "Atlanta"]


def test_former_names_of_countries(index):
    text = "Tea from Ceylon reached Persia and Siam; settlers left Rhodesia for Nyasaland and Northern Rhodesia."
    assert [(t, c) for t, _, c, *_ in places(text, index)] == [
        ("Ceylon", "LK"), ("Persia", "IR"), ("Siam", "TH"), ("Rhodesia", "ZW"), ("Nyasaland", "MW"),
        ("Northern Rhodesia", "ZM")]


def test_the_before_a_state_or_town_named_like_a_river_is_the_river(index):
    text = ("Grant crossed the Mississippi at Bruinsburg. Boats came down the Ohio. Trade along the Potomac, "
            "and crews reached the Kentucky border. The Ohio Senate voted.")
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Mississippi", "Mississippi River"), ("Ohio", "Ohio River"),
        ("Potomac", "Potomac River"), ("Kentucky", "Kentucky"), ("Ohio", "Ohio")]


def test_a_town_before_a_particle_and_a_name_opens_a_longer_name(index):
    text = ("Walkers climbed to San Juan de Gaztelugatxe on the Basque coast. Surfers rode Praia do Norte at "
            "Nazaré. Flights from San Juan to Madrid resumed.")
    found = [t for t, *_ in places(text, index)]
    assert found.count("San Juan") == 1 and "Praia" not in found and "Madrid" in found


def test_firth_and_strait_are_words_before_of(index):
    text = "Ferries crossed the Firth of Forth to Edinburgh. Tankers crossed the Strait of Hormuz."
    found = [t for t, *_ in places(text, index)]
    assert "Firth" not in found and found[-2:] == ["Edinburgh", "Strait of Hormuz"]


def test_another_name_of_a_town_that_the_text_places_is_the_town(index):
    text = "The army entered Tilsit and pushed on to Insterburg. Near Gumbinnen the line broke."
    assert [(t, n) for t, n, *_ in places(text, index)] == [
        ("Tilsit", "Sovetsk"), ("Insterburg", "Chernyakhovsk"), ("Gumbinnen", "Gusev")]


def test_monte_before_a_town_is_no_given_name(index):
    # "Monte" is a given name, but "Monte Cassino" made Cassino a surname throughout.
    text = "The division crossed north of Cassino. The massif of Monte Cassino barred the valley."
    assert [n for _, n, *_ in places(text, index)][:1] == ["Cassino"]


def test_a_long_town_name_in_capitals_is_no_acronym(index):
    text = ("HEADQUARTERS DEPARTMENT OF THE TENNESSEE, Near Vicksburg, May 20. The battalion moved from the "
            "line to GOMMECOURT on Tuesday. NASA and UNICEF said so.")
    assert [t for t, *_ in places(text, index)] == ["Vicksburg", "GOMMECOURT"]


def test_natal_is_the_province_in_south_africa_and_the_city_in_brazil(index):
    text = "Boer commandos crossed into Natal and besieged Ladysmith."
    assert [(t, n) for t, n, *_ in places(text, index)][0] == ("Natal", "KwaZulu-Natal")
    text = "Flights from Natal to Recife and Fortaleza resumed on Monday."
    assert [(t, c) for t, _, c, *_ in places(text, index)][0] == ("Natal", "BR")


def test_a_city_bigger_than_the_region_named_by_its_old_name_is_its_seat(index):
    assert [(t, n) for t, n, *_ in places("The siege of Leningrad lasted 872 days.", index)] == [
        ("Leningrad", "Saint Petersburg")]
    assert [(t, k) for t, _, _, k, _ in places("Fires burned in the Leningrad region.", index)] == [
        ("Leningrad region", "admin1")]


def test_the_european_union_is_placed_at_brussels_as_lgl_places_it(index):
    # LGL marks "EU" and "European Union" as toponyms at Brussels (50.84 N, 4.38 E); "EU" in
    # capitals is a name, as "NSW" is, not an acronym dropped like "NATO".
    found = [(t, round(r_lat), round(r_lon)) for t, r_lat, r_lon in
             [(r.candidate.text, r.entry.lat, r.entry.lon) for r in
              geoparse("The EU imposed tariffs. European Union and E.U. officials met. NATO did not.", index=index)]]
    assert found == [("EU", 51, 4), ("European Union", 51, 4), ("E.U.", 51, 4)]


def test_a_dateline_places_a_name_that_an_event_is_named_after(index):
    # sportculture: "Venice Biennale" made Venice a word of a name, and so forgot the dateline too.
    text = ("Biennale steals the show\n\nBy Adrian Searle-Moss\n\nVENICE \u2014 The 61st Venice Biennale opened to "
            "the public on Saturday. Venice's new day-tripper fee did little to thin the crowds.")
    found = [(r.candidate.text, r.entry.country) for r in geoparse(text, index=index)]
    assert found == [("VENICE", "IT"), ("Venice", "IT")]


def test_a_name_listed_beside_metropolises_is_the_metropolis(index):
    # shortnews: an NBA road trip; Toronto, Ohio (4,900 people) had taken the US and Ohio context.
    found = places("The Lakers begin a four-game trip on Monday, with stops in New York, Philadelphia and "
                   "Toronto. Ohio fans are sad.", index)
    assert ("Toronto", "Toronto", "CA", "city", "place") in found
    # obituaries: Berlin, Massachusetts lies 50 km from Boston, which had vouched for it.
    found = places("ITEN, Kenya - At 26, Faith Jepkosgei has won in Boston and Berlin.", index)
    assert [(t, c) for t, _, c, *_ in found][-2:] == [("Boston", "US"), ("Berlin", "DE")]


def test_a_place_before_compass_words_is_the_place(index):
    # politics: constituencies; LGL: "the IHSAA regional Friday at Columbus East. Columbus North won".
    text = ("Labour took Glasgow South West and Airdrie and Shotts. In Galway West, turnout fell; the "
            "Belfast East seat was held. The regional was at Columbus East. In the Far East, it rained.")
    found = [t for t, *_ in places(text, index)]
    assert found[:6] == ["Glasgow", "Airdrie", "Shotts", "Galway", "Belfast", "Columbus"]
    assert "Far" not in found


def test_a_village_named_like_another_region_of_its_country_is_not_that_region(index):
    # politics: a village of 543 people in Veracruz had taken the Veracruz context.
    found = places("Morena held Veracruz. It also won Yucatán for the first time, taking the capital, Mérida.", index)
    assert ("Yucatán", "Yucatán", "MX", "admin1", "place") in found


def test_the_pronoun_i_after_a_place_opens_no_longer_name(index):
    # obituaries: "In Taipei I painted" had made "Taipei I" a name; "Elizabeth I" stays a queen.
    assert [t for t, *_ in places('"In Taipei I painted what I remembered," she says.', index)] == ["Taipei"]
    assert [t for t, *_ in places("Elizabeth I ruled England.", index)] == ["England"]


def test_heritage_sites_historic_counties_districts_and_neighbourhoods(index):
    # Rows of regions.tsv that GeoNames' populated places and admin-1 regions lack.
    text = ("Landslides hit Dolakha and Rasuwa districts. The Altar Stone at Stonehenge came from Caithness. "
            "Fires burned in Estrie and Montérégie. She grew up in Mayfair.")
    found = [(t, c) for t, _, c, *_ in places(text, index)]
    assert found == [("Dolakha", "NP"), ("Rasuwa", "NP"), ("Stonehenge", "GB"), ("Caithness", "GB"),
                     ("Estrie", "CA"), ("Montérégie", "CA"), ("Mayfair", "GB")]


def test_islands_capes_ice_and_polar_stations(index):
    # Rows of regions.tsv: "South Georgia" had been the country Georgia with a compass word.
    text = ("Cores came from off Cape Hatteras. The Pine Island Glacier feeds the Amundsen Sea; McMurdo Station "
            "and the Ross Ice Shelf lie further west. Bird flu reached South Georgia and the South Shetland Islands.")
    found = [(t, c) for t, _, c, *_ in places(text, index)]
    assert found == [("Cape Hatteras", "US"), ("Pine Island Glacier", "AQ"), ("Amundsen Sea", None),
                     ("McMurdo Station", "AQ"), ("Ross Ice Shelf", "AQ"), ("South Georgia", "GS"),
                     ("South Shetland Islands", "AQ")]


def test_a_country_or_a_town_in_a_persons_name_is_no_place(index):
    # obituaries: "Marcus Jordan" and "Ms. Jordan" were the country; "Everett 'Bud' Calderwood"
    # was Everett, Washington.
    text = ("Her son, Marcus Jordan, said the cause was heart failure. Ms. Jordan was born in Selma, Ala. "
            "VINALHAVEN \u2014 Everett \"Bud\" Calderwood, who hauled traps in Penobscot Bay, died at 94.")
    names = [t for t, *_ in places(text, index)]
    assert "Jordan" not in names and "Everett" not in names and "Selma" in names and "VINALHAVEN" in names
    assert [t for t, *_ in places("Jordan and Egypt signed. King Abdullah of Jordan spoke.", index)] == [
        "Jordan", "Egypt", "Jordan"]


def test_names_listed_after_a_kin_word_are_people(index):
    # obituaries: "his daughters Chelsea, of Calgary, and Paris, of Montreal"; "his children Austin,
    # Victoria and Jane".
    text = ("He leaves Joan, his daughters Chelsea, of Calgary, and Paris, of Montreal. He is survived by his "
            "children Austin, Victoria and Jane. His son lives in Paris.")
    assert [t for t, *_ in places(text, index)] == ["Calgary", "Montreal", "Paris"]


def test_a_country_before_a_country_is_listed_not_qualified(index):
    # transport: "to China, Japan and South Korea" had made China the town of Okinawa that
    # "China, Japan" would name.
    found = places("Tankers carry oil from the Persian Gulf to China, Japan and South Korea.", index)
    assert [(t, k) for t, _, _, k, _ in found][1:] == [("China", "country"), ("Japan", "country"),
                                                      ("South Korea", "country")]
    found = places("The plant is in Jordan, Minnesota.", index)
    assert found[0][1:4] == ("Jordan", "US", "city")


def test_a_name_ending_in_a_possessive_is_a_name_of_its_own(index):
    # transport, politics: "St. John's" had been St. John (New Brunswick) with a possessive.
    text = "WestJet stranded travellers from Victoria to St. John's, Newfoundland. America's airlines flew on."
    (sj,) = [r for r in geoparse(text, index=index) if r.candidate.text.startswith("St.")]
    assert (sj.candidate.text, sj.entry.name, sj.entry.admin1, sj.candidate.role) == (
        "St. John's", "St. John's", "CA.NF", "place")
    assert text[sj.candidate.start:sj.candidate.end] == "St. John's"
    assert ("America", "United States", "US", "country", "possessive") in places(text, index)


def test_a_word_capitalized_to_open_a_sentence_opens_no_name(index):
    # regionalpress: "Neighbouring Thane saw 210mm of rain"; LGL: "Missing Glen Allen woman is found".
    text = "Neighbouring Thane saw 210mm of rain. Missing Glen Allen woman is found. Chinedu Obi spoke."
    assert [t for t, *_ in places(text, index)] == ["Thane", "Glen Allen"]


def test_a_name_after_du_or_des_ends_a_longer_name(index):
    # transport: "Gare du Nord" had named the Nord department (and "Gare", a quarter of Paris).
    found = places("Eurostar cancelled trains to Gare du Nord. Floods hit the Nord department and Lille.", index)
    assert [(t, k) for t, _, _, k, _ in found] == [("Nord department", "admin1"), ("Lille", "city")]


def test_a_district_named_after_its_town_is_the_district(index):
    # southasia: Assam's flood districts; GeoNames has their seats only. Not a US school district.
    text = "Floods hit Dhemaji, Lakhimpur, Morigaon and Barpeta districts. In Nagaon district, 30 villages drowned."
    found = {t: (n, c, k) for t, n, c, k, _ in places(text, index)}
    assert found["Dhemaji"] == ("Dhemāji District", "IN", "admin2")
    assert found["Nagaon"] == ("Nagaon District", "IN", "admin2")
    found = {t: (n, c, k) for t, n, c, k, _ in places("In Indiana, the Salem district closed schools.", index)}
    assert found["Salem"][1:] == ("US", "city")
    # A district's id is its town's with a suffix, so that `geomap fix --use` finds it too.
    (nagaon,) = [r.entry for r in geoparse("In Nagaon district, 30 villages drowned.", index=index)]
    assert index.by_id(nagaon.id) == nagaon and index.by_id(nagaon.id.removesuffix("/district")).kind == "city"


def test_a_hyphenated_name_may_end_in_a_lower_case_word(index):
    # migration: "If I stay in Hpa-an" (Myanmar) found nothing; "Kyiv-based" stays Kyiv.
    found = places('"If I stay in Hpa-an, they will take me to the army," he said. Kyiv-based firms left.', index)
    assert [(t, n, c) for t, n, c, _, _ in found] == [("Hpa-an", "Hpa-An", "MM"), ("Kyiv", "Kyiv", "UA")]


def test_a_preposition_opening_a_sentence_opens_no_name(index):
    # mena: "Alongside Duqm, it is expanding the ports of Sohar" had lost Duqm.
    found = places("Alongside Duqm, Oman is expanding the ports of Sohar. Amid Kherson's shelling, Despite Odesa.", index)
    assert [t for t, *_ in found] == ["Duqm", "Oman", "Sohar", "Kherson", "Odesa"]


def test_a_qualified_dateline_decides_its_bare_namesakes(index):
    # mena: a story datelined "TRIPOLI, Lebanon" had put its later "Tripoli"s in Libya.
    # "The port district of Tripoli" is a quarter of the town, not the district (of Libya's Tripoli).
    text = ("TRIPOLI, Lebanon - On the seafront of El Mina, the port district of Tripoli, fishermen point to the "
            "beach where a boat set off for Cyprus. The smugglers' boats leave from beaches north of Tripoli "
            "and from the coast of Akkar. In the southern district of Nabatieh, farmers left.")
    found = places(text, index)
    assert [(t, c, k) for t, _, c, k, _ in found if t.lower() == "tripoli"] == [
        ("TRIPOLI", "LB", "city"), ("Tripoli", "LB", "city"), ("Tripoli", "LB", "city")]
    assert found[-1][2:4] == ("LB", "admin1")
    # A qualified name elsewhere in a story leaves the story's own namesake alone (regional: Perth).
    text = ("PERTH - The museum in Perth drew 150,000 visitors. A delegation came from Perth, Western Australia, "
            "with a black swan carving. Hotels in Perth, Crieff and Pitlochry were busy.")
    assert [c for t, _, c, _, _ in places(text, index) if t.lower() == "perth"] == ["GB", "GB", "AU", "GB"]


def test_a_firm_named_like_its_town_is_the_town_where_the_text_places_it(index):
    # eastasia: "TOYOTA, Japan (Reuters) -" and "the city of Toyota" had been the carmaker.
    text = ("TOYOTA, Japan (Reuters) - Toyota Motor halted lines in the city of Toyota and in Toyota, "
            "Aichi Prefecture. Toyota, Honda and Nissan shares fell.")
    found = places(text, index)
    assert [(t, c) for t, _, c, _, _ in found if t.lower() == "toyota"] == [("TOYOTA", "JP"), ("Toyota", "JP"),
                                                                           ("Toyota", "JP")]
    assert "Honda" not in [t for t, *_ in found]  # the firms listed stay firms


def test_the_channel_is_the_english_channel(index):
    # migration, obituaries: "crossed the Channel in small boats"; not "Channel 4", "the Channel Tunnel".
    text = ("Migrants crossed the Channel in small boats. The Channel Tunnel and the Channel Islands stayed open. "
            "He watched the Discovery Channel and Channel 4 News.")
    assert [(t, n) for t, n, *_ in places(text, index)] == [("Channel", "English Channel"),
                                                            ("Channel Islands", "Channel Islands")]


def test_a_province_by_its_countryside_or_an_apposition(index):
    # mena: "northern Aleppo countryside" and "Latakia, the coastal province" (GeoNames' Lattakia) are provinces.
    text = ("Funds will rebuild water networks in Jisr al-Shughur and Latakia, the coastal province hit hardest. "
            "The crossing links Kilis with northern Aleppo countryside. Shelling hit Aleppo.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert ("Latakia", "Lattakia", "admin1") in found and ("Aleppo", "Aleppo", "admin1") in found
    assert found[-1] == ("Aleppo", "Aleppo", "city")


def test_a_list_of_regions_may_name_them_with_any_latin_capital(index):
    # migration: in "southern provinces such as Gaziantep, Şanlıurfa and Hatay" the list stopped at "Ş", so
    # Şanlıurfa and Hatay stayed towns (Hatay, another name of Antakya) in a story that also names the towns.
    text = ("Refugees live in southern provinces such as Gaziantep, Şanlıurfa and Hatay. "
            "The quake devastated Antakya. Our children were born in Gaziantep and Şanlıurfa.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert found[:3] == [("Gaziantep", "Gaziantep", "admin1"), ("Şanlıurfa", "Sanliurfa", "admin1"),
                         ("Hatay", "Hatay", "admin1")]


def test_a_name_before_division_or_region_is_the_region(index):
    # migration: "the coastal belt of Khulna division" is Bangladesh's division, not its city.
    text = "Millions moved from the coastal belt of Khulna division to Dhaka. Khulna's mayor said."
    found = [(t, k) for t, _, _, k, _ in places(text, index)]
    assert found[0] == ("Khulna", "admin1") and found[-1] == ("Khulna", "city")


def test_a_dateline_is_a_city(index):
    # crime, eastasia: "NEW YORK (AP) -" had been the state (the story's "New York Gov." voted for it),
    # "GWANGJU, South Korea" the smaller Gwangju of Gyeonggi.
    text = ("NEW YORK (AP) — A Bronx man was held on Rikers after a slashing in Manhattan. "
            "New York Gov. Kathy Hochul said crime was down.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert found[0] == ("NEW YORK", "New York City", "city") and found[-1] == ("New York", "New York", "admin1")


def test_a_name_listed_among_regions_alone_is_a_region(index):
    # crime, outbreaks: "Mpumalanga" beside Gauteng, KwaZulu-Natal and the Eastern Cape had been the
    # town of 140,000 in KwaZulu-Natal (whose naming counted for it), not the province.
    text = ("Cash-in-transit heists remain a persistent problem in South Africa, with gangs striking on "
            "highways in Gauteng, KwaZulu-Natal, Mpumalanga and the Eastern Cape.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert ("Mpumalanga", "Mpumalanga", "admin1") in found
    # A list of towns leaves a town a town: "Durban, Mpumalanga and Pietermaritzburg".
    text = "Floods cut roads between Durban, Pinetown, Mpumalanga and Pietermaritzburg, in KwaZulu-Natal."
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert ("Mpumalanga", "Mpumalanga", "city") in found


def test_the_baltic_and_the_caspian_are_the_seas(index):
    # history, markets, transport: "trade in the Baltic", "vessels on the Caspian" had been missed (the
    # gazetteer knew only villages of the names); "Baltic leaders" and "the Baltic Fleet" are no sea.
    text = ("Trade in the Baltic grew. Vessels on the Caspian can wait a week. Baltic leaders met in Riga. "
            "The Baltic Fleet sailed.")
    found = [(t, n) for t, n, _, _, _ in places(text, index)]
    assert found == [("Baltic", "Baltic Sea"), ("Caspian", "Caspian Sea"), ("Riga", "Riga")]


def test_wa_is_western_australia_or_washington_by_the_story(index):
    # disasters, politics, crime: "WA's fire commissioner" in an Australian story was missed.
    text = "WA's fire commissioner said crews were burning in the Perth Hills. Fires in WA and Queensland grew."
    assert [(t, n) for t, n, _, _, _ in places(text, index) if t == "WA"] == [("WA", "Western Australia")] * 2
    text = "The suspect was arrested in Spokane, WA, on Monday, police in Seattle said."
    assert ("WA", "Washington") in [(t, n) for t, n, _, _, _ in places(text, index)]


def test_a_raion_named_after_its_town_is_a_district(index):
    # eurasia: "Gunib district", "Kemin district" had been the villages; the former Soviet Union's
    # raions are named after their seats, as South Asia's districts are. But "the southern districts
    # of Pokrovsk" are the town's own quarters.
    text = ("Floods cut roads in Dagestan's Gunib district and in Kyrgyzstan's Kemin district. "
            "Russian assault groups pushed into the southern districts of Pokrovsk, in Donetsk region.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert ("Gunib", "Gunib District", "admin2") in found and ("Kemin", "Kemin District", "admin2") in found
    assert ("Pokrovsk", "Pokrovsk", "city") in found


def test_plural_territories_and_the_turkestan_region(index):
    # energy: "the Stavropol and Krasnodar territories" (krais) had been the cities; "the Turkestan
    # region" (Kazakhstan's, Natural Earth's "South Kazakhstan") the town of Turkistan.
    text = ("The pipeline crosses the Russian regions of Astrakhan and Kalmykia and the Stavropol and "
            "Krasnodar territories. Kazakhstan's south, including Shymkent and the Turkestan region, imports power.")
    found = [(t, k) for t, _, _, k, _ in places(text, index)]
    assert ("Stavropol", "admin1") in found and ("Krasnodar", "admin1") in found
    assert ("Turkestan region", "admin1") in found


def test_a_town_named_like_a_person_placed_once_is_placed_throughout(index):
    # latam: the headline's and a later "Leticia" had been missed (a given name, and a town of 48,000
    # the sentence does not place), though the dateline placed it.
    text = ("Drought leaves Leticia stranded as Amazon falls to record low\n\nBy AFP\n\n"
            "LETICIA, Colombia (AFP) - The Amazon River has fallen to its lowest level on record. "
            "Leticia sits on the triple border with Brazil and Peru.")
    assert [(t, c) for t, _, c, _, _ in places(text, index) if t.lower() == "leticia"] == \
        [("Leticia", "CO"), ("LETICIA", "CO"), ("Leticia", "CO")]
    # Unplaced anywhere, the name stays a person's: "Leticia said".
    assert not [t for t, *_ in places("Leticia said the river fell. Boats wait at Iquitos, Peru.", index)
                if t == "Leticia"]


def test_a_word_that_names_a_town_in_a_dateline(index):
    # energy: "SUPERIOR, Ariz. (AP) -" had been missed ("Superior Court" makes the word no place alone).
    text = "SUPERIOR, Ariz. (AP) - A federal appeals court cleared the way. The Superior Court ruled."
    assert [(t, n, c) for t, n, c, _, _ in places(text, index)][:1] == [("SUPERIOR", "Superior", "US")]


def test_a_dateline_is_a_place_whoever_else_bears_its_name(index):
    # uslocal: "LOGAN, W.Va. -" had been forgotten because the story also named Chief Logan State Park
    # (Logan said of a person); a dateline or a qualified name is a place itself.
    text = ("Logan Banner\n\nLOGAN, W.Va. — Roy Lee Hatfield, 84, went home to be with the Lord on Sunday. "
            "He loved trout fishing at Chief Logan State Park.")
    assert ("LOGAN", "Logan", "US") in [(t, n, c) for t, n, c, _, _ in places(text, index)]


def test_a_town_named_like_a_word_listed_before_a_place(index):
    # uslocal: "Byron and Stewartville" had lost Byron (a given name, and placed only after a place);
    # "the Fairgrounds in Goshen" had lost Goshen (a stop word for the biblical land).
    text = ("ROCHESTER, Minn. - Neighboring districts are growing too: Byron and Stewartville have both "
            "passed building referendums. The relief sale was held at the Elkhart County 4-H Fairgrounds in Goshen.")
    found = [(t, c) for t, _, c, _, _ in places(text, index)]
    assert ("Byron", "US") in found and ("Stewartville", "US") in found and ("Goshen", "US") in found


def test_local_government_areas_and_territories_named_after_their_towns(index):
    # africa, conflict: "Gwoza Local Government Area of Borno State" and "Djugu territory, Ituri
    # province" had been the towns; Nigeria's LGAs and the DR Congo's territories are named after
    # their seats, as South Asia's districts are.
    text = ("Insurgents killed 17 farmers in Gwoza Local Government Area of Borno State. Militiamen attacked "
            "a site in Djugu territory, Ituri province. Herders clashed in Mangu and Barkin Ladi LGAs.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert ("Gwoza", "Gwoza Local Government Area", "admin2") in found
    assert ("Djugu", "Djugu Territory", "admin2") in found
    assert ("Barkin Ladi", "Barkin Ladi Local Government Area", "admin2") in found


def test_a_name_before_line_or_border_is_the_state_or_country(index):
    # uslocal: "from Grand Island to the Wyoming line" had been Wyoming, Michigan (75,000 people).
    # (Its power outages "in Hastings and McCook" had voted for Michigan.)
    text = ("LINCOLN, Neb. (AP) — A blizzard packing wind gusts over 60 mph shut down Interstate 80 across much "
            "of western Nebraska on Thursday, stranding hundreds of travelers and closing schools from Grand "
            "Island to the Wyoming line.\n\nThe Nebraska Department of Transportation closed I-80 between Kearney "
            "and the Wyoming border at midmorning, along with stretches of U.S. 30 and U.S. 83. The Nebraska "
            "State Patrol said troopers helped more than 70 stranded motorists, many near Ogallala and Sidney, "
            "and that several semitrailers had slid into the median near Lexington.\n\nShelters opened in North "
            "Platte, Ogallala and Sidney, and the Red Cross said churches in Cozad and Gothenburg took in "
            "travelers overnight.\n\nThe National Weather Service in North Platte reported 14 inches of snow at "
            "Valentine and drifts of up to 8 feet in the Sandhills. Whiteout conditions also closed Interstate 70 "
            "between Colby, Kansas, and the Colorado line, and the Kansas Highway Patrol rescued a family from "
            "Goodland whose car was stuck near Kanorado.\n\nIn Lincoln, where only a few inches fell, Gov. Jim "
            "Pillen activated the Nebraska National Guard to help with rescues in the Panhandle. Pillen said "
            "crews from Scottsbluff and Alliance were using Humvees to reach ranch families stranded north of "
            "Bridgeport.\n\nPower outages were reported in Hastings and McCook, and the Nebraska Public Power "
            "District said about 9,000 customers were without service Thursday night.")
    assert [(t, k) for t, _, _, k, _ in places(text, index) if t == "Wyoming"] == [("Wyoming", "admin1")] * 2
    # A province of another country is no town's state: "the Gaza border" is not Mozambique's Gaza.
    text = "Israeli troops massed near the Gaza border, and aid trucks waited at Rafah, Egypt."
    assert ("Gaza", "PS") in [(t, c) for t, _, c, _, _ in places(text, index)]


def test_a_place_before_cbd_is_that_place(index):
    # oceania: "a snap youth curfew in the Alice Springs CBD" had lost Alice Springs (the capitalized
    # word after it taken for the rest of a longer name); so had "the Johannesburg CBD". The central
    # business district is a part of the place, as "Dublin South-West" is; "CBD Energy" is no place.
    text = ("DARWIN (ABC News) - A snap youth curfew in the Alice Springs CBD will be extended for another "
            "fortnight. Police cordoned off parts of the Johannesburg CBD on Tuesday. CBD Energy said it "
            "would sell shares.")
    found = [(t, n, c) for t, n, c, _, _ in places(text, index)]
    assert ("Alice Springs", "Alice Springs", "AU") in found and ("Johannesburg", "Johannesburg", "ZA") in found
    assert not any(t.startswith("CBD") for t, _, _ in found)


def test_a_compass_word_places_a_name_used_in_a_longer_one(index):
    # ukireland: "the Derbyshire Dales" and "Somerset GP surgeries" made Derbyshire and Somerset parts
    # of longer names, forgotten throughout; "south Derbyshire" and "in west Somerset" place them.
    text = ("People in Derby and south Derbyshire were asked to use pharmacies. Volunteers checked on "
            "elderly neighbours in rural villages in the Derbyshire Dales where gritting has been patchy.\n\n"
            "Hinkley Point C workforce 'stretching' Somerset GP surgeries\n\nGP surgeries and hospitals in "
            "west Somerset say they are struggling.")
    found = [(t, n, c) for t, n, c, _, _ in places(text, index)]
    assert ("Derbyshire", "Derbyshire", "GB") in found and ("Somerset", "Somerset", "GB") in found


def test_a_village_named_like_a_person_listed_after_a_place(index):
    # globalpress: "Apodaca, Escobedo, Santa Catarina and Salinas Victoria" had lost Salinas Victoria, a
    # town named like a whole person ("Salinas", "Victoria") counted only where the text placed it;
    # listed after places, it is placed, as a one-word name listed so is.
    text = ("MONTERREY, Mexico - Industrial parks are filling up across the metropolitan area, especially "
            "in the municipalities of Apodaca, Escobedo, Santa Catarina and Salinas Victoria, where "
            "manufacturers of auto parts are expanding.")
    found = [(t, c) for t, _, c, _, _ in places(text, index)]
    assert ("Salinas Victoria", "MX") in found and ("Santa Catarina", "MX") in found
    # Alone, such a name is still a person's: "Salinas Victoria said" names nobody's town.
    assert not places("Salinas Victoria said the plant would open in May.", index)


def test_french_historical_regions_news_names(index):
    # continental: "Commuters from Lorraine" had been Lorraine, Quebec (a town of 9,600): Lorraine,
    # Champagne and Gascony were missing beside Alsace, Brittany, Burgundy and Normandy.
    text = ("LUXEMBOURG (AFP) - Commuters from Lorraine are already used to delays on the A31 motorway, which "
            "links Thionville with the border. Frost hit vineyards across Champagne, and hail fell in Gascony.")
    found = {t: (k, c) for t, _, c, k, _ in places(text, index)}
    assert found["Lorraine"] == ("region", "FR") and found["Champagne"] == ("region", "FR")
    assert found["Gascony"] == ("region", "FR")


def test_canadian_abbreviations_datelines_and_routes(index):
    # canada: "ST. JOHN'S, N.L. —" had been "ST. JOHN" and no province (N.L., Y.T. and NWT were
    # unknown, and an all-caps "'S" no possessive ending); "the Calgary-to-Edmonton corridor" had
    # lost Edmonton, a word after a hyphen taken for part of an adjective ("anti-Kremlin").
    text = ("ST. JOHN'S, N.L. — Newfoundland and Labrador Hydro customers will see rates rise. Crews from "
            "Whitehorse, Y.T., and the NWT flew in. The Calgary-to-Edmonton corridor is the country's hail "
            "capital, anti-Kremlin groups said.")
    found = [(t, n) for t, n, _, _, _ in places(text, index)]
    assert ("ST. JOHN'S", "St. John's") in found and ("N.L.", "Newfoundland and Labrador") in found
    assert ("Y.T.", "Yukon") in found and ("NWT", "Northwest Territories") in found
    assert ("Calgary", "Calgary") in found and ("Edmonton", "Edmonton") in found
    assert not any(t == "Kremlin" for t, _ in found)


def test_ontario_regional_municipalities(index):
    # canada: "Peel Region", "York Region" and "Halton Region" had been England's York and Halton
    # (their "X region" forms) or no place: Ontario's regional municipalities, named daily in Toronto news.
    text = ("TORONTO (CP) - Transit projects in Peel Region and York Region are delayed, Halton Region "
            "officials said. Police in Durham Region arrested two men.")
    found = {t: (k, c) for t, _, c, k, _ in places(text, index)}
    for name in ("Peel Region", "York Region", "Halton Region", "Durham Region"):
        assert found[name] == ("region", "CA"), name
    # England's York is still York in an English story.
    assert [(n, c) for _, n, c, _, _ in places("YORK, England - Flooding closed roads across York.", index)] == \
        [("York", "GB"), ("England", "GB"), ("York", "GB")]


def test_a_county_the_gazetteer_lacks_is_no_town_of_its_name(index):
    # canada: "Wellington County" (Ontario) had been New Zealand's Wellington region, by an "X County"
    # form that only countries whose admin-1 units are counties have; "Perth County" and "RCMP's
    # Colchester County" had been the towns of Perth and Colchester, Ontario, hundreds of km away.
    text = ("GUELPH, Ont. - Flooding closed roads in Wellington County and Perth County on Monday. In Nova "
            "Scotia, the RCMP's Colchester County detachment responded. Nairobi County and Kerry County "
            "Council reported no damage.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    for name in ("Wellington County", "Perth County", "Colchester County"):
        assert name in found and found[name] is None, name
    assert "Wellington" not in found and "Perth" not in found
    assert (found["Nairobi County"].country, found["Nairobi County"].kind) == ("KE", "admin1")
    # A county named after its seat town (Korea's gun) is still placed at the town; so is an English
    # parish council's village.
    text = ("Goseong County in South Gyeongsang Province lies near Tongyeong. In Swaledale, Muker Parish "
            "Council met on Monday.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert found["Goseong"].country == "KR" and found["Muker"].country == "GB"


def test_tech_firms_credit_lines_and_penang(index):
    # techbusiness (written after the session's first rules): Meta, the firm, had been Colombia's Meta
    # department, Samsung a Korean village, and "Editing by Sonali Paul" a region of Cape Verde; Penang,
    # listed among Malaysia's states, had been the town of George Town (Natural Earth: "Pulau Pinang").
    text = ("Microsoft, Meta and QTS have all announced large campuses in the metro area. Exporters in Gyeonggi "
            "province, home to Samsung's chip plants in Pyeongtaek, welcomed it. Workers found no jobs in Johor, "
            "Selangor or Penang. (Reporting by Lin Pei-shan in Taipei; Editing by Sonali Paul)")
    found = {t: (n, k) for t, n, _, k, _ in places(text, index)}
    assert "Meta" not in found and "Samsung" not in found and "Paul" not in found
    assert found["Penang"] == ("Pulau Pinang", "admin1") and found["Taipei"] == ("Taipei", "city")
    # Colombia's Meta is still found where the text says it is a department.
    assert ("Meta department", "CO") in [(t, c) for t, _, c, _, _ in places("Floods hit the Meta department of "
                                                                           "Colombia.", index)]


def test_harvard_and_the_commonwealth_are_no_towns(index):
    # education: "At Harvard" had been Harvard, Massachusetts (6,000 people), and oceania's "Commonwealth
    # disaster payments" a district of Quezon City; a town listed among towns is still the town.
    text = ("At Harvard, a freeze idled labs. Prime Minister Anthony Albanese said Commonwealth disaster payments "
            "would be made. Metra would end weekend service on lines to Aurora, Joliet and Harvard.")
    found = [(t, c, k) for t, _, c, k, _ in places(text, index)]
    assert ("Harvard", "US", "city") in found and [t for t, _, _ in found].count("Harvard") == 1
    assert text.index("Harvard") not in [r.candidate.start for r in geoparse(text, index=index)]
    assert "Commonwealth" not in [t for t, _, _ in found]


def test_a_province_outnumbering_its_namesake_town_twentyfold(index):
    # africa, agriculture, markets...: "Mpumalanga" (a province of 3 million) had been the township
    # of Mpumalanga near Durban (140,000) whenever the story also named KwaZulu-Natal's places.
    text = ("DURBAN, South Africa - Mining companies say cable theft on the lines from Mpumalanga to Richards "
            "Bay has cost billions of rand. Coal miners in Mpumalanga have also lost money.")
    found = [(t, n, k) for t, n, _, k, _ in places(text, index)]
    assert found.count(("Mpumalanga", "Mpumalanga", "admin1")) == 2, found
    # A town the text places by its state keeps that sense when named alone again.
    text = ("Mines around Hibbing, Eveleth and Virginia, Minn., employ about 4,000 people, and union leaders "
            "in Virginia said the project could add several hundred more.")
    rs = [r for r in geoparse(text, index=index) if r.candidate.text == "Virginia"]
    assert [(r.entry.kind, r.entry.admin1) for r in rs] == [("city", "US.MN")] * 2


def test_places_news_names_that_geonames_populated_places_lack(index):
    # Named in several sets each, and missing from GeoNames' cities500: Metro Manila had been only
    # "Manila" inside it; the Vaca Muerta shale, Morowali's nickel parks, the ports of Kyaukphyu and
    # Mongla, Indonesia's new capital and the quake-struck town of Noto were no places at all.
    text = ("Traffic in Metro Manila worsened. Output from Vaca Muerta rose, nickel smelters in Morowali "
            "expanded, and China's port at Kyaukphyu in Myanmar and Bangladesh's Mongla competed. Civil servants "
            "moved to Nusantara. In Ishikawa, the town of Noto on the Noto Peninsula was cut off.")
    found = {t: (c, k) for t, _, c, k, _ in places(text, index)}
    assert found["Metro Manila"] == ("PH", "region") and "Manila" not in found
    for name, country in [("Vaca Muerta", "AR"), ("Morowali", "ID"), ("Kyaukphyu", "MM"), ("Mongla", "BD"),
                          ("Nusantara", "ID"), ("Noto", "JP")]:
        assert found[name][0] == country, name
    # Sicily's Noto is still Sicily's in an Italian story.
    assert [(t, c) for t, _, c, _, _ in places("SYRACUSE, Italy - Baroque churches in Noto reopened.", index)
            if t == "Noto"] == [("Noto", "IT")]


def test_the_hunter_is_new_south_wales_hunter_valley(index):
    # oceania, regionalpress, education: "schools in the Hunter" had been no place (the towns called
    # Hunter are American villages); without "the", Hunter is a surname or a word.
    text = ("SYDNEY (AAP) - Temperatures are forecast to reach 44C in the Hunter, including Newcastle and "
            "Maitland. Hunter Biden was not there, and a hunter said so.")
    found = [(t, n, c) for t, n, c, _, _ in places(text, index) if t == "Hunter"]
    assert len(found) == 1 and found[0][1] in ("Hunter Valley", "Hunter River") and found[0][2] == "AU"


def test_western_australias_kimberley(index):
    # oceania, agriculture, disasters: "flooding in the Kimberley" had been the South African city.
    text = ("PERTH (AAP) - Forecasters warned of flooding in the Kimberley, the Top End around Darwin and "
            "Queensland's Gulf Country.")
    found = {t: (n, c) for t, n, c, _, _ in places(text, index)}
    assert found["Kimberley"] == ("Kimberley", "AU") and found["Gulf Country"][1] == "AU"
    # The diamond city is still South Africa's in a South African story.
    text = "JOHANNESBURG - De Beers said the old mine at Kimberley, in the Northern Cape, would reopen to tourists."
    assert ("Kimberley", "ZA", "city") in [(t, c, k) for t, _, c, k, _ in places(text, index)]


def test_a_name_ends_after_the_combining_marks_on_its_last_letter(index):
    # canada: "Behchokǫ̀" ends with U+0300 (a grave accent no precomposed letter holds), which
    # regular expressions count as no word character: the span had stopped one character short,
    # and ", N.W.T." qualified nothing.
    text = "Crews flew from Behchok\u01eb\u0300 to Yellowknife on Monday. Behchok\u01eb\u0300, N.W.T., is north."
    rs = [r for r in geoparse(text, index=index) if r.candidate.text.startswith("Behchok")]
    assert [(r.candidate.text, text[r.candidate.start:r.candidate.end]) for r in rs] == \
        [("Behchok\u01eb\u0300", "Behchok\u01eb\u0300")] * 2
    assert rs[1].candidate.qualifier is not None and rs[1].entry.admin1 == "CA.NT"


def test_a_territory_listed_twice_is_the_territory(index):
    # islands, latam: Puerto Rico, Guam and Norfolk Island are countries of GeoNames and also
    # admin-1 or admin-2 units (Natural Earth's, the Census's): the bare name had been the unit.
    text = "SAN JUAN, Puerto Rico (AP) - Puerto Rico, Guam and Norfolk Island asked for aid."
    found = {t: (c, k) for t, _, c, k, _ in places(text, index)}
    assert found["Puerto Rico"] == ("PR", "country") and found["Guam"] == ("GU", "country")
    assert found["Norfolk Island"] == ("NF", "country")
    # Belgium's province of Luxembourg, further from the country's point, is still the province.
    found = [(t, c, k) for t, _, c, k, _ in places("Floods hit the province of Luxembourg in Belgium.", index)]
    assert ("Luxembourg", "BE", "admin1") in found


def test_a_small_territorys_capital_beside_it(index):
    # islands: Hamilton had been a village of New York in a story of Bermuda, Stanley a town of County
    # Durham in one of the Falklands: a capital got the bonus of its country's mention only if it had
    # 100,000 people.
    text = ("The Corporation of Hamilton voted on Monday to back a cruise berth, Bermuda's tourism board said. "
            "Cruise passengers from Boston fill the shops of Hamilton in summer.")
    assert {(c, k) for t, _, c, k, _ in places(text, index) if t == "Hamilton"} == {("BM", "city")}
    text = ("Veterans marked the anniversary of the war over the Falkland Islands on Wednesday. In Stanley, "
            "the islands' capital, British veterans laid wreaths.")
    assert [c for t, _, c, _, _ in places(text, index) if t == "Stanley"] == ["FK"]


def test_a_small_namesake_takes_no_context_from_its_country_alone(index):
    # health, articles: a town of a tenth the people or less of a major place so named in another
    # country the story names took the story's country context: southwestern Ontario in a Texas
    # story had been Ontario, California, and Sydney in a Canadian one Sydney, Nova Scotia.
    text = ("LUBBOCK, Texas (AP) - A measles outbreak in West Texas has grown to 309 cases, and cases linked to it "
            "have now been confirmed in New Mexico, Oklahoma and Kansas. Most infections are in Gaines County, where "
            "clinics in Seminole have offered free shots. Lea County, New Mexico, has reported 43 cases. Canada's "
            "worst outbreak in decades, concentrated in southwestern Ontario, has been traced to a gathering in New "
            "Brunswick.")
    assert [(c, k) for t, _, c, k, _ in places(text, index) if t == "Ontario"] == [("CA", "admin1")]
    text = ("VANCOUVER - Harbour Air plans an electric route between Vancouver and Victoria. The Richmond, B.C.-based "
            "carrier links Vancouver, Victoria, Nanaimo, Whistler and Tofino, as well as Seattle's Lake Union. British "
            "Columbia offered $1 million, and Ottawa pledged funding. Norway is testing electric planes from Bergen. In "
            "Australia, a seaplane operator in Sydney has ordered two converted Cessna Caravans. \"It's a showcase,\" "
            "said an analyst in Toronto.")
    assert [c for t, _, c, _, _ in places(text, index) if t == "Sydney"] == ["AU"]
    # A namesake the story places by its state keeps the context: Ontario, California, beside its neighbours.
    text = "Warehouses in Ontario, Rancho Cucamonga and Fontana employ 40,000 people in San Bernardino County."
    assert [(c, k) for t, _, c, k, _ in places(text, index) if t == "Ontario"] == [("US", "city")]


def _countries_of(text, index, name):
    return [r.entry.country for r in geoparse(text, index=index) if r.candidate.text == name]


def test_a_dateline_qualified_by_its_country_settles_every_bare_mention(index):
    # The README's promise: "TRIPOLI, Lebanon -" decides the bare Tripolis, though Libya's evidence
    # ("In Libya", Misrata, Benghazi) outweighs Lebanon's; and "LONDON, Ont." its London and Windsor.
    text = ("TRIPOLI, Lebanon (Reuters) - Clashes in the northern city of Tripoli killed three people on Thursday. "
            "Tripoli is Lebanon's second city.\n\nIn Libya, militias in Tripoli traded fire. Flights were diverted "
            "to Misrata and Benghazi.")
    assert _countries_of(text, index, "Tripoli") == ["LB", "LB", "LB"]
    text = ("LONDON, Ont. - Factories in London warned on Tuesday that a rail strike could idle production. "
            "The London Knights postponed a trip to Windsor.")
    assert _countries_of(text, index, "London") == ["CA"] and _countries_of(text, index, "Windsor") == ["CA"]


def test_another_name_of_a_place_the_story_names_is_no_neighbour_of_it(index):
    # "Islamabad" is also an old name of Chittagong: named beside Chittagong, it is still Pakistan's capital.
    text = ("Garment exporters in Dhaka and Chittagong are diversifying into software.\n\n"
            "Pakistan has IT firms too. Most are in Lahore, Karachi and Islamabad.")
    assert _countries_of(text, index, "Islamabad") == ["PK"]
    assert _countries_of(text, index, "Chittagong") == ["BD"]
    # ... and beside it: a national capital's own name is the capital.
    for text in ("Floods hit Chittagong on Monday. Aid arrived from Islamabad and Karachi.",
                 "Pakistan's prime minister met the Bangladeshi envoy in Islamabad to discuss relief for Chittagong."):
        assert _countries_of(text, index, "Islamabad") == ["PK"], text


def test_an_appositive_qualifies_and_spanish_names_keep_their_articles(index):
    text = ("Microsoft has a campus in Hyderabad, the capital of Telangana.\n\nPakistan has IT firms too. "
            "Most are in Lahore, Karachi and Peshawar; few are in Quetta.")
    assert _countries_of(text, index, "Hyderabad") == ["IN"]
    assert places("Officials in Santiago de los Caballeros said hospitals were full.", index)[0][:3] == \
        ("Santiago de los Caballeros", "Santiago de los Caballeros", "DO")


def test_a_town_said_to_lie_in_a_place_abroad_is_one_the_gazetteer_lacks(index):
    # No Karārī of India in Omdurman: left unplaced, not drawn 4,000 km away.
    text = "Residents of Karari district in Omdurman were burying their dead on Friday. Khartoum was calm."
    found = [(r.candidate.text, r.entry.country) for r in geoparse(text, index=index)]
    assert found == [("Omdurman", "SD"), ("Khartoum", "SD")]
    # Nor is a facility named like another name of a town abroad: "Al-Thawra" was Al-Tabqa's.
    text = "Shells landed on houses near the Al-Thawra market in Omdurman, residents of Omdurman said."
    assert [r.entry.country for r in geoparse(text, index=index)] == ["SD", "SD"]
    # But a place of several senses, one of them the town's country, settles nothing ("Marlborough"
    # is also a town in England); nor does a name after "the" ("the Gold Coast", the colony).
    assert _countries_of("A New Zealand quake struck Seddon in Marlborough at a depth of 12 km.", index, "Seddon") == ["NZ"]
    assert _countries_of("Traders reached Cape Coast in the Gold Coast (now Ghana).", index, "Cape Coast") == ["GH"]


def test_a_place_said_to_lie_in_an_occupied_country_lies_there(index):
    # "Russian-occupied" had made Russia the context, and Donetsk a town of Rostov Oblast.
    text = "Shelling hit Donetsk in Russian-occupied Ukraine on Monday, killing two people."
    assert _countries_of(text, index, "Donetsk") == ["UA"]
    # An adjective may stand between "in" and the region; the qualifier still holds.
    assert _countries_of("Turkish jets struck Erbil in northern Iraq.", index, "Erbil") == ["IQ"]


def test_a_compass_word_names_part_of_a_region_that_is_more_than_its_town(index):
    # "northern Gaza" is the Strip's north, "eastern Washington" the state's; "west Belfast" and
    # "central Khartoum" are parts of the cities.
    for text, expected in [("Drones flew over northern Gaza.", ("region", "PS")),
                           ("Growers across eastern Washington sell to Idaho.", ("admin1", "US")),
                           ("Riots broke out in west Belfast, Northern Ireland.", ("city", "GB")),
                           ("Troops retook central Khartoum.", ("city", "SD")),
                           ("A shelter opened off Monterey Road in south San Jose.", ("city", "US"))]:
        first = geoparse(text, index=index)[0]
        assert (first.entry.kind, first.entry.country) == expected, text


def test_currencies_broadcasters_and_groups_named_after_places_are_no_places(index):
    # From a ninth audit: "US$" was the United States, "Al-Masirah TV" Masirah Island (Oman), whose
    # evidence then left Hodeidah out as a stray; "the Greater Sahara" and "Palestine" of groups' names.
    def names(text):
        return [r.candidate.text for r in geoparse(text, index=index)]

    assert names("The appeal for US$ 744 million is 12 percent funded, OCHA said in Ouagadougou.") == ["Ouagadougou"]
    assert names("The Houthi-run Al-Masirah TV said US strikes hit Hodeidah on Tuesday.") == ["US", "Hodeidah"]
    assert names("Fighters of Islamic State in the Greater Sahara attacked Tillaberi.") == ["Tillaberi"]
    assert names("The Palestine Red Crescent said its crews reached Jenin.") == ["Jenin"]
    assert names("Aid reached Palestine and Jenin on Monday.") == ["Palestine", "Jenin"]


# Audit 13 (disaster coverage outside Europe)

MELISSA_CUBA = (
    "HAVANA, Oct 30 (Desk) - Hurricane Melissa made landfall near Chivirico in Santiago de Cuba province early on "
    "Wednesday, flooding towns across eastern Cuba before moving out to sea toward the Bahamas. Floods cut off "
    "hundreds of communities in Granma and Holguin provinces. In Haiti, heavy rain caused the La Digue river to "
    "overflow in Petit-Goave, killing at least 25 people. The death toll in Jamaica rose to 28 on Thursday.")


def test_a_country_named_beside_other_countries_is_the_country_not_a_town_so_named(index):
    # "Jamaica" had been a village of Mayabeque, Cuba (15,000 people, near Havana), in a story on Cuba.
    (jamaica,) = [r for r in geoparse(MELISSA_CUBA, index=index) if r.candidate.text == "Jamaica"]
    assert (jamaica.entry.kind, jamaica.entry.country) == ("country", "JM")


def test_a_district_named_after_its_town_is_in_the_storys_country(index):
    # The gazetteer's "Ilam District" is Iran's province; Nepal's is named after its seat, Ilām.
    text = ("Unseasonal rain has triggered floods and landslides in Koshi, Bagmati and Gandaki provinces of Nepal. "
            "In Ilam district, landslides killed 37 people on 1 November. In Kathmandu, the Bagmati river "
            "overflowed. In Panchthar, 5 deaths; in Dolakha, 3 deaths. The World Food Programme distributed food "
            "to 4,000 families in Ilam.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["Ilam district"].country, found["Ilam district"].kind) == ("NP", "admin2")
    assert found["Ilam"].country == "NP"  # the district's seat, beside it
    # A district whose seat GeoNames calls by another name: Lakhimpur's is North Lakhimpur, Assam.
    text = "In Assam, nine people drowned in Dhemaji, Lakhimpur and Nagaon districts as the Brahmaputra rose."
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["Lakhimpur"].name, found["Lakhimpur"].admin1) == ("Lakhimpur District", "IN.AS")


def test_a_town_called_a_city_by_the_text_is_the_city_of_that_name(index):
    # "Talisay City" is Cebu's Talisay, not the one in Negros Occidental; "Dublin City Council" stays Dublin.
    text = ("The death toll from Typhoon Tino has risen to 66, most of them in Cebu, where flash floods swept "
            "through Liloan and Talisay City.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert found["Talisay City"].admin1 == "PH.CB"


def test_a_name_qualifying_a_place_the_gazetteer_lacks_is_an_area(index):
    # "Dinalungan, Aurora": Aurora province, not the town of Aurora in Isabela, beside which it is listed.
    text = ("MANILA, Philippines - Super Typhoon Fung-wong made landfall in Dinalungan, Aurora, at 9:10 p.m. on "
            "Sunday. More than 1.4 million people were evacuated from Cagayan, Isabela, Aurora, Catanduanes and "
            "Camarines Sur. Signal No. 5 was raised over Aurora and parts of Quirino and Isabela.")
    found = [(r.candidate.text, r.entry.kind, r.entry.admin1) for r in geoparse(text, index=index)]
    assert ("Aurora", "admin1", "PH.AU") in found and ("Aurora", "city", "PH.IB") not in found


def test_island_and_river_words_name_the_feature_not_a_town(index):
    # "the island of Flores" in an Indonesian story had been Uruguay's Flores department.
    text = ("JAKARTA - Mount Lewotobi Laki-laki on the island of Flores erupted on Friday, forcing the closure "
            "of airports in Maumere and Labuan Bajo.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["Flores"].name, found["Flores"].country) == ("Flores Island", "ID")
    # "The Jacui and Taquari rivers" had given Jacuí, a town of Minas Gerais; the gazetteer has
    # neither river, so neither name is a place.
    text = "The Jacui and Taquari rivers burst their banks in Rio Grande do Sul, and the Cauto river rose."
    assert [t for t, *_ in places(text, index)] == ["Rio Grande do Sul"]
    # A river the gazetteer has is that river.
    found = places("The Tigris and Euphrates rivers rose; the Mississippi river crested.", index)
    assert [(t, name) for t, name, *_ in found] == [("Tigris", "Tigris"), ("Euphrates", "Euphrates"),
                                                   ("Mississippi", "Mississippi River")]


def test_a_name_joined_by_a_persian_connector_is_part_of_a_longer_name(index):
    # "Dara" in "Dara-e-Suf" had been Dar'a, Syria, in a story on an Afghan earthquake.
    text = "Houses collapsed in the Khulm and Dara-e-Suf districts of Samangan, and in Kot-ul-Amir."
    assert [t for t, *_ in places(text, index)] == ["Khulm", "Samangan"]
    assert [t for t, *_ in places("Aid reached Mazar-i-Sharif.", index)] == ["Mazar-i-Sharif"]


def test_organisations_named_after_places_give_no_places(index):
    # "Africa CDC" had given the continent; "Southern California Edison" Edison, New Jersey.
    text = "Africa CDC said mpox cases rose, and Southern California Edison cut power to 50,000 homes."
    assert [t for t, *_ in places(text, index)] == ["Southern California"]
    assert [t for t, *_ in places("Flights to Washington DC resumed.", index)] == ["Washington DC"]


def test_renamed_regions_go_by_their_current_names(index):
    # Natural Earth's "N.W.F.P.", "Northern Areas", "Sind", "Uttaranchal" and "Orissa" had been on
    # the map of a Pakistan flood; the old names still name the regions.
    text = ("Deaths were reported in Khyber Pakhtunkhwa, Gilgit-Baltistan and Sindh, and in Uttarakhand and Odisha. "
            "Older maps say N.W.F.P. and Orissa.")
    found = [(t, n) for t, n, *_ in places(text, index)]
    assert found == [("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa"), ("Gilgit-Baltistan", "Gilgit-Baltistan"),
                     ("Sindh", "Sindh"), ("Uttarakhand", "Uttarakhand"), ("Odisha", "Odisha"),
                     ("N.W.F.P.", "Khyber Pakhtunkhwa"), ("Orissa", "Odisha")]


def test_upstate_and_downstate_name_part_of_the_state(index):
    # "upstate New York" had been New York City in a wire story on lake-effect snow.
    for text in ("Lake-effect snow buried parts of upstate New York on Wednesday.",
                 "Snow fell across Upstate New York.", "Voters in downstate New York went to the polls."):
        assert [(t, kind) for t, _, _, kind, _ in places(text, index)] == [("New York", "admin1")]


def test_a_country_opening_an_agencys_name_is_no_location(index):
    # "outside the U.S. Immigration and Customs Enforcement facility" had put a Portland protest's
    # arrests in the whole United States: the name says whose agency, as a demonym does.
    text = ("PORTLAND, Ore. - Several hundred people protested outside the U.S. Immigration and Customs "
            "Enforcement facility on Thursday night, the U.S. Geological Survey said nothing, and the U.S. Army "
            "Corps of Engineers opened a spillway. Acting U.S. Attorney Ann Cole spoke. Prices rose in the U.S.")
    roles = [(t, role) for t, _, _, _, role in places(text, index) if t == "U.S."]
    assert roles == [("U.S.", "demonym")] * 3 + [("U.S.", "place")] * 2
    # A name that is a town's too stays a place: "Lebanon Police" in a story on Lebanon, Missouri.
    assert places("He was taken into custody by Lebanon Police.", index)[0][4] == "place"


def test_a_roundups_items_do_not_resolve_each_others_datelines(index):
    # "PHOENIX (AP)" had been Phoenix, New York (2,300 people), by the next item's Oswego County.
    text = ("PHOENIX (AP) \u2014 The Phoenix Suns beat the Dallas Mavericks 118-110 on Wednesday night.\n\n"
            "SYRACUSE, N.Y. (AP) \u2014 Lake-effect snow buried parts of upstate New York on Wednesday, with "
            "30 inches reported in Oswego County.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["PHOENIX"].admin1, found["SYRACUSE"].admin1) == ("US.AZ", "US.NY")


def test_the_ends_of_a_route_are_resolved_together(index):
    # "marched from Selma to Montgomery" in a Georgia obituary had given Selma, California (or
    # North Carolina, or Virginia) and Montgomery, Georgia, a town of 4,500 beside Savannah.
    text = ("Florence Austin, who marched from Selma to Montgomery in 1965, died Monday at her home in Decatur, "
            "Ga. Her son lives in Savannah.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert (found["Selma"].admin1, found["Montgomery"].admin1) == ("US.AL", "US.AL")


def test_a_town_called_a_city_before_its_council_is_the_towns_one_sense(index):
    # "Springfield City Council" in a Springfield, Mo. story had been Springfield, Massachusetts
    # (whose other name "Springfield City" is), a second place beside Missouri's.
    text = ("Springfield City Council voted 7-2 Monday night to add 20 officers. The stabbing happened early "
            "Saturday in Springfield, Mo., police said.")
    assert {(t, e.admin1) for t, e in ((r.candidate.text, r.entry) for r in geoparse(text, index=index))
            if t.startswith("Springfield")} == {("Springfield", "US.MO")}


def test_venues_and_quarters_named_after_places_far_away_are_no_places(index):
    # "Lincoln Hospital" in the Bronx had been Lincoln, Nebraska; "Alexandra Park" in a Manchester
    # story Alexandra, South Africa; "Cape Fear Valley Medical Center in Fayetteville" the cape; "the
    # North End" of Winnipeg a town of New Brunswick.
    text = ("A 17-year-old boy was shot in the leg in the Bronx on Tuesday afternoon, police said. He was taken to "
            "Lincoln Hospital. In Manchester, a vigil was held at Alexandra Park on Wednesday evening.")
    assert [t for t, *_ in places(text, index)] == ["Bronx", "Manchester"]
    text = ("Three people were killed on Interstate 95 near Fayetteville, N.C. The injured were taken to Cape Fear "
            "Valley Medical Center in Fayetteville.")
    assert "Cape Fear" not in [t for t, *_ in places(text, index)]
    text = "In Winnipeg, a house fire in the North End killed two people early Thursday."
    assert [t for t, *_ in places(text, index)] == ["Winnipeg"]
    # A venue near the story's towns is named after its own town: "Santa Ana Zoo" in an Orange County story.
    text = "Irvine police said the animals came from the Santa Ana Zoo."
    assert [t for t, *_ in places(text, index)] == ["Irvine", "Santa Ana"]


def test_teams_fans_and_people_named_after_places_are_no_places(index):
    # Sports briefs and an obituary had put "Washington Nationals" in D.C., "Toronto Maple Leafs" and
    # "Montreal Canadiens" in their cities, "Chelsea fans" in Chelsea, Oklahoma, "Virginia Woolf" in
    # Virginia and "Washington High School" (in Atlanta) in D.C.
    text = ("The Atlanta Braves beat the Washington Nationals 5-3 in North Port, Fla. The Toronto Maple Leafs "
            "lost to the Montreal Canadiens. Chelsea fans were arrested after disorder at a match in Copenhagen.")
    assert [t for t, *_ in places(text, index)] == ["North Port", "Fla.", "Copenhagen"]
    text = ("She taught at Washington High School in Atlanta, where her students read Virginia Woolf and "
            "Langston Hughes.")
    assert [t for t, *_ in places(text, index)] == ["Atlanta"]
    # The state before its own institutions, and a club's town named as a place, stay places.
    assert [t for t, *_ in places("She studied at Virginia Tech in Blacksburg.", index)] == ["Virginia", "Blacksburg"]
    assert [t for t, *_ in places("Chelsea fans live in Chelsea.", index)] == ["Chelsea"]


def test_a_region_opening_a_sentence_frames_its_names(index):
    # "In Western Australia, ... in Northbridge" had been Sydney's Northbridge in a roundup of NSW news.
    text = ("A bushfire burned out of control west of Sydney, while floodwaters rose in the northern NSW city of "
            "Lismore. Heat and smoke also hit Western Sydney. In Western Australia, police in Perth arrested a man "
            "after a fatal stabbing in Northbridge on Tuesday night. In Newcastle, NSW, about 500 people marched.")
    found = {r.candidate.text: r.entry for r in geoparse(text, index=index)}
    assert found["Northbridge"].admin1 == "AU.WA"


def test_a_city_far_from_a_local_storys_places_is_left_out(index):
    # "schools in Midland" in a Columbus, Ga. story had been Midland, Texas, 1,100 km away (Georgia's
    # Midland is no town in the gazetteer); a national story's cities stay.
    text = "COLUMBUS, Ga. - Students will be moved to schools in Midland, the Muscogee County superintendent said."
    assert [t for t, *_ in places(text, index)] == ["COLUMBUS", "Ga.", "Muscogee County"]
    text = "Shootings in Dayton and El Paso killed 31. Texas and Florida officials said."
    assert [t for t, *_ in places(text, index)] == ["Dayton", "El Paso", "Texas", "Florida"]


def test_a_place_is_named_as_the_press_names_it(index):
    # GeoNames and Natural Earth name places as their countries do: "Sevilla", "Köln", "Bayern",
    # "Nord-Kivu", "Basrah". The map's label is the article's; the id stays the gazetteer's.
    from geomap.model import Article
    from geomap.pipeline import extract

    named = [[(p.id, p.name) for p in extract(Article(text), index=index).places] for text in (
        "Police in Seville arrested two men. Floods hit Cologne on Monday.",
        "Rain spread across Bavaria, and fighting raged in North Kivu.", "Shelling hit Basra on Monday.")]
    assert named == [[("sevilla", "Seville"), ("koln", "Cologne")], [("bayern", "Bavaria"), ("nord-kivu", "North Kivu")],
                     [("basrah", "Basra")]]
    # A short form, a longer one or an abbreviation keeps the gazetteer's name.
    doc = extract(Article("Police in Frankfurt and in Loudon Co. said the Ituri province was calm."), index=index)
    assert [p.name for p in doc.places] == ["Frankfurt am Main", "Loudon County", "Ituri"]
