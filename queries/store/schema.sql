-- The database schema (DESIGN.md "Data model"). Applied on every read-write open: idempotent.
-- Bump SCHEMA_VERSION in stance/store/db.py when a table changes shape.

CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

-- Each ingest run or upload is a dataset that can be shown, hidden or deleted.
CREATE TABLE IF NOT EXISTS datasets (
    dataset VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,            -- sample | articles | coded_statements | pasted
    created_at TIMESTAMP NOT NULL,
    rows INTEGER NOT NULL,
    source_file VARCHAR,
    content_sha256 VARCHAR,           -- hash of the uploaded file: the same file is not loaded twice
    hidden BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR NOT NULL,      -- first 16 hex of sha256(text)
    dataset VARCHAR NOT NULL,
    name VARCHAR,                     -- file name or label
    source VARCHAR,                   -- outlet
    title VARCHAR,
    url VARCHAR,
    published DATE,
    author VARCHAR,                   -- first-person documents
    author_country VARCHAR,
    text VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
-- day | month | year: how much of `published` is known (a year-only speech is 1 January of
-- its year, shown and filtered as the year); added after version 1, hence ALTER
ALTER TABLE articles ADD COLUMN IF NOT EXISTS date_precision VARCHAR;

CREATE TABLE IF NOT EXISTS statements (
    statement_id VARCHAR NOT NULL,    -- stable hash of (article sha256, start, end, speaker)
    article_id VARCHAR NOT NULL,
    speaker VARCHAR,
    speaker_type VARCHAR,             -- person | country | organization
    official_id VARCHAR,
    country VARCHAR,                  -- ISO3 of the speaker's country
    role VARCHAR,
    quote_type VARCHAR,               -- direct | mixed | indirect
    quote VARCHAR,
    quote_norm VARCHAR,               -- quote with case, quote marks and punctuation normalised
    sentence VARCHAR,
    start INTEGER,
    "end" INTEGER,
    stance VARCHAR NOT NULL,          -- tighten | ease | neutral
    stance_cue VARCHAR,
    confidence DOUBLE,
    target VARCHAR,                   -- ISO3 of the sanctioned country
    extractor_version VARCHAR,
    origin VARCHAR NOT NULL DEFAULT 'machine'   -- machine | human (coded statements)
);
-- About the sanctions or the dispute behind them (GOLD_FORMAT.md); NULL in files written
-- before the column existed: a target or a side then stands for it (statements_full).
ALTER TABLE statements ADD COLUMN IF NOT EXISTS on_topic BOOLEAN;

CREATE TABLE IF NOT EXISTS officials (
    official_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    aliases VARCHAR[],
    country VARCHAR,
    role VARCHAR,
    valid_from DATE,
    valid_to DATE
);

CREATE TABLE IF NOT EXISTS countries (
    iso3 VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    aliases VARCHAR[],
    demonyms VARCHAR[],
    capital VARCHAR
);

-- Researchers' fixes; the latest value per (statement, field) wins in statements_full.
CREATE TABLE IF NOT EXISTS corrections (
    statement_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,           -- stance | speaker | country | target | not_statement
    old_value VARCHAR,
    new_value VARCHAR,
    note VARCHAR,
    coder VARCHAR,
    corrected_at TIMESTAMP NOT NULL
);

-- Near-identical quotes grouped together (stance/store/quote_clusters.py, after every load):
-- each normalised quote points to its cluster's representative quote_norm.
CREATE TABLE IF NOT EXISTS quote_clusters (
    quote_norm VARCHAR NOT NULL,
    cluster VARCHAR NOT NULL
);
-- The representative's length in words and its first and last words, which a new quote is
-- compared by (queries/store/quote_heads_fill.sql fills them).
ALTER TABLE quote_clusters ADD COLUMN IF NOT EXISTS head_words INTEGER;
ALTER TABLE quote_clusters ADD COLUMN IF NOT EXISTS head_first VARCHAR;
ALTER TABLE quote_clusters ADD COLUMN IF NOT EXISTS head_last VARCHAR;

-- Lesson decks (stance/decks.py): a teacher's views in order, each with a title, a note, the
-- link that reopens it and its charts as they were when it was added (Plotly JSON), so the
-- deck can be presented, shared by link and downloaded as one HTML file.
CREATE TABLE IF NOT EXISTS decks (
    deck_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS deck_items (
    deck_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,        -- 1, 2, ... in presenting order
    title VARCHAR NOT NULL,
    note VARCHAR,
    view_url VARCHAR NOT NULL,        -- the page and its filters, relative to the app
    figures VARCHAR NOT NULL,         -- JSON list of Plotly figures
    added_at TIMESTAMP NOT NULL
);

-- Every person name ever stored and the name it is shown as (stance/store/people.py); `how`:
-- file (people_merges.csv or `people merge`) | gazetteer | matched | own.
CREATE TABLE IF NOT EXISTS person_names (
    name VARCHAR NOT NULL,
    canonical VARCHAR NOT NULL,
    country VARCHAR,
    how VARCHAR NOT NULL
);

-- Each corrected statement's labels as its researchers left them: per field, the latest value,
-- from `src` (a name: `corrections`, or the corrections of a few statements).
CREATE OR REPLACE MACRO statement_fixes(src) AS TABLE
WITH latest AS (
    SELECT statement_id, field, arg_max(new_value, corrected_at) AS new_value
    FROM query_table(src)
    GROUP BY statement_id, field
)
SELECT
    statement_id,
    any_value(new_value) FILTER (WHERE field = 'stance') AS stance,
    any_value(new_value) FILTER (WHERE field = 'speaker') AS speaker,
    any_value(new_value) FILTER (WHERE field = 'country') AS country,
    any_value(new_value) FILTER (WHERE field = 'target') AS target,
    coalesce(any_value(new_value) FILTER (WHERE field = 'not_statement') = 'true', false)
        AS rejected
FROM latest
GROUP BY statement_id;

-- How many corrections each statement has in `src` (as in statement_fixes), and the latest
-- one's time.
CREATE OR REPLACE MACRO correction_counts(src) AS TABLE
SELECT statement_id, count(*) AS corrections_n, max(corrected_at) AS corrections_last
FROM query_table(src)
GROUP BY statement_id;

-- Whether the extractor put a statement on topic: rows stored before `on_topic` existed have
-- their target or side stand for it.
CREATE OR REPLACE MACRO machine_topic(on_topic, target, stance) AS
    coalesce(on_topic, target IS NOT NULL OR stance <> 'neutral');

-- The topic after a researcher's fixes: a target or side they changed decides it again;
-- otherwise (no correction, or one that confirms the labels) the extractor's flag stands.
CREATE OR REPLACE MACRO topic_after_fixes(machine_on_topic, machine_target, machine_stance,
                                          fix_target, fix_stance) AS
    CASE WHEN fix_target IS DISTINCT FROM machine_target AND fix_target IS NOT NULL
              OR fix_stance IS DISTINCT FROM machine_stance AND fix_stance IS NOT NULL
         THEN coalesce(fix_target, machine_target) IS NOT NULL
              OR coalesce(fix_stance, machine_stance) <> 'neutral'
         ELSE machine_on_topic
    END;

-- Every statement of `p_statements` with its article's metadata (from `p_articles`), machine
-- and corrected labels (from `p_corrections`) side by side: names of relations, the tables
-- themselves for statements_full, or a few articles' rows (wide_insert_articles.sql).
CREATE OR REPLACE MACRO full_rows(p_articles, p_statements, p_corrections) AS TABLE
SELECT
    s.statement_id, a.article_id, a.dataset, coalesce(d.hidden, false) AS dataset_hidden,
    a.source AS outlet, a.title, a.url, a.published, a.date_precision, a.name AS article_name,
    s.speaker AS machine_speaker, coalesce(f.speaker, s.speaker) AS corrected_speaker,
    s.country AS machine_country, coalesce(f.country, s.country) AS corrected_country,
    s.stance AS machine_stance, coalesce(f.stance, s.stance) AS corrected_stance,
    s.target AS machine_target, coalesce(f.target, s.target) AS corrected_target,
    machine_topic(s.on_topic, s.target, s.stance) AS machine_on_topic,
    topic_after_fixes(machine_topic(s.on_topic, s.target, s.stance), s.target, s.stance,
                      f.target, f.stance) AS corrected_on_topic,
    coalesce(f.rejected, false) AS rejected, f.statement_id IS NOT NULL AS corrected,
    s.speaker_type, s.official_id, s.role, s.quote_type, s.quote, s.quote_norm, s.sentence,
    s.start, s."end", s.stance_cue, s.confidence, s.extractor_version, s.origin
-- articles first: a filter on article_id (stance/store/wide.py rewriting a few articles) then
-- reaches the scan of articles, and the join narrows statements (a third of the time at 10M)
FROM query_table(p_articles) a
JOIN query_table(p_statements) s ON s.article_id = a.article_id
LEFT JOIN datasets d ON d.dataset = a.dataset
LEFT JOIN statement_fixes(p_corrections) f USING (statement_id);

-- Every statement with its article's metadata, machine and corrected labels side by side.
CREATE OR REPLACE VIEW statements_full AS FROM full_rows('articles', 'statements', 'corrections');

-- statements_full materialised, so chart queries scan one table instead of joining four
-- (bench/README.md: the joins cost 150-250 ms per query at 1M statements). Kept in step by
-- stance/store/wide.py at the end of every write transaction (Database.transaction): the
-- bookkeeping columns let it rewrite only the articles and statements that changed.
-- The rows of statements_wide for the statements_full rows of table `src` (a name), their
-- corrections (`p_corrections`) and their quotes' clusters (`p_clusters`, rows of
-- quote_clusters): the whole view below, or the few articles a write rewrites
-- (queries/store/wide_insert_articles.sql).
CREATE OR REPLACE MACRO wide_rows(src, p_corrections, p_clusters) AS TABLE
SELECT
    f.* EXCLUDE (dataset_hidden),
    -- 64-bit keys for grouping and distinct counts (collisions ~1e-8 at a million values):
    -- the article, the exact wording of the quote, and its cluster of near-identical wordings
    -- (stance/store/quote_clusters.py); NULL when the statement has no quote.
    hash(f.article_id) AS article_key,
    CASE WHEN f.quote_norm IS NOT NULL THEN hash(f.quote_norm) END AS wording,
    CASE WHEN f.quote_norm IS NOT NULL THEN hash(coalesce(q.cluster, f.quote_norm)) END
        AS cluster_key,
    -- Same hash as the per-article checksum in wide_stale_articles.sql (which compares the
    -- clusters apart), hashed twice so that checksums do not cancel (DuckDB's hash is
    -- XOR-linear in its last argument: see wide_signatures.sql).
    hash(hash(f.statement_id, f.machine_speaker, f.machine_country, f.machine_stance,
              f.machine_target, f.machine_on_topic, f.quote_norm, f.role, f.start,
              f.confidence, f.extractor_version, f.origin)) AS row_hash,
    hash(f.dataset, f.outlet, f.published, f.date_precision, f.title, f.url, f.article_name)
        AS article_hash,
    coalesce(c.corrections_n, 0) AS corrections_n, c.corrections_last
FROM query_table(src) f
LEFT JOIN correction_counts(p_corrections) c USING (statement_id)
LEFT JOIN query_table(p_clusters) q ON q.quote_norm = f.quote_norm;

CREATE OR REPLACE VIEW statements_wide_source AS
SELECT * FROM wide_rows('statements_full', 'corrections', 'quote_clusters');

CREATE TABLE IF NOT EXISTS statements_wide AS SELECT * FROM statements_wide_source LIMIT 0;
-- Signatures of the source tables statements_wide was last brought in step with.
CREATE TABLE IF NOT EXISTS statements_wide_state (
    statements UBIGINT,
    articles UBIGINT,
    corrections UBIGINT
);
ALTER TABLE statements_wide_state ADD COLUMN IF NOT EXISTS clusters UBIGINT;
-- true: every write since the signatures were saved recorded the articles it touched (this
-- program's writers), so statements_wide and the aggregates are in step without comparing them
-- again; an older program saves the row without it (stance/store/wide.py).
ALTER TABLE statements_wide_state ADD COLUMN IF NOT EXISTS tracked BOOLEAN;

-- Pre-aggregated tables (stance/store/aggregates.py): the default and lightly filtered views
-- read these, whose size grows with countries, people and months, not with statements. Each
-- row is one combination of its grouping columns (`cell`: their hash, NULL-safe, with the
-- label set in its lowest bit, `agg_cell` in agg_labelled.sql; the key the incremental refresh
-- merges on), for one label set (`corrected`). Kept exact inside every write transaction, from
-- the articles the write touched.
CREATE TABLE IF NOT EXISTS agg_country (
    cell UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, country VARCHAR,
    target VARCHAR, stance VARCHAR, statements BIGINT
);
CREATE TABLE IF NOT EXISTS agg_month (
    cell UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, month DATE,
    date_precision VARCHAR, target VARCHAR, stance VARCHAR, statements BIGINT
);
CREATE TABLE IF NOT EXISTS agg_country_month (
    cell UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, country VARCHAR,
    month DATE, date_precision VARCHAR, stance VARCHAR, statements BIGINT
);
CREATE TABLE IF NOT EXISTS agg_outlets (
    cell UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, outlet VARCHAR,
    statements BIGINT
);
-- What an export is made of: each dataset's statements by the extractor version that labelled
-- them, and how many carry a researcher's correction (queries/agg/sql_provenance.sql).
CREATE TABLE IF NOT EXISTS agg_provenance (
    cell UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR,
    extractor_version VARCHAR, statements BIGINT, with_correction BIGINT
);
-- Whose voices each outlet quotes, by side, at three grains told apart by `by_speaker` and
-- `by_country`: outlet x speaker country (the country chart), outlet x speaker (a voice's rank)
-- and outlet x speaker x speaker country (the country a voice is shown with). No row for an
-- unknown speaker or country at a grain that has it. `voice`: hash(outlet, speaker).
CREATE TABLE IF NOT EXISTS agg_outlet_voices (
    cell UBIGINT, voice UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR,
    outlet VARCHAR, by_speaker BOOLEAN, speaker VARCHAR, by_country BOOLEAN, country VARCHAR,
    statements BIGINT, tighten BIGINT, ease BIGINT, neutral BIGINT
);
-- An outlet's leading voices, so that its list need not read every voice: a voice leads
-- when one of its outlet x speaker cells of agg_outlet_voices counts at least its group's
-- `cut` (a group: label set, topic flag, dataset and outlet, with its cut in agg_outlet_cuts, or 1
-- for a group without a row there, whose every cell then leads). The table holds every
-- by-speaker row of agg_outlet_voices (both grains, all datasets and topic flags) of each
-- leading voice in that label set, and maybe of a few that led once: a voice not in it counts
-- under the cut in every group, so it can enter an outlet's list only when the cuts add up to
-- the list's last entry (queries/agg/outlet_voices.sql). A rebuild sets each cut at the
-- group's agg_leaders_kept()-th largest cell, a write adds its changes as it does to
-- agg_outlet_voices, and a group grown past four times that many leading cells is cut again
-- (queries/store/agg_leaders_*.sql). Correctness does not depend on the cuts' values.
CREATE TABLE IF NOT EXISTS agg_outlet_leaders (
    cell UBIGINT, voice UBIGINT, corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR,
    outlet VARCHAR, by_speaker BOOLEAN, speaker VARCHAR, by_country BOOLEAN, country VARCHAR,
    statements BIGINT, tighten BIGINT, ease BIGINT, neutral BIGINT
);
CREATE TABLE IF NOT EXISTS agg_outlet_cuts (
    corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, outlet VARCHAR, cut BIGINT
);
-- Quotes (the Quotes page): each cluster of near-identical wordings (statements_wide.cluster_key)
-- with its statements and the articles that quote it (an article once per cluster however
-- often it quotes it), so how far a quote travels is a sum over datasets. `on_topic_*` count
-- on-topic statements only: the two topic scopes are columns, not rows as in agg_subjects,
-- because nearly every quoted statement is on topic and rows would double the table.
CREATE TABLE IF NOT EXISTS agg_quotes (
    cell UBIGINT, corrected BOOLEAN, dataset VARCHAR, cluster_key UBIGINT, statements BIGINT,
    articles BIGINT, on_topic_statements BIGINT, on_topic_articles BIGINT
);
-- The most quoted clusters' facets, so that the Quotes page's table need not read their
-- statements (hundreds of thousands at 10M): a cluster leads when one of its agg_quotes cells
-- counts at least its group's `cut` in articles (a group: label set and dataset, with its cut
-- in agg_quote_cuts, or 1 for a group without a row there, whose every cluster then leads).
-- For each leading cluster (agg_quote_leaders, and maybe a few that led once), under both
-- label sets, each topic flag and dataset: its statements and first report (whose date is
-- its first date: agg_quote_firsts), and its statements per outlet, wording, speaker, speaker
-- country and side (agg_quote_facets, `kind` and `value`, no NULL value). A rebuild sets each cut at the
-- group's agg_quote_leaders_kept()-th largest cell, a write adds the difference its rows make
-- to the leaders (queries/store/agg_quote_take.sql) and counts a cluster from all its rows
-- only when it reached a cut or lost its first report (agg_quote_count.sql), and a group
-- grown past four times that many leaders is cut again (agg_quote_recut.sql). A cluster
-- outside the leaders has its statements read (repeated_quote_rows, below): correctness does
-- not depend on the cuts.
CREATE TABLE IF NOT EXISTS agg_quote_leaders (cluster_key UBIGINT);
CREATE TABLE IF NOT EXISTS agg_quote_cuts (corrected BOOLEAN, dataset VARCHAR, cut BIGINT);
CREATE TABLE IF NOT EXISTS agg_quote_firsts (
    corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, cluster_key UBIGINT,
    statements BIGINT, published DATE, statement_id VARCHAR, quote VARCHAR,
    date_precision VARCHAR, outlet VARCHAR, article_id VARCHAR, quote_norm VARCHAR,
    cluster VARCHAR  -- the cluster's representative (quote_clusters), the page's key for it
);
CREATE TABLE IF NOT EXISTS agg_quote_facets (
    corrected BOOLEAN, on_topic BOOLEAN, dataset VARCHAR, cluster_key UBIGINT, kind VARCHAR,
    value VARCHAR, statements BIGINT
);
-- Articles (the Article page's list): one row per article with a statement in the label set,
-- what the list shows of it (id, title, outlet, date; its file name, which the search reads)
-- and its statements by side; `on_topic_*` count on-topic statements only (the two topic scopes
-- as columns, as in agg_quotes: nearly every article has an on-topic statement). It grows with
-- articles, not statements, and answers the list under dataset, outlet and date filters.
CREATE TABLE IF NOT EXISTS agg_article_list (
    cell UBIGINT, corrected BOOLEAN, dataset VARCHAR, article_key UBIGINT, article_id VARCHAR,
    title VARCHAR, outlet VARCHAR, published DATE, date_precision VARCHAR, article_name VARCHAR,
    statements BIGINT, tighten BIGINT, ease BIGINT, on_topic_statements BIGINT,
    on_topic_tighten BIGINT, on_topic_ease BIGINT
);
-- Subjects a table ranks: speakers (`kind` 'speaker', any speaker with a name, `subject_type`
-- person, country or organization), speaker countries (`kind` 'country') and the outlets that
-- quote them (`kind` 'outlet', for outlets side by side; no facets or spans). `all_topics`
-- false counts on-topic statements only, true counts all (an article counts once per subject in
-- each). `who`: hash(kind, subject), which a page's subjects are found by.
CREATE TABLE IF NOT EXISTS agg_subjects (
    cell UBIGINT, who UBIGINT, corrected BOOLEAN, all_topics BOOLEAN, dataset VARCHAR,
    kind VARCHAR, subject_type VARCHAR, subject VARCHAR, statements BIGINT, tighten BIGINT,
    ease BIGINT, neutral BIGINT, articles BIGINT
);
-- What a table shows beside the counts, for the subjects on its page: statements per `facet`
-- value (a speaker's role, country and outlet; a country's outlet, official and target), and,
-- for persons and countries, the first and last dates (a minimum does not come apart when rows
-- leave: a subject's span is counted again from their statements when they lose their first or
-- last date).
CREATE TABLE IF NOT EXISTS agg_facets (
    cell UBIGINT, who UBIGINT, corrected BOOLEAN, all_topics BOOLEAN, dataset VARCHAR,
    kind VARCHAR, subject_type VARCHAR, subject VARCHAR, facet VARCHAR, value VARCHAR,
    statements BIGINT
);
CREATE TABLE IF NOT EXISTS agg_spans (
    who UBIGINT, corrected BOOLEAN, all_topics BOOLEAN, dataset VARCHAR, kind VARCHAR,
    subject_type VARCHAR, subject VARCHAR, first_seen DATE, last_seen DATE,
    first_precision VARCHAR, last_precision VARCHAR
);
-- Articles with at least one statement counted (as in agg_subjects).
CREATE TABLE IF NOT EXISTS agg_articles (
    cell UBIGINT, corrected BOOLEAN, all_topics BOOLEAN, dataset VARCHAR, articles BIGINT
);
-- The shape the aggregates were built with (stance.store.aggregates.VERSION): another one means
-- they are rebuilt from statements_wide.
CREATE TABLE IF NOT EXISTS agg_state (version INTEGER);
-- earlier shapes of agg_subjects, agg_facets and agg_spans
DROP TABLE IF EXISTS agg_people;
DROP TABLE IF EXISTS agg_people_facets;
DROP TABLE IF EXISTS agg_people_span;
DROP TABLE IF EXISTS agg_people_days;
DROP TABLE IF EXISTS agg_outlet_stances;  -- now the 'outlet' subjects of agg_subjects
DROP TABLE IF EXISTS agg_outlet_countries;  -- now the outlet x country rows of agg_outlet_voices


-- Whether rows of `dataset` are counted under the dataset filter `p_dataset`: the datasets
-- named, or (none named) every dataset that is not hidden.
CREATE OR REPLACE MACRO dataset_shown(dataset, p_dataset) AS
    CASE WHEN len(p_dataset) = 0
         THEN dataset NOT IN (SELECT dataset FROM datasets WHERE hidden AND dataset IS NOT NULL)
         ELSE list_contains(p_dataset, dataset) END;

-- Whether a date of this precision lies in the range [p_from, p_to] (either may be NULL): a
-- date known only to the month or year is in a range that holds its whole month or year (a
-- speech of 2016 is in "2016", not in "January 2016"), as in the timelines.
CREATE OR REPLACE MACRO in_dates(published, date_precision, p_from, p_to) AS
    (p_from IS NULL OR published >= p_from)
    AND (p_to IS NULL OR published + CASE date_precision
                                         WHEN 'year' THEN INTERVAL 1 YEAR
                                         WHEN 'month' THEN INTERVAL 1 MONTH
                                         ELSE INTERVAL 1 DAY END
                         <= CAST(p_to AS DATE) + INTERVAL 1 DAY);

-- Whether a timeline by `period` draws a date of this precision: one known only to the year is
-- drawn in yearly timelines, never as its 1 January; one known to the month from monthly on.
CREATE OR REPLACE MACRO drawn_by(date_precision, period) AS
    CASE date_precision WHEN 'year' THEN period = 'year'
                        WHEN 'month' THEN period IN ('month', 'quarter', 'year')
                        ELSE true END;

-- The one filter every chart and table reads through. Empty lists mean "no filter";
-- hidden datasets are left out unless asked for by name; `corrected` picks the label set.
CREATE OR REPLACE MACRO filtered_statements(
    p_country, p_target, p_stance, p_from, p_to, p_outlet, p_dataset, p_corrected,
    -- false: only statements about the sanctions or the dispute behind them (the default,
    -- so queries written before the parameter existed keep working)
    p_all_topics := false
) AS TABLE
SELECT * FROM (
    SELECT
        statement_id, article_id, dataset, outlet, title, url, published, date_precision,
        article_name,
        CASE WHEN p_corrected THEN corrected_speaker ELSE machine_speaker END AS speaker,
        CASE WHEN p_corrected THEN corrected_country ELSE machine_country END AS country,
        CASE WHEN p_corrected THEN corrected_stance ELSE machine_stance END AS stance,
        CASE WHEN p_corrected THEN corrected_target ELSE machine_target END AS target,
        CASE WHEN p_corrected THEN corrected_on_topic ELSE machine_on_topic END AS on_topic,
        corrected, machine_speaker, machine_country, machine_stance, machine_target,
        speaker_type, official_id, role, quote_type, quote, quote_norm, sentence,
        start, "end", stance_cue, confidence, extractor_version, origin,
        article_key, wording, cluster_key,  -- 64-bit keys (statements_wide_source)
        rowid AS wide_row  -- fetches a page's rows back cheaply (queries/statements_page.sql)
    FROM statements_wide
    WHERE NOT (p_corrected AND rejected)
      AND dataset_shown(dataset, p_dataset)
      AND in_dates(published, date_precision, p_from, p_to)
      AND (len(p_outlet) = 0 OR list_contains(p_outlet, outlet))
)
WHERE (p_all_topics OR on_topic)
  AND (len(p_country) = 0 OR list_contains(p_country, country))
  AND (len(p_target) = 0 OR list_contains(p_target, target))
  AND (len(p_stance) = 0 OR list_contains(p_stance, stance));

-- The Quotes page's table of the most repeated quotes. `p_reach` names the caller's relation of
-- each quote cluster's articles (cluster_key, articles: queries/repeated_quotes.sql counts them
-- from the statements, queries/agg/repeated_quotes.sql from agg_quotes); the clusters that can
-- make the top `p_limit` (at least `p_min_articles`, and at least as many articles as the
-- `p_limit`-th) are shortlisted, and described once: the top `p_limit` by articles, outlets
-- and statements, with their first report, speakers and most frequent country and side. With
-- `p_from_leaders` (no filter but datasets) a leading cluster is described from its facets
-- (agg_quote_facets, agg_quote_firsts) and only the others' statements are read (none, when
-- every shortlisted cluster leads: a join with an empty side reads nothing). Ties are broken
-- the same way on every run and by both: the first report is the earliest, then the lowest
-- statement id; a quote's country and side are its most frequent, then the first in sort
-- order. Unordered: the caller sorts.
CREATE OR REPLACE MACRO repeated_quote_rows(
    p_reach, p_min_articles, p_limit, p_country, p_target, p_stance, p_from, p_to, p_outlet,
    p_dataset, p_corrected, p_all_topics := false, p_from_leaders := false
) AS TABLE
WITH reaching AS (
    SELECT cluster_key, articles FROM query_table(p_reach) WHERE articles >= p_min_articles
), shortlist AS (
    SELECT cluster_key, articles::BIGINT AS articles
    FROM reaching
    WHERE articles >= (SELECT min(articles)
                       FROM (SELECT articles FROM reaching ORDER BY articles DESC LIMIT p_limit))
), led AS MATERIALIZED (
    SELECT cluster_key
    FROM shortlist
    WHERE p_from_leaders AND cluster_key IN (SELECT cluster_key FROM agg_quote_leaders)
), unled AS MATERIALIZED (
    FROM shortlist ANTI JOIN led USING (cluster_key)
), quoted AS (
    SELECT cluster_key, wording, outlet, published, statement_id, wide_row, speaker, country,
           stance
    FROM filtered_statements(p_country, p_target, p_stance, p_from, p_to, p_outlet, p_dataset,
                             p_corrected, p_all_topics)
    WHERE cluster_key IN (SELECT cluster_key FROM unled)
), counted AS (  -- the articles are the reach's: its statements' distinct article keys
    SELECT
        cluster_key,
        count(DISTINCT outlet) AS outlets,
        count(*) AS statements,
        count(DISTINCT wording) AS wordings,
        min(published) AS first_seen,
        arg_min(wide_row, (published, statement_id)) AS first_row,
        string_agg(DISTINCT speaker, '; ' ORDER BY speaker) AS speakers,
        most_common(histogram(country)) AS country,
        most_common(histogram(stance)) AS stance
    FROM quoted
    GROUP BY cluster_key
), read AS (  -- the first report's wording, outlet, article and date precision, from its row
    SELECT r.* EXCLUDE (first_row),
           {'published': w.published, 'statement_id': w.statement_id, 'quote': w.quote,
            'date_precision': w.date_precision, 'outlet': w.outlet,
            'article_id': w.article_id, 'quote_norm': w.quote_norm,
            'cluster': NULL::VARCHAR} AS first
    FROM counted r
    JOIN statements_wide w ON w.rowid = r.first_row
    WHERE EXISTS (SELECT 1 FROM unled)
), facets AS (
    SELECT cluster_key, kind, value, sum(statements) AS statements
    FROM agg_quote_facets
    WHERE cluster_key IN (SELECT cluster_key FROM led) AND corrected = p_corrected
      AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset)
    GROUP BY ALL
), firsts AS (
    -- the first report's date is the first date: a NULL date sorts after every date
    SELECT cluster_key, sum(statements)::BIGINT AS statements, min(published) AS first_seen,
           arg_min({'published': published, 'statement_id': statement_id, 'quote': quote,
                    'date_precision': date_precision, 'outlet': outlet,
                    'article_id': article_id, 'quote_norm': quote_norm,
                    'cluster': cluster},
                   (published, statement_id)) AS first
    FROM agg_quote_firsts
    WHERE cluster_key IN (SELECT cluster_key FROM led) AND corrected = p_corrected
      AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset)
    GROUP BY cluster_key
), faceted AS (
    SELECT
        cluster_key,
        count(*) FILTER (WHERE kind = 'outlet') AS outlets,
        count(*) FILTER (WHERE kind = 'wording') AS wordings,
        string_agg(value, '; ' ORDER BY value) FILTER (WHERE kind = 'speaker') AS speakers,
        most_common(map(list(value) FILTER (WHERE kind = 'country'),
                        list(statements) FILTER (WHERE kind = 'country'))) AS country,
        most_common(map(list(value) FILTER (WHERE kind = 'stance'),
                        list(statements) FILTER (WHERE kind = 'stance'))) AS stance
    FROM facets
    GROUP BY cluster_key
), described AS (
    SELECT cluster_key, outlets, statements, wordings, first_seen, speakers, country, stance,
           first
    FROM read
    UNION ALL
    SELECT f.cluster_key, coalesce(d.outlets, 0), f.statements, coalesce(d.wordings, 0),
           f.first_seen, d.speakers, d.country, d.stance, f.first
    FROM firsts f
    LEFT JOIN faceted d USING (cluster_key)
), ranked AS (
    SELECT *
    FROM described
    JOIN shortlist USING (cluster_key)
    ORDER BY articles DESC, outlets DESC, statements DESC, first_seen, cluster_key
    LIMIT p_limit
), unnamed AS MATERIALIZED (  -- described from statements: representative not at hand
    SELECT r.first.quote_norm AS quote_norm FROM ranked r WHERE r.first.cluster IS NULL
), named AS (  -- reads quote_clusters only when some are
    SELECT quote_norm, cluster FROM quote_clusters SEMI JOIN unnamed USING (quote_norm)
)
-- the cluster's representative: the wording itself when it has no cluster
SELECT
    coalesce(r.first.cluster, c.cluster, r.first.quote_norm) AS cluster,
    r.first.quote AS quote, r.articles,
    r.outlets, r.statements, r.wordings, r.first_seen,
    r.first.date_precision AS first_precision, r.first.outlet AS first_outlet,
    r.first.article_id AS first_article, r.first.statement_id AS first_statement,
    r.speakers, r.country, r.stance
