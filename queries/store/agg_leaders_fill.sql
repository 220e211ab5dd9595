-- After a rebuild (agg_clear.sql emptied them): each outlet group's cut at its
-- agg_leaders_kept()-th largest outlet x speaker cell (no cut for a smaller group: all its
-- cells lead), then every by-speaker row of each voice with a cell at or above its group's
-- cut (schema.sql, agg_outlet_leaders).
INSERT INTO agg_outlet_cuts
SELECT corrected, on_topic, dataset, outlet, statements AS cut
FROM agg_outlet_voices
WHERE by_speaker AND NOT by_country
QUALIFY row_number() OVER (PARTITION BY corrected, on_topic, dataset, outlet
                           ORDER BY statements DESC) = agg_leaders_kept();

INSERT INTO agg_outlet_leaders BY NAME
WITH leads AS (
    SELECT DISTINCT v.corrected, v.voice
    FROM agg_outlet_voices v
    LEFT JOIN agg_outlet_cuts c USING (corrected, on_topic, dataset, outlet)
    WHERE v.by_speaker AND NOT v.by_country AND v.statements >= coalesce(c.cut, 1)
)
SELECT v.*
FROM agg_outlet_voices v
SEMI JOIN leads l ON l.corrected = v.corrected AND l.voice = v.voice
WHERE v.by_speaker
ORDER BY v.cell;
