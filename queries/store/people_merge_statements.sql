-- A researcher merged $name into $into: its statements are shown under $into.
UPDATE statements SET speaker = $into
WHERE speaker_type = 'person' AND speaker = $name;
