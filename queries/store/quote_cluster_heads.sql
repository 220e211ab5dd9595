-- The representative quote of every existing cluster.
SELECT DISTINCT cluster FROM quote_clusters;
