-- Articles whose statements (their labels, their quotes' clusters, or the article's metadata)
-- differ from what statements_wide holds: per article, the count and an order-free checksum of
-- the rows (same hash as statements_wide_source, hashed twice: see wide_signatures.sql).
CREATE OR REPLACE TEMP TABLE wide_stale_articles AS
WITH now AS (
    SELECT s.article_id, s.n, s.h,
           hash(a.dataset, a.source, a.published, a.title, a.url, a.name) AS ah
    FROM (
        SELECT st.article_id, count(*) AS n,
               bit_xor(hash(hash(st.statement_id, st.speaker, st.country, st.stance,
                                 st.target, st.quote_norm, st.role, st.start, st.confidence,
                                 st.extractor_version, st.origin, q.cluster))) AS h
        FROM statements st
        LEFT JOIN quote_clusters q ON q.quote_norm = st.quote_norm
        GROUP BY st.article_id
    ) s
    JOIN articles a USING (article_id)
), was AS (
    SELECT article_id, count(*) AS n, bit_xor(row_hash) AS h, any_value(article_hash) AS ah
    FROM statements_wide
    GROUP BY article_id
)
SELECT article_id
FROM now
FULL OUTER JOIN was USING (article_id)
WHERE now.n IS DISTINCT FROM was.n OR now.h IS DISTINCT FROM was.h
   OR now.ah IS DISTINCT FROM was.ah;
