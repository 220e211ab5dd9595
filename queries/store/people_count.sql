-- How many person statements are shown under $name.
SELECT count(*) FROM statements WHERE speaker_type = 'person' AND speaker = $name;
