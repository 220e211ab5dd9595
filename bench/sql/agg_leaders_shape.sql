-- Test check, not app SQL: how many voices lead (agg_outlet_leaders) of all the outlets'
-- voices, and how many groups have a cut.
SELECT (SELECT count(DISTINCT (corrected, voice)) FROM agg_outlet_leaders) AS leaders,
       (SELECT count(DISTINCT (corrected, voice)) FROM agg_outlet_voices WHERE by_speaker)
           AS voices,
       (SELECT count(*) FROM agg_outlet_cuts) AS cuts;
