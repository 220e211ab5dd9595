-- Every report of one quote cluster ($cluster): where, when, who, in which wording.
SELECT
    f.article_id, f.published, f.outlet, f.title, f.speaker, f.role, f.country, f.stance,
    f.quote, f.statement_id
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected) f
LEFT JOIN quote_clusters c ON c.quote_norm = f.quote_norm
WHERE coalesce(c.cluster, f.quote_norm) = $cluster
ORDER BY f.published NULLS LAST, f.outlet, f.article_id
LIMIT $limit;
