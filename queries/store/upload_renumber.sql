-- When some lines were rejected, the rows that were read are renumbered: the k-th row read is
-- the k-th spreadsheet row (from 2) that is not a rejected line.
UPDATE upload_raw SET "row" = numbered."row"
FROM (
    SELECT r AS "row", row_number() OVER (ORDER BY r) - 1 AS idx
    FROM range(2, $records + 2) t(r)
    WHERE r NOT IN (SELECT line FROM reject_errors)
) AS numbered
WHERE upload_raw.rowid - $first_rowid = numbered.idx;
