INSERT INTO agg_state VALUES ($version);
