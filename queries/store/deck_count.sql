-- How many views deck $deck holds (NULL: no such deck).
SELECT (SELECT count(*) FROM deck_items WHERE deck_id = $deck)
FROM decks WHERE deck_id = $deck;
