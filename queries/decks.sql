-- Every lesson deck, newest first, with how many views it holds.
SELECT d.deck_id, d.title, d.created_at, count(i.position) AS views
FROM decks d
LEFT JOIN deck_items i USING (deck_id)
GROUP BY d.deck_id, d.title, d.created_at
ORDER BY d.created_at DESC, d.deck_id;
