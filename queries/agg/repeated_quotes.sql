-- repeated_quotes.sql with each quote's articles from agg_quotes (stance/store/aggregates.py):
-- an article is in one dataset, so a quote's articles are a sum over the datasets shown, and
-- the clusters that can make the top $limit are found without reading a statement, and each
-- is described from its facets when it leads (agg_quote_facets), from its statements when it
-- does not (repeated_quote_rows, queries/store/schema.sql).
-- Only the clusters that can make the top $limit are summed over datasets (at 10M, about a
-- thousand of 460k): a dataset's $limit largest cells are $limit clusters with at least
-- `floor` articles (the least of them), so the $limit-th cluster has at least that many; and
-- a cluster that has (or $min_articles) has a cell of at least a `shown`-th of it, as it is
-- in at most `shown` datasets.
WITH cells AS MATERIALIZED (
    SELECT dataset, cluster_key, articles
    FROM agg_quote_cells($dataset, $corrected, $all_topics)
), tops AS (
    SELECT CASE WHEN count(*) >= $limit THEN list_min(max(articles, $limit)) END AS top
    FROM cells
    GROUP BY dataset
), bound AS (
    SELECT greatest((SELECT max(top) FROM tops), $min_articles) AS floor,
           (SELECT count(*) FROM tops) AS shown
), reach AS (
    SELECT cluster_key, sum(articles) AS articles
    FROM cells
    WHERE cluster_key IN (SELECT cluster_key FROM cells, bound
                          WHERE articles * shown >= floor)
    GROUP BY cluster_key
)
SELECT *
FROM repeated_quote_rows('reach', $min_articles, $limit, $country, $target, $stance, $from,
                         $to, $outlet, $dataset, $corrected, $all_topics,
                         p_from_leaders := true)
ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster;
