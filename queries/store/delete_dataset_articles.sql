DELETE FROM articles WHERE dataset = $dataset;