FROM ranked r
LEFT JOIN named c ON c.quote_norm = r.first.quote_norm;

-- The statement explorer's search and least confidence, shared by its page, its count and its
-- export: `search` an ILIKE pattern ('%' for all) on the sentence, speaker, title or outlet;
-- coded statements (no confidence) always pass the confidence bar.
CREATE OR REPLACE MACRO explorer_match(sentence, speaker, title, outlet, confidence, search,
                                       min_confidence) AS
    coalesce(confidence, 1.0) >= min_confidence
    AND (search = '%'
         OR sentence ILIKE search ESCAPE '\'
         OR speaker ILIKE search ESCAPE '\'
         OR title ILIKE search ESCAPE '\'
         OR outlet ILIKE search ESCAPE '\');

-- The most frequent value of a histogram (histogram(x): value -> count); ties go to the first
-- in sort order, so a person's role or country reads the same from the statements and from the
-- aggregates (DuckDB's mode() breaks ties by the row seen first).
CREATE OR REPLACE MACRO most_common(h) AS
    list_sort(list_transform(map_entries(h),
                             lambda e: {'n': -(e.value::BIGINT), 'k': e.key}))[1].k;

-- The pre-aggregated tables under the sidebar's filters, with the same meaning as
-- filtered_statements (stance/store/aggregates.py says which filters each can take).
CREATE OR REPLACE MACRO agg_country_cells(p_country, p_target, p_stance, p_dataset,
                                          p_corrected, p_all_topics := false) AS TABLE
SELECT *
FROM agg_country
WHERE corrected = p_corrected AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset)
  AND (len(p_country) = 0 OR list_contains(p_country, country))
  AND (len(p_target) = 0 OR list_contains(p_target, target))
  AND (len(p_stance) = 0 OR list_contains(p_stance, stance));

-- Months: `p_from` a first and `p_to` a last day of a month, as the router makes sure; a
-- cell's month start then stands for every date in it (for dates known to the month or year,
-- the month start is the date itself).
CREATE OR REPLACE MACRO agg_month_cells(p_target, p_stance, p_from, p_to, p_dataset,
                                        p_corrected, p_all_topics := false) AS TABLE
