-- Benchmark data: write the generated database out of its WAL, so timings start from the file.
CHECKPOINT;
