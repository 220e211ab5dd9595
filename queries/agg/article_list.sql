-- article_list.sql from agg_article_list (stance/store/aggregates.py): the articles with
-- statements under the filters, newest first, with their statements by side; $search (ILIKE
-- pattern) matches the title, outlet or file name. Sorting every article on its date and id
-- costs more than finding the date of the $limit-th: the rows from that date on (ties
-- included; every row when the $limit-th has no date) are sorted, then read back by position.
-- A rebuild stores the list in date order (queries/store/agg_fill.sql), so both steps skip
-- the row groups of older articles: 102 -> 28 ms at 10M statements (bench/README.md, item 36).
WITH listed AS (
    SELECT listed_row, published
    FROM agg_article_list_cells($from, $to, $outlet, $dataset, $corrected, $all_topics)
    WHERE $search = '%'
       OR title ILIKE $search ESCAPE '\'
       OR outlet ILIKE $search ESCAPE '\'
       OR article_name ILIKE $search ESCAPE '\'
), cut AS (
    SELECT min(published) AS published, count(*) > count(published) AS undated
    FROM (SELECT published FROM listed ORDER BY published DESC NULLS LAST LIMIT $limit)
), shortlist AS (
    SELECT listed_row
    FROM listed
    WHERE published >= (SELECT published FROM cut) OR (SELECT undated FROM cut)
)
SELECT article_id, title, outlet, published, date_precision, statements, tighten, ease
FROM agg_article_list_cells($from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE listed_row IN (SELECT listed_row FROM shortlist)
ORDER BY published DESC NULLS LAST, article_id
LIMIT $limit;
