-- The signatures statements_wide was brought in step with; from here on, this program's writes
-- record what they touch (`tracked`).
INSERT INTO statements_wide_state (statements, articles, corrections, clusters, tracked)
VALUES ($statements, $articles, $corrections, $clusters, true);
