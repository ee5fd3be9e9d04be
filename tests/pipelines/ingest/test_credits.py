import pytest

from pipelines.ingest.credits import canonical_agency, parse_credit_line

BODY = "Protesters blocked the port road for a second day, organisers said.\n"


@pytest.mark.parametrize("line,outlet,agencies", [
    ("( Jowharwith AFP and REUTERS)", "Jowhar", ["AFP", "Reuters"]),
    ("(Brackenford Echowith Xinhua)", "Brackenford Echo", ["Xinhua"]),
    ("(Lirra Daily with Associated Press, EFE and dpa)", "Lirra Daily", ["AP", "EFE", "DPA"]),
    ("( Mount Oskel Postwith ITAR-TASS / Interfax )", "Mount Oskel Post", ["TASS", "Interfax"]),
    ("(Sefari Voice with RIA Novosti & Sputnik)", "Sefari Voice", ["RIA Novosti", "Sputnik"]),
    ("(Qarn Times with Anadolu Agency; Bernama.)", "Qarn Times", ["Anadolu", "Bernama"]),
    ("(with AFP)", None, ["AFP"]),
    ("(AFP)", None, ["AFP"]),
    ("(Reuters/AP)", None, ["Reuters", "AP"]),
    ("(Toska Herald with afp and Afp)", "Toska Herald", ["AFP"]),
])
def test_credit_lines(line, outlet, agencies):
    assert parse_credit_line(BODY + line) == (outlet, agencies)


@pytest.mark.parametrize("text", [
    BODY,
    BODY + "(in the old quarter)",
    BODY + "(Harlow Gazette with local volunteers)",   # no known agency: not a credit line
    "(AFP) Police said the march was peaceful.",       # not at the end
    BODY + "(AFP)\nMore text after it.",
])
def test_not_credit_lines(text):
    assert parse_credit_line(text) == (None, [])


@pytest.mark.parametrize("alias,agency", [("Agence France-Presse", "AFP"), ("the associated press", "AP"),
                                          ("REUTERS", "Reuters"), ("Press Trust of India", "PTI"), ("Nobody", None)])
def test_canonical_agency(alias, agency):
    assert canonical_agency(alias) == agency
