-- How widely quotes travel: how many quotes appear in 1, 2, 3 ... articles (10 = ten or more),
-- plus the totals for the headline numbers. Counted on 64-bit hashes of the long strings, and
-- the cluster table joined on the distinct wordings only (bench/README.md: fast at 1M).
WITH quoted AS (
    SELECT hash(quote_norm) AS wording, hash(article_id) AS article, quote_norm
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected)
    WHERE quote_norm IS NOT NULL
), wordings AS (
    SELECT w.wording, hash(coalesce(c.cluster, w.quote_norm)) AS cluster_key
    FROM (SELECT wording, any_value(quote_norm) AS quote_norm FROM quoted GROUP BY wording) w
    LEFT JOIN quote_clusters c ON c.quote_norm = w.quote_norm
), per_quote AS (
    SELECT w.cluster_key, count(DISTINCT q.article) AS articles
    FROM quoted q
    JOIN wordings w USING (wording)
    GROUP BY w.cluster_key
)
SELECT least(articles, 10) AS articles, count(*) AS quotes
FROM per_quote
GROUP BY least(articles, 10)
ORDER BY articles;
