-- Rewrite the rows of out-of-step articles whose statements only had corrections added
-- (wide_labels_only.sql): their new rows are their old ones (wide_old) with the corrected
-- labels and correction counts taken again, so neither the statements nor the articles nor the
-- quote clusters are read (at 10M statements those scans are most of a correction's rewrite).
-- The labels are worked out as statements_full and wide_rows do, by the same macros, from
-- these statements' corrections alone.
CREATE OR REPLACE TEMP TABLE wide_corrections AS
FROM corrections WHERE statement_id IN (SELECT statement_id FROM wide_old);
CREATE OR REPLACE TEMP TABLE wide_new AS
SELECT o.* EXCLUDE (wide_row) REPLACE (
    coalesce(f.speaker, o.machine_speaker) AS corrected_speaker,
    coalesce(f.country, o.machine_country) AS corrected_country,
    coalesce(f.stance, o.machine_stance) AS corrected_stance,
    coalesce(f.target, o.machine_target) AS corrected_target,
    topic_after_fixes(o.machine_on_topic, o.machine_target, o.machine_stance, f.target,
                      f.stance) AS corrected_on_topic,
    coalesce(f.rejected, false) AS rejected,
    f.statement_id IS NOT NULL AS corrected,
    coalesce(c.corrections_n, 0) AS corrections_n,
    c.corrections_last AS corrections_last
)
FROM wide_old o
LEFT JOIN statement_fixes('wide_corrections') f USING (statement_id)
LEFT JOIN correction_counts('wide_corrections') c USING (statement_id);
-- In the table's order, as wide_insert_articles.sql adds rows.
INSERT INTO statements_wide BY NAME SELECT * FROM wide_new ORDER BY machine_country, published;
