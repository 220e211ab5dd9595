-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/repeated_quotes.sql
-- in one step, every cluster counted and described from all its statements, the first report
-- read from the statements themselves.
WITH quoted AS (
    SELECT *
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE cluster_key IS NOT NULL
), ranked AS (
    SELECT
        cluster_key,
        count(DISTINCT article_key) AS articles,
        count(DISTINCT outlet) AS outlets,
        count(*) AS statements,
        count(DISTINCT wording) AS wordings,
        min(published) AS first_seen,
        arg_min(date_precision, (published, statement_id)) AS first_precision,
        arg_min(outlet, (published, statement_id)) AS first_outlet,
        arg_min(article_id, (published, statement_id)) AS first_article,
        arg_min(statement_id, (published, statement_id)) AS first_statement,
        arg_min(quote, (published, statement_id)) AS quote,
        arg_min(quote_norm, (published, statement_id)) AS quote_norm,
        string_agg(DISTINCT speaker, '; ' ORDER BY speaker) AS speakers,
        most_common(histogram(country)) AS country,
        most_common(histogram(stance)) AS stance
    FROM quoted
    GROUP BY cluster_key
    HAVING count(DISTINCT article_key) >= $min_articles
    ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster_key
    LIMIT $limit
)
SELECT
    coalesce(c.cluster, r.quote_norm) AS cluster, r.quote, r.articles, r.outlets, r.statements,
    r.wordings, r.first_seen, r.first_precision, r.first_outlet, r.first_article,
    r.first_statement, r.speakers, r.country, r.stance
FROM ranked r
LEFT JOIN quote_clusters c ON c.quote_norm = r.quote_norm
ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster;