SELECT *
FROM agg_month
WHERE corrected = p_corrected AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset)
  AND in_dates(month, date_precision, p_from, p_to)
  AND (len(p_target) = 0 OR list_contains(p_target, target))
  AND (len(p_stance) = 0 OR list_contains(p_stance, stance));

CREATE OR REPLACE MACRO agg_country_month_cells(p_country, p_stance, p_from, p_to, p_dataset,
                                              p_corrected, p_all_topics := false) AS TABLE
SELECT *
FROM agg_country_month
WHERE corrected = p_corrected AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset)
  AND in_dates(month, date_precision, p_from, p_to)
  AND (len(p_country) = 0 OR list_contains(p_country, country))
  AND (len(p_stance) = 0 OR list_contains(p_stance, stance));

CREATE OR REPLACE MACRO agg_provenance_cells(p_dataset, p_corrected,
                                             p_all_topics := false) AS TABLE
SELECT *
FROM agg_provenance
WHERE corrected = p_corrected AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset);

-- Each dataset with its kind, date and source, beside what the table `p_counted` (dataset,
-- statements, corrected, extractor_versions) counts of it: an export's provenance, counted from
-- the statements (queries/sql_provenance.sql) or from agg_provenance (its twin).
-- `p_all_datasets` lists datasets with no statement counted too.
CREATE OR REPLACE MACRO dataset_provenance(p_counted, p_all_datasets) AS TABLE
SELECT
    d.dataset,
    any_value(d.kind) AS kind,
    any_value(d.created_at) AS created_at,
    any_value(d.source_file) AS source_file,
    any_value(d.hidden) AS hidden,
    coalesce(sum(c.statements), 0)::BIGINT AS statements,
    coalesce(sum(c.corrected), 0)::BIGINT AS corrected,
    list_sort(list_distinct(flatten(list(c.extractor_versions)))) AS extractor_versions
