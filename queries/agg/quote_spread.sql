-- quote_spread.sql from agg_quotes (stance/store/aggregates.py): how many quotes appear in 1,
-- 2, 3 ... articles (10 = ten or more). An article is in one dataset, so a quote's articles
-- are the sum of its cells over the datasets shown.
WITH per_quote AS (
    SELECT cluster_key, sum(articles) AS articles
    FROM agg_quote_cells($dataset, $corrected, $all_topics)
    GROUP BY cluster_key
)
SELECT least(articles, 10)::BIGINT AS articles, count(*) AS quotes
FROM per_quote
GROUP BY least(articles, 10)
ORDER BY articles;
