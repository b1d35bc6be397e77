"""The user's own measurements: `[[measurement]]` tables (tables), reading them from what tools
print (parse), and how they move estimates (adjust)."""
