-- The canonical person names already resolved, with the country they were resolved with.
SELECT name, country
FROM person_names
WHERE name = canonical
ORDER BY name;
