-- Every article (every quote's cluster is about to be worked out again).
INSERT INTO touched_articles
SELECT article_id FROM articles;
