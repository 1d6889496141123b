"""The ministry-post reader on all 331 real posts, against the two reference series."""

import csv
import json
from datetime import date, datetime

import pytest

from casualty_claims.ministry import parse_ministry_post
from casualty_claims.parse import document_text
from tests.conftest import MINISTRY

# Reference keys (PetroIvaniuk equipment file) per metric.
PETRO = {
    "tanks": "tank", "armored_vehicles": "APC", "artillery": "field artillery", "mlrs": "MRL",
    "air_defense": "anti-aircraft warfare", "aircraft": "aircraft", "helicopters": "helicopter", "uav": "drone",
    "ships": "naval ship", "submarines": "submarines", "cruise_missiles": "cruise missiles",
    "special_equipment": "special equipment", "srbm": "mobile SRBM system", "fuel_tanks": "fuel tank",
}
ROMAN = {"killed": "personnel", "tanks": "tanks", "air_defense": "aaws", "vehicles": "vehicles_fuel_tanks", "artillery": "artillery"}

# Where the post itself differs from the PetroIvaniuk series. The post is the truth.
# (date, metric): (value in the post, reason)
EXCEPTIONS = {
    ("2022-06-03", "artillery"): (661, "post repeats the previous day's total 661 beside '(+14)'; the series has 675"),
    ("2023-10-02", "tanks"): (4717, "series shifted by its maintainer (correction file: tank +5 on 2023-10-03); romansverdan has 4717"),
    ("2023-10-02", "air_defense"): (540, "series differs from the post; romansverdan has 540 like the post"),
    ("2023-10-23", "killed"): (294799, "typo in the post (294700 + 99); both series have 294700"),
    ("2023-11-13", "killed"): (311550, "typo in the post (312550 with a digit swapped); both series have 312550"),
    ("2023-11-24", "vehicles"): (10230, "series has 10232; romansverdan has 10230 like the post"),
}
# The 2023-12-29 post is headed "to 28.12.23" although it was published on 29.12 with that day's figures.
DATE_EXCEPTIONS = {"2023-12-29": "2023-12-28"}


def _posts(manifest, fmt):
    for rel, row in sorted(manifest.items()):
        if rel.startswith(f"ua_mod/{fmt}/"):
            yield rel, row, datetime.fromisoformat(row.get("published") or row["date"]).date()


@pytest.fixture(scope="module")
def reference():
    petro_p = {r["date"]: r for r in json.loads((MINISTRY / "reference/petroivaniuk_russia_losses_personnel.json").read_text())}
    petro_e = {r["date"]: r for r in json.loads((MINISTRY / "reference/petroivaniuk_russia_losses_equipment.json").read_text())}
    with (MINISTRY / "reference/romansverdan_russia_losses.csv").open() as handle:
        roman = {r["date"]: r for r in csv.DictReader(handle)}
    return petro_p, petro_e, roman


def _expected(metric, day, reference):
    petro_p, petro_e, _ = reference
    if metric == "killed":
        return petro_p[day]["personnel"]
    if metric == "vehicles":
        return petro_e[day].get("vehicles and fuel tanks", petro_e[day].get("military auto"))
    return petro_e[day].get(PETRO[metric])


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_every_real_post_matches_the_reference(manifest, reference, fmt):
    posts = list(_posts(manifest, fmt))
    assert len(posts) == {"txt": 331, "html": 330}[fmt]
    checked, seen_exceptions = 0, set()
    for rel, row, published in posts:
        raw = (MINISTRY / rel).read_bytes()
        text = document_text(raw, "text/html" if fmt == "html" else "text/plain")
        claims = parse_ministry_post(text, published)
        assert claims, f"{rel}: no claims"
        day = row["date"]
        cumulative = {c.metric: c for c in claims if c.scope == "cumulative"}
        assert {"killed", "tanks", "armored_vehicles", "artillery", "aircraft"} <= cumulative.keys(), rel
        for metric, claim in cumulative.items():
            assert claim.as_of.isoformat() == DATE_EXCEPTIONS.get(day, day), rel
            assert claim.claimant == "ua_mod" and claim.subject == "ru_military"
            assert claim.qualifier == ("approx" if metric == "killed" else "exact"), (rel, metric)
            assert text[claim.evidence_start:claim.evidence_end].endswith(str(claim.value)[-3:]), (rel, metric)
            if (day, metric) in EXCEPTIONS:
                assert claim.value == EXCEPTIONS[(day, metric)][0], (rel, metric)
                seen_exceptions.add((day, metric))
            else:
                assert claim.value == _expected(metric, day, reference), (rel, metric, claim.value)
            checked += 1
    # Every listed exception occurs in the posts of this format that hold that day.
    days = {row["date"] for _, row, _ in posts}
    assert seen_exceptions == {k for k in EXCEPTIONS if k[0] in days}
    assert checked > 4000


def test_exceptions_agree_with_the_second_series_where_it_says_so(reference):
    _, _, roman = reference
    for (day, metric), (value, reason) in EXCEPTIONS.items():
        if "romansverdan has" in reason:
            assert int(roman[day][ROMAN[metric]]) == value, (day, metric)


def test_stated_changes_are_period_claims(manifest):
    text = (MINISTRY / "ua_mod/txt/2022-08-16_milgovua_en.txt").read_text(encoding="utf-8")
    claims = {(c.metric, c.scope): c for c in parse_ministry_post(text, date(2022, 8, 16))}
    assert claims[("killed", "period")].value == 150
    assert claims[("killed", "cumulative")].value == 43900
    assert claims[("tanks", "period")].value == 4
    assert claims[("killed", "period")].qualifier == "exact"  # "about" belongs to the total only


