-- Valid article rows in file order, for extraction.
SELECT "row", text, title, published, outlet, url, speaker, country, role, date_precision
FROM upload_valid
ORDER BY "row";
