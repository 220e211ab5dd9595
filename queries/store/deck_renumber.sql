-- Positions 1, 2, 3 ... again after a view was removed from deck $deck.
UPDATE deck_items d
SET position = r.n
FROM (SELECT position, row_number() OVER (ORDER BY position) AS n
      FROM deck_items WHERE deck_id = $deck) r
WHERE d.deck_id = $deck AND d.position = r.position;
