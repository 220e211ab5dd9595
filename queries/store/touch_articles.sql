-- Articles the writer names itself ($articles: a list of ids), when it knows them already.
INSERT INTO touched_articles
SELECT unnest($articles::VARCHAR[]);
