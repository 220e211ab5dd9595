-- Add each aggregate's changes (agg_delta.sql) to its cells (the macro agg_merged): the cells
-- changed are deleted and written back with their new counts.
CREATE OR REPLACE TEMP TABLE agg_country_merged AS
FROM agg_merged('agg_country', 'agg_country_delta');
DELETE FROM agg_country WHERE cell IN (SELECT cell FROM agg_country_delta);
INSERT INTO agg_country BY NAME FROM agg_country_merged;

CREATE OR REPLACE TEMP TABLE agg_month_merged AS
FROM agg_merged('agg_month', 'agg_month_delta');
DELETE FROM agg_month WHERE cell IN (SELECT cell FROM agg_month_delta);
INSERT INTO agg_month BY NAME FROM agg_month_merged;

CREATE OR REPLACE TEMP TABLE agg_people_merged AS
FROM agg_merged('agg_people', 'agg_people_delta');
DELETE FROM agg_people WHERE cell IN (SELECT cell FROM agg_people_delta);
INSERT INTO agg_people BY NAME FROM agg_people_merged;

CREATE OR REPLACE TEMP TABLE agg_people_facets_merged AS
FROM agg_merged('agg_people_facets', 'agg_people_facets_delta');
DELETE FROM agg_people_facets WHERE cell IN (SELECT cell FROM agg_people_facets_delta);
INSERT INTO agg_people_facets BY NAME FROM agg_people_facets_merged;

CREATE OR REPLACE TEMP TABLE agg_articles_merged AS
FROM agg_merged('agg_articles', 'agg_articles_delta');
DELETE FROM agg_articles WHERE cell IN (SELECT cell FROM agg_articles_delta);
INSERT INTO agg_articles BY NAME FROM agg_articles_merged;
