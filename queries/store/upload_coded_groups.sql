-- Coded statements need an article to hang on: one per (dataset, title, url, date, outlet).
-- Its text describes the source (and names the dataset), so the same group in the same
-- dataset is the same article (same sha256) and is never stored twice.
CREATE OR REPLACE TEMP TABLE upload_groups AS
SELECT group_key, title, url, published, date_precision, outlet, text, sha256(text) AS sha256,
       left(sha256(text), 16) AS article_id
FROM (
    SELECT group_key, any_value(title) AS title, any_value(url) AS url,
           any_value(published) AS published, any_value(date_precision) AS date_precision,
           any_value(outlet) AS outlet,
           concat_ws(chr(10),
                     'Coded statements (dataset: ' || $dataset || ')',
                     'Title: ' || coalesce(any_value(title), '(none)'),
                     'Outlet: ' || coalesce(any_value(outlet), '(none)'),
                     'Date: ' || coalesce(strftime(any_value(published), '%Y-%m-%d'), '(none)'),
                     'URL: ' || coalesce(any_value(url), '(none)')) AS text
    FROM upload_valid
    GROUP BY group_key
);
