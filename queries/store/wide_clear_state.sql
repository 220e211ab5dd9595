DELETE FROM statements_wide_state;
