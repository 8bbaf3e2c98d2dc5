from tests.unit.intake.handlers.fake import intake

__all__ = ["intake"]  # the fixture every handler test takes
