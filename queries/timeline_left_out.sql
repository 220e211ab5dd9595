-- Statements a timeline of $period leaves out because their date is known only to a coarser
-- precision (a speech dated by its year in a monthly view), for the note under the chart.
SELECT count(*) AS left_out
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE published IS NOT NULL
  AND NOT drawn_by(date_precision, $period);
