## minutes
