-- One row per speaker country: how much it says, through how many voices, and its stance mix.
-- Distinct articles and officials are counted on 64-bit keys (article_key, hash(speaker);
-- bench/README.md: faster than strings at 1M statements; collisions ~1e-8).
SELECT
    country,
    count(*) AS statements,
    count(DISTINCT article_key) AS articles,
    count(DISTINCT outlet) AS outlets,
    count(DISTINCT hash(speaker)) FILTER (WHERE speaker_type = 'person') AS officials,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral,
    most_common(histogram(target)) AS main_target,
    min(published) AS first_seen,
    max(published) AS last_seen,
    arg_min(date_precision, published) AS first_precision,
    arg_max(date_precision, published) AS last_precision
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE country IS NOT NULL
GROUP BY country
ORDER BY statements DESC, country
LIMIT $limit;
