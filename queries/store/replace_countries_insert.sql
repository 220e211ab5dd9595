INSERT INTO countries BY NAME SELECT * FROM new_countries;
