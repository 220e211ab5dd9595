-- Headline counts under the current filters.
SELECT
    count(*) AS statements,
    count(DISTINCT article_id) AS articles,
    count(DISTINCT country) AS countries,
    count(DISTINCT speaker) FILTER (WHERE speaker_type = 'person') AS officials,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected);
