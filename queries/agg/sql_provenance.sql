-- sql_provenance.sql from agg_provenance (stance/store/aggregates.py): each dataset's
-- statements, those carrying a correction and the extractor versions that labelled them, from
-- its cells per version, not from its statements (161 -> a few ms at 10M statements).
WITH counted AS (
    SELECT
        dataset,
        sum(statements)::BIGINT AS statements,
        sum(with_correction)::BIGINT AS corrected,
        list(DISTINCT extractor_version) FILTER (WHERE extractor_version IS NOT NULL)
            AS extractor_versions
    FROM agg_provenance_cells($dataset, $corrected, $all_topics)
    GROUP BY dataset
)
SELECT *
FROM dataset_provenance('counted', $all_datasets)
ORDER BY dataset;
