"""`unrest explain` on --text, a .txt file and an article id in a real DuckDB warehouse."""
import json

from assets.cli.reader import open_reader

from assets.cli import main

TEXT = "Nazarbayev, 81, said 12 protesters were injured in the capital."


def _json(capsys):
    out = capsys.readouterr()
    return json.loads(out.out)


def test_explain_text_as_json(capsys):
    assert main(["explain", "--text", TEXT, "--json"]) == 0
    rows = _json(capsys)
    assert [(r["text"], r["char_start"]) for r in rows] == [("81", 12), ("12", 21)]
    assert set(rows[0]) == {"text", "char_start", "stages", "figure"}
    assert rows[0]["figure"] is None and rows[0]["stages"][-1]["rule"] == "age_after_name"
    assert set(rows[1]["stages"][0]) == {"stage", "decision", "rule"}
    assert rows[1]["figure"]["category"] == "injured" and rows[1]["figure"]["quote"] == "12 protesters were injured"


def test_explain_file_and_article_id(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text("Calm returns\n\n" + TEXT + "\n", encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    assert "-> figure: injured 12" in capsys.readouterr().out
    raw, data = tmp_path / "raw", tmp_path / "data"      # a real run puts the article in the warehouse
    raw.mkdir()
    (raw / "report.txt").write_text("Calm returns\n\n" + TEXT + "\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    with open_reader(data) as con:
        (article_id,) = con.execute("SELECT article_id FROM articles").fetchone()
    capsys.readouterr()
    assert main(["explain", article_id, "--data", str(data), "--json"]) == 0
    assert [r["text"] for r in _json(capsys)] == ["81", "12"]


def test_explain_unknown_article_is_a_clear_error(tmp_path, capsys):
    assert main(["explain", "nosuch", "--data", str(tmp_path)]) == 1
    assert "no warehouse" in capsys.readouterr().err
    assert main(["explain"]) == 2
