-- Row count and an order-independent checksum of every table an upload may write: equal
-- before and after means nothing was added, changed or removed.
SELECT 'articles' AS "table", count(*) AS rows, coalesce(sum(hash(t)), 0) AS checksum
FROM articles t
UNION ALL
SELECT 'statements', count(*), coalesce(sum(hash(t)), 0) FROM statements t
UNION ALL
SELECT 'datasets', count(*), coalesce(sum(hash(t)), 0) FROM datasets t
UNION ALL
SELECT 'corrections', count(*), coalesce(sum(hash(t)), 0) FROM corrections t
UNION ALL
SELECT 'quote_clusters', count(*), coalesce(sum(hash(t)), 0) FROM quote_clusters t
ORDER BY 1;
