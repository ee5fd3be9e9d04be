"""Session 13: places of a sub-count after a per-place list, of "X's Y township", and of a figure whose sentence
names a country only as an outlet's owner. Invented sentences and towns."""
from __future__ import annotations

from .test_placing_articles import placed


def test_a_subcount_after_a_per_place_list_is_the_lists_total(nlp):
    body = ("Protests spread across Nigeria on Monday. Six were killed in Dabaru, four in Mallowa and one in Hlegyi. "
            "Three of them were children, the rights group said.")
    got = placed(nlp, body)
    assert got[6] == "Dabaru" and got[4] == "Mallowa" and got[1] == "Hlegyi"
    assert got[3] == "Nigeria"


def test_a_subcount_after_one_place_keeps_it(nlp):
    body = "Police killed seven protesters in Dabaru, Nigeria, on Monday. Three of them were children, the rights group said."
    assert placed(nlp, body)[3] == "Dabaru"


def test_a_township_of_a_region_is_the_place(nlp):
    body = "Protests spread across Myanmar. Soldiers killed 9 people in Sagaing's Thinbyu township on Sunday, residents said."
    assert placed(nlp, body)[9] == "Thinbyu"


def test_a_market_of_a_city_gives_the_city(nlp):
    body = "Protests spread across Myanmar. Soldiers detained 40 people in Mandalay's Zegyo market on Sunday, residents said."
    assert placed(nlp, body)[40] == "Mandalay"


def test_an_outlets_country_does_not_place_the_figure(nlp):
    body = "Belarusian authorities detained 7,000 people in four days of protests, Russia's TASS news agency reported."
    assert placed(nlp, body)[7000] == "Belarus"


def test_an_outlets_country_that_is_the_articles_stays(nlp):
    body = "Russian police detained 300 people in four days of protests, Russia's TASS news agency reported."
    assert placed(nlp, body)[300] == "Russia"


def test_a_town_set_after_an_adjective_and_its_kind_places_the_item_before_it(nlp):
    body = "Protests spread across Peru. Police arrested 50 people in Dabaru and 30 in the nearby town of Mallowa."
    got = placed(nlp, body)
    assert got[50] == "Dabaru" and got[30] == "Mallowa"


def test_a_town_on_a_road_does_not_take_the_item(nlp):
    body = "Protests spread across Peru. Police arrested 50 people in Dabaru and 30 as they marched on the road to Mallowa."
    assert placed(nlp, body)[30] == "Dabaru"


def test_a_hospital_named_after_the_articles_town_places_at_the_town(nlp):
    body = ("Protests erupted in Nakuru, Kenya, on Monday. Police said 50 people were injured in Bahati.\n"
            "Twelve police officers were admitted to the Nakuru General Hospital (NGH), the Daily Nation said.\n"
            "Seven journalists were among those treated at the NGH, it added.")
    got = placed(nlp, body)
    assert got[12] == "Nakuru" and got[7] == "Nakuru"


def test_a_hospital_said_to_lie_in_another_town_places_there(nlp):
    body = ("Protests erupted in Nakuru, Kenya, on Monday. Police said 50 people were injured.\n"
            "Twelve police officers were admitted to the Nakuru General Hospital in Bahati, the Daily Nation said.")
    assert placed(nlp, body)[12] == "Bahati"


def test_a_hospital_named_after_a_town_the_article_never_names_places_nothing(nlp):
    body = ("Protests erupted across Kenya on Monday. Police said 50 people were injured.\n"
            "Twelve police officers were admitted to the Molo General Hospital, the Daily Nation said.")
    assert placed(nlp, body)[12] == "Kenya"


def test_a_district_of_a_city_with_a_bearing_is_the_place(nlp):
    body = "Protests spread across Myanmar. Soldiers killed 9 people in Mandalay's southern Thinbyu district on Sunday."
    assert placed(nlp, body)[9] == "Thinbyu"


def test_the_suburb_of_a_city_is_the_place(nlp):
    body = "Protests spread across Kenya. Police killed 5 people in the Nairobi suburb of Kitengela on Sunday."
    assert placed(nlp, body)[5] == "Kitengela"


def test_a_suburb_named_alone_is_the_place(nlp):
    body = "Protests spread across Kenya. Police killed 5 people in the suburb of Kitengela on Sunday."
    assert placed(nlp, body)[5] == "Kitengela"


def test_a_list_item_in_nearby_town_takes_that_town(nlp):
    body = "Protests spread across Kenya. Police killed 5 people in Kisumu and 3 in nearby Siaya."
    got = placed(nlp, body)
    assert got[5] == "Kisumu" and got[3] == "Siaya"


def test_a_city_the_country_owns_is_the_place(nlp):
    body = "Protests spread across Myanmar. Security forces killed 6 people in Myanmar's second city Mandalay on Sunday."
    assert placed(nlp, body)[6] == "Mandalay"


def test_a_country_owning_a_body_does_not_locate_the_town_after_it(nlp):
    body = "Protests spread across Myanmar. Myanmar's junta said 12 people were killed in Hlegyi township."
    assert placed(nlp, body)[12] == "Hlegyi"


def test_more_held_in_two_towns_do_not_continue_the_place_before(nlp):
    body = "Protests spread across Belarus. In Minsk, riot police detained 700 people, while 300 more were held in Hrodna and Brest."
    got = placed(nlp, body)
    assert got[700] == "Minsk" and got[300] == "Belarus"


def test_more_held_with_no_place_continue_the_place_before(nlp):
    body = "Protests spread across Belarus. In Minsk, riot police detained 700 people, and 300 more were held overnight."
    assert placed(nlp, body)[300] == "Minsk"


def test_a_country_with_a_bearing_after_the_city_only_locates_it(nlp):
    body = ("At least three people died after a fire broke out in a government building during protests in Kisumu, "
            "western Kenya.\nThe fire started on Friday evening at the county assembly building. According to the "
            "Red Cross, two people died at the scene.")
    got = placed(nlp, body)
    assert got[3] == "Kisumu" and got[2] == "Kisumu"


def test_a_country_named_on_its_own_after_the_city_is_a_national_mark(nlp):
    body = ("At least three people died after a fire broke out in a government building during protests in Kisumu.\n"
            "Protests spread across western Kenya on Saturday. According to the Red Cross, two people died.")
    assert placed(nlp, body)[2] == "Kenya"


def test_a_township_of_a_named_region_kind_is_the_place(nlp):
    body = "Protests spread across Myanmar. Soldiers killed 11 villagers in Sagaing region's Thinbyu township on Tuesday."
    assert placed(nlp, body)[11] == "Thinbyu"
