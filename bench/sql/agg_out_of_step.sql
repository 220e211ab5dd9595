-- Test and benchmark check, not app SQL: rows of each pre-aggregated table that differ from
-- the same counts made from scratch on statements_full (the joined source tables, not
-- statements_wide), in either direction; 0 everywhere when the aggregates are exact.
WITH labelled AS (
    SELECT false AS corrected, article_id, dataset, outlet, published, date_precision,
           speaker_type, machine_speaker AS speaker, role, machine_country AS country,
           machine_target AS target, machine_stance AS stance, machine_on_topic AS on_topic,
           quote_norm, cluster, title, article_name, extractor_version,
           s.corrected AS with_correction, statement_id, quote
    FROM statements_full s LEFT JOIN quote_clusters USING (quote_norm)
    UNION ALL
    SELECT true, article_id, dataset, outlet, published, date_precision, speaker_type,
           corrected_speaker, role, corrected_country, corrected_target, corrected_stance,
           corrected_on_topic, quote_norm, cluster, title, article_name, extractor_version,
           s.corrected, statement_id, quote
    FROM statements_full s LEFT JOIN quote_clusters USING (quote_norm)
    WHERE NOT rejected
), scoped AS (
    SELECT l.*, s.all_topics
    FROM labelled l
    CROSS JOIN (VALUES (false), (true)) s(all_topics)
    WHERE s.all_topics OR l.on_topic
), country AS (
    SELECT corrected, on_topic, dataset, country, target, stance, count(*) AS statements
    FROM labelled GROUP BY ALL
), month AS (
    SELECT corrected, on_topic, dataset, date_trunc('month', published)::DATE AS month,
           date_precision, target, stance, count(*) AS statements
    FROM labelled GROUP BY ALL
), country_month AS (
    SELECT corrected, on_topic, dataset, country, date_trunc('month', published)::DATE AS month,
           date_precision, stance, count(*) AS statements
    FROM labelled GROUP BY ALL
), outlets AS (
    SELECT corrected, on_topic, dataset, outlet, count(*) AS statements
    FROM labelled GROUP BY ALL
), provenance AS (
    SELECT corrected, on_topic, dataset, extractor_version, count(*) AS statements,
           count(*) FILTER (WHERE with_correction) AS with_correction
    FROM labelled GROUP BY ALL
), voice_rows AS (  -- each grain of agg_outlet_voices, counted apart
    SELECT *, false AS by_speaker, NULL::VARCHAR AS voice_speaker, true AS by_country,
           country AS voice_country
    FROM labelled WHERE outlet IS NOT NULL AND country IS NOT NULL
    UNION ALL
    SELECT *, true, speaker, false, NULL
    FROM labelled WHERE outlet IS NOT NULL AND speaker IS NOT NULL
    UNION ALL
    SELECT *, true, speaker, true, country
    FROM labelled WHERE outlet IS NOT NULL AND speaker IS NOT NULL AND country IS NOT NULL
), outlet_voices AS (
    SELECT corrected, on_topic, dataset, outlet, by_speaker, voice_speaker AS speaker,
           by_country, voice_country AS country, count(*) AS statements,
           count(*) FILTER (WHERE stance = 'tighten') AS tighten,
           count(*) FILTER (WHERE stance = 'ease') AS ease,
           count(*) FILTER (WHERE stance = 'neutral') AS neutral
    FROM voice_rows GROUP BY ALL
), subject_rows AS (
    SELECT *, 'speaker' AS kind, speaker_type AS subject_type, speaker AS subject,
           NULL::VARCHAR AS official
    FROM scoped WHERE speaker IS NOT NULL
    UNION ALL
    SELECT *, 'country', NULL::VARCHAR, country,
           CASE WHEN speaker_type = 'person' THEN speaker END
    FROM scoped WHERE country IS NOT NULL
), subjects AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, count(*) AS statements,
           count(*) FILTER (WHERE stance = 'tighten') AS tighten,
           count(*) FILTER (WHERE stance = 'ease') AS ease,
           count(*) FILTER (WHERE stance = 'neutral') AS neutral,
           count(DISTINCT article_id) AS articles
    FROM (FROM subject_rows
          UNION ALL BY NAME
          SELECT *, 'outlet' AS kind, NULL::VARCHAR AS subject_type, outlet AS subject
          FROM scoped WHERE outlet IS NOT NULL)
    GROUP BY ALL
), facets AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, facet, value,
           count(*) AS statements
    FROM (SELECT *, 'outlet' AS facet, outlet AS value FROM subject_rows
          UNION ALL SELECT *, 'role', role FROM subject_rows WHERE kind = 'speaker'
          UNION ALL SELECT *, 'country', country FROM subject_rows WHERE kind = 'speaker'
          UNION ALL SELECT *, 'official', official FROM subject_rows WHERE kind = 'country'
          UNION ALL SELECT *, 'target', target FROM subject_rows WHERE kind = 'country')
    GROUP BY ALL
), span AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, min(published),
           max(published)
    FROM subject_rows WHERE kind = 'country' OR subject_type = 'person' GROUP BY ALL
), quotes AS (
    -- a quote's cluster: its representative's wording (the wording itself when unclustered)
    SELECT corrected, dataset, hash(coalesce(cluster, quote_norm)) AS cluster_key,
           count(*) AS statements, count(DISTINCT article_id) AS articles,
           count(*) FILTER (WHERE on_topic) AS on_topic_statements,
           count(DISTINCT article_id) FILTER (WHERE on_topic) AS on_topic_articles
    FROM labelled WHERE quote_norm IS NOT NULL GROUP BY ALL
), article_list AS (
    SELECT corrected, dataset, article_id, title, outlet, published, date_precision,
           article_name, count(*) AS statements,
           count(*) FILTER (WHERE stance = 'tighten') AS tighten,
           count(*) FILTER (WHERE stance = 'ease') AS ease,
           count(*) FILTER (WHERE on_topic) AS on_topic_statements,
           count(*) FILTER (WHERE on_topic AND stance = 'tighten') AS on_topic_tighten,
           count(*) FILTER (WHERE on_topic AND stance = 'ease') AS on_topic_ease
    FROM labelled GROUP BY ALL
), articles AS (
    SELECT corrected, all_topics, dataset, count(DISTINCT article_id) AS articles
    FROM scoped GROUP BY ALL
), stored_facets AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, facet, value,
           statements
    FROM agg_facets
), stored_span AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, first_seen, last_seen
    FROM agg_spans
), stored_country AS (
    SELECT corrected, on_topic, dataset, country, target, stance, statements FROM agg_country
), stored_month AS (
    SELECT corrected, on_topic, dataset, month, date_precision, target, stance, statements
    FROM agg_month
), stored_country_month AS (
    SELECT corrected, on_topic, dataset, country, month, date_precision, stance, statements
    FROM agg_country_month
), stored_outlets AS (
    SELECT corrected, on_topic, dataset, outlet, statements FROM agg_outlets
), stored_provenance AS (
    SELECT corrected, on_topic, dataset, extractor_version, statements, with_correction
    FROM agg_provenance
), stored_outlet_voices AS (
    SELECT corrected, on_topic, dataset, outlet, by_speaker, speaker, by_country, country,
           statements, tighten, ease, neutral
    FROM agg_outlet_voices
), stored_subjects AS (
    SELECT corrected, all_topics, dataset, kind, subject_type, subject, statements, tighten,
           ease, neutral, articles
    FROM agg_subjects
), stored_quotes AS (
    SELECT corrected, dataset, cluster_key, statements, articles, on_topic_statements,
           on_topic_articles
    FROM agg_quotes
), stored_article_list AS (
    SELECT corrected, dataset, article_id, title, outlet, published, date_precision,
           article_name, statements, tighten, ease, on_topic_statements, on_topic_tighten,
           on_topic_ease
    FROM agg_article_list
), stored_articles AS (
    SELECT corrected, all_topics, dataset, articles FROM agg_articles
), voice_keys AS (
    SELECT *, hash(outlet, speaker) AS voice FROM outlet_voices WHERE by_speaker
), leads AS (  -- voices with a cell at their group's cut (1 with none), and those stored
    SELECT v.corrected, v.voice
    FROM voice_keys v
    LEFT JOIN agg_outlet_cuts c USING (corrected, on_topic, dataset, outlet)
    WHERE NOT v.by_country AND v.statements >= coalesce(c.cut, 1)
    UNION
    SELECT corrected, voice FROM agg_outlet_leaders
), leaders AS (  -- every by-speaker row of each
    SELECT corrected, on_topic, dataset, outlet, speaker, by_country, country, statements,
           tighten, ease, neutral
    FROM voice_keys v
    SEMI JOIN leads l ON l.corrected = v.corrected AND l.voice = v.voice
), stored_leaders AS (
    SELECT corrected, on_topic, dataset, outlet, speaker, by_country, country, statements,
           tighten, ease, neutral
    FROM agg_outlet_leaders
), quote_leads AS (  -- clusters with a cell at their group's cut (1 with none), and those stored
    SELECT q.cluster_key
    FROM quotes q
    LEFT JOIN agg_quote_cuts c USING (corrected, dataset)
    WHERE q.articles >= coalesce(c.cut, 1)
    UNION
    SELECT cluster_key FROM agg_quote_leaders
), led_rows AS (
    SELECT *, hash(coalesce(cluster, quote_norm)) AS cluster_key
    FROM labelled
    WHERE quote_norm IS NOT NULL
      AND hash(coalesce(cluster, quote_norm)) IN (SELECT cluster_key FROM quote_leads)
), quote_firsts AS (
    SELECT corrected, on_topic, dataset, cluster_key, count(*) AS statements,
           arg_min((published, statement_id, quote, date_precision, outlet, article_id,
                    quote_norm), (published, statement_id)) AS first,
           any_value(coalesce(cluster, quote_norm)) AS cluster
    FROM led_rows GROUP BY ALL
), stored_quote_firsts AS (
    SELECT corrected, on_topic, dataset, cluster_key, statements,
           (published, statement_id, quote, date_precision, outlet, article_id, quote_norm),
           cluster
    FROM agg_quote_firsts
), quote_facets AS (
    SELECT corrected, on_topic, dataset, cluster_key, kind, value, count(*) AS statements
    FROM (UNPIVOT (SELECT corrected, on_topic, dataset, cluster_key, outlet,
                          hash(quote_norm)::VARCHAR AS wording, speaker, country, stance
                   FROM led_rows)
          ON outlet, wording, speaker, country, stance INTO NAME kind VALUE value)
    GROUP BY ALL
), stored_quote_facets AS (
    SELECT corrected, on_topic, dataset, cluster_key, kind, value, statements
    FROM agg_quote_facets
)
SELECT
    (SELECT count(*) FROM (FROM stored_country EXCEPT ALL FROM country))
    + (SELECT count(*) FROM (FROM country EXCEPT ALL FROM stored_country)) AS agg_country,
    (SELECT count(*) FROM (FROM stored_month EXCEPT ALL FROM month))
    + (SELECT count(*) FROM (FROM month EXCEPT ALL FROM stored_month)) AS agg_month,
    (SELECT count(*) FROM (FROM stored_country_month EXCEPT ALL FROM country_month))
    + (SELECT count(*) FROM (FROM country_month EXCEPT ALL FROM stored_country_month))
        AS agg_country_month,
    (SELECT count(*) FROM (FROM stored_outlets EXCEPT ALL FROM outlets))
    + (SELECT count(*) FROM (FROM outlets EXCEPT ALL FROM stored_outlets)) AS agg_outlets,
    (SELECT count(*) FROM (FROM stored_provenance EXCEPT ALL FROM provenance))
    + (SELECT count(*) FROM (FROM provenance EXCEPT ALL FROM stored_provenance))
        AS agg_provenance,
    (SELECT count(*) FROM (FROM stored_outlet_voices EXCEPT ALL FROM outlet_voices))
    + (SELECT count(*) FROM (FROM outlet_voices EXCEPT ALL FROM stored_outlet_voices))
        AS agg_outlet_voices,
    (SELECT count(*) FROM (FROM stored_leaders EXCEPT ALL FROM leaders))
    + (SELECT count(*) FROM (FROM leaders EXCEPT ALL FROM stored_leaders))
        AS agg_outlet_leaders,
    (SELECT count(*) FROM (FROM stored_quote_firsts EXCEPT ALL FROM quote_firsts))
    + (SELECT count(*) FROM (FROM quote_firsts EXCEPT ALL FROM stored_quote_firsts))
        AS agg_quote_firsts,
    (SELECT count(*) FROM (FROM stored_quote_facets EXCEPT ALL FROM quote_facets))
    + (SELECT count(*) FROM (FROM quote_facets EXCEPT ALL FROM stored_quote_facets))
        AS agg_quote_facets,
    (SELECT count(*) FROM (FROM stored_subjects EXCEPT ALL FROM subjects))
    + (SELECT count(*) FROM (FROM subjects EXCEPT ALL FROM stored_subjects)) AS agg_subjects,
    (SELECT count(*) FROM (FROM stored_facets EXCEPT ALL FROM facets))
    + (SELECT count(*) FROM (FROM facets EXCEPT ALL FROM stored_facets)) AS agg_facets,
    (SELECT count(*) FROM (FROM stored_span EXCEPT ALL FROM span))
    + (SELECT count(*) FROM (FROM span EXCEPT ALL FROM stored_span)) AS agg_spans,
    (SELECT count(*) FROM (FROM stored_quotes EXCEPT ALL FROM quotes))
    + (SELECT count(*) FROM (FROM quotes EXCEPT ALL FROM stored_quotes)) AS agg_quotes,
    (SELECT count(*) FROM (FROM stored_article_list EXCEPT ALL FROM article_list))
    + (SELECT count(*) FROM (FROM article_list EXCEPT ALL FROM stored_article_list))
        AS agg_article_list,
    (SELECT count(*) FROM (FROM stored_articles EXCEPT ALL FROM articles))
    + (SELECT count(*) FROM (FROM articles EXCEPT ALL FROM stored_articles)) AS agg_articles,
    (SELECT count(*) FROM agg_country) AS country_rows;
