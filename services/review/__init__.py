"""Review: routing of cases through the departments (inboxes, receive, opinion, forward, refuse)."""
