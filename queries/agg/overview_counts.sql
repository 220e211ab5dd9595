-- overview_counts.sql from the aggregates (stance/store/aggregates.py): statements and sides
-- from agg_country, articles from agg_articles, officials from agg_subjects.
WITH cells AS (
    SELECT *
    FROM agg_country_cells([], [], [], $dataset, $corrected, $all_topics)
)
SELECT
    coalesce((SELECT sum(statements) FROM cells), 0)::BIGINT AS statements,
    coalesce((SELECT sum(articles)
              FROM agg_article_cells($dataset, $corrected, $all_topics)), 0)::BIGINT
        AS articles,
    (SELECT count(DISTINCT country) FROM cells) AS countries,
    (SELECT count(DISTINCT subject)
     FROM agg_subject_cells('speaker', $dataset, $corrected, $all_topics)
     WHERE subject_type = 'person') AS officials,
    coalesce((SELECT sum(statements) FROM cells WHERE stance = 'tighten'), 0)::BIGINT
        AS tighten,
    coalesce((SELECT sum(statements) FROM cells WHERE stance = 'ease'), 0)::BIGINT AS ease,
    coalesce((SELECT sum(statements) FROM cells WHERE stance = 'neutral'), 0)::BIGINT
        AS neutral;
