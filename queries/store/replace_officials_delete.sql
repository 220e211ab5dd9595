DELETE FROM officials;
