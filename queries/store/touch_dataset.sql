-- Every article of a dataset about to be deleted.
INSERT INTO touched_articles
SELECT article_id FROM articles WHERE dataset = $dataset;
