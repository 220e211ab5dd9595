-- Headline counts under the current filters. Distinct articles and officials are counted on
-- 64-bit keys (article_key, hash(speaker); bench/README.md: faster than strings at 1M
-- statements; collisions ~1e-8).
SELECT
    count(*) AS statements,
    count(DISTINCT article_key) AS articles,
    count(DISTINCT country) AS countries,
    count(DISTINCT hash(speaker)) FILTER (WHERE speaker_type = 'person') AS officials,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics);
