-- repeated_quotes.sql with each quote's articles from agg_quotes (stance/store/aggregates.py):
-- an article is in one dataset, so a quote's articles are a sum over the datasets shown, and
-- the clusters that can make the top $limit are found without reading a statement; only their
-- statements are then read (repeated_quote_rows, queries/store/schema.sql).
WITH reach AS (
    SELECT cluster_key, sum(articles) AS articles
    FROM agg_quote_cells($dataset, $corrected, $all_topics)
    GROUP BY cluster_key
)
SELECT *
FROM repeated_quote_rows('reach', $min_articles, $limit, $country, $target, $stance, $from,
                         $to, $outlet, $dataset, $corrected, $all_topics)
ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster;
