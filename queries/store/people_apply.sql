-- Show the names just resolved under their canonical name (ids stay: they were made from the
-- name as extracted).
UPDATE statements
SET speaker = n.canonical
FROM new_person_names n
WHERE statements.speaker = n.name
  AND statements.speaker_type = 'person'
  AND n.name <> n.canonical;
