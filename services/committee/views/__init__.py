"""Read side: the offices' lists, a case, a meeting, a batch, and the Excel exports."""
