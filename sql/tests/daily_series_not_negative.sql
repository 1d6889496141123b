-- A loss series is never negative, and every day has a figure and its source.
select * from daily_series where value < 0 or value is null or claim_id is null or doc_id is null
