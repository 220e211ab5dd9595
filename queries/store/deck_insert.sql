-- A new lesson deck.
INSERT INTO decks (deck_id, title, created_at) VALUES ($deck, $title, $now);
