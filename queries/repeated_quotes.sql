-- Quotes by how many articles report them. Near-identical wordings share a cluster
-- (stance/store/quote_clusters.py); a quote repeated within one article counts once.
WITH quoted AS (
    SELECT f.*, coalesce(c.cluster, f.quote_norm) AS cluster
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected) f
    LEFT JOIN quote_clusters c ON c.quote_norm = f.quote_norm
    WHERE f.quote_norm IS NOT NULL
)
SELECT
    cluster,
    arg_min(quote, (published, article_id)) AS quote,
    count(DISTINCT article_id) AS articles,
    count(DISTINCT outlet) AS outlets,
    count(*) AS statements,
    count(DISTINCT quote_norm) AS wordings,
    min(published) AS first_seen,
    arg_min(outlet, (published, article_id)) AS first_outlet,
    arg_min(article_id, (published, article_id)) AS first_article,
    string_agg(DISTINCT speaker, '; ' ORDER BY speaker) AS speakers,
    mode(country) AS country,
    mode(stance) AS stance
FROM quoted
GROUP BY cluster
HAVING count(DISTINCT article_id) >= $min_articles
ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster
LIMIT $limit;
