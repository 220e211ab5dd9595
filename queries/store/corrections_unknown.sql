-- Statement ids of the registered frame `new_corrections` that this database does not hold
-- (their corrections are kept and apply once those articles are ingested).
SELECT count(DISTINCT statement_id)
FROM new_corrections
WHERE statement_id NOT IN (SELECT statement_id FROM statements);
