-- The SQL page's engine (stance/store/sql_engine.py), once its copy is in step: drop the store's
-- bookkeeping, which queries/sql_catalogue.sql does not list and the copy does not hold (the
-- schema created the agg_* tables empty; the two state tables were copied only so that
-- refresh_statements_wide finds the copy in step and rebuilds nothing). Every table the
-- schema's "Pre-aggregated tables" section creates is named here (tests/test_sandbox.py checks).
DROP TABLE IF EXISTS agg_country;
DROP TABLE IF EXISTS agg_month;
DROP TABLE IF EXISTS agg_country_month;
DROP TABLE IF EXISTS agg_outlets;
DROP TABLE IF EXISTS agg_provenance;
DROP TABLE IF EXISTS agg_outlet_voices;
DROP TABLE IF EXISTS agg_outlet_leaders;
DROP TABLE IF EXISTS agg_outlet_cuts;
DROP TABLE IF EXISTS agg_quote_leaders;
DROP TABLE IF EXISTS agg_quote_cuts;
DROP TABLE IF EXISTS agg_quote_firsts;
DROP TABLE IF EXISTS agg_quote_facets;
DROP TABLE IF EXISTS agg_quotes;
DROP TABLE IF EXISTS agg_article_list;
DROP TABLE IF EXISTS agg_subjects;
DROP TABLE IF EXISTS agg_facets;
DROP TABLE IF EXISTS agg_spans;
DROP TABLE IF EXISTS agg_articles;
DROP TABLE IF EXISTS agg_state;
DROP TABLE IF EXISTS statements_wide_state;
DROP TABLE IF EXISTS schema_version;
