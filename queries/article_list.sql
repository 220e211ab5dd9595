-- Articles with statements under the filters, for the article picker; $search (ILIKE pattern)
-- matches the title, outlet or file name. Articles are counted on article_key, the 64-bit hash
-- of the id that statements_wide carries, with no string read, and articles of one date follow
-- that key (no order a reader relies on: the ids are hashes too): only the page's articles are
-- read again for their id, title and outlet (bench/README.md, items 29 and 36).
WITH counted AS (
    SELECT
        article_key,
        any_value(published) AS published,
        any_value(date_precision) AS date_precision,
        count(*) AS statements,
        count(*) FILTER (WHERE stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE stance = 'ease') AS ease
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE $search = '%'
       OR title ILIKE $search ESCAPE '\'
       OR outlet ILIKE $search ESCAPE '\'
       OR article_name ILIKE $search ESCAPE '\'
    GROUP BY article_key
), page AS (
    SELECT *
    FROM counted
    ORDER BY published DESC NULLS LAST, article_key
    LIMIT $limit
), named AS (  -- the same values in every row of an article: read from articles
    SELECT hash(article_id) AS article_key, article_id, title, source AS outlet
    FROM articles
    WHERE hash(article_id) IN (SELECT article_key FROM page)
)
SELECT n.article_id, n.title, n.outlet, s.published, s.date_precision, s.statements,
       s.tighten, s.ease
FROM page s
JOIN named n USING (article_key)
ORDER BY s.published DESC NULLS LAST, s.article_key;