FROM datasets d
LEFT JOIN query_table(p_counted) c ON c.dataset = d.dataset
GROUP BY d.dataset
HAVING p_all_datasets OR coalesce(sum(c.statements), 0) > 0;

CREATE OR REPLACE MACRO agg_outlet_cells(p_dataset, p_corrected, p_all_topics := false) AS TABLE
SELECT *
FROM agg_outlets
WHERE corrected = p_corrected AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset);

CREATE OR REPLACE MACRO agg_outlet_country_cells(p_dataset, p_corrected,
                                                 p_all_topics := false) AS TABLE
SELECT *
FROM agg_outlet_voices
WHERE NOT by_speaker AND corrected = p_corrected AND (p_all_topics OR on_topic)
  AND dataset_shown(dataset, p_dataset);

-- Each outlet's voices (by_speaker rows): one row per voice, dataset and topic flag, or with
-- `p_by_country` one per speaker country too; under the outlet filter.
CREATE OR REPLACE MACRO agg_outlet_voice_cells(p_by_country, p_outlet, p_dataset, p_corrected,
                                               p_all_topics := false) AS TABLE
SELECT *
FROM agg_outlet_voices
WHERE by_speaker AND by_country = p_by_country AND corrected = p_corrected
  AND (p_all_topics OR on_topic) AND dataset_shown(dataset, p_dataset)
  AND (len(p_outlet) = 0 OR list_contains(p_outlet, outlet));

