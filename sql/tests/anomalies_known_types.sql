-- Every anomaly has a known type, a day and a detail.
select * from anomalies
where anomaly not in ('series_decrease', 'stated_change_mismatch', 'jump', 'gap', 'same_day_conflict')
    or day is null or detail is null
