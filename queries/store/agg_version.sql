-- The shape the aggregates were built with (NULL before the first build).
SELECT max(version) FROM agg_state;
