-- Each distinct quote of a coded-statements upload with its normalised form, computed once:
-- the statements insert reads it, and so does the clustering that runs alongside it
-- (stance/store/quote_clusters.py clustering_alongside).
CREATE OR REPLACE TEMP TABLE upload_norms AS
SELECT quote, upload_quote_norm(quote) AS quote_norm
FROM (SELECT DISTINCT quote FROM upload_valid WHERE quote IS NOT NULL);
