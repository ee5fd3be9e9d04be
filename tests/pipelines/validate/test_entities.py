"""Planted defects in entities."""
from __future__ import annotations

from pipelines.validate import validate

from .frames import make_entities


def test_duplicate_entity_id_blocks():
    df = make_entities()
    df.loc[1, "entity_id"] = "e_paris"  # defect: duplicate key
    report = validate("entities", df)
    assert [r.rule for r in report.blocking_failures] == ["entities.entity_id_unique"]
    assert report.blocking_failures[0].failing_index == [0, 1]


def test_bad_iso_code():
    df = make_entities()
    df.loc[1, "country_code"] = "XX"  # defect: bad ISO code
    report = validate("entities", df)
    assert report.rejected() == {1: ["entities.country_code_in_iso3166"]}
    assert report.result("entities.country_code_in_iso3166").examples[0]["country_code"] == "XX"


def test_lowercase_or_alpha3_codes_are_rejected():
    df = make_entities()
    df.loc[0, "country_code"] = "fr"  # defect: lowercase code
    df.loc[1, "country_code"] = "KEN"  # defect: alpha-3 code
    assert validate("entities", df).rejected() == {
        0: ["entities.country_code_in_iso3166"], 1: ["entities.country_code_in_iso3166"]}


def test_kosovo_is_accepted():
    df = make_entities()
    df.loc[1, "country_code"] = "XK"
    assert validate("entities", df).success


def test_unknown_entity_type_and_location_kind():
    df = make_entities()
    df.loc[2, "entity_type"] = "org"  # defect: unknown entity_type
    df.loc[0, "location_kind"] = "village"  # defect: unknown location_kind
    assert validate("entities", df).rejected() == {
        2: ["entities.entity_type_in_vocabulary"], 0: ["entities.location_kind_in_vocabulary"]}


def test_coordinates_out_of_range():
    df = make_entities()
    df.loc[0, "latitude"] = 91.0  # defect: latitude out of range
    df.loc[1, "longitude"] = -180.5  # defect: longitude out of range
    assert validate("entities", df).rejected() == {
        0: ["entities.latitude_in_range"], 1: ["entities.longitude_in_range"]}


def test_coordinate_limits_are_inclusive():
    df = make_entities()
    df.loc[0, ["latitude", "longitude"]] = [90.0, -180.0]
    assert validate("entities", df).success
