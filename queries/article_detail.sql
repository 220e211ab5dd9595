-- One article ($article) with its full text and metadata.
SELECT article_id, dataset, name, source AS outlet, title, url, published, date_precision,
       author, text
FROM articles
WHERE article_id = $article
LIMIT 1;
