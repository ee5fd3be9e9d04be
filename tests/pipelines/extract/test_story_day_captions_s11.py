"""The story-day carry, session 11 (invented text): a photo caption's day is the picture's, not the
story's (annotate._caption); a count "over five days" counts over a span (span_cue) and takes no
story day."""
from datetime import date

from .helpers import run

FRI = date(2025, 1, 10)        # published on Friday
TUE = date(2025, 1, 7)


def days(nlp, body, published=FRI):
    return {(f.category, f.value): f.event_date for f in run(nlp, body, published=published)}


def test_a_captions_day_is_no_story_day(nlp):
    got = days(nlp, "Curfew in Dorvel as unrest spreads\n\n"
                    "A burned-out bus in central Dorvel on Jan. 7, after a night of clashes. (Jane Roe/AFP/Getty Images)\n\n"
                    "DORVEL — The governor said Friday he had imposed a curfew on the port city.\n\n"
                    "Doctors at the main hospital treated 35 people for gunshot wounds.")
    assert got == {("injured", 35): None}


def test_a_photo_by_caption_lends_no_day(nlp):
    got = days(nlp, "Curfew in Dorvel as unrest spreads\n\n"
                    "Riot police in Dorvel on Jan. 7. Photo by Jane Roe\n\n"
                    "DORVEL — The governor said Friday he had imposed a curfew on the port city.\n\n"
                    "Doctors at the main hospital treated 35 people for gunshot wounds.")
    assert got == {("injured", 35): None}


def test_the_lead_bodys_day_still_carries(nlp):
    got = days(nlp, "Curfew in Dorvel as unrest spreads\n\n"
                    "DORVEL — Soldiers shot dead 9 demonstrators in Dorvel on Tuesday, witnesses said.\n\n"
                    "Doctors at the main hospital treated 35 people for gunshot wounds.")
    assert got == {("killed", 9): TUE, ("injured", 35): TUE}


def test_a_count_over_five_days_takes_no_story_day(nlp):
    got = days(nlp, "Curfew in Dorvel as unrest spreads\n\n"
                    "DORVEL — Soldiers shot dead 9 demonstrators in Dorvel on Tuesday, witnesses said.\n\n"
                    "Police detained 300 people over five days, a rights group said.")
    assert got == {("killed", 9): TUE, ("arrested", 300): None}
