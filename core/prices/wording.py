"""Every sentence a price refresh says to the user, in one place.

Each constant is an English `str.format` template; the refresh fills it with `Message(TEMPLATE,
...)` (core.schema.message), so a RefreshError's text and a RefreshReport's description stay
the same English `str` for the command line, the cache and the tests, while the window renders
them in the user's language (the refresh runs from Settings, and its answer is shown there).
The translation tools read `TEMPLATES` (every upper-case str constant here) to keep
assets/translations/core_zh_CN.ts complete. Placeholders hold what is never translated: {url}
and {error} are text from the network or the system, {provider} and {endpoint} identifiers;
{name} is one of the endpoint names below, itself a Message, so it is said in the same language
as the sentence around it.
"""

from __future__ import annotations

from core.schema.message import templates_in

# -- the endpoints a sentence names ({name}) -------------------------------------------------------
RUNPOD = "Runpod"
RUNPOD_REST = "Runpod's REST catalog"
RUNPOD_GRAPHQL = "Runpod's GraphQL API"

# -- an API key as typed that cannot be one (core.prices.keys.check_api_key) ---------------------
KEY_EMPTY = "The API key is empty."
KEY_TOO_LONG = "The API key is longer than {chars} characters; is it a key?"
KEY_SPACES = "The API key contains spaces or control characters; paste it again."

# -- why a refresh failed (core.prices.source.RefreshError); the previous prices are kept ------
NO_SOURCE = "No live price source for '{provider}'; RigSizer can refresh: {providers}."
NO_KEY = "No API key for {provider}; one is needed to read its prices."
# (every surface adds that the previous prices are kept, so no sentence here says it)
NOT_SAVED = "The refreshed prices could not be saved ({error})."
HTTPS_ONLY = "Refusing to send the API key to '{url}': only https addresses are allowed."
BAD_KEY = ("The API key contains characters an API key cannot have (spaces, or letters beyond "
           "plain ASCII); enter it again.")
NO_ANSWER = "{name} did not answer within {seconds} s."
NOT_FINISHED = "{name} did not finish answering within {seconds} s."
HTML_ANSWER = "{name} answered with an HTML page instead of a price list."
NOT_JSON = "{name} answered with something that is not JSON instead of a price list."
UNREACHABLE = "Could not reach {name} ({error}); are you online?"
BROKEN_ANSWER = "{name} sent a broken answer ({error})."
CONNECTION_FAILED = "The connection to {name} failed ({error})."
TOO_LARGE = "{name}'s answer is larger than {mb} MB; refusing it."
KEY_REFUSED = "{name} refused the API key (HTTP {code}); check the key or enter a new one."
REDIRECTED = "{name} tried to redirect the request (HTTP {code}); it was not followed."
RATE_LIMITED = "{name} is limiting requests (HTTP 429); try again in a minute."
SERVER_FAILED = "{name}'s server failed (HTTP {code}); try again later."
HTTP_STATUS = "{name} answered HTTP {code}."
REST_UNKNOWN_SHAPE = "Runpod's REST catalog answered in a shape RigSizer does not know."
REST_NO_PRICES = "Runpod's REST catalog has no price fields RigSizer knows."
GRAPHQL_ERROR = "Runpod's GraphQL API reported an error: {error}"
GRAPHQL_NO_LIST = "Runpod's GraphQL API answered without a gpuTypes list."
NO_USABLE_PRICES = "{endpoint} had no usable prices."
NO_USABLE_PRICES_DROPPED = "{endpoint} had no usable prices ({n} rows dropped, e.g. {example})."
# both of Runpod's endpoints failed: for the same cause ({why}, said once in Runpod's name), or
# each for its own ({first} the REST catalog's sentence, {second} the GraphQL API's, each
# without its full stop)
NOT_FETCHED = "Runpod prices could not be fetched: {why}"
NOT_FETCHED_EITHER = ("Runpod prices could not be fetched: {first}; the fallback failed too: "
                      "{second}.")

# -- what a refresh fetched (core.prices.refresh.RefreshReport.describe) ------------------------
REFRESHED = "{n} {provider} prices refreshed from the {endpoint}."
REFRESHED_DROPPED = ("{n} {provider} prices refreshed from the {endpoint}, {dropped} rows or "
                     "prices dropped.")

TEMPLATES: dict[str, str] = templates_in(dict(globals()))
