-- $into becomes a canonical person name, when it is not a name yet.
INSERT INTO person_names (name, canonical, country, how)
SELECT $into, $into, NULL, 'file'
WHERE NOT EXISTS (SELECT 1 FROM person_names WHERE name = $into);
