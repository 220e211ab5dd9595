-- Coded statements (origin 'human'), each once: the id hashes the article and the coded
-- values, so loading the same rows again adds nothing (validation already refused two rows
-- with the same values, see statement_key in upload_clean_statements). Quotes are normalised
-- once per distinct wording (upload_norms.sql): coded files repeat the same quote across outlets.
INSERT INTO statements BY NAME
SELECT * FROM (
    SELECT
        left(md5(concat_ws('|', g.article_id, lower(v.speaker), v.speaker_type,
                           coalesce(v.country, ''), v.stance, coalesce(v.role, ''),
                           coalesce(v.quote, ''), coalesce(v.target, ''))), 20)
            AS statement_id,
        g.article_id, v.speaker, v.speaker_type, NULL AS official_id, v.country, v.role,
        CASE WHEN v.quote IS NULL THEN 'indirect' ELSE 'direct' END AS quote_type,
        v.quote, n.quote_norm, v.quote AS sentence,
        NULL AS start, NULL AS "end", v.stance, NULL AS stance_cue, NULL AS confidence,
        v.target, 'coded' AS extractor_version, 'human' AS origin
    FROM upload_valid v
    JOIN upload_groups g USING (group_key)
    LEFT JOIN upload_norms n ON n.quote = v.quote
) c
WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.statement_id = c.statement_id);
