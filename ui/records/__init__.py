"""Lists of records with a detail form beside them: the shared parts of the record pages."""
