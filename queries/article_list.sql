-- Articles with statements under the filters, for the article picker; $search (ILIKE pattern)
-- matches the title, outlet or file name. Grouped on article_key, the 64-bit hash of the id
-- that statements_wide carries (bench/README.md: faster than string keys at 1M statements).
SELECT
    any_value(article_id) AS article_id,
    any_value(title) AS title,
    any_value(outlet) AS outlet,
    any_value(published) AS published,
    any_value(date_precision) AS date_precision,
    count(*) AS statements,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE $search = '%'
   OR title ILIKE $search ESCAPE '\'
   OR outlet ILIKE $search ESCAPE '\'
   OR article_name ILIKE $search ESCAPE '\'
GROUP BY article_key
ORDER BY any_value(published) DESC NULLS LAST, article_id
LIMIT $limit;
