-- Test check, not app SQL: how many quote clusters lead (agg_quote_leaders) of all the
-- clusters quoted, and how many label set x dataset groups have a cut.
SELECT (SELECT count(*) FROM agg_quote_leaders) AS leaders,
       (SELECT count(DISTINCT cluster_key) FROM agg_quotes) AS clusters,
       (SELECT count(*) FROM agg_quote_cuts) AS cuts;
