-- Test check, not app SQL: keep two leaders per outlet group (schema.sql keeps 200), so that
-- a small database has cuts, voices outside the leaders and groups cut again.
CREATE OR REPLACE MACRO agg_leaders_kept() AS 2;
