-- Articles out of step with statements_wide: their statements (labels or count), their
-- metadata, or the cluster of one of their quotes differ from what the table holds. Compared
-- per article on 64-bit keys (article_key = hash(article_id)) with an order-free checksum of
-- the rows (the same hash as statements_wide_source): joins on the id strings took seconds at
-- 10M statements. $clusters_changed: whether quote_clusters changed since the last refresh
-- (only then are the wordings' clusters compared).
-- Added to wide_stale_articles, made empty before (wide_none_articles.sql).
INSERT INTO wide_stale_articles
WITH now_rows AS (
    SELECT hash(article_id) AS article_key, count(*) AS n,
           bit_xor(hash(hash(statement_id, speaker, country, stance, target,
                             coalesce(on_topic, target IS NOT NULL OR stance <> 'neutral'),
                             quote_norm, role, start, confidence, extractor_version,
                             origin))) AS h
    FROM statements
    GROUP BY hash(article_id)
), now AS (
    SELECT r.article_key, r.n, r.h,
           hash(a.dataset, a.source, a.published, a.date_precision, a.title, a.url, a.name)
               AS ah
    FROM now_rows r
    JOIN articles a ON hash(a.article_id) = r.article_key
), was AS (
    SELECT article_key, count(*) AS n, bit_xor(row_hash) AS h, any_value(article_hash) AS ah
    FROM statements_wide
    GROUP BY article_key
), regrouped AS (
    -- articles with a quote whose cluster is not the one its row was written with
    SELECT DISTINCT w.article_key
    FROM statements_wide w
    LEFT JOIN (SELECT hash(quote_norm) AS wording, hash(cluster) AS cluster_key
               FROM quote_clusters) q ON q.wording = w.wording
    WHERE $clusters_changed AND w.wording IS NOT NULL
      AND w.cluster_key IS DISTINCT FROM coalesce(q.cluster_key, w.wording)
), stale AS (
    SELECT article_key
    FROM now
    FULL OUTER JOIN was USING (article_key)
    WHERE now.n IS DISTINCT FROM was.n OR now.h IS DISTINCT FROM was.h
       OR now.ah IS DISTINCT FROM was.ah
    UNION
    SELECT article_key FROM regrouped
)
-- the ids: of articles that exist, and of those that are gone but still in statements_wide
SELECT hash(article_id) AS article_key, article_id
FROM articles
WHERE hash(article_id) IN (SELECT article_key FROM stale)
UNION
SELECT DISTINCT article_key, article_id
FROM statements_wide
WHERE article_key IN (SELECT article_key FROM stale);
