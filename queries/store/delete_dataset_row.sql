DELETE FROM datasets WHERE dataset = $dataset;
