"""placing, session 12: the toll of the whole movement ("the death toll from the unrest rose") moves the report to the country: a figure after it with no place of its own is national, not the one city the
article names (invented reports, parsed by the model)."""
from .test_placing_articles import placed

_OPENING = ("Chilean army extends curfew\n\n"
            "The army extended the curfew as it struggled to contain riots that began over fare rises in Valparaiso "
            "but spread beyond the port city.\n\n")


def test_a_movement_toll_makes_the_next_figures_national(nlp):
    body = _OPENING + ("The death toll from the unrest has meanwhile grown, after firemen found four more bodies in a "
                       "burnt shop. Earlier, at least two people were reported killed in fires at supermarkets.")
    got = placed(nlp, body)
    assert got[4] == "Chile" and got[2] == "Chile"


def test_without_the_movement_toll_the_city_still_sets_the_report(nlp):
    body = _OPENING + ("Firemen meanwhile found four more bodies in a burnt shop. Earlier, at least two people were "
                       "reported killed in fires at supermarkets.")
    got = placed(nlp, body)
    assert got[4] == "Valparaíso" and got[2] == "Valparaíso"


def test_a_movement_toll_with_a_place_in_its_sentence_is_that_place(nlp):
    body = _OPENING + ("The death toll from the unrest in Valparaiso has meanwhile grown, after firemen found four more "
                       "bodies in a burnt shop. Earlier, at least two people were reported killed in fires at "
                       "supermarkets.")
    got = placed(nlp, body)
    assert got[4] == "Valparaíso" and got[2] == "Valparaíso"
