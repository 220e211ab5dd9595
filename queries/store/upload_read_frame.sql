-- Rows of a JSON Lines file (already parsed, with their line numbers) into upload_raw.
INSERT INTO upload_raw BY NAME SELECT * FROM upload_frame;
