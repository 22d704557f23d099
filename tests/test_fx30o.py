"""Analysis, opinion, explainers and scenario pieces (the thirtieth session's fx30o check): what would happen if,
what a similar storm or a major quake would do, and the real news such a piece still tells."""

import readings


def events(text, index, published):
    return readings.events(text, index, published)


def test_a_sentence_opening_on_a_condition_makes_no_event(index):
    text = ('"If fighting spread to Egypt itself, you would be looking at a closure longer than the Ever Given blockage '
            'in 2021, which cost world trade an estimated $9 billion a day," said Lars Jensen, head of consultancy '
            'Vespucci Maritime.')
    assert [e for e in events(text, index, "2025-06-12") if e[1] != "statement"] == []


def test_the_worst_disaster_since_in_a_condition_is_no_disaster(index):
    text = ('"If a Melissa tracks 50 miles further east, you are looking at the worst disaster in Jamaica since '
            'Hurricane Gilbert in 1988," said meteorologist Evan Thompson.')
    assert [e for e in events(text, index, "2025-10-30") if e[1] == "disaster"] == []


def test_a_report_held_back_for_confirmation_is_still_news(index):
    text = "If confirmed, the strike on Kharkiv on Sunday, which killed 11 people, would be the deadliest this month."
    assert [e[:2] for e in events(text, index, "2025-06-10")] == [("kharkiv", "strike")]


def test_a_major_quake_that_would_come_is_no_disaster(index):
    text = "Critics say a major quake in Niigata would be the worst nuclear accident since Chernobyl."
    assert events(text, index, "2025-05-10") == []


def test_a_similar_storm_striking_the_capital_is_no_disaster(index):
    text = "Scientists say a similar storm striking Kingston directly would be far more catastrophic."
    assert events(text, index, "2025-10-30") == []


def test_any_clash_that_could_draw_in_a_fleet_is_no_operation(index):
    text = ("Any clash could draw in the US Seventh Fleet, based in Yokosuka, Japan, and Japanese forces on Yonaguni, "
            "the westernmost inhabited island of Japan, only 110 kilometers from Taiwan.")
    assert events(text, index, "2025-04-15") == []


def test_a_day_of_centuries_ago_keeps_its_year(index):
    text = ("The last time the Cascadia Subduction Zone ruptured, on Jan. 26, 1700, a tsunami washed over the coast of "
            "what is now Oregon and Washington and reached Japan hours later.")
    found = events(text, index, "2025-05-15")
    assert found and {e[2] for e in found} == {"1700-01-26"}


def test_a_forecast_told_before_its_teller_is_no_statement_there(index):
    text = ("Ash falls of more than 3 centimetres would make roads impassable in central Tokyo, and as much as 30 cm "
            "could pile up in parts of Kanagawa prefecture near the volcano, the Cabinet Office panel said.")
    assert events(text, index, "2025-03-21") == []


def test_a_similar_event_a_warning_names_is_no_statement_there(index):
    text = "A similar event hitting Murcia or Málaga could be worse, they warned, because of dense coastal building."
    assert events(text, index, "2025-10-29") == []


def test_a_halt_a_report_foresees_is_no_statement_there(index):
    text = ("The island holds roughly 11 days of liquefied natural gas, and a halt to deliveries at the Taichung "
            "terminal could force rolling blackouts, according to a report by the Taiwan Institute of Economic "
            "Research.")
    assert events(text, index, "2025-04-15") == []



def test_consulates_that_told_after_another_clauses_would_still_spoke_there(index):
    text = ("Officials at the embassy in Abuja said Nigerian applicants whose interviews had already been scheduled "
            "would be seen as planned, but consulates in Beijing, Shanghai and Guangzhou have told Chinese students to "
            "expect delays.")
    assert "beijing" in {e[0] for e in events(text, index, "2025-06-01") if e[1] == "statement"}


def test_where_a_killing_prompted_talk_is_not_where_it_happened(index):
    text = ("The killing of Mehdi Kessaci in Marseille on Thursday, shot dead in broad daylight near the Frais-Vallon "
            'housing estate, has prompted talk in Paris of a "Mexicanisation" of France.')
    assert [e[:3] for e in events(text, index, "2025-11-19")] == [("marseille", "attack", "2025-11-13")]


def test_a_tsunami_evacuation_tower_funded_is_no_disaster(index):
    text = ("On Tuesday, the Clatsop County commission voted to delay funding for a new tsunami evacuation tower in "
            "Warrenton, citing budget shortfalls.")
    assert [e for e in events(text, index, "2025-05-15") if e[1] == "disaster"] == []
