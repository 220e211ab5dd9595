-- The signatures statements_wide was last brought in step with (none before the first build).
SELECT statements, articles, corrections FROM statements_wide_state;
