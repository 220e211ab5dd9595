-- The staging table of an upload: every column the two CSV kinds know, as text.
-- `row` is the spreadsheet row (header = row 1); NULL means its place in the file (see upload_clean_*).
CREATE OR REPLACE TEMP TABLE upload_raw (
    "row" BIGINT,
    text VARCHAR,
    title VARCHAR,
    date VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    speaker VARCHAR,
    country VARCHAR,
    role VARCHAR,
    stance VARCHAR,
    quote VARCHAR,
    target VARCHAR,
    speaker_type VARCHAR
);
