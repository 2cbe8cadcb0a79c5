"""Use cases that write the database. Views, admin actions, commands and tasks call these."""