def test_change_without_total_and_empty_change():
    only_change = (MINISTRY / "ua_mod/txt/2022-07-31_milgovua_en.txt").read_text(encoding="utf-8")
    claims = {(c.metric, c.scope): c.value for c in parse_ministry_post(only_change, date(2022, 7, 31))}
    assert claims[("vehicles", "period")] == 2
    assert ("vehicles", "cumulative") not in claims
    empty = (MINISTRY / "ua_mod/txt/2023-09-28_kmugovua_en.txt").read_text(encoding="utf-8")
    claims = {(c.metric, c.scope): c.value for c in parse_ministry_post(empty, date(2023, 9, 28))}
    assert claims[("armored_vehicles", "cumulative")] == 8962
    assert ("armored_vehicles", "period") not in claims


def test_label_that_lost_its_first_word():
    # The 2024-01-07 post reads "-aircraft warfare systems ‒ 637 (+4)": "Anti" is missing in the post.
    text = (MINISTRY / "ua_mod/txt/2024-01-07_kmugovua_en.txt").read_text(encoding="utf-8")
    claims = {(c.metric, c.scope): c.value for c in parse_ministry_post(text, date(2024, 1, 7))}
    assert claims[("air_defense", "cumulative")] == 637
    assert claims[("aircraft", "cumulative")] == 329


@pytest.mark.parametrize("broken", ["Anti-aircraft\nwarfare systems ‒ 63 (+1),", "Anti\n-aircraft warfare systems ‒ 63 (+1),"])
def test_label_broken_across_two_lines(broken):
    text = f"The total combat losses of the enemy from 24.02 to 12.04 were approximately:\ntanks ‒ 732 (+5),\n{broken}\naircraft – 157 (+0)."
    claims = {(c.metric, c.scope): c for c in parse_ministry_post(text, date(2022, 4, 12))}
    assert claims[("air_defense", "cumulative")].value == 63
    assert text[claims[("air_defense", "cumulative")].evidence_start:].startswith("Anti")
    assert claims[("aircraft", "cumulative")].value == 157
    assert claims[("tanks", "period")].value == 5


def test_ukrainian_headline_restating_figures_is_not_read_twice():
    text = (MINISTRY / "ua_mod/txt/2022-07-08_milgovua_uk.txt").read_text(encoding="utf-8")
    claims = parse_ministry_post(text, date(2022, 7, 8))
    tanks = [c for c in claims if c.metric == "tanks" and c.scope == "cumulative"]
    assert len(tanks) == 1 and tanks[0].value == 1637
    assert tanks[0].evidence_start > text.index("\n")  # read from the list, not the headline
    assert {c.metric for c in claims} >= {"killed", "uav", "cruise_missiles", "ships", "vehicles", "special_equipment"}


def test_bilingual_repost():
    text = (MINISTRY / "ua_mod/txt/2024-02-19_repost-cripo_uk-en.txt").read_text(encoding="utf-8")
    claims = {(c.metric, c.scope): c.value for c in parse_ministry_post(text, date(2024, 2, 19))}
    assert claims[("killed", "cumulative")] == 403720
    assert claims[("killed", "period")] == 1290
    assert claims[("submarines", "cumulative")] == 1
    assert claims[("vehicles", "cumulative")] == 12767


def test_telegram_wording_of_today_on_one_line_with_space_separators():
    # Our own sentence in the General Staff's current Telegram layout.
    text = ("Загальні бойові втрати противника з 24.02.22 по 21.11.26 орієнтовно склали: "
            "особового складу ‒ близько 1 187 430 (+1 040) осіб ліквідовано, танків ‒ 11 350 (+3) од, "
            "бойових броньованих машин ‒ 23\u00a0560 (+9) од, наземних робототехнічних комплексів ‒ 212 (+4), "
            "оперативно-тактичного рівня БпЛА ‒ 322 917 (+1 210).")
    claims = {(c.metric, c.scope): c for c in parse_ministry_post(text, date(2026, 11, 21))}
    assert claims[("killed", "cumulative")].value == 1187430
    assert claims[("killed", "cumulative")].qualifier == "approx"
    assert claims[("killed", "period")].value == 1040
    assert claims[("tanks", "cumulative")].value == 11350
    assert claims[("armored_vehicles", "cumulative")].value == 23560
    assert claims[("ground_robots", "period")].value == 4
    assert claims[("uav", "cumulative")].value == 322917
    assert all(c.as_of == date(2026, 11, 21) for c in claims.values())


@pytest.mark.parametrize(
    ("header", "published", "expected"),
    [
        ("from 24.02 to 12.04", date(2022, 4, 12), date(2022, 4, 12)),
        ("from 24.02 to 31.12", date(2023, 1, 1), date(2022, 12, 31)),  # year inferred: not after publication
        ("from 24.02.22 to 01.05.23", date(2023, 5, 1), date(2023, 5, 1)),
        ("from 24.02.2022 to 01.05.2023", date(2023, 5, 1), date(2023, 5, 1)),
    ],
)
def test_report_date_forms(header, published, expected):
    text = f"The total combat losses of the enemy {header} were approximately:\ntanks ‒ 10 (+1),"
    assert {c.as_of for c in parse_ministry_post(text, published)} == {expected}


def test_dash_variants_and_thousands_separators():
    text = "Total combat losses of the enemy from 24.02 to 12.04 were approximately:\npersonnel — about 19,600,\ntanks - 732,\nAPV ‒ 1 946,\nMLRS – 111."
    claims = {c.metric: c.value for c in parse_ministry_post(text, date(2022, 4, 12))}
    assert claims == {"killed": 19600, "tanks": 732, "armored_vehicles": 1946, "mlrs": 111}


def test_not_a_ministry_post():
    assert parse_ministry_post("Zelensky said 9,000 Russian soldiers were killed.", date(2022, 3, 3)) == []
