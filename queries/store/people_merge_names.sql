-- A researcher merged $name into $into: every name shown as $name is now shown as $into.
UPDATE person_names SET canonical = $into, how = 'file'
WHERE canonical = $name OR name = $name;
