-- Remember the names just resolved (new_person_names: name, canonical, country, how).
INSERT INTO person_names (name, canonical, country, how)
SELECT n.name, n.canonical, n.country, n.how
FROM new_person_names n
WHERE NOT EXISTS (SELECT 1 FROM person_names p WHERE p.name = n.name);
