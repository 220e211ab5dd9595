INSERT INTO officials BY NAME SELECT * FROM new_officials;
