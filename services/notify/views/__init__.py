"""Read side: notify's lists (SQL -> schemas)."""
