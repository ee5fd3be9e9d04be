"""placing, session 12: a town a march set out from ("marches converged from X towards Y"; entity_words route_start) is
not the article's scene: it is no second place beside the one the march went to, so a later figure that names no
place keeps the article's one place; a town named otherwise ("protests also hit X") still is a second place
(invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed

_HEAD = "Doctors count the wounded\n\nPolice fired tear gas in Eldoret on Sunday as marchers "
_TAIL = "\n\nThe doctors said that among the injured, 14 were hit on the head by canisters."


@pytest.mark.parametrize("body, where", [
    (_HEAD + "converged from Kitale towards the county offices in Eldoret." + _TAIL, "Eldoret"),
    (_HEAD + "streamed in, many of them having marched from Kitale overnight." + _TAIL, "Eldoret"),
    (_HEAD + "gathered. Protests also hit Kitale, where shops closed." + _TAIL, "Kenya"),
])
def test_a_march_s_starting_town_is_no_second_place(nlp, body, where):
    assert placed(nlp, body)[14] == where
