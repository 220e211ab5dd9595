INSERT INTO statements_wide_state VALUES ($statements, $articles, $corrections);
