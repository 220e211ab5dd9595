INSERT INTO schema_version VALUES ($version, $now);
