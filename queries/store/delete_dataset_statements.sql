DELETE FROM statements
WHERE article_id IN (SELECT article_id FROM articles WHERE dataset = $dataset);
