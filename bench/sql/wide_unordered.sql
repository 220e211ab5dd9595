-- Test check (tests/store/test_wide.py), not app SQL: make statements_wide look like a table
-- an earlier version wrote (rows out of the country and date order, no comment saying so).
CREATE OR REPLACE TABLE statements_wide AS
SELECT * FROM statements_wide ORDER BY machine_country DESC, published DESC;
