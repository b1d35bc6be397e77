"""Layout-only widgets: they create children and set their texts, nothing else."""