-- How many cells of each outlet group a rebuild keeps as leaders (agg_outlet_leaders): far
-- more than a page lists, so a cut seldom lets an unseen voice in.
CREATE OR REPLACE MACRO agg_leaders_kept() AS 200;
-- How many clusters of each label set and dataset a rebuild keeps as leaders
-- (agg_quote_leaders): twice the most the Quotes page lists.
CREATE OR REPLACE MACRO agg_quote_leaders_kept() AS 200;

-- The rows of agg_outlet_leaders or agg_outlet_cuts (`p_table`) in the scope of an outlet list.
CREATE OR REPLACE MACRO agg_outlet_scope(p_table, p_outlet, p_dataset, p_corrected,
                                         p_all_topics := false) AS TABLE
SELECT *
FROM query_table(p_table)
WHERE corrected = p_corrected AND (p_all_topics OR on_topic)
  AND dataset_shown(dataset, p_dataset)
  AND (len(p_outlet) = 0 OR list_contains(p_outlet, outlet));

-- Each quote cluster's statements and articles per dataset shown, in the topic scope asked
-- (cells of clusters with no on-topic statement left out of the on-topic scope).
CREATE OR REPLACE MACRO agg_quote_cells(p_dataset, p_corrected, p_all_topics := false) AS TABLE
SELECT dataset, cluster_key,
       CASE WHEN p_all_topics THEN statements ELSE on_topic_statements END AS statements,
       CASE WHEN p_all_topics THEN articles ELSE on_topic_articles END AS articles
