-- Benchmark data (bench/generate.py), not app SQL: one chunk of statements as text rows.
CREATE OR REPLACE TEMP TABLE chunk_rows AS
SELECT
    c.art, c.pos, sp.speaker, sp.speaker_type, sp.official_id, sp.country, sp.role,
    CASE WHEN c.quote < 0 THEN 'indirect' WHEN c.mixed THEN 'mixed' ELSE 'direct' END
        AS quote_type,
    q.quote, q.quote_norm,
    CASE WHEN c.quote < 0
         THEN sp.speaker || ' ' || cu.cue || ' on ' || coalesce(t.name, 'the sanctions regime')
              || '.'
         ELSE sp.speaker || ' said: "' || q.quote || '"' END AS sentence,
    ['tighten', 'ease', 'neutral'][c.stance + 1] AS stance,
    cu.cue AS stance_cue, c.confidence, t.iso3 AS target
FROM chunk_codes c
JOIN bench_speakers sp ON sp.idx = c.speaker
JOIN bench_cues cu ON cu.idx = c.cue
LEFT JOIN bench_quotes q ON q.idx = c.quote
LEFT JOIN bench_targets t ON t.idx = c.target;
