-- Benchmark data: a coded-statements CSV in the upload format, rows in a fixed order.
-- $path is the output file (COPY takes no parameter there; bench/generate.py quotes it).
COPY (
    SELECT sp.speaker, sp.country, ['tighten', 'ease', 'neutral'][c.stance + 1] AS stance,
           sp.role, q.quote, $first_day::DATE + c.day AS date, o.outlet, t.iso3 AS target
    FROM csv_codes c
    JOIN bench_speakers sp ON sp.idx = c.speaker
    JOIN bench_outlets o ON o.idx = c.outlet
    LEFT JOIN bench_quotes q ON q.idx = c.quote
    LEFT JOIN bench_targets t ON t.idx = c.target
    -- a coder writes a statement down once: exact repeats are dropped (the upload rejects them)
    QUALIFY row_number() OVER (PARTITION BY sp.speaker, c.stance, q.quote, c.day, o.outlet,
                                            t.iso3 ORDER BY c.row) = 1
    ORDER BY c.row
) TO $path (HEADER, DELIMITER ',');
