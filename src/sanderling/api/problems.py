"""The API's errors: part of the one error tree, each with its HTTP status.

    SanderlingError                       (sanderling.errors)
    └── ApiProblem                        a request the API refuses (status, message, fix)
        ├── BadParameter       400        a parameter is malformed (a bad date, a bad code)
        ├── Unauthorized       401        a write endpoint without the right token
        ├── Forbidden          403        a write endpoint while writes are disabled
        ├── NotFound           404        no such event, actor or page
        ├── TooLarge           413        a body over the size limit
        ├── TooManyRequests    429        over the rate limit
        └── Unavailable        503        the store is being written, or the model is absent

Other library errors map to 400 (``StoreError``/``AnalysisError`` from a bad option)
in :mod:`sanderling.api.app`.
"""

from __future__ import annotations

from ..errors import SanderlingError


class ApiProblem(SanderlingError):
    status = 400

    def __init__(self, problem: str, fix: str = "") -> None:
        self.problem, self.fix = problem, fix
        super().__init__(problem + (f" — {fix}" if fix else ""))


class BadParameter(ApiProblem):
    status = 400


class Unauthorized(ApiProblem):
    status = 401


class Forbidden(ApiProblem):
    status = 403


class NotFound(ApiProblem):
    status = 404


class TooLarge(ApiProblem):
    status = 413


class TooManyRequests(ApiProblem):
    status = 429


class Unavailable(ApiProblem):
    status = 503
