-- Which share of the articles is out of step (wide_stale_articles): past a half, rebuilding
-- statements_wide whole is cheaper than deleting and rewriting their rows.
SELECT (SELECT count(*) FROM wide_stale_articles) / greatest((SELECT count(*) FROM articles), 1);
