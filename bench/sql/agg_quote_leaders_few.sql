-- Test check, not app SQL: keep two leading quote clusters per label set and dataset
-- (schema.sql keeps 200), so that a small database has cuts, clusters outside the leaders and
-- groups cut again.
CREATE OR REPLACE MACRO agg_quote_leaders_kept() AS 2;
