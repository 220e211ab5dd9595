-- Every report of one quote cluster ($cluster, its representative wording): where, when, who,
-- in which wording. The cluster is found by its 64-bit key (statements_wide.cluster_key is
-- the hash of the representative), so the scan is one integer comparison per statement. The
-- first $limit reports are picked on their sort keys alone, then only those rows are read in
-- full, by position (wide_row), as queries/statements_page.sql does. Reports of one date and
-- outlet follow their article's 64-bit key, then their place in the table: sorting on the
-- article and statement ids (hashes too) read two strings of every report (at 10M statements,
-- 156 -> 76 ms; bench/README.md, item 29).
WITH picked AS (
    SELECT wide_row, published, outlet, article_key
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE cluster_key = hash($cluster)
    ORDER BY published NULLS LAST, outlet, article_key, wide_row
    LIMIT $limit
)
SELECT
    f.article_id, f.published, f.date_precision, f.outlet, f.title, f.speaker, f.role,
    f.country, f.stance, f.quote, f.statement_id
FROM picked p
JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f USING (wide_row)
ORDER BY p.published NULLS LAST, p.outlet, p.article_key, p.wide_row;
