"""Where entries are kept: the database's shape and the rows it holds."""
