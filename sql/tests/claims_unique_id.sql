-- claim_id is unique in claims.
select claim_id, count(*) as n from claims group by claim_id having count(*) > 1
