-- Add each aggregate's changes (agg_delta.sql) to its cells: a cell the changes reach has
-- them added, a cell whose counts reach 0 is gone, a new cell is inserted. Changes that add
-- up to nothing are left out (an article rewritten as it was). MERGE reads each table once:
-- a seventh of deleting and re-inserting the cells at 10M statements.
MERGE INTO agg_country t
USING (FROM agg_country_delta WHERE statements <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_month t
USING (FROM agg_month_delta WHERE statements <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_country_month t
USING (FROM agg_country_month_delta WHERE statements <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_outlets t
USING (FROM agg_outlets_delta WHERE statements <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_provenance t
USING (FROM agg_provenance_delta WHERE statements <> 0 OR with_correction <> 0) d
ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements,
                             with_correction = t.with_correction + d.with_correction
WHEN NOT MATCHED THEN INSERT BY NAME;

-- kept as a table: agg_leaders_refresh.sql takes the same changes into agg_outlet_leaders
CREATE OR REPLACE TEMP TABLE agg_outlet_voices_changes AS
FROM agg_outlet_voices_delta
WHERE statements <> 0 OR tighten <> 0 OR ease <> 0 OR neutral <> 0;

MERGE INTO agg_outlet_voices t
USING agg_outlet_voices_changes d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements,
                             tighten = t.tighten + d.tighten, ease = t.ease + d.ease,
                             neutral = t.neutral + d.neutral
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_quotes t
USING (FROM agg_quotes_delta WHERE statements <> 0 OR articles <> 0 OR on_topic_statements <> 0
       OR on_topic_articles <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements,
                             articles = t.articles + d.articles,
                             on_topic_statements = t.on_topic_statements + d.on_topic_statements,
                             on_topic_articles = t.on_topic_articles + d.on_topic_articles
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_article_list t
USING (SELECT * EXCLUDE (shown_changed)
       FROM agg_article_list_delta
       WHERE statements <> 0 OR tighten <> 0 OR ease <> 0 OR on_topic_statements <> 0
          OR on_topic_tighten <> 0 OR on_topic_ease <> 0 OR shown_changed) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements,
                             tighten = t.tighten + d.tighten, ease = t.ease + d.ease,
                             on_topic_statements = t.on_topic_statements + d.on_topic_statements,
                             on_topic_tighten = t.on_topic_tighten + d.on_topic_tighten,
                             on_topic_ease = t.on_topic_ease + d.on_topic_ease,
                             article_id = d.article_id, title = d.title, outlet = d.outlet,
                             published = d.published, date_precision = d.date_precision,
                             article_name = d.article_name
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_subjects t
USING (FROM agg_subjects_delta
       WHERE statements <> 0 OR tighten <> 0 OR ease <> 0 OR neutral <> 0 OR articles <> 0) d
    ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements,
                             tighten = t.tighten + d.tighten, ease = t.ease + d.ease,
                             neutral = t.neutral + d.neutral,
                             articles = t.articles + d.articles
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_facets t
USING (FROM agg_facets_delta WHERE statements <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements
WHEN NOT MATCHED THEN INSERT BY NAME;

MERGE INTO agg_articles t
USING (FROM agg_articles_delta WHERE articles <> 0) d ON t.cell = d.cell
WHEN MATCHED AND t.articles + d.articles = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET articles = t.articles + d.articles
WHEN NOT MATCHED THEN INSERT BY NAME;
