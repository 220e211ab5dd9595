-- After a write's MERGE (agg_merge.sql), agg_outlet_leaders (schema.sql) takes the write's
-- by-speaker changes (agg_outlet_voices_changes): a voice already there takes them as
-- agg_outlet_voices did, and a voice whose changed cell now reaches its group's cut comes in
-- with every by-speaker row it has (looked for only among cells whose count rose, and read
-- from agg_outlet_voices only when there is such a voice). A group where a changed cell rose
-- to its cut, and that now has more than four times agg_leaders_kept() cells at or above it,
-- is cut again at its agg_leaders_kept()-th largest cell (every cell above the old cut is
-- here, so that cell is the group's own, and the new cut is no lower), and its outlet's
-- voices with no cell left at a cut go. Every step reads the few voices, cells and outlets
-- the write changed, not the whole table.
CREATE OR REPLACE TEMP TABLE agg_leader_changes AS
FROM agg_outlet_voices_changes
WHERE by_speaker;

CREATE OR REPLACE TEMP TABLE agg_led_changed AS
SELECT DISTINCT corrected, voice
FROM agg_outlet_leaders
WHERE voice IN (SELECT voice FROM agg_leader_changes);

MERGE INTO agg_outlet_leaders t
USING (FROM agg_leader_changes x
       SEMI JOIN agg_led_changed l ON l.corrected = x.corrected AND l.voice = x.voice) d
ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements,
                             tighten = t.tighten + d.tighten, ease = t.ease + d.ease,
                             neutral = t.neutral + d.neutral
WHEN NOT MATCHED THEN INSERT BY NAME;

CREATE OR REPLACE TEMP TABLE agg_new_leaders AS
SELECT DISTINCT v.corrected, v.voice
FROM agg_outlet_voices v
LEFT JOIN agg_outlet_cuts c USING (corrected, on_topic, dataset, outlet)
ANTI JOIN agg_led_changed l ON l.corrected = v.corrected AND l.voice = v.voice
WHERE v.cell IN (SELECT cell FROM agg_leader_changes WHERE NOT by_country AND statements > 0)
  AND v.statements >= coalesce(c.cut, 1);

INSERT INTO agg_outlet_leaders BY NAME
SELECT v.*
FROM agg_outlet_voices v
SEMI JOIN agg_new_leaders n ON n.corrected = v.corrected AND n.voice = v.voice
WHERE v.by_speaker;

-- Below, `cell IN (...)` and `outlet IN (...)` beside a join to the same few rows keep the
-- scans of agg_outlet_leaders to those rows (DuckDB pushes a short IN list into the scan),
-- and the first also keeps the cells of one speaker, not of one speaker and country.
CREATE OR REPLACE TEMP TABLE agg_recut AS
WITH touched AS (  -- groups where a changed cell rose to its cut: only they can have grown
    SELECT DISTINCT l.corrected, l.on_topic, l.dataset, l.outlet
    FROM agg_outlet_leaders l
    JOIN agg_leader_changes x ON x.cell = l.cell
    LEFT JOIN agg_outlet_cuts c
        ON c.corrected = l.corrected AND c.on_topic = l.on_topic AND c.dataset = l.dataset
       AND c.outlet = l.outlet
    WHERE l.cell IN (SELECT cell FROM agg_leader_changes WHERE NOT by_country)
      AND x.statements > 0 AND l.statements >= coalesce(c.cut, 1)
      AND l.statements - x.statements < coalesce(c.cut, 1)
), leads AS (
    SELECT corrected, on_topic, dataset, outlet, l.statements
    FROM agg_outlet_leaders l
    SEMI JOIN touched USING (corrected, on_topic, dataset, outlet)
    LEFT JOIN agg_outlet_cuts c USING (corrected, on_topic, dataset, outlet)
    WHERE l.outlet IN (SELECT outlet FROM touched) AND NOT l.by_country
      AND l.statements >= coalesce(c.cut, 1)
), grown AS (
    SELECT corrected, on_topic, dataset, outlet
    FROM leads
    GROUP BY ALL
    HAVING count(*) > 4 * agg_leaders_kept()
)
SELECT corrected, on_topic, dataset, outlet, statements AS cut
FROM leads
SEMI JOIN grown USING (corrected, on_topic, dataset, outlet)
QUALIFY row_number() OVER (PARTITION BY corrected, on_topic, dataset, outlet
                           ORDER BY statements DESC) = agg_leaders_kept();

DELETE FROM agg_outlet_cuts c
USING agg_recut r
WHERE c.corrected = r.corrected AND c.on_topic = r.on_topic AND c.dataset = r.dataset
  AND c.outlet = r.outlet;

INSERT INTO agg_outlet_cuts SELECT * FROM agg_recut;

DELETE FROM agg_outlet_leaders t
USING (SELECT l.corrected, l.voice
       FROM agg_outlet_leaders l
       LEFT JOIN agg_outlet_cuts c USING (corrected, on_topic, dataset, outlet)
       WHERE NOT l.by_country AND l.outlet IN (SELECT outlet FROM agg_recut)
       GROUP BY l.corrected, l.voice
       HAVING NOT bool_or(l.statements >= coalesce(c.cut, 1))) gone
WHERE t.corrected = gone.corrected AND t.voice = gone.voice;
