-- The corrected label set starts as a copy of the machine's (agg_take_machine.sql): a
-- statement without a correction has the same labels in both. A machine cell's key is its
-- hash as it is (agg_cell with the label set false, agg_labelled.sql); agg_cell with true,
-- applied to that key, flips its lowest bit and gives the corrected cell's key. The articles
-- that hold a correction are then recounted (agg_take_corrected.sql). Copying the cells costs
-- a fraction of grouping every row a second time.
INSERT INTO agg_country BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_country;
INSERT INTO agg_month BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_month;
INSERT INTO agg_country_month BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_country_month;
INSERT INTO agg_outlets BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_outlets;
INSERT INTO agg_provenance BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_provenance;
INSERT INTO agg_outlet_voices BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_outlet_voices;
INSERT INTO agg_quotes BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_quotes;
INSERT INTO agg_article_list BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_article_list;
INSERT INTO agg_subjects BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_subjects;
INSERT INTO agg_facets BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_facets;
INSERT INTO agg_articles BY NAME
SELECT * REPLACE (true AS corrected, agg_cell(true, cell) AS cell) FROM agg_articles;
INSERT INTO agg_spans BY NAME
SELECT * REPLACE (true AS corrected) FROM agg_spans;
