-- Every report of one quote cluster ($cluster, its representative wording): where, when, who,
-- in which wording. The cluster is found by its 64-bit key (statements_wide.cluster_key is
-- the hash of the representative), so the scan is one integer comparison per statement.
SELECT
    f.article_id, f.published, f.date_precision, f.outlet, f.title, f.speaker, f.role, f.country, f.stance,
    f.quote, f.statement_id
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f
WHERE f.cluster_key = hash($cluster)
ORDER BY f.published NULLS LAST, f.outlet, f.article_id, f.statement_id
LIMIT $limit;
