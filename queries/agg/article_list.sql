-- article_list.sql from agg_article_list (stance/store/aggregates.py): the articles with
-- statements under the filters, newest first, with their statements by side; $search (ILIKE
-- pattern) matches the title, outlet or file name. Articles of one date follow their 64-bit
-- key (article_key, a hash of the id, as in queries/article_list.sql): the page is picked on
-- the date and key alone, then only its rows are read in full, by position. Breaking ties on
-- the id read every article's id string: 102-108 -> 38 ms at 10M statements (bench/README.md,
-- item 36).
WITH page AS (
    SELECT listed_row
    FROM agg_article_list_cells($from, $to, $outlet, $dataset, $corrected, $all_topics)
    WHERE $search = '%'
       OR title ILIKE $search ESCAPE '\'
       OR outlet ILIKE $search ESCAPE '\'
       OR article_name ILIKE $search ESCAPE '\'
    ORDER BY published DESC NULLS LAST, article_key
    LIMIT $limit
)
SELECT article_id, title, outlet, published, date_precision, statements, tighten, ease
FROM agg_article_list_cells($from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE listed_row IN (SELECT listed_row FROM page)
ORDER BY published DESC NULLS LAST, article_key;
