"""Scale-out: the test PostgreSQL server itself, and replicas in network namespaces."""
