-- The canonical person names already resolved, with the country they were resolved with and
-- every name shown as each (their middle initials keep two people apart).
SELECT
    canonical AS name,
    any_value(country) FILTER (WHERE name = canonical) AS country,
    list(name ORDER BY name) AS members
FROM person_names
GROUP BY canonical
ORDER BY canonical;
