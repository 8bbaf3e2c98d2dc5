"""Whether a secret the services sign with carries real entropy (zxcvbn's estimate)."""

from zxcvbn import zxcvbn

SECRET_MIN_LENGTH = 32
# ~100 bits by zxcvbn's (conservative) estimate; 32 random hex digits score about 10^31
SECRET_MIN_GUESSES_LOG10 = 30.0


def weak_secret_problem(secret: str) -> str | None:
    """None if `secret` will do, else one line saying why not and what would."""
    advice = "make one with `python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
    if len(secret) < SECRET_MIN_LENGTH:
        return f"AUTH_SECRET is shorter than {SECRET_MIN_LENGTH} characters: {advice}"
    guesses_log10 = float(zxcvbn(secret[:100])["guesses_log10"])
    if guesses_log10 < SECRET_MIN_GUESSES_LOG10:
        return (
            "AUTH_SECRET is guessable (repeated, sequential or dictionary characters, "
            f"~10^{guesses_log10:.0f} guesses): {advice}"
        )
    return None
