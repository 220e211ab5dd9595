-- Quotes by how many articles report them. Near-identical wordings share a cluster
-- (stance/store/quote_clusters.py); a quote repeated within one article counts once.
-- Fast at 1M statements (bench/README.md): clusters are ranked on thin rows of 64-bit hashes
-- of the long strings (collisions ~1e-8 at a million values), the cluster table is joined on
-- the distinct wordings only, and the details are read for the top $limit clusters only.
WITH quoted AS (
    SELECT hash(quote_norm) AS wording, hash(article_id) AS article, outlet, published
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected)
    WHERE quote_norm IS NOT NULL
), wordings AS (
    SELECT w.wording, coalesce(c.cluster, w.quote_norm) AS cluster
    FROM (
        SELECT hash(quote_norm) AS wording, any_value(quote_norm) AS quote_norm
        FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                                 $corrected)
        WHERE quote_norm IS NOT NULL
        GROUP BY hash(quote_norm)
    ) w
    LEFT JOIN quote_clusters c ON c.quote_norm = w.quote_norm
), keyed AS (
    SELECT wording, cluster, hash(cluster) AS cluster_key FROM wordings
), ranked AS (
    SELECT
        k.cluster_key,
        any_value(k.cluster) AS cluster,
        count(DISTINCT q.article) AS articles,
        count(DISTINCT q.outlet) AS outlets,
        count(*) AS statements,
        count(DISTINCT q.wording) AS wordings,
        min(q.published) AS first_seen
    FROM quoted q
    JOIN keyed k USING (wording)
    GROUP BY k.cluster_key
    HAVING count(DISTINCT q.article) >= $min_articles
    ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster
    LIMIT $limit
), picked AS (
    SELECT k.wording, r.*
    FROM ranked r
    JOIN keyed k USING (cluster_key)
), details AS (
    SELECT p.*, f.quote, f.published, f.article_id, f.outlet, f.speaker, f.country, f.stance
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected) f
    JOIN picked p ON p.wording = hash(f.quote_norm)
    WHERE f.quote_norm IS NOT NULL
)
SELECT
    cluster,
    arg_min(quote, (published, article_id)) AS quote,
    any_value(articles) AS articles,
    any_value(outlets) AS outlets,
    any_value(statements) AS statements,
    any_value(wordings) AS wordings,
    any_value(first_seen) AS first_seen,
    arg_min(outlet, (published, article_id)) AS first_outlet,
    arg_min(article_id, (published, article_id)) AS first_article,
    string_agg(DISTINCT speaker, '; ' ORDER BY speaker) AS speakers,
    mode(country) AS country,
    mode(stance) AS stance
FROM details
GROUP BY cluster
ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster;
