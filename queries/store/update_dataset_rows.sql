UPDATE datasets SET rows = rows + $rows WHERE dataset = $dataset;
