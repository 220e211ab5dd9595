-- A rebuild's changes (agg_delta.sql over every row) written into the aggregates just emptied
-- (agg_clear.sql): every cell is new, so it is inserted, not merged (a MERGE into an empty
-- table cost up to a fifth more at 1M statements). Counted from scratch, every cell counts at
-- least one row, but for a facet's on-topic count of a value seen off topic only: left out,
-- as agg_merge.sql leaves out changes that add up to nothing. The four largest tables are
-- written in the order of their cells: a write's MERGE then skips the row groups whose cells
-- cannot match its few (at 10M statements, a 20-cell MERGE into agg_facets 10.4 -> 2.5 ms;
-- bench/README.md, item 34). The corrected labels' copy (agg_copy_machine.sql) keeps that
-- order: it flips only each key's lowest bit.
INSERT INTO agg_country BY NAME FROM agg_country_delta;
INSERT INTO agg_month BY NAME FROM agg_month_delta;
INSERT INTO agg_country_month BY NAME FROM agg_country_month_delta;
INSERT INTO agg_outlets BY NAME FROM agg_outlets_delta;
INSERT INTO agg_provenance BY NAME FROM agg_provenance_delta;
INSERT INTO agg_outlet_voices BY NAME FROM agg_outlet_voices_delta ORDER BY cell;
INSERT INTO agg_quotes BY NAME FROM agg_quotes_delta ORDER BY cell;
INSERT INTO agg_article_list BY NAME
SELECT * EXCLUDE (shown_changed) FROM agg_article_list_delta ORDER BY cell;
INSERT INTO agg_subjects BY NAME FROM agg_subjects_delta;
INSERT INTO agg_facets BY NAME FROM agg_facets_delta WHERE statements <> 0 ORDER BY cell;
INSERT INTO agg_articles BY NAME FROM agg_articles_delta;
