SELECT kind FROM datasets WHERE dataset = $dataset;
