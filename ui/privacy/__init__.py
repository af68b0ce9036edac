"""Windows for what a privacy officer asks of the records: the access request."""
