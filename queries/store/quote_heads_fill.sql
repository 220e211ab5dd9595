-- Work out the representative's words (length, first and last $words) of the cluster rows
-- that have none yet (new rows, or a file from before the columns existed), so that finding
-- a new quote's candidate heads reads three short columns instead of splitting every head
-- (0.2 s at 10M statements).
UPDATE quote_clusters
SET head_words = len(string_split(cluster, ' ')),
    head_first = array_to_string(list_slice(string_split(cluster, ' '), 1, $words), ' '),
    head_last = array_to_string(list_slice(string_split(cluster, ' '), -$words, -1), ' ')
WHERE head_words IS NULL;
