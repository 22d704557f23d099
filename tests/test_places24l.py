"""Places from the twenty-fourth session's audit of Latin American crime and security reporting
(cartel violence in Mexico, Ecuador's gangs, police raids in Rio de Janeiro's favelas, Central
America, Peru and Chile, Rosario)."""

from readings import places


def _found(text, index, name):
    return [p for p in places(text, index) if p[0] == name]


# 1. A Spanish or Portuguese street's word before a country's name makes it the street's.

def test_avenida_brasil_is_a_street_not_brazil(index):
    text = ("RIO DE JANEIRO, June 11 (Reuters) - Schools and health clinics in the area were closed, and several "
            "bus lines were suspended along Avenida Brasil.")
    assert _found(text, index, "Brasil") == []
    assert _found(text, index, "RIO DE JANEIRO")


# 2. A place's name after a given name no place has, quoted and described after a comma, is a surname.

def test_a_quoted_activist_named_santiago_is_no_place(index):
    text = ("Police stormed the Complexo do Alemao favela in the north of Rio de Janeiro.\n\n"
            "\"This is a war zone,\" said Raull Santiago, an activist from the Complexo do Alemão. "
            "\"Innocent people are dying.\"")
    assert _found(text, index, "Santiago") == []
    assert ("Rio de Janeiro", "Rio de Janeiro", "BR", "city", "place") in places(text, index)


# 3. "the Rio Grande" is the river, not a Mexican town so named.

def test_across_the_rio_grande_is_the_river(index):
    text = ("MEXICO CITY, June 11 (Reuters) - Mexican authorities arrested 37 people in raids across the northern "
            "border state of Tamaulipas and the State of Mexico this week.\n\n"
            "In Reynosa, across the Rio Grande from McAllen, Texas, marines freed nine migrants from Honduras and "
            "Venezuela held in a safe house, the Navy said. Separate raids in Nuevo Laredo and Matamoros netted "
            "weapons and 2 million pesos in cash. A U.S. State Department travel advisory lists Tamaulipas, "
            "Sinaloa, Michoacan, Guerrero, Zacatecas and Colima.")
    assert [p[3] for p in _found(text, index, "Rio Grande")] == ["region"]


# 4. Favelas a raid story puts in Rio de Janeiro (one the gazetteer knows only as a town far off), and
# the gazetteer's additions: towns and districts the crime news of Ecuador, Peru and Argentina names.

def test_penha_a_rio_raid_story_calls_a_favela_is_no_town_of_santa_catarina(index):
    text = ("Deadly Rio police raid in Complexo do Alemão and Penha\n\n"
            "RIO DE JANEIRO, June 11 (Reuters) - At least 18 people were killed on Wednesday when Brazilian police "
            "stormed the Complexo do Alemao and Penha favelas in the north of Rio de Janeiro in an operation "
            "against the Comando Vermelho drug gang, officials said.\n\n"
            "Residents of Vila Cruzeiro, a community at the foot of the Penha hill, carried bodies to a square "
            "overnight. Police also raided communities in Maré and in the Baixada Fluminense town of Duque de "
            "Caxias.")
    found = {p[0]: p for p in places(text, index)}
    assert "Penha" not in found  # (all three mentions: the favela, not Penha of Santa Catarina, 700 km off)
    assert found["Vila Cruzeiro"][2] == "BR"
    assert found["Baixada Fluminense"][3] == "region"
    assert found["Duque de Caxias"][2] == "BR"


def test_towns_and_districts_of_ecuador_peru_and_argentina(index):
    text = ("QUITO, June 12 (Reuters) - Mining sites around Ponce Enríquez, in Azuay, have become a battleground "
            "between gangs fighting over illegal gold. \"The army comes, stays for a week, and leaves,\" said "
            "Marcia Cortez, a teacher in Tachina.\n\n"
            "\"The state has abandoned us,\" said bus driver Jorge Quispe in San Juan de Lurigancho, Lima's most "
            "populous district. Gangs in Rosario are running operations from prison cells in Piñero.")
    names = {p[0]: p[2] for p in places(text, index)}
    assert names.get("Ponce Enríquez") == "EC"
    assert names.get("Tachina") == "EC"
    assert names.get("San Juan de Lurigancho") == "PE"
    assert names.get("Piñero") == "AR"