FROM agg_quotes
WHERE corrected = p_corrected AND (p_all_topics OR on_topic_articles > 0)
  AND dataset_shown(dataset, p_dataset);

-- Each article of the list under the filters it answers (dataset, dates, outlet), with its
-- counts in the topic scope asked (articles with no on-topic statement left out of the on-topic
-- scope); `article_key` breaks ties of date, `listed_row` reads a row back by position
-- (queries/agg/article_list.sql).
CREATE OR REPLACE MACRO agg_article_list_cells(p_from, p_to, p_outlet, p_dataset, p_corrected,
                                               p_all_topics := false) AS TABLE
SELECT article_id, title, outlet, published, date_precision, article_name,
       CASE WHEN p_all_topics THEN statements ELSE on_topic_statements END AS statements,
       CASE WHEN p_all_topics THEN tighten ELSE on_topic_tighten END AS tighten,
       CASE WHEN p_all_topics THEN ease ELSE on_topic_ease END AS ease,
       article_key, rowid AS listed_row
FROM agg_article_list
WHERE corrected = p_corrected AND (p_all_topics OR on_topic_statements > 0)
  AND dataset_shown(dataset, p_dataset)
  AND in_dates(published, date_precision, p_from, p_to)
  AND (len(p_outlet) = 0 OR list_contains(p_outlet, outlet));

