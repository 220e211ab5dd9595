-- Benchmark baseline (bench/baselines.py), not app SQL: everything the page queries read,
-- joined and with corrections resolved, loaded once into pandas (this load is not timed).
SELECT
    f.statement_id, f.article_id, f.dataset, f.dataset_hidden, f.outlet, f.title,
    f.published::TIMESTAMP AS published, f.article_name,
    f.machine_speaker, f.corrected_speaker, f.machine_country, f.corrected_country,
    f.machine_stance, f.corrected_stance, f.machine_target, f.corrected_target,
    f.machine_on_topic, f.corrected_on_topic,
    f.rejected, f.corrected, f.speaker_type, f.role, f.quote, f.quote_norm, f.sentence,
    f.start, f.confidence, c.cluster
FROM statements_full f
LEFT JOIN quote_clusters c ON c.quote_norm = f.quote_norm;
