-- Replace every aggregate with its changes computed over all of statements_wide (agg_take_all,
-- agg_delta), and record the shape they were built with.
DELETE FROM agg_country;
INSERT INTO agg_country BY NAME SELECT * FROM agg_country_delta WHERE statements <> 0;
DELETE FROM agg_month;
INSERT INTO agg_month BY NAME SELECT * FROM agg_month_delta WHERE statements <> 0;
DELETE FROM agg_people;
INSERT INTO agg_people BY NAME SELECT * FROM agg_people_delta WHERE statements <> 0;
DELETE FROM agg_articles;
INSERT INTO agg_articles BY NAME SELECT * FROM agg_articles_delta WHERE articles <> 0;
DELETE FROM agg_state;  -- agg_save_version writes the new one
