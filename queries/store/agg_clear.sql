-- Empty every aggregate and forget the shape they were built with, before they are counted
-- from scratch (stance/store/aggregates.py: agg_take_machine, agg_delta, agg_fill).
DELETE FROM agg_country;
DELETE FROM agg_month;
DELETE FROM agg_country_month;
DELETE FROM agg_outlets;
DELETE FROM agg_provenance;
DELETE FROM agg_outlet_voices;
DELETE FROM agg_quotes;
DELETE FROM agg_article_list;
DELETE FROM agg_subjects;
DELETE FROM agg_facets;
DELETE FROM agg_spans;
DELETE FROM agg_articles;
DELETE FROM agg_outlet_leaders;
DELETE FROM agg_outlet_cuts;
DELETE FROM agg_quote_leaders;
DELETE FROM agg_quote_cuts;
DELETE FROM agg_quote_firsts;
DELETE FROM agg_quote_facets;
DELETE FROM agg_state;
