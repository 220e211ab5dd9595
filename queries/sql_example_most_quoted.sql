-- Example: the officials quoted in the most articles, ranked within their country (articles
-- counted on article_key, a 64-bit hash of article_id: distinct integers count fast)
SELECT
    speaker, country,
    count(DISTINCT article_key) AS articles,
    count(*) AS statements,
    rank() OVER (PARTITION BY country ORDER BY count(DISTINCT article_key) DESC) AS rank_in_country
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE speaker_type = 'person'
GROUP BY speaker, country
ORDER BY articles DESC, statements DESC, speaker
LIMIT $limit;
