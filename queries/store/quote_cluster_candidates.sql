-- The existing cluster heads that quotes new to the clustering can join (registered frame
-- new_quote_norms: each new quote of $min_words words or more with its first and last words):
-- heads of $min_words words or more that share the first or the last words of one, the only
-- heads stance/store/quote_clusters.py compares a quote with (blocking_keys; shorter quotes
-- only group when identical). A small load so reads a handful of heads instead of indexing
-- every one in Python (2 s at 10M statements); each head's words were worked out once
-- (quote_heads_fill.sql). Sorted, so equal scores resolve the same way each time.
SELECT DISTINCT cluster
FROM quote_clusters
WHERE head_words >= $min_words
  AND (head_first IN (SELECT first_words FROM new_quote_norms)
       OR head_last IN (SELECT last_words FROM new_quote_norms))
ORDER BY cluster;
