-- outlet_voices.sql from agg_outlet_voices (stance/store/aggregates.py): each outlet's $limit
-- most-quoted voices from its outlet x speaker rows, their country from the outlet x speaker x
-- country rows of the voices shown. Summing every voice's rows (about a million at 10M
-- statements) costs more than the page may, so only the voices that can reach their outlet's
-- top $limit are summed. A voice has at most `k` rows here (one per dataset and topic flag), so
-- an outlet's ($limit * k)-th largest row is a bar that $limit of its voices reach, and a voice
-- whose every row is under 1/k of it sums to less. The bars are looked for among the
-- 200 * $limit * k largest rows overall; an outlet with too few of them there (a small one)
-- has every voice summed (a fixed 5,000 left 20 of 30 outlets without a bar at a $limit of 25:
-- 250 against 117 ms at 10M statements).
-- Voices are grouped on their 64-bit key (on the strings it took twice as long).
WITH spread AS (
    SELECT count(*) * (CASE WHEN $all_topics THEN 2 ELSE 1 END) AS k
    FROM agg_article_cells($dataset, $corrected, $all_topics)
), large AS (
    SELECT coalesce(list_min(max(statements,
                                 (SELECT greatest(200 * $limit * k, 1) FROM spread))), 0)
               AS floor
    FROM agg_outlet_voice_cells(false, $outlet, $dataset, $corrected, $all_topics)
), bars AS (
    SELECT v.outlet, v.statements AS bar
    FROM agg_outlet_voice_cells(false, $outlet, $dataset, $corrected, $all_topics) v, large l,
         spread s
    WHERE v.statements >= l.floor
    QUALIFY row_number() OVER (PARTITION BY v.outlet ORDER BY v.statements DESC) = $limit * s.k
), candidates AS MATERIALIZED (
    SELECT DISTINCT v.voice
    FROM agg_outlet_voice_cells(false, $outlet, $dataset, $corrected, $all_topics) v
    CROSS JOIN spread s
    LEFT JOIN bars b ON b.outlet = v.outlet
    WHERE v.statements * s.k >= coalesce(b.bar, 0)
), summed AS (
    SELECT voice, any_value(outlet) AS outlet, any_value(speaker) AS speaker,
           sum(statements)::BIGINT AS statements, sum(tighten)::BIGINT AS tighten,
           sum(ease)::BIGINT AS ease
    FROM agg_outlet_voice_cells(false, $outlet, $dataset, $corrected, $all_topics)
    WHERE voice IN (SELECT voice FROM candidates)
    GROUP BY voice
), shown AS MATERIALIZED (
    FROM summed
    QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY statements DESC, speaker) <= $limit
), countries AS (
    SELECT voice, country, sum(statements) AS n
    FROM agg_outlet_voice_cells(true, $outlet, $dataset, $corrected, $all_topics)
    WHERE voice IN (SELECT voice FROM shown)
    GROUP BY voice, country
), main_country AS (
    SELECT voice, most_common(map(list(country), list(n))) AS country
    FROM countries
    GROUP BY voice
)
SELECT s.outlet, s.speaker, m.country, s.statements, s.tighten, s.ease
FROM shown s
LEFT JOIN main_country m USING (voice)
ORDER BY s.outlet, s.statements DESC, s.speaker;
