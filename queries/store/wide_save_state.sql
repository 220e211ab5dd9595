INSERT INTO statements_wide_state (statements, articles, corrections, clusters)
VALUES ($statements, $articles, $corrections, $clusters);
