"""A JSON object as it comes: its keys are strings, its values whatever JSON holds."""

JsonObject = dict[str, object]
