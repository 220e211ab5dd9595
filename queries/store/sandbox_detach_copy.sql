-- The SQL page's copy (stance/sandbox.py), written: detach it (its changes are checkpointed
-- into the file) so that the engine process can open the file read-only. Also run after a
-- failed copy, when the file may or may not be attached.
DETACH DATABASE IF EXISTS sql_copy;
