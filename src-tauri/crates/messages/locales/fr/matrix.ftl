## matrix
