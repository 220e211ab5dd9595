-- The articles of a coded-statements upload that are not stored yet.
INSERT INTO articles BY NAME
SELECT article_id, $dataset AS dataset, $name AS name, outlet AS source, title, url, published,
       NULL AS author, NULL AS author_country, text, sha256, $now AS ingested_at,
       date_precision
FROM upload_groups
WHERE sha256 NOT IN (SELECT sha256 FROM articles);
