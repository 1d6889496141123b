-- Every claim with its rank among the claims of the same claimant, subject, metric,
-- scope and day. Rank 1 is the chosen claim; the rest stay visible with the id of
-- the claim that overrode them.
--
-- Precedence rule, in order:
--   1. the claimant's own publication (ministry_post, un_update) over an article
--      that reports it;
--   2. the later publication over the earlier one (a correction supersedes);
--   3. the later fetched version;
--   4. an exact figure over a qualified one;
--   5. the larger figure (a restated total is not smaller than the first report);
--   6. claim_id, so that ties always break the same way.
with claims as (
    select * from stg_claims
),

documents as (
    select * from stg_documents
),

joined as (
    select
        claims.*,
        documents.url,
        documents.title,
        documents.published_at,
        documents.fetched_at,
        documents.doc_kind,
        documents.source_id
    from claims
    inner join documents on claims.doc_id = documents.doc_id
),

ranked as (
    select
        *,
        row_number() over (
            partition by claimant, subject, metric, scope, as_of
            order by
                case when doc_kind in ('ministry_post', 'un_update') then 0 else 1 end,
                published_at desc,
                fetched_at desc,
                case when qualifier = 'exact' then 0 else 1 end,
                value_point desc nulls last,
                claim_id
        ) as precedence_rank
    from joined
),

final as (
    select
        *,
        precedence_rank = 1 as is_chosen,
        first_value(claim_id) over (
            partition by claimant, subject, metric, scope, as_of
            order by precedence_rank
        ) as chosen_claim_id
    from ranked
)

select * from final
