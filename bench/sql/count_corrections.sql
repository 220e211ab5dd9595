-- Benchmark data: how many corrections the generated database holds.
SELECT count(*) FROM corrections;
