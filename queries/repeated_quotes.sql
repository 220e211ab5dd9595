-- Quotes by how many articles report them. Near-identical wordings share a cluster
-- (stance/store/quote_clusters.py); a quote repeated within one article counts once.
-- Fast at 1M statements (bench/README.md): clusters are counted on the 64-bit keys that
-- statements_wide carries (cluster_key, article_key), never on the long strings; only the
-- clusters that can make the top $limit are read again for their outlets, wordings, first
-- report and speakers (repeated_quote_rows, queries/store/schema.sql).
WITH reach AS (
    SELECT cluster_key, count(DISTINCT article_key) AS articles
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE cluster_key IS NOT NULL
    GROUP BY cluster_key
)
SELECT *
FROM repeated_quote_rows('reach', $min_articles, $limit, $country, $target, $stance, $from,
                         $to, $outlet, $dataset, $corrected, $all_topics)
ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster;
