-- Articles with statements under the filters, for the article picker; $search (ILIKE pattern)
-- matches the title, outlet or file name. Articles are counted on article_key, the 64-bit hash
-- of the id that statements_wide carries, with no string read: only the newest (those from
-- the date of the $limit-th on, ties included; all of them when it has no date) are read again
-- for their id, title and outlet (at 10M statements under a country and four years: 124 ms
-- -> 104 ms; bench/README.md, item 29).
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
), cut AS (
    SELECT min(published) AS published, count(*) > count(published) AS undated
    FROM (SELECT published FROM counted ORDER BY published DESC NULLS LAST LIMIT $limit)
), shortlist AS (
    SELECT *
    FROM counted
    WHERE published >= (SELECT published FROM cut) OR (SELECT undated FROM cut)
), named AS (  -- the same values in every row of an article: read from articles
    SELECT hash(article_id) AS article_key, article_id, title, source AS outlet
    FROM articles
    WHERE hash(article_id) IN (SELECT article_key FROM shortlist)
)
SELECT n.article_id, n.title, n.outlet, s.published, s.date_precision, s.statements,
       s.tighten, s.ease
FROM shortlist s
JOIN named n USING (article_key)
ORDER BY s.published DESC NULLS LAST, n.article_id
LIMIT $limit;
