-- outlet_voices.sql from agg_outlet_leaders (stance/store/aggregates.py): each outlet's $limit
-- most-quoted voices, summed over the datasets and topic flags in scope, with the country
-- they are most often quoted with, read from its leading voices only (every row of each,
-- tens of thousands of rows where agg_outlet_voices has millions). A voice not among them
-- counts under its group's cut in every group of the scope, so at most `unseen` (the cuts
-- less one, summed): an outlet whose $limit-th voice counts more has its list from the
-- leaders alone. Any other outlet (cuts too high, as after corrections took statements from
-- its leaders) is counted from all its voices in agg_outlet_voices, a scan that costs
-- nothing when no outlet needs it.
WITH scope AS (
    SELECT outlet, sum(cut - 1) AS unseen
    FROM agg_outlet_scope('agg_outlet_cuts', $outlet, $dataset, $corrected, $all_topics)
    GROUP BY outlet
), cells AS (
    SELECT voice, outlet, speaker, by_country, country, statements, tighten, ease
    FROM agg_outlet_scope('agg_outlet_leaders', $outlet, $dataset, $corrected, $all_topics)
), led AS MATERIALIZED (
    SELECT voice, any_value(outlet) AS outlet, any_value(speaker) AS speaker,
           sum(statements)::BIGINT AS statements, sum(tighten)::BIGINT AS tighten,
           sum(ease)::BIGINT AS ease
    FROM cells
    WHERE NOT by_country
    GROUP BY voice
    QUALIFY row_number() OVER (PARTITION BY any_value(outlet)
                               ORDER BY sum(statements) DESC, any_value(speaker)) <= $limit
), inexact AS MATERIALIZED (
    SELECT s.outlet
    FROM scope s
    LEFT JOIN (SELECT outlet, count(*) AS listed, min(statements) AS last
               FROM led GROUP BY outlet) l USING (outlet)
    WHERE s.unseen > 0 AND NOT coalesce(l.listed = $limit AND l.last > s.unseen, false)
), counted AS MATERIALIZED (
    SELECT voice, any_value(outlet) AS outlet, any_value(speaker) AS speaker,
           sum(statements)::BIGINT AS statements, sum(tighten)::BIGINT AS tighten,
           sum(ease)::BIGINT AS ease
    FROM agg_outlet_voice_cells(false, $outlet, $dataset, $corrected, $all_topics)
    WHERE outlet IN (SELECT outlet FROM inexact)
    GROUP BY voice
    QUALIFY row_number() OVER (PARTITION BY any_value(outlet)
                               ORDER BY sum(statements) DESC, any_value(speaker)) <= $limit
), listed AS MATERIALIZED (
    FROM led WHERE outlet NOT IN (SELECT outlet FROM inexact)
), shown AS (
    FROM listed
    UNION ALL
    FROM counted
), countries AS (
    SELECT voice, country, sum(statements) AS n
    FROM cells
    WHERE by_country AND voice IN (SELECT voice FROM listed)
    GROUP BY voice, country
    UNION ALL
    SELECT voice, country, sum(statements) AS n
    FROM agg_outlet_voice_cells(true, $outlet, $dataset, $corrected, $all_topics)
    WHERE voice IN (SELECT voice FROM counted)
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
