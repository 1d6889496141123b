"""Closed vocabularies of the `claims` table, exactly as ../shared/real/LABELING.md defines them."""

CLAIMANTS = (
    "ua_president", "ua_presidential_office", "ua_mod", "ua_ses", "ua_prosecutor", "ua_other",
    "ru_mod", "ru_kremlin", "ru_other", "un", "us_gov", "uk_gov", "other_gov", "independent", "other",
)
SUBJECTS = ("ru_military", "ua_military", "civilians", "children", "all_military")
METRICS = (
    "killed", "wounded", "captured", "missing", "casualties",
    "tanks", "armored_vehicles", "tanks_armored", "artillery", "mlrs", "air_defense", "aircraft",
    "helicopters", "uav", "cruise_missiles", "ships", "submarines", "vehicles", "fuel_tanks",
    "srbm", "ground_robots", "special_equipment",
)
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")
SCOPES = ("cumulative", "period", "event")
DOC_KINDS = ("article", "ministry_post", "un_update")
REJECT_STAGES = ("fetch", "store", "parse", "extract", "validate")
