"""Read side: the department screens' lists and the case detail (SQL -> schemas)."""
