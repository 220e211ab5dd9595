-- Temporary macros for upload validation (connection-local, created once per upload).
-- Each *_problem macro returns a problem code (NULL when the value is fine); Python turns codes
-- into sentences (stance/upload/problems.py), so the messages live in one place.

-- Empty or blank cells are NULL; surrounding spaces go (trim only runs where there are some:
-- it is the slowest step on a big file otherwise).
CREATE OR REPLACE TEMP MACRO upload_blank(v) AS (
    CASE
        WHEN v = '' THEN NULL
        WHEN starts_with(v, ' ') OR ends_with(v, ' ') THEN nullif(trim(v), '')
        ELSE v
    END
);

-- An HTML tag people actually write (so "a < b and c > d" is not taken for markup).
CREATE OR REPLACE TEMP MACRO upload_html_tag() AS
    '(?i)<\s*/?\s*(a|b|i|u|p|br|hr|div|span|em|strong|h[1-6]|ul|ol|li|table|tr|td|th|img|'
    || 'font|html|body|head|title|style|meta|link|article|section|blockquote)\b[^>]*>';

-- A short text cell: length, spreadsheet formulas, scripts, HTML.
CREATE OR REPLACE TEMP MACRO upload_text_problem(v, max_len, allow_html) AS (
    CASE
        WHEN v IS NULL THEN NULL
        WHEN length(v) > max_len THEN 'too_long:' || max_len || ':' || length(v)
        -- after any white space or control characters, ASCII or full-width (U+FF1D ...)
        WHEN regexp_matches(v, '^[\s\x00-\x1f]*([=@＝＠]|[+\-＋－]\S*[(|!])')
            THEN 'formula'
        WHEN contains(v, '<') AND regexp_matches(v, '(?i)<\s*(script|iframe|object|embed)\b')
            THEN 'script'
        WHEN NOT allow_html AND contains(v, '<') AND regexp_matches(v, upload_html_tag())
            THEN 'html'
    END
);

-- Dates: ISO (with or without a time), Excel serial numbers, d/m/y or m/d/y (by the file's
-- evidence, see upload_date_order), written months, a bare year (1 January).
CREATE OR REPLACE TEMP MACRO upload_two_digit_year(y) AS (
    CASE WHEN length(y) = 2
         THEN CASE WHEN CAST(y AS INTEGER) <= year(current_date) % 100 + 1
                   THEN 2000 + CAST(y AS INTEGER) ELSE 1900 + CAST(y AS INTEGER) END
         ELSE CAST(y AS INTEGER) END
);

CREATE OR REPLACE TEMP MACRO upload_date(d, day_first) AS (
    CASE
        WHEN d IS NULL THEN NULL
        WHEN length(d) = 10 AND try_cast(d AS DATE) IS NOT NULL THEN try_cast(d AS DATE)
        WHEN regexp_matches(d, '^\d{4}-\d{1,2}-\d{1,2}([T ]|$)')
            THEN CAST(try_strptime(regexp_extract(d, '^\d{4}-\d{1,2}-\d{1,2}'), '%Y-%m-%d')
                      AS DATE)
        WHEN regexp_full_match(d, '\d{5}(\.\d+)?')
            THEN DATE '1899-12-30' + CAST(floor(CAST(d AS DOUBLE)) AS INTEGER)
        WHEN regexp_full_match(d, '\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})')
            THEN try(make_date(
                upload_two_digit_year(regexp_extract(d, '^\d+[/.]\d+[/.](\d+)$', 1)),
                CAST(regexp_extract(d, CASE WHEN day_first THEN '^\d+[/.](\d+)' ELSE '^(\d+)' END,
                                    1) AS INTEGER),
                CAST(regexp_extract(d, CASE WHEN day_first THEN '^(\d+)' ELSE '^\d+[/.](\d+)' END,
                                    1) AS INTEGER)))
        WHEN regexp_full_match(d, '\d{4}') THEN make_date(CAST(d AS INTEGER), 1, 1)
        ELSE CAST(try_strptime(replace(d, 'Sept.', 'Sep.'),
                               ['%d %B %Y', '%d %b %Y', '%B %d, %Y', '%b %d, %Y', '%b. %d, %Y',
                                '%B %d %Y', '%Y/%m/%d', '%Y%m%d', '%d-%b-%Y', '%d-%b-%y'])
                  AS DATE)
    END
);

-- How much of an upload's date is known: a bare year is the year, not its 1 January.
CREATE OR REPLACE TEMP MACRO upload_date_precision(d, parsed) AS (
    CASE WHEN parsed IS NULL THEN NULL
         WHEN regexp_full_match(d, '\d{4}') THEN 'year'
         ELSE 'day' END
);

CREATE OR REPLACE TEMP MACRO upload_date_problem(d, parsed) AS (
    CASE
        WHEN d IS NULL THEN NULL
        WHEN parsed IS NOT NULL THEN
            CASE WHEN parsed < DATE '1900-01-01' OR parsed > current_date + 366
                 THEN 'date_out_of_range' END
        WHEN (regexp_matches(d, '^\d{4}-\d{1,2}-\d{1,2}([T ]|$)')
                                 OR regexp_full_match(d, '\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})'))
            THEN 'impossible_date'
        ELSE 'unreadable_date'
    END
);

-- A web address: http(s) only (a javascript: link is a script), no spaces or angle brackets.
CREATE OR REPLACE TEMP MACRO upload_url_problem(u) AS (
    CASE
        WHEN u IS NULL THEN NULL
        WHEN lower(left(u, 11)) = 'javascript:' THEN 'script'
        WHEN NOT (starts_with(lower(left(u, 8)), 'https://')
                  OR starts_with(lower(left(u, 7)), 'http://')) THEN 'bad_url'
        WHEN contains(u, ' ') OR contains(u, '<') OR contains(u, '>') OR contains(u, '"')
            THEN 'bad_url'
    END
);

-- SQL twin of stance.store.quotes.normalise_quote (accents, case, quote marks, punctuation
-- and spacing folded away), so coded quotes cluster with extracted ones.
-- One pass: every run of characters that are not letters, digits or '_' becomes one space.
-- ASCII text (as many bytes as characters) takes a cheaper pattern.
CREATE OR REPLACE TEMP MACRO upload_quote_norm(q) AS nullif(trim(
    CASE WHEN strlen(q) = length(q)
         THEN regexp_replace(lower(q), '[^a-z0-9_]+', ' ', 'g')
         ELSE regexp_replace(lower(strip_accents(q)), '[^\p{L}\p{N}_]+', ' ', 'g') END), '');
