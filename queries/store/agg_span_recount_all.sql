-- The spans agg_span_recount.sql could not count from the rows on a few dates, counted from
-- all the rows of their subjects (a scan of statements_wide under both label sets).
INSERT INTO agg_spans BY NAME
FROM agg_span_counts('agg_span_elsewhere', 'statements_wide');
