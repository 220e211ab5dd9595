-- The existing cluster heads that quotes new to the clustering can join (registered frame
-- new_quote_norms: each new quote of $min_words words or more with its first and last $words
-- words): heads of $min_words words or more that share the first or the last words of one,
-- the only heads stance/store/quote_clusters.py compares a quote with (blocking_keys;
-- shorter quotes only group when identical). A small load so reads a handful of heads
-- instead of indexing every one in Python (2 s at 10M statements). Sorted, so equal scores
-- resolve the same way each time.
WITH heads AS (
    SELECT cluster, string_split(cluster, ' ') AS words  -- normalised: single spaces
    FROM (SELECT DISTINCT cluster FROM quote_clusters)
)
SELECT cluster
FROM heads
WHERE len(words) >= $min_words
  AND (array_to_string(list_slice(words, 1, $words), ' ')
           IN (SELECT first_words FROM new_quote_norms)
       OR array_to_string(list_slice(words, -$words, -1), ' ')
           IN (SELECT last_words FROM new_quote_norms))
ORDER BY cluster;
