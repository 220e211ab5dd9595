-- New quote -> cluster assignments, from the registered frame `new_quote_clusters`.
INSERT INTO quote_clusters (quote_norm, cluster)
SELECT quote_norm, cluster FROM new_quote_clusters;
