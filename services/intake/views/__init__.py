"""Read side: what the portal shows (SQL -> schemas), only ever of the caller's own applications."""