CREATE OR REPLACE MACRO agg_subject_cells(p_kind, p_dataset, p_corrected,
                                          p_all_topics := false) AS TABLE
SELECT *
FROM agg_subjects
WHERE kind = p_kind AND corrected = p_corrected AND all_topics = p_all_topics
  AND dataset_shown(dataset, p_dataset);

-- Each subject's counts summed over the datasets shown (agg_subject_cells): persons only
-- with `p_persons_only`; `subject_type` is any one of a name's types.
CREATE OR REPLACE MACRO agg_subject_totals(p_kind, p_persons_only, p_dataset, p_corrected,
                                           p_all_topics := false) AS TABLE
SELECT subject, any_value(subject_type) AS subject_type,
       sum(statements)::BIGINT AS statements, sum(articles)::BIGINT AS articles,
       sum(tighten)::BIGINT AS tighten, sum(ease)::BIGINT AS ease,
       sum(neutral)::BIGINT AS neutral
FROM agg_subject_cells(p_kind, p_dataset, p_corrected, p_all_topics)
WHERE NOT p_persons_only OR subject_type = 'person'
GROUP BY subject;

CREATE OR REPLACE MACRO agg_article_cells(p_dataset, p_corrected, p_all_topics := false) AS TABLE
SELECT *
FROM agg_articles
WHERE corrected = p_corrected AND all_topics = p_all_topics
  AND dataset_shown(dataset, p_dataset);

