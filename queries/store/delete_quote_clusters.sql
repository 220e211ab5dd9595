-- Forget every cluster (a full re-clustering follows).
DELETE FROM quote_clusters;
