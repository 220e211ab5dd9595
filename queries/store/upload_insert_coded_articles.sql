-- The articles of a coded-statements upload that are not stored yet.
INSERT INTO articles BY NAME
SELECT article_id, $dataset AS dataset, $name AS name, outlet AS source, title, url, published,
       NULL AS author, NULL AS author_country, text, sha256, $now AS ingested_at,
       date_precision
FROM upload_groups g
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.sha256 = g.sha256);