-- What no sum gives, for the few subjects a table shows (`p_subjects` of `p_kind`): the most
-- frequent value of each facet (role, country, target), the number of outlets and officials,
-- the first and last dates (agg_facets, agg_spans); one row for each subject asked. Grouped on
-- `who` (hash(kind, subject), as the rows are found), never reading the tables' subject
-- column: the scan decompressed it for every row of the label set before the join kept a
-- few thousand (country_profile at 10M statements: 105 -> 50 ms).
CREATE OR REPLACE MACRO agg_subject_details(p_kind, p_subjects, p_persons_only, p_dataset,
                                            p_corrected, p_all_topics := false) AS TABLE
WITH shown AS (
    SELECT unnest(p_subjects) AS subject, hash(p_kind, unnest(p_subjects)) AS who
), facets AS (
    SELECT who, facet, value, sum(statements) AS statements
    FROM agg_facets
    WHERE corrected = p_corrected AND all_topics = p_all_topics
      AND dataset_shown(dataset, p_dataset) AND who IN (SELECT who FROM shown)
      AND (NOT p_persons_only OR subject_type = 'person') AND value IS NOT NULL
    GROUP BY ALL
), spans AS (
    SELECT who, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
           arg_min(first_precision, first_seen) AS first_precision,
           arg_max(last_precision, last_seen) AS last_precision
    FROM agg_spans
    WHERE corrected = p_corrected AND all_topics = p_all_topics
      AND dataset_shown(dataset, p_dataset) AND who IN (SELECT who FROM shown)
      AND (NOT p_persons_only OR subject_type = 'person')
    GROUP BY who
), picked AS (
    SELECT who,
           first(value ORDER BY statements DESC, value) FILTER (WHERE facet = 'role') AS role,
           first(value ORDER BY statements DESC, value) FILTER (WHERE facet = 'country')
               AS country,
           first(value ORDER BY statements DESC, value) FILTER (WHERE facet = 'target')
               AS main_target,
           count(*) FILTER (WHERE facet = 'outlet') AS outlets,
           count(*) FILTER (WHERE facet = 'official') AS officials
    FROM facets
    GROUP BY who
)
SELECT w.subject, p.role, p.country, p.main_target, coalesce(p.outlets, 0) AS outlets,
       coalesce(p.officials, 0) AS officials, d.first_seen, d.last_seen, d.first_precision,
       d.last_precision
FROM shown w
LEFT JOIN picked p USING (who)
LEFT JOIN spans d USING (who);
