"""placing, session 12: one fact stated twice keeps one row; when the first telling is placed only at the country and
the repeat's own sentence names a sub-national place of that country, the row takes that place (GOLD_SPEC_V2: the
most specific place the text ties the figure to), unless the first telling's sentence makes it national (invented
reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, where", [
    ("Ecuador rejects protest demands\n\n"
     "Ecuador on Wednesday rejected the protesters' demands and said 14 police officers were missing after an assault "
     "on a barracks.\n\n"
     "Around 60 people have been hurt in a week of protests. The minister said the 14 officers were missing after "
     "the assault on the barracks in the city of Tena.", 14, "Tena"),
    ("Kenya protest toll\n\n"
     "Rights monitors said on Friday that 27 people have died in the protests nationwide.\n\n"
     "Monitors said 27 people have died since the protests began in Kisumu last month.", 27, "Kenya"),
])
def test_a_restatement_lends_its_place_to_a_national_first_telling(nlp, body, value, where):
    assert placed(nlp, body)[value] == where
