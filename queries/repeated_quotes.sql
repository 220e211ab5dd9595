-- Quotes by how many articles report them. Near-identical wordings share a cluster
-- (stance/store/quote_clusters.py); a quote repeated within one article counts once.
-- Fast at 1M statements (bench/README.md): clusters are counted on the 64-bit keys that
-- statements_wide carries (cluster_key, article_key, wording), never on the long strings; only
-- the clusters that can make the top $limit (at least as many articles as the $limit-th) get
-- their outlet and wording counts; exact ties at the cut are broken by cluster key; the texts
-- (first report, representative wording) are read for the chosen clusters' first rows only.
WITH quoted AS (
    SELECT cluster_key, wording, article_key, outlet, published, date_precision
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE cluster_key IS NOT NULL
), reach AS (
    SELECT cluster_key, count(DISTINCT article_key) AS articles
    FROM quoted
    GROUP BY cluster_key
    HAVING count(DISTINCT article_key) >= $min_articles
), shortlist AS (
    SELECT cluster_key
    FROM reach
    WHERE articles >= (SELECT min(articles)
                       FROM (SELECT articles FROM reach ORDER BY articles DESC LIMIT $limit))
), ranked AS (
    SELECT
        q.cluster_key,
        count(DISTINCT q.article_key) AS articles,
        count(DISTINCT q.outlet) AS outlets,
        count(*) AS statements,
        count(DISTINCT q.wording) AS wordings,
        min(q.published) AS first_seen,
        arg_min(q.date_precision, q.published) AS first_precision
    FROM quoted q
    SEMI JOIN shortlist s USING (cluster_key)
    GROUP BY q.cluster_key
    ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster_key
    LIMIT $limit
), details AS (
    SELECT
        r.cluster_key,
        arg_min(f.wide_row, (f.published, f.article_id)) AS first_row,
        arg_min(f.outlet, (f.published, f.article_id)) AS first_outlet,
        arg_min(f.article_id, (f.published, f.article_id)) AS first_article,
        string_agg(DISTINCT f.speaker, '; ' ORDER BY f.speaker) AS speakers,
        mode(f.country) AS country,
        mode(f.stance) AS stance
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics) f
    JOIN ranked r USING (cluster_key)
    GROUP BY r.cluster_key
), firsts AS (
    -- the first report's wording, and the cluster's representative (the wording itself when
    -- it has no cluster)
    SELECT d.cluster_key, f.quote, f.statement_id AS first_statement,
           coalesce(c.cluster, f.quote_norm) AS cluster
    FROM details d
    JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics) f ON f.wide_row = d.first_row
    LEFT JOIN quote_clusters c ON c.quote_norm = f.quote_norm
)
SELECT
    t.cluster, t.quote, r.articles, r.outlets, r.statements, r.wordings, r.first_seen,
    r.first_precision,
    d.first_outlet, d.first_article, t.first_statement, d.speakers, d.country, d.stance
FROM ranked r
JOIN details d USING (cluster_key)
JOIN firsts t USING (cluster_key)
ORDER BY r.articles DESC, r.outlets DESC, r.statements DESC, r.first_seen, t.cluster;
