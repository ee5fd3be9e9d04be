"""Session 14: attributions and places around datelines and closing quotation tags (invented articles, whole
pipeline, NER included): a dateline closed by a spaced hyphen or written in title case is no part of the
subject after it; a title-case dateline places the report as a capitals one does; the dateline's city named
again since sets the place; a quotation of several sentences closed by '," she said' credits every sentence to
whom "she" recalls; a speaker's long apposition ("Dr X, who heads ..., told AFP") keeps the relay."""
import pytest

from tests.pipelines.extract.helpers import provenance_rows

HEAD = "Unrest in Nigeria\n\n"

# (body after the headline, value, reported_by, reported_via, place)
CASES = [
    ("IBADAN, Nigeria, May 2 (AFP) - Dr Lena Okoro said 45 people were wounded.", 45, "Lena Okoro", None, "Ibadan"),
    ("IBADAN, Nigeria (AFP) - Dr Lena Okoro told AFP that 45 people were wounded.", 45, "Lena Okoro", "AFP", "Ibadan"),
    ("Ibadan, Nigeria, May 2 (AFP) - Dr Lena Okoro told AFP that 45 people were wounded.", 45, "Lena Okoro", "AFP",
     "Ibadan"),
    # a title-case line that is a sentence, not a dateline: no dash after the place
    ("Ibadan, the state capital, was calm. Police said 45 people were wounded there on Monday.", 45, "Police", None,
     "Ibadan"),
    ("Dr Lena Okoro runs the emergency ward of the main hospital.\n\n"
     '"We have received 45 wounded since this morning. Three of them died," she said.', 45, "Lena Okoro", None, None),
    ("Dr Lena Okoro told AFP that the wards were full.\n\n"
     '"We have received 45 wounded since this morning. Three of them died," she said.', 45, "Lena Okoro", "AFP", None),
    ("Dr Lena Okoro, who heads the emergency ward at the University College Hospital in Ibadan, told AFP that the "
     'wards were full.\n\n"We have received 45 wounded since this morning," she said.', 45, "Lena Okoro", "AFP",
     "Ibadan"),
    # the dateline's city named again, with no other place since: its place
    ("IBADAN, Nigeria, May 2 (AFP) - Doctors at the main hospital in Ibadan said the wards were full.\n\n"
     '"We received 45 wounded," one doctor said.\n\nPolice said 120 people were arrested in Abeokuta.',
     45, "one doctor", None, "Ibadan"),
]


@pytest.fixture(scope="module")
def rows():
    return provenance_rows(CASES, HEAD)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:50] for c in CASES])
def test_dateline_and_quote_shapes(rows, i):
    text, value, by, via, place = CASES[i]
    got = rows[i].get(value)
    assert got is not None, rows[i]
    assert got[:2] == (by, via), rows[i]
    if place is not None:
        assert got[2] == place, rows[i]
