-- Valid article texts with HTML markup (converted to plain text before extraction).
SELECT count(*)
FROM upload_valid
WHERE contains(text, '<') AND regexp_matches(text, upload_html_tag());
