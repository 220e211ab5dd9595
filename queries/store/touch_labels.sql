-- Articles whose statements' corrections the writer names itself ($articles: a list of ids),
-- when it knows them already (a correction changes labels only: touched_labels).
INSERT INTO touched_labels
SELECT unnest($articles::VARCHAR[]);
