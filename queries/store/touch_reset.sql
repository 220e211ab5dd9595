-- A new transaction has touched nothing yet: no article whose statements or metadata it
-- wrote, none whose labels only it corrected, no quote or person name it wrote.
CREATE OR REPLACE TEMP TABLE touched_articles (article_id VARCHAR);
CREATE OR REPLACE TEMP TABLE touched_labels (article_id VARCHAR);
CREATE OR REPLACE TEMP TABLE touched_quotes (quote_norm VARCHAR);
CREATE OR REPLACE TEMP TABLE touched_people (speaker VARCHAR, official_id VARCHAR,
                                             country VARCHAR);
