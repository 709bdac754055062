## agreement
