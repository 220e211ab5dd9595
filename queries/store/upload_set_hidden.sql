-- Hide a dataset from every chart (unless picked in the sidebar), or show it again.
UPDATE datasets SET hidden = $hidden WHERE dataset = $dataset;
