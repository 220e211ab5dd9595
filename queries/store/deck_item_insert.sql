-- A view added at the end of deck $deck.
INSERT INTO deck_items (deck_id, position, title, note, view_url, figures, added_at)
SELECT $deck, coalesce(max(position), 0) + 1, $title, $note, $view_url, $figures, $now
FROM deck_items
WHERE deck_id = $deck;
