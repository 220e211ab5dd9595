-- Remove the view at $position from deck $deck.
DELETE FROM deck_items WHERE deck_id = $deck AND position = $position;
