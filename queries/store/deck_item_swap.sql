-- Swap the views at positions $position and $other of deck $deck (moving one up or down).
UPDATE deck_items
SET position = CASE WHEN position = $position THEN $other ELSE $position END
WHERE deck_id = $deck AND position IN ($position, $other);
