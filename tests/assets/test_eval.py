"""`unrest eval`: the whole pipeline on a gold folder, scored. On the shipped sample (seeds/gold),
and on the dev set of ../shared/eval, where its numbers must equal the reference scorer's."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assets.cli import main

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"


def _eval_json(gold: Path, data: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["eval", str(gold), "--data", str(data), "--json"]) == 0
    return json.loads(capsys.readouterr().out)   # progress went to stderr: stdout is only the scores


def test_eval_on_the_sample_gold_set(tmp_path, capsys):
    res = _eval_json(REPO / "seeds" / "gold", tmp_path / "data", capsys)
    assert res["articles"] == 4 and res["articles_missing_from_warehouse"] == []
    assert res["figures"]["gold"] == 17 and res["figures"]["f1"] >= 0.8
    for key in ("countries", "places", "persons", "organizations"):
        assert res[key]["gold"] > 0 and 0.0 <= res[key]["f1"] <= 1.0, key
    assert set(res["provenance"]) == {"reported_by", "reported_via", "country", "place", "date"}
    assert res["provenance"]["date"]["matched"] == res["figures"]["tp"]
    assert all(isinstance(m, str) for m in res["misses"])


def test_bad_gold_folder_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold.jsonl").write_text('{"id": "nope", "figures": []}\n')
    assert main(["eval", str(tmp_path), "--data", str(tmp_path / "data")]) == 2
    assert "no articles/nope.txt" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()   # nothing ran


def _headline(res: dict) -> dict[str, float]:
    out = {f"figures.{k}": res["figures"][k] for k in
           ("precision", "recall", "f1", "bound_accuracy_on_matched", "who_accuracy_on_matched")}
    out |= {f"category.{c}.f1": s["f1"] for c, s in res["figures_by_category"].items()}
    for key in ("countries", "places", "persons", "organizations"):
        out |= {f"{key}.{k}": res[key][k] for k in ("precision", "recall", "f1")}
    for key, s in res["provenance"].items():
        out |= {f"provenance.{key}.{k}": s[k] for k in ("accuracy_on_matched", "precision", "recall", "f1")}
    return out


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="needs ../shared/eval (the dev set and score.py)")
def test_dev_set_scores_match_the_reference_scorer(tmp_path, capsys):
    data = tmp_path / "data"
    mine = _eval_json(EVAL / "dev", data, capsys)             # the one pipeline run of this test
    ref_json = tmp_path / "reference.json"
    unrest = Path(sys.executable).with_name("unrest")     # score.py asks the warehouse through `unrest sql`
    subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "dev"), f"unrest:{data}",
                    "--json", str(ref_json)], check=True, capture_output=True, text=True, timeout=300,
                   env={**os.environ, "UNREST": str(unrest)})
    ref = _headline(json.loads(ref_json.read_text()))
    got = _headline(mine)
    assert got.keys() == ref.keys()
    off = {k: (got[k], ref[k]) for k in ref if abs(got[k] - ref[k]) > 0.01}
    assert not off, f"unrest eval and score.py disagree (mine, reference): {off}"
    assert mine["figures"]["gold"] > 100 and mine["articles_missing_from_warehouse"] == []
