"""Extraction gives the snapshot's rows on the 70 dev articles and the seed report (see snapshot.py)."""
import json

import pytest

from .snapshot import EVAL, SNAPSHOT, differences, take

pytestmark = pytest.mark.skipif(not (EVAL / "dev" / "articles").is_dir(), reason="../shared/eval is not here")


def test_extraction_rows_match_the_snapshot():
    diff = differences(json.loads(SNAPSHOT.read_text()), take())
    assert not diff, "extraction rows changed:\n" + "\n".join(diff)
