-- Enumerated columns hold only the LABELING.md vocabularies (the schema checks them on load; this guards the models).
select * from stg_claims
where qualifier not in ('exact', 'approx', 'at_least', 'at_most', 'range')
    or scope not in ('cumulative', 'period', 'event')
    or subject not in ('ru_military', 'ua_military', 'civilians', 'children', 'all_military')
