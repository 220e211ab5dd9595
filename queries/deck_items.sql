-- The views of deck $deck in presenting order, with their charts (Plotly JSON).
SELECT position, title, note, view_url, figures, added_at
FROM deck_items
WHERE deck_id = $deck
ORDER BY position;
