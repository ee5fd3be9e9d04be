"""A small invented event written for the tests: protests over bread prices in Nairobi, told by
an original wire story, a syndicated copy of it with small edits, two independent reports and
an unrelated story from Santiago. The texts are fiction; only the places are real."""
from __future__ import annotations

import json
from pathlib import Path

WIRE = """Police in Nairobi said on Tuesday that at least 12 people were killed and 80 were injured
when security forces broke up protests against the rising price of bread in the city centre.
A police spokesman said 150 people had been arrested during the clashes, which began when
crowds tried to march on parliament. Shops along the main avenue stayed closed and witnesses
described tear gas drifting across the central bus station for most of the afternoon.
The government has said the bread levy is needed to balance the budget, but opposition
leaders have called for further demonstrations later in the week."""

# the same wire story as republished by another outlet: new headline, a few words changed, a credit
COPY = (WIRE.replace("Police in Nairobi said on Tuesday", "Police in Nairobi said on Tuesday evening")
        .replace("witnesses\ndescribed", "residents\ndescribed").replace("most of the afternoon", "much of the afternoon")
        + "\n(Reporting by Example Wire)")

RED_CROSS = """The Kenya Red Cross said 15 people died in Nairobi on Tuesday during protests over the price
of bread, and that its volunteers treated 95 people for injuries. Hospital staff said several of
the wounded had been hit by rubber bullets. Small groups of young men blocked roads on the
outskirts of the capital with burning tyres late into the night."""

FOLLOW_UP = """The death toll from Tuesday's bread protests in Nairobi rose to 17, the Kenya Red Cross said on
Wednesday, after two of the injured died in hospital. About 2,000 protesters gathered again in
the city centre on Wednesday, but police did not intervene and the march ended peacefully."""

SANTIAGO = """Thousands of students marched through Santiago on Thursday to demand free public transport.
Police in Chile said 30 people were arrested after a small group threw stones at a bank."""

ARTICLES = [
    ("wire.json", {"title": "Twelve killed as Nairobi bread protests turn violent", "text": WIRE,
                   "published": "2024-03-12T18:00:00Z", "source": "Example Wire"}),
    ("copy.json", {"title": "Nairobi bread protests: police say 12 dead", "text": COPY,
                   "published": "2024-03-12T21:30:00Z", "source": "Daily Example"}),
    ("redcross.json", {"title": "Red Cross says 15 dead in Nairobi protests", "text": RED_CROSS,
                       "published": "2024-03-12T23:00:00Z", "source": "Coast Herald"}),
    ("followup.json", {"title": "Nairobi protest toll rises to 17", "text": FOLLOW_UP,
                       "published": "2024-03-13T16:00:00Z", "source": "Lakeside Times"}),
    ("santiago.json", {"title": "Students march in Santiago", "text": SANTIAGO,
                       "published": "2024-03-14T20:00:00Z", "source": "Example Wire"}),
]


def write_event(raw: Path) -> Path:
    raw.mkdir(parents=True, exist_ok=True)
    for name, obj in ARTICLES:
        (raw / name).write_text(json.dumps(obj, ensure_ascii=False))
    return raw


class _LateCopy:
    """The wire story again, republished a day later by a third outlet: it arrives in a later batch."""
    name = "late_copy.json"
    obj = {"title": "Police: 12 dead in Nairobi unrest", "published": "2024-03-13T08:00:00Z", "source": "Hill Gazette",
           "text": WIRE.replace("at least 12 people were killed", "at least twelve people were killed")
           .replace("the main avenue", "the avenue") + "\nThis story was first published by Example Wire."}

    def write(self, raw: Path) -> None:
        (raw / self.name).write_text(json.dumps(self.obj, ensure_ascii=False))


LATE_COPY = _LateCopy()
