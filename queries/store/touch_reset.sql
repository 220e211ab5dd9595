-- A new transaction has touched nothing yet.
CREATE OR REPLACE TEMP TABLE touched_articles (article_id VARCHAR);
